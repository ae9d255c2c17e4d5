"""Claim signatures: the language-independent numbers, dates and names cross-referencing matches on."""

from __future__ import annotations

import os
import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.audit import text_features as features_module
from claimcheck.audit.claim_signature import (
    Pool,
    ProperNames,
    claim_texts,
    proper_names,
    signature,
    text_features,
    value_numbers,
)


def test_numbers_read_in_the_texts_language() -> None:
    assert text_features("Der Leitzins liegt bei 1,75 Prozent.").numbers == (1.75,)
    assert text_features("The key rate stands at 1.75 percent.").numbers == (1.75,)
    assert text_features("Über 9.100 Soldaten übten im Beringmeer.").numbers == (9100.0,)
    assert text_features("More than 9,100 soldiers took part in the drill.").numbers == (9100.0,)


def test_ordinals_are_numbers() -> None:
    assert text_features("Das 15. Sanktionspaket der EU gegen Belarus umfasst 93 Personen.").numbers == (
        15.0,
        93.0,
    )
    assert text_features("The EU's 15th sanctions package against Belarus lists 93 people.").numbers == (
        15.0,
        93.0,
    )


def test_dates_in_german_and_english_are_one_date() -> None:
    german = text_features("Am 7. März 2019 hob die Notenbank den Zins an.")
    english = text_features("On 7 March 2019 the central bank raised its rate.")
    american = text_features("The central bank raised its rate on March 7, 2019.")
    assert german.days == english.days == american.days == ("2019-03-07",)
    assert german.numbers == english.numbers == american.numbers == ()
    assert text_features("Im April 2024 erhielt Katar 226 Panzer.").months == ("2024-04",)
    assert text_features("GDP grew in the first quarter of 2024.").quarters == ("2024-Q1",)
    assert text_features("Das BIP wuchs im ersten Quartal 2024.").quarters == ("2024-Q1",)
    assert text_features("Für 2025 plant Australien höhere Ausgaben.").years == (2025,)


def test_places_have_one_name_in_both_languages() -> None:
    assert text_features("Die Notenbank Neuseelands hob den Leitzins an.").places == ("new zealand",)
    assert text_features("New Zealand's central bank raised its rate.").places == ("new zealand",)
    assert text_features("Die Übung fand im Südchinesischen Meer statt.").places == ("south china sea",)
    assert text_features("The drill took place in the South China Sea.").places == ("south china sea",)
    assert text_features("Sie trafen sich in Kopenhagen.").places == ("copenhagen (city)",)


def test_german_nouns_are_not_names_but_names_in_english_texts_are() -> None:
    english = text_features("Juma Tesfaye met Rustam Mamedli in Astana.")
    german = text_features("Am Montag traf Juma Tesfaye die Soldaten in Astana.")
    proper = proper_names([english, german])
    assert {"tesfaye", "rustam", "mamedli"} <= proper
    assert "soldaten" not in proper
    sig = signature([german], None, proper, is_date_value=False)
    assert {"tesfaye", "astana (city)"} <= sig.names
    assert "soldaten" not in sig.names


def test_a_capitalised_word_written_in_lower_case_elsewhere_is_no_name() -> None:
    first = text_features("Officials said Trade grew.")
    second = text_features("Their trade grew by a third.")
    assert "trade" not in proper_names([first, second])


def test_the_value_numbers_are_kept_apart() -> None:
    assert value_numbers("~ 61.7 billion EUR") == {61.7}
    assert value_numbers("über 60 Projekte") == {60.0}
    texts = [text_features("Mit dem 15. Sanktionspaket setzt die EU 93 Personen auf ihre Liste.")]
    sig = signature(texts, "93 entity", frozenset(), is_date_value=False)
    assert sig.value_numbers == {93.0}
    assert sig.numbers == {15.0}


def test_topics_are_found_in_both_languages() -> None:
    assert text_features("Die Teuerung in Polen lag bei 3 Prozent.").topics == ("inflation",)
    assert text_features("Poland's jobless rate stood at 3 percent.").topics == ("unemployment",)


def test_blocking_pairs_only_claims_that_share_a_rare_feature() -> None:
    from claimcheck.audit.crossref import MAX_BLOCK_SIZE, candidate_pairs

    months = ["Januar", "Februar", "März", "April", "Mai", "Juni"]
    texts = [
        f"Am {1 + n % 28}. {months[n % 6]} 2024 fing die Luftabwehr von Polen {7 * n + 1} Drohnen ab."
        for n in range(2 * MAX_BLOCK_SIZE)
    ]
    texts.append("Poland's air defence intercepted 22 drones overnight into 4 April 2024.")  # n = 3
    sigs = [signature([text_features(text)], None, frozenset(), is_date_value=False) for text in texts]
    pairs = candidate_pairs(sigs, [[] for _ in sigs])
    assert (3, len(texts) - 1) in pairs
    assert len(pairs) < len(texts) * len(texts) // 4  # each month's claims, not all pairs


@pytest.mark.parametrize(
    "text",
    [
        "Am 7. März 2019 und am 8. März 2019 hob die Notenbank den Zins an.",
        "The bank acted on March 7, 2019 and again in April 2020.",
        "In March 2020, mid-March 2020 in fact, and in the first quarter of 2021.",  # a month inside a word
        "Im İnland fiel der Zins am 7. März 2019 auf 1,5 Prozent.",  # dotted capital I: the patterns' case
        "7th of March 2019, 2019-04-05, Q3/2022, 1.000,5 and 12,500 of them.",
        "On 5 March 2019March 2020 nothing happened, said the 4th of july 2021 report.",
    ],
)
def test_dates_read_where_months_are_written_are_those_of_the_whole_text(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Month-first and day-first dates are tried only where a month is written; scanning the whole
    text with the patterns (what odd words fall back to) must give the same features."""
    fast = features_module.text_features.__wrapped__(text)
    monkeypatch.setattr(features_module, "_ODD_MONTH", lambda info: True)
    assert features_module.text_features.__wrapped__(text) == fast


def test_text_features_are_plain_picklable_values() -> None:
    features = text_features("Juma Tesfaye met Rustam Mamedli in Astana on 7 March 2019.")
    assert pickle.loads(pickle.dumps(features)) == features
    assert features.days == ("2019-03-07",)
    assert features.places == ("astana (city)",)


def test_words_are_read_the_same_whether_seen_before_or_not() -> None:
    text = "Poland's air defence intercepted 22 drones over Gdańsk on 4 April 2024."
    first = features_module.text_features.__wrapped__(text)
    features_module._WORDS.clear()  # every word looked at afresh
    assert features_module.text_features.__wrapped__(text) == first


def test_proper_names_gathered_one_text_at_a_time_are_the_same() -> None:
    texts = [
        text_features("Juma Tesfaye met Rustam Mamedli in Astana."),
        text_features("Am Montag traf Juma Tesfaye die Soldaten in Astana."),
        text_features("Officials said Trade grew."),
        text_features("Their trade grew by a third."),
    ]
    gathered = ProperNames()
    for features in texts:
        gathered.add(features)
    assert gathered.result() == proper_names(texts)


def test_a_shared_pool_gives_the_same_signatures() -> None:
    texts = [
        text_features("Mit dem 15. Sanktionspaket setzt die EU 93 Personen auf ihre Liste."),
        text_features("The EU's 15th sanctions package lists 93 people and entities."),
    ]
    proper = proper_names(texts)
    pool: Pool = {}
    pooled = signature(claim_texts(texts, pool), "93 entity", proper, False, pool)
    again = signature(claim_texts(texts, pool), "93 entity", proper, False, pool)
    assert pooled == signature(texts, "93 entity", proper, is_date_value=False)
    assert again.names is pooled.names  # equal sets are one object


def test_a_year_stays_a_year_beside_an_equal_number_in_the_pool() -> None:
    """`2.019 Millionen` is the number 2019.0, which equals the year 2019: shared through the pool,
    the year would block as `@2019.0` after one claim and `@2019` after another."""
    pool: Pool = {}
    claim_texts([text_features("Das Budget betrug 2.019 Millionen Euro."), text_features("Budget.")], pool)
    texts = claim_texts([text_features("25 drones in 2019."), text_features("25 drones.")], pool)
    assert [type(year) for year in texts.years] == [int]
    sig = signature(texts, "25 drone", frozenset(), False, pool)
    assert "n25@2019" in sig.block_keys()


def test_words_gathered_per_file_give_the_names_gathered_per_text() -> None:
    english = text_features("Officials said Juma Tesfaye met the EU in Astana.")
    german = text_features("Am Montag traf Juma Tesfaye die Soldaten.")
    lower = ProperNames()
    lower.add_words([*english.lower, *german.lower], english.capitalised)
    assert lower.result() == proper_names([english, german])


@pytest.mark.parametrize(
    "text",
    ["Im Juli 2020 und JULİ 2020 kamen 5 Panzer.", "ım julı 2021", "im fİrst quarter of 2020", "4 JULİ 2020"],
)
def test_turkish_i_in_a_month_or_quarter_word_is_read_not_a_crash(text: str) -> None:
    """Case-insensitive patterns match `İ`/`ı` for `i`; the word must still find its month."""
    features = text_features(text)
    assert features.years


_TRICKY = st.sampled_from(
    [
        "Juli",
        "JULİ",
        "julı",
        "März",
        "MÄRZ",
        "first",
        "fİrst",
        "Q3",
        "2020",
        "7.",
        "4th",
        "of",
        "İ",
        "ı",
        "\u0307",
    ]
)


@settings(max_examples=int(os.environ.get("CLAIMCHECK_FUZZ_EXAMPLES", "300")), deadline=None)
@given(st.lists(st.one_of(_TRICKY, st.text(max_size=8)), max_size=12))
def test_text_features_read_any_text(words: list[str]) -> None:
    """Whatever a claim says, reading its features never fails, and gives plain sorted values."""
    features = text_features(" ".join(words))
    assert list(features.years) == sorted(set(features.years))
    pickle.loads(pickle.dumps(features))


def test_claims_whose_every_feature_is_common_still_meet_their_near_duplicate() -> None:
    """At a million claims every name, and every number in a year, recurs in hundreds of claims:
    no single feature makes a block small enough. Their combination still does."""
    from itertools import combinations

    from claimcheck.audit.crossref import MAX_BLOCK_SIZE, _claim_blocks, candidate_pairs

    countries = [
        ("Poland", "Polen"),
        ("Hungary", "Ungarn"),
        ("Austria", "Österreich"),
        ("France", "Frankreich"),
        ("Italy", "Italien"),
        ("Spain", "Spanien"),
        ("Belgium", "Belgien"),
        ("Greece", "Griechenland"),
        ("Sweden", "Schweden"),
        ("Norway", "Norwegen"),
        ("Denmark", "Dänemark"),
        ("Finland", "Finnland"),
    ]
    # Every three countries signed 7 and 12 agreements in 2024: each country with each number
    # recurs in 55 claims, each number in 220; only (country, country, number) is rare.
    texts = [
        f"In 2024, {a[0]}, {b[0]} and {c[0]} signed {number} agreements."
        for a, b, c in combinations(countries, 3)
        for number in (7, 12)
    ]
    original = texts.index("In 2024, Poland, Austria and Italy signed 12 agreements.")
    texts.append("Im Jahr 2024 unterzeichneten Italien, Polen und Österreich 12 Abkommen.")
    sigs = [signature([text_features(text)], None, frozenset(), is_date_value=False) for text in texts]
    assert sigs[original].block_keys() and set(sigs[-1].block_keys()) == set(sigs[original].block_keys())
    frequency: dict[str, int] = {}
    for sig in sigs:
        for key in set(sig.block_keys()):
            frequency[key] = frequency.get(key, 0) + 1
    assert min(frequency[key] for key in sigs[-1].block_keys()) > MAX_BLOCK_SIZE  # all too common

    pairs = candidate_pairs(sigs, [[] for _ in sigs])
    assert (original, len(texts) - 1) in pairs
    assert len(pairs) < len(texts) * len(texts) // 20  # a few blocks of claims alike, never all pairs
    blocks = _claim_blocks(sigs, lambda _: ())
    assert all(len(block) <= MAX_BLOCK_SIZE for joined in blocks if joined for block in joined)
