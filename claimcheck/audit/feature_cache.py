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
