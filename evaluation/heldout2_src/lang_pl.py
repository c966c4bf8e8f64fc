from common import M
L = "pl"
# ---- clean (12)
M(L, "delivery-delay", "text", "Opóźnienie wysyłki zamówienia {o}", """Dzień dobry, Pani Anno,

niestety zamówienie {o} (komoda „Bieszczady”, dąb naturalny) nie zostanie wysłane w zapowiadanym terminie. Stolarnia, która wykonuje dla nas fronty szuflad, ma tygodniowe opóźnienie.

Nowy przewidywany termin wysyłki to czwartek, 23 maja. Jeśli nie chce Pani czekać, może Pani anulować zamówienie na swoim koncie Amazon – otrzyma Pani wtedy pełny zwrot.

Przepraszamy za utrudnienia.

Pozdrawiamy serdecznie,
Tomasz Wójcik
Meble z Podkarpacia""", [], "clean: delay with new date, neutral cancellation mention")
M(L, "order-problem", "html", "[Ważne] Problem z zamówieniem {o}", """<p>Szanowny Panie Piotrze,</p>
<p>z przykrością informujemy, że ekspres do kawy z zamówienia {o} jest niedostępny – ostatni egzemplarz okazał się uszkodzony, a producent wycofał ten model.</p>
<p>Skorygowaliśmy kwotę zamówienia i zwróciliśmy całość, czyli 899,00 zł (powód: brak towaru). Środki pojawią się na koncie w ciągu kilku dni roboczych.</p>
<p>Z poważaniem,<br>Kawa i Ekspresy Kraków</p>""", [], "clean: order problem with adjustment; [Ważne] on critical type")
M(L, "invoice", "text", "Faktura do zamówienia {o}", """Szanowna Pani,

w załączniku przesyłamy fakturę VAT do zamówienia {o}, wystawioną na firmę zgodnie z Pani prośbą.

Numer faktury: FV/2024/05/0317
NIP: 521-384-72-19
REGON: 146283051
KRS: 0000487215

Z poważaniem,
Dział księgowości, Biurowiec24 Sp. z o.o.""", [], "clean: invoice with NIP grouped like phone number")
M(L, "review-request", "html", "Jak sprawdza się Pani zamówienie {o}?", """<p><img src="https://cdn.pracownia-lniana.pl/mail/logo-pracownia-lniana.png" alt="Pracownia Lniana" width="150"></p>
<p>Dzień dobry, Pani Katarzyno,</p>
<p>kilka tygodni temu otrzymała Pani lnianą pościel z zamówienia {o}. Czy zechciałaby Pani podzielić się opinią na Amazon? Każda szczera recenzja – pozytywna czy krytyczna – pomaga innym klientom.</p>
<p><a href="https://www.amazon.pl/review/create-review?asin=B0C5NW8R2T">Napisz recenzję na Amazon.pl</a></p>
<p>Pozdrawiamy,<br>Pracownia Lniana</p>""", [], "clean: neutral HTML review request")
M(L, "delivery-scheduling", "text", "Ustalenie terminu dostawy – zamówienie {o}", """Dzień dobry, Panie Marku,

narożnik z zamówienia {o} jest już w naszym magazynie w Poznaniu. Dostawa odbywa się z wniesieniem, dlatego musimy umówić termin.

Proponowane terminy:
- wtorek, 11 czerwca, 8:00–12:00
- piątek, 14 czerwca, 12:00–16:00

Prosimy o informację, który termin Panu odpowiada, i czy w budynku jest winda.

Pozdrawiamy,
Meblarnia Wielkopolska""", [], "clean: delivery scheduling")
M(L, "home-service-appointment", "text", "Termin montażu – zamówienie {o}", """Dzień dobry, Pani Ewo,

do zamówienia {o} wykupiła Pani montaż płyty indukcyjnej. Nasz technik może przyjechać w środę, 29 maja, między 10:00 a 12:00.

Jeśli ten termin nie pasuje, prosimy zaproponować inny dzień w przyszłym tygodniu.

Z pozdrowieniami,
AGD Serwis Wrocław""", [], "clean: home service appointment")
M(L, "custom-design-verification", "text", "Projekt do akceptacji – zamówienie {o}", """Dzień dobry, Pani Magdo,

w załączniku przesyłamy projekt grawerowanej deski do krojenia z zamówienia {o}: napis „Kuchnia Babci Hani” i data 1974.

Prosimy sprawdzić pisownię i układ napisu. Po Pani akceptacji rozpoczniemy grawerowanie.

Pozdrawiamy,
Grawerownia Drewniana""", [], "clean: design proof")
M(L, "additional-information", "html", "Potrzebna informacja – zamówienie {o}", """<p>Dzień dobry, Panie Krzysztofie,</p>
<p>aby przyciąć blat z zamówienia {o}, potrzebujemy informacji, czy podany wymiar 186 cm to długość całkowita, czy długość do ściany bez zaokrąglenia.</p>
<p>Dziękujemy za odpowiedź – produkcja ruszy od razu.</p>
<p>Pozdrawiamy,<br>Blaty na Wymiar</p>""", [], "clean: additional info")
M(L, "return-follow-up", "text", "Zwrot zamówienia {o}", """Szanowna Pani Agnieszko,

otrzymaliśmy zwrot butów z zamówienia {o}. Niestety podeszwy noszą ślady używania na zewnątrz, więc nie możemy ich ponownie sprzedać jako nowych.

Możemy zaproponować częściowy zwrot w wysokości 150,00 zł (z 279,00 zł). Czy zgadza się Pani na takie rozwiązanie?

Z poważaniem,
Obuwie Mazury""", [], "clean: partial refund offer")
M(L, "return-follow-up", "text", "Pytanie dotyczące zwrotu – {o}", """Dzień dobry, Panie Pawle,

otrzymaliśmy Pana prośbę o zwrot zamówienia {o}. Aby ją zakończyć, prosimy o informację, czy zwraca Pan cały zestaw narzędzi, czy tylko uszkodzoną wkrętarkę.

Numer zwrotu: ZW/2024/0719

Pozdrawiamy,
Narzędziownia Śląsk""", [], "clean: return question")
M(L, "fulfillment-question", "text", "Dostawa zamówienia {o}", """Dzień dobry,

kurier zgłosił, że pod adresem ul. Ogrodowa 7 w Gdańsku jest furtka z domofonem bez nazwisk. Aby dostarczyć zamówienie {o}, prosimy o podanie kodu do furtki albo numeru mieszkania na domofonie.

Numer przesyłki kurierskiej: 6301847720193

Dziękujemy,
Herbaciarnia Bałtycka""", [], "clean: fulfillment question with long tracking number")
M(L, "reply", "text", "Odp: gwarancja – zamówienie {o}", """Dzień dobry, Panie Jakubie,

dziękujemy za wiadomość. Odkurzacz z zamówienia {o} objęty jest dwuletnią gwarancją producenta. Najszybciej załatwi Pan naprawę, kontaktując się z infolinią gwarancyjną producenta Philips: 22 397 15 04 (infolinia producenta).

Prosimy przygotować fakturę – jest dostępna na Pana koncie Amazon.

Pozdrawiamy,
Sklep AGD Polna""", [], "clean: manufacturer warranty number marked")
# ---- violations: words (16)
M(L, "fulfillment-question", "html", "Zamówienie {o} przyjęte!", """<p>Cześć Ola,</p>
<p>dziękujemy, otrzymaliśmy Twoje zamówienie {o}! Właśnie je pakujemy i jeszcze dziś przekażemy je kurierowi InPost.</p>
<p>Pozdrawiamy,<br>Świece Sojowe Mila</p>""", ["BSM201"], "order received, being packed, handed to courier today")
M(L, "reply", "text", "Dziękujemy – {o}", """Szanowny Panie,

bardzo dziękujemy za zakupy w naszym sklepie (zamówienie {o}). Gdyby pojawiły się jakiekolwiek pytania, jesteśmy do dyspozycji.

Z wyrazami szacunku,
Zielarnia Pod Lipą""", ["BSM202"], "thanks and availability only")
M(L, "invoice", "text", "Faktura do zamówienia {o}", """Dzień dobry,

w załączniku faktura do zamówienia {o} (FV/2024/0411).

PS Z kodem LATO10 otrzyma Pani 10% rabatu na kolejne zakupy w naszym sklepie na Amazon!

Pozdrawiamy,
Kosmetyki Naturalne Bella""", ["BSM203"], "discount code in PS")
M(L, "reply", "html", "Odp: Pana opinia – zamówienie {o}", """<p>Szanowny Panie Michale,</p>
<p>jak Pan potwierdził, laptop z zamówienia {o} ładuje się już prawidłowo – wystarczyła zmiana ustawień zasilania, o której pisaliśmy.</p>
<p>Skoro problem został rozwiązany, czy mógłby Pan usunąć negatywną opinię, którą Pan wystawił? Bardzo nam na tym zależy.</p>
<p>Pozdrawiamy,<br>Laptopy i Akcesoria</p>""", ["BSM205"], "asks to remove negative review")
M(L, "review-request", "text", "Zadowolona z zamówienia {o}?", """Dzień dobry, Pani Joanno,

jeśli jest Pani zadowolona z lampy z zamówienia {o}, będziemy wdzięczni za ocenę 5 gwiazdek na Amazon. Jeśli coś jest nie tak – prosimy najpierw napisać do nas, zamiast wystawiać opinię.

Pozdrawiamy,
Lampy Loft""", ["BSM206"], "five stars if satisfied; unhappy steered away")
M(L, "delivery-delay", "text", "Zamówienie {o} – brak towaru", """Dzień dobry, Panie Adamie,

rower z zamówienia {o} został wyprzedany, a nowa dostawa jest niepewna.

Najprościej będzie, jeśli sam Pan anuluje zamówienie na swoim koncie Amazon – wtedy od razu otrzyma Pan zwrot pieniędzy.

Pozdrawiamy,
Rowery Pomorze""", ["BSM108"], "advises buyer to cancel")
M(L, "order-problem", "text", "Problem z zamówieniem {o}", """Szanowna Pani Barbaro,

niestety nie możemy zrealizować zamówienia {o}, ponieważ zestaw garnków uległ uszkodzeniu w naszym magazynie.

Bardzo przepraszamy za kłopot.

Z poważaniem,
Garnki Polskie""", ["BSM107"], "order problem without adjustment")
M(L, "return-follow-up", "text", "Zwrot {o}", """Dzień dobry, Pani Małgorzato,

potwierdzamy, że zwrot z zamówienia {o} dotarł do naszego magazynu. Zwrot środków nastąpi standardowo przez Amazon.

Pozdrawiamy,
Dziecięca Szafa""", ["BSM109"], "return receipt only")
M(L, "reply", "text", "[WAŻNE] Odp: rozmiar kurtki – {o}", """Dzień dobry, Pani Natalio,

odpowiadając na pytanie dotyczące zamówienia {o}: kurtka ma standardową rozmiarówkę, przy obwodzie klatki 92 cm polecamy rozmiar S.

Pozdrawiamy,
Outdoor Tatry""", ["BSM110"], "[WAŻNE] on reply")
M(L, "delivery-delay", "text", "Opóźnienie – zamówienie {o}", """Dzień dobry, Panie Łukaszu,

zamówienie {o} zostanie wysłane 2 dni później, 17 kwietnia.

Aby zrezygnować z otrzymywania wiadomości od nas, odpowiedz „STOP”.

Pozdrawiamy,
Puzzle Polska""", ["BSM305"], "opt-out instruction")
M(L, "reply", "text", "Odp: reklamacja {o}", """Panie Kowalczyk,

kurwa, ile można? Czajnik z zamówienia {o} był sprawny, jak wyjeżdżał. Jak go Pan zepsuł, to Pana problem, nie nasz.

AGD Tanio""", ["BSM306"], "profanity")
M(L, "additional-information", "text", "Tekst grawerunku – zamówienie {o}", """Dzień dobry, Pani Zofio,

brakuje nam jeszcze tekstu do grawerunku na zegarku z zamówienia {o}. Można go przesłać na adres grawer małpa zegarmistrz-lublin kropka pl.

Dziękujemy,
Zegarmistrz Lublin""", ["BSM308"], "obfuscated email (małpa/kropka)")
M(L, "delivery-scheduling", "text", "Dostawa lodówki – {o}", """Dzień dobry, Panie Grzegorzu,

lodówka z zamówienia {o} jest gotowa do dostawy. Prosimy o kontakt telefoniczny: 600 123 458, aby ustalić dzień i godzinę.

Pozdrawiamy,
RTV AGD Centrum""", ["BSM309"], "seller mobile number")
M(L, "reply", "html", "Odp: instrukcja – {o}", """<p>Dzień dobry, Pani Justyno,</p>
<p>instrukcję obsługi robota kuchennego z zamówienia {o} znajdzie Pani na stronie produktu – <a href="https://www.amazon.pl/dp/B0CQ8WZ3LM">kliknij tutaj</a>.</p>
<p>Pozdrawiamy,<br>Kuchnia Plus</p>""", ["BSM401"], "'kliknij tutaj'")
M(L, "custom-design-verification", "text", "Projekt – zamówienie {o}", """Hej Kasia,

w załączniku projekt Twojej personalizowanej koszulki (zamówienie {o}) <3 Napis „Najlepsza Ciocia” jest złoty, tak jak chciałaś.

Daj znać, czy wszystko gra!
Koszulkowo""", ["BSM403"], "emoticon <3")
M(L, "delivery-delay", "text", "Opóźnienie zamówienia {o}", """Dear Mrs Kamińska,

we are sorry, but your order {o} (wool blanket) will be shipped a week later than planned, on 24 May.

Best regards,
Wełna Zakopane""", ["BSM104"], "pl-PL buyer, message in English")
# ---- markup (7)
M(L, "additional-information", "html", "Kolor obudowy – zamówienie {o}", """<p>Dzień dobry, Panie Dawidzie,</p>
<p>obudowa komputera z zamówienia {o} jest dostępna w kolorze czarnym i białym. Który Pan wybiera?</p>
<p></p>
<p></p>
<p>Pozdrawiamy,<br>PC Składak</p>""", ["BSM412"], "empty paragraphs between paragraphs")
M(L, "delivery-scheduling", "html", "Termin dostawy – zamówienie {o}", """<p><img src="https://cdn.lozka-mazowsze.pl/mail/baner-lozka-mazowsze.jpg" alt="Łóżka Mazowsze" width="600"></p>
<p>Dzień dobry, Pani Moniko,</p>
<p>łóżko z zamówienia {o} możemy dostarczyć w poniedziałek 3 czerwca lub w środę 5 czerwca, między 9:00 a 13:00. Który termin Pani odpowiada?</p>
<p>Pozdrawiamy,<br>Łóżka Mazowsze</p>""", ["BSM406"], "banner 600px wide")
M(L, "review-request", "html", "Opinia o zamówieniu {o}", """<p><a href="https://www.miodypasieka.pl"><img src="https://www.miodypasieka.pl/logo.png" alt="Pasieka Miody Polskie" width="140"></a></p>
<p>Dzień dobry, Panie Wojciechu,</p>
<p>czy smakuje Panu miód z zamówienia {o}? Będzie nam miło, jeśli zostawi Pan szczerą recenzję na Amazon.</p>
<p>Pozdrawiamy,<br>Pasieka Miody Polskie</p>""", ["BSM302", "BSM304"], "logo linked to seller site")
M(L, "invoice", "html", "Faktura – zamówienie {o}", """<p><img src="https://cdn.papiernia-torun.pl/logo.png" alt=""></p>
<p>Dzień dobry,</p>
<p>w załączniku przesyłamy fakturę do zamówienia {o} (FV/2024/0982).</p>
<p>Pozdrawiamy,<br>Papiernia Toruń</p>""", ["BSM402"], "logo with empty alt")
M(L, "home-service-appointment", "html", "Montaż – zamówienie {o}", """<p style="line-height:150%">Dzień dobry, Pani Renato,</p>
<p style="line-height:150%">montaż szafy z zamówienia {o} zaplanowaliśmy na czwartek 6 czerwca, godz. 8:00–10:00.</p>
<p style="line-height:150%">Pozdrawiamy,<br>Montaż Ekspres</p>""", ["BSM408"], "line-height set")
M(L, "reply", "html", "Odp: zwrot części zamówienia {o}", """<p>Dzień dobry, Panie Szymonie,</p>
<p>tak, może Pan zwrócić tylko jeden z dwóch plecaków z zamówienia {o}. Zwrot najlepiej rozpocząć tutaj: <a href="http://www.amazon.pl/gp/css/returns/homepage.html">Zwroty na Twoim koncie Amazon</a>.</p>
<p>Pozdrawiamy,<br>Plecaki Górskie</p>""", ["BSM301"], "http link to Amazon, descriptive text")
M(L, "delivery-delay", "html", "Opóźnienie – {o}", """<div style="margin:0 auto;padding:20px 130px">
<p>Dzień dobry, Panie Tadeuszu,</p>
<p>zamówienie {o} zostanie wysłane 12 kwietnia zamiast 9 kwietnia.</p>
<p>Przepraszamy,<br>Akwarystyka Nemo</p>
</div>""", ["BSM405"], "130px padding each side")
