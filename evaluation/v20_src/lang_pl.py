"""v20 blind evaluation set, Polish (pl-PL). Standard library only, deterministic."""

LANG = "pl"
LOCALE = "pl-PL"
PFX = "516"


def _oid(n):
    a = (n * 102947 + 1048573) % 9000000 + 1000000
    b = (n * 104729 + 3571) % 9000000 + 1000000
    return f"{PFX}-{a:07d}-{b:07d}"


_ROWS = []


def m(type_, fmt, subject, body, expected, note):
    _ROWS.append((type_, fmt, subject, body, sorted(expected), note))


# ---------------------------------------------------------------- clean (17)
m("delivery-delay", "text",
  "Zamówienie {OID} – wysyłka przesunie się o kilka dni",
  """Dzień dobry,

głupio nam, ale poszewki lniane w kolorze szałwii dojadą z tkalni dopiero w przyszłym tygodniu. Zamówienie {OID} nadamy najpóźniej 15.12.2026, a nie – jak było w ofercie – 9.12.

Gdyby ten termin był dla Pani kłopotliwy, prosimy po prostu odpisać na tę wiadomość.

Pozdrawiamy
Kasia z Lniane Sny""",
  [], "Plain-text delivery delay with a new dispatch date; clean.")

m("delivery-delay", "html",
  "Nowy termin wysyłki – {OID}",
  """<p>Dzień dobry Panie Tomaszu,</p>
<p>mała zmiana planów: stelaż do biurka z zamówienia <b>{OID}</b> utknął u dostawcy. Nowy termin nadania to <b>czwartek, 17 grudnia</b>.</p>
<p>Blat wyślemy razem ze stelażem, żeby wszystko dojechało w jednej dostawie.</p>
<p>Z pozdrowieniami<br>Marek Nowicki<br><small>Biuro Obsługi Klienta | Meblo-Lab</small></p>""",
  [], "Builder HTML delivery delay with bold and small text only; clean.")

m("order-problem", "text",
  "[Ważne] Problem z realizacją zamówienia {OID}",
  """Dzień dobry,

przy ostatniej kontroli okazało się, że komplet kubków „Kobalt” ma pęknięte szkliwo, a innego na stanie już nie mamy. Zamówienia {OID} niestety nie zrealizujemy.

Kwota zamówienia została przez nas skorygowana w całości z powodu braku towaru – 189,00 zł wróci na Pani konto w ciągu kilku dni roboczych, zgodnie z zasadami Amazon.

Bardzo przepraszamy za zamieszanie.
Anna Zielińska
Pracownia Glina i Ogień""",
  [], "Order problem with [Ważne] tag and confirmed full adjustment for lack of stock; clean.")

m("additional-information", "text",
  "Treść graweru – zamówienie {OID}",
  """Dzień dobry,

w zamówieniu {OID} wybrała Pani deskę z grawerem, ale pole z napisem przyszło do nas puste. Co mamy wygrawerować? Zmieści się do 24 znaków, polskie litery to żaden problem.

Bez tego nie ruszymy z produkcją, więc czekamy na odpowiedź.

Pozdrawiam
Bartek, Drewniane Skarby""",
  [], "Asks for the engraving text needed to complete the order; clean.")

m("return-follow-up", "text",
  "Zwrot stolika – zamówienie {OID}",
  """Dzień dobry Pani Magdo,

dzięki za zdjęcia – rysa na blacie rzeczywiście jest widoczna. Zamiast odsyłać cały stolik (sporo zachodu z kartonem i kurierem), możemy zaproponować częściowy zwrot 120,00 zł, a stolik zostaje u Pani.

Jeśli Pani na to przystaje, wystarczy krótkie „tak”. Jeżeli woli Pani jednak zwrot całości, przygotujemy etykietę zwrotną.

Pozdrawiam
Marek Nowicki
Meblo-Lab""",
  [], "Return follow-up offering a partial refund; clean.")

m("return-follow-up", "text",
  "Pytanie do zwrotu {OID}",
  """Dzień dobry,

zgłosił Pan zwrot kurtki z zamówienia {OID} z powodem „inny”. Żeby go domknąć, potrzebujemy jednej informacji: czy kurtka ma jeszcze metki i czy była noszona na zewnątrz? Od tego zależy, czy trafi do producenta, czy wraca do nas.

Dzięki z góry
zespół Outdoor Tatry""",
  [], "Return follow-up asking for information needed to complete the return; clean.")

m("invoice", "text",
  "Faktura VAT do zamówienia {OID}",
  """Dzień dobry,

w załączniku przesyłamy fakturę VAT nr FV/2026/12/0418 do zamówienia {OID}, wystawioną na firmę według podanego NIP-u.

Kwota brutto: 1 349,00 zł, w tym VAT 23%: 252,26 zł.

Pozdrawiamy
Dział księgowości

Lniane Sny Sp. z o.o.
ul. Lipowa 14/3, 30-702 Kraków
NIP 676-254-18-93 | REGON 365812047 | KRS 0000712345""",
  [], "Invoice with slashed invoice number, NIP, REGON and KRS; clean.")

m("review-request", "text",
  "Jak sprawdza się lampka? ({OID})",
  """Dzień dobry,

lampka z zamówienia {OID} jest u Pani już od kilku dni. Jeśli znajdzie Pani chwilę, będziemy wdzięczni za opinię o niej na Amazonie – każda, również krytyczna, pomaga nam i innym kupującym.

Pozdrawiamy
Pracownia Glina i Ogień""",
  [], "Neutral plain-text review request; clean.")

m("review-request", "html",
  "Klocki z zamówienia {OID} – podzielisz się opinią?",
  """<p><img src="https://static.sklepcdn.pl/drewniane-skarby/logo-drewniane-skarby.png" alt="Logo Drewniane Skarby" width="160"></p>
<p>Cześć,</p>
<p>klocki z zamówienia {OID} są już pewnie w rękach małego budowniczego. Będziemy wdzięczni za kilka słów na Amazonie – szczerze, tak jak jest.</p>
<p><a href="https://www.amazon.pl/review/create-review?asin=B0CX7K2L9P">Napisz opinię o klockach na Amazon.pl</a></p>
<p>Bartek i Ola<br>Drewniane Skarby</p>""",
  [], "HTML review request with shop logo (alt names shop) and descriptive Amazon link; clean.")

m("delivery-scheduling", "text",
  "Dostawa szafy {OID} – który termin pasuje?",
  """Dzień dobry,

szafa z zamówienia {OID} waży z opakowaniem ok. 95 kg, więc przywiezie ją nasza ekipa z wniesieniem. Wolne okna:

– wtorek 15.12, 8:00–12:00
– środa 16.12, 12:00–16:00
– sobota 19.12, 9:00–13:00

Proszę dać znać, który termin wybrać, i które to piętro (jest winda?).

Pozdrawiam
Krzysztof Mazur
koordynator dostaw, Meblo-Lab""",
  [], "Scheduling delivery of a bulky wardrobe with dates and time slots; clean.")

m("home-service-appointment", "text",
  "Montaż zmywarki – umówmy termin (zam. {OID})",
  """Dzień dobry Panie Pawle,

do zamówienia {OID} dokupił Pan montaż zmywarki do zabudowy. Nasz instalator może przyjechać:

• czwartek 10.12.2026, między 14:00 a 17:00
• piątek 11.12.2026, między 8:00 a 11:00

Montaż zajmuje mniej więcej półtorej godziny. Prosimy o potwierdzenie terminu i adresu instalacji.

Z pozdrowieniami
AGD Montaże Serwis""",
  [], "Home-service installation appointment with two slots; clean.")

m("custom-design-verification", "text",
  "Podgląd nadruku do akceptacji – {OID}",
  """Dzień dobry,

w załączniku podgląd kubka z dedykacją z zamówienia {OID}. Proszę zerknąć na pisownię imion „Zosia i Antek” i datę 14.02.2027. Jeśli wszystko się zgadza, wystarczy odpisać „akceptuję”, a jeśli coś poprawić – poprawki robimy bez dopłaty.

Agnieszka
Studio Nadruku Kubeczek""",
  [], "Custom design proof sent for approval; clean.")

m("fulfillment-question", "text",
  "Kod do bramy – dostawa zamówienia {OID}",
  """Dzień dobry,

sofę z zamówienia {OID} dowozi nasz własny transport. Pod adresem dostawy jest osiedle zamknięte – jaki jest kod do bramy i numer lokalu na domofonie? Dopiszemy go kierowcy w zleceniu nr TR/2026/12/0733 (dostawa nr ref. 2026-KR-4471).

Pozdrawiamy
Obsługa klienta Meblo-Lab""",
  [], "Asks for a gate code with reference numbers that are not phone numbers; clean.")

m("reply", "text",
  "Re: Pytanie o rozmiar – {OID}",
  """Dzień dobry,

„Nordic Linen Duvet Cover – Sage Green, 200x220” to dokładnie ten komplet, który opisujemy jako pościel lnianą w kolorze szałwii – tkalnia z Litwy nadaje nazwy po angielsku. Poszwa ma 200x220 cm, poszewki 70x80 cm, więc na Pani kołdrę będzie w sam raz.

Pozdrawiam
Kasia
Lniane Sny""",
  [], "Reply quoting an English product title inside Polish sentences; clean.")

m("reply", "text",
  "Re: Ekspres nie grzeje wody – {OID}",
  """Dzień dobry,

przykro nam, że ekspres sprawia kłopot. Ma 24 miesiące gwarancji producenta, a naprawy gwarancyjne prowadzi bezpośrednio serwis marki.

Infolinia gwarancyjna producenta (Caffaro Polska): 22 330 44 55, pn.–pt. 8:00–18:00.

Jeśli woli Pan zwrot w ciągu 30 dni, można go zgłosić w zakładce „Twoje zamówienia” na Amazonie.

Pozdrawiamy
Kawowy Kącik""",
  [], "Reply giving the manufacturer's warranty hotline, marked as such; clean.")

m("reply", "text",
  "Re: Faktura na firmę? {OID}",
  """Dzień dobry,

tak, wystawiamy faktury na firmę. Jeśli przy zamówieniu {OID} nie podał Pan NIP-u, proszę go przesłać w odpowiedzi – fakturę dołączymy w ciągu 2 dni roboczych.

Pozdrawiam
Tomasz Kowalczyk
specjalista ds. obsługi klienta

--
Meblo-Lab Sp. z o.o.
ul. Przemysłowa 8, 62-080 Tarnowo Podgórne
NIP 777-321-45-98, REGON 302145677, KRS 0000654321
Sąd Rejonowy Poznań – Nowe Miasto i Wilda, VIII Wydział Gospodarczy KRS
Kapitał zakładowy: 50 000,00 zł""",
  [], "Reply with a full Polish company footer; clean.")

m("reply", "text",
  "Re: Kiedy zwrot pieniędzy? {OID}",
  """Dzień dobry,

Pani paczka zwrotna do zamówienia {OID} (nr nadania 520113456789012345678901) dotarła do nas 3.12.2026 o 11:42. Numer zwrotu u nas: ZW/2026/0932. Zwrot 249,99 zł zlecimy najpóźniej 8.12.2026, na koncie powinien być w ciągu 3–5 dni roboczych.

Pozdrawiamy
Outdoor Tatry""",
  [], "Reply with return tracking number, return number, dates, time and amount; clean.")

# ---------------------------------------------------------------- violations (31)
m("fulfillment-question", "text",
  "Paczka {OID} już w drodze",
  """Dzień dobry,

dobra wiadomość – zamówienie {OID} opuściło dziś rano nasz magazyn pod Łodzią i jest już u kuriera DPD. Zwykle dojeżdża w 1–2 dni robocze.

Pozdrawiamy
Drewniane Skarby""",
  ["BSM201"], "Tells the buyer the parcel left the warehouse and is with the carrier.")

m("fulfillment-question", "text",
  "Mamy Twoje zamówienie! {OID}",
  """Cześć,

zamówienie {OID} już do nas wpadło – właśnie kompletujemy świece i zaraz zabieramy się za pakowanie. Piszemy, bo wiemy, jak się czeka.

Ekipa Wosk i Knot""",
  ["BSM201"], "Confirms the order was received and is being packed.")

m("fulfillment-question", "text",
  "Dziękujemy – {OID}",
  """Dzień dobry,

serdecznie dziękujemy za zakupy w Lniane Sny i za zaufanie. Dla małej pracowni każde zamówienie, także {OID}, naprawdę dużo znaczy.

Ciepło pozdrawiamy
Kasia i Ewa""",
  ["BSM202"], "Thanks only, no other content.")

m("fulfillment-question", "text",
  "Zamówienie {OID}",
  """Dzień dobry,

tak tylko dajemy znać: gdyby przy zamówieniu {OID} pojawiły się jakiekolwiek pytania albo kłopoty, jesteśmy do dyspozycji – wystarczy odpisać.

Zespół Kawowy Kącik""",
  ["BSM202"], "Only says the seller is available if something comes up.")

m("delivery-delay", "text",
  "Opóźnienie wysyłki – {OID}",
  """Dzień dobry,

młynek z zamówienia {OID} dojedzie do nas od producenta z opóźnieniem, dlatego nadamy go 16.12.2026 zamiast 10.12. Przepraszamy za poślizg.

Pozdrawiamy
Kawowy Kącik

PS. Do końca grudnia cały nasz asortyment jest tańszy o 20% – warto zajrzeć do naszego sklepu na Amazonie.""",
  ["BSM203"], "Otherwise permitted delay with a 20% off P.S. promotion.")

m("reply", "text",
  "Re: Czy miska nadaje się do zmywarki? {OID}",
  """Dzień dobry,

tak, miski z zamówienia {OID} można myć w zmywarce, byle nie w programie intensywnym powyżej 65°C – szkliwo dłużej zachowa połysk.

Przy okazji: znajdzie nas Pani na Instagramie jako Glina i Ogień, a w piątek pokazujemy tam nową zimową kolekcję. Można też zapisać się na nasz newsletter.

Anna
Pracownia Glina i Ogień""",
  ["BSM203"], "Reply with a follow-us, newsletter and new-collection invitation.")

m("review-request", "text",
  "Herbata z zamówienia {OID} – jak smakuje?",
  """Dzień dobry,

mamy nadzieję, że herbaty z zamówienia {OID} już się parzą. Będzie nam miło, jeśli podzieli się Pani opinią na Amazonie. Gdy tylko recenzja się pojawi, wyślemy drobny upominek – zestaw próbek naszych zimowych mieszanek – w podziękowaniu.

Pozdrawiamy
Herbaciarnia Liść""",
  ["BSM204"], "Promises a small gift once the review is published.")

m("review-request", "text",
  "Prośba o recenzję – {OID}",
  """Dzień dobry Panie Adamie,

mamy propozycję: jeśli napisze Pan recenzję słuchawek z zamówienia {OID}, zwrócimy Panu całą kwotę zakupu, jak tylko opinia będzie widoczna na Amazonie. Wystarczy podesłać zrzut ekranu w odpowiedzi.

Pozdrawiam
Audio-Strefa""",
  ["BSM204"], "Offers a full refund as soon as the review is online.")

m("reply", "text",
  "Re: Zasilacz – {OID}",
  """Dzień dobry,

cieszymy się, że nowy zasilacz dotarł i laptop znowu działa. Skoro sprawa z zamówieniem {OID} jest już załatwiona, czy mógłby Pan zaktualizować albo usunąć swoją jednogwiazdkową opinię? Dla nas to sporo znaczy.

Pozdrawiam
Łukasz
Elektro-Punkt""",
  ["BSM205"], "Asks the buyer to update or remove an existing one-star review.")

m("review-request", "text",
  "Koc z zamówienia {OID}",
  """Dzień dobry,

jeśli jest Pani zadowolona z koca, będzie nam bardzo miło, gdy zostawi Pani opinię na Amazonie. A jeśli coś nie gra – proszę najpierw napisać do nas, zanim wystawi Pani ocenę, na pewno coś wymyślimy.

Pozdrawiamy
Lniane Sny""",
  ["BSM206"], "Asks only satisfied buyers to review and steers unhappy ones to the seller.")

m("review-request", "text",
  "Parę słów o lampce? {OID}",
  """Dzień dobry,

lampka z zamówienia {OID} powinna już świecić u Pani w salonie. Każde pięć gwiazdek to dla tak małej pracowni jak nasza ogromne wsparcie – liczymy na Panią!

Pozdrawiamy
Pracownia Glina i Ogień""",
  ["BSM206"], "Asks for a five-star rating.")

m("delivery-delay", "text",
  "Czajnik z zamówienia {OID} – opóźnienie",
  """Dzień dobry,

hurtownia właśnie dała znać, że czajnik z zamówienia {OID} się wyprzedał, a następna dostawa ma być około 20.01.2027. Jeśli nie chce Pan tyle czekać, najszybciej będzie samemu anulować zamówienie w zakładce „Twoje zamówienia” – pieniądze wrócą od ręki.

Przepraszamy
Kawowy Kącik""",
  ["BSM108"], "Advises the buyer to cancel themselves because stock ran out.")

m("order-problem", "text",
  "Zamówienie {OID} – brak rozmiaru",
  """Dzień dobry,

niestety rozmiaru 38 tych butów już nie mamy na stanie. Bylibyśmy wdzięczni, gdyby złożyła Pani prośbę o anulowanie zamówienia {OID} – wtedy Amazon sam zwróci pieniądze.

Przepraszamy
Obuwie Kornel""",
  ["BSM107", "BSM108"], "Order problem asking for a cancellation request, without confirming an adjustment.")

m("delivery-delay", "text",
  "Zmiana terminu wysyłki {OID}",
  """Dzień dobry,

zamówienie {OID} wyślemy 14.12.2026, kilka dni później niż planowaliśmy – czekamy na dostawę kartonów w rozmiarze XL.

Nie chcesz dostawać od nas takich wiadomości? Odpisz STOP.

Drewniane Skarby""",
  ["BSM305"], "Delay message with a reply-STOP opt-out.")

m("reply", "text",
  "Re: Gdzie mój zwrot? {OID}",
  """Dzień dobry,

sorry, ale ten cholerny przewoźnik znowu wszystko spieprzył, kurwa mać. Pani paczka zwrotna z zamówienia {OID} utknęła u nich w sortowni. Składamy reklamację, a 159,00 zł oddamy do 11.12, nie czekając na paczkę.

Marek""",
  ["BSM306"], "Reply with Polish profanity.")

m("delivery-delay", "text",
  "Shipping update for order {OID}",
  """Hello,

unfortunately your order {OID} will ship about a week later than planned, on 16 December, because our supplier is behind schedule. We apologise for the inconvenience.

Best regards
Meblo-Lab Customer Service""",
  ["BSM104"], "Message to a pl-PL buyer written entirely in English.")

m("reply", "text",
  "Re: Reklamacja – {OID}",
  """Dzień dobry,

przyjęliśmy zgłoszenie do zamówienia {OID}. Najszybciej załatwimy to telefonicznie – proszę dzwonić pod 512 384 907, pn.–pt. 9–17, proszę pytać o Łukasza.

Pozdrawiam
Elektro-Punkt""",
  ["BSM309"], "Reply with a Polish mobile number not marked as warranty line.")

m("delivery-scheduling", "text",
  "Dostawa narożnika – {OID}",
  """Dzień dobry,

narożnik z zamówienia {OID} przywieziemy w poniedziałek 14.12 między 10:00 a 14:00. Gdyby termin nie pasował, proszę dać znać działowi transportu: +48 61 842 17 30.

Pozdrawiamy
Meblo-Lab""",
  ["BSM309"], "Delivery scheduling with an international-format landline.")

m("return-follow-up", "text",
  "Zwrot regału – zamówienie {OID}",
  """Dzień dobry,

żeby dokończyć zwrot z zamówienia {OID}, potrzebujemy zdjęć uszkodzonego narożnika regału. Najlepiej przesłać je na reklamacje@meblo-lab.pl, bo tam szybciej trafią do magazynu.

Pozdrawiamy
Meblo-Lab""",
  ["BSM308"], "Return follow-up containing a plain e-mail address.")

m("reply", "text",
  "Re: Zdjęcie zabawki – {OID}",
  """Dzień dobry,

bardzo chętnie obejrzymy to pęknięcie. Zdjęcia proszę wysłać na biuro małpa drewnianeskarby kropka pl, w temacie numer {OID}.

Bartek
Drewniane Skarby""",
  ["BSM308"], "E-mail address obfuscated with 'małpa' and 'kropka'.")

m("reply", "html",
  "Re: Jak prać len? {OID}",
  """<p>Dzień dobry,</p>
<p>pościel z zamówienia {OID} najlepiej prać w 40°C, bez wybielaczy i na niskich obrotach. Wszystko rozpisaliśmy też u siebie: <a href="https://lnianesny.pl/pielegnacja-lnu">instrukcja pielęgnacji lnu na stronie Lniane Sny</a>.</p>
<p>Pozdrawiamy<br>Kasia</p>""",
  ["BSM302"], "https link to the seller's own site, not needed for the order.")

m("reply", "html",
  "Re: Jak zgłosić zwrot? {OID}",
  """<p>Dzień dobry,</p>
<p>zwrot do zamówienia {OID} zgłasza się bezpośrednio na Amazonie: <a href="http://www.amazon.pl/gp/css/order-history">lista Twoich zamówień na Amazon.pl</a>, potem „Zwróć produkty”.</p>
<p>Pozdrawiamy<br>Outdoor Tatry</p>""",
  ["BSM301"], "Descriptive link to Amazon over plain http.")

m("delivery-delay", "html",
  "Lampa z zamówienia {OID} – nowy termin",
  """<p>Dzień dobry,</p>
<p>lampa wisząca z zamówienia {OID} wyjedzie do Pani 18.12.2026 – rattan musi jeszcze doschnąć po lakierowaniu.</p>
<p><img src="https://static.sklepcdn.pl/rattanowo/produkty/lampa-wiszaca-rattan-40cm.jpg" alt="Lampa wisząca z rattanu, 40 cm" width="240"></p>
<p>Pozdrawiamy<br>Rattanowo</p>""",
  ["BSM310"], "Includes a photo of the purchased lamp.")

m("delivery-delay", "html",
  "Świąteczne opóźnienie – {OID}",
  """<p>Dzień dobry,</p>
<p>przez przedświąteczny szczyt zamówienie {OID} nadamy dopiero 21.12.2026. Przepraszamy i dziękujemy za cierpliwość.</p>
<p><img src="https://static.sklepcdn.pl/grafiki/choinka-w-sniegu.jpg" alt="Choinka w śniegu" width="300"></p>
<p>Zespół Wosk i Knot</p>""",
  ["BSM311"], "Includes an unrelated stock image of a Christmas tree.")

m("additional-information", "html",
  "Kolor nici – zamówienie {OID}",
  """<p><img src="https://static.sklepcdn.pl/haftownia-igla/logo-haftownia-igla.png" alt="" width="150"></p>
<p>Dzień dobry,</p>
<p>do haftu na ręcznikach z zamówienia {OID} potrzebujemy jeszcze wybranego koloru nici: granat, butelkowa zieleń czy złoty?</p>
<p>Pozdrawiam<br>Haftownia Igła</p>""",
  ["BSM402"], "Shop logo with an empty alt attribute.")

m("delivery-scheduling", "text",
  "Termin dostawy kanapy – {OID}",
  """Hej,

ustalmy termin dostawy kanapy z zamówienia {OID} 😊 Pasuje Pani środa 16.12 między 8:00 a 12:00, czy lepiej czwartek 17.12 po 15:00?

Pozdrawiam
Krzysztof, Meblo-Lab""",
  ["BSM403"], "Contains an emoji.")

m("additional-information", "text",
  "Rozmiar pierścionka – {OID}",
  """Dzień dobry,

w zamówieniu {OID} brakuje rozmiaru pierścionka, a bez niego nie odlejemy pierścionka. Jaki rozmiar wybrać? :)

Pozdrawiam
Pracownia Srebrny Liść""",
  ["BSM403"], "Contains an emoticon.")

m("delivery-delay", "html",
  "Opóźnienie – zamówienie {OID}",
  """<style>
.naglowek { font-size: 22px; }
.tresc { font-size: 15px; }
.uwaga { font-size: 13px; }
.stopka { font-size: 10px; }
</style>
<p class="naglowek">Zmiana terminu wysyłki</p>
<p class="tresc">Dzień dobry, zamówienie {OID} nadamy 15.12.2026 zamiast 11.12 – czekamy na dostawę kartonów.</p>
<p class="uwaga">Pozostałe informacje o zamówieniu nie zmieniają się.</p>
<p>Pozdrawiamy</p>
<p class="stopka">Audio-Strefa</p>""",
  ["BSM410"], "Style block setting four explicit font sizes besides the default.")

m("delivery-delay", "text",
  "Wysyłka {OID} przesunięta",
  """Dzień dobry,

drukarnia potrzebuje jeszcze dwóch dni, więc kalendarze z zamówienia {OID} nadamy 10.12.2026.


Przepraszamy za kłopot.


Studio Nadruku Kubeczek""",
  ["BSM412"], "Plain text with two blank lines in a row, twice.")

m("review-request", "text",
  "[Ważne] Twoja opinia o zamówieniu {OID}",
  """Dzień dobry,

minął już tydzień, odkąd plecak z zamówienia {OID} do Pana dotarł. Jeśli ma Pan chwilę, prosimy o opinię na Amazonie – każda się przyda.

Pozdrawiamy
Outdoor Tatry""",
  ["BSM110"], "[Ważne] tag on an otherwise neutral review request.")

m("review-request", "html",
  "Opinia o wieszaku – {OID}",
  """<p>Dzień dobry,</p>
<p>jeśli wieszak z zamówienia {OID} już wisi, będziemy wdzięczni za parę słów na Amazonie. Żeby napisać opinię, <a href="https://www.amazon.pl/review/create-review?asin=B0D4M1XQ7R">kliknij tutaj</a>.</p>
<p>Pozdrawiamy<br>Drewniane Skarby</p>""",
  ["BSM401"], "Amazon link with the non-descriptive text 'kliknij tutaj'.")

# ---------------------------------------------------------------- varying (2)
m("delivery-delay", "html",
  "Nowy termin wysyłki – {OID}",
  """<div style="font-family: Arial, Helvetica, sans-serif; line-height: 1.6; color: #333333;">
<p>Dzień dobry,</p>
<p>informujemy, że zamówienie {OID} zostanie nadane 16.12.2026 z powodu opóźnienia dostawy od producenta.</p>
<p>Z poważaniem<br>Dział Obsługi Klienta<br>Rattanowo</p>
</div>""",
  ["BSM407", "BSM408", "BSM409"], "Builder wrapper sets font-family, line-height and text colour.")

m("additional-information", "text",
  "Pytanie o adres dostawy",
  """Dzień dobry,

w zamówieniu nr {OIDNH} w adresie brakuje numeru mieszkania, a kurier bez niego nie zostawi paczki. Jaki numer dopisać?

Pozdrawiamy
Wosk i Knot""",
  ["BSM102"], "Order number written as 17 digits without hyphens only.")


MESSAGES = []
for _i, (_t, _f, _s, _b, _e, _n) in enumerate(_ROWS, 1):
    _o = _oid(_i)
    _rep = lambda x: x.replace("{OIDNH}", _o.replace("-", "")).replace("{OID}", _o)
    MESSAGES.append({
        "id": f"v20-{LANG}-{_i:03d}",
        "language": LANG,
        "locale": LOCALE,
        "type": _t,
        "format": _f,
        "subject": _rep(_s),
        "body": _rep(_b),
        "order_id": _o,
        "expected": _e,
        "note": _n,
    })
