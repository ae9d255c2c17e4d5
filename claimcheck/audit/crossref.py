"""Key-less cross-referencing: claims in different sources that read as the same statement.

Two claims of one fact are often written in different words and languages, so they are compared on
their signatures (`claim_signature`): the numbers, dates and names of claim and quote together.
Pairs are never all compared: claims are blocked on their rarest signature features (a number with
its year, a day, a name), and only pairs within a block are looked at.

A pair is the same statement when nothing in their signatures contradicts (no number, date or name
on both sides that the other lacks, once the value is set apart) and they share enough: a name and
a number or date, or wording (rapidfuzz over claim and quote) above the thresholds. If only their
values disagree, it is a possible conflict; a different number that is not the value, another year,
another place or person make it another fact.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from claimcheck.audit.claim_signature import Signature, proper_names, signature, text_features
from claimcheck.audit.place_names import PLACES
from claimcheck.audit.propositions import ClaimFacts
from claimcheck.settings import CrossRefSettings
from claimcheck.values import Comparison, DateValue, Quantity, ValueContext, compare_values

_WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*", re.UNICODE)
# Words that say nothing about which fact a sentence states (English and German).
_STOPWORD_TEXT = """
a an the and or of in on at to for from by with as is are was were be been has have had that this
it its their his her they he she we will would not no more than over about after before into der
die das den dem des ein eine einer eines und oder in im am an auf für von mit als ist sind war
waren wird werden hat haben sei dass nicht mehr zu zum zur bei nach vor über sich auch
"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())
BLOCK_KEYS_PER_CLAIM = 3
MAX_BLOCK_SIZE = 50  # a feature this common separates nothing
NAME_SPELLING_SCORE = 80.0  # `Beloussow` / `Belousov`, `Andrej` / `Andrei`
PLACE_NAMES = frozenset(PLACES.values())


@dataclass(frozen=True)
class Match:
    """Two claims that read as the same statement; `conflicting` when their values disagree."""

    first: ClaimFacts
    second: ClaimFacts
    score: float
    conflicting: bool
    reason: str


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def content_tokens(text: str) -> list[str]:
    return [token for token in _WORD.findall(_fold(text)) if token not in STOPWORDS]


def _statement(text: str) -> str:
    return " ".join(content_tokens(text))


def similarity(first: str, second: str) -> float:
    """0–100: the mean of token-set and token-sort similarity of two content-token strings.

    Token-set alone calls a sentence the same as any longer one containing it; token-sort alone
    punishes a paraphrase that adds a word.
    """
    return (fuzz.token_set_ratio(first, second) + fuzz.token_sort_ratio(first, second)) / 2


def signatures(facts: Sequence[ClaimFacts]) -> list[Signature]:
    """The signature of every claim; names of German texts are judged against the whole corpus."""
    texts = [
        (text_features(fact.record.claim.claim), text_features(fact.record.claim.quote)) for fact in facts
    ]
    proper = proper_names([feature for pair in texts for feature in pair])
    return [
        signature(pair, fact.record.claim.value, proper, isinstance(fact.value, DateValue))
        for fact, pair in zip(facts, texts, strict=True)
    ]


def candidate_pairs(
    signatures_: Sequence[Signature], statement_words: Sequence[Sequence[str]]
) -> set[tuple[int, int]]:
    """Index pairs that share one of their rarest signature features."""
    keys_of = [set(sig.block_keys()) for sig in signatures_]
    for keys, words in zip(keys_of, statement_words, strict=True):
        if not any(key[0] in "nd" for key in keys):  # nothing specific: block on the wording too
            keys.update(f"w{word}" for word in words if len(word) >= 4)
    frequency: Counter[str] = Counter(key for keys in keys_of for key in keys)
    blocks: dict[str, list[int]] = defaultdict(list)
    for position, keys in enumerate(keys_of):
        usable = sorted((key for key in keys if frequency[key] > 1), key=lambda key: (frequency[key], key))
        for key in usable[:BLOCK_KEYS_PER_CLAIM]:
            blocks[key].append(position)
    pairs: set[tuple[int, int]] = set()
    for members in blocks.values():
        if len(members) < 2 or len(members) > MAX_BLOCK_SIZE:
            continue
        for i, first in enumerate(members):
            for second in members[i + 1 :]:
                pairs.add((first, second) if first < second else (second, first))
    return pairs


def _contradicts(a: frozenset[object], b: frozenset[object]) -> bool:
    """Each side says something the other does not (2021 / 2022): another fact."""
    return bool(a) and bool(b) and not (a <= b or b <= a)


def _names_contradict(a: frozenset[str], b: frozenset[str]) -> bool:
    only_a, only_b = a - b, b - a
    if not only_a or not only_b:
        return False
    # Places are canonical already (Australia is not Austria); other names may be spelt differently.
    unmatched_a = {x for x in only_a if x in PLACE_NAMES or not _spelt_like(x, only_b)}
    unmatched_b = {y for y in only_b if y in PLACE_NAMES or not _spelt_like(y, only_a)}
    return bool(unmatched_a) and bool(unmatched_b)


def _spelt_like(name: str, others: frozenset[str]) -> bool:
    return any(
        other not in PLACE_NAMES and fuzz.ratio(name, other) >= NAME_SPELLING_SCORE for other in others
    )


def _signatures_contradict(a: Signature, b: Signature, values_apart: bool) -> bool:
    numbers_a, numbers_b = a.numbers, b.numbers
    if not values_apart:
        numbers_a, numbers_b = numbers_a | a.value_numbers, numbers_b | b.value_numbers
    return (
        _contradicts(numbers_a, numbers_b)
        or _contradicts(a.years, b.years)
        or _contradicts(a.months, b.months)
        or _contradicts(a.days, b.days)
        or _contradicts(a.quarters, b.quarters)
        or bool(a.topics and b.topics and a.topics.isdisjoint(b.topics))
        or _names_contradict(a.names, b.names)
    )


def _shared_evidence(a: Signature, b: Signature, both_valued: bool, same_unit: bool) -> float:
    """0–100: how much of the smaller signature the other one repeats, when they share a name and a
    number or date (a year counts when both name one topic or count one unit); 0 otherwise. Claims
    of which one has no value must also share a topic."""
    same_topic = bool(a.topics & b.topics)
    if not both_valued and not same_topic:
        return 0.0
    same_kind = same_topic or same_unit
    shared_names = len(a.names & b.names)
    shared_specific = (
        len((a.numbers | a.value_numbers) & (b.numbers | b.value_numbers))
        + len(a.days & b.days)
        + len(a.months & b.months)
        + len(a.quarters & b.quarters)
        + (len(a.years & b.years) if same_kind else 0)
    )
    if not shared_names or not shared_specific:
        return 0.0
    size_a = len(a.names) + len(a.numbers | a.value_numbers) + len(a.days) + len(a.months) + len(a.quarters)
    size_b = len(b.names) + len(b.numbers | b.value_numbers) + len(b.days) + len(b.months) + len(b.quarters)
    return 100.0 * (shared_names + shared_specific) / max(1, min(size_a, size_b))


def _times_overlap(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Whether both can hold at once, by the `when` the checker wrote. A source's publication date
    says when a claim was reported, not when it held; the dates in the claims' words are compared in
    their signatures."""
    when_a, when_b = a.record.claim.when, b.record.claim.when
    return when_a is None or when_b is None or when_a.overlaps(when_b)


def _reported_together(a: ClaimFacts, b: ClaimFacts) -> bool:
    """For claims matched on their wording alone: whether their times overlap, where a claim without
    a `when` holds at its source's publication."""
    return a.when is None or b.when is None or a.when.overlaps(b.when)


def find_matches(facts: Sequence[ClaimFacts], settings: CrossRefSettings, vctx: ValueContext) -> list[Match]:
    """Pairs from different sources, not already sharing an `about`, that say the same thing.

    Only claims whose times overlap can be the same statement: the same words about another
    time are another fact (which an `about` would show as superseded).
    """
    sigs = signatures(facts)
    comparisons: dict[tuple[object, object], Comparison] = {}
    matches = []
    words = [content_tokens(fact.record.claim.claim) for fact in facts]
    for i, j in sorted(candidate_pairs(sigs, words)):
        a, b = facts[i], facts[j]
        if a.record.claim.source == b.record.claim.source:
            continue
        if a.record.claim.about is not None and a.record.claim.about == b.record.claim.about:
            continue
        if not _times_overlap(a, b):
            continue
        match = _match(a, b, sigs[i], sigs[j], settings, vctx, comparisons)
        if match is not None:
            matches.append(match)
    return sorted(matches, key=lambda match: (match.first.id, match.second.id))


def _match(
    a: ClaimFacts,
    b: ClaimFacts,
    sig_a: Signature,
    sig_b: Signature,
    settings: CrossRefSettings,
    vctx: ValueContext,
    comparisons: dict[tuple[object, object], Comparison],
) -> Match | None:
    values_apart = a.value is not None and b.value is not None
    if _signatures_contradict(sig_a, sig_b, values_apart):
        return None
    conflicting, reason = False, ""
    if a.value is not None and b.value is not None:
        if not _contradicts(sig_a.value_numbers, sig_b.value_numbers) and a.value == b.value:
            reason = ""
        else:
            pair = (a.value, b.value)
            comparison = comparisons.get(pair)
            if comparison is None:
                comparison = comparisons[pair] = compare_values(a.value, b.value, vctx)
            if comparison.outcome == "not-comparable":
                return None
            conflicting = comparison.outcome == "incompatible"
            reason = comparison.reason
            if not conflicting and _contradicts(sig_a.value_numbers, sig_b.value_numbers):
                return None  # `> 9100` and `> 6100` soldiers: two numbers that both may hold, two facts
    same_unit = (
        isinstance(a.value, Quantity)
        and isinstance(b.value, Quantity)
        and a.value.unit is not None
        and a.value.unit == b.value.unit
    ) or (isinstance(a.value, DateValue) and isinstance(b.value, DateValue))
    score = _shared_evidence(sig_a, sig_b, values_apart, same_unit)
    if not score:
        if not _reported_together(a, b):
            return None
        claim_a, claim_b = a.record.claim, b.record.claim
        statement_score = similarity(_statement(claim_a.claim), _statement(claim_b.claim))
        quote_score = similarity(_statement(claim_a.quote), _statement(claim_b.quote))
        # Alike in wording, but not with other numbers in the alike texts (`the count was 5` / `6`).
        # A value disagreeing is a possible conflict, not another fact.
        apart_a = sig_a.value_numbers if values_apart else frozenset()
        apart_b = sig_b.value_numbers if values_apart else frozenset()
        statement_alike = statement_score >= settings.statement_threshold and not _contradicts(
            text_features(claim_a.claim).numbers - apart_a, text_features(claim_b.claim).numbers - apart_b
        )
        quote_alike = quote_score >= settings.quote_threshold and not _contradicts(
            text_features(claim_a.quote).numbers - apart_a, text_features(claim_b.quote).numbers - apart_b
        )
        if not statement_alike and not quote_alike:
            return None
        score = max(statement_score if statement_alike else 0.0, quote_score if quote_alike else 0.0)
    first, second = (a, b) if a.id <= b.id else (b, a)
    return Match(first, second, round(min(score, 100.0), 1), conflicting, reason)
