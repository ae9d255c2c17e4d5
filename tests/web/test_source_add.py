"""`claimcheck source add` through the CLI, against the test server on 127.0.0.1."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from claimcheck.commands.source import source_app
from claimcheck.model import SourceMeta
from claimcheck.source_file import body_sha256, split_front_matter
from claimcheck.web.recheck_log import RecheckStatus, read_recheck_log
from tests.web.conftest import PAGES, PageServer, Route

DW_ID = "2023-11-08-deutsche-welle-china-und-russland-ruecken"


def run(*args: str, root: Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(source_app, [*args, "--root", str(root)], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def add(*args: str, root: Path) -> tuple[int, str, str]:
    return run("add", "--allow-private", "--now", "2026-11-23", "--timeout", "0.5", *args, root=root)


def read_source(path: Path) -> tuple[dict[str, object], str]:
    parts = split_front_matter(path.read_text(encoding="utf-8"))
    assert parts is not None
    front, body, _line = parts
    meta = yaml.safe_load(front)
    SourceMeta.model_validate(meta)  # the loader accepts it
    return meta, body


def test_a_page_becomes_a_source_file(server: PageServer, tmp_path: Path) -> None:
    url = server.page("/de/a-67354062", "dw-china-russland.html")
    code, out, err = add(url, root=tmp_path)
    assert (code, err) == (0, "")
    assert out == f"added {DW_ID}  sources/{DW_ID}.md  {url}\n"
    path = tmp_path / "sources" / f"{DW_ID}.md"
    meta, body = read_source(path)
    assert list(meta) == [
        "title",
        "outlet",
        "url",
        "published",
        "language",
        "authors",
        "credits",
        "retrieved",
        "sha256",
    ]
    assert meta == {
        "title": "China und Russland rücken militärisch enger zusammen",
        "outlet": "Deutsche Welle",
        "url": url,
        "published": dt.date(2023, 11, 8),
        "language": "de",
        "authors": [],
        "credits": ["dpa", "Reuters"],
        "retrieved": dt.date(2026, 11, 23),
        "sha256": body_sha256(body),
    }
    assert "published: 2023-11-08\n" in path.read_text(encoding="utf-8")
    assert 'Man "schmiede keinen militärischen Block", sagte Schoigu mit Blick auf die NATO.' in body
    assert "Cookies" not in body


def test_the_first_capture_is_recorded_in_the_recheck_log(server: PageServer, tmp_path: Path) -> None:
    url = server.page(
        "/a",
        "dw-china-russland.html",
        etag='"abc"',
        headers={"Last-Modified": "Wed, 08 Nov 2023 18:05:00 GMT"},
    )
    assert add(url, root=tmp_path)[0] == 0
    entry = read_recheck_log(tmp_path)[DW_ID]
    assert entry.status is RecheckStatus.UNCHANGED
    assert (entry.etag, entry.last_modified) == ('"abc"', "Wed, 08 Nov 2023 18:05:00 GMT")
    assert entry.sha256 == entry.capture_sha256
    assert "etag" not in (tmp_path / "sources" / f"{DW_ID}.md").read_text(encoding="utf-8")


def test_an_existing_id_is_not_overwritten_without_force(server: PageServer, tmp_path: Path) -> None:
    url = server.page("/a", "dw-china-russland.html")
    assert add(url, root=tmp_path)[0] == 0
    path = tmp_path / "sources" / f"{DW_ID}.md"
    path.write_text(path.read_text(encoding="utf-8") + "Eine Notiz von Hand.\n", encoding="utf-8")
    edited = path.read_text(encoding="utf-8")

    code, out, err = add(url, root=tmp_path)
    assert (code, out) == (1, "")
    assert err == (
        f"error: {url}: sources/{DW_ID}.md already exists; "
        "give another id with --id, or --force to replace it\n"
    )
    assert path.read_text(encoding="utf-8") == edited

    code, out, err = add(url, "--force", root=tmp_path)
    assert (code, err) == (0, "")
    assert "Eine Notiz von Hand." not in path.read_text(encoding="utf-8")


def test_an_id_can_be_given(server: PageServer, tmp_path: Path) -> None:
    url = server.page("/a", "harbour-post-drills.html")
    code, _out, _err = add(url, "--id", "drills-sea-of-japan", root=tmp_path)
    assert code == 0
    meta, _body = read_source(tmp_path / "sources" / "drills-sea-of-japan.md")
    assert meta["authors"] == ["Margaret Ellison", "Tomás Ruiz"]
    assert meta["language"] == "en"


def test_one_failing_address_never_stops_the_others(server: PageServer, tmp_path: Path) -> None:
    good = server.page("/good", "ntv-putin-xi.html")
    missing = server.url("/missing")
    server.routes["/image"] = Route(body=b"\x89PNG", content_type="image/png")
    image = server.url("/image")
    english = server.page("/english", "harbour-post-drills.html")

    code, out, err = add(missing, good, image, english, root=tmp_path)
    assert code == 1
    assert out == (
        f"added 2022-12-30-n-tv-wollen-zusammenarbeit-staerken-putin  "
        f"sources/2022-12-30-n-tv-wollen-zusammenarbeit-staerken-putin.md  {good}\n"
        f"added 2024-07-15-the-harbour-post-russia-and-china-stage  "
        f"sources/2024-07-15-the-harbour-post-russia-and-china-stage.md  {english}\n"
    )
    assert err == (
        f"error: {image}: not an HTML or text page: the server sent image/png\n"
        f"error: {missing}: HTTP 404 Not Found from {missing}\n"
    )
    assert sorted(path.name for path in (tmp_path / "sources").iterdir()) == [
        "2022-12-30-n-tv-wollen-zusammenarbeit-staerken-putin.md",
        "2024-07-15-the-harbour-post-russia-and-china-stage.md",
    ]


def test_addresses_from_a_file(server: PageServer, tmp_path: Path) -> None:
    first = server.page("/one", "ntv-putin-xi.html")
    second = server.page("/two", "harbour-post-drills.html")
    listing = tmp_path / "urls.txt"
    listing.write_text(f"# reading list\n\n{first}\n  {second}  \n{first}\n", encoding="utf-8")
    code, out, _err = add("--from-file", str(listing), root=tmp_path)
    assert code == 0
    assert out.count("added ") == 2
    assert server.paths_requested().count("/one") == 1  # a repeated address is fetched once


def test_the_same_id_for_two_pages_in_one_run_is_refused_for_the_second(
    server: PageServer, tmp_path: Path
) -> None:
    first = server.page("/one", "dw-china-russland.html")
    second = server.page("/two", "dw-china-russland.html")
    code, out, err = add(first, second, root=tmp_path)
    assert code == 1
    assert out.count("added ") == 1
    assert err == f"error: {second}: id {DW_ID} was already given to {first} in this run; add it with --id\n"


def test_a_private_address_is_refused_without_allow_private(server: PageServer, tmp_path: Path) -> None:
    url = server.page("/a", "dw-china-russland.html")
    code, out, err = run("add", url, root=tmp_path)
    assert (code, out) == (1, "")
    assert (
        err
        == f"error: {url}: refused to connect to 127.0.0.1: a loopback address (allow with --allow-private)\n"
    )
    assert server.requests == []
    assert not (tmp_path / "sources").exists()


def test_a_saved_html_page(tmp_path: Path) -> None:
    code, _out, err = add("--file", str(PAGES / "dw-china-russland.html"), root=tmp_path)
    assert (code, err) == (0, "")
    meta, _body = read_source(tmp_path / "sources" / f"{DW_ID}.md")
    assert meta["url"] is None
    assert meta["title"] == "China und Russland rücken militärisch enger zusammen"


def test_a_saved_html_page_with_its_real_address(tmp_path: Path) -> None:
    real = "https://www.dw.com/de/china-und-russland/a-67354062"
    code, _out, _err = add("--file", str(PAGES / "dw-china-russland.html"), "--url", real, root=tmp_path)
    assert code == 0
    meta, _body = read_source(tmp_path / "sources" / "2023-11-08-dw-china-und-russland-ruecken.md")
    assert meta["url"] == real


def test_a_plain_text_file(tmp_path: Path) -> None:
    code, _out, _err = add("--file", str(PAGES / "ntv-putin-xi.txt"), root=tmp_path)
    assert code == 0
    meta, body = read_source(tmp_path / "sources" / "ntv-putin-xi.md")
    assert meta["title"] is None and meta["url"] is None and meta["published"] is None
    assert meta["credits"] == ["dpa", "AFP", "Reuters"]
    assert body.startswith("Politik\n")


def test_a_missing_file_is_one_line(tmp_path: Path) -> None:
    code, _out, err = add("--file", str(tmp_path / "nope.html"), root=tmp_path)
    assert code == 1
    assert err == f"error: {tmp_path / 'nope.html'}: no such file\n"


def test_the_sources_folder_comes_from_the_settings(server: PageServer, tmp_path: Path) -> None:
    (tmp_path / "claimcheck.toml").write_text('sources = "texts"\n', encoding="utf-8")
    url = server.page("/a", "dw-china-russland.html")
    code, out, _err = add(url, root=tmp_path)
    assert code == 0
    assert (tmp_path / "texts" / f"{DW_ID}.md").is_file()
    assert f"texts/{DW_ID}.md" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((), "give at least one address, --from-file or --file"),
        (("http://127.0.0.1/a", "http://127.0.0.1/b", "--id", "x"), "--id names one source"),
        (("http://127.0.0.1/a", "--id", "Bad_Id"), "source id 'Bad_Id': use lowercase letters"),
        (("http://127.0.0.1/a", "--url", "https://example.org/"), "--url goes with --file"),
        (("http://127.0.0.1/a", "--file", "x.html"), "give either addresses or --file, not both"),
        (("--file", "x.html", "--url", "ftp://example.org/"), "--url 'ftp://example.org/': only http://"),
        (("http://127.0.0.1/a", "--now", "23.11.2026"), "--now '23.11.2026' is not a date"),
        (("--from-file", "missing.txt"), "--from-file missing.txt: cannot read"),
    ],
)
def test_usage_errors_exit_2(tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    code, out, err = run("add", *args, root=tmp_path)
    assert code == 2
    assert out == ""
    assert err.startswith(f"error: {message}")


def test_a_missing_root_is_a_usage_error(tmp_path: Path) -> None:
    code, _out, err = run("add", "http://127.0.0.1/a", root=tmp_path / "nowhere")
    assert code == 2
    assert err == f"error: {tmp_path / 'nowhere'}: no such folder\n"


def test_bad_settings_are_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "claimcheck.toml").write_text("sourcs = 'x'\n", encoding="utf-8")
    code, _out, err = run("add", "http://127.0.0.1/a", root=tmp_path)
    assert code == 2
    assert "unknown setting `sourcs`" in err


def test_help_shows_examples() -> None:
    for command in ("add", "recheck"):
        result = CliRunner().invoke(source_app, [command, "--help"])
        assert result.exit_code == 0
        assert f"claimcheck source {command}" in result.stdout


def test_an_id_taken_by_a_source_in_a_subfolder_is_not_reused(server: PageServer, tmp_path: Path) -> None:
    nested = tmp_path / "sources" / "2023" / f"{DW_ID}.md"
    nested.parent.mkdir(parents=True)
    nested.write_text("---\ntitle: alt\n---\nAlt.\n", encoding="utf-8")
    url = server.page("/a", "dw-china-russland.html")
    code, _out, err = add(url, root=tmp_path)
    assert code == 1
    assert f"sources/2023/{DW_ID}.md already exists" in err
    assert add(url, "--force", root=tmp_path)[0] == 0
    assert "Schoigu" in nested.read_text(encoding="utf-8")
    assert not (tmp_path / "sources" / f"{DW_ID}.md").exists()
