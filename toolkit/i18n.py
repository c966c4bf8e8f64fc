"""Locales: negotiation to a catalog, strict catalog loading, Babel formatting.

Two traps are closed here: Babel's `Translations.load` returns English `NullTranslations` when it
finds no compiled catalog, and a stale `.mo` can hide a fresh `.po`. We read the `.po` itself and
never fall back to another language: a locale with no catalog is refused (BSM104).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_datetime, format_interval
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_currency
from babel.support import Translations

from toolkit.errors import InputError


class NoCatalogError(LookupError):
    """A real locale for which the project has no catalog."""


def parse_locale(tag: str) -> Locale:
    """A buyer locale (`nl-NL`, `en_GB`) as Babel knows it; InputError when it is not a locale."""
    try:
        return Locale.parse(tag.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        raise InputError(f"unknown locale {tag!r}", field="buyer.locale") from None


def negotiate(tag: str, available: frozenset[str]) -> str:
    """The catalog for a buyer locale: the exact region (`en_GB`) if shipped, else its language.

    A locale whose language has no catalog raises NoCatalogError: never a silent fallback.
    """
    locale = parse_locale(tag)
    for candidate in (str(locale), f"{locale.language}_{locale.territory}", locale.language):
        if candidate in available:
            return candidate
    raise NoCatalogError(f"no catalog for {tag} (shipped: {', '.join(sorted(available))})")


@dataclass
class CatalogStore:
    """Catalogs read from `locales/<lang>/LC_MESSAGES/messages.po`, cached by file time."""

    root: Path
    _cache: dict[str, tuple[float, Translations]] = field(default_factory=dict, repr=False)

    def available(self) -> frozenset[str]:
        if not self.root.is_dir():
            return frozenset()
        return frozenset(p.parent.parent.name for p in self.root.glob("*/LC_MESSAGES/messages.po"))

    def po_path(self, catalog: str) -> Path:
        return self.root / catalog / "LC_MESSAGES" / "messages.po"

    def translations(self, catalog: str) -> Translations:
        path = self.po_path(catalog)
        try:
            mtime = path.stat().st_mtime
        except OSError:
            raise NoCatalogError(f"no catalog file {path}") from None
        cached = self._cache.get(catalog)
        if cached and cached[0] == mtime:
            return cached[1]
        try:
            with path.open("rb") as fh:
                po = read_po(fh, locale=catalog, abort_invalid=True)
        except Exception as err:  # Babel raises several kinds for a broken .po
            raise InputError(f"broken catalog: {err}", source=str(path)) from None
        buf = io.BytesIO()
        write_mo(buf, po, use_fuzzy=False)  # fuzzy entries are not translations yet
        buf.seek(0)
        translations = Translations(fp=buf, domain="messages")
        self._cache[catalog] = (mtime, translations)
        return translations


@dataclass(frozen=True)
class Formatter:
    """Money, dates and slots for one buyer locale and one marketplace's clock."""

    locale: Locale
    timezone: ZoneInfo

    def money(self, amount: Decimal, currency: str) -> str:
        return format_currency(amount, currency, locale=self.locale)

    def date(self, value: date | datetime) -> str:
        if isinstance(value, datetime):
            value = value.astimezone(self.timezone).date()
        return format_date(value, format="long", locale=self.locale)

    def date_time(self, value: datetime) -> str:
        return format_datetime(value, format="medium", tzinfo=self.timezone, locale=self.locale)

    def slot(self, start: datetime, end: datetime) -> str:
        """A delivery or appointment window: "Tuesday 24 November 2026, 08:00–12:00"."""
        start, end = start.astimezone(self.timezone), end.astimezone(self.timezone)
        if start.date() != end.date():
            return format_interval(start, end, skeleton="yMMMdHm", locale=self.locale)
        times = format_interval(start.time(), end.time(), skeleton="Hm", locale=self.locale)
        day = format_date(start.date(), format="full", locale=self.locale)
        # CLDR's own pattern for joining a date and a time in this language
        pattern = str(self.locale.datetime_formats.get("full", "{1} {0}")).replace("'", "")
        return pattern.replace("{1}", day).replace("{0}", times)
