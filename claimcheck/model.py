"""The data model of a claim repository: `Claim` entries and `SourceMeta` front matter (pydantic v2)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    WithJsonSchema,
    field_validator,
)

from claimcheck.timespan import TimeSpan, TimeSpanError

ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]*$")
ABOUT_PATTERN = re.compile(r"^[a-z0-9][a-z0-9/._-]*$")
SHA256_PATTERN = re.compile(r"^[0-9a-f]{64}$")
URL_PATTERN = re.compile(r"^https?://[^\s/]+")
CONFIDENCE_WORDS = ("high", "medium", "low")


def _to_timespan(value: Any) -> TimeSpan:
    """Accept what YAML gives for a date: a string, a bare year (int) or a `datetime.date`."""
    if isinstance(value, TimeSpan):
        return value
    if isinstance(value, dt.datetime):
        return TimeSpan.day(value.date())
    if isinstance(value, dt.date):
        return TimeSpan.day(value)
    if isinstance(value, bool):
        raise ValueError("expected a date like 2026, 2026-01, 2026-01-15 or 2025-10/2025-12")
    if isinstance(value, int):
        return TimeSpan.parse(f"{value:04d}")
    if isinstance(value, str):
        try:
            return TimeSpan.parse(value)
        except TimeSpanError as exc:
            raise ValueError(f"{exc.message}; {exc.hint}") from None
    raise ValueError("expected a date like 2026, 2026-01, 2026-01-15 or 2025-10/2025-12")


DATE_JSON_SCHEMA = {
    "type": "string",
    "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?$",
    "description": "A date of reduced precision (YYYY, YYYY-MM, YYYY-MM-DD) or a period START/END.",
}

DateOrPeriod = Annotated[
    TimeSpan,
    BeforeValidator(_to_timespan),
    PlainSerializer(str, return_type=str),
    WithJsonSchema(DATE_JSON_SCHEMA),
]


def _to_text(value: Any) -> Any:
    """Numbers written without quotes in YAML (`value: 60`) are still text to the parser."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


ValueText = Annotated[str, BeforeValidator(_to_text)]


class Person(BaseModel):
    """Who said something: a name, with a role and organisation where the text gives them."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1)
    role: str | None = None
    org: str | None = None


def _to_person(value: Any) -> Any:
    if isinstance(value, str):
        return {"name": value}
    return value


SaidBy = Annotated[Person, BeforeValidator(_to_person)]


def _to_confidence(value: Any) -> Any:
    if isinstance(value, str) and value.strip().lower() in CONFIDENCE_WORDS:
        return value.strip().lower()
    return value


Confidence = Annotated[
    Literal["high", "medium", "low"] | Annotated[float, Field(ge=0.0, le=1.0)],
    BeforeValidator(_to_confidence),
]


class Review(BaseModel):
    """A published fact-check of the claim (exported as schema.org ClaimReview)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    rating: str = Field(min_length=1)  # the verdict as text, e.g. "False", "Mostly true"
    rating_value: float | None = None
    best: float | None = None
    worst: float | None = None
    url: str | None = None  # the published fact-check
    author: str | None = None  # the fact-checking organisation
    date: DateOrPeriod | None = None


class Claim(BaseModel):
    """One claim entry of a `claims/*.yaml` list, exactly the fields of PRODUCT.md."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=False)

    id: str
    source: str
    quote: str = Field(min_length=1)
    claim: str = Field(min_length=1)
    about: str | None = None
    value: ValueText | None = None
    when: DateOrPeriod | None = None
    said_by: SaidBy | None = None
    via: list[str] = Field(default_factory=list)
    stance: Literal["asserts", "denies"] = "asserts"
    confidence: Confidence | None = None
    rank: Literal["normal", "preferred", "deprecated"] = "normal"
    note: str | None = None
    tags: list[str] = Field(default_factory=list)
    review: Review | None = None

    @field_validator("id")
    @classmethod
    def _id_shape(cls, value: str) -> str:
        if not ID_PATTERN.match(value):
            raise ValueError(f"id {value!r} must be lowercase letters, digits and '-', starting with one")
        return value

    @field_validator("about")
    @classmethod
    def _about_shape(cls, value: str | None) -> str | None:
        if value is not None and not ABOUT_PATTERN.match(value):
            raise ValueError(f"about {value!r} must be lowercase letters, digits and / . _ -")
        return value


CLAIM_FIELDS = tuple(Claim.model_fields)


class SourceMeta(BaseModel):
    """The YAML front matter of a `sources/<id>.md` file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: DateOrPeriod | None = None
    language: str | None = None
    authors: list[str] = Field(default_factory=list)
    credits: list[str] = Field(default_factory=list)
    retrieved: DateOrPeriod | None = None
    sha256: str | None = None
    note: str | None = None

    @field_validator("url")
    @classmethod
    def _url_shape(cls, value: str | None) -> str | None:
        if value is not None and not URL_PATTERN.match(value):
            raise ValueError(f"url {value!r} must start with http:// or https:// (or be null)")
        return value

    @field_validator("sha256")
    @classmethod
    def _sha_shape(cls, value: str | None) -> str | None:
        if value is not None and not SHA256_PATTERN.match(value):
            raise ValueError("sha256 must be 64 lowercase hex digits")
        return value


SOURCE_FIELDS = tuple(SourceMeta.model_fields)
