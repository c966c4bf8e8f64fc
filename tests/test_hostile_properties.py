"""Hostile order documents, generated: whatever is put in an example's fields, `load_document`
and `render_order` answer with a message, a refusal or an InputError (never anything else), a
message is never cut short (it still ends with its order number), and each answer comes fast.

The documents start from examples/*.json; hypothesis replaces fields with arbitrary text
(surrogates, controls, bidi overrides, tag characters included), huge numbers, deep nesting,
wrong types and odd dates, and the cases of issue 9 are seeds it always tries.
"""

from __future__ import annotations

import copy
import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import EXAMPLES, NOW, bundled_examples
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from toolkit.errors import InputError
from toolkit.orders import load_document
from toolkit.pipeline import Toolkit, render_order

TK = Toolkit.load()  # once for the module: hypothesis prints a failing case's arguments
EXAMPLE_DATA = {p.name: json.loads(p.read_text(encoding="utf-8")) for p in bundled_examples()}
HUGE_INT, DEEP = "__huge_int__", "__deep__"  # written into the JSON text, not built in Python
HOSTILE_CHARS = "\ud800\udfff\x00\x1b\x07\x9b\u202e\u2066\u200b\ufeff\U000e0041\r\u2028"
SEEDS: list[Any] = [
    None, [], {}, True, 0, -1, 10**30, 10**4000, 1e308, float("inf"), float("nan"), HUGE_INT,
    DEEP, "", " ", "\n", "1E+999999999", "-0", "NaN", "0001-01-01T00:00:00+14:00",
    "9999-12-31T23:59:59-14:00", "2026-11-20T12:00:00", "2026-02-30", "305-4444444-5555555\n",
    "٣٠٥-4444444-5555555", "Quelle taille \ud800 ?", "x\u202ey", "\x1b[2J\x1b]0;t\x07",
    "x" * 5001, "y" * 2001, "../../etc/passwd", "javascript:alert(1)", {"Amount": "1"},
]  # fmt: skip


def hostile_text() -> st.SearchStrategy[str]:
    anything = st.text(st.characters(exclude_categories=()), max_size=80)
    sprinkled = st.tuples(
        st.sampled_from(["Bague gravée", "Which size?", "Welke maat?", "A\n\nB"]),
        st.text(st.sampled_from(HOSTILE_CHARS), min_size=1, max_size=5),
    ).map(lambda pair: pair[0][:3] + pair[1] + pair[0][3:])
    return st.one_of(anything, sprinkled, st.sampled_from([s for s in SEEDS if isinstance(s, str)]))


VALUES = st.one_of(
    st.sampled_from(SEEDS),
    hostile_text(),
    st.integers(min_value=-(10**25), max_value=10**25),
    st.floats(allow_nan=True, allow_infinity=True),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
)


def paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every place in a document a value can be put: its keys and list items, nested."""
    children = (
        value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list)
        else ()
    )  # fmt: skip
    for key, child in children:
        yield (*prefix, key)
        yield from paths(child, (*prefix, key))


# free text: hidden characters there are removed (order data) or refused (the seller's words)
TEXT_KEYS = frozenset(
    {"BuyerName", "Title", "SellerSKU", "name", "question", "note", "text", "service", "carrier"}
)
# fields an example may lack, which a seller may still send
EXTRA_PATHS = [("message", "note"), ("message", "links"), ("delivered_at",), ("seller", "email")]


@st.composite
def documents(draw: st.DrawFn) -> tuple[str, dict[str, Any]]:
    """An example with a few fields changed: most often hidden characters put into one of its
    strings (the document stays valid, so rendering is reached), else any value anywhere."""
    name = draw(st.sampled_from(sorted(EXAMPLE_DATA)))
    data = copy.deepcopy(EXAMPLE_DATA[name])
    places = sorted(set(paths(data)), key=repr)
    texts = [p for p in places if p[-1] in TEXT_KEYS and isinstance(get(data, p), str)]
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        hide = draw(st.integers(min_value=0, max_value=2)) > 0
        path = draw(st.sampled_from(texts if hide and texts else places + EXTRA_PATHS))
        try:
            value = sprinkle(draw, get(data, path)) if hide else draw(VALUES)
            get(data, path[:-1])[path[-1]] = value
        except (KeyError, IndexError, TypeError):  # an earlier change replaced the container
            continue
    return name, data


def get(data: Any, path: tuple[Any, ...]) -> Any:
    for key in path:
        data = data[key]
    return data


def sprinkle(draw: st.DrawFn, text: Any) -> Any:
    """`text` with hostile characters put in at a drawn place (a string only)."""
    if not isinstance(text, str):
        return text
    at = draw(st.integers(min_value=0, max_value=len(text)))
    chars = draw(st.text(st.sampled_from(HOSTILE_CHARS), min_size=1, max_size=4))
    return text[:at] + chars + text[at:]


def json_text(data: dict[str, Any], depth: int) -> str:
    """The document as a file holds it, the markers made real (5,000 digits, deep nesting)."""
    text = json.dumps(data, ensure_ascii=True)  # NaN and Infinity as Python writes them
    text = text.replace(f'"{HUGE_INT}"', "9" * 5000)
    return text.replace(f'"{DEEP}"', "[" * depth + "]" * depth)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with the examples' attachments, where generated documents are written."""
    path = tmp_path_factory.mktemp("generated")
    for attachment in EXAMPLES.iterdir():
        if attachment.suffix in (".pdf", ".png"):
            shutil.copy(attachment, path / attachment.name)
    for name in sorted(EXAMPLE_DATA)[:2]:  # warm the renderer's caches outside the deadline
        render_order(TK, load_document(EXAMPLES / name, TK.catalog), now=NOW)
    return path


def seed(name: str, *path: Any, value: Any) -> tuple[str, dict[str, Any]]:
    data = copy.deepcopy(EXAMPLE_DATA[name])
    get(data, path[:-1])[path[-1]] = value
    return name, data


@settings(
    max_examples=200,
    deadline=2000,  # ms per document: loading, rendering and every rule together
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(document=documents(), depth=st.sampled_from([40, 1000, 100_000]))
# the cases of issue 9, always tried
@example(seed("additional-information.json", "message", "question", value="Q \ud800 ?"), 40)
@example(seed("reply.json", "message", "text", value="\u202eevil \U000e0041"), 40)
@example(seed("reply.json", "order", "OrderItems", 0, "QuantityOrdered", value=HUGE_INT), 40)
@example(seed("invoice.json", "order", "OrderTotal", "Amount", value="1E+999999999"), 40)
@example(seed("reply.json", "order", "PurchaseDate", value="0001-01-01T00:00:00+14:00"), 40)
@example(seed("reply.json", "order", "BuyerInfo", "BuyerName", value=[]), 40)
@example(seed("reply.json", "message", "text", value=DEEP), 100_000)
def test_hostile_documents_are_answered(
    folder: Path, document: tuple[str, dict[str, Any]], depth: int
) -> None:
    name, data = document
    path = folder / name
    path.write_text(json_text(data, depth), encoding="utf-8")
    try:
        doc = load_document(path, TK.catalog)
        outcome = render_order(TK, doc, now=NOW)
    except InputError as err:
        assert err.source and str(path) in str(err)  # it names the file
        event("input error")
        return
    message = outcome.message
    event("refused" if outcome.refused else "rendered")
    if message is not None:  # rendered (refused or not): never cut short
        assert message.text.rstrip().endswith(doc.order.id), message.text[-300:]
        assert message.html.rstrip().endswith("</html>")
        assert doc.order.id in message.subject or outcome.refused
