"""Property tests: arbitrary pages and texts give an article or a one-line failure, never a traceback."""

from __future__ import annotations

import contextlib
import os

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.web.credits import find_credits
from claimcheck.web.extract import article_from_html, article_from_page
from claimcheck.web.fetch_error import FetchError
from claimcheck.web.text_decoding import decode_page
from claimcheck.web.text_diff import MAX_DIFF_LINES, sentence_diff

EXAMPLES = int(os.environ.get("CLAIMCHECK_FUZZ_EXAMPLES", "40"))

html_fragments = st.lists(
    st.sampled_from(
        [
            "<html>",
            "<head>",
            "<title>",
            "</title>",
            '<meta property="og:site_name" content="X">',
            '<script type="application/ld+json">{"@type":"NewsArticle","headline":',
            "</script>",
            "<body>",
            "<article>",
            "<p>",
            "</p>",
            "<nav>",
            "<!--",
            "-->",
            "&amp;",
            "&#0;",
            "\x00",
            "Ein Satz über 60 Projekte.",
            "ü",
            "\u202e",
        ]
    )
    | st.text(max_size=40),
    max_size=40,
).map("".join)


@settings(max_examples=EXAMPLES, deadline=None)
@given(html=html_fragments)
def test_property_fuzz_html_gives_an_article_or_a_fetch_error(html: str) -> None:
    try:
        article = article_from_html(html, "http://127.0.0.1/a")
    except FetchError as error:
        assert "\n" not in str(error)
    else:
        assert article.text.endswith("\n")


@settings(max_examples=EXAMPLES, deadline=None)
@given(content=st.binary(max_size=2000), media_type=st.sampled_from(["text/html", "text/plain", None]))
def test_property_fuzz_bytes_decode_and_extract_without_surprises(
    content: bytes, media_type: str | None
) -> None:
    decode_page(content, None, is_html=True)
    with contextlib.suppress(FetchError):
        article_from_page(content, media_type, None, None)


@settings(max_examples=EXAMPLES, deadline=None)
@given(old=st.text(max_size=500), new=st.text(max_size=500))
def test_property_fuzz_diff_and_credits_accept_any_text(old: str, new: str) -> None:
    assert len(sentence_diff(old, new)) <= MAX_DIFF_LINES
    find_credits(old)
