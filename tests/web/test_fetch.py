"""Fetching from a real server on 127.0.0.1: redirects, loops, errors, time-outs, caps, types, addresses."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Sequence

import pytest

from claimcheck.web.address_policy import AddressPolicy, resolve_host
from claimcheck.web.fetch import DEFAULT_USER_AGENT, Fetcher, FetchPolicy, Validators
from claimcheck.web.fetch_error import FailureKind, FetchError
from tests.conftest import NetworkBlocked
from tests.web.conftest import TEST_POLICY, PageServer, Route


def fetch_error(fetcher: Fetcher, url: str) -> FetchError:
    with pytest.raises(FetchError) as caught:
        fetcher.fetch(url)
    return caught.value


class RecordingResolver:
    """Resolves like the system, and remembers every host it was asked about."""

    def __init__(self, overrides: dict[str, list[str]] | None = None) -> None:
        self.asked: list[str] = []
        self.overrides = overrides or {}

    def __call__(self, host: str, port: int) -> Sequence[str]:
        self.asked.append(host)
        if host in self.overrides:
            return self.overrides[host]
        return resolve_host(host, port)


def loopback_trusted(resolver: RecordingResolver) -> AddressPolicy:
    """Private addresses refused, except the test server's own."""
    return AddressPolicy(trusted_networks=(ipaddress.ip_network("127.0.0.1/32"),), resolve=resolver)


def test_a_page_is_fetched_with_its_type_charset_and_a_clear_user_agent(
    server: PageServer, fetcher: Fetcher
) -> None:
    url = server.page("/a", "dw-china-russland.html")
    page = fetcher.fetch(url)
    assert page.status == 200
    assert page.media_type == "text/html"
    assert page.charset == "utf-8"
    assert "Schoigu" in page.content.decode("utf-8")
    assert server.requests[0].headers["user-agent"] == DEFAULT_USER_AGENT
    assert DEFAULT_USER_AGENT.startswith("claimcheck/")
    assert "(+fact-checking; offline tool)" in DEFAULT_USER_AGENT


def test_redirects_are_followed_and_each_hop_is_checked(server: PageServer) -> None:
    final = server.page("/article", "dw-china-russland.html")
    server.redirect("/r2", final, status=301)
    # The middle hop names the host differently, so each hop's check is visible.
    server.redirect("/r1", f"http://localhost:{server.port}/r2", status=307)
    resolver = RecordingResolver()
    with Fetcher(TEST_POLICY, loopback_trusted(resolver)) as fetcher:
        page = fetcher.fetch(server.url("/r1"))
    assert page.url == final
    assert page.requested_url == server.url("/r1")
    assert page.redirects == (f"http://localhost:{server.port}/r2", final)
    assert server.paths_requested() == ["/r1", "/r2", "/article"]
    assert resolver.asked == ["127.0.0.1", "localhost", "127.0.0.1"]


def test_a_relative_redirect_is_resolved_against_the_hop(server: PageServer, fetcher: Fetcher) -> None:
    server.page("/news/article", "dw-china-russland.html")
    server.redirect("/news/old", "article")
    assert fetcher.fetch(server.url("/news/old")).url == server.url("/news/article")


def test_a_redirect_into_the_private_network_is_refused_before_connecting(server: PageServer) -> None:
    # 10.0.0.1 would be blocked by the tests' network guard too; the policy must refuse it first.
    server.redirect("/r", "http://10.0.0.1/admin")
    resolver = RecordingResolver()
    with Fetcher(TEST_POLICY, loopback_trusted(resolver)) as fetcher:
        error = fetch_error(fetcher, server.url("/r"))
    assert error.kind is FailureKind.REFUSED_ADDRESS
    assert str(error) == "refused to connect to 10.0.0.1: a private address (allow with --allow-private)"
    assert resolver.asked == ["127.0.0.1", "10.0.0.1"]


def test_a_redirect_to_a_name_that_resolves_to_link_local_is_refused(server: PageServer) -> None:
    server.redirect("/r", "http://metadata.internal.example/latest/meta-data/")
    resolver = RecordingResolver({"metadata.internal.example": ["169.254.169.254"]})
    with Fetcher(TEST_POLICY, loopback_trusted(resolver)) as fetcher:
        error = fetch_error(fetcher, server.url("/r"))
    assert error.kind is FailureKind.REFUSED_ADDRESS
    assert "metadata.internal.example (169.254.169.254): a link-local address" in str(error)


def test_a_redirect_loop_is_named(server: PageServer, fetcher: Fetcher) -> None:
    server.redirect("/a", "/b")
    server.redirect("/b", "/a")
    error = fetch_error(fetcher, server.url("/a"))
    assert error.kind is FailureKind.REDIRECTS
    assert str(error) == f"redirect loop: {server.url('/a')} → {server.url('/b')} → {server.url('/a')}"


def test_more_than_five_redirects_are_refused(server: PageServer, fetcher: Fetcher) -> None:
    server.page("/hop6", "dw-china-russland.html")
    for number in range(6):
        server.redirect(f"/hop{number}", f"/hop{number + 1}")
    error = fetch_error(fetcher, server.url("/hop0"))
    assert error.kind is FailureKind.REDIRECTS
    assert "too many redirects (more than 5)" in str(error)
    assert server.paths_requested() == [f"/hop{number}" for number in range(6)]


def test_five_redirects_are_still_followed(server: PageServer, fetcher: Fetcher) -> None:
    server.page("/hop5", "dw-china-russland.html")
    for number in range(5):
        server.redirect(f"/hop{number}", f"/hop{number + 1}")
    assert fetcher.fetch(server.url("/hop0")).url == server.url("/hop5")


def test_a_redirect_to_another_scheme_is_refused(server: PageServer, fetcher: Fetcher) -> None:
    server.redirect("/r", "file:///etc/passwd")
    error = fetch_error(fetcher, server.url("/r"))
    assert error.kind is FailureKind.REDIRECTS
    assert "file:" in str(error)


@pytest.mark.parametrize(
    ("status", "reason"), [(404, "Not Found"), (410, "Gone"), (503, "Service Unavailable")]
)
def test_an_error_status_is_one_line_with_the_status(
    server: PageServer, fetcher: Fetcher, status: int, reason: str
) -> None:
    server.routes["/x"] = Route(status=status, body=b"<html><body>no</body></html>")
    error = fetch_error(fetcher, server.url("/x"))
    assert error.kind is FailureKind.HTTP_STATUS
    assert error.http_status == status
    assert str(error) == f"HTTP {status} {reason} from {server.url('/x')}"


def test_a_slow_server_times_out(server: PageServer, fetcher: Fetcher) -> None:
    server.routes["/slow"] = Route(body=b"<html></html>", delay=3.0)
    error = fetch_error(fetcher, server.url("/slow"))
    assert error.kind is FailureKind.TIMEOUT
    assert str(error) == "timed out waiting for 127.0.0.1 to answer after 0.5 s"


def test_a_body_announced_over_the_cap_is_not_read(server: PageServer, fetcher: Fetcher) -> None:
    server.routes["/big"] = Route(body=b"x" * (TEST_POLICY.max_bytes + 1))
    error = fetch_error(fetcher, server.url("/big"))
    assert error.kind is FailureKind.TOO_LARGE
    assert str(error) == "too large: the server announced 256 KB, more than the 256 KB cap"


def test_a_streamed_body_is_cut_at_the_cap(server: PageServer, fetcher: Fetcher) -> None:
    server.routes["/stream"] = Route(body=b"<p>" + b"y" * (4 * 1024 * 1024), send_length=False)
    error = fetch_error(fetcher, server.url("/stream"))
    assert error.kind is FailureKind.TOO_LARGE
    assert str(error) == "too large: more than the 256 KB cap"


def test_a_body_just_under_the_cap_is_read(server: PageServer, fetcher: Fetcher) -> None:
    server.routes["/fits"] = Route(
        body=b"z" * TEST_POLICY.max_bytes, send_length=False, content_type="text/plain"
    )
    assert len(fetcher.fetch(server.url("/fits")).content) == TEST_POLICY.max_bytes


@pytest.mark.parametrize("content_type", ["image/png", "application/pdf", "application/json"])
def test_a_page_that_is_not_html_or_text_is_refused(
    server: PageServer, fetcher: Fetcher, content_type: str
) -> None:
    server.routes["/img"] = Route(body=b"\x89PNG\r\n\x1a\n", content_type=content_type)
    error = fetch_error(fetcher, server.url("/img"))
    assert error.kind is FailureKind.CONTENT_TYPE
    assert str(error) == f"not an HTML or text page: the server sent {content_type}"


def test_loopback_is_refused_without_allow_private(server: PageServer) -> None:
    url = server.page("/a", "dw-china-russland.html")
    with Fetcher(TEST_POLICY, AddressPolicy()) as fetcher:
        error = fetch_error(fetcher, url)
    assert error.kind is FailureKind.REFUSED_ADDRESS
    assert str(error) == "refused to connect to 127.0.0.1: a loopback address (allow with --allow-private)"
    assert server.requests == []


def test_a_name_for_loopback_is_refused_too(server: PageServer) -> None:
    with Fetcher(TEST_POLICY, AddressPolicy()) as fetcher:
        error = fetch_error(fetcher, f"http://localhost:{server.port}/a")
    assert error.kind is FailureKind.REFUSED_ADDRESS
    assert "localhost" in str(error)
    assert "loopback" in str(error)
    assert server.requests == []


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("ftp://example.org/file", "only http:// and https:// addresses can be fetched, not a ftp: address"),
        ("file:///etc/passwd", "only http:// and https:// addresses can be fetched, not a file: address"),
        ("example.org/page", "only http:// and https:// addresses can be fetched, not an address without"),
        ("http:///nohost", "the address has no host name"),
    ],
)
def test_only_http_addresses_are_fetched(fetcher: Fetcher, url: str, expected: str) -> None:
    error = fetch_error(fetcher, url)
    assert error.kind is FailureKind.BAD_URL
    assert str(error).startswith(expected)


def test_a_dns_failure_is_one_line() -> None:
    def failing(host: str, port: int) -> Sequence[str]:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    with Fetcher(TEST_POLICY, AddressPolicy(resolve=failing)) as fetcher:
        error = fetch_error(fetcher, "https://no-such-host.invalid/a")
    assert error.kind is FailureKind.DNS
    assert str(error) == "DNS lookup failed for no-such-host.invalid: name or service not known"


def test_a_tls_error_is_one_line(server: PageServer, fetcher: Fetcher) -> None:
    # The test server speaks plain HTTP, so a TLS handshake with it fails.
    error = fetch_error(fetcher, f"https://127.0.0.1:{server.port}/a")
    assert error.kind is FailureKind.TLS
    assert str(error).startswith("TLS error with 127.0.0.1: ")
    assert "\n" not in str(error)


def test_a_closed_port_is_one_line(fetcher: Fetcher) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    error = fetch_error(fetcher, f"http://127.0.0.1:{port}/")
    assert error.kind is FailureKind.CONNECTION
    assert str(error) == "cannot connect to 127.0.0.1: connection refused"


def test_a_conditional_request_gets_not_modified(server: PageServer, fetcher: Fetcher) -> None:
    server.routes["/a"] = Route(body=b"<html><body><p>text</p></body></html>", etag='"v1"')
    first = fetcher.fetch(server.url("/a"))
    assert first.validators == Validators(etag='"v1"')
    again = fetcher.fetch(server.url("/a"), first.validators)
    assert again.not_modified
    assert again.content == b""
    assert server.requests[1].headers["if-none-match"] == '"v1"'


def test_last_modified_is_sent_back_as_if_modified_since(server: PageServer, fetcher: Fetcher) -> None:
    stamp = "Wed, 08 Nov 2023 18:05:00 GMT"
    server.routes["/a"] = Route(body=b"<html></html>", headers={"Last-Modified": stamp})
    first = fetcher.fetch(server.url("/a"))
    assert first.validators.last_modified == stamp
    fetcher.fetch(server.url("/a"), first.validators)
    assert server.requests[1].headers["if-modified-since"] == stamp


def test_a_public_address_is_never_reached_from_a_test() -> None:
    # The shared guard (tests/conftest.py) stops any connection but loopback, and a fetch does not
    # swallow it: a test that tried to reach the internet would fail loudly.
    with (
        Fetcher(TEST_POLICY, AddressPolicy(allow_private=True)) as fetcher,
        pytest.raises(NetworkBlocked),
    ):
        fetcher.fetch("http://192.0.2.1/")


def test_policy_defaults_match_the_product_bounds() -> None:
    policy = FetchPolicy()
    assert policy.max_bytes == 5 * 1024 * 1024
    assert policy.max_redirects == 5
    assert 1 <= policy.per_host <= 2


def test_an_international_host_name_is_checked_in_its_ascii_form() -> None:
    resolver = RecordingResolver({"xn--mnchen-3ya.example": ["10.0.0.7"]})
    with Fetcher(TEST_POLICY, AddressPolicy(resolve=resolver)) as fetcher:
        error = fetch_error(fetcher, "https://münchen.example/artikel")
    assert resolver.asked == ["xn--mnchen-3ya.example"]
    assert str(error).startswith("refused to connect to xn--mnchen-3ya.example (10.0.0.7): a private address")


def test_a_name_that_rebinds_to_loopback_after_the_check_is_refused_before_any_request(
    server: PageServer,
) -> None:
    """DNS rebinding: the name is public when checked, and the connection reaches 127.0.0.1. The
    address actually reached is checked before anything is sent."""
    url = server.page("/a", "dw-china-russland.html")
    rebinding = RecordingResolver({"127.0.0.1": ["93.184.216.34"]})  # what the check is told
    with Fetcher(TEST_POLICY, AddressPolicy(resolve=rebinding)) as fetcher:
        error = fetch_error(fetcher, url)
    assert error.kind is FailureKind.REFUSED_ADDRESS
    assert str(error) == "refused to talk to 127.0.0.1: a loopback address (allow with --allow-private)"
    assert rebinding.asked == ["127.0.0.1"]
    assert server.requests == []


def test_a_connection_to_a_trusted_network_passes_the_second_check(server: PageServer) -> None:
    url = server.page("/a", "dw-china-russland.html")
    rebinding = RecordingResolver({"127.0.0.1": ["93.184.216.34"]})
    policy = AddressPolicy(trusted_networks=(ipaddress.ip_network("127.0.0.1/32"),), resolve=rebinding)
    with Fetcher(TEST_POLICY, policy) as fetcher:
        assert fetcher.fetch(url).status == 200
