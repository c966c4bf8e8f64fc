"""The order document: a typed model, loading and validation that names the field.

An order document is what a seller's app assembles from the Selling Partner API: `order` (an
Orders API order with its `OrderItems`), `buyer.locale` (Messaging API getAttributes), `seller`,
optional `delivered_at`, and `message` (the type and its own fields). See README, "Order schema".
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from publicsuffixlist import PublicSuffixList

from toolkit import urls
from toolkit.attachments import locate
from toolkit.catalog import Catalog, MessageType
from toolkit.errors import InputError
from toolkit.files import read_capped
from toolkit.policy import allowed_hosts
from toolkit.project import Seller

# matched whole (fullmatch, \A...\Z: "$" lets a trailing newline through) and in ASCII only
# ("\d" takes Arabic-Indic digits too)
ORDER_ID = re.compile(r"\A[0-9]{3}-[0-9]{7}-[0-9]{7}\Z")
ASIN = re.compile(r"\A[A-Z0-9]{10}\Z")
CURRENCY = re.compile(r"\A[A-Z]{3}\Z")
LOCALE_TAG = re.compile(r"\A[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*\Z")
# an amount as the Orders API writes it ("24.95"): no exponent, no sign, a sane size
AMOUNT = re.compile(r"\A[0-9]{1,12}(?:\.[0-9]{1,6})?\Z")
# the anonymised relay address the Orders API gives (BuyerInfo.BuyerEmail): ASCII, one line
BUYER_EMAIL = re.compile(
    r"[A-Za-z0-9._%+-]{1,64}@marketplace\.amazon\.(?:[a-z]{2,3}\.)?[a-z]{2,3}", re.ASCII
)
MAX_TEXT = 5000  # a free-text field longer than this is not a message
MAX_QUANTITY = 100_000  # of one item in one order
YEARS = (2000, 2100)  # dates outside are typing errors, and some overflow in a time zone
MAX_DEPTH = 32  # an order document nests about 5 deep; JSON deeper than this is not one
MAX_INT_DIGITS = 20  # no field holds a longer integer
SHOWN = 60  # characters of a bad value quoted back in an error message
MAX_DOCUMENT_BYTES = 5_000_000  # an order document larger than this is no order document
NO_SKU = "-"  # an item without a SellerSKU


@dataclass(frozen=True)
class Money:
    """An amount in a currency."""

    amount: Decimal
    currency: str


@dataclass(frozen=True)
class Slot:
    """A time slot (a delivery or collection window)."""

    start: datetime
    end: datetime


@dataclass(frozen=True)
class OrderItem:
    """A line of an order."""

    asin: str
    sku: str
    title: str
    quantity: int
    price: Money | None


@dataclass(frozen=True)
class Order:
    """The order a message is about, as the order document gives it."""

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
    """A file an order document attaches, found and allowed, not read yet."""

    path: Path  # real: every link and `..` resolved, inside one of `roots`
    kind: str
    field: str  # where it was named, for error messages
    roots: tuple[Path, ...] = ()  # the folders it may be read from (checked again on reading)


@dataclass(frozen=True)
class OrderDocument:
    """An order document, checked: the order, the buyer's locale, the seller, the message."""

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


def _shown(value: Any) -> str:
    """A bad value quoted back, cut short: an error message is no place for 5,000 digits."""
    if isinstance(value, float) and not math.isfinite(value):
        return "a number out of range"
    text = repr(value)
    return text if len(text) <= SHOWN else text[: SHOWN - 3] + "..."


def _str(value: Any, path: str, *, allow_empty: bool = False) -> str:
    if not isinstance(value, str):
        raise InputError(f"expected a string, got {_type_name(value)}", field=path)
    if not allow_empty and not value.strip():
        raise InputError("must not be empty", field=path)
    if len(value) > MAX_TEXT:
        raise InputError(f"longer than {MAX_TEXT} characters", field=path)
    return value


def _optional_str(obj: Mapping[str, Any], key: str, path: str, default: str = "") -> str:
    """An optional string field: absent or null gives `default`; [] or {} is an error."""
    value = _get(obj, key, path, required=False)
    return default if value is None else _str(value, f"{path}.{key}", allow_empty=True)


def _type_name(value: Any) -> str:
    names = {dict: "an object", list: "a list", bool: "true/false", int: "a number"}
    return names.get(type(value), "a number" if isinstance(value, float) else type(value).__name__)


def check_moment(value: datetime, path: str) -> datetime:
    """A date-time within YEARS: far ones are typing errors, and overflow in a time zone."""
    if not YEARS[0] <= value.year <= YEARS[1]:
        raise InputError(f"the year {value.year} is outside {YEARS[0]}..{YEARS[1]}", field=path)
    return value


def _datetime(value: Any, path: str) -> datetime:
    text = _str(value, path)
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        raise InputError(
            f"expected an ISO-8601 date-time such as 2026-11-02T09:14:00Z, got {_shown(text)}",
            field=path,
        ) from None
    if parsed.tzinfo is None:
        raise InputError(f"needs a time zone (Z or +01:00): {_shown(text)}", field=path)
    return check_moment(parsed, path)


def _date(value: Any, path: str) -> date:
    text = _str(value, path)
    try:
        parsed = date.fromisoformat(text)
    except ValueError:
        raise InputError(
            f"expected a date such as 2026-11-13, got {_shown(text)}", field=path
        ) from None
    if not YEARS[0] <= parsed.year <= YEARS[1]:
        raise InputError(f"the year {parsed.year} is outside {YEARS[0]}..{YEARS[1]}", field=path)
    return parsed


def _money(value: Any, path: str) -> Money:
    if not isinstance(value, Mapping):
        raise InputError('expected {"CurrencyCode": "EUR", "Amount": "24.95"}', field=path)
    currency = _str(_get(value, "CurrencyCode", path), f"{path}.CurrencyCode")
    if not CURRENCY.fullmatch(currency):
        raise InputError(
            f"expected an ISO 4217 code, got {_shown(currency)}", field=f"{path}.CurrencyCode"
        )
    raw = _get(value, "Amount", path)
    text = str(raw) if isinstance(raw, str | int | float) and not isinstance(raw, bool) else ""
    if len(text) > SHOWN or not AMOUNT.fullmatch(text.strip()):
        raise InputError(
            f"expected a non-negative number such as 24.95 (at most 12 digits before the point "
            f"and 6 after), got {_shown(raw)}",
            field=f"{path}.Amount",
        )
    return Money(Decimal(text.strip()), currency)


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
    if not ORDER_ID.fullmatch(order_id):
        raise InputError(
            f"expected the 17-digit order number NNN-NNNNNNN-NNNNNNN, got {_shown(order_id)}",
            field="order.AmazonOrderId",
        )
    buyer = _get(data, "BuyerInfo", "order", required=False)
    buyer = {} if buyer is None else buyer
    if not isinstance(buyer, Mapping):
        raise InputError("expected an object", field="order.BuyerInfo")
    items_raw = _get(data, "OrderItems", "order")
    if not isinstance(items_raw, list) or not items_raw:
        raise InputError("expected a non-empty list of items", field="order.OrderItems")
    items = tuple(_item(raw, f"order.OrderItems[{i}]") for i, raw in enumerate(items_raw))
    latest = _get(data, "LatestDeliveryDate", "order", required=False)
    total = _get(data, "OrderTotal", "order", required=False)
    return Order(
        id=order_id,
        purchase_date=_datetime(_get(data, "PurchaseDate", "order"), "order.PurchaseDate"),
        marketplace_id=_str(_get(data, "MarketplaceId", "order"), "order.MarketplaceId"),
        status=_str(_get(data, "OrderStatus", "order"), "order.OrderStatus"),
        latest_delivery=_datetime(latest, "order.LatestDeliveryDate")
        if latest is not None
        else None,
        buyer_name=_optional_str(buyer, "BuyerName", "order.BuyerInfo"),
        buyer_email=_buyer_email(_optional_str(buyer, "BuyerEmail", "order.BuyerInfo")),
        total=_money(total, "order.OrderTotal") if total is not None else None,
        items=items,
    )


def _item(raw: Any, where: str) -> OrderItem:
    if not isinstance(raw, Mapping):
        raise InputError("expected an object", field=where)
    quantity = _get(raw, "QuantityOrdered", where)
    if (
        not isinstance(quantity, int)
        or isinstance(quantity, bool)
        or not 0 <= quantity <= MAX_QUANTITY
    ):
        raise InputError(
            f"expected a whole number from 0 to {MAX_QUANTITY}, got {_shown(quantity)}",
            field=f"{where}.QuantityOrdered",
        )
    asin = _str(_get(raw, "ASIN", where), f"{where}.ASIN")
    if not ASIN.fullmatch(asin):
        raise InputError(
            f"expected a 10-character ASIN such as B0C7XK2M4P, got {_shown(asin)}",
            field=f"{where}.ASIN",
        )
    price = _get(raw, "ItemPrice", where, required=False)
    return OrderItem(
        asin=asin,
        sku=_optional_str(raw, "SellerSKU", where) or NO_SKU,
        title=_str(_get(raw, "Title", where), f"{where}.Title"),
        quantity=quantity,
        price=_money(price, f"{where}.ItemPrice") if price is not None else None,
    )


def _buyer_email(value: Any) -> str:
    """The `To` of the .eml: Amazon's relay address or nothing, never a header of its own."""
    where = "order.BuyerInfo.BuyerEmail"
    email = _str(value, where, allow_empty=True)
    if email and not BUYER_EMAIL.fullmatch(email):
        raise InputError(
            f"expected Amazon's anonymised address such as x4k9p2m7q1w8@marketplace.amazon.nl, "
            f"got {email!r}",
            field=where,
        )
    return email


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
            where = f"message.{name}"
            value = parse_field(kind, message[name], where, mtype.choices_for(name))
            if kind == "items":
                value = _of_order(value, order, where)
            fields[name] = seller_text(value, where, mtype) if kind == "text" else value
    for name, other, value in mtype.required_when:
        if fields.get(other) == value and name not in fields:
            raise InputError(f"is required when {other} is {value}", field=f"message.{name}")
    return fields


def seller_text(text: str, where: str, mtype: MessageType) -> str:
    """The seller's free text, its line breaks made \n, within the type's length limit."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    limit = mtype.text_max
    if limit is not None and len(text) > limit:
        api = f" (the Selling Partner API's {mtype.sp_api} limit)" if mtype.sp_api else ""
        raise InputError(
            f"{len(text)} characters; a {mtype.id} message takes at most {limit}{api}",
            field=where,
        )
    return text


def _attachments(
    message: Mapping[str, Any], base_dir: Path, extra_dirs: Sequence[Path] = ()
) -> tuple[AttachmentRef, ...]:
    """The files to attach: read only from the document's folder or `extra_dirs`."""
    raw = message.get("attachments") or []
    if not isinstance(raw, list):
        raise InputError("expected a list", field="message.attachments")
    roots = (base_dir, *extra_dirs)
    refs = []
    for i, item in enumerate(raw):
        where = f"message.attachments[{i}]"
        rel = _str(_get(item, "path", where), f"{where}.path")
        kind = _str(_get(item, "kind", where), f"{where}.kind")
        path = locate(rel, base_dir, roots, f"{where}.path")
        refs.append(AttachmentRef(path=path, kind=kind, field=where, roots=roots))
    return tuple(refs)


def _links(message: Mapping[str, Any]) -> tuple[tuple[str, str], ...]:
    raw = message.get("links")
    raw = [] if raw is None else raw
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
    suffixes: PublicSuffixList | None = None,
    attachment_dirs: Sequence[Path] = (),
) -> OrderDocument:
    """Validate one order document; `message_type` and `locale` override the document's, and
    the project's `seller` settings serve where the document says nothing of the seller.

    `suffixes` (the Public Suffix List, `Policy.suffixes`) judges seller.allowed_hosts; it is
    loaded here when not given and the document has any. Attachments are read from `base_dir`
    (the document's folder) or `attachment_dirs`.
    """
    defaults = seller or Seller()
    try:
        if not isinstance(data, Mapping):
            raise InputError("expected a JSON object (an order document)")
        order = _order(_get(data, "order", ""))
        buyer = _get(data, "buyer", "")
        buyer_locale = locale or _str(_get(buyer, "locale", "buyer"), "buyer.locale")
        if not LOCALE_TAG.fullmatch(buyer_locale):
            raise InputError(
                f"expected a locale such as nl-NL or en-GB, got {buyer_locale!r}",
                field="buyer.locale",
            )
        seller_data = _get(data, "seller", "", required=defaults.name is None)
        seller_data = {} if seller_data is None else seller_data
        message = _get(data, "message", "")
        if not isinstance(message, Mapping):
            raise InputError("expected an object", field="message")
        type_id = message_type or _str(_get(message, "type", "message"), "message.type")
        raw_hosts = _get(seller_data, "allowed_hosts", "seller", required=False)
        hosts: tuple[str, ...] = ()
        if raw_hosts is not None and raw_hosts != []:  # "com" or "*" would let every site in
            hosts = allowed_hosts(
                raw_hosts, suffixes or urls.load_suffixes(), field="seller.allowed_hosts"
            )
        delivered = _get(data, "delivered_at", "", required=False)
        email = _get(seller_data, "email", "seller", required=False)
        email = defaults.email if email is None else email
        name = _get(seller_data, "name", "seller", required=defaults.name is None)
        name = defaults.name if name is None else name
        return OrderDocument(
            order=order,
            locale=buyer_locale,
            seller_name=_str(name, "seller.name"),
            seller_marketplace=_optional_str(
                seller_data, "marketplace", "seller", default=defaults.marketplace or ""
            ),
            seller_email=_str(email, "seller.email") if email is not None else None,
            allowed_hosts=hosts,
            delivered_at=_datetime(delivered, "delivered_at") if delivered is not None else None,
            message_type=type_id,
            fields=_message_fields(message, catalog.get(type_id), order),
            attachments=_attachments(message, base_dir or Path.cwd(), attachment_dirs),
            links=_links(message),
            source=source,
            raw=data,
        )
    except InputError as err:
        raise err.within(source) from None


def load_document(path: Path, catalog: Catalog, **overrides: Any) -> OrderDocument:
    data_bytes = read_capped(path, MAX_DOCUMENT_BYTES, "an order document")
    try:
        text = data_bytes.decode("utf-8")
    except UnicodeDecodeError as err:
        raise InputError(
            f"not UTF-8: byte 0x{data_bytes[err.start]:02x} at offset {err.start}", source=str(path)
        ) from None
    data = read_json(text, str(path))
    return parse_document(data, catalog, source=str(path), base_dir=path.parent, **overrides)


def read_json(text: str, source: str) -> Mapping[str, Any]:
    """An order document's JSON: an object, or an InputError that says where it broke."""
    try:
        data = ORDER_JSON.decode(text)
    except json.JSONDecodeError as err:
        raise InputError(
            f"not valid JSON: {err.msg} at line {err.lineno} column {err.colno}", source=source
        ) from None
    except RecursionError:
        raise InputError(f"nested deeper than {MAX_DEPTH} levels", source=source) from None
    if not isinstance(data, Mapping):
        raise InputError("expected a JSON object (an order document)", source=source)
    if may_nest_deeper(text) and json_depth(data) > MAX_DEPTH:
        raise InputError(f"nested deeper than {MAX_DEPTH} levels", source=source)
    return data


def may_nest_deeper(text: str) -> bool:
    """Whether JSON text could nest deeper than MAX_DEPTH: each level opens a bracket, so text
    with fewer brackets cannot (a count is far cheaper than a walk of the parsed value)."""
    return text.count("{") + text.count("[") > MAX_DEPTH


def _bounded_int(text: str) -> int | float:
    """A JSON integer; one too long for any field is infinity, which every field refuses by
    name (Python refuses to read more than 4,300 digits, and reading them costs time)."""
    if len(text) > MAX_INT_DIGITS:
        return -math.inf if text.startswith("-") else math.inf
    return int(text)


# made once: json.loads with an argument makes a decoder and its scanner on every call
ORDER_JSON = json.JSONDecoder(parse_int=_bounded_int)


def json_depth(data: Any) -> int:
    """How deep containers nest in parsed JSON (iteratively: no recursion limit to hit)."""
    deepest, stack = 0, [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, Mapping | list) and depth <= MAX_DEPTH + 1:
            deepest = max(deepest, depth)
            children = value.values() if isinstance(value, Mapping) else value
            stack.extend((child, depth + 1) for child in children)
    return deepest


def iter_jsonl(
    path: Path, catalog: Catalog, suffixes: PublicSuffixList | None = None
) -> Iterator[OrderDocument | InputError]:
    """One document per line; a bad line yields its error and the batch goes on."""
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            source = f"{path}:{lineno}"
            try:
                data = read_json(line, source)
                yield parse_document(
                    data, catalog, source=source, base_dir=path.parent, suffixes=suffixes
                )
            except InputError as err:
                yield err
