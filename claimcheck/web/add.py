"""`source add`: capture pages (fetched concurrently, or read from a file) and write `sources/<id>.md`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from claimcheck.atomic_write import write_text_atomic
from claimcheck.source_file import render_source_file
from claimcheck.web.capture import Capture, capture_file, capture_url
from claimcheck.web.fetch import Fetcher
from claimcheck.web.fetch_error import FetchError
from claimcheck.web.politeness import run_concurrently
from claimcheck.web.recheck_log import RecheckEntry, RecheckLogError, update_recheck_log


@dataclass(frozen=True)
class Added:
    """A source written: its id, its file, and where it came from."""

    source_id: str
    path: Path
    origin: str
    title: str | None


@dataclass(frozen=True)
class AddFailed:
    """A page that could not be added, with the one-line reason."""

    origin: str
    reason: str


AddOutcome = Added | AddFailed


@dataclass(frozen=True)
class AddReport:
    """The outcome of each page, in the order given, and warnings that are no page's failure."""

    outcomes: tuple[AddOutcome, ...]
    warnings: tuple[str, ...] = field(default=())

    @property
    def failed(self) -> bool:
        return any(isinstance(outcome, AddFailed) for outcome in self.outcomes)


class SourceExists(Exception):
    """`sources/<id>.md` exists and `--force` was not given."""

    def __init__(self, path: Path, shown: str) -> None:
        super().__init__(f"{shown} already exists; give another id with --id, or --force to replace it")
        self.path = path


def write_capture(capture: Capture, sources_dir: Path, *, force: bool, root: Path) -> Path:
    """Write `sources/<id>.md` atomically; an existing source is replaced (where it is) only with `force`."""
    path = existing_source_file(sources_dir, capture.source_id) or sources_dir / f"{capture.source_id}.md"
    if path.exists() and not force:
        raise SourceExists(path, _shown(path, root))
    write_text_atomic(path, render_source_file(capture.meta, capture.body))
    return path


def existing_source_file(sources_dir: Path, source_id: str) -> Path | None:
    """The file holding `source_id` now: `sources/<id>.md`, or one in a subfolder (which the loader reads)."""
    direct = sources_dir / f"{source_id}.md"
    if direct.exists():
        return direct
    if not sources_dir.is_dir():
        return None
    for path in sorted(sources_dir.rglob(f"{source_id}.md")):
        if not any(part.startswith(".") for part in path.relative_to(sources_dir).parts):
            return path
    return None


def add_urls(
    urls: Sequence[str],
    *,
    fetcher: Fetcher,
    root: Path,
    sources_dir: Path,
    retrieved: dt.date,
    checked_at: str,
    source_id: str | None = None,
    force: bool = False,
    on_done: Callable[[str], None] | None = None,
) -> AddReport:
    """Fetch every address (concurrently, politely) and write a source for each that works.

    Files are written after all fetches, in the order given, so ids are settled the same way on
    every run; a failing address never stops the others. The recheck log learns each page's
    validators so that the first `recheck` can ask "changed since?".
    """
    unique = list(dict.fromkeys(url.strip() for url in urls if url.strip()))

    def job(url: str) -> Capture | AddFailed:
        try:
            return capture_url(fetcher, url, source_id=source_id, retrieved=retrieved, checked_at=checked_at)
        except FetchError as error:
            return AddFailed(url, str(error))
        except Exception as exc:
            # A surprise (a parser bug on one odd page) must not stop the other addresses.
            return AddFailed(url, f"unexpected error: {type(exc).__name__}: {exc}")

    captures = run_concurrently(unique, job, (lambda url, _result: on_done(url)) if on_done else None)
    outcomes: list[AddOutcome] = []
    written: dict[str, str] = {}
    log_entries: dict[str, RecheckEntry] = {}
    for url, result in zip(unique, captures, strict=True):
        if isinstance(result, AddFailed):
            outcomes.append(result)
            continue
        earlier = written.get(result.source_id)
        if earlier is not None:
            reason = f"id {result.source_id} was already given to {earlier} in this run; add it with --id"
            outcomes.append(AddFailed(url, reason))
            continue
        outcome = _write(result, sources_dir, force=force, root=root)
        outcomes.append(outcome)
        if isinstance(outcome, Added):
            written[result.source_id] = url
            if result.log_entry is not None:
                log_entries[result.source_id] = result.log_entry
    warnings = _record_in_log(root, log_entries)
    return AddReport(tuple(outcomes), tuple(warnings))


def add_file(
    path: Path,
    *,
    root: Path,
    sources_dir: Path,
    retrieved: dt.date,
    url: str | None = None,
    source_id: str | None = None,
    force: bool = False,
) -> AddReport:
    """Write a source from a saved HTML page or a plain-text file."""
    try:
        capture = capture_file(path, url=url, source_id=source_id, retrieved=retrieved)
    except FetchError as error:
        return AddReport((AddFailed(str(path), str(error)),))
    except Exception as exc:
        return AddReport((AddFailed(str(path), f"unexpected error: {type(exc).__name__}: {exc}"),))
    return AddReport((_write(capture, sources_dir, force=force, root=root),))


def _write(capture: Capture, sources_dir: Path, *, force: bool, root: Path) -> AddOutcome:
    try:
        path = write_capture(capture, sources_dir, force=force, root=root)
    except SourceExists as exists:
        return AddFailed(capture.origin, str(exists))
    except OSError as exc:
        return AddFailed(capture.origin, f"cannot write {_shown(sources_dir, root)}: {exc.strerror}")
    return Added(capture.source_id, path, capture.origin, capture.meta.get("title"))


def _record_in_log(root: Path, entries: dict[str, RecheckEntry]) -> list[str]:
    if not entries:
        return []
    try:
        update_recheck_log(root, lambda log: {**log, **entries})
    except RecheckLogError as error:
        return [f"{error}; the new sources were not recorded in it"]
    except OSError as exc:
        return [f"cannot write the recheck log: {exc.strerror}"]
    return []


def _shown(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(path)
