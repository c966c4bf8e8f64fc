"""v23 blind evaluation set: Polish (pl-PL). Standard library only."""

LANG = "pl"
LOCALE = "pl-PL"
MESSAGES = []


def _oid(n):
    return "546-%07d-%07d" % ((n * 7919 + 1234567) % 10000000, (n * 104729 + 7654321) % 10000000)


def _m(typ, fmt, subject, body, expected, note):
    n = len(MESSAGES) + 1
    o = _oid(n)
    sub = subject.replace("{od}", o.replace("-", "")).replace("{o}", o)
    bod = body.replace("{od}", o.replace("-", "")).replace("{o}", o)
    MESSAGES.append({
        "id": "v23-pl-%03d" % n, "language": LANG, "locale": LOCALE, "type": typ,
        "format": fmt, "subject": sub, "body": bod, "order_id": o,
        "expected": sorted(expected), "note": note,
    })


# ---------------- clean (17) ----------------
_m("delivery-delay", "text", "Zamówienie {o} – małe opóźnienie",
   "Dzień dobry,\n\nniestety szlifierka z zamówienia {o} dotrze do nas od producenta dopiero w przyszłym tygodniu. Paczka wyjdzie od nas najpóźniej w czwartek, 17.12.2026, więc realnie powinna być u Pana przed świętami.\n\nPrzepraszamy za poślizg.\n\nPozdrawiam\nKamil Wrona\nNarzędziownia Wrona",
   [], "Plain-text delay notice with a future ship date, no shipping confirmation.")
_m("delivery-delay", "html", "Zmiana terminu wysyłki – {o}",
   "<p>Szanowna Pani,</p><p>haftowane poduszki z zamówienia <strong>{o}</strong> schodzą z maszyny wolniej, niż planowałyśmy. Nowy termin nadania to <strong>21 grudnia 2026</strong>.</p><table><tr><td>Zamówienie</td><td>{o}</td></tr><tr><td>Pierwotny termin</td><td>14.12.2026</td></tr><tr><td>Nowy termin</td><td>21.12.2026</td></tr></table><p>Bardzo dziękujemy za cierpliwość.</p><p>Agnieszka Siwiec<br><small>Pracownia Nitka i Igła</small></p>",
   [], "Builder HTML delay with a table of dates and no styles.")
_m("order-problem", "text", "[Ważne] Zamówienie {o} – brak jednego produktu",
   "Dzień dobry,\n\nprzy kompletowaniu zamówienia {o} okazało się, że ostatni czajnik w kolorze grafitowym miał pęknięty dzióbek. Nie możemy go wysłać, dlatego kwota zamówienia została skorygowana o 189,00 zł – zwrot pojawi się na koncie w ciągu kilku dni roboczych. Pozostałe pozycje wysyłamy bez zmian.\n\nBardzo nam przykro z tego powodu.\n\nMarta Kulesza\nobsługa klienta, Dom pod Lipą",
   [], "Order problem with [Ważne] and a confirmed amount adjustment.")
_m("additional-information", "text", "Pytanie do zamówienia {o}",
   "Dzień dobry,\n\nżeby wygrawerować deskę z zamówienia {o}, potrzebujemy jeszcze treści napisu – w zamówieniu pole zostało puste. Maksymalnie 24 znaki, polskie litery nie są problemem.\n\nCzekamy na odpowiedź, grawer ruszy od razu.\n\nPozdrawiam serdecznie\nTomek z Drewnianej Półki",
   [], "Asks for the engraving text needed to complete the order.")
_m("return-follow-up", "text", "Zwrot – zamówienie {o}",
   "Dzień dobry Pani Ewo,\n\nzwrot lampy z zamówienia {o} do nas dotarł, ale klosz ma rysę, której przy wysyłce nie było. Zamiast odsyłać lampę z powrotem, proponujemy częściowy zwrot w wysokości 120,00 zł z 259,00 zł. Jeśli Pani to odpowiada, wystarczy krótka odpowiedź.\n\nZ pozdrowieniami\nRenata Zając\nLumenka – oświetlenie do domu",
   [], "Return follow-up offering a partial refund.")
_m("return-follow-up", "text", "Zamówienie {o} – brakuje nam jednej informacji",
   "Dzień dobry,\n\nw paczce zwrotnej do zamówienia {o} były dwie pary butów, a zgłoszenie dotyczy jednej. Czy obie mają wrócić, czy jedną parę mamy odesłać? Bez tej informacji nie domkniemy zwrotu.\n\nDzięki i pozdrawiam\nOla, Sklep Obuwniczy Krok",
   [], "Return follow-up asking for the information needed to close the return.")
_m("invoice", "text", "Faktura do zamówienia {o}",
   "Dzień dobry,\n\nw załączniku przesyłamy fakturę VAT nr FV/2026/12/0457 do zamówienia {o}.\n\nKwota brutto: 1 249,00 zł (w tym VAT 23%: 233,56 zł)\nData sprzedaży: 03.12.2026\n\nPozdrawiamy\nDział księgowości\nELMAR Sp. z o.o., ul. Przemysłowa 14, 61-001 Poznań\nNIP 526-104-08-28, REGON 012345678, KRS 0000123456",
   [], "Invoice with NIP/REGON/KRS and an invoice number with slashes.")
_m("review-request", "text", "Jak sprawuje się zamówienie {o}?",
   "Dzień dobry,\n\nod dostarczenia koca z zamówienia {o} minęło już kilka dni. Jeśli znajdzie Pan chwilę, będziemy wdzięczni za opinię o produkcie na Amazonie – każda, także krytyczna, pomaga kolejnym kupującym.\n\nPozdrawiamy\nzespół Wełniaki",
   [], "Neutral plain-text review request.")
_m("review-request", "html", "Twoja opinia o zamówieniu {o}",
   "<p><img src=\"https://img.welniaki.pl/logo-welniaki.png\" alt=\"Logo sklepu Wełniaki\" width=\"160\"></p><p>Dzień dobry,</p><p>dziękujemy za zakupy (zamówienie {o}). Jeśli ma Pani ochotę podzielić się wrażeniami, tutaj można to zrobić: <a href=\"https://www.amazon.pl/review/create-review?asin=B0C4K2P9XY\">napisz opinię o produkcie na Amazon.pl</a>.</p><p>Pozdrawiamy<br>Wełniaki</p>",
   [], "HTML review request with the shop logo and a descriptive https Amazon link.")
_m("delivery-scheduling", "text", "Dostawa szafy – zamówienie {o}",
   "Dzień dobry,\n\nszafę z zamówienia {o} dostarczamy transportem paletowym, więc kierowca musi się z Państwem umówić na konkretny termin. Mamy do wyboru:\n\n– wtorek 15.12, 8:00–12:00\n– środa 16.12, 12:00–16:00\n– piątek 18.12, 8:00–12:00\n\nProszę dać znać, który pasuje. Wniesienie na piętro jest w cenie.\n\nGrzegorz Bąk\nMeble Bąk",
   [], "Scheduling a bulky delivery with dates and time slots.")
_m("home-service-appointment", "text", "Montaż zmywarki – {o}",
   "Dzień dobry,\n\nw ramach zamówienia {o} nasz monter podłączy zmywarkę. Proponujemy czwartek 10 grudnia między 9:00 a 11:00 albo sobotę 12 grudnia między 10:00 a 12:00. Który termin Państwu odpowiada?\n\nProszę przygotować dostęp do zaworu wody pod zlewem.\n\nSerwis Montażowy AGD-Fix",
   [], "Home-service appointment with two slots.")
_m("custom-design-verification", "html", "Projekt do akceptacji – {o}",
   "<p>Dzień dobry,</p><p>w załączniku projekt_kubek_{o}.pdf – tak będzie wyglądał nadruk na kubku z zamówienia {o}. Prosimy sprawdzić pisownię imion i datę.</p><ul><li>Napis: „Zosia i Janek 12.06.2027”</li><li>Czcionka: jak w podglądzie</li></ul><p>Jeśli wszystko się zgadza, wystarczy odpisać „akceptuję”.</p><p>Pozdrawiamy<br>Drukarnia Kubeczek</p>",
   [], "Design proof asking the buyer to verify the print.")
_m("fulfillment-question", "text", "Kod do bramy – zamówienie {o}",
   "Dzień dobry,\n\nregał z zamówienia {o} dowozi nasz własny kierowca (zlecenie transportowe TR/2026/12/0188) i z mapy wynika, że osiedle przy ul. Klonowej 8 jest zamknięte. Czy może Pani podać kod do bramy albo numer lokalu, pod który ma dzwonić? Dostawa jest zaplanowana na 11.12.2026.\n\nDziękujemy\nZespół Zielony Parapet",
   [], "Door-code question with reference numbers that are not phone numbers.")
_m("reply", "text", "Re: Pytanie o rozmiar – {o}",
   "Dzień dobry,\n\nw zamówieniu {o} ma Pan kurtkę „Nordic Trail Softshell Jacket – Men's” w rozmiarze L. Ten model jest szyty dość wąsko, więc przy szerszych ramionach rzeczywiście lepiej sprawdzi się XL – wymiana jest możliwa przez formularz zwrotu na Amazonie.\n\nPozdrawiam\nPaweł Lis\nOutdoorowo",
   [], "Reply quoting an English product title inside Polish sentences.")
_m("reply", "text", "Re: Gwarancja – zamówienie {o}",
   "Dzień dobry,\n\nwkrętarka z zamówienia {o} ma 24 miesiące gwarancji producenta. Najszybciej zgłosi Pan usterkę bezpośrednio na infolinii gwarancyjnej producenta (Makitech Polska): 22 333 44 55, pn.–pt. 8:00–16:00. Kartę gwarancyjną znajdzie Pan w pudełku.\n\nPozdrawiam\nJanusz Mazur\nNarzędzia Mazur",
   [], "Manufacturer's warranty hotline marked as such (BSM309 exception).")
_m("reply", "html", "Re: Dane do faktury – {o}",
   "<p>Dzień dobry,</p><p>oczywiście, dane firmy na fakturze do zamówienia {o} możemy poprawić – proszę tylko potwierdzić nowy NIP.</p><p>Z pozdrowieniami<br>Beata Kowal<br>specjalistka ds. obsługi klienta</p><p><small>KOWAL-TEX Spółka Jawna, ul. Łąkowa 3/5, 90-554 Łódź<br>NIP 727-012-34-56, REGON 471234567, KRS 0000654321<br>Sąd Rejonowy dla Łodzi-Śródmieścia, XX Wydział Gospodarczy KRS</small></p>",
   [], "Reply with a Polish company-details footer in <small>.")
_m("reply", "text", "Re: Gdzie moja paczka? {o}",
   "Dzień dobry,\n\nsprawdziłem: zwrot do zamówienia {o} ma numer RMA 2026/12/088, a paczka zwrotna (numer nadania 6200 9876 5432 1) dotarła do nas 04.12.2026 o 13:42. Zwrot 349,99 zł zlecimy do 09.12.2026.\n\nPozdrawiam\nAdam, Sklep Rowerowy Szprycha",
   [], "Reply with tracking/return numbers, dates, times and amounts.")

# ---------------- violations (31) ----------------
_m("reply", "text", "Re: Zamówienie {o}",
   "Dzień dobry,\n\ndobra wiadomość – paczka z zamówieniem {o} opuściła już nasz magazyn i jest w drodze do Pani.\n\nPozdrawiam\nMichalina, Herbaciarnia Liść",
   ["BSM201"], "Says the parcel left the warehouse (shipping confirmation).")
_m("fulfillment-question", "html", "Zamówienie {o}",
   "<p>Dzień dobry,</p><p>Pani zamówienie {o} do nas wpadło i właśnie je kompletujemy. Jak tylko wszystko będzie spakowane, trafi do kuriera.</p><p>Pozdrawiamy<br>Sklep Papierniczy Kleks</p>",
   ["BSM201"], "Order received and being prepared: order confirmation.")
_m("reply", "text", "Dziękujemy! {o}",
   "Dzień dobry,\n\nbardzo dziękujemy za zakupy w naszym sklepie i za zaufanie (zamówienie {o}).\n\nSerdeczności\nEkipa Mydlarni Pod Różą",
   ["BSM202"], "Thanks only.")
_m("reply", "text", "Zamówienie {o}",
   "Dzień dobry,\n\ngdyby cokolwiek było nie tak z zamówieniem {o}, jesteśmy do dyspozycji.\n\nPozdrawiam\nŁukasz, Kawiarka.pl",
   ["BSM202"], "Only says the seller is there if anything comes up.")
_m("delivery-delay", "text", "Opóźnienie – zamówienie {o}",
   "Dzień dobry,\n\nlampki z zamówienia {o} wyślemy dopiero 16.12.2026 – dostawca nie zdążył z partią. Przepraszamy.\n\nPozdrawiamy\nŚwiecąco\n\nPS Do końca miesiąca cały asortyment sklepu tańszy o 20% – wystarczy hasło ZIMA20.",
   ["BSM203"], "Permitted delay with a promotional P.S. (20 % off everything).")
_m("reply", "text", "Re: Kolor poszewki – {o}",
   "Dzień dobry,\n\nodcień „szałwia” z zamówienia {o} na żywo jest odrobinę cieplejszy niż na zdjęciu, ale w słońcu wygląda dokładnie tak jak w opisie.\n\nA jeśli lubi Pani takie klimaty – zajrzyj na nasz profil na Instagramie i zapisz się do newslettera, w styczniu wchodzi nowa kolekcja lnu!\n\nPozdrawiam\nHania, Lniany Kąt",
   ["BSM203"], "Follow-us / newsletter / new collection invitation in a reply.")
_m("review-request", "text", "Mała prośba – {o}",
   "Dzień dobry,\n\nmamy nadzieję, że świece z zamówienia {o} pachną tak, jak powinny. Będziemy wdzięczni za opinię na Amazonie – a jak tylko się pojawi, wyślemy Pani drobny upominek w podziękowaniu.\n\nPozdrawiamy\nWoskownia",
   ["BSM204"], "Small gift once the review is published.")
_m("review-request", "text", "Zamówienie {o} – opinia",
   "Dzień dobry,\n\nproponujemy coś ekstra: wystarczy, że napisze Pan opinię o słuchawkach z zamówienia {o}, a po jej publikacji zwrócimy całą kwotę zakupu.\n\nPozdrawiam\nAudioKącik",
   ["BSM204"], "Full refund as soon as the review is online.")
_m("reply", "text", "Re: Reklamacja – {o}",
   "Dzień dobry,\n\nwymiana pompki z zamówienia {o} już załatwiona, nowa sztuka czeka w punkcie odbioru. Skoro sprawa wyjaśniona, czy byłby Pan tak miły i zaktualizował swoją jednogwiazdkową opinię albo ją usunął?\n\nPozdrawiam\nRowerowa Baza",
   ["BSM205"], "Asks to update or remove a one-star review.")
_m("review-request", "text", "Jak się Pani podoba? {o}",
   "Dzień dobry,\n\njeśli jest Pani zadowolona z fotela z zamówienia {o}, będzie nam bardzo miło, gdy podzieli się Pani opinią na Amazonie. A jeśli coś nie zagrało – proszę najpierw napisać do nas, zamiast wystawiać ocenę, na pewno coś wymyślimy.\n\nPozdrawiamy\nSiedzisko",
   ["BSM206"], "Review only if satisfied; unhappy buyers steered to the seller.")
_m("review-request", "html", "Zamówienie {o}",
   "<p>Dzień dobry,</p><p>dziękujemy za zakup zestawu noży (zamówienie {o}). Będziemy wdzięczni za pięć gwiazdek na Amazonie – dla małej firmy to naprawdę dużo znaczy.</p><p>Pozdrawiamy<br>Ostrze i Spółka</p>",
   ["BSM206"], "Asks for a five-star rating.")
_m("order-problem", "text", "[Ważne] Zamówienie {o}",
   "Dzień dobry,\n\nniestety zabrakło nam ekspresu z zamówienia {o} – hurtownia wycofała model. Kwotę zamówienia skorygowaliśmy, ale najszybciej będzie, jeśli sam Pan anuluje zamówienie w swoim koncie Amazon, wtedy wszystko zamknie się od ręki.\n\nPrzepraszamy\nKawowy Zakątek",
   ["BSM108"], "Advises the buyer to cancel because stock ran out (amount adjusted).")
_m("order-problem", "text", "Problem z zamówieniem {o}",
   "Dzień dobry,\n\nmagazyn pokazywał jeszcze dwie sztuki plecaka, a okazało się, że nie mamy ani jednej. Bylibyśmy wdzięczni, gdyby złożyła Pani prośbę o anulowanie zamówienia {o}.\n\nPrzepraszamy za kłopot\nPlecaki Wędrowca",
   ["BSM107", "BSM108"], "Politely asks for a cancellation request; no amount adjustment.")
_m("delivery-delay", "text", "Zamówienie {o} – nowy termin",
   "Dzień dobry,\n\nrolety z zamówienia {o} wyślemy 15.12.2026, tydzień później niż planowaliśmy.\n\nPozdrawiamy\nRoletka\n\nNie chcesz dostawać od nas wiadomości? Odpisz STOP.",
   ["BSM305"], "Reply-STOP opt-out instruction.")
_m("reply", "text", "Re: Gdzie paczka?? {o}",
   "Dzień dobry,\n\nrozumiem frustrację – ten pieprzony kurier już trzeci raz w tym miesiącu gubi nasze paczki. Zamówienie {o} wyjaśniamy z przewoźnikiem i damy znać do jutra.\n\nPozdrawiam\nRafał, Gry i Puzzle",
   ["BSM306"], "Polish profanity about the carrier.")
_m("delivery-delay", "text", "Order {o} – delay",
   "Hello,\n\nunfortunately your order {o} will ship a few days later than planned, on 14 December 2026. Sorry for the inconvenience.\n\nBest regards\nBursztynowo Team",
   ["BSM104"], "Whole message in English for a pl-PL buyer.")
_m("reply", "text", "Re: Montaż – {o}",
   "Dzień dobry,\n\nnajprościej będzie to omówić na żywo – proszę dzwonić śmiało: 512 345 678, jestem pod telefonem do 17:00. Dotyczy zamówienia {o}.\n\nPozdrawiam\nKrzysztof, Stolarnia Dębowa",
   ["BSM309"], "Seller's mobile number in Polish national format.")
_m("additional-information", "html", "Zamówienie {o} – szczegóły",
   "<p>Dzień dobry,</p><p>do wykonania tabliczki z zamówienia {o} potrzebujemy wymiarów drzwi. W razie pytań prosimy o kontakt telefoniczny: <strong>+48 22 612 40 80</strong>.</p><p>Pozdrawiamy<br>Grawernia Tabliczka</p>",
   ["BSM309"], "Seller phone number in international format.")
_m("reply", "text", "Re: Zdjęcia uszkodzenia – {o}",
   "Dzień dobry,\n\nzdjęcia pękniętej doniczki z zamówienia {o} najlepiej wysłać bezpośrednio na reklamacje@ceramika-gliniak.pl, przekażemy je od razu do wymiany.\n\nPozdrawiam\nCeramika Gliniak",
   ["BSM308"], "Plain e-mail address.")
_m("reply", "text", "Re: Faktura na firmę – {o}",
   "Dzień dobry,\n\ndane do faktury do zamówienia {o} proszę podesłać na adres biuro małpa zielarnia-macierzanka kropka pl – księgowa wystawi ją od ręki.\n\nPozdrawiam\nZielarnia Macierzanka",
   ["BSM308"], "Obfuscated e-mail address with 'małpa' and 'kropka'.")
_m("reply", "html", "Re: Pielęgnacja – {o}",
   "<p>Dzień dobry,</p><p>deskę z zamówienia {o} najlepiej olejować raz w miesiącu. Więcej porad znajdzie Pan w <a href=\"https://www.drewniana-kuchnia.pl/blog/pielegnacja-desek\">poradniku pielęgnacji desek na naszym blogu</a>.</p><p>Pozdrawiam<br>Drewniana Kuchnia</p>",
   ["BSM302"], "https link to the seller's blog, descriptive text.")
_m("reply", "html", "Re: Instrukcja – {o}",
   "<p>Dzień dobry,</p><p>instrukcję do odkurzacza z zamówienia {o} znajdzie Pani na stronie produktu: <a href=\"http://www.amazon.pl/dp/B0D1X2Y3Z4\">strona odkurzacza na Amazon.pl</a>.</p><p>Pozdrawiamy<br>CzystyDom</p>",
   ["BSM301"], "Non-https link to Amazon with descriptive text.")
_m("review-request", "html", "Zamówienie {o} – jak wrażenia?",
   "<p>Dzień dobry,</p><p><img src=\"https://img.ceramika-bialy-dzban.pl/produkty/dzbanek-bialy-1l.jpg\" alt=\"Dzbanek ceramiczny biały 1 l\" width=\"300\"></p><p>mamy nadzieję, że dzbanek z zamówienia {o} dobrze się sprawdza. Opinię o nim można zostawić na stronie zamówienia na Amazonie.</p><p>Pozdrawiamy<br>Biały Dzban</p>",
   ["BSM310"], "Photo of the purchased product.")
_m("delivery-delay", "html", "Opóźnienie zamówienia {o}",
   "<p><img src=\"https://img.surfshop-fala.pl/stock/plaza-zachod-slonca.jpg\" alt=\"Plaża o zachodzie słońca\" width=\"400\"></p><p>Dzień dobry,</p><p>pianka z zamówienia {o} zostanie wysłana 18.12.2026 – czekamy na dostawę rozmiaru M.</p><p>Pozdrawiamy<br>Fala Surf Shop</p>",
   ["BSM311"], "Unrelated stock beach image.")
_m("invoice", "html", "Faktura – {o}",
   "<p><img src=\"https://img.ogrodnik-sobczak.pl/logo-ogrodnik-sobczak.png\" alt=\"\" width=\"150\"></p><p>Dzień dobry,</p><p>w załączniku faktura FV/12/2026/311 do zamówienia {o}.</p><p>Pozdrawiamy<br>Ogrodnik Sobczak</p>",
   ["BSM402"], "Shop logo with empty alt.")
_m("delivery-delay", "text", "Zamówienie {o}",
   "Hej,\n\nkartki świąteczne z zamówienia {o} jeszcze schną po druku 😊 Wyślemy je w poniedziałek, 14.12.\n\nPozdrawiamy\nPapierowy Ptak",
   ["BSM403"], "Emoji in a delay message.")
_m("reply", "text", "Re: Rozmiar – {o}",
   "Dzień dobry,\n\nspokojnie, czapka z zamówienia {o} jest z wełny z dodatkiem elastanu, więc się dopasuje :) Jakby jednak była za mała, wymiana przez Amazon to chwila.\n\nPozdrawiam\nDzianinowo",
   ["BSM403"], "Text emoticon ':)'.")
_m("delivery-delay", "html", "Zamówienie {o} – nowa data",
   "<style>.t1{font-size:22px}.t2{font-size:17px}.t3{font-size:13px}.t4{font-size:11px}</style><p class=\"t1\">Zmiana terminu</p><p class=\"t2\">Zamówienie {o}</p><p>Dzień dobry, stolik wyślemy 17.12.2026 zamiast 10.12.2026.</p><p class=\"t3\">Przepraszamy za opóźnienie.</p><p class=\"t4\">Meblarnia Sosnowa</p>",
   ["BSM410"], "Four explicit font sizes in a <style> block plus the default.")
_m("additional-information", "text", "Zamówienie {o} – pytanie",
   "Dzień dobry,\n\ndo zamówienia {o} brakuje nam numeru mieszkania w adresie dostawy.\n\n\nCzy może Pan go podać?\n\nPozdrawiamy\nSklep Akwarystyczny Rybka",
   ["BSM412"], "Two blank lines in a row in plain text.")
_m("review-request", "text", "[Ważne] Opinia o zamówieniu {o}",
   "Dzień dobry,\n\nbędzie nam miło, jeśli podzieli się Pan wrażeniami z zakupu (zamówienie {o}) w formie opinii na Amazonie.\n\nPozdrawiamy\nHerbaciarnia Czajnik",
   ["BSM110"], "[Ważne] tag on a non-critical review request.")
_m("reply", "html", "Re: Wymiary – {o}",
   "<p>Dzień dobry,</p><p>pełne wymiary regału z zamówienia {o} są w opisie produktu – <a href=\"https://www.amazon.pl/dp/B0C9R8T7S6\">kliknij tutaj</a>.</p><p>Pozdrawiamy<br>Regały Nowak</p>",
   ["BSM401"], "Non-descriptive link text 'kliknij tutaj'.")

# ---------------- varying (2) ----------------
_m("delivery-delay", "text", "Opóźnienie wysyłki",
   "Dzień dobry,\n\nzamówienie nr {od} wyślemy z kilkudniowym opóźnieniem, najpóźniej 15.12.2026 – czekamy na dostawę ramek.\n\nPrzepraszamy\nGaleria Ramka",
   ["BSM102"], "Order number written without hyphens only.")
_m("delivery-delay", "html", "Zamówienie {o} – zmiana terminu",
   "<p>Dzień dobry,</p><p>świecznik z zamówienia {o} wyślemy 16.12.2026.</p><p>Pozdrawiamy<br>Mosiądz i Szkło</p><img src=\"https://stat.mailer-pl.example/open.gif?m=88213\" width=\"1\" height=\"1\" alt=\"\">",
   ["BSM307", "BSM402"], "1x1 tracking pixel with empty alt.")
