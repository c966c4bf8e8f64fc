# -*- coding: utf-8 -*-
"""v8 blind set, Polish (pl-PL)."""
LANG, LOC, PFX = "pl", "pl-PL", "608"
def oid(n): return "%s-%07d-%07d" % (PFX, 4810273 + n * 7919, 9031157 - n * 4271)
MESSAGES = []
def m(n, typ, fmt, subj, body, exp, note):
    o = oid(n)
    MESSAGES.append({"id": "v8-%s-%03d" % (LANG, n), "language": LANG, "locale": LOC, "type": typ,
        "format": fmt, "subject": subj.replace("{o}", o), "body": body.replace("{o}", o),
        "order_id": o, "expected": sorted(exp), "note": note})
SIG = "Pozdrawiam serdecznie\nKatarzyna Wróbel\nobsługa klienta, Drewniak Meble"
m(1, "delivery-delay", "text", "Zamówienie {o} – nowy termin wysyłki",
  "Dzień dobry,\n\nprzepraszamy, ale stolik kawowy z zamówienia {o} wyjedzie od nas później, niż podawała oferta. Stolarz czeka jeszcze na dostawę blatów dębowych. Nowy przewidywany termin nadania to 14.12.2026.\n\n" + SIG, [], "Plain-text delivery delay with a new dispatch date.")
m(2, "delivery-delay", "html", "Opóźnienie realizacji – {o}",
  "<p>Szanowna Pani,</p><p>uprzejmie informujemy, że lampa <strong>Lumo 40</strong> z zamówienia {o} będzie gotowa do wysyłki ok. <strong>18 grudnia</strong>, a nie, jak podano w ofercie, 9 grudnia.</p><p>Przyczyną jest opóźniona dostawa kloszy od producenta.</p><p>Z wyrazami szacunku<br>Tomasz Kaczmarek<br>Lumo Studio sp. z o.o.</p>", [], "Builder HTML delivery delay, no styles.")
m(3, "order-problem", "text", "[Ważne] Problem z zamówieniem {o}",
  "Dzień dobry Panie Marku,\n\nniestety wiertarka udarowa z zamówienia {o} okazała się niedostępna w magazynie i nie możemy jej wysłać. Kwota zamówienia została skorygowana – 389,00 zł wróci na Pana rachunek (powód korekty: brak towaru).\n\nPrzepraszamy za kłopot.\nAdam Lis, NarzędziaPro", [], "Order problem with [Ważne] and amount adjusted.")
m(4, "additional-information", "text", "Pytanie do zamówienia {o}",
  "Dzień dobry,\n\nżeby przygotować grawer na bransoletce (zamówienie {o}), potrzebujemy jeszcze tekstu – maksymalnie 20 znaków. Czy mogłaby Pani odpisać, jaki napis wygrawerować?\n\nDziękuję i pozdrawiam\nOla z pracowni Srebrna Nitka", [], "Asks for engraving text needed to complete the order.")
m(5, "return-follow-up", "text", "Zwrot – zamówienie {o}",
  "Dzień dobry,\n\nw sprawie zgłoszonego zwrotu kurtki (zamówienie {o}): skoro jedynym problemem jest odpruty guzik, możemy zaproponować częściowy zwrot 60,00 zł, a kurtkę zatrzyma Pani. Jeśli woli Pani jednak pełny zwrot, wystarczy odesłać towar jak zwykle.\n\nPozdrawiam\nMonika Zając, Moda Lena", [], "Return follow-up offering a partial refund.")
m(6, "return-follow-up", "text", "Zwrot {o} – prośba o informację",
  "Dzień dobry,\n\nżeby dokończyć zwrot słuchawek z zamówienia {o}, prosimy o podanie numeru seryjnego z pudełka (zaczyna się od SN). Bez niego nie przyjmiemy paczki w serwisie.\n\nZespół AudioMax", [], "Return follow-up asking for the serial number.")
m(7, "invoice", "text", "Faktura VAT do zamówienia {o}",
  "Dzień dobry,\n\nw załączniku przesyłamy fakturę VAT nr FV/2026/12/0457 do zamówienia {o}. Kwota brutto: 1 249,99 zł, w tym VAT 23%.\n\nPHU Kowalczyk Jan Kowalczyk\nul. Piotrkowska 112/4, 90-006 Łódź\nNIP 725-123-45-67, REGON 101234567\nKRS 0000123456", [], "Invoice with NIP, REGON, KRS and a slashed invoice number.")
m(8, "review-request", "text", "Jak się sprawdza młynek? {o}",
  "Dzień dobry,\n\nminął już tydzień, odkąd młynek do kawy z zamówienia {o} do Pana dotarł. Jeśli znajdzie Pan chwilę, będziemy wdzięczni za recenzję produktu na Amazon – każda opinia, także krytyczna, pomaga innym kupującym.\n\nPozdrawiamy\nKawowy Zakątek", [], "Neutral plain-text review request.")
m(9, "review-request", "html", "Prośba o opinię – zamówienie {o}",
  "<p><img src=\"https://cdn.kawowyzakatek.pl/img/logo-kawowy-zakatek.png\" alt=\"Logo Kawowy Zakątek\" width=\"160\"></p><p>Dzień dobry,</p><p>dziękujemy za zakup ekspresu przelewowego (zamówienie {o}). Będzie nam miło, jeśli podzieli się Pani swoją opinią o produkcie.</p><p><a href=\"https://www.amazon.pl/review/create-review?asin=B0C7K2L9QX\">Napisz recenzję produktu na Amazon.pl</a></p><p>Zespół Kawowy Zakątek</p>", [], "HTML review request with shop logo and descriptive Amazon link.")
m(10, "delivery-scheduling", "text", "Dostawa szafy – zamówienie {o}",
  "Dzień dobry,\n\nszafa trzydrzwiowa z zamówienia {o} waży ok. 95 kg i przyjedzie transportem paletowym. Kierowca może być u Państwa:\n- czwartek 10.12.2026, 8:00–12:00\n- piątek 11.12.2026, 12:00–16:00\n\nProsimy o wybór terminu w odpowiedzi na tę wiadomość.\n\n" + SIG, [], "Scheduling delivery of a bulky wardrobe with time slots.")
m(11, "home-service-appointment", "text", "Montaż zmywarki – termin, {o}",
  "Dzień dobry,\n\nw ramach zamówienia {o} zamówił Pan montaż zmywarki. Nasz instalator, p. Grzegorz, ma wolne terminy 15.12 o 9:30 albo 16.12 o 14:00. Który bardziej Panu pasuje?\n\nSerwis AGD Domowik", [], "Home service appointment with two slots.")
m(12, "custom-design-verification", "html", "Projekt do akceptacji – {o}",
  "<p>Dzień dobry,</p><p>w załączniku (projekt_kubek_v2.pdf) przesyłam projekt nadruku na kubek z zamówienia {o}. Proszę sprawdzić pisownię imion i układ zdjęcia.</p><p>Jeśli wszystko się zgadza, wystarczy krótkie „akceptuję”, a kubek trafi do druku.</p><p>Paweł<br>Nadrukarnia</p>", [], "Custom design proof for approval.")
m(13, "fulfillment-question", "text", "Kod do bramy – zamówienie {o}",
  "Dzień dobry,\n\nkurier zgłosił, że nie mógł wejść na osiedle (przesyłka 0023 4411 8890, zamówienie {o}). Czy może nam Pani podać kod do furtki albo numer klatki? Przekażemy go przy ponownej próbie doręczenia 9.12.\n\nPozdrawiam\nJoanna, sklep Zielony Parapet", [], "Door-code question with reference numbers.")
m(14, "reply", "text", "Re: Pytanie o rozmiar – {o}",
  "Dzień dobry,\n\nmodel „Trail Runner Pro GTX” z zamówienia {o} jest szyty według rozmiarówki UK, więc rozmiar 9 odpowiada naszemu 43. Jeśli nosi Pan zwykle 43, ten rozmiar będzie dobry.\n\nPozdrawiam\nŁukasz, Biegowo", [], "Reply quoting an English product title.")
m(15, "reply", "text", "Re: Gwarancja ekspresu {o}",
  "Dzień dobry,\n\nekspres z zamówienia {o} ma 24 miesiące gwarancji producenta. Zgłoszenia przyjmuje bezpośrednio infolinia gwarancyjna producenta Caffeo: 22 345 67 89 (pn.–pt. 8:00–16:00).\n\nPozdrawiam\nEwa Nowak, Kawowy Zakątek", [], "Reply with the manufacturer's warranty hotline marked as such.")
m(16, "reply", "text", "Re: Dane do faktury – {o}",
  "Dzień dobry,\n\noczywiście, fakturę do zamówienia {o} wystawimy na firmę. Dane sprzedawcy poniżej.\n\nZ poważaniem\nRafał Dudek\nkierownik sprzedaży\n--\nDomTex Rafał Dudek\nul. Długa 5, 80-827 Gdańsk\nNIP 583-210-44-19 · REGON 220345671", [], "Reply with a company-details footer.")
m(17, "reply", "text", "Re: Gdzie jest moja paczka? {o}",
  "Dzień dobry,\n\nprzesyłka z zamówienia {o} ma numer śledzenia 6200 1234 5678 9012 i według przewoźnika będzie doręczona 10.12.2026 między 10:00 a 14:00. Zwrot poprzedniej paczki (nr zwrotu ZW/2026/331) został rozliczony – 79,90 zł wróciło na kartę 3 grudnia.\n\nPozdrawiamy\nZespół Kraina Klocków", [], "Reply with tracking, return numbers, dates, times and amounts.")
m(18, "fulfillment-question", "text", "Paczka w drodze – {o}",
  "Dzień dobry,\n\nTwoja paczka z zamówieniem {o} opuściła dziś nasz magazyn w Poznaniu i jest już u kuriera. Powinna dotrzeć w ciągu 1–2 dni roboczych.\n\nPozdrawiamy\nSklep Kraina Klocków", ["BSM201"], "Shipping confirmation: left the warehouse, handed to the carrier.")
m(19, "additional-information", "text", "Zamówienie {o}",
  "Cześć,\n\nmamy Twoje zamówienie {o}! Właśnie je kompletujemy i pakujemy z dbałością.\n\nEkipa Herbaciarni Czajnik", ["BSM201"], "Order received and being prepared.")
m(20, "reply", "text", "Dziękujemy – {o}",
  "Dzień dobry,\n\nserdecznie dziękujemy za zakupy w naszym sklepie (zamówienie {o})!\n\nZespół Herbaciarni Czajnik", ["BSM202"], "Thanks only.")
m(21, "fulfillment-question", "text", "Zamówienie {o}",
  "Dzień dobry,\n\ngdyby coś było nie tak z zamówieniem {o}, jesteśmy do dyspozycji – wystarczy odpisać na tę wiadomość.\n\nBiuro Obsługi, Szkło i Spółka", ["BSM202"], "Only offers help if a problem comes up.")
m(22, "delivery-delay", "text", "Drobne opóźnienie – {o}",
  "Dzień dobry,\n\nzamówienie {o} wyślemy dwa dni później, 11.12, bo czekamy na dostawę etykiet.\n\nPozdrawiamy\nMydlarnia Lawenda\n\nPS Do końca miesiąca cały asortyment taniej o 20% – warto zajrzeć do naszej oferty!", ["BSM203"], "Permitted delay with a 20% sale in a P.S.")
m(23, "reply", "html", "Re: Skład świecy {o}",
  "<p>Dzień dobry,</p><p>świeca z zamówienia {o} jest z wosku sojowego, bez parafiny.</p><p>A może chce Pani być na bieżąco? Obserwuj nas na Instagramie i zapisz się do naszego newslettera – już w piątek startuje nowa kolekcja zimowa.</p><p>Pozdrawiam<br>Basia, Płomyk</p>", ["BSM203"], "Follow us, newsletter and new collection.")
m(24, "review-request", "text", "Opinia o zamówieniu {o}",
  "Dzień dobry,\n\nbędzie nam bardzo miło, jeśli wystawi Pan recenzję zestawu noży z zamówienia {o}. Po opublikowaniu recenzji prześlemy Panu w ramach podziękowania mały upominek – ostrzałkę ceramiczną.\n\nPozdrawiamy\nOstrzeKuchnia", ["BSM204"], "Small gift once the review is published.")
m(25, "review-request", "text", "Recenzja = zwrot pieniędzy {o}",
  "Dzień dobry,\n\nmamy specjalną propozycję do zamówienia {o}: gdy tylko Pani recenzja pojawi się na Amazon, zwrócimy pełną kwotę za produkt.\n\nSklep Gadżetownia", ["BSM204"], "Full refund once the review is online.")
m(26, "reply", "text", "Re: Opinia do zamówienia {o}",
  "Dzień dobry Pani Anno,\n\ncieszymy się, że sprawę wymiany udało się załatwić. Czy w tej sytuacji byłaby Pani skłonna poprawić albo usunąć swoją jednogwiazdkową opinię o zamówieniu {o}? Bardzo by nam to pomogło.\n\nPozdrawiam\nMarcin, TechnoDom", ["BSM205"], "Asks to update or remove a one-star review.")
m(27, "review-request", "text", "Jak oceniasz zakup? {o}",
  "Dzień dobry,\n\njeśli jest Pan zadowolony z plecaka z zamówienia {o}, prosimy o recenzję na Amazon. A jeśli coś się nie spodobało – proszę nie wystawiać opinii, tylko najpierw napisać do nas, na pewno coś wymyślimy.\n\nGórski Szlak", ["BSM206"], "Review only if satisfied, otherwise contact us.")
m(28, "review-request", "text", "Twoja opinia – {o}",
  "Dzień dobry,\n\nczy mogłaby Pani poświęcić minutę i ocenić nasz produkt z zamówienia {o} na pięć gwiazdek? Dla małej firmy to ogromne wsparcie.\n\nPozdrawiam\nIza, Dziergane", ["BSM206"], "Asks for five stars.")
m(29, "order-problem", "text", "Brak towaru – zamówienie {o}",
  "Dzień dobry,\n\nz dwóch pozycji w zamówieniu {o} zabrakło nam poduszki ortopedycznej; kwotę zamówienia już za nią skorygowaliśmy (brak towaru, -129,00 zł). Drugi produkt też szybko się nie pojawi, dlatego najprościej będzie, jeśli sam anuluje Pan resztę zamówienia w swoim koncie Amazon.\n\nSenny Dom", ["BSM108"], "Adjusted amount, but advises the buyer to cancel the rest himself.")
m(30, "order-problem", "text", "Zamówienie {o} – niedostępność",
  "Dzień dobry,\n\nniestety zegarek z zamówienia {o} wyprzedał się, zanim zdążyliśmy go wysłać. Bylibyśmy wdzięczni, gdyby złożył Pan prośbę o anulowanie zamówienia.\n\nZ poważaniem\nCzasomierz.pl", ["BSM107", "BSM108"], "Polite cancellation request, no adjustment confirmed.")
m(31, "delivery-delay", "text", "Zmiana terminu – {o}",
  "Dzień dobry,\n\nzamówienie {o} wyślemy 12.12 zamiast 8.12 – czekamy na uzupełnienie stanów.\n\nPozdrawiamy\nPapiernia Kreska\n\nNie chcesz dostawać od nas wiadomości? Odpisz STOP, a wypiszemy Cię z listy.", ["BSM305"], "Reply STOP opt-out instruction.")
m(32, "reply", "text", "Re: Reklamacja {o}",
  "No dobra,\n\nznowu to samo z zamówieniem {o}. Ten kurier to kompletny kretyn, jak zwykle wszystko spieprzył. Wyślemy nową paczkę w poniedziałek.\n\nBartek, AutoCzęści24", ["BSM306"], "Polish profanity.")
m(33, "delivery-delay", "text", "Order {o} – delay",
  "Hello,\n\nunfortunately your order {o} will ship a few days later than planned, on 15 December. We are waiting for a delivery from our supplier.\n\nBest regards\nPapiernia Kreska", ["BSM104"], "English message to a Polish buyer.")
m(34, "reply", "text", "Re: Montaż drzwi – {o}",
  "Dzień dobry,\n\nw sprawie montażu drzwi z zamówienia {o} najłatwiej będzie się dogadać telefonicznie – proszę dzwonić na 601 234 567, najlepiej po 15:00.\n\nPozdrawiam\nKrzysztof, DrzwiDom", ["BSM309"], "National mobile number.")
m(35, "delivery-scheduling", "text", "Dostawa sofy {o}",
  "Dzień dobry,\n\nsofa z zamówienia {o} może zostać dostarczona 17.12 lub 18.12. Prosimy o kontakt z naszym dyspozytorem pod numerem +48 58 301 22 44, żeby ustalić godzinę.\n\nMeble Bałtyk", ["BSM309"], "International-format phone number.")
m(36, "reply", "text", "Re: Zdjęcia uszkodzenia {o}",
  "Dzień dobry,\n\nproszę przesłać zdjęcia pękniętej wazy z zamówienia {o} na adres reklamacje@ceramika-bolec.pl – od razu zajmiemy się sprawą.\n\nCeramika Bolec", ["BSM308"], "Plain e-mail address.")
m(37, "return-follow-up", "text", "Zwrot {o} – etykieta",
  "Dzień dobry,\n\naby dokończyć zwrot z zamówienia {o}, potrzebujemy numeru konta do przelewu. Najszybciej będzie, jeśli wyśle go Pan na zwroty małpa sportmix kropka pl.\n\nSportMix", ["BSM308"], "Obfuscated e-mail with 'małpa' and 'kropka'.")
m(38, "reply", "html", "Re: Instrukcja – {o}",
  "<p>Dzień dobry,</p><p>do odkurzacza z zamówienia {o} pasują wszystkie worki z serii S. Pełną listę akcesoriów znajdzie Pan w <a href=\"https://www.sprzatamy-sklep.pl/akcesoria\">katalogu akcesoriów na naszej stronie</a>.</p><p>Pozdrawiam<br>Zespół Sprzątamy</p>", ["BSM302"], "https link to the seller's own site.")
m(39, "review-request", "html", "Recenzja produktu – {o}",
  "<p>Dzień dobry,</p><p>będziemy wdzięczni za recenzję lampki z zamówienia {o}.</p><p><a href=\"http://www.amazon.pl/review/create-review?asin=B0B8M1Q2ZT\">Napisz recenzję na Amazon.pl</a></p><p>Lumo Studio</p>", ["BSM301"], "http link to Amazon.")
m(40, "reply", "html", "Re: Kolor poszewki {o}",
  "<p>Dzień dobry,</p><p>poszewka z zamówienia {o} jest w kolorze butelkowej zieleni – tak wygląda na żywo:</p><p><img src=\"https://cdn.lniana-pracownia.pl/produkty/poszewka-lniana-zielona.jpg\" alt=\"Poszewka lniana, butelkowa zieleń\" width=\"300\"></p><p>Lniana Pracownia</p>", ["BSM310"], "Photo of the purchased product.")
m(41, "delivery-delay", "html", "Świąteczne opóźnienie – {o}",
  "<p><img src=\"https://cdn.lniana-pracownia.pl/grafiki/choinka-zima.jpg\" alt=\"Choinka w śniegu\" width=\"300\"></p><p>Dzień dobry,</p><p>w okresie świątecznym zamówienie {o} wyślemy dopiero 19.12.</p><p>Lniana Pracownia</p>", ["BSM311"], "Unrelated stock image of a Christmas tree.")
m(42, "delivery-delay", "html", "Przesunięcie wysyłki {o}",
  "<p><img src=\"https://cdn.ogrodnik-jan.pl/logo-ogrodnik-jan.png\" width=\"140\"></p><p>Dzień dobry,</p><p>nasiona z zamówienia {o} wyślemy 14.12, bo czekamy na nową partię od plantatora.</p><p>Ogrodnik Jan</p>", ["BSM402"], "Logo without alt.")
m(43, "delivery-delay", "text", "Już niedługo! {o}",
  "Hej!\n\nTwoje zamówienie {o} trochę się spóźni – wysyłamy 13.12 🙈 Dzięki za cierpliwość 🙏\n\nDziergane", ["BSM403"], "Emoji.")
m(44, "reply", "text", "Re: Rozmiar czapki {o}",
  "Hej,\n\nczapka z zamówienia {o} jest uniwersalna, rozciągnie się bez problemu ;-)\n\nIza, Dziergane", ["BSM403"], "Emoticon.")
m(45, "delivery-delay", "html", "Opóźnienie – {o}",
  "<style>.h{font-size:22px}.l{font-size:16px}.s{font-size:12px}.x{font-size:10px}</style><p class=\"h\">Nowy termin wysyłki</p><p class=\"l\">Zamówienie {o} wyślemy 16.12.2026.</p><p class=\"s\">Przyczyna: opóźniona dostawa od producenta.</p><p class=\"x\">Sklep Rowerowy Szprycha</p>", ["BSM410"], "Four font sizes in a style block.")
m(46, "additional-information", "text", "Grawer – zamówienie {o}",
  "Dzień dobry,\n\nprosimy o datę do wygrawerowania na obrączkach z zamówienia {o}.\n\n\n\nPozdrawiamy\nZłotnik Kamiński", ["BSM412"], "Three blank lines in a row.")
m(47, "invoice", "text", "[Ważne] Faktura do zamówienia {o}",
  "Dzień dobry,\n\nw załączniku faktura FV/12/2026/088 do zamówienia {o}.\n\nBiuro Rachunkowe sklepu Szprycha\nNIP 951-004-12-33", ["BSM110"], "[Ważne] on an invoice.")
m(48, "review-request", "html", "Podziel się opinią {o}",
  "<p>Dzień dobry,</p><p>jak sprawdza się deska do krojenia z zamówienia {o}? Recenzję można dodać na Amazon – <a href=\"https://www.amazon.pl/review/create-review?asin=B09X7TT4QP\">kliknij tutaj</a>.</p><p>Drewniak</p>", ["BSM401"], "Link text 'kliknij tutaj'.")
m(49, "delivery-delay", "html", "Opóźnienie wysyłki {o}",
  "<div style=\"font-family:Verdana,sans-serif;color:#333333\"><p style=\"text-align:center\">Dzień dobry,</p><p>zamówienie {o} opuści nasz warsztat 15.12 zamiast 10.12 – czekamy na skórę.</p><p>Kaletnia Rzemiennik</p></div>", ["BSM407", "BSM409", "BSM411"], "Builder styles: font family, colour, centring.")
m(50, "delivery-delay", "text", "Opóźnienie zamówienia",
  "Dzień dobry,\n\nzamówienie nr {n} wyślemy 16.12, czekamy na dostawę tkaniny.\n\nPozdrawiamy\nKaletnia Rzemiennik", ["BSM102"], "Order number written without hyphens.")
MESSAGES[-1]["body"] = MESSAGES[-1]["body"].replace("{n}", MESSAGES[-1]["order_id"].replace("-", ""))
