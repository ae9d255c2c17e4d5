"""Key-less cross-referencing: claims in different sources that read as the same statement.

Pairs are never all compared: claims are blocked on their rarest shared tokens (numbers and
names), and only pairs within a block are scored with rapidfuzz.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from claimcheck.audit.propositions import ClaimFacts
from claimcheck.settings import CrossRefSettings
from claimcheck.values import ValueContext, compare_values

_WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*", re.UNICODE)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
# Words that say nothing about which fact a sentence states (English and German).
_STOPWORD_TEXT = """
a an the and or of in on at to for from by with as is are was were be been has have had that this
it its their his her they he she we will would not no more than over about after before into der
die das den dem des ein eine einer eines und oder in im am an auf für von mit als ist sind war
waren wird werden hat haben sei dass nicht mehr zu zum zur bei nach vor über sich auch
"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())
BLOCK_KEYS_PER_CLAIM = 3
MAX_BLOCK_SIZE = 400  # a token this common (a country name) separates nothing


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


def _block_keys(fact: ClaimFacts, frequency: Counter[str]) -> list[str]:
    claim = fact.record.claim
    text = f"{claim.claim} {claim.quote}"
    numbers = {f"#{number.replace(',', '.')}" for number in _NUMBER.findall(text)}
    names = {token for token in content_tokens(claim.claim) if len(token) >= 4}
    keys = sorted(numbers | names, key=lambda key: (frequency[key], key))
    return keys[:BLOCK_KEYS_PER_CLAIM]


def _all_keys(fact: ClaimFacts) -> set[str]:
    claim = fact.record.claim
    text = f"{claim.claim} {claim.quote}"
    numbers = {f"#{number.replace(',', '.')}" for number in _NUMBER.findall(text)}
    return numbers | {token for token in content_tokens(claim.claim) if len(token) >= 4}


def candidate_pairs(facts: Sequence[ClaimFacts]) -> set[tuple[int, int]]:
    """Index pairs (into `facts`) that share a rare block key and could be the same statement."""
    keys_of = [_all_keys(fact) for fact in facts]
    frequency: Counter[str] = Counter(key for keys in keys_of for key in keys)
    blocks: dict[str, list[int]] = defaultdict(list)
    for position, fact in enumerate(facts):
        for key in _block_keys(fact, frequency):
            blocks[key].append(position)
    pairs: set[tuple[int, int]] = set()
    for members in blocks.values():
        if len(members) < 2 or len(members) > MAX_BLOCK_SIZE:
            continue
        for i, first in enumerate(members):
            for second in members[i + 1 :]:
                pairs.add((first, second) if first < second else (second, first))
    return pairs


def _statement(text: str) -> str:
    return " ".join(content_tokens(text))


def similarity(first: str, second: str) -> float:
    """0–100: the mean of token-set and token-sort similarity of two content-token strings.

    Token-set alone calls a sentence the same as any longer one containing it; token-sort alone
    punishes a paraphrase that adds a word. Their mean separated same-fact paraphrases from
    same-shape different facts ("Shoigu is Russia's minister" / "Dong is China's minister")
    on the bundled corpus and the cases in tests/checks/cases/.
    """
    return (fuzz.token_set_ratio(first, second) + fuzz.token_sort_ratio(first, second)) / 2


def _times_overlap(a: ClaimFacts, b: ClaimFacts) -> bool:
    return a.when is None or b.when is None or a.when.overlaps(b.when)


def find_matches(facts: Sequence[ClaimFacts], settings: CrossRefSettings, vctx: ValueContext) -> list[Match]:
    """Pairs from different sources, not already sharing an `about`, that say the same thing.

    Only claims whose times overlap can be the same statement: the same words about another
    time are another fact (which an `about` would show as superseded).
    """
    statements = [_statement(fact.record.claim.claim) for fact in facts]
    quotes = [_statement(fact.record.claim.quote) for fact in facts]
    matches = []
    for i, j in sorted(candidate_pairs(facts)):
        a, b = facts[i], facts[j]
        if a.record.claim.source == b.record.claim.source:
            continue
        if a.record.claim.about is not None and a.record.claim.about == b.record.claim.about:
            continue
        if not _times_overlap(a, b):
            continue
        statement_score = similarity(statements[i], statements[j])
        quote_score = similarity(quotes[i], quotes[j])
        if statement_score < settings.statement_threshold and quote_score < settings.quote_threshold:
            continue
        score = max(statement_score, quote_score)
        conflicting, reason = False, ""
        if a.value is not None and b.value is not None:
            comparison = compare_values(a.value, b.value, vctx)
            conflicting = comparison.outcome == "incompatible"
            reason = comparison.reason
        first, second = (a, b) if a.id <= b.id else (b, a)
        matches.append(Match(first, second, round(score, 1), conflicting, reason))
    return sorted(matches, key=lambda match: (match.first.id, match.second.id))
