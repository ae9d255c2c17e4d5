"""`claimcheck export|import claimreview`, `schema`, `init`: options → the module doing it → exit status."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from claimcheck.exit_status import ExitStatus

export_app = typer.Typer(
    help="Export claims for other tools.\n\nExample: claimcheck export claimreview -o claimreview.json",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)
import_app = typer.Typer(
    help="Import claims from other tools.\n\nExample: claimcheck import claimreview feed.json",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)

RootArg = Annotated[
    Path, typer.Argument(help="The claim repository (a folder with sources/ and claims/).", show_default=True)
]


class SchemaKind(StrEnum):
    claim = "claim"
    source = "source"
    settings = "settings"
    all = "all"


def _fail(message: str) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(ExitStatus.USAGE)


def _parse_date(text: str | None, option: str) -> dt.date:
    if text is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise _fail(f"{option} {text!r} is not a date; write YYYY-MM-DD") from None


@export_app.callback()
def export_group() -> None:
    """Export claims for other tools."""


@export_app.command("claimreview")
def export_claimreview(
    root: RootArg = Path("."),
    ids: Annotated[
        list[str] | None,
        typer.Option("--id", help="Export only this claim (repeatable); it must have a `review:`."),
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file instead of standard output.")
    ] = None,
) -> None:
    """schema.org ClaimReview JSON-LD for the claims that carry a `review:` block.

    One object for one review, else a list, sorted by claim id.

    Example: claimcheck export claimreview --id luhovskyi-joint-projects -o claimreview.json
    """
    from claimcheck.atomic_write import write_text_atomic
    from claimcheck.claimreview.export import ExportError, export_claim_reviews, render_claim_reviews
    from claimcheck.loader import RepositoryError, load_repository
    from claimcheck.settings import SettingsError, load_settings

    if not root.is_dir():
        raise _fail(f"{root}: no such folder")
    try:
        repo = load_repository(root, load_settings(root))
        result = export_claim_reviews(repo, ids or [])
    except (SettingsError, RepositoryError, ExportError) as exc:
        raise _fail(str(exc)) from None
    for note in result.notes:
        typer.echo(f"note: {note}", err=True)
    if not result.reviews:
        typer.echo("note: no claim has a `review:` block; nothing to export", err=True)
    text = render_claim_reviews(result.reviews)
    if output is None:
        typer.echo(text, nl=False)
        return
    try:
        write_text_atomic(output, text)
    except OSError as exc:
        raise _fail(f"{output}: cannot write: {exc.strerror}") from None
    typer.echo(
        f"wrote {len(result.reviews)} ClaimReview{'s' if len(result.reviews) != 1 else ''} to {output}"
    )


@import_app.callback()
def import_group() -> None:
    """Import claims from other tools."""


@import_app.command("claimreview")
def import_claimreview(
    file: Annotated[
        Path, typer.Argument(help="ClaimReview JSON-LD: an object, a list, a DataFeed, an @graph, or a page.")
    ],
    root: RootArg = Path("."),
    force: Annotated[
        bool, typer.Option("--force", help="Import reviews that are already in the repository again.")
    ] = False,
    now: Annotated[
        str | None,
        typer.Option("--now", help="The date to record as `retrieved` (YYYY-MM-DD) [default: today]."),
    ] = None,
) -> None:
    """Read schema.org ClaimReview JSON-LD into claims and sources.

    Claims go to claims/imported-claimreview.yaml; each appearance of a claim becomes a source whose
    text is the quoted claim, so that the claim validates.

    Example: claimcheck import claimreview factcheck.json .
    """
    from claimcheck.claimreview.importer import ClaimReviewImportError, import_claim_reviews
    from claimcheck.loader import RepositoryError
    from claimcheck.settings import SettingsError

    today = _parse_date(now, "--now")
    try:
        summary = import_claim_reviews(file, root, today=today, force=force)
    except (ClaimReviewImportError, SettingsError, RepositoryError) as exc:
        raise _fail(str(exc)) from None
    except OSError as exc:
        raise _fail(f"{exc.filename or root}: cannot write: {exc.strerror}") from None
    for note in summary.notes:
        typer.echo(f"note: {note}", err=True)
    count = len(summary.claim_ids)
    replaced = f" ({len(summary.replaced)} replaced)" if summary.replaced else ""
    typer.echo(f"imported {count} claim{'s' if count != 1 else ''}{replaced} into {summary.claims_file}")
    for path in summary.sources_written:
        typer.echo(f"  wrote {path}")
    for source_id in summary.sources_reused:
        typer.echo(f"  used the existing source {source_id}")


def schema_command(
    kind: Annotated[
        SchemaKind, typer.Argument(help="claim (a claims file), source (front matter), settings, or all.")
    ] = SchemaKind.all,
) -> None:
    """Print the JSON Schema of a claims file, of a source's front matter, or of the settings.

    `all` prints one object holding the three schemas by name.

    Example: claimcheck schema claim > claims.schema.json
    """
    from claimcheck.schema_docs import render_schema

    typer.echo(render_schema(kind.value), nl=False)


def init_command(
    root: Annotated[Path, typer.Argument(help="The folder for the new claim repository.")] = Path("."),
    force: Annotated[
        bool,
        typer.Option("--force", help="Write the example files and settings into an existing repository."),
    ] = False,
) -> None:
    """Start a claim repository: claimcheck.toml, sources/, claims/, an example of each, a README.

    Example: claimcheck init desk-claims
    """
    from claimcheck.init_repo import InitError, init_repository

    try:
        result = init_repository(root, today=dt.date.today(), force=force)
    except InitError as exc:
        raise _fail(str(exc)) from None
    except OSError as exc:
        raise _fail(f"{exc.filename or root}: cannot write: {exc.strerror}") from None
    for name in result.written:
        typer.echo(f"wrote {(root / name).as_posix()}")
    for name in result.kept:
        typer.echo(f"kept  {(root / name).as_posix()}")
    where = "" if root == Path(".") else f" {root.as_posix()}"
    typer.echo(f"next: read {(root / 'README.md').as_posix()}, then run `claimcheck validate{where}`")
