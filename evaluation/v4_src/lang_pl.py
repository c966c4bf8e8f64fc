# -*- coding: utf-8 -*-
"""v4 blind evaluation set, Polish (pl-PL)."""

LANG, LOC = "pl", "pl-PL"


def _o(n):
    return "208-%07d-%07d" % (3904117 + n * 7331, 5120846 + n * 1913)


MESSAGES = []


def _m(n, typ, fmt, subject, body, expected, note):
    MESSAGES.append({
        "id": "v4-pl-%03d" % n, "language": LANG, "locale": LOC, "type": typ,
        "format": fmt, "subject": subject, "body": body, "order_id": _o(n),
        "expected": sorted(expected), "note": note})


# ---------------- clean (17) ----------------
_m(1, "delivery-delay", "text", "Opóźnienie zamówienia %s" % _o(1),
   "Dzień dobry,\n\npiszemy w sprawie zamówienia %s (lampka biurkowa Lumo, kolor grafit). "
   "Dostawca przesunął nam dostawę tej partii, więc nie zdążymy z wysyłką w terminie podanym na Amazonie. "
   "Nowy przewidywany termin nadania to 14.12.2026, a doręczenie zwykle zajmuje 1–2 dni robocze.\n\n"
   "Przepraszamy za kłopot. Jeśli termin Panu nie odpowiada, prosimy o odpowiedź na tę wiadomość.\n\n"
   "Pozdrawiamy\nKarolina Wiśniewska\nDział obsługi klienta, Lumo Home" % _o(1),
   [], "Plain-text delivery delay with a new dispatch date; clean.")

_m(2, "delivery-delay", "html", "Zamówienie %s – nowy termin realizacji" % _o(2),
   "<p>Szanowna Pani,</p>\n<p>niestety Pani zamówienie <strong>%s</strong> (pościel satynowa 160x200, 2 szt.) "
   "będzie gotowe później, niż zakładaliśmy. Szwalnia ma przestój z powodu awarii maszyny.</p>\n"
   "<table cellpadding=\"4\">\n<tr><td>Pierwotny termin:</td><td>8 grudnia 2026 r.</td></tr>\n"
   "<tr><td>Nowy termin nadania:</td><td>15 grudnia 2026 r.</td></tr>\n</table>\n"
   "<p>Bardzo przepraszamy za to opóźnienie.</p>\n<p>Z wyrazami szacunku<br>\nAgnieszka Malec<br>\nSenne Tkaniny s.c.</p>" % _o(2),
   [], "Builder HTML delivery delay with a plain table of dates; no styles; clean.")

_m(3, "order-problem", "text", "[Ważne] Brak towaru – zamówienie %s" % _o(3),
   "Dzień dobry,\n\nz przykrością informujemy, że ekspresu przelewowego Kawiarz 2.0 z zamówienia %s nie możemy wysłać – "
   "ostatnia sztuka okazała się uszkodzona przy kontroli jakości, a nowa dostawa nie jest zaplanowana.\n\n"
   "Kwota zamówienia została skorygowana (powód: NoInventory), więc nie zostanie Pan obciążony za ten produkt. "
   "Zwrot 329,00 zł pojawi się na koncie zgodnie z zasadami Amazon.\n\n"
   "Przepraszamy\nTomasz Kubiak\nKawiarz.pl" % _o(3),
   [], "Order problem with [Ważne] in the subject and the amount adjustment confirmed; clean.")

_m(4, "additional-information", "text", "Pytanie do zamówienia %s" % _o(4),
   "Dzień dobry Panie Marku,\n\ndo wykonania grawerunku na zegarku z zamówienia %s brakuje nam treści napisu. "
   "W uwagach do zamówienia pole zostało puste.\n\nProsimy o podanie tekstu (maks. 20 znaków; polskie litery ą, ę, ł itd. też grawerujemy) "
   "oraz informację, czy ma to być pismo ozdobne, czy proste.\n\nDziękujemy,\nPracownia Grawer-Art\nJanusz Pietrzak" % _o(4),
   [], "Request for engraving text needed to complete the order; clean.")

_m(5, "return-follow-up", "text", "Zwrot – zamówienie %s" % _o(5),
   "Witamy,\n\notrzymaliśmy zgłoszenie zwrotu plecaka Trekker 40 l z zamówienia %s z powodu przetarcia na szwie bocznym. "
   "Zamiast odsyłania możemy zaproponować częściowy zwrot w wysokości 60,00 zł, a plecak zostaje u Pani.\n\n"
   "Jeżeli ta propozycja Pani odpowiada, wystarczy odpisać „tak”. Jeśli woli Pani pełny zwrot z odesłaniem, też nie ma problemu.\n\n"
   "Pozdrawiam serdecznie\nMagda z Górskiego Szlaku" % _o(5),
   [], "Return follow-up offering a partial refund; clean.")

_m(6, "return-follow-up", "html", "Pytanie o zwrot %s" % _o(6),
   "<p>Dzień dobry,</p>\n<p>dziękujemy za zgłoszenie zwrotu do zamówienia %s. Żeby przyjąć zwrot, potrzebujemy jednej informacji: "
   "czy zwracany jest cały zestaw garnków (5 elementów), czy tylko rondel 16 cm, który był wgnieciony?</p>\n"
   "<p>Od tego zależy, jaką etykietę zwrotną przygotujemy.</p>\n<p>Pozdrawiamy<br>\nZespół Kuchnia Mistrza</p>" % _o(6),
   [], "Return follow-up asking which items come back; clean.")

_m(7, "invoice", "text", "Faktura VAT do zamówienia %s" % _o(7),
   "Dzień dobry,\n\nw załączniku przesyłamy fakturę VAT nr FV/2026/12/0457 do zamówienia %s. "
   "Dane nabywcy wpisaliśmy zgodnie z formularzem: Biuro Rachunkowe Saldo Sp. z o.o., NIP 525-214-77-09.\n\n"
   "Kwota brutto: 1 249,00 zł (w tym VAT 23%%: 233,56 zł).\n\n"
   "Z poważaniem\nEwa Sobczak, księgowość\n\nTechnoBiuro Sp. z o.o.\nul. Grochowska 112/4, 04-301 Warszawa\n"
   "NIP 113-287-45-61 · REGON 146329870 · KRS 0000438812\nSąd Rejonowy dla m.st. Warszawy, XIV Wydział Gospodarczy KRS" % _o(7),
   [], "Invoice with slashed invoice number, NIP, REGON, KRS; grouped NIP is not a phone; clean.")

_m(8, "review-request", "text", "Zamówienie %s – Twoja opinia" % _o(8),
   "Cześć,\n\nminęło już kilka dni, odkąd rower biegowy Pędzik dotarł do Was. "
   "Jeśli znajdziesz chwilę, napisz proszę opinię o produkcie na Amazonie – każda, także krytyczna, pomaga innym rodzicom w wyborze.\n\n"
   "Zamówienie: %s\n\nDzięki!\nOla i Bartek, Pędzik" % _o(8),
   [], "Neutral text review request; clean.")

_m(9, "review-request", "html", "Jak się sprawdza termos? Zamówienie %s" % _o(9),
   "<p><img src=\"https://m.media-amazon.com/images/S/brand/termika-logo.png\" alt=\"Logo sklepu Termika\" width=\"140\" height=\"48\"></p>\n"
   "<p>Dzień dobry,</p>\n<p>mamy nadzieję, że termos z zamówienia %s służy bez zarzutu. Będziemy wdzięczni za szczerą opinię – "
   "pozytywną czy negatywną.</p>\n"
   "<p><a href=\"https://www.amazon.pl/review/create-review?asin=B0CTERM01K\">Napisz opinię o termosie na Amazon.pl</a></p>\n"
   "<p>Pozdrawiamy<br>\nTermika</p>" % _o(9),
   [], "HTML review request with shop logo (alt names shop) and descriptive https Amazon link; clean.")

_m(10, "delivery-scheduling", "text", "Umówienie dostawy szafy – %s" % _o(10),
   "Dzień dobry,\n\nszafa przesuwna Modena 200 cm (zamówienie %s) waży ponad 120 kg i dostarcza ją nasz transport z dwoma osobami do wniesienia. "
   "Prosimy o wybór terminu:\n\n- wtorek 15.12.2026, 8:00–12:00\n- środa 16.12.2026, 12:00–16:00\n- piątek 18.12.2026, 16:00–20:00\n\n"
   "Prosimy też o informację, na którym piętrze jest mieszkanie i czy w budynku jest winda.\n\n"
   "Pozdrawiamy\nMeble Modena, dział logistyki" % _o(10),
   [], "Bulky-item delivery scheduling with dates and slots; clean.")

_m(11, "home-service-appointment", "text", "Montaż zmywarki – termin wizyty (%s)" % _o(11),
   "Dzień dobry Pani Joanno,\n\nw ramach usługi montażu do zamówienia %s nasz instalator, pan Robert, może przyjechać:\n\n"
   "czwartek 10 grudnia, między 9:00 a 11:00\nalbo\npiątek 11 grudnia, między 13:00 a 15:00.\n\n"
   "Proszę odpisać, który termin pasuje. Przed wizytą warto zostawić wolny dostęp do zaworu wody pod zlewem.\n\n"
   "Pozdrawiam\nIzabela Nowak\nSerwis AGD Montix" % _o(11),
   [], "Home-service appointment with two time windows; clean.")

_m(12, "custom-design-verification", "html", "Projekt do akceptacji – zamówienie %s" % _o(12),
   "<p>Dzień dobry,</p>\n<p>w załączniku przesyłamy projekt koszulek z nadrukiem do zamówienia %s (plik <em>projekt_v2.pdf</em>). "
   "Prosimy sprawdzić:</p>\n<ul>\n<li>pisownię napisu „Wieczór Kawalerski Kuby 2026”,</li>\n<li>rozmiary: 4× L, 3× XL, 1× M,</li>\n<li>kolor nadruku: biały.</li>\n</ul>\n"
   "<p>Do druku przekażemy projekt dopiero po Pana akceptacji.</p>\n<p>Pozdrawiamy<br>\nDrukarnia Koszulkowo</p>" % _o(12),
   [], "Design proof for approval with checklist; clean.")

_m(13, "fulfillment-question", "text", "Kod do domofonu – %s" % _o(13),
   "Dzień dobry,\n\nprzy zamówieniu %s w adresie jest tylko „ul. Lipowa 7, klatka C”. Kurier zgłosił nam przy poprzednich dostawach na to osiedle, "
   "że bez kodu do bramy nie wejdzie na teren.\n\nCzy może Pan podać kod do domofonu lub furtki? Nasz numer referencyjny dostawy: DL/2026/4471, "
   "paczka 2 z 2.\n\nDziękujemy\nZoologiczny Kącik" % _o(13),
   [], "Door-code question with reference numbers; clean.")

_m(14, "reply", "text", "Re: pytanie o zestaw – %s" % _o(14),
   "Dzień dobry,\n\nw zestawie „Garden Tool Set Deluxe” z zamówienia %s faktycznie nie ma sekatora – zgodnie z opisem są w nim grabki, "
   "łopatka, widełki i rękawice. Producent sprzedaje sekator osobno.\n\nPozdrawiamy\nZielony Zakątek" % _o(14),
   [], "Reply quoting an English product title inside Polish sentences; clean.")

_m(15, "reply", "text", "Re: reklamacja wiertarki %s" % _o(15),
   "Dzień dobry,\n\nwiertarka z zamówienia %s jest objęta 24-miesięczną gwarancją producenta. Najszybciej naprawę załatwi autoryzowany serwis.\n\n"
   "Infolinia gwarancyjna producenta (serwis Bosch): 22 715 40 00, pn.–pt. 8:00–16:00.\n\n"
   "Przy zgłoszeniu przyda się numer seryjny z tabliczki na obudowie.\n\nPozdrawiamy\nNarzędziownia Bogdan Lis" % _o(15),
   [], "Reply with the manufacturer's warranty hotline marked as such (BSM309 exception); clean.")

_m(16, "reply", "html", "Re: dane sprzedawcy – %s" % _o(16),
   "<p>Dzień dobry,</p>\n<p>oczywiście, poniżej dane firmy do zamówienia %s. Fakturę możemy wystawić na te dane w ciągu 2 dni roboczych.</p>\n"
   "<p>Pozdrawiam<br>\nPaweł Zając<br>\nspecjalista ds. sprzedaży</p>\n"
   "<p><small>Foto-Kadr Paweł Zając<br>\nul. Świętego Marcina 29/3, 61-806 Poznań<br>\nNIP 778-134-56-20, REGON 301245789<br>\n"
   "Wpis do CEIDG</small></p>" % _o(16),
   [], "Reply with a company-details footer in <small>; clean.")

_m(17, "reply", "text", "Re: Gdzie mój zwrot? %s" % _o(17),
   "Dzień dobry Pani Anno,\n\nsprawdziłem: paczka zwrotna do zamówienia %s (numer nadania InPost 6203 1148 5521 0098 7721 04) "
   "dotarła do nas 3.12.2026 o 10:42. Zwrot 89,90 zł zleciliśmy 4.12.2026 – bank zwykle księguje go w 3–5 dni roboczych.\n\n"
   "Numer zwrotu w naszym systemie: ZW/2026/1187.\n\nPozdrawiam\nKrzysztof Duda\nButik Lniany" % _o(17),
   [], "Reply with tracking and return numbers, date, time and amount; clean.")

# ---------------- violations (31) ----------------
_m(18, "fulfillment-question", "text", "Zamówienie %s w drodze" % _o(18),
   "Dzień dobry,\n\nPana paczka z zamówienia %s opuściła dziś nasz magazyn w Łodzi i została przekazana kurierowi DPD. "
   "Powinna dotrzeć w ciągu 1–2 dni.\n\nPozdrawiamy\nSportMax" % _o(18),
   ["BSM201"], "Shipping confirmation: left the warehouse, handed to the carrier.")

_m(19, "additional-information", "html", "Potwierdzenie – %s" % _o(19),
   "<p>Dzień dobry!</p>\n<p>Mamy Pani zamówienie %s i już je kompletujemy. Kosmetyki są pakowane ręcznie, więc chwilę to trwa.</p>\n"
   "<p>Pozdrawiamy ciepło<br>\nNaturalnie Piękna</p>" % _o(19),
   ["BSM201"], "Order confirmation: we have your order and are preparing it.")

_m(20, "fulfillment-question", "text", "Dziękujemy! %s" % _o(20),
   "Dzień dobry,\n\nserdecznie dziękujemy za zakupy w naszym sklepie (zamówienie %s). Bardzo nam miło!\n\nZespół Papierowy Świat" % _o(20),
   ["BSM202"], "Thanks-only message.")

_m(21, "fulfillment-question", "text", "Zamówienie %s" % _o(21),
   "Witamy,\n\nw razie jakichkolwiek pytań lub problemów z zamówieniem %s jesteśmy do dyspozycji – wystarczy odpowiedzieć na tę wiadomość.\n\n"
   "Miłego dnia\nAkwarystyka Rafa" % _o(21),
   ["BSM202"], "Only offers help if a problem comes up.")

_m(22, "delivery-delay", "text", "Opóźnienie – %s" % _o(22),
   "Dzień dobry,\n\nzamówienie %s (fotel biurowy Ergo) zostanie nadane z opóźnieniem – nowy termin to 17.12.2026. Przepraszamy.\n\n"
   "Pozdrawiamy\nBiurowe Meble Kraków\n\nPS W grudniu cały asortyment taniej o 20%% – zajrzyj do naszego sklepu na Amazonie!" % _o(22),
   ["BSM203"], "Permitted delay with a P.S. promoting 20% off the whole range.")

_m(23, "review-request", "html", "Opinia o zamówieniu %s" % _o(23),
   "<p>Dzień dobry,</p>\n<p>będziemy wdzięczni za opinię o produkcie z zamówienia %s na Amazon.pl.</p>\n"
   "<p>A jeśli chcesz być na bieżąco: obserwuj nas na Instagramie i zapisz się do newslettera – w styczniu startuje nowa kolekcja świec sojowych!</p>\n"
   "<p>Pozdrawiamy<br>\nKnot i Wosk</p>" % _o(23),
   ["BSM203"], "Review request plus follow us, newsletter and new collection.")

_m(24, "review-request", "text", "Mała prośba – %s" % _o(24),
   "Dzień dobry,\n\nczy zechciałby Pan podzielić się opinią o słuchawkach z zamówienia %s? "
   "Gdy tylko recenzja pojawi się na Amazonie, wyślemy w podziękowaniu mały upominek – etui na słuchawki.\n\n"
   "Pozdrawiamy\nAudioPunkt" % _o(24),
   ["BSM204"], "Small gift once the review is published.")

_m(25, "review-request", "text", "Zamówienie %s – zwrot pieniędzy za opinię" % _o(25),
   "Cześć!\n\nMamy dla Ciebie propozycję: napisz recenzję zabawki z zamówienia %s, a jak tylko będzie widoczna, "
   "oddamy Ci całą kwotę za zakup. Wystarczy odpisać z linkiem do opinii.\n\nEkipa KlockoLand" % _o(25),
   ["BSM204"], "Full refund as soon as the review is online.")

_m(26, "reply", "text", "Re: problem z czajnikiem %s" % _o(26),
   "Dzień dobry,\n\ncieszymy się, że wymiana czajnika z zamówienia %s rozwiązała sprawę. Skoro wszystko już działa, "
   "czy byłaby Pani tak miła i zaktualizowała swoją jednogwiazdkową recenzję albo ją usunęła? Obecna ocena bardzo nam szkodzi.\n\n"
   "Pozdrawiamy\nDomowe AGD" % _o(26),
   ["BSM205"], "Asks to update or remove a one-star review.")

_m(27, "review-request", "text", "Jak wrażenia? %s" % _o(27),
   "Dzień dobry,\n\njeśli jest Pan zadowolony z kompresora z zamówienia %s, prosimy o wystawienie opinii na Amazonie. "
   "Gdyby coś było nie tak – prosimy najpierw napisać do nas, zamiast wystawiać recenzję, na pewno to załatwimy.\n\n"
   "Pozdrawiamy\nAutoSprzęt Radom" % _o(27),
   ["BSM206"], "Review only if satisfied; unhappy buyers steered to contact the seller.")

_m(28, "review-request", "html", "Zamówienie %s – ocena" % _o(28),
   "<p>Hej,</p>\n<p>dziękujemy za zakup maty do jogi (zamówienie %s). Jeśli możesz, zostaw nam pięć gwiazdek w opinii na Amazonie – "
   "dla małej firmy to ogromne wsparcie.</p>\n<p>Namaste<br>\nJoga Studio Kasia</p>" % _o(28),
   ["BSM206"], "Asks for five stars.")

_m(29, "order-problem", "text", "Brak części zamówienia %s" % _o(29),
   "Dzień dobry,\n\nz zamówienia %s nie możemy wysłać drugiej sztuki fotelika rowerowego – towar się skończył. "
   "Kwotę zamówienia skorygowaliśmy o tę sztukę (NoInventory), 279,00 zł wróci na konto.\n\n"
   "Jeśli bez kompletu jeden fotelik nie jest Panu potrzebny, najszybciej będzie, gdy sam Pan anuluje resztę zamówienia na Amazonie.\n\n"
   "Pozdrawiamy\nRowerownia Gdańsk" % _o(29),
   ["BSM108"], "Adjusted order problem that advises the buyer to cancel himself.")

_m(30, "order-problem", "text", "Zamówienie %s – brak towaru" % _o(30),
   "Szanowna Pani,\n\nniestety odkurzacz z zamówienia %s chwilowo zniknął z magazynu i nie wiemy, kiedy wróci. "
   "Bylibyśmy wdzięczni, gdyby złożyła Pani prośbę o anulowanie zamówienia – wtedy wszystko szybciej się zamknie.\n\n"
   "Z poważaniem\nElektro-Dom" % _o(30),
   ["BSM107", "BSM108"], "Asks for a cancellation request and does not confirm any amount adjustment.")

_m(31, "delivery-delay", "text", "Nowy termin wysyłki – %s" % _o(31),
   "Dzień dobry,\n\nzamówienie %s (rolety dzień-noc na wymiar) zostanie nadane 16.12.2026 zamiast 10.12. Przepraszamy za zwłokę.\n\n"
   "Pozdrawiamy\nRoletex\n\nNie chcesz dostawać od nas wiadomości? Odpisz STOP." % _o(31),
   ["BSM305"], "Opt-out instruction: reply STOP.")

_m(32, "reply", "text", "Re: gdzie jest paczka %s" % _o(32),
   "Dzień dobry,\n\nprzepraszam, ale ten pieprzony przewoźnik znowu coś spieprzył z zamówieniem %s. "
   "Ustalimy, co się dzieje, i odezwiemy się jutro do 12:00.\n\nRafał\nSklep Wędkarski Szczupak" % _o(32),
   ["BSM306"], "Polish profanity in a reply.")

_m(33, "delivery-delay", "text", "Order %s – delay" % _o(33),
   "Hello,\n\nyour order %s (ceramic vase set) will be dispatched a few days later than planned, on 14 December 2026. "
   "We apologise for the inconvenience.\n\nKind regards\nCeramika Bolesławiec Art" % _o(33),
   ["BSM104"], "Message to a pl-PL buyer written entirely in English.")

_m(34, "delivery-delay", "text", "Opóźnienie %s" % _o(34),
   "Dzień dobry,\n\nprzesyłka do zamówienia %s będzie gotowa do nadania dopiero 15.12.2026.\n\n"
   "W razie pytań prosimy dzwonić: 601 234 567 (pn.–pt.) lub z zagranicy +48 12 345 67 89.\n\n"
   "Pozdrawiamy\nSklep Rybka" % _o(34),
   ["BSM309"], "Seller phone numbers in national and international format.")

_m(35, "return-follow-up", "text", "Zwrot – %s" % _o(35),
   "Dzień dobry,\n\nżeby przyjąć zwrot do zamówienia %s, potrzebujemy zdjęcia uszkodzenia. "
   "Proszę je wysłać na adres zwroty@meblarz-online.pl.\n\nPozdrawiamy\nMeblarz Online" % _o(35),
   ["BSM308"], "Plain e-mail address.")

_m(36, "additional-information", "text", "Brakujące dane – %s" % _o(36),
   "Dzień dobry,\n\ndo zamówienia %s potrzebujemy numeru rejestracyjnego auta (dopasowanie dywaników). "
   "Można go podesłać na biuro małpa dywaniki-auto kropka pl.\n\nDziękujemy\nDywaniki Auto" % _o(36),
   ["BSM308"], "Obfuscated e-mail address with 'małpa' and 'kropka'.")

_m(37, "delivery-delay", "html", "Opóźnienie – %s" % _o(37),
   "<p>Dzień dobry,</p>\n<p>zamówienie %s wyślemy 2 dni później niż planowaliśmy. Przepraszamy!</p>\n"
   "<p>Więcej o tym, jak powstają nasze deski, przeczytasz na stronie <a href=\"https://www.deskiodstolarza.pl/o-nas\">O nas – pracownia Deski od Stolarza</a>.</p>\n"
   "<p>Pozdrawiamy<br>\nDeski od Stolarza</p>" % _o(37),
   ["BSM302"], "Descriptive https link to the seller's own site.")

_m(38, "reply", "html", "Re: status %s" % _o(38),
   "<p>Dzień dobry,</p>\n<p>szczegóły zamówienia %s znajdzie Pan w zakładce "
   "<a href=\"http://www.amazon.pl/gp/your-account/order-history\">Twoje zamówienia na Amazon.pl</a>.</p>\n"
   "<p>Pozdrawiamy<br>\nFotoLab</p>" % _o(38),
   ["BSM301"], "Non-https link to Amazon with descriptive text.")

_m(39, "delivery-delay", "html", "Opóźnienie %s" % _o(39),
   "<p>Dzień dobry,</p>\n<p>kubki z zamówienia %s nadamy 14.12.2026 – szkliwo potrzebuje jeszcze jednego wypału.</p>\n"
   "<p><img src=\"https://m.media-amazon.com/images/I/kubek-ceramiczny-len-350ml.jpg\" alt=\"Kubek ceramiczny Len 350 ml\" width=\"300\" height=\"300\"></p>\n"
   "<p>Pozdrawiamy<br>\nGlinianka</p>" % _o(39),
   ["BSM310"], "Image of the purchased product.")

_m(40, "delivery-delay", "html", "Zamówienie %s – mała zwłoka" % _o(40),
   "<p>Dzień dobry,</p>\n<p>zamówienie %s będzie gotowe do nadania 11.12.2026. Przepraszamy i życzymy spokojnych świąt.</p>\n"
   "<p><img src=\"https://m.media-amazon.com/images/S/stock/choinka-snieg.jpg\" alt=\"Choinka w śniegu\" width=\"400\" height=\"260\"></p>\n"
   "<p>Sklep Dziergane</p>" % _o(40),
   ["BSM311"], "Unrelated stock image (Christmas tree).")

_m(41, "return-follow-up", "html", "Zwrot %s – pytanie" % _o(41),
   "<p><img src=\"https://m.media-amazon.com/images/S/brand/logo-obuwie-kroczek.png\" alt=\"\" width=\"120\"></p>\n"
   "<p>Dzień dobry,</p>\n<p>czy buty z zamówienia %s były noszone na zewnątrz? Potrzebujemy tej informacji do rozpatrzenia zwrotu.</p>\n"
   "<p>Pozdrawiamy<br>\nObuwie Kroczek</p>" % _o(41),
   ["BSM402"], "Shop logo with empty alt.")

_m(42, "delivery-scheduling", "text", "Dostawa lodówki %s" % _o(42),
   "Cześć!\n\nLodówka z zamówienia %s czeka na dostawę 🚚 Pasuje Ci sobota 12.12 między 10 a 14? 😊\n\nAGD Szybko" % _o(42),
   ["BSM403"], "Emoji in text.")

_m(43, "additional-information", "text", "Rozmiar – %s" % _o(43),
   "Hej,\n\nw zamówieniu %s nie wybrałaś rozmiaru pierścionka – podasz nam obwód palca w mm? :)\n\nPracownia Srebrna Nitka" % _o(43),
   ["BSM403"], "Emoticon :) in text.")

_m(44, "delivery-delay", "html", "Opóźnienie – %s" % _o(44),
   "<style>\n.t1 { font-size: 24px; }\n.t2 { font-size: 18px; }\n.t3 { font-size: 13px; }\n.t4 { font-size: 10px; }\n</style>\n"
   "<p class=\"t1\">Opóźnienie wysyłki</p>\n<p class=\"t2\">Zamówienie %s</p>\n"
   "<p>Nowy termin nadania: 15.12.2026. Przepraszamy za niedogodność.</p>\n<p class=\"t3\">Zielarnia Rumianek</p>\n"
   "<p class=\"t4\">Wiadomość dotyczy wyłącznie podanego zamówienia.</p>" % _o(44),
   ["BSM410"], "Four explicit font sizes in a <style> block plus the default.")

_m(45, "delivery-delay", "text", "Opóźnienie %s" % _o(45),
   "Dzień dobry,\n\n\n\nzamówienie %s nadamy dopiero w przyszły poniedziałek, 14.12.2026.\n\n\nPrzepraszamy.\n\nSklep Tapicer" % _o(45),
   ["BSM412"], "Runs of blank lines in plain text.")

_m(46, "additional-information", "html", "Kolor – %s" % _o(46),
   "<p>Dzień dobry,</p>\n<p></p>\n<p></p>\n<p>do zamówienia %s prosimy o wybór koloru nici: beżowy czy szary?</p>\n"
   "<br><br><br><br>\n<p>Pozdrawiamy<br>\nHaftowane Ręczniki</p>" % _o(46),
   ["BSM412"], "Empty paragraphs and a run of <br> in HTML.")

_m(47, "review-request", "text", "[Ważne] Opinia o zamówieniu %s" % _o(47),
   "Dzień dobry,\n\nbędziemy wdzięczni za opinię o produkcie z zamówienia %s na Amazon.pl. Każda opinia się liczy.\n\n"
   "Pozdrawiamy\nHerbaciarnia Liść" % _o(47),
   ["BSM110"], "[Ważne] tag on a non-critical review request.")

_m(48, "reply", "html", "Re: instrukcja %s" % _o(48),
   "<p>Dzień dobry,</p>\n<p>informacje o zamówieniu %s znajdzie Pani na Amazonie – "
   "<a href=\"https://www.amazon.pl/gp/css/order-history\">kliknij tutaj</a>.</p>\n<p>Pozdrawiamy<br>\nOgrodowe Lampy</p>" % _o(48),
   ["BSM401"], "Non-descriptive link text 'kliknij tutaj'.")

# ---------------- vary (2) ----------------
_m(49, "delivery-delay", "html", "Zamówienie %s – opóźnienie" % _o(49),
   "<div style=\"font-family: Arial, sans-serif; color: #333333; line-height: 1.6; text-align: center;\">\n"
   "<p>Dzień dobry,</p>\n<p>zamówienie %s zostanie nadane 16.12.2026 z powodu opóźnienia u producenta. Przepraszamy.</p>\n"
   "<p>Pozdrawiamy<br>\nSmart Home Polska</p>\n</div>" % _o(49),
   ["BSM407", "BSM408", "BSM409", "BSM411"], "Builder wrapper setting font family, colour, line height and centring.")

_n50 = _o(50).replace("-", "")
_m(50, "delivery-delay", "text", "Opóźnienie wysyłki",
   "Dzień dobry,\n\nPani zamówienie nr %s (karma dla kota, 3 worki) wyślemy z opóźnieniem, najpóźniej 15.12.2026. "
   "Przepraszamy za kłopot.\n\nPozdrawiamy\nMruczek Sklep Zoologiczny" % _n50,
   ["BSM102"], "Order number written as 17 digits without hyphens only.")
