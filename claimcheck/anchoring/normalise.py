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
from claimcheck.anchoring.spacing import collapse_spacing

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
    return _fold_pieces(text)


def _fold_pieces(text: str) -> tuple[str, OffsetMap | None]:
    """`_fold_characters` without its shortcuts: classify the characters, rewrite the pieces."""
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
    collapsed, spacing, marks = collapse_spacing(folded)
    maps = tuple(offsets for offsets in (folding, spacing) if offsets is not None)
    return NormalisedText(collapsed, marks, maps)


def normalise_for_matching(text: str) -> str:
    """`text` normalised as quotes and source bodies are before they are compared."""
    return normalise(text).text
