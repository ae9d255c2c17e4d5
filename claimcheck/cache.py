"""A cache of what reading a file gave, keyed by the file's content hash (like ruff's).

It lives in `.claimcheck-cache/` at the repository root, is never required (`--no-cache`), and holds
only plain JSON: never pickle, so a damaged entry can at worst be wrong, never run code. Every
entry is sealed with a key that only the user's own claimcheck knows (`cache_key.py`), so entries
shipped with a repository — a forged "nothing found" in a pull request — are never believed. Every
entry names the cache format, the claimcheck version and its own key; an entry that does not match,
or does not have the shape expected, is ignored (and rewritten). Entries are written atomically,
one file each, so concurrent runs never see half an entry.

What is kept: per claims file, its validated claims (as plain data rebuilt without validation) with
their positions, and its load findings; per claims file again, the anchors of its quotes and its
parsed values, keyed also by the content of the sources it names and the settings that affect them;
and (`audit/feature_cache.py`) what cross-referencing uses of its claims' texts (numbers, dates,
names and topics per claim; the file's words for telling names). The
outputs of a whole audit are kept by `run_cache.py`. Sources themselves are read anew each run:
their front matter is read as fast as an entry would be.

During `claimcheck audit`, entries are made and written by a forked process while the audit
goes on (`cache_writer.py`); the command waits for it before it ends.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar, cast

from pydantic import BaseModel

from claimcheck import __version__
from claimcheck.anchor import Anchor, AnchorKind
from claimcheck.atomic_write import write_bytes_atomic
from claimcheck.cache_key import user_seal
from claimcheck.cache_writer import BackgroundWriter, PendingEntry
from claimcheck.fast_model import build_claim, construct
from claimcheck.findings import Finding, Location, Severity
from claimcheck.model import Claim, Person, Review, SourceMeta
from claimcheck.timespan import Precision, TimeSpan
from claimcheck.values import Category, DateValue, Quantity, Value
from claimcheck.yaml_positions import MappingPositions

CACHE_DIR = ".claimcheck-cache"
FORMAT = 2  # 2: entries sealed with the user's key (`cache_key.py`)
_SALT = f"claimcheck-cache:{FORMAT}:{__version__}"
_README = b"Signature: 8a477f597d28d172789f06886806bc55\n# claimcheck's cache; safe to delete.\n"


class EntryError(Exception):
    """A cache entry that does not have the shape expected: it is ignored."""


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def make_key(*parts: Any) -> str:
    """A key from plain parts (text, numbers, lists); the cache format and version are part of it."""
    text = json.dumps([_SALT, *parts], ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


class Cache:
    """Read and write entries under `<root>/.claimcheck-cache/v<FORMAT>/`; a disabled cache is a no-op.

    Also holds, for one run, the key each file was read under (so later phases can key on it).
    """

    def __init__(self, root: Path, *, enabled: bool = True) -> None:
        self.folder = root / CACHE_DIR
        self.enabled = enabled and _usable(self.folder)
        # Without the user's key, entries could be neither sealed nor trusted: no cache then.
        self.seal = user_seal() if self.enabled else None
        self.enabled = self.enabled and self.seal is not None
        self.file_keys: dict[str, str] = {}  # shown path of a claims file → its entry key
        self.source_hashes: dict[str, str] = {}  # source id → content hash of its file
        self.hits = 0
        self.misses = 0
        self._writer: BackgroundWriter | None = None  # while writes are deferred

    @classmethod
    def disabled(cls, root: Path) -> Cache:
        return cls(root, enabled=False)

    def _path(self, kind: str, key: str) -> Path:
        return self.folder / f"v{FORMAT}" / kind / key[:2] / f"{key}.json"

    def has(self, kind: str, key: str) -> bool:
        """Whether an entry is stored under `key` (not whether it is sound: `get` says that)."""
        return self.enabled and self._path(kind, key).is_file()

    def get(self, kind: str, key: str) -> Any:
        """The data stored under `key`, or None (missing, unreadable, foreign or corrupt)."""
        if not self.enabled:
            return None
        try:
            sealed = self._path(kind, key).read_bytes()
        except OSError:
            self.misses += 1
            return None
        raw = self.seal.open(sealed) if self.seal is not None else None
        if raw is None:  # not written by this user's claimcheck: forged, copied or damaged
            self.misses += 1
            return None
        try:
            entry = json.loads(raw)
        except (ValueError, RecursionError):
            self.misses += 1
            return None
        if not isinstance(entry, dict) or entry.get("salt") != _SALT or entry.get("key") != key:
            self.misses += 1
            return None
        self.hits += 1
        return entry.get("data")

    def put(self, kind: str, key: str, data: Any) -> None:
        """Store `data` (plain JSON) under `key`; a cache that cannot be written is simply not written."""
        if not self.enabled:
            return
        try:
            payload = json.dumps(
                {"salt": _SALT, "key": key, "data": data}, ensure_ascii=False, separators=(",", ":")
            ).encode("utf-8", "surrogatepass")
        except (TypeError, ValueError, RecursionError):
            return  # something not plain (a finding's data): not cached
        if self.seal is None:
            return
        try:
            self._ensure_marker()
            _replace_atomically(self._path(kind, key), self.seal.close(payload))
        except OSError:
            self.enabled = False  # read-only folder, full disk …: run on without the cache

    def put_later(self, kind: str, key: str, make: Callable[[], Any], *, claims: int) -> None:
        """Store what `make()` returns under `key`: now, or — while writes are deferred — later,
        maybe in a background process (`cache_writer`). What `make` reads must not change after.

        `claims`: how many claims the entry covers (how much work and memory it stands for).
        """
        if not self.enabled:
            return
        if self._writer is None:
            self.put(kind, key, make())
        else:
            self._writer.note(PendingEntry(kind, key, make, claims))

    @contextlib.contextmanager
    def writes_deferred(self) -> Iterator[None]:
        """Within: `put_later` entries wait for `write_pending_in_background`; all are written
        (and background writers waited for) on the way out."""
        if self._writer is not None or not self.enabled:
            yield
            return
        writer = self._writer = BackgroundWriter(self.put)
        try:
            yield
        except BaseException:
            writer.pending.clear()  # interrupted or failed: not the time to write more
            raise
        finally:
            self._writer = None
            writer.finish()

    def write_pending_in_background(self) -> None:
        """Hand the entries noted so far to a forked writer (see `cache_writer`)."""
        if self._writer is not None:
            self._writer.hand_over()

    def _ensure_marker(self) -> None:
        marker = self.folder / "CACHEDIR.TAG"
        if not marker.exists():
            self.folder.mkdir(parents=True, exist_ok=True)
            write_bytes_atomic(marker, _README)
            write_bytes_atomic(self.folder / ".gitignore", b"# created by claimcheck\n*\n")


def _replace_atomically(path: Path, data: bytes) -> None:
    """Write via a temporary file and a rename: readers see the old entry or the new, never half.

    Unlike `write_bytes_atomic` there is no fsync: an entry lost to a power cut is only a miss, and
    an fsync per entry (~10 ms here) would make a cold run over 10,000 files minutes slower.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise


def _usable(folder: Path) -> bool:
    """Only a real folder (or none yet): a link could lead the cache's writes anywhere."""
    with contextlib.suppress(OSError):
        if folder.is_symlink():
            return False
        if folder.exists() and not folder.is_dir():
            return False
        return os.access(folder.parent, os.W_OK) or folder.exists()
    return False


# -- plain data ↔ objects ----------------------------------------------------------------------------

_Model = TypeVar("_Model", bound=BaseModel)


def _construct(model: type[_Model], fields: dict[str, Any]) -> _Model:
    """What `model.model_construct(**fields)` gives, without its per-call cost (`fast_model.construct`).

    Only for data that was validated when it was stored; fields the model lacks mean a foreign entry.
    """
    if not fields.keys() <= model.model_fields.keys():
        raise EntryError(f"fields of {model.__name__}")
    return cast(_Model, construct(model, fields))


def _span_to_plain(span: TimeSpan) -> list[str]:
    return [span.start.isoformat(), span.end.isoformat(), span.precision.value]


def _span_from_plain(plain: Any) -> TimeSpan:
    if not isinstance(plain, list) or len(plain) != 3:
        raise EntryError("time span")
    start, end, precision = plain
    return TimeSpan(dt.date.fromisoformat(start), dt.date.fromisoformat(end), Precision(precision))


_CLAIM_SPANS = frozenset({"when"})


def claim_to_plain(claim: Claim) -> dict[str, Any]:
    """The fields a claim was given (others take their defaults when rebuilt)."""
    plain: dict[str, Any] = {}
    for name in claim.model_fields_set:
        value = getattr(claim, name)
        if isinstance(value, TimeSpan):
            value = _span_to_plain(value)
        elif isinstance(value, Person):
            value = {"name": value.name, "role": value.role, "org": value.org}
        elif isinstance(value, Review):
            fields = {key: getattr(value, key) for key in value.model_fields_set}
            if isinstance(fields.get("date"), TimeSpan):
                fields["date"] = _span_to_plain(fields["date"])
            value = fields
        plain[name] = value
    return plain


_plain_spans: dict[tuple[str, str, str], TimeSpan] = {}


def _shared_span_from_plain(plain: Any) -> TimeSpan:
    """`_span_from_plain`, one object per distinct span (dates repeat across claims)."""
    if not isinstance(plain, list) or len(plain) != 3:
        raise EntryError("time span")
    key = (plain[0], plain[1], plain[2])
    span = _plain_spans.get(key)  # a TypeError for a corrupt (unhashable) entry: it is ignored
    if span is None:
        span = _span_from_plain(plain)
        if len(_plain_spans) >= 100_000:
            _plain_spans.clear()
        _plain_spans[key] = span
    return span


def claim_from_plain(plain: Any) -> Claim:
    """Rebuild a claim that was validated when it was stored, without validating it again."""
    if not isinstance(plain, dict) or not isinstance(plain.get("id"), str):
        raise EntryError("claim")
    when = plain.get("when")
    if "review" not in plain:
        # The usual claim: built (and its values shared) as a plainly valid entry is.
        claim = build_claim(plain if when is None else {**plain, "when": _shared_span_from_plain(when)})
        if claim is not None:
            return claim
    fields = dict(plain)
    if not set(fields) <= set(Claim.model_fields):
        raise EntryError("claim fields")
    for name in _CLAIM_SPANS:
        if fields.get(name) is not None:
            fields[name] = _span_from_plain(fields[name])
    said_by = fields.get("said_by")
    if said_by is not None:
        if not isinstance(said_by, dict):
            raise EntryError("said_by")
        fields["said_by"] = _construct(Person, said_by)
    review = fields.get("review")
    if review is not None:
        if not isinstance(review, dict):
            raise EntryError("review")
        review = dict(review)
        if review.get("date") is not None:
            review["date"] = _span_from_plain(review["date"])
        fields["review"] = _construct(Review, review)
    for name in ("via", "tags"):
        if name in fields and not isinstance(fields[name], list):
            raise EntryError(name)
    return _construct(Claim, fields)


def meta_to_plain(meta: SourceMeta) -> dict[str, Any]:
    plain: dict[str, Any] = {}
    for name in meta.model_fields_set:
        value = getattr(meta, name)
        plain[name] = _span_to_plain(value) if isinstance(value, TimeSpan) else value
    return plain


def meta_from_plain(plain: Any) -> SourceMeta:
    if not isinstance(plain, dict) or not set(plain) <= set(SourceMeta.model_fields):
        raise EntryError("front matter")
    fields = dict(plain)
    for name in ("published", "retrieved"):
        if fields.get(name) is not None:
            fields[name] = _span_from_plain(fields[name])
    return _construct(SourceMeta, fields)


def positions_to_plain(positions: MappingPositions) -> list[Any]:
    """`[line, column, "[[key, line, column, …], [key, …], [key, …]]"]`: keys, values, repeated keys.

    The three lists are kept as JSON text, decoded only when a finding asks for a position: a
    warm run then builds one string per claim rather than dozens of numbers.
    """
    lists = [
        [item for key, (line, column) in positions.keys.items() for item in (key, line, column)],
        [item for key, (line, column) in positions.values.items() for item in (key, line, column)],
        [item for key, (line, column) in positions.repeated_keys for item in (key, line, column)],
    ]
    return [*positions.start, json.dumps(lists, ensure_ascii=False, separators=(",", ":"))]


def _is_flat_triples(flat: Any) -> bool:
    """Whether `flat` is `[key, line, column, …]` with text keys and whole-number positions."""
    if not isinstance(flat, list) or len(flat) % 3:
        return False
    return set(map(type, flat[0::3])) <= {str} and set(map(type, flat[1::3] + flat[2::3])) <= {int}


def _triples(flat: Any) -> list[tuple[str, tuple[int, int]]]:
    if not _is_flat_triples(flat):
        raise EntryError("positions")
    return list(zip(map(sys.intern, flat[0::3]), zip(flat[1::3], flat[2::3], strict=True), strict=True))


def _position_in(plain: str, key: str) -> tuple[int, int] | None:
    """Where `key`'s value (else the key) stands, read from an entry's lists; None if it is in
    neither or the entry is damaged (then decoding it whole decides)."""
    try:
        lists = json.loads(plain)
    except (ValueError, RecursionError):
        return None
    # checked whole, as decoding does: a damaged entry gives no position
    if not isinstance(lists, list) or len(lists) != 3 or not all(map(_is_flat_triples, lists)):
        return None
    for flat in (lists[1], lists[0]):  # values, then keys
        names = flat[0::3]
        if key in names:
            at = 3 * (len(names) - 1 - names[::-1].index(key))  # the last, as a dict of them keeps
            return flat[at + 1], flat[at + 2]
    return None


_KEYS: Any = MappingPositions.__dict__["keys"]
_VALUES: Any = MappingPositions.__dict__["values"]
_REPEATED: Any = MappingPositions.__dict__["repeated_keys"]


class _LazyPositions(MappingPositions):
    """Positions decoded from an entry only when a finding asks for them (most never are).

    A corrupt entry's positions are checked then; if they are wrong, the entry's fields point at
    where the entry starts (the check that a finding exists never depends on them).
    """

    __slots__ = ("_plain",)

    def __init__(self, start: tuple[int, int], plain: str) -> None:
        self._plain: str | None = None
        super().__init__(start=start)
        self._plain = plain

    def _decode(self) -> None:
        plain, self._plain = self._plain, None
        if plain is None:
            return
        try:
            lists = json.loads(plain)
            if not isinstance(lists, list) or len(lists) != 3:
                return
            keys, values, repeated = (_triples(flat) for flat in lists)
        except (EntryError, ValueError, RecursionError):
            return
        _KEYS.__set__(self, dict(keys))
        _VALUES.__set__(self, dict(values))
        _REPEATED.__set__(self, repeated)

    def of(self, key: str | None) -> tuple[int, int]:
        """As `MappingPositions.of`; while undecoded, the one position is looked up in the entry's
        lists without building the dictionaries (a changed run asks this of 60,000 claims)."""
        plain = self._plain
        if plain is not None and key is not None:
            found = _position_in(plain, key)
            if found is not None:
                return found
        return MappingPositions.of(self, key)

    def _get_keys(self) -> dict[str, tuple[int, int]]:
        self._decode()
        return cast(dict[str, tuple[int, int]], _KEYS.__get__(self))

    def _get_values(self) -> dict[str, tuple[int, int]]:
        self._decode()
        return cast(dict[str, tuple[int, int]], _VALUES.__get__(self))

    def _get_repeated(self) -> list[tuple[str, tuple[int, int]]]:
        self._decode()
        return cast(list[tuple[str, tuple[int, int]]], _REPEATED.__get__(self))

    keys = property(_get_keys, _KEYS.__set__)
    values = property(_get_values, _VALUES.__set__)
    repeated_keys = property(_get_repeated, _REPEATED.__set__)


def positions_from_plain(plain: Any) -> MappingPositions:
    if not isinstance(plain, list) or len(plain) != 3:
        raise EntryError("positions")
    line, column, lists = plain
    if type(line) is not int or type(column) is not int or type(lists) is not str:
        raise EntryError("positions")
    return _LazyPositions((line, column), lists)


def finding_to_plain(finding: Finding) -> dict[str, Any]:
    location = finding.location
    return {
        "check": finding.check,
        "severity": int(finding.severity),
        "message": finding.message,
        "location": [location.path, location.line, location.column] if location else None,
        "claim_ids": list(finding.claim_ids),
        "about": finding.about,
        "field": finding.field,
        "hint": finding.hint,
        "data": finding.data,
    }


def finding_from_plain(plain: Any) -> Finding:
    if not isinstance(plain, dict):
        raise EntryError("finding")
    try:
        location = plain["location"]
        return Finding(
            check=str(plain["check"]),
            severity=Severity(plain["severity"]),
            message=str(plain["message"]),
            location=Location(*location) if location is not None else None,
            claim_ids=tuple(plain["claim_ids"]),
            about=plain["about"],
            field=plain["field"],
            hint=plain["hint"],
            data=dict(plain["data"]),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise EntryError("finding") from exc


def anchor_to_plain(anchor: Anchor) -> list[Any]:
    """Where the quote stands; the text found and its selector are cut from the body again."""
    return [anchor.kind.value, anchor.start, anchor.end, anchor.line, anchor.column, anchor.score]


def anchor_from_plain(plain: Any, body: str) -> Anchor:
    """The anchor stored as `[kind, start, end, line, column, score]`; it cuts its text from
    `body` only when asked (most never are)."""
    if not isinstance(plain, list) or len(plain) != 6:
        raise EntryError("anchor")
    kind, start, end, line, column, score = plain
    kind = _ANCHOR_KINDS.get(kind) if isinstance(kind, str) else None
    if kind is None:
        raise EntryError("anchor kind")
    if kind is AnchorKind.NOT_FOUND:
        return Anchor(kind, None, None, None, None, float(score), None, None)
    if not (type(start) is int and type(end) is int and 0 <= start < end <= len(body)):
        raise EntryError("anchor span")
    return Anchor.in_body(kind, start, end, int(line), int(column), float(score), body)


_ANCHOR_KINDS = {kind.value: kind for kind in AnchorKind}


def value_to_plain(value: Value | None) -> Any:
    if value is None:
        return None
    if isinstance(value, Quantity):
        return [
            "quantity",
            value.low,
            value.high,
            value.low_inclusive,
            value.high_inclusive,
            value.unit,
            value.approximate,
        ]
    if isinstance(value, DateValue):
        return ["date", _span_to_plain(value.span)]
    return ["category", value.text, value.shown]


def value_from_plain(plain: Any) -> Value | None:
    if plain is None:
        return None
    if not isinstance(plain, list) or not plain:
        raise EntryError("value")
    kind = plain[0]
    if kind == "quantity" and len(plain) == 7:
        _, low, high, low_inclusive, high_inclusive, unit, approximate = plain
        return Quantity(low, high, bool(low_inclusive), bool(high_inclusive), unit, bool(approximate))
    if kind == "date" and len(plain) == 2:
        return DateValue(_span_from_plain(plain[1]))
    if kind == "category" and len(plain) == 3:
        return Category(str(plain[1]), str(plain[2]))
    raise EntryError("value")
