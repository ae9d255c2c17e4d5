"""`loaded_heap_frozen`: the heap is frozen inside, unfrozen after, and nesting keeps the outer freeze."""

from __future__ import annotations

import gc

import pytest

from claimcheck.audit.heap import loaded_heap_frozen


def test_frozen_inside_and_unfrozen_after_even_on_error() -> None:
    assert gc.get_freeze_count() == 0
    with pytest.raises(RuntimeError), loaded_heap_frozen():
        assert gc.get_freeze_count() > 0
        with loaded_heap_frozen():
            assert gc.get_freeze_count() > 0
        assert gc.get_freeze_count() > 0  # the inner block left the outer freeze alone
        raise RuntimeError
    assert gc.get_freeze_count() == 0


def test_cycles_made_inside_are_still_collected() -> None:
    class Node:
        other: object = None

    with loaded_heap_frozen():
        first, second = Node(), Node()
        first.other, second.other = second, first
        del first, second
        assert gc.collect() >= 2
