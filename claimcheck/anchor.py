"""Anchoring a claim's quote in its source's body: exactly after normalisation, else approximately.

The normalisation (`claimcheck.anchoring.normalise`) ignores differences of whitespace and line breaks,
hyphenation at line ends, typographic quotes and dashes, soft hyphens and zero-width characters, and
Unicode normal form (NFKC, so `…` = `...`); case counts. Matching is done on the normalised body, and
every match is mapped back to an exact span of the original body, which is what an `Anchor` reports.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import FrozenInstanceError, dataclass
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
# Bodies up to this length find a line by counting line feeds; longer ones keep an index of lines.
_COUNTED_LINES = 1 << 16


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


class Anchor:
    """Where a quote stands in a body: a span of the original body, or none when it is not found.

    Fields (compared, hashed and shown like a frozen dataclass's): `kind`; `start`, `end`, the span;
    `line`, `column`, 1-based, of `start` (lines end at "\\n", columns count characters); `score`, 100
    for exact, rapidfuzz's partial-alignment score otherwise (0 when not attempted); `found`, the
    original body's text at the span; `selector`. An anchor made by `Anchor.in_body` keeps only a
    reference to the body (which the repository holds anyway) and cuts `found` and `selector` from it
    when asked, so that a million anchors do not hold a million copies of their quotes.
    """

    __slots__ = ("_body", "_found", "_selector", "column", "end", "kind", "line", "score", "start")

    kind: AnchorKind
    start: int | None
    end: int | None
    line: int | None
    column: int | None
    score: float
    _found: str | None
    _selector: TextQuoteSelector | None
    _body: str | None

    def __init__(
        self,
        kind: AnchorKind,
        start: int | None,
        end: int | None,
        line: int | None,
        column: int | None,
        score: float,
        found: str | None,
        selector: TextQuoteSelector | None,
    ) -> None:
        _set = object.__setattr__
        _set(self, "kind", kind)
        _set(self, "start", start)
        _set(self, "end", end)
        _set(self, "line", line)
        _set(self, "column", column)
        _set(self, "score", score)
        _set(self, "_found", found)
        _set(self, "_selector", selector)
        _set(self, "_body", None)

    @classmethod
    def in_body(
        cls, kind: AnchorKind, start: int, end: int, line: int, column: int, score: float, body: str
    ) -> Anchor:
        """The anchor at `body[start:end]` (non-empty), its text and selector cut from `body` on demand."""
        anchor = cls(kind, start, end, line, column, score, None, None)
        object.__setattr__(anchor, "_body", body)
        return anchor

    @property
    def found(self) -> str | None:
        """The original body's text at the span (None when not found)."""
        if self._body is not None:
            return self._body[self.start : self.end]
        return self._found

    @property
    def selector(self) -> TextQuoteSelector | None:
        """The span as a W3C TextQuoteSelector (None when not found)."""
        body = self._body
        if body is None:
            return self._selector
        start, end = self.start, self.end
        assert start is not None and end is not None
        return TextQuoteSelector(
            exact=body[start:end],
            prefix=body[max(0, start - SELECTOR_CONTEXT) : start],
            suffix=body[end : end + SELECTOR_CONTEXT],
        )

    def _fields(self) -> tuple[object, ...]:
        where = (self.kind, self.start, self.end, self.line, self.column, self.score)
        return (*where, self.found, self.selector)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, Anchor)
        return self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        names = ("kind", "start", "end", "line", "column", "score", "found", "selector")
        shown = ", ".join(f"{name}={value!r}" for name, value in zip(names, self._fields(), strict=True))
        return f"Anchor({shown})"

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")


class PreparedText:
    """A body normalised once, so that many quotes can be anchored in it; build it with `prepare_text`."""

    __slots__ = ("_hyphens", "_line_starts", "_normalised", "original")

    def __init__(self, original: str, normalised: NormalisedText) -> None:
        self.original = original
        self._normalised = normalised
        self._line_starts: list[int] | None = None  # built on first use, for long bodies only
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
        original = self.original
        if len(original) <= _COUNTED_LINES:
            # Counting in C beats building an index for the few quotes a typical body holds.
            return original.count("\n", 0, offset) + 1, offset - original.rfind("\n", 0, offset)
        if self._line_starts is None:
            self._line_starts = [0, *(match.end() for match in re.finditer("\n", original))]
        line = bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1

    def anchor(self, kind: AnchorKind, start: int, end: int, score: float) -> Anchor:
        """An anchor for the span `normalised[start:end]` (non-empty), mapped back to the original."""
        start, end = self._normalised.original_span(start, end)
        line, column = self.line_column(start)
        return Anchor.in_body(kind, start, end, line, column, score, self.original)


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
