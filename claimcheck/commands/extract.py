"""`claimcheck extract SOURCE_ID`: propose candidate claims from a source, as claim YAML for a checker."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from claimcheck.atomic_write import write_text_atomic
from claimcheck.exit_status import ExitStatus
from claimcheck.extract.candidates import propose_candidates
from claimcheck.extract.checkworthy import DEFAULT_MIN_SCORE
from claimcheck.extract.render import render_candidates
from claimcheck.loader import RepositoryError, load_repository
from claimcheck.repository import Repository
from claimcheck.settings import SettingsError, load_settings
from claimcheck.suggest import closest
from claimcheck.value_context import value_context

MAX_LISTED = 10  # sources named when nothing is close to a mistyped id


def _fail(message: str) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(ExitStatus.USAGE)


def extract_command(
    source_id: Annotated[str, typer.Argument(help="A source id: the file name under sources/ without .md.")],
    output: Annotated[
        Path | None,
        typer.Option("-o", "--output", help="Write the YAML to this file instead of standard output."),
    ] = None,
    root: Annotated[
        Path, typer.Option("--root", help="The claim repository (a folder with sources/).")
    ] = Path("."),
    min_score: Annotated[
        float,
        typer.Option("--min-score", min=0.0, max=1.0, help="Propose only sentences scoring at least this."),
    ] = DEFAULT_MIN_SCORE,
    skip_known: Annotated[
        bool,
        typer.Option("--skip-known", help="Leave out sentences already quoted by a claim on this source."),
    ] = False,
    force: Annotated[bool, typer.Option("--force", help="Overwrite the -o file if it exists.")] = False,
) -> None:
    """Propose candidate claims from a source: check-worthy sentences as claim YAML to review.

    Each candidate has a quote, a draft claim, value, date, speaker and relays, and a note with its score.

    `about` and `confidence` are left for the checker; `-o` never overwrites a file without `--force`.

    Example: claimcheck extract 2023-11-08-dw-zhang-moskau -o claims/dw-zhang.yaml --skip-known
    """
    if output is not None and output.exists() and not force:
        raise _fail(f"{output}: the file exists; use --force to overwrite it")
    try:
        repo = _open_repository(root)
    except (SettingsError, RepositoryError) as exc:
        raise _fail(str(exc)) from None
    if source_id.endswith(".md"):  # a path typed with the shell's completion: sources/<id>.md
        source_id = Path(source_id).stem
    source = repo.sources.get(source_id)
    if source is None:
        raise _fail(_no_source_message(repo, source_id))
    records = [record for record in repo.claims if record.claim.source == source_id]
    candidates = propose_candidates(
        source,
        min_score=min_score,
        known_quotes=[record.claim.quote for record in records] if skip_known else (),
        taken_ids={record.claim.id for record in repo.claims},
        context=value_context(repo, source),
    )
    text = render_candidates(candidates, source.id, source.meta.title)
    if output is None:
        typer.echo(text, nl=False)
        return
    try:
        write_text_atomic(output, text)
    except OSError as exc:
        raise _fail(f"{output}: cannot write the file: {exc.strerror}") from None
    typer.echo(f"{len(candidates)} candidates written to {output}", err=True)


def _open_repository(root: Path) -> Repository:
    """Settings and every file under `root` (checks' names are not needed: nothing is checked here)."""
    if not root.exists():
        raise RepositoryError(f"{root}: no such folder")
    if not root.is_dir():
        raise RepositoryError(f"{root}: not a folder")
    return load_repository(root, load_settings(root))


def _no_source_message(repo: Repository, source_id: str) -> str:
    for finding in repo.findings:
        if finding.location is not None and finding.location.path.endswith(f"/{source_id}.md"):
            where = finding.location.path
            return f"no source `{source_id}`: {where} could not be read ({finding.message})"
    if not repo.sources:
        return f"no source `{source_id}`: the repository has no sources"
    best = closest(source_id, sorted(repo.sources))
    if best is not None:
        return f"no source `{source_id}`: did you mean `{best}`?"
    known = sorted(repo.sources)
    shown = ", ".join(known[:MAX_LISTED]) + (", …" if len(known) > MAX_LISTED else "")
    return f"no source `{source_id}`: known sources: {shown}"
