"""Polish messages for the v25 blind evaluation set."""
L, LOC = "pl", "pl-PL"
MESSAGES = []


def _m(n, typ, fmt, subject, body, exp, note, oid=True):
    order = "566-%07d-%07d" % (3018400 + n * 37, 5512000 + n * 91)
    subject = subject.replace("{o}", order)
    body = body.replace("{o}", order)
    MESSAGES.append({"id": "v25-pl-%03d" % n, "language": L, "locale": LOC, "type": typ,
                     "format": fmt, "subject": subject, "body": body, "order_id": order,
                     "expected": sorted(exp), "note": note})


_m(1, "delivery-delay", "text", "Opóźnienie zamówienia {o}",
   "Dzień dobry Pani Katarzyno,\n\nniestety nasz dostawca nie dowiózł na czas lnianych poszewek, które Pani zamówiła (zamówienie {o}). Paczka wyjdzie od nas najpóźniej 14.03.2026, a nie jak podawaliśmy 9.03.\n\nPrzepraszamy za kłopot.\n\nPozdrawiam serdecznie\nAgnieszka Wróbel\nLniany Kącik", [], "Clean plain-text delivery delay with a new ship date.")
_m(2, "delivery-delay", "html", "Zamówienie {o} – nowy termin wysyłki",
   "<p>Szanowny Panie Tomaszu,</p><p>informujemy, że realizacja zamówienia <b>{o}</b> przesunie się o kilka dni roboczych. Z powodu przestoju w lakierni stolik kawowy będzie gotowy do nadania <b>22 kwietnia 2026 r.</b></p><table><tr><td>Produkt</td><td>Stolik dębowy OSLO 80 cm</td></tr><tr><td>Nowa data nadania</td><td>22.04.2026</td></tr></table><p>Z wyrazami szacunku<br>Dział Obsługi Klienta<br>Meblarnia Dąbek s.c.</p>", [], "Clean builder HTML delivery delay with a table.")
_m(3, "order-problem", "text", "[Ważne] Problem z zamówieniem {o}",
   "Dzień dobry,\n\nprzy kompletowaniu zamówienia {o} okazało się, że ostatni egzemplarz czajnika Retro 1,7 l ma pękniętą pokrywkę i nie możemy go wysłać. Kwota zamówienia została skorygowana o 149,99 zł – zwrot pojawi się na Pana rachunku zgodnie z terminami Amazon.\n\nBardzo przepraszamy.\nMarek Zieliński\nAGD Zieliński", [], "Clean order problem with the amount adjusted; [Ważne] allowed on this type.")
_m(4, "additional-information", "text", "Pytanie o rozmiar – {o}",
   "Witam,\n\nżeby przygotować obrączki z zamówienia {o}, potrzebujemy jeszcze rozmiaru drugiej obrączki – w formularzu podała Pani tylko jeden (14). Wystarczy odpisać na tę wiadomość.\n\nDziękuję i pozdrawiam,\nJoanna\nPracownia Złotnicza Srebrna Nitka", [], "Clean request for information needed to make the order.")
_m(5, "return-follow-up", "text", "Zwrot – zamówienie {o}",
   "Dzień dobry Panie Pawle,\n\nodebraliśmy zwracany plecak. Jedna z klamer jest niestety ułamana, więc nie możemy przyjąć go jako pełnowartościowy towar. Proponujemy częściowy zwrot w wysokości 180,00 zł z 229,00 zł. Jeśli się Pan zgadza, prosimy o krótką odpowiedź, a zlecimy zwrot w ciągu 2 dni roboczych.\n\nZ poważaniem\nBartosz Lis\nTrekPak", [], "Clean return follow-up offering a partial refund.")
_m(6, "return-follow-up", "html", "Zwrot zamówienia {o} – brakująca informacja",
   "<p>Dzień dobry,</p><p>w paczce zwrotnej do zamówienia {o} nie było kartki z numerem zwrotu. Czy może nam Pani podać, który z dwóch zamówionych kolorów (grafit czy oliwka) Pani odesłała? Bez tego nie zamkniemy zwrotu.</p><p>Pozdrawiamy<br>Zespół Kocykowo</p>", [], "Clean return follow-up asking a question needed to finish the return.")
_m(7, "invoice", "text", "Faktura VAT do zamówienia {o}",
   "Dzień dobry,\n\nw załączniku przesyłamy fakturę VAT nr FV/2026/03/0417 do zamówienia {o}. Kwota brutto: 1 249,00 zł, w tym VAT 23%: 233,56 zł.\n\nSprzedawca:\nTechnoDom Sp. z o.o.\nul. Kościuszki 18/4, 30-105 Kraków\nNIP 676-245-18-93, REGON 361284507\nKRS 0000563412\n\nPozdrawiamy\nDział księgowości TechnoDom", [], "Clean invoice with NIP, REGON, KRS and a slashed invoice number.")
_m(8, "review-request", "text", "Zamówienie {o} – Pana opinia",
   "Dzień dobry,\n\nmamy nadzieję, że ekspres przelewowy z zamówienia {o} już parzy. Jeśli znajdzie Pan chwilę, będziemy wdzięczni za opinię o produkcie na Amazon – każda, także krytyczna, pomaga innym kupującym.\n\nPozdrowienia z Poznania\nKawiarka24", [], "Clean neutral review request in text.")
_m(9, "review-request", "html", "Podziel się opinią o zamówieniu {o}",
   "<p><img src=\"https://cdn.ogrodnik-pro.pl/logo-ogrodnik-pro.png\" alt=\"Logo Ogrodnik Pro\" width=\"160\"></p><p>Dzień dobry,</p><p>dziękujemy za zakupy w sklepie Ogrodnik Pro (zamówienie {o}). Jeśli ma Pani ochotę, prosimy o ocenę zakupu – może być w pełni szczera.</p><p><a href=\"https://www.amazon.pl/review/create-review?asin=B0CX12ABCD\">Napisz opinię o sekatorze na Amazon.pl</a></p><p>Pozdrawiamy<br>Ogrodnik Pro</p>", [], "Clean HTML review request with logo and descriptive https Amazon link.")
_m(10, "delivery-scheduling", "text", "Dostawa szafy – zamówienie {o}",
   "Dzień dobry Pani Ewo,\n\nszafa trzydrzwiowa z zamówienia {o} waży ok. 120 kg, dlatego wnosimy ją we dwóch i musimy umówić się na konkretną godzinę. Prosimy wybrać jeden z terminów:\n- wtorek 17.03.2026, 8:00–12:00\n- środa 18.03.2026, 12:00–16:00\n- piątek 20.03.2026, 16:00–20:00\n\nWystarczy odpisać numerem terminu.\n\nZ pozdrowieniami\nKrzysztof Nowak\nMeble Nowak", [], "Clean delivery scheduling with dates and time slots.")
_m(11, "home-service-appointment", "html", "Montaż zmywarki – zamówienie {o}",
   "<p>Dzień dobry,</p><p>nasz monter może przyjechać do Pana w sprawie montażu zmywarki (zamówienie {o}) w jednym z terminów:</p><ul><li>czwartek, 5 lutego 2026, godz. 9:00–11:00</li><li>poniedziałek, 9 lutego 2026, godz. 14:00–16:00</li></ul><p>Prosimy o potwierdzenie wybranego terminu w odpowiedzi.</p><p>Serwis Instal-Bud</p>", [], "Clean home-service appointment with slots.")
_m(12, "custom-design-verification", "text", "Projekt grawerunku do akceptacji – {o}",
   "Dzień dobry,\n\nw załączniku projekt grawerunku na deskę do krojenia (zamówienie {o}): napis „Dom Kowalskich, est. 2019” czcionką szeryfową. Prosimy sprawdzić pisownię i odpisać „akceptuję” albo podać poprawki. Do czasu akceptacji nie zaczynamy grawerowania.\n\nPozdrawiam\nMichał z GrawerArt", [], "Clean custom design proof.")
_m(13, "fulfillment-question", "text", "Kod do bramy – {o}",
   "Dzień dobry,\n\nkurier zgłosił, że przy dostawie zamówienia {o} nie mógł wejść na osiedle. Czy może Pani podać kod do bramy lub domofonu? Numer przesyłki: 6200184459321, referencja magazynowa: WZ/2026/118.\n\nDziękujemy\nZespół Pościel i Spółka", [], "Clean door-code question with reference numbers.")
_m(14, "reply", "text", "Re: Pytanie o kolor – {o}",
   "Dzień dobry,\n\nmodel „Nordic Comfort Throw – Dusty Rose” z Pana zamówienia {o} to kolor przygaszonego różu, nie łososiowy. Na zdjęciach w ofercie jest oddany dość wiernie.\n\nPozdrawiam\nAnna Mazur\nHygge Home", [], "Clean reply quoting an English product title inside Polish sentences.")
_m(15, "reply", "text", "Re: Gwarancja odkurzacza – {o}",
   "Dzień dobry,\n\ngwarancję na odkurzacz z zamówienia {o} obsługuje bezpośrednio producent. Infolinia gwarancyjna producenta (Vacuotech Polska): 22 487 15 00, pon.–pt. 8:00–17:00. Proszę przygotować numer seryjny z tabliczki pod pojemnikiem.\n\nZ pozdrowieniami\nSklep Czysto", [], "Clean reply with a phone number marked as the manufacturer's warranty line.")
_m(16, "reply", "html", "Re: Dane firmy – {o}",
   "<p>Dzień dobry Panie Adamie,</p><p>potwierdzamy, że fakturę do zamówienia {o} możemy wystawić na firmę – wystarczy podać NIP w odpowiedzi.</p><p>Pozdrawiamy<br>Barbara Kaczmarek, specjalistka ds. obsługi klienta</p><p><small>PapierMax Sp. z o.o., ul. Marszałkowska 84/92 lok. 12, 00-514 Warszawa<br>NIP 525-271-36-40 · REGON 146839275 · KRS 0000412290<br>Kapitał zakładowy: 50 000,00 zł</small></p>", [], "Clean reply with a company-details footer.")
_m(17, "reply", "text", "Re: Gdzie jest zwrot pieniędzy? {o}",
   "Dzień dobry,\n\nzwrot do zamówienia {o} został zarejestrowany 03.02.2026 o 14:25 pod numerem RMA-2026-00871. Paczka zwrotna (nr 00340434159876511123) dotarła do nas 06.02. Kwota 89,90 zł zostanie zwrócona przez Amazon w ciągu 3–5 dni roboczych.\n\nPozdrawiamy\nButyk Lila", [], "Clean reply with tracking/return numbers, dates, times and amounts.")
_m(18, "delivery-delay", "text", "Zamówienie {o}",
   "Cześć!\n\nDobra wiadomość: Twoja lampa opuściła już nasz magazyn w Łodzi i jest w drodze. Zamówienie {o} powinno dotrzeć w ciągu 1–2 dni.\n\nPozdro\nLampownia", ["BSM201"], "Shipping confirmation: left our warehouse.")
_m(19, "fulfillment-question", "html", "Mamy Twoje zamówienie {o}",
   "<p>Dzień dobry,</p><p>potwierdzamy otrzymanie zamówienia {o}. Właśnie je kompletujemy i pakujemy – jeszcze dziś trafi do kuriera.</p><p>Sklep Kolorowe Skarpety</p>", ["BSM201"], "Order received and being packed confirmation.")
_m(20, "reply", "text", "Dziękujemy! {o}",
   "Dzień dobry,\n\nserdecznie dziękujemy za zakupy w naszym sklepie i zaufanie (zamówienie {o}).\n\nZespół Herbaciarnia Liść", ["BSM202"], "Thanks only.")
_m(21, "additional-information", "text", "Zamówienie {o}",
   "Dzień dobry,\n\ngdyby cokolwiek było nie tak z zamówieniem {o}, jesteśmy do dyspozycji – wystarczy napisać.\n\nPozdrawiamy\nSklep RowerTeam", ["BSM202"], "Only the offer to help if a problem arises.")
_m(22, "delivery-delay", "text", "Krótkie opóźnienie – {o}",
   "Dzień dobry,\n\nzamówienie {o} wyślemy z dwudniowym opóźnieniem, najpóźniej 12.05.2026 – czekamy na dostawę kartonów.\n\nPozdrawiamy\nPuzzle Planet\n\nPS Do końca miesiąca cały asortyment taniej o 20% w naszym sklepie na Amazon!", ["BSM203"], "Delay message with a promotional P.S.")
_m(23, "reply", "html", "Re: Instrukcja – {o}",
   "<p>Dzień dobry,</p><p>instrukcję do zamówienia {o} znajdzie Pan na dołączonej kartce w pudełku, strona 3.</p><p>Zapraszamy też do obserwowania nas na Instagramie i zapisania się do newslettera – już w marcu pokażemy nową kolekcję.</p><p>Pozdrawiamy<br>Świece Wosk&Co</p>", ["BSM203"], "Follow-us, newsletter and new collection invitation.")
_m(24, "review-request", "text", "Opinia o zamówieniu {o}",
   "Dzień dobry,\n\nbędzie nam miło, jeśli oceni Pani zakupiony krem (zamówienie {o}). W podziękowaniu, gdy recenzja pojawi się na Amazon, prześlemy Pani drobny upominek od nas.\n\nPozdrawiam\nNatura Skin", ["BSM204"], "Small gift once the review is published.")
_m(25, "review-request", "text", "Zamówienie {o} – prośba",
   "Witam,\n\nmamy dla Pana propozycję: proszę wystawić recenzję słuchawek z zamówienia {o}, a po jej publikacji zwrócimy całą kwotę zakupu.\n\nAudioMax", ["BSM204"], "Full refund once the review is online.")
_m(26, "reply", "text", "Re: Pana opinia – {o}",
   "Dzień dobry,\n\nwymieniliśmy już wadliwą ładowarkę z zamówienia {o} na nową. Skoro sprawa jest załatwiona, czy mógłby Pan zmienić swoją ocenę z jednej gwiazdki albo ją usunąć?\n\nDziękujemy\nElektro-Hurt", ["BSM205"], "Asks to update or remove a one-star review.")
_m(27, "review-request", "text", "Jak się sprawuje? {o}",
   "Dzień dobry,\n\njeśli jest Pani zadowolona z zamówienia {o}, prosimy o opinię na Amazon. A jeśli coś nie gra, proszę najpierw napisać do nas zamiast wystawiać ocenę – na pewno coś wymyślimy.\n\nZabawki Bączek", ["BSM206"], "Review only if satisfied, unhappy buyers steered to contact instead.")
_m(28, "review-request", "html", "Zamówienie {o}",
   "<p>Dzień dobry,</p><p>dziękujemy za zakup kubka termicznego (zamówienie {o}). Będziemy wdzięczni za pięć gwiazdek na Amazon – dla małej firmy to bardzo dużo znaczy.</p><p>Termo-Kubek</p>", ["BSM206"], "Asks for five stars.")
_m(29, "order-problem", "text", "Brak towaru – {o}",
   "Dzień dobry,\n\nniestety wyprzedaliśmy ostatnie sztuki blendera z zamówienia {o}. Kwota zamówienia została już skorygowana. Najszybciej będzie, jeśli sam Pan anuluje zamówienie na swoim koncie Amazon.\n\nPrzepraszamy\nMix-Sklep", ["BSM108"], "Out of stock, amount adjusted, advises the buyer to cancel.")
_m(30, "order-problem", "text", "Zamówienie {o} – brak na stanie",
   "Dzień dobry,\n\nz przykrością informujemy, że buty w rozmiarze 42 z zamówienia {o} są chwilowo niedostępne. Bylibyśmy wdzięczni, gdyby złożyła Pani prośbę o anulowanie zamówienia.\n\nPozdrawiamy\nObuwie Krok", ["BSM107", "BSM108"], "Cancellation request without an amount adjustment.")
_m(31, "review-request", "text", "Opinia – zamówienie {o}",
   "Dzień dobry,\n\nbędziemy wdzięczni za opinię o zamówieniu {o} na Amazon.\n\nNie chcesz dostawać od nas wiadomości? Odpisz STOP.\n\nSklep Papeteria", ["BSM305"], "Opt-out instruction (reply STOP).")
_m(32, "reply", "text", "Re: Reklamacja {o}",
   "Panie Januszu,\n\ndo cholery, trzeci raz tłumaczę, że kabel z zamówienia {o} był sprawny. Niech Pan nie pieprzy, że przyszedł uszkodzony.\n\nKablex", ["BSM306"], "Polish profanity in a reply.")
_m(33, "delivery-delay", "text", "Order {o} delayed",
   "Hello,\n\nunfortunately your order {o} will ship three days later than planned, on 24 March 2026, because our supplier is running late.\n\nKind regards\nDrewniane Zabawki Team", ["BSM104"], "English message to a Polish buyer.")
_m(34, "reply", "text", "Re: Dostawa {o}",
   "Dzień dobry,\n\nw sprawie zamówienia {o} najlepiej zadzwonić do nas: 512 334 908 (pon.–pt. 9–17).\n\nPozdrawiam\nOlga, Sklep Dywany", ["BSM309"], "Polish national mobile phone number.")
_m(35, "delivery-scheduling", "text", "Termin dostawy – {o}",
   "Dzień dobry,\n\nprosimy o wybór terminu dostawy kanapy z zamówienia {o}. W razie pytań nasz dyspozytor jest pod numerem +48 61 223 45 67.\n\nSofa-Trans", ["BSM309"], "International-format Polish phone number.")
_m(36, "reply", "text", "Re: Faktura {o}",
   "Dzień dobry,\n\nfakturę do zamówienia {o} możemy przesłać też bezpośrednio – proszę napisać na biuro@ksiegarnia-kartka.pl.\n\nKsięgarnia Kartka", ["BSM308"], "Plain e-mail address.")
_m(37, "additional-information", "text", "Zdjęcie do personalizacji – {o}",
   "Dzień dobry,\n\ndo wykonania poduszki z zamówienia {o} potrzebujemy zdjęcia. Najlepiej wysłać je na adres foto małpa poduszkowo kropka pl.\n\nPoduszkowo", ["BSM308"], "Obfuscated e-mail address using 'małpa' and 'kropka'.")
_m(38, "reply", "html", "Re: Rozmiary – {o}",
   "<p>Dzień dobry,</p><p>tabelę rozmiarów do zamówienia {o} znajdzie Pani na naszej stronie: <a href=\"https://www.modnie-i-wygodnie.pl/tabela-rozmiarow\">tabela rozmiarów sklepu Modnie i Wygodnie</a>.</p><p>Pozdrawiamy</p>", ["BSM302"], "https link to the seller's own site.")
_m(39, "reply", "html", "Re: Instrukcja montażu {o}",
   "<p>Dzień dobry,</p><p>instrukcja montażu półki z zamówienia {o} jest dostępna na stronie produktu: <a href=\"http://www.amazon.pl/dp/B0D1ABC234\">strona produktu z instrukcją na Amazon.pl</a>.</p><p>Półkowo</p>", ["BSM301"], "Insecure http link to Amazon.")
_m(40, "review-request", "html", "Zamówienie {o} – opinia",
   "<p>Dzień dobry,</p><p><img src=\"https://cdn.sklep-lumi.pl/produkty/lampka-nocna-lumi-ksiezyc.jpg\" alt=\"Lampka nocna Lumi Księżyc\" width=\"300\"></p><p>jeśli znajdzie Pani chwilę, prosimy o opinię o lampce z zamówienia {o} na Amazon.</p><p>Lumi</p>", ["BSM310"], "Image of the purchased product.")
_m(41, "delivery-delay", "html", "Opóźnienie {o}",
   "<p><img src=\"https://cdn.example-images.pl/stock/zachod-slonca-plaza.jpg\" alt=\"Zachód słońca na plaży\" width=\"400\"></p><p>Dzień dobry,</p><p>zamówienie {o} wyślemy 3 dni później, 28.06.2026.</p><p>Sklep Elektro-Bit</p>", ["BSM311"], "Unrelated stock image (beach).")
_m(42, "invoice", "html", "Faktura do zamówienia {o}",
   "<p><img src=\"https://cdn.zielony-parapet.pl/logo-zielony-parapet.png\" width=\"140\"></p><p>Dzień dobry,</p><p>w załączniku faktura nr FV/118/2026 do zamówienia {o}.</p><p>Zielony Parapet</p>", ["BSM402"], "Shop logo without alt.")
_m(43, "reply", "text", "Re: Kolor – {o}",
   "Hej!\n\nJasne, pudełko z zamówienia {o} będzie w kolorze miętowym 😊 Daj znać, jakby co :)\n\nAla z Pudełkarni", ["BSM403"], "Emoji and emoticon.")
_m(44, "delivery-delay", "html", "Zamówienie {o} – opóźnienie",
   "<style>h1{font-size:26px}h2{font-size:20px}.info{font-size:15px}.stopka{font-size:11px}</style><h1>Opóźnienie wysyłki</h1><h2>Zamówienie {o}</h2><p class=\"info\">Dzień dobry, Pana zamówienie wyślemy 16.09.2026 zamiast 12.09.2026.</p><p class=\"stopka\">Sklep Narzędziownia</p>", ["BSM410"], "Four explicit font sizes in a style block.")
_m(45, "additional-information", "text", "Grawer – {o}",
   "Dzień dobry,\n\njaki tekst mamy wygrawerować na zegarku z zamówienia {o}?\n\n\n\nPozdrawiam\nZegarmistrz Tik-Tak", ["BSM412"], "Several blank lines in a row in text.")
_m(46, "reply", "text", "[Ważne] Re: Pytanie o wymiary {o}",
   "Dzień dobry,\n\nstolik z zamówienia {o} ma 60 × 60 cm i wysokość 45 cm.\n\nPozdrawiamy\nLoftMeble", ["BSM110"], "[Ważne] tag on a reply.")
_m(47, "reply", "html", "Re: Pielęgnacja – {o}",
   "<p>Dzień dobry,</p><p>wskazówki, jak pielęgnować deskę z zamówienia {o}, znajdzie Pan <a href=\"https://www.amazon.pl/dp/B0C9DESKA1\">tutaj</a>.</p><p>Pozdrawiamy<br>Drewniana Kuchnia</p>", ["BSM401"], "Non-descriptive link text 'tutaj'.")
_m(48, "invoice", "html", "Faktura {o}",
   "<p>Dzień dobry,</p><p>przesyłamy fakturę do zamówienia {o}.</p><br><br><br><br><p>Pozdrawiamy<br>Biuro Rachunkowe Sklepu Vinyl</p>", ["BSM412"], "Run of four <br> tags in HTML.")
_m(49, "delivery-delay", "text", "Opóźnienie wysyłki",
   "Dzień dobry,\n\nzamówienie nr 56640123459876543 wyślemy z opóźnieniem – nowy termin to 02.10.2026.\n\nPrzepraszamy\nSklep Włóczka", ["BSM102"], "Order number written without hyphens.")
MESSAGES[-1]["order_id"] = "566-4012345-9876543"
_m(50, "delivery-delay", "html", "Nowy termin – zamówienie {o}",
   "<div style=\"font-family:Arial,sans-serif;color:#333333;text-align:center\"><p>Dzień dobry,</p><p>zamówienie {o} wyślemy 7.11.2026 – czekamy na dostawę szkła.</p><p>Witrażownia Kolor</p></div>", ["BSM407", "BSM409", "BSM411"], "Builder styles: font family, colour, centred text.")
