"""A file or entry breaks the format: YAML syntax, a wrong type, a missing field, an unknown key.

What it checks:
    Every claims file and every source's front matter is read with its line and column. A YAML or
    JSON syntax error, a file that is not UTF-8 text, a claims file that is not a list, an entry
    that is not a mapping, a missing required field (`id`, `source`, `quote`, `claim`), a value of
    the wrong type, an unknown key (with a "did you mean" suggestion), a key written twice, and a
    `value` the value parser cannot read are each reported at their position.

Why it matters:
    A broken entry is silently not audited. Reporting it, with where and how to fix it, keeps every
    claim in the audit; one broken entry never hides the others.

Passes:
    - id: putin-largest-exercise
      source: 2024-10-14-beloussow-peking
      quote: "das größte gemeinsame Manöver der vergangenen drei Jahrzehnte"
      claim: The 2023 exercise was the largest joint one in three decades.

Fails:
    - id: putin-largest-exercise
      soruce: 2024-10-14-beloussow-peking   # unknown key `soruce` (did you mean `source`?)
      quote: [das größte]                   # `quote` must be text, not a list

Options:
    None besides its severity (`[severity] invalid-entry = "error"`).
"""

from __future__ import annotations

from collections.abc import Iterator

from claimcheck.entry_errors import INVALID_ENTRY
from claimcheck.findings import Finding, Location, Severity
from claimcheck.input_context import InputContext

ID = INVALID_ENTRY
DEFAULT_SEVERITY = Severity.ERROR


def run(ctx: InputContext) -> Iterator[Finding]:
    """Findings for `value` fields the value parser cannot read (the loader reports the rest)."""
    for index, error in sorted(ctx.value_errors.items()):
        record = ctx.repo.claims[index]
        location = record.location_of("value")
        # Point at the character the parser stopped at (for an unquoted value; close for a quoted one).
        column = (location.column or 1) + max(error.position, 0)
        yield Finding(
            check=ID,
            severity=DEFAULT_SEVERITY,
            message=f"`value`: {error.message}",
            location=Location(location.path, location.line, column),
            claim_ids=(record.id,),
            field="value",
            hint=error.hint,
        )
