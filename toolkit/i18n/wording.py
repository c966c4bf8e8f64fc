"""What each language writes around the values the templates put into a sentence.

CLDR (through Babel) knows a language's dates, clock and money; it does not know that French
writes a time range "de 8 h à 12 h", that Swedish puts "kl." before the clock, which quotation
marks go around a product title, or that Turkish retail writes "698,25 TL". Those forms are data:
toolkit/data/wording.toml, one section per language (or locale), read by `load_wording`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from babel import Locale

from toolkit.paths import data_dir
from toolkit.render_cache import RenderCache

DEFAULT_SECTION = "default"
KEYS = frozenset(
    {
        "quotes", "time", "time_on_the_hour", "slot", "slot_days", "elisions", "money",
        "greet_by_name", "colon",
    }
)  # fmt: skip
SLOT_FIELDS = {"slot": ("date", "start", "end"), "slot_days": ("date", "start", "end", "end_date")}


@dataclass(frozen=True)
class Wording:
    """One language's forms (see wording.toml for what each one means)."""

    quotes: tuple[str, str]
    time: str | None  # None: the locale's own short time
    time_on_the_hour: str | None
    slot: str
    slot_days: str
    elisions: tuple[tuple[str, str], ...]
    money: Mapping[str, str]
    greet_by_name: bool
    colon: str  # between a label and what follows (a link's text and its address)

    def quote(self, text: str) -> str:
        return f"{self.quotes[0]}{text}{self.quotes[1]}"

    def elide(self, text: str) -> str:
        for written, usual in self.elisions:
            text = text.replace(written, usual)
        return text


@dataclass(frozen=True)
class WordingTable:
    """Every section of wording.toml; `for_locale` merges a buyer's sections over the default."""

    sections: Mapping[str, Mapping[str, Any]]
    source: str = "wording.toml"

    def for_locale(self, locale: Locale) -> Wording:
        merged: dict[str, Any] = dict(self.sections.get(DEFAULT_SECTION, {}))
        keys = [locale.language]
        if locale.territory:
            keys.append(f"{locale.language}_{locale.territory}")
        for key in keys:
            merged.update(self.sections.get(key, {}))
        return wording_from(merged, f"{self.source} [{'/'.join(keys)}]")


def wording_from(entries: Mapping[str, Any], where: str) -> Wording:
    missing = {"quotes", "slot", "slot_days"} - set(entries)
    if missing:
        raise ValueError(f"{where}: needs {', '.join(sorted(missing))} (in [default] or here)")
    quotes = tuple(entries["quotes"])
    if len(quotes) != 2 or not all(isinstance(q, str) for q in quotes):
        raise ValueError(f"{where}: quotes must be [opening, closing]")
    for name, fields in SLOT_FIELDS.items():
        try:
            entries[name].format(**{f: "" for f in fields})
        except (KeyError, IndexError, ValueError) as err:
            raise ValueError(f"{where}: {name} uses an unknown placeholder: {err}") from None
    return Wording(
        quotes=(quotes[0], quotes[1]),
        time=entries.get("time"),
        time_on_the_hour=entries.get("time_on_the_hour"),
        slot=entries["slot"],
        slot_days=entries["slot_days"],
        elisions=tuple((str(a), str(b)) for a, b in entries.get("elisions", [])),
        money=MappingProxyType(dict(entries.get("money", {}))),
        greet_by_name=bool(entries.get("greet_by_name", True)),
        colon=str(entries.get("colon", ":")),
    )


def load_wording(path: Path | None = None, cache: RenderCache | None = None) -> WordingTable:
    """The table, checked: an unknown key or a broken section fails here, not in a message.
    `cache`: where the file is kept parsed."""
    path = path or data_dir() / "wording.toml"
    data = (cache or RenderCache(None)).toml(path)
    for section, entries in data.items():
        unknown = set(entries) - KEYS
        if unknown:
            raise ValueError(f"{path.name} [{section}]: unknown keys {', '.join(sorted(unknown))}")
    table = WordingTable(
        sections=MappingProxyType({k: MappingProxyType(v) for k, v in data.items()}),
        source=path.name,
    )
    for section in data:  # every section must make a complete entry over the default
        language, _, territory = section.partition("_")
        if section != DEFAULT_SECTION:
            table.for_locale(Locale(language, territory or None))
    return table
