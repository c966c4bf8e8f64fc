"""Locales: what rendering needs, re-exported from toolkit.i18n.runtime.

The translators' workflow (`bsm i18n`) is toolkit.i18n.workflow, imported by whoever runs it:
rendering never pays for Babel's extraction machinery.
"""

from toolkit.i18n.runtime import (
    DOMAIN,
    PSEUDO_LOCALES,
    CatalogStore,
    Formatter,
    MissingTranslationError,
    NoCatalogError,
    StrictTranslations,
    forms,
    is_translated,
    msgid_key,
    negotiate,
    parse_locale,
    pseudo_catalog,
    read_catalog,
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
