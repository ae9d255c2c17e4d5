"""The Propositions table (one row each, with its verdict) and the Sources table."""

from __future__ import annotations

from collections import Counter

from claimcheck.audit.origins import describe_origin
from claimcheck.report import escape
from claimcheck.report.context import ReportContext


def propositions(ctx: ReportContext) -> list[str]:
    rows = []
    for proposition in ctx.result.propositions:
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
    return [*lines, *escape.table(header, rows, align="llrll"), ""]


def sources(ctx: ReportContext) -> list[str]:
    claims = Counter(record.claim.source for record in ctx.result.repo.claims)
    rows = []
    for source_id in sorted(ctx.result.repo.sources):
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
    return [*lines, *escape.table(header, rows, align="llllrl"), ""]
