# -*- coding: utf-8 -*-
"""Blind evaluation set v3, Polish (pl-PL), 50 messages."""

LANG, LOCALE, PREFIX = "pl", "pl-PL", "407"


def _order(n):
    return "%s-%07d-%07d" % (PREFIX, (3051427 + n * 7919) % 10**7, (8812093 + n * 104729) % 10**7)


MESSAGES = []


def m(n, typ, fmt, subject, body, expected, note):
    o = _order(n)
    subject = subject.replace("%O%", o).replace("%N%", o.replace("-", ""))
    body = body.replace("%O%", o).replace("%N%", o.replace("-", ""))
    MESSAGES.append({
        "id": "v3-%s-%03d" % (LANG, n), "language": LANG, "locale": LOCALE, "type": typ,
        "format": fmt, "subject": subject, "body": body, "order_id": o,
        "expected": sorted(expected), "note": note,
    })


# ---------------------------------------------------------------- clean (1-17)
m(1, "delivery-delay", "text", "Opóźnienie realizacji – zamówienie %O%",
  "Dzień dobry Pani Agnieszko,\n\n"
  "niestety lniany obrus, który Pani zamówiła (zamówienie %O%), dotrze do nas od tkalni później, niż zakładaliśmy. "
  "Wysyłkę planujemy najpóźniej na czwartek 17.12.2026, więc paczka powinna być u Pani przed weekendem.\n\n"
  "Przepraszamy za zmianę terminu. Jeśli wolałaby Pani nie czekać, wystarczy napisać do nas przez wiadomości Amazon.\n\n"
  "Pozdrawiam serdecznie\nMagdalena Wrona\nLniana Chata",
  [], "Plain-text delivery delay with a new dispatch date; clean.")

m(2, "delivery-delay", "html", "Zmiana terminu wysyłki – %O%",
  "<p>Szanowny Panie Tomaszu,</p>"
  "<p>dziękujemy za zamówienie <b>%O%</b>. Produkt <i>Stojak na rowery ścienny, stal malowana proszkowo</i> "
  "czeka jeszcze na dostawę od producenta.</p>"
  "<table><tr><td>Pierwotny termin wysyłki:</td><td>09.12.2026</td></tr>"
  "<tr><td>Nowy termin wysyłki:</td><td>21.12.2026</td></tr></table>"
  "<p>Bardzo przepraszamy za opóźnienie. O każdej dalszej zmianie poinformujemy Pana od razu.</p>"
  "<p>Z poważaniem<br>Dział Obsługi Klienta<br>RowerMax Sp. z o.o.</p>",
  [], "Builder HTML delivery delay with a small table of dates, no styling; clean.")

m(3, "order-problem", "text", "[Ważne] Problem z zamówieniem %O%",
  "Dzień dobry,\n\n"
  "z przykrością informujemy, że nie możemy zrealizować zamówienia %O% – ostatnia sztuka czajnika "
  "okazała się uszkodzona przy kontroli jakości, a nowej dostawy nie będzie w tym roku.\n\n"
  "Kwota zamówienia (189,00 zł) została już w całości skorygowana w Seller Central z powodem „NoInventory”. "
  "Zwrot pojawi się na Pana koncie w ciągu kilku dni roboczych, zależnie od banku.\n\n"
  "Przepraszamy za kłopot.\nZespół Kuchnia Pod Lipą",
  [], "Order problem confirming full adjustment (NoInventory) with the Polish [Important] tag; clean.")

m(4, "additional-information", "text", "Prośba o dane do grawerunku – %O%",
  "Dzień dobry Pani Ewo,\n\n"
  "przygotowujemy do realizacji Pani zamówienie %O% (drewniana deska do krojenia z grawerem). "
  "W polu personalizacji nie pojawił się tekst – prawdopodobnie formularz się nie zapisał.\n\n"
  "Proszę odpisać, jaki napis mamy wygrawerować (maks. 25 znaków) i czy ma być pisany kursywą, czy drukowanymi literami. "
  "Bez tej informacji nie możemy wykonać zamówienia.\n\n"
  "Dziękuję i pozdrawiam\nKrzysztof Nowicki\nStolarnia Nowicki",
  [], "Request for engraving text needed to complete the order; clean.")

m(5, "return-follow-up", "text", "Zwrot – propozycja częściowego zwrotu, zamówienie %O%",
  "Dzień dobry Panie Marku,\n\n"
  "dostaliśmy zgłoszenie zwrotu kurtki softshell z zamówienia %O% z powodu odprutej kieszeni. "
  "Zamiast odsyłać całą kurtkę, możemy zaproponować częściowy zwrot w wysokości 60,00 zł (ok. 25% ceny), "
  "a kurtkę zatrzymuje Pan u siebie.\n\n"
  "Jeśli ta propozycja Panu odpowiada, proszę o krótką odpowiedź – wtedy od razu zlecimy zwrot. "
  "Jeśli nie, zwrot standardowy oczywiście nadal obowiązuje.\n\n"
  "Pozdrawiamy\nOutdoorowo – obsługa zwrotów",
  [], "Return follow-up offering a partial refund; clean.")

m(6, "return-follow-up", "text", "Pytanie dotyczące zwrotu %O%",
  "Dzień dobry,\n\n"
  "w paczce zwrotnej do zamówienia %O% znaleźliśmy tylko jedną z dwóch zamówionych lamp biurkowych. "
  "Czy druga lampa została wysłana osobną przesyłką? Jeśli tak, prosimy podać jej numer nadania, "
  "żebyśmy mogli ją przyjąć i rozliczyć cały zwrot.\n\n"
  "Pozdrawiam\nJoanna Kaczmarek\nLumenia",
  [], "Return follow-up asking for information needed to complete the return; clean.")

m(7, "invoice", "text", "Faktura VAT do zamówienia %O%",
  "Dzień dobry,\n\n"
  "w załączeniu przesyłamy fakturę VAT nr FV/2026/12/0457 do zamówienia %O%, wystawioną zgodnie z danymi podanymi przy zakupie.\n\n"
  "Sprzedawca: PAPIERNIA ZIELIŃSKI Sp. z o.o.\n"
  "ul. Długa 12/4, 31-147 Kraków\n"
  "NIP 676-234-56-78, REGON 123456785\n"
  "KRS 0000456789, Sąd Rejonowy dla Krakowa-Śródmieścia w Krakowie\n\n"
  "Kwota brutto: 246,00 zł (w tym VAT 23%: 46,00 zł).\n\n"
  "Pozdrawiamy\nDział księgowości",
  [], "Invoice with NIP (hyphenated), REGON, KRS and slashed invoice number; none is a phone number; clean.")

m(8, "review-request", "text", "Twoja opinia o zamówieniu %O%",
  "Dzień dobry,\n\n"
  "minęło kilka dni, odkąd zestaw pędzli do akwareli trafił do Pani rąk (zamówienie %O%). "
  "Jeśli znajdzie Pani chwilę, będziemy wdzięczni za opinię o produkcie na Amazon – każda uwaga, także krytyczna, "
  "pomaga nam i innym kupującym.\n\n"
  "Pozdrawiam\nAnna Sobczak, pracownia Akwarelka",
  [], "Neutral text review request, criticism explicitly welcome; clean.")

m(9, "review-request", "html", "Jak się sprawdza Twój zakup? Zamówienie %O%",
  "<p><img src=\"https://m.media-amazon.com/images/S/sellers/kawiarenka-domowa-logo.png\" alt=\"Logo sklepu Kawiarenka Domowa\" width=\"180\" height=\"60\"></p>"
  "<p>Dzień dobry Panie Pawle,</p>"
  "<p>mamy nadzieję, że młynek do kawy z zamówienia %O% już pracuje na pełnych obrotach. "
  "Chętnie przeczytamy, co Pan o nim sądzi – szczerą opinię można dodać na stronie produktu.</p>"
  "<p><a href=\"https://www.amazon.pl/review/create-review?asin=B0CKX7M2QP\">Napisz opinię o młynku na Amazon.pl</a></p>"
  "<p>Pozdrawiamy<br>Kawiarenka Domowa</p>",
  [], "HTML review request with shop logo (alt names shop) and descriptive https Amazon link; clean.")

m(10, "delivery-scheduling", "text", "Umówienie dostawy szafy – %O%",
  "Dzień dobry Pani Katarzyno,\n\n"
  "szafa przesuwna z zamówienia %O% waży 118 kg i będzie dostarczona przez firmę transportową z wniesieniem do mieszkania. "
  "Proszę wybrać jeden z terminów:\n\n"
  "- wtorek 15.12.2026, 8:00–12:00\n"
  "- środa 16.12.2026, 12:00–16:00\n"
  "- piątek 18.12.2026, 16:00–20:00\n\n"
  "Prosimy też o informację, na którym piętrze jest mieszkanie i czy w budynku jest winda.\n\n"
  "Pozdrawiam\nDariusz Lewandowski\nMeble Lewandowski",
  [], "Scheduling delivery of a heavy wardrobe with dates and time slots; clean.")

m(11, "home-service-appointment", "text", "Termin montażu zmywarki – %O%",
  "Dzień dobry,\n\n"
  "do zamówienia %O% dokupił Pan usługę montażu zmywarki. Nasz instalator, pan Rafał, może przyjechać:\n\n"
  "poniedziałek 14.12.2026 między 9:00 a 11:00\nalbo\nczwartek 17.12.2026 między 14:00 a 16:00.\n\n"
  "Który termin Panu pasuje? Montaż trwa zwykle około półtorej godziny; prosimy o dostęp do zaworu wody pod zlewem.\n\n"
  "Z pozdrowieniami\nSerwis AGD Kowalczyk",
  [], "Home-service appointment with two dates and time windows; clean.")

m(12, "custom-design-verification", "html", "Projekt do akceptacji – zamówienie %O%",
  "<p>Dzień dobry Pani Marto,</p>"
  "<p>w załączniku (projekt_kubek_%O%.pdf) przesyłamy wizualizację nadruku na kubek: napis "
  "<i>„Najlepsza Babcia na świecie”</i> z datą 24.12.2026 pod spodem.</p>"
  "<p>Prosimy sprawdzić pisownię i układ. Jeśli wszystko się zgadza, wystarczy odpisać „akceptuję” – "
  "po akceptacji kubek trafi do druku.</p>"
  "<p>Pozdrawiam<br>Oliwia, Drukarnia Kubeczek</p>",
  [], "Custom design proof attachment for approval; clean.")

m(13, "fulfillment-question", "text", "Kod do domofonu – zamówienie %O%",
  "Dzień dobry,\n\n"
  "przesyłkę do zamówienia %O% doręczy kurier, a osiedle przy ul. Wrzosowej 7 jest zamknięte bramą. "
  "Czy może nam Pan podać kod do bramy albo domofonu, żeby kurier mógł wejść? Numer referencyjny zlecenia u przewoźnika: REF 2026/12/88431, "
  "numer lokalu w zamówieniu: 14B.\n\n"
  "Przekażemy kod tylko przewoźnikowi.\n\n"
  "Dziękujemy\nZespół Sklep Ogrodnik",
  [], "Door-code question with reference numbers that are not phone numbers; clean.")

m(14, "reply", "text", "Re: Pytanie o model – %O%",
  "Dzień dobry Pani Zofio,\n\n"
  "zamówiła Pani dokładnie model „Ergonomic Office Chair Pro X2” – to angielska nazwa producenta, w Polsce sprzedawany jest "
  "pod tą samą nazwą. Różni się od wersji X1 regulowanym podparciem lędźwiowym i wyższym oparciem.\n\n"
  "Zamówienie %O% jest więc zgodne z tym, o co Pani pytała.\n\n"
  "Pozdrawiam\nMichał, BiuroPlus",
  [], "Reply quoting an English product title inside Polish sentences; clean.")

m(15, "reply", "text", "Re: Usterka ekspresu – %O%",
  "Dzień dobry Panie Grzegorzu,\n\n"
  "przykro nam, że ekspres z zamówienia %O% przestał podgrzewać wodę. Urządzenie jest objęte 24-miesięczną gwarancją producenta, "
  "a naprawy gwarancyjne prowadzi bezpośrednio serwis marki.\n\n"
  "Infolinia gwarancyjna producenta (serwis Caffetto Polska): 22 456 78 90, pon.–pt. 8:00–18:00.\n\n"
  "Gdyby serwis odmówił przyjęcia zgłoszenia, proszę dać nam znać przez wiadomości Amazon.\n\n"
  "Pozdrawiam\nIwona Pietrzak\nAromat Sklep",
  [], "Reply giving the manufacturer's warranty hotline marked as such (BSM309 exception); clean.")

m(16, "reply", "text", "Re: Dane sprzedawcy – %O%",
  "Dzień dobry,\n\n"
  "odpowiadając na pytanie: sprzedawcą przy zamówieniu %O% jest nasza firma, a nie Amazon. "
  "Reklamacje i zwroty rozpatrujemy sami, zgodnie z regulaminem widocznym na stronie sprzedawcy na Amazon.\n\n"
  "Pozdrawiamy\nZespół Zabawki Tęcza\n\n"
  "--\nTĘCZA Handel Sp. z o.o., ul. Piotrkowska 101, 90-425 Łódź\nNIP 725-198-44-21 | REGON 473829105 | KRS 0000712345\nKapitał zakładowy 50 000,00 zł",
  [], "Reply with a company-details footer (NIP, REGON, KRS, address); clean.")

m(17, "reply", "text", "Re: Status zwrotu %O%",
  "Dzień dobry Pani Beato,\n\n"
  "paczka zwrotna do zamówienia %O% (numer przesyłki zwrotnej 620345009877123015) dotarła do naszego magazynu w piątek 11.12.2026 o 13:40. "
  "Zwrot 349,90 zł zlecono w poniedziałek 14.12.2026; numer zwrotu RMA-2026-0917. "
  "Środki powinny być na koncie w ciągu 3–5 dni roboczych.\n\n"
  "Pozdrawiam\nPaweł Szymański\nSportLab",
  [], "Reply with return tracking and RMA numbers, dates, times and amounts; none is a phone number; clean.")

# ---------------------------------------------------------------- violations (18-48)
m(18, "fulfillment-question", "text", "Twoja paczka w drodze – %O%",
  "Dzień dobry,\n\n"
  "mamy dobrą wiadomość: paczka z zamówieniem %O% opuściła dziś rano nasz magazyn w Poznaniu i została przekazana kurierowi. "
  "Powinna dotrzeć w ciągu 1–2 dni roboczych.\n\n"
  "Pozdrawiamy\nEkoDom",
  ["BSM201"], "Shipment confirmation: parcel left the warehouse and was handed to the courier.")

m(19, "additional-information", "html", "Zamówienie %O% przyjęte",
  "<p>Dzień dobry Panie Adamie,</p>"
  "<p>otrzymaliśmy Pana zamówienie %O% i właśnie je kompletujemy. Damy znać, gdyby czegoś brakowało.</p>"
  "<p>Pozdrawiam<br>Hurtownia Śrubka</p>",
  ["BSM201"], "Order confirmation: order received and being prepared.")

m(20, "reply", "text", "Dziękujemy! – %O%",
  "Dzień dobry,\n\nserdecznie dziękujemy za zakupy w naszym sklepie (zamówienie %O%)!\n\nZespół Herbaciarnia Liść",
  ["BSM202"], "Thanks only, nothing else besides the order number.")

m(21, "fulfillment-question", "text", "Jesteśmy do dyspozycji – zamówienie %O%",
  "Dzień dobry Pani Małgorzato,\n\n"
  "gdyby cokolwiek w związku z zamówieniem %O% było nie tak, proszę śmiało pisać – chętnie pomożemy.\n\n"
  "Pozdrawiam\nSylwia z Pościelowo",
  ["BSM202"], "Only the offer to help if a problem comes up.")

m(22, "delivery-delay", "text", "Przesunięcie wysyłki %O%",
  "Dzień dobry,\n\n"
  "przepraszamy, zamówiony ręcznik bambusowy (zamówienie %O%) będzie gotowy do wysyłki dopiero 22.12.2026 – czekamy na dostawę tkaniny.\n\n"
  "Pozdrawiamy\nBambusowo\n\n"
  "PS. Do końca miesiąca cały asortyment w naszym sklepie tańszy o 20% – warto zajrzeć!",
  ["BSM203"], "Permitted delay message with a P.S. promoting 20% off the whole range.")

m(23, "review-request", "text", "Opinia o zamówieniu %O%",
  "Cześć!\n\n"
  "Dzięki, że wybrałeś naszą świecę sojową (zamówienie %O%). Będzie nam miło, jeśli podzielisz się opinią na Amazon.\n\n"
  "A jeśli lubisz zapachy tak jak my – obserwuj nas na Instagramie i zapisz się do newslettera, "
  "bo już w styczniu startuje nowa kolekcja zimowa.\n\n"
  "Ściskamy\nKnot & Wosk",
  ["BSM203"], "Review request that also invites following on Instagram, the newsletter and a new collection.")

m(24, "review-request", "text", "Mały prezent za opinię – %O%",
  "Dzień dobry,\n\n"
  "mamy nadzieję, że organizer na biurko z zamówienia %O% dobrze się sprawdza. "
  "Kiedy Pana opinia pojawi się na Amazon, wyślemy Panu w podziękowaniu drobny upominek – komplet naszych zakładek do książek.\n\n"
  "Pozdrawiamy\nDrewniane Cuda",
  ["BSM204"], "A small token of appreciation once the review is published.")

m(25, "review-request", "html", "Zwrot pieniędzy za recenzję – zamówienie %O%",
  "<p>Dzień dobry,</p>"
  "<p>mamy dla Pani propozycję: po opublikowaniu recenzji produktu z zamówienia %O% zwrócimy Pani pełną kwotę zakupu. "
  "Wystarczy odpisać z linkiem do recenzji, gdy będzie już widoczna.</p>"
  "<p>Pozdrawiamy<br>TechGadżet</p>",
  ["BSM204"], "Full refund as soon as the review is online.")

m(26, "reply", "text", "Re: Reklamacja słuchawek – %O%",
  "Dzień dobry Panie Łukaszu,\n\n"
  "cieszę się, że po aktualizacji oprogramowania słuchawki z zamówienia %O% znów łączą się z telefonem bez problemu.\n\n"
  "Skoro sprawa jest załatwiona, czy mógłby Pan zaktualizować swoją jednogwiazdkową opinię albo ją usunąć? "
  "Dla małego sklepu to naprawdę dużo znaczy.\n\n"
  "Pozdrawiam\nAudioNook",
  ["BSM205"], "Asks the buyer to update or remove a one-star review.")

m(27, "review-request", "text", "Czy jest Pani zadowolona? Zamówienie %O%",
  "Dzień dobry,\n\n"
  "jeśli jest Pani zadowolona z kosmetyczki z zamówienia %O%, prosimy o opinię na Amazon. "
  "Jeżeli jednak coś się nie spodobało, proszę nie wystawiać oceny, tylko najpierw napisać do nas – na pewno coś wymyślimy.\n\n"
  "Pozdrawiam\nSzyjemy z Pasją",
  ["BSM206"], "Review only if satisfied; unhappy buyers steered to contact the seller instead.")

m(28, "review-request", "text", "Pięć gwiazdek? – %O%",
  "Dzień dobry Panie Jakubie,\n\n"
  "dziękujemy za zamówienie %O%. Będziemy wdzięczni, jeśli oceni Pan nasz termos na pięć gwiazdek na Amazon – "
  "to dla nas najlepsza motywacja.\n\n"
  "Zespół ThermoBox",
  ["BSM206"], "Asks for a five-star rating.")

m(29, "delivery-delay", "text", "Brak towaru – zamówienie %O%",
  "Dzień dobry,\n\n"
  "bardzo przepraszamy – zamówiona przez Panią lampa solarna z zamówienia %O% chwilowo zniknęła z naszego magazynu, "
  "a kolejna dostawa dopiero za 4–5 tygodni.\n\n"
  "Najszybciej będzie, jeśli sama Pani anuluje zamówienie w swoim koncie Amazon – pieniądze wrócą wtedy od razu.\n\n"
  "Pozdrawiamy\nSolarne Ogrody",
  ["BSM108"], "Out of stock: advises the buyer that cancelling herself is quickest.")

m(30, "order-problem", "text", "Zamówienie %O% – brak na stanie",
  "Dzień dobry,\n\n"
  "niestety zamówiony przez Pana zestaw kluczy nasadowych (zamówienie %O%) wyprzedał się, zanim zdążyliśmy go spakować.\n\n"
  "Bylibyśmy wdzięczni, gdyby złożył Pan wniosek o anulowanie zamówienia przez Amazon.\n\n"
  "Przepraszamy za niedogodności\nNarzędziownia Kraft",
  ["BSM107", "BSM108"], "Order problem asking for a cancellation request, with no confirmation of adjustment.")

m(31, "review-request", "text", "Podziel się opinią – %O%",
  "Dzień dobry,\n\n"
  "jak sprawuje się plecak z zamówienia %O%? Będzie nam miło, jeśli zostawi Pani opinię o produkcie na Amazon.\n\n"
  "Nie chce Pani otrzymywać od nas wiadomości? Wystarczy odpisać STOP, a wypiszemy Panią z listy.\n\n"
  "Pozdrawiamy\nPlecakownia",
  ["BSM305"], "Review request with a 'reply STOP' opt-out instruction.")

m(32, "reply", "text", "Re: Gdzie moja paczka? %O%",
  "Dzień dobry,\n\n"
  "rozumiem Pana złość. Ten pieprzony przewoźnik znowu zgubił nam pół magazynu, kurwa, nie da się z nimi pracować. "
  "Sprawdzam sprawę zamówienia %O% i wrócę z odpowiedzią jutro do 12:00.\n\n"
  "Marcin\nMotoCzęści",
  ["BSM306"], "Reply containing Polish profanity.")

m(33, "delivery-delay", "text", "Lieferverzögerung – Bestellung %O%",
  "Guten Tag,\n\n"
  "leider verzögert sich der Versand Ihrer Bestellung %O% um etwa eine Woche, da unser Lieferant im Rückstand ist. "
  "Neuer Versandtermin: 18.12.2026.\n\n"
  "Wir bitten um Entschuldigung.\nIhr Team von Porcelana Bolesławiec",
  ["BSM104"], "Message to a pl-PL buyer written entirely in German.")

m(34, "reply", "text", "Re: Rozmiar kołdry – %O%",
  "Dzień dobry,\n\n"
  "kołdra z zamówienia %O% ma wymiar 200 × 220 cm. Gdyby miała Pani jeszcze pytania, najszybciej złapie nas Pani telefonicznie: "
  "tel. 512 384 907 (pon.–pt. 9–17).\n\n"
  "Pozdrawiam\nSen i Puch",
  ["BSM309"], "Reply with the seller's own mobile number in national format.")

m(35, "delivery-scheduling", "text", "Dostawa kanapy – %O%",
  "Dzień dobry,\n\n"
  "kanapa z zamówienia %O% będzie gotowa do dostawy od 16.12.2026. Proszę o wybór dnia: wtorek, środa albo piątek, w godzinach 10:00–18:00.\n\n"
  "Kierowca przed przyjazdem zadzwoni; w razie potrzeby można go też złapać pod numerem +48 601 227 935.\n\n"
  "Pozdrawiam\nSofaLand",
  ["BSM309"], "Delivery scheduling that gives a driver's phone number in international format.")

m(36, "additional-information", "text", "Potrzebne wymiary okna – %O%",
  "Dzień dobry,\n\n"
  "żeby przyciąć roletę z zamówienia %O% na wymiar, potrzebujemy dokładnej szerokości szyby w mm. "
  "Może Pan odpisać tutaj albo przesłać zdjęcie z miarką na adres zamowienia@roletyfix.pl.\n\n"
  "Pozdrawiam\nRoletyFix",
  ["BSM308"], "Information request giving a plain e-mail address.")

m(37, "return-follow-up", "text", "Zwrot %O% – brakujące informacje",
  "Dzień dobry,\n\n"
  "do rozliczenia zwrotu z zamówienia %O% potrzebujemy numeru konta lub potwierdzenia, że zwrot ma trafić na kartę. "
  "Najlepiej napisać do nas bezpośrednio: zwroty małpa butikmila kropka pl.\n\n"
  "Pozdrawiam\nButik Mila",
  ["BSM308"], "Return follow-up with an obfuscated e-mail address ('małpa', 'kropka').")

m(38, "reply", "html", "Re: Pielęgnacja patelni – %O%",
  "<p>Dzień dobry,</p>"
  "<p>dziękujemy za pytanie do zamówienia %O%. Żeliwnej patelni nie należy myć w zmywarce – wystarczy gorąca woda i odrobina oleju po myciu.</p>"
  "<p>Więcej porad znajdzie Pan w naszym poradniku: "
  "<a href=\"https://www.zeliwnakuchnia.pl/poradnik/pielegnacja-zeliwa\">Poradnik pielęgnacji żeliwa na stronie Żeliwna Kuchnia</a>.</p>"
  "<p>Pozdrawiamy<br>Żeliwna Kuchnia</p>",
  ["BSM302"], "Reply linking (https, descriptive text) to the seller's own website.")

m(39, "review-request", "html", "Opinia o zamówieniu %O%",
  "<p>Dzień dobry Pani Natalio,</p>"
  "<p>jeśli ma Pani chwilę, prosimy o opinię o szalu z zamówienia %O%:</p>"
  "<p><a href=\"http://www.amazon.pl/review/create-review?asin=B0D3LQ8W2Z\">Oceń szal na Amazon.pl</a></p>"
  "<p>Pozdrawiamy<br>Wełniane Chusty</p>",
  ["BSM301"], "Descriptive link to Amazon but over insecure http.")

m(40, "review-request", "html", "Jak się sprawuje kubek? – %O%",
  "<p>Dzień dobry,</p>"
  "<p><img src=\"https://m.media-amazon.com/images/I/kubek-ceramiczny-niebieski-350ml.jpg\" alt=\"Kubek ceramiczny niebieski 350 ml – Pani zakup\" width=\"300\"></p>"
  "<p>mamy nadzieję, że kubek z zamówienia %O% cieszy oko. Będzie nam miło, jeśli zostawi Pani opinię na Amazon.</p>"
  "<p>Ceramika Mazur</p>",
  ["BSM310"], "Embeds a photo of the purchased mug.")

m(41, "delivery-delay", "html", "Opóźnienie wysyłki – %O%",
  "<p><img src=\"https://images.stockfree.example/plaza-zachod-slonca.jpg\" alt=\"Plaża o zachodzie słońca\" width=\"400\"></p>"
  "<p>Dzień dobry,</p>"
  "<p>zamówienie %O% wyślemy z trzydniowym opóźnieniem, w poniedziałek 14.12.2026. Przepraszamy!</p>"
  "<p>Sklep Wakacyjny Kufer</p>",
  ["BSM311"], "Unrelated stock image of a beach (with alt text) in a delay message.")

m(42, "review-request", "html", "Prośba o opinię – zamówienie %O%",
  "<p><img src=\"https://m.media-amazon.com/images/S/sellers/zielarnia-babuni-logo.png\" alt=\"\" width=\"160\"></p>"
  "<p>Dzień dobry,</p>"
  "<p>czy mieszanka ziół z zamówienia %O% przypadła Panu do gustu? Będziemy wdzięczni za opinię na Amazon, niezależnie od tego, jaka będzie.</p>"
  "<p>Zielarnia Babuni</p>",
  ["BSM402"], "Shop logo with empty alt attribute.")

m(43, "delivery-delay", "text", "Drobne opóźnienie – %O%",
  "Hej!\n\n"
  "Twoje skarpetki w lamy (zamówienie %O%) wyślemy dwa dni później, w środę 16.12.2026. Sorki za poślizg 🙈\n\n"
  "Ekipa Skarpetkowo",
  ["BSM403"], "Emoji in a delay message.")

m(44, "additional-information", "text", "Jaki kolor nici? %O%",
  "Dzień dobry,\n\n"
  "do haftu na ręczniku z zamówienia %O% potrzebujemy jeszcze koloru nici: złoty, srebrny czy granatowy? "
  "Czekamy na odpowiedź i od razu bierzemy się do pracy :)\n\n"
  "Haftownia Igiełka",
  ["BSM403"], "Emoticon ':)' in an information request.")

m(45, "delivery-delay", "html", "Opóźnienie zamówienia %O%",
  "<style>h1{font-size:26px} h2{font-size:19px} p{font-size:15px} .drobne{font-size:11px}</style>"
  "<h1>Opóźnienie wysyłki</h1>"
  "<h2>Zamówienie %O%</h2>"
  "<p>Dzień dobry, z powodu inwentaryzacji wyślemy Pana zamówienie 18.12.2026 zamiast 15.12.2026. Przepraszamy.</p>"
  "<p class=\"drobne\">Wiadomość wygenerowana automatycznie przez system sklepu Elektro-Hurt.</p>",
  ["BSM410"], "Four explicit font sizes in a <style> block besides the default.")

m(46, "delivery-delay", "text", "Wysyłka %O% później",
  "Dzień dobry,\n\n\n"
  "zamówienie %O% wyślemy z opóźnieniem – nowy termin to 19.12.2026.\n\n\n"
  "Przepraszamy\nPracownia Ceramiki Glina",
  ["BSM412"], "Plain text with two blank lines in a row between paragraphs.")

m(47, "delivery-delay", "html", "Informacja o terminie wysyłki – %O%",
  "<div style=\"font-family: Arial, Helvetica, sans-serif; color:#333333; line-height:1.7;\">"
  "<p style=\"text-align:center\">Dzień dobry,</p>"
  "<p style=\"text-align:center\">zamówienie %O% opuści nasz magazyn z opóźnieniem: nowy termin wysyłki to 17.12.2026. "
  "Przepraszamy za zmianę planów.</p>"
  "<p style=\"text-align:center\">Zespół Sklep Dywanik</p></div>",
  ["BSM407", "BSM408", "BSM409", "BSM411"], "Builder template setting font-family, colour, line-height and centred text.")

m(48, "review-request", "text", "[Ważne] Twoja opinia o zamówieniu %O%",
  "Dzień dobry,\n\n"
  "czy mógłby Pan poświęcić minutę i napisać opinię o produkcie z zamówienia %O% na Amazon? Każda szczera opinia jest dla nas cenna.\n\n"
  "Pozdrawiamy\nGrillMistrz",
  ["BSM110"], "[Ważne] tag on a review request, which is not critical.")

m(49, "review-request", "html", "Opinia o produkcie – %O%",
  "<p>Dzień dobry,</p>"
  "<p>jak się spisuje lampka nocna z zamówienia %O%? Opinię można dodać tutaj: "
  "<a href=\"https://www.amazon.pl/review/create-review?asin=B0B9TQ4K1L\">kliknij tutaj</a>.</p>"
  "<p>Pozdrawiamy<br>Nocne Światło</p>",
  ["BSM401"], "Non-descriptive link text 'kliknij tutaj' on an https Amazon link.")

# ---------------------------------------------------------------- variable (50, plus 49 above counts as violation)
m(50, "delivery-delay", "text", "Opóźnienie wysyłki Twojego zamówienia",
  "Dzień dobry,\n\n"
  "zamówienie nr %N% wyślemy z tygodniowym opóźnieniem, około 21.12.2026. Przepraszamy za niedogodność.\n\n"
  "Pozdrawiamy\nSklep Bursztynek",
  ["BSM102"], "Order number written without hyphens only, so the 17-digit format is missing.")
