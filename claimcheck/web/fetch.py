"""Safe HTTP fetching: http(s) only, every redirect hop checked, time-outs, a size cap, text types only."""

from __future__ import annotations

import contextlib
import socket
import ssl
import threading
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from types import TracebackType
from typing import Any, TypeVar

import httpx

from claimcheck import __version__
from claimcheck.web.address_policy import AddressPolicy
from claimcheck.web.fetch_error import FailureKind, FetchError
from claimcheck.web.politeness import HostSlots

DEFAULT_USER_AGENT = f"claimcheck/{__version__} (+fact-checking; offline tool)"
ACCEPTED_MEDIA_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain"})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
ACCEPT_HEADER = "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8"
# Only what `_BoundedDecoder` reads (httpx would also offer br/zstd where those packages are installed).
ACCEPT_ENCODING = "gzip, deflate"
MEGABYTE = 1024 * 1024

_E = TypeVar("_E", bound=BaseException)


@dataclass(frozen=True)
class FetchPolicy:
    """The bounds of every fetch. Time-outs are in seconds; `total_timeout` covers all hops and the body."""

    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    total_timeout: float = 60.0
    max_bytes: int = 5 * MEGABYTE
    max_redirects: int = 5
    per_host: int = 2
    user_agent: str = DEFAULT_USER_AGENT


@dataclass(frozen=True)
class Validators:
    """What a server said identifies this version of a page (`ETag`, `Last-Modified`)."""

    etag: str | None = None
    last_modified: str | None = None

    def request_headers(self) -> dict[str, str]:
        """The headers of a conditional request: the server answers 304 if nothing changed."""
        headers = {}
        if self.etag:
            headers["If-None-Match"] = self.etag
        if self.last_modified:
            headers["If-Modified-Since"] = self.last_modified
        return headers


@dataclass(frozen=True)
class FetchedPage:
    """A page as the server sent it: the final address after redirects, its type and its bytes.

    `status` 304 (`not_modified`) means a conditional request found the page unchanged; `content`
    is then empty.
    """

    requested_url: str
    url: str
    status: int
    media_type: str | None
    charset: str | None
    content: bytes
    validators: Validators = field(default_factory=Validators)
    redirects: tuple[str, ...] = ()

    @property
    def not_modified(self) -> bool:
        return self.status == 304


@dataclass(frozen=True)
class _Redirect:
    location: httpx.URL


class Fetcher:
    """Fetch pages within a `FetchPolicy`; safe to share between threads.

    Redirects are followed here, one hop at a time, so that each hop's host is checked by the
    `AddressPolicy` before anything is sent to it.
    """

    def __init__(
        self,
        policy: FetchPolicy | None = None,
        address_policy: AddressPolicy | None = None,
        *,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.policy = policy or FetchPolicy()
        self.address_policy = address_policy or AddressPolicy()
        self._slots = HostSlots(self.policy.per_host)
        timeout = httpx.Timeout(
            connect=self.policy.connect_timeout,
            read=self.policy.read_timeout,
            write=self.policy.read_timeout,
            pool=self.policy.total_timeout,
        )
        self._client = httpx.Client(
            timeout=timeout,
            follow_redirects=False,
            # No proxies or .netrc credentials from the environment: what is checked is what is reached.
            trust_env=False,
            headers={
                "User-Agent": self.policy.user_agent,
                "Accept": ACCEPT_HEADER,
                "Accept-Encoding": ACCEPT_ENCODING,
            },
            transport=transport,
            # A fresh connection per request: `_Deadline` can only cut a connection it saw opened.
            limits=httpx.Limits(max_keepalive_connections=0),
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def fetch(self, url: str, validators: Validators | None = None) -> FetchedPage:
        """Fetch `url`; raise `FetchError` with a one-line reason on any failure."""
        deadline = time.monotonic() + self.policy.total_timeout
        current = parse_fetch_url(url)
        visited = [current]
        headers = validators.request_headers() if validators else {}
        with _Deadline(self.policy.total_timeout) as guard:
            while True:
                if time.monotonic() > deadline:
                    raise FetchError(
                        FailureKind.TIMEOUT, f"took longer than {self.policy.total_timeout:g} s in all"
                    )
                host = ascii_host(current)
                self.address_policy.check(host, current.port or (443 if current.scheme == "https" else 80))
                trace = self._checked_trace(host, guard.trace)
                try:
                    with self._slots.slot(host):
                        outcome = self._hop(
                            url, current, headers, deadline, conditional=bool(headers), trace=trace
                        )
                except FetchError:
                    raise
                except (httpx.HTTPError, OSError) as exc:
                    if guard.expired.is_set():
                        raise FetchError(
                            FailureKind.TIMEOUT, f"took longer than {self.policy.total_timeout:g} s in all"
                        ) from None
                    raise describe_transport_error(exc, current, self.policy) from None
                if guard.expired.is_set():
                    # Cut off while the server was still sending: what arrived is not the whole page.
                    raise FetchError(
                        FailureKind.TIMEOUT, f"took longer than {self.policy.total_timeout:g} s in all"
                    )
                if isinstance(outcome, FetchedPage):
                    return replace(outcome, redirects=tuple(str(hop) for hop in visited[1:]))
                target = outcome.location
                if target in visited:
                    chain = " → ".join(str(hop) for hop in [*visited, target])
                    raise FetchError(FailureKind.REDIRECTS, f"redirect loop: {chain}")
                if len(visited) > self.policy.max_redirects:
                    raise FetchError(
                        FailureKind.REDIRECTS,
                        f"too many redirects (more than {self.policy.max_redirects}), the last to {target}",
                    )
                visited.append(target)
                current = target

    def _checked_trace(self, host: str, trace: _Trace) -> _Trace:
        """`trace`, and the address policy's word on the peer of each connection as it opens."""

        def checked(event: str, info: dict[str, Any]) -> None:
            trace(event, info)
            if event != "connection.connect_tcp.complete":
                return
            sock = _socket_of(info)
            if sock is None:
                return
            try:
                peer = str(sock.getpeername()[0])
            except OSError:
                return  # not connected after all: the request fails on its own
            try:
                self.address_policy.check_connected(host, peer)
            except FetchError:
                info["return_value"].close()  # nothing was sent on it, and nothing will be
                raise

        return checked

    def _hop(
        self,
        requested: str,
        url: httpx.URL,
        headers: dict[str, str],
        deadline: float,
        conditional: bool,
        trace: _Trace,
    ) -> FetchedPage | _Redirect:
        with self._client.stream("GET", url, headers=headers, extensions={"trace": trace}) as response:
            status = response.status_code
            if status in REDIRECT_STATUSES:
                location = response.headers.get("location")
                if not location:
                    raise FetchError(
                        FailureKind.HTTP_STATUS, f"HTTP {status} redirect without a Location header", status
                    )
                try:
                    target = url.join(location.strip())
                except httpx.InvalidURL as exc:
                    message = f"redirect to an invalid address: {exc}"
                    raise FetchError(FailureKind.REDIRECTS, message) from None
                if target.scheme not in ("http", "https"):
                    raise FetchError(
                        FailureKind.REDIRECTS, f"redirect to a {target.scheme}: address refused: {target}"
                    )
                return _Redirect(target)
            validators = Validators(
                etag=response.headers.get("etag"), last_modified=response.headers.get("last-modified")
            )
            media_type, charset = parse_content_type(response.headers.get("content-type"))
            if status == 304 and conditional:
                return FetchedPage(requested, str(url), status, media_type, charset, b"", validators)
            if not 200 <= status < 300:
                reason = response.reason_phrase
                message = f"HTTP {status} {reason}".rstrip() + f" from {url}"
                raise FetchError(FailureKind.HTTP_STATUS, message, status)
            if media_type is not None and media_type not in ACCEPTED_MEDIA_TYPES:
                raise FetchError(
                    FailureKind.CONTENT_TYPE, f"not an HTML or text page: the server sent {media_type}"
                )
            content = self._read_capped(response, deadline)
        return FetchedPage(
            requested_url=requested,
            url=str(url),
            status=status,
            media_type=media_type,
            charset=charset,
            content=content,
            validators=validators,
        )

    def _read_capped(self, response: httpx.Response, deadline: float) -> bytes:
        cap = self.policy.max_bytes
        declared = response.headers.get("content-length", "").strip()
        if declared.isdigit() and int(declared) > cap:
            raise FetchError(
                FailureKind.TOO_LARGE,
                f"too large: the server announced {human_size(int(declared))}, more than the "
                f"{human_size(cap)} cap",
            )
        decoder = _BoundedDecoder(response.headers.get("content-encoding", ""), cap, response.url)
        chunks: list[bytes] = []
        size = 0
        # Raw bytes, decoded here with a bound on each step: httpx would inflate a whole network
        # chunk at once (64 KB of a gzip bomb is 64 MB, and twice gzipped, gigabytes).
        for raw in response.iter_raw():
            for chunk in decoder.decode(raw):
                size += len(chunk)
                if size > cap:
                    raise FetchError(FailureKind.TOO_LARGE, f"too large: more than the {human_size(cap)} cap")
                chunks.append(chunk)
            if time.monotonic() > deadline:
                raise FetchError(
                    FailureKind.TIMEOUT, f"took longer than {self.policy.total_timeout:g} s in all"
                )
        chunks.extend(decoder.flush())
        if sum(len(chunk) for chunk in chunks) > cap:
            raise FetchError(FailureKind.TOO_LARGE, f"too large: more than the {human_size(cap)} cap")
        return b"".join(chunks)


_Trace = Callable[[str, dict[str, Any]], None]


class _Deadline:
    """Cut the connection when a whole fetch runs out of time.

    httpx's time-outs bound each read, so a server sending one byte every few tenths of a second
    (its headers too) is never timed out. A timer shuts down the sockets this fetch opened (seen
    through httpx's `trace` extension); the read that is waiting returns, and the fetch fails with
    a time-out.
    """

    def __init__(self, seconds: float) -> None:
        self.expired = threading.Event()
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(max(seconds, 0.0), self._expire)
        self._timer.daemon = True

    def __enter__(self) -> _Deadline:
        self._timer.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._timer.cancel()

    def trace(self, event: str, info: dict[str, Any]) -> None:
        if event not in ("connection.connect_tcp.complete", "connection.start_tls.complete"):
            return
        sock = _socket_of(info)
        if sock is None:
            return
        with self._lock:
            self._sockets.append(sock)
            if self.expired.is_set():
                _shut(sock)

    def _expire(self) -> None:
        with self._lock:
            self.expired.set()
            for sock in self._sockets:
                _shut(sock)


def _socket_of(info: dict[str, Any]) -> socket.socket | None:
    """The socket of the connection an httpx `trace` event reports as opened, if it has one."""
    stream = info.get("return_value")
    sock = stream.get_extra_info("socket") if stream is not None else None
    return sock if isinstance(sock, socket.socket) else None


def _shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)


class _BoundedDecoder:
    """Undo `Content-Encoding` (gzip or deflate, one layer) never producing more than `cap` + 1 bytes
    at a time; anything else a server may send (br, zstd, two layers) is refused."""

    def __init__(self, header: str, cap: int, url: httpx.URL) -> None:
        encodings = [part.strip().lower() for part in header.split(",") if part.strip()]
        encodings = [encoding for encoding in encodings if encoding != "identity"]
        self._limit = cap + 1
        self._host = ascii_host(url)
        self._raw_deflate_tried = False
        self._decompressor: Any = None
        if not encodings:
            return
        if len(encodings) > 1 or encodings[0] not in ("gzip", "x-gzip", "deflate"):
            raise FetchError(
                FailureKind.PROTOCOL,
                f"the answer from {self._host} is encoded as {', '.join(encodings)}, which is not read "
                f"(only gzip or deflate, once)",
            )
        self._deflate = encodings[0] == "deflate"
        self._decompressor = zlib.decompressobj(zlib.MAX_WBITS | (0 if self._deflate else 16))

    def decode(self, data: bytes) -> list[bytes]:
        if self._decompressor is None:
            return [data] if data else []
        out = []
        try:
            while data:
                out.append(self._decompressor.decompress(data, self._limit))
                data = self._decompressor.unconsumed_tail
                if sum(len(chunk) for chunk in out) > self._limit:
                    break  # the caller stops at the cap
        except zlib.error as exc:
            if self._deflate and not self._raw_deflate_tried and not out:
                # "deflate" is meant to be zlib-wrapped; some servers send it raw.
                self._raw_deflate_tried = True
                self._decompressor = zlib.decompressobj(-zlib.MAX_WBITS)
                return self.decode(data)
            raise FetchError(
                FailureKind.PROTOCOL, f"cannot decode the answer from {self._host}: {exc}"
            ) from None
        return out

    def flush(self) -> list[bytes]:
        if self._decompressor is None:
            return []
        try:
            rest = self._decompressor.flush(self._limit)
        except zlib.error as exc:
            raise FetchError(
                FailureKind.PROTOCOL, f"cannot decode the answer from {self._host}: {exc}"
            ) from None
        return [rest] if rest else []


def parse_fetch_url(url: str) -> httpx.URL:
    """`url` as an absolute http(s) address, or `FetchError(BAD_URL)`."""
    try:
        parsed = httpx.URL(url.strip())
    except (httpx.InvalidURL, TypeError, UnicodeError) as exc:
        raise FetchError(FailureKind.BAD_URL, f"not a valid address: {exc}") from None
    if parsed.scheme not in ("http", "https"):
        what = f"a {parsed.scheme}: address" if parsed.scheme else "an address without http:// or https://"
        message = f"only http:// and https:// addresses can be fetched, not {what}"
        raise FetchError(FailureKind.BAD_URL, message)
    if not parsed.raw_host:
        raise FetchError(FailureKind.BAD_URL, "the address has no host name")
    return parsed


def ascii_host(url: httpx.URL) -> str:
    """The host as sent on the wire (`xn--…` for an international name), for DNS and messages."""
    return url.raw_host.decode("ascii", errors="replace")


def parse_content_type(value: str | None) -> tuple[str | None, str | None]:
    """`text/html; charset=ISO-8859-1` → ("text/html", "iso-8859-1")."""
    if not value or not value.strip():
        return None, None
    parts = value.split(";")
    media_type = parts[0].strip().lower() or None
    charset = None
    for part in parts[1:]:
        name, _, raw = part.partition("=")
        if name.strip().lower() == "charset":
            charset = raw.strip().strip("\"'").lower() or None
    return media_type, charset


def human_size(size: int) -> str:
    if size >= MEGABYTE:
        return f"{size / MEGABYTE:.1f} MB".replace(".0 MB", " MB")
    if size >= 1024:
        return f"{size / 1024:.1f} KB".replace(".0 KB", " KB")
    return f"{size} bytes"


def describe_transport_error(exc: BaseException, url: httpx.URL, policy: FetchPolicy) -> FetchError:
    """A one-line reason for an httpx/OS error while talking to `url`'s host."""
    host = ascii_host(url)
    if isinstance(exc, httpx.ConnectTimeout):
        return FetchError(
            FailureKind.TIMEOUT, f"timed out connecting to {host} after {policy.connect_timeout:g} s"
        )
    if isinstance(exc, httpx.ReadTimeout):
        return FetchError(
            FailureKind.TIMEOUT, f"timed out waiting for {host} to answer after {policy.read_timeout:g} s"
        )
    if isinstance(exc, httpx.TimeoutException):
        return FetchError(FailureKind.TIMEOUT, f"timed out talking to {host}")
    tls = _cause_of_type(exc, ssl.SSLError)
    if tls is not None:
        return FetchError(FailureKind.TLS, f"TLS error with {host}: {_tls_reason(tls)}")
    dns = _cause_of_type(exc, socket.gaierror)
    if dns is not None:
        reason = (dns.strerror or str(dns)).lower()
        return FetchError(FailureKind.DNS, f"DNS lookup failed for {host}: {reason}")
    if isinstance(exc, httpx.ConnectError):
        return FetchError(FailureKind.CONNECTION, f"cannot connect to {host}: {_os_reason(exc)}")
    if isinstance(exc, httpx.ProtocolError):
        return FetchError(FailureKind.PROTOCOL, f"broken HTTP answer from {host}: {_os_reason(exc)}")
    if isinstance(exc, httpx.DecodingError):
        return FetchError(FailureKind.PROTOCOL, f"cannot decode the answer from {host}: {exc}")
    return FetchError(FailureKind.CONNECTION, f"network error with {host}: {_os_reason(exc)}")


def _cause_of_type(exc: BaseException, kind: type[_E]) -> _E | None:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, kind):
            return current
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return None


def _tls_reason(error: ssl.SSLError) -> str:
    if isinstance(error, ssl.SSLCertVerificationError) and error.verify_message:
        return f"certificate verify failed: {error.verify_message}"
    reason = error.reason or error.strerror or str(error)
    return str(reason).replace("_", " ").lower()


def _os_reason(exc: BaseException) -> str:
    os_error = _cause_of_type(exc, OSError)
    if os_error is not None and os_error.strerror:
        return os_error.strerror.lower()
    return str(exc) or type(exc).__name__
