"""v24 blind evaluation set: Polish (pl-PL). Standard library only."""
import random

_R = random.Random(556)
_E = []  # (type, format, subject, body, expected, note)


def m(t, f, s, b, e, n):
    _E.append((t, f, s, b, e, n))


S1 = "Pozdrawiam\nKasia Nowak\nobsługa klienta, Lniany Kąt"
S2 = "Pozdrawiamy serdecznie\nZespół Ceramika u Zosi"

# 1-17 clean
m("delivery-delay", "text", "Zamówienie {o} – przesunięcie terminu",
  "Dzień dobry,\n\nniestety tkanina na zasłony z zamówienia {o} dojechała do nas później, niż zakładaliśmy. Szycie potrwa jeszcze kilka dni, więc paczka wyjdzie od nas najpóźniej 16.12.2026, a nie 11.12.\n\nBardzo przepraszamy za poślizg.\n\n" + S1,
  [], "Plain-text delivery delay with a new dispatch date.")
m("delivery-delay", "html", "Opóźnienie wysyłki – {o}",
  "<p>Dzień dobry Panie Marku,</p><p>piszemy w sprawie zamówienia <strong>{o}</strong>. Nasz dostawca nie dowiózł na czas uchwytów do szafki, dlatego wysyłka ruszy dopiero <strong>w poniedziałek 14.12.2026</strong>.</p><p>Przepraszamy za kłopot i dziękujemy za cierpliwość.</p><p>Z poważaniem<br>Tomasz Wrona<br><small>Meblarnia Wrona s.c.</small></p>",
  [], "HTML delivery delay with bold and small, no styles.")
m("order-problem", "text", "[Ważne] Brak towaru – zamówienie {o}",
  "Dzień dobry,\n\nz przykrością informujemy, że dzbanka „Turkus” z zamówienia {o} nie uda się już wysłać – ostatnia sztuka okazała się wadliwa, a nowej partii nie będzie. Kwotę zamówienia skorygowaliśmy o 89,00 zł, zwrot pojawi się na koncie w ciągu kilku dni roboczych.\n\n" + S2,
  [], "Order problem with [Ważne] and the amount adjusted.")
m("additional-information", "text", "Grawer – brakuje nam tekstu ({o})",
  "Dzień dobry,\n\ndo zamówienia {o} (deska do krojenia z grawerem) nie dotarła treść napisu. Prosimy o odpowiedź z tekstem do 30 znaków – bez tego nie ruszymy z produkcją.\n\nDziękujemy!\nWarsztat Dębowy Stół",
  [], "Asks for the engraving text needed to complete the order.")
m("return-follow-up", "text", "Zwrot {o} – propozycja",
  "Dzień dobry Pani Agnieszko,\n\ndostaliśmy zdjęcia obtłuczonej miski z zamówienia {o}. Jeśli woli Pani zatrzymać komplet, możemy od razu zwrócić 45,00 zł jako częściowy zwrot. Jeżeli jednak zależy Pani na pełnym zwrocie, proszę dać znać – wtedy prześlemy instrukcję odesłania.\n\n" + S2,
  [], "Return follow-up offering a partial refund.")
m("return-follow-up", "text", "Pytanie do zwrotu {o}",
  "Dzień dobry,\n\nżeby domknąć zwrot butów z zamówienia {o}, potrzebujemy jeszcze jednej informacji: który rozmiar Pan odesłał – 42 czy 43? W paczce nie było kartki zwrotu.\n\nZ góry dziękujemy\nSylwia z Butik Pod Lipą",
  [], "Return follow-up asking for information to complete the return.")
m("invoice", "text", "Faktura do zamówienia {o}",
  "Dzień dobry,\n\nw załączniku przesyłamy fakturę VAT nr FV/2026/12/0187 do zamówienia {o}.\n\nPozdrawiamy\nDział księgowości\n\nLniany Kąt Sp. z o.o.\nul. Wrocławska 14/3, 61-838 Poznań\nNIP 778-145-62-09, REGON 301245678, KRS 0000412233",
  [], "Invoice with NIP, REGON, KRS and an invoice number with slashes.")
m("review-request", "text", "Jak sprawdza się lampa? Zamówienie {o}",
  "Dzień dobry,\n\nlampa z zamówienia {o} jest u Pana już od tygodnia. Jeśli znajdzie Pan chwilę, będziemy wdzięczni za opinię o produkcie na Amazon – każda, również krytyczna, pomaga innym kupującym wybrać.\n\nPozdrawiam\nMichał Zięba, Światło z Drewna",
  [], "Neutral text review request.")
m("review-request", "html", "Zamówienie {o} – Twoja opinia",
  "<p><img src=\"https://static.swiatlozdrewna.pl/mail/logo-swiatlo-z-drewna.png\" alt=\"Logo Światło z Drewna\" width=\"160\"></p><p>Dzień dobry,</p><p>mamy nadzieję, że kinkiet z zamówienia {o} dobrze się sprawdza. Podzielisz się wrażeniami? Twoja recenzja pomoże innym przy wyborze.</p><p><a href=\"https://www.amazon.pl/review/create-review?asin=B0CX4T7PLW\">Napisz recenzję produktu na Amazon</a></p><p>Dziękujemy<br>Światło z Drewna</p>",
  [], "HTML review request with shop logo and descriptive https Amazon link.")
m("delivery-scheduling", "text", "Dostawa szafy – ustalenie terminu ({o})",
  "Dzień dobry,\n\nszafa z zamówienia {o} waży ponad 90 kg, więc przewoźnik musi umówić się z Panią na konkretny dzień. Mamy wolne okna:\n- wtorek 15.12.2026, 8:00–12:00\n- środa 16.12.2026, 12:00–16:00\n- piątek 18.12.2026, 8:00–12:00\nProszę wybrać jedno i odpisać. Dobrze też wiedzieć, czy w budynku jest winda.\n\nZ poważaniem\nRenata Kaczmarek\nkoordynator dostaw, Meblarnia Wrona",
  [], "Delivery scheduling of a bulky item with dates and time slots.")
m("home-service-appointment", "text", "Montaż zmywarki – termin wizyty, {o}",
  "Dzień dobry,\n\njesteśmy umówieni na montaż zmywarki z zamówienia {o}. Technik może przyjechać w czwartek 17.12.2026 między 9:00 a 11:00 albo w sobotę 19.12.2026 między 10:00 a 12:00. Który termin bardziej Panu pasuje?\n\nPozdrawiamy\nSerwis AGD Mazur",
  [], "Home-service appointment with two slots.")
m("custom-design-verification", "html", "Projekt do akceptacji – {o}",
  "<p>Dzień dobry,</p><p>w załączniku projekt-kubek-{o}.pdf – podgląd nadruku z imieniem „Hania” i datą 24.12.2026. Prosimy o sprawdzenie pisowni i odpowiedź „akceptuję” albo listę poprawek.</p><p>Pozdrawiam<br>Ola, Ceramika u Zosi</p>",
  [], "Design proof sent for approval.")
m("fulfillment-question", "text", "Kod do bramy – zamówienie {o}",
  "Dzień dobry,\n\ndostawę do zamówienia {o} planujemy na 11.12.2026, a osiedle przy ul. Lipowej jest zamknięte. Czy może Pani podać kod do bramy albo numer klatki? Żeby kierowca trafił bez dzwonienia, dopiszemy go do zlecenia ZL/12/0441 (nr referencyjny odbiorcy: REF 4471-0093).\n\nDziękujemy\nLniany Kąt",
  [], "Door-code question with tracking and reference numbers.")
m("reply", "text", "Re: Pytanie o produkt, zamówienie {o}",
  "Dzień dobry,\n\ntak, „Nordic Linen Duvet Cover 200x220” z zamówienia {o} to ten sam komplet, co na zdjęciu w ofercie – nazwa jest po angielsku, bo tak podaje producent. Poszewki są w zestawie.\n\n" + S1,
  [], "Reply quoting an English product title inside Polish sentences.")
m("reply", "text", "Re: Gwarancja ekspresu – {o}",
  "Dzień dobry,\n\nekspres z zamówienia {o} ma 24 miesiące gwarancji producenta. Zgłoszenie najszybciej załatwi Pan bezpośrednio na infolinii gwarancyjnej producenta (Caffeo Polska): 801 300 455. Proszę mieć pod ręką numer seryjny z tabliczki pod pojemnikiem na wodę.\n\nPozdrawiamy\nKawowy Zakątek",
  [], "Reply giving the manufacturer's warranty hotline, marked as such.")
m("reply", "text", "Re: Dane do faktury ({o})",
  "Dzień dobry,\n\noczywiście, fakturę do zamówienia {o} możemy wystawić na firmę – wystarczy odpisać z nazwą i NIP-em nabywcy. Poniżej nasze dane, gdyby były potrzebne do ewidencji.\n\nPozdrawiam\nJoanna Lis\nksięgowość\n\nDrewniane Zabawki Lis Joanna Lis\nul. Kościuszki 7, 43-300 Bielsko-Biała\nNIP 547-201-33-84, REGON 072345118",
  [], "Reply with a company-details footer (NIP, REGON).")
m("reply", "text", "Re: Gdzie jest zwrot? {o}",
  "Dzień dobry,\n\nPana paczkę zwrotną (numer nadania 00159008736542911) odebraliśmy 08.12.2026 o 13:40. Numer zwrotu RMA-2026-3318. Zwrot 214,50 zł za zamówienie {o} zleciliśmy 09.12.2026, księgowanie zwykle trwa 3–5 dni roboczych.\n\n" + S1,
  [], "Reply with return tracking number, RMA, dates, times and amounts.")

# 18-48 violations
m("reply", "text", "Re: Kiedy wysyłka? {o}",
  "Dzień dobry,\n\nmamy dobrą wiadomość: paczka z zamówieniem {o} opuściła dziś rano nasz magazyn i jest już w drodze.\n\n" + S1,
  ["BSM201"], "Shipping confirmation: parcel left the warehouse.")
m("fulfillment-question", "text", "Zamówienie {o}",
  "Cześć,\n\ndzięki za zakupy! Zamówienie {o} do nas wpadło, już kompletujemy towar i pakujemy.\n\nEkipa Skarpetkowo",
  ["BSM201"], "Order confirmation: received and being prepared.")
m("review-request", "text", "Dziękujemy! {o}",
  "Dzień dobry,\n\nserdecznie dziękujemy za zakup w naszym sklepie (zamówienie {o}). Cieszymy się, że Pani nam zaufała!\n\n" + S2,
  ["BSM202"], "Thanks only.")
m("reply", "text", "Zamówienie {o}",
  "Dzień dobry,\n\ngdyby cokolwiek było nie tak z zamówieniem {o}, jesteśmy do dyspozycji – wystarczy napisać.\n\nMeblarnia Wrona",
  ["BSM202"], "Only the offer to help if something comes up.")
m("delivery-delay", "text", "Drobne opóźnienie – {o}",
  "Dzień dobry,\n\nzamówienie {o} wyślemy z 2-dniowym opóźnieniem, najpóźniej 15.12.2026. Przepraszamy!\n\nPS Do końca miesiąca cały asortyment taniej o 20% – warto zajrzeć do naszego sklepu.\n\n" + S1,
  ["BSM203"], "Delay message with a 20 % sale in a P.S.")
m("reply", "text", "Re: Rozmiar swetra, {o}",
  "Dzień dobry,\n\nsweter z zamówienia {o} jest raczej luźny, więc rozmiar M będzie dobry. A jeśli lubi Pani nowości – zapraszamy do obserwowania nas na Instagramie i zapisania się do newslettera, już w styczniu wchodzi nowa kolekcja z wełny merino.\n\nPozdrawiam\nIza, Dziergane",
  ["BSM203"], "Follow us, newsletter and new collection.")
m("review-request", "text", "Mała prośba – {o}",
  "Dzień dobry,\n\nmamy nadzieję, że świeca z zamówienia {o} pachnie tak, jak trzeba. Jak tylko Pani opinia pojawi się na Amazon, wyślemy drobny upominek w podziękowaniu.\n\n" + S2,
  ["BSM204"], "Small gift once the review is published.")
m("review-request", "text", "Zamówienie {o} – recenzja",
  "Dzień dobry,\n\nmamy propozycję: napisze Pan recenzję słuchawek z zamówienia {o}, a gdy tylko będzie widoczna, oddamy całą kwotę zakupu. Wystarczy odpisać ze zrzutem ekranu.\n\nAudioPunkt",
  ["BSM204"], "Full refund as soon as the review is online.")
m("reply", "text", "Re: Ocena 1/5 – {o}",
  "Dzień dobry Panie Pawle,\n\nwymieniliśmy już uszkodzony czajnik z zamówienia {o}, nowy dotrze jutro. Skoro sprawa jest załatwiona, czy mógłby Pan rozważyć zmianę tej jednogwiazdkowej opinii albo jej usunięcie?\n\nPozdrawiamy\nKawowy Zakątek",
  ["BSM205"], "Asks to update or remove a one-star review.")
m("review-request", "text", "Podoba się? {o}",
  "Dzień dobry,\n\njeśli jest Pani zadowolona z poduszek z zamówienia {o}, będzie nam bardzo miło, jeśli zostawi Pani opinię na Amazon. A jeśli coś poszło nie tak – prosimy najpierw napisać do nas, zanim wystawi Pani ocenę.\n\n" + S1,
  ["BSM206"], "Review only if satisfied; unhappy buyers steered to the seller.")
m("review-request", "html", "Twoja opinia o zamówieniu {o}",
  "<p>Dzień dobry,</p><p>dziękujemy za zaufanie przy zamówieniu {o}. Będziemy wdzięczni za recenzję – pięć gwiazdek to dla małego warsztatu jak nasz naprawdę dużo!</p><p><a href=\"https://www.amazon.pl/review/create-review?asin=B0BL77KQ2D\">Oceń produkt na Amazon</a></p><p>Drewniane Zabawki Lis</p>",
  ["BSM206"], "Asks for five stars.")
m("order-problem", "text", "[Ważne] Zamówienie {o} – jedna sztuka",
  "Dzień dobry,\n\nz dwóch zamówionych kompletów pościeli mamy na stanie już tylko jeden. Za brakujący komplet kwota zamówienia {o} została pomniejszona o 159,00 zł. Jeśli jeden komplet Pani nie wystarczy, najszybciej będzie anulować zamówienie samodzielnie w zakładce „Zamówienia”.\n\n" + S1,
  ["BSM108"], "Adjusted amount, but advises the buyer to cancel herself.")
m("order-problem", "text", "Brak na magazynie – {o}",
  "Dzień dobry,\n\nokazało się, że lampa z zamówienia {o} właśnie się wyprzedała. Bylibyśmy wdzięczni, gdyby złożył Pan prośbę o anulowanie zamówienia w swoim koncie Amazon – wtedy wszystko szybko się zamknie.\n\nŚwiatło z Drewna",
  ["BSM107", "BSM108"], "Asks for a cancellation request and does not mention an adjustment.")
m("review-request", "text", "Opinia o zamówieniu {o}",
  "Dzień dobry,\n\nbędzie nam miło, jeśli podzieli się Pani opinią o kubkach z zamówienia {o} na Amazon.\n\nNie chce Pani dostawać od nas takich wiadomości? Proszę odpisać STOP.\n\n" + S2,
  ["BSM305"], "Opt-out instruction: reply STOP.")
m("reply", "text", "Re: Reklamacja {o}",
  "Dzień dobry,\n\nten kurier to jakaś kurwa porażka – trzeci raz gubi nam paczki. Zamówienie {o} nadamy ponownie jutro, na nasz koszt.\n\nMarek, Skarpetkowo",
  ["BSM306"], "Polish profanity.")
m("reply", "text", "Re: Your question about order {o}",
  "Hello,\n\nthank you for your message. The blanket from order {o} is 100% cotton and can be washed at 40 degrees. Let us know if you need anything else.\n\nBest regards,\nLniany Kąt",
  ["BSM104"], "Whole reply in English to a pl-PL buyer.")
m("delivery-scheduling", "text", "Dostawa kanapy {o}",
  "Dzień dobry,\n\nżeby ustalić dzień dostawy kanapy z zamówienia {o}, prosimy o telefon do naszego biura: 61 842 17 30, albo na komórkę kierowcy +48 601 234 567 (w godz. 8–16).\n\nMeblarnia Wrona",
  ["BSM309"], "Seller phone numbers, national and international formats.")
m("reply", "text", "Re: Faktura {o}",
  "Dzień dobry,\n\nfakturę do zamówienia {o} najłatwiej będzie załatwić mailowo – proszę pisać na ksiegowosc@lnianykat.pl.\n\n" + S1,
  ["BSM308"], "Plain e-mail address.")
m("reply", "text", "Re: Zdjęcia uszkodzenia ({o})",
  "Dzień dobry,\n\nzdjęcia pękniętej miski z zamówienia {o} proszę podesłać na adres: zosia.ceramika małpa gmail kropka com – tam szybciej je obejrzymy.\n\n" + S2,
  ["BSM308"], "Obfuscated e-mail address with \"małpa\" and \"kropka\".")
m("reply", "html", "Re: Pielęgnacja lnu – {o}",
  "<p>Dzień dobry,</p><p>pościel z zamówienia {o} najlepiej prać w 40 stopniach. Więcej wskazówek zebraliśmy w <a href=\"https://www.lnianykat.pl/poradnik/pielegnacja-lnu\">poradniku pielęgnacji lnu na naszej stronie</a>.</p><p>Pozdrawiam<br>Kasia Nowak</p>",
  ["BSM302"], "https link to the seller's own site, not needed for the order.")
m("review-request", "html", "Zamówienie {o} – opinia",
  "<p>Dzień dobry,</p><p>jak sprawdza się młynek z zamówienia {o}? Będziemy wdzięczni za kilka słów.</p><p><a href=\"http://www.amazon.pl/review/create-review?asin=B09ZK1M3QF\">Dodaj opinię o młynku na Amazon</a></p><p>Kawowy Zakątek</p>",
  ["BSM301"], "http link to Amazon.")
m("delivery-delay", "html", "Opóźnienie – {o}",
  "<p>Dzień dobry,</p><p>fotel z zamówienia {o} wyślemy dopiero 17.12.2026 – czekamy na tkaninę obiciową.</p><p><img src=\"https://static.meblarniawrona.pl/produkty/fotel-uszak-zielony.jpg\" alt=\"Fotel uszak w zielonym welurze\" width=\"300\"></p><p>Przepraszamy za zwłokę<br>Meblarnia Wrona</p>",
  ["BSM310"], "Photo of the purchased armchair.")
m("review-request", "html", "Miłego wypoczynku! {o}",
  "<p>Dzień dobry,</p><p>jeśli ma Pan chwilę, prosimy o recenzję torby z zamówienia {o} na Amazon.</p><p><img src=\"https://cdn.stockfoto.example.com/plaza-morze-zachod.jpg\" alt=\"Plaża o zachodzie słońca\" width=\"300\"></p><p>Pozdrawiamy<br>Torby Zofii</p>",
  ["BSM311"], "Unrelated stock image of a beach.")
m("invoice", "html", "Faktura – {o}",
  "<p><img src=\"https://static.ceramikauzosi.pl/logo-ceramika-u-zosi.png\" alt=\"\" width=\"140\"></p><p>Dzień dobry,</p><p>w załączeniu faktura FV/0912/2026 do zamówienia {o}.</p><p>Ceramika u Zosi</p>",
  ["BSM402"], "Shop logo with empty alt.")
m("delivery-delay", "text", "Troszkę później – {o}",
  "Hej,\n\nkoce z zamówienia {o} jeszcze się tkają, wyślemy je 14.12.2026 🧶 Dziękujemy za cierpliwość!\n\nDziergane",
  ["BSM403"], "Emoji in a delay message.")
m("reply", "text", "Re: Kolor, {o}",
  "Dzień dobry,\n\nkolor „szałwia” z zamówienia {o} jest w rzeczywistości trochę jaśniejszy niż na zdjęciu, ale na żywo wygląda świetnie :)\n\n" + S1,
  ["BSM403"], "Text emoticon.")
m("delivery-delay", "html", "Zmiana terminu wysyłki {o}",
  "<style>p{font-size:14px} h2{font-size:22px} h3{font-size:18px} .drobne{font-size:11px}</style><h2>Zmiana terminu</h2><h3>Zamówienie {o}</h3><p>Dzień dobry, stół z zamówienia wyślemy 18.12.2026 zamiast 12.12.2026. Przepraszamy.</p><p class=\"drobne\">Meblarnia Wrona s.c.</p>",
  ["BSM410"], "Four font sizes in a style block.")
m("additional-information", "text", "Wymiary rolety – {o}",
  "Dzień dobry,\n\ndo zamówienia {o} potrzebujemy jeszcze szerokości okna w centymetrach.\n\n\n\nBez tego roleta nie zostanie docięta.\n\nPozdrawiamy\nRoletki Pana Stefana",
  ["BSM412"], "Several blank lines in a row in plain text.")
m("additional-information", "html", "Kolor nici – {o}",
  "<p>Dzień dobry,</p><p>jaki kolor nici wybiera Pani do haftu z zamówienia {o}: złoty czy srebrny?</p><br><br><br><p></p><p>Dziękujemy<br>Haftowane Ręczniki</p>",
  ["BSM412"], "Run of <br> and an empty paragraph.")
m("review-request", "text", "[Ważne] Twoja opinia – {o}",
  "Dzień dobry,\n\nbędziemy wdzięczni za opinię o kołdrze z zamówienia {o} na Amazon – pomoże innym kupującym.\n\n" + S1,
  ["BSM110"], "[Ważne] on a review request.")
m("reply", "html", "Re: Instrukcja – {o}",
  "<p>Dzień dobry,</p><p>instrukcję montażu regału z zamówienia {o} znajdzie Pan na stronie produktu, <a href=\"https://www.amazon.pl/dp/B0C9RKT2ZV\">kliknij tutaj</a>.</p><p>Pozdrawiamy<br>Meblarnia Wrona</p>",
  ["BSM401"], "\"kliknij tutaj\" as link text.")

# 49-50 varying
m("delivery-delay", "html", "Opóźnienie zamówienia {o}",
  "<div style=\"font-family:Georgia,serif;color:#4a3b2c;line-height:1.7;text-align:center\"><p>Dzień dobry,</p><p>wazon z zamówienia {o} wymaga jeszcze jednego wypału – wyślemy go 16.12.2026.</p><p>Ceramika u Zosi</p></div>",
  ["BSM407", "BSM408", "BSM409", "BSM411"], "Builder wrapper setting font, colour, line-height and centring.")
m("additional-information", "text", "Personalizacja – zamówienie nr {o_nh}",
  "Dzień dobry,\n\ndo zamówienia nr {o_nh} potrzebujemy jeszcze imienia do wyhaftowania na ręczniku. Prosimy o odpowiedź do piątku.\n\nHaftowane Ręczniki",
  ["BSM102"], "Order number written without hyphens only.")

LANG, LOCALE = "pl", "pl-PL"


def _oid(prefix):
    return "%s-%07d-%07d" % (prefix, _R.randint(0, 9999999), _R.randint(0, 9999999))


def _build():
    out, seen = [], set()
    for i, (t, f, s, b, e, n) in enumerate(_E, 1):
        o = _oid("556")
        while o in seen:
            o = _oid("556")
        seen.add(o)
        nh = o.replace("-", "")
        s = s.replace("{o_nh}", nh).replace("{o}", o)
        b = b.replace("{o_nh}", nh).replace("{o}", o)
        out.append({"id": "v24-%s-%03d" % (LANG, i), "language": LANG, "locale": LOCALE,
                    "type": t, "format": f, "subject": s, "body": b, "order_id": o,
                    "expected": sorted(e), "note": n})
    return out


MESSAGES = _build()
