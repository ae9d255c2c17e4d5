"""Read the plainest YAML mappings (one `key: value` a line) without libyaml, to the same result.

Composing a claim with libyaml costs ~120 µs (a node and marks for every scalar, each resolved in
Python); 100,000 claims took 12 s that way. Nearly every claim and front matter is written the
same plain way: keys at one indentation, each value on its key's line, quoted, plain, or a flow
list or mapping of such scalars. This reader handles exactly that shape, giving the same data,
the same interned strings and the same positions as `yaml_positions.parse_yaml`; on anything
else (a value over several lines, a tab, an anchor, a tag, an escape it does not know, a syntax
error …) it gives up, returning None, and the caller reads the text with libyaml, which says
precisely what is wrong. tests/test_simple_yaml.py checks it against libyaml on generated text.
"""

from __future__ import annotations

import re
import sys
from typing import Any

import yaml

from claimcheck.yaml_positions import MappingPositions, Position

# What libyaml accepts as text, less what this reader leaves to it: tabs, CR and the other line
# breaks YAML 1.1 knows (NEL, U+2028, U+2029, which would shift line numbers) and byte-order marks.
_PLAIN_TEXT = re.compile(
    "[\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]*"
)
_KEY = re.compile(r"( *)([A-Za-z_][A-Za-z0-9_]*):(?: +|$)")
_FIRST_KEY = re.compile(r"-( +)([A-Za-z_][A-Za-z0-9_]*):(?: +|$)")
# The line nearly every field is written as, read by one match: `key: "text"`, no escapes.
_QUOTED_LINE = re.compile(r'( *)([A-Za-z_][A-Za-z0-9_]*): +"([^"\\]*)" *')
_SKIP = re.compile(r" *(?:#.*)?")  # a blank or comment line
_AFTER_VALUE = re.compile(r"(?: +#.*)? *")  # a comment needs a space before its `#`
_DOUBLE = re.compile(r'"((?:[^"\\]|\\.)*)"')
_SINGLE = re.compile(r"'((?:[^']|'')*)'")
# A plain scalar inside `[…]` or `{…}`: no indicator first, none of `,[]{}:#` within.
_FLOW_PLAIN = re.compile(r"[^\s\-?:,\[\]{}#&*!|>'\"%@`][^,\[\]{}:#]*")
_FLOW_KEY = re.compile(r"([A-Za-z_][A-Za-z0-9_]*): +")
_SPACES = re.compile(r" *")
# Characters a plain value outside brackets may not start with (some only before a space, but
# those few are left to libyaml).
_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`")
_ESCAPE = re.compile(r"\\(?:([0abtnvfre \"/\\N_LP])|x([0-9A-Fa-f]{2})|u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|)")
_ESCAPES = {
    "0": "\0",
    "a": "\a",
    "b": "\b",
    "t": "\t",
    "n": "\n",
    "v": "\v",
    "f": "\f",
    "r": "\r",
    "e": "\x1b",
    " ": " ",
    '"': '"',
    "/": "/",
    "\\": "\\",
    "N": "\x85",
    "_": "\xa0",
    "L": "\u2028",
    "P": "\u2029",
}
_STR = "tag:yaml.org,2002:str"
_SCALAR_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}" for name in ("null", "bool", "int", "float", "timestamp")
)
_INTERNED_LENGTH = 64  # as yaml_positions: short texts (ids, names, outlets) are shared
_RESOLVER = yaml.resolver.Resolver()
_CONSTRUCTOR = yaml.constructor.SafeConstructor()
# YAML 1.1 resolves a plain scalar by its first character: any other first character means text.
_RESOLVABLE_FIRST = frozenset(first for first in _RESOLVER.yaml_implicit_resolvers if first)


class _GiveUp(Exception):
    """The text is not of the plain shape this reader knows: libyaml reads it."""


def _text(value: str) -> str:
    return sys.intern(value) if len(value) <= _INTERNED_LENGTH else value


def _plain(value: str) -> Any:
    """A plain (unquoted) scalar as the libyaml path builds it: resolved by YAML 1.1's rules."""
    if value[0] not in _RESOLVABLE_FIRST:
        return _text(value)
    tag = _RESOLVER.resolve(yaml.ScalarNode, value, (True, False))
    if tag == _STR:
        return _text(value)
    if tag not in _SCALAR_TAGS:
        return value  # `=` or `<<`: kept as the text written
    try:
        return _CONSTRUCTOR.yaml_constructors[tag](_CONSTRUCTOR, yaml.ScalarNode(tag, value))
    except Exception:  # `2026-02-30` only looks like a date: it stays text, as in yaml_positions
        return value


def _unescape(match: re.Match[str]) -> str:
    simple, *codes = match.groups()
    if simple is not None:
        return _ESCAPES[simple]
    for code in codes:
        if code is not None:
            number = int(code, 16)
            if 0xD800 <= number <= 0xDFFF or number > 0x10FFFF:
                raise _GiveUp
            return chr(number)
    raise _GiveUp  # an escape YAML does not have


def _quoted(line: str, index: int) -> tuple[str, int]:
    """The quoted scalar starting at `line[index]`, closed on this line, and where it ends."""
    if line[index] == '"':
        match = _DOUBLE.match(line, index)
        if match is None:
            raise _GiveUp  # unclosed on this line
        content = match.group(1)
        if "\\" in content:
            content = _ESCAPE.sub(_unescape, content)
        return _text(content), match.end()
    match = _SINGLE.match(line, index)
    if match is None:
        raise _GiveUp
    return _text(match.group(1).replace("''", "'")), match.end()


def _flow_scalar(line: str, index: int) -> tuple[Any, int]:
    if index >= len(line):
        raise _GiveUp  # `[` or `{key: ` left open at the end of the line
    if line[index] in "\"'":
        return _quoted(line, index)
    match = _FLOW_PLAIN.match(line, index)
    if match is None:
        raise _GiveUp
    return _plain(match.group().rstrip(" ")), match.end()


def _skip_spaces(line: str, index: int) -> int:
    return _SPACES.match(line, index).end()  # type: ignore[union-attr]  # `*` always matches


def _flow(line: str, index: int) -> tuple[Any, int]:
    """A one-line `[a, "b"]` or `{name: "X", role: Y}` of scalars, and where it ends."""
    closing = "]" if line[index] == "[" else "}"
    items: list[Any] = []
    mapping: dict[str, Any] = {}
    index = _skip_spaces(line, index + 1)
    if line.startswith(closing, index):
        return (items if closing == "]" else mapping), index + 1
    while True:
        if closing == "}":
            match = _FLOW_KEY.match(line, index)
            if match is None:
                raise _GiveUp
            key = sys.intern(match.group(1))
            value, index = _flow_scalar(line, match.end())
            mapping[key] = value
        else:
            value, index = _flow_scalar(line, index)
            items.append(value)
        index = _skip_spaces(line, index)
        if line.startswith(closing, index):
            return (items if closing == "]" else mapping), index + 1
        if not line.startswith(",", index):
            raise _GiveUp
        index = _skip_spaces(line, index + 1)
        if index >= len(line) or line[index] in ",]}":
            raise _GiveUp  # a trailing or doubled comma: libyaml's rules decide


def _value(line: str, index: int) -> Any:
    """The value written from `line[index]` to the end of the line (and a comment)."""
    first = line[index]
    if first in "\"'":
        value, end = _quoted(line, index)
    elif first in "[{":
        value, end = _flow(line, index)
    else:
        if first in _INDICATORS:
            raise _GiveUp
        end = line.find(" #", index)
        text = line[index : end if end >= 0 else len(line)].rstrip(" ")
        if ": " in text or text.endswith(":"):
            raise _GiveUp  # a mapping inside a value: an error libyaml describes
        return _plain(text)
    if not _AFTER_VALUE.fullmatch(line, end):
        raise _GiveUp
    return value


def _mapping(
    lines: list[str], first: int, indent: int, line_offset: int
) -> tuple[dict[str, Any], MappingPositions]:
    """The block mapping whose keys stand at column `indent` on `lines[first:]` (the first one
    already known to hold a key there): its data and positions. Lines are numbered from
    `line_offset` + 1."""
    data: dict[str, Any] = {}
    positions = MappingPositions(start=(first + line_offset + 1, indent + 1))
    keys, values = positions.keys, positions.values
    for number in range(first, len(lines)):
        line = lines[number]
        match = _QUOTED_LINE.fullmatch(line)
        if match is not None and number > first and len(match.group(1)) == indent:
            key = sys.intern(match.group(2))
            text = match.group(3)
            line_number = number + line_offset + 1
            if key in keys:
                positions.repeated_keys.append((key, (line_number, indent + 1)))
            keys[key] = (line_number, indent + 1)
            values[key] = (line_number, match.start(3))  # the opening quote, 1-based
            data[key] = sys.intern(text) if len(text) <= _INTERNED_LENGTH else text
            continue
        if number == first:
            match = _FIRST_KEY.match(line) if line.startswith("-") else _KEY.match(line)
        else:
            match = _KEY.match(line)
            if match is None or len(match.group(1)) != indent:
                if _SKIP.fullmatch(line):
                    continue
                raise _GiveUp  # a value over several lines, another indentation …
        assert match is not None
        start = match.end()
        if start >= len(line):
            raise _GiveUp  # `key:` with the value below it (or none)
        key = sys.intern(match.group(2))
        value = _value(line, start)
        line_number = number + line_offset + 1
        key_position: Position = (line_number, indent + 1)
        if key in keys:
            positions.repeated_keys.append((key, key_position))
        keys[key] = key_position
        values[key] = (line_number, start + 1)
        data[key] = value
    return data, positions


def read_list_item(text: str, line_offset: int) -> tuple[dict[str, Any], MappingPositions] | None:
    """One `- key: value …` item of a claims list (as cut by `split_block_list`), or None when it
    is not of the plain shape: read it with libyaml then."""
    if not _PLAIN_TEXT.fullmatch(text):
        return None
    lines = text.split("\n")
    match = _FIRST_KEY.match(lines[0])
    if match is None:
        return None
    try:
        return _mapping(lines, 0, len(match.group(1)) + 1, line_offset)
    except _GiveUp:
        return None


def read_mapping(text: str, line_offset: int) -> tuple[dict[str, Any], MappingPositions] | None:
    """A top-level block mapping such as a source's front matter, or None when it is not of the
    plain shape (or empty): read it with libyaml then."""
    if not _PLAIN_TEXT.fullmatch(text):
        return None
    lines = text.split("\n")
    first = 0
    while first < len(lines) and _SKIP.fullmatch(lines[first]):
        first += 1
    if first == len(lines) or not _KEY.match(lines[first]) or lines[first].startswith(" "):
        return None
    try:
        return _mapping(lines, first, 0, line_offset)
    except _GiveUp:
        return None
