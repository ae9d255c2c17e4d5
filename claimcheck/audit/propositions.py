"""Group claims by `about` into propositions and compare every pair whose times overlap."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from itertools import combinations

from claimcheck.audit.names import NameIndex
from claimcheck.audit.origins import Provenance, independent_origins, provenance
from claimcheck.input_context import InputContext
from claimcheck.repository import ClaimRecord, SourceDocument
from claimcheck.timespan import TimeSpan
from claimcheck.values import Value, ValueContext, compare_values, format_value


class Verdict(StrEnum):
    CONFLICT = "conflict"
    RESOLVED = "resolved"
    SUPERSEDED = "superseded"
    SINGLE_SOURCE = "single-source"
    CORROBORATED = "corroborated"


@dataclass
class ClaimFacts:
    """What the audit knows of one claim: where it holds in time, its value, its provenance."""

    index: int
    record: ClaimRecord
    source: SourceDocument | None
    when: TimeSpan | None
    value: Value | None
    provenance: Provenance

    @property
    def id(self) -> str:
        return self.record.claim.id

    @property
    def asserts(self) -> bool:
        return self.record.claim.stance == "asserts"

    @property
    def deprecated(self) -> bool:
        return self.record.claim.rank == "deprecated"

    def value_text(self) -> str:
        return format_value(self.value) if self.value is not None else ""


@dataclass(frozen=True)
class PairRelation:
    """Two claims of one proposition that disagree, and why."""

    first: ClaimFacts
    second: ClaimFacts
    reason: str


@dataclass
class Proposition:
    """All claims sharing one `about` key, or one claim without a key."""

    key: str
    about: str | None
    members: list[ClaimFacts]
    origins: list[Provenance] = field(default_factory=list)
    conflicts: list[PairRelation] = field(default_factory=list)
    resolved: list[PairRelation] = field(default_factory=list)
    superseded: list[PairRelation] = field(default_factory=list)  # (earlier, later)
    not_comparable: list[PairRelation] = field(default_factory=list)
    verdict: Verdict = Verdict.CORROBORATED

    @cached_property
    def counted(self) -> list[ClaimFacts]:
        """The claims that count towards origins: asserting and not deprecated (members never change
        once grouped, so worked out once: the audit, its checks and the report all ask)."""
        return [fact for fact in self.members if fact.asserts and not fact.deprecated]

    def outlets(self) -> list[str]:
        names = {
            fact.source.outlet_name if fact.source else f"source {fact.record.claim.source}"
            for fact in self.members
        }
        return sorted(names)


def build_facts(ctx: InputContext, names: NameIndex) -> list[ClaimFacts]:
    facts = []
    for index, record in enumerate(ctx.repo.claims):
        source = ctx.source_of(record)
        when = record.claim.when or (source.meta.published if source else None)
        facts.append(
            ClaimFacts(
                index=index,
                record=record,
                source=source,
                when=when,
                value=ctx.values[index],
                provenance=provenance(record.claim, source, names),
            )
        )
    return facts


def group_propositions(facts: Sequence[ClaimFacts]) -> list[Proposition]:
    """One proposition per `about` key, plus one per claim that has none; sorted by key."""
    groups: dict[str, list[ClaimFacts]] = defaultdict(list)
    lone: list[Proposition] = []
    for fact in facts:
        about = fact.record.claim.about
        if about is None:
            lone.append(Proposition(key=f"claim:{fact.id}", about=None, members=[fact]))
        else:
            groups[about].append(fact)
    keyed = [Proposition(key=about, about=about, members=members) for about, members in groups.items()]
    return sorted([*keyed, *lone], key=lambda p: (p.about is None, p.key))


def _times_overlap(a: ClaimFacts, b: ClaimFacts) -> bool:
    if a.when is None or b.when is None:
        return True  # an unknown time cannot rule out that both hold at once
    return a.when.overlaps(b.when)


def _describe(fact: ClaimFacts) -> str:
    parts = [f"`{fact.id}`"]
    if fact.value is not None:
        parts.append(format_value(fact.value))
    if fact.record.claim.stance == "denies":
        parts.append("(denies)")
    if fact.when is not None:
        parts.append(f"at {fact.when}")
    return " ".join(parts)


def analyse(proposition: Proposition, vctx: ValueContext, names: NameIndex, min_sources: int) -> None:
    """Fill in conflicts, superseded pairs, origins and the verdict of one proposition."""
    members = proposition.members
    for a, b in combinations(members, 2):
        claim_a, claim_b = a.record.claim, b.record.claim
        if claim_a.source == claim_b.source and claim_a.quote == claim_b.quote:
            continue  # the same sentence recorded twice is not two claims
        opposite = a.asserts != b.asserts
        outcome, reason = "compatible", ""
        if a.value is not None and b.value is not None:
            comparison = compare_values(a.value, b.value, vctx)
            outcome, reason = comparison.outcome, comparison.reason
        if outcome == "not-comparable":
            proposition.not_comparable.append(PairRelation(a, b, reason))
            continue
        disagree = (opposite and outcome == "compatible") or (not opposite and outcome == "incompatible")
        if not disagree:
            continue
        if opposite:
            reason = f"{_describe(a)} and {_describe(b)}: one asserts, the other denies"
        else:
            reason = f"{_describe(a)} vs {_describe(b)}" + (f" ({reason})" if reason else "")
        if _times_overlap(a, b):
            if a.deprecated or b.deprecated:
                proposition.resolved.append(PairRelation(a, b, reason))
            else:
                proposition.conflicts.append(PairRelation(a, b, reason))
        elif not opposite:
            assert a.when is not None and b.when is not None
            earlier, later = (a, b) if a.when.start <= b.when.start else (b, a)
            proposition.superseded.append(PairRelation(earlier, later, reason))
    proposition.origins = independent_origins([fact.provenance for fact in proposition.counted], names)
    proposition.verdict = _verdict(proposition, min_sources)


def _verdict(proposition: Proposition, min_sources: int) -> Verdict:
    if proposition.conflicts:
        return Verdict.CONFLICT
    if proposition.resolved:
        return Verdict.RESOLVED
    if proposition.superseded:
        return Verdict.SUPERSEDED
    if len(proposition.origins) < min_sources:
        return Verdict.SINGLE_SOURCE
    return Verdict.CORROBORATED
