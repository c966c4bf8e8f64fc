# v28 blind evaluation set, Polish (pl-PL). Standard library only.
LANG = "pl"
LOCALE = "pl-PL"


def _oid(n):
    return "597-%07d-%07d" % (3104000 + n * 13717, 8209000 - n * 9311)


MESSAGES = []


def _m(n, typ, fmt, subject, body, expected, note, with_oid=True):
    oid = _oid(n)
    subject = subject.replace("{oid}", oid)
    body = body.replace("{oid}", oid).replace("{oidraw}", oid.replace("-", ""))
    MESSAGES.append({
        "id": "v28-pl-%03d" % n, "language": LANG, "locale": LOCALE, "type": typ,
        "format": fmt, "subject": subject, "body": body, "order_id": oid,
        "expected": sorted(expected), "note": note,
    })


# ---------------- clean (1-17) ----------------
_m(1, "delivery-delay", "text", "Zamówienie {oid} – przesunięcie terminu wysyłki",
"""Dzień dobry Pani Agnieszko,

niestety lakierowane fronty do szafki nocnej, którą Pani zamówiła (zamówienie {oid}), schną dłużej, niż zakładaliśmy – w grudniu w warsztacie jest po prostu zimniej. Szafka wyjedzie od nas najpóźniej 15.12.2026 zamiast 9.12.

Jeśli taki termin Pani nie odpowiada, proszę dać znać w odpowiedzi na tę wiadomość.

Pozdrawiam serdecznie
Tomasz Wróbel
Stolarnia Wróbel, Nowy Targ""",
[], "Plain-text delivery delay from a small joinery with a new dispatch date.")

_m(2, "delivery-delay", "html", "Opóźnienie realizacji – zamówienie nr {oid}",
"""<p>Szanowny Kliencie,</p>
<p>dziękujemy za cierpliwość. Produkt z zamówienia <b>{oid}</b> (<i>Lampa wisząca LOFT 3xE27, czarna</i>) dotrze do naszego magazynu dopiero w przyszłym tygodniu, dlatego przewidywana data wysyłki to <b>poniedziałek, 14 grudnia 2026 r.</b></p>
<table>
<tr><td>Pierwotny termin wysyłki:</td><td>8.12.2026</td></tr>
<tr><td>Nowy termin wysyłki:</td><td>14.12.2026</td></tr>
</table>
<p>Przepraszamy za niedogodność.</p>
<p>Zespół Obsługi Klienta<br>LumiDom</p>""",
[], "Builder HTML delivery delay with a small table of dates, no styling.")

_m(3, "order-problem", "text", "[Ważne] Brak towaru – zamówienie {oid}",
"""Dzień dobry,

bardzo nam przykro, ale nie możemy zrealizować zamówienia {oid} na „Zestaw noży kuchennych Hikari 5 el.” – ostatnia sztuka okazała się uszkodzona przy kontroli, a producent nie ma już tej serii na stanie.

Kwota zamówienia została skorygowana w całości w Seller Central (powód: brak towaru). Zwrot 329,00 zł pojawi się na Pana koncie w ciągu kilku dni roboczych, zgodnie z metodą płatności.

Z wyrazami szacunku
Marta Lis
KuchniaPlus sp. z o.o.""",
[], "Order problem with [Ważne] that confirms the full amount was adjusted for no inventory.")

_m(4, "additional-information", "text", "Grawer – potrzebujemy jeszcze jednej informacji ({oid})",
"""Cześć Kasia,

zabieramy się za grawer na Twojej bransoletce (zamówienie {oid}), ale w polu „tekst” wpisane jest tylko „M & ”. Czy po znaku „&” ma być jeszcze drugie imię albo inicjał? Nie chcemy zgadywać.

Odpisz po prostu na tę wiadomość, a zaraz puścimy bransoletkę do grawerki.

Ola z Pracowni Srebrnej Nitki""",
[], "Informal request for missing engraving text needed to complete the order.")

_m(5, "return-follow-up", "text", "Zwrot do zamówienia {oid} – propozycja",
"""Dzień dobry Panie Krzysztofie,

otrzymaliśmy zgłoszenie zwrotu kurtki softshell z zamówienia {oid}. Na zdjęciu widać przetarcie przy zamku, ale poza tym kurtka jest w pełni sprawna.

Zamiast odsyłania możemy zaproponować częściowy zwrot w wysokości 60,00 zł, a kurtka zostaje u Pana. Jeśli woli Pan jednak standardowy zwrot, oczywiście też go przyjmiemy – wystarczy krótka odpowiedź.

Pozdrawiamy
Dział zwrotów, OutdoorTeka""",
[], "Return follow-up offering a partial refund as an alternative.")

_m(6, "return-follow-up", "text", "Pytanie dot. zwrotu – {oid}",
"""Dzień dobry,

paczka zwrotna do zamówienia {oid} dotarła do nas wczoraj, ale w środku był tylko jeden z dwóch zamówionych filtrów do oczyszczacza. Czy drugi filtr został wysłany osobną przesyłką? Jeśli tak, prosimy o numer nadania, żebyśmy mogli rozliczyć zwrot w całości.

Dziękujemy,
Paweł, obsługa sklepu AirCzysto""",
[], "Return follow-up asking for information needed to complete the return.")

_m(7, "invoice", "text", "Faktura VAT FV/2026/12/0418 do zamówienia {oid}",
"""Dzień dobry,

w załączniku przesyłamy fakturę VAT nr FV/2026/12/0418 do zamówienia {oid}, wystawioną na dane firmy podane przy zakupie.

Wartość brutto: 1 845,00 zł (w tym VAT 23%: 345,00 zł)
Data sprzedaży: 03.12.2026

Sprzedawca:
BiuroMax Jan Kowalczyk
ul. Przemysłowa 12/4, 60-301 Poznań
NIP 781-172-33-45, REGON 301234567

Z poważaniem
Księgowość BiuroMax""",
[], "Invoice with slashes in the invoice number, NIP and REGON in the footer.")

_m(8, "review-request", "text", "Zamówienie {oid} – Twoja opinia",
"""Dzień dobry,

minęło już kilka dni, odkąd do Pani dotarła mata do jogi z zamówienia {oid}. Jeżeli znajdzie Pani chwilę, będziemy wdzięczni za opinię o produkcie na Amazon – każda, także krytyczna, pomaga nam i innym kupującym.

Pozdrawiamy
Ewa i Michał, Joga Ziemia""",
[], "Neutral plain-text review request.")

_m(9, "review-request", "html", "Jak sprawdza się czajnik? Zamówienie {oid}",
"""<p><img src="https://static.herbaciarnia-liscie.pl/img/logo-herbaciarnia-liscie.png" alt="Herbaciarnia Liście – logo" width="160" height="60"></p>
<p>Dzień dobry,</p>
<p>czajnik żeliwny tetsubin z zamówienia {oid} jest u Pana od ponad tygodnia. Będzie nam miło, jeśli podzieli się Pan wrażeniami na jego temat.</p>
<p><a href="https://www.amazon.pl/review/create-review?asin=B0CXT4P2LQ">Napisz opinię o produkcie na Amazon.pl</a></p>
<p>Serdeczności<br>Herbaciarnia Liście</p>""",
[], "HTML review request with the shop logo (alt names it) and a descriptive https Amazon link.")

_m(10, "delivery-scheduling", "text", "Dostawa sofy – wybór terminu (zamówienie {oid})",
"""Dzień dobry Pani Joanno,

sofa narożna Verona (zamówienie {oid}) jest gotowa do wysyłki. Ze względu na gabaryt dowozi ją nasz transport z dwiema osobami, które wniosą ją do mieszkania.

Możliwe terminy:
– środa 16.12.2026, 8:00–12:00
– czwartek 17.12.2026, 12:00–16:00
– piątek 18.12.2026, 16:00–20:00

Proszę odpisać, który termin pasuje, i czy w budynku jest winda.

Pozdrawiam
Bartosz Nowak, koordynator dostaw
Meble Sokół""",
[], "Scheduling delivery of a bulky sofa with date and time slots.")

_m(11, "home-service-appointment", "text", "Montaż zmywarki – zamówienie {oid}",
"""Dzień dobry,

do zamówienia {oid} wykupiona została usługa montażu zmywarki do zabudowy. Nasz instalator, pan Grzegorz, może przyjechać:

• wtorek 15.12. w godz. 9–11,
• wtorek 15.12. w godz. 14–16,
• sobota 19.12. w godz. 10–12.

Prosimy o wybranie jednego z terminów. Przed wizytą warto sprawdzić, czy przy szafce jest zawór wody.

Pozdrawiamy
AGD Serwis Montaże""",
[], "Home-service appointment with time windows.")

_m(12, "custom-design-verification", "html", "Projekt do akceptacji – zamówienie {oid}",
"""<p>Dzień dobry,</p>
<p>w załączniku znajdzie Pan plik <i>projekt_tabliczka_{oid}.pdf</i> – wizualizację tabliczki na drzwi z napisem „Rodzina Zielińskich”, czcionka szeryfowa, grawer na dębie.</p>
<p>Prosimy o sprawdzenie pisowni i odpowiedź „akceptuję” albo listę poprawek. Produkcję zaczniemy dopiero po Pana akceptacji.</p>
<p>Pozdrawiamy,<br>Drewniane Tabliczki – pracownia</p>""",
[], "Design proof attached for verification before production.")

_m(13, "fulfillment-question", "text", "Kod do bramy – zamówienie {oid}",
"""Dzień dobry,

kurier próbował dziś doręczyć paczkę z zamówienia {oid} (nr przesyłki 6200 4417 8833 2019), ale nie mógł wejść na teren osiedla. Czy może Pan podać kod do bramy albo numer klatki/lokalu? Przekażemy go przewoźnikowi przed jutrzejszą próbą doręczenia.

Numer zgłoszenia u przewoźnika: ZG/2026/77120.

Pozdrawiamy
Sklep Rowerowy Szprycha""",
[], "Door/gate code question with tracking and case reference numbers.")

_m(14, "reply", "text", "Re: Pytanie o zamówienie {oid}",
"""Dzień dobry,

zestaw „Ceramic Pour-Over Coffee Dripper Set (Matte Black)” z zamówienia {oid} zawiera dripper, dzbanek 600 ml i 40 filtrów papierowych. Dripper pasuje do filtrów w rozmiarze 02, więc kolejne opakowania kupi Pan bez problemu w każdym sklepie z kawą.

Pozdrawiam
Łukasz, Palarnia Ziarno""",
[], "Reply quoting an English product title inside Polish sentences.")

_m(15, "reply", "text", "Re: Gwarancja – wiertarka, zamówienie {oid}",
"""Dzień dobry,

wiertarko-wkrętarka z zamówienia {oid} jest objęta 24-miesięczną gwarancją producenta. Naprawy gwarancyjne prowadzi bezpośrednio serwis producenta – infolinia gwarancyjna producenta (Makton Polska): 22 487 35 10, pon.–pt. 8:00–16:00. Wystarczy podać numer seryjny z tabliczki na rękojeści.

Gdyby serwis potrzebował faktury, prześlemy ją w tej wiadomości.

Pozdrawiamy
Narzędziownia Kowal""",
[], "Reply giving the manufacturer's warranty hotline, marked as such.")

_m(16, "reply", "text", "Re: Dane sprzedawcy do zamówienia {oid}",
"""Dzień dobry,

oczywiście – poniżej pełne dane naszej firmy, potrzebne do rozliczenia zakupu z zamówienia {oid} w Pani firmie.

Papiernia Nova sp. z o.o.
ul. Długa 44/2
31-146 Kraków
NIP 676-251-19-03
REGON 122456780
KRS 0000412345, Sąd Rejonowy dla Krakowa-Śródmieścia, XI Wydział Gospodarczy KRS
Kapitał zakładowy: 50 000,00 zł

Pozdrawiamy
Zespół Papierni Nova""",
[], "Reply with a company-details footer (NIP, REGON, KRS).")

_m(17, "reply", "text", "Re: Gdzie jest mój zwrot? ({oid})",
"""Dzień dobry,

sprawdziłam: paczka zwrotna do zamówienia {oid} (nr zwrotu RZ-2026-08813, list przewozowy 0034 5501 7788 1290) została odebrana w naszym magazynie 04.12.2026 o 13:42. Zwrot 219,90 zł zleciliśmy 05.12.2026 o 9:15, więc w zależności od banku środki powinny być na koncie do 11.12.2026.

Pozdrawiam
Natalia Gajewska
Obsługa klienta, ModaLen""",
[], "Reply with return and tracking numbers, dates, times and amounts.")

# ---------------- violations (18-48) ----------------
_m(18, "fulfillment-question", "text", "Paczka w drodze – {oid}",
"""Hej!

Dobra wiadomość: Twoja paczka z zamówienia {oid} opuściła już nasz magazyn w Łodzi i dziś po południu przekazaliśmy ją kurierowi InPost.

Pozdrawiamy
Ekipa KawaNaWynos""",
["BSM201"], "Shipping confirmation: left the warehouse and handed to the carrier.")

_m(19, "fulfillment-question", "text", "Zamówienie {oid}",
"""Szanowni Państwo,

uprzejmie informujemy, że Państwa zamówienie {oid} wpłynęło do nas i jest właśnie kompletowane przez nasz dział logistyki.

Z poważaniem
Hurtownia Elektryczna Volt""",
["BSM201"], "Order confirmation: order received and being prepared.")

_m(20, "fulfillment-question", "text", "Dziękujemy! ({oid})",
"""Dzień dobry,

chcieliśmy tylko bardzo podziękować za zakupy w naszym sklepie (zamówienie {oid}). To dla nas ogromnie ważne!

Ściskamy
Pracownia Świec Płomyk""",
["BSM202"], "Thanks-only message.")

_m(21, "fulfillment-question", "text", "Zamówienie {oid} – jesteśmy do dyspozycji",
"""Dzień dobry,

gdyby z zamówieniem {oid} cokolwiek było nie tak, proszę śmiało pisać – chętnie pomożemy.

Pozdrawiamy
Sklep Zoologiczny Merdak""",
["BSM202"], "Only says the seller is there if anything comes up.")

_m(22, "delivery-delay", "text", "Drobne opóźnienie – zamówienie {oid}",
"""Dzień dobry,

kubki z zamówienia {oid} wyjdą z pieca dopiero w czwartek, więc wysyłka nastąpi 11.12.2026, a nie – jak pierwotnie – 9.12. Przepraszamy!

Pozdrawiamy
Glina i Ogień

PS W grudniu cała nasza ceramika jest tańsza o 20% – warto zajrzeć do naszego sklepu przed świętami.""",
["BSM203"], "Permitted delay with a promotional P.S. (20% off the whole range).")

_m(23, "reply", "text", "Re: Rozmiar kapelusza ({oid})",
"""Dzień dobry,

kapelusz z zamówienia {oid} ma obwód 58 cm, a wewnątrz taśmę, którą można lekko ściągnąć.

A jeśli lubi Pani nasze rzeczy – obserwuj nas na Instagramie @kapelusznik.pracownia i zapisz się do newslettera, bo w styczniu wchodzi zupełnie nowa kolekcja filcowych beretów!

Pozdrawiam
Kapelusznik""",
["BSM203"], "Reply that invites the buyer to follow the shop, join a newsletter and see a new collection.")

_m(24, "review-request", "text", "Podziel się opinią – zamówienie {oid}",
"""Dzień dobry,

mamy nadzieję, że organizer na biurko z zamówienia {oid} sprawdza się na co dzień. Będziemy wdzięczni za opinię na Amazon – a gdy już się pojawi, w ramach podziękowania wyślemy Panu mały upominek od nas.

Pozdrawiamy
Porządek.pl""",
["BSM204"], "Review request promising a small gift once the review is published.")

_m(25, "review-request", "text", "Zwrot pieniędzy za opinię – {oid}",
"""Witam,

mamy dla Pani propozycję: wystarczy opisać słuchawki z zamówienia {oid} w recenzji na Amazon, a zaraz po jej publikacji zwrócimy Pani pełną kwotę zakupu, czyli 149,99 zł.

Pozdrawiam
Daniel, AudioSklep""",
["BSM204"], "Full refund offered as soon as the review is online.")

_m(26, "reply", "text", "Re: Reklamacja lampki, zamówienie {oid}",
"""Dzień dobry Panie Adamie,

nowa lampka z zamówienia {oid} została do Pana wysłana w ramach wymiany, bardzo przepraszamy za kłopot z pierwszym egzemplarzem.

Skoro sprawa jest już załatwiona, czy mógłby Pan rozważyć zmianę swojej jednogwiazdkowej recenzji albo po prostu ją usunąć? Dla małej firmy taka ocena to naprawdę duży cios.

Pozdrawiam
Igor, LampArt""",
["BSM205"], "Asks the buyer to change or remove a one-star review.")

_m(27, "review-request", "text", "Zamówienie {oid} – jak wrażenia?",
"""Dzień dobry,

jeśli jest Pani zadowolona z pościeli lnianej z zamówienia {oid}, będzie nam bardzo miło, gdy wystawi Pani opinię na Amazon. A jeśli coś jest nie tak – zamiast pisać recenzję, proszę najpierw napisać do nas, na pewno coś wymyślimy.

Pozdrawiamy
Len i Sen""",
["BSM206"], "Review only if satisfied; unhappy buyers steered to contact the seller.")

_m(28, "review-request", "text", "Prośba – zamówienie {oid}",
"""Cześć,

jesteśmy małą rodzinną firmą i każda ocena ma dla nas znaczenie. Jeśli karma dla kota z zamówienia {oid} smakuje Twojemu pupilowi, zostaw nam proszę pięć gwiazdek na Amazon.

Dzięki!
Mruczek Naturalnie""",
["BSM206"], "Asks for a five-star rating.")

_m(29, "order-problem", "text", "Problem z zamówieniem {oid}",
"""Dzień dobry,

niestety plecaka w kolorze oliwkowym z zamówienia {oid} zabrakło w magazynie. Kwota zamówienia została już przez nas skorygowana z powodem „brak towaru” (NoInventory).

Najszybciej będzie, jeśli sam Pan anuluje zamówienie w swoim koncie na Amazon – wtedy sprawa zamknie się od razu.

Pozdrawiamy
Plecakownia""",
["BSM108"], "Amount adjusted, but advises the buyer to cancel the order himself.")

_m(30, "order-problem", "text", "Zamówienie {oid} – brak na stanie",
"""Szanowna Pani,

z przykrością informujemy, że zamówiona suszarka do włosów (zamówienie {oid}) chwilowo nie jest dostępna u dostawcy.

Bylibyśmy wdzięczni, gdyby złożyła Pani wniosek o anulowanie zamówienia przez Amazon. Bardzo przepraszamy za zamieszanie.

Z poważaniem
Salon Urody Online""",
["BSM107", "BSM108"], "Asks for a cancellation request and never says the amount was adjusted.")

_m(31, "delivery-delay", "text", "Nowy termin wysyłki – {oid}",
"""Dzień dobry,

rękawice narciarskie z zamówienia {oid} wyślemy 14.12.2026 (pierwotnie 10.12.) – dostawca opóźnił dostawę.

Przepraszamy,
Sklep Biały Szczyt

Nie chcesz dostawać od nas wiadomości? Odpisz STOP.""",
["BSM305"], "Delay message with a 'reply STOP' opt-out instruction.")

_m(32, "reply", "text", "Re: Gdzie paczka?! {oid}",
"""No kurwa, ile razy mam to tłumaczyć? Paczka z zamówienia {oid} poszła tydzień temu, a ten pieprzony kurier ją po prostu zgubił. Nie moja wina.

Sklep GadżetBox""",
["BSM306"], "Reply with Polish profanity.")

_m(33, "delivery-delay", "text", "Order {oid} – shipping delay",
"""Hello,

unfortunately the wall shelf from order {oid} will ship a few days later than planned, on 14 December 2026. Our supplier delivered the brackets late.

We apologise for the inconvenience.

Kind regards,
Półka Design""",
["BSM104"], "Message entirely in English to a pl-PL buyer.")

_m(34, "reply", "text", "Re: Montaż karnisza – {oid}",
"""Dzień dobry,

do karnisza z zamówienia {oid} dołączona jest instrukcja, ale jeśli będzie Pani miała kłopot z uchwytami, proszę zadzwonić do mnie na komórkę: 601 234 567, najlepiej po 17:00.

Pozdrawiam
Robert, Karnisze24""",
["BSM309"], "Reply with a Polish mobile number of the seller.")

_m(35, "delivery-scheduling", "text", "Dostawa szafy – zamówienie {oid}",
"""Dzień dobry,

szafa z zamówienia {oid} przyjedzie do Pana w piątek 18.12.2026 między 10:00 a 14:00. W razie potrzeby zmiany terminu proszę kontaktować się z biurem pod numerem +48 22 415 87 30.

Pozdrawiamy
Meble Dąbrowa""",
["BSM309"], "Delivery scheduling with an international-format office phone number.")

_m(36, "reply", "text", "Re: Faktura na firmę – {oid}",
"""Dzień dobry,

fakturę do zamówienia {oid} chętnie wystawimy na firmę. Proszę przesłać NIP i pełną nazwę firmy na adres faktury@drukarnia-kropka.pl, a wyślemy dokument jeszcze dziś.

Pozdrawiamy
Drukarnia Kropka""",
["BSM308"], "Reply with a plain e-mail address.")

_m(37, "return-follow-up", "text", "Zwrot – zamówienie {oid}",
"""Dzień dobry,

żeby dokończyć zwrot butów z zamówienia {oid}, potrzebujemy zdjęcia podeszwy. Najprościej będzie przesłać je na adres reklamacje małpa butyk-krok kropka pl.

Pozdrawiamy
Butyk Krok""",
["BSM308"], "Obfuscated e-mail address written with 'małpa' and 'kropka'.")

_m(38, "reply", "html", "Re: Pielęgnacja deski – {oid}",
"""<p>Dzień dobry,</p>
<p>deska do krojenia z zamówienia {oid} jest z drewna oliwnego, więc najlepiej myć ją ręcznie i raz w miesiącu natłuścić olejem.</p>
<p>Więcej wskazówek znajdzie Pani w naszym poradniku: <a href="https://www.oliwkowydom.pl/poradnik/pielegnacja-desek">Poradnik pielęgnacji drewnianych desek na stronie Oliwkowy Dom</a>.</p>
<p>Pozdrawiamy<br>Oliwkowy Dom</p>""",
["BSM302"], "Descriptive https link to the seller's own website, not needed for the order.")

_m(39, "reply", "html", "Re: Gdzie zobaczę status? ({oid})",
"""<p>Dzień dobry,</p>
<p>status zamówienia {oid} najłatwiej sprawdzić w Pana koncie: <a href="http://www.amazon.pl/gp/your-account/order-history">Moje zamówienia na Amazon.pl</a>.</p>
<p>Pozdrawiam<br>Sklep Fotonik</p>""",
["BSM301"], "Descriptive link to Amazon but over http.")

_m(40, "review-request", "html", "Zamówienie {oid} – podziel się wrażeniami",
"""<p>Dzień dobry,</p>
<p><img src="https://static.wazonownia.pl/produkty/wazon-szklany-bursztyn.jpg" alt="Wazon szklany Bursztyn 30 cm" width="300" height="300"></p>
<p>jak sprawdza się wazon z zamówienia {oid}? Będziemy wdzięczni za opinię na Amazon.</p>
<p><a href="https://www.amazon.pl/review/create-review?asin=B0D1WZ7KQ2">Napisz opinię o wazonie na Amazon.pl</a></p>
<p>Pozdrawiamy<br>Wazonownia</p>""",
["BSM310"], "Review request with a photo of the purchased vase.")

_m(41, "delivery-delay", "html", "Świąteczne opóźnienie – {oid}",
"""<p><img src="https://static.zabawkilas.pl/grafiki/choinka-swieta.jpg" alt="Choinka ze światełkami" width="400" height="250"></p>
<p>Dzień dobry,</p>
<p>w okresie przedświątecznym mamy więcej zamówień niż zwykle – drewniana kolejka z zamówienia {oid} wyjedzie od nas 12.12.2026, a nie 9.12.</p>
<p>Pozdrawiamy<br>Zabawki z Lasu</p>""",
["BSM311"], "Delay with an unrelated Christmas-tree stock image.")

_m(42, "invoice", "html", "Faktura do zamówienia {oid}",
"""<p><img src="https://static.ekoogrod.pl/logo-ekoogrod.png" alt="" width="150" height="50"></p>
<p>Dzień dobry,</p>
<p>w załączeniu faktura nr FV/2026/12/1107 do zamówienia {oid}.</p>
<p>Pozdrawiamy<br>EkoOgród s.c., NIP 852-264-71-03</p>""",
["BSM402"], "Invoice with the shop logo but an empty alt attribute.")

_m(43, "delivery-delay", "text", "Zamówienie {oid} – mała obsuwa",
"""Hejka!

Twój sweter z zamówienia {oid} jeszcze się dzierga 🧶 – wyślemy go 13.12.2026. Sorki za czekanie 🙏

Ania, Włóczkowe Love""",
["BSM403"], "Delay with emoji.")

_m(44, "additional-information", "text", "Kolor nici – zamówienie {oid}",
"""Dzień dobry,

do haftu na ręczniku (zamówienie {oid}) nie wybrała Pani koloru nici. Złoty czy srebrny? Odpisz proszę, a od razu zaczynamy ;-)

Pozdrawiam
Haftownia Igiełka""",
["BSM403"], "Information request ending with an emoticon.")

_m(45, "delivery-delay", "html", "Opóźnienie – zamówienie {oid}",
"""<style>
.naglowek { font-size: 24px; }
.podtytul { font-size: 18px; }
.tresc { font-size: 15px; }
.stopka { font-size: 11px; }
</style>
<p class="naglowek">Opóźnienie wysyłki</p>
<p class="podtytul">Zamówienie {oid}</p>
<p class="tresc">Dzień dobry, ekspres do kawy z Pana zamówienia wyślemy 15.12.2026 zamiast 10.12.2026 – czekamy na dostawę od importera.</p>
<p class="stopka">KawoMaty sp. z o.o.</p>""",
["BSM410"], "Style block with four explicit font sizes besides the default.")

_m(46, "delivery-delay", "text", "Termin wysyłki – {oid}",
"""Dzień dobry,


zegar ścienny z zamówienia {oid} wyślemy dopiero 16.12.2026, bo czekamy na mechanizmy od dostawcy.



Przepraszamy i pozdrawiamy
Zegarmistrz Online""",
["BSM412"], "Plain text with runs of blank lines.")

_m(47, "review-request", "text", "[Ważne] Twoja opinia o zamówieniu {oid}",
"""Dzień dobry,

grzejnik olejowy z zamówienia {oid} działa u Pana od kilku dni. Jeśli ma Pan chwilę, prosimy o opinię na Amazon – pomaga ona innym kupującym wybrać właściwy model.

Pozdrawiamy
Ciepło w Domu""",
["BSM110"], "[Ważne] tag on a review request, which is not critical.")

_m(48, "reply", "html", "Re: Instrukcja obsługi – {oid}",
"""<p>Dzień dobry,</p>
<p>instrukcję do robota kuchennego z zamówienia {oid} znajdzie Pani na stronie produktu – <a href="https://www.amazon.pl/dp/B0C8M2R4TS">kliknij tutaj</a>.</p>
<p>Pozdrawiamy<br>MikserMania</p>""",
["BSM401"], "Amazon link with non-descriptive 'kliknij tutaj' text.")

# ---------------- varying (49-50) ----------------
_m(49, "delivery-delay", "html", "Zmiana terminu wysyłki – {oid}",
"""<div style="font-family: Arial, Helvetica, sans-serif; color: #333333; line-height: 1.6; text-align: center;">
<p>Dzień dobry,</p>
<p>dywan z zamówienia {oid} zostanie wysłany 17.12.2026 (zamiast 11.12.2026) z powodu opóźnienia w farbiarni.</p>
<p>Przepraszamy za utrudnienia.<br>Dywany Orient</p>
</div>""",
["BSM407", "BSM408", "BSM409", "BSM411"], "Builder wrapper setting font family, colour, line height and centring.")

_m(50, "delivery-delay", "text", "Opóźnienie wysyłki",
"""Dzień dobry,

Pana zamówienie nr {oidraw} (kosiarka akumulatorowa) wyślemy z opóźnieniem – nowy termin to 14.12.2026.

Przepraszamy
Ogród i Narzędzia""",
["BSM102"], "Order number written without hyphens, so no valid order id.")
