"""Attribution cases (tests/extract/attribution_cases.yaml): said_by and via in German and English."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from claimcheck.extract.attribution import attribute_units
from claimcheck.extract.sentences import split_units

CASES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "attribution_cases.yaml").read_text("utf-8")
)


def _body(case: dict[str, Any]) -> str:
    before = case.get("before") or ""
    if before and not before.endswith("\n"):
        before += " "
    return before + case["sentence"]


@pytest.mark.parametrize("case", CASES, ids=[case["name"] for case in CASES])
def test_attribution_case(case: dict[str, Any]) -> None:
    units = split_units(_body(case))
    attribution = attribute_units(units)[-1]
    assert units[-1].text.strip() in case["sentence"].strip().lstrip("• ")
    expected = case["said_by"]
    if expected is None:
        assert attribution.said_by is None
    else:
        assert attribution.said_by is not None, "no speaker found"
        if isinstance(expected, str):
            expected = {"name": expected}
        found = attribution.said_by.model_dump()
        assert {key: found[key] for key in expected} == expected
    assert list(attribution.via) == case["via"]


def test_every_case_has_a_unique_name_and_both_languages_are_covered() -> None:
    names = [case["name"] for case in CASES]
    assert len(names) == len(set(names))
    assert sum(name.startswith("de-") for name in names) >= 20
    assert sum(name.startswith("en-") for name in names) >= 8
