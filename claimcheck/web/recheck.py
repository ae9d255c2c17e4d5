"""`source recheck`: fetch sources again, compare with the capture, name the claims whose quotes vanished."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from claimcheck.atomic_write import write_text_atomic
from claimcheck.repository import Repository
from claimcheck.source_file import body_sha256, render_source_file, split_front_matter
from claimcheck.web.extract import article_from_page
from claimcheck.web.fetch import Fetcher, Validators
from claimcheck.web.fetch_error import FailureKind, FetchError
from claimcheck.web.politeness import run_concurrently
from claimcheck.web.recheck_log import (
    RecheckEntry,
    RecheckLogError,
    RecheckStatus,
    read_recheck_log,
    update_recheck_log,
)
from claimcheck.web.text_diff import sentence_diff
from claimcheck.yaml_positions import YamlError, parse_yaml

GONE_STATUSES = frozenset({404, 410})
HISTORY_DIR = ".history"


class Standing(StrEnum):
    """How a claim's quote stands in a text (the kinds of `claimcheck.anchor`)."""

    EXACT = "exact"
    INEXACT = "inexact"
    NOT_FOUND = "not-found"


# (quotes, text) → how each quote stands in the text, in order; see `quote_standing.anchored_standing`.
QuoteStanding = Callable[[Sequence[str], str], list[Standing]]


@dataclass(frozen=True)
class ClaimQuote:
    claim_id: str
    quote: str


@dataclass(frozen=True)
class RecheckTarget:
    """One source to fetch again: where it lives, what was captured, which claims quote it."""

    source_id: str
    path: Path
    url: str
    body: str
    capture_sha256: str | None  # the front matter's `sha256`, if any
    claims: tuple[ClaimQuote, ...] = ()


@dataclass(frozen=True)
class RecheckOutcome:
    """The log entry for one source, and the live text when it changed (for `--update`)."""

    target: RecheckTarget
    entry: RecheckEntry
    live_text: str | None = None


def conditional_validators(target: RecheckTarget, previous: RecheckEntry | None) -> Validators | None:
    """Validators for a conditional request, only when a 304 would mean "still the captured text".

    That holds when the last check found the live text equal to this very capture; after a
    `changed` result the page must be fetched in full to diff it and re-anchor the quotes.
    """
    if previous is None or previous.status not in (RecheckStatus.UNCHANGED, RecheckStatus.UPDATED):
        return None
    if not (previous.etag or previous.last_modified):
        return None
    if previous.sha256 not in (target.capture_sha256, body_sha256(target.body)):
        return None
    return Validators(etag=previous.etag, last_modified=previous.last_modified)


def recheck_source(
    target: RecheckTarget,
    fetcher: Fetcher,
    *,
    previous: RecheckEntry | None,
    checked_at: str,
    quote_standing: QuoteStanding,
) -> RecheckOutcome:
    """Fetch one source again and say whether it is unchanged, changed, gone or unreachable."""
    capture_sha = target.capture_sha256 or body_sha256(target.body)
    base = RecheckEntry(
        status=RecheckStatus.UNREACHABLE, checked_at=checked_at, url=target.url, capture_sha256=capture_sha
    )
    validators = conditional_validators(target, previous)
    try:
        page = fetcher.fetch(target.url, validators)
    except FetchError as error:
        if error.kind is FailureKind.HTTP_STATUS and error.http_status in GONE_STATUSES:
            entry = replace(base, status=RecheckStatus.GONE, http_status=error.http_status, reason=str(error))
        else:
            entry = replace(base, http_status=error.http_status, reason=str(error))
        return RecheckOutcome(target, entry)
    base = replace(
        base,
        final_url=page.url,
        http_status=page.status,
        etag=page.validators.etag,
        last_modified=page.validators.last_modified,
    )
    if page.not_modified and validators is not None and previous is not None:
        # A 304 need not repeat the validators; the ones sent still name this version.
        entry = replace(
            base,
            status=RecheckStatus.UNCHANGED,
            sha256=previous.sha256,
            etag=base.etag or validators.etag,
            last_modified=base.last_modified or validators.last_modified,
        )
        return RecheckOutcome(target, entry)
    try:
        article = article_from_page(page.content, page.media_type, page.charset, page.url)
    except FetchError as error:
        return RecheckOutcome(target, replace(base, reason=f"fetched, but {error}"))
    live_sha = body_sha256(article.text)
    if live_sha in (capture_sha, body_sha256(target.body)):
        return RecheckOutcome(target, replace(base, status=RecheckStatus.UNCHANGED, sha256=live_sha))
    quotes = [claim.quote for claim in target.claims]
    live = quote_standing(quotes, article.text)
    captured = quote_standing(quotes, target.body) if Standing.INEXACT in live else live
    vanished = sorted(
        c.claim_id for c, now in zip(target.claims, live, strict=True) if now is Standing.NOT_FOUND
    )
    inexact = sorted(
        claim.claim_id
        for claim, now, before in zip(target.claims, live, captured, strict=True)
        if now is Standing.INEXACT and before is Standing.EXACT
    )
    entry = replace(
        base,
        status=RecheckStatus.CHANGED,
        sha256=live_sha,
        vanished_claims=tuple(vanished),
        inexact_claims=tuple(inexact),
        diff=tuple(sentence_diff(target.body, article.text)),
    )
    return RecheckOutcome(target, entry, article.text)


def recheck_sources(
    targets: Sequence[RecheckTarget],
    fetcher: Fetcher,
    *,
    previous: Mapping[str, RecheckEntry],
    checked_at: str,
    quote_standing: QuoteStanding,
    on_done: Callable[[str], None] | None = None,
) -> list[RecheckOutcome]:
    """Recheck every target concurrently (politely per host); results in the order of `targets`."""

    def job(target: RecheckTarget) -> RecheckOutcome:
        try:
            return recheck_source(
                target,
                fetcher,
                previous=previous.get(target.source_id),
                checked_at=checked_at,
                quote_standing=quote_standing,
            )
        except Exception as exc:
            # A surprise (a parser bug on one odd page) must not stop the other sources.
            reason = f"unexpected error: {type(exc).__name__}: {exc}"
            entry = RecheckEntry(RecheckStatus.UNREACHABLE, checked_at, target.url, reason=reason)
            return RecheckOutcome(target, entry)

    callback = (lambda target, _outcome: on_done(target.source_id)) if on_done else None
    return run_concurrently(targets, job, callback)


def update_source(outcome: RecheckOutcome, *, retrieved: dt.date, root: Path) -> RecheckOutcome:
    """Replace a changed source with the live text; keep the old file in `sources/.history/`.

    The front matter is kept as the fact-checker left it, except `sha256` and `retrieved`. The old
    capture becomes `sources/.history/<id>.<old retrieved date>.md`, which the loader never reads
    (it skips dotted folders).
    """
    if outcome.live_text is None or outcome.entry.status is not RecheckStatus.CHANGED:
        return outcome
    target = outcome.target
    old_text = target.path.read_bytes().decode("utf-8")
    parts = split_front_matter(old_text)
    try:
        loaded = parse_yaml(parts[0]).data if parts else None
    except YamlError:
        return outcome  # edited since it was loaded, and unreadable now: leave it as it is
    meta: dict[str, Any] = dict(loaded) if isinstance(loaded, dict) else {}
    history = _history_path(target.path, target.source_id, meta.get("retrieved"))
    write_text_atomic(history, old_text)
    meta["retrieved"] = retrieved
    meta["sha256"] = body_sha256(outcome.live_text)
    write_text_atomic(target.path, render_source_file(meta, outcome.live_text))
    entry = replace(
        outcome.entry,
        status=RecheckStatus.UPDATED,
        capture_sha256=meta["sha256"],
        history=_relative(history, root),
    )
    return replace(outcome, entry=entry)


def _history_path(source_path: Path, source_id: str, retrieved: object) -> Path:
    folder = source_path.parent / HISTORY_DIR
    stamp = re.sub(r"[^0-9-]", "", str(retrieved)) if retrieved else ""
    stamp = stamp or "undated"
    candidate = folder / f"{source_id}.{stamp}.md"
    number = 2
    while candidate.exists():
        candidate = folder / f"{source_id}.{stamp}-{number}.md"
        number += 1
    return candidate


def _relative(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def merge_log(
    old: Mapping[str, RecheckEntry], new: Sequence[RecheckOutcome], known_ids: set[str]
) -> dict[str, RecheckEntry]:
    """The log after a recheck: new entries replace old ones; entries of deleted sources go."""
    merged = {source_id: entry for source_id, entry in old.items() if source_id in known_ids}
    merged.update({outcome.target.source_id: outcome.entry for outcome in new})
    return merged


def recheck_targets(repo: Repository, ids: Sequence[str] = ()) -> list[RecheckTarget]:
    """The sources to recheck, sorted by id: those named (or all), that have a `url`."""
    chosen = sorted(set(ids)) if ids else sorted(repo.sources)
    quotes: dict[str, list[ClaimQuote]] = {}
    for record in repo.claims:
        quotes.setdefault(record.claim.source, []).append(ClaimQuote(record.claim.id, record.claim.quote))
    targets = []
    for source_id in chosen:
        source = repo.sources[source_id]
        if source.meta.url is None:
            continue
        targets.append(
            RecheckTarget(
                source_id=source_id,
                path=repo.root / source.path,
                url=source.meta.url,
                body=source.body,
                capture_sha256=source.meta.sha256,
                claims=tuple(sorted(quotes.get(source_id, []), key=lambda claim: claim.claim_id)),
            )
        )
    return targets


@dataclass(frozen=True)
class RecheckRun:
    """Every source's outcome (sorted by id) and the warnings that are no source's result."""

    outcomes: tuple[RecheckOutcome, ...]
    warnings: tuple[str, ...] = ()

    @property
    def failed(self) -> bool:
        """Whether any source changed (and was not updated), is gone or is unreachable."""
        settled = (RecheckStatus.UNCHANGED, RecheckStatus.UPDATED)
        return any(outcome.entry.status not in settled for outcome in self.outcomes)


def run_recheck(
    repo: Repository,
    targets: Sequence[RecheckTarget],
    *,
    fetcher: Fetcher,
    quote_standing: QuoteStanding,
    checked_at: str,
    retrieved: dt.date,
    update: bool = False,
    on_done: Callable[[str], None] | None = None,
) -> RecheckRun:
    """Recheck `targets`, apply `--update`, and write the recheck log (keeping other sources' entries)."""
    warnings: list[str] = []
    try:
        previous = read_recheck_log(repo.root)
    except RecheckLogError as error:
        warnings.append(f"{error}; starting a new log")
        previous = {}
    outcomes = recheck_sources(
        targets,
        fetcher,
        previous=previous,
        checked_at=checked_at,
        quote_standing=quote_standing,
        on_done=on_done,
    )
    if update:
        for index, outcome in enumerate(outcomes):
            try:
                outcomes[index] = update_source(outcome, retrieved=retrieved, root=repo.root)
            except (OSError, UnicodeDecodeError) as exc:
                reason = exc.strerror if isinstance(exc, OSError) else "the file is not UTF-8"
                warnings.append(f"{outcome.target.source_id}: cannot update the source: {reason}")
    known = set(repo.sources)

    def merged(current: dict[str, RecheckEntry]) -> dict[str, RecheckEntry]:
        # Entries written meanwhile (a `source add` while we fetched) are kept: they are of
        # sources this run did not know about, not of deleted ones.
        return merge_log(current, outcomes, known | (current.keys() - previous.keys()))

    try:
        update_recheck_log(repo.root, merged, unreadable_as_empty=True)
    except OSError as exc:
        warnings.append(f"cannot write the recheck log: {exc.strerror}")
    ordered = sorted(outcomes, key=lambda outcome: outcome.target.source_id)
    return RecheckRun(tuple(ordered), tuple(warnings))
