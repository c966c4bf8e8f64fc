"""v27 blind evaluation set: Polish (pl-PL), 50 messages."""
import hashlib

LANG = "pl"
LOCALE = "pl-PL"


def _oid(n):
    d = str(int(hashlib.sha256(f"v27-pl-order-{n}".encode()).hexdigest(), 16))
    return f"587-{d[:7]}-{d[7:14]}"


O = {n: _oid(n) for n in range(1, 51)}
MESSAGES = []


def _m(n, typ, fmt, subject, body, expected, note):
    MESSAGES.append({
        "id": f"v27-pl-{n:03d}", "language": LANG, "locale": LOCALE, "type": typ,
        "format": fmt, "subject": subject, "body": body, "order_id": O[n],
        "expected": sorted(expected), "note": note,
    })


# ---------------------------------------------------------------- clean (17)
_m(1, "delivery-delay", "text", f"Opóźnienie wysyłki – zamówienie {O[1]}",
   f"Dzień dobry Pani Agnieszko,\n\n"
   f"piszę w sprawie zamówienia {O[1]} (poszewki lniane 50x60, kolor szałwiowy). Tkanina z tej partii "
   f"dotarła do nas z tygodniowym poślizgiem, więc szycie ruszyło dopiero wczoraj. Paczka wyjdzie "
   f"najpóźniej w czwartek 17.12.2026, a nie – jak podawaliśmy przy ofercie – 11 grudnia.\n\n"
   f"Przepraszamy za zwłokę. Jeśli termin jest dla Pani problemem, proszę dać znać w odpowiedzi na tę wiadomość.\n\n"
   f"Pozdrawiam serdecznie\nMirosława Kanik\nPracownia Lniana Mira, Łódź",
   [], "Plain-text delivery delay with a new dispatch date; clean.")

_m(2, "delivery-delay", "html", f"Zamówienie {O[2]}: nowy termin realizacji",
   f"<p>Szanowny Panie,</p>"
   f"<p>uprzejmie informujemy, że realizacja zamówienia <strong>{O[2]}</strong> "
   f"(stojak na rowery ścienny RW-4, 2 szt.) potrwa dłużej niż zakładaliśmy. Producent profili stalowych "
   f"przesunął dostawę materiału.</p>"
   f"<table><tr><td>Pierwotny termin wysyłki:</td><td>09.12.2026</td></tr>"
   f"<tr><td>Nowy termin wysyłki:</td><td>21.12.2026</td></tr></table>"
   f"<p>Bardzo przepraszamy za niedogodność.</p>"
   f"<p>Z poważaniem<br>Dział Obsługi Klienta<br>Rowerownia Stal-Bike s.c.</p>",
   [], "HTML delivery delay with a table of old and new dates, no styles; clean.")

_m(3, "order-problem", "text", f"[Ważne] Brak towaru – zamówienie {O[3]}",
   f"Dzień dobry,\n\nz przykrością informujemy, że nie możemy wysłać zamówienia {O[3]} – czajnik "
   f"żeliwny „Hokkaido” 0,8 l wyprzedał się w hurtowni, a nowej dostawy nie będzie przed lutym.\n\n"
   f"Kwota zamówienia (219,00 zł) została już skorygowana w Amazon z powodu braku towaru na stanie, "
   f"więc pieniądze wrócą na Pana/Pani konto zgodnie z zasadami płatności Amazon.\n\n"
   f"Przepraszamy za kłopot.\nZespół Herbaciarni Pod Lipą",
   [], "Order problem confirming the amount was adjusted for no inventory; [Ważne] allowed on this type.")

_m(4, "additional-information", "text", f"Pytanie do zamówienia {O[4]} – grawer",
   f"Witam,\n\ndziękuję za zamówienie {O[4]}. Żeby przygotować grawer na desce do krojenia, potrzebuję "
   f"jeszcze treści napisu (maks. 25 znaków) i informacji, czy ma być pismem prostym czy ozdobnym.\n\n"
   f"Bez tych danych nie mogę rozpocząć pracy. Wystarczy krótka odpowiedź na tę wiadomość.\n\n"
   f"Pozdrawiam\nTomek z Warsztatu Dębowa Deska",
   [], "Request for engraving text needed to complete the order; clean.")

_m(5, "return-follow-up", "text", f"Zwrot do zamówienia {O[5]} – propozycja",
   f"Dzień dobry Panie Krzysztofie,\n\notrzymaliśmy zgłoszenie zwrotu dla zamówienia {O[5]} (kurtka "
   f"softshell, rozm. L) z uwagą o przetartym szwie przy kieszeni.\n\nJeśli woli Pan zatrzymać kurtkę, "
   f"możemy zaproponować częściowy zwrot w wysokości 60,00 zł. Gdyby jednak wolał Pan odesłać towar, "
   f"zwrot zostanie przeprowadzony w całości po jego otrzymaniu – proszę tylko napisać, którą opcję Pan wybiera.\n\n"
   f"Pozdrawiamy\nKasia i Bartek\nOutdoorowo",
   [], "Return follow-up offering a partial refund; clean.")

_m(6, "return-follow-up", "text", f"Re: zwrot {O[6]}",
   f"Dzień dobry,\n\nw sprawie zwrotu z zamówienia {O[6]}: w paczce były dwie pary słuchawek, a zwrot "
   f"zgłoszono dla jednej. Czy mogłaby Pani potwierdzić, którą parę (czarną czy białą) Pani odsyła? "
   f"Bez tego nie zamkniemy zwrotu w systemie.\n\nDziękuję i pozdrawiam,\nJoanna Wróbel\nSpecjalistka ds. zwrotów, "
   f"AudioPunkt",
   [], "Return follow-up asking which item is being returned; clean.")

_m(7, "invoice", "html", f"Faktura VAT do zamówienia {O[7]}",
   f"<p>Dzień dobry,</p>"
   f"<p>w załączniku przesyłamy fakturę VAT nr <strong>FV/2026/12/0347</strong> do zamówienia {O[7]}.</p>"
   f"<p>Sprzedawca: MEBLOWY ZAKĄTEK Sp. z o.o.<br>ul. Fabryczna 12, 43-300 Bielsko-Biała<br>"
   f"NIP 547-213-88-04, REGON 380214557<br>KRS 0000713355, Sąd Rejonowy w Bielsku-Białej</p>"
   f"<p>Kwota brutto: 1 349,00 zł (w tym VAT 23%: 252,26 zł).</p>"
   f"<p>Pozdrawiamy<br>Księgowość Meblowego Zakątka</p>",
   [], "Invoice with NIP/REGON/KRS and slash-separated invoice number; none is a phone number; clean.")

_m(8, "review-request", "text", f"Zamówienie {O[8]} – Twoja opinia",
   f"Cześć Marto,\n\nminął już ponad tydzień od dostawy Twojego zamówienia {O[8]} (zestaw pędzli "
   f"akwarelowych). Jeżeli masz chwilę, napisz proszę na Amazon, jak się sprawdzają – każda opinia "
   f"pomaga innym kupującym wybrać.\n\nDzięki!\nOla\nAkwarelownia",
   [], "Neutral plain-text review request; clean.")

_m(9, "review-request", "html", f"Prośba o opinię – {O[9]}",
   f"<p><img src=\"https://m.media-amazon.com/images/S/brand-logos/ceramika-zofia-logo.png\" "
   f"alt=\"Logo Ceramika Zofia\" width=\"160\" height=\"60\"></p>"
   f"<p>Dzień dobry,</p>"
   f"<p>mamy nadzieję, że kubki z zamówienia {O[9]} dotarły całe. Będziemy wdzięczni za kilka słów "
   f"o nich w recenzji – zarówno o tym, co się podoba, jak i o tym, co moglibyśmy zrobić lepiej.</p>"
   f"<p><a href=\"https://www.amazon.pl/review/create-review?asin=B0CZ7K2M4Q\">Napisz opinię o kubkach na Amazon.pl</a></p>"
   f"<p>Pozdrawiamy z pracowni<br>Zofia Lis<br>Ceramika Zofia, Bolesławiec</p>",
   [], "HTML review request with shop logo (alt names shop) and descriptive https Amazon link; clean.")

_m(10, "delivery-scheduling", "text", f"Dostawa szafy – zamówienie {O[10]}",
   f"Dzień dobry Panie Pawle,\n\nszafa przesuwna z zamówienia {O[10]} waży 148 kg i przyjedzie z naszym "
   f"przewoźnikiem paletowym, który wnosi ją do mieszkania. Mamy wolne okna:\n\n"
   f"- wtorek 15.12.2026, 8:00–12:00\n- wtorek 15.12.2026, 12:00–16:00\n- czwartek 17.12.2026, 10:00–14:00\n\n"
   f"Proszę wybrać jeden termin i podać piętro oraz informację, czy w budynku jest winda.\n\n"
   f"Z poważaniem\nDawid Sowa, koordynator dostaw\nMeble Sowa",
   [], "Delivery scheduling for a bulky item with dates and time windows; clean.")

_m(11, "home-service-appointment", "html", f"Montaż zmywarki – termin wizyty ({O[11]})",
   f"<p>Dzień dobry,</p><p>do zamówienia {O[11]} dołączona jest usługa montażu zmywarki. "
   f"Nasz instalator może przyjechać:</p>"
   f"<ul><li>poniedziałek, 14 grudnia, między 9:00 a 11:00</li><li>środa, 16 grudnia, między 13:00 a 15:00</li></ul>"
   f"<p>Prosimy o odpowiedź z wybranym terminem. Przed wizytą warto zwolnić miejsce pod zlewem.</p>"
   f"<p>Pozdrawiamy<br>Serwis Montażowy AGD-Fix</p>",
   [], "Home-service appointment with two slots; clean.")

_m(12, "custom-design-verification", "text", f"Projekt do akceptacji – {O[12]}",
   f"Dzień dobry,\n\nw załączniku (projekt_tabliczka_{O[12][-4:]}.pdf) przesyłam wizualizację tabliczki "
   f"na drzwi z napisem „Państwo Nowakowie”. Proszę sprawdzić pisownię i układ – po akceptacji "
   f"przekazujemy projekt do cięcia laserem.\n\nZamówienie: {O[12]}\n\nPozdrawiam\nIwona Gałka\nGrafik, LaserDeko",
   [], "Custom design proof attached for approval; clean.")

_m(13, "fulfillment-question", "text", f"Kod do bramy – zamówienie {O[13]}",
   f"Dzień dobry,\n\nkurier zgłosił, że nie mógł wejść na teren osiedla przy ul. Lipowej 7 (przesyłka "
   f"nr 00340434161094022115 do zamówienia {O[13]}). Czy może Pani podać kod do bramy albo numer lokalu "
   f"z domofonu? Przekażemy go przewoźnikowi przy ponownej próbie doręczenia (zlecenie nr DOR/12/5521).\n\n"
   f"Pozdrawiam\nBiuro Obsługi, Sklep Ogrodowy Zielona Grządka",
   [], "Door-code question with parcel and job reference numbers (not phone numbers); clean.")

_m(14, "reply", "text", f"Re: pytanie o kolor – {O[14]}",
   f"Dzień dobry,\n\ndziękujemy za pytanie. Model „Nordic Dusk Throw Blanket” z zamówienia {O[14]} "
   f"ma kolor grafitowy z lekko niebieskim odcieniem – na zdjęciach w ofercie wygląda nieco jaśniej. "
   f"Skład: 70% bawełna, 30% akryl, wymiary 130 x 170 cm.\n\nPozdrawiamy\nAnna, Home & Hygge Studio",
   [], "Reply quoting an English product title and shop name inside Polish sentences; clean.")

_m(15, "reply", "text", f"Re: gwarancja wiertarki – zamówienie {O[15]}",
   f"Dzień dobry Panie Marku,\n\nw przypadku usterki wiertarki z zamówienia {O[15]} najszybciej pomoże "
   f"serwis producenta. Infolinia gwarancyjna producenta (Makita Polska): 12 658 55 00, pon.–pt. 8:00–16:00.\n\n"
   f"Karta gwarancyjna jest w pudełku; przy zgłoszeniu przyda się numer seryjny z tabliczki znamionowej.\n\n"
   f"Pozdrawiam\nGrzegorz Pietrzak\nNarzędziownia Pietrzak",
   [], "Reply giving the manufacturer's warranty hotline marked as such (BSM309 exception); clean.")

_m(16, "reply", "html", f"Re: dane do faktury, zamówienie {O[16]}",
   f"<p>Dzień dobry,</p><p>oczywiście – fakturę do zamówienia {O[16]} wystawimy na firmę. Proszę tylko "
   f"odpisać z pełną nazwą firmy i numerem NIP.</p>"
   f"<p>Pozdrawiam<br>Ewelina Duda<br>Obsługa klienta</p>"
   f"<p><small>TechNest Sp. z o.o., ul. Poznańska 88/4, 60-185 Poznań<br>NIP 779-245-61-03 · "
   f"REGON 364118290 · KRS 0000612007<br>Kapitał zakładowy 50 000,00 zł</small></p>",
   [], "Reply with a company-details footer in <small>; clean.")

_m(17, "reply", "text", f"Re: status zwrotu {O[17]}",
   f"Dzień dobry,\n\nPani zwrot do zamówienia {O[17]} dotarł do nas 03.12.2026 o 11:42 (numer przesyłki "
   f"zwrotnej 520113014230431025879041, numer zwrotu ZW/2026/1184). Zwrot 89,90 zł zleciliśmy "
   f"04.12.2026; kwota 12,99 zł za wysyłkę nie podlegała zwrotowi, bo wybrała Pani droższą opcję dostawy.\n\n"
   f"Pozdrawiam\nMagda, Butik Wełniany",
   [], "Reply with tracking and return numbers, dates, times and amounts; clean.")

# ---------------------------------------------------------- violations (31)
_m(18, "fulfillment-question", "text", f"Zamówienie {O[18]} w drodze",
   f"Dzień dobry,\n\nmiło nam poinformować, że paczka z zamówieniem {O[18]} opuściła dziś rano nasz "
   f"magazyn i została przekazana kurierowi DPD. Spodziewana dostawa: jutro.\n\nPozdrawiamy\nZespół KabelMax",
   ["BSM201"], "Shipment confirmation: parcel left the warehouse and was handed to the courier.")

_m(19, "fulfillment-question", "html", f"Mamy Twoje zamówienie {O[19]}!",
   f"<p>Hej!</p><p>Twoje zamówienie {O[19]} właśnie do nas wpadło i już je kompletujemy. "
   f"Damy znać, gdyby coś było nie tak.</p><p>Ekipa Skarpetkowo</p>",
   ["BSM201"], "Order confirmation: order received and being prepared.")

_m(20, "fulfillment-question", "text", f"Dziękujemy! ({O[20]})",
   f"Dzień dobry,\n\nserdecznie dziękujemy za zakupy w naszym sklepie (zamówienie {O[20]}). "
   f"Bardzo to doceniamy.\n\nPozdrawiamy\nEko-Mydlarnia Lawenda",
   ["BSM202"], "Thank-you-only message.")

_m(21, "fulfillment-question", "text", f"Zamówienie {O[21]}",
   f"Dzień dobry,\n\ngdyby cokolwiek z zamówieniem {O[21]} było nie tak – jesteśmy do dyspozycji. "
   f"Wystarczy napisać.\n\nJacek\nSklep Wędkarski Szczupak",
   ["BSM202"], "Only an offer to help if a problem comes up.")

_m(22, "delivery-delay", "text", f"Drobne opóźnienie – {O[22]}",
   f"Dzień dobry,\n\nzamówienie {O[22]} (lampka biurkowa LED) wyślemy w poniedziałek 14.12.2026 zamiast "
   f"w piątek – czekamy na zasilacze od dostawcy. Przepraszamy.\n\nPozdrawiamy\nLumenka\n\n"
   f"PS Do końca grudnia cały asortyment Lumenki kupi Pan 20% taniej.",
   ["BSM203"], "Otherwise permitted delay with a P.S. promoting 20% off the whole range.")

_m(23, "review-request", "html", f"Jak się sprawdza plecak? ({O[23]})",
   f"<p>Cześć,</p><p>jeśli masz chwilę, podziel się opinią o plecaku z zamówienia {O[23]} na Amazon.</p>"
   f"<p>A już w styczniu startujemy z nową kolekcją wiosenną – obserwuj nas na Instagramie (Tramp Bags) "
   f"i zapisz się do naszego newslettera, żeby niczego nie przegapić.</p><p>Tramp Bags</p>",
   ["BSM203"], "Review request mixed with follow-us, newsletter and new collection promotion.")

_m(24, "review-request", "text", f"Mała prośba – zamówienie {O[24]}",
   f"Dzień dobry,\n\nbylibyśmy wdzięczni za recenzję ekspresu z zamówienia {O[24]}. Gdy opinia pojawi "
   f"się na Amazon, prześlemy Pani w podziękowaniu małą niespodziankę – paczkę naszej kawy.\n\n"
   f"Palarnia Kawy Ziarenko",
   ["BSM204"], "Small gift promised once the review is published.")

_m(25, "review-request", "text", f"Zamówienie {O[25]} – recenzja",
   f"Witam,\n\nproszę o wystawienie recenzji produktu z zamówienia {O[25]}. Zaraz po tym, jak recenzja "
   f"będzie widoczna, zwrócimy Panu całą kwotę za zakup.\n\nPozdrawiam\nGadżetowo",
   ["BSM204"], "Full refund promised once the review is online.")

_m(26, "reply", "text", f"Re: reklamacja {O[26]}",
   f"Dzień dobry Pani Renato,\n\ncieszę się, że wymiana suszarki z zamówienia {O[26]} poszła sprawnie "
   f"i wszystko już działa. Skoro sprawa jest załatwiona, czy mogłaby Pani zaktualizować albo usunąć "
   f"opinię z jedną gwiazdką?\n\nPozdrawiam\nŁukasz, AGD Komfort",
   ["BSM205"], "Asks the buyer to update or remove a one-star review.")

_m(27, "review-request", "text", f"Czy jest Pan zadowolony? {O[27]}",
   f"Dzień dobry,\n\njeśli fotelik z zamówienia {O[27]} spełnia Pana oczekiwania, prosimy o opinię na "
   f"Amazon. Jeżeli jednak coś jest nie tak, proszę zamiast recenzji napisać najpierw do nas – "
   f"wszystko wyjaśnimy.\n\nZespół BabyRide",
   ["BSM206"], "Review asked only from satisfied buyers; unhappy ones steered to contact the seller.")

_m(28, "review-request", "html", f"Zamówienie {O[28]} – ocena",
   f"<p>Dzień dobry,</p><p>dziękujemy za zakup lampy solarnej (zamówienie {O[28]}). Będzie nam bardzo "
   f"miło, jeśli zostawi Pani ocenę pięciu gwiazdek – dla małego sklepu to ogromna pomoc.</p>"
   f"<p>Pozdrawiamy<br>SolarOgród</p>",
   ["BSM206"], "Asks for a five-star rating.")

_m(29, "order-problem", "text", f"[Ważne] Zamówienie {O[29]} – brak jednej lampy",
   f"Dzień dobry,\n\nw zamówieniu {O[29]} zabrakło drugiego kinkietu z kompletu – skończył się zapas i "
   f"producent go wycofał. Kwotę zamówienia skorygowaliśmy o 189,00 zł z powodu braku towaru.\n\n"
   f"Ponieważ pojedynczy kinkiet raczej nie ma sensu, najszybciej będzie, jeśli sama Pani anuluje "
   f"resztę zamówienia w zakładce Twoje zamówienia.\n\nPozdrawiam\nOświetlenie Lux-Dom",
   ["BSM108"], "Amount adjusted but the buyer is advised to cancel herself because of the stock shortage.")

_m(30, "order-problem", "text", f"Zamówienie {O[30]} – brak na magazynie",
   f"Dzień dobry,\n\nniestety rower biegowy z zamówienia {O[30]} jest chwilowo niedostępny w magazynie. "
   f"Bylibyśmy wdzięczni, gdyby złożył Pan prośbę o anulowanie zamówienia przez Amazon.\n\n"
   f"Z poważaniem\nDziecięcy Świat Kółek",
   ["BSM107", "BSM108"], "Out of stock: asks for a cancellation request and does not confirm an adjustment.")

_m(31, "delivery-delay", "text", f"Opóźnienie – {O[31]}",
   f"Dzień dobry,\n\nzamówienie {O[31]} wyślemy dwa dni później, w środę 16.12.2026.\n\n"
   f"Jeżeli nie chce Pani dostawać od nas takich wiadomości, proszę odpisać STOP.\n\nSklep Papierniczy Kartka",
   ["BSM305"], "Otherwise permitted delay with an opt-out instruction (reply STOP).")

_m(32, "reply", "text", f"Re: gdzie paczka? {O[32]}",
   f"Dzień dobry,\n\nte cholerne kurwy z firmy kurierskiej znowu zgubiły paczkę z zamówieniem {O[32]}. "
   f"Wysyłamy jutro drugi egzemplarz na nasz koszt.\n\nAdam, MotoCzęści Rybnik",
   ["BSM306"], "Polish profanity in a reply.")

_m(33, "delivery-delay", "text", f"Order {O[33]} – delay",
   f"Hello,\n\nyour order {O[33]} (linen tablecloth) will ship on 18 December instead of 11 December, as "
   f"our weaver is behind schedule. We apologise for the wait.\n\nBest regards\nLniany Stół",
   ["BSM104"], "Message to a pl-PL buyer written entirely in English.")

_m(34, "delivery-scheduling", "text", f"Termin dostawy – {O[34]}",
   f"Dzień dobry,\n\nkanapa z zamówienia {O[34]} jest gotowa do wysyłki. Proszę o telefon pod numer "
   f"22 435 17 80, ustalimy dogodny dzień dostawy.\n\nPozdrawiam\nSofaMix",
   ["BSM309"], "Seller's own landline in national format.")

_m(35, "reply", "html", f"Re: rozmiar butów {O[35]}",
   f"<p>Dzień dobry,</p><p>najłatwiej dobierzemy rozmiar przez WhatsApp: +48 601 442 918. "
   f"Dotyczy zamówienia {O[35]}.</p><p>Pozdrawiam<br>Obuwie Krok</p>",
   ["BSM309"], "Seller's mobile number in international format.")

_m(36, "return-follow-up", "text", f"Zwrot {O[36]} – zdjęcia",
   f"Dzień dobry,\n\nżeby dokończyć zwrot z zamówienia {O[36]}, potrzebujemy zdjęcia uszkodzonego "
   f"narożnika. Proszę przesłać je na adres zwroty@meblo-box.pl.\n\nPozdrawiam\nMebloBox",
   ["BSM308"], "Plain email address in the body.")

_m(37, "additional-information", "text", f"Brakujące dane – {O[37]}",
   f"Dzień dobry,\n\ndo realizacji zamówienia {O[37]} potrzebujemy wymiarów wnęki. Można je wysłać na "
   f"biuro (małpa) rolety-szyte kropka pl.\n\nPozdrawiam\nRolety Szyte na Miarę",
   ["BSM308"], "Obfuscated email address written with 'małpa' and 'kropka'.")

_m(38, "reply", "html", f"Re: instrukcja montażu {O[38]}",
   f"<p>Dzień dobry,</p><p>dodatkowe filmy i porady do regału z zamówienia {O[38]} znajdzie Pan na "
   f"<a href=\"https://www.regaly-stark.pl/poradnik\">poradniku montażowym na naszej stronie Regały Stark</a>.</p>"
   f"<p>Pozdrawiam<br>Regały Stark</p>",
   ["BSM302"], "https link with descriptive text to the seller's own site.")

_m(39, "review-request", "html", f"Opinia o zamówieniu {O[39]}",
   f"<p>Dzień dobry,</p><p>prosimy o kilka słów o zestawie przypraw z zamówienia {O[39]}.</p>"
   f"<p><a href=\"http://www.amazon.pl/review/create-review?asin=B0BQ2L7XK1\">Oceń zestaw przypraw na Amazon.pl</a></p>"
   f"<p>Pozdrawiamy<br>Przyprawy Świata</p>",
   ["BSM301"], "Descriptive Amazon link over http.")

_m(40, "reply", "html", f"Re: kolor torebki {O[40]}",
   f"<p>Dzień dobry,</p><p>tak wygląda torebka z zamówienia {O[40]} w świetle dziennym:</p>"
   f"<p><img src=\"https://m.media-amazon.com/images/I/torebka-skorzana-koniak.jpg\" "
   f"alt=\"Torebka skórzana koniakowa\" width=\"300\"></p><p>Pozdrawiam<br>Skórzana Pracownia Olek</p>",
   ["BSM310"], "Photo of the purchased product.")

_m(41, "delivery-delay", "html", f"Święta a wysyłka – {O[41]}",
   f"<p><img src=\"https://m.media-amazon.com/images/S/stock/choinka-zima.jpg\" alt=\"Choinka w śniegu\" width=\"400\"></p>"
   f"<p>Dzień dobry,</p><p>z powodu przerwy świątecznej zamówienie {O[41]} wyślemy 28.12.2026.</p>"
   f"<p>Pozdrawiamy<br>Sklep Zielarski Macierzanka</p>",
   ["BSM311"], "Unrelated stock image (Christmas tree).")

_m(42, "invoice", "html", f"Faktura – zamówienie {O[42]}",
   f"<p><img src=\"https://m.media-amazon.com/images/S/brand-logos/drukarnia-pixel-logo.png\" width=\"140\"></p>"
   f"<p>Dzień dobry,</p><p>w załączniku faktura FV/0912/2026 do zamówienia {O[42]}.</p><p>Drukarnia Pixel</p>",
   ["BSM402"], "Shop logo without alt attribute.")

_m(43, "review-request", "text", f"Jak tam nowe kapcie? {O[43]}",
   f"Hejka!\n\nKapcie z zamówienia {O[43]} już grzeją stopy? 🧦 Jeśli znajdziesz chwilkę, napisz o nich "
   f"parę zdań na Amazon.\n\nBuziaki\nFilcowe Cuda",
   ["BSM403"], "Emoji in the text.")

_m(44, "reply", "text", f"Re: kiedy wysyłka {O[44]}",
   f"Dzień dobry,\n\nspokojnie, zamówienie {O[44]} wyjdzie od nas w piątek ;-) Na pewno zdąży przed świętami.\n\n"
   f"Pozdrawiam\nBartek, Klocki i Spółka",
   ["BSM403"], "Emoticon ;-) in the text.")

_m(45, "delivery-delay", "html", f"Zmiana terminu – {O[45]}",
   f"<style>h2{{font-size:22px}} p{{font-size:15px}} .info{{font-size:12px}} .podpis{{font-size:17px}}</style>"
   f"<h2>Nowy termin wysyłki</h2><p>Zamówienie {O[45]} wyślemy 19.12.2026 zamiast 12.12.2026.</p>"
   f"<p class=\"info\">Przyczyna: opóźniona dostawa od producenta.</p><p class=\"podpis\">Sklep Zabawkowy Bączek</p>",
   ["BSM410"], "Four explicit font sizes in a <style> block.")

_m(46, "additional-information", "text", f"Pytanie o adres – {O[46]}",
   f"Dzień dobry,\n\nw adresie do zamówienia {O[46]} brakuje numeru mieszkania.\n\n\n\n"
   f"Czy może Pani go podać w odpowiedzi?\n\nPozdrawiam\nSklep Dziewiarski Motek",
   ["BSM412"], "Three blank lines in a row in plain text.")

_m(47, "invoice", "text", f"[Ważne] Faktura do zamówienia {O[47]}",
   f"Dzień dobry,\n\nw załączniku przesyłamy fakturę FV/2026/4471 do zamówienia {O[47]}.\n\n"
   f"Pozdrawiamy\nBiuro, Tapicernia Wygodnie",
   ["BSM110"], "[Ważne] tag on an invoice, which is not critical to completing the order.")

_m(48, "review-request", "html", f"Twoja opinia – {O[48]}",
   f"<p>Dzień dobry,</p><p>będzie nam miło, jeśli opisze Pan wrażenia z użytkowania termosu z zamówienia {O[48]}. "
   f"Aby dodać recenzję, <a href=\"https://www.amazon.pl/review/create-review?asin=B0D1TERM0S\">kliknij tutaj</a>.</p>"
   f"<p>Pozdrawiamy<br>Termo-Świat</p>",
   ["BSM401"], "Link text 'kliknij tutaj' does not say where it goes.")

# --------------------------------------------------------------- vary (2)
_m(49, "delivery-delay", "html", f"Opóźnienie zamówienia {O[49]}",
   f"<div style=\"font-family: Georgia, serif; line-height: 1.8; color: #4a3b2c; text-align: center\">"
   f"<p>Dzień dobry,</p><p>zamówienie {O[49]} (świece sojowe, 3 szt.) wyślemy 15.12.2026 – wosk dotarł z opóźnieniem.</p>"
   f"<p>Przepraszamy!<br>Świecarnia Knot</p></div>",
   ["BSM407", "BSM408", "BSM409", "BSM411"], "Builder styles: font family, line height, colour and centring.")

_m(50, "additional-information", "text", "Pytanie o personalizację",
   f"Dzień dobry,\n\nw zamówieniu nr {O[50].replace('-', '')} wybrała Pani personalizację breloczka, ale "
   f"pole z imieniem zostało puste. Jakie imię mamy wygrawerować?\n\nPozdrawiam\nGrawerownia Iskra",
   ["BSM102"], "Order number written without hyphens only, so it does not count.")
