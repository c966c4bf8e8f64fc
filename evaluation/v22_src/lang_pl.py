"""Polish (pl-PL) messages for the v22 blind evaluation set."""

MESSAGES = []


def _m(n, typ, fmt, subject, body, oid, expected, note, locale="pl-PL"):
    MESSAGES.append({
        "id": "v22-pl-%03d" % n, "language": "pl", "locale": locale, "type": typ,
        "format": fmt, "subject": subject, "body": body, "order_id": oid,
        "expected": sorted(expected), "note": note,
    })


_m(1, "delivery-delay", "text", "Zamówienie 536-4410287-1937705 – mały poślizg",
   "Dzień dobry Pani Agnieszko,\n\nhurtownia dowiozła nam lampy z opóźnieniem, więc Pani zamówienie 536-4410287-1937705 wyruszy dopiero w czwartek 10.12.2026. Przewidujemy, że kurier będzie u Pani w piątek lub najpóźniej w poniedziałek 14.12.\n\nPrzepraszamy za kłopot.\n\nPozdrawiamy\nZespół LampaLoft", "536-4410287-1937705", [],
   "Plain-text delay notice with a new dispatch date.")
_m(2, "delivery-delay", "html", "Opóźnienie wysyłki – 536-8820145-3301962",
   "<p>Szanowny Panie Tomaszu,</p><p>niestety stolarz potrzebuje kilku dni więcej na wykończenie blatu, który Pan zamówił (nr zamówienia <strong>536-8820145-3301962</strong>).</p><table><tr><td>Pierwotny termin nadania:</td><td>8.12.2026</td></tr><tr><td>Nowy termin nadania:</td><td>16.12.2026</td></tr></table><p>Jeżeli ten termin Panu nie odpowiada, proszę dać znać w odpowiedzi na tę wiadomość.</p><p>Z poważaniem<br>Krzysztof Wrona<br><small>Meble Dębowy Kąt</small></p>",
   "536-8820145-3301962", [], "Builder HTML delay notice with a plain table, no styling.")
_m(3, "order-problem", "text", "[Ważne] Brak towaru – zamówienie 536-2209934-5518820",
   "Dzień dobry,\n\nz przykrością informujemy, że ostatnia sztuka młynka do kawy Hario z zamówienia 536-2209934-5518820 okazała się uszkodzona i nie możemy jej wysłać. Kwota zamówienia została skorygowana – 189,00 zł wróci na Pani konto, zwykle trwa to 3–5 dni roboczych.\n\nBardzo przepraszamy.\nKawowy Zakątek s.c.", "536-2209934-5518820", [],
   "Order problem with the amount adjusted; [Ważne] is allowed on this type.")
_m(4, "additional-information", "text", "Pytanie do zamówienia 536-7781200-0942317",
   "Dzień dobry Panie Marku,\n\nżeby wygrawerować obrączki (zamówienie 536-7781200-0942317), potrzebujemy jeszcze jednej informacji: jaki napis ma się znaleźć w środku i czy ma być pisany kursywą, czy drukowanymi?\n\nMaksymalnie 20 znaków na obrączkę.\n\nDziękuję i pozdrawiam\nEwa z Pracowni Złotniczej Aurum", "536-7781200-0942317", [],
   "Asks for engraving text needed to complete the order.")
_m(5, "return-follow-up", "text", "Zwrot – 536-3350918-6624401",
   "Dzień dobry,\n\ndostaliśmy zdjęcia zarysowanej deski do krojenia z zamówienia 536-3350918-6624401. Zamiast odsyłać ją z powrotem, możemy zaproponować częściowy zwrot w wysokości 45,00 zł, a deska zostaje u Pani. Jeśli Pani się zgadza, wystarczy krótkie „tak” w odpowiedzi.\n\nPozdrawiam serdecznie\nJoanna Pietrzak\nDrewniane Dodatki", "536-3350918-6624401", [],
   "Return follow-up offering a partial refund.")
_m(6, "return-follow-up", "text", "Re: zwrot butów, zam. 536-6612077-2280934",
   "Dzień dobry Panie Pawle,\n\nżeby dokończyć zwrot (zamówienie 536-6612077-2280934), prosimy jeszcze o informację, czy buty były noszone na zewnątrz, i o numer przesyłki zwrotnej, jeśli już ją Pan nadał.\n\nPozdrawiamy\nObuwie Kroczek", "536-6612077-2280934", [],
   "Return follow-up asking for information needed to finish the return.")
_m(7, "invoice", "text", "Faktura VAT FV/2026/12/0457 do zamówienia 536-1174520-8835016",
   "Dzień dobry,\n\nw załączniku przesyłamy fakturę VAT nr FV/2026/12/0457 do zamówienia 536-1174520-8835016 na kwotę 1 249,00 zł brutto (w tym 23% VAT: 233,56 zł).\n\nZ poważaniem\nDział księgowości\n\nTECHNO-SERWIS Sp. z o.o.\nul. Przemysłowa 14/3, 61-001 Poznań\nNIP 778-142-55-90 | REGON 301245678 | KRS 0000412345", "536-1174520-8835016", [],
   "Invoice with NIP, REGON, KRS and a slashed invoice number; none is a phone number.")
_m(8, "review-request", "text", "Jak się sprawdza plecak? Zamówienie 536-9023361-4471852",
   "Cześć Kasiu,\n\nplecak z zamówienia 536-9023361-4471852 jest u Ciebie już od tygodnia, więc chcieliśmy zapytać: jak się nosi? Jeśli znajdziesz chwilę, podziel się opinią na Amazon – każda, także krytyczna, pomaga innym kupującym wybrać.\n\nDzięki!\nBartek, Górskie Szlaki", "536-9023361-4471852", [],
   "Neutral review request in a familiar register.")
_m(9, "review-request", "html", "Twoja opinia o zamówieniu 536-5540982-1126734",
   "<p><img src=\"https://static.ceramikaglina.pl/logo-glina.png\" alt=\"Logo Pracowni Ceramiki Glina\" width=\"160\"></p><p>Dzień dobry,</p><p>minęło kilka dni, odkąd dotarł do Pani komplet kubków (zamówienie 536-5540982-1126734). Będziemy wdzięczni za kilka słów o zakupie – zarówno te miłe, jak i te mniej.</p><p><a href=\"https://www.amazon.pl/review/review-your-purchases/?asin=B0CKUB4X12\">Napisz opinię o kubkach na Amazon.pl</a></p><p>Pozdrawiamy<br>Pracownia Ceramiki Glina</p>",
   "536-5540982-1126734", [], "HTML review request with a shop logo and a descriptive https Amazon link.")
_m(10, "delivery-scheduling", "text", "Dostawa szafy – 536-2287410-9963520",
   "Dzień dobry,\n\nszafa z zamówienia 536-2287410-9963520 waży ok. 110 kg i przyjedzie do Państwa transportem meblowym z wniesieniem. Mamy wolne terminy:\n- wtorek 15.12, 8:00–12:00\n- środa 16.12, 12:00–16:00\n- piątek 18.12, 8:00–12:00\n\nKtóry pasuje najlepiej? Prosimy też o informację, które to piętro i czy jest winda.\n\nPozdrawiamy\nMeblex Dostawy", "536-2287410-9963520", [],
   "Scheduling delivery of a bulky wardrobe with time slots.")
_m(11, "home-service-appointment", "text", "Montaż zmywarki – zamówienie 536-4409913-7702215",
   "Dzień dobry Pani Marto,\n\nzgłaszam się w sprawie montażu zmywarki (536-4409913-7702215). Instalator może przyjechać w poniedziałek 21.12.2026 między 9:00 a 11:00 albo we wtorek 22.12 po 14:00. Proszę wybrać jedną z opcji.\n\nPozdrawiam\nRafał Nowicki\nkoordynator montaży, AGD Montaż Kraków", "536-4409913-7702215", [],
   "Home-service appointment with two time windows.")
_m(12, "custom-design-verification", "text", "Projekt do akceptacji – 536-8816604-3390471",
   "Dzień dobry,\n\nw załączniku wysyłam projekt tabliczki na drzwi z napisem „Państwo Kowalscy” (zamówienie 536-8816604-3390471). Proszę sprawdzić pisownię i układ – po akceptacji od razu przekazujemy do grawerowania.\n\nPozdrawiam\nNatalia\nGrawerownia Literka", "536-8816604-3390471", [],
   "Design proof for approval.")
_m(13, "fulfillment-question", "text", "Kod do bramy – zamówienie 536-0053317-6640289",
   "Dzień dobry,\n\nregał z zamówienia 536-0053317-6640289 dowozi nasz własny kierowca w piątek 11.12 (dokument dostawy WZ/2026/12/0871, trasa nr 14). Osiedle przy ul. Lipowej 7 jest zamknięte – czy może Pan podać kod do bramy i numer klatki?\n\nPozdrawiamy\nSklep Ogrodowy Zielnik", "536-0053317-6640289", [],
   "Asks for a gate code, with tracking number and date; no phone number.")
_m(14, "reply", "text", "Re: Pytanie o produkt – 536-7720048-2258136",
   "Dzień dobry,\n\ntak, „Lavender & Honey Body Butter” z zamówienia 536-7720048-2258136 to ten sam produkt co w zeszłym roku, producent zmienił tylko opakowanie. Skład się nie zmienił.\n\nPozdrawiam\nMonika, Naturalnie Piękna", "536-7720048-2258136", [],
   "Reply quoting an English product title inside Polish sentences.")
_m(15, "reply", "text", "Re: gwarancja wiertarki, zam. 536-3346025-5570918",
   "Dzień dobry Panie Jerzy,\n\nwiertarka z zamówienia 536-3346025-5570918 ma 2 lata gwarancji producenta. Najszybciej załatwi Pan naprawę bezpośrednio przez infolinię gwarancyjną producenta (Makita Polska): 12 639 05 00, pon.–pt. 8:00–16:00.\n\nPozdrawiamy\nNarzędziownia Śrubka", "536-3346025-5570918", [],
   "Reply giving the manufacturer's warranty hotline, marked as such (BSM309 exception).")
_m(16, "reply", "text", "Re: dane do faktury – 536-6689104-1147723",
   "Dzień dobry,\n\ndane firmy zmieniliśmy zgodnie z prośbą, fakturę do zamówienia 536-6689104-1147723 wystawimy na nowy adres.\n\nPozdrawiamy\n\nPapiernik Sp. j. Nowak i Syn\nul. Kościuszki 88, 40-049 Katowice\nNIP 634-011-22-33, REGON 240567812\nSąd Rejonowy Katowice-Wschód, KRS 0000098765", "536-6689104-1147723", [],
   "Reply with a company-details footer.")
_m(17, "reply", "text", "Re: Gdzie jest moja paczka? 536-1198730-4406652",
   "Dzień dobry,\n\nsprawdziliśmy: zwrot do zamówienia 536-1198730-4406652 dotarł do nas 3.12.2026 o 11:42 (numer zwrotu RMA/2026/1187). Zwrot 74,90 zł zlecono 4.12, pieniądze powinny być na koncie do 11.12.\n\nPozdrawiamy\nSklep Sportowy Kondycja", "536-1198730-4406652", [],
   "Reply with return number, dates, time and amount.")
# violations
_m(18, "fulfillment-question", "text", "Paczka w drodze – 536-2430081-9918274",
   "Dzień dobry,\n\nmiło nam poinformować, że paczka z zamówieniem 536-2430081-9918274 opuściła dziś nasz magazyn i jest już u kuriera DPD.\n\nPozdrawiamy\nZabawki Bąbelek", "536-2430081-9918274", ["BSM201"],
   "Shipment confirmation: parcel left the warehouse, handed to the carrier.")
_m(19, "fulfillment-question", "text", "Zamówienie 536-5562917-0387143",
   "Hej,\n\nTwoje zamówienie 536-5562917-0387143 do nas dotarło, właśnie je kompletujemy i pakujemy. Damy znać, gdyby coś było nie tak.\n\nEkipa Herbaciarni Liść", "536-5562917-0387143", ["BSM201"],
   "Order received and being packed: order confirmation.")
_m(20, "reply", "text", "Dziękujemy! 536-8870342-6651290",
   "Dziękujemy serdecznie za zakupy w naszym sklepie!\n\nZamówienie 536-8870342-6651290\n\nSklep Wełenka", "536-8870342-6651290", ["BSM202"],
   "Thanks only, order number aside.")
_m(21, "fulfillment-question", "text", "536-3307756-2214908",
   "Dzień dobry,\n\ngdyby cokolwiek było nie tak z zamówieniem 536-3307756-2214908, jesteśmy do dyspozycji.\n\nPozdrawiamy\nAkcesoria Rowerowe Szprycha", "536-3307756-2214908", ["BSM202"],
   "Only an offer to help if something comes up.")
_m(22, "delivery-delay", "text", "Opóźnienie – 536-9914206-5530187",
   "Dzień dobry,\n\nzamówienie 536-9914206-5530187 wyślemy z dwudniowym opóźnieniem, w środę 9.12. Przepraszamy.\n\nPozdrawiamy\nKosmetyki Różana\n\nPS Do końca miesiąca cały asortyment 20% taniej – wystarczy kod ROZA20.", "536-9914206-5530187", ["BSM203"],
   "Permitted delay notice with a P.S. discount on the whole range.")
_m(23, "review-request", "text", "Co słychać u Twojej świecy? 536-0417782-8826354",
   "Dzień dobry,\n\njeśli znajdzie Pani chwilę, prosimy o opinię o świecy z zamówienia 536-0417782-8826354 na Amazon.\n\nA przy okazji – zajrzyj do nas na Instagramie i zapisz się na newsletter, bo w styczniu wchodzi nowa kolekcja zimowych zapachów.\n\nPracownia Świec Knot", "536-0417782-8826354", ["BSM203"],
   "Follow us, newsletter and new collection.")
_m(24, "review-request", "text", "Drobny upominek – zamówienie 536-6620159-3349021",
   "Dzień dobry,\n\nbylibyśmy wdzięczni za opinię o zamówieniu 536-6620159-3349021. Gdy tylko recenzja się pojawi, prześlemy Panu mały upominek jako podziękowanie.\n\nPozdrawiamy\nHerbata z Pasją", "536-6620159-3349021", ["BSM204"],
   "Small gift once the review is published.")
_m(25, "review-request", "text", "536-7735014-1180462 – zwrot pieniędzy",
   "Dzień dobry,\n\nmamy propozycję: niech Pani wystawi recenzję słuchawek (zamówienie 536-7735014-1180462), a jak tylko będzie widoczna, zwrócimy całą kwotę zakupu.\n\nPozdrawiam\nAudioPunkt", "536-7735014-1180462", ["BSM204"],
   "Full refund once the review is online.")
_m(26, "reply", "text", "Re: reklamacja, zam. 536-1103648-7704519",
   "Dzień dobry,\n\nnowy zasilacz wyślemy jutro rano (zamówienie 536-1103648-7704519). Skoro sprawa jest załatwiona, czy mógłby Pan zaktualizować albo usunąć swoją jednogwiazdkową opinię? Bardzo by nam to pomogło.\n\nPozdrawiamy\nElektroHurt", "536-1103648-7704519", ["BSM205"],
   "Asks to update or remove a one-star review.")
_m(27, "review-request", "text", "Zadowolona? 536-4452296-9067713",
   "Dzień dobry,\n\njeśli jest Pani zadowolona z pościeli (zamówienie 536-4452296-9067713), prosimy o opinię na Amazon. A jeśli coś jest nie tak – proszę najpierw napisać do nas, zamiast wystawiać ocenę.\n\nLnianka", "536-4452296-9067713", ["BSM206"],
   "Review only if satisfied; unhappy buyers steered to the seller.")
_m(28, "review-request", "text", "Prośba – 536-2281575-5512394",
   "Cześć,\n\nmała firma, wielka prośba: jeśli możesz, zostaw nam pięć gwiazdek przy zamówieniu 536-2281575-5512394. To dla nas naprawdę dużo znaczy.\n\nMarta, Sklepik Kreatywny", "536-2281575-5512394", ["BSM206"],
   "Asks for five stars.")
_m(29, "order-problem", "text", "Brak kubka – zamówienie 536-8857021-3326640",
   "Dzień dobry,\n\nkubka termicznego z zamówienia 536-8857021-3326640 niestety zabrakło, kwotę zamówienia skorygowaliśmy już o 59,00 zł. Jeśli sam termos bez kubka Panu nie wystarczy, najszybciej będzie, jeśli anuluje Pan resztę zamówienia samodzielnie na swoim koncie.\n\nPozdrawiamy\nOutdoorowo", "536-8857021-3326640", ["BSM108"],
   "Amount adjusted but buyer advised to cancel himself because stock ran out.")
_m(30, "order-problem", "text", "Zamówienie 536-6604389-2275518",
   "Dzień dobry,\n\nproducent wstrzymał dostawy tego modelu czajnika i nie mamy go już na stanie. Bylibyśmy wdzięczni, gdyby złożyła Pani prośbę o anulowanie zamówienia 536-6604389-2275518.\n\nPrzepraszamy za kłopot\nDom i Kuchnia Mazur", "536-6604389-2275518", ["BSM107", "BSM108"],
   "Asks for a cancellation request, with no adjustment confirmed.")
_m(31, "delivery-delay", "text", "Nowy termin – 536-3329950-8841027",
   "Dzień dobry,\n\nzamówienie 536-3329950-8841027 wyjdzie od nas w piątek 11.12 zamiast we wtorek.\n\nPozdrawiamy\nRybki i Spółka\n\nNie chcesz dostawać od nas wiadomości? Odpisz STOP.", "536-3329950-8841027", ["BSM305"],
   "Opt-out instruction (reply STOP).")
_m(32, "reply", "text", "Re: gdzie paczka 536-9971163-0028457",
   "Dzień dobry,\n\nten kurier to jakiś pierdolony żart, trzeci raz zgubił nam przesyłkę. Zamówienie 536-9971163-0028457 wysyłamy jeszcze raz, inną firmą, jutro rano.\n\nGrzegorz, Moto-Części", "536-9971163-0028457", ["BSM306"],
   "Polish profanity in a reply.")
_m(33, "delivery-delay", "text", "Lieferverzögerung 536-5508427-6693310",
   "Guten Tag,\n\nIhre Bestellung 536-5508427-6693310 verzögert sich leider um drei Tage. Wir versenden sie am 12.12.2026.\n\nMit freundlichen Grüßen\nKolor Druk", "536-5508427-6693310", ["BSM104"],
   "Message to a Polish buyer written entirely in German.")
_m(34, "fulfillment-question", "text", "Dostawa – 536-1166384-4420971",
   "Dzień dobry,\n\nw sprawie dostawy zamówienia 536-1166384-4420971 najlepiej od razu dzwonić do mnie: 512 334 908, jestem pod telefonem do 18:00.\n\nAdam, Rowery Tandem", "536-1166384-4420971", ["BSM309"],
   "Seller's own mobile number in national format.")
_m(35, "reply", "text", "Re: zam. 536-7729105-1134862",
   "Dzień dobry,\n\nw razie pytań do zamówienia 536-7729105-1134862 zapraszamy do kontaktu z naszym biurem obsługi: +48 22 415 67 80.\n\nPozdrawiamy\nBiuro Podróży Walizka", "536-7729105-1134862", ["BSM309"],
   "Shop phone number in international format.")
_m(36, "reply", "text", "Re: zwrot, 536-4482270-5569013",
   "Dzień dobry,\n\nzdjęcia uszkodzenia (zamówienie 536-4482270-5569013) proszę podesłać na reklamacje@dekorynka.pl, wtedy szybciej to załatwimy.\n\nDekorynka", "536-4482270-5569013", ["BSM308"],
   "Plain e-mail address.")
_m(37, "additional-information", "text", "Rozmiar – 536-0091548-7712236",
   "Dzień dobry,\n\ndo zamówienia 536-0091548-7712236 potrzebujemy wymiarów okna. Najprościej wysłać je na adres biuro małpa rolety-lux kropka pl.\n\nPozdrawiamy\nRolety Lux", "536-0091548-7712236", ["BSM308"],
   "Obfuscated e-mail address with 'małpa' and 'kropka'.")
_m(38, "reply", "html", "Re: rozmiar kurtki, 536-2219675-3308841",
   "<p>Dzień dobry,</p><p>do kurtki z zamówienia 536-2219675-3308841 najlepiej dobrać rozmiar według naszej tabeli: <a href=\"https://www.modnawiosna.pl/tabela-rozmiarow\">tabela rozmiarów Modna Wiosna</a>.</p><p>Pozdrawiamy<br>Modna Wiosna</p>",
   "536-2219675-3308841", ["BSM302"], "https link to the seller's own site with descriptive text.")
_m(39, "reply", "html", "Re: instrukcja, 536-8806132-9945720",
   "<p>Dzień dobry,</p><p>instrukcję montażu znajdzie Pan na stronie produktu: <a href=\"http://www.amazon.pl/dp/B0DXK31PLM\">strona uchwytu ściennego na Amazon.pl</a> (zamówienie 536-8806132-9945720).</p><p>Pozdrawiamy<br>TV-Uchwyty</p>",
   "536-8806132-9945720", ["BSM301"], "Insecure http link to Amazon with descriptive text.")
_m(40, "reply", "html", "Re: kolor, 536-5573098-0062184",
   "<p>Dzień dobry,</p><p>tak wygląda sukienka z zamówienia 536-5573098-0062184 w kolorze butelkowej zieleni:</p><p><img src=\"https://cdn.sukienkowo.pl/img/sukienka-midi-zielona.jpg\" alt=\"Sukienka midi w kolorze butelkowej zieleni\" width=\"300\"></p><p>Pozdrawiamy<br>Sukienkowo</p>",
   "536-5573098-0062184", ["BSM310"], "Photo of the purchased dress.")
_m(41, "delivery-delay", "html", "Świąteczne opóźnienie – 536-3340716-2287593",
   "<p><img src=\"https://cdn.prezentownia.pl/img/choinka-swieta.jpg\" alt=\"Choinka z bombkami\" width=\"300\"></p><p>Dzień dobry,</p><p>w okresie przedświątecznym zamówienie 536-3340716-2287593 wyślemy dopiero 14.12.2026.</p><p>Pozdrawiamy<br>Prezentownia</p>",
   "536-3340716-2287593", ["BSM311"], "Stock Christmas tree image unrelated to the shop.")
_m(42, "delivery-delay", "html", "Opóźnienie – 536-7781463-6610258",
   "<p><img src=\"https://cdn.fotoramka.pl/logo-fotoramka.png\" alt=\"\" width=\"150\"></p><p>Dzień dobry,</p><p>ramki z zamówienia 536-7781463-6610258 wyślemy 15.12, dwa dni później niż planowaliśmy.</p><p>Pozdrawiamy<br>FotoRamka</p>",
   "536-7781463-6610258", ["BSM402"], "Shop logo with empty alt.")
_m(43, "review-request", "text", "Jak smakuje? 536-1120587-4493316",
   "Hej!\n\nMamy nadzieję, że miód z zamówienia 536-1120587-4493316 smakuje 🍯 Jeśli masz chwilę, napisz o nim opinię na Amazon.\n\nPasieka Brzęczek", "536-1120587-4493316", ["BSM403"],
   "Emoji in a review request.")
_m(44, "reply", "text", "Re: 536-6653204-8870149",
   "Dzień dobry,\n\nspokojnie, wymiana gniazdka w zamówieniu 536-6653204-8870149 jest już zlecona, nowy egzemplarz wyślemy w poniedziałek :)\n\nElektro-Max", "536-6653204-8870149", ["BSM403"],
   "Text emoticon.")
_m(45, "delivery-delay", "html", "Opóźnienie – 536-9928431-1157702",
   "<style>h1{font-size:26px}h2{font-size:20px}p{font-size:15px}.stopka{font-size:11px}</style><h1>Mała zmiana planów</h1><h2>Zamówienie 536-9928431-1157702</h2><p>Dostawca spóźnia się z tkaniną, więc poduszki wyślemy 17.12.2026.</p><p class=\"stopka\">Pracownia Poduch</p>",
   "536-9928431-1157702", ["BSM410"], "Four font sizes set in a style block.")
_m(46, "delivery-delay", "text", "Zmiana terminu – 536-4436609-2201875",
   "Dzień dobry,\n\n\nzamówienie 536-4436609-2201875 wyślemy w czwartek 10.12.\n\n\n\nPozdrawiamy\nSklep Wędkarski Haczyk", "536-4436609-2201875", ["BSM412"],
   "Several blank lines in a row in plain text.")
_m(47, "review-request", "text", "[Ważne] Twoja opinia – 536-2257718-6634480",
   "Dzień dobry,\n\nbędziemy wdzięczni za opinię o zamówieniu 536-2257718-6634480 na Amazon, dobrą lub złą.\n\nPozdrawiamy\nKsięgarnia Zakładka", "536-2257718-6634480", ["BSM110"],
   "[Ważne] on a review request.")
_m(48, "reply", "html", "Re: instrukcja, 536-8815530-3376094",
   "<p>Dzień dobry,</p><p>instrukcja do robota z zamówienia 536-8815530-3376094 jest na stronie produktu – <a href=\"https://www.amazon.pl/dp/B0C7RBT9KQ\">kliknij tutaj</a>.</p><p>Pozdrawiamy<br>RoboDom</p>",
   "536-8815530-3376094", ["BSM401"], "Non-descriptive link text 'kliknij tutaj'.")
# varying
_m(49, "delivery-delay", "html", "Opóźnienie – 536-0064297-5518836",
   "<div style=\"font-family: Verdana, sans-serif; color: #2b4c7e; text-align: center;\"><p>Dzień dobry,</p><p>zamówienie 536-0064297-5518836 wyślemy 16.12.2026, trzy dni później niż zakładaliśmy.</p><p>Pozdrawiamy<br>Szklarnia Design</p></div>",
   "536-0064297-5518836", ["BSM407", "BSM409", "BSM411"], "Builder styles: font family, colour and centred text.")
_m(50, "delivery-delay", "text", "Opóźnienie wysyłki",
   "Dzień dobry,\n\nzamówienie nr 53628841071193365 wyślemy z opóźnieniem, w poniedziałek 14.12.\n\nPozdrawiamy\nZiołowy Ogródek", "536-2884107-1193365", ["BSM102"],
   "Order number written without hyphens only.")
