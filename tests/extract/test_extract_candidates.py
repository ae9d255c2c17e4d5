"""Candidate entries: quote, draft claim, value, when, speaker, relays, ids, and the YAML they render to."""

from __future__ import annotations

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.anchor import AnchorKind, anchor_quote
from claimcheck.extract.candidates import Candidate, propose_candidates
from claimcheck.extract.render import render_candidates
from claimcheck.model import ID_PATTERN, Claim, SourceMeta
from claimcheck.repository import SourceDocument
from claimcheck.timespan import TimeSpan

BODY = """China und Russland rücken militärisch enger zusammen

Ein ranghoher chinesischer General hatte in Moskau mit Staatschef Putin gesprochen. Dabei soll es sich um
das erst zweite Treffen seit Kriegsbeginn gehandelt haben.

Der chinesische Präsident Xi Jinping telefonierte mit Putin. „China ist bereit, Russland zu unterstützen“,
soll Xis Wortlaut dem staatlichen Fernsehsender CCTV zufolge gewesen sein.

Oleh Luhowskyj, erster stellvertretender Leiter des SZRU, bezifferte das Ausmaß der Kooperation:

  • Über 60 laufende Projekte werden derzeit zwischen China und Russland realisiert.
  • Das Gesamtvolumen beträgt mehr als 100 Milliarden Dollar.

Im vergangenen Jahr hielten beide Länder das größte gemeinsame Manöver der vergangenen drei Jahrzehnte ab.

China und Russland rücken militärisch enger zusammen
"""


def _source(
    body: str = BODY, published: str | None = "2024-10-14", source_id: str = "demo"
) -> SourceDocument:
    meta = SourceMeta(published=TimeSpan.parse(published) if published else None, language="de")
    return SourceDocument(id=source_id, path=f"sources/{source_id}.md", meta=meta, body=body, body_line=1)


def _by_start(candidates: list[Candidate], start: str) -> Candidate:
    return next(candidate for candidate in candidates if candidate.quote.startswith(start))


def test_values_dates_speakers_and_relays_are_filled_in() -> None:
    candidates = propose_candidates(_source())
    projects = _by_start(candidates, "Über 60")
    assert projects.value == "> 60 project"
    assert projects.said_by is not None and projects.said_by.name == "Oleh Luhowskyj"
    assert projects.claim.startswith("Oleh Luhowskyj said: Über 60 laufende Projekte werden derzeit")
    assert _by_start(candidates, "Das Gesamtvolumen").value == "> 100 billion USD"
    second = _by_start(candidates, "Dabei soll")
    assert second.value == "2 meeting"  # "das erst zweite Treffen": an ordinal that counts
    manoeuvre = _by_start(candidates, "Im vergangenen Jahr")
    assert manoeuvre.value == "30 year"
    assert manoeuvre.when == "2023"  # "im vergangenen Jahr", read against the source's date
    xi = _by_start(candidates, "„China ist bereit")
    assert xi.said_by is not None and xi.said_by.name == "Xi Jinping"
    assert xi.via == ("CCTV",)
    assert _by_start(candidates, "Ein ranghoher").when == "2024-10-14"  # no date in it: the source's


def test_a_repeated_unit_is_proposed_once_and_quotes_are_single_line() -> None:
    candidates = propose_candidates(_source())
    quotes = [candidate.quote for candidate in candidates]
    assert quotes.count("China und Russland rücken militärisch enger zusammen") == 1
    wrapped = _by_start(candidates, "Dabei soll")
    assert "\n" not in wrapped.quote and "  " not in wrapped.quote
    for candidate in candidates:
        assert anchor_quote(candidate.quote, BODY).kind is AnchorKind.EXACT


def test_ids_are_stable_unique_and_avoid_taken_ones() -> None:
    everything = propose_candidates(_source(), min_score=0.0)
    strict = propose_candidates(_source(), min_score=0.9)
    ids = {candidate.quote: candidate.id for candidate in everything}
    assert all(ids[candidate.quote] == candidate.id for candidate in strict)  # numbers do not move
    taken = {everything[0].id}
    again = propose_candidates(_source(), min_score=0.0, taken_ids=taken)
    assert again[0].id == f"{everything[0].id}-2"
    long_id = propose_candidates(_source(source_id="2023-11-08-dw-china-russland-ruecken-zusammen"))
    assert all(candidate.id.startswith("2023-11-08-dw-china-") for candidate in long_id)
    assert all(len(candidate.id) <= 28 for candidate in long_id)


def test_without_a_date_there_is_no_default_when() -> None:
    candidates = propose_candidates(_source(published=None))
    assert _by_start(candidates, "Ein ranghoher").when is None


def test_the_yaml_parses_back_into_claims() -> None:
    candidates = propose_candidates(_source())
    text = render_candidates(candidates, "demo", "China und Russland")
    assert text.startswith("#")
    entries = yaml.safe_load(text)
    assert [entry["id"] for entry in entries] == [candidate.id for candidate in candidates]
    for entry, candidate in zip(entries, candidates, strict=True):
        claim = Claim.model_validate(entry)
        assert claim.quote == candidate.quote
        assert claim.said_by == candidate.said_by
        assert tuple(claim.via) == candidate.via
        assert claim.note == candidate.note
        order = ("id", "source", "quote", "claim", "about", "value", "when", "said_by", "via", "confidence")
        assert list(entry) == [key for key in (*order, "note") if key in entry]


def test_no_candidates_is_an_empty_list() -> None:
    text = render_candidates([], "demo", None)
    assert yaml.safe_load(text) == []


_WORDS = st.sampled_from(
    [
        *("China", "Russland", "sagte", "„", "“", '"', ".", ",", ":", "?", "•", "-", "60", "Prozent"),
        *("über", "mehr als", "Mio.", "z. B.", "8.", "November", "laut", "CCTV", "Putin", "der", "die"),
        *("Minister", "zufolge", "erklärte", "\n", "\n\n", "  "),
    ]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(_WORDS, max_size=60).map(" ".join))
def test_property_any_text_gives_valid_exactly_anchored_candidates(body: str) -> None:
    candidates = propose_candidates(_source(body), min_score=0.0)
    ids = [candidate.id for candidate in candidates]
    assert len(ids) == len(set(ids)) and all(ID_PATTERN.match(candidate_id) for candidate_id in ids)
    for candidate in candidates:
        assert anchor_quote(candidate.quote, body).kind is AnchorKind.EXACT
    entries = yaml.safe_load(render_candidates(candidates, "demo", None))
    for entry in entries:
        Claim.model_validate(entry)


def test_a_quote_across_line_ends_and_soft_hyphens_still_anchors_exactly() -> None:
    body = (
        "Die Zusammenarbeit im militärischen Hoch-\ntechnologiebereich stehe an vorderster Stelle, sagte "
        "der russische Staats\u00adchef Wladimir Putin am\n8. November in Moskau.\n"
    )
    (candidate,) = propose_candidates(_source(body))
    assert candidate.quote == (
        "Die Zusammenarbeit im militärischen Hoch-technologiebereich stehe an vorderster Stelle, sagte "
        "der russische Staatschef Wladimir Putin am 8. November in Moskau."
    )
    assert anchor_quote(candidate.quote, body).kind is AnchorKind.EXACT
    assert candidate.when == "2024-11-08"
