from common import M, P, builder, outlook

L = [
# ---- BSM202
M("thanks", "fulfillment-question", "text", "Dziękujemy za zamówienie {O}", """
Dzień dobry, Pani Anno,

chcieliśmy po prostu podziękować za zakupy w Kawiarni u Zosi. Mamy nadzieję, że nowa kawiarka będzie Pani służyć przez wiele poranków!

Serdecznie pozdrawiamy
Zofia
Kawiarnia u Zosi""", ["BSM202"], "just thanks + hope"),
M("thanks", "additional-information", "text", "Pana zamówienie {O}", """
Szanowny Panie Kowalski,

dziękujemy za wybór sklepu Dom i Ogród Nowak. Pozostajemy do Pana dyspozycji w razie jakichkolwiek pytań dotyczących zakupu.

Z poważaniem
Obsługa klienta Dom i Ogród Nowak""", ["BSM202"], "thanks + do dyspozycji"),
M("thanks", "fulfillment-question", "html", "Serdeczne podziękowania – zamówienie {O}", builder(P(
 "Szanowna Pani Wiśniewska,",
 "bardzo dziękujemy za zamówienie {O}. Jesteśmy małą pracownią ceramiki z Bolesławca i każde zamówienie sprawia nam ogromną radość.",
 "Życzymy, aby nowy serwis do herbaty cieszył Panią przez wiele lat.",
 "Z wdzięcznością<br>Magda i Piotr<br>Pracownia Ceramiki Bolesławiec"),
 "https://m.media-amazon.com/images/S/aplus-media-library-service-media/pracownia-ceramiki-boleslawiec-logo.png", "Pracownia Ceramiki Bolesławiec"), ["BSM202"], "builder + logo; thanks + wishes"),
M("thanks", "fulfillment-question", "text", "Zamówienie {O}", """
Dziękujemy za zakupy!

Zespół TechnoPunkt""", ["BSM202"], "one-line thanks"),
M("thanks", "additional-information", "html", "Zamówienie {O} – Papiernik Zieliński", outlook([
 "Szanowni Państwo,",
 "dziękujemy za zaufanie, jakim obdarzyli nas Państwo, składając zamówienie.",
 "W przypadku jakichkolwiek problemów z zamówieniem {O} prosimy o kontakt za pośrednictwem systemu wiadomości Amazon.",
 "Z wyrazami szacunku",
 "Tomasz Zieliński<br>Papiernik Zieliński sp. z o.o."]), ["BSM202"], "Outlook formal"),
M("thanks", "fulfillment-question", "text", "Potrzebujesz pomocy? ({O})", """
Cześć,

jeśli coś w paczce jest nie tak albo masz pytania dotyczące obsługi nowego robota kuchennego, po prostu odpowiedz na tę wiadomość. Chętnie pomożemy.

Miłego dnia!
Kuchnia Pełna Smaku""", ["BSM202"], "only offer to help"),
M("thanks", "fulfillment-question", "html", "Dziękujemy z całego serca ({O})", P(
 "Cześć Kasiu,",
 "ogromne dzięki za Twoje zamówienie {O}! Za naszym sklepem stoimy tylko my dwie i każde zamówienie bardzo nas cieszy.",
 "Mamy nadzieję, że włóczka merino spodoba Ci się tak samo jak nam, a sweter wyjdzie przepiękny.",
 "Gdyby cokolwiek było nie tak, napisz do nas – zawsze chętnie pomożemy.",
 "Jeszcze raz dziękujemy i udanego dziergania!",
 "Ściskamy<br>Ola i Basia<br>Motek Wełny"), ["BSM202"], "long informal thanks"),
M("thanks", "additional-information", "text", "Podziękowanie – zamówienie {O}", """
Szanowny Kliencie,

dziękujemy za zamówienie i życzymy udanego dnia.

Pozdrawiamy serdecznie
Szkółka Roślin Zielony Zakątek""", ["BSM202"], "formal thanks + wish"),
# ---- lookalikes
M("lookalike", "delivery-delay", "text", "Opóźnienie zamówienia {O}", """
Szanowny Panie Wójcik,

dziękujemy za zamówienie. Niestety dostawa dębowego stolika kawowego „Sopot“ się opóźni: nasz stolarz wykończy blat dopiero w przyszłym tygodniu.

Wysyłkę planujemy teraz na 16 stycznia zamiast 9 stycznia. Nie musi Pan nic robić.

Przepraszamy za utrudnienia i dziękujemy za cierpliwość.

Z poważaniem
Dom i Ogród Nowak""", [], "thanks + new date"),
M("lookalike", "additional-information", "text", "Tekst grawerunku – zamówienie {O}", """
Szanowna Pani Kamińska,

dziękujemy za zamówienie grawerowanej deski do krojenia. Zanim przystąpimy do grawerowania, mamy jedno pytanie.

Podany tekst („Rodzina Kamińskich – witamy w naszym domu od 2010“) ma 49 znaków, a na desce zmieści się najwyżej 35. Czy może Pani podać krótszy tekst?

Pozdrawiamy
Grawernia Kraków""", [], "thanks + engraving question"),
M("lookalike", "invoice", "html", "Faktura do zamówienia {O}", P(
 "Szanowny Panie Lewandowski,",
 "dziękujemy za zakup. W załączniku przesyłamy fakturę nr FV/2026/01/087 do zamówienia {O}.",
 "Na fakturze znajdują się nasz NIP 525-000-12-34 oraz REGON 146123456.",
 "Z poważaniem<br>Dział księgowości TechnoPunkt"), [], "thanks + invoice; NIP with dashes"),
M("lookalike", "delivery-scheduling", "text", "Termin dostawy – zamówienie {O}", """
Szanowna Pani Dąbrowska,

dziękujemy za wybór lodówki Amica. Ponieważ dostawę realizuje dwóch kurierów z wniesieniem, musimy uzgodnić z Panią termin.

Dostępne terminy:
- wtorek 13 stycznia, 8:00–12:00
- czwartek 15 stycznia, 14:00–18:00

Który termin Pani odpowiada i na którym piętrze znajduje się mieszkanie?

Z poważaniem
Elektro Dom Poznań""", [], "thanks + delivery slot"),
M("lookalike", "return-follow-up", "text", "Pana zwrot – zamówienie {O}", """
Szanowny Panie Szymański,

dziękujemy za zgłoszenie zwrotu. Opłacona etykieta zwrotna jest dostępna w sekcji „Twoje zamówienia“ na Amazon: wystarczy ją wydrukować i nakleić na karton.

Aby zakończyć zwrot, prosimy o informację, czy odsyła Pan również akumulator, czy tylko samo narzędzie.

Dziękujemy
Narzędziownia Majster""", [], "thanks + label + question"),
# ---- clean
M("clean", "reply", "text", "Odp.: Anulowanie zamówienia {O}", """
Szanowna Pani Kozłowska,

zamówienie {O} zostało anulowane na Pani prośbę, przed wysyłką. Amazon zwróci pełną kwotę 219,00 zł w ciągu trzech do pięciu dni roboczych.

Z poważaniem
Motek Wełny""", [], "cancellation at buyer's request"),
M("clean", "order-problem", "text", "Problem z zamówieniem {O}", """
Szanowny Panie Jankowski,

z przykrością informujemy, że garnka Zwieger (24 cm) z zamówienia {O} nie możemy wysłać: ostatni egzemplarz uszkodził się w magazynie, a model został wycofany z produkcji.

Skorygowaliśmy więc całkowitą kwotę zamówienia z powodu braku towaru; 349,00 zł wróci na Pana konto w ciągu kilku dni.

Z poważaniem
Kuchnia Pełna Smaku""", [], "order problem + adjustment"),
M("clean", "return-follow-up", "text", "Propozycja częściowego zwrotu – {O}", """
Cześć Michale,

napisałeś, że podstawa lampy ma drobną rysę, ale chciałbyś ją zatrzymać. Możemy zaproponować częściowy zwrot w wysokości 80,00 zł bez odsyłania produktu.

Czy ta propozycja Ci odpowiada? Gdy tylko potwierdzisz, zlecimy zwrot dla zamówienia {O}.

Pozdrawiamy
Dom i Ogród Nowak""", [], "partial refund offer"),
M("clean", "review-request", "text", "Pani opinia o czajniku – zamówienie {O}", """
Szanowna Pani Mazur,

kilka tygodni temu kupiła Pani u nas czajnik Smeg (zamówienie {O}). Jeśli znajdzie Pani chwilę, będziemy wdzięczni za podzielenie się wrażeniami w recenzji na Amazon.

Z poważaniem
Elektro Dom Poznań""", [], "neutral review request"),
M("clean", "invoice", "text", "Faktura FV/2026/01/045 – zamówienie {O}", """
Szanowni Państwo,

w załączniku przesyłamy fakturę do zamówienia {O}.

Nr faktury: FV/2026/01/045
Data wystawienia: 08.01.2026
Kwota brutto: 5 249,00 zł
NIP: 123-456-78-90
REGON: 123456785
KRS: 0000123456

Z poważaniem
Papiernik Zieliński sp. z o.o.""", [], "invoice: NIP grouped like a phone number"),
M("clean", "custom-design-verification", "html", "Projekt zaproszeń – zamówienie {O}", builder(P(
 "Szanowna Pani Krawczyk,",
 "w załączniku przesyłamy projekt zaproszeń ślubnych (15 × 15 cm, 80 sztuk, data 20.06.2026).",
 "Prosimy o sprawdzenie imion i miejsca ceremonii oraz o potwierdzenie akceptacji lub przesłanie poprawek w odpowiedzi na tę wiadomość.",
 "Z poważaniem<br>Studio Biały Papier"), "https://m.media-amazon.com/images/S/aplus-media-library-service-media/studio-bialy-papier-logo.png", "Studio Biały Papier"), [], "design proof + logo"),
# ---- BSM201
M("201", "fulfillment-question", "text", "Paczka jest w drodze ({O})", """
Cześć Marto,

dobra wiadomość: Twoja paczka opuściła dziś rano nasz magazyn i jest już w drodze do Ciebie.

Do usłyszenia!
Kawiarnia u Zosi""", ["BSM201"], "left warehouse"),
M("201", "additional-information", "text", "Informacja o zamówieniu {O}", """
Szanowny Panie Wieczorek,

właśnie przekazaliśmy Pana paczkę firmie InPost. Powinna dotrzeć w ciągu 48 godzin.

Z poważaniem
Narzędziownia Majster""", ["BSM201"], "handed to InPost"),
M("201", "fulfillment-question", "html", "Otrzymaliśmy Pani zamówienie ({O})", P(
 "Szanowna Pani Nowicka,",
 "Pani zamówienie {O} dotarło do nas prawidłowo, a nasz zespół już je starannie kompletuje.",
 "Z poważaniem<br>Szkółka Roślin Zielony Zakątek"), ["BSM201"], "order received + preparing"),
# ---- BSM204
M("204", "review-request", "text", "Pani opinia jest ważna – {O}", """
Szanowna Pani Michalska,

jak sprawdza się młynek do kawy? Jeśli znajdzie Pani chwilę na recenzję na Amazon, do kolejnego zamówienia dołączymy w prezencie paczkę naszej firmowej mieszanki.

Z poważaniem
Kawiarnia u Zosi""", ["BSM204"], "free coffee for review"),
M("204", "review-request", "text", "Mała prośba – zamówienie {O}", """
Cześć Kuba,

czy mógłbyś wystawić recenzję lampek rowerowych na Amazon? Gdy tylko zostanie opublikowana, zwrócimy Ci koszt wysyłki.

Dzięki!
Części Rowerowe Gdańsk""", ["BSM204"], "shipping refund once published"),
M("204", "review-request", "html", "Bon za recenzję ({O})", P(
 "Szanowny Panie Grabowski,",
 "w podziękowaniu za recenzję na Amazon prześlemy Panu bon o wartości 40 zł na kolejne zakupy.",
 "Z poważaniem<br>Szkółka Roślin Zielony Zakątek"), ["BSM204"], "voucher for review"),
# ---- BSM205
M("205", "reply", "text", "Odp.: Pana recenzja – zamówienie {O}", """
Szanowny Panie Pawlak,

cieszymy się, że część zamienna już działa. Skoro problem został rozwiązany, czy byłby Pan skłonny zmienić swoją recenzję z jedną gwiazdką?

Z poważaniem
Elektro Dom Poznań""", ["BSM205"], "change one-star review"),
M("205", "reply", "text", "Odp.: Ocena sprzedawcy – {O}", """
Szanowna Pani Król,

dziękujemy, że mogliśmy wyjaśnić sprawę. Ponieważ opóźnienie wynikło z winy przewoźnika, czy mogłaby Pani usunąć negatywną ocenę, którą nam Pani wystawiła?

Pozdrawiamy
Motek Wełny""", ["BSM205"], "remove negative feedback"),
M("205", "reply", "html", "Odp.: Brakujące śruby ({O})", P(
 "Szanowny Panie Wróbel,",
 "brakujące śruby wysłaliśmy dziś osobną przesyłką.",
 "Gdy regał będzie już złożony, może zechciałby Pan zaktualizować swoją recenzję na Amazon, tak aby odzwierciedlała obecną sytuację?",
 "Z poważaniem<br>Dom i Ogród Nowak"), ["BSM205"], "'zaktualizować recenzję'"),
# ---- BSM206
M("206", "review-request", "text", "Czy jest Pan zadowolony z zamówienia {O}?", """
Szanowny Panie Zając,

jeśli jest Pan zadowolony z butelki termicznej, będzie nam bardzo miło, jeśli wystawi Pan recenzję na Amazon. Jeżeli nie, prosimy najpierw o kontakt z nami, abyśmy wspólnie znaleźli rozwiązanie.

Z poważaniem
Kuchnia Pełna Smaku""", ["BSM206"], "satisfied -> review; else contact us"),
M("206", "review-request", "text", "Pięć gwiazdek? ({O})", """
Cześć Bartku,

ocena pięciu gwiazdek na Amazon ogromnie pomaga małemu sklepowi takiemu jak nasz. Czy znajdziesz chwilę, żeby ocenić zestaw do szydełkowania?

Z góry dziękujemy!
Motek Wełny""", ["BSM206"], "five stars"),
M("206", "review-request", "html", "Wszystko w porządku? ({O})", P(
 "Szanowna Pani Adamczyk,",
 "tylko jeśli jest Pani w pełni zadowolona z serwisu do herbaty, z radością przeczytamy Pani recenzję na Amazon.",
 "Z poważaniem<br>Pracownia Ceramiki Bolesławiec"), ["BSM206"], "only if fully satisfied"),
# ---- BSM108
M("108", "delivery-delay", "text", "Pani zamówienie {O}", """
Szanowna Pani Dudek,

zamówiony ekspres do kawy został niestety wyprzedany, a dostawca nie potrafi podać terminu ponownej dostawy.

Najszybciej odzyska Pani pieniądze, jeśli sama anuluje Pani zamówienie w sekcji „Twoje zamówienia“ na Amazon.

Z poważaniem
Kuchnia Pełna Smaku""", ["BSM108"], "quickest to cancel yourself"),
M("108", "fulfillment-question", "text", "Brak towaru – zamówienie {O}", """
Szanowny Panie Sikora,

nie mamy już butów do biegania w rozmiarze 44. Będziemy wdzięczni, jeśli złoży Pan prośbę o anulowanie zamówienia {O}.

Sportowe pozdrowienia
Biegacz Warszawa""", ["BSM108"], "grateful for cancellation request"),
M("108", "delivery-delay", "html", "W sprawie zamówienia {O}", P(
 "Szanowny Panie Baran,",
 "zamówiona wkrętarka jest niedostępna i nie wiemy, kiedy wróci do sprzedaży. Zamiast czekać, może Pan anulować zamówienie na Amazon w kilka kliknięć.",
 "Z poważaniem<br>Narzędziownia Majster"), ["BSM108"], "suggests cancelling rather than waiting"),
# ---- BSM203
M("203", "delivery-delay", "text", "Opóźnienie zamówienia {O}", """
Szanowna Pani Szewczyk,

Pani personalizowany kalendarz zostanie wysłany 14 stycznia zamiast 9 stycznia, ponieważ nasza drukarnia ma niewielkie opóźnienia po świętach. Przepraszamy za oczekiwanie.

Z poważaniem
Studio Biały Papier

PS Z kodem ZIMA15 otrzyma Pani 15% rabatu na kolejne zamówienie.""", ["BSM203"], "PS discount code"),
M("203", "invoice", "text", "Faktura – zamówienie {O}", """
Szanowny Panie Kaczmarek,

w załączniku przesyłamy fakturę (FV/2026/02/221).

Aby nie przegapić żadnej promocji, obserwuj nas na Instagramie i zapisz się do naszego newslettera!

Z poważaniem
Części Rowerowe Gdańsk""", ["BSM203"], "follow us + newsletter"),
M("203", "review-request", "html", "Pani opinia o pościeli ({O})", P(
 "Szanowna Pani Piotrowska,",
 "z przyjemnością przeczytamy Pani recenzję kompletu pościeli na Amazon.",
 "A przy okazji: właśnie pojawiła się nasza nowa wiosenna kolekcja z ekologicznego lnu – na start 20% taniej!",
 "Z poważaniem<br>Dom i Ogród Nowak"), ["BSM203"], "new collection + discount"),
]
