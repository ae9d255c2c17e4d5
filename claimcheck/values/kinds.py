"""The three kinds of value a claim can carry: a `Quantity`, a `DateValue` or a `Category`."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from claimcheck.timespan import TimeSpan


@dataclass(frozen=True)
class Quantity:
    """An interval of numbers in one unit: `> 60 project` is the open interval (60, ∞) of projects.

    `low`/`high` of None leave that side unbounded (an unbounded side is never inclusive). `unit` is
    canonical (`USD`, `percent`, `year`, a count noun's English singular such as `project`) or None.
    `approximate` records that the writer hedged (`~`, rund, about); the tolerance is already applied
    to the bounds, so comparisons only look at the interval.
    """

    low: float | None
    high: float | None
    low_inclusive: bool = True
    high_inclusive: bool = True
    unit: str | None = None
    approximate: bool = False

    def __post_init__(self) -> None:
        low, high = self.low, self.high
        if (
            type(low) is float
            and type(high) is float
            and math.isfinite(low)
            and math.isfinite(high)
            and (low < high or (low == high and self.low_inclusive and self.high_inclusive))
        ):
            return  # the common case, valid as it stands (the checks below would pass it unchanged)
        for name in ("low", "high"):
            bound = getattr(self, name)
            if bound is None:
                object.__setattr__(self, f"{name}_inclusive", False)
                continue
            if type(bound) is float and math.isfinite(bound):
                continue
            if isinstance(bound, bool) or not isinstance(bound, int | float):
                raise TypeError(f"Quantity.{name} must be a number or None, not {bound!r}")
            if not math.isfinite(bound):
                raise ValueError(f"Quantity.{name} must be finite, not {bound!r}")
            object.__setattr__(self, name, float(bound))
        if self.low is None and self.high is None:
            raise ValueError("a Quantity needs at least one bound")
        if self.low is not None and self.high is not None:
            if self.low > self.high:
                raise ValueError(f"Quantity bounds are reversed: {self.low} > {self.high}")
            if self.low == self.high and not (self.low_inclusive and self.high_inclusive):
                raise ValueError(f"Quantity ({self.low}, {self.high}) is empty: a point must be inclusive")

    @classmethod
    def point(cls, number: float, unit: str | None = None) -> Quantity:
        """Exactly `number` (`= 60 project`)."""
        return cls(number, number, True, True, unit)

    @property
    def is_point(self) -> bool:
        return self.low is not None and self.low == self.high


@dataclass(frozen=True)
class DateValue:
    """A date or period (`2023-11-08`, `2026-01`, `2025-10/2025-12`) at the precision the text gives."""

    span: TimeSpan


@dataclass(frozen=True)
class Category:
    """Any other value (`videoconference`, `dong jun`), normalised: casefolded, whitespace and quotes
    tidied, the settings' synonyms applied.

    `shown` keeps the spelling a person wrote (`Dong Jun`), for reports; it takes no part in
    equality, so two spellings of one category are still equal.
    """

    text: str
    shown: str = field(default="", compare=False)


Value = Quantity | DateValue | Category
