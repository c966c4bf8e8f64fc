"""v15 blind evaluation set: Polish (pl-PL)."""
import textwrap

_ORD = [
    "466-%07d-%07d" % ((2817364 + i * 131071) % 10000000, (6150293 + i * 524287) % 10000000)
    for i in range(50)
]


def _t(s):
    return textwrap.dedent(s).strip("\n")


MESSAGES = []


def _m(n, typ, fmt, subject, body, expected, note):
    o = _ORD[n - 1]
    MESSAGES.append({
        "id": "v15-pl-%03d" % n, "language": "pl", "locale": "pl-PL", "type": typ,
        "format": fmt, "subject": subject.replace("{o}", o), "body": _t(body).replace("{o}", o),
        "order_id": o, "expected": sorted(expected), "note": note,
    })


LOGO = '<img src="https://cdn.lenanic.pl/mail/lenanic-logo.png" alt="Logo pracowni Len i Nić" width="160">'

# ---------------- clean ----------------
_m(1, "delivery-delay", "text", "Zamówienie {o} – przesunięcie terminu wysyłki", """
    Dzień dobry Pani Agnieszko,

    piszę w sprawie zamówienia nr {o} (obrus lniany 140 x 220 cm, kolor szałwia). Tkanina z nowej partii dotarła do nas później, niż zakładaliśmy, więc obrus wyślemy najpóźniej w czwartek 17.12.2026, a nie – jak podawała oferta – 11 grudnia.

    Przepraszamy za tę zwłokę. Jeśli nowy termin Pani nie odpowiada, proszę dać znać w odpowiedzi na tę wiadomość.

    Pozdrawiam serdecznie
    Marta Wiśniewska
    Len i Nić – pracownia tkanin, Łódź
""", [], "Plain-text delivery delay with a new dispatch date in Polish date format.")

_m(2, "delivery-delay", "html", "Opóźnienie realizacji – zamówienie {o}", """
    <p>Szanowny Panie,</p>
    <p>uprzejmie informujemy, że realizacja zamówienia <strong>{o}</strong> potrwa kilka dni dłużej. Stolarz wykańczający blaty zachorował, a każdy stolik kawowy olejujemy ręcznie.</p>
    <table>
      <tr><td>Produkt:</td><td>Stolik kawowy dębowy „Oskar”, 80 cm</td></tr>
      <tr><td>Pierwotny termin wysyłki:</td><td>9 grudnia 2026</td></tr>
      <tr><td>Nowy termin wysyłki:</td><td>16 grudnia 2026</td></tr>
    </table>
    <p>Bardzo przepraszamy za niedogodność.</p>
    <p>Z poważaniem<br>Tomasz Nowicki<br>Dębowy Warsztat s.c.</p>
""", [], "Builder-style HTML delivery delay with a plain table and no styling.")

_m(3, "order-problem", "text", "[Ważne] Zamówienie {o} – brak towaru, kwota skorygowana", """
    Dzień dobry,

    niestety jeden z dwóch zamówionych kubków ceramicznych „Fala” (zamówienie {o}) pękł podczas ostatniego wypału i nie mamy już innego egzemplarza w tym szkliwie. Nie możemy go wysłać.

    Skorygowaliśmy kwotę zamówienia o 64,00 zł (powód korekty: brak towaru w magazynie). Drugi kubek wyślemy zgodnie z planem, a zwrot różnicy pojawi się na Pani koncie w ciągu kilku dni roboczych.

    Przepraszamy,
    Ola z Pracowni Glina i Ogień
""", [], "Order problem with the amount adjusted; [Ważne] is allowed on this critical type.")

_m(4, "additional-information", "text", "Prośba o uzupełnienie danych do grawerunku – {o}", """
    Dzień dobry Panie Krzysztofie,

    dziękujemy za zamówienie {o}. Żeby wykonać grawer na desce do krojenia, potrzebujemy jeszcze treści napisu – w zamówieniu pole personalizacji zostało puste.

    Prosimy o odpowiedź z tekstem (maks. 25 znaków) i informacją, czy woli Pan pismo szeryfowe, czy bezszeryfowe. Po otrzymaniu danych deska trafi do grawerowania.

    Z pozdrowieniami
    Zespół Grawernia Pod Lipą
""", [], "Asks for personalization text needed to complete the order.")

_m(5, "return-follow-up", "text", "Zwrot – zamówienie {o}", """
    Pani Joanno,

    otrzymaliśmy zgłoszenie zwrotu plecaka (zamówienie {o}) z powodu przetarcia na klapie. Zamiast odsyłać plecak, może Pani zatrzymać go z częściowym zwrotem 45,00 zł (ok. 30% ceny). Jeśli woli Pani pełny zwrot po odesłaniu, oczywiście to też jest możliwe – wystarczy krótka odpowiedź, którą opcję Pani wybiera.

    Pozdrawiam,
    Karolina Mazur
    Szyte Ręcznie – dział reklamacji
""", [], "Return follow-up offering a partial refund.")

_m(6, "return-follow-up", "html", "Pytanie dot. zwrotu {o}", """
    <p>Dzień dobry,</p>
    <p>rozpatrujemy zwrot lampy biurkowej z zamówienia {o}. Aby go zakończyć, potrzebujemy jednej informacji: czy lampa nie włącza się wcale, czy migocze po kilku minutach pracy?</p>
    <p>Od tego zależy, czy zwrot przekażemy do producenta jako reklamację, czy zamkniemy go od razu.</p>
    <p>Dziękuję i pozdrawiam<br>Paweł Zieliński<br><small>Światło i Forma – obsługa zwrotów</small></p>
""", [], "HTML return follow-up asking for information needed to complete the return.")

_m(7, "invoice", "text", "Faktura VAT do zamówienia {o}", """
    Dzień dobry,

    w załączniku przesyłamy fakturę VAT nr FV/2026/12/0147 do zamówienia {o} (kwota brutto 1 249,00 zł, w tym VAT 23%).

    Sprzedawca:
    Meble Klonowe sp. z o.o.
    ul. Fabryczna 12, 61-112 Poznań
    NIP 781-194-27-63
    REGON 302845119
    KRS 0000584213

    Załącznik: FV_2026_12_0147.pdf

    Pozdrawiamy
    Dział księgowości Meble Klonowe
""", [], "Invoice with NIP, REGON, KRS and an invoice number with slashes; none are phone numbers.")

_m(8, "review-request", "text", "Jak się sprawdza mata do jogi? – zamówienie {o}", """
    Cześć Michał,

    mata z zamówienia {o} powinna być u Ciebie od ponad tygodnia. Jeśli masz chwilę, napisz proszę na Amazonie opinię o produkcie – każda szczera recenzja pomaga innym wybrać matę dla siebie, a nam pokazuje, co poprawić.

    Dzięki i do usłyszenia,
    Kuba z RuchOK
""", [], "Neutral, informal review request in plain text.")

_m(9, "review-request", "html", "Twoja opinia o zamówieniu {o}", """
    <p>""" + LOGO + """</p>
    <p>Dzień dobry Pani Ewo,</p>
    <p>mamy nadzieję, że bieżnik lniany z zamówienia {o} dobrze służy. Będziemy wdzięczni za opinię o produkcie – pozytywną czy krytyczną.</p>
    <p><a href="https://www.amazon.pl/review/create-review?asin=B0DLNN4XQ2">Napisz opinię o bieżniku na Amazon.pl</a></p>
    <p>Pozdrawiamy<br>Marta i Zosia<br>Len i Nić</p>
""", [], "HTML review request with the shop's logo (alt names the shop) and a descriptive https Amazon link.")

_m(10, "delivery-scheduling", "text", "Dostawa szafy – wybór terminu, zamówienie {o}", """
    Dzień dobry Panie Andrzeju,

    szafa trzydrzwiowa z zamówienia {o} waży z opakowaniem ok. 118 kg i dostarczy ją ekipa z windą transportową. Proponujemy jeden z terminów:

    - wtorek 15.12.2026, 8:00–12:00
    - środa 16.12.2026, 12:00–16:00
    - piątek 18.12.2026, 8:00–12:00

    Prosimy o odpowiedź z wybranym terminem oraz informację, czy w budynku jest winda.

    Z poważaniem
    Biuro obsługi zamówień
    Meble Klonowe sp. z o.o.
""", [], "Scheduling delivery of a bulky item with dates and time slots.")

_m(11, "home-service-appointment", "html", "Montaż okapu – umówienie wizyty ({o})", """
    <p>Dzień dobry,</p>
    <p>do zamówienia {o} wykupiła Pani usługę montażu okapu. Nasz monter, pan Rafał, może przyjechać:</p>
    <ul>
      <li>poniedziałek, 14 grudnia 2026, między 9:00 a 11:00,</li>
      <li>czwartek, 17 grudnia 2026, między 13:00 a 15:00.</li>
    </ul>
    <p>Prosimy o potwierdzenie jednego z terminów w odpowiedzi. Montaż trwa ok. 1,5 godziny.</p>
    <p>Pozdrawiamy<br>KuchniaSerwis Kraków</p>
""", [], "Home-service appointment with two dated time windows.")

_m(12, "custom-design-verification", "text", "Projekt do akceptacji – zamówienie {o}", """
    Dzień dobry Pani Natalio,

    w załączniku wysyłamy projekt tabliczki na drzwi z zamówienia {o}: napis „Państwo Lewandowscy”, font Lora, mosiądz szczotkowany, 20 x 8 cm.

    Prosimy sprawdzić pisownię nazwiska i odpisać „akceptuję” albo przesłać poprawki. Produkcję zaczniemy po Pani akceptacji.

    Załącznik: projekt_tabliczka_v2.pdf

    Pozdrawiam
    Bartek, Grawernia Pod Lipą
""", [], "Custom design proof sent for verification before production.")

_m(13, "fulfillment-question", "text", "Kod do domofonu – dostawa {o}", """
    Dzień dobry,

    kurier z paczką do zamówienia {o} (przesyłka nr 6200 1847 2290 3341, nr referencyjny LN/2026/4471) zgłosił, że nie może wejść na klatkę przy ul. Zielnej 8.

    Czy może Pan podać kod do domofonu lub wskazać inne miejsce odbioru? Przekażemy informację kurierowi przed jutrzejszą próbą doręczenia.

    Dziękuję,
    Iwona Krawczyk
    Herbaciarnia Liść
""", [], "Door-code question with parcel and reference numbers that are not phone numbers.")

_m(14, "reply", "text", "Re: pytanie o zestaw {o}", """
    Dzień dobry,

    tak, zestaw „Garden Party String Lights – Warm White, 20 m” z zamówienia {o} ma zasilacz z wtyczką europejską i można go zostawić na balkonie przez całą zimę. Przewód jest w klasie szczelności IP65.

    Pozdrawiam
    Łukasz, sklep Ogrodowe Światełka
""", [], "Reply quoting an English product title inside Polish sentences.")

_m(15, "reply", "text", "Re: ekspres nie grzeje wody – {o}", """
    Dzień dobry Pani Barbaro,

    przykro nam, że ekspres z zamówienia {o} przestał grzać wodę. Urządzenie ma 24 miesiące gwarancji producenta i naprawy prowadzi bezpośrednio serwis marki.

    Infolinia gwarancyjna producenta (serwis Caffeo Polska): 22 487 30 30, pon.–pt. 8:00–18:00. Przy zgłoszeniu proszę podać numer seryjny z tabliczki na spodzie ekspresu.

    Jeśli serwis odmówi naprawy, proszę do nas napisać – wtedy zajmiemy się reklamacją.

    Pozdrawiam
    Grzegorz Pawlak
    Kawowy Zakątek
""", [], "Reply giving the manufacturer's warranty hotline, marked as such (BSM309 exception).")

_m(16, "reply", "html", "Re: dane do faktury – {o}", """
    <p>Dzień dobry,</p>
    <p>fakturę do zamówienia {o} możemy wystawić na firmę – wystarczy, że poda Pan nazwę firmy i NIP w odpowiedzi. Wyślemy ją w ciągu dwóch dni roboczych.</p>
    <p>Pozdrawiam<br>Anna Szymańska<br>specjalistka ds. obsługi klienta</p>
    <p><small>Papiernia Kreska sp. z o.o., ul. Ogrodowa 5/12, 80-243 Gdańsk<br>NIP 584-273-91-02, REGON 221947380, KRS 0000712045<br>Sąd Rejonowy Gdańsk-Północ, VII Wydział Gospodarczy KRS, kapitał zakładowy 50 000 zł</small></p>
""", [], "Reply with a company-details footer (NIP, REGON, KRS, address) in small print.")

_m(17, "reply", "text", "Re: gdzie jest moja paczka? {o}", """
    Dzień dobry,

    sprawdziłem przesyłkę z zamówienia {o}: numer śledzenia 00340434161094042557, ostatni skan 07.12.2026 o 14:32 w sortowni w Strykowie. Przewoźnik podaje doręczenie na 08.12.2026 do godz. 18:00.

    Co do zwrotu drugiej pary butów: numer zwrotu RMA 2026/118, kwota 289,99 zł wróci na Pani konto w ciągu 3–5 dni od przyjęcia paczki.

    Pozdrawiam
    Damian, Obuwie Kroczek
""", [], "Reply with tracking and return numbers, dates, times and amounts.")

# ---------------- violations ----------------
_m(18, "fulfillment-question", "text", "Paczka w drodze – {o}", """
    Dzień dobry,

    dobra wiadomość: paczka z zamówienia {o} opuściła dziś nasz magazyn i została przekazana firmie kurierskiej. Powinna dotrzeć w ciągu 1–2 dni roboczych.

    Pozdrawiamy
    Sklep Zdrowa Spiżarnia
""", ["BSM201"], "Shipping confirmation: parcel left the warehouse and was handed to the courier.")

_m(19, "fulfillment-question", "html", "Zamówienie {o} przyjęte", """
    <p>Witamy!</p>
    <p>Otrzymaliśmy Twoje zamówienie {o} i właśnie je kompletujemy. Damy znać, gdy wszystko będzie gotowe.</p>
    <p>Ekipa Planszowa Przystań</p>
""", ["BSM201"], "Order confirmation: received and being prepared.")

_m(20, "fulfillment-question", "text", "Dziękujemy! {o}", """
    Dzień dobry,

    bardzo dziękujemy za zakupy w naszym sklepie (zamówienie {o}). To dla nas wiele znaczy!

    Serdeczności
    Ania i Piotr, Mydlarnia Lawenda
""", ["BSM202"], "Thanks-only message.")

_m(21, "fulfillment-question", "text", "Zamówienie {o}", """
    Dzień dobry Panie Marku,

    gdyby cokolwiek było nie tak z zamówieniem {o}, jesteśmy do dyspozycji – wystarczy odpisać na tę wiadomość.

    Pozdrawiam
    Zespół Rowerowa Sztuka
""", ["BSM202"], "Only offers help if something comes up.")

_m(22, "delivery-delay", "text", "Nowy termin wysyłki – {o}", """
    Dzień dobry,

    zamówienie {o} wyślemy z dwudniowym opóźnieniem, czyli w poniedziałek 14.12.2026. Przepraszamy!

    Pozdrawiam
    Sylwia, Herbaciarnia Liść

    PS Do końca grudnia cały asortyment herbat kupi Pan 20% taniej – warto zajrzeć do naszego sklepu.
""", ["BSM203"], "Permitted delay with a P.S. promoting 20% off the whole range.")

_m(23, "reply", "html", "Re: rozmiar swetra ({o})", """
    <p>Cześć Kasia,</p>
    <p>sweter z zamówienia {o} jest w rozmiarze M, szerokość pod pachami 54 cm.</p>
    <p>Przy okazji: właśnie wypuściłyśmy nową kolekcję zimową! Obserwuj nas na Instagramie i zapisz się do naszego newslettera, żeby nic Cię nie ominęło.</p>
    <p>Buziaki<br>Dziewczyny z Wełniany Świat</p>
""", ["BSM203"], "New collection, follow us and newsletter invitation without links.")

_m(24, "review-request", "text", "Mała prośba – {o}", """
    Dzień dobry,

    czy mogłaby Pani podzielić się opinią o świecy sojowej z zamówienia {o}? Gdy tylko recenzja pojawi się na Amazonie, wyślemy Pani w podziękowaniu drobny upominek – mini świeczkę o zapachu do wyboru.

    Pozdrawiamy
    Pracownia Wosk i Knot
""", ["BSM204"], "Small gift promised once the review is published.")

_m(25, "review-request", "text", "Zwrot pieniędzy za opinię – {o}", """
    Dzień dobry,

    mamy propozycję: proszę wystawić recenzję słuchawek z zamówienia {o}, a po jej publikacji oddamy Panu całą kwotę zakupu. Wystarczy odesłać nam zrzut ekranu opinii.

    Pozdrawiam
    AudioPunkt – dział obsługi
""", ["BSM204"], "Full refund offered as soon as the review is online.")

_m(26, "reply", "text", "Re: problem z czajnikiem – {o}", """
    Dzień dobry Panie Jerzy,

    cieszę się, że czajnik z zamówienia {o} działa po odblokowaniu pokrywy. Skoro sprawa jest już rozwiązana, czy byłby Pan tak uprzejmy i zaktualizował swoją ocenę z jedną gwiazdką albo ją usunął? Dla małego sklepu taka opinia to duży cios.

    Pozdrawiam
    Henryk, AGD Domek
""", ["BSM205"], "Asks to update or remove a one-star review.")

_m(27, "review-request", "text", "Jak Pani wrażenia? {o}", """
    Dzień dobry,

    jeśli jest Pani zadowolona z pościeli z zamówienia {o}, będzie nam bardzo miło, gdy zostawi Pani opinię na Amazonie. A jeśli coś nie gra, prosimy najpierw napisać do nas, zamiast wystawiać recenzję – na pewno coś wymyślimy.

    Pozdrawiamy
    Sen i Len
""", ["BSM206"], "Review only if satisfied; unhappy buyers steered to contact the shop.")

_m(28, "review-request", "html", "Opinia o zamówieniu {o}", """
    <p>Dzień dobry,</p>
    <p>dziękujemy za zakup organizera z zamówienia {o}. Jeśli możesz, zostaw nam pięć gwiazdek – to dla nas najlepsza nagroda.</p>
    <p>Pozdrawiamy<br>Porządek w Szufladzie</p>
""", ["BSM206"], "Asks for a five-star rating.")

_m(29, "order-problem", "text", "[Ważne] Zamówienie {o} – zegar niedostępny", """
    Dzień dobry,

    niestety zegar ścienny z zamówienia {o} wyprzedał się, więc nie możemy go wysłać. Skorygowaliśmy kwotę zamówienia o 219,00 zł (powód: brak towaru). Skoro zostały w nim już tylko baterie, najszybciej będzie, jeśli sam Pan anuluje całe zamówienie w swoim koncie na Amazonie.

    Przepraszam za kłopot
    Wiktor, Czas na Ścianie
""", ["BSM108"], "Amount adjusted for the sold-out item, but advises the buyer to cancel himself.")

_m(30, "order-problem", "text", "Prośba o anulowanie – {o}", """
    Szanowna Pani,

    z przykrością informujemy, że kurtka z zamówienia {o} jest niedostępna u dostawcy. Bylibyśmy wdzięczni, gdyby złożyła Pani wniosek o anulowanie zamówienia.

    Z wyrazami szacunku
    Outdoor Bieszczady
""", ["BSM107", "BSM108"], "Order problem asking for a cancellation request, without confirming an adjustment.")

_m(31, "delivery-delay", "text", "Opóźnienie wysyłki {o}", """
    Dzień dobry,

    przesyłka z zamówienia {o} wyjdzie od nas 3 dni później, w środę 16.12.2026.

    Pozdrawiamy
    Kocie Posłania

    Nie chcesz dostawać od nas wiadomości? Odpisz STOP.
""", ["BSM305"], "Opt-out instruction (reply STOP).")

_m(32, "reply", "text", "Re: paczka uszkodzona – {o}", """
    Dzień dobry,

    znowu ten pieprzony kurier rzucał paczkami, kurwa, ile można. Za wazon z zamówienia {o} oddaliśmy już Pani całą kwotę, a uszkodzony proszę po prostu wyrzucić.

    Pozdrawiam
    Staszek, Szkło Artystyczne
""", ["BSM306"], "Polish profanity about the courier.")

_m(33, "delivery-delay", "text", "Delivery delay – order {o}", """
    Hello,

    unfortunately your order {o} will be shipped three days later than planned, on 16 December 2026. We apologise for the inconvenience.

    Best regards,
    Customer Service, Meble Klonowe
""", ["BSM104"], "Message entirely in English for a pl-PL buyer.")

_m(34, "reply", "text", "Re: nie pasuje kołnierz – {o}", """
    Dzień dobry,

    w sprawie wymiany kołnierza z zamówienia {o} najprościej będzie porozmawiać – proszę zadzwonić do mnie, tel. 512 384 907, jestem dostępna do 17:00.

    Pozdrawiam
    Renata, Psie Szelki
""", ["BSM309"], "Polish mobile number in national format.")

_m(35, "delivery-scheduling", "text", "Termin dostawy – {o}", """
    Dzień dobry,

    chcemy umówić dostawę sofy z zamówienia {o}. Dyspozytor jest pod numerem +48 61 847 22 90 (pon.–pt. 7:00–15:00) – prosimy o telefon i wybór dnia.

    Pozdrawiamy
    Meble Klonowe
""", ["BSM309"], "Phone number in international format, not a manufacturer line.")

_m(36, "reply", "text", "Re: zdjęcia uszkodzenia {o}", """
    Dzień dobry,

    żeby sprawdzić uszkodzenie ramy z zamówienia {o}, prosimy o zdjęcia wysłane bezpośrednio na adres reklamacje@ramyzdrewna.pl – szybciej je obejrzymy.

    Pozdrawiam
    Jakub, Ramy z Drewna
""", ["BSM308"], "Plain e-mail address in the text.")

_m(37, "reply", "text", "Re: wzór haftu {o}", """
    Dzień dobry,

    plik z wzorem haftu do zamówienia {o} proszę przesłać na: hafty małpa igielnik kropka pl. Skrzynka w Amazonie obcina nam grafiki.

    Pozdrawiam
    Igielnik – haft komputerowy
""", ["BSM308"], "Obfuscated e-mail address written with 'małpa' and 'kropka'.")

_m(38, "reply", "html", "Re: jak dbać o deskę? ({o})", """
    <p>Dzień dobry,</p>
    <p>deskę z zamówienia {o} wystarczy raz w miesiącu natrzeć olejem mineralnym. Wszystko krok po kroku opisaliśmy tutaj: <a href="https://www.debowywarsztat.pl/poradnik/pielegnacja-desek">poradnik pielęgnacji desek na naszej stronie</a>.</p>
    <p>Pozdrawiam<br>Tomasz, Dębowy Warsztat</p>
""", ["BSM302"], "https link with descriptive text to the seller's own site, not needed for the order.")

_m(39, "reply", "html", "Re: instrukcja – {o}", """
    <p>Dzień dobry,</p>
    <p>instrukcja do stojaka z zamówienia {o} jest dostępna na stronie produktu: <a href="http://www.amazon.pl/dp/B0CK7TQ2LM">karta produktu stojaka na rowery na Amazon.pl</a>.</p>
    <p>Pozdrawiamy<br>Rowerowa Sztuka</p>
""", ["BSM301"], "Amazon link over plain http with descriptive text.")

_m(40, "delivery-delay", "html", "Zamówienie {o} – wysyłka w przyszłym tygodniu", """
    <p>Dzień dobry,</p>
    <p>Pani lampa z zamówienia {o} wyjedzie do Pani w poniedziałek 14.12.2026, bo czekamy na abażury od dostawcy.</p>
    <p><img src="https://cdn.swiatloiforma.pl/produkty/lampa-luma-mosiadz.jpg" alt="Lampa stołowa Luma w kolorze mosiądzu, którą Pani zamówiła" width="300"></p>
    <p>Pozdrawiam<br>Światło i Forma</p>
""", ["BSM310"], "Photo of the purchased lamp in the message.")

_m(41, "delivery-delay", "html", "Świąteczne opóźnienie – {o}", """
    <p>Dzień dobry,</p>
    <p>z powodu przedświątecznego natłoku paczek zamówienie {o} wyślemy dopiero 15.12.2026.</p>
    <p><img src="https://cdn.wosk-knot.pl/mail/choinka-swiatelka.jpg" alt="Choinka z lampkami w śnieżny wieczór" width="320"></p>
    <p>Wesołych Świąt!<br>Pracownia Wosk i Knot</p>
""", ["BSM311"], "Stock Christmas-tree image unrelated to the shop.")

_m(42, "additional-information", "html", "Rozmiar obrączek – zamówienie {o}", """
    <p><img src="https://cdn.zlotarosa.pl/mail/logo-zlota-rosa.png" alt="" width="140"></p>
    <p>Dzień dobry,</p>
    <p>do wykonania obrączek z zamówienia {o} brakuje nam rozmiaru dla drugiej osoby. Prosimy o podanie rozmiaru (np. 17 albo 19) w odpowiedzi.</p>
    <p>Pozdrawiamy<br>Złota Rosa – pracownia złotnicza</p>
""", ["BSM402"], "Shop logo with an empty alt attribute.")

_m(43, "review-request", "text", "Jak kawa? {o}", """
    Cześć!

    Kawa z zamówienia {o} już pewnie się parzy ☕ Jeśli znajdziesz chwilę, napisz na Amazonie, jak Ci smakuje – każda opinia się przyda 🙌

    Kawowy Zakątek
""", ["BSM403"], "Emoji in a review request.")

_m(44, "reply", "text", "Re: kolor wełny {o}", """
    Hej,

    włóczka z zamówienia {o} to kolor „musztarda”, partia 1127 – dobierzesz do niej bez problemu kolejne motki :)

    Pozdrawiam
    Wełniany Świat
""", ["BSM403"], "Text emoticon ':)'.")

_m(45, "delivery-delay", "html", "Opóźnienie – {o}", """
    <style>
      p { font-size: 14px; }
      .tytul { font-size: 22px; }
      .info { font-size: 17px; }
      .stopka { font-size: 11px; }
    </style>
    <p class="tytul">Zmiana terminu wysyłki</p>
    <p>Zamówienie {o} wyślemy 17.12.2026 zamiast 12.12.2026.</p>
    <p class="info">Przepraszamy za opóźnienie.</p>
    <p class="stopka">Planszowa Przystań</p>
""", ["BSM410"], "Four explicit font sizes in a style block.")

_m(46, "additional-information", "text", "Adres do faktury – {o}", """
    Dzień dobry,

    prosimy o podanie pełnego adresu firmy do faktury z zamówienia {o}, bo w danych brakuje kodu pocztowego.


    Dziękujemy i pozdrawiamy


    Papiernia Kreska
""", ["BSM412"], "Plain text with runs of two blank lines.")

_m(47, "review-request", "text", "[Ważne] Opinia o zamówieniu {o}", """
    Dzień dobry,

    minęły dwa tygodnie od dostawy zamówienia {o}. Będziemy wdzięczni za opinię o produkcie na Amazonie.

    Pozdrawiamy
    Mydlarnia Lawenda
""", ["BSM110"], "[Ważne] tag on a non-critical review request.")

_m(48, "reply", "html", "Re: wymiary – {o}", """
    <p>Dzień dobry,</p>
    <p>wymiary regału z zamówienia {o} znajdzie Pan w opisie produktu – <a href="https://www.amazon.pl/dp/B0BX4R8KQT">kliknij tutaj</a>.</p>
    <p>Pozdrawiam<br>Dębowy Warsztat</p>
""", ["BSM401"], "Non-descriptive link text 'kliknij tutaj'.")

# ---------------- varying ----------------
_m(49, "delivery-delay", "html", "Opóźnienie wysyłki – zamówienie {o}", """
    <div style="font-family: Arial, Helvetica, sans-serif; line-height: 1.6; color: #333333; text-align: center;">
      <p>Dzień dobry,</p>
      <p>zamówienie {o} wyślemy w piątek 18.12.2026. Przepraszamy za zmianę terminu.</p>
      <p>Zespół Planszowa Przystań</p>
    </div>
""", ["BSM407", "BSM408", "BSM409", "BSM411"], "Builder wrapper setting font family, line height, colour and centring.")

_m(50, "delivery-delay", "text", "Opóźnienie Pani zamówienia", """
    Dzień dobry Pani Małgorzato,

    obrus z Pani zamówienia wyślemy tydzień później, 21.12.2026 – czekamy na lnianą tkaninę z tkalni.

    Przepraszamy i pozdrawiamy
    Len i Nić
""", ["BSM102"], "No order number anywhere in subject or body.")
