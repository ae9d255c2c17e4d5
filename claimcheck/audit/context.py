"""What cross-reference checks look at: propositions with their verdicts, and key-less matches."""

from __future__ import annotations

from dataclasses import dataclass, field

from claimcheck.audit.claim_signature import Pool
from claimcheck.audit.crossref import Match, find_matches
from claimcheck.audit.feature_cache import texts_by_file
from claimcheck.audit.heap import collector_paused, loaded_heap_frozen
from claimcheck.audit.names import AliasSuggestion, NameIndex, suggest_aliases
from claimcheck.audit.propositions import ClaimFacts, Proposition, analyse, build_facts, group_propositions
from claimcheck.cache import Cache
from claimcheck.input_context import InputContext
from claimcheck.value_context import value_context


@dataclass
class AuditContext:
    inputs: InputContext
    names: NameIndex
    facts: list[ClaimFacts] = field(default_factory=list)
    propositions: list[Proposition] = field(default_factory=list)
    matches: list[Match] = field(default_factory=list)
    alias_suggestions: list[AliasSuggestion] = field(default_factory=list)

    @property
    def min_sources(self) -> int:
        return int(self.inputs.repo.settings.min_sources)


def analyse_repository(inputs: InputContext, cache: Cache | None = None) -> AuditContext:
    """Group, compare and cross-reference every claim once; checks only read the result.

    With a `cache` that read the repository, unchanged claims files keep their text features.
    """
    # Facts, propositions and matches hold no cycles worth a collection's walk of everything.
    with loaded_heap_frozen(), collector_paused():
        return _analyse(inputs, cache)


def _analyse(inputs: InputContext, cache: Cache | None) -> AuditContext:
    settings = inputs.repo.settings
    names = NameIndex(settings.aliases)
    ctx = AuditContext(inputs=inputs, names=names)
    ctx.facts = build_facts(inputs, names)
    vctx = value_context(inputs.repo, None)
    ctx.propositions = group_propositions(ctx.facts)
    min_sources = ctx.min_sources
    for proposition in ctx.propositions:
        analyse(proposition, vctx, names, min_sources)
    if settings.crossref.enabled:
        pool: Pool = {}
        files = texts_by_file(inputs.repo.claims, cache, pool)
        ctx.matches = find_matches(ctx.facts, settings.crossref, vctx, files, pool)
        if cache is not None:
            cache.write_pending_in_background()  # what the claims' texts say, just read
    every_origin = {name for fact in ctx.facts for name in fact.provenance}
    ctx.alias_suggestions = suggest_aliases(every_origin, names)
    return ctx
