"""Which addresses a fetch may reach: every resolved address must be public."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Sequence

import pytest

from claimcheck.web.address_policy import AddressPolicy, Resolver, address_category
from claimcheck.web.fetch_error import FailureKind, FetchError


@pytest.mark.parametrize(
    ("address", "category"),
    [
        ("127.0.0.1", "loopback"),
        ("::1", "loopback"),
        ("10.1.2.3", "private"),
        ("172.16.0.1", "private"),
        ("192.168.178.1", "private"),
        ("fd00::1", "private"),
        ("169.254.169.254", "link-local"),
        ("fe80::1", "link-local"),
        ("0.0.0.0", "unspecified"),
        ("224.0.0.1", "multicast"),
        ("240.0.0.1", "private"),
        ("100.64.0.1", "non-public"),
        ("::ffff:127.0.0.1", "loopback"),
        ("::ffff:10.0.0.1", "private"),
        ("93.184.216.34", None),
        ("2606:4700::6810:84e5", None),
    ],
)
def test_address_categories(address: str, category: str | None) -> None:
    assert address_category(ipaddress.ip_address(address)) == category


def resolver(mapping: dict[str, list[str]]) -> Resolver:
    def resolve(host: str, port: int) -> Sequence[str]:
        return mapping[host]

    return resolve


def test_a_host_is_refused_if_any_of_its_addresses_is_private() -> None:
    policy = AddressPolicy(resolve=resolver({"mixed.example": ["93.184.216.34", "192.168.0.10"]}))
    with pytest.raises(FetchError) as caught:
        policy.check("mixed.example", 443)
    assert caught.value.kind is FailureKind.REFUSED_ADDRESS
    assert str(caught.value) == (
        "refused to connect to mixed.example (192.168.0.10): a private address (allow with --allow-private)"
    )


def test_a_public_host_passes() -> None:
    policy = AddressPolicy(resolve=resolver({"news.example": ["93.184.216.34", "2606:4700::6810:84e5"]}))
    policy.check("news.example", 443)


def test_allow_private_lifts_the_check_without_resolving() -> None:
    def never(host: str, port: int) -> Sequence[str]:
        raise AssertionError("must not resolve")

    AddressPolicy(allow_private=True, resolve=never).check("intranet.local", 80)


def test_trusted_networks_are_allowed_and_nothing_else() -> None:
    policy = AddressPolicy(
        trusted_networks=(ipaddress.ip_network("10.20.0.0/16"),),
        resolve=resolver({"archive.corp": ["10.20.3.4"], "printer.corp": ["10.30.0.1"]}),
    )
    policy.check("archive.corp", 80)
    with pytest.raises(FetchError, match=r"printer\.corp"):
        policy.check("printer.corp", 80)


def test_a_host_that_does_not_resolve_is_a_dns_failure() -> None:
    def failing(host: str, port: int) -> Sequence[str]:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    with pytest.raises(FetchError) as caught:
        AddressPolicy(resolve=failing).check("nowhere.invalid", 80)
    assert caught.value.kind is FailureKind.DNS
    assert str(caught.value) == "DNS lookup failed for nowhere.invalid: name or service not known"


def test_an_ip_literal_is_checked_as_itself() -> None:
    with pytest.raises(FetchError, match=r"refused to connect to 127\.0\.0\.1: a loopback address"):
        AddressPolicy().check("127.0.0.1", 80)
