"""The policy: Amazon's limits and lists, loaded from data files, frozen."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Marketplace:
    id: str
    country: str
    domain: str
    currency: str
    timezone: str


@dataclass(frozen=True)
class Policy:
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
    removed_properties: frozenset[str]
    removed_background_properties: frozenset[str]
    horizontal_box_properties: frozenset[str]
    marketplaces: tuple[Marketplace, ...]
    amazon_hosts: frozenset[str]

    @property
    def max_margin_px(self) -> float:
        return self.max_width_px * self.margin_max_ratio

    @property
    def max_image_px(self) -> float:
        return self.max_width_px * self.image_max_ratio

    @cached_property
    def _marketplaces_by_id(self) -> dict[str, Marketplace]:
        return {m.id: m for m in self.marketplaces}

    def marketplace(self, marketplace_id: str) -> Marketplace | None:
        return self._marketplaces_by_id.get(marketplace_id)

    def is_amazon_host(self, host: str) -> bool:
        return host_matches(host, self.amazon_hosts)


def host_matches(host: str, allowed: frozenset[str] | set[str]) -> bool:
    """True for a host that is one of `allowed` or a subdomain of one."""
    host = host.lower().rstrip(".")
    return any(host == h or host.endswith("." + h) for h in allowed)


def load_policy(path: Path | None = None) -> Policy:
    with (path or DATA_DIR / "policy.toml").open("rb") as fh:
        data: dict[str, Any] = tomllib.load(fh)
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
        removed_properties=frozenset(css["removed_properties"]),
        removed_background_properties=frozenset(css["removed_background_properties"]),
        horizontal_box_properties=frozenset(css["horizontal_box_properties"]),
        marketplaces=tuple(Marketplace(id=k, **v) for k, v in sorted(data["marketplaces"].items())),
        amazon_hosts=frozenset(data["amazon"]["hosts"]),
    )
