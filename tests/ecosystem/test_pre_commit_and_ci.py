"""The pre-commit hooks run as pre-commit would run them; docs/ci.md shows commands that exist."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from claimcheck.init_repo import init_repository
from tests.ecosystem.conftest import TODAY

REPO = Path(__file__).resolve().parents[2]
HOOKS_FILE = REPO / ".pre-commit-hooks.yaml"
CI_DOC = REPO / "docs" / "ci.md"


def _hooks() -> dict[str, dict[str, Any]]:
    hooks = yaml.safe_load(HOOKS_FILE.read_text(encoding="utf-8"))
    return {hook["id"]: hook for hook in hooks}


def _run_claimcheck(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    # `python -m claimcheck` is the `claimcheck` console script without needing it installed.
    return subprocess.run(
        [sys.executable, "-m", "claimcheck", *args], cwd=cwd, capture_output=True, text=True, timeout=60
    )


@cache
def _cli_problem(command: str) -> str | None:
    """Why `claimcheck COMMAND --help` does not work yet (other engineers' work in progress), or None."""
    result = _run_claimcheck([command, "--help"], REPO)
    if result.returncode != 0:
        return (result.stderr.strip().splitlines() or ["no output"])[-1]
    return None


def _run_hook(hook: dict[str, Any], cwd: Path) -> subprocess.CompletedProcess[str]:
    entry = shlex.split(hook["entry"])
    assert entry[0] == "claimcheck"
    return _run_claimcheck([*entry[1:], *hook.get("args", [])], cwd)


def _break_a_claim(root: Path) -> None:
    claims = root / "claims" / "example.yaml"
    text = claims.read_text(encoding="utf-8")
    claims.write_text(
        text.replace("more than twice the first estimate", "less than the estimate"), encoding="utf-8"
    )


def test_the_hooks_are_well_formed() -> None:
    hooks = _hooks()
    assert sorted(hooks) == ["claimcheck-audit", "claimcheck-validate"]
    pattern = re.compile(hooks["claimcheck-validate"]["files"])
    for hook in hooks.values():
        assert hook["language"] == "python"
        assert hook["pass_filenames"] is False
        assert hook["files"] == r"^(claims/|sources/|claimcheck\.toml)"
        assert hook["name"] and hook["description"]
    for path in ("claims/a.yaml", "sources/x.md", "claimcheck.toml"):
        assert pattern.search(path)
    for path in ("README.md", "reports/audit.md", "docs/claims/x.md"):
        assert not pattern.search(path)
    # The console script the entries name is the one the package declares.
    assert 'claimcheck = "claimcheck.cli:main"' in (REPO / "pyproject.toml").read_text(encoding="utf-8")
    assert "--no-report" in hooks["claimcheck-audit"]["args"]  # a hook that writes files fails pre-commit


@pytest.mark.parametrize("hook_id", ["claimcheck-validate", "claimcheck-audit"])
def test_a_hook_passes_a_clean_repository_and_fails_a_broken_claim(tmp_path: Path, hook_id: str) -> None:
    hook = _hooks()[hook_id]
    command = shlex.split(hook["entry"])[1]
    problem = _cli_problem(command)
    if problem is not None:
        pytest.skip(f"`claimcheck {command} --help` does not work yet: {problem}")
    init_repository(tmp_path, today=TODAY)
    clean = _run_hook(hook, tmp_path)
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert not (tmp_path / "reports").exists()
    _break_a_claim(tmp_path)
    broken = _run_hook(hook, tmp_path)
    assert broken.returncode == 1, broken.stdout + broken.stderr
    assert "quote-not-found" in broken.stdout + broken.stderr


def _yaml_blocks(markdown: str) -> list[Any]:
    return [yaml.safe_load(block) for block in re.findall(r"```yaml\n(.*?)```", markdown, flags=re.DOTALL)]


def test_ci_doc_yaml_is_valid_and_names_the_real_hooks() -> None:
    workflow, pre_commit, local = _yaml_blocks(CI_DOC.read_text(encoding="utf-8"))
    assert workflow["jobs"]["audit"]["runs-on"] == "ubuntu-latest"
    runs = [step["run"] for step in workflow["jobs"]["audit"]["steps"] if "run" in step]
    assert "claimcheck audit --format github --no-report" in runs
    hook_ids = {hook["id"] for repo in pre_commit["repos"] for hook in repo["hooks"]}
    assert hook_ids == set(_hooks())
    [local_hook] = local["repos"][0]["hooks"]
    assert {key: local_hook[key] for key in ("entry", "pass_filenames", "files")} == {
        key: _hooks()["claimcheck-validate"][key] for key in ("entry", "pass_filenames", "files")
    }


def test_ci_doc_uses_only_options_the_commands_have() -> None:
    try:
        import typer.main

        from claimcheck.cli import app
    except ImportError as exc:  # pragma: no cover - depends on work in progress elsewhere
        pytest.skip(f"claimcheck.cli cannot be imported yet: {exc}")
    group = typer.main.get_command(app)
    text = CI_DOC.read_text(encoding="utf-8")
    used = re.findall(r"claimcheck (validate|audit)((?: --?[a-z-]+(?: [a-z]+)?)*)", text)
    assert used
    for command, options in used:
        known = {opt for param in group.commands[command].params for opt in param.opts}  # type: ignore[attr-defined]
        for option in re.findall(r"--?[a-z-]+", options):
            assert option in known, f"docs/ci.md: `claimcheck {command}` has no option {option}"
