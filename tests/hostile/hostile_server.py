"""A misbehaving HTTP server on 127.0.0.1 for the fetch tests: it drips, never ends, lies, bombs."""

from __future__ import annotations

import contextlib
import functools
import gzip
import socket
import threading
import time
import zlib
from collections.abc import Callable
from socketserver import BaseRequestHandler, ThreadingTCPServer

Behaviour = Callable[[socket.socket, str], None]
PAGE = b"<html><head><title>Hostile</title></head><body><article><p>Ein Satz.</p></article></body></html>"


def _headers(status: str = "200 OK", **extra: str) -> bytes:
    lines = [f"HTTP/1.1 {status}", "Content-Type: text/html; charset=utf-8", "Connection: close"]
    lines += [f"{name.replace('_', '-')}: {value}" for name, value in extra.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def endless_body(sock: socket.socket, path: str) -> None:
    """No Content-Length, and a body that never ends."""
    sock.sendall(_headers())
    chunk = b"<p>" + b"x" * 16_000 + b"</p>"
    while True:
        sock.sendall(chunk)


def drip_body(sock: socket.socket, path: str) -> None:
    """Headers at once, then one byte of body every 0.2 s: no single read ever times out."""
    sock.sendall(_headers())
    while True:
        sock.sendall(b"x")
        time.sleep(0.2)


def drip_headers(sock: socket.socket, path: str) -> None:
    """The status line and headers one byte every 0.2 s (a "slowloris" answer)."""
    for byte in b"HTTP/1.1 200 OK\r\nX-Slow: " + b"a" * 100_000:
        sock.sendall(bytes([byte]))
        time.sleep(0.2)


def endless_headers(sock: socket.socket, path: str) -> None:
    sock.sendall(b"HTTP/1.1 200 OK\r\n")
    number = 0
    while True:
        sock.sendall(f"X-Header-{number}: {'a' * 100}\r\n".encode())
        number += 1


def short_body(sock: socket.socket, path: str) -> None:
    """Announces 100,000 bytes, sends 100, closes."""
    sock.sendall(_headers(Content_Length="100000") + PAGE)


def long_body(sock: socket.socket, path: str) -> None:
    """Announces 20 bytes, sends a whole page after them."""
    sock.sendall(_headers(Content_Length="20") + PAGE * 100)


def bad_length(sock: socket.socket, path: str) -> None:
    sock.sendall(_headers(Content_Length="-5") + PAGE)


def huge_length(sock: socket.socket, path: str) -> None:
    sock.sendall(_headers(Content_Length=str(10**30)) + PAGE)


def _gzip_bomb(size: int) -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    zeros = bytes(1024 * 1024)
    parts = [compressor.compress(zeros) for _ in range(size // len(zeros))]
    return b"".join(parts) + compressor.flush()


@functools.cache
def bomb() -> bytes:
    return _gzip_bomb(BOMB_SIZE)


@functools.cache
def double_bomb() -> bytes:
    return gzip.compress(_gzip_bomb(BOMB_SIZE), 9)


BOMB_SIZE = 32 * 1024 * 1024  # 32 MB of zeros in about 32 KB


def gzip_bomb(sock: socket.socket, path: str) -> None:
    sock.sendall(_headers(Content_Encoding="gzip", Content_Length=str(len(bomb()))) + bomb())


def double_gzip_bomb(sock: socket.socket, path: str) -> None:
    """Twice gzipped: a few KB that are gigabytes once both layers are undone (here 32 MB)."""
    headers = _headers(Content_Encoding="gzip, gzip", Content_Length=str(len(double_bomb())))
    sock.sendall(headers + double_bomb())


def endless_redirects(sock: socket.socket, path: str) -> None:
    """Every address redirects to a new one: /r/1 → /r/2 → … (never a loop to detect)."""
    number = int(path.rsplit("/", 1)[-1]) if path.rsplit("/", 1)[-1].isdigit() else 0
    sock.sendall(_headers("302 Found", Location=f"/r/{number + 1}", Content_Length="0"))


def escapes_in_page(sock: socket.socket, path: str) -> None:
    page = (
        "<html><head><title>\x1b]0;owned\x07Titel \x1b[31mrot</title></head><body><article>"
        "<p>Über 60 laufende Projekte \x1b[2J werden derzeit realisiert.</p></article></body></html>"
    ).encode()
    sock.sendall(_headers(Content_Length=str(len(page))) + page)


BEHAVIOURS: dict[str, Behaviour] = {
    "/endless": endless_body,
    "/drip": drip_body,
    "/drip-headers": drip_headers,
    "/endless-headers": endless_headers,
    "/short": short_body,
    "/long": long_body,
    "/bad-length": bad_length,
    "/huge-length": huge_length,
    "/gzip-bomb": gzip_bomb,
    "/double-gzip-bomb": double_gzip_bomb,
    "/escapes": escapes_in_page,
}


class HostileServer:
    """`url(path)` for one of `BEHAVIOURS` (or `/r/N` for endless redirects); stop() ends them all."""

    def __init__(self) -> None:
        server = self

        class Handler(BaseRequestHandler):
            def handle(self) -> None:
                request = b""
                while b"\r\n\r\n" not in request:
                    data = self.request.recv(4096)
                    if not data:
                        return
                    request += data
                path = request.split(b" ", 2)[1].decode("latin-1")
                server.paths.append(path)
                behaviour = endless_redirects if path.startswith("/r/") else BEHAVIOURS[path]
                # The client hangs up when it has had enough: that is the point.
                with contextlib.suppress(OSError):
                    behaviour(self.request, path)

        ThreadingTCPServer.allow_reuse_address = True
        self._server = ThreadingTCPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        self.paths: list[str] = []
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True)
        self._thread.start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
