"""The Other findings section: every other check's findings by check, values not compared, aliases."""

from __future__ import annotations

import json
from collections import defaultdict

from claimcheck.checks import CHECKS
from claimcheck.findings import Finding
from claimcheck.report import escape, fields
from claimcheck.report.context import ReportContext, left_out
from claimcheck.report.links import location_link

# These have sections of their own.
OWN_SECTIONS = frozenset({"conflict", "single-source"})
INTRO = (
    "Quote problems, input errors, claims that read as the same statement without sharing an `about`, "
    "and facts that changed over time, by check."
)


def finding_item(ctx: ReportContext, finding: Finding) -> list[str]:
    where = f"{location_link(ctx, finding.location)}: " if finding.location is not None else ""
    hint = f" *Fix: {escape.message(finding.hint.rstrip('.'))}.*" if finding.hint else ""
    lines = [f"- {where}{escape.message(finding.message)}{hint}"]
    if len(finding.claim_ids) > 1:
        for claim_id in finding.claim_ids:
            fact = ctx.facts_by_id.get(claim_id)
            if fact is not None:
                lines.append(
                    f"  - {escape.code(claim_id)}: {escape.inline(fact.record.claim.claim)} "
                    f"({escape.inline(fields.outlet(fact))})"
                )
    return lines


def by_check(ctx: ReportContext) -> list[str]:
    lines: list[str] = []
    for check, spec in CHECKS.items():
        if check in OWN_SECTIONS:
            continue
        found = ctx.findings_of(check)
        if not found:
            continue
        lines += [
            f"### {escape.code(check)} ({found[0].severity.label}, {len(found)})",
            "",
            escape.message(spec.summary),
            "",
        ]
        shown, more = ctx.capped(found)
        for finding in shown:
            lines += finding_item(ctx, finding)
        lines.append("")
        lines += left_out(more, f"{escape.code(check)} findings")
    return lines


def not_compared(ctx: ReportContext) -> list[str]:
    rows = []
    for proposition in ctx.with_not_comparable:
        for pair in proposition.not_comparable:
            first, second = sorted((pair.first, pair.second), key=lambda fact: fact.id)
            rows.append(
                [
                    escape.code(proposition.about or proposition.key),
                    f"{escape.code(first.id)} ({escape.inline(fields.value(first))})",
                    f"{escape.code(second.id)} ({escape.inline(fields.value(second))})",
                    escape.cell(pair.reason, "—"),
                ]
            )
    if not rows:
        return []
    return [
        "### Values not compared",
        "",
        "These values cannot be converted into each other (different units), so the audit did not "
        "compare them.",
        "",
        *escape.table(["Proposition", "Claim", "Claim", "Why"], sorted(rows)),
        "",
    ]


def possible_aliases(ctx: ReportContext) -> list[str]:
    everything = sorted(ctx.result.context.alias_suggestions)
    if not everything:
        return []
    suggestions, more = ctx.capped(everything)
    rows = [[escape.cell(s.first), escape.cell(s.second), f"{s.score:.0f}"] for s in suggestions]
    grouped: dict[str, list[str]] = defaultdict(list)
    for suggestion in suggestions:
        grouped[escape.plain(suggestion.first)].append(escape.plain(suggestion.second))
    snippet = [
        f"{_toml_string(first)} = [{', '.join(_toml_string(other) for other in others)}]"
        for first, others in sorted(grouped.items())
    ]
    return [
        "### Possible aliases",
        "",
        "These origin names look like spellings of one name. If they are, add them to `[aliases]` in the "
        "settings, so that they count as one origin.",
        "",
        *escape.table(["Name", "Name", "Similarity"], rows, align="llr"),
        "",
        *left_out(more, "pairs of names"),
        "```toml",
        "[aliases]",
        *snippet,
        "```",
        "",
    ]


def _toml_string(text: str) -> str:
    """A TOML basic string (JSON's escapes are TOML's); one line, so it cannot close the fence."""
    return json.dumps(text, ensure_ascii=False)


def section(ctx: ReportContext) -> list[str]:
    body = by_check(ctx) + not_compared(ctx) + possible_aliases(ctx)
    lines = ["## Other findings", "", INTRO, ""]
    return lines + (body or ["No other findings.", ""])
