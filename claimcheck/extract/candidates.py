"""Candidate claims from a source: one per check-worthy unit, with quote, draft, value, speaker and relays."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from claimcheck.anchor import normalise_for_matching
from claimcheck.extract.attribution import attribute_units
from claimcheck.extract.checkworthy import DEFAULT_MIN_SCORE, CheckWorthiness, score_unit
from claimcheck.extract.drafts import draft_claim
from claimcheck.extract.sentences import UnitKind, split_units
from claimcheck.extract.value_phrases import (
    PhraseKind,
    ValuePhrase,
    find_dates,
    find_quantities,
    find_superlatives,
)
from claimcheck.model import Person
from claimcheck.repository import SourceDocument
from claimcheck.timespan import TimeSpan, TimeSpanError
from claimcheck.values import Category, ValueContext, ValueParseError, format_value, parse_value

ID_PREFIX_LENGTH = 24


@dataclass(frozen=True)
class Candidate:
    """A proposed claim: everything but `about` and `confidence`, which are the checker's to decide."""

    id: str
    source: str
    quote: str  # a unit of the body, whitespace runs made single spaces: it anchors exactly
    claim: str  # a draft
    value: str | None
    when: str | None
    said_by: Person | None
    via: tuple[str, ...]
    worthiness: CheckWorthiness

    @property
    def score(self) -> float:
        return self.worthiness.score

    @property
    def note(self) -> str:
        return self.worthiness.describe()


def propose_candidates(
    source: SourceDocument,
    *,
    min_score: float = DEFAULT_MIN_SCORE,
    known_quotes: Iterable[str] = (),
    taken_ids: Collection[str] = (),
    context: ValueContext | None = None,
) -> list[Candidate]:
    """Candidates for the units of `source` scoring at least `min_score`, in the order of the text.

    A unit repeated in the text (a kicker above the headline and again as a subheading) is proposed once.
    `known_quotes` (the quotes of claims already recorded for the source) leave out the units that
    contain one of them or are contained in one, after normalisation. `context` reads values (the
    repository's unit synonyms); by default relative dates are read against the source's date.
    """
    units = split_units(source.body)
    attributions = attribute_units(units)
    known = [normalise_for_matching(quote) for quote in known_quotes]
    known = [quote for quote in known if quote]
    reference = source.meta.published
    context = context or ValueContext(reference=reference)
    prefix = _id_prefix(source.id)
    used_ids = set(taken_ids)
    seen: set[str] = set()
    candidates: list[Candidate] = []
    number = 0
    for unit, attribution in zip(units, attributions, strict=True):
        if unit.kind is UnitKind.CREDIT:
            continue
        number += 1  # ids count every unit, so they do not move when --min-score changes
        quote = quote_text(unit.text)
        normalised = normalise_for_matching(quote)
        if normalised in seen:
            continue
        seen.add(normalised)
        worthiness = score_unit(unit, attribution)
        if worthiness.score < min_score or worthiness.score <= 0:
            continue
        if any(quote_known in normalised or normalised in quote_known for quote_known in known):
            continue
        value, when = _value_and_when(quote, context)
        candidate_id = _unique_id(f"{prefix}-{number}", used_ids)
        used_ids.add(candidate_id)
        candidates.append(
            Candidate(
                id=candidate_id,
                source=source.id,
                quote=quote,
                claim=draft_claim(quote, attribution.said_by, attribution.via, attribution.inherited),
                value=value,
                when=when,
                said_by=attribution.said_by,
                via=attribution.via,
                worthiness=worthiness,
            )
        )
    return candidates


def quote_text(text: str) -> str:
    """A unit as a one-line quote that anchors exactly.

    A word hyphenated at a line end keeps its hyphen and loses the break ("Hoch-" + "technologie" →
    "Hoch-technologie"), soft hyphens go, and every other run of whitespace becomes one space.
    """
    text = _LINE_END_HYPHEN.sub("-", text.replace("\u00ad", ""))
    return " ".join(text.split())


_LINE_END_HYPHEN = re.compile(r"(?<=\w)-[ \t]*\n\s*(?=\w)")


def _id_prefix(source_id: str) -> str:
    """The source id, cut at a hyphen to at most 24 characters."""
    if len(source_id) <= ID_PREFIX_LENGTH:
        return source_id
    cut = source_id[:ID_PREFIX_LENGTH]
    if "-" in cut[1:]:
        cut = cut[: cut.rindex("-")]
    return cut.rstrip("-") or source_id[:ID_PREFIX_LENGTH]


def _unique_id(wanted: str, used: Collection[str]) -> str:
    if wanted not in used:
        return wanted
    suffix = 2
    while f"{wanted}-{suffix}" in used:
        suffix += 1
    return f"{wanted}-{suffix}"


def _value_and_when(quote: str, context: ValueContext) -> tuple[str | None, str | None]:
    """The value (a quantity, else a superlative, else a date) and the date the sentence gives.

    Without a date in the sentence, `when` is the source's date (`context.reference`).
    """
    when = _first_parsed(find_dates(quote), context, dates_only=True)
    value = _first_parsed(find_quantities(quote), context)
    if value is None:
        value = _first_parsed(find_superlatives(quote), context)
    if value is None:
        value = when
    if when is None and context.reference is not None:
        when = str(context.reference)
    return value, when


def _first_parsed(
    phrases: Sequence[ValuePhrase], context: ValueContext, dates_only: bool = False
) -> str | None:
    """The first phrase the value parser reads: canonical for quantities and dates, as written otherwise."""
    for phrase in phrases:
        try:
            value = parse_value(phrase.value_text, context)
        except ValueParseError:
            continue
        if isinstance(value, Category):
            if dates_only or phrase.kind is not PhraseKind.SUPERLATIVE:
                continue  # "vor wenigen Wochen": a date phrase the parser cannot place
            return phrase.value_text
        text = format_value(value)
        if dates_only:
            try:
                TimeSpan.parse(text)
            except TimeSpanError:
                continue
        return text
    return None
