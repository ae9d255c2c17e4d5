"""The text normalisation quotes are matched under, with a map from normalised offsets to original ones.

Applied in this order:

1. Soft hyphens (U+00AD) and zero-width characters (U+200B–U+200D, U+2060, U+FEFF) are removed.
2. NFKC: composed and decomposed umlauts become one form; `…` becomes `...`, NBSP a space, `ﬁ` `fi`,
   full-width `＂` a plain `"`, and so on.
3. Typographic quotes (`„“”‚‘’‛‟«»‹›〝〞〟` and `"'`) become `"`; dashes (`‐‑‒–—―−`) become `-`.
   (U+FDD0, a noncharacter used internally to mark line-end hyphens, becomes U+FFFD.)
4. A hyphen between two letters or digits whose following whitespace holds a line break
   (`Hoch-↵technologie`) loses that whitespace (`Hoch-technologie`) and is recorded as a line-end hyphen,
   which the search may also read as absent (see `hyphenation`).
5. Every other run of whitespace becomes one space; leading and trailing whitespace is dropped.

Case is kept: a quote is verbatim.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from claimcheck.anchoring.offsets import OffsetMap, RewriteBuilder

DELETED_CHARACTERS = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
QUOTE_CHARACTERS = "\"'„“”‚‘’‛‟«»‹›〝〞〟＂＇"
DASH_CHARACTERS = "‐‑‒–—―−"
HYPHEN_MARK = "\ufdd0"

_DELETE_TABLE = str.maketrans(dict.fromkeys(DELETED_CHARACTERS))
_FOLDED = {
    **dict.fromkeys(QUOTE_CHARACTERS, '"'),
    **dict.fromkeys(DASH_CHARACTERS, "-"),
    HYPHEN_MARK: "\ufffd",
}
# One for one, so offsets do not move; re.sub beats str.translate on long mostly-untouched texts.
_TO_FOLD = re.compile("[" + re.escape("".join(_FOLDED)) + "]")

# Kinds of characters, for applying NFKC piecewise: plain ones are NFKC-stable and never combine with the
# character before them, so NFKC of a text is the NFKC of its pieces cut before each plain character.
_PLAIN, _UNSTABLE, _ATTACHING, _DELETED = range(4)
_KNOWN_PLAIN: set[str] = set()
_KNOWN_SPECIAL: dict[str, int] = {}
_CACHE_LIMIT = 200_000  # distinct characters remembered; beyond it they are classified again each time


def _attaches(char: str) -> bool:
    """Whether NFKC may compose or reorder `char` with the character before it."""
    if unicodedata.combining(char) or unicodedata.category(char)[0] == "M" or "\u1160" <= char <= "\u11ff":
        return True  # combining marks, and the Hangul vowel/final jamo that compose into syllables
    first = unicodedata.normalize("NFKC", char)[:1]
    return first != char and first != "" and _attaches(first)


def _classify(char: str) -> int:
    if char in DELETED_CHARACTERS:
        return _DELETED
    if _attaches(char):
        return _ATTACHING
    if unicodedata.normalize("NFKC", char) != char:
        return _UNSTABLE
    return _PLAIN


def _special_characters(text: str) -> tuple[str, str, str] | None:
    """The deleted, attaching and NFKC-unstable characters of `text`, or None when it has none."""
    chars = set(text)
    chars.difference_update(_KNOWN_PLAIN)
    if not chars:
        return None
    kinds: dict[int, list[str]] = {_DELETED: [], _ATTACHING: [], _UNSTABLE: []}
    for char in chars:
        kind = _KNOWN_SPECIAL.get(char)
        if kind is None:
            kind = _classify(char)
            if kind == _PLAIN:
                if len(_KNOWN_PLAIN) < _CACHE_LIMIT:
                    _KNOWN_PLAIN.add(char)
                continue
            if len(_KNOWN_SPECIAL) < _CACHE_LIMIT:
                _KNOWN_SPECIAL[char] = kind
        kinds[kind].append(char)
    if not any(kinds.values()):
        return None
    return (
        "".join(sorted(kinds[_DELETED])),
        "".join(sorted(kinds[_ATTACHING])),
        "".join(sorted(kinds[_UNSTABLE])),
    )


def _escaped(chars: str) -> str:
    return "".join(re.escape(char) for char in chars)


@lru_cache(maxsize=256)
def _cluster_pattern(deleted: str, attaching: str, unstable: str) -> re.Pattern[str]:
    """What needs rewriting: a character with the attaching ones after it, or a run of deleted ones."""
    skip = f"[{_escaped(deleted)}]*" if deleted else ""
    attached = f"(?:{skip}[{_escaped(attaching)}])" if attaching else ""
    alternatives = []
    if attaching:
        alternatives.append(f"[^{_escaped(deleted + attaching)}]?{attached}+")
    if unstable:
        alternatives.append(f"[{_escaped(unstable)}]" + (f"{attached}*" if attached else ""))
    if deleted:
        alternatives.append(f"[{_escaped(deleted)}]+")
    return re.compile("|".join(alternatives))


def _fold_characters(text: str) -> tuple[str, OffsetMap | None]:
    """Steps 1 and 2: remove the invisible characters and apply NFKC, cluster by cluster."""
    if text.isascii():
        return text, None
    if unicodedata.is_normalized("NFKC", text) and not any(char in text for char in DELETED_CHARACTERS):
        # Every piece of an NFKC text is its own NFKC (cutting text off before a piece removes no
        # character it could combine with that the whole text did not have), so nothing would change;
        # `is_normalized` decides that in C, far faster than classifying the text's characters.
        return text, None
    specials = _special_characters(text)
    if specials is None:
        return text, None
    builder = RewriteBuilder(text)
    position = 0
    for match in _cluster_pattern(*specials).finditer(text):
        start, end = match.span()
        builder.copy(position, start)
        builder.replace(start, end, unicodedata.normalize("NFKC", match.group().translate(_DELETE_TABLE)))
        position = end
    builder.copy(position, len(text))
    return builder.build()


_LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
# A hyphen after a word character, then whitespace holding a line break, then a word character; or
# whitespace that is not a single plain space. (Starting each branch with a literal keeps the scan fast.)
_SPACING = re.compile(
    rf"-(?<=[^\W_]-)(?P<wrap>[^\S{_LINE_BREAKS}]*[{_LINE_BREAKS}]\s*)(?=[^\W_])|\s{{2,}}|[^\S ]"
)


# A hyphen, then whitespace holding a line break: where a line-end hyphen may stand (a superset of
# `_SPACING`'s first branch). Without one, step 4 has nothing to do and step 5 takes the fast path.
_WRAP_HINT = re.compile(rf"-[^\S{_LINE_BREAKS}]*[{_LINE_BREAKS}]")
# A run of whitespace that is not a single plain space, matched from its start; the same runs as
# `_SPACING`'s other branches, but every branch starts with a whitespace character, which `re` scans
# for quickly.
_RUNS = re.compile(r"[^\S ]\s*| \s+")


def _collapse_spacing(text: str) -> tuple[str, OffsetMap | None, tuple[int, ...]]:
    """Steps 4 and 5: join line-end hyphenation, collapse whitespace; also the line-end hyphens' offsets."""
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text, None, ()  # no whitespace but single inner spaces (most quotes): nothing to do
    first = len(text) - len(text.lstrip())
    last = len(text.rstrip())
    if _WRAP_HINT.search(text, first, last) is None:
        collapsed, offsets = _collapse_runs(text, first, last)
        return collapsed, offsets, ()
    builder: RewriteBuilder | None = None
    position = first
    marks: list[int] = []
    for match in _SPACING.finditer(text, first, last):
        if builder is None:
            builder = RewriteBuilder(text)
        start, end = match.span()
        if match.group("wrap") is not None:
            builder.copy(position, start + 1)
            marks.append(builder.length - 1)
        else:
            builder.copy(position, start)
            builder.replace(start, end, " ")
        position = end
    if builder is None:
        if first == 0 and last == len(text):
            return text, None, ()
        builder = RewriteBuilder(text)
    builder.copy(position, last)
    collapsed, offsets = builder.build()
    return collapsed, offsets, tuple(marks)


def _collapse_runs(text: str, first: int, last: int) -> tuple[str, OffsetMap | None]:
    """Step 5 alone (no line-end hyphens): the map `RewriteBuilder` would record, built in one pass.

    The text between runs is copied and each run is replaced as a unit by one space.
    """
    if last <= first:  # nothing but whitespace
        return "", OffsetMap([], [], [], [])
    runs = _line_feed_runs(text, first, last)
    if runs is None:
        runs = [match.span() for match in _RUNS.finditer(text, first, last)]
    if not runs and first == 0 and last == len(text):
        return text, None
    parts: list[str] = []
    starts: list[int] = []
    source_starts: list[int] = []
    source_ends: list[int] = []
    copied: list[bool] = []
    length = 0
    position = first
    for start, end in runs:
        # Runs are maximal and lie between non-space characters, so the copied text is never empty.
        parts.append(text[position:start])
        starts += (length, length + start - position)
        source_starts += (position, start)
        source_ends += (start, end)
        copied += (True, False)
        length += start - position + 1
        position = end
    parts.append(text[position:last])
    starts.append(length)
    source_starts.append(position)
    source_ends.append(last)
    copied.append(True)
    return " ".join(parts), OffsetMap(starts, source_starts, source_ends, copied)


_LINE_FEED_RUN = re.compile(r"\n[\n ]*")


def _line_feed_runs(text: str, first: int, last: int) -> list[tuple[int, int]] | None:
    """The runs of most text, whose only whitespace is single spaces and line feeds, found by
    scanning for line feeds (much faster than for any whitespace); None for other text."""
    if "  " in text or not text.replace("\n", " ").isprintable():
        return None  # other whitespace (or some other unprintable character): scan for all of it
    if " \n" not in text:
        return [match.span() for match in _LINE_FEED_RUN.finditer(text, first, last)]
    runs = []
    for match in _LINE_FEED_RUN.finditer(text, first, last):
        start, end = match.span()
        # `text[first]` is not whitespace, so a run never starts at `first` and `start - 1` is in range.
        runs.append((start - 1 if text[start - 1] == " " else start, end))
    return runs


@dataclass(frozen=True, slots=True)
class NormalisedText:
    """A text after normalisation, with the way back to the original's offsets."""

    text: str
    hyphen_marks: tuple[int, ...]  # offsets in `text` of hyphens that stood at a line end between words
    maps: tuple[OffsetMap, ...]  # from `text` back to the original, innermost last

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original text that `text[start:end]` (non-empty) was made from."""
        for offsets in reversed(self.maps):
            start, end = offsets.source_start(start), offsets.source_end(end)
        return start, end

    def marked(self) -> str:
        """`text` with each line-end hyphen written as `HYPHEN_MARK` (same length, same offsets)."""
        if not self.hyphen_marks:
            return self.text
        parts = []
        previous = 0
        for offset in self.hyphen_marks:
            parts.append(self.text[previous:offset])
            parts.append(HYPHEN_MARK)
            previous = offset + 1
        parts.append(self.text[previous:])
        return "".join(parts)


def normalise(text: str) -> NormalisedText:
    """Normalise `text` for matching, keeping the offset maps back to it."""
    folded, folding = _fold_characters(text)
    folded = _TO_FOLD.sub(lambda match: _FOLDED[match.group()], folded)
    collapsed, spacing, marks = _collapse_spacing(folded)
    maps = tuple(offsets for offsets in (folding, spacing) if offsets is not None)
    return NormalisedText(collapsed, marks, maps)


def normalise_for_matching(text: str) -> str:
    """`text` normalised as quotes and source bodies are before they are compared."""
    return normalise(text).text
