"""The render pipeline: every type in every shipped locale, compliant by construction."""

from __future__ import annotations

import copy
import json
import re
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from conftest import EXAMPLES, NOW, bundled_examples, shared_examples

from toolkit import dom
from toolkit.freshness import EVERY_USE, LOOK_EVERY, NEVER_AGAIN, Freshness
from toolkit.model import Severity
from toolkit.orders import load_document, parse_document
from toolkit.pipeline import Outcome, Toolkit, render_order

BUYER_LOCALE = {
    "nl": "nl-NL", "en": "en-GB", "en_US": "en-US", "de": "de-DE", "fr": "fr-FR",
    "it": "it-IT", "es": "es-ES", "pl": "pl-PL", "sv": "sv-SE", "tr": "tr-TR",
}  # fmt: skip
CATALOGS = sorted(
    p.parent.parent.name
    for p in (Path(__file__).parent.parent / "locales").glob("*/LC_MESSAGES/messages.po")
    if p.parent.parent.name in BUYER_LOCALE
)
TYPES = [p.stem for p in bundled_examples()]
# the seller's own words, in each buyer's language (an example's free text is in one language)
SELLER_TEXT = {
    "nl": "Welke tekst wilt u op de mok laten zetten?",
    "en": "Which text would you like us to print on the mug?",
    "en_US": "Which text would you like us to print on the mug?",
    "de": "Welchen Text sollen wir auf die Tasse drucken?",
    "fr": "Quel texte souhaitez-vous faire imprimer sur la tasse ?",
    "it": "Quale testo desidera far stampare sulla tazza?",
    "es": "¿Qué texto desea que imprimamos en la taza?",
    "pl": "Jaki tekst mamy wydrukować na kubku?",
    "sv": "Vilken text vill du att vi trycker på muggen?",
    "tr": "Kupanın üzerine hangi metni basmamızı istersiniz?",
}


def in_language(data: dict[str, Any], catalog: str) -> dict[str, Any]:
    """The example with the seller's free text written in the catalog's language."""
    data = copy.deepcopy(data)
    for field in ("question", "text", "note"):
        if field in data["message"]:
            data["message"][field] = SELLER_TEXT[catalog]
    return data


def errors(outcome: Outcome) -> list[str]:
    return [f"{f.rule} {f.message}" for f in outcome.findings if f.severity is Severity.ERROR]


def render_data(tk: Toolkit, data: dict[str, Any], now: datetime = NOW, **kw: Any) -> Outcome:
    doc = parse_document(data, tk.catalog, source="test", base_dir=EXAMPLES, **kw)
    return render_order(tk, doc, now=now)


def example(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((EXAMPLES / f"{name}.json").read_text(encoding="utf-8"))
    return data


@pytest.mark.parametrize("path", shared_examples(), ids=lambda p: p.stem)
def test_shared_examples_render_and_pass(tk: Toolkit, path: Path) -> None:
    outcome = render_order(tk, load_document(path, tk.catalog), now=NOW)
    assert not outcome.refused, errors(outcome)
    assert outcome.message is not None
    assert outcome.doc.order.id in outcome.message.subject


@pytest.mark.parametrize("catalog", CATALOGS)
@pytest.mark.parametrize("type_id", TYPES)
def test_every_type_in_every_locale(tk: Toolkit, type_id: str, catalog: str) -> None:
    outcome = render_data(tk, in_language(example(type_id), catalog), locale=BUYER_LOCALE[catalog])
    assert not outcome.refused, errors(outcome)
    message = outcome.message
    assert message is not None
    order_id = outcome.doc.order.id
    assert order_id in message.subject and order_id in message.html and order_id in message.text
    assert f'lang="{catalog.split("_")[0]}"' in message.html
    assert message.text.strip() and "<" not in message.text.replace("<3", "")


def test_important_tag_only_on_critical_types(tk: Toolkit) -> None:
    for type_id in TYPES:
        outcome = render_data(tk, in_language(example(type_id), "en"), locale="en-GB")
        assert outcome.message is not None
        critical = tk.catalog.get(type_id).critical  # type: ignore[union-attr]
        assert outcome.message.subject.startswith("[Important]") == critical, type_id


def test_output_is_enforced(tk: Toolkit) -> None:
    outcome = render_data(tk, example("delivery-scheduling"), locale="en-GB")
    assert outcome.message is not None
    html = outcome.message.html
    for banned in ("font-family", "line-height", "color:", "text-align", "<style", "class="):
        assert banned not in html
    assert len(dom.font_sizes(dom.parse_html(html), tk.policy)) <= 3


def test_money_and_dates_follow_the_locale(tk: Toolkit) -> None:
    nl = render_data(tk, example("order-problem"), locale="nl-NL").message
    de = render_data(tk, example("order-problem"), locale="de-DE").message
    gb = render_data(tk, example("return-follow-up"), locale="en-GB")
    assert nl is not None and de is not None
    assert "€\xa019,95" in nl.html or "€ 19,95" in nl.html
    assert "19,95\xa0€" in de.html
    # the text part keeps the no-break space too, so the amount never breaks across lines
    assert "19,95\xa0€" in de.text and "€\xa019,95" in nl.text
    assert "\ue000" not in de.html + de.text  # the stand-in never leaks
    data = example("return-follow-up")
    data["message"] = {
        "type": "return-follow-up", "purpose": "partial-refund",
        "refund_amount": {"CurrencyCode": "GBP", "Amount": "39.99"},
    }  # fmt: skip
    gb = render_data(tk, data, locale="en-GB")
    assert gb.message is not None and "£39.99" in gb.message.html
    delay = render_data(tk, example("delivery-delay"), locale="en-GB").message
    assert delay is not None and "18 November 2026" in delay.html


def test_slots_use_the_marketplace_clock(tk: Toolkit) -> None:
    data = example("delivery-scheduling")
    data["message"]["slots"] = ["2026-11-19T07:00:00Z/2026-11-19T11:00:00Z"]  # 08:00-12:00 CET
    outcome = render_data(tk, data, locale="en-GB")
    assert outcome.message is not None
    assert re.search(r"08:00\s*[–-]\s*12:00", outcome.message.text), outcome.message.text


# --- hostile data --------------------------------------------------------------------------


def test_markup_in_buyer_name_is_escaped(tk: Toolkit) -> None:
    data = example("delivery-delay")
    data["order"]["BuyerInfo"]["BuyerName"] = (
        "<script>alert(1)</script><img src=x onerror=alert(2)>Eve"
    )
    outcome = render_data(tk, data, locale="en-GB")
    assert not outcome.refused, errors(outcome)
    assert outcome.message is not None
    root = dom.parse_html(outcome.message.html)
    assert not list(root.iter("script")) and not list(root.iter("img"))
    assert "&lt;script&gt;" in outcome.message.html


def test_emoji_and_contacts_in_order_data_are_cleaned(tk: Toolkit) -> None:
    data = example("delivery-delay")
    data["order"]["OrderItems"][0]["Title"] = "Messing-Tischleuchte 🔥✨ Bestseller :)"
    data["order"]["BuyerInfo"]["BuyerName"] = "Lukas 😀 Weber lukas@example.com"
    outcome = render_data(tk, data, locale="de-DE")
    assert not outcome.refused, errors(outcome)
    assert outcome.message is not None
    assert "Messing-Tischleuchte Bestseller" in outcome.message.html
    assert "🔥" not in outcome.message.html and "@" not in outcome.message.html


FREE_TEXT_CASES = [
    ("Schreiben Sie uns an info@schmuck.example, bitte mit Foto.", "BSM308"),
    ("Schreiben Sie uns an info [at] schmuck [punkt] de, bitte mit Foto.", "BSM308"),
    ("Rufen Sie uns an unter 030 12345678, wir helfen gern weiter.", "BSM309"),
    ("Welchen Text sollen wir gravieren? 😊", "BSM403"),
    ("Welchen Text sollen wir gravieren? :)", "BSM403"),
    ("Die Schriftarten finden Sie auf http://schmuck.example/schriften bitte.", "BSM301"),
    ("Die Schriftarten finden Sie auf https://schmuck.example/schriften bitte.", "BSM302"),
]


@pytest.mark.parametrize(
    ("text", "rule"), FREE_TEXT_CASES, ids=[c[1] + "-" + c[0][:12] for c in FREE_TEXT_CASES]
)
def test_seller_free_text_is_checked_not_cleaned(tk: Toolkit, text: str, rule: str) -> None:
    data = example("additional-information")
    data["order"]["MarketplaceId"] = "A1PA6795UKMFR9"
    data["message"]["question"] = text
    outcome = render_data(tk, data, locale="de-DE")
    assert outcome.refused
    assert rule in {f.rule for f in outcome.findings}


def test_warranty_phone_number_is_allowed(tk: Toolkit) -> None:
    data = example("reply")
    data["message"]["text"] = (
        "Die Garantie-Hotline des Herstellers erreichen Sie unter 030 12345678. "
        "Der Deckel ist spülmaschinenfest."
    )
    outcome = render_data(tk, data, locale="de-DE")
    assert "BSM309" not in {f.rule for f in outcome.findings}, errors(outcome)


def test_amazon_link_in_free_text_is_allowed(tk: Toolkit) -> None:
    data = example("reply")
    data["message"]["text"] = (
        "Die Bedienungsanleitung finden Sie auf der Produktseite: "
        "https://www.amazon.de/dp/B0EXMPL009 unter Produktinformationen."
    )
    outcome = render_data(tk, data, locale="de-DE")
    assert not {"BSM301", "BSM302"} & {f.rule for f in outcome.findings}, errors(outcome)


# --- refusals ------------------------------------------------------------------------------


def test_not_permitted_type_is_refused(tk: Toolkit) -> None:
    data = example("delivery-delay")
    data["message"] = {"type": "newsletter"}
    outcome = render_data(tk, data)
    assert outcome.refused and outcome.message is None
    assert [f.rule for f in outcome.findings] == ["BSM101"]


def test_locale_without_catalog_is_refused(tk: Toolkit) -> None:
    outcome = render_data(tk, example("delivery-delay"), locale="ja-JP")
    assert outcome.refused and outcome.message is None
    assert [f.rule for f in outcome.findings] == ["BSM104"]


def test_outside_the_window_is_refused(tk: Toolkit) -> None:
    data = example("invoice")  # delivered 2026-11-13
    late = render_data(tk, data, now=datetime.fromisoformat("2026-12-20T10:00:00+00:00"))
    assert "BSM103" in {f.rule for f in late.findings} and late.refused
    reply = example("reply")  # a reply has no window
    ok = render_data(tk, reply, now=datetime.fromisoformat("2027-03-01T10:00:00+00:00"))
    assert "BSM103" not in {f.rule for f in ok.findings}


def test_order_problem_needs_a_permitted_reason(tk: Toolkit) -> None:
    data = example("order-problem")
    data["message"]["reason"] = "Damaged"
    outcome = render_data(tk, data, locale="en-GB")
    assert outcome.refused
    assert "BSM107" in {f.rule for f in outcome.findings}


def test_important_tag_on_a_review_request_is_refused(tk: Toolkit, tmp_path: Path) -> None:
    templates = copy_templates(tmp_path)
    path = templates / "messages" / "review-request.html"
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            '{% include "partials/important.html" %}', "[Important] "
        ),
        encoding="utf-8",
    )
    tk2 = Toolkit.load(templates=templates)
    outcome = render_data(tk2, example("review-request"), locale="en-GB")
    assert outcome.message is not None and outcome.message.subject.startswith("[Important]")
    assert outcome.refused
    assert "BSM110" in {f.rule for f in outcome.findings}


def test_missing_order_number_is_refused(tk: Toolkit, tmp_path: Path) -> None:
    templates = copy_templates(tmp_path)
    for name in ("base.html", "messages/reply.html"):
        path = templates / name
        text = path.read_text(encoding="utf-8")
        text = text.replace('{{ _("Order number: %(order_id)s", order_id=order_id) }}', "")
        text = text.replace(", order_id=order_id", ', order_id="")')
        path.write_text(text.replace('order_id="")', 'order_id=""'), encoding="utf-8")
    outcome = render_data(
        Toolkit.load(templates=templates), in_language(example("reply"), "en"), locale="en-GB"
    )
    assert outcome.refused
    assert "BSM102" in {f.rule for f in outcome.findings}


def test_asking_the_buyer_to_cancel_is_refused(tk: Toolkit) -> None:
    data = example("order-problem")
    data["message"]["note"] = "Please request a cancellation of your order in your Amazon account."
    outcome = render_data(tk, data, locale="en-GB")
    assert outcome.refused
    assert "BSM108" in {f.rule for f in outcome.findings}


def test_review_request_timing_warns(tk: Toolkit) -> None:
    data = example("review-request")  # delivered 2026-11-12
    early = render_data(tk, data, now=datetime.fromisoformat("2026-11-14T10:00:00+00:00"))
    warning = [f for f in early.findings if f.rule == "BSM106"]
    assert warning and warning[0].severity is Severity.WARNING
    assert not early.refused  # a warning alone does not refuse


def test_attachment_kind_must_fit_the_type(tk: Toolkit) -> None:
    data = example("delivery-delay")
    data["message"]["attachments"] = [
        {"path": "invoice-305-1111111-2222222.pdf", "kind": "catalogue"}
    ]
    outcome = render_data(tk, data)
    assert outcome.refused and "BSM303" in {f.rule for f in outcome.findings}


# --- hostile templates: the enforcement pass makes them compliant ---------------------------


def copy_templates(tmp_path: Path) -> Path:
    import shutil

    target = tmp_path / "templates"
    shutil.copytree(Path(__file__).parent.parent / "templates", target)
    return target


def test_enforcement_rescues_a_hostile_stylesheet(tk: Toolkit, tmp_path: Path) -> None:
    templates = copy_templates(tmp_path)
    css = templates / "style.css"
    css.write_text(
        css.read_text(encoding="utf-8")
        + """
body { font-family: Georgia, serif; color: #333; line-height: 1.8; }
.message { margin: 0 auto; padding: 0 180px; text-align: center; background: #000; }
p { color: #ff6600; text-align: justify; font-size: 15px; }
.lead { font-size: 22px; }
.reference { font-size: 11px; }
li { font-size: 17px; }
""",
        encoding="utf-8",
    )
    base = templates / "base.html"
    base.write_text(
        base.read_text(encoding="utf-8").replace(
            "{% block content %}{% endblock %}",
            '<center><font face="Comic Sans MS" color="red">{% block content %}{% endblock %}'
            "</font></center><p></p><p>&nbsp;</p><br><br><br><br>"
            '<img src="https://pixel.example/open.gif?utm_source=mail" width="1" height="1" alt="">'
            "<script>alert(1)</script>",
        ),
        encoding="utf-8",
    )
    hostile = Toolkit.load(templates=templates)
    changed: set[str] = set()
    for type_id in TYPES:
        outcome = render_data(hostile, in_language(example(type_id), "en"), locale="en-GB")
        assert not outcome.refused, (type_id, errors(outcome))
        assert outcome.message is not None
        html = outcome.message.html
        for banned in ("Georgia", "#333", "#ff6600", "center", "justify", "<script", "pixel."):
            assert banned not in html, (type_id, banned)
        assert len(dom.font_sizes(dom.parse_html(html), hostile.policy)) <= 3
        changed |= {c.rule for c in outcome.changes}
    assert changed >= {
        "BSM307",
        "BSM312",
        "BSM405",
        "BSM407",
        "BSM409",
        "BSM410",
        "BSM411",
        "BSM412",
    }


def test_template_syntax_error_names_file_and_line(tk: Toolkit, tmp_path: Path) -> None:
    from toolkit.errors import InputError

    templates = copy_templates(tmp_path)
    broken = templates / "messages" / "invoice.html"
    broken.write_text(broken.read_text(encoding="utf-8") + "\n{% if %}\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"line \d+") as err:
        render_data(Toolkit.load(templates=templates), example("invoice"))
    assert "invoice.html" in str(err.value)


def test_missing_variable_is_an_error_not_blank(tk: Toolkit, tmp_path: Path) -> None:
    from toolkit.errors import InputError

    templates = copy_templates(tmp_path)
    path = templates / "messages" / "invoice.html"
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "{% endblock %}\n", "{{ no_such_thing }}{% endblock %}\n", 1
        ),
        encoding="utf-8",
    )
    with pytest.raises(InputError, match="no_such_thing"):
        render_data(Toolkit.load(templates=templates), example("invoice"))


def test_template_edits_are_picked_up_without_restart(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Toolkit that lives long (a seller's app) looks at its files again at most once in
    LOOK_EVERY seconds: the renders in between make no stat call, the first one after it
    shows the edit."""
    import os

    from conftest import PinnedClock, stat_calls

    templates, clock = copy_templates(tmp_path), PinnedClock()
    live = Toolkit.load(templates=templates, freshness=Freshness(clock=clock))
    assert live.freshness.every == LOOK_EVERY
    data = in_language(example("reply"), "en")
    first = render_data(live, data, locale="en-GB").message
    assert first is not None
    path = templates / "messages" / "reply.html"
    text = path.read_text(encoding="utf-8").replace(
        "{{ m.text|paragraphs }}", '{{ m.text|paragraphs }}<p>{{ _("Kind regards,") }} (edited)</p>'
    )
    path.write_text(text, encoding="utf-8")
    os.utime(path, (path.stat().st_atime, path.stat().st_mtime + 5))
    looked_at = stat_calls(monkeypatch)
    clock.advance(LOOK_EVERY * 0.9)
    within = render_data(live, data, locale="en-GB").message
    assert within is not None and within.html == first.html  # not looked at yet
    assert not [p for p in looked_at if p.startswith(str(templates))]
    clock.advance(LOOK_EVERY * 0.2)
    second = render_data(live, data, locale="en-GB").message
    assert second is not None and "(edited)" in second.html and "(edited)" not in first.html
    assert [p for p in looked_at if p.startswith(str(templates))]


def test_a_toolkit_that_does_not_watch_renders_its_first_look(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A batch's Toolkit (NEVER_AGAIN) takes the templates and catalogs as it first read them and
    looks at no file of them again; the preview's (EVERY_USE) sees an edit of either at the next
    render."""
    import os
    import shutil

    from conftest import edit_catalog, stat_calls

    templates, locales = copy_templates(tmp_path), tmp_path / "locales"
    shutil.copytree(Path(__file__).parent.parent / "locales", locales)
    watching = Toolkit.load(templates=templates, locales=locales, freshness=EVERY_USE)
    fixed = Toolkit.load(templates=templates, locales=locales, freshness=NEVER_AGAIN)
    assert watching.freshness.watching and not fixed.freshness.watching
    data = in_language(example("reply"), "nl")
    first = {id(tk): render_data(tk, data, locale="nl-NL").message for tk in (watching, fixed)}
    assert [tk.renderer.catalog_for("nl-BE") for tk in (watching, fixed)] == ["nl", "nl"]
    shutil.copytree(locales / "nl", locales / "nl_BE")  # a catalog of the region's own
    path = templates / "messages" / "reply.html"
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "{{ m.text|paragraphs }}", "{{ m.text|paragraphs }}<p>(edited)</p>"
        ),
        encoding="utf-8",
    )
    po = locales / "nl" / "LC_MESSAGES" / "messages.po"
    edit_catalog(po, "Kind regards,", "Hartelijke groet,")
    for edited in (path, po):
        os.utime(edited, (edited.stat().st_atime, edited.stat().st_mtime + 5))
    looked_at = stat_calls(monkeypatch)
    again = render_data(fixed, data, locale="nl-NL").message
    assert fixed.renderer.catalog_for("nl-BE") == "nl"
    assert not [p for p in looked_at if p.startswith((str(templates), str(locales)))]
    assert watching.renderer.catalog_for("nl-BE") == "nl_BE"
    assert again is not None and again == first[id(fixed)]
    edited = render_data(watching, data, locale="nl-NL").message
    old = first[id(watching)]
    assert edited is not None and old is not None
    assert "(edited)" in edited.html and "Hartelijke groet," in edited.html
    assert "(edited)" not in old.html and "Hartelijke groet," not in old.html


def test_inlining_runs_once_per_template(tk: Toolkit) -> None:
    fresh = Toolkit.load()
    loader = fresh.renderer.loader
    for _ in range(3):
        render_data(fresh, example("reply"), locale="en-GB")
        render_data(fresh, example("reply"), locale="de-DE")
    # base, reply and the partial it includes: inlined once each, whatever the locale
    assert set(loader._inlined) == {"base.html", "messages/reply.html", "partials/important.html"}


def test_now_can_be_in_the_past(tk: Toolkit) -> None:
    outcome = render_data(tk, example("invoice"), now=NOW - timedelta(days=1))
    assert "BSM103" not in {f.rule for f in outcome.findings}


def test_example_is_not_mutated(tk: Toolkit) -> None:
    data = example("reply")
    before = copy.deepcopy(data)
    render_data(tk, data)
    assert data == before
