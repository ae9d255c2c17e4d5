"""Proposing a source id from what is known of a page: date, outlet, the first words of its title."""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from urllib.parse import urlsplit

from claimcheck.model import ID_PATTERN

MAX_ID_LENGTH = 60
TITLE_WORDS = 4
# Letters that Unicode decomposition does not reduce to ASCII, and the German umlauts, which are
# folded the German way ("rücken" → "ruecken", not "rucken").
_FOLD = str.maketrans(
    {
        "ä": "ae",
        "ö": "oe",
        "ü": "ue",
        "Ä": "Ae",
        "Ö": "Oe",
        "Ü": "Ue",
        "ß": "ss",
        "ẞ": "SS",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ł": "l",
        "Ł": "L",
        "þ": "th",
        "Þ": "Th",
        "ı": "i",
    }
)
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
# Second-level labels under a country code: bbc.co.uk → bbc.
_GENERIC_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "ac", "gov", "edu", "or", "ne", "go"})
_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


def ascii_words(text: str) -> list[str]:
    """`text` folded to lowercase ASCII words: "Rücken, Straße!" → ["ruecken", "strasse"]."""
    folded = unicodedata.normalize("NFKD", text.translate(_FOLD))
    plain = "".join(char for char in folded if not unicodedata.combining(char)).lower()
    return [word for word in _NOT_SLUG.split(plain) if word]


def outlet_label(url: str | None, outlet: str | None) -> list[str]:
    """A short name for the outlet: the site's domain name without its ending, else the outlet's name."""
    host = (urlsplit(url).hostname or "") if url else ""
    label = _domain_label(host)
    if label is None and outlet and re.fullmatch(r"[\w-]+(\.[\w-]+)+", outlet.strip()):
        label = _domain_label(outlet.strip().lower())  # an outlet named like its site, "n-tv.de"
    if label is not None:
        return [label]
    return ascii_words(outlet or "")[:3]


def _domain_label(host: str) -> str | None:
    if not host or "." not in host:
        return None
    try:
        ipaddress.ip_address(host)
        return None
    except ValueError:
        pass
    labels = host.lower().removeprefix("www.").split(".")[:-1]
    if len(labels) > 1 and labels[-1] in _GENERIC_SECOND_LEVEL:
        labels = labels[:-1]
    if not labels:
        return None
    words = ascii_words(labels[-1])
    return "-".join(words) or None


def propose_source_id(
    *,
    published: str | None,
    outlet: str | None,
    title: str | None,
    url: str | None = None,
    fallback: str | None = None,
) -> str:
    """`2023-11-08-dw-china-und-russland-ruecken`: date, outlet, up to four title words, ≤ 60 characters.

    Parts that are unknown are left out; without a title, words of `fallback` (a file name) stand in.
    The result always matches the id pattern `[a-z0-9][a-z0-9-]*`.
    """
    head: list[str] = []
    if published and _DATE.match(published):
        head.append(published)
    head.extend(outlet_label(url, outlet))
    words = ascii_words(title or "")[:TITLE_WORDS] or ascii_words(fallback or "")[:TITLE_WORDS]
    parts = head + words
    if not parts:
        return "source"
    proposed = parts[0][:MAX_ID_LENGTH]
    for part in parts[1:]:
        if len(proposed) + 1 + len(part) > MAX_ID_LENGTH:
            break
        proposed = f"{proposed}-{part}"
    return proposed if ID_PATTERN.match(proposed) else "source"


def id_problem(source_id: str) -> str | None:
    """Why `source_id` cannot name a source file, or None if it can."""
    if not ID_PATTERN.match(source_id):
        return (
            f"source id {source_id!r}: use lowercase letters, digits and '-', starting with a letter or digit"
        )
    return None
