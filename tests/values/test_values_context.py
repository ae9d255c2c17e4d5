"""What the reading context changes: the source's date, the tolerance, the settings' synonyms."""

from __future__ import annotations

from claimcheck.timespan import TimeSpan
from claimcheck.values import (
    Category,
    DateValue,
    Quantity,
    ValueContext,
    compare_values,
    format_value,
    parse_value,
)


def test_relative_dates_follow_the_source_date() -> None:
    phrase = "im vergangenen Jahr"
    assert format_value(parse_value(phrase, ValueContext(reference=TimeSpan.parse("2024-10-15")))) == "2023"
    assert format_value(parse_value(phrase, ValueContext(reference=TimeSpan.parse("2020")))) == "2019"
    assert parse_value(phrase) == Category("im vergangenen jahr")


def test_the_tolerance_from_the_settings_widens_approximate_values() -> None:
    wide = parse_value("rund 60 Soldaten", ValueContext(tolerance=0.2))
    assert wide == Quantity(48.0, 72.0, True, True, "soldier", approximate=True)
    assert format_value(wide) == "~ 48..72 soldier"
    assert parse_value("rund 60 Soldaten") == Quantity(54.0, 66.0, True, True, "soldier", approximate=True)


def test_unit_synonyms_from_the_settings_name_new_count_nouns() -> None:
    ctx = ValueContext(unit_synonyms={"Videoschalten": "video call", "Videoschalte": "video call"})
    assert format_value(parse_value("drei Videoschalten", ctx)) == "3 video call"
    assert format_value(parse_value("3 video call", ctx)) == "3 video call"


def test_unit_synonyms_may_point_at_a_built_in_unit() -> None:
    ctx = ValueContext(unit_synonyms={"greenbacks": "Dollar", "dekaden": "decade"})
    assert format_value(parse_value("5 Greenbacks", ctx)) == "5 USD"
    assert format_value(parse_value("drei Dekaden", ctx)) == "30 year"


def test_category_synonyms_from_the_settings_are_applied_after_normalising() -> None:
    ctx = ValueContext(category_synonyms={"Telefonat": "Phone Call", "„Telefongespräch“": "phone call"})
    assert parse_value("TELEFONAT", ctx) == Category("phone call")
    assert parse_value("Telefongespräch", ctx) == Category("phone call")
    assert compare_values(parse_value("Telefonat", ctx), Category("phone call"), ctx).outcome == "compatible"


def test_a_context_built_from_plain_dicts_is_hashable_and_equal_to_its_twin() -> None:
    first = ValueContext(TimeSpan.parse("2024-10-15"), 0.1, {"a": "b"}, {"x": "y"})
    second = ValueContext(TimeSpan.parse("2024-10-15"), 0.1, {"a": "b"}, {"x": "y"})
    assert first == second and hash(first) == hash(second)
    assert {first: 1}[second] == 1


def test_the_same_text_in_two_contexts_is_read_twice() -> None:
    june_2022 = parse_value("im Juni", ValueContext(reference=TimeSpan.parse("2022-12-20")))
    june_2023 = parse_value("im Juni", ValueContext(reference=TimeSpan.parse("2023-12-20")))
    assert (june_2022, june_2023) == (DateValue(TimeSpan.month(2022, 6)), DateValue(TimeSpan.month(2023, 6)))


def test_a_category_is_shown_as_written_but_compared_normalised() -> None:
    written, other = parse_value("Sergei Shoigu"), parse_value("sergei  SHOIGU")
    assert format_value(written) == "Sergei Shoigu"
    assert written == other
    synonym = parse_value("Telefonat", ValueContext(category_synonyms={"Telefonat": "phone call"}))
    assert format_value(synonym) == "phone call"
