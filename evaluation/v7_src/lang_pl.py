# Polish (pl-PL) blind evaluation messages, v7.
L, LOC = "pl", "pl-PL"
MESSAGES = []


def _oid(n):
    return "508-%07d-%07d" % (3104000 + n * 53, 7720000 + n * 917)


def m(n, typ, fmt, subject, body, expected, note, oid=None):
    o = oid or _oid(n)
    MESSAGES.append({
        "id": "v7-pl-%03d" % n, "language": L, "locale": LOC, "type": typ, "format": fmt,
        "subject": subject.replace("{o}", o), "body": body.replace("{o}", o),
        "order_id": o, "expected": sorted(expected), "note": note,
    })


# ---- clean ----
m(1, "delivery-delay", "text", "Zamówienie {o} – przesunięcie terminu wysyłki",
  "Dzień dobry Pani Agnieszko,\n\nniestety nasz dostawca drewna dębowego spóźnił się z dostawą, przez co stolik kawowy z zamówienia {o} będzie gotowy do wysyłki dopiero we wtorek 15.12.2026, a nie – jak podawaliśmy – 09.12.\n\nPrzepraszamy za kłopot. Gdyby nowy termin Pani nie odpowiadał, proszę dać znać w odpowiedzi na tę wiadomość.\n\nPozdrawiam serdecznie\nTomasz Wróbel\nStolarnia Wróbel s.c.",
  [], "Plain-text delivery delay with a new dispatch date.")
m(2, "delivery-delay", "html", "Opóźnienie realizacji – zam. {o}",
  "<p>Szanowny Panie,</p><p>informujemy, że zamówiona lampa <strong>Lumo 40</strong> (zamówienie nr {o}) dotrze do naszego magazynu z opóźnieniem. Przewidywany termin nadania to <strong>11 grudnia 2026</strong>.</p><table><tr><td>Pierwotny termin:</td><td>7.12.2026</td></tr><tr><td>Nowy termin:</td><td>11.12.2026</td></tr></table><p>Bardzo przepraszamy za niedogodność.</p><p>Zespół obsługi klienta<br>Jasno.pl Sp. z o.o.</p>",
  [], "Builder HTML delivery delay with a table of dates and no styling.")
m(3, "order-problem", "text", "[Ważne] Brak towaru – zamówienie {o}",
  "Dzień dobry,\n\nz przykrością informujemy, że jednej z dwóch zamówionych poszewek (kolor butelkowa zieleń) nie mamy już na stanie i nie możemy jej wysłać. Kwota zamówienia {o} została skorygowana o 59,00 zł – zwrot pojawi się na Pani rachunku w ciągu kilku dni roboczych. Pozostała poszewka zostanie wysłana zgodnie z planem.\n\nPrzepraszamy za zaistniałą sytuację.\n\nMagdalena Kos\nLenove Home",
  [], "Order problem with [Ważne] tag and a confirmed amount adjustment.")
m(4, "additional-information", "text", "Pytanie do zamówienia {o}",
  "Dzień dobry Panie Marku,\n\nżeby wygrawerować dedykację na zegarku z zamówienia {o}, potrzebujemy jej treści (maks. 30 znaków) oraz informacji, czy ma być napisana kursywą czy drukowanymi literami.\n\nWystarczy odpisać na tę wiadomość. Bez tych danych nie możemy przekazać zamówienia do realizacji.\n\nPozdrawiamy\nGrawernia Czas, Kraków",
  [], "Request for engraving text needed to complete the order.")
m(5, "return-follow-up", "text", "Zwrot – zamówienie {o}",
  "Dzień dobry,\n\notrzymaliśmy zgłoszenie zwrotu plecaka z powodu porysowanej klamry. Zamiast odsyłać cały plecak, możemy zaproponować częściowy zwrot w wysokości 45,00 zł (ok. 25% ceny), a plecak zostaje u Pana. Jeśli woli Pan jednak pełny zwrot, proces toczy się dalej bez zmian.\n\nProszę o krótką odpowiedź, którą opcję Pan wybiera.\n\nZ pozdrowieniami\nKarolina Nowicka\nTrekPak",
  [], "Return follow-up offering a partial refund.")
m(6, "return-follow-up", "text", "Zwrot ekspresu – brakujące informacje ({o})",
  "Witam,\n\nw związku ze zwrotem ekspresu z zamówienia {o}: czy mógłby Pan podać numer seryjny z tabliczki na spodzie urządzenia (zaczyna się od liter SN)? Jest nam potrzebny do zamknięcia zwrotu u producenta.\n\nDziękuję i pozdrawiam\nPaweł Zieliński\nKawiarka24",
  [], "Return follow-up asking for information needed to complete the return.")
m(7, "invoice", "text", "Faktura VAT FV/2026/12/0457 do zamówienia {o}",
  "Dzień dobry,\n\nw załączniku przesyłamy fakturę VAT nr FV/2026/12/0457 do zamówienia {o} na kwotę 1 249,00 zł brutto (w tym VAT 23%: 233,55 zł).\n\nPozdrawiamy\nDział księgowości\n\nTechnika Domowa Sp. z o.o.\nul. Piotrkowska 118/4, 90-006 Łódź\nNIP 725-123-45-67, REGON 101234567, KRS 0000567890",
  [], "Invoice with NIP, REGON, KRS and a slashed invoice number, none of them phone numbers.")
m(8, "review-request", "text", "Zamówienie {o} – prośba o opinię",
  "Dzień dobry,\n\nminął już tydzień od dostarczenia zestawu noży z zamówienia {o}. Będziemy wdzięczni, jeśli znajdzie Pan chwilę, by podzielić się opinią o produkcie na Amazon – zarówno pochwały, jak i uwagi krytyczne pomagają innym kupującym.\n\nPozdrawiamy\nOstrze Sklep",
  [], "Neutral plain-text review request.")
m(9, "review-request", "html", "Jak się sprawdza hamak? Zamówienie {o}",
  "<p><img src=\"https://static.hamakownia.pl/logo-hamakownia.png\" alt=\"Logo Hamakownia\" width=\"160\"></p><p>Dzień dobry,</p><p>dziękujemy za zakup hamaka (zamówienie {o}). Jeśli ma Pani ochotę, prosimy o opinię o produkcie – każda, także krytyczna, jest dla nas cenna.</p><p><a href=\"https://www.amazon.pl/review/create-review?asin=B0C7XK21PL\">Napisz opinię o produkcie na Amazon</a></p><p>Pozdrawiamy<br>Hamakownia</p>",
  [], "HTML review request with the shop logo (alt names the shop) and a descriptive Amazon https link.")
m(10, "delivery-scheduling", "text", "Dostawa szafy – ustalenie terminu, zam. {o}",
  "Dzień dobry Panie Krzysztofie,\n\nszafa z zamówienia {o} waży ok. 120 kg i zostanie dostarczona przez naszą ekipę transportową. Mamy wolne następujące terminy:\n\n– czwartek 10.12.2026, godz. 8:00–12:00\n– piątek 11.12.2026, godz. 12:00–16:00\n– poniedziałek 14.12.2026, godz. 16:00–20:00\n\nProszę wybrać jeden z nich i podać piętro oraz informację, czy w budynku jest winda.\n\nPozdrawiam\nAnna Sadowska\nMeble Sadowski",
  [], "Delivery scheduling of a bulky wardrobe with dates and time slots.")
m(11, "home-service-appointment", "text", "Montaż zmywarki – termin wizyty ({o})",
  "Dzień dobry,\n\nw ramach usługi montażu zmywarki (zamówienie {o}) nasz technik może przyjechać w środę 16.12.2026 między 9:00 a 11:00 lub w czwartek 17.12.2026 między 13:00 a 15:00. Proszę o potwierdzenie, który termin Panu pasuje.\n\nZespół montażowy\nInstalTech Warszawa",
  [], "Home-service appointment with two slots.")
m(12, "custom-design-verification", "html", "Projekt nadruku do akceptacji – {o}",
  "<p>Cześć Ola,</p><p>w załączniku wysyłamy projekt kubka z Twoim zdjęciem i napisem „Najlepsza Babcia 2026”. Sprawdź proszę pisownię i kadrowanie – po Twojej akceptacji ruszamy z drukiem zamówienia {o}.</p><p>Załącznik: projekt_kubek_{o}.pdf</p><p>Pozdrawiamy<br>Kubkownia Gdynia</p>",
  [], "Custom design proof attached for approval.")
m(13, "fulfillment-question", "text", "Kod do domofonu – zamówienie {o}",
  "Dzień dobry,\n\ndonice z zamówienia {o} dowiezie nasz własny kierowca, a budynek przy ul. Lipowej 12/7 ma zamykaną klatkę. Czy może nam Pani podać kod do domofonu? W odpowiedzi prosimy powołać się na numer referencyjny PL-REF 2026/4471 oraz numer trasy TR-88213.\n\nZ góry dziękujemy\nSklep Zielony Balkon",
  [], "Door-code question with reference numbers that are not phone numbers.")
m(14, "reply", "text", "Re: Pytanie o rozmiar – {o}",
  "Dzień dobry,\n\nmodel „Alpine Trail Runner GTX” z zamówienia {o} jest szyty według rozmiarówki amerykańskiej, więc przy stopie 26 cm polecamy rozmiar US 9. Jeśli okaże się za mały, wymienimy go bez problemu.\n\nPozdrawiam\nBartek z Biegowo",
  [], "Reply quoting an English product title inside Polish sentences.")
m(15, "reply", "text", "Re: Usterka wiertarki, zam. {o}",
  "Dzień dobry Panie Janie,\n\nwiertarka z zamówienia {o} jest objęta dwuletnią gwarancją producenta. Najszybciej sprawę załatwi infolinia gwarancyjna producenta Voltar: 22 615 40 80 (pon.–pt. 8:00–16:00). Proszę mieć pod ręką dowód zakupu.\n\nPozdrawiamy\nNarzędziownia Kowalczyk",
  [], "Reply giving the manufacturer's warranty hotline, marked as such.")
m(16, "reply", "text", "Re: Dane do faktury – {o}",
  "Dzień dobry,\n\ndane firmy zmieniliśmy zgodnie z prośbą – korekta faktury do zamówienia {o} zostanie wystawiona jutro.\n\nPozdrawiamy\nBiuro obsługi\n\nPapierniczy Świat Sp. z o.o.\nul. Długa 5, 80-827 Gdańsk\nNIP 583-000-11-22 | REGON 220123456 | KRS 0000123456\nKapitał zakładowy 50 000,00 zł",
  [], "Reply with a company-details footer containing registry numbers.")
m(17, "reply", "text", "Re: Gdzie jest mój zwrot? {o}",
  "Dzień dobry,\n\nPani paczka zwrotna (numer zwrotu RMA-2026-0912, numer przesyłki 6200 1234 5678 9012) dotarła do nas 03.12.2026 o 14:25. Zwrot w kwocie 189,90 zł zleciliśmy 04.12.2026, więc środki powinny być widoczne najpóźniej 10.12.2026.\n\nPozdrawiam\nEwa Mazur\nModaLina",
  [], "Reply with tracking and return numbers, dates, times and amounts.")

# ---- violations ----
m(18, "fulfillment-question", "text", "Zamówienie {o} w drodze",
  "Dzień dobry,\n\nPani paczka z zamówienia {o} opuściła dziś nasz magazyn i została przekazana firmie kurierskiej. Powinna dotrzeć w ciągu 1–2 dni roboczych.\n\nPozdrawiamy\nZielarnia Mięta",
  ["BSM201"], "Shipping confirmation: left the warehouse, handed to the courier.")
m(19, "additional-information", "text", "Potwierdzenie zamówienia {o}",
  "Witamy,\n\nTwoje zamówienie {o} dotarło do nas i właśnie je kompletujemy. Damy znać, gdyby coś było nie tak.\n\nEkipa Klockownia",
  ["BSM201"], "Order confirmation: received and being prepared.")
m(20, "review-request", "text", "Dziękujemy! ({o})",
  "Dzień dobry,\n\nserdecznie dziękujemy za zakupy w naszym sklepie i zamówienie {o}.\n\nPozdrawiamy\nSklep Pod Lipą",
  ["BSM202"], "Thanks-only message.")
m(21, "fulfillment-question", "text", "Zamówienie {o}",
  "Dzień dobry,\n\ngdyby cokolwiek było nie tak z zamówieniem {o}, jesteśmy do dyspozycji – wystarczy napisać.\n\nZespół Domowe Zioła",
  ["BSM202"], "Only an offer to help if something comes up.")
m(22, "delivery-delay", "text", "Zamówienie {o} – nowy termin",
  "Dzień dobry,\n\nz powodu przerwy świątecznej u producenta zamówione rękawice wyślemy 18.12.2026 zamiast 12.12.2026. Przepraszamy za opóźnienie.\n\nPozdrawiamy\nSportMax\n\nPS Do końca roku cały nasz asortyment kupi Pan 20% taniej.",
  ["BSM203"], "Permitted delay with a P.S. promoting 20% off the whole range.")
m(23, "reply", "text", "Re: Kolor zasłon – {o}",
  "Dzień dobry,\n\ntak, zasłony z zamówienia {o} to odcień „szałwia”, identyczny jak na zdjęciu w ofercie.\n\nA jeśli lubi Pani takie klimaty – zapraszamy do obserwowania nas na Instagramie i zapisania się do newslettera, bo w styczniu startuje nasza nowa kolekcja lnianych tkanin.\n\nPozdrawiam\nLniany Dom",
  ["BSM203"], "Reply inviting the buyer to follow the shop, subscribe and see a new collection.")
m(24, "review-request", "text", "Opinia o zamówieniu {o}",
  "Dzień dobry,\n\nbędzie nam miło, jeśli opisze Pan swoje wrażenia z użytkowania ekspresu na Amazon. Gdy tylko opinia się pojawi, w podziękowaniu wyślemy Panu drobny upominek – paczkę naszej świeżo palonej kawy.\n\nPozdrawiamy\nPalarnia Ziarno",
  ["BSM204"], "Small gift promised once the review is published.")
m(25, "review-request", "text", "Zamówienie {o} – mała prośba",
  "Cześć,\n\nmamy propozycję: napisz recenzję słuchawek na Amazon, a jak tylko będzie widoczna, oddamy Ci całą kwotę za zamówienie {o}. Wystarczy podesłać nam zrzut ekranu.\n\nEkipa AudioHub",
  ["BSM204"], "Full refund offered once the review is online.")
m(26, "reply", "text", "Re: Reklamacja czajnika, zam. {o}",
  "Dzień dobry Pani Barbaro,\n\nnowy czajnik został już wymieniony i mamy nadzieję, że tym razem wszystko działa. Skoro problem jest rozwiązany, czy mogłaby Pani zmienić swoją jednogwiazdkową ocenę albo ją usunąć? To dla nas bardzo ważne.\n\nPozdrawiam\nAGD Plus",
  ["BSM205"], "Asks to update or remove a one-star review.")
m(27, "review-request", "text", "Jak oceniasz zakup? {o}",
  "Dzień dobry,\n\njeśli jest Pan zadowolony z lampki z zamówienia {o}, prosimy o opinię na Amazon. Jeśli coś poszło nie tak, zamiast wystawiać ocenę, proszę najpierw napisać do nas – na pewno coś wymyślimy.\n\nPozdrawiamy\nŚwiatłoDom",
  ["BSM206"], "Review requested only from satisfied buyers, unhappy ones steered to the seller.")
m(28, "review-request", "html", "Zamówienie {o} – Twoja opinia",
  "<p>Dzień dobry,</p><p>mamy nadzieję, że plecak z zamówienia {o} sprawdza się na szlaku. Będziemy wdzięczni za pięć gwiazdek na Amazon – to dla małej firmy jak nasza ogromna pomoc.</p><p>Pozdrawiamy<br>Górski Szlak</p>",
  ["BSM206"], "Asks for a five-star rating.")
m(29, "order-problem", "text", "[Ważne] Zamówienie {o} – brak towaru",
  "Dzień dobry,\n\nniestety zamówiony robot kuchenny wyprzedał się, zanim zdążyliśmy go spakować. Kwota zamówienia {o} została już skorygowana. Najszybciej będzie, jeśli sam Pan anuluje zamówienie w swoim koncie na Amazon – wtedy wszystko zamknie się od ręki.\n\nPrzepraszamy\nKuchnia i Spółka",
  ["BSM108"], "Advises the buyer to cancel because of no stock, adjustment confirmed.")
m(30, "order-problem", "text", "Problem z zamówieniem {o}",
  "Dzień dobry,\n\nz przykrością informujemy, że zabawka z zamówienia {o} jest niedostępna u hurtownika. Bylibyśmy wdzięczni, gdyby Pani złożyła wniosek o anulowanie zamówienia.\n\nZ wyrazami szacunku\nBajkowo",
  ["BSM107", "BSM108"], "Asks for a cancellation request and does not confirm an amount adjustment.")
m(31, "delivery-delay", "text", "Zamówienie {o} – przesunięcie wysyłki",
  "Dzień dobry,\n\nfarby z zamówienia {o} wyślemy w poniedziałek 14.12.2026, o dwa dni później niż planowaliśmy.\n\nPozdrawiamy\nArtKolor\n\nNie chcesz dostawać od nas wiadomości? Odpisz STOP.",
  ["BSM305"], "Opt-out instruction: reply STOP.")
m(32, "reply", "text", "Re: Gdzie paczka?! {o}",
  "Panie Piotrze,\n\nto już trzecia wiadomość w tej sprawie i, kurwa, naprawdę nie wiemy, co jeszcze mamy Panu napisać. Status zamówienia {o} widać na Pana koncie Amazon, proszę tam zajrzeć.\n\nSklep Rowerowy Szprycha",
  ["BSM306"], "Polish profanity in a reply.")
m(33, "delivery-delay", "text", "Order {o} – delay",
  "Hello,\n\nunfortunately the desk lamp from order {o} will be dispatched on 14 December instead of 10 December because of a supplier delay. We apologise for the inconvenience.\n\nKind regards\nLampex Team",
  ["BSM104"], "Entire message in English to a pl-PL buyer.")
m(34, "reply", "text", "Re: Montaż półki – {o}",
  "Dzień dobry,\n\nw sprawie montażu półki z zamówienia {o} najłatwiej będzie porozmawiać telefonicznie – proszę dzwonić do naszego biura: 601 234 567, codziennie od 9 do 17.\n\nPozdrawiam\nMeblik",
  ["BSM309"], "Seller's own mobile number in national format.")
m(35, "additional-information", "text", "Zamówienie {o} – adres dostawy",
  "Dzień dobry,\n\nw adresie dostawy brakuje numeru mieszkania. Prosimy o uzupełnienie w odpowiedzi lub kontakt z naszym działem obsługi pod numerem +48 12 345 67 89.\n\nPozdrawiamy\nDekoria Studio",
  ["BSM309"], "Seller's customer-service number in international format.")
m(36, "reply", "text", "Re: Faktura na firmę ({o})",
  "Dzień dobry,\n\nfakturę na firmę do zamówienia {o} wystawimy od ręki – prosimy przesłać dane firmy na adres faktury@ogrodnik-sklep.pl.\n\nPozdrawiamy\nOgrodnik",
  ["BSM308"], "Plain e-mail address in the text.")
m(37, "reply", "text", "Re: Zdjęcia uszkodzenia – {o}",
  "Dzień dobry,\n\nzdjęcia pękniętej donicy z zamówienia {o} najlepiej wysłać na: reklamacje małpa ceramika-kos kropka pl – wtedy od razu trafią do właściwej osoby.\n\nPozdrawiam\nCeramika Kos",
  ["BSM308"], "Obfuscated e-mail address written with 'małpa' and 'kropka'.")
m(38, "reply", "html", "Re: Pielęgnacja deski – {o}",
  "<p>Dzień dobry,</p><p>deskę z zamówienia {o} wystarczy raz w miesiącu natłuścić olejem spożywczym. Więcej wskazówek znajdzie Pani w naszym <a href=\"https://www.deskowo.pl/poradnik-pielegnacji\">poradniku pielęgnacji drewna na stronie Deskowo</a>.</p><p>Pozdrawiamy<br>Deskowo</p>",
  ["BSM302"], "https link with descriptive text to the seller's own site.")
m(39, "reply", "html", "Re: Instrukcja – {o}",
  "<p>Dzień dobry,</p><p>instrukcję obsługi grzejnika z zamówienia {o} znajdzie Pan w opisie oferty: <a href=\"http://www.amazon.pl/dp/B0D4RT88PL\">strona produktu na Amazon z instrukcją</a>.</p><p>Pozdrawiamy<br>CiepłyKąt</p>",
  ["BSM301"], "Insecure http link to Amazon.")
m(40, "delivery-delay", "html", "Opóźnienie – zamówienie {o}",
  "<p>Dzień dobry,</p><p>zamówiony czajnik wyślemy 15.12.2026 zamiast 11.12.2026.</p><p><img src=\"https://cdn.kuchnik.pl/produkty/czajnik-stalowy-17l.jpg\" alt=\"Czajnik stalowy 1,7 l\" width=\"240\"></p><p>Przepraszamy za opóźnienie zamówienia {o}.<br>Kuchnik</p>",
  ["BSM310"], "Photo of the purchased product.")
m(41, "review-request", "html", "Twoja opinia o zamówieniu {o}",
  "<p><img src=\"https://cdn.mailbuilder.pl/stock/plaza-zachod-slonca.jpg\" alt=\"Plaża o zachodzie słońca\" width=\"300\"></p><p>Dzień dobry,</p><p>jeśli ma Pani chwilę, prosimy o opinię o produkcie z zamówienia {o} na Amazon.</p><p>Pozdrawiamy<br>Słoneczny Sklep</p>",
  ["BSM311"], "Stock beach image unrelated to the shop.")
m(42, "delivery-delay", "html", "Zamówienie {o} – nowa data",
  "<p><img src=\"https://static.pracowniaigly.pl/logo-pracownia-igly.png\" alt=\"\" width=\"150\"></p><p>Dzień dobry,</p><p>sweter z zamówienia {o} wyślemy 17.12.2026 – dziergamy go ręcznie i potrzebujemy jeszcze kilku dni.</p><p>Pozdrawiamy<br>Pracownia Igły</p>",
  ["BSM402"], "Shop logo with an empty alt attribute.")
m(43, "delivery-delay", "text", "Zamówienie {o} – chwilka opóźnienia",
  "Cześć!\n\nTwoja bluza z zamówienia {o} pojedzie do Ciebie 12.12.2026, dwa dni później niż planowaliśmy 🙏 Dzięki za cierpliwość! 🎄\n\nEkipa Ciuchownia",
  ["BSM403"], "Emoji in a delivery delay.")
m(44, "reply", "text", "Re: Rozmiar rękawiczek – {o}",
  "Cześć Kasia,\n\nrękawiczki z zamówienia {o} są dość obszerne, więc rozmiar S będzie dobry :) W razie czego wymienimy ;-)\n\nPozdrawiam\nMonika, Wełniane Cuda",
  ["BSM403"], "Text emoticons in a reply.")
m(45, "delivery-delay", "html", "Zmiana terminu wysyłki – {o}",
  "<style>h1{font-size:24px} h2{font-size:18px} p{font-size:14px} .stopka{font-size:11px}</style><h1>Opóźnienie wysyłki</h1><h2>Zamówienie {o}</h2><p>Dzień dobry, Pani zamówienie wyślemy 16.12.2026 zamiast 12.12.2026. Przepraszamy.</p><p class=\"stopka\">Dom i Ogród Sp. z o.o.</p>",
  ["BSM410"], "Four explicit font sizes in a style block.")
m(46, "delivery-delay", "text", "Zamówienie {o} – opóźnienie",
  "Dzień dobry,\n\n\n\nkoc z zamówienia {o} wyślemy 15.12.2026.\n\n\n\nPrzepraszamy za zwłokę.\n\nPozdrawiamy\nKocykowo",
  ["BSM412"], "Runs of blank lines in plain text.")
m(47, "review-request", "text", "[Ważne] Twoja opinia – zamówienie {o}",
  "Dzień dobry,\n\nbędziemy wdzięczni, jeśli podzieli się Pan opinią o produkcie z zamówienia {o} na Amazon.\n\nPozdrawiamy\nSklep Majsterkowicz",
  ["BSM110"], "[Ważne] tag on a review request.")
m(48, "review-request", "html", "Opinia o zamówieniu {o}",
  "<p>Dzień dobry,</p><p>jeśli ma Pani chwilę, prosimy o opinię o zakupie z zamówienia {o}. <a href=\"https://www.amazon.pl/review/create-review?asin=B0B9PL7731\">Kliknij tutaj</a>.</p><p>Pozdrawiamy<br>Herbaciarnia Liść</p>",
  ["BSM401"], "Non-descriptive 'kliknij tutaj' link text.")

# ---- varying ----
m(49, "delivery-delay", "html", "Opóźnienie zamówienia {o}",
  "<div style=\"font-family:Arial,sans-serif;line-height:1.8;color:#333333;text-align:justify\"><p>Dzień dobry,</p><p>kołdra z zamówienia {o} zostanie wysłana 14.12.2026 zamiast 10.12.2026. Przepraszamy za opóźnienie.</p><p>Pozdrawiamy<br>Puchowy Sen</p></div>",
  ["BSM407", "BSM408", "BSM409", "BSM411"], "Builder wrapper setting font-family, line-height, colour and justified alignment.")
_o50 = _oid(50)
m(50, "delivery-delay", "text", "Opóźnienie wysyłki",
  "Dzień dobry,\n\nPani zamówienie nr " + _o50.replace("-", "") + " wyślemy 16.12.2026 zamiast 11.12.2026, ponieważ czekamy na dostawę od producenta.\n\nPrzepraszamy i pozdrawiamy\nZabawkowo",
  ["BSM102"], "Order number written without hyphens, so no valid order number.", oid=_o50)
