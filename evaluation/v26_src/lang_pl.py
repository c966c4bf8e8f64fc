"""v26 blind evaluation set: Polish (pl-PL)."""
import random

_r = random.Random(577)
_seen = set()
O = []
while len(O) < 50:
    o = "577-%07d-%07d" % (_r.randrange(10**6, 10**7), _r.randrange(10**6, 10**7))
    if o not in _seen:
        _seen.add(o)
        O.append(o)

MESSAGES = []


def _m(n, typ, fmt, subject, body, expected, note, order=None):
    MESSAGES.append({
        "id": "v26-pl-%03d" % n, "language": "pl", "locale": "pl-PL", "type": typ,
        "format": fmt, "subject": subject, "body": body,
        "order_id": order or O[n - 1], "expected": sorted(expected), "note": note,
    })


# ---------------- clean (1-17) ----------------
_m(1, "delivery-delay", "text", f"Opóźnienie wysyłki – zamówienie {O[0]}",
   f"Dzień dobry Pani Agnieszko,\n\nniestety lniany obrus, który Pani zamówiła (zam. {O[0]}), wyjedzie od nas później, niż podawaliśmy w ofercie. Tkanina z naszej tkalni w Żyrardowie dotrze dopiero w czwartek, więc obrus uszyjemy i wyślemy najpóźniej 14.12.2026.\n\nPrzepraszamy za zwłokę. Gdyby ten termin Pani nie odpowiadał, prosimy o krótką wiadomość.\n\nPozdrawiam serdecznie\nMarta Wilk\nLniany Kram",
   [], "Plain-text delivery delay with a new ship date, clean.")
_m(2, "delivery-delay", "html", f"Zamówienie {O[1]}: nowy termin wysyłki",
   f"<p>Szanowny Panie,</p><p>dziękujemy za cierpliwość. Fotel biurowy z zamówienia <strong>{O[1]}</strong> czeka jeszcze na dostawę podłokietników od producenta. Przewidywany termin nadania: <strong>wtorek, 15 grudnia 2026</strong>.</p><table><tr><td>Produkt</td><td>Fotel ErgoLine 300</td></tr><tr><td>Pierwotny termin</td><td>8.12.2026</td></tr><tr><td>Nowy termin</td><td>15.12.2026</td></tr></table><p>Jeśli coś się zmieni, od razu damy znać.</p><p>Z poważaniem<br>Tomasz Ryba<br>Dział obsługi klienta, BiuroMeble24</p>",
   [], "Builder-style HTML delivery delay with a plain table, no styling, clean.")
_m(3, "order-problem", "text", f"[Ważne] Problem z zamówieniem {O[2]}",
   f"Dzień dobry,\n\nz przykrością informujemy, że ekspresu przelewowego Kawiarz V2 z zamówienia {O[2]} nie jesteśmy w stanie wysłać – ostatnia sztuka okazała się uszkodzona przy kontroli, a nowej dostawy w tym roku nie będzie.\n\nKwota zamówienia została w całości skorygowana w Seller Central (powód: NoInventory), więc 389,00 zł wróci na Pana konto bez żadnych dodatkowych kroków z Pana strony.\n\nBardzo przepraszamy.\nKamil Sowa\nKawowy Zakątek",
   [], "Order problem confirming the amount adjustment with NoInventory; [Ważne] is allowed here.")
_m(4, "additional-information", "text", f"Pytanie do zamówienia {O[3]} – grawer",
   f"Dzień dobry Pani Ewo,\n\nżeby przygotować grawer na bransoletce (zam. {O[3]}), potrzebujemy jeszcze jednej informacji: czy napis „Dla Zosi 2026” ma być wykonany czcionką pisaną, czy drukowaną? Bez tego nie możemy ruszyć z realizacją.\n\nWystarczy odpowiedź w tej wiadomości.\n\nPozdrawiamy\nPracownia Srebra Nowak",
   [], "Asks for information needed to complete the order, clean.")
_m(5, "return-follow-up", "text", f"Zwrot – zamówienie {O[4]}",
   f"Dzień dobry,\n\notrzymaliśmy zgłoszenie zwrotu kurtki z zamówienia {O[4]}. Skoro jedynym problemem jest odpruty guzik, możemy zaproponować częściowy zwrot 60,00 zł, a kurtka zostaje u Pana. Jeżeli woli Pan jednak odesłać ją w całości, też nie ma problemu – proszę tylko o informację, którą opcję Pan wybiera.\n\nZ pozdrowieniami\nJoanna Kmieć\nOutdoor Mazury",
   [], "Return follow-up offering a partial refund, clean.")
_m(6, "return-follow-up", "text", f"Zwrot {O[5]} – brakuje nam informacji",
   f"Witam,\n\nw paczce zwrotnej do zamówienia {O[5]} znaleźliśmy słuchawki, ale bez etui ładującego. Czy etui zostało wysłane osobno, czy może zostało u Pani? Potrzebujemy tej informacji, żeby zamknąć zwrot.\n\nDziękuję i pozdrawiam\nPaweł Zięba\nAudioHurt",
   [], "Return follow-up asking for information needed to complete the return, clean.")
_m(7, "invoice", "text", f"Faktura VAT FV/2026/12/0457 do zamówienia {O[6]}",
   f"Dzień dobry,\n\nw załączniku przesyłamy fakturę VAT nr FV/2026/12/0457 do zamówienia {O[6]}, wystawioną na firmę zgodnie z podanym NIP-em.\n\nKwota brutto: 1 249,00 zł (w tym VAT 23%: 233,55 zł).\n\nPozdrawiamy\nDział księgowości\n\nTechnoPol Dystrybucja Sp. z o.o.\nul. Składowa 14/3, 61-897 Poznań\nNIP 778-142-33-05, REGON 301456782\nKRS 0000412377, Sąd Rejonowy Poznań – Nowe Miasto i Wilda",
   [], "Invoice with NIP, REGON, KRS and a slashed invoice number; none is a phone number.")
_m(8, "review-request", "text", f"Twoja opinia o zamówieniu {O[7]}",
   f"Dzień dobry,\n\nminęło kilka dni, odkąd dotarła do Pani lampka nocna z zamówienia {O[7]}. Jeśli znajdzie Pani chwilę, będziemy wdzięczni za opinię o produkcie na Amazon – każda, również krytyczna, pomaga innym kupującym w wyborze.\n\nPozdrawiam\nIga z Lampiarni",
   [], "Neutral review request in plain text, clean.")
_m(9, "review-request", "html", f"Jak sprawdza się deska? Zamówienie {O[8]}",
   f"<p><img src=\"https://static.drewnianakuchnia.pl/img/logo-drewniana-kuchnia.png\" alt=\"Logo sklepu Drewniana Kuchnia\" width=\"160\"></p><p>Dzień dobry,</p><p>mamy nadzieję, że dębowa deska do krojenia z zamówienia {O[8]} dobrze się u Pana sprawuje. Będziemy wdzięczni za kilka słów opinii – i pochwała, i uwagi są dla nas cenne.</p><p><a href=\"https://www.amazon.pl/review/create-review?asin=B0CX4K7M2Q\">Wystaw opinię o desce na Amazon.pl</a></p><p>Zespół Drewnianej Kuchni</p>",
   [], "HTML review request with the shop logo (alt names the shop) and a descriptive https Amazon link, clean.")
_m(10, "delivery-scheduling", "text", f"Dostawa szafy – zamówienie {O[9]}",
   f"Dzień dobry Panie Michale,\n\nszafa z zamówienia {O[9]} waży ok. 95 kg i jedzie do Pana transportem paletowym z wniesieniem. Kierowca może przyjechać w jednym z terminów:\n\n- środa 16.12.2026, 8:00–12:00\n- czwartek 17.12.2026, 12:00–16:00\n- sobota 19.12.2026, 9:00–13:00\n\nProszę wybrać jeden z nich, odpisać i dać znać, które to piętro i czy jest winda.\n\nPozdrawiam\nRenata Kos\nMeblownia Kos",
   [], "Scheduling delivery of a bulky item with dates and time slots, clean.")
_m(11, "home-service-appointment", "text", f"Montaż zmywarki – termin wizyty ({O[10]})",
   f"Dzień dobry,\n\nw ramach usługi montażu do zamówienia {O[10]} nasz instalator może przyjść 21.12.2026 (poniedziałek) między 10:00 a 12:00 albo 22.12.2026 między 15:00 a 17:00. Który termin Państwu pasuje?\n\nProsimy też o potwierdzenie, że przyłącze wody jest w odległości do 1,5 m od miejsca zabudowy.\n\nSerwis Montażowy AGD-Dom",
   [], "Home-service appointment with two slots, clean.")
_m(12, "custom-design-verification", "text", f"Projekt kubka do akceptacji – {O[11]}",
   f"Cześć Kasiu,\n\nw załączniku jest projekt Twojego kubka (zam. {O[11]}): zdjęcie psa po lewej, napis „Najlepszy pan Burka” po prawej, czcionka taka jak na podglądzie w ofercie.\n\nZerknij proszę, czy wszystko się zgadza – jak tylko dostaniemy akceptację, kubek idzie do wypalania.\n\nPozdrowienia z pracowni\nOla, Kubkownia",
   [], "Custom design proof attached for approval, clean.")
_m(13, "fulfillment-question", "text", f"Kod do klatki – dostawa {O[12]}",
   f"Dzień dobry,\n\nkurier z przesyłką do zamówienia {O[12]} (nr referencyjny dostawy DST/2026/88412, nr listu przewozowego 1Z 4X7 921 68 0044 1275) zgłosił, że nie może wejść do klatki przy ul. Lipowej 7. Czy mógłby Pan podać kod do domofonu albo wskazać inne miejsce pozostawienia paczki?\n\nPozdrawiamy\nObsługa klienta Ogrodowisko",
   [], "Door-code question with reference and waybill numbers, clean.")
_m(14, "reply", "text", f"Re: Pytanie o świecę – {O[13]}",
   f"Dzień dobry,\n\nświeca „Cozy Winter Nights – Cinnamon & Clove”, którą kupiła Pani w zamówieniu {O[13]}, pali się około 40 godzin. Nazwa jest po angielsku, bo cała seria Northwind Home powstaje z myślą o kilku rynkach, ale skład jest ten sam: wosk sojowy i bawełniany knot.\n\nPozdrawiam\nDorota, Northwind Home Polska",
   [], "Reply quoting an English product title and shop name inside Polish sentences, clean.")
_m(15, "reply", "text", f"Re: Gwarancja piekarnika, zamówienie {O[14]}",
   f"Dzień dobry Panie Jerzy,\n\nw sprawie usterki piekarnika z zamówienia {O[14]}: naprawy gwarancyjne wykonuje bezpośrednio producent. Infolinia gwarancyjna producenta Kaltherm (serwis fabryczny): 22 490 17 35, pn.–pt. 8:00–18:00. Przy zgłoszeniu warto mieć pod ręką numer seryjny z tabliczki znamionowej.\n\nGdyby serwis robił problemy, proszę do nas napisać.\n\nPozdrawiam\nAdam Krawczyk\nAGD Krawczyk",
   [], "Reply giving the manufacturer's warranty hotline, marked as such (BSM309 exception).")
_m(16, "reply", "text", f"Re: Dane do faktury – {O[15]}",
   f"Dzień dobry,\n\ntak, fakturę do zamówienia {O[15]} możemy wystawić na firmę. Wystarczy, że odpisze Pani z nazwą firmy i NIP-em, a dołączymy ją do zamówienia w ciągu jednego dnia roboczego.\n\nZ poważaniem\nBeata Grochowska\nSpecjalistka ds. obsługi klienta\n\n--\nZielony Parapet Sp. z o.o.\nul. Ogrodowa 3, 05-500 Piaseczno\nNIP 123-456-32-18 | REGON 146523987 | KRS 0000567123\nKapitał zakładowy: 50 000,00 zł",
   [], "Reply with a company-details footer (NIP, REGON, KRS, capital) and no contact data, clean.")
_m(17, "reply", "text", f"Re: Gdzie jest moja paczka? {O[16]}",
   f"Dzień dobry,\n\nsprawdziłem: zwrot do zamówienia {O[16]} zarejestrowaliśmy pod numerem RMA/2026/1187, a paczka zwrotna (nr przesyłki 6200 4417 8823 0015 9934 21) dotarła do nas 3.12.2026 o 11:42. Zwrot 149,99 zł zlecimy do 9.12.2026; na koncie powinien być w ciągu 3–5 dni roboczych.\n\nPozdrawiam\nŁukasz Pietras\nRowerowy Serwis Pietras",
   [], "Reply with return and parcel numbers, dates, times and amounts; nothing is a phone number.")

# ---------------- violations (18-48) ----------------
_m(18, "fulfillment-question", "text", f"Paczka w drodze – {O[17]}",
   f"Dzień dobry,\n\nmiło nam poinformować, że paczka z zamówieniem {O[17]} opuściła dziś nasz magazyn w Łodzi i została przekazana kurierowi DPD.\n\nPozdrawiamy\nSklep Herbaciany Liść",
   ["BSM201"], "Shipping confirmation: parcel left the warehouse and went to the carrier.")
_m(19, "fulfillment-question", "html", f"Mamy Twoje zamówienie {O[18]}",
   f"<p>Hej!</p><p>Twoje zamówienie <strong>{O[18]}</strong> do nas dotarło i właśnie je kompletujemy. Pakujemy starannie, w papier z recyklingu.</p><p>Ekipa Papierowej Pracowni</p>",
   ["BSM201"], "Order confirmation: order received and being packed.")
_m(20, "review-request", "text", f"Dziękujemy! ({O[19]})",
   f"Dzień dobry,\n\nserdecznie dziękujemy za zakupy w naszym sklepie – zamówienie {O[19]}. Bardzo nam miło!\n\nZespół Ceramika Bolesławiecka u Heli",
   ["BSM202"], "Thanks only; the order number adds no content.")
_m(21, "fulfillment-question", "text", f"Zamówienie {O[20]}",
   f"Dzień dobry,\n\npiszemy tylko, żeby dać znać, że w razie jakichkolwiek pytań czy kłopotów z zamówieniem {O[20]} jesteśmy do dyspozycji. Wystarczy odpisać.\n\nPozdrawiamy\nZespół FotoRamki",
   ["BSM202"], "Only offers help if anything comes up, no other content.")
_m(22, "delivery-delay", "text", f"Lekkie opóźnienie – {O[21]}",
   f"Dzień dobry,\n\nrękawice narciarskie z zamówienia {O[21]} wyślemy z dwudniowym opóźnieniem, najpóźniej 11.12.2026 – czekamy na rozmiar L z hurtowni.\n\nPrzepraszamy!\nSkiBox\n\nPS Do końca roku cały asortyment taniej o 20% z kodem ZIMA20.",
   ["BSM203"], "Permitted delay message with a 20% discount code in a P.S.")
_m(23, "reply", "text", f"Re: Rozmiar swetra – {O[22]}",
   f"Dzień dobry,\n\nsweter z zamówienia {O[22]} jest szyty w rozmiarówce europejskiej, więc M to odpowiednik 38–40.\n\nA jeśli lubi Pani nasze dzianiny, zapraszamy do obserwowania Wełnianej Chaty na Instagramie i zapisania się do newslettera – w styczniu startuje nowa kolekcja z alpaki.\n\nPozdrawiam\nHanna, Wełniana Chata",
   ["BSM203"], "Follow us, newsletter and new collection invitation in a reply.")
_m(24, "review-request", "text", f"Mała prośba – {O[23]}",
   f"Dzień dobry,\n\nczy mógłby Pan podzielić się opinią o latarce czołowej z zamówienia {O[23]}? Gdy tylko opinia pojawi się na Amazon, odwdzięczymy się drobnym upominkiem – zestawem zapasowych akumulatorków.\n\nPozdrawiam\nTrekPoint",
   ["BSM204"], "Small gift once the review is published.")
_m(25, "review-request", "text", f"Zwrot pieniędzy za opinię – {O[24]}",
   f"Dzień dobry,\n\nmamy dla Pani propozycję: proszę napisać opinię o szczoteczce sonicznej z zamówienia {O[24]}, a gdy tylko będzie widoczna na Amazonie, oddamy całą kwotę zakupu (129 zł) na Pani konto.\n\nPozdrawiamy\nDentiCare Shop",
   ["BSM204"], "Full refund as soon as the review is online.")
_m(26, "reply", "text", f"Re: Reklamacja czajnika {O[25]}",
   f"Dzień dobry,\n\ncieszę się, że nowy czajnik (wymiana do zamówienia {O[25]}) już działa bez zarzutu. Skoro sprawa jest załatwiona, czy byłby Pan skłonny zaktualizować albo usunąć swoją jednogwiazdkową opinię? Bardzo by nam to pomogło.\n\nPozdrawiam\nWojciech Mazur\nKuchenne Gadżety",
   ["BSM205"], "Asks to update or remove a one-star review.")
_m(27, "review-request", "text", f"Zadowolona z zakupu? {O[26]}",
   f"Dzień dobry,\n\njeśli poduszka ortopedyczna z zamówienia {O[26]} spełniła Pani oczekiwania, prosimy o opinię na Amazon. A jeśli coś jest nie tak – proszę najpierw napisać do nas, zamiast wystawiać opinię, na pewno coś wymyślimy.\n\nSen i Zdrowie",
   ["BSM206"], "Asks only satisfied buyers to review and steers unhappy ones away.")
_m(28, "review-request", "text", f"Pięć gwiazdek? – {O[27]}",
   f"Dzień dobry,\n\nmamy nadzieję, że gra planszowa z zamówienia {O[27]} umila Wam wieczory. Będziemy ogromnie wdzięczni za ocenę 5 gwiazdek na Amazon – dla małego wydawnictwa to bardzo dużo znaczy.\n\nPlanszówki Kruk",
   ["BSM206"], "Asks for a five-star rating.")
_m(29, "order-problem", "text", f"Zamówienie {O[28]} – brak jednej sztuki",
   f"Dzień dobry,\n\nz dwóch zamówionych doniczek (zam. {O[28]}) mamy na stanie tylko jedną – druga zbiła się w magazynie, a wzór wycofano z produkcji. Kwotę zamówienia skorygowaliśmy o 79,00 zł (powód: NoInventory).\n\nJeśli pojedyncza doniczka nie ma dla Pani sensu, najszybciej będzie, jeśli sama Pani anuluje zamówienie na swoim koncie Amazon.\n\nPozdrawiam\nZielona Półka",
   ["BSM108"], "Adjustment confirmed, but advises the buyer to cancel herself because of missing stock.")
_m(30, "order-problem", "text", f"Problem z dostępnością – {O[29]}",
   f"Dzień dobry,\n\nniestety modelu butów trekkingowych z zamówienia {O[29]} w rozmiarze 44 zabrakło na magazynie i w tym sezonie już go nie dostaniemy. Bylibyśmy wdzięczni, gdyby złożył Pan prośbę o anulowanie zamówienia w zakładce „Twoje zamówienia”.\n\nPrzepraszamy za kłopot\nGórski Sklep Halny",
   ["BSM107", "BSM108"], "Asks the buyer to request cancellation and never confirms an adjustment.")
_m(31, "delivery-delay", "text", f"Nowy termin wysyłki – {O[30]}",
   f"Dzień dobry,\n\nkalendarz ścienny z zamówienia {O[30]} wysyłamy w przyszły poniedziałek, 14.12.2026 – drukarnia miała awarię.\n\nNie chcesz dostawać od nas takich wiadomości? Odpisz STOP, a wypiszemy Cię z powiadomień.\n\nDrukarnia Kalendarzy Wena",
   ["BSM305"], "Opt-out instruction: reply STOP.")
_m(32, "reply", "text", f"Re: Gdzie paczka?! {O[31]}",
   f"Dzień dobry,\n\nprzepraszam, ale ten pieprzony kurier znowu zawiózł paczkę z zamówienia {O[31]} do złego punktu, co za cholerny burdel. Już do nich dzwoniłem, paczka ma do Pani trafić jutro.\n\nRafał\nMotoCzęści Rafał",
   ["BSM306"], "Polish profanity in a reply.")
_m(33, "delivery-delay", "text", f"Shipping delay – order {O[32]}",
   f"Hello,\n\nunfortunately your order {O[32]} will ship a few days later than expected. Our supplier has delayed the delivery of the wool blankets; we now expect to dispatch them on 15 December 2026.\n\nWe apologise for the inconvenience.\n\nKind regards\nKocyk i Spółka",
   ["BSM104"], "Message entirely in English for a pl-PL buyer.")
_m(34, "reply", "text", f"Re: Montaż karnisza – {O[33]}",
   f"Dzień dobry,\n\nw sprawie montażu karnisza z zamówienia {O[33]} najlepiej będzie, jeśli zadzwoni Pan do nas – wszystko wytłumaczymy krok po kroku. Nasz numer: 512 384 907, od poniedziałku do piątku 9–17.\n\nPozdrawiam\nDekoracje Okienne Maja",
   ["BSM309"], "Seller's own mobile number in national format.")
_m(35, "additional-information", "text", f"Adres dostawy – {O[34]}",
   f"Dzień dobry,\n\nadres w zamówieniu {O[34]} nie ma numeru mieszkania. Proszę go podać w odpowiedzi albo zadzwonić do naszego biura: +48 22 615 40 88.\n\nPozdrawiam\nPolska Herbata Online",
   ["BSM309"], "Seller's office number in international format.")
_m(36, "reply", "text", f"Re: Zdjęcia uszkodzenia – {O[35]}",
   f"Dzień dobry,\n\nproszę przesłać zdjęcia pękniętej szyby z zamówienia {O[35]} bezpośrednio na reklamacje@szklanydom.pl, wtedy szybciej to obejrzymy.\n\nPozdrawiam\nSzklany Dom",
   ["BSM308"], "Plain e-mail address in a reply.")
_m(37, "reply", "text", f"Re: Faktura korygująca {O[36]}",
   f"Dzień dobry,\n\nkorektę do zamówienia {O[36]} przygotuje nasza księgowość. Najszybciej będzie, jak napisze Pan do nich bezpośrednio: ksiegowosc małpa kwiaciarnia-rozalia kropka pl.\n\nPozdrawiam\nKwiaciarnia Rozalia",
   ["BSM308"], "Obfuscated e-mail address written with 'małpa' and 'kropka'.")
_m(38, "reply", "html", f"Re: Historia marki – {O[37]}",
   f"<p>Dzień dobry,</p><p>dziękujemy za pytanie o pochodzenie naszych noży (zam. {O[37]}). Całą historię kuźni opisaliśmy na naszej stronie: <a href=\"https://www.kuznia-ostrze.pl/o-nas\">historia Kuźni Ostrze na naszej stronie</a>.</p><p>Pozdrawiam<br>Bartek, Kuźnia Ostrze</p>",
   ["BSM302"], "https link to the seller's own site, not needed for the order.")
_m(39, "review-request", "html", f"Opinia o zamówieniu {O[38]}",
   f"<p>Dzień dobry,</p><p>jeśli ma Pani chwilę, prosimy o opinię o kocu z zamówienia {O[38]}: <a href=\"http://www.amazon.pl/review/create-review?asin=B0D1KQ8V3T\">oceń koc na Amazon.pl</a>.</p><p>Pozdrawiamy<br>Pledy Podhala</p>",
   ["BSM301"], "Descriptive link to Amazon over plain http.")
_m(40, "delivery-delay", "html", f"Opóźnienie – {O[39]}",
   f"<p>Dzień dobry,</p><p>czajnik z zamówienia {O[39]} wyślemy dopiero 16.12.2026, bo czekamy na nową partię w kolorze grafitowym.</p><p><img src=\"https://cdn.kuchniaplus.pl/produkty/czajnik-elektryczny-grafit-1-7l.jpg\" alt=\"Czajnik elektryczny grafitowy 1,7 l\" width=\"240\"></p><p>Przepraszamy<br>KuchniaPlus</p>",
   ["BSM310"], "Image of the purchased product.")
_m(41, "delivery-delay", "html", f"Świąteczne opóźnienie – {O[40]}",
   f"<p><img src=\"https://cdn.zabawkilulu.pl/grafiki/choinka-swiateczna.jpg\" alt=\"Choinka z lampkami\" width=\"300\"></p><p>Dzień dobry,</p><p>przez świąteczny ruch klocki z zamówienia {O[40]} wyjadą do Pani 17.12.2026, czyli dwa dni później niż planowaliśmy.</p><p>Pozdrawiamy<br>Zabawki Lulu</p>",
   ["BSM311"], "Stock Christmas-tree image unrelated to the shop.")
_m(42, "review-request", "html", f"Jak się podoba? {O[41]}",
   f"<p><img src=\"https://static.pracowniamydla.pl/logo-pracownia-mydla.png\" alt=\"\" width=\"150\"></p><p>Dzień dobry,</p><p>będziemy wdzięczni za opinię o mydłach z zamówienia {O[41]} – każda uwaga pomaga nam się rozwijać.</p><p><a href=\"https://www.amazon.pl/review/create-review?asin=B0BQ7L2N9X\">Napisz opinię o mydłach na Amazon.pl</a></p><p>Pracownia Mydła</p>",
   ["BSM402"], "Shop logo with an empty alt attribute.")
_m(43, "delivery-delay", "text", f"Drobne opóźnienie {O[42]}",
   f"Hej!\n\nTwoja bluza z zamówienia {O[42]} wyjedzie z małym poślizgiem – w czwartek 10.12.2026 zamiast we wtorek. Sorki! 🙈\n\nZespół Bluzownia",
   ["BSM403"], "Emoji in the body.")
_m(44, "reply", "text", f"Re: Wymiary regału – {O[43]}",
   f"Dzień dobry,\n\nregał z zamówienia {O[43]} ma 180 cm wysokości i 80 cm szerokości, więc spokojnie zmieści się pod skosem 190 cm :)\n\nPozdrawiam\nMeble z Sosny Kowal",
   ["BSM403"], "Text emoticon ':)'.")
_m(45, "delivery-delay", "html", f"Aktualizacja terminu – {O[44]}",
   f"<style>.naglowek{{font-size:22px}} .podtytul{{font-size:18px}} .tresc{{font-size:14px}} .stopka{{font-size:11px}}</style><p class=\"naglowek\">Nowy termin wysyłki</p><p class=\"podtytul\">Zamówienie {O[44]}</p><p class=\"tresc\">Dzień dobry, obraz na płótnie wyślemy 18.12.2026 – blejtram dotrze z opóźnieniem.</p><p class=\"stopka\">Galeria Płótno</p>",
   ["BSM410"], "Four explicit font sizes in a style block.")
_m(46, "delivery-delay", "text", f"Opóźnienie dostawy – {O[45]}",
   f"Dzień dobry,\n\nzestaw garnków z zamówienia {O[45]} wyślemy 15.12.2026.\n\n\n\nPrzepraszamy za niedogodności.\n\n\nPozdrawiamy\nGarnkowo",
   ["BSM412"], "Runs of blank lines in a text message.")
_m(47, "review-request", "text", f"[Ważne] Prośba o opinię – {O[46]}",
   f"Dzień dobry,\n\nbędziemy wdzięczni za opinię o słuchawkach z zamówienia {O[46]} na Amazon. Pozytywna czy negatywna – każda się przyda.\n\nPozdrawiamy\nSoundHouse Polska",
   ["BSM110"], "[Ważne] tag on a review request.")
_m(48, "review-request", "html", f"Twoja opinia – {O[47]}",
   f"<p>Dzień dobry,</p><p>jak sprawdza się termos z zamówienia {O[47]}? Jeśli zechce Pan podzielić się opinią, <a href=\"https://www.amazon.pl/review/create-review?asin=B0C9PZ4L1M\">kliknij tutaj</a>.</p><p>Pozdrawiamy<br>Termosy Tatra</p>",
   ["BSM401"], "Non-descriptive link text 'kliknij tutaj'.")

# ---------------- varying (49-50) ----------------
_nohyph = O[48].replace("-", "")
_m(49, "delivery-delay", "text", f"Opóźnienie wysyłki – zamówienie nr {_nohyph}",
   f"Dzień dobry,\n\nkominek elektryczny z zamówienia nr {_nohyph} wyślemy 16.12.2026 – kurier paletowy nie odebrał go w tym tygodniu.\n\nPrzepraszamy za kłopot\nCiepły Dom",
   ["BSM102"], "Order number written as 17 digits without hyphens only.", order=O[48])
_m(50, "delivery-delay", "html", f"Zamówienie {O[49]} – zmiana terminu",
   f"<div style=\"font-family:Arial,Helvetica,sans-serif;line-height:1.6;color:#333333;text-align:center\"><p>Dzień dobry,</p><p>plecak z zamówienia {O[49]} wyślemy 14.12.2026 zamiast 9.12.2026.</p><p>Przepraszamy<br>Plecaki Beskid</p></div>",
   ["BSM407", "BSM408", "BSM409", "BSM411"], "Builder wrapper setting font family, line height, colour and centring.")
