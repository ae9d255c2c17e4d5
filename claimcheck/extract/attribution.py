"""Who said a sentence (`said_by`) and who passed it on (`via`): speech cues, relays and continuations.

Decisions (the checker can always rewrite them):
- A person is `Person(name, role, org)`: the fullest name the text gives ("Putin" after "Wladimir Putin"
  becomes "Wladimir Putin"), the role noun with the adjectives that belong to it ("Verteidigungsminister",
  "erster stellvertretender Leiter"), and as `org` the country of a nationality adjective or genitive
  ("der russische …", "Chinas …" → "Russland", "China") or the body the role belongs to ("Leiter des SZRU"
  → "SZRU"), in the text's own words.
- A body that speaks for itself is a `Person` too: its acronym where the text gives one ("der ukrainische
  Auslandsgeheimdienst (SZRU)" → `{name: SZRU, org: Ukraine}`), else its description without the
  article ("das russische Verteidigungsministerium" → `{name: russisches Verteidigungsministerium, org:
  Russland}`), so that the governments of two countries never read as one origin.
- `via` holds the relays: agencies, papers and broadcasters by name ("laut CCTV", "wie die russische
  Agentur Interfax berichtet", "according to Reuters"), or as described when the text names none but
  says whose they are ("laut russischen Nachrichtenagenturen" → `russische Nachrichtenagenturen`).
  Unnamed people ("Experten zufolge", "nach russischen Angaben") give no name; their cue still counts.
- A sentence without a speaker of its own continues the one before when it is indirect speech
  (Konjunktiv: "sei", "habe", "werde" …): it takes over `said_by` and `via`. Hearsay "soll"/"sollen" takes
  over `via` only. A list item takes over the speaker of the line that introduced the list with a colon.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from claimcheck.extract import lexicon as lx
from claimcheck.extract.mentions import PersonIndex
from claimcheck.extract.noun_phrases import (
    NounPhrase,
    Token,
    descriptive_name,
    is_name_token,
    parse_noun_phrase,
    phrase_ending_at,
    skip_back,
    tokenize,
)
from claimcheck.extract.sentences import Unit, UnitKind
from claimcheck.model import Person


@dataclass(frozen=True)
class Attribution:
    """Who said a unit of text and through whom it reached the outlet, and the words that say so."""

    said_by: Person | None = None
    via: tuple[str, ...] = ()
    cues: tuple[str, ...] = ()  # "sagte", "laut", "zufolge", "wie … berichtet", "according to"
    inherited: bool = False  # taken over from the sentence before (indirect speech goes on)
    mentions: tuple[str, ...] = ()  # the people the unit names, by their fullest name


@dataclass
class _Found:
    """What one sentence says of its own attribution, before names are resolved."""

    speaker: NounPhrase | None = None
    speaker_is_genitive: bool = False
    via: list[str] | None = None
    cues: list[str] | None = None

    def add_cue(self, cue: str) -> None:
        self.cues = [*(self.cues or []), cue]

    def add_via(self, names: Sequence[str]) -> None:
        self.via = [*(self.via or []), *(name for name in names if name not in (self.via or []))]


def attribute_units(units: Sequence[Unit]) -> list[Attribution]:
    """The attribution of each unit, in order: earlier units give names and speakers to later ones."""
    reader = _AttributionReader()
    return [reader.read(unit) for unit in units]


class _AttributionReader:
    def __init__(self) -> None:
        self.people = PersonIndex()
        self.speakers: list[Person] = []
        self.previous: tuple[Unit, Attribution] | None = None
        self.list_intro: Attribution | None = None

    def read(self, unit: Unit) -> Attribution:
        tokens = tokenize(unit.text)
        if unit.kind is not UnitKind.CREDIT:
            self._note_mentions(tokens)
        mentions = self._mentioned(tokens)
        found = _explicit(tokens, unit, self.people)
        said_by = self._resolve(found.speaker, found.speaker_is_genitive) if found.speaker else None
        attribution = Attribution(
            said_by=said_by, via=tuple(found.via or ()), cues=tuple(found.cues or ()), mentions=mentions
        )
        if said_by is None and not attribution.via and not attribution.cues:
            continued = self._continued(unit, tokens)
            if continued is not None:
                attribution = replace(continued, mentions=mentions)
        if said_by is not None:
            self.speakers.append(said_by)
        if unit.kind is not UnitKind.BULLET:
            self.list_intro = attribution if unit.text.rstrip().endswith(":") else None
        self.previous = (unit, attribution)
        return attribution

    def _note_mentions(self, tokens: Sequence[Token]) -> None:
        """Remember every person named with a role, or with a name of several words."""
        index = 0
        while index < len(tokens):
            phrase = parse_noun_phrase(tokens, index)
            if phrase is None or not phrase.names or phrase.is_outlet or phrase.institution:
                index += 1
                continue
            before = tokens[index - 1].text if index else ""
            several_words = len(phrase.names[0].split()) > 1
            plain_start = not before or not (
                before.lower() in lx.DETERMINERS or before[:1].isupper() or before[:1].isdigit()
            )
            if phrase.role is not None or (several_words and plain_start):
                # A role in the singular belongs to the first of coordinated names only.
                for number, name in enumerate(phrase.names):
                    if name not in lx.PLACES and name not in lx.ORGANISATIONS:
                        role, org = (phrase.role, phrase.org) if number == 0 else (None, None)
                        self.people.note(name, role, org)
            index = max(phrase.end, index + 1)

    def _mentioned(self, tokens: Sequence[Token]) -> tuple[str, ...]:
        """The people a unit names: every name word that stands for someone the text has introduced."""
        names: list[str] = []
        for token in tokens:
            if not is_name_token(token.text):
                continue
            person = self.people.find(token.text)
            if person is not None and person.name not in names:
                names.append(person.name)
        return tuple(names)

    def _resolve(self, phrase: NounPhrase, genitive: bool) -> Person | None:
        person = self._person(phrase, genitive)
        if person is not None and person.name in {known.name for known in self.people.people}:
            self.people.note(person.name)  # the latest speaker is who "er" / "he" refers to next
        return person

    def _person(self, phrase: NounPhrase, genitive: bool) -> Person | None:
        if phrase.pronoun or phrase.epithet:
            return self.people.people[-1] if self.people.people else None
        if phrase.is_anaphor:
            by_role = self.people.by_role(phrase.role, phrase.org)
            if by_role is not None:
                return by_role
            for speaker in reversed(self.speakers):
                if phrase.org and speaker.org == phrase.org:
                    return speaker
            return None
        if phrase.institution is not None:
            name = phrase.names[0] if phrase.names else descriptive_name(phrase) or phrase.institution
            return Person(name=name, org=phrase.org)
        if not phrase.names:
            return None
        name = phrase.names[0]
        if name in lx.PLACES or name in lx.ORGANISATIONS:
            return Person(name=name, org=phrase.org)
        known = self.people.find(name)
        if known is None and genitive and name.endswith("s") and len(name) > 3:
            name = name[:-1]
        person = self.people.note(known.name if known else name, phrase.role, phrase.org)
        return Person(name=person.name, role=phrase.role or person.role, org=phrase.org or person.org)

    def _continued(self, unit: Unit, tokens: Sequence[Token]) -> Attribution | None:
        """The attribution a unit without one of its own takes over from the unit before."""
        if unit.kind is UnitKind.BULLET and self.list_intro is not None and self.list_intro.said_by:
            intro = self.list_intro
            return Attribution(said_by=intro.said_by, via=intro.via, cues=intro.cues, inherited=True)
        if self.previous is None:
            return None
        previous_unit, previous = self.previous
        if unit.block - previous_unit.block > 1 or not (previous.said_by or previous.via):
            return None
        words = {token.text for token in tokens}
        if words & lx.SUBJUNCTIVE:
            return Attribution(said_by=previous.said_by, via=previous.via, cues=previous.cues, inherited=True)
        if words & lx.REPORTATIVE and previous.via:
            return Attribution(via=previous.via, cues=previous.cues, inherited=True)
        return None


def _explicit(tokens: Sequence[Token], unit: Unit, people: PersonIndex) -> _Found:
    """The speaker and relays a sentence names itself."""
    found = _Found()
    used_verbs: set[int] = set()
    lowers = [token.lower for token in tokens]
    for index, token in enumerate(tokens):
        low = lowers[index]
        if low in {"wie", "as"}:
            _relative_report(tokens, index, found, used_verbs)
        elif low == "laut":
            _classify(found, parse_noun_phrase(tokens, index + 1), "laut")
        elif low == "zufolge" or (low == "folge" and index > 0 and lowers[index - 1] == "zu"):
            last = index - 1 if low == "zufolge" else index - 2
            _classify(found, phrase_ending_at(tokens, last) if last >= 0 else None, "zufolge")
        elif low == "according" and index + 1 < len(tokens) and lowers[index + 1] == "to":
            _classify(found, parse_noun_phrase(tokens, index + 2), "according to")
        elif low == "berufung" and index + 1 < len(tokens) and lowers[index + 1] == "auf":
            phrase = parse_noun_phrase(tokens, index + 2)
            if phrase is not None and phrase.is_outlet and phrase.names:
                _classify(found, phrase, "unter Berufung auf")
        elif token.text in lx.SPEECH_NOUNS and index > 0:
            _speech_noun(tokens, index, found)
        elif _is_speech_verb(lowers, index) and index not in used_verbs:
            _classify(found, _subject(tokens, index), token.text)
            if low in {"told", "tells"}:
                phrase = parse_noun_phrase(tokens, index + 1)
                if phrase is not None and phrase.is_outlet:
                    found.add_via(phrase.names)
        elif token.text == "so" and index > 0 and tokens[index - 1].text in {",", "“", "”", '"', "«", "»"}:
            phrase = parse_noun_phrase(tokens, index + 1)
            if phrase is not None:
                _classify(found, phrase, "so")
    headline_speaker = unit.kind is UnitKind.HEADING and len(tokens) > 2 and tokens[1].text == ":"
    if found.speaker is None and headline_speaker and _known_name(tokens[0].text, people):
        found.speaker = NounPhrase(0, 1, names=(tokens[0].text,))
        found.add_cue(f"{tokens[0].text}:")
    return found


def _known_name(word: str, people: PersonIndex) -> bool:
    return is_name_token(word) and people.find(word) is not None


def _is_speech_verb(lowers: Sequence[str], index: int) -> bool:
    low = lowers[index]
    if low in lx.SPEECH_VERBS or low in lx.RELAY_VERBS:
        return True
    particle = lx.SEPARABLE_SPEECH.get(low)
    return particle is not None and particle in lowers[index + 1 :]


def _subject(tokens: Sequence[Token], verb: int) -> NounPhrase | None:
    """The subject of a speech verb: the phrase right before it, else the one right after it."""
    before = skip_back(tokens, verb - 1)
    if before >= 0:
        phrase = phrase_ending_at(tokens, before)
        if phrase is not None:
            return phrase
    after = verb + 1
    if after < len(tokens) and tokens[after].lower in {"sich", "auch", "dabei", "zudem", "aber"}:
        after += 1
    return parse_noun_phrase(tokens, after)


def _relative_report(tokens: Sequence[Token], index: int, found: _Found, used_verbs: set[int]) -> None:
    """ "wie die russische Agentur Interfax berichtet", "as Reuters reported", "as reported by the BBC"."""
    start = index + 1
    if start + 1 < len(tokens) and tokens[start].lower == "reported" and tokens[start + 1].lower == "by":
        used_verbs.add(start)
        _classify(found, parse_noun_phrase(tokens, start + 2), "as reported by")
        return
    phrase = parse_noun_phrase(tokens, start)
    if phrase is None:
        return
    lowers = [token.lower for token in tokens]
    for position in range(phrase.end, len(tokens)):
        text = tokens[position].text
        if text in {",", ";", ":", "."}:
            return
        if _is_speech_verb(lowers, position):
            used_verbs.add(position)
            _classify(found, phrase, f"{tokens[index].text} … {text}")
            return


def _speech_noun(tokens: Sequence[Token], index: int, found: _Found) -> None:
    """ "nach Angaben des russischen Präsidenten Putin", "nach den Worten Zhangs", "Xis Wortlaut"."""
    lowers = [token.lower for token in tokens]
    word = tokens[index].text
    before = lowers[index - 1]
    if before == "nach" or (before == "den" and index > 1 and lowers[index - 2] == "nach"):
        start = index + 1
        if start < len(tokens) and lowers[start] == "von":
            start += 1
        phrase = parse_noun_phrase(tokens, start)
        cue = " ".join(token.text for token in tokens[index - (2 if before == "den" else 1) : index + 1])
        if phrase is not None and not phrase.is_unnamed:
            _classify(found, phrase, cue, genitive=True)
        else:
            found.add_cue(cue)
        return
    owner = tokens[index - 1].text
    if owner.endswith(("s", "'s", "’s")) and is_name_token(owner):
        _classify(found, NounPhrase(index - 1, index, names=(owner,)), word, genitive=True)


def _classify(found: _Found, phrase: NounPhrase | None, cue: str, genitive: bool = False) -> None:
    found.add_cue(cue)
    if phrase is None or (phrase.is_unnamed and not phrase.is_outlet):
        return
    if phrase.is_outlet:
        if phrase.names:
            found.add_via(phrase.names)
        elif phrase.nationality is not None:  # "laut russischen Nachrichtenagenturen"
            found.add_via([descriptive_name(phrase) or ""])
        return
    if found.speaker is None:
        found.speaker = phrase
        found.speaker_is_genitive = genitive
