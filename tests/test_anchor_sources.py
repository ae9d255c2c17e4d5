"""Quotes anchored source by source, every other source in a forked worker: the same anchors,
whatever happens to the worker."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bench.generate import generate
from claimcheck import anchor_sources
from claimcheck.engine import open_repository
from claimcheck.validation import prepare_inputs


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("anchoring") / "corpus"
    generate(600, root, seed=13)
    return root


def _anchors(root: Path) -> list[object]:
    ctx = prepare_inputs(open_repository(root))
    return [
        None if a is None else (a.kind, a.start, a.end, a.line, a.column, a.score, a.found, a.selector)
        for a in ctx.anchors
    ]


def _in_parallel(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(anchor_sources, "PARALLEL_MIN_QUOTES", 0)
    monkeypatch.setattr(anchor_sources, "cores", lambda: 2)


def test_anchoring_in_two_processes_gives_the_same_anchors(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    alone = _anchors(corpus)
    assert sum(anchor is not None for anchor in alone) > 500
    _in_parallel(monkeypatch)
    parent, mark = os.getpid(), corpus.parent / "the worker anchored"
    real_anchor = anchor_sources.anchor_quote

    def noting_the_worker(quote: str, text: object, *, min_score: float) -> object:
        if os.getpid() != parent:
            mark.touch()
        return real_anchor(quote, text, min_score=min_score)  # type: ignore[arg-type]

    monkeypatch.setattr(anchor_sources, "anchor_quote", noting_the_worker)
    assert _anchors(corpus) == alone
    assert mark.exists(), "every other source was anchored in the worker"


def test_a_worker_that_dies_leaves_its_sources_to_be_anchored_here(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    alone = _anchors(corpus)
    _in_parallel(monkeypatch)
    parent = os.getpid()
    real_anchor = anchor_sources.anchor_quote

    def dying_in_the_worker(quote: str, text: object, *, min_score: float) -> object:
        if os.getpid() != parent:
            os._exit(3)  # as if killed (out of memory)
        return real_anchor(quote, text, min_score=min_score)  # type: ignore[arg-type]

    monkeypatch.setattr(anchor_sources, "anchor_quote", dying_in_the_worker)
    assert _anchors(corpus) == alone
