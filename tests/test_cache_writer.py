"""Cache entries written by a forked background process: the same entries, and nothing lost or torn."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

import claimcheck.cache_writer as cache_writer
from claimcheck.cache import CACHE_DIR, FORMAT, Cache
from claimcheck.cli import app
from tests.conftest import copy_bundled_corpus

NOW = "2026-11-23"


def _audit(repo: Path) -> str:
    result = CliRunner().invoke(
        app, ["audit", str(repo), "--no-report", "--format", "json", "--now", NOW, "--fail-on", "none"]
    )
    assert result.exit_code == 0, result.output
    return result.stdout


def _corpus(folder: Path) -> Path:
    folder.mkdir()
    return copy_bundled_corpus(folder)


def _entries(repo: Path) -> dict[str, bytes]:
    folder = repo / CACHE_DIR
    return {str(path.relative_to(folder)): path.read_bytes() for path in sorted(folder.rglob("*.json"))}


def test_background_writer_leaves_the_same_entries_as_writing_inline(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    inline_repo = _corpus(tmp_path / "inline")
    monkeypatch.setattr(cache_writer, "BACKGROUND_MIN_CLAIMS", 10**9)
    inline = _audit(inline_repo)

    forked_repo = _corpus(tmp_path / "forked")
    monkeypatch.setattr(cache_writer, "BACKGROUND_MIN_CLAIMS", 1)
    forks: list[int] = []
    real_fork = os.fork

    def counting_fork() -> int:
        pid = real_fork()
        if pid:
            forks.append(pid)
        return pid

    monkeypatch.setattr(os, "fork", counting_fork)
    forked = _audit(forked_repo)

    assert forks, "the entries were handed to a background process"
    assert forked == inline
    # the claims, inputs and features of each of the corpus's claims files (the run's outputs are
    # keyed by where the report goes, which differs)
    entries = {name: data for name, data in _entries(forked_repo).items() if "/runs/" not in name}
    assert entries == {name: data for name, data in _entries(inline_repo).items() if "/runs/" not in name}
    assert {name.split("/")[1] for name in entries} == {"claims", "inputs", "claim-texts"}
    assert not list((forked_repo / CACHE_DIR).rglob("*.tmp")), "no temporary file left behind"


def test_a_writer_that_dies_costs_only_cache_misses(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = copy_bundled_corpus(tmp_path)
    expected = _audit(_corpus(tmp_path / "reference"))
    monkeypatch.setattr(cache_writer, "BACKGROUND_MIN_CLAIMS", 1)

    def die(*_args: object) -> None:
        raise MemoryError  # in the child: it gives up before writing anything

    real_put = Cache.put
    parent = os.getpid()

    def put_unless_child(self: Cache, kind: str, key: str, data: object) -> None:
        if os.getpid() != parent:
            die()
        real_put(self, kind, key, data)

    monkeypatch.setattr(Cache, "put", put_unless_child)
    assert _audit(repo) == expected
    kinds = {name.split("/")[1] for name in _entries(repo)}
    assert "claims" not in kinds and "inputs" not in kinds, "the dead writer's entries are misses"
    monkeypatch.undo()
    shutil.rmtree(repo / CACHE_DIR / f"v{FORMAT}" / "runs")  # not the whole run's outputs: its files again
    assert _audit(repo) == expected, "the next run reads the files again and gets the same findings"
    assert {"claims", "inputs", "claim-texts"} <= {name.split("/")[1] for name in _entries(repo)}


def test_outside_deferral_entries_are_written_at_once(tmp_path: Path) -> None:
    cache = Cache(tmp_path)
    cache.put_later("claims", "ab" * 32, lambda: {"x": 1}, claims=10**6)
    assert cache.get("claims", "ab" * 32) == {"x": 1}


def test_an_interrupted_run_drops_what_it_had_not_written(tmp_path: Path) -> None:
    cache = Cache(tmp_path)
    made: list[str] = []

    def make() -> dict[str, int]:
        made.append("made")
        return {"x": 1}

    with pytest.raises(KeyboardInterrupt), cache.writes_deferred():
        cache.put_later("claims", "cd" * 32, make, claims=1)
        raise KeyboardInterrupt
    assert made == [] and cache.get("claims", "cd" * 32) is None
    with cache.writes_deferred():
        cache.put_later("claims", "cd" * 32, make, claims=1)
        assert made == [], "deferred until the way out"
    assert cache.get("claims", "cd" * 32) == {"x": 1}
