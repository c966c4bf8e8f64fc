"""v17 blind evaluation set: Polish (pl-PL). Standard library only."""

LANG = "pl"
LOCALE = "pl-PL"


def _order(n):
    a = (3141592 + n * 7919) % 10000000
    b = (2718281 + n * 104729) % 10000000
    return "486-%07d-%07d" % (a, b)


def _rec(n, typ, fmt, subject, body, expected, note):
    on = _order(n)
    rep = lambda s: s.replace("{ON}", on).replace("{ONX}", on.replace("-", ""))
    return {
        "id": "v17-pl-%03d" % n,
        "language": LANG,
        "locale": LOCALE,
        "type": typ,
        "format": fmt,
        "subject": rep(subject),
        "body": rep(body),
        "order_id": on,
        "expected": sorted(expected),
        "note": note,
    }


FOOT_TXT = ("Drewnianka s.c. Marta i Paweł Nowiccy\n"
            "ul. Klonowa 14, 34-500 Zakopane\n"
            "NIP 736-172-45-81, REGON 122845310")

MESSAGES = [
    # ---------------- clean (1-17) ----------------
    _rec(1, "delivery-delay", "text",
         "Zamówienie {ON} – wysyłka kilka dni później",
         "Dzień dobry,\n\n"
         "piszę w sprawie zamówienia {ON} (deska do krojenia z orzecha, 40 x 25 cm). "
         "Niestety stolarz złapał grypę i partia desek schnie u nas dłużej, niż planowaliśmy. "
         "Paczka wyjdzie od nas najpóźniej w czwartek 10.12.2026, czyli ok. 4 dni po terminie podanym w ofercie.\n\n"
         "Jeśli taki termin Panu nie odpowiada, wystarczy dać znać – wszystko załatwimy po naszej stronie.\n\n"
         "Przepraszamy za poślizg i pozdrawiamy spod Tatr,\n"
         "Marta Nowicka\nDrewnianka",
         [], "Plain-text delivery delay with a new dispatch date and no shipping confirmation."),

    _rec(2, "delivery-delay", "html",
         "Opóźnienie realizacji – zam. {ON}",
         "<p>Szanowna Pani,</p>"
         "<p>uprzejmie informujemy, że realizacja zamówienia <b>{ON}</b> potrwa nieco dłużej. "
         "Producent przesunął dostawę lamp <i>Nordlys</i> do naszego magazynu na 14 grudnia.</p>"
         "<table><tr><td>Pierwotny termin wysyłki:</td><td>7.12.2026</td></tr>"
         "<tr><td>Nowy przewidywany termin:</td><td>15.12.2026</td></tr></table>"
         "<p>Zamówienie pozostaje aktywne, nic nie trzeba robić. Bardzo przepraszamy za niedogodność.</p>"
         "<p>Z wyrazami szacunku<br>Karolina Wierzbicka<br>Dział obsługi klienta, Lumenka.pl</p>"
         "<p><small>Lumenka Sp. z o.o., ul. Świętokrzyska 30/12, 00-116 Warszawa, KRS 0000612345</small></p>",
         [], "Builder HTML delay notice with a small table and a company line, no styles."),

    _rec(3, "order-problem", "text",
         "[Ważne] Problem z zamówieniem {ON}",
         "Dzień dobry,\n\n"
         "z przykrością muszę przekazać, że ostatni egzemplarz czajnika „Emalia Retro” w kolorze miętowym "
         "okazał się uszkodzony przy kontroli przed pakowaniem, a kolejnej dostawy producent już nie planuje. "
         "Nie jesteśmy w stanie zrealizować zamówienia {ON}.\n\n"
         "Kwota zamówienia została już przez nas w całości skorygowana w systemie Amazon (powód: brak towaru), "
         "więc środki wrócą na Pani konto automatycznie, zwykle w ciągu 3–5 dni roboczych.\n\n"
         "Bardzo przepraszamy.\n"
         "Agnieszka Lis\nSklep Garnuszek",
         [], "Order problem with the Polish [Ważne] tag that confirms the amount was adjusted."),

    _rec(4, "additional-information", "text",
         "Pytanie do zamówienia {ON} – grawer",
         "Dzień dobry Panie Tomaszu,\n\n"
         "żeby ruszyć z grawerem na zapalniczce z zamówienia {ON}, potrzebujemy jeszcze jednej rzeczy: "
         "w formularzu zamówienia pole z tekstem zostało puste. Jaki napis mamy wygrawerować? "
         "Mieści się maks. 20 znaków, do wyboru czcionka prosta albo pisana.\n\n"
         "Bez tej informacji niestety nie zaczniemy.\n\n"
         "Pozdrawiam\nKuba z Grawerowni Iskra",
         [], "Request for missing engraving text needed to complete the order."),

    _rec(5, "return-follow-up", "text",
         "Zwrot do zamówienia {ON} – propozycja",
         "Dzień dobry,\n\n"
         "dziękujemy za zgłoszenie zwrotu do zamówienia {ON}. Z opisu i zdjęć wynika, że na kurtce jest "
         "tylko niewielkie przetarcie przy kieszeni.\n\n"
         "Jeżeli wolałaby Pani zatrzymać kurtkę, możemy zaproponować częściowy zwrot w wysokości 60,00 zł "
         "(ok. 25% ceny). Wystarczy odpisać „zostawiam”, a pieniądze przelejemy w ciągu dwóch dni. "
         "Jeśli woli Pani jednak standardowy zwrot – oczywiście nic się nie zmienia.\n\n"
         "Pozdrawiamy\nZespół Szafa Babci Zosi",
         [], "Return follow-up offering a partial refund as an alternative."),

    _rec(6, "return-follow-up", "html",
         "Zwrot – zamówienie {ON}",
         "<p>Dzień dobry,</p>"
         "<p>otrzymaliśmy zgłoszenie zwrotu ekspresu z zamówienia {ON}. Żeby dokończyć procedurę, "
         "prosimy o dwie informacje:</p>"
         "<ul><li>czy urządzenie wraca w oryginalnym kartonie,</li>"
         "<li>czy usterka (wyciek wody) pojawia się od pierwszego użycia, czy dopiero po kilku dniach.</li></ul>"
         "<p>To potrzebne do protokołu reklamacyjnego.</p>"
         "<p>Łączę pozdrowienia<br>Damian Sowa<br>Kawomat – obsługa posprzedażowa</p>",
         [], "Return follow-up asking for information needed to complete the return."),

    _rec(7, "invoice", "text",
         "Faktura VAT FV/2026/12/0457 do zamówienia {ON}",
         "Dzień dobry,\n\n"
         "w załączniku przesyłamy fakturę VAT nr FV/2026/12/0457 do zamówienia {ON}, wystawioną na dane firmy "
         "podane przy zakupie (NIP nabywcy 525-228-10-43).\n\n"
         "Kwota brutto: 1 249,00 zł, w tym VAT 23%: 233,56 zł.\n\n"
         "Sprzedawca:\nBiuroMebel Jan Zieliński\nul. Przemysłowa 8, 61-033 Poznań\n"
         "NIP 778-141-20-96, REGON 301245588, BDO 000123456\n\n"
         "Pozdrawiam\nJan Zieliński",
         [], "Invoice with NIP, REGON, BDO and an invoice number with slashes; no phone number."),

    _rec(8, "review-request", "text",
         "Zamówienie {ON} – jak się sprawdza?",
         "Dzień dobry,\n\n"
         "minęły już dwa tygodnie, odkąd plecak z zamówienia {ON} jest u Pana. "
         "Będziemy wdzięczni, jeśli znajdzie Pan chwilę, żeby opisać swoje wrażenia w recenzji na Amazonie – "
         "zarówno plusy, jak i minusy. Takie opinie pomagają innym w wyborze, a nam w poprawianiu szycia.\n\n"
         "Pozdrawiamy\nPracownia Tornister",
         [], "Neutral plain-text review request."),

    _rec(9, "review-request", "html",
         "Podziel się opinią o zamówieniu {ON}",
         "<p><img src=\"https://static.ceramikalas.pl/logo/ceramika-las-logo.png\" alt=\"Logo Ceramika Las\" width=\"160\" height=\"48\"></p>"
         "<p>Dzień dobry,</p>"
         "<p>mamy nadzieję, że kubki z zamówienia {ON} dotarły całe. Jeżeli ma Pani ochotę, prosimy o "
         "kilka słów o produkcie – każda szczera opinia jest dla nas cenna.</p>"
         "<p><a href=\"https://www.amazon.pl/review/create-review?asin=B0CX7P2LQ1\">Napisz recenzję kubków na Amazon.pl</a></p>"
         "<p>Ściskamy<br>Ola i Bartek, Ceramika Las</p>",
         [], "HTML review request with the shop logo (alt names the shop) and a descriptive https Amazon link."),

    _rec(10, "delivery-scheduling", "text",
         "Dostawa szafy – zamówienie {ON} – wybór terminu",
         "Dzień dobry,\n\n"
         "szafa trzydrzwiowa z zamówienia {ON} waży z opakowaniem ok. 140 kg i jedzie do Państwa naszym transportem "
         "z wniesieniem. Proponujemy następujące okna dostawy:\n\n"
         "– wtorek 15.12.2026, 8:00–12:00\n– wtorek 15.12.2026, 14:00–18:00\n– czwartek 17.12.2026, 10:00–14:00\n\n"
         "Prosimy o wybór jednego okna i informację, czy w budynku jest winda (które piętro?).\n\n"
         "Pozdrawiam\nRafał Dudek, koordynator dostaw\nMeble Dębowy Dwór",
         [], "Scheduling a bulky delivery with dates and time slots."),

    _rec(11, "home-service-appointment", "html",
         "Montaż zmywarki – zamówienie {ON}",
         "<p>Dzień dobry Pani Ewo,</p>"
         "<p>do zamówienia {ON} dołączona jest usługa montażu zmywarki. Nasz instalator ma wolne terminy:</p>"
         "<ol><li>piątek 11.12.2026, 9:00–11:00</li><li>poniedziałek 14.12.2026, 15:30–17:30</li></ol>"
         "<p>Który pasuje? Prosimy też upewnić się, że przy zabudowie jest dostęp do zaworu wody.</p>"
         "<p>Pozdrawiamy<br>Serwis Montażowy AGD-Fix</p>",
         [], "Home-service appointment with two time slots."),

    _rec(12, "custom-design-verification", "text",
         "Projekt do akceptacji – zamówienie {ON}",
         "Cześć Magda,\n\n"
         "w załączniku (projekt_zaproszenia_v2.pdf) jest wizualizacja zaproszeń ślubnych z zamówienia {ON}: "
         "imiona „Magdalena & Piotr”, data 12.06.2027, kremowy papier, złocenie na inicjałach.\n\n"
         "Sprawdź proszę dokładnie pisownię i datę. Jak wszystko gra, odpisz „akceptuję” i puszczamy do druku; "
         "poprawki nanosimy bez dopłat.\n\n"
         "Pozdrawiam\nJustyna, Papierowe Serce",
         [], "Custom design proof sent for approval."),

    _rec(13, "fulfillment-question", "text",
         "Kod do bramy – zamówienie {ON}",
         "Dzień dobry,\n\n"
         "rower z zamówienia {ON} dowozi nasz kierowca w środę 9.12.2026 (nr zlecenia dostawy DST/2026/12/0418). "
         "Osiedle przy ul. Lipowej jest zamknięte – czy może Pan podać kod do furtki albo numer klatki i mieszkania, "
         "żeby kierowca nie utknął przed bramą?\n\n"
         "Dziękuję i pozdrawiam\nWeronika, Rowerownia Szprycha",
         [], "Door-code question before delivery with a delivery reference number."),

    _rec(14, "reply", "text",
         "Re: Pytanie o „Wooden Stacking Rainbow” – {ON}",
         "Dzień dobry,\n\n"
         "tak, tęcza „Wooden Stacking Rainbow – Large 12 pcs” z zamówienia {ON} jest malowana farbami na bazie wody "
         "i ma certyfikat EN 71-3, więc spokojnie nadaje się dla rocznego dziecka. "
         "Elementy mają 18 mm grubości, więc nie ma ryzyka połknięcia.\n\n"
         "Pozdrawiam\nNatalia\nKlocuszek – zabawki drewniane",
         [], "Reply quoting an English product title inside Polish sentences."),

    _rec(15, "reply", "text",
         "Re: Wiertarka nie działa – zamówienie {ON}",
         "Dzień dobry,\n\n"
         "bardzo nam przykro, że wiertarka z zamówienia {ON} przestała działać po tygodniu. "
         "Urządzenie ma 24 miesiące gwarancji producenta, a najszybciej naprawy idą bezpośrednio przez serwis.\n\n"
         "Infolinia gwarancyjna producenta (Werkmax Polska, serwis gwarancyjny): 22 487 60 00, pon.–pt. 8:00–16:00.\n\n"
         "Gdyby serwis robił problemy, proszę pisać – pomożemy.\n\n"
         "Pozdrawiam\nPiotr Grabowski\nNarzędziownia Grabowski",
         [], "Reply giving the manufacturer's warranty hotline, marked as such (BSM309 exception)."),

    _rec(16, "reply", "html",
         "Re: Czy wystawiacie faktury? {ON}",
         "<p>Dzień dobry,</p>"
         "<p>oczywiście – do zamówienia {ON} możemy wystawić fakturę na firmę. Wystarczy, że uzupełni Pan "
         "dane firmy w ustawieniach konta Amazon Business albo odpisze tu z NIP-em, a fakturę dołączymy do tej rozmowy.</p>"
         "<p>Pozdrawiam serdecznie<br>Monika Górska<br>Specjalistka ds. obsługi klienta</p>"
         "<p><small>Herbaciarnia Liść Sp. z o.o.<br>ul. Piotrkowska 112, 90-006 Łódź<br>"
         "NIP 725-230-11-58 · REGON 387654321 · KRS 0000845123<br>Kapitał zakładowy 5 000,00 zł</small></p>",
         [], "Reply with a full Polish company-details footer (NIP, REGON, KRS) and no contact data."),

    _rec(17, "reply", "text",
         "Re: Kiedy zwrot pieniędzy? {ON}",
         "Dzień dobry,\n\n"
         "Pani paczka zwrotna do zamówienia {ON} (numer zwrotu RMA 2026/11/318, przesyłka InPost 520113987654321098765432) "
         "dotarła do nas 4.12.2026 o 11:20. Po sprawdzeniu zleciliśmy zwrot 189,90 zł, "
         "a koszt odesłania 13,99 zł doliczymy osobno w poniedziałek 7.12.\n\n"
         "Pieniądze powinny być widoczne na koncie w ciągu 3–5 dni roboczych.\n\n"
         "Pozdrawiamy\nSklep Skarpetkarnia",
         [], "Reply with return and tracking numbers, dates, times and amounts; none is a phone number."),

    # ---------------- violations (18-48) ----------------
    _rec(18, "fulfillment-question", "text",
         "Twoja paczka {ON} już w drodze",
         "Dzień dobry,\n\n"
         "dobra wiadomość: zamówienie {ON} opuściło dziś rano nasz magazyn w Gliwicach i zostało przekazane kurierowi DPD. "
         "Zwykle paczki docierają następnego dnia roboczego.\n\n"
         "Pozdrawiamy\nZespół Kociołek.pl",
         ["BSM201"], "Shipping confirmation: left the warehouse and handed to the courier."),

    _rec(19, "additional-information", "html",
         "Dziękujemy za zamówienie {ON}",
         "<p>Cześć!</p>"
         "<p>Twoje zamówienie {ON} wpadło do nas szczęśliwie i właśnie je kompletujemy – "
         "świeczki sojowe pakujemy ręcznie, w bibułę i pudełko z tektury.</p>"
         "<p>Ciepło pozdrawiamy<br>Ekipa Wosk i Knot</p>",
         ["BSM201"], "Order confirmation: order received and being packed."),

    _rec(20, "fulfillment-question", "text",
         "Zamówienie {ON}",
         "Dzień dobry,\n\n"
         "serdecznie dziękujemy za zakupy w naszym sklepie i zaufanie, jakim nas Pan obdarzył. "
         "To dla nas naprawdę dużo znaczy.\n\n"
         "Pozdrawiamy\nAntykwariat Pod Globusem",
         ["BSM202"], "Thanks-only message."),

    _rec(21, "fulfillment-question", "text",
         "Zamówienie {ON} – jesteśmy do dyspozycji",
         "Dzień dobry,\n\n"
         "gdyby cokolwiek było nie tak z zamówieniem {ON} albo pojawiły się jakiekolwiek pytania – "
         "jesteśmy na miejscu i chętnie pomożemy.\n\n"
         "Miłego dnia!\nSklep Zielony Parapet",
         ["BSM202"], "Only says the seller is there if anything comes up."),

    _rec(22, "delivery-delay", "text",
         "Zamówienie {ON} – wysyłka 11.12",
         "Dzień dobry,\n\n"
         "ze względu na przedświąteczny natłok zamówień koc z zamówienia {ON} zostanie wysłany 11.12.2026, "
         "dwa dni później niż zakładaliśmy. Przepraszamy!\n\n"
         "Pozdrawiamy\nWełniany Zakątek\n\n"
         "PS Do końca grudnia cały asortyment tańszy o 20% – warto zajrzeć do naszego sklepu na Amazonie przed świętami.",
         ["BSM203"], "Delay notice whose postscript promotes 20% off the whole range."),

    _rec(23, "review-request", "text",
         "Jak Ci się podoba? Zamówienie {ON}",
         "Hej,\n\n"
         "mamy nadzieję, że kolczyki z zamówienia {ON} się spodobały. Jeśli masz chwilę, podziel się opinią o produkcie na Amazonie.\n\n"
         "A skoro już tu jesteś: obserwuj nas na Instagramie (Srebrna Niteczka) i zapisz się do newslettera – "
         "w styczniu startuje nowa kolekcja z bursztynem.\n\n"
         "Buziaki\nSrebrna Niteczka",
         ["BSM203"], "Review request with follow-us, newsletter and new-collection promotion."),

    _rec(24, "review-request", "text",
         "Mała niespodzianka za opinię – {ON}",
         "Dzień dobry,\n\n"
         "cieszymy się, że zestaw pędzli z zamówienia {ON} trafił już do Pani. Gdy tylko Pani recenzja pojawi się "
         "na Amazonie, odezwiemy się z drobnym upominkiem w podziękowaniu – taki mały gest od nas.\n\n"
         "Pozdrawiamy\nArtPędzel",
         ["BSM204"], "Small gift promised once the review is published."),

    _rec(25, "review-request", "html",
         "Zamówienie {ON} – opinia",
         "<p>Dzień dobry,</p>"
         "<p>mamy dla Pana propozycję: proszę opisać swoje wrażenia z użytkowania słuchawek z zamówienia {ON} "
         "w recenzji na Amazonie, a po jej publikacji oddamy Panu całą kwotę za zakup. Wystarczy odpisać z linkiem do recenzji.</p>"
         "<p>Pozdrawiam<br>Łukasz, AudioKąt</p>",
         ["BSM204"], "Full refund offered as soon as the review is online."),

    _rec(26, "reply", "text",
         "Re: Reklamacja lampki – {ON}",
         "Dzień dobry,\n\n"
         "cieszę się, że po przełączeniu trybu ściemniania, o którym pisaliśmy wczoraj, lampka z zamówienia {ON} działa już bez migania.\n\n"
         "Skoro sprawa jest załatwiona, czy mogłaby Pani rozważyć zaktualizowanie albo usunięcie swojej recenzji z jedną gwiazdką? "
         "Obecnie opisuje problem, którego już nie ma.\n\n"
         "Dziękuję\nIwona Bąk\nŚwietlik Dekor",
         ["BSM205"], "Asks to update or remove a one-star review after the issue was solved."),

    _rec(27, "review-request", "text",
         "Zamówienie {ON} – wszystko w porządku?",
         "Dzień dobry,\n\n"
         "jeżeli jest Pan zadowolony z rękawic z zamówienia {ON}, będziemy wdzięczni za recenzję na Amazonie. "
         "A jeśli coś nie zagrało, prosimy najpierw napisać do nas – zamiast wystawiać opinię, wszystko wyjaśnimy.\n\n"
         "Pozdrawiamy\nBHP-Max",
         ["BSM206"], "Asks only satisfied buyers to review and steers unhappy ones to the seller."),

    _rec(28, "review-request", "text",
         "Pięć gwiazdek dla pasieki? – {ON}",
         "Dzień dobry,\n\n"
         "dla małej rodzinnej pasieki każda ocena to być albo nie być. Jeśli miód z zamówienia {ON} smakował, "
         "będziemy ogromnie wdzięczni za pięć gwiazdek przy recenzji na Amazonie.\n\n"
         "Pozdrawiamy\nPasieka Pod Lipą",
         ["BSM206"], "Asks for a five-star rating."),

    _rec(29, "order-problem", "text",
         "Brak towaru – zamówienie {ON}",
         "Dzień dobry,\n\n"
         "niestety fotel z zamówienia {ON} wyprzedał się u nas równocześnie w dwóch kanałach i nie mamy go już na stanie. "
         "Kwota zamówienia została skorygowana w Amazon z powodem „brak towaru”.\n\n"
         "Żeby sprawa zamknęła się najszybciej, najlepiej będzie, jeśli sama Pani anuluje zamówienie na swoim koncie – "
         "to zajmuje minutę.\n\n"
         "Przepraszamy\nSiedzisko.pl",
         ["BSM108"], "Advises the buyer to cancel herself because stock ran out (amount adjusted)."),

    _rec(30, "order-problem", "text",
         "Zamówienie {ON} – prośba",
         "Dzień dobry,\n\n"
         "okazało się, że hurtownia nie dowiezie już puzzli 3000 el. z zamówienia {ON}. "
         "Bylibyśmy wdzięczni, gdyby złożył Pan w Amazonie wniosek o anulowanie zamówienia – wtedy sprawa zamknie się od ręki.\n\n"
         "Pozdrawiamy\nPuzzlownia",
         ["BSM107", "BSM108"], "Asks for a cancellation request without confirming any amount adjustment."),

    _rec(31, "delivery-delay", "text",
         "Zamówienie {ON} – nowy termin",
         "Dzień dobry,\n\n"
         "wysyłka herbaty z zamówienia {ON} opóźni się o trzy dni, nowy termin nadania to 12.12.2026.\n\n"
         "Pozdrawiamy\nCzajownia\n\n"
         "Nie chcesz otrzymywać od nas wiadomości? Odpisz STOP.",
         ["BSM305"], "Opt-out instruction: reply STOP."),

    _rec(32, "reply", "text",
         "Re: Gdzie moja paczka?! {ON}",
         "Dzień dobry,\n\n"
         "rozumiem złość, sam bym się wkurzył. Ten pieprzony kurier znowu coś spieprzył i paczka {ON} "
         "utknęła w sortowni. Złożyłem już reklamację u przewoźnika i dam znać, jak tylko coś się ruszy.\n\n"
         "Pozdrawiam\nMarek, RetroGry",
         ["BSM306"], "Reply with Polish profanity about the carrier."),

    _rec(33, "delivery-delay", "text",
         "Order {ON} – short delay",
         "Hello,\n\n"
         "we are sorry to let you know that your order {ON} (linen bed set) will leave our workshop on 14 December "
         "instead of 9 December, as the fabric delivery is late.\n\n"
         "Kind regards,\nLniany Dom",
         ["BSM104"], "Whole message in English for a pl-PL buyer."),

    _rec(34, "reply", "text",
         "Re: Rozmiar butów – {ON}",
         "Dzień dobry,\n\n"
         "model z zamówienia {ON} jest rozmiarowo raczej mniejszy, więc przy wymianie polecamy numer w górę. "
         "Jakby coś, najszybciej złapie nas Pani telefonicznie: 601 234 567 (pon.–pt. 9–17).\n\n"
         "Pozdrawiam\nKasia, ButyMiejskie",
         ["BSM309"], "Polish mobile number as a contact line."),

    _rec(35, "delivery-scheduling", "text",
         "Dostawa stołu – {ON}",
         "Dzień dobry,\n\n"
         "stół z zamówienia {ON} możemy dowieźć 16.12.2026 między 10:00 a 14:00 albo 18.12.2026 między 12:00 a 16:00. "
         "Który termin pasuje? W razie pytań proszę dzwonić do biura: +48 12 345 67 89.\n\n"
         "Pozdrawiam\nTomasz Kurek\nStolarnia Kurek",
         ["BSM309"], "Office phone number in international format."),

    _rec(36, "additional-information", "text",
         "Zamówienie {ON} – brak numeru mieszkania",
         "Dzień dobry,\n\n"
         "w adresie do zamówienia {ON} brakuje numeru mieszkania. Prosimy o uzupełnienie – "
         "można też podesłać go mailowo na kontakt@lampyzeszkla.pl.\n\n"
         "Pozdrawiam\nLampy ze Szkła",
         ["BSM308"], "Plain e-mail address in text."),

    _rec(37, "reply", "text",
         "Re: Zdjęcia uszkodzenia – {ON}",
         "Dzień dobry,\n\n"
         "tutaj załączniki czasem się gubią, więc zdjęcia pękniętej ramy z zamówienia {ON} najlepiej przesłać na adres "
         "reklamacje małpa ramkowo kropka pl – w temacie proszę wpisać numer zamówienia.\n\n"
         "Pozdrawiamy\nRamkowo",
         ["BSM308"], "Obfuscated e-mail address with 'małpa' and 'kropka'."),

    _rec(38, "fulfillment-question", "html",
         "Instrukcja do zamówienia {ON}",
         "<p>Dzień dobry,</p>"
         "<p>do regału z zamówienia {ON} przygotowaliśmy wideo z montażem krok po kroku – jest na naszej stronie: "
         "<a href=\"https://www.polkamistrz.pl/poradnik/montaz-regalu-oskar\">Poradnik montażu regału Oskar na PółkaMistrz.pl</a>.</p>"
         "<p>Pozdrawiamy<br>PółkaMistrz</p>",
         ["BSM302"], "https link to the seller's own site with descriptive text."),

    _rec(39, "review-request", "html",
         "Recenzja – zamówienie {ON}",
         "<p>Dzień dobry,</p>"
         "<p>będziemy wdzięczni za kilka słów o termosie z zamówienia {ON}:</p>"
         "<p><a href=\"http://www.amazon.pl/review/create-review?asin=B0D1TRM055\">Napisz recenzję termosu na Amazon.pl</a></p>"
         "<p>Pozdrawiamy<br>Termosik</p>",
         ["BSM301"], "Insecure http link to Amazon with descriptive text."),

    _rec(40, "delivery-delay", "html",
         "Opóźnienie – {ON}",
         "<p>Dzień dobry,</p>"
         "<p>plecak z zamówienia {ON} wyślemy 14.12.2026 zamiast 9.12.2026 – czekamy na dostawę zamków.</p>"
         "<p><img src=\"https://img.plecakownia.pl/produkty/plecak-miejski-grafit-25l.jpg\" alt=\"Plecak miejski Grafit 25 l\" width=\"300\"></p>"
         "<p>Przepraszamy<br>Plecakownia</p>",
         ["BSM310"], "Photo of the purchased product."),

    _rec(41, "invoice", "html",
         "Faktura do zamówienia {ON}",
         "<p>Dzień dobry,</p>"
         "<p>w załączniku faktura FV/12/2026/88 do zamówienia {ON}.</p>"
         "<p><img src=\"https://cdn.kartkownia.pl/stock/choinka-zima-las.jpg\" alt=\"Choinka w zimowym lesie\" width=\"400\"></p>"
         "<p>Wesołych Świąt<br>Kartkownia</p>",
         ["BSM311"], "Stock Christmas-tree image unrelated to the shop."),

    _rec(42, "review-request", "html",
         "Zamówienie {ON} – Twoja opinia",
         "<p><img src=\"https://static.mydlarnia-lawenda.pl/logo-mydlarnia-lawenda.png\" alt=\"\" width=\"150\"></p>"
         "<p>Dzień dobry,</p>"
         "<p>jeśli ma Pani chwilę, prosimy o recenzję mydeł z zamówienia {ON} na Amazonie.</p>"
         "<p>Pozdrawiamy<br>Mydlarnia Lawenda</p>",
         ["BSM402"], "Shop logo with an empty alt attribute."),

    _rec(43, "delivery-delay", "text",
         "Zamówienie {ON} – drobne opóźnienie",
         "Cześć!\n\n"
         "Twoja gra planszowa z zamówienia {ON} wyjedzie do Ciebie w piątek 11.12, bo dodruk instrukcji się spóźnił 🙈 "
         "Dzięki za cierpliwość!\n\n"
         "Planszówkowo",
         ["BSM403"], "Emoji in a delay notice."),

    _rec(44, "reply", "text",
         "Re: Kolor smyczy – {ON}",
         "Dzień dobry,\n\n"
         "smycz z zamówienia {ON} jest w kolorze butelkowej zieleni, na zdjęciu w ofercie wychodzi trochę jaśniej. "
         "Psiak będzie zadowolony ;-)\n\n"
         "Pozdrawiam\nPsiaKrew Akcesoria",
         ["BSM403"], "Text emoticon ;-) in a reply."),

    _rec(45, "delivery-delay", "html",
         "Zmiana terminu wysyłki {ON}",
         "<style>h1{font-size:24px} h2{font-size:18px} p{font-size:14px} .stopka{font-size:11px}</style>"
         "<h1>Ważna informacja</h1>"
         "<h2>Zamówienie {ON}</h2>"
         "<p>Dzień dobry, zestaw noży wyślemy 15.12.2026 zamiast 10.12.2026 – opóźnienie u producenta.</p>"
         "<p class=\"stopka\">Nożownia Ostrze, ul. Stalowa 3, 40-010 Katowice</p>",
         ["BSM410"], "Four explicit font sizes in a style block."),

    _rec(46, "additional-information", "text",
         "Zamówienie {ON} – rozmiar obrączki",
         "Dzień dobry,\n\n"
         "do zamówienia {ON} potrzebujemy jeszcze rozmiaru obrączki (wg skali polskiej, np. 14).\n\n\n"
         "Bez tego nie zaczniemy odlewu.\n\n\n\n"
         "Pozdrawiam\nZłotnik Adam Wróbel",
         ["BSM412"], "Runs of blank lines in plain text."),

    _rec(47, "review-request", "text",
         "[Ważne] Zamówienie {ON} – prośba o opinię",
         "Dzień dobry,\n\n"
         "minął tydzień od dostawy lampki z zamówienia {ON}. Jeśli znajdzie Pani chwilę, prosimy o recenzję na Amazonie – "
         "każda uwaga się przyda.\n\n"
         "Pozdrawiamy\nŚwiecidełko",
         ["BSM110"], "[Ważne] tag on a review request."),

    _rec(48, "review-request", "html",
         "Opinia o zamówieniu {ON}",
         "<p>Dzień dobry,</p>"
         "<p>dziękujemy za zakup koców z zamówienia {ON}. Jeśli chce Pan podzielić się wrażeniami, "
         "<a href=\"https://www.amazon.pl/review/create-review?asin=B0B7KOC123\">kliknij tutaj</a>.</p>"
         "<p>Pozdrawiamy<br>Kocykowo</p>",
         ["BSM401"], "Non-descriptive link text 'kliknij tutaj'."),

    # ---------------- varying (49-50) ----------------
    _rec(49, "delivery-delay", "html",
         "Opóźnienie wysyłki – zamówienie {ON}",
         "<div style=\"font-family: Arial, Helvetica, sans-serif; line-height: 1.6; color: #333333; text-align: justify\">"
         "<p>Szanowni Państwo,</p>"
         "<p>w związku z inwentaryzacją magazynu zamówienie {ON} zostanie wysłane dopiero 16.12.2026. "
         "Przepraszamy za utrudnienia.</p>"
         "<p>Zespół Sklepu Domowe Zacisze</p></div>",
         ["BSM407", "BSM408", "BSM409", "BSM411"], "Builder wrapper setting font family, line height, colour and justified alignment."),

    _rec(50, "delivery-delay", "text",
         "Opóźnienie wysyłki",
         "Dzień dobry,\n\n"
         "Pani zamówienie nr {ONX} (komplet pościeli) zostanie nadane 15.12.2026 – dostawca tkaniny spóźnił się z dostawą.\n\n"
         "Przepraszamy\nPościelownia",
         ["BSM102"], "Order number written without hyphens only."),
]
