"""`claimcheck init`: a new repository that validates, and one that is already there is left alone."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from claimcheck.init_repo import InitError, init_repository
from claimcheck.loader import load_repository
from claimcheck.settings import SettingsFile, load_settings
from claimcheck.source_file import body_sha256
from tests.ecosystem.conftest import TODAY, validate_findings

FILES = ["README.md", "claimcheck.toml", "claims/example.yaml", "sources/example-source.md"]


def test_init_writes_a_repository(tmp_path: Path, cli_app: typer.Typer) -> None:
    root = tmp_path / "desk"
    result = CliRunner().invoke(cli_app, ["init", str(root)])
    assert result.exit_code == 0, result.output
    assert sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()) == FILES
    assert "claimcheck validate" in result.stdout


def test_the_new_repository_loads_without_findings(tmp_path: Path) -> None:
    init_repository(tmp_path, today=TODAY)
    settings = load_settings(tmp_path)
    assert settings.origin == "claimcheck.toml" and settings.file == SettingsFile()
    repo = load_repository(tmp_path, settings)
    assert repo.findings == []
    [source] = repo.sources.values()
    assert source.meta.sha256 == body_sha256(source.body)
    assert source.meta.retrieved is not None and source.meta.retrieved.start == TODAY
    [record] = repo.claims
    assert record.claim.source == source.id
    assert record.claim.quote in source.body


def test_init_then_validate_passes(tmp_path: Path) -> None:
    init_repository(tmp_path, today=dt.date.today())
    assert validate_findings(tmp_path) == []


def test_init_into_an_empty_existing_folder(tmp_path: Path) -> None:
    (tmp_path / "claims").mkdir()
    (tmp_path / "claimcheck.toml").write_text("\n", encoding="utf-8")
    result = init_repository(tmp_path, today=TODAY)
    assert sorted(result.written) == FILES


@pytest.mark.parametrize(
    "existing",
    ["claimcheck.toml", "sources/mine.md", "claims/mine.yaml"],
)
def test_init_refuses_an_existing_repository_without_force(
    tmp_path: Path, cli_app: typer.Typer, existing: str
) -> None:
    path = tmp_path / existing
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("min_sources = 3\n" if existing.endswith(".toml") else "mine\n", encoding="utf-8")
    result = CliRunner().invoke(cli_app, ["init", str(tmp_path)])
    assert result.exit_code == 2
    assert "already a claim repository" in result.stderr and "--force" in result.stderr
    assert path.read_text(encoding="utf-8") in ("min_sources = 3\n", "mine\n")
    assert not (tmp_path / "README.md").exists()


def test_force_writes_the_examples_and_keeps_other_files(tmp_path: Path) -> None:
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "mine.yaml").write_text("[]\n", encoding="utf-8")
    (tmp_path / "README.md").write_text("# Our desk\n", encoding="utf-8")
    result = init_repository(tmp_path, today=TODAY, force=True)
    assert (tmp_path / "claims" / "mine.yaml").read_text(encoding="utf-8") == "[]\n"
    assert (tmp_path / "README.md").read_text(encoding="utf-8") == "# Our desk\n"
    assert result.kept == ["README.md"]
    assert (tmp_path / "claims" / "example.yaml").exists()


def test_settings_in_pyproject_are_not_doubled(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.claimcheck]\nmin_sources = 3\n", encoding="utf-8")
    with pytest.raises(InitError, match=r"pyproject.toml \[tool.claimcheck\]"):
        init_repository(tmp_path, today=TODAY)
    result = init_repository(tmp_path, today=TODAY, force=True)
    assert not (tmp_path / "claimcheck.toml").exists()
    assert load_settings(tmp_path).file.min_sources == 3
    assert any("pyproject.toml" in kept for kept in result.kept)


def test_init_refuses_a_file(tmp_path: Path, cli_app: typer.Typer) -> None:
    target = tmp_path / "file"
    target.write_text("x", encoding="utf-8")
    result = CliRunner().invoke(cli_app, ["init", str(target)])
    assert result.exit_code == 2 and "not a folder" in result.stderr


def test_the_readme_explains_the_work(tmp_path: Path) -> None:
    init_repository(tmp_path, today=TODAY)
    readme = (tmp_path / "README.md").read_text(encoding="utf-8")
    for words in ("## Add a source", "## Add a claim", "claimcheck validate", "claimcheck audit"):
        assert words in readme
