"""Sentence splitting of a source body (German and English news) into units anchored by offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from claimcheck.extract.lexicon import word_set


class UnitKind(StrEnum):
    """What a unit of text is; only sentences, headings and list items can become candidates."""

    SENTENCE = "sentence"  # ends in . ! ? or …, possibly followed by a closing quote
    HEADING = "heading"  # a line (or its last part) without final punctuation
    BULLET = "bullet"  # a list item (`•`, `-`, `1.` …), the marker left out
    CREDIT = "credit"  # a picture credit or source line (`Foto: …`, `© …`)


@dataclass(frozen=True)
class Unit:
    """A sentence, heading or list item: `text == body[start:end]`, and the line block it stands in."""

    start: int
    end: int
    text: str
    block: int  # index of the line (or joined wrapped lines) it comes from
    kind: UnitKind
    is_caption: bool = False  # the unit was cut off before a picture credit (`… Bild: AP/dpa`)


# Words followed by a period that never end a sentence (compared case-sensitively, without the period).
ABBREVIATIONS = word_set(
    """
    Nr Dr St Prof bzw ca Mio Mrd Bio Tsd Abs Art Bd Hr Fr Frl Str Tel vgl ggf evtl inkl zzgl exkl
    Hrsg Jh Jhd Jhs Mr Mrs Ms Jr Sr vs No Nos approx Gen Gov Sen Rep Lt Col Sgt Capt Inc Ltd Corp Co
    Min Std Sek Mill Mrd Bill Abg Dipl Ing
    geb gest verh Verf Hg Anm Bsp Ziff Kap Pkt Tab Abb Reg Bez Kr Kfz Mil Mio Dtzd engl franz russ
    chin dt amer europ ehem jährl mtl tägl gem lt urspr sog insb ff Fa Prof Pfd sen jun Mt Ft Ave Dept
    Univ Corp est approx al
    """
)

# Month abbreviations end no sentence before a number ("Jun. 2024"), but "Dong Jun." does end one.
MONTH_ABBREVIATIONS = word_set("Jan Feb Mär Apr Jun Jul Aug Sep Sept Okt Oct Nov Dez Dec")

MONTHS = word_set(
    """
    Januar Jänner Februar Feber März April Mai Juni Juli August September Oktober November Dezember
    January February March May June July October December
    """
)

# Words that start a new sentence after a number with a period ("… stieg auf 60. Die …"); after any other
# capitalised word the number is read as an ordinal ("am 8. November", "im 21. Jahrhundert").
SENTENCE_STARTERS = word_set(
    """
    Der Die Das Den Dem Des Ein Eine Einer Eines Einem Einen Er Sie Es Wir Ich Ihr Man Dies Diese Dieser
    Dieses Damit Dabei Dazu Daher Doch Aber Und Oder Auch Auf Aus Bei Bis Nach Vor Seit Mit In Im Am An
    Zum Zur Für Um So Als Wie Wenn Weil Dass Obwohl Noch Nur Schon Zudem Zugleich Zuvor Laut Demnach
    Inzwischen Mittlerweile Bereits Unter Über Gegen Ohne Trotz Während Wegen Jedoch Allerdings Insgesamt
    The A An It He She They We I This That These Those In On At By For From With As But And Or So Yet
    According Meanwhile However Since After Before During While When If Its Their His Her Our There
    """
)

WRAPPED_LINE = 60  # a line at least this long without final punctuation may be hard-wrapped
_MONTH_ALTERNATIVES = "|".join(sorted(MONTHS))
# A list marker; "8. November" at the start of a line is a date, not item 8.
_BULLET = re.compile(rf"^[ \t]*(?:[•·▪◦‣●○■□\-*–—]|\d{{1,3}}[.)])[ \t]+(?!(?:{_MONTH_ALTERNATIVES})\b|\d)")
_CREDIT_LINE = re.compile(r"^\(?\s*(?:Foto|Fotos|Bild|Bilder|Quelle|Photo|Image|Credit|Copyright)\s*:|^©")
# A picture credit glued to a caption: "… Sergej SchoiguBild: Russian Defense Ministry/AP/dpa".
_CREDIT_TAIL = re.compile(r"\s*(?:\(\s*)?(?:Bild|Foto|Fotos|Photo|Image)\s*:\s*\S.*$|\s*©.*$")
_TERMINALS = ".!?…"
_CLOSERS = "\"'“”»«’)]"
_OPENING = '„"“«»‚‘(['
_WORD_AFTER = re.compile(r"[\s]*[„\"“«»(]*([\wÄÖÜäöüß-]+)")


def split_units(body: str) -> list[Unit]:
    """Split `body` into sentences, headings and list items, in order, each a slice of `body`."""
    units: list[Unit] = []
    for block_index, (start, end) in enumerate(_blocks(body)):
        units.extend(_split_block(body, start, end, block_index))
    return units


def _blocks(body: str) -> list[tuple[int, int]]:
    """Line spans, a wrapped line joined to the next when that one goes on in lower case."""
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in body.split("\n"):
        start, end = offset, offset + len(line)
        offset = end + 1
        stripped = line.strip()
        if not stripped:
            spans.append((start, start))  # a blank line still separates blocks
            continue
        if spans and spans[-1][1] > spans[-1][0] and _continues(body[spans[-1][0] : spans[-1][1]], stripped):
            spans[-1] = (spans[-1][0], end)
            continue
        spans.append((start, end))
    return [span for span in spans if span[1] > span[0]]


def _continues(previous: str, line: str) -> bool:
    """A hard-wrapped paragraph: the previous line has no final punctuation and the sentence goes on.

    It goes on when this line starts in lower case, or when the previous one is as long as a wrapped line
    and ends in a comma, a hyphen or a lower-case word (a heading rarely does: "… Zusammenarbeit").
    """
    previous = previous.rstrip()
    if not previous or previous[-1] in _TERMINALS + ":" or _BULLET.match(line):
        return False
    if line[0].islower():
        return True
    last_word = previous.split()[-1]
    return len(previous) >= WRAPPED_LINE and (previous[-1] in ",-" or last_word[0].islower())


def _split_block(body: str, start: int, end: int, block: int) -> list[Unit]:
    text = body[start:end]
    kind_default = UnitKind.SENTENCE
    lead = len(text) - len(text.lstrip())
    bullet = _BULLET.match(text)
    if bullet:
        lead = bullet.end()
        kind_default = UnitKind.BULLET
    trail = len(text.rstrip())
    if lead >= trail:
        return []
    if _CREDIT_LINE.match(text[lead:trail]):
        return [_unit(body, start + lead, start + trail, block, UnitKind.CREDIT)]
    is_caption = False
    tail = _CREDIT_TAIL.search(text, lead)
    if tail and tail.start() > lead:
        trail = len(text[: tail.start()].rstrip())
        is_caption = True
    units: list[Unit] = []
    for piece_start, piece_end in _sentence_spans(text, lead, trail):
        piece = text[piece_start:piece_end]
        kind = kind_default
        if kind is UnitKind.SENTENCE and not _has_final_punctuation(piece):
            kind = UnitKind.HEADING
        units.append(_unit(body, start + piece_start, start + piece_end, block, kind, is_caption))
    return units


def _unit(body: str, start: int, end: int, block: int, kind: UnitKind, is_caption: bool = False) -> Unit:
    return Unit(start=start, end=end, text=body[start:end], block=block, kind=kind, is_caption=is_caption)


def _has_final_punctuation(piece: str) -> bool:
    stripped = piece.rstrip(_CLOSERS + " ")
    return bool(stripped) and stripped[-1] in _TERMINALS + ":"


def _sentence_spans(text: str, lead: int, trail: int) -> list[tuple[int, int]]:
    """Sentence boundaries within text[lead:trail], never inside a balanced quotation."""
    track_quotes = _quotes_balanced(text[lead:trail])
    spans: list[tuple[int, int]] = []
    sentence_start = lead
    open_quote: str | None = None
    index = lead
    while index < trail:
        char = text[index]
        if track_quotes:
            open_quote = _quote_state(open_quote, char)
        if char in _TERMINALS:
            end = index + 1
            while end < trail and text[end] in _TERMINALS:
                end += 1
            while end < trail and text[end] in _CLOSERS:
                if track_quotes:
                    open_quote = _quote_state(open_quote, text[end])
                end += 1
            if open_quote is None and _is_boundary(text, sentence_start, index, end, trail):
                spans.append((sentence_start, end))
                rest = end
                while rest < trail and text[rest].isspace():
                    rest += 1
                sentence_start = rest
                index = rest
                continue
            index = end
            continue
        index += 1
    if sentence_start < trail:
        spans.append((sentence_start, trail))
    return spans


def _quote_state(open_quote: str | None, char: str) -> str | None:
    """The quotation mark now open after `char` (one level; inner ‚…‘ quotes are not tracked)."""
    if open_quote is None:
        if char in '„“"«»':
            return char
        return None
    closes = {"„": "“”", "“": "”", '"': '"', "«": "»", "»": "«"}[open_quote]
    return None if char in closes else open_quote


def _quotes_balanced(text: str) -> bool:
    state: str | None = None
    for char in text:
        state = _quote_state(state, char)
    return state is None


def _is_boundary(text: str, sentence_start: int, mark: int, after: int, trail: int) -> bool:
    """Whether the punctuation at `mark` (its run ending at `after`) ends the sentence."""
    if after >= trail:
        return True
    if not text[after].isspace():
        return False
    following = text[after:trail].lstrip()
    if not following or not (following[0].isupper() or following[0].isdigit() or following[0] in _OPENING):
        return False
    if text[mark] != "." or (after - mark > 1 and text[mark + 1] == "."):
        return True
    start = mark
    while start > sentence_start and (text[start - 1].isalnum() or text[start - 1] == "-"):
        start -= 1
    if start == mark:
        return True
    word = text[start:mark]
    if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
        return False
    if word in MONTH_ABBREVIATIONS and following[0].isdigit():
        return False
    if word.isdigit() and len(word) <= 3:
        next_word = _WORD_AFTER.match(text, after)
        if next_word is not None:
            candidate = next_word.group(1)
            return candidate in SENTENCE_STARTERS or candidate.isdigit()
    return True
