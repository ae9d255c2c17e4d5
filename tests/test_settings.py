"""Settings files: defaults, validation with positions and suggestions, one place only."""

from __future__ import annotations

import copy
import pickle
from pathlib import Path

import pytest

from claimcheck.checks import CHECK_IDS
from claimcheck.settings import SettingsError, default_settings, load_settings


def test_no_settings_file_gives_the_defaults(tmp_path: Path) -> None:
    settings = load_settings(tmp_path, CHECK_IDS)
    assert (settings.min_sources, settings.tolerance, settings.fail_on) == (2, 0.1, "error")
    assert settings.sources_dir == (tmp_path / "sources").resolve()


def test_claimcheck_toml_is_read(tmp_path: Path) -> None:
    (tmp_path / "claimcheck.toml").write_text(
        'min_sources = 3\n[aliases]\n"Sergei Shoigu" = ["Schoigu"]\n[severity]\nsingle-source = "error"\n'
    )
    settings = load_settings(tmp_path, CHECK_IDS)
    assert settings.min_sources == 3
    assert settings.aliases == {"Sergei Shoigu": ["Schoigu"]}
    assert settings.severity == {"single-source": "error"}


def test_pyproject_tool_section_is_read(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n[tool.claimcheck]\nclaims = 'data'\n")
    assert load_settings(tmp_path, CHECK_IDS).claims == "data"


@pytest.mark.parametrize(
    ("text", "location", "words"),
    [
        ("min_source = 3\n", "claimcheck.toml:1", "did you mean `min_sources`?"),
        ("\n\nmin_sources = 0\n", "claimcheck.toml:3", "greater than or equal to 1"),
        ("[severity]\nsingle-sorce = 'error'\n", "claimcheck.toml:2", "did you mean `single-source`?"),
        ("[severity]\nconflict = 'fatal'\n", "claimcheck.toml:2", "'error', 'warning' or 'info'"),
        ("min_sources = \n", "claimcheck.toml:1:15", "TOML syntax error"),
        ("[crossref]\nthreshold = 3\n", "claimcheck.toml:2", "did you mean"),
    ],
)
def test_bad_settings_are_one_clear_error(tmp_path: Path, text: str, location: str, words: str) -> None:
    (tmp_path / "claimcheck.toml").write_text(text)
    with pytest.raises(SettingsError) as info:
        load_settings(tmp_path, CHECK_IDS)
    assert str(info.value).startswith(location + ":")
    assert words in str(info.value)


def test_two_settings_files_are_refused(tmp_path: Path) -> None:
    (tmp_path / "claimcheck.toml").write_text("min_sources = 2\n")
    (tmp_path / "pyproject.toml").write_text("[tool.claimcheck]\nmin_sources = 3\n")
    with pytest.raises(SettingsError, match=r"both claimcheck\.toml and pyproject\.toml"):
        load_settings(tmp_path, CHECK_IDS)


def test_settings_survive_pickling_and_copying(tmp_path: Path) -> None:
    settings = default_settings(tmp_path)
    for twin in (pickle.loads(pickle.dumps(settings)), copy.deepcopy(settings)):
        assert twin == settings and twin.min_sources == settings.min_sources
