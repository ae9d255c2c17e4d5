"""Claims in different sources that share no `about` but read as the same statement.

What it checks:
    Each claim gets a language-independent signature from its claim and quote: numbers read in
    German or English notation, dates at the precision written, place names through a built-in
    German/English table, other names, and the topic. Claims are blocked on their rarest
    signature parts (never all pairs). A pair matches when the signatures agree (a shared name
    plus a number or date, and nothing contradicting: another year, place, number or topic), or
    when their wording is close (rapidfuzz) and their numbers agree. A match whose values do not
    disagree is reported, so the checker can give both one `about`.

Why it matters:
    Without a shared key the audit cannot count the two as corroboration (or see them conflict).

Passes:
    Two claims with the same `about`; or two claims about different facts that share words.

Fails:
    "Dong Jun and Andrei Belousov met in Beijing." / "The defence ministers of China and Russia
    met in Beijing." in two articles, with no `about`.

Options:
    `[crossref] enabled`, `statement_threshold`, `quote_threshold` (0–100).
"""

from __future__ import annotations

from collections.abc import Iterator

from claimcheck.audit.context import AuditContext
from claimcheck.findings import Finding, Severity

ID = "possible-duplicate"
DEFAULT_SEVERITY = Severity.INFO


def run(ctx: AuditContext) -> Iterator[Finding]:
    for match in ctx.matches:
        if match.conflicting:
            continue
        yield Finding(
            check=ID,
            severity=DEFAULT_SEVERITY,
            message=f"`{match.first.id}` and `{match.second.id}` read as the same statement "
            f"({match.score:.0f}/100)",
            location=match.first.record.location_of("claim"),
            claim_ids=(match.first.id, match.second.id),
            hint="give both the same `about` so the audit cross-checks them",
            data={"score": match.score},
        )
