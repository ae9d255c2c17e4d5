"""Cache entries written by a forked process while the audit works on (a cold run's second core).

Turning 100k claims, their anchors, values and text features into JSON and writing 300 files is
~4 s of a cold audit's ~27 s, and none of the audit needs it. So while writes are deferred
(`Cache.writes_deferred`), `Cache.put_later` only notes what to store and how to make it; at a
hand-over point (`Cache.write_pending_in_background`) a child is forked that builds and writes
those entries from its copy of memory, and the audit goes on. The copy is the fork's: the
objects an entry is made from are not changed after they are noted, so the child sees them as
they were.

Nothing depends on the child succeeding: each entry is written atomically, so a child that dies
leaves misses, never half an entry. The parent waits for its children before it returns, so a
run that ends has written its cache. Where there is no `fork` (Windows), or too little to write
to be worth a process, entries are written in this process, as without deferral.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from claimcheck.forked import ForkedCall, start_forked

# Fewer claims than this behind the pending entries are written here: a fork costs milliseconds.
BACKGROUND_MIN_CLAIMS = 5_000
# With more claims than this pending, hand them over at once: what some entries are made from
# (text features) is kept alive only for them, and at a million claims that would not fit.
HAND_OVER_CLAIMS = 200_000

Store = Callable[[str, str, Any], None]  # kind, key, plain data → written


class PendingEntry:
    """One entry to write: its kind, its key, and how to make its plain data."""

    __slots__ = ("claims", "key", "kind", "make")

    def __init__(self, kind: str, key: str, make: Callable[[], Any], claims: int) -> None:
        self.kind, self.key, self.make, self.claims = kind, key, make, claims


class BackgroundWriter:
    """Entries noted while deferred, and the forked child writing the last batch of them."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.pending: list[PendingEntry] = []
        self.pending_claims = 0
        self.child: ForkedCall[None] | None = None

    def note(self, entry: PendingEntry) -> None:
        self.pending.append(entry)
        self.pending_claims += entry.claims
        if self.pending_claims >= HAND_OVER_CLAIMS:
            self.hand_over()

    def hand_over(self) -> None:
        """Write the pending entries in a forked child (here, if too few or if fork fails)."""
        pending, claims = self.pending, self.pending_claims
        self.pending, self.pending_claims = [], 0
        if not pending:
            return
        if claims < BACKGROUND_MIN_CLAIMS:
            self._write(pending)
            return
        self._wait()  # one child at a time: there are two cores, and one is the audit's
        self.child = start_forked(lambda: self._write(pending))
        if self.child is None:
            self._write(pending)

    def finish(self) -> None:
        """Write what is still pending (here) and wait for the child."""
        pending, self.pending, self.pending_claims = self.pending, [], 0
        self._write(pending)
        self._wait()

    def _write(self, pending: list[PendingEntry]) -> None:
        for entry in pending:
            self.store(entry.kind, entry.key, entry.make())

    def _wait(self) -> None:
        if self.child is not None:
            self.child.result()  # a child that died left misses only: each entry is atomic
            self.child = None
