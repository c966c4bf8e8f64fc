"""Messages a native speaker would send: the wording of every language, through the real pipeline.

Each test renders a real order (an example from examples/, copied and changed) with this
checkout's templates and catalogs, and reads the message as the buyer gets it.
"""

from __future__ import annotations

import copy
import json
import re
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from babel.dates import format_date
from conftest import EXAMPLES, NOW, ROOT
from test_render import BUYER_LOCALE, in_language

from toolkit import dom
from toolkit.errors import InputError
from toolkit.i18n import CatalogStore, parse_locale
from toolkit.i18n.wording import load_wording
from toolkit.model import Message, Severity
from toolkit.orders import parse_document
from toolkit.pipeline import Toolkit, check_message, render_order
from toolkit.render import fold_spaces
from toolkit.text import plain_text

LANGUAGES = sorted(BUYER_LOCALE)
REVIEW_URL = "https://www.amazon.de/review/create-review?asin=B0EXMPL005"


@pytest.fixture(scope="module")
def tk() -> Toolkit:
    return Toolkit.load(templates=ROOT / "templates", locales=ROOT / "locales")


def example(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((EXAMPLES / f"{name}.json").read_text(encoding="utf-8"))
    return data


def render(tk: Toolkit, data: dict[str, Any], catalog: str) -> Message:
    """The message as the buyer gets it; it must pass every check (no error finding)."""
    doc = parse_document(
        in_language(data, catalog), tk.catalog, source="test", base_dir=EXAMPLES,
        locale=BUYER_LOCALE[catalog],
    )  # fmt: skip
    outcome = render_order(tk, doc, now=NOW)
    assert outcome.message is not None, [f.message for f in outcome.findings]
    errors = [f"{f.rule} {f.message}" for f in outcome.findings if f.severity is Severity.ERROR]
    assert errors == []
    # `bsm check` on the message as sent finds what the render found
    again = check_message(tk, outcome.message, doc=doc, now=NOW)
    assert [f.rule for f in again if f.severity is Severity.ERROR] == []
    return outcome.message


def one_line(text: str) -> str:
    """The text on one line; no-break spaces stay what they are."""
    return fold_spaces(text)


# --- order-problem: several items, and a problem with part of the order ------------------------


def three_items(reason: str = "NoInventory") -> dict[str, Any]:
    data = example("order-problem")
    data["order"]["OrderItems"] += [
        {"ASIN": "B0EXMPL0X2", "SellerSKU": "PLATE-02", "Title": "Ontbijtbord",
         "QuantityOrdered": 2},
        {"ASIN": "B0EXMPL0X3", "SellerSKU": "BOWL-03", "Title": "Soepkom", "QuantityOrdered": 1},
    ]  # fmt: skip
    data["message"]["reason"] = reason
    return data


# what the sentences after the introduction say when several items cannot ship
NO_STOCK_PLURAL = {
    "nl": "De artikelen zijn niet meer op voorraad.",
    "en": "The items are no longer in stock.",
    "en_US": "The items are no longer in stock.",
    "de": "Die Artikel sind nicht mehr vorrätig.",
    "fr": "Ces articles ne sont plus en stock.",
    "it": "Gli articoli non sono più disponibili in magazzino.",
    "es": "Ya no quedan existencias de estos artículos.",
    "pl": "Produkty nie są już dostępne w magazynie.",
    "sv": "Varorna finns inte längre i lager.",
    "tr": "Ürünler artık stokta bulunmamaktadır.",
}
NOT_CHARGED_PLURAL = {
    "nl": "Deze artikelen worden niet bij u in rekening gebracht.",
    "en": "You will not be charged for these items.",
    "en_US": "You will not be charged for these items.",
    "de": "Diese Artikel werden Ihnen nicht berechnet.",
    "fr": "Ces articles ne vous seront pas facturés.",
    "it": "Questi articoli non Le verranno addebitati.",
    "es": "No se le cobrarán estos artículos.",
    "pl": "Opłata za te produkty nie zostanie pobrana.",
    "sv": "Du debiteras inte för de här varorna.",
    "tr": "Bu ürünler için sizden ücret alınmayacaktır.",
}
PARTIAL_SUBJECT = {
    "nl": "Een deel van uw bestelling 305-1111111-2222222 kan niet worden verzonden",
    "en": "Part of your order 305-1111111-2222222 cannot be shipped",
    "en_US": "Part of your order 305-1111111-2222222 cannot be shipped",
    "de": "Ein Teil Ihrer Bestellung 305-1111111-2222222 kann nicht versandt werden",
    "fr": "Une partie de votre commande 305-1111111-2222222 ne peut pas être expédiée",
    "it": "Una parte del Suo ordine 305-1111111-2222222 non può essere spedita",
    "es": "Una parte de su pedido 305-1111111-2222222 no se puede enviar",
    "pl": "Część zamówienia nr 305-1111111-2222222 nie może zostać wysłana",
    "sv": "En del av din beställning 305-1111111-2222222 kan inte skickas",
    "tr": "305-1111111-2222222 numaralı siparişinizin bir kısmı kargoya verilemiyor",
}
REFUND = "If you have already paid, the amount will be refunded to your original payment method."
PLURAL_OF = {  # the template's msgids: singular -> plural
    "The item is no longer in stock.": "The items are no longer in stock.",
    "We are unable to ship the item to your address.": (
        "We are unable to ship the items to your address."
    ),
    f"You will not be charged for this item. {REFUND}": (
        f"You will not be charged for these items. {REFUND}"
    ),
}
SINGULAR = tuple(PLURAL_OF)


def sentence(catalog: str, msgid: str, count: int) -> str:
    """The buyer's catalog's form of a template sentence for `count` items."""
    translations = CatalogStore(ROOT / "locales").translations(catalog)
    return translations.ngettext(msgid, PLURAL_OF[msgid], count)


@pytest.mark.parametrize("catalog", LANGUAGES)
def test_several_items_every_sentence_agrees(tk: Toolkit, catalog: str) -> None:
    for reason, msgid in (("NoInventory", SINGULAR[0]), ("CouldNotShip", SINGULAR[1])):
        message = render(tk, three_items(reason), catalog)
        text = one_line(message.text)
        for said in (msgid, SINGULAR[2]):
            assert one_line(sentence(catalog, said, 3)) in text, (reason, said)
            assert one_line(sentence(catalog, said, 1)) not in text, (reason, said)
    text = one_line(render(tk, three_items(), catalog).text)
    assert NO_STOCK_PLURAL[catalog] in text and NOT_CHARGED_PLURAL[catalog] in text
    # the whole order: the whole-order subject, and all three items listed
    whole = render(tk, three_items(), catalog)
    assert PARTIAL_SUBJECT[catalog] not in whole.subject
    assert all(title in whole.text for title in ("Keramische mok", "Ontbijtbord", "Soepkom"))


@pytest.mark.parametrize("catalog", LANGUAGES)
def test_a_partial_problem_names_its_items_and_says_so(tk: Toolkit, catalog: str) -> None:
    data = three_items()
    data["message"]["items"] = ["PLATE-02", "B0EXMPL0X3"]  # a SKU and an ASIN
    message = render(tk, data, catalog)
    assert PARTIAL_SUBJECT[catalog] in message.subject
    assert "Ontbijtbord" in message.text and "Soepkom" in message.text
    assert "Keramische mok" not in message.text  # it ships
    assert NO_STOCK_PLURAL[catalog] in one_line(message.text)
    # one item of three: every sentence in the singular again
    data["message"]["items"] = ["BOWL-03"]
    one = one_line(render(tk, data, catalog).text)
    assert one_line(sentence(catalog, SINGULAR[0], 1)) in one
    assert NO_STOCK_PLURAL[catalog] not in one and NOT_CHARGED_PLURAL[catalog] not in one


def test_the_rest_of_the_order_ships_only_in_a_partial_problem(tk: Toolkit) -> None:
    rest = "We will ship the rest of your order as planned."
    assert rest not in render(tk, three_items(), "en").text
    data = three_items()
    data["message"]["items"] = ["MUG-NAME-01"]
    message = render(tk, data, "en")
    assert rest in message.text
    assert "Unfortunately we cannot ship the following item from your order" in message.text
    # naming every item is the whole order
    data["message"]["items"] = ["MUG-NAME-01", "PLATE-02", "BOWL-03"]
    whole = render(tk, data, "en")
    assert rest not in whole.text and "Part of your order" not in whole.subject


@pytest.mark.parametrize(
    ("items", "field", "problem"),
    [
        (["PLATE-02", "NO-SUCH-SKU"], "message.items[1]", "neither an ASIN nor a SKU"),
        (["PLATE-02", "B0EXMPL0X2"], "message.items[1]", "same item as message.items[0]"),
        (["BOWL-03", "BOWL-03"], "message.items[1]", "listed twice"),
        (["BOWL-03", 7], "message.items[1]", "expected a string"),
        (["-"], "message.items[0]", "neither an ASIN nor a SKU"),  # an item without a SKU
        ([], "message.items", "non-empty list"),
        ("BOWL-03", "message.items", "non-empty list"),
    ],
)
def test_message_items_must_be_the_orders(
    tk: Toolkit, items: Any, field: str, problem: str
) -> None:
    data = three_items()
    data["order"]["OrderItems"][0].pop("SellerSKU")  # "-" stands for no SKU: never a reference
    data["message"]["items"] = items
    with pytest.raises(InputError) as caught:
        parse_document(data, tk.catalog, source="order.json", base_dir=EXAMPLES)
    assert caught.value.field == field
    assert problem in str(caught.value)


def test_a_wrong_item_exits_2_naming_the_field(tmp_path: Path) -> None:
    data = three_items()
    data["message"]["items"] = ["B0EXMPL0X2", "B0NOTINORDER"]
    order = tmp_path / "order.json"
    order.write_text(json.dumps(data), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "toolkit.cli", "render", str(order), "--now", "2026-11-20T12:00Z"],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )  # fmt: skip
    assert result.returncode == 2, result.stdout
    assert "message.items[1]" in result.stderr and str(order) in result.stderr
    assert "B0NOTINORDER" in result.stderr and "Traceback" not in result.stderr


# --- slots: one offered, past midnight, each language's clock -------------------------------------

CONFIRM_ONE = {
    "delivery-scheduling": {
        "nl": "Graag ontvangen wij uw bevestiging als reactie op dit bericht, of laat u ons weten "
        "als u een ander bezorgmoment wenst.",
        "en": "Please reply to this message to confirm this delivery window or to ask for a "
        "different one.",
        "de": "Bitte antworten Sie auf diese Nachricht, um das Lieferzeitfenster zu bestätigen "
        "oder uns mitzuteilen, dass Sie ein anderes wünschen.",
        "fr": "Veuillez répondre à ce message pour confirmer ce créneau de livraison ou pour en "
        "demander un autre.",
        "it": "La preghiamo di rispondere a questo messaggio per confermare questa fascia oraria "
        "di consegna o per richiederne un'altra.",
        "es": "Le rogamos que responda a este mensaje para confirmar esta franja horaria de "
        "entrega o para solicitar otra.",
        "pl": "Prosimy o odpowiedź na tę wiadomość z potwierdzeniem tego terminu dostawy lub z "
        "prośbą o inny termin.",
        "sv": "Svara på det här meddelandet för att bekräfta leveranstiden eller för att be om "
        "en annan.",
        "tr": "Lütfen bu teslimat zaman aralığını onaylamak veya başka bir zaman aralığı talep "
        "etmek için bu mesajı yanıtlayın.",
    },
    "home-service-appointment": {
        "nl": "Graag ontvangen wij uw bevestiging als reactie op dit bericht, of laat u ons weten "
        "als u een ander tijdvak wenst.",
        "en": "Please reply to this message to confirm this appointment or to ask for a "
        "different time.",
        "de": "Bitte antworten Sie auf diese Nachricht, um den Termin zu bestätigen oder uns "
        "mitzuteilen, dass Sie einen anderen wünschen.",
        "fr": "Veuillez répondre à ce message pour confirmer ce rendez-vous ou pour demander un "
        "autre horaire.",
        "it": "La preghiamo di rispondere a questo messaggio per confermare questo appuntamento "
        "o per richiedere un altro orario.",
        "es": "Le rogamos que responda a este mensaje para confirmar esta cita o para solicitar "
        "otro horario.",
        "pl": "Prosimy o odpowiedź na tę wiadomość z potwierdzeniem tego terminu lub z prośbą o "
        "inny termin.",
        "sv": "Svara på det här meddelandet för att bekräfta tiden eller för att be om en annan.",
        "tr": "Lütfen bu randevuyu onaylamak veya başka bir randevu zamanı talep etmek için bu "
        "mesajı yanıtlayın.",
    },
}
CHOOSE = "Please reply to this message with your choice."


def with_slots(type_id: str, *slots: str) -> dict[str, Any]:
    data = example(type_id)
    data["message"]["slots"] = list(slots)
    return data


MORNING = "2026-11-19T08:00:00+01:00/2026-11-19T12:00:00+01:00"
AFTERNOON = "2026-11-20T13:00:00+01:00/2026-11-20T17:00:00+01:00"


@pytest.mark.parametrize("type_id", sorted(CONFIRM_ONE))
@pytest.mark.parametrize("catalog", LANGUAGES)
def test_one_slot_is_confirmed_several_are_chosen(tk: Toolkit, catalog: str, type_id: str) -> None:
    translations = CatalogStore(ROOT / "locales").translations(catalog)
    confirm = CONFIRM_ONE[type_id].get(catalog) or CONFIRM_ONE[type_id]["en"]
    choose = one_line(translations.gettext(CHOOSE))
    one = one_line(render(tk, with_slots(type_id, MORNING), catalog).text)
    assert confirm in one and choose not in one
    several = one_line(render(tk, with_slots(type_id, MORNING, AFTERNOON), catalog).text)
    assert choose in several and confirm not in several


# one slot the same day, one past midnight: the same style, the full date and hh:mm at both ends
SAME_DAY = {
    "nl": "donderdag 19 november 2026, 08:00–12:00 uur",
    "en": "Thursday, 19 November 2026, 08:00–12:00",
    "en_US": "Thursday, November 19, 2026, 8:00\u202fAM – 12:00\u202fPM",
    "de": "Donnerstag, 19. November 2026, 08:00–12:00 Uhr",
    "fr": "jeudi 19 novembre 2026 de 8\xa0h à 12\xa0h",
    "it": "giovedì 19 novembre 2026, dalle 8:00 alle 12:00",
    "es": "jueves, 19 de noviembre de 2026, de 8:00 a 12:00",
    "pl": "czwartek, 19 listopada 2026, godz. 08:00–12:00",
    "sv": "torsdag 19 november 2026 kl. 08:00–12:00",
    "tr": "19 Kasım 2026 Perşembe, saat 08:00–12:00",
}
PAST_MIDNIGHT = {
    "nl": "vrijdag 27 november 2026, 20:00 uur – zaterdag 28 november 2026, 02:00 uur",
    "en": "Friday, 27 November 2026, 20:00 – Saturday, 28 November 2026, 02:00",
    "en_US": "Friday, November 27, 2026, 8:00\u202fPM – Saturday, November 28, 2026, 2:00\u202fAM",
    "de": "Freitag, 27. November 2026, 20:00 Uhr – Samstag, 28. November 2026, 02:00 Uhr",
    "fr": "du vendredi 27 novembre 2026 à 20\xa0h au samedi 28 novembre 2026 à 2\xa0h",
    "it": "dalle 20:00 di venerdì 27 novembre 2026 alle 2:00 di sabato 28 novembre 2026",
    "es": "del viernes, 27 de noviembre de 2026, a las 20:00, al sábado, 28 de noviembre de "
    "2026, a las 2:00",
    "pl": "piątek, 27 listopada 2026, godz. 20:00 – sobota, 28 listopada 2026, godz. 02:00",
    "sv": "fredag 27 november 2026 kl. 20:00 – lördag 28 november 2026 kl. 02:00",
    "tr": "27 Kasım 2026 Cuma, saat 20:00 – 28 Kasım 2026 Cumartesi, saat 02:00",
}
LATE = "2026-11-27T20:00:00+01:00/2026-11-28T02:00:00+01:00"


def slot_lines(message: Message) -> list[str]:
    return [
        line.strip()[2:] for line in message.text.splitlines() if "2026" in line and "*" in line
    ]


@pytest.mark.parametrize("catalog", LANGUAGES)
def test_a_slot_past_midnight_has_the_style_of_the_others(tk: Toolkit, catalog: str) -> None:
    message = render(tk, with_slots("delivery-scheduling", MORNING, LATE), catalog)
    assert slot_lines(message) == [SAME_DAY[catalog], PAST_MIDNIGHT[catalog]]
    assert not re.search(r"\d:\d\d:\d\d", message.text)  # never seconds
    locale = parse_locale(BUYER_LOCALE[catalog])
    for day in ("2026-11-27", "2026-11-28"):  # both ends carry the full date
        full = format_date(date.fromisoformat(day), "full", locale=locale)
        assert full in message.text


@pytest.mark.parametrize("catalog", LANGUAGES)
def test_each_language_writes_its_own_time_range(tk: Toolkit, catalog: str) -> None:
    message = render(tk, with_slots("home-service-appointment", MORNING), catalog)
    assert slot_lines(message) == [SAME_DAY[catalog]]


def test_the_us_clock_has_twelve_hours_and_the_british_twenty_four(tk: Toolkit) -> None:
    us = render(tk, with_slots("delivery-scheduling", AFTERNOON), "en_US").text
    assert "1:00\u202fPM – 5:00\u202fPM" in us and "13:00" not in us
    gb = render(tk, with_slots("delivery-scheduling", AFTERNOON), "en").text
    assert "13:00–17:00" in gb and "PM" not in gb


@pytest.mark.parametrize(
    ("catalog", "slot", "shown"),
    [
        ("fr", "2026-11-19T08:30:00+01:00/2026-11-19T12:00:00+01:00", "de 8\xa0h\xa030 à 12\xa0h"),
        ("it", "2026-11-19T01:00:00+01:00/2026-11-19T03:00:00+01:00", "dall'1:00 alle 3:00"),
        ("it", "2026-11-19T10:00:00+01:00/2026-11-19T13:00:00+01:00", "dalle 10:00 alle 13:00"),
        ("es", "2026-11-18T22:00:00+01:00/2026-11-19T01:00:00+01:00", "a la 1:00"),
    ],
)
def test_minutes_and_elisions_as_the_language_writes_them(
    tk: Toolkit, catalog: str, slot: str, shown: str
) -> None:
    assert shown in render(tk, with_slots("delivery-scheduling", slot), catalog).text


# --- product titles, item lines, links ------------------------------------------------------------

REVIEW_LINK = {
    "nl": "Schrijf een recensie over “Gusseisenpfanne 24 cm” op Amazon",
    "en": "Write a review of “Gusseisenpfanne 24 cm” on Amazon",
    "en_US": "Write a review of “Gusseisenpfanne 24 cm” on Amazon",
    "de": "Rezension zu „Gusseisenpfanne 24 cm“ auf Amazon schreiben",
    "fr": "Rédiger un commentaire pour «\xa0Gusseisenpfanne 24 cm\xa0» sur Amazon",
    "it": "Scriva una recensione di «Gusseisenpfanne 24 cm» su Amazon",
    "es": "Escribir una opinión sobre «Gusseisenpfanne 24 cm» en Amazon",
    "pl": "Recenzję produktu „Gusseisenpfanne 24 cm” można napisać w serwisie Amazon",
    "sv": "Skriv en recension av ”Gusseisenpfanne 24 cm” på Amazon",
    "tr": "“Gusseisenpfanne 24 cm” için Amazon'da değerlendirme yazın",
}


@pytest.mark.parametrize("catalog", LANGUAGES)
def test_a_title_inside_a_sentence_is_quoted(tk: Toolkit, catalog: str) -> None:
    message = render(tk, example("review-request"), catalog)
    assert f">{REVIEW_LINK[catalog]}</a>" in message.html
    assert REVIEW_LINK[catalog] in message.text


@pytest.mark.parametrize("catalog", LANGUAGES)
def test_plain_text_links_read_text_then_address(tk: Toolkit, catalog: str) -> None:
    text = render(tk, example("review-request"), catalog).text
    colon = "\xa0:" if catalog == "fr" else ":"
    assert f"{REVIEW_LINK[catalog]}{colon} {REVIEW_URL}" in text
    assert "](" not in text and "[" + REVIEW_LINK[catalog][:5] not in text


def test_a_sellers_link_reads_the_same(tk: Toolkit) -> None:
    data = example("review-request")
    data["message"]["links"] = [
        {"text": "Our assembly guide", "url": "https://www.amazon.de/gp/help/customer/display.html"}
    ]
    text = render(tk, data, "en").text
    assert "Our assembly guide: https://www.amazon.de/gp/help/customer/display.html" in text


def test_plain_text_keeps_lists_and_no_break_spaces_and_writes_an_address_once(
    tk: Toolkit,
) -> None:
    html = (
        '<html><body><p>See <a href="https://www.amazon.de/x">https://www.amazon.de/x</a>.</p>'
        '<ul><li>19,95\xa0€</li></ul><p><a href="https://www.amazon.de/y">Guide</a></p>'
        "</body></html>"
    )
    text = plain_text(dom.parse_html(html), colon="\xa0:")
    assert (
        text
        == "See https://www.amazon.de/x.\n\n  * 19,95\xa0€\n\nGuide\xa0: https://www.amazon.de/y\n"
    )


def test_an_item_line_shows_a_quantity_only_above_one(tk: Toolkit) -> None:
    data = three_items()
    lines = [line.strip() for line in render(tk, data, "en").text.splitlines()]
    assert "* Keramische mok met naam" in lines and "* Soepkom" in lines
    assert "* 2 × Ontbijtbord" in lines
    assert not any("1 ×" in line for line in lines)


# --- greetings ------------------------------------------------------------------------------------

GREETING = {  # (with the buyer's name, without it): one register
    "nl": ("Beste Lukas Weber,", "Beste klant,"),
    "en": ("Dear Lukas Weber,", "Dear Customer,"),
    "en_US": ("Dear Lukas Weber,", "Dear Customer,"),
    "de": ("Guten Tag Lukas Weber,", "Guten Tag,"),
    "fr": ("Bonjour Lukas Weber,", "Bonjour,"),
    "it": ("Gentile Lukas Weber,", "Gentile cliente,"),
    "es": ("Buenos días, Lukas Weber:", "Buenos días:"),
    "pl": ("Dzień dobry,", "Dzień dobry,"),  # a bare name would need the vocative
    "sv": ("Hej Lukas Weber!", "Hej!"),
    "tr": ("Sayın Lukas Weber,", "Değerli müşterimiz,"),
}


@pytest.mark.parametrize("catalog", LANGUAGES)
def test_the_greeting_keeps_its_register_with_and_without_a_name(tk: Toolkit, catalog: str) -> None:
    named, anonymous = GREETING[catalog]
    data = example("delivery-delay")
    assert data["order"]["BuyerInfo"]["BuyerName"] == "Lukas Weber"
    assert render(tk, data, catalog).text.splitlines()[0] == named
    nameless = copy.deepcopy(data)
    del nameless["order"]["BuyerInfo"]["BuyerName"]
    assert render(tk, nameless, catalog).text.splitlines()[0] == anonymous


def test_polish_never_puts_a_bare_name_after_the_greeting(tk: Toolkit) -> None:
    message = render(tk, example("delivery-delay"), "pl")
    assert "Lukas Weber" not in message.text and "Lukas Weber" not in message.html


# --- subjects -------------------------------------------------------------------------------------


def test_the_french_subject_keeps_its_no_break_space(tk: Toolkit) -> None:
    subject = render(tk, example("reply"), "fr").subject
    assert subject.startswith("Re\xa0: votre question concernant la commande ")
    assert "Re :" not in subject


def test_subjects_fold_ordinary_white_space_only() -> None:
    assert fold_spaces("  [Important]\n  Re\xa0:\tvotre  question\u202f! ") == (
        "[Important] Re\xa0: votre question\u202f!"
    )


# --- per language ---------------------------------------------------------------------------------

REDUCED = {
    "nl": "Wij hebben het bedrag van uw bestelling met €\xa019,95 verlaagd.",
    "en": "We have reduced the amount of your order by €19.95.",
    "en_US": "We have reduced the amount of your order by €19.95.",
    "de": "Wir haben den Betrag Ihrer Bestellung um 19,95\xa0€ reduziert.",
    "fr": "Nous avons réduit le montant de votre commande de 19,95\xa0€.",
    "it": "Abbiamo ridotto l'importo del Suo ordine di 19,95\xa0€.",
    "es": "Hemos reducido el importe de su pedido en 19,95\xa0€.",
    "pl": "Kwota zamówienia została obniżona o 19,95\xa0€.",
    "sv": "Vi har sänkt beloppet för din beställning med 19,95\xa0€.",
    "tr": "Sipariş tutarınızı €19,95 düşürdük.",
}


@pytest.mark.parametrize("catalog", LANGUAGES)
def test_the_amount_went_down_and_the_message_says_so(tk: Toolkit, catalog: str) -> None:
    assert REDUCED[catalog] in one_line(render(tk, example("order-problem"), catalog).text)


def test_turkish_lira_as_turkish_retail_writes_it(tk: Toolkit) -> None:
    data = example("order-problem")
    data["message"]["adjusted_amount"] = {"CurrencyCode": "TRY", "Amount": "698.25"}
    text = render(tk, data, "tr").text
    assert "Sipariş tutarınızı 698,25\xa0TL düşürdük." in text and "₺" not in text


@pytest.mark.parametrize(
    ("catalog", "type_id", "said", "not_said"),
    [
        ("it", "delivery-delay", "Prevediamo ora di spedirlo il 18 novembre 2026.", "in data"),
        ("it", "delivery-delay", "Dovrebbe riceverlo entro il 20 novembre 2026.", "al più tardi"),
        ("fr", "additional-information", "Veuillez répondre directement à ce message.",
         "en répondant"),
        ("nl", "home-service-appointment", "Graag horen wij of dit tijdvak u schikt:", "tijdstip"),
        ("es", "delivery-delay", "Buenos días, Lukas Weber:", "Estimado"),
        ("pl", "review-request", "można napisać w serwisie Amazon", "Napisz"),
        ("en", "delivery-scheduling", "contains a large item that Transport Noord", "is a large"),
        ("en_US", "delivery-scheduling", "contains a large item that Transport", "is a large"),
    ],
)  # fmt: skip
def test_per_language_wording(
    tk: Toolkit, catalog: str, type_id: str, said: str, not_said: str
) -> None:
    text = one_line(render(tk, example(type_id), catalog).text)
    assert said in text and not_said not in text


# --- the table itself -----------------------------------------------------------------------------


def test_every_shipped_language_has_its_forms() -> None:
    table = load_wording()
    for tag in BUYER_LOCALE.values():
        forms = table.for_locale(parse_locale(tag))
        assert forms.slot.count("{start}") == 1 and forms.slot_days.count("{end_date}") == 1
    assert table.for_locale(parse_locale("en-US")).quotes == ("“", "”")
    assert table.for_locale(parse_locale("de-AT")).quotes == ("„", "“")  # a language's region


def test_a_broken_table_fails_when_loaded_naming_the_section(tmp_path: Path) -> None:
    bundled = (ROOT / "toolkit" / "data" / "wording.toml").read_text(encoding="utf-8")
    typo = tmp_path / "wording.toml"
    typo.write_text(bundled + '\n[da]\nqoutes = ["»", "«"]\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"\[da\]: unknown keys qoutes"):
        load_wording(typo)
    placeholder = tmp_path / "placeholder.toml"
    placeholder.write_text(bundled + '\n[da]\nslot = "{day} {start}"\n', encoding="utf-8")
    with pytest.raises(ValueError, match="slot uses an unknown placeholder"):
        load_wording(placeholder)
