# -*- coding: utf-8 -*-
"""v12 blind evaluation set: Polish (pl-PL)."""

LANG = "pl"
LOC = "pl-PL"


def oid(n):
    mid = (n * 1234567 + 2345671) % 9000000 + 1000000
    end = (n * 7654321 + 1357913) % 9000000 + 1000000
    return "436-%07d-%07d" % (mid, end)


MESSAGES = []


def M(n, typ, fmt, subject, body, expected, note, order=None):
    MESSAGES.append({
        "id": "v12-pl-%03d" % n,
        "language": LANG,
        "locale": LOC,
        "type": typ,
        "format": fmt,
        "subject": subject,
        "body": body,
        "order_id": order or oid(n),
        "expected": sorted(expected),
        "note": note,
    })


O = {n: oid(n) for n in range(1, 51)}

# ---------------------------------------------------------------- clean (17)
M(1, "delivery-delay", "text",
  f"Zmiana terminu wysyłki – zamówienie {O[1]}",
  f"Dzień dobry Pani Agnieszko,\n\n"
  f"piszę w sprawie zamówienia {O[1]} (komplet pościeli lnianej 160×200, kolor szałwiowy). "
  "Tkanina od naszego dostawcy z Żyrardowa dotarła z tygodniowym poślizgiem, dlatego komplet "
  "wyślemy najpóźniej 15.12.2026, a nie 9.12.2026, jak podawaliśmy przy ofercie.\n\n"
  "Przepraszam za to przesunięcie. Gdyby coś jeszcze się zmieniło, od razu dam znać.\n\n"
  "Serdecznie pozdrawiam\nMarta Wiśniewska\nLniana Pracownia, Poznań",
  [], "Plain-text delivery delay with a new ship date, clean.")

M(2, "delivery-delay", "html",
  f"Zamówienie {O[2]}: nowy przewidywany termin nadania",
  "<table><tr><td>"
  "<p>Szanowny Panie Tomaszu,</p>"
  f"<p>kolejka drewniana „Parowozik Bolek”, którą zamówił Pan w ramach zamówienia <b>{O[2]}</b>, "
  "jest jeszcze w lakierni. Przy tej partii schnięcie lakieru trwa dłużej, niż zakładaliśmy.</p>"
  "<p>Nowy przewidywany termin nadania: <b>poniedziałek, 14 grudnia 2026</b>. "
  "Do świąt zabawka powinna zdążyć z zapasem.</p>"
  "<p>Za opóźnienie bardzo przepraszamy.</p>"
  "<p>Łukasz Kruk<br>Drewniane Zabawki Kruk<br><small>Nowy Targ</small></p>"
  "</td></tr></table>",
  [], "Builder-style HTML table announcing a later ship date, no styling, clean.")

M(3, "order-problem", "text",
  f"[Ważne] Zamówienie {O[3]} – nie możemy go zrealizować",
  "Dzień dobry,\n\n"
  f"niestety ekspres przelewowy Kafeo Classic 1,5 l z zamówienia {O[3]} okazał się niedostępny – "
  "ostatnia sztuka uległa uszkodzeniu przy inwentaryzacji, a producent nie planuje kolejnej dostawy.\n\n"
  "Kwotę zamówienia skorygowaliśmy już w całości (powód korekty: brak towaru na stanie). "
  "Zwrot 219,00 zł zobaczy Pan na swojej metodzie płatności w ciągu kilku dni roboczych.\n\n"
  "Przykro nam, że tym razem się nie udało.\n\n"
  "Zespół sklepu Kafeo – obsługa zamówień Amazon",
  [], "Order problem confirming full amount adjusted for no stock, with [Ważne] tag (allowed).")

M(4, "additional-information", "text",
  f"Brakuje numeru mieszkania – {O[4]}",
  "Dzień dobry Pani Ewo,\n\n"
  f"zanim zamówimy transport regału z zamówienia {O[4]}, musimy uzupełnić adres. W adresie dostawy (ul. Kasprzaka 7, 01-211 Warszawa) "
  "nie ma numeru mieszkania ani piętra, a kurier z paletą musi wiedzieć, dokąd wnieść przesyłkę.\n\n"
  "Czy może Pani odpisać z numerem lokalu i piętrem? Wystarczy krótka odpowiedź w tej wiadomości.\n\n"
  "Dziękuję i pozdrawiam,\nKrzysztof Zając\nMebleLoft",
  [], "Asks for the missing flat number needed to deliver, clean.")

M(5, "return-follow-up", "text",
  f"Re: zwrot – zamówienie {O[5]}",
  "Dzień dobry Panie Piotrze,\n\n"
  f"dziękujemy za zdjęcia lampy z zamówienia {O[5]}. Rysa na podstawie jest rzeczywiście widoczna, "
  "ale sama lampa działa bez zarzutu.\n\n"
  "Zamiast odsyłać paczkę, możemy zaproponować częściowy zwrot w wysokości 60,00 zł (ok. 30% ceny), "
  "a lampa zostaje u Pana. Jeżeli woli Pan jednak pełny zwrot, oczywiście go przyjmiemy – proszę tylko "
  "dać znać, którą opcję Pan wybiera.\n\n"
  "Z pozdrowieniami\nAnna Lis, dział reklamacji\nLumenia",
  [], "Return follow-up offering a partial refund, clean.")

M(6, "return-follow-up", "text",
  f"Pytanie do zwrotu {O[6]}",
  "Dzień dobry,\n\n"
  f"w zamówieniu {O[6]} były dwie pary butów trekkingowych (rozm. 41 i 42), a zgłoszenie zwrotu "
  "dotyczy jednej pary. Żebyśmy mogli dokończyć zwrot, prosimy o informację, którą parę Pani odsyła "
  "i czy w paczce będzie oryginalne pudełko.\n\n"
  "Pozdrawiamy\nSklep Górski Szlak",
  [], "Return follow-up asking which item is coming back, clean.")

M(7, "invoice", "text",
  f"Faktura VAT FV/2026/12/0457 do zamówienia {O[7]}",
  "Dzień dobry,\n\n"
  f"w załączniku przesyłamy fakturę VAT nr FV/2026/12/0457 do zamówienia {O[7]}, wystawioną na dane "
  "firmy podane przy zakupie. Kwota brutto: 1 349,00 zł, w tym VAT 23%: 252,26 zł.\n\n"
  "Pozdrawiamy\nDział księgowości\n"
  "Biuromax sp. z o.o.\nul. Ogrodowa 14/3, 61-821 Poznań\n"
  "NIP 778-142-55-30, REGON 301234567, KRS 0000412345",
  [], "Invoice with NIP/REGON/KRS and slashed invoice number, clean.")

M(8, "review-request", "text",
  f"Jak sprawdza się czajnik? Zamówienie {O[8]}",
  "Dzień dobry Pani Katarzyno,\n\n"
  f"czajnik z zamówienia {O[8]} jest u Pani od kilku dni. Jeżeli znajdzie Pani chwilę, prosimy o "
  "wystawienie recenzji produktu na Amazon – napisanej tak, jak Pani go ocenia. Takie opinie pomagają "
  "innym kupującym wybrać, a nam pokazują, co poprawić.\n\n"
  "Dziękujemy\nRafał i Iza z Domowej Kuchni",
  [], "Neutral plain-text review request, clean.")

M(9, "review-request", "html",
  f"Prośba o opinię – zamówienie {O[9]}",
  '<p><img src="https://img.herbaciarnia-czajnik.pl/mail/logo-herbaciarnia-czajnik.png" '
  'alt="Herbaciarnia Czajnik – logo" width="160" height="60"></p>'
  "<p>Dzień dobry,</p>"
  f"<p>mamy nadzieję, że herbata z zamówienia {O[9]} już się parzy. Będziemy wdzięczni za Pana opinię "
  "o produkcie – każdą, także krytyczną.</p>"
  '<p><a href="https://www.amazon.pl/review/review-your-purchases">Wystaw recenzję swojego zakupu na Amazon.pl</a></p>'
  "<p>Pozdrawiamy<br>Herbaciarnia Czajnik</p>",
  [], "HTML review request with shop logo (alt names shop) and descriptive https Amazon link, clean.")

M(10, "delivery-scheduling", "text",
  f"Umówienie dostawy szafy – {O[10]}",
  "Dzień dobry Panie Marku,\n\n"
  f"szafa przesuwna z zamówienia {O[10]} waży z opakowaniem 118 kg i przyjedzie transportem paletowym "
  "z wniesieniem. Przewoźnik proponuje następujące okna:\n"
  "- wtorek 15.12.2026, 8:00–12:00\n"
  "- środa 16.12.2026, 12:00–16:00\n"
  "- piątek 18.12.2026, 16:00–20:00\n\n"
  "Proszę wybrać jeden termin w odpowiedzi. Czy w budynku jest winda?\n\n"
  "Pozdrawiam\nJoanna Mazur\nMeble Mazur s.c.",
  [], "Scheduling delivery of a heavy wardrobe with time slots, clean.")

M(11, "home-service-appointment", "text",
  f"Termin montażu płyty indukcyjnej, zamówienie {O[11]}",
  "Dzień dobry,\n\n"
  f"do zamówienia {O[11]} została dokupiona usługa montażu płyty indukcyjnej. Nasz instalator, "
  "pan Grzegorz, może przyjechać w czwartek 17 grudnia między 9:00 a 11:00 albo w sobotę 19 grudnia "
  "między 10:00 a 12:00.\n\n"
  "Który termin będzie dla Pani wygodniejszy? Prosimy też o potwierdzenie, że przyłącze 400 V jest już "
  "doprowadzone do blatu.\n\n"
  "Pozdrawiamy\nInstalTech – usługi montażowe",
  [], "Home-service appointment with two slots, clean.")

M(12, "custom-design-verification", "text",
  f"Projekt grawerunku do akceptacji – {O[12]}",
  "Dzień dobry Pani Haniu,\n\n"
  f"w załączniku wysyłam podgląd grawerunku na deskę do krojenia z zamówienia {O[12]}: napis "
  "„Kuchnia Babci Hani”, pod nim gałązka rozmarynu, czcionka szeryfowa, wysokość liter 18 mm.\n\n"
  "Proszę sprawdzić pisownię i układ. Jeśli wszystko się zgadza, wystarczy odpisać „akceptuję”, "
  "a jeśli coś zmienić – proszę napisać co. Grawerujemy dopiero po Pani akceptacji.\n\n"
  "Pozdrowienia z pracowni\nBartek\nGrawerownia Dąb",
  [], "Design proof for an engraving awaiting approval, clean.")

M(13, "fulfillment-question", "text",
  f"Kod do bramy – {O[13]}, zlecenie TR/558/12/2026",
  "Dzień dobry,\n\n"
  f"zanim przekażemy zamówienie {O[13]} przewoźnikowi, potrzebujemy kodu do bramy i domofonu na osiedle "
  "przy ul. Lipowej 22B. Kierowca z poprzednią dostawą (zlecenie TR/558/12/2026, ref. magazynowa "
  "MG-20481) nie mógł wjechać na teren.\n\n"
  "Prosimy o podanie kodu w odpowiedzi – użyjemy go tylko do tej dostawy.\n\n"
  "Pozdrawiamy\nLogistyka Ogród i Dom",
  [], "Door/gate code question with reference numbers, clean.")

M(14, "reply", "text",
  f"Re: Pytanie o kocyk obciążeniowy ({O[14]})",
  "Dzień dobry Pani Magdo,\n\n"
  "„Nordic Comfort Weighted Blanket 7 kg” to model dla dorosłych i nastolatków od ok. 60 kg. "
  "Dla syna ważącego 35 kg lepiej sprawdzi się wersja 4 kg – ma te same wymiary poszewki. "
  f"Jeżeli zechce Pani wymienić kocyk z zamówienia {O[14]}, proszę napisać, a przygotujemy wymianę.\n\n"
  "Pozdrawiam\nOlga Nowicka\nSen i Spokój",
  [], "Reply quoting an English product title inside Polish sentences, clean.")

M(15, "reply", "text",
  f"Re: Ekspres nie spienia mleka – {O[15]}",
  "Dzień dobry Panie Adamie,\n\n"
  f"przykro nam, że spieniacz w ekspresie z zamówienia {O[15]} przestał działać. Urządzenie jest "
  "objęte 24-miesięczną gwarancją producenta, a naprawy gwarancyjne prowadzi bezpośrednio serwis marki.\n\n"
  "Infolinia gwarancyjna producenta Termix (serwis gwarancyjny): 22 487 65 43, pn.–pt. 8:00–16:00.\n\n"
  "Przed rozmową warto mieć pod ręką numer seryjny z tabliczki na spodzie ekspresu.\n\n"
  "Pozdrawiamy\nSklep AGD Ratajczak",
  [], "Reply giving the manufacturer's warranty hotline, marked as such (BSM309 exception), clean.")

M(16, "reply", "text",
  f"Re: dane sprzedawcy do faktury, zamówienie {O[16]}",
  "Szanowna Pani,\n\n"
  f"potwierdzam, że sprzedawcą w zamówieniu {O[16]} jest spółka wskazana poniżej. Fakturę korygującą "
  "z poprawionym adresem nabywcy wystawimy w ciągu dwóch dni roboczych.\n\n"
  "Z poważaniem\nDorota Kamińska\nSpecjalistka ds. rozliczeń\n\n"
  "Ekoprint Polska sp. z o.o.\nul. Fabryczna 8, 90-344 Łódź\n"
  "Sąd Rejonowy dla Łodzi-Śródmieścia, XX Wydział Gospodarczy KRS, KRS 0000654321\n"
  "NIP 725-198-34-12, REGON 368451290, kapitał zakładowy 50 000,00 zł",
  [], "Reply with a full Polish company-details footer, clean.")

M(17, "reply", "text",
  f"Re: Kiedy zwrot pieniędzy? ({O[17]})",
  "Dzień dobry,\n\n"
  f"Pani zwrot do zamówienia {O[17]} (RMA-2026/1187) dotarł do nas 03.12.2026 o 10:42, przesyłka "
  "zwrotna nr 6209 8811 2034 5567 0012. Towar sprawdziliśmy 04.12 i tego samego dnia zleciliśmy "
  "zwrot 249,90 zł (w tym 14,99 zł za pierwotną dostawę). Środki powinny być widoczne do 10.12.2026.\n\n"
  "Pozdrawiamy\nZespół obsługi klienta SportPlus",
  [], "Reply with return and parcel numbers, dates, times and amounts, clean.")

# ---------------------------------------------------------------- violations (31)
M(18, "fulfillment-question", "text",
  f"Twoja paczka {O[18]} jest w drodze",
  "Cześć!\n\n"
  f"Dobra wiadomość – paczka z zamówieniem {O[18]} wyjechała dziś rano z naszego magazynu w Sosnowcu "
  "i jest już u kuriera DPD. Zwykle dociera w 1–2 dni robocze.\n\n"
  "Ekipa Skarpetkowo",
  ["BSM201"], "Shipment confirmation paraphrased as 'left our warehouse, with the courier'.")

M(19, "fulfillment-question", "text",
  f"Zamówienie {O[19]} – mamy je!",
  "Dzień dobry Panie Jakubie,\n\n"
  f"Pana zamówienie {O[19]} wpłynęło do nas prawidłowo. Właśnie kompletujemy towar i starannie go "
  "pakujemy.\n\n"
  "Pozdrawiamy\nZielarnia pod Lipą",
  ["BSM201"], "Order received / being packed confirmation.")

M(20, "fulfillment-question", "text",
  f"Dziękujemy! ({O[20]})",
  "Dzień dobry,\n\n"
  f"ogromnie dziękujemy, że zdecydowała się Pani na zakupy w naszym sklepie (zamówienie {O[20]}). "
  "To dla nas naprawdę wiele znaczy.\n\n"
  "Serdeczności\nPracownia Ceramiki Glina i Ogień",
  ["BSM202"], "Thanks only, nothing else.")

M(21, "fulfillment-question", "text",
  f"Jesteśmy do dyspozycji – {O[21]}",
  "Dzień dobry,\n\n"
  f"gdyby przy zamówieniu {O[21]} pojawiły się jakiekolwiek wątpliwości czy kłopoty, wystarczy do nas "
  "napisać – chętnie pomożemy.\n\n"
  "Zespół Rowerowo",
  ["BSM202"], "Only 'we are here if anything comes up'.")

M(22, "delivery-delay", "text",
  f"Drobne opóźnienie – {O[22]}",
  "Dzień dobry,\n\n"
  f"zamówienie {O[22]} (zestaw pędzli do akwareli) wyślemy 2 dni później, niż podawaliśmy, czyli "
  "11.12.2026. Czekamy na dostawę etui od producenta.\n\n"
  "Przepraszamy i pozdrawiamy\nArtPędzel\n\n"
  "PS Do końca miesiąca cały asortyment sklepu tańszy o 20% – wystarczy przy kolejnym zakupie "
  "wpisać kod ZIMA20.",
  ["BSM203"], "Otherwise valid delay with a P.S. offering 20% off the whole range.")

M(23, "review-request", "text",
  f"Zamówienie {O[23]} – podzielisz się opinią?",
  "Hej!\n\n"
  f"Mamy nadzieję, że plecak z zamówienia {O[23]} dobrze się nosi. Jeśli masz chwilę, napisz o nim "
  "recenzję na Amazonie – szczerze, tak jak jest.\n\n"
  "A skoro już tu jesteśmy: w styczniu startuje nasza nowa kolekcja plecaków miejskich. Zaobserwuj nas "
  "na Instagramie (profil UrbanPack Polska) i zapisz się do newslettera, żeby niczego nie przegapić.\n\n"
  "Ekipa UrbanPack",
  ["BSM203"], "Review request plus follow-us, newsletter and new-collection promotion.")

M(24, "review-request", "text",
  f"Mały prezent za opinię – {O[24]}",
  "Dzień dobry Pani Justyno,\n\n"
  f"będziemy wdzięczni za recenzję świecy sojowej z zamówienia {O[24]}. Gdy tylko Pani opinia pojawi się "
  "na Amazon, prosimy o krótką wiadomość – w podziękowaniu wyślemy drobny upominek od naszej manufaktury.\n\n"
  "Pozdrawiamy\nŚwiece Jaśminowe",
  ["BSM204"], "Small gift once the review is published.")

M(25, "review-request", "text",
  f"Zamówienie {O[25]} – zwrot kosztów",
  "Dzień dobry,\n\n"
  f"mamy dla Pana propozycję: proszę wystawić recenzję słuchawek z zamówienia {O[25]}, a po jej "
  "opublikowaniu oddamy całą zapłaconą kwotę na Pana konto. Słuchawki oczywiście zostają u Pana.\n\n"
  "Zespół SoundBox",
  ["BSM204"], "Full refund once the review is online.")

M(26, "reply", "text",
  f"Re: reklamacja blendera {O[26]}",
  "Dzień dobry Pani Renato,\n\n"
  f"wymianę blendera z zamówienia {O[26]} już uzgodniliśmy, więc sprawę uważamy za wyjaśnioną. "
  "Mamy w związku z tym prośbę: czy mogłaby Pani zaktualizować swoją jednogwiazdkową opinię albo ją "
  "usunąć? Obecna treść nie oddaje już sytuacji.\n\n"
  "Z wyrazami szacunku\nMikser24",
  ["BSM205"], "Asks to update or remove a one-star review.")

M(27, "review-request", "text",
  f"Jak Ci się podoba mata? ({O[27]})",
  "Dzień dobry,\n\n"
  f"jeśli mata do jogi z zamówienia {O[27]} spełniła Twoje oczekiwania, będziemy wdzięczni za recenzję "
  "na Amazon. A jeżeli coś poszło nie tak – zanim cokolwiek napiszesz publicznie, odezwij się najpierw "
  "do nas, na pewno to naprawimy.\n\n"
  "Namaste\nJogaDom",
  ["BSM206"], "Review only if satisfied, unhappy buyers steered to contact the seller instead.")

M(28, "review-request", "text",
  f"Twoja opinia o zamówieniu {O[28]}",
  "Dzień dobry Panie Wojciechu,\n\n"
  f"dziękujemy za zakup lutownicy (zamówienie {O[28]}). Jesteśmy małą firmą i każda ocena ma dla nas "
  "znaczenie – pięć gwiazdek na Amazon bardzo by nam pomogło.\n\n"
  "Pozdrawiamy\nElektroWarsztat",
  ["BSM206"], "Asks for a five-star rating.")

M(29, "delivery-delay", "text",
  f"Opóźnienie dostawy {O[29]}",
  "Dzień dobry,\n\n"
  f"sprzedały nam się wszystkie lampki choinkowe LED 200 z zamówienia {O[29]}, a kolejna dostawa dopiero "
  "w połowie stycznia. Skoro i tak nie zdążą na święta, najszybciej będzie, jeśli sama Pani anuluje "
  "zamówienie w swoim koncie Amazon – pieniądze wrócą od razu.\n\n"
  "Przepraszamy\nŚwiatełkowo",
  ["BSM108"], "Out of stock: advises the buyer to cancel herself.")

M(30, "order-problem", "text",
  f"Problem z zamówieniem {O[30]}",
  "Dzień dobry,\n\n"
  f"niestety w magazynie zabrakło fotelika rowerowego, który Pan zamówił ({O[30]}). Bylibyśmy wdzięczni, "
  "gdyby złożył Pan prośbę o anulowanie zamówienia – to najprostsze rozwiązanie dla obu stron.\n\n"
  "Pozdrawiamy\nVeloKids",
  ["BSM107", "BSM108"], "Order problem asking for a cancellation request, no adjustment confirmed.")

M(31, "delivery-delay", "text",
  f"Zamówienie {O[31]} – nowy termin",
  "Dzień dobry,\n\n"
  f"zamówienie {O[31]} (filtr do oczyszczacza) nadamy 16.12.2026 zamiast 10.12.2026 – producent "
  "opóźnił dostawę.\n\n"
  "Pozdrawiamy\nCzystePowietrze\n\n"
  "Nie chcesz dostawać od nas takich wiadomości? Odpisz STOP, a wypiszemy Cię z listy.",
  ["BSM305"], "Delay notice with a 'reply STOP' opt-out instruction.")

M(32, "reply", "text",
  f"Re: gdzie jest moja paczka?! {O[32]}",
  "Dzień dobry,\n\n"
  f"rozumiem Pana złość. Ta pieprzona firma kurierska znowu zgubiła przesyłkę z zamówienia {O[32]}. "
  "Zgłosiliśmy już reklamację u przewoźnika i jeszcze dziś dam znać, co dalej.\n\n"
  "Pozdrawiam\nMaciek, Sklep Wędkarski Okoń",
  ["BSM306"], "Reply containing Polish profanity.")

M(33, "delivery-delay", "text",
  f"Order {O[33]} – shipping delay",
  "Hello,\n\n"
  f"we are sorry to let you know that order {O[33]} will ship on 14 December instead of 9 December, "
  "because the fabric arrived late from our supplier.\n\n"
  "Kind regards,\nHome Textiles Europe",
  ["BSM104"], "Message entirely in English sent to a pl-PL buyer.")

M(34, "additional-information", "text",
  f"Rozmiar obrączki – zamówienie {O[34]}",
  "Dzień dobry,\n\n"
  f"do zamówienia {O[34]} potrzebujemy jeszcze rozmiaru obrączki dla drugiej osoby. Najprościej "
  "będzie, jeśli zadzwoni Pani do pracowni: 512 345 678 (codziennie 10–18).\n\n"
  "Pozdrawiam\nZłotnik Kowalczyk",
  ["BSM309"], "Seller's mobile number in national format.")

M(35, "delivery-scheduling", "text",
  f"Dostawa sofy {O[35]}",
  "Dzień dobry,\n\n"
  f"sofę z zamówienia {O[35]} możemy dostarczyć 17 lub 18 grudnia w godz. 10:00–14:00. Proszę wybrać dzień "
  "w odpowiedzi albo skontaktować się z naszym biurem obsługi pod numerem +48 61 852 44 10.\n\n"
  "Pozdrawiamy\nSofaDesign",
  ["BSM309"], "Seller's office number in international format.")

M(36, "return-follow-up", "text",
  f"Zwrot {O[36]} – potrzebne zdjęcie",
  "Dzień dobry,\n\n"
  f"żeby dokończyć zwrot do zamówienia {O[36]}, potrzebujemy zdjęcia uszkodzonego narożnika. Proszę je "
  "przesłać na adres reklamacje@meblik-sklep.pl.\n\n"
  "Pozdrawiamy\nMeblik",
  ["BSM308"], "Plain e-mail address in a return follow-up.")

M(37, "reply", "text",
  f"Re: instrukcja montażu ({O[37]})",
  "Dzień dobry,\n\n"
  f"instrukcję w PDF do karnisza z zamówienia {O[37]} chętnie podeślemy. Proszę napisać do nas na: "
  "pomoc [małpa] karniszeplus [kropka] pl – odpowiemy jeszcze dziś.\n\n"
  "Pozdrawiamy\nKarnisze Plus",
  ["BSM308"], "E-mail address obfuscated with 'małpa' and 'kropka'.")

M(38, "reply", "html",
  f"Re: Który rozmiar wybrać? {O[38]}",
  "<p>Dzień dobry,</p>"
  f"<p>kurtka z zamówienia {O[38]} jest skrojona raczej wąsko. Dokładne wymiary każdego rozmiaru "
  'zebraliśmy w tabeli: <a href="https://www.northwear.pl/tabela-rozmiarow">tabela rozmiarów kurtek NorthWear</a>.</p>'
  "<p>Pozdrawiamy<br>NorthWear</p>",
  ["BSM302"], "https link with descriptive text to the seller's own website.")

M(39, "fulfillment-question", "html",
  f"Adres dostawy do zamówienia {O[39]}",
  "<p>Dzień dobry,</p>"
  f"<p>przy zamówieniu {O[39]} kod pocztowy nie pasuje do miejscowości. Prosimy poprawić adres na stronie "
  '<a href="http://www.amazon.pl/gp/css/order-history">Twoje zamówienia w Amazon.pl</a> albo odpisać z poprawnym kodem.</p>'
  "<p>Pozdrawiamy<br>Akwarystyka Rafa</p>",
  ["BSM301"], "Descriptive link to Amazon over plain http.")

M(40, "delivery-delay", "html",
  f"Kubki z zamówienia {O[40]} – nowy termin",
  "<p>Dzień dobry,</p>"
  f"<p>kubki z zamówienia {O[40]} jeszcze się wypalają w piecu, wyślemy je 12.12.2026.</p>"
  '<p><img src="https://cdn.ceramikamaki.pl/produkty/kubek-maki-zielony-350ml.jpg" '
  'alt="Kubek ceramiczny Maki, zielony, 350 ml" width="300" height="300"></p>'
  "<p>Pozdrawiamy<br>Ceramika Maki</p>",
  ["BSM310"], "Image of the purchased mug in a delay message.")

M(41, "delivery-delay", "html",
  f"Zamówienie {O[41]} – kilka dni dłużej",
  '<p><img src="https://cdn.ksiegarnia-strona.pl/mail/choinka-zima.jpg" alt="Choinka w zimowym lesie" width="400" height="250"></p>'
  "<p>Dzień dobry,</p>"
  f"<p>książki z zamówienia {O[41]} wyślemy 15 grudnia, bo jeden tytuł dojedzie od wydawcy z opóźnieniem.</p>"
  "<p>Pozdrawiamy<br>Księgarnia Strona</p>",
  ["BSM311"], "Stock Christmas-tree image unrelated to the shop.")

M(42, "delivery-delay", "html",
  f"Nowa data wysyłki, zamówienie {O[42]}",
  '<p><img src="https://cdn.pasieka-zloty-ul.pl/logo-pasieka-zloty-ul.png" width="150" height="60"></p>'
  "<p>Dzień dobry,</p>"
  f"<p>miód z zamówienia {O[42]} wyślemy 11.12.2026 – czekamy na nowe słoiki.</p>"
  "<p>Pozdrawiamy<br>Pasieka Złoty Ul</p>",
  ["BSM402"], "Shop logo without alt text.")

M(43, "review-request", "text",
  f"Jak smakuje kawa? {O[43]} ☕",
  "Cześć!\n\n"
  f"Kawa z zamówienia {O[43]} powinna być już u Ciebie. Będzie nam miło, jeśli napiszesz o niej "
  "recenzję na Amazonie 😊\n\n"
  "Palarnia Ziarenko",
  ["BSM403"], "Emoji in subject and body.")

M(44, "delivery-delay", "text",
  f"Zamówienie {O[44]} – poślizg",
  "Hej,\n\n"
  f"puzzle z zamówienia {O[44]} wyślemy dopiero w poniedziałek 14.12, bo drukarnia się spóźnia. "
  "Trzymamy kciuki, żeby już nic nie wypadło ;-)\n\n"
  "Puzzlownia",
  ["BSM403"], "Text emoticon ;-) in a delay message.")

M(45, "delivery-delay", "html",
  f"Zamówienie {O[45]}: wysyłka 16.12.2026",
  "<style>h1{font-size:24px} h2{font-size:19px} p{font-size:15px} .drobny{font-size:11px}</style>"
  "<h1>Zmiana terminu wysyłki</h1>"
  f"<h2>Zamówienie {O[45]}</h2>"
  "<p>Dzień dobry, zestaw garnków wyślemy 16.12.2026 zamiast 11.12.2026. Przepraszamy za opóźnienie.</p>"
  '<p class="drobny">Garnkownia sp. z o.o., ul. Przemysłowa 3, 43-300 Bielsko-Biała</p>',
  ["BSM410"], "Style block setting four distinct font sizes.")

M(46, "additional-information", "text",
  f"Napis na torcie – {O[46]}",
  "Dzień dobry,\n\n"
  f"do zamówienia {O[46]} (figurka na tort) brakuje imienia, które mamy wyciąć.\n\n\n"
  "Prosimy o odpowiedź do piątku.\n\n\n"
  "Pozdrawiamy\nTortowe Ozdoby",
  ["BSM412"], "Plain text with two blank lines in a row, twice.")

M(47, "invoice", "text",
  f"[Ważne] Faktura do zamówienia {O[47]}",
  "Dzień dobry,\n\n"
  f"w załączniku faktura nr 2026/12/188/A do zamówienia {O[47]}.\n\n"
  "Pozdrawiamy\nDrukarnia Kolorek, NIP 526-104-88-17",
  ["BSM110"], "[Ważne] tag on a routine invoice message.")

M(48, "review-request", "html",
  f"Opinia o zamówieniu {O[48]}",
  "<p>Dzień dobry,</p>"
  f"<p>będziemy wdzięczni za recenzję produktu z zamówienia {O[48]}. Formularz znajdziesz, "
  '<a href="https://www.amazon.pl/review/review-your-purchases">klikając tutaj</a>.</p>'
  "<p>Pozdrawiamy<br>Dom Zapachów</p>",
  ["BSM401"], "Link text 'klikając tutaj' (click here).")

# ---------------------------------------------------------------- varying (2)
M(49, "delivery-delay", "html",
  f"Przesunięcie wysyłki – {O[49]}",
  '<div style="font-family: Georgia, serif; color: #3b3b3b;">'
  "<p>Dzień dobry,</p>"
  f"<p>zamówienie {O[49]} (koc z wełny merino) nadamy 14.12.2026. Tkalnia potrzebuje kilku dni więcej.</p>"
  "<p>Pozdrawiamy<br>Wełniany Zakątek</p>"
  "</div>",
  ["BSM407", "BSM409"], "Builder wrapper setting a font family and a text colour.")

M(50, "additional-information", "text",
  "Pytanie o kolor zamówionej zasłony",
  "Dzień dobry,\n\n"
  "przy zamówieniu nr 43656789012345678 nie wybrano koloru zasłon (dostępne: grafit, beż, butelkowa "
  "zieleń). Który kolor mamy przygotować?\n\n"
  "Pozdrawiamy\nZasłonex",
  ["BSM102"], "Order number only written without hyphens, so it does not count.",
  order="436-5678901-2345678")
