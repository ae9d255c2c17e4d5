"""Approximate placement of a normalised quote in a normalised body, snapped to whole words.

rapidfuzz's `partial_ratio_alignment` finds the best window; its ends are then moved to word boundaries
(widening or narrowing, whichever reads more like the quote). Its cost grows with len(body) × len(quote)²
on repetitive text (a 2,000-character quote against 20 KB of a small alphabet takes ~0.6 s), so long
bodies are only searched around the few places where the quote's words occur.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from rapidfuzz import fuzz

MAX_APPROXIMATE_QUOTE = 2_000  # longer quotes are only searched exactly
MAX_RATIO_CHARS = 20_000  # a quote longer than the body is only scored (fuzz.ratio) up to this size
# Above this len(body) × len(quote)², search near the quote's words only (worst case ~0.15 s per search).
MAX_WHOLE_BODY_WORK = 2 * 10**10
CANDIDATE_PLACES = 3  # places searched in a long body
_ANCHOR_WORDS = 20  # the quote's longest words found in the body place it
_WORDS_TRIED = 60
_OCCURRENCES_PER_WORD = 200
_WORD_REACH = 64  # how far snapping looks for the start or end of a word
_WORD = re.compile(r"[^\W_]{3,}")


@dataclass(frozen=True, slots=True)
class Placement:
    """The best approximate place of a quote: its score (0–100) and span (empty when there is none)."""

    score: float
    start: int
    end: int


def place_approximately(quote: str, body: str) -> Placement:
    """Where `quote` best matches a part of `body`, both normalised; bounded in time."""
    if not quote or not body:
        return Placement(0.0, 0, 0)
    if len(quote) > len(body):
        # It cannot stand in the body; say only how alike the two are, if that is cheap.
        cheap = len(quote) <= MAX_RATIO_CHARS
        return Placement(fuzz.ratio(quote, body) if cheap else 0.0, 0, 0)
    if len(quote) > MAX_APPROXIMATE_QUOTE:
        return Placement(0.0, 0, 0)
    if len(body) * len(quote) ** 2 <= MAX_WHOLE_BODY_WORK:
        windows = [(0, len(body))]
    else:
        windows = _candidate_windows(quote, body)
    best = Placement(0.0, 0, 0)
    for first, last in windows:
        alignment = fuzz.partial_ratio_alignment(quote, body[first:last])
        if alignment is not None and alignment.score > best.score:
            best = Placement(alignment.score, first + alignment.dest_start, first + alignment.dest_end)
    if best.end <= best.start:
        return best
    start, end = snap_to_words(quote, body, best.start, best.end)
    return Placement(best.score, start, end)


def _candidate_windows(quote: str, body: str) -> list[tuple[int, int]]:
    """Stretches of a long body where the quote's longest words place it most often."""
    first_offsets: dict[str, int] = {}
    for match in _WORD.finditer(quote):
        first_offsets.setdefault(match.group(), match.start())
    words = sorted(first_offsets.items(), key=lambda item: -len(item[0]))[:_WORDS_TRIED]
    bucket = max(16, len(quote) // 4)
    votes: Counter[int] = Counter()
    words_found = 0
    for word, offset in words:
        found = body.find(word)
        if found >= 0:
            words_found += 1
        for _ in range(_OCCURRENCES_PER_WORD):
            if found < 0:
                break
            votes[(found - offset) // bucket] += 1
            found = body.find(word, found + 1)
        if words_found == _ANCHOR_WORDS:
            break
    # A place's support includes its neighbours: the quote may start anywhere in a bucket.
    support = Counter({place: votes[place - 1] + votes[place] + votes[place + 1] for place in votes})
    windows = []
    for place, _ in support.most_common(CANDIDATE_PLACES):
        first = max(0, (place - 1) * bucket)
        windows.append((first, min(len(body), first + len(quote) + 4 * bucket)))
    return windows


def _word_start(text: str, offset: int) -> int:
    """Start of the word `offset` lies inside (or `offset` itself when that is too far)."""
    limit = max(0, offset - _WORD_REACH)
    start = offset
    while start > limit and text[start - 1].isalnum():
        start -= 1
    return start if start > limit or limit == 0 else offset


def _word_end(text: str, offset: int) -> int:
    """End of the word `offset` lies inside (or `offset` itself when that is too far)."""
    limit = min(len(text), offset + _WORD_REACH)
    end = offset
    while end < limit and text[end].isalnum():
        end += 1
    return end if end < limit or limit == len(text) else offset


def snap_to_words(quote: str, body: str, start: int, end: int) -> tuple[int, int]:
    """Widen or narrow `body[start:end]` so it does not cut a word, whichever is more like the quote."""
    starts = {start}
    if 0 < start < len(body) and body[start - 1].isalnum() and body[start].isalnum():
        starts.add(_word_start(body, start))
        starts.add(_word_end(body, start))
    ends = {end}
    if 0 < end < len(body) and body[end - 1].isalnum() and body[end].isalnum():
        ends.add(_word_end(body, end))
        ends.add(_word_start(body, end))
    best: tuple[float, int, int, int] | None = None
    for candidate_start in starts:
        for candidate_end in ends:
            first, last = _strip(body, candidate_start, candidate_end)
            if first >= last:
                continue
            # Prefer the more similar span; between equals, the wider one.
            key = (fuzz.ratio(quote, body[first:last]), last - first, -first, last)
            if best is None or key > best:
                best = key
    if best is None:
        return _strip(body, start, end)
    return -best[2], best[3]


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """`text[start:end]` without spaces at its ends (normalised text has single spaces only)."""
    while start < end and text[start] == " ":
        start += 1
    while end > start and text[end - 1] == " ":
        end -= 1
    return start, end
