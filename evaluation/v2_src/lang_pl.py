# -*- coding: utf-8 -*-
"""Blind evaluation set v2, Polish (pl-PL). Writer C. Standard library only."""

LANG, LOCALE = "pl", "pl-PL"
_BASE = 11


def _oid(n):
    a = 402 + (n * 5) % 7
    b = (_BASE * 1000003 + n * 7919 * 13) % 9000000 + 1000000
    c = (_BASE * 7777 + n * 104729 * 31) % 9000000 + 1000000
    return f"{a:03d}-{b:07d}-{c:07d}"


STOPKA_LEN = ("Dom Lniany Sp. z o.o.\nul. Piotrkowska 112/4, 90-006 Łódź\n"
              "NIP 725-213-48-61 | REGON 101839274 | KRS 0000612245")

_RAW = [
# 1 clean delivery-delay text
("delivery-delay", "text",
 "Opóźnienie wysyłki – zamówienie {OID}",
 """Dzień dobry Pani Magdaleno,

piszę w sprawie zamówienia nr {OID} (komplet pościeli lnianej 200x220, kolor szałwiowy). Niestety nasz dostawca tkanin opóźnił dostawę i nie zdążymy przygotować paczki w terminie podanym na stronie oferty.

Nowy przewidywany termin nadania to czwartek, 17.12.2026. Na Pani konto w Amazon przyjdzie wtedy standardowe powiadomienie od Amazon z numerem przesyłki. Wartość zamówienia (389,00 zł) pozostaje bez zmian, a w razie pytań wystarczy odpowiedzieć na tę wiadomość.

Bardzo przepraszamy za kłopot.

Pozdrawiam serdecznie
Karolina Wiśniewska
Obsługa klienta, Dom Lniany""",
 [], "Clean plain-text delivery delay with a new date and amount."),
# 2 clean delivery-delay html
("delivery-delay", "html",
 "Zamówienie {OID} – zmiana terminu realizacji",
 """<p>Szanowny Panie Tomaszu,</p>
<p>dziękujemy za zakup lampy biurkowej <strong>LUMA 40</strong> (zamówienie <strong>{OID}</strong>). Producent przesunął dostawę tej serii do naszego magazynu o kilka dni, dlatego realizacja potrwa dłużej niż zakładaliśmy.</p>
<p>Spodziewamy się, że lampa będzie gotowa do nadania <strong>22 grudnia 2026</strong>. Przed świętami jeszcze powinna do Pana dotrzeć.</p>
<ul>
<li>nowy termin nadania: 22.12.2026</li>
<li>wartość zamówienia: 214,90 zł – bez zmian</li>
</ul>
<p>Przepraszamy za niedogodność.<br>
Michał Zieliński<br>
ElektroPunkt – dział realizacji zamówień</p>""",
 [], "Clean builder-style HTML delivery delay with a list and bold text only."),
# 3 clean order-problem with [Ważne]
("order-problem", "text",
 "[Ważne] Problem z zamówieniem {OID}",
 """Dzień dobry,

z przykrością informujemy, że nie możemy zrealizować zamówienia {OID} – ostatni egzemplarz koca z wełny merino 150x200 okazał się uszkodzony podczas kontroli jakości, a producent nie ma go już w ofercie.

Kwota zamówienia została w całości skorygowana w Seller Central z powodem „brak towaru” (NoInventory). Zwrot 279,00 zł pojawi się na Pana rachunku w ciągu kilku dni roboczych, zależnie od banku. Nie musi Pan nic robić.

Przepraszamy, że tym razem nie udało się.

Z wyrazami szacunku
Joanna Lewandowska
kierowniczka sklepu Dom Lniany""",
 [], "Clean order problem confirming the amount was adjusted (NoInventory), with the Polish [Important] tag."),
# 4 clean additional-information
("additional-information", "text",
 "Zamówienie {OID} – prośba o numer lokalu",
 """Dzień dobry,

zanim nadamy Pani zamówienie {OID}, chcielibyśmy uzupełnić adres dostawy. Pod adresem ul. Kwiatowa 8, 31-402 Kraków znajduje się duży blok, a w danych brakuje numeru mieszkania.

Czy może Pani odpisać w tej wiadomości, pod który numer lokalu dostarczyć paczkę? Bez tego przesyłka może wrócić do nadawcy.

Dziękuję i pozdrawiam
Piotr Wójcik
ElektroPunkt""",
 [], "Clean request for a missing flat number needed to complete delivery."),
# 5 clean return-follow-up partial refund
("return-follow-up", "text",
 "Zwrot do zamówienia {OID} – propozycja częściowego zwrotu",
 """Dzień dobry Panie Krzysztofie,

dziękujemy za zgłoszenie zwrotu obrusu lnianego 140x240 z zamówienia {OID}. Z opisu wynika, że jedyny problem to kilka zaciągniętych nitek przy brzegu.

Zamiast odsyłać obrus, może go Pan zatrzymać – proponujemy wtedy częściowy zwrot w wysokości 60,00 zł (ok. 30% ceny). Jeśli woli Pan jednak pełny zwrot z odesłaniem towaru, oczywiście to też jest możliwe – wystarczy krótka odpowiedź, którą opcję Pan wybiera.

Pozdrawiam
Agnieszka Kamińska
Dział reklamacji i zwrotów
Dom Lniany""",
 [], "Clean return follow-up offering a partial refund as an alternative."),
# 6 clean return-follow-up question
("return-follow-up", "html",
 "Zwrot – zamówienie {OID}",
 """<p>Dzień dobry,</p>
<p>otrzymaliśmy zgłoszenie zwrotu słuchawek z zamówienia {OID}. Aby dokończyć zwrot, potrzebujemy jeszcze jednej informacji: <strong>numeru seryjnego</strong> z naklejki pod lewą muszlą (zaczyna się od liter SN).</p>
<p>Numer pozwoli nam przypisać sprzęt do właściwego zamówienia u producenta. Prosimy o odpowiedź w tej wiadomości.</p>
<p>Pozdrawiamy<br>
Zespół ElektroPunkt</p>""",
 [], "Clean return follow-up asking for the serial number needed to complete the return."),
# 7 clean invoice
("invoice", "text",
 "Faktura VAT do zamówienia {OID}",
 """Dzień dobry,

w załączniku przesyłamy fakturę VAT nr FV/2026/12/0457 do zamówienia {OID}, wystawioną na firmę zgodnie z danymi podanymi przy zakupie (NIP nabywcy 521-304-77-19).

Kwota brutto: 1 249,00 zł, w tym VAT 23%: 233,56 zł. Data sprzedaży: 03.12.2026.

Z poważaniem
Ewa Dąbrowska
księgowość

Dom Lniany Sp. z o.o.
ul. Piotrkowska 112/4, 90-006 Łódź
NIP 725-213-48-61 | REGON 101839274 | KRS 0000612245
Sąd Rejonowy dla Łodzi-Śródmieścia, XX Wydział Gospodarczy KRS, kapitał zakładowy 50 000 zł""",
 [], "Clean invoice with an invoice number with slashes and NIP, REGON and KRS numbers."),
# 8 clean review-request text
("review-request", "text",
 "Jak sprawdza się lampa? Zamówienie {OID}",
 """Dzień dobry,

minęło kilka dni, odkąd lampa LUMA 40 z zamówienia {OID} trafiła do Pana. Będziemy wdzięczni, jeśli znajdzie Pan chwilę, aby opisać na Amazon swoje wrażenia z jej używania – zarówno mocne strony, jak i to, co można by poprawić. Takie opinie bardzo pomagają innym kupującym.

Opinię można dodać na Amazonie w zakładce Twoje zamówienia, przy tym zamówieniu.

Pozdrawiamy
Michał Zieliński
ElektroPunkt""",
 [], "Clean neutral review request in plain text."),
# 9 clean review-request html with logo
("review-request", "html",
 "Twoja opinia o zamówieniu {OID}",
 """<p><img src="https://static.domlniany.pl/mail/logo-dom-lniany.png" alt="Logo sklepu Dom Lniany" width="180" height="54"></p>
<p>Dzień dobry Pani Zofio,</p>
<p>mamy nadzieję, że zasłony lniane z zamówienia {OID} dotarły bez problemów. Jeśli ma Pani chwilę, prosimy o podzielenie się opinią o produkcie – każda szczera recenzja, także krytyczna, jest dla nas cenna.</p>
<p><a href="https://www.amazon.pl/review/review-your-purchases/?asin=B0CX4LN7QP">Wystaw opinię o zasłonach na Amazonie</a></p>
<p>Pozdrawiamy serdecznie<br>
Zespół Dom Lniany</p>""",
 [], "Clean HTML review request with the shop logo (alt names the shop) and a descriptive https Amazon link."),
# 10 clean delivery-scheduling
("delivery-scheduling", "text",
 "Ustalenie terminu dostawy szafy – zamówienie {OID}",
 """Dzień dobry Pani Aleksandro,

szafa przesuwna ROMA 200 cm z zamówienia {OID} waży ok. 140 kg i jest dostarczana przez transport dwuosobowy z wniesieniem. Firma transportowa proponuje następujące terminy:

- wtorek 15.12.2026, godz. 8:00–12:00
- wtorek 15.12.2026, godz. 13:00–17:00
- środa 16.12.2026, godz. 10:00–14:00

Prosimy o odpowiedź, który przedział czasowy Pani pasuje, oraz informację, czy w budynku jest winda.

Z pozdrowieniami
Tomasz Nowicki
koordynator dostaw, MebleKraft""",
 [], "Clean scheduling of a heavy item delivery with dates and time slots."),
# 11 clean home-service-appointment
("home-service-appointment", "html",
 "Montaż zmywarki – wybór terminu (zamówienie {OID})",
 """<p>Dzień dobry,</p>
<p>do zamówienia {OID} wykupiona została usługa montażu zmywarki do zabudowy. Nasz instalator może przyjechać w jednym z poniższych terminów:</p>
<ol>
<li>piątek, 18 grudnia 2026, 9:00–11:00</li>
<li>poniedziałek, 21 grudnia 2026, 12:00–14:00</li>
</ol>
<p>Montaż trwa ok. 90 minut. Prosimy przygotować dostęp do zaworu wody i gniazdka. Wystarczy odpowiedzieć numerem wybranego terminu.</p>
<p>Pozdrawiamy<br>
Damian Kowalski, technik serwisu<br>
ElektroPunkt Serwis</p>""",
 [], "Clean home-service appointment with two dated time slots."),
# 12 clean custom-design-verification
("custom-design-verification", "text",
 "Projekt grawerunku do akceptacji – zamówienie {OID}",
 """Dzień dobry,

w załączniku (projekt_grawer_{OIDRAWSHORT}.pdf) przesyłam wizualizację grawerunku na desce do krojenia z zamówienia {OID}: napis „Dom Rodziny Nowaków, est. 2019” czcionką szeryfową, wysokość liter 12 mm, wyśrodkowany na desce.

Proszę sprawdzić pisownię nazwiska i datę. Jeśli wszystko się zgadza, wystarczy odpisać „akceptuję”, a przekażemy projekt do pracowni. Poprawki nanosimy bezpłatnie.

Pozdrawiam
Natalia Mazur
projektantka, Pracownia Drewniana Łyżka""",
 [], "Clean design proof verification with an attachment named in the text."),
# 13 clean fulfillment-question door code
("fulfillment-question", "text",
 "Kod do bramy – zamówienie {OID}",
 """Dzień dobry,

adres dostawy z zamówienia {OID} (nasz nr referencyjny ZAM/1187/12/2026) to osiedle przy ul. Lipowej 3 w Gdańsku. Z naszych wcześniejszych dostaw wiemy, że brama osiedla jest zamykana na kod i kurierzy często nie mogą wejść na jego teren.

Czy może Pan podać kod do bramy lub wskazać inne miejsce, w którym kurier może zostawić przesyłkę? Informację przekażemy wyłącznie firmie kurierskiej.

Z pozdrowieniami
Marta Pawlak
ElektroPunkt""",
 [], "Clean fulfillment question asking for a gate code, with reference numbers."),
# 14 clean reply quoting English product title
("reply", "text",
 "Re: Pytanie o rozmiar – zamówienie {OID}",
 """Dzień dobry Pani Justyno,

dziękuję za pytanie. Poszwa „Nordic Sleep Linen Duvet Cover – Stone Grey” z Pani zamówienia {OID} ma wymiary 160x200 cm i pasuje do kołdry o tym samym rozmiarze. Nazwa jest angielska, bo tak produkt nazywa nasz skandynawski dostawca, ale szyjemy ją w Łodzi.

Poszwa zapinana jest na drewniane guziki, a len jest wstępnie prany, więc nie powinna się już kurczyć przy praniu w 40°C.

Serdecznie pozdrawiam
Karolina Wiśniewska
Dom Lniany""",
 [], "Clean reply quoting an English product title inside Polish sentences."),
# 15 clean reply with warranty hotline
("reply", "text",
 "Re: Ekspres nie grzeje wody – {OID}",
 """Dzień dobry,

przykro nam, że ekspres z zamówienia {OID} przestał podgrzewać wodę. Urządzenie jest objęte 24-miesięczną gwarancją producenta, a naprawy gwarancyjne realizuje bezpośrednio serwis marki.

Infolinia gwarancyjna producenta (serwis Caffaro Polska): 22 487 15 30, pon.–pt. 8:00–18:00. Przy zgłoszeniu warto mieć pod ręką numer zamówienia i numer seryjny z tabliczki pod zbiornikiem.

Jeśli wolą Państwo odesłać ekspres do nas, w ciągu 30 dni od dostawy można też złożyć zwrot przez Amazon.

Pozdrawiamy
Piotr Wójcik
ElektroPunkt""",
 [], "Clean reply giving the manufacturer's warranty hotline, marked as such."),
# 16 clean reply company footer
("reply", "text",
 "Re: Dane sprzedawcy do zamówienia {OID}",
 """Dzień dobry,

zgodnie z prośbą przesyłam pełne dane sprzedawcy do zamówienia {OID}. Faktura zostanie wystawiona na te dane w ciągu 2 dni roboczych i będzie dostępna w Pana koncie Amazon.

MebleKraft Tomasz Nowicki
ul. Przemysłowa 27, 62-800 Kalisz
NIP 618-102-56-93
REGON 250418736

Pozdrawiam
Tomasz Nowicki
właściciel""",
 [], "Clean reply with a company-details footer (NIP, REGON, BDO) and a Polish postal address."),
# 17 clean reply return numbers
("reply", "text",
 "Re: Odbiór zwrotu – zamówienie {OID}",
 """Dzień dobry Pani Ewo,

potwierdzam szczegóły zwrotu krzesła z zamówienia {OID}:

- numer zwrotu: RMA-2026-00318
- numer listu przewozowego zwrotu: 6209 4415 8830 2217
- odbiór kurierem: poniedziałek 14.12.2026, między 10:00 a 14:00
- kwota do zwrotu: 449,99 zł + 19,90 zł kosztów dostawy

Zwrot środków zlecimy w ciągu 2 dni roboczych od otrzymania krzesła.

Pozdrawiam
Tomasz Nowicki
MebleKraft""",
 [], "Clean reply with return and waybill numbers, a date, a time window and amounts."),
# 18 BSM201 handed to carrier
("fulfillment-question", "text",
 "Paczka do zamówienia {OID} w drodze",
 """Dzień dobry,

dobra wiadomość – Pana paczka z zamówienia {OID} opuściła dziś rano nasz magazyn w Łodzi i została przekazana kurierowi InPost. Zazwyczaj doręczenie trwa 1–2 dni robocze.

Pozdrawiamy
Zespół Dom Lniany""",
 ["BSM201"], "Shipping confirmation: parcel left the warehouse and was handed to the carrier."),
# 19 BSM201 received and preparing
("fulfillment-question", "html",
 "Zamówienie {OID} – przyjęte",
 """<p>Dzień dobry,</p>
<p>Twoje zamówienie {OID} wpłynęło do nas i jest już kompletowane przez nasz zespół. Dołożymy starań, żeby wszystko zostało starannie zapakowane.</p>
<p>Pozdrawiamy<br>
Pracownia Drewniana Łyżka</p>""",
 ["BSM201"], "Order confirmation: order received and being prepared."),
# 20 BSM202 thanks only
("fulfillment-question", "text",
 "Dziękujemy! Zamówienie {OID}",
 """Dzień dobry,

serdecznie dziękujemy za zakupy w sklepie Dom Lniany (zamówienie {OID}). Bardzo nam miło, że wybrała Pani nasze produkty.

Ciepło pozdrawiamy
Karolina i cały zespół Dom Lniany""",
 ["BSM202"], "Message that only says thank you."),
# 21 BSM202 only offer to help
("fulfillment-question", "text",
 "Zamówienie {OID}",
 """Dzień dobry,

gdyby z zamówieniem {OID} cokolwiek było nie tak, jesteśmy do dyspozycji – wystarczy odpowiedzieć na tę wiadomość.

Pozdrawiam
Michał Zieliński
ElektroPunkt""",
 ["BSM202"], "Message that only offers help if a problem comes up."),
# 22 BSM203 P.S. discount
("delivery-delay", "text",
 "Drobne opóźnienie – zamówienie {OID}",
 """Dzień dobry,

Pana zamówienie {OID} (ręczniki lniane, 4 szt.) wyślemy z 2-dniowym opóźnieniem, najpóźniej 16.12.2026. Czekamy na dostawę etykiet od szwalni.

Przepraszamy za zwłokę.

Pozdrawiamy
Agnieszka Kamińska
Dom Lniany

PS. Do końca grudnia cały asortyment sklepu Dom Lniany kupi Pan 20% taniej – zapraszamy!""",
 ["BSM203"], "Permitted delay message with a P.S. promoting 20% off the whole range."),
# 23 BSM203 follow / newsletter
("additional-information", "html",
 "Zamówienie {OID} – potwierdzenie koloru",
 """<p>Dzień dobry,</p>
<p>do zamówienia {OID} wybrała Pani kolor „oliwkowy”, który w tej partii wyszedł nieco ciemniejszy niż na zdjęciach. Czy mamy wysłać ten odcień, czy woli Pani poczekać tydzień na nową partię?</p>
<p>A jeśli chce Pani być na bieżąco z naszymi nowościami – wiosenną kolekcją narzut i nowymi kolorami ręczników – zapraszamy do obserwowania profilu Dom Lniany na Instagramie i do zapisania się do newslettera na naszej stronie.</p>
<p>Pozdrawiamy<br>
Joanna Lewandowska</p>""",
 ["BSM203"], "Permitted colour question with an invitation to follow the shop, a newsletter and a new collection."),
# 24 BSM204 token of appreciation
("review-request", "text",
 "Prośba o opinię – zamówienie {OID}",
 """Dzień dobry,

będziemy wdzięczni za opinię o desce do krojenia z zamówienia {OID} na Amazon. Gdy recenzja pojawi się na stronie produktu, prosimy o krótką wiadomość – w podziękowaniu prześlemy drobny upominek z naszej pracowni.

Pozdrawiam
Natalia Mazur
Pracownia Drewniana Łyżka""",
 ["BSM204"], "Review request promising a small gift once the review is published."),
# 25 BSM204 full refund
("review-request", "html",
 "Zamówienie {OID} – Twoja recenzja",
 """<p>Dzień dobry,</p>
<p>mamy dla Pana wyjątkową propozycję: jeśli opisze Pan na Amazon słuchawki z zamówienia {OID}, zwrócimy Panu <strong>całą kwotę zakupu</strong>, gdy tylko recenzja będzie widoczna online. Wystarczy odpisać z nazwą, pod którą opublikował Pan opinię.</p>
<p>Pozdrawiamy<br>
ElektroPunkt</p>""",
 ["BSM204"], "Review request offering a full refund once the review is online."),
# 26 BSM205 change review
("reply", "text",
 "Re: Pęknięty kubek – zamówienie {OID}",
 """Dzień dobry Pani Renato,

cieszę się, że zamienny kubek do zamówienia {OID} dotarł tym razem w całości – dziękuję za wiadomość.

Skoro sprawa jest już wyjaśniona, czy mogłaby Pani zastanowić się nad zaktualizowaniem swojej jednogwiazdkowej opinii albo jej usunięciem? Ta ocena bardzo obciąża naszą małą pracownię.

Z pozdrowieniami
Natalia Mazur""",
 ["BSM205"], "Reply asking the buyer to update or remove a one-star review."),
# 27 BSM206 only if satisfied
("review-request", "text",
 "Jak oceniasz zakup? {OID}",
 """Dzień dobry,

jeżeli jest Pan zadowolony z szafy z zamówienia {OID}, będzie nam bardzo miło, jeśli zostawi Pan opinię na Amazon. Gdyby jednak coś poszło nie po Pana myśli, prosimy najpierw napisać do nas, zamiast wystawiać recenzję – na pewno znajdziemy rozwiązanie.

Pozdrawiam
Tomasz Nowicki
MebleKraft""",
 ["BSM206"], "Review request only for satisfied buyers, steering unhappy ones to contact the seller instead."),
# 28 BSM206 five stars
("review-request", "text",
 "Zamówienie {OID} – prosimy o ocenę",
 """Dzień dobry,

dziękujemy za zakup lampy z zamówienia {OID}. Będziemy ogromnie wdzięczni za ocenę produktu na Amazon – pięć gwiazdek to dla nas najlepsza motywacja do dalszej pracy.

Pozdrawiamy
Zespół ElektroPunkt""",
 ["BSM206"], "Review request asking for five stars."),
# 29 BSM108 cancel yourself (delay type)
("delivery-delay", "text",
 "Zamówienie {OID} – brak towaru u dostawcy",
 """Dzień dobry,

niestety słuchawki z zamówienia {OID} chwilowo wyprzedały się u naszego dystrybutora i nie znamy jeszcze daty kolejnej dostawy.

Najszybciej będzie, jeśli sam Pan anuluje zamówienie w zakładce Twoje zamówienia na Amazon – wtedy pieniądze wrócą do Pana od razu.

Przepraszamy
Piotr Wójcik
ElektroPunkt""",
 ["BSM108"], "Out of stock: advises the buyer that cancelling themselves is quickest."),
# 30 BSM107 + BSM108
("order-problem", "text",
 "Problem z realizacją zamówienia {OID}",
 """Dzień dobry,

z przykrością informujemy, że obrus z zamówienia {OID} został wyprzedany i nie będziemy w stanie go wysłać.

Bylibyśmy wdzięczni, gdyby złożyła Pani prośbę o anulowanie zamówienia przez swoje konto Amazon. Z góry dziękujemy za wyrozumiałość.

Pozdrawiamy
Dom Lniany""",
 ["BSM107", "BSM108"], "Order problem asking for a cancellation request without confirming the amount was adjusted."),
# 31 BSM305 opt-out
("review-request", "text",
 "Opinia o zamówieniu {OID}",
 """Dzień dobry,

czy zechciałaby Pani podzielić się na Amazon swoją opinią o zasłonach z zamówienia {OID}? Każda recenzja pomaga innym klientom w wyborze.

Pozdrawiamy
Zespół Dom Lniany

Nie chcesz otrzymywać od nas kolejnych wiadomości? Odpisz STOP, a wypiszemy Cię z listy.""",
 ["BSM305"], "Neutral review request with an opt-out instruction (reply STOP)."),
# 32 BSM306 profanity
("reply", "text",
 "Re: Brak instrukcji – {OID}",
 """Dzień dobry,

ma Pan rację, w pudełku z zamówienia {OID} nie było instrukcji. Ta cholerna fabryka, kurwa, znowu zapomniała ją dołożyć do całej partii. Instrukcję montażu w PDF załączam do tej wiadomości.

Przepraszam za zamieszanie
Michał, ElektroPunkt""",
 ["BSM306"], "Reply containing Polish profanity about the factory."),
# 33 BSM104 English message
("delivery-delay", "text",
 "Delay of your order {OID}",
 """Hello,

we are sorry to let you know that your order {OID} will be dispatched later than expected. Our supplier needs a few extra days, and the new estimated dispatch date is 18 December 2026.

Thank you for your patience.

Kind regards,
Karolina Wiśniewska
Dom Lniany""",
 ["BSM104"], "Whole message in English to a pl-PL buyer."),
# 34 BSM309 national
("delivery-scheduling", "text",
 "Dostawa sofy – zamówienie {OID}",
 """Dzień dobry,

sofę z zamówienia {OID} możemy dostarczyć w jednym z dwóch terminów. Kierowca może przyjechać w czwartek 17.12.2026 w godzinach 9:00–13:00 albo w piątek 18.12.2026 w godzinach 12:00–16:00.

Najprościej będzie, jeśli zadzwoni Pan bezpośrednio do kierowcy pod numer 604 218 337 i ustali dogodną porę.

Pozdrawiam
Tomasz Nowicki
MebleKraft""",
 ["BSM309"], "Delivery scheduling with a Polish mobile number in national format."),
# 35 BSM309 international
("reply", "html",
 "Re: Reklamacja – {OID}",
 """<p>Dzień dobry,</p>
<p>dziękujemy za zdjęcia uszkodzonej lampy z zamówienia {OID}. Żeby szybciej ustalić szczegóły wymiany, prosimy o kontakt z naszym biurem obsługi:</p>
<p>tel. +48 42 630 19 84 (pon.–pt. 9:00–17:00)</p>
<p>Pozdrawiamy<br>
ElektroPunkt</p>""",
 ["BSM309"], "Reply giving the shop's own phone number in international format."),
# 36 BSM308 plain email
("return-follow-up", "text",
 "Zwrot – zamówienie {OID}",
 """Dzień dobry,

w sprawie zwrotu krzesła z zamówienia {OID} potrzebujemy zdjęcia uszkodzonej nogi. Prosimy przesłać je na adres reklamacje@meblekraft.pl, w temacie wpisując numer zamówienia.

Pozdrawiam
Tomasz Nowicki
MebleKraft""",
 ["BSM308"], "Return follow-up asking for information but giving a plain e-mail address."),
# 37 BSM308 obfuscated małpa
("reply", "text",
 "Re: Faktura korygująca {OID}",
 """Dzień dobry,

fakturę korygującą do zamówienia {OID} chętnie wyślemy. Prosimy tylko o napisanie do księgowości: ksiegowosc małpa domlniany kropka pl – tam szybciej dostanie Pani odpowiedź.

Pozdrawiam
Ewa Dąbrowska
Dom Lniany""",
 ["BSM308"], "Reply with an e-mail address obfuscated with 'małpa' and 'kropka'."),
# 38 BSM302
("reply", "html",
 "Re: Jak prać len? – {OID}",
 """<p>Dzień dobry,</p>
<p>dziękujemy za pytanie dotyczące pościeli z zamówienia {OID}. Len najlepiej prać w 40°C, bez wybielaczy, i suszyć na powietrzu. Szczegółowe wskazówki z tabelą temperatur opisaliśmy tutaj:</p>
<p><a href="https://www.domlniany.pl/poradnik/pielegnacja-lnu">Poradnik pielęgnacji lnu na stronie Dom Lniany</a></p>
<p>Pozdrawiamy<br>
Karolina Wiśniewska</p>""",
 ["BSM302"], "Reply with a descriptive https link to the seller's own website."),
# 39 BSM301
("delivery-delay", "html",
 "Opóźnienie – zamówienie {OID}",
 """<p>Dzień dobry,</p>
<p>realizacja zamówienia {OID} przesunie się o 3 dni robocze – nowy termin nadania to 21.12.2026. Status zamówienia może Pani śledzić w swoim koncie:</p>
<p><a href="http://www.amazon.pl/gp/css/order-history">Twoje zamówienia na Amazon.pl</a></p>
<p>Przepraszamy za opóźnienie.<br>
Zespół MebleKraft</p>""",
 ["BSM301"], "Delay message with a descriptive but insecure http link to Amazon."),
# 40 BSM310
("review-request", "html",
 "Jak Ci się podoba nowa poszwa? Zamówienie {OID}",
 """<p>Dzień dobry,</p>
<p><img src="https://static.domlniany.pl/produkty/poszwa-lniana-szara-160x200.jpg" alt="Poszwa lniana szara 160x200" width="320" height="240"></p>
<p>czy mogłaby Pani opisać na Amazon swoje wrażenia z używania poszwy z zamówienia {OID}? Każda opinia jest dla nas cenna.</p>
<p>Pozdrawiamy<br>
Dom Lniany</p>""",
 ["BSM310"], "Review request showing a photo of the purchased product."),
# 41 BSM311
("delivery-delay", "html",
 "Świąteczne opóźnienie – zamówienie {OID}",
 """<p><img src="https://static.domlniany.pl/mail/choinka-z-lampkami.jpg" alt="Choinka z lampkami w śniegu" width="300" height="200"></p>
<p>Dzień dobry,</p>
<p>w okresie przedświątecznym mamy bardzo dużo zamówień, dlatego paczkę z zamówienia {OID} przygotujemy do nadania dopiero 19.12.2026.</p>
<p>Przepraszamy i pozdrawiamy<br>
Dom Lniany</p>""",
 ["BSM311"], "Delay message with an unrelated stock image of a Christmas tree."),
# 42 BSM402
("review-request", "html",
 "Zamówienie {OID} – opinia",
 """<p><img src="https://static.elektropunkt.pl/mail/elektropunkt-logo.png" width="160" height="48"></p>
<p>Dzień dobry,</p>
<p>jeśli ma Pan chwilę, prosimy o podzielenie się na Amazon opinią o ekspresie z zamówienia {OID}.</p>
<p><a href="https://www.amazon.pl/review/review-your-purchases/?asin=B0D9EXPR77">Dodaj opinię o ekspresie na Amazon.pl</a></p>
<p>Pozdrawiamy<br>
ElektroPunkt</p>""",
 ["BSM402"], "Shop logo image without an alt attribute."),
# 43 BSM403 emoji
("additional-information", "text",
 "Zamówienie {OID} – jaki napis?",
 """Dzień dobry!

Do zamówienia {OID} nie dołączyła Pani treści grawerunku na deskę 🙂 Jaki napis mamy wyciąć? Maksymalnie 30 znaków.

Pozdrawiam
Natalia, Pracownia Drewniana Łyżka""",
 ["BSM403"], "Request for engraving text containing an emoji."),
# 44 BSM403 emoticon
("reply", "text",
 "Re: Czy pasuje do IKEA? {OID}",
 """Dzień dobry,

tak, prowadnice z zamówienia {OID} pasują do szafek o głębokości 60 cm, także tych popularnych skandynawskich ;-) W zestawie są wszystkie śruby.

Pozdrawiam
Tomasz, MebleKraft""",
 ["BSM403"], "Reply containing a text emoticon."),
# 45 BSM410 four sizes
("delivery-delay", "html",
 "Nowy termin wysyłki – {OID}",
 """<style>
h2 { font-size: 22px; }
p { font-size: 15px; }
.uwaga { font-size: 13px; }
.stopka { font-size: 10px; }
</style>
<h2>Zmiana terminu realizacji</h2>
<p>Dzień dobry, zamówienie {OID} zostanie przygotowane do nadania 18.12.2026 zamiast 14.12.2026. Przyczyną jest opóźniona dostawa od producenta.</p>
<p class="uwaga">Wartość zamówienia (329,00 zł) pozostaje bez zmian.</p>
<p class="stopka">ElektroPunkt – dział realizacji zamówień</p>""",
 ["BSM410"], "HTML delay message whose style block sets four font sizes."),
# 46 BSM412 blank lines in text
("additional-information", "text",
 "Zamówienie {OID} – wybór tkaniny",
 """Dzień dobry,

do zamówienia {OID} nie wybrał Pan rodzaju tkaniny obicia krzesła (welur albo szenil). Prosimy o informację, żebyśmy mogli przekazać zamówienie do tapicerni.


Pozdrawiam
Tomasz Nowicki
MebleKraft""",
 ["BSM412"], "Plain text with two blank lines in a row."),
# 47 BSM110 on review request
("review-request", "text",
 "[Ważne] Twoja opinia o zamówieniu {OID}",
 """Dzień dobry,

czy zechciałby Pan opisać na Amazon swoje doświadczenia z ekspresem z zamówienia {OID}? Opinie, również krytyczne, pomagają nam ulepszać ofertę.

Pozdrawiamy
Zespół ElektroPunkt""",
 ["BSM110"], "Neutral review request carrying the [Important] tag in the subject."),
# 48 BSM401 click here
("delivery-delay", "html",
 "Zamówienie {OID} – przesunięcie terminu",
 """<p>Dzień dobry,</p>
<p>z powodu opóźnienia dostawy od producenta zamówienie {OID} przygotujemy do nadania 22.12.2026. Aktualny status zamówienia sprawdzisz, <a href="https://www.amazon.pl/gp/css/order-history">klikając tutaj</a>.</p>
<p>Pozdrawiamy<br>
Pracownia Drewniana Łyżka</p>""",
 ["BSM401"], "Amazon https link whose text is only 'click here'."),
# 49 vary: builder styles
("delivery-delay", "html",
 "Informacja o zamówieniu {OID}",
 """<div style="font-family: Arial, Helvetica, sans-serif; line-height: 1.6; color: #333333;">
<p style="text-align: center;">Dzień dobry,</p>
<p>zamówienie {OID} (narzuta lniana 220x240) przygotujemy do nadania z opóźnieniem – nowy termin to 16.12.2026. Przepraszamy za niedogodność.</p>
<p>Pozdrawiamy<br>
Dom Lniany</p>
</div>""",
 ["BSM407", "BSM408", "BSM409", "BSM411"], "Builder HTML setting font family, line height, text colour and centred text."),
# 50 vary: BSM102 without hyphens
("additional-information", "text",
 "Pytanie o adres dostawy",
 """Dzień dobry,

w zamówieniu nr {OIDRAW} podany kod pocztowy (00-999) nie pasuje do miejscowości Pruszków. Czy może Pani potwierdzić prawidłowy kod pocztowy, żebyśmy mogli nadać paczkę?

Pozdrawiam
Marta Pawlak
ElektroPunkt""",
 ["BSM102"], "Order number written as 17 digits without hyphens, so no valid order number."),
]


def _build():
    out = []
    for n, (typ, fmt, subject, body, expected, note) in enumerate(_RAW, 1):
        oid = _oid(n)
        raw = oid.replace("-", "")
        def fill(s):
            return (s.replace("{OIDRAWSHORT}", raw[-6:]).replace("{OIDRAW}", raw)
                    .replace("{OID}", oid))
        out.append({
            "id": f"v2-{LANG}-{n:03d}", "language": LANG, "locale": LOCALE,
            "type": typ, "format": fmt, "subject": fill(subject), "body": fill(body),
            "order_id": oid, "expected": sorted(expected), "note": note,
        })
    return out


MESSAGES = _build()
