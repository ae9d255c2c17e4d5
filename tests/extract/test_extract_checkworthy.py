"""Check-worthiness for `claimcheck extract`: what must be picked at the default score, and what must not."""

from __future__ import annotations

import pytest

from claimcheck.extract.attribution import attribute_units
from claimcheck.extract.checkworthy import DEFAULT_MIN_SCORE, CheckWorthiness, score_unit
from claimcheck.extract.sentences import split_units


def _score(text: str) -> CheckWorthiness:
    units = split_units(text)
    return score_unit(units[-1], attribute_units(units)[-1])


MUST_PICK = [
    "Das Gesamtvolumen beträgt mehr als 100 Milliarden Dollar.",
    "Nach Angaben des russischen Präsidenten Putin handelte es sich dabei um das größte gemeinsame Manöver "
    "der vergangenen drei Jahrzehnte.",
    "Die Zusammenarbeit im militärischen Hochtechnologiebereich stehe an vorderster Stelle, sagte der "
    "russische Staatschef Wladimir Putin.",
    "Laut CCTV lobte Xi Jinping die „gute Entwicklungsdynamik“ der bilateralen Beziehung.",
    "Dabei soll es sich um das erst zweite Telefonat zwischen den beiden Staatsoberhäuptern seit "
    "Kriegsbeginn gehandelt haben.",
    "China hat derzeit keinen Verteidigungsminister, nachdem Peking Li Shangfu vor wenigen Wochen offiziell "
    "abgesetzt hatte.",
    "Im Dezember hielten Russland und China gemeinsame Militärmanöver ab.",
    "China und Russland rücken militärisch enger zusammen",
    "Putin: Größtes gemeinsames Manöver der vergangenen drei Jahrzehnte",
    "  • Über 60 laufende Projekte werden derzeit zwischen China und Russland realisiert.",
    "The two countries signed 14 agreements in Moscow on Tuesday.",
    "It was the largest joint exercise since 1990, according to Reuters.",
    "Russian Defence Minister Sergei Shoigu said the drills would continue next year.",
    "Putin visited Beijing in February for the opening of the Winter Olympics.",
    "Trade between the two countries rose by 26 percent to a record $240bn last year.",
]

MUST_NOT_PICK = [
    "Noch keine Kommentare – schreiben Sie den ersten Kommentar zu diesem Artikel.",
    "Zum Inhalt springen",
    "Foto: NHAC NGUYEN/AFP via Getty Images",
    "Von: Nail Akkoyun",
    "Quelle: ntv.de, mdi/dpa/AFP/rts",
    "Eine Woche vor BRICS-Gipfel",
    "Auch interessant",
    "Besonders hellhörig dürfte man im Westen bei der Begründung werden.",
    "Ein Krieg auf einem fremden Kontinent könnte ihn schlimmstenfalls sein Amt kosten.",
    "Was plant Peking als Nächstes?",
    "Ich möchte gerne Nachrichten und redaktionelle Artikel per E-Mail erhalten.",
    "Das Wichtigste aus der Politik: Ausgewählt von unserer Politikredaktion – jetzt kostenlos anmelden.",
    "Could Beijing change course?",
    "Share this article",
    "Read more: China and Russia",
    "Sign up for our newsletter to get the latest news.",
    "The talks may well prove difficult.",
]


@pytest.mark.parametrize("text", MUST_PICK)
def test_check_worthy_sentences_are_picked(text: str) -> None:
    worthiness = _score(text)
    assert worthiness.score >= DEFAULT_MIN_SCORE, worthiness.describe()


@pytest.mark.parametrize("text", MUST_NOT_PICK)
def test_furniture_opinion_and_questions_are_not_picked(text: str) -> None:
    worthiness = _score(text)
    assert worthiness.score < DEFAULT_MIN_SCORE, worthiness.describe()


def test_facts_outrank_plain_statements() -> None:
    plain = _score("Das Verhältnis beider Staaten gilt als gut.")
    quantity = _score("Das Gesamtvolumen beträgt mehr als 100 Milliarden Dollar.")
    speech = _score("Man „schmiede keinen militärischen Block“, sagte Schoigu mit Blick auf die NATO.")
    assert plain.score < quantity.score
    assert plain.score < speech.score


def test_reasons_name_what_was_found() -> None:
    worthiness = _score(
        "Die Zusammenarbeit stehe an vorderster Stelle und umfasse 60 Projekte, sagte der russische "
        "Staatschef Wladimir Putin."
    )
    assert "quantity (60 Projekte)" in worthiness.reasons
    assert "attribution (sagte)" in worthiness.reasons
    assert worthiness.describe().startswith(f"extract score {worthiness.score:.2f}: ")


def test_a_superlative_and_a_date_are_reasons() -> None:
    reasons = _score(
        "Am 8. November 2023 erreichte der Handel den höchsten Stand seit drei Jahrzehnten."
    ).reasons
    assert any(reason.startswith("superlative") for reason in reasons)
    assert any(reason.startswith("date (8. November 2023)") for reason in reasons)
