"""What input checks look at: the loaded repository plus each claim's anchored quote and parsed value."""

from __future__ import annotations

from dataclasses import dataclass, field

from claimcheck.anchor import Anchor
from claimcheck.repository import ClaimRecord, Repository, SourceDocument
from claimcheck.values import Value, ValueParseError
from claimcheck.web.recheck_log import RecheckEntry


@dataclass
class InputContext:
    """`anchors` and `values` run parallel to `repo.claims` (None: no source / no value)."""

    repo: Repository
    anchors: list[Anchor | None] = field(default_factory=list)
    values: list[Value | None] = field(default_factory=list)
    value_errors: dict[int, ValueParseError] = field(default_factory=dict)
    recheck: dict[str, RecheckEntry] = field(default_factory=dict)  # from `source recheck`

    def source_of(self, record: ClaimRecord) -> SourceDocument | None:
        return self.repo.sources.get(record.claim.source)
