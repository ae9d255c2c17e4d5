"""Check-worthiness of a sentence without a language model: a score in 0..1 and the reasons for it.

Every declarative sentence starts with a base score, as does a heading that has a verb: a fact-checker
records nearly every statement of a news text. What raises the score: a quantity, a date, a superlative
or first, reported speech or a relay, a factual predicate (met, signed, agreed …), named places and
bodies, a direct quotation. What lowers it: hedging ("dürfte", "scheint", "could"), a question, a
picture caption, a very short unit, addressing the reader. Site furniture (navigation, bylines, comment
boxes, newsletter offers) and picture credits score 0.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimcheck.extract import lexicon as lx
from claimcheck.extract.attribution import Attribution
from claimcheck.extract.noun_phrases import tokenize
from claimcheck.extract.sentences import Unit, UnitKind
from claimcheck.extract.value_phrases import find_dates, find_quantities, find_superlatives

WEIGHTS = {
    "statement": 0.3,  # a whole declarative sentence: the bundled claims record nearly every one
    "headline": 0.25,  # a heading with a verb: "China und Russland rücken militärisch enger zusammen"
    "quantity": 0.35,
    "date": 0.15,
    "superlative": 0.3,
    "attribution": 0.3,
    "speaker": 0.1,
    "continued speech": 0.25,
    "predicate": 0.3,
    "names": 0.1,
    "quotation": 0.1,
}
PENALTIES = {
    "caption": -0.2,
    "short": -0.25,
    "question": -0.3,
    "hedged": -0.2,  # speculation and commentary: a checker may still want it, below the default
    "addresses the reader": -0.4,
}

# Verbs that state that something happened: meetings, visits, agreements, accusations, dismissals …
_PREDICATES = re.compile(
    r"\b(?:traf|trafen|getroffen|besuchte|besuchten|besucht|unterzeichnete|unterzeichneten|unterzeichnet|"
    r"vereinbarte|vereinbarten|vereinbart|vereinbaren|hielten|hielt|abgehalten|abgesetzt|setzte|"
    r"wirft|warf|vorgeworfen|eingeladen|lud|lädt|gereist|reiste|verkauft|verkaufte|liefert|lieferte|"
    r"geliefert|versorge|versorgt|versorgte|unterstützt|unterstützte|unterstützen|beigetreten|verurteilt|"
    r"verurteilte|angeboten|bot|ausgetauscht|eingetroffen|geordert|bestellt|gesprochen|telefonierte|"
    r"telefonierten|ernannt|entlassen|festgenommen|verhaftet|getötet|angegriffen|beschlossen|"
    r"verabschiedet|gewählt|angekündigt|ermittelt|sanktioniert|aufgerufen|abgelehnt|zugestimmt|"
    r"vertieft|vertiefen|ausgeweitet|ausweiten|gegründet|eröffnet|beträgt|betrug|realisiert|erstreckt|"
    r"stationiert|geweigert|beschuldigt|verhängt|exportiert|importiert|finanziert|investiert|"
    r"met|meets|visited|visits|signed|signs|agreed|agree|held|holds|dismissed|accused|accuses|invited|"
    r"sold|supplied|launched|attacked|killed|arrested|elected|appointed|fired|approved|banned|"
    r"imposed|joined|condemned|refused|rejected|deployed|exported|imported|funded|invested|totals|"
    r"totalled|amounted)\b"
)
_HEDGES = re.compile(
    r"\b(?:dürfte|dürften|scheint|scheinen|könnte|könnten|vermutlich|wohl|möglicherweise|womöglich|"
    r"spekulieren|spekuliert|wahrscheinlich|unwahrscheinlich|might|may|could|seems|seem|appears|"
    r"likely|unlikely|perhaps|probably|possibly)\b",
    re.IGNORECASE,
)
_READER = re.compile(
    r"(?<=\w )(?:Sie|Ihr|Ihre|Ihnen)\b|\b(?:[Ii]ch möchte|you|your|subscribe|anmelden|abonnieren)\b"
)
_FURNITURE = re.compile(
    r"\b(?:Kommentare?|Newsletter|anmelden|Startseite|springen|überspringen|Auch interessant|Social Networks|"
    r"E-Mail|Cookies?|Abonnieren|Abonnement|Lesen Sie|Mehr zum Thema|Archivfoto|Erstellt|Zum Inhalt|"
    r"Werbung|Datenschutz|Impressum|Sign up|Read more|Advertisement|All rights reserved|"
    r"[Nn]icht mehr anzeigen)\b|^(?:Von|By|Teilen|Share|Politik|Drucken|Print):?\s*",
)
_QUOTATION = re.compile(r"[„“”\"«»].{3,}?[“”\"«»]")
MIN_WORDS = 6
MIN_HEADING_WORDS = 3  # headlines are short by nature: "Putin will stärkeres Militär"
# The score below which `claimcheck extract` leaves a unit out unless told otherwise (--min-score).
DEFAULT_MIN_SCORE = 0.25
# Lower-case words that are not verbs, for telling a headline ("Putin lädt Xi ein") from a label.
_NOT_VERBS = lx.word_set(
    """
    und oder aber als wie nur auch noch schon sehr mehr weniger vor nach mit von zu zum zur bei für über
    unter gegen ohne aus an auf in im am um bis seit durch zwischen der die das den dem des ein eine einer
    eines einem einen nicht kein keine and or but as of to in on at by for with from the a an not no
    """
)
_MODALS = lx.word_set(
    "will wollen soll sollen kann können muss müssen darf dürfen ist sind war waren hat haben"
)
_NAMED = lx.PLACES | lx.ORGANISATIONS | lx.KNOWN_OUTLETS


@dataclass(frozen=True)
class CheckWorthiness:
    """How worth checking a unit is (0..1) and why, in words a checker reads in the candidate's note."""

    score: float
    reasons: tuple[str, ...]

    def describe(self) -> str:
        reasons = ", ".join(self.reasons) if self.reasons else "no reasons"
        return f"extract score {self.score:.2f}: {reasons}"


def _has_verb(words: list[str]) -> bool:
    """Whether a heading reads as a statement: some lower-case word in it looks like a finite verb."""
    for word in words:
        if not word[:1].islower() or word in _NOT_VERBS:
            continue
        if word in _MODALS or word in lx.SPEECH_VERBS or _PREDICATES.fullmatch(word):
            return True
        if re.search(r"(?:en|t|te|ten|ern|eln)$", word) and not re.search(
            r"(?:isch|ische[nmrs]?|lich)", word
        ):
            return True
    return False


def _is_titled_statement(text: str, words: list[str]) -> bool:
    """A heading "Topic: statement" ("Mehr als nur Worte: Satellitendaten und Milliardenprojekte")."""
    before, colon, after = text.partition(":")
    return bool(colon) and bool(before.strip()) and len(after.split()) >= 2 and len(words) >= 4


def score_unit(unit: Unit, attribution: Attribution) -> CheckWorthiness:
    """Score one unit of text, its attribution already read."""
    text = unit.text
    if unit.kind is UnitKind.CREDIT or _FURNITURE.search(text):
        return CheckWorthiness(0.0, ("site furniture",))
    words = [token.text for token in tokenize(text) if token.is_word]
    if len(words) < 2:
        return CheckWorthiness(0.0, ("no statement",))
    gains: list[tuple[str, float]] = []
    if unit.kind is UnitKind.HEADING:
        if _has_verb(words) or _is_titled_statement(text, words):
            gains.append(("headline", WEIGHTS["headline"]))
    elif len(words) >= 3:
        gains.append(("statement", WEIGHTS["statement"]))
    quantities = find_quantities(text)
    if quantities:
        gains.append((f"quantity ({quantities[0].text})", WEIGHTS["quantity"]))
    dates = find_dates(text)
    if dates:
        gains.append((f"date ({dates[0].text})", WEIGHTS["date"]))
    superlatives = find_superlatives(text)
    if superlatives:
        gains.append((f"superlative ({superlatives[0].text})", WEIGHTS["superlative"]))
    if attribution.inherited:
        gains.append(("continued speech", WEIGHTS["continued speech"]))
    elif attribution.cues:
        gains.append((f"attribution ({', '.join(dict.fromkeys(attribution.cues))})", WEIGHTS["attribution"]))
        if attribution.said_by is not None or attribution.via:
            gains.append(("speaker" if attribution.said_by else "relay", WEIGHTS["speaker"]))
    predicate = _PREDICATES.search(text)
    if predicate:
        gains.append((f"predicate ({predicate.group()})", WEIGHTS["predicate"]))
    if _QUOTATION.search(text):
        gains.append(("quotation", WEIGHTS["quotation"]))
    places = {word for word in words if word in _NAMED or word in lx.GENITIVE_COUNTRIES}
    if attribution.mentions or attribution.said_by is not None or len(places) >= 2:
        gains.append(("names", WEIGHTS["names"]))
    losses: list[tuple[str, float]] = []
    if unit.is_caption:
        losses.append(("caption", PENALTIES["caption"]))
    if len(words) < (MIN_HEADING_WORDS if unit.kind is UnitKind.HEADING else MIN_WORDS):
        losses.append(("short", PENALTIES["short"]))
    if text.rstrip(" “”\"»«'’)").endswith("?"):
        losses.append(("question", PENALTIES["question"]))
    hedge = _HEDGES.search(text)
    if hedge:
        losses.append((f"hedged ({hedge.group()})", PENALTIES["hedged"]))
    if _READER.search(text) and not _QUOTATION.search(text):
        losses.append(("addresses the reader", PENALTIES["addresses the reader"]))
    total = sum(weight for _, weight in gains) + sum(weight for _, weight in losses)
    score = round(min(1.0, max(0.0, total)), 2)
    return CheckWorthiness(score, tuple(reason for reason, _ in gains + losses))
