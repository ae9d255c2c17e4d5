"""Escaping text from claims and sources for table cells, block quotes, link text and paragraphs."""

from __future__ import annotations

import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.report import escape
from tests.report.markdown_structure import (
    HOSTILE_TEXTS,
    assert_tables_well_formed,
    html_tokens,
    images,
    inline_text,
    link_targets,
    parser,
    tables,
)

FUZZ_EXAMPLES = int(os.environ.get("CLAIMCHECK_FUZZ_EXAMPLES", "200"))
MARKDOWN_ALPHABET = "|\\`*_[]<>&#;:/()!-+=.~$@\"' \n\r\t0123456789abcdehjlmnpstwxöß„“–\u2028\x00"


def table_with(text: str) -> str:
    header = ["left", "middle", "right"]
    return "\n".join(escape.table(header, [["a", escape.cell(text), "b"]])) + "\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a|b", "a\\|b"),
        ("<script>", "&lt;script&gt;"),
        ("[x](javascript:alert(1))", "\\[x\\](javascript:alert(1))"),
        ("# heading", "\\# heading"),
        ("- item", "\\- item"),
        ("+ item", "\\+ item"),
        ("1. item", "1\\. item"),
        ("2024) item", "2024\\) item"),
        ("> 60 projects", "&gt; 60 projects"),
        ("AT&T &amp; & x", "AT&amp;T &amp;amp; & x"),
        ("*a* _b_ ~c~ $d$", "\\*a\\* \\_b\\_ \\~c\\~ \\$d\\$"),
        ("`x`", "\\`x\\`"),
        ("back\\slash", "back\\\\slash"),
        ("one\ntwo\r\n  three\u2028four", "one two three four"),
        ("  padded  ", "padded"),
        ("see https://x.example and WWW.y.example", "see https\\://x.example and WWW\\.y.example"),
        ("Über 60 laufende Projekte", "Über 60 laufende Projekte"),
    ],
)
def test_inline_escapes(text: str, expected: str) -> None:
    assert escape.inline(text) == expected


@pytest.mark.parametrize("text", HOSTILE_TEXTS)
def test_inline_renders_as_the_text_itself(text: str) -> None:
    markdown = f"Before {escape.inline(text)} after\n"
    assert not html_tokens(markdown)
    assert not link_targets(markdown)
    assert not images(markdown)
    assert inline_text(markdown) == f"Before {escape.plain(text)} after"


@pytest.mark.parametrize("text", HOSTILE_TEXTS)
def test_a_hostile_cell_keeps_its_row_intact(text: str) -> None:
    markdown = table_with(text)
    assert_tables_well_formed(markdown)
    assert not html_tokens(markdown)
    assert not link_targets(markdown)
    assert inline_text(markdown) == "leftmiddlerighta" + escape.plain(text) + "b"


@pytest.mark.parametrize("text", HOSTILE_TEXTS)
def test_a_hostile_block_quote_stays_one_quote(text: str) -> None:
    tokens = parser().parse(escape.block_quote(text) + "\n")
    kinds = [token.type for token in tokens]
    if escape.plain(text):
        assert kinds == ["blockquote_open", "paragraph_open", "inline", "paragraph_close", "blockquote_close"]
    assert not html_tokens(escape.block_quote(text))


@pytest.mark.parametrize("text", HOSTILE_TEXTS)
def test_a_hostile_heading_stays_a_heading_with_its_text(text: str) -> None:
    markdown = f"### {escape.inline(text)}\n"
    tokens = parser().parse(markdown)
    assert [token.type for token in tokens] == ["heading_open", "inline", "heading_close"]
    assert inline_text(markdown) == escape.plain(text)


@pytest.mark.parametrize("text", HOSTILE_TEXTS)
def test_hostile_link_text_makes_one_link_to_our_target(text: str) -> None:
    markdown = escape.link(text, "../sources/x.md") + "\n"
    assert link_targets(markdown) == ["../sources/x.md"]
    assert not html_tokens(markdown)


def test_link_destinations_cannot_break_out() -> None:
    url = "https://example.org/a b(c)|d\"e'f<g>`h%zz%20ü"
    target = escape.destination(url)
    assert target == "https://example.org/a%20b%28c%29%7Cd%22e%27f%3Cg%3E%60h%25zz%20%C3%BC"
    cells = escape.table(["link", "x"], [[escape.link("page", url), "y"]])
    markdown = "\n".join(cells) + "\n"
    assert_tables_well_formed(markdown)
    assert link_targets(markdown) == [target]


def test_only_web_urls_are_linked() -> None:
    assert escape.web_url("https://example.org/x") == "https://example.org/x"
    assert escape.web_url("HTTP://example.org") == "HTTP://example.org"
    assert escape.web_url("javascript:alert(1)") is None
    assert escape.web_url("file:///etc/passwd") is None
    assert escape.web_url(None) is None


def test_code_spans_only_hold_id_shaped_text() -> None:
    assert escape.code("cn-ru/joint-projects/count") == "`cn-ru/joint-projects/count`"
    assert escape.code("a`b|c") == "a\\`b\\|c"


def test_messages_keep_code_spans_and_escape_the_rest() -> None:
    text = "`a-b` (> 60 | x) vs `c` (<b>`<i>code</i>`)"
    assert escape.message(text) == "`a-b` (&gt; 60 \\| x) vs `c` (&lt;b&gt;`<i>code</i>`)"
    assert escape.message("- `x` leads") == "\\- `x` leads"
    assert escape.message("`a|b` stays text") == "\\`a\\|b\\` stays text"
    assert escape.message("` ` too") == "\\` \\` too"


@pytest.mark.parametrize("text", HOSTILE_TEXTS)
def test_hostile_messages_render_as_their_text(text: str) -> None:
    markdown = "\n".join(escape.table(["message"], [[escape.message(text)]])) + "\n"
    assert_tables_well_formed(markdown)
    assert not html_tokens(markdown)
    assert not link_targets(markdown)


def test_table_rejects_rows_of_the_wrong_width() -> None:
    with pytest.raises(ValueError):
        escape.table(["a", "b"], [["1"]])


def test_right_aligned_columns() -> None:
    lines = escape.table(["check", "n"], [["x", "1"]], align="lr")
    assert lines[1] == "| --- | ---: |"
    assert tables("\n".join(lines) + "\n")[0].header == ["check", "n"]


@settings(max_examples=FUZZ_EXAMPLES, deadline=None)
@given(st.one_of(st.text(), st.text(alphabet=MARKDOWN_ALPHABET)))
def test_property_any_text_in_a_cell_keeps_the_row_and_its_text(text: str) -> None:
    markdown = table_with(text)
    assert_tables_well_formed(markdown)
    assert len(tables(markdown)) == 1
    assert not html_tokens(markdown)
    assert not link_targets(markdown)
    assert inline_text(markdown) == "leftmiddlerighta" + escape.plain(text) + "b"


@settings(max_examples=FUZZ_EXAMPLES, deadline=None)
@given(st.one_of(st.text(), st.text(alphabet=MARKDOWN_ALPHABET)))
def test_property_any_text_in_a_block_quote_is_one_quote_of_that_text(text: str) -> None:
    markdown = escape.block_quote(text) + "\n"
    assert not html_tokens(markdown)
    assert not link_targets(markdown)
    assert inline_text(markdown) == escape.plain(text)
    if escape.plain(text):
        assert parser().parse(markdown)[0].type == "blockquote_open"
