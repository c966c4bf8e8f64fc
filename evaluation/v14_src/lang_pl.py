"""v14 blind evaluation set: Polish (pl-PL), 50 messages."""

LANG, LOC, PREFIX = "pl", "pl-PL", "456"


def _oid(n):
    a = (2718281 + n * 104723) % 10000000
    b = (3141592 + n * 91193) % 10000000
    return "%s-%07d-%07d" % (PREFIX, a, b)


MESSAGES = []


def _m(n, typ, fmt, subject, body, expected, note):
    o = _oid(n)
    MESSAGES.append({
        "id": "v14-%s-%03d" % (LANG, n),
        "language": LANG,
        "locale": LOC,
        "type": typ,
        "format": fmt,
        "subject": subject.replace("{O}", o),
        "body": body.replace("{O}", o).replace("{ONOHY}", o.replace("-", "")),
        "order_id": o,
        "expected": sorted(expected),
        "note": note,
    })


_m(1, "delivery-delay", "text", "Zamówienie {O} – przesunięcie terminu wysyłki",
"""Dzień dobry Pani Magdaleno,

piszę w sprawie zamówienia {O} (lampa wisząca z wikliny, 60 cm). Nasz dostawca rattanu spóźnił się z dostawą surowca i lampa będzie gotowa dopiero w przyszłym tygodniu. Nowy planowany termin wysyłki to 15.12.2026, czyli o cztery dni później niż podawaliśmy na stronie oferty.

Jeśli ten termin Pani nie odpowiada, proszę dać znać w wiadomości zwrotnej – znajdziemy rozwiązanie.

Pozdrawiam serdecznie
Bartosz Wiącek
Wiklinowy Kąt – pracownia rękodzieła""",
[], "Clean plain-text delivery delay with a new ship date.")

_m(2, "delivery-delay", "html", "Opóźnienie realizacji – zam. {O}",
"""<p>Szanowny Panie,</p>
<p>uprzejmie informujemy, że realizacja zamówienia <b>{O}</b> potrwa dłużej, niż zakładaliśmy. Zestaw noży kuchennych <i>Kuźnia Mazur Santoku 3 szt.</i> przechodzi jeszcze końcowe ostrzenie ręczne.</p>
<table>
<tr><td>Pierwotny termin wysyłki:</td><td>09.12.2026</td></tr>
<tr><td>Nowy termin wysyłki:</td><td>18.12.2026</td></tr>
</table>
<p>Przepraszamy za niedogodność. W razie pytań prosimy o wiadomość przez Centrum wiadomości Amazon.</p>
<p>Z poważaniem<br>Zespół Kuźni Mazur<br><small>Kuźnia Mazur sp. z o.o., ul. Kowalska 8, 26-600 Radom</small></p>""",
[], "Clean builder HTML delivery delay with a table of dates.")

_m(3, "order-problem", "text", "[Ważne] Problem z zamówieniem {O}",
"""Dzień dobry,

niestety nie możemy zrealizować zamówienia {O} na kubek termiczny Tropik 450 ml w kolorze miętowym. Ostatnia sztuka okazała się uszkodzona przy kontroli przed pakowaniem, a producent wycofał ten kolor.

Kwota zamówienia została już w całości skorygowana w Seller Central (powód: brak towaru, NoInventory). Zwrot 79,90 zł pojawi się na Pani/Pana rachunku w ciągu kilku dni roboczych, zgodnie z zasadami Amazon.

Bardzo przepraszamy.
Sklep Termos&Co""",
[], "Clean order problem with the amount adjusted; [Ważne] allowed on this type.")

_m(4, "additional-information", "text", "Pytanie do zamówienia {O} – grawer",
"""Cześć Kuba,

dzięki za zamówienie deski do krojenia z grawerem (nr {O}). W polu personalizacji przyszło tylko „Dla Mamy” – czy to ma być cały napis, czy coś jeszcze, np. data albo podpis pod spodem?

Grawerujemy od poniedziałku, więc odpowiedź do niedzieli wieczorem pozwoli zmieścić się w terminie.

Pozdro z warsztatu
Ola, Drewniaki z Bieszczad""",
[], "Clean familiar request for missing engraving text.")

_m(5, "return-follow-up", "text", "Zwrot – zamówienie {O}",
"""Dzień dobry Panie Marku,

otrzymaliśmy zgłoszenie zwrotu fotela biurowego Ergo Line z zamówienia {O}, z uwagą, że skrzypi podłokietnik. Zanim wyślemy kuriera, chcemy zaproponować inne rozwiązanie: jeśli zatrzyma Pan fotel, zwrócimy 120,00 zł, czyli ok. 25% ceny, a dodatkowo bezpłatnie doślemy nowy podłokietnik.

Jeśli woli Pan jednak pełny zwrot, wystarczy odpisać „zwrot” – wtedy przygotujemy etykietę.

Z poważaniem
Anna Lis
Dział obsługi klienta, Biuro-Mebel""",
[], "Clean return follow-up offering a partial refund.")

_m(6, "return-follow-up", "text", "Zam. {O}: brakujące informacje do zwrotu",
"""Dzień dobry,

dotarła do nas paczka zwrotna do zamówienia {O}, ale w środku był tylko jeden z dwóch zamówionych kompletów pościeli. Czy drugi komplet został wysłany osobno? Jeśli tak, prosimy o numer przesyłki, żebyśmy mogli połączyć obie paczki i zamknąć zwrot.

Dziękujemy,
Len i Bawełna – obsługa zwrotów""",
[], "Clean return follow-up asking for information needed to complete the return.")

_m(7, "invoice", "text", "Faktura VAT do zamówienia {O}",
"""Dzień dobry,

w załączniku przesyłamy fakturę VAT nr FV/2026/12/0457 do zamówienia {O}, wystawioną na firmę zgodnie z danymi podanymi przy zakupie (NIP nabywcy 725-184-33-10).

Kwota brutto: 1 845,00 zł, w tym VAT 23%: 345,00 zł. Data sprzedaży: 02.12.2026.

Pozdrawiamy
Księgowość – ElektroHurt Piątek

ElektroHurt Piątek sp. z o.o.
ul. Przemysłowa 14, 61-579 Poznań
NIP 779-231-45-67, REGON 301245789
KRS 0000456123, Sąd Rejonowy Poznań – Nowe Miasto i Wilda""",
[], "Clean invoice with NIP, REGON, KRS and an invoice number with slashes.")

_m(8, "review-request", "text", "Zamówienie {O} – Twoja opinia",
"""Dzień dobry,

minął już tydzień od dostawy zamówienia {O} (zestaw pędzli do akwareli Kolibri). Jeśli znajdzie Pani chwilę, będziemy wdzięczni za opinię o produkcie na Amazon – zarówno pozytywną, jak i krytyczną. Każda uwaga pomaga nam dobrać lepszy asortyment.

Pozdrawiamy
Pracownia Plastyczna Ultramaryna""",
[], "Clean neutral review request in plain text.")

_m(9, "review-request", "html", "Prośba o opinię – zamówienie {O}",
"""<p><img src="https://cdn.pracowniaszklana.pl/mail/logo-pracownia-szklana.png" alt="Logo Pracownia Szklana Wit" width="180" height="60"></p>
<p>Dzień dobry,</p>
<p>dziękujemy za zakup witrażowej zawieszki w zamówieniu {O}. Będzie nam miło, jeśli podzieli się Pan wrażeniami – każda szczera opinia ma dla nas znaczenie.</p>
<p><a href="https://www.amazon.pl/review/create-review?asin=B0CXK4T2QP">Wystaw opinię o zawieszce na Amazon.pl</a></p>
<p>Pozdrawiamy<br>Pracownia Szklana Wit</p>""",
[], "Clean HTML review request with shop logo, alt naming the shop and descriptive https Amazon link.")

_m(10, "delivery-scheduling", "text", "Dostawa szafy – zamówienie {O}",
"""Dzień dobry Pani Ewo,

szafa przesuwna Nord 200 cm z zamówienia {O} waży w paczkach ok. 140 kg, dlatego dostarcza ją nasza ekipa z wniesieniem. Mamy wolne terminy:

- wtorek 15.12.2026, 8:00–12:00
- środa 16.12.2026, 12:00–16:00
- piątek 18.12.2026, 9:00–13:00

Proszę wybrać jeden i dać znać, czy w budynku jest winda (adres: ul. Sienkiewicza 40/12, 90-009 Łódź).

Z pozdrowieniami
Dział logistyki, Meble Kwadrat""",
[], "Clean delivery scheduling for a bulky item with time slots.")

_m(11, "home-service-appointment", "text", "Montaż zmywarki – termin wizyty, zam. {O}",
"""Dzień dobry,

do zamówienia {O} wykupił Pan usługę montażu zmywarki do zabudowy. Nasz instalator, pan Tomasz, może przyjechać:

czwartek 10.12.2026 w godz. 10:00–12:00,
albo sobota 12.12.2026 w godz. 8:00–10:00.

Prosimy o potwierdzenie terminu i informację, czy przyłącze wody jest już wyprowadzone pod szafką. Montaż trwa zwykle około 90 minut.

Pozdrawiamy
AGD-Serwis Instal-Dom""",
[], "Clean home-service appointment with two slots.")

_m(12, "custom-design-verification", "html", "Projekt do akceptacji – zamówienie {O}",
"""<p>Hej Natalia,</p>
<p>w załączniku podsyłam projekt koszulki z zamówienia {O} (plik <b>projekt_koszulka_v2.pdf</b>). Napis „Wieczór panieński Zuzi 2026” jest w kroju Playfair, kolor nadruku – złoty.</p>
<p>Sprawdź proszę:</p>
<ul>
<li>pisownię imienia,</li>
<li>rozmiar nadruku (28 cm szerokości),</li>
<li>kolejność linijek.</li>
</ul>
<p>Jak wszystko gra, odpisz „akceptuję” – drukujemy w 2 dni robocze.</p>
<p>Paulina<br>Nadrukarnia Sitko</p>""",
[], "Clean design proof verification in hand-written HTML.")

_m(13, "fulfillment-question", "text", "Kod do bramy – dostawa zam. {O}",
"""Dzień dobry,

kurier, który ma dowieźć zamówienie {O}, zgłosił, że nie może wejść na teren osiedla przy ul. Bajkowej 7 w Gdańsku. Czy może nam Pani podać kod do bramy albo numer domofonu lokalu?

Numer zlecenia przewoźnika: ZL/2026/88412, numer referencyjny dostawy: REF 4471-0093.

Dziękujemy,
Sklep Zielnik""",
[], "Clean door-code question with reference numbers that are not phone numbers.")

_m(14, "reply", "text", "Re: Pytanie o „Sunset Boulevard Edition” – {O}",
"""Dzień dobry,

tak, puzzle „Sunset Boulevard Edition – 1000 Pieces” z zamówienia {O} to oryginalna seria wydawnictwa Trefl Premium, tylko z angielskim opisem na pudełku. Obrazek i liczba elementów są takie same jak w wersji polskiej.

Instrukcja nie jest potrzebna, ale w środku znajdzie Pani plakat poglądowy.

Miłego układania!
Agnieszka, sklep Puzzlomania""",
[], "Clean reply quoting an English product title inside Polish sentences.")

_m(15, "reply", "text", "Re: Reklamacja odkurzacza – zam. {O}",
"""Dzień dobry Panie Piotrze,

przykro nam, że odkurzacz Vaco X7 z zamówienia {O} przestał ładować się po dwóch miesiącach. Sprzęt ma 24-miesięczną gwarancję producenta, a naprawy prowadzi bezpośrednio serwis marki.

Infolinia gwarancyjna producenta Vaco Polska: 22 395 41 00 (pn.–pt. 8:00–18:00). Przy zgłoszeniu proszę podać numer seryjny z naklejki pod zbiornikiem.

Gdyby serwis odmówił, proszę do nas napisać – pomożemy.

Pozdrawiamy
Dom i Sprzątanie, obsługa klienta""",
[], "Clean reply giving the manufacturer's warranty hotline marked as such.")

_m(16, "reply", "html", "Re: Dane firmy do faktury – {O}",
"""<p>Dzień dobry,</p>
<p>odpowiadając na pytanie: fakturę do zamówienia {O} możemy wystawić na firmę, wystarczy przesłać nazwę, adres i NIP w odpowiedzi na tę wiadomość. Poniżej nasze dane rejestrowe.</p>
<p>Pozdrawiamy<br>Karolina Nowicka<br>specjalistka ds. sprzedaży</p>
<hr>
<p><small>Kawa Palarnia Ziarno s.c. Jan i Maria Zawada<br>
ul. Ogrodowa 3, 43-300 Bielsko-Biała<br>
NIP 547-190-28-36 · REGON 243567812 · BDO 000123456</small></p>""",
[], "Clean reply with a company-details footer (NIP, REGON, BDO).")

_m(17, "reply", "text", "Re: Status zwrotu {O}",
"""Dzień dobry,

zwrot do zamówienia {O} ma numer RMA 2026/12/0318. Kurier InPost odbierze paczkę w poniedziałek 14.12.2026 między 10:00 a 14:00 – numer przesyłki zwrotnej to 6200 4471 0098 5531 2200 0012.

Po dotarciu paczki do magazynu (zwykle 2–3 dni) zlecimy zwrot 259,00 zł, a Amazon przekaże go na Pana kartę.

Pozdrawiamy
Sportowy Zakątek""",
[], "Clean reply with RMA, return tracking number, date, time window and amount.")

_m(18, "fulfillment-question", "text", "Zamówienie {O} jest już w drodze",
"""Dzień dobry,

Pani paczka z zamówienia {O} wyjechała dziś rano z naszego magazynu w Sosnowcu i jest już u kuriera DPD. Dostawa powinna nastąpić jutro.

Pozdrawiamy
Herbaciarnia Liść""",
[ "BSM201"], "Shipping confirmation: parcel left the warehouse and is with the carrier.")

_m(19, "additional-information", "text", "Potwierdzenie – {O}",
"""Witamy!

Zamówienie {O} wpłynęło do nas i właśnie je kompletujemy. Świece sojowe pakujemy ręcznie, więc dajemy znać, że wszystko idzie zgodnie z planem.

Pracownia Świec Knot""",
["BSM201"], "Order confirmation: received and being prepared.")

_m(20, "reply", "text", "Dziękujemy! Zam. {O}",
"""Dzień dobry,

serdecznie dziękujemy za zakupy w naszym sklepie i zaufanie (zamówienie {O}). To dla nas bardzo ważne!

Zespół Bambusowy Zakątek""",
["BSM202"], "Thanks only.")

_m(21, "fulfillment-question", "text", "Zamówienie {O}",
"""Dzień dobry,

gdyby z zamówieniem {O} cokolwiek było nie tak – jesteśmy do dyspozycji. Wystarczy napisać.

Pozdrawiamy,
Sklep Rowerowy Szprycha""",
["BSM202"], "Only 'we are here if something comes up'.")

_m(22, "delivery-delay", "text", "Zamówienie {O} – wysyłka 17.12",
"""Dzień dobry,

zamówienie {O} (plecak turystyczny Granit 40 l) wyślemy 17.12.2026 zamiast 11.12 – czekamy na partię z nowym zamkiem.

Przepraszamy za zwłokę.

Ekipa Górskiego Szlaku

PS Do końca grudnia cała kolekcja zimowa jest 20% taniej – warto zajrzeć do naszego sklepu na Amazon!""",
["BSM203"], "Permitted delay with a promotional P.S. (20% off the range).")

_m(23, "review-request", "text", "Jak się sprawdza ceramika? – {O}",
"""Dzień dobry,

od dostawy miseczek z zamówienia {O} minęło kilka dni – jeśli ma Pani ochotę, prosimy o opinię na Amazon, jaka by nie była.

A jeśli lubi Pani rękodzieło, zapraszamy do obserwowania nas na Instagramie (Glina i Ogień) i zapisania się do naszego newslettera – w styczniu pokażemy nową kolekcję talerzy!

Glina i Ogień – pracownia ceramiki""",
["BSM203"], "Follow us / newsletter / new collection invitation.")

_m(24, "review-request", "text", "Mały upominek – zamówienie {O}",
"""Dzień dobry,

mamy nadzieję, że etui na okulary z zamówienia {O} dobrze się sprawdza. Gdy tylko Pani opinia pojawi się na Amazon, prześlemy drobny upominek w podziękowaniu – skórzany brelok z naszej pracowni.

Pozdrawiamy
Kaletnictwo Rzemyk""",
["BSM204"], "Small gift promised once the review is published.")

_m(25, "review-request", "text", "Zamówienie {O} – zwrot pieniędzy za opinię",
"""Dzień dobry Panie Krzysztofie,

mamy propozycję: proszę napisać opinię o ładowarce z zamówienia {O}, a jak tylko będzie widoczna na Amazon, oddamy Panu całą kwotę za zakup, 89 zł. Wystarczy odpisać z linkiem do recenzji.

Pozdrawiamy
PowerBox PL""",
["BSM204"], "Full refund once the review is online.")

_m(26, "reply", "text", "Re: Uszkodzona doniczka – {O}",
"""Dzień dobry,

wysłaliśmy już nową doniczkę w miejsce tej pękniętej z zamówienia {O} i jeszcze raz przepraszamy. Czy w związku z tym mogłaby Pani zmienić swoją jednogwiazdkową opinię albo ją usunąć? Problem został przecież rozwiązany.

Dziękujemy
Ogródek na Balkonie""",
["BSM205"], "Asks to change or remove a one-star review.")

_m(27, "review-request", "text", "Czy jest Pan zadowolony? – {O}",
"""Dzień dobry,

jeśli jest Pan zadowolony z latarki czołowej z zamówienia {O}, prosimy o opinię na Amazon. Jeżeli coś jest nie tak, proszę najpierw napisać do nas, zamiast wystawiać ocenę – na pewno to załatwimy.

Outdoorowo.pl""",
["BSM206"], "Review only if satisfied; unhappy buyers steered to the seller.")

_m(28, "review-request", "html", "Pięć gwiazdek? – zamówienie {O}",
"""<p>Dzień dobry,</p>
<p>dziękujemy za zamówienie {O}. Jeśli mata do jogi spełnia oczekiwania, będziemy wdzięczni za ocenę <b>5 gwiazdek</b> – to dla małej firmy jak nasza ogromne wsparcie.</p>
<p><a href="https://www.amazon.pl/review/create-review?asin=B0D7MATA11">Oceń matę na Amazon.pl</a></p>
<p>Joga Studio Prana</p>""",
["BSM206"], "Asks for a five-star rating.")

_m(29, "order-problem", "text", "Brak towaru – zamówienie {O}",
"""Dzień dobry,

niestety sprzedaliśmy ostatnie sztuki słuchawek Basso Pro, więc zamówienia {O} nie wyślemy. Kwotę zamówienia skorygowaliśmy już w całości (powód: NoInventory).

Najszybciej sprawę zamknie Pan, anulując zamówienie samodzielnie w zakładce „Twoje zamówienia” – wtedy nic już nie będzie wisiało w systemie.

Przepraszamy,
AudioMania""",
["BSM108"], "Advises the buyer to cancel because of no stock, adjustment confirmed.")

_m(30, "order-problem", "text", "Zamówienie {O} – prośba o anulowanie",
"""Dzień dobry Pani Justyno,

z przykrością informujemy, że żółty kolor czajnika Retro z zamówienia {O} wyprzedał się, a nowej dostawy nie będzie. Bylibyśmy wdzięczni, gdyby złożyła Pani wniosek o anulowanie zamówienia – tak będzie najprościej dla obu stron.

Pozdrawiamy serdecznie
Kuchnia Babci Heli""",
["BSM107", "BSM108"], "Asks for a cancellation request; no adjustment confirmed.")

_m(31, "delivery-delay", "text", "Nowy termin – {O}",
"""Dzień dobry,

zamówienie {O} (kołdra puchowa 200x220) wyślemy 16.12.2026, bo czekamy na poszwę w tym rozmiarze.

Przepraszamy za kłopot.
Pierzyna i Spółka

Nie chcesz dostawać od nas wiadomości? Odpisz STOP.""",
["BSM305"], "Opt-out instruction (reply STOP).")

_m(32, "reply", "text", "Re: Gdzie jest paczka? {O}",
"""Dzień dobry,

kurwa, ten kurier znowu zawalił – paczkę z zamówienia {O} miał oddać w piątek, a dalej ją wozi. Złożyliśmy reklamację u przewoźnika i dzisiaj wysyłamy drugą paczkę na nasz koszt.

Przepraszamy za ten bajzel.
Rafał, Narzędziownia Śruba""",
["BSM306"], "Polish profanity in a reply.")

_m(33, "delivery-delay", "text", "Lieferverzögerung Bestellung {O}",
"""Guten Tag,

leider verzögert sich der Versand Ihrer Bestellung {O} um etwa eine Woche. Der Bilderrahmen aus Eiche wird voraussichtlich am 16.12.2026 verschickt.

Wir bitten um Entschuldigung.
Rahmenwerk Görlitz""",
["BSM104"], "Message to a Polish buyer written in German.")

_m(34, "reply", "text", "Re: Rozmiar butów – {O}",
"""Dzień dobry,

buty trekkingowe z zamówienia {O} są rozmiarówką zgodne z tabelą – 42 to 27 cm wkładki. Jeśli wolisz pogadać, zadzwoń śmiało: 601 482 337, jesteśmy do 17:00.

Pozdrawiam
Marcin, Butik Trapery""",
["BSM309"], "Seller's own mobile number in national format.")

_m(35, "delivery-scheduling", "text", "Dostawa kanapy – {O}",
"""Dzień dobry,

kanapę z zamówienia {O} przywieziemy w przyszłym tygodniu. Aby umówić godzinę, proszę o kontakt z naszym działem transportu: +48 32 714 05 96 (pn.–pt. 7:00–15:00).

Sofa-Styl sp. z o.o.""",
["BSM309"], "Seller phone number in international format (not a warranty line).")

_m(36, "reply", "text", "Re: Instrukcja – {O}",
"""Dzień dobry,

instrukcję montażu regału z zamówienia {O} wyślemy w PDF – proszę napisać na adres montaz@regaly-kowal.pl, to odeślemy od ręki.

Regały Kowal""",
["BSM308"], "Plain e-mail address.")

_m(37, "additional-information", "text", "Wymiary zasłon – {O}",
"""Dzień dobry,

do uszycia zasłon z zamówienia {O} potrzebujemy wysokości okna. Najłatwiej będzie, jeśli podeśle Pani zdjęcie z miarką na: szycie małpa firanki-ola kropka pl.

Pozdrawiam
Ola, Firanki na Wymiar""",
["BSM308"], "Obfuscated e-mail address ('małpa', 'kropka').")

_m(38, "reply", "html", "Re: Pielęgnacja deski – {O}",
"""<p>Dzień dobry,</p>
<p>deska z zamówienia {O} jest z drewna oliwnego, najlepiej olejować ją raz w miesiącu. Więcej porad znajdzie Pan w naszym poradniku:</p>
<p><a href="https://www.oliwkowydom.pl/poradnik/pielegnacja-desek">Poradnik pielęgnacji desek na stronie Oliwkowy Dom</a></p>
<p>Pozdrawiamy<br>Oliwkowy Dom</p>""",
["BSM302"], "https link to the seller's own site, not needed for the order.")

_m(39, "review-request", "html", "Opinia o zamówieniu {O}",
"""<p>Dzień dobry,</p>
<p>jeśli ma Pani chwilę, prosimy o opinię o kocyku z zamówienia {O}.</p>
<p><a href="http://www.amazon.pl/review/create-review?asin=B0C9KOC123">Napisz opinię o kocyku na Amazon.pl</a></p>
<p>Pozdrawiamy<br>Mięciutko</p>""",
["BSM301"], "Insecure http link to Amazon with descriptive text.")

_m(40, "delivery-delay", "html", "Wysyłka zamówienia {O} przesunięta",
"""<p>Dzień dobry,</p>
<p>lampka biurkowa z zamówienia {O} będzie wysłana 14.12.2026 zamiast 10.12.2026. Przepraszamy!</p>
<p><img src="https://img.swiatlownia.pl/produkty/lampka-biurkowa-loft-czarna.jpg" alt="Lampka biurkowa Loft, czarna" width="300" height="300"></p>
<p>Światłownia</p>""",
["BSM310"], "Image of the purchased product.")

_m(41, "review-request", "html", "Świąteczne pozdrowienia i prośba o opinię – {O}",
"""<p>Dzień dobry,</p>
<p>prosimy o kilka słów opinii o herbacie z zamówienia {O} – dobre i złe uwagi są mile widziane.</p>
<p><img src="https://img.herbatnik.pl/mail/choinka-snieg.jpg" alt="Ośnieżona choinka" width="320" height="200"></p>
<p>Wesołych Świąt!<br>Herbatnik</p>""",
["BSM311"], "Unrelated stock image (snowy Christmas tree).")

_m(42, "invoice", "html", "Faktura – zamówienie {O}",
"""<p><img src="https://cdn.drukarnia-kolor.pl/logo-drukarnia-kolor.png" alt="" width="160" height="50"></p>
<p>Dzień dobry,</p>
<p>w załączeniu faktura FV/12/2026/311 do zamówienia {O}.</p>
<p>Pozdrawiamy<br>Drukarnia Kolor</p>""",
["BSM402"], "Shop logo with empty alt text.")

_m(43, "reply", "text", "Re: Kolor smyczy – {O}",
"""Hej!

Smycz z zamówienia {O} jest w kolorze butelkowej zieleni, dokładnie jak na zdjęciach 🐶 Karabińczyk jest stalowy, nie rdzewieje.

Pozdrawiamy
Psia Szafa""",
["BSM403"], "Emoji in a reply.")

_m(44, "additional-information", "text", "Imię na breloczku – {O}",
"""Cześć,

do zamówienia {O} brakuje nam imienia do wygrawerowania na breloczku. Napiszesz, jakie ma być? :)

Ania, Grawerownia Iskra""",
["BSM403"], "Emoticon ':)'.")

_m(45, "delivery-delay", "html", "Opóźnienie – {O}",
"""<style>
h1 { font-size: 24px; }
h2 { font-size: 18px; }
p { font-size: 14px; }
.stopka { font-size: 11px; }
</style>
<h1>Zamówienie {O}</h1>
<h2>Nowy termin wysyłki</h2>
<p>Rower biegowy dla dzieci wyślemy 15.12.2026, a nie 11.12.2026, jak podawaliśmy wcześniej. Przepraszamy za zwłokę.</p>
<p class="stopka">Rowerki Maluch, ul. Polna 2, 05-500 Piaseczno</p>""",
["BSM410"], "Four explicit font sizes in a <style> block.")

_m(46, "delivery-delay", "text", "Zamówienie {O} – poślizg",
"""Dzień dobry,

hamak z zamówienia {O} wyślemy z kilkudniowym opóźnieniem, najpóźniej 17.12.2026.


Przepraszamy i pozdrawiamy.


Hamakownia""",
["BSM412"], "Two blank lines in a row in plain text.")

_m(47, "invoice", "text", "[Ważne] Faktura do zamówienia {O}",
"""Dzień dobry,

w załączniku faktura nr 2026/12/77/S do zamówienia {O}.

NIP sprzedawcy 634-012-55-81.

Pozdrawiamy
Biuro, FotoRamki""",
["BSM110"], "[Ważne] tag on an invoice message.")

_m(48, "review-request", "html", "Opinia – zamówienie {O}",
"""<p>Dzień dobry,</p>
<p>będzie nam miło, jeśli oceni Pani świecznik z zamówienia {O}. Aby dodać opinię, <a href="https://www.amazon.pl/review/create-review?asin=B0CSWIE001">kliknij tutaj</a>.</p>
<p>Pozdrawiamy<br>Mosiężny Detal</p>""",
["BSM401"], "Non-descriptive link text 'kliknij tutaj'.")

_m(49, "delivery-delay", "html", "Zamówienie {O} – zmiana terminu",
"""<div style="font-family: Verdana, sans-serif; color: #444444; line-height: 1.8; text-align: center;">
<p>Dzień dobry,</p>
<p>poduszka ortopedyczna z zamówienia {O} zostanie wysłana 16.12.2026. Przepraszamy za opóźnienie.</p>
<p>Zespół SenNaMiarę</p>
</div>""",
["BSM407", "BSM408", "BSM409", "BSM411"], "Builder styles: font-family, colour, line-height, centred text.")

_m(50, "delivery-delay", "text", "Opóźnienie wysyłki",
"""Dzień dobry,

Pani zamówienie nr {ONOHY} (zestaw garnków Stalowa Kuchnia) wyślemy dopiero 18.12.2026 – producent opóźnił dostawę pokrywek.

Przepraszamy
Garnkownia""",
["BSM102"], "Order number written without hyphens, so no valid order id.")
