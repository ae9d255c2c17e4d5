"""Claim values: parse (`parse_value`), compare (`compare_values`) and write back (`format_value`)."""

from claimcheck.values.canonical import format_value
from claimcheck.values.compare import Comparison, compare_values
from claimcheck.values.context import ValueContext
from claimcheck.values.errors import ValueParseError
from claimcheck.values.kinds import Category, DateValue, Quantity, Value
from claimcheck.values.parse import parse_value

__all__ = [
    "Category",
    "Comparison",
    "DateValue",
    "Quantity",
    "Value",
    "ValueContext",
    "ValueParseError",
    "compare_values",
    "format_value",
    "parse_value",
]
