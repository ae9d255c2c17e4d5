"""Dates of reduced precision (`2026`, `2026-01`, `2026-01-15`) and periods (`2025-10/2025-12`)."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

_PART = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class Precision(StrEnum):
    """How much of a date a writer actually stated."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    PERIOD = "period"


class TimeSpanError(ValueError):
    """A text that is not a date or period in the grammar `YYYY[-MM[-DD]][/YYYY[-MM[-DD]]]`."""

    def __init__(self, message: str, hint: str = "write YYYY, YYYY-MM, YYYY-MM-DD or START/END") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


@dataclass(frozen=True, order=True)
class TimeSpan:
    """An inclusive range of days: a day, a month, a year, or a period between two of those.

    `2026-01` is the whole of January 2026, so it overlaps `2026-01-15` and `2026`.
    """

    start: dt.date
    end: dt.date
    precision: Precision = Precision.DAY

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise TimeSpanError(f"period ends ({self.end}) before it starts ({self.start})")

    # -- construction -------------------------------------------------------------------------

    @classmethod
    def parse(cls, text: str) -> TimeSpan:
        """Parse the canonical grammar; raise `TimeSpanError` with a hint otherwise."""
        raw = text.strip()
        if "/" in raw:
            left, _, right = raw.partition("/")
            first, last = cls.parse(left), cls.parse(right)
            if last.end < first.start:
                raise TimeSpanError(f"period {raw!r} ends before it starts", "put the earlier date first")
            return cls(first.start, last.end, Precision.PERIOD)
        match = _PART.match(raw)
        if not match:
            raise TimeSpanError(f"{raw!r} is not a date")
        year, month, day = (int(g) if g else None for g in match.groups())
        assert year is not None
        try:
            if month is None:
                return cls.year(year)
            if day is None:
                return cls.month(year, month)
            return cls.day(dt.date(year, month, day))
        except ValueError as exc:
            raise TimeSpanError(f"{raw!r} is not a valid date: {exc}") from None

    @classmethod
    def day(cls, day: dt.date) -> TimeSpan:
        return cls(day, day, Precision.DAY)

    @classmethod
    def month(cls, year: int, month: int) -> TimeSpan:
        last = calendar.monthrange(year, month)[1]
        return cls(dt.date(year, month, 1), dt.date(year, month, last), Precision.MONTH)

    @classmethod
    def year(cls, year: int) -> TimeSpan:
        return cls(dt.date(year, 1, 1), dt.date(year, 12, 31), Precision.YEAR)

    @classmethod
    def between(cls, first: TimeSpan, last: TimeSpan) -> TimeSpan:
        """The period from the start of `first` to the end of `last`."""
        return cls(first.start, last.end, Precision.PERIOD)

    # -- relations ----------------------------------------------------------------------------

    def overlaps(self, other: TimeSpan) -> bool:
        return self.start <= other.end and other.start <= self.end

    def contains(self, other: TimeSpan) -> bool:
        return self.start <= other.start and other.end <= self.end

    # -- text ---------------------------------------------------------------------------------

    def __str__(self) -> str:
        if self.precision is Precision.DAY:
            return self.start.isoformat()
        if self.precision is Precision.MONTH:
            return f"{self.start.year:04d}-{self.start.month:02d}"
        if self.precision is Precision.YEAR:
            return f"{self.start.year:04d}"
        level = _period_level(self.start, self.end)
        return f"{_at_level(self.start, level)}/{_at_level(self.end, level)}"


def _period_level(start: dt.date, end: dt.date) -> int:
    """The coarsest precision (0 year, 1 month, 2 day) that writes both bounds of a period exactly."""
    month_end = end.day == calendar.monthrange(end.year, end.month)[1]
    if start.day != 1 or not month_end:
        return 2
    if start.month != 1 or end.month != 12:
        return 1
    return 0


def _at_level(day: dt.date, level: int) -> str:
    return (f"{day.year:04d}", f"{day.year:04d}-{day.month:02d}", day.isoformat())[level]
