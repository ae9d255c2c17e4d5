"""Escape text from claims and sources for where it lands in Markdown: inline text, cells, quotes, links."""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import quote

# Control characters other than whitespace say nothing to a reader and can confuse renderers.
# C0/C1 controls and the bidi overrides that would reorder what an editor reads.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# Characters that open inline syntax in CommonMark or GFM: code, emphasis, links, tables,
# strikethrough, math (GitHub's `$…$`), and `#` (a closing sequence of an ATX heading).
_BACKSLASHED = "\\`*_[]|~$#"
_CHARACTER_ESCAPES = {ord(char): "\\" + char for char in _BACKSLASHED} | {ord("<"): "&lt;", ord(">"): "&gt;"}
# `&` only matters where it could start an entity reference: `&amp;`, `&#38;`, `&#x26;`.
_ENTITY_START = re.compile(r"&(?=[A-Za-z0-9#])")
# Line-start syntax that would turn the text into a list, heading, quote, rule or setext underline.
_LEADING_MARKER = re.compile(r"^(?:[-+=]|\d{1,9}[.)])")
# GFM turns `www.…` and `scheme://…` in text into links; an escaped `.`/`:` stops the autolink.
_AUTOLINK_WWW = re.compile(r"(?i)\b(www)\.")
_AUTOLINK_SCHEME = re.compile(r":(?=//)")
# What a code span may hold verbatim: ids and `about` keys (their patterns are narrower still).
_SAFE_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9/._:+-]*")
# Inside a code span nothing is syntax but backticks (its delimiter) and, in a table, pipes; so a
# message's code span stays one when it holds neither.
_CODE_IN_MESSAGE = re.compile(r"`([^`|]*[^`|\s][^`|]*)`")
# Characters a link destination may not hold raw: whitespace and controls end it, `<>()` and `\`
# are syntax, `|` would split a table row, `` ` `` could open a code span in a cell, `"` and `'`
# could start a link title. Everything outside printable ASCII is percent-encoded as UTF-8.
_DESTINATION_SAFE = "/:@!$&*+,;=?#-._~%"
_WEB_URL = re.compile(r"(?i)^https?://[^\s/]+")
_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")


def plain(text: str) -> str:
    """One line of plain text: whitespace runs collapsed, control characters replaced, trimmed."""
    # Every run of whitespace (newlines, tabs, Unicode line separators) becomes one space: a table
    # row, a heading or a block-quote line must stay one line, and two trailing spaces would be a
    # hard break. (`str.split` splits at the characters `\s` matches, and is much faster.)
    return _CONTROL.sub("\ufffd", " ".join(text.split()))


@lru_cache(maxsize=4096)  # outlets, names and dates recur in every row
def inline(text: str) -> str:
    """Text that renders as itself wherever inline Markdown goes: a paragraph, cell, heading, link text.

    Collapses whitespace (so it stays on one line), backslash-escapes the characters that open
    inline syntax, writes `<`/`>` as `&lt;`/`&gt;` (no HTML can open), writes `&` as `&amp;` where
    it could start an entity, and escapes what would act as block syntax at the start of a line.
    """
    return _escape_line_start(_escape_characters(plain(text)))


@lru_cache(maxsize=4096)
def cell(text: str | None, empty: str = "") -> str:
    """A table cell's content: inline text (pipes escaped), `empty` when there is none.

    A cell holds inline content only, so line-start markers (`1.`, `-`) need no escape there.
    """
    escaped = _escape_characters(plain(text)) if text is not None else ""
    return escaped or empty


def code(text: str) -> str:
    """An id or key as a code span; anything that is not id-shaped is escaped as plain text instead."""
    if _SAFE_CODE.fullmatch(text):
        return f"`{text}`"
    return inline(text)


def message(text: str) -> str:
    """One of our messages, which quote ids in backticks and may carry claim text.

    Code spans stay code spans (their content is literal, so nothing in them can act as markup);
    everything else is escaped as `inline`.
    """
    text = plain(text)
    pieces = []
    position = 0
    for match in _CODE_IN_MESSAGE.finditer(text):
        pieces.append(_escape_characters(text[position : match.start()]))
        pieces.append(f"`{match.group(1)}`")
        position = match.end()
    pieces.append(_escape_characters(text[position:]))
    return _escape_line_start("".join(pieces))


def _escape_characters(text: str) -> str:
    escaped = _ENTITY_START.sub("&amp;", text) if "&" in text else text
    escaped = escaped.translate(_CHARACTER_ESCAPES)
    if "://" in escaped:
        escaped = _AUTOLINK_SCHEME.sub(r"\\:", escaped)
    return _AUTOLINK_WWW.sub(r"\1\\.", escaped) if "." in escaped else escaped


def _escape_line_start(escaped: str) -> str:
    marker = _LEADING_MARKER.match(escaped)
    if marker is None:
        return escaped
    end = marker.end()
    return escaped[: end - 1] + "\\" + escaped[end - 1 :]


def web_url(url: str | None) -> str | None:
    """The URL if it is an http(s) address (the only kind the report links to), else None."""
    if url is None or not _WEB_URL.match(url):
        return None
    return url


def destination(url: str) -> str:
    """A link destination that cannot end early, break a table row or smuggle a title."""
    return quote(_PERCENT.sub("%25", url), safe=_DESTINATION_SAFE)


def link(text: str, target: str) -> str:
    """`[text](target)` with the text escaped; `target` is one we made (a relative path or a URL)."""
    label = inline(text) or inline(target)
    return f"[{label}]({destination(target)})"


def block_quote(text: str) -> str:
    """A quote as one block-quote line; the text is collapsed to one line and escaped."""
    return f"> {inline(text)}".rstrip()


def table(header: list[str], rows: list[list[str]], align: str | None = None) -> list[str]:
    """A GFM table from already-escaped cells; `align` holds one `l` or `r` per column."""
    aligns = align or "l" * len(header)
    lines = [_row(header), _row(["---:" if a == "r" else "---" for a in aligns])]
    for row in rows:
        if len(row) != len(header):
            raise ValueError(f"table row has {len(row)} cells, its header {len(header)}")
        lines.append(_row(row))
    return lines


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"
