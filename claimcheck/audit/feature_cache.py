"""The text features of every claim, kept per claims file in the cache while the file is unchanged.

Reading the numbers, dates and names of 200,000 texts is a quarter of a 100k-claim audit; after
one claims file changed, only that file's texts need reading again. Features are a pure function
of the text and of the code that reads it, so the entry is keyed by the file's bytes and by the
source of that code (a changed reader never meets an old entry).
"""

from __future__ import annotations

import functools
import hashlib
import math
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from claimcheck.audit import place_names
from claimcheck.audit import text_features as reader
from claimcheck.audit.text_features import TextFeatures, text_features
from claimcheck.cache import Cache, EntryError, make_key
from claimcheck.repository import ClaimRecord, runs_by_file
from claimcheck.values import language, numbers

KIND = "features"
ClaimFeatures = tuple[TextFeatures, TextFeatures]  # of the claim's `claim` and of its `quote`


@functools.cache
def _reader_digest() -> str:
    """A digest of the modules whose code decides what a text's features are."""
    digest = hashlib.sha256()
    for module in (reader, place_names, language, numbers):
        digest.update(Path(str(module.__file__)).read_bytes())
    return digest.hexdigest()


def claim_features(records: Sequence[ClaimRecord], cache: Cache | None) -> Iterator[ClaimFeatures]:
    """The features of each record's claim and quote, in order: from the cache where it has them.

    One file's features at a time: at a million claims, all of them at once would not fit.
    """
    for start, end in runs_by_file(list(records)):
        key = _entry_key(cache, records[start].path)
        found = None
        if key is not None and cache is not None:
            plain = cache.get(KIND, key)
            if plain is not None:
                try:
                    found = _from_plain(plain, end - start)
                except EntryError:
                    found = None  # a foreign or damaged entry: read the texts again
        if found is None:
            found = [(text_features(r.claim.claim), text_features(r.claim.quote)) for r in records[start:end]]
            if key is not None and cache is not None:
                cache.put(KIND, key, [[list(f) for f in pair] for pair in found])
        yield from found


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
    """One text's features, checked field by field (a cache can be damaged or forged)."""
    if not isinstance(plain, list) or len(plain) != len(TextFeatures._fields):
        raise EntryError(KIND)
    numbers_, years, *rest, english = plain
    if not isinstance(english, bool):
        raise EntryError(KIND)
    if not isinstance(numbers_, list) or not all(
        isinstance(n, float) and not math.isnan(n) for n in numbers_
    ):
        raise EntryError(KIND)
    if not isinstance(years, list) or not all(type(y) is int for y in years):
        raise EntryError(KIND)
    strings = []
    for field in rest:
        if not isinstance(field, list) or not all(isinstance(s, str) for s in field):
            raise EntryError(KIND)
        strings.append(tuple(map(sys.intern, field)))
    return TextFeatures._make((tuple(numbers_), tuple(years), *strings, english))
