"""`source recheck`: a tiny repository in tmp_path, its pages on the test server, then the pages change."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck.commands.source import source_app
from claimcheck.loader import load_repository
from claimcheck.repository import Repository
from claimcheck.settings import load_settings
from claimcheck.source_file import body_sha256, split_front_matter
from claimcheck.web.fetch import Fetcher
from claimcheck.web.quote_standing import anchored_standing
from claimcheck.web.recheck import RecheckRun, Standing, recheck_targets, run_recheck
from claimcheck.web.recheck_log import (
    LOG_PATH,
    RecheckEntry,
    RecheckLogError,
    RecheckStatus,
    read_recheck_log,
    render_recheck_log,
    update_recheck_log,
)
from claimcheck.web.report_text import render_recheck
from tests.web.conftest import PageServer, Route, page_text

DW = "dw"
NTV = "ntv"
VANISHING = 'Man "schmiede keinen militärischen Block", sagte Schoigu mit Blick auf die NATO.'
REPLACEMENT = "Schoigu sagte, ein Block sei nicht ausgeschlossen, wie die NATO befürchtet."

CLAIMS = f"""\
- id: schoigu-no-block
  source: {DW}
  quote: 'Man "schmiede keinen militärischen Block", sagte Schoigu'
  claim: Shoigu said Russia and China are not forming a military block.
- id: zhang-partnership
  source: {DW}
  quote: "allumfassende Partnerschaft und eine strategische Zusammenarbeit auf höchstem Niveau"
  claim: Zhang called the relationship a comprehensive partnership.
- id: putin-invites-xi
  source: {NTV}
  quote: >-
    Russlands Präsident Wladimir Putin hat den chinesischen Staats- und Parteichef Xi Jinping
    im Frühling zu einem Staatsbesuch nach Moskau eingeladen.
  claim: Putin invited Xi to Moscow for a state visit in spring.
"""


def cli(*args: str, root: Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(source_app, [*args, "--root", str(root)], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def repo_root(server: PageServer, tmp_path: Path) -> Path:
    """sources/dw.md and sources/ntv.md added from the server, a hand-written source without url, claims."""
    server.page("/dw", "dw-china-russland.html", etag='"dw-1"')
    server.page("/ntv", "ntv-putin-xi.html")
    for source_id, path in ((DW, "/dw"), (NTV, "/ntv")):
        code, _out, err = cli(
            "add",
            server.url(path),
            "--id",
            source_id,
            "--allow-private",
            "--now",
            "2026-11-01",
            root=tmp_path,
        )
        assert code == 0, err
    (tmp_path / "sources" / "notes.md").write_text(
        "---\ntitle: Notizen\n---\nNur Notizen.\n", encoding="utf-8"
    )
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "x.yaml").write_text(CLAIMS, encoding="utf-8")
    server.requests.clear()
    return tmp_path


def load(root: Path) -> Repository:
    repo = load_repository(root, load_settings(root))
    assert repo.findings == []
    return repo


def recheck(root: Path, fetcher: Fetcher, *ids: str, update: bool = False) -> RecheckRun:
    repo = load(root)
    return run_recheck(
        repo,
        recheck_targets(repo, ids),
        fetcher=fetcher,
        quote_standing=anchored_standing(90.0),
        checked_at="2026-11-23T10:00:00Z",
        retrieved=dt.date(2026, 11, 23),
        update=update,
    )


def statuses(run: RecheckRun) -> dict[str, RecheckStatus]:
    return {outcome.target.source_id: outcome.entry.status for outcome in run.outcomes}


def change_dw_page(server: PageServer) -> None:
    html = page_text("dw-china-russland.html").replace(VANISHING, REPLACEMENT)
    server.html("/dw", html, etag='"dw-2"')


def test_unchanged_pages_are_unchanged_and_sources_without_url_are_left_out(
    repo_root: Path, server: PageServer, fetcher: Fetcher
) -> None:
    run = recheck(repo_root, fetcher)
    assert statuses(run) == {DW: RecheckStatus.UNCHANGED, NTV: RecheckStatus.UNCHANGED}
    assert not run.failed
    assert render_recheck(run.outcomes) == (
        "unchanged    dw\nunchanged    ntv\n2 sources rechecked: 2 unchanged\n"
    )


def test_a_conditional_request_is_made_where_the_capture_stored_an_etag(
    repo_root: Path, server: PageServer, fetcher: Fetcher
) -> None:
    run = recheck(repo_root, fetcher)
    headers = {request.path: request.headers for request in server.requests}
    assert headers["/dw"]["if-none-match"] == '"dw-1"'
    assert "if-none-match" not in headers["/ntv"]
    dw = next(outcome.entry for outcome in run.outcomes if outcome.target.source_id == DW)
    assert (dw.status, dw.http_status, dw.etag) == (RecheckStatus.UNCHANGED, 304, '"dw-1"')


def test_a_changed_page_names_the_claim_whose_quote_vanished(
    repo_root: Path, server: PageServer, fetcher: Fetcher
) -> None:
    before = (repo_root / "sources" / "dw.md").read_text(encoding="utf-8")
    change_dw_page(server)
    run = recheck(repo_root, fetcher)
    assert statuses(run) == {DW: RecheckStatus.CHANGED, NTV: RecheckStatus.UNCHANGED}
    assert run.failed
    entry = run.outcomes[0].entry
    assert entry.vanished_claims == ("schoigu-no-block",)
    assert entry.diff == (f"-{VANISHING}", f"+{REPLACEMENT}")
    assert entry.http_status == 200 and entry.etag == '"dw-2"'
    assert render_recheck(run.outcomes) == (
        "changed      dw\n"
        f"    -{VANISHING}\n"
        f"    +{REPLACEMENT}\n"
        "    quotes no longer in the live text: schoigu-no-block\n"
        "unchanged    ntv\n"
        "2 sources rechecked: 1 unchanged, 1 changed\n"
    )
    # Never rewritten without --update.
    assert (repo_root / "sources" / "dw.md").read_text(encoding="utf-8") == before
    assert not (repo_root / "sources" / ".history").exists()


def test_after_a_change_the_page_is_fetched_in_full_again(
    repo_root: Path, server: PageServer, fetcher: Fetcher
) -> None:
    change_dw_page(server)
    recheck(repo_root, fetcher)
    server.requests.clear()
    run = recheck(repo_root, fetcher)
    # A 304 would only say "same as last check", not "same as the capture": no conditional request.
    assert "if-none-match" not in server.requests[0].headers
    assert statuses(run)[DW] is RecheckStatus.CHANGED


def test_update_keeps_the_old_capture_beside_the_new_text(
    repo_root: Path, server: PageServer, fetcher: Fetcher
) -> None:
    source = repo_root / "sources" / "dw.md"
    old_text = source.read_text(encoding="utf-8")
    change_dw_page(server)
    run = recheck(repo_root, fetcher, DW, update=True)
    entry = run.outcomes[0].entry
    assert entry.status is RecheckStatus.UPDATED
    assert entry.history == "sources/.history/dw.2026-11-01.md"
    assert entry.vanished_claims == ("schoigu-no-block",)
    assert not run.failed

    assert (repo_root / entry.history).read_text(encoding="utf-8") == old_text
    parts = split_front_matter(source.read_text(encoding="utf-8"))
    assert parts is not None
    assert REPLACEMENT in parts[1] and VANISHING not in parts[1]
    repo = load(repo_root)  # the kept capture is not read as a source
    assert sorted(repo.sources) == [DW, "notes", NTV]
    meta = repo.sources[DW].meta
    assert meta.sha256 == body_sha256(repo.sources[DW].body) == entry.sha256
    assert str(meta.retrieved) == "2026-11-23"
    assert meta.title == "China und Russland rücken militärisch enger zusammen"  # the rest is kept

    # The next recheck finds the updated source current (and may ask "changed since?" again).
    server.requests.clear()
    assert statuses(recheck(repo_root, fetcher, DW)) == {DW: RecheckStatus.UNCHANGED}
    assert server.requests[0].headers["if-none-match"] == '"dw-2"'


def test_a_second_update_on_the_same_day_keeps_both_old_captures(
    repo_root: Path, server: PageServer, fetcher: Fetcher
) -> None:
    change_dw_page(server)
    recheck(repo_root, fetcher, DW, update=True)
    server.html("/dw", page_text("dw-china-russland.html").replace(VANISHING, "Ganz neu."), etag='"dw-3"')
    # The first update recorded retrieved 2026-11-23; the second keeps that capture too.
    run = recheck(repo_root, fetcher, DW, update=True)
    assert run.outcomes[0].entry.history == "sources/.history/dw.2026-11-23.md"
    server.html("/dw", page_text("dw-china-russland.html"), etag='"dw-4"')
    run = recheck(repo_root, fetcher, DW, update=True)
    assert run.outcomes[0].entry.history == "sources/.history/dw.2026-11-23-2.md"
    assert len(list((repo_root / "sources" / ".history").iterdir())) == 3


def test_a_quote_that_now_stands_only_approximately_is_named_too(
    repo_root: Path, server: PageServer, fetcher: Fetcher
) -> None:
    html = page_text("dw-china-russland.html").replace("auf höchstem Niveau", "auf höchsten Niveaus")
    server.html("/dw", html)
    entry = recheck(repo_root, fetcher, DW).outcomes[0].entry
    assert entry.status is RecheckStatus.CHANGED
    assert entry.vanished_claims == ()
    assert entry.inexact_claims == ("zhang-partnership",)
    assert render_recheck(recheck(repo_root, fetcher, DW).outcomes).splitlines()[-2] == (
        "    quotes now only approximately there: zhang-partnership"
    )


def test_the_audits_anchoring_judges_the_quotes() -> None:
    text = 'Man "schmiede keinen militärischen Block", sagte Schoigu mit Blick auf die NATO.\n'
    standing = anchored_standing(90.0)
    assert standing(
        [
            "Man „schmiede keinen militärischen Block“, sagte Schoigu",  # typographic quotes: exact
            'Man "schmiede keinen militärischen Blocks", sagte Schoigu',
            "Ein ganz anderer Satz",
        ],
        text,
    ) == [Standing.EXACT, Standing.INEXACT, Standing.NOT_FOUND]
    assert standing([], text) == []


@pytest.mark.parametrize("status", [404, 410])
def test_a_removed_page_is_gone(repo_root: Path, server: PageServer, fetcher: Fetcher, status: int) -> None:
    server.routes["/ntv"] = Route(status=status, body=b"<html><body>weg</body></html>")
    run = recheck(repo_root, fetcher)
    entry = next(outcome.entry for outcome in run.outcomes if outcome.target.source_id == NTV)
    assert entry.status is RecheckStatus.GONE
    assert entry.http_status == status
    assert entry.reason is not None and entry.reason.startswith(f"HTTP {status} ")
    assert run.failed


def test_an_unreachable_page_says_why(repo_root: Path, server: PageServer, fetcher: Fetcher) -> None:
    server.routes["/ntv"] = Route(body=b"<html></html>", delay=3.0)
    server.routes["/dw"] = Route(status=503, body=b"busy")
    run = recheck(repo_root, fetcher)
    assert statuses(run) == {DW: RecheckStatus.UNREACHABLE, NTV: RecheckStatus.UNREACHABLE}
    assert render_recheck(run.outcomes) == (
        f"unreachable  dw  HTTP 503 Service Unavailable from {server.url('/dw')}\n"
        "unreachable  ntv  timed out waiting for 127.0.0.1 to answer after 0.5 s\n"
        "2 sources rechecked: 2 unreachable\n"
    )


def test_the_recheck_log_is_written_and_read_back(
    repo_root: Path, server: PageServer, fetcher: Fetcher
) -> None:
    change_dw_page(server)
    server.routes["/ntv"] = Route(status=410, body=b"")
    recheck(repo_root, fetcher)
    raw = json.loads((repo_root / LOG_PATH).read_text(encoding="utf-8"))
    assert (raw["format"], raw["version"]) == ("claimcheck-recheck-log", 1)
    assert list(raw["sources"]) == [DW, NTV]
    assert set(raw["sources"][DW]) >= {
        "status",
        "checked_at",
        "http_status",
        "sha256",
        "reason",
        "vanished_claims",
        "etag",
        "last_modified",
    }
    log = read_recheck_log(repo_root)
    assert log[DW].status is RecheckStatus.CHANGED
    assert log[DW].checked_at == "2026-11-23T10:00:00Z"
    assert log[DW].vanished_claims == ("schoigu-no-block",)
    assert log[NTV].status is RecheckStatus.GONE
    assert log[NTV].http_status == 410
    repo = load(repo_root)
    assert log[DW].is_current_for(repo.sources[DW].meta.sha256)


def test_rechecking_one_source_keeps_the_others_entries(
    repo_root: Path, server: PageServer, fetcher: Fetcher
) -> None:
    server.routes["/ntv"] = Route(status=404, body=b"")
    recheck(repo_root, fetcher)
    recheck(repo_root, fetcher, DW)
    assert read_recheck_log(repo_root)[NTV].status is RecheckStatus.GONE


def test_a_broken_log_is_replaced_with_a_warning(repo_root: Path, fetcher: Fetcher) -> None:
    (repo_root / LOG_PATH).write_text("{not json", encoding="utf-8")
    run = recheck(repo_root, fetcher)
    assert run.warnings == (
        ".claimcheck/recheck.json:1:2: not valid JSON: Expecting property name enclosed in "
        "double quotes; starting a new log",
    )
    assert read_recheck_log(repo_root)[DW].status is RecheckStatus.UNCHANGED


def test_a_stale_entry_is_not_current_for_a_recaptured_source() -> None:
    entry = RecheckEntry(
        RecheckStatus.CHANGED, "2026-11-23T10:00:00Z", "https://x.example/", capture_sha256="a" * 64
    )
    assert entry.is_current_for("a" * 64)
    assert not entry.is_current_for("b" * 64)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"format": "something-else", "version": 1, "sources": {}}', "not a claimcheck recheck log"),
        ('{"format": "claimcheck-recheck-log", "version": 2, "sources": {}}', "version 2 is not supported"),
        ('{"format": "claimcheck-recheck-log", "version": 1, "sources": []}', "`sources` must be a mapping"),
        (
            '{"format": "claimcheck-recheck-log", "version": 1, "sources": {"x": {"status": "odd"}}}',
            "entry 'x'",
        ),
    ],
)
def test_reading_a_bad_log_says_what_is_wrong(tmp_path: Path, content: str, message: str) -> None:
    (tmp_path / LOG_PATH).parent.mkdir()
    (tmp_path / LOG_PATH).write_text(content, encoding="utf-8")
    with pytest.raises(RecheckLogError, match=message):
        read_recheck_log(tmp_path)


def test_no_log_yet_is_an_empty_log(tmp_path: Path) -> None:
    assert read_recheck_log(tmp_path) == {}


def test_fields_a_later_version_adds_survive_a_rewrite(tmp_path: Path) -> None:
    entry = RecheckEntry.from_dict(
        {
            "status": "unchanged",
            "checked_at": "2026-11-23T10:00:00Z",
            "url": "https://x.example/",
            "future": 1,
        }
    )
    assert json.loads(render_recheck_log({"x": entry}))["sources"]["x"]["future"] == 1


# -- through the CLI ------------------------------------------------------------------------------


def test_cli_recheck_names_the_vanished_quote(repo_root: Path, server: PageServer) -> None:
    change_dw_page(server)
    code, out, err = cli("recheck", "--allow-private", "--timeout", "0.5", root=repo_root)
    assert (code, err) == (1, "")
    assert "changed      dw\n" in out
    assert "    quotes no longer in the live text: schoigu-no-block\n" in out
    assert out.endswith("2 sources rechecked: 1 unchanged, 1 changed\n")


def test_cli_recheck_update(repo_root: Path, server: PageServer) -> None:
    change_dw_page(server)
    code, out, _err = cli("recheck", DW, "--update", "--allow-private", "--now", "2026-11-23", root=repo_root)
    assert code == 0
    assert out.startswith("updated      dw  old capture kept as sources/.history/dw.2026-11-01.md\n")
    assert (repo_root / "sources" / ".history" / "dw.2026-11-01.md").is_file()


def test_cli_recheck_refuses_loopback_without_allow_private(repo_root: Path, server: PageServer) -> None:
    code, out, _err = cli("recheck", root=repo_root)
    assert code == 1
    assert "unreachable  dw  refused to connect to 127.0.0.1: a loopback address" in out
    assert server.requests == []


@pytest.mark.parametrize(
    ("ids", "message"),
    [
        (("ntb",), "error: no source `ntb`; did you mean `ntv`?"),
        (("notes",), "error: source `notes` has no url"),
    ],
)
def test_cli_recheck_usage_errors(repo_root: Path, ids: tuple[str, ...], message: str) -> None:
    code, out, err = cli("recheck", *ids, root=repo_root)
    assert (code, out) == (2, "")
    assert err.startswith(message)


def test_a_source_added_while_a_recheck_fetches_keeps_its_log_entry(
    repo_root: Path, server: PageServer, fetcher: Fetcher, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`source add` and `source recheck` at once: each keeps the other's entries (the log is read
    afresh, under a lock, when it is written)."""
    added = RecheckEntry(
        status=RecheckStatus.UNCHANGED, checked_at="2026-11-23T10:00:01Z", url="https://x.test/"
    )
    real_fetch = Fetcher.fetch

    def fetch_while_another_run_writes(self: Fetcher, url: str, validators: object = None) -> object:
        update_recheck_log(repo_root, lambda log: {**log, "added-meanwhile": added})
        return real_fetch(self, url, validators)  # type: ignore[arg-type]

    monkeypatch.setattr(Fetcher, "fetch", fetch_while_another_run_writes)
    run = recheck(repo_root, fetcher)
    log = read_recheck_log(repo_root)
    assert log["added-meanwhile"] == added
    assert {DW, NTV} <= log.keys() and statuses(run)[DW] == log[DW].status


def test_the_log_is_written_under_a_lock(repo_root: Path) -> None:
    """While one process holds the log's lock (a flock on the `.claimcheck` folder), another's
    update waits for it."""
    folder = repo_root / LOG_PATH.parent
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import fcntl, os, sys, time; fd = os.open(sys.argv[1], os.O_RDONLY); "
            "fcntl.flock(fd, fcntl.LOCK_EX); print('held', flush=True); time.sleep(1.0)",
            str(folder),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    started = time.monotonic()
    update_recheck_log(repo_root, lambda log: log)
    waited = time.monotonic() - started
    holder.wait()
    assert waited > 0.3, "the update waited for the lock to be released"
