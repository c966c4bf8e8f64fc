"""v10 blind evaluation set: Swedish (sv-SE). Standard library only."""

LANG, LOCALE = "sv", "sv-SE"
MESSAGES = []


def _oid(n):
    return "172-%07d-%07d" % ((n * 6007 + 4410293) % 10000000, (n * 130363 + 1907715) % 10000000)


def _m(type_, fmt, subject, body, expected, note):
    n = len(MESSAGES) + 1
    oid = _oid(n)
    raw = oid.replace("-", "")
    def fill(s):
        return s.replace("{OID}", oid).replace("{RAW}", raw).strip("\n")
    MESSAGES.append({
        "id": "v10-%s-%03d" % (LANG, n), "language": LANG, "locale": LOCALE,
        "type": type_, "format": fmt, "subject": fill(subject), "body": fill(body),
        "order_id": oid, "expected": sorted(expected), "note": note,
    })


# ---------------------------------------------------------------- 17 clean
_m("delivery-delay", "text", "Försenad leverans – order {OID}", """
Hej Johan!

Vi behöver tyvärr skjuta på din order {OID}. Glasyren till skålarna i serien Havtorn tog slut hos vår leverantör, så vi räknar med att kunna skicka dem först den 19 mars, alltså ungefär en vecka senare än vad som stod i annonsen.

Förlåt för dröjsmålet! Passar inte det nya datumet kan du bara svara på det här meddelandet.

Vänliga hälsningar
Linnéa Berg
Nordljus Keramik
""", [], "Plain-text delivery delay with a new dispatch date; clean.")

_m("delivery-delay", "html", "Ny leveranstid för order {OID}", """
<p>Hej,</p>
<p>vi vill meddela att din order <strong>{OID}</strong> blir försenad. Skruvdragarsatsen <em>Hemmafix Pro 18V</em> väntar på en ny omgång batterier från tillverkaren.</p>
<table cellpadding="4">
<tr><td>Beräknat avsändningsdatum enligt annonsen:</td><td>2026-03-12</td></tr>
<tr><td>Nytt beräknat avsändningsdatum:</td><td>2026-03-20</td></tr>
</table>
<p>Vi ber om ursäkt för besväret. Har du frågor går det bra att svara direkt på meddelandet.</p>
<p>Med vänlig hälsning<br>Oskar Lindqvist<br>Kundtjänst, Hemmafix AB</p>
<p><small>Hemmafix AB, Industrivägen 14, 602 23 Norrköping. Org.nr 556712-3340</small></p>
""", [], "Builder-style HTML delay with a simple table; clean.")

_m("order-problem", "text", "[Viktigt] Order {OID} kan inte levereras", """
Hej Maria,

tyvärr kan vi inte skicka fatet Vinterljus som du beställde. Det sista exemplaret gick sönder i ugnen och nästa bränning blir inte klar förrän i maj.

Vi har redan justerat hela beloppet för order {OID} hos Amazon med orsaken slut i lager, så 495 kr betalas tillbaka till dig utan att du behöver göra något. Det brukar ta 3–5 bankdagar.

Jag är verkligen ledsen för det här.
Linnéa Berg
Nordljus Keramik
""", [], "Order problem confirming the full amount was adjusted for no stock; [Viktigt] allowed on this type.")

_m("additional-information", "text", "Vilken längd? Order {OID}", """
Hej!

I din order {OID} har du valt gardinlängden ”enligt mått”, men vi hittar inga mått i beställningen.

Kan du svara med önskad längd i centimeter (fallhöjd från stången till golvet) och om vi ska sy med veckband eller hällor? Så fort vi har måtten börjar vi sy direkt.

Tack på förhand!
Ingrid på Skogsglänta Textil
""", [], "Asks for measurements needed to make the order; clean.")

_m("return-follow-up", "text", "Din retur – order {OID}", """
Hej Erik,

vi har sett din returanmälan för slipmaskinen i order {OID}, där du skriver att dammpåsen saknades. I stället för att skicka tillbaka hela maskinen kan vi erbjuda en delåterbetalning på 150 kr, så behåller du maskinen.

Säg till om det låter bra, så gör vi återbetalningen samma dag. Vill du hellre returnera maskinen går det förstås också, då följer vi Amazons vanliga returflöde.

Hälsningar
Oskar Lindqvist
Hemmafix AB
""", [], "Return follow-up offering a partial refund; clean.")

_m("return-follow-up", "html", "Fråga om din retur, order {OID}", """
<p>Hej!</p>
<p>Returpaketet för order {OID} kom fram till oss den 9 mars. Påslakanet låg i paketet, men de två örngott som ingår i setet saknades.</p>
<p>Skickade du dem i ett separat paket, eller har de blivit kvar hemma? Svara gärna så att vi kan slutföra returen.</p>
<p>Vänliga hälsningar<br>Ingrid Sandberg<br>Skogsglänta Textil</p>
""", [], "Return follow-up asking for information needed to complete the return; clean.")

_m("invoice", "text", "Faktura för order {OID}", """
Hej,

bifogat finns fakturan för din order {OID} (fakturanummer SK/2026/03/0412, fakturadatum 2026-03-05).

Totalt: 11 999,00 kr inkl. moms (varav moms 25 %: 2 399,80 kr), betalt via Amazon.

Behöver fakturan ställas ut på ett företag svarar du bara med företagsnamn och organisationsnummer, så skickar vi en ny.

Med vänlig hälsning
Ekonomiavdelningen
Sängkompaniet i Borås AB
Västerbrogatan 3, 503 30 Borås
Org.nr 556834-1029 | Momsreg.nr SE556834102901 | Innehar F-skattsedel
""", [], "Invoice with Org.nr, VAT number and a slashed invoice number; clean.")

_m("review-request", "text", "Hur blev skålarna? Order {OID}", """
Hej Sara,

nu har skålarna från order {OID} varit hemma hos dig ett tag. Om du har tid skulle vi bli glada för en produktrecension på Amazon – alla synpunkter hjälper både oss och andra köpare.

Recensionen skriver du enklast under Dina beställningar, vid den här ordern.

Varma hälsningar
Linnéa på Nordljus Keramik
""", [], "Neutral plain-text review request; clean.")

_m("review-request", "html", "Berätta vad du tycker – order {OID}", """
<p><img src="https://m.media-amazon.com/images/S/aplus-media/skogsglanta-textil-logotyp.png" alt="Skogsglänta Textil logotyp" width="180" height="60"></p>
<p>Hej!</p>
<p>Vi hoppas att linnegardinerna från order {OID} har kommit upp och trivs hemma hos dig. Vill du dela med dig av dina intryck blir vi glada för en recension.</p>
<p><a href="https://www.amazon.se/review/create-review?asin=B0CZ3L7MNQ">Skriv en recension av gardinerna på Amazon.se</a></p>
<p>Ingrid och Karin<br>Skogsglänta Textil</p>
""", [], "HTML review request with shop logo (alt names the shop) and a descriptive https Amazon link; clean.")

_m("delivery-scheduling", "text", "Boka leverans av din säng – order {OID}", """
Hej Anders,

kontinentalsängen i order {OID} väger drygt 110 kg och levereras av vår egen budfirma med inbärning. Välj gärna en av tiderna nedan:

* tisdag 17 mars, kl. 07.00–12.00
* onsdag 18 mars, kl. 12.00–17.00
* lördag 21 mars, kl. 09.00–13.00

Meddela också vilken våning du bor på och om det finns hiss.

Med vänlig hälsning
Petra Holm, leveransplanering
Sängkompaniet i Borås AB
""", [], "Delivery scheduling for a heavy bed with dates and time slots; clean.")

_m("home-service-appointment", "html", "Installation av diskmaskin – boka tid ({OID})", """
<p>Hej,</p>
<p>till din order {OID} hör installation av diskmaskinen. Vår montör kan komma någon av följande tider:</p>
<ul>
<li>måndag 23 mars 2026, kl. 08.00–10.00</li>
<li>tisdag 24 mars 2026, kl. 13.00–15.00</li>
<li>torsdag 26 mars 2026, kl. 10.00–12.00</li>
</ul>
<p>Svara med den tid som passar dig. Installationen tar ungefär två timmar, och vattnet behöver kunna stängas av under tiden.</p>
<p>Hälsningar<br>Jonas Ek<br>Vitvarutjänst Norr AB</p>
""", [], "Home-service appointment with proposed time slots; clean.")

_m("custom-design-verification", "text", "Korrektur för din tavla – order {OID}", """
Hej!

Här kommer korrekturet till din namntavla i order {OID}, se bifogad fil korrektur_namntavla_v1.pdf. Vi har placerat namnen överst och datumet under, i typsnittet du valde.

Kolla gärna stavningen av namnen och datumet extra noga. Ser allt bra ut räcker det att du svarar ”godkänt”, annars skriver du vad som ska ändras så fixar vi det.

Hälsningar
Tryckeriet på Hörnet
""", [], "Custom design proof for approval; clean.")

_m("fulfillment-question", "text", "Portkod behövs – order {OID}", """
Hej,

leveransen av bäddsoffan i order {OID} görs av vår egen transport (körordernummer KO-2026-0318-07, kundnummer 88142). I adressen saknas portkod, och chauffören kommer inte in i trapphuset utan den.

Kan du svara med portkoden, och gärna vilket namn som står på dörren?

Vänliga hälsningar
Petra Holm
Sängkompaniet i Borås AB
""", [], "Door-code question with reference numbers needed to deliver; clean.")

_m("reply", "text", "Sv: Fråga om Bosch Professional GSR 18V-55 – order {OID}", """
Hej Mikael,

ja, ”Bosch Professional GSR 18V-55” som du köpte i order {OID} fungerar med alla batterier i Boschs blå 18-voltsserie, även de äldre på 4,0 Ah. Laddaren i kartongen räcker för båda.

Med vänlig hälsning
Oskar Lindqvist
Hemmafix AB
""", [], "Reply quoting a German/English product title inside Swedish sentences; clean.")

_m("reply", "text", "Sv: Garanti på diskmaskinen – {OID}", """
Hej,

diskmaskinen i order {OID} har två års tillverkargaranti, och garantiärenden hanteras direkt av tillverkaren.

Tillverkarens garantisupport (Nordvask): 0771-40 20 30, vardagar 08.00–17.00

Ha serienumret till hands – det sitter på luckans insida. Om tillverkaren inte hjälper dig får du gärna höra av dig hit igen.

Hälsningar
Jonas Ek
Vitvarutjänst Norr AB
""", [], "Reply giving the manufacturer's warranty line, marked as such; clean.")

_m("reply", "text", "Sv: Era företagsuppgifter – order {OID}", """
Hej Annika,

absolut, här är våra uppgifter till er inköpsavdelning. Fakturan för order {OID} skickas automatiskt när varan har levererats.

Vänliga hälsningar
Oskar Lindqvist

Hemmafix AB
Industrivägen 14
602 23 Norrköping
Org.nr 556712-3340
Momsreg.nr SE556712334001
Styrelsens säte: Norrköping
""", [], "Reply with a company-details footer (Org.nr, VAT number, seat); clean.")

_m("reply", "text", "Sv: Var är min återbetalning? {OID}", """
Hej Emma,

din retur för order {OID} (returnummer R-20611, kollinummer 00370712345678901234) kom till vårt lager den 11 mars kl. 09.15. Vi kontrollerade varan samma dag och gjorde återbetalningen på 649,00 kr kl. 14.40.

Beroende på bank syns pengarna senast den 16 mars.

Hälsningar
Ingrid Sandberg
Skogsglänta Textil
""", [], "Reply with return and parcel numbers, dates, times and amounts; clean.")

# ---------------------------------------------------------------- 31 violations
_m("fulfillment-question", "text", "Nu är ditt paket på väg – {OID}", """
Hej!

Skålarna i order {OID} lämnade vår verkstad i morse och är nu överlämnade till PostNord. Räkna med leverans inom ett par vardagar.

Linnéa
Nordljus Keramik
""", ["BSM201"], "Says the parcel left the workshop and was handed to the carrier.")

_m("fulfillment-question", "html", "Vi har tagit emot din order {OID}", """
<p>Hej,</p>
<p>vi har fått in din beställning {OID} och håller redan på att plocka ihop och packa den på vårt lager i Norrköping.</p>
<p>Hälsningar<br>Hemmafix AB</p>
""", ["BSM201"], "Says the order was received and is being prepared.")

_m("fulfillment-question", "text", "Tack! Order {OID}", """
Hej Karin,

stort tack för att du handlade hos oss på Skogsglänta Textil! Det betyder mycket för en liten syateljé som vår.

Ha en fin vår!
Ingrid
Order {OID}
""", ["BSM202"], "Thanks only; the order number adds no content.")

_m("fulfillment-question", "text", "Order {OID}", """
Hej,

skulle något strula med din order {OID} så finns vi här – svara bara på det här meddelandet.

Hälsningar
Kundtjänst, Hemmafix AB
""", ["BSM202"], "Only offers help if something goes wrong.")

_m("delivery-delay", "text", "Order {OID} – några dagars förskjutning", """
Hej,

din order {OID} blir tyvärr några dagar sen: vi räknar med att skicka den 23 mars i stället för den 18 mars, eftersom garnet till plädarna är försenat.

Förlåt för väntan!
Skogsglänta Textil

PS. Just nu är hela vårt sortiment 20 % billigare, hela vägen till påsk.
""", ["BSM203"], "Permitted delay with a P.S. promoting 20% off the whole range.")

_m("invoice", "text", "Din faktura – order {OID}", """
Hej,

här kommer fakturan för order {OID} som bifogad pdf (faktura NK-2026-0388).

Följ gärna Nordljus Keramik på Instagram – där visar vi vårens nya kollektion först. Och missa inte vårt nyhetsbrev!

Linnéa Berg
""", ["BSM203"], "Invoice inviting the buyer to follow the shop, see a new collection and subscribe.")

_m("review-request", "text", "En liten tjänst? Order {OID}", """
Hej Sara,

vi skulle uppskatta en recension av gardinerna i order {OID} på Amazon. Som tack skickar vi en liten överraskning till dig så fort recensionen har publicerats.

Ingrid
Skogsglänta Textil
""", ["BSM204"], "Promises a small gift once the review is published.")

_m("review-request", "text", "Recension av skruvdragaren – order {OID}", """
Hej,

här är ett erbjudande: skriv en recension av skruvdragaren i order {OID}, så betalar vi tillbaka hela köpesumman så snart recensionen ligger ute på Amazon.

Hälsningar
Hemmafix AB
""", ["BSM204"], "Offers a full refund once the review is online.")

_m("reply", "text", "Sv: Trasig kopp – order {OID}", """
Hej Helena,

skönt att ersättningskoppen kom fram hel och att vi kunde lösa det med order {OID}. Får jag be om en sak: skulle du kunna uppdatera eller ta bort ditt betyg med en stjärna, nu när allt är ordnat?

Tack på förhand
Linnéa
""", ["BSM205"], "Asks the buyer to update or remove an existing one-star rating.")

_m("review-request", "text", "Vad tycker du om sängen? ({OID})", """
Hej,

är du nöjd med sängen från order {OID}? Då får du gärna lämna en recension på Amazon. Är något inte som det ska, hör av dig till oss i stället för att skriva en recension – vi löser det.

Sängkompaniet i Borås
""", ["BSM206"], "Asks only satisfied buyers to review and steers unhappy ones to the seller.")

_m("review-request", "text", "Ge oss ett betyg – order {OID}", """
Hej Anders,

om du har en minut över skulle det betyda mycket om du gav påslakanet från order {OID} fem stjärnor på Amazon.

Tack!
Skogsglänta Textil
""", ["BSM206"], "Asks for a five-star rating.")

_m("order-problem", "text", "Order {OID} – varan är slut", """
Hej,

tyvärr är sänggaveln Lina i 180 cm slut och vi kan inte skicka order {OID}. Vi har justerat hela orderbeloppet hos Amazon med orsaken slut i lager.

Snabbast blir det om du själv avbeställer ordern under Dina beställningar, så är ärendet avslutat direkt.

Med vänlig hälsning
Sängkompaniet i Borås AB
""", ["BSM108"], "Confirms the adjustment but advises the buyer to cancel himself because stock ran out.")

_m("order-problem", "text", "Angående order {OID}", """
Hej,

vi har tyvärr inte längre vasen Dimma i lager, så order {OID} kan vi inte leverera. Vi skulle vara tacksamma om du ville begära en avbeställning av ordern.

Hälsningar
Nordljus Keramik
""", ["BSM107", "BSM108"], "Asks for a cancellation request and never confirms an adjustment.")

_m("delivery-delay", "text", "Försening – order {OID}", """
Hej,

sängen i order {OID} skickas den 27 mars i stället för den 20 mars, eftersom stommarna har blivit försenade från snickeriet. Vi ber om ursäkt.

Sängkompaniet i Borås AB

Vill du inte få fler meddelanden från oss? Svara STOPP så avregistrerar vi dig.
""", ["BSM305"], "Delay message with an opt-out instruction (reply STOPP).")

_m("reply", "text", "Sv: VAR ÄR MIN BESTÄLLNING {OID}", """
Hej Patrik,

som jag redan skrivit två gånger: borrmaskinen i order {OID} skickas på fredag. Att du skickar tio meddelanden om dagen gör det inte ett jävla dugg snabbare.

Oskar
""", ["BSM306"], "Reply containing Swedish profanity.")

_m("delivery-delay", "text", "Order {OID} – delayed dispatch", """
Hello Johan,

unfortunately your order {OID} will be dispatched a little later than planned. The glaze for the bowls has been delayed by our supplier, so we now expect to send them on 19 March.

Sorry for the wait!
Linnéa Berg
Nordljus Keramik
""", ["BSM104"], "Whole message in English for a sv-SE buyer.")

_m("delivery-scheduling", "text", "Leveranstid för din soffa – {OID}", """
Hej,

vi vill boka leverans av soffan i order {OID}. Vi föreslår onsdag 25 mars kl. 12.00–16.00. Passar inte det går det bra att ringa oss på 033-41 22 90.

Petra Holm
Sängkompaniet i Borås AB
""", ["BSM309"], "Seller's own phone number in national format.")

_m("reply", "text", "Sv: Hjälp med inställningen – {OID}", """
Hej,

det är lättare att förklara i telefon. Ring eller sms:a mig direkt på +46 70 123 45 67 så går vi igenom inställningarna på diskmaskinen i order {OID} tillsammans.

Jonas, Vitvarutjänst Norr
""", ["BSM309"], "Seller's mobile number in international format.")

_m("reply", "text", "Sv: Skadad leverans – {OID}", """
Hej,

vad tråkigt att en av skålarna i order {OID} var sprucken. Mejla gärna några bilder på skadan till kundtjanst@nordljuskeramik.se, så ordnar vi en ersättning.

Linnéa
""", ["BSM308"], "Plain e-mail address in a reply.")

_m("reply", "text", "Sv: Ändrad fakturaadress – {OID}", """
Hej,

skicka den nya fakturaadressen för order {OID} till ekonomi snabel-a sangkompaniet punkt se, så skickar vi en uppdaterad faktura.

Hälsningar
Sängkompaniet i Borås AB
""", ["BSM308"], "E-mail address obfuscated with 'snabel-a' and 'punkt'.")

_m("reply", "html", "Sv: Tvätta linnegardiner – {OID}", """
<p>Hej!</p>
<p>Bra fråga om gardinerna i order {OID}. Alla våra tvättråd finns samlade här: <a href="https://www.skogsglantatextil.se/skotselrad/linne">skötselråd för linne på vår webbplats</a>.</p>
<p>Hälsningar<br>Ingrid</p>
""", ["BSM302"], "Descriptive https link to the seller's own site, not needed for the order.")

_m("reply", "html", "Sv: Var ser jag min order {OID}?", """
<p>Hej,</p>
<p>alla detaljer om order {OID}, även beräknat leveransdatum, hittar du under <a href="http://www.amazon.se/gp/css/order-history">Dina beställningar på Amazon.se</a>.</p>
<p>Hälsningar<br>Hemmafix AB</p>
""", ["BSM301"], "Descriptive link to Amazon over plain http.")

_m("delivery-delay", "html", "Din pläd blir lite försenad – {OID}", """
<p>Hej,</p>
<p>plädden i order {OID} blir klar för avsändning den 24 mars. Så här ser ditt exemplar ut, nyss klart från vävstolen:</p>
<p><img src="https://m.media-amazon.com/images/I/skogsglanta-plad-ull-gra.jpg" alt="Din grå ullpläd från Skogsglänta Textil" width="320"></p>
<p>Förlåt för väntan!<br>Ingrid</p>
""", ["BSM310"], "Shows a photo of the purchased item.")

_m("review-request", "html", "Vårhälsning och en fråga ({OID})", """
<p><img src="https://m.media-amazon.com/images/S/aplus-media/korsbarstrad-i-blom.jpg" alt="Körsbärsträd i full blom" width="400"></p>
<p>Hej,</p>
<p>har du tid att berätta vad du tycker om skruvdragaren i order {OID}? <a href="https://www.amazon.se/review/create-review?asin=B0D2R8XK1V">Skriv en recension på Amazon.se</a>.</p>
<p>Hemmafix AB</p>
""", ["BSM311"], "Stock image of a cherry tree unrelated to the shop.")

_m("home-service-appointment", "html", "Boka montering – {OID}", """
<p><img src="https://m.media-amazon.com/images/S/aplus-media/vitvarutjanst-norr-logotyp.png" width="160" height="50"></p>
<p>Hej,</p>
<p>vi vill boka in installationen av spisfläkten i order {OID}. Passar fredag 27 mars kl. 08.00–10.00 eller måndag 30 mars kl. 13.00–15.00?</p>
<p>Jonas Ek, Vitvarutjänst Norr AB</p>
""", ["BSM402"], "Shop logo image without an alt attribute.")

_m("additional-information", "text", "Färg på tråden? Order {OID}", """
Hej!

Du har valt broderi med initialer i order {OID} men ingen trådfärg. Vill du ha vitt, natur eller mörkblått? 🧵

Ingrid, Skogsglänta Textil
""", ["BSM403"], "Information request containing an emoji.")

_m("reply", "text", "Sv: Glasyren – {OID}", """
Hej!

Koppen i order {OID} har exakt samma blå glasyr som på bild tre i annonsen, den blir bara lite mörkare i kvällsljus ;)

Linnéa
""", ["BSM403"], "Reply containing a winking emoticon.")

_m("delivery-delay", "html", "Försenad avsändning, order {OID}", """
<style>
h1 { font-size: 24px; }
.ingress { font-size: 17px; }
.detalj { font-size: 13px; }
.fot { font-size: 10px; }
</style>
<h1>Ny avsändningsdag</h1>
<p class="ingress">Din säng i order {OID} skickas den 30 mars 2026.</p>
<p>Förseningen beror på att tyget till sänggaveln kommit för sent från väveriet.</p>
<p class="detalj">Ursprunglig avsändningsdag: 2026-03-23</p>
<p class="fot">Sängkompaniet i Borås AB, Västerbrogatan 3, 503 30 Borås</p>
""", ["BSM410"], "Four explicit font sizes in a style block plus the default.")

_m("additional-information", "html", "Lägenhetsnummer saknas – {OID}", """
<p>Hej,</p>
<p>i leveransadressen för order {OID} saknas lägenhetsnummer.<br><br><br><br>Kan du svara med numret, så att leveransen hamnar rätt?</p>
<p>Hälsningar<br>Hemmafix AB</p>
""", ["BSM412"], "A run of four <br> tags.")

_m("invoice", "text", "[Viktigt] Faktura för order {OID}", """
Hej,

bifogat finns fakturan (nr TH/2026/0097) för din order {OID}.

Hälsningar
Tryckeriet på Hörnet
""", ["BSM110"], "[Viktigt] tag on an invoice, which is not critical to the order.")

_m("reply", "html", "Sv: Bruksanvisning – {OID}", """
<p>Hej,</p>
<p>bruksanvisningen till spisfläkten i order {OID} finns också på produktsidan: <a href="https://www.amazon.se/dp/B0CY4N7T2K">Läs mer</a>.</p>
<p>Vitvarutjänst Norr AB</p>
""", ["BSM401"], "Amazon https link with non-descriptive text 'Läs mer'.")

# ---------------------------------------------------------------- 2 varying
_m("review-request", "html", "Din åsikt om påslakanet – order {OID}", """
<p>Hej!</p>
<p>Om du har en stund över blir vi glada för en recension av påslakanet i order {OID}.</p>
<p><a href="https://www.amazon.se/review/create-review?asin=B0CZ3L9PQR">Skriv en recension av påslakanet på Amazon.se</a></p>
<p>Ingrid, Skogsglänta Textil</p>
<img src="https://track.mailpilot-nordic.se/open.png?cid=88142&amp;uid=skg-0412" width="1" height="1" alt="">
""", ["BSM307", "BSM402"], "1x1 tracking pixel with tracking parameters and an empty alt.")

_m("delivery-delay", "html", "Order {OID} – ny leveransdag", """
<p><a href="https://www.nordljuskeramik.se"><img src="https://m.media-amazon.com/images/S/aplus-media/nordljus-keramik-logotyp.png" alt="Nordljus Keramik logotyp – till vår webbplats" width="160" height="60"></a></p>
<p>Hej,</p>
<p>muggarna i order {OID} skickas den 26 mars i stället för den 21 mars, eftersom ugnen har varit trasig i en vecka. Förlåt för dröjsmålet!</p>
<p>Linnéa Berg</p>
""", ["BSM302", "BSM304"], "Shop logo linked to the seller's website.")
