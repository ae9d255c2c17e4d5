"""Search in which a hyphen at a line end may stand or go, in the quote or in the body.

`Hoch-↵technologie` reads as `Hochtechnologie` and `Ukraine-↵Kriegs` as `Ukraine-Kriegs`, either way
round. Where the quote or the body has a line-end hyphen (`HYPHEN_MARK` in their marked forms), the
quote becomes a pattern in which
- a line-end hyphen of the quote matches nothing, `-`, `- ` or a line-end hyphen of the body;
- a hyphen between two word characters of the quote matches `-` or a line-end hyphen;
- `- ` between two word characters (`Staats- und`) matches itself or a line-end hyphen;
- between two adjacent word characters of the quote a line-end hyphen of the body may stand;
- a hyphen at the quote's very start or end, next to a word character, matches `-` or a line-end hyphen.
Nothing else is loosened. To stay linear, candidates are first found with `str.find` in the forms with
all such joins removed, and the pattern is only tried where one starts (a bounded number of times)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimcheck.anchoring.normalise import HYPHEN_MARK, NormalisedText
from claimcheck.anchoring.offsets import OffsetMap, RewriteBuilder

MAX_CANDIDATES = 1_000  # candidate places verified before giving up (the fuzzy search still runs)
MAX_QUOTE = 20_000  # longer quotes are only searched exactly (their pattern would be needlessly large)

# How far before the first character of the rest a match may start, by the length of the leading hyphen.
_LEADING_OFFSETS = {0: (0,), 1: (1,), 2: (2, 1)}

_JOINS = re.compile(rf"(?<=[^\W_])(?:{HYPHEN_MARK}|- ?)(?=[^\W_])")


@dataclass(frozen=True, slots=True)
class HyphenIndex:
    """A normalised text in its marked form and its joined form (hyphens and marks between words removed)."""

    marked: str
    joined: str
    joined_map: OffsetMap | None  # joined offsets → marked offsets; None: the same


def index_hyphens(text: NormalisedText) -> HyphenIndex:
    """The forms of `text` the hyphen-tolerant search works on."""
    marked = text.marked()
    builder: RewriteBuilder | None = None
    position = 0
    for match in _JOINS.finditer(marked):
        if builder is None:
            builder = RewriteBuilder(marked)
        builder.copy(position, match.start())
        position = match.end()
    if builder is None:
        return HyphenIndex(marked, marked, None)
    builder.copy(position, len(marked))
    joined, joined_map = builder.build()
    return HyphenIndex(marked, joined, joined_map)


def _edge_hyphens(quote: str) -> tuple[int, int]:
    """Lengths of a hyphen starting `quote` (`-` or `- `, before a word character) and ending it (`-`).

    Such a hyphen may be half of a join the body's joined form dropped (`-Kriegs` cut from
    `Ukraine-↵Kriegs`, `- und` from `Staats- und`).
    """
    leading = 0
    if quote[:2] == "- " and quote[2:3].isalnum():
        leading = 2
    elif quote[:1] == "-" and quote[1:2].isalnum():
        leading = 1
    trailing = int(len(quote) > 1 and quote[-1] == "-" and quote[-2].isalnum())
    return leading, trailing


def _tolerant_pattern(quote: str) -> re.Pattern[str]:
    """The marked quote as a pattern with the allowances the module docstring lists."""
    parts: list[str] = []
    leading, trailing = _edge_hyphens(quote)
    index, length = 0, len(quote)
    while index < length:
        char = quote[index]
        after_word = index > 0 and quote[index - 1].isalnum()
        before_word = index + 1 < length and quote[index + 1].isalnum()
        if char == HYPHEN_MARK:
            parts.append(f"(?:- ?|{HYPHEN_MARK})?")
        elif char == "-" and (
            (after_word and before_word)
            or (index == 0 and leading == 1)
            or (index == length - 1 and trailing)
        ):
            parts.append(f"[-{HYPHEN_MARK}]")
        elif char == "-" and (
            (after_word and quote[index + 1 : index + 2] == " " and quote[index + 2 : index + 3].isalnum())
            or (index == 0 and leading == 2)
        ):
            parts.append(f"(?:- |{HYPHEN_MARK})")
            index += 1
        else:
            parts.append(re.escape(char))
            if char.isalnum() and before_word:
                parts.append(f"{HYPHEN_MARK}?")
        index += 1
    return re.compile("".join(parts))


def find_hyphen_tolerant(quote: NormalisedText, body: HyphenIndex) -> tuple[int, int] | None:
    """The first span of the body's normalised text where `quote` stands up to line-end hyphens."""
    if len(quote.text) > MAX_QUOTE:
        return None
    wanted = index_hyphens(quote)
    leading, trailing = _edge_hyphens(wanted.joined)
    # A hyphen at the quote's edge may be one the body's joined form dropped: look for the rest.
    needle = wanted.joined[leading : len(wanted.joined) - trailing]
    if not needle:
        return None
    pattern: re.Pattern[str] | None = None
    found = body.joined.find(needle)
    for _ in range(MAX_CANDIDATES):
        if found < 0:
            return None
        start = body.joined_map.source_start(found) if body.joined_map is not None else found
        if pattern is None:
            pattern = _tolerant_pattern(wanted.marked)
        # The body's counterpart of a leading `- ` may be `- ` or a one-character line-end hyphen.
        for offset in _LEADING_OFFSETS[leading]:
            match = pattern.match(body.marked, start - offset) if start >= offset else None
            if match is not None:
                return match.span()
        found = body.joined.find(needle, found + 1)
    return None
