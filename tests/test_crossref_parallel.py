"""Key-less cross-referencing's matching split with a forked worker: the same matches, whatever
happens to the worker."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bench.generate import generate
from claimcheck.audit import crossref
from claimcheck.audit.context import analyse_repository
from claimcheck.engine import open_repository
from claimcheck.validation import prepare_inputs


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("crossref") / "corpus"
    generate(800, root, seed=11)  # planted near-duplicates and near-misses, with an answer key
    return root


def _matches(root: Path) -> list[tuple[str, str, float, bool, str]]:
    context = analyse_repository(prepare_inputs(open_repository(root)))
    return [(m.first.id, m.second.id, m.score, m.conflicting, m.reason) for m in context.matches]


def _in_parallel(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(crossref, "PARALLEL_MIN_CLAIMS", 0)
    monkeypatch.setattr(crossref, "MATCH_CHUNK", 16)
    monkeypatch.setattr(crossref, "cores", lambda: 2)


def test_matching_in_two_processes_finds_the_same_matches(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    alone = _matches(corpus)
    assert len(alone) > 20, "the corpus has near-duplicates to find"
    _in_parallel(monkeypatch)
    parent, mark = os.getpid(), corpus.parent / "the worker matched"
    real_match = crossref._Matcher.match

    def noting_the_worker(self: crossref._Matcher, i: int, j: int) -> crossref.Match | None:
        if os.getpid() != parent:
            mark.touch()
        return real_match(self, i, j)

    monkeypatch.setattr(crossref._Matcher, "match", noting_the_worker)
    assert _matches(corpus) == alone
    assert mark.exists(), "half of the pairs were matched in the worker"


def test_a_worker_that_dies_leaves_its_half_to_be_matched_here(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    alone = _matches(corpus)
    _in_parallel(monkeypatch)
    parent = os.getpid()
    real_match = crossref._Matcher.match

    def dying_in_the_worker(self: crossref._Matcher, i: int, j: int) -> crossref.Match | None:
        if os.getpid() != parent:
            os._exit(3)  # as if killed (out of memory)
        return real_match(self, i, j)

    monkeypatch.setattr(crossref._Matcher, "match", dying_in_the_worker)
    assert _matches(corpus) == alone
