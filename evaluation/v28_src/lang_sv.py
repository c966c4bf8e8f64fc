# v28 blind evaluation set, Swedish (sv-SE). Standard library only.
LANG = "sv"
LOCALE = "sv-SE"


def _oid(n):
    return "598-%07d-%07d" % (4417000 + n * 12553, 6120000 + n * 8731)


MESSAGES = []


def _m(n, typ, fmt, subject, body, expected, note):
    oid = _oid(n)
    subject = subject.replace("{oid}", oid)
    body = body.replace("{oid}", oid)
    MESSAGES.append({
        "id": "v28-sv-%03d" % n, "language": LANG, "locale": LOCALE, "type": typ,
        "format": fmt, "subject": subject, "body": body, "order_id": oid,
        "expected": sorted(expected), "note": note,
    })


# ---------------- clean (1-17) ----------------
_m(1, "delivery-delay", "text", "Din beställning {oid} blir lite försenad",
"""Hej Johanna!

Vi ville höra av oss om din beställning {oid}. Ullfiltarna vi väver åt dig tog längre tid i väven än vi räknat med, så paketet lämnar oss först fredag 11 december i stället för måndag 7 december.

Passar det inte kan du bara svara på det här meddelandet så löser vi det.

Varma hälsningar
Lisa på Vävstugan i Dalsland""",
[], "Plain-text delay from a small weaving workshop with a new date.")

_m(2, "delivery-delay", "html", "Ändrat leveransdatum – order {oid}",
"""<p>Hej,</p>
<p>tyvärr är <b>Kaffebryggare Nordic 1,25 l</b> från order {oid} försenad från vår leverantör.</p>
<table>
<tr><td>Ursprungligt avsändningsdatum:</td><td>2026-12-08</td></tr>
<tr><td>Nytt avsändningsdatum:</td><td>2026-12-15</td></tr>
</table>
<p>Vi ber om ursäkt för dröjsmålet.</p>
<p>Med vänliga hälsningar<br>Kundtjänst, Köksboden</p>""",
[], "Builder HTML delay with a table of dates, no styling.")

_m(3, "order-problem", "text", "[Viktigt] Vi kan inte leverera order {oid}",
"""Hej Per,

vi beklagar, men vi kan inte skicka din order {oid} (Pannlampa Trail 900 lm). Vårt sista exemplar visade sig vara defekt vid kontrollen och tillverkaren har slutat producera modellen.

Vi har justerat hela orderbeloppet i Seller Central med orsaken slut i lager, så du får tillbaka 499 kr via ditt ursprungliga betalsätt inom några bankdagar.

Med vänlig hälsning
Anders Lindqvist
Fjällutrustning AB""",
[], "Order problem with [Viktigt] confirming the full amount was adjusted.")

_m(4, "additional-information", "text", "Fråga om din namnskylt – {oid}",
"""Hej!

Vi ska precis börja gravera hundbrickan du beställt (order {oid}), men du har bara skrivit "Sixten" för framsidan och inget för baksidan. Ska det stå något där också, till exempel "Bor på Storgatan"? Annars graverar vi bara namnet.

Svara här så kör vi igång.

/Emil, Brickmakarna""",
[], "Asks for engraving details needed to complete a custom order.")

_m(5, "return-follow-up", "text", "Angående din retur – order {oid}",
"""Hej Maria,

tack för att du hörde av dig om returen av lampskärmen från order {oid}. Av bilden att döma är det bara en liten repa på insidan av kanten.

Vill du behålla lampskärmen kan vi i stället erbjuda en delåterbetalning på 150 kr. Vill du hellre returnera den som vanligt går det lika bra – säg bara till.

Hälsningar
Returavdelningen, Ljusbolaget""",
[], "Return follow-up offering a partial refund.")

_m(6, "return-follow-up", "text", "Din retur av order {oid}",
"""Hej,

vi har tagit emot returpaketet för order {oid}, men det innehöll bara byxorna och inte jackan som också anmäldes för retur. Har jackan skickats i ett separat paket? I så fall behöver vi kollinumret för att kunna slutföra returen.

Tack på förhand
Kundservice, Skogsmode""",
[], "Return follow-up asking for a missing parcel number.")

_m(7, "invoice", "text", "Faktura F/2026/3381 för order {oid}",
"""Hej,

bifogat finns faktura nr F/2026/3381 för order {oid}, utställd på företagsuppgifterna du angav vid köpet.

Belopp inkl. moms: 3 750,00 kr (varav moms 25 %: 750,00 kr)
Fakturadatum: 2026-12-04

Kontorsvaruhuset Norden AB
Industrigatan 7
212 14 Malmö
Org.nr 556812-4471
Momsreg.nr SE556812447101
Godkänd för F-skatt

Vänliga hälsningar
Ekonomiavdelningen""",
[], "Invoice with slashes in the number, Org.nr and VAT number.")

_m(8, "review-request", "text", "Hur funkar stekpannan? ({oid})",
"""Hej!

Stekpannan i gjutjärn från order {oid} har varit hos dig några dagar nu. Om du har tid över blir vi glada om du skriver en recension på Amazon – både ris och ros hjälper andra köpare att välja rätt.

Hälsningar
Järnspisen""",
[], "Neutral plain-text review request.")

_m(9, "review-request", "html", "Berätta gärna vad du tycker – order {oid}",
"""<p><img src="https://static.tvalhuset.se/bilder/tvalhuset-logotyp.png" alt="Tvålhuset logotyp" width="150" height="50"></p>
<p>Hej,</p>
<p>det har nu gått en dryg vecka sedan tvålarna från order {oid} kom fram. Vi skulle uppskatta om du vill dela med dig av dina intryck.</p>
<p><a href="https://www.amazon.se/review/create-review?asin=B0CQ7M1ZKS">Skriv en produktrecension på Amazon.se</a></p>
<p>Allt gott<br>Tvålhuset på Gotland</p>""",
[], "HTML review request with shop logo (alt names the shop) and descriptive Amazon link.")

_m(10, "delivery-scheduling", "text", "Boka leverans av din säng – {oid}",
"""Hej Fredrik,

kontinentalsängen från order {oid} är klar för leverans. Eftersom den levereras med två bärare och bärs in behöver vi boka en tid med dig.

Lediga tider:
- tisdag 15 december kl. 07.00–11.00
- onsdag 16 december kl. 12.00–16.00
- lördag 19 december kl. 09.00–13.00

Svara med vilken tid som passar och om det finns hiss i huset.

Hälsningar
Sara Ek, leveranskoordinator
Sängkompaniet i Jönköping""",
[], "Bulky item delivery scheduling with Swedish time formats.")

_m(11, "home-service-appointment", "text", "Installation av tvättmaskin – order {oid}",
"""Hej,

till order {oid} har du köpt installation av tvättmaskinen. Vår montör Mikael kan komma:

• måndag 14/12 kl. 8–10
• måndag 14/12 kl. 13–15
• torsdag 17/12 kl. 10–12

Välj gärna en av tiderna. Se till att vattenanslutningen och golvbrunnen är åtkomliga.

Hälsningar
VitvaruService Mälardalen""",
[], "Home-service appointment with time slots.")

_m(12, "custom-design-verification", "html", "Korrektur för ditt tryck – order {oid}",
"""<p>Hej!</p>
<p>Här kommer korrekturet för din tryckta poster, order {oid}. Filen <i>korrektur_poster_stjarnkarta.pdf</i> är bifogad och visar stjärnhimlen över Umeå den 12 juni 2019 med texten "Där allt började".</p>
<p>Kolla gärna stavning och datum och svara "godkänd" eller skriv vad vi ska ändra. Vi trycker först när du har godkänt.</p>
<p>Hälsningar<br>Stjärnkartan Studio</p>""",
[], "Design proof attached for approval.")

_m(13, "fulfillment-question", "text", "Portkod behövs – order {oid}",
"""Hej,

budet kom inte in i trapphuset med paketet från order {oid} (kollinummer 00370733741234567891) i dag. Kan du ge oss portkoden, eller berätta vilken port och lägenhetsnummer det gäller? Vi skickar det vidare till transportören innan nästa leveransförsök.

Ärendenummer hos transportören: PN-2026-558812.

Tack!
Cykelverkstan Vasastan""",
[], "Door code question with parcel and case reference numbers.")

_m(14, "reply", "text", "Sv: Fråga om order {oid}",
"""Hej!

Ja, "Smart LED Desk Lamp with Wireless Charger" från order {oid} fungerar med alla telefoner som stöder Qi-laddning. Laddplattan sitter i foten och ger upp till 10 W.

Hälsningar
Tobias, Teknikboden""",
[], "Reply quoting an English product title inside Swedish sentences.")

_m(15, "reply", "text", "Sv: Garanti för dammsugaren – {oid}",
"""Hej,

dammsugaren från order {oid} har två års tillverkargaranti. Garantiärenden hanteras direkt av tillverkaren – tillverkarens garantisupport (Nordvac Sverige): 08-520 277 40, vardagar 9–16. Ha serienumret från undersidan redo när du ringer.

Behöver de kvittot skickar vi det gärna här.

Hälsningar
Städbutiken""",
[], "Manufacturer warranty hotline, marked as such.")

_m(16, "reply", "text", "Sv: Företagsuppgifter – order {oid}",
"""Hej,

självklart – här är våra fullständiga uppgifter för din bokföring av order {oid}:

Hantverkshuset Björk AB
Sågverksvägen 3
832 41 Frösön
Org.nr 559034-2218
Momsreg.nr SE559034221801
Styrelsens säte: Östersund

Vänliga hälsningar
Hantverkshuset Björk""",
[], "Reply with company-details footer (Org.nr, Momsreg.nr).")

_m(17, "reply", "text", "Sv: Var är min återbetalning? ({oid})",
"""Hej Karin,

jag har kollat upp det: returen för order {oid} (returnummer RET-88142, kollinummer 00370733740098761234) kom in till vårt lager 2026-12-03 kl. 14.20. Återbetalningen på 1 249 kr gick iväg 2026-12-04 kl. 09.05, så beroende på bank bör pengarna synas senast 2026-12-10.

Hälsningar
Nora Holm
Kundtjänst, Ullbaren""",
[], "Reply with return and tracking numbers, dates, times and amounts.")

# ---------------- violations (18-48) ----------------
_m(18, "fulfillment-question", "text", "Nu är paketet på väg! {oid}",
"""Hej!

Ditt paket från order {oid} har lämnat vårt lager i Borås och lämnades i eftermiddags över till PostNord.

Ha en fin dag!
Gänget på Sockshop""",
["BSM201"], "Shipping confirmation: left the warehouse, handed to the carrier.")

_m(19, "fulfillment-question", "text", "Order {oid} mottagen",
"""Hej,

vi bekräftar härmed att vi har tagit emot din order {oid} och att vi håller på att plocka och packa den.

Med vänlig hälsning
Elgrossisten Väst""",
["BSM201"], "Order confirmation: received and being packed.")

_m(20, "fulfillment-question", "text", "Stort tack! ({oid})",
"""Hej!

Vi vill bara säga ett riktigt stort tack för att du handlade hos oss (order {oid}). Det betyder jättemycket för ett litet företag som vårt!

Kram
Keramikverkstan Lera""",
["BSM202"], "Thanks only.")

_m(21, "fulfillment-question", "text", "Order {oid}",
"""Hej,

om något inte skulle stämma med din order {oid} är du alltid välkommen att höra av dig – vi hjälper gärna till.

Hälsningar
Djurbutiken Tassen""",
["BSM202"], "Only an offer to help if something comes up.")

_m(22, "delivery-delay", "text", "Lite försenat – order {oid}",
"""Hej,

ljusstakarna i order {oid} blir klara från gjuteriet först på torsdag, så vi skickar 2026-12-11 i stället för 2026-12-09. Förlåt för det!

Hälsningar
Mässingsverkstaden

PS. Just nu är hela vårt sortiment 20 % billigare – passa på inför julen!""",
["BSM203"], "Delay with a promotional P.S.")

_m(23, "reply", "text", "Sv: Storlek på mössan ({oid})",
"""Hej!

Mössan från order {oid} är i one size och töjbar, så den passar huvudomfång 54–60 cm.

Psst – följ oss gärna på Instagram @stickat.fran.norr och prenumerera på vårt nyhetsbrev, i januari släpper vi en helt ny kollektion i alpackaull!

Hälsningar
Stickat från Norr""",
["BSM203"], "Follow us, newsletter and new collection in a reply.")

_m(24, "review-request", "text", "Din åsikt om order {oid}",
"""Hej,

vi hoppas att skrivbordslampan från order {oid} lyser upp din vardag. Skriv gärna en recension på Amazon – när den har publicerats skickar vi en liten present till dig som tack.

Hälsningar
Ljushörnan""",
["BSM204"], "Small gift once the review is published.")

_m(25, "review-request", "text", "Få pengarna tillbaka – order {oid}",
"""Hej!

Ett erbjudande till dig: skriv en recension om hörlurarna från order {oid} på Amazon, så återbetalar vi hela köpesumman på 899 kr så snart recensionen ligger ute.

Mvh
Ljudlagret""",
["BSM204"], "Full refund as soon as the review is online.")

_m(26, "reply", "text", "Sv: Trasig kanna – order {oid}",
"""Hej Jonas,

en ny kanna till order {oid} skickades i morse som ersättning, och vi ber återigen om ursäkt för att den första kom fram i bitar.

Nu när det är löst – skulle du kunna tänka dig att ändra din recension med en stjärna, eller helt enkelt ta bort den? Den drabbar oss ganska hårt.

Hälsningar
Glasbruket Småland""",
["BSM205"], "Asks to update or remove a one-star review.")

_m(27, "review-request", "text", "Hur var din upplevelse? ({oid})",
"""Hej,

är du nöjd med linneduken från order {oid}? Då blir vi jätteglada för en recension på Amazon. Är du inte nöjd – skriv hellre till oss först i stället för att lämna en recension, så fixar vi det.

Hälsningar
Linnestugan""",
["BSM206"], "Review only if satisfied; unhappy buyers steered to the seller.")

_m(28, "review-request", "text", "En liten tjänst – order {oid}",
"""Hej!

Vi är ett familjeföretag och varje betyg räknas. Om kattsanden från order {oid} funkar bra hemma hos er, ge oss gärna fem stjärnor på Amazon.

Tack!
Kattkompaniet""",
["BSM206"], "Asks for five stars.")

_m(29, "order-problem", "text", "Problem med order {oid}",
"""Hej,

tyvärr tog ryggsäcken i färgen mossgrön från order {oid} slut i lagret. Vi har redan justerat orderbeloppet med orsaken slut i lager (NoInventory).

Det snabbaste är om du själv avbryter ordern under Dina beställningar på Amazon, då stängs ärendet direkt.

Hälsningar
Väskmakarna""",
["BSM108"], "Amount adjusted but the buyer is told to cancel himself.")

_m(30, "order-problem", "text", "Order {oid} – slut i lager",
"""Hej,

vi måste tyvärr meddela att hårtorken du beställde (order {oid}) för tillfället är slut hos vår leverantör.

Vi skulle uppskatta om du kunde skicka en begäran om avbokning via Amazon. Ber om ursäkt för besväret.

Med vänlig hälsning
Salongsbutiken""",
["BSM107", "BSM108"], "Asks for a cancellation request with no adjustment confirmation.")

_m(31, "delivery-delay", "text", "Nytt avsändningsdatum – {oid}",
"""Hej,

skidhandskarna från order {oid} skickas 2026-12-14 i stället för 2026-12-10 eftersom leveransen från fabriken blev sen.

Ursäkta dröjsmålet!
Fjälltoppen Sport

Vill du inte få fler meddelanden från oss? Svara STOPP.""",
["BSM305"], "Delay with a 'reply STOPP' opt-out.")

_m(32, "reply", "text", "Sv: Var är mitt paket?? {oid}",
"""Fan, hur många gånger ska jag behöva förklara det här? Paketet för order {oid} skickades för en vecka sen och det är den jävla budfirman som har slarvat bort skiten. Inte vårt fel.

Prylbutiken""",
["BSM306"], "Reply with Swedish profanity.")

_m(33, "delivery-delay", "text", "Bestellung {oid} – Lieferverzögerung",
"""Hallo,

leider wird das Wandregal aus Bestellung {oid} erst am 14.12.2026 versendet, da unser Lieferant die Halterungen verspätet geliefert hat.

Wir bitten um Entschuldigung.

Viele Grüße
Hyllan Design""",
["BSM104"], "Message entirely in German to a sv-SE buyer.")

_m(34, "reply", "text", "Sv: Montering av gardinstången – {oid}",
"""Hej,

monteringsanvisning ligger i kartongen för order {oid}, men får du problem med fästena får du gärna ringa mig på mobilen 070-123 45 67, helst efter kl. 17.

Hälsningar
Robin, Gardinbutiken""",
["BSM309"], "Seller's Swedish mobile number.")

_m(35, "delivery-scheduling", "text", "Leverans av garderob – order {oid}",
"""Hej,

garderoben från order {oid} levereras fredag 18 december mellan kl. 10.00 och 14.00. Behöver du flytta tiden, ring vårt kontor på +46 31 704 82 15.

Hälsningar
Möbelhallen Göteborg""",
["BSM309"], "Delivery scheduling with an international-format office number.")

_m(36, "reply", "text", "Sv: Faktura till företaget – {oid}",
"""Hej,

vi gör gärna om fakturan för order {oid} till ditt företag. Skicka organisationsnummer och företagsnamn till faktura@tryckeriet-punkt.se så skickar vi en ny i dag.

Hälsningar
Tryckeriet Punkt""",
["BSM308"], "Plain e-mail address.")

_m(37, "return-follow-up", "text", "Din retur – order {oid}",
"""Hej,

för att vi ska kunna slutföra returen av kängorna från order {oid} behöver vi en bild på sulan. Enklast är att mejla den till retur snabel-a skomakarn punkt se.

Hälsningar
Skomakarn""",
["BSM308"], "Obfuscated e-mail address with 'snabel-a' and 'punkt'.")

_m(38, "reply", "html", "Sv: Skötsel av skärbrädan – {oid}",
"""<p>Hej,</p>
<p>skärbrädan från order {oid} är gjord av ek, så diska den för hand och olja in den någon gång i månaden.</p>
<p>Fler tips finns i vår guide: <a href="https://www.ekverkstan.se/guider/skotsel-av-skarbrador">Ekverkstans guide till skötsel av skärbrädor</a>.</p>
<p>Hälsningar<br>Ekverkstan</p>""",
["BSM302"], "Descriptive https link to the seller's website, not needed for the order.")

_m(39, "reply", "html", "Sv: Var ser jag status? ({oid})",
"""<p>Hej,</p>
<p>status för order {oid} ser du enklast här: <a href="http://www.amazon.se/gp/your-account/order-history">Dina beställningar på Amazon.se</a>.</p>
<p>Hälsningar<br>Fotobutiken Bländare</p>""",
["BSM301"], "Descriptive Amazon link over http.")

_m(40, "review-request", "html", "Vad tycker du om vasen? ({oid})",
"""<p>Hej,</p>
<p><img src="https://static.glashyttan.se/produkter/vas-bark-bla-30cm.jpg" alt="Vas Bark blå 30 cm" width="300" height="300"></p>
<p>hur trivs du med vasen från order {oid}? Vi blir glada för en recension på Amazon.</p>
<p><a href="https://www.amazon.se/review/create-review?asin=B0D3KV8YPL">Recensera produkten på Amazon.se</a></p>
<p>Hälsningar<br>Glashyttan</p>""",
["BSM310"], "Review request showing a photo of the purchased vase.")

_m(41, "delivery-delay", "html", "Försenad leverans – {oid}",
"""<p><img src="https://static.leksaksladan.se/bilder/sandstrand-solnedgang.jpg" alt="Sandstrand i solnedgång" width="400" height="250"></p>
<p>Hej,</p>
<p>inför jul har vi ovanligt många beställningar, så tågbanan från order {oid} skickas 2026-12-12 i stället för 2026-12-09.</p>
<p>Hälsningar<br>Leksaksladan</p>""",
["BSM311"], "Delay with an unrelated beach stock image.")

_m(42, "invoice", "html", "Faktura för order {oid}",
"""<p><img src="https://static.odlarglad.se/odlarglad-logo.png" width="150" height="50"></p>
<p>Hej,</p>
<p>bifogat finns faktura 2026/0917 för order {oid}.</p>
<p>Hälsningar<br>Odlarglad AB, Org.nr 559112-3380</p>""",
["BSM402"], "Invoice with the shop logo but no alt attribute.")

_m(43, "delivery-delay", "text", "Order {oid} – lite sen",
"""Hej!

Din tröja från order {oid} stickas fortfarande 🧶 så vi skickar den 2026-12-13. Sorry för väntan 😅

/Alva, Garnlyan""",
["BSM403"], "Delay with emoji.")

_m(44, "additional-information", "text", "Trådfärg – order {oid}",
"""Hej,

till broderiet på handduken (order {oid}) valdes ingen trådfärg. Guld eller silver? Svara så sätter vi igång :)

Hälsningar
Broderiateljén""",
["BSM403"], "Information request with an emoticon.")

_m(45, "delivery-delay", "html", "Försening – order {oid}",
"""<style>
.rubrik { font-size: 26px; }
.underrubrik { font-size: 19px; }
.brodtext { font-size: 15px; }
.sidfot { font-size: 10px; }
</style>
<p class="rubrik">Försenad leverans</p>
<p class="underrubrik">Order {oid}</p>
<p class="brodtext">Hej! Espressomaskinen i din order skickas 2026-12-15 i stället för 2026-12-10, vi väntar på en leverans från importören.</p>
<p class="sidfot">Kaffekvarnen i Lund AB</p>""",
["BSM410"], "Four explicit font sizes in a style block.")

_m(46, "delivery-delay", "html", "Leveransdatum – order {oid}",
"""<p>Hej,</p>
<p>väggklockan från order {oid} skickas först 2026-12-16, eftersom vi väntar på urverk från leverantören.<br><br><br><br>Vi ber om ursäkt för dröjsmålet.</p>
<p>Hälsningar<br>Klockboden</p>""",
["BSM412"], "Run of four <br> in a row.")

_m(47, "invoice", "text", "[Viktigt] Faktura för order {oid}",
"""Hej,

här kommer fakturan (nr 2026-4471) för din order {oid} som bifogad PDF.

Vänliga hälsningar
Kontorsmagasinet AB
Org.nr 556701-9924""",
["BSM110"], "[Viktigt] on an invoice, which is not critical.")

_m(48, "reply", "html", "Sv: Bruksanvisning – {oid}",
"""<p>Hej,</p>
<p>bruksanvisningen till köksmaskinen från order {oid} finns på produktsidan. <a href="https://www.amazon.se/dp/B0C9P3T7RW">Läs mer</a></p>
<p>Hälsningar<br>Hushållsbutiken</p>""",
["BSM401"], "Amazon link with the non-descriptive text 'Läs mer'.")

# ---------------- varying (49-50) ----------------
_m(49, "review-request", "html", "Dela gärna dina intryck – order {oid}",
"""<p><img src="https://static.bokhornan.se/bokhornan-logotyp-bred.png" alt="Bokhörnan logotyp" width="580" height="120"></p>
<p>Hej,</p>
<p>böckerna från order {oid} har varit hos dig ett tag nu. Skriv gärna en recension om du har lust.</p>
<p><a href="https://www.amazon.se/review/create-review?asin=B0D2LQ9MXN">Skriv en recension på Amazon.se</a></p>
<p>Hälsningar<br>Bokhörnan</p>""",
["BSM406"], "Shop logo 580 px wide, over 80% of 600 px.")

_m(50, "delivery-delay", "html", "Ny leveransdag – order {oid}",
"""<p>Hej,</p>
<p>pläden från order {oid} skickas 2026-12-14 i stället för 2026-12-10 på grund av en försenad garnleverans.</p>
<p>Hälsningar<br>Ullboden</p>
<img src="https://t.mailtrack-nordic.se/open.gif?uid=88213&amp;m=ullboden" width="1" height="1" alt="">""",
["BSM307", "BSM402"], "1x1 tracking pixel with empty alt.")
