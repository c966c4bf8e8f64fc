"""v31 evaluation messages, Swedish (sv-SE)."""

_L = "sv"


def _m(n, locale, typ, fmt, subject, body, order_id, expected, note):
    return {
        "id": "v31-sv-%03d" % n,
        "language": _L,
        "locale": locale,
        "type": typ,
        "format": fmt,
        "subject": subject,
        "body": body.strip(),
        "order_id": order_id,
        "expected": sorted(expected),
        "note": note,
    }


MESSAGES = [
    _m(1, "sv-SE", "delivery-delay", "text",
       "Din beställning 628-2204917-3381650 blir försenad",
       """
Hej Lina!

Vi hade räknat med att skicka dina keramikmuggar (4 st, glasyr "Havsdimma") i början av veckan, men ugnen i verkstaden gick sönder i fredags och en ny bränning tar tid. Beställning 628-2204917-3381650 skickas därför tidigast torsdag den 17 december.

Passar inte det nya datumet? Svara bara på det här meddelandet så hittar vi en lösning.

Ha det fint!
Johanna på Lerverket, Gotland
""",
       "628-2204917-3381650", [], "Clean plain-text delivery delay from a small ceramics studio."),

    _m(2, "sv-SE", "delivery-delay", "html",
       "Ny leveranstid för order 628-7710385-0046129",
       """
<p>Hej,</p>
<p>Den eldrivna höj- och sänkbara skrivbordsramen i din order <strong>628-7710385-0046129</strong> har tyvärr fastnat i tullen i Göteborgs hamn. Vi räknar med att kunna skicka den vecka 51.</p>
<table>
<tr><th>Artikel</th><th>Beräknad avsändning</th></tr>
<tr><td>Skrivbordsram ErgoLift Duo, svart</td><td>14–16 december 2026</td></tr>
</table>
<p>Vi ber om ursäkt för dröjsmålet och hör av oss direkt om något ändras igen.</p>
<p>Vänliga hälsningar<br>Kontorsmöbelhuset i Borås</p>
""",
       "628-7710385-0046129", [], "Clean HTML delivery delay with a table."),

    _m(3, "sv-SE", "order-problem", "text",
       "[Viktigt] Order 628-5519024-7723381 kan inte levereras",
       """
Hej Mats,

Vi beklagar, men det begagnade objektivet Nikkor 50 mm f/1.4 i order 628-5519024-7723381 visade sig ha svamp i linsen vid vår slutkontroll, och vi har inget annat exemplar.

Vi har därför justerat orderbeloppet till noll i Amazons system med orsaken att varan inte kan skickas. Du får tillbaka hela beloppet, 2 390 kr, via din ursprungliga betalningsmetod.

Med vänlig hälsning
Fotoboden Umeå
""",
       "628-5519024-7723381", [], "Clean order problem with [Viktigt] and the amount adjustment confirmed."),

    _m(4, "sv-SE", "additional-information", "html",
       "Fråga om din beställning 628-0837146-5590212",
       """
<p>Hej Sara,</p>
<p>Tack för din beställning av namnbrickor till förskolan (order 628-0837146-5590212). För att kunna trycka dem behöver vi veta:</p>
<ol>
<li>vilka namn som ska stå på brickorna (max 12 st enligt beställningen)</li>
<li>om du vill ha motiv med räv eller uggla</li>
</ol>
<p>Svara gärna här i meddelandet, så börjar vi så fort vi har uppgifterna.</p>
<p>Hälsningar<br>Eva, Namnlappen</p>
""",
       "628-0837146-5590212", [], "Clean HTML request for information needed to produce the order."),

    _m(5, "sv-SE", "return-follow-up", "text",
       "Angående returen av order 628-3360478-1182904",
       """
Hej Anders,

Vi har sett din returanmälan för vinterjackan i order 628-3360478-1182904, där du skriver att en knapp saknas.

Om du vill behålla jackan erbjuder vi en delåterbetalning på 250 kr, så kan du sy i en ny knapp själv (vi skickar gärna med en reservknapp). Svara "ja" så genomför vi återbetalningen. Vill du hellre returnera jackan gäller returen som vanligt.

Vänliga hälsningar
Fjällkläder Norr AB
""",
       "628-3360478-1182904", [], "Clean return follow-up offering a partial refund."),

    _m(6, "sv-SE", "return-follow-up", "text",
       "Retur 628-9048215-6607735 – en fråga",
       """
Hej!

Innan vi kan ta emot returen av kaffekvarnen (order 628-9048215-6607735) behöver vi veta om förpackningen är öppnad. Oöppnade kvarnar kan vi ta tillbaka direkt till lagret, öppnade går först till vår tekniker.

Tack på förhand.

Hälsningar, kundtjänst
Bryggeriet Kaffe & Tillbehör
""",
       "628-9048215-6607735", [], "Clean return follow-up asking for information."),

    _m(7, "sv-SE", "invoice", "html",
       "Faktura för order 628-1175392-4419068",
       """
<p>Hej,</p>
<p>Här kommer fakturan för din order 628-1175392-4419068 som bifogad PDF (fakturanummer 2026/12/0874).</p>
<table>
<tr><td>Belopp inkl. moms</td><td>3 118,75 kr</td></tr>
<tr><td>varav moms 25 %</td><td>623,75 kr</td></tr>
</table>
<p>Vänliga hälsningar<br>Cykelverkstan Söder AB</p>
<p><small>Cykelverkstan Söder AB · Götgatan 88, 118 62 Stockholm · Org.nr 556812-3340 · Momsreg.nr SE556812334001 · Godkänd för F-skatt</small></p>
""",
       "628-1175392-4419068", [], "Clean invoice with Org.nr, VAT number and an invoice number with slashes."),

    _m(8, "sv-SE", "review-request", "text",
       "Vad tyckte du? Order 628-4426801-9935147",
       """
Hej Karin,

nu har du haft fågelholken några dagar. Om du vill får du gärna skriva en recension på Amazon om vad du tycker om den – det hjälper andra som funderar på ett köp.

Allt gott
Snickarboa i Dalarna
Order 628-4426801-9935147
""",
       "628-4426801-9935147", [], "Clean neutral review request in plain text."),

    _m(9, "sv-SE", "review-request", "html",
       "Din åsikt om order 628-6693027-2278410",
       """
<p><img src="https://media.nordiskthe.se/epost/nordisk-the-logga.png" alt="Nordisk Te – logotyp" width="180" height="60"></p>
<p>Hej Oskar,</p>
<p>vi hoppas att teerna i order 628-6693027-2278410 har kommit till användning. Skriv gärna en recension och berätta vad du tyckte – både ros och ris är välkommet.</p>
<p><a href="https://www.amazon.se/review/create-review?asin=B0D2MNX7TS">Skriv en recension på Amazon.se</a></p>
<p>Varma hälsningar<br>Nordisk Te</p>
""",
       "628-6693027-2278410", [], "Clean HTML review request with shop logo and descriptive Amazon link."),

    _m(10, "sv-SE", "delivery-scheduling", "html",
       "Bokning av leverans – order 628-8830516-0147293",
       """
<p>Hej Ingrid,</p>
<p>Din bäddsoffa (order 628-8830516-0147293) levereras med två bärare eftersom den väger 95 kg. Välj gärna en av följande tider:</p>
<ul>
<li>måndag 14/12 kl. 07.00–11.00</li>
<li>tisdag 15/12 kl. 13.00–17.00</li>
<li>torsdag 17/12 kl. 17.00–21.00</li>
</ul>
<p>Berätta också om det finns hiss och portkod, så planerar vi rutten därefter.</p>
<p>Hälsningar<br>Hemlandet Möbler, transportavdelningen</p>
""",
       "628-8830516-0147293", [], "Clean HTML delivery scheduling for a bulky item."),

    _m(11, "sv-SE", "home-service-appointment", "text",
       "Installation av laddbox – order 628-2057164-3366829",
       """
Hej Per!

Du har köpt installation av laddbox till din order 628-2057164-3366829. Vår behöriga elektriker kan komma:

* onsdag 9 december, kl. 08.00–12.00
* fredag 11 december, kl. 12.00–16.00

Installationen tar ungefär tre timmar och elen i huset behöver stängas av en stund. Vilken tid passar dig bäst?

Vänligen
Elkraft Installation Västerås
""",
       "628-2057164-3366829", [], "Clean home-service appointment with time slots."),

    _m(12, "sv-SE", "custom-design-verification", "text",
       "Korrektur för din tavla – order 628-0492278-8854016",
       """
Hej Malin,

bifogat hittar du korrekturet för din personliga stjärnkarta (order 628-0492278-8854016), filen heter korrektur_stjarnkarta_malin.pdf.

Kontrollera gärna:
- datum och plats: 3 juni 2019, Lund
- texten: "Natten då allt började"
- ramfärg: ek

Svara med ett OK eller med dina ändringar, så skickar vi tavlan till tryck.

Kram från Stjärnateljén
""",
       "628-0492278-8854016", [], "Clean design proof for verification."),

    _m(13, "sv-SE", "fulfillment-question", "text",
       "Portkod behövs för order 628-7315840-1192675",
       """
Hej,

budfirman har försökt leverera paketet med din order 628-7315840-1192675 (kolli-ID 373323992004716631, ärende 2026-12-0419), men kom inte in i trapphuset.

Kan du skicka oss portkoden, eller ange om paketet får lämnas hos grannen eller i förrådet? Annars går det tillbaka till utlämningsstället.

Vänliga hälsningar
Skafferiet Ekologiskt
""",
       "628-7315840-1192675", [], "Clean door-code question with shipment and case references."),

    _m(14, "sv-SE", "reply", "text",
       "Sv: Fråga om order 628-3904652-7730548",
       """
Hej Erik,

"Weekender Duffle Bag – Waxed Canvas" som du beställt i order 628-3904652-7730548 rymmer 45 liter och får plats som handbagage hos de flesta flygbolag, men inte hos alla lågprisbolag. Axelremmen går att ta av.

Hälsningar
Väskmakarna i Malmö
""",
       "628-3904652-7730548", [], "Clean reply quoting an English product title inside Swedish sentences."),

    _m(15, "sv-SE", "reply", "html",
       "Sv: Garanti för order 628-5186094-0025371",
       """
<p>Hej Helena,</p>
<p>Tråkigt att höra att dammsugaren slutat ladda. Den omfattas av tillverkarens garanti på två år, och garantiärenden hanteras direkt av tillverkaren.</p>
<p>Tillverkarens garantisupport (CleanTech Nordic): 0771-40 22 10, vardagar 08–17.</p>
<p>Ha ordernummer 628-5186094-0025371 och serienumret från undersidan till hands när du ringer.</p>
<p>Vänliga hälsningar<br>Elbutiken Outlet Sundsvall</p>
""",
       "628-5186094-0025371", [], "Clean reply giving the manufacturer's warranty line marked as such."),

    _m(16, "sv-SE", "reply", "text",
       "Sv: Vem är säljare? Order 628-6421730-5548892",
       """
Hej!

Det stämmer att vi är ett litet familjeföretag i Småland, och det är vi som säljer och fakturerar varorna i din order 628-6421730-5548892. Våra fullständiga företagsuppgifter står nedan.

Med vänliga hälsningar
Gunnel Ek

Ek & Söner Trädgårdsredskap AB
Storgatan 12, 352 30 Växjö
Org.nr 556123-4567
Öppettider kundservice: mån–fre 9–16
""",
       "628-6421730-5548892", [], "Clean reply with a company-details footer (Org.nr, address, hours)."),

    _m(17, "sv-SE", "reply", "text",
       "Sv: Återbetalning order 628-9932605-4461173",
       """
Hej Johan,

returen (returnummer R-88214) kom fram till vårt lager den 2 december kl. 14.20 med sändnings-ID 003707339912264185. Vi godkände den den 3 december och återbetalade 1 495,00 kr samma dag kl. 10.05.

Beroende på bank tar det 3–5 bankdagar innan pengarna för order 628-9932605-4461173 syns på kontot.

Vänliga hälsningar
Ljudbutiken Hifi-Hörnan
""",
       "628-9932605-4461173", [], "Clean reply with return/shipment numbers, dates, times and amounts."),

    # ---- violations ----
    _m(18, "sv-SE", "fulfillment-question", "html",
       "Order 628-1048593-3307716 är på väg",
       """
<p>Hej Annika!</p>
<p>Nu är ditt paket med broderigarn packat och har lämnats över till PostNord. Order 628-1048593-3307716 brukar komma fram inom 1–3 vardagar.</p>
<p>Kram<br>Stygnstugan</p>
""",
       "628-1048593-3307716", ["BSM201"], "Shipping confirmation: parcel handed to the carrier."),

    _m(19, "sv-SE", "additional-information", "text",
       "Order 628-4475310-8821069 mottagen",
       """
Hej,

vi har tagit emot din beställning 628-4475310-8821069 och håller just nu på att plocka ihop varorna på lagret i Jönköping. Du hör av oss om något skulle saknas.

Mvh
Reservdelslagret Bil & Båt
""",
       "628-4475310-8821069", ["BSM201"], "Order confirmation: received and being picked."),

    _m(20, "sv-SE", "fulfillment-question", "text",
       "Tack från oss! (628-2816047-9950384)",
       """
Hej Sofia!

Ett stort och varmt tack för att du handlade hos oss. Det betyder otroligt mycket för ett litet företag som vårt!

Många hälsningar
Tvålkokeriet Österlen
""",
       "628-2816047-9950384", ["BSM202"], "Thanks-only message."),

    _m(21, "sv-SE", "additional-information", "text",
       "Din order 628-6603192-1124857",
       """
Hej,

vi ville bara säga att om du har några som helst frågor eller funderingar kring din order 628-6603192-1124857 så finns vi här för dig. Tveka inte att höra av dig!

Hälsningar
Barnkammaren Ekorre
""",
       "628-6603192-1124857", ["BSM202"], "Only a 'we are here if you have questions' message."),

    _m(22, "sv-SE", "invoice", "text",
       "Faktura order 628-0359724-6673310",
       """
Hej Lars,

bifogat finns fakturan (nr 26-1553) för order 628-0359724-6673310, totalt 849 kr inkl. moms.

Hälsningar
Verktygsboden i Luleå

P.S. Just nu har vi mellandagsrea med 20 % på hela sortimentet – passa på!
""",
       "628-0359724-6673310", ["BSM203"], "Invoice with a P.S. advertising 20% off everything."),

    _m(23, "sv-SE", "delivery-delay", "html",
       "Lite försenat – order 628-7741865-2209436",
       """
<p>Hej Elin,</p>
<p>Din ullfilt i order 628-7741865-2209436 blir tyvärr tre dagar försenad och skickas den 15 december.</p>
<p>Missa förresten inte vår nya vårkollektion som släpps i januari – prenumerera på vårt nyhetsbrev och följ oss på Facebook så får du veta först!</p>
<p>Hälsningar<br>Fårfarmen Textil</p>
""",
       "628-7741865-2209436", ["BSM203"], "Delivery delay with new collection, newsletter and follow-us promotion."),

    _m(24, "sv-SE", "review-request", "html",
       "En liten tjänst? Order 628-3180476-5532091",
       """
<p>Hej Maja,</p>
<p>hoppas att pannkakspannan i order 628-3180476-5532091 fungerar bra i köket!</p>
<p>Vi skulle bli jätteglada om du skrev en recension på Amazon. När den är publicerad skickar vi gärna en liten överraskning till dig som tack för hjälpen.</p>
<p>Vänliga hälsningar<br>Gjutjärn & Co</p>
""",
       "628-3180476-5532091", ["BSM204"], "Small surprise gift promised once the review is published."),

    _m(25, "sv-SE", "review-request", "text",
       "Order 628-8597203-0064417",
       """
Hej,

vi har ett erbjudande till dig som köpt hörlurarna i order 628-8597203-0064417: skriv en recension på Amazon, skicka oss en länk när den är uppe, så betalar vi tillbaka hela köpesumman.

Mvh
SoundWave Nordic
""",
       "628-8597203-0064417", ["BSM204"], "Full refund once the review is online."),

    _m(26, "sv-SE", "reply", "html",
       "Sv: Reklamation order 628-5072938-7718846",
       """
<p>Hej Gustav,</p>
<p>Skönt att den nya pumpen fungerar som den ska. Vi förstår att du blev besviken första gången.</p>
<p>Nu när allt är löst undrar vi om du skulle kunna tänka dig att ändra ditt betyg på en stjärna eller ta bort recensionen helt?</p>
<p>Tack för förståelsen!<br>Akvariekungen</p>
<p>Order 628-5072938-7718846</p>
""",
       "628-5072938-7718846", ["BSM205"], "Asks to change or remove a one-star review."),

    _m(27, "sv-SE", "review-request", "text",
       "Hur gick det med order 628-2649015-3385720?",
       """
Hej Henrik,

om du är nöjd med cykelsadeln från order 628-2649015-3385720 blir vi glada för en recension på Amazon. Är du inte helt nöjd vill vi hellre att du kontaktar oss direkt, så fixar vi det innan du skriver något.

Hälsningar
Cykelkedjan Uppsala
""",
       "628-2649015-3385720", ["BSM206"], "Conditional review request steering unhappy buyers to the seller."),

    _m(28, "sv-SE", "review-request", "text",
       "Order 628-9361724-1156093 – betygsätt oss",
       """
Hej!

Vi hoppas att du är glad över dina nya löparstrumpor (order 628-9361724-1156093). Om du har en minut: ge oss gärna fem stjärnor på Amazon, det gör stor skillnad för oss.

Springande hälsningar
Löparlådan
""",
       "628-9361724-1156093", ["BSM206"], "Asks for five stars."),

    _m(29, "sv-SE", "order-problem", "html",
       "Order 628-0417586-6629301 – slut i lager",
       """
<p>Hej Nils,</p>
<p>Vi har tyvärr sålt slut på pelletsbrännaren i din order 628-0417586-6629301. Orderbeloppet har justerats med orsaken slut i lager.</p>
<p>Det enklaste för dig är att själv avbeställa ordern under "Dina beställningar" på Amazon, så är saken ur världen.</p>
<p>Hälsningar<br>Värmeteknik i Gävle</p>
""",
       "628-0417586-6629301", ["BSM108"], "Out of stock with adjustment, but advises the buyer to cancel."),

    _m(30, "sv-SE", "order-problem", "text",
       "Problem med order 628-6825041-4470318",
       """
Hej,

den limiterade vinylskivan i order 628-6825041-4470318 är tyvärr slutsåld hos distributören och vi kan inte få fram fler exemplar.

Vi skulle uppskatta om du kunde skicka in en begäran om annullering via Amazon, så att ordern kan stängas.

Med vänlig hälsning
Skivhörnan Göteborg
""",
       "628-6825041-4470318", ["BSM107", "BSM108"], "Asks for a cancellation request without confirming an amount adjustment."),

    _m(31, "sv-SE", "review-request", "html",
       "Recension av order 628-3296407-8813654",
       """
<p>Hej,</p>
<p>om du har tid vill vi gärna läsa din recension av skärbrädan i order 628-3296407-8813654 på Amazon.</p>
<p>Hälsningar<br>Träslöjd Jämtland</p>
<p><small>Vill du inte längre få meddelanden från oss? Avregistrera dig genom att svara AVSLUTA.</small></p>
""",
       "628-3296407-8813654", ["BSM305"], "Unsubscribe instruction in the footer."),

    _m(32, "sv-SE", "reply", "text",
       "Sv: Fel färg, order 628-7513082-2295460",
       """
Hej Pontus,

fan också, där har vi verkligen klantat till det. Vår jävla lagerpersonal har skickat grön färg i stället för blå. En ny burk går iväg i morgon och den gröna får du behålla. Order 628-7513082-2295460.

Hälsningar
Färghandeln Kungsholmen
""",
       "628-7513082-2295460", ["BSM306"], "Swedish profanity in a reply."),

    _m(33, "en-GB", "delivery-delay", "text",
       "Försenad leverans – order 628-1960734-5507128",
       """
Hej,

ditt hundkoppel i order 628-1960734-5507128 blir försenat eftersom läderleveransen dröjer. Vi räknar med att skicka det den 18 december.

Vänliga hälsningar
Hundsmedjan
""",
       "628-1960734-5507128", ["BSM104"], "Swedish message to a buyer whose preferred language is English (en-GB)."),

    _m(34, "sv-SE", "reply", "text",
       "Sv: Storlek på gardiner (order 628-4038519-9962275)",
       """
Hej Ulla,

gardinerna i order 628-4038519-9962275 är 140 cm breda per längd och går att korta utan att mönstret påverkas.

Vill du diskutera måtten närmare kan du ringa mig på 070-312 45 86, jag svarar oftast mellan 10 och 15.

Hälsningar
Birgitta, Textilboden Hudiksvall
""",
       "628-4038519-9962275", ["BSM309"], "Seller's mobile number in national format."),

    _m(35, "sv-SE", "additional-information", "html",
       "Leveransadress saknas – order 628-8264193-0031857",
       """
<p>Hej,</p>
<p>i order 628-8264193-0031857 saknas postnumret i leveransadressen. Svara gärna med rätt postnummer.</p>
<p>Kundtjänst når du också på +46 8 522 180 43 (vardagar 9–17).</p>
<p>Hälsningar<br>Kaffekompaniet Roslagen</p>
""",
       "628-8264193-0031857", ["BSM309"], "Seller's phone number in international format."),

    _m(36, "sv-SE", "reply", "text",
       "Sv: Bilder på skadan, order 628-5705362-1148940",
       """
Hej,

det är lättast om du mejlar bilderna på den trasiga lampskärmen till reklamation@lampverkstan.se, så kan vi ta ställning till ersättning direkt. Ange order 628-5705362-1148940 i ämnesraden.

Mvh
Lampverkstan
""",
       "628-5705362-1148940", ["BSM308"], "Plain e-mail address."),

    _m(37, "sv-SE", "reply", "text",
       "Sv: Kvitto för order 628-2381956-7724013",
       """
Hej Magnus,

kvittot för order 628-2381956-7724013 kan vår ekonomiavdelning skicka direkt. Skriv till ekonomi snabel-a sportlagret punkt se så ordnar de det.

Hälsningar
Sportlagret Örebro
""",
       "628-2381956-7724013", ["BSM308"], "E-mail address obfuscated with 'snabel-a' and 'punkt'."),

    _m(38, "sv-SE", "reply", "html",
       "Sv: Skötselråd – order 628-6149027-3360584",
       """
<p>Hej Frida,</p>
<p>vi har samlat skötselråd för linnedukar på vår egen webbplats, där finns också tvättemperaturer för alla våra tyger:</p>
<p><a href="https://www.linneriet.se/skotselrad/linne">Skötselråd för linne på Linneriet.se</a></p>
<p>Order: 628-6149027-3360584</p>
<p>Hälsningar<br>Linneriet</p>
""",
       "628-6149027-3360584", ["BSM302"], "Descriptive https link to the seller's own site."),

    _m(39, "sv-SE", "reply", "html",
       "Sv: Passar filtret? Order 628-0873245-5596172",
       """
<p>Hej,</p>
<p>filtret du köpt i order 628-0873245-5596172 passar alla modeller i serien. Reservfilter i tvåpack finns här:</p>
<p><a href="http://www.amazon.se/dp/B08KQ2LZ7W">Reservfilter i tvåpack på Amazon.se</a></p>
<p>Hälsningar<br>Renluft Sverige</p>
""",
       "628-0873245-5596172", ["BSM301"], "Amazon link over http."),

    _m(40, "sv-SE", "delivery-delay", "html",
       "Försening av order 628-7496310-2285547",
       """
<p>Hej Stina,</p>
<p>Din stickade mössa i order 628-7496310-2285547 skickas först den 16 december eftersom garnet tog slut mitt i produktionen.</p>
<p><img src="https://bilder.ullochstick.se/produkter/stickad-mossa-ullmix-senapsgul.jpg" alt="Stickad mössa i ullmix, senapsgul" width="320" height="320"></p>
<p>Vänliga hälsningar<br>Ull & Stick</p>
""",
       "628-7496310-2285547", ["BSM310"], "Photo of the purchased product."),

    _m(41, "sv-SE", "review-request", "html",
       "Order 628-3651804-9907231 – din recension",
       """
<p><img src="https://bilder.solstranden-sport.se/kampanj/strand-solnedgang.jpg" alt="Sandstrand i solnedgång" width="420" height="240"></p>
<p>Hej,</p>
<p>berätta gärna i en recension på Amazon vad du tycker om snorkelsetet i order 628-3651804-9907231.</p>
<p>Hälsningar<br>Solstranden Sport</p>
""",
       "628-3651804-9907231", ["BSM311"], "Unrelated stock image of a beach."),

    _m(42, "sv-SE", "delivery-scheduling", "html",
       "Leveranstid för order 628-9127658-4410396",
       """
<p><img src="https://media.vitvarudepan.se/logga/vitvarudepan.png" width="140" height="46"></p>
<p>Hej,</p>
<p>tvättmaskinen i order 628-9127658-4410396 kan levereras fredag 11/12 kl. 08–12 eller lördag 12/12 kl. 10–14. Vilken tid passar?</p>
<p>Hälsningar<br>Vitvarudepån</p>
""",
       "628-9127658-4410396", ["BSM402"], "Shop logo without an alt attribute."),

    _m(43, "sv-SE", "custom-design-verification", "text",
       "Skiss för graveringen – order 628-4862701-6653318",
       """
Hej Tove! 👋

Här kommer skissen för graveringen på armbandet i order 628-4862701-6653318 (se bifogad fil skiss_armband.pdf). Texten är "T + J 2026" i kursiv stil ✨

Säg till om allt ser bra ut!
Silversmedjan
""",
       "628-4862701-6653318", ["BSM403"], "Emoji in a design verification."),

    _m(44, "sv-SE", "reply", "text",
       "Sv: Order 628-1594037-0029864",
       """
Hej Kalle,

absolut, brädspelet i order 628-1594037-0029864 har svenska regler i kartongen ;-) Och reservkort går att beställa separat om något skulle försvinna.

Hälsningar
Spelhyllan
""",
       "628-1594037-0029864", ["BSM403"], "Emoticon ';-)' in a reply."),

    _m(45, "sv-SE", "invoice", "html",
       "Faktura – order 628-8705264-3318721",
       """
<style>
.rubrik { font-size: 26px; }
.underrubrik { font-size: 18px; }
.brodtext { font-size: 14px; }
.fot { font-size: 10px; }
</style>
<p class="rubrik">Faktura</p>
<p class="underrubrik">Order 628-8705264-3318721</p>
<p class="brodtext">Hej! Bifogat finns fakturan för dina vinterdäck, fakturanummer 4471.</p>
<p class="fot">Däckcentralen Norrtälje AB, Org.nr 559034-2281</p>
""",
       "628-8705264-3318721", ["BSM410"], "Four explicit font sizes set in a style block."),

    _m(46, "sv-SE", "delivery-delay", "html",
       "Försening – order 628-5230948-7765102",
       """
<p>Hej,</p>
<p>din bokhylla i order 628-5230948-7765102 skickas den 19 december i stället för den 12 december.</p>
<br><br><br>
<p>Vi ber om ursäkt för förseningen.</p>
<p></p>
<p></p>
<p>Hälsningar<br>Hyllmakarna</p>
""",
       "628-5230948-7765102", ["BSM412"], "A run of three <br> and empty paragraphs."),

    _m(47, "sv-SE", "review-request", "text",
       "[Viktigt] Din recension av order 628-2917463-8840539",
       """
Hej,

vi skulle uppskatta om du ville skriva en recension på Amazon om termosen i order 628-2917463-8840539.

Hälsningar
Friluftsbolaget
""",
       "628-2917463-8840539", ["BSM110"], "[Viktigt] on a review request."),

    _m(48, "sv-SE", "reply", "html",
       "Sv: Monteringsanvisning order 628-6078314-2253690",
       """
<p>Hej Jonas,</p>
<p>monteringsanvisningen till barnsängen i order 628-6078314-2253690 finns som PDF på produktsidan på Amazon. <a href="https://www.amazon.se/dp/B0C4PL9XQ2">Läs mer</a></p>
<p>Hälsningar<br>Barnmöbler Lindgren</p>
""",
       "628-6078314-2253690", ["BSM401"], "Non-descriptive link text 'Läs mer'."),

    # ---- varying ----
    _m(49, "sv-SE", "delivery-delay", "html",
       "Order 628-3749128-6610475 – senare leverans",
       """
<div style="padding: 0 140px;">
<p>Hej Ebba,</p>
<p>ljusstakarna i order 628-3749128-6610475 skickas den 14 december, fyra dagar senare än utlovat, eftersom gjuteriet hade ett driftstopp.</p>
<p>Hälsningar<br>Mässingsverkstaden</p>
</div>
""",
       "628-3749128-6610475", ["BSM405"], "140 px side padding, over 20% of the maximum width."),

    _m(50, "sv-SE", "additional-information", "text",
       "Fråga om din beställning",
       """
Hej,

för att kunna skicka din beställning 62874012385590164 behöver vi veta vilken färg du vill ha på sadelväskan – brun eller svart. Det gick inte att välja i annonsen.

Hälsningar
Ridsport Skåne
""",
       "628-7401238-5590164", ["BSM102"], "Order number written without hyphens, so no valid order number."),
]
