"""Fetching many pages at once without crowding one host: per-host slots and a worker pool."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from contextlib import contextmanager
from typing import TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

DEFAULT_WORKERS = 8


class HostSlots:
    """At most `per_host` requests in flight to any one host; other hosts are not held up."""

    def __init__(self, per_host: int = 2) -> None:
        if per_host < 1:
            raise ValueError("per_host must be at least 1")
        self._per_host = per_host
        self._lock = threading.Lock()
        self._slots: dict[str, threading.BoundedSemaphore] = {}

    @contextmanager
    def slot(self, host: str) -> Iterator[None]:
        with self._lock:
            semaphore = self._slots.get(host.lower())
            if semaphore is None:
                semaphore = self._slots[host.lower()] = threading.BoundedSemaphore(self._per_host)
        with semaphore:
            yield


def run_concurrently(
    items: Sequence[Item],
    job: Callable[[Item], Result],
    on_done: Callable[[Item, Result], None] | None = None,
    workers: int = DEFAULT_WORKERS,
) -> list[Result]:
    """Run `job` on every item in a thread pool; results come back in the order of `items`.

    `job` must not raise: it returns its failure as a value, so one failing item never stops the
    others. `on_done` runs in the calling thread as each item finishes (for a progress display).
    """
    if not items:
        return []
    results: dict[int, Result] = {}
    with ThreadPoolExecutor(max_workers=max(1, min(workers, len(items)))) as pool:
        futures = {pool.submit(job, item): index for index, item in enumerate(items)}
        for future in as_completed(futures):
            index = futures[future]
            results[index] = future.result()
            if on_done is not None:
                on_done(items[index], results[index])
    return [results[index] for index in range(len(items))]
