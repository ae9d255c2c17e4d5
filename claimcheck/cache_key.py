"""The user's own key, which seals cache entries: a cache that came with a repository is not believed.

`.claimcheck-cache/` lives inside the repository, so it can arrive with it: committed by mistake,
or on purpose — a pull request that adds a whole-run entry saying "nothing found" would otherwise
make an audit in CI pass. So every entry carries an HMAC-SHA256 under a random key that is kept
outside any repository, in the user's cache folder (`$XDG_CACHE_HOME/claimcheck/cache-key`, else
`~/.cache/claimcheck/cache-key`; `CLAIMCHECK_CACHE_KEY_FILE` names another file). An entry made
anywhere else does not open, and its file is read again. Where no key can be kept (no home
folder, a read-only one), there is no cache.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import hmac
import os
import secrets
from pathlib import Path

KEY_BYTES = 32
_MAC_CHARS = 64  # hex digits of an HMAC-SHA256


class Seal:
    """Seals and opens cache entries with one key."""

    def __init__(self, key: bytes) -> None:
        self._key = key

    def _mac(self, payload: bytes) -> bytes:
        return hmac.new(self._key, payload, hashlib.sha256).hexdigest().encode("ascii")

    def close(self, payload: bytes) -> bytes:
        """The entry as stored: its MAC, a line break, the payload."""
        return self._mac(payload) + b"\n" + payload

    def open(self, sealed: bytes) -> bytes | None:
        """The payload, if this key sealed it; None for anything else."""
        if sealed[_MAC_CHARS : _MAC_CHARS + 1] != b"\n":
            return None
        payload = sealed[_MAC_CHARS + 1 :]
        return payload if hmac.compare_digest(sealed[:_MAC_CHARS], self._mac(payload)) else None


def key_path() -> Path | None:
    """Where the user's key is kept (None: nowhere to keep one)."""
    named = os.environ.get("CLAIMCHECK_CACHE_KEY_FILE")
    if named:
        return Path(named)
    base = os.environ.get("XDG_CACHE_HOME")
    if base:
        return Path(base) / "claimcheck" / "cache-key"
    with contextlib.suppress(RuntimeError, KeyError):
        return Path.home() / ".cache" / "claimcheck" / "cache-key"
    return None


def user_seal() -> Seal | None:
    """The seal of the user's key, made on first use; None if no key can be read or kept."""
    path = key_path()
    return None if path is None else _seal_at(path)


@functools.cache
def _seal_at(path: Path) -> Seal | None:
    key = _read_key(path)
    if key is None:
        key = _make_key(path)
    return None if key is None else Seal(key)


def _read_key(path: Path) -> bytes | None:
    try:
        text = path.read_text(encoding="ascii").strip()
        key = bytes.fromhex(text)
    except (OSError, ValueError):
        return None
    return key if len(key) == KEY_BYTES else None


def _make_key(path: Path) -> bytes | None:
    """A new random key, stored readable by the user alone. Two processes making one at once agree
    on whichever was linked into place first (a link, unlike a rename, never replaces a file)."""
    key = secrets.token_bytes(KEY_BYTES)
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        scratch = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
        fd = os.open(scratch, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(fd, "w", encoding="ascii") as handle:
                handle.write(key.hex() + "\n")
                handle.flush()
                os.fsync(handle.fileno())
            try:
                os.link(scratch, path)
            except FileExistsError:
                # Another process made one first; or an unreadable key is in the way: replace it
                # (whatever it sealed cannot be opened anyway).
                found = _read_key(path)
                if found is not None:
                    return found
                os.replace(scratch, path)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(scratch)
    except OSError:
        return None
    return _read_key(path)
