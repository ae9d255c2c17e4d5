"""Links from the report to sources: the web page with a text fragment, or the file and line."""

from __future__ import annotations

from claimcheck.anchor import AnchorKind
from claimcheck.audit.propositions import ClaimFacts
from claimcheck.findings import Location
from claimcheck.report import escape, fields
from claimcheck.report.context import ReportContext
from claimcheck.report.text_fragment import fragment_words, with_text_fragment


def source_line(ctx: ReportContext, fact: ClaimFacts) -> int | None:
    """The line of the source file where the claim's quote was found."""
    anchor = ctx.found(fact)
    if fact.source is None or anchor is None or anchor.line is None:
        return None
    return fact.source.body_line + anchor.line - 1


def location_link(ctx: ReportContext, location: Location) -> str:
    """A finding's `file:line:column`, linked to the file (and its line, where the forge shows lines)."""
    target = ctx.file_target(location.path)
    if location.line is not None and not location.path.endswith(".md"):
        # GitHub and GitLab show YAML/JSON as code with line anchors; Markdown they render instead.
        target += f"#L{location.line}"
    return escape.link(str(location), target)


def quote_url(ctx: ReportContext, fact: ClaimFacts) -> str | None:
    """The source's web address with a text fragment for the quote as it stands in the source."""
    url = escape.web_url(fact.source.meta.url) if fact.source is not None else None
    if url is None or fact.source is None:
        return None
    anchor = ctx.found(fact)
    if anchor is None or not anchor.found:
        return url
    prefix = suffix = None
    if anchor.selector is not None and ctx.repeated(fact.source, " ".join(fragment_words(anchor.found))):
        # The same words stand twice in the source: the words around them say which one is meant.
        prefix, suffix = anchor.selector.prefix, anchor.selector.suffix
    return with_text_fragment(url, anchor.found, prefix, suffix)


def quote_source(ctx: ReportContext, fact: ClaimFacts) -> str:
    """Where a quote comes from, as Markdown: the web page when the source has an address, else its file."""
    if fact.source is None:
        return f"source {escape.code(fact.record.claim.source)} does not exist"
    label = fields.outlet(fact)
    date = fields.published(fact)
    label = f"{label}, {date}" if date else label
    url = quote_url(ctx, fact)
    if url is not None:
        text = escape.link(label, url)
    else:
        line = source_line(ctx, fact)
        text = escape.link(label, ctx.file_target(fact.source.path))
        text += f" (line {line})" if line is not None else ""
    anchor = ctx.anchor(fact)
    if anchor is not None and anchor.kind is AnchorKind.NOT_FOUND:
        text += " — *quote not found in the source*"
    elif anchor is not None and anchor.kind is AnchorKind.INEXACT:
        text += " — *quote stands only approximately*"
    return text
