"""Extraction from saved news pages: the article's sentences in, the furniture out, the metadata found."""

from __future__ import annotations

import pytest

from claimcheck.web.extract import Article, article_from_html, article_from_page, article_from_text
from claimcheck.web.fetch_error import FailureKind, FetchError
from tests.web.conftest import PAGES, page_text

ADDRESS = "http://127.0.0.1:8000/article"

# (page, sentences that must be in the text, furniture that must not)
QUALITY_CASES = [
    (
        "dw-china-russland.html",
        [
            "Ein ranghoher chinesischer General hatte in Moskau mit Staatschef Putin und "
            "Verteidigungsminister Schoigu gesprochen.",
            'Man "schmiede keinen militärischen Block", sagte Schoigu mit Blick auf die NATO.',
            "Normalerweise vertritt der Verteidigungsminister Chinas militärische Belange im Ausland.",
            "uh/fab (dpa, rtr)",
        ],
        [
            "Cookies",
            "Alle akzeptieren",
            "Zum Inhalt springen",
            "Hauptnavigation",
            "Newsletter",
            "Jetzt abonnieren",
            "Mehr zum Thema",
            "Li Shangfu abgesetzt",  # a related-articles link, not the article's sentence
            "Impressum",
        ],
    ),
    (
        "ntv-putin-xi.html",
        [
            "Das international vom Westen weitgehend geächtete Russland sucht zunehmend die Nähe zu China.",
            "Der Weg zu Friedensgesprächen werde holprig, sagte Xi zu Putin, wie der staatlichen Sender "
            "CCTV berichtete.",
            "Quelle: ntv.de, mdi/dpa/AFP/rts",
        ],
        [
            "personenbezogene Daten",
            "Akzeptieren",
            "Startseite",
            "Ich möchte gerne Nachrichten",
            "Kommentare",
            "Propaganda für das heimische Publikum",
            "Leser1987",
            "Social Networks",
            "Nutzungsbedingungen",
        ],
    ),
    (
        "harbour-post-drills.html",
        [
            "Eleven warships took part in the exercise, the largest of its kind in three decades, "
            "officials said.",
            '"Our cooperation is not directed against third countries," a spokesperson for China\'s defence '
            "ministry told reporters in Beijing, adding that the exercise had been planned well in advance.",
            "With reporting by Reuters and Agence France-Presse.",
        ],
        [
            "We value your privacy",
            "I accept",
            "Subscribe from",
            "Sign up to First Edition",
            "Privacy Notice",
            "Most viewed",
            "Heatwave",
            "Comments (214)",
            "Spanish Armada",
            "All rights reserved",
        ],
    ),
]


@pytest.mark.parametrize(
    ("page", "wanted", "furniture"), QUALITY_CASES, ids=[case[0] for case in QUALITY_CASES]
)
def test_the_article_is_in_and_the_furniture_is_out(
    page: str, wanted: list[str], furniture: list[str]
) -> None:
    article = article_from_html(page_text(page), ADDRESS)
    paragraphs = article.text.split("\n\n")
    for sentence in wanted:
        assert sentence in article.text
    for text in furniture:
        assert text not in article.text, text
    assert all(paragraph.strip() == paragraph and paragraph for paragraph in paragraphs[:-1])
    assert article.text.endswith("\n") and not article.text.endswith("\n\n")


def test_metadata_of_a_german_page_with_json_ld() -> None:
    article = article_from_html(page_text("dw-china-russland.html"), ADDRESS)
    assert article.title == "China und Russland rücken militärisch enger zusammen"
    assert article.outlet == "Deutsche Welle"
    assert article.published == "2023-11-08"
    assert article.language == "de"
    assert article.authors == ()  # the JSON-LD "author" is the outlet itself, not a person
    assert article.credits == ("dpa", "Reuters")
    assert article.notes == ()


def test_metadata_of_a_german_page_with_meta_tags_only() -> None:
    article = article_from_html(page_text("ntv-putin-xi.html"), ADDRESS)
    assert article.title == '"Wollen Zusammenarbeit stärken": Putin lädt Xi nach Moskau ein'
    assert article.outlet == "n-tv.de"
    assert article.published == "2022-12-30"
    assert article.language == "de"
    assert article.authors == ()
    assert article.credits == ("dpa", "AFP", "Reuters")


def test_metadata_of_an_english_page_with_two_authors() -> None:
    article = article_from_html(page_text("harbour-post-drills.html"), ADDRESS)
    assert article.title == "Russia and China stage joint naval drills in the Sea of Japan"
    assert article.outlet == "The Harbour Post"
    assert article.published == "2024-07-15"
    assert article.language == "en"
    assert article.authors == ("Margaret Ellison", "Tomás Ruiz")
    assert article.credits == ("Reuters", "AFP")


NO_METADATA = """<html><head><title>Ein Bericht</title></head><body><nav><a href="/">Start</a></nav>
<div><p>Am 3. Mai 2019 trafen sich die Minister in Berlin, um über den Haushalt zu sprechen, der seit
Wochen umstritten ist und nun endlich beschlossen werden soll.</p>
<p>Die Gespräche dauerten bis in die Nacht. Ein Ergebnis wurde am 4. Mai 2019 verkündet, wie mehrere
Teilnehmer berichteten, die anonym bleiben wollten.</p></div></body></html>"""


def test_what_a_page_does_not_say_stays_unknown() -> None:
    article = article_from_html(NO_METADATA, ADDRESS)
    assert "Am 3. Mai 2019 trafen sich die Minister in Berlin" in article.text
    # A date mentioned in the text is not the publication date; the test address names no outlet.
    assert article.published is None
    assert article.outlet is None
    assert article.language is None
    assert article.authors == ()
    assert article.credits == ()


def test_an_outlet_guessed_from_the_address_says_so() -> None:
    article = article_from_html(NO_METADATA, "https://www.example-zeitung.de/politik/bericht")
    assert article.outlet == "example-zeitung.de"
    assert article.notes == ("outlet taken from the web address; the page names no site",)


def test_a_page_without_article_text_is_a_one_line_failure() -> None:
    with pytest.raises(FetchError) as caught:
        article_from_html(
            "<html><head><title>App</title><script>start()</script></head><body></body></html>", ADDRESS
        )
    assert caught.value.kind is FailureKind.NO_ARTICLE
    assert str(caught.value) == "no article text found on the page"


def test_plain_text_is_taken_as_it_is() -> None:
    article = article_from_text((PAGES / "ntv-putin-xi.txt").read_text(encoding="utf-8"))
    assert article.text.startswith("Politik\n\n")
    assert "eingeladen.\nDie Nachrichtenagenturen" in article.text  # trailing spaces dropped, lines kept
    assert article.title is None and article.outlet is None and article.published is None
    assert article.credits == ("dpa", "AFP", "Reuters")


def test_windows_line_ends_and_a_byte_order_mark_are_normalised() -> None:
    assert article_from_text("\ufeffEins\r\nZwei\r\n\r\n").text == "Eins\nZwei\n"


def test_an_empty_text_is_refused() -> None:
    with pytest.raises(FetchError, match="the text is empty"):
        article_from_text(" \n\n")


def test_a_fetched_page_is_decoded_with_the_charset_the_server_named() -> None:
    html = page_text("dw-china-russland.html").replace('<meta charset="utf-8">', "")
    article = article_from_page(html.encode("cp1252"), "text/html", "iso-8859-1", ADDRESS)
    assert "Verteidigungsminister Sergej Schoigu fügte hinzu" in article.text


def test_a_fetched_page_is_decoded_with_its_own_meta_charset() -> None:
    html = page_text("dw-china-russland.html").replace(
        '<meta charset="utf-8">', '<meta charset="windows-1252">'
    )
    article = article_from_page(html.encode("cp1252"), "text/html", None, ADDRESS)
    assert "Verteidigungsminister Sergej Schoigu fügte hinzu" in article.text


def test_a_fetched_text_page_is_not_parsed_as_html() -> None:
    article = article_from_page(b"<b>Kein HTML</b>, nur Text.\n", "text/plain", "utf-8", ADDRESS)
    assert article == Article(text="<b>Kein HTML</b>, nur Text.\n")


def test_a_site_named_like_its_address_is_still_the_pages_own_word() -> None:
    article = article_from_html(
        page_text("ntv-putin-xi.html"), "https://www.n-tv.de/politik/article23812345.html"
    )
    assert article.outlet == "n-tv.de"
    assert article.notes == ()
