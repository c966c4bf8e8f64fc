"""What leaves the pipeline: JSON, .eml (MIME), Selling Partner API payloads, files on disk."""

from __future__ import annotations

import json
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr, make_msgid
from pathlib import Path
from typing import Any

from toolkit.catalog import Catalog
from toolkit.model import Message
from toolkit.pipeline import Outcome

SP_API_MESSAGING = "/messaging/v1/orders/{order_id}/messages/{operation}"
SP_API_SOLICITATIONS = "/solicitations/v1/orders/{order_id}/solicitations/{operation}"


def one_line(text: str) -> str:
    """A header value on one line: a name from the order may hold a line break."""
    return " ".join(text.split())


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


def to_eml(message: Message, outcome: Outcome, now: datetime) -> bytes:
    """A multipart/alternative message (text and HTML) with its attachments, ready to send."""
    doc = outcome.doc
    mail = EmailMessage(policy=SMTP)
    mail["Subject"] = message.subject
    if doc.order.buyer_email:
        mail["To"] = formataddr((one_line(doc.order.buyer_name), one_line(doc.order.buyer_email)))
    if doc.seller_email:
        mail["From"] = formataddr((one_line(doc.seller_name), one_line(doc.seller_email)))
    mail["Date"] = format_datetime(now)
    mail["Message-ID"] = make_msgid(domain="bsm.invalid")
    mail["X-Amazon-Order-Id"] = doc.order.id
    mail["X-BSM-Message-Type"] = message.type or ""
    add_parts(mail, message)
    if message.locale:  # last: adding parts moves or clears the Content-* headers set before
        mail["Content-Language"] = message.locale
    return mail.as_bytes()


def sp_api_payload(message: Message, outcome: Outcome, catalog: Catalog) -> dict[str, Any] | None:
    """The Selling Partner API request that carries this message (plain text only)."""
    mtype = catalog.get(message.type or "")
    if mtype is None or mtype.sp_api is None:
        return None
    order_id = outcome.doc.order.id
    if mtype.review:  # the Solicitations API takes no text: Amazon writes the request itself
        return {
            "method": "POST",
            "path": SP_API_SOLICITATIONS.format(order_id=order_id, operation=mtype.sp_api),
            "query": {"marketplaceIds": outcome.doc.order.marketplace_id},
            "body": None,
        }
    body: dict[str, Any] = {}
    if mtype.sp_api_text_max:
        text = message.text.strip()
        if len(text) > mtype.sp_api_text_max:
            return {
                "error": f"text is {len(text)} characters; {mtype.sp_api} takes at most "
                f"{mtype.sp_api_text_max}"
            }
        body["text"] = text
    if message.attachments:
        body["attachments"] = [
            {"fileName": a.filename, "uploadDestinationId": None} for a in message.attachments
        ]
    return {
        "method": "POST",
        "path": SP_API_MESSAGING.format(order_id=order_id, operation=mtype.sp_api),
        "query": {"marketplaceIds": outcome.doc.order.marketplace_id},
        "body": body,
    }


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
        "refused": outcome.refused,
        "sp_api": sp_api_payload(message, outcome, catalog)
        if message and not outcome.refused
        else None,
    }


def write_outcome(outcome: Outcome, out_dir: Path, catalog: Catalog, now: datetime) -> list[Path]:
    """`DIR/<order>/<type>.{html,txt,eml,json}`; a refused message writes only its .json."""
    folder = out_dir / outcome.doc.order.id
    folder.mkdir(parents=True, exist_ok=True)
    stem = outcome.doc.message_type
    written = []
    report = folder / f"{stem}.json"
    report.write_text(
        json.dumps(outcome_json(outcome, catalog), ensure_ascii=False, indent=2) + "\n",
        encoding="utf-8",
    )
    written.append(report)
    message = outcome.message
    if message is not None and not outcome.refused:
        for suffix, data in (
            (".html", message.html.encode("utf-8")),
            (".txt", message.text.encode("utf-8")),
            (".eml", to_eml(message, outcome, now)),
        ):
            path = folder / f"{stem}{suffix}"
            path.write_bytes(data)
            written.append(path)
    else:  # a refusal never leaves a sendable file behind, even from an earlier run
        for suffix in (".html", ".txt", ".eml"):
            (folder / f"{stem}{suffix}").unlink(missing_ok=True)
    return written
