"""`render_markdown_report`: the editor's report, its sections in the order PRODUCT.md gives."""

from __future__ import annotations

from pathlib import Path

from claimcheck.audit.heap import collector_paused, loaded_heap_frozen
from claimcheck.audit.result import AuditResult
from claimcheck.report import conflicts, diagram, other_findings, single_source, summary, tables
from claimcheck.report.context import MAX_ROWS, ReportContext


def render_markdown_report(
    result: AuditResult, report_path: Path | None = None, *, max_rows: int = MAX_ROWS
) -> str:
    """The report as Markdown; links to files are relative to `report_path`'s folder.

    `report_path` is where the report will be written (default: the settings' `report`,
    `reports/audit.md` under the repository root). Same result and `now`, same text.

    `max_rows` caps each long listing (single-sourced propositions, claims without `about`, each
    check's other findings, possible aliases, the Propositions and Sources tables): the rest are
    counted in a line that says where to find them all. Conflicts are always listed in full.
    """
    with loaded_heap_frozen(), collector_paused():  # rows and pieces, no cycles
        return _render(result, report_path, max_rows)


def _render(result: AuditResult, report_path: Path | None, max_rows: int) -> str:
    ctx = ReportContext.create(result, report_path, max_rows)
    lines = [
        *summary.title(ctx),
        "",
        *summary.summary(ctx),
        "",
        *conflicts.section(ctx),
        *single_source.section(ctx),
        *other_findings.section(ctx),
        *tables.propositions(ctx),
        *tables.sources(ctx),
        *diagram.section(ctx),
    ]
    return _tidy(lines)


def _tidy(lines: list[str]) -> str:
    """Join lines with single blank lines between blocks and one newline at the end."""
    out: list[str] = []
    for line in lines:
        if line == "" and (not out or out[-1] == ""):
            continue
        out.append(line)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"
