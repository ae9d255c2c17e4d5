"""Whether claims' quotes still stand in a text, judged by the same anchoring as the audit."""

from __future__ import annotations

from collections.abc import Sequence

from claimcheck.anchor import AnchorKind, anchor_quote, prepare_text
from claimcheck.web.recheck import QuoteStanding, Standing

_BY_KIND = {
    AnchorKind.EXACT: Standing.EXACT,
    AnchorKind.INEXACT: Standing.INEXACT,
    AnchorKind.NOT_FOUND: Standing.NOT_FOUND,
}


def anchored_standing(min_score: float) -> QuoteStanding:
    """A `QuoteStanding` that uses `claimcheck.anchor` with the repository's `quote_min_score`."""

    def standing(quotes: Sequence[str], text: str) -> list[Standing]:
        if not quotes:
            return []
        prepared = prepare_text(text)
        return [_BY_KIND[anchor_quote(quote, prepared, min_score=min_score).kind] for quote in quotes]

    return standing
