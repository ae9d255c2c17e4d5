"""Whole example repositories under tests/examples/: each must give exactly its expected findings."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from claimcheck.cli import app
from claimcheck.engine import open_repository, validate_repository
from claimcheck.selection import Selection

EXAMPLES = Path(__file__).parent / "examples"
CASES = sorted(path.parent for path in EXAMPLES.glob("*/*/expected.yaml"))


def _expected(case: Path) -> dict[str, object]:
    return yaml.safe_load((case / "expected.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[f"{c.parent.name}/{c.name}" for c in CASES])
def test_example_repository_gives_its_expected_findings(case: Path) -> None:
    expected = _expected(case)
    findings = validate_repository(open_repository(case), Selection())
    got = sorted(f"{finding.check} {finding.location}" for finding in findings)
    assert got == sorted(expected["findings"])  # type: ignore[arg-type]


@pytest.mark.parametrize("case", CASES, ids=[f"{c.parent.name}/{c.name}" for c in CASES])
def test_example_repository_exit_status_and_output(case: Path) -> None:
    expected = _expected(case)
    result = CliRunner().invoke(app, ["validate", str(case)])
    assert result.exit_code == expected["exit"], result.output
    assert "Traceback" not in result.output
    for item in expected["findings"]:  # type: ignore[attr-defined]
        check, location = item.split(" ")
        assert f"{location}: " in result.output and f" {check}: " in result.output


def test_there_are_many_kinds_of_broken_repositories() -> None:
    assert len([case for case in CASES if case.parent.name == "broken"]) >= 15


def test_unknown_key_suggests_the_right_one() -> None:
    findings = validate_repository(open_repository(EXAMPLES / "broken" / "unknown-key"), Selection())
    hints = [finding.hint for finding in findings if finding.message.startswith("unknown key")]
    assert hints == ["did you mean `source`?"]
