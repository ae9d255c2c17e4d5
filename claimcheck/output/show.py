"""`claimcheck show ID`: one claim with its normalised value, anchored quote and cross-references."""

from __future__ import annotations

from claimcheck.audit.origins import describe_origin
from claimcheck.audit.result import AuditResult
from claimcheck.output.terminal_safe import terminal_safe


def render_claim(result: AuditResult, claim_id: str) -> str | None:
    """The claim's page as plain text, or None when no claim has that id."""
    facts = [fact for fact in result.context.facts if fact.id == claim_id]
    if not facts:
        return None
    fact = facts[0]
    claim = fact.record.claim
    anchor = result.context.inputs.anchors[fact.index]
    lines = [
        f"{claim.id}  ({fact.record.location_of('id')})",
        f"  claim:      {claim.claim}",
        f"  quote:      {claim.quote}",
        f"  source:     {claim.source}"
        + (f" — {fact.source.meta.outlet}" if fact.source and fact.source.meta.outlet else ""),
    ]
    if anchor is not None and anchor.line is not None and fact.source is not None:
        lines.append(
            f"  found:      {anchor.kind.value} at {fact.source.path}:"
            f"{fact.source.body_line + anchor.line - 1}:{anchor.column}"
        )
    elif anchor is not None:
        lines.append(f"  found:      {anchor.kind.value}")
    if claim.value is not None:
        lines.append(f"  value:      {claim.value}  →  {fact.value_text() or '(not readable)'}")
    lines.append(f"  when:       {fact.when or 'unknown'}" + ("" if claim.when else " (the source's date)"))
    lines.append(f"  provenance: {describe_origin(fact.provenance)}")
    lines.append(f"  stance:     {claim.stance}; rank: {claim.rank}; confidence: {claim.confidence}")
    for proposition in result.propositions:
        if fact in proposition.members and proposition.about is not None:
            others = sorted(other.id for other in proposition.members if other is not fact)
            lines.append(f"  about:      {proposition.about} — verdict {proposition.verdict.value}")
            lines.append(f"  origins:    {'; '.join(describe_origin(o) for o in proposition.origins)}")
            if others:
                lines.append(f"  same about: {', '.join(others)}")
    related = [f for f in result.findings if claim_id in f.claim_ids]
    if related:
        lines.append("  findings:")
        lines.extend(
            f"    {finding.severity.label} {finding.check}: {finding.message}" for finding in related
        )
    return "\n".join(terminal_safe(line) for line in lines) + "\n"
