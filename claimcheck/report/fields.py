"""How a claim's fields read in the report: value, time, said by, via, outlet, confidence (plain text)."""

from __future__ import annotations

from claimcheck.audit.origins import describe_origin
from claimcheck.audit.propositions import ClaimFacts
from claimcheck.model import Person
from claimcheck.report.attribution import outlet_name


def value(fact: ClaimFacts) -> str:
    """The value as normalised; the text as written when it could not be read."""
    if fact.value is not None:
        return fact.value_text()
    raw = fact.record.claim.value
    return f"{raw} (not readable)" if raw is not None else ""


def when(fact: ClaimFacts) -> str:
    """When the claim holds; its source's date when the claim gives none."""
    if fact.when is None:
        return "unknown"
    return str(fact.when) if fact.record.claim.when is not None else f"{fact.when} (source date)"


def person(said_by: Person | None) -> str:
    if said_by is None:
        return ""
    details = ", ".join(part for part in (said_by.role, said_by.org) if part)
    return f"{said_by.name} ({details})" if details else said_by.name


def via(fact: ClaimFacts) -> str:
    return ", ".join(fact.record.claim.via)


def outlet(fact: ClaimFacts) -> str:
    return outlet_name(fact) if fact.source is not None else f"unknown source {fact.record.claim.source}"


def published(fact: ClaimFacts) -> str:
    if fact.source is None or fact.source.meta.published is None:
        return ""
    return str(fact.source.meta.published)


def confidence(fact: ClaimFacts) -> str:
    level = fact.record.claim.confidence
    if level is None:
        return ""
    return level if isinstance(level, str) else f"{level:g}"


def origin(fact: ClaimFacts) -> str:
    """The claim's provenance: the names that count as its origin."""
    return describe_origin(fact.provenance)
