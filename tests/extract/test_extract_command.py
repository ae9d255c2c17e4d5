"""`claimcheck extract` as a command: YAML to standard output, `-o` written atomically, errors exit 2."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import typer
import yaml
from typer.testing import CliRunner

import claimcheck.commands.extract as extract_module
from claimcheck.atomic_write import write_text_atomic
from claimcheck.commands.extract import extract_command
from claimcheck.model import Claim
from claimcheck.source_file import body_sha256

BODY = """Schulterschluss gegen moderne Risiken

Oleh Luhowskyj, erster stellvertretender Leiter des SZRU, bezifferte das Ausmaß der Kooperation:

  • Über 60 laufende Projekte werden derzeit zwischen China und Russland realisiert.
  • Das Gesamtvolumen beträgt mehr als 100 Milliarden Dollar.

Wie die französische Zeitung Le Monde berichtet, haben sich der chinesische Verteidigungsminister Dong Jun
und sein russischer Amtskollege Andrej Beloussow in einer Videokonferenz ausgetauscht. Zum Inhalt springen

Das Verhältnis beider Staaten gilt als gut.
"""


def _app() -> typer.Typer:
    app = typer.Typer()
    app.command("extract")(extract_command)

    @app.command("other")
    def other() -> None:  # a second command, so that typer keeps `extract` as a sub-command
        """Nothing."""

    return app


def _repository(root: Path, claims: str = "") -> Path:
    (root / "sources").mkdir(parents=True)
    (root / "claims").mkdir()
    front = (
        "---\ntitle: Schulterschluss\noutlet: Beispiel\npublished: '2026-01'\nlanguage: de\n"
        f"sha256: {body_sha256(BODY)}\n---\n"
    )
    (root / "sources" / "schulterschluss.md").write_text(front + BODY, encoding="utf-8")
    if claims:
        (root / "claims" / "known.yaml").write_text(claims, encoding="utf-8")
    return root


def _run(*args: str) -> Any:
    return CliRunner().invoke(_app(), ["extract", *args])


def test_yaml_to_standard_output_is_a_list_of_claim_shaped_entries(tmp_path: Path) -> None:
    root = _repository(tmp_path)
    result = _run("schulterschluss", "--root", str(root))
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# Candidate claims proposed by `claimcheck extract`")
    assert "confidence" in result.stdout.split("\n- id:")[0]  # the header says it is left for the checker
    entries = yaml.safe_load(result.stdout)
    assert isinstance(entries, list) and entries
    for entry in entries:
        claim = Claim.model_validate(entry)
        assert claim.source == "schulterschluss"
        assert claim.confidence is None and claim.about is None
        assert claim.note is not None and claim.note.startswith("extract score ")
    quotes = [entry["quote"] for entry in entries]
    assert "Das Gesamtvolumen beträgt mehr als 100 Milliarden Dollar." in quotes
    wrapped = next(entry for entry in entries if entry["quote"].startswith("Wie die französische"))
    assert "\n" not in wrapped["quote"] and wrapped["via"] == ["Le Monde"]
    volume = next(entry for entry in entries if entry["quote"].startswith("Das Gesamtvolumen"))
    assert volume["said_by"]["name"] == "Oleh Luhowskyj"
    assert all(not quote.startswith("Zum Inhalt") for quote in quotes)


def test_output_file_is_written_atomically_and_never_overwritten_without_force(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _repository(tmp_path / "repo")
    target = tmp_path / "out" / "candidates.yaml"
    calls: list[Path] = []

    def spy(path: Path, text: str) -> None:
        calls.append(path)
        write_text_atomic(path, text)

    monkeypatch.setattr(extract_module, "write_text_atomic", spy)
    first = _run("schulterschluss", "--root", str(root), "-o", str(target))
    assert first.exit_code == 0, first.output
    assert calls == [target]
    written = target.read_text(encoding="utf-8")
    assert isinstance(yaml.safe_load(written), list)
    assert sorted(path.name for path in target.parent.iterdir()) == ["candidates.yaml"]  # no temp file left

    target.write_text("# mine\n", encoding="utf-8")
    refused = _run("schulterschluss", "--root", str(root), "-o", str(target))
    assert refused.exit_code == 2
    assert "exists" in refused.stderr and "--force" in refused.stderr
    assert target.read_text(encoding="utf-8") == "# mine\n"
    assert calls == [target]

    forced = _run("schulterschluss", "--root", str(root), "-o", str(target), "--force")
    assert forced.exit_code == 0, forced.output
    assert target.read_text(encoding="utf-8") == written


def test_min_score_filters_and_skip_known_leaves_out_recorded_quotes(tmp_path: Path) -> None:
    known = (
        "- id: luhovskyi-projects\n  source: schulterschluss\n"
        "  quote: Über 60 laufende Projekte werden derzeit zwischen China und Russland realisiert.\n"
        "  claim: More than 60 projects.\n"
    )
    root = _repository(tmp_path, known)
    everything = yaml.safe_load(_run("schulterschluss", "--root", str(root), "--min-score", "0").stdout)
    strict = yaml.safe_load(_run("schulterschluss", "--root", str(root), "--min-score", "0.9").stdout) or []
    assert len(strict) < len(everything)
    assert all(float(entry["note"].split()[2].rstrip(":")) >= 0.9 for entry in strict)
    skipping = yaml.safe_load(_run("schulterschluss", "--root", str(root), "--skip-known").stdout)
    assert not any(entry["quote"].startswith("Über 60") for entry in skipping)
    assert any(entry["quote"].startswith("Über 60") for entry in everything)
    assert "luhovskyi-projects" not in {entry["id"] for entry in everything}


def test_unknown_source_suggests_the_nearest(tmp_path: Path) -> None:
    root = _repository(tmp_path)
    result = _run("schulterschlus", "--root", str(root))
    assert result.exit_code == 2
    assert "error: no source `schulterschlus`" in result.stderr
    assert "did you mean `schulterschluss`?" in result.stderr


def test_missing_repository_and_bad_settings_exit_2(tmp_path: Path) -> None:
    missing = _run("x", "--root", str(tmp_path / "nowhere"))
    assert missing.exit_code == 2 and missing.stderr.startswith("error: ")
    root = _repository(tmp_path / "repo")
    (root / "claimcheck.toml").write_text("min_sourcs = 2\n", encoding="utf-8")
    bad = _run("schulterschluss", "--root", str(root))
    assert bad.exit_code == 2 and "min_sources" in bad.stderr


def test_min_score_out_of_range_is_a_usage_error(tmp_path: Path) -> None:
    root = _repository(tmp_path)
    assert _run("schulterschluss", "--root", str(root), "--min-score", "1.5").exit_code == 2


def test_a_path_to_the_source_file_is_taken_for_its_id(tmp_path: Path) -> None:
    root = _repository(tmp_path)
    result = _run("sources/schulterschluss.md", "--root", str(root))
    assert result.exit_code == 0, result.output
    assert yaml.safe_load(result.stdout)


def test_a_source_that_cannot_be_read_says_why(tmp_path: Path) -> None:
    root = _repository(tmp_path)
    (root / "sources" / "broken.md").write_text("no front matter\n", encoding="utf-8")
    result = _run("broken", "--root", str(root))
    assert result.exit_code == 2
    assert "sources/broken.md could not be read (source has no front matter)" in result.stderr
