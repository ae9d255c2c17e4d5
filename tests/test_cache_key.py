"""The user's key that seals cache entries (`claimcheck/cache_key.py`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.cache_key import Seal, _seal_at, key_path


def test_a_sealed_entry_opens_only_unchanged_and_under_its_key() -> None:
    seal, other = Seal(b"k" * 32), Seal(b"j" * 32)
    sealed = seal.close(b'{"data": 1}')
    assert seal.open(sealed) == b'{"data": 1}'
    assert other.open(sealed) is None
    assert seal.open(sealed.replace(b"1}", b"2}")) is None
    assert seal.open(b'{"data": 1}') is None
    assert seal.open(b"") is None


def test_the_key_is_made_once_private_and_kept(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "cache-key"
    seal = _seal_at(path)
    assert seal is not None and path.stat().st_mode & 0o777 == 0o600
    _seal_at.cache_clear()
    again = _seal_at(path)
    assert again is not None and again.open(seal.close(b"x")) == b"x"


def test_an_unreadable_key_is_replaced(tmp_path: Path) -> None:
    path = tmp_path / "cache-key"
    path.write_text("not a key", encoding="ascii")
    assert _seal_at(path) is not None
    assert len(bytes.fromhex(path.read_text(encoding="ascii"))) == 32
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_where_the_key_is_kept(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("CLAIMCHECK_CACHE_KEY_FILE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert key_path() == tmp_path / "claimcheck" / "cache-key"
    monkeypatch.setenv("CLAIMCHECK_CACHE_KEY_FILE", str(tmp_path / "mine"))
    assert key_path() == tmp_path / "mine"
