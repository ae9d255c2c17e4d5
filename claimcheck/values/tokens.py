"""Split a value's text into number, word and symbol tokens that remember where they stand."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

TokenKind = Literal["num", "word", "sym"]

# Thousands groups may be joined by `.`, `,`, `'` or the no-break / thin spaces typesetters use;
# never by a plain space, which separates numbers in lists.
_TOKEN = re.compile(
    r"""
    (?P<space>\s+)
  | (?P<num>\d+(?:[.,'\u00a0\u202f\u2009]\d+)*(?:[eE][-+]?\d+(?![^\W\d_]))?)
  | (?P<sym>\.\.\.+|…|\.\.<|<\.\.|\.\.|>=|<=|=>|=<|[~≈≥≤<>=$€£₽%()\[\]/+\-–—−‐‑‒,.:;!?"'„“”‚‘’«»])
  | (?P<word>[^\W\d_]+(?:['’\-‐‑][^\W\d_]+)*)
  | (?P<other>.)
    """,
    re.VERBOSE,
)

# One spelling per symbol, so the parser deals with `-`, `>=` and `~` only.
_SYMBOL_SPELLING = {
    "–": "-",
    "—": "-",
    "−": "-",
    "‐": "-",
    "‑": "-",
    "‒": "-",
    "≥": ">=",
    "=>": ">=",
    "≤": "<=",
    "=<": "<=",
    "≈": "~",
}


@dataclass(frozen=True, slots=True)
class Token:
    """One token: its kind, its text as written, its casefolded form and its offsets in the input."""

    kind: TokenKind | Literal["other"]
    text: str
    norm: str
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    """The tokens of `text`, whitespace dropped; offsets refer to `text` as given."""
    tokens: list[Token] = []
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup
        if kind == "space" or kind is None:
            continue
        raw = match.group()
        if kind == "sym":
            norm = _SYMBOL_SPELLING.get(raw, raw)
        elif kind == "word":
            norm = raw.casefold().replace("’", "'").replace("‐", "-").replace("‑", "-")
        else:
            norm = raw
        tokens.append(Token(kind, raw, norm, match.start(), match.end()))  # type: ignore[arg-type]
    return tokens


def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of `text`: how the word lists of this package are written."""
    return frozenset(text.split())
