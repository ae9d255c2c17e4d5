"""The Conflicts section: each conflicting proposition with its claims side by side and their quotes."""

from __future__ import annotations

from claimcheck.audit.propositions import ClaimFacts, Proposition, Verdict
from claimcheck.report import escape, fields
from claimcheck.report.context import ReportContext
from claimcheck.report.links import quote_source

INTRO = (
    "These claims contradict each other at the same time. Decide which stands, "
    "and mark the others `rank: deprecated`."
)


def by_time(members: list[ClaimFacts]) -> list[ClaimFacts]:
    """Claims in the order they hold (earliest first; unknown times last), then by id."""
    return sorted(
        members,
        key=lambda fact: (fact.when is None, fact.when.start if fact.when else None, fact.id, fact.index),
    )


def claims_side_by_side(members: list[ClaimFacts]) -> list[str]:
    """One column per claim, one row per field, so their values can be compared across."""
    rows: list[tuple[str, list[str]]] = [
        ("Claim", [escape.cell(fact.record.claim.claim) for fact in members]),
        ("Value", [escape.cell(fields.value(fact), "—") for fact in members]),
        ("When", [escape.cell(fields.when(fact)) for fact in members]),
    ]
    if any(not fact.asserts for fact in members):
        rows.append(("Stance", [fact.record.claim.stance for fact in members]))
    rows += [
        ("Said by", [escape.cell(fields.person(fact.record.claim.said_by), "—") for fact in members]),
        ("Via", [escape.cell(fields.via(fact), "—") for fact in members]),
        ("Outlet", [escape.cell(fields.outlet(fact)) for fact in members]),
        ("Published", [escape.cell(fields.published(fact), "—") for fact in members]),
        ("Confidence", [escape.cell(fields.confidence(fact), "—") for fact in members]),
        ("Rank", [fact.record.claim.rank for fact in members]),
    ]
    header = ["", *(escape.code(fact.id) for fact in members)]
    return escape.table(header, [[f"**{name}**", *cells] for name, cells in rows])


def quotes(ctx: ReportContext, members: list[ClaimFacts]) -> list[str]:
    lines: list[str] = []
    for fact in members:
        lines += [
            escape.block_quote(fact.record.claim.quote),
            ">",
            f"> — {escape.code(fact.id)} · {quote_source(ctx, fact)}",
            "",
        ]
    return lines


def conflict(ctx: ReportContext, proposition: Proposition) -> list[str]:
    members = by_time(proposition.members)
    reasons = sorted({escape.message(pair.reason) for pair in proposition.conflicts})
    return [
        f"### {escape.code(proposition.about or proposition.key)}",
        "",
        *(f"- {reason}" for reason in reasons),
        "",
        *claims_side_by_side(members),
        "",
        *quotes(ctx, members),
    ]


def resolved(ctx: ReportContext) -> list[str]:
    rows = []
    for proposition in ctx.with_resolved:
        for pair in proposition.resolved:
            facts = sorted((pair.first, pair.second), key=lambda fact: fact.id)
            kept = [escape.code(fact.id) for fact in facts if not fact.deprecated]
            dropped = [escape.code(fact.id) for fact in facts if fact.deprecated]
            rows.append(
                [
                    escape.code(proposition.about or proposition.key),
                    ", ".join(kept) or "—",
                    ", ".join(dropped),
                    escape.message(pair.reason),
                ]
            )
    if not rows:
        return []
    return [
        "### Resolved conflicts",
        "",
        "These claims disagreed; one side is marked `rank: deprecated` and no longer counts.",
        "",
        *escape.table(["Proposition", "Stands", "Deprecated", "Disagreement"], sorted(rows)),
        "",
    ]


def section(ctx: ReportContext) -> list[str]:
    conflicting = ctx.by_verdict[Verdict.CONFLICT]
    lines = ["## Conflicts", "", INTRO, ""]
    if not conflicting:
        lines += ["No conflicts.", ""]
    for proposition in conflicting:
        lines += conflict(ctx, proposition)
    return lines + resolved(ctx)
