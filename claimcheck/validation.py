"""Run the input checks: anchor every quote, parse every value, collect the findings."""

from __future__ import annotations

import functools
from typing import Any

from claimcheck.anchor_sources import anchor_by_source
from claimcheck.audit.heap import collector_paused
from claimcheck.cache import (
    Cache,
    EntryError,
    anchor_from_plain,
    anchor_to_plain,
    make_key,
    value_from_plain,
    value_to_plain,
)
from claimcheck.checks import INPUT_CHECKS
from claimcheck.entry_errors import INVALID_ENTRY
from claimcheck.findings import Finding, Location, Severity
from claimcheck.input_context import InputContext
from claimcheck.loader import NO_PROGRESS, Progress
from claimcheck.repository import Repository, runs_by_file
from claimcheck.value_context import value_context
from claimcheck.values import Value, ValueContext, ValueParseError, parse_value
from claimcheck.web.recheck_log import LOG_PATH, RecheckLogError, read_recheck_log


def prepare_inputs(
    repo: Repository, *, cache: Cache | None = None, progress: Progress | None = None
) -> InputContext:
    """Anchor each claim's quote in its source and parse its value, once, for all checks.

    With a `cache` that read the repository, a claims file whose bytes, sources and settings are
    unchanged since an earlier run takes its anchors and values from there.
    """
    ctx = InputContext(repo=repo)
    progress = progress if progress is not None else NO_PROGRESS
    try:
        ctx.recheck = read_recheck_log(repo.root)
    except RecheckLogError as error:
        repo.findings.append(
            Finding(
                check=INVALID_ENTRY,
                severity=Severity.WARNING,
                message=str(error),
                location=Location(LOG_PATH.as_posix()),
                hint="run `claimcheck source recheck` again to rewrite it",
            )
        )
    progress.phase("anchoring quotes", len(repo.claims))
    # anchors, values and decoded cache entries hold no cycles (collections doubled a 100k restore)
    with collector_paused():
        _prepare(ctx, cache, progress)
    return ctx


def _prepare(ctx: InputContext, cache: Cache | None, progress: Progress) -> None:
    repo = ctx.repo
    ctx.anchors = [None] * len(repo.claims)
    ctx.values = [None] * len(repo.claims)
    settings_key = _settings_key(repo)
    restorer = _Restorer(repo)
    missed: list[tuple[int, int, str | None]] = []  # runs to compute, with their cache keys
    for start, end in runs_by_file(repo.claims):
        key = _inputs_key(repo, cache, start, end, settings_key)
        entry = cache.get("inputs", key) if cache is not None and key is not None else None
        if entry is not None:
            try:
                restorer.restore(ctx, start, end, entry)
            except (EntryError, KeyError, TypeError, ValueError, IndexError):
                ctx.anchors[start:end] = [None] * (end - start)
                ctx.values[start:end] = [None] * (end - start)
                for index in [index for index in ctx.value_errors if index >= start]:
                    del ctx.value_errors[index]
            else:
                progress.advance(end - start)
                continue
        missed.append((start, end, key))
    anchor_by_source(ctx, [index for start, end, _ in missed for index in range(start, end)], progress)
    values = _Values(repo)
    for start, end, key in missed:
        for index in range(start, end):
            values.parse(ctx, index)
        if cache is not None and key is not None:
            cache.put_later(
                "inputs", key, functools.partial(_inputs_to_plain, ctx, start, end), claims=end - start
            )


class _Values:
    """Value parsing for one claim at a time, sharing a context among sources of the same date."""

    def __init__(self, repo: Repository) -> None:
        self.repo = repo
        self.contexts: dict[object, ValueContext] = {}

    def parse(self, ctx: InputContext, index: int) -> None:
        repo = self.repo
        claim = repo.claims[index].claim
        if claim.value is None:
            return
        source = repo.sources.get(claim.source)
        # A context depends on the source only through its date: sources of one date share it.
        key = source.meta.published if source is not None else None
        vctx = self.contexts.get(key)
        if vctx is None:
            vctx = self.contexts[key] = value_context(repo, source)
        try:
            ctx.values[index] = parse_value(claim.value, vctx)
        except ValueParseError as error:
            ctx.value_errors[index] = error


def _settings_key(repo: Repository) -> list[Any]:
    settings = repo.settings
    return [settings.quote_min_score, settings.tolerance, settings.units, settings.synonyms]


def _inputs_key(
    repo: Repository, cache: Cache | None, start: int, end: int, settings_key: list[Any]
) -> str | None:
    """The claims file's key, the content of every source it names (or its absence), the settings."""
    if cache is None or not cache.enabled:
        return None
    file_key = cache.file_keys.get(repo.claims[start].path)
    if file_key is None:
        return None
    named = sorted({repo.claims[index].claim.source for index in range(start, end)})
    sources = []
    for source_id in named:
        source = repo.sources.get(source_id)
        digest = cache.source_hashes.get(source_id)
        if source is not None and digest is None:
            return None  # a source the cache did not see read: compute, do not guess
        sources.append([source_id, digest, source.path if source else None])
    return make_key("inputs", file_key, sources, settings_key)


def _inputs_to_plain(ctx: InputContext, start: int, end: int) -> list[Any]:
    items = []
    for index in range(start, end):
        anchor = ctx.anchors[index]
        error = ctx.value_errors.get(index)
        value: Any
        if error is not None:
            value = ["error", error.message, error.position, error.hint]
        else:
            value = value_to_plain(ctx.values[index])
        items.append([anchor_to_plain(anchor) if anchor is not None else None, value])
    return items


class _Restorer:
    """Anchors and values from a cache entry, checked as they are read; equal values are shared."""

    def __init__(self, repo: Repository) -> None:
        self.repo = repo
        self.values: dict[tuple[Any, ...], Value] = {}

    def restore(self, ctx: InputContext, start: int, end: int, plain: Any) -> None:
        if not isinstance(plain, list) or len(plain) != end - start:
            raise EntryError("inputs")
        records, sources = self.repo.claims, self.repo.sources
        for index, (anchor, value) in zip(range(start, end), plain, strict=True):
            claim = records[index].claim
            source = sources.get(claim.source)
            if (anchor is None) != (source is None):
                raise EntryError("anchor")
            if source is not None:
                ctx.anchors[index] = anchor_from_plain(anchor, source.body)
            if (value is None) != (claim.value is None):
                raise EntryError("value")
            if value is None:
                continue
            if value and value[0] == "error":
                ctx.value_errors[index] = ValueParseError(str(value[1]), int(value[2]), str(value[3]))
            else:
                ctx.values[index] = self.value(value)

    def value(self, plain: Any) -> Value | None:
        if not isinstance(plain, list) or not plain:
            raise EntryError("value")
        if plain[0] == "date" and len(plain) == 2 and isinstance(plain[1], list):
            key: tuple[Any, ...] = ("date", *plain[1])
        elif plain[0] == "quantity" and (plain[1] == 0 or plain[2] == 0):
            return value_from_plain(plain)  # 0.0 and -0.0 are equal keys but different values
        else:
            key = tuple(plain)
        value = self.values.get(key)
        if value is None:
            value = value_from_plain(plain)
            if value is None:
                raise EntryError("value")
            self.values[key] = value
        return value


def run_input_checks(ctx: InputContext) -> list[Finding]:
    findings = list(ctx.repo.findings)
    for check in INPUT_CHECKS:
        findings.extend(check.run(ctx))
    return findings
