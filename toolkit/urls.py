"""Addresses read as browsers and mail clients read them: one parser for every host question.

Python's `urlsplit` and a browser disagree on hostile addresses: `https://evil.com\\@amazon.fr/`
is amazon.fr to urlsplit and evil.com to every browser. So every question about a link's scheme
or host goes through `parse`, which uses ada (a WHATWG URL parser, the one Node.js uses):
backslashes, tabs and newlines inside the address, user names, IDNA and percent-encoded hosts
are read as a browser reads them, and the host comes back in one form (ASCII, lower case, no
trailing dot) that can be compared with a list.

An allow-list entry must have a registrable domain (Public Suffix List, shipped offline by
`publicsuffixlist`): "com", "co.uk", an IP address or "*" would let through sites nobody vouched
for, so `allowed_host_entry` refuses them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

import publicsuffixlist
from ada_url import HostType, join_url, parse_url
from publicsuffixlist import PSLFILE, PublicSuffixList, encode_idn

if TYPE_CHECKING:
    from toolkit.render_cache import RenderCache

# the page a message is shown on: relative addresses are read against an https page
PAGE_BASE = "https://page.invalid/"
# what a browser strips from both ends of an address, and removes from inside it
EDGE_CHARACTERS = "".join(map(chr, range(0x21)))
INSIDE_REMOVED = str.maketrans("", "", "\t\n\r")
ATTRIBUTES = (
    *("href", "protocol", "hostname", "port", "username", "password", "pathname", "search"),
    "host_type",
)  # what `parse` reads: asked for at once, which is three times as fast as one by one
SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")  # the URL standard's scheme state
SPECIAL_SCHEMES = frozenset({"http", "https", "ws", "wss", "ftp", "file"})
NETWORK_PATH_STARTS = ("//", "\\\\", "/\\", "\\/")  # "//host": the page's scheme, another host
# characters that make an allow-list entry an address rather than a host name
NOT_IN_HOST_NAME = frozenset("/\\@:?#[]*") | frozenset(EDGE_CHARACTERS)


class HostKind(StrEnum):
    NONE = "none"  # mailto:, a path, a fragment
    DOMAIN = "domain"
    IPV4 = "ipv4"
    IPV6 = "ipv6"
    OPAQUE = "opaque"  # the host of a scheme browsers give no meaning to (foo://x)


@dataclass(frozen=True)
class ParsedUrl:
    """An address as the WHATWG URL parser reads it, with the parts the rules judge."""

    href: str  # the address as the parser writes it back
    scheme: str  # lower case, no colon; "" for a relative address (it takes the page's)
    host: str  # ASCII (punycode), lower case, no trailing dot; "" when it names none of its own
    host_kind: HostKind
    port: str
    userinfo: bool  # a user name or password before the host ("https://amazon.fr@evil.com")
    path: str
    query: str  # without the "?"

    @property
    def relative(self) -> bool:
        return not self.scheme


def clean(url: str) -> str:
    """The address a browser starts from: ends trimmed, tabs and newlines inside removed."""
    return url.strip(EDGE_CHARACTERS).translate(INSIDE_REMOVED)


def parse(url: str) -> ParsedUrl | None:
    """An address as a browser reads it in a message on an https page.

    Absolute addresses as written; relative ones ("//host/x", "/path", "#top") against that
    page, with a host only when they name one. None when no browser would open it.
    """
    cleaned = clean(url)
    relative = False
    try:
        parts = parse_url(cleaned, attributes=ATTRIBUTES)
    except ValueError:  # a relative address, or none at all (UnicodeEncodeError included)
        try:
            parts = parse_url(join_url(PAGE_BASE, cleaned), attributes=ATTRIBUTES)
        except ValueError:
            return None
        relative = True
    scheme = "" if relative else str(parts["protocol"]).rstrip(":").lower()
    own_host = not relative or cleaned.startswith(NETWORK_PATH_STARTS)
    host = normal_host(str(parts["hostname"])) if own_host else ""
    return ParsedUrl(
        href=str(parts["href"]),
        scheme=scheme,
        host=host,
        host_kind=host_kind(parts["host_type"], scheme or "https") if host else HostKind.NONE,
        port=str(parts["port"]),
        userinfo=bool(parts["username"] or parts["password"]),
        path=str(parts["pathname"]),
        query=str(parts["search"]).removeprefix("?"),
    )


def scheme_of(url: str) -> str:
    """The scheme a browser reads at the start of an address, lower case ("" for a relative
    one): a cheap answer for when the scheme is the only question."""
    found = SCHEME.match(clean(url))
    return found.group(1).lower() if found else ""


def web_address(address: str) -> ParsedUrl | None:
    """An address a mail client makes a link of: "www.x.nl" and "x.nl" as https ones."""
    cleaned = clean(address)
    if "://" in cleaned or cleaned.startswith(NETWORK_PATH_STARTS):
        return parse(cleaned)
    return parse("https://" + cleaned)


def link_address(href: str) -> ParsedUrl | None:
    """The address of an <a href>: as a browser reads it, except that "www.x.nl" (a relative
    path to a browser) is read as the site it names, as readers of the message will."""
    cleaned = clean(href)
    if cleaned[:4].lower() == "www.":
        return parse("https://" + cleaned)
    return parse(cleaned)


def host_kind(host_type: object, scheme: str) -> HostKind:
    if host_type == HostType.IPV4:
        return HostKind.IPV4
    if host_type == HostType.IPV6:
        return HostKind.IPV6
    return HostKind.DOMAIN if scheme in SPECIAL_SCHEMES else HostKind.OPAQUE


def normal_host(host: str) -> str:
    """Lower case, without the one trailing dot of a fully qualified name ("amazon.fr.")."""
    host = host.lower()
    return host[:-1] if host.endswith(".") and not host.endswith("..") else host


def host_of(url: str) -> str | None:
    """The host a browser would go to for this address, or None when it names none."""
    parsed = parse(url)
    return parsed.host if parsed and parsed.host else None


def is_ip_literal(host: str) -> bool:
    # the parser writes every IPv4 form (0x7f.1, 2130706433) as dotted decimal
    return host.startswith("[") or host.rsplit(".", 1)[-1].isdigit()


def registrable_domain(host: str, suffixes: PublicSuffixList) -> str | None:
    """The part of a host its owner registered ("amazon.co.uk" of "www.amazon.co.uk").

    None for a public suffix ("com", "co.uk", "github.io"), an IP address, or a name with an
    empty label: no one owns everything under those.
    """
    host = normal_host(host)
    if not host or is_ip_literal(host) or "" in host.split(".") or "*" in host:
        return None
    found = suffixes.privatesuffix(host)
    return found if isinstance(found, str) else None


def host_allowed(host: str, allowed: Iterable[str]) -> bool:
    """True for a host that is an allowed one or a subdomain of one, on label boundaries
    ("www.amazon.fr" of "amazon.fr"; never "evilamazon.fr" nor "amazon.fr.evil.com").
    `allowed` holds hosts as `allowed_host_entry` writes them."""
    host = normal_host(host)
    labels = host.split(".")
    if not host or is_ip_literal(host) or "" in labels:
        return False
    wanted = allowed if isinstance(allowed, set | frozenset) else set(allowed)
    return any(".".join(labels[i:]) in wanted for i in range(len(labels)))


def link_allowed(parsed: ParsedUrl, allowed: Iterable[str]) -> bool:
    """A link to an allowed host, with no user name in it (a name before an allowed host is
    how a link is made to look like one: "https://www.amazon.fr@evil.com/")."""
    return bool(parsed.host) and not parsed.userinfo and host_allowed(parsed.host, allowed)


class HostEntryError(ValueError):
    """An allow-list entry that is no host name with a registrable domain; says why."""


def allowed_host_entry(entry: str, suffixes: PublicSuffixList) -> str:
    """An allow-list entry as the host a browser would compare it with, or HostEntryError."""
    if not entry.strip():
        raise HostEntryError("is empty; name a host such as shop.example.com")
    if "*" in entry:
        raise HostEntryError(
            f"{entry!r}: a wildcard is no host name; name the host (its subdomains come with it)"
        )
    if entry.startswith("["):
        raise HostEntryError(f"{entry!r} is an IP address; name the host instead")
    if any(ch in NOT_IN_HOST_NAME for ch in entry):
        raise HostEntryError(f"{entry!r}: expected a host name such as shop.example.com")
    parsed = parse("https://" + entry + "/")
    if parsed is None or not parsed.host:
        raise HostEntryError(f"{entry!r} is no host name a browser can read")
    if parsed.host_kind == HostKind.IPV4:
        raise HostEntryError(f"{entry!r} is an IP address; name the host instead")
    if registrable_domain(parsed.host, suffixes) is None:
        raise HostEntryError(
            f"{entry!r} has no registrable domain (it is a public suffix such as com or "
            "co.uk): it would allow every site under it"
        )
    return parsed.host


def load_suffixes(cache: RenderCache | None = None) -> PublicSuffixList:
    """The Public Suffix List (`build_suffixes`), from `cache` when it is kept there: building
    it is a tenth of a start-up, loading it a hundredth. Its key covers the list's file, the
    package that reads it (its class is what is kept) and this module."""
    if cache is None:
        return build_suffixes()
    files = (PSLFILE, publicsuffixlist.__file__, __file__)
    return cache.kept_object("suffixes", files, PublicSuffixList, build_suffixes)


def build_suffixes() -> PublicSuffixList:
    """The Public Suffix List the package ships, as `PublicSuffixList()` builds it: every rule,
    and the punycode form of each (so that `xn--` hosts are judged too). An ASCII rule is its own
    punycode form, so only the few hundred others are encoded here (the package encodes all ten
    thousand, which doubles the time of every start). Its owner (the Policy) loads it once."""
    with open(PSLFILE, "rb") as fh:
        lines = fh.read().decode("utf-8", "surrogateescape").splitlines()
    encoded = []
    for line in lines:
        rule = line.lower().split(" ")[0].rstrip()  # as the package reads a line
        if rule and not rule.startswith("//") and not rule.isascii():
            exception = "!" if rule.startswith("!") else ""
            encoded.append(exception + encode_idn(rule.lstrip("!")))
    return PublicSuffixList(lines + encoded, accept_encoded_idn=False)
