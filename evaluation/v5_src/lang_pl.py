"""Blind evaluation set v5, Polish (pl-PL): 50 buyer-seller messages."""

LANG = "pl"
LOCALE = "pl-PL"

# Order numbers: prefix 308-, each different.
_ORDERS = [
    "308-%07d-%07d" % ((1047213 + i * 180913) % 10**7, (5510377 + i * 231547) % 10**7) for i in range(50)
]

_RAW = [
    # ---------------- clean (1-17) ----------------
    ("delivery-delay", "text",
     "Opóźnienie wysyłki – zamówienie {oid}",
     "Dzień dobry Pani Magdaleno,\n\n"
     "niestety lniana pościel w kolorze szałwiowym (zamówienie {oid}) będzie gotowa później, "
     "niż podawaliśmy w ofercie. Tkanina od naszego dostawcy dotarła z tygodniowym poślizgiem, "
     "a każdy komplet szyjemy ręcznie na miejscu.\n\n"
     "Nowy przewidywany termin wysyłki to 18.12.2026. Jeżeli ten termin Pani nie odpowiada, "
     "proszę dać nam znać w odpowiedzi na tę wiadomość.\n\n"
     "Przepraszamy za kłopot.\n\n"
     "Pozdrawiam serdecznie\nKatarzyna Nowak\nPracownia Lniana Len & Nić",
     [], "Plain-text delivery delay with a new dispatch date; clean."),
    ("delivery-delay", "html",
     "Zamówienie {oid} – zmiana terminu wysyłki",
     "<p>Szanowny Panie,</p>"
     "<p>zamówiony zestaw klocków hamulcowych (zamówienie nr {oid}) nie zostanie wysłany w terminie "
     "podanym w ofercie – hurtownia przesunęła dostawę do naszego magazynu.</p>"
     "<table><tr><td>Pierwotny termin wysyłki:</td><td>4 grudnia 2026</td></tr>"
     "<tr><td>Nowy termin wysyłki:</td><td><strong>9 grudnia 2026</strong></td></tr></table>"
     "<p>Jeżeli nowy termin jest dla Pana nie do przyjęcia, prosimy o odpowiedź na tę wiadomość.</p>"
     "<p>Z poważaniem<br>Dział obsługi klienta<br>AutoDetal24 Sp. z o.o.</p>",
     [], "Builder HTML delivery delay with a table of old and new dates; clean."),
    ("order-problem", "text",
     "[Ważne] Zamówienie {oid} – brak towaru, kwota skorygowana",
     "Dzień dobry,\n\n"
     "z przykrością informujemy, że jednego z zamówionych produktów – kubka emaliowanego 350 ml, "
     "wzór „Mazury” – nie możemy wysłać: ostatnia sztuka okazała się uszkodzona, a producent "
     "zakończył produkcję tego wzoru.\n\n"
     "Kwota zamówienia {oid} została skorygowana o 39,90 zł z powodu braku towaru. Pozostałe "
     "pozycje wyślemy w pierwotnym terminie.\n\n"
     "Przepraszamy za utrudnienia.\n\n"
     "Pozdrawiamy\nZespół sklepu Emalia i Spółka",
     [], "Order problem with the amount adjusted and [Ważne] in the subject; clean."),
    ("additional-information", "text",
     "Roleta na wymiar – prośba o potwierdzenie wymiarów ({oid})",
     "Dzień dobry,\n\n"
     "przygotowujemy roletę dzień-noc do zamówienia {oid}. W formularzu podała Pani szerokość "
     "158 cm i wysokość 24 cm – wysokość wydaje się nietypowo mała, więc zanim przytniemy "
     "materiał, chcemy się upewnić.\n\n"
     "Czy chodziło o 124 cm? Prosimy też o informację, po której stronie ma być łańcuszek "
     "(lewa/prawa).\n\n"
     "Z pozdrowieniami\nBartosz Lis\nRolety Lis – szyjemy na wymiar",
     [], "Request for information needed to make a made-to-measure item; clean."),
    ("return-follow-up", "text",
     "Zwrot czajnika – propozycja częściowego zwrotu, zamówienie {oid}",
     "Szanowny Panie Krzysztofie,\n\n"
     "otrzymaliśmy Pana zgłoszenie zwrotu czajnika elektrycznego z zamówienia {oid} z powodu "
     "rysy na obudowie. Jeżeli poza tym urządzenie działa bez zarzutu i zdecyduje się Pan je "
     "zatrzymać, możemy zaproponować częściowy zwrot w wysokości 45,00 zł.\n\n"
     "Jeżeli woli Pan jednak pełny zwrot towaru, proszę po prostu kontynuować procedurę "
     "zwrotu na Amazon.\n\n"
     "Z wyrazami szacunku\nJoanna Kamińska\nAGD-Punkt",
     [], "Return follow-up offering a partial refund; clean."),
    ("return-follow-up", "text",
     "Pytanie dotyczące zwrotu – zamówienie {oid}",
     "Dzień dobry,\n\n"
     "w zamówieniu {oid} znajdowały się dwie lampki biurkowe: czarna i biała. We wniosku o zwrot "
     "nie zaznaczono, której z nich dotyczy. Czy może Pani napisać, którą lampkę Pani odsyła, "
     "żebyśmy mogli poprawnie rozliczyć zwrot?\n\n"
     "Dziękuję i pozdrawiam\nMichał Zawadzki\nLumenLab",
     [], "Return follow-up asking for information needed to complete the return; clean."),
    ("invoice", "text",
     "Faktura VAT FV/1207/12/2026 do zamówienia {oid}",
     "Dzień dobry,\n\n"
     "w załączniku przesyłamy fakturę VAT nr FV/1207/12/2026 do zamówienia {oid}, wystawioną "
     "na dane firmy podane przy zakupie. Kwota brutto: 1 249,00 zł, w tym VAT 23%: 233,56 zł.\n\n"
     "Pozdrawiamy\nDział księgowości\n\n"
     "BiuroMax Sp. z o.o.\nul. Marszałkowska 84/92 lok. 12, 00-514 Warszawa\n"
     "NIP 521-301-72-44 | REGON 146832990 | KRS 0000412345\n"
     "Sąd Rejonowy dla m.st. Warszawy, XII Wydział Gospodarczy KRS, kapitał zakładowy 50 000 zł",
     [], "Invoice with NIP, REGON, KRS and an invoice number with slashes; clean."),
    ("review-request", "text",
     "Zamówienie {oid} – Pani opinia o macie",
     "Dzień dobry,\n\n"
     "od dostarczenia maty do jogi z zamówienia {oid} minął tydzień. Jeśli znajdzie Pani chwilę, "
     "będziemy wdzięczni za opinię o produkcie na Amazon – każda uwaga, zarówno pochwała, jak "
     "i krytyka, pomaga innym kupującym dokonać wyboru.\n\n"
     "Pozdrawiamy\nZespół YogaForm",
     [], "Neutral plain-text review request; clean."),
    ("review-request", "html",
     "Jak smakuje herbata? Zamówienie {oid}",
     "<p><img src=\"https://m.media-amazon.com/images/S/seller-logos/herbaciarnia-czajnik-logo.png\" "
     "alt=\"Logo Herbaciarni Czajnik\" width=\"160\" height=\"60\"></p>"
     "<p>Dzień dobry,</p>"
     "<p>mamy nadzieję, że zestaw herbat z zamówienia {oid} dotarł bezpiecznie. Będziemy wdzięczni, "
     "jeśli opisze Pan swoje wrażenia w recenzji – niezależnie od tego, jakie one są.</p>"
     "<p><a href=\"https://www.amazon.pl/review/create-review?asin=B0CX4K2L9P\">Napisz opinię o "
     "produkcie na Amazon.pl</a></p>"
     "<p>Serdeczności<br>Herbaciarnia Czajnik</p>",
     [], "HTML review request with the shop logo (alt names shop) and a descriptive https Amazon link; clean."),
    ("delivery-scheduling", "text",
     "Dostawa szafy – wybór terminu, zamówienie {oid}",
     "Dzień dobry Panie Pawle,\n\n"
     "szafa przesuwna z zamówienia {oid} waży ok. 95 kg i jest dostarczana na palecie przez nasz "
     "własny transport, dlatego musimy wspólnie ustalić termin. Dostępne okna:\n\n"
     "- środa 16.12.2026, 8:00–12:00\n- czwartek 17.12.2026, 12:00–16:00\n"
     "- sobota 19.12.2026, 9:00–13:00\n\n"
     "Prosimy o odpowiedź z wybranym terminem oraz informację, czy w budynku jest winda.\n\n"
     "Pozdrawiamy\nMebloStyl – dział dostaw",
     [], "Delivery scheduling of a bulky item with dates and time slots; clean."),
    ("home-service-appointment", "text",
     "Montaż zmywarki – termin wizyty ({oid})",
     "Dzień dobry,\n\n"
     "do zamówienia {oid} wykupiła Pani usługę montażu zmywarki do zabudowy. Nasz technik może "
     "przyjechać w jednym z terminów:\n\n"
     "1) czwartek, 10 grudnia 2026, godz. 9:00–11:00\n2) piątek, 11 grudnia 2026, godz. 14:00–16:00\n\n"
     "Który termin Pani odpowiada? Prosimy też o przygotowanie dostępu do zaworu wody pod zlewem.\n\n"
     "Z poważaniem\nAnna Wróbel\nSerwis Montażowy AGD Wróbel",
     [], "Home-service appointment with two time slots; clean."),
    ("custom-design-verification", "text",
     "Projekt grawerunku do akceptacji – zamówienie {oid}",
     "Dzień dobry,\n\n"
     "w załączniku przesyłamy projekt grawerunku na desce do krojenia z zamówienia {oid}. "
     "Napis: „Ania & Tomek – 12.09.2026”, czcionka szeryfowa, wysokość liter 14 mm.\n\n"
     "Prosimy o sprawdzenie pisowni i potwierdzenie projektu albo o uwagi. Grawerujemy dopiero "
     "po Pani akceptacji.\n\n"
     "Pozdrawiam\nTomasz Drzewiecki\nDrewniane Rzeczy – pracownia stolarska",
     [], "Custom design proof awaiting approval; clean."),
    ("fulfillment-question", "text",
     "Kod do bramy – dostawa sofy, zamówienie {oid}",
     "Dzień dobry,\n\n"
     "dostawę sofy z zamówienia {oid} (numer zlecenia dostawy ZD-2026/11873, numer lokalu 14B) "
     "realizujemy z wniesieniem. Osiedle przy ul. Leśnej ma zamykaną bramę – prosimy o podanie "
     "kodu do bramy i do klatki, żeby ekipa mogła wejść.\n\n"
     "Pozdrawiamy\nSofaDom",
     [], "Door-code question with reference numbers; clean."),
    ("reply", "text",
     "Re: Pytanie o produkt – {oid}",
     "Dzień dobry,\n\n"
     "organizer „Bamboo Bath Caddy Tray – Expandable” rozsuwa się od 70 do 105 cm, więc przy "
     "wannie o szerokości 80 cm będzie pasował bez problemu. Nóżki mają silikonowe nakładki, "
     "które nie rysują akrylu.\n\n"
     "Pozdrawiamy\nŁazienkowo – zamówienie {oid}",
     [], "Reply quoting an English product title inside Polish sentences; clean."),
    ("reply", "text",
     "Re: Ekspres nie grzeje wody – zamówienie {oid}",
     "Dzień dobry Panie Marku,\n\n"
     "przykro nam, że ekspres z zamówienia {oid} przestał grzać wodę. Urządzenie jest objęte "
     "24-miesięczną gwarancją producenta, a naprawy gwarancyjne prowadzi bezpośrednio jego "
     "serwis.\n\n"
     "Infolinia gwarancyjna producenta (Philips, serwis gwarancyjny): 22 397 15 04, pn.–pt. "
     "8:00–18:00.\n\n"
     "W razie problemów z dodzwonieniem się prosimy o wiadomość – pomożemy.\n\n"
     "Pozdrawiamy\nKawaDom",
     [], "Reply giving the manufacturer's warranty hotline, marked as such; clean."),
    ("reply", "text",
     "Re: Certyfikat – zamówienie {oid}",
     "Dzień dobry,\n\n"
     "zabawki drewniane z zamówienia {oid} mają certyfikat zgodności z normą EN 71-3 "
     "(bezpieczeństwo zabawek, migracja pierwiastków). Kopię deklaracji zgodności możemy "
     "dołączyć do kolejnej wiadomości, jeśli jest potrzebna.\n\n"
     "Pozdrawiam\nTomasz Wiśniewski\n\n"
     "Drewniak Tomasz Wiśniewski\nul. Kościuszki 15, 30-105 Kraków\n"
     "NIP 677-189-33-21, REGON 123456785",
     [], "Reply with a company-details footer (NIP, REGON, address); clean."),
    ("reply", "text",
     "Re: Status zwrotu {oid}",
     "Dzień dobry,\n\n"
     "Pani zwrot o numerze RMA-2026-0412 (przesyłka zwrotna nr 6200 4418 1173 0920) dotarł do "
     "nas 02.12.2026 o godz. 10:45. Zwrot środków w kwocie 189,00 zł zleciliśmy 03.12.2026, "
     "a bank powinien go zaksięgować do 09.12.2026.\n\n"
     "Pozdrawiamy\nDział zwrotów, ButyMix – zamówienie {oid}",
     [], "Reply with return and tracking numbers, dates, times and amounts; clean."),
    # ---------------- violations (18-48) ----------------
    ("fulfillment-question", "text",
     "Zamówienie {oid} jest w drodze",
     "Dzień dobry,\n\n"
     "Pani paczka z zamówienia {oid} opuściła dziś nasz magazyn i została przekazana kurierowi. "
     "Powinna dotrzeć w ciągu 1–2 dni roboczych.\n\n"
     "Pozdrawiamy\nSklep Kredka",
     ["BSM201"], "Shipping confirmation: parcel left the warehouse and was handed to the courier."),
    ("fulfillment-question", "text",
     "Potwierdzenie przyjęcia zamówienia {oid}",
     "Witamy!\n\n"
     "Mamy Pana zamówienie {oid} – właśnie je kompletujemy i starannie pakujemy.\n\n"
     "Zespół Rowerownia",
     ["BSM201"], "Order confirmation: order received and being packed."),
    ("fulfillment-question", "text",
     "Dziękujemy! ({oid})",
     "Dzień dobry,\n\n"
     "bardzo dziękujemy za zakupy w Pracowni Świec Knot. Ogromnie nam miło, że wybrała Pani "
     "nasze świece!\n\n"
     "Ciepło pozdrawiamy\nOla i Marta",
     ["BSM202"], "Thanks-only message."),
    ("fulfillment-question", "text",
     "Zamówienie {oid}",
     "Dzień dobry,\n\n"
     "gdyby z zamówieniem {oid} cokolwiek było nie tak, jesteśmy do dyspozycji – wystarczy "
     "odpisać na tę wiadomość.\n\n"
     "Pozdrawiamy\nObsługa klienta TechnoKabel",
     ["BSM202"], "Only offers help if a problem comes up."),
    ("delivery-delay", "text",
     "Zamówienie {oid} – wysyłka kilka dni później",
     "Dzień dobry,\n\n"
     "kalendarz adwentowy z zamówienia {oid} wyślemy 11.12.2026, a nie – jak podawaliśmy – "
     "8.12.2026. Drukarnia spóźniła się z dostawą opakowań.\n\n"
     "Przepraszamy i pozdrawiamy\nSłodka Szuflada\n\n"
     "PS Do końca grudnia cały nasz asortyment na Amazon kupi Pani 20% taniej.",
     ["BSM203"], "Permitted delay message with a promotional P.S. (20% off everything)."),
    ("reply", "text",
     "Re: Rozmiar swetra – zamówienie {oid}",
     "Cześć Kasiu,\n\n"
     "sweter z zamówienia {oid} jest dość luźny, więc przy Twoich wymiarach rozmiar M będzie "
     "w sam raz.\n\n"
     "Zajrzyj też do nas na Instagramie i zapisz się do newslettera – w styczniu pokazujemy "
     "nową kolekcję z wełny merino.\n\n"
     "Buziaki\nWełniane Babki",
     ["BSM203"], "Reply inviting the buyer to follow the shop and subscribe to a newsletter."),
    ("review-request", "text",
     "Opinia o zamówieniu {oid}",
     "Dzień dobry,\n\n"
     "będzie nam bardzo miło, jeśli podzieli się Pani opinią o szalu z zamówienia {oid} na Amazon. "
     "Gdy recenzja zostanie opublikowana, w ramach podziękowania wyślemy Pani mały upominek.\n\n"
     "Pozdrawiamy\nJedwabny Szlak",
     ["BSM204"], "Small gift promised once the review is published."),
    ("review-request", "text",
     "Specjalna propozycja – {oid}",
     "Dzień dobry Panie Adamie,\n\n"
     "prosimy o recenzję słuchawek z zamówienia {oid}. Jak tylko Pana recenzja pojawi się na "
     "Amazon, oddamy Panu całą kwotę za zakup.\n\n"
     "Z poważaniem\nAudioPlus",
     ["BSM204"], "Full refund offered as soon as the review is online."),
    ("reply", "text",
     "Re: Zasilacz – zamówienie {oid}",
     "Dzień dobry,\n\n"
     "cieszymy się, że nowy zasilacz do zamówienia {oid} działa prawidłowo. Skoro problem "
     "został rozwiązany, czy byłby Pan skłonny zaktualizować albo usunąć swoją negatywną "
     "recenzję produktu?\n\n"
     "Pozdrawiamy\nLaptopSerwis",
     ["BSM205"], "Asks to update or remove an existing negative review."),
    ("review-request", "text",
     "Czy jest Pani zadowolona? ({oid})",
     "Dzień dobry,\n\n"
     "jeśli poduszka ortopedyczna z zamówienia {oid} spełniła Pani oczekiwania, będziemy "
     "wdzięczni za opinię na Amazon. A jeśli coś jest nie tak – zamiast wystawiać ocenę, "
     "proszę najpierw napisać do nas, na pewno coś wymyślimy.\n\n"
     "Pozdrawiamy\nSenPro",
     ["BSM206"], "Asks for a review only if satisfied, steers unhappy buyers to the seller."),
    ("review-request", "text",
     "Prośba – zamówienie {oid}",
     "Dzień dobry,\n\n"
     "jesteśmy małą rodzinną firmą i każda ocena ma dla nas znaczenie. Będziemy ogromnie "
     "wdzięczni za pięć gwiazdek dla naszej deski do prasowania (zamówienie {oid}).\n\n"
     "Rodzina Kowalczyków\nDomowe Sprawy",
     ["BSM206"], "Asks for a five-star rating."),
    ("delivery-delay", "text",
     "Opóźnienie – zamówienie {oid}",
     "Dzień dobry,\n\n"
     "niestety wiertarka udarowa z zamówienia {oid} chwilowo jest niedostępna u producenta – "
     "kolejna dostawa ma przyjść dopiero w lutym 2027.\n\n"
     "Jeśli nie chce Pan czekać, najszybciej będzie, gdy sam Pan anuluje zamówienie w zakładce "
     "„Twoje zamówienia” na Amazon.\n\n"
     "Pozdrawiamy\nNarzędziownia",
     ["BSM108"], "Advises the buyer to cancel himself because stock ran out."),
    ("order-problem", "text",
     "Brak towaru – zamówienie {oid}",
     "Dzień dobry,\n\n"
     "z przykrością informujemy, że zamówiony fotel biurowy (zamówienie {oid}) został właśnie "
     "wyprzedany i nie otrzymamy już kolejnej partii.\n\n"
     "Bylibyśmy wdzięczni, gdyby złożyła Pani wniosek o anulowanie zamówienia przez Amazon.\n\n"
     "Przepraszamy\nBiuroKomfort",
     ["BSM107", "BSM108"], "Out of stock: asks buyer to request cancellation, no amount adjustment."),
    ("review-request", "text",
     "Twoja opinia – zamówienie {oid}",
     "Dzień dobry,\n\n"
     "minęło kilka dni od dostarczenia zamówienia {oid}. Jeśli ma Pani ochotę, prosimy o opinię "
     "o produkcie na Amazon.\n\n"
     "Nie chcesz dostawać od nas wiadomości? Odpisz STOP.\n\n"
     "Pozdrawiamy\nKosmetyki Natura",
     ["BSM305"], "Opt-out instruction: reply STOP."),
    ("reply", "text",
     "Re: Zły kolor – zamówienie {oid}",
     "Dzień dobry,\n\n"
     "ktoś w magazynie znowu, kurwa, spieprzył sprawę i wysłał zły kolor zasłon z zamówienia "
     "{oid}. Proszę napisać, czy woli Pani wymianę na grafitowe, czy zwrot pieniędzy.\n\n"
     "Pozdrawiam\nRobert, Zasłony Express",
     ["BSM306"], "Polish profanity in a reply."),
    ("delivery-delay", "text",
     "Order {oid} – dispatch delayed",
     "Hello,\n\n"
     "unfortunately the ceramic planter in order {oid} will be dispatched later than planned. "
     "Our kiln broke down last week; the new dispatch date is 14 December 2026.\n\n"
     "Sorry for the inconvenience.\n\n"
     "Best regards\nGlina i Ogień",
     ["BSM104"], "Message written in English for a pl-PL buyer."),
    ("reply", "text",
     "Re: Montaż karnisza – {oid}",
     "Dzień dobry,\n\n"
     "montaż karnisza z zamówienia {oid} najłatwiej wytłumaczyć przez telefon. Proszę zadzwonić "
     "do mnie: 601 234 567, najlepiej po 16:00.\n\n"
     "Pozdrawiam\nGrzegorz, KarniszeNaMiarę",
     ["BSM309"], "National mobile number, not a warranty line."),
    ("delivery-scheduling", "text",
     "Dostawa lodówki – zamówienie {oid}",
     "Dzień dobry,\n\n"
     "lodówkę side-by-side z zamówienia {oid} możemy dostarczyć w poniedziałek 14.12.2026 "
     "między 10:00 a 14:00. W razie pytań proszę kontaktować się bezpośrednio z kierowcą: "
     "+48 512 880 431.\n\n"
     "Pozdrawiamy\nZimnoDom – transport",
     ["BSM309"], "International-format phone number of the driver."),
    ("reply", "text",
     "Re: Faktura korygująca – {oid}",
     "Dzień dobry,\n\n"
     "w sprawie korekty faktury do zamówienia {oid} prosimy pisać bezpośrednio na "
     "ksiegowosc@meblostyl.pl – tam sprawę załatwimy najszybciej.\n\n"
     "Pozdrawiamy\nMebloStyl",
     ["BSM308"], "Plain e-mail address in the text."),
    ("reply", "text",
     "Re: Reklamacja lampy – {oid}",
     "Dzień dobry,\n\n"
     "zdjęcia uszkodzonego klosza z zamówienia {oid} proszę przesłać na adres: reklamacje małpa "
     "lampy-lumen kropka pl. Od razu zajmiemy się wymianą.\n\n"
     "Pozdrawiamy\nLampy Lumen",
     ["BSM308"], "Obfuscated e-mail address (małpa/kropka)."),
    ("reply", "html",
     "Re: Pranie pościeli – zamówienie {oid}",
     "<p>Dzień dobry,</p>"
     "<p>pościel lnianą z zamówienia {oid} najlepiej prać w 40°C, bez płynu zmiękczającego. "
     "Więcej wskazówek znajdzie Pani tutaj: "
     "<a href=\"https://www.lenanic.pl/pielegnacja-lnu\">poradnik pielęgnacji lnu na stronie naszej "
     "pracowni</a>.</p>"
     "<p>Pozdrawiam<br>Katarzyna, Len &amp; Nić</p>",
     ["BSM302"], "https link to the seller's own website with descriptive text."),
    ("review-request", "html",
     "Zamówienie {oid} – podziel się opinią",
     "<p>Dzień dobry,</p>"
     "<p>będziemy wdzięczni za opinię o produkcie z zamówienia {oid}.</p>"
     "<p><a href=\"http://www.amazon.pl/review/create-review?asin=B0D1R7T2QX\">Napisz opinię "
     "o produkcie na Amazon.pl</a></p>"
     "<p>Pozdrawiamy<br>Ogrodowy Zakątek</p>",
     ["BSM301"], "Insecure http link to Amazon with descriptive text."),
    ("reply", "html",
     "Re: Kolor lampy – {oid}",
     "<p>Dzień dobry,</p>"
     "<p>lampa z zamówienia {oid} ma wykończenie w kolorze szczotkowanego mosiądzu, jak na zdjęciu:</p>"
     "<p><img src=\"https://m.media-amazon.com/images/I/lampa-wiszaca-lumen-mosiadz.jpg\" "
     "alt=\"Lampa wisząca Lumen w kolorze mosiądzu\" width=\"300\" height=\"300\"></p>"
     "<p>Pozdrawiamy<br>Lampy Lumen</p>",
     ["BSM310"], "Image of the purchased product (file name and alt name it)."),
    ("delivery-delay", "html",
     "Świąteczne opóźnienie – zamówienie {oid}",
     "<p><img src=\"https://m.media-amazon.com/images/S/stock/choinka-w-sniegu.jpg\" "
     "alt=\"Choinka w śniegu\" width=\"300\" height=\"200\"></p>"
     "<p>Dzień dobry,</p>"
     "<p>z powodu świątecznego natłoku zamówień bombki z zamówienia {oid} wyślemy 15.12.2026 "
     "zamiast 10.12.2026. Przepraszamy za opóźnienie.</p>"
     "<p>Pozdrawiamy<br>Szklane Cudeńka</p>",
     ["BSM311"], "Unrelated stock image (Christmas tree in snow)."),
    ("review-request", "html",
     "Opinia o zamówieniu {oid}",
     "<p><img src=\"https://m.media-amazon.com/images/S/seller-logos/kawa-dom-logo.png\" alt=\"\" "
     "width=\"150\" height=\"50\"></p>"
     "<p>Dzień dobry,</p>"
     "<p>jeśli ma Pan chwilę, prosimy o opinię o kawie z zamówienia {oid} na Amazon.</p>"
     "<p>Pozdrawiamy<br>KawaDom</p>",
     ["BSM402"], "Shop logo with empty alt."),
    ("delivery-delay", "text",
     "Drobne opóźnienie – {oid}",
     "Hej!\n\n"
     "Twoje skarpetki z zamówienia {oid} wyślemy w piątek 11.12.2026, a nie w środę – "
     "nasza maszyna dziewiarska wymagała naprawy. Dzięki za cierpliwość 😊\n\n"
     "Ekipa Skarpetkowo",
     ["BSM403"], "Emoji in a delay message."),
    ("reply", "text",
     "Re: Czy pasuje do iPhone 15? – {oid}",
     "Dzień dobry,\n\n"
     "tak, etui z zamówienia {oid} pasuje do iPhone 15, nie pasuje natomiast do wersji Plus :)\n\n"
     "Pozdrawiamy\nCaseShop",
     ["BSM403"], "Text emoticon :) in a reply."),
    ("delivery-delay", "html",
     "Zamówienie {oid} – nowy termin",
     "<style>h1{font-size:22px} h2{font-size:18px} p{font-size:14px} .stopka{font-size:11px}</style>"
     "<h1>Nowy termin wysyłki</h1>"
     "<h2>Zamówienie {oid}</h2>"
     "<p>Dzień dobry, regał z zamówienia {oid} wyślemy 16.12.2026 zamiast 9.12.2026 – lakiernia "
     "potrzebuje kilku dni więcej.</p>"
     "<p class=\"stopka\">RegałyPL, ul. Przemysłowa 7, 62-800 Kalisz</p>",
     ["BSM410"], "Four explicit font sizes in a <style> block."),
    ("additional-information", "text",
     "Napis na kubku – zamówienie {oid}",
     "Dzień dobry,\n\n"
     "w zamówieniu {oid} pole z napisem na kubek zostało puste.\n\n\n"
     "Jaki tekst mamy umieścić na kubku? Maksymalnie 20 znaków.\n\n"
     "Pozdrawiamy\nKubkowo",
     ["BSM412"], "Two blank lines in a row in plain text."),
    ("review-request", "text",
     "[Ważne] Prośba o opinię – zamówienie {oid}",
     "Dzień dobry,\n\n"
     "będziemy wdzięczni za opinię o latarce z zamówienia {oid} na Amazon. Każda uwaga pomaga "
     "nam i innym kupującym.\n\n"
     "Pozdrawiamy\nOutdoorPro",
     ["BSM110"], "[Ważne] tag on a review request."),
    ("review-request", "html",
     "Opinia – zamówienie {oid}",
     "<p>Dzień dobry,</p>"
     "<p>prosimy o kilka słów o plecaku z zamówienia {oid}. Aby napisać opinię, "
     "<a href=\"https://www.amazon.pl/review/create-review?asin=B0BZ8H3M1K\">kliknij tutaj</a>.</p>"
     "<p>Pozdrawiamy<br>PlecakiPL</p>",
     ["BSM401"], "Non-descriptive link text 'kliknij tutaj'."),
    # ---------------- varying (49-50) ----------------
    ("delivery-delay", "html",
     "Zamówienie {oid} – opóźnienie",
     "<p style=\"font-family: Arial, Helvetica, sans-serif; line-height: 1.6; color: #333333;\">"
     "Dzień dobry,</p>"
     "<p style=\"font-family: Arial, Helvetica, sans-serif; line-height: 1.6; color: #333333;\">"
     "zestaw garnków z zamówienia {oid} wyślemy 14.12.2026 zamiast 7.12.2026. Przepraszamy za "
     "opóźnienie.</p>"
     "<p style=\"font-family: Arial, Helvetica, sans-serif; line-height: 1.6; color: #333333;\">"
     "Zespół KuchniaPlus</p>",
     ["BSM407", "BSM408", "BSM409"], "Builder styles setting font-family, line-height and colour."),
    ("delivery-delay", "text",
     "Opóźnienie wysyłki",
     "Dzień dobry,\n\n"
     "zamówienie nr {nohyph} wyślemy z trzydniowym opóźnieniem, 12.12.2026. Dostawca folii "
     "ochronnej nie dotrzymał terminu.\n\n"
     "Pozdrawiamy\nEkranPro",
     ["BSM102"], "Order number written without hyphens only."),
]


def _build():
    out = []
    for i, (typ, fmt, subj, body, expected, note) in enumerate(_RAW):
        oid = _ORDERS[i]
        nohyph = oid.replace("-", "")
        out.append({
            "id": "v5-%s-%03d" % (LANG, i + 1),
            "language": LANG,
            "locale": LOCALE,
            "type": typ,
            "format": fmt,
            "subject": subj.replace("{oid}", oid).replace("{nohyph}", nohyph),
            "body": body.replace("{oid}", oid).replace("{nohyph}", nohyph),
            "order_id": oid,
            "expected": sorted(expected),
            "note": note,
        })
    return out


MESSAGES = _build()
