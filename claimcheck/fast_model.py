"""Build `Claim` models from plainly valid entries without pydantic's per-entry cost.

Validating 1,000,000 claims one by one with pydantic costs tens of seconds, and each model then
holds its own set of field names, its own time spans and people. `build_claim` checks the
common shapes by hand and gives the very model pydantic would (same fields, same field set);
for anything it is not sure of it returns None, and the caller validates with pydantic, whose
errors are the messages users see. Values that repeat across claims (field-name sets, dates,
people, source ids) are shared between the models: they are all frozen.
"""

from __future__ import annotations

import datetime as dt
import sys
from typing import Any, cast

from pydantic import BaseModel

from claimcheck.model import (
    ABOUT_PATTERN,
    CONFIDENCE_WORDS,
    ID_PATTERN,
    SHA256_PATTERN,
    URL_PATTERN,
    Claim,
    Person,
    SourceMeta,
)
from claimcheck.timespan import TimeSpan, TimeSpanError

_FIELDS = tuple(Claim.model_fields)
_FIELD_NAMES = frozenset(_FIELDS)
_REQUIRED = ("id", "source", "quote", "claim")
_STANCES = {word: word for word in ("asserts", "denies")}
_RANKS = {word: word for word in ("normal", "preferred", "deprecated")}
_CONFIDENCE = {word: word for word in CONFIDENCE_WORDS}
# Strings up to this long are interned: ids of sources, `about` keys, values and tags repeat.
_SHARED_LENGTH = 64
# The shared tables are bounded so that hostile input cannot grow them without end.
_MAX_SHARED = 100_000

_field_sets: dict[tuple[str, ...], set[str]] = {}
_spans: dict[str, TimeSpan] = {}
_people: dict[tuple[Any, ...], Person] = {}


def _share(text: str) -> str:
    return sys.intern(text) if len(text) <= _SHARED_LENGTH else text


def _field_set(names: tuple[str, ...]) -> set[str] | None:
    """The field set of a claim given these keys (one shared set per key order), or None."""
    fields_set = _field_sets.get(names)
    if fields_set is None:
        if not _FIELD_NAMES.issuperset(names) or not all(name in names for name in _REQUIRED):
            return None
        if len(_field_sets) >= _MAX_SHARED:
            _field_sets.clear()
        fields_set = _field_sets[names] = set(names)
    return fields_set


def _span(value: Any) -> TimeSpan | None:
    """What `model._to_timespan` makes of a text or a date, or None where it would fail."""
    if type(value) is TimeSpan:
        return value
    if type(value) is str:
        span = _spans.get(value)
        if span is None:
            try:
                span = TimeSpan.parse(value)
            except TimeSpanError:
                return None
            if len(_spans) >= _MAX_SHARED:
                _spans.clear()
            _spans[value] = span
        return span
    if type(value) is dt.date:
        return TimeSpan.day(value)
    return None


def _text_list(value: Any) -> list[str] | None:
    if type(value) is not list:
        return None
    for item in value:
        if type(item) is not str:
            return None
    return [_share(item) for item in value]


def _optional_text(value: Any) -> bool:
    return value is None or type(value) is str


def _person(value: Any) -> Person | None:
    """`said_by` as pydantic makes it (a name, or a mapping of name, role, org), or None."""
    if type(value) is str:
        key: tuple[Any, ...] = (value,)
        fields: dict[str, Any] = {"name": value}
    elif type(value) is dict:
        name, role, org = value.get("name"), value.get("role"), value.get("org")
        if len(value) != ("name" in value) + ("role" in value) + ("org" in value):
            return None  # an unknown key: pydantic names it
        if not (type(name) is str and _optional_text(role) and _optional_text(org)):
            return None
        key = (name, role, org, "role" in value, "org" in value)
        fields = value
    else:
        return None
    person = _people.get(key)
    if person is None:
        if not fields["name"]:
            return None  # empty: pydantic says so
        if len(_people) >= _MAX_SHARED:
            _people.clear()
        person = _people[key] = construct(Person, fields)
    return person


_DEFAULTS: dict[type[BaseModel], list[tuple[str, Any, Any]]] = {}


def construct(model: type[BaseModel], fields: dict[str, Any], fields_set: set[str] | None = None) -> Any:
    """The model pydantic validates from `fields` (already checked), with its defaults filled in.

    Faster than `model_construct`, which inspects every `default_factory` on every call.
    """
    defaults = _DEFAULTS.get(model)
    if defaults is None:
        defaults = _DEFAULTS[model] = [
            (name, info.default, info.default_factory) for name, info in model.model_fields.items()
        ]
    values: dict[str, Any] = {}
    for name, default, factory in defaults:
        if name in fields:
            values[name] = fields[name]
        elif factory is not None:
            values[name] = factory()
        else:
            values[name] = default
    instance = model.__new__(model)
    object.__setattr__(instance, "__dict__", values)
    object.__setattr__(instance, "__pydantic_fields_set__", set(fields) if fields_set is None else fields_set)
    object.__setattr__(instance, "__pydantic_extra__", None)
    object.__setattr__(instance, "__pydantic_private__", None)
    return instance


def build_claim(entry: dict[str, Any]) -> Claim | None:
    """The `Claim` pydantic would validate from `entry`, or None when pydantic must decide."""
    fields_set = _field_set(tuple(entry))
    if fields_set is None:
        return None
    get = entry.get
    claim_id, source, quote, claim = entry["id"], entry["source"], entry["quote"], entry["claim"]
    if type(claim_id) is not str or not ID_PATTERN.match(claim_id):
        return None
    if type(source) is not str or type(quote) is not str or type(claim) is not str or not quote or not claim:
        return None
    about = get("about")
    if about is not None:
        if type(about) is not str or not ABOUT_PATTERN.match(about):
            return None
        about = _share(about)
    value = get("value")
    if value is not None:
        if type(value) is not str:
            return None  # numbers and dates become text: pydantic's `_to_text` does it
        value = _share(value)
    when = get("when")
    if when is not None and (when := _span(when)) is None:
        return None
    said_by = get("said_by")
    if said_by is not None and (said_by := _person(said_by)) is None:
        return None
    via = _text_list(entry["via"]) if "via" in entry else []
    tags = _text_list(entry["tags"]) if "tags" in entry else []
    if via is None or tags is None:
        return None
    stance, rank = get("stance", "asserts"), get("rank", "normal")
    if type(stance) is not str or type(rank) is not str:
        return None
    stance, rank = _STANCES.get(stance), _RANKS.get(rank)  # one shared string each
    if stance is None or rank is None:
        return None
    confidence = get("confidence")
    if confidence is not None:
        if type(confidence) is str:
            confidence = _CONFIDENCE.get(confidence.strip().lower())
            if confidence is None:
                return None
        elif type(confidence) is not float or not 0.0 <= confidence <= 1.0:
            return None
    note = get("note")
    if not _optional_text(note) or get("review") is not None:
        return None  # a review is rare: pydantic builds it
    instance = Claim.__new__(Claim)
    object.__setattr__(
        instance,
        "__dict__",
        {
            "id": claim_id,
            "source": _share(source),
            "quote": quote,
            "claim": claim,
            "about": about,
            "value": value,
            "when": when,
            "said_by": said_by,
            "via": via,
            "stance": stance,
            "confidence": confidence,
            "rank": rank,
            "note": note,
            "tags": tags,
            "review": None,
        },
    )
    object.__setattr__(instance, "__pydantic_fields_set__", fields_set)
    object.__setattr__(instance, "__pydantic_extra__", None)
    object.__setattr__(instance, "__pydantic_private__", None)
    return instance


_META_FIELDS = frozenset(SourceMeta.model_fields)
_META_TEXTS = ("title", "outlet", "language", "note")


def build_meta(data: dict[str, Any]) -> SourceMeta | None:
    """The `SourceMeta` pydantic would validate from front matter, or None when pydantic must decide."""
    if not _META_FIELDS.issuperset(data):
        return None
    fields = dict(data)
    for name in _META_TEXTS:
        value = fields.get(name)
        if value is not None:
            if type(value) is not str:
                return None
            fields[name] = _share(value)  # outlets and languages repeat
    url, sha256 = fields.get("url"), fields.get("sha256")
    if url is not None and (type(url) is not str or not URL_PATTERN.match(url)):
        return None
    if sha256 is not None and (type(sha256) is not str or not SHA256_PATTERN.match(sha256)):
        return None
    for name in ("published", "retrieved"):
        value = fields.get(name)
        if value is not None:
            span = _span(value)
            if span is None:
                return None
            fields[name] = span
    for name in ("authors", "credits"):
        if name in fields:
            names = _text_list(fields[name])
            if names is None:
                return None
            fields[name] = names
    return cast(SourceMeta, construct(SourceMeta, fields, _field_set_of(tuple(data))))


_meta_field_sets: dict[tuple[str, ...], set[str]] = {}


def _field_set_of(names: tuple[str, ...]) -> set[str]:
    fields_set = _meta_field_sets.get(names)
    if fields_set is None:
        if len(_meta_field_sets) >= _MAX_SHARED:
            _meta_field_sets.clear()
        fields_set = _meta_field_sets[names] = set(names)
    return fields_set
