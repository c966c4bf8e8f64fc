"""Locales as rendering needs them: strict catalogs, formatting (reading a buyer locale and
negotiating it to a catalog is toolkit.i18n.locales, which a check uses without Babel's
catalogs).

Traps closed here:
- Babel's `Translations.load` returns English `NullTranslations` when it finds no compiled
  catalog, and a stale `.mo` can hide a fresh `.po`. We read the `.po` itself and never fall back
  to another language: a locale with no catalog is refused (BSM104), and so is a message whose
  string the catalog does not translate (gettext would quietly return the English msgid). What
  a renderer compiles of it is kept in its cache (toolkit/render_cache.py) under the SHA-256 of
  the `.po` file's bytes: a later process reads the same `.po` and skips Babel's parsing.

The translators' workflow (`bsm i18n`: extraction, the pseudo-locale, status) is
toolkit.i18n.workflow; rendering never imports it.
"""

from __future__ import annotations

import io
import os
import time
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_date, format_datetime, format_time
from babel.numbers import format_currency
from babel.support import Translations

from toolkit.errors import InputError
from toolkit.freshness import BY_TIME, Freshness
from toolkit.i18n.locales import MissingTranslationError, NoCatalogError
from toolkit.i18n.wording import Wording, load_wording

if TYPE_CHECKING:  # Babel's catalog machinery loads when a catalog is compiled (not cached)
    from babel.messages.catalog import Catalog, Message

    from toolkit.render_cache import RenderCache

DOMAIN = "messages"
LC_MESSAGES = "LC_MESSAGES"
# a folder's change time moves in steps (some file systems: seconds): a listing made within
# this long of a change is made again on the next call, in case a change followed in the step
RECENT_NS = 2_000_000_000


class StrictTranslations(Translations):
    """gettext that refuses a string its catalog does not translate.

    GNU gettext returns the msgid (English) for an untranslated string; for a buyer who reads
    another language that is a message in the wrong language, so we raise instead.
    """

    def __init__(self, fp: io.BytesIO, catalog: str) -> None:
        super().__init__(fp=fp, domain=DOMAIN)
        self.catalog = catalog

    def _require(self, key: object, msgid: str) -> None:
        if key not in self._catalog:
            raise MissingTranslationError(
                f"catalog {self.catalog} does not translate {msgid!r} (see `bsm i18n status`)"
            )

    def gettext(self, message: str) -> str:
        self._require(message, message)
        return super().gettext(message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        self._require((msgid1, 0), msgid1)
        return super().ngettext(msgid1, msgid2, n)

    def pgettext(self, context: str, message: str) -> str:
        self._require(self.CONTEXT_ENCODING % (context, message), message)
        return str(super().pgettext(context, message))

    def npgettext(self, context: str, singular: str, plural: str, num: int) -> str:
        self._require((self.CONTEXT_ENCODING % (context, singular), 0), singular)
        return super().npgettext(context, singular, plural, num)

    # Jinja prefers these names; Babel binds them to the non-strict stdlib methods
    ugettext = gettext
    ungettext = ngettext


def forms(value: object) -> tuple[str, ...]:
    """A msgid or msgstr as a tuple of its forms (one, or one per plural form)."""
    if isinstance(value, (list, tuple)):
        return tuple(str(v or "") for v in value)
    return (str(value or ""),)


def msgid_key(message: Message) -> str:
    """A message's singular msgid: what a catalog and its template are matched on."""
    return forms(message.id)[0]


def is_translated(message: Message) -> bool:
    """A usable translation: every plural form filled in, and not fuzzy."""
    return all(forms(message.string)) and not message.fuzzy


def read_catalog(path: Path, locale: str | None = None) -> Catalog:
    """A `.po` or `.pot` file, parsed strictly; InputError naming the file when it is broken."""
    return parse_catalog(read_catalog_bytes(path), path, locale)


def read_catalog_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as err:
        raise InputError(f"cannot read: {err.strerror}", source=str(path)) from None


def parse_catalog(po: bytes, path: Path, locale: str | None = None) -> Catalog:
    """The bytes of a `.po` or `.pot` file (`path`'s, as errors name it), parsed strictly."""
    from babel.messages.pofile import read_po

    try:
        return read_po(io.BytesIO(po), locale=locale, domain=DOMAIN, abort_invalid=True)
    except Exception as err:  # Babel raises several kinds for a broken .po
        raise InputError(f"broken catalog: {err}", source=str(path)) from None


def compiled_catalog(po: bytes, path: Path, catalog: str) -> bytes:
    """A catalog's `.mo` bytes: only its usable translations, English for the others."""
    from babel.messages.mofile import write_mo

    parsed = parse_catalog(po, path, locale=catalog)
    for message in list(parsed)[1:]:
        if not is_translated(message):  # write_mo would keep English for an empty form
            parsed.delete(message.id, context=message.context)
    buf = io.BytesIO()
    write_mo(buf, parsed, use_fuzzy=False)
    return buf.getvalue()


@dataclass(frozen=True)
class Listing:
    """What a CatalogStore found in its folder, and the change times of the folders that say
    which catalogs there are then: the root's (a folder added or removed), each catalog's
    LC_MESSAGES (its .po removed), any other folder's own and its LC_MESSAGES's (a .po added)."""

    catalogs: frozenset[str]
    watched: tuple[str, ...]  # those folders' paths
    stamps: tuple[int, ...]  # their change times, in the same order
    trusted: bool  # every time older than RECENT_NS: a later change will move one of them


def change_times(paths: tuple[str, ...]) -> tuple[int, ...]:
    stamps = []
    for path in paths:
        try:
            stamps.append(os.stat(path).st_mtime_ns)
        except OSError:
            stamps.append(-1)
    return tuple(stamps)


@dataclass
class CatalogStore:
    """Catalogs read from `locales/<lang>/LC_MESSAGES/messages.po`, cached by file time.

    `freshness` says when the disk is looked at again (toolkit/freshness.py): a folder's listing
    and a catalog read are taken as they are until then (each look costs a stat of every locale
    folder); never, for a batch (nothing edits them under it); at every use, for the preview.
    """

    root: Path
    # the compiled catalogs kept on disk between processes (a renderer's; None: made each time)
    cache: RenderCache | None = None
    freshness: Freshness = BY_TIME
    # each catalog's file time, its translations and when the file was last looked at
    _cache: dict[str, tuple[float, StrictTranslations, float]] = field(
        default_factory=dict, repr=False
    )
    _listing: Listing | None = field(default=None, repr=False)
    _listed_at: float = field(default=0.0, repr=False)  # when the listing was last looked at

    def available(self) -> frozenset[str]:
        """The catalogs there are: each folder with an `LC_MESSAGES/messages.po`.

        The folders are listed again only when one that says which catalogs there are has
        changed since (a stat of each, not a walk of the tree on every render), at the store's
        next look: a folder added shows then (at once in the preview, which looks every use)."""
        listing, freshness = self._listing, self.freshness
        if listing is not None and not freshness.due(self._listed_at):
            return listing.catalogs
        self._listed_at = freshness.now()
        if (
            listing is None
            or not listing.trusted
            or change_times(listing.watched) != listing.stamps
        ):
            listing = self._listing = self._list()
        return listing.catalogs

    def _list(self) -> Listing:
        root = str(self.root)
        catalogs, watched = [], [root]
        if self.root.is_dir():
            with os.scandir(root) as entries:
                for entry in entries:
                    if not entry.is_dir():
                        continue
                    messages = os.path.join(entry.path, LC_MESSAGES)
                    if os.path.exists(os.path.join(messages, f"{DOMAIN}.po")):
                        catalogs.append(entry.name)
                    else:
                        watched.append(entry.path)
                    watched.append(messages)
        stamps = change_times(tuple(watched))
        # a folder changed in the last moments may change again without its time moving on
        recent = time.time_ns() - RECENT_NS
        return Listing(
            catalogs=frozenset(catalogs),
            watched=tuple(watched),
            stamps=stamps,
            trusted=all(stamp < recent for stamp in stamps),
        )

    def po_path(self, catalog: str) -> Path:
        return self.root / catalog / LC_MESSAGES / f"{DOMAIN}.po"

    def translations(self, catalog: str) -> StrictTranslations:
        cached, freshness = self._cache.get(catalog), self.freshness
        if cached and not freshness.due(cached[2]):
            return cached[1]
        path, looked = self.po_path(catalog), freshness.now()
        try:
            mtime = path.stat().st_mtime
        except OSError:
            raise NoCatalogError(f"no catalog file {path}") from None
        if cached and cached[0] == mtime:
            self._cache[catalog] = (mtime, cached[1], looked)
            return cached[1]
        po = read_catalog_bytes(path)
        make = lambda: compiled_catalog(po, path, catalog)  # noqa: E731
        mo = make() if self.cache is None else self.cache.catalog(catalog, po, make)
        translations = StrictTranslations(io.BytesIO(mo), catalog)
        self._cache[catalog] = (mtime, translations, looked)
        return translations


@dataclass(frozen=True)
class Formatter:
    """Money, dates, slots and quoted titles for one buyer locale and one marketplace's clock.

    `wording` is the language's forms from wording.toml; a Renderer passes the one it keeps,
    a Formatter made without one reads the bundled table.
    """

    locale: Locale
    timezone: ZoneInfo
    wording: Wording | None = None

    def __post_init__(self) -> None:
        if self.wording is None:
            object.__setattr__(self, "wording", load_wording().for_locale(self.locale))

    @property
    def forms(self) -> Wording:
        assert self.wording is not None  # set in __post_init__
        return self.wording

    def money(self, amount: Decimal, currency: str) -> str:
        # a pattern of the language's own (Turkish "698,25 TL"), else CLDR's
        pattern = self.forms.money.get(currency)
        return format_currency(amount, currency, format=pattern, locale=self.locale)

    def date(self, value: date | datetime) -> str:
        if isinstance(value, datetime):
            value = value.astimezone(self.timezone).date()
        return format_date(value, format="long", locale=self.locale)

    def date_time(self, value: datetime) -> str:
        return format_datetime(value, format="medium", tzinfo=self.timezone, locale=self.locale)

    def clock(self, moment: datetime) -> str:
        """Hours and minutes on the marketplace's clock, as the language writes them."""
        local = moment.astimezone(self.timezone).time()
        forms = self.forms
        pattern = forms.time_on_the_hour if local.minute == 0 else None
        pattern = pattern or forms.time or self.locale.time_formats["short"].pattern
        return format_time(local, pattern, locale=self.locale)

    def slot(self, start: datetime, end: datetime) -> str:
        """A delivery or appointment window in one style, whether or not it passes midnight:
        the full date and the clock at both ends ("Thursday, 19 November 2026, 08:00–12:00")."""
        start, end = start.astimezone(self.timezone), end.astimezone(self.timezone)
        day = format_date(start.date(), format="full", locale=self.locale)
        values = {"date": day, "start": self.clock(start), "end": self.clock(end)}
        if start.date() == end.date():
            text = self.forms.slot.format(**values)
        else:
            end_day = format_date(end.date(), format="full", locale=self.locale)
            text = self.forms.slot_days.format(end_date=end_day, **values)
        return self.forms.elide(text)

    def quote(self, text: str) -> str:
        """A product title inside a sentence, in the language's quotation marks."""
        return self.forms.quote(text)
