"""Why a page could not be fetched or read, as one line a user can act on."""

from __future__ import annotations

from enum import StrEnum


class FailureKind(StrEnum):
    """The kinds of fetch failure; `recheck` turns `HTTP_STATUS` 404/410 into `gone`."""

    BAD_URL = "bad-url"
    DNS = "dns"
    REFUSED_ADDRESS = "refused-address"
    TLS = "tls"
    TIMEOUT = "timeout"
    CONNECTION = "connection"
    TOO_LARGE = "too-large"
    CONTENT_TYPE = "content-type"
    REDIRECTS = "redirects"
    HTTP_STATUS = "http-status"
    PROTOCOL = "protocol"
    NO_ARTICLE = "no-article"
    UNREADABLE_FILE = "unreadable-file"


class FetchError(Exception):
    """A page that could not be fetched or read; `str()` is the one-line reason."""

    def __init__(self, kind: FailureKind, message: str, http_status: int | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.http_status = http_status

    def __str__(self) -> str:
        return self.message
