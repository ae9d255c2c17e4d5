"""The text format of `sources/<id>.md`: YAML front matter between `---` lines, then the body."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import Any

import yaml

FRONT_MATTER_FIELDS = (
    "title",
    "outlet",
    "url",
    "published",
    "language",
    "authors",
    "credits",
    "retrieved",
    "sha256",
    "note",
)


def normalise_line_ends(text: str) -> str:
    """CRLF and CR become LF, so a checkout with other line ends hashes the same."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def body_sha256(body: str) -> str:
    """The `sha256` a source records: hex digest of the body's UTF-8 bytes after line-end normalisation."""
    return hashlib.sha256(normalise_line_ends(body).encode("utf-8")).hexdigest()


def split_front_matter(text: str) -> tuple[str, str, int] | None:
    """Split a source file into (front matter YAML, body, line number where the body starts).

    The file must start with a line `---`; the front matter ends at the next line that is `---`.
    Returns None when the file has no complete front matter.
    """
    text = normalise_line_ends(text)
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.startswith("---\n"):
        return None
    end = text.find("\n---\n", 3)
    if end == -1:
        if text.endswith("\n---"):
            end = len(text) - 4
            return text[4 : end + 1], "", text.count("\n", 0, end) + 2
        return None
    front = text[4 : end + 1]
    body = text[end + 5 :]
    body_line = text.count("\n", 0, end + 5) + 1
    return front, body, body_line


class _NoAliasDumper(yaml.SafeDumper):
    """Safe YAML that writes a value used twice out twice: the loader refuses `&anchor`/`*alias`."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def render_source_file(meta: Mapping[str, Any], body: str) -> str:
    """Render front matter (known fields first, in a fixed order, then the rest sorted) and body."""
    ordered: dict[str, Any] = {key: meta[key] for key in FRONT_MATTER_FIELDS if key in meta}
    ordered.update({key: meta[key] for key in sorted(meta) if key not in ordered})
    front = yaml.dump(
        ordered,
        Dumper=_NoAliasDumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=None,
        width=1000,
    )
    return f"---\n{front}---\n{normalise_line_ends(body)}"
