"""Independent origins (PRODUCT.md): a claim's provenance, and how many disjoint ones a group has."""

from __future__ import annotations

from collections.abc import Sequence

from claimcheck.audit.names import NameIndex
from claimcheck.model import Claim
from claimcheck.repository import SourceDocument

Provenance = frozenset[str]  # canonical names


def provenance(claim: Claim, source: SourceDocument | None, names: NameIndex) -> Provenance:
    """Its `said_by` if given; else the first of `via`; else its source's credits; else the outlet."""
    if claim.said_by is not None:
        return names.canonical_set((claim.said_by.name,))
    if claim.via:
        return names.canonical_set((claim.via[0],))
    if source is not None and source.meta.credits:
        return names.canonical_set(tuple(source.meta.credits))
    if source is not None:
        # Without an outlet the source document itself is the only origin we know.
        return names.canonical_set((source.outlet_name,))
    return frozenset({f"source {claim.source}"})


def independent_origins(provenances: Sequence[Provenance], names: NameIndex) -> list[Provenance]:
    """The largest family of pairwise disjoint provenances (compared by name key), sorted.

    This is maximum set packing: exact search for small groups (what a proposition usually has),
    a greedy smallest-first packing beyond that, which is exact whenever provenances are singletons.
    """
    keyed: dict[frozenset[str], Provenance] = {}
    singletons = True
    for item in provenances:
        keys = names.keys_of(item)
        if keys not in keyed:
            keyed[keys] = item
            singletons = singletons and len(keys) == 1
    if singletons:
        # Distinct single names are pairwise disjoint: all of them are independent.
        return sorted(keyed.values(), key=sorted)
    unique = sorted(keyed, key=lambda keys: (len(keys), sorted(keys)))
    if len(unique) <= 16 and any(len(keys) > 1 for keys in unique):
        best = _exact_packing(unique)
    else:
        best = []
        used: set[str] = set()
        for keys in unique:
            if used.isdisjoint(keys):
                best.append(keys)
                used |= keys
    return sorted((keyed[keys] for keys in best), key=lambda p: sorted(p))


def _exact_packing(sets: list[frozenset[str]]) -> list[frozenset[str]]:
    best: list[frozenset[str]] = []

    def search(start: int, chosen: list[frozenset[str]], used: frozenset[str]) -> None:
        nonlocal best
        if len(chosen) > len(best):
            best = list(chosen)
        if len(chosen) + (len(sets) - start) <= len(best):
            return
        for index in range(start, len(sets)):
            candidate = sets[index]
            if used.isdisjoint(candidate):
                chosen.append(candidate)
                search(index + 1, chosen, used | candidate)
                chosen.pop()

    search(0, [], frozenset())
    return best


def describe_origin(origin: Provenance) -> str:
    return " + ".join(sorted(origin))
