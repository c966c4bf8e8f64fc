"""v18 blind evaluation set, Polish (pl-PL). 50 messages, writer c."""

LANG = "pl"
LOCALE = "pl-PL"


def _oid(n):
    return "496-%07d-%07d" % (2817400 + n * 3301, 6604100 + n * 7717)


_RAW = [
# 1 clean delivery delay, text
("delivery-delay", "text", "Zamówienie {O} – lampka wyjedzie kilka dni później",
"""Dzień dobry Pani Agnieszko,

odzywam się w sprawie zamówienia {O}, czyli dębowej lampki stołowej z lnianym kloszem. Niestety nie obyło się bez przygód: hurtownia, od której bierzemy len, przysłała nam partię z krzywymi szwami i połowę musieliśmy odesłać. Nowa tkanina dojechała dopiero wczoraj po południu.

Klosz szyje u nas pani Basia ręcznie, więc nie chcę niczego przyspieszać na siłę. Lampka wyjedzie z pracowni najpóźniej w czwartek 17 grudnia, a kurier zwykle dowozi w 1–2 dni robocze, czyli realnie 18–21 grudnia. Wiem, że to już tuż przed świętami, dlatego wolę uprzedzić teraz, a nie tłumaczyć się za tydzień.

Przy okazji: drewno jest olejowane, więc przez pierwsze dni może delikatnie pachnieć olejem lnianym. To normalne i po tygodniu znika.

Gdyby nowy termin był dla Pani zupełnie nie do przyjęcia, proszę po prostu odpisać na tę wiadomość, coś wymyślimy.

Serdeczności z Podgórza
Marta Wójcik
Pracownia Jasny Kąt""",
[], "Chatty delay notice with a future ship date and new delivery window; clean."),

# 2 clean delivery delay, html
("delivery-delay", "html", "Opóźnienie realizacji – zamówienie nr {O}",
"""<p>Szanowny Panie Tomaszu,</p>
<p>uprzejmie informujemy, że realizacja zamówienia nr <strong>{O}</strong> potrwa dłużej, niż wskazywał termin dostępności podany w ofercie. Producent regałów przesunął dostawę całej serii o tydzień z powodu przestoju linii lakierniczej.</p>
<table>
<tr><td>Pierwotny termin wysyłki:</td><td>9 grudnia 2026 r.</td></tr>
<tr><td>Nowy przewidywany termin wysyłki:</td><td>16 grudnia 2026 r.</td></tr>
<tr><td>Szacowana dostawa:</td><td>17–19 grudnia 2026 r.</td></tr>
</table>
<p>Towar jest dla Pana zarezerwowany i nie trafi do nikogo innego. Jeżeli w międzyczasie zmieni się adres dostawy albo będzie Pan poza domem w tych dniach, prosimy o krótką informację zwrotną – uwzględnimy to przy nadawaniu.</p>
<p>Za utrudnienia przepraszamy.</p>
<p>Z poważaniem<br>
Dział Obsługi Zamówień<br>
Meblomat Sp. z o.o.</p>""",
[], "Builder-style HTML table with old and new dates for a delay; no styles; clean."),

# 3 clean order problem with [Ważne]
("order-problem", "text", "[Ważne] Nie możemy wysłać zamówienia {O}",
"""Dzień dobry,

z przykrością informujemy, że nie jesteśmy w stanie zrealizować zamówienia {O} (ekspres kolbowy Caffè Nero Duo, kolor grafitowy). Podczas inwentaryzacji okazało się, że ostatni egzemplarz na stanie ma pękniętą obudowę zbiornika, a producent nie przewiduje już kolejnej dostawy tego koloru.

Kwota zamówienia została już przez nas skorygowana w Seller Central z powodem „brak towaru” (NoInventory). Zwrot pełnej kwoty 1 149,00 zł pojawi się na Państwa rachunku zgodnie z terminami Amazon, zwykle w ciągu kilku dni roboczych. Nie trzeba niczego robić po Państwa stronie.

Bardzo nam głupio, bo to był jeden z ostatnich egzemplarzy tej serii i naprawdę chcieliśmy go dowieźć. Przepraszamy za kłopot.

Z pozdrowieniami
Kamil Zieliński
Kawowy Zakątek""",
[], "Order problem that confirms the amount was adjusted for NoInventory, Polish [Important] tag allowed; clean."),

# 4 clean additional information
("additional-information", "text", "Pytanie o tekst grawerunku – zamówienie {O}",
"""Dzień dobry Panie Michale,

dziękujemy za zamówienie deski do krojenia z grawerem (nr {O}). Zabieramy się za nią w tym tygodniu, ale w polu personalizacji przyszedł do nas tylko napis „Dla Ani i” i na tym się urywa. Podejrzewamy, że formularz obciął resztę tekstu.

Żeby nie zgadywać, prosimy o podanie pełnego napisu – maksymalnie 40 znaków, łącznie ze spacjami. Przyda się też informacja, czy grawer ma być na środku deski, czy w prawym dolnym rogu (przy uchwycie). Domyślnie robimy środek.

Dopóki nie dostaniemy odpowiedzi, deska poczeka na warsztacie, więc im szybciej, tym lepiej dla terminu. Wystarczy odpisać tutaj w wiadomości.

Pozdrawiamy
Ola i Piotr
Stolarnia Pod Lipą""",
[], "Asks for the missing engraving text needed to complete the order; clean."),

# 5 clean return follow-up partial refund
("return-follow-up", "text", "Zwrot do zamówienia {O} – propozycja częściowego zwrotu",
"""Szanowna Pani,

otrzymaliśmy zgłoszenie zwrotu młynka do kawy z zamówienia {O}. Z opisu wynika, że młynek działa, ale w komplecie brakowało pokrywki pojemnika na ziarna.

Mamy dwie możliwości. Może Pani odesłać młynek w ramach zwrotu i wtedy otrzyma Pani zwrot całej kwoty. Możemy też zaproponować częściowy zwrot w wysokości 60,00 zł, a Pani zatrzyma młynek; pokrywkę zamienną da się kupić osobno w serwisie producenta za ok. 35 zł.

Proszę dać znać, które rozwiązanie Pani woli. Jeśli częściowy zwrot, zlecimy go od razu po Pani odpowiedzi.

Przy okazji – młynek lubi, jak co kilka tygodni przeczyści się żarna suchym pędzelkiem. Wtedy mielenie jest równiejsze.

Z poważaniem
Joanna Krawiec
Kawowy Zakątek""",
[], "Return follow-up offering a partial refund as an alternative; clean."),

# 6 clean return follow-up question
("return-follow-up", "html", "Zwrot – zamówienie {O}: potrzebujemy jednej informacji",
"""<p>Dzień dobry,</p>
<p>widzimy zgłoszenie zwrotu dla zamówienia <strong>{O}</strong>. W zamówieniu były dwa komplety pościeli satynowej (140×200 i 160×200), a w formularzu zwrotu zaznaczono tylko „1 szt.”.</p>
<p>Abyśmy mogli poprawnie przyjąć paczkę i rozliczyć zwrot, prosimy o odpowiedź na dwa pytania:</p>
<ul>
<li>który rozmiar Pani odsyła,</li>
<li>czy komplet jest w oryginalnym opakowaniu, czy był już prany.</li>
</ul>
<p>Nie chodzi o żadne utrudnienia – pościel prana trafia do innego działu kontroli i bez tej informacji zwrot może się niepotrzebnie przeciągnąć.</p>
<p>Pozdrawiamy serdecznie<br>
Zespół Len i Satyna</p>""",
[], "Return follow-up asking which item is returned and its state; clean HTML list."),

# 7 clean invoice
("invoice", "text", "Faktura VAT do zamówienia {O}",
"""Dzień dobry,

w załączniku przesyłamy fakturę VAT nr FV/2026/12/0348 do zamówienia {O}, wystawioną na dane firmy podane przy zakupie.

Kwota brutto: 2 397,60 zł (w tym VAT 23%: 448,33 zł)
Data wystawienia: 08.12.2026
Data sprzedaży: 05.12.2026
Forma płatności: przelew (opłacono przez Amazon)

Jeżeli w danych nabywcy coś się nie zgadza, na przykład brakuje numeru lokalu w adresie, proszę o informację – wystawimy korektę.

Z poważaniem
Dział Księgowości

TechnoSkład Sp. z o.o.
ul. Przemysłowa 14/2, 61-058 Poznań
NIP 782-264-11-90, REGON 301457822
KRS 0000412876, Sąd Rejonowy Poznań – Nowe Miasto i Wilda, VIII Wydział Gospodarczy KRS""",
[], "Invoice with slashed invoice number, NIP, REGON, KRS; clean."),

# 8 clean review request text
("review-request", "text", "Jak sprawdza się plecak? – zamówienie {O}",
"""Cześć Kuba,

minęło już kilka tygodni, odkąd kupiłeś u nas plecak turystyczny Wędrowiec 35 l (zamówienie {O}). Mamy nadzieję, że zdążył się przewietrzyć na jakimś szlaku, a nie tylko w przedpokoju.

Jeżeli masz chwilę, napisz proszę opinię o produkcie na Amazonie. Nie musi być długa – liczy się konkret: jak leży na plecach, czy klamry nie puszczają, czy pokrowiec przeciwdeszczowy daje radę. Każda uwaga, również krytyczna, pomaga innym przy wyborze, a nam przy szyciu kolejnych partii.

Opinię można dodać w zakładce Zamówienia na swoim koncie, przy tym zakupie.

Dzięki i udanych wyjść w góry
Szymon
Szwalnia Wierch""",
[], "Neutral review request in an informal register, asking for critical remarks too; clean."),

# 9 clean review request html logo
("review-request", "html", "Twoja opinia o zamówieniu {O}",
"""<table>
<tr><td><img src="https://static.ceramika-brzozka.pl/mail/logo-ceramika-brzozka.png" alt="Logo Ceramika Brzózka" width="160" height="60"></td></tr>
<tr><td>
<p>Dzień dobry Pani Ewo,</p>
<p>mamy nadzieję, że kubki z serii Mech z zamówienia nr {O} dobrze się u Pani sprawdzają. Toczymy je w naszej pracowni w Bolesławcu, a każdy z nich był toczony i szkliwiony osobno, więc żaden nie jest identyczny jak drugi – mamy nadzieję, że to widać.</p>
<p>Będziemy wdzięczni za kilka słów o tym zakupie. Pani opinia – niezależnie od tego, jaka będzie – pomoże innym kupującym i nam samym.</p>
<p><a href="https://www.amazon.pl/review/review-your-purchases/">Napisz opinię o zakupie na Amazon.pl</a></p>
<p>Serdecznie pozdrawiamy<br>
Zofia i Marek<br>
Ceramika Brzózka</p>
</td></tr>
</table>""",
[], "HTML review request with shop logo (alt names shop) and descriptive https Amazon link; clean."),

# 10 clean delivery scheduling
("delivery-scheduling", "text", "Umówienie dostawy szafy – zamówienie {O}",
"""Dzień dobry Pani Katarzyno,

szafa przesuwna Largo 200 cm z zamówienia {O} po zapakowaniu zajmie trzy palety i będzie ważyć łącznie ok. 186 kg, dlatego dowozi ją nasz własny transport z dwoma osobami do wniesienia, a nie zwykły kurier.

Na trasę do Wrocławia i okolic mamy w przyszłym tygodniu wolne okna:
– wtorek 15.12, godz. 8:00–12:00
– środa 16.12, godz. 12:00–16:00
– piątek 18.12, godz. 14:00–18:00

Prosimy o wybranie jednego terminu. Przyda się też informacja, na którym piętrze jest mieszkanie i czy w budynku jest winda – przy trzecim piętrze bez windy bierzemy trzecią osobę do pomocy.

Kierowca zadzwoni ok. 30 minut przed przyjazdem na numer podany w zamówieniu.

Pozdrawiamy
Dział Transportu
Meble Largo""",
[], "Scheduling delivery of a heavy wardrobe with dated time slots; clean."),

# 11 clean home service appointment
("home-service-appointment", "html", "Termin montażu zmywarki – zamówienie {O}",
"""<p>Dzień dobry Panie Grzegorzu,</p>
<p>do zamówienia <strong>{O}</strong> została dokupiona usługa montażu zmywarki do zabudowy. Nasz instalator obsługuje Pana okolicę (Gdańsk-Oliwa) w następujących terminach:</p>
<ul>
<li>poniedziałek, 14 grudnia – 9:00–11:00</li>
<li>wtorek, 15 grudnia – 13:00–15:00</li>
<li>czwartek, 17 grudnia – 16:00–18:00</li>
</ul>
<p>Prosimy o wybór dogodnego terminu w odpowiedzi. Przed wizytą warto opróżnić szafkę pod zlewem i sprawdzić, czy jest dostęp do zaworu wody – montaż trwa wtedy zwykle około godziny.</p>
<p>Instalator ma ze sobą wąż przedłużający i syfon, więc nie trzeba nic dokupywać.</p>
<p>Pozdrawiamy<br>
Koordynacja Usług<br>
AGD Serwis Pomorze</p>""",
[], "Home-service appointment with three date and time options; clean."),

# 12 clean custom design verification
("custom-design-verification", "text", "Projekt do akceptacji – zamówienie {O}",
"""Dzień dobry,

w załączniku (projekt_tabliczka_{O}.pdf) przesyłamy projekt tabliczki adresowej z zamówienia {O}, przygotowany według Pana wytycznych: numer „27A”, nazwa ulicy „Jaśminowa” i mały motyw liścia klonu w lewym górnym rogu.

Prosimy dokładnie sprawdzić pisownię i rozmieszczenie. Po akceptacji tabliczka idzie do cięcia laserem i nanieść zmian już się nie da. Jeżeli chce Pan coś poprawić – na przykład większy numer albo inną czcionkę z naszej listy – wystarczy napisać, co zmienić, a prześlemy nową wersję.

Drobna uwaga techniczna: stal kortenowa z czasem ciemnieje i nabiera rdzawego koloru. To zamierzony efekt, a nie wada.

Pozdrawiamy
Paweł Sikora
Pracownia Rdza i Stal""",
[], "Design proof attachment awaiting buyer approval; clean."),

# 13 clean door code question
("fulfillment-question", "text", "Kod do domofonu – zamówienie {O}",
"""Dzień dobry,

zanim zamówienie {O} (materac 160×200, nasz nr ref. MAG/5521/12) będzie mogło wyjechać, musimy wyjaśnić jedną sprawę. Przewoźnik paletowy, z którym współpracujemy, zgłosił nam przy poprzednich dostawach pod ten adres, że brama osiedla przy ul. Sielskiej 8 jest zamykana i bez kodu kierowca nie wjedzie.

Czy może nam Pan podać kod do bramy lub domofonu? Dopiszemy go do zlecenia transportowego TR-2026-0881 i nigdzie indziej nie będzie widoczny.

Jeśli woli Pan, żeby kierowca dzwonił do Pana z dołu, też wystarczy taka informacja.

Z pozdrowieniami
Natalia Kowal
Sen i Spółka""",
[], "Asks for a gate code, with internal reference numbers that are no phone numbers; clean."),

# 14 clean reply with foreign product title
("reply", "text", "Re: Pytanie o udźwig półki – {O}",
"""Dzień dobry Pani Moniko,

dziękuję za pytanie. Półka „Nordic Oak Floating Shelf 80 cm” ma w zestawie stalowy pręt montażowy i przy montażu w ścianie z cegły lub betonu udźwig wynosi do 25 kg, przy równomiernym rozłożeniu ciężaru. W przypadku płyty gipsowo-kartonowej zalecamy nie przekraczać 10 kg i użyć kołków do płyt g-k (są w komplecie, w osobnym woreczku).

Sprawdziłam też Pani zamówienie {O} – to wersja z frezowaniem od spodu, więc pasuje do niej listwa LED, o którą Pani pytała, o ile ma szerokość do 12 mm.

Gdyby przy montażu coś było niejasne, proszę pisać.

Pozdrawiam
Aleksandra Nowicka
Drewno i Forma""",
[], "Reply quoting an English product title inside Polish sentences; clean."),

# 15 clean reply warranty hotline
("reply", "text", "Re: Odkurzacz nie ładuje – zamówienie {O}",
"""Dzień dobry Panie Adamie,

przykro nam, że odkurzacz Kelvo V12 z zamówienia {O} przestał się ładować. Z opisu wygląda to na usterkę stacji dokującej albo akumulatora, a tym zajmuje się bezpośrednio serwis gwarancyjny producenta – sprzęt ma 24 miesiące gwarancji Kelvo.

Infolinia gwarancyjna producenta Kelvo: +48 22 290 41 17 (pon.–pt. 8:00–16:00)

Przy zgłoszeniu przyda się numer seryjny z naklejki pod pojemnikiem na kurz oraz data zakupu: 21.11.2026. Serwis zwykle wysyła kuriera po urządzenie na swój koszt.

Jeśli wolałby Pan jednak skorzystać z rękojmi u nas jako sprzedawcy, też jest to możliwe – proszę dać znać, a podpowiemy, jak to przeprowadzić.

Pozdrawiamy
Zespół AGD Punkt""",
[], "Reply giving the manufacturer's warranty hotline, marked as such (BSM309 exception); clean."),

# 16 clean reply with company footer
("reply", "html", "Re: Dane sprzedawcy – zamówienie {O}",
"""<p>Dzień dobry,</p>
<p>w odpowiedzi na Pana pytanie: sprzedawcą w zamówieniu <strong>{O}</strong> jest nasza spółka, a towar wysyłamy z własnego magazynu w Łodzi. Fakturę VAT wystawiamy na życzenie – wystarczy podać NIP firmy w odpowiedzi, a przygotujemy ją w ciągu jednego dnia roboczego.</p>
<p>Poniżej pełne dane rejestrowe, gdyby potrzebował ich Pan do dokumentacji.</p>
<p>Pozdrawiamy<br>
Biuro Obsługi Klienta</p>
<p><small>Halny Outdoor Sp. z o.o., ul. Piotrkowska 182, 90-368 Łódź<br>
NIP 725-231-09-84 · REGON 101559201 · KRS 0000394551<br>
Sąd Rejonowy dla Łodzi-Śródmieścia, XX Wydział Gospodarczy KRS, kapitał zakładowy 50 000,00 zł</small></p>""",
[], "Reply with a company-details footer (NIP, REGON, KRS, address) in <small>; clean."),

# 17 clean reply with return numbers and amounts
("reply", "text", "Re: Kiedy zwrot pieniędzy? – {O}",
"""Dzień dobry Pani Justyno,

sprawdziłem status zwrotu do zamówienia {O}:

– numer zwrotu: RMA-2026-11873
– paczka zwrotna dotarła do nas 03.12.2026 o 10:42
– kontrola towaru zakończona 04.12.2026, bez zastrzeżeń
– kwota zwrotu: 329,99 zł (w tym 14,99 zł za pierwotną wysyłkę)

Zwrot zleciliśmy 04.12.2026 o 15:20. Amazon przekazuje środki na kartę zazwyczaj w ciągu 3–5 dni roboczych, czasem bank dokłada swoje 1–2 dni. Jeśli do 14 grudnia nic się nie pojawi, proszę napisać, sprawdzimy to z naszej strony jeszcze raz.

Pozdrawiam
Łukasz Bednarek
Sklep Rowerownia""",
[], "Reply with return number, dates, times and amounts; clean."),

# 18 BSM201 left the warehouse
("fulfillment-question", "text", "Zamówienie {O} już w drodze",
"""Dzień dobry Pani Doroto,

mamy dobrą wiadomość: paczka z zamówienia {O} opuściła dziś rano nasz magazyn w Radomiu i została przekazana firmie kurierskiej. Świeczki sojowe zapakowaliśmy w podwójny karton i wypełniacz z papieru, więc mróz im nie zaszkodzi.

Kilka słów o samych świecach, skoro już piszemy: pierwsze palenie powinno trwać co najmniej dwie godziny, aż cała powierzchnia wosku się roztopi. Dzięki temu świeca nie wypali „tunelu” i posłuży do końca. Knot warto przycinać do ok. 5 mm przed każdym zapaleniem.

Miłego wieczoru przy świecach
Ilona
Woskowa Chatka""",
["BSM201"], "Tells the buyer the parcel left the warehouse and was handed to the carrier; care tips do not change that."),

# 19 BSM201 received and preparing
("fulfillment-question", "html", "Potwierdzamy przyjęcie zamówienia {O}",
"""<p>Dzień dobry,</p>
<p>Twoje zamówienie nr <strong>{O}</strong> wpłynęło do nas i właśnie je kompletujemy. Zestaw klocków konstrukcyjnych jest już na stole pakowym, zostało tylko sprawdzenie, czy w woreczkach niczego nie brakuje.</p>
<p>Wiemy, że przy prezentach liczy się każdy dzień, dlatego wszystkie zamówienia złożone do godziny 12:00 staramy się obsłużyć jeszcze tego samego dnia.</p>
<p>Pozdrawiamy<br>
Ekipa Klockownia</p>""",
["BSM201"], "Confirms the order was received and is being packed."),

# 20 BSM202 thanks only
("fulfillment-question", "text", "Dziękujemy! – zamówienie {O}",
"""Dzień dobry Panie Krzysztofie,

chcieliśmy po prostu podziękować za zakupy w naszym sklepie – zamówienie {O} bardzo nas ucieszyło. Jesteśmy małą, rodzinną firmą i każdy taki zakup naprawdę ma dla nas znaczenie.

Jeszcze raz ogromne dzięki i wszystkiego dobrego!

Rodzina Maćkowiaków
Miodowy Ul""",
["BSM202"], "Only thanks for the purchase, padded out but with no other content."),

# 21 BSM202 only "we're here if needed"
("reply", "text", "Zamówienie {O}",
"""Dzień dobry,

w nawiązaniu do zamówienia {O} chcielibyśmy tylko zaznaczyć, że cały nasz zespół jest do Pani dyspozycji. Gdyby cokolwiek poszło nie tak, coś się nie spodobało albo pojawiły się wątpliwości – wystarczy odpisać na tę wiadomość, a zajmiemy się sprawą od ręki.

Trzymamy kciuki, żeby nie było takiej potrzeby.

Z pozdrowieniami
Obsługa Klienta Domowe Zacisze""",
["BSM202"], "Only says the team is there if a problem comes up."),

# 22 BSM203 P.S. 20% off
("delivery-delay", "text", "Zamówienie {O} – drobne opóźnienie",
"""Dzień dobry Pani Renato,

piszę, bo zamówienie {O} (zestaw noży kuchennych Hakata 5 el.) wyjedzie z opóźnieniem. Bloki z drewna orzechowego, w których sprzedajemy komplet, przyszły od stolarza z pękniętym lakierem i czekamy na nową partię. Planowana wysyłka: wtorek 15 grudnia, dostawa do 17 grudnia.

Noże są już naostrzone i czekają na swoje miejsce – przepraszamy, że to tyle trwa.

Pozdrawiam
Bartosz Leśniak
Stal i Ostrze

PS W ramach przedświątecznej akcji cały asortyment w naszym sklepie kupi Pani do niedzieli 20% taniej – warto zajrzeć, jeśli szuka Pani jeszcze prezentu.""",
["BSM203"], "A legitimate delay notice with a P.S. advertising 20% off the whole range."),

# 23 BSM203 follow us / newsletter / new collection
("review-request", "text", "Kilka słów o zamówieniu {O}?",
"""Dzień dobry,

mamy nadzieję, że obrus z zamówienia {O} dobrze się u Pani sprawdza, więc pozwalamy sobie zapytać o opinię. Jeżeli znajdzie Pani chwilę, prosimy o ocenę produktu na Amazonie – każda recenzja, dobra czy słabsza, jest dla nas cenną wskazówką.

A skoro już jesteśmy w kontakcie: w styczniu startujemy z nową kolekcją lnianych obrusów w kolorach ziemi. Zapraszamy do obserwowania nas na Instagramie i Facebooku (profil Lniana Nitka), a kto zapisze się do naszego newslettera, pierwszy dowie się o premierze.

Pozdrawiamy ciepło
Lniana Nitka""",
["BSM203"], "Neutral review request followed by follow-us, newsletter and new-collection promotion (handle without link or address)."),

# 24 BSM204 small token after review published
("review-request", "html", "Twoja opinia o zamówieniu {O}",
"""<p>Dzień dobry Pani Magdo,</p>
<p>mamy nadzieję, że herbaty z zamówienia <strong>{O}</strong> smakują i umilają grudniowe wieczory. Nasza ulubiona to Zimowa Wiśnia – najlepiej parzyć ją 5 minut w wodzie o temperaturze ok. 95°C.</p>
<p>Bardzo zależy nam na Pani zdaniu. Po opublikowaniu opinii o produkcie na Amazonie wystarczy odpisać nam na tę wiadomość, a w podziękowaniu dorzucimy do następnej paczki mały upominek – puszkę naszej sezonowej mieszanki.</p>
<p>Serdeczności<br>
Herbaciarnia Pod Dzwonkiem</p>""",
["BSM204"], "Offers a small gift once the review is published."),

# 25 BSM204 full refund once review online
("review-request", "text", "Zamówienie {O} – mamy dla Pana propozycję",
"""Dzień dobry Panie Rafale,

dziękujemy za zakup słuchawek bezprzewodowych SoundPeak X3 (zamówienie {O}). Model jest u nas nowy i bardzo chcemy wiedzieć, jak sprawdza się na co dzień – w komunikacji miejskiej, na siłowni, podczas rozmów.

Dlatego mamy propozycję: gdy tylko Pana recenzja pojawi się na Amazonie, zwrócimy Panu pełną kwotę zakupu. Wystarczy przesłać nam w odpowiedzi nazwę, pod jaką opinia została opublikowana.

Przy okazji: słuchawki mają funkcję wielopunktowego parowania, czyli mogą jednocześnie być połączone z telefonem i laptopem. Instrukcja jest na ostatniej stronie ulotki.

Pozdrawiamy
SoundPeak Polska""",
["BSM204"], "Promises a full refund once the review is online."),

# 26 BSM205 change one-star review
("reply", "text", "Re: Reklamacja czajnika – {O}",
"""Dzień dobry Pani Halino,

cieszymy się, że sprawa czajnika z zamówienia {O} została wyjaśniona i nowy egzemplarz dotarł cały. Sami byliśmy zdziwieni, że uszczelka w pierwszym przeciekała – to się w tym modelu praktycznie nie zdarza.

Mamy jeszcze jedną prośbę. Na Amazonie wciąż widnieje Pani opinia z jedną gwiazdką, napisana zaraz po pierwszej dostawie. Skoro problem już zniknął, czy byłaby Pani tak miła i zaktualizowała ją albo całkiem usunęła? Dla małego sklepu taka ocena to naprawdę duży cios.

Z góry dziękujemy
Zespół Czajnikownia""",
["BSM205"], "Asks the buyer to update or remove an existing one-star review."),

# 27 BSM206 only if satisfied
("review-request", "text", "Jak się podoba? – zamówienie {O}",
"""Dzień dobry,

mamy nadzieję, że koc z wełny merino z zamówienia {O} spisuje się w te chłodne wieczory. Tkamy je na starych krosnach w Zakopanem i każdy ma drobne nierówności splotu, co jest urokiem ręcznej roboty.

Jeżeli jest Pan zadowolony z zakupu, będziemy wdzięczni za opinię na Amazonie. A jeśli coś jest nie tak, prosimy najpierw napisać bezpośrednio do nas, zamiast wystawiać ocenę – na pewno znajdziemy rozwiązanie.

Pozdrawiamy z Podhala
Tkalnia Gazdówka""",
["BSM206"], "Review request only for satisfied buyers, steering unhappy ones to contact the seller instead."),

# 28 BSM206 five stars
("review-request", "html", "Jedna prośba w sprawie zamówienia {O}",
"""<p>Dzień dobry Panie Wojciechu,</p>
<p>lutownica z zamówienia <strong>{O}</strong> powinna już od kilku dni pracować na Pana biurku. Grot dłutowy, który był w komplecie, najlepiej cynować przed pierwszym nagrzaniem – wtedy dłużej zachowuje kształt.</p>
<p>Jesteśmy małym importerem z Bydgoszczy i każda ocena bardzo się liczy. Jeśli może Pan poświęcić minutę, prosimy o wystawienie produktowi pięciu gwiazdek na Amazonie – to dla nas najlepsza motywacja do dalszej pracy.</p>
<p>Pozdrawiamy<br>
Elektro-Warsztat</p>""",
["BSM206"], "Asks for a five-star rating."),

# 29 BSM108 cancel yourself (adjustment confirmed)
("order-problem", "text", "[Ważne] Brak towaru – zamówienie {O}",
"""Dzień dobry Pani Ireno,

bardzo przepraszamy, ale rower biegowy Hopek w kolorze miętowym z zamówienia {O} okazał się niedostępny – ostatnią sztukę sprzedaliśmy równolegle w sklepie stacjonarnym, a system nie zdążył zdjąć stanu z oferty.

Kwotę zamówienia skorygowaliśmy już w systemie Amazon z powodem NoInventory, więc pieniądze wrócą do Pani automatycznie.

Żeby wszystko poszło najszybciej i zamówienie nie wisiało w systemie, najlepiej będzie, jeśli sama Pani je anuluje na swoim koncie w zakładce Zamówienia – to zajmuje dosłownie minutę.

Jeszcze raz przepraszamy
Sklep Hopek""",
["BSM108"], "Amount adjusted, but advises the buyer to cancel the out-of-stock order herself."),

# 30 BSM107 + BSM108
("order-problem", "text", "Zamówienie {O} – problem z dostępnością",
"""Dzień dobry,

niestety musimy przekazać niezbyt dobrą wiadomość. Aparat do mierzenia ciśnienia TensioPro z zamówienia {O} jest chwilowo niedostępny u dystrybutora, a nowej dostawy nie spodziewamy się przed końcem stycznia.

Bylibyśmy bardzo wdzięczni, gdyby mógł Pan złożyć prośbę o anulowanie zamówienia przez swoje konto Amazon. Z naszej strony wtedy wszystko się sprawnie zamknie.

Przepraszamy za kłopot i pozdrawiamy
MedSklep Zdrowie Plus""",
["BSM107", "BSM108"], "Out-of-stock message asking the buyer to request cancellation, with no amount adjustment."),

# 31 BSM305 opt-out
("delivery-delay", "text", "Zamówienie {O} – nowy termin wysyłki",
"""Dzień dobry,

zamówienie {O} (karma dla kota Mruczek Premium 7 kg, 2 szt.) wyślemy z dwudniowym opóźnieniem, w czwartek 10 grudnia. Przewoźnik nie odebrał w tym tygodniu palety z towarem od producenta i cały nasz zapas dotarł dopiero dziś.

Kartony są ciężkie, więc pakujemy je osobno – mogą przyjść dwie paczki jednego dnia albo dzień po dniu.

Pozdrawiamy
Sklep Mruczek

Nie chcesz otrzymywać od nas kolejnych wiadomości? Odpisz STOP, a wypiszemy Cię z powiadomień.""",
["BSM305"], "Delay notice ending with a reply-STOP opt-out instruction."),

# 32 BSM306 profanity
("reply", "text", "Re: Gdzie moja paczka? – {O}",
"""Dzień dobry Panie Mariuszu,

sprawdziliśmy zamówienie {O}. Prawda jest taka, że ten zasrany przewoźnik znowu wszystko spieprzył – trzymali paczkę cztery dni w sortowni i nikt nie raczył nas poinformować. Mamy już tego serdecznie dość, kurwa mać.

Złożyliśmy reklamację po naszej stronie i dostaliśmy informację, że paczka ma być u Pana jutro do 16:00. Jeśli nie dotrze, proszę od razu pisać.

Pozdrawiamy
Sklep Narzędziowy Śrubka""",
["BSM306"], "Reply with Polish profanity about the carrier."),

# 33 BSM104 English message for pl-PL buyer
("delivery-delay", "text", "Order {O} – short delay",
"""Hello,

we are writing about your order {O}. Unfortunately the linen napkins you ordered will leave our workshop a few days later than planned, because our supplier delivered the fabric late.

The new estimated dispatch date is 14 December 2026, with delivery expected by 17 December. We are sorry for the inconvenience and thank you for your patience.

Kind regards,
Biała Lilia Team""",
["BSM104"], "Message in English although the buyer's locale is pl-PL."),

# 34 BSM309 national
("additional-information", "text", "Pytanie o rozmiar – zamówienie {O}",
"""Dzień dobry Pani Beato,

w zamówieniu {O} wybrała Pani buty trekkingowe w rozmiarze 38, ale w uwagach dopisała, że „zwykle nosi 38,5”. Ten model jest szyty raczej na wąską stopę i wypada o pół numeru mniejszy, dlatego chcielibyśmy się upewnić, czy nie wysłać jednak 39.

Najprościej będzie, jeśli zadzwoni Pani do nas: 601 234 567 (pon.–sob. 9–17) – w minutę ustalimy, który rozmiar pakujemy. Oczywiście można też odpisać tutaj.

Pozdrawiamy
Górski Krok""",
["BSM309"], "Gives the shop's national mobile number to call."),

# 35 BSM309 international
("reply", "html", "Re: Montaż karnisza – {O}",
"""<p>Dzień dobry,</p>
<p>co do karnisza z zamówienia <strong>{O}</strong>: uchwyty sufitowe są w woreczku z numerem 3, a śruby do betonu w woreczku 4. Przy suficie podwieszanym trzeba użyć kołków motylkowych, których nie ma w zestawie.</p>
<p>Gdyby montaż sprawiał trudności, nasz doradca techniczny chętnie przeprowadzi Pana przez to krok po kroku przez telefon: <strong>+48 12 345 67 89</strong>, w dni robocze od 8:00 do 16:00.</p>
<p>Pozdrawiamy<br>
Karnisze Krakowskie</p>""",
["BSM309"], "Gives the shop's own number in international format, not a manufacturer warranty line."),

# 36 BSM308 plain e-mail
("custom-design-verification", "text", "Projekt koszulki – zamówienie {O}",
"""Dzień dobry,

w załączniku projekt nadruku na koszulki z zamówienia {O}: logo drużyny „Orły Bronowice”, pod spodem numer i nazwisko na plecach, według listy, którą Pan przesłał.

Prosimy o akceptację albo uwagi. Gdyby wygodniej było przesłać poprawione logo w wektorach (plik .ai lub .svg), proszę wysłać je na adres grafika@nadrukarnia-bronowice.pl, bo tutaj pliki wektorowe czasem się nie otwierają.

Pozdrawiamy
Nadrukarnia Bronowice""",
["BSM308"], "Design proof asking to send files to a plain e-mail address."),

# 37 BSM308 obfuscated "małpa"
("reply", "text", "Re: Zdjęcia uszkodzenia – {O}",
"""Dzień dobry Pani Elżbieto,

bardzo przepraszamy za pęknięty talerz w zamówieniu {O}. Żeby zgłosić szkodę u przewoźnika, potrzebujemy kilku zdjęć: talerza, kartonu z zewnątrz i etykiety.

Zdjęcia najlepiej przesłać na reklamacje małpa porcelanka-wawel kropka pl – w temacie proszę wpisać numer zamówienia. Nowy talerz wyślemy, jak tylko przewoźnik przyjmie zgłoszenie.

Pozdrawiamy
Porcelanka Wawel""",
["BSM308"], "E-mail address written out with 'małpa' and 'kropka'."),

# 38 BSM302 https link to seller site
("reply", "html", "Re: Skąd pochodzi wosk? – {O}",
"""<p>Dzień dobry,</p>
<p>dziękujemy za pytanie dotyczące świec z zamówienia <strong>{O}</strong>. Wosk sojowy kupujemy od jednego dostawcy z certyfikatem RSPO, a olejki zapachowe są wolne od ftalanów. Knoty są bawełniane, bez metalowego rdzenia.</p>
<p>Całą historię naszej manufaktury i to, jak wybieramy surowce, opisaliśmy tutaj: <a href="https://www.woskowachatka.pl/o-nas">O nas i naszych surowcach – Woskowa Chatka</a>.</p>
<p>Pozdrawiamy<br>
Ilona, Woskowa Chatka</p>""",
["BSM302"], "Descriptive https link to the seller's own site, not needed for the order."),

# 39 BSM301 http Amazon link
("review-request", "html", "Opinia o zamówieniu {O}",
"""<p>Dzień dobry,</p>
<p>mamy nadzieję, że zakup z zamówienia <strong>{O}</strong> dobrze się sprawdza. Jeśli ma Pani chwilę, prosimy o podzielenie się wrażeniami – każda opinia, niezależnie od oceny, przydaje się innym kupującym.</p>
<p>Kilka osób pytało nas ostatnio, jak dbać o dębową deskę do krojenia: raz w miesiącu warto natłuścić ją olejem spożywczym albo oliwą z woskiem pszczelim, nie moczyć jej długo i nie wkładać do zmywarki. Drobne rysy można zeszlifować drobnym papierem ściernym.</p>
<p><a href="http://www.amazon.pl/review/review-your-purchases/">Dodaj opinię o zakupie na Amazon.pl</a></p>
<p>Dziękujemy i pozdrawiamy<br>
Sklep Pod Kasztanem</p>""",
["BSM301"], "Descriptive link to Amazon over plain http."),

# 40 BSM310 product image
("delivery-delay", "html", "Zamówienie {O} – wysyłka w przyszłym tygodniu",
"""<p>Dzień dobry Pani Weroniko,</p>
<p>kubek ceramiczny z zamówienia <strong>{O}</strong> potrzebuje jeszcze jednego wypału – szkliwo w kolorze butelkowej zieleni wyszło w pierwszym podejściu zbyt matowe i nie chcieliśmy wysyłać czegoś, co nie spełnia naszych standardów. Wysyłka planowana jest na 16 grudnia.</p>
<p>Tak wygląda Pani kubek po pierwszym wypale:</p>
<p><img src="https://static.glinianka.pl/produkty/kubek-ceramiczny-butelkowa-zielen-350ml.jpg" alt="Kubek ceramiczny butelkowa zieleń 350 ml – zamówiony produkt" width="300"></p>
<p>Pozdrawiamy<br>
Pracownia Glinianka</p>""",
["BSM310"], "Shows a photo of the purchased product."),

# 41 BSM311 unrelated image
("delivery-scheduling", "html", "Dostawa kanapy – zamówienie {O}",
"""<p>Dzień dobry Państwu,</p>
<p>kanapa narożna z zamówienia <strong>{O}</strong> będzie gotowa do dostawy w przyszłym tygodniu. Nasz transport będzie w Lublinie w dniach 17–18 grudnia. Prosimy o wybranie jednego z okien:</p>
<ul>
<li>czwartek 17.12, 8:00–13:00</li>
<li>piątek 18.12, 12:00–17:00</li>
</ul>
<p>Prosimy też o informację, czy drzwi wejściowe mają co najmniej 80 cm szerokości.</p>
<p><img src="https://static.sofaland.pl/mail/choinka-zimowy-las.jpg" alt="Ośnieżona choinka w zimowym lesie" width="400"></p>
<p>Wesołych Świąt życzy<br>
Sofaland</p>""",
["BSM311"], "Stock Christmas-tree image unrelated to the shop."),

# 42 BSM402 logo without alt
("invoice", "html", "Faktura do zamówienia {O}",
"""<p><img src="https://static.drukarnia-tryb.pl/mail/logo-tryb.png" alt="" width="140"></p>
<p>Dzień dobry,</p>
<p>w załączeniu faktura VAT nr 1187/12/2026 do zamówienia <strong>{O}</strong> (wizytówki 350 g, 500 szt.). Faktura została wystawiona na dane firmy podane przy zamówieniu.</p>
<p>Pozdrawiamy<br>
Drukarnia Tryb s.c.<br>
NIP 676-249-55-12</p>""",
["BSM402"], "Shop logo with an empty alt attribute."),

# 43 BSM403 emoji
("delivery-delay", "text", "Małe opóźnienie – zamówienie {O} 🎄",
"""Hej Paulina!

Twoje pierniki z zamówienia {O} pieką się właśnie w drugiej turze 🍪 – pierwsza partia za bardzo się rozlała i nie przeszła naszej kontroli. Wyślemy je w poniedziałek 14.12, a u Ciebie będą najpóźniej w środę.

Lukier wysycha 24 godziny, dlatego nie pakujemy ich wcześniej. Obiecujemy, że warto poczekać 😊

Buziaki z kuchni
Piernikarnia u Zosi""",
["BSM403"], "Emoji in subject and body."),

# 44 BSM403 emoticon
("reply", "text", "Re: Rozmiar rękawiczek – {O}",
"""Dzień dobry Panie Dominiku,

rękawiczki z zamówienia {O} w rozmiarze L pasują na dłoń o obwodzie 21–23 cm, mierzonym nad kostkami, bez kciuka. Jeśli wychodzi Panu 23,5 cm, lepiej wziąć XL, bo skóra jelenia trochę się rozciąga, ale tylko na szerokość, nie na długość palców.

Wymiana rozmiaru jest bez problemu, wystarczy zgłosić zwrot :)

Pozdrawiam
Rękawicznik Kraków ;-)""",
["BSM403"], "Text emoticons ':)' and ';-)'."),

# 45 BSM410 four sizes in style block
("delivery-delay", "html", "Zamówienie {O} – aktualizacja terminu",
"""<style>
h1 { font-size: 26px; }
h2 { font-size: 20px; }
p { font-size: 15px; }
.drobny { font-size: 11px; }
</style>
<h1>Aktualizacja zamówienia</h1>
<h2>Nr {O}</h2>
<p>Dzień dobry, rolety rzymskie na wymiar z Pani zamówienia wymagają dłuższego szycia – tkanina w kolorze szałwiowym dotarła do nas z tygodniowym poślizgiem. Nowy termin wysyłki to 18 grudnia 2026 r.</p>
<p>Wymiary (szer. 92 cm × wys. 140 cm) zostają bez zmian.</p>
<p class="drobny">Wiadomość dotyczy wyłącznie realizacji zamówienia. Roletownia Szyjemy na Miarę.</p>""",
["BSM410"], "A <style> block setting four distinct font sizes."),

# 46 BSM412 blank lines in text
("additional-information", "text", "Adres dostawy – zamówienie {O}",
"""Dzień dobry,

w adresie dostawy zamówienia {O} brakuje numeru mieszkania – jest tylko „ul. Ogrodowa 15, Katowice”. Budynek ma cztery klatki i kilkadziesiąt lokali, więc kurier na pewno nie trafi.


Prosimy o podanie numeru lokalu i, jeśli to możliwe, klatki. Wysyłkę wstrzymujemy do czasu Pani odpowiedzi.


Przy okazji odpowiadamy na pytanie z uwag do zamówienia: kalendarz książkowy na 2027 rok ma papier niepowlekany, więc pióro wieczne nie przebija na drugą stronę. Okładkę z płótna introligatorskiego można przetrzeć lekko wilgotną ściereczką.

Pozdrawiamy
Sklep Papierniczy Kartka""",
["BSM412"], "Plain text with runs of two blank lines between paragraphs."),

# 47 BSM110 on review request
("review-request", "text", "[Ważne] Prośba o opinię – zamówienie {O}",
"""Dzień dobry,

dziękujemy za zakup stojaka na rowery z zamówienia {O}. Jeżeli ma Pan kilka minut, będzie nam miło, jeśli podzieli się Pan opinią o produkcie na Amazonie – niezależnie od tego, czy jest Pan zadowolony, czy widzi coś do poprawy.

Kilka osób pytało nas ostatnio, czy stojak zmieści rower z oponami 2,6 cala – zmieści, choć na styk.

Pozdrawiamy
Rowerownia Stalowa Wola""",
["BSM110"], "Polish [Important] tag on a review request, which is not critical."),

# 48 BSM401 "kliknij tutaj"
("return-follow-up", "html", "Zwrot – zamówienie {O}",
"""<p>Dzień dobry,</p>
<p>przyjęliśmy zgłoszenie zwrotu kurtki z zamówienia <strong>{O}</strong>. Żeby rozliczyć zwrot, potrzebujemy informacji, czy kurtka była noszona na zewnątrz, czy tylko przymierzana w domu, oraz czy metki są nadal przypięte.</p>
<p>Instrukcja zwrotu w Amazon – <a href="https://www.amazon.pl/gp/css/returns/homepage.html">kliknij tutaj</a>.</p>
<p>Pozdrawiamy<br>
Odzież Wiatr</p>""",
["BSM401"], "Amazon link with non-descriptive text 'kliknij tutaj'."),

# 49 vary: builder styles 407/408/409/411
("delivery-delay", "html", "Informacja o zamówieniu {O}",
"""<div style="font-family: Georgia, serif; line-height: 1.8; color: #4a3b2c; text-align: center;">
<p>Dzień dobry Pani Aleksandro,</p>
<p>zestaw świątecznych bombek ręcznie malowanych z zamówienia <strong>{O}</strong> wyjedzie z pracowni z kilkudniowym opóźnieniem. Dwie bombki pękły przy wypalaniu farby i malarka musi je przygotować od nowa. Nowy termin wysyłki: 15 grudnia.</p>
<p>Przepraszamy i pozdrawiamy,<br>Pracownia Szklany Sopel</p>
</div>""",
["BSM407", "BSM408", "BSM409", "BSM411"], "Builder wrapper setting font family, line height, text colour and centred alignment."),

# 50 vary: BSM102 order number without hyphens
("delivery-delay", "text", "Opóźnienie wysyłki Twojego zamówienia",
"""Dzień dobry,

Twoje zamówienie nr {ON} (kalendarz adwentowy z herbatami) wyjedzie z naszego magazynu dopiero w środę 9 grudnia. Drukarnia spóźniła się z pudełkami, a bez nich nie możemy zapakować zestawów.

Przepraszamy za zwłokę. Dostawa powinna nastąpić do piątku.

Pozdrawiamy
Herbaciarnia Pod Dzwonkiem""",
["BSM102"], "Order number written as 17 digits without hyphens, so no valid order id."),
]


def _build():
    out = []
    for i, (typ, fmt, subj, body, exp, note) in enumerate(_RAW, 1):
        oid = _oid(i)
        loc = LOCALE
        rec = {
            "id": "v18-%s-%03d" % (LANG, i),
            "language": LANG,
            "locale": loc,
            "type": typ,
            "format": fmt,
            "subject": subj.replace("{O}", oid).replace("{ON}", oid.replace("-", "")),
            "body": body.replace("{O}", oid).replace("{ON}", oid.replace("-", "")),
            "order_id": oid,
            "expected": sorted(exp),
            "note": note,
        }
        out.append(rec)
    return out


MESSAGES = _build()
