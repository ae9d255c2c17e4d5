"""Turn pydantic validation errors into `invalid-entry` findings that say what is wrong and how to fix it."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from pydantic import ValidationError

from claimcheck.findings import Finding, Location, Severity
from claimcheck.suggest import did_you_mean
from claimcheck.yaml_positions import MappingPositions

INVALID_ENTRY = "invalid-entry"

_TYPE_NAMES = {
    str: "text",
    int: "a number",
    float: "a number",
    bool: "true/false",
    list: "a list",
    dict: "a mapping",
    type(None): "null",
}


def describe_type(value: Any) -> str:
    return _TYPE_NAMES.get(type(value), type(value).__name__)


def findings_from_validation(
    error: ValidationError,
    data: dict[str, Any],
    positions: MappingPositions,
    path: str,
    known_fields: Sequence[str],
    entry_id: str | None,
    what: str,
) -> Iterator[Finding]:
    """One finding per distinct field error, located at the field (or the entry for a missing one)."""
    seen: set[str] = set()
    for item in error.errors():
        loc = item["loc"]
        field = str(loc[0]) if loc else None
        if field in seen:
            continue  # a union type reports one error per alternative: keep the first
        seen.add(field or "")
        kind = item["type"]
        hint: str | None
        if kind == "extra_forbidden":
            message = f"unknown key `{field}` in {what}"
            hint = did_you_mean(field or "", known_fields)
            line, column = positions.keys.get(field or "", positions.start)
        elif kind == "missing":
            message = f"{what} has no `{field}`"
            hint = f"add `{field}: …` to the entry"
            line, column = positions.start
        else:
            value = data.get(field) if field else None
            message = f"`{'.'.join(str(p) for p in loc)}`: {_reason(item, value)}"
            hint = _hint(field)
            line, column = positions.of(field)
        yield Finding(
            check=INVALID_ENTRY,
            severity=Severity.ERROR,
            message=message,
            location=Location(path, line, column),
            claim_ids=(entry_id,) if entry_id else (),
            field=field,
            hint=hint,
        )


def _reason(item: Any, value: Any) -> str:
    kind = item["type"]
    if kind in ("string_type", "string_too_short") and value is not None and not isinstance(value, str):
        return f"must be text, not {describe_type(value)}"
    if kind == "string_too_short":
        return "must not be empty"
    if kind == "list_type":
        return f"must be a list, not {describe_type(value)}"
    if kind == "literal_error":
        expected = item.get("ctx", {}).get("expected", "")
        return f"must be one of {expected}"
    if kind == "value_error":
        return str(item["msg"]).removeprefix("Value error, ")
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        return f"must be a name or a mapping with name, role, org — not {describe_type(value)}"
    return str(item["msg"])


_HINTS = {
    "id": "use lowercase letters, digits and '-', e.g. `putin-largest-exercise`",
    "about": "use a path-like key, e.g. `cn-ru/joint-projects/count`",
    "when": "write 2026, 2026-01, 2026-01-15 or 2025-10/2025-12",
    "published": "write 2026, 2026-01, 2026-01-15 or 2025-10/2025-12",
    "retrieved": "write 2026, 2026-01, 2026-01-15",
    "confidence": "write high, medium, low or a number between 0 and 1",
    "said_by": "write a name, or {name: …, role: …, org: …}",
    "via": "write a list of names, e.g. [Interfax]",
    "tags": "write a list of words, e.g. [military]",
    "stance": "write asserts or denies",
    "rank": "write normal, preferred or deprecated",
    "url": "write the address with http(s)://, or null when it is not known",
    "sha256": "64 hex digits: the SHA-256 of the body (the text after the front matter)",
}


def _hint(field: str | None) -> str | None:
    return _HINTS.get(field or "")
