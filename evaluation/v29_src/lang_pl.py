"""v29 blind evaluation set, Polish (pl-PL)."""

def O(n):
    a = (3141592 + n * 271829) % 9000000 + 1000000
    b = (2718281 + n * 314159) % 9000000 + 1000000
    return f"607-{a:07d}-{b:07d}"

def t(*p):
    return "\n\n".join(p)

MESSAGES = []

def m(n, typ, fmt, subj, body, exp, note, loc="pl-PL"):
    MESSAGES.append({"id": f"v29-pl-{n:03d}", "language": "pl", "locale": loc, "type": typ,
                     "format": fmt, "subject": subj, "body": body, "order_id": O(n),
                     "expected": sorted(exp), "note": note})

m(1, "delivery-delay", "text", f"Opóźnienie wysyłki – zamówienie {O(1)}", t(
    "Dzień dobry Pani Magdaleno,",
    f"niestety kurtyny lniane z zamówienia {O(1)} dotrą do nas od tkalni później, niż planowaliśmy. Nowy termin nadania to 15.12.2026, więc paczka powinna być u Pani około 17-18 grudnia.",
    "Przepraszamy za zwłokę. Jeśli termin jest dla Pani za późny, prosimy o krótką informację w tej wiadomości.",
    "Z wyrazami szacunku\nJoanna Kozieł\nLniany Kąt"), [], "Clean plain-text delivery delay with a new date.")

m(2, "delivery-delay", "html", f"Zamówienie {O(2)} – nowy termin", 
    f"<p>Szanowny Panie Tomaszu,</p><p>producent opóźnił dostawę stelaży do łóżka, które Pan zamówił (nr zamówienia <strong>{O(2)}</strong>).</p>"
    "<table><tr><td>Pierwotny termin wysyłki:</td><td>08.12.2026</td></tr><tr><td>Nowy termin wysyłki:</td><td>19.12.2026</td></tr></table>"
    "<p>Bardzo przepraszamy za kłopot.</p><p>Pozdrawiamy<br>Dział obsługi klienta<br>Meblarnia Sosnowa sp. z o.o.</p>",
    [], "Clean builder-HTML delivery delay with a table of dates.")

m(3, "order-problem", "text", f"[Ważne] Zamówienie {O(3)} – brak towaru", t(
    "Dzień dobry,",
    f"z przykrością informujemy, że ostatni czajnik Retro 1,7 l w kolorze miętowym został uszkodzony w magazynie i nie możemy go wysłać. Kwota zamówienia {O(3)} została skorygowana – 189,00 zł wraca na Pana konto w ciągu kilku dni roboczych.",
    "Przepraszamy za rozczarowanie.",
    "AGD-Punkt\nMarek Wilczyński"), [], "Clean order problem with [Ważne] and the amount adjusted.")

m(4, "additional-information", "text", f"Grawer – prośba o tekst ({O(4)})", t(
    "Cześć Kasiu,",
    f"do wykonania grawera na desce z zamówienia {O(4)} brakuje nam treści napisu. Napisz proszę, jaki tekst ma się znaleźć (max 30 znaków) i czy wolisz czcionkę pisaną czy drukowaną.",
    "Bez tego nie możemy ruszyć z realizacją.",
    "Ola z pracowni Drewniane Serce"), [], "Clean request for information needed to complete the order.")

m(5, "return-follow-up", "text", f"Zwrot – {O(5)}", t(
    "Dzień dobry Panie Piotrze,",
    f"otrzymaliśmy zgłoszenie dotyczące rysy na blacie stolika z zamówienia {O(5)}. Zamiast zwrotu całego stolika możemy zaproponować częściowy zwrot w wysokości 120,00 zł, a stolik zostaje u Pana.",
    "Jeśli ta propozycja Panu odpowiada, prosimy o potwierdzenie w odpowiedzi na tę wiadomość.",
    "Pozdrawiam serdecznie\nBeata Lis\nStudio Loft Home"), [], "Clean return follow-up offering a partial refund.")

m(6, "return-follow-up", "text", f"Pytanie do zwrotu {O(6)}", t(
    "Dzień dobry,",
    f"żeby dokończyć zwrot butów z zamówienia {O(6)}, potrzebujemy jeszcze jednej informacji: czy buty były noszone na zewnątrz, czy tylko przymierzane w domu? Od tego zależy, czy wrócą do sprzedaży.",
    "Dziękujemy i pozdrawiamy,\nzespół ButyKrok"), [], "Clean return follow-up asking for information.")

m(7, "invoice", "text", f"Faktura VAT do zamówienia {O(7)}", t(
    "Dzień dobry,",
    f"w załączeniu przesyłamy fakturę VAT nr FV/2026/12/0457 do zamówienia {O(7)}. Kwota brutto: 1 249,00 zł, w tym VAT 23%.",
    "Fakturę wystawiono na dane firmy podane przy zakupie.",
    "Elektro-Mag Krzysztof Nowak\nul. Przemysłowa 14, 61-001 Poznań\nNIP 781-234-56-78, REGON 301234567"), [], "Clean invoice with NIP, REGON and a slashed invoice number.")

m(8, "review-request", "text", f"Twoja opinia o zamówieniu {O(8)}", t(
    "Dzień dobry Pani Ewo,",
    f"minął już tydzień od dostarczenia zestawu herbat z zamówienia {O(8)}. Jeśli znajdzie Pani chwilę, będziemy wdzięczni za opinię o produkcie na Amazon – każda uwaga pomaga nam i innym kupującym.",
    "Serdeczności\nHerbaciarnia pod Lipą"), [], "Clean neutral plain-text review request.")

m(9, "review-request", "html", f"Zamówienie {O(9)} – prośba o opinię",
    "<p><img src=\"https://www.ceramikapolna.pl/img/logo-ceramika-polna.png\" alt=\"Ceramika Polna – logo\" width=\"160\"></p>"
    f"<p>Dzień dobry,</p><p>mamy nadzieję, że kubki z zamówienia {O(9)} dotarły całe. Będzie nam miło, jeśli podzieli się Pan/Pani opinią – dobrą lub krytyczną.</p>"
    f"<p><a href=\"https://www.amazon.pl/review/create-review?orderId={O(9)}\">Wystaw opinię o produkcie na Amazon.pl</a></p>"
    "<p>Pozdrawiamy<br>Ceramika Polna</p>", [], "Clean HTML review request with shop logo and descriptive https Amazon link.")

m(10, "delivery-scheduling", "text", f"Dostawa szafy – {O(10)}", t(
    "Dzień dobry,",
    f"szafa trzydrzwiowa z zamówienia {O(10)} jest gotowa do dostawy. Przewoźnik może przyjechać w czwartek 10.12.2026 w godz. 8:00–12:00 albo w piątek 11.12.2026 w godz. 14:00–18:00.",
    "Prosimy o wybór terminu w odpowiedzi. Paczka waży ok. 95 kg, dlatego dobrze, gdyby przy odbiorze był ktoś do pomocy przy wniesieniu.",
    "Pozdrawiamy\nMeble Kowalczyk"), [], "Clean delivery scheduling for a bulky item with two slots.")

m(11, "home-service-appointment", "text", f"Montaż zmywarki {O(11)} – termin", t(
    "Dzień dobry Panie Andrzeju,",
    f"w ramach usługi montażu zamówionej razem ze zmywarką ({O(11)}) nasz technik może przyjechać 14.12.2026 między 9:00 a 11:00 lub 15.12.2026 między 16:00 a 18:00.",
    "Który termin Panu pasuje?",
    "Instal-Serwis Radom\nkoordynator: Paweł Zieliński"), [], "Clean home-service appointment with dates and slots.")

m(12, "custom-design-verification", "text", f"Projekt do akceptacji – {O(12)}", t(
    "Hej!",
    f"w załączniku wysyłamy podgląd nadruku na koszulki z zamówienia {O(12)}: logo drużyny na piersi, numery na plecach, kolor nadruku biały.",
    "Sprawdź proszę pisownię nazwisk i daj znać, czy akceptujesz projekt albo co poprawić. Drukujemy dopiero po Twojej akceptacji.",
    "Michał | Nadrukownia Mazury"), [], "Clean custom design proof verification.")

m(13, "fulfillment-question", "text", f"Kod do bramy – zamówienie {O(13)}", t(
    "Dzień dobry,",
    f"kurier z przesyłką do zamówienia {O(13)} zgłosił, że nie może wejść na osiedle. Czy może Pani podać kod do bramy albo wskazać miejsce, gdzie kurier może zostawić paczkę?",
    "Numer listu przewozowego: 6290487712305, zgłoszenie reklamacyjne przewoźnika: ZG/2026/88341.",
    "Pozdrawiam\nKarolina Maj\nSklep Rowerowy Szprycha"), [], "Clean door-code question with reference numbers.")

m(14, "reply", "text", f"Re: Pytanie o rozmiar – {O(14)}", t(
    "Dzień dobry,",
    f"bluza „Nordic Wool Hoodie – Unisex Oversized Fit” z zamówienia {O(14)} jest krojona luźno, więc jeśli nosi Pan zwykle L, rozmiar M też będzie wygodny.",
    "Długość w rozmiarze M to 72 cm, w L 75 cm.",
    "Pozdrawiam\nAgnieszka\nWełniana Szafa"), [], "Clean reply quoting an English product title inside Polish sentences.")

m(15, "reply", "text", f"Re: Wiertarka nie działa ({O(15)})", t(
    "Dzień dobry Panie Grzegorzu,",
    f"przykro nam, że wiertarka z zamówienia {O(15)} przestała działać. Urządzenie ma 24 miesiące gwarancji producenta. Najszybciej zgłosi Pan naprawę bezpośrednio w serwisie producenta – infolinia gwarancyjna producenta (Makita Polska): 801 000 452.",
    "Gdyby serwis odmówił, prosimy o wiadomość, wtedy zajmiemy się tym my.",
    "Narzędziownia Gryf"), [], "Clean reply with the manufacturer's warranty hotline marked as such.")

m(16, "reply", "text", f"Re: Dane sprzedawcy – {O(16)}", t(
    "Dzień dobry,",
    f"zgodnie z prośbą podajemy pełne dane sprzedawcy do zamówienia {O(16)}. Fakturę możemy wystawić w każdej chwili po podaniu NIP nabywcy.",
    "Pozdrawiamy",
    "Zielony Parapet sp. z o.o.\nul. Ogrodowa 7/3\n80-253 Gdańsk\nNIP 584-276-11-09 | REGON 221845577 | KRS 0000712345\nSąd Rejonowy Gdańsk-Północ, VII Wydział Gospodarczy KRS"), [], "Clean reply with a company-details footer.")

m(17, "reply", "text", f"Re: Status zwrotu {O(17)}", t(
    "Dzień dobry Pani Natalio,",
    f"zwrot z zamówienia {O(17)} dotarł do nas 02.12.2026 o 13:40 (numer zwrotu RMA-55201, przesyłka InPost 682011349920178).",
    "Zwrot 349,99 zł zlecimy do 04.12.2026; pieniądze powinny być widoczne na koncie w ciągu 3–5 dni roboczych.",
    "Pozdrawiam\nDorota\nPerfumeria Aroma"), [], "Clean reply with tracking and return numbers, dates, times and amounts.")

m(18, "fulfillment-question", "text", f"Twoja paczka – {O(18)}", t(
    "Dzień dobry,",
    f"dobra wiadomość: przesyłka z zamówieniem {O(18)} opuściła dziś nasz magazyn i została przekazana kurierowi DPD.",
    "Pozdrawiamy\nKawaDom"), ["BSM201"], "Shipping confirmation: left the warehouse, handed to carrier.")

m(19, "additional-information", "text", f"Zamówienie {O(19)}", t(
    "Witamy!",
    f"Twoje zamówienie {O(19)} wpłynęło do nas i już je kompletujemy. Dbamy o to, żeby wszystko było starannie zapakowane.",
    "Ekipa Sklepu Lawendowego"), ["BSM201"], "Order confirmation: received and being prepared.")

m(20, "reply", "text", f"Dziękujemy! {O(20)}", t(
    "Dzień dobry,",
    f"bardzo dziękujemy za zakupy w naszym sklepie (zamówienie {O(20)}). Cieszymy się, że nas Pan wybrał!",
    "Serdecznie dziękujemy\nZespół Papierniczy Zakątek"), ["BSM202"], "Thanks only.")

m(21, "fulfillment-question", "text", f"Zamówienie {O(21)}", t(
    "Dzień dobry,",
    f"piszemy tylko, żeby dać znać, że w razie jakichkolwiek pytań do zamówienia {O(21)} jesteśmy do dyspozycji.",
    "Sklep Kuchenny Rondel"), ["BSM202"], "Only an offer to help if something comes up.")

m(22, "delivery-delay", "text", f"Drobne opóźnienie – {O(22)}", t(
    "Dzień dobry,",
    f"lampka z zamówienia {O(22)} wyjdzie od nas z dwudniowym opóźnieniem, najpóźniej 16.12.2026. Przepraszamy.",
    "Pozdrawiamy\nŚwietlik Studio",
    "PS. Do końca miesiąca cały asortyment taniej o 20% – warto zajrzeć do naszego sklepu."), ["BSM203"], "Permitted delay with a P.S. promoting 20% off everything.")

m(23, "review-request", "text", f"Jak się sprawdza? {O(23)}", t(
    "Cześć!",
    f"Jeśli masz chwilę, napisz opinię o plecaku z zamówienia {O(23)} na Amazon.",
    "A żeby nie przegapić naszej nowej kolekcji na wiosnę, obserwuj nas na Instagramie i zapisz się do naszego newslettera.",
    "Trail&Co"), ["BSM203"], "Review request with follow-us, newsletter and new collection.")

m(24, "review-request", "text", f"Opinia – {O(24)}", t(
    "Dzień dobry,",
    f"będziemy wdzięczni za opinię o świecach sojowych z zamówienia {O(24)}. Gdy tylko opinia pojawi się na Amazon, prześlemy Pani mały upominek w podziękowaniu.",
    "Pozdrawiamy\nWosk i Knot"), ["BSM204"], "Small gift once the review is published.")

m(25, "review-request", "text", f"Zamówienie {O(25)} – mamy propozycję", t(
    "Dzień dobry,",
    f"prosimy o wystawienie opinii o słuchawkach z zamówienia {O(25)}. Po opublikowaniu recenzji zwrócimy Panu pełną kwotę zakupu, wystarczy odpisać ze zrzutem ekranu.",
    "TechBox PL"), ["BSM204"], "Full refund as soon as the review is online.")

m(26, "reply", "text", f"Re: Opinia o zamówieniu {O(26)}", t(
    "Dzień dobry Pani Renato,",
    f"przesyłkę z zamówienia {O(26)} wysłaliśmy ponownie i według przewoźnika jest już u Pani. Skoro sprawa jest załatwiona, czy mogłaby Pani zmienić swoją jednogwiazdkową opinię albo ją usunąć?",
    "Z góry dziękujemy\nOgród Marzeń"), ["BSM205"], "Asks to update or remove a one-star review.")

m(27, "review-request", "text", f"Czy jest Pan zadowolony? {O(27)}", t(
    "Dzień dobry,",
    f"jeśli jest Pan zadowolony z grzejnika z zamówienia {O(27)}, prosimy o opinię na Amazon. Jeżeli coś jest nie tak, prosimy najpierw napisać do nas, zamiast wystawiać opinię – na pewno coś wymyślimy.",
    "Ciepły Dom"), ["BSM206"], "Review only if satisfied; unhappy buyers steered to contact the seller.")

m(28, "review-request", "html", f"Pięć gwiazdek? {O(28)}",
    f"<p>Dzień dobry,</p><p>dziękujemy za zamówienie {O(28)}. Będzie nam bardzo miło, jeśli ocenisz nasz sklep na pięć gwiazdek w opinii na Amazon.</p><p>Kosmetyki Natura Wiejska</p>",
    ["BSM206"], "Asks for a five-star rating.")

m(29, "order-problem", "text", f"Problem z zamówieniem {O(29)}", t(
    "Dzień dobry,",
    f"niestety dywanu 160×230 z zamówienia {O(29)} zabrakło na stanie. Kwota zamówienia została już skorygowana o 459,00 zł.",
    "Najszybciej będzie, jeśli sam Pan anuluje zamówienie na swoim koncie Amazon – wtedy wszystko zamknie się od ręki.",
    "Dywany Rabka"), ["BSM108"], "Adjustment stated, but advises the buyer to cancel himself.")

m(30, "order-problem", "text", f"Zamówienie {O(30)} – brak na magazynie", t(
    "Dzień dobry,",
    f"towar z zamówienia {O(30)} niestety się wyprzedał. Bylibyśmy wdzięczni, gdyby złożyła Pani prośbę o anulowanie zamówienia przez Amazon.",
    "Przepraszamy i pozdrawiamy\nSklep Zabawkowy Bączek"), ["BSM107", "BSM108"], "Polite cancellation request without any adjustment.")

m(31, "delivery-delay", "text", f"Nowy termin wysyłki {O(31)}", t(
    "Dzień dobry,",
    f"zamówienie {O(31)} wyślemy 18.12.2026, kilka dni później niż planowaliśmy. Przepraszamy.",
    "Nie chcesz dostawać od nas wiadomości? Odpisz STOP."), ["BSM305"], "Opt-out instruction: reply STOP.")

m(32, "reply", "text", f"Re: Gdzie moja paczka {O(32)}", t(
    "Dzień dobry,",
    f"ten kurwa kurier znowu zgubił paczkę z zamówienia {O(32)}. Wysyłamy drugą jutro, termin dostawy 12.12.2026.",
    "Hurtownia Śrubka"), ["BSM306"], "Polish profanity in a reply.")

m(33, "delivery-delay", "text", f"Delay for order {O(33)}", t(
    "Hello,",
    f"unfortunately your order {O(33)} will ship a few days later than expected, on 17 December 2026. We apologise for the inconvenience.",
    "Kind regards\nBursztynowy Sklep"), ["BSM104"], "Message in English to a pl-PL buyer.")

m(34, "reply", "text", f"Re: Montaż – {O(34)}", t(
    "Dzień dobry,",
    f"w sprawie montażu regału z zamówienia {O(34)} najłatwiej będzie, jeśli zadzwoni Pan do nas: 512 348 907 (pon.–pt. 8–16).",
    "Pozdrawiam\nRegały Pro"), ["BSM309"], "Seller phone number, national format.")

m(35, "additional-information", "text", f"Pytanie o adres – {O(35)}", t(
    "Dzień dobry,",
    f"adres dostawy w zamówieniu {O(35)} jest niepełny (brak numeru mieszkania). Prosimy o uzupełnienie w odpowiedzi albo telefon: +48 22 614 03 88.",
    "Ekspres Druk"), ["BSM309"], "Seller phone number, international format.")

m(36, "reply", "text", f"Re: Reklamacja {O(36)}", t(
    "Dzień dobry,",
    f"zdjęcia uszkodzonego kubka z zamówienia {O(36)} prosimy przesłać na adres reklamacje@porcelanka-sklep.pl, odeślemy nowy.",
    "Porcelanka"), ["BSM308"], "Plain e-mail address.")

m(37, "reply", "text", f"Re: Faktura – {O(37)}", t(
    "Dzień dobry,",
    f"dane do faktury do zamówienia {O(37)} prosimy wysłać na biuro małpa zlotyklucz kropka pl.",
    "Złoty Klucz – dorabianie kluczy"), ["BSM308"], "Obfuscated e-mail address with 'małpa' and 'kropka'.")

m(38, "reply", "html", f"Re: Rozmiar rękawic {O(38)}",
    f"<p>Dzień dobry,</p><p>do zamówienia {O(38)}: rozmiar dobierze Pan łatwo według naszej <a href=\"https://www.rekawicznik.pl/tabela-rozmiarow\">tabeli rozmiarów rękawic na stronie Rękawicznik.pl</a>.</p><p>Pozdrawiamy<br>Rękawicznik</p>",
    ["BSM302"], "https link with descriptive text to the seller's own site.")

m(39, "reply", "html", f"Re: Instrukcja – {O(39)}",
    f"<p>Dzień dobry,</p><p>instrukcja do ekspresu z zamówienia {O(39)} jest dostępna na <a href=\"http://www.amazon.pl/dp/B0C7KX2P41\">stronie produktu na Amazon.pl</a> w sekcji dokumentów.</p><p>KawoMania</p>",
    ["BSM301"], "Insecure http link to Amazon with descriptive text.")

m(40, "delivery-delay", "html", f"Opóźnienie {O(40)}",
    f"<p>Dzień dobry,</p><p>poduszka z zamówienia {O(40)} wyjdzie do Pani 14.12.2026, z tygodniowym opóźnieniem.</p>"
    "<p><img src=\"https://www.lnianyswiat.pl/produkty/poduszka-lniana-szara-50x50.jpg\" alt=\"Zamówiona poduszka lniana szara 50×50\" width=\"300\"></p><p>Lniany Świat</p>",
    ["BSM310"], "Photo of the purchased product.")

m(41, "review-request", "html", f"Opinia – {O(41)}",
    f"<p>Dzień dobry,</p><p>jeśli znajdzie Pan chwilę, prosimy o opinię o zamówieniu {O(41)} na Amazon.</p>"
    "<p><img src=\"https://www.sklepmorski.pl/img/plaza-zachod-slonca.jpg\" alt=\"Plaża nad Bałtykiem o zachodzie słońca\" width=\"400\"></p><p>Sklep Morski</p>",
    ["BSM311"], "Unrelated stock image of a beach.")

m(42, "delivery-delay", "html", f"Zamówienie {O(42)} – przesunięcie wysyłki",
    "<p><img src=\"https://www.pasiekabartnik.pl/logo-pasieka-bartnik.png\" alt=\"\" width=\"140\"></p>"
    f"<p>Dzień dobry,</p><p>miód spadziowy z zamówienia {O(42)} wyślemy 21.12.2026 – czekamy na badania laboratoryjne partii.</p><p>Pasieka Bartnik</p>",
    ["BSM402"], "Shop logo with empty alt.")

m(43, "additional-information", "text", f"Kolor ramki? {O(43)}", t(
    "Cześć!",
    f"Do zamówienia {O(43)} potrzebujemy jeszcze wybranego koloru ramki: dąb, czarna czy biała? 🙂",
    "Fotoramki Ania"), ["BSM403"], "Emoji in text.")

m(44, "reply", "text", f"Re: Zmiana adresu {O(44)}", t(
    "Dzień dobry,",
    f"adres w zamówieniu {O(44)} niestety nie może już zostać zmieniony po naszej stronie, ale przewoźnik pozwala przekierować paczkę w swojej aplikacji :)",
    "Sklep Puzzlomania"), ["BSM403"], "Text emoticon.")

m(45, "delivery-delay", "html", f"Opóźnienie zamówienia {O(45)}",
    "<style>h1{font-size:26px} h2{font-size:19px} p{font-size:15px} .drobny{font-size:11px}</style>"
    f"<h1>Zmiana terminu</h1><h2>Zamówienie {O(45)}</h2><p>Dzień dobry, kalendarze z Pani zamówienia wyślemy 11.12.2026 zamiast 07.12.2026.</p><p class=\"drobny\">Drukarnia Kalendarzowa s.c.</p>",
    ["BSM410"], "Four explicit font sizes in a style block.")

m(46, "delivery-scheduling", "text", f"Termin dostawy kanapy {O(46)}",
    f"Dzień dobry,\n\nkanapę z zamówienia {O(46)} możemy dowieźć 16.12.2026 (8–14) lub 17.12.2026 (12–18).\n\n\n\nProsimy o wybór terminu.\n\n\nPozdrawiamy\nSofa-Trans",
    ["BSM412"], "Runs of blank lines in plain text.")

m(47, "reply", "text", f"[Ważne] Re: Pytanie o gwarancję {O(47)}", t(
    "Dzień dobry,",
    f"sprzedawany przez nas odkurzacz (zamówienie {O(47)}) ma 2 lata gwarancji; dokument gwarancyjny jest w pudełku.",
    "Pozdrawiam\nAGD Centrum Lublin"), ["BSM110"], "[Ważne] on a reply.")

m(48, "review-request", "html", f"Opinia o zamówieniu {O(48)}",
    f"<p>Dzień dobry,</p><p>jeżeli chce Pani podzielić się wrażeniami z zamówienia {O(48)}, opinię można wystawić <a href=\"https://www.amazon.pl/review/create-review\">tutaj</a>.</p><p>Mydlarnia Leśna</p>",
    ["BSM401"], "Non-descriptive link text 'tutaj'.")

m(49, "delivery-delay", "text", "Opóźnienie wysyłki Twojego zamówienia", t(
    "Dzień dobry,",
    f"zamówienie nr {O(49).replace('-', '')} wyślemy dopiero 20.12.2026, bo dostawca spóźnia się z tkaninami.",
    "Przepraszamy\nSzwalnia Igiełka"), ["BSM102"], "Order number written without hyphens only.")

m(50, "delivery-delay", "html", f"Nowy termin – {O(50)}",
    f"<p>Dzień dobry,</p><p>wysyłka zamówienia {O(50)} przesuwa się na 15.12.2026. Przepraszamy za opóźnienie.</p><p>Galanteria Skórzana Rzemień</p>"
    "<img src=\"https://mail.rzemien-sklep.pl/open.gif?uid=88213&amp;m=delay\" width=\"1\" height=\"1\" alt=\"\">",
    ["BSM307", "BSM402"], "Tracking pixel with empty alt.")
