"""JSON Schemas of claims, source front matter and settings, and docs/format.md, from the pydantic models."""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from claimcheck.claimreview.vocabulary import MAPPING_DOC
from claimcheck.model import ABOUT_PATTERN, DATE_JSON_SCHEMA, ID_PATTERN, SHA256_PATTERN, Claim, SourceMeta
from claimcheck.settings import SettingsFile

JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_KINDS = ("claim", "source", "settings", "all")
FORMAT_DOC = Path("docs/format.md")
EXAMPLE_RETRIEVED = dt.date(
    2026, 1, 16
)  # the sample source's `retrieved` in the docs, fixed for stable output

# The models have no field descriptions; these are their documentation, in the schema and in the docs.
# A test checks that every field of every model has one.
DESCRIPTIONS: dict[str, dict[str, str]] = {
    "Claim": {
        "id": "Unique in the repository: lowercase letters, digits and `-`, starting with a letter or digit.",
        "source": "The id of the source the quote stands in: the name of `sources/<id>.md` without `.md`.",
        "quote": "The words as the source has them. Whitespace, line breaks, hyphenation at line ends, "
        "typographic quotes and dashes, soft hyphens and Unicode normal form do not count as differences.",
        "claim": "The checkable statement, in your words.",
        "about": "The proposition key: claims with the same key are cross-checked "
        "(lowercase letters, digits and `/ . _ -`, e.g. `cn-ru/joint-projects/count`).",
        "value": "What the claim says: a quantity (`> 60 projects`, `mehr als 100 Milliarden Dollar`, "
        "`~ 1.5 million`), a range `a..b`, a date or period, or a categorical value (`videoconference`).",
        "when": "When the claim holds. Default: the source's `published` date.",
        "said_by": "Who said it: a name, or `{name, role, org}`.",
        "via": "The relays between the one who said it and the outlet (`[Le Monde]`).",
        "stance": "Whether the source asserts the statement or denies it.",
        "confidence": "The checker's judgement: `high`, `medium`, `low`, or a number from 0 to 1.",
        "rank": "`preferred`, or `deprecated` for a claim that was resolved and is kept: "
        "deprecated claims never raise `conflict`.",
        "note": "Free text.",
        "tags": "Labels of your own.",
        "review": "A published fact-check of the claim, exported by `claimcheck export claimreview`.",
    },
    "Person": {
        "name": "The person's (or organisation's) name as the source gives it.",
        "role": "Their role or title (`first deputy head`).",
        "org": "The organisation they speak for (`SZRU`).",
    },
    "Review": {
        "rating": "The verdict as text (`False`, `Mostly true`): ClaimReview's `alternateName`.",
        "rating_value": "The verdict as a number on the fact-checker's scale.",
        "best": "The best value of that scale.",
        "worst": "The worst value of that scale.",
        "url": "The address of the published fact-check.",
        "author": "The fact-checking organisation.",
        "date": "When the fact-check was published.",
    },
    "SourceMeta": {
        "title": "The document's title.",
        "outlet": "Who published it (`Deutsche Welle`).",
        "url": "The real address, where known; never invented (`null`).",
        "published": "When it was published.",
        "language": "Its language, as a code (`de`, `en`).",
        "authors": "Its authors.",
        "credits": "The agencies and outlets the piece says it draws on "
        "(`uh/fab (dpa, rtr)` → `[dpa, Reuters]`).",
        "retrieved": "When the text was captured.",
        "sha256": "SHA-256 of the text after the front matter (UTF-8, LF line ends): the audit flags a text "
        "edited after capture. A source without it is not checked.",
        "note": "What was inferred, and from what.",
    },
    "SettingsFile": {
        "name": "The corpus's name in the report's title; default: the repository folder's name.",
        "sources": "The folder of the source files, relative to the repository.",
        "claims": "The folder of the claim files, relative to the repository.",
        "report": "Where `claimcheck audit` writes its Markdown report.",
        "min_sources": "How many independent origins a proposition needs; fewer raise `single-source`.",
        "tolerance": "The tolerance of `~` values: `0.1` is ±10 %.",
        "quote_min_score": "The lowest similarity (0–100) at which a quote still counts as found "
        "(as `quote-inexact`).",
        "fail_on": "Exit with status 1 at findings of this severity or worse.",
        "severity": '`[severity]`: a check\'s id → its severity (`single-source = "info"`).',
        "aliases": "`[aliases]`: a name → other spellings of the same person or organisation, "
        "which then count as one origin.",
        "synonyms": "`[synonyms]`: a categorical value → values that mean the same "
        '(`"phone call" = ["Telefonat"]`).',
        "units": "`[units]`: a unit → other names of it.",
        "crossref": "`[crossref]`: cross-referencing of claims that share no `about`.",
    },
    "CrossRefSettings": {
        "enabled": "Whether to look for possible duplicates and possible conflicts at all.",
        "statement_threshold": "The similarity (0–100) at which two claim texts read as the same statement.",
        "quote_threshold": "The similarity (0–100) at which two quotes count as the same.",
    },
}

# What the loader accepts beyond the models' own types, so that editors do not flag valid files.
YEAR_JSON_SCHEMA: dict[str, Any] = {
    "type": "integer",
    "minimum": 1000,
    "maximum": 9999,
    "description": "A bare year, as YAML reads `2026`.",
}
LENIENT_DATE_SCHEMA: dict[str, Any] = {"anyOf": [DATE_JSON_SCHEMA, YEAR_JSON_SCHEMA]}
PATTERNS: dict[tuple[str, str], str] = {
    ("Claim", "id"): ID_PATTERN.pattern,
    ("Claim", "about"): ABOUT_PATTERN.pattern,
    ("SourceMeta", "url"): r"^https?://[^\s/]+",
    ("SourceMeta", "sha256"): SHA256_PATTERN.pattern,
}


# -- JSON Schema ----------------------------------------------------------------------------------


def _model_schema(model: type[BaseModel]) -> dict[str, Any]:
    """The model's JSON Schema with descriptions, patterns and the loader's lenient inputs."""
    schema = _lenient_dates(model.model_json_schema())
    for name, definition in [(model.__name__, schema), *schema.get("$defs", {}).items()]:
        descriptions = DESCRIPTIONS.get(name, {})
        for field_name, prop in definition.get("properties", {}).items():
            if field_name in descriptions:
                prop["description"] = descriptions[field_name]
            pattern = PATTERNS.get((name, field_name))
            if pattern is not None:
                _string_branch(prop)["pattern"] = pattern
    if model is Claim:
        props = schema["properties"]
        props["said_by"]["anyOf"].insert(0, {"type": "string", "minLength": 1})
        props["value"]["anyOf"].insert(1, {"type": "number"})
    return schema


def _lenient_dates(schema: Any) -> Any:
    """Dates may also be bare years: YAML reads `when: 2026` as a number."""
    if schema == DATE_JSON_SCHEMA:
        return copy.deepcopy(LENIENT_DATE_SCHEMA)
    if isinstance(schema, dict):
        return {key: _lenient_dates(value) for key, value in schema.items()}
    if isinstance(schema, list):
        return [_lenient_dates(value) for value in schema]
    return schema


def _string_branch(prop: dict[str, Any]) -> dict[str, Any]:
    for branch in prop.get("anyOf", []):
        if branch.get("type") == "string":
            return branch
    return prop


def claims_schema() -> dict[str, Any]:
    """A claims file: a list of claims (`.yaml`, `.json`; each line of a `.jsonl` is one `Claim`)."""
    claim = _model_schema(Claim)
    defs = claim.pop("$defs", {})
    return {
        "$schema": JSON_SCHEMA_DIALECT,
        "title": "claimcheck claims file",
        "description": "A file in claims/: a list of claims. Each line of a .jsonl file is one Claim "
        "(#/$defs/Claim).",
        "type": "array",
        "items": {"$ref": "#/$defs/Claim"},
        "$defs": {"Claim": claim, **defs},
    }


def source_schema() -> dict[str, Any]:
    """The front matter of a source file."""
    return {
        "$schema": JSON_SCHEMA_DIALECT,
        **_model_schema(SourceMeta),
        "title": "claimcheck source front matter",
    }


def settings_schema() -> dict[str, Any]:
    """claimcheck.toml, or the [tool.claimcheck] table of pyproject.toml."""
    return {
        "$schema": JSON_SCHEMA_DIALECT,
        **_model_schema(SettingsFile),
        "title": "claimcheck settings",
    }


def schema_for(kind: str) -> dict[str, Any]:
    """The schema of one kind of file; for `all`, an object holding the three schemas by kind."""
    if kind == "claim":
        return claims_schema()
    if kind == "source":
        return source_schema()
    if kind == "settings":
        return settings_schema()
    if kind == "all":
        return {"claim": claims_schema(), "source": source_schema(), "settings": settings_schema()}
    raise ValueError(f"unknown schema {kind!r}; one of {', '.join(SCHEMA_KINDS)}")


def render_schema(kind: str) -> str:
    return json.dumps(schema_for(kind), ensure_ascii=False, indent=2) + "\n"


# -- docs/format.md -------------------------------------------------------------------------------

# (model, heading, what it is), in the order of the page.
SECTIONS: tuple[tuple[str, str, str], ...] = (
    (
        "Claim",
        "Claim",
        "One entry of the YAML list in a `claims/*.yaml` file (or of a `.json` list, or one line of a "
        '`.jsonl` file). Unknown keys are errors, with a "did you mean" suggestion.',
    ),
    (
        "Person",
        "Person",
        "`said_by` as a mapping; `said_by: Oleh Luhowskyj` is short for `said_by: {name: Oleh Luhowskyj}`.",
    ),
    ("Review", "Review", "The `review:` of a claim that a fact-check has been published on."),
    (
        "SourceMeta",
        "Source front matter",
        "The YAML between the two `---` lines at the top of `sources/<id>.md`; the id is the file name. "
        "The document's text follows the second `---`.",
    ),
    (
        "SettingsFile",
        "Settings",
        "`claimcheck.toml` at the top of the repository, or the `[tool.claimcheck]` table of "
        "`pyproject.toml` (not both). Every setting is optional.",
    ),
    ("CrossRefSettings", "CrossRef", "The `[crossref]` table of the settings."),
)


def render_format_doc() -> str:
    """docs/format.md: a table per model, the example `claimcheck init` writes, the ClaimReview mapping."""
    from claimcheck import init_repo

    definitions: dict[str, dict[str, Any]] = dict(claims_schema()["$defs"])
    for model, schema in (("SourceMeta", source_schema()), ("SettingsFile", settings_schema())):
        definitions[model] = schema
        definitions.update(schema.get("$defs", {}))
    headings = {model: heading for model, heading, _ in SECTIONS}
    lines = [
        "# File formats",
        "",
        "<!-- Generated by `python -m claimcheck.schema_docs` from claimcheck/model.py and",
        "     claimcheck/settings.py, with the descriptions in claimcheck/schema_docs.py. Do not edit. -->",
        "",
        "A claim repository is plain files: `sources/<id>.md` (front matter and the document's text),",
        "`claims/*.yaml` (lists of claims; `*.json` and `*.jsonl` for bulk data) and `claimcheck.toml`.",
        "Dates may be of reduced precision (`2026`, `2026-01`, `2026-01-15`) or periods (`2025-10/2025-12`).",
        "",
        "`claimcheck schema claim|source|settings` prints the JSON Schema of each, for editors: save it",
        "(`claimcheck schema claim > claims.schema.json`) and start a claims file with",
        "`# yaml-language-server: $schema=../claims.schema.json` to have it checked as you type.",
        "",
    ]
    for model, heading, intro in SECTIONS:
        lines += [f"## {heading}", "", intro, "", *_field_table(definitions[model], headings), ""]
    lines += [
        "## Example",
        "",
        "What `claimcheck init` writes: `claims/example.yaml`",
        "",
        "```yaml",
        init_repo.claims_template().rstrip("\n"),
        "```",
        "",
        "and `sources/example-source.md`:",
        "",
        "```markdown",
        init_repo.sample_source(EXAMPLE_RETRIEVED).rstrip("\n"),
        "```",
        "",
        "## ClaimReview",
        "",
        "`claimcheck export claimreview` writes schema.org ClaimReview JSON-LD for the claims with a",
        "`review:`; `claimcheck import claimreview` reads it. How the fields correspond:",
        "",
        MAPPING_DOC.rstrip("\n"),
        "",
    ]
    return "\n".join(lines)


def _field_table(schema: dict[str, Any], headings: dict[str, str]) -> list[str]:
    required = set(schema.get("required", []))
    rows = ["| field | type | required | default | description |", "|---|---|---|---|---|"]
    for name, prop in schema.get("properties", {}).items():
        default = f"`{_toml_like(prop['default'])}`" if prop.get("default") not in (None, {}, []) else ""
        cells = [
            f"`{name}`",
            _type_text(prop, headings),
            "yes" if name in required else "no",
            default,
            prop.get("description", ""),
        ]
        rows.append("| " + " | ".join(_cell(cell) for cell in cells) + " |")
    return rows


def _toml_like(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _type_text(schema: dict[str, Any], headings: dict[str, str]) -> str:
    """A reader's name for a JSON Schema type: `text`, `list of text`, `date or period`, a link …"""
    if schema in (LENIENT_DATE_SCHEMA, DATE_JSON_SCHEMA):
        return "date or period"
    if "$ref" in schema:
        model = schema["$ref"].rsplit("/", 1)[-1]
        heading = headings.get(model, model)
        return f"[{heading}](#{_anchor(heading)})"
    if "anyOf" in schema:
        parts: list[str] = []
        for branch in schema["anyOf"]:
            if branch.get("type") != "null":
                text = _type_text(branch, headings)
                if text not in parts:
                    parts.append(text)
        return " or ".join(parts)
    if "enum" in schema:
        return " or ".join(f"`{value}`" for value in schema["enum"])
    kind = schema.get("type")
    if kind == "string":
        if "pattern" in schema:
            return f"text matching `{schema['pattern']}`"
        return "text"
    if kind in ("number", "integer"):
        noun = "number" if kind == "number" else "whole number"
        low = schema.get("minimum")
        high = schema.get("maximum", schema.get("exclusiveMaximum"))
        if low is not None and high is not None:
            below = "below " if "exclusiveMaximum" in schema else "to "
            return f"{noun} from {_toml_like(low)} {below}{_toml_like(high)}"
        if low is not None:
            return f"{noun}, at least {_toml_like(low)}"
        return noun
    if kind == "boolean":
        return "`true` or `false`"
    if kind == "array":
        return "list of " + _type_text(schema.get("items", {}), headings)
    if kind == "object":
        values = schema.get("additionalProperties")
        if isinstance(values, dict):
            return "table: name → " + _type_text(values, headings)
        return "table"
    return "any"


def _anchor(heading: str) -> str:
    """The anchor GitHub gives a heading."""
    kept = "".join(char for char in heading.lower() if char.isalnum() or char in " -_")
    return kept.replace(" ", "-")


def _cell(text: str) -> str:
    """Table cell text: a `|` would end the cell, a line break the row."""
    return text.replace("|", "\\|").replace("\n", " ")


# -- python -m claimcheck.schema_docs -------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m claimcheck.schema_docs", description="Write docs/format.md from the models."
    )
    parser.add_argument("path", nargs="?", type=Path, default=FORMAT_DOC, help="default: docs/format.md")
    parser.add_argument("--check", action="store_true", help="exit 1 when the file is not up to date")
    args = parser.parse_args(argv)
    text = render_format_doc()
    path: Path = args.path
    if args.check:
        current = path.read_text(encoding="utf-8") if path.is_file() else None
        if current != text:
            print(f"{path} is out of date: run python -m claimcheck.schema_docs", file=sys.stderr)
            return 1
        return 0
    from claimcheck.atomic_write import write_text_atomic

    write_text_atomic(path, text)
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
