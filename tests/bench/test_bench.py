"""The benchmark's generator and runner at a tiny size: the corpus is valid, the key is consistent.

Speed is never asserted here (ENGINEERING.md, practice 8): only that every phase and score is reported.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from bench.generate import generate
from bench.run import PHASES, _cli_cell, measure, render_tables, targets, write_docs
from claimcheck.engine import open_repository, validate_repository
from claimcheck.findings import Severity
from claimcheck.selection import Selection

SIZE = 200


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    root = tmp_path_factory.mktemp("bench") / "corpus"
    return root, generate(SIZE, root, seed=7)


def test_corpus_validates_without_errors(corpus: tuple[Path, dict[str, Any]]) -> None:
    root, key = corpus
    repo = open_repository(root)
    errors = [f.one_line() for f in validate_repository(repo, Selection()) if f.severity is Severity.ERROR]
    assert errors == []
    assert len(repo.claims) == SIZE == key["claims"]
    assert len(repo.sources) == key["sources"]


def test_every_quote_stands_verbatim_in_its_source(corpus: tuple[Path, dict[str, Any]]) -> None:
    repo = open_repository(corpus[0])
    for record in repo.claims:
        assert record.claim.quote in repo.sources[record.claim.source].body, record.id


def test_answer_key_is_consistent(corpus: tuple[Path, dict[str, Any]]) -> None:
    root, key = corpus
    claims = {record.id: record.claim for record in open_repository(root).claims}
    assert sum(key["claims_by_category"].values()) == SIZE
    for section in ("conflicts", "resolved", "superseded", "near_duplicates", "near_misses", "origins"):
        for record in key[section]:
            assert all(claim_id in claims for claim_id in record["claims"]), section
    for record in key["conflicts"] + key["resolved"] + key["superseded"]:
        first, second = (claims[claim_id] for claim_id in record["claims"])
        assert first.about == second.about == record["about"]
        assert first.source != second.source
    for record in key["conflicts"]:
        first, second = (claims[claim_id] for claim_id in record["claims"])
        assert first.value != second.value or first.stance != second.stance
    for record in key["resolved"]:
        assert any(claims[claim_id].rank == "deprecated" for claim_id in record["claims"])
    for record in key["near_duplicates"] + key["near_misses"]:
        first, second = (claims[claim_id] for claim_id in record["claims"])
        assert first.source != second.source
        assert first.about is None or first.about != second.about
    for record in key["origins"]:
        assert {claims[claim_id].about for claim_id in record["claims"]} == {record["about"]}
    assert key["near_duplicates"] and key["near_misses"] and key["conflicts"]
    # Planted near-duplicates and near-misses never share a pair.
    pairs = Counter(frozenset(r["claims"]) for r in key["near_duplicates"] + key["near_misses"])
    assert max(pairs.values()) == 1


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    def digest(root: Path) -> str:
        files = sorted(path for path in root.rglob("*") if path.is_file())
        return hashlib.sha256(
            b"".join(p.relative_to(root).as_posix().encode() + p.read_bytes() for p in files)
        ).hexdigest()

    generate(60, tmp_path / "a", seed=3, jsonl=True)
    generate(60, tmp_path / "b", seed=3, jsonl=True)
    assert digest(tmp_path / "a") == digest(tmp_path / "b")
    assert list((tmp_path / "a" / "claims").glob("*.jsonl"))


def test_measure_reports_every_phase_and_score(corpus: tuple[Path, dict[str, Any]]) -> None:
    result = measure(corpus[0])
    assert list(result["phases"]) == list(PHASES)
    assert all(isinstance(seconds, float) and seconds >= 0 for seconds in result["phases"].values())
    assert result["wall"] > 0 and result["peak_rss_mb"] > 0
    assert result["claims"] == SIZE
    scores = result["scores"]
    for section in ("near_duplicates", "conflicts"):
        assert isinstance(scores[section]["recall"], float)
        assert "precision" in scores[section]
    assert isinstance(scores["single_source"]["one_origin_recall"], float)
    json.dumps(result)  # what the subprocess prints must serialise


def test_write_docs_replaces_its_block_and_keeps_the_rest(
    corpus: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    result = measure(corpus[0])
    record = {"size": SIZE, "format": "yaml", "date": "2026-11-23", "process_seconds": 1.0, **result}
    page = tmp_path / "performance.md"
    page.write_text("# Performance\n\nHand-written notes.\n", encoding="utf-8")
    write_docs([record], None, page)
    write_docs([record], None, page)
    text = page.read_text(encoding="utf-8")
    assert text.count("bench:begin") == 1 and "Hand-written notes." in text
    assert "| 200 | yaml |" in text
    assert render_tables({"runs": {}}).startswith("### Targets")


def test_command_line_rounds_show_their_median_and_range() -> None:
    cli = {
        name: {"seconds": seconds, "all_seconds": every, "peak_rss_mb": 800.0, "exit": 0}
        for name, seconds, every in (
            ("cold", 24.0, [24.7, 23.1, 24.0]),
            ("warm", 1.05, [1.05, 1.04, 1.08]),
            ("changed", 17.6, [17.6, 19.8, 17.6]),
        )
    }
    data = {"runs": {"100000-yaml": {"size": 100_000, "format": "yaml", "cli": cli}}}
    rows = {label: (text, met) for label, text, met in targets(data)}
    assert rows["100k claims, cold audit ≤ 30 s"] == ("24.0 s (command line, median of 3)", True)
    assert rows["100k claims, one claim file changed ≤ 5 s"][1] is False
    assert _cli_cell(cli["cold"]) == "24.0 (23.1–24.7)"
    assert _cli_cell({"seconds": 1.2, "all_seconds": [1.2]}) == "1.20"
