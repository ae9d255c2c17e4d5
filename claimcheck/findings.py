"""What every check produces: a frozen `Finding` with a check id, a severity and a location."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum
from typing import Any


class Severity(IntEnum):
    """How much a finding matters; ordered so that `>=` compares with `--fail-on`."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def from_label(cls, label: str) -> Severity:
        return cls[label.upper()]


SEVERITY_LABELS = ("error", "warning", "info")


@dataclass(frozen=True, order=True)
class Location:
    """A place in a user's file: path relative to the repository root, 1-based line and column."""

    path: str
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        if self.line is None:
            return self.path
        if self.column is None:
            return f"{self.path}:{self.line}"
        return f"{self.path}:{self.line}:{self.column}"


@dataclass(frozen=True)
class Finding:
    """One problem found by one check.

    `claim_ids` names the claims involved (the first is the one the location points at);
    `about` names the proposition for cross-reference checks; `data` carries structured
    details for the JSON output and the report (kept JSON-serialisable).
    """

    check: str
    severity: Severity
    message: str
    location: Location | None = None
    claim_ids: tuple[str, ...] = ()
    about: str | None = None
    field: str | None = None
    hint: str | None = None
    data: dict[str, Any] = dataclasses.field(default_factory=dict, compare=False, hash=False)

    def sort_key(self) -> tuple[Any, ...]:
        loc = self.location
        return (
            loc.path if loc else "",
            loc.line or 0 if loc else 0,
            loc.column or 0 if loc else 0,
            -self.severity,
            self.check,
            self.claim_ids,
            self.about or "",
            self.message,
        )

    def one_line(self) -> str:
        """`file:line:col: severity check: message (hint)` — the validate output format."""
        where = f"{self.location}: " if self.location else ""
        hint = f" ({self.hint})" if self.hint else ""
        return f"{where}{self.severity.label} {self.check}: {self.message}{hint}"


def sorted_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Findings in the order users see them: by file, line, column, then severity and check."""
    return sorted(findings, key=Finding.sort_key)
