"""The live page of a source is gone (HTTP 404 or 410 at the last `claimcheck source recheck`).

What it checks:
    From the recheck log `.claimcheck/recheck.json`: a source whose address answered 404 Not
    Found or 410 Gone when it was last rechecked.

Why it matters:
    A claim whose only public evidence has vanished cannot be shown to readers; an archived copy
    or another source is needed.

Passes:
    A source whose page still answers, or a source without a `url`.

Fails:
    A source whose page was taken down.

Options:
    None besides its severity.
"""

from __future__ import annotations

from collections.abc import Iterator

from claimcheck.audit.context import AuditContext
from claimcheck.findings import Finding, Severity
from claimcheck.web.recheck_log import RecheckStatus

ID = "source-gone"
DEFAULT_SEVERITY = Severity.WARNING


def run(ctx: AuditContext) -> Iterator[Finding]:
    sources = ctx.inputs.repo.sources
    if not ctx.inputs.recheck:
        return  # nothing was rechecked: no need to index every claim by its source
    claims_of: dict[str, list[str]] = {}
    for record in ctx.inputs.repo.claims:
        claims_of.setdefault(record.claim.source, []).append(record.id)
    for source_id, entry in sorted(ctx.inputs.recheck.items()):
        source = sources.get(source_id)
        if source is None or entry.status is not RecheckStatus.GONE:
            continue
        if not entry.is_current_for(source.meta.sha256):
            continue
        yield Finding(
            check=ID,
            severity=DEFAULT_SEVERITY,
            message=f"the page of `{source_id}` is gone (HTTP {entry.http_status}, checked "
            f"{entry.checked_at}); {len(claims_of.get(source_id, []))} claims rest on it",
            location=source.location_of("url"),
            claim_ids=tuple(sorted(claims_of.get(source_id, []))),
            hint="find an archived copy or another source for these claims",
            data={"url": entry.url},
        )
