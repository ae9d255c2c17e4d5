"""Generate a synthetic claim repository of news-style sources and claims, with its answer key.

    python -m bench.generate --size 10000 [--jsonl] [--seed 0] [--out bench/out/10000]

What a corpus of N claims holds (shares of N; every share is planted on purpose):

    corroborated   30%  one fact, 2–4 claims with one `about`, pairwise independent origins
    single         10%  one fact, one claim with an `about`
    wire copy      12%  one agency story printed by 2–6 outlets that credit it: one origin
    one speaker     5%  one person's statement reported by 2–4 outlets: one origin
    conflict        5%  2–3 claims, one `about`, one of them disagrees (value, or denies);
                        about one in six is resolved (the odd claim is `rank: deprecated`)
    superseded      2%  one `about`, two times, two values: the later stands, no conflict
    near-duplicate  8%  2–3 claims of one fact in different sources, worded differently,
                        no shared `about`: key-less cross-referencing must link them
    near-dup value  2%  the same, but the two claims disagree on the value (possible-conflict)
    near-miss       6%  pairs worded alike that are different facts: another person, place,
                        country, time or number (brigade, package, year): must not be linked
    lone           20%  one claim, no `about`

Sources are articles of 2–20 KB (median ~3.5 KB) in German (60%) or English, about 10 claims
each, from invented outlets; 35% credit a news agency. Every quote is an exact substring of its
source's body. Everything is drawn from one seeded random generator: same size and seed, same
bytes. The answer key (`answer-key.json`) lists what was planted, by claim id.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import random
import re
import shutil
import sys
import time
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from bench import vocabulary as V
from claimcheck.source_file import body_sha256, render_source_file

GENERATOR_VERSION = 2
SOURCES_PER_CLAIM_FILE = 100
CLAIMS_PER_SOURCE = 10
FIRST_DAY = dt.date(2019, 3, 1)
LAST_DAY = dt.date(2026, 10, 31)
RETRIEVED_LIMIT = dt.date(2026, 11, 20)
NEWS_CYCLE_DAYS = 45  # the sources reporting one fact appear within about this many days
DEFAULT_OUT = Path(__file__).resolve().parent / "out"

# Shares of the claims (see the module docstring); "lone" takes whatever is left.
SHARES: tuple[tuple[str, float], ...] = (
    ("corroborated", 0.30),
    ("single", 0.10),
    ("wire", 0.12),
    ("speaker", 0.05),
    ("conflict", 0.05),
    ("superseded", 0.02),
    ("near-duplicate", 0.08),
    ("near-duplicate-conflict", 0.02),
    ("near-miss", 0.06),
)
WIRE_AGENCIES = ("dpa", "AFP", "Reuters", "AP")
TAGS = {
    "joint-projects": "economy",
    "trade-volume": "economy",
    "exercise-troops": "military",
    "meeting-format": "diplomacy",
    "meeting-date": "diplomacy",
    "defence-budget": "military",
    "inflation": "economy",
    "unemployment": "economy",
    "interest-rate": "economy",
    "arms-deliveries": "military",
    "drones-intercepted": "military",
    "agreements-signed": "diplomacy",
    "sanctions-package": "politics",
    "gdp-growth": "economy",
    "brigade-move": "military",
}
CLAIM_KEYS = (
    "id",
    "source",
    "quote",
    "claim",
    "about",
    "value",
    "when",
    "said_by",
    "via",
    "stance",
    "confidence",
    "rank",
    "tags",
)


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def ordinal_en(number: int) -> str:
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def format_number(number: float, decimals: int, language: str) -> str:
    """As an article prints it: `12.500` / `2,9` in German, `12,500` / `2.9` in English."""
    text = f"{number:,.{max(decimals, 0)}f}"
    if language == "de":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def canonical_number(number: float, decimals: int) -> str:
    return f"{number:.{max(decimals, 0)}f}"


# -- people ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    name: str
    female: bool
    country: V.Country
    role: V.Role

    def role_in(self, language: str) -> str:
        if language == "de":
            return self.role.de_f if self.female else self.role.de_m
        return self.role.en


def build_roster(rng: random.Random) -> dict[tuple[str, str], list[Person]]:
    """Three office-holders per country and office, with names unique in the corpus."""
    used: set[str] = set()
    roster: dict[tuple[str, str], list[Person]] = {}
    for country in V.COUNTRIES:
        male, female, surnames = V.NAMES[country.region]
        for role in V.ROLES.values():
            people = []
            while len(people) < 3:
                is_female = rng.random() < 0.4
                name = f"{rng.choice(female if is_female else male)} {rng.choice(surnames)}"
                if name in used:
                    continue
                used.add(name)
                people.append(Person(name, is_female, country, role))
            roster[(country.code, role.key)] = people
    return roster


# -- sources -----------------------------------------------------------------------------------------


@dataclass
class Source:
    index: int
    id: str
    language: str
    outlet: str
    credits: list[str]  # as the article writes them
    agencies: frozenset[str]  # canonical names
    published: dt.date
    wire: str | None  # the agency whose wire copy this outlet prints, for wire facts
    claims: list[dict[str, Any]] = field(default_factory=list)
    sentences: list[str] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)

    @property
    def provenance(self) -> frozenset[str]:
        return self.agencies or frozenset({self.outlet})


def _alias_spelling(rng: random.Random, agency: str) -> str:
    spellings = V.AGENCY_ALIASES.get(agency, ())
    return rng.choice(spellings) if spellings and rng.random() < 0.2 else agency


def build_sources(rng: random.Random, count: int) -> list[Source]:
    sources = []
    span = (LAST_DAY - FIRST_DAY).days
    # In date order, so the claim files run in the order a checker would have added the sources.
    days = sorted(FIRST_DAY + dt.timedelta(days=rng.randrange(span + 1)) for _ in range(count))
    for index, published in enumerate(days):
        language = "de" if rng.random() < 0.6 else "en"
        outlet = rng.choice(V.OUTLETS_DE if language == "de" else V.OUTLETS_EN)
        roll = rng.random()
        wire = None
        if roll < 0.25:
            wire = rng.choice(WIRE_AGENCIES)
            agencies = [wire]
        elif roll < 0.35:
            agencies = rng.sample(V.AGENCIES, 2)
        else:
            agencies = []
        sources.append(
            Source(
                index=index,
                id=f"{slug(outlet.removeprefix('The '))}-{index:06d}",
                language=language,
                outlet=outlet,
                credits=[_alias_spelling(rng, agency) for agency in agencies],
                agencies=frozenset(agencies),
                published=published,
                wire=wire,
            )
        )
    return sources


# -- facts -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Value:
    """A claim's value: a number with an operator, a date, or a category."""

    op: str = "="
    number: float = 0.0
    day: dt.date | None = None
    category: str | None = None


@dataclass(frozen=True)
class Fact:
    kind: V.Kind
    a: V.Country
    b: V.Country
    p: Person
    q: Person
    time: dt.date
    sea: int
    city: V.Country  # whose capital
    k: int
    item: int
    value: Value

    def identity(self) -> tuple[Any, ...]:
        """What makes this fact this fact (two claims with one identity state the same fact)."""
        parts: list[Any] = [self.kind.key]
        for slot in self.kind.slots:
            parts.append(self._slot_key(slot))
        if self.kind.symmetric:  # China and Russia = Russia and China
            parts[1:3] = sorted(parts[1:3])
        return tuple(parts)

    def _slot_key(self, slot: str) -> str:
        match slot:
            case "a":
                return self.a.code
            case "b":
                return self.b.code
            case "p":
                return slug(self.p.name)
            case "q":
                return slug(self.q.name)
            case "time":
                return when_text(self.kind.time, self.time).replace("/", "--")
            case "sea":
                return V.SEAS[self.sea][2]
            case "city":
                return slug(self.city.capital_en)
            case "k":
                return str(self.k)
            case "item":
                return V.ITEMS[self.item][2]
        raise ValueError(slot)

    def about(self, suffix: str | None = None) -> str:
        parts = [self.kind.key]
        for slot in self.kind.slots:
            if suffix and slot == "time":
                continue
            parts.append(self._slot_key(slot))
        if suffix:
            parts.append(suffix)
        return "/".join(parts)

    @property
    def unit(self) -> str:
        return V.ITEMS[self.item][2] if self.kind.unit == "*item" else self.kind.unit


def when_text(granularity: str, day: dt.date) -> str:
    if granularity == "day":
        return day.isoformat()
    if granularity == "year":
        return f"{day.year:04d}"
    if granularity == "quarter":
        return f"{day.year:04d}-{day.month:02d}/{day.year:04d}-{day.month + 2:02d}"
    return f"{day.year:04d}-{day.month:02d}"


def value_text(fact: Fact, value: Value) -> str:
    """The claim's `value` field in the canonical grammar (`> 60 project`, `2023-11-08`)."""
    kind = fact.kind
    if kind.value == "date":
        assert value.day is not None
        return value.day.isoformat()
    if kind.value == "category":
        assert value.category is not None
        return value.category
    number = canonical_number(value.number, kind.decimals)
    op = "" if value.op == "=" else f"{value.op} "
    return f"{op}{number} {fact.unit}"


def _month_start(day: dt.date, back: int) -> dt.date:
    months = day.year * 12 + day.month - 1 - back
    return dt.date(months // 12, months % 12 + 1, 1)


def pick_time(rng: random.Random, granularity: str, limit: dt.date) -> dt.date:
    """A time the fact holds at, no later than the earliest article reporting it."""
    if granularity == "day":
        return max(FIRST_DAY - dt.timedelta(days=60), limit - dt.timedelta(days=rng.randrange(21)))
    if granularity == "year":
        return dt.date(limit.year + rng.choice((0, 0, 1)), 1, 1)
    if granularity == "quarter":
        start = _month_start(limit, 3 + rng.randrange(4))
        return dt.date(start.year, (start.month - 1) // 3 * 3 + 1, 1)
    return _month_start(limit, rng.randrange(5))


def shift_time(rng: random.Random, granularity: str, day: dt.date, far: bool = False) -> dt.date:
    """Another time: near for a near-miss, further (never earlier) for a later update."""
    sign = 1 if far else rng.choice((-1, 1))
    if granularity == "day":
        return day + dt.timedelta(days=sign * rng.randint(*((14, 120) if far else (1, 6))))
    if granularity == "year":
        return dt.date(day.year + sign * rng.randint(1, 2), 1, 1)
    step = 3 if granularity == "quarter" else 1
    months = rng.randint(*((2, 8) if far else (1, 3))) * step
    return _month_start(day, -sign * months)


def random_number(rng: random.Random, kind: V.Kind) -> float:
    if kind.value == "percent":
        number = rng.uniform(kind.low, kind.high)
    else:
        number = math.exp(rng.uniform(math.log(kind.low), math.log(kind.high)))
    if kind.key == "interest-rate":
        number = max(0.25, round(number * 4) / 4)
    return _round(number, kind.decimals)


def _round(number: float, decimals: int) -> float:
    rounded = round(number, decimals)
    return float(rounded) if decimals > 0 else float(int(rounded))


def random_value(rng: random.Random, kind: V.Kind, fact_time: dt.date, limit: dt.date) -> Value:
    if kind.value == "date":
        last = min(limit, _month_start(fact_time, -1) - dt.timedelta(days=1))
        first = fact_time
        span = max(0, (last - first).days)
        return Value(day=first + dt.timedelta(days=rng.randint(0, span)))
    if kind.value == "category":
        return Value(category=rng.choice(list(V.MEETING_FORMATS)))
    return Value(op=rng.choice(kind.ops), number=random_number(rng, kind))


def _interval(value: Value) -> tuple[float, float]:
    """A wide reading of a value, so values planted as disagreeing disagree under any tolerance."""
    if value.op == ">":
        return value.number * 0.97, math.inf
    if value.op == "~":
        return value.number * 0.85, value.number * 1.15
    return value.number * 0.97, value.number * 1.03


def disagreeing_value(rng: random.Random, fact: Fact, value: Value) -> Value:
    """A value that cannot be reconciled with `value` (another number, day or category)."""
    kind = fact.kind
    if kind.value == "date":
        assert value.day is not None
        return Value(day=value.day + dt.timedelta(days=rng.choice((-1, 1)) * rng.randint(2, 6)))
    if kind.value == "category":
        return Value(category=rng.choice([c for c in V.MEETING_FORMATS if c != value.category]))
    low, high = _interval(value)
    for _ in range(100):
        factor = rng.uniform(0.4, 0.62) if value.op == ">" or rng.random() < 0.5 else rng.uniform(1.6, 2.4)
        op = rng.choice([op for op in kind.ops if op != ">"] or ["="])
        number = _round(value.number * factor, kind.decimals)
        if kind.key == "interest-rate":
            number = round(number * 4) / 4
        if number <= 0:
            continue
        other_low, other_high = _interval(Value(op=op, number=number))
        if other_high < low or other_low > high:
            return Value(op=op, number=number)
    raise RuntimeError(f"no disagreeing value for {value}")  # pragma: no cover


def agreeing_value(rng: random.Random, value: Value) -> Value:
    """The same figure, sometimes hedged: `60 project` and `~ 60 project` agree."""
    if value.op == "=" and value.number and rng.random() < 0.2:
        return replace(value, op="~")
    return value


# -- rendering ---------------------------------------------------------------------------------------


def date_phrase(day: dt.date, language: str) -> str:
    if language == "de":
        return f"{day.day}. {V.MONTHS_DE[day.month - 1]} {day.year}"
    return f"{day.day} {V.MONTHS_EN[day.month - 1]} {day.year}"


def fact_fields(fact: Fact, language: str) -> dict[str, str]:
    de = language == "de"
    t = fact.time
    months = V.MONTHS_DE if de else V.MONTHS_EN
    quarter = (t.month - 1) // 3
    return {
        "a": fact.a.de if de else fact.a.en,
        "b": fact.b.de if de else fact.b.en,
        "a_gen": fact.a.de_gen,
        "a_poss": fact.a.en_poss,
        "p": fact.p.name,
        "q": fact.q.name,
        "p_role": fact.p.role_in(language),
        "q_role": fact.q.role_in(language),
        "month": f"{months[t.month - 1]} {t.year}",
        "day": date_phrase(t, language),
        "year": str(t.year),
        "quarter": f"{V.QUARTERS_DE[quarter]} Quartal {t.year}"
        if de
        else f"{V.QUARTERS_EN[quarter]} quarter of {t.year}",
        "sea": V.SEAS[fact.sea][0 if de else 1],
        "city": fact.city.capital_de if de else fact.city.capital_en,
        "k": f"{fact.k}." if de else ordinal_en(fact.k),
        "item": V.ITEMS[fact.item][0 if de else 1],
    }


def value_phrase(fact: Fact, value: Value, language: str, wording: int) -> str:
    kind = fact.kind
    if kind.value == "date":
        assert value.day is not None
        return date_phrase(value.day, language)
    if kind.value == "category":
        assert value.category is not None
        phrases = V.MEETING_FORMATS[value.category][0 if language == "de" else 1]
        return phrases[wording % len(phrases)]
    words = (V.OP_WORDS_DE if language == "de" else V.OP_WORDS_EN)[value.op]
    number = format_number(value.number, kind.decimals, language)
    word = words[wording % len(words)]
    return f"{word} {number}" if word else number


def render(template: str, fact: Fact, value: Value, language: str, wording: int) -> str:
    fields = fact_fields(fact, language)
    fields["v"] = value_phrase(fact, value, language, wording)
    text = template.format(**fields)
    return text[:1].upper() + text[1:]


def statement_parts(fact: Fact, value: Value, language: str, template: int, wording: int) -> str:
    templates = fact.kind.quote_de if language == "de" else fact.kind.quote_en
    return render(templates[template % len(templates)], fact, value, language, wording)


def attributed(sentence: str, speaker: Person, language: str, choice: int) -> tuple[str, str]:
    """The sentence as the speaker's words in quotation marks; returns (sentence, inner quote)."""
    inner = sentence.rstrip(".")
    templates = V.ATTRIBUTION_DE if language == "de" else V.ATTRIBUTION_EN
    text = templates[choice % len(templates)].format(
        inner=inner, s=speaker.name, s_role=speaker.role_in(language)
    )
    return text, inner


def relayed(sentence: str, relay: str, language: str) -> str:
    suffix = f", wie {relay} berichtete." if language == "de" else f", {relay} reported."
    return sentence.rstrip(".") + suffix


# -- the generator -----------------------------------------------------------------------------------


@dataclass
class Planned:
    """The answer key as it grows."""

    conflicts: list[dict[str, Any]] = field(default_factory=list)
    resolved: list[dict[str, Any]] = field(default_factory=list)
    superseded: list[dict[str, Any]] = field(default_factory=list)
    near_duplicates: list[dict[str, Any]] = field(default_factory=list)
    near_misses: list[dict[str, Any]] = field(default_factory=list)
    origins: list[dict[str, Any]] = field(default_factory=list)  # keyed facts: expected origins
    claims_by_category: dict[str, int] = field(default_factory=dict)


class CorpusBuilder:
    """Draws facts, places their claims in sources, and records what it planted."""

    def __init__(self, size: int, seed: int) -> None:
        self.size = size
        self.rng = random.Random(f"claimcheck-bench/{seed}/{size}")
        self.roster = build_roster(self.rng)
        self.sources = build_sources(self.rng, max(2, round(size / CLAIMS_PER_SOURCE)))
        self.wire_pools: dict[tuple[str, str], list[Source]] = {}
        for source in self.sources:
            if source.wire:
                self.wire_pools.setdefault((source.wire, source.language), []).append(source)
        self.claims: list[dict[str, Any]] = []
        self.used: set[tuple[Any, ...]] = set()
        self.saturated: set[str] = set()  # kinds whose every identity near some date was taken
        self.planned = Planned()

    # -- choosing ------------------------------------------------------------------------------------

    def person(self, country: V.Country, role: str, avoid: Person | None = None) -> Person:
        people = self.roster[(country.code, role)]
        choices = [person for person in people if person != avoid] or people
        return self.rng.choice(choices)

    def near(self, pool: Sequence[Source], anchor: int) -> Source:
        """A source of `pool` (in date order) published around the same time as `pool[anchor]`."""
        window = max(12, round(len(pool) * NEWS_CYCLE_DAYS / (LAST_DAY - FIRST_DAY).days))
        return pool[self.rng.randint(max(0, anchor - window), min(len(pool) - 1, anchor + window))]

    def pick_sources(self, count: int, pool: Sequence[Source] | None = None) -> list[Source]:
        """`count` sources of different outlets from one news cycle (fewer if there are too few)."""
        pool = pool or self.sources
        anchor = self.rng.randrange(len(pool))
        chosen = [pool[anchor]]
        outlets = {pool[anchor].outlet}
        for _ in range(count * 20):
            if len(chosen) >= count:
                break
            source = self.near(pool, anchor)
            if source.outlet not in outlets:
                chosen.append(source)
                outlets.add(source.outlet)
        return chosen

    def new_fact(self, kind: V.Kind, limit: dt.date) -> Fact:
        """A fact no claim has stated yet (of another kind when every `kind` fact near `limit` is taken)."""
        for candidate in (kind, *self.rng.sample(self.open_kinds(), len(self.open_kinds()))):
            fact = self._draw_fact(candidate, limit)
            if fact is not None:
                return fact
            self.saturated.add(candidate.key)
        raise RuntimeError("every kind of fact is taken")  # pragma: no cover

    def open_kinds(self) -> list[V.Kind]:
        return [kind for kind in V.KINDS if kind.key not in self.saturated] or list(V.KINDS)

    def _draw_fact(self, kind: V.Kind, limit: dt.date) -> Fact | None:
        rng = self.rng
        for _ in range(40):
            a, b = rng.sample(V.COUNTRIES, 2)
            t = pick_time(rng, kind.time, limit)
            fact = Fact(
                kind=kind,
                a=a,
                b=b,
                p=self.person(a, kind.role),
                q=self.person(b, kind.role),
                time=t,
                sea=rng.randrange(len(V.SEAS)),
                city=rng.choice((a, b)) if kind.key == "meeting-date" else b,
                k=rng.randint(1, 60 if kind.key == "brigade-move" else 24),
                item=rng.randrange(len(V.ITEMS)),
                value=random_value(rng, kind, t, limit),
            )
            if fact.identity() not in self.used:
                self.used.add(fact.identity())
                return fact
        return None

    def sibling(self, fact: Fact, limit: dt.date) -> Fact | None:
        """A different fact worded like `fact`: its `negative` slot changed, nothing else."""
        rng = self.rng
        kind = fact.kind
        for _ in range(50):
            slot = kind.negative
            other = fact
            if slot == "a":
                a = rng.choice([c for c in V.COUNTRIES if c not in (fact.a, fact.b)])
                other = replace(fact, a=a, p=self.person(a, kind.role))
            elif slot == "b":
                b = rng.choice([c for c in V.COUNTRIES if c not in (fact.a, fact.b)])
                other = replace(fact, b=b, q=self.person(b, kind.role), city=b)
            elif slot == "q":
                other = replace(fact, q=self.person(fact.b, kind.role, avoid=fact.q))
            elif slot == "city":
                city = rng.choice([c for c in V.COUNTRIES if c != fact.city])
                other = replace(fact, city=city)
            elif slot == "sea":
                other = replace(fact, sea=rng.choice([i for i in range(len(V.SEAS)) if i != fact.sea]))
            elif slot == "k":
                other = replace(fact, k=max(1, fact.k + rng.choice((-3, -2, -1, 1, 2, 3))))
            elif slot == "item":
                other = replace(fact, item=rng.choice([i for i in range(len(V.ITEMS)) if i != fact.item]))
            elif slot == "time":
                t = shift_time(rng, kind.time, fact.time)
                if t > limit:
                    continue
                other = replace(fact, time=t)
                if kind.value == "date":
                    other = replace(other, value=random_value(rng, kind, t, limit))
            if other.identity() != fact.identity() and other.identity() not in self.used:
                self.used.add(other.identity())
                if rng.random() < 0.5 and kind.value not in ("date",):
                    other = replace(other, value=random_value(rng, kind, other.time, limit))
                return other
        return None

    # -- claims --------------------------------------------------------------------------------------

    def add_claim(
        self,
        source: Source,
        fact: Fact,
        value: Value | None,
        *,
        category: str,
        about: str | None,
        claim_language: str | None = None,
        claim_template: int | None = None,
        quote_template: int | None = None,
        wording: int | None = None,
        speaker: Person | None = None,
        relay: str | None = None,
        sentence: str | None = None,
        when: bool | None = None,
        denies: bool = False,
        deprecated: bool = False,
    ) -> dict[str, Any]:
        """Write one claim of `fact` into `source`: the sentence into its body, the entry into claims."""
        rng = self.rng
        stated = value if value is not None else fact.value
        language = source.language
        wording = rng.randrange(4) if wording is None else wording
        if sentence is None:
            template = rng.randrange(3) if quote_template is None else quote_template
            sentence = statement_parts(fact, stated, language, template, wording)
        quote = sentence
        if speaker is not None and not denies:
            sentence, inner = attributed(sentence, speaker, language, rng.randrange(2))
            quote = inner if rng.random() < 0.4 else sentence
        elif relay is not None:
            sentence = relayed(sentence, relay, language)
            quote = sentence if rng.random() < 0.5 else quote.rstrip(".")
        claim_language = claim_language or ("en" if rng.random() < 0.75 else "de")
        templates = fact.kind.claim_en if claim_language == "en" else fact.kind.claim_de
        index = rng.randrange(len(templates)) if claim_template is None else claim_template
        statement = render(templates[index % len(templates)], fact, stated, claim_language, wording)
        entry: dict[str, Any] = {"id": None, "source": source.id, "quote": quote, "claim": statement}
        if about is not None:
            entry["about"] = about
        if value is not None:
            entry["value"] = value_text(fact, value)
        if when is None:
            when = rng.random() < 0.5
        if when:
            entry["when"] = when_text(fact.kind.time, fact.time)
        if speaker is not None:
            if rng.random() < 0.5:
                entry["said_by"] = speaker.name
            else:
                entry["said_by"] = {
                    "name": speaker.name,
                    "role": speaker.role.en,
                    "org": f"Government of {speaker.country.en}",
                }
        if relay is not None:
            entry["via"] = [relay]
        if denies:
            entry["stance"] = "denies"
        roll = rng.random()
        if roll < 0.6:
            entry["confidence"] = ("high", "medium", "low")[int(roll * 5) % 3]
        if deprecated:
            entry["rank"] = "deprecated"
        if rng.random() < 0.3:
            entry["tags"] = [TAGS[fact.kind.key]]
        entry["_kind"] = fact.kind.key
        source.claims.append(entry)
        source.sentences.append(sentence)
        source.facts.append(fact)
        self.claims.append(entry)
        self.planned.claims_by_category[category] = self.planned.claims_by_category.get(category, 0) + 1
        return entry

    def provenance_of(self, source: Source, speaker: Person | None, relay: str | None) -> frozenset[str]:
        if speaker is not None:
            return frozenset({speaker.name})
        if relay is not None:
            return frozenset({relay})
        return source.provenance

    # -- categories ----------------------------------------------------------------------------------

    def kind(self) -> V.Kind:
        return self.rng.choice(self.open_kinds())

    def corroborated(self) -> int:
        """2–4 claims of one fact, one `about`, pairwise independent origins."""
        rng = self.rng
        want = rng.choice((2, 2, 2, 3, 3, 4))
        chosen: list[tuple[Source, bool]] = []  # (source, whether an official of the fact speaks)
        used: set[str] = set()
        outlets: set[str] = set()
        anchor = rng.randrange(len(self.sources))
        for _ in range(want * 30):
            if len(chosen) == want:
                break
            source = self.near(self.sources, anchor)
            quoted = rng.random() < 0.2 and sum(q for _, q in chosen) < 2
            if source.outlet in outlets or (not quoted and source.provenance & used):
                continue
            chosen.append((source, quoted))
            if not quoted:
                used |= source.provenance
            outlets.add(source.outlet)
        kind = self.kind()
        fact = self.new_fact(kind, min(source.published for source, _ in chosen))
        # Officials of both sides confirm it: different people, so independent of each other.
        speakers = iter(rng.sample((fact.p, fact.q), 2))
        about = fact.about()
        entries = [
            self.add_claim(
                source,
                fact,
                agreeing_value(rng, fact.value),
                category="corroborated",
                about=about,
                speaker=next(speakers) if quoted else None,
                when=True,
            )
            for source, quoted in chosen
        ]
        self.planned.origins.append(
            {"about": about, "origins": len(chosen), "claims": entries, "category": "corroborated"}
        )
        return len(chosen)

    def single(self) -> int:
        source = self.rng.choice(self.sources)
        fact = self.new_fact(self.kind(), source.published)
        about = fact.about()
        entry = self.add_claim(source, fact, fact.value, category="single", about=about, when=True)
        self.planned.origins.append({"about": about, "origins": 1, "claims": [entry], "category": "single"})
        return 1

    def wire(self) -> int:
        """One agency sentence printed verbatim by several outlets that credit the agency."""
        rng = self.rng
        pools = [pool for pool in self.wire_pools.values() if len({s.outlet for s in pool}) >= 2]
        if not pools:
            return self.corroborated()
        pool = rng.choice(pools)
        chosen = self.pick_sources(rng.randint(2, 6), pool)
        fact = self.new_fact(self.kind(), min(source.published for source in chosen))
        template, wording = rng.randrange(3), rng.randrange(4)
        sentence = statement_parts(fact, fact.value, chosen[0].language, template, wording)
        about = fact.about()
        ids = [
            self.add_claim(
                source, fact, fact.value, category="wire", about=about, sentence=sentence, when=True
            )
            for source in chosen
        ]
        agency = chosen[0].wire
        self.planned.origins.append(
            {"about": about, "origins": 1, "claims": ids, "category": "wire", "agency": agency}
        )
        return len(ids)

    def speaker(self) -> int:
        """One person's statement, reported by several outlets: one origin however many report it."""
        rng = self.rng
        chosen = self.pick_sources(rng.randint(2, 4))
        kind = self.kind()
        fact = self.new_fact(kind, min(source.published for source in chosen))
        speaker = fact.p
        about = fact.about()
        wording = rng.randrange(4)
        ids = [
            self.add_claim(
                source,
                fact,
                fact.value,
                category="speaker",
                about=about,
                speaker=speaker,
                wording=wording,
                when=True,
            )
            for source in chosen
        ]
        self.planned.origins.append(
            {"about": about, "origins": 1, "claims": ids, "category": "speaker", "speaker": speaker.name}
        )
        return len(ids)

    def conflict(self) -> int:
        """2–3 claims with one `about` at one time; the odd one disagrees on the value or denies."""
        rng = self.rng
        chosen = self.pick_sources(rng.choice((2, 2, 3)))
        if len(chosen) < 2:
            return self.single()
        fact = self.new_fact(self.kind(), min(source.published for source in chosen))
        about = fact.about()
        by_denial = rng.random() < 0.2
        resolved = rng.random() < 0.15
        entries = []
        for source in chosen[:-1]:
            entries.append(
                self.add_claim(source, fact, fact.value, category="conflict", about=about, when=True)
            )
        odd_source = chosen[-1]
        if by_denial:
            denier = self.person(rng.choice((fact.a, fact.b)), "spokesperson")
            language = odd_source.language
            templates = V.DENIAL_DE if language == "de" else V.DENIAL_EN
            topic = (fact.kind.topic_de if language == "de" else fact.kind.topic_en).format(
                **fact_fields(fact, language)
            )
            sentence = rng.choice(templates).format(
                topic=topic, s=denier.name, s_role=denier.role_in(language)
            )
            sentence = sentence[:1].upper() + sentence[1:]
            odd = self.add_claim(
                odd_source,
                fact,
                None,
                category="conflict",
                about=about,
                speaker=denier,
                sentence=sentence,
                when=True,
                denies=True,
                deprecated=resolved,
            )
        else:
            odd = self.add_claim(
                odd_source,
                fact,
                disagreeing_value(rng, fact, fact.value),
                category="conflict",
                about=about,
                when=True,
                deprecated=resolved,
            )
        how = "stance" if by_denial else "value"
        for entry in entries:
            record = {"about": about, "claims": [entry, odd], "by": how}
            (self.planned.resolved if resolved else self.planned.conflicts).append(record)
        return len(chosen)

    def superseded(self) -> int:
        """The same `about` at two times with two values: an update, not a conflict."""
        rng = self.rng
        chosen = self.pick_sources(2)
        if len(chosen) < 2:
            return self.single()
        chosen.sort(key=lambda source: source.published)
        timed = [kind for kind in V.KINDS if "time" in kind.slots and kind.value != "date"]
        kind = rng.choice([kind for kind in timed if kind.key not in self.saturated] or timed)
        early = self.new_fact(kind, chosen[0].published)
        kind = early.kind
        if "time" not in kind.slots or kind.value == "date":
            return self.single()
        for _ in range(20):
            later_time = shift_time(rng, kind.time, early.time, far=True)
            later = replace(early, time=later_time, value=disagreeing_value(rng, early, early.value))
            if later_time <= chosen[1].published and later.identity() not in self.used:
                break
        else:
            return self.single()
        self.used.add(later.identity())
        about = early.about(suffix="over-time")
        first = self.add_claim(chosen[0], early, early.value, category="superseded", about=about, when=True)
        second = self.add_claim(chosen[1], later, later.value, category="superseded", about=about, when=True)
        self.planned.superseded.append({"about": about, "claims": [first, second]})
        return 2

    def near_duplicate(self, disagree: bool = False) -> int:
        """One fact in 2–3 sources, worded differently, with no shared `about`."""
        rng = self.rng
        count = 2 if disagree else rng.choice((2, 2, 2, 2, 3))
        chosen = self.pick_sources(count)
        if len(chosen) < 2:
            return self.single()
        fact = self.new_fact(self.kind(), min(source.published for source in chosen))
        language = "en" if rng.random() < 0.75 else "de"
        templates = fact.kind.claim_en if language == "en" else fact.kind.claim_de
        claim_templates = rng.sample(range(len(templates)), len(chosen))
        quote_templates = rng.sample(range(3), len(chosen))
        keyed = rng.randrange(len(chosen)) if rng.random() < 0.25 else None
        category = "near-duplicate-conflict" if disagree else "near-duplicate"
        entries = []
        for position, source in enumerate(chosen):
            value = fact.value
            if disagree and position == 1:
                value = disagreeing_value(rng, fact, fact.value)
            elif position:
                value = agreeing_value(rng, fact.value)
            entries.append(
                self.add_claim(
                    source,
                    fact,
                    value,
                    category=category,
                    about=fact.about() if position == keyed else None,
                    claim_language=language,
                    claim_template=claim_templates[position],
                    quote_template=quote_templates[position],
                )
            )
        expect = "possible-conflict" if disagree else "possible-duplicate"
        for i in range(len(entries)):
            for j in range(i + 1, len(entries)):
                self.planned.near_duplicates.append({"claims": [entries[i], entries[j]], "expect": expect})
        return len(entries)

    def near_miss(self) -> int:
        """Two facts worded alike that differ in one thing (person, place, country, time, number)."""
        rng = self.rng
        chosen = self.pick_sources(2)
        if len(chosen) < 2:
            return self.single()
        limit = min(source.published for source in chosen)
        fact = self.new_fact(self.kind(), limit)
        kind = fact.kind
        other = self.sibling(fact, limit)
        if other is None:
            return self.single()
        language = "en" if rng.random() < 0.75 else "de"
        templates = kind.claim_en if language == "en" else kind.claim_de
        claim_template, quote_template, wording = (
            rng.randrange(len(templates)),
            rng.randrange(3),
            rng.randrange(4),
        )
        keyed = rng.random() < 0.5
        entries = [
            self.add_claim(
                source,
                item,
                item.value,
                category="near-miss",
                about=item.about() if keyed else None,
                claim_language=language,
                claim_template=claim_template,
                quote_template=quote_template,
                wording=wording,
            )
            for source, item in zip(chosen, (fact, other), strict=True)
        ]
        self.planned.near_misses.append({"claims": entries, "differs_in": _slot_name(kind.negative)})
        return 2

    def lone(self) -> int:
        rng = self.rng
        source = rng.choice(self.sources)
        fact = self.new_fact(self.kind(), source.published)
        speaker = fact.p if rng.random() < 0.25 else None
        relay = rng.choice(V.RELAYS) if speaker is None and rng.random() < 0.08 else None
        value = fact.value if rng.random() < 0.85 else None
        self.add_claim(source, fact, value, category="lone", about=None, speaker=speaker, relay=relay)
        return 1

    # -- the whole corpus ----------------------------------------------------------------------------

    def build(self) -> None:
        makers = {
            "corroborated": self.corroborated,
            "single": self.single,
            "wire": self.wire,
            "speaker": self.speaker,
            "conflict": self.conflict,
            "superseded": self.superseded,
            "near-duplicate": self.near_duplicate,
            "near-duplicate-conflict": lambda: self.near_duplicate(disagree=True),
            "near-miss": self.near_miss,
        }
        for category, share in SHARES:
            budget = round(self.size * share)
            made = 0
            while made < budget and len(self.claims) < self.size - 3:
                made += makers[category]()
        while len(self.claims) < self.size:
            self.lone()
        self._assign_ids()

    def _assign_ids(self) -> None:
        order = list(range(len(self.claims)))
        self.rng.shuffle(order)
        width = max(6, len(str(len(order))))
        for number, position in enumerate(order):
            entry = self.claims[position]
            entry["id"] = f"{entry['_kind']}-{number:0{width}d}"


def _slot_name(slot: str) -> str:
    """What a near-miss changes, in the answer key's words."""
    names = {"a": "country", "b": "country", "q": "person", "city": "place", "sea": "place", "k": "number"}
    return names.get(slot, slot)


# -- writing -----------------------------------------------------------------------------------------


def _q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def claim_yaml(entry: dict[str, Any]) -> str:
    """One claim as a YAML list item, strings in JSON-style double quotes (which YAML reads)."""
    lines = []
    for key in CLAIM_KEYS:
        if key not in entry:
            continue
        value = entry[key]
        if isinstance(value, dict):
            text = "{" + ", ".join(f"{k}: {_q(v)}" for k, v in value.items()) + "}"
        elif isinstance(value, list):
            text = "[" + ", ".join(_q(v) for v in value) + "]"
        else:
            text = _q(value)
        lines.append(f"{'- ' if not lines else '  '}{key}: {text}\n")
    return "".join(lines)


def claim_json(entry: dict[str, Any]) -> str:
    return json.dumps({key: entry[key] for key in CLAIM_KEYS if key in entry}, ensure_ascii=False) + "\n"


def _context_fact(rng: random.Random, roster: dict[tuple[str, str], list[Person]]) -> Fact:
    """Who and where an article without claims is about (for its headline and filler)."""
    kind = rng.choice(V.KINDS)
    a, b = rng.sample(V.COUNTRIES, 2)
    p, q = rng.choice(roster[(a.code, kind.role)]), rng.choice(roster[(b.code, kind.role)])
    return Fact(kind, a, b, p, q, FIRST_DAY, 0, b, 1, 0, Value())


def build_body(
    rng: random.Random,
    source: Source,
    roster: dict[tuple[str, str], list[Person]],
    target: int | None = None,
) -> tuple[str, str]:
    """The article text around the claim sentences, of about `target` characters; returns (title, body)."""
    de = source.language == "de"
    facts = source.facts or [_context_fact(rng, roster)]
    contexts = [fact_fields(fact, source.language) for fact in facts[:6]]
    weekdays = V.WEEKDAYS_DE if de else V.WEEKDAYS_EN
    for fields in contexts:
        fields["weekday"] = rng.choice(weekdays)
    lead = facts[0].kind
    title = rng.choice(lead.headline_de if de else lead.headline_en).format(**contexts[0])
    title = title[:1].upper() + title[1:]
    if target is None:
        target = min(20_000, max(2_000, int(rng.lognormvariate(math.log(3_500), 0.5))))
    filler_templates = list(V.FILLER_DE if de else V.FILLER_EN)
    rng.shuffle(filler_templates)
    sentences = list(source.sentences)
    size = sum(len(sentence) + 1 for sentence in sentences) + len(title) + 200
    fillers = []
    while size < target:
        template = filler_templates[len(fillers) % len(filler_templates)]
        sentence = template.format(**rng.choice(contexts))
        fillers.append(sentence)
        size += len(sentence) + 1
    for sentence in fillers:
        sentences.insert(rng.randrange(len(sentences) + 1), sentence)
    if de:
        byline = f"Von {rng.choice(V.NAMES['west'][1])} {rng.choice(V.NAMES['west'][2])}"
        dateline = date_phrase(source.published, "de")
    else:
        byline = f"By {rng.choice(V.NAMES['west'][0])} {rng.choice(V.NAMES['west'][2])}"
        dateline = date_phrase(source.published, "en")
    parts = [title, "", dateline, ""]
    if not source.agencies:
        parts += [byline, ""]
    paragraph: list[str] = []
    paragraphs = 0
    for sentence in sentences:
        paragraph.append(sentence)
        if len(paragraph) >= rng.randint(1, 4):
            parts += [" ".join(paragraph), ""]
            paragraph = []
            paragraphs += 1
            if paragraphs % 4 == 0 and rng.random() < 0.6:
                parts += [rng.choice(V.SUBHEADS_DE if de else V.SUBHEADS_EN), ""]
    if paragraph:
        parts += [" ".join(paragraph), ""]
    if source.credits:
        if de:
            parts.append("(" + "/".join(credit.lower() for credit in source.credits) + "/red)")
        else:
            parts.append("With material from " + " and ".join(source.credits) + ".")
    return title, "\n".join(parts).rstrip("\n") + "\n"


def source_meta(rng: random.Random, source: Source, title: str, body: str) -> dict[str, Any]:
    retrieved = min(RETRIEVED_LIMIT, source.published + dt.timedelta(days=rng.randrange(400)))
    url = None
    if rng.random() < 0.7:
        url = (
            f"https://example.org/{slug(source.outlet)}/{source.published:%Y/%m/%d}/"
            f"{slug(title)[:60]}-{source.index}"
        )
    authors = (
        [] if source.agencies else [f"{rng.choice(V.NAMES['west'][1])} {rng.choice(V.NAMES['west'][2])}"]
    )
    return {
        "title": title,
        "outlet": source.outlet,
        "url": url,
        "published": source.published.isoformat(),
        "language": source.language,
        "authors": authors,
        "credits": source.credits,
        "retrieved": retrieved.isoformat(),
        "sha256": body_sha256(body),
    }


SETTINGS_TOML = """\
# Written by bench/generate.py: a synthetic benchmark corpus (invented outlets and people).
min_sources = 2

[aliases]
{aliases}
"""


def write_corpus(builder: CorpusBuilder, out: Path, *, jsonl: bool, seed: int) -> dict[str, Any]:
    if out.exists():
        shutil.rmtree(out)
    (out / "sources").mkdir(parents=True)
    (out / "claims").mkdir()
    aliases = "\n".join(
        f"{_q(name)} = [{', '.join(_q(other) for other in others)}]"
        for name, others in V.AGENCY_ALIASES.items()
    )
    (out / "claimcheck.toml").write_text(SETTINGS_TOML.format(aliases=aliases), encoding="utf-8")
    rng = random.Random(f"claimcheck-bench/{seed}/{builder.size}/bodies")
    suffix = ".jsonl" if jsonl else ".yaml"
    write_entry = claim_json if jsonl else claim_yaml
    batch: list[str] = []
    body_bytes = 0
    for source in builder.sources:
        title, body = build_body(rng, source, builder.roster)
        body_bytes += len(body.encode("utf-8"))
        text = render_source_file(source_meta(rng, source, title, body), body)
        (out / "sources" / f"{source.id}.md").write_text(text, encoding="utf-8")
        batch.extend(write_entry(entry) for entry in source.claims)
        if (source.index + 1) % SOURCES_PER_CLAIM_FILE == 0 or source.index == len(builder.sources) - 1:
            number = source.index // SOURCES_PER_CLAIM_FILE + 1
            (out / "claims" / f"batch-{number:05d}{suffix}").write_text("".join(batch), encoding="utf-8")
            batch = []
    return {"sources": len(builder.sources), "body_bytes": body_bytes}


def _ids(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Replace claim entries by their ids in answer-key records."""
    result = []
    for record in records:
        item = dict(record)
        item["claims"] = [entry["id"] for entry in record["claims"]]
        result.append(item)
    return result


def answer_key(builder: CorpusBuilder, *, seed: int, jsonl: bool, written: dict[str, Any]) -> dict[str, Any]:
    planned = builder.planned
    return {
        "generator_version": GENERATOR_VERSION,
        "size": builder.size,
        "seed": seed,
        "format": "jsonl" if jsonl else "yaml",
        "claims": len(builder.claims),
        "sources": written["sources"],
        "body_bytes": written["body_bytes"],
        "claims_by_category": dict(sorted(planned.claims_by_category.items())),
        "conflicts": _ids(planned.conflicts),
        "resolved": _ids(planned.resolved),
        "superseded": _ids(planned.superseded),
        "near_duplicates": _ids(planned.near_duplicates),
        "near_misses": _ids(planned.near_misses),
        "origins": _ids(planned.origins),
    }


def corpus_dir(size: int, jsonl: bool, base: Path = DEFAULT_OUT) -> Path:
    return base / (f"{size}-jsonl" if jsonl else str(size))


def generate(size: int, out: Path, *, seed: int = 0, jsonl: bool = False) -> dict[str, Any]:
    """Write a corpus of `size` claims to `out` (replacing it); return its answer key."""
    if size < 20:
        raise ValueError("a corpus needs at least 20 claims")
    builder = CorpusBuilder(size, seed)
    builder.build()
    written = write_corpus(builder, out, jsonl=jsonl, seed=seed)
    key = answer_key(builder, seed=seed, jsonl=jsonl, written=written)
    (out / "answer-key.json").write_text(
        json.dumps(key, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    return key


def is_current(out: Path, size: int, *, seed: int = 0, jsonl: bool = False) -> bool:
    """Whether `out` already holds this corpus (same generator version, size, seed, format)."""
    try:
        with (out / "answer-key.json").open(encoding="utf-8") as handle:
            head = handle.read(400)
    except OSError:
        return False
    expected = {
        "generator_version": GENERATOR_VERSION,
        "size": size,
        "seed": seed,
        "format": "jsonl" if jsonl else "yaml",
    }
    found = dict(re.findall(r'"(generator_version|size|seed|format)": "?([^",\n]+)"?', head))
    return all(found.get(name) == str(value) for name, value in expected.items())


def iter_sizes(text: str) -> Iterator[int]:
    for part in text.split(","):
        yield int(part.strip().replace("_", ""))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.generate", description=__doc__.splitlines()[0])
    parser.add_argument("--size", "--sizes", dest="sizes", default="1000", help="claims, e.g. 1000,10000")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--jsonl", action="store_true", help="claims as JSON Lines instead of YAML")
    parser.add_argument("--out", type=Path, help="output folder (default bench/out/<size>[-jsonl])")
    args = parser.parse_args(argv)
    for size in iter_sizes(args.sizes):
        out = args.out or corpus_dir(size, args.jsonl)
        started = time.perf_counter()
        key = generate(size, out, seed=args.seed, jsonl=args.jsonl)
        print(
            f"{out}: {key['claims']} claims, {key['sources']} sources, "
            f"{key['body_bytes'] / 1e6:.1f} MB of text in {time.perf_counter() - started:.1f} s"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
