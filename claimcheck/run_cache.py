"""A whole-audit cache: when no input file, setting or option changed, the last outputs are reused.

The key is the hash of every byte the audit reads (sources, claims, settings, the recheck log),
the options that shape the output, and claimcheck's version; so a hit can only repeat what a
full run would print. Anything unusual about the files (a link, a pipe) disables it for the run.
"""

from __future__ import annotations

import hashlib
import stat
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimcheck.cache import Cache, make_key
from claimcheck.loader import CLAIM_SUFFIXES, _data_files
from claimcheck.repository import Repository
from claimcheck.settings import Settings
from claimcheck.web.recheck_log import LOG_PATH

KIND = "runs"
MAX_CACHED_CHARS = 50_000_000  # larger outputs (a 1M-claim JSON) are not worth storing


@dataclass(frozen=True)
class RunOutputs:
    """What one audit printed (in pieces, to be written one after another) and wrote, and its
    exit status."""

    stdout: Sequence[str]
    report: str | None
    exit_code: int


def _digest_files(root: Path, paths: Iterable[Path]) -> list[list[str]] | None:
    digests = []
    for path in paths:
        try:
            info = path.lstat()
            if stat.S_ISLNK(info.st_mode):  # a link the listing allowed: its target's bytes count
                path = path.resolve()
                info = path.lstat()
        except OSError:
            return None
        if not stat.S_ISREG(info.st_mode):
            return None  # links and special files: leave them to the full run's checks
        try:
            data = path.read_bytes()
        except OSError:
            return None
        digests.append([path.relative_to(root).as_posix(), hashlib.sha256(data).hexdigest()])
    return digests


def run_key(settings: Settings, options: dict[str, Any]) -> str | None:
    """The key of an audit over the repository's current files with these options (None: no caching)."""
    root = settings.root
    scratch = Repository(root=root, settings=settings)  # collects what the listing finds odd
    try:
        files = [
            *_data_files(scratch, settings.sources_dir, (".md",)),
            *_data_files(scratch, settings.claims_dir, CLAIM_SUFFIXES),
        ]
    except OSError:
        return None
    if scratch.findings:
        return None
    extra = [root / name for name in ("claimcheck.toml", "pyproject.toml") if (root / name).exists()]
    if (root / LOG_PATH).exists():
        extra.append(root / LOG_PATH)
    try:
        # Listed files sit under the settings' folders, which are resolved already: only links
        # (and the few files named here) need resolving, not 10,000 paths component by component.
        digests = _digest_files(root.resolve(), [*files, *(path.resolve() for path in extra)])
    except ValueError:
        return None  # a file outside the repository
    if digests is None:
        return None
    return make_key("audit-run", sorted(options.items()), digests)


def load_outputs(cache: Cache, key: str | None) -> RunOutputs | None:
    if key is None:
        return None
    data = cache.get(KIND, key)
    if not isinstance(data, dict):
        return None
    stdout, report, exit_code = data.get("stdout"), data.get("report"), data.get("exit")
    if not isinstance(stdout, str) or not isinstance(exit_code, int):
        return None
    if report is not None and not isinstance(report, str):
        return None
    return RunOutputs([stdout], report, exit_code)


def store_outputs(cache: Cache, key: str | None, outputs: RunOutputs) -> None:
    if key is None or sum(map(len, outputs.stdout)) + len(outputs.report or "") > MAX_CACHED_CHARS:
        return
    stdout = "".join(outputs.stdout)
    cache.put(KIND, key, {"stdout": stdout, "report": outputs.report, "exit": outputs.exit_code})
