"""v11 blind evaluation set: Polish (pl-PL), 50 messages."""

LANG = "pl"
LOCALE = "pl-PL"
PREFIX = "426"


def order_number(n):
    a = 1000000 + (n * 7368787 + 1234567) % 9000000
    b = 1000000 + (n * 5237471 + 7654321) % 9000000
    return "%s-%07d-%07d" % (PREFIX, a, b)


def _rec(n, typ, fmt, subject, body, expected, note):
    o = order_number(n)
    return {
        "id": "v11-%s-%03d" % (LANG, n),
        "language": LANG,
        "locale": LOCALE,
        "type": typ,
        "format": fmt,
        "subject": subject.replace("{o}", o),
        "body": body.replace("{o}", o).replace("{o_plain}", o.replace("-", "")),
        "order_id": o,
        "expected": sorted(expected),
        "note": note,
    }


MESSAGES = [
    # ------------------------------------------------------------------ clean
    _rec(1, "delivery-delay", "text",
         "Opóźnienie wysyłki – zamówienie {o}",
         """Dzień dobry Pani Katarzyno,

piszę w sprawie zamówienia {o} (komplet sześciu kubków „Mech”, szkliwo zielone). W zeszłym tygodniu piec do wypału szkliwa odmówił nam posłuszeństwa i cała partia musi przejść wypał jeszcze raz. Kubki wyślemy najpóźniej 18.12.2026, czyli mniej więcej tydzień później, niż podawaliśmy na stronie produktu.

Bardzo przepraszam za ten poślizg. Gdyby nowy termin był dla Pani z jakiegoś powodu kłopotliwy, proszę po prostu odpisać na tę wiadomość.

Pozdrawiam serdecznie
Joanna Kruk
Pracownia Ceramiki Glinka, Kraków""",
         [], "Clean plain-text delivery delay from a small pottery with a new ship date."),

    _rec(2, "delivery-delay", "html",
         "Zmiana terminu realizacji zamówienia {o}",
         """<table border="0" cellpadding="0" cellspacing="0"><tr><td>
<p><strong>Meblownia Dębowa</strong></p>
<p>Szanowny Panie Tomaszu,</p>
<p>realizacja zamówienia nr <strong>{o}</strong> (stolik kawowy „Olsza”, dąb olejowany, 90 × 60 cm) przesunie się o około 10 dni roboczych. Dostawca blatów przysłał partię z pęknięciami i musimy poczekać na nową.</p>
<ul>
<li>nowy przewidywany termin wysyłki: <strong>22.12.2026</strong></li>
<li>przewidywana dostawa: 23–28.12.2026</li>
</ul>
<p>Przepraszamy za utrudnienia i dziękujemy za cierpliwość.</p>
<p>Z poważaniem<br>Dział realizacji zamówień<br>Meblownia Dębowa sp. z o.o.</p>
<p><small>ul. Leśna 4, 62-080 Tarnowo Podgórne · NIP 777-321-45-68 · KRS 0000456123</small></p>
</td></tr></table>""",
         [], "Clean builder-HTML delivery delay with a table, list and small-print footer."),

    _rec(3, "order-problem", "text",
         "[Ważne] Problem z zamówieniem {o}",
         """Dzień dobry,

niestety nie zrealizujemy zamówienia {o}. Ostatni egzemplarz czajnika żeliwnego „Tetsubin Kaze” 0,8 l miał pękniętą pokrywkę, a dystrybutor nie ma już tego modelu na stanie.

Kwota zamówienia została skorygowana w całości (289,00 zł) z powodem „brak towaru” (NoInventory). Środki wrócą na Pana konto zgodnie z zasadami Amazon, zwykle w ciągu kilku dni roboczych. Nie musi Pan nic więcej robić.

Przepraszamy za kłopot.
Łukasz Maj
Herbaciarnia Czajnik""",
         [], "Clean order problem confirming the full adjustment; [Ważne] is allowed on this critical type."),

    _rec(4, "additional-information", "text",
         "Wymiary kołdry do zamówienia {o}",
         """Dzień dobry Pani Agnieszko,

w zamówieniu {o} wybrała Pani pościel lnianą w wariancie „wymiar na zamówienie”, ale w uwagach nie ma wymiarów. Żeby uszyć komplet, potrzebujemy:

– szerokość i długość kołdry (w cm),
– wymiary poduszek (standardowo 50 × 60 albo 70 × 80),
– informację, czy poszewka ma być zapinana na guziki, czy na zakładkę.

Szycie zaczniemy od razu po otrzymaniu odpowiedzi.

Pozdrawiam
Ewa Sadowska
Lniany Kąt – szwalnia, Łódź""",
         [], "Clean request for the measurements needed to make a custom-size order."),

    _rec(5, "return-follow-up", "text",
         "Zwrot lampy – zamówienie {o}",
         """Dzień dobry,

dostaliśmy Pani zgłoszenie zwrotu lampy stojącej „Kora” z zamówienia {o} – na zdjęciach widać rysę na podstawie.

Zanim Pani ją odeśle: jeśli lampa poza tym działa i chciałaby ją Pani zatrzymać, możemy zaproponować częściowy zwrot w wysokości 70,00 zł. Jeśli woli Pani jednak zwrócić lampę, zwrot przeprowadzimy normalnie – proszę tylko dać znać, którą opcję Pani wybiera.

Z pozdrowieniami
Marta Lis, obsługa klienta
Światłownia Kora""",
         [], "Clean return follow-up offering a partial refund as an alternative."),

    _rec(6, "return-follow-up", "text",
         "Zamówienie {o} – pytanie do zwrotu",
         """Panie Pawle,

żeby zamknąć zwrot licznika rowerowego z zamówienia {o}, potrzebujemy dwóch informacji:

1. numer seryjny z tylnej części obudowy (zaczyna się od „SN”),
2. czy w paczce zwrotnej będzie też uchwyt na kierownicę i kabel ładowania.

Bez numeru seryjnego system producenta nie pozwala nam przyjąć urządzenia.

Dzięki i pozdrawiam,
Kuba z Rowerowni Kołowrotek""",
         [], "Clean return follow-up asking for the serial number and contents needed to complete the return."),

    _rec(7, "invoice", "text",
         "Faktura do zamówienia {o}",
         """Szanowna Pani,

w załączniku przesyłamy fakturę VAT nr FV/2026/12/0458 do zamówienia {o}.

Kwota brutto: 1 249,00 zł (w tym VAT 23%: 233,56 zł)
Data sprzedaży: 02.12.2026

Dane sprzedawcy:
AGD Nowak Marek Nowak
ul. Przemysłowa 8, 41-200 Sosnowiec
NIP 644-102-33-71
REGON 271234567

Z poważaniem
Biuro – AGD Nowak""",
         [], "Clean invoice message with NIP, REGON and an invoice number with slashes."),

    _rec(8, "review-request", "text",
         "Jak sprawdza się młynek? Zamówienie {o}",
         """Dzień dobry Panie Rafale,

minęło już kilka dni, odkąd dotarł do Pana ręczny młynek do kawy z zamówienia {o}. Jeśli znajdzie Pan chwilę, będziemy wdzięczni za opinię o produkcie w serwisie Amazon – niezależnie od tego, czy wypadnie dobrze, czy krytycznie. Takie uwagi pomagają innym kupującym, a nam pokazują, co poprawić.

Pozdrawiamy
Palarnia Ziarenko""",
         [], "Clean neutral review request in plain text, no link."),

    _rec(9, "review-request", "html",
         "Prośba o opinię – zamówienie {o}",
         """<p><img src="https://static.ziolowy-ogrodek.example/logo-ziolowy-ogrodek.png" alt="Zielarnia Ziołowy Ogródek – logo" width="160" height="60"></p>
<p>Dzień dobry Pani Zofio,</p>
<p>mamy nadzieję, że zestaw suszonych ziół z zamówienia {o} już dotarł. Będzie nam miło, jeśli podzieli się Pani swoją opinią o produkcie – każda szczera recenzja jest dla nas cenna.</p>
<p><a href="https://www.amazon.pl/review/create-review?asin=B0CZ41K7QP">Napisz opinię o zestawie ziół w Amazon</a></p>
<p>Serdecznie pozdrawiamy<br>Zielarnia Ziołowy Ogródek</p>""",
         [], "Clean HTML review request with the shop logo (alt names the shop) and a descriptive https Amazon link."),

    _rec(10, "delivery-scheduling", "text",
         "Ustalenie terminu dostawy szafy – {o}",
         """Dzień dobry,

szafa trzydrzwiowa „Berg” z zamówienia {o} waży z opakowaniem ok. 140 kg, więc dowozi ją nasz własny transport z wniesieniem. Na Pana rejon mamy wolne takie okna:

• wtorek 15.12.2026, 8:00–12:00
• wtorek 15.12.2026, 12:00–16:00
• czwartek 17.12.2026, 16:00–20:00

Proszę odpisać, który termin pasuje, i napisać, na którym piętrze jest mieszkanie oraz czy w budynku jest winda.

Pozdrawiam
Grzegorz Wójcik, koordynator dostaw
Meblownia Dębowa""",
         [], "Clean delivery scheduling for a bulky wardrobe with Polish dates and time slots."),

    _rec(11, "home-service-appointment", "html",
         "Montaż zmywarki – wybór terminu, zamówienie {o}",
         """<p>Dzień dobry Pani Ireno,</p>
<p>do zamówienia {o} wykupiła Pani usługę montażu zmywarki do zabudowy. Nasz instalator może przyjechać w jednym z terminów:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Dzień</th><th>Godziny</th></tr>
<tr><td>poniedziałek, 14 grudnia 2026</td><td>9:00–12:00</td></tr>
<tr><td>środa, 16 grudnia 2026</td><td>13:00–16:00</td></tr>
<tr><td>sobota, 19 grudnia 2026</td><td>8:00–11:00</td></tr>
</table>
<p>Prosimy o odpowiedź z wybranym terminem. Przed wizytą warto zostawić wolny dostęp do zaworu wody i gniazdka.</p>
<p>Pozdrawiamy<br>Zespół montażu AGD Nowak</p>""",
         [], "Clean HTML home-service appointment with a table of slots."),

    _rec(12, "custom-design-verification", "text",
         "Projekt grawerunku do akceptacji – {o}",
         """Dzień dobry,

w załączniku (projekt_grawer_v2.pdf) jest podgląd grawerunku na deseczce do serwowania z zamówienia {o}:

napis: „Ania & Michał – 12.06.2027”
czcionka: pisana, wysokość liter 14 mm
położenie: prawy dolny róg

Proszę sprawdzić pisownię imion i datę. Grawerujemy dopiero po Pani akceptacji – wystarczy odpisać „akceptuję” albo podać poprawki.

Pozdrawiam
Szymon Baran
Grawerownia Laser-Art""",
         [], "Clean design proof with an attached PDF and engraving details."),

    _rec(13, "fulfillment-question", "text",
         "Kod do bramy – dostawa do zamówienia {o}",
         """Dzień dobry,

kierowca firmy transportowej, która dowozi Pani sofę (zamówienie {o}, nr zlecenia transportowego TR/2026/1207/15, nr dokumentu WZ 3318/12/2026), zgłosił, że osiedle jest zamknięte bramą na kod.

Czy może Pani podać kod do bramy i ewentualnie do klatki? Jeśli woli Pani go nie podawać, proszę napisać, czy ktoś otworzy bramę na miejscu.

Pozdrawiam
Karolina Dudek
Sofa-Dom""",
         [], "Clean door-code question carrying transport and document reference numbers."),

    _rec(14, "reply", "text",
         "Re: Półka – udźwig",
         """Dzień dobry Panie Adamie,

półka „Nordic Oak Floating Shelf 80 cm”, którą kupił Pan w zamówieniu {o}, przy montażu na dołączonych kołkach w ścianie z cegły pełnej utrzyma do 25 kg, równomiernie rozłożonych. Na płycie gipsowo-kartonowej potrzebne są kołki motylkowe i wtedy zalecamy najwyżej 10 kg.

Pozdrawiam
Natalia Górecka
Drewniane Półki Górecki""",
         [], "Clean reply quoting an English product title inside Polish sentences."),

    _rec(15, "reply", "text",
         "Re: Nie grzeje – zamówienie {o}",
         """Dzień dobry,

z opisu wynika, że w grzejniku olejowym z zamówienia {o} mógł zadziałać termostat zabezpieczający. Proszę odłączyć urządzenie od prądu na 30 minut i spróbować ponownie.

Jeśli to nie pomoże, usterkę najszybciej rozwiąże serwis producenta w ramach gwarancji. Infolinia gwarancyjna producenta (Termix Polska): 801 440 220, pon.–pt. 8:00–18:00. Przy zgłoszeniu przyda się numer seryjny z tabliczki znamionowej.

Pozdrawiam
Dział reklamacji, AGD Nowak""",
         [], "Clean reply giving the manufacturer's warranty hotline, marked as such (BSM309 exception)."),

    _rec(16, "reply", "html",
         "Re: Pytanie o skład – {o}",
         """<p>Dzień dobry,</p>
<p>dziękuję za pytanie dotyczące zamówienia {o}. Krem do rąk z nagietkiem nie zawiera parabenów ani olejków eterycznych; pełny skład INCI jest wydrukowany na spodzie tubki. Jest bezpieczny dla skóry wrażliwej, ale przy uczuleniu na rośliny z rodziny astrowatych radzimy najpierw zrobić próbę na małym fragmencie skóry.</p>
<p>Pozdrawiam<br>Dorota Michalak<br>specjalistka ds. produktu</p>
<p><small>Mydlarnia Nagietek sp. z o.o.<br>ul. Ogrodowa 17/3, 80-298 Gdańsk<br>NIP 584-276-11-09 · REGON 381456723 · KRS 0000812345<br>Sąd Rejonowy Gdańsk-Północ w Gdańsku, VII Wydział Gospodarczy KRS<br>Kapitał zakładowy: 50 000,00 zł</small></p>""",
         [], "Clean reply with a full Polish company-details footer (NIP, REGON, KRS, court, capital)."),

    _rec(17, "reply", "text",
         "Re: Kiedy zwrot pieniędzy? {o}",
         """Dzień dobry Pani Justyno,

sprawdziłem zwrot do zamówienia {o}:

– numer zwrotu: ZW/2026/11/0217
– numer nadania Pani paczki zwrotnej: 6200 9871 4413 2205 1187 09
– paczka dotarła do nas 03.12.2026 o 10:42
– zwrot 189,00 zł za kurtkę oraz 14,99 zł kosztów dostawy zleciliśmy 04.12.2026 o 9:15

Pieniądze powinny pojawić się na rachunku w ciągu 3–5 dni roboczych, w zależności od banku.

Pozdrawiam
Michał Sikora
Sklep Górski Szlak""",
         [], "Clean reply with return and tracking numbers, dates, times and amounts (none are phone numbers)."),

    # ------------------------------------------------------------- violations
    _rec(18, "fulfillment-question", "text",
         "Twoja paczka jest w drodze – {o}",
         """Cześć!

Dobra wiadomość: paczka z zamówienia {o} opuściła dziś nasz magazyn w Bydgoszczy i została przekazana kurierowi. Zwykle dojeżdża w 1–2 dni robocze.

Ekipa Skarpetkowo""",
         ["BSM201"], "Shipping confirmation: the parcel left the warehouse and was handed to the courier."),

    _rec(19, "fulfillment-question", "html",
         "Zamówienie {o} przyjęte",
         """<p>Dzień dobry,</p>
<p>Pani zamówienie {o} dotarło do nas i jest właśnie kompletowane. Kolczyki srebrne „Krople” zostaną starannie zapakowane w pudełko prezentowe.</p>
<p>Pozdrawiamy<br>Pracownia Srebra Lustro</p>""",
         ["BSM201"], "Order confirmation: order received and being put together/packed."),

    _rec(20, "fulfillment-question", "text",
         "Dziękujemy! {o}",
         """Dzień dobry,

serdecznie dziękujemy, że wybrał Pan naszą palarnię. To dla nas naprawdę dużo znaczy.

Pozdrawiamy ciepło
Palarnia Ziarenko
Zamówienie: {o}""",
         ["BSM202"], "Thanks only; the order number is no content."),

    _rec(21, "fulfillment-question", "text",
         "Zamówienie {o}",
         """Szanowna Pani,

gdyby cokolwiek było nie tak z zamówieniem {o}, jesteśmy do dyspozycji i chętnie pomożemy.

Z poważaniem
Zespół Lniany Kąt""",
         ["BSM202"], "Only says the seller is ready to help if a problem comes up."),

    _rec(22, "delivery-delay", "text",
         "Kilka dni opóźnienia – zamówienie {o}",
         """Dzień dobry Panie Krzysztofie,

plecak turystyczny 45 l z zamówienia {o} przyjedzie do nas od producenta dopiero w poniedziałek, więc wyślemy go 15.12.2026 zamiast 10.12.2026. Przepraszamy za zwłokę.

Pozdrawiamy
Sklep Górski Szlak

PS Do końca miesiąca cały asortyment w naszym sklepie jest tańszy o 20% – wystarczy wpisać przy zamówieniu kod ZIMA20.""",
         ["BSM203"], "Permitted delay message with a P.S. promoting 20% off the whole range with a code."),

    _rec(23, "reply", "text",
         "Re: Rozmiar pierścionka {o}",
         """Dzień dobry,

rozmiar 14 odpowiada obwodowi palca 54 mm, więc pierścionek z zamówienia {o} powinien pasować.

A jeśli lubi Pani srebro, warto obserwować nas na Instagramie i Facebooku (Pracownia Srebra Lustro) – w piątek pokazujemy nową kolekcję zimową, a osoby zapisane do naszego newslettera zobaczą ją dzień wcześniej.

Pozdrawiam
Aleksandra""",
         ["BSM203"], "Reply that invites the buyer to follow the shop, subscribe to a newsletter and see a new collection."),

    _rec(24, "review-request", "text",
         "Twoja opinia o zamówieniu {o}",
         """Dzień dobry,

jak sprawdzają się rękawiczki rowerowe z zamówienia {o}? Będziemy wdzięczni za opinię w Amazon. Jak tylko recenzja się pojawi, wyślemy Panu drobny upominek w podziękowaniu – zestaw naklejek odblaskowych i bidon.

Pozdrawiamy
Rowerownia Kołowrotek""",
         ["BSM204"], "Review request promising a small gift once the review is published."),

    _rec(25, "review-request", "html",
         "Opinia = zwrot 100% – zamówienie {o}",
         """<p>Dzień dobry Pani Moniko,</p>
<p>mamy dla Pani propozycję: proszę napisać recenzję organizera na biurko z zamówienia {o}, a gdy tylko będzie widoczna w Amazon, oddamy Pani pełną kwotę zakupu (64,90 zł) przelewem.</p>
<p>Wystarczy odpisać z nazwą, pod jaką opublikowała Pani opinię.</p>
<p>Pozdrawiamy<br>BiuroPlus</p>""",
         ["BSM204"], "Full refund as soon as the review is online."),

    _rec(26, "reply", "text",
         "Re: Uszkodzona taca – {o}",
         """Dzień dobry Panie Wojciechu,

cieszymy się, że nowa taca z zamówienia {o} dotarła już cała i wszystko jest w porządku. Skoro sprawa jest załatwiona, czy mógłby Pan zaktualizować swoją opinię z jedną gwiazdką albo ją usunąć? Bardzo by nam to pomogło.

Pozdrawiam
Joanna Kruk
Pracownia Ceramiki Glinka""",
         ["BSM205"], "Asks the buyer to update or remove a one-star review."),

    _rec(27, "review-request", "text",
         "Jak oceniasz zakupy? {o}",
         """Cześć Marto,

jeśli jesteś zadowolona z poduszek z zamówienia {o}, zostaw proszę recenzję w Amazon. A jeśli coś Ci się nie spodobało – nie pisz opinii, tylko odezwij się najpierw do nas, na pewno coś wymyślimy.

Pozdrawiamy
Lniany Kąt""",
         ["BSM206"], "Asks only satisfied buyers to review and steers unhappy ones to the seller instead."),

    _rec(28, "review-request", "html",
         "Prośba o ocenę – {o}",
         """<p>Dzień dobry,</p>
<p>będziemy bardzo wdzięczni za ocenę czajnika elektrycznego z zamówienia {o}. Pięć gwiazdek to dla małej firmy takiej jak nasza ogromne wsparcie!</p>
<p><a href="https://www.amazon.pl/review/create-review?asin=B0D7TR2M5X">Oceń czajnik w Amazon</a></p>
<p>Pozdrawiamy<br>AGD Nowak</p>""",
         ["BSM206"], "Review request asking for five stars."),

    _rec(29, "order-problem", "text",
         "Brak towaru – zamówienie {o}",
         """Dzień dobry,

bardzo nam przykro, ale buty trekkingowe w rozmiarze 43 z zamówienia {o} zostały wyprzedane, a producent nie przewiduje dostawy. Kwotę zamówienia (459,00 zł) skorygowaliśmy w całości z powodem „brak towaru”.

Najszybciej sprawę zamknie Pan, anulując zamówienie samodzielnie na swoim koncie Amazon – wtedy wszystko będzie od razu uporządkowane.

Pozdrawiamy
Sklep Górski Szlak""",
         ["BSM108"], "Order problem with the adjustment confirmed, but advises the buyer to cancel himself."),

    _rec(30, "order-problem", "text",
         "Zamówienie {o} – prośba",
         """Szanowna Pani,

niestety skończył nam się zapas świec sojowych o zapachu „Las po deszczu”, które zamówiła Pani w zamówieniu {o}. Bylibyśmy wdzięczni, gdyby złożyła Pani wniosek o anulowanie zamówienia przez Amazon.

Przepraszamy za zamieszanie.
Świecarnia Knot""",
         ["BSM107", "BSM108"], "Out of stock: asks for a cancellation request and never says the amount was adjusted."),

    _rec(31, "delivery-delay", "text",
         "Opóźnienie – {o}",
         """Dzień dobry,

zestaw pędzli z zamówienia {o} wyślemy 16.12.2026, czyli trzy dni później niż planowaliśmy – czekamy na dostawę pudełek.

Przepraszamy!
Art-Pędzel

Nie chcesz dostawać od nas takich wiadomości? Odpisz STOP, a wypiszemy Cię z listy.""",
         ["BSM305"], "Delay message with an opt-out instruction (reply STOP)."),

    _rec(32, "reply", "text",
         "Re: Kiedy wysyłka?! {o}",
         """Panie Dariuszu,

rozumiem zdenerwowanie. Hurtownia, kurwa, trzeci raz przełożyła nam dostawę sakw rowerowych, dlatego zamówienie {o} wyślemy dopiero w piątek 11.12.2026. Gdyby coś się jeszcze zmieniło, od razu dam znać.

Pozdrawiam
Bartek, Rowerownia Kołowrotek""",
         ["BSM306"], "Reply containing a strong Polish profanity."),

    _rec(33, "delivery-delay", "text",
         "Lieferverzögerung – Bestellung {o}",
         """Sehr geehrte Frau Nowicka,

leider verzögert sich der Versand Ihrer Bestellung {o} um etwa eine Woche, da unser Lieferant die Holzspielzeug-Eisenbahn erst am 14.12.2026 liefern kann. Wir versenden voraussichtlich am 16.12.2026.

Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen
Ihr Team von Holzwerk Sommer""",
         ["BSM104"], "Message to a Polish buyer written entirely in German."),

    _rec(34, "delivery-scheduling", "text",
         "Dostawa narożnika – {o}",
         """Dzień dobry,

narożnik z zamówienia {o} możemy dowieźć w piątek 18.12.2026 między 10:00 a 14:00 albo w sobotę 19.12.2026 między 8:00 a 12:00. Który termin Panu pasuje?

Najprościej będzie, jeśli zadzwoni Pan bezpośrednio do kierowcy: 512 348 907.

Pozdrawiam
Sofa-Dom""",
         ["BSM309"], "Delivery scheduling giving a driver's mobile number in national format."),

    _rec(35, "reply", "html",
         "Re: Faktura na firmę – {o}",
         """<p>Dzień dobry,</p>
<p>oczywiście, fakturę na firmę do zamówienia {o} możemy wystawić – proszę odpisać z pełną nazwą firmy i numerem NIP.</p>
<p>Z poważaniem<br>Biuro obsługi klienta BiuroPlus<br>tel. +48 61 842 17 30 (pon.–pt. 8–16)</p>""",
         ["BSM309"], "Reply whose signature carries an international-format shop phone number."),

    _rec(36, "reply", "text",
         "Re: Zdjęcia uszkodzenia {o}",
         """Dzień dobry,

przykro nam z powodu pękniętej miski z zamówienia {o}. Proszę przesłać zdjęcia uszkodzenia i opakowania na adres reklamacje.glinka@poczta-pracownia.pl – wtedy od razu zlecimy wysyłkę nowej.

Pozdrawiam
Joanna Kruk
Pracownia Ceramiki Glinka""",
         ["BSM308"], "Reply giving a plain e-mail address."),

    _rec(37, "reply", "text",
         "Re: Instrukcja – {o}",
         """Dzień dobry,

papierową instrukcję do stacji lutowniczej z zamówienia {o} mamy tylko po angielsku, ale polską wersję w PDF chętnie wyślemy mailem – wystarczy napisać na serwis małpa elektro-dom kropka pl, w temacie podając numer zamówienia.

Pozdrawiam
Elektro-Dom""",
         ["BSM308"], "E-mail address obfuscated with Polish 'małpa' and 'kropka'."),

    _rec(38, "reply", "html",
         "Re: Pranie lnu – {o}",
         """<p>Dzień dobry Pani Agnieszko,</p>
<p>pościel z zamówienia {o} najlepiej prać w 40°C, bez płynu zmiękczającego, i suszyć bez wirowania na najwyższych obrotach.</p>
<p>Więcej wskazówek znajdzie Pani w <a href="https://www.lnianykat.example/poradnik/pielegnacja-lnu">poradniku pielęgnacji lnu na stronie Lniany Kąt</a>.</p>
<p>Pozdrawiam<br>Ewa Sadowska</p>""",
         ["BSM302"], "Reply with an https link to the seller's own site (descriptive text), not needed for the order."),

    _rec(39, "fulfillment-question", "html",
         "Adres dostawy – zamówienie {o}",
         """<p>Dzień dobry,</p>
<p>w adresie dostawy do zamówienia {o} brakuje numeru mieszkania. Prosimy o jego podanie w odpowiedzi albo o sprawdzenie adresu w <a href="http://www.amazon.pl/gp/css/order-history">historii zamówień na koncie Amazon</a>.</p>
<p>Pozdrawiamy<br>Herbaciarnia Czajnik</p>""",
         ["BSM301"], "Descriptive but insecure http link to Amazon."),

    _rec(40, "review-request", "html",
         "Jak smakuje herbata? {o}",
         """<p>Dzień dobry,</p>
<p><img src="https://static.czajnik-herbaciarnia.example/produkty/sencha-kaze-100g.jpg" alt="Herbata zielona Sencha Kaze 100 g" width="240" height="240"></p>
<p>mamy nadzieję, że Sencha Kaze z zamówienia {o} Panu smakuje. Jeśli ma Pan ochotę, prosimy o opinię o produkcie w Amazon.</p>
<p>Pozdrawiamy<br>Herbaciarnia Czajnik</p>""",
         ["BSM310"], "Review request showing a photo of the purchased tea."),

    _rec(41, "delivery-delay", "html",
         "Świąteczne opóźnienie – {o}",
         """<p><img src="https://cdn.obrazki-stock.example/swieta/choinka-z-lampkami.jpg" alt="Choinka z lampkami" width="300" height="200"></p>
<p>Dzień dobry,</p>
<p>w okresie przedświątecznym mamy bardzo dużo zamówień, dlatego zamówienie {o} wyślemy 21.12.2026, dwa dni później niż zapowiadaliśmy.</p>
<p>Przepraszamy i pozdrawiamy<br>Świecarnia Knot</p>""",
         ["BSM311"], "Stock Christmas-tree image unrelated to the shop."),

    _rec(42, "delivery-delay", "html",
         "Nowy termin wysyłki {o}",
         """<p><img src="https://static.skarpetkowo.example/img/skarpetkowo-logo.png" width="140" height="50"></p>
<p>Dzień dobry,</p>
<p>skarpety wełniane z zamówienia {o} wyślemy 17.12.2026 – brakuje nam jeszcze jednego koloru z farbiarni.</p>
<p>Pozdrawiamy<br>Skarpetkowo</p>""",
         ["BSM402"], "Shop logo image without any alt attribute."),

    _rec(43, "additional-information", "text",
         "Kolor ramki – {o} 😊",
         """Dzień dobry!

Do zamówienia {o} potrzebujemy jeszcze jednej informacji: ramka do plakatu ma być czarna czy dębowa? W ofercie przez pomyłkę nie było wyboru koloru 🙈

Pozdrawiamy
Ramiarnia Kadr""",
         ["BSM403"], "Emoji in subject and body."),

    _rec(44, "reply", "text",
         "Re: Rozmiar kurtki {o}",
         """Cześć Piotrze,

kurtka z zamówienia {o} jest szyta raczej na większą sylwetkę, więc jeśli nosisz zwykle L, to M też powinno być OK :) W razie czego wymiana rozmiaru jest bezpłatna ;-)

Pozdrawiam
Michał, Sklep Górski Szlak""",
         ["BSM403"], "Text emoticons ':)' and ';-)'."),

    _rec(45, "delivery-delay", "html",
         "Zmiana terminu – zamówienie {o}",
         """<style>
.naglowek { font-size: 22px; }
.tytul { font-size: 18px; }
.tresc { font-size: 14px; }
.stopka { font-size: 11px; }
</style>
<p class="naglowek"><strong>Ramiarnia Kadr</strong></p>
<p class="tytul">Nowy termin wysyłki</p>
<p class="tresc">Dzień dobry, ramy dębowe z zamówienia {o} wyślemy 18.12.2026 – listwy wróciły z lakierni z opóźnieniem.</p>
<p class="stopka">Ramiarnia Kadr, ul. Stolarska 5, 31-043 Kraków</p>""",
         ["BSM410"], "Four explicit font sizes in a style block, plus the default."),

    _rec(46, "additional-information", "text",
         "Napis na kubku – {o}",
         """Dzień dobry,

do zamówienia {o} potrzebujemy treści napisu na kubek – w uwagach do zamówienia pole zostało puste.


Prosimy o odpowiedź do środy, wtedy zdążymy przed świętami.



Pozdrawiamy
Pracownia Ceramiki Glinka""",
         ["BSM412"], "Runs of blank lines in plain text."),

    _rec(47, "review-request", "text",
         "[Ważne] Twoja opinia – zamówienie {o}",
         """Dzień dobry,

czy mógłby Pan poświęcić minutę i napisać w Amazon opinię o lampce biurkowej z zamówienia {o}? Każda uwaga się przyda.

Pozdrawiamy
Światłownia Kora""",
         ["BSM110"], "[Ważne] tag on a review request."),

    _rec(48, "additional-information", "html",
         "Potwierdzenie adresu – {o}",
         """<p>Dzień dobry,</p>
<p>kurier nie może znaleźć adresu z zamówienia {o}. Prosimy o sprawdzenie danych adresowych – <a href="https://www.amazon.pl/a/addresses">kliknij tutaj</a> – i odpisanie, czy wszystko się zgadza.</p>
<p>Pozdrawiamy<br>Mydlarnia Nagietek</p>""",
         ["BSM401"], "Amazon https link with non-descriptive text 'kliknij tutaj'."),

    # ------------------------------------------------------------------ vary
    _rec(49, "delivery-delay", "html",
         "Informacja o zamówieniu {o}",
         """<div style="font-family: Arial, Helvetica, sans-serif; color: #444444; line-height: 1.7; text-align: center;">
<p>Dzień dobry,</p>
<p>zamówienie {o} (zestaw noży kuchennych „Kuźnia”) wyślemy 14.12.2026 zamiast 9.12.2026 – czekamy na drewniane bloki z tartaku.</p>
<p>Przepraszamy za opóźnienie.<br>Zespół Kuźnia Noży</p>
</div>""",
         ["BSM407", "BSM408", "BSM409", "BSM411"], "Builder wrapper setting font family, colour, line height and centred text."),

    _rec(50, "additional-information", "text",
         "Pytanie o godziny dostawy",
         """Dzień dobry,

do zamówienia nr {o_plain} (stół rozkładany „Dąbrowa”) potrzebujemy informacji, czy pod adresem dostawy ktoś będzie w dni robocze między 8:00 a 16:00. Jeśli nie, prosimy o wskazanie innego adresu.

Pozdrawiam
Meblownia Dębowa""",
         ["BSM102"], "Order number written as 17 digits without hyphens; no hyphenated number anywhere."),
]
