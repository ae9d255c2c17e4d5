"""The WICG Text Fragments rules, as tests check links against them: the directive's grammar and matching."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote

from claimcheck.report.text_fragment import fragment_words

# A term: percent-encoded UTF-8; `-`, `,` and `&` are syntax and may only appear encoded.
_TERM = re.compile(r"(?:%[0-9A-F]{2}|[A-Za-z0-9._~])+")


@dataclass
class Directive:
    prefix: str | None
    start: str
    end: str | None
    suffix: str | None


def parse_directive(fragment: str) -> Directive:
    """Parse `:~:text=[prefix-,]textStart[,textEnd][,-suffix]` as the spec's grammar does."""
    assert fragment.count(":~:") == 1, fragment
    directive = fragment.split(":~:", 1)[1]
    assert directive.startswith("text="), directive
    terms = directive[len("text=") :].split(",")
    prefix = suffix = None
    if terms[0].endswith("-"):
        prefix = terms.pop(0)[:-1]
    if terms[-1].startswith("-"):
        suffix = terms.pop()[1:]
    assert 1 <= len(terms) <= 2, terms
    for term in (prefix, *terms, suffix):
        if term is not None:
            assert _TERM.fullmatch(term), f"term {term!r} has unencoded characters"
    decoded = [unquote(term, errors="strict") for term in terms]
    return Directive(
        prefix=unquote(prefix) if prefix is not None else None,
        start=decoded[0],
        end=decoded[1] if len(decoded) == 2 else None,
        suffix=unquote(suffix) if suffix is not None else None,
    )


def _is_boundary(text: str, position: int) -> bool:
    before = text[position - 1] if position > 0 else " "
    after = text[position] if position < len(text) else " "
    return not (before.isalnum() and after.isalnum())


def find_range(page: str, directive: Directive) -> str | None:
    """The first range of the (whitespace-collapsed) page the directive selects, per the spec's rules:
    matches start and end at word boundaries; prefix and suffix touch the range across whitespace only."""
    text = " ".join(fragment_words(page))
    position = 0
    while True:
        start = text.find(directive.start, position)
        if start == -1:
            return None
        position = start + 1
        if not _is_boundary(text, start):
            continue
        if directive.prefix is not None:
            before = text[:start].rstrip(" ")
            if not before.endswith(directive.prefix) or not _is_boundary(
                text, len(before) - len(directive.prefix)
            ):
                continue
        end = start + len(directive.start)
        if directive.end is not None:
            found = text.find(directive.end, end)
            if found == -1:
                return None
            end = found + len(directive.end)
        if not _is_boundary(text, end):
            continue
        if directive.suffix is not None and not text[end:].lstrip(" ").startswith(directive.suffix):
            continue
        return text[start:end]
