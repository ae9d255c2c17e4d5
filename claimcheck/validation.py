"""Run the input checks: anchor every quote, parse every value, collect the findings."""

from __future__ import annotations

from claimcheck.anchor import PreparedText, anchor_quote, prepare_text
from claimcheck.checks import INPUT_CHECKS
from claimcheck.entry_errors import INVALID_ENTRY
from claimcheck.findings import Finding, Location, Severity
from claimcheck.input_context import InputContext
from claimcheck.repository import Repository
from claimcheck.value_context import value_context
from claimcheck.values import ValueContext, ValueParseError, parse_value
from claimcheck.web.recheck_log import LOG_PATH, RecheckLogError, read_recheck_log


def prepare_inputs(repo: Repository) -> InputContext:
    """Anchor each claim's quote in its source and parse its value, once, for all checks."""
    ctx = InputContext(repo=repo)
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
    prepared: dict[str, PreparedText] = {}
    min_score = repo.settings.quote_min_score
    contexts: dict[str | None, ValueContext] = {}
    for index, record in enumerate(repo.claims):
        claim = record.claim
        source = repo.sources.get(claim.source)
        if source is None:
            ctx.anchors.append(None)
        else:
            text = prepared.get(source.id)
            if text is None:
                text = prepared[source.id] = prepare_text(source.body)
            ctx.anchors.append(anchor_quote(claim.quote, text, min_score=min_score))
        if claim.value is None:
            ctx.values.append(None)
            continue
        key = source.id if source else None
        vctx = contexts.get(key)
        if vctx is None:
            vctx = contexts[key] = value_context(repo, source)
        try:
            ctx.values.append(parse_value(claim.value, vctx))
        except ValueParseError as error:
            ctx.values.append(None)
            ctx.value_errors[index] = error
    return ctx


def run_input_checks(ctx: InputContext) -> list[Finding]:
    findings = list(ctx.repo.findings)
    for check in INPUT_CHECKS:
        findings.extend(check.run(ctx))
    return findings
