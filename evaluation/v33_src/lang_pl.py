"""Polish (pl) evaluation messages, set v33."""

MESSAGES = []


def _m(typ, fmt, subject, body, oid, expected, note, locale="pl-PL"):
    MESSAGES.append({
        "id": "v33-pl-%03d" % (len(MESSAGES) + 1),
        "language": "pl",
        "locale": locale,
        "type": typ,
        "format": fmt,
        "subject": subject,
        "body": body,
        "order_id": oid,
        "expected": expected,
        "note": note,
    })


# 1 clean: delivery delay, text
_m("delivery-delay", "text", "Opóźnienie wysyłki – zamówienie 647-2093384-1157702",
"""Dzień dobry Pani Agnieszko,

piszę w sprawie zamówienia 647-2093384-1157702 (lampa wisząca z rattanu, średnica 45 cm). Nasz dostawca klosze dowiezie do pracowni dopiero w przyszłym tygodniu, więc lampa nie wyjedzie do Pani w zapowiadanym terminie.

Nowy przewidywany termin nadania to 15 grudnia 2026 r. Jeśli cokolwiek się zmieni, dam znać od razu.

Przepraszam za kłopot.
Marek Wiśniewski
Pracownia Splot, Nowy Sącz""",
"647-2093384-1157702", [], "Clean delivery delay in plain text with a new ship date.")

# 2 clean: delivery delay, html
_m("delivery-delay", "html", "Zamówienie 647-4418270-3395016 – nowy termin",
"""<p>Szanowny Panie,</p>
<p>uprzejmie informujemy, że realizacja zamówienia <b>647-4418270-3395016</b> (komplet 4 opon zimowych 205/55 R16) przesunie się o kilka dni. Hurtownia opóźniła dostawę do naszego magazynu w Poznaniu.</p>
<ul>
<li>pierwotny termin wysyłki: 8.12.2026</li>
<li>nowy termin wysyłki: 11.12.2026</li>
</ul>
<p>Bardzo przepraszamy za zmianę planów.</p>
<p>Z poważaniem<br>Dział obsługi klienta<br>OponyExpress Sp. z o.o.</p>""",
"647-4418270-3395016", [], "Clean HTML delivery delay with a list of dates.")

# 3 clean: order problem with [Ważne], amount adjusted
_m("order-problem", "text", "[Ważne] Brak towaru – zamówienie 647-8830125-6604481",
"""Dzień dobry,

niestety, przy kompletowaniu zamówienia 647-8830125-6604481 okazało się, że ostatnia sztuka ekspresu ciśnieniowego Caffè Primo 1450 W została uszkodzona w magazynie i nie możemy jej wysłać.

Całkowita kwota zamówienia (1 249,00 zł) została już skorygowana w systemie Amazon z powodem „brak towaru”. Środki wrócą na Pana konto w ciągu kilku dni roboczych, zgodnie z metodą płatności.

Bardzo przepraszamy.
Zespół sklepu AGDmax""",
"647-8830125-6604481", [], "Clean order problem with [Ważne] in the subject and a confirmed adjustment.")

# 4 clean: additional information
_m("additional-information", "text", "Pytanie do zamówienia 647-1172093-5540128",
"""Dzień dobry Panie Tomaszu,

żeby wyciąć blat dokładnie na wymiar (zamówienie 647-1172093-5540128, blat dębowy 40 mm), potrzebuję jeszcze jednej informacji: czy otwór pod zlew ma być wycięty u nas, czy zrobi go Pan na miejscu? Jeśli u nas, proszę podać wymiary zlewu i odległość od lewej krawędzi.

Bez tego nie ruszę z cięciem.

Pozdrawiam
Krzysztof – Stolarnia Dębowy Kąt""",
"647-1172093-5540128", [], "Clean request for information needed to complete a custom cut.")

# 5 clean: return follow-up, partial refund
_m("return-follow-up", "text", "Zwrot – zamówienie 647-3306617-9021475",
"""Dzień dobry,

otrzymaliśmy zgłoszenie zwrotu plecaka turystycznego 45 l z zamówienia 647-3306617-9021475. Z opisu wynika, że problemem jest tylko odpruty uchwyt na kijki.

Zamiast odsyłać cały plecak, możemy zaproponować częściowy zwrot w wysokości 60,00 zł, a plecak zostaje u Pani. Jeśli woli Pani jednak pełny zwrot, proszę po prostu odpisać – wtedy prześlemy etykietę.

Pozdrawiamy
Szlakiem – sprzęt outdoor""",
"647-3306617-9021475", [], "Clean return follow-up offering a partial refund.")

# 6 clean: return follow-up, question
_m("return-follow-up", "text", "Pytanie o zwrot 647-5519042-0837716",
"""Dzień dobry Panie Piotrze,

w sprawie zwrotu słuchawek z zamówienia 647-5519042-0837716: w paczce, która do nas dotarła, nie było etui ładującego. Czy mógłby Pan sprawdzić, czy zostało w domu? Bez niego nie możemy zamknąć zwrotu.

Dziękuję i pozdrawiam,
Ola, Audiofan.pl""",
"647-5519042-0837716", [], "Clean return follow-up asking for a missing item to complete the return.")

# 7 clean: invoice with NIP, KRS, invoice number with slashes
_m("invoice", "text", "Faktura VAT do zamówienia 647-6640981-2275033",
"""Dzień dobry,

w załączniku przesyłamy fakturę VAT nr FV/2026/12/0457 do zamówienia 647-6640981-2275033 (drukarka etykiet TermoLine 80).

Dane sprzedawcy:
BiuroTech Sp. z o.o.
ul. Składowa 14, 61-897 Poznań
NIP 782-254-13-09, REGON 302114578, KRS 0000412377

Faktura wystawiona na NIP nabywcy 525-000-12-46, zgodnie z danymi podanymi przy zamówieniu.

Z poważaniem
Księgowość BiuroTech""",
"647-6640981-2275033", [], "Clean invoice with NIP, REGON, KRS numbers and a slashed invoice number.")

# 8 clean: neutral review request, text
_m("review-request", "text", "Zamówienie 647-9901254-4412290 – Pani opinia",
"""Dzień dobry,

minęło kilka dni, odkąd świece sojowe z zamówienia 647-9901254-4412290 są u Pani. Będziemy wdzięczni, jeśli znajdzie Pani chwilę, żeby opisać na Amazonie swoje wrażenia – zarówno dobre, jak i złe. Każda opinia pomaga nam i innym kupującym.

Serdecznie pozdrawiamy
Manufaktura Knot""",
"647-9901254-4412290", [], "Clean neutral review request in plain text.")

# 9 clean: review request html with logo and amazon link
_m("review-request", "html", "Jak sprawdza się czajnik? Zamówienie 647-2285560-7718134",
"""<p><img src="https://cdn.kuchniaplus.pl/mail/logo-kuchniaplus.png" alt="Logo sklepu KuchniaPlus" width="160" height="48"></p>
<p>Dzień dobry,</p>
<p>czajnik ze stali nierdzewnej z zamówienia 647-2285560-7718134 jest już u Pana od tygodnia. Jeśli ma Pan ochotę podzielić się opinią o produkcie, można to zrobić tutaj: <a href="https://www.amazon.pl/review/create-review?asin=B0CX7K2L9P">napisz recenzję czajnika na Amazon.pl</a>.</p>
<p>Pozdrawiamy<br>Zespół KuchniaPlus</p>""",
"647-2285560-7718134", [], "Clean HTML review request with the shop logo (alt) and a descriptive Amazon link.")

# 10 clean: delivery scheduling
_m("delivery-scheduling", "text", "Umówienie dostawy szafy – 647-7034418-3361907",
"""Dzień dobry Pani Katarzyno,

szafa przesuwna 250 cm (zamówienie 647-7034418-3361907) waży ok. 180 kg i jedzie w trzech paczkach na palecie, dlatego kierowca musi umówić się z Panią na konkretny dzień.

Mamy wolne terminy:
- wtorek 15.12.2026, 8:00–12:00
- środa 16.12.2026, 12:00–16:00
- piątek 18.12.2026, 8:00–14:00

Proszę wybrać jeden z nich i napisać, na którym piętrze jest mieszkanie i czy jest winda.

Pozdrawiam
Jolanta Mazur
Meble Sosnowe Mazur""",
"647-7034418-3361907", [], "Clean delivery scheduling of a bulky wardrobe with time slots.")

# 11 clean: home service appointment
_m("home-service-appointment", "html", "Montaż zmywarki – zamówienie 647-4121187-8850263",
"""<p>Dzień dobry,</p>
<p>do zamówienia 647-4121187-8850263 dołączona jest usługa montażu zmywarki do zabudowy. Nasz instalator, pan Grzegorz, może przyjechać w jednym z terminów:</p>
<table border="1" cellpadding="6">
<tr><th>Dzień</th><th>Godziny</th></tr>
<tr><td>czwartek, 10 grudnia 2026</td><td>9:00–11:00</td></tr>
<tr><td>sobota, 12 grudnia 2026</td><td>10:00–13:00</td></tr>
</table>
<p>Prosimy o odpowiedź, który termin pasuje, oraz o potwierdzenie, że przyłącze wody jest przy szafce.</p>
<p>Pozdrawiamy<br>Serwis Domowy AGD-Serwis Kraków</p>""",
"647-4121187-8850263", [], "Clean home-service appointment with a table of slots.")

# 12 clean: custom design verification
_m("custom-design-verification", "text", "Projekt grawerunku do akceptacji – 647-5867702-1093548",
"""Dzień dobry,

w załączniku jest podgląd grawerunku na desce do krojenia z zamówienia 647-5867702-1093548. Napis: „Ania i Paweł – 12.06.2027”, czcionka szeryfowa, wysokość liter 12 mm.

Proszę sprawdzić pisownię imion i datę. Grawerujemy dopiero po Pani akceptacji – wystarczy odpisać „akceptuję” albo przesłać poprawki.

Pozdrawiam
Ewa z Pracowni Drewnianej Bukowina""",
"647-5867702-1093548", [], "Clean custom design proof awaiting approval.")

# 13 clean: door code question with reference numbers
_m("fulfillment-question", "text", "Kod do bramy – zamówienie 647-3390045-6628871",
"""Dzień dobry,

kurier przekazał nam, że pod adresem z zamówienia 647-3390045-6628871 brama osiedla jest zamknięta i nie mógł doręczyć przesyłki (numer zlecenia kurierskiego KR/88412/2026, numer referencyjny 0041-7730-22).

Czy może Pan podać kod do bramy albo numer lokalu, pod który kurier ma dzwonić na domofon? Przekażemy to przy ponownym doręczeniu.

Pozdrawiamy
Sklep Zdrowa Spiżarnia""",
"647-3390045-6628871", [], "Clean door-code question with reference numbers that are not phone numbers.")

# 14 clean: reply quoting foreign product title
_m("reply", "text", "Re: Rozmiar – 647-0058826-4471539",
"""Dzień dobry Pani Magdaleno,

model „Trail Runner Women's Lightweight Hiking Boot” z zamówienia 647-0058826-4471539 wypada mniej więcej pół numeru mniejszy niż standardowe polskie rozmiary. Przy stopie o długości 24,5 cm polecałbym rozmiar 39 zamiast 38.

Jeśli chce Pani wymienić obecną parę, wystarczy zgłosić zwrot na Amazonie, a nową parę zamówić osobno.

Pozdrawiam
Łukasz, Górskie Buty""",
"647-0058826-4471539", [], "Clean reply quoting an English product title inside Polish sentences.")

# 15 clean: reply with manufacturer's warranty hotline
_m("reply", "text", "Re: Gwarancja wkrętarki – zamówienie 647-6612379-2204856",
"""Dzień dobry,

wkrętarka z zamówienia 647-6612379-2204856 jest objęta 24-miesięczną gwarancją producenta. Naprawy gwarancyjne prowadzi bezpośrednio serwis producenta.

Infolinia gwarancyjna producenta (Narzędzia Kraft Polska): 22 487 31 00, pon.–pt. 8:00–16:00.

Przy zgłoszeniu przyda się numer seryjny z tabliczki pod akumulatorem oraz dowód zakupu – fakturę możemy dosłać, jeśli będzie potrzebna.

Pozdrawiam
Sklep Majsterkowo""",
"647-6612379-2204856", [], "Clean reply with a phone number marked as the manufacturer's warranty line.")

# 16 clean: reply with company footer
_m("reply", "html", "Re: Skład herbaty – 647-1485530-9967102",
"""<p>Dzień dobry,</p>
<p>odpowiadając na pytanie do zamówienia 647-1485530-9967102: mieszanka „Zimowy Ogród” zawiera czarną herbatę cejlońską, skórkę pomarańczy, goździki i kawałki jabłka. Nie zawiera orzechów ani glutenu, ale jest pakowana w zakładzie, w którym przetwarza się migdały.</p>
<p>Pozdrawiam<br>Barbara Kowalczyk</p>
<p><small>Herbaciarnia Czajnik s.c., ul. Długa 7, 80-827 Gdańsk<br>NIP 583-301-77-64 · REGON 221904413<br>Biuro czynne pon.–pt. 9:00–17:00</small></p>""",
"647-1485530-9967102", [], "Clean reply with a company-details footer (NIP, REGON, address, hours).")

# 17 clean: reply with return numbers, dates, amounts
_m("reply", "text", "Re: Status zwrotu 647-8123904-5506637",
"""Dzień dobry Panie Adamie,

sprawdziłam zwrot z zamówienia 647-8123904-5506637. Paczka ze zwrotem (numer przesyłki zwrotnej 6200 1377 4590 0812) dotarła do naszego magazynu 3.12.2026 o 10:42. Zwrot w kwocie 329,99 zł zleciliśmy 4.12.2026; bank zwykle księguje go w ciągu 3–5 dni roboczych.

Numer zgłoszenia zwrotu po naszej stronie to ZW/2026/3318.

Pozdrawiam
Monika, RoweroweLove""",
"647-8123904-5506637", [], "Clean reply about a return with tracking, return numbers, dates, times and amounts.")

# 18 BSM201: handed to carrier
_m("fulfillment-question", "text", "Zamówienie 647-2240718-3319845",
"""Dzień dobry,

dobra wiadomość – Pani paczka z zamówienia 647-2240718-3319845 opuściła dziś rano nasz magazyn w Łodzi i została przekazana firmie kurierskiej. Zwykle doręczenie trwa 1–2 dni robocze.

Pozdrawiamy
Dziecięcy Świat Zabawek""",
"647-2240718-3319845", ["BSM201"], "Shipping confirmation: parcel left the warehouse and was handed to the courier.")

# 19 BSM201: order received and being prepared
_m("additional-information", "html", "Twoje zamówienie 647-5503361-8842017",
"""<p>Cześć!</p>
<p>Twoje zamówienie 647-5503361-8842017 dotarło do nas i już je kompletujemy – zestaw przypraw trafi do pudełka jeszcze dziś.</p>
<p>Ekipa Przyprawownia</p>""",
"647-5503361-8842017", ["BSM201"], "Order confirmation: order received and being packed.")

# 20 BSM202: thanks only
_m("reply", "text", "Dziękujemy! 647-9087714-1126530",
"""Dzień dobry,

bardzo dziękujemy za zakupy w naszym sklepie (zamówienie 647-9087714-1126530). To dla nas wiele znaczy!

Serdeczności
Włóczkowo""",
"647-9087714-1126530", ["BSM202"], "Thanks-only message.")

# 21 BSM202: only available if problems
_m("fulfillment-question", "text", "Zamówienie 647-3348826-0075491",
"""Szanowny Panie,

w razie jakichkolwiek pytań czy problemów z zamówieniem 647-3348826-0075491 jesteśmy do Pana dyspozycji. Wystarczy napisać przez Amazon.

Z pozdrowieniami
Zespół Elektro-Part""",
"647-3348826-0075491", ["BSM202"], "Only an offer to help if something comes up.")

# 22 BSM203: P.S. discount
_m("delivery-delay", "text", "Drobne opóźnienie – 647-6091147-2238870",
"""Dzień dobry Pani Justyno,

sukienka lniana z zamówienia 647-6091147-2238870 wróciła od krawcowej z lekkim poślizgiem – wyślemy ją w czwartek 10 grudnia zamiast we wtorek.

Przepraszamy!
Lniana Szafa

PS Do końca grudnia cała nasza kolekcja jest tańsza o 20%, warto zajrzeć do naszego sklepu.""",
"647-6091147-2238870", ["BSM203"], "Delivery delay with a 20 % sale in the P.S.")

# 23 BSM203: follow us / newsletter / new collection
_m("review-request", "text", "Zamówienie 647-1127765-4490328 – co Pan sądzi?",
"""Dzień dobry,

jeśli ma Pan chwilę, prosimy o opinię o lampce biurkowej z zamówienia 647-1127765-4490328 na Amazonie.

A jeżeli chce Pan być na bieżąco, zapraszamy na nasz profil na Instagramie (@swiatlo_i_cien) i do zapisu na newsletter – w styczniu pokażemy zupełnie nową kolekcję lamp podłogowych.

Pozdrawiamy
Światło i Cień""",
"647-1127765-4490328", ["BSM203"], "Review request plus follow-us, newsletter and new collection promotion.")

# 24 BSM204: small token after review
_m("review-request", "text", "Mały prezent? Zamówienie 647-4452081-9903617",
"""Dzień dobry Pani Ireno,

mamy nadzieję, że krem z zamówienia 647-4452081-9903617 dobrze się sprawdza. Jeśli napisze Pani o nim kilka słów na Amazonie, po publikacji opinii wyślemy Pani drobny upominek od naszej manufaktury – tak po prostu, w podziękowaniu.

Ciepło pozdrawiamy
Ziołowa Apteczka""",
"647-4452081-9903617", ["BSM204"], "Small gift promised once the review is published.")

# 25 BSM204: full refund when review online
_m("review-request", "html", "Zamówienie 647-7760039-1185524",
"""<p>Dzień dobry,</p>
<p>mamy do Pana nietypową propozycję w sprawie zamówienia 647-7760039-1185524 (kabel HDMI 2.1, 3 m). Gdy tylko Pana recenzja pojawi się na Amazonie, zwrócimy Panu całą kwotę za zakup – kabel zostaje u Pana.</p>
<p>Pozdrawiamy<br>KabloSklep</p>""",
"647-7760039-1185524", ["BSM204"], "Full refund offered once the review is online.")

# 26 BSM205: change one-star review
_m("reply", "text", "Re: Pana opinia – 647-0934418-6627093",
"""Dzień dobry Panie Jerzy,

wymieniliśmy już uszkodzony wentylator z zamówienia 647-0934418-6627093 na nowy egzemplarz i cieszymy się, że wszystko działa.

Skoro sprawa jest załatwiona, czy mógłby Pan zaktualizować swoją jednogwiazdkową ocenę albo po prostu ją usunąć? Obecnie bardzo nam ciąży.

Z pozdrowieniami
Chłodno.pl""",
"647-0934418-6627093", ["BSM205"], "Asks to update or remove a one-star review.")

# 27 BSM206: only if satisfied
_m("review-request", "text", "Zadowolona? Zamówienie 647-8805526-3340718",
"""Dzień dobry,

jeśli komplet pościeli z zamówienia 647-8805526-3340718 spełnił Pani oczekiwania, będzie nam bardzo miło, gdy zostawi Pani opinię na Amazonie. A jeśli coś jest nie tak, prosimy najpierw napisać do nas, zamiast wystawiać ocenę – na pewno coś wymyślimy.

Pozdrawiamy
Sypialnia Marzeń""",
"647-8805526-3340718", ["BSM206"], "Review asked only from satisfied buyers; unhappy ones steered to the seller.")

# 28 BSM206: five stars
_m("review-request", "html", "Twoja opinia – 647-2216693-7754401",
"""<p>Hej,</p>
<p>gra planszowa z zamówienia 647-2216693-7754401 jest u Ciebie od tygodnia. Będziemy wdzięczni za pięć gwiazdek na Amazonie – dla małego wydawnictwa każda taka ocena to ogromna pomoc.</p>
<p>Pozdrowienia<br>Wydawnictwo Kostka</p>""",
"647-2216693-7754401", ["BSM206"], "Asks for a five-star rating.")

# 29 BSM108: quickest is to cancel yourself (adjustment confirmed)
_m("order-problem", "text", "Brak towaru – zamówienie 647-5530812-4409966",
"""Dzień dobry,

z przykrością informujemy, że fotelik rowerowy z zamówienia 647-5530812-4409966 wyprzedał się, zanim zdążyliśmy go spakować. Kwotę zamówienia skorygowaliśmy w Amazonie z powodem „brak towaru”.

Najszybciej będzie, jeśli złoży Pani jeszcze sama wniosek o anulowanie w zakładce „Twoje zamówienia” – wtedy całość zamknie się od ręki.

Przepraszamy
Rowerownia Bystra""",
"647-5530812-4409966", ["BSM108"], "Out of stock: advises the buyer to cancel herself although the amount was adjusted.")

# 30 BSM107 + BSM108: cancellation request without adjustment
_m("order-problem", "text", "Zamówienie 647-6678153-2201884 – prośba",
"""Szanowny Panie,

niestety nie mamy już na stanie zestawu garnków Ceramika Pro 8 el. z zamówienia 647-6678153-2201884, a dostawca nie podaje terminu kolejnej dostawy.

Bylibyśmy wdzięczni, gdyby złożył Pan wniosek o anulowanie zamówienia przez swoje konto Amazon.

Z wyrazami szacunku
Garnkownia""",
"647-6678153-2201884", ["BSM107", "BSM108"], "Asks for a cancellation request and does not confirm an adjustment.")

# 31 BSM305: reply STOP
_m("review-request", "text", "Opinia o zamówieniu 647-9912076-3345180",
"""Dzień dobry,

będziemy wdzięczni za uczciwą opinię o karmie dla psa z zamówienia 647-9912076-3345180 na Amazonie.

Nie chce Pan dostawać od nas więcej wiadomości? Proszę odpisać STOP, a wypiszemy Pana z listy.

Pozdrawiamy
Psia Micha""",
"647-9912076-3345180", ["BSM305"], "Neutral review request with a reply-STOP opt-out.")

# 32 BSM306: profanity
_m("delivery-delay", "text", "Opóźnienie – 647-1063390-8857724",
"""Dzień dobry,

przepraszam, ale zamówienie 647-1063390-8857724 się opóźni. Ten cholerny hurtownik znowu nawalił, kurwa, trzeci raz w tym miesiącu. Wyślemy w poniedziałek 14.12.

Pozdrawiam
Darek, AutoCzęści Darex""",
"647-1063390-8857724", ["BSM306"], "Delivery delay containing Polish profanity.")

# 33 BSM104: message in another language
_m("delivery-delay", "text", "Order 647-4478825-0916633 – delay",
"""Hello,

Your order 647-4478825-0916633 (wool beanie, grey) will leave our workshop a few days later than planned. We now expect to dispatch it on 11 December 2026.

Sorry for the inconvenience.
Kind regards,
Wełniane Czapki""",
"647-4478825-0916633", ["BSM104"], "Message to a pl-PL buyer written entirely in English.")

# 34 BSM309: national phone format
_m("delivery-scheduling", "text", "Dostawa kanapy – 647-2371046-5592018",
"""Dzień dobry Pani Marto,

kanapa narożna z zamówienia 647-2371046-5592018 będzie dostarczana transportem własnym. Proszę zadzwonić do naszego dyspozytora pod numer 601 234 587, żeby ustalić dzień i godzinę – najlepiej między 9 a 15.

Pozdrawiam
Meble Wygodne Siedlce""",
"647-2371046-5592018", ["BSM309"], "Delivery scheduling with a national mobile number of the seller.")

# 35 BSM309: international phone format
_m("reply", "html", "Re: Zamówienie 647-8850217-3306645",
"""<p>Dzień dobry,</p>
<p>co do pytania o dopasowanie filtra do zamówienia 647-8850217-3306645: najłatwiej będzie omówić to telefonicznie, nasz doradca jest pod numerem <b>+48 22 314 77 09</b> od poniedziałku do piątku.</p>
<p>Pozdrawiamy<br>FiltroDom</p>""",
"647-8850217-3306645", ["BSM309"], "Reply giving the seller's phone number in international format.")

# 36 BSM308: plain email
_m("additional-information", "text", "Zdjęcie do wydruku – 647-3309981-7740512",
"""Dzień dobry,

do wydrukowania fotoobrazu z zamówienia 647-3309981-7740512 potrzebujemy zdjęcia w pełnej rozdzielczości. Amazon zmniejsza przesłane pliki, dlatego prosimy o wysłanie oryginału na adres zdjecia@fotoramka.pl.

Pozdrawiamy
FotoRamka""",
"647-3309981-7740512", ["BSM308"], "Plain email address in an information request.")

# 37 BSM308: obfuscated with małpa
_m("reply", "text", "Re: Instrukcja – 647-6624473-1198850",
"""Dzień dobry,

instrukcję montażu karnisza do zamówienia 647-6624473-1198850 chętnie prześlemy. Proszę napisać do nas bezpośrednio: biuro małpa karnisze-rogala kropka pl, wtedy od razu odeślemy plik PDF.

Pozdrawiam
Karnisze Rogala""",
"647-6624473-1198850", ["BSM308"], "Email address obfuscated with 'małpa' and 'kropka'.")

# 38 BSM302: https link to seller site
_m("fulfillment-question", "html", "Wybór koloru – 647-0917732-4463308",
"""<p>Dzień dobry,</p>
<p>w zamówieniu 647-0917732-4463308 nie zaznaczyła Pani koloru nici do haftu na ręczniku. Wzornik wszystkich 24 kolorów jest tutaj: <a href="https://www.haftownia-lucja.pl/wzornik-kolorow">wzornik kolorów nici Haftownia Łucja</a>. Proszę odpisać z numerem wybranego koloru.</p>
<p>Pozdrawiam<br>Łucja</p>""",
"647-0917732-4463308", ["BSM302"], "https link with descriptive text to the seller's own site.")

# 39 BSM301: http link to Amazon
_m("review-request", "html", "Opinia o zamówieniu 647-5582219-0024716",
"""<p>Dzień dobry,</p>
<p>jeśli zechce Pan ocenić klawiaturę z zamówienia 647-5582219-0024716, formularz jest tutaj: <a href="http://www.amazon.pl/review/create-review?asin=B0D4PQ81ZX">wystaw opinię o klawiaturze na Amazon.pl</a>.</p>
<p>Pozdrawiamy<br>KlikTech</p>""",
"647-5582219-0024716", ["BSM301"], "Insecure http link to Amazon.")

# 40 BSM310: product image
_m("delivery-delay", "html", "Zamówienie 647-7713390-6658201 – opóźnienie",
"""<p>Dzień dobry,</p>
<p>kubek ceramiczny z zamówienia 647-7713390-6658201 jeszcze schnie po wypale – glazura potrzebuje dwóch dodatkowych dni. Wyślemy go 12 grudnia.</p>
<p><img src="https://img.ceramikagliniana.pl/produkty/kubek-lawenda-350ml.jpg" alt="Kubek ceramiczny Lawenda 350 ml" width="220" height="220"></p>
<p>Pozdrawiamy<br>Ceramika Gliniana</p>""",
"647-7713390-6658201", ["BSM310"], "Delivery delay showing a photo of the purchased mug.")

# 41 BSM311: unrelated stock image
_m("invoice", "html", "Faktura – zamówienie 647-2208645-9931170",
"""<p><img src="https://static.papiernik24.pl/mail/choinka-swiateczna.jpg" alt="Choinka z bombkami" width="300" height="200"></p>
<p>Dzień dobry,</p>
<p>w załączniku faktura nr 2026/12/0871 do zamówienia 647-2208645-9931170.</p>
<p>Pozdrawiamy<br>Papiernik24</p>""",
"647-2208645-9931170", ["BSM311"], "Invoice with an unrelated Christmas-tree stock image.")

# 42 BSM402: logo with empty alt
_m("delivery-scheduling", "html", "Dostawa lodówki – 647-4490137-2265580",
"""<p><img src="https://cdn.chlodniaagd.pl/logo-chlodnia.png" alt="" width="150" height="40"></p>
<p>Dzień dobry,</p>
<p>lodówka side-by-side z zamówienia 647-4490137-2265580 wymaga wniesienia przez dwie osoby. Proszę wybrać termin: poniedziałek 14.12 (8:00–12:00) lub wtorek 15.12 (13:00–17:00).</p>
<p>Pozdrawiamy<br>Chłodnia AGD</p>""",
"647-4490137-2265580", ["BSM402"], "Shop logo with an empty alt attribute.")

# 43 BSM403: emoji
_m("additional-information", "text", "Dedykacja – 647-9904621-5573312",
"""Cześć Kasia!

Do książki z zamówienia 647-9904621-5573312 autorka dopisze dedykację. Napisz nam tylko, dla kogo ma być 🎁📚

Buziaki
Księgarnia Pod Lipą""",
"647-9904621-5573312", ["BSM403"], "Information request with emoji.")

# 44 BSM403: emoticon
_m("reply", "text", "Re: Rozmiar rękawic – 647-1152208-8046677",
"""Dzień dobry,

rękawice z zamówienia 647-1152208-8046677 w rozmiarze L pasują na dłoń o obwodzie 21–23 cm, więc powinny być w sam raz ;-)

Pozdrawiam
Ski-Serwis Zakopane""",
"647-1152208-8046677", ["BSM403"], "Reply with a text emoticon.")

# 45 BSM410: four sizes in style block
_m("delivery-delay", "html", "Opóźnienie – 647-3386014-7719925",
"""<style>
.naglowek { font-size: 22px; }
.tresc { font-size: 15px; }
.uwaga { font-size: 13px; }
.stopka { font-size: 11px; }
</style>
<p class="naglowek">Zmiana terminu wysyłki</p>
<p class="tresc">Zamówienie 647-3386014-7719925 (stojak na rowery, 3 miejsca) wyślemy 16.12.2026 zamiast 9.12.2026 – spawalnia nie zdążyła z malowaniem proszkowym.</p>
<p class="uwaga">Przepraszamy za opóźnienie.</p>
<p class="stopka">StalDom – konstrukcje stalowe</p>""",
"647-3386014-7719925", ["BSM410"], "Four explicit font sizes in a style block.")

# 46 BSM412: blank lines in text
_m("return-follow-up", "text", "Zwrot 647-6620973-3357401",
"""Dzień dobry,

do zwrotu z zamówienia 647-6620973-3357401 potrzebujemy jeszcze numeru konta bankowego, bo płatność była za pobraniem.



Proszę podać numer w odpowiedzi na tę wiadomość.


Pozdrawiamy
Sklep Rybacki Okoń""",
"647-6620973-3357401", ["BSM412"], "Runs of blank lines in a plain-text message.")

# 47 BSM110: [Ważne] on an invoice
_m("invoice", "text", "[WAŻNE] Faktura do zamówienia 647-8017745-1105236",
"""Dzień dobry,

w załączniku przesyłamy fakturę nr F/1208/2026 do zamówienia 647-8017745-1105236.

Pozdrawiamy
Dział sprzedaży Farby-Lakiery.net""",
"647-8017745-1105236", ["BSM110"], "[WAŻNE] in the subject of an invoice message.")

# 48 BSM401: click here
_m("reply", "html", "Re: Instrukcja – 647-2259904-6683317",
"""<p>Dzień dobry,</p>
<p>instrukcja obsługi robota kuchennego z zamówienia 647-2259904-6683317 jest dostępna na stronie produktu – <a href="https://www.amazon.pl/dp/B0C9M3TQ7W">kliknij tutaj</a>.</p>
<p>Pozdrawiamy<br>Mikser.pl</p>""",
"647-2259904-6683317", ["BSM401"], "Non-descriptive 'kliknij tutaj' link text to Amazon.")

# 49 vary: builder styles
_m("delivery-delay", "html", "Zamówienie 647-5546630-2271849 – aktualizacja",
"""<div style="font-family: Verdana, sans-serif; line-height: 1.8; color: #2b2b2b;">
<p style="text-align: center;">Dzień dobry,</p>
<p style="text-align: center;">fotel bujany z zamówienia 647-5546630-2271849 wyślemy z tygodniowym opóźnieniem, 17 grudnia 2026 r. Tapicer czeka na dostawę tkaniny w kolorze butelkowej zieleni.</p>
<p style="text-align: center;">Przepraszamy i pozdrawiamy<br>Bujaki Rękodzieło</p>
</div>""",
"647-5546630-2271849", ["BSM407", "BSM408", "BSM409", "BSM411"], "Builder styles: font family, line height, colour and centred text.")

# 50 vary: BSM102, number without hyphens
_m("additional-information", "text", "Pytanie o adres dostawy",
"""Dzień dobry,

w zamówieniu nr 64791204461183027 brakuje numeru mieszkania w adresie dostawy (ul. Ogrodowa 12). Proszę o uzupełnienie, żeby kurier mógł doręczyć paczkę z nasionami.

Pozdrawiamy
Ogród Babci Heli""",
"647-9120446-1183027", ["BSM102"], "Order number written without hyphens, so no valid order number.")
