"""What every report section reads: the audit result, the report's folder for links, claims by id."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from claimcheck.anchor import Anchor, AnchorKind
from claimcheck.audit.propositions import ClaimFacts
from claimcheck.audit.result import AuditResult
from claimcheck.checks import CHECKS
from claimcheck.findings import Severity
from claimcheck.report.text_fragment import fragment_words
from claimcheck.repository import SourceDocument


@dataclass
class ReportContext:
    """The result plus what sections share: where the report lives, and each claim by id."""

    result: AuditResult
    report_dir: Path  # absolute; links to files are relative to it
    facts_by_id: dict[str, ClaimFacts] = field(default_factory=dict)
    _bodies: dict[str, str] = field(default_factory=dict)
    _targets: dict[str, str] = field(default_factory=dict)

    @classmethod
    def create(cls, result: AuditResult, report_path: Path | None) -> ReportContext:
        path = report_path if report_path is not None else result.repo.settings.report_path
        ctx = cls(result=result, report_dir=Path(os.path.abspath(path)).parent)
        for fact in sorted(result.context.facts, key=lambda fact: fact.index, reverse=True):
            ctx.facts_by_id[fact.id] = fact  # the first claim with an id wins, as in the findings
        return ctx

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
        for finding in self.result.findings:
            if finding.check == check:
                return finding.severity
        configured = self.result.repo.settings.file.severity.get(check)
        return Severity.from_label(configured) if configured else CHECKS[check].default_severity
