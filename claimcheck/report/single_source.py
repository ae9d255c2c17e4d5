"""The Single-sourced section: propositions resting on too few independent origins, and lone claims."""

from __future__ import annotations

from claimcheck.audit.origins import describe_origin
from claimcheck.audit.propositions import Proposition, Verdict
from claimcheck.report import escape, fields
from claimcheck.report.conflicts import by_time
from claimcheck.report.context import ReportContext, left_out
from claimcheck.report.links import quote_source
from claimcheck.report.summary import plural


def origins_sentence(proposition: Proposition) -> str:
    """`3 claims in 3 sources, 1 origin: **Wladimir Putin**. Repeated by: A, B, C.`"""
    counted = proposition.counted
    if not counted:
        return "No claim asserts it: every claim denies it or is deprecated."
    sources = {fact.record.claim.source for fact in counted}
    in_sources = f" in {plural(len(sources), 'source')}" if len(sources) > 1 else ""
    names = "; ".join(f"**{escape.inline(describe_origin(origin))}**" for origin in proposition.origins)
    outlets = ", ".join(escape.inline(outlet) for outlet in proposition.outlets())
    origins = plural(len(proposition.origins), "origin")
    return f"{plural(len(counted), 'claim')}{in_sources}, {origins}: {names}. Published by: {outlets}."


def keyed(ctx: ReportContext, proposition: Proposition) -> list[str]:
    rows = [
        [
            escape.code(fact.id),
            escape.cell(fact.record.claim.claim),
            escape.cell(fields.value(fact), "—"),
            escape.cell(fields.when(fact)),
            escape.cell(fields.origin(fact)),
            quote_source(ctx, fact),
        ]
        for fact in by_time(proposition.members)
    ]
    return [
        f"### {escape.code(proposition.about or proposition.key)}",
        "",
        origins_sentence(proposition),
        "",
        *escape.table(["Claim", "Statement", "Value", "When", "Origin", "Source"], rows),
        "",
    ]


def lone(ctx: ReportContext, propositions: list[Proposition]) -> list[str]:
    if not propositions:
        return []
    shown, more = ctx.capped(propositions)
    rows = []
    for proposition in shown:
        fact = proposition.members[0]
        rows.append(
            [
                escape.code(fact.id),
                escape.cell(fact.record.claim.claim),
                escape.cell(fields.origin(fact)),
                quote_source(ctx, fact),
            ]
        )
    return [
        "### Claims without `about`",
        "",
        "Each rests on its own source alone. Give a claim an `about` shared with another source's claim "
        "to cross-check it.",
        "",
        *escape.table(["Claim", "Statement", "Origin", "Source"], rows),
        "",
        *left_out(more, "claims without `about`"),
    ]


def section(ctx: ReportContext) -> list[str]:
    single = ctx.by_verdict[Verdict.SINGLE_SOURCE]
    lines = [
        "## Single-sourced",
        "",
        f"These rest on fewer than {plural(ctx.min_sources, 'independent origin')}: outlets repeating one "
        "report, or one person's statement, count once. Find another origin, or say in the story where "
        "it comes from.",
        "",
    ]
    if not single:
        return [*lines, "Nothing is single-sourced.", ""]
    shown, more = ctx.capped([p for p in single if p.about is not None])
    for proposition in shown:
        lines += keyed(ctx, proposition)
    lines += left_out(more, "single-sourced propositions")
    return lines + lone(ctx, [p for p in single if p.about is None])
