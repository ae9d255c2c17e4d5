"""schema.org names of the ClaimReview exchange, and the rule that tells organisations from people."""

from __future__ import annotations

import re
import unicodedata

SCHEMA_ORG = "https://schema.org"

# Google shows `claimReviewed` in search results and asks for fewer than 75 characters.
CLAIM_REVIEWED_LIMIT = 75
ELLIPSIS = "…"

# Whole words (case-folded) that make a name an organisation's: "Ministry of Defence", "Xinhua News Agency".
# fmt: off
ORGANISATION_WORDS = frozenset(
    {
        # English
        "agency", "alliance", "army", "association", "authority", "bank", "board", "bureau", "cabinet",
        "center", "centre", "channel", "command", "commission", "committee", "company", "congress",
        "corp", "corporation", "council", "department", "embassy", "federation", "forces", "foundation",
        "gazette", "government", "group", "headquarters", "inc", "institute", "journal", "kremlin", "llc",
        "ltd", "magazine", "media", "military", "ministry", "nations", "navy", "network", "news",
        "newspaper", "office", "organisation", "organization", "parliament", "party", "pentagon", "plc",
        "police", "press", "radio", "senate", "service", "staff", "television", "times", "union",
        "university",
        # German
        "amt", "armee", "bundesregierung", "bundeswehr", "fernsehen", "gericht", "gmbh", "institut",
        "kreml", "partei", "polizei", "regierung", "rundfunk", "stiftung", "streitkräfte", "verband",
        "zeitung",
    }
)
# fmt: on

# Endings of German compounds: "Verteidigungsministerium", "Nachrichtenagentur", "Bundesamt".
ORGANISATION_ENDINGS = ("ministerium", "regierung", "agentur", "behörde", "bundesamt", "verband", "zeitung")

# News agencies and broadcasters that appear as a bare name in `said_by` or `via`.
KNOWN_ORGANISATIONS = frozenset(
    {"afp", "ap", "associated press", "dpa", "interfax", "reuters", "ria novosti", "tass", "xinhua"}
)

_ACRONYM = re.compile(r"^[A-ZÄÖÜ][A-ZÄÖÜ0-9&.\-]{1,7}$")  # NATO, SZRU, CCTV, PLA, UN


def is_organisation_name(name: str) -> bool:
    """Whether `said_by: NAME` (without a role) names an organisation rather than a person.

    A name is an organisation's when it is an acronym written in capitals (`NATO`, `SZRU`, `CCTV`), a
    known news agency (`dpa`, `Reuters`), or contains a word that names a kind of organisation
    (`Ministry`, `Government`, `News`, `Zeitung`, `Kreml` …, or a German compound ending in
    `-ministerium`, `-agentur`, `-behörde` …). Anything else is a person. The rule can be wrong about a
    person called "Court" or a club called "Arsenal"; a `role:` always makes a `said_by` a person.
    """
    text = unicodedata.normalize("NFC", name).strip()
    if not text:
        return False
    if _ACRONYM.match(text):
        return True
    folded = text.casefold()
    if folded in KNOWN_ORGANISATIONS:
        return True
    words = re.findall(r"[\w]+", folded)
    if any(word in ORGANISATION_WORDS for word in words):
        return True
    return any(word.endswith(ORGANISATION_ENDINGS) for word in words)


MAPPING_DOC = """\
| claimcheck | ClaimReview JSON-LD |
|---|---|
| `review.url` | `url` (the published fact-check) |
| `claim` | `claimReviewed`; shortened with `…` at a word boundary when it has 75 characters or more \
(Google's advice), the full text then in `itemReviewed.description` |
| `review.author` | `author` (`Organization`) |
| `review.date` | `datePublished` |
| `review.rating`, `rating_value`, `best`, `worst` | `reviewRating` (`Rating`: `alternateName`, \
`ratingValue`, `bestRating`, `worstRating`) |
| `quote` | `itemReviewed.text` (the `Claim`'s words as its source has them) |
| `said_by` | `itemReviewed.author`: a `Person` (`name`, `jobTitle` = role, `affiliation` = org as an \
`Organization`), or an `Organization` (`parentOrganization` = org) when the name is an organisation's \
and no role is given: an acronym in capitals, a news agency, or a name with a word like Ministry, \
Government, News, Zeitung, Kreml |
| `when` | `itemReviewed.temporalCoverage` (when the claim holds, a date or a period) |
| the claim's source and the sources of other claims with the same `about`, stance and value, or the \
same quote | `itemReviewed.appearance` (`CreativeWork`: `url`, `headline` = title, `datePublished` = \
published, `publisher` = outlet, `author` = authors, `inLanguage` = language), the claim's own source first |
| the earliest of those | `itemReviewed.firstAppearance`; its date is `itemReviewed.datePublished` \
(when the claim entered public discourse), else `when` |

`claimcheck import claimreview` reads the same mapping back: one claim per ClaimReview (into
`claims/imported-claimreview.yaml`) and one source per appearance, whose body holds the quoted claim (only
that: the fact-check does not carry the document's text; the source's `note` says so). The claim's source is
its first appearance. `about`, `value`, `via` and the other claimcheck fields have no ClaimReview property
and are not exported.
"""
