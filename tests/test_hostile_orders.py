"""Hostile order documents through `bsm render`: exit 2 naming the file and the field, never a
traceback; a bad order never stops the others; hidden characters never cut or disguise a
message; nothing from a file reaches the terminal as a control sequence."""

from __future__ import annotations

import copy
import json
import re
import shutil
import sqlite3
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import EXAMPLES, NOW, ROOT, bsm

from toolkit.cli import main
from toolkit.errors import InputError
from toolkit.orders import parse_document
from toolkit.pipeline import Toolkit, render_order

CLI_NOW = "2026-11-20T12:00:00Z"
ORDER_ID = "305-4444444-5555555"  # of additional-information.json
Mutation = Callable[[dict[str, Any]], None]


def example(name: str = "additional-information") -> dict[str, Any]:
    return json.loads((EXAMPLES / f"{name}.json").read_text(encoding="utf-8"))


def setter(*path: str | int, value: Any) -> Mutation:
    def mutate(data: dict[str, Any]) -> None:
        target: Any = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return mutate


ITEM = ("order", "OrderItems", 0)
# (case name, mutation, the field the error must name)
BAD: list[tuple[str, Mutation, str]] = [
    ("quantity-5000-digits", setter(*ITEM, "QuantityOrdered", value=None), "QuantityOrdered"),
    ("quantity-huge", setter(*ITEM, "QuantityOrdered", value=10**30), "QuantityOrdered"),
    ("amount-exponent", setter("order", "OrderTotal", "Amount", value="1E+999999999"), "Amount"),
    ("amount-tiny", setter("order", "OrderTotal", "Amount", value="1E-999999999"), "Amount"),
    ("amount-nan", setter("order", "OrderTotal", "Amount", value="NaN"), "Amount"),
    ("amount-float-huge", setter(*ITEM, "ItemPrice", "Amount", value=1e308), "ItemPrice.Amount"),
    ("amount-digits", setter("order", "OrderTotal", "Amount", value="9" * 400), "Amount"),
    ("year-1", setter("order", "PurchaseDate", value="0001-01-01T00:00:00+14:00"), "PurchaseDate"),
    (
        "year-9999",
        setter("order", "LatestDeliveryDate", value="9999-12-31T23:59:59-14:00"),
        "order.LatestDeliveryDate",
    ),
    ("delivered-year-1", setter("delivered_at", value="0001-01-01T00:00:00Z"), "delivered_at"),
    ("date-list", setter("order", "PurchaseDate", value=[]), "order.PurchaseDate"),
    ("latest-object", setter("order", "LatestDeliveryDate", value={}), "LatestDeliveryDate"),
    ("name-list", setter("order", "BuyerInfo", "BuyerName", value=[]), "BuyerName"),
    ("name-object", setter("order", "BuyerInfo", "BuyerName", value={}), "BuyerName"),
    ("buyer-info-list", setter("order", "BuyerInfo", value=[]), "order.BuyerInfo"),
    ("sku-object", setter(*ITEM, "SellerSKU", value={}), "SellerSKU"),
    ("sku-list", setter(*ITEM, "SellerSKU", value=[]), "SellerSKU"),
    ("title-list", setter(*ITEM, "Title", value=["x"]), "Title"),
    ("item-not-object", setter("order", "OrderItems", 0, value="x"), "order.OrderItems[0]"),
    ("asin-url", setter(*ITEM, "ASIN", value="B0&x=evil/"), "ASIN"),
    ("id-newline", setter("order", "AmazonOrderId", value=ORDER_ID + "\n"), "AmazonOrderId"),
    (
        "id-arabic-digits",
        setter("order", "AmazonOrderId", value="٣٠٥-4444444-5555555"),
        "AmazonOrderId",
    ),
    (
        "currency-newline",
        setter("order", "OrderTotal", "CurrencyCode", value="EUR\n"),
        "order.OrderTotal.CurrencyCode",
    ),
    ("locale-newline", setter("buyer", "locale", value="fr-FR\n"), "buyer.locale"),
    ("question-over-limit", setter("message", "question", value="x" * 2001), "message.question"),
    ("marketplace-list", setter("seller", "marketplace", value=[]), "seller.marketplace"),
    ("email-object", setter("seller", "email", value={}), "seller.email"),
    ("links-object", setter("message", "links", value={}), "message.links"),
]


def write_bad(folder: Path, name: str, mutate: Mutation) -> Path:
    data = copy.deepcopy(example())
    mutate(data)
    path = folder / f"{name}.json"
    text = json.dumps(data, ensure_ascii=False)
    if name == "quantity-5000-digits":  # json.dumps cannot write it: Python refuses to, too
        text = text.replace('"QuantityOrdered": null', '"QuantityOrdered": ' + "9" * 5000)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def batch(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[Path, subprocess.CompletedProcess[str]]:
    """One run of `bsm render` over every bad order, with a good one before and after."""
    folder = tmp_path_factory.mktemp("hostile")
    bad = [write_bad(folder, name, mutate) for name, mutate, _ in BAD]
    deep = folder / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    deep_object = folder / "deep-object.json"
    deep_object.write_text(json.dumps(nested(example(), 40)), encoding="utf-8")
    first, last = EXAMPLES / "fulfillment-question.json", EXAMPLES / "reply.json"
    orders = [str(first), *map(str, bad), str(deep), str(deep_object), str(last)]
    out = folder / "out"
    result = bsm("render", *orders, "--now", CLI_NOW, "--out", str(out))
    return out, result


def nested(data: dict[str, Any], depth: int) -> dict[str, Any]:
    extra: Any = 1
    for _ in range(depth):
        extra = {"x": extra}
    return {**data, "extra": extra}


def error_line(stderr: str, name: str) -> str:
    lines = [line for line in stderr.splitlines() if f"/{name}.json:" in line]
    assert len(lines) == 1, (name, stderr)
    return lines[0]


@pytest.mark.parametrize(("name", "field"), [(n, f) for n, _, f in BAD], ids=[b[0] for b in BAD])
def test_bad_field_exits_2_naming_file_and_field(
    batch: tuple[Path, subprocess.CompletedProcess[str]], name: str, field: str
) -> None:
    _, result = batch
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    line = error_line(result.stderr, name)
    assert line.startswith("error: ") and field in line, line
    assert len(line) < 400  # the bad value is quoted short, not 5,000 digits long


def test_deep_json_exits_2(batch: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    _, result = batch
    assert "nested deeper than" in error_line(result.stderr, "deep")
    assert "nested deeper than" in error_line(result.stderr, "deep-object")


def test_bad_orders_do_not_stop_the_others(
    batch: tuple[Path, subprocess.CompletedProcess[str]],
) -> None:
    out, result = batch
    assert (out / "205-9090909-1010101" / "fulfillment-question.eml").is_file()  # before them
    assert re.search(r"reply\.json: reply \S+ ok", result.stdout), result.stdout  # after them
    written = {p.parent.name for p in out.glob("*/*.json")}
    assert ORDER_ID not in written  # the bad ones left nothing behind


def test_now_without_a_zone_exits_2() -> None:
    result = bsm("render", str(EXAMPLES / "reply.json"), "--now", "2026-11-20T12:00:00")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "--now" in result.stderr and "zone" in result.stderr
    far = bsm("render", str(EXAMPLES / "reply.json"), "--now", "9999-12-31T23:59:59-14:00")
    assert far.returncode == 2 and "--now" in far.stderr and "Traceback" not in far.stderr


@pytest.mark.parametrize("port", ["99999", "-1", "http"])
def test_preview_port_out_of_range_exits_2(port: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["preview", "--port", port]) == 2
    err = capsys.readouterr().err
    assert "--port" in err and "Traceback" not in err


@pytest.mark.parametrize(
    ("expression", "error"), [("1 // 0", "ZeroDivisionError"), ('"x" + 1', "TypeError")]
)
def test_template_raising_a_python_error_exits_2(
    tmp_path: Path, expression: str, error: str
) -> None:
    templates = tmp_path / "templates"
    shutil.copytree(ROOT / "templates", templates)
    page = templates / "messages" / "additional-information.html"
    lines = page.read_text(encoding="utf-8").splitlines()
    lines[4] += "{{ " + expression + " }}"  # line 5
    page.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = bsm(
        "render", str(EXAMPLES / "additional-information.json"), "--templates", str(templates),
        "--now", CLI_NOW,
    )  # fmt: skip
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert str(page) in result.stderr and "line 5" in result.stderr and error in result.stderr


def test_template_not_utf8_exits_2(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    shutil.copytree(ROOT / "templates", templates)
    page = templates / "messages" / "reply.html"
    page.write_bytes(page.read_bytes() + b"\xff\xfe")
    result = bsm(
        "render", str(EXAMPLES / "reply.json"), "--templates", str(templates), "--now", CLI_NOW
    )
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert str(page) in result.stderr


def test_ledger_with_wrong_columns_exits_2(tmp_path: Path) -> None:
    ledger = tmp_path / "ledger.sqlite"
    with sqlite3.connect(ledger) as db:
        db.execute("CREATE TABLE sent (id INTEGER PRIMARY KEY, order_id TEXT)")
        db.execute("CREATE TABLE daily_orders (day TEXT, orders INTEGER)")
    db.close()
    html = tmp_path / "m.html"
    html.write_text(f"<p>Order {ORDER_ID}</p>", encoding="utf-8")
    result = bsm("check", str(html), "--ledger", str(ledger), "--now", CLI_NOW)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert str(ledger) in result.stderr and "message_type" in result.stderr


# --- hidden characters -------------------------------------------------------------------

HIDDEN = {
    "lone surrogate": "\ud800",
    "right-to-left override": "\u202e",
    "escape": "\x1b[31m",
    "tag character": "\U000e0041",
    "zero-width space": "\u200b",
    "bidi isolate": "\u2066",
    "null": "\x00",
    "noncharacter": "\ufdd0",  # the text layout's own mark for a no-break space
}


def invisible(chars: str) -> list[str]:
    return [ch for ch in chars if not ch.isprintable()]


def ends_complete(text: str, closing: str, seller: str) -> bool:
    """The message was not cut: closing, signature and order number are all there, last."""
    tail = text[-400:]
    return closing in tail and seller in tail and tail.rstrip().endswith(ORDER_ID)


@pytest.mark.parametrize("chars", HIDDEN.values(), ids=HIDDEN.keys())
def test_hidden_characters_in_seller_text_are_refused_not_cut(tk: Toolkit, chars: str) -> None:
    data = example()
    data["message"]["question"] = f"Quelle taille{chars} souhaitez-vous ?"
    data["message"]["note"] = f"Merci{chars}."
    doc = parse_document(data, tk.catalog, source="order.json", base_dir=EXAMPLES)
    outcome = render_order(tk, doc, now=NOW)
    assert outcome.refused and outcome.message is not None
    hidden = [f for f in outcome.findings if f.rule == "BSM312"]
    assert any("message.question" in f.message for f in hidden)
    assert any("message.note" in f.message for f in hidden)
    assert all(f.part == "order" and f.message.startswith("U+") for f in hidden)
    message = outcome.message
    for part in (message.html, message.text):
        assert not any(ch in part for ch in invisible(chars))  # kept out of the message
    visible = "".join(ch for ch in chars if ch.isprintable())
    assert f"Quelle taille{visible} souhaitez-vous ?" in message.text
    assert ends_complete(message.text, "Cordialement", "Atelier Exemple SAS")
    assert message.html.rstrip().endswith("</html>")
    assert ORDER_ID in message.html[-600:] and "Cordialement" in message.html


def test_the_finding_names_the_character_and_the_field(tk: Toolkit) -> None:
    data = example()
    data["message"]["question"] = "Quelle \u202etaille ?"
    doc = parse_document(data, tk.catalog, source="order.json", base_dir=EXAMPLES)
    messages = [f.message for f in render_order(tk, doc, now=NOW).findings if f.rule == "BSM312"]
    assert messages == [
        "U+202E RIGHT-TO-LEFT OVERRIDE in message.question (character 8): hidden characters "
        "change what the buyer reads; remove it"
    ]


def test_legitimate_invisible_characters_pass(tk: Toolkit) -> None:
    data = example()
    # no-break spaces before French punctuation, a joiner inside a Malayalam word, a soft hyphen
    data["message"]["question"] = "Quelle taille\u202f? Prix\u00a0: 42 €. ക്\u200dഷ. Ring\u00adgröße"
    doc = parse_document(data, tk.catalog, source="order.json", base_dir=EXAMPLES)
    outcome = render_order(tk, doc, now=NOW)
    assert not [f for f in outcome.findings if f.rule == "BSM312"]


@pytest.mark.parametrize("chars", HIDDEN.values(), ids=HIDDEN.keys())
def test_hidden_characters_in_order_data_are_removed(tk: Toolkit, chars: str) -> None:
    data = example()
    data["order"]["BuyerInfo"]["BuyerName"] = f"Camille{chars} Bernard"
    data["order"]["OrderItems"][0]["Title"] = f"Bague{chars} gravée"
    data["order"]["OrderItems"][0]["SellerSKU"] = f"RING{chars}"
    doc = parse_document(data, tk.catalog, source="order.json", base_dir=EXAMPLES)
    outcome = render_order(tk, doc, now=NOW)
    assert not outcome.refused, outcome.findings
    assert outcome.message is not None
    text = outcome.message.text
    assert "Camille" in text and not any(ch in text for ch in invisible(chars))
    assert ends_complete(text, "Cordialement", "Atelier Exemple SAS")


def test_hidden_characters_via_the_cli(tmp_path: Path) -> None:
    data = example()
    data["message"]["question"] = "Quelle taille \ud800 ?"
    path = tmp_path / "order.json"
    path.write_text(json.dumps(data), encoding="utf-8")  # \ud800 as a JSON escape
    result = bsm("render", str(path), "--now", CLI_NOW)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "BSM312" in result.stdout and "U+D800" in result.stdout
    assert "message.question" in result.stdout


def test_seller_text_limit_is_the_types(tk: Toolkit) -> None:
    data = example("custom-design-verification")
    data["message"]["question"] = "x" * 801
    with pytest.raises(InputError) as err:
        parse_document(data, tk.catalog, source="o.json", base_dir=EXAMPLES)
    assert "message.question" in str(err.value) and "801" in str(err.value)
    assert "800" in str(err.value)
    data["message"]["question"] = "x" * 800
    assert parse_document(data, tk.catalog, source="o.json", base_dir=EXAMPLES)


# --- the terminal ------------------------------------------------------------------------

ESCAPES = "\x1b]0;owned\x07\x1b[2J\x9b31m\u202e"


def test_control_sequences_never_reach_the_terminal(tmp_path: Path) -> None:
    data = example()
    data["message"]["type"] = f"evil{ESCAPES}"
    unknown = tmp_path / "unknown-type.json"
    unknown.write_text(json.dumps(data), encoding="utf-8")
    named = tmp_path / f"name{ESCAPES[:9]}.json"  # a file name with an escape sequence
    named.write_text("{nope", encoding="utf-8")
    for fmt in ("text", "json"):
        result = bsm("render", str(unknown), str(named), "--now", CLI_NOW, "--format", fmt)
        assert result.returncode == 2 and "Traceback" not in result.stderr
        for stream in (result.stdout, result.stderr):
            assert not any(ch in stream for ch in "\x1b\x07\x9b\u202e"), stream
        assert "BSM101" in result.stdout and "\\x1b" in result.stderr


def test_check_output_is_escaped_too(tmp_path: Path) -> None:
    html = tmp_path / "bericht\x1b[31m.html"
    html.write_text("<p>Bestelling 305-1111111-2222222 \U0001f69a</p>", encoding="utf-8")
    result = bsm("check", str(html))
    assert result.returncode == 1 and "BSM403" in result.stdout
    assert "\x1b" not in result.stdout and "\\x1b[31m.html" in result.stdout


def test_examples_still_render() -> None:
    result = bsm("render", *map(str, sorted(EXAMPLES.glob("*.json"))), "--now", CLI_NOW)
    assert result.returncode == 0, result.stdout + result.stderr
