"""`claimcheck export claimreview`: the JSON-LD it writes, checked against the schema.org vocabulary."""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import typer
import yaml
from typer.testing import CliRunner

from claimcheck.claimreview.export import export_claim_reviews, render_claim_reviews, shorten_claim
from claimcheck.claimreview.vocabulary import is_organisation_name
from claimcheck.loader import load_repository
from claimcheck.repository import Repository
from claimcheck.settings import load_settings

VOCABULARY = Path(__file__).parent / "schema_org_vocabulary.yaml"


@cache
def _vocabulary() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(VOCABULARY.read_text(encoding="utf-8"))
    return data


def _ancestry(type_name: str) -> list[str]:
    types = _vocabulary()["types"]
    chain = []
    current: str | None = type_name
    while current is not None:
        chain.append(current)
        current = types[current]["extends"]
    return chain


def _allowed_properties(type_name: str) -> set[str]:
    types = _vocabulary()["types"]
    return {prop for kind in _ancestry(type_name) for prop in types[kind]["properties"]}


def vocabulary_violations(node: Any, path: str = "$") -> Iterator[str]:
    """Every object without a known @type, every property its type does not have, every wrong range."""
    if isinstance(node, list):
        for index, item in enumerate(node):
            yield from vocabulary_violations(item, f"{path}[{index}]")
        return
    if not isinstance(node, dict):
        return
    type_name = node.get("@type")
    if type_name not in _vocabulary()["types"]:
        yield f"{path}: unknown @type {type_name!r}"
        return
    allowed = _allowed_properties(type_name)
    for key, value in node.items():
        if key in ("@type", "@context", "@id"):
            continue
        if key not in allowed:
            yield f"{path}.{key}: {type_name} has no property {key!r}"
            continue
        expected = _vocabulary()["ranges"].get(key)
        for item in value if isinstance(value, list) else [value]:
            if (
                isinstance(item, dict)
                and expected
                and not set(_ancestry(item.get("@type", "?"))) & set(expected)
            ):
                yield f"{path}.{key}: a {item.get('@type')} where schema.org expects {' or '.join(expected)}"
        yield from vocabulary_violations(value, f"{path}.{key}")


def _repo(root: Path) -> Repository:
    return load_repository(root, load_settings(root))


def _exported(root: Path, *ids: str) -> list[dict[str, Any]]:
    return export_claim_reviews(_repo(root), ids).reviews


def _by_url(reviews: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {review.get("url", "-"): review for review in reviews}


SIXTY = "https://factcheck.example/checks/sixty-projects.html"
BRIDGES = "https://factcheck.example/checks/forty-bridges"


def test_the_vocabulary_check_catches_made_up_properties() -> None:
    bad = {"@type": "ClaimReview", "verdict": "x", "author": {"@type": "Rating", "name": "y"}}
    problems = list(vocabulary_violations(bad))
    assert any("no property 'verdict'" in problem for problem in problems)
    assert any("expects Organization or Person" in problem for problem in problems)


def test_export_uses_only_schema_org_properties(reviewed_repo: Path) -> None:
    reviews = _exported(reviewed_repo)
    assert len(reviews) == 3
    assert list(vocabulary_violations(reviews)) == []
    for review in reviews:
        assert review["@context"] == "https://schema.org"
        assert review["@type"] == "ClaimReview"
        assert "@context" not in json.dumps(review["itemReviewed"])


def test_a_review_carries_the_verdict_and_the_claim(reviewed_repo: Path) -> None:
    review = _by_url(_exported(reviewed_repo))[SIXTY]
    assert review["claimReviewed"] == "More than 60 joint China–Russia projects are under way."
    assert review["author"] == {"@type": "Organization", "name": "Example Check"}
    assert review["datePublished"] == "2023-12-01"
    assert review["reviewRating"] == {
        "@type": "Rating",
        "alternateName": "Mostly true",
        "ratingValue": 4,
        "bestRating": 5,
        "worstRating": 1,
    }
    item = review["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["author"] == {
        "@type": "Person",
        "name": "Oleh Luhowskyj",
        "jobTitle": "first deputy head",
        "affiliation": {"@type": "Organization", "name": "SZRU"},
    }
    assert item["text"] == "Über 60 laufende Projekte werden derzeit zwischen China und Russland realisiert."
    assert item["temporalCoverage"] == "2023-11"


def test_appearances_are_the_own_source_and_agreeing_claims_sources(reviewed_repo: Path) -> None:
    item = _by_url(_exported(reviewed_repo))[SIXTY]["itemReviewed"]
    urls = [work.get("url") for work in item["appearance"]]
    # Its own source first; the TASS report says the same (same about and value); the Beispiel-Zeitung
    # claim with the same `about` says 40, so it is no appearance.
    assert urls == ["https://www.dw.com/de/china-russland/a-67354062", "https://tass.com/politics/1234567"]
    dw = item["appearance"][0]
    assert dw == {
        "@type": "CreativeWork",
        "url": "https://www.dw.com/de/china-russland/a-67354062",
        "headline": "China und Russland rücken militärisch enger zusammen",
        "datePublished": "2023-11-08",
        "publisher": {"@type": "Organization", "name": "Deutsche Welle"},
        "author": [{"@type": "Person", "name": "Anna Autorin"}],
        "inLanguage": "de",
    }
    # TASS published a day earlier: the first appearance, and when the claim entered public discourse.
    assert item["firstAppearance"]["url"] == "https://tass.com/politics/1234567"
    assert item["datePublished"] == "2023-11-07"


def test_an_organisation_that_said_something_is_an_organization(reviewed_repo: Path) -> None:
    reviews = _by_url(_exported(reviewed_repo))
    assert reviews[BRIDGES]["itemReviewed"]["author"] == {
        "@type": "Organization",
        "name": "Ministry of Defence",
    }
    assert reviews["-"]["itemReviewed"]["author"] == {"@type": "Organization", "name": "dpa"}


@pytest.mark.parametrize(
    ("name", "organisation"),
    [
        ("Ministry of Defence", True),
        ("Verteidigungsministerium", True),
        ("Xinhua News Agency", True),
        ("NATO", True),
        ("SZRU", True),
        ("dpa", True),
        ("Reuters", True),
        ("Kreml", True),
        ("Oleh Luhowskyj", False),
        ("Wladimir Putin", False),
        ("Xi Jinping", False),
        ("Dong Jun", False),
    ],
)
def test_the_organisation_heuristic(name: str, organisation: bool) -> None:
    assert is_organisation_name(name) is organisation


def test_a_long_claim_is_shortened_with_the_full_text_kept(reviewed_repo: Path) -> None:
    result = export_claim_reviews(_repo(reviewed_repo))
    review = _by_url(result.reviews)[BRIDGES]
    short = review["claimReviewed"]
    assert short.endswith("…") and len(short) < 75
    assert review["itemReviewed"]["description"].startswith(short[:-1])
    assert [note for note in result.notes if "ministry-bridges" in note]


def test_a_review_without_what_google_needs_gets_a_note(reviewed_repo: Path) -> None:
    notes = export_claim_reviews(_repo(reviewed_repo)).notes
    assert [
        note for note in notes if note.startswith("claim `agency-drill`: its review has no `url`, `author`")
    ]


def test_shorten_claim_cuts_at_a_word_boundary() -> None:
    assert shorten_claim("Short enough.") == ("Short enough.", False)
    text, cut = shorten_claim("word " * 30)
    assert cut and text.endswith("word…") and len(text) < 75
    text, cut = shorten_claim("x" * 100)
    assert cut and len(text) == 74


def test_a_claim_period_is_temporal_coverage_and_the_source_date_is_the_claim_date(
    reviewed_repo: Path,
) -> None:
    item = _by_url(_exported(reviewed_repo))[BRIDGES]["itemReviewed"]
    assert item["temporalCoverage"] == "2023-10/2023-12"
    assert item["datePublished"] == "2024"
    assert "url" not in item["appearance"][0]  # the source has no known address: none is invented


def test_export_by_id_gives_one_object(reviewed_repo: Path, cli_app: typer.Typer) -> None:
    result = CliRunner().invoke(cli_app, ["export", "claimreview", str(reviewed_repo), "--id", "projects-dw"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert isinstance(data, dict) and data["url"] == SIXTY


def test_export_of_all_is_a_sorted_list(reviewed_repo: Path, cli_app: typer.Typer) -> None:
    result = CliRunner().invoke(cli_app, ["export", "claimreview", str(reviewed_repo)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    texts = [review["itemReviewed"]["text"] for review in data]
    # sorted by claim id: agency-drill, ministry-bridges, projects-dw
    assert texts[0].startswith("The joint naval drill") and texts[2].startswith("Über 60")


def test_export_is_deterministic(reviewed_repo: Path) -> None:
    first = render_claim_reviews(_exported(reviewed_repo))
    second = render_claim_reviews(_exported(reviewed_repo))
    assert first == second
    assert "Über" in first  # ensure_ascii=False
    assert first.endswith("}\n]\n")


def test_export_to_a_file(reviewed_repo: Path, cli_app: typer.Typer, tmp_path: Path) -> None:
    out = tmp_path / "out" / "claimreview.json"
    result = CliRunner().invoke(cli_app, ["export", "claimreview", str(reviewed_repo), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "wrote 3 ClaimReviews" in result.stdout
    assert len(json.loads(out.read_text(encoding="utf-8"))) == 3


@pytest.mark.parametrize(
    ("claim_id", "message"),
    [("plain-claim", "has no `review:` block"), ("projects-dww", "did you mean `projects-dw`?")],
)
def test_an_id_without_a_review_is_a_usage_error(
    reviewed_repo: Path, cli_app: typer.Typer, claim_id: str, message: str
) -> None:
    result = CliRunner().invoke(cli_app, ["export", "claimreview", str(reviewed_repo), "--id", claim_id])
    assert result.exit_code == 2
    assert message in result.stderr
    assert result.stdout == ""


def test_a_repository_without_reviews_exports_an_empty_list(tmp_path: Path, cli_app: typer.Typer) -> None:
    (tmp_path / "sources").mkdir()
    (tmp_path / "claims").mkdir()
    result = CliRunner().invoke(cli_app, ["export", "claimreview", str(tmp_path)])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == []
    assert "nothing to export" in result.stderr


def test_a_missing_folder_is_a_usage_error(tmp_path: Path, cli_app: typer.Typer) -> None:
    result = CliRunner().invoke(cli_app, ["export", "claimreview", str(tmp_path / "nope")])
    assert result.exit_code == 2
    assert "no such folder" in result.stderr
