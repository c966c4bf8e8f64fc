"""BSM414 (spelling): Hunspell dictionaries per language, allowed words, no false alarms."""

from __future__ import annotations

import dataclasses
import time
from pathlib import Path
from typing import Any

import pytest
from babel.messages.pofile import read_po
from conftest import NOW

from toolkit import dom
from toolkit.i18n import forms
from toolkit.i18n.workflow import PLACEHOLDER
from toolkit.model import Finding, Message, Severity
from toolkit.orders import parse_document
from toolkit.pipeline import Toolkit, check_message, render_order
from toolkit.rules import default_registry
from toolkit.rules.base import Subject
from toolkit.rules.spelling import SPELLING_DIR, Spelling, SpellingUnavailable, read_word_list

LANGUAGES = ("nl", "en", "en_US", "de", "fr", "it", "es", "pl", "sv", "tr")
# (catalog, a correct sentence a seller would write, the same with one typo, the typo)
SENTENCES = [
    ("nl", "Wij versturen het pakket morgen.", "Wij versturen het pakket mrogen.", "mrogen"),
    ("en", "The parcel will be delivered today.", "The parcel will be deliverd today.", "deliverd"),
    ("en_US", "We will ship the color you chose.", "We will ship the colr you chose.", "colr"),
    ("de", "Wir versenden das Paket morgen.", "Wir versenden das Paket morgn.", "morgn"),
    ("fr", "Nous expédions le colis demain.", "Nous expédions le colis demian.", "demian"),
    ("it", "Spediremo il pacco domani.", "Spediremo il pacco doamni.", "doamni"),
    ("es", "Enviaremos el paquete mañana.", "Enviaremos el paquete manaña.", "manaña"),
    ("pl", "Wyślemy paczkę jutro.", "Wyślemy paczke jutro.", "paczke"),
    ("sv", "Vi skickar paketet i morgon.", "Vi skickar pakettet i morgon.", "pakettet"),
    ("tr", "Paketi yarın göndereceğiz.", "Paketi yarın göndercegiz.", "göndercegiz"),
]  # fmt: skip
LOCALE = {
    "nl": "nl-NL", "en": "en-GB", "en_US": "en-US", "de": "de-DE", "fr": "fr-FR",
    "it": "it-IT", "es": "es-ES", "pl": "pl-PL", "sv": "sv-SE", "tr": "tr-TR",
}  # fmt: skip


@pytest.fixture(scope="module")
def spelling() -> Spelling:
    return Spelling()


def message(text: str, locale: str | None, subject: str = "305-1111111-2222222") -> Message:
    html = "".join(f"<p>{p}</p>" for p in text.split("\n\n"))
    return Message("reply", locale, subject, f"<html><body>{html}</body></html>", text)


def spelling_findings(tk: Toolkit, msg: Message, **kw: Any) -> list[Finding]:
    return [f for f in check_message(tk, msg, **kw) if f.rule == "BSM414"]


def test_the_rule_is_registered_as_a_warning_that_needs_the_locale() -> None:
    rule = default_registry().get("BSM414")
    assert rule is not None and rule.name == "spelling"
    assert rule.severity is Severity.WARNING
    assert [str(c) for c in rule.needs] == ["locale"]


@pytest.mark.parametrize("catalog", LANGUAGES)
def test_every_language_has_its_hunspell_dictionary(spelling: Spelling, catalog: str) -> None:
    speller = spelling.speller(catalog)  # raises SpellingUnavailable when not installed
    assert spelling.speller(catalog) is speller  # opened once, then kept
    assert speller.tag == spelling.sources[catalog].tag


@pytest.mark.parametrize(("catalog", "good", "bad", "typo"), SENTENCES)
def test_a_typo_is_found_and_the_correct_sentence_passes(
    tk: Toolkit, catalog: str, good: str, bad: str, typo: str
) -> None:
    locale = LOCALE[catalog]
    assert spelling_findings(tk, message(good, locale)) == []
    found = spelling_findings(tk, message(bad, locale))
    assert len(found) == 1, found
    assert found[0].severity is Severity.WARNING
    assert repr(typo) in found[0].message
    assert "did you mean" in found[0].message


def test_the_location_points_at_the_word(tk: Toolkit) -> None:
    text = "Your parcel is ready.\n\nIt will be deliverd on Tuesday."
    msg = message(text, "en-GB")
    found = spelling_findings(tk, msg)
    assert [(f.part, f.line, f.column) for f in found] == [
        ("html", 1, msg.html.find("deliverd") + 1)
    ]
    in_text = spelling_findings(tk, Message("reply", "en-GB", "Your parcel", "", text))
    assert [(f.part, f.line, f.column) for f in in_text] == [("text", 3, 12)]
    in_subject = spelling_findings(tk, Message("reply", "en-GB", "Re: deliverd", "", "Hello."))
    assert [(f.part, f.line, f.column) for f in in_subject] == [("subject", 1, 5)]


def test_no_locale_no_spelling_check(tk: Toolkit) -> None:
    assert spelling_findings(tk, message("The parcel will be deliverd tomorrow.", None)) == []


def test_regional_english_spelling(spelling: Spelling) -> None:
    gb, us = spelling.speller("en"), spelling.speller("en_US")
    assert gb.known("colour") and not gb.known("color") and gb.known("personalised")
    assert us.known("color") and not us.known("colour") and not us.known("personalised")


def test_what_is_never_flagged(tk: Toolkit) -> None:
    text = (
        "Order 305-1111111-2222222 for € 19,95 (SKU MUG-NAME-01, ASIN B0EXMPL001) ships via "
        "DHL Express on 19.11.2026.\n\n"
        "Track it at https://www.amazon.co.uk/gp/your-account or on amazon.co.uk; our iPhone "
        "app shows it too. Mrs Okonkwo-Blackwood from Slaapwereld will call."
    )
    assert spelling_findings(tk, message(text, "en-GB")) == []


def test_names_from_the_order_are_never_flagged(tk: Toolkit) -> None:
    data = {
        "order": {
            "AmazonOrderId": "305-1111111-2222222",
            "PurchaseDate": "2026-11-10T08:30:00Z",
            "MarketplaceId": "A1F83G8C2ARO7P",
            "OrderStatus": "Shipped",
            "BuyerInfo": {"BuyerName": "siobhan ní dhomhnaill"},
            "OrderItems": [
                {"ASIN": "B0EXMPL001", "Title": "Krúsce cré le hainm", "QuantityOrdered": 1}
            ],
        },
        "buyer": {"locale": "en-GB"},
        "seller": {"name": "Mugwerk Ltd"},
        "delivered_at": "2026-11-13T15:00:00Z",
        "message": {"type": "reply", "text": "Your mug has left our workshop."},
    }
    doc = parse_document(data, tk.catalog, source="test")
    outcome = render_order(tk, doc, now=NOW)
    assert outcome.message is not None
    assert "siobhan ní dhomhnaill" in outcome.message.text.lower()
    assert [f for f in outcome.findings if f.rule == "BSM414"] == []
    # the same message checked without its order: the names are just unknown words now
    found = spelling_findings(tk, outcome.message)
    assert any("dhomhnaill" in f.message for f in found)


def test_the_pseudo_locale_is_not_spell_checked(tk: Toolkit) -> None:
    assert spelling_findings(tk, message("[Ðéåŕ çûšţöɱéŕ, öñé ţŵö]", "en-XA")) == []


def test_a_language_without_dictionary_is_left_alone(tk: Toolkit) -> None:
    assert spelling_findings(tk, message("Paketet skickas i morgon.", "da-DK")) == []


def test_a_missing_dictionary_says_what_to_install(tmp_path: Path) -> None:
    (tmp_path / "dictionaries.toml").write_text(
        '[xx]\ndictionary = "xx_XX"\npackage = "hunspell-xx"\n', encoding="utf-8"
    )
    with pytest.raises(SpellingUnavailable, match="hunspell-xx"):
        Spelling(root=tmp_path).speller("xx")


def test_a_dictionary_opened_ahead_judges_as_one_opened_when_needed() -> None:
    """open_soon reads the dictionary in a thread; the speller the rule gets is that one, and
    it knows and flags the same words as a dictionary opened on the spot."""
    ahead, on_the_spot = Spelling(), Spelling()
    ahead.open_soon("de-DE")
    ahead.open_soon("de-AT")  # the same dictionary: opened once
    speller = ahead.speller("de")
    assert ahead.speller("de") is speller and speller.tag == "de_DE"
    words = ["Haus", "Hasu", "Lieferung", "Liefrung", "Bestellung", "Bestelung", "Januar"]
    assert [speller.known(w) for w in words] == [on_the_spot.speller("de").known(w) for w in words]
    assert not speller.known("Hasu") and speller.known("Haus")


def test_a_missing_dictionary_opened_ahead_says_what_to_install_each_time(tmp_path: Path) -> None:
    (tmp_path / "dictionaries.toml").write_text(
        '[da]\ndictionary = "xx_XX"\npackage = "hunspell-xx"\n', encoding="utf-8"
    )
    spelling = Spelling(root=tmp_path)
    spelling.open_soon("da-DK")
    spelling.open_soon("no-such-locale")  # not a locale: nothing to open, no error
    for _ in range(2):  # a failure is not kept: the next call tries again
        with pytest.raises(SpellingUnavailable, match="hunspell-xx"):
            spelling.speller("da")


@pytest.mark.parametrize("path", sorted(SPELLING_DIR.glob("*.txt")), ids=lambda p: p.stem)
def test_every_allowed_word_is_needed_somewhere(spelling: Spelling, path: Path) -> None:
    """A reviewed list holds only words some dictionary lacks: no dead entries."""
    catalogs = LANGUAGES if path.stem == "common" else [
        c for c in LANGUAGES if c == path.stem or c.split("_")[0] == path.stem
    ]  # fmt: skip
    assert catalogs, f"{path.name} belongs to no language"
    for word in read_word_list(path):
        assert any(not spelling.speller(c).lookup(word) for c in catalogs), (path.name, word)


def test_every_catalog_string_is_spelt_correctly(spelling: Spelling) -> None:
    root = Path(__file__).resolve().parent.parent / "locales"
    for catalog in LANGUAGES:
        speller = spelling.speller(catalog)
        with (root / catalog / "LC_MESSAGES" / "messages.po").open("rb") as fh:
            entries = list(read_po(fh))[1:]
        for entry in entries:
            for text in forms(entry.string):
                assert speller(PLACEHOLDER.sub(" ", text)) == [], (catalog, text)


def test_a_message_check_stays_cheap(tk: Toolkit) -> None:
    text = (
        "Thank you for your question about the kettle. The limescale filter lifts out from the "
        "top and can be rinsed under running water; the lid is dishwasher-safe.\n\n"
        "If the light keeps blinking, hold the switch for five seconds to reset it."
    )
    msg = message(text, "en-GB")
    registry = default_registry().select(["BSM414"])
    check_message(tk, msg, registry=registry)  # the dictionary opens here, once
    runs = 200
    start = time.perf_counter()
    for _ in range(runs):
        check_message(tk, msg, registry=registry)
    per_message = (time.perf_counter() - start) / runs
    assert per_message < 0.01, f"{per_message * 1000:.2f} ms per message"


def test_the_rule_reads_the_toolkits_dictionaries(tk: Toolkit, tmp_path: Path) -> None:
    """The dictionaries are the Toolkit's (`tk.spelling`), not the registry's: a Toolkit
    with a Spelling that configures no language checks no spelling, and a subject with no
    Spelling gets no BSM414 at all."""
    typo = message("The parcel will be deliverd today.", "en-GB")
    assert [f.message[:10] for f in spelling_findings(tk, typo)] == ["'deliverd'"]
    (tmp_path / "dictionaries.toml").write_text("", encoding="utf-8")
    without = dataclasses.replace(tk, spelling=Spelling(root=tmp_path))
    assert spelling_findings(without, typo) == []
    rule = tk.registry.get("BSM414")
    assert rule is not None
    subject = Subject(
        message=typo, root=dom.parse_html(typo.html), policy=tk.policy, detectors=tk.detectors,
        catalog=tk.catalog, book=tk.book, html_source=typo.html, language="en", spelling=None,
    )  # fmt: skip
    assert rule.findings(subject) == []
    subject.spelling = tk.spelling
    assert {f.rule for f in rule.findings(subject)} == {"BSM414"}
