"""Draft claim texts: the sentence with its attribution clause and outer quotation marks trimmed away."""

from __future__ import annotations

import re

from claimcheck.model import Person

# ", sagte der russische Staatschef Wladimir Putin." / "“, so Putin." / ", he said." at the end.
_TRAILING_ATTRIBUTION = re.compile(
    r"(?P<close>[“”\"»«])?\s*,\s*(?:(?:er|sie|he|she|they)\s+)?"
    r"(?:sagte|sagten|erklärte|erklärten|betonte|betonten|fügte|ergänzte|bekräftigte|meldete|teilte|said|"
    r"says|added|told|stressed|explained|so(?=\s+(?:der|die|das|ein|eine|[A-ZÄÖÜ])))\b[^„“”\"»«]*$"
)
# "According to Reuters, " at the start (German inversion, "Laut CCTV lobte …", is left as it is).
_LEADING_RELAY = re.compile(r"^According to\s[^,]{2,60},\s*")
_OUTER_QUOTES = '„“”"»«'


def draft_claim(quote: str, said_by: Person | None, via: tuple[str, ...], inherited: bool = False) -> str:
    """A first wording of the claim for the checker to rewrite.

    The sentence, trimmed; when its attribution clause was trimmed off (", sagte Putin.") or it carries on
    someone's speech from the sentence before, the speaker goes in front: "<speaker> said: <statement>".
    """
    core, trimmed = _trim(quote)
    if said_by is not None and (trimmed or inherited):
        return f"{said_by.name} said: {core}"
    if via and (trimmed or inherited):
        return f"{' and '.join(via)} reported: {core}"
    return core


def _trim(quote: str) -> tuple[str, bool]:
    """The statement without attribution clause and outer quotation marks, and whether a clause went."""
    text = " ".join(quote.split())
    without = _TRAILING_ATTRIBUTION.sub(lambda match: match.group("close") or "", text)
    trimmed = len(without) >= 20 and without != text
    if trimmed:
        text = without
    leading = _LEADING_RELAY.match(text)
    if leading and len(text) - leading.end() >= 20:
        text = text[leading.end()].upper() + text[leading.end() + 1 :]
        trimmed = True
    if text[:1] in _OUTER_QUOTES:
        inner = text[1:].rstrip(" .")
        if inner[-1:] in _OUTER_QUOTES and not any(mark in inner[:-1] for mark in _OUTER_QUOTES):
            text = inner[:-1]
    text = text.strip(" ,;:–-")
    if text and text[-1] not in ".!?…":
        text += "."
    return text, trimmed
