"""'Did you mean …?' suggestions for misspelt keys and names (rapidfuzz)."""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz import fuzz, process


def closest(word: str, options: Sequence[str], cutoff: float = 60.0) -> str | None:
    """The option most like `word`, or None when nothing is close enough."""
    if not options:
        return None
    match = process.extractOne(word, list(options), scorer=fuzz.ratio, score_cutoff=cutoff)
    return match[0] if match else None


def did_you_mean(word: str, options: Sequence[str]) -> str:
    """A hint for an unknown key: the nearest known one, or the list of known ones."""
    best = closest(word, options)
    if best is not None:
        return f"did you mean `{best}`?"
    return "known keys: " + ", ".join(sorted(options))
