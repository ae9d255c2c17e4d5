"""What every report section reads: the audit result, the report's folder for links, claims by id."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import TypeVar

from claimcheck.anchor import Anchor, AnchorKind
from claimcheck.audit.propositions import ClaimFacts, Proposition, Verdict
from claimcheck.audit.result import AuditResult
from claimcheck.checks import CHECKS
from claimcheck.findings import Finding, Severity
from claimcheck.report.text_fragment import fragment_words, has_invisible
from claimcheck.repository import SourceDocument

# The most rows (or items) a per-claim listing shows; the JSON output has them all. Conflicts are
# never cut short: each is an editor's decision.
MAX_ROWS = 500

T = TypeVar("T")


@dataclass
class ReportContext:
    """The result plus what sections share: where the report lives, and each claim by id."""

    result: AuditResult
    report_dir: Path  # absolute; links to files are relative to it
    max_rows: int = MAX_ROWS
    facts_by_id: dict[str, ClaimFacts] = field(default_factory=dict)
    findings_by_check: dict[str, list[Finding]] = field(default_factory=dict)
    # The propositions sections list, sorted out in one pass (a large corpus has 100,000s).
    by_verdict: dict[Verdict, list[Proposition]] = field(default_factory=dict)
    with_resolved: list[Proposition] = field(default_factory=list)
    with_not_comparable: list[Proposition] = field(default_factory=list)
    without_about: int = 0
    _bodies: dict[str, str] = field(default_factory=dict)
    _targets: dict[str, str] = field(default_factory=dict)

    @classmethod
    def create(cls, result: AuditResult, report_path: Path | None, max_rows: int = MAX_ROWS) -> ReportContext:
        if max_rows < 0:
            raise ValueError(f"max_rows must not be negative, not {max_rows}")
        path = report_path if report_path is not None else result.repo.settings.report_path
        ctx = cls(result=result, report_dir=Path(os.path.abspath(path)).parent, max_rows=max_rows)
        # The first claim with an id wins, as in the findings: facts are in index order, so
        # writing them last to first leaves the first of each id.
        ctx.facts_by_id = {fact.record.claim.id: fact for fact in reversed(result.context.facts)}
        for finding in result.findings:
            ctx.findings_by_check.setdefault(finding.check, []).append(finding)
        ctx.by_verdict = {verdict: [] for verdict in Verdict}
        for proposition in result.propositions:
            ctx.by_verdict[proposition.verdict].append(proposition)
            if proposition.resolved:
                ctx.with_resolved.append(proposition)
            if proposition.not_comparable:
                ctx.with_not_comparable.append(proposition)
            if proposition.about is None:
                ctx.without_about += 1
        return ctx

    def capped(self, items: Sequence[T]) -> tuple[Sequence[T], int]:
        """The first `max_rows` items, and how many are left out."""
        if len(items) <= self.max_rows:
            return items, 0
        return items[: self.max_rows], len(items) - self.max_rows

    def findings_of(self, check: str) -> list[Finding]:
        """The check's findings, in the result's order."""
        return self.findings_by_check.get(check, [])

    @property
    def min_sources(self) -> int:
        return self.result.repo.settings.file.min_sources

    def anchor(self, fact: ClaimFacts) -> Anchor | None:
        anchors = self.result.context.inputs.anchors
        return anchors[fact.index] if fact.index < len(anchors) else None

    def found(self, fact: ClaimFacts) -> Anchor | None:
        """The claim's anchor when its quote was found in the source (exactly or approximately)."""
        anchor = self.anchor(fact)
        if anchor is None or anchor.kind is AnchorKind.NOT_FOUND:
            return None
        return anchor

    def body_words(self, source: SourceDocument) -> str:
        """The source's body as a browser finds text in it: words separated by single spaces."""
        if source.id not in self._bodies:
            self._bodies[source.id] = " ".join(fragment_words(source.body))
        return self._bodies[source.id]

    def repeated(self, source: SourceDocument, words: str) -> bool:
        """Whether `words` (as `fragment_words` joins them) stand more than once in the source's body."""
        first = words.split(" ", 1)[0]
        if first and source.body.count(first) < 2 and not has_invisible(source.body):
            # Each time the words stand in the body's words, their first word stands in the body
            # (the body's words are its own, separated differently): no need to split the body.
            return False
        return self.body_words(source).count(words) > 1

    def file_target(self, path: str) -> str:
        """A path relative to the repository root, as a link target relative to the report's folder."""
        if path not in self._targets:
            self._targets[path] = self._relative(path)
        return self._targets[path]

    def _relative(self, path: str) -> str:
        target = Path(os.path.abspath(self.result.repo.root / path))
        try:
            relative = os.path.relpath(target, self.report_dir)
        except ValueError:  # another drive on Windows: no relative path exists
            return target.as_uri()
        return PurePosixPath(*Path(relative).parts).as_posix()

    def severity_of(self, check: str) -> Severity:
        """The severity the check's findings have in this run (settings may change the default)."""
        found = self.findings_of(check)
        if found:
            return found[0].severity
        configured = self.result.repo.settings.file.severity.get(check)
        return Severity.from_label(configured) if configured else CHECKS[check].default_severity


JSON_HAS_THEM = "`claimcheck audit --format json` lists them all"


def left_out(count: int, what: str, where: str = JSON_HAS_THEM) -> list[str]:
    """The line under a listing cut short: how many more there are, and where to find them all."""
    if not count:
        return []
    return [f"*{count} more {what} are not listed here, to keep the report readable; {where}.*", ""]
