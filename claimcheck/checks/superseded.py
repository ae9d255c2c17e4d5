"""Claims about the same proposition differ, but at different times: the later one stands.

What it checks:
    Within each `about`, two claims with incompatible values whose `when` do not overlap are not
    a conflict: the fact changed (a minister replaced, a count grown). The earlier claim is
    reported once, naming the nearest later claim that supersedes it.

Why it matters:
    An article that states an old fact as current is out of date, not wrong; the editor needs to
    see the change, not an alarm.

Passes:
    Claims with the same value at any times.

Fails:
    `value: Sergei Shoigu` at 2023-11 and `value: Andrei Belousov` at 2024-10 for
    `ru/defense-minister`.

Options:
    None besides its severity.
"""

from __future__ import annotations

from collections.abc import Iterator

from claimcheck.audit.context import AuditContext
from claimcheck.audit.propositions import PairRelation
from claimcheck.findings import Finding, Severity

ID = "superseded"
DEFAULT_SEVERITY = Severity.INFO


def run(ctx: AuditContext) -> Iterator[Finding]:
    for proposition in ctx.propositions:
        nearest: dict[str, PairRelation] = {}
        for pair in proposition.superseded:
            known = nearest.get(pair.first.id)
            if known is None or _later_key(pair) < _later_key(known):
                nearest[pair.first.id] = pair
        for claim_id in sorted(nearest):
            pair = nearest[claim_id]
            yield Finding(
                check=ID,
                severity=DEFAULT_SEVERITY,
                message=f"`{proposition.about}`: `{pair.first.id}` ({pair.first.value_text()}, "
                f"{pair.first.when}) is superseded by `{pair.second.id}` "
                f"({pair.second.value_text()}, {pair.second.when})",
                location=pair.first.record.location_of("value"),
                claim_ids=(pair.first.id, pair.second.id),
                about=proposition.about,
            )


def _later_key(pair: PairRelation) -> tuple[object, str]:
    when = pair.second.when
    return (when.start if when else None, pair.second.id)
