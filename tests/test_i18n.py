"""Every buyer's language: negotiation, strict catalogs, plural forms, formats, the pseudo-locale.

The messages here are rendered from the bundled examples with the seller's own words written in
each buyer's language and the order placed on that language's marketplace (its currency, its
clock), the way a seller would send them.
"""

from __future__ import annotations

import copy
import gettext
import json
import os
import re
import shutil
import time
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations
from conftest import EXAMPLES, NOW, ROOT, PinnedClock, bundled_examples, edit_catalog, stat_calls

from toolkit.errors import InputError
from toolkit.freshness import EVERY_USE, LOOK_EVERY, NEVER_AGAIN, Freshness
from toolkit.i18n import (
    CatalogStore,
    Formatter,
    MissingTranslationError,
    NoCatalogError,
    negotiate,
    parse_locale,
)
from toolkit.i18n.workflow import PLACEHOLDER, Workflow, pseudo_translate
from toolkit.model import Message
from toolkit.orders import OrderDocument, parse_document
from toolkit.pipeline import Outcome, Toolkit, check_message, render_order

LOCALES = ROOT / "locales"
SHIPPED = frozenset(p.parent.parent.name for p in LOCALES.glob("*/LC_MESSAGES/messages.po"))
LANGUAGES = ("nl", "en", "en_US", "de", "fr", "it", "es", "pl", "sv", "tr")
TYPES = [p.stem for p in bundled_examples()]
# catalog -> (buyer locale, the marketplace where such a buyer shops)
BUYERS = {
    "nl": ("nl-NL", "A1805IZSGTT6HS"),
    "en": ("en-GB", "A1F83G8C2ARO7P"),
    "en_US": ("en-US", "ATVPDKIKX0DER"),
    "de": ("de-DE", "A1PA6795UKMFR9"),
    "fr": ("fr-FR", "A13V1IB3VIYZZH"),
    "it": ("it-IT", "APJ6JRA9NG5V4"),
    "es": ("es-ES", "A1RKKUPIHCS9HS"),
    "pl": ("pl-PL", "A1C3SOZRARQ6R3"),
    "sv": ("sv-SE", "A2NODRKZP88ZB9"),
    "tr": ("tr-TR", "A33AVAJ2PDY3EV"),
}
# the seller's own words, as a seller in each market would write them
SELLER_TEXT: dict[str, dict[str, str]] = {
    "nl": {
        "question": "Welke ringmaat wilt u hebben (van 48 tot 62)?",
        "text": "Het kalkfilter kunt u er aan de bovenkant uittrekken en onder stromend water "
        "schoonmaken.\n\nHet deksel kan in de vaatwasser, de voet niet.",
        "service": "Installatie van de vaatwasser",
    },
    "en": {
        "question": "Which ring size would you like (from 48 to 62)?",
        "text": "The limescale filter lifts out from the top and can be rinsed under running "
        "water.\n\nThe lid is dishwasher-safe; the base is not.",
        "service": "Installation of the dishwasher",
    },
    "en_US": {
        "question": "Which ring size would you like (from 48 to 62)?",
        "text": "The filter lifts out from the top and can be rinsed under running water.\n\n"
        "The lid is dishwasher-safe; the base is not.",
        "service": "Installation of the dishwasher",
    },
    "de": {
        "question": "Welche Ringgröße wünschen Sie (von 48 bis 62)?",
        "text": "Der Kalkfilter lässt sich nach oben herausziehen und unter fließendem Wasser "
        "reinigen.\n\nDer Deckel ist spülmaschinenfest, der Sockel nicht.",
        "service": "Installation der Spülmaschine",
    },
    "fr": {
        "question": "Quelle taille de bague souhaitez-vous (de 48 à 62) ?",
        "text": "Vous pouvez retirer le filtre anticalcaire par le haut et le rincer à l'eau "
        "courante.\n\nLe couvercle passe au lave-vaisselle, le socle non.",
        "service": "Installation du lave-vaisselle",
    },
    "it": {
        "question": "Quale misura dell'anello desidera (da 48 a 62)?",
        "text": "Il filtro anticalcare può essere estratto dall'alto e lavato sotto l'acqua "
        "corrente."
        "\n\nIl coperchio è lavabile in lavastoviglie, la base no.",
        "service": "Installazione della lavastoviglie",
    },
    "es": {
        "question": "¿Qué talla de anillo desea (de la 48 a la 62)?",
        "text": "El filtro antical se extrae por la parte superior y se limpia con agua "
        "corriente.\n\nLa tapa se puede lavar en el lavavajillas; la base, no.",
        "service": "Instalación del lavavajillas",
    },
    "pl": {
        "question": "Jaki rozmiar pierścionka mamy przygotować (od 48 do 62)?",
        "text": "Filtr można wyjąć od góry i umyć pod bieżącą wodą.\n\n"
        "Pokrywkę można myć w zmywarce, podstawy nie.",
        "service": "Montaż zmywarki",
    },
    "sv": {
        "question": "Vilken ringstorlek önskar du (från 48 till 62)?",
        "text": "Kalkfiltret dras ut uppåt och kan sköljas under rinnande vatten.\n\n"
        "Locket tål diskmaskin, men inte sockeln.",
        "service": "Installation av diskmaskinen",
    },
    "tr": {
        "question": "Hangi yüzük ölçüsünü istersiniz (48 ile 62 arası)?",
        "text": "Kireç filtresi yukarı doğru çekilerek çıkarılır ve akan suyun altında "
        "temizlenebilir.\n\nKapak bulaşık makinesinde yıkanabilir, taban ise yıkanamaz.",
        "service": "Bulaşık makinesi kurulumu",
    },
}


def example(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((EXAMPLES / f"{name}.json").read_text(encoding="utf-8"))
    return data


def set_currency(node: Any, currency: str) -> None:
    """Every amount of the order in the marketplace's currency."""
    if isinstance(node, dict):
        if "CurrencyCode" in node:
            node["CurrencyCode"] = currency
        for value in node.values():
            set_currency(value, currency)
    elif isinstance(node, list):
        for value in node:
            set_currency(value, currency)


def localised(tk: Toolkit, type_id: str, catalog: str) -> dict[str, Any]:
    """The bundled example, sent to a buyer of this catalog's language on their marketplace."""
    data = copy.deepcopy(example(type_id))
    locale, marketplace_id = BUYERS[catalog]
    marketplace = tk.policy.marketplace(marketplace_id)
    assert marketplace is not None
    data["buyer"]["locale"] = locale
    data["order"]["MarketplaceId"] = marketplace_id
    data["seller"]["marketplace"] = marketplace.domain
    set_currency(data, marketplace.currency)
    for name, text in SELLER_TEXT[catalog].items():
        if name in data["message"]:
            data["message"][name] = text
    return data


def document(tk: Toolkit, data: dict[str, Any], **kw: Any) -> OrderDocument:
    return parse_document(data, tk.catalog, source="test", base_dir=EXAMPLES, **kw)


def render(tk: Toolkit, data: dict[str, Any], **kw: Any) -> Outcome:
    return render_order(tk, document(tk, data, **kw), now=NOW)


def rendered(tk: Toolkit, data: dict[str, Any], **kw: Any) -> Message:
    outcome = render(tk, data, **kw)
    assert outcome.message is not None, [f.message for f in outcome.findings]
    return outcome.message


def copy_locales(tmp_path: Path) -> Path:
    target = tmp_path / "locales"
    shutil.copytree(LOCALES, target, ignore=shutil.ignore_patterns("*.mo", "en_XA"))
    return target


# --- negotiation ------------------------------------------------------------------------------


def test_the_nine_languages_ship() -> None:
    assert set(LANGUAGES) <= SHIPPED


@pytest.mark.parametrize(
    ("tag", "catalog"),
    [
        ("nl-NL", "nl"), ("nl-BE", "nl"), ("fr-BE", "fr"), ("fr-FR", "fr"), ("en-US", "en_US"),
        ("en-GB", "en"), ("en-IE", "en"), ("de-AT", "de"), ("de-DE", "de"), ("it-IT", "it"),
        ("es-ES", "es"), ("pl-PL", "pl"), ("sv-SE", "sv"), ("tr-TR", "tr"), ("en_US", "en_US"),
        ("nl", "nl"),
    ],
)  # fmt: skip
def test_buyer_locale_negotiates_to_its_catalog(tag: str, catalog: str) -> None:
    assert negotiate(tag, SHIPPED) == catalog


def test_pseudo_locale_negotiates_only_to_itself() -> None:
    assert negotiate("en-XA", SHIPPED | {"en_XA"}) == "en_XA"
    assert negotiate("en-GB", SHIPPED | {"en_XA"}) == "en"
    with pytest.raises(NoCatalogError, match="bsm i18n pseudo"):
        negotiate("en-XA", SHIPPED - {"en_XA"})
    assert parse_locale("en-XA").language == "en"  # it borrows English formats


@pytest.mark.parametrize("tag", ["ja-JP", "pt-BR", "zh-Hant-TW", "da"])
def test_a_real_locale_without_catalog_is_refused(tk: Toolkit, tag: str) -> None:
    with pytest.raises(NoCatalogError, match=tag):
        negotiate(tag, SHIPPED)
    outcome = render(tk, example("delivery-delay"), locale=tag)
    assert outcome.refused and outcome.message is None
    assert [f.rule for f in outcome.findings] == ["BSM104"]


@pytest.mark.parametrize("tag", ["xx-YY", "english", "nl-NL-x-y!", "", "qq"])
def test_a_malformed_locale_is_an_input_error(tag: str) -> None:
    with pytest.raises(InputError, match=r"buyer\.locale"):
        negotiate(tag, SHIPPED)


def test_english_catalogs_differ_where_the_regions_spell_differently(tk: Toolkit) -> None:
    us = rendered(tk, localised(tk, "custom-design-verification", "en_US"))
    gb = rendered(tk, localised(tk, "custom-design-verification", "en"))
    assert "personalized" in us.text and "personalised" not in us.text
    assert "personalised" in gb.text and "personalized" not in gb.text


# --- the traps --------------------------------------------------------------------------------


def test_babel_load_falls_back_to_english_where_our_store_refuses(tmp_path: Path) -> None:
    locales = copy_locales(tmp_path)
    # the trap: no compiled catalog, and Babel hands back English without a word
    fallback = Translations.load(str(locales), ["nl"], domain="messages")
    assert isinstance(fallback, NullTranslations) and not isinstance(fallback, Translations)
    assert fallback.gettext("Kind regards,") == "Kind regards,"
    assert isinstance(Translations.load(str(locales), ["ja"]), NullTranslations)
    # ours: the .po itself, or a refusal
    store = CatalogStore(locales)
    assert store.translations("nl").gettext("Kind regards,") == "Met vriendelijke groet,"
    with pytest.raises(NoCatalogError):
        store.translations("ja")


def test_a_stale_mo_is_never_served(tmp_path: Path) -> None:
    locales = copy_locales(tmp_path)
    po = locales / "nl" / "LC_MESSAGES" / "messages.po"
    with po.open("rb") as fh:
        catalog = read_po(fh, locale="nl")
    catalog["Kind regards,"].string = "Groetjes (oud)"
    with (po.with_suffix(".mo")).open("wb") as fh:
        write_mo(fh, catalog)
    assert Translations.load(str(locales), ["nl"]).gettext("Kind regards,") == "Groetjes (oud)"
    assert CatalogStore(locales).translations("nl").gettext("Kind regards,") == (
        "Met vriendelijke groet,"
    )


def test_an_edited_po_is_read_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """By default the store looks at a catalog's file again at most once in LOOK_EVERY seconds:
    before then it makes no stat call and keeps what it read; the first use after it reads the
    edited file."""
    locales, clock = copy_locales(tmp_path), PinnedClock()
    store = CatalogStore(locales, freshness=Freshness(clock=clock))
    assert store.translations("nl").gettext("Kind regards,") == "Met vriendelijke groet,"
    po = locales / "nl" / "LC_MESSAGES" / "messages.po"
    edit_catalog(po, "Kind regards,", "Hartelijke groet,")
    stat = po.stat()
    os.utime(po, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    looked_at = stat_calls(monkeypatch)
    clock.advance(LOOK_EVERY / 2)
    assert store.translations("nl").gettext("Kind regards,") == "Met vriendelijke groet,"
    assert looked_at == []
    clock.advance(LOOK_EVERY / 2)
    assert store.translations("nl").gettext("Kind regards,") == "Hartelijke groet,"
    assert looked_at == [str(po)]


def age_folders(root: Path, seconds: int = 60) -> None:
    """Every folder under `root` (and itself) last changed `seconds` ago: a listing made now is
    one the store may keep (a change made just before it might not move a folder's time)."""
    past = time.time_ns() - seconds * 1_000_000_000
    for folder in [root, *(p for p in root.rglob("*") if p.is_dir())]:
        os.utime(folder, ns=(past, past))


def globbed(locales: Path) -> frozenset[str]:
    return frozenset(p.parent.parent.name for p in locales.glob("*/LC_MESSAGES/messages.po"))


def test_the_catalogs_are_listed_once_while_no_folder_changes(tmp_path: Path) -> None:
    locales = copy_locales(tmp_path)
    (locales / "notes").mkdir()  # a folder that is no catalog
    age_folders(locales)
    store = CatalogStore(locales, freshness=EVERY_USE)
    assert store.available() == globbed(locales) == SHIPPED - {"en_XA"}
    listing = store._listing
    assert store.available() == globbed(locales) and store._listing is listing


@pytest.mark.parametrize(
    "change",
    [
        "a new language",
        "a .po removed",
        "a language folder removed",
        "a .po added to a folder",
        "LC_MESSAGES added to a folder",
    ],
)
def test_a_change_to_the_catalog_folders_is_seen_at_once(tmp_path: Path, change: str) -> None:
    locales = copy_locales(tmp_path)
    (locales / "da").mkdir()
    (locales / "fi" / "LC_MESSAGES").mkdir(parents=True)
    nl_po = locales / "nl" / "LC_MESSAGES" / "messages.po"
    age_folders(locales)
    store = CatalogStore(locales, freshness=EVERY_USE)
    assert store.available() == globbed(locales)
    if change == "a new language":
        shutil.copytree(locales / "nl", locales / "nl_BE")
    elif change == "a .po removed":
        nl_po.unlink()
    elif change == "a language folder removed":
        shutil.rmtree(locales / "de")
    elif change == "a .po added to a folder":
        shutil.copy(nl_po, locales / "fi" / "LC_MESSAGES" / "messages.po")
    else:
        (locales / "da" / "LC_MESSAGES").mkdir()
        shutil.copy(nl_po, locales / "da" / "LC_MESSAGES" / "messages.po")
    assert store.available() == globbed(locales) != SHIPPED - {"en_XA"}


def test_a_store_that_does_not_watch_looks_at_the_disk_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A batch's store (NEVER_AGAIN) lists the folders and reads a catalog once, then makes no
    stat call at all; the preview's (EVERY_USE) over the same folders sees an edit and a new
    language."""
    locales = copy_locales(tmp_path)
    age_folders(locales)
    watching = CatalogStore(locales, freshness=EVERY_USE)
    fixed = CatalogStore(locales, freshness=NEVER_AGAIN)
    for store in (watching, fixed):
        assert store.available() == SHIPPED - {"en_XA"}
        assert store.translations("nl").gettext("Kind regards,") == "Met vriendelijke groet,"
    po = locales / "nl" / "LC_MESSAGES" / "messages.po"
    edit_catalog(po, "Kind regards,", "Hartelijke groet,")
    stat = po.stat()
    os.utime(po, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    shutil.copytree(locales / "nl", locales / "nl_BE")
    looked_at = stat_calls(monkeypatch)
    assert fixed.translations("nl").gettext("Kind regards,") == "Met vriendelijke groet,"
    assert fixed.available() == SHIPPED - {"en_XA"}
    assert looked_at == []
    assert watching.translations("nl").gettext("Kind regards,") == "Hartelijke groet,"
    assert watching.available() == SHIPPED - {"en_XA"} | {"nl_BE"}
    assert any(path.startswith(str(locales)) for path in looked_at)


def test_a_listing_made_just_after_a_change_is_made_again(tmp_path: Path) -> None:
    """A folder changed a moment ago may change again within its time's resolution."""
    locales = copy_locales(tmp_path)
    os.utime(locales)  # changed now
    store = CatalogStore(locales, freshness=EVERY_USE)
    store.available()
    listing = store._listing
    assert listing is not None and not listing.trusted
    shutil.copytree(locales / "nl", locales / "nl_BE")
    now = locales.stat()
    os.utime(locales, ns=(now.st_atime_ns, listing.stamps[0]))  # as if in the same step
    assert "nl_BE" in store.available()


@pytest.mark.parametrize("how", ["empty", "fuzzy", "empty plural form"])
def test_an_untranslated_string_refuses_instead_of_english(
    tk: Toolkit, tmp_path: Path, how: str
) -> None:
    locales = copy_locales(tmp_path)
    po = locales / "pl" / "LC_MESSAGES" / "messages.po"
    if how == "empty":
        edit_catalog(po, "Kind regards,", "")
        missing = "Kind regards,"
    elif how == "fuzzy":
        edit_catalog(po, "Kind regards,", "Pozdrawiamy", fuzzy=True)
        missing = "Kind regards,"
    else:
        missing = "Please find attached the invoice for your order %(order_id)s."
        edit_catalog(po, missing, ("W załączniku faktura.", "", ""))
    store = CatalogStore(locales)
    with pytest.raises(MissingTranslationError, match=re.escape(repr(missing))):
        if how == "empty plural form":
            store.translations("pl").ngettext(missing, "x", 1)
        else:
            store.translations("pl").gettext(missing)
    strict = Toolkit.load(locales=locales)
    outcome = render(strict, localised(tk, "invoice", "pl"))
    assert outcome.refused and outcome.message is None
    assert [f.rule for f in outcome.findings] == ["BSM104"]
    assert "does not translate" in outcome.findings[0].message


# --- plural forms -----------------------------------------------------------------------------


def scheduling(tk: Toolkit, catalog: str, slots: int) -> dict[str, Any]:
    data = localised(tk, "delivery-scheduling", catalog)
    data["message"]["slots"] = [
        f"2026-11-{19 + i}T08:00:00+01:00/2026-11-{19 + i}T12:00:00+01:00" for i in range(slots)
    ]
    return data


def test_polish_has_three_plural_forms_picked_by_cldr_rule() -> None:
    translations = CatalogStore(LOCALES).translations("pl")
    numbers = (1, 2, 3, 4, 5, 11, 12, 21, 22, 25, 112)
    forms = {n: translations.plural(n) for n in numbers}  # type: ignore[attr-defined]
    assert forms == {1: 0, 2: 1, 3: 1, 4: 1, 5: 2, 11: 2, 12: 2, 21: 2, 22: 1, 25: 2, 112: 2}


@pytest.mark.parametrize(("slots", "form"), [(1, 0), (2, 1), (5, 2)])
def test_polish_message_takes_the_form_for_its_number(
    tk: Toolkit, tmp_path: Path, slots: int, form: int
) -> None:
    # the shipped forms for 2 and 5 read alike (no number in the sentence), so mark each form
    locales = copy_locales(tmp_path)
    msgid = "Please let us know if this delivery window suits you:"
    edit_catalog(
        locales / "pl" / "LC_MESSAGES" / "messages.po",
        msgid,
        ("Forma pierwsza:", "Forma druga:", "Forma trzecia:"),
    )
    marked = Toolkit.load(locales=locales)
    message = rendered(marked, scheduling(tk, "pl", slots))
    expected = ("Forma pierwsza:", "Forma druga:", "Forma trzecia:")[form]
    assert expected in message.text
    assert message.text.count("2026") >= slots  # every slot listed


@pytest.mark.parametrize("catalog", LANGUAGES)
def test_singular_and_plural_follow_the_count_in_every_language(tk: Toolkit, catalog: str) -> None:
    translations = CatalogStore(LOCALES).translations(catalog)
    singular = "Please let us know if this delivery window suits you:"
    plural = "Please let us know which of these delivery windows suits you:"
    assert translations.ngettext(singular, plural, 1) != translations.ngettext(singular, plural, 2)
    for count in (1, 2, 5):
        text = rendered(tk, scheduling(tk, catalog, count)).text
        expected = translations.ngettext(singular, plural, count)
        assert " ".join(expected.split()) in " ".join(text.split())


# --- formats ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tag", "currency", "amount", "shown"),
    [
        ("nl-NL", "EUR", "24.95", "€\xa024,95"),
        ("nl-BE", "EUR", "24.95", "€\xa024,95"),
        ("de-DE", "EUR", "24.95", "24,95\xa0€"),
        ("fr-FR", "EUR", "24.95", "24,95\xa0€"),
        ("en-GB", "GBP", "39.99", "£39.99"),
        ("en-US", "USD", "39.99", "$39.99"),
        ("it-IT", "EUR", "1234.50", "1.234,50\xa0€"),
        ("es-ES", "EUR", "24.95", "24,95\xa0€"),
        ("pl-PL", "PLN", "12345.60", "12\xa0345,60\xa0zł"),
        ("sv-SE", "SEK", "249", "249,00\xa0kr"),
        ("tr-TR", "TRY", "24.95", "24,95\xa0TL"),  # as Turkish retail writes it (not ₺24,95)
    ],
)
def test_money_is_written_the_buyer_way(tag: str, currency: str, amount: str, shown: str) -> None:
    fmt = Formatter(parse_locale(tag), ZoneInfo("UTC"))
    assert fmt.money(Decimal(amount), currency) == shown


def test_rendered_amounts_follow_locale_and_marketplace(tk: Toolkit) -> None:
    nl = rendered(tk, localised(tk, "order-problem", "nl"))
    de = rendered(tk, localised(tk, "order-problem", "de"))
    fr = rendered(tk, localised(tk, "order-problem", "fr"))
    pl = rendered(tk, localised(tk, "order-problem", "pl"))
    # no-break spaces keep the amount and its symbol together (in the HTML part)
    assert "€\xa019,95" in nl.html
    assert "19,95\xa0€" in de.html and "19,95\xa0€" in fr.html
    assert "19,95\xa0zł" in pl.html
    data = localised(tk, "return-follow-up", "en")
    data["message"] = {
        "type": "return-follow-up",
        "purpose": "partial-refund",
        "refund_amount": {"CurrencyCode": "GBP", "Amount": "39.99"},
    }
    assert "£39.99" in rendered(tk, data).html


def test_dates_are_taken_in_the_marketplace_time_zone() -> None:
    late = datetime(2026, 11, 19, 23, 30, tzinfo=UTC)  # already the 20th in Amsterdam
    assert Formatter(parse_locale("nl-NL"), ZoneInfo("Europe/Amsterdam")).date(late) == (
        "20 november 2026"
    )
    assert Formatter(parse_locale("en-GB"), ZoneInfo("Europe/London")).date(late) == (
        "19 November 2026"
    )
    assert Formatter(parse_locale("de-DE"), ZoneInfo("Europe/Berlin")).date(date(2026, 11, 18)) == (
        "18. November 2026"
    )


@pytest.mark.parametrize(
    ("tag", "zone", "day", "times"),
    [
        ("nl-NL", "Europe/Amsterdam", "donderdag 19 november 2026", r"08:00\s*[–-]\s*12:00"),
        ("en-GB", "Europe/London", "Thursday, 19 November 2026", r"07:00\s*[–-]\s*11:00"),
        ("de-DE", "Europe/Berlin", "Donnerstag, 19. November 2026", r"08:00\s*[–-]\s*12:00"),
        ("tr-TR", "Europe/Istanbul", "19 Kasım 2026 Perşembe", r"10:00\s*[–-]\s*14:00"),
        ("pl-PL", "Europe/Warsaw", "czwartek, 19 listopada 2026", r"08:00\s*[–-]\s*12:00"),
    ],
)
def test_slots_are_shown_on_the_marketplace_clock(
    tag: str, zone: str, day: str, times: str
) -> None:
    start = datetime(2026, 11, 19, 7, 0, tzinfo=UTC)
    end = datetime(2026, 11, 19, 11, 0, tzinfo=UTC)
    shown = Formatter(parse_locale(tag), ZoneInfo(zone)).slot(start, end)
    assert day in shown
    assert re.search(times, shown), shown


def test_rendered_slots_use_the_marketplace_clock(tk: Toolkit) -> None:
    data = localised(tk, "delivery-scheduling", "tr")
    data["message"]["slots"] = ["2026-11-19T07:00:00Z/2026-11-19T11:00:00Z"]
    text = rendered(tk, data).text
    assert re.search(r"10:00\s*[–-]\s*14:00", text), text  # Istanbul is UTC+3
    assert "Kasım" in text


# --- every type in every language -------------------------------------------------------------


@pytest.mark.parametrize("catalog", LANGUAGES)
@pytest.mark.parametrize("type_id", TYPES)
def test_every_type_in_every_language_passes_check(tk: Toolkit, type_id: str, catalog: str) -> None:
    doc = document(tk, localised(tk, type_id, catalog))
    outcome = render_order(tk, doc, now=NOW)
    assert outcome.message is not None, [f.message for f in outcome.findings]
    # the check a seller runs before sending: the same message, the buyer's locale given
    findings = check_message(tk, outcome.message, doc=doc, now=NOW)
    language = [f"{f.rule} {f.message}" for f in findings if f.rule in ("BSM104", "BSM414")]
    assert language == []
    assert doc.order.id in outcome.message.subject


@pytest.mark.parametrize("catalog", [c for c in LANGUAGES if not c.startswith("en")])
def test_no_english_template_text_reaches_other_languages(tk: Toolkit, catalog: str) -> None:
    english = {
        "Dear customer,", "Kind regards,", "Order number", "Please reply to this message",
        "your order", "We apologise",
    }  # fmt: skip
    for type_id in TYPES:
        message = rendered(tk, localised(tk, type_id, catalog))
        for phrase in english:
            assert phrase not in message.text, (type_id, phrase)


# --- the pseudo-locale ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Dear %(name)s,",
        "Kind regards,",
        "Order number: %(order_id)s",
        "We have adjusted the amount of your order by %(amount)s.",
        "For your order %(order_id)s we would like to schedule an appointment for the following "
        "service:",
        "%(quantity)s × %(title)s",
        "100%% sure",
    ],
)
def test_pseudo_translation_is_accented_longer_and_keeps_placeholders(text: str) -> None:
    pseudo = pseudo_translate(text)
    assert PLACEHOLDER.findall(pseudo) == PLACEHOLDER.findall(text)
    visible = PLACEHOLDER.sub("", pseudo)
    assert not re.search(r"[A-Za-z]", visible), pseudo  # every letter accented
    original = len(PLACEHOLDER.sub("", text))
    if original >= 10:  # brackets alone make a short string far longer
        assert 1.25 <= len(visible) / original <= 1.5, (pseudo, len(visible) / original)
    assert pseudo.startswith("[") and pseudo.endswith("]")


@pytest.fixture(scope="module")
def pseudo_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("pseudo")
    shutil.copytree(LOCALES, root / "locales", ignore=shutil.ignore_patterns("*.mo", "en_XA"))
    Workflow(root).write_pseudo()
    return root


@pytest.mark.parametrize("type_id", TYPES)
def test_every_type_renders_in_the_pseudo_locale(
    tk: Toolkit, pseudo_root: Path, type_id: str
) -> None:
    pseudo_tk = Toolkit.load(locales=pseudo_root / "locales")
    data = localised(tk, type_id, "en")
    english = rendered(pseudo_tk, data)
    pseudo = rendered(pseudo_tk, data, locale="en-XA")
    assert pseudo.html.count("[") > 3 and "Ðéåŕ" in pseudo.text
    order_id = data["order"]["AmazonOrderId"]
    assert order_id in pseudo.subject and order_id in pseudo.text
    # longer wherever the template speaks (the seller's own words stay as they were written)
    assert len(pseudo.subject) >= 1.15 * len(english.subject)
    assert len(pseudo.text) > len(english.text)
    findings = check_message(pseudo_tk, pseudo, now=NOW)
    assert not [f for f in findings if f.rule == "BSM414"]


def test_pseudo_catalog_is_complete_and_generated_not_edited(pseudo_root: Path) -> None:
    path = pseudo_root / "locales" / "en_XA" / "LC_MESSAGES" / "messages.po"
    with path.open("rb") as fh:
        catalog = read_po(fh)
    with (pseudo_root / "locales" / "messages.pot").open("rb") as fh:
        template = read_po(fh)
    assert len(catalog) == len(template)
    assert all(m.string and all(m.string) for m in list(catalog)[1:])
    before = path.read_bytes()
    Workflow(pseudo_root).write_pseudo()  # same template: same bytes, no churn
    assert path.read_bytes() == before


def test_compiled_catalogs_match_the_po(tmp_path: Path) -> None:
    locales = copy_locales(tmp_path)
    Workflow(tmp_path).compile()
    for name in LANGUAGES:
        with (locales / name / "LC_MESSAGES" / "messages.mo").open("rb") as fh:
            compiled = gettext.GNUTranslations(fh)
        ours = CatalogStore(locales).translations(name)
        for msgid in ("Kind regards,", "Dear customer,", "[Important]"):
            assert compiled.gettext(msgid) == ours.gettext(msgid) != ""
