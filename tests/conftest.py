"""Shared test fixtures: no test may reach any address but this machine's loopback; a corpus copy."""

from __future__ import annotations

import ipaddress
import json
import shutil
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from claimcheck.cache_key import user_seal

BUNDLED_ROOT = Path(__file__).resolve().parents[1]
_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


def _is_loopback(address: Any) -> bool:
    if isinstance(address, str | bytes):  # a unix socket path
        return True
    host = address[0]
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class NetworkBlocked(RuntimeError):
    """A test tried to reach a non-loopback address."""


def _guarded_connect(self: socket.socket, address: Any) -> None:
    if not _is_loopback(address):
        raise NetworkBlocked(f"test tried to connect to {address!r}; tests use 127.0.0.1 only")
    _real_connect(self, address)


def _guarded_connect_ex(self: socket.socket, address: Any) -> int:
    if not _is_loopback(address):
        raise NetworkBlocked(f"test tried to connect to {address!r}; tests use 127.0.0.1 only")
    return _real_connect_ex(self, address)


@pytest.fixture(autouse=True)
def _block_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(socket.socket, "connect", _guarded_connect)
    monkeypatch.setattr(socket.socket, "connect_ex", _guarded_connect_ex)
    yield


def copy_bundled_corpus(tmp_path: Path) -> Path:
    """A copy of the bundled corpus (sources, claims, settings) that a test may change."""
    repo = tmp_path / "repo"
    repo.mkdir()
    for name in ("sources", "claims"):
        shutil.copytree(BUNDLED_ROOT / name, repo / name)
    shutil.copy(BUNDLED_ROOT / "claimcheck.toml", repo / "claimcheck.toml")
    return repo


def read_cache_entry(path: Path) -> Any:
    """A cache entry's JSON, its seal checked (`claimcheck/cache_key.py`)."""
    seal = user_seal()
    assert seal is not None
    payload = seal.open(path.read_bytes())
    assert payload is not None, f"{path} is not sealed with this user's key"
    return json.loads(payload)


def write_cache_entry(path: Path, entry: Any) -> None:
    """Store `entry` as this user's claimcheck would: sealed, so that it is believed as it is."""
    seal = user_seal()
    assert seal is not None
    path.write_bytes(seal.close(json.dumps(entry).encode("utf-8")))
