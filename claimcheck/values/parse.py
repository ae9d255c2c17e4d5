"""`parse_value`: read a claim's value as a date, a quantity or a category, in that order of trust."""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from claimcheck.values.category import normalise_category
from claimcheck.values.context import ValueContext
from claimcheck.values.dates import parse_canonical_date, parse_digit_date, parse_natural_date
from claimcheck.values.errors import ValueParseError
from claimcheck.values.kinds import Category, DateValue, Value
from claimcheck.values.quantity import parse_canonical_quantity, parse_quantity

# Natural date phrases are short; longer text is not tried as one (and stays cheap to reject).
_MAX_DATE_PHRASE = 120
_QUOTES = "\"'„“”‚‘’«»‹›"


def parse_value(text: str, ctx: ValueContext = ValueContext()) -> Value:
    """Read `text`: the canonical date grammar (`2023-11-08`, `2026`, `2025-10/2025-12`), then a
    quantity (canonical or a news phrase: `> 60 project`, `über 60 Projekte`), then a date phrase
    (`im vergangenen Jahr`, against `ctx.reference`), else a category.

    Raises `ValueParseError` only for text that sets out to be a quantity or a date and is malformed
    (`> abc`, `60..`, `1.2.3,4 USD`, `2023-13-01`). Results are cached per (text, ctx).
    """
    result = _parse_cached(text, ctx)
    if isinstance(result, _Failure):
        raise ValueParseError(result.message, result.position, result.hint)
    return result


class _Failure:
    """A cached parse error: raised afresh each time, so tracebacks do not pile up on one instance."""

    __slots__ = ("hint", "message", "position")

    def __init__(self, error: ValueParseError) -> None:
        self.message, self.position, self.hint = error.message, error.position, error.hint


@lru_cache(maxsize=1 << 16)
def _parse_cached(text: str, ctx: ValueContext) -> Value | _Failure:
    read = _read_without_reference(text, ctx.unit_synonyms, ctx.tolerance)
    if read is not None:
        return read
    try:
        return _read_with_reference(text, ctx)
    except ValueParseError as error:
        return _Failure(error)


@lru_cache(maxsize=1 << 16)
def _read_without_reference(
    text: str, unit_synonyms: Mapping[str, str], tolerance: float
) -> Value | _Failure | None:
    """The readings that do not depend on the source's date or the category synonyms (dates in the
    canonical or digit grammar, quantities), cached apart: many sources share a value's text.
    None: `text` is none of those, nor an error."""
    core = text.strip().strip(_QUOTES).strip()  # `„60 Projekte“` is read as `60 Projekte`
    offset = text.find(core) if core else 0
    try:
        span = parse_canonical_date(core)
        if span is not None:
            return DateValue(span)
        quantity = parse_canonical_quantity(core, unit_synonyms, tolerance)
        if quantity is not None:
            return quantity
        span = parse_digit_date(core)
        if span is not None:
            return DateValue(span)
        return parse_quantity(core, unit_synonyms, tolerance)
    except ValueParseError as error:
        return _Failure(ValueParseError(error.message, error.position + offset, error.hint))


def _read_with_reference(text: str, ctx: ValueContext) -> Value:
    """A date phrase against the source's date (`im vergangenen Jahr`), else a category."""
    core = text.strip().strip(_QUOTES).strip()
    if len(core) <= _MAX_DATE_PHRASE:
        span = parse_natural_date(core, ctx.reference)
        if span is not None:
            return DateValue(span)
    normalised = normalise_category(text, ctx.category_synonyms)
    # Show the writer's spelling unless a synonym replaced it with the canonical form.
    plain = normalise_category(text)
    shown = " ".join(text.split()).strip(" .,;:!?\"'„“”«»") if plain == normalised else normalised
    return Category(normalised, shown if normalise_category(shown) == normalised else "")
