"""The report's head: title, date and counts, then one table per check and one per verdict."""

from __future__ import annotations

from collections import Counter

from claimcheck.audit.propositions import Verdict
from claimcheck.checks import CHECKS
from claimcheck.report import escape
from claimcheck.report.context import ReportContext

VERDICT_MEANINGS = {
    Verdict.CONFLICT: "claims disagree about the same time",
    Verdict.RESOLVED: "claims disagreed; one is marked deprecated",
    Verdict.SUPERSEDED: "the value changed over time; the latest stands",
    Verdict.SINGLE_SOURCE: "fewer than {min_sources} independent origins",
    Verdict.CORROBORATED: "{min_sources} or more independent origins agree",
}


def plural(count: int, noun: str, nouns: str | None = None) -> str:
    return f"{count} {noun if count == 1 else (nouns or noun + 's')}"


def title(ctx: ReportContext) -> list[str]:
    result = ctx.result
    # `result.severity_counts()`, without reading each finding's `severity.label` (slow at scale).
    by_severity = Counter(finding.severity for finding in result.findings)
    severities = {severity.label: count for severity, count in by_severity.items()}
    severities = {label: severities.get(label, 0) for label in ("error", "warning", "info")}
    counts = [
        plural(len(result.repo.sources), "source"),
        plural(len(result.repo.claims), "claim"),
        plural(len(result.propositions), "proposition"),
        plural(severities["error"], "error"),
        plural(severities["warning"], "warning"),
        f"{severities['info']} info",
    ]
    return [
        f"# Claim audit: {escape.inline(result.corpus_name)}",
        "",
        f"Audited {result.now.isoformat()} · " + " · ".join(counts),
    ]


def summary(ctx: ReportContext) -> list[str]:
    counts = ctx.result.check_counts()
    check_rows = [
        [
            escape.code(check),
            ctx.severity_of(check).label,
            str(counts.get(check, 0)),
            escape.message(spec.summary),
        ]
        for check, spec in CHECKS.items()
    ]
    verdicts = {verdict.value: len(ctx.by_verdict[verdict]) for verdict in Verdict}
    lone = ctx.without_about
    verdict_rows = [
        [
            verdict.value,
            str(verdicts[verdict.value]),
            VERDICT_MEANINGS[verdict].format(min_sources=ctx.min_sources),
        ]
        for verdict in Verdict
    ]
    lines = [
        "## Summary",
        "",
        "What each check found. Details follow below: conflicts first, then single-sourced claims.",
        "",
        *escape.table(["Check", "Severity", "Findings", "What it looks for"], check_rows, align="llrl"),
        "",
        f"Verdicts of the {plural(len(ctx.result.propositions), 'proposition')} "
        f"({lone} of them single claims without `about`):",
        "",
        *escape.table(["Verdict", "Propositions", "Meaning"], verdict_rows, align="lrl"),
    ]
    return lines
