"""Helpers of the hostile-input tests: copy a corpus case, set up what git cannot hold, run the CLI."""

from __future__ import annotations

import json
import os
import re
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from typer.testing import CliRunner

from claimcheck.cli import app

CORPUS = Path(__file__).resolve().parents[1] / "examples" / "hostile"
REPO_ROOT = Path(__file__).resolve().parents[2]
# A valid claim outside every repository: if it is ever loaded, a link was followed out.
OUTSIDE_CLAIM = (
    "- id: outside-secret\n  source: schulterschluss\n  quote: Über 60 laufende Projekte\n"
    "  claim: Read from outside the repository.\n"
)
_FINDING_LINE = re.compile(r"^(?P<where>\S.*?:\d+:\d+): (?:error|warning|info) (?P<check>[a-z-]+): ", re.M)
_COUNTS = re.compile(r"^(\d+) sources, (\d+) claims checked: ", re.M)


def expected_of(case: Path) -> dict[str, Any]:
    return yaml.safe_load((case / "expected.yaml").read_text(encoding="utf-8"))


def prepare_case(case: Path, tmp_path: Path) -> Path:
    """A copy of the case in `tmp_path/repo`, with its links and pipes, and a file outside it."""
    repo = tmp_path / "repo"
    shutil.copytree(case, repo, symlinks=True, ignore=shutil.ignore_patterns("expected.yaml"))
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.yaml").write_text(OUTSIDE_CLAIM, encoding="utf-8")
    setup = expected_of(case).get("setup") or {}
    for link, target in (setup.get("symlinks") or {}).items():
        path = repo / link
        path.parent.mkdir(parents=True, exist_ok=True)
        if target == "OUTSIDE" or target.startswith("OUTSIDE/"):
            target = str(outside / target.removeprefix("OUTSIDE").lstrip("/"))
        path.symlink_to(target)
    for fifo in setup.get("fifos") or []:
        os.mkfifo(repo / fifo)
    return repo


@dataclass(frozen=True)
class Run:
    exit_code: int
    output: str  # standard output and standard error
    stderr: str

    def findings(self) -> list[str]:
        """`check path:line:col` of every finding line of `validate`'s text output."""
        return sorted(f"{m['check']} {m['where']}" for m in _FINDING_LINE.finditer(self.output))

    def claims_checked(self) -> int | None:
        match = _COUNTS.search(self.output)
        return int(match.group(2)) if match else None

    def json(self) -> dict[str, Any]:
        return json.loads(self.output)


def run_cli(*args: str) -> Run:
    result = CliRunner().invoke(app, list(args))
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception  # a crash: show it with its traceback
    return Run(result.exit_code, result.output, result.stderr)


def python_cli(*args: str) -> list[str]:
    """The command line of `python -m claimcheck …` for a subprocess."""
    return [sys.executable, "-m", "claimcheck", *args]


def subprocess_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(REPO_ROOT), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    return env
