"""A real HTTP server on 127.0.0.1, in the test process, serving saved pages and misbehaving on request."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from claimcheck.web.address_policy import AddressPolicy
from claimcheck.web.fetch import Fetcher, FetchPolicy

PAGES = Path(__file__).parent / "pages"
# Short bounds so that time-out and size tests take well under a second each.
TEST_POLICY = FetchPolicy(connect_timeout=0.5, read_timeout=0.5, total_timeout=5.0, max_bytes=256 * 1024)


def page_text(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8")


@dataclass
class Route:
    """What the server answers on one path."""

    status: int = 200
    body: bytes = b""
    content_type: str | None = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before the answer starts
    send_length: bool = True  # False: no Content-Length, the body streams until the connection closes
    etag: str | None = None  # answer 304 to a matching If-None-Match


@dataclass(frozen=True)
class SeenRequest:
    path: str
    headers: dict[str, str]


class PageServer:
    """The test server: set `routes[path]`, fetch `url(path)`, inspect `requests`."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[SeenRequest] = []
        self.stopping = threading.Event()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._httpd.daemon_threads = True
        self.port = self._httpd.server_address[1]
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.02,), daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str) -> str:
        return f"{self.base}{path}"

    def page(self, path: str, name: str, **route: object) -> str:
        """Serve the saved page `tests/web/pages/<name>` at `path`; returns its address."""
        self.routes[path] = Route(body=(PAGES / name).read_bytes(), **route)  # type: ignore[arg-type]
        return self.url(path)

    def html(self, path: str, html: str, **route: object) -> str:
        self.routes[path] = Route(body=html.encode("utf-8"), **route)  # type: ignore[arg-type]
        return self.url(path)

    def redirect(self, path: str, location: str, status: int = 302) -> str:
        self.routes[path] = Route(status=status, content_type=None, headers={"Location": location})
        return self.url(path)

    def paths_requested(self) -> list[str]:
        return [request.path for request in self.requests]

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self.stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()


def _handler_for(server: PageServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.0"

        def do_GET(self) -> None:
            server.requests.append(SeenRequest(self.path, {k.lower(): v for k, v in self.headers.items()}))
            route = server.routes.get(self.path)
            if route is None:
                route = Route(status=404, body=b"<html><body><p>Not found</p></body></html>")
            if route.delay and server.stopping.wait(route.delay):
                return
            # The client may stop reading (size cap, time-out): expected.
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self._answer(route)

        def _answer(self, route: Route) -> None:
            if route.etag is not None and self.headers.get("If-None-Match") == route.etag:
                self.send_response(304)
                self.send_header("ETag", route.etag)
                self.end_headers()
                return
            self.send_response(route.status)
            if route.content_type:
                self.send_header("Content-Type", route.content_type)
            if route.etag is not None:
                self.send_header("ETag", route.etag)
            for name, value in route.headers.items():
                self.send_header(name, value)
            if route.send_length:
                self.send_header("Content-Length", str(len(route.body)))
            self.end_headers()
            for start in range(0, len(route.body), 64 * 1024):
                self.wfile.write(route.body[start : start + 64 * 1024])

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler


@pytest.fixture
def server() -> Iterator[PageServer]:
    page_server = PageServer()
    page_server.start()
    try:
        yield page_server
    finally:
        page_server.stop()


@pytest.fixture
def fetcher() -> Iterator[Fetcher]:
    """A fetcher with the tests' short bounds that may reach 127.0.0.1."""
    with Fetcher(TEST_POLICY, AddressPolicy(allow_private=True)) as test_fetcher:
        yield test_fetcher
