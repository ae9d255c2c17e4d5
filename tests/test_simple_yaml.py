"""The libyaml-free reader of plain claims and front matter agrees with libyaml wherever it answers."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.simple_yaml import read_list_item, read_mapping
from claimcheck.yaml_positions import YamlError, parse_yaml

_CHARS = st.sampled_from(
    [*"abz AZ09-_.:,#'\"\\/[]{}!&*%@`|>?~=<é€😀", *"\u2028\x85\t\r\x00", "\\n", "\\x41", "\\u00e9"]
)
_TRICKY_PLAIN = st.sampled_from(
    [
        "yes",
        "No",
        "null",
        "~",
        "2026-01-01",
        "2026-02-30",
        "2026-01-01 10:00:00",
        "1_000",
        "0x1F",
        "1:30",
        "0o7",
        "017",
        ".5",
        "+1",
        "-1",
        "1e3",
        "1.0e+3",
        "<<",
        "=",
        ".nan",
        "-.inf",
        "True",
        "a: b",
        "a:b",
        "a #b",
        "a#b",
        "x:",
        "-x",
        "- x",
        "?x",
        "http://example.org/a?b=c#d",
        "It's",
        'say "hi"',
        "a [b] {c}",
        "",
    ]
)
_SAFE_CHARS = st.sampled_from([*"abz AZ09-_.:,#'\"\\/[]{}?é€😀", "\\n", "\\u00e9"])
_TEXT = st.one_of(st.lists(_SAFE_CHARS, max_size=12), st.lists(_CHARS, max_size=12)).map("".join)


def _scalar() -> st.SearchStrategy[str]:
    return st.one_of(
        _TEXT.map(lambda text: f'"{text}"'),
        _TEXT.map(lambda text: f"'{text}'"),
        _TEXT,
        _TRICKY_PLAIN,
        _TRICKY_PLAIN.map(lambda text: f'"{text}"'),
    )


def _flow() -> st.SearchStrategy[str]:
    items = st.lists(_scalar(), max_size=3)
    keys = st.sampled_from(["name", "role", "org", "yes", "a b", "x"])
    spaces = st.sampled_from(["", " ", "  "])
    sequence = st.tuples(items, spaces, st.sampled_from([",", ", ", " ,"])).map(
        lambda parts: f"[{parts[1]}{parts[2].join(parts[0])}{parts[1]}]"
    )
    mapping = st.lists(st.tuples(keys, _scalar()), max_size=3).map(
        lambda pairs: "{" + ", ".join(f"{key}: {value}" for key, value in pairs) + "}"
    )
    return st.one_of(
        sequence,
        mapping,
        st.sampled_from(["[]", "{}", "[a, ]", "[[a]]", "{a: [b]}", "[a: b]", "[", "[a,", "{a: ", "{a:"]),
    )


_VALUE = st.one_of(_scalar(), _flow())
_AFTER = st.sampled_from(["", " ", "  # note", "# not a comment", " #", "  x"])
_KEY = st.sampled_from(["id", "source", "quote", "claim", "when", "tags", "said_by", "yes", "Null", "k_2"])
_EXTRA_LINE = st.sampled_from(
    ["", "   ", "# comment", "  # comment", "    # deeper", "    continued", " one", "\t"]
)


@st.composite
def _mapping_lines(draw: Any, indent: int) -> list[str]:
    lines = []
    for _ in range(draw(st.integers(1, 5))):
        key, value, after = draw(_KEY), draw(_VALUE), draw(_AFTER)
        separator = draw(st.sampled_from([": ", ":  ", ":", ": \n" + " " * (indent + 2)]))
        lines.append(f"{' ' * indent}{key}{separator}{value}{after}")
        if draw(st.integers(0, 4)) == 0:
            lines.append(draw(_EXTRA_LINE))
    return lines


def _same(a: Any, b: Any) -> bool:
    """Equal, and of the same types all the way down (1 == True == 1.0 is not enough)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(a[key], b[key]) for key in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, float) and a != a:
        return b != b
    return bool(a == b)


@settings(max_examples=1500, deadline=None)
@given(_mapping_lines(2), st.integers(0, 50), st.sampled_from(["- ", "-  "]), st.booleans())
def test_a_list_item_reads_as_libyaml_reads_it(
    lines: list[str], offset: int, dash: str, newline: bool
) -> None:
    indent = len(dash)
    lines[0] = dash + lines[0][2:] if indent == 2 else dash + lines[0][2:].replace("\n  ", "\n   ")
    if indent == 3:
        lines = [lines[0]] + [(" " + line if line.startswith("  ") else line) for line in lines[1:]]
    text = "\n".join(lines) + ("\n" if newline else "")
    simple = read_list_item(text, offset)
    if simple is None:
        return
    try:
        parsed = parse_yaml(text, line_offset=offset)
    except YamlError as exc:
        raise AssertionError(f"read {simple[0]!r} where libyaml says {exc.message}") from None
    assert isinstance(parsed.data, list) and len(parsed.data) == 1
    assert _same(simple[0], parsed.data[0])
    assert simple[1] == parsed.mappings[0]
    assert simple[1].start == parsed.items[0]


@settings(max_examples=800, deadline=None)
@given(_mapping_lines(0), st.sampled_from(["", "\n", "# lead\n\n"]))
def test_front_matter_reads_as_libyaml_reads_it(lines: list[str], lead: str) -> None:
    text = lead + "\n".join(lines) + "\n"
    simple = read_mapping(text, 1)
    if simple is None:
        return
    parsed = parse_yaml(text, line_offset=1)
    assert _same(simple[0], parsed.data)
    assert simple[1] == parsed.top


def test_the_usual_claim_is_read_without_libyaml() -> None:
    text = (
        '- id: "a-1"\n  source: "s"   # where\n  when: 2026-01-15\n  confidence: 0.5\n'
        '  said_by: {name: "Ana", role: minister}\n  tags: ["x", y]\n\n# next\n'
    )
    simple = read_list_item(text, 3)
    assert simple is not None
    data, positions = simple
    assert data == {
        "id": "a-1",
        "source": "s",
        "when": dt.date(2026, 1, 15),
        "confidence": 0.5,
        "said_by": {"name": "Ana", "role": "minister"},
        "tags": ["x", "y"],
    }
    assert positions == parse_yaml(text, line_offset=3).mappings[0]


def test_what_it_does_not_know_is_left_to_libyaml() -> None:
    for text in (
        '- id: "a\n    b"\n',  # a quoted text over two lines
        "- id: a\n  quote: |\n    text\n",  # a block scalar
        "- id: &x a\n",  # an anchor
        "- id: !!str a\n",  # a tag
        '- id: "\\q"\n',  # an escape YAML does not have
        "- id: a\n\tquote: b\n",  # a tab
        "- id: a\n  said_by:\n    name: b\n",  # a nested block mapping
    ):
        assert read_list_item(text, 0) is None, text
