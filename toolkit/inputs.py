"""Readers that stream order documents from each input format, each with its file and line.

Formats: JSON Lines (one document a line), JSON (an array of documents, or documents one after
another: read incrementally, never whole), CSV (one row per order item, README "bsm batch"), and
Amazon's order report (tab-separated, one row per item, `toolkit/data/batch.toml`). `-` is
standard input. A reader yields a `Record` per order: its raw document (validated later, by
`orders.parse_document`, where it is rendered) or the error that made it none. A bad record
never ends a file; only a file that cannot be read further (a JSON array broken in the middle,
bytes that are not UTF-8) ends with its error. Memory holds one record (one order's rows) at a
time, whatever the input's size.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import json
import re
import sys
import tomllib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from toolkit.catalog import Catalog
from toolkit.errors import InputError
from toolkit.orders import MAX_DEPTH, MAX_DOCUMENT_BYTES, _bounded_int, json_depth, read_json
from toolkit.paths import data_dir
from toolkit.policy import Policy

STDIN = "-"
FORMATS = ("jsonl", "json", "csv", "report")
CHUNK = 1 << 16  # characters read at a time from a JSON stream
MAX_LINE = MAX_DOCUMENT_BYTES  # a longer line is no order document
MAX_ITEMS = 1000  # rows of one order in a CSV file or a report
LIST_SEPARATOR = ";"  # a CSV cell that holds a list (slots, items)
SUFFIXES = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".tsv": "report",
    ".txt": "report",
}
ORDER_ID_IN_TEXT = re.compile(r'"AmazonOrderId"\s*:\s*"([^"\\]{1,40})"')
CSV_ORDER_COLUMNS = {  # CSV column -> where it goes in the order document
    "purchase_date": "order.PurchaseDate",
    "marketplace_id": "order.MarketplaceId",
    "order_status": "order.OrderStatus",
    "latest_delivery_date": "order.LatestDeliveryDate",
    "buyer_name": "order.BuyerInfo.BuyerName",
    "buyer_email": "order.BuyerInfo.BuyerEmail",
    "locale": "buyer.locale",
    "seller_name": "seller.name",
    "seller_email": "seller.email",
    "delivered_at": "delivered_at",
    "type": "message.type",
}
CSV_ITEM_COLUMNS = {"asin": "ASIN", "sku": "SellerSKU", "title": "Title"}
CSV_REQUIRED = ("order_id",)


@dataclass(frozen=True)
class Record:
    """One order read from an input: its raw document, or what is wrong with it."""

    source: str  # the input file ("<stdin>" for -)
    line: int  # where the record starts
    data: Mapping[str, Any] | None
    error: InputError | None = None
    order_id: str | None = None  # known even when the document is bad, when it can be read
    # a document field -> (the column it came from, its line): errors name the column
    columns: Mapping[str, tuple[str, int]] = field(default_factory=dict)

    @property
    def where(self) -> str:
        return f"{self.source}:{self.line}"

    def column_of(self, field_path: str | None) -> tuple[str, int] | None:
        return self.columns.get(field_path or "")


@dataclass(frozen=True)
class ReportColumns:
    """How Amazon's order report maps to an order document (batch.toml [order_report])."""

    required: tuple[str, ...]
    delivered: tuple[str, ...]
    delivered_fallback: str
    delivered_fallback_statuses: frozenset[str]
    buyer_name: str
    buyer_email: str
    buyer_locale: str


@dataclass(frozen=True)
class BatchData:
    """What data/batch.toml says of Amazon's order report and order statuses."""

    report: ReportColumns
    ended_statuses: frozenset[str]  # lower case
    undelivered_statuses: frozenset[str]  # lower case


def load_batch_data(path: Path | None = None) -> BatchData:
    with (path or data_dir() / "batch.toml").open("rb") as fh:
        data = tomllib.load(fh)
    report, reviews = data["order_report"], data["review_requests"]
    return BatchData(
        report=ReportColumns(
            required=tuple(report["required"]),
            delivered=tuple(report["delivered"]),
            delivered_fallback=str(report["delivered_fallback"]),
            delivered_fallback_statuses=frozenset(
                s.lower() for s in report["delivered_fallback_statuses"]
            ),
            buyer_name=str(report["buyer_name"]),
            buyer_email=str(report["buyer_email"]),
            buyer_locale=str(report["buyer_locale"]),
        ),
        ended_statuses=frozenset(s.lower() for s in reviews["ended_statuses"]),
        undelivered_statuses=frozenset(s.lower() for s in reviews["undelivered_statuses"]),
    )


# --- opening and telling formats apart ---------------------------------------------------------


def open_input(name: str) -> tuple[IO[bytes], str]:
    """The bytes of an input (`-`: standard input) and the name errors give it."""
    if name == STDIN:
        return sys.stdin.buffer, "<stdin>"
    path = Path(name)
    if path.is_dir():
        raise InputError("is a folder, not an input file", source=name)
    try:
        return path.open("rb"), name
    except OSError as err:
        raise InputError(f"cannot read: {err.strerror or err}", source=name) from None
    except ValueError as err:  # a NUL in the name
        raise InputError(f"cannot read: {err}", source=name) from None


def sniff(stream: io.BufferedReader, name: str) -> str:
    """The format, from the name's suffix or else the first bytes."""
    by_suffix = SUFFIXES.get(Path(name).suffix.lower()) if name != STDIN else None
    if by_suffix and by_suffix != "json":
        return by_suffix
    head = stream.peek(4096)[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith((b"[", b"{")):
        return "json" if by_suffix == "json" or head.startswith(b"[") else "jsonl"
    first = head.split(b"\n", 1)[0]
    return "report" if b"\t" in first and b"amazon-order-id" in first else "csv"


def read_records(
    name: str,
    policy: Policy,
    catalog: Catalog,
    data: BatchData,
    *,
    fmt: str | None = None,
) -> Iterator[Record]:
    """Every record of one input, streamed; an unreadable input is one error record."""
    try:
        raw, source = open_input(name)
    except InputError as err:
        yield Record(name, 0, None, error=err)
        return
    stream: io.BufferedReader = (
        raw if isinstance(raw, io.BufferedReader) else io.BufferedReader(raw)  # type: ignore[arg-type]
    )
    try:
        kind = fmt or sniff(stream, name)
        if kind == "jsonl":
            yield from jsonl_records(stream, source)
        elif kind == "json":
            yield from json_stream_records(stream, source)
        elif kind == "csv":
            yield from csv_records(stream, source, catalog)
        else:
            yield from report_records(stream, source, policy, data.report)
    finally:
        if name != STDIN:
            stream.close()


# --- JSON Lines ----------------------------------------------------------------------------


def order_id_hint(text: str) -> str | None:
    found = ORDER_ID_IN_TEXT.search(text)
    return found.group(1) if found else None


def jsonl_records(stream: IO[bytes], source: str) -> Iterator[Record]:
    lineno = 0
    while True:
        line = stream.readline(MAX_LINE + 1)
        if not line:
            return
        lineno += 1
        if len(line) > MAX_LINE and not line.endswith(b"\n"):
            while (rest := stream.readline(CHUNK)) and not rest.endswith(b"\n"):
                pass  # the rest of an overlong line: read past, never held
            yield Record(source, lineno, None, InputError(f"longer than {MAX_LINE:,} bytes"))
            continue
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError as err:
            problem = f"not UTF-8: byte 0x{line[err.start]:02x} at column {err.start + 1}"
            yield Record(source, lineno, None, InputError(problem))
            continue
        if not text.strip():
            continue
        try:
            yield Record(source, lineno, read_json(text, ""), order_id=order_id_hint(text))
        except InputError as err:
            problem = err.problem.replace(" at line 1 column", " at column")
            yield Record(source, lineno, None, InputError(problem), order_id_hint(text))


# --- JSON: an array, or documents one after another, decoded as they arrive -------------------


class JsonStream:
    """Text decoded from a byte stream a chunk at a time, consumed from the front."""

    def __init__(self, stream: IO[bytes]) -> None:
        self.stream = stream
        self.decoder = codecs.getincrementaldecoder("utf-8")("strict")
        self.buf = ""
        self.pos = 0
        self.line = 1  # the line at buf[0]
        self.eof = False

    def more(self) -> bool:
        if self.eof:
            return False
        chunk = self.stream.read(CHUNK)
        self.buf += self.decoder.decode(chunk, final=not chunk)
        self.eof = not chunk
        return True

    def skip_space(self) -> bool:
        """Past white space; False at the end of the input."""
        while True:
            while self.pos < len(self.buf) and self.buf[self.pos] in " \t\r\n\ufeff":
                self.pos += 1
            if self.pos < len(self.buf):
                return True
            if not self.more():
                return False

    def line_at(self, pos: int) -> int:
        return self.line + self.buf.count("\n", 0, pos)

    def drop_consumed(self) -> None:
        if self.pos > CHUNK:
            self.line += self.buf.count("\n", 0, self.pos)
            self.buf, self.pos = self.buf[self.pos :], 0


def json_stream_records(stream: IO[bytes], source: str) -> Iterator[Record]:
    """A JSON array of documents (or documents one after another), one element at a time."""
    text = JsonStream(stream)
    decoder = json.JSONDecoder(parse_int=_bounded_int)
    try:
        if not text.skip_space():
            return
        array = text.buf[text.pos] == "["
        text.pos += int(array)
        first = True
        while True:
            if not text.skip_space():
                if array:
                    yield Record(
                        source,
                        text.line_at(text.pos),
                        None,
                        InputError("the JSON array is not closed with ]"),
                    )
                return
            if array and text.buf[text.pos] == "]":
                return
            if array and not first:
                if text.buf[text.pos] != ",":
                    problem = "expected , or ] between the array's documents"
                    yield Record(source, text.line_at(text.pos), None, InputError(problem))
                    return
                text.pos += 1
                if not text.skip_space():
                    continue
            first = False
            record, fatal = next_value(text, decoder, source)
            yield record
            if fatal:
                return
    except UnicodeDecodeError as err:
        yield Record(
            source, text.line_at(len(text.buf)), None, InputError(f"not UTF-8: {err.reason}")
        )


def next_value(text: JsonStream, decoder: json.JSONDecoder, source: str) -> tuple[Record, bool]:
    """The value at the stream's position, read whole (reading more while it is cut short);
    True with it when the file cannot be read past it."""
    start_line = text.line_at(text.pos)
    while True:
        try:
            value, end = decoder.raw_decode(text.buf, text.pos)
            break
        except json.JSONDecodeError as err:
            if len(text.buf) - text.pos <= MAX_DOCUMENT_BYTES and text.more():
                continue
            line = text.line_at(err.pos)
            broken = f"not valid JSON: {err.msg}; the rest of the file is not read"
            return Record(source, line, None, InputError(broken)), True
        except RecursionError:
            deep = f"nested deeper than {MAX_DEPTH} levels; the rest is not read"
            return Record(source, start_line, None, InputError(deep)), True
    size = end - text.pos
    hint = order_id_hint(text.buf[text.pos : min(end, text.pos + 4096)])
    text.pos = end
    text.drop_consumed()
    problem = None
    if size > MAX_DOCUMENT_BYTES:
        problem = f"larger than {MAX_DOCUMENT_BYTES:,} bytes"
    elif not isinstance(value, Mapping):
        problem = "expected a JSON object (an order document)"
    elif json_depth(value) > MAX_DEPTH:
        problem = f"nested deeper than {MAX_DEPTH} levels"
    if problem:
        return Record(source, start_line, None, InputError(problem), hint), False
    return Record(source, start_line, value, order_id=hint), False


# --- CSV and Amazon's report: rows, grouped into orders --------------------------------------


@dataclass(frozen=True)
class Row:
    """A row of a CSV file or of Amazon's order report, by column name."""

    line: int
    cells: dict[str, str]


def table_rows(
    stream: IO[bytes], source: str, *, delimiter: str
) -> Iterator[tuple[list[str], Row] | Record]:
    """The header and each row as {column: cell}; a broken row is an error record."""
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")
    # the report quotes nothing (a title may hold a "); a CSV file may quote
    if delimiter == "\t":
        reader = csv.reader(text, delimiter=delimiter, quoting=csv.QUOTE_NONE)
    else:
        reader = csv.reader(text, delimiter=delimiter)
    header: list[str] | None = None
    last_line = 0
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as err:
            yield Record(source, last_line + 1, None, InputError(f"not CSV: {err}"))
            last_line = reader.line_num
            continue
        except UnicodeDecodeError as err:
            problem = f"not UTF-8 ({err.reason}); the rest of the file is not read"
            yield Record(source, last_line + 1, None, InputError(problem))
            return
        start, last_line = last_line + 1, reader.line_num
        if header is None:
            header = [c.strip() for c in cells]
            continue
        if not any(c.strip() for c in cells):
            continue
        if len(cells) > len(header):
            problem = f"{len(cells)} cells, but the header names {len(header)}"
            yield Record(source, start, None, InputError(problem))
            continue
        yield header, Row(start, {h: c.strip() for h, c in zip(header, cells, strict=False)})


def grouped(
    rows: Iterable[tuple[list[str], Row] | Record], id_column: str, source: str
) -> Iterator[tuple[list[str], list[Row]] | Record]:
    """Consecutive rows of the same order id as one order (the report writes them so)."""
    header: list[str] = []
    group: list[Row] = []
    dropped = 0
    for item in rows:
        if isinstance(item, Record):
            yield item
            continue
        header, row = item
        if group and row.cells.get(id_column, "") == group[0].cells.get(id_column, ""):
            if len(group) < MAX_ITEMS:
                group.append(row)
            else:
                dropped += 1
            continue
        if group:
            yield from finish_group(header, group, dropped, id_column, source)
        group, dropped = [row], 0
    if group:
        yield from finish_group(header, group, dropped, id_column, source)


def finish_group(
    header: list[str], group: list[Row], dropped: int, id_column: str, source: str
) -> Iterator[tuple[list[str], list[Row]] | Record]:
    if dropped:
        problem = f"more than {MAX_ITEMS} rows for one order"
        yield Record(
            source,
            group[0].line,
            None,
            InputError(problem, field=id_column),
            group[0].cells.get(id_column) or None,
        )
    else:
        yield header, group


def missing_columns(header: list[str], wanted: Iterable[str]) -> list[str]:
    return [c for c in wanted if c not in header]


def order_groups(
    stream: IO[bytes],
    source: str,
    *,
    delimiter: str,
    key: str,
    required: Iterable[str],
    lacking: str = "",
) -> Iterator[Record | list[Row]]:
    """A table's rows grouped into orders by the `key` column, or the bad records among them.
    A header without a `required` column ends the table with one bad record, `lacking` saying
    what the file then is not."""
    checked = False
    for item in grouped(table_rows(stream, source, delimiter=delimiter), key, source):
        if isinstance(item, Record):
            yield item
            continue
        header, rows = item
        if not checked:
            missing = missing_columns(header, required)
            if missing:
                plural = "s" if len(missing) > 1 else ""
                problem = f"{lacking}the header lacks the column{plural} {', '.join(missing)}"
                yield Record(source, 1, None, InputError(problem))
                return
            checked = True
        yield rows


def csv_records(stream: IO[bytes], source: str, catalog: Catalog) -> Iterator[Record]:
    for item in order_groups(stream, source, delimiter=",", key="order_id", required=CSV_REQUIRED):
        yield item if isinstance(item, Record) else csv_document(item, source, catalog)


def put(doc: dict[str, Any], dotted: str, value: Any) -> None:
    *parents, last = dotted.split(".")
    for name in parents:
        doc = doc.setdefault(name, {})
    doc[last] = value


def money_cell(text: str, currency: str) -> dict[str, str]:
    """`12.50` (in the row's currency) or `EUR 12.50`."""
    code, _, amount = text.partition(" ")
    if amount and len(code) == 3 and code.isalpha():
        return {"CurrencyCode": code, "Amount": amount.strip()}
    return {"CurrencyCode": currency, "Amount": text}


def quantity_cell(text: str) -> int | str:
    return int(text) if text.isascii() and text.isdigit() and len(text) < 10 else text


def csv_document(rows: list[Row], source: str, catalog: Catalog) -> Record:
    first = rows[0]
    cells = first.cells
    order_id = cells.get("order_id", "")
    doc: dict[str, Any] = {"order": {"AmazonOrderId": order_id}}
    columns: dict[str, tuple[str, int]] = {"order.AmazonOrderId": ("order_id", first.line)}
    for column, dotted in CSV_ORDER_COLUMNS.items():
        if cells.get(column):
            put(doc, dotted, cells[column])
            columns[dotted] = (column, first.line)
    currency = cells.get("currency", "")
    items = []
    for i, row in enumerate(rows):
        item: dict[str, Any] = {}
        where = f"order.OrderItems[{i}]"
        for column, key in CSV_ITEM_COLUMNS.items():
            if row.cells.get(column):
                item[key] = row.cells[column]
            columns[f"{where}.{key}"] = (column, row.line)
        if row.cells.get("quantity"):
            item["QuantityOrdered"] = quantity_cell(row.cells["quantity"])
        columns[f"{where}.QuantityOrdered"] = ("quantity", row.line)
        if row.cells.get("item_price"):
            item["ItemPrice"] = money_cell(row.cells["item_price"], row.cells.get("currency", ""))
            columns[f"{where}.ItemPrice.Amount"] = ("item_price", row.line)
            columns[f"{where}.ItemPrice.CurrencyCode"] = ("currency", row.line)
        items.append(item)
    doc["order"]["OrderItems"] = items
    columns["order.OrderItems"] = ("asin", first.line)
    mtype = catalog.get(cells.get("type", ""))
    kinds = mtype.fields if mtype else {}
    for column, value in cells.items():
        if not column.startswith("message.") or not value or column == "message.type":
            continue
        name = column.removeprefix("message.")
        kind = kinds.get(name, "text")
        if kind == "money":
            put(doc, column, money_cell(value, currency))
        elif kind in ("slots", "items"):
            put(doc, column, [part.strip() for part in value.split(LIST_SEPARATOR) if part.strip()])
        else:
            put(doc, column, value)
        columns[column] = (column, first.line)
    doc.setdefault("message", {})
    doc.setdefault("buyer", {})
    return Record(source, first.line, doc, order_id=order_id or None, columns=columns)


def report_records(
    stream: IO[bytes], source: str, policy: Policy, spec: ReportColumns
) -> Iterator[Record]:
    for item in order_groups(
        stream, source, delimiter="\t", key="amazon-order-id", required=spec.required,
        lacking="not Amazon's order report: ",
    ):  # fmt: skip
        yield item if isinstance(item, Record) else report_document(item, source, policy, spec)


def report_document(rows: list[Row], source: str, policy: Policy, spec: ReportColumns) -> Record:
    """One order of the report as an order document (README: the report mapping)."""
    first = rows[0]
    cells = first.cells
    order_id = cells.get("amazon-order-id", "")
    channel = cells.get("sales-channel", "")
    marketplace = policy.marketplace_at(channel)
    if marketplace is None:
        known = ", ".join(
            sorted(f"Amazon.{m.domain.removeprefix('amazon.')}" for m in policy.marketplaces)
        )
        problem = f"{channel!r} is no Amazon marketplace the toolkit knows ({known})"
        return Record(
            source, first.line, None, InputError(problem, field="sales-channel"), order_id or None
        )
    order: dict[str, Any] = {
        "AmazonOrderId": order_id,
        "PurchaseDate": cells.get("purchase-date") or None,
        "MarketplaceId": marketplace.id,
        "OrderStatus": cells.get("order-status") or None,
    }
    columns = {
        "order.AmazonOrderId": ("amazon-order-id", first.line),
        "order.PurchaseDate": ("purchase-date", first.line),
        "order.OrderStatus": ("order-status", first.line),
        "order.MarketplaceId": ("sales-channel", first.line),
    }
    buyer = {
        key: cells[column]
        for key, column in (("BuyerName", spec.buyer_name), ("BuyerEmail", spec.buyer_email))
        if cells.get(column)
    }
    if buyer:
        order["BuyerInfo"] = buyer
    items = []
    totals: dict[str, float] = {}
    for i, row in enumerate(rows):
        where = f"order.OrderItems[{i}]"
        item: dict[str, Any] = {
            "ASIN": row.cells.get("asin") or None,
            "Title": row.cells.get("product-name") or None,
            "QuantityOrdered": quantity_cell(row.cells.get("quantity", "")),
        }
        if row.cells.get("sku"):
            item["SellerSKU"] = row.cells["sku"]
        if row.cells.get("item-status"):
            item["ItemStatus"] = row.cells["item-status"]
        price, currency = row.cells.get("item-price", ""), row.cells.get("currency", "")
        if price:
            item["ItemPrice"] = {"CurrencyCode": currency, "Amount": price}
            columns[f"{where}.ItemPrice.Amount"] = ("item-price", row.line)
            columns[f"{where}.ItemPrice.CurrencyCode"] = ("currency", row.line)
            with contextlib.suppress(ValueError):  # a bad price is the item's error, not here
                totals[currency] = totals.get(currency, 0.0) + float(price)
        for key, column in (
            ("ASIN", "asin"),
            ("Title", "product-name"),
            ("QuantityOrdered", "quantity"),
            ("SellerSKU", "sku"),
        ):
            columns[f"{where}.{key}"] = (column, row.line)
        items.append(item)
    order["OrderItems"] = items
    if len(totals) == 1:
        currency, amount = next(iter(totals.items()))
        order["OrderTotal"] = {"CurrencyCode": currency, "Amount": f"{amount:.2f}"}
    doc: dict[str, Any] = {
        "order": order,
        "buyer": {"locale": cells.get(spec.buyer_locale) or marketplace.locale or None},
        "message": {},
    }
    columns["buyer.locale"] = (spec.buyer_locale, first.line)
    delivered = report_delivery(cells, spec)
    if delivered is not None:
        doc["delivered_at"] = delivered[1]
        columns["delivered_at"] = (delivered[0], first.line)
    return Record(source, first.line, doc, order_id=order_id or None, columns=columns)


def report_delivery(cells: Mapping[str, str], spec: ReportColumns) -> tuple[str, str] | None:
    """(column, value) of the order's delivery, or of what stands in for it."""
    for column in spec.delivered:
        if cells.get(column):
            return column, cells[column]
    status = cells.get("order-status", "").lower()
    if status in spec.delivered_fallback_statuses and cells.get(spec.delivered_fallback):
        return spec.delivered_fallback, cells[spec.delivered_fallback]
    return None


# --- what the daily limit needs: an order's purchase day, from the raw document --------------


def purchase_day(data: Mapping[str, Any] | None) -> tuple[str, str] | None:
    """(order id, UTC purchase day) of a raw document, when both can be read."""
    order = data.get("order") if isinstance(data, Mapping) else None
    if not isinstance(order, Mapping):
        return None
    order_id, when = order.get("AmazonOrderId"), order.get("PurchaseDate")
    if not isinstance(order_id, str) or not isinstance(when, str):
        return None
    try:
        moment = datetime.fromisoformat(when)
        return (order_id, moment.astimezone(UTC).date().isoformat()) if moment.tzinfo else None
    except (ValueError, OverflowError):
        return None
