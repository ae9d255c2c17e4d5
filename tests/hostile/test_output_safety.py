"""Text from claims and sources never acts on the terminal, the CI log or the report.

A claim's text, quote, names and keys carry ANSI colour codes, an OSC 8 hyperlink, a screen
clear, a C1 CSI byte and a right-to-left override; every terminal output shows them escaped, and
the Markdown report shows them as text.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

from tests.examples.make_examples import SOURCE
from tests.hostile.conftest import run_cli

ESC_RED = "\x1b[31m"
OSC_LINK = "\x1b]8;;http://evil.example\x07click\x1b]8;;\x07"
HOSTILE = f"{ESC_RED}rot \x1b[2J {OSC_LINK} \x9b31m \u202eevil"
# Any raw control character but newline and tab (C0, DEL, C1) or a bidi override.
RAW_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _yaml_escaped(text: str) -> str:
    return (
        text.replace("\x1b", "\\e")
        .replace("\x07", "\\a")
        .replace("\x9b", "\\x9b")
        .replace("\u202e", "\\u202e")
        .replace('"', '\\"')
    )


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    (root / "sources").mkdir(parents=True)
    (root / "claims").mkdir()
    title = _yaml_escaped(f"Titel {HOSTILE}")
    (root / "sources" / "schulterschluss.md").write_text(
        SOURCE.replace("title: Schulterschluss gegen moderne Risiken", f'title: "{title}"'), encoding="utf-8"
    )
    hostile = _yaml_escaped(HOSTILE)
    (root / "claims" / "c.yaml").write_text(
        "- id: hostile\n  source: schulterschluss\n"
        f'  quote: "Über 60 laufende Projekte {hostile}"\n'
        f'  claim: "<script>alert(1)</script> | **bold** {hostile}"\n'
        "  about: cn-ru/projects\n"
        f'  value: "> 60 {hostile}"\n'
        f'  said_by: {{name: "Oleh {hostile}"}}\n'
        f'  via: ["Le Monde {hostile}"]\n'
        f'  note: "{hostile}"\n'
        "- id: unknown-key\n  source: schulterschluss\n  quote: Über 60 laufende Projekte\n  claim: x\n"
        f'  "{hostile}": unknown key\n'
        "- id: other\n  source: schulterschluss\n  quote: Über 60 laufende Projekte\n"
        "  claim: More than 60 projects.\n  about: cn-ru/projects\n  value: '< 10 project'\n"
        f'  said_by: "Oleh {hostile}"\n',
        encoding="utf-8",
    )
    return root


def _assert_shown_not_executed(output: str) -> None:
    assert not RAW_CONTROL.search(output), repr(RAW_CONTROL.search(output))
    assert "\\x1b[31m" in output or "\\x1b" in output  # shown escaped, so the reader sees it is there


@pytest.mark.parametrize("output_format", ["text", "json", "github"])
def test_validate_shows_control_characters_escaped(repo: Path, output_format: str) -> None:
    run = run_cli("validate", str(repo), "--format", output_format)
    assert run.exit_code == 1
    if output_format == "json":
        assert "\x1b" not in run.output and "\\u001b" in run.output  # JSON's own escaping
    else:
        _assert_shown_not_executed(run.output)


@pytest.mark.parametrize("color", ["--color", "--no-color"])
def test_the_audit_summary_shows_control_characters_escaped(repo: Path, color: str) -> None:
    (repo / "claims" / "c.yaml").write_text(
        (repo / "claims" / "c.yaml")
        .read_text(encoding="utf-8")
        .replace("id: other", "id: other\n  stance: denies"),
        encoding="utf-8",
    )
    run = run_cli("audit", str(repo), "--no-report", color, "--now", "2026-11-23")
    assert run.exit_code == 1
    lines = [line for line in run.output.splitlines() if "hostile" in line or "evil" in line]
    assert lines  # the hostile claim's findings are listed
    stripped = re.sub(r"\x1b\[[0-9;]*m", "", run.output) if color == "--color" else run.output
    _assert_shown_not_executed(stripped)  # only our own colour codes are raw


def test_show_prints_claim_text_with_control_characters_escaped(repo: Path) -> None:
    run = run_cli("show", "hostile", str(repo))
    assert run.exit_code == 0, run.output
    _assert_shown_not_executed(run.output)
    assert "<script>alert(1)</script>" in run.output  # plain text stays as written
    assert "\\u202e" in run.output


@pytest.mark.skipif(
    importlib.util.find_spec("claimcheck.report.markdown") is None, reason="no Markdown report yet"
)
def test_the_markdown_report_shows_a_hostile_claim_as_text(repo: Path) -> None:
    run = run_cli("audit", str(repo), "--now", "2026-11-23")
    assert run.exit_code == 1
    report = (repo / "reports" / "audit.md").read_text(encoding="utf-8")
    assert "\x1b" not in report and "\x9b" not in report and "\x07" not in report
    assert "<script>" not in report and "&lt;script&gt;" in report
    assert "| **bold**" not in report  # table pipes and emphasis escaped


@pytest.mark.skipif(
    importlib.util.find_spec("claimcheck.report.markdown") is None, reason="no Markdown report yet"
)
def test_the_markdown_report_neutralises_bidi_overrides(repo: Path) -> None:
    run_cli("audit", str(repo), "--now", "2026-11-23")
    report = (repo / "reports" / "audit.md").read_text(encoding="utf-8")
    assert "\u202e" not in report
