"""`build_claim` and `build_meta` give pydantic's models, or leave the entry to pydantic."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from claimcheck.fast_model import build_claim, build_meta
from claimcheck.model import Claim, SourceMeta

_ANY = st.sampled_from(
    [None, "", " ", "x", 5, 0.5, 1, True, [], ["a"], [1], {}, {"name": "A"}, dt.date(2026, 1, 2), "2026-13"]
)
_CLAIM_VALUES: dict[str, list[Any]] = {
    "id": ["a-1", "A-1", "a-1\n", "-a", "é", 7],
    "source": ["s-1", "", 3],
    "quote": ["Words.", ""],
    "claim": ["A claim.", ""],
    "about": ["a/b.c_d", "A/b", "", None],
    "value": ["60 percent", 60, 1.5, True, dt.date(2026, 1, 1), None],
    "when": [
        "2026",
        "2026-01",
        "2026-01-15",
        "2025-10/2025-12",
        " 2026 ",
        "2026-02-30",
        2026,
        dt.date(2026, 3, 1),
    ],
    "said_by": ["Ana", "", {"name": "Ana", "role": "minister"}, {"name": "Ana", "org": None}, {"role": "x"}],
    "via": [["AFP"], [], "AFP", [1], None],
    "stance": ["asserts", "denies", "Asserts", None],
    "confidence": ["high", " Low ", "sure", 0.5, 1.5, 1, float("nan"), None, True],
    "rank": ["normal", "preferred", "deprecated", "top", None],
    "note": ["n", None, 5],
    "tags": [["x"], [], "x", None],
    "review": [None, {"rating": "False"}],
    "extra": ["x"],
}
_REQUIRED = {"id": "a-1", "source": "s-1", "quote": "Words.", "claim": "A claim."}


@st.composite
def _entries(draw: Any, values: dict[str, list[Any]], required: dict[str, Any]) -> dict[str, Any]:
    entry = {key: value for key, value in required.items() if draw(st.integers(0, 9))}
    for key in draw(st.lists(st.sampled_from(sorted(values)), max_size=6)):
        entry[key] = draw(st.one_of(st.sampled_from(values[key]), _ANY))
    return entry


def _agree(built: Any, model: type[Any], entry: dict[str, Any]) -> None:
    try:
        validated = model.model_validate(entry)
    except ValidationError:
        assert built is None
        return
    if built is None:
        return  # left to pydantic: always allowed
    assert built == validated
    assert built.model_fields_set == validated.model_fields_set
    assert list(built.__dict__) == list(validated.__dict__)
    assert [type(value) for value in built.__dict__.values()] == [
        type(value) for value in validated.__dict__.values()
    ]


@settings(max_examples=1500, deadline=None)
@given(_entries(_CLAIM_VALUES, _REQUIRED))
def test_a_claim_is_built_as_pydantic_builds_it(entry: dict[str, Any]) -> None:
    _agree(build_claim(entry), Claim, entry)


_META_VALUES: dict[str, list[Any]] = {
    "title": ["T", 5, None],
    "outlet": ["The Paper", None],
    "url": ["https://example.org/a", "ftp://x", "https:// x", None],
    "published": ["2026-01-02", "2026", "x", dt.date(2026, 1, 1), 2026, None],
    "language": ["en", None],
    "authors": [["A"], [], "A", [1]],
    "credits": [["AP"], None],
    "retrieved": ["2026-01-03", None],
    "sha256": ["a" * 64, "A" * 64, "a", None],
    "note": ["n", None],
    "other": ["x"],
}


@settings(max_examples=800, deadline=None)
@given(_entries(_META_VALUES, {}))
def test_front_matter_is_built_as_pydantic_builds_it(data: dict[str, Any]) -> None:
    _agree(build_meta(data), SourceMeta, data)


def test_the_usual_claim_skips_pydantic() -> None:
    entry = {**_REQUIRED, "when": "2026-01", "said_by": {"name": "Ana"}, "tags": ["x"], "confidence": "high"}
    built = build_claim(entry)
    assert built is not None
    assert built == Claim.model_validate(entry)
    again = build_claim(dict(entry))
    assert again is not None and again.said_by is built.said_by  # people and dates are shared
