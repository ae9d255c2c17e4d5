"""Long listings in the report are cut short at `max_rows`, with a line saying how many more there are."""

from __future__ import annotations

import re

import pytest

from claimcheck.audit.propositions import Verdict
from claimcheck.report.markdown import render_markdown_report
from tests.report.markdown_structure import tables
from tests.report.test_report import REPOS, audit, check_structure

_MORE = re.compile(r"^\*(\d+) more (.+) are not listed here, to keep the report readable; (.+)\.\*$", re.M)


def section(markdown: str, title: str) -> str:
    return markdown.split(f"\n## {title}\n", 1)[1].split("\n## ", 1)[0]


def more_lines(markdown: str) -> dict[str, tuple[int, str]]:
    return {match[2]: (int(match[1]), match[3]) for match in _MORE.finditer(markdown)}


@pytest.mark.parametrize("name", ["newsroom", "hostile"])
def test_the_default_cap_leaves_small_repositories_whole(name: str) -> None:
    result = audit(REPOS / name)
    markdown = render_markdown_report(result)
    assert markdown == render_markdown_report(result, max_rows=10**9)
    assert not more_lines(markdown)


def test_listings_are_cut_short_and_say_how_many_more() -> None:
    result = audit(REPOS / "newsroom")
    markdown = render_markdown_report(result, max_rows=1)
    check_structure(result, markdown, result.repo.root / "reports")
    propositions = result.propositions
    lone = [p for p in propositions if p.verdict is Verdict.SINGLE_SOURCE and p.about is None]
    keyed = [p for p in propositions if p.verdict is Verdict.SINGLE_SOURCE and p.about is not None]
    json = "`claimcheck audit --format json` lists them all"
    expected = {
        "claims without `about`": (len(lone) - 1, json),
        "propositions": (len(propositions) - 1, json),
        "sources": (len(result.repo.sources) - 1, "each is a file in `sources`"),
    }
    if len(keyed) > 1:
        expected["single-sourced propositions"] = (len(keyed) - 1, json)
    assert all(count > 0 for count, _ in expected.values())
    assert more_lines(markdown) == expected
    # `rows` holds the header row too
    assert len(tables(section(markdown, "Propositions"))[0].rows) == 2
    assert len(tables(section(markdown, "Sources"))[0].rows) == 2
    lone_table = section(markdown, "Single-sourced").split("### Claims without `about`", 1)[1]
    assert len(tables(lone_table)[0].rows) == 2


def test_conflicts_are_never_cut_short() -> None:
    result = audit(REPOS / "newsroom")
    conflicting = [p for p in result.propositions if p.verdict is Verdict.CONFLICT]
    assert conflicting
    whole = section(render_markdown_report(result), "Conflicts")
    assert section(render_markdown_report(result, max_rows=0), "Conflicts") == whole
    for proposition in conflicting:
        for fact in proposition.members:
            assert f"`{fact.id}`" in whole


def test_other_findings_are_cut_short_per_check() -> None:
    result = audit(REPOS / "hostile")
    counts: dict[str, int] = {}
    for finding in result.findings:
        if finding.check not in ("conflict", "single-source"):
            counts[finding.check] = counts.get(finding.check, 0) + 1
    assert any(count > 1 for count in counts.values())
    markdown = render_markdown_report(result, max_rows=1)
    check_structure(result, markdown, result.repo.root / "reports")
    other = section(markdown, "Other findings")
    more = more_lines(other)
    for check, count in counts.items():
        block = other.split(f"### `{check}` ", 1)[1].split("\n### ", 1)[0]
        assert len(re.findall(r"^- ", block, re.M)) == 1
        if count > 1:
            assert more[f"`{check}` findings"][0] == count - 1
        else:
            assert f"`{check}` findings" not in more


def test_a_negative_cap_is_refused() -> None:
    with pytest.raises(ValueError, match="max_rows"):
        render_markdown_report(audit(REPOS / "newsroom"), max_rows=-1)
