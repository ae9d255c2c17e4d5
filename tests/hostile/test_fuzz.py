"""Fuzzing (hypothesis) of everything that reads user text: the loader, the value parser, anchoring.

The budget is `CLAIMCHECK_FUZZ_EXAMPLES` examples per test (200 in CI; `make fuzz` runs 20,000).
No exception may escape but the project's own error types, and a broken file never hides the
valid claim beside it.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck.anchor import AnchorKind, anchor_quote, prepare_text
from claimcheck.engine import open_repository, validate_repository
from claimcheck.selection import Selection
from claimcheck.values import ValueParseError, parse_value
from claimcheck.yaml_positions import YamlError, parse_yaml
from tests.examples.make_examples import GOOD_CLAIM, SOURCE

EXAMPLES = int(os.environ.get("CLAIMCHECK_FUZZ_EXAMPLES", "200"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

# Pieces of YAML, JSON and front matter that reach the loader's corners more often than random bytes.
YAML_PIECES = [
    "- ", "-", "id: ", "source: ", "quote: ", "claim: ", "value: ", "when: ", "said_by: ", "via: ",
    "schulterschluss", "Über 60 laufende Projekte", "x", "2026-02-30", "2026-01", "9" * 30, "~", "yes",
    "&a ", "*a", "&b ", "*b", "<<: ", "!!python/object/apply:os.system ", "!!binary ", "!custom ",
    "!!str ", "!!int ", "? ", ": ", "[", "]", "{", "}", ", ", '"', "'", "\\", "\\e", "|", ">", "#",
    "---", "...", "%YAML 1.1", "\n", "\n  ", "\n    ", "\r\n", "\r", "\t", " ", "\ufeff", "\x00",
    "\x07", "\x1b[31m", "\u2028", "\x85", "\u202e", "а", "ß",
]  # fmt: skip
yaml_like = st.lists(st.sampled_from(YAML_PIECES) | st.text(max_size=8), max_size=60).map("".join)
JSON_PIECES = ["[", "]", "{", "}", ",", ":", '"id"', '"source"', '"quote"', '"claim"', '"x"', "1e999",
               "NaN", "-Infinity", "null", "true", "\n", " ", '"\\u0000"', '"\\ud800"']  # fmt: skip
json_like = st.lists(st.sampled_from(JSON_PIECES) | st.text(max_size=4), max_size=60).map("".join)
file_content = (
    st.binary(max_size=2000)
    | st.text(max_size=2000).map(lambda text: text.encode("utf-8", "surrogatepass"))
    | yaml_like.map(lambda text: text.encode("utf-8", "surrogatepass"))
)


@pytest.fixture(scope="module")
def scratch() -> Iterator[Path]:
    """One repository reused by every example (hypothesis runs many examples per test)."""
    folder = Path(tempfile.mkdtemp(prefix="claimcheck-fuzz-"))
    (folder / "sources").mkdir()
    (folder / "claims").mkdir()
    (folder / "sources" / "schulterschluss.md").write_text(SOURCE, encoding="utf-8")
    (folder / "claims" / "good.yaml").write_text(GOOD_CLAIM, encoding="utf-8")
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def _validate(root: Path) -> None:
    repo = open_repository(root)
    findings = validate_repository(repo, Selection())
    for finding in findings:
        if finding.location is not None and finding.location.line is not None:
            assert finding.location.line >= 1
            assert finding.location.column is None or finding.location.column >= 1
    # The valid claim next to the fuzzed file is always loaded and checked.
    assert "luhovskyi-projects" in {record.id for record in repo.claims}


@FUZZ
@given(content=file_content, suffix=st.sampled_from([".yaml", ".json", ".jsonl"]))
def test_fuzz_any_bytes_as_a_claims_file_give_findings_not_exceptions(
    scratch: Path, content: bytes, suffix: str
) -> None:
    path = scratch / "claims" / f"fuzzed{suffix}"
    path.write_bytes(content)
    try:
        _validate(scratch)
    finally:
        path.unlink()


@FUZZ
@given(text=json_like)
def test_fuzz_json_like_text_as_a_json_claims_file(scratch: Path, text: str) -> None:
    path = scratch / "claims" / "fuzzed.json"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    try:
        _validate(scratch)
    finally:
        path.unlink()


@FUZZ
@given(front=yaml_like, body=st.text(max_size=300), raw=st.binary(max_size=300), use_raw=st.booleans())
def test_fuzz_any_source_file_gives_findings_not_exceptions(
    scratch: Path, front: str, body: str, raw: bytes, use_raw: bool
) -> None:
    path = scratch / "sources" / "fuzzed.md"
    path.write_bytes(raw if use_raw else f"---\n{front}\n---\n{body}".encode("utf-8", "surrogatepass"))
    try:
        _validate(scratch)
    finally:
        path.unlink()


@FUZZ
@given(text=yaml_like, line_offset=st.integers(min_value=0, max_value=1000))
def test_fuzz_parse_yaml_raises_only_yaml_errors_with_positions(text: str, line_offset: int) -> None:
    try:
        parsed = parse_yaml(text, line_offset=line_offset)
    except YamlError as error:
        assert error.line >= 1 + line_offset and error.column >= 1
        assert "\n" not in error.message
    else:
        assert parsed.start[0] >= 1 + line_offset


VALUE_PIECES = ["über", "mehr als", "more than", "~", ">", ">=", "<", "=", "..", "60", "1,5", "1.5",
                "1.2.3,4", "Mio.", "Milliarden", "billion", "bn", "$", "€", "Dollar", "Prozent", "%",
                "Jahrzehnte", "drei", "2023-11-08", "2026-13", "2025-10/2025-12", "im vergangenen Jahr",
                " ", "-", "1e400", "9" * 400, "\u00a0", "„", "“", "\x00"]  # fmt: skip
value_like = st.lists(st.sampled_from(VALUE_PIECES) | st.text(max_size=5), max_size=12).map("".join)


@FUZZ
@given(text=value_like | st.text(max_size=200))
def test_fuzz_parse_value_raises_only_value_parse_error(text: str) -> None:
    try:
        parse_value(text)
    except ValueParseError as error:
        assert 0 <= error.position <= len(text) + 1


@FUZZ
@given(quote=st.text(max_size=300), body=st.text(max_size=2000), min_score=st.floats(0, 100))
def test_fuzz_anchor_quote_never_raises(quote: str, body: str, min_score: float) -> None:
    anchor = anchor_quote(quote, prepare_text(body), min_score=min_score)
    if anchor.kind is not AnchorKind.NOT_FOUND:
        assert anchor.start is not None and anchor.end is not None
        assert body[anchor.start : anchor.end] == anchor.found
