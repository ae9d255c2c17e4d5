"""Property tests of quote anchoring: cut quotes are found however re-typeset; no text breaks it."""

from __future__ import annotations

import os
import re
import unicodedata

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from claimcheck.anchor import AnchorKind, anchor_quote, normalise_for_matching, prepare_text

EXAMPLES = settings(
    max_examples=int(os.environ.get("CLAIMCHECK_FUZZ_EXAMPLES", "200")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

WORDS = [
    "China", "Russland", "Zusammenarbeit", "höchstem", "Niveau", "Größe", "Äußerung", "Fähigkeit",
    "Übungen", "Moskau", "Peking", "Ukraine-Kriegs", "Staats-", "und", "Parteichef", "Xi", "Jinping",
    "„Souveränität", "Sicherheit“", '"allumfassende', 'Partnerschaft"', "über", "60", "Projekte", "–",
    "—", "‚strategische‘", "Koordination", "«Bruderstaat»", "1,5", "Mio.", "sagte:", "…", "ist", "Putin’s",
    "ß", "Militärkommission", "(15.", "Juni)", "russisch-chinesischen", "der", "die", "das", "zweithöchster",
]  # fmt: skip
SEPARATORS = [" ", " ", " ", " ", "\n", "  ", " \n", "\n\n", ", ", ". ", "\u00a0"]
QUOTE_MARKS = "\"'„“”‚‘’«»‹›〞＂"
DASHES = "-‐‑‒–—―−"
SPACES = [" ", "  ", "\n", "\t", "\u00a0", "\u202f", " \n ", "\r\n", "\u2009"]

# Tricky characters for texts that must not break anything: marks, jamo, invisible ones, the internal mark.
TRICKY = list(
    "aäöüßAZ09 -–—„“\"'…\n\t\u00a0\u202f\u00ad\u200b\u200d\ufeff\u0301\u0308\u0323\ufdd0\ufffd"
    "\u1100\u1161\u11a8\uac00\u3131\u314f\uff76\uff9e\ufb01\u2460\u00bd\u0e33\u212b\ud800"
)


def words_and_separators() -> st.SearchStrategy[list[tuple[str, str]]]:
    return st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), min_size=1, max_size=60)


@st.composite
def bodies_and_cuts(draw: st.DrawFn) -> tuple[str, int, int]:
    body = "".join(word + separator for word, separator in draw(words_and_separators()))
    start = draw(st.integers(0, len(body) - 1))
    end = draw(st.integers(start + 1, len(body)))
    assume(normalise_for_matching(body[start:end]))
    return body, start, end


def loose(text: str) -> str:
    """Normalised, with the hyphens that a line end may add or remove taken out."""
    return re.sub(r"(?<=[^\W_])- ?(?=[^\W_])", "", normalise_for_matching(text))


@st.composite
def retypeset(draw: st.DrawFn, quote: str) -> tuple[str, bool]:
    """`quote` re-spaced, re-quoted, re-dashed, maybe re-hyphenated, NFD, with invisible characters.

    Also says whether line-end hyphens were inserted inside words.
    """
    quote = re.sub(r"\s+", lambda _: draw(st.sampled_from(SPACES)), quote)
    quote = re.sub(f"[{QUOTE_MARKS}]", lambda _: draw(st.sampled_from(QUOTE_MARKS)), quote)
    quote = re.sub(f"[{DASHES}]", lambda _: draw(st.sampled_from(DASHES)), quote)
    hyphenated = False
    if draw(st.booleans()):
        gaps = [match.start() for match in re.finditer(r"(?<=[^\W_])(?=[^\W_])", quote)]
        chosen = sorted(draw(st.sets(st.sampled_from(gaps), max_size=3))) if gaps else []
        for offset in reversed(chosen):
            quote = quote[:offset] + draw(st.sampled_from(["-\n", "-\r\n", "- \n  "])) + quote[offset:]
        hyphenated = bool(chosen)
    if draw(st.booleans()):
        quote = unicodedata.normalize("NFD", quote)
    invisible = draw(
        st.lists(st.tuples(st.integers(0, len(quote)), st.sampled_from("\u00ad\u200b\u2060\ufeff")))
    )
    for offset, char in sorted(invisible, reverse=True):
        quote = quote[:offset] + char + quote[offset:]
    return quote, hyphenated


@EXAMPLES
@given(data=st.data(), cut=bodies_and_cuts())
def test_property_cut_quote_is_found_exactly(data: st.DataObject, cut: tuple[str, int, int]) -> None:
    body, start, end = cut
    original = body[start:end]
    quote, hyphenated = data.draw(retypeset(original))
    # The right span is the cut without the whitespace at its ends (normalisation drops it).
    right_start = start + len(original) - len(original.lstrip())
    right_end = end - (len(original) - len(original.rstrip()))

    anchor = anchor_quote(quote, prepare_text(body))

    assert anchor.kind is AnchorKind.EXACT
    assert anchor.start is not None and anchor.end is not None and anchor.found is not None
    assert anchor.found == body[anchor.start : anchor.end]
    # A match that starts or ends inside a unit (`.` of `…`, a collapsed run of spaces) spans all of it.
    assert loose(original) in loose(anchor.found)
    if not hyphenated and normalise_for_matching(quote) == normalise_for_matching(original):
        # The quote reads exactly as the cut: it is found where the cut was or at an earlier occurrence.
        assert normalise_for_matching(original) in normalise_for_matching(anchor.found)
        assert anchor.start <= right_start
        if anchor.start == right_start:
            assert anchor.end == right_end


@st.composite
def hyphenated_bodies(draw: st.DrawFn) -> tuple[str, str, str]:
    """A body whose words may be broken at line ends, the same text unbroken, and a quote cut from it."""
    tokens = draw(words_and_separators())
    clean, broken = [], []
    for word, separator in tokens:
        clean.append(word + separator)
        if len(word) >= 4 and word.isalpha() and draw(st.booleans()):
            split = draw(st.integers(1, len(word) - 1))
            word = word[:split] + draw(st.sampled_from(["-\n", "-\r\n", "- \n"])) + word[split:]
        elif "-" in word[1:-1] and draw(st.booleans()):
            word = word.replace("-", "-\n")
        broken.append(word + separator)
    first = draw(st.integers(0, len(tokens) - 1))
    last = draw(st.integers(first + 1, len(tokens)))
    return "".join(broken), "".join(broken[first:last]), "".join(clean[first:last])


@EXAMPLES
@given(hyphenated_bodies())
def test_property_line_end_hyphens_in_body_do_not_count(case: tuple[str, str, str]) -> None:
    body, broken_quote, clean_quote = case
    for quote in (clean_quote, broken_quote):
        anchor = anchor_quote(quote, body)
        assert anchor.kind is AnchorKind.EXACT
        assert anchor.found is not None
        assert loose(anchor.found) == loose(clean_quote)


def text_with_tricky_characters() -> st.SearchStrategy[str]:
    return st.text(st.sampled_from(TRICKY), max_size=60) | st.text(max_size=60)


def reference_normalisation(text: str) -> str:
    """The normalisation rules applied to the whole text at once, the slow and obvious way."""
    text = re.sub("[\u00ad\u200b-\u200d\u2060\ufeff]", "", text)
    text = unicodedata.normalize("NFKC", text)
    text = re.sub("[\"'„“”‚‘’‛‟«»‹›〝〞〟＂＇]", '"', text)
    text = re.sub("[‐‑‒–—―−]", "-", text).replace("\ufdd0", "\ufffd")
    breaks = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
    text = re.sub(rf"(?<=[^\W_])-[^\S{breaks}]*[{breaks}]\s*(?=[^\W_])", "-", text)
    return re.sub(r"\s+", " ", text).strip()


@EXAMPLES
@given(text_with_tricky_characters())
def test_property_normalisation_is_the_rules_applied_to_the_whole_text(text: str) -> None:
    # The implementation works cluster by cluster to keep its offset map; the result must not differ.
    assert normalise_for_matching(text) == reference_normalisation(text)


@EXAMPLES
@given(
    quote=text_with_tricky_characters(),
    body=text_with_tricky_characters(),
    min_score=st.floats(0, 100),
)
def test_property_anchoring_never_raises_and_anchors_are_consistent(
    quote: str, body: str, min_score: float
) -> None:
    anchor = anchor_quote(quote, body, min_score=min_score)
    assert 0.0 <= anchor.score <= 100.0
    if anchor.kind is AnchorKind.NOT_FOUND:
        assert anchor.start is None and anchor.found is None and anchor.selector is None
        return
    assert anchor.start is not None and anchor.end is not None and anchor.selector is not None
    assert 0 <= anchor.start < anchor.end <= len(body)
    assert anchor.found == anchor.selector.exact == body[anchor.start : anchor.end]
    assert body[: anchor.start].endswith(anchor.selector.prefix)
    assert body[anchor.end :].startswith(anchor.selector.suffix)
    assert anchor.line == body.count("\n", 0, anchor.start) + 1
    assert anchor.column == anchor.start - (body.rfind("\n", 0, anchor.start) + 1) + 1
    if anchor.kind is AnchorKind.EXACT:
        assert anchor.score == 100.0
    else:
        assert anchor.score >= min_score


@EXAMPLES
@given(quote=st.text(), body=st.text())
def test_property_any_text_is_found_in_itself_and_between_lines(quote: str, body: str) -> None:
    # Between line breaks, since a letter or hyphen right before the quote could combine with its start.
    assume(normalise_for_matching(quote))
    assert anchor_quote(quote, quote).kind is AnchorKind.EXACT
    assert anchor_quote(quote, f"{body}\n{quote}\n{body}").kind is AnchorKind.EXACT
