"""The recheck log `.claimcheck/recheck.json`: what the last fetch of each source found, for `audit`.

Format (version 1), one entry per source id, keys sorted, written atomically::

    {
      "format": "claimcheck-recheck-log",
      "version": 1,
      "sources": {
        "<source id>": {
          "status": "unchanged | changed | gone | unreachable | updated",
          "checked_at": "2026-11-23T10:15:00Z",      # UTC
          "url": "https://…",                        # the address fetched (the source's `url`)
          "final_url": "https://…" | null,           # after redirects
          "http_status": 200 | null,                 # null when no answer came
          "capture_sha256": "…" | null,              # the source's `sha256` when it was checked
          "sha256": "…" | null,                      # of the live text, as `body_sha256` computes it
          "reason": "…" | null,                      # one line: why gone / unreachable
          "vanished_claims": ["claim-id", …],        # quotes that no longer stand in the live text
          "inexact_claims": ["claim-id", …],         # quotes exact in the capture, inexact live
          "diff": ["-old sentence", "+new sentence"],# short sentence diff, at most ~20 lines
          "etag": "…" | null,                        # validators for the next conditional request
          "last_modified": "…" | null,
          "history": "sources/.history/<id>.<date>.md" | null   # the kept capture after --update
        }
      }
    }

Changes go through `update_recheck_log`, which reads, changes and writes the log while holding a
lock on the `.claimcheck` folder: a `source add` and a `source recheck` running at once each
keep the other's entries.

`updated` means the live text differed and `recheck --update` replaced the source with it, so the
source itself is current. An entry only speaks about the capture it was checked against: if the
source's `sha256` is no longer `capture_sha256` (re-added since), the entry is stale.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable, Iterator, Mapping
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from claimcheck.atomic_write import write_text_atomic

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no lock, last writer wins as before
    fcntl = None  # type: ignore[assignment]

LOG_FORMAT = "claimcheck-recheck-log"
LOG_VERSION = 1
LOG_PATH = Path(".claimcheck") / "recheck.json"


class RecheckStatus(StrEnum):
    """What fetching a source again found."""

    UNCHANGED = "unchanged"  # the live text is the captured text
    CHANGED = "changed"  # the live text differs from the capture
    GONE = "gone"  # HTTP 404 or 410
    UNREACHABLE = "unreachable"  # no usable answer (time-out, DNS, TLS, 5xx, not HTML …)
    UPDATED = "updated"  # changed, and `--update` replaced the capture with the live text


class RecheckLogError(Exception):
    """The recheck log exists but cannot be read; `str()` says where and why."""


@dataclass(frozen=True)
class RecheckEntry:
    """What the last fetch of one source found (one value of the log's `sources` mapping)."""

    status: RecheckStatus
    checked_at: str
    url: str
    final_url: str | None = None
    http_status: int | None = None
    capture_sha256: str | None = None
    sha256: str | None = None
    reason: str | None = None
    vanished_claims: tuple[str, ...] = ()
    inexact_claims: tuple[str, ...] = ()
    diff: tuple[str, ...] = ()
    etag: str | None = None
    last_modified: str | None = None
    history: str | None = None
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False)

    def is_current_for(self, source_sha256: str | None) -> bool:
        """Whether this entry was checked against the capture that carries `source_sha256`."""
        if self.status is RecheckStatus.UPDATED:
            return source_sha256 is None or source_sha256 == self.sha256
        return self.capture_sha256 is None or source_sha256 is None or self.capture_sha256 == source_sha256

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        extra = data.pop("extra")
        data["status"] = self.status.value
        for key in ("vanished_claims", "inexact_claims", "diff"):
            data[key] = list(data[key])
        return {**extra, **data}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RecheckEntry:
        known = {name for name in cls.__dataclass_fields__ if name != "extra"}
        values = {key: value for key, value in data.items() if key in known}
        values["status"] = RecheckStatus(values["status"])
        for key in ("vanished_claims", "inexact_claims", "diff"):
            values[key] = tuple(str(item) for item in values.get(key) or ())
        # Keys a later version added survive a rewrite by this one.
        return cls(**values, extra={key: value for key, value in data.items() if key not in known})


def recheck_log_path(root: Path) -> Path:
    return root / LOG_PATH


def read_recheck_log(root: Path) -> dict[str, RecheckEntry]:
    """The entries of `<root>/.claimcheck/recheck.json` by source id; {} when there is no log yet.

    Raises `RecheckLogError` when the file is unreadable, not JSON, of another format or of a newer
    version than this code knows.
    """
    path = recheck_log_path(root)
    shown = LOG_PATH.as_posix()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as exc:
        raise RecheckLogError(f"{shown}: cannot read the recheck log: {exc}") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RecheckLogError(f"{shown}:{exc.lineno}:{exc.colno}: not valid JSON: {exc.msg}") from None
    if not isinstance(data, dict) or data.get("format") != LOG_FORMAT:
        raise RecheckLogError(f"{shown}: not a claimcheck recheck log")
    version = data.get("version")
    if not isinstance(version, int) or version > LOG_VERSION or version < 1:
        raise RecheckLogError(f"{shown}: recheck log version {version!r} is not supported (expected 1)")
    sources = data.get("sources")
    if not isinstance(sources, dict):
        raise RecheckLogError(f"{shown}: `sources` must be a mapping of source ids to entries")
    entries: dict[str, RecheckEntry] = {}
    for source_id, raw in sources.items():
        try:
            entries[str(source_id)] = RecheckEntry.from_dict(raw)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise RecheckLogError(f"{shown}: entry {source_id!r} is malformed: {exc}") from None
    return entries


def render_recheck_log(entries: Mapping[str, RecheckEntry]) -> str:
    document = {
        "format": LOG_FORMAT,
        "version": LOG_VERSION,
        "sources": {source_id: entries[source_id].to_dict() for source_id in sorted(entries)},
    }
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def write_recheck_log(root: Path, entries: Mapping[str, RecheckEntry]) -> Path:
    """Replace the log with `entries` (atomically); returns its path."""
    path = recheck_log_path(root)
    write_text_atomic(path, render_recheck_log(entries))
    return path


@contextlib.contextmanager
def _log_locked(root: Path) -> Iterator[None]:
    """An exclusive lock on the log's folder (a lock file would be one more file to commit by
    mistake); waits for whoever holds it. Released when the folder's descriptor closes."""
    folder = recheck_log_path(root).parent
    folder.mkdir(parents=True, exist_ok=True)
    fd = os.open(folder, os.O_RDONLY)
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def update_recheck_log(
    root: Path,
    change: Callable[[dict[str, RecheckEntry]], Mapping[str, RecheckEntry]],
    *,
    unreadable_as_empty: bool = False,
) -> Path:
    """Write `change(current log)` as the log, reading it afresh under the log's lock.

    Raises `RecheckLogError` if the current log cannot be read (unless `unreadable_as_empty`:
    then it is replaced), OSError if it cannot be written.
    """
    with _log_locked(root):
        try:
            current = read_recheck_log(root)
        except RecheckLogError:
            if not unreadable_as_empty:
                raise
            current = {}
        return write_recheck_log(root, change(current))
