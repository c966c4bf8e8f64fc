"""v32 evaluation messages, Polish (pl)."""

_R = []


def _m(typ, fmt, subject, body, order_id, expected, note, locale="pl-PL"):
    _R.append({"id": "v32-pl-%03d" % (len(_R) + 1), "language": "pl", "locale": locale,
               "type": typ, "format": fmt, "subject": subject, "body": body,
               "order_id": order_id, "expected": sorted(expected), "note": note})


# 001 clean delivery delay, text
_m("delivery-delay", "text", "Opóźnienie wysyłki – zamówienie 637-4820193-5518274",
   "Dzień dobry Pani Agnieszko,\n\nz przykrością informujemy, że lampa podłogowa „Lena” z zamówienia 637-4820193-5518274 zostanie wysłana później, niż podawaliśmy w ofercie. Nasz dostawca kloszy lnianych opóźnił dostawę i realnie możemy nadać paczkę dopiero 15 grudnia (wtorek).\n\nJeśli ten termin Pani nie odpowiada, prosimy o informację – wtedy poszukamy rozwiązania.\n\nPozdrawiamy serdecznie\nZespół Światło i Len",
   "637-4820193-5518274", [], "Plain-text delivery delay with a new ship date, clean.")

# 002 clean delivery delay, html
_m("delivery-delay", "html", "Zamówienie 637-1938475-0062718: nowy termin wysyłki",
   "<p>Szanowny Panie Tomaszu,</p>\n<p>dziękujemy za cierpliwość. Zestaw kluczy nasadowych <strong>PROMAX 94 el.</strong> z zamówienia nr 637-1938475-0062718 dotrze do naszego magazynu z opóźnieniem – hurtownia przesunęła dostawę o kilka dni.</p>\n<table cellpadding=\"6\" cellspacing=\"0\" border=\"1\">\n<tr><td>Pierwotny termin wysyłki</td><td>4.12.2026</td></tr>\n<tr><td>Nowy termin wysyłki</td><td>11.12.2026</td></tr>\n</table>\n<p>Przepraszamy za niedogodność. Gdyby nowy termin był dla Pana problemem, prosimy o odpowiedź na tę wiadomość.</p>\n<p>Z poważaniem<br>\nDział obsługi klienta<br>\nNarzędziownia Kowalczyk</p>",
   "637-1938475-0062718", [], "Builder-style HTML delay notice with a plain table, clean.")

# 003 clean order problem with [Ważne]
_m("order-problem", "text", "[Ważne] Problem z realizacją zamówienia 637-7302846-1190435",
   "Dzień dobry,\n\nniestety nie możemy zrealizować zamówienia 637-7302846-1190435 na kawę ziarnistą „Etiopia Yirgacheffe” 1 kg. Ostatnia partia z palarni okazała się wadliwa i nie mamy już towaru na stanie.\n\nKwota zamówienia została skorygowana w całości (powód korekty: brak towaru w magazynie), więc pieniądze wrócą na Pani/Pana konto zgodnie z zasadami Amazon – zwykle w ciągu kilku dni roboczych.\n\nBardzo przepraszamy.\nPalarnia Ziarenko, Kraków",
   "637-7302846-1190435", [], "Order problem confirming full adjustment for no inventory, [Ważne] allowed on this critical type.")

# 004 clean additional information
_m("additional-information", "text", "Pytanie do zamówienia 637-5561029-8840376 – grawer",
   "Dzień dobry Panie Marku,\n\ndo wykonania grawerunku na zapalniczce z zamówienia 637-5561029-8840376 potrzebujemy jeszcze treści napisu. W formularzu zamówienia pole zostało puste.\n\nProsimy o odpowiedź z tekstem (maks. 22 znaki; grawerujemy także polskie litery, np. ą, ę, ł) oraz informacją, czy napis ma być po jednej, czy po obu stronach.\n\nGrawerujemy dopiero po otrzymaniu odpowiedzi.\n\nPozdrawiam\nPaweł z pracowni GrawerArt",
   "637-5561029-8840376", [], "Asks for engraving text needed to complete the order, clean.")

# 005 clean return follow-up, partial refund
_m("return-follow-up", "text", "Zwrot do zamówienia 637-2047718-3365902 – propozycja",
   "Dzień dobry Pani Katarzyno,\n\notrzymaliśmy Pani zgłoszenie zwrotu sukienki lnianej (zamówienie 637-2047718-3365902) z powodu przetarcia przy szwie bocznym.\n\nZamiast odsyłać sukienkę, może Pani ją zatrzymać – proponujemy wtedy częściowy zwrot w wysokości 70,00 zł (ok. 30% ceny). Jeśli woli Pani pełny zwrot z odesłaniem towaru, oczywiście też jest to możliwe.\n\nProsimy o krótką odpowiedź, którą opcję Pani wybiera.\n\nPozdrawiamy\nLniana Szafa",
   "637-2047718-3365902", [], "Return follow-up offering a partial refund, clean.")

# 006 clean return follow-up, question
_m("return-follow-up", "html", "Zamówienie 637-9910364-2274851 – brakujące informacje do zwrotu",
   "<p>Dzień dobry,</p>\n<p>aby dokończyć zwrot drukarki etykiet z zamówienia <b>637-9910364-2274851</b>, potrzebujemy dwóch informacji:</p>\n<ol>\n<li>numeru seryjnego z naklejki na spodzie urządzenia (zaczyna się od „LX”),</li>\n<li>czy odsyłają Państwo także zasilacz i rolkę testową.</li>\n</ol>\n<p>Po otrzymaniu odpowiedzi od razu zarejestrujemy zwrot w systemie.</p>\n<p>Pozdrawiamy<br>Biuro-Tech sp. z o.o.</p>",
   "637-9910364-2274851", [], "Return follow-up asking for information needed to complete the return, clean.")

# 007 clean invoice
_m("invoice", "text", "Faktura VAT do zamówienia 637-3381056-9027463",
   "Dzień dobry,\n\nw załączniku przesyłamy fakturę VAT nr FV/2026/12/0187 do zamówienia 637-3381056-9027463 (krzesło biurowe ERGO 2, 1 szt.).\n\nKwota netto: 812,20 zł\nVAT 23%: 186,81 zł\nKwota brutto: 999,01 zł\n\nNabywca: Studio Graficzne Wiśniewski, NIP 526-104-82-37\n\nSprzedawca:\nMeblo-Biuro Sp. z o.o.\nul. Przemysłowa 14, 61-579 Poznań\nNIP 779-23-51-084, REGON 301457892, KRS 0000412876\n\nPozdrawiamy\nDział księgowości",
   "637-3381056-9027463", [], "Invoice with slashed invoice number, NIP, REGON and KRS that are not phone numbers, clean.")

# 008 clean review request, text
_m("review-request", "text", "Twoja opinia o zamówieniu 637-6624180-4471359",
   "Dzień dobry,\n\nminęło kilka dni od dostarczenia zamówienia 637-6624180-4471359 (mata do jogi z korka). Jeśli znajdzie Pani/Pan chwilę, będziemy wdzięczni za opinię o produkcie na Amazon – każda uczciwa recenzja pomaga innym kupującym w wyborze.\n\nPozdrawiamy\nKorkowy Zakątek",
   "637-6624180-4471359", [], "Neutral text review request, clean.")

# 009 clean review request, html with logo
_m("review-request", "html", "Jak sprawdza się Twój czajnik? Zamówienie 637-0158392-7746120",
   "<p><img src=\"https://cdn.mailkit-assets.net/u/3381/czajnikownia-logo.png\" alt=\"Logo sklepu Czajnikownia\" width=\"150\" height=\"50\"></p>\n<p>Dzień dobry,</p>\n<p>czajnik żeliwny z zamówienia 637-0158392-7746120 jest już u Ciebie od tygodnia. Będzie nam miło, jeśli podzielisz się swoim zdaniem o nim z innymi klientami.</p>\n<p><a href=\"https://www.amazon.pl/review/create-review?asin=B0CZK4R7TQ\">Napisz opinię o czajniku na Amazon.pl</a></p>\n<p>Pozdrawiamy<br>Czajnikownia</p>",
   "637-0158392-7746120", [], "HTML review request with shop logo (alt names shop) and descriptive https Amazon link, clean.")

# 010 clean delivery scheduling
_m("delivery-scheduling", "text", "Ustalenie terminu dostawy szafy – 637-8843017-2509631",
   "Dzień dobry Pani Ewo,\n\nszafa przesuwna „Vigo 250” z zamówienia 637-8843017-2509631 waży ponad 180 kg i dostarczamy ją własnym transportem z wniesieniem. Mamy wolne następujące terminy:\n\n- czwartek 17.12, 8:00–12:00\n- piątek 18.12, 12:00–16:00\n- poniedziałek 21.12, 8:00–12:00\n\nProsimy o wybór jednego z nich oraz informację, na którym piętrze jest mieszkanie i czy w budynku jest winda.\n\nPozdrawiamy\nMeble Dębowe Nowak",
   "637-8843017-2509631", [], "Scheduling delivery of a bulky wardrobe with time slots, clean.")

# 011 clean home service appointment
_m("home-service-appointment", "html", "Montaż zmywarki – zamówienie 637-2274905-6618032",
   "<p>Dzień dobry Panie Krzysztofie,</p>\n<p>do zamówienia 637-2274905-6618032 wykupił Pan usługę montażu zmywarki do zabudowy. Nasz instalator może przyjechać:</p>\n<ul>\n<li>wtorek, 15 grudnia, między 9:00 a 11:00</li>\n<li>środa, 16 grudnia, między 13:00 a 15:00</li>\n</ul>\n<p>Montaż trwa ok. 90 minut. Prosimy o potwierdzenie wybranego terminu w odpowiedzi na tę wiadomość.</p>\n<p>Pozdrawiamy<br>AGD-Serwis Łódź</p>",
   "637-2274905-6618032", [], "Home service installation appointment with time slots, clean.")

# 012 clean custom design verification
_m("custom-design-verification", "text", "Projekt do akceptacji – zamówienie 637-4409128-3087516",
   "Cześć Natalia,\n\nw załączniku (projekt_kubek_v2.pdf) wysyłam podgląd nadruku na kubki z zamówienia 637-4409128-3087516: zdjęcie psa, pod nim napis „Burek – szef kuchni” czcionką odręczną.\n\nZerknij proszę, czy wszystko się zgadza, szczególnie pisownia imienia. Jeśli coś zmienić, daj znać – poprawki wprowadzę tego samego dnia. Drukujemy dopiero po Twojej akceptacji.\n\nPozdrawiam\nOla, Pracownia Kubków Malowanych",
   "637-4409128-3087516", [], "Design proof attached for approval, clean.")

# 013 clean door code question
_m("fulfillment-question", "text", "Kod do bramy – zamówienie 637-1186743-5092418",
   "Dzień dobry,\n\nplanujemy dostawę paletową do zamówienia 637-1186743-5092418 (nr referencyjny dostawy PAL/2026/3318, zlecenie transportowe TR-77410). W adresie podano osiedle zamknięte, a kierowca będzie potrzebował kodu do bramy wjazdowej lub informacji, gdzie może się zgłosić.\n\nProsimy o podanie kodu lub numeru budynku portierni.\n\nPozdrawiamy\nOgrodowe Centrum Budowlane",
   "637-1186743-5092418", [], "Gate-code question with reference numbers that are not phone numbers, clean.")

# 014 clean reply quoting foreign product title
_m("reply", "text", "Re: pytanie o rozmiar – 637-5023391-7718460",
   "Dzień dobry Pani Magdaleno,\n\nodpowiadając na pytanie: model „Trail Runner Pro Waterproof” z zamówienia 637-5023391-7718460 ma wkładkę o długości 26,5 cm w rozmiarze 41. Producent zaleca wybór rozmiaru o pół numeru większego, jeśli nosi Pani grube skarpety.\n\nPozdrawiam\nJoanna, sklep Górski Szlak",
   "637-5023391-7718460", [], "Reply quoting an English product title inside Polish sentences, clean.")

# 015 clean reply with manufacturer warranty hotline
_m("reply", "text", "Re: wiertarka nie działa – zamówienie 637-3350782-1649207",
   "Dzień dobry Panie Adamie,\n\nprzykro nam, że wiertarka udarowa z zamówienia 637-3350782-1649207 przestała działać. Urządzenie jest objęte 24-miesięczną gwarancją producenta, a naprawy prowadzi autoryzowany serwis.\n\nInfolinia gwarancyjna producenta (serwis Voltmax): 22 487 31 90, pn.–pt. 8:00–16:00.\n\nPrzy zgłoszeniu warto mieć pod ręką numer seryjny i dowód zakupu. Gdyby serwis odmówił przyjęcia, prosimy o wiadomość.\n\nPozdrawiamy\nElektro-Market Radom",
   "637-3350782-1649207", [], "Reply giving the manufacturer's warranty hotline marked as such, clean.")

# 016 clean reply with company footer
_m("reply", "html", "Re: dane sprzedawcy – 637-9067214-2283951",
   "<p>Dzień dobry,</p>\n<p>zgodnie z prośbą podajemy pełne dane firmy do zamówienia 637-9067214-2283951. Faktura zostanie wystawiona na te same dane.</p>\n<p>Pozdrawiamy<br>Anna Zielińska</p>\n<p><small>Herbaciarnia Pod Lipą s.c. Anna i Piotr Zielińscy<br>\nul. Rynek 7, 58-500 Jelenia Góra<br>\nNIP 611-276-44-18 · REGON 020738415<br>\nBiuro czynne pn.–pt. 9:00–17:00</small></p>",
   "637-9067214-2283951", [], "Reply with a company-details footer (address, NIP, REGON, hours), clean.")

# 017 clean reply with return numbers, dates, amounts
_m("reply", "text", "Re: Gdzie jest mój zwrot? 637-7741953-0368214",
   "Dzień dobry Pani Beato,\n\nsprawdziliśmy status zwrotu do zamówienia 637-7741953-0368214. Paczka zwrotna (numer nadania 6200 1234 5678 9012 3456, numer zwrotu RMA-2026-11-842) dotarła do naszego działu zwrotów 3 grudnia o 14:20. Zwrot środków w kwocie 219,99 zł zleciliśmy 4 grudnia, a bank zwykle księguje go w ciągu 3–5 dni roboczych.\n\nPozdrawiamy\nDział zwrotów, Dom i Len",
   "637-7741953-0368214", [], "Reply with return tracking number, RMA, dates, time and amount, none a phone number; clean.")

# 018 BSM201 handed to carrier
_m("fulfillment-question", "text", "Zamówienie 637-2619084-4175302 w drodze",
   "Dzień dobry,\n\nmiło nam poinformować, że paczka z zamówieniem 637-2619084-4175302 opuściła dziś rano nasz magazyn i jest już u kuriera. Doręczenie powinno nastąpić jutro lub pojutrze.\n\nPozdrawiamy\nSklep Rowerowy Szprycha",
   "637-2619084-4175302", ["BSM201"], "Shipment confirmation: parcel left the warehouse and is with the courier.")

# 019 BSM201 order received, being prepared
_m("fulfillment-question", "html", "Dziękujemy! Zamówienie 637-8450137-6621984",
   "<p>Cześć!</p>\n<p>Twoje zamówienie 637-8450137-6621984 do nas dotarło i już je kompletujemy – puzzle drewniane są właśnie pakowane w papier z recyklingu.</p>\n<p>Pozdrawiamy<br>Drewniane Zabawki Jaś</p>",
   "637-8450137-6621984", ["BSM201"], "Order confirmation worded as received and being packed.")

# 020 BSM202 thanks only
_m("fulfillment-question", "text", "Zamówienie 637-0935218-8843176",
   "Szanowna Pani,\n\nserdecznie dziękujemy za zakupy w naszym sklepie i za zaufanie, jakim nas Pani obdarzyła.\n\nZ wyrazami szacunku\nPerfumeria Jaśmin",
   "637-0935218-8843176", ["BSM202"], "Message that only says thank you.")

# 021 BSM202 only ready to help
_m("fulfillment-question", "text", "Zamówienie 637-4178290-1157630 – jesteśmy do dyspozycji",
   "Dzień dobry,\n\ngdyby z odkurzaczem z zamówienia 637-4178290-1157630 działo się cokolwiek niepokojącego, wystarczy do nas napisać – chętnie pomożemy.\n\nMiłego dnia!\nCzyste Domy",
   "637-4178290-1157630", ["BSM202"], "Only offers help if a problem comes up.")

# 022 BSM203 P.S. discount
_m("delivery-delay", "text", "Przesunięcie wysyłki – 637-3306621-7790425",
   "Dzień dobry Panie Jakubie,\n\nplecak turystyczny z zamówienia 637-3306621-7790425 wyślemy 14 grudnia zamiast 9 grudnia – czekamy na dostawę od producenta. Przepraszamy za zwłokę.\n\nPozdrawiamy\nOutdoor Bieszczady\n\nPS Do końca miesiąca cały asortyment w naszym sklepie na Amazon jest tańszy o 20% – może przyda się coś jeszcze na zimowe wyjazdy?",
   "637-3306621-7790425", ["BSM203"], "Permitted delay notice with a 20% off P.S.")

# 023 BSM203 follow us / new collection
_m("review-request", "html", "Zamówienie 637-6692043-2218857 – Twoja opinia",
   "<p>Dzień dobry,</p>\n<p>będziemy wdzięczni za opinię o świecy sojowej z zamówienia 637-6692043-2218857 na Amazon.</p>\n<p>A już w styczniu pokażemy nową kolekcję zapachów „Zimowy Las” – obserwuj nas na Instagramie i zapisz się do naszego newslettera, żeby nic Cię nie ominęło.</p>\n<p>Pozdrawiamy<br>Sojowa Pracownia</p>",
   "637-6692043-2218857", ["BSM203"], "Review request with follow-us, newsletter and new collection promotion.")

# 024 BSM204 token of appreciation
_m("review-request", "text", "Opinia o zamówieniu 637-1540876-9903142",
   "Dzień dobry,\n\nczy mógłby Pan napisać kilka słów o ładowarce samochodowej z zamówienia 637-1540876-9903142? Gdy tylko recenzja pojawi się na Amazon, prześlemy drobny upominek w podziękowaniu – zestaw kabli USB-C.\n\nPozdrawiamy\nAuto-Gadżet",
   "637-1540876-9903142", ["BSM204"], "Small gift promised once the review is published.")

# 025 BSM204 full refund when review online
_m("review-request", "html", "Prośba o recenzję – 637-7205548-3361790",
   "<p>Dzień dobry Pani Moniko,</p>\n<p>mamy nadzieję, że organizer do szafy z zamówienia 637-7205548-3361790 sprawdza się w codziennym użytkowaniu.</p>\n<p>Mamy dla Pani propozycję: proszę napisać recenzję na Amazon, a po jej opublikowaniu wystarczy przesłać nam zrzut ekranu – zwrócimy wtedy całą kwotę zakupu.</p>\n<p>Pozdrawiamy<br>Porządek w Domu</p>",
   "637-7205548-3361790", ["BSM204"], "Full refund offered once the review is online.")

# 026 BSM205 change one-star review
_m("reply", "text", "Re: zamówienie 637-9384512-0475613",
   "Dzień dobry Panie Grzegorzu,\n\nreklamację uszkodzonego blatu uznaliśmy i zwróciliśmy Panu pełną kwotę za ten element. Skoro sprawa jest rozwiązana, czy byłby Pan skłonny zmienić swoją jednogwiazdkową opinię albo ją usunąć? Obecna ocena bardzo szkodzi naszej małej stolarni.\n\nPozdrawiam\nStolarnia Rustykalna",
   "637-9384512-0475613", ["BSM205"], "Asks to change or remove a one-star review.")

# 027 BSM206 only if satisfied
_m("review-request", "text", "Jak oceniasz nasze rękawiczki? 637-2851609-6627004",
   "Dzień dobry,\n\njeśli rękawiczki z wełny merino z zamówienia 637-2851609-6627004 spełniły Pani oczekiwania, będzie nam bardzo miło, gdy zostawi Pani opinię na Amazon. A jeśli coś jest nie tak – prosimy najpierw napisać bezpośrednio do nas, zamiast wystawiać recenzję, a na pewno coś wymyślimy.\n\nPozdrawiamy\nWełniane Dłonie",
   "637-2851609-6627004", ["BSM206"], "Review only if satisfied, unhappy buyers steered to the seller.")

# 028 BSM206 five stars
_m("review-request", "html", "Zamówienie 637-5127730-8851946",
   "<p>Dzień dobry,</p>\n<p>dziękujemy za wybór naszej suszarki do grzybów. Jeżeli znajdzie Pan minutę, prosimy o ocenę produktu na Amazon – pięć gwiazdek bardzo pomoże nam rozwinąć firmę rodzinną.</p>\n<p>Numer zamówienia: 637-5127730-8851946</p>\n<p>Pozdrawiamy<br>Grzybobranie Sp. j.</p>",
   "637-5127730-8851946", ["BSM206"], "Review request asking for five stars.")

# 029 BSM108 cancel yourself (adjustment confirmed)
_m("order-problem", "text", "Brak towaru – zamówienie 637-6039418-2274365",
   "Dzień dobry,\n\nniestety wyprzedaliśmy ostatnią sztukę ramy obrazu 50x70 z zamówienia 637-6039418-2274365. Skorygowaliśmy już pełną kwotę zamówienia z powodu braku towaru. Najszybciej będzie jednak, jeśli anuluje Pan zamówienie samodzielnie w zakładce „Twoje zamówienia” – wtedy sprawa zamknie się od razu.\n\nPrzepraszamy\nRamiarnia Galeria",
   "637-6039418-2274365", ["BSM108"], "Adjustment confirmed but buyer advised to cancel the order himself.")

# 030 BSM108 + BSM107
_m("order-problem", "text", "Zamówienie 637-3472801-5506219 – prośba",
   "Dzień dobry Pani Alicjo,\n\nhurtownia poinformowała nas, że słuchawki z zamówienia 637-3472801-5506219 są niedostępne do końca stycznia. Bylibyśmy wdzięczni, gdyby złożyła Pani wniosek o anulowanie zamówienia – to najprostsze rozwiązanie dla obu stron.\n\nZ pozdrowieniami\nAudioPunkt",
   "637-3472801-5506219", ["BSM107", "BSM108"], "Out of stock: asks buyer to request cancellation, no adjustment confirmed.")

# 031 BSM305 unsubscribe
_m("review-request", "text", "Opinia – 637-8195073-3140658",
   "Dzień dobry,\n\nbędziemy wdzięczni za opinię o zestawie pędzli akwarelowych z zamówienia 637-8195073-3140658 na Amazon.\n\nPozdrawiamy\nArtSklep Paleta\n\nNie chcesz więcej wiadomości od nas? Odpisz STOP, a wypiszemy Cię z listy.",
   "637-8195073-3140658", ["BSM305"], "Opt-out instruction: reply STOP.")

# 032 BSM306 profanity
_m("reply", "text", "Re: gdzie moja paczka?? 637-2906645-9182437",
   "Panie Michale,\n\nzamówienie 637-2906645-9182437 utknęło w sortowni, bo ten pieprzony przewoźnik znowu coś spierdolił. Nową oponę rowerową wyślemy ponownie w poniedziałek, 14 grudnia.\n\nRafał\nVeloParts",
   "637-2906645-9182437", ["BSM306"], "Reply with Polish profanity about the carrier.")

# 033 BSM104 whole message in English
_m("delivery-delay", "text", "Order 637-4531186-7059123 – delay",
   "Hello,\n\nwe are sorry to let you know that the embroidered cushion covers from order 637-4531186-7059123 will ship on 16 December instead of 10 December, as our embroidery machine needed a repair.\n\nKind regards,\nHaft Studio",
   "637-4531186-7059123", ["BSM104"], "Whole message in English to a pl-PL buyer.")

# 034 BSM309 national phone
_m("delivery-scheduling", "text", "Dostawa kanapy – zamówienie 637-0713952-4428601",
   "Dzień dobry,\n\nkanapa narożna z zamówienia 637-0713952-4428601 jest gotowa do dostawy. Możemy ją przywieźć 18.12 lub 21.12 w godzinach 10:00–14:00.\n\nNajprościej będzie ustalić szczegóły telefonicznie – proszę zadzwonić do naszego dyspozytora pod numer 601 482 337 (pn.–sob. 8–18).\n\nPozdrawiamy\nSofa-Lux Meble",
   "637-0713952-4428601", ["BSM309"], "Seller's dispatcher mobile number in national format.")

# 035 BSM309 international phone
_m("reply", "html", "Re: reklamacja – 637-5889210-1063347",
   "<p>Dzień dobry,</p>\n<p>w sprawie reklamacji ekspresu z zamówienia 637-5889210-1063347 najszybciej porozmawiamy przez telefon. Nasze biuro: <b>+48 12 345 67 89</b>, od poniedziałku do piątku.</p>\n<p>Pozdrawiamy<br>Kawowy Świat</p>",
   "637-5889210-1063347", ["BSM309"], "Seller office phone number in international format.")

# 036 BSM308 plain email
_m("custom-design-verification", "text", "Tabliczka na drzwi – zamówienie 637-6347028-2915584",
   "Dzień dobry,\n\nprzesyłamy w załączniku projekt tabliczki z numerem domu do zamówienia 637-6347028-2915584. Jeśli wolą Państwo przesłać własne zdjęcie elewacji do dopasowania koloru, prosimy pisać na adres projekty@tabliczki-kamienne.pl.\n\nPozdrawiamy\nTabliczki Kamienne",
   "637-6347028-2915584", ["BSM308"], "Plain e-mail address in a design-proof message.")

# 037 BSM308 obfuscated małpa
_m("return-follow-up", "text", "Zwrot – zamówienie 637-1260593-8837402",
   "Dzień dobry Pani Justyno,\n\naby przyjąć zwrot butów z zamówienia 637-1260593-8837402, potrzebujemy zdjęcia podeszwy. Prosimy przesłać je na adres zwroty małpa butik-stopa kropka pl.\n\nPozdrawiamy\nButik Stopa",
   "637-1260593-8837402", ["BSM308"], "E-mail address obfuscated with 'małpa' and 'kropka'.")

# 038 BSM302 https link to seller's site
_m("reply", "html", "Re: pielęgnacja deski – 637-4896137-5572810",
   "<p>Dzień dobry,</p>\n<p>deskę do krojenia z zamówienia 637-4896137-5572810 wystarczy raz w miesiącu natrzeć olejem spożywczym. Więcej porad i przepisów znajdzie Pan na naszym blogu: <a href=\"https://www.drewnianakuchnia.pl/blog/pielegnacja-desek\">poradnik pielęgnacji desek na blogu Drewniana Kuchnia</a>.</p>\n<p>Pozdrawiamy<br>Drewniana Kuchnia</p>",
   "637-4896137-5572810", ["BSM302"], "Descriptive https link to the seller's own blog, not needed for the order.")

# 039 BSM301 http link to Amazon
_m("return-follow-up", "html", "Zwrot – 637-7010462-3398115",
   "<p>Dzień dobry,</p>\n<p>do zwrotu zabawki z zamówienia 637-7010462-3398115 potrzebujemy informacji, czy oryginalne opakowanie jest nieuszkodzone. Szczegóły zwrotu widać też w <a href=\"http://www.amazon.pl/gp/css/returns/homepage.html\">Centrum zwrotów Amazon.pl</a>.</p>\n<p>Pozdrawiamy<br>Kraina Klocków</p>",
   "637-7010462-3398115", ["BSM301"], "Descriptive link to Amazon over http.")

# 040 BSM310 product image
_m("delivery-delay", "html", "Zamówienie 637-2384750-6641098 – nowy termin",
   "<p>Dzień dobry,</p>\n<p>Pani wazon ceramiczny z zamówienia 637-2384750-6641098 jest jeszcze w piecu – szkliwo wymagało drugiego wypalania. Wyślemy go 17 grudnia.</p>\n<p><img src=\"https://cdn.mailkit-assets.net/u/5510/wazon-ceramiczny-turkus.jpg\" alt=\"Wazon ceramiczny turkusowy\" width=\"300\" height=\"300\"></p>\n<p>Pozdrawiamy<br>Ceramika Glina</p>",
   "637-2384750-6641098", ["BSM310"], "Photo of the purchased vase.")

# 041 BSM311 unrelated image
_m("home-service-appointment", "html", "Pomiar okien – zamówienie 637-9538201-4106672",
   "<p>Dzień dobry,</p>\n<p>do zamówienia 637-9538201-4106672 (rolety rzymskie na wymiar) potrzebny jest pomiar u Państwa. Montażysta może przyjść 14.12 między 16:00 a 18:00 albo 15.12 między 9:00 a 11:00.</p>\n<p><img src=\"https://cdn.mailkit-assets.net/u/7702/swieta-choinka.jpg\" alt=\"Choinka z lampkami\" width=\"250\" height=\"300\"></p>\n<p>Wesołych Świąt!<br>Rolety Pan Roleta</p>",
   "637-9538201-4106672", ["BSM311"], "Stock Christmas-tree image unrelated to the shop.")

# 042 BSM402 image without alt
_m("additional-information", "html", "Wymiary do zamówienia 637-0871495-2290834",
   "<p><img src=\"https://cdn.mailkit-assets.net/u/2209/logo-szklo-lustra-wrobel.png\" width=\"140\" height=\"40\"></p>\n<p>Dzień dobry,</p>\n<p>do wycięcia lustra z zamówienia 637-0871495-2290834 potrzebujemy jeszcze informacji o kształcie narożników: proste czy zaokrąglone (promień 2 cm)?</p>\n<p>Pozdrawiamy<br>Szkło i Lustra Wróbel</p>",
   "637-0871495-2290834", ["BSM402"], "Shop logo image without alt attribute.")

# 043 BSM403 emoji
_m("delivery-scheduling", "text", "Dostawa trampoliny 🎉 637-3614870-7725139",
   "Hej!\n\nTrampolina z zamówienia 637-3614870-7725139 to spory gabaryt, więc dowozimy ją sami. Pasuje Wam sobota 19.12 między 9 a 13? 🚚\n\nPozdrowienia\nOgród Dzieciaka",
   "637-3614870-7725139", ["BSM403"], "Emoji in subject and body.")

# 044 BSM403 emoticon
_m("additional-information", "text", "Kolor nici – 637-5702359-9018246",
   "Dzień dobry,\n\nw zamówieniu 637-5702359-9018246 (ręcznik z haftem imienia) nie wybrano koloru nici. Mamy granat, złoty i bordo – który wybieramy? :)\n\nPozdrawiam\nHafciarnia Igiełka",
   "637-5702359-9018246", ["BSM403"], "Text emoticon ':)'.")

# 045 BSM410 four sizes
_m("invoice", "html", "Faktura do zamówienia 637-8026913-1354780",
   "<style>\nh1 { font-size: 24px; }\nh2 { font-size: 18px; }\np { font-size: 14px; }\n.stopka { font-size: 10px; }\n</style>\n<h1>Faktura</h1>\n<h2>Zamówienie 637-8026913-1354780</h2>\n<p>Dzień dobry, w załączniku przesyłamy fakturę nr FV/12/2026/311 za lampkę biurkową.</p>\n<p class=\"stopka\">Lampy Polskie Sp. z o.o., NIP 951-238-07-66</p>",
   "637-8026913-1354780", ["BSM410"], "Four explicit font sizes in a style block.")

# 046 BSM412 blank lines in text
_m("additional-information", "text", "Adres dostawy – zamówienie 637-4150786-6837251",
   "Dzień dobry,\n\nw adresie do zamówienia 637-4150786-6837251 brakuje numeru mieszkania.\n\n\n\nProsimy o jego uzupełnienie w odpowiedzi, bo bez niego kurier nie doręczy materaca.\n\n\nPozdrawiamy\nMaterace Sen",
   "637-4150786-6837251", ["BSM412"], "Several blank lines in a row in plain text.")

# 047 BSM110 [Ważne] on invoice
_m("invoice", "text", "[WAŻNE] Faktura korygująca – 637-6914302-0582967",
   "Dzień dobry,\n\nw załączniku przesyłamy fakturę korygującą FK/2026/12/009 do zamówienia 637-6914302-0582967 (zmiana danych nabywcy zgodnie z Pana prośbą).\n\nPozdrawiamy\nHurtownia Papiernicza Kartka",
   "637-6914302-0582967", ["BSM110"], "[Ważne] tag in the subject of an invoice message.")

# 048 BSM401 click here
_m("return-follow-up", "html", "Zwrot częściowy – 637-2098514-4461370",
   "<p>Dzień dobry,</p>\n<p>w związku z porysowanym blatem stolika z zamówienia 637-2098514-4461370 proponujemy zwrot 120 zł przy zatrzymaniu towaru. Regulamin zwrotów Amazon znajdzie Pani, <a href=\"https://www.amazon.pl/gp/help/customer/display.html?nodeId=GKM69DUUYKQWKWX7\">klikając tutaj</a>.</p>\n<p>Pozdrawiamy<br>Stoliki i Ławy</p>",
   "637-2098514-4461370", ["BSM401"], "Non-descriptive link text 'klikając tutaj'.")

# 049 vary: builder styles
_m("delivery-delay", "html", "Zamówienie 637-1673049-3829518 – opóźnienie",
   "<div style=\"font-family: Arial, Helvetica, sans-serif; line-height: 1.8; color: #333333; text-align: justify;\">\n<p>Dzień dobry,</p>\n<p>odkurzacz piorący z zamówienia 637-1673049-3829518 wyślemy 16 grudnia – dostawa od producenta przyjdzie z kilkudniowym opóźnieniem. Przepraszamy za kłopot.</p>\n<p>Pozdrawiamy<br>Sprzątanie24</p>\n</div>",
   "637-1673049-3829518", ["BSM407", "BSM408", "BSM409", "BSM411"], "Builder wrapper setting font family, line height, colour and justified alignment.")

# 050 vary: BSM102 order number without hyphens
_m("additional-information", "text", "Pytanie o długość zasłon",
   "Dzień dobry,\n\ndo zamówienia nr 63782541096637018 potrzebujemy jeszcze długości zasłon – w opcji wybrano „na wymiar”, ale pole z wymiarem zostało puste. Prosimy o podanie wysokości w centymetrach.\n\nPozdrawiamy\nFirany Małgosia",
   "637-8254109-6637018", ["BSM102"], "Order number written as 17 digits without hyphens.")

MESSAGES = _R
