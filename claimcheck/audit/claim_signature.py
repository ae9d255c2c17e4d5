"""What a claim states, in terms that do not depend on its language: numbers, dates and names.

`Die EU listet im 15. Paket gegen Großbritannien 93 Personen` and `The EU's 15th package against
Britain lists 93 people` share nothing a token similarity sees, but both say {15, 93}, {eu, britain}.
Cross-referencing blocks and matches claims on these signatures:

- numbers, read in the text's language (`1,75` = `1.75`, `9.100` = `9,100` = 9100; ordinals `15.` /
  `15th` = 15); those that are the claim's `value` are kept apart, since a disagreement there is a
  possible conflict and anywhere else a different fact;
- dates at the precision written (`7. März 2019` = `7 March 2019` → 2019-03-07; `April 2024`;
  `im ersten Quartal 2024` = `in the first quarter of 2024`; bare years);
- names: places through a German/English table (`place_names`), and other capitalised words that
  are not the first of a sentence. German capitalises every noun, so a capitalised word of a German
  text counts as a name only when it is a place or is written capitalised mid-sentence in some
  English text of the corpus and never in lower case (`Juma Tesfaye`, `EU`; not `Soldaten`);
- topics from a small bilingual word list (`Teuerung` = `inflation`), so inflation and unemployment
  in one country and month are told apart.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from claimcheck.audit.place_names import LONGEST_PLACE, PLACE_STARTS, PLACES, TOPIC_STARTS, TOPICS
from claimcheck.values.language import ENGLISH_WORDS, GERMAN_WORDS
from claimcheck.values.numbers import NumberFormatError, read_digits

_MONTHS = {
    **{
        name: number
        for number, name in enumerate(
            [
                "januar",
                "februar",
                "märz",
                "april",
                "mai",
                "juni",
                "juli",
                "august",
                "september",
                "oktober",
                "november",
                "dezember",
            ],
            1,
        )
    },
    **{
        name: number
        for number, name in enumerate(
            [
                "january",
                "february",
                "march",
                "april",
                "may",
                "june",
                "july",
                "august",
                "september",
                "october",
                "november",
                "december",
            ],
            1,
        )
    },
    "jänner": 1,
    "sept": 9,
}
_QUARTERS = {
    "ersten": 1,
    "zweiten": 2,
    "dritten": 3,
    "vierten": 4,
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
}
_MONTH_ALT = "|".join(sorted(_MONTHS, key=len, reverse=True))
_YEAR = r"(?:1[89]|20)\d\d"
_DAY_MONTH_YEAR = re.compile(
    rf"\b(\d{{1,2}})(?:\.|st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_ALT})\.?,?\s+({_YEAR})\b", re.I
)
_MONTH_DAY_YEAR = re.compile(rf"\b({_MONTH_ALT})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+({_YEAR})\b", re.I)
_MONTH_YEAR = re.compile(rf"\b({_MONTH_ALT})\.?\s+(?:of\s+)?({_YEAR})\b", re.I)
_QUARTER = re.compile(
    rf"\b(ersten|zweiten|dritten|vierten|first|second|third|fourth)\s+(?:quartal|quarter)s?\s+(?:of\s+)?({_YEAR})\b"
    rf"|\bq([1-4])\s*/?\s*({_YEAR})\b",
    re.I,
)
_ISO_DATE = re.compile(rf"\b({_YEAR})-(\d\d)(?:-(\d\d))?\b")
_BARE_YEAR = re.compile(rf"(?<![\d.,])({_YEAR})(?![\d]|[.,]\d)")
_NUMBER = re.compile(r"(?<![\w.,])(\d+(?:[.,]\d+)*)(?:st|nd|rd|th)?(?![\d\w])")
_DIGIT = re.compile(r"\d")
_UMLAUT = re.compile("[äöüß]")
_MONTH_WORDS = frozenset(_MONTHS)
_QUARTER_CUE = re.compile(r"quart|q[1-4]", re.I)
_OPENERS = " \t\n\"'„“”‚‘’«»()[]"
_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_WEEKDAYS = frozenset(
    [
        "montag",
        "dienstag",
        "mittwoch",
        "donnerstag",
        "freitag",
        "samstag",
        "sonntag",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
)
# Capitalised mid-sentence in English without being a name.
_NOT_NAMES = frozenset(
    ["i", "the", "a", "an", "of", "and", "or", "in", "on", "at", "to", "for", "by", "as", "with", "from"]
) | frozenset(_MONTHS)
_GERMAN_CUES = GERMAN_WORDS | frozenset(
    [
        "ist",
        "sind",
        "war",
        "wurde",
        "wurden",
        "hat",
        "haben",
        "nach",
        "mit",
        "auf",
        "für",
        "sich",
        "dem",
        "den",
        "des",
        "im",
        "am",
        "zum",
        "zur",
        "vom",
        "nicht",
        "auch",
        "bei",
        "laut",
        "seit",
    ]
)
_ENGLISH_CUES = ENGLISH_WORDS | frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "has",
        "have",
        "had",
        "with",
        "on",
        "in",
        "for",
        "by",
        "since",
        "into",
        "its",
        "their",
    ]
)


@dataclass(frozen=True, slots=True)
class TextFeatures:
    """The numbers, dates and names of one text (a claim's `claim` or `quote`)."""

    numbers: frozenset[float]
    years: frozenset[int]
    months: frozenset[str]  # 2024-04 (also from days)
    days: frozenset[str]  # 2019-03-07
    quarters: frozenset[str]  # 2024-Q1
    places: frozenset[str]  # canonical
    capitalised: tuple[str, ...]  # casefolded capitalised words that are not places (candidates for names)
    initial: tuple[str, ...]  # the same, first of a sentence
    topics: frozenset[str]  # what the text is about (`inflation`), from a bilingual word list
    lower: frozenset[str]  # the words written in lower case: no name is
    english: bool


@dataclass(frozen=True, slots=True)
class Signature:
    """A claim's language-independent features; `value_*` are those of its `value`."""

    numbers: frozenset[float]  # numbers that are not the value's
    value_numbers: frozenset[float]
    years: frozenset[int]
    months: frozenset[str]
    days: frozenset[str]
    quarters: frozenset[str]
    names: frozenset[str]
    topics: frozenset[str]
    dated: bool  # its texts or its value give a time
    value_dates: frozenset[str] = frozenset()  # the days and months of a date value

    def block_keys(self) -> list[str]:
        """Features two claims of one fact share: a number with its year (25 drones in 2020), a
        day, a name with its month; names alone, which only a small corpus blocks on."""
        year = f"@{min(self.years)}" if self.years else ""
        keys = [f"n{number:g}{year}" for number in self.numbers | self.value_numbers]
        keys += [f"d{day}" for day in self.days | self.value_dates]
        times = self.months or self.quarters or {str(year) for year in self.years}
        keys += [f"p{name}@{time}" for name in self.names for time in times]
        # Without the year, which one of two claims may not give: all its numbers; a name with a
        # number that is not the value (the 16th package against Finland).
        if self.numbers or self.value_numbers:
            keys.append("N" + ",".join(f"{number:g}" for number in sorted(self.numbers | self.value_numbers)))
        keys += [f"p{name}#{number:g}" for name in self.names for number in self.numbers]
        keys += [f"p{name}" for name in self.names]  # only the rarest keys are used: these seldom
        return keys


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def is_english(words: Sequence[str]) -> bool:
    """Whether casefolded `words` read as English rather than German."""
    german = sum(1 for word in words if word in _GERMAN_CUES or (not word.isascii() and _UMLAUT.search(word)))
    english = sum(1 for word in words if word in _ENGLISH_CUES)
    return english > german


@functools.lru_cache(maxsize=65536)
def _read(digits: str, english: bool) -> float | None:
    try:
        return read_digits(digits, "en" if english else "de")
    except NumberFormatError:
        return None


def _date_scanner(found: set[str], make: Callable[[re.Match[str]], str]) -> Callable[[re.Match[str]], str]:
    def record(match: re.Match[str]) -> str:
        found.add(make(match))
        return " " * (match.end() - match.start())

    return record


def _day_month_year(match: re.Match[str]) -> str:
    return f"{int(match[3]):04d}-{_MONTHS[match[2].casefold()]:02d}-{int(match[1]):02d}"


def _month_day_year(match: re.Match[str]) -> str:
    return f"{int(match[3]):04d}-{_MONTHS[match[1].casefold()]:02d}-{int(match[2]):02d}"


def _month_year(match: re.Match[str]) -> str:
    return f"{int(match[2]):04d}-{_MONTHS[match[1].casefold()]:02d}"


def _quarter(match: re.Match[str]) -> str:
    if match[1]:
        return f"{match[2]}-Q{_QUARTERS[match[1].casefold()]}"
    return f"{match[4]}-Q{match[3]}"


def _iso(match: re.Match[str]) -> str:
    return match.group()


@functools.lru_cache(maxsize=262144)
def text_features(text: str) -> TextFeatures:
    """The features of one text; cached, since wire copy repeats its sentences word for word."""
    text = _fold(text)
    matches = list(_WORD.finditer(text))
    words = [match.group() for match in matches]
    folded = [word.casefold() for word in words]
    english = is_english(folded)
    years: set[int] = set()
    months: set[str] = set()
    days: set[str] = set()
    quarters: set[str] = set()
    numbers = set()
    if _DIGIT.search(text):
        scan = text
        if not _MONTH_WORDS.isdisjoint(folded):
            scan = _DAY_MONTH_YEAR.sub(_date_scanner(days, _day_month_year), scan)
            scan = _MONTH_DAY_YEAR.sub(_date_scanner(days, _month_day_year), scan)
            scan = _MONTH_YEAR.sub(_date_scanner(months, _month_year), scan)
        if "-" in scan:
            iso: set[str] = set()
            scan = _ISO_DATE.sub(_date_scanner(iso, _iso), scan)
            days |= {date for date in iso if len(date) == 10}
            months |= {date for date in iso if len(date) == 7}
        if _QUARTER_CUE.search(scan):
            scan = _QUARTER.sub(_date_scanner(quarters, _quarter), scan)
        bare: set[str] = set()
        scan = _BARE_YEAR.sub(_date_scanner(bare, _iso), scan)
        years |= {int(year) for year in bare}
        months |= {day[:7] for day in days}
        years |= {int(part[:4]) for part in (*months, *quarters)}
        for match in _NUMBER.finditer(scan):
            number = _read(match[1], english)
            if number is not None:
                numbers.add(number)
    places, capitalised, initial_words, topics = _names(text, matches, folded)
    return TextFeatures(
        frozenset(numbers),
        frozenset(years),
        frozenset(months),
        frozenset(days),
        frozenset(quarters),
        frozenset(places),
        tuple(capitalised),
        tuple(initial_words),
        frozenset(topics),
        frozenset(set(words).intersection(folded)),  # the words written in lower case
        english,
    )


@functools.lru_cache(maxsize=65536)
def _place(form: str) -> str | None:
    place = PLACES.get(form)
    if place is None and len(form) > 3 and form[-1] == "s":
        place = PLACES.get(form[:-1])  # Katars, Neuseelands
    return place


@functools.lru_cache(maxsize=65536)
def _word_parts(word: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The places and the possible names in one capitalised word (`eu-sanktionspaket`)."""
    parts = word.split("-")
    if len(parts) == 1:
        return (), ((word,) if len(word) > 1 else ())
    part_places = [_place(part) for part in parts]
    places = tuple(place for place in part_places if place is not None)
    names = tuple(
        part
        for part, place in zip(parts, part_places, strict=True)
        if place is None and len(part) > 1 and part not in _NOT_NAMES
    )
    return places, names


def _names(
    text: str, matches: Sequence[re.Match[str]], casefolded: Sequence[str]
) -> tuple[set[str], list[str], list[str], set[str]]:
    """Places (canonical), the other capitalised words (not first of a sentence / first of one) and
    the topics the text's words name."""
    places: set[str] = set()
    capitalised: list[str] = []
    initial_words: list[str] = []
    topics: set[str] = set()
    folded = list(casefolded)
    if "'" in text or "’" in text:
        folded = [word.replace("’", "'") for word in folded]
        folded = [word[:-2] if word.endswith("'s") else word.rstrip("'") for word in folded]
    count = len(folded)
    distinct = set(folded)
    for word in TOPICS.keys() & distinct:
        topics.update(TOPICS[word])
    for word in distinct:
        if "-" in word and (tail := word.rsplit("-", 1)[1]) in TOPICS:
            topics.update(TOPICS[tail])
    if not TOPIC_STARTS.isdisjoint(distinct):
        for at, word in enumerate(folded):
            if word in TOPIC_STARTS:
                for phrase in (" ".join(folded[at : at + 2]), " ".join(folded[at : at + 3])):
                    topics.update(TOPICS.get(phrase, ()))
    after_place = 0
    for index, match in enumerate(matches):
        if index < after_place or not match.group()[0].isupper():
            continue
        word = folded[index]
        longest = min(LONGEST_PLACE, count - index) if word in PLACE_STARTS else 1
        for length in range(longest, 0, -1):
            place = _place(" ".join(folded[index : index + length]) if length > 1 else word)
            if place is not None:
                places.add(place)
                after_place = index + length
                break
        else:
            if word not in _NOT_NAMES:
                word_places, word_names = _word_parts(word)
                places.update(word_places)
                before = text[max(0, match.start() - 4) : match.start()].rstrip(_OPENERS)
                initial = not before or before[-1] in ".!?:;"
                (initial_words if initial else capitalised).extend(word_names)
    return places, capitalised, initial_words, topics


@functools.lru_cache(maxsize=65536)
def value_numbers(value_text: str | None) -> frozenset[float]:
    """The numbers of a claim's `value` as written (`~ 61.7 billion EUR` → {61.7})."""
    if not value_text:
        return frozenset()
    english = not any(word.casefold() in _GERMAN_CUES for word in _WORD.findall(value_text))
    numbers = set()
    for match in _NUMBER.finditer(_fold(value_text)):
        number = _read(match[1], english)
        if number is not None:
            numbers.add(number)
    return frozenset(numbers)


def value_dates(value_text: str | None) -> tuple[frozenset[str], frozenset[str], frozenset[int]]:
    """Days, months and years of a date `value` (`2023-11-08`)."""
    if not value_text:
        return frozenset(), frozenset(), frozenset()
    features = text_features(value_text)
    return features.days, features.months, features.years


def proper_names(features: Sequence[TextFeatures]) -> frozenset[str]:
    """Words some English text capitalises mid-sentence and no text of the corpus writes in lower
    case: names, since English capitalises nothing else (`Tesfaye`, `EU`; not `Trade`, `Around`)."""
    lower: set[str] = set()
    for feature in features:
        lower |= feature.lower
    return frozenset(
        word for feature in features if feature.english for word in feature.capitalised if word not in lower
    )


def signature(
    texts: Sequence[TextFeatures],
    value_text: str | None,
    proper: frozenset[str],
    is_date_value: bool,
) -> Signature:
    numbers: frozenset[float] = frozenset()
    years: frozenset[int] = frozenset()
    months: frozenset[str] = frozenset()
    days: frozenset[str] = frozenset()
    quarters: frozenset[str] = frozenset()
    topics: frozenset[str] = frozenset()
    names: set[str] = set()
    for text in texts:
        numbers |= text.numbers
        years |= text.years
        months |= text.months
        days |= text.days
        quarters |= text.quarters
        topics |= text.topics
        names |= text.places
        names |= proper.intersection(text.capitalised)
        names |= proper.intersection(text.initial)
    dated = bool(years or months or quarters or days)
    if is_date_value:
        value_days, value_months, _ = value_dates(value_text)
        days, months = days - value_days, months - value_months
        value_nums: frozenset[float] = frozenset()
        value_days_months = value_days | value_months
    else:
        value_nums = value_numbers(value_text) & numbers if value_text else frozenset()
        value_nums = value_nums or value_numbers(value_text)
        value_days_months = frozenset()
    return Signature(
        numbers=numbers - value_nums,
        value_numbers=value_nums,
        years=years,
        months=months,
        days=days,
        quarters=quarters,
        names=frozenset(names),
        topics=topics,
        dated=dated,
        value_dates=value_days_months,
    )
