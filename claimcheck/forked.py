"""Run a function in a forked child process and read back what it returns: the second core, for
work whose inputs are already in memory (a fork shares them without copying or sending them).

Used for the background cache writer (`cache_writer`), for half of key-less cross-referencing's
matching (`audit/crossref`) and for every other source's quotes (`anchor_sources`). Nothing may
depend on the child succeeding: a child that fails or dies gives `None`, and the caller then
does the work itself.
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


def can_fork() -> bool:
    return hasattr(os, "fork")


def cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def start_forked(function: Callable[[], T]) -> ForkedCall[T] | None:
    """`function` started in a forked child; None where there is no fork or no process to be had
    (the caller then does the work itself)."""
    if not can_fork():
        return None
    try:
        return ForkedCall(function)
    except OSError:
        return None


class ForkedCall(Generic[T]):
    """`function()` running in a forked child; `result()` waits for it and gives its return value.

    The child sees the parent's memory as it was at the fork, so `function` must only read what
    the parent does not change meanwhile. Raises OSError if no process could be made.
    """

    def __init__(self, function: Callable[[], T]) -> None:
        read_end, write_end = os.pipe()
        try:
            pid = os.fork()
        except OSError:
            os.close(read_end)
            os.close(write_end)
            raise
        if pid == 0:  # pragma: no cover - the child; coverage does not follow forks
            os.close(read_end)
            _child_main(function, write_end)
        os.close(write_end)
        self.pid: int | None = pid
        self.read_end = read_end
        self.value: T | None = None

    def result(self) -> T | None:
        """What the function returned, or None if the child failed or died (waits for it)."""
        if self.pid is None:
            return self.value
        chunks = []
        with contextlib.suppress(OSError):
            while chunk := os.read(self.read_end, 1 << 20):
                chunks.append(chunk)
        os.close(self.read_end)
        status = 1
        with contextlib.suppress(ChildProcessError):
            status = os.waitpid(self.pid, 0)[1]
        self.pid = None
        if status == 0 and chunks:
            with contextlib.suppress(Exception):
                # our own child's bytes, written just now by the same code: safe to unpickle
                self.value = pickle.loads(b"".join(chunks))
        return self.value


def _child_main(function: Callable[[], object], write_end: int) -> None:  # pragma: no cover
    """(In the child.) Run, send the pickled result, and leave at once.

    `os._exit`: no atexit handlers, no flushing of output buffers inherited from the parent
    (which would print the parent's pending output twice), no finalisers of inherited objects.
    """
    code = 1
    try:
        gc.disable()  # short-lived, and its heap is the parent's: a collection would only copy pages
        data = memoryview(pickle.dumps(function(), protocol=pickle.HIGHEST_PROTOCOL))
        while data:
            data = data[os.write(write_end, data) :]
        code = 0
    except BaseException:  # whatever happened, the parent must not be run twice
        code = 1
    finally:
        os._exit(code)
