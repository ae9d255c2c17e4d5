"""A claim names a source that does not exist.

What it checks:
    Each claim's `source` must be the id (file stem) of a file in the sources folder that loaded.

Why it matters:
    A claim without its source cannot have its quote checked, its outlet and credits cannot be
    counted as origins, and an editor cannot follow it back to the text.

Passes:
    `source: 2023-11-08-dw-zhang-moskau` with `sources/2023-11-08-dw-zhang-moskau.md` present.

Fails:
    `source: 2023-11-08-dw-zhang-moscow` (a typo) — the hint names the nearest existing id.

Options:
    None besides its severity.
"""

from __future__ import annotations

from collections.abc import Iterator

from claimcheck.findings import Finding, Severity
from claimcheck.input_context import InputContext
from claimcheck.suggest import closest

ID = "unknown-source"
DEFAULT_SEVERITY = Severity.ERROR


def run(ctx: InputContext) -> Iterator[Finding]:
    known = sorted(ctx.repo.sources)
    for record in ctx.repo.claims:
        if record.claim.source in ctx.repo.sources:
            continue
        nearest = closest(record.claim.source, known)
        hint = f"did you mean `{nearest}`?" if nearest else "add the source file under sources/ first"
        yield Finding(
            check=ID,
            severity=DEFAULT_SEVERITY,
            message=f"source `{record.claim.source}` does not exist",
            location=record.location_of("source"),
            claim_ids=(record.id,),
            field="source",
            hint=hint,
        )
