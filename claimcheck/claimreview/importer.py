"""Read schema.org ClaimReview JSON-LD into claims and sources of a claim repository."""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml
from pydantic import ValidationError

from claimcheck.atomic_write import write_text_atomic
from claimcheck.claimreview.vocabulary import ELLIPSIS
from claimcheck.loader import load_repository
from claimcheck.model import ID_PATTERN, Claim, Person, Review, SourceMeta
from claimcheck.repository import Repository
from claimcheck.settings import load_settings
from claimcheck.source_file import body_sha256, render_source_file
from claimcheck.timespan import TimeSpan, TimeSpanError

IMPORT_FILE_NAME = "imported-claimreview.yaml"
IMPORT_FILE_HEADER = "# Claims imported from ClaimReview JSON-LD by `claimcheck import claimreview`.\n"
SOURCE_NOTE = (
    "Imported from ClaimReview JSON-LD: the body holds only the claim as the fact-check quotes it, "
    "not the document's text."
)
MAX_ID_LENGTH = 60
_SCHEMA_PREFIXES = ("", "schema:", "https://schema.org/", "http://schema.org/")
_LD_JSON_SCRIPT = re.compile(
    r"<script\b[^>]*\btype\s*=\s*[\"']?application/ld\+json[\"']?[^>]*>(.*?)</script\s*>",
    re.IGNORECASE | re.DOTALL,
)
_DATE_PREFIX = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ]")


class ClaimReviewImportError(Exception):
    """Input that cannot be imported (not JSON, no ClaimReview, a review without a verdict): exit status 2."""


@dataclass(frozen=True)
class Appearance:
    """A document a claim appeared in, as a ClaimReview describes it."""

    url: str | None = None
    headline: str | None = None
    publisher: str | None = None
    published: TimeSpan | None = None
    authors: tuple[str, ...] = ()
    language: str | None = None

    @property
    def key(self) -> tuple[str | None, ...]:
        if self.url is not None:
            return (self.url,)
        return (None, self.headline, self.publisher, str(self.published) if self.published else None)


@dataclass(frozen=True)
class ReviewedClaim:
    """One ClaimReview as read: the claim's words, who said it, the verdict and where it appeared."""

    number: int  # 1-based position in the input, for messages
    claim: str
    quote: str
    said_by: Person | None
    when: TimeSpan | None
    date: TimeSpan | None  # itemReviewed.datePublished: when the claim was made
    review: Review
    appearances: tuple[Appearance, ...]

    @property
    def key(self) -> tuple[str | None, str]:
        """What makes two reviews the same: a fact-check page may review several claims."""
        return (self.review.url, self.claim)


@dataclass
class ImportSummary:
    """What an import wrote, as paths relative to the repository root."""

    claims_file: str
    claim_ids: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    sources_written: list[str] = field(default_factory=list)
    sources_reused: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


# -- reading JSON-LD ------------------------------------------------------------------------------


def find_claim_reviews(text: str, name: str) -> list[dict[str, Any]]:
    """Every ClaimReview object in a JSON-LD text (or in the `ld+json` scripts of an HTML page).

    The text may hold one object, a list, a `DataFeed` whose `dataFeedElement` items hold them, or an
    `@graph`; `{"@id": …}` references to nodes elsewhere in the document are resolved.
    """
    documents = _json_documents(text, name)
    index: dict[str, dict[str, Any]] = {}
    for node in _all_nodes(documents):
        node_id = node.get("@id")
        if isinstance(node_id, str) and len(node) > 1:
            index.setdefault(node_id, node)
    reviews = [_expand(node, index) for node in _claim_review_nodes(documents)]
    if not reviews:
        raise ClaimReviewImportError(
            f"{name}: no ClaimReview found (looked in objects, lists, DataFeed items and @graph)"
        )
    return reviews


def _json_documents(text: str, name: str) -> list[Any]:
    stripped = text.lstrip("\ufeff \t\r\n")
    if stripped.startswith("<"):
        scripts = _LD_JSON_SCRIPT.findall(stripped)
        if not scripts:
            raise ClaimReviewImportError(f"{name}: an HTML page without a <script type=application/ld+json>")
        return [_parse_json(script, f"{name} (ld+json script {n})") for n, script in enumerate(scripts, 1)]
    return [_parse_json(stripped, name)]


def _parse_json(text: str, name: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ClaimReviewImportError(
            f"{name}:{exc.lineno}:{exc.colno}: not JSON: {exc.msg} (ClaimReview is imported from JSON-LD)"
        ) from None
    except RecursionError:
        raise ClaimReviewImportError(f"{name}: JSON nested too deeply") from None


def _all_nodes(documents: Sequence[Any]) -> Iterator[dict[str, Any]]:
    stack: list[Any] = list(reversed(documents))
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            yield item
            stack.extend(reversed(list(item.values())))


def _claim_review_nodes(documents: Sequence[Any]) -> Iterator[dict[str, Any]]:
    """ClaimReview objects in document order, not looking inside one for another."""
    stack: list[Any] = list(reversed(documents))
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            if _has_type(item, "ClaimReview"):
                yield item
            else:
                stack.extend(reversed(list(item.values())))


def _type_names(node: dict[str, Any]) -> set[str]:
    types = node.get("@type", [])
    if not isinstance(types, list):
        types = [types]
    return {re.split(r"[/:#]", kind)[-1] for kind in types if isinstance(kind, str)}


def _has_type(node: dict[str, Any], name: str) -> bool:
    return name in _type_names(node)


def _expand(value: Any, index: dict[str, dict[str, Any]], depth: int = 0) -> Any:
    """A copy of `value` with `{"@id": …}` references replaced by the nodes they name (a few levels deep)."""
    if depth > 8:
        return value
    if isinstance(value, list):
        return [_expand(item, index, depth + 1) for item in value]
    if not isinstance(value, dict):
        return value
    if set(value) <= {"@id", "@type"} and isinstance(value.get("@id"), str):
        target = index.get(value["@id"])
        if target is not None:
            return _expand(target, index, depth + 1)
    return {key: _expand(item, index, depth + 1) for key, item in value.items()}


def _prop(node: Any, name: str) -> Any:
    """A property of a node, whichever way the document writes its name (`name`, `schema:name` …)."""
    if not isinstance(node, dict):
        return None
    for prefix in _SCHEMA_PREFIXES:
        if prefix + name in node:
            return node[prefix + name]
    return None


def _first(value: Any) -> Any:
    if isinstance(value, list):
        return next((item for item in value if item is not None), None)
    return value


def _text(value: Any) -> str | None:
    """A literal: a string, a number, or a JSON-LD value object."""
    value = _first(value)
    if isinstance(value, dict) and "@value" in value:
        value = value["@value"]
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, str):
        text = " ".join(value.split())
        return text or None
    return None


def _name(value: Any) -> str | None:
    """The name of a thing given as a string or as an object with `name`."""
    value = _first(value)
    if isinstance(value, dict) and "@value" not in value:
        name = _text(_prop(value, "name"))
        if name is None:
            parts = [_text(_prop(value, "givenName")), _text(_prop(value, "familyName"))]
            name = " ".join(part for part in parts if part) or None
        return name or _text(_prop(value, "alternateName"))
    return _text(value)


def _url(value: Any) -> str | None:
    value = _first(value)
    if isinstance(value, dict):
        return _text(_prop(value, "url")) or _text(value.get("@id"))
    return _text(value)


def _number(value: Any) -> float | None:
    text = _text(value)
    if text is None:
        return None
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return None


def _date(value: Any) -> TimeSpan | None:
    text = _text(value)
    if text is None:
        return None
    match = _DATE_PREFIX.match(text)
    try:
        return TimeSpan.parse(match.group(1) if match else text)
    except TimeSpanError:
        return None


def read_claim_reviews(text: str, name: str) -> list[ReviewedClaim]:
    """Every ClaimReview in `text` as a `ReviewedClaim`; `ClaimReviewImportError` on the first bad one."""
    return [
        _reviewed_claim(node, number, name) for number, node in enumerate(find_claim_reviews(text, name), 1)
    ]


def _reviewed_claim(node: dict[str, Any], number: int, name: str) -> ReviewedClaim:
    review_url = _url(_prop(node, "url"))
    where = f"{name}: ClaimReview #{number}" + (f" ({review_url})" if review_url else "")
    item = _first(_prop(node, "itemReviewed"))
    item = item if isinstance(item, dict) else {}
    claim_reviewed = _text(_prop(node, "claimReviewed"))
    description = _text(_prop(item, "description"))
    item_text = _text(_prop(item, "text"))
    claim_text = claim_reviewed or item_text
    if claim_text is None:
        raise ClaimReviewImportError(f"{where}: no claimReviewed (and no itemReviewed.text)")
    if claim_text.endswith(ELLIPSIS) and description and description.startswith(claim_text[:-1].rstrip()):
        claim_text = description  # the export's way of keeping a shortened claim whole
    rating = _first(_prop(node, "reviewRating"))
    rating = rating if isinstance(rating, dict) else {}
    verdict = _text(_prop(rating, "alternateName")) or _text(_prop(rating, "name"))
    if verdict is None:
        raw_value = _text(_prop(rating, "ratingValue"))
        verdict = raw_value if raw_value is not None and _number(raw_value) is None else None
    if verdict is None:
        raise ClaimReviewImportError(f"{where}: reviewRating has no alternateName (the verdict as text)")
    try:
        review = Review(
            rating=verdict,
            rating_value=_number(_prop(rating, "ratingValue")),
            best=_number(_prop(rating, "bestRating")),
            worst=_number(_prop(rating, "worstRating")),
            url=review_url,
            author=_name(_prop(node, "author")),
            date=_date(_prop(node, "datePublished")),
        )
    except ValidationError as exc:
        raise ClaimReviewImportError(f"{where}: {exc.errors()[0]['msg']}") from None
    appearances: dict[tuple[str | None, ...], Appearance] = {}
    for value in (*_as_list(_prop(item, "appearance")), *_as_list(_prop(item, "firstAppearance"))):
        appearance = _appearance(value)
        if appearance is not None:
            appearances.setdefault(appearance.key, appearance)
    return ReviewedClaim(
        number=number,
        claim=claim_text,
        quote=item_text or claim_text,
        said_by=_person(_prop(item, "author")),
        when=_date(_prop(item, "temporalCoverage")),
        date=_date(_prop(item, "datePublished")),
        review=review,
        appearances=tuple(appearances.values()),
    )


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _appearance(value: Any) -> Appearance | None:
    if isinstance(value, str):
        url = _http_url(value)
        return Appearance(url=url) if url else None
    if not isinstance(value, dict):
        return None
    appearance = Appearance(
        url=_http_url(_url(value)),
        headline=_text(_prop(value, "headline")) or _text(_prop(value, "name")),
        publisher=_name(_prop(value, "publisher")),
        published=_date(_prop(value, "datePublished")),
        authors=tuple(
            name for name in (_name(author) for author in _as_list(_prop(value, "author"))) if name
        ),
        language=_text(_prop(value, "inLanguage")),
    )
    return None if appearance == Appearance() else appearance


def _http_url(text: str | None) -> str | None:
    """A URL a source may keep (`http(s)://host…`), else None: addresses are never made up or mended."""
    if text is None or not re.match(r"^https?://[^\s/]+", text) or re.search(r"\s", text):
        return None
    return text


def _person(value: Any) -> Person | None:
    value = _first(value)
    name = _name(value)
    if name is None:
        return None
    if not isinstance(value, dict):
        return Person(name=name)
    types = _type_names(value)
    if types and "Person" not in types:
        return Person(name=name, org=_name(_prop(value, "parentOrganization")))
    org = _name(_prop(value, "affiliation")) or _name(_prop(value, "worksFor"))
    return Person(name=name, role=_name(_prop(value, "jobTitle")), org=org)


# -- ids ------------------------------------------------------------------------------------------

_TRANSLITERATION = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "ae", "Ö": "oe", "Ü": "ue"}
)


def slugify(text: str, max_length: int = MAX_ID_LENGTH) -> str:
    """An id made of `text`: lowercase ASCII letters and digits joined by `-`, cut at a word boundary."""
    ascii_text = unicodedata.normalize("NFKD", text.translate(_TRANSLITERATION))
    ascii_text = ascii_text.encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    if len(slug) > max_length:
        cut = slug[: max_length + 1]
        slug = cut[: cut.rfind("-")] if "-" in cut else slug[:max_length]
    return slug.strip("-")


def _words_slug(text: str, words: int = 6) -> str:
    return slugify("-".join(text.split()[:words]))


def _url_slug(url: str | None) -> str:
    """The last part of a URL's path as an id, when it reads as words (`…/pope-endorses-x.html`)."""
    if not url:
        return ""
    segments = [segment for segment in urlsplit(url).path.split("/") if segment]
    if not segments:
        return ""
    slug = slugify(re.sub(r"\.(html?|php|aspx?|jsp)$", "", segments[-1], flags=re.IGNORECASE))
    return slug if re.search(r"[a-z]{3}", slug) else ""


def _url_host_slug(url: str | None) -> str:
    """The host and the last part of the path (`tass-com-1234567`), for addresses without words."""
    if not url:
        return ""
    parts = urlsplit(url)
    segments = [segment for segment in parts.path.split("/") if segment]
    host = re.sub(r"^www\.", "", parts.hostname or "")
    return slugify("-".join([host, *segments[-1:]]))


def unique_id(base: str, taken: set[str], fallback: str) -> str:
    """`base` (or `fallback`), with `-2`, `-3` … appended until no id in `taken` has it; added to `taken`."""
    base = base if base and ID_PATTERN.match(base) else fallback
    candidate, number = base, 1
    while candidate in taken:
        number += 1
        candidate = f"{base}-{number}"
    taken.add(candidate)
    return candidate


# -- writing into a repository --------------------------------------------------------------------


@dataclass
class _PlannedSource:
    id: str
    appearance: Appearance
    quotes: list[str] = field(default_factory=list)

    def body(self) -> str:
        return "\n\n".join(self.quotes) + "\n"


def import_claim_reviews(
    file: Path, root: Path, *, today: dt.date, force: bool = False, display_name: str | None = None
) -> ImportSummary:
    """Import the ClaimReviews in `file` into the repository at `root`; bad input writes nothing.

    Raises `ClaimReviewImportError` (and `SettingsError` / `RepositoryError` from reading the repository).
    """
    name = display_name or str(file)
    try:
        text = file.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ClaimReviewImportError(f"{name}: no such file") from None
    except UnicodeDecodeError:
        raise ClaimReviewImportError(
            f"{name}: not UTF-8 text (ClaimReview is imported from JSON-LD)"
        ) from None
    except OSError as exc:
        raise ClaimReviewImportError(f"{name}: cannot read: {exc.strerror}") from None
    reviewed = read_claim_reviews(text, name)
    if not root.is_dir():
        raise ClaimReviewImportError(f"{root}: no such folder")
    settings = load_settings(root)
    settings.sources_dir.mkdir(parents=True, exist_ok=True)
    settings.claims_dir.mkdir(parents=True, exist_ok=True)
    repo = load_repository(root, settings)
    return _ImportRun(repo, name=name, today=today, force=force).run(reviewed)


class _ImportRun:
    """One import: decides ids, sources and replacements first, then writes."""

    def __init__(self, repo: Repository, *, name: str, today: dt.date, force: bool) -> None:
        self.repo = repo
        self.name = name
        self.today = today
        self.force = force
        self.claims_path = repo.settings.claims_dir / IMPORT_FILE_NAME
        self.claims_shown = _relative(repo.root, self.claims_path)
        self.claim_ids = {record.id for record in repo.claims}
        self.source_ids = set(repo.sources) | {path.stem for path in repo.settings.sources_dir.rglob("*.md")}
        self.new_sources: dict[tuple[str | None, ...], _PlannedSource] = {}
        self.summary = ImportSummary(claims_file=self.claims_shown)

    def run(self, reviewed: Sequence[ReviewedClaim]) -> ImportSummary:
        existing = {
            (record.claim.review.url, record.claim.claim): record
            for record in self.repo.claims
            if record.claim.review is not None
        }
        seen: set[tuple[str | None, str]] = set()
        appended: list[Claim] = []
        replacements: dict[str, Claim] = {}
        for item in reviewed:
            if item.key in seen:
                self.summary.notes.append(
                    f"{self.name}: ClaimReview #{item.number} repeats an earlier one; skipped"
                )
                continue
            seen.add(item.key)
            record = existing.get(item.key)
            claim_id: str | None = None
            if record is not None:
                if not self.force:
                    what = item.review.url or item.claim
                    raise ClaimReviewImportError(
                        f"{self.name}: ClaimReview #{item.number} ({what}) is already in the repository as "
                        f"claim `{record.id}` ({record.path}); use --force to import it again"
                    )
                if record.path == self.claims_shown:
                    claim_id = record.id
            claim = self._claim(item, claim_id)
            if claim_id is not None:
                replacements[claim_id] = claim
                self.summary.replaced.append(claim_id)
            else:
                appended.append(claim)
            self.summary.claim_ids.append(claim.id)
        sources = self._source_files()
        self._write(sources, appended, replacements)
        return self.summary

    def _claim(self, item: ReviewedClaim, claim_id: str | None) -> Claim:
        if claim_id is None:
            base = _url_slug(item.review.url) or _words_slug(item.claim)
            claim_id = unique_id(base, self.claim_ids, "claimreview")
        appearances = item.appearances or (Appearance(published=item.date),)
        source_ids = [self._source_for(appearance, item.quote, claim_id) for appearance in appearances]
        try:
            return Claim(
                id=claim_id,
                source=source_ids[0],
                quote=item.quote,
                claim=item.claim,
                when=item.when,
                said_by=item.said_by,
                review=item.review,
            )
        except ValidationError as exc:
            error = exc.errors()[0]
            where = ".".join(str(part) for part in error["loc"])
            raise ClaimReviewImportError(
                f"{self.name}: ClaimReview #{item.number}: `{where}`: {error['msg']}"
            ) from None

    def _source_for(self, appearance: Appearance, quote: str, claim_id: str) -> str:
        """The id of the source for one appearance: an existing one that holds the quote, or a new one."""
        for source in self.repo.sources.values():
            if _same_document(source.meta, appearance) and _squash(quote) in _squash(source.body):
                if source.id not in self.summary.sources_reused:
                    self.summary.sources_reused.append(source.id)
                return source.id
        planned = self.new_sources.get(appearance.key)
        if planned is None:
            base = (
                _url_slug(appearance.url)
                or _words_slug(appearance.headline or "")
                or _url_host_slug(appearance.url)
                or claim_id
            )
            planned = _PlannedSource(unique_id(base, self.source_ids, "imported-source"), appearance)
            self.new_sources[appearance.key] = planned
        if quote not in planned.quotes:
            planned.quotes.append(quote)
        return planned.id

    def _source_files(self) -> dict[str, str]:
        files: dict[str, str] = {}
        for planned in self.new_sources.values():
            body = planned.body()
            appearance = planned.appearance
            meta = SourceMeta(
                title=appearance.headline,
                outlet=appearance.publisher,
                url=appearance.url,
                published=appearance.published,
                language=appearance.language,
                authors=list(appearance.authors),
                retrieved=TimeSpan.day(self.today),
                sha256=body_sha256(body),
                note=SOURCE_NOTE,
            )
            files[planned.id] = render_source_file(meta.model_dump(mode="json"), body)
        return files

    def _write(self, sources: dict[str, str], appended: list[Claim], replacements: dict[str, Claim]) -> None:
        claims_text = self._claims_text(appended, replacements)
        for source_id, text in sources.items():
            path = self.repo.settings.sources_dir / f"{source_id}.md"
            write_text_atomic(path, text)
            self.summary.sources_written.append(_relative(self.repo.root, path))
        write_text_atomic(self.claims_path, claims_text)

    def _claims_text(self, appended: list[Claim], replacements: dict[str, Claim]) -> str:
        if not self.claims_path.exists():
            return IMPORT_FILE_HEADER + dump_claims(appended)
        try:
            current = self.claims_path.read_text(encoding="utf-8")
            entries = yaml.safe_load(current)
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
            raise ClaimReviewImportError(f"{self.claims_shown}: cannot read it to append: {exc}") from None
        if entries is not None and not isinstance(entries, list):
            raise ClaimReviewImportError(f"{self.claims_shown}: not a list of claims; fix or move it first")
        if not replacements:
            separator = "" if not current or current.endswith("\n") else "\n"
            return current + separator + dump_claims(appended)
        # Replacing entries means writing the file anew (its comments other than the header are lost).
        rewritten = [
            _claim_entry(replacements[entry["id"]])
            if isinstance(entry, dict) and entry.get("id") in replacements
            else entry
            for entry in entries or []
        ]
        rewritten.extend(_claim_entry(claim) for claim in appended)
        return IMPORT_FILE_HEADER + _dump_yaml(rewritten)


def _same_document(meta: SourceMeta, appearance: Appearance) -> bool:
    if appearance.url is not None or meta.url is not None:
        return meta.url == appearance.url
    return (meta.title, meta.outlet, meta.published) == (
        appearance.headline,
        appearance.publisher,
        appearance.published,
    ) and any(value is not None for value in (meta.title, meta.outlet))


def _claim_entry(claim: Claim) -> dict[str, Any]:
    entry: dict[str, Any] = claim.model_dump(mode="json", exclude_defaults=True)
    review = entry.get("review", {})
    for key, number in review.items():
        if isinstance(number, float) and number.is_integer():
            review[key] = int(number)  # `best: 5`, as people write it
    return entry


def dump_claims(claims: Sequence[Claim]) -> str:
    """Claims as the YAML list items of a claims file (only the fields that differ from the defaults)."""
    return _dump_yaml([_claim_entry(claim) for claim in claims]) if claims else ""


class _NoAliasDumper(yaml.SafeDumper):
    """Safe YAML without anchors and aliases, which the loader refuses in claims files."""

    def ignore_aliases(self, data: object) -> bool:
        return True


def _dump_yaml(entries: list[Any]) -> str:
    text: str = yaml.dump(entries, Dumper=_NoAliasDumper, allow_unicode=True, sort_keys=False, width=1000)
    return text


def _squash(text: str) -> str:
    return " ".join(text.split()).casefold()


def _relative(root: Path, path: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()
