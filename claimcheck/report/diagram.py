"""The Attribution section: a Mermaid flowchart from origins through relays (`via`) to outlets."""

from __future__ import annotations

from claimcheck.report.attribution import attribution_graph
from claimcheck.report.context import ReportContext
from claimcheck.report.mermaid import fenced, flowchart

INTRO = (
    "Who said it (rounded ends), who passed it on (boxes) and who published it (rounded boxes); "
    "a number on an arrow counts the claims that took that path. Many arrows from one origin are "
    "still one origin."
)


def section(ctx: ReportContext) -> list[str]:
    lines = ["## Attribution", "", INTRO, ""]
    graph = attribution_graph(ctx.result.context.facts, ctx.result.context.names)
    if not graph.nodes:
        return [*lines, "No claims.", ""]
    if graph.origins_left_out:
        lines += [
            f"The diagram shows the {graph.origins_total - graph.origins_left_out} origins that reach the "
            f"most outlets; {graph.origins_left_out} more are left out to keep it readable.",
            "",
        ]
    return [*lines, *fenced(flowchart(graph.nodes, graph.edges)), ""]
