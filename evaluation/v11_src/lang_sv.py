"""v11 blind evaluation set: Swedish (sv-SE), 50 messages."""

LANG = "sv"
LOCALE = "sv-SE"
PREFIX = "427"


def order_number(n):
    a = 1000000 + (n * 6290371 + 2345671) % 9000000
    b = 1000000 + (n * 4182613 + 8765431) % 9000000
    return "%s-%07d-%07d" % (PREFIX, a, b)


def _rec(n, typ, fmt, subject, body, expected, note):
    o = order_number(n)
    return {
        "id": "v11-%s-%03d" % (LANG, n),
        "language": LANG,
        "locale": LOCALE,
        "type": typ,
        "format": fmt,
        "subject": subject.replace("{o}", o),
        "body": body.replace("{o}", o).replace("{o_plain}", o.replace("-", "")),
        "order_id": o,
        "expected": sorted(expected),
        "note": note,
    }


MESSAGES = [
    # ------------------------------------------------------------------ clean
    _rec(1, "delivery-delay", "text",
         "Din beställning {o} blir lite försenad",
         """Hej Anna!

Vi vill bara berätta att glasskålarna i beställning {o} tyvärr blir försenade. En av ugnarna i hyttan gick sönder förra veckan och vi ligger efter med blåsningen. Vi räknar med att kunna skicka skålarna senast den 17 december, alltså ungefär en vecka senare än vad som stod på produktsidan.

Förlåt för dröjsmålet! Om det nya datumet inte passar dig kan du svara på det här meddelandet så hittar vi en lösning.

Varma hälsningar
Lena Sjöberg
Glasbruket Nord, Kosta""",
         [], "Clean plain-text delivery delay from a small glassworks with a new ship date."),

    _rec(2, "delivery-delay", "html",
         "Ny leveranstid för order {o}",
         """<table border="0" cellpadding="0" cellspacing="0"><tr><td>
<p><strong>Möbelverkstan i Borås</strong></p>
<p>Hej Erik,</p>
<p>Ordern <strong>{o}</strong> (sängbord Ask, vitoljad ek) blir tyvärr försenad. Vår leverantör av lådskenor har leveransproblem och vi kan inte montera lådorna förrän de nya skenorna kommer.</p>
<ul>
<li>Nytt beräknat avsändningsdatum: <strong>2026-12-21</strong></li>
<li>Beräknad leverans: 2026-12-22 till 2026-12-28</li>
</ul>
<p>Vi ber om ursäkt för besväret.</p>
<p>Med vänlig hälsning<br>Kundservice<br>Möbelverkstan i Borås AB</p>
<p><small>Västerbrogatan 9, 503 30 Borås · Org.nr 559187-2046</small></p>
</td></tr></table>""",
         [], "Clean builder-HTML delivery delay with table, list and small-print footer."),

    _rec(3, "order-problem", "text",
         "[Viktigt] Problem med din order {o}",
         """Hej,

tyvärr kan vi inte leverera order {o}. Den sista kaffekvarnen av modellen Malmö Manuell som vi hade i lager visade sig ha en skadad kvarnskiva, och importören har inga fler.

Vi har justerat orderbeloppet i sin helhet (649,00 kr) med orsaken ”slut i lager” (NoInventory). Pengarna kommer tillbaka till dig enligt Amazons rutiner, oftast inom några bankdagar. Du behöver inte göra något mer.

Vi beklagar verkligen.
Johan Ek
Kaffehörnan Rosteri""",
         [], "Clean order problem confirming the full adjustment; [Viktigt] allowed on this critical type."),

    _rec(4, "additional-information", "text",
         "Vi behöver några uppgifter till order {o}",
         """Hej Karin,

i order {o} har du valt gardiner i ”valfri längd”, men vi hittar inga mått i kommentarsfältet. För att kunna sy dem behöver vi:

- önskad längd i cm (från stångens överkant till golvet)
- om du vill ha veckband eller kanal för stång
- om gardinerna ska vara fodrade eller ofodrade

Vi börjar sy så fort vi har fått ditt svar.

Hälsningar
Maria Lund
Tråd & Nål Sömnad, Jönköping""",
         [], "Clean request for the measurements needed to make a made-to-measure order."),

    _rec(5, "return-follow-up", "text",
         "Angående din retur – order {o}",
         """Hej Sofia,

vi har sett din returbegäran för bordslampan Alva i order {o}. På bilderna syns en repa på foten.

Om lampan i övrigt fungerar och du hellre vill behålla den kan vi erbjuda en delåterbetalning på 150 kr. Vill du hellre returnera den går det förstås också bra – svara bara och berätta vilket alternativ du väljer.

Vänliga hälsningar
Elin Strand, kundtjänst
Ljushuset Alva""",
         [], "Clean return follow-up offering a partial refund."),

    _rec(6, "return-follow-up", "text",
         "Fråga om returen, order {o}",
         """Hej Mikael!

För att vi ska kunna slutföra returen av cykeldatorn i order {o} behöver vi två saker från dig:

1. Serienumret som står på baksidan (börjar med SN)
2. Om styrfästet och laddkabeln följer med i returpaketet

Utan serienumret kan tillverkarens system inte ta emot enheten.

Tack på förhand!
Jonas på Cykelboden Umeå""",
         [], "Clean return follow-up asking for information needed to complete the return."),

    _rec(7, "invoice", "html",
         "Faktura för order {o}",
         """<p>Hej,</p>
<p>Här kommer fakturan för order {o} som bifogad PDF-fil.</p>
<table border="0" cellpadding="2" cellspacing="0">
<tr><td>Fakturanummer:</td><td>VV/2026/12/0331</td></tr>
<tr><td>Fakturadatum:</td><td>2026-12-04</td></tr>
<tr><td>Belopp inkl. moms:</td><td>4 990,00 kr</td></tr>
<tr><td>varav moms 25 %:</td><td>998,00 kr</td></tr>
</table>
<p>Med vänlig hälsning<br>Ekonomiavdelningen</p>
<p><small>Vitvarudepån Sverige AB · Industrivägen 22, 302 41 Halmstad<br>Org.nr 556812-3409 · Momsreg.nr SE556812340901 · Innehar F-skattsedel</small></p>""",
         [], "Clean invoice message with Org.nr, Momsreg.nr and an invoice number with slashes."),

    _rec(8, "review-request", "text",
         "Hur fungerar ryggsäcken? Order {o}",
         """Hej Oskar,

nu har du haft ryggsäcken från order {o} ett tag. Om du har tid skulle vi uppskatta om du skriver en produktrecension på Amazon – oavsett om intrycket är bra eller dåligt. Ärliga omdömen hjälper andra köpare att välja rätt.

Ha det fint!
Fjällboden""",
         [], "Clean neutral review request in plain text without a link."),

    _rec(9, "review-request", "html",
         "Vad tycker du om teet? Order {o}",
         """<p><img src="https://static.teboden-ostra.example/logo/teboden-logo.png" alt="Teboden Östra – logotyp" width="150" height="56"></p>
<p>Hej Ingrid,</p>
<p>Vi hoppas att teprovningslådan från order {o} har kommit fram och smakat bra. Om du vill dela med dig av dina intryck blir vi glada för en recension – alla ärliga omdömen är välkomna.</p>
<p><a href="https://www.amazon.se/review/create-review?asin=B0F2LQ81XD">Skriv en recension av teprovningslådan på Amazon</a></p>
<p>Många hälsningar<br>Teboden Östra</p>""",
         [], "Clean HTML review request with shop logo (alt names the shop) and a descriptive https Amazon link."),

    _rec(10, "delivery-scheduling", "text",
         "Bokning av leverans – soffa, order {o}",
         """Hej,

soffan Visby från order {o} väger nästan 110 kg och körs ut av vår egen budfirma med inbärning. Vi har följande tider lediga i ditt område:

tisdag 15 december kl. 08.00–12.00
tisdag 15 december kl. 12.00–16.00
torsdag 17 december kl. 16.00–20.00

Svara gärna med vilken tid som passar, vilken våning du bor på och om det finns hiss.

Hälsningar
Per Nyström, leveranssamordnare
Möbelverkstan i Borås""",
         [], "Clean delivery scheduling for a bulky sofa with Swedish dates and times."),

    _rec(11, "home-service-appointment", "html",
         "Installation av diskmaskin – välj tid (order {o})",
         """<p>Hej Birgitta,</p>
<p>Till order {o} har du beställt installation av en integrerad diskmaskin. Vår montör kan komma någon av dessa dagar:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Dag</th><th>Tid</th></tr>
<tr><td>måndag 14/12</td><td>kl. 09–12</td></tr>
<tr><td>onsdag 16/12</td><td>kl. 13–16</td></tr>
<tr><td>fredag 18/12</td><td>kl. 08–11</td></tr>
</table>
<p>Svara med den tid som passar dig. Se gärna till att det är fritt fram till vattenavstängningen och eluttaget.</p>
<p>Hälsningar<br>Installationsteamet, Vitvarudepån</p>""",
         [], "Clean HTML home-service appointment with a table of slots."),

    _rec(12, "custom-design-verification", "text",
         "Korrektur för gravyr – order {o}",
         """Hej!

I bifogad fil (korrektur_gravyr_v1.pdf) ser du hur gravyren på skärbrädan i order {o} kommer att se ut:

Text: ”Familjen Holm – Sommarstugan 1998”
Typsnitt: skrivstil, 12 mm höga bokstäver
Placering: nedre vänstra hörnet

Kontrollera stavning och årtal. Vi graverar först när du har godkänt – svara ”godkänd” eller skriv vad som ska ändras.

Hälsningar
Viktor Lindahl
Gravyrverkstaden Lindahl""",
         [], "Clean design proof with an attached PDF."),

    _rec(13, "fulfillment-question", "text",
         "Portkod behövs för leveransen, order {o}",
         """Hej Hanna,

chauffören som kör ut din bokhylla (order {o}, transportbokning TB-2026-1207-22, följesedel 48813/12) har meddelat att porten till fastigheten är låst med kod.

Kan du skicka portkoden, och eventuellt koden till trapphuset? Om du inte vill lämna ut den, skriv gärna om någon kan öppna porten på plats.

Tack!
Ulrika, Hyllmakarna""",
         [], "Clean door-code question with transport and delivery-note reference numbers."),

    _rec(14, "reply", "text",
         "Sv: Fråga om kaffekvarnen",
         """Hej Lars,

kvarnen du köpte i order {o}, ”Kaffeemühle Classic Buche”, har 18 malningsinställningar. För espresso rekommenderar vi steg 3–5 och för bryggkaffe steg 12–14. Skruva alltid medurs för finare malning.

Hälsningar
Johan Ek
Kaffehörnan Rosteri""",
         [], "Clean reply quoting a German product title inside Swedish sentences."),

    _rec(15, "reply", "text",
         "Sv: Elementet blir inte varmt – order {o}",
         """Hej,

det låter som om överhettningsskyddet i det oljefyllda elementet från order {o} har löst ut. Dra ur kontakten i en halvtimme och prova igen.

Hjälper inte det är det snabbast att vända sig direkt till tillverkaren, eftersom elementet omfattas av deras garanti. Tillverkarens garantisupport (Nordvärme AB): 0771-44 22 00, vardagar kl. 08–17. Ha serienumret från typskylten till hands.

Med vänlig hälsning
Reklamationer, Vitvarudepån""",
         [], "Clean reply giving the manufacturer's warranty line, marked as such."),

    _rec(16, "reply", "html",
         "Sv: Ingredienser – order {o}",
         """<p>Hej,</p>
<p>tack för din fråga om order {o}. Handkrämen med havtorn innehåller inga parabener eller eteriska oljor, och hela INCI-listan står på tubens baksida. Den passar känslig hud, men har du allergi mot korgblommiga växter rekommenderar vi att du testar på ett litet hudområde först.</p>
<p>Vänliga hälsningar<br>Amanda Berg<br>Produktansvarig</p>
<p><small>Havtornsboden Naturkosmetik AB<br>Skeppargatan 31, 114 52 Stockholm<br>Org.nr 559034-7718 · Momsreg.nr SE559034771801<br>Styrelsens säte: Stockholm</small></p>""",
         [], "Clean reply with a Swedish company-details footer."),

    _rec(17, "reply", "text",
         "Sv: När kommer återbetalningen? {o}",
         """Hej Emma,

jag har kollat returen för order {o}:

Returnummer: RET-2026-11-0458
Kollinummer på ditt returpaket: 00370712345678901234
Paketet kom fram till oss 2026-12-03 kl. 10.42
Återbetalning av 1 195 kr för jackan plus 59 kr i frakt gjordes 2026-12-04 kl. 09.15

Beroende på bank bör pengarna synas inom 3–5 bankdagar.

Hälsningar
Anders Holm
Fjällboden""",
         [], "Clean reply with return and parcel numbers, dates, times and amounts."),

    # ------------------------------------------------------------- violations
    _rec(18, "fulfillment-question", "text",
         "Nu är paketet på väg! {o}",
         """Hej hej!

Goda nyheter: paketet med order {o} lämnade vårt lager i Jönköping i morse och har lämnats över till PostNord. Det brukar ta 1–3 vardagar.

Hälsningar från gänget på Strumpkompaniet""",
         ["BSM201"], "Shipping confirmation: parcel left the warehouse and was handed to the carrier."),

    _rec(19, "fulfillment-question", "html",
         "Vi har tagit emot din order {o}",
         """<p>Hej,</p>
<p>Din beställning {o} har kommit in till oss och vi håller redan på att plocka ihop den. Silverörhängena packas i en presentask innan de går iväg.</p>
<p>Hälsningar<br>Silversmedjan Blänk</p>""",
         ["BSM201"], "Order confirmation: order received and being picked and packed."),

    _rec(20, "fulfillment-question", "text",
         "Tack! {o}",
         """Hej Olle,

stort tack för att du valde att handla hos oss! Det betyder mycket för ett litet rosteri som vårt.

Varma hälsningar
Kaffehörnan Rosteri
Order {o}""",
         ["BSM202"], "Thanks only; the order number is no content."),

    _rec(21, "fulfillment-question", "text",
         "Order {o}",
         """Hej,

skulle något mot förmodan krångla med order {o} finns vi här och hjälper gärna till.

Med vänlig hälsning
Tråd & Nål Sömnad""",
         ["BSM202"], "Only says the seller is there to help if something comes up."),

    _rec(22, "delivery-delay", "text",
         "Några dagars försening – order {o}",
         """Hej Fredrik,

vandringskängorna i order {o} kommer in från leverantören först på måndag, så vi skickar dem 2026-12-15 i stället för 2026-12-10. Ber om ursäkt för det!

Hälsningar
Fjällboden

PS. Fram till nyårsafton är hela sortimentet 20 % billigare hos oss – ange koden VINTER20 i kassan.""",
         ["BSM203"], "Permitted delay with a P.S. promoting 20% off the whole range."),

    _rec(23, "reply", "text",
         "Sv: Ringstorlek {o}",
         """Hej,

storlek 17 motsvarar en innerdiameter på 17 mm, så ringen i order {o} borde passa dig.

Gillar du silver? Följ oss gärna på Instagram och Facebook (Silversmedjan Blänk) – på fredag visar vi vår nya vinterkollektion, och den som prenumererar på vårt nyhetsbrev får se den en dag tidigare.

Hälsningar
Ida""",
         ["BSM203"], "Reply inviting the buyer to follow the shop, subscribe to a newsletter and see a new collection."),

    _rec(24, "review-request", "text",
         "Vad tyckte du om handskarna? {o}",
         """Hej,

hur har cykelhandskarna från order {o} fungerat? Vi skulle bli jätteglada för en recension på Amazon. Så fort den är publicerad skickar vi en liten present som tack – reflexklistermärken och en vattenflaska.

Hälsningar
Cykelboden Umeå""",
         ["BSM204"], "Review request promising a small gift once the review is published."),

    _rec(25, "review-request", "html",
         "Recension = pengarna tillbaka, order {o}",
         """<p>Hej Jenny,</p>
<p>Vi har ett erbjudande till dig: skriv en recension av skrivbordsorganisern i order {o}, så betalar vi tillbaka hela köpesumman (249 kr) via Swish så snart recensionen syns på Amazon.</p>
<p>Svara bara med namnet du recenserade under.</p>
<p>Hälsningar<br>Kontorsnörden</p>""",
         ["BSM204"], "Full refund once the review is online."),

    _rec(26, "reply", "text",
         "Sv: Trasig bricka – {o}",
         """Hej Gustav,

vad bra att den nya brickan från order {o} kom fram hel och att allt är löst nu. Skulle du vilja uppdatera ditt omdöme med en stjärna, eller kanske ta bort det? Det skulle betyda väldigt mycket för oss.

Hälsningar
Lena Sjöberg
Glasbruket Nord""",
         ["BSM205"], "Asks the buyer to update or remove a one-star review."),

    _rec(27, "review-request", "text",
         "Nöjd med kuddarna? {o}",
         """Hej Sara!

Om du är nöjd med kuddarna från order {o} får du gärna lämna en recension på Amazon. Är det något du inte gillade? Skriv då hellre till oss först i stället för att recensera, så löser vi det.

Kram från Linneboden""",
         ["BSM206"], "Asks only satisfied buyers to review; steers unhappy ones to the seller."),

    _rec(28, "review-request", "html",
         "Betygsätt vattenkokaren – order {o}",
         """<p>Hej,</p>
<p>Vi skulle bli så tacksamma om du betygsätter vattenkokaren från order {o}. Fem stjärnor gör enormt stor skillnad för ett litet företag som vårt!</p>
<p><a href="https://www.amazon.se/review/create-review?asin=B0C9VK3R1Z">Betygsätt vattenkokaren på Amazon</a></p>
<p>Hälsningar<br>Vitvarudepån</p>""",
         ["BSM206"], "Review request asking for five stars."),

    _rec(29, "order-problem", "text",
         "Slutsåld vara – order {o}",
         """Hej,

tyvärr är vandringskängorna i storlek 43 från order {o} slutsålda och tillverkaren har ingen ny leverans planerad. Vi har justerat hela orderbeloppet (1 495 kr) med orsaken ”slut i lager”.

Enklast och snabbast är om du själv avbryter beställningen under Dina beställningar på Amazon, så blir allt klart direkt.

Hälsningar
Fjällboden""",
         ["BSM108"], "Adjustment confirmed, but advises the buyer to cancel herself."),

    _rec(30, "order-problem", "text",
         "Angående order {o}",
         """Hej,

vi har tyvärr fått slut på sojaljusen med doften ”Skog efter regn” som du beställde i order {o}. Vi vore tacksamma om du kunde begära en annullering av ordern via Amazon.

Ursäkta krånglet.
Ljusstöperiet Veke""",
         ["BSM107", "BSM108"], "Out of stock: asks for a cancellation request without confirming an adjustment."),

    _rec(31, "delivery-delay", "text",
         "Försening – {o}",
         """Hej,

penselsetet i order {o} skickas 2026-12-16, tre dagar senare än planerat, eftersom vi väntar på förpackningar.

Ledsen för det!
Konstnärsförrådet

Vill du inte få fler sådana här meddelanden från oss? Svara STOPP så tar vi bort dig från listan.""",
         ["BSM305"], "Delay message with an opt-out instruction (reply STOPP)."),

    _rec(32, "reply", "text",
         "Sv: När skickas min order?! {o}",
         """Hej Niklas,

jag förstår att du är irriterad. Den jävla grossisten har skjutit upp leveransen av cykelväskorna för tredje gången, så skiten kommer inte hit förrän på torsdag och order {o} skickas därför fredag 2026-12-11. Ändras något hör jag av mig direkt.

Hälsningar
Jonas, Cykelboden Umeå""",
         ["BSM306"], "Reply with Swedish profanity ('jävla', 'skiten')."),

    _rec(33, "delivery-delay", "text",
         "Försenad leverans – order {o}",
         """Hej Maja,

Unfortunately your order {o} will be delayed by about a week, because our supplier cannot deliver the wooden train set before 14 December. We now expect to dispatch it on 16 December.

We apologise for the inconvenience and thank you for your patience.

Best regards,
Holzwerk Sommer Team""",
         ["BSM104"], "Swedish greeting and subject, but the body is written in English."),

    _rec(34, "delivery-scheduling", "text",
         "Leverans av hörnsoffa – {o}",
         """Hej,

vi kan köra ut hörnsoffan i order {o} fredag 18/12 kl. 10–14 eller lördag 19/12 kl. 08–12. Vilken tid passar bäst?

Det enklaste är att du ringer chauffören direkt på 070-384 12 95.

Hälsningar
Möbelverkstan i Borås""",
         ["BSM309"], "Delivery scheduling with the driver's mobile number in national format."),

    _rec(35, "reply", "html",
         "Sv: Faktura till företag – {o}",
         """<p>Hej,</p>
<p>Visst kan vi ställa ut en faktura på ditt företag för order {o} – svara bara med fullständigt företagsnamn och organisationsnummer.</p>
<p>Med vänlig hälsning<br>Kundtjänst Kontorsnörden<br>Tel. +46 31 712 48 30 (vardagar 8–16)</p>""",
         ["BSM309"], "Signature with an international-format shop phone number."),

    _rec(36, "reply", "text",
         "Sv: Bilder på skadan {o}",
         """Hej,

vad tråkigt att skålen i order {o} gick sönder. Skicka bilder på skadan och förpackningen till reklamation.glasbruket@brevlada-nord.se så skickar vi en ny direkt.

Hälsningar
Lena Sjöberg
Glasbruket Nord""",
         ["BSM308"], "Plain e-mail address in a reply."),

    _rec(37, "reply", "text",
         "Sv: Manual – {o}",
         """Hej,

den tryckta manualen till lödstationen i order {o} finns bara på engelska, men en svensk PDF mejlar vi gärna – skriv till support snabel-a elektronikhyllan punkt se och ange ordernumret i ämnesraden.

Hälsningar
Elektronikhyllan""",
         ["BSM308"], "E-mail address obfuscated with Swedish 'snabel-a' and 'punkt'."),

    _rec(38, "reply", "html",
         "Sv: Tvätt av linne – {o}",
         """<p>Hej Karin,</p>
<p>Sängkläderna från order {o} tvättas bäst i 40 grader utan sköljmedel och ska inte centrifugeras på högsta varvtal.</p>
<p>Fler tips finns i <a href="https://www.linneboden.example/guider/skota-linne">vår guide om linnevård på Linnebodens webbplats</a>.</p>
<p>Hälsningar<br>Maria</p>""",
         ["BSM302"], "https link to the seller's own site with descriptive text, not needed for the order."),

    _rec(39, "fulfillment-question", "html",
         "Leveransadress – order {o}",
         """<p>Hej,</p>
<p>Lägenhetsnumret saknas i leveransadressen för order {o}. Svara gärna med numret, eller kontrollera adressen under <a href="http://www.amazon.se/gp/css/order-history">dina beställningar på Amazon</a>.</p>
<p>Hälsningar<br>Teboden Östra</p>""",
         ["BSM301"], "Descriptive but insecure http link to Amazon."),

    _rec(40, "review-request", "html",
         "Hur smakar kaffet? {o}",
         """<p>Hej,</p>
<p><img src="https://static.kaffehornan.example/produkter/morkrost-bryggkaffe-500g.jpg" alt="Mörkrost bryggkaffe 500 g" width="240" height="240"></p>
<p>Vi hoppas att det mörkrostade kaffet från order {o} smakar bra. Om du har lust får du gärna skriva en produktrecension på Amazon.</p>
<p>Hälsningar<br>Kaffehörnan Rosteri</p>""",
         ["BSM310"], "Review request showing a photo of the purchased coffee."),

    _rec(41, "delivery-delay", "html",
         "Julrusch – ny leveranstid för {o}",
         """<p><img src="https://cdn.stockbilder.example/jul/snoigt-granskog.jpg" alt="Snötäckt granskog" width="300" height="200"></p>
<p>Hej,</p>
<p>I juletider har vi väldigt många beställningar, så order {o} skickas 2026-12-21, två dagar senare än vi skrev tidigare.</p>
<p>Ursäkta dröjsmålet och ha en fin advent!<br>Ljusstöperiet Veke</p>""",
         ["BSM311"], "Stock image of a snowy forest unrelated to the shop."),

    _rec(42, "delivery-delay", "html",
         "Nytt avsändningsdatum {o}",
         """<p><img src="https://static.strumpkompaniet.example/img/strumpkompaniet-logo.png" alt="" width="140" height="50"></p>
<p>Hej,</p>
<p>Ullsockorna i order {o} skickas 2026-12-17 – vi väntar fortfarande på en färg från färgeriet.</p>
<p>Hälsningar<br>Strumpkompaniet</p>""",
         ["BSM402"], "Shop logo with an empty alt attribute."),

    _rec(43, "additional-information", "text",
         "Färg på ramen – {o} 🖼️",
         """Hej!

Vi behöver en sak till för order {o}: ska tavelramen vara svart eller i ek? Färgvalet föll tyvärr bort i annonsen 🙈

Hälsningar
Ramverkstan""",
         ["BSM403"], "Emoji in subject and body."),

    _rec(44, "reply", "text",
         "Sv: Storlek på jackan {o}",
         """Hej Petter,

jackan i order {o} är ganska generöst skuren, så brukar du ha L borde M funka fint :-) Annars är storleksbyte gratis ;)

Hälsningar
Anders, Fjällboden""",
         ["BSM403"], "Text emoticons ':-)' and ';)'."),

    _rec(45, "delivery-delay", "html",
         "Ändrad leveranstid – order {o}",
         """<style>
.rubrik { font-size: 24px; }
.underrubrik { font-size: 18px; }
.brodtext { font-size: 15px; }
.sidfot { font-size: 10px; }
</style>
<p class="rubrik"><strong>Ramverkstan</strong></p>
<p class="underrubrik">Nytt avsändningsdatum</p>
<p class="brodtext">Hej! Ekramarna i order {o} skickas 2026-12-18 – listerna kom tillbaka sent från lackeringen.</p>
<p class="sidfot">Ramverkstan, Nygatan 5, 411 04 Göteborg</p>""",
         ["BSM410"], "Four explicit font sizes in a style block, plus the default."),

    _rec(46, "additional-information", "html",
         "Text till muggen – {o}",
         """<p>Hej,</p>
<p>Till order {o} behöver vi texten som ska stå på muggen – fältet i beställningen var tomt.</p>
<p></p>
<p></p>
<p>Svara gärna senast onsdag, så hinner vi före jul.</p>
<p>&nbsp;</p>
<p>&nbsp;</p>
<p>Hälsningar<br>Glasbruket Nord</p>""",
         ["BSM412"], "Empty paragraphs stacked between paragraphs in HTML."),

    _rec(47, "invoice", "text",
         "[Viktigt] Faktura – order {o}",
         """Hej,

bifogat finns fakturan FA-2026/1187 för order {o}, totalt 899,00 kr inkl. moms.

Med vänlig hälsning
Ljushuset Alva AB
Org.nr 559276-1180""",
         ["BSM110"], "[Viktigt] tag on an invoice message."),

    _rec(48, "additional-information", "html",
         "Kontrollera adressen – {o}",
         """<p>Hej,</p>
<p>Budet hittar inte adressen för order {o}. Kontrollera gärna dina adressuppgifter på Amazon – <a href="https://www.amazon.se/a/addresses">Läs mer</a> – och svara om allt stämmer.</p>
<p>Hälsningar<br>Havtornsboden</p>""",
         ["BSM401"], "Amazon https link with non-descriptive text 'Läs mer'."),

    # ------------------------------------------------------------------ vary
    _rec(49, "delivery-delay", "html",
         "Uppdatering om order {o}",
         """<p>Hej Therese,</p>
<p>Knivsetet i order {o} skickas 2026-12-14 i stället för 2026-12-09, eftersom knivblocken i trä är försenade från snickeriet.</p>
<p>Vi ber om ursäkt för förseningen.<br>Smedjan Egg</p>
<img src="https://t.mejlverktyg.example/open.gif?uid=8841207&amp;msg=smedjan-1209" width="1" height="1" alt="">""",
         ["BSM307", "BSM402"], "1x1 tracking pixel from a mail tool, with empty alt."),

    _rec(50, "review-request", "html",
         "Berätta gärna vad du tycker – order {o}",
         """<p><a href="https://www.glasbruketnord.example/"><img src="https://www.glasbruketnord.example/bilder/logo.png" alt="Glasbruket Nords webbutik" width="160" height="60"></a></p>
<p>Hej,</p>
<p>Om du har tid vill vi gärna att du skriver en produktrecension av vaserna från order {o} på Amazon. Alla ärliga omdömen hjälper andra köpare.</p>
<p>Hälsningar<br>Glasbruket Nord</p>""",
         ["BSM302", "BSM304"], "Shop logo linked to the seller's own website."),
]
