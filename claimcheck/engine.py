"""Wire the pieces: settings → repository → input checks (→ cross-reference checks) → findings."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from claimcheck.audit.context import analyse_repository
from claimcheck.audit.heap import collector_paused, loaded_heap_frozen
from claimcheck.audit.result import AuditResult
from claimcheck.cache import Cache
from claimcheck.checks import AUDIT_CHECKS, CHECK_IDS
from claimcheck.findings import Finding
from claimcheck.loader import NO_PROGRESS, Progress, RepositoryError, load_repository
from claimcheck.repository import Repository
from claimcheck.selection import Selection, finalise
from claimcheck.settings import load_settings
from claimcheck.validation import prepare_inputs, run_input_checks


def open_repository(
    root: Path, *, cache: Cache | None = None, progress: Progress | None = None
) -> Repository:
    """Read settings and every file; raise SettingsError / RepositoryError for exit status 2.

    `cache` (see `claimcheck.cache`) skips files read before; `progress` hears of each phase.
    """
    if not root.exists():
        raise RepositoryError(f"{root}: no such folder")
    if not root.is_dir():
        raise RepositoryError(f"{root}: not a folder")
    settings = load_settings(root, CHECK_IDS)
    return load_repository(root, settings, cache=cache, progress=progress)


def validate_repository(
    repo: Repository, selection: Selection, *, cache: Cache | None = None, progress: Progress | None = None
) -> list[Finding]:
    ctx = prepare_inputs(repo, cache=cache, progress=progress)
    return finalise(run_input_checks(ctx), repo.settings, selection)


def audit_repository(
    repo: Repository,
    selection: Selection,
    now: dt.date,
    *,
    cache: Cache | None = None,
    progress: Progress | None = None,
) -> AuditResult:
    """Input checks, then cross-referencing: every finding, and the propositions with verdicts."""
    progress = progress if progress is not None else NO_PROGRESS
    inputs = prepare_inputs(repo, cache=cache, progress=progress)
    if cache is not None:
        cache.write_pending_in_background()  # claims, anchors and values: written while we work on
    findings = run_input_checks(inputs)
    progress.phase("cross-referencing")
    context = analyse_repository(inputs, cache)
    # Checks make findings and decode cached positions by the ten thousand, and no cycles: with
    # the collector on, each full collection would walk everything made since the last freeze.
    with loaded_heap_frozen(), collector_paused():
        for check in AUDIT_CHECKS:
            findings.extend(check.run(context))
        findings = finalise(findings, repo.settings, selection)
    return AuditResult(
        repo=repo,
        context=context,
        findings=findings,
        now=now,
        corpus_name=repo.settings.name or repo.root.resolve().name,
    )
