"""The quote does not stand in its source, even approximately.

What it checks:
    Each claim's `quote` is searched in its source's body, ignoring differences of whitespace and
    line breaks, hyphenation at line ends, typographic quotes and dashes, soft hyphens and Unicode
    normal form. If it is not there exactly, an approximate match is tried (rapidfuzz); below the
    `quote_min_score` setting (default 90 of 100) the quote counts as not found.

Why it matters:
    A claim is only as good as the words it rests on. A quote that is not in the source was
    mistyped, paraphrased, taken from another article, or the source text was replaced.

Passes:
    `quote: "„allumfassende Partnerschaft“"` against a body that has `"allumfassende Partnerschaft"`.

Fails:
    A quote from another article, or a paraphrase written as a quote.

Options:
    `quote_min_score` (0–100): the least similarity that still counts as found (inexactly).
"""

from __future__ import annotations

from collections.abc import Iterator

from claimcheck.anchor import AnchorKind
from claimcheck.findings import Finding, Severity
from claimcheck.input_context import InputContext

ID = "quote-not-found"
DEFAULT_SEVERITY = Severity.ERROR


def run(ctx: InputContext) -> Iterator[Finding]:
    for record, anchor in zip(ctx.repo.claims, ctx.anchors, strict=True):
        if anchor is None or anchor.kind is not AnchorKind.NOT_FOUND:
            continue
        yield Finding(
            check=ID,
            severity=DEFAULT_SEVERITY,
            message=f"quote of `{record.id}` is not in source `{record.claim.source}` "
            f"(best match {anchor.score:.0f}/100)",
            location=record.location_of("quote"),
            claim_ids=(record.id,),
            field="quote",
            hint="copy the quote verbatim from the source's text",
            data={"score": round(anchor.score, 1)},
        )
