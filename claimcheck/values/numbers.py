"""Numbers as German and English writers put them: `1.000,5`, `1,000.5`, `1e11`, `drei`, `zweieinhalb`."""

from __future__ import annotations

import math
import re
from typing import Literal

Language = Literal["de", "en"] | None


class NumberFormatError(ValueError):
    """Digits that cannot be a number (`1.2.3,4`); `offset` is where, within the digits."""

    def __init__(self, message: str, offset: int) -> None:
        super().__init__(message)
        self.message = message
        self.offset = offset


_GROUPING_ONLY = "'\u00a0\u202f\u2009"
_SEPARATOR = re.compile(r"[.,'\u00a0\u202f\u2009]")


def read_digits(digits: str, language: Language) -> float:
    """The value of a digit token, reading `.` and `,` by the phrase's language.

    Both separators: the last one is the decimal mark (`1.000,5`, `1,000.5`). One separator used twice or
    more groups thousands (`1.000.000`). One separator once: the decimal mark unless exactly three digits
    follow a 1–3 digit start (`1.000`, `1,000`), which group thousands, except that in a German phrase
    `,` stays decimal (`1,500 Mio.`) and in an English phrase `.` does (`1.500 million`).
    """
    mantissa, exponent = _split_exponent(digits)
    marks = [(m.start(), m.group()) for m in _SEPARATOR.finditer(mantissa)]
    decimal_at: int | None = None
    decimal_marks = [(at, mark) for at, mark in marks if mark in ".,"]
    if decimal_marks:
        kinds = {mark for _, mark in decimal_marks}
        last_at, last_mark = decimal_marks[-1]
        if len(kinds) == 2:
            if sum(1 for _, mark in decimal_marks if mark == last_mark) > 1:
                raise NumberFormatError(f"{digits!r} mixes `.` and `,` in a way no language writes", last_at)
            decimal_at = last_at
        elif len(decimal_marks) == 1 and not _is_thousands_group(mantissa, last_at, last_mark, language):
            decimal_at = last_at
    integer_part = mantissa if decimal_at is None else mantissa[:decimal_at]
    fraction = "" if decimal_at is None else mantissa[decimal_at + 1 :]
    groups = _SEPARATOR.split(integer_part)
    if len(groups) > 1:
        offset = len(groups[0])
        if not 1 <= len(groups[0]) <= 3:
            raise NumberFormatError(f"{digits!r}: a thousands group must follow 1 to 3 digits", offset)
        for group in groups[1:]:
            if len(group) != 3:
                raise NumberFormatError(
                    f"{digits!r}: thousands groups have exactly three digits, not {group!r}", offset
                )
            offset += 1 + len(group)
    text = "".join(groups) + ("." + fraction if fraction else "") + exponent
    try:
        value = float(text)
    except ValueError:
        raise NumberFormatError(f"{digits!r} is not a number", 0) from None
    if not math.isfinite(value):
        raise NumberFormatError(f"{digits!r} is too large a number", 0)
    return value


def _split_exponent(digits: str) -> tuple[str, str]:
    for index, char in enumerate(digits):
        if char in "eE":
            return digits[:index], digits[index:]
    return digits, ""


def _is_thousands_group(mantissa: str, at: int, mark: str, language: Language) -> bool:
    before, after = mantissa[:at], mantissa[at + 1 :]
    if len(after) != 3 or not 1 <= len(before) <= 3 or before.startswith("0"):
        return False
    if mark == ",":
        return language != "de"
    return language != "en"


# -- number words ----------------------------------------------------------------------------------

ONES_DE = {
    "null": 0,
    "eins": 1,
    "ein": 1,
    "eine": 1,
    "einen": 1,
    "einem": 1,
    "einer": 1,
    "eines": 1,
    "zwei": 2,
    "zwo": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
    "neun": 9,
    "zehn": 10,
    "elf": 11,
    "zwölf": 12,
    "dreizehn": 13,
    "vierzehn": 14,
    "fünfzehn": 15,
    "sechzehn": 16,
    "siebzehn": 17,
    "achtzehn": 18,
    "neunzehn": 19,
}
TENS_DE = {
    "zwanzig": 20,
    "dreißig": 30,
    "dreissig": 30,
    "vierzig": 40,
    "fünfzig": 50,
    "sechzig": 60,
    "siebzig": 70,
    "achtzig": 80,
    "neunzig": 90,
}
ONES_EN = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS_EN = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
# Words that multiply what comes before them and make a number on their own ("hundert" = 100).
HUNDREDS = {"hundert": 100, "hundred": 100}
THOUSANDS = {"tausend": 1000, "thousand": 1000}
# Fractions that multiply the number before them (`zwei Drittel` = 2/3, `a third` = 1/3).
FRACTIONS = {
    "halb": 0.5,
    "halbe": 0.5,
    "halben": 0.5,
    "halber": 0.5,
    "halbes": 0.5,
    "half": 0.5,
    "drittel": 1 / 3,
    "third": 1 / 3,
    "thirds": 1 / 3,
    "viertel": 0.25,
    "quarter": 0.25,
    "quarters": 0.25,
    "fünftel": 0.2,
    "fifth": 0.2,
    "fifths": 0.2,
    "zehntel": 0.1,
    "tenth": 0.1,
    "tenths": 0.1,
}
DOZEN = {"dutzend": 12, "dozen": 12}
# Single words that are a number with a half: `anderthalb`, `zweieinhalb`, `dreiviertel`.
_SPECIAL_WORDS = {"anderthalb": 1.5, "eineinhalb": 1.5, "einundhalb": 1.5, "dreiviertel": 0.75}
# Articles that are `1` only before a fraction, dozen, hundred, thousand or scale (`a third`, `a million`).
ARTICLE_ONE = {"a", "an"}


def word_number(word: str) -> float | None:
    """The value of one number word (`drei`, `zwölf`, `sechzig`, `fünfundzwanzig`, `twenty-five`,
    `zweieinhalb`, `anderthalb`), or None. `word` is casefolded."""
    if word in _SPECIAL_WORDS:
        return _SPECIAL_WORDS[word]
    if word.endswith("einhalb") and len(word) > 7:
        whole = _german_compound(word[: -len("einhalb")])
        return None if whole is None else whole + 0.5
    if "-" in word:
        return _english_hyphenated(word)
    value = ONES_EN.get(word, TENS_EN.get(word))
    if value is not None:
        return float(value)
    if word in HUNDREDS or word in THOUSANDS:
        return float(HUNDREDS.get(word) or THOUSANDS[word])
    german = _german_compound(word)
    return None if german is None else float(german)


def _english_hyphenated(word: str) -> float | None:
    tens, _, ones = word.partition("-")
    if tens in TENS_EN and ones in ONES_EN and 0 < ONES_EN[ones] < 10:
        return float(TENS_EN[tens] + ONES_EN[ones])
    return None


def _german_compound(word: str) -> int | None:
    """`fünfundzwanzig` → 25, `zweihundertdrei` → 203, `dreitausend` → 3000; None if not a number."""
    if not word:
        return None
    if word in ONES_DE and word not in {"ein", "eine", "einen", "einem", "einer", "eines"}:
        return ONES_DE[word]
    if word in {"ein", "eine", "einen", "einem", "einer", "eines"}:
        return 1
    if word in TENS_DE:
        return TENS_DE[word]
    for marker, factor in (("tausend", 1000), ("hundert", 100)):
        head, found, tail = word.partition(marker)
        if found:
            left = 1 if head in {"", "ein"} else _german_compound(head)
            right = 0 if tail == "" else _german_compound(tail)
            if left is None or right is None or (factor == 100 and left > 9) or right >= factor:
                return None
            return left * factor + right
    ones, found, tens = word.partition("und")
    if found and tens in TENS_DE:
        one = 1 if ones == "ein" else ONES_DE.get(ones)
        if one is not None and 1 <= one <= 9:
            return TENS_DE[tens] + one
    return None


# -- scales ----------------------------------------------------------------------------------------

# Scale words whose meaning does not depend on the language.
SCALES = {
    "tausend": 1e3,
    "thousand": 1e3,
    "thousands": 1e3,
    "tsd": 1e3,
    "million": 1e6,
    "millionen": 1e6,
    "millions": 1e6,
    "mio": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "milliarde": 1e9,
    "milliarden": 1e9,
    "mrd": 1e9,
    "mia": 1e9,
    "bn": 1e9,
    "bln": 1e9,
    "billionen": 1e12,
    "bio": 1e12,
    "tn": 1e12,
    "trillionen": 1e18,
}
# Only right after the digits, never after a space: `$5m`, `100bn`, `20k` (`5 m` may be metres).
GLUED_SCALES = {"k": 1e3, "m": 1e6, "b": 1e9}
# `billion` is 10^12 in German and 10^9 in English; `trillion` 10^18 and 10^12.
AMBIGUOUS_SCALES = {"billion": (1e12, 1e9), "billions": (1e12, 1e9), "trillion": (1e18, 1e12)}
# Plural scale words that, without a number, mean "at least two of them" (`Millionen Menschen`).
PLURAL_SCALES = {
    "dutzende": 12.0,
    "dozens": 12.0,
    "hunderte": 100.0,
    "hundreds": 100.0,
    "tausende": 1e3,
    "thousands": 1e3,
    "zehntausende": 1e4,
    "hunderttausende": 1e5,
    "millionen": 1e6,
    "millions": 1e6,
    "milliarden": 1e9,
    "billions": 1e9,
}
# The canonical grammar writes scales in English words, largest first.
CANONICAL_SCALES = (("trillion", 1e12), ("billion", 1e9), ("million", 1e6))


# -- canonical number text -------------------------------------------------------------------------

_AMBIGUOUS_DECIMAL = re.compile(r"^-?[1-9]\d{0,2}\.\d{3}$")


def format_number(value: float) -> str:
    """The shortest text that reads back as exactly `value` in any language: integers without `.0`
    up to 10^16, `repr` otherwise, and a fourth decimal digit where `1.234` could be a German 1234."""
    if value == 0:
        return "0"
    if value.is_integer() and abs(value) < 1e16:
        return str(int(value))
    text = repr(value)
    if _AMBIGUOUS_DECIMAL.match(text):
        text += "0"
    return text


def format_scaled(value: float) -> str:
    """`100 billion`, `1.5 million` where the scale word gives back exactly `value`, else `format_number`."""
    for word, scale in CANONICAL_SCALES:
        if abs(value) >= scale:
            mantissa = repr(abs(value) / scale).removesuffix(".0")
            if "e" not in mantissa and read_digits(mantissa.lstrip("-"), "en") * scale == abs(value):
                return f"{'-' if value < 0 else ''}{mantissa} {word}"
            break
    return format_number(value)
