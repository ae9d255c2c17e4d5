"""A loaded claim repository: its sources, its claims, where each came from, and the load findings."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from claimcheck.findings import Finding, Location
from claimcheck.model import Claim, SourceMeta
from claimcheck.settings import Settings
from claimcheck.yaml_positions import MappingPositions


@dataclass
class SourceDocument:
    """One `sources/<id>.md`: its front matter, its body, and where the body starts in the file."""

    id: str
    path: str  # relative to the repository root, for messages
    meta: SourceMeta
    body: str
    body_line: int
    positions: MappingPositions | None = None

    @property
    def outlet_name(self) -> str:
        """Who published it: the outlet, or — when the front matter does not say — the source itself."""
        return self.meta.outlet or f"source {self.id}"

    def location_of(self, field_name: str | None = None) -> Location:
        if self.positions is None:
            return Location(self.path, 1, 1)
        line, column = self.positions.of(field_name)
        return Location(self.path, line, column)


@dataclass(slots=True)
class ClaimRecord:
    """One validated claim and the positions of its fields in the file it came from."""

    claim: Claim
    path: str
    positions: MappingPositions

    @property
    def id(self) -> str:
        return self.claim.id

    def location_of(self, field_name: str | None = None) -> Location:
        line, column = self.positions.of(field_name)
        return Location(self.path, line, column)


@dataclass
class Repository:
    """Everything `load_repository` read; `findings` holds the input errors met while reading."""

    root: Path
    settings: Settings
    sources: dict[str, SourceDocument] = field(default_factory=dict)
    claims: list[ClaimRecord] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    files_read: int = 0


def runs_by_file(records: list[ClaimRecord]) -> list[tuple[int, int]]:
    """`[start, end)` ranges of claims read from one file (the loader keeps them together)."""
    runs = []
    start = 0
    for index in range(1, len(records) + 1):
        if index == len(records) or records[index].path != records[start].path:
            runs.append((start, index))
            start = index
    return runs
