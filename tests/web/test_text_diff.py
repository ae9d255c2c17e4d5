"""The short sentence diff between a capture and the live text."""

from __future__ import annotations

from claimcheck.web.text_diff import sentence_diff, sentences


def test_sentences_split_at_ends_but_not_at_german_ordinals() -> None:
    text = 'Man "schmiede keinen Block", sagte Schoigu. Er kam am 3. Mai an. Warum? „Darum.“ Ende!'
    assert sentences(text) == [
        'Man "schmiede keinen Block", sagte Schoigu.',
        "Er kam am 3. Mai an.",
        "Warum?",
        "„Darum.“",
        "Ende!",
    ]


def test_only_changed_sentences_are_shown() -> None:
    old = "Eins ist da. Zwei ist da.\n\nDrei ist hier.\n"
    new = "Eins ist da. Zwei ist weg.\n\nDrei ist hier. Vier ist neu.\n"
    assert sentence_diff(old, new) == ["-Zwei ist da.", "+Zwei ist weg.", "+Vier ist neu."]


def test_rewrapping_a_paragraph_is_no_change() -> None:
    assert sentence_diff("Eins ist da.\nZwei ist da.\n", "Eins ist da. Zwei ist da.\n") == []


def test_a_long_diff_is_cut_at_twenty_lines() -> None:
    old = "\n".join(f"Alter Satz {n}." for n in range(30))
    new = "\n".join(f"Neuer Satz {n}." for n in range(30))
    diff = sentence_diff(old, new)
    assert len(diff) == 20
    assert diff[-1] == "… 41 more changed sentences"
