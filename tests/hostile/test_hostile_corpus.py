"""The hostile-input corpus (tests/examples/hostile/): each case gives its findings or one clear error.

Every case is run through the CLI twice — `validate` and `audit --no-report --format json` — and
must give exactly its expected findings (check and file:line:column), its exit status, no traceback,
and still load its valid claims.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile.conftest import CORPUS, expected_of, prepare_case, run_cli

CASES = sorted(path.parent for path in CORPUS.glob("*/*/expected.yaml"))
IDS = [f"{case.parent.name}/{case.name}" for case in CASES]


def test_the_corpus_has_at_least_forty_cases() -> None:
    assert len(CASES) >= 40


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_hostile_case_validate(case: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # where a constructed `os.system("touch PWNED")` would write
    expected = expected_of(case)
    repo = prepare_case(case, tmp_path)
    run = run_cli("validate", str(repo))
    assert run.exit_code == expected["exit"], run.output
    assert "Traceback" not in run.output
    assert "\x1b" not in run.output  # no terminal control sequence, whatever the input holds
    if expected["exit"] == 2:
        assert expected["stderr_contains"] in run.stderr
        assert len(run.stderr.strip().splitlines()) == 1  # one clear error
        return
    assert run.findings() == sorted(expected["findings"]), run.output
    assert run.claims_checked() == expected["claims_loaded"], run.output
    for words in expected.get("contains") or []:
        assert words in run.output
    assert not (tmp_path / "PWNED").exists()
    assert "outside-secret" not in run.output


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_hostile_case_audit(case: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    expected = expected_of(case)
    repo = prepare_case(case, tmp_path)
    run = run_cli("audit", str(repo), "--no-report", "--format", "json", "--now", "2026-11-23")
    assert run.exit_code == expected["exit"], run.output
    if expected["exit"] == 2:
        assert expected["stderr_contains"] in run.stderr
        return
    document = run.json()
    got = {
        f"{finding['check']} {finding['location']['path']}:{finding['location']['line']}:"
        f"{finding['location']['column']}"
        for finding in document["findings"]
        if finding["location"] is not None
    }
    assert set(expected["findings"]) <= got
    assert document["summary"]["claims"] == expected["claims_loaded"]
    assert "outside-secret" not in {claim["id"] for claim in document["claims"]}
    assert not (repo / "reports").exists()  # --no-report
