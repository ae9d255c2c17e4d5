"""`claimcheck source add|recheck`: options → claimcheck.web → printed results → exit status."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from claimcheck.exit_status import ExitStatus
from claimcheck.loader import RepositoryError, load_repository
from claimcheck.settings import SettingsError, load_settings
from claimcheck.suggest import closest
from claimcheck.web.fetch_error import FetchError
from claimcheck.web.source_ids import id_problem

if TYPE_CHECKING:
    from claimcheck.web.add import AddReport

source_app = typer.Typer(
    help="Add sources from the web, and check later whether they changed.\n\n"
    "Example: claimcheck source add https://www.dw.com/de/…/a-67354062",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)

RootOpt = Annotated[
    Path, typer.Option("--root", help="The claim repository (a folder with sources/ and claims/).")
]
AllowPrivateOpt = Annotated[
    bool,
    typer.Option(
        "--allow-private", help="Also fetch from private, loopback and link-local addresses (an intranet)."
    ),
]
TimeoutOpt = Annotated[
    float, typer.Option("--timeout", min=0.1, help="Seconds to wait for a connection, and for each answer.")
]
NowOpt = Annotated[
    str | None, typer.Option("--now", help="The date to record as `retrieved` (YYYY-MM-DD) [default: today].")
]


def _usage_error(message: str) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(ExitStatus.USAGE)


@source_app.command("add")
def add(
    urls: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="URL",
            help="Addresses of the pages to add (http:// or https://).",
            show_default=False,
        ),
    ] = None,
    source_id: Annotated[
        str | None, typer.Option("--id", help="The id (file name) to give the source; one page only.")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace a source that has the same id.")] = False,
    allow_private: AllowPrivateOpt = False,
    from_file: Annotated[
        Path | None,
        typer.Option(
            "--from-file", help="Read addresses from this file, one per line ('#' comments; '-' stdin)."
        ),
    ] = None,
    file: Annotated[
        Path | None, typer.Option("--file", help="Add a saved HTML page or a text file instead of fetching.")
    ] = None,
    url: Annotated[
        str | None, typer.Option("--url", help="With --file: the page's real address, recorded as its url.")
    ] = None,
    root: RootOpt = Path("."),
    timeout: TimeoutOpt = 10.0,
    max_size: Annotated[
        float, typer.Option("--max-size", min=0.001, help="The largest page to read, in MB.")
    ] = 5.0,
    now: NowOpt = None,
) -> None:
    """Fetch pages, extract each article's text and metadata, and write sources/<id>.md.

    The id is proposed from the date, the outlet and the first words of the title
    (2023-11-08-dw-china-und-russland-ruecken) unless --id is given; an existing source is only
    replaced with --force. Several addresses are fetched at once, at most two per host. Exit
    status 1 if any page failed.

    \b
    Examples:
      claimcheck source add https://www.dw.com/de/china-und-russland-rücken-militärisch-enger-zusammen/a-67354062
      claimcheck source add --from-file reading-list.txt
      claimcheck source add --file saved-page.html --url https://example.org/article --id example-article
    """
    # Fetching and article extraction (httpx, trafilatura: a quarter of a second to import) are
    # imported when a source command runs, not by every `claimcheck` command.
    from claimcheck.web.add import add_file, add_urls
    from claimcheck.web.address_policy import AddressPolicy
    from claimcheck.web.fetch import MEGABYTE, Fetcher, FetchPolicy, parse_fetch_url
    from claimcheck.web.progress import progress_display

    addresses = list(urls or [])
    if from_file is not None:
        addresses += _read_address_list(from_file)
    if file is not None and addresses:
        raise _usage_error("give either addresses or --file, not both")
    if file is None and not addresses:
        raise _usage_error("give at least one address, --from-file or --file (see --help)")
    if url is not None and file is None:
        raise _usage_error("--url goes with --file (a fetched page records its own address)")
    if source_id is not None:
        problem = id_problem(source_id)
        if problem:
            raise _usage_error(problem)
        if len(set(addresses)) > 1:
            raise _usage_error("--id names one source; give it with a single address")
    if url is not None:
        try:
            url = str(parse_fetch_url(url))  # as the loader expects it: lowercase scheme and host
        except FetchError as error:
            raise _usage_error(f"--url {url!r}: {error}") from None
    retrieved = _parse_now(now)
    sources_dir = _sources_dir(root)
    if file is not None:
        report = add_file(
            file,
            root=root,
            sources_dir=sources_dir,
            retrieved=retrieved,
            url=url,
            source_id=source_id,
            force=force,
        )
    else:
        policy = FetchPolicy(
            connect_timeout=timeout, read_timeout=timeout, max_bytes=int(max_size * MEGABYTE)
        )
        with (
            Fetcher(policy, AddressPolicy(allow_private=allow_private)) as fetcher,
            progress_display(len(set(addresses)), "fetching", enabled=sys.stderr.isatty()) as advance,
        ):
            report = add_urls(
                addresses,
                fetcher=fetcher,
                root=root,
                sources_dir=sources_dir,
                retrieved=retrieved,
                checked_at=_checked_at(),
                source_id=source_id,
                force=force,
                on_done=advance,
            )
    _print_add(report, root)
    raise typer.Exit(ExitStatus.FINDINGS if report.failed else ExitStatus.OK)


@source_app.command("recheck")
def recheck(
    ids: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="ID",
            help="Source ids to recheck [default: every source with a url].",
            show_default=False,
        ),
    ] = None,
    update: Annotated[
        bool,
        typer.Option(
            "--update",
            help="Replace changed sources with the live text; keep the old one in sources/.history/.",
        ),
    ] = False,
    allow_private: AllowPrivateOpt = False,
    root: RootOpt = Path("."),
    timeout: TimeoutOpt = 10.0,
    now: NowOpt = None,
) -> None:
    """Fetch sources again and say which are unchanged, changed, gone or unreachable.

    For a changed source: a short diff, and the claims whose quotes no longer stand in it. The
    result goes to .claimcheck/recheck.json, which `claimcheck audit` reads. A source is never
    rewritten without --update. Exit status 1 if any source changed, is gone or is unreachable.

    \b
    Examples:
      claimcheck source recheck
      claimcheck source recheck 2023-11-08-dw-china-und-russland-ruecken --update
    """
    from claimcheck.web.address_policy import AddressPolicy
    from claimcheck.web.fetch import Fetcher, FetchPolicy
    from claimcheck.web.progress import progress_display
    from claimcheck.web.quote_standing import anchored_standing
    from claimcheck.web.recheck import recheck_targets, run_recheck
    from claimcheck.web.report_text import render_recheck

    retrieved = _parse_now(now)
    if not root.is_dir():
        raise _usage_error(f"{root}: no such folder")
    try:
        repo = load_repository(root, load_settings(root))
    except (SettingsError, RepositoryError) as exc:
        raise _usage_error(str(exc)) from None
    named = list(dict.fromkeys(ids or []))
    for source_id in named:
        if source_id not in repo.sources:
            best = closest(source_id, sorted(repo.sources))
            hint = f"; did you mean `{best}`?" if best else ""
            raise _usage_error(f"no source `{source_id}`{hint}")
        if repo.sources[source_id].meta.url is None:
            raise _usage_error(f"source `{source_id}` has no url to fetch it from")
    targets = recheck_targets(repo, named)
    with (
        Fetcher(
            FetchPolicy(connect_timeout=timeout, read_timeout=timeout),
            AddressPolicy(allow_private=allow_private),
        ) as fetcher,
        progress_display(len(targets), "rechecking", enabled=sys.stderr.isatty()) as advance,
    ):
        result = run_recheck(
            repo,
            targets,
            fetcher=fetcher,
            quote_standing=anchored_standing(repo.settings.quote_min_score),
            checked_at=_checked_at(),
            retrieved=retrieved,
            update=update,
            on_done=advance,
        )
    typer.echo(render_recheck(result.outcomes), nl=False)
    for warning in result.warnings:
        typer.echo(f"warning: {warning}", err=True)
    raise typer.Exit(ExitStatus.FINDINGS if result.failed else ExitStatus.OK)


def _print_add(report: AddReport, root: Path) -> None:
    from claimcheck.web.report_text import render_add_errors, render_added

    added = render_added(report, root)
    if added:
        typer.echo(added, nl=False)
    errors = render_add_errors(report)
    if errors:
        typer.echo(errors, nl=False, err=True)


def _read_address_list(path: Path) -> list[str]:
    try:
        text = sys.stdin.read() if str(path) == "-" else path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
        raise _usage_error(f"--from-file {path}: cannot read: {reason}") from None
    # A '#' starts a comment only at the start of a line: addresses may end in #fragments.
    lines = (line.strip() for line in text.splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def _sources_dir(root: Path) -> Path:
    if not root.is_dir():
        raise _usage_error(f"{root}: no such folder")
    try:
        return load_settings(root).sources_dir
    except SettingsError as exc:
        raise _usage_error(str(exc)) from None


def _parse_now(text: str | None) -> dt.date:
    if text is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise _usage_error(f"--now {text!r} is not a date; write YYYY-MM-DD") from None


def _checked_at() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
