"""The checker's invariants, as properties (hypothesis):

- every message `bsm render` emits passes `bsm check` (as .html, .eml and .txt, with and
  without its order as context);
- `bsm check --fix` output has no finding of a fixable rule left;
- fixing twice changes nothing;
- no input, however malformed, makes the checker or the fixer crash (InputError is an answer).
"""

from __future__ import annotations

import copy
import json
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

from conftest import EXAMPLES, NOW, bundled_examples
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from toolkit.errors import InputError
from toolkit.fix import fix_source
from toolkit.model import Severity
from toolkit.orders import parse_document
from toolkit.output import to_eml
from toolkit.pipeline import Toolkit, check_message, render_order
from toolkit.reader import Source, load_attachment_kinds, read_bytes
from toolkit.rules import Registry

# the seller's own words in each catalog's language (an example's free text is in one language)
LOCALES = {
    "nl-NL": "Welke tekst wilt u op de mok laten zetten?",
    "en-GB": "Which text would you like us to print on the mug?",
    "de-DE": "Welchen Text sollen wir auf die Tasse drucken?",
    "fr-FR": "Quel texte souhaitez-vous faire imprimer sur la tasse ?",
    "it-IT": "Quale testo desidera far stampare sulla tazza?",
    "es-ES": "¿Qué texto desea que imprimamos en la taza?",
    "pl-PL": "Jaki tekst mamy wydrukować na kubku?",
    "sv-SE": "Vilken text vill du att vi trycker på muggen?",
    "tr-TR": "Kupanın üzerine hangi metni basmamızı istersiniz?",
}
TYPES = [p.stem for p in bundled_examples()]
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# loaded once for the module, not as fixtures: hypothesis prints a failing case's arguments
TK = Toolkit.load()
KINDS = load_attachment_kinds()


def errors(found: list[Any]) -> list[str]:
    return [f"{f.rule} {f.message}" for f in found if f.severity is Severity.ERROR]


def fixable() -> Registry:
    return TK.registry.select([r.id for r in TK.registry.rules if r.fixable])


# --- every rendered message passes -----------------------------------------------------------

names = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=1, max_size=40
).filter(str.strip)
titles = st.one_of(
    names,
    st.sampled_from(["Toaster 2-slice 😀", "Mug <b>bold</b>", "Pan 24 cm – cast iron", "x" * 200]),
)


@st.composite
def order_documents(draw: st.DrawFn) -> dict[str, Any]:
    type_id = draw(st.sampled_from(TYPES))
    data: dict[str, Any] = json.loads((EXAMPLES / f"{type_id}.json").read_text(encoding="utf-8"))
    data = copy.deepcopy(data)
    locale = draw(st.sampled_from(sorted(LOCALES)))
    data["buyer"]["locale"] = locale
    for name in ("question", "text", "note"):
        if name in data["message"]:
            data["message"][name] = LOCALES[locale]
    data["order"]["BuyerInfo"]["BuyerName"] = draw(names)
    for item in data["order"]["OrderItems"]:
        item["Title"] = draw(titles)
        item["QuantityOrdered"] = draw(st.integers(1, 99))
    if "delivered_at" in data:  # keep the example inside its time windows
        data["delivered_at"] = (NOW - timedelta(days=draw(st.integers(6, 20)))).isoformat()
    return data


@SETTINGS
@given(data=order_documents())
def test_every_rendered_message_passes_check(data: dict[str, Any]) -> None:
    doc = parse_document(data, TK.catalog, source="hypothesis", base_dir=EXAMPLES)
    outcome = render_order(TK, doc, now=NOW)
    if outcome.refused:
        return  # nothing emitted; the render tests say why such orders are refused
    message = outcome.message
    assert message is not None
    assert not errors(check_message(TK, message, doc=doc, now=NOW))
    files = {
        "html": message.html.encode(),
        "txt": f"Subject: {message.subject}\n\n{message.text}".encode(),
        "eml": to_eml(message, outcome, NOW),
    }
    mtype = TK.catalog.get(doc.message_type)
    assert mtype is not None
    for kind, content in files.items():
        source = read_bytes(content, f"rendered.{kind}", kind, KINDS)
        assert not errors(check_message(TK, source.message)), kind
        if kind == "eml" or not mtype.attachments_required:  # .html and .txt carry no files
            typed = replace(source.message, type=message.type)  # `bsm check --type`
            assert not errors(check_message(TK, typed)), kind


# --- what --fix writes ---------------------------------------------------------------------

colours = st.sampled_from(["red", "#f60", "rgb(1,2,3)"])
lengths = st.sampled_from(["0", "4px", "12px", "30px", "130px", "1em", "25%", "2px", "300px"])
sizes = st.sampled_from(["10px", "12px", "13px", "14px", "18px", "22px", "2em", "small", "large"])
words = st.sampled_from(
    ["Your order", "302-1234567-7654321", "ships today", "Hallo", "Grüße", "merci", "😀", ":)",
     "🚚", "❤️", ";-)", "<3", "1️⃣", "™", "–", "&amp;", "&nbsp;"]
)  # fmt: skip


@st.composite
def styles(draw: st.DrawFn) -> str:
    decls = draw(
        st.lists(
            st.one_of(
                st.builds("color: {}".format, colours),
                st.builds("font-family: {}".format, st.sampled_from(["Arial", "'A B', serif"])),
                st.builds("line-height: {}".format, st.sampled_from(["1.5", "20px"])),
                st.builds("text-align: {}".format, st.sampled_from(["center", "right", "left"])),
                st.builds("margin: 0 {}".format, lengths),
                st.builds("padding-left: {}".format, lengths),
                st.builds("font-size: {}".format, sizes),
                st.builds("font: bold {} Arial".format, sizes),
                st.builds("background: {}".format, colours),
                st.just("display: none"),
            ),
            max_size=4,
        )
    )
    return "; ".join(decls)


@st.composite
def elements(draw: st.DrawFn, depth: int = 0) -> str:
    text = " ".join(draw(st.lists(words, min_size=1, max_size=5)))
    tag = draw(st.sampled_from(["p", "div", "span", "td-table", "center", "font", "h1", "h3"]))
    style = draw(styles())
    attrs = f' style="{style}"' if style else ""
    attrs += draw(st.sampled_from(["", ' align="center"', ' onclick="x()"', ' color="red"']))
    inner = text
    if depth < 2 and draw(st.booleans()):
        inner += draw(elements(depth + 1))
    if draw(st.booleans()):
        inner += "<br>" * draw(st.integers(1, 5))
    if tag == "td-table":
        return f"<table{attrs}><tr><td{attrs}>{inner}</td></tr></table>"
    if tag == "font":
        return f'<font face="Arial" size="{draw(st.integers(1, 7))}">{inner}</font>'
    return f"<{tag}{attrs}>{inner}</{tag}>"


@st.composite
def images(draw: st.DrawFn) -> str:
    src = draw(
        st.sampled_from(
            ["cid:logo", "https://cdn.example/open.gif?utm_source=x", "https://t.example/pixel",
             "http://cdn.example/a.png", "img/x.png"]
        )
    )  # fmt: skip
    width = draw(
        st.sampled_from(["", ' width="1"', ' width="600"', ' width="100%"', ' width="50"'])
    )
    style = draw(st.sampled_from(["", ' style="width: 700px"', ' style="display:none"']))
    return f'<img src="{src}" alt="Logo"{width}{style}>'


@st.composite
def html_messages(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.one_of(elements(), images()), min_size=1, max_size=6))
    parts += ["<p></p>", "<p>&nbsp;</p>"] * draw(st.integers(0, 3))
    head = ""
    if draw(st.booleans()):
        head = "<style>p { color: red; font-family: Arial } .x { font-size: 30px }</style>"
    script = draw(st.sampled_from(["", "<script>track()</script>", '<iframe src="x"></iframe>']))
    title = draw(st.sampled_from(["Order 302-1234567-7654321", "Hi 😀", ""]))
    body = "".join(draw(st.permutations(parts))) + script
    return f"<html><head><title>{title}</title>{head}</head><body>{body}</body></html>"


def html_source(html: str) -> Source:
    return read_bytes(html.encode(), "generated.html", "html", KINDS)


@SETTINGS
@given(html=html_messages())
def test_fix_leaves_no_fixable_finding(html: str) -> None:
    fixed = fix_source(html_source(html), TK.policy, TK.detectors, KINDS)
    left = check_message(TK, fixed.source.message, registry=fixable())
    assert not left, [f"{f.rule} {f.message}" for f in left]


@SETTINGS
@given(html=html_messages())
def test_fixing_twice_changes_nothing(html: str) -> None:
    once = fix_source(html_source(html), TK.policy, TK.detectors, KINDS)
    twice = fix_source(once.source, TK.policy, TK.detectors, KINDS)
    assert twice.content == once.content
    assert not twice.changes


@SETTINGS
@given(
    text=st.text(st.characters(exclude_characters="\x00", exclude_categories=["Cs"]), max_size=300),
    extra=st.sampled_from(["", "\n\n\n\n", "\r\n\r\n\r\n", "\r\n \r\n\u2028", " :) 😀 "]),
)
def test_fix_text_parts(text: str, extra: str) -> None:
    source = read_bytes((text + extra + text).encode(), "m.txt", "txt", KINDS)
    once = fix_source(source, TK.policy, TK.detectors, KINDS)
    assert not check_message(TK, once.source.message, registry=fixable())
    assert fix_source(once.source, TK.policy, TK.detectors, KINDS).content == once.content


# --- nothing crashes -----------------------------------------------------------------------

markup = st.lists(
    st.one_of(
        st.text(max_size=20),
        st.sampled_from(
            [
                "<",
                ">",
                "</",
                "<p",
                "<img src=",
                '"',
                "'",
                "<a href=http://[x>",
                "&#0;",
                "&#xD800;",
                "<style>",
                "</style>",
                "{color:",
                "<!--",
                "-->",
                "<![CDATA[",
                "<svg><script>",
                "<table><td>",
                'style="font:',
                "url(",
                "\x00",
                "\ud7ff",
                "<br>" * 5,
                "mailto:",
                "cid:",
                "data:image/gif;base64,R0lGOD",
                ":)",
                "😀",
                "302-1234567-7654321",
                "+31 20 123 4567",
                "naam [at] winkel [punt] nl",
                "<meta charset=x-unknown>",
            ]
        ),
    ),
    max_size=30,
).map("".join)


def check_and_fix(data: bytes, kind: str) -> None:
    try:
        source = read_bytes(data, f"fuzz.{kind}", kind, KINDS)
    except InputError:
        return  # a clear answer: exit 2
    check_message(TK, source.message, image_bytes=dict(source.image_bytes))
    fixed = fix_source(source, TK.policy, TK.detectors, KINDS)
    check_message(TK, fixed.source.message)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=markup, kind=st.sampled_from(["html", "txt", "eml"]))
def test_malformed_markup_never_crashes(text: str, kind: str) -> None:
    check_and_fix(text.encode("utf-8", "surrogatepass"), kind)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=400), kind=st.sampled_from(["html", "txt", "eml"]))
def test_arbitrary_bytes_never_crash(data: bytes, kind: str) -> None:
    check_and_fix(data, kind)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    headers=st.lists(
        st.sampled_from(
            [
                "Subject: =?utf-8?b?w7w=?=",
                "Subject: =?bogus?q?x?=",
                "Content-Type: multipart/mixed",
                'Content-Type: multipart/mixed; boundary="b"',
                "Content-Type: text/html; charset=nope",
                "Content-Transfer-Encoding: base64",
                "Content-Transfer-Encoding: quoted-printable",
                "Content-ID: <>",
                "Content-Disposition: attachment; filename*=x''%ZZ",
                "MIME-Version: 1.0",
                "Content-Type: image/gif",
                "From: <<>>",
            ]
        ),
        max_size=6,
    ),
    body=markup,
)
def test_malformed_mime_never_crashes(headers: list[str], body: str) -> None:
    raw = (
        "\r\n".join(headers) + "\r\n\r\n--b\r\nContent-Type: text/html\r\n\r\n" + body + "\r\n--b--"
    )
    check_and_fix(raw.encode("utf-8", "surrogatepass"), "eml")


def test_local_image_paths_never_crash(tmp_path: Path) -> None:
    page = tmp_path / "m.html"
    (tmp_path / "dir.png").mkdir()
    page.write_text(
        f'<img src="{"a" * 5000}.png"><img src="../../etc/passwd"><img src="dir.png">'
        '<img src="%00.png"><img src="x.png?a=1#b"><img src="">'
    )
    source = read_bytes(page.read_bytes(), str(page), "html", KINDS, file=page)
    assert source.image_bytes == {}
    check_message(TK, source.message, image_bytes=dict(source.image_bytes))
