"""Locales: what rendering needs, re-exported from toolkit.i18n.locales and .runtime.

Reading and negotiating a locale (toolkit.i18n.locales) is imported with the package; the
catalogs and formatting (toolkit.i18n.runtime, Babel's catalog machinery) when first used. The
translators' workflow (`bsm i18n`) is toolkit.i18n.workflow, imported by whoever runs it:
rendering never pays for Babel's extraction machinery.
"""

from typing import TYPE_CHECKING

from toolkit.i18n.locales import (
    PSEUDO_LOCALES,
    MissingTranslationError,
    NoCatalogError,
    negotiate,
    parse_locale,
    pseudo_catalog,
)
from toolkit.lazy import lazy_exports

if TYPE_CHECKING:  # what type checkers see; at run time __getattr__ imports on first use
    from toolkit.i18n.runtime import DOMAIN as DOMAIN
    from toolkit.i18n.runtime import CatalogStore as CatalogStore
    from toolkit.i18n.runtime import Formatter as Formatter
    from toolkit.i18n.runtime import StrictTranslations as StrictTranslations
    from toolkit.i18n.runtime import forms as forms
    from toolkit.i18n.runtime import is_translated as is_translated
    from toolkit.i18n.runtime import msgid_key as msgid_key
    from toolkit.i18n.runtime import read_catalog as read_catalog

RUNTIME = "toolkit.i18n.runtime"
__getattr__ = lazy_exports(
    __name__,
    {
        name: RUNTIME
        for name in (
            "DOMAIN",
            "CatalogStore",
            "Formatter",
            "StrictTranslations",
            "forms",
            "is_translated",
            "msgid_key",
            "read_catalog",
        )
    },
)

__all__ = [
    "DOMAIN",
    "PSEUDO_LOCALES",
    "CatalogStore",
    "Formatter",
    "MissingTranslationError",
    "NoCatalogError",
    "StrictTranslations",
    "forms",
    "is_translated",
    "msgid_key",
    "negotiate",
    "parse_locale",
    "pseudo_catalog",
    "read_catalog",
]
