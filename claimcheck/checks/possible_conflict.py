"""Claims that share no `about`, read as the same statement, but disagree on their value.

What it checks:
    The same pairs as `possible-duplicate`, when both claims have values and the values are
    incompatible (intervals that do not meet, different categories).

Why it matters:
    A conflict the audit would have found had the claims shared an `about`. Someone should look.

Passes:
    Matching claims with compatible values (that is a `possible-duplicate`).

Fails:
    "Über 60 laufende Projekte" (`> 60 project`) and "around 45 joint projects" (`~ 45 project`)
    in two articles without a shared `about`.

Options:
    The `[crossref]` thresholds, shared with `possible-duplicate`.
"""

from __future__ import annotations

from collections.abc import Iterator

from claimcheck.audit.context import AuditContext
from claimcheck.findings import Finding, Severity

ID = "possible-conflict"
DEFAULT_SEVERITY = Severity.WARNING


def run(ctx: AuditContext) -> Iterator[Finding]:
    for match in ctx.matches:
        if not match.conflicting:
            continue
        yield Finding(
            check=ID,
            severity=DEFAULT_SEVERITY,
            message=f"`{match.first.id}` and `{match.second.id}` read as the same statement "
            f"({match.score:.0f}/100) but disagree: {match.reason}",
            location=match.first.record.location_of("value"),
            claim_ids=(match.first.id, match.second.id),
            hint="if they are about the same fact, give both one `about` and resolve the conflict",
            data={"score": match.score},
        )
