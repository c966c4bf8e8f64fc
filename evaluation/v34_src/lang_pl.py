# -*- coding: utf-8 -*-
"""Set v34, Polish (pl) evaluation messages."""

MESSAGES = []


def _oid(n):
    return "657-%07d-%07d" % ((n * 7919 + 1203457) % 10000000, (n * 104729 + 3654321) % 10000000)


def _m(n, locale, typ, fmt, subject, body, expected, note, order=None):
    o = order or _oid(n)
    MESSAGES.append({
        "id": "v34-pl-%03d" % n,
        "language": "pl",
        "locale": locale,
        "type": typ,
        "format": fmt,
        "subject": subject.replace("{O}", o),
        "body": body.replace("{O}", o),
        "order_id": o,
        "expected": sorted(expected),
        "note": note,
    })


# ---------------- clean ----------------
_m(1, "pl-PL", "delivery-delay", "text",
   "Opóźnienie wysyłki zamówienia {O}",
   "Dzień dobry Pani Agnieszko,\n\nzamówiony stolik kawowy z litego dębu (zamówienie {O}) wymaga jeszcze dwóch warstw oleju, a przez grudniową wilgoć schnie wolniej niż zwykle. Nie chcę wysyłać mebla, który mógłby się lepić.\n\nRealnie wyślemy go 15 grudnia 2026 r., czyli cztery dni później, niż podawała oferta. Stolik będzie starannie zabezpieczony narożnikami i folią, tak jak zawsze.\n\nPrzepraszam za kłopot.\nMarek Wiśniewski\nPracownia Stolarska Dębowy Kąt",
   [], "Clean delivery delay from a one-man furniture workshop, plain text.")

_m(2, "pl-PL", "delivery-delay", "html",
   "Zmiana terminu wysyłki – zamówienie {O}",
   "<p>Szanowny Kliencie,</p>\n<p>informujemy, że produkt <b>Ekspres kolbowy Verona 15 bar</b> z zamówienia nr {O} dotrze do naszego magazynu z opóźnieniem. Dostawca przesunął dostawę na 11.12.2026.</p>\n<table>\n<tr><td>Pierwotny termin wysyłki:</td><td>07.12.2026</td></tr>\n<tr><td>Nowy termin wysyłki:</td><td>12.12.2026</td></tr>\n</table>\n<p>Nie musisz nic robić – zamówienie pozostaje aktywne.</p>\n<p>Z poważaniem<br>Dział Obsługi Klienta<br>AGD-Centrum Sp. z o.o.</p>\n<p><small>AGD-Centrum Sp. z o.o., ul. Przemysłowa 14, 61-021 Poznań, KRS 0000512345</small></p>",
   [], "Clean delivery delay in builder HTML with a table and a small-print footer.")

_m(3, "pl-PL", "order-problem", "text",
   "[Ważne] Nie możemy zrealizować zamówienia {O}",
   "Dzień dobry,\n\nz przykrością informujemy, że kurtki zimowej Nordkap w rozmiarze L, którą Pan zamówił w ramach zamówienia {O}, nie mamy już na stanie – ostatnia sztuka okazała się uszkodzona przy kontroli jakości.\n\nKwota zamówienia została już skorygowana w całości z powodem „brak towaru”, więc pieniądze wrócą na Pana konto zgodnie z zasadami Amazon, zwykle w ciągu kilku dni roboczych. Nie musi Pan niczego robić.\n\nBardzo przepraszamy.\nZespół sklepu Outdoor Szczyt",
   [], "Clean order problem confirming the amount adjustment, with [Ważne] in the subject.")

_m(4, "pl-PL", "additional-information", "text",
   "Pytanie do zamówienia {O} – grawer",
   "Dzień dobry,\n\ndziękujemy za zamówienie grawerowanej deski do krojenia (nr {O}). W polu personalizacji pojawiło się tylko słowo „Kowalscy” – czy pod nazwiskiem ma się znaleźć także data, np. „od 2026”? Jeśli tak, prosimy o jej podanie w odpowiedzi na tę wiadomość.\n\nBez informacji wygrawerujemy samo nazwisko w 4 dni robocze.\n\nPozdrawiamy\nGrawerownia Iskra, Bielsko-Biała",
   [], "Clean request for the personalisation detail needed to complete the order.")

_m(5, "pl-PL", "return-follow-up", "text",
   "Zwrot do zamówienia {O} – propozycja",
   "Szanowna Pani,\n\notrzymaliśmy zgłoszenie zwrotu lampy wiszącej z zamówienia {O} z powodu rysy na kloszu. Zanim Pani ją odeśle: możemy zaproponować częściowy zwrot w wysokości 60,00 zł, a lampa zostaje u Pani. Jeśli woli Pani zwrot pełny, proszę po prostu kontynuować zwrot – etykietę wygeneruje Amazon.\n\nProszę dać znać, którą opcję Pani wybiera.\n\nZ wyrazami szacunku\nJoanna Lis\nLumenika – oświetlenie do domu",
   [], "Clean return follow-up offering a partial refund.")

_m(6, "pl-PL", "return-follow-up", "html",
   "Zwrot {O} – brak numeru seryjnego",
   "<p>Dzień dobry Panie Tomaszu,</p>\n<p>paczka zwrotna z routerem z zamówienia <b>{O}</b> dotarła do nas 4 grudnia. Żeby zakończyć zwrot, potrzebujemy jednej informacji: w środku nie było karty z numerem seryjnym, a naklejka na spodzie urządzenia jest nieczytelna.</p>\n<p>Czy może Pan sprawdzić, czy karta nie została w domu, i podać nam widniejący na niej numer (zaczyna się od liter SN)? Wystarczy odpowiedź na tę wiadomość.</p>\n<p>Pozdrawiamy<br>Serwis zwrotów NetPunkt</p>",
   [], "Clean return follow-up asking for information needed to complete the return.")

_m(7, "pl-PL", "invoice", "text",
   "Faktura VAT do zamówienia {O}",
   "Dzień dobry,\n\nw załączniku przesyłamy fakturę VAT nr FV/2026/12/0318 do zamówienia {O}, wystawioną na dane firmy podane przy zakupie.\n\nSprzedawca:\nBIURMAX Sp. z o.o.\nul. Kolejowa 7, 50-416 Wrocław\nNIP 897-123-45-67\nREGON 021345678\nKRS 0000398765\n\nKwota brutto: 1 249,00 zł (w tym VAT 23%: 233,56 zł).\n\nZ poważaniem\nDział Księgowości BIURMAX",
   [], "Clean invoice with NIP, REGON, KRS and a slash-separated invoice number.")

_m(8, "pl-PL", "review-request", "text",
   "Twoja opinia o zamówieniu {O}",
   "Cześć,\n\nminął już tydzień, odkąd dotarły do Ciebie nasze ręcznie szyte poduszki lniane (zamówienie {O}). Jesteśmy małą pracownią z Łodzi i każda opinia na Amazonie pomaga nam zrozumieć, co robimy dobrze, a co możemy poprawić.\n\nJeśli znajdziesz chwilę, napisz recenzję produktu – niezależnie od tego, jak oceniasz zakup. Recenzję można dodać w zakładce „Twoje zamówienia”.\n\nAnia i Kasia\nLniany Zakątek",
   [], "Clean, neutral review request in plain text.")

_m(9, "pl-PL", "review-request", "html",
   "Prośba o opinię – zamówienie {O}",
   "<p><img src=\"https://m.media-amazon.com/images/S/brand/kawiarka-zywiec-logo.png\" alt=\"Logo sklepu Palarnia Żywiecka\" width=\"160\" height=\"48\"></p>\n<p>Dzień dobry,</p>\n<p>kawa z zamówienia {O} powinna być już u Pana od kilku dni. Będziemy wdzięczni za podzielenie się swoim zdaniem o produkcie z innymi klientami – każda szczera opinia, także krytyczna, jest dla nas cenna.</p>\n<p><a href=\"https://www.amazon.pl/review/create-review?asin=B0CK7PL123\">Napisz recenzję produktu na Amazon.pl</a></p>\n<p>Pozdrawiamy<br>Palarnia Żywiecka</p>",
   [], "Clean HTML review request with the shop logo (alt names the shop) and a descriptive https Amazon link.")

_m(10, "pl-PL", "delivery-scheduling", "text",
   "Termin dostawy szafy – zamówienie {O}",
   "Dzień dobry,\n\nszafa przesuwna 250 cm z zamówienia {O} waży z opakowaniem ok. 180 kg i przyjedzie do Państwa samochodem dostawczym z dwuosobową ekipą. Prosimy o wybór jednego z terminów:\n\n– wtorek, 15.12.2026, godz. 8:00–12:00\n– środa, 16.12.2026, godz. 12:00–16:00\n– piątek, 18.12.2026, godz. 16:00–20:00\n\nProsimy też o informację, czy w budynku jest winda i na którym piętrze jest mieszkanie.\n\nPozdrawiamy\nMeblotransport – dział logistyki sklepu Szafy Na Wymiar",
   [], "Clean delivery scheduling for a bulky wardrobe with dates and time slots.")

_m(11, "pl-PL", "home-service-appointment", "html",
   "Montaż zmywarki – wybór terminu ({O})",
   "<p>Dzień dobry,</p>\n<p>do zamówienia {O} wykupiła Pani usługę montażu zmywarki do zabudowy. Nasz instalator może przyjechać w jednym z poniższych terminów:</p>\n<ul>\n<li>czwartek 10 grudnia, 9:00–11:00</li>\n<li>piątek 11 grudnia, 13:00–15:00</li>\n<li>poniedziałek 14 grudnia, 10:00–12:00</li>\n</ul>\n<p>Prosimy o odpowiedź z wybranym terminem. Przed wizytą warto sprawdzić, czy przy szafce jest zawór wody i gniazdko.</p>\n<p>Pozdrawiamy<br>Ekipa Montażowa DomFix</p>",
   [], "Clean home-service appointment scheduling with time slots in HTML.")

_m(12, "pl-PL", "custom-design-verification", "text",
   "Projekt do akceptacji – zamówienie {O}",
   "Dzień dobry Panie Pawle,\n\nw załączniku przesyłam projekt tabliczki na drzwi (plik PDF), przygotowany na podstawie danych z zamówienia {O}: napis „Gabinet dr Nowak”, czcionka szeryfowa, mosiądz szczotkowany 20 × 8 cm.\n\nProszę sprawdzić pisownię i układ. Jeśli wszystko się zgadza, wystarczy krótkie „akceptuję” – wtedy tabliczka trafi do grawerowania. Poprawki też naniosę bez problemu.\n\nPozdrawiam\nRafał\nTabliczki Mosiężne RM",
   [], "Clean custom design verification with a PDF proof.")

_m(13, "pl-PL", "fulfillment-question", "text",
   "Dostawa zamówienia {O} – kod do bramy",
   "Dzień dobry,\n\nkurier zgłosił, że nie mógł wejść na teren osiedla przy ul. Lipowej, bo brama jest zamknięta na kod. Przesyłka z zamówienia {O} (numer przesyłki 6204551288302211, numer zlecenia DOS/4471/12) wróciła do oddziału.\n\nProsimy o podanie kodu do bramy lub wskazówki, jak kurier może się dostać pod klatkę – przekażemy je przy ponownym doręczeniu.\n\nPozdrawiamy\nZespół Sklepu Rowerowego Szprycha",
   [], "Clean door-code question with waybill and reference numbers.")

_m(14, "pl-PL", "reply", "text",
   "Re: Pytanie o zamówienie {O}",
   "Dzień dobry,\n\ndziękuję za pytanie. Zestaw „Garden Party Fairy Lights – Warm White 20 m” z Pani zamówienia {O} ma zasilacz z wtyczką europejską, więc nie potrzebuje Pani przejściówki. Angielska nazwa na pudełku wynika z tego, że producent sprzedaje ten sam model w kilku krajach.\n\nLampki można używać na zewnątrz – mają stopień ochrony IP44.\n\nPozdrawiam\nEwelina z Home & Garden Light",
   [], "Clean reply quoting an English product title inside Polish sentences.")

_m(15, "pl-PL", "reply", "text",
   "Re: Gwarancja – zamówienie {O}",
   "Dzień dobry,\n\nprzykro nam, że wiertarka udarowa z zamówienia {O} przestała działać po trzech tygodniach. Urządzenie jest objęte 24-miesięczną gwarancją producenta, a najszybciej naprawę załatwi serwis producenta.\n\nInfolinia gwarancyjna producenta (Makra Tools Polska): 801 300 412, pon.–pt. 8:00–16:00. Przy zgłoszeniu przyda się numer seryjny z tabliczki znamionowej.\n\nJeśli wolą Państwo zwrot w ramach Amazonu, również pomożemy.\n\nPozdrawiamy\nNarzędziownia Kraków",
   [], "Clean reply giving the manufacturer's warranty hotline, marked as such.")

_m(16, "pl-PL", "reply", "html",
   "Re: Dane do faktury – {O}",
   "<p>Dzień dobry,</p>\n<p>tak, możemy wystawić fakturę na firmę do zamówienia {O}. Prosimy o podanie w odpowiedzi nazwy firmy, adresu i numeru NIP – fakturę prześlemy tutaj, przez Amazon, w ciągu jednego dnia roboczego.</p>\n<p>Pozdrawiamy serdecznie<br>Katarzyna Wróbel</p>\n<p><small>Papiernia Wrzos Katarzyna Wróbel<br>ul. Ogrodowa 3/5, 87-100 Toruń<br>NIP 956-204-11-83, REGON 340912876<br>Pracujemy od poniedziałku do piątku, 9:00–17:00</small></p>",
   [], "Clean reply with a company-details footer and no contact data.")

_m(17, "pl-PL", "reply", "text",
   "Re: Gdzie jest moja paczka? {O}",
   "Dzień dobry,\n\nsprawdziliśmy zamówienie {O}. Paczka ma numer śledzenia 00340434161094212345 i według systemu przewoźnika 07.12.2026 o 14:35 trafiła do punktu odbioru przy ul. Długiej 12. Czeka tam do 14.12.2026.\n\nCo do zwrotu drugiego produktu: numer zwrotu RMA-2026-0917 jest aktywny, a po przyjęciu paczki odeślemy 89,99 zł w ciągu 48 godzin.\n\nPozdrawiamy\nObsługa klienta Elektro-Punkt",
   [], "Clean reply with tracking and return numbers, dates, times and amounts.")

# ---------------- violations ----------------
_m(18, "pl-PL", "fulfillment-question", "text",
   "Zamówienie {O} w drodze",
   "Dzień dobry,\n\nmiło nam poinformować, że paczka z zamówienia {O} opuściła dziś rano nasz magazyn w Gliwicach i została przekazana firmie kurierskiej. Zwykle dociera w 1–2 dni robocze.\n\nPozdrawiamy\nSklep Akwarystyczny Nemo",
   ["BSM201"], "Shipping confirmation: the parcel left the warehouse and was handed to the courier.")

_m(19, "pl-PL", "additional-information", "html",
   "Potwierdzenie – {O}",
   "<p>Dzień dobry Pani Marto,</p>\n<p>Pani zamówienie {O} dotarło do nas i jest już kompletowane – nasi pracownicy właśnie pakują wełnę i druty. Dbamy o to, by wszystko było starannie zabezpieczone.</p>\n<p>Serdeczności<br>Włóczkowo</p>",
   ["BSM201"], "Order confirmation: the order was received and is being packed.")

_m(20, "pl-PL", "reply", "text",
   "Dziękujemy! {O}",
   "Dzień dobry,\n\nserdecznie dziękujemy za zakupy w naszym sklepie (zamówienie {O}). Bardzo nam miło, że nam Pan zaufał!\n\nZespół Herbaciarni Czajnik",
   ["BSM202"], "Thanks-only message.")

_m(21, "pl-PL", "fulfillment-question", "text",
   "Zamówienie {O}",
   "Dzień dobry,\n\ngdyby przy zamówieniu {O} cokolwiek poszło nie tak – uszkodzona paczka, brakujący element czy inny kłopot – jesteśmy do Pani dyspozycji i chętnie pomożemy.\n\nPozdrawiamy\nDom Kołder",
   ["BSM202"], "Only an offer to help if a problem comes up.")

_m(22, "pl-PL", "delivery-delay", "text",
   "Krótkie opóźnienie – zamówienie {O}",
   "Dzień dobry,\n\nbuty trekkingowe z zamówienia {O} wyślemy 14 grudnia zamiast 10 grudnia, ponieważ czekamy na dostawę rozmiaru 44 od producenta. Przepraszamy za zwłokę.\n\nPozdrawiamy\nGórski Sklep Halny\n\nPS Do końca miesiąca cały asortyment kupi Pan u nas 20% taniej – wystarczy w koszyku wpisać hasło HALNY20.",
   ["BSM203"], "Permitted delay with a discount code promotion in the P.S.")

_m(23, "pl-PL", "reply", "html",
   "Re: Rozmiar sukienki – {O}",
   "<p>Dzień dobry,</p>\n<p>sukienka z zamówienia {O} jest szyta na wymiar w rozmiarze 38, więc długość 105 cm liczona jest od ramienia. Jeśli będzie za długa, skrócimy ją bezpłatnie.</p>\n<p>Zapraszamy też do obserwowania naszego profilu na Instagramie i zapisania się na newsletter – już w styczniu pokażemy nową kolekcję wiosenną.</p>\n<p>Marcelina<br>Atelier Marcelina</p>",
   ["BSM203"], "Reply that invites the buyer to follow the shop, join the newsletter and see a new collection.")

_m(24, "pl-PL", "review-request", "text",
   "Jak się sprawdza? {O}",
   "Dzień dobry,\n\nmamy nadzieję, że nowe słuchawki z zamówienia {O} dobrze się sprawują. Będzie nam miło, jeśli opisze Pan swoje wrażenia w recenzji na Amazonie.\n\nGdy tylko recenzja się pojawi, proszę dać nam znać – w podziękowaniu wyślemy mały upominek od naszego sklepu.\n\nPozdrawiamy\nAudioFan",
   ["BSM204"], "Small gift promised once the review is published.")

_m(25, "pl-PL", "review-request", "html",
   "Opinia a zwrot pieniędzy – {O}",
   "<p>Szanowna Pani,</p>\n<p>wiemy, że krem z zamówienia {O} nie spełnił w pełni Pani oczekiwań. Proponujemy następujące rozwiązanie: po opublikowaniu recenzji produktu na Amazonie oddamy Pani całą zapłaconą kwotę, a produkt może Pani zatrzymać.</p>\n<p>Pozdrawiamy<br>Naturalne Kosmetyki Leśna Polana</p>",
   ["BSM204"], "Full refund promised as soon as the review is online.")

_m(26, "pl-PL", "reply", "text",
   "Re: Reklamacja – zamówienie {O}",
   "Dzień dobry,\n\nnowy kabel zasilający do zamówienia {O} został już Panu dosłany i mamy nadzieję, że problem jest rozwiązany.\n\nSkoro sprawa się wyjaśniła, czy mógłby Pan zajrzeć do swojej opinii z jedną gwiazdką i ją zaktualizować albo usunąć? Dla małego sklepu taka ocena to spory cios.\n\nZ pozdrowieniami\nKomputerowo.pl",
   ["BSM205"], "Asks the buyer to update or remove a one-star review.")

_m(27, "pl-PL", "review-request", "text",
   "Zamówienie {O} – Twoje zdanie",
   "Cześć!\n\nJeżeli jesteś zadowolona z puzzli z zamówienia {O}, zostaw proszę recenzję na Amazonie. A jeśli coś Ci się nie spodobało, nie pisz recenzji, tylko odezwij się najpierw do nas – wszystko naprawimy.\n\nPuzzlownia",
   ["BSM206"], "Asks only satisfied buyers to review and steers unhappy ones to the seller.")

_m(28, "pl-PL", "review-request", "html",
   "Prośba – zamówienie {O}",
   "<p>Dzień dobry,</p>\n<p>od dostarczenia zestawu garnków z zamówienia {O} minął tydzień. Jesteśmy rodzinną firmą i bardzo liczymy na Pana wsparcie: pięć gwiazdek w recenzji na Amazonie ogromnie nam pomoże.</p>\n<p>Dziękujemy<br>Rodzinna Manufaktura Emalii</p>",
   ["BSM206"], "Asks for a five-star rating.")

_m(29, "pl-PL", "order-problem", "text",
   "Brak towaru – zamówienie {O}",
   "Dzień dobry,\n\nniestety drukarka 3D z zamówienia {O} została wyprzedana, zanim zdążyliśmy ją spakować. Kwotę zamówienia skorygowaliśmy w Seller Central z powodem braku towaru.\n\nŻeby sprawa zamknęła się najszybciej, najlepiej będzie, jeśli sam Pan anuluje zamówienie w swoim koncie na Amazonie.\n\nPrzepraszamy\nDruk3D Serwis",
   ["BSM108"], "Adjustment confirmed, but advises the buyer to cancel the order himself.")

_m(30, "pl-PL", "order-problem", "html",
   "Zamówienie {O} – problem z dostępnością",
   "<p>Dzień dobry,</p>\n<p>okazało się, że kolorowy zestaw farb akwarelowych z zamówienia {O} nie jest już dostępny u naszego hurtownika.</p>\n<p>Bylibyśmy bardzo wdzięczni, gdyby zechciała Pani złożyć prośbę o anulowanie zamówienia – wtedy wszystko załatwimy od ręki.</p>\n<p>Pozdrawiamy<br>Artystyczna Szuflada</p>",
   ["BSM107", "BSM108"], "Asks for a cancellation request and does not confirm any amount adjustment.")

_m(31, "pl-PL", "delivery-delay", "text",
   "Opóźnienie – {O}",
   "Dzień dobry,\n\nprzesyłka z zamówienia {O} wyjdzie od nas 9 grudnia, a nie 7 grudnia – czekamy na dostawę kartonów w nietypowym rozmiarze. Przepraszamy.\n\nSklep Modelarski Kadłub\n\nNie chcesz otrzymywać od nas takich wiadomości? Odpisz STOP, a usuniemy Cię z listy.",
   ["BSM305"], "Delay message with a reply-STOP opt-out line.")

_m(32, "pl-PL", "reply", "text",
   "Re: Uszkodzona paczka {O}",
   "Dzień dobry,\n\nzdjęcia, które Pan przysłał, mówią wszystko – ten pieprzony kurier znowu rzucał paczkami jak worek kartofli, do cholery. Nowy zestaw talerzy do zamówienia {O} wyślemy jutro, a ze zwrotem uszkodzonych nie musi się Pan fatygować.\n\nPozdrawiam\nMirek, Porcelana Ćmielów Outlet",
   ["BSM306"], "Reply containing Polish profanity.")

_m(33, "pl-PL", "delivery-delay", "text",
   "Delivery update for order {O}",
   "Hello,\n\nunfortunately your order {O} will be dispatched a few days later than planned, on 12 December. Our supplier of the leather straps had a production issue. We apologise for the inconvenience.\n\nKind regards,\nWatchBand Studio",
   ["BSM104"], "Message to a Polish buyer written entirely in English.")

_m(34, "pl-PL", "additional-information", "text",
   "Zamówienie {O} – potrzebny numer mieszkania",
   "Dzień dobry,\n\nw adresie dostawy zamówienia {O} brakuje numeru mieszkania, a przesyłka z akwarium 120 l musi zostać wniesiona pod drzwi. Proszę o podanie numeru lokalu.\n\nW razie pytań proszę dzwonić: 512 384 906 (jestem dostępny do 18:00).\n\nPozdrawiam\nKrzysztof, AkwaDom",
   ["BSM309"], "Seller's Polish mobile number in national format.")

_m(35, "pl-PL", "reply", "html",
   "Re: Montaż karnisza – {O}",
   "<p>Dzień dobry,</p>\n<p>do karnisza z zamówienia {O} dołączyliśmy kołki do betonu; do płyty g-k potrzebne są kołki motylkowe, które można kupić w każdym markecie budowlanym.</p>\n<p>Pozdrawiamy<br>Dekor-Okno</p>\n<p><small>Biuro: +48 22 614 37 80</small></p>",
   ["BSM309"], "Seller's office number in international format in the footer.")

_m(36, "pl-PL", "return-follow-up", "text",
   "Zwrot – {O}",
   "Dzień dobry,\n\nżeby dokończyć zwrot z zamówienia {O}, potrzebujemy zdjęcia uszkodzonego narożnika ramy. Proszę wysłać je na adres zwroty@ramki-galeria.pl, w temacie wpisując nazwisko.\n\nZ poważaniem\nRamki Galeria",
   ["BSM308"], "Plain email address in a return follow-up.")

_m(37, "pl-PL", "reply", "text",
   "Re: Instrukcja – {O}",
   "Dzień dobry,\n\ninstrukcja w języku polskim do robota kuchennego z zamówienia {O} jest w przygotowaniu. Najszybciej prześlę ją mailem – proszę napisać na biuro małpa kuchniamistrza kropka pl, odeślę plik jeszcze tego samego dnia.\n\nPozdrawiam\nAdam, Kuchnia Mistrza",
   ["BSM308"], "Obfuscated email address written with 'małpa' and 'kropka'.")

_m(38, "pl-PL", "custom-design-verification", "html",
   "Projekt kubka – {O}",
   "<p>Dzień dobry,</p>\n<p>w załączniku projekt nadruku na kubek z zamówienia {O}. Prosimy o akceptację albo uwagi w odpowiedzi.</p>\n<p>Inne wzory i gotowe szablony znajdzie Pani w naszym sklepie: <a href=\"https://www.kubkowo-druk.pl/wzory\">galeria wzorów Kubkowo</a>.</p>\n<p>Pozdrawiamy<br>Kubkowo</p>",
   ["BSM302"], "Descriptive https link to the seller's own site, not needed for the order.")

_m(39, "pl-PL", "review-request", "html",
   "Zamówienie {O} – recenzja",
   "<p>Dzień dobry,</p>\n<p>mamy nadzieję, że mata do jogi z zamówienia {O} dobrze służy. Jeśli ma Pani ochotę, prosimy o szczerą recenzję produktu.</p>\n<p><a href=\"http://www.amazon.pl/gp/your-account/order-history\">Przejdź do swoich zamówień na Amazon.pl</a></p>\n<p>Pozdrawiamy<br>Joga-Sklep Prana</p>",
   ["BSM301"], "Descriptive link to Amazon over plain http.")

_m(40, "pl-PL", "delivery-delay", "html",
   "Opóźnienie – {O}",
   "<p>Dzień dobry,</p>\n<p>fotel biurowy z zamówienia {O} wyślemy 16 grudnia zamiast 11 grudnia. Przepraszamy za opóźnienie.</p>\n<p><img src=\"https://cdn.ergomeble.pl/produkty/fotel-ergo-pro-czarny.jpg\" alt=\"Fotel biurowy Ergo Pro, czarny\" width=\"300\" height=\"300\"></p>\n<p>Pozdrawiamy<br>ErgoMeble</p>",
   ["BSM310"], "Image of the purchased product.")

_m(41, "pl-PL", "invoice", "html",
   "Faktura – zamówienie {O}",
   "<p>Dzień dobry,</p>\n<p>w załączniku przesyłamy fakturę nr 2026/12/77 do zamówienia {O}.</p>\n<p><img src=\"https://cdn.slodkaspizarnia.pl/grafiki/choinka-swieta.jpg\" alt=\"Choinka z bombkami\" width=\"240\" height=\"240\"></p>\n<p>Wesołych Świąt!<br>Słodka Spiżarnia</p>",
   ["BSM311"], "Unrelated stock image (a Christmas tree) in an invoice message.")

_m(42, "pl-PL", "delivery-scheduling", "html",
   "Dostawa lodówki – {O}",
   "<p><img src=\"https://m.media-amazon.com/images/S/brand/chlodmax-logo.png\" alt=\"\" width=\"150\" height=\"40\"></p>\n<p>Dzień dobry,</p>\n<p>lodówkę side-by-side z zamówienia {O} możemy dowieźć 17.12.2026 w godz. 10:00–14:00 albo 18.12.2026 w godz. 14:00–18:00. Prosimy o wybór terminu.</p>\n<p>Pozdrawiamy<br>ChłodMax</p>",
   ["BSM402"], "Shop logo with an empty alt attribute.")

_m(43, "pl-PL", "reply", "text",
   "Re: Czy pasuje? {O}",
   "Hej!\n\nTak, etui z zamówienia {O} pasuje do modelu z 2025 roku, sprawdziłam osobiście na swoim telefonie 📱 Magnesy trzymają mocno, więc spokojnie 👍\n\nOla z CaseLove",
   ["BSM403"], "Reply with emoji.")

_m(44, "pl-PL", "additional-information", "text",
   "Zamówienie {O} – kolor nici",
   "Dzień dobry,\n\nw zamówieniu {O} wybrała Pani haft imienny, ale nie zaznaczyła koloru nici. Złoty czy srebrny? Proszę o krótką odpowiedź :)\n\nHaftownia Igiełka",
   ["BSM403"], "Information request with a text emoticon.")

_m(45, "pl-PL", "delivery-delay", "html",
   "Nowy termin wysyłki – {O}",
   "<style>\nh1 { font-size: 26px; }\nh2 { font-size: 20px; }\n.info { font-size: 15px; }\n.stopka { font-size: 11px; }\n</style>\n<h1>Nowy termin wysyłki</h1>\n<h2>Zamówienie {O}</h2>\n<p class=\"info\">Rolety dzień-noc szyte na wymiar wyślemy 18 grudnia – nasza szwalnia ma w grudniu wyjątkowo dużo zleceń.</p>\n<p>Przepraszamy za opóźnienie.</p>\n<p class=\"stopka\">Rolety Słoneczko s.c., ul. Fabryczna 2, 42-200 Częstochowa</p>",
   ["BSM410"], "Four explicit font sizes set in a style block.")

_m(46, "pl-PL", "delivery-scheduling", "text",
   "Dostawa kanapy – {O}",
   "Dzień dobry,\n\nkanapę z zamówienia {O} możemy przywieźć w poniedziałek 14.12 między 8 a 12 albo we wtorek 15.12 między 12 a 16.\n\n\nProszę o wybór terminu.\n\n\nPozdrawiamy\nSofa-Trans",
   ["BSM412"], "Plain text with runs of two blank lines.")

_m(47, "pl-PL", "review-request", "text",
   "[Ważne] Oceń swój zakup – {O}",
   "Dzień dobry,\n\nod dostawy zestawu klocków z zamówienia {O} minęło kilka dni. Jeżeli ma Pan chwilę, prosimy o recenzję produktu na Amazonie – przyda się innym rodzicom.\n\nPozdrawiamy\nKlockoland",
   ["BSM110"], "[Ważne] in the subject of a review request.")

_m(48, "pl-PL", "reply", "html",
   "Re: Tabela rozmiarów – {O}",
   "<p>Dzień dobry,</p>\n<p>tabelę rozmiarów rękawic z zamówienia {O} znajdzie Pan na stronie produktu na Amazonie – <a href=\"https://www.amazon.pl/dp/B0D4RKAW12\">kliknij tutaj</a>.</p>\n<p>Pozdrawiamy<br>Moto-Rękawice</p>",
   ["BSM401"], "Amazon link with the text 'kliknij tutaj'.")

# ---------------- varying ----------------
_m(49, "pl-PL", "delivery-delay", "html",
   "Opóźnienie zamówienia {O}",
   "<div style=\"font-family: Verdana, sans-serif; line-height: 1.8; color: #3a3a3a; text-align: center;\">\n<p>Dzień dobry,</p>\n<p>zamówiony przez Pana zegar ścienny (zamówienie {O}) wyślemy 15 grudnia zamiast 9 grudnia – czekamy na mechanizmy od dostawcy.</p>\n<p>Przepraszamy za zwłokę.<br>Zegarmistrz Tykacz</p>\n</div>",
   ["BSM407", "BSM408", "BSM409", "BSM411"], "Builder styles: font family, line height, colour and centred body.")

_m(50, "pl-PL", "additional-information", "text",
   "Pytanie o adres dostawy",
   "Dzień dobry,\n\nw zamówieniu 65748213906621457 kod pocztowy nie pasuje do miejscowości (00-950 a miejscowość Kielce). Proszę o potwierdzenie, który adres jest poprawny, zanim nadamy paczkę z kalendarzem adwentowym.\n\nPozdrawiamy\nCzekoladziarnia Pod Wawelem",
   ["BSM102"], "Order number written without hyphens only.", order="657-4821390-6621457")
