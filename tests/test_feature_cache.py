"""The claim-texts cache: what it restores of each claims file is what reading the texts gives."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from claimcheck.audit import feature_cache
from claimcheck.audit.feature_cache import FileTexts, file_texts, texts_by_file
from claimcheck.audit.text_features import text_features
from claimcheck.cache import CACHE_DIR, Cache
from claimcheck.engine import open_repository
from claimcheck.repository import runs_by_file
from tests.conftest import copy_bundled_corpus, read_cache_entry, write_cache_entry


def _features(repo: Path) -> tuple[list[FileTexts], Cache]:
    cache = Cache(repo)
    loaded = open_repository(repo, cache=cache)
    return list(texts_by_file(loaded.claims, cache, {})), cache


def _read(repo: Path) -> list[FileTexts]:
    records = open_repository(repo).claims
    pairs = [(text_features(r.claim.claim), text_features(r.claim.quote)) for r in records]
    return [file_texts(pairs[start:end], {}) for start, end in runs_by_file(records)]


def _element_types(files: list[FileTexts]) -> list[list[set[str]]]:
    return [[{type(item).__name__ for item in items} for texts in f.claims for items in texts] for f in files]


def test_texts_from_the_cache_are_those_read_from_the_texts(tmp_path: Path) -> None:
    repo = copy_bundled_corpus(tmp_path)
    first, cache = _features(repo)
    assert first == _read(repo)
    assert list((repo / CACHE_DIR).rglob(f"{feature_cache.KIND}/*/*.json")), "the first run stores them"
    second, cache = _features(repo)
    assert cache.misses == 0
    assert second == first
    assert _element_types(second) == _element_types(first)  # years stay ints, numbers floats
    assert any(file.capitalised for file in second) and all(file.lower for file in second)


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: {**data, "claims": data["claims"][:-1]},  # one claim short
        lambda data: {**data, "floats": [["x"]] * len(data["floats"])},  # numbers that are not numbers
        lambda data: {**data, "ints": [[2019.5]] * len(data["ints"])},  # a year that is not a year
        lambda data: {**data, "strings": [[1]] * len(data["strings"])},  # a date that is a number
        lambda data: {**data, "claims": [[*row[:-1], -1] for row in data["claims"]]},  # no such set
        lambda data: {**data, "claims": [[*row[:-1], 10**6] for row in data["claims"]]},  # no such set
        lambda data: {**data, "claims": [[*row[:-1], True] for row in data["claims"]]},  # not a place
        lambda data: {**data, "lower": "abc"},  # words that are not a list
        lambda data: ["not", "a mapping"],
    ],
)
def test_a_damaged_entry_is_read_again_not_believed(tmp_path: Path, damage: object) -> None:
    repo = copy_bundled_corpus(tmp_path)
    expected, _ = _features(repo)
    for path in (repo / CACHE_DIR).rglob(f"{feature_cache.KIND}/*/*.json"):
        entry = read_cache_entry(path)  # sealed again: the types are what is checked here
        entry["data"] = damage(entry["data"])  # type: ignore[operator]
        write_cache_entry(path, entry)
    again, _ = _features(repo)
    assert again == expected


def test_an_edited_claims_file_has_its_texts_read_again(tmp_path: Path) -> None:
    repo = copy_bundled_corpus(tmp_path)
    _features(repo)
    path = sorted((repo / "claims").glob("*.yaml"))[0]
    text = path.read_text(encoding="utf-8")
    first_claim = text.index("claim: ")
    edited = text[:first_claim] + "claim: Am 7. März 2019 kamen 12 Panzer an. " + text[first_claim + 7 :]
    path.write_text(edited, encoding="utf-8")
    restored, _ = _features(repo)
    assert restored == _read(repo)
    assert any("2019-03-07" in texts.days for file in restored for texts in file.claims)


def _in_parallel(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(feature_cache, "PARALLEL_MIN_CLAIMS", 0)
    monkeypatch.setattr(feature_cache, "CHUNK_CLAIMS", 7)
    monkeypatch.setattr(feature_cache, "cores", lambda: 2)


def test_texts_read_in_a_worker_process_give_the_same_features(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = copy_bundled_corpus(tmp_path)
    _in_parallel(monkeypatch)
    parent, mark = os.getpid(), tmp_path / "a worker read texts"

    def noting_the_worker(text: str) -> object:
        if os.getpid() != parent:
            mark.touch()
        return text_features(text)

    # the worker runs the module's `_read_texts`, which looks `text_features` up in the module
    monkeypatch.setattr(feature_cache, "text_features", noting_the_worker)
    loaded = open_repository(repo)
    assert list(texts_by_file(loaded.claims, None, {})) == _read(repo)
    assert mark.exists()


def test_a_worker_that_dies_leaves_its_texts_to_be_read_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = copy_bundled_corpus(tmp_path)
    _in_parallel(monkeypatch)
    parent = os.getpid()

    def dying_in_a_worker(text: str) -> object:
        if os.getpid() != parent:
            os._exit(3)  # as if killed (out of memory)
        return text_features(text)

    monkeypatch.setattr(feature_cache, "text_features", dying_in_a_worker)
    loaded = open_repository(repo)
    assert list(texts_by_file(loaded.claims, None, {})) == _read(repo)
