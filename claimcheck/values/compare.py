"""`compare_values`: whether two values can both be true (compatible), cannot (incompatible), or cannot
be compared at all (different kinds, or units that do not convert).

Quantities are intervals: they are compatible when the intervals meet (`> 100 billion USD` and
`100 billion USD` do not: the first excludes 100 billion). A quantity without a unit compares with
any unit, on the numbers alone. Dates are compatible when their spans overlap (`2026-01` and
`2026`); categories when they are equal after normalisation and the settings' synonyms.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from claimcheck.values.canonical import format_value
from claimcheck.values.category import normalise_category
from claimcheck.values.context import ValueContext
from claimcheck.values.kinds import Category, DateValue, Quantity, Value

Outcome = Literal["compatible", "incompatible", "not-comparable"]

# Bounds closer than this (relative) touch: `~ 7` (6.3 × float rounding) still includes 6.3.
_SAME_BOUND = 1e-9


@dataclass(frozen=True)
class Comparison:
    """The outcome of comparing two values, with a reason an editor can read."""

    outcome: Outcome
    reason: str


def compare_values(a: Value, b: Value, ctx: ValueContext = ValueContext()) -> Comparison:
    """Compare two parsed values; see the module docstring for the rules."""
    if isinstance(a, Quantity) and isinstance(b, Quantity):
        return _compare_quantities(a, b)
    if isinstance(a, DateValue) and isinstance(b, DateValue):
        if a.span.overlaps(b.span):
            return Comparison("compatible", f"{a.span} and {b.span} overlap")
        return Comparison("incompatible", f"{a.span} and {b.span} do not overlap")
    if isinstance(a, Category) and isinstance(b, Category):
        left = normalise_category(a.text, ctx.category_synonyms)
        right = normalise_category(b.text, ctx.category_synonyms)
        if left == right:
            return Comparison("compatible", f"both are {left!r}")
        return Comparison("incompatible", f"{left!r} and {right!r} differ")
    return Comparison("not-comparable", f"{_kind(a)} and {_kind(b)} cannot be compared")


def _kind(value: Value) -> str:
    if isinstance(value, Quantity):
        return f"a quantity ({format_value(value)})"
    if isinstance(value, DateValue):
        return f"a date ({value.span})"
    return f"a category ({value.text!r})"


def _compare_quantities(a: Quantity, b: Quantity) -> Comparison:
    if a.unit is not None and b.unit is not None and a.unit != b.unit:
        return Comparison("not-comparable", f"{a.unit} and {b.unit} cannot be compared")
    left, right = _describe(a), _describe(b)
    if _meets(a, b):
        return Comparison("compatible", f"{left} and {right} overlap")
    return Comparison("incompatible", f"{left} and {right} do not overlap")


def _describe(quantity: Quantity) -> str:
    """The canonical text, with the interval spelled out where `~` hides it (`~ 45 project (40.5..49.5)`)."""
    if quantity.low == 0 or quantity.high == 0:
        return _description(quantity)  # 0.0 and -0.0 are equal but written differently (`0`, `-0`)
    return _description_cached(quantity)


def _description(quantity: Quantity) -> str:
    text = format_value(quantity)
    low, high = quantity.low, quantity.high
    if quantity.approximate and low is not None and high is not None and ".." not in text:
        return f"{text} ({low:g}..{high:g})"
    return text


# Comparisons describe the same few quantities over and over; equal quantities read the same.
_description_cached = lru_cache(maxsize=1 << 16)(_description)


def _meets(a: Quantity, b: Quantity) -> bool:
    return _below(a.low, a.low_inclusive, b.high, b.high_inclusive) and _below(
        b.low, b.low_inclusive, a.high, a.high_inclusive
    )


def _below(low: float | None, low_inclusive: bool, high: float | None, high_inclusive: bool) -> bool:
    """Whether a lower bound lies at or below an upper bound, so the two intervals can share a number."""
    if low is None or high is None or low < high:
        return True
    if low == high or math.isclose(low, high, rel_tol=_SAME_BOUND, abs_tol=0.0):
        # Touching ends meet only if both include the point; closeness forgives float rounding
        # (`~ 7` ends at 6.300000000000001) but never makes overlapping intervals apart.
        return low_inclusive and high_inclusive
    return False
