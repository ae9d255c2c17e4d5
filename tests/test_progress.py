"""Progress: the engine reports its phases to a callback; the CLI shows them only when asked (or on a tty)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from typer.testing import CliRunner

import claimcheck.cli as cli
from claimcheck.cli import app
from claimcheck.engine import audit_repository, open_repository
from claimcheck.selection import Selection
from tests.conftest import copy_bundled_corpus

REPO_ROOT = Path(__file__).resolve().parents[1]


class Recorder:
    def __init__(self) -> None:
        self.phases: list[tuple[str, int | None]] = []
        self.steps: dict[str, int] = {}

    def phase(self, name: str, total: int | None = None) -> None:
        self.phases.append((name, total))
        self.steps[name] = 0

    def advance(self, steps: int = 1) -> None:
        self.steps[self.phases[-1][0]] += steps


def test_the_engine_reports_each_phase_with_its_steps() -> None:
    progress = Recorder()
    repo = open_repository(REPO_ROOT, progress=progress)
    audit_repository(repo, Selection(), dt.date(2026, 11, 23), progress=progress)
    names = [name for name, _ in progress.phases]
    assert names == ["loading files", "anchoring quotes", "cross-referencing"]
    totals = dict(progress.phases)
    assert totals["loading files"] == repo.files_read == progress.steps["loading files"]
    assert totals["anchoring quotes"] == len(repo.claims) == progress.steps["anchoring quotes"]


def test_no_progress_is_shown_unless_asked(tmp_path: Path) -> None:
    repo = copy_bundled_corpus(tmp_path)
    result = CliRunner().invoke(app, ["audit", str(repo), "--no-report", "--now", "2026-11-23"])
    assert result.stderr == ""


@pytest.mark.parametrize("command", ["audit", "validate"])
def test_progress_on_stderr_leaves_stdout_unchanged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    repo = copy_bundled_corpus(tmp_path)
    args = [command, str(repo), "--format", "json", "--fail-on", "none"]
    if command == "audit":
        args += ["--now", "2026-11-23", "--report", str(tmp_path / "audit.md")]
    plain = CliRunner().invoke(app, [*args, "--no-progress"])
    monkeypatch.setattr(cli._TerminalProgress, "DELAY", 0.0)  # show it at once, however short the run
    shown = CliRunner().invoke(app, [*args, "--progress"])
    assert shown.exit_code == plain.exit_code == 0, shown.output
    assert shown.stdout == plain.stdout
    assert "Traceback" not in shown.stderr
