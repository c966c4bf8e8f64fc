"""The preview server's Starlette app: a list of routes and middleware passed to one constructor.

Pages are Jinja templates under preview/pages (autoescaped: everything shown is escaped);
assets are served from preview/assets only. Rendering and checking are the toolkit's.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress
from pathlib import Path
from typing import Any

import anyio
import jinja2
from sse_starlette import EventSourceResponse
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import (
    HTMLResponse,
    JSONResponse,
    PlainTextResponse,
    RedirectResponse,
    Response,
)
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from preview.isolate import RenderTimeout, WorkerFailed
from preview.live import Hub, watch
from preview.service import (
    AS_IN_DOCUMENT,
    PACKAGE_DIR,
    Gallery,
    GalleryRow,
    Preview,
    PreviewConfig,
    PreviewService,
    Settings,
    Source,
    frame_document,
    printable_name,
    problem_from_input_error,
)
from toolkit.errors import InputError
from toolkit.output import to_eml
from toolkit.send.retry import Fatal, Permanent, Temporary
from toolkit.send.smtp import SmtpSender, as_test_message, smtp_settings

PAGES = PACKAGE_DIR / "pages"
ASSETS = PACKAGE_DIR / "assets"
LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})
WIDTHS = ("desktop", "mobile")
VIEWS = ("table", "thumbnails")
VERDICTS = ("ok", "warning", "refused", "error", "changed")  # "changed": the design was
MAX_SIDE_BY_SIDE = 4  # languages on one page
THUMBNAIL_SCALE = 0.4  # a thumbnail is the message at the frame's width, this much smaller
FORM_OVERHEAD = 64 * 1024  # a form's boundaries, part headers and other fields
DRAIN_BYTES = 64 * 1024 * 1024  # read and dropped after a refusal, so the sender hears it

# The preview's own pages run only its own script and styles; a message frame runs nothing.
PAGE_CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "frame-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; "
    "object-src 'none'; frame-ancestors 'self'"
)
FRAME_CSP = (
    "sandbox allow-same-origin; default-src 'none'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' https: data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'"
)


class SecurityHeaders:
    """Adds the page policy and nosniff to every response that did not set its own."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {name.lower() for name, _ in headers}
                for name, value in (
                    (b"content-security-policy", PAGE_CSP.encode()),
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"no-referrer"),
                ):
                    if name not in names:
                        headers.append((name, value))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def page_environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(PAGES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["when"] = lambda value: value.strftime("%Y-%m-%d %H:%M %Z") if value else ""
    return env


def showable(text: str) -> str:
    """Text a page can send: a lone surrogate (a JSON escape such as \\ud800, a file name
    that is not UTF-8) becomes U+FFFD instead of failing the whole page."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    return text


def body_cap(limit: int) -> int:
    """The most a form posting one order document of `limit` bytes can hold: pasted into a
    urlencoded form, each byte may take three (%22); a multipart form may carry both the
    pasted text and a file."""
    return 3 * limit + FORM_OVERHEAD


class BodyTooLarge(Exception):
    pass


async def read_body(request: Request, cap: int) -> bytes:
    """The request body, refused as soon as it passes `cap` bytes (counted as it arrives:
    a large upload is never held whole, whatever Content-Length says)."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > cap:
        raise BodyTooLarge
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > cap:
            raise BodyTooLarge
        chunks.append(chunk)
    return b"".join(chunks)


async def drain(request: Request) -> None:
    """Read and drop what is left of a refused body (up to DRAIN_BYTES): a client still
    sending would otherwise see the connection reset instead of the answer."""
    dropped = 0
    with suppress(Exception):  # the stream may be done, or the client gone
        async for chunk in request.stream():
            dropped += len(chunk)
            if dropped > DRAIN_BYTES:
                break


def replay(body: bytes) -> Receive:
    """A receive channel that delivers a body already read, for Starlette's form parser."""
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return receive


def allowed_hosts(host: str) -> list[str]:
    """Bound to loopback, answer only to loopback names (no DNS rebinding from a web page)."""
    return sorted(LOOPBACK | {host}) if host in LOOPBACK else ["*"]


class Pages:
    """The endpoints, sharing the service, the hub and the page templates."""

    def __init__(self, service: PreviewService, hub: Hub) -> None:
        self.service = service
        self.hub = hub
        self.templates = Jinja2Templates(env=page_environment())

    @property
    def settings(self) -> Settings:
        return self.service.settings

    def render(
        self, request: Request, name: str, context: dict[str, Any], status: int = 200
    ) -> HTMLResponse:
        context = {"request": request, "generation": self.hub.generation, **context}
        html = self.templates.get_template(name).render(context)
        return HTMLResponse(showable(html), status_code=status)

    def not_found(self, request: Request, what: str) -> HTMLResponse:
        return self.render(request, "not_found.html", {"what": what}, status=404)

    def unavailable(self, request: Request, err: RenderTimeout | WorkerFailed) -> HTMLResponse:
        """A pasted order that ran past the time limit (or whose worker ended): said on a
        page of its own; the worker was stopped and the other pages went on."""
        context = {"timeout": isinstance(err, RenderTimeout), "reason": str(err)}
        context["seconds"] = self.settings.render_seconds
        return self.render(request, "unavailable.html", context, status=503)

    # --- gallery ---------------------------------------------------------------------------

    def gallery(self, request: Request) -> HTMLResponse:
        gallery = self.service.gallery()
        chosen = gallery_filters(request, gallery)
        return self.render(
            request,
            "gallery.html",
            {
                "gallery": gallery,
                "pinned_now": self.service.config.now,
                "settings": self.settings,
                "filters": chosen,
                "shown": lambda row, tile: shows(chosen, row, tile),
                "types": sorted({row.type_id for row in gallery.rows if row.source}),
                "verdicts": VERDICTS,
                "views": VIEWS,
                "max_width": self.service.tk.policy.max_width_px,
                "thumbnail_scale": THUMBNAIL_SCALE,
            },
        )

    def gallery_tiles(self, request: Request) -> JSONResponse:
        """Every tile's verdict and digest, for the thumbnails' live reload: a page redraws
        only the thumbnails whose digest changed."""
        gallery = self.service.gallery()
        tiles = [
            {
                "id": f"{row.source.key}/{tile.catalog}",
                "status": tile.status,
                "rules": list(tile.rules),
                "changes": tile.changes,
                "digest": tile.digest,
            }
            for row in gallery.rows
            if row.source
            for tile in row.tiles
        ]
        return JSONResponse({"generation": self.hub.generation, "tiles": tiles})

    # --- one message -----------------------------------------------------------------------

    def lookup(self, request: Request) -> tuple[Source, str] | None:
        """The source and catalog a message URL names; only names the service lists, never a
        path. InputError: the example file is there but cannot be read."""
        kind, key = request.path_params["kind"], request.path_params["key"]
        catalog = request.path_params["catalog"]
        if catalog not in self.service.locale_choices():
            return None
        source = self.service.source(kind, key)
        return (source, catalog) if source is not None else None

    def preview_for(self, request: Request) -> Preview | None:
        """RenderTimeout, WorkerFailed: a pasted order that could not be rendered in time."""
        try:
            found = self.lookup(request)
        except InputError:
            return None
        return self.service.preview(*found) if found else None

    def message(self, request: Request) -> HTMLResponse:
        try:
            found = self.lookup(request)
        except InputError as err:  # an example being edited is not valid JSON just now
            problem = problem_from_input_error(err, self.service.roots)
            return self.render(request, "broken.html", {"problem": problem}, status=422)
        if found is None:
            return self.not_found(request, "no such example, pasted order or locale")
        try:
            preview = self.service.preview(*found)
        except (RenderTimeout, WorkerFailed) as err:
            return self.unavailable(request, err)
        width = request.query_params.get("width", "desktop")
        width = width if width in WIDTHS else "desktop"
        max_width = self.service.tk.policy.max_width_px
        findings = [
            (finding, self.service.tk.registry.get(finding.rule))
            for finding in (preview.outcome.findings if preview.outcome else ())
        ]
        return self.render(
            request,
            "message.html",
            {
                "preview": preview,
                "findings": findings,
                "changes": preview.outcome.changes if preview.outcome else (),
                "compare": request.query_params.get("design") == "written",
                "width": width,
                "frame_width": max_width if width == "desktop" else self.settings.mobile_width_px,
                "max_width": max_width,
                "mobile_width": self.settings.mobile_width_px,
                "catalogs": self.service.catalogs(),
                "as_in_document": AS_IN_DOCUMENT,
                "pinned_now": self.service.config.now,
            },
        )

    def languages(self, request: Request) -> HTMLResponse:
        """One message in two to four languages side by side, at one width."""
        kind, key = request.path_params["kind"], request.path_params["key"]
        try:
            source = self.service.source(kind, key)
        except InputError as err:
            problem = problem_from_input_error(err, self.service.roots)
            return self.render(request, "broken.html", {"problem": problem}, status=422)
        if source is None:
            return self.not_found(request, "no such example or pasted order")
        catalogs = self.service.catalogs()
        asked = [c for c in request.query_params.getlist("lang") if c in catalogs]
        chosen = list(dict.fromkeys(asked))[:MAX_SIDE_BY_SIDE] or default_languages(catalogs)
        width = request.query_params.get("width", "desktop")
        width = width if width in WIDTHS else "desktop"
        max_width = self.service.tk.policy.max_width_px
        try:
            previews = [self.service.preview(source, c) for c in chosen]
        except (RenderTimeout, WorkerFailed) as err:
            return self.unavailable(request, err)
        return self.render(
            request,
            "languages.html",
            {
                "source": source,
                "previews": previews,
                "catalogs": catalogs,
                "chosen": chosen,
                "width": width,
                "frame_width": max_width if width == "desktop" else self.settings.mobile_width_px,
                "max_width": max_width,
                "mobile_width": self.settings.mobile_width_px,
                "most": MAX_SIDE_BY_SIDE,
            },
        )

    def written(self, request: Request) -> Response:
        """The design as written, before the enforcement pass (the message page's toggle):
        in the same sandbox as the message, with the same defaults."""
        try:
            preview = self.preview_for(request)
        except (RenderTimeout, WorkerFailed) as err:
            return PlainTextResponse(f"This order could not be rendered: {err}", status_code=503)
        written = preview.outcome.written if preview and preview.outcome else None
        if written is None:
            return self.not_found(request, "nothing was rendered for this message")
        html = frame_document(written, str(request.url_for("assets", path="frame.css")))
        return HTMLResponse(showable(html), headers={"Content-Security-Policy": FRAME_CSP})

    def frame(self, request: Request) -> Response:
        try:
            preview = self.preview_for(request)
        except (RenderTimeout, WorkerFailed) as err:
            return PlainTextResponse(f"This order could not be rendered: {err}", status_code=503)
        if preview is None:
            return self.not_found(request, "no such message")
        message = preview.outcome.message if preview.outcome else None
        if message is None:
            return self.not_found(request, "nothing was rendered for this message")
        html = frame_document(message.html, str(request.url_for("assets", path="frame.css")))
        return HTMLResponse(showable(html), headers={"Content-Security-Policy": FRAME_CSP})

    def eml(self, request: Request) -> Response:
        try:
            preview = self.preview_for(request)
        except (RenderTimeout, WorkerFailed) as err:
            return PlainTextResponse(f"This order could not be rendered: {err}", status_code=503)
        if preview is None:
            return self.not_found(request, "no such message")
        outcome = preview.outcome
        if outcome is None or outcome.message is None or outcome.refused or preview.now is None:
            return PlainTextResponse(
                "This message is refused: it would not be sent, so there is no .eml. "
                "The findings tab of the message page says why.",
                status_code=409,
            )
        message = outcome.message
        name = f"{outcome.doc.order.id}-{message.type}-{message.locale}.eml"
        try:
            content = to_eml(message, outcome, preview.now)
        except Exception as err:  # a value the mail headers cannot carry: said, not a 500
            return PlainTextResponse(
                f"No .eml can be built for this message: {type(err).__name__}: {err}"[:2000],
                status_code=422,
            )
        return Response(
            content,
            media_type="message/rfc822",
            headers={"Content-Disposition": f'attachment; filename="{name}"'},
        )

    # --- send a test -------------------------------------------------------------------------

    async def send_test(self, request: Request) -> Response:
        """The message, marked as a test, to the address the designer typed, over the
        project's SMTP settings ([send] in bsm.toml, the login from the environment): never to
        a buyer, never recorded as sent. Only from the preview's own pages (Origin)."""
        if request.headers.get("origin") != f"{request.url.scheme}://{request.url.netloc}":
            return PlainTextResponse("a test is sent from the preview's own page only", 403)
        try:
            body = await read_body(request, 4096)
        except BodyTooLarge:
            return PlainTextResponse("the form is too large", status_code=413)
        async with Request(request.scope, replay(body)).form(max_fields=1) as form:
            to = str(form.get("to") or "").strip()
        preview = self.preview_for(request)
        outcome = preview.outcome if preview else None
        if preview is None or outcome is None or outcome.message is None or preview.now is None:
            return self.not_found(request, "no such message")
        if outcome.refused:
            return PlainTextResponse("This message is refused: there is nothing to test.", 409)
        project = self.service.tk.project
        try:
            settings = smtp_settings(project.send, project.seller.email, os.environ)
            raw = to_eml(outcome.message, outcome, preview.now)
            sender_address = settings.from_address or "bsm-preview@localhost"
            envelope_from, data = as_test_message(raw, to, sender_address)
        except InputError as err:
            return PlainTextResponse(f"No test was sent: {err}", status_code=400)
        smtp = SmtpSender(settings)
        try:
            answer = await run_in_threadpool(smtp.deliver, envelope_from, [to], data)
        except (Temporary, Permanent) as err:
            return PlainTextResponse(f"No test was sent: {err.answer}", status_code=502)
        except Fatal as err:
            return PlainTextResponse(f"No test was sent: {err}", status_code=502)
        finally:
            smtp.close()
        return PlainTextResponse(f"A test was sent to {to} (the server said: {answer}). "
                                 "It went to no buyer and is recorded nowhere.")  # fmt: skip

    # --- the designer's own order ------------------------------------------------------------

    def order_form(self, request: Request) -> HTMLResponse:
        text = ""
        start = request.query_params.get("from")
        if start:
            path = self.service.example_paths().get(start)
            if path is None:
                return self.not_found(request, "no such example")
            try:
                text = self.service.example_text(path)
            except InputError as err:
                return self.render(request, "order.html", self.order_context("", err), 422)
        return self.render(request, "order.html", self.order_context(text, None))

    def too_large(self, request: Request, error: InputError) -> HTMLResponse:
        """413 with the order form and what is too large (the text is not shown again)."""
        return self.render(request, "order.html", self.order_context("", error), status=413)

    def order_context(self, text: str, error: InputError | None) -> dict[str, Any]:
        return {
            "text": text,
            "error": error,
            "examples": [key for key in self.service.example_paths() if printable_name(key)],
            "max_bytes": self.settings.max_upload_bytes,
        }

    async def submit_order(self, request: Request) -> Response:
        limit = self.settings.max_upload_bytes
        text, name = "", "pasted order"
        cap = body_cap(limit)
        try:
            body = await read_body(request, cap)
        except BodyTooLarge:
            await drain(request)
            error = InputError(f"the form is larger than {cap} bytes", field="order")
            return self.too_large(request, error)
        form_request = Request(request.scope, replay(body))
        try:
            async with form_request.form(max_files=1, max_fields=4, max_part_size=cap) as form:
                upload, pasted = form.get("file"), form.get("order")
                if isinstance(upload, UploadFile) and upload.filename:
                    name = Path(upload.filename).name
                    text = await read_upload(upload, name, limit)
                elif isinstance(pasted, str):
                    text = pasted
                    if len(text.encode("utf-8", "surrogatepass")) > limit:
                        return self.too_large(request, InputError(f"larger than {limit} bytes"))
            if not text.strip():
                raise InputError("paste an order document or choose a file", field="order")
            source = await run_in_threadpool(self.service.accept_order, text, name)
        except UploadTooLarge as err:
            return self.too_large(request, err)
        except HTTPException as err:  # a form Starlette could not parse
            error = InputError(f"the form cannot be read: {err.detail}", field="order")
            return self.render(request, "order.html", self.order_context("", error), 400)
        except InputError as err:
            context = self.order_context(text, err)
            return self.render(request, "order.html", context, status=400)
        except (RenderTimeout, WorkerFailed) as err:
            return self.unavailable(request, err)
        url = request.url_for("message", kind="order", key=source.key, catalog=AS_IN_DOCUMENT)
        return RedirectResponse(str(url), status_code=303)

    # --- rules, events -----------------------------------------------------------------------

    def rule(self, request: Request) -> HTMLResponse:
        rule = self.service.tk.registry.get(request.path_params["rule_id"])
        if rule is None:
            return self.not_found(request, "no such rule")
        return self.render(request, "rule.html", {"rule": rule})

    async def events(self, request: Request) -> EventSourceResponse:
        return EventSourceResponse(self.hub.events(), ping=10)


class UploadTooLarge(InputError):
    pass


def gallery_filters(request: Request, gallery: Gallery) -> dict[str, str]:
    """The gallery's view and filters from the address (a link shares them); a value the
    gallery does not have is dropped, not an error."""
    query = request.query_params
    types = {row.type_id for row in gallery.rows}
    chosen = {
        "view": query.get("view", "table"),
        "type": query.get("type", ""),
        "lang": query.get("lang", ""),
        "verdict": query.get("verdict", ""),
    }
    allowed = {
        "view": set(VIEWS),
        "type": types,
        "lang": set(gallery.catalogs),
        "verdict": set(VERDICTS),
    }
    return {
        name: value if value in allowed[name] else ("table" if name == "view" else "")
        for name, value in chosen.items()
    }


def shows(filters: dict[str, str], row: GalleryRow, tile: Preview | None) -> bool:
    """Whether a row (and one of its tiles) passes the gallery's filters."""
    if filters["type"] and row.type_id != filters["type"]:
        return False
    if tile is None:
        return not (filters["lang"] or filters["verdict"])
    if filters["lang"] and tile.catalog != filters["lang"]:
        return False
    verdict = filters["verdict"]
    if verdict == "changed":
        return tile.changes > 0
    return not verdict or tile.status == verdict


def default_languages(catalogs: tuple[str, ...]) -> list[str]:
    """en beside pl (and the pseudo-locale en_XA when there is one), else the first two."""
    preferred: list[str] = [c for c in ("en", "pl", "en_XA") if c in catalogs]
    rest = [c for c in catalogs if c not in preferred]
    return preferred if len(preferred) >= 2 else (preferred + rest)[:2]


async def read_upload(upload: UploadFile, name: str, limit: int) -> str:
    content = await upload.read(limit + 1)
    if len(content) > limit:
        raise UploadTooLarge(f"larger than {limit} bytes", source=name)
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError("not UTF-8 text (an order document is JSON)", source=name) from None


def create_app(
    config: PreviewConfig | None = None,
    *,
    host: str = "127.0.0.1",
    service: PreviewService | None = None,
    warm_up: bool = True,
) -> Starlette:
    service = service or PreviewService.create(config or PreviewConfig())
    hub = Hub()
    pages = Pages(service, hub)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        if warm_up:
            service.warm_up()
        stop = anyio.Event()
        watcher = asyncio.create_task(
            watch(
                hub,
                service.watched,
                service.settings.watch_suffixes,
                debounce_ms=service.settings.debounce_ms,
                stop=stop,
            )
        )
        try:
            yield
        finally:
            service.close()
            stop.set()
            watcher.cancel()
            with suppress(asyncio.CancelledError):
                await watcher

    async def not_found(request: Request, exc: Exception) -> Response:
        status = exc.status_code if isinstance(exc, HTTPException) else 500
        if status == 404:
            return pages.not_found(request, "no such page")
        return PlainTextResponse(str(getattr(exc, "detail", "error")), status_code=status)

    message = "/m/{kind}/{key}/{catalog}"
    app = Starlette(
        routes=[
            Route("/", pages.gallery, name="gallery"),
            Route("/gallery/tiles", pages.gallery_tiles, name="gallery_tiles"),
            Route(message, pages.message, name="message"),
            Route(message + "/frame", pages.frame, name="frame"),
            Route(message + "/written", pages.written, name="written"),
            Route("/languages/{kind}/{key}", pages.languages, name="languages"),
            Route(message + "/eml", pages.eml, name="eml"),
            Route(message + "/send-test", pages.send_test, methods=["POST"], name="send_test"),
            Route("/order", pages.order_form, methods=["GET"], name="order"),
            Route("/order", pages.submit_order, methods=["POST"], name="submit_order"),
            Route("/rules/{rule_id}", pages.rule, name="rule"),
            Route("/events", pages.events, name="events"),
            Mount("/assets", StaticFiles(directory=ASSETS), name="assets"),
        ],
        middleware=[
            Middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts(host)),
            Middleware(SecurityHeaders),
        ],
        exception_handlers={HTTPException: not_found},
        lifespan=lifespan,  # no app-wide body limit: the order form reads and caps its own
    )
    app.state.service = service
    app.state.hub = hub
    return app
