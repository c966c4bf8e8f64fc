"""One order's way through: validate, render, enforce, check, and emit or refuse.

`Toolkit` holds everything loaded once (policy, catalog, rules, renderer with its caches);
`render_order` and `check_message` are what the CLI, the preview server and library users call.
`bsm check` enters at `check_message` with a message read from a file, so the checker and the
renderer can never disagree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from inscriptis import Inscriptis
from inscriptis.css_profiles import CSS_PROFILES
from inscriptis.model.config import ParserConfig

from toolkit import dom
from toolkit.attachments import FileTypes, check_filename, load_file_types, read_attachment
from toolkit.catalog import Catalog, load_catalog
from toolkit.detect import Detectors, load_detectors
from toolkit.dom import HtmlElement
from toolkit.enforce import Change, enforce
from toolkit.errors import InputError
from toolkit.files import TooLarge
from toolkit.i18n import NoCatalogError, parse_locale
from toolkit.model import Attachment, Finding, Message, has_errors
from toolkit.orders import OrderDocument
from toolkit.policy import Policy, load_policy
from toolkit.render import PROJECT_ROOT, Renderer
from toolkit.rules import Registry, default_registry
from toolkit.rules.base import Ledger, Subject
from toolkit.rules.phrases import PhraseBook

BLANK_RUNS = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")
# private-use characters that stand in for no-break spaces while inscriptis runs
NO_BREAK_STAND_INS = {"\xa0": "\ue000", "\u202f": "\ue001"}


@dataclass
class Toolkit:
    """Everything a render or a check needs, loaded once and reused."""

    policy: Policy
    catalog: Catalog
    detectors: Detectors
    registry: Registry
    book: PhraseBook
    renderer: Renderer
    # strict: text follows the HTML's structure, not its CSS padding; links keep their address
    text_config: ParserConfig = field(
        default_factory=lambda: ParserConfig(css=CSS_PROFILES["strict"], display_links=True)
    )
    file_types: FileTypes = field(default_factory=load_file_types)

    @classmethod
    def load(cls, templates: Path | None = None, locales: Path | None = None) -> Toolkit:
        policy, detectors = load_policy(), load_detectors()
        return cls(
            policy=policy,
            catalog=load_catalog(),
            detectors=detectors,
            registry=default_registry(),
            book=PhraseBook(),
            renderer=Renderer(
                templates=templates or PROJECT_ROOT / "templates",
                locales=locales or PROJECT_ROOT / "locales",
                policy=policy,
                detectors=detectors,
            ),
        )


@dataclass(frozen=True)
class Outcome:
    """A rendered message, or a refusal: `message` is None when nothing could be rendered."""

    doc: OrderDocument
    message: Message | None
    findings: tuple[Finding, ...]
    changes: tuple[Change, ...] = ()

    @property
    def refused(self) -> bool:
        return self.message is None or has_errors(self.findings)


def plain_text(root: HtmlElement, config: ParserConfig) -> str:
    """The text part, derived from the final HTML (one source for both).

    inscriptis folds every kind of space into " ", which would let "€ 19,95" break across
    lines; no-break spaces are kept by standing in for them while it runs.
    """
    swapped = swap_no_break_spaces(root, NO_BREAK_STAND_INS)
    try:
        text = Inscriptis(dom.body(root), config).get_text()
    finally:
        swap_no_break_spaces(root, {v: k for k, v in NO_BREAK_STAND_INS.items()}, swapped)
    for space, stand_in in NO_BREAK_STAND_INS.items():
        text = text.replace(stand_in, space)
    lines = [line.rstrip() for line in text.strip("\n").splitlines()]
    return BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip() + "\n"


def swap_no_break_spaces(
    root: HtmlElement, table: dict[str, str], only: list[HtmlElement] | None = None
) -> list[HtmlElement]:
    """Replace characters in the text of `root` (or of `only`); returns the elements touched."""
    touched = []
    for el in only if only is not None else dom.elements(root):
        changed = False
        for attr in ("text", "tail"):
            value = getattr(el, attr)
            if value and any(ch in value for ch in table):
                for old, new in table.items():
                    value = value.replace(old, new)
                setattr(el, attr, value)
                changed = True
        if changed:
            touched.append(el)
    return touched


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
    language = parse_locale(message.locale).language if message.locale else None
    marketplace = tk.policy.marketplace(doc.order.marketplace_id) if doc else None
    subject = Subject(
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
        file_types=tk.file_types,
    )
    return (registry or tk.registry).run(subject)


def refusal(tk: Toolkit, doc: OrderDocument, rule_id: str, text: str) -> Outcome:
    rule = tk.registry.get(rule_id)
    assert rule is not None, rule_id
    finding = Finding(rule.id, rule.name, rule.severity, text, "order")
    return Outcome(doc=doc, message=None, findings=(finding,))


def render_order(
    tk: Toolkit, doc: OrderDocument, *, now: datetime, ledger: Ledger | None = None
) -> Outcome:
    """Render one order document into a compliant message, or refuse it with findings."""
    mtype = tk.catalog.get(doc.message_type)
    if mtype is None:
        return refusal(
            tk, doc, "BSM101",
            f"{doc.message_type!r} is not a permitted message type "
            f"(permitted: {', '.join(tk.catalog.ids)})",
        )  # fmt: skip
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
    changes = enforce(root, tk.policy)
    html = dom.serialize(root)
    message = Message(
        type=mtype.id,
        locale=doc.locale,
        subject=rendered.subject,
        html=html,
        text=plain_text(root, tk.text_config),
        attachments=attachments,
    )
    findings = check_message(tk, message, root=root, doc=doc, now=now, ledger=ledger)
    if any(f.part == "html" for f in findings):  # locate them in the HTML as emitted
        findings = check_message(tk, message, doc=doc, now=now, ledger=ledger)
    return Outcome(doc=doc, message=message, findings=tuple(findings), changes=tuple(changes))
