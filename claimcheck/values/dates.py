"""Read dates and periods as sources write them (`8. November 2023`, `im vergangenen Jahr`, `im Herbst`).

Relative phrases are resolved against the reference (the source's `published` date); without one they
are not resolvable and the caller keeps the text as a category. Rules:

- A month, season or day named without a year (`im Juni`, `im Frühling`, `am 15. Juni`) is the
  occurrence nearest the reference, a future one counting three times as far as a past one: news
  mostly reports what happened, but announces what comes next (`ein Treffen im Frühjahr`, written in
  December, is next spring; `im Juni`, written in December, is the June just gone).
- A weekday (`am Montag`) is the most recent such day up to the reference day; it needs a reference
  with day precision.
- A phrase anchored to the reference with a length (`in den vergangenen zweieinhalb Jahren`,
  `der vergangenen drei Jahrzehnte`, `seit drei Jahrzehnten`, `over the past 30 years`) is the period
  ending at the reference; its bounds are as fine as the length (years → years, months → months) and
  never finer than the reference. A bare length (`drei Jahrzehnte`) is a quantity in years instead.
- `Anfang`/`Mitte`/`Ende` (early/mid/late) of a year are its months 1–3, 5–8 and 10–12; of a month,
  its days 1–10, 11–20 and 21–end. Seasons are meteorological: spring 03–05, summer 06–08, autumn
  09–11, winter 12–02 (`Winter 2022` starts in December 2022).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import Literal

from claimcheck.timespan import Precision, TimeSpan, TimeSpanError
from claimcheck.values.calendar_words import MONTHS, SEASONS, WEEKDAYS
from claimcheck.values.errors import ValueParseError
from claimcheck.values.quantity import parse_quantity
from claimcheck.values.units import DAYS_PER_YEAR

Level = Literal["year", "month", "day"]
_LEVELS: tuple[Level, ...] = ("year", "month", "day")


def _alternatives(words: Iterable[str]) -> str:
    return "|".join(sorted((re.escape(word) for word in words), key=len, reverse=True))


_MONTH = rf"(?:{_alternatives(MONTHS)})"
_WEEKDAY = rf"(?:{_alternatives(WEEKDAYS)})"
_SEASON = rf"(?:{_alternatives(SEASONS)})"
_PAST = (
    r"(?:vergangenen|vergangene|vergangenes|vergangener|letzten|letzte|letztes|letzter|vorigen|vorige|"
    r"voriges|voriger|last|past|previous)"
)
_NEXT = (
    r"(?:kommenden|kommende|kommendes|kommender|nächsten|nächste|nächstes|nächster|next|coming|"
    r"following|upcoming)"
)
_THIS = r"(?:diesen|dieses|diese|diesem|dieser|this|current|laufenden|laufende|laufendes)"
_QUALIFIER = rf"(?:(?P<q>{_PAST}|{_NEXT}|{_THIS})\s+)?"
_DAY_PART = r"(?:abend|morgen|nachmittag|vormittag|mittag|nacht|früh|morning|evening|afternoon|night)?"
_ORDINAL = r"(?:\.|st|nd|rd|th)?"
_YEAR_WORD = r"(?:jahr|jahres|jahre|year)"

_NEUTRAL_PREFIX = re.compile(
    r"^(?:(?:im laufe|im verlauf|in the course|im|in|am|an|on|at|during|während|the|der|die|das|den|dem|des"
    r"|of|für|for)\s+)+"
)
_QUOTES = dict.fromkeys(map(ord, "\"„“”«»‹›‚‘’'"), None)
_DASHES = dict.fromkeys(map(ord, "‐‑‒–—−"), "-")

# Digit-only forms that must not reach the quantity reader: `15.06.2022`, `2020-2022`, `2022/23`.
_NUMERIC_DATE = re.compile(r"^(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4}|\d{2})?$")
_YEAR_RANGE = re.compile(
    r"^(?:(?:von|from|zwischen|between)\s+)?(?P<y1>\d{4})\s*(?:-|bis|to|und|and|/)\s*(?P<y2>\d{4}|\d{2})$"
)
# Text that looks like the canonical grammar, to report a malformed one instead of reading a category.
CANONICAL_LIKE = re.compile(
    r"^\s*\d{4}-\d{1,2}(?:-\d{1,2})?(?:\s*/.*)?$|^\s*\d{4}(?:-\d{1,2}){0,2}\s*/\s*\d{4}"
)


def normalise_date_text(text: str) -> str:
    tidy = unicodedata.normalize("NFKC", text).translate(_QUOTES).translate(_DASHES).casefold()
    return " ".join(tidy.split()).strip(" ,;:!?")


def parse_canonical_date(text: str) -> TimeSpan | None:
    """`2026`, `2026-01`, `2023-11-08`, `2025-10/2025-12`; None if the text does not look like one;
    `ValueParseError` if it looks like one and is not a valid date (`2023-13-01`)."""
    stripped = text.strip()
    if len(stripped) == 4 and stripped.isdigit():
        return TimeSpan.parse(stripped)
    if not CANONICAL_LIKE.match(stripped):
        return None
    try:
        return TimeSpan.parse(stripped.replace(" ", ""))
    except TimeSpanError as error:
        raise ValueParseError(error.message, len(text) - len(text.lstrip()), error.hint) from None


def parse_digit_date(text: str) -> TimeSpan | None:
    """German numeric dates (`15.06.2022`) and year ranges (`2020-2022`, `2022/23`)."""
    tidy = normalise_date_text(text)
    match = _NUMERIC_DATE.match(tidy)
    if match:
        year = match.group("y")
        if year is None:
            return None  # `15.6.` needs a reference year; the natural reader handles it
        full_year = int(year) + (0 if len(year) == 4 else 2000 if int(year) < 70 else 1900)
        return _day(full_year, int(match.group("m")), int(match.group("d")))
    match = _YEAR_RANGE.match(tidy)
    if match:
        first, second = match.group("y1"), match.group("y2")
        last = int(first[:2] + second) if len(second) == 2 else int(second)
        if last < int(first) or int(first) < 1:
            return None
        return TimeSpan.between(TimeSpan.year(int(first)), TimeSpan.year(last))
    return None


def parse_natural_date(text: str, reference: TimeSpan | None) -> TimeSpan | None:
    """The date or period a news phrase names, or None (not a date, or relative without a reference)."""
    tidy = normalise_date_text(text).rstrip(".")
    if not tidy or not any(char.isalpha() for char in tidy):
        return None
    return _Resolver(reference).resolve(tidy)


# -- calendar arithmetic ---------------------------------------------------------------------------


def _day(year: int, month: int, day: int) -> TimeSpan | None:
    try:
        return TimeSpan.day(dt.date(year, month, day))
    except ValueError:
        return None


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    year = min(max(year, 1), 9999)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _widen(day: dt.date, level: Level) -> tuple[dt.date, dt.date]:
    if level == "year":
        return dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)
    if level == "month":
        return day.replace(day=1), _month_end(day.year, day.month)
    return day, day


def _span(start: dt.date, end: dt.date) -> TimeSpan:
    """A span at the precision its bounds show: one day, one month, one year, or a period."""
    if start == end:
        return TimeSpan.day(start)
    if start.day == 1 and end == _month_end(end.year, end.month):
        if (start.year, start.month) == (end.year, end.month):
            return TimeSpan.month(start.year, start.month)
        if start.year == end.year and start.month == 1 and end.month == 12:
            return TimeSpan.year(start.year)
    return TimeSpan(start, end, Precision.PERIOD)


def _coarser(a: Level, b: Level) -> Level:
    return a if _LEVELS.index(a) < _LEVELS.index(b) else b


def _level_of_years(years: float) -> Level:
    """How fine the bounds of a period of this length are: whole years, months, or days."""
    if float(years).is_integer():
        return "year"
    if float(years * 12).is_integer() or abs(years * 12 - round(years * 12)) < 1e-9:
        return "month"
    return "day"


def _shift(day: dt.date, years: float, level: Level, sign: int) -> dt.date:
    if level == "day":
        return day + dt.timedelta(days=sign * round(years * DAYS_PER_YEAR))
    return _add_months(day, sign * round(years * 12))


# -- the resolver ----------------------------------------------------------------------------------


def _part_of_year(part: str) -> tuple[int, int]:
    if part in {"anfang", "early", "beginning of", "the beginning of", "start of", "the start of"}:
        return 1, 3
    if part in {"mitte", "mid", "middle of", "the middle of"}:
        return 5, 8
    return 10, 12


def _part_of_month(part: str, year: int, month: int) -> tuple[dt.date, dt.date]:
    first = _part_of_year(part)[0]
    if first == 1:
        return dt.date(year, month, 1), dt.date(year, month, 10)
    if first == 5:
        return dt.date(year, month, 11), dt.date(year, month, 20)
    return dt.date(year, month, 21), _month_end(year, month)


_PART = r"(?P<part>anfang|mitte|ende|early|mid|late|(?:the\s+)?(?:beginning|start|middle|end)\s+of)"
_THIS_YEAR = {"jahres", "des jahres", "the year", "year", "dieses jahres", "this year", "diesen jahres"}
_THIS_MONTH = {"monats", "des monats", "the month", "month", "dieses monats", "this month"}

Rule = tuple[re.Pattern[str], Callable[["_Resolver", re.Match[str]], TimeSpan | None]]


class _Resolver:
    """Resolves one normalised phrase against a reference (which may be missing)."""

    def __init__(self, reference: TimeSpan | None) -> None:
        self.ref = reference

    @property
    def ref_level(self) -> Level:
        assert self.ref is not None
        precision = self.ref.precision
        return "year" if precision is Precision.YEAR else "month" if precision is Precision.MONTH else "day"

    def resolve(self, text: str) -> TimeSpan | None:
        for pattern, handler in _RULES:
            match = pattern.match(text)
            if match:
                try:
                    span = handler(self, match)
                except (ValueError, OverflowError):
                    span = None  # arithmetic past year 1 or 9999: no such date
                if span is not None:
                    return span
        stripped = _NEUTRAL_PREFIX.sub("", text)
        if stripped != text and stripped:
            return self.resolve(stripped)
        return None

    # -- absolute ----------------------------------------------------------------------------------

    def full_date(self, match: re.Match[str]) -> TimeSpan | None:
        month = MONTHS[match.group("m")]
        day = int(match.group("d"))
        if match.group("y"):
            return _day(int(match.group("y")), month, day)
        return self.nearest(lambda year: _day(year, month, day))

    def numeric_day_month(self, match: re.Match[str]) -> TimeSpan | None:
        month, day = int(match.group("m")), int(match.group("d"))
        return self.nearest(lambda year: _day(year, month, day))

    def month_year(self, match: re.Match[str]) -> TimeSpan | None:
        return TimeSpan.month(int(match.group("y")), MONTHS[match.group("m")])

    def year_word(self, match: re.Match[str]) -> TimeSpan | None:
        return TimeSpan.year(int(match.group("y")))

    def month_range(self, match: re.Match[str]) -> TimeSpan | None:
        first, last = MONTHS[match.group("m1")], MONTHS[match.group("m2")]
        y1, y2 = match.group("y1"), match.group("y2")
        if y2 is None and y1 is None:
            if self.ref is None:
                return None
            end = self.nearest(lambda year: TimeSpan.month(year, last))
            if end is None:
                return None
            end_year = end.start.year
        else:
            end_year = int(y2 or y1)
        start_year = int(y1) if y1 else end_year - (1 if first > last else 0)
        start, end_span = TimeSpan.month(start_year, first), TimeSpan.month(end_year, last)
        if end_span.end < start.start:
            return None
        return TimeSpan.between(start, end_span)

    def season(self, match: re.Match[str]) -> TimeSpan | None:
        first, length = SEASONS[match.group("s")]
        year = match.group("y")

        def occurrence(start_year: int) -> TimeSpan:
            start = dt.date(start_year, first, 1)
            last = _add_months(start, length - 1)
            return TimeSpan(start, _month_end(last.year, last.month), Precision.PERIOD)

        if year:
            return occurrence(int(year))
        return self.qualified(match.group("q"), occurrence)

    def month_alone(self, match: re.Match[str]) -> TimeSpan | None:
        month = MONTHS[match.group("m")]
        return self.qualified(match.group("q"), lambda year: TimeSpan.month(year, month))

    def decade(self, match: re.Match[str]) -> TimeSpan | None:
        digits = match.group("y")
        start = int(digits) if len(digits) == 4 else 1900 + int(digits)
        return TimeSpan.between(TimeSpan.year(start), TimeSpan.year(start + 9))

    def century(self, match: re.Match[str]) -> TimeSpan | None:
        number = int(match.group("c"))
        if not 1 <= number <= 99:
            return None
        return TimeSpan.between(TimeSpan.year((number - 1) * 100 + 1), TimeSpan.year(number * 100))

    def part_of(self, match: re.Match[str]) -> TimeSpan | None:
        part = " ".join(match.group("part").split())
        rest = re.sub(r"^(?:des|der|of|the)\s+", "", match.group("rest").strip())
        if rest in _THIS_YEAR:
            base = self.relative_unit_span("this", "year")
        elif rest in _THIS_MONTH:
            base = self.relative_unit_span("this", "month")
        else:
            base = self.resolve(rest)
        if base is None:
            return None
        if base.precision is Precision.YEAR:
            first, last = _part_of_year(part)
            year = base.start.year
            return TimeSpan.between(TimeSpan.month(year, first), TimeSpan.month(year, last))
        if base.precision is Precision.MONTH:
            start, end = _part_of_month(part, base.start.year, base.start.month)
            return TimeSpan(start, end, Precision.PERIOD)
        return None

    # -- relative to the reference ---------------------------------------------------------------

    def nearest(self, occurrence: Callable[[int], TimeSpan | None]) -> TimeSpan | None:
        """The occurrence nearest the reference; a future one counts three times as far as a past one."""
        if self.ref is None:
            return None
        ref = self.ref
        candidates = [
            span
            for year in range(ref.start.year - 1, ref.end.year + 2)
            if 1 <= year <= 9998 and (span := occurrence(year)) is not None
        ]

        def cost(span: TimeSpan) -> tuple[int, dt.date]:
            if span.overlaps(ref):
                return 0, span.start
            if span.end < ref.start:
                return (ref.start - span.end).days, span.start
            return 3 * (span.start - ref.end).days, span.start

        return min(candidates, key=cost) if candidates else None

    def qualified(
        self, qualifier: str | None, occurrence: Callable[[int], TimeSpan | None]
    ) -> TimeSpan | None:
        """`vergangenen Juni` (the last one over before the reference), `kommenden Herbst` (the first to
        start after it), `diesen Herbst` / `im Herbst` (the nearest)."""
        if self.ref is None:
            return None
        ref = self.ref
        spans = [
            span
            for year in range(ref.start.year - 2, ref.end.year + 2)
            if 1 <= year <= 9998 and (span := occurrence(year)) is not None
        ]
        if qualifier and re.fullmatch(_PAST, qualifier):
            before = [span for span in spans if span.end < ref.start]
            return max(before, key=lambda span: span.start) if before else None
        if qualifier and re.fullmatch(_NEXT, qualifier):
            after = [span for span in spans if span.start > ref.end]
            return min(after, key=lambda span: span.start) if after else None
        return self.nearest(occurrence)

    def relative_unit(self, match: re.Match[str]) -> TimeSpan | None:
        qualifier = match.group("q")
        unit = match.group("u")
        direction = (
            "past" if re.fullmatch(_PAST, qualifier) else "next" if re.fullmatch(_NEXT, qualifier) else "this"
        )
        kind = (
            "year"
            if re.fullmatch(_YEAR_WORD, unit)
            else "month"
            if unit.startswith(("monat", "month"))
            else "week"
        )
        return self.relative_unit_span(direction, kind)

    def previous_unit(self, match: re.Match[str]) -> TimeSpan | None:
        word = match.group(0)
        kind = "year" if "jahr" in word else "month" if "monat" in word else "week"
        return self.relative_unit_span("past", kind)

    def this_year_word(self, match: re.Match[str]) -> TimeSpan | None:
        return self.relative_unit_span("this", "year")

    def relative_unit_span(self, direction: str, kind: str) -> TimeSpan | None:
        if self.ref is None:
            return None
        step = {"past": -1, "next": 1, "this": 0}[direction]
        anchor = self.ref.end
        if kind == "year":
            return TimeSpan.year(anchor.year + step)
        if kind == "month":
            if self.ref_level == "year":
                return None
            moved = _add_months(anchor.replace(day=1), step)
            return TimeSpan.month(moved.year, moved.month)
        if self.ref_level != "day":
            return None
        monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=step)
        return TimeSpan(monday, monday + dt.timedelta(days=6), Precision.PERIOD)

    def weekday(self, match: re.Match[str]) -> TimeSpan | None:
        if self.ref is None or self.ref.precision is not Precision.DAY:
            return None
        wanted = WEEKDAYS[match.group("wd")]
        qualifier = match.group("q")
        today = self.ref.end
        if qualifier and re.fullmatch(_NEXT, qualifier):
            ahead = (wanted - today.weekday()) % 7 or 7
            return TimeSpan.day(today + dt.timedelta(days=ahead))
        back = (today.weekday() - wanted) % 7
        if back == 0 and qualifier and re.fullmatch(_PAST, qualifier):
            back = 7
        return TimeSpan.day(today - dt.timedelta(days=back))

    def day_word(self, match: re.Match[str]) -> TimeSpan | None:
        if self.ref is None or self.ref.precision is not Precision.DAY:
            return None
        offset = {
            "heute": 0,
            "today": 0,
            "gestern": -1,
            "yesterday": -1,
            "vorgestern": -2,
            "the day before yesterday": -2,
            "morgen": 1,
            "tomorrow": 1,
            "übermorgen": 2,
        }[match.group("w")]
        return TimeSpan.day(self.ref.end + dt.timedelta(days=offset))

    def years_of(self, text: str) -> float | None:
        """The length a phrase states, in years (`drei Jahrzehnte` → 30), or None."""
        try:
            quantity = parse_quantity(text)
        except ValueParseError:
            return None
        if quantity is None or quantity.unit != "year" or not quantity.is_point or quantity.low is None:
            return None
        return quantity.low if quantity.low > 0 else None

    def period_around_reference(self, match: re.Match[str]) -> TimeSpan | None:
        """`in den vergangenen zweieinhalb Jahren`, `seit drei Jahrzehnten`, `in the next two years`."""
        years = self.years_of(match.group("dur"))
        if years is None or self.ref is None:
            return None
        level = _coarser(_level_of_years(years), self.ref_level)
        qualifier = match.groupdict().get("q")
        try:
            if qualifier and re.fullmatch(_NEXT, qualifier):
                start = _widen(self.ref.start, level)[0]
                end = _widen(_shift(self.ref.end, years, level, +1), level)[1]
            else:
                start = _widen(_shift(self.ref.start, years, level, -1), level)[0]
                end = _widen(self.ref.end, level)[1]
        except (ValueError, OverflowError):
            return None
        return TimeSpan(start, end, Precision.PERIOD)

    def since(self, match: re.Match[str]) -> TimeSpan | None:
        """`seit 2020` (from 2020 to the reference); `seit drei Jahren` (the last three years)."""
        if self.ref is None:
            return None
        rest = match.group("rest")
        if self.years_of(rest) is not None:
            return self.period_around_reference(match)
        start = parse_canonical_date_quietly(rest) or self.resolve(rest)
        if start is None or start.start > self.ref.end:
            return None
        return TimeSpan(start.start, self.ref.end, Precision.PERIOD)

    def ago(self, match: re.Match[str]) -> TimeSpan | None:
        """`vor drei Jahren`, `two weeks ago`: the reference moved back, as fine as the length."""
        years = self.years_of(match.group("dur"))
        if years is None or self.ref is None:
            return None
        level = _coarser(_level_of_years(years), self.ref_level)
        try:
            start = _widen(_shift(self.ref.start, years, level, -1), level)[0]
            end = _widen(_shift(self.ref.end, years, level, -1), level)[1]
        except (ValueError, OverflowError):
            return None
        return _span(start, end)


def parse_canonical_date_quietly(text: str) -> TimeSpan | None:
    try:
        return parse_canonical_date(text)
    except ValueParseError:
        return None


def _rule(pattern: str, handler: Callable[[_Resolver, re.Match[str]], TimeSpan | None]) -> Rule:
    return re.compile(pattern), handler


_WEEKDAY_PREFIX = rf"(?:{_WEEKDAY}{_DAY_PART},?\s*(?:\(\s*)?(?:den\s+|the\s+)?)?"
_RULES: list[Rule] = [
    _rule(
        rf"^{_WEEKDAY_PREFIX}(?P<d>\d{{1,2}}){_ORDINAL}\s*(?:of\s+)?(?P<m>{_MONTH})\.?(?:,?\s*(?P<y>\d{{4}}))?\s*\)?$",
        _Resolver.full_date,
    ),
    _rule(
        rf"^(?:{_WEEKDAY},?\s*)?(?P<m>{_MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s*(?P<y>\d{{4}}))?$",
        _Resolver.full_date,
    ),
    _rule(rf"^{_WEEKDAY_PREFIX}(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.?\s*\)?$", _Resolver.numeric_day_month),
    _rule(rf"^(?P<m>{_MONTH})\.?,?\s+(?:of\s+)?(?P<y>\d{{4}})$", _Resolver.month_year),
    _rule(rf"^(?:{_YEAR_WORD}\s+)?(?P<y>\d{{4}})$", _Resolver.year_word),
    _rule(
        rf"^(?:(?:von|from|zwischen|between)\s+)?(?P<m1>{_MONTH})\.?(?:\s+(?P<y1>\d{{4}}))?\s*(?:-|bis|to|und|and|until)"
        rf"\s*(?P<m2>{_MONTH})\.?(?:\s+(?P<y2>\d{{4}}))?$",
        _Resolver.month_range,
    ),
    _rule(
        rf"^{_QUALIFIER}(?P<s>{_SEASON})(?:\s+(?:of\s+)?(?P<y>\d{{4}}))?(?:/\d{{2,4}})?$", _Resolver.season
    ),
    _rule(rf"^{_QUALIFIER}(?P<m>{_MONTH})$", _Resolver.month_alone),
    _rule(r"^(?P<y>\d{3}0|\d0)er(?:[\s-]+jahren?)?$", _Resolver.decade),
    _rule(r"^(?:the\s+)?(?P<y>\d{3}0)s$", _Resolver.decade),
    _rule(r"^(?P<c>\d{1,2})\.\s*jahrhunderts?$", _Resolver.century),
    _rule(r"^(?P<c>\d{1,2})(?:st|nd|rd|th)\s+century$", _Resolver.century),
    _rule(rf"^{_PART}[\s-]+(?P<rest>.+)$", _Resolver.part_of),
    _rule(r"^(?:seit|since)\s+(?P<rest>(?P<dur>.+))$", _Resolver.since),
    _rule(
        rf"^(?:(?:in|während|innerhalb|within|over|for|during)\s+)?(?:(?:den|der|die|the)\s+)?"
        rf"(?P<q>{_PAST}|{_NEXT})\s+(?P<dur>.*\d.*|.*\w\s+\w.*)$",
        _Resolver.period_around_reference,
    ),
    _rule(
        rf"^(?P<q>{_PAST}|{_NEXT}|{_THIS})\s+(?P<u>{_YEAR_WORD}|monat|monats|month|woche|week)$",
        _Resolver.relative_unit,
    ),
    _rule(r"^(?:vorjahr|vorjahres|vormonat|vormonats|vorwoche)$", _Resolver.previous_unit),
    _rule(r"^heuer$", _Resolver.this_year_word),
    _rule(rf"^{_QUALIFIER}(?P<wd>{_WEEKDAY}){_DAY_PART}$", _Resolver.weekday),
    _rule(
        r"^(?P<w>heute|today|gestern|yesterday|vorgestern|the day before yesterday|morgen|tomorrow"
        r"|übermorgen)$",
        _Resolver.day_word,
    ),
    _rule(r"^vor\s+(?P<dur>.+)$", _Resolver.ago),
    _rule(r"^(?P<dur>.+?)\s+(?:ago|her)$", _Resolver.ago),
]
