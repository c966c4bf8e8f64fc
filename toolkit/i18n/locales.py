"""Buyer locales: a tag read as Babel knows it, and negotiated to the project's catalog.

Babel is imported when the first tag is read, not with this module: a check of a message
whose language is not given never loads it.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import TYPE_CHECKING

from toolkit.errors import InputError

if TYPE_CHECKING:
    from babel import Locale

    from toolkit.render_cache import RenderCache

# pseudo-locale catalog -> the real locale whose formats (money, dates) it borrows
PSEUDO_LOCALES = MappingProxyType({"en_XA": "en"})


class NoCatalogError(LookupError):
    """A real locale for which the project has no catalog."""


class MissingTranslationError(NoCatalogError):
    """The buyer's catalog does not translate a string the template uses."""


def pseudo_catalog(tag: str) -> str | None:
    """The pseudo-locale catalog a tag names (`en-XA` -> `en_XA`), or None."""
    key = tag.replace("-", "_").lower()
    return next((name for name in PSEUDO_LOCALES if name.lower() == key), None)


def parse_locale(tag: str) -> Locale:
    """A buyer locale (`nl-NL`, `en_GB`) as Babel knows it; InputError when it is not a locale.

    A pseudo-locale formats money and dates as the locale it borrows from.
    """
    from babel import Locale, UnknownLocaleError

    pseudo = pseudo_catalog(tag) if isinstance(tag, str) else None
    try:
        if pseudo is not None:
            return Locale.parse(PSEUDO_LOCALES[pseudo])
        return Locale.parse(tag.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError, AttributeError):
        raise InputError(f"unknown locale {tag!r}", field="buyer.locale") from None


def load_cldr(locale: Locale, cache: RenderCache) -> None:
    """Babel's CLDR data of `locale` put where Babel looks for it first, from `cache` when it
    is kept there. Babel reads the pickles of root, the language and the region and merges them
    in Python: some 15 ms of a render's start, where the kept data is one pickle of 3 ms. The
    key is Babel's version and files: the data is Babel's own, merged by Babel. A Babel without
    that module cache (`localedata._cache`, not a public name) reads its files as always."""
    from babel import __version__, localedata

    name = str(locale)
    kept, lock = getattr(localedata, "_cache", None), getattr(localedata, "_cache_lock", None)
    if not isinstance(kept, dict) or lock is None or name in kept:
        return
    files = (localedata.resolve_locale_filename(name), localedata.__file__)
    data = cache.kept_object(
        f"cldr {__version__} {name}", files, dict, lambda: localedata.load(name)
    )
    with lock:
        kept.setdefault(name, data)


def negotiate(tag: str, available: frozenset[str]) -> str:
    """The catalog for a buyer locale: the exact region (`en_US`) if shipped, else its language.

    A locale whose language has no catalog raises NoCatalogError: never a silent fallback.
    """
    pseudo = pseudo_catalog(tag)
    if pseudo is not None:
        if pseudo in available:
            return pseudo
        raise NoCatalogError(f"no catalog for {tag}: generate it with `bsm i18n pseudo`")
    locale = parse_locale(tag)
    candidates = [str(locale)]
    if locale.territory:
        candidates.append(f"{locale.language}_{locale.territory}")
    candidates.append(locale.language)
    for candidate in candidates:
        if candidate in available:
            return candidate
    shipped = ", ".join(sorted(set(available) - set(PSEUDO_LOCALES)))
    raise NoCatalogError(f"no catalog for {tag} (shipped: {shipped})")
