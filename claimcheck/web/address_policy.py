"""Which hosts a fetch may reach: public addresses only, unless private ones are allowed."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from claimcheck.web.fetch_error import FailureKind, FetchError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
Resolver = Callable[[str, int], Sequence[str]]


def resolve_host(host: str, port: int) -> list[str]:
    """Every address the system resolver gives for `host` (IP literals resolve to themselves)."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return sorted({str(info[4][0]) for info in infos})


def address_category(address: IPAddress) -> str | None:
    """Why an address is not public ("loopback", "private" …), or None for a public address."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        # ::ffff:127.0.0.1 reaches 127.0.0.1
        address = address.ipv4_mapped
    if address.is_loopback:
        return "loopback"
    if address.is_unspecified:
        return "unspecified"
    if address.is_link_local:
        return "link-local"
    if address.is_multicast:
        return "multicast"
    if address.is_private:
        return "private"
    if address.is_reserved:
        return "reserved"
    if not address.is_global:
        # e.g. 100.64.0.0/10 (carrier-grade NAT), 192.0.0.0/24
        return "non-public"
    return None


@dataclass(frozen=True)
class AddressPolicy:
    """Check a host before each request: every address it resolves to must be public.

    `allow_private` lifts the check (for an intranet archive, or the tests' server on 127.0.0.1);
    `trusted_networks` lifts it for those networks only. Refusing before connecting means a redirect
    to `http://169.254.169.254/` or to a name that resolves into the local network is never followed.
    """

    allow_private: bool = False
    trusted_networks: tuple[IPNetwork, ...] = ()
    resolve: Resolver = resolve_host

    def check(self, host: str, port: int) -> None:
        """Raise `FetchError` if `host` cannot be resolved or any of its addresses is refused."""
        if self.allow_private:
            return
        try:
            addresses = self.resolve(host, port)
        except (socket.gaierror, UnicodeError) as exc:
            raise FetchError(FailureKind.DNS, f"DNS lookup failed for {host}: {_dns_reason(exc)}") from None
        if not addresses:
            raise FetchError(FailureKind.DNS, f"DNS lookup failed for {host}: no addresses")
        for text in addresses:
            self._refuse_unless_public(host, text, "connect to")

    def check_connected(self, host: str, peer: str) -> None:
        """Raise `FetchError` if the address a connection to `host` reached is refused.

        Why, after `check`: the connection resolves the name again, and a name whose answers change
        (DNS rebinding: public when checked, 127.0.0.1 a moment later) would otherwise reach the
        local network. Checked before anything is sent on the connection.
        """
        if not self.allow_private:
            self._refuse_unless_public(host, peer, "talk to")

    def _refuse_unless_public(self, host: str, text: str, doing: str) -> None:
        address = ipaddress.ip_address(text.split("%", 1)[0])  # drop an IPv6 zone id
        if any(address in network for network in self.trusted_networks):
            return
        category = address_category(address)
        if category is not None:
            shown = host if host == text else f"{host} ({text})"
            raise FetchError(
                FailureKind.REFUSED_ADDRESS,
                f"refused to {doing} {shown}: a {category} address (allow with --allow-private)",
            )


def _dns_reason(exc: Exception) -> str:
    if isinstance(exc, socket.gaierror) and exc.strerror:
        return exc.strerror.lower()
    return str(exc) or type(exc).__name__
