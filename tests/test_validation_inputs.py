"""Prepared inputs: restored from the cache exactly as computed; compact anchors; memoised value texts."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.anchor import Anchor, AnchorKind, TextQuoteSelector, anchor_quote, prepare_text
from claimcheck.cache import Cache
from claimcheck.engine import open_repository
from claimcheck.input_context import InputContext
from claimcheck.validation import prepare_inputs
from claimcheck.values import Quantity, compare_values, format_value, parse_value
from tests.conftest import copy_bundled_corpus


def _plain(ctx: InputContext) -> tuple[object, ...]:
    anchors = [
        None if anchor is None else (repr(anchor), anchor.found, anchor.selector) for anchor in ctx.anchors
    ]
    values = [repr(value) for value in ctx.values]
    errors = sorted((index, str(error)) for index, error in ctx.value_errors.items())
    return anchors, values, errors


def test_inputs_restored_from_the_cache_equal_the_computed_ones(tmp_path: Path) -> None:
    root = copy_bundled_corpus(tmp_path)
    computed = prepare_inputs(open_repository(root))
    cache = Cache(root)
    cold = prepare_inputs(open_repository(root, cache=cache), cache=cache)
    warm_cache = Cache(root)
    warm = prepare_inputs(open_repository(root, cache=warm_cache), cache=warm_cache)
    assert warm_cache.hits > 0 and warm_cache.misses == 0
    assert _plain(computed) == _plain(cold) == _plain(warm)
    assert any(anchor is not None and anchor.found for anchor in warm.anchors)


def test_an_anchor_cut_from_its_body_equals_one_holding_its_text() -> None:
    body = "Vorspann. Peking und Moskau vertiefen die Zusammenarbeit auf höchstem Niveau. Nachsatz."
    anchor = anchor_quote("Peking und Moskau vertiefen", prepare_text(body))
    start, end = body.index("Peking"), body.index(" die")
    selector = TextQuoteSelector(body[start:end], body[:start], body[end : end + 32])
    eager = Anchor(AnchorKind.EXACT, start, end, 1, start + 1, 100.0, body[start:end], selector)
    assert anchor == eager and hash(anchor) == hash(eager) and repr(anchor) == repr(eager)
    assert anchor.found == "Peking und Moskau vertiefen" and anchor.selector == selector
    with pytest.raises(AttributeError):
        anchor.start = 0  # type: ignore[misc]


def test_a_long_body_finds_lines_through_its_index() -> None:
    body = "Zeile\n" * 20_000 + "Peking und Moskau"
    anchor = anchor_quote("Moskau", prepare_text(body))
    assert (anchor.line, anchor.column) == (20_001, 12)


def test_remembered_quantity_texts_keep_the_sign_of_zero() -> None:
    # 0.0 and -0.0 are equal, so equal quantities, but `(-0..-0)` and `(0..0)` are written apart.
    one = Quantity.point(1.0)
    for _ in range(2):  # the second round is answered from memory, where there is one
        negative = compare_values(Quantity(-0.0, -0.0, approximate=True), one)
        positive = compare_values(Quantity(0.0, 0.0, approximate=True), one)
        assert negative.reason == "~ 0 (-0..-0) and 1 do not overlap"
        assert positive.reason == "~ 0 (0..0) and 1 do not overlap"
        band = parse_value("rund 45 Projekte")
        assert format_value(band) == "~ 45 project"
        comparison = compare_values(band, Quantity.point(50, "project"))
        assert comparison.reason == "~ 45 project (40.5..49.5) and 50 project do not overlap"
