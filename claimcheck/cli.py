"""The command line: parse options into a run, call the engine, print, return an exit status."""

from __future__ import annotations

import contextlib
import datetime as dt
import sys
import time
from collections.abc import Iterator, Sequence
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from claimcheck import __version__
from claimcheck.atomic_write import write_text_atomic
from claimcheck.cache import Cache
from claimcheck.checks import CHECK_IDS, CHECKS
from claimcheck.commands.ecosystem import export_app, import_app, init_command, schema_command
from claimcheck.commands.extract import extract_command
from claimcheck.commands.source import source_app
from claimcheck.engine import audit_repository, open_repository, validate_repository
from claimcheck.exit_status import ExitStatus
from claimcheck.loader import RepositoryError
from claimcheck.output.findings_text import render_findings_text
from claimcheck.output.github import render_github
from claimcheck.output.json_output import render_validate_json
from claimcheck.output.terminal_safe import terminal_safe
from claimcheck.run_cache import RunOutputs, load_outputs, run_key, store_outputs
from claimcheck.selection import Selection, SelectionError, exit_code_for
from claimcheck.settings import SettingsError, load_settings

if TYPE_CHECKING:
    from rich.progress import TaskID

app = typer.Typer(
    name="claimcheck",
    help="Audit fact-checking claims against their sources.\n\n"
    "Example: `claimcheck audit` in a folder with sources/ and claims/ writes reports/audit.md.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)


class FailOn(StrEnum):
    error = "error"
    warning = "warning"
    info = "info"
    none = "none"


class AuditFormat(StrEnum):
    summary = "summary"
    json = "json"
    markdown = "markdown"
    github = "github"


class ValidateFormat(StrEnum):
    text = "text"
    json = "json"
    github = "github"


RootArg = Annotated[
    Path, typer.Argument(help="The claim repository (a folder with sources/ and claims/).", show_default=True)
]
FailOnOpt = Annotated[FailOn | None, typer.Option(help="Exit 1 at findings of this severity or worse.")]
SelectOpt = Annotated[list[str] | None, typer.Option("--select", help="Run only these checks (repeatable).")]
IgnoreOpt = Annotated[list[str] | None, typer.Option("--ignore", help="Skip these checks (repeatable).")]


NoCacheOpt = Annotated[
    bool, typer.Option("--no-cache", help="Read every file again; neither read nor write .claimcheck-cache/.")
]
ProgressOpt = Annotated[
    bool | None,
    typer.Option(
        "--progress/--no-progress",
        help="Show progress on stderr for long runs [default: when stderr is a terminal].",
    ),
]


class _TerminalProgress:
    """The engine's progress shown with rich on stderr, once a run has taken more than a second."""

    DELAY = 1.0

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            SpinnerColumn,
            TextColumn,
            TimeElapsedColumn,
        )

        self.bar = Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        self.started = time.monotonic()
        self.shown = False
        self.task: TaskID | None = None

    def phase(self, name: str, total: int | None = None) -> None:
        if self.task is not None:
            done = self.bar.tasks[-1].total
            self.bar.update(self.task, completed=done if done is not None else 1, total=done or 1)
        self.task = self.bar.add_task(name, total=total)
        self._show()

    def advance(self, steps: int = 1) -> None:
        if self.task is not None:
            self.bar.advance(self.task, steps)
        self._show()

    def _show(self) -> None:
        if not self.shown and time.monotonic() - self.started > self.DELAY:
            self.shown = True
            self.bar.start()

    def close(self) -> None:
        if self.shown:
            self.bar.stop()


@contextlib.contextmanager
def _progress(wanted: bool | None) -> Iterator[_TerminalProgress | None]:
    show = sys.stderr.isatty() if wanted is None else wanted
    display = _TerminalProgress() if show else None
    try:
        yield display
    finally:
        if display is not None:
            display.close()


def _fail(message: str) -> typer.Exit:
    typer.echo(f"error: {terminal_safe(message)}", err=True)
    return typer.Exit(ExitStatus.USAGE)


def version_callback(value: bool) -> None:
    if value:
        typer.echo(f"claimcheck {__version__}")
        raise typer.Exit()


@app.callback()
def root_options(
    version: Annotated[
        bool, typer.Option("--version", callback=version_callback, is_eager=True, help="Print the version.")
    ] = False,
) -> None:
    """Audit fact-checking claims against their sources."""


@app.command()
def validate(
    root: RootArg = Path("."),
    output_format: Annotated[
        ValidateFormat, typer.Option("--format", help="text (file:line:col lines), json or github.")
    ] = ValidateFormat.text,
    fail_on: Annotated[
        FailOn | None, typer.Option(help="Exit 1 at findings of this severity or worse.")
    ] = None,
    select: SelectOpt = None,
    ignore: IgnoreOpt = None,
    no_cache: NoCacheOpt = False,
    progress: ProgressOpt = None,
) -> None:
    """Run the input checks alone: formats, ids, sources, quotes, values.

    Example: claimcheck validate . --format text
    """
    cache = Cache(root, enabled=not no_cache)
    with _progress(progress) as display:
        try:
            repo = open_repository(root, cache=cache, progress=display)
            selection = Selection.from_options(select or [], ignore or [], CHECK_IDS)
        except (SettingsError, RepositoryError, SelectionError) as exc:
            raise _fail(str(exc)) from None
        findings = validate_repository(repo, selection, cache=cache, progress=display)
    if output_format is ValidateFormat.json:
        typer.echo(render_validate_json(repo, findings), nl=False)
    elif output_format is ValidateFormat.github:
        typer.echo(render_github(findings), nl=False)
    else:
        typer.echo(
            render_findings_text(findings, claims=len(repo.claims), sources=len(repo.sources)), nl=False
        )
    threshold = (fail_on.value if fail_on else None) or repo.settings.fail_on
    raise typer.Exit(exit_code_for(findings, threshold))


def _parse_now(text: str | None) -> dt.date:
    if text is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise _fail(f"--now {text!r} is not a date; write YYYY-MM-DD") from None


@app.command()
def audit(
    root: RootArg = Path("."),
    report: Annotated[
        Path | None, typer.Option(help="Where to write the Markdown report [default: reports/audit.md].")
    ] = None,
    no_report: Annotated[bool, typer.Option("--no-report", help="Do not write the report file.")] = False,
    output_format: Annotated[
        AuditFormat, typer.Option("--format", help="What to print: summary, json, markdown or github.")
    ] = AuditFormat.summary,
    fail_on: Annotated[
        FailOn | None, typer.Option(help="Exit 1 at findings of this severity or worse.")
    ] = None,
    select: SelectOpt = None,
    ignore: IgnoreOpt = None,
    now: Annotated[
        str | None, typer.Option(help="The report's date (YYYY-MM-DD), for reproducible reports.")
    ] = None,
    color: Annotated[bool | None, typer.Option("--color/--no-color", help="Colour the summary.")] = None,
    no_cache: NoCacheOpt = False,
    progress: ProgressOpt = None,
) -> None:
    """Cross-reference every claim: conflicts, single-sourced claims, quotes; write the report.

    Example: claimcheck audit . --now 2026-11-23 --report reports/audit.md
    """
    date = _parse_now(now)
    cache = Cache(root, enabled=not no_cache)
    use_color = sys.stdout.isatty() if color is None else color
    try:
        selection = Selection.from_options(select or [], ignore or [], CHECK_IDS)
        settings = load_settings(root, CHECK_IDS) if root.is_dir() else None
    except (SettingsError, SelectionError) as exc:
        raise _fail(str(exc)) from None
    report_path = report if report is not None else (settings.report_path if settings else None)
    options = {
        "report": str(report_path),
        "no_report": no_report,
        "format": output_format.value,
        "fail_on": fail_on.value if fail_on else None,
        "select": sorted(selection.select),
        "ignore": sorted(selection.ignore),
        "now": date.isoformat(),
        "color": use_color,
    }
    key = run_key(settings, options) if settings is not None and cache.enabled else None
    outputs = load_outputs(cache, key)
    if outputs is None:
        outputs = _run_audit(
            root, cache, progress, selection, date, report_path, no_report, output_format, fail_on, use_color
        )
        store_outputs(cache, key, outputs)
    if not no_report and outputs.report is not None and report_path is not None:
        try:
            write_text_atomic(report_path, outputs.report)
        except OSError as exc:
            raise _fail(f"{report_path}: cannot write the report: {exc.strerror}") from None
    _echo_pieces(outputs.stdout)
    raise typer.Exit(outputs.exit_code)


def _echo_pieces(pieces: Sequence[str]) -> None:
    """Print pieces of text a megabyte or so at a time (a million pieces one by one would be slow)."""
    batch: list[str] = []
    size = 0
    for piece in pieces:
        batch.append(piece)
        size += len(piece)
        if size >= 1 << 20:
            typer.echo("".join(batch), nl=False)
            batch, size = [], 0
    if batch:
        typer.echo("".join(batch), nl=False)


def _run_audit(
    root: Path,
    cache: Cache,
    progress: bool | None,
    selection: Selection,
    date: dt.date,
    report_path: Path | None,
    no_report: bool,
    output_format: AuditFormat,
    fail_on: FailOn | None,
    use_color: bool,
) -> RunOutputs:
    """One full audit: what it prints, the report it would write, and its exit status."""
    from claimcheck.audit.heap import loaded_heap_frozen
    from claimcheck.output.json_output import audit_json_parts
    from claimcheck.output.terminal import render_terminal_summary
    from claimcheck.report.markdown import render_markdown_report

    # Frozen as it grows: what is loaded lives until the end, so the cyclic collector need not
    # walk it again and again (each nested freeze adds what was made since; unfrozen at the end).
    # Cache entries are written by a background process while the audit goes on (`cache_writer`).
    with loaded_heap_frozen(), cache.writes_deferred():
        with _progress(progress) as display:
            try:
                repo = open_repository(root, cache=cache, progress=display)
            except (SettingsError, RepositoryError) as exc:
                raise _fail(str(exc)) from None
            result = audit_repository(repo, selection, date, cache=cache, progress=display)
            report_path = report_path or repo.settings.report_path
            markdown = None
            if not no_report or output_format is AuditFormat.markdown:
                if display is not None:
                    display.phase("writing the report")
                markdown = render_markdown_report(result, report_path=report_path)
        if output_format is AuditFormat.json:
            stdout: list[str] = audit_json_parts(result)
        elif output_format is AuditFormat.markdown:
            stdout = [markdown or ""]
        elif output_format is AuditFormat.github:
            stdout = [render_github(result.findings)]
        else:
            summary = render_terminal_summary(result, color=use_color)
            if not no_report:
                summary += f"report written to {report_path}\n"
            stdout = [summary]
        threshold = (fail_on.value if fail_on else None) or repo.settings.fail_on
        code = exit_code_for(result.findings, threshold)
    return RunOutputs(stdout, None if no_report else markdown, code)


@app.command()
def show(
    claim_id: Annotated[str, typer.Argument(metavar="ID", help="A claim id.")],
    root: RootArg = Path("."),
) -> None:
    """Show one claim: its normalised value, where its quote stands, its proposition and findings.

    Example: claimcheck show luhovskyi-joint-projects
    """
    from claimcheck.output.show import render_claim
    from claimcheck.suggest import did_you_mean

    try:
        repo = open_repository(root)
    except (SettingsError, RepositoryError) as exc:
        raise _fail(str(exc)) from None
    result = audit_repository(repo, Selection(), dt.date.today())
    page = render_claim(result, claim_id)
    if page is None:
        raise _fail(f"no claim `{claim_id}`: {did_you_mean(claim_id, [r.id for r in repo.claims])}")
    typer.echo(page, nl=False)


@app.command()
def explain(
    check: Annotated[str | None, typer.Argument(help="A check id, e.g. single-source.")] = None,
) -> None:
    """Print a check's documentation, or list all checks.

    Example: claimcheck explain single-source
    """
    if check is None:
        for check_id in sorted(CHECKS):
            spec = CHECKS[check_id]
            typer.echo(f"{check_id:<20} {spec.default_severity.label:<8} {spec.summary}")
        return
    found = CHECKS.get(check)
    if found is None:
        from claimcheck.suggest import did_you_mean

        raise _fail(f"unknown check `{check}`: {did_you_mean(check, CHECK_IDS)}")
    typer.echo(f"{found.id} (default severity: {found.default_severity.label})\n\n{found.doc}")


# Registered after the core commands so that `claimcheck --help` lists audit and validate first.
app.command("extract")(extract_command)
app.add_typer(source_app, name="source")
app.command("init")(init_command)
app.command("schema")(schema_command)
app.add_typer(export_app, name="export")
app.add_typer(import_app, name="import")


def main() -> None:
    """Console entry point: no traceback ever reaches a user."""
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("interrupted", err=True)
        sys.exit(130)
    except SystemExit:
        raise
    except Exception as exc:
        typer.echo(f"error: internal error ({type(exc).__name__}: {exc}); please report this", err=True)
        sys.exit(ExitStatus.USAGE)
