"""One order's way through: validate, render, enforce, check, and emit or refuse.

`Toolkit` holds everything loaded once (policy, catalog, rules, renderer with its caches);
`render_order` and `check_message` are what the CLI, the preview server and library users call.
`bsm check` enters at `check_message` with a message read from a file, so the checker and the
renderer can never disagree.
"""

from __future__ import annotations

from copy import deepcopy
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from toolkit import dom
from toolkit.attachments import FileTypes, check_filename, load_file_types, read_attachment
from toolkit.catalog import Catalog, MessageType, load_catalog
from toolkit.detect import Detectors, load_detectors
from toolkit.dom import HtmlElement
from toolkit.errors import InputError
from toolkit.files import TooLarge
from toolkit.freshness import BY_TIME, Freshness
from toolkit.i18n import NoCatalogError, parse_locale
from toolkit.image_words import ImageWords
from toolkit.model import Attachment, Finding, Message, Severity, has_errors
from toolkit.policy import Policy, load_policy
from toolkit.project import Project
from toolkit.project import bundled as project_defaults
from toolkit.render_cache import RenderCache
from toolkit.rules import Registry, default_registry
from toolkit.rules.base import Ledger, Subject
from toolkit.rules.elements import seller_link_problem
from toolkit.rules.memo import Memo
from toolkit.rules.phrases import PhraseBook
from toolkit.rules.spelling import Spelling

if TYPE_CHECKING:  # a render's own imports (Jinja, Babel's catalogs, premailer), and the
    # stages only a render runs: imported in the functions that run them, never by a check
    from toolkit.enforce import Change
    from toolkit.exemplars import Exemplars, Kept, PlainWords
    from toolkit.orders import OrderDocument
    from toolkit.render import Renderer
    from toolkit.text import Styles


@dataclass
class Toolkit:
    """Everything a render or a check needs, loaded once and reused.

    What only a render needs (the renderer with its Jinja environments) is made on first use
    and kept here: a check never imports it."""

    policy: Policy
    catalog: Catalog
    detectors: Detectors
    registry: Registry
    book: PhraseBook
    spelling: Spelling  # BSM414's dictionaries, each opened on first use, then kept here
    # the plain-text part's reading of each style attribute, kept from one message to the next
    text_styles: Styles = field(default_factory=dict)
    file_types: FileTypes = field(default_factory=load_file_types)
    image_words: ImageWords = field(default_factory=ImageWords.load)
    # what the rules that read words judged of a template's sentences, kept for the next message
    memo: Memo = field(default_factory=Memo)
    # replay=False: every message rendered and checked in full (no skeleton, no exemplar)
    replay: bool = True
    # when the templates and catalogs are looked at on disk again (toolkit/freshness.py): by
    # default a file at most once a second; a batch never, the preview at every render
    freshness: Freshness = BY_TIME

    project: Project = field(default_factory=project_defaults)
    # what is kept on disk between processes (BSM_CACHE_DIR): data a start-up builds, and the
    # renderer's inlined templates, compiled templates and catalogs
    cache: RenderCache = field(default_factory=RenderCache.from_environment)
    # the renderer's folders when not the project's (`bsm render --templates DIR`)
    templates: Path | None = None
    locales: Path | None = None

    @cached_property
    def renderer(self) -> Renderer:
        from toolkit.i18n.wording import load_wording
        from toolkit.render import Renderer
        from toolkit.skeleton import Skeletons

        return Renderer(
            templates=self.templates or self.project.templates,
            locales=self.locales or self.project.locales,
            policy=self.policy,
            detectors=self.detectors,
            wording=load_wording(cache=self.cache),
            cache=self.cache,
            skeletons=Skeletons() if self.replay else Skeletons(limit=0),
            freshness=self.freshness,
        )

    @cached_property
    def exemplars(self) -> Exemplars:
        """Clean messages kept by shape of order, filled in for the next buyer (exemplars.py);
        none with replay=False. Made on first use: a check never imports them."""
        from toolkit.exemplars import Exemplars

        return Exemplars() if self.replay else Exemplars(limit=0)

    @cached_property
    def plain_words(self) -> PlainWords:
        """Which words of a buyer's name no rule reads anything into (the exemplars' test)."""
        from toolkit.exemplars import PlainWords

        return PlainWords(self.book, self.detectors.name_joins)

    @classmethod
    def load(
        cls,
        templates: Path | None = None,
        locales: Path | None = None,
        *,
        project: Project | None = None,
        memo: bool = True,
        replay: bool = True,
        freshness: Freshness = BY_TIME,
    ) -> Toolkit:
        """The project's templates and catalogs (bundled by default); the folders given win.
        `memo=False`: every sentence judged afresh for every message; `replay=False`: every
        message rendered and checked in full (the plain runs the equivalence tests compare);
        `freshness`: when templates and catalogs are looked at again (toolkit/freshness.py)."""
        project = project or project_defaults()
        cache = RenderCache.from_environment()
        policy, detectors = load_policy(cache=cache), load_detectors(cache)
        return cls(
            cache=cache,
            project=project,
            policy=policy,
            catalog=load_catalog(cache=cache),
            file_types=load_file_types(cache=cache),
            image_words=ImageWords.load(cache),
            detectors=detectors,
            registry=default_registry(),
            book=PhraseBook(cache=cache),
            spelling=Spelling(cache=cache),
            memo=Memo() if memo else Memo(limit=0),
            replay=replay,
            freshness=freshness,
            templates=templates,
            locales=locales,
        )


@dataclass(frozen=True)
class Outcome:
    """A rendered message, or a refusal: `message` is None when nothing could be rendered."""

    doc: OrderDocument
    message: Message | None
    findings: tuple[Finding, ...]
    changes: tuple[Change, ...] = ()
    # render_order(trace=True): the design as written, before the enforcement pass
    written: str | None = None

    @property
    def refused(self) -> bool:
        return self.message is None or has_errors(self.findings)


def load_attachments(tk: Toolkit, doc: OrderDocument) -> tuple[Attachment, ...]:
    """The order's attachments, read within its folders and within the message's byte limit
    (TooLarge past it); each is sent as the MIME type of its content."""
    out = []
    budget = tk.policy.attachment_max_total_bytes
    for ref in doc.attachments:
        where = f"{ref.field}.path"
        try:
            name = check_filename(ref.path.name, where)
            content = read_attachment(ref.path, ref.roots, where, budget)
        except TooLarge:
            limit = tk.policy.attachment_max_total_bytes
            raise TooLarge(
                f"{ref.path.name}: with it the attachments come to more than {limit:,} bytes, "
                "over the limit for a message",
                source=doc.source,
                field=where,
            ) from None
        except InputError as err:
            raise err.within(doc.source) from None
        budget -= len(content)
        out.append(Attachment(name, ref.kind, tk.file_types.mime_type(content), content))
    return tuple(out)


def check_message(
    tk: Toolkit,
    message: Message,
    *,
    root: HtmlElement | None = None,
    doc: OrderDocument | None = None,
    now: datetime | None = None,
    ledger: Ledger | None = None,
    registry: Registry | None = None,
    image_bytes: dict[str, bytes] | None = None,
) -> list[Finding]:
    """Every applicable rule on a message; the rules needing context run when it is known."""
    subject = message_subject(
        tk, message, root=root, doc=doc, now=now, ledger=ledger, image_bytes=image_bytes
    )
    return (registry or tk.registry).run(subject)


def message_subject(
    tk: Toolkit,
    message: Message,
    *,
    root: HtmlElement | None = None,
    doc: OrderDocument | None = None,
    now: datetime | None = None,
    ledger: Ledger | None = None,
    image_bytes: dict[str, bytes] | None = None,
    measured: dom.Measurements | None = None,
) -> Subject:
    """What the rules see of a message. `measured`: what the enforcement pass measured of
    `root`, the tree it left (render_order); the rules measure the rest themselves."""
    language = parse_locale(message.locale).language if message.locale else None
    # the order's marketplace, else the project's home one: whose phone number formats to know
    marketplace_id = doc.order.marketplace_id if doc else tk.project.seller.marketplace
    marketplace = tk.policy.marketplace(marketplace_id) if marketplace_id else None
    return Subject(
        message=message,
        root=root if root is not None else dom.parse_html(message.html),
        policy=tk.policy,
        detectors=tk.detectors,
        catalog=tk.catalog,
        book=tk.book,
        html_source=message.html,
        language=language,
        type_id=message.type,
        doc=doc,
        now=now,
        ledger=ledger,
        image_bytes=image_bytes or {},
        regions=(marketplace.country,) if marketplace else (),
        spelling=tk.spelling,
        file_types=tk.file_types,
        image_words=tk.image_words,
        seller_name=doc.seller_name if doc else tk.project.seller.name,
        memo=tk.memo,
        measured=measured if measured is not None else dom.Measurements(dom.Styles(tk.memo)),
        enforced=measured is not None,
    )


def refusal(tk: Toolkit, doc: OrderDocument, rule_id: str, text: str) -> Outcome:
    return Outcome(doc=doc, message=None, findings=tuple(order_findings(tk, rule_id, [text])))


def order_findings(tk: Toolkit, rule_id: str, problems: list[str]) -> list[Finding]:
    """Findings about the order document itself (part "order": no line in the message)."""
    rule = tk.registry.get(rule_id)
    assert rule is not None, rule_id
    return [Finding(rule.id, rule.name, rule.severity, text, "order") for text in problems]


@dataclass(frozen=True)
class Trace:
    """What the enforcement pass did to a design, from the annotated render (design.py)."""

    written: str  # the design as written: the rendered HTML before the enforcement pass
    sent: str  # the same after it, annotations stripped: the message's HTML, byte for byte
    changes: tuple[Change, ...]  # each with its element's template line and style.css rule


def trace_design(tk: Toolkit, doc: OrderDocument, mtype: MessageType, catalog: str) -> Trace:
    """A second render from the annotated template sources, enforced like the first; nothing
    sent is made from it."""
    from toolkit.design import strip_annotations
    from toolkit.enforce import enforce

    rendered = tk.renderer.render(doc, mtype, catalog, annotated=True)
    root = dom.parse_html(rendered.html)
    written = deepcopy(root)
    strip_annotations(written)
    changes = enforce(root, tk.policy)
    strip_annotations(root)
    return Trace(dom.serialize(written), dom.serialize(root), tuple(changes))


def render_order(
    tk: Toolkit,
    doc: OrderDocument,
    *,
    now: datetime,
    ledger: Ledger | None = None,
    trace: bool = False,
) -> Outcome:
    """Render one order document into a compliant message, or refuse it with findings.

    `trace`: also say where each change of the enforcement pass came from (template line,
    style.css rule) and keep the design as written; the message is the same either way.
    An order of a shape already seen gets the message kept for it (exemplars.py), unless the
    ledger is asked (its rules read each order's own history) or the design traced."""
    mtype = tk.catalog.get(doc.message_type)
    if mtype is None:
        return refusal(
            tk, doc, "BSM101",
            f"{doc.message_type!r} is not a permitted message type "
            f"(permitted: {', '.join(tk.catalog.ids)})",
        )  # fmt: skip
    if ledger is None and not trace:
        found = replayed(tk, doc, mtype, now)
        if found is not None:
            return found
    return rendered_order(tk, doc, mtype, now=now, ledger=ledger, trace=trace)


def replayed(tk: Toolkit, doc: OrderDocument, mtype: MessageType, now: datetime) -> Outcome | None:
    """`doc`'s outcome by its shape's exemplar; None when it has none (render it in full)."""
    # none kept (one order's render): not even the plan looked up, nor the exemplars imported
    if not tk.replay or tk.exemplars.limit <= 0:
        return None
    try:
        plan = tk.renderer.plan(mtype, tk.renderer.catalog_for(doc.locale))
    except Exception:  # no catalog, a broken template: the full render says what and where
        return None
    key = tk.exemplars.key(doc, now, plan, tk.plain_words)
    if key is None:
        return None
    return tk.exemplars.outcome(
        doc,
        key,
        plan,
        render=lambda d: rendered_order(tk, d, mtype, now=now),
        clean=lambda outcome: clean_message(tk, mtype, outcome),
        finish=lambda d, kept, message: filled_outcome(tk, mtype, d, kept, message),
        words=tk.plain_words,
    )


def filled_outcome(
    tk: Toolkit, mtype: MessageType, doc: OrderDocument, kept: Kept, message: Message
) -> Outcome | None:
    """A kept message filled in for `doc`, with what is worked out for every message: its
    attachments read again (None when they are not the kept ones byte for byte: render in
    full) and what the SP-API operation can carry of it."""
    try:
        attachments = load_attachments(tk, doc)
    except (TooLarge, InputError):
        return None
    if attachments != message.attachments:
        return None
    findings = tuple(sp_api_findings(tk, mtype, message))
    return Outcome(doc=doc, message=message, findings=findings, changes=kept.changes)


def clean_message(tk: Toolkit, mtype: MessageType, outcome: Outcome) -> Message | None:
    """The outcome's message when nothing was found in it but what depends on its length (what
    the SP-API operation can carry, worked out again for each message filled in)."""
    message = outcome.message
    if message is None or outcome.written is not None:
        return None
    return message if list(outcome.findings) == sp_api_findings(tk, mtype, message) else None


def rendered_order(
    tk: Toolkit,
    doc: OrderDocument,
    mtype: MessageType,
    *,
    now: datetime,
    ledger: Ledger | None = None,
    trace: bool = False,
) -> Outcome:
    """`render_order` in full: render, enforce, every rule, plain text."""
    # BSM414's dictionary is read (in a thread) while the stages are imported and the message
    # renders: first of all
    tk.spelling.open_soon(doc.locale)
    from toolkit.enforce import enforce_measured
    from toolkit.screen import screen_seller_text
    from toolkit.text import plain_text

    doc, hidden = screen_seller_text(doc, mtype, tk.detectors)  # cut out, and refused below
    try:  # no catalog, or one that lacks a string: refused, never sent half in English
        catalog = tk.renderer.catalog_for(doc.locale)
        rendered = tk.renderer.render(doc, mtype, catalog)
    except NoCatalogError as err:
        return refusal(tk, doc, "BSM104", f"cannot write in the buyer's language: {err}")
    try:
        attachments = load_attachments(tk, doc)
    except TooLarge as err:  # never read whole: refused as over Amazon's limit
        return refusal(tk, doc, "BSM303", err.problem)
    root = dom.parse_html(rendered.html)
    changes, measured = enforce_measured(root, tk.policy)
    html = dom.serialize(root)
    message = Message(
        type=mtype.id,
        locale=doc.locale,
        subject=rendered.subject,
        html=html,
        text=plain_text(root, tk.renderer.wording_for(doc.locale).colon, tk.text_styles),
        attachments=attachments,
    )
    subject = message_subject(
        tk, message, root=root, doc=doc, now=now, ledger=ledger, measured=measured
    )
    findings = tk.registry.run(subject)  # placed in the HTML as emitted, by its parse
    if any(f.part == "html" for f in findings) and not subject.same_as_source:
        # the emitted HTML parses to another tree than the one checked: check that one
        findings = check_message(tk, message, doc=doc, now=now, ledger=ledger)
    findings = [*order_findings(tk, "BSM312", hidden), *findings]
    findings += seller_link_findings(tk, doc, findings)
    findings += sp_api_findings(tk, mtype, message)
    written = None
    if trace:
        traced = trace_design(tk, doc, mtype, catalog)
        changes, written = list(traced.changes), traced.written
    return Outcome(
        doc=doc, message=message, findings=tuple(findings), changes=tuple(changes), written=written
    )


def sp_api_findings(tk: Toolkit, mtype: MessageType, message: Message) -> list[Finding]:
    """What the type's Selling Partner API operation cannot carry: a text over its limit is
    refused; text or attachments it has no field for are a warning saying so."""
    from toolkit.send.requests import request_problems

    found = []
    for problem in request_problems(mtype, message):
        rule = tk.registry.get(problem.rule)
        assert rule is not None, problem.rule
        severity = rule.severity if problem.blocking else Severity.WARNING
        found.append(Finding(rule.id, rule.name, severity, problem.text, problem.part))
    return found


def seller_link_findings(tk: Toolkit, doc: OrderDocument, reported: list[Finding]) -> list[Finding]:
    """Every link in message.links that is not a full https address, as a finding of the order
    document. The enforcement pass drops a javascript: or data: address from the HTML, so the
    rules on the message cannot see it; it is said here, with the link as the seller wrote it.
    A link the message's own findings already name (an http one) is not said twice."""
    found = []
    for i, (_, url) in enumerate(doc.links):
        problem = seller_link_problem(url, tk.policy)
        if problem is None:
            continue
        rule = tk.registry.get(problem[0])
        assert rule is not None, problem[0]
        if any(f.rule == rule.id and url.strip() in f.message for f in reported):
            continue
        text = f"message.links[{i}].url: {problem[1]}"
        found.append(Finding(rule.id, rule.name, rule.severity, text, "order"))
    return found
