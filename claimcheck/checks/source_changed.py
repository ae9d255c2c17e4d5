"""The live page of a source changed since it was captured (from `claimcheck source recheck`).

What it checks:
    `claimcheck source recheck` fetches every source with a `url` again and records what it found
    in `.claimcheck/recheck.json`. The audit reads that log: a source whose live text differs from
    the capture is reported, naming the claims whose quotes no longer stand in the live text.
    Entries recorded against an older capture (the source was re-added since) are ignored.

Why it matters:
    Outlets edit articles after publication, often silently. A claim quoting a sentence that was
    later removed or corrected needs a second look before it is published.

Passes:
    A source rechecked as unchanged, or one whose capture was updated with `recheck --update`.

Fails:
    A source whose page now reads differently; the message lists the vanished quotes' claims.

Options:
    None besides its severity. Run `claimcheck source recheck` to refresh the log.
"""

from __future__ import annotations

from collections.abc import Iterator

from claimcheck.audit.context import AuditContext
from claimcheck.findings import Finding, Severity
from claimcheck.web.recheck_log import RecheckStatus

ID = "source-changed"
DEFAULT_SEVERITY = Severity.WARNING


def run(ctx: AuditContext) -> Iterator[Finding]:
    sources = ctx.inputs.repo.sources
    for source_id, entry in sorted(ctx.inputs.recheck.items()):
        source = sources.get(source_id)
        if source is None or entry.status is not RecheckStatus.CHANGED:
            continue
        if not entry.is_current_for(source.meta.sha256):
            continue
        vanished = ", ".join(f"`{claim}`" for claim in entry.vanished_claims)
        detail = f"; quotes no longer in the live text: {vanished}" if vanished else ""
        yield Finding(
            check=ID,
            severity=DEFAULT_SEVERITY,
            message=f"the live page of `{source_id}` changed since capture "
            f"(checked {entry.checked_at}){detail}",
            location=source.location_of("url"),
            claim_ids=tuple(entry.vanished_claims),
            hint="review the change; `claimcheck source recheck --update` keeps both versions",
            data={"diff": list(entry.diff), "url": entry.url},
        )
