"""Rendering: the Jinja environment, inlined template sources, subject and HTML from one source.

A `Renderer` holds what is worth keeping between messages: one Jinja environment per catalog
(compiled templates are cached there) and the inlined template sources, shared by all of them.
Nothing is cached at module level.
"""

from __future__ import annotations

import io
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import jinja2
import jinja2.bccache
from babel import Locale
from markupsafe import Markup, escape

from toolkit.catalog import MessageType
from toolkit.design import annotate_template
from toolkit.detect import Detectors, clean_order_text
from toolkit.errors import InputError
from toolkit.freshness import BY_TIME, Freshness
from toolkit.i18n import CatalogStore, Formatter, NoCatalogError, negotiate, parse_locale
from toolkit.i18n.locales import load_cldr
from toolkit.i18n.wording import Wording, WordingTable, load_wording
from toolkit.orders import Money, OrderDocument, OrderItem, Slot
from toolkit.paths import STYLESHEET
from toolkit.policy import Policy
from toolkit.render_cache import BYTECODE, RenderCache
from toolkit.rules.memo import remember
from toolkit.skeleton import Plan, Skeletons

DEFAULT_TIMEZONE = "UTC"
FORMATTED_KEPT = 4096
# runs of ordinary white space; a no-break space (French "Re\u00a0:") is the translator's and stays
SPACE_RUNS = re.compile(r"[ \t\n\r\f\v]+")


def fold_spaces(text: str) -> str:
    """A one-line subject: runs of ordinary white space become one space, no-break spaces stay."""
    return SPACE_RUNS.sub(" ", text).strip(" ")


@dataclass(eq=False)  # Jinja keys its cache on the loader's identity
class TemplateSource(jinja2.BaseLoader):
    """Loads templates from a folder with the stylesheet already inlined.

    premailer runs once per template file and again only when the file or the stylesheet
    changes (the preview server relies on that); the result is kept in `_inlined`, and on disk
    in `cache` (toolkit/render_cache.py), so that the next process need not import premailer.

    `annotate`: the preview's traced render, whose tags carry their template line and style.css
    rule (toolkit/design.py); a separate loader, so that a message to send never has them.
    """

    root: Path
    annotate: bool = False
    cache: RenderCache = field(default_factory=lambda: RenderCache(None))
    freshness: Freshness = BY_TIME  # how often Jinja's up-to-date test looks at the files
    _inlined: dict[str, tuple[float, float, str]] = field(default_factory=dict, repr=False)

    def _mtime(self, path: Path) -> float:
        try:
            return path.stat().st_mtime
        except OSError:
            return -1.0

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        path = (self.root / template).resolve()
        if self.root.resolve() not in path.parents or not path.is_file():
            raise jinja2.TemplateNotFound(template)
        css_path = self.root / STYLESHEET
        mtime, css_mtime = self._mtime(path), self._mtime(css_path)
        cached = self._inlined.get(template)
        if cached and cached[0] == mtime and cached[1] == css_mtime:
            source = cached[2]
        else:
            try:
                raw = path.read_text(encoding="utf-8")
                css = css_path.read_text(encoding="utf-8") if css_mtime >= 0 else ""
            except (OSError, UnicodeDecodeError) as err:
                raise InputError(f"cannot read the template: {err}", source=str(path)) from None
            source = self._prepare(raw, css, template)
            self._inlined[template] = (mtime, css_mtime, source)
        freshness = self.freshness
        looked = freshness.now()

        def uptodate() -> bool:  # Jinja asks at every get_template of a watching environment
            nonlocal looked
            if not freshness.due(looked):
                return True
            looked = freshness.now()
            return self._mtime(path) == mtime and self._mtime(css_path) == css_mtime

        return source, str(path), uptodate

    def _prepare(self, raw: str, css: str, template: str) -> str:
        if not css:
            return annotate_template(raw, template) if self.annotate else raw
        return self.cache.inlined(
            template, raw, css, self.annotate, lambda: self._inline(raw, css, template)
        )

    def _inline(self, raw: str, css: str, template: str) -> str:
        from toolkit.inline import inline_template_source  # premailer: only on a cache miss

        return inline_template_source(raw, css, annotate=template if self.annotate else None)


def paragraphs(text: str) -> Markup:
    """Seller free text as HTML: blank lines make paragraphs, single newlines <br>."""
    blocks = [b.strip() for b in text.replace("\r\n", "\n").split("\n\n") if b.strip()]
    return Markup("").join(
        Markup("<p>{}</p>").format(Markup("<br>").join(escape(line) for line in b.split("\n")))
        for b in blocks
    )


class TemplateBytecode(jinja2.BytecodeCache):
    """Jinja's compiled templates kept in the same folder, so that a render need not compile
    them again: Jinja checks each against its template's source (and Python's version)."""

    def __init__(self, cache: RenderCache, annotate: bool) -> None:
        self.cache = cache
        self.annotate = annotate  # the traced render's templates are other sources

    def _key(self, bucket: jinja2.bccache.Bucket) -> str:
        return self.cache.digest(
            BYTECODE, jinja2.__version__, sys.version, self.annotate, bucket.key
        )

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        data = self.cache.read(BYTECODE, self._key(bucket))
        if data is not None:
            try:
                bucket.load_bytecode(io.BytesIO(data))
            except (ValueError, EOFError, TypeError):  # not code for this Python: compiled anew
                bucket.reset()

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        data = io.BytesIO()
        bucket.write_bytecode(data)
        self.cache.write(BYTECODE, self._key(bucket), data.getvalue())


@dataclass(frozen=True)
class Rendered:
    """A rendered message before enforcement: its subject and HTML."""

    subject: str
    html: str
    catalog: str  # the catalog used, e.g. "nl" or "en_GB"


@dataclass
class Renderer:
    """The Jinja environments of a project's templates and catalogs, and what they keep."""

    templates: Path
    locales: Path
    policy: Policy
    detectors: Detectors
    wording: WordingTable = field(default_factory=load_wording)  # each language's forms
    # inlined template sources on disk, shared by both loaders (BSM_CACHE_DIR)
    cache: RenderCache = field(default_factory=RenderCache.from_environment)
    loader: TemplateSource = field(init=False, repr=False)
    annotated: TemplateSource = field(init=False, repr=False)  # the traced render's (design.py)
    store: CatalogStore = field(init=False, repr=False)
    # each template's render replayed for orders of the same shape (skeleton.py); limit=0: off
    skeletons: Skeletons = field(default_factory=Skeletons)
    # when the templates and catalogs are looked at again (toolkit/freshness.py)
    freshness: Freshness = BY_TIME
    _envs: dict[tuple[str, bool], jinja2.Environment] = field(default_factory=dict, repr=False)
    # the translations each environment has installed: installed again only when they change
    _installed: dict[tuple[str, bool], object] = field(default_factory=dict, repr=False)
    # amounts and dates as a locale writes them (Babel takes 0.1-0.4 ms an amount); a batch's
    # orders share their prices and days. Emptied when full.
    _formatted: dict[tuple[Any, ...], str] = field(default_factory=dict, repr=False)
    # buyer locales as Babel reads them, and the catalog each gets among those found (Babel's
    # parse takes some 5 us, a negotiation 7: a batch's orders share a few locales)
    _locales: dict[str, Locale] = field(default_factory=dict, repr=False)
    _negotiated: dict[tuple[str, frozenset[str]], str] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        # one loader for every catalog's environment: a template is inlined once, not per language
        fresh = self.freshness
        self.loader = TemplateSource(self.templates, cache=self.cache, freshness=fresh)
        self.annotated = TemplateSource(
            self.templates, annotate=True, cache=self.cache, freshness=fresh
        )
        self.store = CatalogStore(self.locales, cache=self.cache, freshness=fresh)

    def environment(self, catalog: str, *, annotated: bool = False) -> jinja2.Environment:
        env = self._envs.get((catalog, annotated))
        if env is None:
            env = jinja2.Environment(
                loader=self.annotated if annotated else self.loader,
                # compiled templates kept on disk beside the inlined sources
                bytecode_cache=TemplateBytecode(self.cache, annotated)
                if self.cache.folder
                else None,
                autoescape=True,
                undefined=jinja2.StrictUndefined,  # a missing variable is an error, not ""
                extensions=["jinja2.ext.i18n"],
                auto_reload=self.freshness.watching,  # up to date? (TemplateSource says)
                trim_blocks=True,
                lstrip_blocks=True,
            )
            env.filters["paragraphs"] = paragraphs
            self._envs[(catalog, annotated)] = env
        # a catalog edited on disk is picked up (the store checks the file's time)
        translations = self.store.translations(catalog)
        if self._installed.get((catalog, annotated)) is not translations:
            env.install_gettext_translations(translations, newstyle=True)  # type: ignore[attr-defined]
            self._installed[(catalog, annotated)] = translations
        return env

    def plan(self, mtype: MessageType, catalog: str) -> Plan:
        """The replay plan of a type's template in a catalog, as they are now on disk: another
        object once either was edited (what kept messages are keyed on, exemplars.py)."""
        env = self.environment(catalog)
        template = env.get_template(f"messages/{mtype.id}.html")
        return self.skeletons.plan(template, self._installed[(catalog, False)])

    def wording_for(self, locale: str) -> Wording:
        """The forms of a buyer locale's language (quotes, clock, colon: wording.toml)."""
        return self.wording.for_locale(self.locale(locale))

    def locale(self, tag: str) -> Locale:
        """A buyer locale as Babel reads it (parse_locale), kept for the next order."""
        found = self._locales.get(tag)
        if found is None:
            found = remember(self._locales, FORMATTED_KEPT, tag, lambda: parse_locale(tag))
        return found

    def catalog_for(self, locale: str) -> str:
        """The catalog a buyer locale gets (negotiate), kept while the catalogs found are the
        same (a catalog added on disk is another listing, and another key)."""
        key = (locale, self.store.available())
        found = self._negotiated.get(key)
        if found is None:
            found = remember(self._negotiated, FORMATTED_KEPT, key, lambda: negotiate(*key))
        return found

    def formatted(self, fmt: Formatter, kind: str, *args: Any) -> str:
        """`fmt.<kind>(*args)` (money, date, slot), kept for the next order that has them."""
        key = (str(fmt.locale), fmt.timezone.key, kind, *(repr(a) for a in args))
        value = self._formatted.get(key)
        if value is None:
            value = getattr(fmt, kind)(*args)
            if len(self._formatted) >= FORMATTED_KEPT:
                self._formatted.clear()
            self._formatted[key] = value
        return value

    def context(self, doc: OrderDocument, mtype: MessageType, fmt: Formatter) -> dict[str, Any]:
        clean = lambda text: clean_order_text(text, self.detectors)  # noqa: E731

        def show(value: Any) -> Any:
            if isinstance(value, Money):
                return self.formatted(fmt, "money", value.amount, value.currency)
            if isinstance(value, tuple) and value and isinstance(value[0], Slot):
                return [self.formatted(fmt, "slot", s.start, s.end) for s in value]
            if hasattr(value, "isoformat"):
                return self.formatted(fmt, "date", value)
            return value

        def item_view(item: OrderItem) -> dict[str, Any]:
            title = clean(item.title)
            return {
                "title": title,
                "quoted": fmt.quote(title),  # for a title inside a sentence
                "quantity": item.quantity,
                "asin": item.asin,
            }

        order = doc.order
        marketplace = self.policy.marketplace(order.marketplace_id)
        affected = affected_items(doc)
        buyer_name = clean(order.buyer_name)
        return {
            "lang": fmt.locale.language,
            "type": mtype.id,
            "critical": mtype.critical,
            "order_id": order.id,
            "buyer_name": buyer_name,
            # the greeting's name: none where the language cannot put a bare name after it
            "greeting_name": buyer_name if fmt.forms.greet_by_name else "",
            "seller_name": clean(doc.seller_name),
            "items": [item_view(item) for item in order.items],
            # the items the message is about (message.items; default: every item of the order)
            "affected_items": [item_view(item) for item in affected],
            "partial": len(affected) < len(order.items),
            "domain": marketplace.domain if marketplace else "amazon.com",
            "order_total": show(order.total) if order.total else "",
            "purchase_date": self.formatted(fmt, "date", order.purchase_date),
            "m": {name: show(value) for name, value in doc.fields.items()},
            "note": doc.fields.get("note", ""),
            "attachments": [ref.path.name for ref in doc.attachments],
            "links": [{"text": text, "url": url} for text, url in doc.links],
        }

    def render(
        self, doc: OrderDocument, mtype: MessageType, catalog: str, *, annotated: bool = False
    ) -> Rendered:
        """The subject and HTML; `annotated`: with the design's origins (design.py), for the
        preview's trace of the enforcement pass, never for a message to send."""
        marketplace = self.policy.marketplace(doc.order.marketplace_id)
        locale = self.locale(doc.locale)
        load_cldr(locale, self.cache)
        fmt = Formatter(
            locale=locale,
            timezone=ZoneInfo(marketplace.timezone if marketplace else DEFAULT_TIMEZONE),
            wording=self.wording.for_locale(locale),
        )
        env = self.environment(catalog, annotated=annotated)
        name = f"messages/{mtype.id}.html"
        try:
            template = env.get_template(name)
            variables = self.context(doc, mtype, fmt)
            if annotated:  # the preview's trace: rendered afresh, never replayed
                subject, html = render_template(template, variables)
            else:
                translations = self._installed[(catalog, annotated)]
                subject, html = self.skeletons.render(
                    template, translations, variables, render_template
                )
        except jinja2.TemplateSyntaxError as err:
            raise InputError(
                f"template error at line {err.lineno}: {err.message}",
                source=err.filename or name,
            ) from None
        except jinja2.TemplateNotFound as err:
            raise InputError(
                f"template not found: {err.name}", source=str(self.templates)
            ) from None
        except jinja2.TemplateError as err:  # a missing variable, a bad filter call
            where, line = template_frame(err, self.templates)
            raise InputError(
                f"template error at line {line}: {err}", source=where or name
            ) from None
        except (InputError, NoCatalogError):  # the caller's to answer (BSM104 for the latter)
            raise
        except Exception as err:  # 1/0, a filter given the wrong type: the template's fault
            where, line = template_frame(err, self.templates)
            if where is None:  # not raised in a template: a bug of ours, shown as one
                raise
            raise InputError(
                f"template error at line {line}: {type(err).__name__}: {err}", source=where
            ) from None
        return Rendered(subject=fold_spaces(subject), html=html, catalog=catalog)


def render_template(template: jinja2.Template, variables: dict[str, Any]) -> tuple[str, str]:
    """Jinja's render of a message template: its subject block and its whole HTML."""
    subject = "".join(template.blocks["subject"](template.new_context(variables)))
    return subject, template.render(variables)


def affected_items(doc: OrderDocument) -> tuple[OrderItem, ...]:
    """The order's items that `message.items` names (by ASIN or SKU), in the order's order;
    every item when the message names none."""
    named = doc.fields.get("items")
    if not named:
        return doc.order.items
    return tuple(item for item in doc.order.items if item.asin in named or item.sku in named)


def template_frame(err: BaseException, templates: Path) -> tuple[str | None, int | None]:
    """The template file and line a runtime error happened on (Jinja rewrites tracebacks so
    that template frames carry the template's file name and line)."""
    found: tuple[str | None, int | None] = (None, None)
    tb = err.__traceback__
    root = str(templates.resolve())
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.startswith(root):
            found = (filename, tb.tb_lineno)
        tb = tb.tb_next
    return found


def template_names(templates: Path) -> list[str]:
    return sorted(p.stem for p in (templates / "messages").glob("*.html"))
