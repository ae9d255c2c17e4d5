"""The registry of checks: one module per check, its docstring is its documentation."""

from __future__ import annotations

from types import ModuleType

from claimcheck.checks import (
    conflict,
    duplicate_id,
    invalid_entry,
    possible_conflict,
    possible_duplicate,
    quote_inexact,
    quote_not_found,
    single_source,
    source_changed,
    source_gone,
    source_modified,
    superseded,
    unknown_source,
)
from claimcheck.checks.spec import CheckSpec

# Input checks look at files and entries one by one; `claimcheck validate` runs only these.
INPUT_CHECKS: tuple[ModuleType, ...] = (
    invalid_entry,
    duplicate_id,
    unknown_source,
    source_modified,
    quote_not_found,
    quote_inexact,
)

# Cross-reference checks compare claims with each other; `claimcheck audit` adds these.
AUDIT_CHECKS: tuple[ModuleType, ...] = (
    conflict,
    single_source,
    possible_conflict,
    possible_duplicate,
    superseded,
    source_changed,
    source_gone,
)

CHECKS: dict[str, CheckSpec] = {
    module.ID: CheckSpec.from_module(module, module.ID, module.DEFAULT_SEVERITY)
    for module in (*INPUT_CHECKS, *AUDIT_CHECKS)
}

CHECK_IDS: tuple[str, ...] = tuple(CHECKS)
