"""Which findings a run keeps and how severe they are: settings' severities, --select/--ignore, --fail-on."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from claimcheck.findings import Finding, Severity, sorted_findings
from claimcheck.settings import Settings
from claimcheck.suggest import did_you_mean


class SelectionError(ValueError):
    """An unknown check id in --select/--ignore: a usage error."""


@dataclass(frozen=True)
class Selection:
    select: frozenset[str] = frozenset()  # empty: all checks
    ignore: frozenset[str] = frozenset()

    @classmethod
    def from_options(cls, select: Sequence[str], ignore: Sequence[str], known: Sequence[str]) -> Selection:
        for check in (*select, *ignore):
            if check not in known:
                raise SelectionError(f"unknown check `{check}`: {did_you_mean(check, known)}")
        return cls(frozenset(select), frozenset(ignore))

    def keeps(self, check: str) -> bool:
        return (not self.select or check in self.select) and check not in self.ignore


def finalise(findings: Iterable[Finding], settings: Settings, selection: Selection) -> list[Finding]:
    """Apply the severities from settings, drop unselected checks, sort as users see them."""
    overrides = {check: Severity.from_label(label) for check, label in settings.severity.items()}
    kept_checks: dict[str, bool] = {}
    kept = []
    for finding in findings:
        check = finding.check
        keep = kept_checks.get(check)
        if keep is None:
            keep = kept_checks[check] = selection.keeps(check)
        if not keep:
            continue
        severity = overrides.get(check, finding.severity)
        # Findings are frozen: one whose severity stays is kept as it is, not copied (100,000s are).
        kept.append(
            finding if severity == finding.severity else dataclasses.replace(finding, severity=severity)
        )
    return sorted_findings(kept)


def fail_threshold(label: str) -> Severity | None:
    """`--fail-on` as a severity; `none` never fails."""
    return None if label == "none" else Severity.from_label(label)


def exit_code_for(findings: Sequence[Finding], fail_on: str) -> int:
    threshold = fail_threshold(fail_on)
    if threshold is None:
        return 0
    return 1 if any(finding.severity >= threshold for finding in findings) else 0
