"""The bundled corpus (sources/, claims/): its integrity, and the cases the demo audit must show.

Reads the files with PyYAML alone, so that a bug in the loader cannot hide a broken corpus.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import pytest
import yaml

from claimcheck.audit.result import AuditResult
from claimcheck.engine import audit_repository, open_repository
from claimcheck.model import CLAIM_FIELDS
from claimcheck.selection import Selection
from claimcheck.source_file import FRONT_MATTER_FIELDS

ROOT = Path(__file__).resolve().parent.parent
SOURCES_DIR = ROOT / "sources"
CLAIMS_DIR = ROOT / "claims"

ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]*$")
ABOUT_PATTERN = re.compile(r"^[a-z0-9][a-z0-9/._-]*$")
DATE_PART = r"\d{4}(-\d{2}(-\d{2})?)?"
DATE_PATTERN = re.compile(rf"^{DATE_PART}(/{DATE_PART})?$")


CLAIMS_PER_SOURCE = {
    "2022-06-15-xi-putin-telefonat": 31,
    "2022-12-ntv-putin-laedt-xi-ein": 36,
    "2023-11-08-dw-zhang-moskau": 25,
    "2024-10-14-dong-beloussow-peking": 36,
    "2026-china-russland-schulterschluss": 28,
}


def _split_source(text: str) -> tuple[dict[str, Any], str]:
    """Front matter and body of a source file: `---`, YAML, `---`, then the body."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    assert text.startswith("---\n"), "a source file starts with a line '---'"
    end = text.index("\n---\n", 3)
    return yaml.safe_load(text[4 : end + 1]), text[end + 5 :]


def _as_text(value: Any) -> str:
    """A date as YAML may give it (str, int year, date) in the text form the format uses."""
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _load_sources() -> dict[str, tuple[dict[str, Any], str]]:
    return {path.stem: _split_source(path.read_text(encoding="utf-8")) for path in SOURCES_DIR.glob("*.md")}


def _load_claims() -> list[tuple[str, dict[str, Any]]]:
    """(file stem, entry) for every entry of every claims/*.yaml."""
    entries = []
    for path in sorted(CLAIMS_DIR.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert isinstance(data, list), f"{path.name} must be a YAML list"
        entries.extend((path.stem, entry) for entry in data)
    return entries


SOURCES = _load_sources()
CLAIMS = _load_claims()
ENTRIES = [entry for _, entry in CLAIMS]


def _by_about() -> dict[str, list[dict[str, Any]]]:
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for entry in ENTRIES:
        if entry.get("about") is not None:
            groups[entry["about"]].append(entry)
    return groups


def _claim(claim_id: str) -> dict[str, Any]:
    return next(entry for entry in ENTRIES if entry["id"] == claim_id)


def _when(entry: dict[str, Any]) -> str:
    """The time a claim holds: its `when`, else its source's `published`."""
    if entry.get("when") is not None:
        return _as_text(entry["when"])
    return _as_text(SOURCES[entry["source"]][0]["published"])


# -- sources ------------------------------------------------------------------------------------------


def test_there_are_five_sources_with_readable_ids() -> None:
    assert sorted(SOURCES) == sorted(CLAIMS_PER_SOURCE)
    for source_id in SOURCES:
        assert ID_PATTERN.match(source_id), source_id


@pytest.mark.parametrize("source_id", sorted(SOURCES))
def test_source_front_matter_has_exactly_the_documented_fields(source_id: str) -> None:
    meta, _ = SOURCES[source_id]
    assert list(meta) == list(FRONT_MATTER_FIELDS)
    assert meta["language"] == "de"
    assert _as_text(meta["retrieved"]) == "2026-11-23"
    assert isinstance(meta["authors"], list)
    assert isinstance(meta["credits"], list)
    assert meta["title"]
    assert meta["note"], "every source has something inferred, and the note says what"


@pytest.mark.parametrize("source_id", sorted(SOURCES))
def test_no_source_has_an_invented_url(source_id: str) -> None:
    assert SOURCES[source_id][0]["url"] is None


@pytest.mark.parametrize("source_id", sorted(SOURCES))
def test_source_sha256_matches_its_body(source_id: str) -> None:
    meta, body = SOURCES[source_id]
    assert meta["sha256"] == hashlib.sha256(body.encode("utf-8")).hexdigest()


@pytest.mark.parametrize("source_id", sorted(SOURCES))
def test_published_is_a_date_of_reduced_precision(source_id: str) -> None:
    assert DATE_PATTERN.match(_as_text(SOURCES[source_id][0]["published"]))


@pytest.mark.parametrize("source_id", sorted(SOURCES))
def test_source_body_has_no_page_furniture(source_id: str) -> None:
    _, body = SOURCES[source_id]
    for furniture in (
        "Zum Inhalt springen",
        "Noch keine Kommentare",
        "Auch interessant",
        "Den nächsten Abschnitt",
        "Newsletter",
        "kostenlos anmelden",
        "Foto:",
        "Bild:",
    ):
        assert furniture not in body, furniture


def test_outlets_and_credits_are_what_the_texts_show() -> None:
    outlets = {source_id: meta["outlet"] for source_id, (meta, _) in SOURCES.items()}
    credits = {source_id: meta["credits"] for source_id, (meta, _) in SOURCES.items()}
    assert outlets == {
        "2022-06-15-xi-putin-telefonat": None,
        "2022-12-ntv-putin-laedt-xi-ein": "ntv.de",
        "2023-11-08-dw-zhang-moskau": "Deutsche Welle",
        "2024-10-14-dong-beloussow-peking": None,
        "2026-china-russland-schulterschluss": None,
    }
    assert credits == {
        "2022-06-15-xi-putin-telefonat": [],
        "2022-12-ntv-putin-laedt-xi-ein": ["dpa", "AFP", "Reuters"],
        "2023-11-08-dw-zhang-moskau": ["dpa", "Reuters"],
        "2024-10-14-dong-beloussow-peking": ["AFP"],
        "2026-china-russland-schulterschluss": [],
    }


# -- claims -------------------------------------------------------------------------------------------


def test_claim_counts_per_source() -> None:
    assert dict(Counter(entry["source"] for entry in ENTRIES)) == CLAIMS_PER_SOURCE


def test_claim_ids_are_unique_and_well_formed() -> None:
    ids = [entry["id"] for entry in ENTRIES]
    duplicates = [claim_id for claim_id, count in Counter(ids).items() if count > 1]
    assert duplicates == []
    assert [claim_id for claim_id in ids if not ID_PATTERN.match(claim_id)] == []


@pytest.mark.parametrize(("stem", "entry"), CLAIMS, ids=[entry["id"] for _, entry in CLAIMS])
def test_claim_is_well_formed(stem: str, entry: dict[str, Any]) -> None:
    documented_order = [field for field in CLAIM_FIELDS if field in entry]
    assert list(entry) == documented_order
    assert entry["source"] in SOURCES
    assert entry["source"] == stem, "claims/<source-id>.yaml holds the claims of that source"
    assert entry["claim"].strip()
    if entry.get("about") is not None:
        assert ABOUT_PATTERN.match(entry["about"])
    if entry.get("when") is not None:
        assert DATE_PATTERN.match(_as_text(entry["when"]))
    assert entry.get("stance", "asserts") in ("asserts", "denies")
    assert entry.get("confidence") in ("high", "medium", "low")
    assert entry.get("rank", "normal") in ("normal", "preferred", "deprecated")


@pytest.mark.parametrize(("stem", "entry"), CLAIMS, ids=[entry["id"] for _, entry in CLAIMS])
def test_quote_stands_verbatim_in_its_source(stem: str, entry: dict[str, Any]) -> None:
    _, body = SOURCES[entry["source"]]
    assert entry["quote"] in body


def test_every_about_is_shared_by_at_least_two_claims() -> None:
    lonely = sorted(about for about, members in _by_about().items() if len(members) < 2)
    assert lonely == []


# -- what the demo audit must find ---------------------------------------------------------------------


def _values_by_time(about: str) -> list[tuple[str, str]]:
    return sorted((_when(entry), entry["value"]) for entry in _by_about()[about])


def test_russian_defense_minister_changes_over_time() -> None:
    assert _values_by_time("ru/defense-minister") == [
        ("2023-11-08", "Sergei Shoigu"),
        ("2024-10-14", "Andrei Belousov"),
        ("2026", "Andrei Belousov"),
    ]


def test_chinese_defense_minister_changes_over_time() -> None:
    assert _values_by_time("cn/defense-minister") == [
        ("2023-10", "Li Shangfu"),
        ("2023-11-08", "vacant"),
        ("2024-10-14", "Dong Jun"),
        ("2026", "Dong Jun"),
    ]


def test_2026_article_contradicts_itself_on_the_format_of_the_talks() -> None:
    members = _by_about()["cn-ru/defense-ministers-talks-2026/format"]
    assert {entry["source"] for entry in members} == {"2026-china-russland-schulterschluss"}
    assert sorted(entry["value"] for entry in members) == ["phone call", "videoconference"]
    assert {_when(entry) for entry in members} == {"2026"}


def _speakers(about: str) -> set[str]:
    names = set()
    for entry in _by_about()[about]:
        said_by = entry.get("said_by")
        names.add(said_by["name"] if isinstance(said_by, dict) else said_by)
    return names


@pytest.mark.parametrize(
    ("about", "speaker", "sources"),
    [
        ("cn-ru/exercise-sea-of-japan-2023/largest-in-30-years", "Vladimir Putin", 1),
        ("cn-ru/joint-projects/volume", "Oleh Luhovskyi", 1),
        ("cn/intelligence-support-for-russia", "SZRU", 1),
        ("cn-ru/xi/ready-to-intensify-strategic-coordination", "Xi Jinping", 2),
        ("cn-ru/dong/deepen-strategic-cooperation", "Dong Jun", 2),
    ],
)
def test_one_speaker_repeated_stays_one_origin(about: str, speaker: str, sources: int) -> None:
    assert _speakers(about) == {speaker}
    assert len({entry["source"] for entry in _by_about()[about]}) == sources


def test_luhovskyi_figures_are_recorded_with_their_values() -> None:
    assert _claim("allianz26-luhovskyi-projects-count")["value"] == "> 60 project"
    assert _claim("allianz26-luhovskyi-volume")["value"] == "> 100 billion USD"


@pytest.mark.parametrize(
    "about",
    [
        "cn/claims-neutrality",
        "cn/supplies-russian-military",
        "cn/backs-russia",
        "cn-ru/military-cooperation/expansion",
        "ru/international-isolation",
    ],
)
def test_corroborated_propositions_come_from_several_sources(about: str) -> None:
    assert len({entry["source"] for entry in _by_about()[about]}) >= 2


# -- what claimcheck itself says of the corpus ----------------------------------------------------


def _audit() -> AuditResult:
    return audit_repository(open_repository(ROOT), Selection(), dt.date(2026, 11, 23))


def test_validate_finds_no_input_problem_and_every_quote_is_exact() -> None:
    result = _audit()
    input_checks = {"invalid-entry", "duplicate-id", "unknown-source", "quote-not-found", "quote-inexact"}
    assert [f.one_line() for f in result.findings if f.check in input_checks | {"source-modified"}] == []
    assert {anchor.kind.value for anchor in result.context.inputs.anchors if anchor} == {"exact"}
    assert all(anchor is not None for anchor in result.context.inputs.anchors)


def test_the_audit_finds_what_a_careful_reader_finds() -> None:
    result = _audit()
    verdicts = {p.about: p.verdict.value for p in result.propositions if p.about}
    # The one internal contradiction: videoconference vs phone call in the 2026 piece.
    assert [p.about for p in result.propositions if p.verdict.value == "conflict"] == [
        "cn-ru/defense-ministers-talks-2026/format"
    ]
    # Facts that changed over time are superseded, not conflicting.
    assert verdicts["ru/defense-minister"] == "superseded"
    assert verdicts["cn/defense-minister"] == "superseded"
    # Repetition is not corroboration.
    assert verdicts["cn-ru/exercise-sea-of-japan-2023/largest-in-30-years"] == "single-source"
    assert verdicts["cn-ru/xi/ready-to-intensify-strategic-coordination"] == "single-source"
    assert verdicts["cn-ru/joint-exercises/held"] == "single-source"  # two outlets, both crediting AFP
    # Independent origins corroborate.
    assert verdicts["cn/claims-neutrality"] == "corroborated"
