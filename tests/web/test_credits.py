"""Agency credits found at an article's end or in its dateline."""

from __future__ import annotations

import pytest

from claimcheck.web.credits import find_credits

CASES = [
    ("Text.\n\nuh/fab (dpa, rtr)", ["dpa", "Reuters"]),
    ("Text.\nch/se (afp, ap, kna)", ["AFP", "AP", "KNA"]),
    ("Text.\nQuelle: ntv.de, mdi/dpa/AFP/rts", ["dpa", "AFP", "Reuters"]),
    ("Text.\nWith reporting by Reuters and Agence France-Presse.", ["Reuters", "AFP"]),
    ("Text.\nMit Material von dpa und AFP", ["dpa", "AFP"]),
    ("Berlin (dpa) - Der Bundestag hat beschlossen.\nMehr.", ["dpa"]),
    ("MOSKAU (AFP/Reuters) – Putin sagte.\nQuelle: AFP", ["AFP", "Reuters"]),
    # Agencies quoted in the article are attributions for claims (`via`), not credits of the piece.
    ("Wie die russische Agentur Interfax berichtet, sagte er.\nEnde des Artikels.", []),
    ("Additional reporting by Jane Smith", []),
    ("", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_credits(text: str, expected: list[str]) -> None:
    assert find_credits(text) == expected
