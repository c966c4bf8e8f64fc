"""v31 evaluation messages, Polish (pl-PL)."""

_L = "pl"


def _m(n, locale, typ, fmt, subject, body, order_id, expected, note):
    return {
        "id": "v31-pl-%03d" % n,
        "language": _L,
        "locale": locale,
        "type": typ,
        "format": fmt,
        "subject": subject,
        "body": body.strip(),
        "order_id": order_id,
        "expected": sorted(expected),
        "note": note,
    }


MESSAGES = [
    _m(1, "pl-PL", "delivery-delay", "text",
       "Opóźnienie wysyłki zamówienia 627-4810273-5519034",
       """
Dzień dobry Pani Agnieszko,

piszę w sprawie zamówienia 627-4810273-5519034 (komplet lnianej pościeli 160x200, kolor szałwiowy). Niestety tkanina od naszego dostawcy z Żyrardowa dotarła z tygodniowym poślizgiem, więc nie zdążymy uszyć kompletu w terminie podanym w ofercie.

Nowy przewidywany termin nadania to 15 grudnia, a doręczenia 16-17 grudnia. Jeżeli ten termin Pani nie odpowiada, proszę po prostu dać znać w odpowiedzi na tę wiadomość.

Przepraszamy za kłopot.

Pozdrawiam serdecznie
Marta Wiśniewska
Pracownia Len i Igła
""",
       "627-4810273-5519034", [], "Clean plain-text delivery delay with a new dispatch date."),

    _m(2, "pl-PL", "delivery-delay", "html",
       "Zamówienie 627-1093857-2284610 – nowy termin realizacji",
       """
<p>Szanowny Panie Tomaszu,</p>
<p>dziękujemy za cierpliwość. Zamówiona przez Pana <strong>szafka RTV dębowa 180 cm</strong> (zamówienie nr 627-1093857-2284610) jest jeszcze w lakierni. Ze względu na niskie temperatury lakier schnie dłużej, niż zakładaliśmy.</p>
<table>
<tr><td>Pierwotny termin wysyłki:</td><td>4.12.2026</td></tr>
<tr><td>Nowy termin wysyłki:</td><td>11.12.2026</td></tr>
</table>
<p>Mebel wyjedzie od nas najpóźniej w piątek 11 grudnia. Gdyby ta zmiana była dla Pana problemem, prosimy o odpowiedź na tę wiadomość.</p>
<p>Z wyrazami szacunku<br>Zespół Meble Drewniak</p>
""",
       "627-1093857-2284610", [], "Clean HTML delivery delay with a small table of dates."),

    _m(3, "pl-PL", "order-problem", "text",
       "[Ważne] Brak towaru – zamówienie 627-3308164-9917252",
       """
Dzień dobry,

z przykrością informujemy, że ekspres kolbowy Bellucci Classico z zamówienia 627-3308164-9917252 nie jest już dostępny – ostatnia sztuka okazała się uszkodzona podczas kontroli w magazynie.

Kwota zamówienia została już przez nas w całości skorygowana w systemie Amazon (powód: brak towaru). Zwrot 1 249,00 zł pojawi się na Pana/Pani koncie w ciągu kilku dni roboczych, zgodnie z metodą płatności.

Bardzo przepraszamy za to rozczarowanie.

Zespół KawaDom.pl
""",
       "627-3308164-9917252", [], "Clean order problem with [Ważne] and confirmation that the order amount was adjusted."),

    _m(4, "pl-PL", "additional-information", "text",
       "Pytanie do zamówienia 627-7720491-0038815 – grawer",
       """
Dzień dobry Panie Krzysztofie,

do wykonania grawerunku na zapalniczce z zamówienia 627-7720491-0038815 potrzebujemy jeszcze treści napisu. W formularzu zamówienia pole zostało puste.

Mieści się maksymalnie 24 znaki w jednej linii (wliczając spacje). Prosimy o odpowiedź z dokładnym tekstem – po jego otrzymaniu od razu przekażemy zamówienie do grawerni.

Pozdrawiamy
Grawer-Art, Bielsko-Biała
""",
       "627-7720491-0038815", [], "Clean request for information needed to complete the order (engraving text)."),

    _m(5, "pl-PL", "return-follow-up", "text",
       "Zwrot – zamówienie 627-5126803-4471196",
       """
Szanowna Pani,

otrzymaliśmy Pani zgłoszenie zwrotu kurtki zimowej (rozm. M) z zamówienia 627-5126803-4471196 z powodu odprutej kieszeni.

Zamiast odsyłać kurtkę, może Pani ją zatrzymać – proponujemy częściowy zwrot w wysokości 90,00 zł (30% ceny). Jeśli ta propozycja Pani odpowiada, wystarczy odpisać "zgoda", a kwotę zwrócimy w ciągu 2 dni roboczych. Jeśli woli Pani jednak zwrot całej kurtki, proces zwrotu przebiega bez zmian.

Łączymy pozdrowienia
Sklep Odzieżowy Mewa
""",
       "627-5126803-4471196", [], "Clean return follow-up offering a partial refund."),

    _m(6, "pl-PL", "return-follow-up", "text",
       "Zamówienie 627-2298457-6603318 – pytanie o zwracany towar",
       """
Dzień dobry,

w zgłoszeniu zwrotu wiertarko-wkrętarki z zamówienia 627-2298457-6603318 zaznaczono "produkt uszkodzony", ale bez opisu usterki.

Żeby prawidłowo rozpatrzyć zwrot, prosimy o krótką informację: czy urządzenie nie włącza się, czy problem dotyczy akumulatora lub ładowarki? Prosimy też o potwierdzenie, że w paczce zwrotnej znajdą się oba akumulatory.

Dziękujemy i pozdrawiamy
Dział zwrotów, Narzędziownia Kowalczyk
""",
       "627-2298457-6603318", [], "Clean return follow-up asking for information needed to complete the return."),

    _m(7, "pl-PL", "invoice", "text",
       "Faktura VAT do zamówienia 627-8841520-1176403",
       """
Dzień dobry,

w załączniku przesyłamy fakturę VAT nr FV/2026/12/0318 do zamówienia 627-8841520-1176403, wystawioną na firmę zgodnie z danymi podanymi przy zakupie.

Sprzedawca: ElektroPart Sp. z o.o., ul. Przemysłowa 14, 61-021 Poznań
NIP 782-261-44-09, REGON 300451278, KRS 0000318842

Kwota brutto: 486,27 zł (w tym VAT 23%: 90,93 zł).

Z poważaniem
Księgowość ElektroPart
""",
       "627-8841520-1176403", [], "Clean invoice with NIP, REGON, KRS and an invoice number with slashes."),

    _m(8, "pl-PL", "review-request", "text",
       "Twoja opinia o zamówieniu 627-6605913-8820147",
       """
Dzień dobry,

minęło już kilka dni, odkąd do Pani dotarł zestaw pędzli akwarelowych z zamówienia 627-6605913-8820147. Jeśli znajdzie Pani chwilę, będziemy wdzięczni za opinię o produkcie na Amazonie – zarówno uwagi krytyczne, jak i pochwały pomagają innym kupującym i nam.

Pozdrawiamy
Pracownia Farbka
""",
       "627-6605913-8820147", [], "Clean neutral review request in plain text."),

    _m(9, "pl-PL", "review-request", "html",
       "Zamówienie 627-0917364-5542280 – podziel się opinią",
       """
<p><img src="https://static.ziolowyogrod.pl/mail/logo-ziolowy-ogrod.png" alt="Ziołowy Ogród – logo sklepu" width="160" height="48"></p>
<p>Dzień dobry Panie Pawle,</p>
<p>mamy nadzieję, że herbaty z zamówienia 627-0917364-5542280 dobrze się parzą w chłodne wieczory. Będziemy wdzięczni, jeśli zechce Pan ocenić zakupione produkty – każda szczera opinia jest dla nas cenna.</p>
<p><a href="https://www.amazon.pl/review/create-review?asin=B0C8XK41QZ">Napisz opinię o produkcie na Amazon.pl</a></p>
<p>Pozdrawiamy<br>Ziołowy Ogród</p>
""",
       "627-0917364-5542280", [], "Clean HTML review request with shop logo (alt names the shop) and descriptive https Amazon link."),

    _m(10, "pl-PL", "delivery-scheduling", "text",
       "Ustalenie terminu dostawy – zamówienie 627-4439018-2065571",
       """
Dzień dobry Pani Ewo,

narożnik "Lugano" z zamówienia 627-4439018-2065571 waży ok. 140 kg i zostanie dostarczony przez naszą ekipę transportową z wniesieniem do mieszkania.

Proponujemy następujące terminy:
- wtorek 8.12, godz. 8:00-12:00
- środa 9.12, godz. 12:00-16:00
- sobota 12.12, godz. 9:00-13:00

Prosimy o wybranie jednego z nich w odpowiedzi. Przy okazji: czy w budynku jest winda i na którym piętrze znajduje się mieszkanie?

Pozdrawiamy
Salon Meblowy Komfort, dział logistyki
""",
       "627-4439018-2065571", [], "Clean scheduling of a bulky delivery with dates and time slots."),

    _m(11, "pl-PL", "home-service-appointment", "text",
       "Montaż zmywarki – termin wizyty, zamówienie 627-9902716-3318450",
       """
Dzień dobry,

w ramach zamówienia 627-9902716-3318450 zakupiła Pani usługę montażu zmywarki do zabudowy. Nasz instalator, pan Grzegorz, może przyjechać:

czwartek 10 grudnia między 14:00 a 17:00
albo poniedziałek 14 grudnia między 8:00 a 11:00.

Montaż trwa ok. 1,5 godziny. Prosimy o informację, który termin pasuje, oraz o zapewnienie dostępu do zaworu wody pod zlewem.

Serdecznie pozdrawiamy
AGD-Serwis Łódź
""",
       "627-9902716-3318450", [], "Clean home-service appointment scheduling with slots."),

    _m(12, "pl-PL", "custom-design-verification", "html",
       "Projekt do akceptacji – zamówienie 627-3371845-0094612",
       """
<p>Dzień dobry Pani Kasiu,</p>
<p>w załączniku przesyłam projekt tabliczki na drzwi z zamówienia 627-3371845-0094612 (plik <em>projekt_tabliczka_v2.pdf</em>).</p>
<ul>
<li>napis: „Tu mieszkają Nowakowie”</li>
<li>czcionka: pisana, wysokość liter 3 cm</li>
<li>materiał: dąb olejowany, 30 x 12 cm</li>
</ul>
<p>Proszę o sprawdzenie pisowni i akceptację albo listę poprawek. Wycinanie zaczniemy dopiero po Pani potwierdzeniu.</p>
<p>Pozdrawiam<br>Ola, Drewniane Szyldy</p>
""",
       "627-3371845-0094612", [], "Clean custom design proof sent for verification."),

    _m(13, "pl-PL", "fulfillment-question", "text",
       "Dostęp do budynku – zamówienie 627-5580231-7746093",
       """
Dzień dobry,

kurier, który ma doręczyć paczkę z zamówienia 627-5580231-7746093 (nr przesyłki 00659007734000412851), zgłosił, że przy bramie osiedla jest domofon z kodem. Referencja zlecenia u przewoźnika: ZL-2026/44817.

Czy może Pan podać kod do furtki albo wskazać inne miejsce, gdzie kurier może zostawić przesyłkę? Bez tego paczka wróci do oddziału.

Pozdrawiamy
Sklep Rowerowy Szprycha
""",
       "627-5580231-7746093", [], "Clean door-code question with tracking and reference numbers."),

    _m(14, "pl-PL", "reply", "text",
       "Re: Pytanie o zamówienie 627-1184702-6651938",
       """
Dzień dobry Panie Marku,

dziękuję za pytanie. Zestaw "Smart Home Starter Kit – Indoor Edition" z Pana zamówienia 627-1184702-6651938 zawiera centralkę, dwa czujniki otwarcia okna i jeden czujnik ruchu. Instrukcja w pudełku jest po angielsku, ale polska wersja jest dostępna w aplikacji producenta w zakładce Pomoc.

Czujnik ruchu nie wymaga osobnej bramki – łączy się bezpośrednio z centralką.

Pozdrawiam
Bartek, SmartDom24
""",
       "627-1184702-6651938", [], "Clean reply quoting an English product title inside Polish sentences."),

    _m(15, "pl-PL", "reply", "text",
       "Re: Gwarancja – zamówienie 627-6023319-4418726",
       """
Dzień dobry,

przykro nam, że robot kuchenny przestał działać po trzech tygodniach. Urządzenie jest objęte 24-miesięczną gwarancją producenta, a najszybciej naprawę zgłosi Pani bezpośrednio w serwisie producenta.

Infolinia gwarancyjna producenta (Kuchmix Polska): 800 702 115, pn.-pt. 8:00-18:00.

Przy zgłoszeniu warto podać numer zamówienia 627-6023319-4418726 i numer seryjny z tabliczki pod podstawą.

Pozdrawiamy
Sklep AGD Rondel
""",
       "627-6023319-4418726", [], "Clean reply with the manufacturer's warranty hotline marked as such."),

    _m(16, "pl-PL", "reply", "text",
       "Re: Dane firmy – zamówienie 627-7459063-1120384",
       """
Dzień dobry,

potwierdzamy, że sprzedawcą towaru z zamówienia 627-7459063-1120384 jest nasza firma, a reklamacje rozpatrujemy sami, bez pośredników. Pełne dane znajdzie Pan poniżej.

Pozdrawiamy
Biuro obsługi klienta

--
Hurtownia Części Motocyklowych MOTO-KAR Karol Zając
ul. Słoneczna 7, 05-500 Piaseczno
NIP 123-456-32-18 | REGON 142396271
Biuro czynne pn.-pt. 9:00-17:00, sob. 9:00-13:00
""",
       "627-7459063-1120384", [], "Clean reply with a company-details footer (address, NIP, REGON, hours)."),

    _m(17, "pl-PL", "reply", "text",
       "Re: Zwrot pieniędzy 627-2870516-9043327",
       """
Dzień dobry Pani Joanno,

Pani paczka zwrotna (numer zwrotu RMA 26/1187, nr nadania 520113004417280) dotarła do nas 3.12.2026 o 11:40. Po sprawdzeniu towaru zwrot w kwocie 219,99 zł został zlecony 4.12.2026 o 9:15.

W zależności od banku środki z zamówienia 627-2870516-9043327 powinny być widoczne na koncie w ciągu 3-5 dni roboczych.

Pozdrawiam
Magda, Sklep z Zabawkami Bączek
""",
       "627-2870516-9043327", [], "Clean reply with return and tracking numbers, dates, times and amounts."),

    # ---- violations ----
    _m(18, "pl-PL", "fulfillment-question", "text",
       "Zamówienie 627-0351894-2207619",
       """
Dzień dobry,

dobra wiadomość: Pana karma dla kota opuściła dziś rano nasz magazyn w Gliwicach i została przekazana firmie kurierskiej. Zamówienie 627-0351894-2207619 powinno dotrzeć jutro lub pojutrze.

Pozdrawiamy
Kocie Smaki
""",
       "627-0351894-2207619", ["BSM201"], "Shipping confirmation worded as 'left our warehouse, handed to the courier'."),

    _m(19, "pl-PL", "additional-information", "html",
       "Przyjęliśmy Twoje zamówienie 627-8817340-5526104",
       """
<p>Cześć Ania!</p>
<p>Twoje zamówienie 627-8817340-5526104 właśnie do nas wpłynęło i już je kompletujemy. Świeczki sojowe pakujemy ręcznie w papier, więc wszystko trafi do Ciebie bezpiecznie.</p>
<p>Ściskamy<br>Ekipa Wosk &amp; Knot</p>
""",
       "627-8817340-5526104", ["BSM201"], "Order confirmation: order received and being packed."),

    _m(20, "pl-PL", "fulfillment-question", "text",
       "Dziękujemy! Zamówienie 627-4402968-3315570",
       """
Szanowni Państwo,

serdecznie dziękujemy za zakupy w naszym sklepie i zaufanie, którym nas Państwo obdarzyli. To dla nas naprawdę wiele znaczy.

Zamówienie: 627-4402968-3315570

Z wyrazami wdzięczności
Zespół Papiernia Kreska
""",
       "627-4402968-3315570", ["BSM202"], "Thanks-only message (the order number is no content)."),

    _m(21, "pl-PL", "additional-information", "text",
       "Zamówienie 627-9136025-7758841",
       """
Dzień dobry,

gdyby z zamówieniem 627-9136025-7758841 działo się cokolwiek niepokojącego, jesteśmy do dyspozycji – wystarczy napisać, a chętnie pomożemy.

Miłego dnia!
Sklep Rybacki Szczupak
""",
       "627-9136025-7758841", ["BSM202"], "Only an offer to help if something comes up."),

    _m(22, "pl-PL", "delivery-delay", "text",
       "Opóźnienie – zamówienie 627-6658102-0419973",
       """
Dzień dobry Pani Zofio,

wełna merino z zamówienia 627-6658102-0419973 dojedzie do nas z farbiarni dopiero w przyszłym tygodniu, dlatego wysyłka przesunie się na 14 grudnia. Przepraszamy za to opóźnienie.

Pozdrawiamy
Motki i Druty

PS Do końca grudnia cały asortyment jest u nas tańszy o 20% – wystarczy przy kolejnym zakupie wpisać kod ZIMA20.
""",
       "627-6658102-0419973", ["BSM203"], "Delivery delay with a P.S. promoting 20% off the whole range."),

    _m(23, "pl-PL", "review-request", "html",
       "Jak sprawdza się plecak? Zamówienie 627-3027719-8864205",
       """
<p>Hej Michał,</p>
<p>mamy nadzieję, że plecak z zamówienia 627-3027719-8864205 dobrze się sprawuje na szlaku. Jeśli masz chwilę, napisz na Amazonie, co o nim myślisz.</p>
<p>A jeśli lubisz góry tak jak my: obserwuj nasz profil na Instagramie i zapisz się do naszego newslettera, bo już w styczniu pokażemy nową kolekcję kurtek softshell.</p>
<p>Do zobaczenia na szlaku!<br>Team Wierch Outdoor</p>
""",
       "627-3027719-8864205", ["BSM203"], "Review request with follow-us, newsletter and new collection promotion."),

    _m(24, "pl-PL", "review-request", "text",
       "Prośba o opinię – 627-5743186-1290432",
       """
Dzień dobry,

dziękujemy za zakup kompletu noży z zamówienia 627-5743186-1290432. Prosimy o wystawienie opinii o produkcie na Amazonie.

Jako podziękowanie, po opublikowaniu recenzji wyślemy Panu w prezencie ostrzałkę ceramiczną – wystarczy przesłać nam zrzut ekranu.

Pozdrawiamy
Stalowe Ostrze
""",
       "627-5743186-1290432", ["BSM204"], "Small gift promised once the review is published."),

    _m(25, "pl-PL", "review-request", "text",
       "Zamówienie 627-1508437-6637219 – opinia",
       """
Dzień dobry Pani Beato,

mamy do Pani małą prośbę. Jeśli opisze Pani na Amazonie swoje wrażenia z używania nawilżacza powietrza, oddamy całą kwotę za zamówienie 627-1508437-6637219, gdy tylko recenzja pojawi się na stronie.

Dziękujemy!
Aura Home
""",
       "627-1508437-6637219", ["BSM204"], "Full refund promised as soon as the review is online."),

    _m(26, "pl-PL", "reply", "text",
       "Re: Reklamacja 627-7281950-3346618",
       """
Dzień dobry Panie Robercie,

cieszymy się, że wymieniona lampa działa już bez zarzutu, i jeszcze raz przepraszamy za kłopot z pierwszym egzemplarzem.

Mamy jeszcze jedną prośbę: skoro sprawa jest już załatwiona, czy mógłby Pan zaktualizować swoją jednogwiazdkową recenzję albo ją usunąć? Aktualnie wprowadza ona w błąd innych klientów.

Pozdrawiamy
Lumina Oświetlenie
Zamówienie: 627-7281950-3346618
""",
       "627-7281950-3346618", ["BSM205"], "Asks the buyer to update or remove a one-star review."),

    _m(27, "pl-PL", "review-request", "text",
       "Twoje wrażenia – zamówienie 627-4196537-0082764",
       """
Dzień dobry,

jeśli jest Pani zadowolona z bluzy z zamówienia 627-4196537-0082764, będzie nam bardzo miło, jeśli zostawi Pani opinię na Amazonie.

A jeśli coś poszło nie tak, prosimy najpierw napisać do nas, zamiast wystawiać recenzję – na pewno znajdziemy rozwiązanie.

Pozdrawiamy
Bawełniany Zakątek
""",
       "627-4196537-0082764", ["BSM206"], "Review requested only if satisfied; unhappy buyers steered to contact the seller."),

    _m(28, "pl-PL", "review-request", "html",
       "Ocena zamówienia 627-8650423-5571906",
       """
<p>Dzień dobry Panie Adamie,</p>
<p>mamy nadzieję, że ładowarka samochodowa z zamówienia 627-8650423-5571906 sprawdza się w trasie.</p>
<p>Jesteśmy małą firmą rodzinną i każda ocena ma dla nas ogromne znaczenie – pięć gwiazdek na Amazonie bardzo by nam pomogło.</p>
<p>Pozdrawiamy<br>AutoVolt</p>
""",
       "627-8650423-5571906", ["BSM206"], "Asks for a five-star rating."),

    _m(29, "pl-PL", "order-problem", "text",
       "Problem z zamówieniem 627-2014789-6693351",
       """
Dzień dobry,

niestety hulajnoga elektryczna w kolorze grafitowym z zamówienia 627-2014789-6693351 wyprzedała się, zanim zdążyliśmy zaktualizować stan magazynowy. Kwota zamówienia została skorygowana z powodem "brak towaru".

Najszybszą drogą będzie, jeśli sam Pan anuluje zamówienie w swoim koncie Amazon (Twoje zamówienia > Anuluj produkty) – wtedy wszystko zamknie się jeszcze dziś.

Przepraszamy
E-Mobilni
""",
       "627-2014789-6693351", ["BSM108"], "Out of stock, amount adjusted, but advises the buyer to cancel himself."),

    _m(30, "pl-PL", "order-problem", "text",
       "Brak produktu – zamówienie 627-6329501-1847720",
       """
Szanowna Pani,

okazało się, że zestawu klocków z zamówienia 627-6329501-1847720 nie mamy już na stanie, a hurtownia nie przewiduje nowej dostawy przed lutym.

Bylibyśmy wdzięczni, gdyby zechciała Pani złożyć wniosek o anulowanie zamówienia – to pozwoli nam najsprawniej zamknąć sprawę.

Z poważaniem
Klockowo
""",
       "627-6329501-1847720", ["BSM107", "BSM108"], "Asks for a cancellation request; no confirmation of an amount adjustment."),

    _m(31, "pl-PL", "review-request", "text",
       "Opinia o zamówieniu 627-0468213-9925047",
       """
Dzień dobry,

będziemy wdzięczni za opinię o karmniku dla ptaków z zamówienia 627-0468213-9925047 na Amazonie. Każda uwaga pomaga nam ulepszać produkty.

Pozdrawiamy
Ptasi Domek

Nie chcesz dostawać od nas wiadomości? Odpisz STOP, a wypiszemy Cię z listy.
""",
       "627-0468213-9925047", ["BSM305"], "Opt-out instruction: reply STOP."),

    _m(32, "pl-PL", "reply", "text",
       "Re: Gdzie jest paczka? 627-3852790-4410683",
       """
Dzień dobry,

rozumiem Pana frustrację. Ten pieprzony kurier już trzeci raz w tym miesiącu gubi nasze paczki, kurwa mać. Zgłosiliśmy reklamację u przewoźnika i jeśli paczka z zamówienia 627-3852790-4410683 nie odnajdzie się do czwartku, wyślemy nową.

Pozdrawiam
Darek, GamePad Store
""",
       "627-3852790-4410683", ["BSM306"], "Polish profanity in an otherwise legitimate reply."),

    _m(33, "de-DE", "delivery-delay", "text",
       "Opóźnienie – zamówienie 627-9574026-2238195",
       """
Dzień dobry,

zamówione przez Pana opony zimowe z zamówienia 627-9574026-2238195 dotrą do naszego magazynu dopiero 12 grudnia, więc wysyłka nastąpi najwcześniej 14 grudnia. Przepraszamy za opóźnienie.

Pozdrawiamy
Opony-Max Szczecin
""",
       "627-9574026-2238195", ["BSM104"], "Polish message to a buyer whose preferred language is German (de-DE)."),

    _m(34, "pl-PL", "reply", "text",
       "Re: Rozmiar butów – 627-1729648-0056312",
       """
Dzień dobry Pani Izo,

buty z zamówienia 627-1729648-0056312 są szyte na standardowej kopycie, więc rozmiar 38 odpowiada długości wkładki 24,5 cm.

Gdyby miała Pani jeszcze wątpliwości, najszybciej wyjaśnimy je telefonicznie – proszę dzwonić pod 601 448 237 w godzinach 10-16.

Pozdrawiam
Obuwie Ręcznie Szyte Kamila
""",
       "627-1729648-0056312", ["BSM309"], "Seller's own mobile number in national format."),

    _m(35, "pl-PL", "additional-information", "text",
       "Zamówienie 627-5095371-8812649 – potrzebny numer NIP",
       """
Dzień dobry,

w zamówieniu 627-5095371-8812649 zaznaczono prośbę o fakturę na firmę, ale bez numeru NIP. Prosimy o jego podanie w odpowiedzi.

W razie pytań nasze biuro jest dostępne także telefonicznie: +48 22 314 70 95.

Pozdrawiamy
Biuro-Serwis Warszawa
""",
       "627-5095371-8812649", ["BSM309"], "Seller's landline number in international format."),

    _m(36, "pl-PL", "reply", "text",
       "Re: Zamówienie 627-6847102-3390176",
       """
Dzień dobry,

niestety w wiadomościach Amazon nie możemy wysłać pliku większego niż kilka MB. Zdjęcia wadliwej płytki prosimy więc przesłać bezpośrednio na adres reklamacje@plytkowo-sklep.pl, w temacie podając numer zamówienia 627-6847102-3390176.

Pozdrawiamy
Płytkowo
""",
       "627-6847102-3390176", ["BSM308"], "Plain e-mail address in the body."),

    _m(37, "pl-PL", "reply", "text",
       "Re: Faktura korygująca 627-2563918-7704452",
       """
Dzień dobry Panie Piotrze,

fakturę korygującą do zamówienia 627-2563918-7704452 przygotuje nasza księgowa. Najprościej będzie, jeśli napisze Pan do niej bezpośrednio: ksiegowosc małpa zielonyogrodnik kropka pl.

Pozdrawiam
Zielony Ogrodnik
""",
       "627-2563918-7704452", ["BSM308"], "E-mail address obfuscated with 'małpa' and 'kropka'."),

    _m(38, "pl-PL", "reply", "html",
       "Re: Montaż regału – 627-8127504-1168239",
       """
<p>Dzień dobry,</p>
<p>instrukcja montażu regału z zamówienia 627-8127504-1168239 jest również dostępna w wersji wideo na naszej stronie:</p>
<p><a href="https://www.regaly-polka.pl/instrukcje/regal-stalowy-5-polek">Film instruktażowy: montaż regału stalowego 5 półek</a></p>
<p>Pozdrawiamy<br>Regały Półka</p>
""",
       "627-8127504-1168239", ["BSM302"], "Descriptive https link to the seller's own website."),

    _m(39, "pl-PL", "reply", "html",
       "Re: Zestaw śrub – zamówienie 627-4680139-5527801",
       """
<p>Dzień dobry,</p>
<p>brakujące śruby M6 z zamówienia 627-4680139-5527801 wysłaliśmy jako bezpłatną dosyłkę do poprzedniego zamówienia. Jeśli potrzebuje Pan większej ilości, komplet jest też osobno w naszej ofercie:</p>
<p><a href="http://www.amazon.pl/dp/B09RT5QW2M">Zestaw śrub M6 ze stali nierdzewnej na Amazon.pl</a></p>
<p>Pozdrawiamy<br>Śrubex</p>
""",
       "627-4680139-5527801", ["BSM301"], "Amazon link over plain http."),

    _m(40, "pl-PL", "return-follow-up", "html",
       "Zwrot czajnika – zamówienie 627-7012685-4493317",
       """
<p>Dzień dobry,</p>
<p>prosimy o informację, czy zwracany czajnik z zamówienia 627-7012685-4493317 to ten model:</p>
<p><img src="https://cdn.kuchniaplus.pl/produkty/czajnik-elektryczny-retro-1-7l-kremowy.jpg" alt="Czajnik elektryczny retro 1,7 l, kremowy" width="300" height="300"></p>
<p>W naszym systemie widnieją dwa warianty kolorystyczne, a potrzebujemy tej informacji do przyjęcia zwrotu.</p>
<p>Pozdrawiamy<br>Kuchnia Plus</p>
""",
       "627-7012685-4493317", ["BSM310"], "Image of the purchased product."),

    _m(41, "pl-PL", "delivery-delay", "html",
       "Świąteczne opóźnienie – 627-3394801-6620548",
       """
<p><img src="https://cdn.upominkowo.pl/mail/choinka-z-prezentami.jpg" alt="Choinka z prezentami" width="400" height="260"></p>
<p>Dzień dobry,</p>
<p>w okresie świątecznym mamy bardzo dużo zamówień, dlatego kubek z personalizacją z zamówienia 627-3394801-6620548 wyślemy 16 grudnia, dwa dni później, niż planowaliśmy.</p>
<p>Pozdrawiamy<br>Upominkowo</p>
""",
       "627-3394801-6620548", ["BSM311"], "Unrelated stock image of a Christmas tree."),

    _m(42, "pl-PL", "additional-information", "html",
       "Zamówienie 627-9218467-0735924 – wybór wariantu",
       """
<p><img src="https://static.kolorowyswiat.pl/logo/kolorowy-swiat-logo.png" alt="" width="150" height="50"></p>
<p>Dzień dobry,</p>
<p>w zamówieniu 627-9218467-0735924 nie wybrano koloru ramek do zdjęć (czarne, białe czy naturalne drewno). Prosimy o odpowiedź, abyśmy mogli skompletować zamówienie.</p>
<p>Pozdrawiamy<br>Kolorowy Świat</p>
""",
       "627-9218467-0735924", ["BSM402"], "Shop logo with an empty alt attribute."),

    _m(43, "pl-PL", "delivery-scheduling", "text",
       "Dostawa lodówki – 627-5406712-2281093",
       """
Cześć Łukasz,

lodówka z zamówienia 627-5406712-2281093 jest gotowa do dostawy 🚚 Możemy przyjechać w piątek 11.12 między 10:00 a 14:00 albo w poniedziałek 14.12 między 15:00 a 19:00. Który termin wolisz? 🙂

Pozdrawiam
Chłodnia AGD
""",
       "627-5406712-2281093", ["BSM403"], "Emoji in a delivery-scheduling message."),

    _m(44, "pl-PL", "additional-information", "text",
       "Pytanie o zamówienie 627-0893516-4467730",
       """
Dzień dobry,

do koszulki z nadrukiem z zamówienia 627-0893516-4467730 potrzebujemy jeszcze rozmiaru – w zamówieniu wybrano tylko kolor. Czy to ma być S, M czy L? :)

Pozdrawiamy
Nadruki Lola
""",
       "627-0893516-4467730", ["BSM403"], "Text emoticon ':)'."),

    _m(45, "pl-PL", "delivery-delay", "html",
       "Zmiana terminu – zamówienie 627-2745089-9150362",
       """
<style>
h1 { font-size: 24px; }
h2 { font-size: 19px; }
p { font-size: 15px; }
.stopka { font-size: 11px; }
</style>
<h1>Zmiana terminu wysyłki</h1>
<h2>Zamówienie 627-2745089-9150362</h2>
<p>Dzień dobry, lampa podłogowa z Pani zamówienia będzie gotowa do wysyłki 17 grudnia zamiast 10 grudnia, ponieważ czekamy na abażury od producenta.</p>
<p>Przepraszamy za niedogodność.</p>
<p class="stopka">Światło i Cień s.c., ul. Lipowa 3, 20-020 Lublin</p>
""",
       "627-2745089-9150362", ["BSM410"], "Four explicit font sizes in a style block."),

    _m(46, "pl-PL", "additional-information", "text",
       "Adres dostawy – zamówienie 627-6571820-3304857",
       """
Dzień dobry,

w adresie dostawy do zamówienia 627-6571820-3304857 brakuje numeru mieszkania.


Prosimy o jego uzupełnienie w odpowiedzi na tę wiadomość.


Pozdrawiamy
Dom i Ogród Sadek
""",
       "627-6571820-3304857", ["BSM412"], "Runs of two blank lines in a text message."),

    _m(47, "pl-PL", "invoice", "text",
       "[Ważne] Faktura do zamówienia 627-1360974-8823516",
       """
Dzień dobry,

w załączeniu przesyłamy fakturę nr 1204/12/2026 do zamówienia 627-1360974-8823516.

Pozdrawiamy
Biuro Rachunkowe sklepu Drukarnia Atrament
NIP 951-204-77-13
""",
       "627-1360974-8823516", ["BSM110"], "[Ważne] tag on an invoice, which is not critical."),

    _m(48, "pl-PL", "reply", "html",
       "Re: Karta gwarancyjna – 627-8409253-1197640",
       """
<p>Dzień dobry,</p>
<p>warunki gwarancji na słuchawki z zamówienia 627-8409253-1197640 są opisane na stronie produktu. Aby je zobaczyć, <a href="https://www.amazon.pl/dp/B0B7KJ2N4P">kliknij tutaj</a>.</p>
<p>Pozdrawiamy<br>Audiofil Sklep</p>
""",
       "627-8409253-1197640", ["BSM401"], "Non-descriptive link text 'kliknij tutaj'."),

    # ---- varying ----
    _m(49, "pl-PL", "delivery-delay", "html",
       "Zamówienie 627-3918240-6672015 – aktualizacja terminu",
       """
<div style="font-family: Arial, Helvetica, sans-serif; line-height: 1.6; color: #3a3a3a;">
<p style="text-align: justify;">Dzień dobry, informujemy, że rolety dzień-noc z zamówienia 627-3918240-6672015 są szyte na wymiar i ich produkcja potrwa o 5 dni roboczych dłużej. Nowy termin wysyłki to 18 grudnia.</p>
<p style="text-align: justify;">Przepraszamy za zmianę planów.</p>
<p>Zespół Rolety-Fabryka</p>
</div>
""",
       "627-3918240-6672015", ["BSM407", "BSM408", "BSM409", "BSM411"], "Builder styles: font family, line height, colour and justified text."),

    _m(50, "pl-PL", "review-request", "html",
       "Zamówienie 627-5264708-9031486 – Twoja opinia",
       """
<p>Dzień dobry,</p>
<p>będziemy wdzięczni za opinię na Amazonie o macie do jogi z zamówienia 627-5264708-9031486.</p>
<p>Pozdrawiamy<br>Joga Studio Sklep</p>
<img src="https://mail-stats.jogastudio-sklep.pl/open.gif?m=88213&amp;u=4471" width="1" height="1" alt="">
""",
       "627-5264708-9031486", ["BSM307", "BSM402"], "Tracking pixel with empty alt."),
]
