"""`format_value`: the canonical text of a value, which `parse_value` reads back as the same value.

Quantities: `60 project`, `> 60 project`, `<= 5 percent`, `~ 45 project` (±10%), `60..70 project`,
`60..<70` (upper end open), `100 billion USD`, durations in the handiest of year/month/week/day
(`30 year`, `1 week`), and `= 2026` for a unit-less number that would otherwise read as a year.
Dates: `2023-11-08`, `2026-01`, `2026`, `2025-10/2025-12`. Categories: their normalised text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimcheck.values.kinds import Category, DateValue, Quantity, Value
from claimcheck.values.numbers import format_number, format_scaled
from claimcheck.values.quantity import parse_quantity
from claimcheck.values.units import DAYS_PER_YEAR, YEAR

DEFAULT_TOLERANCE = 0.10
_LOOKS_LIKE_A_YEAR = re.compile(r"^\d{4}$")


def format_value(value: Value) -> str:
    """The canonical text of `value` (see the module docstring)."""
    if isinstance(value, DateValue):
        return str(value.span)
    if isinstance(value, Category):
        return value.shown or value.text
    return format_quantity(value)


def format_quantity(quantity: Quantity) -> str:
    """The canonical text of `quantity`, remembered per value: the audit asks for it many times."""
    if quantity.low == 0 or quantity.high == 0:
        # 0.0 and -0.0 are equal (so one cache entry) but are written differently (`0`, `-0`).
        return _format_quantity(quantity)
    return _format_cached(quantity)


def _format_quantity(quantity: Quantity) -> str:
    if quantity.approximate and quantity.low is not None and quantity.high is not None:
        centred = _as_tolerance_band(quantity)
        if centred is not None:
            return centred
    prefix = "~ " if quantity.approximate else ""
    low, high = quantity.low, quantity.high
    if low is not None and high is not None:
        if low == high and not quantity.approximate:
            text = _amount([low], quantity.unit)
            return f"= {text}" if _LOOKS_LIKE_A_YEAR.match(text) else text
        numbers, unit = _amounts([low, high], quantity.unit)
        left = "<.." if not quantity.low_inclusive else ".."
        joiner = left + ("<" if not quantity.high_inclusive else "")
        return f"{prefix}{numbers[0]}{joiner}{numbers[1]}{unit}"  # `60..70 billion USD`: one scale
    if low is not None:
        op = ">=" if quantity.low_inclusive else ">"
        return f"{prefix}{op} {_amount([low], quantity.unit)}"
    assert high is not None
    op = "<=" if quantity.high_inclusive else "<"
    return f"{prefix}{op} {_amount([high], quantity.unit)}"


# Equal quantities (all fields equal, no zero bounds) have the same text, so one entry serves each.
_format_cached = lru_cache(maxsize=1 << 16)(_format_quantity)


def _as_tolerance_band(quantity: Quantity) -> str | None:
    """`~ 45 project` when the bounds are exactly 45 ± 10%, the tolerance `~` stands for by default."""
    low, high = quantity.low, quantity.high
    assert low is not None and high is not None
    guesses = {(low + high) / 2, low / (1 - DEFAULT_TOLERANCE), high / (1 + DEFAULT_TOLERANCE)}
    guesses |= {high / (1 - DEFAULT_TOLERANCE), low / (1 + DEFAULT_TOLERANCE)}
    guesses |= {float(f"{guess:.15g}") for guess in guesses} | {float(f"{guess:.12g}") for guess in guesses}
    for centre in sorted(guesses, key=lambda guess: len(repr(guess))):
        bounds = sorted((centre * (1 - DEFAULT_TOLERANCE), centre * (1 + DEFAULT_TOLERANCE)))
        if bounds != [low, high]:
            continue
        text = f"~ {_amount([centre], quantity.unit)}"
        if parse_quantity(text) == quantity:
            return text
    return None


def _amount(numbers: list[float], unit: str | None) -> str:
    texts, unit_text = _amounts(numbers, unit)
    return texts[0] + unit_text


def _amounts(numbers: list[float], unit: str | None) -> tuple[list[str], str]:
    """The numbers as text plus ` unit`; durations in the largest exact one of year/month/week/day/hour."""
    if unit != YEAR:
        return _scaled(numbers), f" {unit}" if unit else ""
    texts = [format_number(number) for number in numbers]
    if (
        all("e" in text or len(text.partition(".")[2]) <= 2 for text in texts)
        or max(map(abs, numbers)) > 1e12
    ):
        return texts, f" {YEAR}"
    for name, factor, divisor in (
        ("month", 1.0, 12.0),
        ("week", 7.0, DAYS_PER_YEAR),
        ("day", 1.0, DAYS_PER_YEAR),
        ("hour", 1.0, DAYS_PER_YEAR * 24),
    ):
        counts = [round(number * divisor / factor) for number in numbers]
        if all(count * factor / divisor == number for count, number in zip(counts, numbers, strict=True)):
            return [format_number(float(count)) for count in counts], f" {name}"
    return texts, f" {YEAR}"


def _scaled(numbers: list[float]) -> list[str]:
    """One number with its scale word (`100 billion`); a range with one scale after its second end
    (`60..70 billion`), which the reader applies to both ends; or both ends without a scale."""
    texts = [format_scaled(number) for number in numbers]
    if len(texts) == 1:
        return texts
    scales = [text.partition(" ")[2] for text in texts]
    if scales[0] == scales[1] != "":
        return [texts[0].partition(" ")[0], texts[1]]
    if scales[1] == "":
        return texts  # a scale on the first end alone is not carried over to the second
    return [format_number(number) for number in numbers]
