"""Normalise categorical values: Unicode form, case, whitespace, quotes, dashes, then synonyms."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

_DOUBLE_QUOTES = dict.fromkeys(map(ord, '"„“”«»‹›'), None)
_DASHES = dict.fromkeys(map(ord, "‐‑‒–—−"), "-")
# A single quote is an apostrophe between letters (`Xi's`) and a quotation mark anywhere else.
_STRAY_SINGLE_QUOTE = re.compile(r"(?<![^\W\d_])['‘’‚`´]|['‘’‚`´](?![^\W\d_])")
_EDGE_PUNCTUATION = " .,;:!?"


def normalise_category(text: str, synonyms: Mapping[str, str] = {}) -> str:
    """`„Videokonferenz“` → `videokonferenz`; then the settings' synonym (`telefonat` → `phone call`)."""
    tidy = unicodedata.normalize("NFKC", text).translate(_DOUBLE_QUOTES).translate(_DASHES)
    tidy = _STRAY_SINGLE_QUOTE.sub("", tidy).replace("’", "'").replace("‘", "'")
    tidy = " ".join(tidy.casefold().split()).strip(_EDGE_PUNCTUATION)
    return synonyms.get(tidy, tidy)
