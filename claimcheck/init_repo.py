"""`claimcheck init`: a new claim repository with settings, a sample source and claim, and a README."""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import yaml

from claimcheck.atomic_write import write_text_atomic
from claimcheck.model import SourceMeta
from claimcheck.source_file import body_sha256, render_source_file, split_front_matter

SETTINGS_FILE = "claimcheck.toml"
SAMPLE_SOURCE = "sources/example-source.md"
SAMPLE_CLAIMS = "claims/example.yaml"
README = "README.md"


class InitError(Exception):
    """A folder `init` must not write into (without --force), or cannot: exit status 2."""


@dataclass
class InitResult:
    """What `init` wrote and what it left as it was, as paths relative to the new repository."""

    root: Path
    written: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)


def template(name: str) -> str:
    """A file of the package data in claimcheck/data/."""
    return (resources.files("claimcheck") / "data" / name).read_text(encoding="utf-8")


def settings_template() -> str:
    """`claimcheck.toml` with every setting commented out at its default."""
    return template("init_claimcheck.toml")


def claims_template() -> str:
    return template("init_claims.yaml")


def sample_source(retrieved: dt.date) -> str:
    """The example source file, with its `sha256` computed and `retrieved` set."""
    parts = split_front_matter(template("init_source.md"))
    assert parts is not None, "claimcheck/data/init_source.md has front matter"
    front, body, _ = parts
    data = yaml.safe_load(front)
    meta = SourceMeta.model_validate({**data, "retrieved": retrieved, "sha256": body_sha256(body)})
    return render_source_file(meta.model_dump(mode="json"), body)


def init_repository(root: Path, *, today: dt.date, force: bool = False) -> InitResult:
    """Write a new claim repository at `root` (created if missing).

    Refuses, unless `force`, when `root` already has a non-empty `claimcheck.toml`, `sources/` or
    `claims/`; with `force` the example files and settings are written over what is there (other files
    are left alone). An existing README.md is never replaced.
    """
    if root.exists() and not root.is_dir():
        raise InitError(f"{root}: not a folder")
    for folder in ("sources", "claims"):
        if (root / folder).exists() and not (root / folder).is_dir():
            raise InitError(f"{root / folder}: a file where the {folder} folder belongs")
    in_use = _in_use(root)
    if in_use and not force:
        raise InitError(
            f"{root}: already a claim repository ({', '.join(in_use)}); use --force to write the example "
            "files and settings anyway"
        )
    result = InitResult(root=root)
    files = {
        SAMPLE_SOURCE: sample_source(today),
        SAMPLE_CLAIMS: claims_template(),
    }
    if _settings_in_pyproject(root):
        result.kept.append("pyproject.toml (has [tool.claimcheck]; no claimcheck.toml written)")
    else:
        files[SETTINGS_FILE] = settings_template()
    if (root / README).exists():
        result.kept.append(README)
    else:
        files[README] = template("init_readme.md")
    root.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        write_text_atomic(root / name, text)
        result.written.append(name)
    return result


def _in_use(root: Path) -> list[str]:
    """What in `root` says that it already holds a claim repository."""
    found: list[str] = []
    settings = root / SETTINGS_FILE
    if settings.is_file() and settings.read_text(encoding="utf-8", errors="replace").strip():
        found.append(SETTINGS_FILE)
    if _settings_in_pyproject(root):
        found.append("pyproject.toml [tool.claimcheck]")
    for folder in ("sources", "claims"):
        path = root / folder
        if path.is_dir() and any(path.iterdir()):
            found.append(f"{folder}/")
    return found


def _settings_in_pyproject(root: Path) -> bool:
    path = root / "pyproject.toml"
    if not path.is_file():
        return False
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False
    return "claimcheck" in data.get("tool", {})
