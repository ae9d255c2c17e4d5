"""Per-host slots and the worker pool: polite to one host, every result back in order."""

from __future__ import annotations

import threading
import time

from claimcheck.web.politeness import HostSlots, run_concurrently


def test_a_host_never_has_more_requests_in_flight_than_its_slots() -> None:
    slots = HostSlots(per_host=2)
    lock = threading.Lock()
    in_flight: dict[str, int] = {"a.example": 0, "b.example": 0}
    most: dict[str, int] = {"a.example": 0, "b.example": 0}

    def job(item: tuple[int, str]) -> int:
        number, host = item
        with slots.slot(host):
            with lock:
                in_flight[host] += 1
                most[host] = max(most[host], in_flight[host])
            time.sleep(0.02)
            with lock:
                in_flight[host] -= 1
        return number

    items = [(number, "a.example" if number % 2 else "b.example") for number in range(12)]
    assert run_concurrently(items, job, workers=8) == list(range(12))
    assert most == {"a.example": 2, "b.example": 2}


def test_host_names_share_slots_regardless_of_case() -> None:
    slots = HostSlots(per_host=1)
    with slots.slot("Example.ORG"):
        acquired = threading.Event()

        def other() -> None:
            with slots.slot("example.org"):
                acquired.set()

        thread = threading.Thread(target=other)
        thread.start()
        assert not acquired.wait(0.05)
    thread.join(1)
    assert acquired.is_set()


def test_on_done_is_called_once_per_item_and_results_keep_their_order() -> None:
    done: list[int] = []
    results = run_concurrently([3, 1, 2], lambda n: n * 10, on_done=lambda item, _result: done.append(item))
    assert results == [30, 10, 20]
    assert sorted(done) == [1, 2, 3]


def test_nothing_to_do_returns_nothing() -> None:
    assert run_concurrently([], lambda n: n) == []
