"""`claimcheck schema` and docs/format.md: valid JSON Schema that accepts what the loader accepts."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import typer
import yaml
from typer.testing import CliRunner

from claimcheck import init_repo
from claimcheck.model import Claim, Person, Review, SourceMeta
from claimcheck.schema_docs import (
    DESCRIPTIONS,
    FORMAT_DOC,
    claims_schema,
    main,
    render_format_doc,
    schema_for,
    settings_schema,
    source_schema,
)
from claimcheck.settings import CrossRefSettings, SettingsFile
from claimcheck.source_file import split_front_matter
from tests.ecosystem.conftest import TODAY

REPO = Path(__file__).resolve().parents[2]
VALID_EXAMPLES = REPO / "tests" / "examples" / "valid"


def _json_ready(data: Any) -> Any:
    """YAML as an editor's YAML 1.2 reader sees it: dates are text."""
    return json.loads(json.dumps(data, default=str))


def _errors(schema: dict[str, Any], data: Any) -> list[str]:
    validator = jsonschema.Draft202012Validator(schema)
    return [f"{'/'.join(map(str, error.path))}: {error.message}" for error in validator.iter_errors(data)]


@pytest.mark.parametrize("kind", ["claim", "source", "settings"])
def test_each_schema_is_valid_json_schema(kind: str) -> None:
    schema = schema_for(kind)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def _claim_files() -> list[Path]:
    return sorted(
        path for path in VALID_EXAMPLES.glob("*/claims/*") if path.suffix in (".yaml", ".json", ".jsonl")
    )


@pytest.mark.parametrize("path", _claim_files(), ids=lambda path: f"{path.parts[-3]}/{path.name}")
def test_valid_example_claims_pass_the_schema(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".jsonl":
        claim_schema = {**claims_schema(), "items": None, "type": None, "$ref": "#/$defs/Claim"}
        claim_schema = {key: value for key, value in claim_schema.items() if value is not None}
        for line in filter(str.strip, text.splitlines()):
            assert _errors(claim_schema, json.loads(line)) == []
        return
    data = yaml.safe_load(text)
    if data is None:
        return
    assert _errors(claims_schema(), _json_ready(data)) == []


def test_the_init_sample_passes_the_schemas() -> None:
    claims = yaml.safe_load(init_repo.claims_template())
    assert _errors(claims_schema(), _json_ready(claims)) == []
    parts = split_front_matter(init_repo.sample_source(TODAY))
    assert parts is not None
    assert _errors(source_schema(), _json_ready(yaml.safe_load(parts[0]))) == []


def test_what_the_loader_accepts_loosely_passes_too() -> None:
    claim = {
        "id": "a",
        "source": "s",
        "quote": "q",
        "claim": "c",
        "said_by": "Oleh Luhowskyj",  # a plain name
        "when": 2026,  # YAML's bare year is a number
        "value": 60,  # so is an unquoted number
        "confidence": 0.5,
    }
    assert _errors(claims_schema(), [claim]) == []
    Claim.model_validate(claim)


@pytest.mark.parametrize(
    ("change", "where"),
    [
        ({"sorce": "s"}, "Additional properties"),
        ({"stance": "maybe"}, "stance"),
        ({"id": "Bad_Id"}, "id"),
        ({"about": "Has Spaces"}, "about"),
        ({"when": "last week"}, "when"),
        ({"confidence": 2}, "confidence"),
        ({"said_by": {"name": "x", "title": "y"}}, "said_by"),
        ({"review": {"url": "https://x.example"}}, "review"),
    ],
)
def test_broken_claims_fail_the_schema(change: dict[str, Any], where: str) -> None:
    claim = {"id": "a", "source": "s", "quote": "q", "claim": "c", **change}
    errors = _errors(claims_schema(), [claim])
    assert errors, change
    assert any(where in error for error in errors), errors


def test_a_claim_without_a_quote_fails_the_schema() -> None:
    assert any("'quote' is a required property" in e for e in _errors(claims_schema(), [{"id": "a"}]))


def test_broken_front_matter_and_settings_fail() -> None:
    assert _errors(source_schema(), {"url": "www.example.org"})
    assert _errors(source_schema(), {"sha256": "abc"})
    assert _errors(settings_schema(), {"min_sources": 0})
    assert _errors(settings_schema(), {"crossref": {"enabeld": True}})
    assert _errors(settings_schema(), {"severity": {"conflict": "fatal"}})


def test_the_settings_template_of_init_passes_and_shows_the_defaults() -> None:
    template = init_repo.settings_template()
    assert tomllib.loads(template) == {}  # everything is commented out
    setting = re.compile(r'^# (\[\w+\]|[a-z_-]+ = .*|"[^"]+" = .*)$')
    uncommented = "\n".join(line[2:] if setting.match(line) else line for line in template.splitlines())
    data = tomllib.loads(uncommented)
    assert _errors(settings_schema(), data) == []
    parsed = SettingsFile.model_validate(data)
    defaults = SettingsFile()
    for name in SettingsFile.model_fields:
        assert name in data, f"claimcheck/data/init_claimcheck.toml does not show `{name}`"
        if name not in ("name", "severity", "aliases", "synonyms", "units"):  # examples, not defaults
            assert getattr(parsed, name) == getattr(defaults, name), name


def test_every_field_has_a_description() -> None:
    models = (Claim, Person, Review, SourceMeta, SettingsFile, CrossRefSettings)
    for model in models:
        assert set(DESCRIPTIONS[model.__name__]) == set(model.model_fields), model.__name__
    assert set(DESCRIPTIONS) == {model.__name__ for model in models}


def test_descriptions_are_in_the_schema() -> None:
    claim = claims_schema()["$defs"]["Claim"]
    assert claim["properties"]["quote"]["description"] == DESCRIPTIONS["Claim"]["quote"]


def test_schema_command(cli_app: typer.Typer) -> None:
    result = CliRunner().invoke(cli_app, ["schema", "claim"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == claims_schema()
    result = CliRunner().invoke(cli_app, ["schema"])
    assert sorted(json.loads(result.stdout)) == ["claim", "settings", "source"]
    result = CliRunner().invoke(cli_app, ["schema", "claims"])
    assert result.exit_code == 2


def test_docs_format_md_is_up_to_date() -> None:
    committed = (REPO / FORMAT_DOC).read_text(encoding="utf-8")
    assert committed == render_format_doc(), "run: .venv/bin/python -m claimcheck.schema_docs"


def test_the_generator_checks_and_writes(tmp_path: Path) -> None:
    target = tmp_path / "format.md"
    assert main(["--check", str(target)]) == 1
    assert main([str(target)]) == 0
    assert main(["--check", str(target)]) == 0
    text = target.read_text(encoding="utf-8")
    for heading in (
        "## Claim",
        "## Person",
        "## Review",
        "## Source front matter",
        "## Settings",
        "## ClaimReview",
    ):
        assert f"\n{heading}\n" in text


def test_format_md_tables_have_one_row_per_field() -> None:
    text = render_format_doc()
    for field in Claim.model_fields:
        assert f"\n| `{field}` |" in text
    assert "|---|---|---|---|---|" in text
