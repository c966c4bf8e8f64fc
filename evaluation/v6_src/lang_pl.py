"""v6 blind evaluation set, Polish (pl-PL)."""

_L, _LOC, _P = "pl", "pl-PL", "408"


def _oid(n):
    return f"{_P}-{(n * 7919 + 2304517) % 10000000:07d}-{(n * 104729 + 6610283) % 10000000:07d}"


MESSAGES = []


def _m(n, typ, fmt, subject, body, expected, note):
    o = _oid(n)
    MESSAGES.append({
        "id": f"v6-{_L}-{n:03d}", "language": _L, "locale": _LOC, "type": typ, "format": fmt,
        "subject": subject.replace("§O§", o), "body": body.replace("§O§", o), "order_id": o,
        "expected": sorted(expected), "note": note,
    })


_m(1, "delivery-delay", "text", "Opóźnienie wysyłki – zamówienie §O§",
   "Dzień dobry Pani Agnieszko,\n\nniestety nasz dostawca lnu spóźnił się z dostawą materiału, dlatego komplet pościeli z zamówienia §O§ wyślemy dopiero 14.12.2026 (poniedziałek), a nie – jak podawała oferta – 9 grudnia.\n\nBardzo przepraszamy za zwłokę. Jeżeli nowy termin Pani nie odpowiada, prosimy o krótką wiadomość przez Amazon.\n\nPozdrawiam serdecznie\nMarta Wójcik\nLniany Kącik",
   [], "Clean plain-text delivery delay with a new ship date.")
_m(2, "delivery-delay", "html", "Zamówienie §O§: nowy termin nadania",
   "<p>Szanowny Panie,</p><p>dziękujemy za zakupy w sklepie <b>Rowerownia Kaczmarek</b>. Bagażnik rowerowy z zamówienia nr §O§ dotrze do nas od producenta z tygodniowym opóźnieniem.</p><table><tr><td>Pierwotny termin wysyłki:</td><td>03.12.2026</td></tr><tr><td>Nowy termin wysyłki:</td><td>10.12.2026</td></tr></table><p>Przepraszamy za niedogodności.</p><p>Z poważaniem<br>Tomasz Kaczmarek<br>właściciel</p>",
   [], "Clean builder-HTML delivery delay with a plain table.")
_m(3, "order-problem", "text", "[Ważne] Brak towaru – zamówienie §O§",
   "Dzień dobry,\n\nz przykrością informujemy, że czajnik z zamówienia §O§ (model Retro 1,7 l, kolor miętowy) uległ uszkodzeniu w magazynie, a innego egzemplarza nie mamy już na stanie, więc nie możemy zrealizować wysyłki.\n\nKwota zamówienia została skorygowana o 189,00 zł – zwrot zobaczy Pan w szczegółach zamówienia na Amazon.\n\nPrzepraszamy za kłopot.\nZespół AGD Nowak",
   [], "Clean order problem with [Ważne] and the amount adjusted.")
_m(4, "additional-information", "text", "Pytanie do zamówienia §O§ – grawer",
   "Dzień dobry Panie Piotrze,\n\nżeby wykonać grawer na zegarku z zamówienia §O§, potrzebujemy jeszcze treści napisu (maks. 25 znaków) oraz informacji, czy ma być pisany kursywą czy drukowanymi literami.\n\nProsimy o odpowiedź w tej wiadomości – bez tego nie możemy przekazać zegarka do grawerni.\n\nKłaniam się,\nEwa Zielińska\nGrawerTime",
   [], "Clean request for information needed to finish the order.")
_m(5, "return-follow-up", "text", "Zwrot – zamówienie §O§",
   "Dzień dobry,\n\notrzymaliśmy zgłoszenie zwrotu plecaka z zamówienia §O§ z powodu przetartego paska. Zamiast odsyłania całego plecaka możemy zaproponować częściowy zwrot 60,00 zł, a plecak zostaje u Pani.\n\nJeśli woli Pani jednak pełny zwrot, proszę po prostu kontynuować zwrot w Amazon – nic więcej nie trzeba robić.\n\nPozdrawiamy\nDział obsługi klienta\nTrekPol",
   [], "Clean return follow-up offering a partial refund.")
_m(6, "return-follow-up", "html", "Pytanie o zwrot z zamówienia §O§",
   "<p>Dzień dobry Panie Marku,</p><p>dotarła do nas paczka zwrotna do zamówienia §O§, ale w środku był tylko jeden z dwóch reflektorów LED. Czy drugi został wysłany osobną przesyłką? Jeśli tak, prosimy o numer nadania – wtedy od razu rozliczymy cały zwrot.</p><p>Pozdrawiam<br>Kamil Dąbrowski<br>Lumen Sklep</p>",
   [], "Clean return follow-up asking for missing information.")
_m(7, "invoice", "text", "Faktura VAT do zamówienia §O§",
   "Dzień dobry,\n\nw załączniku przesyłamy fakturę VAT nr FV/2026/12/0418 do zamówienia §O§ (kwota brutto 1 249,00 zł, w tym 23% VAT).\n\nSprzedawca:\nMebloStyl sp. z o.o.\nul. Fabryczna 17, 61-131 Poznań\nNIP 782-263-18-45, REGON 301234567, KRS 0000412345\n\nZ poważaniem\nKatarzyna Lewandowska\nksięgowość",
   [], "Clean invoice with NIP/REGON/KRS and an invoice number with slashes.")
_m(8, "review-request", "text", "Prośba o opinię – zamówienie §O§",
   "Dzień dobry,\n\nminęło kilka dni od dostarczenia kawy z zamówienia §O§. Będziemy wdzięczni, jeśli zechce Pan podzielić się swoją opinią o produkcie na Amazon – zarówno pochwały, jak i uwagi krytyczne pomagają innym klientom w wyborze.\n\nPozdrawiamy\nPalarnia Ziarenko",
   [], "Clean neutral review request in plain text.")
_m(9, "review-request", "html", "Jak sprawdza się lampka? Zamówienie §O§",
   "<p><img src=\"https://static.swiatlolampy.pl/logo/swiatlo-lampy-logo.png\" alt=\"Logo sklepu Światło i Lampy\" width=\"160\"></p><p>Dzień dobry,</p><p>lampka biurkowa z zamówienia §O§ jest u Pani od tygodnia. Jeśli ma Pani chwilę, prosimy o opinię na jej temat – każda uczciwa ocena jest dla nas cenna.</p><p><a href=\"https://www.amazon.pl/review/create-review?asin=B0CX12PL45\">Napisz opinię o lampce na Amazon.pl</a></p><p>Pozdrawiamy<br>Światło i Lampy</p>",
   [], "Clean HTML review request with shop logo and descriptive https Amazon link.")
_m(10, "delivery-scheduling", "text", "Dostawa szafy – zamówienie §O§",
   "Dzień dobry Państwu,\n\nszafa trzydrzwiowa z zamówienia §O§ waży ok. 95 kg i dostarczy ją nasz transport z wniesieniem. Proponujemy następujące terminy:\n\n- wtorek 15.12.2026, 8:00–12:00\n- środa 16.12.2026, 12:00–16:00\n- piątek 18.12.2026, 16:00–20:00\n\nProszę odpisać, który termin Państwu pasuje, i czy w budynku jest winda.\n\nPozdrawiam\nRafał Mazur\nkoordynator dostaw, Meble Mazur",
   [], "Clean delivery scheduling with dates and time slots.")
_m(11, "home-service-appointment", "text", "Montaż zmywarki – termin wizyty, zamówienie §O§",
   "Dzień dobry,\n\nw ramach usługi montażu zmywarki (zamówienie §O§) nasz instalator może przyjechać w czwartek 10.12.2026 między 9:00 a 11:00 albo w sobotę 12.12.2026 między 13:00 a 15:00.\n\nProsimy o wybór terminu. Przed wizytą warto odłączyć zasilanie i zdemontować starą zmywarkę, jeśli jest.\n\nPozdrawiam\nJan Kowalczyk\nSerwis AGD Kowalczyk",
   [], "Clean home-service appointment with two slots.")
_m(12, "custom-design-verification", "html", "Projekt kubka do akceptacji – §O§",
   "<p>Dzień dobry Pani Joanno,</p><p>w załączniku przesyłamy projekt nadruku na kubki z zamówienia §O§ (plik projekt_kubek_v2.pdf). Napis „Najlepsza Babcia 2026” umieściliśmy po obu stronach, czcionka zgodna z Pani wyborem.</p><p>Prosimy o akceptację lub uwagi – druk ruszy dopiero po Pani potwierdzeniu.</p><p>Pozdrawiam<br>Ola Szymańska<br>Drukarnia Kubeczek</p>",
   [], "Clean custom design proof asking for approval.")
_m(13, "fulfillment-question", "text", "Kod do bramy – zamówienie §O§",
   "Dzień dobry,\n\nżeby dostawa zamówienia §O§ mogła dojść do skutku, potrzebujemy kodu do bramy Pana osiedla – w adresie jest zaznaczone, że wjazd jest zamykany. Czy może Pan podać kod oraz numer klatki? Przekażemy je przewoźnikowi z numerem referencyjnym dostawy ZG/2026/5571 (numer klienta 88412).\n\nPozdrawiam\nMonika Krawczyk\nObsługa zamówień, Ogrodnik24",
   [], "Clean door-code question with tracking and reference numbers.")
_m(14, "reply", "text", "Re: Pytanie o rozmiar – §O§",
   "Dzień dobry,\n\nbuty „Trail Runner Pro GTX” z zamówienia §O§ są szyte na kopycie europejskim, więc rozmiar 43 odpowiada długości wkładki 27,5 cm. Sklep „Mountain Feet Outlet” to nasza nazwa handlowa na Amazon – firma jest polska, z siedzibą w Krakowie.\n\nPozdrawiam\nBartek Wróbel",
   [], "Clean reply quoting an English product title and shop name.")
_m(15, "reply", "text", "Re: Gwarancja wiertarki – zamówienie §O§",
   "Dzień dobry Panie Andrzeju,\n\nwiertarka z zamówienia §O§ jest objęta 24-miesięczną gwarancją producenta. Zgłoszenie najszybciej załatwi Pan bezpośrednio u producenta:\n\ninfolinia gwarancyjna producenta (Makita Polska): 801 630 630\n\nProszę przygotować numer seryjny z tabliczki znamionowej i fakturę.\n\nPozdrawiam\nSklep Narzędziownia",
   [], "Clean reply with the manufacturer's warranty hotline marked as such.")
_m(16, "reply", "text", "Re: Dane do faktury – §O§",
   "Dzień dobry,\n\noczywiście, fakturę do zamówienia §O§ możemy wystawić na firmę – wystarczy, że poda Pan nazwę i NIP w odpowiedzi na tę wiadomość.\n\nPozdrawiamy\n\n--\nZielony Zakątek Anna Kubiak\nul. Ogrodowa 5, 87-100 Toruń\nNIP 956-211-34-87 · REGON 340998123\nBDO 000123456",
   [], "Clean reply with a Polish company footer.")
_m(17, "reply", "text", "Re: Gdzie jest mój zwrot? §O§",
   "Dzień dobry,\n\npaczkę zwrotną nr RZ-2026-08841 odebraliśmy 02.12.2026 o 14:35. Zwrot 279,90 zł do zamówienia §O§ zleciliśmy 03.12.2026 – bank zwykle księguje go w ciągu 3–5 dni roboczych. Numer zgłoszenia zwrotu w naszym systemie: ZW/2026/0884.\n\nPozdrawiam\nIza Pawlak\nModaLen",
   [], "Clean reply with return and tracking numbers, dates, times and amounts.")
_m(18, "fulfillment-question", "text", "Twoja paczka w drodze – §O§",
   "Hej!\n\nDobra wiadomość: paczka z zamówienia §O§ opuściła dziś rano nasz magazyn w Łodzi i jest już u kuriera DPD. Powinna dotrzeć jutro.\n\nPozdrawiamy\nZespół Skarpetkowo",
   ["BSM201"], "Shipping confirmation: parcel left the warehouse.")
_m(19, "additional-information", "html", "Zamówienie §O§",
   "<p>Dzień dobry,</p><p>potwierdzamy, że Pani zamówienie §O§ do nas dotarło – właśnie je kompletujemy i pakujemy.</p><p>Pozdrawiamy<br>Herbaciarnia Liść</p>",
   ["BSM201"], "Order confirmation: received and being prepared.")
_m(20, "reply", "text", "Dziękujemy! §O§",
   "Dzień dobry,\n\nserdecznie dziękujemy za zakupy w naszym sklepie (zamówienie §O§). Bardzo nam miło!\n\nPozdrawiamy\nCeramika Bolesław Studio",
   ["BSM202"], "Thanks only.")
_m(21, "fulfillment-question", "text", "Zamówienie §O§",
   "Dzień dobry,\n\ngdyby cokolwiek było nie tak z zamówieniem §O§, jesteśmy do dyspozycji – wystarczy napisać.\n\nZespół PetMarket",
   ["BSM202"], "Only an offer to help if anything comes up.")
_m(22, "delivery-delay", "text", "Opóźnienie – zamówienie §O§",
   "Dzień dobry,\n\nze względu na inwentaryzację karma z zamówienia §O§ wyjdzie od nas 11.12.2026 zamiast 8.12.2026. Przepraszamy.\n\nPozdrawiamy\nZoo Kraina\n\nPS Z kodem ZIMA20 kupi Pani cały nasz asortyment 20% taniej do końca miesiąca.",
   ["BSM203"], "Permitted delay with a P.S. discount code for the whole range.")
_m(23, "reply", "html", "Re: Kolor świecy – §O§",
   "<p>Dzień dobry,</p><p>świeca z zamówienia §O§ ma zapach „drzewo sandałowe” i barwę kremową, bez dodatku barwników.</p><p>A już w przyszłym tygodniu startujemy z nową kolekcją świąteczną! Zapisz się do naszego newslettera i obserwuj nas na Instagramie, żeby nic Cię nie ominęło.</p><p>Pozdrawiam<br>Weronika<br>Wosk i Knot</p>",
   ["BSM203"], "Reply promoting a new collection, newsletter and following.")
_m(24, "review-request", "text", "Opinia o zamówieniu §O§",
   "Dzień dobry,\n\nbędziemy wdzięczni za opinię o szczotce z zamówienia §O§ na Amazon. Gdy tylko Pana opinia się pojawi, wyślemy drobny upominek jako podziękowanie za poświęcony czas.\n\nPozdrawiamy\nBarber Point",
   ["BSM204"], "Small gift once the review is published.")
_m(25, "review-request", "text", "Zamówienie §O§ – mała prośba",
   "Dzień dobry,\n\nmamy propozycję: proszę napisać recenzję słuchawek z zamówienia §O§, a gdy tylko będzie widoczna na Amazon, oddamy Pani całą kwotę za zakup, co do grosza.\n\nPozdrawiamy\nAudioHit",
   ["BSM204"], "Full refund once the review is online.")
_m(26, "reply", "text", "Re: Pana opinia – §O§",
   "Dzień dobry Panie Grzegorzu,\n\nprzykro nam, że nakładka na kierownicę z zamówienia §O§ Pana zawiodła. Od tamtej pory zmieniliśmy dostawcę mocowań. Czy w tej sytuacji mógłby Pan zmienić swoją jednogwiazdkową ocenę albo ją usunąć? To by nam bardzo pomogło.\n\nPozdrawiam\nMotoDodatki",
   ["BSM205"], "Asks to change or remove a one-star review.")
_m(27, "review-request", "text", "Czy jest Pani zadowolona? §O§",
   "Dzień dobry,\n\njeśli koc z zamówienia §O§ spełnił Pani oczekiwania, prosimy o opinię na Amazon. A jeśli coś poszło nie tak – proszę najpierw napisać do nas, zamiast wystawiać ocenę, na pewno coś wymyślimy.\n\nPozdrawiamy\nWełniane Sny",
   ["BSM206"], "Review only if satisfied; unhappy buyers steered to the seller.")
_m(28, "review-request", "html", "Zamówienie §O§ – Twoja ocena",
   "<p>Cześć,</p><p>mamy nadzieję, że puzzle z zamówienia §O§ sprawiły dużo frajdy. Będziemy zachwyceni, jeśli zostawisz nam na Amazon pięć gwiazdek!</p><p>Ekipa Układanka.pl</p>",
   ["BSM206"], "Asks for a five-star rating.")
_m(29, "order-problem", "text", "Brak towaru – §O§",
   "Dzień dobry,\n\nniestety robot kuchenny z zamówienia §O§ wyprzedał się, zanim zdążyliśmy go zarezerwować. Kwotę zamówienia już skorygowaliśmy. Najprościej będzie, jeśli sam Pan anuluje zamówienie na swoim koncie Amazon – wtedy wszystko zamknie się od ręki.\n\nPrzepraszamy\nKuchnia Plus",
   ["BSM108"], "Adjusted amount but advises the buyer to cancel himself.")
_m(30, "order-problem", "text", "Zamówienie §O§ – prośba",
   "Dzień dobry Pani Beato,\n\nz przykrością piszemy, że zamówionej ramy na zdjęcia w rozmiarze 50×70 nie ma już w magazynie. Bylibyśmy wdzięczni, gdyby zechciała Pani złożyć wniosek o anulowanie zamówienia §O§.\n\nZ wyrazami szacunku\nRamki Galeria",
   ["BSM107", "BSM108"], "Polite request to cancel, without an adjustment.")
_m(31, "delivery-delay", "text", "Opóźnienie dostawy §O§",
   "Dzień dobry,\n\nzamówienie §O§ wyślemy z dwudniowym opóźnieniem, 09.12.2026. Przepraszamy.\n\nNie chcesz więcej wiadomości od nas? Odpisz STOP, a wypiszemy Cię z listy.\n\nSklep Kwiatownia",
   ["BSM305"], "Opt-out instruction: reply STOP.")
_m(32, "reply", "text", "Re: Paczka uszkodzona §O§",
   "Dzień dobry,\n\nkurwa, znowu ten kurier rzucał paczkami. Doniczka z zamówienia §O§ jest do wymiany – nową wyślemy w piątek 11.12.2026.\n\nPozdrawiam\nMarek, Doniczkarnia",
   ["BSM306"], "Polish profanity in a reply.")
_m(33, "delivery-delay", "text", "Delivery delay – order §O§",
   "Hello,\n\nunfortunately the desk lamp from order §O§ will ship on 12 December instead of 8 December because our supplier is running late. We apologise for the inconvenience.\n\nBest regards,\nLampex Customer Service",
   ["BSM104"], "English message to a Polish buyer.")
_m(34, "reply", "text", "Re: Reklamacja – §O§",
   "Dzień dobry,\n\nw sprawie reklamacji odkurzacza z zamówienia §O§ najlepiej zadzwonić do nas: 512 348 096 (pon.–pt. 8–16).\n\nPozdrawiam\nCzystoDom",
   ["BSM309"], "Seller's phone number in national format.")
_m(35, "additional-information", "html", "Dane do dostawy – §O§",
   "<p>Dzień dobry,</p><p>do zamówienia §O§ potrzebujemy numeru mieszkania – w adresie go brakuje. Można też złapać nas telefonicznie: +48 22 415 36 70.</p><p>Pozdrawiamy<br>Dywany Orient</p>",
   ["BSM309"], "Seller's phone number in international format.")
_m(36, "reply", "text", "Re: Instrukcja – §O§",
   "Dzień dobry,\n\ninstrukcję montażu karnisza z zamówienia §O§ w formacie PDF chętnie prześlemy – prosimy o maila na sklep@karnisze-domowe.pl.\n\nPozdrawiam\nKarnisze Domowe",
   ["BSM308"], "Plain e-mail address.")
_m(37, "reply", "text", "Re: Zdjęcia usterki §O§",
   "Dzień dobry,\n\nzdjęcia pękniętej szybki z zamówienia §O§ proszę przesłać na adres reklamacje małpa szklanydom kropka pl – rozpatrzymy to w 48 godzin.\n\nPozdrawiam\nSzklany Dom",
   ["BSM308"], "Obfuscated e-mail with 'małpa' and 'kropka'.")
_m(38, "reply", "html", "Re: Pielęgnacja deski – §O§",
   "<p>Dzień dobry,</p><p>deskę z zamówienia §O§ wystarczy raz w miesiącu natrzeć olejem lnianym. Więcej o nas przeczyta Pan na stronie <a href=\"https://www.debowewyroby.pl/o-nas\">O pracowni Dębowe Wyroby</a>.</p><p>Pozdrawiam<br>Dębowe Wyroby</p>",
   ["BSM302"], "https link to the seller's own site.")
_m(39, "reply", "html", "Re: Status zamówienia §O§",
   "<p>Dzień dobry,</p><p>aktualny status zamówienia §O§ znajdzie Pani w <a href=\"http://www.amazon.pl/gp/your-account/order-history\">historii zamówień na Amazon.pl</a>.</p><p>Pozdrawiamy<br>Foto Ramki</p>",
   ["BSM301"], "http link to Amazon.")
_m(40, "reply", "html", "Re: Kolor kubka – §O§",
   "<p>Dzień dobry,</p><p>tak wygląda kubek z zamówienia §O§ w świetle dziennym:</p><p><img src=\"https://cdn.glinianka.pl/produkty/kubek-lesny-350ml.jpg\" alt=\"Kubek ceramiczny Leśny 350 ml\" width=\"300\"></p><p>Pozdrawiam<br>Glinianka</p>",
   ["BSM310"], "Photo of the purchased product.")
_m(41, "delivery-delay", "html", "Zamówienie §O§ – nowy termin",
   "<p><img src=\"https://cdn.prezentownia.pl/mailing/choinka-zima.jpg\" alt=\"Choinka w zimowym lesie\" width=\"400\"></p><p>Dzień dobry,</p><p>zestaw prezentowy z zamówienia §O§ wyślemy 15.12.2026 zamiast 10.12.2026. Przepraszamy za opóźnienie.</p><p>Prezentownia</p>",
   ["BSM311"], "Unrelated stock image of a Christmas tree.")
_m(42, "delivery-scheduling", "html", "Dostawa kanapy – §O§",
   "<p><img src=\"https://cdn.sofart.pl/logo/sofart-logo.png\" alt=\"\" width=\"150\"></p><p>Dzień dobry,</p><p>kanapę z zamówienia §O§ możemy dostarczyć 17.12.2026 w godz. 10:00–14:00 lub 18.12.2026 w godz. 14:00–18:00. Który termin wybiera Pan?</p><p>SofArt</p>",
   ["BSM402"], "Shop logo with an empty alt.")
_m(43, "review-request", "text", "Opinia – §O§",
   "Dzień dobry 😊\n\njeśli ma Pani chwilę, prosimy o opinię o szaliku z zamówienia §O§ na Amazon. Dziękujemy! 🧣\n\nDziergane Cuda",
   ["BSM403"], "Emoji in a review request.")
_m(44, "reply", "text", "Re: Rozmiar – §O§",
   "Dzień dobry,\n\nrozmiar M z zamówienia §O§ odpowiada 38–40, więc powinien pasować idealnie ;-)\n\nPozdrawiam\nKasia, Sukienkowo",
   ["BSM403"], "Emoticon ;-) in a reply.")
_m(45, "delivery-delay", "html", "Opóźnienie zamówienia §O§",
   "<style>.n{font-size:22px}.s{font-size:18px}.t{font-size:14px}.d{font-size:11px}</style><p class=\"n\">Opóźnienie wysyłki</p><p class=\"s\">Zamówienie §O§</p><p class=\"t\">Dzień dobry, zabawka z zamówienia wyjdzie od nas 14.12.2026 zamiast 9.12.2026. Przepraszamy.</p><p class=\"d\">Zabawkowo sp. z o.o.</p>",
   ["BSM410"], "Four font sizes set in a style block.")
_m(46, "additional-information", "text", "Grawer – zamówienie §O§",
   "Dzień dobry,\n\nprosimy o datę, która ma się znaleźć na obrączkach z zamówienia §O§.\n\n\n\nPozdrawiamy\nZłotnik Kraków",
   ["BSM412"], "Several blank lines in a row in text.")
_m(47, "invoice", "text", "[Ważne] Faktura – §O§",
   "Dzień dobry,\n\nw załączniku faktura nr FV/2026/12/0097 do zamówienia §O§.\n\nPozdrawiamy\nBiuroMax sp. z o.o., NIP 676-245-01-33",
   ["BSM110"], "[Ważne] on an invoice.")
_m(48, "reply", "html", "Re: Faktura korygująca – §O§",
   "<p>Dzień dobry,</p><p>korektę do zamówienia §O§ pobierze Pan z konta Amazon – <a href=\"https://www.amazon.pl/gp/your-account/order-history\">kliknij tutaj</a>.</p><p>Pozdrawiam<br>Elektro Sowa</p>",
   ["BSM401"], "Non-descriptive link text 'kliknij tutaj'.")
_m(49, "delivery-delay", "html", "Zamówienie §O§ – opóźnienie",
   "<p>Dzień dobry,</p><p>klocki z zamówienia §O§ wyślemy 16.12.2026. Przepraszamy za zwłokę.</p><p>Klockownia</p><img src=\"https://mail.klockownia.pl/open.gif?m=88213&amp;u=buyer\" width=\"1\" height=\"1\" alt=\"\">",
   ["BSM307", "BSM402"], "Tracking pixel with an empty alt.")
_m(50, "delivery-delay", "text", "Opóźnienie wysyłki",
   "Dzień dobry,\n\nzamówienie nr " + _oid(50).replace("-", "") + " wyślemy z opóźnieniem, 15.12.2026, bo czekamy na dostawę farb. Przepraszamy.\n\nPozdrawiamy\nArtPlac",
   ["BSM102"], "Order number written without hyphens.")
