"""Claims about the same proposition, at overlapping times, disagree.

What it checks:
    Within each `about`, every pair of claims whose `when` overlap (a missing `when` is the
    source's `published` date) is compared: incompatible values (intervals that do not meet,
    different categories after synonyms), or one asserting what the other denies, is a conflict.
    Values that cannot be compared (USD against EUR) are not a conflict; the report says so.
    Claims from articles of different days hold at different times unless their `when` says
    otherwise: give `when` the period a figure covers (`2026-01`) so the audit compares them.

Why it matters:
    Two sources — or one article with itself — cannot both be right. An editor must decide which
    stands, or mark the other `rank: deprecated` once it is resolved.

Passes:
    `> 60 project` and `~ 65 project` in the same month; or a claim marked `rank: deprecated`.

Fails:
    `value: videoconference` and `value: phone call` for one meeting, from the same week.

Options:
    `tolerance` (for `~` values), `[synonyms]` (categorical values that mean the same).
"""

from __future__ import annotations

from collections.abc import Iterator

from claimcheck.audit.context import AuditContext
from claimcheck.findings import Finding, Severity

ID = "conflict"
DEFAULT_SEVERITY = Severity.ERROR


def run(ctx: AuditContext) -> Iterator[Finding]:
    for proposition in ctx.propositions:
        for pair in proposition.conflicts:
            first, second = sorted((pair.first, pair.second), key=lambda fact: fact.id)
            yield Finding(
                check=ID,
                severity=DEFAULT_SEVERITY,
                message=f"`{proposition.about}`: {pair.reason}",
                location=first.record.location_of("value" if first.value is not None else "about"),
                claim_ids=(first.id, second.id),
                about=proposition.about,
                hint="decide which stands; mark the other `rank: deprecated`",
            )
