"""Units: currencies, percent, durations (in years) and count nouns, from German and English forms."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

YEAR = "year"
DAYS_PER_YEAR = 365.25


@dataclass(frozen=True, slots=True)
class UnitReading:
    """A unit as the canonical name plus the factor that turns the written number into that unit."""

    unit: str
    factor: float = 1.0
    divisor: float = 1.0  # divided last, so that `18 Monate` gives exactly 1.5 years

    def apply(self, number: float) -> float:
        return number * self.factor / self.divisor


def _forms(canonical: str, *forms: str, factor: float = 1.0, divisor: float = 1.0) -> dict[str, UnitReading]:
    reading = UnitReading(canonical, factor, divisor)
    return {form: reading for form in (canonical.casefold(), *forms)}


CURRENCIES: dict[str, UnitReading] = {
    **_forms("USD", "$", "us$", "dollar", "dollars", "us-dollar", "us-dollars", "us dollar", "us dollars"),
    **_forms("EUR", "€", "euro", "euros"),
    **_forms("RUB", "₽", "rubel", "rubeln", "ruble", "rubles", "rouble", "roubles"),
    **_forms("CNY", "yuan", "renminbi", "rmb"),
    **_forms("GBP", "£", "pfund", "pfund sterling", "pound", "pounds", "pound sterling", "pounds sterling"),
    **_forms("JPY", "yen"),
    **_forms("CHF", "franken", "schweizer franken", "swiss franc", "swiss francs"),
    **_forms("UAH", "hrywnja", "hrywnjas", "griwna", "hryvnia", "hryvnias", "hryvnya"),
}

PERCENT: dict[str, UnitReading] = {
    **_forms("percent", "%", "prozent", "per cent", "pct", "vh"),
    **_forms(
        "percentage point",
        "prozentpunkt",
        "prozentpunkte",
        "prozentpunkten",
        "percentage points",
        "pp",
        "pkt",
    ),
}


def _durations(*forms: str, factor: float = 1.0, divisor: float = 1.0) -> dict[str, UnitReading]:
    reading = UnitReading(YEAR, factor, divisor)
    return dict.fromkeys(forms, reading)


DURATIONS: dict[str, UnitReading] = {
    **_durations(YEAR, "years", "yr", "yrs", "jahr", "jahre", "jahren", "jahres", "jahrs"),
    **_durations("jährige", "jähriger", "jährigen", "jährigem", "jähriges", "jährig"),
    **_durations("year-old", "year-olds", "years-old"),
    **_durations("decade", "decades", "jahrzehnt", "jahrzehnte", "jahrzehnten", "jahrzehnts", factor=10),
    **_durations("century", "centuries", "jahrhundert", "jahrhunderte", "jahrhunderten", factor=100),
    **_durations("month", "months", "monat", "monate", "monaten", "monats", divisor=12),
    **_durations("week", "weeks", "woche", "wochen", factor=7, divisor=DAYS_PER_YEAR),
    **_durations("day", "days", "tag", "tage", "tagen", "tages", divisor=DAYS_PER_YEAR),
    **_durations("hour", "hours", "stunde", "stunden", divisor=DAYS_PER_YEAR * 24),
}


def _nouns(canonical: str, *forms: str) -> dict[str, UnitReading]:
    return _forms(canonical, *forms)


# News nouns, German and English, singular and plural → the English singular.
COUNT_NOUNS: dict[str, UnitReading] = {
    **_nouns("project", "projects", "projekt", "projekte", "projekten", "projekts"),
    **_nouns("soldier", "soldiers", "soldat", "soldaten", "troops", "truppen", "militärs"),
    **_nouns("country", "countries", "land", "länder", "ländern", "landes", "staat", "staaten"),
    **_nouns("member", "members", "mitglied", "mitglieder", "mitgliedern", "mitglieds"),
    **_nouns("member state", "member states", "mitgliedstaat", "mitgliedstaaten", "mitgliedsstaaten"),
    **_nouns("call", "calls", "phone call", "phone calls", "telefonat", "telefonate", "telefonaten"),
    **_nouns("call", "anruf", "anrufe", "telefongespräch", "telefongespräche"),
    **_nouns("person", "persons", "people", "person", "personen", "mensch", "menschen"),
    **_nouns("death", "deaths", "dead", "fatalities", "tote", "toten", "todesopfer"),
    **_nouns("injured", "wounded", "verletzte", "verletzten", "verwundete", "verwundeten"),
    **_nouns("victim", "victims", "opfer", "opfern"),
    **_nouns(
        "exercise", "exercises", "drill", "drills", "übung", "übungen", "militärübung", "militärübungen"
    ),
    **_nouns("exercise", "manöver", "manövern", "manoeuvre", "manoeuvres", "maneuver", "maneuvers"),
    **_nouns("meeting", "meetings", "treffen", "begegnung", "begegnungen"),
    **_nouns("summit", "summits", "gipfel", "gipfeltreffen"),
    **_nouns("visit", "visits", "besuch", "besuche", "besuchen", "staatsbesuch", "staatsbesuche"),
    **_nouns("agreement", "agreements", "deal", "deals", "abkommen", "vereinbarung", "vereinbarungen"),
    **_nouns("treaty", "treaties", "vertrag", "verträge", "verträgen"),
    **_nouns("company", "companies", "firm", "firms", "unternehmen", "firma", "firmen", "konzerne"),
    **_nouns("sanction", "sanctions", "sanktion", "sanktionen"),
    **_nouns("weapon", "weapons", "waffe", "waffen"),
    **_nouns("missile", "missiles", "rakete", "raketen", "marschflugkörper"),
    **_nouns("drone", "drones", "drohne", "drohnen"),
    **_nouns("tank", "tanks", "panzer", "kampfpanzer"),
    **_nouns("aircraft", "plane", "planes", "airplanes", "flugzeug", "flugzeuge", "flugzeugen"),
    **_nouns("fighter jet", "fighter jets", "kampfjet", "kampfjets", "kampfflugzeug", "kampfflugzeuge"),
    **_nouns("ship", "ships", "vessel", "vessels", "schiff", "schiffe", "schiffen", "kriegsschiffe"),
    **_nouns("satellite", "satellites", "satellit", "satelliten"),
    **_nouns("attack", "attacks", "strike", "strikes", "angriff", "angriffe", "angriffen", "raketenangriffe"),
    **_nouns("refugee", "refugees", "flüchtling", "flüchtlinge", "flüchtlingen", "geflüchtete"),
    **_nouns("prisoner", "prisoners", "gefangene", "gefangenen", "kriegsgefangene", "häftlinge"),
    **_nouns("journalist", "journalists", "journalisten", "journalistinnen"),
    **_nouns("employee", "employees", "staff", "mitarbeiter", "mitarbeitende", "beschäftigte"),
    **_nouns("child", "children", "kind", "kinder", "kindern"),
    **_nouns("city", "cities", "stadt", "städte", "städten"),
    **_nouns("village", "villages", "dorf", "dörfer", "dörfern"),
    **_nouns("vote", "votes", "stimme", "stimmen"),
    **_nouns("seat", "seats", "sitz", "sitze", "sitzen", "mandat", "mandate"),
    **_nouns("case", "cases", "fall", "fälle", "fällen"),
    **_nouns("partner", "partners", "partnern", "partnerländer"),
    **_nouns("user", "users", "nutzer", "nutzern", "nutzerinnen"),
    **_nouns("inhabitant", "inhabitants", "residents", "einwohner", "einwohnern", "einwohnerinnen"),
    **_nouns("tonne", "tonnes", "ton", "tons", "tonne", "tonnen", "t"),
    **_nouns("barrel", "barrels", "barrel"),
    **_nouns("km", "kilometre", "kilometres", "kilometer", "kilometers", "kilometern"),
}

BUILTIN: dict[str, UnitReading] = {**COUNT_NOUNS, **DURATIONS, **PERCENT, **CURRENCIES}

# English plurals that are not a singular plus `s`.
_NOT_PLURAL = frozenset({"news", "series", "species", "means", "headquarters", "politics", "physics"})
_KEEP_ENDINGS = ("ss", "us", "is", "ics", "'s")


def singular(word: str) -> str:
    """Strip an English plural ending where that is safe (`drones` → `drone`, `countries` → `country`)."""
    if len(word) <= 3 or not word.endswith("s") or word in _NOT_PLURAL or word.endswith(_KEEP_ENDINGS):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes", "zzes")):
        return word[:-2]
    return word[:-1]


def tidy(text: str) -> str:
    """Casefold and collapse whitespace: the key under which a unit form is looked up."""
    return " ".join(text.casefold().split())


def known_unit(phrase: str, synonyms: Mapping[str, str] = {}) -> UnitReading | None:
    """The reading of a unit phrase that is a known form (settings' synonyms first), or None."""
    key = tidy(phrase)
    if not synonyms:
        return BUILTIN.get(key)
    canonical = synonyms.get(key)
    if canonical is None and key in synonyms.values():
        canonical = key  # the canonical name itself, as `format_value` writes it
    if canonical is not None:
        return BUILTIN.get(canonical.casefold(), UnitReading(canonical))
    return BUILTIN.get(key)


def canonical_unit_name(target: str) -> str:
    """The unit a settings entry `canonical: [forms…]` names: a built-in unit's name, or the tidied text."""
    key = tidy(target)
    reading = BUILTIN.get(key)
    if reading is not None and reading.factor == 1.0 and reading.divisor == 1.0:
        return reading.unit
    return key
