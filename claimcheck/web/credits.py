"""The news agencies an article credits at its end or in its dateline: `uh/fab (dpa, rtr)` → dpa, Reuters."""

from __future__ import annotations

import re

# Agency abbreviations and names as newsrooms write them → the name the repository uses.
AGENCIES: dict[str, str] = {
    "dpa": "dpa",
    "afp": "AFP",
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
    "ap": "AP",
    "associated press": "AP",
    "rtr": "Reuters",
    "rts": "Reuters",
    "reuters": "Reuters",
    "kna": "KNA",
    "epd": "epd",
    "sid": "SID",
    "apa": "APA",
    "ddp": "ddp",
    "dts": "dts",
    "efe": "EFE",
    "ansa": "ANSA",
    "anp": "ANP",
    "sda": "SDA",
    "bloomberg": "Bloomberg",
    "xinhua": "Xinhua",
    "tass": "TASS",
    "interfax": "Interfax",
    "pa": "PA Media",
    "pa media": "PA Media",
}

# "uh/fab (dpa, rtr)": editors' initials, then the agencies in brackets (Deutsche Welle and others).
_INITIALS_THEN_AGENCIES = re.compile(r"^[a-zäöüß]{1,5}(?:\s*/\s*[a-zäöüß]{1,5})*\s*\(([^()]{2,80})\)\.?$")
# "Quelle: ntv.de, mdi/dpa/AFP/rts"
_SOURCE_LINE = re.compile(r"^(?:quelle|quellen|source|sources)\s*:\s*(.{2,120})$", re.IGNORECASE)
# "With reporting by Reuters and Agence France-Presse." / "Mit Material von dpa und AFP"
_REPORTING_LINE = re.compile(
    r"^(?:with (?:additional )?reporting (?:by|from)|additional reporting by|"
    r"mit material (?:von|der nachrichtenagenturen?|der agenturen?))\s+(.{2,160}?)\.?$",
    re.IGNORECASE,
)
# "Berlin (dpa) - …" / "MOSKAU (AFP/Reuters) –"
_DATELINE = re.compile(r"^[A-ZÄÖÜ][\w .'/-]{1,40}\s\(([A-Za-z][A-Za-z/, -]{1,40})\)\s*[-–—]")
_SPLIT = re.compile(r"\s*(?:,|/|;|\band\b|\bund\b|&)\s*", re.IGNORECASE)
_TAIL_LINES = 6


def find_credits(text: str) -> list[str]:
    """Agencies named by credit lines in the last lines of `text` or by a dateline in its first line.

    Only known agencies are kept, so that editors' initials and the outlet's own name ("ntv.de")
    never appear as credits. An article that names no agency gets an empty list.
    """
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    found: list[str] = []
    if lines:
        dateline = _DATELINE.match(lines[0])
        if dateline:
            found.extend(_agencies(dateline.group(1)))
    for line in lines[-_TAIL_LINES:]:
        for pattern in (_INITIALS_THEN_AGENCIES, _SOURCE_LINE, _REPORTING_LINE):
            match = pattern.match(line)
            if match:
                found.extend(_agencies(match.group(1)))
                break
    return list(dict.fromkeys(found))


def _agencies(listing: str) -> list[str]:
    names = []
    for part in _SPLIT.split(listing):
        name = AGENCIES.get(part.strip().strip(".").casefold())
        if name is not None:
            names.append(name)
    return names
