"""Match names of people and organisations after normalisation and the aliases from settings."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from rapidfuzz import fuzz

_SPACES = re.compile(r"\s+")
_PUNCT = re.compile(r"[.,;:()\[\]\"'„“”‚‘’«»]")


def name_key(name: str) -> str:
    """The comparison form of a name: NFKC, casefolded, punctuation dropped, spaces collapsed."""
    text = unicodedata.normalize("NFKC", name).casefold()
    text = _PUNCT.sub(" ", text).replace("-", " ")
    return _SPACES.sub(" ", text).strip()


@dataclass
class NameIndex:
    """Canonical names for the spellings in settings' `aliases` (`canonical = [other, …]`)."""

    aliases: Mapping[str, list[str]] = field(default_factory=dict)
    _canonical: dict[str, str] = field(default_factory=dict, init=False)

    def __post_init__(self) -> None:
        for canonical, others in sorted(self.aliases.items()):
            for spelling in (canonical, *others):
                self._canonical[name_key(spelling)] = canonical

    def canonical(self, name: str) -> str:
        """The canonical spelling of `name` (itself, stripped, when no alias names it)."""
        return self._canonical.get(name_key(name), " ".join(name.split()))

    def key(self, name: str) -> str:
        return name_key(self.canonical(name))


@dataclass(frozen=True, order=True)
class AliasSuggestion:
    """Two origin names that are nearly the same but not declared as aliases."""

    first: str
    second: str
    score: float


def suggest_aliases(names: Iterable[str], index: NameIndex, threshold: float = 80.0) -> list[AliasSuggestion]:
    """Pairs of distinct canonical names whose spelling is close (e.g. Beloussow / Belousov).

    Compared on the whole name and on the last word (a surname written in two
    transliterations), so `Andrej Beloussow` and `Andrei Belousov` are suggested too.
    """
    distinct = sorted({index.canonical(name) for name in names})
    suggestions = []
    for i, first in enumerate(distinct):
        for second in distinct[i + 1 :]:
            a, b = name_key(first), name_key(second)
            if a == b:
                continue
            words_a, words_b = a.split(" "), b.split(" ")
            if words_a[-1] == words_b[-1] and words_a[0][:1] != words_b[0][:1]:
                continue  # "Chinese government" / "US government": the same noun, other owners
            score = fuzz.ratio(a, b)
            last_a, last_b = words_a[-1], words_b[-1]
            if last_a != last_b and len(last_a) >= 5 and len(last_b) >= 5 and last_a[0] == last_b[0]:
                # A surname in two transliterations: Beloussow / Belousov.
                score = max(score, fuzz.ratio(last_a, last_b))
            if score >= threshold:
                suggestions.append(AliasSuggestion(first, second, round(score, 1)))
    return suggestions
