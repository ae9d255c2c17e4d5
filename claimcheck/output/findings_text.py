"""Findings as `file:line:col: severity check: message` lines, with a closing count line."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from claimcheck.findings import Finding
from claimcheck.output.terminal_safe import terminal_safe


def render_findings_text(findings: Sequence[Finding], claims: int, sources: int) -> str:
    lines = [terminal_safe(finding.one_line()) for finding in findings]
    counts = Counter(finding.severity.label for finding in findings)
    summary = ", ".join(
        f"{counts[label]} {label}{'s' if counts[label] != 1 else ''}"
        for label in ("error", "warning", "info")
    )
    lines.append(f"{sources} sources, {claims} claims checked: {summary}")
    return "\n".join(lines) + "\n"
