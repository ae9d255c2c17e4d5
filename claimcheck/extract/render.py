"""The YAML of candidate claims: a header comment saying what is left to the checker, then the entries."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import yaml

from claimcheck.extract.candidates import Candidate


class _FlowMapping(dict[str, Any]):
    """A mapping written on one line: `said_by: {name: …, role: …, org: …}`."""


class _FlowSequence(list[str]):
    """A list written on one line: `via: [Interfax]`."""


class _CandidateDumper(yaml.SafeDumper):
    """Safe YAML, with `said_by` on one line and no folding of long quotes."""

    def ignore_aliases(self, data: object) -> bool:
        return True  # the loader refuses YAML aliases in claims files


def _represent_flow(dumper: yaml.SafeDumper, data: _FlowMapping) -> yaml.Node:
    return dumper.represent_mapping("tag:yaml.org,2002:map", data, flow_style=True)


def _represent_flow_sequence(dumper: yaml.SafeDumper, data: _FlowSequence) -> yaml.Node:
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=True)


_CandidateDumper.add_representer(_FlowMapping, _represent_flow)
_CandidateDumper.add_representer(_FlowSequence, _represent_flow_sequence)


def render_candidates(candidates: Sequence[Candidate], source_id: str, title: str | None) -> str:
    """The candidates as a `claims/*.yaml` list, with a header for the checker."""
    what = f"{source_id} ({title})" if title else source_id
    header = [
        f"# Candidate claims proposed by `claimcheck extract` from source {what}: {len(candidates)}.",
        "# These are drafts for a checker to review, not claims yet. For each one you keep:",
        "#   - rewrite `claim` as the checkable statement (the draft is the sentence, trimmed),",
        "#   - set `about` (the proposition key) so that claims on the same question are cross-checked,",
        "#   - check `value`, `when`, `said_by` and `via` against the text (they are read by pattern),",
        "#   - set `confidence` (high | medium | low, or a number 0..1): it is left for you, the checker,",
        "#   - and delete the `note`, which says why the sentence was picked.",
        "# Delete the candidates that are not worth checking.",
    ]
    if not candidates:
        return "\n".join([*header, "[]"]) + "\n"
    entries = [_entry(candidate) for candidate in candidates]
    body = yaml.dump(
        entries,
        Dumper=_CandidateDumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=1_000_000,
    )
    return "\n".join(header) + "\n" + body.replace("\n- id:", "\n\n- id:")


def _entry(candidate: Candidate) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "id": candidate.id,
        "source": candidate.source,
        "quote": candidate.quote,
        "claim": candidate.claim,
        "about": None,
    }
    if candidate.value is not None:
        entry["value"] = candidate.value
    if candidate.when is not None:
        entry["when"] = candidate.when
    if candidate.said_by is not None:
        person = candidate.said_by
        fields = {"name": person.name, "role": person.role, "org": person.org}
        entry["said_by"] = _FlowMapping({key: value for key, value in fields.items() if value})
    if candidate.via:
        entry["via"] = _FlowSequence(candidate.via)
    entry["confidence"] = None
    entry["note"] = candidate.note
    return entry
