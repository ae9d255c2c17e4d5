"""The phrasings table: each value as sources write it reads as its canonical value; malformed ones fail
with a position and a hint."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from claimcheck.timespan import TimeSpan
from claimcheck.values import (
    Category,
    DateValue,
    Quantity,
    ValueContext,
    ValueParseError,
    format_value,
    parse_value,
)

TABLE = yaml.safe_load((Path(__file__).parent / "phrasings.yaml").read_text(encoding="utf-8"))
KINDS = {"quantity": Quantity, "date": DateValue, "category": Category}


def _context(case: dict[str, Any]) -> ValueContext:
    ref = case.get("ref")
    return ValueContext(reference=TimeSpan.parse(str(ref)) if ref is not None else None)


def _id(case: dict[str, Any]) -> str:
    return f"{case['text']}@{case['ref']}" if "ref" in case else str(case["text"])


@pytest.mark.parametrize("case", TABLE["phrasings"], ids=_id)
def test_phrasing_reads_as_its_canonical_value(case: dict[str, Any]) -> None:
    value = parse_value(case["text"], _context(case))
    # A category compares by its normalised text; it is shown as written.
    canonical = value.text if isinstance(value, Category) else format_value(value)
    assert (canonical, type(value)) == (case["expect"], KINDS[case["kind"]])


@pytest.mark.parametrize("case", [c for c in TABLE["phrasings"] if c["kind"] != "category"], ids=_id)
def test_canonical_value_reads_back_as_the_same_value(case: dict[str, Any]) -> None:
    ctx = _context(case)
    value = parse_value(case["text"], ctx)
    assert parse_value(format_value(value), ctx) == value


@pytest.mark.parametrize("case", TABLE["errors"], ids=_id)
def test_malformed_value_is_reported_where_it_goes_wrong(case: dict[str, Any]) -> None:
    with pytest.raises(ValueParseError) as caught:
        parse_value(case["text"])
    error = caught.value
    assert case["says"] in error.message
    assert error.position == case["position"]
    assert error.hint  # every error tells how to write the value instead


def test_the_table_covers_enough_real_phrasings() -> None:
    phrasings = TABLE["phrasings"]
    assert len(phrasings) >= 150
    assert {case["kind"] for case in phrasings} == set(KINDS)
    seeds = [case["text"] for case in phrasings if "seed" in case]
    for required in (
        "Über 60 laufende Projekte",
        "mehr als 100 Milliarden Dollar",
        "der vergangenen drei Jahrzehnte",
        "in den vergangenen zweieinhalb Jahren",
        "im vergangenen Jahr",
        "am Mittwoch (15. Juni)",
        "Anfang des Jahres",
        "im Oktober 2025",
        "Der 70-Jährige",
        "8. November 2023",
        "eine Woche vor",
        "ihrer ersten fünf Mitglieder",
    ):
        assert required in seeds
