"""Run the input checks: anchor every quote, parse every value, collect the findings."""

from __future__ import annotations

from typing import Any

from claimcheck.anchor import PreparedText, anchor_quote, prepare_text
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
from claimcheck.repository import ClaimRecord, Repository
from claimcheck.value_context import value_context
from claimcheck.values import ValueContext, ValueParseError, parse_value
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
    work = _Work(repo)
    settings_key = _settings_key(repo)
    for start, end in _runs_by_file(repo.claims):
        key = _inputs_key(repo, cache, start, end, settings_key)
        entry = cache.get("inputs", key) if cache is not None and key is not None else None
        if entry is not None:
            try:
                _inputs_from_plain(ctx, repo, start, end, entry)
            except (EntryError, KeyError, TypeError, ValueError, IndexError):
                del ctx.anchors[start:], ctx.values[start:]
                for index in [index for index in ctx.value_errors if index >= start]:
                    del ctx.value_errors[index]
            else:
                progress.advance(end - start)
                continue
        for index in range(start, end):
            work.prepare(ctx, index)
        if cache is not None and key is not None:
            cache.put("inputs", key, _inputs_to_plain(ctx, start, end))
        progress.advance(end - start)
    return ctx


class _Work:
    """Anchoring and value parsing for one claim at a time, sharing prepared bodies and contexts."""

    def __init__(self, repo: Repository) -> None:
        self.repo = repo
        self.prepared: dict[str, PreparedText] = {}
        self.contexts: dict[str | None, ValueContext] = {}
        self.min_score = repo.settings.quote_min_score

    def prepare(self, ctx: InputContext, index: int) -> None:
        repo = self.repo
        claim = repo.claims[index].claim
        source = repo.sources.get(claim.source)
        if source is None:
            ctx.anchors.append(None)
        else:
            text = self.prepared.get(source.id)
            if text is None:
                text = self.prepared[source.id] = prepare_text(source.body)
            ctx.anchors.append(anchor_quote(claim.quote, text, min_score=self.min_score))
        if claim.value is None:
            ctx.values.append(None)
            return
        key = source.id if source else None
        vctx = self.contexts.get(key)
        if vctx is None:
            vctx = self.contexts[key] = value_context(repo, source)
        try:
            ctx.values.append(parse_value(claim.value, vctx))
        except ValueParseError as error:
            ctx.values.append(None)
            ctx.value_errors[index] = error


def _runs_by_file(records: list[ClaimRecord]) -> list[tuple[int, int]]:
    """`[start, end)` ranges of claims read from one file (the loader keeps them together)."""
    runs = []
    start = 0
    for index in range(1, len(records) + 1):
        if index == len(records) or records[index].path != records[start].path:
            runs.append((start, index))
            start = index
    return runs


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


def _inputs_from_plain(ctx: InputContext, repo: Repository, start: int, end: int, plain: Any) -> None:
    if not isinstance(plain, list) or len(plain) != end - start:
        raise EntryError("inputs")
    for index, (anchor, value) in zip(range(start, end), plain, strict=True):
        claim = repo.claims[index].claim
        source = repo.sources.get(claim.source)
        if (anchor is None) != (source is None):
            raise EntryError("anchor")
        ctx.anchors.append(anchor_from_plain(anchor, source.body) if source is not None else None)
        if (value is None) != (claim.value is None):
            raise EntryError("value")
        if isinstance(value, list) and value and value[0] == "error":
            ctx.values.append(None)
            ctx.value_errors[index] = ValueParseError(str(value[1]), int(value[2]), str(value[3]))
        else:
            ctx.values.append(value_from_plain(value))


def run_input_checks(ctx: InputContext) -> list[Finding]:
    findings = list(ctx.repo.findings)
    for check in INPUT_CHECKS:
        findings.extend(check.run(ctx))
    return findings
