"""A proposition (or a claim with no `about`) rests on fewer than `min_sources` independent origins.

What it checks:
    A claim's provenance is its `said_by` if given; else the first of `via`; else its source's
    `credits`; else its source's `outlet`. Names are matched after normalisation and the
    `[aliases]` of settings. Two claims are independent when their provenances share no name.
    The number of independent origins of an `about` is the largest set of its asserting,
    non-deprecated claims that are pairwise independent — so ten outlets repeating one dpa report,
    or one person's statement, count once.

Why it matters:
    Repetition is not corroboration. A figure that every outlet prints because one official said
    it once is as strong as that official; an editor should know before relying on it.

Passes:
    `cn/neutrality` stated by a DW report crediting dpa and Reuters and by an AFP report.

Fails:
    `cn-ru/joint-exercise/largest` — 3 claims in 3 sources, 1 origin: Vladimir Putin.

Options:
    `min_sources` (default 2); `[aliases]` (spellings of one name).
"""

from __future__ import annotations

from collections.abc import Iterator

from claimcheck.audit.context import AuditContext
from claimcheck.audit.origins import describe_origin
from claimcheck.findings import Finding, Severity

ID = "single-source"
DEFAULT_SEVERITY = Severity.WARNING


def run(ctx: AuditContext) -> Iterator[Finding]:
    min_sources = ctx.min_sources  # read once: settings answer through `__getattr__`
    for proposition in ctx.propositions:
        if len(proposition.origins) >= min_sources:
            continue
        counted = proposition.counted
        if not counted:
            continue
        sources = {fact.record.claim.source for fact in counted}
        origins = "; ".join(describe_origin(origin) for origin in proposition.origins) or "none"
        claims = f"{len(counted)} claim{'s' if len(counted) != 1 else ''}"
        in_sources = f" in {len(sources)} sources" if len(sources) > 1 else ""
        n = len(proposition.origins)
        first = counted[0] if len(counted) == 1 else min(counted, key=lambda fact: fact.id)
        subject = f"`{proposition.about}`" if proposition.about else f"claim `{first.id}`"
        yield Finding(
            check=ID,
            severity=DEFAULT_SEVERITY,
            message=f"{subject}: {claims}{in_sources}, {n} origin{'s' if n != 1 else ''}: {origins}",
            location=first.record.location_of("about" if proposition.about else "id"),
            claim_ids=tuple(sorted([fact.id for fact in counted])),
            about=proposition.about,
            hint=f"find {min_sources - n} more independent origin(s), or say so in the story",
            data={"origins": [sorted(origin) for origin in proposition.origins], "sources": sorted(sources)},
        )
