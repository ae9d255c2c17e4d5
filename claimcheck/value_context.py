"""How claims' values are read: relative dates against the source's date, synonyms from settings."""

from __future__ import annotations

from claimcheck.repository import Repository, SourceDocument
from claimcheck.values import ValueContext


def value_context(repo: Repository, source: SourceDocument | None) -> ValueContext:
    """How a claim's value is read: relative dates against its source's date, settings' synonyms."""
    settings = repo.settings
    return ValueContext(
        reference=source.meta.published if source else None,
        tolerance=settings.tolerance,
        unit_synonyms=_flatten(settings.units),
        category_synonyms=_flatten(settings.synonyms),
    )


def _flatten(groups: dict[str, list[str]]) -> dict[str, str]:
    """`{canonical: [other, …]}` from settings → `{other: canonical}` (casefolded keys)."""
    mapping: dict[str, str] = {}
    for canonical, others in sorted(groups.items()):
        for other in others:
            mapping[other.casefold()] = canonical
    return mapping
