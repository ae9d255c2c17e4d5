"""Mermaid labels cannot end their string, open a directive or inject syntax; flowcharts are well formed."""

from __future__ import annotations

import html
import os
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.report.mermaid import MAX_LABEL, Edge, Node, Shape, fenced, flowchart, label
from tests.report.markdown_structure import HOSTILE_TEXTS, parser

FUZZ_EXAMPLES = int(os.environ.get("CLAIMCHECK_FUZZ_EXAMPLES", "200"))
_ENTITY_CODE = re.compile(r"#(\w+);")
_NODE_LINE = re.compile(r'  [a-z][a-z0-9]*(?:\(\[|\[|\()"[^"]*"(?:\]\)|\]|\))')
_EDGE_LINE = re.compile(r"  [a-z][a-z0-9]* -->(?:\|\d+\|)? [a-z][a-z0-9]*")
_NEVER_RAW = set('"[]<>{}()|;:%`\\&\n\r')


def decode(text: str) -> str:
    """What Mermaid shows for a label: entity codes decoded (`#quot;` named, `#35;` decimal)."""

    def one(match: re.Match[str]) -> str:
        code = match.group(1)
        return chr(int(code)) if code.isdigit() else html.unescape(f"&{code};")

    return _ENTITY_CODE.sub(one, text)


def assert_label_is_inert(text: str) -> None:
    encoded = label(text, max_length=10_000)
    outside_codes = _ENTITY_CODE.sub("", encoded)
    assert not ((_NEVER_RAW | {"#"}) & set(outside_codes)), encoded
    assert decode(encoded) == " ".join(text.split()).strip() or not text.strip()


@pytest.mark.parametrize(
    ("text", "encoded"),
    [
        ('Say "hi"', "Say #quot;hi#quot;"),
        ('"]-->x[', "#quot;#93;--#gt;x#91;"),
        ("#quot;", "#35;quot#59;"),
        ("a<b>c", "a#lt;b#gt;c"),
        ("`md`", "#96;md#96;"),
        ("%%{init: {}}%%", "#37;#37;#123;init#58; #123;#125;#125;#37;#37;"),
        ("Deutsche Welle", "Deutsche Welle"),
        ("Wladimir\nPutin", "Wladimir Putin"),
    ],
)
def test_labels_use_mermaid_entity_codes(text: str, encoded: str) -> None:
    assert label(text) == encoded


@pytest.mark.parametrize("text", HOSTILE_TEXTS)
def test_hostile_labels_are_inert(text: str) -> None:
    assert_label_is_inert(text.replace("\x00", "").replace("\x1b", ""))


def test_long_labels_are_shortened() -> None:
    assert label("x" * 200) == "x" * (MAX_LABEL - 1) + "…"


def test_flowchart_lines() -> None:
    nodes = [
        Node("o1", 'dpa "Deutsche Presse-Agentur"', Shape.STADIUM),
        Node("r1", "Le Monde"),
        Node("p1", "Deutsche Welle", Shape.ROUND),
    ]
    lines = flowchart(nodes, [Edge("o1", "r1"), Edge("r1", "p1", count=3)])
    assert lines == [
        "flowchart LR",
        '  o1(["dpa #quot;Deutsche Presse-Agentur#quot;"])',
        '  r1["Le Monde"]',
        '  p1("Deutsche Welle")',
        "  o1 --> r1",
        "  r1 -->|3| p1",
    ]


def test_node_ids_are_ours() -> None:
    with pytest.raises(ValueError):
        flowchart([Node('x"]', "a")], [])
    with pytest.raises(ValueError):
        flowchart([Node("o1", "a")], [Edge("o1", "o2")])


@pytest.mark.parametrize("text", HOSTILE_TEXTS)
def test_a_fenced_diagram_with_hostile_labels_stays_one_code_block(text: str) -> None:
    nodes = [Node("o1", text, Shape.STADIUM), Node("p1", text, Shape.ROUND)]
    lines = fenced(flowchart(nodes, [Edge("o1", "p1")]))
    tokens = parser().parse("\n".join(lines) + "\n")
    assert [token.type for token in tokens] == ["fence"]
    assert tokens[0].info == "mermaid"
    body = tokens[0].content.splitlines()
    assert body[0] == "flowchart LR"
    assert all(_NODE_LINE.fullmatch(line) for line in body[1:3]), body
    assert _EDGE_LINE.fullmatch(body[3])


@settings(max_examples=FUZZ_EXAMPLES, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc"))))
def test_property_any_label_is_inert_and_reads_back(text: str) -> None:
    assert_label_is_inert(text)
