"""Article text and metadata from a fetched page: HTML through trafilatura, plain text as it is."""

from __future__ import annotations

import ipaddress
import json
import logging
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import trafilatura
from trafilatura.utils import load_html

from claimcheck.source_file import normalise_line_ends
from claimcheck.web.credits import find_credits
from claimcheck.web.fetch_error import FailureKind, FetchError
from claimcheck.web.text_decoding import decode_page

# trafilatura and htmldate log every page they discard; the CLI reports failures itself.
for _name in ("trafilatura", "htmldate", "courlan", "justext", "readability"):
    logging.getLogger(_name).addHandler(logging.NullHandler())

# Only dates the page states as its own (metadata, JSON-LD, the URL); no guessing from the text,
# which would take the first date an article mentions for its publication date.
_DATE_PARAMS = {"original_date": True, "extensive_search": False}
_LANGUAGE = re.compile(r"^([A-Za-z]{2,3})(?:[-_][A-Za-z0-9-]+)?$")
_JSON_LANGUAGE = re.compile(r'"inLanguage"\s*:\s*"([^"]{2,20})"')


@dataclass(frozen=True)
class Article:
    """What a page says about itself; anything it does not say is None (or empty)."""

    text: str
    title: str | None = None
    outlet: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None  # YYYY-MM-DD
    language: str | None = None
    credits: tuple[str, ...] = ()
    notes: tuple[str, ...] = field(default=())


def article_from_page(
    content: bytes, media_type: str | None, charset: str | None, url: str | None
) -> Article:
    """The article in a fetched page: `text/plain` is taken as it is, anything else is read as HTML."""
    if media_type == "text/plain":
        return article_from_text(decode_page(content, charset, is_html=False))
    return article_from_html(decode_page(content, charset, is_html=True), url)


def article_from_text(text: str) -> Article:
    """A plain-text capture: the text is the body; nothing is known about it but its credits."""
    body = _tidy_plain(text)
    if not body.strip():
        raise FetchError(FailureKind.NO_ARTICLE, "the text is empty")
    return Article(text=body, credits=tuple(find_credits(body)))


def article_from_html(html: str, url: str | None = None) -> Article:
    """Main text (navigation, banners, comments and boxes left out) and metadata of an HTML page."""
    tree = load_html(html)
    if tree is None:
        raise FetchError(FailureKind.NO_ARTICLE, "not an HTML page that can be read")
    document = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        # Recall over precision: a missing lead paragraph loses quotes; stray furniture does not.
        favor_recall=True,
        date_extraction_params=dict(_DATE_PARAMS),
    )
    if document is None or isinstance(document, dict) or not (document.text or "").strip():
        raise FetchError(FailureKind.NO_ARTICLE, "no article text found on the page")
    text = _tidy_paragraphs(document.text or "")
    notes: list[str] = []
    outlet = _clean(document.sitename)
    if (
        outlet is not None
        and url is not None
        and _is_address_echo(outlet, url)
        and not _page_names_site(tree)
    ):
        # trafilatura falls back to the address when a page names no site.
        outlet = _site_from_url(url)
        if outlet is not None:
            notes.append("outlet taken from the web address; the page names no site")
    authors = _split_authors(document.author, outlet)
    return Article(
        text=text,
        title=_clean(document.title),
        outlet=outlet,
        authors=authors,
        published=_clean(document.date),
        language=page_language(tree),
        credits=tuple(find_credits(text)),
        notes=tuple(notes),
    )


def page_language(tree: Any) -> str | None:
    """The declared language of a parsed page (an lxml tree) as a primary subtag (`de-DE` → `de`)."""
    candidates: list[str | None] = [tree.get("lang"), tree.get("xml:lang")]
    for meta in tree.iterfind(".//meta"):
        key = (meta.get("http-equiv") or meta.get("property") or meta.get("name") or "").lower()
        if key in ("content-language", "og:locale", "language", "dc.language"):
            candidates.append(meta.get("content"))
    for script in tree.iterfind(".//script"):
        if (script.get("type") or "").lower() == "application/ld+json" and script.text:
            match = _JSON_LANGUAGE.search(script.text)
            if match:
                candidates.append(json.loads(f'"{match.group(1)}"'))
    for candidate in candidates:
        match = _LANGUAGE.match((candidate or "").strip().split(",")[0].strip())
        if match:
            return match.group(1).lower()
    return None


def _split_authors(value: str | None, outlet: str | None) -> tuple[str, ...]:
    """trafilatura joins authors with "; "; an "author" that is the outlet itself is not a person."""
    if not value:
        return ()
    names = [name.strip() for name in value.split(";") if name.strip()]
    if outlet:
        names = [name for name in names if name.casefold() != outlet.casefold()]
    return tuple(dict.fromkeys(names))


def _page_names_site(tree: Any) -> bool:
    """Whether the page itself names its site (`og:site_name`, JSON-LD publisher …), address aside."""
    own = trafilatura.extract_metadata(tree, default_url=None, extensive=False)
    return bool(_clean(own.sitename))


def _is_address_echo(outlet: str, url: str) -> bool:
    netloc = urlsplit(url).netloc.lower()
    netloc = netloc.rsplit("@", 1)[-1]
    host = urlsplit(url).hostname or ""
    candidates = {netloc, netloc.removeprefix("www."), host, host.removeprefix("www.")}
    return outlet.lower() in candidates


def _site_from_url(url: str) -> str | None:
    host = (urlsplit(url).hostname or "").lower()
    if not host or "." not in host:
        return None
    try:
        ipaddress.ip_address(host)
        return None
    except ValueError:
        return host.removeprefix("www.")


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(value.split())
    return value or None


def _tidy_paragraphs(text: str) -> str:
    """One paragraph per line from trafilatura → paragraphs separated by blank lines (Markdown)."""
    lines = [" ".join(line.split()) for line in normalise_line_ends(text).split("\n")]
    return "\n\n".join(line for line in lines if line) + "\n"


def _tidy_plain(text: str) -> str:
    lines = [line.rstrip() for line in normalise_line_ends(text).removeprefix("\ufeff").split("\n")]
    return "\n".join(lines).strip("\n") + "\n"
