"""A source's body no longer matches the `sha256` recorded when it was captured.

What it checks:
    The SHA-256 of each source's body (the text after the front matter, UTF-8, line ends
    normalised to LF) is compared with the `sha256` in its front matter.

Why it matters:
    Quotes are checked against the captured text. A body edited after capture — by hand, by an
    editor's tool, by a bad merge — silently changes what the claims are checked against.

Passes:
    A source whose body is byte-for-byte what was captured.

Fails:
    A source whose body was edited after capture; the message gives both digests. If the edit
    was intended, set `sha256` to the new digest.

Options:
    None besides its severity. A source without `sha256` is not checked.
"""

from __future__ import annotations

from collections.abc import Iterator

from claimcheck.findings import Finding, Severity
from claimcheck.input_context import InputContext
from claimcheck.source_file import body_sha256

ID = "source-modified"
DEFAULT_SEVERITY = Severity.ERROR


def run(ctx: InputContext) -> Iterator[Finding]:
    for source_id in sorted(ctx.repo.sources):
        source = ctx.repo.sources[source_id]
        recorded = source.meta.sha256
        if recorded is None:
            continue
        actual = body_sha256(source.body)
        if actual == recorded:
            continue
        yield Finding(
            check=ID,
            severity=DEFAULT_SEVERITY,
            message=f"the body of source `{source_id}` changed after capture "
            f"(recorded sha256 {recorded[:12]}…, now {actual[:12]}…)",
            location=source.location_of("sha256"),
            field="sha256",
            hint=f"if the edit was intended, set `sha256: {actual}`",
            data={"recorded": recorded, "actual": actual, "source": source_id},
        )
