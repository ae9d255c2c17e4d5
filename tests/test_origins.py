"""Independent origins: provenance of a claim and the largest pairwise-independent set."""

from __future__ import annotations

import pytest

from claimcheck.audit.names import NameIndex, suggest_aliases
from claimcheck.audit.origins import independent_origins, provenance
from claimcheck.model import Claim, SourceMeta
from claimcheck.repository import SourceDocument

NAMES = NameIndex({"Sergei Shoigu": ["Sergej Schoigu", "Schoigu", "Shoigu"], "Reuters": ["rtr", "rts"]})


def _source(credits: list[str], outlet: str | None = "DW") -> SourceDocument:
    return SourceDocument("s", "sources/s.md", SourceMeta(outlet=outlet, credits=credits), "body", 1)


def _claim(**fields: object) -> Claim:
    return Claim.model_validate({"id": "c", "source": "s", "quote": "q", "claim": "c", **fields})


@pytest.mark.parametrize(
    ("fields", "credits", "outlet", "expected"),
    [
        ({"said_by": "Schoigu", "via": ["Interfax"]}, ["dpa"], "DW", {"Sergei Shoigu"}),
        ({"via": ["Interfax", "TASS"]}, ["dpa"], "DW", {"Interfax"}),
        ({}, ["dpa", "rtr"], "DW", {"dpa", "Reuters"}),
        ({}, [], "ntv.de", {"ntv.de"}),
        ({}, [], None, {"source s"}),
    ],
)
def test_provenance_follows_the_product_rules(
    fields: dict[str, object], credits: list[str], outlet: str | None, expected: set[str]
) -> None:
    assert provenance(_claim(**fields), _source(credits, outlet), NAMES) == frozenset(expected)


def test_ten_outlets_repeating_one_agency_count_once() -> None:
    assert len(independent_origins([frozenset({"dpa"})] * 10, NAMES)) == 1


def test_aliases_make_two_spellings_one_origin() -> None:
    origins = independent_origins([frozenset({"Schoigu"}), frozenset({"Sergei Shoigu"})], NAMES)
    assert len(origins) == 1


def test_overlapping_credits_are_not_independent() -> None:
    # {dpa, Reuters} and {AFP, dpa} share dpa; {AFP} and {Reuters} are independent of each other.
    provenances = [
        frozenset({"dpa", "Reuters"}),
        frozenset({"AFP", "dpa"}),
        frozenset({"AFP"}),
        frozenset({"rts"}),
    ]
    assert len(independent_origins(provenances, NAMES)) == 2


def test_the_largest_independent_set_is_found_not_a_greedy_one() -> None:
    # Smallest-first greedy takes {a, b} (two names, listed first among equals) and then only {c, d}
    # fits... the exact search finds {a, c} + {b, d} + {e} would be wrong too: it must find
    # {a, x} {b, y} {c, z} where greedy picking {a, b} first would block two of them.
    provenances = [
        frozenset({"a", "b"}),
        frozenset({"a", "x"}),
        frozenset({"b", "y"}),
        frozenset({"c", "z"}),
    ]
    assert len(independent_origins(provenances, NAMES)) == 3


def test_near_spellings_are_suggested_as_aliases() -> None:
    suggestions = suggest_aliases(["Andrej Beloussow", "Andrei Belousov", "Dong Jun", "Xi Jinping"], NAMES)
    assert [(s.first, s.second) for s in suggestions] == [("Andrei Belousov", "Andrej Beloussow")]
