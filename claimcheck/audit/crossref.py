"""Key-less cross-referencing: claims in different sources that read as the same statement.

Two claims of one fact are often written in different words and languages, so they are compared on
their signatures (`claim_signature`): the numbers, dates and names of claim and quote together.
Pairs are never all compared: claims are blocked on their rarest signature features (a number with
its year, a day, a name), and only pairs within a block are looked at. Where even the rarest are too
common (at a million claims), a block is split on a combination of features.

A pair is the same statement when nothing in their signatures contradicts (no number, date or name
on both sides that the other lacks, once the value is set apart) and they share enough: a name and
a number or date, or wording (rapidfuzz over claim and quote) above the thresholds. If only their
values disagree, it is a possible conflict; a different number that is not the value, another year,
another place or person make it another fact.
"""

from __future__ import annotations

import functools
import re
import sys
import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import cast

from rapidfuzz import fuzz

from claimcheck.audit.claim_signature import (
    ClaimTexts,
    Pool,
    ProperNames,
    Signature,
    signature,
    text_features,
)
from claimcheck.audit.feature_cache import FileTexts, file_texts
from claimcheck.audit.heap import collector_paused
from claimcheck.audit.place_names import PLACES
from claimcheck.audit.propositions import ClaimFacts
from claimcheck.forked import cores, start_forked
from claimcheck.model import Claim
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
MAX_BLOCK_SIZE = 50  # a feature this common separates nothing alone
SPLIT_KEYS_PER_CLAIM = 3  # the sub-blocks each member of a block too large joins
MAX_SPLIT_DEPTH = 2  # how many features beyond the first may narrow a block
# Candidate pairs are matched in two processes from this many claims on, in alternating chunks of
# claims. A fork costs ~10 ms, but each process then pays for the pages it touches being copied:
# at 100k claims the gain was ~0.5 s of 3 s, at 1M ~35 s of crossref's 160 s.
PARALLEL_MIN_CLAIMS = 20_000
MATCH_CHUNK = 2_048
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


class _Signatures:
    """Signatures of all claims. Each text is read once, and only what the signatures need is kept
    of it: at a million claims, the texts' features would not fit.

    `files`, when given, yields what each claims file's texts say, in the facts' order (from the
    cache, see `feature_cache`); else the texts are read here. `pool`: the one `files` used.
    """

    def __init__(
        self, facts: Sequence[ClaimFacts], files: Iterable[FileTexts] | None = None, pool: Pool | None = None
    ) -> None:
        pool = {} if pool is None else pool
        if files is None:  # all the facts' texts read here, as one file
            read = ((text_features(f.record.claim.claim), text_features(f.record.claim.quote)) for f in facts)
            files = [file_texts(read, pool)]
        proper = ProperNames()
        merged: list[ClaimTexts] = []
        for file in files:
            proper.add_words(file.lower, file.capitalised)
            merged += file.claims
        names = proper.result()
        self.signatures = [
            signature(texts, fact.record.claim.value, names, isinstance(fact.value, DateValue), pool)
            for fact, texts in zip(facts, merged, strict=True)
        ]


def candidate_pairs(
    signatures_: Sequence[Signature], statement_words: Sequence[Sequence[str]]
) -> set[tuple[int, int]]:
    """Index pairs that share one of their rarest signature features."""
    return set(_pairs(_claim_blocks(signatures_, statement_words.__getitem__)))


def _claim_blocks(
    signatures_: Sequence[Signature], statement_words: Callable[[int], Sequence[str]]
) -> list[Sequence[tuple[int, ...]] | None]:
    """For each claim, the blocks it is in (claim positions, ascending): each claim joins
    the blocks of its `BLOCK_KEYS_PER_CLAIM` rarest features that another claim has too. A block
    too large to compare whole is split on a second feature its members share (`_split`)."""
    keys_of: list[tuple[str, ...]] = []
    frequency: Counter[str] = Counter()
    for position, sig in enumerate(signatures_):
        keys = set(sig.block_keys())
        if not any(key[0] in "nd" for key in keys):  # nothing specific: block on the wording too
            keys.update(f"w{word}" for word in statement_words(position) if len(word) >= 4)
        interned = tuple(map(sys.intern, keys))  # one string per key, however many claims have it
        frequency.update(interned)
        keys_of.append(interned)
    blocks: dict[str, list[int]] = {}
    for position, claim_keys in enumerate(keys_of):
        usable = [(frequency[key], key) for key in claim_keys if frequency[key] > 1]
        usable.sort()
        for _, key in usable[:BLOCK_KEYS_PER_CLAIM]:
            blocks.setdefault(key, []).append(position)
    del frequency
    # The same claims often make up the blocks of several keys (a name with its month and a
    # number; one pair of features reached from either): each such block is kept once.
    kept: set[tuple[int, ...]] = set()
    while blocks:
        members = blocks.popitem()[1]  # freed once read: at a million claims, 3M entries in all
        if len(members) <= MAX_BLOCK_SIZE:
            if len(members) >= 2:
                kept.add(tuple(members))
        else:
            kept.update(map(tuple, _split(members, keys_of, signatures_, 1)))
    del keys_of
    joined: list[list[tuple[int, ...]] | None] = [None] * len(signatures_)
    while kept:
        block = kept.pop()
        for position in block:
            if (blocks_of := joined[position]) is None:
                joined[position] = [block]
            else:
                blocks_of.append(block)
    # A list keeps room to grow, a quarter more or so, a million times over: a tuple does not.
    # Replaced in place, so that the lists are freed one by one.
    of_claim = cast(list[Sequence[tuple[int, ...]] | None], joined)
    for position, blocks_of in enumerate(joined):
        if blocks_of is not None:
            of_claim[position] = tuple(blocks_of)
    return of_claim


def _split(
    members: list[int], keys_of: Sequence[tuple[str, ...]], signatures_: Sequence[Signature], depth: int
) -> Iterator[list[int]]:
    """The blocks of compound keys within a block too large to compare whole: each member joins the
    sub-blocks of its rarest features among the block's members, as record linkage blocks on a
    combination of keys where each alone is too common (at a million claims, every month has
    hundreds of claims naming one country, and every number in a year recurs). A feature all
    members have separates nothing; a sub-block still too large is split once more, up to
    `MAX_SPLIT_DEPTH` features, then dropped (identical signatures are not worth comparing all)."""
    whole = len(members)
    keys_in = [keys_of[position] + _topic_keys(signatures_[position].topics) for position in members]
    local: Counter[str] = Counter()
    for keys in keys_in:
        local.update(keys)
    sub_blocks: dict[str, list[int]] = {}
    for position, keys in zip(members, keys_in, strict=True):
        usable = [(local[key], key) for key in keys if 1 < local[key] < whole]
        usable.sort()
        for _, key in usable[:SPLIT_KEYS_PER_CLAIM]:
            sub_blocks.setdefault(key, []).append(position)
    del local
    for block in sub_blocks.values():
        if len(block) < 2:
            continue
        if len(block) <= MAX_BLOCK_SIZE:
            yield block
        elif depth < MAX_SPLIT_DEPTH:
            yield from _split(block, keys_of, signatures_, depth + 1)


@functools.cache
def _topic_keys(topics: frozenset[str]) -> tuple[str, ...]:
    return tuple(sys.intern(f"t{topic}") for topic in sorted(topics))


def _pairs(claim_blocks: Sequence[Sequence[tuple[int, ...]] | None]) -> Iterator[tuple[int, int]]:
    for first, later in _partners(claim_blocks, 0, 1):
        for second in later:
            yield first, second


def _partners(
    claim_blocks: Sequence[Sequence[tuple[int, ...]] | None], part: int, parts: int
) -> Iterator[tuple[int, Sequence[int]]]:
    """Each claim with the later claims it shares a block with, ascending: every candidate pair
    once, in order, without holding them all (at a million claims there are tens of millions).
    Only the claims of one `part` of `parts`: chunks of `MATCH_CHUNK` claims, taken in turn."""
    for first, blocks in enumerate(claim_blocks):
        if blocks is None or (first // MATCH_CHUNK) % parts != part:
            continue
        if len(blocks) == 1:
            members = blocks[0]
            yield first, members[bisect_right(members, first) :]
        else:
            yield (
                first,
                sorted({second for members in blocks for second in members[bisect_right(members, first) :]}),
            )


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
        len(a.every_number & b.every_number)
        + len(a.days & b.days)
        + len(a.months & b.months)
        + len(a.quarters & b.quarters)
        + (len(a.years & b.years) if same_kind else 0)
    )
    if not shared_names or not shared_specific:
        return 0.0
    size_a = len(a.names) + len(a.every_number) + len(a.days) + len(a.months) + len(a.quarters)
    size_b = len(b.names) + len(b.every_number) + len(b.days) + len(b.months) + len(b.quarters)
    return 100.0 * (shared_names + shared_specific) / max(1, min(size_a, size_b))


def _reported_together(a: ClaimFacts, b: ClaimFacts) -> bool:
    """For claims matched on their wording alone: whether their times overlap, where a claim without
    a `when` holds at its source's publication."""
    return a.when is None or b.when is None or a.when.overlaps(b.when)


def find_matches(
    facts: Sequence[ClaimFacts],
    settings: CrossRefSettings,
    vctx: ValueContext,
    files: Iterable[FileTexts] | None = None,
    pool: Pool | None = None,
) -> list[Match]:
    """Pairs from different sources, not already sharing an `about`, that say the same thing.

    Only claims whose times overlap can be the same statement: the same words about another
    time are another fact (which an `about` would show as superseded). `files`: what each claims
    file's texts say, in the facts' order, if already known (see `feature_cache.texts_by_file`),
    and the `pool` of sets they share.
    """
    # signatures and matches hold no cycles; collections would walk a million claims' facts
    with collector_paused():
        found = _Signatures(facts, files, pool)
        matcher = _Matcher(facts, found.signatures, settings, vctx)
        claims = [fact.record.claim for fact in facts]
        words = functools.cache(lambda position: content_tokens(claims[position].claim))
        blocks = _claim_blocks(found.signatures, words)
        # Half of the pairs in a forked worker where there is a second core and enough to match;
        # it reads everything as it is at the fork, and sends back only the pairs that matched.
        worker = (
            start_forked(lambda: [(i, j) for i, j, _ in _matches_in(blocks, claims, matcher, 1, 2)])
            if len(claims) >= PARALLEL_MIN_CLAIMS and cores() >= 2
            else None
        )
        if worker is None:
            matches = [match for _, _, match in _matches_in(blocks, claims, matcher, 0, 1)]
        else:
            matches = [match for _, _, match in _matches_in(blocks, claims, matcher, 0, 2)]
            theirs = worker.result()
            if theirs is None:  # the worker failed: its half is done here
                matches += [match for _, _, match in _matches_in(blocks, claims, matcher, 1, 2)]
            else:  # only the pairs came back (a few thousand): their matches are made again here
                matches += [match for i, j in theirs if (match := matcher.match(i, j)) is not None]
    return sorted(matches, key=lambda match: (match.first.id, match.second.id))


def _matches_in(
    blocks: Sequence[Sequence[tuple[int, ...]] | None],
    claims: Sequence[Claim],
    matcher: _Matcher,
    part: int,
    parts: int,
) -> Iterator[tuple[int, int, Match]]:
    """The matches among the candidate pairs whose first claim is in this `part` of `parts`
    (chunks of `MATCH_CHUNK` claims, taken in turn)."""
    for first, later in _partners(blocks, part, parts):
        a = claims[first]
        source, about, when = a.source, a.about, a.when
        for second in later:
            b = claims[second]
            if b.source == source:
                continue
            if about is not None and about == b.about:
                continue
            # Whether both can hold at once, by the `when` the checker wrote. A source's
            # publication date says when a claim was reported, not when it held; the dates in
            # the claims' words are compared in their signatures.
            if when is not None and b.when is not None and not when.overlaps(b.when):
                continue
            match = matcher.match(first, second)
            if match is not None:
                yield first, second, match


class _Matcher:
    """Whether two candidate claims say the same thing (`match`), with what is worth keeping
    between pairs: value comparisons, name comparisons, content words."""

    def __init__(
        self,
        facts: Sequence[ClaimFacts],
        sigs: Sequence[Signature],
        settings: CrossRefSettings,
        vctx: ValueContext,
    ) -> None:
        self.facts = facts
        self.sigs = sigs
        self.settings = settings
        self.vctx = vctx
        self.comparisons: dict[tuple[object, object], Comparison] = {}
        self.names_contradict: dict[tuple[frozenset[str], frozenset[str]], bool] = {}
        self.statements: dict[int, tuple[str, str]] = {}

    def match(self, i: int, j: int) -> Match | None:
        a, b = self.facts[i], self.facts[j]
        sig_a, sig_b = self.sigs[i], self.sigs[j]
        values_apart = a.value is not None and b.value is not None
        if self._contradict(sig_a, sig_b, values_apart):
            return None
        conflicting, reason = False, ""
        if a.value is not None and b.value is not None:
            if not _contradicts(sig_a.value_numbers, sig_b.value_numbers) and a.value == b.value:
                reason = ""
            else:
                pair = (a.value, b.value)
                comparison = self.comparisons.get(pair)
                if comparison is None:
                    comparison = self.comparisons[pair] = compare_values(a.value, b.value, self.vctx)
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
            statement_a, quote_a = self._statements(i)
            statement_b, quote_b = self._statements(j)
            statement_score = similarity(statement_a, statement_b)
            quote_score = similarity(quote_a, quote_b)
            # Alike in wording, but not with other numbers in the alike texts (`the count was 5` / `6`).
            # A value disagreeing is a possible conflict, not another fact.
            apart_a = sig_a.value_numbers if values_apart else frozenset()
            apart_b = sig_b.value_numbers if values_apart else frozenset()
            claim_a, claim_b = a.record.claim, b.record.claim
            statement_alike = statement_score >= self.settings.statement_threshold and not _contradicts(
                frozenset(text_features(claim_a.claim).numbers) - apart_a,
                frozenset(text_features(claim_b.claim).numbers) - apart_b,
            )
            quote_alike = quote_score >= self.settings.quote_threshold and not _contradicts(
                frozenset(text_features(claim_a.quote).numbers) - apart_a,
                frozenset(text_features(claim_b.quote).numbers) - apart_b,
            )
            if not statement_alike and not quote_alike:
                return None
            score = max(statement_score if statement_alike else 0.0, quote_score if quote_alike else 0.0)
        first, second = (a, b) if a.id <= b.id else (b, a)
        return Match(first, second, round(min(score, 100.0), 1), conflicting, reason)

    def _contradict(self, a: Signature, b: Signature, values_apart: bool) -> bool:
        """`_signatures_contradict`, its sets compared inline (it runs for every candidate pair) and
        its names compared once per pair of name sets."""
        numbers_a, numbers_b = (a.numbers, b.numbers) if values_apart else (a.every_number, b.every_number)
        for x, y in (
            (numbers_a, numbers_b),
            (a.years, b.years),
            (a.months, b.months),
            (a.days, b.days),
            (a.quarters, b.quarters),
        ):
            if x and y and x is not y and not (x <= y or y <= x):
                return True
        if a.topics and b.topics and a.topics.isdisjoint(b.topics):
            return True
        names = (a.names, b.names)
        contradict = self.names_contradict.get(names)
        if contradict is None:
            contradict = self.names_contradict[names] = _names_contradict(a.names, b.names)
        return contradict

    def _statements(self, position: int) -> tuple[str, str]:
        statements = self.statements.get(position)
        if statements is None:
            claim = self.facts[position].record.claim
            statements = self.statements[position] = (_statement(claim.claim), _statement(claim.quote))
        return statements
