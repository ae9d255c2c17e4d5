"""Quantity, date and superlative phrases in a sentence, found by pattern and kept as the text writes them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from claimcheck.extract import lexicon as lx


class PhraseKind(StrEnum):
    QUANTITY = "quantity"
    DATE = "date"
    SUPERLATIVE = "superlative"


@dataclass(frozen=True)
class ValuePhrase:
    """A phrase of a sentence that carries a value; `value_text` is what the value parser is given."""

    kind: PhraseKind
    text: str  # as written in the sentence
    start: int
    end: int
    value_text: str  # the phrase without words between number and unit ("über 60 Projekte")


def _alternatives(words: str) -> str:
    return "|".join(sorted((re.escape(word) for word in words.split()), key=len, reverse=True))


_NUMBER_WORDS = _alternatives(
    """
    zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig vierzig fünfzig sechzig
    siebzig achtzig neunzig hundert tausend Dutzend Dutzende Hunderte Tausende zweieinhalb dreieinhalb
    anderthalb eineinhalb
    two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty seventy
    eighty ninety hundred thousand dozen dozens hundreds thousands
    """
)
_OPERATOR = _alternatives(
    """
    über rund etwa ca. circa fast knapp beinahe mindestens höchstens nahezu gut insgesamt
    over about around nearly almost roughly some approximately
    """
)
_OPERATOR_PHRASES = (
    r"mehr als|weniger als|bis zu|more than|less than|fewer than|up to|at least|at most|as many as"
)
_SCALE = _alternatives(
    "Mio. Millionen Million Mrd. Milliarden Milliarde Billionen Billion Tausend Tsd. million billion "
    "trillion thousand bn"
)
_UNIT_WORDS = _alternatives(
    """
    Prozent Prozentpunkte percent per cent Dollar US-Dollar Euro Rubel Yuan Pfund dollars euros pounds
    Jahre Jahren Jahrzehnte Jahrzehnten Jahrhunderte Monate Monaten Wochen Tage Tagen Stunden
    Kilometer Tonnen Soldaten Menschen Panzer Raketen Drohnen
    years decades months weeks days hours kilometres kilometers miles tonnes tons troops people soldiers
    """
)
_FUNCTION_WORDS = _alternatives(
    "der die das den dem des und oder in im am an auf aus bei mit von zu zum zur für über als wie the and or "
    "of in on at to for from with by as than"
)
# A number, the adjectives before its noun, and the noun: "Über 60 laufende Projekte", "$100bn",
# "more than 60 joint projects". Case matters for the noun only: German nouns are capitalised.
_QUANTITY = re.compile(
    rf"(?:(?P<op>(?i:{_OPERATOR_PHRASES}|{_OPERATOR}))\s+)?"
    rf"(?P<currency>[$€£]\s?)?"
    rf"(?P<number>(?<![\d:.,])\d+(?:[.,]\d+)*(?![:\d])(?!\.\s*[A-ZÄÖÜ])|(?<![\w-])(?i:{_NUMBER_WORDS})(?![\w-]))"
    rf"(?:\s*(?P<percent>%))?"
    rf"(?:\s*(?P<scale>(?i:{_SCALE}))(?!\w))?"
    rf"(?:(?P<adjectives>(?:\s+(?!(?:{_FUNCTION_WORDS})\b)[a-zäöüß][\w-]*){{0,2}}?)"
    rf"\s+(?P<unit>(?i:{_UNIT_WORDS})(?!\w)|[A-ZÄÖÜ][\wäöüß-]+|[a-z]{{3,}}s(?!\w)))?",
)
_MONTHS = _alternatives(" ".join(sorted(lx.MONTH_NAMES)))
_WEEKDAYS = _alternatives(" ".join(sorted(lx.WEEKDAYS)))
_DATE = re.compile(
    rf"\b\d{{1,2}}\.\s?(?:{_MONTHS})(?:\s+\d{{4}})?\b"
    rf"|\b(?:{_MONTHS})\s+\d{{1,2}}(?:,\s*\d{{4}})?\b"
    rf"|\b(?:Anfang|Mitte|Ende|Beginning|Mid|End)\s+(?:{_MONTHS})(?:\s+\d{{4}})?\b"
    rf"|\b(?i:im|in|seit|bis|since|until|by)\s+(?:{_MONTHS})(?:\s+\d{{4}})?\b"
    rf"|\b(?:{_MONTHS})\s+(?:19|20)\d{{2}}\b"
    rf"|\b(?i:am|on|last|next|this)\s+(?:{_WEEKDAYS})\b"
    r"|\b(?:im|in|seit|bis|since|until|by|Anfang|Ende|Mitte)\s+(?:19|20)\d{2}\b"
    r"|(?<![\d.,])\b(?:19|20)\d{2}\b(?![.,]?\d)"
    r"|\b(?i:im|in)\s+(?:vergangenen|kommenden|nächsten|letzten|laufenden)\s+"
    r"(?:Jahr|Herbst|Frühjahr|Frühling|Sommer|Winter|Monat)\b"
    r"|\b(?i:im|in)\s+(?:Frühjahr|Frühling|Herbst|Sommer|Winter)\b"
    r"|\b(?:Anfang|Mitte|Ende)\s+des\s+(?:Jahres|Monats)\b"
    r"|\bvor\s+(?:wenigen|einigen|zwei|drei|vier|fünf)\s+(?:Tagen|Wochen|Monaten|Jahren)\b"
    r"|\b(?:last|next|this)\s+(?:year|month|week|spring|summer|autumn|fall|winter)\b"
    r"|\b(?:gestern|heute|yesterday|today)\b"
    r"|\bseit\s+Kriegsbeginn\b",
)
_SUPERLATIVE = re.compile(
    r"\b(?:[Gg]rößt|[Hh]öchst|[Zz]weithöchst|[Ll]ängst|[Ss]tärkst|[Ww]ichtigst|[Nn]iedrigst|[Tt]iefst|"
    r"[Ss]chwerst|[Ää]ltest|[Bb]edeutendst|[Uu]mfangreichst|[Ss]chnellst|[Gg]rößer|[Ee]rst)"
    r"(?:e|en|er|es|em)\b"
    r"|\berst\s+(?:zweite|dritte|vierte)[nrs]?\b"
    r"|\b(?:erstmals|erstmalig|zum ersten Mal|Allzeithoch|Rekord\w*|noch nie|nie zuvor)\b"
    r"|\bseit\s+(?:\w+\s+)?(?:Jahren|Jahrzehnten|Jahrhunderten)\b"
    r"|\b(?:der|des)\s+vergangenen\s+\w+\s+(?:Jahre|Jahrzehnte)\b"
    r"|\b(?:largest|biggest|highest|lowest|greatest|worst|best|first|record|all-time|unprecedented|"
    r"for the first time|never before)\b"
    r"|\bmost\s+\w+",
)
_ORDINALS = {
    "zweite": 2, "dritte": 3, "vierte": 4, "fünfte": 5, "sechste": 6, "siebte": 7, "achte": 8, "neunte": 9,
    "zehnte": 10, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10,
}  # fmt: skip
# "das erst zweite Telefonat", "only the third visit": an ordinal that counts, as a quantity (2 Telefonat).
_COUNTING_ORDINAL = re.compile(
    rf"\b(?:erst|only the|just the)\s+(?P<ordinal>(?i:{_alternatives(' '.join(_ORDINALS))}))[nrs]?"
    r"(?P<adjectives>(?:\s+[a-zäöüß][\w-]*){0,2}?)\s+(?P<unit>[A-ZÄÖÜ][\wäöüß-]+|[a-z]{3,})\b"
)
# A four-digit year is a date, not a quantity; a number before "." and a capital is an ordinal.
_YEAR = re.compile(r"^(?:19|20)\d{2}$")


def find_quantities(text: str) -> list[ValuePhrase]:
    """Numbers with what they count: "mehr als 100 Milliarden Dollar", "drei Jahrzehnte", "60 %"."""
    dates = find_dates(text)
    found: list[ValuePhrase] = []
    for match in _QUANTITY.finditer(text):
        number = match.group("number")
        has_unit = bool(match.group("unit") or match.group("percent") or match.group("scale"))
        if _YEAR.match(number) and not match.group("scale") and not match.group("currency"):
            continue
        if not has_unit and not match.group("currency"):
            continue
        if any(date.start <= match.start("number") < date.end for date in dates):
            continue
        if match.group("unit") and match.group("unit")[0].isupper() and match.group("unit") in lx.MONTH_NAMES:
            continue
        start = match.start("op") if match.group("op") else match.start()
        end = match.end()
        value_text = " ".join(
            part.strip()
            for part in (
                match.group("op"),
                (match.group("currency") or "") + number + (match.group("percent") or ""),
                match.group("scale"),
                match.group("unit"),
            )
            if part
        )
        found.append(ValuePhrase(PhraseKind.QUANTITY, text[start:end], start, end, value_text))
    for match in _COUNTING_ORDINAL.finditer(text):
        count = _ORDINALS[match.group("ordinal").lower()]
        value_text = f"{count} {match.group('unit')}"
        found.append(ValuePhrase(PhraseKind.QUANTITY, match.group(), match.start(), match.end(), value_text))
    return sorted(found, key=lambda phrase: phrase.start)


def find_dates(text: str) -> list[ValuePhrase]:
    """Dates and periods: "8. November 2023", "im Oktober 2025", "am Montag", "im vergangenen Jahr"."""
    return [
        ValuePhrase(PhraseKind.DATE, match.group(), match.start(), match.end(), match.group())
        for match in _DATE.finditer(text)
    ]


def find_superlatives(text: str) -> list[ValuePhrase]:
    """Superlatives and firsts: "größte … Manöver", "höchstem Niveau", "seit drei Jahrzehnten", "record".

    `value_text` is the superlative with the noun it qualifies ("größte gemeinsame Manöver").
    """
    found: list[ValuePhrase] = []
    for match in _SUPERLATIVE.finditer(text):
        if _DEPUTY.match(text, match.end()):
            continue  # "erster stellvertretender Leiter", "first deputy head": a rank, not a first
        noun = _QUALIFIED_NOUN.match(text, match.end())
        value_text = match.group() + (noun.group() if noun and match.group()[:1].islower() else "")
        found.append(
            ValuePhrase(PhraseKind.SUPERLATIVE, match.group(), match.start(), match.end(), value_text)
        )
    return found


_DEPUTY = re.compile(r"\s+(?:stellvertretende[nrs]?|deputy|vice)\b", re.IGNORECASE)
# The noun a German superlative qualifies, after at most two adjectives: " gemeinsame Manöver".
_QUALIFIED_NOUN = re.compile(r"(?:\s+[a-zäöüß][\w-]*(?:e|en|er|es)){0,2}\s+[A-ZÄÖÜ][\wäöüß-]+")
