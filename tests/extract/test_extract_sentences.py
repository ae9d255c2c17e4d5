"""Sentence splitting for `claimcheck extract`: abbreviations, ordinal dates, quotes, bullets, headings."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.extract.sentences import UnitKind, split_units


def _texts(body: str) -> list[str]:
    return [unit.text for unit in split_units(body)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Das Treffen fand am 8. November in Moskau statt. Danach reiste er ab.",
            ["Das Treffen fand am 8. November in Moskau statt.", "Danach reiste er ab."],
        ),
        (
            "Am 2. Juni 2024 sprach er in Singapur. Am 15. Juni telefonierte er.",
            ["Am 2. Juni 2024 sprach er in Singapur.", "Am 15. Juni telefonierte er."],
        ),
        (
            "Die Beziehungen im 21. Jahrhundert seien beispielhaft. Das sagte Putin.",
            ["Die Beziehungen im 21. Jahrhundert seien beispielhaft.", "Das sagte Putin."],
        ),
        (
            "Es gibt Streit, z. B. über Zölle. Der Rest ist offen.",
            ["Es gibt Streit, z. B. über Zölle.", "Der Rest ist offen."],
        ),
        (
            "Beteiligt sind u. a. China und Russland. Indien fehlt.",
            ["Beteiligt sind u. a. China und Russland.", "Indien fehlt."],
        ),
        (
            "Das Dekret Nr. 5 gilt ab sofort. Es wurde veröffentlicht.",
            ["Das Dekret Nr. 5 gilt ab sofort.", "Es wurde veröffentlicht."],
        ),
        (
            "Dr. Müller und Prof. Weber waren da. Sie schwiegen.",
            ["Dr. Müller und Prof. Weber waren da.", "Sie schwiegen."],
        ),
        (
            "Er wohnt in St. Petersburg. Dort ist es kalt.",
            ["Er wohnt in St. Petersburg.", "Dort ist es kalt."],
        ),
        (
            "Die Kosten betragen ca. 1,5 Mio. Euro bzw. 2 Mrd. Rubel. Das ist viel.",
            ["Die Kosten betragen ca. 1,5 Mio. Euro bzw. 2 Mrd. Rubel.", "Das ist viel."],
        ),
        (
            "Die Zahl stieg auf 60. Die Regierung schwieg.",
            ["Die Zahl stieg auf 60.", "Die Regierung schwieg."],
        ),
        (
            "Mr. Smith met Dr. Jones in the U.S. capital. They agreed.",
            ["Mr. Smith met Dr. Jones in the U.S. capital.", "They agreed."],
        ),
    ],
    ids=[
        "ordinal-date",
        "ordinal-date-with-year",
        "ordinal-century",
        "z-b",
        "u-a",
        "nr",
        "dr-prof",
        "st",
        "ca-mio-bzw-mrd",
        "number-then-new-sentence",
        "english-titles",
    ],
)
def test_abbreviations_and_ordinals_do_not_end_sentences(body: str, expected: list[str]) -> None:
    assert _texts(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            '"Im nächsten Jahr geht es weiter, daran zweifle ich nicht. Und wir werden uns treffen", '
            "sagte Putin. Xi schwieg.",
            [
                '"Im nächsten Jahr geht es weiter, daran zweifle ich nicht. Und wir werden uns treffen", '
                "sagte Putin.",
                "Xi schwieg.",
            ],
        ),
        (
            "„Wir sind bereit. Wir handeln.“, erklärte Dong Jun. Beloussow nickte.",
            ["„Wir sind bereit. Wir handeln.“, erklärte Dong Jun.", "Beloussow nickte."],
        ),
        (
            "Stoltenberg erklärte: „Peking tauscht Technologien aus.“ (afp/red)",
            ["Stoltenberg erklärte: „Peking tauscht Technologien aus.“", "(afp/red)"],
        ),
        (
            "“We are ready. We will act,” Lavrov said. Then he left.",
            ["“We are ready. We will act,” Lavrov said.", "Then he left."],
        ),
        (
            "„Was nun?“, fragte er. Niemand antwortete.",
            ["„Was nun?“, fragte er.", "Niemand antwortete."],
        ),
    ],
    ids=[
        "ascii-quote-with-two-sentences",
        "german-quote",
        "quote-then-tag",
        "english-quote",
        "question-in-quote",
    ],
)
def test_quotes_keep_their_sentence_ends_inside(body: str, expected: list[str]) -> None:
    assert _texts(body) == expected


def test_an_unbalanced_quote_does_not_swallow_the_paragraph() -> None:
    body = "Er sprach von „Partnerschaft. Das ist neu. Es bleibt so."
    assert len(_texts(body)) == 3


def test_bullets_headings_and_credits_are_their_own_units() -> None:
    body = (
        "Mehr als nur Worte: Satellitendaten und Milliardenprojekte\n"
        "\n"
        "Luhowskyj bezifferte das Ausmaß:\n"
        "\n"
        "  • Über 60 laufende Projekte werden derzeit realisiert.\n"
        "  • Das Gesamtvolumen beträgt mehr als 100 Milliarden Dollar\n"
        "- Ein Punkt mit Strich.\n"
        "Foto: AP/dpa\n"
        "8. November 2023\n"
    )
    units = split_units(body)
    assert [(unit.kind, unit.text) for unit in units] == [
        (UnitKind.HEADING, "Mehr als nur Worte: Satellitendaten und Milliardenprojekte"),
        (UnitKind.SENTENCE, "Luhowskyj bezifferte das Ausmaß:"),
        (UnitKind.BULLET, "Über 60 laufende Projekte werden derzeit realisiert."),
        (UnitKind.BULLET, "Das Gesamtvolumen beträgt mehr als 100 Milliarden Dollar"),
        (UnitKind.BULLET, "Ein Punkt mit Strich."),
        (UnitKind.CREDIT, "Foto: AP/dpa"),
        (UnitKind.HEADING, "8. November 2023"),
    ]


def test_a_heading_line_is_not_joined_to_the_next_sentence() -> None:
    body = "Putin will stärkeres Militär\nPutin wiederum nannte die Beziehungen beispielhaft."
    assert _texts(body) == [
        "Putin will stärkeres Militär",
        "Putin wiederum nannte die Beziehungen beispielhaft.",
    ]


def test_a_hard_wrapped_paragraph_is_one_sentence() -> None:
    body = (
        "Die Zusammenarbeit im militärischen Hochtechnologiebereich stehe an vorderster\n"
        "Stelle, sagte der russische Staatschef Wladimir Putin bei einem Treffen mit\n"
        "dem chinesischen General."
    )
    units = split_units(body)
    assert len(units) == 1
    assert units[0].text == body


def test_a_picture_credit_glued_to_a_caption_is_cut_off() -> None:
    body = "Zhang Youxia traf in Moskau Sergej SchoiguBild: Russian Defense Ministry/AP/dpa"
    (unit,) = split_units(body)
    assert unit.text == "Zhang Youxia traf in Moskau Sergej Schoigu"
    assert unit.is_caption


@given(st.text(alphabet=st.sampled_from(list('ab .!?„“"\n•-1Z:')), max_size=120))
def test_property_units_are_slices_of_the_body_in_order(body: str) -> None:
    previous_end = 0
    for unit in split_units(body):
        assert body[unit.start : unit.end] == unit.text
        assert unit.text.strip() == unit.text and unit.text
        assert unit.start >= previous_end
        previous_end = unit.end
