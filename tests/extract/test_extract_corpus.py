"""`claimcheck extract` on the bundled corpus: candidates cover the recorded claims, anchor exactly, validate.

Run with `-s` to see the figures per source: how many recorded claims the candidates cover, and how many
candidates there are per recorded claim.
"""

from __future__ import annotations

import shutil
from difflib import SequenceMatcher
from pathlib import Path

import pytest

from claimcheck.anchor import AnchorKind, anchor_quote, normalise_for_matching, prepare_text
from claimcheck.checks import CHECK_IDS
from claimcheck.engine import open_repository, validate_repository
from claimcheck.extract.candidates import Candidate, propose_candidates
from claimcheck.extract.render import render_candidates
from claimcheck.findings import Severity
from claimcheck.repository import Repository
from claimcheck.selection import Selection

ROOT = Path(__file__).resolve().parents[2]
MIN_COVERAGE = 0.9
MAX_CANDIDATES_PER_CLAIM = 2.0
MOST = 0.5  # a candidate that holds more than half of a recorded quote covers it


@pytest.fixture(scope="module")
def corpus() -> Repository:
    if not any((ROOT / "sources").glob("*.md")) or not any((ROOT / "claims").glob("*.yaml")):
        pytest.skip("the bundled corpus (sources/, claims/) is not there")
    return open_repository(ROOT)


@pytest.fixture(scope="module")
def proposals(corpus: Repository) -> dict[str, list[Candidate]]:
    return {source_id: propose_candidates(source) for source_id, source in sorted(corpus.sources.items())}


def covers(candidate_quote: str, recorded_quote: str) -> bool:
    """Whether a candidate's quote contains a recorded one, or most of it, after normalisation."""
    candidate, recorded = normalise_for_matching(candidate_quote), normalise_for_matching(recorded_quote)
    if recorded in candidate:
        return True
    match = SequenceMatcher(None, recorded, candidate, autojunk=False).find_longest_match()
    return match.size > MOST * len(recorded)


def test_candidates_cover_the_recorded_claims(
    corpus: Repository, proposals: dict[str, list[Candidate]]
) -> None:
    total_claims = total_covered = total_candidates = 0
    sources_with_claims = 0
    failures: list[str] = []
    for source_id, candidates in proposals.items():
        recorded = [record.claim for record in corpus.claims if record.claim.source == source_id]
        if not recorded:
            continue
        sources_with_claims += 1
        quotes = [candidate.quote for candidate in candidates]
        uncovered = [claim for claim in recorded if not any(covers(quote, claim.quote) for quote in quotes)]
        covered = len(recorded) - len(uncovered)
        coverage, per_claim = covered / len(recorded), len(candidates) / len(recorded)
        print(
            f"{source_id}: {covered}/{len(recorded)} recorded claims covered ({coverage:.0%}); "
            f"{len(candidates)} candidates, {per_claim:.2f} per recorded claim"
        )
        for claim in uncovered:
            print(f"    not covered: {claim.id}: {claim.quote!r}")
        if coverage < MIN_COVERAGE or per_claim > MAX_CANDIDATES_PER_CLAIM:
            failures.append(source_id)
        total_claims += len(recorded)
        total_covered += covered
        total_candidates += len(candidates)
    assert sources_with_claims, "no source of the corpus has recorded claims"
    coverage, per_claim = total_covered / total_claims, total_candidates / total_claims
    print(
        f"total: {total_covered}/{total_claims} recorded claims covered ({coverage:.0%}); "
        f"{total_candidates} candidates, {per_claim:.2f} per recorded claim"
    )
    assert not failures, f"below {MIN_COVERAGE:.0%} coverage or above {MAX_CANDIDATES_PER_CLAIM}x: {failures}"
    assert total_covered >= MIN_COVERAGE * total_claims
    assert total_candidates <= MAX_CANDIDATES_PER_CLAIM * total_claims


def test_every_quote_anchors_exactly(corpus: Repository, proposals: dict[str, list[Candidate]]) -> None:
    for source_id, candidates in proposals.items():
        body = prepare_text(corpus.sources[source_id].body)
        for candidate in candidates:
            assert anchor_quote(candidate.quote, body).kind is AnchorKind.EXACT, candidate.quote


def test_ids_are_unique_and_well_formed(corpus: Repository, proposals: dict[str, list[Candidate]]) -> None:
    ids = [candidate.id for candidates in proposals.values() for candidate in candidates]
    assert len(ids) == len(set(ids))
    assert not set(ids) & {record.claim.id for record in corpus.claims}


def test_skip_known_leaves_out_every_recorded_quote(corpus: Repository) -> None:
    for source_id, source in corpus.sources.items():
        known = [record.claim.quote for record in corpus.claims if record.claim.source == source_id]
        normalised = [normalise_for_matching(quote) for quote in known]
        for candidate in propose_candidates(source, known_quotes=known):
            text = normalise_for_matching(candidate.quote)
            assert not any(quote in text or text in quote for quote in normalised), candidate.quote


def test_the_output_passes_validate(
    corpus: Repository, proposals: dict[str, list[Candidate]], tmp_path: Path
) -> None:
    """Written into a copy of the corpus in place of its claims, the candidates raise no error."""
    shutil.copytree(ROOT / "sources", tmp_path / "sources")
    (tmp_path / "claims").mkdir()
    for source_id, candidates in proposals.items():
        title = corpus.sources[source_id].meta.title
        (tmp_path / "claims" / f"{source_id}.yaml").write_text(
            render_candidates(candidates, source_id, title), encoding="utf-8"
        )
    repo = open_repository(tmp_path)
    assert len(repo.claims) == sum(len(candidates) for candidates in proposals.values())
    findings = validate_repository(repo, Selection.from_options([], [], CHECK_IDS))
    errors = [finding for finding in findings if finding.severity >= Severity.WARNING]
    assert not errors, [
        finding.render() if hasattr(finding, "render") else str(finding) for finding in errors
    ]
