"""Tell a German phrase from an English one by its words, to read `1,500`, `1.500` and `Billion` right."""

from __future__ import annotations

from collections.abc import Sequence

from claimcheck.values.numbers import Language
from claimcheck.values.tokens import Token, word_set

GERMAN_WORDS = word_set(
    """
    der die das den dem des ein eine einer einem einen eines und oder bis zwischen von vom zu zum zur
    im am über mehr als weniger unter rund etwa ungefähr knapp fast circa ca mindestens höchstens
    wenigstens gut nur insgesamt gesamt schätzungsweise tausend millionen mio milliarde milliarden mrd
    billionen bio prozent prozentpunkte jahre jahren jahrzehnte jahrzehnten monate monaten wochen tage
    tagen us-dollar rubel laufende ihrer ihre seiner seine ersten
    """
)
ENGLISH_WORDS = word_set(
    """
    the a an and or to of between from more than less fewer over about around nearly almost some
    roughly approximately at least most up thousand millions bn mn tn billions percent per cent dollars
    euros years decades months weeks days roubles rubles
    """
)


def guess_language(tokens: Sequence[Token]) -> Language:
    """`de`, `en` or None (no cue, or a tie). Umlauts and `ß` count for German, `$` twice for English; a
    capitalised `Million`/`Billion` for German, a lower-case one twice for English (German capitalises
    nouns, and a capital in English is only a headline's)."""
    german = english = 0
    for token in tokens:
        norm = token.norm
        if token.kind == "word":
            if norm in GERMAN_WORDS or any(char in norm for char in "äöüß"):
                german += 1
            if norm in ENGLISH_WORDS:
                english += 1
            if norm in {"million", "billion", "trillion"}:
                if token.text[0].isupper() and not token.text.isupper():
                    german += 1
                else:
                    english += 2
        elif norm == "$":
            english += 2
        elif token.kind == "num" and "," in norm and "." in norm:
            german += norm.rindex(",") > norm.rindex(".")
            english += norm.rindex(".") > norm.rindex(",")
    if german > english:
        return "de"
    if english > german:
        return "en"
    return None
