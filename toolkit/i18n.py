"""Locales: negotiation to a catalog, strict catalog loading, Babel formatting, the workflow.

Traps closed here:
- Babel's `Translations.load` returns English `NullTranslations` when it finds no compiled
  catalog, and a stale `.mo` can hide a fresh `.po`. We read the `.po` itself and never fall back
  to another language: a locale with no catalog is refused (BSM104), and so is a message whose
  string the catalog does not translate (gettext would quietly return the English msgid).
- Jinja's extractor skips templates with syntax errors unless `silent = false` (babel.cfg); the
  extraction here also refuses to write a template with no messages in it.

The translation workflow (`bsm i18n`) runs Babel's own frontend (`pybabel`); `catalog_report`
says per catalog what is translated, missing, fuzzy or wrong.
"""

from __future__ import annotations

import io
import logging
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from gettext import c2py
from pathlib import Path
from types import MappingProxyType
from zoneinfo import ZoneInfo

import jinja2
from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_datetime, format_interval
from babel.messages.catalog import Catalog, Message
from babel.messages.frontend import BaseError, CommandLineInterface
from babel.messages.mofile import write_mo
from babel.messages.plurals import get_plural
from babel.messages.pofile import read_po, write_po
from babel.numbers import format_currency
from babel.support import Translations

from toolkit.errors import InputError
from toolkit.paths import data_dir

DOMAIN = "messages"
# pseudo-locale catalog -> the real locale whose formats (money, dates) it borrows
PSEUDO_LOCALES = MappingProxyType({"en_XA": "en"})
PLACEHOLDER = re.compile(r"%(?:\([^)]*\))?[-#0 +]*\d*(?:\.\d+)?[diouxXeEfFgGcrsa%]")
NAMED_PLACEHOLDER = re.compile(r"%\(([^)]*)\)")
MARKUP = re.compile(r"[<>&]")
# pseudo-localisation: every ASCII letter swapped for an accented look-alike
PSEUDO_LETTERS = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
)
PSEUDO_FILLER = "one two three four five six seven eight nine ten eleven twelve"
PSEUDO_EXPANSION = 0.35  # longer languages (German, Polish) run 30-40% past English


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
    pseudo = pseudo_catalog(tag) if isinstance(tag, str) else None
    try:
        if pseudo is not None:
            return Locale.parse(PSEUDO_LOCALES[pseudo])
        return Locale.parse(tag.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError, AttributeError):
        raise InputError(f"unknown locale {tag!r}", field="buyer.locale") from None


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
    try:
        with path.open("rb") as fh:
            return read_po(fh, locale=locale, domain=DOMAIN, abort_invalid=True)
    except OSError as err:
        raise InputError(f"cannot read: {err.strerror}", source=str(path)) from None
    except Exception as err:  # Babel raises several kinds for a broken .po
        raise InputError(f"broken catalog: {err}", source=str(path)) from None


@dataclass
class CatalogStore:
    """Catalogs read from `locales/<lang>/LC_MESSAGES/messages.po`, cached by file time."""

    root: Path
    _cache: dict[str, tuple[float, StrictTranslations]] = field(default_factory=dict, repr=False)

    def available(self) -> frozenset[str]:
        if not self.root.is_dir():
            return frozenset()
        return frozenset(p.parent.parent.name for p in self.root.glob("*/LC_MESSAGES/messages.po"))

    def po_path(self, catalog: str) -> Path:
        return self.root / catalog / "LC_MESSAGES" / f"{DOMAIN}.po"

    def translations(self, catalog: str) -> StrictTranslations:
        path = self.po_path(catalog)
        try:
            mtime = path.stat().st_mtime
        except OSError:
            raise NoCatalogError(f"no catalog file {path}") from None
        cached = self._cache.get(catalog)
        if cached and cached[0] == mtime:
            return cached[1]
        po = read_catalog(path, locale=catalog)
        for message in list(po)[1:]:
            if not is_translated(message):  # write_mo would keep English for an empty form
                po.delete(message.id, context=message.context)
        buf = io.BytesIO()
        write_mo(buf, po, use_fuzzy=False)
        buf.seek(0)
        translations = StrictTranslations(buf, catalog)
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


# --- pseudo-locale ---------------------------------------------------------------------------


def pseudo_translate(text: str) -> str:
    """Accented and about 35% longer, placeholders kept: `[Ðéåŕ %(name)s, öñé ţŵö]`.

    The brackets show where a layout cuts a string off; the filler shows what longer languages
    will do to it.
    """
    pieces, visible, last = [], 0, 0
    for match in PLACEHOLDER.finditer(text):
        pieces.append(text[last : match.start()].translate(PSEUDO_LETTERS))
        pieces.append(match.group())
        visible += match.start() - last
        last = match.end()
    pieces.append(text[last:].translate(PSEUDO_LETTERS))
    visible += len(text) - last
    extra = round(visible * PSEUDO_EXPANSION) - 3  # the brackets and a space count too
    filler = PSEUDO_FILLER
    while len(filler) < extra:
        filler = f"{filler} {PSEUDO_FILLER}"
    padding = f" {filler[: max(extra, 0)].rstrip().translate(PSEUDO_LETTERS)}" if extra > 0 else ""
    return f"[{''.join(pieces)}{padding}]"


def pseudo_messages(template: Catalog, name: str) -> Catalog:
    """The pseudo-locale catalog for a template: every message pseudo-translated."""
    catalog = Catalog(
        locale=name,
        domain=DOMAIN,
        project=template.project,
        version=template.version,
        msgid_bugs_address=template.msgid_bugs_address,
        copyright_holder=f"{template.project} contributors",
        charset="utf-8",
        creation_date=template.creation_date,
        fuzzy=False,
    )
    for message in list(template)[1:]:
        if isinstance(message.id, (list, tuple)):
            plural = pseudo_translate(message.id[1])
            strings = [pseudo_translate(message.id[0])] + [plural] * (catalog.num_plurals - 1)
            string: str | tuple[str, ...] = tuple(strings)
        else:
            string = pseudo_translate(message.id)
        catalog.add(
            message.id,
            string,
            locations=message.locations,
            flags=message.flags - {"fuzzy"},
            auto_comments=message.auto_comments,
            context=message.context,
        )
    return catalog


# --- status -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    line: int
    text: str


@dataclass(frozen=True)
class CatalogReport:
    """What a translator needs to know about one catalog."""

    name: str
    path: Path
    total: int
    translated: int
    missing: tuple[Problem, ...]
    fuzzy: tuple[Problem, ...]
    problems: tuple[Problem, ...]  # wrong placeholders, markup, plural forms, spelling, stale

    @property
    def complete(self) -> bool:
        return not (self.missing or self.fuzzy or self.problems)


def named_placeholders(text: str) -> set[str]:
    return set(NAMED_PLACEHOLDER.findall(text))


def entry_problems(message: Message) -> Iterator[str]:
    """Placeholders lost or invented, and markup a translation may not add (it is rendered
    as HTML: Jinja marks translations safe)."""
    ids, strings = forms(message.id), forms(message.string)
    wanted = set().union(*(named_placeholders(i) for i in ids)) - {"num"}
    for index, string in enumerate(strings):
        if not string:
            continue  # counted as missing, not as wrong
        found = named_placeholders(string)
        form = f" (plural form {index})" if len(strings) > 1 else ""
        for name in sorted(wanted - found):
            yield f"%({name})s is missing{form}"
        for name in sorted(found - wanted - {"num"}):
            yield f"%({name})s is not in the original{form}"
        if MARKUP.search(string) and not any(MARKUP.search(i) for i in ids):
            yield f"markup characters (< > &) in the translation{form}"


def plural_problem(catalog: Catalog, language: str) -> str | None:
    """The catalog's Plural-Forms against CLDR's rule for its language (Polish has three)."""
    try:
        expected = get_plural(language)
    except (UnknownLocaleError, ValueError):
        return None
    if catalog.num_plurals != expected.num_plurals:
        return (
            f"Plural-Forms has {catalog.num_plurals} forms; {language} has "
            f"{expected.num_plurals}: {expected}"
        )
    ours, theirs = c2py(catalog.plural_expr), c2py(expected.plural_expr)
    sample = [*range(0, 230), 1000, 1001, 1000000]
    if any(ours(n) != theirs(n) for n in sample):
        return f"Plural-Forms does not pick the forms CLDR does for {language}: {expected}"
    return None


def catalog_report(
    name: str,
    path: Path,
    template: Catalog,
    unknown_words: Callable[[str], Iterable[str]] | None = None,
) -> CatalogReport:
    """Counts and problems of one catalog against the template (messages.pot).

    `unknown_words`, when given, is the catalog language's spelling check (BSM414's dictionary).
    """
    catalog = read_catalog(path, locale=name)
    entries = {msgid_key(m): m for m in list(catalog)[1:]}
    missing, fuzzy, problems = [], [], []
    translated = 0
    language = PSEUDO_LOCALES.get(name, name)
    plural = plural_problem(catalog, language) if name not in PSEUDO_LOCALES else None
    if plural:
        problems.append(Problem(1, plural))
    wanted = list(template)[1:]
    for tmpl in wanted:
        key = msgid_key(tmpl)
        entry = entries.get(key)
        if entry is None:
            missing.append(Problem(1, f"{key!r} is not in the catalog (run `bsm i18n update`)"))
            continue
        if entry.fuzzy:
            fuzzy.append(Problem(entry.lineno or 1, repr(key)))
        elif not is_translated(entry):
            missing.append(Problem(entry.lineno or 1, repr(key)))
        else:
            translated += 1
        problems += [Problem(entry.lineno or 1, f"{key!r}: {p}") for p in entry_problems(entry)]
        if unknown_words is not None and is_translated(entry):
            texts = forms(entry.string)
            words = sorted({w for s in texts for w in unknown_words(PLACEHOLDER.sub(" ", s))})
            if words:
                problems.append(
                    Problem(entry.lineno or 1, f"{key!r}: unknown words: {', '.join(words)}")
                )
    template_ids = {msgid_key(m) for m in list(template)[1:]}
    for key, entry in entries.items():
        if key not in template_ids:
            problems.append(
                Problem(entry.lineno or 1, f"{key!r} is no longer used (run `bsm i18n update`)")
            )
    return CatalogReport(
        name=name,
        path=path,
        total=len(wanted),
        translated=translated,
        missing=tuple(missing),
        fuzzy=tuple(fuzzy),
        problems=tuple(problems),
    )


def message_keys(catalog: Catalog) -> set[tuple[object, object]]:
    """What extraction decides: the messages, their plural forms and their contexts."""
    return {(m.id if isinstance(m.id, str) else tuple(m.id), m.context) for m in list(catalog)[1:]}


# --- the workflow: Babel's own frontend -------------------------------------------------------


class BabelLog(logging.Handler):
    """Collects what pybabel says, so that `bsm i18n` prints it in its own words.

    Babel's CommandLineInterface reuses the first handler of the `babel` logger it finds.
    """

    def __init__(self) -> None:
        super().__init__()
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())

    def last_file(self) -> str | None:
        prefix = "extracting messages from "
        found = [line[len(prefix) :] for line in self.lines if line.startswith(prefix)]
        return found[-1].split(" (")[0] if found else None


@dataclass(frozen=True)
class Workflow:
    """The project's catalogs: templates -> messages.pot -> <lang>/LC_MESSAGES/messages.po."""

    root: Path  # the project: templates/, locales/ (and babel.cfg, if it has its own)

    @property
    def locales(self) -> Path:
        return self.root / "locales"

    @property
    def template(self) -> Path:
        return self.locales / f"{DOMAIN}.pot"

    @property
    def mapping(self) -> Path:
        """The project's own babel.cfg if it has one, else the toolkit's."""
        own = self.root / "babel.cfg"
        return own if own.is_file() else data_dir() / "babel.cfg"

    def pybabel(self, *argv: str) -> list[str]:
        """Run one pybabel command in the project folder; what it logged, or InputError."""
        babel_log = logging.getLogger("babel")
        handler = BabelLog()
        saved = babel_log.handlers[:], babel_log.propagate
        babel_log.handlers, babel_log.propagate = [handler], False
        cwd = Path.cwd()
        try:
            os.chdir(self.root)  # babel.cfg's patterns are relative to the project
            code = CommandLineInterface().run(["pybabel", *argv])
        except jinja2.TemplateSyntaxError as err:  # silent = false: a broken template stops it
            where = err.filename or handler.last_file() or "a template"
            raise InputError(
                f"template error at line {err.lineno}: {err.message}", source=where
            ) from None
        except (BaseError, SystemExit) as err:
            said = "; ".join(handler.lines[-3:]) or str(err)
            raise InputError(f"pybabel {argv[0]}: {said}") from None
        finally:
            os.chdir(cwd)
            babel_log.handlers, babel_log.propagate = saved
        if code:
            raise InputError(f"pybabel {argv[0]}: " + "; ".join(handler.lines[-5:]))
        return handler.lines

    def extract_fresh(self, project: str, version: str, into: Path | None = None) -> Catalog:
        """The templates' messages as pybabel extracts them (written to `into` if given)."""
        with tempfile.TemporaryDirectory() as tmp:
            out = into or Path(tmp) / f"{DOMAIN}.pot"
            self.pybabel(
                "extract", "--mapping-file", str(self.mapping), "--output-file", str(out),
                "--project", project, "--version", version,
                "--copyright-holder", f"{project} contributors",
                "--msgid-bugs-address", f"translations@{project}.invalid",
                "--add-comments", "Translators:", "--sort-by-file", ".",
            )  # fmt: skip
            fresh = read_catalog(out)
        if len(fresh) == 0:
            raise InputError("no messages found in the templates: check babel.cfg's patterns")
        return fresh

    def extract(self, project: str, version: str) -> tuple[Catalog, bool]:
        """Templates -> messages.pot, rewritten only when the messages changed (a failed or
        empty extraction leaves it as it was). Returns the catalog and whether it changed."""
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / f"{DOMAIN}.pot"
            fresh = self.extract_fresh(project, version, into=out)
            if self.template.is_file() and self.same_template(read_catalog(self.template), fresh):
                return fresh, False
            self.locales.mkdir(parents=True, exist_ok=True)
            self.template.write_bytes(out.read_bytes())
        return fresh, True

    @staticmethod
    def same_template(old: Catalog, new: Catalog) -> bool:
        """Equal messages, places and flags: no reason to touch the file (or its date)."""

        def shape(c: Catalog) -> set[tuple[object, ...]]:
            return {
                (
                    m.id if isinstance(m.id, str) else tuple(m.id),
                    m.context,
                    tuple(m.locations),
                    tuple(sorted(m.flags)),
                    tuple(m.auto_comments),
                )
                for m in list(c)[1:]
            }

        return shape(old) == shape(new)

    def update(self) -> list[str]:
        lines = self.pybabel(
            "update", "--input-file", str(self.template), "--output-dir", str(self.locales),
            "--domain", DOMAIN, "--ignore-pot-creation-date",
        )  # fmt: skip
        self.write_pseudo()
        return lines

    def init(self, tag: str) -> Path:
        if pseudo_catalog(tag):
            raise InputError(f"{tag} is the pseudo-locale: `bsm i18n pseudo` makes it")
        locale = parse_locale(tag)
        name = str(locale)
        path = self.locales / name / "LC_MESSAGES" / f"{DOMAIN}.po"
        if path.exists():
            raise InputError(f"catalog {name} exists already: use `bsm i18n update`")
        self.pybabel(
            "init", "--input-file", str(self.template), "--output-dir", str(self.locales),
            "--domain", DOMAIN, "--locale", name,
        )  # fmt: skip
        return path

    def compile(self) -> list[Path]:
        """Every catalog to a `.mo` (for tools that want one; the renderer reads the `.po`)."""
        self.pybabel("compile", "--directory", str(self.locales), "--domain", DOMAIN)
        return sorted(self.locales.glob(f"*/LC_MESSAGES/{DOMAIN}.mo"))

    def write_pseudo(self) -> list[Path]:
        """Every pseudo-locale catalog, generated from messages.pot."""
        template = read_catalog(self.template)
        written = []
        for name in PSEUDO_LOCALES:
            path = self.locales / name / "LC_MESSAGES" / f"{DOMAIN}.po"
            path.parent.mkdir(parents=True, exist_ok=True)
            buf = io.BytesIO()
            write_po(buf, pseudo_messages(template, name), width=100)
            if not path.is_file() or path.read_bytes() != buf.getvalue():
                path.write_bytes(buf.getvalue())
            written.append(path)
        return written
