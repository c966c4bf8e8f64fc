"""The policy: Amazon's limits and lists, loaded from data files, frozen."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from publicsuffixlist import PublicSuffixList

from toolkit import urls
from toolkit.errors import InputError
from toolkit.paths import data_dir
from toolkit.render_cache import RenderCache


@dataclass(frozen=True)
class Marketplace:
    """An Amazon marketplace: its id, country, domain, currency, time zone and language."""

    id: str
    country: str
    domain: str
    currency: str
    timezone: str
    locale: str = ""  # the marketplace's language: a buyer's locale when nothing else says


@dataclass(frozen=True)
class Policy:
    """The limits and lists of data/policy.toml that the rules and the enforcement pass apply."""

    max_width_px: int
    margin_max_ratio: float
    image_max_ratio: float
    max_font_sizes: int
    max_consecutive_breaks: int
    default_font_size_px: float
    tracking_pixel_max_px: int
    proactive_days: int
    review_min_days: int
    review_max_days: int
    attachment_max_total_bytes: int
    attachment_max_count: int
    attachment_kinds: frozenset[str]
    daily_limit_per_order: int
    daily_limit_base: int
    active_elements: frozenset[str]
    unwrap_elements: frozenset[str]
    url_attributes: frozenset[str]
    unsafe_url_schemes: tuple[str, ...]
    colour_attributes: frozenset[str]
    background_attributes: frozenset[str]
    alignment_attributes: frozenset[str]
    implicit_font_sizes: tuple[tuple[str, str], ...]
    tracking_query_keys: frozenset[str]
    tracking_path_words: tuple[str, ...]
    logo_file_words: frozenset[str]
    # (property, rule id): what a message may not set, removed by enforce, reported by the rules
    style_overrides: tuple[tuple[str, str], ...]
    align_values: frozenset[str]
    removed_background_properties: frozenset[str]
    horizontal_box_properties: frozenset[str]
    marketplaces: tuple[Marketplace, ...]
    amazon_hosts: frozenset[str]
    unsafe_link_schemes: frozenset[str] = frozenset()
    # the Public Suffix List: which hosts have a registrable domain (allow-list entries must)
    suffixes: PublicSuffixList = field(
        default_factory=urls.load_suffixes, compare=False, repr=False
    )
    # derived once, here: a frozen policy holds no cache that fills up later
    style_rules: Mapping[str, str] = field(init=False, repr=False, compare=False)
    removed_properties: frozenset[str] = field(init=False, repr=False, compare=False)
    implicit_font_size: Mapping[str, str] = field(init=False, repr=False, compare=False)  # by tag
    # "property:" for these and `font`, as a <style> block declares them (BSM407-BSM409, BSM411)
    style_block_patterns: Mapping[str, re.Pattern[str]] = field(
        init=False, repr=False, compare=False
    )
    _marketplaces_by_id: Mapping[str, Marketplace] = field(init=False, repr=False, compare=False)
    # how a script address starts: each of `unsafe_url_schemes`, with ":" when it has none
    unsafe_url_starts: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        set_derived = object.__setattr__  # the dataclass is frozen; these are set once, here
        set_derived(self, "style_rules", MappingProxyType(dict(self.style_overrides)))
        set_derived(self, "removed_properties", frozenset(self.style_rules))
        patterns = {p: re.compile(rf"{re.escape(p)}\s*:") for p in (*self.style_rules, "font")}
        set_derived(self, "style_block_patterns", MappingProxyType(patterns))
        set_derived(self, "implicit_font_size", MappingProxyType(dict(self.implicit_font_sizes)))
        by_id = MappingProxyType({m.id: m for m in self.marketplaces})
        set_derived(self, "_marketplaces_by_id", by_id)
        starts = tuple(s if ":" in s else s + ":" for s in self.unsafe_url_schemes)
        set_derived(self, "unsafe_url_starts", starts)

    @property
    def max_margin_px(self) -> float:
        return self.max_width_px * self.margin_max_ratio

    @property
    def max_image_px(self) -> float:
        return self.max_width_px * self.image_max_ratio

    def marketplace(self, marketplace_id: str) -> Marketplace | None:
        return self._marketplaces_by_id.get(marketplace_id)

    def marketplace_at(self, domain: str) -> Marketplace | None:
        """The marketplace of a site ("Amazon.nl", an order report's sales-channel)."""
        wanted = domain.strip().lower().removeprefix("www.")
        return next((m for m in self.marketplaces if m.domain == wanted), None)

    def is_amazon_host(self, host: str) -> bool:
        return host_matches(host, self.amazon_hosts)

    def is_amazon_link(self, parsed: urls.ParsedUrl) -> bool:
        """A link to Amazon's own site, with no user name in front of the host to fake one."""
        return urls.link_allowed(parsed, self.amazon_hosts)


def host_matches(host: str, allowed: Iterable[str]) -> bool:
    """True for a host that is one of `allowed` or a subdomain of one (toolkit.urls decides)."""
    return urls.host_allowed(host, allowed)


def host_entry(entry: Any, suffixes: PublicSuffixList, *, field: str, source: str | None) -> str:
    """One configured host, as links are compared with it; an InputError naming the field
    for what has no registrable domain ("com", "*", an IP address) or is no host name."""
    if not isinstance(entry, str):
        raise InputError("expected a host name", source=source, field=field)
    try:
        return urls.allowed_host_entry(entry, suffixes)
    except urls.HostEntryError as err:
        raise InputError(str(err), source=source, field=field) from None


def allowed_hosts(
    entries: Any, suffixes: PublicSuffixList, *, field: str, source: str | None = None
) -> tuple[str, ...]:
    """An allow-list of hosts (policy.toml's Amazon hosts, an order's seller.allowed_hosts)."""
    if not isinstance(entries, list):
        raise InputError("expected a list of host names", source=source, field=field)
    return tuple(
        host_entry(entry, suffixes, field=f"{field}[{i}]", source=source)
        for i, entry in enumerate(entries)
    )


def marketplace(
    id_: str, entry: dict[str, Any], suffixes: PublicSuffixList, *, source: str
) -> Marketplace:
    domain = host_entry(
        entry["domain"], suffixes, field=f"marketplaces.{id_}.domain", source=source
    )
    return Marketplace(id=id_, **{**entry, "domain": domain})


def policy_data(
    path: Path | None = None, cache: RenderCache | None = None
) -> tuple[Path, dict[str, Any]]:
    path = path or data_dir() / "policy.toml"
    return path, (cache or RenderCache(None)).toml(path)


def marketplace_ids(path: Path | None = None) -> frozenset[str]:
    """The marketplaces policy.toml lists, by id: read without judging their hosts (which
    needs the Public Suffix List, that Toolkit.load reads once)."""
    return frozenset(policy_data(path)[1]["marketplaces"])


def load_policy(path: Path | None = None, cache: RenderCache | None = None) -> Policy:
    """The policy in `path` (policy.toml by default); `cache` may hold its Public Suffix List."""
    path, data = policy_data(path, cache)
    suffixes = urls.load_suffixes(cache)
    layout, window, html, css = data["layout"], data["window"], data["html"], data["css"]
    return Policy(
        max_width_px=int(layout["max_width_px"]),
        margin_max_ratio=float(layout["margin_max_ratio"]),
        image_max_ratio=float(layout["image_max_ratio"]),
        max_font_sizes=int(layout["max_font_sizes"]),
        max_consecutive_breaks=int(layout["max_consecutive_breaks"]),
        default_font_size_px=float(layout["default_font_size_px"]),
        tracking_pixel_max_px=int(layout["tracking_pixel_max_px"]),
        proactive_days=int(window["proactive_days"]),
        review_min_days=int(window["review_min_days"]),
        review_max_days=int(window["review_max_days"]),
        attachment_max_total_bytes=int(data["attachments"]["max_total_bytes"]),
        attachment_max_count=int(data["attachments"]["max_count"]),
        attachment_kinds=frozenset(data["attachments"]["allowed_kinds"]),
        daily_limit_per_order=int(data["daily_limit"]["per_average_order"]),
        daily_limit_base=int(data["daily_limit"]["base"]),
        active_elements=frozenset(html["active_elements"]),
        unwrap_elements=frozenset(html["unwrap_elements"]),
        url_attributes=frozenset(html["url_attributes"]),
        unsafe_url_schemes=tuple(html["unsafe_url_schemes"]),
        colour_attributes=frozenset(html["colour_attributes"]),
        background_attributes=frozenset(html["background_attributes"]),
        alignment_attributes=frozenset(html["alignment_attributes"]),
        implicit_font_sizes=tuple(sorted(html["implicit_font_sizes"].items())),
        tracking_query_keys=frozenset(html["tracking_query_keys"]),
        tracking_path_words=tuple(html["tracking_path_words"]),
        logo_file_words=frozenset(html["logo_file_words"]),
        style_overrides=tuple((str(p).lower(), str(r)) for p, r in css["overrides"].items()),
        align_values=frozenset(css["align_values"]),
        removed_background_properties=frozenset(css["removed_background_properties"]),
        horizontal_box_properties=frozenset(css["horizontal_box_properties"]),
        marketplaces=tuple(
            marketplace(k, v, suffixes, source=str(path))
            for k, v in sorted(data["marketplaces"].items())
        ),
        amazon_hosts=frozenset(
            allowed_hosts(data["amazon"]["hosts"], suffixes, source=str(path), field="amazon.hosts")
        ),
        unsafe_link_schemes=frozenset(html["unsafe_link_schemes"]),
        suffixes=suffixes,
    )
