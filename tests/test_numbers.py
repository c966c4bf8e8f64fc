"""BSM309 reads numbers as a person does: VAT, company and tax numbers, invoice, order,
tracking and reference numbers, dates, times and amounts are not phone numbers; a phone number
is one in each marketplace country's ways of writing it (with or without the country code;
spaces, dots, dashes, parentheses, a slash)."""

from __future__ import annotations

import tomllib

import pytest

from toolkit.detect import Detectors, load_detectors, load_number_labels
from toolkit.paths import data_dir

REGIONS = ("NL", "BE", "DE", "FR", "GB", "IT", "ES", "PL", "SE", "TR")
LANGUAGES = ("nl", "en", "de", "fr", "it", "es", "pl", "sv", "tr")

# (language, kind, sentence): the number in it is no phone number
NOT_PHONES = [
    ("nl", "vat", "BTW-nummer: NL123456789B01"),
    ("nl", "vat", "Btw-id NL 8123.45.678.B01"),
    ("nl", "company", "KvK 12345678 · Utrecht"),
    ("nl", "company", "KvK-nummer: 301234 56"),
    ("nl", "invoice", "Factuurnummer 2026/11/0457 staat in de bijlage."),
    ("nl", "order", "Uw bestelnummer is 98 7654 3210."),
    ("nl", "tracking", "Uw track & trace code is 3SABCD1234567 bij PostNL."),
    ("nl", "tracking", "Het zendingsnummer van PostNL: 3S 0123 4567 890"),
    ("nl", "reference", "Betalingskenmerk 1234 5678 9012 3456"),
    ("nl", "date", "We bezorgen op 25-11-2026 of 26.11.2026, 09:30."),
    ("nl", "time", "Het tijdvak is 08.00-12.00 uur."),
    ("nl", "amount", "Het bedrag van € 1.234.567,89 is terugbetaald."),
    ("en", "company", "Registered in England and Wales, Company No. 09876543"),
    ("en", "vat", "VAT Reg. No. GB 123 4567 89"),
    ("en", "invoice", "Invoice number HHG/2026/11/0312 is attached."),
    ("en", "order", "Your order number is 1234-5678-9012."),
    ("en", "tracking", "Royal Mail tracking number: AB 1234 5678 9GB"),
    ("en", "tracking", "The consignment reference will be 0045 8712 3456."),
    ("en", "reference", "Please quote case number 0113 4960 721 when you reply."),
    ("en", "date", "It arrives on 25/11/2026 or 2026-11-26 14:30."),
    ("en", "time", "The slot is 10:00 - 13:00."),
    ("en", "amount", "We refunded £1,234,567.89 to your card."),
    ("de", "vat", "USt-IdNr.: DE123456789"),
    ("de", "tax", "Steuernummer: 27/123/45678"),
    ("de", "company", "Amtsgericht Charlottenburg HRB 123456 B"),
    ("de", "invoice", "Rechnungsnummer RE-2026/11/0457 liegt bei."),
    ("de", "order", "Ihre Auftragsnummer lautet 2026-004512."),
    ("de", "tracking", "Die Sendungsnummer lautet 0034 0434 1612 3456 78."),
    ("de", "tracking", "Ihre DHL Sendungsnummer: 00340434161234567890"),
    ("de", "reference", "Verwendungszweck 4711 0815 42"),
    ("de", "date", "Zustellung am 25.11.2026, 10:00."),
    ("de", "time", "Zwischen 8:00-12:00 Uhr ist jemand da."),
    ("de", "amount", "Erstattet wurden 1.234.567,89 EUR."),
    ("fr", "company", "SIRET 123 456 789 00012"),
    ("fr", "company", "RCS Lyon B 123 456 789"),
    ("fr", "vat", "N° TVA intracommunautaire FR12 123456789"),
    ("fr", "invoice", "facture n° FA-2026/11/0457"),
    ("fr", "order", "Votre numéro de commande est 12 34 56 78 90."),
    ("fr", "tracking", "Votre numéro de suivi Colissimo : 6A12345678901"),
    ("fr", "reference", "(n° de retour RMA-2026-004512)"),
    ("fr", "date", "Livraison le 12/11/2026 à 14 h 32."),
    ("fr", "time", "Créneau de 8h00-12h00."),
    ("fr", "amount", "Un montant de 1 234 567,89 € vous sera remboursé."),
    ("it", "vat", "P.IVA 01234567890"),
    ("it", "vat", "Partita IVA: IT 01234567890"),
    ("it", "tax", "Codice Fiscale 01234567890"),
    ("it", "company", "REA MI-1234567"),
    ("it", "invoice", "Fattura n. 2026/11/0457 allegata."),
    ("it", "order", "Il numero d'ordine è 0212 3456 78."),
    ("it", "tracking", "Il numero di spedizione del corriere sarà BRT 0512345678901."),
    ("it", "tracking", "Può seguirlo con il codice 051 2345 6789."),
    ("it", "reference", "Rif. 02 8734 5521 nella causale."),
    ("it", "date", "Consegna il 25/11/2026 alle 9:00."),
    ("it", "time", "Fascia oraria: 8:00-12:00"),
    ("it", "amount", "Rimborso di 1.234.567,89 € effettuato."),
    ("es", "company", "CIF B12345678"),
    ("es", "tax", "NIF: 12345678Z"),
    ("es", "vat", "NIF-IVA ES B12345678"),
    ("es", "invoice", "factura n.º 2026/11/0457"),
    ("es", "order", "Su número de pedido es 963 521 470."),
    ("es", "tracking", "El número de envío de la agencia será el SEUR 1234567890123."),
    ("es", "tracking", "Número de seguimiento: 9635 2147 01"),
    ("es", "reference", "Referencia 912-345-678 en el justificante."),
    ("es", "date", "Llega el 25-11-2026 entre las 10:00-14:00."),
    ("es", "amount", "Le devolvemos 1.234.567,89 €."),
    ("pl", "vat", "NIP 123-456-78-90"),
    ("pl", "company", "REGON 123456785"),
    ("pl", "company", "KRS 0000123456"),
    ("pl", "invoice", "nr FV/2026/11/0457"),
    ("pl", "invoice", "Numer faktury: 601 234 567"),
    ("pl", "order", "Numer zamówienia to 22 123 45 67."),
    ("pl", "tracking", "Numer przesyłki InPost: 6200 1234 5678 9012 3456 78"),
    ("pl", "reference", "Numer zwrotu 601-234-567"),
    ("pl", "date", "Dostawa 25.11.2026, 12:00."),
    ("pl", "time", "W godzinach 9.00-13.00."),
    ("pl", "amount", "Zwrot 1 234 567,89 zł."),
    ("sv", "company", "Org.nr 556123-4567"),
    ("sv", "vat", "Momsreg.nr SE556123456701"),
    ("sv", "reference", "Bankgiro 123-4567 och OCR 0812 3456 78"),
    ("sv", "invoice", "Fakturanummer 2026/11/0457"),
    ("sv", "order", "Ditt ordernummer är 08-123 456 78."),
    ("sv", "tracking", "Spårningsnummer PostNord: 00370712345678901234"),
    ("sv", "tracking", "Kollinummer 070 123 45 67 89"),
    ("sv", "date", "Leverans 2026-11-25 kl. 10:00."),
    ("sv", "time", "Mellan 08.00–12.00."),
    ("sv", "amount", "Vi återbetalar 1 234 567,89 kr."),
    ("tr", "tax", "Kadıköy Vergi Dairesi, Vergi No: 1234567890"),
    ("tr", "company", "Mersis No: 0123456789000015"),
    ("tr", "company", "Ticaret Sicil No: 123456"),
    ("tr", "invoice", "2026/11/0457 numaralı fatura ektedir."),
    ("tr", "order", "Sipariş numarası 0532 123 45 67."),
    ("tr", "tracking", "Kargo takip numarası: 0216 345 67 89 01"),
    ("tr", "tracking", "Yurtiçi Kargo 123456789012"),
    ("tr", "reference", "iade numarası RMA-2026-004512"),
    ("tr", "date", "Teslimat 12.11.2026 tarihinde 14:30'da."),
    ("tr", "time", "Saat 09.00-11.00 arası."),
    ("tr", "amount", "449,90 TL ve 1.234.567,89 TL iade edildi."),
]

# (language, format, sentence, the phone number in it)
PHONES = [
    ("nl", "spaces", "Bel ons op 020 123 4567.", "020 123 4567"),
    ("nl", "dash", "Bel ons gerust op 06-12345678.", "06-12345678"),
    ("nl", "country code", "Bel +31 (0)30 234 5678.", "+31 (0)30 234 5678"),
    ("nl", "be", "Bel ons op 02 123 45 67 of 0470 12 34 56.", "02 123 45 67"),
    ("nl", "be country code", "Bel +32 470 12 34 56.", "+32 470 12 34 56"),
    ("en", "spaces", "Give us a ring on 0113 496 0721.", "0113 496 0721"),
    ("en", "country code", "Call +44 (0)20 7946 0958.", "+44 (0)20 7946 0958"),
    ("en", "dashes", "Call us on 020-7946-0958.", "020-7946-0958"),
    ("de", "slash", "Rufen Sie uns unter 030 / 2345 6789 an.", "030 / 2345 6789"),
    ("de", "country code", "Telefon: +49 30 12345678", "+49 30 12345678"),
    ("de", "after an invoice", "Rechnung: Rufen Sie 030 1234567 an.", "030 1234567"),
    ("fr", "spaces", "Appelez-nous au 01 23 45 67 89.", "01 23 45 67 89"),
    ("fr", "dots", "Appelez-nous au 01.23.45.67.89.", "01.23.45.67.89"),
    ("fr", "dashes", "Notre ligne : 06-12-34-56-78.", "06-12-34-56-78"),
    ("fr", "country code", "Tél. +33 1 23 45 67 89", "+33 1 23 45 67 89"),
    ("it", "spaces", "Ci chiami al numero 02 1234 5678.", "02 1234 5678"),
    ("it", "country code", "Tel. +39 02 8734 5521", "+39 02 8734 5521"),
    ("it", "mobile", "Cellulare 347 123 4567", "347 123 4567"),
    ("es", "spaces", "Puede llamarnos al 963 52 14 70.", "963 52 14 70"),
    ("es", "country code", "Llámenos al +34 963 52 14 70.", "+34 963 52 14 70"),
    (
        "es",
        "after an invoice",
        "Si tiene dudas sobre la factura llame al 912 345 678.",
        "912 345 678",
    ),
    ("pl", "country code", "tel. +48 601 234 567", "+48 601 234 567"),
    ("pl", "landline", "Prosimy dzwonić pod 22 123 45 67.", "22 123 45 67"),
    ("pl", "dashes", "Zadzwoń: 601-234-567", "601-234-567"),
    ("sv", "dash", "Ring oss på 08-123 456 78.", "08-123 456 78"),
    ("sv", "country code", "Tel. +46 31 712 34 56", "+46 31 712 34 56"),
    ("sv", "mobile", "Ring 070-123 45 67.", "070-123 45 67"),
    ("tr", "spaces", "Bizi 0216 345 67 89 numaralı telefondan arayın.", "0216 345 67 89"),
    ("tr", "country code", "Tel: +90 532 123 45 67", "+90 532 123 45 67"),
    ("tr", "parentheses", "Bize (0532) 123 45 67 numarasından ulaşın.", "(0532) 123 45 67"),
]


@pytest.fixture(scope="module")
def detectors() -> Detectors:
    return load_detectors()


@pytest.mark.parametrize(("language", "kind", "text"), NOT_PHONES)
def test_a_number_that_is_no_phone_number(
    detectors: Detectors, language: str, kind: str, text: str
) -> None:
    assert detectors.phones(text, REGIONS) == [], f"{language} {kind}"


@pytest.mark.parametrize(("language", "form", "text", "number"), PHONES)
def test_a_phone_number_is_one(
    detectors: Detectors, language: str, form: str, text: str, number: str
) -> None:
    found = [raw for _, _, raw in detectors.phones(text, REGIONS)]
    assert number.strip("()") in [raw.strip("()") for raw in found], f"{language} {form}: {found}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_each_kind_both_ways(language: str) -> None:
    kinds = {kind for lang, kind, _ in NOT_PHONES if lang == language}
    assert {"invoice", "order", "tracking", "reference", "date", "amount"} <= kinds, kinds
    assert kinds & {"vat", "company", "tax"}
    assert any(lang == language for lang, *_ in PHONES)


def test_a_label_names_only_the_first_number_after_it(detectors: Detectors) -> None:
    text = "KvK 12345678, bel ons op 020 123 4567"
    assert [raw for _, _, raw in detectors.phones(text, REGIONS)] == ["020 123 4567"]


def test_a_word_between_label_and_number_that_joins_nothing_ends_the_label(
    detectors: Detectors,
) -> None:
    assert detectors.labelled_numbers("Factuur 2026 11") != []
    assert detectors.labelled_numbers("factuur? Bel gerust 020 123 4567") == []
    assert detectors.labelled_numbers("Rechnung: Rufen Sie 030 1234567 an") == []


def test_the_labels_are_data_per_language() -> None:
    tables = load_number_labels()
    assert set(LANGUAGES) <= set(tables)
    for language in LANGUAGES:
        assert tables[language]["labels"], language
    with (data_dir() / "text.toml").open("rb") as fh:
        assert tomllib.load(fh)["phone_max_bare_digits"] >= 11
