"""Fetched bytes to text: the charset the server named, else the page's own `<meta>`, else a guess."""

from __future__ import annotations

import codecs
import re

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_SNIFF_BYTES = 4096


def decode_page(content: bytes, charset: str | None, is_html: bool) -> str:
    """Decode a page; invalid bytes become U+FFFD rather than an error."""
    if content.startswith(codecs.BOM_UTF8):
        return content[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    for candidate in (charset, _meta_charset(content) if is_html else None):
        codec = _codec(candidate)
        if codec is not None:
            return content.decode(codec, errors="replace")
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError:
        # The old web's default: windows-1252 decodes every byte and is what browsers assume.
        return content.decode("cp1252", errors="replace")


def _meta_charset(content: bytes) -> str | None:
    match = _META_CHARSET.search(content[:_SNIFF_BYTES])
    return match.group(1).decode("ascii") if match else None


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    # Browsers read "iso-8859-1" and "ascii" labels as windows-1252; so do we.
    return "cp1252" if codec in ("iso8859-1", "ascii") else codec
