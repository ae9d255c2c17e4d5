"""`ValueContext`: what reading a value depends on (the source's date, tolerance, the settings' synonyms)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from claimcheck.timespan import TimeSpan
from claimcheck.values.category import normalise_category
from claimcheck.values.units import canonical_unit_name, tidy


class FrozenMapping(Mapping[str, str]):
    """A read-only, hashable mapping, so a `ValueContext` can key the parser's cache."""

    __slots__ = ("_data", "_hash")

    def __init__(self, data: Mapping[str, str] | None = None) -> None:
        self._data = dict(sorted((data or {}).items()))
        self._hash = hash(tuple(self._data.items()))

    def __getitem__(self, key: str) -> str:
        return self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __hash__(self) -> int:
        return self._hash

    def __eq__(self, other: object) -> bool:
        if isinstance(other, FrozenMapping):
            return self._hash == other._hash and self._data == other._data
        return isinstance(other, Mapping) and self._data == dict(other.items())

    def __repr__(self) -> str:
        return f"FrozenMapping({self._data!r})"


@dataclass(frozen=True)
class ValueContext:
    """How a claim's value is read.

    `reference` is the source's `published` date, against which relative dates (`im vergangenen Jahr`,
    `am Montag`) are resolved; `tolerance` widens `~`/rund/about values (±10% by default);
    `unit_synonyms` maps extra noun forms to a unit (`{"telefonat": "call"}`) and `category_synonyms`
    categorical forms to their canonical form. Both mappings are normalised and frozen on construction.
    """

    reference: TimeSpan | None = None
    tolerance: float = 0.10
    unit_synonyms: Mapping[str, str] = field(default_factory=FrozenMapping)
    category_synonyms: Mapping[str, str] = field(default_factory=FrozenMapping)

    def __post_init__(self) -> None:
        if not 0 <= self.tolerance < 1:
            raise ValueError(f"tolerance must be at least 0 and below 1, not {self.tolerance!r}")
        units = {tidy(form): canonical_unit_name(unit) for form, unit in self.unit_synonyms.items()}
        object.__setattr__(self, "unit_synonyms", FrozenMapping(units))
        categories = {
            normalise_category(form): normalise_category(canonical)
            for form, canonical in self.category_synonyms.items()
        }
        object.__setattr__(self, "category_synonyms", FrozenMapping(categories))
