"""The order document contract: the shared examples load as they are; bad input names its field."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from conftest import EXAMPLES, SHARED_EXAMPLES, bundled_examples, shared_examples

from toolkit.catalog import load_catalog
from toolkit.errors import InputError
from toolkit.orders import Money, iter_jsonl, load_document, parse_document

CATALOG = load_catalog()


def example(name: str = "delivery-scheduling") -> dict[str, Any]:
    return json.loads((EXAMPLES / f"{name}.json").read_text(encoding="utf-8"))


def parse(data: Any, **kw: Any):  # type: ignore[no-untyped-def]
    return parse_document(data, CATALOG, source="order.json", base_dir=EXAMPLES, **kw)


@pytest.mark.parametrize("path", shared_examples() + bundled_examples(), ids=lambda p: p.name)
def test_examples_load_as_they_are(path: Path) -> None:
    doc = load_document(path, CATALOG)
    assert doc.message_type == path.stem
    assert CATALOG.get(doc.message_type) is not None
    assert doc.order.items


def test_fields_are_typed() -> None:
    doc = load_document(EXAMPLES / "order-problem.json", CATALOG)
    assert doc.fields["adjusted_amount"] == Money(
        amount=__import__("decimal").Decimal("19.95"), currency="EUR"
    )
    slots = load_document(EXAMPLES / "delivery-scheduling.json", CATALOG).fields["slots"]
    assert len(slots) == 2 and slots[0].end > slots[0].start


def test_overrides_replace_type_and_locale() -> None:
    doc = parse(example("reply"), locale="fr-FR", message_type="reply")
    assert doc.locale == "fr-FR"


BAD_CASES = [
    (
        lambda d: d["order"].__setitem__("AmazonOrderId", "302-12345-999"),
        "order.AmazonOrderId",
        "17-digit",
    ),
    (lambda d: d["order"].pop("AmazonOrderId"), "order.AmazonOrderId", "required"),
    (
        lambda d: d["order"]["OrderTotal"].__setitem__("Amount", "lots"),
        "order.OrderTotal.Amount",
        "number",
    ),
    (
        lambda d: d["order"]["OrderTotal"].__setitem__("CurrencyCode", "euro"),
        "order.OrderTotal.CurrencyCode",
        "ISO 4217",
    ),
    (
        lambda d: d["order"].__setitem__("PurchaseDate", "yesterday"),
        "order.PurchaseDate",
        "ISO-8601",
    ),
    (
        lambda d: d["order"].__setitem__("PurchaseDate", "2026-11-02T09:14:00"),
        "order.PurchaseDate",
        "time zone",
    ),
    (lambda d: d["order"].__setitem__("OrderItems", []), "order.OrderItems", "non-empty"),
    (
        lambda d: d["order"]["OrderItems"][0].__setitem__("QuantityOrdered", "two"),
        "order.OrderItems[0].QuantityOrdered",
        "whole number",
    ),
    (lambda d: d["buyer"].__setitem__("locale", "<script>"), "buyer.locale", "locale"),
    (lambda d: d.pop("seller"), "seller", "required"),
    (lambda d: d["message"].pop("slots"), "message.slots", "required for a delivery-scheduling"),
    (
        lambda d: d["message"].__setitem__("slots", ["2026-11-19T08:00:00+01:00"]),
        "message.slots[0]",
        "start/end",
    ),
    (
        lambda d: d["message"].__setitem__(
            "slots", ["2026-11-19T12:00:00+01:00/2026-11-19T08:00:00+01:00"]
        ),
        "message.slots[0]",
        "ends before",
    ),
    (lambda d: d["message"].__setitem__("carrier", 42), "message.carrier", "string"),
    (
        lambda d: d["message"].__setitem__(
            "attachments", [{"path": "nope.pdf", "kind": "invoice"}]
        ),
        "message.attachments[0].path",
        "no such file",
    ),
    (lambda d: d.__setitem__("delivered_at", "soon"), "delivered_at", "ISO-8601"),
]


@pytest.mark.parametrize(("mutate", "field", "words"), BAD_CASES, ids=[c[1] for c in BAD_CASES])
def test_bad_documents_name_the_field(mutate: Any, field: str, words: str) -> None:
    data = copy.deepcopy(example())
    mutate(data)
    with pytest.raises(InputError) as err:
        parse(data)
    assert err.value.field == field
    assert err.value.source == "order.json"
    assert words in str(err.value)


def test_conditional_fields_of_a_return() -> None:
    data = json.loads((EXAMPLES / "return-follow-up.json").read_text(encoding="utf-8"))
    data["message"] = {"type": "return-follow-up", "purpose": "partial-refund"}
    with pytest.raises(InputError, match="refund_amount") as err:
        parse(data)
    assert err.value.field == "message.refund_amount"
    data["message"]["purpose"] = "something-else"
    with pytest.raises(InputError, match="information-needed, partial-refund"):
        parse(data)


def test_unknown_type_is_not_an_input_error() -> None:
    data = example()
    data["message"] = {"type": "newsletter"}
    doc = parse(data)  # BSM101 refuses it later; its fields are not ours to judge
    assert doc.message_type == "newsletter" and doc.fields == {}


def test_not_json_and_not_an_object(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{nope", encoding="utf-8")
    with pytest.raises(InputError, match="not valid JSON") as err:
        load_document(bad, CATALOG)
    assert err.value.source == str(bad)
    bad.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(InputError, match="expected a JSON object"):
        load_document(bad, CATALOG)


@pytest.mark.skipif(not SHARED_EXAMPLES.is_dir(), reason="needs ../shared")
def test_batch_reports_bad_records_and_keeps_going() -> None:
    results = list(iter_jsonl(SHARED_EXAMPLES / "orders.jsonl", CATALOG))
    errors = [r for r in results if isinstance(r, InputError)]
    assert len(results) == 13
    assert len(errors) == 2
    assert all(":" in (e.source or "") for e in errors)  # file:line
    assert any(e.field == "order.AmazonOrderId" for e in errors)
