"""v30 evaluation messages, Polish."""
LANG, LOC, P = "pl", "pl-PL", "617"
def oid(n):
    return "%s-%07d-%07d" % (P, 1000000 + n * 7919, 2000000 + n * 104729)
MESSAGES = []
def m(n, typ, fmt, subj, body, exp, note):
    o = oid(n)
    MESSAGES.append({"id": "v30-%s-%03d" % (LANG, n), "language": LANG, "locale": LOC, "type": typ,
        "format": fmt, "subject": subj.replace("{o}", o), "body": body.replace("{o}", o).replace("{d}", o.replace("-", "")),
        "order_id": o, "expected": sorted(exp), "note": note})
m(1, "delivery-delay", "text", "Opóźnienie wysyłki – zamówienie {o}",
  "Dzień dobry,\n\nniestety dostawca stolarki spóźnił się z drewnem i Pana regał z zamówienia {o} wyślemy dopiero 14.03.2026 zamiast 9.03. Bardzo przepraszamy za poślizg.\n\nJeśli termin nie pasuje, prosimy o odpowiedź w tej wiadomości.\n\nPozdrawiam\nKrzysztof Wrona\nMeblownia Wrona", [], "Plain-text delivery delay with a new ship date.")
m(2, "delivery-delay", "html", "Zamówienie {o} – nowy termin",
  "<p>Szanowna Pani,</p><p>lampa <b>Orzech 40</b> z zamówienia {o} będzie gotowa do nadania później, niż podaliśmy na stronie: przewidujemy <b>wtorek, 21 kwietnia</b>.</p><p>Przepraszamy za kłopot.</p><p>Zespół Lumenowo</p>", [], "HTML delivery delay, no styling.")
m(3, "order-problem", "text", "[Ważne] Zamówienie {o} – brak towaru",
  "Dzień dobry Pani Agnieszko,\n\nz przykrością informujemy, że ostatnia sztuka czajnika Retro 1,7 l okazała się uszkodzona w magazynie i nie możemy jej wysłać. Kwota zamówienia {o} została skorygowana do 0,00 zł, pieniądze (189,99 zł) wrócą tą samą drogą, którą Pani płaciła.\n\nPrzepraszamy.\nAGD Kowalczyk s.c.", [], "Order problem with the amount adjusted and [Ważne] in subject.")
m(4, "additional-information", "text", "Grawer – zamówienie {o}",
  "Witam,\n\nżeby wykonać grawer na bransoletce z zamówienia {o}, potrzebujemy tekstu (maks. 20 znaków) i informacji, czy ma być pisany kursywą czy drukowanymi.\n\nDziękuję i pozdrawiam,\nOla z Pracowni Srebrna Nitka", [], "Asks for engraving text needed to complete the order.")
m(5, "return-follow-up", "text", "Zwrot do zamówienia {o}",
  "Dzień dobry,\n\notrzymaliśmy zdjęcia zarysowanej obudowy. Zamiast odsyłać cały głośnik możemy zaproponować częściowy zwrot 60,00 zł i głośnik zostaje u Pana. Proszę dać znać, czy taka opcja odpowiada.\n\nZ poważaniem\nTomasz Nowicki\nDział obsługi, AudioPunkt Sp. z o.o.\nZamówienie: {o}", [], "Return follow-up offering a partial refund.")
m(6, "return-follow-up", "text", "Pytanie o zwrot {o}",
  "Dzień dobry,\n\npaczka zwrotna do zamówienia {o} dotarła bez ładowarki. Czy mogłaby Pani sprawdzić, czy ładowarka nie została w domu? Bez niej nie możemy zamknąć zwrotu.\n\nPozdrawiamy\nEkipa GadżetBox", [], "Return follow-up asking for missing information.")
m(7, "invoice", "text", "Faktura FV/2026/03/118 do zamówienia {o}",
  "Dzień dobry,\n\nw załączniku przesyłamy fakturę VAT nr FV/2026/03/118 do zamówienia {o}, kwota brutto 1 249,00 zł (w tym 23% VAT 233,56 zł).\n\nPozdrawiam\nJoanna Mazur\nksięgowość\n\nTechMar Sp. z o.o., ul. Przemysłowa 12, 61-029 Poznań\nNIP 782-256-34-10, REGON 301234567, KRS 0000412233", [], "Invoice with NIP, REGON, KRS and slashed invoice number.")
m(8, "review-request", "text", "Zamówienie {o}",
  "Dzień dobry,\n\nminął już tydzień od dostawy koca z zamówienia {o}. Jeśli znajdzie Pan chwilę, będziemy wdzięczni za opinię o produkcie na Amazonie – każda pomaga innym kupującym w wyborze.\n\nPozdrawiamy\nWełniany Zakątek", [], "Neutral text review request.")
m(9, "review-request", "html", "Jak sprawdza się kubek? Zamówienie {o}",
  '<p><img src="https://cdn.ceramikaleska.pl/logo-ceramika-leska.png" alt="Ceramika Leśka" width="160"></p><p>Dzień dobry,</p><p>dziękujemy za zakupy w Ceramice Leśka (zamówienie {o}). Będzie nam miło, jeśli podzieli się Pani wrażeniami.</p><p><a href="https://www.amazon.pl/review/create-review?asin=B0CX12ABCD">Napisz opinię o kubku na Amazon.pl</a></p><p>Ania i Marek</p>', [], "HTML review request with shop logo and descriptive Amazon https link.")
m(10, "delivery-scheduling", "text", "Dostawa szafy – zamówienie {o}",
  "Dzień dobry,\n\nszafa z zamówienia {o} jest duża (2 paczki, ok. 95 kg), więc kurier umawia dostawę z wniesieniem. Proponujemy:\n- czwartek 12.02.2026, 8:00–12:00\n- piątek 13.02.2026, 14:00–18:00\n\nProszę wybrać termin w odpowiedzi.\n\nPozdrawiam\nMarta, MebleDom24", [], "Scheduling bulky delivery with time slots.")
m(11, "home-service-appointment", "text", "Montaż zmywarki {o}",
  "Dzień dobry Panie Rafale,\n\nnasz monter może przyjechać podłączyć zmywarkę w poniedziałek 3 listopada między 10:00 a 13:00 albo w środę 5 listopada od 15:00 do 18:00. Który termin Panu odpowiada? Dotyczy zamówienia {o}.\n\nZ poważaniem\nSerwis InstalPro", [], "Home-service appointment options.")
m(12, "custom-design-verification", "text", "Projekt koszulki do akceptacji – {o}",
  "Cześć,\n\nw załączniku projekt nadruku z napisem „Drużyna Kasi 2026” do zamówienia {o}. Sprawdź proszę pisownię i kolory – jeśli wszystko gra, odpisz „akceptuję”, a wtedy puszczamy do druku.\n\nKuba\nNadrukarnia", [], "Design proof attached for approval.")
m(13, "fulfillment-question", "text", "Kod do bramy – zamówienie {o}",
  "Dzień dobry,\n\nkurier nie mógł wejść na teren osiedla przy dostawie zamówienia {o} (numer przesyłki 6200112233445, zgłoszenie REK/0412/26). Czy może Pani podać kod do furtki albo wskazać inne miejsce odbioru?\n\nPozdrawiam\nBiuro Obsługi Klienta, ZooKraina", [], "Door-code question with reference numbers.")
m(14, "reply", "text", "Re: Pytanie o rozmiar – {o}",
  "Dzień dobry,\n\nmodel „Trail Runner Pro Waterproof” w rozmiarze 42 ma wkładkę długości 26,5 cm, więc przy stopie 26 cm powinien być dobry. Buty z zamówienia {o} są zgodne z opisem producenta.\n\nPozdrawiam\nPiotr, SportStrefa", [], "Reply quoting an English product title.")
m(15, "reply", "text", "Re: Gwarancja ekspresu {o}",
  "Dzień dobry,\n\nekspres z zamówienia {o} ma 24 miesiące gwarancji producenta. Naprawy zgłasza się bezpośrednio w serwisie producenta – infolinia gwarancyjna producenta: 22 290 11 00 (pn.–pt. 8–18).\n\nPozdrawiamy\nKawaMania", [], "Reply with manufacturer warranty hotline marked as such.")
m(16, "reply", "text", "Re: Dane do faktury – {o}",
  "Dzień dobry,\n\nfakturę na firmę możemy wystawić do zamówienia {o} – proszę tylko potwierdzić nazwę firmy i NIP w odpowiedzi.\n\nZ wyrazami szacunku\nEwa Grabowska\nspecjalistka ds. obsługi klienta\n\nBIUROMAX Sp. z o.o.\nul. Długa 5/7, 00-238 Warszawa\nNIP 525-000-12-34 | KRS 0000123456 | kapitał zakładowy 50 000 zł", [], "Reply with company-details footer.")
m(17, "reply", "text", "Re: Status zwrotu {o}",
  "Dzień dobry,\n\nzwrot do zamówienia {o} zarejestrowaliśmy 18.05.2026 o 9:42 pod numerem ZW-2026-0518-07. Przesyłka zwrotna 0099887766554433 jest w drodze, a po jej przyjęciu oddamy 349,90 zł w ciągu 3 dni roboczych.\n\nPozdrawiam\nDawid, Rowerownia", [], "Reply with return and tracking numbers, dates and amounts.")
m(18, "reply", "text", "Twoje zamówienie {o}",
  "Dzień dobry,\n\nmiło nam poinformować, że paczka z zamówienia {o} opuściła już nasz magazyn w Łodzi i jest w rękach kuriera.\n\nPozdrawiamy\nSklep Pod Dębem", ["BSM201"], "Shipping confirmation (left the warehouse).")
m(19, "reply", "text", "Zamówienie {o} przyjęte",
  "Hej!\n\nDostaliśmy Twoje zamówienie {o} i już kompletujemy paczkę. Damy znać, gdyby coś było nie tak.\n\nZespół Herbaciarnia Liść", ["BSM201"], "Order received and being prepared.")
m(20, "reply", "text", "Dziękujemy! {o}",
  "Dzień dobry,\n\nserdecznie dziękujemy za zakup w naszym sklepie (zamówienie {o}).\n\nPozdrawiamy\nKwiaciarnia Bratek", ["BSM202"], "Thanks only.")
m(21, "reply", "text", "Zamówienie {o}",
  "Dzień dobry,\n\ngdyby cokolwiek z zamówieniem {o} było nie tak, jesteśmy do dyspozycji – wystarczy odpisać.\n\nObsługa klienta FotoLab", ["BSM202"], "Only an offer to help.")
m(22, "delivery-delay", "text", "Opóźnienie – {o}",
  "Dzień dobry,\n\nzamówienie {o} wyślemy z trzydniowym opóźnieniem, 27.06.2026. Przepraszamy.\n\nPozdrawiam\nLena, Pachnące Świece\n\nPS Na przeprosiny: do końca miesiąca 20% rabatu na cały asortyment naszego sklepu.", ["BSM203"], "Delay with promotional P.S.")
m(23, "reply", "text", "Re: Pytanie o kolor – {o}",
  "Dzień dobry,\n\nkolor „szałwia” z zamówienia {o} jest matowy, bez połysku.\n\nA już w przyszłym tygodniu startuje nasza nowa kolekcja jesienna – zapisz się do newslettera i obserwuj nas na Instagramie, żeby nic nie przegapić!\n\nFarbiarnia Kolorowo", ["BSM203"], "Newsletter, follow us, new collection.")
m(24, "review-request", "text", "Mała prośba – {o}",
  "Dzień dobry,\n\nczy mógłby Pan wystawić opinię o termosie z zamówienia {o}? Gdy tylko recenzja się pojawi, wyślemy drobny upominek w podziękowaniu.\n\nPozdrawiamy\nTermoPol", ["BSM204"], "Small gift after review is published.")
m(25, "review-request", "text", "Zamówienie {o} – opinia",
  "Dzień dobry,\n\nmamy propozycję: jak tylko Pani recenzja słuchawek będzie widoczna na Amazonie, zwrócimy pełną kwotę zamówienia {o}.\n\nPozdrawiam\nKamil, SoundHub", ["BSM204"], "Full refund once review is online.")
m(26, "reply", "text", "Re: Ocena – zamówienie {o}",
  "Dzień dobry,\n\nwymieniliśmy już uszkodzoną patelnię z zamówienia {o}. Skoro sprawa jest załatwiona, czy byłaby Pani skłonna zmienić albo usunąć swoją jednogwiazdkową opinię?\n\nZ poważaniem\nKuchnioMania", ["BSM205"], "Asks to change or remove a one-star review.")
m(27, "review-request", "text", "Jak wrażenia? {o}",
  "Dzień dobry,\n\njeśli jest Pan zadowolony z plecaka z zamówienia {o}, prosimy o opinię na Amazonie. A jeśli coś nie pasuje – najpierw proszę napisać do nas, zamiast wystawiać recenzję, na pewno to załatwimy.\n\nGórskiSklep", ["BSM206"], "Only satisfied buyers, unhappy ones steered away.")
m(28, "review-request", "text", "Prośba o ocenę – {o}",
  "Dzień dobry,\n\nbędziemy ogromnie wdzięczni za pięć gwiazdek przy produkcie z zamówienia {o}. To dla małej firmy jak nasza naprawdę dużo znaczy.\n\nRodzinna Pasieka Miodek", ["BSM206"], "Asks for five stars.")
m(29, "order-problem", "text", "Problem z zamówieniem {o}",
  "Dzień dobry,\n\nniestety wyprzedaliśmy ostatnie sztuki lustra z zamówienia {o}. Kwota zamówienia została skorygowana. Najszybciej będzie, jeśli sam Pan anuluje zamówienie w swoim koncie Amazon.\n\nPrzepraszamy\nDekorHouse", ["BSM108"], "Advises buyer to cancel himself despite adjustment.")
m(30, "order-problem", "text", "Zamówienie {o} – brak na stanie",
  "Szanowna Pani,\n\nzabrakło nam w magazynie wybranego wariantu pościeli (zamówienie {o}). Bylibyśmy wdzięczni, gdyby złożyła Pani prośbę o anulowanie zamówienia.\n\nZ poważaniem\nSenna Kraina", ["BSM107", "BSM108"], "Cancellation request without adjustment.")
m(31, "delivery-delay", "text", "Nowa data wysyłki {o}",
  "Dzień dobry,\n\nzamówienie {o} wyślemy 2 dni później, w czwartek 8.10.2026.\n\nPozdrawiamy\nZabawkowo\n\nNie chcesz dostawać od nas wiadomości? Odpisz STOP.", ["BSM305"], "Opt-out instruction (STOP).")
m(32, "reply", "text", "Re: Reklamacja {o}",
  "Panie Marku,\n\nten cholerny kurier znowu rzucił paczką z zamówienia {o}, to nie nasza wina, do jasnej cholery. Wysyłamy nową lampkę w poniedziałek 9.03.2026.\n\nSklep Świetlik", ["BSM306"], "Profanity in Polish.")
m(33, "delivery-delay", "text", "Delay – order {o}",
  "Hello,\n\nunfortunately your order {o} will ship a few days late, on 16 March 2026. We apologise for the inconvenience.\n\nBest regards,\nMebloStyl team", ["BSM104"], "Entire message in English for a pl-PL buyer.")
m(34, "reply", "text", "Re: Dostawa {o}",
  "Dzień dobry,\n\nw sprawie zamówienia {o} najlepiej zadzwonić do nas bezpośrednio: 601 234 567 (pn.–pt. 9–17).\n\nPozdrawiam\nMichał, AutoCzęści Kubiak", ["BSM309"], "Seller's mobile number, national format.")
m(35, "reply", "text", "Re: Zamiana rozmiaru {o}",
  "Dzień dobry,\n\nwymianę rozmiaru do zamówienia {o} załatwimy najszybciej telefonicznie: +48 12 345 67 89.\n\nPozdrawiamy\nModa Wiśniewska", ["BSM309"], "Seller phone number in international format.")
m(36, "reply", "text", "Re: Faktura korygująca {o}",
  "Dzień dobry,\n\nproszę przesłać dane do korekty faktury do zamówienia {o} na adres biuro@drukarnia-pixel.pl, a przygotujemy ją od ręki.\n\nPozdrawiam\nDrukarnia Pixel", ["BSM308"], "Plain e-mail address.")
m(37, "reply", "text", "Re: Zdjęcia uszkodzenia – {o}",
  "Dzień dobry,\n\nzdjęcia uszkodzenia do zamówienia {o} prosimy wysłać na: reklamacje małpa szkloidom kropka pl\n\nPozdrawiamy\nSzkłoiDom", ["BSM308"], "Obfuscated e-mail address with 'małpa'.")
m(38, "reply", "html", "Re: Instrukcja – {o}",
  '<p>Dzień dobry,</p><p>do zamówienia {o}: wszystkie poradniki montażu znajdzie Pan na naszej stronie: <a href="https://www.rolety-jasek.pl/poradniki">poradniki montażu rolet Jasek</a>.</p><p>Pozdrawiam<br>Rolety Jasek</p>', ["BSM302"], "https link to seller's site.")
m(39, "review-request", "html", "Opinia o zamówieniu {o}",
  '<p>Dzień dobry,</p><p>jeśli ma Pani chwilę, prosimy o opinię o zamówieniu {o}: <a href="http://www.amazon.pl/review/create-review?asin=B0AB99XYZ1">opinia o produkcie na Amazon.pl</a>.</p><p>Pozdrawiamy<br>Pracownia Len</p>', ["BSM301"], "http link to Amazon.")
m(40, "delivery-delay", "html", "Opóźnienie {o}",
  '<p>Dzień dobry,</p><p>fotel z zamówienia {o} wyślemy z opóźnieniem, 19.01.2027.</p><p><img src="https://cdn.fotelarnia.pl/produkty/fotel-uszak-zielony.jpg" alt="Fotel uszak zielony" width="300"></p><p>Fotelarnia</p>', ["BSM310"], "Photo of the purchased product.")
m(41, "reply", "html", "Re: Wakacyjna przerwa {o}",
  '<p>Dzień dobry,</p><p>zamówienie {o} zrealizujemy po naszym urlopie, wysyłka 4.08.2026.</p><p><img src="https://images.example-stock.com/plaza-morze.jpg" alt="Plaża nad morzem" width="300"></p><p>Pozdrowienia<br>Sklep Bursztynek</p>', ["BSM311"], "Unrelated stock image of a beach.")
m(42, "reply", "html", "Re: Termin odbioru {o}",
  '<p><img src="https://cdn.mlynarski-sklep.pl/logo.png" alt=""></p><p>Dzień dobry,</p><p>zamówienie {o} wyślemy w piątek 11.09.2026.</p><p>Młynarski</p>', ["BSM402"], "Logo image with empty alt.")
m(43, "review-request", "text", "Jak smakuje kawa? {o}",
  "Hej,\n\nbędzie nam miło, jeśli napiszesz opinię o kawie z zamówienia {o} na Amazonie ☕😊\n\nPalarnia Ziarenko", ["BSM403"], "Emoji in a review request.")
m(44, "delivery-delay", "html", "Zmiana terminu {o}",
  '<style>h1{font-size:26px} h2{font-size:20px} .lead{font-size:16px} .note{font-size:11px}</style><h1>Przesunięcie wysyłki</h1><h2>Zamówienie {o}</h2><p class="lead">Dzień dobry, wysyłka nastąpi 23.02.2026.</p><p class="note">Przepraszamy za opóźnienie. Sklep Kominek</p>', ["BSM410"], "Four font sizes in a style block.")
m(45, "delivery-delay", "text", "Opóźnienie dostawy {o}",
  "Dzień dobry,\n\n\n\nzamówienie {o} wyślemy dopiero 2.12.2026.\n\n\nPrzepraszamy,\nSzydełkowo", ["BSM412"], "Multiple blank lines in text.")
m(46, "reply", "html", "Re: Pytanie o wymiary {o}",
  '<p>Dzień dobry,</p><p>stolik z zamówienia {o} ma 60 × 60 cm i wysokość 45 cm.<br><br><br><br>Pozdrawiam<br>Stolarnia Dąb</p>', ["BSM412"], "Run of br tags in HTML.")
m(47, "review-request", "text", "[Ważne] Twoja opinia – {o}",
  "Dzień dobry,\n\nczy mogłaby Pani ocenić produkt z zamówienia {o} na Amazonie? Dziękujemy za poświęcony czas.\n\nPozdrawiamy\nZielony Parapet", ["BSM110"], "[Ważne] tag on a review request.")
m(48, "review-request", "html", "Opinia – {o}",
  '<p>Dzień dobry,</p><p>jeśli chce Pan podzielić się wrażeniami o zamówieniu {o}, <a href="https://www.amazon.pl/review/create-review?asin=B0ZZ11QQ22">kliknij tutaj</a>.</p><p>Pozdrawiamy<br>Rybak Sport</p>', ["BSM401"], "'kliknij tutaj' link text.")
m(49, "delivery-delay", "text", "Opóźnienie wysyłki",
  "Dzień dobry,\n\nPana zamówienie nr {d} zostanie wysłane z opóźnieniem, 30.04.2026. Przepraszamy.\n\nPozdrawiamy\nSklep Tkaniny Łucja", ["BSM102"], "Order number written without hyphens.")
m(50, "review-request", "html", "Twoja opinia – {o}",
  '<p><a href="https://www.kosmetyki-lawenda.pl"><img src="https://www.kosmetyki-lawenda.pl/logo-lawenda.png" alt="Kosmetyki Lawenda"></a></p><p>Dzień dobry,</p><p>prosimy o opinię o kremie z zamówienia {o} na Amazonie.</p><p>Zespół Lawenda</p>', ["BSM302", "BSM304"], "Logo linked to seller website.")
