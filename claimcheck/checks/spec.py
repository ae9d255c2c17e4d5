"""`CheckSpec`: a check's stable id, default severity and documentation (its module docstring)."""

from __future__ import annotations

import inspect
import re
from dataclasses import dataclass
from types import ModuleType

from claimcheck.findings import Severity

DOC_SECTIONS = ("What it checks", "Why it matters", "Passes", "Fails", "Options")


@dataclass(frozen=True)
class CheckSpec:
    """What users see of a check: `claimcheck explain ID`, the docs page, the report's summary."""

    id: str
    default_severity: Severity
    summary: str  # the first line of the module docstring
    doc: str  # the whole module docstring: sections in DOC_SECTIONS order

    @classmethod
    def from_module(cls, module: ModuleType, check_id: str, severity: Severity) -> CheckSpec:
        doc = inspect.cleandoc(module.__doc__ or "")
        summary = doc.splitlines()[0] if doc else check_id
        return cls(id=check_id, default_severity=severity, summary=summary, doc=doc)

    def sections(self) -> dict[str, str]:
        """The docstring split at its `Section:` headings (used by tests and the docs page)."""
        found: dict[str, str] = {}
        parts = re.split(rf"^({'|'.join(DOC_SECTIONS)}):\s*$", self.doc, flags=re.MULTILINE)
        for heading, body in zip(parts[1::2], parts[2::2], strict=True):
            found[heading] = body.strip()
        return found
