"""Settings from `claimcheck.toml` or `[tool.claimcheck]` in `pyproject.toml`, validated like claims."""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from claimcheck.output.terminal_safe import terminal_safe
from claimcheck.suggest import did_you_mean

SeverityLabel = Literal["error", "warning", "info"]
FailOn = Literal["error", "warning", "info", "none"]


class CrossRefSettings(BaseModel):
    """Thresholds of key-less cross-referencing (possible-duplicate / possible-conflict)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    enabled: bool = True
    statement_threshold: float = Field(default=80.0, ge=0, le=100)
    quote_threshold: float = Field(default=80.0, ge=0, le=100)


class SettingsFile(BaseModel):
    """What a settings file may contain; unknown keys are errors."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str | None = None  # the corpus's name in reports; default: the folder's name
    sources: str = "sources"
    claims: str = "claims"
    report: str = "reports/audit.md"
    min_sources: int = Field(default=2, ge=1)
    tolerance: float = Field(default=0.10, ge=0, lt=1)
    quote_min_score: float = Field(default=90.0, ge=0, le=100)
    fail_on: FailOn = "error"
    severity: dict[str, SeverityLabel] = Field(default_factory=dict)
    aliases: dict[str, list[str]] = Field(default_factory=dict)
    synonyms: dict[str, list[str]] = Field(default_factory=dict)
    units: dict[str, list[str]] = Field(default_factory=dict)
    crossref: CrossRefSettings = Field(default_factory=CrossRefSettings)


class SettingsError(Exception):
    """A settings file that cannot be used: the CLI prints it and exits with status 2."""

    def __init__(self, location: str, message: str, hint: str | None = None) -> None:
        super().__init__(f"{location}: {message}")
        self.location = location
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        hint = f" ({self.hint})" if self.hint else ""
        return terminal_safe(f"{self.location}: error settings: {self.message}{hint}")


@dataclass(frozen=True)
class Settings:
    """Validated settings plus the repository root they apply to."""

    root: Path
    file: SettingsFile
    origin: str | None  # which file they came from, for messages

    @property
    def sources_dir(self) -> Path:
        return (self.root / self.file.sources).resolve()

    @property
    def claims_dir(self) -> Path:
        return (self.root / self.file.claims).resolve()

    @property
    def report_path(self) -> Path:
        return self.root / self.file.report

    def __getattr__(self, name: str) -> Any:
        # Settings read like the file: settings.min_sources, settings.aliases … Only for public
        # names: copy and pickle look up `__getstate__` and the like on an instance whose `file`
        # is not set yet, and reading `self.file` here would then recurse without end.
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.file, name)


def default_settings(root: Path) -> Settings:
    return Settings(root=root, file=SettingsFile(), origin=None)


def load_settings(root: Path, known_checks: tuple[str, ...] = ()) -> Settings:
    """Read settings for the repository at `root`; raise `SettingsError` on any problem."""
    own = root / "claimcheck.toml"
    pyproject = root / "pyproject.toml"
    own_data = _read_toml(own) if own.is_file() else None
    py_data = _read_toml(pyproject) if pyproject.is_file() else None
    py_section = (py_data or {}).get("tool", {}).get("claimcheck") if py_data is not None else None
    if own_data is not None and py_section is not None:
        raise SettingsError(
            "claimcheck.toml",
            "settings are in both claimcheck.toml and pyproject.toml [tool.claimcheck]",
            "keep them in one place",
        )
    if own_data is not None:
        return _validate(root, own, own_data, known_checks)
    if py_section is not None:
        if not isinstance(py_section, dict):
            raise SettingsError("pyproject.toml", "[tool.claimcheck] must be a table")
        return _validate(root, pyproject, py_section, known_checks)
    return default_settings(root)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SettingsError(path.name, f"cannot read settings: {exc}") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
        where = f"{path.name}:{match.group(1)}:{match.group(2)}" if match else path.name
        reason = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
        raise SettingsError(where, f"TOML syntax error: {reason}", "see the TOML format at toml.io") from None


def _validate(root: Path, path: Path, data: dict[str, Any], known_checks: tuple[str, ...]) -> Settings:
    try:
        parsed = SettingsFile.model_validate(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        key = ".".join(str(part) for part in error["loc"])
        where = f"{path.name}:{_line_of_key(path, str(error['loc'][-1]))}"
        if error["type"] == "extra_forbidden":
            model = CrossRefSettings if len(error["loc"]) > 1 else SettingsFile
            options = list(model.model_fields)
            raise SettingsError(
                where, f"unknown setting `{key}`", did_you_mean(str(error["loc"][-1]), options)
            ) from None
        raise SettingsError(where, f"setting `{key}`: {error['msg']}") from None
    for check in parsed.severity:
        if known_checks and check not in known_checks:
            raise SettingsError(
                f"{path.name}:{_line_of_key(path, check)}",
                f"unknown check `{check}` in [severity]",
                did_you_mean(check, list(known_checks)),
            )
    for key in ("sources", "claims", "report"):
        if not _inside(root, getattr(parsed, key), resolve=key == "report"):
            raise SettingsError(
                f"{path.name}:{_line_of_key(path, key)}",
                f"setting `{key}`: {getattr(parsed, key)!r} is outside the repository",
                "give a path relative to the repository and inside it"
                + ("; `--report PATH` writes elsewhere" if key == "report" else ""),
            )
    return Settings(root=root, file=parsed, origin=path.name)


def _inside(root: Path, value: str, *, resolve: bool) -> bool:
    """Whether a path setting stays in the repository, so a cloned repository cannot make the audit
    read or write elsewhere. The report's folder is also followed through links (it is written)."""
    relative = Path(value)
    if relative.is_absolute() or os.path.normpath(relative).split(os.sep)[0] == os.pardir:
        return False
    if not resolve:
        return True
    return (root / relative).parent.resolve().is_relative_to(root.resolve())


def _line_of_key(path: Path, key: str) -> int:
    """Best-effort line of a key in a TOML file (tomllib keeps no positions)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return 1
    pattern = re.compile(rf"^\s*[\"']?{re.escape(key)}[\"']?\s*=")
    for number, line in enumerate(lines, start=1):
        if pattern.match(line):
            return number
    return 1
