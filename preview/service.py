"""What the preview shows, computed with the toolkit's own calls: sources (bundled examples and
pasted orders), one message previewed in one locale, and the gallery of every type x locale.

No rendering or checking of its own: `parse_document`, `render_order` and the registry decide;
this module only picks the locale and the moment of sending, and turns errors into something a
page can show (file and line).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import threading
import tomllib
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Literal

from preview.isolate import WorkerPool
from toolkit import dom, paths
from toolkit.errors import InputError
from toolkit.files import TooLarge, problem, read_capped, real
from toolkit.freshness import EVERY_USE
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
MAX_PROBLEM_CHARS = 2000  # an error quoting a 5,000-digit number or a whole line stays short

SourceKind = Literal["example", "order"]
Status = Literal["ok", "warning", "refused", "error"]


@dataclass(frozen=True)
class Settings:
    """preview/preview.toml: how the preview shows messages (Amazon's limits are policy)."""

    buyer_locales: Mapping[str, str]
    days_after_delivery: int
    days_after_purchase: int
    mobile_width_px: int
    max_upload_bytes: int  # also the cap on an example file
    kept_orders: int
    render_seconds: float  # the time limit of a pasted order's check or render
    render_workers: int  # processes rendering pasted orders
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
        render_seconds=float(data["orders"]["render_seconds"]),
        render_workers=int(data["orders"]["render_workers"]),
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
    def changes(self) -> int:
        """How many changes the enforcement pass made to the design."""
        return len(self.outcome.changes) if self.outcome else 0

    @property
    def digest(self) -> str:
        """What a thumbnail shows, hashed: the live reload redraws only tiles whose digest
        changed."""
        message = self.outcome.message if self.outcome else None
        shown = (
            self.status,
            message.html if message else "",
            self.rules,
            self.changes,
            self.problem.message if self.problem else "",
        )
        return hashlib.sha256(repr(shown).encode("utf-8", "surrogatepass")).hexdigest()[:12]

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

    def changed(self) -> int:
        """Tiles whose design the enforcement pass changed."""
        return sum(1 for row in self.rows for tile in row.tiles if tile.changes)


# --- small pure helpers -----------------------------------------------------------------------


def relative_to_any(path: str, roots: Iterable[Path]) -> str:
    """A file named relative to the folder it is in (templates/, locales/), else as given."""
    resolved = Path(path).resolve()
    for root in roots:
        root = root.resolve()
        if resolved.is_relative_to(root):
            return f"{root.name}/{resolved.relative_to(root).as_posix()}"
    return path


def shorten(text: str, limit: int = MAX_PROBLEM_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def problem_from_input_error(err: InputError, roots: Iterable[Path]) -> Problem:
    match = LINE.search(err.problem)
    return Problem(
        message=shorten(err.problem),
        file=relative_to_any(err.source, roots) if err.source else None,
        line=int(match.group(1)) if match else None,
        field=err.field,
    )


def problem_from_exception(err: Exception, templates: Path, roots: Iterable[Path]) -> Problem:
    """An error the toolkit did not foresee (a template calling a filter with a wrong type):
    shown with the template line it happened on, so the designer can fix it."""
    where, line = template_frame(err, templates)
    return Problem(
        message=shorten(f"{type(err).__name__}: {err}"),
        file=relative_to_any(where, roots) if where else None,
        line=line,
    )


def internal_problem(err: Exception, name: str) -> Problem:
    """An error no check foresaw (a number too large to format, a date past year 9999): said
    of the one file, so that the rest of the gallery still renders."""
    return Problem(message=shorten(f"internal error: {type(err).__name__}: {err}"), file=name)


def read_example(path: Path, folder: Path, limit: int) -> str:
    """An example file's text: a regular file inside the folder (a link may point only within
    it), at most `limit` bytes counted while reading (the size `stat` says can be wrong, and a
    device or FIFO has none), UTF-8. InputError naming the file otherwise."""
    name = path.name
    try:
        target = real(path)
        inside = target.is_relative_to(real(folder))
    except OSError as err:
        raise InputError(f"cannot read: {problem(err)}", source=name) from None
    if not inside:
        raise InputError("a link to a file outside the examples folder", source=name)
    try:  # the real path, not followed again: a link put there since is refused
        content = read_capped(target, limit, "an example", follow_links=False, name=name)
    except TooLarge:
        raise InputError(f"larger than {limit} bytes", source=name) from None
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(f"not UTF-8 text: bad byte at offset {err.start}", source=name) from None


def printable_name(name: str) -> bool:
    """A file name a page can show and link to: no control characters, and no bytes that
    were not UTF-8 (Python keeps those as lone surrogates)."""
    return name.isprintable() and not any("\ud800" <= c <= "\udfff" for c in name)


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


def tile_state(
    state: tuple[tuple[str, int, int], ...],
    folders: tuple[Path, Path, Path],
    source: Source,
    catalog: str,
) -> tuple[tuple[str, int, int], ...]:
    """The part of the files' state one example in one catalog depends on: every file but the
    other types' message templates, the other languages' catalogs and the other example
    orders. A saved template re-renders its own row, a saved catalog its own column."""
    templates, locales, examples = (str(folder) + os.sep for folder in folders)
    messages = templates + "messages" + os.sep
    language = catalog.split("_")[0]
    kept = []
    for entry in state:
        path = entry[0]
        if path.startswith(messages) and Path(path).name != f"{source.message_type}.html":
            continue
        if path.startswith(locales) and catalog != AS_IN_DOCUMENT:
            parts = Path(path[len(locales) :]).parts
            if len(parts) > 1 and parts[0].split("_")[0] != language:
                continue
        if path.startswith(examples) and path.endswith(".json") and Path(path).stem != source.key:
            continue
        kept.append(entry)
    return tuple(kept)


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
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)  # pages' threads

    def add(self, source: Source) -> None:
        with self._lock:
            self._orders[source.key] = source
            self._orders.move_to_end(source.key)
            while len(self._orders) > self.capacity:
                self._orders.popitem(last=False)

    def get(self, key: str) -> Source | None:
        with self._lock:
            return self._orders.get(key)


@dataclass
class PreviewCache:
    """Previews of pasted orders, so that a message page, its frame and its .eml render the
    order once: kept with the state of the files they were rendered from, newest kept."""

    capacity: int
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _previews: OrderedDict[tuple[str, str], tuple[object, Preview]] = field(
        default_factory=OrderedDict, repr=False
    )

    def get(self, key: tuple[str, str], state: object) -> Preview | None:
        with self._lock:
            found = self._previews.get(key)
            return found[1] if found is not None and found[0] == state else None

    def put(self, key: tuple[str, str], state: object, preview: Preview) -> None:
        with self._lock:
            self._previews[key] = (state, preview)
            self._previews.move_to_end(key)
            while len(self._previews) > self.capacity:
                self._previews.popitem(last=False)


@dataclass
class PreviewService:
    """Everything the pages ask for, from one Toolkit loaded once (its renderer re-reads a
    template, the stylesheet or a catalog when the file changes).

    The examples render here; pasted orders render in worker processes with a time limit
    (`workers`; None: here too, as inside a worker), so that a slow one never holds the lock
    the examples' pages take.
    """

    config: PreviewConfig
    settings: Settings
    tk: Toolkit
    orders: OrderStore
    workers: WorkerPool | None = None
    rendered: PreviewCache = field(default_factory=lambda: PreviewCache(100), repr=False)
    # the examples' previews, each kept with the state of the files it depends on (tile_state)
    tiles: PreviewCache = field(default_factory=lambda: PreviewCache(2000), repr=False)
    # the Toolkit's spell checker (Hunspell through Enchant) is not thread-safe: one render
    # at a time in this process; held only for an example's render, never for a pasted order
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    # a second gallery request waits for the one being built instead of building it again
    _gallery_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _gallery: tuple[tuple[tuple[str, int, int], ...], Gallery] | None = field(
        default=None, repr=False
    )

    @classmethod
    def create(
        cls, config: PreviewConfig, settings: Settings | None = None, *, isolated: bool = True
    ) -> PreviewService:
        settings = settings or load_settings()
        workers = WorkerPool(config, settings, settings.render_workers) if isolated else None
        return cls(
            config=config,
            settings=settings,
            tk=Toolkit.load(  # a designer's save shows at the next render: files looked at each
                templates=config.templates,
                locales=config.locales,
                project=config.project,
                freshness=EVERY_USE,
            ),
            orders=OrderStore(settings.kept_orders),
            workers=workers,
            rendered=PreviewCache(settings.kept_orders * 2),
        )

    def close(self) -> None:
        """Stop the worker processes (the server is stopping)."""
        if self.workers is not None:
            self.workers.close()

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

    def example_text(self, path: Path) -> str:
        """An example file's text, read with the limits of `read_example`."""
        return read_example(path, self.config.examples, self.settings.max_upload_bytes)

    def load_example(self, key: str) -> Source | None:
        """An example by its name; only files listed in the examples folder (no paths).
        Whatever is wrong with the file is an InputError naming it."""
        path = self.example_paths().get(key)
        if path is None:
            return None
        try:
            data = read_json(self.example_text(path), path.name)
        except InputError:
            raise
        except Exception as err:  # JSON nested too deep, a number too long to read
            raise InputError(internal_problem(err, path.name).message, source=path.name) from None
        return Source("example", key, path.name, data)

    def source(self, kind: str, key: str) -> Source | None:
        if kind == "example":
            return self.load_example(key)
        if kind == "order":
            return self.orders.get(key)
        return None

    def accept_order(self, text: str, name: str) -> Source:
        """A pasted or uploaded order document, validated like `bsm render` validates one (in
        a worker, with the time limit) and kept."""
        if self.workers is not None:
            source: Source = self.workers.run("check_order", text, name)
        else:
            source = self.check_order(text, name)
        self.orders.add(source)
        return source

    def check_order(self, text: str, name: str) -> Source:
        """A pasted order as a source, or the InputError that says what is wrong with it.
        Attachments are read from the examples folder and may not leave it."""
        try:
            data = read_json(text, name)
            doc = self.parse(data, name, locale=None)
        except InputError:
            raise
        except Exception as err:
            raise InputError(internal_problem(err, name).message, source=name) from None
        examples = self.config.examples.resolve()
        for ref in doc.attachments:
            if not ref.path.is_relative_to(examples):
                raise InputError(
                    f"attachments of a pasted order are read from {examples.name}/ only",
                    source=name,
                    field=f"{ref.field}.path",
                )
        return Source("order", order_key(data), name, data)

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
        """Render one source in one catalog's language (AS_IN_DOCUMENT: its own locale). A
        pasted order renders in a worker; RenderTimeout when it ran past the limit."""
        if source.kind == "example":
            return self.example_preview(source, catalog)
        if self.workers is None:
            return self.render_preview(source, catalog)
        key, state = (source.key, catalog), files_state(self.roots)
        cached = self.rendered.get(key, state)
        if cached is None:
            cached = self.workers.run("render", source, catalog)
            self.rendered.put(key, state, cached)
        return cached

    def example_preview(self, source: Source, catalog: str) -> Preview:
        """An example, rendered again only when a file it depends on changed: the gallery, its
        thumbnails and the message pages share the one render."""
        folders = (self.config.templates, self.config.locales, self.config.examples)
        state = tile_state(files_state(self.roots), folders, source, catalog)
        key = (source.key, catalog)
        cached = self.tiles.get(key, state)
        if cached is None or cached.source != source:
            cached = self.render_preview(source, catalog)
            self.tiles.put(key, state, cached)
        return cached

    def render_preview(self, source: Source, catalog: str) -> Preview:
        """The render itself, in this process: whatever goes wrong is this preview's problem."""
        locale = None if catalog == AS_IN_DOCUMENT else buyer_locale(catalog, self.settings)
        with self._lock:
            try:
                preview = self._preview(source, catalog, locale)
            except Exception as err:  # a value no check foresaw: this tile only
                return Preview(source, catalog, locale, None, problem=self._internal(err, source))
        problem = preview.problem
        if problem is not None and problem.file is None:  # say which order it was
            return replace(preview, problem=replace(problem, file=source.name))
        return preview

    def _preview(self, source: Source, catalog: str, locale: str | None) -> Preview:
        data, swapped = with_sample_text(source.data, locale, self.settings)
        try:
            doc = self.parse(data, source.name, locale)
        except InputError as err:
            return Preview(source, catalog, locale, None, problem=self._problem(err))
        now = sending_time(doc, self.settings, self.config.now)
        try:
            outcome = render_order(self.tk, doc, now=now, trace=True)
        except InputError as err:  # a template or catalog error: file and line
            return Preview(source, catalog, doc.locale, now, problem=self._problem(err))
        except Exception as err:  # a designer's template may fail in any way; show where
            problem = problem_from_exception(err, self.config.templates, self.roots)
            return Preview(source, catalog, doc.locale, now, problem=problem)
        return Preview(source, catalog, doc.locale, now, outcome=outcome, sample_fields=swapped)

    def _problem(self, err: InputError) -> Problem:
        return problem_from_input_error(err, self.roots)

    def _internal(self, err: Exception, source: Source) -> Problem:
        return internal_problem(err, source.name)

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
            row = self._gallery_row(key, path, catalogs)
            covered.add(row.type_id)
            rows.append(row)
        for type_id in template_names(self.config.templates):
            if type_id not in covered:
                rows.append(GalleryRow(type_id, None, ()))
        rows.sort(key=lambda row: (row.type_id, row.source.key if row.source else ""))
        return Gallery(catalogs, tuple(rows))

    def _gallery_row(self, key: str, path: Path, catalogs: tuple[str, ...]) -> GalleryRow:
        """One example's row; a file that cannot be read is one broken row naming it."""
        if not printable_name(path.name):
            shown = path.name.encode("utf-8", "replace").decode("utf-8")
            return GalleryRow("?", None, (), Problem("the file name is not UTF-8 text", shown))
        try:
            source = self.load_example(key)
        except InputError as err:
            return GalleryRow("?", None, (), Problem(shorten(err.problem), file=path.name))
        if source is None:  # removed since the folder was listed
            return GalleryRow("?", None, (), Problem("the file is gone", file=path.name))
        tiles = tuple(self.preview(source, c) for c in catalogs)
        return GalleryRow(source.message_type, source, tiles)
