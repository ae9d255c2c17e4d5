"""Keep the cyclic garbage collector off the loaded repository while the audit works on it."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def loaded_heap_frozen() -> Iterator[None]:
    """Exempt every object alive on entry from garbage collection until exit.

    Why: at 100,000 claims the loaded repository is ~3 million tracked objects, and each full
    collection walks all of them (~0.8 s) although they live until the audit ends; the audit's
    own allocations (facts, propositions, findings) set off a dozen such walks. Frozen objects
    are still freed by reference counting; only cycles among them wait until exit. Objects made
    inside are collected as usual. A nested use freezes what was made since (the inputs, the
    facts) and leaves the unfreezing to the outermost one.
    """
    outermost = gc.get_freeze_count() == 0
    gc.freeze()
    try:
        yield
    finally:
        if outermost:
            gc.unfreeze()


@contextmanager
def collector_paused() -> Iterator[None]:
    """Switch the cyclic collector off inside (restored after): for phases that make millions of
    objects and no cycles worth finding, where each collection would walk the whole heap again.

    Inside `loaded_heap_frozen`, what was made meanwhile is frozen too on the way out: switched
    back on, the collector would find millions of new objects in its youngest generation and walk
    them all at the next allocation (~0.5 s at 100k claims), then again as they age. They are
    unfrozen with the rest when the outermost `loaded_heap_frozen` ends.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if gc.get_freeze_count() > 0:
            gc.freeze()
        if enabled:
            gc.enable()
