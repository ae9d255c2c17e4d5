"""Findings as GitHub Actions workflow commands (`::error file=…,line=…::message`)."""

from __future__ import annotations

from collections.abc import Sequence

from claimcheck.findings import Finding, Severity
from claimcheck.output.terminal_safe import terminal_safe

_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _escape_data(text: str) -> str:
    # Control characters (ANSI escapes from claim text) are shown, not sent to the log viewer;
    # then GitHub's workflow-command escaping: % first, then line breaks.
    return terminal_safe(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(findings: Sequence[Finding]) -> str:
    lines = []
    for finding in findings:
        props = []
        if finding.location is not None:
            props.append(f"file={_escape_property(finding.location.path)}")
            if finding.location.line is not None:
                props.append(f"line={finding.location.line}")
            if finding.location.column is not None:
                props.append(f"col={finding.location.column}")
        props.append(f"title={_escape_property(finding.check)}")
        message = finding.message + (f" ({finding.hint})" if finding.hint else "")
        lines.append(f"::{_LEVEL[finding.severity]} {','.join(props)}::{_escape_data(message)}")
    return "".join(line + "\n" for line in lines)
