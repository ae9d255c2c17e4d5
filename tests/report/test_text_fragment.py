"""Text-fragment links checked against the WICG Text Fragments syntax and matching rules."""

from __future__ import annotations

import pytest

from claimcheck.report.text_fragment import (
    EDGE_WORDS,
    encode_term,
    fragment_words,
    text_directive,
    with_text_fragment,
)
from tests.report.text_fragment_rules import find_range, parse_directive

PAGE = (
    "Schulterschluss gegen „moderne Risiken“: China und Russland vertiefen ihre Allianz.\n"
    "Über 60 laufende Projekte werden derzeit zwischen China und Russland realisiert.\n"
    "Die Sino-Russian talks, held in Beijing & Moscow, ended – without a deal.\n"
    "Peking bot eine noch engere\n  strategische Zusammenarbeit an, sagte Dong Jun.\n"
    "Er sagte: Wir sind bereit. Später sagte er noch einmal: Wir sind bereit.\n"
    "„China ist bereit, mit Russland zusammenzuarbeiten, um die strategische Koordination zu stärken, "
    "die Zusammenarbeit zu bereichern und die Mechanismen des Austauschs zu perfektionieren“, "
    "erklärte Dong Jun.\n"
)


@pytest.mark.parametrize(
    ("quote", "encoded"),
    [
        (
            "Über 60 laufende Projekte",
            "text=%C3%9Cber%2060%20laufende%20Projekte",
        ),
        (
            "Sino-Russian talks, held in Beijing & Moscow, ended – without a deal.",
            "text=Sino%2DRussian%20talks%2C%20held%20in%20Beijing%20%26%20Moscow%2C%20ended"
            "%20%E2%80%93%20without%20a%20deal.",
        ),
        (
            "Peking bot eine noch engere\n  strategische Zusammenarbeit an",
            "text=Peking%20bot%20eine%20noch%20engere%20strategische%20Zusammenarbeit%20an",
        ),
        ("moderne Risiken", "text=moderne%20Risiken"),
    ],
)
def test_exact_directives_encode_as_the_spec_requires(quote: str, encoded: str) -> None:
    assert text_directive(quote) == encoded
    directive = parse_directive(":~:" + encoded)
    assert directive.end is None
    assert find_range(PAGE, directive) == " ".join(quote.split())


def test_dash_comma_ampersand_are_always_encoded() -> None:
    assert encode_term("a-b,c&d e") == "a%2Db%2Cc%26d%20e"
    assert encode_term("~._") == "~._"
    assert encode_term("ß–„") == "%C3%9F%E2%80%93%E2%80%9E"


def test_long_quotes_use_text_start_and_text_end() -> None:
    quote = (
        "China ist bereit, mit Russland zusammenzuarbeiten, um die strategische Koordination zu "
        "stärken, die Zusammenarbeit zu bereichern und die Mechanismen des Austauschs zu perfektionieren"
    )
    directive = parse_directive(with_text_fragment("https://example.org/a", quote))
    assert directive.start == "China ist bereit, mit Russland"
    assert directive.end == "Mechanismen des Austauschs zu perfektionieren"
    assert len(directive.start.split()) == len(directive.end.split()) == EDGE_WORDS
    assert find_range(PAGE, directive) == quote


def test_a_quote_that_is_not_unique_gets_a_prefix() -> None:
    link = with_text_fragment(
        "https://example.org/a", "Wir sind bereit.", prefix="Später sagte er noch einmal: "
    )
    directive = parse_directive(link)
    assert directive.prefix == "er noch einmal:"
    assert find_range(PAGE, directive) == "Wir sind bereit."
    first = find_range(PAGE, parse_directive(with_text_fragment("https://example.org/a", "Wir sind bereit.")))
    assert first == "Wir sind bereit."


def test_a_suffix_is_encoded_after_a_dash() -> None:
    link = with_text_fragment("https://example.org/a", "Wir sind bereit.", suffix=" Später sagte er")
    assert link.endswith(",-Sp%C3%A4ter%20sagte%20er")
    assert find_range(PAGE, parse_directive(link)) == "Wir sind bereit."


def test_the_directive_follows_the_url_s_own_fragment() -> None:
    assert with_text_fragment("https://example.org/a", "x y") == "https://example.org/a#:~:text=x%20y"
    assert with_text_fragment("https://example.org/a#part", "x") == "https://example.org/a#part:~:text=x"
    assert (
        with_text_fragment("https://example.org/a#:~:text=old", "new") == "https://example.org/a#:~:text=new"
    )


def test_invisible_marks_and_line_breaks_do_not_reach_the_fragment() -> None:
    assert fragment_words("Zusam\u00admen\narbeit\u200b  an") == ["Zusammen", "arbeit", "an"]
    assert text_directive("   \n ") is None
    assert with_text_fragment("https://example.org/a", "") == "https://example.org/a"


def test_words_hyphenated_at_a_line_end_are_left_out() -> None:
    page = "Die strategische Zusammenarbeit der beiden Länder wächst weiter."
    quote = "Die strategische Zusam-\nmenarbeit der beiden Länder"
    directive = parse_directive(with_text_fragment("https://example.org/a", quote))
    assert (directive.start, directive.end) == ("Die strategische", "der beiden Länder")
    assert find_range(page, directive) == "Die strategische Zusammenarbeit der beiden Länder"
    # Nothing but the hyphenated word: it is all there is to link to.
    only = parse_directive(with_text_fragment("https://example.org/a", "China-\nRussland"))
    assert (only.start, only.end) == ("China- Russland", None)


def test_a_quote_across_paragraphs_is_linked_by_its_ends() -> None:
    quote = "Das Ziel ist klar.\n\nDie Botschaft ist unmissverständlich."
    directive = parse_directive(with_text_fragment("https://example.org/a", quote))
    assert (directive.start, directive.end) == ("Das Ziel ist klar.", "Die Botschaft ist unmissverständlich.")


def test_context_words_come_from_the_quote_s_own_paragraph() -> None:
    link = with_text_fragment(
        "https://example.org/a", "wir sind bereit.", prefix="Ende.\n\nEr sagte: ", suffix=" Dann\n\nNeu"
    )
    directive = parse_directive(link)
    assert (directive.prefix, directive.suffix) == ("Er sagte:", "Dann")
    hyphen = parse_directive(
        with_text_fragment("https://example.org/a", "menarbeit wächst", prefix="Zusam-\n")
    )
    assert hyphen.prefix is None
