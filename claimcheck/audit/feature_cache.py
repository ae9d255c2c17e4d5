"""What every claims file's texts say (`FileTexts`), kept in the cache while the file is unchanged.

Reading the numbers, dates and names of 200,000 texts is a quarter of a 100k-claim audit; after
one claims file changed, only that file's texts need reading again. What is kept of a file is what
cross-referencing uses: each claim's `ClaimTexts`, and the words its texts write in lower case or
capitalise in English (for the corpus's names). A text's features are a pure function of the text
and of the code that reads it, so the entry is keyed by the file's bytes and by the source of that
code (a changed reader never meets an old entry).
"""

from __future__ import annotations

import functools
import hashlib
import sys
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any, NamedTuple

from claimcheck.audit import claim_signature, place_names
from claimcheck.audit import text_features as reader
from claimcheck.audit.claim_signature import ClaimTexts, Pool, claim_texts, pooled_texts
from claimcheck.audit.text_features import TextFeatures, text_features
from claimcheck.cache import Cache, EntryError, make_key
from claimcheck.forked import cores
from claimcheck.repository import ClaimRecord, runs_by_file
from claimcheck.values import language, numbers

KIND = "claim-texts"
CHUNK_CLAIMS = 2_000  # texts of this many claims go to the worker at once
PARALLEL_MIN_CLAIMS = 20_000  # fewer texts to read are not worth starting a process for
AHEAD = 4
ClaimFeatures = tuple[TextFeatures, TextFeatures]  # of the claim's `claim` and of its `quote`
_FIELDS = len(ClaimTexts._fields)
_FLOAT: set[type] = {float}
_INT: set[type] = {int}
_STR: set[type] = {str}


class FileTexts(NamedTuple):
    """What the texts of one claims file say: per claim, in order, and as words for names."""

    claims: list[ClaimTexts]
    lower: tuple[str, ...]  # the words any of its texts writes in lower case (sorted)
    capitalised: tuple[str, ...]  # those its English texts capitalise mid-sentence (sorted)


@functools.cache
def _reader_digest() -> str:
    """A digest of the modules whose code decides what a text's features are."""
    digest = hashlib.sha256()
    for module in (reader, claim_signature, place_names, language, numbers):
        digest.update(Path(str(module.__file__)).read_bytes())
    return digest.hexdigest()


def texts_by_file(records: Sequence[ClaimRecord], cache: Cache | None, pool: Pool) -> Iterator[FileTexts]:
    """What the texts of each file's claims say, file by file in order: from the cache where it
    has them. Sets are shared through `pool` (see `claim_signature.Pool`).

    One file at a time: at a million claims, every text's features at once would not fit. The
    texts to read are shared with a second process when there are many (see `_Reader`).
    """
    runs = runs_by_file(list(records))
    keys = [_entry_key(cache, records[start].path) for start, _ in runs]
    stored = [key is not None and cache is not None and cache.has(KIND, key) for key in keys]
    with _Reader(records, [run for run, kept in zip(runs, stored, strict=True) if not kept]) as reader:
        for (start, end), key, kept in zip(runs, keys, stored, strict=True):
            found = _restore(cache, key, end - start, pool) if kept else None
            if found is None:
                found = file_texts(reader.read(start, end), pool)
                if key is not None and cache is not None:
                    cache.put_later(KIND, key, functools.partial(_to_plain, found), claims=len(found.claims))
            yield found


def file_texts(features: Iterable[ClaimFeatures], pool: Pool) -> FileTexts:
    """`FileTexts` of the features of each claim's claim and quote."""
    lower: set[str] = set()
    capitalised: set[str] = set()
    claims = []
    for pair in features:
        for text in pair:
            lower.update(text.lower)
            if text.english:
                capitalised.update(text.capitalised)
        claims.append(claim_texts(pair, pool))
    return FileTexts(claims, tuple(sorted(lower)), tuple(sorted(capitalised)))


def _to_plain(found: FileTexts) -> dict[str, Any]:
    """Each distinct set once, in a table per type (most claims share theirs: no quarter, one
    year), and each claim as eight places in those tables."""
    tables: tuple[dict[tuple[Any, ...], int], ...] = ({}, {}, {})  # floats, ints, strings
    kinds = (0, 1, 2, 2, 2, 2, 2, 2)
    rows = []
    for texts in found.claims:
        row = []
        for kind, items in zip(kinds, texts, strict=True):
            table = tables[kind]
            row.append(table.setdefault(tuple(sorted(items)), len(table)))
        rows.append(row)
    floats, ints, strings = ([list(items) for items in table] for table in tables)
    return {
        "floats": floats,
        "ints": ints,
        "strings": strings,
        "claims": rows,
        "lower": list(found.lower),
        "capitalised": list(found.capitalised),
    }


def _restore(cache: Cache | None, key: str | None, count: int, pool: Pool) -> FileTexts | None:
    plain = cache.get(KIND, key) if cache is not None and key is not None else None
    if plain is None:
        return None
    try:
        return _from_plain(plain, count, pool)
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


def _from_plain(plain: Any, count: int, pool: Pool) -> FileTexts:
    """`FileTexts` from an entry, checked for its types (a cache can be damaged or forged)."""
    if type(plain) is not dict:
        raise EntryError(KIND)
    floats = _table(plain.get("floats"), _FLOAT)
    ints = _table(plain.get("ints"), _INT)
    strings = _table(plain.get("strings"), _STR)
    rows, lower, capitalised = plain.get("claims"), plain.get("lower"), plain.get("capitalised")
    if type(rows) is not list or len(rows) != count:
        raise EntryError(KIND)
    claims = []
    try:
        for row in rows:
            if type(row) is not list or len(row) != _FIELDS or set(map(type, row)) != _INT or min(row) < 0:
                raise EntryError(KIND)
            number, year, *others = row
            claims.append(pooled_texts(pool, floats[number], ints[year], *[strings[i] for i in others]))
    except IndexError:
        raise EntryError(KIND) from None
    return FileTexts(claims, _strings(lower), _strings(capitalised))


def _table(plain: Any, types: set[type]) -> list[frozenset[Any]]:
    if type(plain) is not list:
        raise EntryError(KIND)
    for items in plain:
        if type(items) is not list or (items and set(map(type, items)) != types):
            raise EntryError(KIND)
    if types is _STR:
        return [frozenset(map(sys.intern, items)) for items in plain]
    return [frozenset(items) for items in plain]


def _strings(plain: Any) -> tuple[str, ...]:
    if type(plain) is not list or (plain and set(map(type, plain)) != _STR):
        raise EntryError(KIND)
    return tuple(plain)
