"""Read `sources/*.md` and `claims/*.yaml|*.json|*.jsonl` into a `Repository`, every problem a finding."""

from __future__ import annotations

import codecs
import contextlib
import dataclasses
import functools
import json
import os
import re
import stat
import unicodedata
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import Any, Protocol, cast

from pydantic import ValidationError

from claimcheck.audit.heap import collector_paused
from claimcheck.cache import (
    Cache,
    EntryError,
    claim_from_plain,
    claim_to_plain,
    content_hash,
    finding_from_plain,
    finding_to_plain,
    make_key,
    meta_from_plain,
    meta_to_plain,
    positions_from_plain,
    positions_to_plain,
)
from claimcheck.entry_errors import INVALID_ENTRY, describe_type, findings_from_validation
from claimcheck.fast_model import build_claim, build_meta
from claimcheck.findings import Finding, Location, Severity
from claimcheck.model import CLAIM_FIELDS, ID_PATTERN, SOURCE_FIELDS, Claim, SourceMeta
from claimcheck.output.terminal_safe import terminal_safe
from claimcheck.repository import ClaimRecord, Repository, SourceDocument
from claimcheck.settings import Settings
from claimcheck.simple_yaml import read_mapping
from claimcheck.source_file import split_front_matter
from claimcheck.yaml_positions import (
    LinePositions,
    MappingPositions,
    YamlError,
    parse_block_list,
    parse_yaml,
    split_block_list,
)

CLAIM_SUFFIXES = (".yaml", ".yml", ".json", ".jsonl")
# Files a person keeps beside the data without them being data.
IGNORED_NAMES = frozenset({"README.md", "readme.md", "README", "index.md"})
MAX_FILE_BYTES = 256 * 1024 * 1024
# Byte-order marks of the encodings editors on Windows like to save in (UTF-32 before UTF-16:
# its little-endian mark starts with UTF-16's).
_OTHER_ENCODINGS = (
    (codecs.BOM_UTF32_LE, "UTF-32"),
    (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF16_LE, "UTF-16"),
    (codecs.BOM_UTF16_BE, "UTF-16"),
)


class Progress(Protocol):
    """What the engine tells whoever shows progress (the CLI): no UI code lives in the engine."""

    def phase(self, name: str, total: int | None = None) -> None:
        """A new phase begins (`total` steps, or None when unknown)."""

    def advance(self, steps: int = 1) -> None:
        """Some steps of the current phase are done."""


class _NoProgress:
    def phase(self, name: str, total: int | None = None) -> None:
        pass

    def advance(self, steps: int = 1) -> None:
        pass


NO_PROGRESS: Progress = _NoProgress()


class RepositoryError(Exception):
    """The repository itself cannot be read (a missing folder): exit status 2, not a finding."""


def load_repository(
    root: Path, settings: Settings, *, cache: Cache | None = None, progress: Progress | None = None
) -> Repository:
    """Load every source and claim under `root`; one broken entry never hides the others.

    With a `cache`, a file whose content was read before (same bytes, same place) is not parsed
    again; files not in it are read in parallel when there are many.
    """
    cache = cache if cache is not None else Cache.disabled(root)
    progress = progress if progress is not None else NO_PROGRESS
    repo = Repository(root=root, settings=settings)
    for folder, what in ((settings.sources_dir, "sources"), (settings.claims_dir, "claims")):
        shown = terminal_safe(_display(root, folder))
        setting = f"set `{what} = …` in claimcheck.toml"
        if not folder.exists():
            raise RepositoryError(f"{shown}: the {what} folder does not exist (create it, or {setting})")
        if not folder.is_dir():
            raise RepositoryError(f"{shown}: the {what} folder is a file, not a folder ({setting})")
    source_paths = _data_files(repo, settings.sources_dir, (".md",))
    claim_paths = _data_files(repo, settings.claims_dir, CLAIM_SUFFIXES)
    progress.phase("loading files", len(source_paths) + len(claim_paths))
    shown_of = _Displayer(root)
    # Loading makes millions of objects and no garbage cycles worth finding: the cyclic collector
    # would walk everything loaded so far again and again (a third of the time at 100k claims).
    with collector_paused():
        _load_sources(repo, source_paths, shown_of, cache, progress)
        _load_claim_files(repo, claim_paths, shown_of, cache, progress)
    return repo


class _Displayer:
    """`_display` for many files: the root resolved once, not once per file."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.resolved = root.resolve()

    def __call__(self, path: Path) -> str:
        # `path` comes from a folder that was resolved (settings resolve them) and os.walk, so it
        # is absolute; only links need resolving again.
        if path.is_absolute() and not path.is_symlink():
            try:
                return path.relative_to(self.resolved).as_posix()
            except ValueError:
                pass
        return _display(self.root, path)


def _display(root: Path, path: Path) -> str:
    """A path as users see it: relative to the repository root where possible."""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def _data_files(repo: Repository, folder: Path, suffixes: tuple[str, ...]) -> list[Path]:
    """The data files under `folder`, sorted; links that lead elsewhere are findings, never read.

    A symbolic link is read only when it leads to a regular file inside the repository (or inside
    `folder`, which settings may place elsewhere). Linked folders are not followed: a link cycle
    could never end, and a link to a folder outside would read files nobody committed.
    """
    allowed = (repo.root.resolve(), folder)
    found = []

    def unreadable(error: OSError) -> None:
        where = _display_unresolved(repo.root, Path(error.filename or folder))
        repo.findings.append(_invalid(where, 1, 1, f"cannot read folder: {error.strerror}", "check it"))

    for top, folders, files in os.walk(folder, onerror=unreadable, followlinks=False):
        base = Path(top)
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        for name in folders:
            if (base / name).is_symlink():
                _refuse_link(repo, base / name, "a folder", linked_folder=True)
        for name in files:
            path = base / name
            if name.startswith(".") or name in IGNORED_NAMES or path.suffix.lower() not in suffixes:
                continue
            if path.is_symlink() and not _link_allowed(repo, path, allowed):
                continue
            found.append(path)
    return sorted(found)


def _link_allowed(repo: Repository, path: Path, allowed: tuple[Path, ...]) -> bool:
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError):  # missing target, or a loop of links
        _refuse_link(repo, path, "nowhere (a missing file, or a loop of links)")
        return False
    if not any(target.is_relative_to(area) for area in allowed):
        _refuse_link(repo, path, "a file outside the repository")
        return False
    return True


def _refuse_link(repo: Repository, path: Path, what: str, linked_folder: bool = False) -> None:
    shown = _display_unresolved(repo.root, path)
    hint = (
        "move the files into the repository, or link each file"
        if linked_folder
        else "copy the file into the repository instead of linking to it"
    )
    message = f"symbolic link to {what} is not read"
    repo.findings.append(_invalid(shown, 1, 1, message, hint))


def _display_unresolved(root: Path, path: Path) -> str:
    """A link as users see it: its own place, not where it leads."""
    try:
        return path.relative_to(root.resolve()).as_posix()
    except ValueError:
        try:
            return path.relative_to(root).as_posix()
        except ValueError:
            return path.as_posix()


def _invalid(path: str, line: int, column: int, message: str, hint: str | None, **extra: Any) -> Finding:
    return Finding(
        check=INVALID_ENTRY,
        severity=Severity.ERROR,
        message=message,
        location=Location(path, line, column),
        hint=hint,
        **extra,
    )


def _read_text(repo: Repository, path: Path, shown: str) -> str | None:
    """The file's text, or None after recording why it cannot be read."""
    data = _read_bytes(repo, path, shown)
    return None if data is None else _decode(repo, shown, data)


def _read_bytes(repo: Repository, path: Path, shown: str) -> bytes | None:
    """The file's bytes, or None after recording why it cannot be read."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            # A named pipe or a device would block, or never end.
            repo.findings.append(
                _invalid(shown, 1, 1, "not a regular file", "keep only text files in this folder")
            )
            return None
        if info.st_size > MAX_FILE_BYTES:
            repo.findings.append(
                _invalid(shown, 1, 1, "file is larger than 256 MB", "split it into several files")
            )
            return None
        return path.read_bytes()
    except OSError as exc:
        repo.findings.append(_invalid(shown, 1, 1, f"cannot read file: {exc.strerror}", "check the file"))
        return None


def _decode(repo: Repository, shown: str, data: bytes) -> str | None:
    """The bytes as UTF-8 text, or None after recording why they are not."""
    for bom, encoding in _OTHER_ENCODINGS:
        if data.startswith(bom):
            repo.findings.append(
                _invalid(shown, 1, 1, f"file is {encoding} text, not UTF-8", "save the file as UTF-8")
            )
            return None
    if b"\x00" in data[:8192]:
        repo.findings.append(_invalid(shown, 1, 1, "binary file, not text", "remove it or save it as UTF-8"))
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        # In characters, as editors count: the line up to the bad byte is valid UTF-8.
        column = len(data[data.rfind(b"\n", 0, exc.start) + 1 : exc.start].decode("utf-8")) + 1
        repo.findings.append(
            _invalid(shown, line, column, "file is not valid UTF-8", "save the file as UTF-8")
        )
        return None
    # A byte-order mark starts the file, or a line where `cat a.yaml b.yaml` glued two files.
    return text.removeprefix("\ufeff").replace("\n\ufeff", "\n")


# -- sources --------------------------------------------------------------------------------------


_SourceOutcome = tuple[list[Finding], SourceDocument | None, str]


def _load_sources(
    repo: Repository, paths: list[Path], shown_of: _Displayer, cache: Cache, progress: Progress
) -> None:
    """Read every source: from the cache where its bytes were read before, else parse it (in
    worker processes when there are many); results are added in file order either way."""
    outcomes: list[_SourceOutcome | None] = [None] * len(paths)
    parallel = _parallel_worth_it(paths) > 1
    pending: list[tuple[int, str, str, bytes, str, str]] = []  # index, shown, id, bytes, hash, key
    for index, path in enumerate(paths):
        repo.files_read += 1
        shown = shown_of(path)
        source_id = path.stem
        scratch = _scratch(repo)
        data = _read_bytes(scratch, path, shown)
        if data is None:
            outcomes[index] = (scratch.findings, None, "")
            progress.advance(1)
            continue
        # Hashing 600 MB of sources costs seconds: only the cache needs it (for anchors' keys).
        digest = content_hash(data) if cache.enabled else ""
        if parallel:
            pending.append((index, shown, source_id, data, digest, ""))
            continue
        # Parsed here and now, one file's bytes held at a time. Not from the cache: reading a
        # source's front matter costs no more than reading and checking its cache entry.
        findings, document = _parse_source(shown, source_id, data)
        outcomes[index] = (findings, document, digest)
        progress.advance(1)
    if pending:
        workers = _worker_count([(item[0], "", "", item[3], "") for item in pending])
        with ProcessPoolExecutor(max_workers=workers) as pool:
            plains = pool.map(
                parse_source_file,
                [item[1] for item in pending],
                [item[2] for item in pending],
                [item[3] for item in pending],
                chunksize=max(1, min(64, len(pending) // (4 * workers))),
            )
            for (index, shown, source_id, data, digest, _key), plain in zip(pending, plains, strict=True):
                outcomes[index] = _source_outcome(shown, source_id, data, plain, digest)
                progress.advance(1)
    for outcome in outcomes:
        if outcome is None:
            continue
        findings, document, digest = outcome
        repo.findings.extend(findings)
        if document is not None:
            repo.sources[document.id] = document
            if cache.enabled:
                cache.source_hashes[document.id] = digest


def _parse_source(shown: str, source_id: str, data: bytes) -> tuple[list[Finding], SourceDocument | None]:
    scratch = Repository(root=Path("."), settings=cast(Settings, None))
    text = _decode(scratch, shown, data)
    if text is not None:
        _source_from_text(scratch, shown, source_id, text)
    return scratch.findings, scratch.sources.get(source_id)


def _source_to_plain(findings: list[Finding], document: SourceDocument | None) -> dict[str, Any]:
    return {
        "findings": [finding_to_plain(finding) for finding in findings],
        "meta": meta_to_plain(document.meta) if document else None,
        "positions": positions_to_plain(document.positions) if document and document.positions else None,
    }


def parse_source_file(shown: str, source_id: str, data: bytes) -> dict[str, Any]:
    """Read one source file's bytes into plain data (what the cache stores); run in worker processes."""
    return _source_to_plain(*_parse_source(shown, source_id, data))


def _source_outcome(shown: str, source_id: str, data: bytes, entry: Any, digest: str) -> _SourceOutcome:
    """Rebuild what `_source_from_text` made of these bytes (all checked before any is used)."""
    findings = [finding_from_plain(plain) for plain in entry["findings"]]
    document = None
    if entry["meta"] is not None:
        text = data.decode("utf-8").removeprefix("\ufeff").replace("\n\ufeff", "\n")
        parts = split_front_matter(text)
        if parts is None:
            raise EntryError("front matter")
        positions = entry["positions"]
        document = SourceDocument(
            id=source_id,
            path=shown,
            meta=meta_from_plain(entry["meta"]),
            body=parts[1],
            body_line=parts[2],
            positions=positions_from_plain(positions) if positions is not None else None,
        )
    return findings, document, digest


def _source_from_text(repo: Repository, shown: str, source_id: str, text: str) -> None:
    if not ID_PATTERN.match(source_id):
        repo.findings.append(
            _invalid(
                shown,
                1,
                1,
                f"source id {source_id!r} (the file name) is not a valid id",
                lookalike_hint(source_id) or "rename the file: lowercase letters, digits and '-'",
            )
        )
        return
    parts = split_front_matter(text)
    if parts is None:
        hint = "start the file with a line `---`, the front matter, and another line `---`"
        message = "source has no front matter" if not text.startswith("---") else "front matter never ends"
        repo.findings.append(_invalid(shown, 1, 1, message, hint))
        return
    front, body, body_line = parts
    simple = read_mapping(front, line_offset=1)  # the usual plain front matter, without libyaml
    if simple is not None:
        data, positions = simple
    else:
        try:
            parsed = parse_yaml(front, line_offset=1)
        except YamlError as exc:
            repo.findings.append(_invalid(shown, exc.line, exc.column, exc.message, exc.hint))
            return
        data = parsed.data if parsed.data is not None else {}
        if not isinstance(data, dict) or (parsed.top is None and data):
            repo.findings.append(
                _invalid(shown, 2, 1, "front matter must be a mapping of fields", "write `title: …` lines")
            )
            return
        positions = parsed.top or MappingPositions(start=(2, 1))
    _report_repeated_keys(repo, shown, positions, None)
    meta = build_meta(data)  # plainly valid front matter: no pydantic round
    if meta is None:
        try:
            meta = SourceMeta.model_validate(data)
        except ValidationError as exc:
            repo.findings.extend(
                findings_from_validation(exc, data, positions, shown, SOURCE_FIELDS, None, "the front matter")
            )
            return
    repo.sources[source_id] = SourceDocument(
        id=source_id, path=shown, meta=meta, body=body, body_line=body_line, positions=positions
    )


# -- claims ---------------------------------------------------------------------------------------


# A cold run reads files in worker processes when at least this many bytes are to be parsed.
# Since claims and front matter are read without libyaml, parsing costs little more than sending
# the result back: at 100k claims on two (shared) cores, workers took 9.6 s where one process took
# 5.2 s. So only a repository larger than any measured uses them.
PARALLEL_MIN_BYTES = 1024 * 1024 * 1024
PARALLEL_MIN_FILES = 4


def _load_claim_files(
    repo: Repository, paths: list[Path], shown_of: _Displayer, cache: Cache, progress: Progress
) -> None:
    """Read every claims file: from the cache where its bytes were read before, else parse it.

    Results are added in file order whatever order they are computed in, so the findings and
    claims are the same with or without the cache, in one process or several.
    """
    results: list[tuple[list[ClaimRecord], list[Finding]] | None] = [None] * len(paths)
    parallel = _parallel_worth_it(paths)
    pool: ProcessPoolExecutor | None = None
    # Files being parsed in workers, oldest first; bounded, so the bytes of only a few are held.
    inflight: deque[tuple[int, str, Future[_ParsedClaims]]] = deque()

    def finish_oldest() -> None:
        index, key, future = inflight.popleft()
        records, findings, plain = future.result()
        results[index] = (records, findings)
        if plain is not None:
            cache.put("claims", key, plain)
        progress.advance(1)

    try:
        for index, path in enumerate(paths):
            repo.files_read += 1
            shown = shown_of(path)
            scratch = _scratch(repo)
            data = _read_bytes(scratch, path, shown)
            if data is None:
                results[index] = ([], scratch.findings)
                progress.advance(1)
                continue
            suffix = path.suffix.lower()
            key = ""
            entry = None
            if cache.enabled:
                key = make_key("claims", shown, suffix, content_hash(data))
                cache.file_keys[shown] = key
                entry = cache.get("claims", key)
            if entry is not None:
                try:
                    results[index] = _claims_from_plain(shown, entry)
                except (EntryError, KeyError, TypeError, ValueError, AttributeError):
                    pass  # corrupt or foreign: parse the file again, and rewrite the entry
                else:
                    progress.advance(1)
                    continue
            if parallel > 1:
                if pool is None:
                    pool = ProcessPoolExecutor(max_workers=parallel)
                inflight.append(
                    (index, key, pool.submit(parse_claims_file, shown, suffix, data, cache.enabled))
                )
                while len(inflight) > 2 * parallel:
                    finish_oldest()
                continue
            scratch = _scratch(repo)
            _load_claim_text(scratch, shown, suffix, data)
            results[index] = (scratch.claims, scratch.findings)
            if cache.enabled:
                cache.put_later(
                    "claims",
                    key,
                    functools.partial(_claims_to_plain, shown, scratch),
                    claims=len(scratch.claims),
                )
            progress.advance(1)
        while inflight:
            finish_oldest()
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    for result in results:
        if result is not None:
            repo.claims.extend(result[0])
            repo.findings.extend(result[1])


def _parallel_worth_it(paths: list[Path]) -> int:
    """How many worker processes to parse these files in (1: none), from their sizes."""
    if len(paths) < PARALLEL_MIN_FILES:
        return 1
    total = 0
    for path in paths:
        with contextlib.suppress(OSError):
            total += path.stat().st_size
    return _worker_count([(0, "", "", b"", "")] * len(paths)) if total >= PARALLEL_MIN_BYTES else 1


def _worker_count(pending: list[tuple[int, str, str, bytes, str]]) -> int:
    """Worker processes for these files: one per core, when there are enough files (any size)."""
    if len(pending) < PARALLEL_MIN_FILES:
        return 1
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # pragma: no cover - not Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, len(pending)))


def _scratch(repo: Repository) -> Repository:
    """An empty repository to read one file into (its claims and findings are then moved over)."""
    return Repository(root=repo.root, settings=repo.settings)


_ParsedClaims = tuple[list[ClaimRecord], list[Finding], dict[str, Any] | None]


def parse_claims_file(shown: str, suffix: str, data: bytes, plain: bool) -> _ParsedClaims:
    """Read one claims file's bytes (in a worker process): its claims and findings, sent back as
    they are (unpickling them is cheaper than rebuilding them), and the cache's plain data when
    asked for."""
    scratch = Repository(root=Path("."), settings=cast(Settings, None))
    _load_claim_text(scratch, shown, suffix, data)
    return scratch.claims, scratch.findings, _claims_to_plain(shown, scratch) if plain else None


def _claims_to_plain(shown: str, scratch: Repository) -> dict[str, Any]:
    return {
        "path": shown,
        "claims": [
            [claim_to_plain(record.claim), positions_to_plain(record.positions)] for record in scratch.claims
        ],
        "findings": [finding_to_plain(finding) for finding in scratch.findings],
    }


def _claims_from_plain(shown: str, plain: Any) -> tuple[list[ClaimRecord], list[Finding]]:
    if not isinstance(plain, dict) or plain.get("path") != shown:
        raise EntryError("claims file")
    records = [
        ClaimRecord(claim=claim_from_plain(claim), path=shown, positions=positions_from_plain(positions))
        for claim, positions in plain["claims"]
    ]
    return records, [finding_from_plain(finding) for finding in plain["findings"]]


def _load_claim_text(repo: Repository, shown: str, suffix: str, data: bytes) -> None:
    text = _decode(repo, shown, data)
    if text is None:
        return
    if suffix == ".jsonl":
        _load_jsonl(repo, shown, text)
        return
    if suffix == ".json" and text.startswith("[", _skip_json_space(text, 0)):
        _load_json_list(repo, shown, text)
        return
    spans = split_block_list(text)
    if spans is not None:
        # The usual claims file: each item is read on its own (bounded memory; a broken item
        # loses only itself).
        for item in parse_block_list(text, spans):
            if item.error is not None:
                error = item.error
                repo.findings.append(_invalid(shown, error.line, error.column, error.message, error.hint))
            else:
                _add_claim(repo, shown, item.data, item.positions or MappingPositions(start=item.start))
        return
    try:
        parsed = parse_yaml(text)  # JSON is YAML, and this way JSON files get positions too
    except YamlError as exc:
        if suffix == ".json":
            exc = _json_error(text) or exc
        repo.findings.append(_invalid(shown, exc.line, exc.column, exc.message, exc.hint))
        if suffix != ".json":
            _recover_items(repo, shown, text, exc.line)
        return
    if parsed.data is None:
        return  # an empty file, or one of only comments: nothing to check
    if not isinstance(parsed.data, list):
        line, column = parsed.start
        repo.findings.append(
            _invalid(
                shown,
                line,
                column,
                f"a claims file holds a list of claims, not {describe_type(parsed.data)}",
                "start each claim with `- id: …`",
            )
        )
        return
    for index, entry in enumerate(parsed.data):
        positions = parsed.mappings[index] or MappingPositions(start=parsed.items[index])
        _add_claim(repo, shown, entry, positions)


_TOP_ITEM = re.compile(r"^- ", re.MULTILINE)


def _recover_items(repo: Repository, shown: str, text: str, error_line: int) -> None:
    """After a syntax error, still read the list items that are fine on their own.

    A claims file is a top-level list whose items start with `- ` at the first column, so each
    item can be parsed separately; only the item holding the error is lost (it is reported).
    """
    starts = [match.start() for match in _TOP_ITEM.finditer(text)]
    for number, start in enumerate(starts):
        end = starts[number + 1] if number + 1 < len(starts) else len(text)
        first_line = text.count("\n", 0, start)
        last_line = first_line + text.count("\n", start, end)
        if first_line < error_line <= last_line + 1:
            continue  # the broken item: already reported
        try:
            parsed = parse_yaml(text[start:end], line_offset=first_line)
        except YamlError as exc:
            repo.findings.append(_invalid(shown, exc.line, exc.column, exc.message, exc.hint))
            continue
        if isinstance(parsed.data, list):
            for index, entry in enumerate(parsed.data):
                positions = parsed.mappings[index] or MappingPositions(start=parsed.items[index])
                _add_claim(repo, shown, entry, positions)


def _json_error(text: str) -> YamlError | None:
    try:
        json.loads(text)
    except json.JSONDecodeError as exc:
        return YamlError(f"JSON syntax error: {exc.msg}", exc.lineno, exc.colno, "fix the JSON syntax")
    except RecursionError:
        return None  # the YAML reader's "nested too deeply" stands
    return None


_JSON_SPACE = re.compile(r"[ \t\n\r]*")


def _skip_json_space(text: str, index: int) -> int:
    match = _JSON_SPACE.match(text, index)
    return match.end() if match else index


def _load_json_list(repo: Repository, shown: str, text: str) -> None:
    """A JSON list of claims, read item by item: JSON's own rules, and memory bounded by one item.

    Each item is also read as YAML (JSON is YAML) for the positions of its keys; where that fails,
    its fields point at the item.
    """
    decoder = json.JSONDecoder()
    index = _skip_json_space(text, 0) + 1  # past the "["
    line, line_start = 1 + text.count("\n", 0, index), text.rfind("\n", 0, index) + 1
    first = True
    while True:
        index = _skip_json_space(text, index)
        if text.startswith("]", index):
            break
        if not first:
            if not text.startswith(",", index):
                _json_finding(repo, shown, json.JSONDecodeError("Expecting ',' delimiter", text, index))
                return
            index = _skip_json_space(text, index + 1)
        first = False
        line += text.count("\n", line_start, index)
        line_start = text.rfind("\n", 0, index) + 1
        column = index - line_start + 1
        try:
            entry, end = decoder.raw_decode(text, index)
        except json.JSONDecodeError as exc:
            _json_finding(repo, shown, exc)
            return
        except RecursionError:
            repo.findings.append(_invalid(shown, line, column, "JSON nested too deeply", "claims are flat"))
            return
        positions = MappingPositions(start=(line, column))
        if isinstance(entry, dict):
            positions = _json_item_positions(text, line_start, index, end, line) or positions
        _add_claim(repo, shown, entry, positions)
        index = end
    rest = _skip_json_space(text, index + 1)
    if rest < len(text):
        _json_finding(repo, shown, json.JSONDecodeError("Extra data", text, rest))


def _json_item_positions(
    text: str, line_start: int, start: int, end: int, line: int
) -> MappingPositions | None:
    padded = " " * (start - line_start) + text[start:end]
    try:
        parsed = parse_yaml(padded, line_offset=line - 1)
    except YamlError:
        return None
    return parsed.top


def _json_finding(repo: Repository, shown: str, exc: json.JSONDecodeError) -> None:
    repo.findings.append(
        _invalid(shown, exc.lineno, exc.colno, f"JSON syntax error: {exc.msg}", "fix the JSON syntax")
    )


def _load_jsonl(repo: Repository, shown: str, text: str) -> None:
    key_names: dict[tuple[str, ...], tuple[str, ...]] = {}  # one tuple per order of keys
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
        except json.JSONDecodeError as exc:
            repo.findings.append(
                _invalid(
                    shown, number, exc.colno, f"JSON syntax error: {exc.msg}", "write one object per line"
                )
            )
            continue
        except RecursionError:
            repo.findings.append(_invalid(shown, number, 1, "JSON nested too deeply", "claims are flat"))
            continue
        positions = MappingPositions(start=(number, 1))
        if isinstance(entry, dict):
            # JSON Lines carry no key positions: every field points at its line.
            names = tuple(entry)
            positions = LinePositions(number, key_names.setdefault(names, names))
        _add_claim(repo, shown, entry, positions)


def _add_claim(repo: Repository, shown: str, entry: Any, positions: MappingPositions) -> None:
    if not isinstance(entry, dict):
        line, column = positions.start
        repo.findings.append(
            _invalid(
                shown,
                line,
                column,
                f"a claim must be a mapping of fields, not {describe_type(entry)}",
                "write `- id: …` followed by `source:`, `quote:`, `claim:` lines",
            )
        )
        return
    if not positions.repeated_keys:
        claim = build_claim(entry)  # the common, plainly valid entry: no pydantic round
        if claim is not None:
            repo.claims.append(ClaimRecord(claim=claim, path=shown, positions=positions))
            return
    entry_id = entry.get("id") if isinstance(entry.get("id"), str) else None
    _report_repeated_keys(repo, shown, positions, entry_id)
    try:
        claim = Claim.model_validate(entry)
    except ValidationError as exc:
        for finding in findings_from_validation(
            exc, entry, positions, shown, CLAIM_FIELDS, entry_id, "the claim"
        ):
            hint = lookalike_hint(entry_id) if finding.field == "id" and entry_id else None
            repo.findings.append(dataclasses.replace(finding, hint=hint) if hint else finding)
        return
    repo.claims.append(ClaimRecord(claim=claim, path=shown, positions=positions))


def lookalike_hint(text: str) -> str | None:
    """A hint naming the characters of an id that only look like ASCII (Cyrillic `а`, a dash …)."""
    odd = [char for char in dict.fromkeys(text) if ord(char) > 127]
    if not odd:
        return None
    named = ", ".join(
        f"`{terminal_safe(char)}` (U+{ord(char):04X} {unicodedata.name(char, 'unnamed character')})"
        for char in odd[:3]
    )
    return f"it contains {named}, which only looks like a plain letter; retype it in ASCII"


def _report_repeated_keys(
    repo: Repository, shown: str, positions: MappingPositions, entry_id: str | None
) -> None:
    for key, (line, column) in positions.repeated_keys:
        repo.findings.append(
            _invalid(
                shown,
                line,
                column,
                f"key `{key}` is written twice in one entry",
                "keep one; YAML would silently use the last",
                claim_ids=(entry_id,) if entry_id else (),
                field=key,
            )
        )


def iter_claims_of(repo: Repository, source_id: str) -> Iterator[ClaimRecord]:
    return (record for record in repo.claims if record.claim.source == source_id)
