"""Fetching from hostile servers on 127.0.0.1: every bound of `source add`/`recheck` holds.

Infinite redirects, a body that never ends, a server that drips one byte every 0.2 s (headers or
body), lying Content-Length headers, gzip bombs, and a redirect into the private network.

Policy decided here: with `allow_private=False` every hop must be public, the first one included;
a redirect is checked before anything is sent to its host.
"""

from __future__ import annotations

import ipaddress
import time
import tracemalloc
from collections.abc import Iterator, Sequence
from pathlib import Path

import httpx
import pytest

from claimcheck.web.address_policy import AddressPolicy
from claimcheck.web.fetch import Fetcher, FetchPolicy
from claimcheck.web.fetch_error import FailureKind, FetchError
from tests.examples.make_examples import SOURCE
from tests.hostile.conftest import run_cli
from tests.hostile.hostile_server import HostileServer

POLICY = FetchPolicy(connect_timeout=0.5, read_timeout=0.5, total_timeout=1.5, max_bytes=256 * 1024)


@pytest.fixture(scope="module")
def hostile() -> Iterator[HostileServer]:
    server = HostileServer()
    yield server
    server.stop()


@pytest.fixture
def fetcher() -> Iterator[Fetcher]:
    with Fetcher(POLICY, AddressPolicy(allow_private=True)) as test_fetcher:
        yield test_fetcher


def failure(fetcher: Fetcher, url: str) -> tuple[FetchError, float]:
    started = time.monotonic()
    with pytest.raises(FetchError) as caught:
        fetcher.fetch(url)
    assert "\n" not in str(caught.value)
    return caught.value, time.monotonic() - started


def test_a_body_that_never_ends_is_cut_at_the_size_cap(hostile: HostileServer, fetcher: Fetcher) -> None:
    error, seconds = failure(fetcher, hostile.url("/endless"))
    assert error.kind is FailureKind.TOO_LARGE
    assert seconds < POLICY.total_timeout


@pytest.mark.parametrize("path", ["/drip", "/drip-headers"])
def test_a_server_dripping_one_byte_at_a_time_is_stopped_by_the_overall_time_out(
    hostile: HostileServer, fetcher: Fetcher, path: str
) -> None:
    # No single read waits longer than 0.2 s, so only the overall bound can stop it.
    error, seconds = failure(fetcher, hostile.url(path))
    assert error.kind is FailureKind.TIMEOUT
    assert str(error) == "took longer than 1.5 s in all"
    assert POLICY.total_timeout - 0.1 <= seconds < POLICY.total_timeout + 1.0


def test_headers_that_never_end_are_a_protocol_error(hostile: HostileServer, fetcher: Fetcher) -> None:
    error, _ = failure(fetcher, hostile.url("/endless-headers"))
    assert error.kind is FailureKind.PROTOCOL


@pytest.mark.parametrize("path", ["/short", "/bad-length", "/huge-length"])
def test_a_wrong_content_length_is_a_one_line_failure(
    hostile: HostileServer, fetcher: Fetcher, path: str
) -> None:
    error, _ = failure(fetcher, hostile.url(path))
    assert error.kind in (FailureKind.PROTOCOL, FailureKind.TOO_LARGE)


def test_a_body_longer_than_announced_is_cut_at_the_announced_length(
    hostile: HostileServer, fetcher: Fetcher
) -> None:
    assert len(fetcher.fetch(hostile.url("/long")).content) == 20


def test_a_gzip_bomb_stops_at_the_cap_without_inflating_it(hostile: HostileServer, fetcher: Fetcher) -> None:
    hostile.url("/gzip-bomb")
    from tests.hostile.hostile_server import bomb

    assert len(bomb()) < 64 * 1024  # 32 MB of zeros
    tracemalloc.start()
    try:
        error, _ = failure(fetcher, hostile.url("/gzip-bomb"))
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert error.kind is FailureKind.TOO_LARGE
    assert peak < 4 * POLICY.max_bytes + 1024 * 1024  # not the 32 MB httpx would inflate at once


def test_a_twice_gzipped_bomb_is_refused(hostile: HostileServer, fetcher: Fetcher) -> None:
    error, _ = failure(fetcher, hostile.url("/double-gzip-bomb"))
    assert error.kind is FailureKind.PROTOCOL
    assert "encoded as gzip, gzip" in str(error)


def test_redirects_to_ever_new_addresses_stop_at_the_redirect_cap(
    hostile: HostileServer, fetcher: Fetcher
) -> None:
    before = len(hostile.paths)
    error, _ = failure(fetcher, hostile.url("/r/0"))
    assert error.kind is FailureKind.REDIRECTS
    assert "too many redirects (more than 5)" in str(error)
    assert len(hostile.paths) - before == POLICY.max_redirects + 1


class FakeResolver:
    """A public name that redirects, and a name that resolves into the private network."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def __call__(self, host: str, port: int) -> Sequence[str]:
        self.asked.append(host)
        return {"news.example": ["93.184.216.34"], "intranet.example": ["10.0.0.5"]}.get(host, ["127.0.0.1"])


@pytest.mark.parametrize(
    "location",
    [
        "http://intranet.example/admin",
        "http://10.0.0.5/",
        "http://[::ffff:127.0.0.1]/",
        "http://169.254.169.254/",
    ],
)
def test_a_public_page_redirecting_into_the_private_network_is_refused_before_connecting(
    location: str,
) -> None:
    sent: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(str(request.url))
        return httpx.Response(302, headers={"Location": location})

    resolver = FakeResolver()
    policy = AddressPolicy(allow_private=False, resolve=resolver)
    with Fetcher(POLICY, policy, transport=httpx.MockTransport(answer)) as fetcher:
        error, _ = failure(fetcher, "http://news.example/article")
    assert error.kind is FailureKind.REFUSED_ADDRESS
    assert sent == ["http://news.example/article"]  # nothing was sent to the second host


def test_a_private_first_hop_is_refused_even_when_it_would_redirect_out() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        raise AssertionError("nothing may be sent")

    policy = AddressPolicy(allow_private=False, resolve=FakeResolver())
    with Fetcher(POLICY, policy, transport=httpx.MockTransport(answer)) as fetcher:
        error, _ = failure(fetcher, "http://intranet.example/to-public")
    assert error.kind is FailureKind.REFUSED_ADDRESS
    trusted = AddressPolicy(trusted_networks=(ipaddress.ip_network("10.0.0.0/8"),), resolve=FakeResolver())
    trusted.check("intranet.example", 80)  # a trusted network is the one way in


def test_terminal_escapes_in_a_fetched_page_never_reach_the_terminal(
    hostile: HostileServer, tmp_path: Path
) -> None:
    root = tmp_path / "repo"
    (root / "sources").mkdir(parents=True)
    (root / "claims").mkdir()
    (root / "sources" / "schulterschluss.md").write_text(SOURCE, encoding="utf-8")
    added = run_cli(
        "source", "add", hostile.url("/escapes"), "--allow-private", "--root", str(root), "--id", "escapes"
    )
    assert added.exit_code == 0, added.output
    assert "\x1b" not in added.output and "\x07" not in added.output
    (root / "claims" / "c.yaml").write_text(
        "- id: escaped\n  source: escapes\n  quote: Über 60 laufende Projekte\n  claim: x\n", encoding="utf-8"
    )
    checked = run_cli("validate", str(root))
    assert "\x1b" not in checked.output
    assert checked.exit_code in (0, 1)
