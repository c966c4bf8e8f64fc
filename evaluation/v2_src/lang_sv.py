# -*- coding: utf-8 -*-
"""Blind evaluation set v2, Swedish (sv-SE). Writer C. Standard library only."""

LANG, LOCALE = "sv", "sv-SE"
_BASE = 23


def _oid(n):
    a = 402 + (n * 3) % 7
    b = (_BASE * 1000003 + n * 7919 * 13) % 9000000 + 1000000
    c = (_BASE * 7777 + n * 104729 * 31) % 9000000 + 1000000
    return f"{a:03d}-{b:07d}-{c:07d}"


_RAW = [
# 1 clean delay text
("delivery-delay", "text",
 "Försenad leverans – order {OID}",
 """Hej Linnea,

tack för din beställning av ullpläden Fjällbris (order {OID}). Tyvärr har vårt väveri i Borås fått problem med en maskin, så pläden blir klar för avsändning senare än det som stod i annonsen.

Nytt beräknat avsändningsdatum är fredag den 18 december 2026. Priset, 895 kr, är oförändrat.

Vi ber om ursäkt för dröjsmålet. Har du frågor går det bra att svara på det här meddelandet.

Vänliga hälsningar
Sofia Lindqvist
Kundtjänst, Norrsken Hem""",
 [], "Clean plain-text delivery delay with a Swedish date and amount."),
# 2 clean delay html
("delivery-delay", "html",
 "Order {OID}: ny leveranstid",
 """<p>Hej Johan,</p>
<p>vi vill meddela att hörlurarna <strong>Tyst Pro 2</strong> i din order {OID} blir försenade. Tillverkaren har skjutit upp leveransen till vårt lager med en vecka.</p>
<p>Vår nya bedömning:</p>
<ul>
<li>klar för avsändning: 2026-12-21</li>
<li>ordervärde: 1 499,00 kr (oförändrat)</li>
</ul>
<p>Vi beklagar förseningen.</p>
<p>Med vänlig hälsning<br>
Erik Johansson<br>
Orderavdelningen, Teknikhörnan</p>""",
 [], "Clean HTML delivery delay with a list and bold text only."),
# 3 clean order-problem [Viktigt]
("order-problem", "text",
 "[Viktigt] Vi kan inte leverera order {OID}",
 """Hej,

vi är ledsna att behöva meddela att vi inte kan leverera din order {OID}. Det sista exemplaret av linneduken Sommaräng skadades vid vår kvalitetskontroll och den är slutsåld hos leverantören.

Vi har därför justerat hela orderbeloppet i Seller Central med orsaken slut i lager (NoInventory). Återbetalningen på 449,00 kr syns på ditt konto inom några bankdagar. Du behöver inte göra något.

Vi beklagar verkligen.

Vänliga hälsningar
Karin Berg
Butikschef, Norrsken Hem""",
 [], "Clean order problem confirming the adjustment (NoInventory), with the Swedish [Important] tag."),
# 4 clean additional-information
("additional-information", "text",
 "Fråga om leveransadress, order {OID}",
 """Hej Anders,

innan vi kan skicka iväg din order {OID} behöver vi komplettera adressen. Leveransadressen Vasagatan 22, 753 13 Uppsala är ett flerbostadshus och lägenhetsnumret saknas.

Kan du svara med ditt fyrsiffriga lägenhetsnummer (till exempel 1102)? Annars riskerar paketet att gå tillbaka till oss.

Tack på förhand!
Erik Johansson
Teknikhörnan""",
 [], "Clean request for a missing flat number needed to deliver."),
# 5 clean return partial refund
("return-follow-up", "text",
 "Din retur av order {OID}",
 """Hej Maria,

tack för att du hörde av dig om returen av gardinlängderna i order {OID}. Du skrev att ena längden har en liten fläck nära fållen.

Om du vill behålla gardinerna erbjuder vi en delåterbetalning på 150 kr. Föredrar du att skicka tillbaka dem för full återbetalning går det förstås också bra. Svara bara vilket alternativ du väljer, så ordnar vi resten.

Vänliga hälsningar
Sofia Lindqvist
Returer och reklamationer, Norrsken Hem""",
 [], "Clean return follow-up offering a partial refund."),
# 6 clean return question html
("return-follow-up", "html",
 "Retur – order {OID}",
 """<p>Hej,</p>
<p>vi har fått din returanmälan för kaffebryggaren i order {OID}. För att kunna slutföra returen behöver vi veta <strong>vilket av felen</strong> du har märkt:</p>
<ol>
<li>bryggaren startar inte alls</li>
<li>vattnet blir inte varmt</li>
<li>det läcker vatten under bryggaren</li>
</ol>
<p>Svara gärna med siffran, så vet vi om returen ska gå till tillverkarens verkstad eller till oss.</p>
<p>Med vänlig hälsning<br>
Teknikhörnan</p>""",
 [], "Clean return follow-up asking which fault occurred, needed to route the return."),
# 7 clean invoice
("invoice", "text",
 "Faktura för order {OID}",
 """Hej,

bifogat finns fakturan för din order {OID}.

Fakturanummer: 2026/12/0931
Fakturadatum: 2026-12-04
Belopp inkl. moms: 3 745,00 kr (varav moms 25 %: 749,00 kr)

Företagsuppgifterna nedan gäller för fakturan.

Med vänlig hälsning
Lena Holm
Ekonomiansvarig

Möbelverket i Småland AB
Industrigatan 9, 331 41 Värnamo
Org.nr 556734-2190
Momsreg.nr SE556734219001
Innehar F-skattsedel""",
 [], "Clean invoice with an invoice number with slashes, Org.nr and Momsreg.nr."),
# 8 clean review text
("review-request", "text",
 "Hur fungerar hörlurarna? Order {OID}",
 """Hej,

det har gått en tid sedan hörlurarna i order {OID} kom fram till dig. Om du har lust får du gärna skriva en recension på Amazon och berätta vad du tycker – både om det som fungerar bra och om sådant som kunde vara bättre. Det hjälper andra kunder att välja rätt.

Du hittar recensionsformuläret under Dina beställningar på Amazon.

Ha en fin vecka!
Erik Johansson
Teknikhörnan""",
 [], "Clean neutral review request in plain text."),
# 9 clean review html logo
("review-request", "html",
 "Berätta vad du tycker om pläden – order {OID}",
 """<p><img src="https://static.norrskenhem.se/mejl/norrsken-hem-logotyp.png" alt="Norrsken Hem logotyp" width="200" height="60"></p>
<p>Hej Ingrid,</p>
<p>vi hoppas att pläden från order {OID} har fått en bra plats hemma hos dig. Har du en stund över skulle vi uppskatta en ärlig produktrecension – positiv eller negativ.</p>
<p><a href="https://www.amazon.se/review/review-your-purchases/?asin=B0CN7PLD4S">Skriv en recension av pläden på Amazon</a></p>
<p>Varma hälsningar<br>
Norrsken Hem</p>""",
 [], "Clean HTML review request with the shop logo (alt names the shop) and a descriptive https Amazon link."),
# 10 clean delivery scheduling
("delivery-scheduling", "text",
 "Bokning av leverans – soffa, order {OID}",
 """Hej Petra,

soffan Vättern 3-sits i order {OID} väger drygt 90 kg och levereras med två chaufförer som bär in den. Speditören kan komma följande tider:

• tisdag 15 december, kl. 07.00–11.00
• tisdag 15 december, kl. 12.00–16.00
• torsdag 17 december, kl. 09.00–13.00

Svara vilken tid som passar dig bäst, och om det finns hiss i huset.

Med vänlig hälsning
Oskar Nilsson
Leveranssamordnare, Möbelverket i Småland""",
 [], "Clean delivery scheduling for a bulky sofa with Swedish date and time slots."),
# 11 clean home service
("home-service-appointment", "html",
 "Installation av diskmaskin – order {OID}",
 """<p>Hej!</p>
<p>Till order {OID} har du köpt installation av en integrerad diskmaskin. Vår installatör kan komma:</p>
<ul>
<li>måndag 21 december 2026, kl. 08.00–10.00</li>
<li>onsdag 23 december 2026, kl. 13.00–15.00</li>
</ul>
<p>Installationen tar ungefär en och en halv timme. Se gärna till att det finns fri åtkomst till vattenavstängning och eluttag. Svara med den tid du vill ha.</p>
<p>Hälsningar<br>
Ahmed Karimi, servicetekniker<br>
Teknikhörnan Service</p>""",
 [], "Clean home-service appointment with dated slots."),
# 12 clean design proof
("custom-design-verification", "text",
 "Korrektur för gravyr – order {OID}",
 """Hej Mats,

i den bifogade filen (korrektur_skarbrada_v1.pdf) ser du hur gravyren på skärbrädan i order {OID} kommer att se ut: texten ”Familjen Ek – sedan 2008” i antikva, bokstavshöjd 10 mm.

Kontrollera stavningen och årtalet. Om allt stämmer räcker det att du svarar ”Godkänt”, så skickar vi filen till verkstaden. Ändringar gör vi utan extra kostnad.

Hälsningar
Elin Sandberg
Formgivare, Gravyrstugan""",
 [], "Clean design proof verification naming the attached proof."),
# 13 clean door code
("fulfillment-question", "text",
 "Portkod behövs – order {OID}",
 """Hej,

din order {OID} (vårt referensnummer LEV-2026-4471) ska levereras till Götgatan 58 i Stockholm. Vi vet sedan tidigare att porten där är låst med kodlås och att budfirman ofta inte kommer in.

Kan du skicka oss portkoden, eller berätta var budet kan lämna paketet? Uppgiften lämnar vi bara vidare till budfirman.

Tack och hälsningar
Sofia Lindqvist
Norrsken Hem""",
 [], "Clean fulfillment question asking for a door code, with reference numbers."),
# 14 clean reply quoting foreign title
("reply", "text",
 "Sv: Storlek på påslakanet – order {OID}",
 """Hej Emma,

tack för frågan. Påslakanet ”Stonewashed Linen Duvet Cover – Dusty Rose” i din order {OID} är 150x210 cm, alltså standardmåttet för ett enkeltäcke. Namnet är på engelska eftersom vi säljer samma modell i flera länder, men det sys i Portugal av europeiskt lin.

Det stängs med knappar av trä och tål tvätt i 40 grader.

Vänliga hälsningar
Sofia Lindqvist
Norrsken Hem""",
 [], "Clean reply quoting an English product title inside Swedish sentences."),
# 15 clean warranty hotline
("reply", "text",
 "Sv: Dammsugaren laddar inte – order {OID}",
 """Hej,

tråkigt att höra att dammsugaren i order {OID} har slutat ladda. Den omfattas av tillverkarens garanti i två år, och garantiärenden hanteras direkt av tillverkarens service.

Tillverkarens garantilinje (Nordvak Service Sverige): 08-120 345 67, vardagar kl. 8–17. Ha ordernumret och serienumret från undersidan av dammsugaren till hands när du ringer.

Vill du hellre returnera dammsugaren till oss kan du göra det via Amazon inom 30 dagar från leveransen.

Med vänlig hälsning
Erik Johansson
Teknikhörnan""",
 [], "Clean reply giving the manufacturer's warranty line, marked as such."),
# 16 clean company footer
("reply", "text",
 "Sv: Säljarens uppgifter – order {OID}",
 """Hej Fredrik,

här kommer våra fullständiga företagsuppgifter som du bad om för order {OID}. Fakturan med de här uppgifterna laddas upp till ditt Amazon-konto inom två arbetsdagar.

Gravyrstugan Sandberg & Ek HB
Hantverkargatan 4
722 12 Västerås
Org.nr 969781-2245
Momsreg.nr SE969781224501

Hälsningar
Elin Sandberg
delägare""",
 [], "Clean reply with a company-details footer (Org.nr, Momsreg.nr) and Swedish address format."),
# 17 clean reply return numbers
("reply", "text",
 "Sv: Upphämtning av retur – order {OID}",
 """Hej Karin,

här är uppgifterna för returen av fåtöljen i order {OID}:

Returnummer: RET-2026-00874
Kollinummer för returen: 00370726201234567891
Upphämtning: måndag 2026-12-14 mellan kl. 10.00 och 14.00
Belopp att återbetala: 2 390,00 kr + frakt 199,00 kr

Vi betalar tillbaka beloppet inom två arbetsdagar efter att fåtöljen har kommit tillbaka till oss.

Vänliga hälsningar
Oskar Nilsson
Möbelverket i Småland""",
 [], "Clean reply with return and parcel numbers, date, time window and amounts."),
# 18 BSM201 left warehouse
("fulfillment-question", "text",
 "Din order {OID} är på väg",
 """Hej!

Goda nyheter: ditt paket med order {OID} lämnade vårt lager i Borås i morse och har lämnats över till PostNord. Normalt tar leveransen 1–3 arbetsdagar.

Hälsningar
Norrsken Hem""",
 ["BSM201"], "Shipping confirmation: left the warehouse and handed to the carrier."),
# 19 BSM201 received
("fulfillment-question", "html",
 "Vi har tagit emot order {OID}",
 """<p>Hej,</p>
<p>vi har fått in din beställning {OID} och håller just nu på att plocka ihop och packa den. Allt kommer att slås in med omsorg.</p>
<p>Hälsningar<br>
Gravyrstugan</p>""",
 ["BSM201"], "Order confirmation: order received and being packed."),
# 20 BSM202 thanks only
("fulfillment-question", "text",
 "Tack för ditt köp! Order {OID}",
 """Hej Anna,

stort tack för att du valde att handla hos Norrsken Hem (order {OID}). Det betyder mycket för ett litet företag som vårt!

Varma hälsningar
Karin och hela teamet""",
 ["BSM202"], "Message that only says thank you."),
# 21 BSM202 only help offer
("fulfillment-question", "text",
 "Angående order {OID}",
 """Hej,

om något skulle krångla med din order {OID} finns vi här – svara bara på det här meddelandet så hjälper vi dig.

Mvh
Teknikhörnan""",
 ["BSM202"], "Message that only offers help if a problem comes up."),
# 22 BSM203 P.S. discount
("delivery-delay", "text",
 "Order {OID} blir några dagar sen",
 """Hej Jonas,

handdukarna i din order {OID} blir klara för avsändning två dagar senare än planerat, senast den 16 december. Vi väntar på nya etiketter från sömmeriet.

Förlåt för väntan!

Vänliga hälsningar
Sofia Lindqvist
Norrsken Hem

PS. Hela vårt sortiment är 20 % billigare fram till nyår – passa på!""",
 ["BSM203"], "Permitted delay message with a P.S. advertising 20% off the whole range."),
# 23 BSM203 follow / newsletter
("additional-information", "html",
 "Order {OID}: vilken färg vill du ha?",
 """<p>Hej,</p>
<p>kudden du beställt i order {OID} i färgen ”mossgrön” blev mörkare i den nya färgningen än på bilderna. Vill du att vi skickar den ändå, eller väntar du hellre en vecka på nästa omgång?</p>
<p>Vill du inte missa vår nya vårkollektion? Följ Norrsken Hem på Instagram och anmäl dig till vårt nyhetsbrev på vår webbplats!</p>
<p>Hälsningar<br>
Karin Berg</p>""",
 ["BSM203"], "Permitted colour question with an invitation to follow the shop and join the newsletter."),
# 24 BSM204 small gift
("review-request", "text",
 "En liten fråga om order {OID}",
 """Hej Mats,

vi skulle bli glada om du ville recensera skärbrädan från order {OID} på Amazon. När din recension har publicerats får du gärna skicka ett kort meddelande till oss – då skickar vi en liten present från verkstaden som tack.

Hälsningar
Elin Sandberg
Gravyrstugan""",
 ["BSM204"], "Review request promising a small gift once the review is published."),
# 25 BSM204 full refund
("review-request", "html",
 "Order {OID} – ett erbjudande till dig",
 """<p>Hej,</p>
<p>skriv en recension av hörlurarna från order {OID} på Amazon, så betalar vi tillbaka <strong>hela köpesumman</strong> så fort recensionen syns online. Svara bara med namnet du recenserar under.</p>
<p>Mvh<br>
Teknikhörnan</p>""",
 ["BSM204"], "Review request promising a full refund once the review is online."),
# 26 BSM205
("reply", "text",
 "Sv: Trasig mugg – order {OID}",
 """Hej Birgitta,

vad skönt att ersättningsmuggen till order {OID} kom fram hel den här gången – tack för att du berättade det.

Eftersom problemet nu är löst undrar vi om du kunde tänka dig att ändra ditt betyg på en stjärna, eller kanske ta bort recensionen helt? Den påverkar vår lilla verkstad väldigt mycket.

Hälsningar
Elin Sandberg
Gravyrstugan""",
 ["BSM205"], "Reply asking the buyer to update or remove a one-star review."),
# 27 BSM206 only if happy
("review-request", "text",
 "Är du nöjd med fåtöljen? Order {OID}",
 """Hej,

är du nöjd med fåtöljen i order {OID}? Då blir vi jätteglada för en recension på Amazon. Om något inte är som det ska, hör av dig direkt till oss i stället för att skriva en recension, så löser vi det.

Vänliga hälsningar
Oskar Nilsson
Möbelverket i Småland""",
 ["BSM206"], "Review request only for happy buyers, steering unhappy ones to contact the seller."),
# 28 BSM206 five stars
("review-request", "text",
 "Ett betyg för order {OID}?",
 """Hej,

tack för att du handlade hörlurar hos oss (order {OID}). Vi skulle bli väldigt tacksamma om du gav produkten fem stjärnor på Amazon – det hjälper oss mer än du tror.

Hälsningar
Teknikhörnan""",
 ["BSM206"], "Review request asking for five stars."),
# 29 BSM108
("delivery-delay", "text",
 "Order {OID} – tillfälligt slut",
 """Hej,

hörlurarna i order {OID} har tyvärr tagit slut hos vår grossist och vi vet ännu inte när nästa leverans kommer in.

Det snabbaste för dig är nog att själv avbryta beställningen under Dina beställningar på Amazon, så får du tillbaka pengarna direkt.

Ledsen för strulet!
Erik Johansson
Teknikhörnan""",
 ["BSM108"], "Out of stock: advises the buyer that cancelling themselves is quickest."),
# 30 BSM107 + BSM108
("order-problem", "text",
 "Problem med order {OID}",
 """Hej,

vi beklagar, men linneduken i order {OID} är slutsåld och vi kan inte skicka den.

Vi skulle uppskatta om du kunde skicka en begäran om avbokning via ditt Amazon-konto. Tack för din förståelse!

Hälsningar
Norrsken Hem""",
 ["BSM107", "BSM108"], "Order problem asking for a cancellation request without confirming the adjustment."),
# 31 BSM305
("review-request", "text",
 "Vad tyckte du? Order {OID}",
 """Hej,

vill du dela med dig av dina erfarenheter av gardinerna i order {OID} i en recension på Amazon? Din åsikt hjälper andra kunder.

Hälsningar
Norrsken Hem

Vill du inte få fler meddelanden från oss? Svara AVREGISTRERA så tar vi bort dig från utskicken.""",
 ["BSM305"], "Neutral review request with an unsubscribe instruction."),
# 32 BSM306
("reply", "text",
 "Sv: Saknad bruksanvisning – {OID}",
 """Hej,

du har helt rätt, bruksanvisningen saknades i kartongen till order {OID}. Den jävla fabriken har glömt den i hela partiet igen, fan också. Jag bifogar bruksanvisningen som PDF här.

Ursäkta strulet
Ahmed, Teknikhörnan""",
 ["BSM306"], "Reply containing Swedish profanity."),
# 33 BSM104 English
("delivery-delay", "text",
 "Your order {OID} is delayed",
 """Hi,

unfortunately your order {OID} will be dispatched a few days later than planned. The new estimated dispatch date is 19 December 2026. We apologise for the inconvenience.

Best regards,
Sofia Lindqvist
Norrsken Hem""",
 ["BSM104"], "Whole message in English to an sv-SE buyer."),
# 34 BSM309 national
("delivery-scheduling", "text",
 "Leverans av bokhylla – order {OID}",
 """Hej Lars,

bokhyllan i order {OID} kan levereras torsdag 17 december kl. 08.00–12.00 eller fredag 18 december kl. 12.00–16.00.

Ring gärna vår chaufför Mikael på 070-482 19 36 så bestämmer ni tiden direkt med honom.

Mvh
Oskar Nilsson
Möbelverket i Småland""",
 ["BSM309"], "Delivery scheduling with a Swedish mobile number in national format."),
# 35 BSM309 international
("reply", "html",
 "Sv: Reklamation – order {OID}",
 """<p>Hej,</p>
<p>tack för bilderna på den skadade lampan från order {OID}. För att snabbt komma överens om ett byte kan du ringa vår kundtjänst:</p>
<p>Telefon: +46 31 702 58 14 (vardagar 9–16)</p>
<p>Vänliga hälsningar<br>
Teknikhörnan</p>""",
 ["BSM309"], "Reply giving the shop's own number in international format."),
# 36 BSM308 plain
("return-follow-up", "text",
 "Retur av order {OID}",
 """Hej,

för att kunna slutföra returen av stolen i order {OID} behöver vi en bild på det skadade stolsbenet. Mejla den till retur@mobelverket.se och skriv ordernumret i ämnesraden.

Vänliga hälsningar
Oskar Nilsson
Möbelverket i Småland""",
 ["BSM308"], "Return follow-up asking for a photo but giving a plain e-mail address."),
# 37 BSM308 snabel-a
("reply", "text",
 "Sv: Kreditfaktura – {OID}",
 """Hej,

vi skickar gärna en kreditfaktura för order {OID}. Skriv till vår ekonomiavdelning: ekonomi snabel-a norrskenhem punkt se, så får du svar snabbare.

Hälsningar
Lena Holm
Norrsken Hem""",
 ["BSM308"], "Reply with an e-mail address obfuscated with 'snabel-a' and 'punkt'."),
# 38 BSM302
("reply", "html",
 "Sv: Tvätt av linne – order {OID}",
 """<p>Hej,</p>
<p>tack för din fråga om lakanen i order {OID}. Linne tvättas bäst i 40 grader utan blekmedel och torkas gärna på lina. Alla våra skötselråd har vi samlat i en guide:</p>
<p><a href="https://www.norrskenhem.se/skotselrad/linne">Norrsken Hems skötselguide för linne</a></p>
<p>Hälsningar<br>
Sofia Lindqvist</p>""",
 ["BSM302"], "Reply with a descriptive https link to the seller's own website."),
# 39 BSM301
("delivery-delay", "html",
 "Försening – order {OID}",
 """<p>Hej,</p>
<p>din order {OID} blir tre arbetsdagar försenad, och nytt datum för avsändning är 2026-12-21. Du kan följa orderstatusen på ditt konto:</p>
<p><a href="http://www.amazon.se/gp/css/order-history">Dina beställningar på Amazon</a></p>
<p>Vi ber om ursäkt.<br>
Möbelverket i Småland</p>""",
 ["BSM301"], "Delay message with a descriptive but insecure http link to Amazon."),
# 40 BSM310
("review-request", "html",
 "Hur trivs du med påslakanet? Order {OID}",
 """<p>Hej,</p>
<p><img src="https://static.norrskenhem.se/produkter/paslakan-linne-gra-150x210.jpg" alt="Påslakan i linne, grå, 150x210" width="320" height="240"></p>
<p>har du lust att berätta på Amazon hur du tycker att påslakanet från order {OID} fungerar? Varje recension är värdefull för oss.</p>
<p>Hälsningar<br>
Norrsken Hem</p>""",
 ["BSM310"], "Review request showing a photo of the purchased product."),
# 41 BSM311
("delivery-delay", "html",
 "Julförsening – order {OID}",
 """<p><img src="https://static.norrskenhem.se/mejl/snotackt-skog-solnedgang.jpg" alt="Snötäckt skog i solnedgång" width="300" height="200"></p>
<p>Hej,</p>
<p>inför julen har vi ovanligt många beställningar, så din order {OID} blir klar för avsändning först den 19 december.</p>
<p>Förlåt för väntan!<br>
Norrsken Hem</p>""",
 ["BSM311"], "Delay message with an unrelated stock image of a snowy forest."),
# 42 BSM402
("review-request", "html",
 "Din recension av order {OID}",
 """<p><img src="https://static.teknikhornan.se/mejl/teknikhornan-logo.png" width="160" height="48"></p>
<p>Hej,</p>
<p>om du har tid får du gärna recensera dammsugaren från order {OID} på Amazon.</p>
<p><a href="https://www.amazon.se/review/review-your-purchases/?asin=B0D2VAC9KL">Skriv en recension av dammsugaren på Amazon</a></p>
<p>Hälsningar<br>
Teknikhörnan</p>""",
 ["BSM402"], "Shop logo image without an alt attribute."),
# 43 BSM403 emoji
("additional-information", "text",
 "Vilken text ska graveras? Order {OID}",
 """Hej!

Du glömde skriva vilken text som ska graveras på skärbrädan i order {OID} 😊 Max 25 tecken får plats. Vad ska det stå?

Hälsningar
Elin, Gravyrstugan""",
 ["BSM403"], "Engraving text request containing an emoji."),
# 44 BSM403 emoticon
("reply", "text",
 "Sv: Passar skenorna? {OID}",
 """Hej,

ja, lådskenorna i order {OID} passar i skåp med 60 cm djup, alltså de flesta standardkök :) Alla skruvar ingår.

Mvh
Oskar, Möbelverket""",
 ["BSM403"], "Reply containing a text emoticon."),
# 45 BSM410
("delivery-delay", "html",
 "Nytt avsändningsdatum – {OID}",
 """<style>
h1 { font-size: 24px; }
p { font-size: 16px; }
.info { font-size: 13px; }
.sidfot { font-size: 11px; }
</style>
<h1>Ändrat leveransdatum</h1>
<p>Hej! Din order {OID} blir klar för avsändning den 18 december i stället för den 14 december, eftersom tillverkaren levererar senare.</p>
<p class="info">Ordervärdet, 699,00 kr, är oförändrat.</p>
<p class="sidfot">Teknikhörnan – orderavdelningen</p>""",
 ["BSM410"], "HTML delay whose style block sets four font sizes."),
# 46 BSM412 br run
("additional-information", "html",
 "Order {OID} – val av tyg",
 """<p>Hej,<br><br>
i order {OID} har du inte valt klädsel till stolarna (sammet eller bouclé). Säg till vilket du vill ha, så skickar vi beställningen vidare till tapetseraren.<br><br><br><br>
Med vänlig hälsning<br>
Oskar Nilsson<br>
Möbelverket i Småland</p>""",
 ["BSM412"], "HTML with a run of four consecutive br tags."),
# 47 BSM110 on invoice
("invoice", "text",
 "[Viktigt] Faktura till order {OID}",
 """Hej,

bifogat finns fakturan för order {OID}, fakturanummer 2026/12/1044. Beloppet inklusive moms är 1 190,00 kr.

Med vänlig hälsning
Lena Holm
Teknikhörnan AB, Org.nr 559102-8837""",
 ["BSM110"], "Invoice carrying the [Important] tag in the subject."),
# 48 BSM401 Läs mer
("delivery-delay", "html",
 "Order {OID} – ändrad leveranstid",
 """<p>Hej,</p>
<p>på grund av en försenad leverans från tillverkaren blir din order {OID} klar för avsändning den 22 december. <a href="https://www.amazon.se/gp/css/order-history">Läs mer</a></p>
<p>Hälsningar<br>
Gravyrstugan</p>""",
 ["BSM401"], "Amazon https link whose text is only 'Läs mer'."),
# 49 vary: tracking pixel
("delivery-delay", "html",
 "Order {OID}: vi behöver några dagar till",
 """<p>Hej Annika,</p>
<p>vi har fått förseningar från vårt väveri, och filten i din order {OID} blir klar för avsändning den 17 december i stället för den 12 december. Vi beklagar dröjsmålet.</p>
<p>Vänliga hälsningar<br>
Norrsken Hem</p>
<img src="https://t.mejlverktyget.se/open.gif?kampanj=dec26&amp;mottagare=88412" width="1" height="1" alt="">""",
 ["BSM307", "BSM402"], "Delay message with a 1x1 tracking pixel that has an empty alt."),
# 50 vary: greeting Swedish, body English
("additional-information", "text",
 "Fråga om order {OID}",
 """Hej Gustav,

we need a bit more information before we can send your order {OID}. The delivery address is missing the flat number. Could you please reply with it so the courier can find you?

Thanks,
Erik Johansson
Teknikhörnan""",
 ["BSM104"], "Swedish greeting but an English body."),
]


def _build():
    out = []
    for n, (typ, fmt, subject, body, expected, note) in enumerate(_RAW, 1):
        oid = _oid(n)
        raw = oid.replace("-", "")
        def fill(s):
            return s.replace("{OIDRAW}", raw).replace("{OID}", oid)
        out.append({
            "id": f"v2-{LANG}-{n:03d}", "language": LANG, "locale": LOCALE,
            "type": typ, "format": fmt, "subject": fill(subject), "body": fill(body),
            "order_id": oid, "expected": sorted(expected), "note": note,
        })
    return out


MESSAGES = _build()
