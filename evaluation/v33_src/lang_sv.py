"""Swedish (sv) evaluation messages, set v33."""

MESSAGES = []


def _m(typ, fmt, subject, body, oid, expected, note, locale="sv-SE"):
    MESSAGES.append({
        "id": "v33-sv-%03d" % (len(MESSAGES) + 1),
        "language": "sv",
        "locale": locale,
        "type": typ,
        "format": fmt,
        "subject": subject,
        "body": body,
        "order_id": oid,
        "expected": expected,
        "note": note,
    })


# 1 clean: delivery delay, text
_m("delivery-delay", "text", "Försenad leverans, order 648-1930472-8815063",
"""Hej Elin,

jag vill bara förvarna om att din beställning 648-1930472-8815063 (handstickad lovikkavante, röd) blir några dagar sen. Garnet från spinneriet i Jämtland kom senare än väntat, så jag hinner inte sticka klart paret till den utlovade dagen.

Jag räknar med att kunna skicka vantarna torsdag 17 december. Ändras något hör jag av mig direkt.

Förlåt för väntan!
Hälsningar
Britt-Marie på Ullstugan""",
"648-1930472-8815063", [], "Clean delivery delay in plain text from a one-person knitting shop.")

# 2 clean: delivery delay, html
_m("delivery-delay", "html", "Ny leveranstid för order 648-7720156-3049981",
"""<p>Hej!</p>
<p>Vi behöver tyvärr flytta leveransen av din order <strong>648-7720156-3049981</strong> (robotgräsklippare GreenCut 600).</p>
<table cellpadding="4">
<tr><td>Tidigare beräknad avsändning:</td><td>9 december 2026</td></tr>
<tr><td>Ny beräknad avsändning:</td><td>14 december 2026</td></tr>
</table>
<p>Orsaken är en försenad container från leverantören. Vi ber om ursäkt för besväret.</p>
<p>Med vänliga hälsningar<br>Kundtjänst, Trädgårdsproffsen i Borås AB</p>""",
"648-7720156-3049981", [], "Clean HTML delivery delay with a small table of dates.")

# 3 clean: order problem with [Viktigt]
_m("order-problem", "text", "[Viktigt] Din order 648-5561904-2207318 kan inte levereras",
"""Hej,

vi är ledsna att behöva meddela att vi inte kan skicka kaffekvarnen Kvarn Classic från order 648-5561904-2207318. Den sista enheten i lagret visade sig ha en skadad motor vid kontrollen.

Hela orderbeloppet, 1 495 kr, har justerats i Amazon med orsaken ”slut i lager”. Pengarna återförs automatiskt till ditt betalsätt.

Med vänlig hälsning
Rosteriet Svartbönan""",
"648-5561904-2207318", [], "Clean order problem with [Viktigt] in the subject and the amount adjusted.")

# 4 clean: additional information
_m("additional-information", "text", "Fråga om gravyr, order 648-3309127-6640552",
"""Hej Johan,

för att kunna gravera armbandet i order 648-3309127-6640552 behöver vi veta vilken text som ska stå på insidan. Max 20 tecken, inklusive mellanslag. Skriv gärna också om du vill ha versaler eller gemener.

Vi börjar så fort vi har texten.

Vänliga hälsningar
Silversmedjan i Visby""",
"648-3309127-6640552", [], "Clean request for engraving text needed to complete the order.")

# 5 clean: return, partial refund
_m("return-follow-up", "text", "Angående din retur – order 648-8847210-1193364",
"""Hej Sara,

tack för bilderna på barnvagnsinsatsen från order 648-8847210-1193364. Repan på ramen är kosmetisk och påverkar inte funktionen.

Vill du behålla vagnsinsatsen kan vi erbjuda en delåterbetalning på 45 euro. Föredrar du att returnera den som vanligt går det också bra, svara bara på det här meddelandet så skickar vi en returetikett.

Hälsningar
Lilla Vagnshuset""",
"648-8847210-1193364", [], "Clean return follow-up offering a partial refund.", locale="sv-FI")

# 6 clean: return, question
_m("return-follow-up", "text", "Retur av order 648-2058833-7716420",
"""Hej,

vi har fått din returanmälan för skidjackan i order 648-2058833-7716420. För att kunna slutföra returen behöver vi veta om jackan har använts utomhus eller bara provats inomhus, eftersom prislappen saknas på bilden du skickade.

Tack på förhand!
Fjällboden""",
"648-2058833-7716420", [], "Clean return follow-up asking for information to complete the return.")

# 7 clean: invoice with org.nr
_m("invoice", "html", "Faktura för order 648-6401197-5582203",
"""<p>Hej,</p>
<p>bifogat finns fakturan för order 648-6401197-5582203 (2 st kontorsstolar ErgoSit).</p>
<p>Fakturanummer: 2026/SE/01944<br>Fakturadatum: 2026-12-07<br>Belopp inkl. moms: 5 980,00 kr (varav moms 1 196,00 kr)</p>
<p><small>Kontorsmöbler Norr AB · Sjögatan 3, 852 34 Sundsvall<br>Org.nr 556712-4408 · Momsreg.nr SE556712440801 · Innehar F-skattsedel</small></p>""",
"648-6401197-5582203", [], "Clean invoice with Org.nr, VAT number and a slashed invoice number.")

# 8 clean: neutral review request, text
_m("review-request", "text", "Hur fungerar stekpannan? (order 648-9213506-0048871)",
"""Hej!

Det har gått en dryg vecka sedan gjutjärnspannan från order 648-9213506-0048871 kom fram. Om du har tid får du gärna berätta vad du tycker om den i en recension på Amazon, oavsett om det är positivt eller negativt. Det hjälper andra som funderar på att köpa.

Hälsningar
Järn & Eld Köksbutik""",
"648-9213506-0048871", [], "Clean neutral review request in plain text.")

# 9 clean: review request html with logo
_m("review-request", "html", "Din åsikt om order 648-4472290-3315046",
"""<p><img src="https://media.nordiskkeramik.se/logo/nordisk-keramik.png" alt="Nordisk Keramik logotyp" width="140" height="50"></p>
<p>Hej Anna,</p>
<p>vi hoppas att serveringsfatet från order 648-4472290-3315046 har hittat sin plats. Vill du dela med dig av dina intryck kan du göra det här: <a href="https://www.amazon.se/review/review-your-purchases">skriv en recension av ditt köp på Amazon.se</a>.</p>
<p>Varma hälsningar<br>Nordisk Keramik</p>""",
"648-4472290-3315046", [], "Clean HTML review request with shop logo and a descriptive Amazon link.")

# 10 clean: delivery scheduling
_m("delivery-scheduling", "text", "Bokning av leverans – order 648-0769341-2290517",
"""Hej Mikael,

din bastuugn (order 648-0769341-2290517) väger ca 95 kg och levereras med bil med bakgavellyft. Chauffören behöver en bokad tid.

Följande tider finns lediga:
* måndag 14/12, kl. 07–12
* tisdag 15/12, kl. 12–17
* torsdag 17/12, kl. 07–12

Svara med vilken tid som passar och om det finns trappor fram till entrén.

Mvh
Leveransplanering, Bastuspecialisten""",
"648-0769341-2290517", [], "Clean scheduling of a heavy delivery with time slots.", locale="sv-FI")

# 11 clean: home service
_m("home-service-appointment", "text", "Tid för installation av laddbox – 648-3318860-7745129",
"""Hej,

i din order 648-3318860-7745129 ingår installation av laddboxen. Vår behöriga elektriker kan komma:

onsdag 16 december mellan 8.00 och 10.00, eller
fredag 18 december mellan 13.00 och 15.00.

Besöket tar ungefär tre timmar. Meddela vilken tid som passar och om elcentralen sitter i garaget eller inne i huset.

Vänliga hälsningar
Elkraft Installation Uppsala""",
"648-3318860-7745129", [], "Clean home-service appointment with two time windows.")

# 12 clean: design proof
_m("custom-design-verification", "html", "Korrektur för din skylt – order 648-5504418-9912376",
"""<p>Hej Karin,</p>
<p>här kommer korrekturet för husnummerskylten i order 648-5504418-9912376 (bifogad PDF). Text: <em>Villa Solbacken 14</em>, mässingsbokstäver på svart ek, 40 × 15 cm.</p>
<p>Kontrollera gärna stavning och mått. Vi börjar fräsa först när du har godkänt korrekturet.</p>
<p>Hälsningar<br>Skyltmakarna i Gävle</p>""",
"648-5504418-9912376", [], "Clean custom design verification with an attached proof.")

# 13 clean: door code
_m("fulfillment-question", "text", "Portkod behövs – order 648-1184452-6603095",
"""Hej,

budfirman har försökt leverera order 648-1184452-6603095 men kom inte in i trappuppgången. Kolli-ID: 00373500481122409871, försändelsereferens LX-4471-08.

Kan du skicka portkoden eller säga om paketet ska lämnas hos någon granne? Vi vidarebefordrar uppgiften till budet inför nästa försök.

Hälsningar
Hälsokosthörnan""",
"648-1184452-6603095", [], "Clean door-code question with parcel reference numbers.")

# 14 clean: reply quoting a foreign product name
_m("reply", "text", "Sv: Fråga om ”Bloomingville Mini Kids Tent” – 648-7035591-4426610",
"""Hej Petra,

tältet ”Bloomingville Mini Kids Tent” i din order 648-7035591-4426610 är tillverkat i bomull och kan tvättas i 30 grader, men stängerna ska tas ut först. Det är 120 cm högt, så det får plats i de flesta barnrum.

Hälsningar
Barnrummet i Lund""",
"648-7035591-4426610", [], "Clean reply quoting an English/Danish product title.")

# 15 clean: manufacturer's warranty line
_m("reply", "text", "Sv: Trasig laddare – 648-2296673-0039854",
"""Hej,

laddaren till din elcykel (order 648-2296673-0039854) omfattas av tillverkarens garanti i två år. Garantiärenden hanteras direkt av tillverkaren.

Tillverkarens garantilinje (VeloNord Service): 031-760 45 00, vardagar 9–16.

Ha ramnumret redo när du ringer, det sitter under vevlagret.

Med vänlig hälsning
Cykelboden Göteborg""",
"648-2296673-0039854", [], "Clean reply with the manufacturer's warranty phone line, marked as such.")

# 16 clean: reply with company footer
_m("reply", "text", "Sv: Storleksfråga – order 648-6658102-5571930",
"""Hej Lars,

ullunderstället i order 648-6658102-5571930 är tight i passformen. Om du brukar ha M i vanliga tröjor rekommenderar vi L, särskilt om du ska ha det under en tjockare mellanlagerjacka.

Vänliga hälsningar
Ida Lindqvist

--
Vildmarksull AB
Storgatan 22, 931 30 Skellefteå
Org.nr 559204-1187
Öppet vardagar 08.00–16.30""",
"648-6658102-5571930", [], "Clean reply with company footer (address, org.nr, opening hours).")

# 17 clean: reply with tracking/return numbers
_m("reply", "html", "Sv: Var är min återbetalning? 648-0412276-8860341",
"""<p>Hej,</p>
<p>jag har kollat upp returen för order 648-0412276-8860341:</p>
<ul>
<li>Returnummer: RET-2026-11873</li>
<li>Returpaketets spårningsnummer: 5574 0012 8845 3390</li>
<li>Mottaget hos oss: 2 december 2026 kl. 14.20</li>
<li>Återbetalat belopp: 799,00 kr, genomfört 3 december 2026</li>
</ul>
<p>Det kan ta upp till fem bankdagar innan beloppet syns på ditt konto.</p>
<p>Hälsningar<br>Ljudhuset</p>""",
"648-0412276-8860341", [], "Clean reply with return and tracking numbers, dates, times and an amount.")

# 18 BSM201: handed to carrier
_m("fulfillment-question", "html", "Goda nyheter om order 648-8833019-2204467",
"""<p>Hej!</p>
<p>Dina vinterdäck i order 648-8833019-2204467 har nu lämnats över till DB Schenker och är på väg till dig. Räkna med leverans inom 2–3 arbetsdagar.</p>
<p>Hälsningar<br>Däckdepån</p>""",
"648-8833019-2204467", ["BSM201"], "Shipping confirmation: handed to the carrier.")

# 19 BSM201: received and preparing
_m("additional-information", "text", "Vi har fått din beställning – 648-4410982-7736615",
"""Hej Emma,

vad roligt! Vi har tagit emot din beställning 648-4410982-7736615 och håller redan på att plocka ihop dina fröpåsar. Paketet packas under morgondagen.

Hälsningar
Fröbutiken på Öland""",
"648-4410982-7736615", ["BSM201"], "Order confirmation: order received and being prepared.")

# 20 BSM202: thanks only
_m("reply", "html", "Tack! (648-1027745-5503389)",
"""<p>Hej,</p>
<p>ett stort tack för att du valde att handla hos oss, order 648-1027745-5503389. Vi uppskattar det verkligen!</p>
<p>Allt gott<br>Teknikhyllan</p>""",
"648-1027745-5503389", ["BSM202"], "Thanks-only message in HTML.")

# 21 BSM202: only ready to help
_m("fulfillment-question", "text", "Order 648-6691130-1148827",
"""Hej,

skulle något vara oklart med din order 648-6691130-1148827 finns vi här och hjälper gärna till. Det är bara att höra av sig via Amazon.

Hälsningar
Butiken Skruv & Mutter""",
"648-6691130-1148827", ["BSM202"], "Only an offer to help if something comes up.", locale="sv-FI")

# 22 BSM203: P.S. 20 %
_m("invoice", "text", "Faktura till order 648-3370045-9917208",
"""Hej,

här kommer fakturan (bifogad) för order 648-3370045-9917208, fakturanummer 2026/1187.

Hälsningar
Pappershuset

PS. Just nu får du 20 % rabatt på hela sortimentet med koden JUL20 – passa på inför helgerna!""",
"648-3370045-9917208", ["BSM203"], "Invoice with a discount code in the P.S.")

# 23 BSM203: newsletter / follow us
_m("delivery-delay", "html", "Lite försenat – 648-5526617-0084432",
"""<p>Hej!</p>
<p>Ditt ljusstakeset från order 648-5526617-0084432 skickas tyvärr först den 15 december i stället för den 10:e.</p>
<p>Vill du veta först när vår nya vårkollektion släpps? Följ oss på Facebook och Instagram under namnet Ljusverkstan, eller skriv upp dig på vårt nyhetsbrev.</p>
<p>Hälsningar<br>Ljusverkstan</p>""",
"648-5526617-0084432", ["BSM203"], "Delivery delay plus follow-us, newsletter and new collection.")

# 24 BSM204: small gift after review
_m("review-request", "text", "En liten överraskning – order 648-9940188-3362751",
"""Hej Maja,

har du hunnit testa hårinpackningen från order 648-9940188-3362751? När din recension har publicerats på Amazon skickar vi gärna en liten present som tack för att du tog dig tid.

Kramar
Naturligt Hår Sthlm""",
"648-9940188-3362751", ["BSM204"], "Small gift after the review is published.")

# 25 BSM204: full refund when review online
_m("review-request", "text", "Order 648-2281903-6675014",
"""Hej,

ett erbjudande till dig som köpt powerbanken i order 648-2281903-6675014: så snart din recension ligger ute på Amazon betalar vi tillbaka hela köpesumman. Skicka bara en skärmdump via meddelanden här.

Mvh
Laddat Sverige""",
"648-2281903-6675014", ["BSM204"], "Full refund once the review is online.")

# 26 BSM205: change one-star review
_m("reply", "text", "Sv: Ditt omdöme om order 648-7709241-1153380",
"""Hej Henrik,

den nya pumpen till din fontän (order 648-7709241-1153380) är nu på plats och fungerar enligt dig som den ska, skönt att höra.

Vi skulle bli väldigt glada om du ville ändra ditt omdöme med en stjärna nu när allt är löst, eller ta bort det helt.

Vänliga hälsningar
Vattenträdgården""",
"648-7709241-1153380", ["BSM205"], "Asks to change or remove a one-star review.")

# 27 BSM206: only if satisfied
_m("review-request", "html", "Nöjd med mattan? 648-0385562-4490179",
"""<p>Hej,</p>
<p>om du är nöjd med trasmattan från order 648-0385562-4490179 får du gärna skriva en recension på Amazon. Är du inte nöjd vill vi hellre att du kontaktar oss först, innan du lämnar ett omdöme, så ordnar vi det.</p>
<p>Hälsningar<br>Väveriet i Dalarna</p>""",
"648-0385562-4490179", ["BSM206"], "Review only if satisfied; unhappy buyers sent to the seller.")

# 28 BSM206: five stars
_m("review-request", "text", "Order 648-6615730-2207794 – en stjärnfråga",
"""Hej!

Vi är ett litet familjeföretag och varje femstjärnigt betyg betyder enormt mycket för oss. Om du har en minut över, ge gärna pusslet från order 648-6615730-2207794 fem stjärnor på Amazon.

Tack!
Pusselfabriken""",
"648-6615730-2207794", ["BSM206"], "Asks for a five-star rating.")

# 29 BSM108: cancel yourself (with adjustment)
_m("order-problem", "text", "Slut i lager – order 648-3344189-5518826",
"""Hej,

vi har tyvärr sålt slut på skidhjälmen i storlek S från order 648-3344189-5518826. Orderbeloppet är justerat i Seller Central med orsaken slut i lager.

Enklast och snabbast blir det om du själv avbeställer ordern under Dina beställningar, så försvinner den direkt ur systemet.

Ursäkta strulet!
Alpinboden""",
"648-3344189-5518826", ["BSM108"], "Advises the buyer to cancel herself after the adjustment.")

# 30 BSM107 + BSM108
_m("order-problem", "html", "Problem med order 648-9028817-3361540",
"""<p>Hej,</p>
<p>den bärbara högtalaren i order 648-9028817-3361540 är tyvärr slut hos oss och grossisten kan inte säga när den kommer in igen.</p>
<p>Vi vore tacksamma om du kunde begära en avbokning av ordern via ditt Amazon-konto.</p>
<p>Med vänlig hälsning<br>Ljudvågen</p>""",
"648-9028817-3361540", ["BSM107", "BSM108"], "Asks for a cancellation and does not confirm an adjustment.")

# 31 BSM305: unsubscribe
_m("delivery-delay", "text", "Försenat paket – 648-1176652-9054023",
"""Hej,

ditt hundtäcke i order 648-1176652-9054023 blir försenat och skickas 16 december.

Vill du inte få fler meddelanden från oss räcker det att svara ”AVREGISTRERA” så tar vi bort dig från utskicken.

Hälsningar
Tassar & Täcken""",
"648-1176652-9054023", ["BSM305"], "Delivery delay with an unsubscribe instruction.")

# 32 BSM306: profanity
_m("reply", "text", "Sv: Var är mitt paket? 648-4403391-7729168",
"""Hej,

jag förstår att du är irriterad, det är jag också. Det där jävla budföretaget har klantat till det igen, helvete vad trött jag är på dem. Paketet med order 648-4403391-7729168 ligger fortfarande på deras terminal i Jönköping.

Hälsningar
Roger, Bildelslagret""",
"648-4403391-7729168", ["BSM306"], "Reply with Swedish profanity.")

# 33 BSM104: other language
_m("additional-information", "text", "Bestellung 648-8850462-1108837",
"""Hallo,

für die Bestellung 648-8850462-1108837 benötigen wir noch die gewünschte Farbe des Lampenschirms (Leinen natur oder Leinen grau). Bitte antworten Sie auf diese Nachricht.

Viele Grüße
Lampenwerkstatt""",
"648-8850462-1108837", ["BSM104"], "Message to a sv-SE buyer written entirely in German.")

# 34 BSM309: national format
_m("home-service-appointment", "text", "Montage av köksfläkt – 648-2230971-6618405",
"""Hej Anders,

montören behöver boka in en tid för att sätta upp köksfläkten i order 648-2230971-6618405. Ring vår bokning på 070-412 88 31 så hittar vi en tid som passar.

Vänliga hälsningar
Köksmontage Väst""",
"648-2230971-6618405", ["BSM309"], "Seller's mobile number in national format.")

# 35 BSM309: international
_m("reply", "text", "Sv: Reservdel – 648-5597803-3304418",
"""Hej,

vi har rätt packning till din tryckkokare (order 648-5597803-3304418) på lager. Vill du prata med någon direkt når du vår butik på +46 8 556 203 17, vardagar 10–18.

Hälsningar
Kastrullkungen""",
"648-5597803-3304418", ["BSM309"], "Seller's phone number in international format.", locale="sv-FI")

# 36 BSM308: plain address
_m("custom-design-verification", "text", "Din logotyp – order 648-0661284-8847302",
"""Hej,

för att trycka er logga på muggarna i order 648-0661284-8847302 behöver vi den som vektorfil (SVG eller PDF). Mejla den till tryck@muggtryckeriet.se så skickar vi ett korrektur inom ett dygn.

Hälsningar
Muggtryckeriet""",
"648-0661284-8847302", ["BSM308"], "Plain e-mail address in the body.")

# 37 BSM308: snabel-a
_m("return-follow-up", "text", "Din retur, order 648-7182235-2259916",
"""Hej,

för att kunna slutföra returen av kameraväskan i order 648-7182235-2259916 behöver vi ett foto på skadan. Skicka det till retur snabel-a fotohornet punkt se.

Tack!
Fotohörnet""",
"648-7182235-2259916", ["BSM308"], "E-mail address obfuscated with 'snabel-a' and 'punkt'.")

# 38 BSM302: https link to seller site
_m("delivery-scheduling", "html", "Välj leveransdag – 648-3906614-4471183",
"""<p>Hej,</p>
<p>soffan i order 648-3906614-4471183 levereras med två bärare. Välj en leveransdag i vår kalender: <a href="https://www.soffgruppen.se/boka-leverans">boka leveransdag hos Soffgruppen</a>.</p>
<p>Hälsningar<br>Soffgruppen</p>""",
"648-3906614-4471183", ["BSM302"], "https link to the seller's own booking page.")

# 39 BSM301: http link to Amazon
_m("reply", "html", "Sv: Bruksanvisning – 648-6650378-1192247",
"""<p>Hej,</p>
<p>bruksanvisningen till våffeljärnet i order 648-6650378-1192247 finns som PDF på produktsidan: <a href="http://www.amazon.se/dp/B0BZ8N4Q6R">produktsidan för våffeljärnet på Amazon.se</a>.</p>
<p>Hälsningar<br>Frukostbutiken</p>""",
"648-6650378-1192247", ["BSM301"], "Insecure http link to Amazon.")

# 40 BSM310: product image
_m("review-request", "html", "Vad tycker du om lampan? 648-9931746-0028850",
"""<p>Hej,</p>
<p>du får gärna recensera bordslampan från order 648-9931746-0028850 på Amazon om du vill.</p>
<p><img src="https://bilder.lampkompaniet.se/produkt/bordslampa-opal-vit.jpg" alt="Bordslampa Opal vit" width="240" height="240"></p>
<p>Hälsningar<br>Lampkompaniet</p>""",
"648-9931746-0028850", ["BSM310"], "Review request showing a photo of the purchased lamp.")

# 41 BSM311: unrelated image
_m("delivery-delay", "html", "Försening – 648-1445829-3370564",
"""<p><img src="https://cdn.sportlagret.se/mail/strand-solnedgang.jpg" alt="Strand i solnedgång" width="320" height="180"></p>
<p>Hej,</p>
<p>löparskorna i order 648-1445829-3370564 skickas med några dagars fördröjning, senast 14 december.</p>
<p>Hälsningar<br>Sportlagret</p>""",
"648-1445829-3370564", ["BSM311"], "Unrelated beach stock image.")

# 42 BSM402: missing alt
_m("invoice", "html", "Faktura order 648-4817760-5542091",
"""<p><img src="https://static.verktygsboden.se/logo-verktygsboden.png" width="130" height="40"></p>
<p>Hej,</p>
<p>bifogat finns faktura nr 26-04418 för order 648-4817760-5542091.</p>
<p>Mvh<br>Verktygsboden</p>""",
"648-4817760-5542091", ["BSM402"], "Shop logo without an alt attribute.")

# 43 BSM403: emoji
_m("review-request", "text", "Order 648-7790053-6613328",
"""Hej!

Hoppas katten gillar klösträdet från order 648-7790053-6613328 🐱 Om du vill får du gärna lämna en recension på Amazon 😊

Hälsningar
Kattkompaniet""",
"648-7790053-6613328", ["BSM403"], "Neutral review request with emoji.")

# 44 BSM403: emoticon
_m("delivery-delay", "text", "Lite sen leverans – 648-2507718-8836601",
"""Hej Olle,

tomtenissen i order 648-2507718-8836601 är lite sen, han kommer iväg den 12 december i stället för den 9:e. Han hinner fram till jul, lovar :)

Hälsningar
Tomteverkstaden i Mora""",
"648-2507718-8836601", ["BSM403"], "Delivery delay with a text emoticon.")

# 45 BSM410: four sizes in style block
_m("additional-information", "html", "Uppgifter saknas – 648-5673302-1149915",
"""<style>
h1 { font-size: 24px; }
.text { font-size: 16px; }
.info { font-size: 13px; }
.sign { font-size: 10px; }
</style>
<h1>Vi behöver en uppgift</h1>
<p class="text">För att kunna leverera akvariet i order 648-5673302-1149915 behöver vi veta om leveransadressen har hiss.</p>
<p class="info">Svara gärna här i meddelandet.</p>
<p class="sign">Akvariehuset Malmö</p>""",
"648-5673302-1149915", ["BSM410"], "Four explicit font sizes in a style block.")

# 46 BSM412: br runs
_m("home-service-appointment", "html", "Tid för mattläggning – 648-0028461-7705334",
"""<p>Hej,</p>
<p>golvläggaren kan komma och lägga klickvinylen från order 648-0028461-7705334 tisdag 15 december kl. 8–16.<br><br><br><br>Passar det?</p>
<p></p>
<p></p>
<p>Hälsningar<br>Golvcentret</p>""",
"648-0028461-7705334", ["BSM412"], "Run of br tags and empty paragraphs.")

# 47 BSM110: [Viktigt] on review request
_m("review-request", "text", "[Viktigt] Din recension av order 648-6264197-3318870",
"""Hej,

om du har tid vill vi gärna att du skriver en recension av termosen från order 648-6264197-3318870 på Amazon.

Hälsningar
Friluftsmagasinet""",
"648-6264197-3318870", ["BSM110"], "[Viktigt] in the subject of a review request.")

# 48 BSM401: Läs mer / bare URL
_m("reply", "html", "Sv: Passar filtret? 648-3182956-4460027",
"""<p>Hej,</p>
<p>filtret i order 648-3182956-4460027 passar alla modeller i serien 5000. Mer om kompatibiliteten: <a href="https://www.amazon.se/dp/B0CQ2M7H1L">Läs mer</a></p>
<p>Hälsningar<br>Luftrent</p>""",
"648-3182956-4460027", ["BSM401"], "Non-descriptive 'Läs mer' link text.")

# 49 vary: tracking pixel without alt
_m("delivery-delay", "html", "Ändrad leveransdag för 648-8819073-2237765",
"""<p>Hej,</p>
<p>skrivbordet i order 648-8819073-2237765 skickas den 16 december i stället för den 10 december, eftersom bordsskivorna blev försenade från sågverket.</p>
<p>Hälsningar<br>Möbelsnickarna</p>
<img src="https://track.mejlverktyg.se/open.gif?uid=88190732&amp;c=delay" width="1" height="1" alt="">""",
"648-8819073-2237765", ["BSM307", "BSM402"], "1x1 tracking pixel with empty alt.")

# 50 vary: logo linked to shop site
_m("additional-information", "html", "Välj färg – order 648-2763340-9915582",
"""<p><a href="https://www.textilateljen.se"><img src="https://www.textilateljen.se/img/logo-textilateljen.png" alt="Textilateljén" width="150" height="45"></a></p>
<p>Hej,</p>
<p>du valde inte färg på kuddfodralen i order 648-2763340-9915582. Vill du ha dem i linne natur, skiffergrå eller mossgrön?</p>
<p>Hälsningar<br>Textilateljén</p>""",
"648-2763340-9915582", ["BSM302", "BSM304"], "Shop logo linked to the seller's website.")
