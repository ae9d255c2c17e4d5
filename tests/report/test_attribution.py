"""The attribution graph: origins through relays (`via`) to outlets, with generated node ids."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from claimcheck.audit.names import NameIndex
from claimcheck.audit.origins import Provenance, provenance
from claimcheck.model import Claim, SourceMeta
from claimcheck.report.attribution import attribution_graph, chains
from claimcheck.report.mermaid import Shape
from claimcheck.repository import SourceDocument


@dataclass
class Record:
    claim: Claim


@dataclass
class Fact:
    """The part of `ClaimFacts` the graph reads."""

    index: int
    record: Record
    source: SourceDocument | None
    provenance: Provenance


def source(source_id: str, outlet: str | None, credits: tuple[str, ...] = ()) -> SourceDocument:
    meta = SourceMeta(outlet=outlet, credits=list(credits))
    return SourceDocument(id=source_id, path=f"sources/{source_id}.md", meta=meta, body="", body_line=1)


def fact(index: int, doc: SourceDocument | None, names: NameIndex, **fields: Any) -> Any:
    claim = Claim.model_validate(
        {"id": f"c{index}", "source": doc.id if doc else "missing", "quote": "q", "claim": "c", **fields}
    )
    return Fact(index, Record(claim), doc, provenance(claim, doc, names))


def test_chains_follow_the_provenance_rules() -> None:
    names = NameIndex({"Wladimir Putin": ["Putin"]})
    dw = source("dw", "Deutsche Welle", ("dpa", "Reuters"))
    assert chains(fact(1, dw, names, said_by="Putin", via=["CCTV", "TASS"]), names) == [
        ["Wladimir Putin", "CCTV", "TASS", "Deutsche Welle"]
    ]
    assert chains(fact(2, dw, names, via=["Le Monde"]), names) == [["Le Monde", "Deutsche Welle"]]
    assert chains(fact(3, dw, names), names) == [["dpa", "Deutsche Welle"], ["Reuters", "Deutsche Welle"]]
    assert chains(fact(4, source("x", "Tagesschau"), names), names) == [["Tagesschau"]]
    assert chains(fact(5, source("y", None), names), names) == [["source y"]]
    assert chains(fact(6, None, names), names) == [["source missing"]]
    # A relay that is also the outlet is drawn once.
    assert chains(fact(7, dw, names, said_by="Putin", via=["Deutsche Welle"]), names) == [
        ["Wladimir Putin", "Deutsche Welle"]
    ]


def test_graph_nodes_and_edges_are_sorted_and_counted() -> None:
    names = NameIndex()
    outlets = [source(f"s{n}", outlet, ("dpa",)) for n, outlet in enumerate(["ZDF", "ARD", "Bild"])]
    facts = [fact(n, doc, names) for n, doc in enumerate(outlets)]
    facts.append(fact(9, outlets[0], names))
    facts.append(fact(10, outlets[1], names, said_by="Olaf", via=["ZDF"]))
    graph = attribution_graph(facts, names)
    labels = {node.id: (node.text, node.shape) for node in graph.nodes}
    # ZDF relays Olaf to ARD but publishes too: it is drawn as an outlet.
    assert labels == {
        "o1": ("dpa", Shape.STADIUM),
        "o2": ("Olaf", Shape.STADIUM),
        "p1": ("ARD", Shape.ROUND),
        "p2": ("Bild", Shape.ROUND),
        "p3": ("ZDF", Shape.ROUND),
    }
    assert [(e.source, e.target, e.count) for e in graph.edges] == [
        ("o1", "p1", 1),
        ("o1", "p2", 1),
        ("o1", "p3", 2),
        ("o2", "p3", 1),
        ("p3", "p1", 1),
    ]
    relay = attribution_graph([fact(11, outlets[1], names, said_by="Olaf", via=["Interfax"])], names)
    assert [(node.id, node.text, node.shape) for node in relay.nodes] == [
        ("o1", "Olaf", Shape.STADIUM),
        ("r1", "Interfax", Shape.BOX),
        ("p1", "ARD", Shape.ROUND),
    ]
    assert graph.origins_left_out == 0


def test_a_large_graph_keeps_the_origins_that_reach_most_outlets() -> None:
    names = NameIndex()
    facts = [fact(n, source(f"s{n}", f"Outlet {n}"), names, said_by=f"Person {n}") for n in range(10)]
    wide = [fact(100 + n, source(f"w{n}", f"Outlet {n}"), names, said_by="Agency") for n in range(5)]
    graph = attribution_graph(facts + wide, names, max_edges=7)
    shown = {node.text for node in graph.nodes}
    assert "Agency" in shown
    assert len(graph.edges) <= 7
    assert graph.origins_total == 11
    assert graph.origins_left_out == 11 - sum(1 for node in graph.nodes if node.shape is Shape.STADIUM)
