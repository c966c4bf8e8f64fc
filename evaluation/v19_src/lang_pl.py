"""v19 blind evaluation set: Polish (pl-PL). Standard library only."""

LANG = "pl"
LOCALE = "pl-PL"
PREFIX = "506"


def _oid(i):
    a = (3141592 + i * 104729) % 9000000 + 1000000
    b = (2718281 + i * 130363) % 9000000 + 1000000
    return "%s-%07d-%07d" % (PREFIX, a, b)


_RAW = [
# 1 clean delivery-delay text
("delivery-delay", "text",
 "Zamówienie {o} – wysyłka przesunie się o kilka dni",
 "Dzień dobry Pani Agnieszko,\n\n"
 "komoda RTV z litego dębu, którą Pani zamówiła (nr zamówienia {o}), jeszcze schnie po olejowaniu – "
 "przy tej wilgotności w warsztacie idzie to wolniej, niż zakładaliśmy. Nie chcemy wysyłać mebla, który "
 "za tydzień zacznie się lepić.\n\n"
 "Realnie komoda będzie gotowa do nadania w czwartek 17.12.2026, czyli z ok. 5-dniowym poślizgiem względem "
 "terminu z oferty. Jeżeli taki termin Pani nie odpowiada, prosimy dać znać w odpowiedzi na tę wiadomość.\n\n"
 "Pozdrawiamy z Poznania\n"
 "Tomasz Wierzbicki\n"
 "Pracownia Drewnianka",
 [], "Clean delivery delay in plain text with a new ship date."),
# 2 clean delivery-delay html
("delivery-delay", "html",
 "Opóźnienie realizacji – {o}",
 "<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td>"
 "<p>Szanowny Panie,</p>"
 "<p>uprzejmie informujemy, że realizacja zamówienia <b>{o}</b> (młynek żarnowy Bariera 60) "
 "wydłuży się o ok. tydzień. Dostawca potwierdził nam dostawę partii na 14 grudnia, a zamówienie "
 "opuści nasz magazyn najpóźniej 16.12.2026.</p>"
 "<p>Za utrudnienie przepraszamy. Gdyby chciał Pan coś zmienić w zamówieniu, wystarczy odpisać.</p>"
 "<p>Z poważaniem<br>Dział Obsługi Klienta<br>Kawa z Młynka s.c.</p>"
 "</td></tr></table>",
 [], "Clean builder-HTML delivery delay; future ship date only."),
# 3 clean order-problem with [Ważne]
("order-problem", "text",
 "[Ważne] Problem z zamówieniem {o}",
 "Dzień dobry,\n\n"
 "niestety przy kompletowaniu zamówienia {o} okazało się, że ostatni zestaw klocków hamulcowych "
 "Brembo P 85 020 był uszkodzony, a nowej dostawy hurtownia nie przewiduje przed końcem stycznia.\n\n"
 "Nie możemy więc zrealizować tej pozycji. Kwota zamówienia została już skorygowana o pełną wartość "
 "(189,00 zł) z powodem „brak towaru”, zwrot pojawi się na Pana rachunku zgodnie z terminami Amazon.\n\n"
 "Przepraszamy za kłopot.\n"
 "Marek Kowalczyk\n"
 "AutoCzęści Kowalczyk",
 [], "Clean order problem with amount adjusted; [Ważne] allowed on this critical type."),
# 4 clean additional-information
("additional-information", "text",
 "Grawer – potrzebujemy tekstu ({o})",
 "Cześć,\n\n"
 "przy zamówieniu {o} zaznaczono opcję grawerowania deski, ale pole z tekstem przyszło puste. "
 "Podeślesz nam w odpowiedzi, co ma się znaleźć na desce (max 30 znaków, bez emotek, bo laser ich nie ogarnie)? "
 "Do czasu odpowiedzi wstrzymujemy produkcję.\n\n"
 "Ola z Drewnianki",
 [], "Clean request for missing engraving text needed to complete the order."),
# 5 clean return partial refund
("return-follow-up", "text",
 "Zwrot do zamówienia {o}",
 "Szanowna Pani,\n\n"
 "dziękujemy za zgłoszenie zwrotu narzuty lnianej (zamówienie {o}). Z opisu wynika, że chodzi o "
 "drobne przebarwienie przy brzegu. Jeśli woli Pani zatrzymać narzutę, możemy zaproponować częściowy "
 "zwrot w wysokości 60,00 zł, bez odsyłania towaru. Jeśli nie – zwrot przebiegnie standardowo.\n\n"
 "Proszę tylko o informację, którą opcję Pani wybiera.\n\n"
 "Z pozdrowieniami\n"
 "Joanna Malec\n"
 "Pracownia Len i Wełna",
 [], "Clean return follow-up offering a partial refund."),
# 6 clean return question
("return-follow-up", "html",
 "Pytanie dot. zwrotu – zam. {o}",
 "<p>Dzień dobry,</p>"
 "<p>aby dokończyć zwrot ładowarki z zamówienia <b>{o}</b>, potrzebujemy jeszcze jednej informacji: "
 "czy urządzenie było podłączane do sieci? Jeżeli tak, prosimy o krótki opis usterki (np. nie świeci dioda, "
 "nagrzewa się), żeby serwis wiedział, co sprawdzić.</p>"
 "<p>Pozdrawiamy<br>Zespół ElektroHurt</p>",
 [], "Clean return follow-up asking for information needed to complete the return."),
# 7 clean invoice
("invoice", "text",
 "Faktura VAT FV/2026/12/0457 do zamówienia {o}",
 "Dzień dobry,\n\n"
 "w załączniku przesyłamy fakturę VAT nr FV/2026/12/0457 do zamówienia {o}, wystawioną na dane firmy "
 "podane przy zakupie. Kwota brutto: 1 249,00 zł (w tym VAT 23%: 233,56 zł).\n\n"
 "Sprzedawca:\n"
 "ElektroHurt sp. z o.o.\n"
 "ul. Składowa 8, 61-897 Poznań\n"
 "NIP 782-256-41-09, REGON 301245678\n"
 "KRS 0000412345, Sąd Rejonowy Poznań – Nowe Miasto i Wilda\n\n"
 "Pozdrawiamy\n"
 "Księgowość ElektroHurt",
 [], "Clean invoice with NIP, REGON, KRS and a slash invoice number."),
# 8 clean review-request text
("review-request", "text",
 "Jak się sprawuje młynek? – {o}",
 "Dzień dobry,\n\n"
 "minęło parę dni, odkąd młynek z zamówienia {o} dotarł do Pana. Jeśli znajdzie Pan chwilę, będziemy "
 "wdzięczni za opinię o produkcie na Amazon – każda szczera recenzja pomaga innym wybrać.\n\n"
 "Kawa z Młynka",
 [], "Clean neutral review request in plain text."),
# 9 clean review-request html with logo
("review-request", "html",
 "Prośba o opinię – zamówienie {o}",
 "<table width=\"100%\"><tr><td>"
 "<img src=\"https://static.drewnianka-pracownia.pl/img/drewnianka-logo.png\" alt=\"Pracownia Drewnianka\" width=\"160\" height=\"48\">"
 "</td></tr><tr><td>"
 "<p>Dzień dobry,</p>"
 "<p>półka z zamówienia {o} wisi już pewnie na ścianie. Będzie nam miło, jeśli podzieli się Pani swoim "
 "zdaniem o niej – dobrym czy złym.</p>"
 "<p><a href=\"https://www.amazon.pl/review/review-your-purchases/?asin=B0CX7Q2M4K\">Wystaw opinię o produkcie na Amazon.pl</a></p>"
 "<p>Pozdrawiamy<br>Tomasz i Ola<br><small>Pracownia Drewnianka, Poznań</small></p>"
 "</td></tr></table>",
 [], "Clean HTML review request with shop logo (alt names shop) and descriptive Amazon link."),
# 10 clean delivery-scheduling
("delivery-scheduling", "text",
 "Dostawa szafy – ustalenie terminu ({o})",
 "Dzień dobry Panie Piotrze,\n\n"
 "szafa przesuwna z zamówienia {o} waży z opakowaniem ok. 140 kg, więc dowozi ją nasz przewoźnik z wniesieniem. "
 "Mamy wolne okna:\n"
 "- wtorek 15.12.2026, 8:00–12:00\n"
 "- środa 16.12.2026, 12:00–16:00\n"
 "- sobota 19.12.2026, 9:00–13:00\n\n"
 "Który termin pasuje? Prosimy też o info, czy w budynku jest winda.\n\n"
 "Pozdrawiam\n"
 "Kamil Nowicki, koordynator dostaw\n"
 "MebloStyl Nowicki",
 [], "Clean delivery scheduling of a bulky item with dates and time slots."),
# 11 clean home-service
("home-service-appointment", "text",
 "Montaż zmywarki – zam. {o}",
 "Dzień dobry,\n\n"
 "do zamówienia {o} wykupiła Pani usługę montażu zmywarki. Nasz monter, pan Grzegorz, może przyjechać "
 "w poniedziałek 14 grudnia między 10:00 a 12:00 albo w czwartek 17 grudnia między 15:00 a 17:00. "
 "Proszę wybrać jeden z terminów, a potwierdzimy go dzień wcześniej.\n\n"
 "Pozdrawiamy serdecznie\n"
 "AGD Serwis Montaż",
 [], "Clean home-service appointment with two time windows."),
# 12 clean custom-design
("custom-design-verification", "html",
 "Projekt do akceptacji – {o}",
 "<p>Dzień dobry,</p>"
 "<p>w załączniku (projekt_tabliczka_0412.pdf) jest wizualizacja tabliczki na drzwi z zamówienia {o}: "
 "napis „Państwo Zielińscy”, dąb, litery frezowane, 30 × 12 cm.</p>"
 "<p>Prosimy o odpowiedź „akceptuję” albo o poprawki – ruszamy z frezowaniem dopiero po Pani decyzji.</p>"
 "<p>Ola<br>Pracownia Drewnianka</p>",
 [], "Clean design-proof verification with attachment mention."),
# 13 clean door-code question
("fulfillment-question", "text",
 "Kod do domofonu – zamówienie {o}",
 "Dzień dobry,\n\n"
 "kurier zgłosił, że nie może wejść do klatki pod adresem z zamówienia {o} (przesyłka nr 6203 4471 0098 "
 "2215, nasze zlecenie WZ/2026/3381). Czy może Pan podać kod do domofonu albo numer lokalu? "
 "Bez tego paczka wróci do oddziału.\n\n"
 "Pozdrawiamy\n"
 "ElektroHurt – obsługa zamówień",
 [], "Clean fulfilment question asking for a door code, with reference numbers."),
# 14 clean reply with foreign product title
("reply", "text",
 "Re: Pytanie o wymiary – {o}",
 "Dzień dobry,\n\n"
 "„Nordic Oak Floating Shelf 80 cm” z zamówienia {o} ma głębokość 22 cm i udźwig do 15 kg przy montażu "
 "w ścianie z cegły. Do płyty g-k polecamy kołki motylkowe – są w komplecie.\n\n"
 "Tomasz\n"
 "Pracownia Drewnianka",
 [], "Clean reply quoting an English product title inside Polish sentences."),
# 15 clean warranty hotline
("reply", "text",
 "Re: Gwarancja ekspresu – {o}",
 "Dzień dobry,\n\n"
 "ekspres z zamówienia {o} objęty jest 24-miesięczną gwarancją producenta. Najszybciej sprawę załatwi "
 "infolinia serwisowa producenta (gwarancja De'Longhi): 22 350 70 00, pn.–pt. 8:00–18:00. Warto mieć pod ręką "
 "numer seryjny z naklejki pod zbiornikiem na wodę.\n\n"
 "Pozdrawiamy\n"
 "Kawa z Młynka",
 [], "Clean reply giving the manufacturer's warranty hotline, marked as such."),
# 16 clean reply with company footer
("reply", "html",
 "Re: Dane do faktury – {o}",
 "<p>Dzień dobry Pani Ewo,</p>"
 "<p>oczywiście, fakturę do zamówienia {o} możemy wystawić na firmę. Wystarczy, że w odpowiedzi poda Pani "
 "nazwę firmy, adres i NIP – resztę zrobimy sami.</p>"
 "<p>Pozdrawiam<br>Joanna Malec</p>"
 "<p><small>Pracownia Len i Wełna Joanna Malec<br>ul. Rynek 3/2, 34-500 Zakopane<br>"
 "NIP 736-170-22-41 · REGON 122456789</small></p>",
 [], "Clean reply with a company-details footer (NIP, REGON, address)."),
# 17 clean reply with tracking/return numbers
("reply", "text",
 "Re: Status zwrotu {o}",
 "Dzień dobry,\n\n"
 "Pana zwrot do zamówienia {o} dotarł do nas 09.12.2026 o 11:42 (numer zwrotu RMA-2026-0871, list przewozowy "
 "0000 6543 2109 8712). Towar sprawdzony, wszystko kompletne. Zwrot 349,99 zł zlecimy dziś do 16:00, "
 "na koncie powinien być w ciągu 3–5 dni roboczych.\n\n"
 "Marek Kowalczyk\n"
 "AutoCzęści Kowalczyk",
 [], "Clean reply with return and waybill numbers, date, time and amount."),
# 18 BSM201 handed to carrier
("fulfillment-question", "text",
 "Paczka w drodze! {o}",
 "Dzień dobry,\n\n"
 "Pana zamówienie {o} opuściło dziś rano nasz magazyn i jest już u kuriera DPD. "
 "Zwykle doręczenie trwa 1–2 dni robocze.\n\n"
 "Pozdrawiamy\n"
 "AutoCzęści Kowalczyk",
 ["BSM201"], "Shipping confirmation: left the warehouse and handed to the courier."),
# 19 BSM201 received and preparing
("fulfillment-question", "text",
 "Zamówienie {o}",
 "Hej,\n\n"
 "Twoje zamówienie {o} wpadło do nas i już nad nim siedzimy – kawa będzie palona jutro, potem pakowanie. "
 "Trzymaj kciuki za kuriera.\n\n"
 "Ekipa Kawa z Młynka",
 ["BSM201"], "Order confirmation paraphrased as 'landed with us, we are on it'."),
# 20 BSM202 thanks only
("fulfillment-question", "text",
 "Dziękujemy! ({o})",
 "Szanowna Pani,\n\n"
 "serdecznie dziękujemy za zakupy w Pracowni Len i Wełna i za zaufanie do małej, rodzinnej firmy "
 "(zamówienie {o}).\n\n"
 "Joanna Malec",
 ["BSM202"], "Thanks-only message with no other content."),
# 21 BSM202 here if anything
("fulfillment-question", "text",
 "{o}",
 "Dzień dobry,\n\n"
 "gdyby cokolwiek z zamówieniem {o} było nie tak – jesteśmy do dyspozycji, wystarczy odpisać na tę wiadomość.\n\n"
 "MebloStyl Nowicki",
 ["BSM202"], "Only the offer to help if something comes up."),
# 22 BSM203 P.S. discount
("delivery-delay", "text",
 "Małe opóźnienie – zam. {o}",
 "Dzień dobry,\n\n"
 "ze względu na przedświąteczny ruch zamówienie {o} nadamy dopiero w poniedziałek 21.12.2026. "
 "Przepraszamy za poślizg.\n\n"
 "Pozdrawiamy\n"
 "Kawa z Młynka\n\n"
 "PS Do końca roku cały asortyment kupi Pan u nas 20% taniej – warto zajrzeć do naszego sklepu.",
 ["BSM203"], "Permitted delay notice with a P.S. promoting 20% off the whole range."),
# 23 BSM203 follow us / new collection
("review-request", "html",
 "Opinia o zamówieniu {o}",
 "<p>Dzień dobry,</p>"
 "<p>będziemy wdzięczni za kilka słów opinii o narzucie z zamówienia {o} na Amazon.</p>"
 "<p>A jeśli lubi Pani len tak jak my – zapraszamy na nasz profil „Len i Wełna Zakopane” na Instagramie, "
 "gdzie w styczniu pokażemy nową kolekcję w kolorach mchu i piasku. Można też zapisać się do newslettera.</p>"
 "<p>Joanna z Pracowni Len i Wełna</p>",
 ["BSM203"], "Review request that also invites to follow the shop, newsletter and new collection."),
# 24 BSM204 small token after review
("review-request", "text",
 "Pana zdanie o zamówieniu {o}",
 "Dzień dobry,\n\n"
 "jak sprawdza się stojak z zamówienia {o}? Jeśli wystawi Pan recenzję na Amazon, prosimy odpisać z nickiem – "
 "w ramach podziękowania wyślemy drobny upominek od warsztatu, jak tylko opinia się pojawi.\n\n"
 "Pracownia Drewnianka",
 ["BSM204"], "Review request with a small gift once the review is published."),
# 25 BSM204 full refund
("review-request", "text",
 "Zamówienie {o} – recenzja",
 "Dzień dobry,\n\n"
 "mamy dla Pani propozycję: prosimy o recenzję kabla z zamówienia {o}, a gdy tylko będzie widoczna na Amazon, "
 "zwrócimy całą kwotę zakupu na konto. Produkt zostaje u Pani.\n\n"
 "Zespół ElektroHurt",
 ["BSM204"], "Full refund promised as soon as the review is online."),
# 26 BSM205
("reply", "text",
 "Re: Reklamacja {o}",
 "Dzień dobry Panie Adamie,\n\n"
 "cieszymy się, że wymiana filtra z zamówienia {o} rozwiązała problem i wszystko już działa. "
 "Skoro sprawa jest zamknięta, czy rozważyłby Pan zaktualizowanie albo usunięcie opinii na jedną gwiazdkę? "
 "Dla tak małego sklepu jak nasz każda taka ocena bardzo dużo waży.\n\n"
 "Marek Kowalczyk\n"
 "AutoCzęści Kowalczyk",
 ["BSM205"], "Asks to update or remove an existing one-star review."),
# 27 BSM206 only if satisfied
("review-request", "text",
 "Jak wrażenia? {o}",
 "Dzień dobry,\n\n"
 "jeżeli komoda z zamówienia {o} spełniła Pani oczekiwania, prosimy o opinię na Amazon. "
 "A jeśli coś poszło nie po Pani myśli, zamiast pisać recenzję, proszę najpierw odezwać się do nas – na pewno się dogadamy.\n\n"
 "MebloStyl Nowicki",
 ["BSM206"], "Review only if satisfied; unhappy buyers steered to the seller instead."),
# 28 BSM206 five stars
("review-request", "html",
 "Prośba – zamówienie {o}",
 "<p>Cześć!</p>"
 "<p>Mamy nadzieję, że kawa z zamówienia {o} smakuje. Będziemy wdzięczni za pięć gwiazdek na Amazon – "
 "to dla nas najlepsza motywacja do dalszego palenia.</p>"
 "<p>Kawa z Młynka</p>",
 ["BSM206"], "Asks for a five-star rating."),
# 29 BSM108 with adjustment
("order-problem", "text",
 "Brak towaru – zamówienie {o}",
 "Dzień dobry,\n\n"
 "z przykrością informujemy, że lampa Luma 40 z zamówienia {o} została wyprzedana, a producent zakończył jej produkcję. "
 "Kwotę zamówienia skorygowaliśmy w systemie Amazon z powodem braku towaru.\n\n"
 "Najszybciej sprawę domknie Pan, jeśli sam złoży wniosek o anulowanie w zakładce „Twoje zamówienia” – wtedy "
 "wszystko zamknie się od ręki.\n\n"
 "ElektroHurt sp. z o.o.",
 ["BSM108"], "Amount adjusted, but advises the buyer to cancel himself as the quickest way."),
# 30 BSM108 + BSM107
("order-problem", "text",
 "Zamówienie {o} – prośba",
 "Szanowna Pani,\n\n"
 "niestety obrus lniany w kolorze szałwii z zamówienia {o} się skończył, a nowa partia tkaniny będzie dopiero wiosną. "
 "Byłybyśmy bardzo wdzięczne, gdyby zechciała Pani złożyć prośbę o anulowanie zamówienia przez Amazon.\n\n"
 "Przepraszamy i pozdrawiamy\n"
 "Pracownia Len i Wełna",
 ["BSM107", "BSM108"], "Asks for a cancellation request and never confirms the amount was adjusted."),
# 31 BSM305
("review-request", "text",
 "Opinia – {o}",
 "Dzień dobry,\n\n"
 "prosimy o krótką opinię o produkcie z zamówienia {o} na Amazon, dobrą lub złą.\n\n"
 "Nie chce Pan dostawać od nas takich wiadomości? Wystarczy odpisać STOP, a wypiszemy Pana z listy.\n\n"
 "AutoCzęści Kowalczyk",
 ["BSM305"], "Review request with a reply-STOP opt-out instruction."),
# 32 BSM306 profanity
("delivery-delay", "text",
 "Opóźnienie {o}",
 "Dzień dobry,\n\n"
 "kurier znowu wszystko spierdolił i paczka z zamówieniem {o} wróciła do nas z uszkodzonym kartonem. "
 "Pakujemy od nowa i wyślemy w środę 16.12.2026.\n\n"
 "Kamil, MebloStyl Nowicki",
 ["BSM306"], "Delay notice with Polish profanity."),
# 33 BSM104 body in German
("delivery-delay", "text",
 "Lieferverzögerung – Bestellung {o}",
 "Guten Tag,\n\n"
 "leider verzögert sich der Versand Ihrer Bestellung {o} um etwa eine Woche. Die Ware wird voraussichtlich "
 "am 18.12.2026 verschickt.\n\n"
 "Mit freundlichen Grüßen\n"
 "Kawa z Młynka",
 ["BSM104"], "Buyer locale pl-PL, message written in German."),
# 34 BSM309 national
("delivery-scheduling", "text",
 "Dostawa stołu – {o}",
 "Dzień dobry,\n\n"
 "stół z zamówienia {o} dowieziemy własnym transportem. Proszę o telefon pod 601 234 567 (Kamil, kierowca) "
 "w celu ustalenia dnia i godziny – najlepiej po 15:00.\n\n"
 "MebloStyl Nowicki",
 ["BSM309"], "Seller's own mobile number in Polish national format."),
# 35 BSM309 international
("reply", "html",
 "Re: Zwrot – zam. {o}",
 "<p>Dzień dobry,</p>"
 "<p>w sprawie zwrotu z zamówienia {o} najprościej będzie się dogadać telefonicznie. Nasze biuro: "
 "+48 61 852 14 90 (pn.–pt. 8–16).</p>"
 "<p>Pozdrawiamy<br>ElektroHurt</p>",
 ["BSM309"], "Office phone number in international format."),
# 36 BSM308 plain
("additional-information", "text",
 "Zdjęcie ściany – {o}",
 "Dzień dobry,\n\n"
 "żeby dobrać kołki do półek z zamówienia {o}, potrzebujemy zdjęcia ściany. Najprościej wysłać je na "
 "pracownia@drewnianka-pracownia.pl, w temacie numer zamówienia.\n\n"
 "Tomasz",
 ["BSM308"], "Plain e-mail address in the text."),
# 37 BSM308 obfuscated małpa
("reply", "text",
 "Re: {o}",
 "Dzień dobry,\n\n"
 "certyfikat pochodzenia kawy z zamówienia {o} chętnie podeślemy w PDF – proszę napisać do nas na "
 "biuro małpa kawazmlynka kropka pl, od razu odpiszemy.\n\n"
 "Kawa z Młynka",
 ["BSM308"], "E-mail address obfuscated with 'małpa' and 'kropka'."),
# 38 BSM302
("reply", "html",
 "Re: Pielęgnacja blatu – {o}",
 "<p>Dzień dobry,</p>"
 "<p>blat z zamówienia {o} warto raz na pół roku przetrzeć olejem. Wszystko opisaliśmy krok po kroku tutaj: "
 "<a href=\"https://drewnianka-pracownia.pl/blog/pielegnacja-drewna-olejowanego\">poradnik pielęgnacji drewna olejowanego na naszym blogu</a>.</p>"
 "<p>Tomasz, Pracownia Drewnianka</p>",
 ["BSM302"], "https link to the seller's own blog, not needed to complete the order."),
# 39 BSM301
("review-request", "html",
 "Opinia o produkcie – {o}",
 "<p>Dzień dobry,</p>"
 "<p>będzie nam miło, jeśli oceni Pan produkt z zamówienia {o}:</p>"
 "<p><a href=\"http://www.amazon.pl/review/review-your-purchases/?asin=B0D1K8P3RZ\">Napisz recenzję na Amazon.pl</a></p>"
 "<p>ElektroHurt</p>",
 ["BSM301"], "Descriptive Amazon link over http."),
# 40 BSM310
("delivery-delay", "html",
 "Termin wysyłki – {o}",
 "<p>Dzień dobry,</p>"
 "<p>szlifujemy jeszcze Pani stolik z zamówienia {o}, wysyłka będzie możliwa 18.12.2026. Tak wygląda na dziś:</p>"
 "<p><img src=\"https://static.drewnianka-pracownia.pl/img/stolik-kawowy-dab-90.jpg\" alt=\"Stolik kawowy dąb 90 cm\" width=\"300\"></p>"
 "<p>Ola, Pracownia Drewnianka</p>",
 ["BSM310"], "Photo of the purchased coffee table."),
# 41 BSM311
("invoice", "html",
 "Faktura do zamówienia {o}",
 "<p><img src=\"https://cdn.kawazmlynka.pl/mail/choinka-swieta.jpg\" alt=\"Choinka z lampkami\" width=\"400\"></p>"
 "<p>Dzień dobry,</p>"
 "<p>w załączniku faktura FV/12/2026/118 do zamówienia {o}.</p>"
 "<p>Kawa z Młynka s.c.</p>",
 ["BSM311"], "Unrelated Christmas tree stock image in an invoice message."),
# 42 BSM402
("review-request", "html",
 "Twoja opinia – {o}",
 "<p><img src=\"https://cdn.lenwelna.pl/logo/len-i-welna-logo.png\" alt=\"\" width=\"140\"></p>"
 "<p>Dzień dobry,</p>"
 "<p>jeśli ma Pani chwilę, prosimy o opinię o zamówieniu {o}: "
 "<a href=\"https://www.amazon.pl/review/review-your-purchases/?asin=B0BZ4LNW11\">oceń produkt na Amazon.pl</a>.</p>"
 "<p>Pracownia Len i Wełna</p>",
 ["BSM402"], "Shop logo with empty alt text."),
# 43 BSM403 emoji
("delivery-delay", "text",
 "Chwilka opóźnienia {o} ☕",
 "Hej!\n\n"
 "Twoja kawa z zamówienia {o} pojedzie do Ciebie dopiero w piątek 18.12 – piec był w serwisie 🔥 "
 "Sorki za czekanie!\n\n"
 "Ekipa Kawa z Młynka",
 ["BSM403"], "Emoji in subject and body."),
# 44 BSM403 emoticon
("reply", "text",
 "Re: Rozmiar – {o}",
 "Dzień dobry,\n\n"
 "narzuta z zamówienia {o} ma 220 × 240 cm, więc na łóżko 160 spokojnie zejdzie po bokach :) "
 "Proszę pytać śmiało, gdyby coś jeszcze.\n\n"
 "Joanna",
 ["BSM403"], "Text emoticon ':)'."),
# 45 BSM410
("delivery-delay", "html",
 "Aktualizacja terminu – zamówienie {o}",
 "<style>h1{font-size:24px} h2{font-size:18px} p{font-size:14px} .stopka{font-size:11px}</style>"
 "<h1>Nowy termin wysyłki</h1>"
 "<h2>Zamówienie {o}</h2>"
 "<p>Dzień dobry, z powodu braku okuć u dostawcy szafka zostanie nadana 22.12.2026.</p>"
 "<p class=\"stopka\">MebloStyl Nowicki, ul. Przemysłowa 12, 64-100 Leszno</p>",
 ["BSM410"], "Four explicit font sizes in a style block."),
# 46 BSM412
("additional-information", "text",
 "Kolor nóżek – {o}",
 "Dzień dobry,\n\n\n"
 "do stołu z zamówienia {o} nie wybrano koloru nóżek. Czarne czy naturalny dąb?\n\n\n\n"
 "Pozdrawiamy\n"
 "Pracownia Drewnianka",
 ["BSM412"], "Runs of blank lines in plain text."),
# 47 BSM110
("review-request", "text",
 "[Ważne] Prośba o opinię – {o}",
 "Dzień dobry,\n\n"
 "jeśli znajdzie Pan chwilę, prosimy o opinię o zestawie z zamówienia {o} na Amazon.\n\n"
 "AutoCzęści Kowalczyk",
 ["BSM110"], "[Ważne] on a non-critical review request."),
# 48 BSM401
("return-follow-up", "html",
 "Zwrot – zam. {o}",
 "<p>Dzień dobry,</p>"
 "<p>do zwrotu z zamówienia {o} potrzebujemy informacji, czy opakowanie jest oryginalne. "
 "Instrukcję zwrotu znajdzie Pani <a href=\"https://www.amazon.pl/gp/css/returns/homepage.html\">tutaj</a>.</p>"
 "<p>ElektroHurt</p>",
 ["BSM401"], "Amazon link with non-descriptive text 'tutaj'."),
# 49 vary: builder styles
("delivery-delay", "html",
 "Zmiana terminu realizacji {o}",
 "<table width=\"100%\"><tr><td style=\"font-family:Verdana, Arial, sans-serif; color:#4a3b2c; line-height:1.6\">"
 "<p style=\"text-align:center\">Szanowni Państwo,</p>"
 "<p>realizacja zamówienia {o} przesunie się na 21.12.2026 z uwagi na opóźnioną dostawę frontów.</p>"
 "<p>Z poważaniem<br>MebloStyl Nowicki</p>"
 "</td></tr></table>",
 ["BSM407", "BSM408", "BSM409", "BSM411"], "Builder template setting font family, colour, line height and centring."),
# 50 vary: BSM102 digits without hyphens
("delivery-delay", "text",
 "Opóźnienie wysyłki",
 "Dzień dobry,\n\n"
 "Pana zamówienie nr {d} zostanie wysłane z opóźnieniem – nowy termin to 17.12.2026.\n\n"
 "Przepraszamy\n"
 "AutoCzęści Kowalczyk",
 ["BSM102"], "Order number written without hyphens only."),
]


def _build():
    out = []
    for i, (typ, fmt, subj, body, exp, note) in enumerate(_RAW, 1):
        oid = _oid(i)
        digits = oid.replace("-", "")
        rep = lambda s: s.replace("{o}", oid).replace("{d}", digits)
        out.append({
            "id": "v19-%s-%03d" % (LANG, i),
            "language": LANG,
            "locale": LOCALE,
            "type": typ,
            "format": fmt,
            "subject": rep(subj),
            "body": rep(body),
            "order_id": oid,
            "expected": sorted(exp),
            "note": note,
        })
    return out


MESSAGES = _build()
