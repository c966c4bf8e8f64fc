"""What leaves the pipeline: JSON, .eml (MIME), Selling Partner API payloads, files on disk."""

from __future__ import annotations

import email.errors
import hashlib
import json
import re
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import TYPE_CHECKING, Any

from toolkit.catalog import Catalog
from toolkit.eml import (
    CONTROL_CHARACTER,
    BodyLines,
    Headers,
    attachment_part,
    multipart,
    text_part,
)
from toolkit.errors import InputError
from toolkit.files import (
    check_target,
    existing_subfolder,
    open_folder,
    remove_file,
    subfolder,
    temporaries_of,
    write_atomic,
)
from toolkit.ledger.keys import message_key
from toolkit.model import Message
from toolkit.send.requests import build_request

if TYPE_CHECKING:
    from toolkit.pipeline import Outcome

OUTCOME_SUFFIXES = (".html", ".txt", ".eml", ".json")
UNKNOWN_TYPE_STEM = "unknown-type"  # no catalog id: a type from the order names no file
ORDER_FOLDER = re.compile(r"[0-9]{3}-[0-9]{7}-[0-9]{7}")  # ASCII digits only, nothing after


def one_line(text: str) -> str:
    """A header value on one line: a name from the order may hold a line break, or a control
    character a terminal or mail client would act on (dropped: it is no part of a name)."""
    return " ".join(CONTROL_CHARACTER.sub(" ", text).split())


def add_parts(mail: EmailMessage, message: Message, *, cte: str | None = None) -> None:
    """The text part, the HTML as its alternative, then the attachments (which make the whole
    multipart/mixed around the multipart/alternative)."""
    mail.set_content(message.text or " ", subtype="plain", charset="utf-8", cte=cte)
    if message.html:
        mail.add_alternative(message.html, subtype="html", charset="utf-8", cte=cte)
    for att in message.attachments:
        maintype, _, subtype = att.mime_type.partition("/")
        mail.add_attachment(
            att.content, maintype=maintype, subtype=subtype or "octet-stream", filename=att.filename
        )


def set_header(mail: EmailMessage, name: str, value: str, field: str) -> None:
    """One header; a value that cannot be sent as it is names the field it came from."""
    try:
        if CONTROL_CHARACTER.search(value):
            raise ValueError(f"{value!r} holds a control character")
        mail[name] = value
    except (ValueError, TypeError, email.errors.MessageError) as err:
        raise InputError(f"cannot be the {name} header: {err}", field=field) from None


def address(name: str, addr: str, field: str) -> str:
    """`Name <addr>`; the address itself must be ASCII (a name may be in any script)."""
    try:
        return formataddr((one_line(name), addr))
    except UnicodeEncodeError:
        raise InputError(f"{addr!r} is not an ASCII e-mail address", field=field) from None


def to_eml(
    message: Message, outcome: Outcome, now: datetime, kept: BodyLines | None = None
) -> bytes:
    """A multipart/alternative message (text and HTML) with its attachments, ready to send.
    A value that cannot be a header is an InputError naming its field. It is assembled directly
    (toolkit.eml: the same bytes as `build_eml`, a fraction of the cost); an attachment
    toolkit.eml does not assemble (a text type, a filename outside plain ASCII words) makes it
    the EmailMessage build. `kept`: body lines encoded for earlier messages (a batch's)."""
    attachments = [attachment_part(a.mime_type, a.filename, a.content) for a in message.attachments]
    if None in attachments:
        return build_eml(message, outcome, now)
    doc = outcome.doc
    top = Headers()
    top.add("Subject", message.subject, "subject")
    if doc.order.buyer_email:
        where = "order.BuyerInfo.BuyerEmail"
        top.add("To", address(doc.order.buyer_name, doc.order.buyer_email, where), where)
    if doc.seller_email:
        top.add("From", address(doc.seller_name, doc.seller_email, "seller.email"),
                "seller.email")  # fmt: skip
    top.add("Date", format_datetime(now))
    mid = message_id(outcome, now)
    top.add("Message-ID", mid)
    top.add("X-Amazon-Order-Id", doc.order.id, "order.AmazonOrderId")
    top.add("X-BSM-Message-Type", message.type or "")
    # the content: the text part with the HTML as its alternative, or the text part alone;
    # with attachments, the first part of a multipart/mixed (whose boundary is then the first)
    content = Headers() if attachments else top
    alternative = boundary(mid, 1 if attachments else 0)
    if message.html:  # multipart/alternative: the text part, then the HTML
        if not attachments:
            content.add("MIME-Version", "1.0")
        content.add_multipart("alternative", alternative)
        text, html = Headers(), Headers()
        text_body = text_part(text, message.text or " ", "plain", kept)
        html_body = text_part(html, message.html, "html", kept)
        html.add("MIME-Version", "1.0")
        parts = [text.as_bytes() + text_body, html.as_bytes() + html_body]
        body = multipart(alternative, parts)
    else:
        body = text_part(content, message.text or " ", "plain", kept)
        if not attachments:
            content.add("MIME-Version", "1.0")
    if attachments:  # multipart/mixed: the content, then each attachment
        top.add("MIME-Version", "1.0")
        top.add_multipart("mixed", boundary(mid, 0))
        mixed = [content.as_bytes() + body] + [part for part in attachments if part is not None]
        body = multipart(boundary(mid, 0), mixed)
    if message.locale:
        top.add("Content-Language", message.locale, "buyer.locale")
    return top.as_bytes() + body


def build_eml(message: Message, outcome: Outcome, now: datetime) -> bytes:
    """`to_eml` by EmailMessage: the way for an attachment toolkit.eml does not assemble, and
    what tests/test_eml_equivalence.py compares the assembled .eml with."""
    doc = outcome.doc
    mail = EmailMessage(policy=SMTP)
    set_header(mail, "Subject", message.subject, "subject")
    if doc.order.buyer_email:
        where = "order.BuyerInfo.BuyerEmail"
        set_header(mail, "To", address(doc.order.buyer_name, doc.order.buyer_email, where), where)
    if doc.seller_email:
        set_header(mail, "From", address(doc.seller_name, doc.seller_email, "seller.email"),
                   "seller.email")  # fmt: skip
    mail["Date"] = format_datetime(now)
    mail["Message-ID"] = message_id(outcome, now)
    set_header(mail, "X-Amazon-Order-Id", doc.order.id, "order.AmazonOrderId")
    mail["X-BSM-Message-Type"] = message.type or ""
    add_parts(mail, message)
    fixed_boundaries(mail, mail["Message-ID"])
    if message.locale:  # last: adding parts moves or clears the Content-* headers set before
        set_header(mail, "Content-Language", message.locale, "buyer.locale")
    return mail.as_bytes()


def message_id(outcome: Outcome, now: datetime) -> str:
    """The .eml's Message-ID, from the message's key and the time of sending: the same message
    rendered twice (by two workers, or again after a crash) is the same file, byte for byte."""
    key = message_key(outcome.doc)
    seed = f"{key.order_id}\n{key.message_type}\n{key.variant}\n{now.isoformat()}"
    return f"<{hashlib.sha256(seed.encode('utf-8', 'surrogatepass')).hexdigest()[:32]}@bsm.invalid>"


def fixed_boundaries(mail: EmailMessage, seed: str) -> None:
    """MIME boundaries from the message's key, not from chance (email's default): the same
    message is the same bytes. A hash of the key does not occur in the parts' text."""
    for i, part in enumerate(p for p in mail.walk() if p.is_multipart()):
        part.set_boundary(boundary(seed, i))


def boundary(seed: str, index: int) -> str:
    """The `index`th multipart's boundary (in walk order) of the message whose Message-ID is
    `seed`."""
    digest = hashlib.sha256(seed.encode("utf-8", "surrogatepass")).hexdigest()[:24]
    return f"=_bsm_{digest}_{index}"


def sp_api_payload(message: Message, outcome: Outcome, catalog: Catalog) -> dict[str, Any] | None:
    """The Selling Partner API request that carries this message, as toolkit.send.sp_api sends
    it (toolkit.send.requests); None for a type that has no operation (`sp_api_none` says why).
    """
    mtype = catalog.get(message.type or "")
    if mtype is None:
        return None
    order = outcome.doc.order
    request = build_request(mtype, order.id, order.marketplace_id, message)
    return None if request is None else request.as_json()


def outcome_json(outcome: Outcome, catalog: Catalog) -> dict[str, Any]:
    message = outcome.message
    return {
        "order": outcome.doc.order.id,
        "source": outcome.doc.source,
        "type": message.type if message else outcome.doc.message_type,
        "locale": message.locale if message else outcome.doc.locale,
        "subject": message.subject if message else None,
        "html": message.html if message and not outcome.refused else None,
        "text": message.text if message and not outcome.refused else None,
        "attachments": [
            {"filename": a.filename, "kind": a.kind, "mime_type": a.mime_type, "size": a.size}
            for a in (message.attachments if message else ())
        ],
        "findings": [f.as_dict() for f in outcome.findings],
        # what the enforcement pass changed in the design, and where it came from
        "changes": [c.as_dict() for c in outcome.changes],
        "refused": outcome.refused,
        "sp_api": sp_api_payload(message, outcome, catalog)
        if message and not outcome.refused
        else None,
        "sp_api_none": sp_api_none(message, catalog),
    }


def sp_api_none(message: Message | None, catalog: Catalog) -> str | None:
    """Why a message's type has no Selling Partner API request (it goes by e-mail)."""
    mtype = catalog.get(message.type or "") if message else None
    return mtype.sp_api_none if mtype else None


def report_bytes(data: dict[str, Any]) -> bytes:
    """The .json report as UTF-8; text the file system cannot hold (a lone surrogate from the
    order) is written as a JSON escape rather than failing the report."""
    text = indented_json(data) + "\n"
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return (json.dumps(data, ensure_ascii=True, indent=2) + "\n").encode("ascii")


def indented_json(value: Any, indent: str = "") -> str:
    """`json.dumps(value, ensure_ascii=False, indent=2)`, the same text: json's indented
    output runs its encoder in Python, node by node; here the structure is laid out directly
    and each key and value is encoded by json's C encoder."""
    if isinstance(value, dict) and value and all(type(key) is str for key in value):
        inner = indent + "  "
        items = [
            f"{inner}{COMPACT_JSON.encode(key)}: {indented_json(item, inner)}"
            for key, item in value.items()
        ]
        return "{\n" + ",\n".join(items) + "\n" + indent + "}"
    if isinstance(value, (list, tuple)) and value:
        inner = indent + "  "
        items = [inner + indented_json(item, inner) for item in value]
        return "[\n" + ",\n".join(items) + "\n" + indent + "]"
    if isinstance(value, dict) and value:  # a key that is no string: json's own way
        return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + indent)
    return COMPACT_JSON.encode(value)


COMPACT_JSON = json.JSONEncoder(ensure_ascii=False)  # json.dumps's C encoder, made once


def file_stem(outcome: Outcome, catalog: Catalog) -> str:
    """What an outcome's files are called: its message type, which must be a catalog id
    before it names anything; an unknown type's report is `unknown-type.json`."""
    stem = outcome.doc.message_type
    return stem if catalog.get(stem) is not None else UNKNOWN_TYPE_STEM


def order_folder(outcome: Outcome) -> str:
    """The order's folder name: its order id, which must be the 17-digit number first."""
    order_id = outcome.doc.order.id
    if not ORDER_FOLDER.fullmatch(order_id):
        raise InputError(
            f"{order_id!r} is not an order number NNN-NNNNNNN-NNNNNNN; it names no folder",
            source=outcome.doc.source,
            field="order.AmazonOrderId",
        )
    return order_id


def outcome_files(
    outcome: Outcome,
    catalog: Catalog,
    now: datetime,
    stem: str | None = None,
    kept: BodyLines | None = None,
) -> dict[str, bytes]:
    """Every file of an outcome, built in memory before one is written: name -> bytes, the
    .json report last. A message that cannot be built is an InputError, and no file at all.
    `kept`: the .eml's body lines encoded for earlier messages (a batch's, toolkit.eml)."""
    stem = stem or file_stem(outcome, catalog)
    files: dict[str, bytes] = {}
    message = outcome.message
    if message is not None and not outcome.refused:
        try:
            files[f"{stem}.html"] = message.html.encode("utf-8")
            files[f"{stem}.txt"] = message.text.encode("utf-8")
            files[f"{stem}.eml"] = to_eml(message, outcome, now, kept)
        except InputError as err:
            raise err.within(outcome.doc.source) from None
        except (ValueError, TypeError, LookupError, email.errors.MessageError) as err:
            raise InputError(
                f"cannot build the message's files: {err}", source=outcome.doc.source
            ) from None
    files[f"{stem}.json"] = report_bytes(outcome_json(outcome, catalog))
    return files


def write_outcome(
    outcome: Outcome, out_dir: Path, catalog: Catalog, now: datetime, stem: str | None = None
) -> list[Path]:
    """`DIR/<order>/<type>.{html,txt,eml,json}`; a refused message writes only its .json.

    Every file is inside `DIR/<order>/`, written atomically, never through a link; an outcome
    whose files cannot all be built or written leaves none of them (nor older ones) behind."""
    name = order_folder(outcome)
    stem = stem or file_stem(outcome, catalog)
    try:
        files = outcome_files(outcome, catalog, now, stem)
    except InputError:
        with open_folder(out_dir) as out:
            stale = existing_subfolder(out, name)
            if stale is not None:  # an earlier run's files would claim this one's result
                with stale:
                    for old in outcome_names(stem):
                        remove_file(stale, old)
        raise
    return write_files(out_dir, name, stem, files)


def outcome_names(stem: str) -> list[str]:
    return [f"{stem}{suffix}" for suffix in OUTCOME_SUFFIXES]


def write_files(out_dir: Path, name: str, stem: str, files: dict[str, bytes]) -> list[Path]:
    """An outcome's files (from `outcome_files`) into `DIR/<name>/`: each atomically, never
    through a link; the stem's other files removed (a refusal leaves nothing sendable), and
    none left when one cannot be written."""
    all_names = outcome_names(stem)
    with open_folder(out_dir) as out, subfolder(out, name) as folder:
        for target in files:
            check_target(folder, target)
        # a refusal never leaves a sendable file behind, even from an earlier run
        for old in all_names:
            if old not in files:
                remove_file(folder, old)
        written = []
        try:
            for target, data in files.items():
                written.append(write_atomic(folder, target, data))
        except InputError:
            for old in all_names:
                remove_file(folder, old)
            raise
    return written


def remove_temporaries(out_dir: Path, name: str, stem: str) -> int:
    """Temporary files a killed writer left for `DIR/<name>/<stem>.*` (write_atomic's
    `.<file>.<token>.tmp`); how many were removed."""
    with open_folder(out_dir) as out:
        folder = existing_subfolder(out, name)
        if folder is None:
            return 0
        with folder:
            return temporaries_of(folder, outcome_names(stem))
