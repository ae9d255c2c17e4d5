"""The whole-audit cache: an unchanged repository gives the same outputs, any change is seen."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from claimcheck.cli import app
from tests.conftest import copy_bundled_corpus


def _audit(repo: Path, *extra: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["audit", str(repo), "--now", "2026-11-23", *extra])
    return result.exit_code, result.output


def _runs(repo: Path) -> list[Path]:
    return sorted((repo / ".claimcheck-cache").glob("v*/runs/*/*.json"))


def test_an_unchanged_repository_reuses_the_outputs_and_rewrites_the_report(tmp_path: Path) -> None:
    repo = copy_bundled_corpus(tmp_path)
    first = _audit(repo)
    report = (repo / "reports" / "audit.md").read_bytes()
    assert len(_runs(repo)) == 1
    (repo / "reports" / "audit.md").unlink()
    assert _audit(repo) == first
    assert (repo / "reports" / "audit.md").read_bytes() == report
    assert len(_runs(repo)) == 1


def test_the_cached_outputs_equal_an_uncached_run(tmp_path: Path) -> None:
    repo = copy_bundled_corpus(tmp_path)
    for args in ((), ("--format", "json"), ("--format", "github", "--no-report")):
        _audit(repo, *args)
        assert _audit(repo, *args) == _audit(repo, "--no-cache", *args)


def test_an_edited_claim_is_seen(tmp_path: Path) -> None:
    repo = copy_bundled_corpus(tmp_path)
    before = _audit(repo, "--format", "json", "--no-report")[1]
    claims = repo / "claims" / "2023-11-08-dw-zhang-moskau.yaml"
    claims.write_text(claims.read_text(encoding="utf-8").replace("value: Sergei Shoigu", "value: Dong Jun"))
    after = _audit(repo, "--format", "json", "--no-report")[1]
    assert after != before
    assert after == _audit(repo, "--no-cache", "--format", "json", "--no-report")[1]


def test_other_options_are_other_runs(tmp_path: Path) -> None:
    repo = copy_bundled_corpus(tmp_path)
    _audit(repo, "--no-report")
    assert _audit(repo, "--no-report", "--fail-on", "none")[0] == 0
    assert len(_runs(repo)) == 2


def test_a_claims_file_linked_inside_the_repository_is_keyed_by_its_targets_bytes(tmp_path: Path) -> None:
    repo = copy_bundled_corpus(tmp_path)
    claims = repo / "claims" / "2023-11-08-dw-zhang-moskau.yaml"
    kept = repo / "kept" / claims.name
    kept.parent.mkdir()
    claims.rename(kept)
    claims.symlink_to(kept)
    before = _audit(repo, "--format", "json", "--no-report")
    assert _audit(repo, "--format", "json", "--no-report") == before
    assert len(_runs(repo)) == 1, "the linked file's repository is cached like any other"
    kept.write_text(kept.read_text(encoding="utf-8").replace("value: Sergei Shoigu", "value: Dong Jun"))
    after = _audit(repo, "--format", "json", "--no-report")
    assert after != before, "an edit to the link's target is seen"
    assert after == _audit(repo, "--no-cache", "--format", "json", "--no-report")
