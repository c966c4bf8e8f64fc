"""The order document: a typed model, loading and validation that names the field.

An order document is what a seller's app assembles from the Selling Partner API: `order` (an
Orders API order with its `OrderItems`), `buyer.locale` (Messaging API getAttributes), `seller`,
optional `delivered_at`, and `message` (the type and its own fields). See README, "Order schema".
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from toolkit.catalog import Catalog, MessageType
from toolkit.errors import InputError
from toolkit.project import Seller

ORDER_ID = re.compile(r"^\d{3}-\d{7}-\d{7}$")
CURRENCY = re.compile(r"^[A-Z]{3}$")
LOCALE_TAG = re.compile(r"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$")
MAX_TEXT = 5000  # a free-text field longer than this is not a message
NO_SKU = "-"  # an item without a SellerSKU


@dataclass(frozen=True)
class Money:
    amount: Decimal
    currency: str


@dataclass(frozen=True)
class Slot:
    start: datetime
    end: datetime


@dataclass(frozen=True)
class OrderItem:
    asin: str
    sku: str
    title: str
    quantity: int
    price: Money | None


@dataclass(frozen=True)
class Order:
    id: str
    purchase_date: datetime
    marketplace_id: str
    status: str
    latest_delivery: datetime | None
    buyer_name: str
    buyer_email: str
    total: Money | None
    items: tuple[OrderItem, ...]


@dataclass(frozen=True)
class AttachmentRef:
    path: Path
    kind: str
    field: str  # where it was named, for error messages


@dataclass(frozen=True)
class OrderDocument:
    order: Order
    locale: str
    seller_name: str
    seller_marketplace: str
    seller_email: str | None
    allowed_hosts: tuple[str, ...]
    delivered_at: datetime | None
    message_type: str
    fields: Mapping[str, Any]
    attachments: tuple[AttachmentRef, ...]
    links: tuple[tuple[str, str], ...]  # (text, url) the seller adds, if the type needs them
    source: str = "<order>"
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def with_overrides(self, *, message_type: str | None, locale: str | None) -> OrderDocument:
        return replace(
            self,
            message_type=message_type or self.message_type,
            locale=locale or self.locale,
        )


# --- small typed readers: each names the field it reads ---------------------------------


def _get(obj: Mapping[str, Any], key: str, path: str, *, required: bool = True) -> Any:
    if not isinstance(obj, Mapping):
        raise InputError("expected an object", field=path)
    if key not in obj or obj[key] is None:
        if required:
            raise InputError("is required", field=f"{path}.{key}" if path else key)
        return None
    return obj[key]


def _str(value: Any, path: str, *, allow_empty: bool = False) -> str:
    if not isinstance(value, str):
        raise InputError(f"expected a string, got {type(value).__name__}", field=path)
    if not allow_empty and not value.strip():
        raise InputError("must not be empty", field=path)
    if len(value) > MAX_TEXT:
        raise InputError(f"longer than {MAX_TEXT} characters", field=path)
    return value


def _datetime(value: Any, path: str) -> datetime:
    text = _str(value, path)
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        raise InputError(
            f"expected an ISO-8601 date-time such as 2026-11-02T09:14:00Z, got {text!r}",
            field=path,
        ) from None
    if parsed.tzinfo is None:
        raise InputError(f"needs a time zone (Z or +01:00): {text!r}", field=path)
    return parsed


def _date(value: Any, path: str) -> date:
    text = _str(value, path)
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InputError(f"expected a date such as 2026-11-13, got {text!r}", field=path) from None


def _money(value: Any, path: str) -> Money:
    if not isinstance(value, Mapping):
        raise InputError('expected {"CurrencyCode": "EUR", "Amount": "24.95"}', field=path)
    currency = _str(_get(value, "CurrencyCode", path), f"{path}.CurrencyCode")
    if not CURRENCY.match(currency):
        raise InputError(
            f"expected an ISO 4217 code, got {currency!r}", field=f"{path}.CurrencyCode"
        )
    raw = _get(value, "Amount", path)
    try:
        amount = Decimal(str(raw))
    except InvalidOperation:
        raise InputError(f"expected a number, got {raw!r}", field=f"{path}.Amount") from None
    if not amount.is_finite() or amount < 0:
        raise InputError(f"expected a non-negative amount, got {raw!r}", field=f"{path}.Amount")
    return Money(amount, currency)


def _slots(value: Any, path: str) -> tuple[Slot, ...]:
    if not isinstance(value, list) or not value:
        raise InputError('expected a list of "start/end" ISO-8601 intervals', field=path)
    slots = []
    for i, item in enumerate(value):
        where = f"{path}[{i}]"
        text = _str(item, where)
        start_text, sep, end_text = text.partition("/")
        if not sep:
            raise InputError(f'expected "start/end", got {text!r}', field=where)
        start, end = _datetime(start_text, where), _datetime(end_text, where)
        if end <= start:
            raise InputError("ends before it starts", field=where)
        slots.append(Slot(start, end))
    return tuple(slots)


def _item_refs(value: Any, path: str) -> tuple[str, ...]:
    """A list of ASINs or SKUs, each named once (whether they are the order's: `_of_order`)."""
    if not isinstance(value, list) or not value:
        raise InputError("expected a non-empty list of the order's ASINs or SKUs", field=path)
    refs = tuple(_str(item, f"{path}[{i}]").strip() for i, item in enumerate(value))
    for i, ref in enumerate(refs):
        if ref in refs[:i]:
            raise InputError(f"{ref!r} is listed twice", field=f"{path}[{i}]")
    return refs


def _names(item: OrderItem) -> tuple[str, ...]:
    """What `message.items` may call an item: its ASIN, and its SKU when it has one."""
    return (item.asin,) if item.sku == NO_SKU else (item.asin, item.sku)


def _of_order(refs: tuple[str, ...], order: Order, path: str) -> tuple[str, ...]:
    """Every reference names an item of the order, and no item is named twice."""
    named: dict[int, int] = {}  # item index -> the first reference naming it
    for i, ref in enumerate(refs):
        found = next((n for n, item in enumerate(order.items) if ref in _names(item)), None)
        if found is None:
            known = ", ".join(
                f"{item.asin} ({item.sku})" if item.sku != NO_SKU else item.asin
                for item in order.items
            )
            raise InputError(
                f"{ref!r} is neither an ASIN nor a SKU of this order (its items: {known})",
                field=f"{path}[{i}]",
            )
        if found in named:
            raise InputError(
                f"{ref!r} names the same item as {path}[{named[found]}]", field=f"{path}[{i}]"
            )
        named[found] = i
    return refs


def parse_field(kind: str, value: Any, path: str, choices: tuple[str, ...] = ()) -> Any:
    if kind == "text":
        return _str(value, path)
    if kind == "money":
        return _money(value, path)
    if kind == "date":
        return _date(value, path)
    if kind == "slots":
        return _slots(value, path)
    if kind == "items":
        return _item_refs(value, path)
    if kind == "choice":
        text = _str(value, path)
        if text not in choices:
            raise InputError(f"expected one of {', '.join(choices)}, got {text!r}", field=path)
        return text
    raise AssertionError(f"unknown field kind {kind}")


def _order(data: Any) -> Order:
    if not isinstance(data, Mapping):
        raise InputError("expected an object", field="order")
    order_id = _str(_get(data, "AmazonOrderId", "order"), "order.AmazonOrderId")
    if not ORDER_ID.match(order_id):
        raise InputError(
            f"expected the 17-digit order number NNN-NNNNNNN-NNNNNNN, got {order_id!r}",
            field="order.AmazonOrderId",
        )
    buyer = _get(data, "BuyerInfo", "order", required=False) or {}
    name = _get(buyer, "BuyerName", "order.BuyerInfo", required=False) or ""
    email = _get(buyer, "BuyerEmail", "order.BuyerInfo", required=False) or ""
    items_raw = _get(data, "OrderItems", "order")
    if not isinstance(items_raw, list) or not items_raw:
        raise InputError("expected a non-empty list of items", field="order.OrderItems")
    items = []
    for i, raw in enumerate(items_raw):
        where = f"order.OrderItems[{i}]"
        quantity = _get(raw, "QuantityOrdered", where)
        if not isinstance(quantity, int) or isinstance(quantity, bool) or quantity < 0:
            raise InputError(
                f"expected a whole number, got {quantity!r}", field=f"{where}.QuantityOrdered"
            )
        price = _get(raw, "ItemPrice", where, required=False)
        items.append(
            OrderItem(
                asin=_str(_get(raw, "ASIN", where), f"{where}.ASIN"),
                sku=_str(
                    _get(raw, "SellerSKU", where, required=False) or NO_SKU, f"{where}.SellerSKU"
                ),
                title=_str(_get(raw, "Title", where), f"{where}.Title"),
                quantity=quantity,
                price=_money(price, f"{where}.ItemPrice") if price is not None else None,
            )
        )
    latest = _get(data, "LatestDeliveryDate", "order", required=False)
    total = _get(data, "OrderTotal", "order", required=False)
    return Order(
        id=order_id,
        purchase_date=_datetime(_get(data, "PurchaseDate", "order"), "order.PurchaseDate"),
        marketplace_id=_str(_get(data, "MarketplaceId", "order"), "order.MarketplaceId"),
        status=_str(_get(data, "OrderStatus", "order"), "order.OrderStatus"),
        latest_delivery=_datetime(latest, "order.LatestDeliveryDate") if latest else None,
        buyer_name=_str(name, "order.BuyerInfo.BuyerName", allow_empty=True),
        buyer_email=_str(email, "order.BuyerInfo.BuyerEmail", allow_empty=True),
        total=_money(total, "order.OrderTotal") if total is not None else None,
        items=tuple(items),
    )


def _message_fields(
    message: Mapping[str, Any], mtype: MessageType | None, order: Order
) -> dict[str, Any]:
    if mtype is None:  # not a permitted type: BSM101 refuses it, its fields are not ours to judge
        return {}
    fields: dict[str, Any] = {}
    present = {k for k, v in message.items() if v is not None}
    for name, _kind in mtype.required:
        if name not in present:
            raise InputError(f"is required for a {mtype.id} message", field=f"message.{name}")
    for name, kind in mtype.required + mtype.optional:
        if name in present:
            fields[name] = parse_field(
                kind, message[name], f"message.{name}", mtype.choices_for(name)
            )
            if kind == "items":
                fields[name] = _of_order(fields[name], order, f"message.{name}")
    for name, other, value in mtype.required_when:
        if fields.get(other) == value and name not in fields:
            raise InputError(f"is required when {other} is {value}", field=f"message.{name}")
    return fields


def _attachments(message: Mapping[str, Any], base_dir: Path) -> tuple[AttachmentRef, ...]:
    raw = message.get("attachments") or []
    if not isinstance(raw, list):
        raise InputError("expected a list", field="message.attachments")
    refs = []
    for i, item in enumerate(raw):
        where = f"message.attachments[{i}]"
        rel = _str(_get(item, "path", where), f"{where}.path")
        kind = _str(_get(item, "kind", where), f"{where}.kind")
        path = (base_dir / rel).resolve()
        if not path.is_file():
            raise InputError(f"no such file: {path}", field=f"{where}.path")
        refs.append(AttachmentRef(path=path, kind=kind, field=where))
    return tuple(refs)


def _links(message: Mapping[str, Any]) -> tuple[tuple[str, str], ...]:
    raw = message.get("links") or []
    if not isinstance(raw, list):
        raise InputError("expected a list of {text, url}", field="message.links")
    return tuple(
        (
            _str(_get(item, "text", f"message.links[{i}]"), f"message.links[{i}].text"),
            _str(_get(item, "url", f"message.links[{i}]"), f"message.links[{i}].url"),
        )
        for i, item in enumerate(raw)
    )


def parse_document(
    data: Any,
    catalog: Catalog,
    *,
    source: str = "<order>",
    base_dir: Path | None = None,
    message_type: str | None = None,
    locale: str | None = None,
    seller: Seller | None = None,
) -> OrderDocument:
    """Validate one order document; `message_type` and `locale` override the document's, and
    the project's `seller` settings serve where the document says nothing of the seller."""
    defaults = seller or Seller()
    try:
        if not isinstance(data, Mapping):
            raise InputError("expected a JSON object (an order document)")
        order = _order(_get(data, "order", ""))
        buyer = _get(data, "buyer", "")
        buyer_locale = locale or _str(_get(buyer, "locale", "buyer"), "buyer.locale")
        if not LOCALE_TAG.match(buyer_locale):
            raise InputError(
                f"expected a locale such as nl-NL or en-GB, got {buyer_locale!r}",
                field="buyer.locale",
            )
        seller_data = _get(data, "seller", "", required=defaults.name is None) or {}
        message = _get(data, "message", "")
        if not isinstance(message, Mapping):
            raise InputError("expected an object", field="message")
        type_id = message_type or _str(_get(message, "type", "message"), "message.type")
        hosts = _get(seller_data, "allowed_hosts", "seller", required=False) or []
        if not isinstance(hosts, list) or not all(isinstance(h, str) for h in hosts):
            raise InputError("expected a list of host names", field="seller.allowed_hosts")
        delivered = _get(data, "delivered_at", "", required=False)
        email = _get(seller_data, "email", "seller", required=False) or defaults.email
        name = _get(seller_data, "name", "seller", required=defaults.name is None) or defaults.name
        marketplace = _get(seller_data, "marketplace", "seller", required=False)
        return OrderDocument(
            order=order,
            locale=buyer_locale,
            seller_name=_str(name, "seller.name"),
            seller_marketplace=_str(
                marketplace or defaults.marketplace or "", "seller.marketplace", allow_empty=True
            ),
            seller_email=_str(email, "seller.email") if email else None,
            allowed_hosts=tuple(h.lower() for h in hosts),
            delivered_at=_datetime(delivered, "delivered_at") if delivered else None,
            message_type=type_id,
            fields=_message_fields(message, catalog.get(type_id), order),
            attachments=_attachments(message, base_dir or Path.cwd()),
            links=_links(message),
            source=source,
            raw=data,
        )
    except InputError as err:
        raise err.within(source) from None


def load_document(path: Path, catalog: Catalog, **overrides: Any) -> OrderDocument:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(f"cannot read: {err}", source=str(path)) from None
    data = read_json(text, str(path))
    return parse_document(data, catalog, source=str(path), base_dir=path.parent, **overrides)


def read_json(text: str, source: str) -> Mapping[str, Any]:
    """An order document's JSON: an object, or an InputError that says where it broke."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise InputError(
            f"not valid JSON: {err.msg} at line {err.lineno} column {err.colno}", source=source
        ) from None
    if not isinstance(data, Mapping):
        raise InputError("expected a JSON object (an order document)", source=source)
    return data


def iter_jsonl(path: Path, catalog: Catalog) -> Iterator[OrderDocument | InputError]:
    """One document per line; a bad line yields its error and the batch goes on."""
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            source = f"{path}:{lineno}"
            try:
                data = read_json(line, source)
                yield parse_document(data, catalog, source=source, base_dir=path.parent)
            except InputError as err:
                yield err
