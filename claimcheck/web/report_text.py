"""What `source add` and `source recheck` print: one line per page or source, sorted, then details."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from claimcheck.output.terminal_safe import terminal_safe
from claimcheck.web.add import Added, AddFailed, AddReport
from claimcheck.web.recheck import RecheckOutcome
from claimcheck.web.recheck_log import RecheckStatus

STATUS_WIDTH = max(len(status.value) for status in RecheckStatus)


def render_added(report: AddReport, root: Path) -> str:
    """`added <id>  <file>  <origin>` per written source, sorted by id."""
    added = sorted((o for o in report.outcomes if isinstance(o, Added)), key=lambda o: o.source_id)
    lines = [f"added {o.source_id}  {_shown(o.path, root)}  {o.origin}" for o in added]
    return _lines(lines)


def render_add_errors(report: AddReport) -> str:
    """`error: <origin>: <reason>` per failed page, sorted by origin, then warnings."""
    failed = sorted((o for o in report.outcomes if isinstance(o, AddFailed)), key=lambda o: o.origin)
    lines = [f"error: {o.origin}: {o.reason}" for o in failed]
    lines += [f"warning: {warning}" for warning in report.warnings]
    return _lines(lines)


def render_recheck(outcomes: Sequence[RecheckOutcome]) -> str:
    """Per source (sorted by id) its status and why; for a change, the diff and the vanished quotes."""
    lines: list[str] = []
    for outcome in sorted(outcomes, key=lambda o: o.target.source_id):
        entry = outcome.entry
        head = f"{entry.status.value:<{STATUS_WIDTH}}  {outcome.target.source_id}"
        if entry.status in (RecheckStatus.GONE, RecheckStatus.UNREACHABLE):
            lines.append(f"{head}  {entry.reason}")
            continue
        if entry.status is RecheckStatus.UPDATED:
            lines.append(f"{head}  old capture kept as {entry.history}")
        else:
            lines.append(head)
        if entry.status in (RecheckStatus.CHANGED, RecheckStatus.UPDATED):
            lines.extend(f"    {line}" for line in entry.diff)
            if entry.vanished_claims:
                lines.append(f"    quotes no longer in the live text: {', '.join(entry.vanished_claims)}")
            if entry.inexact_claims:
                lines.append(f"    quotes now only approximately there: {', '.join(entry.inexact_claims)}")
    counts = Counter(outcome.entry.status for outcome in outcomes)
    summary = ", ".join(f"{counts[status]} {status.value}" for status in RecheckStatus if counts[status])
    noun = "source" if len(outcomes) == 1 else "sources"
    lines.append(f"{len(outcomes)} {noun} rechecked" + (f": {summary}" if summary else ""))
    return _lines(lines)


def _lines(lines: Sequence[str]) -> str:
    """One line each; pages, servers and file names are untrusted, so control characters are shown."""
    return "".join(f"{terminal_safe(line)}\n" for line in lines)


def _shown(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()
