# v21 blind set, Polish (pl-PL). Standard library only.
_RAW = []


def _m(typ, fmt, subject, body, expected, note):
    _RAW.append((typ, fmt, subject, body, expected, note))


FOOT = ("--\nPracownia Lniany Kąt s.c.\nul. Kościuszki 14/3, 30-114 Kraków\n"
        "NIP 677-234-56-71, REGON 362145870")

# 1-17 clean
_m("delivery-delay", "text", "Zamówienie {O} – wysyłka przesunie się o kilka dni",
   "Dzień dobry,\n\npiszę w sprawie zamówienia {O} (pościel lniana, 160x200). Tkanina z ostatniej partii wróciła od farbiarza później, niż się umawialiśmy, więc komplet wyjdzie od nas dopiero w czwartek 17.12.2026, a nie – jak podawała oferta – w poniedziałek.\n\nPrzepraszam za poślizg. Jeśli ten termin z jakiegoś powodu Pani nie pasuje, proszę dać znać w odpowiedzi na tę wiadomość.\n\nPozdrawiam serdecznie\nAgnieszka Wróbel\nPracownia Lniany Kąt",
   [], "Plain-text delivery delay with a new ship date, clean.")
_m("delivery-delay", "html", "Opóźnienie realizacji – zamówienie nr {O}",
   "<p>Szanowny Panie,</p><p>uprzejmie informujemy, że realizacja zamówienia <strong>{O}</strong> potrwa dłużej, niż zakładaliśmy. Dostawca akumulatorów do wiertarki nie dowiózł towaru na czas.</p><table cellpadding=\"6\"><tr><td>Pierwotny termin nadania</td><td>09.12.2026</td></tr><tr><td>Nowy termin nadania</td><td>15.12.2026</td></tr></table><p>Z góry dziękujemy za cierpliwość.</p><p>Zespół obsługi klienta<br>NarzędziaPro24</p>",
   [], "Builder HTML delivery delay with a table of dates, no styling, clean.")
_m("order-problem", "text", "[Ważne] Zamówienie {O} – brak towaru, kwota skorygowana",
   "Dzień dobry Panie Tomaszu,\n\nniestety ostatni czajnik w kolorze grafitowym okazał się uszkodzony przy kontroli przed pakowaniem i nie mamy czym go zastąpić. Z zamówienia {O} usunęliśmy tę pozycję, a kwota zamówienia została już pomniejszona o 189,00 zł (powód korekty: brak towaru w magazynie). Pozostałe rzeczy pójdą normalnie.\n\nBardzo przepraszamy za kłopot.\n\nMarek Zieliński\nsklep AGD Domowo",
   [], "Order problem with [Ważne] and the amount adjusted, clean.")
_m("additional-information", "text", "Pytanie do zamówienia {O} – grawer",
   "Dzień dobry,\n\nżeby ruszyć z grawerem na zegarku z zamówienia {O}, potrzebujemy jeszcze treści napisu. Mieści się maksymalnie 24 znaki, łącznie ze spacjami. Wolą Państwo czcionkę pisaną czy drukowaną?\n\nBez tej informacji niestety nie zaczniemy.\n\nKłaniam się\nJan Pietrzak, Grawernia pod Zegarem",
   [], "Asks for information needed to complete a custom engraving, clean.")
_m("return-follow-up", "text", "Zwrot do zamówienia {O} – propozycja",
   "Dzień dobry Pani Ewo,\n\ndostaliśmy zgłoszenie zwrotu kurtki z zamówienia {O} z powodu odprutej kieszeni. Jeśli kurtka poza tym się sprawdza, możemy zaproponować częściowy zwrot 60,00 zł, a kurtka zostaje u Pani – krawiec poradzi sobie z tym w kwadrans. Jeżeli jednak woli Pani pełny zwrot, procedura idzie dalej bez zmian.\n\nProszę tylko dać znać, którą opcję wybiera Pani.\n\nPozdrawiam\nKatarzyna Lis\nModaLis",
   [], "Return follow-up offering a partial refund, clean.")
_m("return-follow-up", "text", "Zwrot {O} – brakuje nam jednej informacji",
   "Dzień dobry,\n\nw paczce zwrotnej do zamówienia {O} był tylko jeden głośnik, a w zamówieniu były dwa. Czy drugi został wysłany osobno? Jeśli tak, prosimy o numer nadania – bez tego nie zamkniemy zwrotu w systemie.\n\nDziękujemy\nDział zwrotów AudioPunkt",
   [], "Return follow-up asking for information to complete the return, clean.")
_m("invoice", "text", "Faktura do zamówienia {O}",
   "Dzień dobry,\n\nw załączniku przesyłamy fakturę VAT nr FV/2026/12/0457 do zamówienia {O}, wystawioną na dane firmy podane przy zakupie (NIP nabywcy 525-000-12-34). Kwota brutto 1 476,00 zł, w tym VAT 23% 276,00 zł.\n\nZ poważaniem\nBeata Nowicka\nksięgowość\n\nBiuroMeble Nowicki sp. z o.o.\nul. Przemysłowa 8, 61-001 Poznań\nNIP 782-256-33-10, KRS 0000512344, REGON 301245673",
   [], "Invoice with invoice number with slashes, NIP, KRS, REGON, clean.")
_m("review-request", "text", "Jak się sprawdza ekspres? Zamówienie {O}",
   "Dzień dobry,\n\nminęło już trochę czasu, od kiedy ekspres z zamówienia {O} do Pana trafił. Jeśli znajdzie Pan chwilę, będziemy wdzięczni za recenzję produktu na Amazonie – każda opinia, także krytyczna, pomaga innym kupującym w wyborze.\n\nPozdrawiamy\nKawowa Spółdzielnia",
   [], "Neutral plain-text review request, clean.")
_m("review-request", "html", "Prośba o opinię – zamówienie {O}",
   "<p><img src=\"https://m.media-amazon.com/images/S/seller/logo-ceramika-bursztyn.png\" alt=\"Logo Ceramika Bursztyn\" width=\"140\"></p><p>Dzień dobry,</p><p>dziękujemy za zakupy w naszej pracowni (zamówienie {O}). Będzie nam miło, jeśli podzieli się Pani wrażeniami z kubków – dobrymi czy złymi.</p><p><a href=\"https://www.amazon.pl/review/create-review?asin=B0CX12PLK9\">Napisz recenzję na Amazon.pl</a></p><p>Ola i Kuba<br>Ceramika Bursztyn</p>",
   [], "HTML review request with shop logo alt text and descriptive https Amazon link, clean.")
_m("delivery-scheduling", "text", "Dostawa szafy – zamówienie {O}, wybór terminu",
   "Dzień dobry,\n\nszafa z zamówienia {O} waży ok. 95 kg i przyjedzie transportem paletowym z wniesieniem. Kierowca może być u Państwa:\n\n- wtorek 15.12.2026, 8:00–12:00\n- środa 16.12.2026, 12:00–16:00\n- piątek 18.12.2026, 8:00–12:00\n\nProszę odpisać, który przedział pasuje, i czy w budynku jest winda.\n\nPozdrawiam\nRafał Kowalczyk\nMeblownia Kowalczyk",
   [], "Delivery scheduling for a bulky item with date/time slots, clean.")
_m("home-service-appointment", "text", "Montaż pralki – termin wizyty, zamówienie {O}",
   "Dzień dobry,\n\nw ramach zamówienia {O} nasz monter podłączy pralkę. Proponujemy czwartek 10.12.2026 między 14:00 a 16:00 albo sobotę 12.12.2026 między 9:00 a 11:00. Prosimy o zapewnienie dostępu do zaworu wody i odpływu.\n\nProsimy o potwierdzenie terminu w odpowiedzi.\n\nSerwis Montażowy AGD-Fix",
   [], "Home-service appointment with two slots, clean.")
_m("custom-design-verification", "text", "Projekt do akceptacji – zamówienie {O}",
   "Dzień dobry Pani Magdo,\n\nw załączniku jest wizualizacja (projekt_tabliczka_v2.pdf) tabliczki na drzwi z zamówienia {O}: napis „Rodzina Maj”, kolor orzech, litery frezowane. Proszę sprawdzić pisownię i układ – jeśli wszystko gra, wystarczy odpisać „akceptuję” i puszczamy do produkcji. Poprawki robimy bez dodatkowych kosztów.\n\nPozdrawiam\nDaria z Tabliczkowa",
   [], "Custom design proof attached for approval, clean.")
_m("fulfillment-question", "text", "Kod do bramy – zamówienie {O}",
   "Dzień dobry,\n\nosiedle przy ul. Lipowej jest zamknięte, a nasz kurier dowozi tam meble tylko po wcześniejszym zgłoszeniu (zlecenie 4471/12/2026, ref. KL-88213). Czy może nam Pan podać kod do bramy i numer klatki? Bez tego nie zaplanujemy dostawy zamówienia {O}.\n\nPozdrawiam\nObsługa zamówień Rowerownia",
   [], "Door-code question with reference and parcel numbers, clean.")
_m("reply", "text", "Re: Pytanie o rozmiar – zamówienie {O}",
   "Dzień dobry,\n\nmodel „Trail Runner Pro GTX” z zamówienia {O} jest rozmiarowany standardowo, więc jeśli na co dzień nosi Pan 43, to ten sam rozmiar będzie dobry. Wkładka ma 27,5 cm.\n\nPozdrawiam\nSportowy Zakątek",
   [], "Reply quoting an English product title inside Polish sentences, clean.")
_m("reply", "text", "Re: Usterka suszarki, zamówienie {O}",
   "Dzień dobry,\n\nprzykro nam, że suszarka z zamówienia {O} przestała grzać. Sprzęt jest na 24-miesięcznej gwarancji producenta – najszybciej będzie zgłosić to bezpośrednio na infolinii gwarancyjnej producenta Brivo: 22 487 60 00 (pon.–pt. 8:00–18:00). Gdyby były problemy ze zgłoszeniem, proszę pisać, pomożemy.\n\nPozdrawiam\nElektroMarket Lublin",
   [], "Reply with the manufacturer's warranty hotline marked as such, clean.")
_m("reply", "text", "Re: Dane do faktury – {O}",
   "Dzień dobry,\n\noczywiście, fakturę do zamówienia {O} możemy wystawić na firmę. Proszę tylko potwierdzić pełną nazwę firmy i adres siedziby – NIP już mamy z wiadomości.\n\nPozdrawiam\nAgnieszka Wróbel\n\n" + FOOT,
   [], "Reply with a company-details footer (address, NIP, REGON), clean.")
_m("reply", "text", "Re: Kiedy zwrot pieniędzy? {O}",
   "Dzień dobry,\n\nsprawdziłam: Pani paczka zwrotna do zamówienia {O} (numer zwrotu ZW/2026/338, nr śledzenia 0000 2345 6789 0123) dotarła do nas 10.12.2026 o 14:20. Zwrot 249,90 zł zlecimy najpóźniej w poniedziałek 14.12.2026, a na koncie powinien być w ciągu 3–5 dni roboczych.\n\nPozdrawiam\nIza, sklep Herbaciarnia Leśna",
   [], "Reply about a received return with tracking and return numbers, dates, times, amounts, clean.")
# 18-48 violations
_m("fulfillment-question", "text", "Zamówienie {O} w drodze",
   "Dzień dobry,\n\nPana zamówienie {O} opuściło dziś nasz magazyn i zostało przekazane kurierowi. Jutro powinno być na miejscu.\n\nPozdrawiamy\nNarzędziaPro24",
   ["BSM201"], "Shipping confirmation: left the warehouse, handed to the courier.")
_m("fulfillment-question", "text", "Dziękujemy za zamówienie {O}",
   "Dzień dobry Pani Kasiu,\n\nZamówienie {O} wpadło do nas bez problemu, już je kompletujemy i pakujemy. Damy znać, gdyby coś się działo.\n\nZespół Ceramika Bursztyn",
   ["BSM201"], "Order confirmation: received and being packed.")
_m("reply", "text", "Dziękujemy! {O}",
   "Dzień dobry,\n\nserdecznie dziękujemy za zakupy w Herbaciarni Leśnej (zamówienie {O}). Bardzo nam miło.\n\nIza i Paweł",
   ["BSM202"], "Message that only says thank you.")
_m("fulfillment-question", "text", "Zamówienie {O}",
   "Dzień dobry,\n\ngdyby z zamówieniem {O} cokolwiek było nie tak, jesteśmy do dyspozycji – wystarczy napisać.\n\nPozdrawiam\nMarek, Domowo",
   ["BSM202"], "Only an offer to help if a problem comes up.")
_m("delivery-delay", "text", "Zamówienie {O} – nowy termin wysyłki",
   "Dzień dobry,\n\nz powodu przestoju u producenta wyślemy zamówienie {O} w poniedziałek 14.12.2026 zamiast w piątek. Przepraszamy.\n\nPozdrawiamy\nKawowa Spółdzielnia\n\nPS Do końca miesiąca cała kawa ziarnista w naszym sklepie jest tańsza o 20%, warto zajrzeć.",
   ["BSM203"], "Permitted delay with a 20% off postscript promotion.")
_m("review-request", "text", "Opinia o kubkach – zamówienie {O}",
   "Dzień dobry,\n\njeśli ma Pani ochotę, prosimy o recenzję kubków z zamówienia {O} na Amazonie – każda opinia się liczy.\n\nA żeby nic Pani nie umknęło: obserwujcie nas na Instagramie i zapiszcie się do newslettera, w styczniu startuje nowa kolekcja „Mroźne poranki”.\n\nOla, Ceramika Bursztyn",
   ["BSM203"], "Review request with follow us, newsletter and new collection.")
_m("review-request", "text", "Mały prezent za opinię? Zamówienie {O}",
   "Dzień dobry,\n\nbędzie nam bardzo miło, jeśli wystawi Pan recenzję herbaty z zamówienia {O}. Jak tylko opinia pojawi się na stronie, podeślemy drobny upominek od nas – paczuszkę nowej mieszanki na spróbowanie.\n\nPozdrawiam\nIza, Herbaciarnia Leśna",
   ["BSM204"], "Small gift promised once the review is published.")
_m("review-request", "text", "Zamówienie {O} – recenzja",
   "Dzień dobry,\n\nmamy propozycję: proszę napisać recenzję słuchawek z zamówienia {O}, a gdy będzie widoczna na Amazonie, oddamy Panu całą kwotę za zakup. Wystarczy podesłać nam zrzut ekranu.\n\nAudioPunkt",
   ["BSM204"], "Full refund offered once the review is online.")
_m("reply", "text", "Re: Reklamacja lampy – {O}",
   "Dzień dobry,\n\ncieszymy się, że wymiana lampy z zamówienia {O} poszła sprawnie. Skoro sprawa jest już załatwiona, czy byłaby Pani skłonna poprawić swoją jednogwiazdkową opinię albo ją usunąć? Dla małej firmy każda ocena bardzo dużo znaczy.\n\nPozdrawiam\nLampy Kraft",
   ["BSM205"], "Asks to update or remove a one-star review.")
_m("review-request", "text", "Czy jest Pan zadowolony? {O}",
   "Dzień dobry,\n\njeśli rower z zamówienia {O} spełnił Pana oczekiwania, będziemy wdzięczni za recenzję na Amazonie. A gdyby coś jednak nie zagrało – zamiast wystawiać opinię, prosimy najpierw napisać do nas, na pewno coś wymyślimy.\n\nRowerownia",
   ["BSM206"], "Review only if satisfied; unhappy buyers steered to contact the seller.")
_m("review-request", "text", "Prośba – zamówienie {O}",
   "Dzień dobry,\n\nbylibyśmy wdzięczni, gdyby zostawiła Pani dla zamówienia {O} ocenę pięciu gwiazdek na Amazonie. To dla nas najlepsze wsparcie.\n\nPozdrawiamy\nModaLis",
   ["BSM206"], "Asks for a five-star rating.")
_m("order-problem", "text", "Zamówienie {O} – brak na stanie",
   "Dzień dobry,\n\nzabrakło nam stojaka na rowery z zamówienia {O}; kwotę zamówienia już skorygowaliśmy z powodu braku towaru. Najszybciej będzie jednak, jeśli sam Pan anuluje zamówienie na swoim koncie Amazon – wtedy wszystko zamknie się od ręki.\n\nPozdrawiam\nRowerownia",
   ["BSM108"], "Amount adjusted, but advises the buyer to cancel himself.")
_m("order-problem", "text", "Problem z zamówieniem {O}",
   "Dzień dobry,\n\nz przykrością informujemy, że fotel biurowy z zamówienia {O} wyprzedał się, zanim zdążyliśmy go zarezerwować. Bylibyśmy wdzięczni, gdyby złożyła Pani wniosek o anulowanie zamówienia w swoim panelu Amazon.\n\nZ poważaniem\nBiuroMeble Nowicki",
   ["BSM107", "BSM108"], "Asks for a cancellation request and never confirms an amount adjustment.")
_m("delivery-delay", "text", "Zamówienie {O} – drobne opóźnienie",
   "Dzień dobry,\n\nzamówienie {O} wyślemy z dwudniowym opóźnieniem, w środę 16.12.2026.\n\nNie chce Pan dostawać od nas wiadomości? Proszę odpisać STOP, a wypiszemy Pana z listy.\n\nDomowo",
   ["BSM305"], "Delay message with a reply-STOP opt-out.")
_m("reply", "text", "Re: Gdzie ta paczka?! {O}",
   "Panie,\n\nja pierdolę, ile razy mam tłumaczyć, że zamówienie {O} jest u przewoźnika. Niech Pan się nie wydziera w wiadomościach, od tego paczka szybciej nie przyjdzie.\n\nNarzędziaPro24",
   ["BSM306"], "Polish profanity in a reply.")
_m("delivery-delay", "text", "Order {O} – shipping delayed",
   "Hello,\n\nunfortunately your order {O} will ship a few days later than planned, on 15 December 2026. We apologise for the inconvenience.\n\nKind regards,\nMeblownia Kowalczyk",
   ["BSM104"], "Whole message in English to a pl-PL buyer.")
_m("delivery-scheduling", "text", "Dostawa lodówki – {O}",
   "Dzień dobry,\n\nlodówkę z zamówienia {O} możemy przywieźć w poniedziałek albo wtorek, 8:00–14:00. Najprościej będzie, jeśli zadzwoni Pan do kierowcy pod numer 601 234 567 i ustali godzinę.\n\nDomowo",
   ["BSM309"], "National mobile number to call the driver.")
_m("reply", "text", "Re: Rozmiar kurtki {O}",
   "Dzień dobry,\n\nrozmiar M z zamówienia {O} ma 58 cm w klatce na płasko. W razie wątpliwości proszę dzwonić do naszego biura: +48 12 345 67 89, chętnie doradzimy.\n\nKatarzyna, ModaLis",
   ["BSM309"], "International-format shop phone number.")
_m("reply", "text", "Re: Faktura korygująca – {O}",
   "Dzień dobry,\n\nkorektę do zamówienia {O} wyśle nasza księgowość. Gdyby nie dotarła w tym tygodniu, proszę pisać bezpośrednio na ksiegowosc@biuromeble-nowicki.pl.\n\nBeata Nowicka",
   ["BSM308"], "Plain e-mail address in a reply.")
_m("additional-information", "text", "Grawer – zamówienie {O}",
   "Dzień dobry,\n\nprosimy o plik z logo do graweru (zamówienie {O}). Najwygodniej przesłać go na adres pracownia małpa grawernia-podzegarem kropka pl, bo tutaj pliki bywają obcinane.\n\nJan Pietrzak",
   ["BSM308"], "Obfuscated e-mail address with 'małpa' and 'kropka'.")
_m("reply", "html", "Re: Pielęgnacja lnu – {O}",
   "<p>Dzień dobry,</p><p>len z zamówienia {O} najlepiej prać w 40°C bez wybielacza. Wszystko krok po kroku opisaliśmy w naszym poradniku:</p><p><a href=\"https://www.lnianykat.pl/poradnik-pielegnacji-lnu\">Poradnik pielęgnacji lnu na stronie Lnianego Kąta</a></p><p>Agnieszka</p>",
   ["BSM302"], "https link with descriptive text to the seller's own site.")
_m("review-request", "html", "Recenzja – zamówienie {O}",
   "<p>Dzień dobry,</p><p>jeśli ma Pan chwilę, prosimy o recenzję wiertarki z zamówienia {O}.</p><p><a href=\"http://www.amazon.pl/review/create-review?asin=B0D1PL7734\">Oceń wiertarkę na Amazon.pl</a></p><p>NarzędziaPro24</p>",
   ["BSM301"], "Descriptive link to Amazon over http.")
_m("delivery-delay", "html", "Opóźnienie – {O}",
   "<p>Dzień dobry,</p><p>dzbanek z zamówienia {O} wyjdzie od nas dopiero 18.12.2026 – glazura musi jeszcze raz przejść wypał.</p><p><img src=\"https://m.media-amazon.com/images/S/seller/dzbanek-bursztyn-zamowiony.jpg\" alt=\"Zamówiony dzbanek Bursztyn 1,2 l\" width=\"300\"></p><p>Ola, Ceramika Bursztyn</p>",
   ["BSM310"], "Photo of the purchased product.")
_m("delivery-delay", "html", "Świąteczne opóźnienie – {O}",
   "<p>Dzień dobry,</p><p>przez przedświąteczny ruch zamówienie {O} wyślemy 21.12.2026.</p><p><img src=\"https://m.media-amazon.com/images/S/seller/choinka-snieg.jpg\" alt=\"Choinka w śniegu\" width=\"300\"></p><p>Wesołych Świąt!<br>Herbaciarnia Leśna</p>",
   ["BSM311"], "Unrelated stock image of a Christmas tree.")
_m("additional-information", "html", "Wymiar blatu – {O}",
   "<p><img src=\"https://m.media-amazon.com/images/S/seller/meblownia-kowalczyk-logo.png\" alt=\"\" width=\"120\"></p><p>Dzień dobry,</p><p>do zamówienia {O} potrzebujemy jeszcze głębokości blatu: 60 czy 65 cm?</p><p>Rafał Kowalczyk</p>",
   ["BSM402"], "Shop logo with empty alt.")
_m("delivery-delay", "text", "Zamówienie {O} – troszkę później",
   "Hej,\n\nsorki, ale zamówienie {O} wyślemy dopiero w piątek 18.12.2026 🙈 Kurier nam nawalił.\n\nPaweł z Herbaciarni",
   ["BSM403"], "Emoji in a delay message.")
_m("reply", "text", "Re: Kolor kubka {O}",
   "Dzień dobry,\n\ntak, kubki z zamówienia {O} są w kolorze miodowym, dokładnie jak na zdjęciach :)\n\nOla",
   ["BSM403"], "Text emoticon :) in a reply.")
_m("delivery-delay", "html", "Zamówienie {O} – nowy termin",
   "<style>.h{font-size:22px}.l{font-size:17px}.s{font-size:12px}.x{font-size:10px}</style><p class=\"h\">Zmiana terminu wysyłki</p><p class=\"l\">Zamówienie {O} wyślemy 16.12.2026.</p><p>Przepraszamy za opóźnienie.</p><p class=\"s\">Sklep AGD Domowo</p><p class=\"x\">Wiadomość wygenerowana automatycznie.</p>",
   ["BSM410"], "Four explicit font sizes in a style block plus the default.")
_m("additional-information", "text", "Zamówienie {O} – adres",
   "Dzień dobry,\n\nw adresie do zamówienia {O} brakuje numeru mieszkania.\n\n\n\nProsimy o uzupełnienie w odpowiedzi.\n\n\nPozdrawiam\nRowerownia",
   ["BSM412"], "Runs of blank lines in a plain-text message.")
_m("review-request", "text", "[Ważne] Recenzja zamówienia {O}",
   "Dzień dobry,\n\nbędziemy wdzięczni za recenzję lampy z zamówienia {O} na Amazonie, niezależnie od wrażeń.\n\nLampy Kraft",
   ["BSM110"], "[Ważne] on a neutral review request.")
_m("return-follow-up", "html", "Zwrot – zamówienie {O}",
   "<p>Dzień dobry,</p><p>do zwrotu z zamówienia {O} potrzebujemy jeszcze informacji, czy opakowanie jest kompletne. Instrukcję zwrotu znajdzie Pan na Amazonie – <a href=\"https://www.amazon.pl/gp/css/returns/homepage.html\">kliknij tutaj</a>.</p><p>AudioPunkt</p>",
   ["BSM401"], "Link text 'kliknij tutaj'.")
# 49-50 varying
_m("delivery-delay", "text", "Opóźnienie wysyłki",
   "Dzień dobry,\n\nzamówienie nr {N} wyślemy z tygodniowym opóźnieniem, 22.12.2026. Przepraszamy za kłopot.\n\nMeblownia Kowalczyk",
   ["BSM102"], "Order number written as 17 digits without hyphens, so missing.")
_m("delivery-delay", "html", "Zamówienie {O} – przesunięcie terminu",
   "<div style=\"font-family: Georgia, serif; color: #5a3e2b; text-align: center;\"><p>Dzień dobry,</p><p>zamówienie {O} wyślemy w czwartek 17.12.2026 – czekamy jeszcze na dostawę lnu.</p><p>Pracownia Lniany Kąt</p></div>",
   ["BSM407", "BSM409", "BSM411"], "Builder styles: font family, colour and centred text.")


def _order(n):
    return "526-%07d-%07d" % (3100417 + n * 7331, 8802093 - n * 5119)


MESSAGES = []
for _i, (_t, _f, _s, _b, _e, _n) in enumerate(_RAW, 1):
    _o = _order(_i)
    MESSAGES.append({
        "id": "v21-pl-%03d" % _i, "language": "pl", "locale": "pl-PL",
        "type": _t, "format": _f,
        "subject": _s.replace("{O}", _o),
        "body": _b.replace("{O}", _o).replace("{N}", _o.replace("-", "")),
        "order_id": _o, "expected": sorted(_e), "note": _n,
    })
