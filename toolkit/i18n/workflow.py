"""The translators' workflow: extraction, catalogs kept up to date, the pseudo-locale, status.

`bsm i18n` runs Babel's own extraction and catalog commands with absolute paths: the process's
working folder and the global `babel` logger stay as they were (a server or a test that calls
this keeps its own). Jinja's extractor skips templates with syntax errors unless
`silent = false` (babel.cfg); the extraction here also refuses to write a template with no
messages in it. `catalog_report` says per catalog what is translated, missing, fuzzy or wrong.
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from gettext import c2py
from pathlib import Path
from types import MappingProxyType
from typing import Any

import jinja2
from babel import UnknownLocaleError
from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import (
    BaseError,
    CompileCatalog,
    InitCatalog,
    UpdateCatalog,
    parse_mapping_cfg,
)
from babel.messages.plurals import get_plural
from babel.messages.pofile import read_po, write_po

from toolkit.errors import InputError
from toolkit.i18n.locales import PSEUDO_LOCALES, parse_locale, pseudo_catalog
from toolkit.i18n.runtime import (
    DOMAIN,
    forms,
    is_translated,
    msgid_key,
    read_catalog,
)
from toolkit.paths import data_dir

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
POT_WIDTH = 76  # pybabel's line width: the .pot reads as `pybabel extract` writes it
TRANSLATOR_COMMENTS = ("Translators:",)


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
    """A problem with a catalog, and the line of its .po file it is on."""

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


# --- the workflow: Babel's own extraction and commands ----------------------------------------


class BabelLog(logging.Handler):
    """Collects what a Babel command says, so that `bsm i18n` prints it in its own words."""

    def __init__(self) -> None:
        super().__init__()
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


# the steps that run one of Babel's frontend commands (the classes behind `pybabel STEP`)
BabelCommand = UpdateCatalog | InitCatalog | CompileCatalog
COMMANDS: Mapping[str, type[BabelCommand]] = MappingProxyType(
    {"update": UpdateCatalog, "init": InitCatalog, "compile": CompileCatalog}
)


def run_command(step: str, options: Mapping[str, Any]) -> list[str]:
    """One Babel frontend command, its paths absolute: what it logged, or InputError.

    `pybabel`'s CommandLineInterface would set the level of the global `babel` logger, take
    over its first handler and read pyproject.toml from the working folder. The command here
    gets a logger of its own (outside logging's registry) that our handler listens to while
    it runs; nothing global is touched.
    """
    handler = BabelLog()
    log = logging.Logger(f"babel.{step}", logging.INFO)
    log.addHandler(handler)
    command = COMMANDS[step]()
    command.log = log
    try:
        command.initialize_options()
        for name, value in options.items():
            setattr(command, name, value)
        command.ensure_finalized()
        code = command.run()
    except BaseError as err:
        said = "; ".join(handler.lines[-3:]) or str(err)
        raise InputError(f"pybabel {step}: {said}") from None
    finally:
        log.removeHandler(handler)
    if code:
        raise InputError(f"pybabel {step}: " + "; ".join(handler.lines[-5:]))
    return handler.lines


def extract_templates(root: Path, config: Path, project: str, version: str) -> Catalog:
    """What `pybabel extract --mapping-file CONFIG .` run in `root` finds, without going
    there: the mapping's patterns and the locations written are relative to `root`."""
    try:
        with config.open(encoding="utf-8") as fh:
            method_map, options_map = parse_mapping_cfg(fh, filename=str(config))
    except OSError as err:
        raise InputError(f"cannot read: {err.strerror}", source=str(config)) from None
    except Exception as err:  # configparser raises several kinds for a broken file
        raise InputError(f"broken mapping: {err}", source=str(config)) from None
    catalog = Catalog(
        project=project,
        version=version,
        msgid_bugs_address=f"translations@{project}.invalid",
        copyright_holder=f"{project} contributors",
        charset="utf-8",
    )
    reading: list[str] = []  # the file being read, for the error a broken template raises

    def note(filename: str, method: str, options: dict[str, Any]) -> None:
        reading[:] = [filename]

    found = extract_from_dir(
        root, method_map, options_map, comment_tags=TRANSLATOR_COMMENTS, callback=note
    )
    try:
        for filename, lineno, message, comments, context in found:
            catalog.add(
                message, None, [(filename, lineno)], auto_comments=comments, context=context
            )
    except jinja2.TemplateSyntaxError as err:  # silent = false: a broken template stops it
        where = err.filename or (str(root / reading[0]) if reading else "a template")
        raise InputError(
            f"template error at line {err.lineno}: {err.message}", source=where
        ) from None
    return catalog


def pot_bytes(catalog: Catalog) -> bytes:
    """A template catalog as `pybabel extract --sort-by-file` writes it."""
    buf = io.BytesIO()
    write_po(buf, catalog, sort_by_file=True, width=POT_WIDTH)
    return buf.getvalue()


@dataclass(frozen=True)
class Workflow:
    """The project's catalogs: templates -> messages.pot -> <lang>/LC_MESSAGES/messages.po."""

    root: Path  # the project: templates/ (and babel.cfg if it has its own)
    locales_dir: Path | None = None  # its catalogs, when not root/locales

    @property
    def locales(self) -> Path:
        return self.locales_dir or self.root / "locales"

    @property
    def mapping(self) -> Path:
        """The project's own babel.cfg if it has one, else the toolkit's."""
        own = self.root / "babel.cfg"
        return own if own.is_file() else data_dir() / "babel.cfg"

    @property
    def template(self) -> Path:
        return self.locales / f"{DOMAIN}.pot"

    def extract_pot(self, project: str, version: str) -> tuple[bytes, Catalog]:
        """The templates' messages: the .pot's bytes, and the catalog as read back from them
        (InputError when there are none)."""
        content = pot_bytes(extract_templates(self.root.absolute(), self.mapping, project, version))
        fresh = read_po(io.BytesIO(content), domain=DOMAIN)
        if len(fresh) == 0:
            raise InputError("no messages found in the templates: check babel.cfg's patterns")
        return content, fresh

    def extract_fresh(self, project: str, version: str) -> Catalog:
        """The templates' messages as `pybabel extract` finds them (nothing written)."""
        return self.extract_pot(project, version)[1]

    def extract(self, project: str, version: str) -> tuple[Catalog, bool]:
        """Templates -> messages.pot, rewritten only when the messages changed (a failed or
        empty extraction leaves it as it was). Returns the catalog and whether it changed."""
        content, fresh = self.extract_pot(project, version)
        if self.template.is_file() and self.same_template(read_catalog(self.template), fresh):
            return fresh, False
        self.locales.mkdir(parents=True, exist_ok=True)
        self.template.write_bytes(content)
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
        lines = run_command(
            "update",
            {
                "input_file": str(self.template.absolute()),
                "output_dir": str(self.locales.absolute()),
                "domain": DOMAIN,
                "ignore_pot_creation_date": True,
            },
        )
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
        run_command(
            "init",
            {
                "input_file": str(self.template.absolute()),
                "output_dir": str(self.locales.absolute()),
                "domain": DOMAIN,
                "locale": name,
            },
        )
        return path

    def compile(self) -> list[Path]:
        """Every catalog to a `.mo` (for tools that want one; the renderer reads the `.po`)."""
        run_command("compile", {"directory": str(self.locales.absolute()), "domain": DOMAIN})
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
