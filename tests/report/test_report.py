"""The editor's report: golden files of example repositories, and its structure read back with markdown-it."""

from __future__ import annotations

import datetime as dt
import difflib
import os
import re
from pathlib import Path
from urllib.parse import unquote

import pytest

from claimcheck.audit.result import AuditResult
from claimcheck.engine import audit_repository, open_repository
from claimcheck.report.context import ReportContext
from claimcheck.report.escape import destination
from claimcheck.report.links import quote_url
from claimcheck.report.markdown import render_markdown_report
from claimcheck.report.text_fragment import fragment_words
from claimcheck.selection import Selection
from tests.report.markdown_structure import (
    assert_tables_well_formed,
    html_tokens,
    images,
    link_targets,
    parser,
    walk,
)
from tests.report.text_fragment_rules import find_range, parse_directive

HERE = Path(__file__).parent
REPOS = HERE / "repos"
GOLDENS = HERE / "goldens"
PROJECT_ROOT = HERE.parent.parent
NOW = dt.date(2026, 11, 23)
EXAMPLES = sorted(path.name for path in REPOS.iterdir() if path.is_dir())
SECTIONS = [
    "Summary",
    "Conflicts",
    "Single-sourced",
    "Other findings",
    "Propositions",
    "Sources",
    "Attribution",
]
_NODE_LINE = re.compile(r'  [orp][0-9]+(?:\(\[|\[|\()"[^"]*"(?:\]\)|\]|\))')
_EDGE_LINE = re.compile(r"  [orp][0-9]+ -->(?:\|\d+\|)? [orp][0-9]+")


def audit(root: Path) -> AuditResult:
    return audit_repository(open_repository(root), Selection(), now=NOW)


def bundled_corpus_exists() -> bool:
    return any((PROJECT_ROOT / "sources").glob("*.md")) and any((PROJECT_ROOT / "claims").glob("*"))


def assert_matches_golden(name: str, text: str, golden: Path | None = None) -> None:
    """Compare with `goldens/<name>.md` byte for byte; `CLAIMCHECK_UPDATE_GOLDENS=1` rewrites it."""
    golden = golden or GOLDENS / f"{name}.md"
    if os.environ.get("CLAIMCHECK_UPDATE_GOLDENS") == "1":
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_bytes(text.encode("utf-8"))
        return
    assert golden.exists(), f"no golden file {golden}; run `make goldens` and review it"
    expected = golden.read_bytes().decode("utf-8")
    if text != expected:
        diff = difflib.unified_diff(
            expected.splitlines(), text.splitlines(), "golden", "rendered", lineterm="", n=1
        )
        shown = "\n".join(list(diff)[:80])
        pytest.fail(f"report differs from {golden.name} (`make goldens` to accept):\n{shown}")


@pytest.mark.parametrize("name", EXAMPLES)
def test_golden_report_of_example_repository(name: str) -> None:
    assert_matches_golden(name, render_markdown_report(audit(REPOS / name)))


def test_golden_report_of_the_bundled_corpus() -> None:
    # The committed demo report is the golden: what `make demo` writes is what the repository shows.
    # Its name comes from its settings (`name`), not from the folder the project was checked out to.
    golden = PROJECT_ROOT / "reports" / "audit.md"
    assert_matches_golden("bundled-corpus", render_markdown_report(audit(PROJECT_ROOT)), golden)


def allowed_target(href: str, result: AuditResult, report_dir: Path) -> bool:
    """A link the report made: a file of the repository, or a source's own web address."""
    if href.startswith(("http://", "https://")):
        base, _, fragment = href.partition("#")
        urls = {destination(source.meta.url) for source in result.repo.sources.values() if source.meta.url}
        return base in urls and (fragment == "" or fragment.startswith(":~:text="))
    if ":" in href.split("/")[0]:
        return False  # a scheme we never write
    target = (report_dir / unquote(href.split("#")[0])).resolve()
    root = result.repo.root.resolve()
    return target.is_file() and target.is_relative_to(root)


def check_structure(result: AuditResult, markdown: str, report_dir: Path) -> None:
    assert_tables_well_formed(markdown)
    assert not html_tokens(markdown), html_tokens(markdown)
    assert not images(markdown)
    for href in link_targets(markdown):
        assert allowed_target(href, result, report_dir), href
    tokens = parser().parse(markdown)
    headings = [
        (token.tag, tokens[index + 1].content)
        for index, token in enumerate(tokens)
        if token.type == "heading_open"
    ]
    assert [tag for tag, _ in headings].count("h1") == 1
    assert [text for tag, text in headings if tag == "h2"] == SECTIONS
    fences = [token for token in tokens if token.type == "fence"]
    assert {fence.info for fence in fences} <= {"mermaid", "toml"}
    for fence in fences:
        if fence.info == "mermaid":
            lines = fence.content.splitlines()
            assert lines[0] == "flowchart LR"
            for line in lines[1:]:
                assert _NODE_LINE.fullmatch(line) or _EDGE_LINE.fullmatch(line), line


@pytest.mark.parametrize("name", EXAMPLES)
def test_report_structure_survives_hostile_text(name: str) -> None:
    result = audit(REPOS / name)
    markdown = render_markdown_report(result)
    check_structure(result, markdown, result.repo.root / "reports")


def test_hostile_text_never_becomes_markup() -> None:
    result = audit(REPOS / "hostile")
    markdown = render_markdown_report(result)
    tokens = list(walk(parser().parse(markdown)))
    for href in link_targets(markdown):
        scheme = href.split(":", 1)[0].lower() if ":" in href.split("/", 1)[0] else ""
        assert scheme in ("", "http", "https"), href
    for token in tokens:
        if token.type == "code_inline":
            assert "`" not in token.content and "|" not in token.content, token.content
    texts = "".join(token.content for token in tokens if token.type == "text")
    assert "<script>alert(1)</script>" in texts  # shown as text, not dropped


@pytest.mark.parametrize(
    ("report", "prefix"),
    [("reports/audit.md", "../"), ("audit.md", ""), ("docs/deep/audit.md", "../../")],
)
def test_links_are_relative_to_the_report(report: str, prefix: str) -> None:
    root = REPOS / "newsroom"
    result = audit(root)
    markdown = render_markdown_report(result, root / report)
    files = [href for href in link_targets(markdown) if not href.startswith("http")]
    assert files
    assert all(href.startswith(f"{prefix}sources/") or href.startswith(f"{prefix}claims/") for href in files)
    check_structure(result, markdown, (root / report).parent)


def test_the_same_input_gives_the_same_bytes() -> None:
    first = render_markdown_report(audit(REPOS / "newsroom"))
    second = render_markdown_report(audit(REPOS / "newsroom"))
    assert first == second
    assert first.endswith("\n") and not first.endswith("\n\n")


@pytest.mark.skipif(not bundled_corpus_exists(), reason="the bundled corpus is not there yet")
def test_bundled_corpus_report_structure() -> None:
    result = audit(PROJECT_ROOT)
    check_structure(result, render_markdown_report(result), PROJECT_ROOT / "reports")


@pytest.mark.parametrize("name", ["newsroom", "hostile"])
def test_text_fragment_links_select_the_anchored_quote(name: str) -> None:
    result = audit(REPOS / name)
    ctx = ReportContext.create(result, None)
    checked = 0
    for fact in result.context.facts:
        url = quote_url(ctx, fact)
        anchor = ctx.found(fact)
        if url is None or anchor is None or anchor.found is None or fact.source is None:
            continue
        directive = parse_directive(url)
        words = fragment_words(anchor.found)
        selected = find_range(fact.source.body, directive)
        if directive.end is None:
            assert selected == " ".join(words), fact.id
        else:
            assert selected is not None, fact.id
            assert selected.startswith(directive.start) and selected.endswith(directive.end), fact.id
        checked += 1
    assert checked >= 5
