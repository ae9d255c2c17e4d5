"""Read `sources/*.md` and `claims/*.yaml|*.json|*.jsonl` into a `Repository`, every problem a finding."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from claimcheck.entry_errors import INVALID_ENTRY, describe_type, findings_from_validation
from claimcheck.findings import Finding, Location, Severity
from claimcheck.model import CLAIM_FIELDS, ID_PATTERN, SOURCE_FIELDS, Claim, SourceMeta
from claimcheck.repository import ClaimRecord, Repository, SourceDocument
from claimcheck.settings import Settings
from claimcheck.source_file import split_front_matter
from claimcheck.yaml_positions import MappingPositions, YamlError, parse_yaml

CLAIM_SUFFIXES = (".yaml", ".yml", ".json", ".jsonl")
# Files a person keeps beside the data without them being data.
IGNORED_NAMES = frozenset({"README.md", "readme.md", "README", "index.md"})
MAX_FILE_BYTES = 256 * 1024 * 1024


class RepositoryError(Exception):
    """The repository itself cannot be read (a missing folder): exit status 2, not a finding."""


def load_repository(root: Path, settings: Settings) -> Repository:
    """Load every source and claim under `root`; one broken entry never hides the others."""
    repo = Repository(root=root, settings=settings)
    for folder, what in ((settings.sources_dir, "sources"), (settings.claims_dir, "claims")):
        if not folder.exists():
            raise RepositoryError(f"{_display(root, folder)}: the {what} folder does not exist")
        if not folder.is_dir():
            raise RepositoryError(f"{_display(root, folder)}: the {what} folder is a file, not a folder")
    for path in _data_files(settings.sources_dir, (".md",)):
        repo.files_read += 1
        _load_source(repo, path)
    for path in _data_files(settings.claims_dir, CLAIM_SUFFIXES):
        repo.files_read += 1
        _load_claim_file(repo, path)
    return repo


def _display(root: Path, path: Path) -> str:
    """A path as users see it: relative to the repository root where possible."""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def _data_files(folder: Path, suffixes: tuple[str, ...]) -> list[Path]:
    found = [
        path
        for path in folder.rglob("*")
        if path.suffix.lower() in suffixes
        and path.name not in IGNORED_NAMES
        and not any(part.startswith(".") for part in path.relative_to(folder).parts)
    ]
    return sorted(found)


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
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            repo.findings.append(
                _invalid(shown, 1, 1, "file is larger than 256 MB", "split it into several files")
            )
            return None
        data = path.read_bytes()
    except OSError as exc:
        repo.findings.append(_invalid(shown, 1, 1, f"cannot read file: {exc.strerror}", "check the file"))
        return None
    if b"\x00" in data[:8192]:
        repo.findings.append(_invalid(shown, 1, 1, "binary file, not text", "remove it or save it as UTF-8"))
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        repo.findings.append(
            _invalid(shown, line, column, "file is not valid UTF-8", "save the file as UTF-8")
        )
        return None
    return text.removeprefix("\ufeff")


# -- sources --------------------------------------------------------------------------------------


def _load_source(repo: Repository, path: Path) -> None:
    shown = _display(repo.root, path)
    source_id = path.stem
    text = _read_text(repo, path, shown)
    if text is None:
        return
    if not ID_PATTERN.match(source_id):
        repo.findings.append(
            _invalid(
                shown,
                1,
                1,
                f"source id {source_id!r} (the file name) is not a valid id",
                "rename the file: lowercase letters, digits and '-'",
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


def _load_claim_file(repo: Repository, path: Path) -> None:
    shown = _display(repo.root, path)
    text = _read_text(repo, path, shown)
    if text is None:
        return
    if path.suffix.lower() == ".jsonl":
        _load_jsonl(repo, shown, text)
        return
    try:
        parsed = parse_yaml(text)  # JSON is YAML, and this way JSON files get positions too
    except YamlError as exc:
        if path.suffix.lower() == ".json":
            exc = _json_error(text) or exc
        repo.findings.append(_invalid(shown, exc.line, exc.column, exc.message, exc.hint))
        if path.suffix.lower() != ".json":
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
    return None


def _load_jsonl(repo: Repository, shown: str, text: str) -> None:
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
            positions.keys = dict.fromkeys((str(key) for key in entry), (number, 1))
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
    entry_id = entry.get("id") if isinstance(entry.get("id"), str) else None
    _report_repeated_keys(repo, shown, positions, entry_id)
    try:
        claim = Claim.model_validate(entry)
    except ValidationError as exc:
        repo.findings.extend(
            findings_from_validation(exc, entry, positions, shown, CLAIM_FIELDS, entry_id, "the claim")
        )
        return
    repo.claims.append(ClaimRecord(claim=claim, path=shown, positions=positions))


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
