"""A short diff between two captures of an article, sentence by sentence."""

from __future__ import annotations

import difflib
import re

MAX_DIFF_LINES = 20
# A sentence ends at . ! ? (optionally closed by a quote or bracket) before the next capital,
# digit or opening quote, but not at a German ordinal ("3. Mai"); good enough to line up two
# versions of the same article.
_SENTENCE_END = re.compile(r"(?:(?<=[!?])|(?<=[^\d\s]\.))[\"'»«“”„)\]]*\s+(?=[\"'„“«»(\[]?[A-ZÄÖÜ0-9])")


def sentences(text: str) -> list[str]:
    """Paragraphs split into sentences, whitespace collapsed."""
    found: list[str] = []
    for paragraph in text.splitlines():
        paragraph = " ".join(paragraph.split())
        if paragraph:
            found.extend(part.strip() for part in _split_keeping_closers(paragraph) if part.strip())
    return found


def _split_keeping_closers(paragraph: str) -> list[str]:
    parts: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(paragraph):
        # Keep closing quotes/brackets with the sentence they close.
        end = match.start() + len(match.group(0).rstrip())
        parts.append(paragraph[start:end])
        start = match.end()
    parts.append(paragraph[start:])
    return parts


def sentence_diff(old: str, new: str, max_lines: int = MAX_DIFF_LINES) -> list[str]:
    """Removed (`-`) and added (`+`) sentences, without context lines; cut at `max_lines`."""
    lines = [
        line
        for line in difflib.unified_diff(sentences(old), sentences(new), lineterm="", n=0)
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]
    if len(lines) > max_lines:
        hidden = len(lines) - (max_lines - 1)
        lines = [*lines[: max_lines - 1], f"… {hidden} more changed sentences"]
    return lines
