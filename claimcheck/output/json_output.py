"""Findings (and, for audits, propositions and claims) as versioned JSON; see docs/json-output.md."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from typing import Any

from claimcheck import __version__
from claimcheck.anchor import Anchor
from claimcheck.audit.propositions import ClaimFacts
from claimcheck.audit.result import AuditResult
from claimcheck.findings import Finding
from claimcheck.repository import Repository

JSON_FORMAT_VERSION = 1


def finding_to_dict(finding: Finding) -> dict[str, Any]:
    """The one serialisation of a finding that every machine-readable output uses."""
    location = finding.location
    return {
        "check": finding.check,
        "severity": finding.severity.label,
        "message": finding.message,
        "hint": finding.hint,
        "location": None
        if location is None
        else {"path": location.path, "line": location.line, "column": location.column},
        "claims": list(finding.claim_ids),
        "about": finding.about,
        "field": finding.field,
        "data": finding.data,
    }


def summary_counts(findings: Sequence[Finding]) -> dict[str, Any]:
    by_check = Counter(finding.check for finding in findings)
    by_severity = Counter(finding.severity.label for finding in findings)
    return {
        "by_check": dict(sorted(by_check.items())),
        "by_severity": {label: by_severity.get(label, 0) for label in ("error", "warning", "info")},
    }


def dump_json(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def render_validate_json(repo: Repository, findings: Sequence[Finding]) -> str:
    document = {
        "format": "claimcheck-validate",
        "version": JSON_FORMAT_VERSION,
        "claimcheck": __version__,
        "summary": {"sources": len(repo.sources), "claims": len(repo.claims), **summary_counts(findings)},
        "findings": [finding_to_dict(finding) for finding in findings],
    }
    return dump_json(document)


def _quote_position(fact: ClaimFacts, anchor: Anchor | None) -> dict[str, Any] | None:
    """Where the quote stands: the source file's path, line and column (None without a source)."""
    if anchor is None or fact.source is None:
        return None
    line = fact.source.body_line + anchor.line - 1 if anchor.line is not None else None
    return {"status": anchor.kind.value, "path": fact.source.path, "line": line, "column": anchor.column}


def render_audit_json(result: AuditResult) -> str:
    """The audit as JSON (format `claimcheck-audit`, version 1): see docs/json-output.md."""
    anchors = result.context.inputs.anchors
    document = {
        "format": "claimcheck-audit",
        "version": JSON_FORMAT_VERSION,
        "claimcheck": __version__,
        "corpus": result.corpus_name,
        "date": result.now.isoformat(),
        "summary": {
            "sources": len(result.repo.sources),
            "claims": len(result.repo.claims),
            "propositions": len(result.propositions),
            **summary_counts(result.findings),
            "by_verdict": result.verdict_counts(),
        },
        "findings": [finding_to_dict(finding) for finding in result.findings],
        "propositions": [
            {
                "key": proposition.key,
                "about": proposition.about,
                "verdict": proposition.verdict.value,
                "claims": sorted(fact.id for fact in proposition.members),
                "origins": [sorted(origin) for origin in proposition.origins],
                "outlets": proposition.outlets(),
            }
            for proposition in result.propositions
        ],
        "claims": [
            {
                "id": fact.id,
                "source": fact.record.claim.source,
                "about": fact.record.claim.about,
                "value": fact.value_text() or None,
                "when": str(fact.when) if fact.when else None,
                "provenance": sorted(fact.provenance),
                "quote": _quote_position(fact, anchors[fact.index]),
                "location": {"path": fact.record.path, "line": fact.record.positions.start[0]},
            }
            for fact in sorted(result.context.facts, key=lambda fact: (fact.id, fact.index))
        ],
        "alias_suggestions": [
            {"names": [s.first, s.second], "score": s.score} for s in result.context.alias_suggestions
        ],
    }
    return dump_json(document)
