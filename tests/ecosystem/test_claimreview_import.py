"""`claimcheck import claimreview`: round trips with the export, the shapes of JSON-LD, and clear errors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import typer
import yaml
from typer.testing import CliRunner

from claimcheck.claimreview.export import export_claim_reviews, render_claim_reviews
from claimcheck.claimreview.importer import (
    ClaimReviewImportError,
    import_claim_reviews,
    read_claim_reviews,
    slugify,
)
from claimcheck.loader import load_repository
from claimcheck.model import Claim
from claimcheck.repository import Repository
from claimcheck.settings import load_settings
from claimcheck.source_file import body_sha256
from tests.ecosystem.conftest import TODAY, validate_findings

THIRD_PARTY: dict[str, Any] = {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    "url": "https://checker.example/2024/05/no-the-moon-is-not-made-of-cheese/",
    "claimReviewed": "The moon is made of cheese.",
    "datePublished": "2024-05-02T08:30:00+02:00",
    "author": {"@type": "Organization", "name": "Checker", "url": "https://checker.example"},
    "reviewRating": {"@type": "Rating", "ratingValue": "1", "bestRating": "5", "worstRating": "1",
                     "alternateName": "False"},
    "itemReviewed": {
        "@type": "Claim",
        "author": {"@type": "Person", "name": "A. Blogger", "jobTitle": "blogger",
                   "worksFor": {"@type": "Organization", "name": "Cheese Weekly"}},
        "datePublished": "2024-04-30",
        "appearance": [
            {"@type": "NewsArticle", "url": "https://cheese.example/moon", "headline": "The moon: cheese?",
             "datePublished": "2024-04-30", "publisher": {"@type": "Organization", "name": "Cheese Weekly"}},
            "https://social.example/status/987654321",
        ],
    },
}  # fmt: skip


def _repo(root: Path) -> Repository:
    return load_repository(root, load_settings(root))


def _import(tmp_path: Path, data: Any, root: Path | None = None, name: str = "in.json", **kw: Any) -> Path:
    root = root or tmp_path / "imported"
    root.mkdir(exist_ok=True)
    file = tmp_path / name
    file.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    import_claim_reviews(file, root, today=TODAY, **kw)
    return root


def _assert_loads_cleanly(root: Path) -> Repository:
    repo = _repo(root)
    assert repo.findings == []
    for source in repo.sources.values():
        assert source.meta.sha256 == body_sha256(source.body)
        assert str(source.meta.retrieved) == TODAY.isoformat()
    for record in repo.claims:
        body = repo.sources[record.claim.source].body
        assert record.claim.quote in body
    return repo


# -- round trip -----------------------------------------------------------------------------------


def _comparable(claim: Claim) -> dict[str, Any]:
    said_by = claim.said_by
    return {
        "claim": claim.claim,
        "quote": claim.quote,
        "said_by": (said_by.name, said_by.role, said_by.org) if said_by else None,
        "review": claim.review.model_dump() if claim.review else None,
        "when": str(claim.when) if claim.when else None,
    }


def test_export_then_import_gives_the_same_claims(reviewed_repo: Path, tmp_path: Path) -> None:
    original = [record.claim for record in _repo(reviewed_repo).claims if record.claim.review is not None]
    exported = render_claim_reviews(export_claim_reviews(_repo(reviewed_repo)).reviews)
    root = _import(tmp_path, exported)
    imported = [record.claim for record in _assert_loads_cleanly(root).claims]
    key = lambda item: item["claim"]  # noqa: E731
    assert sorted(map(_comparable, imported), key=key) == sorted(map(_comparable, original), key=key)


def test_round_trip_keeps_the_appearances_as_sources(reviewed_repo: Path, tmp_path: Path) -> None:
    exported = render_claim_reviews(export_claim_reviews(_repo(reviewed_repo)).reviews)
    repo = _assert_loads_cleanly(_import(tmp_path, exported))
    by_url = {source.meta.url: source for source in repo.sources.values()}
    tass = by_url["https://tass.com/politics/1234567"]
    assert tass.meta.outlet == "TASS" and str(tass.meta.published) == "2023-11-07"
    assert tass.meta.title == "Russia, China step up cooperation"
    dw = by_url["https://www.dw.com/de/china-russland/a-67354062"]
    assert dw.meta.authors == ["Anna Autorin"] and dw.meta.language == "de"
    assert by_url[None].meta.outlet == "Beispiel-Zeitung"  # a source without an address stays without one
    sixty = next(r.claim for r in repo.claims if r.claim.review and r.claim.review.rating == "Mostly true")
    assert sixty.source == dw.id  # the claim's own source, listed first
    assert "not the document's text" in (dw.meta.note or "")


def test_round_trip_then_validate(reviewed_repo: Path, tmp_path: Path) -> None:
    exported = render_claim_reviews(export_claim_reviews(_repo(reviewed_repo)).reviews)
    assert validate_findings(_import(tmp_path, exported)) == []


def test_export_import_export_is_stable_for_the_review_itself(reviewed_repo: Path, tmp_path: Path) -> None:
    first = export_claim_reviews(_repo(reviewed_repo)).reviews
    root = _import(tmp_path, render_claim_reviews(first))
    second = export_claim_reviews(_repo(root)).reviews
    strip = lambda review: {k: v for k, v in review.items() if k != "itemReviewed"}  # noqa: E731
    assert sorted(map(json.dumps, map(strip, first))) == sorted(map(json.dumps, map(strip, second)))


# -- third-party JSON-LD --------------------------------------------------------------------------


def test_a_third_party_review(tmp_path: Path) -> None:
    repo = _assert_loads_cleanly(_import(tmp_path, THIRD_PARTY))
    [record] = repo.claims
    claim = record.claim
    assert claim.id == "no-the-moon-is-not-made-of-cheese"
    assert claim.claim == claim.quote == "The moon is made of cheese."
    assert claim.said_by is not None
    assert (claim.said_by.name, claim.said_by.role, claim.said_by.org) == (
        "A. Blogger",
        "blogger",
        "Cheese Weekly",
    )
    assert claim.review is not None
    assert (claim.review.rating, claim.review.rating_value, claim.review.best) == ("False", 1.0, 5.0)
    assert str(claim.review.date) == "2024-05-02" and claim.review.author == "Checker"
    assert claim.when is None  # the claim holds when its source says it
    assert sorted(repo.sources) == ["moon", "social-example-987654321"]
    assert claim.source == "moon"
    assert str(repo.sources["moon"].meta.published) == "2024-04-30"


def test_a_review_without_appearance_gets_a_source_of_its_own(tmp_path: Path) -> None:
    data = {**THIRD_PARTY, "itemReviewed": {"@type": "Claim", "datePublished": "2024-04-30"}}
    repo = _assert_loads_cleanly(_import(tmp_path, data))
    [record] = repo.claims
    source = repo.sources[record.claim.source]
    assert source.meta.url is None and str(source.meta.published) == "2024-04-30"


@pytest.mark.parametrize(
    "wrap",
    [
        pytest.param(lambda review: [review, {"@type": "WebPage", "name": "not a review"}], id="list"),
        pytest.param(
            lambda review: {
                "@context": "https://schema.org",
                "@type": "DataFeed",
                "dataFeedElement": [{"@type": "DataFeedItem", "item": review}],
            },
            id="datafeed",
        ),
        pytest.param(lambda review: {"@context": "https://schema.org", "@graph": [review]}, id="graph"),
        pytest.param(
            lambda review: (
                '<html><head><script type="application/ld+json">'
                + json.dumps(review)
                + "</script></head><body>…</body></html>"
            ),
            id="html-page",
        ),
    ],
)
def test_the_shapes_of_json_ld(tmp_path: Path, wrap: Any) -> None:
    repo = _assert_loads_cleanly(_import(tmp_path, wrap(THIRD_PARTY)))
    assert [record.claim.claim for record in repo.claims] == ["The moon is made of cheese."]


def test_references_by_id_in_a_graph_are_followed(tmp_path: Path) -> None:
    review = {**THIRD_PARTY, "author": {"@id": "#org"}}
    organisation = {"@id": "#org", "@type": "Organization", "name": "Checker by reference"}
    graph = {"@context": "https://schema.org", "@graph": [review, organisation]}
    [item] = read_claim_reviews(json.dumps(graph), "in.json")
    assert item.review.author == "Checker by reference"


def test_a_feed_of_several_reviews_gets_unique_ids(tmp_path: Path) -> None:
    second = {**THIRD_PARTY, "claimReviewed": "The moon is made of green cheese."}
    repo = _assert_loads_cleanly(_import(tmp_path, [THIRD_PARTY, second]))
    assert sorted(record.id for record in repo.claims) == [
        "no-the-moon-is-not-made-of-cheese",
        "no-the-moon-is-not-made-of-cheese-2",
    ]
    # Both claims appeared in the same documents: one source each, holding both quotes.
    assert len(repo.sources) == 2
    assert "green cheese" in repo.sources["moon"].body


def test_a_review_without_url_is_named_by_its_words(tmp_path: Path) -> None:
    data = {key: value for key, value in THIRD_PARTY.items() if key != "url"}
    repo = _assert_loads_cleanly(_import(tmp_path, data))
    assert [record.id for record in repo.claims] == ["the-moon-is-made-of-cheese"]


def test_slugify() -> None:
    assert (
        slugify("Über 60 Projekte: Größte Übung seit 30 Jahren!")
        == "ueber-60-projekte-groesste-uebung-seit-30-jahren"
    )
    assert slugify("Ça va — déjà vu") == "ca-va-deja-vu"
    assert len(slugify("word " * 40)) <= 60


# -- into an existing repository ------------------------------------------------------------------


def test_import_appends_to_an_existing_file_and_keeps_its_comments(tmp_path: Path) -> None:
    root = _import(tmp_path, THIRD_PARTY)
    claims_file = root / "claims" / "imported-claimreview.yaml"
    claims_file.write_text(claims_file.read_text(encoding="utf-8") + "# kept comment\n", encoding="utf-8")
    other = {
        **THIRD_PARTY,
        "url": "https://checker.example/2024/06/sun-is-cold/",
        "claimReviewed": "The sun is cold.",
    }
    _import(tmp_path, other, root=root, name="second.json")
    text = claims_file.read_text(encoding="utf-8")
    assert "# kept comment" in text
    assert [entry["id"] for entry in yaml.safe_load(text)] == [
        "no-the-moon-is-not-made-of-cheese",
        "sun-is-cold",
    ]
    _assert_loads_cleanly(root)


def test_ids_do_not_collide_with_existing_claims_and_sources(tmp_path: Path, reviewed_repo: Path) -> None:
    (reviewed_repo / "sources" / "moon.md").write_text("---\ntitle: x\n---\nother text\n", encoding="utf-8")
    _import(tmp_path, THIRD_PARTY, root=reviewed_repo)
    repo = _repo(reviewed_repo)
    imported = next(
        record.claim for record in repo.claims if record.path.endswith("imported-claimreview.yaml")
    )
    assert imported.source == "moon-2"


def test_importing_the_same_review_again_needs_force(tmp_path: Path, cli_app: typer.Typer) -> None:
    root = _import(tmp_path, THIRD_PARTY)
    file = tmp_path / "in.json"
    result = CliRunner().invoke(cli_app, ["import", "claimreview", str(file), str(root)])
    assert result.exit_code == 2
    assert "already in the repository as claim `no-the-moon-is-not-made-of-cheese`" in result.stderr
    assert "--force" in result.stderr
    changed = {**THIRD_PARTY, "reviewRating": {"@type": "Rating", "alternateName": "Mostly false"}}
    file.write_text(json.dumps(changed), encoding="utf-8")
    result = CliRunner().invoke(
        cli_app, ["import", "claimreview", str(file), str(root), "--force", "--now", "2026-11-23"]
    )
    assert result.exit_code == 0, result.output
    assert "1 replaced" in result.stdout
    repo = _assert_loads_cleanly(root)
    [record] = repo.claims
    assert record.claim.review is not None and record.claim.review.rating == "Mostly false"
    assert len(repo.sources) == 2  # the sources written the first time are used again


# -- errors ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{not json", "in.json:1:2: not JSON"),
        ("", "in.json:1:1: not JSON"),
        ('{"@type": "WebPage"}', "in.json: no ClaimReview found"),
        ("[]", "in.json: no ClaimReview found"),
        ("<html><body>no markup</body></html>", "without a <script type=application/ld+json>"),
        ('{"@type": "ClaimReview", "reviewRating": {"alternateName": "False"}}', "no claimReviewed"),
        ('{"@type": "ClaimReview", "claimReviewed": "x"}', "reviewRating has no alternateName"),
        (
            '{"@type": "ClaimReview", "claimReviewed": "x", "reviewRating": {"ratingValue": 2}}',
            "no alternateName",
        ),
    ],
)
def test_malformed_input_is_a_one_line_usage_error(
    tmp_path: Path, cli_app: typer.Typer, text: str, message: str
) -> None:
    file = tmp_path / "in.json"
    file.write_text(text, encoding="utf-8")
    root = tmp_path / "repo"
    root.mkdir()
    result = CliRunner().invoke(cli_app, ["import", "claimreview", str(file), str(root)])
    assert result.exit_code == 2
    assert message in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.output
    assert not (root / "claims" / "imported-claimreview.yaml").exists()


def test_a_missing_file_and_a_missing_repository(tmp_path: Path, cli_app: typer.Typer) -> None:
    result = CliRunner().invoke(
        cli_app, ["import", "claimreview", str(tmp_path / "nope.json"), str(tmp_path)]
    )
    assert result.exit_code == 2 and "no such file" in result.stderr
    file = tmp_path / "in.json"
    file.write_text(json.dumps(THIRD_PARTY), encoding="utf-8")
    result = CliRunner().invoke(cli_app, ["import", "claimreview", str(file), str(tmp_path / "nope")])
    assert result.exit_code == 2 and "no such folder" in result.stderr


def test_a_bad_now_is_a_usage_error(tmp_path: Path, cli_app: typer.Typer) -> None:
    file = tmp_path / "in.json"
    file.write_text(json.dumps(THIRD_PARTY), encoding="utf-8")
    result = CliRunner().invoke(cli_app, ["import", "claimreview", str(file), str(tmp_path), "--now", "soon"])
    assert result.exit_code == 2 and "not a date" in result.stderr


def test_errors_raise_the_import_error_type(tmp_path: Path) -> None:
    with pytest.raises(ClaimReviewImportError):
        read_claim_reviews("nope", "x.json")
