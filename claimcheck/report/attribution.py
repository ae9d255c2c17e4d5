"""The attribution graph: who said it (origins), who passed it on (`via`), who published it (outlets)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import IntEnum
from itertools import pairwise
from typing import TYPE_CHECKING, Protocol

from claimcheck.report.mermaid import Edge, Node, Shape

if TYPE_CHECKING:
    from claimcheck.audit.names import NameIndex
    from claimcheck.audit.propositions import ClaimFacts

# Mermaid lays out a few hundred nodes and edges; GitHub refuses far larger diagrams altogether, and
# an editor could not read them anyway.
MAX_EDGES = 200
MAX_NODES = 150


class Names(Protocol):
    """What the graph needs of a `NameIndex`."""

    def canonical(self, name: str) -> str: ...

    def key(self, name: str) -> str: ...


class CachedNames:
    """A `NameIndex` that works out each name's canonical spelling and key once (normalising a name
    is slow, and a large corpus names the same origins and outlets thousands of times)."""

    def __init__(self, names: Names) -> None:
        self._names = names
        self._canonical: dict[str, str] = {}
        self._keys: dict[str, str] = {}

    def canonical(self, name: str) -> str:
        canonical = self._canonical.get(name)
        if canonical is None:
            canonical = self._canonical[name] = self._names.canonical(name)
        return canonical

    def key(self, name: str) -> str:
        key = self._keys.get(name)
        if key is None:
            key = self._keys[name] = self._names.key(name)
        return key


class Role(IntEnum):
    """Where a name stands in a chain. A name met in several roles is drawn in the most downstream one:
    an outlet that also reports on its own, or passes a report on, is still an outlet."""

    ORIGIN = 0
    RELAY = 1
    OUTLET = 2


_PREFIX = {Role.ORIGIN: "o", Role.RELAY: "r", Role.OUTLET: "p"}
_SHAPE = {Role.ORIGIN: Shape.STADIUM, Role.RELAY: Shape.BOX, Role.OUTLET: Shape.ROUND}


@dataclass
class AttributionGraph:
    nodes: list[Node] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)
    origins_left_out: int = 0
    origins_total: int = 0


def outlet_name(fact: ClaimFacts) -> str:
    """The outlet that published the claim; a source without one is named by its id."""
    if fact.source is not None:
        return fact.source.outlet_name
    return f"source {fact.record.claim.source}"


def chains(fact: ClaimFacts, names: NameIndex | Names) -> list[list[str]]:
    """The paths from each origin of the claim through its relays to its outlet (canonical names).

    The origins are the claim's provenance, as the audit counts them; the relays are its `via`,
    except the first one when that is already the origin (a claim with no `said_by`).
    """
    claim = fact.record.claim
    relays = list(claim.via if claim.said_by is not None else claim.via[1:])
    tail = [names.canonical(name) for name in relays] + [names.canonical(outlet_name(fact))]
    paths = []
    for origin in sorted(fact.provenance, key=lambda name: (name.casefold(), name)):
        path: list[str] = []
        for name in [origin, *tail]:
            if not path or names.key(path[-1]) != names.key(name):
                path.append(name)
        paths.append(path)
    return paths


def attribution_graph(
    facts: Sequence[ClaimFacts],
    names: NameIndex | Names,
    max_edges: int = MAX_EDGES,
    max_nodes: int = MAX_NODES,
) -> AttributionGraph:
    """Nodes and edges for every claim's chains, with node ids we generate; sorted, so stable.

    When the graph has more than `max_edges` edges or `max_nodes` nodes, the origins that reach the
    most outlets are kept and the rest are counted in `origins_left_out`.

    Claims with the same provenance, relays and outlet have the same chains: those are worked out
    once, and each claim only counts on its edges.
    """
    cached = CachedNames(names)
    roles: dict[str, Role] = {}
    spellings: dict[str, set[str]] = defaultdict(set)
    claims_on_edge: Counter[tuple[str, str]] = Counter()
    edges_of_origin: dict[str, set[tuple[str, str]]] = defaultdict(set)
    outlets_of_origin: dict[str, set[str]] = defaultdict(set)
    # Claims by what decides their chains: each signature's chains are worked out once, from its
    # first claim, and its claims count on their edges.
    first: dict[tuple[object, ...], ClaimFacts] = {}
    claims: Counter[tuple[object, ...]] = Counter()
    for fact in facts:
        claim = fact.record.claim
        signature: tuple[object, ...] = (
            fact.provenance,
            tuple(claim.via),
            claim.said_by is None,
            outlet_name(fact),
        )
        first.setdefault(signature, fact)
        claims[signature] += 1
    for signature, fact in first.items():
        edges: set[tuple[str, str]] = set()
        for path in chains(fact, cached):
            keys = [cached.key(name) for name in path]
            for position, (key, name) in enumerate(zip(keys, path, strict=True)):
                role = (
                    Role.ORIGIN if position == 0 else Role.OUTLET if position == len(path) - 1 else Role.RELAY
                )
                roles[key] = max(roles.get(key, role), role)
                spellings[key].add(name)
            origin = keys[0]
            edges_of_origin.setdefault(origin, set())
            outlets_of_origin[origin].add(keys[-1])
            for edge in pairwise(keys):
                edges.add(edge)
                edges_of_origin[origin].add(edge)
        for edge in edges:
            claims_on_edge[edge] += claims[signature]  # a claim counts once on each edge of its chains

    def label_of(key: str) -> str:
        return min(spellings[key], key=lambda name: (name.casefold(), name))

    ranked = sorted(
        edges_of_origin, key=lambda key: (-len(outlets_of_origin[key]), label_of(key).casefold(), key)
    )
    kept_edges: set[tuple[str, str]] = set()
    kept_origins: list[str] = []
    shown: set[str] = set()
    for origin in ranked:
        new_edges = edges_of_origin[origin] - kept_edges
        new_nodes = ({origin} | {key for edge in new_edges for key in edge}) - shown
        too_big = len(kept_edges) + len(new_edges) > max_edges or len(shown) + len(new_nodes) > max_nodes
        if too_big and kept_origins:
            continue
        kept_edges |= new_edges
        shown |= new_nodes
        kept_origins.append(origin)
    graph = AttributionGraph(origins_total=len(ranked), origins_left_out=len(ranked) - len(kept_origins))
    ids: dict[str, str] = {}
    order: dict[str, tuple[int, int]] = {}
    for role in Role:
        members = sorted(
            (key for key in shown if roles[key] is role),
            key=lambda key: (label_of(key).casefold(), label_of(key)),
        )
        for number, key in enumerate(members, start=1):
            ids[key] = f"{_PREFIX[role]}{number}"
            order[key] = (role, number)
            graph.nodes.append(Node(ids[key], label_of(key), _SHAPE[role]))
    for source, target in sorted(kept_edges, key=lambda edge: (order[edge[0]], order[edge[1]])):
        graph.edges.append(Edge(ids[source], ids[target], claims_on_edge[source, target]))
    return graph
