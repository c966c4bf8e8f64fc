"""What makes a message one (its key in the ledger), apart from the ledger itself: a render
that writes no ledger names its files and its request by the key, and loads no store."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from toolkit.orders import OrderDocument

REPLY_TYPE = "reply"


@dataclass(frozen=True, order=True)
class MessageKey:
    """What makes a message one: its order and type, and for a reply the hash of its text."""

    order_id: str
    message_type: str
    variant: str = ""

    def __str__(self) -> str:
        tail = f"/{self.variant}" if self.variant else ""
        return f"{self.order_id}/{self.message_type}{tail}"


def text_variant(text: str) -> str:
    """A reply's variant: the first 16 hex digits of its text's SHA-256."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def message_key(doc: OrderDocument) -> MessageKey:
    """An order document's message key: a reply (the one type a buyer's question starts, so
    several may go to one order) is one message per text."""
    text = doc.fields.get("text") if doc.message_type == REPLY_TYPE else None
    variant = text_variant(text) if isinstance(text, str) else ""
    return MessageKey(doc.order.id, doc.message_type, variant)
