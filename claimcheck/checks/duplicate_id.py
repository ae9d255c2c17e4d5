"""Two claims share an id.

What it checks:
    Claim ids must be unique in the repository (source ids are file names, unique by construction).
    Every claim after the first with the same id is reported, naming where the first one is.

Why it matters:
    Reports, links and `claimcheck show ID` name claims by id. Two claims with one id make every
    reference to it ambiguous, and one of them may be a copy that was meant to be edited.

Passes:
    Two claims `dw-zhang-moscow` and `dw-zhang-putin`.

Fails:
    Two claims both called `dw-zhang-moscow`, in one file or in two.

Options:
    None besides its severity.
"""

from __future__ import annotations

from collections.abc import Iterator

from claimcheck.findings import Finding, Severity
from claimcheck.input_context import InputContext
from claimcheck.repository import ClaimRecord

ID = "duplicate-id"
DEFAULT_SEVERITY = Severity.ERROR


def run(ctx: InputContext) -> Iterator[Finding]:
    first_seen: dict[str, ClaimRecord] = {}
    for record in ctx.repo.claims:
        earlier = first_seen.setdefault(record.id, record)
        if earlier is record:
            continue
        yield Finding(
            check=ID,
            severity=DEFAULT_SEVERITY,
            message=f"claim id `{record.id}` is already used at {earlier.location_of('id')}",
            location=record.location_of("id"),
            claim_ids=(record.id,),
            field="id",
            hint="give this claim another id",
        )
