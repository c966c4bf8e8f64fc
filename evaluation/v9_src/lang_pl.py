# v9 blind evaluation set, Polish (pl-PL). Standard library only, fixed seed.
import random
import textwrap

LANG = "pl"
LOCALE = "pl-PL"
_PREFIX = "408"


def _order_ids(n):
    rng = random.Random(40817)
    seen = set()
    out = []
    while len(out) < n:
        oid = "%s-%07d-%07d" % (_PREFIX, rng.randrange(10**7), rng.randrange(10**7))
        if oid not in seen:
            seen.add(oid)
            out.append(oid)
    return out


def T(s):
    return textwrap.dedent(s).strip("\n")


IMG = "https://m.media-amazon.com/images/S/seller-assets"

# (type, format, subject, body, expected, note); "#ORD#" is replaced by the order number,
# "#RAW#" by the order number without hyphens.
_RAW = [
    # ---------------- 17 clean ----------------
    ("delivery-delay", "text",
     "Opóźnienie wysyłki – zamówienie #ORD#",
     T("""
     Dzień dobry Pani Magdaleno,

     piszę w sprawie zamówienia #ORD# (deska do krojenia z drewna orzechowego, 2 szt.). Nasz stolarz złapał tydzień zwolnienia i deski, które miały wyjechać we wtorek, będą gotowe dopiero w przyszłym tygodniu.

     Nowy termin nadania to 16 grudnia 2026 r., więc paczka powinna dotrzeć do Pani do 18 grudnia. Przepraszam za zamieszanie – wolimy wysłać coś porządnie zaszlifowanego niż w pośpiechu.

     Pozdrawiam serdecznie
     Tomasz Wróbel
     Drewniana Kuchnia
     """),
     [], "Plain-text delivery delay with a new dispatch date; clean."),
    ("delivery-delay", "html",
     "Zamówienie #ORD# – nowy termin realizacji",
     T("""
     <table width="100%" cellpadding="6" cellspacing="0">
       <tr><td>
         <p><strong>Szanowny Panie Krzysztofie,</strong></p>
         <p>uprzejmie informujemy, że lampa wisząca <em>Lumenta Arco 45</em> z zamówienia nr #ORD# wróci na nasz stan dopiero po dostawie od producenta, zaplanowanej na 9.01.2027.</p>
         <p>Przewidywany termin wysyłki: <strong>12.01.2027</strong>. Pozostałe produkty z zamówienia wyślemy razem z lampą, żeby nie rozbijać przesyłki.</p>
         <p>Przepraszamy za wydłużony czas oczekiwania.</p>
         <p>Z wyrazami szacunku<br>Dział Obsługi Klienta<br>Lumenta sp. z o.o.</p>
       </td></tr>
     </table>
     """),
     [], "Builder-style HTML table announcing a later ship date, no styling; clean."),
    ("order-problem", "text",
     "[Ważne] Brak towaru – zamówienie #ORD#",
     T("""
     Dzień dobry,

     z przykrością informujemy, że nie jesteśmy w stanie zrealizować zamówienia #ORD#. Ostatni egzemplarz kubka „Bolesławiec Pawie Oczko 350 ml” okazał się uszkodzony przy kontroli jakości, a nowej partii w tym kolorze nie będzie.

     Kwota zamówienia została już skorygowana w całości z powodem „brak towaru” (NoInventory). Zwrot 89,00 zł pojawi się na Pani koncie zgodnie z zasadami Amazon, zwykle w ciągu kilku dni roboczych.

     Bardzo przepraszamy.

     Anna Kowalczyk
     Ceramika Bolko
     """),
     [], "Order problem confirming the full amount was adjusted (NoInventory), [Ważne] allowed; clean."),
    ("additional-information", "text",
     "Prośba o dane do wysyłki – #ORD#",
     T("""
     Dzień dobry Panie Marku,

     do zamówienia #ORD# wybrał Pan dostawę do Paczkomatu, ale w adresie nie ma kodu maszyny, a numer budynku („ul. Lipowa 7”) pasuje do dwóch punktów w Pańskiej okolicy.

     Proszę o odpowiedź z kodem Paczkomatu (np. w formacie KRA12M) albo informację, że woli Pan dostawę kurierem pod adres domowy. Bez tego nie możemy nadać paczki.

     Dziękuję i pozdrawiam
     Ewelina z Drewnianej Kuchni
     """),
     [], "Asks for the pickup-point code needed to ship; clean."),
    ("return-follow-up", "text",
     "Zwrot – zamówienie #ORD#",
     T("""
     Dzień dobry Pani Joanno,

     dostaliśmy Pani zgłoszenie zwrotu do zamówienia #ORD# (pościel lniana 160x200, kolor szałwiowy) z uwagą, że na poszewce jest przebarwienie przy szwie.

     Jeśli poza tym komplet Pani odpowiada, możemy zaproponować częściowy zwrot 60,00 zł i zostawić pościel u Pani – bez odsyłania. Jeżeli woli Pani jednak zwrot całego kompletu, wystarczy odpisać, a zwrot przebiegnie normalnie.

     Pozdrawiam
     Karolina Nowicka
     Len i Len – pracownia tekstyliów
     """),
     [], "Return follow-up offering a partial refund; clean."),
    ("return-follow-up", "html",
     "Pytanie do zwrotu z zamówienia #ORD#",
     T("""
     <p>Dzień dobry,</p>
     <p>w zamówieniu <b>#ORD#</b> były dwa kinkiety <i>Lumenta Nova</i> – czarny i mosiężny. W zgłoszeniu zwrotu zaznaczono tylko jedną sztukę, ale bez koloru.</p>
     <p>Który kinkiet Pan odsyła? Potrzebujemy tej informacji, żeby przygotować właściwą etykietę zwrotną i rozliczyć zwrot.</p>
     <p>Pozdrawiamy<br>Zespół Lumenta</p>
     """),
     [], "Return follow-up asking which item is being returned; clean."),
    ("invoice", "text",
     "Faktura do zamówienia #ORD#",
     T("""
     Dzień dobry,

     w załączniku przesyłamy fakturę VAT nr FV/2026/12/0457 do zamówienia Amazon #ORD#, wystawioną na firmę zgodnie z danymi podanymi przy zakupie (NIP nabywcy 951-227-30-14).

     Kwota brutto: 1 249,00 zł, w tym VAT 23%: 233,56 zł. Data sprzedaży: 3.12.2026.

     W razie potrzeby korekty danych prosimy o odpowiedź na tę wiadomość.

     --
     MebloBox sp. z o.o.
     ul. Przemysłowa 14, 62-080 Tarnowo Podgórne
     NIP 777-321-45-18 | REGON 302145678 | KRS 0000543219
     Sąd Rejonowy Poznań – Nowe Miasto i Wilda, VIII Wydział Gospodarczy KRS
     """),
     [], "Invoice with NIP/REGON/KRS and an invoice number with slashes; clean."),
    ("review-request", "text",
     "Zamówienie #ORD# – Twoja opinia",
     T("""
     Cześć Kasia,

     minęło kilka dni, odkąd fartuch z Twoim haftem dotarł na miejsce (zamówienie #ORD#). Jeśli znajdziesz chwilę, napisz proszę na Amazonie, jak sprawdza się w kuchni – każda opinia, także krytyczna, pomaga innym kupującym i nam.

     Dzięki!
     Ola
     Pracownia Haftu Ola
     """),
     [], "Neutral plain-text review request; clean."),
    ("review-request", "html",
     "Jak sprawuje się deska? Zamówienie #ORD#",
     T("""
     <p><img src="%s/drewniana-kuchnia-logo.png" alt="Drewniana Kuchnia – logo sklepu" width="160" height="60"></p>
     <p>Dzień dobry,</p>
     <p>dziękujemy za zamówienie #ORD#. Będzie nam miło, jeśli podzieli się Pan opinią o produkcie – niezależnie od tego, jakie są wrażenia.</p>
     <p><a href="https://www.amazon.pl/review/review-your-purchases/?asin=B0CK7D2P4L">Napisz opinię o desce na Amazon.pl</a></p>
     <p>Pozdrawiamy<br>Tomasz i Ewelina<br>Drewniana Kuchnia</p>
     """ % IMG),
     [], "HTML review request with the shop's logo (alt names shop) and a descriptive https Amazon link; clean."),
    ("delivery-scheduling", "text",
     "Termin dostawy szafy – zamówienie #ORD#",
     T("""
     Dzień dobry Panie Pawle,

     szafa przesuwna Tilia 200 cm z zamówienia #ORD# waży w paczkach ok. 140 kg i jedzie transportem dwuosobowym z wniesieniem. Przewoźnik ma dla Pańskiego rejonu takie okna:

     – czwartek 17.12.2026, 8:00–12:00
     – czwartek 17.12.2026, 14:00–18:00
     – sobota 19.12.2026, 9:00–13:00

     Proszę wybrać jeden termin i napisać, na które piętro wnosimy oraz czy w budynku jest winda.

     Z pozdrowieniami
     Damian Szulc, koordynator dostaw
     MebloBox
     """),
     [], "Scheduling a bulky delivery with dates and time slots; clean."),
    ("home-service-appointment", "text",
     "Montaż – ustalenie terminu (#ORD#)",
     T("""
     Dzień dobry,

     do zamówienia #ORD# dokupiła Pani usługę montażu zmywarki. Nasz instalator, pan Grzegorz, może przyjechać:

     1) wtorek, 15 grudnia, między 10:00 a 12:00,
     2) środa, 16 grudnia, między 15:00 a 17:00.

     Montaż trwa ok. półtorej godziny. Prosimy o wybór terminu i potwierdzenie, że zawór wody i gniazdko są przy wnęce.

     Pozdrawiamy
     Serwis AGD Domowy Fachowiec
     """),
     [], "Home-service appointment slots; clean."),
    ("custom-design-verification", "html",
     "Projekt haftu do akceptacji – #ORD#",
     T("""
     <p>Dzień dobry Pani Agnieszko,</p>
     <p>w załączniku (<i>projekt_haft_#ORD#.pdf</i>) przesyłam wizualizację haftu na ręcznikach z zamówienia <b>#ORD#</b>: inicjały „A &amp; M”, czcionka szeryfowa, nici w kolorze butelkowej zieleni, wysokość liter 4 cm.</p>
     <p>Proszę sprawdzić pisownię i układ. Po akceptacji ruszamy z haftem, a jeśli coś trzeba zmienić, poprawię projekt jeszcze dziś.</p>
     <p>Serdecznie pozdrawiam<br>Aleksandra Mazur<br>Pracownia Haftu Ola</p>
     """),
     [], "Custom design proof attached for approval; clean."),
    ("additional-information", "text",
     "Kod do domofonu – dostawa #ORD#",
     T("""
     Dzień dobry,

     dostawę zamówienia #ORD# planujemy na 15.12.2026 (nasz nr referencyjny MB/2026/8841, zlecenie transportowe ZT-26-004417). W adresie jest „ul. Słowackiego 12, klatka C”, ale bez kodu do domofonu, a bez niego kierowca nie wejdzie na zamknięte osiedle.

     Zanim zamówimy transport, prosimy o kod do bramy i domofonu albo informację, u kogo kierowca ma się zgłosić na miejscu.

     Dziękujemy,
     MebloBox – obsługa zamówień
     """),
     [], "Door-code question with consignment and reference numbers; clean."),
    ("reply", "text",
     "Re: Czy pasuje do płyty indukcyjnej? #ORD#",
     T("""
     Dzień dobry Pani Renato,

     tak, rondel z zamówienia #ORD# ma w nazwie „Copper Core Induction Saucepan 18 cm”, bo to oryginalny tytuł producenta, ale działa na płycie indukcyjnej – dno ma wkładkę ze stali ferromagnetycznej.

     Na pierwsze użycie wystarczy umyć go w ciepłej wodzie z płynem i dobrze wytrzeć.

     Pozdrawiam
     Michał Lis
     Kuchnia Pełną Gębą
     """),
     [], "Reply quoting an English product title inside Polish sentences; clean."),
    ("reply", "text",
     "Re: Ekspres nie grzeje – #ORD#",
     T("""
     Dzień dobry,

     przykro nam, że ekspres z zamówienia #ORD# przestał grzać wody. Urządzenie jest objęte 24-miesięczną gwarancją producenta i najszybciej naprawę zorganizuje bezpośrednio serwis marki.

     Infolinia gwarancyjna producenta (De'Longhi Polska): 22 460 20 05, pon.–pt. 9:00–17:00.

     Przy zgłoszeniu przyda się numer seryjny z tabliczki pod zbiornikiem na wodę oraz dowód zakupu, który znajdzie Pan w zakładce Zamówienia na Amazon.

     Pozdrawiam
     Julia Zając
     AGD Świat
     """),
     [], "Reply giving the manufacturer's warranty hotline, marked as such; clean."),
    ("reply", "html",
     "Re: Dane firmy do zamówienia #ORD#",
     T("""
     <p>Dzień dobry,</p>
     <p>dziękuję za pytanie dotyczące zamówienia #ORD#. Sprzedawcą jest nasza spółka, a jej pełne dane znajdzie Pani poniżej – tak samo wydrukujemy je na dowodzie sprzedaży.</p>
     <p>Pozdrawiam<br>Natalia Górecka</p>
     <hr>
     <p><small>Ceramika Bolko s.c. Anna Kowalczyk, Piotr Kowalczyk<br>
     ul. Kościuszki 41, 59-700 Bolesławiec<br>
     NIP 612-178-92-40, REGON 022614577<br>
     BDO 000123456</small></p>
     """),
     [], "Reply with a company-details footer (NIP, REGON, BDO) in <small>; clean."),
    ("reply", "text",
     "Re: Gdzie jest mój zwrot? #ORD#",
     T("""
     Dzień dobry Pani Ewo,

     sprawdziłem zamówienie #ORD#. Paczka zwrotna nr 620458813390021746512033 dotarła do nas 2.12.2026 o 11:47, a zwrot 349,90 zł zleciliśmy 3.12.2026 o 9:15 (numer zwrotu RMA-2026-1187).

     Bank zwykle księguje takie kwoty w ciągu 3–5 dni roboczych, więc środki powinny być widoczne najpóźniej 10.12.2026.

     Pozdrawiam
     Bartek Sikora
     Lumenta
     """),
     [], "Reply with tracking/return numbers, dates, times and amounts; clean."),
    # ---------------- 31 violations ----------------
    ("fulfillment-question", "text",
     "Zamówienie #ORD# w drodze",
     T("""
     Dzień dobry,

     paczka z zamówieniem #ORD# opuściła dziś rano nasz magazyn w Tarnowie Podgórnym i została przekazana kurierowi DPD. Przesyłka powinna być u Pana w ciągu 1–2 dni roboczych.

     Pozdrawiamy
     MebloBox
     """),
     ["BSM201"], "Shipping confirmation: left the warehouse, handed to the carrier."),
    ("fulfillment-question", "html",
     "Mamy Twoje zamówienie #ORD#",
     T("""
     <p>Cześć!</p>
     <p>Zamówienie #ORD# wpadło do nas szczęśliwie i właśnie je kompletujemy – kubki są już owinięte w papier, a ręcznie malowane spodki schną ostatnią noc.</p>
     <p>Ściskamy<br>Ekipa Ceramiki Bolko</p>
     """),
     ["BSM201"], "Order confirmation: order received and being packed."),
    ("fulfillment-question", "text",
     "Dziękujemy! #ORD#",
     T("""
     Dzień dobry,

     ogromne dzięki za zakupy w Drewnianej Kuchni i zaufanie do małej pracowni (zamówienie #ORD#). To dla nas naprawdę dużo znaczy!

     Tomasz
     """),
     ["BSM202"], "Thanks-only message."),
    ("fulfillment-question", "text",
     "Zamówienie #ORD#",
     T("""
     Dzień dobry,

     gdyby z zamówieniem #ORD# działo się cokolwiek niepokojącego, proszę śmiało pisać – jesteśmy do dyspozycji od poniedziałku do soboty.

     Zespół Lumenta
     """),
     ["BSM202"], "Only says the seller is available if a problem comes up."),
    ("delivery-delay", "text",
     "Drobne opóźnienie – #ORD#",
     T("""
     Dzień dobry,

     zamówienie #ORD# wyślemy z dwudniowym poślizgiem, 11.12.2026, bo czekamy na dostawę kartonów w odpowiednim rozmiarze. Przepraszamy!

     Pozdrawiamy
     Ceramika Bolko

     PS Do końca grudnia cały nasz asortyment na Amazonie jest tańszy o 20% – warto zajrzeć przed świętami.
     """),
     ["BSM203"], "Permitted delay with a P.S. advertising 20 % off the whole range."),
    ("reply", "text",
     "Re: Rozmiar fartucha – #ORD#",
     T("""
     Dzień dobry Pani Moniko,

     fartuch z zamówienia #ORD# ma regulowany pasek na szyi, więc pasuje zarówno na 160, jak i na 185 cm wzrostu.

     Zapraszamy też do obserwowania naszej pracowni na Instagramie i zapisania się do newslettera – w styczniu pokażemy nową kolekcję lnianych obrusów.

     Ola
     Pracownia Haftu Ola
     """),
     ["BSM203"], "Useful reply that also invites following the shop, the newsletter and a new collection."),
    ("review-request", "text",
     "Twoja opinia o zamówieniu #ORD#",
     T("""
     Dzień dobry,

     mamy nadzieję, że lampka z zamówienia #ORD# dobrze się sprawdza. Będziemy wdzięczni za kilka słów opinii na Amazon.pl.

     Gdy tylko Twoja recenzja się pojawi, odezwij się do nas – w ramach podziękowania wyślemy drobny upominek od naszej firmy.

     Zespół Lumenta
     """),
     ["BSM204"], "Review request promising a small gift once the review is published."),
    ("review-request", "html",
     "Zwrot pieniędzy za opinię – #ORD#",
     T("""
     <p>Dzień dobry Panie Adamie,</p>
     <p>mamy dla Pana propozycję: proszę dodać recenzję deski z zamówienia #ORD# na Amazonie, a <b>zwrócimy całą kwotę zakupu</b>, gdy tylko opinia będzie widoczna na stronie produktu.</p>
     <p>Wystarczy odpisać z informacją, kiedy recenzja jest opublikowana.</p>
     <p>Pozdrawiamy<br>Drewniana Kuchnia</p>
     """),
     ["BSM204"], "Full refund offered once the review is online."),
    ("reply", "text",
     "Re: Pęknięty kubek – #ORD#",
     T("""
     Dzień dobry Pani Haniu,

     nowy kubek do zamówienia #ORD# wysłaliśmy wczoraj bezpłatnie, a za pęknięty nie trzeba niczego odsyłać.

     Skoro sprawa jest już załatwiona, czy mogłaby Pani zaktualizować swoją recenzję z jedną gwiazdką albo ją usunąć? Bardzo ciąży nam na ocenie sklepu.

     Pozdrawiam
     Anna Kowalczyk
     """),
     ["BSM205"], "Asks the buyer to update or remove a one-star review."),
    ("review-request", "text",
     "Prośba o opinię – #ORD#",
     T("""
     Dzień dobry,

     jeśli jest Pan zadowolony z szafki z zamówienia #ORD#, będzie nam bardzo miło, gdy wystawi Pan opinię na Amazonie.

     A jeśli coś poszło nie tak, prosimy nie wystawiać oceny, tylko najpierw napisać do nas – wszystko załatwimy.

     Pozdrawiamy
     MebloBox
     """),
     ["BSM206"], "Asks only satisfied buyers to review, steers unhappy ones to contact the seller."),
    ("review-request", "html",
     "Pięć gwiazdek? Zamówienie #ORD#",
     T("""
     <p>Dzień dobry,</p>
     <p>mała pracownia, wielka prośba: jeśli ręczniki z zamówienia #ORD# przypadły Pani do gustu, zostaw nam proszę <b>5 gwiazdek</b> na Amazonie. Dla takiego warsztatu jak nasz każda piątka to być albo nie być.</p>
     <p>Dziękuję!<br>Ola</p>
     """),
     ["BSM206"], "Asks for a five-star rating."),
    ("order-problem", "text",
     "Zamówienie #ORD# – brak na stanie",
     T("""
     Dzień dobry,

     niestety kinkiet Lumenta Nova w kolorze mosiężnym z zamówienia #ORD# wyprzedał się, a producent nie planuje kolejnej serii. Kwotę zamówienia skorygowaliśmy w całości, z powodem NoInventory (brak towaru).

     Żeby wszystko zamknąć od razu, najszybciej będzie, jeśli sam Pan złoży w swoim koncie Amazon wniosek o anulowanie zamówienia.

     Przepraszamy
     Zespół Lumenta
     """),
     ["BSM108"], "Amount adjusted, but advises the buyer to cancel themselves because stock ran out."),
    ("order-problem", "text",
     "Zamówienie #ORD#",
     T("""
     Dzień dobry Pani Beato,

     bardzo nam przykro, ale pościel w kolorze szałwiowym z zamówienia #ORD# właśnie się skończyła i długo nie wróci.

     Bylibyśmy wdzięczni, gdyby zechciała Pani złożyć wniosek o anulowanie zamówienia przez Amazon – wtedy sprawa zamknie się najszybciej.

     Pozdrawiam
     Karolina, Len i Len
     """),
     ["BSM107", "BSM108"], "Out of stock: asks for a cancellation request and does not confirm any adjustment."),
    ("delivery-delay", "text",
     "Opóźnienie zamówienia #ORD#",
     T("""
     Dzień dobry,

     zamówienie #ORD# wyślemy dopiero 14.12.2026, bo czekamy na dostawę okuć do szuflad. Przepraszamy za zwłokę.

     Jeśli nie chcesz dostawać od nas takich wiadomości, odpisz po prostu STOP.

     MebloBox
     """),
     ["BSM305"], "Delay message with a reply-STOP opt-out instruction."),
    ("reply", "text",
     "Re: Gdzie paczka?! #ORD#",
     T("""
     Dzień dobry,

     sprawdziłem zamówienie #ORD#. Ten pieprzony kurier znowu, kurwa, zawalił – paczka od trzech dni leży w sortowni w Strykowie i nikt tam nie odbiera. Nową wysyłkę nadamy jutro, jeśli do rana się nie ruszy.

     Mateusz
     Drewniana Kuchnia
     """),
     ["BSM306"], "Reply containing Polish profanity."),
    ("delivery-delay", "text",
     "Order #ORD# – shipping update",
     T("""
     Hello,

     we are sorry, but your order #ORD# will leave our workshop a little later than planned. The glaze on the mugs needs another firing, so the new dispatch date is 15 December 2026.

     Kind regards,
     Anna
     Ceramika Bolko
     """),
     ["BSM104"], "Message to a Polish buyer written entirely in English."),
    ("additional-information", "text",
     "Dostawa kuchenki – #ORD#",
     T("""
     Dzień dobry,

     do dostawy kuchenki z zamówienia #ORD# potrzebujemy potwierdzenia, czy w budynku jest winda towarowa.

     Najprościej będzie, jeśli zadzwoni Pan do naszego biura: tel. 512 384 907 (pon.–pt. 8–16).

     Pozdrawiamy
     MebloBox
     """),
     ["BSM309"], "Seller's own phone number in national format."),
    ("reply", "html",
     "Re: Reklamacja lampy #ORD#",
     T("""
     <p>Dzień dobry,</p>
     <p>w sprawie reklamacji lampy z zamówienia #ORD# proszę o kontakt z naszym działem technicznym pod numerem <b>+48 22 617 40 58</b> – kolega przeprowadzi Pana przez test zasilacza.</p>
     <p>Pozdrawiam<br>Bartek, Lumenta</p>
     """),
     ["BSM309"], "Seller's phone number in international format."),
    ("reply", "text",
     "Re: Faktura na firmę – #ORD#",
     T("""
     Dzień dobry,

     fakturę do zamówienia #ORD# wystawimy na firmę bez problemu. Proszę podesłać NIP i pełną nazwę firmy bezpośrednio na faktury@ceramikabolko.pl – tam księgowa ma wszystko pod ręką.

     Anna Kowalczyk
     """),
     ["BSM308"], "Plain e-mail address in the text."),
    ("reply", "text",
     "Re: Zdjęcia uszkodzenia #ORD#",
     T("""
     Dzień dobry,

     żeby rozpatrzyć zgłoszenie do zamówienia #ORD#, potrzebujemy zdjęć porysowanego blatu. Najlepiej wysłać je na adres reklamacje małpa meblobox kropka pl, w temacie wpisując numer zamówienia.

     Pozdrawiamy
     MebloBox
     """),
     ["BSM308"], "E-mail address obfuscated with 'małpa' and 'kropka'."),
    ("reply", "html",
     "Re: Jak dbać o deskę? #ORD#",
     T("""
     <p>Dzień dobry,</p>
     <p>deskę z zamówienia #ORD# najlepiej raz w miesiącu natrzeć olejem lnianym lub parafinowym i nigdy nie wkładać do zmywarki.</p>
     <p>Więcej wskazówek zebraliśmy w artykule <a href="https://www.drewnianakuchnia.pl/blog/pielegnacja-desek">Pielęgnacja drewnianych desek krok po kroku</a>.</p>
     <p>Pozdrawiam<br>Tomasz Wróbel</p>
     """),
     ["BSM302"], "Descriptive https link to the seller's own blog."),
    ("delivery-delay", "html",
     "Nowy termin wysyłki – #ORD#",
     T("""
     <p>Dzień dobry,</p>
     <p>zamówienie #ORD# wyślemy 16.12.2026, dwa dni później, niż podawaliśmy. Aktualny status znajdzie Pani zawsze w zakładce <a href="http://www.amazon.pl/gp/css/order-history">Twoje zamówienia na Amazon.pl</a>.</p>
     <p>Przepraszamy i pozdrawiamy<br>Len i Len</p>
     """),
     ["BSM301"], "Descriptive http (not https) link to Amazon."),
    ("review-request", "html",
     "Opinia o kubku – #ORD#",
     T("""
     <p>Dzień dobry,</p>
     <p>czy kubek z zamówienia #ORD# dobrze się sprawuje? Będziemy wdzięczni za opinię na Amazonie.</p>
     <p><img src="%s/kubek-boleslawiec-pawie-oczko-350ml.jpg" alt="Kubek Bolesławiec Pawie Oczko 350 ml" width="300" height="300"></p>
     <p>Pozdrawiamy<br>Ceramika Bolko</p>
     """ % IMG),
     ["BSM310"], "Includes a photo of the purchased mug."),
    ("delivery-delay", "html",
     "Świąteczne opóźnienie – #ORD#",
     T("""
     <p>Dzień dobry,</p>
     <p>w okresie przedświątecznym kurierzy są przeciążeni, dlatego zamówienie #ORD# nadamy dopiero 18.12.2026.</p>
     <p><img src="%s/stock-zimowy-las-o-zachodzie.jpg" alt="Zimowy las o zachodzie słońca" width="400" height="250"></p>
     <p>Wesołych Świąt!<br>Lumenta</p>
     """ % IMG),
     ["BSM311"], "Stock winter-forest image unrelated to the shop."),
    ("delivery-delay", "html",
     "Zamówienie #ORD# – przesunięcie wysyłki",
     T("""
     <p><img src="%s/meblobox-logo.png" width="180" height="50"></p>
     <p>Dzień dobry,</p>
     <p>komoda z zamówienia #ORD# zostanie wysłana 21.12.2026 zamiast 14.12.2026 – fabryka opóźniła lakierowanie frontów.</p>
     <p>Pozdrawiamy<br>MebloBox</p>
     """ % IMG),
     ["BSM402"], "Shop logo without an alt attribute."),
    ("delivery-scheduling", "text",
     "Dostawa stołu – #ORD#",
     T("""
     Hej!

     Stół dębowy z zamówienia #ORD# jest gotowy do transportu 🚚 Pasuje Ci sobota 19.12 między 9:00 a 13:00, czy wolisz poniedziałek 21.12 po południu?

     Daj znać 😊
     Damian, MebloBox
     """),
     ["BSM403"], "Emoji in a delivery-scheduling message."),
    ("additional-information", "text",
     "Imię do grawerunku – #ORD#",
     T("""
     Dzień dobry,

     w zamówieniu #ORD# nie podała Pani imienia do grawerunku na desce. Jakie imię mamy wygrawerować i czy z datą? :)

     Pozdrawiam
     Ewelina, Drewniana Kuchnia
     """),
     ["BSM403"], "Text emoticon ':)' in an otherwise permitted request."),
    ("delivery-delay", "html",
     "Informacja o wysyłce – #ORD#",
     T("""
     <style>
       h1 { font-size: 24px; }
       h2 { font-size: 18px; }
       p { font-size: 14px; }
       .drobny { font-size: 11px; }
     </style>
     <h1>Len i Len</h1>
     <h2>Zamówienie #ORD#</h2>
     <p>Dzień dobry, komplet pościeli wyślemy 15.12.2026 – tkanina wróciła z farbiarni dzień później, niż zakładaliśmy.</p>
     <p>Przepraszamy za opóźnienie.</p>
     <p class="drobny">Len i Len, ul. Tkacka 3, 58-500 Jelenia Góra</p>
     """),
     ["BSM410"], "Four explicit font sizes in a <style> block."),
    ("delivery-delay", "text",
     "Opóźnienie – zamówienie #ORD#",
     T("""
     Dzień dobry,

     zamówienie #ORD# wyślemy 17.12.2026 zamiast 14.12.2026 – czekamy na szkło do lampy od huty.


     Przepraszamy za kłopot.


     Zespół Lumenta
     """),
     ["BSM412"], "Two blank lines in a row between paragraphs of plain text."),
    ("review-request", "text",
     "[Ważne] Opinia o zamówieniu #ORD#",
     T("""
     Dzień dobry,

     od dostawy zamówienia #ORD# minął tydzień. Jeśli ma Pan chwilę, prosimy o opinię o produkcie na Amazonie – pomoże innym w wyborze.

     Pozdrawiamy
     Kuchnia Pełną Gębą
     """),
     ["BSM110"], "[Ważne] tag on a review request, which is not critical."),
    ("invoice", "html",
     "Faktura #ORD#",
     T("""
     <p>Dzień dobry,</p>
     <p>faktura VAT FV/2026/12/0512 do zamówienia #ORD# jest w załączniku. Szczegóły zamówienia znajdzie Pan <a href="https://www.amazon.pl/gp/your-account/order-details?orderID=#ORD#">tutaj</a>.</p>
     <p>Pozdrawiamy<br>AGD Świat</p>
     """),
     ["BSM401"], "Link text 'tutaj' (here) does not say where it goes."),
    # ---------------- 2 that vary ----------------
    ("delivery-delay", "html",
     "Zamówienie #ORD# – zmiana terminu",
     T("""
     <div style="font-family: Georgia, serif; color: #4a3b2a; line-height: 1.7; text-align: center;">
       <p>Dzień dobry Pani Zofio,</p>
       <p>obrus z haftem z zamówienia #ORD# będzie gotowy 15.12.2026 – nici w wybranym odcieniu dotarły z opóźnieniem. Wyślemy go tego samego dnia.</p>
       <p>Serdeczności<br>Pracownia Haftu Ola</p>
     </div>
     """),
     ["BSM407", "BSM408", "BSM409", "BSM411"], "Builder wrapper setting font family, colour, line height and centred text."),
    ("delivery-delay", "text",
     "Opóźnienie wysyłki",
     T("""
     Dzień dobry,

     Pani zamówienie nr #RAW# wyślemy dopiero w przyszły wtorek, 15.12.2026 – czekamy na uzupełnienie kubków w kolorze kobaltowym.

     Przepraszamy i pozdrawiamy
     Ceramika Bolko
     """),
     ["BSM102"], "Order number written as 17 digits without hyphens only."),
]

_IDS = _order_ids(len(_RAW))

MESSAGES = []
for _i, (_type, _fmt, _subj, _body, _exp, _note) in enumerate(_RAW, 1):
    _oid = _IDS[_i - 1]
    _raw = _oid.replace("-", "")
    MESSAGES.append({
        "id": "v9-%s-%03d" % (LANG, _i),
        "language": LANG,
        "locale": LOCALE,
        "type": _type,
        "format": _fmt,
        "subject": _subj.replace("#ORD#", _oid).replace("#RAW#", _raw),
        "body": _body.replace("#ORD#", _oid).replace("#RAW#", _raw),
        "order_id": _oid,
        "expected": sorted(_exp),
        "note": _note,
    })
