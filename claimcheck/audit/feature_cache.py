"""The text features of every claim, kept per claims file in the cache while the file is unchanged.

Reading the numbers, dates and names of 200,000 texts is a quarter of a 100k-claim audit; after
one claims file changed, only that file's texts need reading again. Features are a pure function
of the text and of the code that reads it, so the entry is keyed by the file's bytes and by the
source of that code (a changed reader never meets an old entry).
"""

from __future__ import annotations

import functools
import hashlib
import sys
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

from claimcheck.audit import place_names
from claimcheck.audit import text_features as reader
from claimcheck.audit.text_features import TextFeatures, text_features
from claimcheck.cache import Cache, EntryError, make_key
from claimcheck.forked import cores
from claimcheck.repository import ClaimRecord, runs_by_file
from claimcheck.values import language, numbers

KIND = "features"
CHUNK_CLAIMS = 2_000  # texts of this many claims go to the worker at once
PARALLEL_MIN_CLAIMS = 20_000  # fewer texts to read are not worth starting a process for
AHEAD = 4
ClaimFeatures = tuple[TextFeatures, TextFeatures]  # of the claim's `claim` and of its `quote`
_FIELDS = len(TextFeatures._fields)
_FLOAT, _INT, _STR = {float}, {int}, {str}


@functools.cache
def _reader_digest() -> str:
    """A digest of the modules whose code decides what a text's features are."""
    digest = hashlib.sha256()
    for module in (reader, place_names, language, numbers):
        digest.update(Path(str(module.__file__)).read_bytes())
    return digest.hexdigest()


def claim_features(records: Sequence[ClaimRecord], cache: Cache | None) -> Iterator[ClaimFeatures]:
    """The features of each record's claim and quote, in order: from the cache where it has them.

    One file's features at a time: at a million claims, all of them at once would not fit. The
    texts to read are shared with a second process when there are many (see `_Reader`).
    """
    runs = runs_by_file(list(records))
    keys = [_entry_key(cache, records[start].path) for start, _ in runs]
    stored = [key is not None and cache is not None and cache.has(KIND, key) for key in keys]
    with _Reader(records, [run for run, kept in zip(runs, stored, strict=True) if not kept]) as reader:
        for (start, end), key, kept in zip(runs, keys, stored, strict=True):
            found = _restore(cache, key, end - start) if kept else None
            if found is None:
                found = reader.read(start, end)
                if key is not None and cache is not None:
                    cache.put_later(KIND, key, functools.partial(_to_plain, found), claims=len(found))
            yield from found


def _to_plain(found: list[ClaimFeatures]) -> list[list[list[Any]]]:
    return [[list(features) for features in pair] for pair in found]


def _restore(cache: Cache | None, key: str | None, count: int) -> list[ClaimFeatures] | None:
    plain = cache.get(KIND, key) if cache is not None and key is not None else None
    if plain is None:
        return None
    try:
        return _from_plain(plain, count)
    except EntryError:
        return None  # a foreign or damaged entry: read the texts again


def _read_texts(texts: list[str]) -> list[TextFeatures]:
    """(In a worker process.) The features of each text."""
    return [text_features(text) for text in texts]


class _Reader:
    """Reads the claims' texts, every other chunk of them in one worker process when there are many.

    Why a process: reading texts is pure Python (the GIL rules out threads), and on two cores
    it is most of a cold audit's cross-referencing. The worker gets plain strings and returns
    plain tuples; it stays at most `AHEAD` chunks in front, so its results never pile up. Should
    it fail (killed, out of memory), its chunks are read here.
    """

    def __init__(self, records: Sequence[ClaimRecord], runs: list[tuple[int, int]]) -> None:
        self.records = records
        chunks = [
            (first, min(first + CHUNK_CLAIMS, end))
            for start, end in runs
            for first in range(start, end, CHUNK_CLAIMS)
        ]
        to_read = sum(end - start for start, end in runs)
        self.remote: deque[tuple[int, int]] = deque()
        if to_read >= PARALLEL_MIN_CLAIMS and cores() >= 2:
            self.remote.extend(chunks[1::2])
        self.futures: dict[int, tuple[int, Future[list[TextFeatures]]]] = {}
        self.pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> _Reader:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)

    def read(self, start: int, end: int) -> list[ClaimFeatures]:
        self._top_up()
        texts: list[TextFeatures] = []
        first = start
        while first < end:
            planned = self.futures.pop(first, None)
            last = min(first + CHUNK_CLAIMS, end) if planned is None else planned[0]
            got = self._result(planned[1]) if planned is not None else None
            texts += got if got is not None else _read_texts(self._texts(first, last))
            self._top_up()
            first = last
        return list(zip(texts[0::2], texts[1::2], strict=True))

    def _texts(self, start: int, end: int) -> list[str]:
        return [text for r in self.records[start:end] for text in (r.claim.claim, r.claim.quote)]

    def _top_up(self) -> None:
        while self.remote and len(self.futures) < AHEAD:
            start, end = self.remote.popleft()
            try:
                if self.pool is None:
                    self.pool = ProcessPoolExecutor(max_workers=1)
                self.futures[start] = (end, self.pool.submit(_read_texts, self._texts(start, end)))
            except (OSError, RuntimeError):
                self.remote.clear()  # no worker to be had: read everything here

    def _result(self, future: Future[list[TextFeatures]]) -> list[TextFeatures] | None:
        try:
            return future.result()
        except BrokenProcessPool:
            self.remote.clear()  # the worker died: read the rest here
            return None
        except Exception:
            return None


def _entry_key(cache: Cache | None, path: str) -> str | None:
    if cache is None or not cache.enabled:
        return None
    file_key = cache.file_keys.get(path)
    return None if file_key is None else make_key(KIND, file_key, _reader_digest())


def _from_plain(plain: Any, count: int) -> list[ClaimFeatures]:
    if not isinstance(plain, list) or len(plain) != count:
        raise EntryError(KIND)
    restored = []
    for pair in plain:
        if not isinstance(pair, list) or len(pair) != 2:
            raise EntryError(KIND)
        first, second = _features(pair[0]), _features(pair[1])
        restored.append((first, second))
    return restored


def _features(plain: Any) -> TextFeatures:
    """One text's features, checked for their types (a cache can be damaged or forged).

    Written for speed (restoring 200,000 of them must cost less than reading the texts): types
    are compared with `set(map(type, …))`, and empty lists, most of them, are not looked into.
    """
    if type(plain) is not list or len(plain) != _FIELDS:
        raise EntryError(KIND)
    numbers_, years, months, days, quarters, places, capitalised, initial, topics, lower, english = plain
    if type(english) is not bool or type(numbers_) is not list or type(years) is not list:
        raise EntryError(KIND)
    if (numbers_ and set(map(type, numbers_)) != _FLOAT) or (years and set(map(type, years)) != _INT):
        raise EntryError(KIND)
    strings = (months, days, quarters, places, capitalised, initial, topics, lower)
    for field in strings:
        if type(field) is not list or (field and set(map(type, field)) != _STR):
            raise EntryError(KIND)
    return TextFeatures(
        tuple(numbers_),
        tuple(years),
        tuple(months),
        tuple(days),
        tuple(quarters),
        tuple(map(sys.intern, places)),
        tuple(map(sys.intern, capitalised)),
        tuple(map(sys.intern, initial)),
        tuple(map(sys.intern, topics)),
        tuple(map(sys.intern, lower)),
        english,
    )
