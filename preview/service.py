"""What the preview shows, computed with the toolkit's own calls: sources (bundled examples and
pasted orders), one message previewed in one locale, and the gallery of every type x locale.

No rendering or checking of its own: `parse_document`, `render_order` and the registry decide;
this module only picks the locale and the moment of sending, and turns errors into something a
page can show (file and line).
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
import tomllib
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Literal

from toolkit import dom, paths
from toolkit.errors import InputError
from toolkit.i18n import parse_locale
from toolkit.model import Severity
from toolkit.orders import OrderDocument, parse_document, read_json
from toolkit.pipeline import Outcome, Toolkit, render_order
from toolkit.project import Project
from toolkit.project import bundled as project_defaults
from toolkit.render import template_frame, template_names

PACKAGE_DIR = Path(__file__).resolve().parent
SETTINGS_PATH = PACKAGE_DIR / "preview.toml"
AS_IN_DOCUMENT = "doc"  # the locale segment that keeps the document's own buyer.locale
LINE = re.compile(r"\bline (\d+)")

SourceKind = Literal["example", "order"]
Status = Literal["ok", "warning", "refused", "error"]


@dataclass(frozen=True)
class Settings:
    """preview/preview.toml: how the preview shows messages (Amazon's limits are policy)."""

    buyer_locales: Mapping[str, str]
    days_after_delivery: int
    days_after_purchase: int
    mobile_width_px: int
    max_upload_bytes: int
    kept_orders: int
    watch_suffixes: tuple[str, ...]
    debounce_ms: int
    sample_text: Mapping[str, Mapping[str, str]]  # language -> message field -> sample


def load_settings(path: Path = SETTINGS_PATH) -> Settings:
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    return Settings(
        buyer_locales=dict(data["gallery"]["buyer_locales"]),
        days_after_delivery=int(data["now"]["days_after_delivery"]),
        days_after_purchase=int(data["now"]["days_after_purchase"]),
        mobile_width_px=int(data["frame"]["mobile_width_px"]),
        max_upload_bytes=int(data["orders"]["max_upload_bytes"]),
        kept_orders=int(data["orders"]["kept"]),
        watch_suffixes=tuple(data["watch"]["suffixes"]),
        debounce_ms=int(data["watch"]["debounce_ms"]),
        sample_text={lang: dict(fields) for lang, fields in data["sample_text"].items()},
    )


@dataclass(frozen=True)
class PreviewConfig:
    templates: Path = field(default_factory=paths.templates_dir)
    locales: Path = field(default_factory=paths.locales_dir)
    examples: Path = field(default_factory=paths.examples_dir)
    now: datetime | None = None  # --now: one moment for every message; None: per order
    project: Project = field(default_factory=project_defaults)  # the seller's settings


@dataclass(frozen=True)
class Problem:
    """An error as a page shows it: where (file relative to its folder, line) and what."""

    message: str
    file: str | None = None
    line: int | None = None
    field: str | None = None


@dataclass(frozen=True)
class Source:
    """An order document to preview: a bundled example, or one the designer pasted."""

    kind: SourceKind
    key: str
    name: str  # what the page calls it (the file name)
    data: Mapping[str, Any] = field(repr=False)

    @property
    def message_type(self) -> str:
        message = self.data.get("message")
        value = message.get("type") if isinstance(message, Mapping) else None
        return value if isinstance(value, str) else "?"


@dataclass(frozen=True)
class Preview:
    """One source in one locale: the toolkit's outcome, or the problem that stopped it."""

    source: Source
    catalog: str  # a shipped catalog, or AS_IN_DOCUMENT
    locale: str | None  # the buyer locale rendered with (None: the document could not say)
    now: datetime | None
    outcome: Outcome | None = None
    problem: Problem | None = None
    sample_fields: tuple[str, ...] = ()  # the seller's own words swapped for samples

    @property
    def status(self) -> Status:
        if self.outcome is None:
            return "error"
        if self.outcome.refused:
            return "refused"
        return "warning" if self.outcome.findings else "ok"

    @property
    def rules(self) -> tuple[str, ...]:
        """The ids of the findings, errors first, each once."""
        if self.outcome is None:
            return ()
        ordered = sorted(self.outcome.findings, key=lambda f: f.severity is not Severity.ERROR)
        return tuple(dict.fromkeys(f.rule for f in ordered))


@dataclass(frozen=True)
class GalleryRow:
    type_id: str
    source: Source | None  # None: no example order of this type in the examples folder
    tiles: tuple[Preview, ...]
    problem: Problem | None = None  # the example file could not be read


@dataclass(frozen=True)
class Gallery:
    catalogs: tuple[str, ...]
    rows: tuple[GalleryRow, ...]

    def count(self, status: Status) -> int:
        return sum(1 for row in self.rows for tile in row.tiles if tile.status == status)


# --- small pure helpers -----------------------------------------------------------------------


def relative_to_any(path: str, roots: Iterable[Path]) -> str:
    """A file named relative to the folder it is in (templates/, locales/), else as given."""
    resolved = Path(path).resolve()
    for root in roots:
        root = root.resolve()
        if resolved.is_relative_to(root):
            return f"{root.name}/{resolved.relative_to(root).as_posix()}"
    return path


def problem_from_input_error(err: InputError, roots: Iterable[Path]) -> Problem:
    match = LINE.search(err.problem)
    return Problem(
        message=err.problem,
        file=relative_to_any(err.source, roots) if err.source else None,
        line=int(match.group(1)) if match else None,
        field=err.field,
    )


def problem_from_exception(err: Exception, templates: Path, roots: Iterable[Path]) -> Problem:
    """An error the toolkit did not foresee (a template calling a filter with a wrong type):
    shown with the template line it happened on, so the designer can fix it."""
    where, line = template_frame(err, templates)
    return Problem(
        message=f"{type(err).__name__}: {err}",
        file=relative_to_any(where, roots) if where else None,
        line=line,
    )


def buyer_locale(catalog: str, settings: Settings) -> str:
    return settings.buyer_locales.get(catalog, catalog.replace("_", "-"))


def language_of(tag: object) -> str | None:
    """The language of a locale tag, None when it is no locale (parsing says why later)."""
    try:
        return parse_locale(tag).language if isinstance(tag, str) else None
    except InputError:
        return None


def with_sample_text(
    data: Mapping[str, Any], locale: str | None, settings: Settings
) -> tuple[Mapping[str, Any], tuple[str, ...]]:
    """The order with the seller's own words in `locale`'s language, when it is shown in a
    language other than its own: (the order, the fields swapped)."""
    buyer = data.get("buyer")
    own = language_of(buyer.get("locale") if isinstance(buyer, Mapping) else None)
    target = language_of(locale)
    message = data.get("message")
    samples = settings.sample_text.get(target or "", {})
    if own is None or target is None or own == target or not isinstance(message, Mapping):
        return data, ()
    swapped = tuple(f for f in samples if isinstance(message.get(f), str))
    if not swapped:
        return data, ()
    return {**data, "message": {**message, **{f: samples[f] for f in swapped}}}, swapped


def sending_time(doc: OrderDocument, settings: Settings, pinned: datetime | None) -> datetime:
    """The moment the message is rendered as sent: --now, else a fixed time after the order's
    delivery (or purchase), so that examples never fall out of Amazon's windows."""
    if pinned is not None:
        return pinned
    if doc.delivered_at is not None:
        return doc.delivered_at + timedelta(days=settings.days_after_delivery)
    return doc.order.purchase_date + timedelta(days=settings.days_after_purchase)


def frame_document(html: str, stylesheet_url: str) -> str:
    """The message as rendered, with the frame's stylesheet first in its head, so that the
    frame supplies the defaults and anything the message sets still shows."""
    root = dom.parse_html(html)
    head = root.find("head")
    if head is None:
        head = root.makeelement("head", {})
        root.insert(0, head)
    link = head.makeelement("link", {"rel": "stylesheet", "href": stylesheet_url})
    metas = [i for i, el in enumerate(head) if getattr(el, "tag", None) == "meta"]
    head.insert(metas[-1] + 1 if metas else 0, link)  # after <meta charset>, before any style
    return dom.serialize(root)


def order_key(data: Mapping[str, Any]) -> str:
    """Pasted orders are kept under a hash of their content: pasting twice is one order."""
    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False).encode("utf-8")
    return hashlib.sha256(canonical).hexdigest()[:16]


def files_state(roots: Iterable[Path]) -> tuple[tuple[str, int, int], ...]:
    """Every file under the roots with its time and size: the gallery's cache key, so that a
    change is seen even without the file watcher."""
    state = []
    for root in roots:
        if root.is_dir():
            for path in sorted(root.rglob("*")):
                if path.is_file():
                    st = path.stat()
                    state.append((str(path), st.st_mtime_ns, st.st_size))
    return tuple(state)


# --- the service ------------------------------------------------------------------------------


@dataclass
class OrderStore:
    """Pasted orders, newest kept: a bounded in-memory store owned by the service."""

    capacity: int
    _orders: OrderedDict[str, Source] = field(default_factory=OrderedDict)

    def add(self, source: Source) -> None:
        self._orders[source.key] = source
        self._orders.move_to_end(source.key)
        while len(self._orders) > self.capacity:
            self._orders.popitem(last=False)

    def get(self, key: str) -> Source | None:
        return self._orders.get(key)


@dataclass
class PreviewService:
    """Everything the pages ask for, from one Toolkit loaded once (its renderer re-reads a
    template, the stylesheet or a catalog when the file changes)."""

    config: PreviewConfig
    settings: Settings
    tk: Toolkit
    orders: OrderStore
    # renders share the Toolkit's caches: one at a time
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    # a second gallery request waits for the one being built instead of building it again
    _gallery_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _gallery: tuple[tuple[tuple[str, int, int], ...], Gallery] | None = field(
        default=None, repr=False
    )

    @classmethod
    def create(cls, config: PreviewConfig, settings: Settings | None = None) -> PreviewService:
        settings = settings or load_settings()
        return cls(
            config=config,
            settings=settings,
            tk=Toolkit.load(
                templates=config.templates, locales=config.locales, project=config.project
            ),
            orders=OrderStore(settings.kept_orders),
        )

    @property
    def roots(self) -> tuple[Path, ...]:
        return (self.config.templates, self.config.locales, self.config.examples)

    @property
    def watched(self) -> tuple[Path, ...]:
        """What the live reload watches: templates (and their stylesheet), catalogs, examples."""
        return (self.config.templates, self.config.locales, self.config.examples)

    def catalogs(self) -> tuple[str, ...]:
        return tuple(sorted(self.tk.renderer.store.available()))

    def locale_choices(self) -> tuple[str, ...]:
        return (*self.catalogs(), AS_IN_DOCUMENT)

    def example_paths(self) -> dict[str, Path]:
        folder = self.config.examples
        return {p.stem: p for p in sorted(folder.glob("*.json"))} if folder.is_dir() else {}

    def load_example(self, key: str) -> Source | None:
        """An example by its name; only files listed in the examples folder (no paths)."""
        path = self.example_paths().get(key)
        if path is None:
            return None
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            raise InputError(f"cannot read: {err}", source=path.name) from None
        return Source("example", key, path.name, read_json(text, path.name))

    def source(self, kind: str, key: str) -> Source | None:
        if kind == "example":
            return self.load_example(key)
        if kind == "order":
            return self.orders.get(key)
        return None

    def accept_order(self, text: str, name: str) -> Source:
        """A pasted or uploaded order document, validated like `bsm render` validates one.
        Attachments are read from the examples folder and may not leave it."""
        data = read_json(text, name)
        doc = self.parse(data, name, locale=None)
        examples = self.config.examples.resolve()
        for ref in doc.attachments:
            if not ref.path.is_relative_to(examples):
                raise InputError(
                    f"attachments of a pasted order are read from {examples.name}/ only",
                    source=name,
                    field=f"{ref.field}.path",
                )
        source = Source("order", order_key(data), name, data)
        self.orders.add(source)
        return source

    def parse(self, data: Mapping[str, Any], name: str, locale: str | None) -> OrderDocument:
        return parse_document(
            data,
            self.tk.catalog,
            source=name,
            base_dir=self.config.examples,
            locale=locale,
            seller=self.config.project.seller,
            suffixes=self.tk.policy.suffixes,
        )

    def preview(self, source: Source, catalog: str) -> Preview:
        """Render one source in one catalog's language (AS_IN_DOCUMENT: its own locale)."""
        locale = None if catalog == AS_IN_DOCUMENT else buyer_locale(catalog, self.settings)
        with self._lock:
            return self._preview(source, catalog, locale)

    def _preview(self, source: Source, catalog: str, locale: str | None) -> Preview:
        data, swapped = with_sample_text(source.data, locale, self.settings)
        try:
            doc = self.parse(data, source.name, locale)
        except InputError as err:
            return Preview(source, catalog, locale, None, problem=self._problem(err))
        now = sending_time(doc, self.settings, self.config.now)
        try:
            outcome = render_order(self.tk, doc, now=now)
        except InputError as err:  # a template or catalog error: file and line
            return Preview(source, catalog, doc.locale, now, problem=self._problem(err))
        except Exception as err:  # a designer's template may fail in any way; show where
            problem = problem_from_exception(err, self.config.templates, self.roots)
            return Preview(source, catalog, doc.locale, now, problem=problem)
        return Preview(source, catalog, doc.locale, now, outcome=outcome, sample_fields=swapped)

    def _problem(self, err: InputError) -> Problem:
        return problem_from_input_error(err, self.roots)

    def gallery(self) -> Gallery:
        """Every message type x every shipped catalog x the example orders, re-rendered only
        when a template, catalog or example changed."""
        with self._gallery_lock:
            state = files_state(self.roots)
            cached = self._gallery
            if cached is not None and cached[0] == state:
                return cached[1]
            gallery = self._build_gallery()
            self._gallery = (state, gallery)
            return gallery

    def warm_up(self) -> threading.Thread:
        """Build the gallery in the background at start: the first render of every language
        opens dictionaries and catalogs, which takes a while."""
        thread = threading.Thread(target=self.gallery, name="gallery-warm-up", daemon=True)
        thread.start()
        return thread

    def _build_gallery(self) -> Gallery:
        catalogs = self.catalogs()
        rows: list[GalleryRow] = []
        covered: set[str] = set()
        for key, path in self.example_paths().items():
            try:
                source = self.load_example(key)
            except InputError as err:
                rows.append(GalleryRow("?", None, (), Problem(str(err), file=path.name)))
                continue
            assert source is not None
            covered.add(source.message_type)
            tiles = tuple(self.preview(source, c) for c in catalogs)
            rows.append(GalleryRow(source.message_type, source, tiles))
        for type_id in template_names(self.config.templates):
            if type_id not in covered:
                rows.append(GalleryRow(type_id, None, ()))
        rows.sort(key=lambda row: (row.type_id, row.source.key if row.source else ""))
        return Gallery(catalogs, tuple(rows))
