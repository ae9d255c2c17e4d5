"""Read a rendered report back with markdown-it-py (GFM tables) and check its structure."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from markdown_it import MarkdownIt
from markdown_it.token import Token

HOSTILE_TEXTS = (
    "a | b || c \\| d",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[x](javascript:alert(1))",
    "![i](http://evil.example/i.png)",
    "javascript:alert(1) and <javascript:alert(1)> and <http://evil.example>",
    "line one\nline two\r\n\n| new | row |\n---|---",
    "`code` and ``` fence\n```\nmore",
    '"]-->x[ end ; click o1 call alert(1) %%{init: {"theme": "dark"}}%%',
    "# not a heading",
    "> not a quote",
    "- not a list",
    "1. not a list",
    "*not emphasis* and _nor this_ and ~~struck~~ and $x$",
    "&amp; &lt;b&gt; &#60;script&#62; AT&T",
    "trailing backslash \\",
    "see https://evil.example and www.evil.example",
    "tab\there\u2028separator\x00nul\x1bescape",
)


def parser() -> MarkdownIt:
    """CommonMark with GFM tables, as the issue asks; HTML stays enabled so any leak shows as a token."""
    return MarkdownIt("commonmark").enable("table")


def walk(tokens: list[Token]) -> Iterator[Token]:
    for token in tokens:
        yield token
        if token.children:
            yield from walk(token.children)


_CELL = re.compile(r"(?:\\.|\\$|[^|\\])*")


def split_row(line: str) -> list[str]:
    """Split a table row into cells as cmark-gfm does: a backslash escapes the next character."""
    text = line.strip()
    if text.startswith("|"):
        text = text[1:]
    if text.endswith("|") and not _ends_escaped(text):
        text = text[:-1]
    cells = []
    position = 0
    while True:
        match = _CELL.match(text, position)
        assert match is not None
        cells.append(match.group(0).strip())
        position = match.end()
        if position >= len(text):
            break
        position += 1  # the separating pipe
    return cells


def _ends_escaped(text: str) -> bool:
    backslashes = len(text[:-1]) - len(text[:-1].rstrip("\\"))
    return backslashes % 2 == 1


@dataclass
class Table:
    header: list[str]
    rows: list[list[str]]  # raw source cells, split the way GFM splits them
    token_rows: list[int]  # cells per row as markdown-it parsed them


def tables(markdown: str) -> list[Table]:
    """Every table, with its raw cells (from the source lines) and markdown-it's cell counts."""
    tokens = parser().parse(markdown)
    lines = markdown.split("\n")
    found = []
    for index, token in enumerate(tokens):
        if token.type != "table_open":
            continue
        assert token.map is not None
        start, end = token.map
        raw = [split_row(line) for line in lines[start:end]]
        counts = []
        cells = 0
        for inner in tokens[index + 1 :]:
            if inner.type in ("th_open", "td_open"):
                cells += 1
            elif inner.type == "tr_close":
                counts.append(cells)
                cells = 0
            elif inner.type == "table_close":
                break
        found.append(Table(header=raw[0], rows=[raw[0], *raw[2:]], token_rows=counts))
    return found


def html_tokens(markdown: str) -> list[Token]:
    return [token for token in walk(parser().parse(markdown)) if token.type in ("html_inline", "html_block")]


def link_targets(markdown: str) -> list[str]:
    return [str(token.attrs["href"]) for token in walk(parser().parse(markdown)) if token.type == "link_open"]


def images(markdown: str) -> list[Token]:
    return [token for token in walk(parser().parse(markdown)) if token.type == "image"]


def assert_tables_well_formed(markdown: str) -> None:
    for table in tables(markdown):
        width = len(table.header)
        for row in table.rows:
            assert len(row) == width, f"row {row} has {len(row)} cells, header {width}"
        assert all(count == width for count in table.token_rows), table.token_rows
        assert len(table.token_rows) == len(table.rows)


def inline_text(markdown: str) -> str:
    """The text content of the inline tokens, as a reader sees it (code spans included)."""
    parts = []
    for token in walk(parser().parse(markdown)):
        if token.type in ("text", "code_inline"):
            parts.append(token.content)
        elif token.type == "softbreak":
            parts.append("\n")
    return "".join(parts)
