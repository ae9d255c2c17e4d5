"""Data-driven cases per check: tests/checks/cases/<check>.yaml, each a tiny repository.

`pytest -k single-source` runs one check's cases. A case lists its sources (front matter and
body), its claims, optional settings, and the findings of that check it expects, each written
as the sorted claim ids the finding names (`a1 b1`), or `[]` when the check must stay silent.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

from claimcheck.checks import CHECKS
from claimcheck.engine import audit_repository, open_repository
from claimcheck.selection import Selection
from claimcheck.source_file import body_sha256, render_source_file

CASE_FILES = sorted((Path(__file__).parent / "cases").glob("*.yaml"))


def _cases() -> list[Any]:
    params = []
    for path in CASE_FILES:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
        for case in document["cases"]:
            params.append(pytest.param(document["check"], case, id=f"{document['check']}/{case['name']}"))
    return params


def _toml_value(value: Any) -> str:
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(item) for item in value) + "]"
    return str(value)


def write_settings(root: Path, settings: dict[str, Any]) -> None:
    lines = [
        f"{key} = {_toml_value(value)}" for key, value in settings.items() if not isinstance(value, dict)
    ]
    for table, entries in settings.items():
        if isinstance(entries, dict):
            lines.append(f"[{table}]")
            lines.extend(f"{_toml_value(key)} = {_toml_value(value)}" for key, value in entries.items())
    (root / "claimcheck.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def build_repository(root: Path, case: dict[str, Any]) -> None:
    (root / "sources").mkdir()
    (root / "claims").mkdir()
    for source_id, source in case["sources"].items():
        meta = {key: value for key, value in source.items() if key != "body"}
        body = source["body"].rstrip("\n") + "\n"
        meta["sha256"] = body_sha256(body)
        (root / "sources" / f"{source_id}.md").write_text(render_source_file(meta, body), encoding="utf-8")
    (root / "claims" / "claims.yaml").write_text(
        yaml.safe_dump(case["claims"], allow_unicode=True, sort_keys=False), encoding="utf-8"
    )
    write_settings(root, case.get("settings", {}))


@pytest.mark.parametrize(("check", "case"), _cases())
def test_check_case(check: str, case: dict[str, Any], tmp_path: Path) -> None:
    build_repository(tmp_path, case)
    result = audit_repository(open_repository(tmp_path), Selection(), dt.date(2026, 11, 23))
    errors = [f.one_line() for f in result.findings if f.check in ("invalid-entry", "quote-not-found")]
    assert errors == [], "the case itself is broken"
    got = sorted(" ".join(sorted(f.claim_ids)) for f in result.findings if f.check == check)
    assert got == sorted(case["expect"]), [f.message for f in result.findings if f.check == check]
    if "verdicts" in case:
        verdicts = {p.key: p.verdict.value for p in result.propositions if p.key in case["verdicts"]}
        assert verdicts == case["verdicts"]


def test_every_cross_reference_check_has_passing_and_failing_cases() -> None:
    covered: dict[str, set[bool]] = {}
    for param in _cases():
        check, case = param.values
        covered.setdefault(check, set()).add(bool(case["expect"]))
    for check in ("conflict", "single-source", "superseded", "possible-duplicate", "possible-conflict"):
        assert covered.get(check) == {True, False}, check


def test_every_check_is_documented_in_fixed_sections() -> None:
    for check_id, spec in CHECKS.items():
        sections = spec.sections()
        assert list(sections) == ["What it checks", "Why it matters", "Passes", "Fails", "Options"], check_id
        assert all(sections.values()), check_id
