"""The audit's machine-readable outputs: versioned JSON valid against its schema, GitHub annotations."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
from typer.testing import CliRunner

from claimcheck.cli import app

ROOT = Path(__file__).resolve().parents[1]


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.output


def test_audit_json_of_the_bundled_corpus_follows_its_schema() -> None:
    code, output = _run("audit", str(ROOT), "--format", "json", "--no-report", "--now", "2026-11-23")
    document = json.loads(output)
    schema = json.loads((ROOT / "docs" / "audit.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(document, schema)
    assert code == 1  # the corpus has a conflict, an error
    assert document["summary"]["by_check"]["conflict"] == 1
    quotes = [claim["quote"]["status"] for claim in document["claims"]]
    assert set(quotes) == {"exact"}


def test_audit_json_is_the_same_bytes_twice() -> None:
    args = ("audit", str(ROOT), "--format", "json", "--no-report", "--now", "2026-11-23")
    assert _run(*args)[1] == _run(*args)[1]


def test_fail_on_none_exits_zero_and_select_limits_the_checks() -> None:
    code, output = _run("audit", str(ROOT), "--format", "json", "--no-report", "--fail-on", "none")
    assert code == 0
    code, output = _run("audit", str(ROOT), "--format", "json", "--no-report", "--select", "superseded")
    assert code == 0
    assert {finding["check"] for finding in json.loads(output)["findings"]} == {"superseded"}


def test_an_unknown_check_in_select_is_a_usage_error() -> None:
    code, output = _run("audit", str(ROOT), "--no-report", "--select", "single-sorce")
    assert code == 2
    assert "did you mean `single-source`?" in output


def test_github_format_gives_one_annotation_per_finding() -> None:
    code, output = _run("audit", str(ROOT), "--format", "github", "--no-report", "--ignore", "single-source")
    assert code == 1
    lines = output.splitlines()
    assert len(lines) == 4
    errors = [line for line in lines if line.startswith("::error ")]
    assert len(errors) == 1
    assert errors[0].startswith("::error file=claims/2026-china-russland-schulterschluss.yaml,line=")
    assert "title=conflict::" in errors[0]
    assert all(line.startswith(("::error ", "::notice ")) for line in lines)


def test_audit_writes_the_report_where_asked(tmp_path: Path) -> None:
    report = tmp_path / "out" / "report.md"
    code, output = _run(
        "audit", str(ROOT), "--report", str(report), "--now", "2026-11-23", "--fail-on", "none"
    )
    assert code == 0
    assert report.read_text(encoding="utf-8").startswith("# Claim audit: China and Russia")
    assert "report written to" in output


def test_a_missing_folder_is_exit_status_two(tmp_path: Path) -> None:
    code, output = _run("audit", str(tmp_path), "--no-report")
    assert code == 2
    assert "sources folder does not exist" in output
    assert "Traceback" not in output


def test_bad_now_is_a_usage_error() -> None:
    code, output = _run("audit", str(ROOT), "--no-report", "--now", "yesterday")
    assert code == 2
    assert "YYYY-MM-DD" in output
