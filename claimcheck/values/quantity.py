"""Read a quantity: the canonical `[op] number [scale] [unit]` and news phrases such as `über 60 Projekte`.

A phrase *commits* to being a quantity when it starts with an operator symbol (`>`, `~`, `=` …) or uses
`..`; only then is something malformed an error. Any other phrase that does not read as a quantity gives
None, and the caller tries dates, then falls back to a category.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass

from claimcheck.values.calendar_words import TIME_WORDS
from claimcheck.values.errors import ValueParseError
from claimcheck.values.kinds import Quantity
from claimcheck.values.language import guess_language
from claimcheck.values.numbers import (
    AMBIGUOUS_SCALES,
    ARTICLE_ONE,
    DOZEN,
    FRACTIONS,
    GLUED_SCALES,
    HUNDREDS,
    ONES_EN,
    PLURAL_SCALES,
    SCALES,
    TENS_EN,
    THOUSANDS,
    Language,
    NumberFormatError,
    read_digits,
    word_number,
)
from claimcheck.values.tokens import Token, tokenize, word_set
from claimcheck.values.units import COUNT_NOUNS, UnitReading, known_unit, singular

OPERATOR_SYMBOLS = frozenset({">", ">=", "<", "<=", "=", "~"})

# Comparison words, longest first where one phrase starts another.
_COMPARISONS: dict[tuple[str, ...], str] = {
    ("nicht", "mehr", "als"): "<=",
    ("nicht", "weniger", "als"): ">=",
    ("no", "more", "than"): "<=",
    ("not", "more", "than"): "<=",
    ("no", "fewer", "than"): ">=",
    ("no", "less", "than"): ">=",
    ("not", "less", "than"): ">=",
    ("in", "excess", "of"): ">",
    ("a", "maximum", "of"): "<=",
    ("a", "minimum", "of"): ">=",
    ("mehr", "als"): ">",
    ("more", "than"): ">",
    ("upwards", "of"): ">",
    ("weniger", "als"): "<",
    ("fewer", "than"): "<",
    ("less", "than"): "<",
    ("at", "least"): ">=",
    ("at", "most"): "<=",
    ("bis", "zu"): "<=",
    ("up", "to"): "<=",
    ("über",): ">",
    ("ueber",): ">",
    ("over",): ">",
    ("above",): ">",
    ("mindestens",): ">=",
    ("wenigstens",): ">=",
    ("unter",): "<",
    ("under",): "<",
    ("below",): "<",
    ("höchstens",): "<=",
    ("maximal",): "<=",
    ("max",): "<=",
}
_APPROXIMATE: frozenset[tuple[str, ...]] = frozenset(
    {
        ("an", "estimated"),
        ("a", "good"),
        ("um", "die"),
        ("an", "die"),
        ("rund",),
        ("etwa",),
        ("ungefähr",),
        ("knapp",),
        ("fast",),
        ("circa",),
        ("zirka",),
        ("ca",),
        ("beinahe",),
        ("annähernd",),
        ("nahezu",),
        ("gut",),
        ("gute",),
        ("schätzungsweise",),
        ("about",),
        ("around",),
        ("nearly",),
        ("almost",),
        ("some",),
        ("roughly",),
        ("approximately",),
        ("approx",),
        ("estimated",),
    }
)
# Words before the number that change nothing: articles, possessives, `first`, `only`, `a total of`.
_NEUTRAL: frozenset[tuple[str, ...]] = frozenset(
    {
        ("a", "total", "of"),
        ("in", "total"),
        ("total", "of"),
        *(
            (word,)
            for word in word_set(
                """
    der die das den dem des the ihre ihrer ihren ihrem seine seiner seinen seinem their its his her our
    unsere unserer diese dieser these those ersten erste first genau exakt exactly precisely nur only
    lediglich just insgesamt gesamt total
    """
            )
        ),
    }
)
_PHRASES: dict[str, list[tuple[str, ...]]] = {}
for _phrase in sorted([*_COMPARISONS, *_APPROXIMATE, *_NEUTRAL], key=lambda phrase: (-len(phrase), phrase)):
    _PHRASES.setdefault(_phrase[0], []).append(_phrase)  # by first word, longest first
# Words that open a range, and the word that joins its two ends.
_RANGE_OPENERS = {"zwischen": ("und",), "between": ("and",), "von": ("bis",), "from": ("to",)}
_RANGE_WORDS = frozenset({"bis", "to"})
_NEGATIVE_WORDS = frozenset({"minus"})
_NONE_WORDS = frozenset({"kein", "keine", "keinen", "keinem", "keiner", "no", "zero"})
_ABBREVIATIONS = frozenset({"mio", "mrd", "tsd", "bio", "ca", "mln", "bln", "approx", "max", "pkt", "vh"})
_CURRENCY_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "₽": "RUB"}
_CURRENCY_CODES = frozenset({"usd", "eur", "gbp", "rub", "cny", "chf", "jpy", "uah", "us$"})
_RATE_WORDS = frozenset({"pro", "per", "je"})
_RATE_PERIODS = {
    **dict.fromkeys(("jahr", "year"), "year"),
    **dict.fromkeys(("monat", "month"), "month"),
    **dict.fromkeys(("woche", "week"), "week"),
    **dict.fromkeys(("tag", "day"), "day"),
    **dict.fromkeys(("stunde", "hour"), "hour"),
}
# Words that end a unit phrase: what follows them (`der BRICS`, `in Russland`) is not part of the unit.
_STOP_WORDS = word_set(
    """
    in im am an auf aus bei bis mit nach seit von vom vor zu zum zur zwischen über unter für gegen ohne
    um durch der die das des dem den und oder sowie als wie davon jeweils werden wurden wird sind waren
    ist war hat haben hatte soll sollen of on at for with from to by between and or the than that which
    who were was is are has have had will each alt old lang long später zuvor früher later earlier
    before after
    """
)
_MAX_UNIT_WORDS = 4
_ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})
_ENGLISH_SCALES = frozenset(
    {"thousand", "million", "millions", "billion", "billions", "trillion", "bn", "mn", "tn"}
)
_GERMAN_SCALES = frozenset(
    {"tausend", "millionen", "mio", "milliarde", "milliarden", "mrd", "billionen", "bio"}
)


@dataclass(slots=True)
class _Number:
    """A number expression read so far: its value and what it said about scale and currency."""

    value: float
    start: int
    scale: float = 1.0
    currency: str | None = None


_CANONICAL = re.compile(
    r"\s*(?P<op>>=|<=|[<>=~])?\s*(?P<number>-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)"
    r"(?:\s+(?P<scale>thousand|million|billion|trillion))?(?:\s+(?P<unit>[^\W\d_]+(?: [^\W\d_]+)?))?\s*"
)
_CANONICAL_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_GERMAN_THOUSANDS = re.compile(r"-?[1-9]\d{0,2}\.\d{3}")


def parse_canonical_quantity(
    text: str, unit_synonyms: Mapping[str, str] = {}, tolerance: float = 0.10
) -> Quantity | None:
    """The fast path for the canonical grammar as `format_value` writes it (`> 60 project`,
    `~ 100 billion USD`); None for anything else, which `parse_quantity` then reads in full."""
    match = _CANONICAL.fullmatch(text)
    if match is None:
        return None
    digits, scale, unit = match.group("number", "scale", "unit")
    if scale is None and _GERMAN_THOUSANDS.fullmatch(digits):
        return None  # `1.000` is a German thousand: the full reader decides
    number = float(digits) * (_CANONICAL_SCALES[scale] if scale else 1.0)
    reading = None
    if unit is not None:
        reading = known_unit(unit, unit_synonyms)
        if reading is None:
            return None
        number = reading.apply(number)
    if not math.isfinite(number):
        return None
    op = match.group("op")
    unit_name = reading.unit if reading else None
    if op == ">":
        return Quantity(number, None, False, False, unit_name)
    if op == ">=":
        return Quantity(number, None, True, False, unit_name)
    if op == "<":
        return Quantity(None, number, False, False, unit_name)
    if op == "<=":
        return Quantity(None, number, False, True, unit_name)
    if op == "~":
        low, high = sorted((number * (1 - tolerance), number * (1 + tolerance)))
        return Quantity(low, high, True, True, unit_name, True)
    return Quantity(number, number, True, True, unit_name)


class _NotAQuantity(Exception):
    """The phrase does not read as a quantity (not an error: it may be a date or a category)."""


def parse_quantity(
    text: str, unit_synonyms: Mapping[str, str] = {}, tolerance: float = 0.10
) -> Quantity | None:
    """The quantity `text` states, or None if it is not a quantity; raises `ValueParseError` when the
    text commits to being a quantity (an operator symbol, `..`) and is malformed."""
    tokens = tokenize(text)
    if not tokens:
        return None
    reader = _QuantityReader(text, tokens, unit_synonyms, tolerance)
    try:
        return reader.read()
    except _NotAQuantity:
        if reader.committed:
            raise reader.error_here("expected a quantity") from None
        return None


class _QuantityReader:
    """A one-pass reader over the tokens of one phrase."""

    def __init__(self, text: str, tokens: list[Token], synonyms: Mapping[str, str], tolerance: float) -> None:
        self.text = text
        self.tokens = tokens
        self.synonyms = synonyms
        self.tolerance = tolerance
        self.language: Language = guess_language(tokens)
        self.at = 0
        self.committed = any(token.norm in {"..", "..<", "<.."} for token in tokens)

    # -- token access ------------------------------------------------------------------------------

    def peek(self, ahead: int = 0) -> Token | None:
        index = self.at + ahead
        return self.tokens[index] if index < len(self.tokens) else None

    def peek_norm(self, ahead: int = 0) -> str:
        token = self.peek(ahead)
        return token.norm if token is not None else ""

    def error_here(self, message: str, token: Token | None = None) -> ValueParseError:
        token = token or self.peek()
        if token is None:
            return ValueParseError(f"{message}, but the text ends", max(len(self.text.rstrip()), 0))
        return ValueParseError(f"{message}, found {token.text!r}", token.start)

    def is_word(self, ahead: int = 0) -> bool:
        token = self.peek(ahead)
        return token is not None and token.kind == "word"

    def phrase_at(self, phrases: dict[str, list[tuple[str, ...]]]) -> tuple[str, ...] | None:
        for phrase in phrases.get(self.peek_norm(), ()):
            if all(self.peek_norm(i) == word and self.is_word(i) for i, word in enumerate(phrase)):
                return phrase
        return None

    # -- the phrase --------------------------------------------------------------------------------

    def read(self) -> Quantity:
        op, approximate, opener, op_token = self.read_modifiers()
        first = self.read_number(required_after=op_token)
        if first is None:
            return self.read_without_number(op, approximate, op_token)
        second, low_open, high_open = self.read_range_end(first, opener)
        reading = self.read_unit(first, second)
        low = reading.apply(first.value) if reading else first.value
        if second is None:
            return self.single(low, op, approximate, reading.unit if reading else None)
        if op is not None and op_token is not None:
            raise ValueParseError(f"`{op_token.text}` cannot stand before a range", op_token.start)
        high = reading.apply(second.value) if reading else second.value
        if low > high or (low == high and (low_open or high_open)):
            raise ValueParseError(
                f"the range {first.value:g}..{second.value:g} ends before it starts",
                first.start,
                "write the smaller number first: `a..b` with a <= b",
            )
        unit = reading.unit if reading else None
        return Quantity(low, high, not low_open, not high_open, unit, approximate)

    def read_modifiers(self) -> tuple[str | None, bool, str | None, Token | None]:
        """Operators, comparison words, hedges and neutral words before the number, in any order."""
        op: str | None = None
        op_token: Token | None = None
        approximate = False
        opener: str | None = None
        while (token := self.peek()) is not None:
            if token.kind == "sym" and token.norm in OPERATOR_SYMBOLS:
                self.committed = True
                if token.norm == "~":
                    approximate = True
                elif op is not None:
                    raise ValueParseError(f"two comparisons: `{op}` and `{token.text}`", token.start)
                else:
                    op = token.norm
                op_token = token
                self.at += 1
                continue
            if token.kind == "word" and token.norm in _RANGE_OPENERS and opener is None:
                opener = token.norm
                self.at += 1
                continue
            phrase = self.phrase_at(_PHRASES) if token.kind == "word" else None
            if phrase is None:
                break
            if phrase in _COMPARISONS:
                if op is not None and op != _COMPARISONS[phrase]:
                    raise _NotAQuantity
                op = _COMPARISONS[phrase]
            elif phrase in _APPROXIMATE:
                approximate = True
            self.at += len(phrase)
            if phrase[-1] in _ABBREVIATIONS and self.peek_norm() == ".":
                self.at += 1  # `ca. 60`
        if op == "=":
            op = None
        return op, approximate, opener, op_token

    def single(self, number: float, op: str | None, approximate: bool, unit: str | None) -> Quantity:
        if op == ">":
            return Quantity(number, None, False, False, unit, approximate)
        if op == ">=":
            return Quantity(number, None, True, False, unit, approximate)
        if op == "<":
            return Quantity(None, number, False, False, unit, approximate)
        if op == "<=":
            return Quantity(None, number, False, True, unit, approximate)
        if approximate:
            low, high = sorted((number * (1 - self.tolerance), number * (1 + self.tolerance)))
            return Quantity(low, high, True, True, unit, True)
        return Quantity(number, number, True, True, unit)

    def read_without_number(self, op: str | None, approximate: bool, op_token: Token | None) -> Quantity:
        """`Millionen Menschen` (at least two million), `keine Projekte` (zero)."""
        token = self.peek()
        if token is None or token.kind != "word":
            raise _NotAQuantity
        if token.norm in PLURAL_SCALES and op is None:
            self.at += 1
            if self.peek_norm() in {"of", "von"}:
                self.at += 1
            reading = self.read_unit(_Number(2 * PLURAL_SCALES[token.norm], token.start), None)
            return Quantity(
                reading.apply(2 * PLURAL_SCALES[token.norm]) if reading else 2 * PLURAL_SCALES[token.norm],
                None,
                True,
                False,
                reading.unit if reading else None,
                approximate,
            )
        if token.norm in _NONE_WORDS and op is None and not approximate:
            self.at += 1
            reading = self.read_unit(_Number(0.0, token.start), None)
            if reading is None or reading.unit not in _COUNT_UNITS | set(self.synonyms.values()):
                raise _NotAQuantity
            return Quantity(0.0, 0.0, True, True, reading.unit)
        raise _NotAQuantity

    # -- numbers -----------------------------------------------------------------------------------

    def read_number(self, required_after: Token | None = None) -> _Number | None:
        """A number expression: `60`, `-2,5`, `$100bn`, `1,5 Mio.`, `zweieinhalb`, `half a million`."""
        start = self.at
        token = self.peek()
        currency = None
        if token is not None and (token.norm in _CURRENCY_SYMBOLS or token.norm in _CURRENCY_CODES):
            nxt = self.peek(1)
            if nxt is not None and (nxt.kind == "num" or nxt.norm in {"-", "+"}):
                currency = _CURRENCY_SYMBOLS.get(token.norm) or token.norm.upper().replace("US$", "USD")
                self.at += 1
        elif token is not None and token.norm == "us" and self.peek_norm(1) == "$":
            currency = "USD"
            self.at += 2
        base = self.read_base()
        if base is None:
            self.at = start
            if required_after is not None:
                if self.peek() is None:
                    raise ValueParseError(
                        f"`{required_after.text}` needs a number after it", required_after.start
                    )
                raise self.error_here(f"expected a number after `{required_after.text}`")
            return None
        number = _Number(base, self.tokens[start].start, currency=currency)
        self.read_multipliers(number)
        return number

    def read_base(self) -> float | None:
        token = self.peek()
        if token is None:
            return None
        sign = 1.0
        if token.norm in {"-", "+"} or token.norm in _NEGATIVE_WORDS:
            nxt = self.peek(1)
            glued = nxt is not None and nxt.start == token.end
            if nxt is None or nxt.kind != "num" or not (glued or token.kind == "word"):
                return None
            sign = -1.0 if token.norm in {"-", "minus"} else 1.0
            self.at += 1
            token = nxt
        if token.kind == "num":
            try:
                value = read_digits(token.norm, self.number_language(self.peek(1)))
            except NumberFormatError as error:
                raise ValueParseError(error.message, token.start + error.offset) from None
            self.at += 1
            return sign * value
        if token.kind != "word":
            return None
        return self.read_number_words()

    def number_language(self, following: Token | None) -> Language:
        """A scale word right after the digits tells their language best: `1.234 million` is English,
        `1,500 Mio.` German; otherwise the phrase's language decides."""
        if following is not None and following.kind == "word":
            if following.norm in _ENGLISH_SCALES and following.text.islower():
                return "en"
            if following.norm in _GERMAN_SCALES:
                return "de"
        return self.language

    def read_number_words(self) -> float | None:
        """Number words, English ones composed (`twenty five`, `one hundred and five`)."""
        token = self.peek()
        assert token is not None
        norm = token.norm
        if norm in ARTICLE_ONE or norm in {"ein", "eine", "einen", "einem", "einer", "eines"}:
            # `a`/`ein` is the number one only before something that multiplies or counts it.
            nxt = self.peek_norm(1)
            if not (
                nxt in FRACTIONS or nxt in DOZEN or nxt in HUNDREDS or nxt in THOUSANDS or self.is_scale(1)
            ):
                reading = known_unit(nxt, self.synonyms) if nxt else None
                if reading is None or (norm in ARTICLE_ONE and reading.unit != "year"):
                    return None
            self.at += 1
            return 1.0
        if norm in FRACTIONS and norm.startswith("half"):
            self.at += 1
            if self.peek_norm() in ARTICLE_ONE and self.is_scale(1):
                self.at += 1
            return 0.5
        if norm in ONES_EN or norm in TENS_EN or norm in HUNDREDS:
            return self.read_english_words()
        value = word_number(norm)
        if value is None:
            return None
        self.at += 1
        return value

    def read_english_words(self) -> float:
        total = 0.0
        current = 0.0
        while (token := self.peek()) is not None and token.kind == "word":
            norm = token.norm
            if norm in ONES_EN or norm in TENS_EN:
                current += ONES_EN.get(norm, TENS_EN.get(norm, 0))
            elif norm in HUNDREDS:
                current = (current or 1) * 100
            elif norm in THOUSANDS and (current or total):
                total += current * 1000
                current = 0
            elif (
                norm == "and"
                and (self.peek_norm(1) in ONES_EN or self.peek_norm(1) in TENS_EN)
                and current >= 100
            ):
                pass
            elif "-" in norm and (value := word_number(norm)) is not None:
                current += value
            else:
                break
            self.at += 1
        return total + current

    def is_scale(self, ahead: int) -> bool:
        token = self.peek(ahead)
        if token is None or token.kind != "word":
            return False
        if token.norm in SCALES or token.norm in AMBIGUOUS_SCALES:
            return True
        previous = self.tokens[self.at + ahead - 1] if self.at + ahead > 0 else None
        return token.norm in GLUED_SCALES and previous is not None and previous.end == token.start

    def read_multipliers(self, number: _Number) -> None:
        """What multiplies a number: `and a half`, `Drittel`, `Dutzend`, a scale word."""
        if (
            self.peek_norm() in {"und", "and"}
            and self.peek_norm(1) in {"a", "ein", "eine"}
            and self.peek_norm(2) in {"halb", "half"}
        ):
            number.value += 0.5 if number.value >= 0 else -0.5
            self.at += 3
        if self.peek_norm() in FRACTIONS:
            number.value *= FRACTIONS[self.peek_norm()]
            self.at += 1
            if self.peek_norm() in ARTICLE_ONE and self.is_scale(1):
                self.at += 1  # `a third of a million` is rare; `half a million` is not
        if self.peek_norm() in DOZEN:
            number.value *= DOZEN[self.peek_norm()]
            self.at += 1
        if self.is_word() and (self.peek_norm() in HUNDREDS or self.peek_norm() in {"thousand"}):
            number.value *= HUNDREDS.get(self.peek_norm()) or THOUSANDS[self.peek_norm()]
            self.at += 1
        token = self.peek()
        if token is not None and self.is_scale(0):
            number.scale = self.scale_of(token)
            number.value *= number.scale
            self.at += 1
            dot = self.peek()
            if (
                token.norm in _ABBREVIATIONS
                and dot is not None
                and dot.norm == "."
                and dot.start == token.end
            ):
                self.at += 1

    def scale_of(self, token: Token) -> float:
        norm = token.norm
        if norm in AMBIGUOUS_SCALES:
            german, english = AMBIGUOUS_SCALES[norm]
            capitalised = token.text[0].isupper() and not token.text.isupper()
            if (capitalised and self.language != "en") or (token.text.isupper() and self.language == "de"):
                return german
            return english
        return SCALES.get(norm) or GLUED_SCALES[norm]

    # -- ranges ------------------------------------------------------------------------------------

    def read_range_end(self, first: _Number, opener: str | None) -> tuple[_Number | None, bool, bool]:
        """The second end of `a..b`, `a-b`, `a bis b`, `zwischen a und b`; scales carry over to `a`."""
        token = self.peek()
        low_open = high_open = False
        joiners = _RANGE_OPENERS[opener] if opener else ()
        if token is None:
            if opener:
                raise _NotAQuantity
            return None, False, False
        after = self.peek(1)
        if token.norm.startswith("...") and after is not None and after.kind == "num":
            raise ValueParseError(f"`{token.text}` is not a range", token.start, "write a range as `60..70`")
        symbolic = token.norm in {"..", "..<", "<.."}
        if symbolic:
            low_open = token.norm == "<.."
            high_open = token.norm == "..<"
            if low_open and self.peek_norm(1) == "<":
                high_open = True
                self.at += 1
        elif not (
            (token.norm == "-" and not self.is_word(1) and self.peek(1) is not None)
            or token.norm in joiners
            or token.norm in _RANGE_WORDS
        ):
            if opener:
                raise _NotAQuantity
            return None, False, False
        self.at += 1
        if token.norm in {"bis", "to"} and self.peek_norm() in {"unter", "under"}:
            high_open = True
            self.at += 1
        elif token.norm == "bis" and self.peek_norm() == "zu":
            self.at += 1
        second = self.read_number()
        if second is None:
            if symbolic:
                raise (
                    self.error_here(f"expected a number after `{token.text}`")
                    if self.peek()
                    else ValueParseError(f"the range needs a number after `{token.text}`", token.start)
                )
            raise _NotAQuantity
        if second.scale != 1.0 and first.scale == 1.0:
            first.value *= second.scale  # `60 bis 70 Milliarden`: the scale is said once, for both
            first.scale = second.scale
        if first.currency and not second.currency:
            second.currency = first.currency
        return second, low_open, high_open

    # -- units -------------------------------------------------------------------------------------

    def read_unit(self, first: _Number, second: _Number | None) -> UnitReading | None:
        """The unit after the number(s): a symbol (`%`, `€`), a known word, or the head noun of a phrase."""
        currency = (second.currency if second else None) or first.currency
        token = self.peek()
        if token is not None and token.kind == "sym" and token.norm == "-" and self.peek(1) is not None:
            nxt = self.peek(1)
            if nxt is not None and nxt.kind == "word" and nxt.start == token.end:
                self.at += 1  # `70-Jährige`
                token = nxt
        reading: UnitReading | None = None
        if (
            token is not None
            and token.norm in _ORDINAL_SUFFIXES
            and token.start == self.tokens[self.at - 1].end
        ):
            raise _NotAQuantity  # `8th`
        if (
            token is not None
            and token.kind == "sym"
            and (token.norm == "%" or token.norm in _CURRENCY_SYMBOLS)
        ):
            self.at += 1
            reading = known_unit(token.norm)
        elif token is not None and token.kind == "word":
            reading = self.read_unit_words()
        elif token is not None and token.norm == "." and self.is_word(1):
            raise _NotAQuantity  # `8. November`, `3. Platz`: an ordinal or a date
        self.expect_end_of_quantity()
        if currency is not None:
            if reading is not None and reading.unit != currency:
                raise _NotAQuantity
            return known_unit(currency) or UnitReading(currency)
        return reading

    def read_unit_words(self) -> UnitReading | None:
        words: list[Token] = []
        while (token := self.peek(len(words))) is not None and token.kind == "word":
            if token.norm in _STOP_WORDS:
                break
            words.append(token)
        if not words:
            return None
        norms = [word.norm for word in words]
        for size in range(len(norms), 0, -1):
            reading = known_unit(" ".join(norms[:size]), self.synonyms)
            if reading is not None:
                self.at += size
                if self.peek_norm() == "." and norms[size - 1] in _ABBREVIATIONS:
                    self.at += 1
                return self.read_rate(reading)
        rate_at = next((i for i, norm in enumerate(norms) if norm in _RATE_WORDS and i > 0), None)
        if rate_at is not None:
            norms, words = norms[:rate_at], words[:rate_at]
        if len(words) > _MAX_UNIT_WORDS:
            raise (
                self.error_here("unexpected words after the number", words[0])
                if self.committed
                else _NotAQuantity()
            )
        reading = None
        for begin in range(1, len(norms)):
            reading = known_unit(" ".join(norms[begin:]), self.synonyms)
            if reading is not None:
                break
        if reading is None:
            if any(norm in TIME_WORDS for norm in norms) or _is_number_word(norms[-1]):
                raise _NotAQuantity
            reading = UnitReading(singular(norms[-1]))
        self.at += len(words)
        return self.read_rate(reading)

    def read_rate(self, reading: UnitReading) -> UnitReading:
        """`100 Euro pro Monat` → `EUR per month` (a unit of its own: per month and per year differ)."""
        if self.peek_norm() in _RATE_WORDS and self.is_word(1) and self.peek_norm(1) != "cent":
            period = self.peek_norm(1)
            per = _RATE_PERIODS.get(period)
            if per is None:
                other = known_unit(period, self.synonyms)
                per = other.unit if other is not None and other.unit != "year" else singular(period)
            self.at += 2
            return UnitReading(f"{reading.unit} per {per}", reading.factor, reading.divisor)
        return reading

    def expect_end_of_quantity(self) -> None:
        """After the unit: the end, a stop word or punctuation; anything else means no quantity."""
        token = self.peek()
        if token is None or (token.kind == "sym" and token.norm not in OPERATOR_SYMBOLS):
            return
        if token.kind == "word" and token.norm in _STOP_WORDS:
            return
        if self.committed:
            raise self.error_here("unexpected text after the quantity")
        raise _NotAQuantity


_COUNT_UNITS = frozenset(reading.unit for reading in COUNT_NOUNS.values())


_NUMBER_WORDS = frozenset(
    {*FRACTIONS, *DOZEN, *SCALES, *AMBIGUOUS_SCALES, *PLURAL_SCALES, *GLUED_SCALES, *HUNDREDS, *THOUSANDS}
    | ARTICLE_ONE
    | _NONE_WORDS
)


def _is_number_word(word: str) -> bool:
    """Words that count or scale (`half`, `Mio`, `drei`): a unit named so would read back as a number."""
    return word in _NUMBER_WORDS or word_number(word) is not None
