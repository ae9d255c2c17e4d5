"""Start-up: every command pays for what the CLI imports, so fetching and extraction load only
when a `source` command runs (trafilatura and httpx took a quarter of a second)."""

from __future__ import annotations

import subprocess
import sys

from typer.testing import CliRunner

from claimcheck.cli import app

_LOADED = "import sys, claimcheck.cli; print(sorted(m for m in ('trafilatura', 'httpx') if m in sys.modules))"


def test_the_cli_starts_without_the_fetching_libraries() -> None:
    run = subprocess.run([sys.executable, "-c", _LOADED], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "[]"


def test_the_source_commands_still_show_their_help() -> None:
    result = CliRunner().invoke(app, ["source", "add", "--help"])
    assert result.exit_code == 0
    assert "--allow-private" in result.output
