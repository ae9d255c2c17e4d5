"""Dates of reduced precision and periods: parsing, overlap, canonical text."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.timespan import Precision, TimeSpan, TimeSpanError


@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        ("2026", "2026-01-01", "2026-12-31", Precision.YEAR),
        ("2026-02", "2026-02-01", "2026-02-28", Precision.MONTH),
        ("2024-02", "2024-02-01", "2024-02-29", Precision.MONTH),
        ("2023-11-08", "2023-11-08", "2023-11-08", Precision.DAY),
        ("2025-10/2025-12", "2025-10-01", "2025-12-31", Precision.PERIOD),
        ("2022-06-15/2022-09-30", "2022-06-15", "2022-09-30", Precision.PERIOD),
        ("2022/2023", "2022-01-01", "2023-12-31", Precision.PERIOD),
    ],
)
def test_parse_gives_the_inclusive_days(text: str, start: str, end: str, precision: Precision) -> None:
    span = TimeSpan.parse(text)
    assert (span.start.isoformat(), span.end.isoformat(), span.precision) == (start, end, precision)
    assert str(span) == text


@pytest.mark.parametrize("text", ["2026-13", "2023-02-30", "26", "2026/2025", "yesterday", "2026-1-5", ""])
def test_bad_dates_are_errors_with_a_hint(text: str) -> None:
    with pytest.raises(TimeSpanError) as info:
        TimeSpan.parse(text)
    assert info.value.hint


def test_a_month_overlaps_its_days_and_its_year_but_not_the_next_month() -> None:
    january = TimeSpan.parse("2026-01")
    assert january.overlaps(TimeSpan.parse("2026-01-15"))
    assert january.overlaps(TimeSpan.parse("2026"))
    assert not january.overlaps(TimeSpan.parse("2026-02"))


@given(st.dates(min_value=dt.date(1000, 1, 1)), st.dates(min_value=dt.date(1000, 1, 1)))
def test_period_text_round_trips(a: dt.date, b: dt.date) -> None:
    first, last = min(a, b), max(a, b)
    span = TimeSpan(first, last, Precision.PERIOD)
    again = TimeSpan.parse(str(span))
    assert (again.start, again.end) == (first, last)
