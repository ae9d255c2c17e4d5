"""The numbers, dates and names of one text, read once per text of the corpus.

`text_features` is a pure function of the text: its result (`TextFeatures`) is small and picklable,
so it can be cached with a claim file. Cross-referencing reads every claim and quote of the corpus
through it, so it is written for speed: each distinct word is looked at once (`_WORDS`: case,
language cue, place, topic), patterns that every text goes through begin with a character class,
and the month-first date patterns are only tried where a month is written.
See `claim_signature` for what the features mean.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Sequence
from itertools import chain, compress
from operator import itemgetter
from typing import NamedTuple

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


def _month_alternation() -> str:
    """The month names as one alternation, grouped by first letter: an ignore-case alternation of
    26 words is slow to try at every word of every text."""
    by_first: dict[str, list[str]] = {}
    for name in sorted(_MONTHS, key=len, reverse=True):
        by_first.setdefault(name[0], []).append(re.escape(name[1:]))
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in by_first.items())


_MONTH_ALT = _month_alternation()
_YEAR = r"(?:1[89]|20)\d\d"
# The patterns below that every text goes through begin with a digit, and test what precedes it
# by a look-behind after that digit (`\d(?<!\w\d)` is `\b\d`): a pattern that begins with a
# character class is searched for by a fast scan, one that begins with `\b` or a look-behind is
# tried at every position of the text.
_DAY_MONTH_YEAR = re.compile(
    rf"(\d(?<!\w\d)\d?)(?:\.|st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_ALT})\.?,?\s+({_YEAR})\b", re.I
)
_MONTH_DAY_YEAR = re.compile(rf"\b({_MONTH_ALT})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+({_YEAR})\b", re.I)
_MONTH_YEAR = re.compile(rf"\b({_MONTH_ALT})\.?\s+(?:of\s+)?({_YEAR})\b", re.I)
_QUARTER = re.compile(
    rf"\b(ersten|zweiten|dritten|vierten|first|second|third|fourth)\s+(?:quartal|quarter)s?\s+(?:of\s+)?({_YEAR})\b"
    rf"|\bq([1-4])\s*/?\s*({_YEAR})\b",
    re.I,
)
_ISO_DATE = re.compile(r"((?:1(?<!\w1)[89]|2(?<!\w2)0)\d\d)-(\d\d)(?:-(\d\d))?\b")
_BARE_YEAR = re.compile(r"((?:1(?<![\d.,]1)[89]|2(?<![\d.,]2)0)\d\d)(?![\d]|[.,]\d)")
_NUMBER = re.compile(r"(\d(?<![\w.,]\d)\d*(?:[.,]\d+)*)(?:st|nd|rd|th)?(?![\d\w])")
_DIGIT = re.compile(r"\d")
_DAY_GAP = frozenset(".DFHNORSTdfhnorstſ")  # what `(?:\.|st|nd|rd|th)?` and `of` match, ignoring case
_UMLAUT = re.compile("[äöüß]")
_MONTH_WORDS = frozenset(_MONTHS)
_QUARTER_CUE = re.compile(r"[qQ](?:[uU][aA][rR][tT]|[1-4])")  # `quart|q[1-4]`, ignoring case
_OPENERS = " \t\n\"'„“”‚‘’«»()[]"
_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
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
_LETTERS = re.compile(r"[^\W\d_]+")
_ODD_CASE = re.compile("[\u0130\u0131]")  # dotted capital and dotless small i: ignore-case reads them as `i`


class TextFeatures(NamedTuple):
    """The numbers, dates and names of one text (a claim's `claim` or `quote`): sorted tuples
    without repeats."""

    numbers: tuple[float, ...]
    years: tuple[int, ...]
    months: tuple[str, ...]  # 2024-04 (also from days)
    days: tuple[str, ...]  # 2019-03-07
    quarters: tuple[str, ...]  # 2024-Q1
    places: tuple[str, ...]  # canonical
    capitalised: tuple[str, ...]  # casefolded capitalised words that are not places (candidates for names)
    initial: tuple[str, ...]  # the same, first of a sentence
    topics: tuple[str, ...]  # what the text is about (`inflation`), from a bilingual word list
    lower: tuple[str, ...]  # the words written in lower case: no name is
    english: bool


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def is_english(words: Sequence[str]) -> bool:
    """Whether casefolded `words` read as English rather than German."""
    return sum(map(_language_score, words)) > 0


def _language_score(folded: str) -> int:
    """+1 for an English cue, -1 for a German one (or an umlaut); a word may be both."""
    german = folded in _GERMAN_CUES or (not folded.isascii() and _UMLAUT.search(folded) is not None)
    return (folded in _ENGLISH_CUES) - german


# What is known of one word as written, whatever text it is in (see `_word`).
_FOLDED, _NAME, _CAPITALISED, _LOWER, _LANGUAGE, _MONTH, _ODD_MONTH, _QUARTER_WORD = map(itemgetter, range(8))
_TOPICS, _TOPIC_START, _PLACE_START, _PLACE, _PARTS = map(itemgetter, range(8, 13))
_WordInfo = tuple[
    str,  # casefolded
    str,  # casefolded without `'s` (the form names, places and topics are looked up in)
    bool,  # capitalised
    bool,  # written in lower case
    int,  # language cue (`_language_score`)
    bool,  # a month
    bool,  # a month may start inside it (`mid-March`), or its case is read differently by the patterns
    bool,  # may hold a quarter cue (`quart`, `Q` before a digit)
    tuple[str, ...],  # the topics it names on its own
    bool,  # may start a topic of several words
    bool,  # may start a place of several words
    str | None,  # the place it names on its own
    tuple[tuple[str, ...], tuple[str, ...]] | None,  # places and possible names in it, None if no name
]
_WORD_LIMIT = 1 << 20  # a corpus's vocabulary; past it, words are looked at each time


def _word(word: str) -> _WordInfo:
    folded = word.casefold()
    folded = word if folded == word else folded  # one string object for the word and its folded form
    name = folded
    if "'" in name or "’" in name:
        name = name.replace("’", "'")
        name = name[:-2] if name.endswith("'s") else name.rstrip("'")
    topics = TOPICS.get(name, ())
    if "-" in name and (tail := name.rsplit("-", 1)[1]) in TOPICS:
        topics = (*topics, *TOPICS[tail])
    parts = _LETTERS.findall(word)
    odd_month = any(part.casefold() in _MONTH_WORDS for part in parts[1:]) or bool(_ODD_CASE.search(word))
    return (
        folded,
        name,
        word[0].isupper(),
        word == folded,
        _language_score(folded),
        folded in _MONTH_WORDS,
        odd_month,
        "quart" in word.lower() or word[-1] in "qQ",
        topics,
        name in TOPIC_STARTS,
        name in PLACE_STARTS,
        _place(name),
        None if name in _NOT_NAMES else _word_parts(name),
    )


class _Words(dict[str, _WordInfo]):
    def __missing__(self, word: str) -> _WordInfo:
        info = _word(word)
        if len(self) < _WORD_LIMIT:
            self[word] = info
        return info


_WORDS = _Words()
_GROUP = itemgetter(0)


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


def _word_key(name: str) -> str:
    """The table key of a word a case-insensitive pattern matched.

    Why not just `casefold`: such patterns also match the Turkish dotted `İ` and dotless `ı`
    for `i` (`JULİ`, `fİrst`), whose casefolded forms are not in the tables.
    """
    return name.casefold().replace("\u0307", "").replace("ı", "i")


def _month_number(name: str) -> int:
    return _MONTHS[_word_key(name)]


def _day_month_year(match: re.Match[str]) -> str:
    return f"{int(match[3]):04d}-{_month_number(match[2]):02d}-{int(match[1]):02d}"


def _month_day_year(match: re.Match[str]) -> str:
    return f"{int(match[3]):04d}-{_month_number(match[1]):02d}-{int(match[2]):02d}"


def _month_year(match: re.Match[str]) -> str:
    return f"{int(match[2]):04d}-{_month_number(match[1]):02d}"


def _quarter(match: re.Match[str]) -> str:
    if match[1]:
        return f"{match[2]}-Q{_QUARTERS[_word_key(match[1])]}"
    return f"{match[4]}-Q{match[3]}"


def _iso(match: re.Match[str]) -> str:
    return match.group()


@functools.lru_cache(maxsize=65536)
def text_features(text: str) -> TextFeatures:
    """The features of one text; cached, since wire copy repeats its sentences word for word."""
    text = _fold(text)
    matches = list(_WORD.finditer(text))
    words = list(map(_GROUP, matches))
    infos = list(map(_WORDS.__getitem__, words))
    english = sum(map(_LANGUAGE, infos)) > 0
    dates: tuple[tuple[float, ...], tuple[int, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]
    dates = ((), (), (), (), ())
    if _DIGIT.search(text):
        dates = _dates_and_numbers(text, matches, infos, english)
    places, capitalised, initial_words = _names(text, matches, infos)
    topics = set(chain.from_iterable(map(_TOPICS, infos)))
    if any(map(_TOPIC_START, infos)):
        _phrase_topics(infos, topics)
    lower = set(compress(map(_FOLDED, infos), map(_LOWER, infos)))  # the words written in lower case
    return TextFeatures(
        *dates,
        tuple(sorted(places)) if places else (),
        tuple(sorted(set(capitalised))) if capitalised else (),
        tuple(sorted(set(initial_words))) if initial_words else (),
        tuple(sorted(topics)) if topics else (),
        tuple(sorted(lower)),
        english,
    )


def _sorted(items: set[str]) -> tuple[str, ...]:
    return tuple(sorted(items)) if items else ()


def _dates_and_numbers(
    text: str, matches: Sequence[re.Match[str]], infos: Sequence[_WordInfo], english: bool
) -> tuple[tuple[float, ...], tuple[int, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """Dates first, each blanked out once read, so that what remains are the other numbers."""
    months: set[str] = set()
    days: set[str] = set()
    quarters: set[str] = set()
    scan = text
    month_words = list(compress(range(len(infos)), map(_MONTH, infos)))
    if month_words:
        if any(map(_ODD_MONTH, infos)):
            scan = _DAY_MONTH_YEAR.sub(_date_scanner(days, _day_month_year), scan)
            scan = _MONTH_DAY_YEAR.sub(_date_scanner(days, _month_day_year), scan)
            scan = _MONTH_YEAR.sub(_date_scanner(months, _month_year), scan)
        else:
            starts = [matches[index].start() for index in month_words]
            scan = _sub_before(_DAY_MONTH_YEAR, scan, starts, days, _day_month_year)
            scan = _sub_at(_MONTH_DAY_YEAR, scan, starts, days, _month_day_year)
            scan = _sub_at(_MONTH_YEAR, scan, starts, months, _month_year)
    if "-" in scan:
        iso: set[str] = set()
        scan = _ISO_DATE.sub(_date_scanner(iso, _iso), scan)
        days |= {date for date in iso if len(date) == 10}
        months |= {date for date in iso if len(date) == 7}
    if any(map(_QUARTER_WORD, infos)) and _QUARTER_CUE.search(scan):
        scan = _QUARTER.sub(_date_scanner(quarters, _quarter), scan)
    # A bare year is four characters: split and join blank them out in one pass, without a callback.
    parts = _BARE_YEAR.split(scan)
    years = {int(year) for year in parts[1::2]}
    if len(parts) > 1:
        scan = "    ".join(parts[::2])
    numbers = {number for digits in _NUMBER.findall(scan) if (number := _read(digits, english)) is not None}
    if days:
        months |= {day[:7] for day in days}
    if months or quarters:
        years |= {int(part[:4]) for part in (*months, *quarters)}
    return (
        tuple(sorted(numbers)) if numbers else (),
        tuple(sorted(years)) if years else (),
        _sorted(months),
        _sorted(days),
        _sorted(quarters),
    )


def _sub_before(
    pattern: re.Pattern[str],
    scan: str,
    months: Sequence[int],
    found: set[str],
    make: Callable[[re.Match[str]], str],
) -> str:
    """`_sub_at` for the day-first pattern, which starts before its month: at a digit among the
    characters it allows between the day and the month (`7. `, `7th of `), which no month is made of."""
    pieces: list[str] = []
    end = 0
    for month in months:
        if month < end:
            continue
        start = month
        while start > end and ((char := scan[start - 1]).isspace() or char.isdecimal() or char in _DAY_GAP):
            start -= 1
        for at in range(start, month):
            if scan[at].isdecimal() and (match := pattern.match(scan, at)) is not None:
                found.add(make(match))
                pieces += (scan[end:at], " " * (match.end() - at))
                end = match.end()
                break
    if not pieces:
        return scan
    pieces.append(scan[end:])
    return "".join(pieces)


def _sub_at(
    pattern: re.Pattern[str],
    scan: str,
    starts: Sequence[int],
    found: set[str],
    make: Callable[[re.Match[str]], str],
) -> str:
    """`pattern.sub` blanking out what it reads, for a pattern that can only match at `starts`
    (where a month is written): trying those few places is much cheaper than scanning the text."""
    pieces: list[str] = []
    end = 0
    for start in starts:
        if start < end:
            continue
        match = pattern.match(scan, start)
        if match is not None:
            found.add(make(match))
            pieces += (scan[end:start], " " * (match.end() - start))
            end = match.end()
    if not pieces:
        return scan
    pieces.append(scan[end:])
    return "".join(pieces)


def _place(form: str) -> str | None:
    place = PLACES.get(form)
    if place is None and len(form) > 3 and form[-1] == "s":
        place = PLACES.get(form[:-1])  # Katars, Neuseelands
    return place


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


def _phrase_topics(infos: Sequence[_WordInfo], topics: set[str]) -> None:
    """The topics named by phrases of two or three words (`key rate`, `out of work`)."""
    names = list(map(_NAME, infos))
    for at in compress(range(len(infos)), map(_TOPIC_START, infos)):
        for phrase in (" ".join(names[at : at + 2]), " ".join(names[at : at + 3])):
            topics.update(TOPICS.get(phrase, ()))


def _names(
    text: str, matches: Sequence[re.Match[str]], infos: Sequence[_WordInfo]
) -> tuple[set[str], list[str], list[str]]:
    """Places (canonical) and the other capitalised words (not first of a sentence / first of one)."""
    places: set[str] = set()
    capitalised: list[str] = []
    initial_words: list[str] = []
    count = len(infos)
    names: list[str] | None = None
    after_place = 0
    for index in compress(range(count), map(_CAPITALISED, infos)):
        if index < after_place:
            continue
        info = infos[index]
        place = info[11]
        if info[10]:  # the longest place of several words first (`New Zealand`, not `New`)
            names = names if names is not None else list(map(_NAME, infos))
            for length in range(min(LONGEST_PLACE, count - index), 1, -1):
                if (longer := _place(" ".join(names[index : index + length]))) is not None:
                    place, after_place = longer, index + length
                    break
        if place is not None:
            places.add(place)
        elif (parts := info[12]) is not None:
            word_places, word_names = parts
            places.update(word_places)
            if word_names:
                start = matches[index].start()
                before = text[max(0, start - 4) : start].rstrip(_OPENERS)
                initial = not before or before[-1] in ".!?:;"
                (initial_words if initial else capitalised).extend(word_names)
    return places, capitalised, initial_words


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
    return frozenset(features.days), frozenset(features.months), frozenset(features.years)
