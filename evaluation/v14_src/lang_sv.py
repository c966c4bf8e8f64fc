"""v14 blind evaluation set: Swedish (sv-SE), 50 messages."""

LANG, LOC, PREFIX = "sv", "sv-SE", "457"


def _oid(n):
    a = (1618033 + n * 113467) % 10000000
    b = (5772156 + n * 87011) % 10000000
    return "%s-%07d-%07d" % (PREFIX, a, b)


MESSAGES = []


def _m(n, typ, fmt, subject, body, expected, note):
    o = _oid(n)
    MESSAGES.append({
        "id": "v14-%s-%03d" % (LANG, n),
        "language": LANG,
        "locale": LOC,
        "type": typ,
        "format": fmt,
        "subject": subject.replace("{O}", o),
        "body": body.replace("{O}", o).replace("{ONOHY}", o.replace("-", "")),
        "order_id": o,
        "expected": sorted(expected),
        "note": note,
    })
_m(1, "delivery-delay", "text", "Försenad leverans – order {O}",
"""Hej Lina!

Vi vill bara meddela att din beställning {O} (linneduk, 150 x 250 cm, ljusgrå) blir några dagar försenad. Väveriet i Borås har haft ett maskinstopp och vi räknar nu med att skicka duken den 16 december i stället för den 11 december.

Passar det inte får du gärna svara här, så löser vi det.

Vänliga hälsningar
Maja Holmgren
Linnestugan i Sjuhärad""",
[], "Clean plain-text delivery delay with a new ship date.")

_m(2, "delivery-delay", "html", "Ny leveranstid för order {O}",
"""<p>Hej,</p>
<p>tyvärr tar beställning <b>{O}</b> lite längre tid än utlovat. Ryggsäcken <i>Fjällvandrare 35 L</i> väntar på en ny leverans av spännen från vår underleverantör.</p>
<table>
<tr><td>Ursprungligt utskick:</td><td>2026-12-09</td></tr>
<tr><td>Nytt beräknat utskick:</td><td>2026-12-17</td></tr>
</table>
<p>Vi ber om ursäkt för förseningen. Har du frågor når du oss via Amazons meddelandecenter.</p>
<p>Med vänlig hälsning<br>Kundtjänst, Norrlandsgear AB</p>""",
[], "Clean builder HTML delay with a date table.")

_m(3, "order-problem", "text", "[Viktigt] Problem med din order {O}",
"""Hej,

vi kan tyvärr inte leverera order {O} (kaffekvarn Malmö Mini, svart). Vid sista lagerkontrollen visade det sig att den sista kvarnen hade en skadad motor, och leverantören har inga fler.

Ordersumman har justerats i sin helhet i Seller Central med orsaken NoInventory. Återbetalningen på 649 kr syns på ditt konto inom några bankdagar enligt Amazons rutiner.

Vi beklagar verkligen.
Rosteriet på Söder""",
[], "Clean order problem with amount adjusted; [Viktigt] allowed on this type.")

_m(4, "additional-information", "text", "Fråga om gravyr – order {O}",
"""Hej Oskar!

Tack för beställningen av skärbrädan i ek ({O}). I fältet för text fick vi bara ”Farfar” – ska det stå något mer, till exempel ett årtal eller era namn under?

Vi graverar på måndag, så om du hör av dig senast söndag kväll hinner vi enligt plan.

Hälsningar från verkstaden
Erik, Snickarglädje i Dalarna""",
[], "Clean familiar request for missing engraving text.")

_m(5, "return-follow-up", "text", "Angående din retur – order {O}",
"""Hej Sara,

vi har fått din returförfrågan för skrivbordsstolen Kontor Flex i order {O}, där du skriver att armstödet glappar. Innan vi bokar upphämtning vill vi erbjuda ett alternativ: om du behåller stolen återbetalar vi 450 kr (ungefär 25 % av priset) och skickar ett nytt armstöd utan kostnad.

Vill du hellre returnera hela stolen räcker det att svara ”retur”, så skickar vi en returetikett.

Vänliga hälsningar
Johanna Ek
Kundservice, Kontorsmöbler Norden""",
[], "Clean return follow-up offering a partial refund.")

_m(6, "return-follow-up", "text", "Order {O}: vi behöver en uppgift för returen",
"""Hej,

returpaketet för order {O} har kommit fram, men det innehöll bara ett av de två påslakanseten. Skickades det andra setet separat? I så fall vill vi gärna ha kollinumret så att vi kan koppla ihop paketen och slutföra returen.

Tack på förhand!
Bäddat & Klart – returavdelningen""",
[], "Clean return follow-up asking for information needed for the return.")

_m(7, "invoice", "text", "Faktura för order {O}",
"""Hej,

bifogat finns faktura nr 2026/12/1187 för order {O}, utställd på företaget enligt uppgifterna vid köpet.

Belopp inkl. moms: 3 740,00 kr, varav moms 25 %: 748,00 kr. Fakturadatum: 2026-12-03.

Med vänlig hälsning
Ekonomi, Verktygsboden i Örebro

Verktygsboden i Örebro AB
Industrigatan 21, 702 27 Örebro
Org.nr 556812-3490
Momsreg.nr SE556812349001
Godkänd för F-skatt""",
[], "Clean invoice with Org.nr, Momsreg.nr and an invoice number with slashes.")

_m(8, "review-request", "text", "Hur blev det med penslarna? Order {O}",
"""Hej!

Nu har det gått en vecka sedan penslarna i order {O} levererades. Om du har tid blir vi glada för en produktrecension på Amazon – oavsett om du är nöjd eller inte. Alla synpunkter hjälper oss att välja rätt sortiment.

Hälsningar
Ateljé Koboltblå""",
[], "Clean neutral review request in plain text.")

_m(9, "review-request", "html", "Dela gärna din upplevelse – order {O}",
"""<p><img src="https://static.hyttanglasform.se/mail/logo-hyttan.png" alt="Logotyp Hyttan Glasform" width="170" height="56"></p>
<p>Hej,</p>
<p>tack för att du handlade en glasskål från oss i order {O}. Vi vore tacksamma om du ville berätta vad du tycker – ärliga omdömen betyder mycket för en liten hytta som vår.</p>
<p><a href="https://www.amazon.se/review/create-review?asin=B0CGLAS7K2">Skriv en recension av glasskålen på Amazon.se</a></p>
<p>Varma hälsningar<br>Hyttan Glasform</p>""",
[], "Clean HTML review request with shop logo, alt naming the shop and descriptive Amazon link.")

_m(10, "delivery-scheduling", "text", "Bokning av leverans – order {O}",
"""Hej Annika,

garderoben Skogsö 200 cm i order {O} väger runt 130 kg förpackad, så den levereras av vår egen transport med inbärning. Lediga tider:

- tisdag 15 december, kl. 08.00–12.00
- onsdag 16 december, kl. 12.00–16.00
- fredag 18 december, kl. 09.00–13.00

Välj en tid och berätta gärna om det finns hiss i huset (Vasagatan 18, 753 13 Uppsala).

Vänliga hälsningar
Leveransplanering, Möbelmagasinet""",
[], "Clean delivery scheduling for a bulky item with time slots.")

_m(11, "home-service-appointment", "text", "Tid för installation – order {O}",
"""Hej,

till order {O} har du köpt installation av diskmaskin. Vår montör Ali kan komma

torsdag 2026-12-10 mellan kl. 10 och 12, eller
lördag 2026-12-12 mellan kl. 08 och 10.

Bekräfta gärna vilken tid som passar och om vattenanslutningen redan är dragen under bänken. Installationen tar i regel ungefär en och en halv timme.

Hälsningar
Installationsteamet, Vitvaruhuset Syd""",
[], "Clean home-service appointment with two slots.")

_m(12, "custom-design-verification", "html", "Korrektur för godkännande – order {O}",
"""<p>Hej Elin!</p>
<p>Här kommer korrekturet till tröjan i order {O}, se bifogad fil <b>korrektur_trojan_v2.pdf</b>. Texten ”Tjejresan Åre 2026” ligger i typsnittet Bebas, tryckfärg guld.</p>
<p>Kolla gärna:</p>
<ul>
<li>att namnen är rätt stavade,</li>
<li>tryckets storlek (26 cm bred),</li>
<li>ordningen på raderna.</li>
</ul>
<p>Ser allt bra ut svarar du bara ”godkänt”, så trycker vi inom två arbetsdagar.</p>
<p>Linnea<br>Trycket i Gamla stan</p>""",
[], "Clean design proof verification in HTML.")

_m(13, "fulfillment-question", "text", "Portkod behövs – order {O}",
"""Hej,

budet som ska leverera order {O} har meddelat att porten på Ringvägen 52 är låst. Kan du skicka portkoden eller namnet som står på porttelefonen?

Transportörens uppdragsnummer: TR/2026/55310, leveransreferens: REF 8820-4471.

Tack!
Kryddhyllan""",
[], "Clean door-code question with reference numbers.")

_m(14, "reply", "text", "Sv: Fråga om ”Midnight Garden Collection” – {O}",
"""Hej,

ja, pusslet ”Midnight Garden Collection – 1000 Pieces” i order {O} är originalutgåvan från samma förlag, bara med engelsk text på kartongen. Motivet och antalet bitar är exakt som i den svenska versionen.

Det följer med en affisch med motivet i kartongen.

Lycka till med pusslandet!
Helena, Pusselhörnan""",
[], "Clean reply quoting an English product title inside Swedish sentences.")

_m(15, "reply", "text", "Sv: Dammsugaren laddar inte – order {O}",
"""Hej Mikael,

tråkigt att dammsugaren Virvel S5 i order {O} har slutat ladda efter två månader. Den har två års tillverkargaranti och reparationerna sköts direkt av märkets service.

Tillverkarens garantisupport (Virvel Nordic): 0771-44 55 60, vardagar kl. 08.00–17.00. Ha serienumret från dekalen under behållaren till hands.

Om serviceverkstaden krånglar är du välkommen att skriva till oss igen.

Hälsningar
Hem & Städ kundtjänst""",
[], "Clean reply with the manufacturer's warranty hotline marked as such.")

_m(16, "reply", "html", "Sv: Företagsuppgifter – order {O}",
"""<p>Hej,</p>
<p>absolut, vi kan ställa ut fakturan för order {O} på ert företag. Svara bara med företagsnamn, adress och organisationsnummer, så ordnar vi det. Här nedan hittar du våra egna uppgifter.</p>
<p>Vänliga hälsningar<br>Petra Lund<br>Försäljningsansvarig</p>
<hr>
<p><small>Kafferosteriet Bönan HB<br>
Storgatan 7, 852 30 Sundsvall<br>
Org.nr 969745-2231 · Momsreg.nr SE969745223101 · Innehar F-skattsedel</small></p>""",
[], "Clean reply with a company-details footer.")

_m(17, "reply", "text", "Sv: Var är min återbetalning? {O}",
"""Hej,

returen för order {O} har returnummer RMA 2026/12/0442. PostNord hämtar paketet måndag 14 december mellan kl. 10.00 och 14.00, och kollinumret för returen är 00370723451234567890.

När paketet har kommit till lagret (oftast inom 2–3 dagar) registrerar vi återbetalningen på 1 195 kr, och Amazon för över den till ditt kort.

Med vänlig hälsning
Löparbutiken Sprint""",
[], "Clean reply with return numbers, date, time window and amount.")

_m(18, "fulfillment-question", "text", "Din order {O} är på väg",
"""Hej!

Paketet med order {O} lämnade vårt lager i Jönköping i morse och har nu lämnats över till DHL. Du bör få det i morgon.

Hälsningar
Teboden""",
["BSM201"], "Shipping confirmation: left the warehouse, handed to the carrier.")

_m(19, "additional-information", "text", "Bekräftelse – {O}",
"""Hej!

Vi har tagit emot din beställning {O} och håller just nu på att packa den. Ljusen stöps för hand, så vi ville bara säga att allt går enligt plan.

Ljusstöperiet Veke""",
["BSM201"], "Order confirmation: received and being packed.")

_m(20, "reply", "text", "Tack! Order {O}",
"""Hej,

stort tack för att du handlade hos oss och för förtroendet (order {O}). Det betyder jättemycket för oss!

Teamet på Bambuboden""",
["BSM202"], "Thanks only.")

_m(21, "fulfillment-question", "text", "Order {O}",
"""Hej,

skulle något vara fel med order {O} finns vi här för dig. Det är bara att höra av sig.

Hälsningar
Cykelverkstan Eker""",
["BSM202"], "Only 'we are here if anything comes up'.")

_m(22, "delivery-delay", "text", "Order {O} skickas 17/12",
"""Hej,

vi skickar order {O} (sovsäck Polar −10) den 17 december i stället för den 11 december, eftersom vi väntar på en ny leverans av dragkedjor.

Förlåt för dröjsmålet.

Gänget på Vildmarksboden

PS. Hela vinterkollektionen är 20 % billigare resten av december – kika gärna in i vår butik på Amazon!""",
["BSM203"], "Permitted delay with a promotional P.S.")

_m(23, "review-request", "text", "Hur fungerar keramiken? – {O}",
"""Hej,

det har gått några dagar sedan skålarna i order {O} kom fram – vill du får du gärna lämna ett omdöme på Amazon, vad du än tycker.

Och gillar du hantverk: följ oss på Instagram (Lera & Eld) och prenumerera på vårt nyhetsbrev – i januari visar vi vår nya tallrikskollektion!

Lera & Eld keramikverkstad""",
["BSM203"], "Follow us / newsletter / new collection.")

_m(24, "review-request", "text", "En liten present – order {O}",
"""Hej,

vi hoppas att glasögonfodralet i order {O} gör sitt jobb. Så snart din recension syns på Amazon skickar vi en liten present som tack – en nyckelring i läder från vår verkstad.

Hälsningar
Läderverkstan Sadelmakarn""",
["BSM204"], "Small gift once the review is published.")

_m(25, "review-request", "text", "Pengarna tillbaka för en recension – {O}",
"""Hej Johan,

vi har ett erbjudande: skriv en recension av laddaren i order {O}, så betalar vi tillbaka hela köpesumman, 299 kr, så fort den är publicerad på Amazon. Svara bara med en länk till recensionen.

Hälsningar
Laddkungen Sverige""",
["BSM204"], "Full refund once the review is online.")

_m(26, "reply", "text", "Sv: Trasig kruka – {O}",
"""Hej,

vi har redan skickat en ny kruka i stället för den spruckna i order {O}, och ber än en gång om ursäkt. Skulle du därför kunna ändra din recension med en stjärna till ett högre betyg, eller ta bort den helt? Problemet är ju löst nu.

Tack på förhand
Balkongodlaren""",
["BSM205"], "Asks to change or remove a one-star review.")

_m(27, "review-request", "text", "Är du nöjd? – {O}",
"""Hej,

är du nöjd med pannlampan i order {O}? Då blir vi glada för en recension på Amazon. Är något fel, skriv hellre till oss först i stället för att lämna ett omdöme – vi fixar det.

Friluftsbolaget""",
["BSM206"], "Review only if satisfied; unhappy buyers steered away.")

_m(28, "review-request", "html", "Fem stjärnor? – order {O}",
"""<p>Hej,</p>
<p>tack för order {O}! Om yogamattan lever upp till dina förväntningar skulle vi uppskatta <b>fem stjärnor</b> – för ett litet företag som vårt gör det stor skillnad.</p>
<p><a href="https://www.amazon.se/review/create-review?asin=B0DYOGA551">Betygsätt yogamattan på Amazon.se</a></p>
<p>Yogastudion Andning</p>""",
["BSM206"], "Asks for a five-star rating.")

_m(29, "order-problem", "text", "Slut i lager – order {O}",
"""Hej,

tyvärr har vi sålt de sista hörlurarna Klang Pro, så order {O} kan inte skickas. Ordersumman är redan justerad i sin helhet (orsak: NoInventory).

Snabbast blir det om du själv avbryter beställningen under ”Dina beställningar”, så ligger inget kvar och skräpar i systemet.

Ursäkta besväret,
Ljudlagret""",
["BSM108"], "Advises the buyer to cancel; adjustment confirmed.")

_m(30, "order-problem", "text", "Order {O} – begäran om avbokning",
"""Hej Karin,

tyvärr är den gula färgen på vattenkokaren Retro i order {O} slutsåld och det kommer ingen ny leverans. Vi skulle uppskatta om du kunde skicka en begäran om att avbryta beställningen – det blir enklast för oss båda.

Vänliga hälsningar
Mormors Kök""",
["BSM107", "BSM108"], "Asks for a cancellation request; no adjustment confirmed.")

_m(31, "delivery-delay", "text", "Nytt datum – {O}",
"""Hej,

vi skickar order {O} (dunduvet 220x220) den 16 december, eftersom vi väntar på rätt storlek på överdraget.

Ledsen för besväret.
Dunbolaget

Vill du inte längre få meddelanden från oss? Svara STOPP.""",
["BSM305"], "Opt-out instruction (reply STOPP).")

_m(32, "reply", "text", "Sv: Var är paketet? {O}",
"""Hej,

jävla bud, de har klantat till det igen – paketet med order {O} skulle ha levererats i fredags men åker fortfarande runt. Vi har reklamerat hos transportören och skickar ett nytt paket på vår bekostnad i dag.

Förlåt för skiten.
Robin, Skruvbutiken""",
["BSM306"], "Swedish profanity in a reply.")

_m(33, "delivery-delay", "text", "Delayed shipment – order {O}",
"""Hello,

Unfortunately the dispatch of your order {O} is delayed by about a week. The oak picture frame is now expected to ship on 16 December.

We apologise for the inconvenience.
Framework Studio""",
["BSM104"], "Message to a Swedish buyer written in English.")

_m(34, "reply", "text", "Sv: Storlek på kängorna – {O}",
"""Hej,

kängorna i order {O} följer storlekstabellen – 42 motsvarar en innersula på 27 cm. Vill du hellre prata, ring gärna på 070-412 33 85, vi svarar till kl. 17.

Hälsningar
Marcus, Kängkompaniet""",
["BSM309"], "Seller's mobile number in national format.")

_m(35, "delivery-scheduling", "text", "Leverans av soffan – {O}",
"""Hej,

soffan i order {O} kör vi ut nästa vecka. För att boka tid, kontakta vår transportavdelning på +46 31 704 52 10 (mån–fre kl. 07–15).

Soffhuset i Göteborg AB""",
["BSM309"], "Seller phone number in international format.")

_m(36, "reply", "text", "Sv: Monteringsanvisning – {O}",
"""Hej,

monteringsanvisningen till hyllan i order {O} har vi som PDF – mejla montering@hyllverket.se så skickar vi den direkt.

Hyllverket""",
["BSM308"], "Plain e-mail address.")

_m(37, "additional-information", "text", "Måtten för gardinerna – {O}",
"""Hej,

för att sy gardinerna i order {O} behöver vi fönstrets höjd. Enklast är om du skickar en bild med måttband till: sy snabel-a gardinateljen punkt se.

Hälsningar
Ulla, Gardinateljén""",
["BSM308"], "Obfuscated e-mail address ('snabel-a', 'punkt').")

_m(38, "reply", "html", "Sv: Skötsel av skärbrädan – {O}",
"""<p>Hej,</p>
<p>skärbrädan i order {O} är gjord av olivträ och mår bäst av att oljas in en gång i månaden. Fler tips finns i vår guide:</p>
<p><a href="https://www.olivtradet.se/guider/skota-skarbrada">Skötselguide för skärbrädor på Olivträdets webbplats</a></p>
<p>Hälsningar<br>Olivträdet</p>""",
["BSM302"], "https link to the seller's own site, not needed for the order.")

_m(39, "review-request", "html", "Recension av order {O}",
"""<p>Hej,</p>
<p>om du har en stund över vill vi gärna höra vad du tycker om filten i order {O}.</p>
<p><a href="http://www.amazon.se/review/create-review?asin=B0CFILT321">Skriv en recension av filten på Amazon.se</a></p>
<p>Hälsningar<br>Mjukt & Varmt</p>""",
["BSM301"], "Insecure http link to Amazon.")

_m(40, "delivery-delay", "html", "Utskicket av order {O} flyttas",
"""<p>Hej,</p>
<p>skrivbordslampan i order {O} skickas 2026-12-14 i stället för 2026-12-10. Förlåt!</p>
<p><img src="https://img.lampverket.se/produkter/skrivbordslampa-atelje-svart.jpg" alt="Skrivbordslampa Ateljé, svart" width="300" height="300"></p>
<p>Lampverket</p>""",
["BSM310"], "Image of the purchased product.")

_m(41, "review-request", "html", "God jul och en fråga – {O}",
"""<p>Hej,</p>
<p>vi skulle uppskatta några rader om teet i order {O} – både ris och ros är välkomna.</p>
<p><img src="https://img.tekannan.se/mail/snoigt-granskog.jpg" alt="Snöig granskog i vintersol" width="320" height="200"></p>
<p>God jul!<br>Tekannan</p>""",
["BSM311"], "Unrelated stock image (snowy forest).")

_m(42, "invoice", "html", "Faktura – order {O}",
"""<p><img src="https://cdn.tryckeriet-farg.se/logo-tryckeriet-farg.png" width="160" height="50"></p>
<p>Hej,</p>
<p>bifogat finns faktura 2026/311/B för order {O}.</p>
<p>Hälsningar<br>Tryckeriet Färg</p>""",
["BSM402"], "Shop logo with no alt attribute.")

_m(43, "reply", "text", "Sv: Färg på kopplet – {O}",
"""Hej!

Kopplet i order {O} är flaskgrönt, precis som på bilderna 🐕 Karbinhaken är i rostfritt stål.

Hälsningar
Hundgarderoben""",
["BSM403"], "Emoji in a reply.")

_m(44, "additional-information", "text", "Namn på nyckelringen – {O}",
"""Hej,

till order {O} saknar vi namnet som ska graveras på nyckelringen. Vilket namn ska det vara? ;-)

Anna, Graveriet Gnistan""",
["BSM403"], "Emoticon ';-)'.")

_m(45, "delivery-delay", "html", "Försening – {O}",
"""<style>
h1 { font-size: 26px; }
h3 { font-size: 17px; }
p { font-size: 13px; }
.fot { font-size: 10px; }
</style>
<h1>Order {O}</h1>
<h3>Nytt utskicksdatum</h3>
<p>Sparkcykeln skickas 2026-12-15 i stället för 2026-12-11. Vi ber om ursäkt för dröjsmålet.</p>
<p class="fot">Barncykelbutiken, Torggatan 3, 211 40 Malmö</p>""",
["BSM410"], "Four explicit font sizes in a <style> block.")

_m(46, "delivery-delay", "html", "Order {O} – försenad",
"""<p>Hej,</p>
<p>hängmattan i order {O} skickas med några dagars försening, senast 2026-12-17.</p>
<br><br><br>
<p>Vi ber om ursäkt.<br>Hängmattshuset</p>""",
["BSM412"], "A run of three <br> in HTML.")

_m(47, "review-request", "text", "[Viktigt] Din recension – order {O}",
"""Hej,

nu när ljusstaken i order {O} har kommit fram vill vi be om en recension på Amazon. Berätta gärna vad som fungerar och vad som kan bli bättre.

Hälsningar
Mässingsverkstaden""",
["BSM110"], "[Viktigt] tag on a review request.")

_m(48, "review-request", "text", "Omdöme – order {O}",
"""Hej,

vi blir glada om du vill recensera ljuslyktan i order {O}. Du hittar recensionssidan här: https://www.amazon.se/review/create-review?asin=B0CLYKT004

Hälsningar
Lyktan & Ljuset""",
["BSM401"], "Bare URL as link text.")

_m(49, "delivery-delay", "html", "Order {O} – ny tid",
"""<div style="padding: 0 140px;">
<p>Hej,</p>
<p>ortopedkudden i order {O} skickas den 16 december. Vi ber om ursäkt för förseningen.</p>
<p>Sömnbutiken</p>
</div>""",
["BSM405"], "140 px padding each side, over 20% of the width.")

_m(50, "review-request", "html", "Ditt omdöme om order {O}",
"""<p>Hej,</p>
<p>vill du berätta vad du tycker om kastrullsetet i order {O}? Både positiva och negativa synpunkter hjälper oss.</p>
<p><a href="https://www.amazon.se/review/create-review?asin=B0DKAST777">Recensera kastrullsetet på Amazon.se</a></p>
<p>Hälsningar<br>Grytbutiken</p>
<img src="https://t.grytbutiken.se/open.gif?uid=88412&amp;mid=2026120701" width="1" height="1" alt="">""",
["BSM307", "BSM402"], "1x1 tracking pixel with empty alt.")
