"""Parse YAML with libyaml (C) and keep the line:column of every list item and mapping key."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

try:  # the C loader is ~10x faster; fall back to pure Python where libyaml is missing
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on the PyYAML build
    _Loader = yaml.SafeLoader

Position = tuple[int, int]  # 1-based line, 1-based column


class YamlError(Exception):
    """A YAML document that cannot be read, with the 1-based position of the problem."""

    def __init__(self, message: str, line: int, column: int, hint: str) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column
        self.hint = hint


@dataclass
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
    for key_node, value_node in node.value:
        if not isinstance(key_node, yaml.ScalarNode):
            continue
        key = str(key_node.value)
        key_pos = _pos(key_node.start_mark, line_offset)
        if key in positions.keys:
            positions.repeated_keys.append((key, key_pos))
        positions.keys[key] = key_pos
        positions.values[key] = _pos(value_node.start_mark, line_offset)
    return positions


def parse_yaml(text: str, line_offset: int = 0) -> ParsedYaml:
    """Parse one YAML document; raise `YamlError` with a position on any problem.

    Only standard YAML types are built (safe loading): custom tags such as `!!python/object`
    are refused, never constructed.
    """
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return ParsedYaml(data=None, start=(1 + line_offset, 1))
        data = loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = _pos(mark, line_offset) if mark else (1 + line_offset, 1)
        problem = exc.problem or exc.context or "invalid YAML"
        if exc.context and exc.context_mark and exc.problem:
            # "while scanning a quoted scalar" at the line it began: where the mistake usually is.
            began = _pos(exc.context_mark, line_offset)
            problem = f"{problem} ({exc.context} that began at line {began[0]}, column {began[1]})"
        hint = "fix the YAML syntax"
        if "could not determine a constructor" in str(problem) or "tag" in str(problem):
            hint = "remove the custom tag; only plain YAML values are allowed"
        if "\\t" in str(problem) or "tab" in str(problem):
            hint = "indent with spaces, not tabs"
        raise YamlError(f"YAML syntax error: {problem}", line, column, hint) from None
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
