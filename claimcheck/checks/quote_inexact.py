"""The quote stands in its source only approximately.

What it checks:
    A quote that is not found exactly (after the normalisations `quote-not-found` describes) but
    whose best approximate match reaches `quote_min_score` is reported with the difference
    between the quote and the text at that place.

Why it matters:
    A quote that differs from its source by a word can change what the source said ("nicht"
    dropped, a number changed). The editor sees the difference and decides.

Passes:
    A quote that differs from the body only by line breaks, typographic quotes or soft hyphens.

Fails:
    `quote: "über 70 laufende Projekte"` against a body that says `Über 60 laufende Projekte`.

Options:
    `quote_min_score` (0–100), shared with `quote-not-found`.
"""

from __future__ import annotations

from collections.abc import Iterator

from claimcheck.anchor import AnchorKind, describe_difference
from claimcheck.findings import Finding, Severity
from claimcheck.input_context import InputContext

ID = "quote-inexact"
DEFAULT_SEVERITY = Severity.WARNING


def run(ctx: InputContext) -> Iterator[Finding]:
    for record, anchor in zip(ctx.repo.claims, ctx.anchors, strict=True):
        if anchor is None or anchor.kind is not AnchorKind.INEXACT or anchor.found is None:
            continue
        source = ctx.source_of(record)
        line = (source.body_line + (anchor.line or 1) - 1) if source else None
        difference = describe_difference(record.claim.quote, anchor.found)
        yield Finding(
            check=ID,
            severity=DEFAULT_SEVERITY,
            message=f"quote of `{record.id}` stands only approximately in `{record.claim.source}` "
            f"line {line} ({anchor.score:.0f}/100): {difference}",
            location=record.location_of("quote"),
            claim_ids=(record.id,),
            field="quote",
            hint="copy the quote verbatim from the source's text",
            data={"score": round(anchor.score, 1), "found": anchor.found, "difference": difference},
        )
