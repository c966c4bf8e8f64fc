"""v10 blind evaluation set: Polish (pl-PL). Standard library only."""

LANG, LOCALE = "pl", "pl-PL"
MESSAGES = []


def _oid(n):
    return "416-%07d-%07d" % ((n * 7919 + 2314567) % 10000000, (n * 104729 + 5608321) % 10000000)


def _m(type_, fmt, subject, body, expected, note):
    n = len(MESSAGES) + 1
    oid = _oid(n)
    raw = oid.replace("-", "")
    def fill(s):
        return s.replace("{OID}", oid).replace("{RAW}", raw).strip("\n")
    MESSAGES.append({
        "id": "v10-%s-%03d" % (LANG, n), "language": LANG, "locale": LOCALE,
        "type": type_, "format": fmt, "subject": fill(subject), "body": fill(body),
        "order_id": oid, "expected": sorted(expected), "note": note,
    })


# ---------------------------------------------------------------- 17 clean
_m("delivery-delay", "text", "Opóźnienie wysyłki – zamówienie {OID}", """
Dzień dobry,

piszę w sprawie zamówienia {OID} (deska do krojenia z dębu, 2 szt.). Tartak spóźnił się z dostawą drewna, więc deski będą gotowe do nadania dopiero 18.03.2026, czyli mniej więcej 4 dni później, niż podawaliśmy w ofercie.

Przepraszam za zwłokę. Gdyby nowy termin Panu nie pasował, proszę po prostu odpisać na tę wiadomość.

Pozdrawiam serdecznie
Marek Wójcik
Drewniany Zakątek
""", [], "Plain-text delivery delay with a new dispatch date; clean.")

_m("delivery-delay", "html", "Zamówienie {OID}: nowy termin wysyłki", """
<p>Szanowna Pani,</p>
<p>uprzejmie informujemy, że realizacja zamówienia <strong>{OID}</strong> się przesunie. Producent kloszy do lampy <em>Lumo Arc</em> (grafit) nie dostarczył ich na czas, dlatego lampę nadamy najwcześniej <strong>24 marca 2026 r.</strong>, a nie – jak podano w ofercie – 17 marca.</p>
<table cellpadding="4">
<tr><td>Termin z oferty:</td><td>17.03.2026</td></tr>
<tr><td>Nowy termin nadania:</td><td>24.03.2026</td></tr>
</table>
<p>Bardzo przepraszamy za utrudnienia. W razie pytań wystarczy odpowiedzieć na tę wiadomość.</p>
<p>Z wyrazami szacunku<br>Agnieszka Nowak<br>Dział Obsługi Klienta, Lumo Oświetlenie</p>
<p><small>Lumo Oświetlenie Sp. z o.o., ul. Fabryczna 8, 90-344 Łódź, NIP 725-210-44-18</small></p>
""", [], "Builder-style HTML delivery delay with a plain table; clean.")

_m("order-problem", "text", "[Ważne] Zamówienie {OID} – brak towaru", """
Dzień dobry Pani Katarzyno,

z przykrością muszę przekazać, że kubka „Leśny mech” w kolorze butelkowej zieleni nie jesteśmy w stanie wysłać. Ostatnia sztuka pękła przy wypale, a następna partia wyjdzie z pieca najwcześniej za dwa miesiące.

Kwotę zamówienia {OID} skorygowaliśmy już w całości w Amazon (powód korekty: brak towaru), więc 89,00 zł wróci na Pani konto bez żadnych działań z Pani strony – zwykle w ciągu 3–5 dni roboczych.

Bardzo przepraszam
Zofia Kaczmarek
Pracownia Ceramiki Glina i Ogień
""", [], "Order problem confirming the full amount was adjusted for no stock; [Ważne] allowed on this type.")

_m("additional-information", "text", "Treść grawera – zamówienie {OID}", """
Dzień dobry,

do zamówienia {OID} (deska z grawerem, wariant „Imię + data”) brakuje nam treści grawera – pole personalizacji zostało puste.

Proszę odpisać, jaki tekst mamy wygrawerować (maks. 24 znaki) i czy datę zapisać jako 14.02.2026, czy raczej „14 lutego 2026”. Jak tylko dostaniemy odpowiedź, deska trafi do pracowni.

Dziękuję i pozdrawiam
Marek Wójcik, Drewniany Zakątek
""", [], "Asks for missing engraving text needed to complete the order; clean.")

_m("return-follow-up", "text", "Zwrot do zamówienia {OID} – propozycja", """
Dzień dobry Panie Tomaszu,

dostaliśmy zgłoszenie zwrotu kompletu talerzy (6 szt.) z powodu odprysku na jednym z nich. Zamiast odsyłać cały zestaw, proponujemy częściowy zwrot w wysokości 60,00 zł – talerze zostają u Pana.

Jeśli taka opcja Panu odpowiada, proszę o krótkie potwierdzenie, a zwrot zlecimy jeszcze tego samego dnia. Jeśli woli Pan odesłać komplet, zwrot przebiegnie standardowo przez Amazon.

Pozdrawiam
Zofia Kaczmarek
Glina i Ogień
""", [], "Return follow-up offering a partial refund; clean.")

_m("return-follow-up", "html", "Zwrot {OID} – brakujący zasilacz", """
<p>Dzień dobry,</p>
<p>piszemy w sprawie zwrotu do zamówienia {OID}. W paczce, która dotarła do nas 9.03.2026, jest lampa, ale brakuje zasilacza (model LA-12V). Czy zasilacz mógł zostać u Pani, czy może nie było go już w przesyłce od nas?</p>
<p>Prosimy o informację, żebyśmy mogli zamknąć zwrot. Jeżeli zasilacz jest u Pani, wystarczy odesłać go na ten sam adres z dopiskiem numeru zamówienia.</p>
<p>Pozdrawiamy<br>Zespół Lumo Oświetlenie</p>
""", [], "Return follow-up asking for information needed to complete the return; clean.")

_m("invoice", "text", "Faktura VAT do zamówienia {OID}", """
Dzień dobry,

w załączniku przesyłamy fakturę VAT nr FV/0187/03/2026 do zamówienia {OID} z dnia 04.03.2026.

Kwota brutto: 1 249,00 zł, w tym VAT 23%: 233,55 zł.

Gdyby dane nabywcy wymagały korekty, prosimy o odpowiedź na tę wiadomość – wystawimy fakturę korygującą.

Z poważaniem
Dział Księgowości
MeblArt Sp. z o.o.
ul. Przemysłowa 21, 62-800 Kalisz
NIP 618-204-71-33 | REGON 251034872 | KRS 0000418273
""", [], "Invoice with NIP/REGON/KRS and a slashed invoice number; clean.")

_m("review-request", "text", "Jak sprawdza się lampka? Zamówienie {OID}", """
Dzień dobry,

minęło kilka dni, odkąd lampka biurkowa z zamówienia {OID} dotarła na miejsce. Jeśli znajdzie Pani chwilę, będziemy wdzięczni za opinię o produkcie na Amazon – każda uwaga pomaga nam i innym kupującym.

Opinię można dodać w zakładce „Twoje zamówienia”, przy tym zamówieniu.

Pozdrawiamy
Lumo Oświetlenie
""", [], "Neutral plain-text review request; clean.")

_m("review-request", "html", "Twoja opinia o desce – zamówienie {OID}", """
<p><img src="https://m.media-amazon.com/images/S/aplus-media/drewniany-zakatek-logo.png" alt="Logo sklepu Drewniany Zakątek" width="160" height="60"></p>
<p>Cześć Aniu,</p>
<p>jak sprawdza się deska z zamówienia {OID}? Będzie nam miło, jeśli napiszesz o niej kilka słów na Amazon.</p>
<p><a href="https://www.amazon.pl/review/create-review?asin=B0CX7K2L9P">Napisz opinię o desce na Amazon.pl</a></p>
<p>Marek z Drewnianego Zakątka</p>
""", [], "HTML review request with the shop logo (alt names the shop) and a descriptive https Amazon link; clean.")

_m("delivery-scheduling", "text", "Termin dostawy szafy – zamówienie {OID}", """
Dzień dobry Panie Pawle,

szafa przesuwna z zamówienia {OID} waży ponad 140 kg, dlatego dowozi ją nasza ekipa z wniesieniem do mieszkania. Prosimy o wybór jednego z terminów:

- wtorek, 17.03.2026, godz. 8:00–12:00
- środa, 18.03.2026, godz. 12:00–16:00
- piątek, 20.03.2026, godz. 16:00–20:00

Przy okazji prosimy o informację, na którym piętrze jest mieszkanie i czy w budynku działa winda.

Z poważaniem
Robert Zieliński
koordynator transportu, MeblArt
""", [], "Scheduling delivery of a bulky wardrobe with dates and time slots; clean.")

_m("home-service-appointment", "html", "Montaż klimatyzatora – wybór terminu ({OID})", """
<p>Dzień dobry,</p>
<p>do zamówienia {OID} jest przypisana usługa montażu klimatyzatora ściennego. Nasz technik może przyjechać w jednym z poniższych terminów:</p>
<ul>
<li>czwartek, 26 marca 2026, 9:00–11:00</li>
<li>piątek, 27 marca 2026, 13:00–15:00</li>
<li>poniedziałek, 30 marca 2026, 10:00–12:00</li>
</ul>
<p>Prosimy o odpowiedź z wybranym terminem. Montaż trwa ok. 3 godzin; potrzebny będzie dostęp do ściany zewnętrznej.</p>
<p>Pozdrawiamy<br>Ewa Mazur<br>Klimatech – serwis i montaż</p>
""", [], "Home-service appointment with proposed dates and time windows; clean.")

_m("custom-design-verification", "text", "Projekt nadruku do akceptacji – {OID}", """
Hej,

w załączniku wysyłam projekt kubka z zamówienia {OID} (plik projekt_kubek_v2.pdf). Zmieściłam oba imiona i datę ślubu, a czcionkę dobrałam do zaproszenia, które Pani przesłała.

Proszę sprawdzić pisownię imion i daty. Jeśli wszystko się zgadza, wystarczy odpisać „akceptuję”, a jeśli coś trzeba zmienić – proszę napisać co, poprawię jeszcze dziś.

Zosia
Nadruki od Zosi
""", [], "Custom design proof sent for approval; clean.")

_m("fulfillment-question", "text", "Kod do bramy – dostawa do zamówienia {OID}", """
Dzień dobry,

dostawę stołu z zamówienia {OID} realizuje nasz własny transport (nr zlecenia TR/2026/03/118, nr klienta 40921). W adresie dostawy nie ma kodu do bramy ani numeru klatki, a kierowca nie wjedzie na osiedle bez kodu.

Czy może Pan podać kod do bramy i numer klatki? Wystarczy odpowiedź na tę wiadomość.

Z poważaniem
Biuro Obsługi MeblArt
""", [], "Door-code question with reference numbers needed to deliver; clean.")

_m("reply", "text", "Re: Pytanie o Nordic Oak Serving Board – zamówienie {OID}", """
Dzień dobry Pani Magdo,

tak, „Nordic Oak Serving Board – Large” z Pani zamówienia {OID} ma wymiary 50 × 30 cm i grubość 2,5 cm. Deskę można myć ręcznie w ciepłej wodzie, ale nie w zmywarce. Raz na kilka tygodni warto natrzeć ją olejem spożywczym.

Pozdrawiam
Marek Wójcik
Drewniany Zakątek
""", [], "Reply quoting an English product title inside Polish sentences; clean.")

_m("reply", "text", "Re: Gwarancja na wentylator – {OID}", """
Dzień dobry,

wentylator Vento Silent 40 z zamówienia {OID} jest objęty 24-miesięczną gwarancją producenta. Naprawy gwarancyjne prowadzi bezpośrednio producent – najszybciej będzie zgłosić usterkę przez jego infolinię.

Infolinia gwarancyjna producenta Vento: 801 300 442 (pon.–pt. 8:00–16:00)

Przy zgłoszeniu warto mieć pod ręką numer seryjny z tabliczki na podstawie. Gdyby producent odmówił naprawy, proszę dać nam znać.

Pozdrawiamy
Lumo Oświetlenie
""", [], "Reply with the manufacturer's warranty hotline, marked as such (BSM309 exception); clean.")

_m("reply", "text", "Re: Dane firmy do faktury – {OID}", """
Dzień dobry Panie Krzysztofie,

fakturę do zamówienia {OID} wystawiamy automatycznie po dostarczeniu urządzenia. Jeżeli ma być na firmę, prosimy odpisać z nazwą firmy i numerem NIP – uwzględnimy je na fakturze.

Poniżej nasze dane, o które Pan pytał.

Pozdrawiam
Ewa Mazur

Klimatech Sp. z o.o.
ul. Chłodna 5/2, 00-891 Warszawa
NIP 527-283-19-64, REGON 146778201
KRS 0000532910, Sąd Rejonowy dla m.st. Warszawy, XII Wydział Gospodarczy KRS
Kapitał zakładowy: 50 000,00 zł
""", [], "Reply with a company-details footer (NIP, REGON, KRS, capital); clean.")

_m("reply", "text", "Re: Status zwrotu {OID}", """
Dzień dobry,

paczka zwrotna do zamówienia {OID} (numer zwrotu ZW-48213, nr przesyłki 520000017734981254000011) dotarła do nas 11.03.2026 o 10:40. Towar sprawdziliśmy i tego samego dnia o 14:20 zleciliśmy zwrot 149,99 zł.

Środki powinny być widoczne na Pani koncie najpóźniej 16.03.2026, w zależności od banku.

Pozdrawiam
Zofia Kaczmarek
Glina i Ogień
""", [], "Reply with return and parcel numbers, dates, times and amounts (none a phone number); clean.")

# ---------------------------------------------------------------- 31 violations
_m("fulfillment-question", "text", "Zamówienie {OID} w drodze", """
Dzień dobry,

krótka informacja: paczka z zamówieniem {OID} opuściła dziś rano nasz magazyn i jest już w rękach kuriera DPD. Powinna dotrzeć w ciągu 1–2 dni roboczych.

Pozdrawiamy
Drewniany Zakątek
""", ["BSM201"], "Tells the buyer the parcel left the warehouse and was handed to the carrier.")

_m("fulfillment-question", "html", "Mamy Twoje zamówienie {OID}", """
<p>Cześć,</p>
<p>Twoje zamówienie {OID} do nas dotarło i już je kompletujemy. Ceramikę pakujemy w papier z recyklingu i tekturę, żeby nic się nie stłukło po drodze.</p>
<p>Zofia, Glina i Ogień</p>
""", ["BSM201"], "Says the order was received and is being packed.")

_m("fulfillment-question", "text", "Dziękujemy! ({OID})", """
Dzień dobry,

serdecznie dziękujemy za zakupy w Drewnianym Zakątku i za zaufanie do małej pracowni. Zamówienie {OID}.

Miłego dnia!
Marek
""", ["BSM202"], "Thanks only; the order number adds no content.")

_m("fulfillment-question", "text", "Zamówienie {OID}", """
Dzień dobry,

gdyby z zamówieniem {OID} cokolwiek było nie tak, jesteśmy do Pani dyspozycji – wystarczy odpowiedzieć na tę wiadomość.

Zespół Lumo Oświetlenie
""", ["BSM202"], "Only says the seller is ready to help if a problem comes up.")

_m("delivery-delay", "text", "Zamówienie {OID} – kilka dni opóźnienia", """
Dzień dobry,

lampa z zamówienia {OID} będzie gotowa do nadania 20.03.2026 zamiast 16.03.2026 – czekamy na partię kabli w oplocie. Przepraszamy za poślizg.

Pozdrawiamy
Lumo Oświetlenie

PS. Do końca miesiąca cały nasz asortyment na Amazon kupi Pani 20% taniej.
""", ["BSM203"], "Permitted delay with a P.S. promoting 20% off the whole range.")

_m("invoice", "text", "Faktura do zamówienia {OID}", """
Dzień dobry,

w załączniku faktura nr FV/0211/03/2026 do zamówienia {OID}.

A jeśli podobają się Pani nasze kubki: obserwujcie Glinę i Ogień na Instagramie i Facebooku, a w newsletterze pokazujemy jako pierwsi nową wiosenną kolekcję.

Pozdrawiam
Zofia Kaczmarek
""", ["BSM203"], "Invoice inviting the buyer to follow the shop, subscribe and see a new collection.")

_m("review-request", "text", "Opinia o desce – zamówienie {OID}", """
Dzień dobry,

będziemy wdzięczni za opinię o desce z zamówienia {OID} na Amazon. Gdy tylko opinia zostanie opublikowana, wyślemy Panu drobny upominek od pracowni – tak w podziękowaniu.

Marek Wójcik
Drewniany Zakątek
""", ["BSM204"], "Promises a small gift once the review is published.")

_m("review-request", "text", "Zamówienie {OID} – prośba o recenzję", """
Dzień dobry,

mamy propozycję: prosimy o recenzję lampki z zamówienia {OID}, a kiedy tylko pojawi się na Amazon, oddamy Pani całą kwotę za zakup.

Pozdrawiamy
Lumo Oświetlenie
""", ["BSM204"], "Offers a full refund once the review is online.")

_m("reply", "text", "Re: Reklamacja – zamówienie {OID}", """
Dzień dobry Pani Ewo,

cieszymy się, że nowy talerz dotarł cały i problem z zamówienia {OID} jest rozwiązany. Mamy jeszcze jedną prośbę: czy mogłaby Pani zaktualizować albo usunąć opinię z jedną gwiazdką, którą wystawiła Pani przed wymianą?

Z góry dziękuję
Zofia Kaczmarek
""", ["BSM205"], "Asks the buyer to update or remove an existing one-star review.")

_m("review-request", "text", "Jak się Pani podoba? ({OID})", """
Dzień dobry,

jeśli jest Pani zadowolona z lampki z zamówienia {OID}, prosimy o opinię na Amazon. A jeżeli coś nie zagrało, proszę najpierw napisać do nas, zamiast wystawiać ocenę – na pewno coś wymyślimy.

Lumo Oświetlenie
""", ["BSM206"], "Asks only satisfied buyers to review and steers unhappy ones to contact the seller.")

_m("review-request", "text", "Prośba o ocenę – {OID}", """
Dzień dobry,

mała pracownia żyje z opinii. Jeśli znajdzie Pan chwilę, prosimy o ocenę deski z zamówienia {OID} – pięć gwiazdek bardzo by nam pomogło.

Pozdrawiamy
Drewniany Zakątek
""", ["BSM206"], "Asks for a five-star rating.")

_m("order-problem", "text", "Zamówienie {OID} – brak towaru", """
Dzień dobry,

niestety zabrakło nam stołu Oskar w wersji 160 cm, więc nie wyślemy zamówienia {OID}. Kwotę zamówienia skorygowaliśmy w całości w Amazon (powód: brak towaru).

Najszybciej będzie, jeśli anuluje Pan zamówienie samodzielnie w zakładce „Twoje zamówienia” – wtedy sprawa zamknie się od razu.

Z poważaniem
MeblArt
""", ["BSM108"], "Confirms the adjustment but advises the buyer to cancel himself because stock ran out.")

_m("order-problem", "text", "Zamówienie {OID} – prośba", """
Dzień dobry,

okazało się, że ostatni egzemplarz wazonu „Fala” został sprzedany w naszej pracowni stacjonarnej i zamówienia {OID} nie zrealizujemy. Bylibyśmy wdzięczni, gdyby złożyła Pani wniosek o anulowanie zamówienia.

Przepraszamy
Glina i Ogień
""", ["BSM107", "BSM108"], "Politely asks for a cancellation request and never confirms an adjustment.")

_m("delivery-delay", "text", "Nowy termin – zamówienie {OID}", """
Dzień dobry,

komoda z zamówienia {OID} zostanie nadana 25.03.2026, tydzień później niż planowaliśmy, bo lakiernia ma zaległości. Przepraszamy za kłopot.

MeblArt

Nie chcesz dostawać od nas wiadomości? Odpisz STOP, a wypiszemy Cię z listy.
""", ["BSM305"], "Delay message with an opt-out instruction (reply STOP).")

_m("reply", "text", "Re: Gdzie jest moja deska?! {OID}", """
Panie Arkadiuszu,

deska z zamówienia {OID} będzie gotowa w piątek, tak jak pisałem w opisie oferty. Trzeci telefon dziennie i wiadomości pisane wielkimi literami nic tu, kurwa, nie przyspieszą.

Marek
""", ["BSM306"], "Reply containing Polish profanity.")

_m("delivery-delay", "text", "Order {OID} – delivery delay", """
Hello,

we are sorry to tell you that the oak chopping board from order {OID} will be ready for dispatch on 20 March instead of 16 March, because our timber supplier is running late.

Kind regards
Marek Wójcik
Drewniany Zakątek
""", ["BSM104"], "Whole message in English for a pl-PL buyer.")

_m("delivery-scheduling", "text", "Termin dostawy stołu – zamówienie {OID}", """
Dzień dobry,

chcielibyśmy umówić dostawę stołu z zamówienia {OID} naszym transportem. Proponujemy czwartek, 19.03.2026, między 10:00 a 14:00. Gdyby ten termin nie pasował, proszę zadzwonić do biura: tel. 62 765 43 21.

MeblArt
""", ["BSM309"], "Seller's own landline in national format.")

_m("reply", "text", "Re: Pytanie o montaż – {OID}", """
Dzień dobry,

łatwiej będzie to wytłumaczyć na żywo. Proszę śmiało dzwonić albo pisać na WhatsAppie: +48 601 234 567, jestem dostępna do 17:00. Chodzi o zamówienie {OID}, prawda?

Ewa, Klimatech
""", ["BSM309"], "Seller's mobile number in international format.")

_m("reply", "text", "Re: Zdjęcia uszkodzenia – {OID}", """
Dzień dobry,

przykro nam z powodu pękniętej miski z zamówienia {OID}. Zdjęcia uszkodzenia proszę wysłać na adres reklamacje@glinaiogien.pl – rozpatrzymy zgłoszenie w ciągu dwóch dni.

Zofia Kaczmarek
""", ["BSM308"], "Plain e-mail address in a reply.")

_m("reply", "text", "Re: Faktura korygująca {OID}", """
Dzień dobry,

dane do korekty faktury dla zamówienia {OID} najlepiej przesłać do księgowości: biuro małpa meblart kropka pl. Korektę wystawimy od ręki.

MeblArt
""", ["BSM308"], "E-mail address obfuscated with 'małpa' and 'kropka'.")

_m("reply", "html", "Re: Pielęgnacja deski – {OID}", """
<p>Dzień dobry,</p>
<p>dziękujemy za pytanie do zamówienia {OID}. Wszystko o olejowaniu i myciu drewnianych desek zebraliśmy w jednym miejscu: <a href="https://www.drewnianyzakatek.pl/poradnik/pielegnacja-desek">poradnik pielęgnacji desek na naszej stronie</a>.</p>
<p>Pozdrawiamy<br>Drewniany Zakątek</p>
""", ["BSM302"], "Descriptive https link to the seller's own site, not needed for the order.")

_m("reply", "html", "Re: Gdzie znajdę zamówienie {OID}?", """
<p>Dzień dobry,</p>
<p>szczegóły zamówienia {OID}, w tym przewidywaną datę dostawy, znajdzie Pani w zakładce <a href="http://www.amazon.pl/gp/css/order-history">Twoje zamówienia na Amazon.pl</a>.</p>
<p>Pozdrawiamy<br>Lumo Oświetlenie</p>
""", ["BSM301"], "Descriptive link to Amazon over plain http.")

_m("delivery-delay", "html", "Lampa z zamówienia {OID} – opóźnienie", """
<p>Dzień dobry,</p>
<p>lampa z zamówienia {OID} będzie gotowa do nadania 23.03.2026. Tak wygląda Pani egzemplarz tuż po złożeniu:</p>
<p><img src="https://m.media-amazon.com/images/I/lumo-arc-lampa-grafit.jpg" alt="Lampa Lumo Arc w kolorze grafitowym z Pani zamówienia" width="300"></p>
<p>Przepraszamy za zwłokę.<br>Lumo Oświetlenie</p>
""", ["BSM310"], "Shows a photo of the purchased lamp.")

_m("review-request", "html", "Wiosenne pozdrowienia i prośba o opinię ({OID})", """
<p><img src="https://m.media-amazon.com/images/S/aplus-media/plaza-zachod-slonca.jpg" alt="Plaża nad Bałtykiem o zachodzie słońca" width="400"></p>
<p>Dzień dobry,</p>
<p>jeżeli znajdzie Pan chwilę, prosimy o opinię o produkcie z zamówienia {OID}: <a href="https://www.amazon.pl/review/create-review?asin=B0D1M4Q8ZT">Napisz opinię na Amazon.pl</a>.</p>
<p>MeblArt</p>
""", ["BSM311"], "Stock beach photo unrelated to the shop.")

_m("delivery-scheduling", "html", "Dostawa sofy – zamówienie {OID}", """
<p><img src="https://m.media-amazon.com/images/S/aplus-media/meblart-logo.png" width="150" height="50"></p>
<p>Dzień dobry,</p>
<p>sofa z zamówienia {OID} przyjedzie do Pani naszym transportem. Proponujemy sobotę 21.03.2026 w godz. 9:00–13:00 albo poniedziałek 23.03.2026 w godz. 14:00–18:00. Który termin pasuje?</p>
<p>Robert Zieliński, MeblArt</p>
""", ["BSM402"], "Shop logo image with no alt attribute.")

_m("additional-information", "text", "Rozmiar poszewek – zamówienie {OID}", """
Dzień dobry,

w zamówieniu {OID} wybrała Pani poszewki 50×60, a w uwagach jest dopisek „na duże poduszki”. Który rozmiar mamy uszyć: 50×60 czy 70×80? 🙂

Pozdrawiam
Szwalnia Len i Lawenda
""", ["BSM403"], "Additional-information request containing an emoji.")

_m("reply", "text", "Re: Kolor kubka – {OID}", """
Hej,

kubek z zamówienia {OID} to ten sam odcień, co na ostatnim zdjęciu w ofercie, tylko w dziennym świetle wychodzi odrobinę jaśniej :-)

Zosia
""", ["BSM403"], "Reply containing a text emoticon.")

_m("delivery-delay", "html", "Opóźnienie – zamówienie {OID}", """
<style>
.tytul { font-size: 22px; }
.lead { font-size: 16px; }
.info { font-size: 13px; }
.stopka { font-size: 10px; }
</style>
<p class="tytul">Nowy termin wysyłki</p>
<p class="lead">Komoda z zamówienia {OID} zostanie nadana 27.03.2026.</p>
<p>Przyczyną jest opóźnienie w lakierni; bardzo przepraszamy.</p>
<p class="info">Pierwotny termin: 20.03.2026</p>
<p class="stopka">MeblArt Sp. z o.o., ul. Przemysłowa 21, 62-800 Kalisz</p>
""", ["BSM410"], "Four explicit font sizes in a style block plus the default.")

_m("additional-information", "text", "Numer mieszkania – zamówienie {OID}", """
Dzień dobry,

w adresie do zamówienia {OID} brakuje numeru mieszkania.


Prosimy o jego podanie w odpowiedzi, żeby paczka na pewno trafiła do Pana.

Pozdrawiamy
Drewniany Zakątek
""", ["BSM412"], "Two blank lines in a row in plain text.")

_m("review-request", "text", "[Ważne] Twoja opinia – zamówienie {OID}", """
Dzień dobry,

jeżeli ma Pani chwilę, będziemy wdzięczni za opinię o misce z zamówienia {OID} na Amazon.

Pozdrawiamy
Glina i Ogień
""", ["BSM110"], "[Ważne] tag on a neutral review request.")

_m("reply", "html", "Re: Instrukcja montażu – {OID}", """
<p>Dzień dobry,</p>
<p>instrukcję montażu szafy z zamówienia {OID} dołączyliśmy też do strony produktu – <a href="https://www.amazon.pl/dp/B0C9T2WQ4M">kliknij tutaj</a>.</p>
<p>Pozdrawiamy<br>MeblArt</p>
""", ["BSM401"], "Amazon https link with non-descriptive text 'kliknij tutaj'.")

# ---------------------------------------------------------------- 2 varying
_m("review-request", "html", "Podziel się opinią – zamówienie {OID}", """
<div style="font-family: Arial, Helvetica, sans-serif; line-height: 1.8; color: #4a4a4a; text-align: center;">
<p>Dzień dobry,</p>
<p>mamy nadzieję, że stół z zamówienia {OID} dobrze się u Pana sprawdza. Będziemy wdzięczni za opinię o produkcie.</p>
<p><a href="https://www.amazon.pl/review/create-review?asin=B0C9T2WQ4M">Napisz opinię o stole na Amazon.pl</a></p>
<p>Zespół MeblArt</p>
</div>
""", ["BSM407", "BSM408", "BSM409", "BSM411"], "Builder wrapper setting font-family, line-height, colour and centred text.")

_m("delivery-delay", "text", "Opóźnienie realizacji zamówienia", """
Dzień dobry,

zamówienie nr {RAW} wyślemy z kilkudniowym opóźnieniem – 26.03.2026 zamiast 21.03.2026. Powodem jest przedłużający się wypał w piecu.

Przepraszamy i pozdrawiamy
Glina i Ogień
""", ["BSM102"], "Order number written as 17 digits without hyphens, so no valid order number.")
