"""Alias suggestions: the blocked search finds exactly what scoring every pair of names finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from claimcheck.audit.names import AliasSuggestion, NameIndex, name_key, suggest_aliases

NAMES = NameIndex({"Sergei Shoigu": ["Sergej Schoigu", "Schoigu"], "Reuters": ["rtr", "rts"]})


def all_pairs(names: list[str], index: NameIndex, threshold: float = 80.0) -> list[AliasSuggestion]:
    """The simple version the fast one replaced: every pair of distinct names, scored in Python."""
    distinct = sorted({index.canonical(name) for name in names})
    suggestions = []
    for i, first in enumerate(distinct):
        for second in distinct[i + 1 :]:
            a, b = name_key(first), name_key(second)
            if a == b:
                continue
            words_a, words_b = a.split(" "), b.split(" ")
            if words_a[-1] == words_b[-1] and words_a[0][:1] != words_b[0][:1]:
                continue
            score = fuzz.ratio(a, b)
            last_a, last_b = words_a[-1], words_b[-1]
            if last_a != last_b and len(last_a) >= 5 and len(last_b) >= 5 and last_a[0] == last_b[0]:
                score = max(score, fuzz.ratio(last_a, last_b))
            if score >= threshold:
                suggestions.append(AliasSuggestion(first, second, round(score, 1)))
    return suggestions


# Few letters and syllables, so that names share words; each base name also comes back with small
# edits (a letter changed, added or dropped; case, punctuation, hyphens, doubled spaces, a
# compatibility character), so that many pairs sit near the threshold and some are equal keys.
_SYLLABLES = st.sampled_from(["be", "lo", "us", "sow", "sov", "a", "dr", "ej", "ei", "Sch", "oi", "gu", "ﬁ"])
_WORD = st.lists(_SYLLABLES, min_size=1, max_size=5).map("".join)
_SEPARATOR = st.sampled_from([" ", "  ", "-", ". ", " (", ", "])


@st.composite
def _name(draw: st.DrawFn) -> str:
    words = draw(st.lists(_WORD, min_size=1, max_size=3))
    seps = draw(st.lists(_SEPARATOR, min_size=len(words) - 1, max_size=len(words) - 1))
    return "".join(w + s for w, s in zip(words, seps, strict=False)) + words[-1]


@st.composite
def _edited(draw: st.DrawFn, name: str) -> str:
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(name)))
        letter = draw(st.sampled_from("aeiouwvsk .-"))
        kind = draw(st.sampled_from(["change", "add", "drop", "upper"]))
        if kind == "change":
            name = name[:at] + letter + name[at + 1 :]
        elif kind == "add":
            name = name[:at] + letter + name[at:]
        elif kind == "drop":
            name = name[:at] + name[at + 1 :]
        else:
            name = name.upper()
    return name


@st.composite
def _names(draw: st.DrawFn) -> list[str]:
    bases = draw(st.lists(_name(), max_size=12))
    names = [draw(_edited(base)) for base in bases for _ in range(draw(st.integers(1, 3)))]
    names += draw(st.lists(st.one_of(st.text(max_size=12), st.sampled_from(["rtr", "Schoigu", "", "-"]))))
    return names


@settings(max_examples=300, deadline=None)
@given(_names(), st.sampled_from([0.0, 50.0, 66.7, 80.0, 90.0, 100.0]))
def test_blocked_search_equals_all_pairs(names: list[str], threshold: float) -> None:
    assert suggest_aliases(names, NAMES, threshold) == all_pairs(names, NAMES, threshold)


def test_surname_transliterations_are_found_through_the_last_word() -> None:
    # The whole names are too far apart; the surnames are close enough.
    names = ["Andrej Beloussow", "Andrei Belousov", "Dr. Andrei Belousov-Smith", "Xi Jinping"]
    assert suggest_aliases(names, NAMES) == all_pairs(names, NAMES)
    pairs = [(s.first, s.second) for s in suggest_aliases(names, NAMES)]
    assert ("Andrei Belousov", "Andrej Beloussow") in pairs


def test_same_noun_with_other_owners_is_not_suggested() -> None:
    assert suggest_aliases(["Chinese government", "Russian government"], NAMES) == []
