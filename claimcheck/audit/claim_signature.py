"""What a claim states, in terms that do not depend on its language: numbers, dates and names.

`Die EU listet im 15. Paket gegen Großbritannien 93 Personen` and `The EU's 15th package against
Britain lists 93 people` share nothing a token similarity sees, but both say {15, 93}, {eu, britain}.
Cross-referencing blocks and matches claims on these signatures:

- numbers, read in the text's language (`1,75` = `1.75`, `9.100` = `9,100` = 9100; ordinals `15.` /
  `15th` = 15); those that are the claim's `value` are kept apart, since a disagreement there is a
  possible conflict and anywhere else a different fact;
- dates at the precision written (`7. März 2019` = `7 March 2019` → 2019-03-07; `April 2024`;
  `im ersten Quartal 2024` = `in the first quarter of 2024`; bare years);
- names: places through a German/English table (`place_names`), and other capitalised words that
  are not the first of a sentence. German capitalises every noun, so a capitalised word of a German
  text counts as a name only when it is a place or is written capitalised mid-sentence in some
  English text of the corpus and never in lower case (`Juma Tesfaye`, `EU`; not `Soldaten`);
- topics from a small bilingual word list (`Teuerung` = `inflation`), so inflation and unemployment
  in one country and month are told apart.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import chain
from typing import Any, NamedTuple

from claimcheck.audit.text_features import TextFeatures, text_features, value_dates, value_numbers

__all__ = [
    "ClaimTexts",
    "Pool",
    "ProperNames",
    "Signature",
    "TextFeatures",
    "claim_texts",
    "pooled_texts",
    "proper_names",
    "signature",
    "text_features",
    "value_dates",
    "value_numbers",
]


class Signature(NamedTuple):
    """A claim's language-independent features; `value_*` are those of its `value`."""

    numbers: frozenset[float]  # numbers that are not the value's
    value_numbers: frozenset[float]
    years: frozenset[int]
    months: frozenset[str]
    days: frozenset[str]
    quarters: frozenset[str]
    names: frozenset[str]
    topics: frozenset[str]
    dated: bool  # its texts or its value give a time
    value_dates: frozenset[str] = frozenset()  # the days and months of a date value
    every_number: frozenset[float] = frozenset()  # numbers | value_numbers

    def block_keys(self) -> list[str]:
        """Features two claims of one fact share: a number with its year (25 drones in 2020), a
        day, a name with its month; names alone, which only a small corpus blocks on."""
        year = f"@{min(self.years)}" if self.years else ""
        keys = [f"n{number:g}{year}" for number in self.numbers | self.value_numbers]
        keys += [f"d{day}" for day in self.days | self.value_dates]
        times = self.months or self.quarters or {str(year) for year in self.years}
        keys += [f"p{name}@{time}" for name in self.names for time in times]
        # Without the year, which one of two claims may not give: all its numbers; a name with a
        # number that is not the value (the 16th package against Finland).
        if self.numbers or self.value_numbers:
            keys.append("N" + ",".join(f"{number:g}" for number in sorted(self.numbers | self.value_numbers)))
        keys += [f"p{name}#{number:g}" for name in self.names for number in self.numbers]
        keys += [f"p{name}" for name in self.names]  # only the rarest keys are used: these seldom
        return keys


def proper_names(features: Sequence[TextFeatures]) -> frozenset[str]:
    """Words some English text capitalises mid-sentence and no text of the corpus writes in lower
    case: names, since English capitalises nothing else (`Tesfaye`, `EU`; not `Trade`, `Around`)."""
    names = ProperNames()
    for feature in features:
        names.add(feature)
    return names.result()


class ProperNames:
    """`proper_names`, gathered one text at a time so that no text's features need be kept."""

    def __init__(self) -> None:
        self._lower: set[str] = set()
        self._capitalised: set[str] = set()

    def add(self, feature: TextFeatures) -> None:
        self._lower.update(feature.lower)
        if feature.english:
            self._capitalised.update(feature.capitalised)

    def add_words(self, lower: Iterable[str], capitalised_in_english: Iterable[str]) -> None:
        """What `add` takes from many texts at once: the words they write in lower case, and those
        their English texts capitalise mid-sentence."""
        self._lower.update(lower)
        self._capitalised.update(capitalised_in_english)

    def result(self) -> frozenset[str]:
        # Built by adding, not by `-`: a set difference keeps the table of the larger set, and
        # every `proper & candidates` of the signatures would walk that table.
        return frozenset([word for word in self._capitalised if word not in self._lower])


class ClaimTexts(NamedTuple):
    """What a claim's texts (claim and quote) say together, before the corpus's names are known."""

    numbers: frozenset[float]
    years: frozenset[int]
    months: frozenset[str]
    days: frozenset[str]
    quarters: frozenset[str]
    topics: frozenset[str]
    places: frozenset[str]
    candidates: frozenset[str]  # capitalised words: names if `proper_names` has them


Pool = dict[Any, frozenset[Any]]
"""Equal sets shared: many claims have equal ones (one year, no quarter), and a million signatures
would otherwise each hold their own copies. Years are kept under their own keys: `{2019}` equals
the numbers `{2019.0}` (`2.019 Millionen`), and a year must stay an int (`@2019`, not `@2019.0`)."""


def claim_texts(texts: Sequence[TextFeatures], pool: Pool) -> ClaimTexts:
    """The features of a claim's texts merged, the sets shared through `pool`."""
    fields: tuple[tuple[Any, ...], ...]
    if len(texts) == 2:  # a claim and its quote
        a, b = texts
        fields = (
            a.numbers + b.numbers,
            a.years + b.years,
            a.months + b.months,
            a.days + b.days,
            a.quarters + b.quarters,
            a.topics + b.topics,
            a.places + b.places,
            a.capitalised + a.initial + b.capitalised + b.initial,
        )
    else:
        names = ("numbers", "years", "months", "days", "quarters", "topics", "places")
        fields = (
            *(tuple(chain.from_iterable(getattr(text, name) for text in texts)) for name in names),
            tuple(chain.from_iterable(text.capitalised + text.initial for text in texts)),
        )
    return pooled_texts(pool, *map(frozenset, fields))


def pooled_texts(
    pool: Pool,
    numbers: frozenset[float],
    years: frozenset[int],
    *strings: frozenset[str],
) -> ClaimTexts:
    """`ClaimTexts` of these sets, each replaced by an equal one already in `pool` (same order of
    fields, so that the texts read and those restored from the cache share alike)."""
    share = pool.setdefault
    return ClaimTexts(
        share(numbers, numbers), share(("years", years), years), *[share(items, items) for items in strings]
    )


def signature(
    texts: Sequence[TextFeatures] | ClaimTexts,
    value_text: str | None,
    proper: frozenset[str],
    is_date_value: bool,
    pool: Pool | None = None,
) -> Signature:
    """The signature of a claim from the features of its texts (or `claim_texts`) and its `value`
    as written."""
    pool = pool if pool is not None else {}
    merged = texts if isinstance(texts, ClaimTexts) else claim_texts(texts, pool)
    numbers, years, months, days, quarters, topics, places, candidates = merged
    names = proper.intersection(candidates).union(places) if candidates else places
    dated = bool(years or months or quarters or days)
    if is_date_value:
        value_days, value_months, _ = value_dates(value_text)
        days, months = days - value_days, months - value_months
        value_nums: frozenset[float] = frozenset()
        value_days_months = value_days | value_months
    else:
        value_nums = value_numbers(value_text) & numbers if value_text else frozenset()
        value_nums = value_nums or value_numbers(value_text)
        value_days_months = frozenset()
    return Signature(
        numbers=_share(pool, numbers - value_nums) if value_nums else numbers,
        value_numbers=_share(pool, value_nums),
        years=years,
        months=_share(pool, months),
        days=_share(pool, days),
        quarters=quarters,
        names=_share(pool, names),
        topics=topics,
        dated=dated,
        value_dates=_share(pool, value_days_months),
        every_number=_share(pool, numbers | value_nums) if value_nums else numbers,
    )


def _share(pool: Pool, items: frozenset[Any]) -> frozenset[Any]:
    return pool.setdefault(items, items)
