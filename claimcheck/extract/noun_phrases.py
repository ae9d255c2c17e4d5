"""Tokens of a sentence, and the noun phrases that name a speaker or a relay ("der russische Minister X")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from claimcheck.extract import lexicon as lx

_TOKEN = re.compile(r"\w[\w'’-]*|[^\w\s]")
_ADJECTIVE_DE = re.compile(r"^[a-zäöüß][\w-]*(?:e|en|er|es|em)$")
_NOUN_SUFFIX = re.compile(
    r"(?:ung|heit|keit|schaft|tion|ität|ismus|nis|tum|ungen|heiten|keiten|schaften|innen)$"
)
_ACRONYM = re.compile(r"^[A-ZÄÖÜ][A-ZÄÖÜ0-9-]+$")
# Finite verbs that may stand right before a subject without being adjectives ("hatte Stoltenberg").
_AUXILIARIES = lx.word_set(
    """
    hatte hatten habe hat hätte hätten wird wurde würde werde soll sollte will wollte muss musste kann
    konnte dürfte ist war sei sind waren has had have was were is will would could should
    """
)
_NOT_ADJECTIVES = (
    _AUXILIARIES
    | lx.DETERMINERS
    | lx.PREPOSITIONS
    | lx.CONJUNCTIONS
    | lx.word_set(
        """
        zwischen oder aber wieder immer hinter unter über nieder sondern haben werden sollen wollen können
        müssen dürfen diese dieser diesem diesen dieses jene jener jenem jenen welche welcher welchem
        keine keiner keinem keinen meine meiner deren dessen denen ihnen einige einigen mehrere mehreren
        andere anderen anderer alle allen aller beide beiden beider ganze ganzen
        """
    )
)


@dataclass(frozen=True)
class Token:
    """A word or a punctuation mark and where it stands in its sentence."""

    text: str
    start: int
    end: int

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def lower(self) -> str:
        return self.text.lower()


def tokenize(text: str) -> list[Token]:
    return [Token(match.group(), match.start(), match.end()) for match in _TOKEN.finditer(text)]


@dataclass(frozen=True)
class NounPhrase:
    """Who or what a phrase names: people or outlets, with the role and country or body the text gives."""

    start: int  # token index of the first token
    end: int  # token index after the last token
    names: tuple[str, ...] = ()  # one per coordinated name ("AFP und Reuters")
    role: str | None = None  # "Verteidigungsminister", "erster stellvertretender Leiter"
    org: str | None = None  # a country from a demonym or genitive, or the body of the role
    institution: str | None = None  # "Verteidigungsministerium", "Kommission des US-Repräsentantenhauses"
    relay_noun: str | None = None  # "Agentur", "Fernsehsender"
    pronoun: bool = False
    epithet: bool = False  # "der 70-Jährige"
    determiner: bool = False
    article: str | None = None  # the determiner as written ("der", "das", "the")
    nationality: str | None = None  # the nationality adjective as written ("russische", "Chinese")

    @property
    def is_outlet(self) -> bool:
        """An outlet or agency: it passes on what others said."""
        if self.relay_noun is not None:
            return True
        return bool(self.names) and all(is_known_outlet(name) for name in self.names)

    @property
    def is_anaphor(self) -> bool:
        """It stands for someone named before: a pronoun, an epithet, or a role with an article."""
        if self.pronoun or self.epithet:
            return True
        return not self.names and self.role is not None and self.determiner and not self.is_plural_role

    @property
    def is_plural_role(self) -> bool:
        return self.role is not None and bool(re.search(r"(?:innen|en|officials|analysts)$", self.role))

    @property
    def is_unnamed(self) -> bool:
        """Nobody in particular: "russische Nachrichtenagenturen", "Experten"."""
        return not self.names and self.institution is None and not self.is_anaphor


def descriptive_name(phrase: NounPhrase) -> str | None:
    """A body or relay without a name, named as the text describes it: "russisches Verteidigungsministerium".

    The nationality adjective takes the ending it has without an article, read off the article the text
    uses ("das russische …" → "russisches", "der ukrainische …" → "ukrainischer", "russischen
    Nachrichtenagenturen" → "russische"); English adjectives do not inflect.
    """
    head = phrase.institution or phrase.relay_noun
    if head is None:
        return None
    if phrase.nationality is None:
        return head
    adjective = phrase.nationality
    if adjective[:1].islower():
        stem = re.sub(r"(?:e|en|er|es|em)$", "", adjective)
        article = (phrase.article or "").lower()
        ending = "e"
        if adjective.endswith("e") and article in {"der", "das"}:
            ending = "er" if article == "der" else "es"
        adjective = stem + ending
    return f"{adjective} {head}"


def is_known_outlet(name: str) -> bool:
    return name in lx.KNOWN_OUTLETS or name in lx.KNOWN_OUTLET_PHRASES


def demonym_country(word: str) -> str | None:
    """The country of a nationality adjective in any inflection ("russischen" → Russland)."""
    lower = word.lower()
    if lower in lx.DEMONYMS_EN:
        return lx.DEMONYMS_EN[lower]
    stem = re.sub(r"(?:e|en|er|es|em)$", "", lower)
    return lx.DEMONYMS_DE.get(stem)


def is_role(word: str) -> bool:
    return bool(lx.ROLE_DE.match(word)) or word.lower() in lx.ROLE_EN


def role_lemma(word: str) -> str:
    """The role as a name for it: "Präsidenten" → "Präsident", "Ministers" → "Minister"."""
    for suffix in ("en", "n", "s"):
        shorter = word[: -len(suffix)]
        if word.endswith(suffix) and len(shorter) > 3 and lx.ROLE_DE.match(shorter):
            if suffix == "n" and shorter.endswith("e") and not shorter.endswith(("te", "de")):
                continue  # "Experte"/"Kollege" + n is plural; keep it
            return shorter
    return word


def is_name_token(word: str, first: bool = False) -> bool:
    """A capitalised word that can be (part of) a name, judged without a dictionary."""
    if not word[:1].isupper() or word.endswith("-"):
        return False
    if word in lx.NOT_NAMES or word in lx.MONTH_NAMES or word in lx.WEEKDAYS or word in lx.GENITIVE_COUNTRIES:
        return False
    if word in lx.PLACES and not first:
        return False
    if is_role(word) or lx.INSTITUTION.match(word) or lx.RELAY_NOUN.match(word) or word in lx.SPEECH_NOUNS:
        return False
    return not (_NOUN_SUFFIX.search(word) and not _ACRONYM.match(word))


def is_adjective_like(word: str) -> bool:
    """An inflected German adjective ("russischen", "stellvertretender"), judged by its ending."""
    return (
        len(word) > 3
        and bool(_ADJECTIVE_DE.match(word))
        and word not in _NOT_ADJECTIVES
        and word not in lx.SPEECH_VERBS
        and word not in lx.RELAY_VERBS
    )


def parse_noun_phrase(tokens: Sequence[Token], index: int) -> NounPhrase | None:
    """The phrase naming someone that starts at `tokens[index]`, or None when none starts there."""
    count = len(tokens)
    if index >= count:
        return None
    first = tokens[index]
    if first.lower in lx.PRONOUNS and first.text in lx.PRONOUNS | {"Er", "Sie", "He", "She"}:
        return NounPhrase(index, index + 1, pronoun=True)
    position = index
    determiner = False
    if first.lower in lx.DETERMINERS:
        determiner = True
        position += 1
    org: str | None = None
    nationality: str | None = None
    modifiers: list[str] = []
    epithet = False
    while position < count and len(modifiers) < 5:
        word = tokens[position].text
        if is_role(word):
            break
        if word in lx.GENITIVE_COUNTRIES:
            org = lx.GENITIVE_COUNTRIES[word]
        elif (country := demonym_country(word)) is not None and not is_role(word):
            org, nationality = country, word
        elif (lx.INSTITUTION.match(word) or word in lx.ORGANISATIONS) and _is_role_at(tokens, position + 1):
            org = word  # "Kremlin spokesman Dmitry Peskov", "NATO-Generalsekretär" is one word
        elif lx.EPITHET.match(word):
            epithet = True
            position += 1
            break
        elif word.endswith("-") and position + 1 < count and tokens[position + 1].lower in lx.CONJUNCTIONS:
            modifiers.extend([word, tokens[position + 1].text])
            position += 1
        elif is_adjective_like(word) or (
            word.lower() in lx.ROLE_EN_MODIFIERS and _is_role_at(tokens, position + 1)
        ):
            modifiers.append(word)
        else:
            break
        position += 1
    role: str | None = None
    institution: str | None = None
    relay_noun: str | None = None
    if position < count:
        word = tokens[position].text
        if is_role(word):
            role = " ".join([*_role_modifiers(modifiers), role_lemma(word)])
            position += 1
        elif lx.INSTITUTION.match(word) and not (word == "Weiße" and position + 1 < count):
            institution = word
            position += 1
        elif lx.RELAY_NOUN.match(word):
            relay_noun = word
            position += 1
    had_head = role is not None or institution is not None or relay_noun is not None
    names, position = _read_names(tokens, position, allow_place=not had_head)
    if names and not had_head and (determiner or modifiers or org) and not _stands_alone(names):
        return None  # "das Ausmaß", "chinesische Xi": a common noun, or nobody
    if institution is not None:
        institution, position = _with_complement(tokens, position, institution)
        acronym = _parenthesised_acronym(tokens, position)
        if acronym is not None:
            names, position = (acronym,), position + 3
    elif role is not None:
        complement, after = _complement(tokens, position)
        if complement is not None and not names:
            org, position = org or complement, after
    if names and role is None and position + 1 < count and tokens[position].text == ",":
        apposition = parse_noun_phrase(tokens, position + 1)
        if apposition is not None and apposition.role is not None and not apposition.names:
            role, org = apposition.role, apposition.org or org
            position = apposition.end
            if position < count and tokens[position].text == ",":
                position += 1
    if not (names or role or institution or relay_noun or epithet):
        return None
    if epithet and not names:
        role = None
    return NounPhrase(
        start=index,
        end=position,
        names=names,
        role=role,
        org=org,
        institution=institution,
        relay_noun=relay_noun,
        epithet=epithet,
        determiner=determiner,
        article=first.text if determiner else None,
        nationality=nationality,
    )


def _is_role_at(tokens: Sequence[Token], position: int) -> bool:
    return position < len(tokens) and is_role(tokens[position].text)


def _role_modifiers(modifiers: list[str]) -> list[str]:
    """Adjectives that belong to the role ("stellvertretende"), not those of mere description."""
    kept: list[str] = []
    for word in modifiers:
        if word.lower() in {"staatlichen", "staatliche", "neue", "neuen", "damalige", "damaligen"}:
            continue
        kept.append(word)
    return kept


def _stands_alone(names: tuple[str, ...]) -> bool:
    """Names that may follow an article: acronyms, outlets, places ("die USA", "die NATO")."""
    return all(_ACRONYM.match(name) or is_known_outlet(name) or name in lx.PLACES for name in names)


def _read_names(tokens: Sequence[Token], position: int, allow_place: bool) -> tuple[tuple[str, ...], int]:
    names: list[str] = []
    count = len(tokens)
    while position < count:
        phrase = _outlet_phrase_at(tokens, position)
        if phrase is not None:
            names.append(phrase[0])
            position = phrase[1]
        else:
            words: list[str] = []
            while position < count and len(words) < 3:
                word = tokens[position].text
                if not is_name_token(word, first=not words and allow_place):
                    break
                if words and (word in lx.PLACES or is_known_outlet(word)):
                    break
                words.append(word)
                position += 1
                if word in lx.PLACES:
                    break  # a place is a name on its own: "Peking Li Shangfu" is two names
            if not words:
                break
            names.append(" ".join(words))
        if (
            position + 1 < count
            and tokens[position].text in {"und", "and", ","}
            and (
                is_name_token(tokens[position + 1].text, first=allow_place)
                or _outlet_phrase_at(tokens, position + 1)
            )
            and (is_known_outlet(names[-1]) or tokens[position].text != ",")
        ):
            position += 1
            continue
        break
    return tuple(names), position


def _outlet_phrase_at(tokens: Sequence[Token], position: int) -> tuple[str, int] | None:
    for phrase in lx.KNOWN_OUTLET_PHRASES:
        words = phrase.split()
        end = position + len(words)
        if end <= len(tokens) and [token.text for token in tokens[position:end]] == words:
            return phrase, end
    return None


def _complement(tokens: Sequence[Token], position: int) -> tuple[str | None, int]:
    """A genitive or "von"/"of" complement naming a body: "des SZRU", "von Chinas Zentraler …"."""
    count = len(tokens)
    if position >= count or tokens[position].lower not in {"des", "der", "von", "of"}:
        return None, position
    start = position + 1
    if start < count and tokens[start].lower in {"the", "der", "des"}:
        start += 1
    end = start
    while end < count and end - start < 5 and tokens[end].text[:1].isupper():
        end += 1
    if end == start:
        return None, position
    return " ".join(token.text for token in tokens[start:end]), end


def _with_complement(tokens: Sequence[Token], position: int, head: str) -> tuple[str, int]:
    complement, after = _complement(tokens, position)
    if complement is None:
        return head, position
    joined = " ".join(token.text for token in tokens[position:after])
    return f"{head} {joined}", after


def _parenthesised_acronym(tokens: Sequence[Token], position: int) -> str | None:
    if position + 2 < len(tokens) and tokens[position].text == "(" and tokens[position + 2].text == ")":
        word = tokens[position + 1].text
        if _ACRONYM.match(word):
            return word
    return None


def phrase_ending_at(tokens: Sequence[Token], last: int, reach: int = 9) -> NounPhrase | None:
    """The longest phrase naming someone that ends with `tokens[last]`, not governed by a preposition."""
    for start in range(max(0, last - reach), last + 1):
        phrase = parse_noun_phrase(tokens, start)
        if phrase is None or phrase.end != last + 1:
            continue
        if start > 0:
            before = tokens[start - 1].text
            if before.lower() in lx.PREPOSITIONS or before.lower() in lx.DETERMINERS:
                continue
            if is_adjective_like(before) or (before[:1].isupper() and is_name_token(before)):
                continue
        return phrase
    return None


def skip_back(tokens: Sequence[Token], position: int) -> int:
    """Step back from `position` over what may stand between a subject and its verb.

    Adverbs ("seinerseits", "wiederum"), a parenthesis, and a day or month ("am Mittwoch (15. Juni)").
    """
    while position >= 0:
        word = tokens[position].text
        if word == ")":
            depth = 0
            while position >= 0:
                if tokens[position].text == ")":
                    depth += 1
                elif tokens[position].text == "(":
                    depth -= 1
                    if depth == 0:
                        break
                position -= 1
            position -= 1
            continue
        if word.lower() in _ADVERBS:
            position -= 1
            continue
        is_day = word in lx.WEEKDAYS or word in lx.MONTH_NAMES
        if is_day and position > 0 and tokens[position - 1].lower in {"am", "im", "on", "in"}:
            position -= 2
            continue
        break
    return position


_ADVERBS = lx.word_set(
    """
    seinerseits ihrerseits wiederum indes derweil zudem auch nun bereits erneut jedoch allerdings dann
    zuletzt zunächst außerdem ebenfalls also meanwhile later earlier
    """
)
