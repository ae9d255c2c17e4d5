"""Text fragments (`#:~:text=`, WICG Text Fragments) that make a browser scroll to a quote."""

from __future__ import annotations

import re
from urllib.parse import quote

# A text directive's terms are percent-encoded; `-`, `,` and `&` are its syntax and must be encoded.
# We encode everything but ASCII letters, digits and `._~` (the unreserved set without `-`).
_UNRESERVED_BUT_DASH = "._~"
# Quotes longer than this many words are linked as `textStart,textEnd`: a short URL, and a match
# that survives a small difference in the middle of the text.
EXACT_MAX_WORDS = 12
EDGE_WORDS = 5
CONTEXT_WORDS = 3
# Characters the browser's find does not see, or that a page and our captured text write differently.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
_HAS_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
# Where our captured text and the web page may differ, so a term must not span it: a word hyphenated
# at a line end ("Zusam-\nmenarbeit" may be whole on the page, "China-\nRussland" a real compound),
# and a paragraph break (a browser does not match one term across two blocks).
_UNCERTAIN = re.compile(r"\S*-[ \t]*\n\s*\S*|\n[ \t]*\n\s*")


def has_invisible(text: str) -> bool:
    """Whether the text holds a character `fragment_words` drops."""
    return _HAS_INVISIBLE.search(text) is not None


def fragment_words(text: str) -> list[str]:
    """The words a browser would match: whitespace collapsed (line breaks too), invisible marks dropped."""
    if _HAS_INVISIBLE.search(text):  # translating is slow on a long body; most have none
        text = text.translate(_INVISIBLE)
    return text.split()


def encode_term(text: str) -> str:
    """Percent-encode one term of a text directive (UTF-8, upper-case hex)."""
    return quote(text, safe=_UNRESERVED_BUT_DASH).replace("-", "%2D")


def text_directive(text: str, prefix: str | None = None, suffix: str | None = None) -> str | None:
    """`text=[prefix-,]start[,end][,-suffix]` for a quote, or None when it has no words.

    `prefix` and `suffix` are the text just before and after the quote; their nearest words are
    added (the caller adds them only when the quote is not unique in its source).
    """
    segments = [words for words in map(fragment_words, _UNCERTAIN.split(text)) if words]
    if not segments:
        segments = [fragment_words(text)] if fragment_words(text) else []
    if not segments:
        return None
    if len(segments) == 1 and len(segments[0]) <= EXACT_MAX_WORDS:
        terms = [encode_term(" ".join(segments[0]))]
    else:
        terms = [
            encode_term(" ".join(segments[0][:EDGE_WORDS])),
            encode_term(" ".join(segments[-1][-EDGE_WORDS:])),
        ]
    # Context words must touch the quote: none when the quote itself starts or ends uncertainly.
    touching_start = fragment_words(text)[:1] == segments[0][:1]
    touching_end = fragment_words(text)[-1:] == segments[-1][-1:]
    before = (
        fragment_words(_UNCERTAIN.split(prefix)[-1])[-CONTEXT_WORDS:] if prefix and touching_start else []
    )
    after = fragment_words(_UNCERTAIN.split(suffix)[0])[:CONTEXT_WORDS] if suffix and touching_end else []
    if before:
        terms.insert(0, encode_term(" ".join(before)) + "-")
    if after:
        terms.append("-" + encode_term(" ".join(after)))
    return "text=" + ",".join(terms)


def with_text_fragment(url: str, text: str, prefix: str | None = None, suffix: str | None = None) -> str:
    """The URL with a fragment directive that highlights `text`; the URL's own fragment is kept."""
    directive = text_directive(text, prefix, suffix)
    if directive is None:
        return url
    base = url.split(":~:", 1)[0]  # a directive already in the URL is replaced, not stacked
    separator = ":~:" if "#" in base else "#:~:"
    return f"{base}{separator}{directive}"
