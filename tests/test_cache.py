"""The content-hash cache (`.claimcheck-cache/`): the same findings with it as without, whatever happens."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import claimcheck.loader as loader
from claimcheck.cache import CACHE_DIR, Cache, positions_from_plain, positions_to_plain
from claimcheck.cli import app
from claimcheck.engine import audit_repository, open_repository
from claimcheck.output.json_output import render_audit_json
from claimcheck.selection import Selection
from claimcheck.yaml_positions import MappingPositions
from tests.conftest import copy_bundled_corpus, read_cache_entry, write_cache_entry

REPO_ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = REPO_ROOT / "tests" / "examples"
EXAMPLE_CASES = sorted(path.parent for path in EXAMPLES.glob("*/*/expected.yaml"))
NOW = "2026-11-23"
TODAY = dt.date(2026, 11, 23)


def _audit(repo: Path, *extra: str) -> str:
    """The audit as JSON (every finding, with its location and data), via the CLI."""
    result = CliRunner().invoke(
        app,
        ["audit", str(repo), "--no-report", "--format", "json", "--now", NOW, "--fail-on", "none", *extra],
    )
    assert result.exit_code == 0, result.output
    return result.stdout


def _cache_files(repo: Path) -> list[Path]:
    return sorted(path for path in (repo / CACHE_DIR).rglob("*.json"))


def test_bundled_corpus_same_findings_cold_warm_and_without_cache(tmp_path: Path) -> None:
    repo = copy_bundled_corpus(tmp_path)
    without = _audit(repo, "--no-cache")
    assert not (repo / CACHE_DIR).exists()
    cold = _audit(repo)
    assert _cache_files(repo), "the first run fills the cache"
    warm = _audit(repo)
    assert without == cold == warm


def test_a_warm_run_reads_every_file_from_the_cache(tmp_path: Path) -> None:
    repo = copy_bundled_corpus(tmp_path)
    _audit(repo)
    cache = Cache(repo)
    loaded = open_repository(repo, cache=cache)
    audit_repository(loaded, Selection(), TODAY, cache=cache)
    assert cache.misses == 0 and cache.hits >= loaded.files_read


@pytest.mark.parametrize("case", EXAMPLE_CASES, ids=[f"{c.parent.name}/{c.name}" for c in EXAMPLE_CASES])
def test_examples_same_findings_with_and_without_cache(case: Path, tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    shutil.copytree(case, repo, symlinks=True, ignore=shutil.ignore_patterns("expected.yaml"))
    args = ["validate", str(repo), "--format", "json", "--fail-on", "none"]
    runs = [CliRunner().invoke(app, [*args, *extra]) for extra in (["--no-cache"], [], [])]
    assert runs[0].exit_code == runs[1].exit_code == runs[2].exit_code
    assert runs[0].stdout == runs[1].stdout == runs[2].stdout


def test_an_edited_claims_file_is_read_again(tmp_path: Path) -> None:
    repo = copy_bundled_corpus(tmp_path)
    _audit(repo)
    path = sorted((repo / "claims").glob("*.yaml"))[0]
    text = path.read_text(encoding="utf-8")
    # A broken entry, an unknown field and a changed quote: the cache must not hide any of them.
    path.write_text(
        text.replace("  quote:", "  qoute:", 1) + "- id: Bad Id\n  source: nowhere\n", encoding="utf-8"
    )
    with_cache = _audit(repo)
    assert with_cache == _audit(repo, "--no-cache")
    assert "qoute" in with_cache and "Bad Id" in with_cache


def test_an_edited_source_re_anchors_the_quotes_of_unchanged_claims_files(tmp_path: Path) -> None:
    repo = copy_bundled_corpus(tmp_path)
    before = json.loads(_audit(repo))
    source = sorted((repo / "sources").glob("*.md"))[0]
    text = source.read_text(encoding="utf-8")
    front, _, _body = text.partition("\n---\n")
    # Every quote of this source now stands nowhere (and its sha256 no longer matches).
    source.write_text(front + "\n---\n" + "Nothing of what was said.\n", encoding="utf-8")
    after = _audit(repo)
    assert after == _audit(repo, "--no-cache")
    checks = [finding["check"] for finding in json.loads(after)["findings"]]
    assert checks.count("quote-not-found") > sum(
        1 for finding in before["findings"] if finding["check"] == "quote-not-found"
    )


def test_changed_settings_are_not_answered_from_the_cache(tmp_path: Path) -> None:
    repo = copy_bundled_corpus(tmp_path)
    _audit(repo)
    settings = repo / "claimcheck.toml"
    old = settings.read_text(encoding="utf-8") if settings.exists() else ""
    settings.write_text("quote_min_score = 100\n" + old, encoding="utf-8")
    assert _audit(repo) == _audit(repo, "--no-cache")


@pytest.mark.parametrize(
    "garbage",
    [b"", b"not json", b"[]", b'{"salt": "claimcheck-cache:0:0.0", "key": "x", "data": {}}', b"\xff\xfe"],
)
def test_corrupt_or_foreign_entries_are_ignored_and_rewritten(tmp_path: Path, garbage: bytes) -> None:
    repo = copy_bundled_corpus(tmp_path)
    expected = _audit(repo, "--no-cache")
    _audit(repo)
    files = _cache_files(repo)
    for path in files:
        path.write_bytes(garbage)
    assert _audit(repo) == expected
    for path in files:
        entry = read_cache_entry(path)
        assert entry["key"] == path.stem
    assert _audit(repo) == expected


def test_entries_of_the_right_form_but_wrong_shape_are_ignored(tmp_path: Path) -> None:
    repo = copy_bundled_corpus(tmp_path)
    expected = _audit(repo, "--no-cache")
    _audit(repo)
    for path in _cache_files(repo):
        entry = read_cache_entry(path)  # sealed, as if a faulty claimcheck had written them
        entry["data"] = {"claims": [[{"id": 5}, [1]]], "findings": [{}], "path": 3, "meta": 7}
        write_cache_entry(path, entry)
    assert _audit(repo) == expected
    assert _audit(repo) == expected


def test_entries_not_sealed_with_the_users_key_are_not_believed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A cache that came with the repository (another machine's, or forged in a pull request to
    say "nothing found") is read as missing: the findings come from the files."""
    repo = copy_bundled_corpus(tmp_path)
    expected = _audit(repo, "--no-cache")
    assert '"conflict"' in expected
    _audit(repo)
    nothing_found = json.loads(expected)
    nothing_found["findings"] = []
    for path in _cache_files(repo):
        entry = read_cache_entry(path)
        if path.parent.parent.name == "runs":
            entry["data"]["stdout"] = json.dumps(nothing_found)
            entry["data"]["exit"] = 0
        path.write_bytes(json.dumps(entry).encode("utf-8"))  # the forger has no key: no seal
    assert _audit(repo) == expected
    for path in _cache_files(repo):
        write_cache_entry(path, read_cache_entry(path))  # rewritten by the run, sealed
    # entries sealed with another user's key do not open either
    monkeypatch.setenv("CLAIMCHECK_CACHE_KEY_FILE", str(tmp_path / "another-users-key"))
    assert _audit(repo) == expected
    assert (tmp_path / "another-users-key").stat().st_mode & 0o077 == 0, "the key is the user's alone"


def test_without_a_place_for_the_key_there_is_no_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = copy_bundled_corpus(tmp_path)
    blocked = tmp_path / "a file"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("CLAIMCHECK_CACHE_KEY_FILE", str(blocked / "cache-key"))
    assert _audit(repo) == _audit(repo, "--no-cache")
    assert not (repo / CACHE_DIR).exists()


def test_a_cache_folder_that_is_a_link_is_not_used(tmp_path: Path) -> None:
    repo = copy_bundled_corpus(tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (repo / CACHE_DIR).symlink_to(elsewhere, target_is_directory=True)
    assert _audit(repo) == _audit(repo, "--no-cache")
    assert list(elsewhere.iterdir()) == []


def test_an_unwritable_cache_does_not_stop_the_audit(tmp_path: Path) -> None:
    repo = copy_bundled_corpus(tmp_path)
    (repo / CACHE_DIR).write_text("a file, not a folder", encoding="utf-8")
    assert _audit(repo) == _audit(repo, "--no-cache")


def test_parallel_loading_gives_the_same_repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = copy_bundled_corpus(tmp_path)
    (repo / "claims" / "broken.yaml").write_text("- id: [unclosed\n- 5\n", encoding="utf-8")
    serial = render_audit_json(audit_repository(open_repository(repo), Selection(), TODAY))
    monkeypatch.setattr(loader, "PARALLEL_MIN_BYTES", 0)
    monkeypatch.setattr(loader, "PARALLEL_MIN_FILES", 1)
    monkeypatch.setattr(loader, "_worker_count", lambda pending: 2)
    cache = Cache(repo)
    parallel = render_audit_json(
        audit_repository(
            open_repository(repo, cache=cache),
            Selection(),
            TODAY,
            cache=cache,
        )
    )
    assert parallel == serial
    assert _cache_files(repo)
    assert _audit(repo) == serial


def test_two_concurrent_audits_agree_and_leave_a_readable_cache(tmp_path: Path) -> None:
    repo = copy_bundled_corpus(tmp_path)
    command = [sys.executable, "-m", "claimcheck", "audit", str(repo), "--no-report", "--format", "json"]
    command += ["--now", NOW, "--fail-on", "none"]
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    expected = subprocess.run([*command, "--no-cache"], capture_output=True, env=env, timeout=120, check=True)
    for _ in range(2):  # cold, then both warm
        runs = [
            subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env) for _ in "ab"
        ]
        outputs = [run.communicate(timeout=120) for run in runs]
        for run, (stdout, stderr) in zip(runs, outputs, strict=True):
            assert run.returncode == 0, stderr.decode()
            assert stdout == expected.stdout
        for path in _cache_files(repo):
            assert read_cache_entry(path)["key"] == path.stem
    leftovers = [path for path in (repo / CACHE_DIR).rglob("*") if path.name.endswith(".tmp")]
    assert leftovers == []


_POSITIONS = MappingPositions(
    start=(4, 3),
    keys={"id": (4, 3), "about": (5, 3), "note": (9, 3)},
    values={"id": (4, 7), "about": (5, 10)},
    repeated_keys=[("about", (7, 3))],
)


@pytest.mark.parametrize("key", [None, "id", "about", "note", "quote"])
def test_a_cached_position_is_where_the_entry_said(key: str | None) -> None:
    """A value's position, else its key's, else the entry's start: looked up without decoding
    the whole entry, and the same after decoding it."""
    restored = positions_from_plain(positions_to_plain(_POSITIONS))
    assert restored.of(key) == _POSITIONS.of(key)
    assert restored == _POSITIONS
    assert restored.of(key) == _POSITIONS.of(key)


@pytest.mark.parametrize(
    "lists",
    [
        '[["id",4,7],["about",5,"10"],[]]',  # a column that is not a number
        '[["id",4,7],["about",5],[]]',  # a position cut short
        '[["id",4,7],["about",5,10]]',  # a list missing
        '[["id",4,7],["about",5,10],[1,7,3]]',  # a repeated key that is not a name
        "not json",
    ],
)
def test_a_damaged_cached_position_points_at_the_entry(lists: str) -> None:
    restored = positions_from_plain([4, 3, lists])
    assert restored.of("about") == (4, 3)
    assert restored.keys == {}
