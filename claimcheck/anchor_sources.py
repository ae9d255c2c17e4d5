"""Anchor the quotes of many claims, source by source: on two cores when there are many.

Each source's body is normalised once (`prepare_text`) and let go as soon as its quotes are
anchored. From `PARALLEL_MIN_QUOTES` quotes on, every other source is anchored in a forked
worker, which sends back only where each quote stands (`anchor_to_plain`, as the cache stores
it); the anchors are rebuilt here against the same bodies, exactly as a cache hit rebuilds them.
A worker that fails leaves its sources to be anchored here.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from claimcheck.anchor import Anchor, anchor_quote, prepare_text
from claimcheck.cache import EntryError, anchor_from_plain, anchor_to_plain
from claimcheck.forked import cores, start_forked
from claimcheck.input_context import InputContext
from claimcheck.loader import Progress
from claimcheck.repository import Repository

# Below this, a fork and the copying of the pages it touches cost more than half the work saves.
PARALLEL_MIN_QUOTES = 20_000

_Claimed = tuple[str, list[int]]  # a source id, and the claims quoting it


def anchor_by_source(ctx: InputContext, indices: Sequence[int], progress: Progress) -> None:
    """Anchor the quotes of the claims at `indices` into `ctx.anchors`."""
    repo = ctx.repo
    by_source: dict[str, list[int]] = {}
    for index in indices:
        by_source.setdefault(repo.claims[index].claim.source, []).append(index)
    claimed = list(by_source.items())
    worker = None
    if len(indices) >= PARALLEL_MIN_QUOTES and cores() >= 2:
        theirs = claimed[1::2]
        worker = start_forked(lambda: [(index, anchor_to_plain(a)) for index, a in _anchored(repo, theirs)])
    mine = claimed if worker is None else claimed[0::2]
    for index, anchor in _anchored(repo, mine, progress):
        ctx.anchors[index] = anchor
    if worker is not None:
        rows = worker.result()
        if rows is None or not _restore(ctx, rows):
            for index, anchor in _anchored(repo, claimed[1::2], progress):
                ctx.anchors[index] = anchor
        else:
            progress.advance(len(rows))


def _anchored(
    repo: Repository, claimed: Sequence[_Claimed], progress: Progress | None = None
) -> Iterator[tuple[int, Anchor]]:
    min_score = repo.settings.quote_min_score
    for source_id, indices in claimed:
        source = repo.sources.get(source_id)
        if source is not None:
            text = prepare_text(source.body)
            for index in indices:
                yield index, anchor_quote(repo.claims[index].claim.quote, text, min_score=min_score)
        if progress is not None:
            progress.advance(len(indices))


def _restore(ctx: InputContext, rows: list[tuple[int, Any]]) -> bool:
    """The worker's anchors, rebuilt against the bodies here; False if any does not fit."""
    repo = ctx.repo
    restored = []
    try:
        for index, plain in rows:
            restored.append(
                (index, anchor_from_plain(plain, repo.sources[repo.claims[index].claim.source].body))
            )
    except (EntryError, KeyError, TypeError, ValueError):
        return False
    for index, anchor in restored:
        ctx.anchors[index] = anchor
    return True
