"""Match names of people and organisations after normalisation and the aliases from settings."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

_SPACES = re.compile(r"\s+")
_PUNCT = re.compile(r"[.,;:()\[\]\"'„“”‚‘’«»]")


def name_key(name: str) -> str:
    """The comparison form of a name: NFKC, casefolded, punctuation dropped, spaces collapsed."""
    text = unicodedata.normalize("NFKC", name).casefold()
    text = _PUNCT.sub(" ", text).replace("-", " ")
    return _SPACES.sub(" ", text).strip()


@dataclass
class NameIndex:
    """Canonical names for the spellings in settings' `aliases` (`canonical = [other, …]`).

    Each spelling is normalised once: a large corpus names the same few thousand people and
    outlets hundreds of thousands of times, and `name_key` is slow in comparison.
    """

    aliases: Mapping[str, list[str]] = field(default_factory=dict)
    _canonical: dict[str, str] = field(default_factory=dict, init=False)
    _spellings: dict[str, str] = field(default_factory=dict, init=False, repr=False, compare=False)
    _keys: dict[str, str] = field(default_factory=dict, init=False, repr=False, compare=False)
    _sets: dict[tuple[str, ...], frozenset[str]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    _key_sets: dict[frozenset[str], frozenset[str]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        for canonical, others in sorted(self.aliases.items()):
            for spelling in (canonical, *others):
                self._canonical[name_key(spelling)] = canonical

    def canonical(self, name: str) -> str:
        """The canonical spelling of `name` (itself, stripped, when no alias names it)."""
        known = self._spellings.get(name)
        if known is None:
            known = self._spellings[name] = self._canonical.get(name_key(name), " ".join(name.split()))
        return known

    def key(self, name: str) -> str:
        known = self._keys.get(name)
        if known is None:
            known = self._keys[name] = name_key(self.canonical(name))
        return known

    def canonical_set(self, names: tuple[str, ...]) -> frozenset[str]:
        """The canonical spellings of `names`, one shared set per distinct tuple of names.

        Claims' provenances repeat a few thousand sets; sharing them keeps a million claims from
        holding a million sets.
        """
        known = self._sets.get(names)
        if known is None:
            known = self._sets[names] = frozenset(self.canonical(name) for name in names)
        return known

    def keys_of(self, names: frozenset[str]) -> frozenset[str]:
        """The name keys of a set of names (a provenance), worked out once per distinct set."""
        known = self._key_sets.get(names)
        if known is None:
            known = self._key_sets[names] = frozenset(self.key(name) for name in names)
        return known


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
    Only candidate pairs are scored (see `_candidates`); the result is that of scoring
    every pair, in the same order.
    """
    distinct = sorted({index.canonical(name) for name in names})
    keys = [name_key(name) for name in distinct]
    suggestions = []
    for i, j in sorted(_candidates(keys, threshold)):
        score = pair_score(keys[i], keys[j])
        if score is not None and score >= threshold:
            suggestions.append(AliasSuggestion(distinct[i], distinct[j], round(score, 1)))
    return suggestions


def pair_score(a: str, b: str) -> float | None:
    """How alike two name keys are (0–100), or None when they must not be suggested at all."""
    if a == b:
        return None
    words_a, words_b = a.split(" "), b.split(" ")
    if words_a[-1] == words_b[-1] and words_a[0][:1] != words_b[0][:1]:
        return None  # "Chinese government" / "US government": the same noun, other owners
    score = fuzz.ratio(a, b)
    last_a, last_b = words_a[-1], words_b[-1]
    if last_a != last_b and len(last_a) >= 5 and len(last_b) >= 5 and last_a[0] == last_b[0]:
        # A surname in two transliterations: Beloussow / Belousov.
        score = max(score, fuzz.ratio(last_a, last_b))
    return score


def _candidates(keys: list[str], threshold: float) -> set[tuple[int, int]]:
    """Index pairs (i < j) that may reach `threshold`: a superset of those `pair_score` accepts.

    Scoring all pairs in Python is quadratic in slow calls (2,000 names: 2M pairs). A pair
    reaches the threshold only by its whole-key ratio or by its last-word ratio, so each is
    searched with rapidfuzz's C loop and a cutoff; the cutoff is one point lower so that no
    float rounding at the boundary can drop a pair, and `pair_score` decides exactly after.
    """
    cutoff = max(0.0, threshold - 1.0)
    found: set[tuple[int, int]] = set()
    for i, key in enumerate(keys[:-1]):
        for _, _, offset in process.extract(
            key, keys[i + 1 :], scorer=fuzz.ratio, score_cutoff=cutoff, limit=None
        ):
            found.add((i, i + 1 + offset))
    # Last words of five letters or more, by first letter: only those can score as surnames.
    holders: dict[str, list[int]] = defaultdict(list)
    for i, key in enumerate(keys):
        last = key.rsplit(" ", 1)[-1]
        if len(last) >= 5:
            holders[last].append(i)
    by_letter: dict[str, list[str]] = defaultdict(list)
    for last in holders:
        by_letter[last[0]].append(last)
    for words in by_letter.values():
        for n, word in enumerate(words[:-1]):
            for other, _, _ in process.extract(
                word, words[n + 1 :], scorer=fuzz.ratio, score_cutoff=cutoff, limit=None
            ):
                found.update((min(i, j), max(i, j)) for i in holders[word] for j in holders[other])
    return found
