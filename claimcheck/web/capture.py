"""A page turned into a source: its proposed id, front matter and body, from the web or from a file."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimcheck.source_file import body_sha256
from claimcheck.web.extract import Article, article_from_html, article_from_page, article_from_text
from claimcheck.web.fetch import FetchedPage, Fetcher
from claimcheck.web.fetch_error import FailureKind, FetchError
from claimcheck.web.recheck_log import RecheckEntry, RecheckStatus
from claimcheck.web.source_ids import propose_source_id
from claimcheck.web.text_decoding import decode_page

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
MAX_FILE_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class Capture:
    """What `source add` writes for one page, plus what the fetch learnt for the recheck log."""

    source_id: str
    meta: dict[str, Any]
    body: str
    origin: str  # the address or file it came from, for messages
    log_entry: RecheckEntry | None = None


def source_meta(article: Article, url: str | None, retrieved: dt.date) -> dict[str, Any]:
    """Front matter for a new source: what the page says, null where it says nothing."""
    meta: dict[str, Any] = {
        "title": article.title,
        "outlet": article.outlet,
        "url": url,
        "published": _date_value(article.published),
        "language": article.language,
        "authors": list(article.authors),
        "credits": list(article.credits),
        "retrieved": retrieved,
        "sha256": body_sha256(article.text),
    }
    if article.notes:
        meta["note"] = "; ".join(article.notes)
    return meta


def _date_value(text: str | None) -> dt.date | str | None:
    """A full date as a `date` (YAML writes it bare: 2023-11-08); anything else as it came."""
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return text


def capture_url(
    fetcher: Fetcher, url: str, *, source_id: str | None, retrieved: dt.date, checked_at: str
) -> Capture:
    """Fetch `url` and extract its article; raise `FetchError` with a one-line reason."""
    page = fetcher.fetch(url)
    article = article_from_page(page.content, page.media_type, page.charset, page.url)
    meta = source_meta(article, page.url, retrieved)
    proposed = source_id or propose_source_id(
        published=article.published, outlet=article.outlet, title=article.title, url=page.url
    )
    return Capture(proposed, meta, article.text, url, _first_log_entry(page, meta, checked_at))


def _first_log_entry(page: FetchedPage, meta: dict[str, Any], checked_at: str) -> RecheckEntry:
    """At capture, the live text is the captured text: a recheck can start from the page's validators."""
    return RecheckEntry(
        status=RecheckStatus.UNCHANGED,
        checked_at=checked_at,
        url=page.url,
        final_url=page.url,
        http_status=page.status,
        capture_sha256=meta["sha256"],
        sha256=meta["sha256"],
        etag=page.validators.etag,
        last_modified=page.validators.last_modified,
    )


def capture_file(path: Path, *, url: str | None, source_id: str | None, retrieved: dt.date) -> Capture:
    """A saved HTML page or a plain-text file as a source; nothing is fetched."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise FetchError(FailureKind.UNREADABLE_FILE, "larger than 50 MB")
        content = path.read_bytes()
    except FileNotFoundError:
        raise FetchError(FailureKind.UNREADABLE_FILE, "no such file") from None
    except IsADirectoryError:
        raise FetchError(FailureKind.UNREADABLE_FILE, "a folder, not a file") from None
    except OSError as exc:
        raise FetchError(FailureKind.UNREADABLE_FILE, f"cannot read: {exc.strerror}") from None
    if _looks_like_html(path, content):
        article = article_from_html(decode_page(content, None, is_html=True), url)
    else:
        article = article_from_text(decode_page(content, None, is_html=False))
    meta = source_meta(article, url, retrieved)
    proposed = source_id or propose_source_id(
        published=article.published, outlet=article.outlet, title=article.title, url=url, fallback=path.stem
    )
    return Capture(proposed, meta, article.text, str(path))


def _looks_like_html(path: Path, content: bytes) -> bool:
    if path.suffix.lower() in HTML_SUFFIXES:
        return True
    head = content[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html", b"\xef\xbb\xbf<!doctype html", b"\xef\xbb\xbf<html"))
