"""The Propositions table (one row each, with its verdict) and the Sources table."""

from __future__ import annotations

from collections import Counter
from operator import attrgetter

from claimcheck.audit.origins import describe_origin
from claimcheck.report import escape
from claimcheck.report.context import ReportContext, left_out

_SOURCE_OF = attrgetter("claim.source")


def propositions(ctx: ReportContext) -> list[str]:
    shown, more = ctx.capped(ctx.result.propositions)
    rows = []
    for proposition in shown:
        name = (
            escape.code(proposition.about)
            if proposition.about is not None
            else f"claim {escape.code(proposition.members[0].id)}"
        )
        origins = "; ".join(describe_origin(origin) for origin in proposition.origins)
        rows.append(
            [
                name,
                proposition.verdict.value,
                str(len(proposition.members)),
                f"{len(proposition.origins)}: {escape.inline(origins)}" if origins else "0",
                escape.cell(", ".join(proposition.outlets())),
            ]
        )
    lines = [
        "## Propositions",
        "",
        "Every proposition with its verdict; a claim without `about` is its own.",
        "",
    ]
    if not rows:
        return [*lines, "No claims.", ""]
    header = ["Proposition", "Verdict", "Claims", "Independent origins", "Outlets"]
    return [*lines, *escape.table(header, rows, align="llrll"), "", *left_out(more, "propositions")]


def sources(ctx: ReportContext) -> list[str]:
    claims = Counter(map(_SOURCE_OF, ctx.result.repo.claims))  # attrgetter: a C loop over 100,000s
    shown, more = ctx.capped(sorted(ctx.result.repo.sources))
    rows = []
    for source_id in shown:
        source = ctx.result.repo.sources[source_id]
        meta = source.meta
        url = escape.web_url(meta.url)
        rows.append(
            [
                escape.link(source.id, ctx.file_target(source.path)),
                escape.cell(meta.outlet, "—"),
                str(meta.published) if meta.published is not None else "—",
                escape.cell(", ".join(meta.credits), "—"),
                str(claims.get(source.id, 0)),
                escape.link(meta.title or url, url) if url else "no URL",
            ]
        )
    lines = ["## Sources", "", "Each source file, what it credits, and how many claims cite it.", ""]
    if not rows:
        return [*lines, "No sources.", ""]
    header = ["Source", "Outlet", "Published", "Credits", "Claims", "Link"]
    where = f"each is a file in {escape.code(ctx.result.repo.settings.file.sources)}"
    return [*lines, *escape.table(header, rows, align="llllrl"), "", *left_out(more, "sources", where)]
