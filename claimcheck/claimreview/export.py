"""Build schema.org ClaimReview JSON-LD from the claims that carry a `review:` block."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from claimcheck.claimreview.vocabulary import (
    CLAIM_REVIEWED_LIMIT,
    ELLIPSIS,
    SCHEMA_ORG,
    is_organisation_name,
)
from claimcheck.model import Claim, Person, Review
from claimcheck.repository import Repository, SourceDocument
from claimcheck.suggest import closest
from claimcheck.timespan import Precision, TimeSpan


class ExportError(Exception):
    """A request the export cannot meet (an `--id` that is unknown or has no review): exit status 2."""


@dataclass(frozen=True)
class ExportResult:
    """The ClaimReview objects, sorted by claim id, and notes for the user (shortened texts)."""

    reviews: list[dict[str, Any]]
    notes: list[str] = field(default_factory=list)


def export_claim_reviews(repo: Repository, ids: Sequence[str] = ()) -> ExportResult:
    """One ClaimReview per reviewed claim (or per claim named in `ids`, each of which must have a review)."""
    claims = sorted((record.claim for record in repo.claims), key=lambda claim: claim.id)
    if ids:
        known = {claim.id for claim in claims}
        for wanted in ids:
            if wanted not in known:
                nearest = closest(wanted, sorted(known))
                hint = f"did you mean `{nearest}`?" if nearest else "no claim has a similar id"
                raise ExportError(f"no claim `{wanted}`: {hint}")
        unreviewed = sorted({claim.id for claim in claims if claim.id in ids and claim.review is None})
        if unreviewed:
            names = ", ".join(f"`{claim_id}`" for claim_id in unreviewed)
            raise ExportError(f"claim {names} has no `review:` block; add one to export it as a ClaimReview")
        claims = [claim for claim in claims if claim.id in ids]
    reviews: list[dict[str, Any]] = []
    notes: list[str] = []
    for claim in claims:
        if claim.review is None:
            continue
        claim_reviewed, shortened = shorten_claim(claim.claim)
        if shortened:
            notes.append(
                f"claim `{claim.id}`: claimReviewed shortened to {len(claim_reviewed)} characters "
                f"(Google advises fewer than {CLAIM_REVIEWED_LIMIT}); the full text is in "
                "itemReviewed.description"
            )
        missing = [name for name in ("url", "author", "date") if getattr(claim.review, name) is None]
        if missing:
            notes.append(
                f"claim `{claim.id}`: its review has no {', '.join(f'`{name}`' for name in missing)}; "
                "Google's fact-check markup requires the url and recommends the author and date"
            )
        reviews.append(claim_review(claim, claim.review, repo))
    return ExportResult(reviews=reviews, notes=notes)


def render_claim_reviews(reviews: Sequence[dict[str, Any]]) -> str:
    """The JSON-LD text: one object when there is one review, else a list."""
    data: Any = reviews[0] if len(reviews) == 1 else list(reviews)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def claim_review(claim: Claim, review: Review, repo: Repository) -> dict[str, Any]:
    """The ClaimReview of one claim: the verdict, and the claim with who said it and where it appeared."""
    claim_reviewed, shortened = shorten_claim(claim.claim)
    result: dict[str, Any] = {"@context": SCHEMA_ORG, "@type": "ClaimReview"}
    if review.url:
        result["url"] = review.url
    result["claimReviewed"] = claim_reviewed
    if review.author:
        result["author"] = {"@type": "Organization", "name": review.author}
    if review.date is not None:
        result["datePublished"] = iso_date(review.date)
    rating: dict[str, Any] = {"@type": "Rating", "alternateName": review.rating}
    for key, number in (
        ("ratingValue", review.rating_value),
        ("bestRating", review.best),
        ("worstRating", review.worst),
    ):
        if number is not None:
            rating[key] = _json_number(number)
    result["reviewRating"] = rating
    result["itemReviewed"] = reviewed_claim(claim, repo, full_text=shortened)
    return result


def reviewed_claim(claim: Claim, repo: Repository, *, full_text: bool = False) -> dict[str, Any]:
    """The `itemReviewed` Claim: its words, its author, its time, and the documents it appeared in.

    `full_text` puts the whole claim text in `description`, for when `claimReviewed` had to be shortened.
    """
    item: dict[str, Any] = {"@type": "Claim"}
    if claim.said_by is not None:
        item["author"] = claim_author(claim.said_by)
    sources = appearances(claim, repo)
    first = first_appearance(claim, sources)
    date = first.meta.published if first is not None and first.meta.published is not None else claim.when
    if date is not None:
        item["datePublished"] = iso_date(date)
    if claim.when is not None:
        item["temporalCoverage"] = str(claim.when)
    item["text"] = claim.quote
    if full_text:
        item["description"] = claim.claim
    if sources:
        item["appearance"] = [creative_work(source) for source in sources]
    if first is not None:
        item["firstAppearance"] = creative_work(first)
    return item


def claim_author(person: Person) -> dict[str, Any]:
    """`said_by` as a Person (with jobTitle and affiliation), or an Organization when it names one."""
    if person.role is None and (is_organisation_name(person.name) or person.org == person.name):
        organisation: dict[str, Any] = {"@type": "Organization", "name": person.name}
        if person.org and person.org != person.name:
            organisation["parentOrganization"] = {"@type": "Organization", "name": person.org}
        return organisation
    result: dict[str, Any] = {"@type": "Person", "name": person.name}
    if person.role:
        result["jobTitle"] = person.role
    if person.org:
        result["affiliation"] = {"@type": "Organization", "name": person.org}
    return result


def appearances(claim: Claim, repo: Repository) -> list[SourceDocument]:
    """The claim's own source first, then the sources of claims that say the same, by date and id.

    "The same" is simple on purpose: the same `about`, stance and value (as written, or no value on
    either side), or the same quote. Values written differently ("über 60" and "> 60") are not matched,
    so a conflicting claim is never listed as an appearance.
    """
    found: list[SourceDocument] = []
    own = repo.sources.get(claim.source)
    if own is not None:
        found.append(own)
    others: dict[str, SourceDocument] = {}
    for record in repo.claims:
        other = record.claim
        if other.source == claim.source or other.source in others or other is claim:
            continue
        source = repo.sources.get(other.source)
        if source is not None and _says_the_same(claim, other):
            others[source.id] = source
    found.extend(sorted(others.values(), key=_date_order))
    unique: list[SourceDocument] = []
    urls: set[str] = set()
    for source in found:
        if source.meta.url is not None:
            if source.meta.url in urls:
                continue
            urls.add(source.meta.url)
        unique.append(source)
    return unique


def first_appearance(claim: Claim, sources: Sequence[SourceDocument]) -> SourceDocument | None:
    """The earliest dated appearance; the claim's own source when none is dated (or on a tie)."""
    if not sources:
        return None
    return min(sources, key=lambda source: (*_date_order(source)[:2], source.id != claim.source, source.id))


def _date_order(source: SourceDocument) -> tuple[bool, str, str]:
    published = source.meta.published
    return (published is None, published.start.isoformat() if published else "", source.id)


def _says_the_same(claim: Claim, other: Claim) -> bool:
    if _squash(claim.quote) == _squash(other.quote):
        return True
    if claim.about is None or other.about != claim.about or other.stance != claim.stance:
        return False
    if claim.value is None or other.value is None:
        return True
    return _squash(claim.value) == _squash(other.value)


def _squash(text: str) -> str:
    return " ".join(text.split()).casefold()


def creative_work(source: SourceDocument) -> dict[str, Any]:
    """A source as the CreativeWork the claim appeared in."""
    meta = source.meta
    work: dict[str, Any] = {"@type": "CreativeWork"}
    if meta.url:
        work["url"] = meta.url
    if meta.title:
        work["headline"] = meta.title
    if meta.published is not None:
        work["datePublished"] = iso_date(meta.published)
    if meta.outlet:
        work["publisher"] = {"@type": "Organization", "name": meta.outlet}
    if meta.authors:
        work["author"] = [{"@type": "Person", "name": name} for name in meta.authors]
    if meta.language:
        work["inLanguage"] = meta.language
    return work


def shorten_claim(text: str, limit: int = CLAIM_REVIEWED_LIMIT) -> tuple[str, bool]:
    """`text` when it is shorter than `limit` characters, else cut at a word boundary and ended with `…`.

    Returns the text and whether it was shortened.
    """
    if len(text) < limit:
        return text, False
    text = " ".join(text.split())
    if len(text) < limit:
        return text, False
    room = limit - 1 - len(ELLIPSIS)
    cut = text[: room + 1]
    space = cut.rfind(" ")
    kept = cut[:space] if space > room // 2 else text[:room]
    return kept.rstrip(" ,;:–—-") + ELLIPSIS, True


def iso_date(span: TimeSpan) -> str:
    """An ISO 8601 date as precise as written (`2026`, `2026-01`, `2026-01-15`); of a period, its start."""
    if span.precision is Precision.PERIOD:
        return span.start.isoformat()
    return str(span)


def _json_number(number: float) -> int | float:
    return int(number) if number.is_integer() else number
