"""A short word-level description of how a quote differs from the text found in its source."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from claimcheck.anchoring.normalise import normalise_for_matching

MAX_CHANGES_SHOWN = 5
MAX_WORDS_COMPARED = 2_000  # SequenceMatcher is quadratic in the worst case
MAX_CHARS_COMPARED = 100_000
_MAX_SHOWN_CHARS = 60
# Words are compared without hyphens inside them, as a line-end hyphen may stand or go.
_INNER_HYPHEN = re.compile(r"(?<=[^\W_])-(?=[^\W_])")


def _clip(words: list[str]) -> str:
    text = " ".join(words)
    return text if len(text) <= _MAX_SHOWN_CHARS else text[: _MAX_SHOWN_CHARS - 1] + "…"


def describe_difference(quote: str, found: str) -> str:
    """How `found` (the source's text) differs from `quote`, word by word, after normalisation.

    `-"…"` are the quote's words the source does not have there, `+"…"` the source's words instead:
    `-"höchstem" +"hohem"`. Changes are listed in reading order, at most five of them.
    """
    if len(quote) + len(found) > MAX_CHARS_COMPARED:
        return f"the quote ({len(quote)} characters) differs from the source's text ({len(found)} characters)"
    old = normalise_for_matching(quote).split()
    new = normalise_for_matching(found).split()
    if len(old) + len(new) > MAX_WORDS_COMPARED:
        return f"the quote ({len(old)} words) differs from the source's text ({len(new)} words)"
    old_keys = [_INNER_HYPHEN.sub("", word) for word in old]
    new_keys = [_INNER_HYPHEN.sub("", word) for word in new]
    changes = []
    for tag, old_start, old_end, new_start, new_end in SequenceMatcher(
        None, old_keys, new_keys, autojunk=False
    ).get_opcodes():
        if tag == "equal":
            continue
        removed = f'-"{_clip(old[old_start:old_end])}"' if old_end > old_start else ""
        added = f'+"{_clip(new[new_start:new_end])}"' if new_end > new_start else ""
        changes.append(" ".join(part for part in (removed, added) if part))
    if not changes:
        return "the same words; only spacing, hyphenation or typography differ"
    shown = ", ".join(changes[:MAX_CHANGES_SHOWN])
    if len(changes) > MAX_CHANGES_SHOWN:
        shown += f" and {len(changes) - MAX_CHANGES_SHOWN} more changes"
    return shown
