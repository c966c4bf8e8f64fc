# -*- coding: utf-8 -*-
"""v13 blind evaluation set, Polish (pl-PL)."""

def _o(n):
    return "446-%07d-%07d" % ((381743 * n + 1029384) % 9000000 + 1000000,
                              (791911 * n + 4402113) % 9000000 + 1000000)

_R = []

def M(n, typ, fmt, subject, body, expected, note):
    _R.append({"id": "v13-pl-%03d" % n, "language": "pl", "locale": "pl-PL", "type": typ,
               "format": fmt, "subject": subject, "body": body, "order_id": _o(n),
               "expected": sorted(expected), "note": note})

O = _o

M(1, "delivery-delay", "text", "Zamówienie %s – przesunięcie terminu wysyłki" % O(1),
  "Dzień dobry Pani Agnieszko,\n\npiszę w sprawie zamówienia %s (komoda Lniana Szuflada, kolor dąb bielony). "
  "Stolarnia, z którą współpracujemy, dostała opóźnioną dostawę frontów i niestety nie zdążymy wysłać komody w zapowiadanym terminie.\n\n"
  "Nowa przewidywana data nadania to 18.12.2026, dostawa zwykle dzień–dwa później. Jeśli coś się zmieni, dam znać od razu.\n\n"
  "Przepraszam za kłopot i pozdrawiam serdecznie\nTomasz Wierzbicki\nMeblarnia Pod Lipą" % O(1),
  [], "Clean plain-text delivery delay with a new dispatch date.")

M(2, "delivery-delay", "html", "Opóźnienie – zam. %s" % O(2),
  "<p>Szanowny Panie,</p><p>uprzejmie informujemy, że realizacja zamówienia <b>%s</b> potrwa dłużej, niż podawaliśmy w ofercie. "
  "Producent ekspresu Caffè Rosso przesunął dostawę do naszego magazynu.</p>"
  "<table><tr><td>Pierwotny termin wysyłki:</td><td>3.12.2026</td></tr><tr><td>Nowy termin wysyłki:</td><td>10.12.2026</td></tr></table>"
  "<p>Bardzo przepraszamy za utrudnienia.</p><p>Z wyrazami szacunku<br>Dział Obsługi Klienta<br>KawoManiak sp. z o.o.</p>" % O(2),
  [], "Clean builder-HTML delivery delay with a small table, no styles.")

M(3, "order-problem", "text", "[Ważne] Brak towaru – zamówienie %s" % O(3),
  "Dzień dobry,\n\nz przykrością informuję, że zestaw pędzli akwarelowych Pro-Soft 12 szt. z zamówienia %s został wyprzedany, a dostawca nie potwierdził kolejnej partii. "
  "Nie możemy go więc wysłać.\n\nKwota zamówienia została już skorygowana o 84,50 zł (powód: brak towaru w magazynie). Zwrot pojawi się na Pani rachunku zgodnie z terminami Amazon.\n\n"
  "Pozostałe produkty wyślemy bez zmian.\n\nPozdrawiam\nKatarzyna Nowicka\nPracownia Farb Akwarela" % O(3),
  [], "Clean order problem with [Ważne] tag and confirmed amount adjustment.")

M(4, "additional-information", "text", "Prośba o doprecyzowanie – %s" % O(4),
  "Witam,\n\nżeby wygrawerować tabliczkę na drzwi (zamówienie %s), potrzebujemy jeszcze jednej informacji: czy numer mieszkania ma być zapisany cyframi arabskimi (np. 14), czy rzymskimi (XIV)? "
  "W formularzu zamówienia to pole zostało puste.\n\nGdy tylko odpiszecie, ruszamy z grawerem.\n\nPozdrawiam, Michał z GrawerKa" % O(4),
  [], "Clean request for information needed to complete the order.")

M(5, "return-follow-up", "text", "Zwrot – zamówienie %s" % O(5),
  "Pani Magdaleno,\n\ndziękuję za zgłoszenie zwrotu butów trekkingowych Skalnik (zam. %s). Z opisu wynika, że jedynie szew na języku jest lekko przetarty, a same buty są w użyciu.\n\n"
  "Zamiast odsyłania mogę zaproponować częściowy zwrot pieniędzy w wysokości 60,00 zł, a buty zostają u Pani. Jeśli woli Pani jednak pełny zwrot, wystarczy odesłać paczkę jak dotychczas.\n\n"
  "Proszę dać znać, którą opcję Pani wybiera.\n\nZ pozdrowieniami\nRobert Sikora\nGórskiSzlak.pl" % O(5),
  [], "Clean return follow-up offering a partial refund.")

M(6, "return-follow-up", "html", "Pytanie do zwrotu %s" % O(6),
  "<p>Dzień dobry,</p><p>otrzymaliśmy zgłoszenie zwrotu odkurzacza (zamówienie %s). Aby przyjąć zwrot, potrzebujemy numeru seryjnego z tabliczki pod pojemnikiem na kurz – "
  "ten sam model sprzedajemy w dwóch wersjach i musimy wiedzieć, którą Pan odsyła.</p><p>Wystarczy odpisać na tę wiadomość.</p><p>Pozdrawiamy<br>Zespół AGD-Centrum</p>" % O(6),
  [], "Clean return follow-up asking for information to complete the return.")

M(7, "invoice", "text", "Faktura VAT do zamówienia %s" % O(7),
  "Dzień dobry,\n\nw załączniku przesyłamy fakturę VAT nr FV/2026/12/0347 do zamówienia %s na kwotę 1 249,00 zł brutto (w tym 23%% VAT: 233,56 zł).\n\n"
  "Dane sprzedawcy:\nBiuroMax Wyposażenie Sp. z o.o.\nul. Przemysłowa 12, 61-579 Poznań\nNIP 778-14-52-903\nREGON 300512874\nKRS 0000298761\n\n"
  "Pozdrawiamy\nDział księgowości BiuroMax" % O(7),
  [], "Clean invoice with NIP, REGON, KRS and a slashed invoice number.")

M(8, "review-request", "text", "Zamówienie %s – Twoja opinia" % O(8),
  "Cześć Ola,\n\nminęło już kilka dni, odkąd dotarł do Ciebie zestaw do kaligrafii (zamówienie %s). Będziemy wdzięczni, jeśli znajdziesz chwilę, żeby opisać na Amazon, jak się sprawdza – "
  "zarówno to, co się podoba, jak i to, co moglibyśmy poprawić. Każda szczera opinia pomaga innym kupującym.\n\nDzięki i pozdrawiamy\nAnia i Paweł, Atrament i Pióro" % O(8),
  [], "Clean neutral review request in a familiar register.")

M(9, "review-request", "html", "Jak sprawdza się czajnik? Zamówienie %s" % O(9),
  "<p><img src=\"https://static.herbaciarnia-czarka.pl/img/logo-czarka.png\" alt=\"Logo Herbaciarni Czarka\" width=\"140\"></p>"
  "<p>Szanowna Pani,</p><p>mamy nadzieję, że żeliwny czajnik Tetsubin z zamówienia %s dobrze się sprawuje. Jeśli ma Pani ochotę, prosimy podzielić się wrażeniami na Amazon – każda opinia, dobra czy krytyczna, jest dla nas cenna.</p>"
  "<p><a href=\"https://www.amazon.pl/review/create-review?asin=B0CZK41TQP\">Napisz opinię o produkcie na Amazon.pl</a></p><p>Z pozdrowieniami<br>Herbaciarnia Czarka</p>" % O(9),
  [], "Clean HTML review request with shop logo (alt names shop) and descriptive https Amazon link.")

M(10, "delivery-scheduling", "text", "Umówienie dostawy – zamówienie %s" % O(10),
  "Dzień dobry Panie Krzysztofie,\n\nnarożnik Oslo z zamówienia %s waży ok. 95 kg i przyjedzie transportem z dwuosobową ekipą. Mamy wolne terminy:\n\n"
  "– wtorek 15.12.2026, 8:00–12:00\n– środa 16.12.2026, 12:00–16:00\n– piątek 18.12.2026, 16:00–20:00\n\nProszę wybrać jeden z nich. Ekipa wnosi mebel na piętro, prosimy tylko o wolne przejście na klatce.\n\n"
  "Pozdrawiam\nEwelina Kubiak, logistyka\nSofaDom" % O(10),
  [], "Clean bulky delivery scheduling with dates and time slots.")

M(11, "home-service-appointment", "html", "Montaż zmywarki – termin wizyty (%s)" % O(11),
  "<p>Dzień dobry,</p><p>w ramach zamówienia %s zamówili Państwo montaż zmywarki do zabudowy. Nasz technik może przyjechać:</p>"
  "<ul><li>czwartek, 10 grudnia, między 9:00 a 11:00</li><li>sobota, 12 grudnia, między 10:00 a 13:00</li></ul>"
  "<p>Proszę potwierdzić pasujący termin. Przed wizytą warto sprawdzić, czy zawór wody pod zlewem da się zakręcić.</p><p>Serdecznie pozdrawiamy<br>Serwis Instal-Plus</p>" % O(11),
  [], "Clean home-service appointment with proposed slots.")

M(12, "custom-design-verification", "text", "Projekt do akceptacji – kubek z nadrukiem, %s" % O(12),
  "Hej!\n\nW załączniku podsyłamy wizualizację kubka z zamówienia %s: napis „Najlepszy Dziadek Pod Słońcem” w kolorze granatowym, czcionka szeryfowa, zdjęcie po lewej stronie ucha.\n\n"
  "Zerknij proszę, czy wszystko się zgadza – szczególnie pisownia. Po akceptacji drukujemy w ciągu 2 dni roboczych.\n\nPozdrawiam\nJustyna | Nadrukownia Kolorowo" % O(12),
  [], "Clean custom design proof (attachment mentioned) asking for approval.")

M(13, "fulfillment-question", "text", "Kod do bramy – przesyłka %s" % O(13),
  "Dzień dobry,\n\nkurier zgłosił, że przy dostawie zamówienia %s (list przewozowy 6209 1547 8830 21, nasz nr referencyjny WZ/4471/12) nie mógł wejść na teren osiedla. "
  "Czy może Pani podać kod do bramy albo wskazać, gdzie można zostawić paczkę?\n\nPonowna próba doręczenia jest zaplanowana na 9.12.2026.\n\nPozdrawiam\nDominik Zając\nSklep Rowerowy Szprycha" % O(13),
  [], "Clean door-code question with tracking and reference numbers.")

M(14, "reply", "text", "Re: Pytanie o rozmiar – %s" % O(14),
  "Dzień dobry Pani Beato,\n\nkurtka „Nordic Explorer Softshell Jacket” z zamówienia %s jest szyta w rozmiarówce skandynawskiej, więc rozmiar M odpowiada mniej więcej naszemu L. "
  "Jeśli zwykle nosi Pani rozmiar M w polskich sklepach, ten model powinien leżeć swobodnie, ale nie za luźno.\n\nPozdrawiam\nSylwia, Outdoorowo" % O(14),
  [], "Clean reply quoting an English product title inside Polish sentences.")

M(15, "reply", "text", "Re: Usterka wiertarki (%s)" % O(15),
  "Panie Jarosławie,\n\nprzykro mi, że wiertarka z zamówienia %s przestała działać. Urządzenie jest objęte 24-miesięczną gwarancją producenta, a naprawy prowadzi bezpośrednio serwis marki.\n\n"
  "Infolinia gwarancyjna producenta (Makotech Polska): 22 487 30 00, pon.–pt. 8:00–16:00. Przy zgłoszeniu przyda się numer zamówienia i data zakupu.\n\n"
  "Gdyby serwis robił problemy, proszę do mnie napisać.\n\nPozdrawiam\nMarek Lis\nNarzędziownia ML" % O(15),
  [], "Clean reply with a phone number explicitly marked as the manufacturer's warranty line.")

M(16, "reply", "html", "Re: Dane do faktury – %s" % O(16),
  "<p>Dzień dobry,</p><p>oczywiście, fakturę do zamówienia %s możemy wystawić na firmę. Prosimy tylko o przesłanie pełnej nazwy i NIP-u w odpowiedzi na tę wiadomość.</p>"
  "<p>Pozdrawiamy<br>Zespół Papiernia Sowa</p><hr><p><small>Papiernia Sowa Jan Sowiński<br>ul. Długa 7/3, 31-147 Kraków<br>NIP 676-201-44-18 · REGON 121845530<br>Wpis do CEIDG</small></p>" % O(16),
  [], "Clean reply with a company-details footer (NIP, REGON, address) in <small>.")

M(17, "reply", "text", "Re: Gdzie jest moja paczka? %s" % O(17),
  "Dzień dobry,\n\nsprawdziłem: paczka z zamówienia %s ma numer śledzenia 00340434161094087321. Według przewoźnika była w sortowni w Strykowie 7.12.2026 o 06:42, a doręczenie przewidziano na 8.12.2026 między 10:00 a 14:00.\n\n"
  "Co do zwrotu pierwszej pary słuchawek: numer zwrotu RMA-2026-0918, kwota 189,90 zł wróci na kartę w ciągu 3–5 dni roboczych od przyjęcia paczki.\n\nPozdrawiam\nAdrian, AudioSklep" % O(17),
  [], "Clean reply with tracking and return numbers, dates, times and amounts.")

M(18, "fulfillment-question", "text", "Zamówienie %s" % O(18),
  "Dzień dobry,\n\nmiło nam poinformować, że paczka z zamówieniem %s opuściła dziś nasz magazyn w Łodzi i jest już w rękach kuriera. Powinna dotrzeć w ciągu 1–2 dni roboczych.\n\n"
  "Pozdrawiamy\nEkipa Zielony Parapet" % O(18),
  ["BSM201"], "Shipping confirmation worded as 'left our warehouse, in the courier's hands'.")

M(19, "additional-information", "html", "Zamówienie %s przyjęte" % O(19),
  "<p>Witaj,</p><p>Twoje zamówienie %s trafiło do nas i już je kompletujemy. Zabawki drewniane pakujemy ręcznie, więc trwa to chwilę dłużej.</p><p>Pozdrawiamy serdecznie<br>Drewniany Konik</p>" % O(19),
  ["BSM201"], "Order confirmation: 'reached us and we are already putting it together'.")

M(20, "fulfillment-question", "text", "Dziękujemy! %s" % O(20),
  "Pani Ireno,\n\nserdecznie dziękujemy za zakupy w naszym sklepie (zamówienie %s). To dla nas naprawdę wiele znaczy.\n\nŚciskamy\nRodzinna Pasieka Miodek" % O(20),
  ["BSM202"], "Thanks-only message.")

M(21, "reply", "text", "Zamówienie %s" % O(21),
  "Dzień dobry,\n\ngdyby przy zamówieniu %s cokolwiek poszło nie tak – jesteśmy do dyspozycji, wystarczy napisać.\n\nPozdrawiamy\nLampy i Klosze" % O(21),
  ["BSM202"], "Only an offer to help if something comes up.")

M(22, "delivery-delay", "text", "Drobne opóźnienie – %s" % O(22),
  "Dzień dobry,\n\nzamówienie %s (poszewki lniane, 4 szt.) wyślemy 11.12.2026 zamiast 8.12.2026 – tkanina z farbiarni przyszła później.\n\nPrzepraszamy i pozdrawiamy\nLniany Kąt\n\n"
  "PS Do końca miesiąca cała nasza kolekcja pościeli jest tańsza o 20%% – warto zajrzeć do naszego sklepu na Amazon." % O(22),
  ["BSM203"], "Permitted delay with a promotional P.S. (20% off the whole range).")

M(23, "reply", "text", "Re: Pytanie o pielęgnację – %s" % O(23),
  "Dzień dobry,\n\nskórzany portfel z zamówienia %s najlepiej raz na kilka miesięcy przetrzeć woskiem do skór naturalnych, bez rozpuszczalników.\n\n"
  "A jeśli lubi Pan takie porady, zapraszamy do obserwowania nas na Instagramie i zapisania się na nasz newsletter – już w styczniu pokażemy nową kolekcję pasków.\n\nPozdrawiam\nKuba, Kaletnictwo Rzemień" % O(23),
  ["BSM203"], "Follow us / newsletter / new collection invitation in a reply.")

M(24, "review-request", "text", "Prośba o opinię – %s" % O(24),
  "Szanowny Panie,\n\nbylibyśmy wdzięczni za opinię na Amazon o pokrowcu na rower z zamówienia %s. Gdy tylko recenzja się pojawi, proszę dać nam znać – w podziękowaniu przygotujemy mały upominek.\n\nZ pozdrowieniami\nVeloCover" % O(24),
  ["BSM204"], "Small token of thanks once the review is published.")

M(25, "review-request", "html", "Twoja opinia o zamówieniu %s" % O(25),
  "<p>Dzień dobry,</p><p>prosimy o kilka słów opinii o lampce nocnej z zamówienia %s.</p><p>Mamy dla Pani propozycję: gdy recenzja będzie widoczna na Amazon, oddamy całą kwotę zakupu na Pani konto. Lampka zostaje oczywiście u Pani.</p><p>Pozdrawiamy<br>Nocne Światełko</p>" % O(25),
  ["BSM204"], "Full refund offered once the review is online.")

M(26, "reply", "text", "Re: Reklamacja – %s" % O(26),
  "Dzień dobry Pani Renato,\n\nnową doniczkę w miejsce tej pękniętej z zamówienia %s wyślemy jutro rano. Skoro sprawa jest już wyjaśniona, czy mogłaby Pani zajrzeć do swojej jednogwiazdkowej recenzji i ją zaktualizować albo po prostu usunąć? "
  "Dla małej pracowni jak nasza to naprawdę ma znaczenie.\n\nPozdrawiam\nHanna, Ceramika Glina i Ogień" % O(26),
  ["BSM205"], "Asks to update or remove a one-star review.")

M(27, "review-request", "text", "Jak się sprawuje mata? %s" % O(27),
  "Cześć,\n\njeśli mata do jogi z zamówienia %s spełniła Twoje oczekiwania, podziel się tym w recenzji na Amazon. "
  "A gdyby coś było nie tak – zamiast pisać opinię, odezwij się najpierw bezpośrednio do nas, na pewno coś wymyślimy.\n\nNamaste\nStudio Asana Sklep" % O(27),
  ["BSM206"], "Review only if satisfied; unhappy buyers steered to contact the seller instead.")

M(28, "review-request", "text", "Zamówienie %s – ocena" % O(28),
  "Szanowni Państwo,\n\nuprzejmie prosimy o ocenę zakupionego grzejnika olejowego (zamówienie %s) na Amazon. Pięć gwiazdek bardzo pomaga nam w rozwoju, a każdy komentarz czytamy osobiście.\n\nZ poważaniem\nTermoHandel s.c." % O(28),
  ["BSM206"], "Asks for a five-star rating.")

M(29, "order-problem", "text", "Problem z realizacją zamówienia %s" % O(29),
  "Dzień dobry,\n\nniestety ostatni egzemplarz plecaka Trail 40L z zamówienia %s okazał się uszkodzony, a nowej dostawy nie będzie przed lutym. Kwota zamówienia została skorygowana (brak towaru), zwrot 279,00 zł jest w drodze.\n\n"
  "Żeby wszystko szybko się zamknęło, najprościej będzie, jeśli sam Pan złoży w swoim koncie wniosek o anulowanie zamówienia.\n\nPozdrawiamy\nPlecakowo" % O(29),
  ["BSM108"], "Adjustment confirmed but buyer advised to file the cancellation himself.")

M(30, "order-problem", "text", "Brak produktu – %s" % O(30),
  "Dzień dobry,\n\nz przykrością informujemy, że suszarka do grzybów z zamówienia %s chwilowo się skończyła i nie wiemy, kiedy wróci. "
  "Bylibyśmy ogromnie wdzięczni, gdyby zechciała Pani wystąpić o anulowanie zamówienia przez Amazon – wtedy pieniądze wrócą najszybciej.\n\nPozdrawiam\nAgroKuchnia" % O(30),
  ["BSM107", "BSM108"], "Polite cancellation request because of stock-out, no amount adjustment.")

M(31, "delivery-delay", "text", "Opóźnienie dostawy – %s" % O(31),
  "Dzień dobry,\n\nzamówienie %s wyjdzie z naszej pracowni 14.12.2026, czyli trzy dni później niż planowaliśmy. Przepraszamy.\n\n"
  "Nie chcesz dostawać od nas takich wiadomości? Odpisz STOP, a wypiszemy Cię z listy.\n\nŚwiece Sojowe Płomyk" % O(31),
  ["BSM305"], "Opt-out instruction (reply STOP).")

M(32, "reply", "text", "Re: Gdzie paczka?! %s" % O(32),
  "No cóż,\n\nkurier znowu spieprzył sprawę i paczka z zamówienia %s wróciła do nas, kurwa, trzeci raz w tym miesiącu. Wyślemy ją jutro ponownie innym przewoźnikiem.\n\nRafał, GarażTools" % O(32),
  ["BSM306"], "Polish profanity in a reply.")

M(33, "delivery-delay", "text", "Order %s – shipping delay" % O(33),
  "Hello,\n\nwe are sorry to let you know that your order %s will be dispatched on 15 December instead of 10 December, because our supplier delivered the fabric late.\n\nKind regards\nLinenLoft Customer Care" % O(33),
  ["BSM104"], "Whole message in English for a pl-PL buyer.")

M(34, "delivery-scheduling", "text", "Dostawa szafy – %s" % O(34),
  "Dzień dobry,\n\nszafa z zamówienia %s jest gotowa do dostarczenia. Proszę zadzwonić do naszego kierowcy pod numer 601 348 227, żeby ustalić godzinę przyjazdu w przyszłym tygodniu.\n\nPozdrawiam\nMeble Kowalczyk" % O(34),
  ["BSM309"], "National mobile phone number to call the driver.")

M(35, "reply", "html", "Re: Montaż – %s" % O(35),
  "<p>Dzień dobry,</p><p>w razie wątpliwości przy składaniu regału z zamówienia %s nasz konsultant chętnie pomoże telefonicznie: <b>+48 12 395 66 10</b> (pon.–pt. 9–17).</p><p>Pozdrawiam<br>Anna Gil<br>RegałyNaWymiar</p>" % O(35),
  ["BSM309"], "International-format phone number of the seller.")

M(36, "return-follow-up", "text", "Zwrot %s – zdjęcia" % O(36),
  "Dzień dobry,\n\nżeby rozpatrzyć zwrot z zamówienia %s, potrzebujemy zdjęcia uszkodzonego rogu ramy. Proszę przesłać je na adres zwroty@ramkiobrazy.pl, dopisując numer zamówienia w temacie.\n\nPozdrawiamy\nRamki i Obrazy" % O(36),
  ["BSM308"], "Plain e-mail address in a return follow-up.")

M(37, "additional-information", "text", "Grawer – %s" % O(37),
  "Dzień dobry,\n\nproszę przesłać plik z logotypem do grawerunku (zamówienie %s) na: projekty małpa laserowo kropka com kropka pl. Wystarczy PNG lub PDF.\n\nDzięki!\nLaserowo" % O(37),
  ["BSM308"], "Obfuscated e-mail address using 'małpa' and 'kropka'.")

M(38, "reply", "html", "Re: Jak parzyć yerbę? %s" % O(38),
  "<p>Cześć,</p><p>świetne pytanie! Przy yerbie z zamówienia %s woda nie powinna być wrzątkiem – najlepiej 70–80 stopni. Więcej przepisów i sposobów parzenia znajdziesz w naszym poradniku: "
  "<a href=\"https://www.yerbaciarnia.pl/poradnik-parzenia\">poradnik parzenia yerba mate na stronie Yerbaciarni</a>.</p><p>Pozdrawiamy<br>Yerbaciarnia</p>" % O(38),
  ["BSM302"], "Descriptive https link to the seller's own website.")

M(39, "reply", "html", "Re: Status zwrotu – %s" % O(39),
  "<p>Dzień dobry,</p><p>status zwrotu z zamówienia %s można sprawdzić w swoim koncie: "
  "<a href=\"http://www.amazon.pl/gp/css/returns/homepage.html\">Twoje zwroty na Amazon.pl</a>.</p><p>Pozdrawiam<br>Elektro-Punkt</p>" % O(39),
  ["BSM301"], "Insecure http link to Amazon with descriptive text.")

M(40, "review-request", "html", "Zamówienie %s – Twoje zdanie" % O(40),
  "<p>Dzień dobry,</p><p>prosimy o opinię na Amazon o zakupionym produkcie (zamówienie %s).</p>"
  "<p><img src=\"https://cdn.ogrodowisko.pl/produkty/lezak-ogrodowy-teak.jpg\" alt=\"Leżak ogrodowy z drewna tekowego\" width=\"300\"></p><p>Pozdrawiamy<br>Ogrodowisko</p>" % O(40),
  ["BSM310"], "Photo of the purchased product.")

M(41, "delivery-delay", "html", "Świąteczne opóźnienie – %s" % O(41),
  "<p><img src=\"https://cdn.pierniczkowo.pl/grafiki/choinka-snieg.jpg\" alt=\"Choinka w śniegu\" width=\"320\"></p>"
  "<p>Dzień dobry,</p><p>przez świąteczny natłok zamówień paczka %s wyjedzie 19.12.2026 zamiast 16.12.2026. Przepraszamy!</p><p>Pierniczkowo</p>" % O(41),
  ["BSM311"], "Unrelated stock image (Christmas tree).")

M(42, "delivery-scheduling", "html", "Termin dostawy – %s" % O(42),
  "<p><img src=\"https://cdn.kuchniezcharakterem.pl/logo-kzc.png\" width=\"150\"></p><p>Dzień dobry,</p><p>blat kuchenny z zamówienia %s (dł. 240 cm) możemy dostarczyć w poniedziałek 14.12.2026 w godz. 7:00–11:00 albo w środę 16.12.2026 w godz. 13:00–17:00. Który termin odpowiada?</p>"
  "<p>Pozdrawiamy<br>Kuchnie z Charakterem</p>" % O(42),
  ["BSM402"], "Shop logo image without alt attribute.")

M(43, "reply", "text", "Re: Kolor włóczki – %s" % O(43),
  "Hej Marta!\n\nTak, włóczka z zamówienia %s jest z tej samej partii farbowania, więc odcienie będą identyczne \U0001F9F6\u2728 Miłego dziergania!\n\nBasia, Motki i Druty" % O(43),
  ["BSM403"], "Emoji in a reply.")

M(44, "additional-information", "text", "Pytanie o napis – %s" % O(44),
  "Cześć,\n\nprzy zamówieniu %s nie podałeś imienia do wyhaftowania na ręczniku. Napisz nam, jakie ma być, a resztę zrobimy my ;-)\n\nPozdrawiamy\nHaftownia Nitka" % O(44),
  ["BSM403"], "Text emoticon ;-) in an information request.")

M(45, "delivery-delay", "html", "Opóźnienie wysyłki %s" % O(45),
  "<style>h1{font-size:24px} h2{font-size:18px} p.info{font-size:15px} p.stopka{font-size:11px}</style>"
  "<h1>Przepraszamy!</h1><h2>Zamówienie %s</h2><p class=\"info\">Przez awarię maszyny szwalniczej zasłony wyślemy 12.12.2026 zamiast 9.12.2026.</p>"
  "<p class=\"stopka\">Szwalnia Firanka, ul. Polna 3, 95-200 Pabianice</p>" % O(45),
  ["BSM410"], "Four explicit font sizes in a <style> block.")

M(46, "additional-information", "text", "Rozmiar obrączki – %s" % O(46),
  "Dzień dobry,\n\ndo zamówienia %s potrzebujemy jeszcze rozmiaru obrączki (np. 17 albo 21).\n\n\n\nBez tego nie możemy rozpocząć wykonania.\n\nPozdrawiamy\nZłotnik Srebrna Nić" % O(46),
  ["BSM412"], "Three blank lines in a row in plain text.")

M(47, "review-request", "text", "[Ważne] Zamówienie %s – prośba o opinię" % O(47),
  "Dzień dobry,\n\nbędziemy wdzięczni, jeśli podzieli się Pan na Amazon swoimi wrażeniami o uchwycie rowerowym na telefon z zamówienia %s – niezależnie od tego, czy są dobre, czy złe.\n\nPozdrawiamy\nMoto-Gadżet" % O(47),
  ["BSM110"], "[Ważne] tag on a review request.")

M(48, "reply", "html", "Re: Faktura korygująca – %s" % O(48),
  "<p>Dzień dobry,</p><p>wniosek o korektę do zamówienia %s został przyjęty. Szczegóły widać w panelu zamówień Amazon – <a href=\"https://www.amazon.pl/gp/your-account/order-history\">kliknij tutaj</a>.</p><p>Pozdrawiam<br>Biuro Rachunkowe Sklepu Tonerowo</p>" % O(48),
  ["BSM401"], "Non-descriptive link text 'kliknij tutaj'.")

M(49, "delivery-delay", "html", "Informacja o zamówieniu %s" % O(49),
  "<div style=\"font-family: Verdana, sans-serif; color: #2b2b2b\"><p>Szanowna Pani,</p><p>zamówienie %s (rolety zaciemniające na wymiar) opuści szwalnię z tygodniowym opóźnieniem – nowy termin wysyłki to 17.12.2026.</p>"
  "<p>Przepraszamy i pozdrawiamy<br>Rolety Cień</p></div>" % O(49),
  ["BSM407", "BSM409"], "Builder styles set font-family and text colour.")

M(50, "delivery-delay", "text", "Opóźnienie wysyłki",
  "Dzień dobry,\n\nzamówienie nr %s wyślemy dopiero 16.12.2026 – czekamy na dostawę tuszu do drukarki 3D. Przepraszamy za zwłokę.\n\nPozdrawiam\nDrukarnia Warstwa" % O(50).replace("-", ""),
  ["BSM102"], "Order number written without hyphens only, so no valid order id.")

MESSAGES = _R
