"""Quote anchoring, rule by rule, on German news text from the bundled corpus."""

from __future__ import annotations

import dataclasses
import unicodedata

import pytest

from claimcheck.anchor import (
    Anchor,
    AnchorKind,
    PreparedText,
    TextQuoteSelector,
    anchor_quote,
    describe_difference,
    normalise_for_matching,
    prepare_text,
)
from claimcheck.anchoring import approximate

# From sources/2023-11-08-dw-zhang-moskau.md (plain quotes, as the capture has them).
DW = (
    "Ein ranghoher chinesischer General hatte in Moskau mit Staatschef Putin und Verteidigungsminister "
    "Schoigu gesprochen. Die Kooperation im militärischen Hochtechnologiebereich steht im Zentrum.\n"
    "\n"
    "China und Russland wollen ihre Beziehungen im militärischen Bereich und die Zusammenarbeit ihrer "
    "Armeen ausweiten, sagte Zhang Youxia, der stellvertretende Vorsitzende von Chinas Zentraler "
    "Militärkommission und damit zweithöchster Befehlshaber der Streitkräfte nach Staats- und Parteichef "
    'Xi Jinping. Wie die russische Agentur Interfax berichtet, geht es nach den Worten Zhangs um eine "'
    'allumfassende Partnerschaft und eine strategische Zusammenarbeit auf höchstem Niveau". Die '
    "Zusammenarbeit im militärischen Hochtechnologiebereich stehe an vorderster Stelle, sagte der "
    "russische Staatschef Wladimir Putin.\n"
    "\n"
    "Zugleich lobte Zhang Moskaus Fähigkeit, den westlichen Sanktionen infolge des Ukraine-Kriegs "
    "standzuhalten."
)
# From sources/2022-06-15-xi-putin-telefonat.md (German typographic quotes and an en dash).
MERKUR = (
    "Peking/Moskau – Angesichts des Ukraine-Kriegs sieht sich Russland international immer mehr isoliert. "
    "Umso bedeutender, dass der chinesische Präsident Xi Jinping am Mittwoch (15. Juni) betonte, dass man "
    "Moskau in Sachen „Souveränität und Sicherheit“ gänzlich unterstütze."
)
PARTNERSHIP = "allumfassende Partnerschaft und eine strategische Zusammenarbeit auf höchstem Niveau"


def exact(quote: str, body: str) -> Anchor:
    anchor = anchor_quote(quote, body)
    assert anchor.kind is AnchorKind.EXACT, (quote, anchor)
    assert anchor.score == 100.0
    return anchor


# --- typographic quotes and dashes ------------------------------------------------------------------


def test_german_quotes_in_quote_match_plain_quotes_in_body() -> None:
    anchor = exact(f"„{PARTNERSHIP}“", DW)
    assert anchor.found == f'"{PARTNERSHIP}"'
    assert anchor.start is not None and DW[anchor.start :].startswith(f'"{PARTNERSHIP}"')


@pytest.mark.parametrize(
    "quote",
    [
        '"Souveränität und Sicherheit"',
        "«Souveränität und Sicherheit»",
        "‚Souveränität und Sicherheit‘",
        "'Souveränität und Sicherheit'",
        "〝Souveränität und Sicherheit〞",
        "＂Souveränität und Sicherheit＂",
    ],
)
def test_any_quotation_mark_matches_any_other(quote: str) -> None:
    assert exact(quote, MERKUR).found == "„Souveränität und Sicherheit“"


@pytest.mark.parametrize("dash", ["-", "‐", "‑", "‒", "–", "—", "―", "−"])
def test_dashes_are_one(dash: str) -> None:
    assert exact(f"Peking/Moskau {dash} Angesichts", MERKUR).found == "Peking/Moskau – Angesichts"


def test_ellipsis_matches_three_dots() -> None:
    assert exact("Ende...", "Das war das Ende… vorerst.").found == "Ende…"
    assert exact("Ende…", "Das war das Ende... vorerst.").found == "Ende..."


# --- whitespace and line breaks --------------------------------------------------------------------


def test_line_breaks_and_runs_of_spaces_in_body() -> None:
    body = DW.replace("eine strategische", "eine\n   strategische").replace("auf höchstem", "auf\t\thöchstem")
    anchor = exact(PARTNERSHIP, body)
    assert (
        anchor.found
        == "allumfassende Partnerschaft und eine\n   strategische Zusammenarbeit auf\t\thöchstem Niveau"
    )


def test_line_breaks_in_quote() -> None:
    quote = "  allumfassende Partnerschaft\nund eine strategische\r\nZusammenarbeit auf höchstem Niveau \n"
    assert exact(quote, DW).found == PARTNERSHIP


@pytest.mark.parametrize("space", ["\u00a0", "\u202f", "\u2009", "\u3000", "\t", "\u2028"])
def test_unicode_spaces(space: str) -> None:
    assert exact(f"Xi{space}Jinping am Mittwoch", MERKUR).found == "Xi Jinping am Mittwoch"
    assert (
        exact("Xi Jinping am", MERKUR.replace("Xi Jinping", f"Xi{space}Jinping")).found
        == f"Xi{space}Jinping am"
    )


def test_whitespace_does_not_vanish_between_words() -> None:
    assert anchor_quote("XiJinping", MERKUR).kind is not AnchorKind.EXACT


# --- hyphenation at line ends ----------------------------------------------------------------------


def test_word_hyphenated_at_line_end_in_body() -> None:
    body = DW.replace(
        "militärischen Hochtechnologiebereich steht", "militärischen Hochtech-\nnologiebereich steht"
    )
    anchor = exact("im militärischen Hochtechnologiebereich steht im Zentrum", body)
    assert anchor.found == "im militärischen Hochtech-\nnologiebereich steht im Zentrum"


def test_compound_broken_after_its_hyphen_in_body() -> None:
    body = DW.replace("Ukraine-Kriegs", "Ukraine-\nKriegs")
    assert (
        exact("infolge des Ukraine-Kriegs standzuhalten", body).found
        == "infolge des Ukraine-\nKriegs standzuhalten"
    )
    # ... and read the other way too: an optional hyphen.
    assert exact("infolge des UkraineKriegs standzuhalten", body).kind is AnchorKind.EXACT


def test_hyphenated_quote_matches_unhyphenated_body() -> None:
    assert (
        exact("militärischen Hochtechnologie-\nbereich", DW).found == "militärischen Hochtechnologiebereich"
    )
    assert exact("des Ukraine-\n  Kriegs", DW).found == "des Ukraine-Kriegs"


def test_line_end_hyphens_of_both_kinds_in_one_quote() -> None:
    body = DW.replace("Ukraine-Kriegs", "Ukraine-\nKriegs").replace("standzuhalten", "standzu-\nhalten")
    anchor = exact("des Ukraine-Kriegs standzuhalten", body)
    assert anchor.found == "des Ukraine-\nKriegs standzu-\nhalten"


def test_elided_compound_broken_at_line_end() -> None:
    body = DW.replace("Staats- und", "Staats-\nund")
    assert (
        exact("nach Staats- und Parteichef Xi Jinping", body).found
        == "nach Staats-\nund Parteichef Xi Jinping"
    )
    assert exact("nach Staats-\nund Parteichef", DW).found == "nach Staats- und Parteichef"


def test_hyphen_without_line_break_is_a_difference() -> None:
    anchor = anchor_quote("im militärischen Hochtechnologie-Bereich steht im Zentrum", DW)
    assert anchor.kind is AnchorKind.INEXACT


# --- invisible characters and normal forms ---------------------------------------------------------


def test_soft_hyphens_and_zero_width_characters() -> None:
    body = DW.replace(
        "Hochtechnologiebereich steht im", "Hoch\u00adtechno\u00adlogie\u200bbereich steht\ufeff im"
    )
    anchor = exact("militärischen Hochtechnologiebereich steht im", body)
    assert anchor.found == "militärischen Hoch\u00adtechno\u00adlogie\u200bbereich steht\ufeff im"
    assert exact("Hoch\u00adtechnologie\u2060bereich\u200c", DW).found == "Hochtechnologiebereich"


def test_decomposed_umlauts() -> None:
    nfd_body = unicodedata.normalize("NFD", DW)
    anchor = exact(PARTNERSHIP, nfd_body)
    assert anchor.found == unicodedata.normalize("NFD", PARTNERSHIP)
    assert exact(unicodedata.normalize("NFD", "zweithöchster Befehlshaber der Streitkräfte"), DW).found == (
        "zweithöchster Befehlshaber der Streitkräfte"
    )


def test_span_never_splits_a_decomposed_letter() -> None:
    body = unicodedata.normalize("NFD", "Die Größe")
    anchor = exact("Die Größe", body)
    assert anchor.found == body


def test_compatibility_forms() -> None:
    assert exact("Effizienz", "hohe Eﬃzienz.").found == "Eﬃzienz"
    assert exact("1,5 Mio", "rund 1,5\u00a0Mio. Dollar").found == "1,5\u00a0Mio"


def test_case_counts() -> None:
    anchor = anchor_quote("ALLUMFASSENDE Partnerschaft und eine strategische Zusammenarbeit", DW)
    assert anchor.kind is not AnchorKind.EXACT


# --- inexact and not found -------------------------------------------------------------------------


def test_one_word_changed_is_inexact_with_the_difference() -> None:
    quote = "allumfassende Partnerschaft und eine strategische Zusammenarbeit auf hohem Niveau"
    anchor = anchor_quote(quote, DW)
    assert anchor.kind is AnchorKind.INEXACT
    assert 90 <= anchor.score < 100
    assert anchor.found == PARTNERSHIP
    assert describe_difference(quote, anchor.found) == '-"hohem" +"höchstem"'


def test_inexact_span_is_snapped_to_whole_words() -> None:
    quote = "Die Zusammenarbeit im militärischen Hochtechnologiebereich steht an vorderster Stelle"
    anchor = anchor_quote(quote, DW)
    assert anchor.kind is AnchorKind.INEXACT
    assert (
        anchor.found
        == "Die Zusammenarbeit im militärischen Hochtechnologiebereich stehe an vorderster Stelle"
    )
    assert describe_difference(quote, anchor.found) == '-"steht" +"stehe"'


def test_changed_number_is_inexact() -> None:
    body = "Über 60 laufende Projekte werden derzeit zwischen China und Russland realisiert."
    anchor = anchor_quote(
        "Über 70 laufende Projekte werden derzeit zwischen China und Russland realisiert.", body
    )
    assert anchor.kind is AnchorKind.INEXACT
    assert anchor.found == body
    assert describe_difference("Über 70 laufende Projekte", "Über 60 laufende Projekte") == '-"70" +"60"'


def test_unrelated_sentence_is_not_found() -> None:
    anchor = anchor_quote("Der Bundestag beschloss am Donnerstag ein Gesetz zur Förderung der Windkraft.", DW)
    assert anchor.kind is AnchorKind.NOT_FOUND
    assert 0 < anchor.score < 90
    assert (anchor.start, anchor.end, anchor.line, anchor.column, anchor.found, anchor.selector) == (
        None,
    ) * 6


def test_min_score_decides_and_the_best_score_is_kept() -> None:
    quote = "allumfassende Partnerschaft und eine strategische Zusammenarbeit auf hohem Niveau"
    inexact = anchor_quote(quote, DW, min_score=90)
    strict = anchor_quote(quote, DW, min_score=99)
    assert strict.kind is AnchorKind.NOT_FOUND
    assert strict.score == inexact.score


@pytest.mark.parametrize("quote", ["", "   ", "\n\t\u00a0", "\u00ad\u200b"])
def test_empty_quote_is_not_found(quote: str) -> None:
    anchor = anchor_quote(quote, DW)
    assert anchor.kind is AnchorKind.NOT_FOUND
    assert anchor.score == 0.0


def test_quote_longer_than_body_is_not_found() -> None:
    assert anchor_quote(DW + " Und noch mehr.", DW[:200]).kind is AnchorKind.NOT_FOUND
    assert anchor_quote("x", "").kind is AnchorKind.NOT_FOUND


def test_huge_quote_fails_fast() -> None:
    anchor = anchor_quote("Zusammenarbeit " * 700_000, DW)  # ~10 MB
    assert anchor.kind is AnchorKind.NOT_FOUND
    assert anchor.score == 0.0


def test_long_quote_in_long_body_is_bounded() -> None:
    body = DW * 400  # ~400 KB
    quote = (DW * 20).replace("höchstem", "hohem")  # 20 KB, too long for the approximate search
    assert anchor_quote(quote, body).kind is AnchorKind.NOT_FOUND
    assert anchor_quote(DW * 20, body).kind is AnchorKind.EXACT


def test_inexact_quote_in_a_long_body_is_searched_near_its_words(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(approximate, "MAX_WHOLE_BODY_WORK", 0)  # as if the body were very long
    filler = "Weitere Meldungen aus Politik, Wirtschaft und Kultur folgen in Kürze.\n" * 200
    body = filler + DW + filler
    quote = (
        "China und Russland möchten ihre Beziehungen im militärischen Bereich und die Zusammenarbeit ihrer"
    )
    anchor = anchor_quote(quote, body)
    assert anchor.kind is AnchorKind.INEXACT
    assert anchor.found == quote.replace("möchten", "wollen")
    assert anchor.line == 203


# --- positions and selectors -----------------------------------------------------------------------


def test_line_and_column_are_one_based() -> None:
    anchor = exact("Zugleich lobte Zhang", DW)
    assert (anchor.line, anchor.column) == (5, 1)
    anchor = exact("Ein ranghoher", DW)
    assert (anchor.line, anchor.column) == (1, 1)
    anchor = exact(PARTNERSHIP, DW)
    line_start = DW.rfind("\n", 0, DW.index(PARTNERSHIP)) + 1
    assert (anchor.line, anchor.column) == (3, DW.index(PARTNERSHIP) - line_start + 1)


def test_column_counts_characters_not_bytes() -> None:
    anchor = exact("Niveau", "Größe\nÄußerst höchstem Niveau")
    assert (anchor.line, anchor.column) == (2, 18)


def test_crlf_line_endings() -> None:
    anchor = exact("dritte Zeile", "erste Zeile\r\nzweite Zeile\r\ndritte Zeile")
    assert (anchor.line, anchor.column) == (3, 1)


def test_selector_takes_32_characters_either_side_from_the_original() -> None:
    anchor = exact(f"„{PARTNERSHIP}“", DW)
    assert anchor.start is not None and anchor.end is not None
    assert anchor.selector == TextQuoteSelector(
        exact=f'"{PARTNERSHIP}"',
        prefix=DW[anchor.start - 32 : anchor.start],
        suffix=DW[anchor.end : anchor.end + 32],
    )
    assert anchor.selector.prefix == "ichtet, geht es nach den Worten Zhangs um eine "[-32:]
    assert anchor.selector.suffix == ". Die Zusammenarbeit im militäri"


def test_selector_at_the_edges_of_the_body() -> None:
    anchor = exact("Ein ranghoher", DW)
    assert anchor.selector is not None and anchor.selector.prefix == ""
    anchor = exact("infolge des Ukraine-Kriegs standzuhalten.", DW)
    assert anchor.selector is not None and anchor.selector.suffix == ""


def test_first_occurrence_wins() -> None:
    anchor = exact("militärischen Hochtechnologiebereich", DW)
    assert anchor.start == DW.index("militärischen Hochtechnologiebereich")


def test_prepared_text_is_reused_and_equivalent_to_a_string_body() -> None:
    prepared = prepare_text(DW)
    assert isinstance(prepared, PreparedText)
    assert prepared.original == DW
    for quote in (PARTNERSHIP, "Staats- und Parteichef", "Zugleich lobte Zhang Moskaus Fähigkeiten"):
        assert anchor_quote(quote, prepared) == anchor_quote(quote, DW)


def test_anchor_is_a_frozen_record() -> None:
    anchor = exact("Putin", DW)
    with pytest.raises(dataclasses.FrozenInstanceError):
        anchor.kind = AnchorKind.INEXACT  # type: ignore[misc]
    assert AnchorKind.NOT_FOUND.value == "not-found"
    assert AnchorKind("inexact") is AnchorKind.INEXACT


# --- the shared normalisation and difference descriptions -------------------------------------------


@pytest.mark.parametrize(
    ("text", "normalised"),
    [
        ("  „Zitat“\u00a0–\tEnde…\n", '"Zitat" - Ende...'),
        ("Hoch-\ntechnologie", "Hoch-technologie"),
        ("Staats- und Parteichef", "Staats- und Parteichef"),
        ("Soft\u00adhyphen\u200b", "Softhyphen"),
        (unicodedata.normalize("NFD", "Größe"), "Größe"),
        ("Groß und Klein", "Groß und Klein"),
    ],
)
def test_normalise_for_matching(text: str, normalised: str) -> None:
    assert normalise_for_matching(text) == normalised


def test_difference_with_words_added_and_removed() -> None:
    assert describe_difference("China und Russland", "China und das Russland") == '+"das"'
    assert describe_difference("China und das Russland", "China und Russland") == '-"das"'
    assert describe_difference("China und Russland", "china und Russland") == '-"China" +"china"'


def test_difference_only_in_typography() -> None:
    assert describe_difference("„Zitat“ – Ende", '"Zitat" - Ende') == (
        "the same words; only spacing, hyphenation or typography differ"
    )


def test_difference_ignores_line_end_hyphens() -> None:
    found = "im militärischen Hochtech-\nnologiebereich stehe an"
    assert (
        describe_difference("im militärischen Hochtechnologiebereich steht an", found) == '-"steht" +"stehe"'
    )


def test_difference_lists_at_most_five_changes() -> None:
    quote = " ".join(f"w{n}" for n in range(40))
    found = " ".join(f"w{n}" if n % 4 else f"x{n}" for n in range(40))
    description = describe_difference(quote, found)
    assert description.startswith('-"w0" +"x0", -"w4" +"x4"')
    assert description.endswith("and 5 more changes")


def test_difference_clips_long_runs() -> None:
    description = describe_difference("a " + "lang " * 40, "a " + "kurz " * 40)
    assert len(description) < 140 and "…" in description
