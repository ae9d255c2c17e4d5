"""Property tests: any quantity survives format → parse; no text makes the parser fail other than with
`ValueParseError`; comparisons do not depend on the order of the two claims.

The number of examples comes from `CLAIMCHECK_FUZZ_EXAMPLES` (default 200; `make fuzz` runs 20,000).
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck.timespan import TimeSpan
from claimcheck.values import (
    Category,
    Quantity,
    ValueContext,
    ValueParseError,
    compare_values,
    format_value,
    parse_value,
)
from claimcheck.values.quantity import parse_canonical_quantity, parse_quantity

EXAMPLES = int(os.environ.get("CLAIMCHECK_FUZZ_EXAMPLES", "200"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])

UNITS = [
    None,
    "USD",
    "EUR",
    "RUB",
    "CNY",
    "percent",
    "percentage point",
    "year",
    "project",
    "soldier",
    "member",
    "call",
    "EUR per month",
    "venture",
    "rüstungsvorhaben",
]
numbers = st.floats(allow_nan=False, allow_infinity=False) | st.integers(-(10**15), 10**15).map(float)


@st.composite
def quantities(draw: st.DrawFn) -> Quantity:
    unit = draw(st.sampled_from(UNITS))
    approximate = draw(st.booleans())
    first = draw(numbers)
    shape = draw(st.sampled_from(["point", "above", "below", "range"]))
    if shape == "point":
        return Quantity(first, first, True, True, unit, approximate)
    if shape == "above":
        return Quantity(first, None, draw(st.booleans()), False, unit, approximate)
    if shape == "below":
        return Quantity(None, first, False, draw(st.booleans()), unit, approximate)
    low, high = sorted((first, draw(numbers)))
    if low == high:
        return Quantity(low, high, True, True, unit, approximate)
    return Quantity(low, high, draw(st.booleans()), draw(st.booleans()), unit, approximate)


# Text that looks like values: news words, numbers in both languages' formats, operators.
VALUE_WORDS = str.split(
    "über mehr als rund etwa knapp bis zwischen und mindestens 60 1.000 1,5 2,5 100 1e11 Mio. Milliarden "
    "Billion billion bn $ € % Prozent Projekte projects Jahre Jahrzehnte Woche im am vor seit vergangenen "
    "Juni 15. Mittwoch ( ) Anfang des Jahres Herbst last year ago .. ..< <.. ~ > >= < <= = - – zweieinhalb "
    "a third half million Dutzend keine pro Monat 2026 2023-11-08 2025-10/2025-12 8. November"
)
value_like = st.lists(st.sampled_from(VALUE_WORDS), max_size=7).map(" ".join)
any_text = st.text() | value_like | st.text(alphabet="0123456789.,-~<>=$€% aeijmnoprsuüJMT/()")
references = st.none() | st.sampled_from(["2022-06-15", "2024-10", "2023", "0001-01-01", "9999-12-31"])


@FUZZ
@given(quantities())
def test_property_any_quantity_reads_back_from_its_canonical_text(quantity: Quantity) -> None:
    text = format_value(quantity)
    assert parse_value(text) == quantity, text


@FUZZ
@given(any_text, references)
def test_fuzz_no_text_makes_the_parser_fail_but_with_a_parse_error(text: str, reference: str | None) -> None:
    ctx = ValueContext(reference=TimeSpan.parse(reference) if reference else None)
    try:
        value = parse_value(text, ctx)
    except ValueParseError as error:
        assert 0 <= error.position <= len(text)
        assert error.message and error.hint
        return
    if isinstance(value, Quantity):
        assert parse_value(format_value(value), ctx) == value
    if isinstance(value, Category):
        assert value.text == value.text.strip()


@FUZZ
@given(quantities(), quantities())
def test_property_comparing_two_quantities_does_not_depend_on_their_order(a: Quantity, b: Quantity) -> None:
    assert compare_values(a, b).outcome == compare_values(b, a).outcome


@FUZZ
@given(quantities())
def test_property_a_quantity_agrees_with_itself(quantity: Quantity) -> None:
    assert compare_values(quantity, quantity).outcome == "compatible"


@FUZZ
@given(quantities() | any_text)
def test_property_the_fast_path_reads_text_as_the_full_reader_does(item: Quantity | str) -> None:
    text = format_value(item) if isinstance(item, Quantity) else item
    fast = parse_canonical_quantity(text)
    if fast is not None:
        assert fast == parse_quantity(text), text
