"""Steps 4 and 5 of the normalisation: join line-end hyphenation, collapse runs of whitespace.

`collapse_general` does it with one regular expression and a `RewriteBuilder`. `collapse_spacing`
gives the same text, offsets and marks, but takes shortcuts for the common cases (no whitespace to
touch; no hyphen at a line end; only spaces and line feeds), which matter for many long bodies.
"""

from __future__ import annotations

import re

from claimcheck.anchoring.offsets import OffsetMap, RewriteBuilder

LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
# A hyphen after a word character, then whitespace holding a line break, then a word character; or
# whitespace that is not a single plain space. (Starting each branch with a literal keeps the scan fast.)
_SPACING = re.compile(
    rf"-(?<=[^\W_]-)(?P<wrap>[^\S{LINE_BREAKS}]*[{LINE_BREAKS}]\s*)(?=[^\W_])|\s{{2,}}|[^\S ]"
)


# A hyphen, then whitespace holding a line break: where a line-end hyphen may stand (a superset of
# `_SPACING`'s first branch). Without one, step 4 has nothing to do and step 5 takes the fast path.
_WRAP_HINT = re.compile(rf"-[^\S{LINE_BREAKS}]*[{LINE_BREAKS}]")
# A run of whitespace that is not a single plain space, matched from its start; the same runs as
# `_SPACING`'s other branches, but every branch starts with a whitespace character, which `re` scans
# for quickly.
_RUNS = re.compile(r"[^\S ]\s*| \s+")


def collapse_spacing(text: str) -> tuple[str, OffsetMap | None, tuple[int, ...]]:
    """Steps 4 and 5: join line-end hyphenation, collapse whitespace; also the line-end hyphens' offsets."""
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text, None, ()  # no whitespace but single inner spaces (most quotes): nothing to do
    first = len(text) - len(text.lstrip())
    last = len(text.rstrip())
    if _WRAP_HINT.search(text, first, last) is None:
        collapsed, offsets = _collapse_runs(text, first, last)
        return collapsed, offsets, ()
    return collapse_general(text, first, last)


def collapse_general(text: str, first: int, last: int) -> tuple[str, OffsetMap | None, tuple[int, ...]]:
    """`collapse_spacing` without its shortcuts, on `text[first:last]` (`text` stripped)."""
    builder: RewriteBuilder | None = None
    position = first
    marks: list[int] = []
    for match in _SPACING.finditer(text, first, last):
        if builder is None:
            builder = RewriteBuilder(text)
        start, end = match.span()
        if match.group("wrap") is not None:
            builder.copy(position, start + 1)
            marks.append(builder.length - 1)
        else:
            builder.copy(position, start)
            builder.replace(start, end, " ")
        position = end
    if builder is None:
        if first == 0 and last == len(text):
            return text, None, ()
        builder = RewriteBuilder(text)
    builder.copy(position, last)
    collapsed, offsets = builder.build()
    return collapsed, offsets, tuple(marks)


def _collapse_runs(text: str, first: int, last: int) -> tuple[str, OffsetMap | None]:
    """Step 5 alone (no line-end hyphens): the map `RewriteBuilder` would record, built in one pass.

    The text between runs is copied and each run is replaced as a unit by one space.
    """
    if last <= first:  # nothing but whitespace
        return "", OffsetMap([], [], [], [])
    runs = _line_feed_runs(text, first, last)
    if runs is None:
        runs = [match.span() for match in _RUNS.finditer(text, first, last)]
    if not runs and first == 0 and last == len(text):
        return text, None
    parts: list[str] = []
    starts: list[int] = []
    source_starts: list[int] = []
    source_ends: list[int] = []
    copied: list[bool] = []
    length = 0
    position = first
    for start, end in runs:
        # Runs are maximal and lie between non-space characters, so the copied text is never empty.
        parts.append(text[position:start])
        starts += (length, length + start - position)
        source_starts += (position, start)
        source_ends += (start, end)
        copied += (True, False)
        length += start - position + 1
        position = end
    parts.append(text[position:last])
    starts.append(length)
    source_starts.append(position)
    source_ends.append(last)
    copied.append(True)
    return " ".join(parts), OffsetMap(starts, source_starts, source_ends, copied)


_LINE_FEED_RUN = re.compile(r"\n[\n ]*")


def _line_feed_runs(text: str, first: int, last: int) -> list[tuple[int, int]] | None:
    """The runs of most text, whose only whitespace is single spaces and line feeds, found by
    scanning for line feeds (much faster than for any whitespace); None for other text."""
    if "  " in text or not text.replace("\n", " ").isprintable():
        return None  # other whitespace (or some other unprintable character): scan for all of it
    if " \n" not in text:
        return [match.span() for match in _LINE_FEED_RUN.finditer(text, first, last)]
    runs = []
    for match in _LINE_FEED_RUN.finditer(text, first, last):
        start, end = match.span()
        # `text[first]` is not whitespace, so a run never starts at `first` and `start - 1` is in range.
        runs.append((start - 1 if text[start - 1] == " " else start, end))
    return runs
