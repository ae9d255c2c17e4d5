"""The normalisation's shortcuts give exactly what its general paths give: text, marks and offsets."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck.anchoring.normalise import _fold_characters, _fold_pieces
from claimcheck.anchoring.offsets import OffsetMap
from claimcheck.anchoring.spacing import collapse_general, collapse_spacing

EXAMPLES = settings(
    max_examples=int(os.environ.get("CLAIMCHECK_FUZZ_EXAMPLES", "300")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

# Whitespace of every kind, hyphens at line ends, and characters NFKC changes, composes or deletes.
PIECES = [
    "a", "Wort", "ä", "e", "-", "–", " ", "  ", "\n", "\n\n", " \n", "\n ", "-\n", "- \n  ", "\t", "\r\n",
    "\u00a0", "\u2028", "\u3000", "\u0301", "\u0308", "\u0323", "\u00e9", "\u212b", "\u1100", "\u1161",
    "\u11a8", "\uac00", "\u0b47", "\u0b3e", "\ufb01", "\u2460", "\u00bd", "\u0344", "\u0958", "\u00ad",
    "\u200b", "\ufeff", "\uff21", "\u2026", "„", "\u200e", "\x07",
]  # fmt: skip
texts = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)
# Only spaces and line feeds between words (most bodies), which has a shortcut of its own.
LINE_FEED_PIECES = ["a", "Wort", "ä", "-", " ", "\n", "\n\n", " \n", "\n ", " \n \n "]
line_feed_texts = st.lists(st.sampled_from(LINE_FEED_PIECES), max_size=30).map("".join)


def _mapped(text: str, offsets: OffsetMap | None) -> list[tuple[int, int]]:
    """Where every non-empty span of `text` comes from (offsets None: from the same place)."""
    spans = [(start, end) for start in range(len(text)) for end in range(start + 1, len(text) + 1)]
    if offsets is None:
        return spans
    return [(offsets.source_start(start), offsets.source_end(end)) for start, end in spans]


@EXAMPLES
@given(texts | line_feed_texts)
def test_collapse_spacing_matches_the_general_path(text: str) -> None:
    fast_text, fast_map, fast_marks = collapse_spacing(text)
    first, last = len(text) - len(text.lstrip()), len(text.rstrip())
    text_, map_, marks = collapse_general(text, first, last)
    assert (fast_text, fast_marks) == (text_, marks)
    assert _mapped(fast_text, fast_map) == _mapped(text_, map_)


@EXAMPLES
@given(texts)
def test_fold_characters_matches_the_general_path(text: str) -> None:
    fast_text, fast_map = _fold_characters(text)
    text_, map_ = _fold_pieces(text)
    assert fast_text == text_
    assert _mapped(fast_text, fast_map) == _mapped(text_, map_)


def test_shortcuts_are_taken_for_plain_text() -> None:
    body = "Ein Satz mit „Zitat“ und Umlauten.\n\nNoch ein Absatz, \nmit Zeilenumbruch."
    assert _fold_characters(body) == (body, None)
    collapsed, offsets, marks = collapse_spacing(body)
    assert collapsed == "Ein Satz mit „Zitat“ und Umlauten. Noch ein Absatz, mit Zeilenumbruch."
    assert marks == ()
    assert offsets is not None and offsets.source_end(collapsed.index(" Noch") + 1) == body.index("Noch")
