"""Anchoring a claim's quote in its source's body: exactly after normalisation, else approximately.

The normalisation (`claimcheck.anchoring.normalise`) ignores differences of whitespace and line breaks,
hyphenation at line ends, typographic quotes and dashes, soft hyphens and zero-width characters, and
Unicode normal form (NFKC, so `…` = `...`); case counts. Matching is done on the normalised body, and
every match is mapped back to an exact span of the original body, which is what an `Anchor` reports.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from enum import StrEnum

from claimcheck.anchoring.approximate import place_approximately
from claimcheck.anchoring.difference import describe_difference
from claimcheck.anchoring.hyphenation import HyphenIndex, find_hyphen_tolerant, index_hyphens
from claimcheck.anchoring.normalise import NormalisedText, normalise, normalise_for_matching

__all__ = [
    "Anchor",
    "AnchorKind",
    "PreparedText",
    "TextQuoteSelector",
    "anchor_quote",
    "describe_difference",
    "normalise_for_matching",
    "prepare_text",
]

SELECTOR_CONTEXT = 32  # characters of prefix and suffix in a selector
# A quote this much longer than the body cannot stand in it even after normalisation shrinks it
# (NFD letters, doubled spaces): it is not searched at all.
MAX_QUOTE_GROWTH = 4
QUOTE_SLACK = 1_024


@dataclass(frozen=True)
class TextQuoteSelector:
    """A W3C Web Annotation TextQuoteSelector: the anchored text with up to 32 characters either side.

    All three are taken from the original body, so `prefix + exact + suffix` is a slice of it.
    """

    exact: str
    prefix: str
    suffix: str


class AnchorKind(StrEnum):
    """How a quote stands in its source's body."""

    EXACT = "exact"  # verbatim, up to the normalisation
    INEXACT = "inexact"  # only approximately, with a score of at least `min_score`
    NOT_FOUND = "not-found"


@dataclass(frozen=True)
class Anchor:
    """Where a quote stands in a body: a span of the original body, or none when it is not found."""

    kind: AnchorKind
    start: int | None
    end: int | None
    line: int | None  # 1-based line of `start` (lines end at "\n")
    column: int | None  # 1-based column of `start`, counted in characters
    score: float  # 100 for exact; rapidfuzz's partial-alignment score otherwise (0 when not attempted)
    found: str | None  # the original body's text at the span
    selector: TextQuoteSelector | None


class PreparedText:
    """A body normalised once, so that many quotes can be anchored in it; build it with `prepare_text`."""

    __slots__ = ("_hyphens", "_line_starts", "_normalised", "original")

    def __init__(self, original: str, normalised: NormalisedText) -> None:
        self.original = original
        self._normalised = normalised
        self._line_starts = [0, *(match.end() for match in re.finditer("\n", original))]
        self._hyphens: HyphenIndex | None = None

    @property
    def normalised(self) -> str:
        """The body as quotes are matched against it."""
        return self._normalised.text

    @property
    def has_line_end_hyphens(self) -> bool:
        """Whether the body breaks a word or compound with a hyphen at a line end."""
        return bool(self._normalised.hyphen_marks)

    def hyphen_index(self) -> HyphenIndex:
        """The forms the hyphen-tolerant search needs, built on first use."""
        if self._hyphens is None:
            self._hyphens = index_hyphens(self._normalised)
        return self._hyphens

    def line_column(self, offset: int) -> tuple[int, int]:
        """1-based line and column of `offset` in the original body."""
        line = bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1

    def anchor(self, kind: AnchorKind, start: int, end: int, score: float) -> Anchor:
        """An anchor for the span `normalised[start:end]` (non-empty), mapped back to the original."""
        start, end = self._normalised.original_span(start, end)
        line, column = self.line_column(start)
        found = self.original[start:end]
        selector = TextQuoteSelector(
            exact=found,
            prefix=self.original[max(0, start - SELECTOR_CONTEXT) : start],
            suffix=self.original[end : end + SELECTOR_CONTEXT],
        )
        return Anchor(kind, start, end, line, column, score, found, selector)


def prepare_text(body: str) -> PreparedText:
    """Normalise `body` once for anchoring quotes in it."""
    return PreparedText(body, normalise(body))


def _not_found(score: float) -> Anchor:
    return Anchor(AnchorKind.NOT_FOUND, None, None, None, None, score, None, None)


def anchor_quote(quote: str, body: PreparedText | str, *, min_score: float = 90.0) -> Anchor:
    """Where `quote` stands in `body`: exact (after normalisation), inexact, or not found.

    Exact: the first occurrence of the normalised quote in the normalised body; failing that, the first
    place where it stands once line-end hyphens (in the quote or the body) may stand or go. Otherwise
    the best partial alignment (rapidfuzz), snapped to whole words, is inexact if its score reaches
    `min_score`, else the quote is not found and the score says how close it came. An empty quote, one
    much longer than the body, or one too long to align is not found with the score of what was tried
    (0 when nothing was). Never raises on any text.
    """
    prepared = body if isinstance(body, PreparedText) else prepare_text(body)
    if len(quote) > MAX_QUOTE_GROWTH * len(prepared.original) + QUOTE_SLACK:
        return _not_found(0.0)
    wanted = normalise(quote)
    if not wanted.text:
        return _not_found(0.0)
    start = prepared.normalised.find(wanted.text)
    if start >= 0:
        return prepared.anchor(AnchorKind.EXACT, start, start + len(wanted.text), 100.0)
    if wanted.hyphen_marks or prepared.has_line_end_hyphens:
        span = find_hyphen_tolerant(wanted, prepared.hyphen_index())
        if span is not None:
            return prepared.anchor(AnchorKind.EXACT, span[0], span[1], 100.0)
    placement = place_approximately(wanted.text, prepared.normalised)
    if placement.end > placement.start and placement.score >= min_score:
        return prepared.anchor(AnchorKind.INEXACT, placement.start, placement.end, placement.score)
    return _not_found(placement.score)
