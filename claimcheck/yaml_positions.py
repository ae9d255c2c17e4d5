"""Parse YAML with libyaml (C) and keep the line:column of every list item and mapping key."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import accumulate, count
from operator import sub
from typing import Any

import yaml

try:  # the C loader is ~10x faster; fall back to pure Python where libyaml is missing
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on the PyYAML build
    _Loader = yaml.SafeLoader

Position = tuple[int, int]  # 1-based line, 1-based column

# Claims need four levels (list → claim → said_by/review → field). libyaml's composer recurses in C
# and crashes the interpreter at ~20,000 levels, so deeper documents are refused before composing.
MAX_DEPTH = 64

_TAG = "tag:yaml.org,2002:"
_STR, _SEQ, _MAP, _MERGE = f"{_TAG}str", f"{_TAG}seq", f"{_TAG}map", f"{_TAG}merge"
# The scalar types plain YAML gives (besides text); anything else (`!!binary`, `!!python/…`,
# `!custom`) is refused, never constructed.
_SCALAR_TAGS = frozenset(f"{_TAG}{name}" for name in ("null", "bool", "int", "float", "timestamp"))
_INTERNED_LENGTH = 64
_ALIAS_NAME = re.compile(r"\*[^\s,\[\]{}]+")
_TAB_ONLY_LINE = re.compile(r"^[ \t]*\t[ \t]*(?=\r?$)", re.MULTILINE)
_CUSTOM_TAG_HINT = "remove the custom tag; only plain YAML values are allowed"
_ALIAS_HINT = "write the value out where it is used; `&anchor` and `*alias` are not read"


class YamlError(Exception):
    """A YAML document that cannot be read, with the 1-based position of the problem."""

    def __init__(self, message: str, line: int, column: int, hint: str) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column
        self.hint = hint


@dataclass(slots=True, eq=False)
class MappingPositions:
    """Where a mapping starts, where each of its keys and values stand, and keys written twice."""

    start: Position
    keys: dict[str, Position] = field(default_factory=dict)
    values: dict[str, Position] = field(default_factory=dict)
    repeated_keys: list[tuple[str, Position]] = field(default_factory=list)

    def of(self, key: str | None) -> Position:
        """The position of a key's value (or the key, or the mapping) for a message about it."""
        if key is None:
            return self.start
        return self.values.get(key) or self.keys.get(key) or self.start

    # Through the accessors, so that the lazy kinds below (and the cache's) equal the plain one.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, MappingPositions):
            return NotImplemented
        mine = (self.start, self.keys, self.values, self.repeated_keys)
        return mine == (other.start, other.keys, other.values, other.repeated_keys)

    __hash__ = None  # type: ignore[assignment]


class LinePositions(MappingPositions):
    """The positions of an entry written on one line (JSON Lines): every key at the line's start.

    A million such entries would otherwise hold a million dictionaries of keys; this holds the
    line and the (shared) tuple of key names, and makes the dictionaries only when asked.
    """

    __slots__ = ("_names",)

    def __init__(self, line: int, names: tuple[str, ...]) -> None:  # no super(): no dicts
        self.start = (line, 1)
        self._names = names

    def _get_keys(self) -> dict[str, Position]:
        return dict.fromkeys(self._names, self.start)

    def _no_values(self) -> dict[str, Position]:
        return {}

    def _no_repeats(self) -> list[tuple[str, Position]]:
        return []  # JSON decoding keeps the last of repeated keys, as it always did here

    keys = property(_get_keys)
    values = property(_no_values)
    repeated_keys = property(_no_repeats)

    def of(self, key: str | None) -> Position:
        return self.start

    def __reduce__(self) -> tuple[Any, ...]:
        return (LinePositions, (self.start[0], self._names))


@dataclass
class ParsedYaml:
    """A YAML document: its data, and positions of its top-level items (a list or a mapping)."""

    data: Any
    start: Position
    items: list[Position] = field(default_factory=list)  # for a top-level sequence
    mappings: list[MappingPositions | None] = field(default_factory=list)  # one per item (None: not a map)
    top: MappingPositions | None = None  # for a top-level mapping


def _pos(mark: Any, line_offset: int) -> Position:
    return (mark.line + 1 + line_offset, mark.column + 1)


def _mapping_positions(node: yaml.MappingNode, line_offset: int) -> MappingPositions:
    positions = MappingPositions(start=_pos(node.start_mark, line_offset))
    keys, values = positions.keys, positions.values
    base = line_offset + 1
    for key_node, value_node in node.value:
        if not isinstance(key_node, yaml.ScalarNode):
            continue
        # Field names repeat in every entry: one shared string each (a big file has 100,000s).
        key = sys.intern(str(key_node.value))
        mark = key_node.start_mark
        key_pos = (mark.line + base, mark.column + 1)
        if key in keys:
            positions.repeated_keys.append((key, key_pos))
        keys[key] = key_pos
        mark = value_node.start_mark
        values[key] = (mark.line + base, mark.column + 1)
    return positions


def parse_yaml(text: str, line_offset: int = 0, *, depth_checked: bool = False) -> ParsedYaml:
    """Parse one YAML document; raise `YamlError` with a position on any problem.

    Only plain YAML values are built: text, numbers, true/false, null, dates, lists and mappings.
    Custom tags such as `!!python/object` are refused, never constructed; aliases (`*name`) are
    refused, so a few lines can never expand into billions of entries ("billion laughs"); nesting
    deeper than `MAX_DEPTH` is refused before libyaml sees it (`depth_checked`: `might_nest_deeply`
    said no for a text this one is part of).
    """
    if "\t" in text:
        # libyaml refuses a line holding only whitespace with a tab in it (an editor's leftover);
        # such a line means an empty line wherever YAML allows one, so it becomes one.
        text = _TAB_ONLY_LINE.sub("", text)
    if not depth_checked:
        _refuse_deep_nesting(text, line_offset)
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return ParsedYaml(data=None, start=(1 + line_offset, 1))
        data = _Builder(loader, text, line_offset).build(node)
    except yaml.MarkedYAMLError as exc:
        raise _describe(exc, text, line_offset) from None
    except yaml.reader.ReaderError as exc:
        raise _describe_character(exc, text, line_offset) from None
    except yaml.YAMLError as exc:
        raise YamlError(f"YAML error: {exc}", 1 + line_offset, 1, "fix the YAML syntax") from None
    except RecursionError:
        raise YamlError(
            "YAML nested too deeply", 1 + line_offset, 1, "claims are flat mappings; remove the nesting"
        ) from None
    finally:
        loader.dispose()
    parsed = ParsedYaml(data=data, start=_pos(node.start_mark, line_offset))
    if isinstance(node, yaml.SequenceNode):
        for item in node.value:
            parsed.items.append(_pos(item.start_mark, line_offset))
            parsed.mappings.append(
                _mapping_positions(item, line_offset) if isinstance(item, yaml.MappingNode) else None
            )
    elif isinstance(node, yaml.MappingNode):
        parsed.top = _mapping_positions(node, line_offset)
    return parsed


def _describe(exc: yaml.MarkedYAMLError, text: str, line_offset: int) -> YamlError:
    mark = exc.problem_mark or exc.context_mark
    line, column = _pos(mark, line_offset) if mark else (1 + line_offset, 1)
    problem = exc.problem or exc.context or "invalid YAML"
    if "found undefined alias" in problem:
        # An alias to an anchor in another list item (each item is read on its own), or to none.
        name = _ALIAS_NAME.match(text, mark.index) if mark and mark.index < len(text) else None
        shown = f"`{name.group()}`" if name else ""
        return YamlError(f"YAML alias {shown} is not allowed".replace("  ", " "), line, column, _ALIAS_HINT)
    if exc.context and exc.context_mark and exc.problem:
        # "while scanning a quoted scalar" at the line it began: where the mistake usually is.
        began = _pos(exc.context_mark, line_offset)
        problem = f"{problem} ({exc.context} that began at line {began[0]}, column {began[1]})"
    hint = "fix the YAML syntax"
    if "could not determine a constructor" in str(problem) or "tag" in str(problem):
        hint = _CUSTOM_TAG_HINT
    if "\\t" in str(problem) or "tab" in str(problem):
        hint = "indent with spaces, not tabs"
    return YamlError(f"YAML syntax error: {problem}", line, column, hint)


def _describe_character(exc: yaml.reader.ReaderError, text: str, line_offset: int) -> YamlError:
    """libyaml refuses control characters; it gives a byte offset into the UTF-8 text."""
    data = text.encode("utf-8", "surrogatepass")
    offset = min(max(exc.position, 0), len(data))
    line_start = data.rfind(b"\n", 0, offset) + 1
    line = data.count(b"\n", 0, offset) + 1 + line_offset
    column = len(data[line_start:offset].decode("utf-8", "replace")) + 1
    character = exc.character if isinstance(exc.character, int) else ord(str(exc.character)[:1] or "?")
    escape = f"\\x{character:02x}" if character < 0x100 else f"\\u{character:04x}"
    return YamlError(
        f"character U+{character:04X} is not allowed in YAML ({exc.reason})",
        line,
        column,
        f"remove it, or write it as the escape {escape} inside double quotes",
    )


class _Builder:
    """Build Python values from a composed node tree, refusing what plain claims never need."""

    def __init__(self, loader: Any, text: str, line_offset: int) -> None:
        self.loader = loader
        self.text = text
        self.line_offset = line_offset
        self.seen: set[int] = set()

    def build(self, node: yaml.Node) -> Any:
        if id(node) in self.seen:
            # libyaml hands an alias back as the very node it names: met twice means `*name`.
            raise self._alias_error()
        self.seen.add(id(node))
        if isinstance(node, yaml.ScalarNode):
            return self._scalar(node)
        if isinstance(node, yaml.SequenceNode):
            if node.tag != _SEQ:
                raise self._tag_error(node)
            return [self.build(item) for item in node.value]
        if node.tag != _MAP:
            raise self._tag_error(node)
        mapping: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == _MERGE:
                line, column = _pos(key_node.start_mark, self.line_offset)
                raise YamlError(
                    "YAML merge keys (`<<`) are not allowed", line, column, "write the fields out"
                )
            if not isinstance(key_node, yaml.ScalarNode):
                line, column = _pos(key_node.start_mark, self.line_offset)
                raise YamlError(
                    "a key must be plain text, not a list or mapping", line, column, "write `key: value`"
                )
            # Keys are field names: `yes:` or `1:` stay the text written (an unknown key, with a
            # suggestion), not YAML 1.1's true or 1.
            key = self._key(key_node)
            mapping[key] = self.build(value_node)
        return mapping

    def _key(self, node: yaml.ScalarNode) -> str:
        if id(node) in self.seen:
            raise self._alias_error()
        self.seen.add(id(node))
        if node.tag != _STR and not self._implicit(node):
            raise self._tag_error(node)  # an explicit tag on a key
        return sys.intern(str(node.value))

    def _implicit(self, node: yaml.ScalarNode) -> bool:
        """Whether a scalar's tag came from how it is written (`12`, `2026-01-01`), not `!!tag`."""
        resolved = self.loader.resolve(yaml.ScalarNode, node.value, (True, False))
        return not node.style and bool(resolved == node.tag)

    def _scalar(self, node: yaml.ScalarNode) -> Any:
        tag = node.tag
        if tag == _STR:
            value = node.value
            # Source ids, names and outlets repeat across entries: share them.
            return sys.intern(value) if len(value) <= _INTERNED_LENGTH else value
        implicit = self._implicit(node)
        if tag not in _SCALAR_TAGS:
            if implicit:
                return node.value  # `=` or `<<` written as a value: YAML 1.1 types nobody means here
            raise self._tag_error(node)
        try:
            return self.loader.yaml_constructors[tag](self.loader, node)
        except Exception as exc:  # ValueError, OverflowError … from int(), date() and friends
            if implicit:
                # `2026-02-30` or a 5,000-digit number only looks like a date or number: it stays
                # text, and the field's own check says what is wrong with it.
                return node.value
            line, column = _pos(node.start_mark, self.line_offset)
            kind = tag.removeprefix(_TAG)
            shown = node.value if len(node.value) <= 40 else node.value[:40] + "…"
            reason = str(exc) if len(str(exc)) <= 80 else str(exc)[:80] + "…"
            raise YamlError(
                f"`{shown}` is not a valid !!{kind} value ({reason})", line, column, _CUSTOM_TAG_HINT
            ) from None

    def _tag_error(self, node: yaml.Node) -> YamlError:
        line, column = _pos(node.start_mark, self.line_offset)
        tag = node.tag.replace(_TAG, "!!") if node.tag else "?"
        return YamlError(f"YAML tag `{tag}` is not allowed", line, column, _CUSTOM_TAG_HINT)

    def _alias_error(self) -> YamlError:
        line, column, name = 1 + self.line_offset, 1, ""
        for event in _events(self.text):
            if isinstance(event, yaml.AliasEvent):
                line, column = _pos(event.start_mark, self.line_offset)
                name = event.anchor or ""
                break
        return YamlError(f"YAML alias `*{name}` is not allowed", line, column, _ALIAS_HINT)


def _events(text: str, loader_type: type | None = None) -> Iterator[Any]:
    loader = (loader_type or _Loader)(text)
    try:
        while loader.check_event():
            yield loader.get_event()
    finally:
        loader.dispose()


# -- nesting --------------------------------------------------------------------------------------

_BRACKETS = b"[]{}"
_NOT_BRACKETS = bytes(byte for byte in range(256) if byte not in _BRACKETS)
# Opening brackets count 2 and closing 0, so that a running sum minus the count so far is the depth.
_BRACKET_WEIGHTS = bytes.maketrans(_BRACKETS, b"\x02\x00\x02\x00")
# Block nesting needs indentation or indicators (`- - -`, `? `, `: `) before a line's content.
_DEEP_LINE_START = re.compile(rf"[ \t?:-]{{{MAX_DEPTH // 2},}}")
_DEEP_AFTER_BREAK = re.compile(rf"\n[ \t?:-]{{{MAX_DEPTH // 2},}}")


def might_nest_deeply(text: str) -> bool:
    """False when `text` surely nests at most `MAX_DEPTH` levels (a cheap bound, no parsing).

    Counts bracket depth ignoring quotes (so it can only overestimate), and looks for lines with
    long runs of indentation or indicators, which deep block nesting needs.
    """
    weights = text.encode("utf-8", "surrogatepass").translate(_BRACKET_WEIGHTS, _NOT_BRACKETS)
    flow_bound = max(map(sub, accumulate(weights), count(1)), default=0)
    if flow_bound > MAX_DEPTH // 2 or _DEEP_LINE_START.match(text):
        return True
    return _DEEP_AFTER_BREAK.search(text) is not None


def _refuse_deep_nesting(text: str, line_offset: int) -> None:
    """Raise `YamlError` where `text` nests deeper than `MAX_DEPTH`, without composing it.

    A cheap bound first (bracket depth, ignoring quoting; long indentation); only text that might
    be deep is walked event by event (libyaml's parser keeps its own stack, so that is safe).
    """
    if not might_nest_deeply(text):
        return
    try:
        _walk_depth(_events(text), line_offset)
    except yaml.YAMLError as error:
        # libyaml ≥ 0.2.6 stops at its own limit (1,000 levels) while scanning ahead, before the
        # events reach ours; PyYAML's pure-Python parser has no such limit and keeps the same
        # position on every libyaml version.
        if "nesting depth" not in str(error):
            return  # a syntax error: composing will report it where it is
        try:
            _walk_depth(_events(text, yaml.SafeLoader), line_offset)
        except yaml.YAMLError:
            return


def _walk_depth(events: Iterator[Any], line_offset: int) -> None:
    """Raise `YamlError` at the first collection that opens deeper than `MAX_DEPTH`."""
    depth = 0
    for event in events:
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                line, column = _pos(event.start_mark, line_offset)
                raise YamlError(
                    f"YAML nested too deeply (more than {MAX_DEPTH} levels)",
                    line,
                    column,
                    "claims are flat mappings; remove the nesting",
                )
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


# -- claims files: one list item at a time --------------------------------------------------------

# Line starts are found as "\n" + pattern (and the text's start on its own): a pattern that begins
# with a literal is searched for in C, where `^` with MULTILINE is tried at every character.
_ITEM_START = re.compile(r"-(?=[ \t\r\n]|\Z)")
_ITEM_START_AFTER_BREAK = re.compile(r"\n-(?=[ \t\r\n]|\Z)")
# At the first column, a plain block list holds only items, comments and blank lines.
_OTHER_AT_LINE_START = re.compile(r"[^\s#-]|-(?![ \t\r\n]|\Z)")
_OTHER_AFTER_BREAK = re.compile(r"\n(?:[^\s#-]|-(?![ \t\r\n]|\Z))")
_BLANK_OR_COMMENTS = re.compile(r"(?:[ \t]*(?:#[^\n]*)?\n)*[ \t]*(?:#[^\n]*)?")
# libyaml counts these as line breaks too (YAML 1.1), so line numbers must count them.
_OTHER_BREAKS = re.compile("\r(?!\n)|[\x85\u2028\u2029]")


def _line_breaks(text: str, start: int, end: int, others: bool) -> int:
    """Line breaks in `text[start:end]` as libyaml counts them (`others`: the text has more than LF)."""
    count = text.count("\n", start, end)
    if others:
        count += sum(1 for _ in _OTHER_BREAKS.finditer(text, start, end))
    return count


@dataclass(frozen=True)
class ItemSpan:
    """One top-level `- ` item of a block list: `text[start:end]`, and the 0-based line it starts on."""

    start: int
    end: int
    line: int


def split_block_list(text: str) -> list[ItemSpan] | None:
    """The items of a YAML list written in block style from the first column, or None.

    A claims file is such a list, so each item can be parsed on its own: memory stays bounded by
    the largest item rather than the file, and a broken item loses only itself. None when the text
    is anything else (a flow list, a mapping, directives or `---`, empty): parse it whole then.
    """
    starts = [0] if _ITEM_START.match(text) else []
    starts += [match.start() + 1 for match in _ITEM_START_AFTER_BREAK.finditer(text)]
    if not starts or _OTHER_AT_LINE_START.match(text) or _OTHER_AFTER_BREAK.search(text):
        return None
    if not _BLANK_OR_COMMENTS.fullmatch(text, 0, starts[0]):
        return None
    spans = []
    others = _OTHER_BREAKS.search(text) is not None
    line = _line_breaks(text, 0, starts[0], others)
    for number, start in enumerate(starts):
        end = starts[number + 1] if number + 1 < len(starts) else len(text)
        spans.append(ItemSpan(start, end, line))
        line += _line_breaks(text, start, end, others)
    return spans


@dataclass(frozen=True)
class ListItem:
    """One item of a claims list read on its own: its value and positions, or the error that lost it."""

    data: Any = None
    start: Position = (1, 1)
    positions: MappingPositions | None = None
    error: YamlError | None = None


# An item cut short at a line starting with "- " inside a quoted text (libyaml reads such a text on)
# is read again together with the items after it, up to this many.
_MAX_JOINED_ITEMS = 8


def parse_block_list(text: str, spans: list[ItemSpan]) -> Iterator[ListItem]:
    """Parse each item of `split_block_list` on its own, yielding every item in order."""
    from claimcheck.simple_yaml import read_list_item  # it builds on this module

    checked = not might_nest_deeply(text)
    index = 0
    while index < len(spans):
        span = spans[index]
        simple = read_list_item(text[span.start : span.end], span.line)
        if simple is not None:  # the plain shape nearly every claim has: no libyaml needed
            data, positions = simple
            yield ListItem(data=data, start=positions.start, positions=positions)
            index += 1
            continue
        joined = 1
        while True:
            end = spans[index + joined - 1].end
            try:
                parsed = parse_yaml(text[span.start : end], line_offset=span.line, depth_checked=checked)
            except YamlError as exc:
                cut_short = exc.line > span.line + _line_breaks(text, span.start, end, True)
                if cut_short and joined < _MAX_JOINED_ITEMS and index + joined < len(spans):
                    joined += 1
                    continue
                if joined > 1:
                    exc = _first_item_error(text, span)
                yield ListItem(start=(span.line + 1, 1), error=exc)
                index += 1
                break
            for position, data, mapping in zip(
                parsed.items, parsed.data or [], parsed.mappings, strict=False
            ):
                yield ListItem(data=data, start=position, positions=mapping)
            index += joined
            break


def _first_item_error(text: str, span: ItemSpan) -> YamlError:
    try:
        parse_yaml(text[span.start : span.end], line_offset=span.line)
    except YamlError as exc:
        return exc
    return YamlError("YAML syntax error", span.line + 1, 1, "fix the YAML syntax")  # pragma: no cover
