"""The comparisons table: which pairs of values a conflict check sees as compatible, incompatible or not
comparable, and the reason the report shows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from claimcheck.timespan import TimeSpan
from claimcheck.values import ValueContext, compare_values, parse_value

CASES = yaml.safe_load((Path(__file__).parent / "comparisons.yaml").read_text(encoding="utf-8"))


def _flatten(groups: dict[str, list[str]]) -> dict[str, str]:
    """As the settings give them: `{canonical: [other, …]}` → `{other: canonical}`."""
    return {other.casefold(): canonical for canonical, others in groups.items() for other in others}


def _context(case: dict[str, Any]) -> ValueContext:
    ref = case.get("ref")
    return ValueContext(
        reference=TimeSpan.parse(str(ref)) if ref is not None else None,
        tolerance=case.get("tolerance", 0.10),
        unit_synonyms=_flatten(case.get("units", {})),
        category_synonyms=_flatten(case.get("synonyms", {})),
    )


@pytest.mark.parametrize("case", CASES, ids=lambda case: f"{case['a']} vs {case['b']}")
def test_values_compare_as_a_fact_checker_expects(case: dict[str, Any]) -> None:
    ctx = _context(case)
    a, b = parse_value(case["a"], ctx), parse_value(case["b"], ctx)
    forward, backward = compare_values(a, b, ctx), compare_values(b, a, ctx)
    assert forward.outcome == case["outcome"], forward.reason
    assert backward.outcome == forward.outcome  # the order of two claims never matters
    assert case.get("says", "") in forward.reason
    assert forward.reason


def test_there_are_cases_of_every_outcome() -> None:
    assert {case["outcome"] for case in CASES} == {"compatible", "incompatible", "not-comparable"}
