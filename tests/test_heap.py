"""`loaded_heap_frozen` and `collector_paused`: what is frozen when, and what is unfrozen after."""

from __future__ import annotations

import gc

import pytest

from claimcheck.audit.heap import collector_paused, loaded_heap_frozen


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


def test_what_a_paused_phase_made_is_frozen_with_the_loaded_heap() -> None:
    """Switched back on, the collector must not find the paused phase's objects in its youngest
    generation (at 100k claims it walked millions of them again, ~1 s in all)."""
    with loaded_heap_frozen():
        before = gc.get_freeze_count()
        with collector_paused():
            made = [[number] for number in range(10_000)]
            assert not gc.isenabled()
        assert gc.isenabled()
        assert gc.get_freeze_count() >= before + len(made)
    assert gc.get_freeze_count() == 0
    assert len(made) == 10_000


def test_a_paused_phase_outside_the_loaded_heap_freezes_nothing() -> None:
    with collector_paused():
        made = [[number] for number in range(1_000)]
    assert gc.isenabled() and gc.get_freeze_count() == 0
    assert len(made) == 1_000
