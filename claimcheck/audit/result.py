"""The result of one audit: the findings, the analysed propositions, and counts for summaries."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from claimcheck.audit.context import AuditContext
from claimcheck.audit.propositions import Proposition, Verdict
from claimcheck.findings import Finding
from claimcheck.repository import Repository


@dataclass
class AuditResult:
    """Everything a renderer needs; renderers read it and never recompute."""

    repo: Repository
    context: AuditContext
    findings: list[Finding]  # after severities and selection, sorted
    now: dt.date
    corpus_name: str

    @property
    def propositions(self) -> list[Proposition]:
        return self.context.propositions

    def check_counts(self) -> dict[str, int]:
        return dict(sorted(Counter(finding.check for finding in self.findings).items()))

    def severity_counts(self) -> dict[str, int]:
        counts = Counter(finding.severity.label for finding in self.findings)
        return {label: counts.get(label, 0) for label in ("error", "warning", "info")}

    def verdict_counts(self) -> dict[str, int]:
        counts = Counter(proposition.verdict for proposition in self.propositions)
        return {verdict.value: counts.get(verdict, 0) for verdict in Verdict}

    def findings_of(self, check: str) -> list[Finding]:
        return [finding for finding in self.findings if finding.check == check]
