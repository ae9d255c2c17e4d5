"""Proposed source ids: date, outlet, title words; ASCII, lowercase, at most 60 characters."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.model import ID_PATTERN
from claimcheck.web.source_ids import MAX_ID_LENGTH, ascii_words, id_problem, propose_source_id

CASES = [
    (
        dict(
            published="2023-11-08",
            outlet="Deutsche Welle",
            title="China und Russland rücken militärisch enger zusammen",
            url="https://www.dw.com/de/china-und-russland/a-67354062",
        ),
        "2023-11-08-dw-china-und-russland-ruecken",
    ),
    (
        dict(
            published="2022-12-30",
            outlet="n-tv.de",
            title='"Wollen Zusammenarbeit stärken": Putin lädt Xi nach Moskau ein',
            url="http://127.0.0.1:8000/a",
        ),
        "2022-12-30-n-tv-wollen-zusammenarbeit-staerken-putin",
    ),
    (
        dict(
            published="2024-07-15",
            outlet="The Harbour Post",
            title="Russia and China stage joint naval drills",
        ),
        "2024-07-15-the-harbour-post-russia-and-china-stage",
    ),
    (
        dict(published=None, outlet=None, title="Größte Übung seit drei Jahrzehnten"),
        "groesste-uebung-seit-drei",
    ),
    (dict(published="2024", outlet=None, title=None, url="https://www.bbc.co.uk/news/x"), "2024-bbc"),
    (dict(published=None, outlet=None, title=None, fallback="004_Schulterschluss"), "004-schulterschluss"),
    (dict(published=None, outlet=None, title=None), "source"),
    (dict(published="8. November 2023", outlet=None, title="Łódź: Straße"), "lodz-strasse"),
]


@pytest.mark.parametrize(("known", "expected"), CASES)
def test_proposed_ids(known: dict[str, str | None], expected: str) -> None:
    assert propose_source_id(**known) == expected


def test_a_long_title_is_cut_at_a_word_within_sixty_characters() -> None:
    proposed = propose_source_id(
        published="2023-11-08",
        outlet="Frankfurter Allgemeine Sonntagszeitung",
        title="Verteidigungsministerium Kooperationsvereinbarung Rüstungszusammenarbeit",
    )
    assert len(proposed) <= MAX_ID_LENGTH
    assert proposed == "2023-11-08-frankfurter-allgemeine-sonntagszeitung"


def test_ascii_folding() -> None:
    assert ascii_words("Rücken, Straße! Œuvre – café №5") == ["ruecken", "strasse", "oeuvre", "cafe", "no5"]


@given(
    published=st.one_of(st.none(), st.dates().map(str), st.text(max_size=12)),
    outlet=st.one_of(st.none(), st.text(max_size=80)),
    title=st.one_of(st.none(), st.text(max_size=200)),
    fallback=st.one_of(st.none(), st.text(max_size=40)),
)
def test_property_every_proposal_is_a_valid_short_id(
    published: str | None, outlet: str | None, title: str | None, fallback: str | None
) -> None:
    proposed = propose_source_id(published=published, outlet=outlet, title=title, fallback=fallback)
    assert ID_PATTERN.match(proposed)
    assert len(proposed) <= MAX_ID_LENGTH


@pytest.mark.parametrize("good", ["dw-2023", "004-schulterschluss", "a"])
def test_valid_ids(good: str) -> None:
    assert id_problem(good) is None


@pytest.mark.parametrize("bad", ["", "-x", "Dw", "004_schulterschluss", "../etc/passwd", "a b", "x.md"])
def test_invalid_ids(bad: str) -> None:
    assert id_problem(bad) is not None
