"""The audit's terminal summary: counts per check and per verdict, readable in 80 columns."""

from __future__ import annotations

import io

from rich.console import Console
from rich.table import Table
from rich.text import Text

from claimcheck.audit.result import AuditResult
from claimcheck.checks import CHECKS
from claimcheck.findings import Severity
from claimcheck.output.terminal_safe import terminal_safe

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def render_terminal_summary(result: AuditResult, color: bool = False, width: int = 80) -> str:
    """A short summary; claim text is shown with control characters made visible, never executed."""
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, color_system="standard" if color else None, highlight=False)
    repo = result.repo
    console.print(
        Text(
            f"claimcheck audit of {terminal_safe(result.corpus_name)}: {len(repo.sources)} sources, "
            f"{len(repo.claims)} claims, {len(result.propositions)} propositions",
            style="bold",
        )
    )
    checks = Table(title="Findings per check", title_justify="left", box=None, pad_edge=False)
    checks.add_column("check")
    checks.add_column("severity")
    checks.add_column("count", justify="right")
    severities: dict[str, Severity] = {}
    for finding in result.findings:
        severities[finding.check] = max(severities.get(finding.check, finding.severity), finding.severity)
    for check_id, count in result.check_counts().items():
        severity = severities[check_id]
        checks.add_row(check_id, Text(severity.label, style=_STYLE[severity]), str(count))
    if not result.findings:
        checks.add_row("(none)", "", "0")
    console.print(checks)
    verdicts = Table(title="Propositions per verdict", title_justify="left", box=None, pad_edge=False)
    verdicts.add_column("verdict")
    verdicts.add_column("count", justify="right")
    for verdict, count in result.verdict_counts().items():
        verdicts.add_row(verdict, str(count))
    console.print(verdicts)
    shown = [f for f in result.findings if f.severity >= Severity.ERROR][:20]
    if shown:
        console.print(Text("Errors:", style="bold"))
        for finding in shown:
            console.print(Text(terminal_safe(finding.one_line()), style=_STYLE[finding.severity]))
        rest = result.severity_counts()["error"] - len(shown)
        if rest > 0:
            console.print(f"… and {rest} more errors")
    return buffer.getvalue()


def known_check_summary(check_id: str) -> str:
    spec = CHECKS.get(check_id)
    return spec.summary if spec else check_id
