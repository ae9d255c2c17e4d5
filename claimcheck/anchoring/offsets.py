"""Offset maps: where each character of a rewritten text came from in the text it was made from."""

from __future__ import annotations

from bisect import bisect_right


class OffsetMap:
    """Segments of a rewritten text, in order, each either copied char for char or replacing a unit.

    A copied segment maps offset by offset; a replacing segment (a whitespace run collapsed to one space,
    a character cluster rewritten by NFKC) maps as a whole, so a span that starts or ends inside it
    widens to the whole source unit. Source text that produced no output (deleted characters) lies in
    the gaps between segments, so a mapped span never starts or ends on it.
    """

    __slots__ = ("_copied", "_source_ends", "_source_starts", "_starts")

    def __init__(
        self, starts: list[int], source_starts: list[int], source_ends: list[int], copied: list[bool]
    ) -> None:
        self._starts = starts
        self._source_starts = source_starts
        self._source_ends = source_ends
        self._copied = copied

    def source_start(self, offset: int) -> int:
        """The source offset where the character at `offset` of the rewritten text begins."""
        k = bisect_right(self._starts, offset) - 1
        if self._copied[k]:
            return self._source_starts[k] + offset - self._starts[k]
        return self._source_starts[k]

    def source_end(self, offset: int) -> int:
        """The source offset just past the character before `offset` (an exclusive end, `offset` > 0)."""
        k = bisect_right(self._starts, offset - 1) - 1
        if self._copied[k]:
            return self._source_starts[k] + offset - self._starts[k]
        return self._source_ends[k]


class RewriteBuilder:
    """Builds a rewritten text piece by piece from a source text, recording its `OffsetMap`."""

    __slots__ = ("_copied", "_length", "_parts", "_source", "_source_ends", "_source_starts", "_starts")

    def __init__(self, source: str) -> None:
        self._source = source
        self._parts: list[str] = []
        self._length = 0
        self._starts: list[int] = []
        self._source_starts: list[int] = []
        self._source_ends: list[int] = []
        self._copied: list[bool] = []

    @property
    def length(self) -> int:
        """Length of the rewritten text so far."""
        return self._length

    def copy(self, start: int, end: int) -> None:
        """Copy `source[start:end]` unchanged."""
        if end <= start:
            return
        if self._copied and self._copied[-1] and self._source_ends[-1] == start:
            self._source_ends[-1] = end
        else:
            self._starts.append(self._length)
            self._source_starts.append(start)
            self._source_ends.append(end)
            self._copied.append(True)
        self._parts.append(self._source[start:end])
        self._length += end - start

    def replace(self, start: int, end: int, replacement: str) -> None:
        """Write `replacement` for the unit `source[start:end]` (an empty one deletes it)."""
        if not replacement:
            return
        if replacement == self._source[start:end]:
            self.copy(start, end)
            return
        self._starts.append(self._length)
        self._source_starts.append(start)
        self._source_ends.append(end)
        self._copied.append(False)
        self._parts.append(replacement)
        self._length += len(replacement)

    def build(self) -> tuple[str, OffsetMap]:
        """The rewritten text and its map back to the source."""
        text = "".join(self._parts)
        return text, OffsetMap(self._starts, self._source_starts, self._source_ends, self._copied)
