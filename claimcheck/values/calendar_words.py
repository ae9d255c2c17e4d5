"""Names of months, weekdays and seasons, German and English, with their numbers."""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "januar": 1,
    "jänner": 1,
    "january": 1,
    "jan": 1,
    "februar": 2,
    "feber": 2,
    "february": 2,
    "feb": 2,
    "märz": 3,
    "maerz": 3,
    "march": 3,
    "mär": 3,
    "mrz": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "mai": 5,
    "may": 5,
    "juni": 6,
    "june": 6,
    "jun": 6,
    "juli": 7,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "oktober": 10,
    "october": 10,
    "okt": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "dezember": 12,
    "december": 12,
    "dez": 12,
    "dec": 12,
}

WEEKDAYS: dict[str, int] = {
    "montag": 0,
    "monday": 0,
    "dienstag": 1,
    "tuesday": 1,
    "mittwoch": 2,
    "wednesday": 2,
    "donnerstag": 3,
    "thursday": 3,
    "freitag": 4,
    "friday": 4,
    "samstag": 5,
    "sonnabend": 5,
    "saturday": 5,
    "sonntag": 6,
    "sunday": 6,
}

# Meteorological seasons: (first month, number of months); winter runs from December into the next year.
SEASONS: dict[str, tuple[int, int]] = {
    "frühling": (3, 3),
    "frühjahr": (3, 3),
    "spring": (3, 3),
    "sommer": (6, 3),
    "summer": (6, 3),
    "herbst": (9, 3),
    "autumn": (9, 3),
    "fall": (9, 3),
    "winter": (12, 3),
}

# Words that make a phrase about time rather than an amount (`8 November`, `drei Jahre her`).
TIME_WORDS = frozenset(
    {*MONTHS, *WEEKDAYS, *SEASONS}
    | {"ago", "her", "heute", "gestern", "morgen", "today", "yesterday", "tomorrow", "jahrhunderts"}
)
