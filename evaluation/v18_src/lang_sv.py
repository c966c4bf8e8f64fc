"""v18 blind evaluation set, Swedish (sv-SE). 50 messages, writer c."""

LANG = "sv"
LOCALE = "sv-SE"


def _oid(n):
    return "497-%07d-%07d" % (4120300 + n * 2903, 1935800 + n * 6113)


_RAW = [
# 1 clean delay text
("delivery-delay", "text", "Order {O} – det dröjer några dagar till",
"""Hej Lina!

Jag skriver angående din order {O}, ullfilten i färgen skog. Tyvärr har vi hamnat lite efter: spinneriet i Jämtland som levererar vårt garn fick ett maskinhaveri i slutet av november, och den sista leveransen kom först i måndags.

Vävstolen går för fullt nu, men din filt blir inte klar förrän i slutet av veckan. Vi räknar med att skicka den fredag 11 december, och då brukar den vara framme på två till tre vardagar, alltså någon gång 14–16 december.

Lite bakgrund, om du undrar varför vi inte bara köper garn någon annanstans: vi använder bara svensk ull från två gårdar, och det är den som gör att filten blir så mjuk. Hellre några dagar sent än en sämre filt.

Säg gärna till om det nya datumet ställer till det för dig, så hittar vi en lösning.

Varma hälsningar
Karin Ek
Vävstugan i Ås""",
[], "Chatty delay notice with background and a future ship date; clean."),

# 2 clean delay html
("delivery-delay", "html", "Ändrat leveransdatum för order {O}",
"""<p>Hej Johan,</p>
<p>vi vill meddela att din order <strong>{O}</strong> tyvärr skickas senare än vad som angavs i annonsen. Vår leverantör av kontorsstolar har fått förseningar i hamnen i Göteborg.</p>
<table>
<tr><td>Ursprungligt utskick:</td><td>8 december 2026</td></tr>
<tr><td>Nytt beräknat utskick:</td><td>15 december 2026</td></tr>
<tr><td>Beräknad leverans:</td><td>16–18 december 2026</td></tr>
</table>
<p>Stolen är reserverad för dig. Om du vill ändra leveransadressen inför det nya datumet går det bra att svara på det här meddelandet.</p>
<p>Vi ber om ursäkt för besväret.</p>
<p>Med vänliga hälsningar<br>
Kundtjänst<br>
Kontorsmöbler Norden AB</p>""",
[], "Builder-style HTML table with old and new dates; no styles; clean."),

# 3 clean order problem [Viktigt]
("order-problem", "text", "[Viktigt] Vi kan inte leverera order {O}",
"""Hej,

vi måste tyvärr meddela att vi inte kan leverera din order {O} (stavmixer Kökskraft Pro 1000 W, vit). När vi skulle plocka den visade det sig att den sista enheten i lagret hade en spricka i motorhuset, och leverantören har slutat tillverka den vita varianten.

Vi har redan justerat orderbeloppet i Seller Central med orsaken NoInventory (slut i lager). Hela beloppet, 799,00 kr, återbetalas till dig enligt Amazons vanliga rutiner, oftast inom några bankdagar. Du behöver inte göra någonting.

Vi beklagar verkligen. Vi hade gärna skickat den.

Vänliga hälsningar
Erik Lund
Köksboden""",
[], "Order problem confirming the amount was adjusted (NoInventory) with Swedish [Important]; clean."),

# 4 clean additional info
("additional-information", "text", "Fråga om gravyren – order {O}",
"""Hej Anders,

tack för din beställning av fickurskedjan med gravyr, order {O}. Vi ska börja gravera i morgon, men i fältet för personlig text står det bara ”Till pappa 19”. Vi misstänker att resten av årtalet eller texten har fallit bort i formuläret.

Kan du skicka hela texten du vill ha? Max 30 tecken inklusive mellanslag. Skriv också gärna om du vill ha skrivstil eller raka versaler – annars kör vi på versaler, som är vårt standardval.

Kedjan ligger kvar på bänken tills vi hör av dig, så ju snabbare svar, desto snabbare kan vi bli klara.

Hälsningar
Mats och Eva
Guldsmedjan på Söder""",
[], "Asks for missing engraving text needed to complete the order; clean."),

# 5 clean return partial refund
("return-follow-up", "text", "Din retur för order {O} – förslag på delåterbetalning",
"""Hej Sara,

vi har sett din returförfrågan för kaffebryggaren i order {O}. Du skriver att bryggaren fungerar men att glaskannan fick en liten nagg i kanten redan vid uppackningen.

Du kan förstås skicka tillbaka hela bryggaren och få full återbetalning. Ett alternativ är att du behåller den och att vi gör en delåterbetalning på 200,00 kr – en ny glaskanna kostar runt 150 kr hos tillverkarens reservdelsbutik.

Säg vilket du föredrar så ordnar vi det direkt när vi fått ditt svar.

Ett litet tips: kalka av bryggaren ungefär en gång i månaden om ni har hårt vatten, så håller den längre.

Vänliga hälsningar
Sofia Holm
Köksboden""",
[], "Return follow-up offering a partial refund; clean."),

# 6 clean return question html
("return-follow-up", "html", "Retur av order {O} – en fråga",
"""<p>Hej!</p>
<p>Vi har tagit emot din returförfrågan för order <strong>{O}</strong>. I ordern fanns två par vinterkängor (storlek 38 och 39), men i returformuläret står bara ”1 st”.</p>
<p>För att kunna registrera returen rätt behöver vi veta:</p>
<ul>
<li>vilken storlek du skickar tillbaka,</li>
<li>om kängorna har använts utomhus eller bara provats inne.</li>
</ul>
<p>Använda skor går till en annan kontroll hos oss, så med den uppgiften blir det snabbare för dig.</p>
<p>Tack på förhand och ha en fin vecka!<br>
Skohörnan i Umeå</p>""",
[], "Return follow-up asking which item and its condition; clean."),

# 7 clean invoice
("invoice", "text", "Faktura för order {O}",
"""Hej,

bifogat finns faktura nr 2026/12/0417 för order {O}, utställd på de företagsuppgifter som angavs vid köpet.

Belopp inkl. moms: 4 372,50 kr (varav moms 25 %: 874,50 kr)
Fakturadatum: 2026-12-08
Leveransdatum: 2026-12-04
Betalning: erlagd via Amazon

Om något i köparuppgifterna inte stämmer, till exempel om ert organisationsnummer saknas, hör av er så skickar vi en kreditfaktura och en ny faktura.

Med vänliga hälsningar
Ekonomiavdelningen

Verktygsbolaget Norrland AB
Storgatan 41, 903 26 Umeå
Org.nr 556812-3490
Momsreg.nr SE556812349001
Innehar F-skattsedel""",
[], "Invoice with slashed invoice number, Org.nr and VAT number; clean."),

# 8 clean review request text
("review-request", "text", "Hur funkar ryggsäcken? – order {O}",
"""Hej Oskar!

Det har gått några veckor sedan du köpte dagsturryggsäcken Tältet 28 från oss (order {O}). Vi hoppas att den har fått följa med ut i skogen och inte bara hängt i hallen.

Om du har en stund över får du gärna skriva en produktrecension på Amazon. Den behöver inte vara lång – det viktigaste är det konkreta: hur den sitter, om spännena håller, om regnskyddet gör sitt jobb. Alla synpunkter, även kritiska, hjälper andra som funderar på att köpa, och oss när vi syr nästa omgång.

Du hittar recensionen under Mina beställningar, vid just det här köpet.

Tack och ha det gott på tur
Linnea
Syateljén Tältet""",
[], "Neutral informal review request asking for critical remarks too; clean."),

# 9 clean review request html with logo
("review-request", "html", "Vad tycker du om order {O}?",
"""<table>
<tr><td><img src="https://static.lerverket-gotland.se/mail/logo-lerverket.png" alt="Logotyp Lerverket Gotland" width="160" height="60"></td></tr>
<tr><td>
<p>Hej Maria,</p>
<p>vi hoppas att skålarna från order {O} trivs hemma hos dig. Varje skål dras för hand på drejskivan i vår verkstad i Visby, så ingen är exakt den andra lik.</p>
<p>Vi blir glada om du vill berätta vad du tycker om köpet. Din recension, vad den än säger, hjälper andra kunder och oss.</p>
<p><a href="https://www.amazon.se/review/review-your-purchases/">Skriv en recension av ditt köp på Amazon.se</a></p>
<p>Varma hälsningar<br>
Ingrid och Per<br>
Lerverket Gotland</p>
</td></tr>
</table>""",
[], "HTML review request with shop logo, alt naming the shop, descriptive https Amazon link; clean."),

# 10 clean delivery scheduling
("delivery-scheduling", "text", "Boka leverans av soffan – order {O}",
"""Hej Emma,

soffan Hamnvik 3-sits i order {O} väger drygt 95 kg i emballage, så den levereras med vår egen bil och två bärare i stället för med vanligt paketbud.

Vi kör till Stockholm med omnejd följande tider nästa vecka:
– tisdag 15 december, kl. 08.00–12.00
– onsdag 16 december, kl. 12.00–16.00
– fredag 18 december, kl. 14.00–18.00

Välj gärna ett av tillfällena. Skriv också vilken våning ni bor på och om huset har hiss – utan hiss från tredje våningen tar vi med en extra bärare.

Chauffören ringer cirka 30 minuter innan ankomst på det nummer som står i beställningen.

Hälsningar
Transportavdelningen
Hamnvik Möbler""",
[], "Scheduling delivery of a heavy sofa with dated time slots; clean."),

# 11 clean home service
("home-service-appointment", "html", "Tid för installation av diskmaskin – order {O}",
"""<p>Hej Henrik,</p>
<p>till order <strong>{O}</strong> har du lagt till installation av integrerad diskmaskin. Vår installatör har följande tider i ditt område (Malmö, Limhamn):</p>
<ul>
<li>måndag 14 december, kl. 09.00–11.00</li>
<li>tisdag 15 december, kl. 13.00–15.00</li>
<li>torsdag 17 december, kl. 16.00–18.00</li>
</ul>
<p>Svara med den tid som passar bäst. Töm gärna skåpet under diskbänken innan besöket så att installatören kommer åt vattenavstängningen – då tar jobbet oftast runt en timme.</p>
<p>Installatören har med sig förlängningsslang och vattenlås, så du behöver inte köpa något extra.</p>
<p>Vänliga hälsningar<br>
Installationsteamet<br>
Vitvaruhuset Syd</p>""",
[], "Home-service appointment with date and time options; clean."),

# 12 clean design proof
("custom-design-verification", "text", "Korrektur för din skylt – order {O}",
"""Hej Peter,

här kommer korrekturen (bifogad fil: korrektur_husskylt_{O}.pdf) för husskylten i order {O}. Vi har följt dina önskemål: nummer ”14B”, gatunamnet ”Lingonstigen” och en liten tall i det vänstra hörnet.

Titta noga på stavningen och placeringen. När du godkänt korrekturen går skylten till laserskärning och då går det inte att ändra något. Vill du ha större siffror eller ett annat typsnitt från vår lista, skriv bara vad som ska ändras så skickar vi en ny version.

En sak om materialet: cortenstålet mörknar med tiden och får en rostbrun ton. Det är meningen och inget fel.

Hälsningar
Jonas Berg
Smedjan Järn & Rost""",
[], "Design proof attachment awaiting approval; clean."),

# 13 clean door code
("fulfillment-question", "text", "Portkod behövs – order {O}",
"""Hej,

innan din order {O} (madrass 160×200, vår referens LAG-5521/12) kan gå iväg behöver vi hjälp med en sak. Fraktbolaget vi samarbetar med har vid tidigare leveranser till Tallbacksvägen 8 inte kommit in genom porten utan kod.

Kan du skicka portkoden? Vi lägger in den i transportordern TO-2026-0881 och den syns ingen annanstans.

Vill du hellre att chauffören ringer på porttelefonen räcker det att du skriver det.

Vänliga hälsningar
Anna Sjöberg
Sömnbolaget""",
[], "Asks for a door code with reference numbers that are no phone numbers; clean."),

# 14 clean reply with foreign product title
("reply", "text", "Sv: Fråga om hyllans bärförmåga – {O}",
"""Hej Malin,

tack för frågan! Hyllan ”Rustic Walnut Wall Shelf 60 cm” levereras med en dold stålbalk, och monterad i tegel- eller betongvägg klarar den upp till 20 kg jämnt fördelat. I gipsvägg rekommenderar vi högst 8 kg och gipspluggar, som ligger i en egen påse i förpackningen.

Jag kollade även din order {O} – det är varianten med urfräsning på undersidan, så LED-listen du frågade om passar om den är högst 10 mm bred.

Hör av dig om något är oklart vid monteringen.

Hälsningar
Ida Nyström
Trä & Form""",
[], "Reply quoting an English product title inside Swedish sentences; clean."),

# 15 clean warranty hotline
("reply", "text", "Sv: Dammsugaren laddar inte – order {O}",
"""Hej Fredrik,

tråkigt att dammsugaren Kelvo V12 från order {O} har slutat ladda. Det låter som ett fel på laddstationen eller batteriet, och sådant hanteras direkt av tillverkarens garantiservice – produkten har två års garanti från Kelvo.

Tillverkarens garantilinje (Kelvo Nordic): 08-525 031 90, vardagar kl. 08.00–16.00

Ha serienumret till hands (dekalen under dammbehållaren) och inköpsdatumet, 2026-11-21. Kelvo brukar skicka ett bud som hämtar apparaten utan kostnad.

Om du hellre vill reklamera via oss som säljare går det också bra – säg bara till så guidar vi dig.

Vänliga hälsningar
Kundservice, Vitvarulagret""",
[], "Reply giving the manufacturer's warranty line, marked as such; clean."),

# 16 clean reply company footer
("reply", "html", "Sv: Uppgifter om säljaren – order {O}",
"""<p>Hej,</p>
<p>som svar på din fråga: säljare i order <strong>{O}</strong> är vårt bolag, och varorna skickas från vårt eget lager i Borås. Faktura med moms tar vi gärna fram – skicka bara ert organisationsnummer som svar här, så är den klar inom en arbetsdag.</p>
<p>Här nedan finns våra fullständiga företagsuppgifter om du behöver dem för bokföringen.</p>
<p>Vänliga hälsningar<br>
Kundtjänst</p>
<p><small>Fjällbo Outdoor AB, Allégatan 26, 503 32 Borås<br>
Org.nr 559034-7712 · Momsreg.nr SE559034771201<br>
Styrelsens säte: Borås · Godkänd för F-skatt</small></p>""",
[], "Reply with company-details footer (Org.nr, VAT number, address); clean."),

# 17 clean reply with return numbers
("reply", "text", "Sv: När kommer återbetalningen? – {O}",
"""Hej Elin,

jag har kollat status på returen för order {O}:

– returnummer: RMA-2026-20417
– returpaketet kom fram till oss 2026-12-03 kl. 10.42
– kontrollen klar 2026-12-04, inga anmärkningar
– återbetalningsbelopp: 649,00 kr (inklusive 49,00 kr för den ursprungliga frakten)

Vi registrerade återbetalningen 2026-12-04 kl. 15.20. Amazon brukar föra över pengarna till kortet inom 3–5 bankdagar, ibland lägger banken till en dag eller två. Har inget kommit fram till den 14 december så skriv igen, så dubbelkollar vi.

Hälsningar
Viktor Åberg
Cykelverkstan""",
[], "Reply with return number, dates, times and amounts; clean."),

# 18 BSM201 handed to carrier
("fulfillment-question", "text", "Nu är order {O} på väg!",
"""Hej Hanna!

Roliga nyheter: paketet med din order {O} lämnade vårt lager i Jönköping i morse och har lämnats över till PostNord. Vi har packat ljusen i dubbel kartong med pappersfyllning, så kylan ska inte göra dem något.

Eftersom vi ändå skriver, några tips om ljusen: låt dem brinna minst två timmar första gången så att hela ytan smälter. Då undviker du att de brinner ner i en ”tunnel”. Klipp veken till ungefär 5 mm innan varje tändning.

Mysiga kvällar önskar vi
Frida
Ljusstöperiet""",
["BSM201"], "Says the parcel left the warehouse and was handed to the carrier."),

# 19 BSM201 received and preparing
("fulfillment-question", "html", "Vi har tagit emot din order {O}",
"""<p>Hej!</p>
<p>Din order <strong>{O}</strong> har kommit in till oss och vi håller just nu på att plocka ihop den. Byggsatsen ligger redan på packbordet, och vi kollar bara att inga delar saknas i påsarna.</p>
<p>Vi vet att varje dag räknas inför jul, så beställningar som kommer in före kl. 12.00 försöker vi hinna med samma dag.</p>
<p>Hälsningar<br>
Gänget på Klossboden</p>""",
["BSM201"], "Confirms the order was received and is being packed."),

# 20 BSM202 thanks only
("fulfillment-question", "text", "Tack! – order {O}",
"""Hej Gustav,

vi ville bara säga ett stort tack för att du handlade hos oss – order {O} gjorde oss riktigt glada här på kontoret. Vi är ett litet familjeföretag och varje beställning betyder mycket.

Tack igen och allt gott!

Familjen Lindqvist
Honungsgården""",
["BSM202"], "Only thanks for the purchase."),

# 21 BSM202 only "here if needed"
("reply", "text", "Angående order {O}",
"""Hej,

med anledning av order {O} vill vi bara påminna om att hela vårt team finns här för dig. Om något skulle krångla, inte falla dig i smaken eller om du undrar över något – svara bara på det här meddelandet så tar vi hand om det med en gång.

Vi håller tummarna för att det inte behövs.

Vänliga hälsningar
Kundservice, Hemma Hos Oss""",
["BSM202"], "Only says the team is there if something comes up."),

# 22 BSM203 P.S. 20%
("delivery-delay", "text", "Order {O} – liten försening",
"""Hej Annika,

jag hör av mig eftersom din order {O} (knivset Hamon, 5 delar) kommer att skickas lite senare än planerat. Knivblocken i valnöt kom tillbaka från snickaren med sprickor i lacken och vi väntar på en ny omgång. Planerat utskick är tisdag 15 december, med leverans senast 17 december.

Knivarna är redan slipade och väntar bara på sina block – förlåt att det drar ut på tiden.

Hälsningar
Tobias Lind
Stål & Egg

PS. Inför jul har vi 20 % rabatt på hela sortimentet fram till söndag – titta gärna in om du letar efter fler julklappar.""",
["BSM203"], "Permitted delay notice with a P.S. advertising 20% off the whole range."),

# 23 BSM203 follow us / newsletter
("review-request", "text", "Några ord om order {O}?",
"""Hej,

vi hoppas att löparen från order {O} gör sig bra på bordet, och vi passar på att fråga om din åsikt. Om du har tid får du gärna recensera produkten på Amazon – alla recensioner, bra som mindre bra, är värdefulla för oss.

Och när vi ändå hörs: i januari släpper vi en ny kollektion linnedukar i jordnära färger. Följ oss gärna på Instagram och Facebook (Linneboden Dalarna), och anmäl dig till vårt nyhetsbrev så får du veta först när den lanseras.

Varma hälsningar
Linneboden Dalarna""",
["BSM203"], "Neutral review request plus follow-us, newsletter and new-collection promotion."),

# 24 BSM204 small gift once published
("review-request", "html", "Din åsikt om order {O}",
"""<p>Hej Jenny,</p>
<p>vi hoppas att tesorterna från order <strong>{O}</strong> smakar och gör decemberkvällarna lite mysigare. Vår egen favorit är Vinterkörsbär – låt den dra 5 minuter i vatten som håller runt 95 °C.</p>
<p>Din åsikt betyder mycket för oss. När din recension har publicerats på Amazon kan du svara på det här meddelandet, så lägger vi med en liten present som tack i nästa paket – en burk av vår säsongsblandning.</p>
<p>Varma hälsningar<br>
Tehuset Klockan Fem</p>""",
["BSM204"], "Offers a small gift once the review is published."),

# 25 BSM204 full refund
("review-request", "text", "Order {O} – ett erbjudande till dig",
"""Hej Daniel,

tack för att du köpte de trådlösa hörlurarna SoundPeak X3 (order {O}). Modellen är ny hos oss och vi vill gärna veta hur de fungerar i vardagen – på bussen, på gymmet, i samtal.

Därför har vi ett erbjudande: så fort din recension syns på Amazon betalar vi tillbaka hela köpesumman. Skicka bara namnet som recensionen publicerats under som svar här.

Förresten: hörlurarna klarar flerpunktsanslutning, så de kan vara kopplade till mobilen och datorn samtidigt. Instruktionen finns på sista sidan i foldern.

Hälsningar
SoundPeak Sverige""",
["BSM204"], "Promises a full refund once the review is online."),

# 26 BSM205 change one-star review
("reply", "text", "Sv: Reklamation av vattenkokaren – {O}",
"""Hej Birgitta,

vad skönt att ärendet med vattenkokaren från order {O} är löst och att den nya kom fram hel. Vi blev själva förvånade över att packningen läckte på den första – det händer nästan aldrig med den modellen.

Vi har en sak till att be om. På Amazon ligger fortfarande din recension med en stjärna, som du skrev direkt efter första leveransen. Nu när problemet är borta, skulle du vilja uppdatera den eller ta bort den helt? För en liten butik väger ett sådant betyg tungt.

Tack på förhand
Kokhörnan""",
["BSM205"], "Asks to update or remove an existing one-star review."),

# 27 BSM206 only if satisfied
("review-request", "text", "Hur blev det? – order {O}",
"""Hej,

vi hoppas att pläden i merinoull från order {O} värmer gott nu när kvällarna är kalla. Vi väver dem i gamla vävstolar i Härjedalen och varje pläd har små ojämnheter i vävningen – det är charmen med hantverk.

Är du nöjd med köpet blir vi jätteglada för en recension på Amazon. Och är det något som inte stämmer, hör hellre av dig direkt till oss i stället för att skriva ett omdöme – vi löser det.

Hälsningar från fjällen
Väveriet Funäsdalen""",
["BSM206"], "Review only if satisfied, steering unhappy buyers to contact the seller."),

# 28 BSM206 five stars
("review-request", "html", "En liten bön om order {O}",
"""<p>Hej Mikael,</p>
<p>lödpennan från order <strong>{O}</strong> borde ha varit i gång på din arbetsbänk ett tag nu. Mejselspetsen som följde med håller formen längre om du förtennar den innan första uppvärmningen.</p>
<p>Vi är en liten importör i Västerås och varje betyg räknas. Om du har en minut över – ge gärna produkten fem stjärnor på Amazon. Det är det bästa sättet att peppa oss.</p>
<p>Hälsningar<br>
Elverkstan</p>""",
["BSM206"], "Asks for a five-star rating."),

# 29 BSM108 cancel yourself
("order-problem", "text", "[Viktigt] Slut i lager – order {O}",
"""Hej Ulrika,

vi ber så mycket om ursäkt, men springcykeln Hoppa i mintgrönt från order {O} visade sig vara slut. Den sista sålde vi samtidigt i butiken, och systemet hann inte uppdatera lagersaldot.

Vi har redan justerat orderbeloppet hos Amazon med orsaken NoInventory, så pengarna kommer tillbaka automatiskt.

För att allt ska gå så fort som möjligt och ordern inte ska ligga kvar är det enklast om du själv avbryter den under Mina beställningar – det tar bara en minut.

Än en gång förlåt
Butiken Hoppa""",
["BSM108"], "Amount adjusted, but advises the buyer to cancel the out-of-stock order herself."),

# 30 BSM107 + BSM108
("order-problem", "text", "Order {O} – problem med tillgången",
"""Hej,

tyvärr har vi inte så goda nyheter. Blodtrycksmätaren TensioPro i order {O} är just nu slut hos grossisten, och nästa leverans väntas inte förrän i slutet av januari.

Vi skulle vara väldigt tacksamma om du kunde begära en annullering av ordern via ditt Amazon-konto. Då kan vi avsluta allt smidigt från vår sida.

Ursäkta besväret och vänliga hälsningar
Hälsobutiken Puls""",
["BSM107", "BSM108"], "Asks the buyer to request cancellation, no amount adjustment mentioned."),

# 31 BSM305 opt-out
("delivery-delay", "text", "Order {O} – nytt utskicksdatum",
"""Hej,

order {O} (kattmat Morris Premium 7 kg, 2 st) skickas två dagar senare än planerat, torsdag 10 december. Fraktbolaget hämtade inte pallen från tillverkaren den här veckan, och vårt lager fylldes på först i dag.

Kartongerna är tunga så vi skickar dem var för sig – de kan komma samma dag eller med en dags mellanrum.

Hälsningar
Djurbutiken Morris

Vill du inte få fler meddelanden från oss? Svara STOPP så tar vi bort dig från våra utskick.""",
["BSM305"], "Delay notice ending with a reply-STOPP opt-out instruction."),

# 32 BSM306 profanity
("reply", "text", "Sv: Var är mitt paket? – {O}",
"""Hej Stefan,

vi har kollat upp order {O}. Sanningen är att det jävla fraktbolaget har klantat till det igen – de lät paketet ligga fyra dagar på terminalen utan att säga ett skit till oss. Vi är så förbannat trötta på dem.

Vi har gjort en reklamation från vår sida och fått beskedet att paketet ska vara hos dig i morgon före kl. 16.00. Kommer det inte, hör av dig direkt.

Hälsningar
Järnhandeln Skruven""",
["BSM306"], "Reply with Swedish profanity about the carrier."),

# 33 BSM104 English
("delivery-delay", "text", "Order {O} – short delay",
"""Hi,

we are writing about your order {O}. Unfortunately the linen napkins will leave our workshop a few days later than planned, as our fabric supplier delivered late.

The new estimated dispatch date is 14 December 2026, and delivery is expected by 17 December. Sorry for the inconvenience, and thank you for your patience.

Best regards,
Vita Liljan Team""",
["BSM104"], "Message in English for an sv-SE buyer."),

# 34 BSM309 national
("additional-information", "text", "Fråga om storlek – order {O}",
"""Hej Camilla,

i order {O} har du valt vandringskängor i storlek 38, men i kommentaren skriver du att du ”oftast har 38,5”. Den här modellen är smal i passformen och ganska liten i storleken, så vi vill dubbelkolla om vi inte ska skicka 39 i stället.

Enklast är om du ringer oss på 070-123 45 67 (mån–lör kl. 9–17), så bestämmer vi storlek på en minut. Du kan förstås också svara här.

Hälsningar
Fjällsteg""",
["BSM309"], "Gives the shop's Swedish mobile number."),

# 35 BSM309 international
("reply", "html", "Sv: Montering av gardinstången – {O}",
"""<p>Hej,</p>
<p>angående gardinstången i order <strong>{O}</strong>: takfästena ligger i påse nummer 3 och betongskruvarna i påse 4. I undertak behöver du använda spärrpluggar, som inte ingår i satsen.</p>
<p>Om monteringen krånglar guidar vår tekniker dig gärna steg för steg per telefon: <strong>+46 31 702 58 14</strong>, vardagar kl. 08.00–16.00.</p>
<p>Hälsningar<br>
Gardinhuset Göteborg</p>""",
["BSM309"], "Shop's own number in international format."),

# 36 BSM308 plain e-mail
("custom-design-verification", "text", "Korrektur tröjtryck – order {O}",
"""Hej,

bifogat finns korrekturen för trycket på tröjorna i order {O}: lagets logga ”IFK Hägersten Veteraner”, och på ryggen nummer och namn enligt listan du skickade.

Godkänn eller skriv dina ändringar. Om det är enklare att skicka en rättad logga som vektorfil (.ai eller .svg) kan du mejla den till tryck@tryckeriet-hagersten.se, eftersom vektorfiler ibland inte går att öppna här.

Hälsningar
Tryckeriet Hägersten""",
["BSM308"], "Design proof asking to send files to a plain e-mail address."),

# 37 BSM308 snabel-a
("reply", "text", "Sv: Bilder på skadan – {O}",
"""Hej Karin,

vi beklagar verkligen den spruckna tallriken i order {O}. För att anmäla skadan till fraktbolaget behöver vi några bilder: tallriken, kartongen utifrån och fraktsedeln.

Skicka gärna bilderna till reklamation snabel-a porslinshuset punkt se – skriv ordernumret i ämnesraden. Vi skickar en ny tallrik så snart fraktbolaget har tagit emot anmälan.

Vänliga hälsningar
Porslinshuset""",
["BSM308"], "E-mail address written with 'snabel-a' and 'punkt'."),

# 38 BSM302 https seller link
("reply", "html", "Sv: Var kommer vaxet ifrån? – {O}",
"""<p>Hej,</p>
<p>tack för frågan om ljusen i order <strong>{O}</strong>. Sojavaxet köper vi från en enda leverantör med RSPO-certifiering, och doftoljorna är fria från ftalater. Vekarna är av bomull utan metallkärna.</p>
<p>Hela historien om vårt stöperi och hur vi väljer råvaror har vi skrivit om här: <a href="https://www.ljusstoperiet.se/om-oss">Om oss och våra råvaror – Ljusstöperiet</a>.</p>
<p>Hälsningar<br>
Frida, Ljusstöperiet</p>""",
["BSM302"], "Descriptive https link to the seller's own site."),

# 39 BSM301 http Amazon
("review-request", "html", "Recension av order {O}",
"""<p>Hej,</p>
<p>vi hoppas att ditt köp från order <strong>{O}</strong> fungerar bra. Har du en stund får du gärna dela med dig av dina intryck – alla recensioner, oavsett betyg, är till hjälp för andra kunder.</p>
<p>Några kunder har frågat hur man bäst tar hand om ekskärbrädan: olja in den med matolja eller bivaxolja ungefär en gång i månaden, och låt den aldrig ligga i blöt eller gå i diskmaskinen. Småskåror i ytan kan slipas bort med fint sandpapper.</p>
<p><a href="http://www.amazon.se/review/review-your-purchases/">Skriv en recension av ditt köp på Amazon.se</a></p>
<p>Tack och vänliga hälsningar<br>
Butiken Kastanjen</p>""",
["BSM301"], "Descriptive Amazon link over plain http."),

# 40 BSM310 product image
("delivery-delay", "html", "Order {O} skickas nästa vecka",
"""<p>Hej Klara,</p>
<p>muggen från order <strong>{O}</strong> behöver en bränning till – glasyren i flaskgrönt blev för matt första gången och vi vill inte skicka något som inte håller vår standard. Planerat utskick är 16 december.</p>
<p>Så här ser din mugg ut efter första bränningen:</p>
<p><img src="https://static.lerlycka.se/produkter/keramikmugg-flaskgron-350ml.jpg" alt="Keramikmugg flaskgrön 350 ml – din beställda produkt" width="300"></p>
<p>Hälsningar<br>
Keramikverkstaden Lerlycka</p>""",
["BSM310"], "Photo of the purchased product."),

# 41 BSM311 unrelated image
("delivery-scheduling", "html", "Leverans av hörnsoffan – order {O}",
"""<p>Hej!</p>
<p>Hörnsoffan i order <strong>{O}</strong> blir klar för leverans nästa vecka. Vår bil är i Uppsala 17–18 december. Välj gärna en av tiderna:</p>
<ul>
<li>torsdag 17/12, kl. 08.00–13.00</li>
<li>fredag 18/12, kl. 12.00–17.00</li>
</ul>
<p>Skriv också om ytterdörren är minst 80 cm bred.</p>
<p><img src="https://static.soffgiganten.se/mail/julgran-snoig-skog.jpg" alt="Snöig julgran i vinterskog" width="400"></p>
<p>God jul önskar<br>
Soffgiganten</p>""",
["BSM311"], "Stock Christmas-tree image unrelated to the shop."),

# 42 BSM402 logo without alt
("invoice", "html", "Faktura för order {O}",
"""<p><img src="https://static.tryckhuset-vaxjo.se/mail/logo-tryckhuset.png" alt="" width="140"></p>
<p>Hej,</p>
<p>bifogat finns faktura nr 1187/12/2026 för order <strong>{O}</strong> (visitkort 350 g, 500 st). Fakturan är utställd på de företagsuppgifter som angavs vid beställningen.</p>
<p>Vänliga hälsningar<br>
Tryckhuset Växjö AB<br>
Org.nr 556744-2108</p>""",
["BSM402"], "Shop logo with empty alt."),

# 43 BSM403 emoji
("delivery-delay", "text", "Liten försening – order {O} 🎄",
"""Hej Alva!

Dina pepparkakor från order {O} bakas just nu i omgång två 🍪 – första satsen flöt ut för mycket och klarade inte vår kontroll. Vi skickar dem måndag 14/12 och de är hos dig senast onsdag.

Glasyren behöver torka ett dygn, därför packar vi inte tidigare. Vi lovar att det är värt att vänta 😊

Kramar från bageriet
Pepparkaksbagaren""",
["BSM403"], "Emoji in subject and body."),

# 44 BSM403 emoticon
("reply", "text", "Sv: Storlek på handskarna – {O}",
"""Hej Niklas,

handskarna i order {O} i storlek L passar en hand med omkrets 21–23 cm, mätt över knogarna utan tummen. Får du 23,5 cm är XL säkrare, eftersom hjortskinnet ger med sig lite på bredden men inte på fingerlängden.

Byta storlek är inga problem, det är bara att anmäla en retur :)

Hälsningar
Handskmakaren ;-)""",
["BSM403"], "Text emoticons ':)' and ';-)'."),

# 45 BSM410
("delivery-delay", "html", "Order {O} – uppdaterat datum",
"""<style>
h1 { font-size: 26px; }
h2 { font-size: 20px; }
p { font-size: 15px; }
.liten { font-size: 11px; }
</style>
<h1>Uppdatering av din order</h1>
<h2>Nr {O}</h2>
<p>Hej! Dina måttbeställda hissgardiner behöver sys lite längre – tyget i salviagrönt kom till oss en vecka sent. Nytt utskicksdatum är 18 december 2026.</p>
<p>Måtten (bredd 92 cm × höjd 140 cm) är oförändrade.</p>
<p class="liten">Meddelandet gäller enbart din order. Gardinateljén Mått &amp; Mönster.</p>""",
["BSM410"], "<style> block with four distinct font sizes."),

# 46 BSM412
("additional-information", "text", "Leveransadress – order {O}",
"""Hej,

i leveransadressen för order {O} saknas lägenhetsnummer – det står bara ”Kvarngatan 15, Örebro”. Huset har fyra uppgångar och många lägenheter, så budet kommer inte att hitta rätt.


Skicka gärna lägenhetsnumret och vilken uppgång det gäller. Vi väntar med utskicket tills vi hört av dig.


Apropå din beställning: kalenderbladen i 2027 års almanacka är tryckta på obestruket papper, så de tål både blyerts och reservoarpenna utan att det blöder igenom. Omslaget i linneklot kan torkas av med en lätt fuktad trasa om det blir fläckigt.

Hälsningar
Pappershandeln Arket""",
["BSM412"], "Plain text with two blank lines in a row."),

# 47 BSM110 on invoice
("invoice", "text", "[Viktigt] Faktura för order {O}",
"""Hej,

här kommer fakturan för cykelstället i order {O}, bifogad som PDF (faktura nr 2026/12/0522). Den är utställd på det företagsnamn som angavs i beställningen.

Några har frågat oss om stället rymmer cyklar med 2,6-tumsdäck – det gör det, om än precis.

Vänliga hälsningar
Cykelverkstan Västerås AB
Org.nr 559102-4476""",
["BSM110"], "Swedish [Important] tag on an invoice, which is not critical."),

# 48 BSM401 Läs mer
("return-follow-up", "html", "Retur – order {O}",
"""<p>Hej,</p>
<p>vi har tagit emot din returanmälan för jackan i order <strong>{O}</strong>. För att kunna hantera returen behöver vi veta om jackan har använts utomhus eller bara provats inomhus, och om prislapparna sitter kvar.</p>
<p>Så fungerar returer hos Amazon: <a href="https://www.amazon.se/gp/css/returns/homepage.html">Läs mer</a></p>
<p>Hälsningar<br>
Kläder Vind</p>""",
["BSM401"], "Amazon link with non-descriptive text 'Läs mer'."),

# 49 vary: BSM304 + BSM302 linked logo
("review-request", "html", "Berätta vad du tycker om order {O}",
"""<p><a href="https://www.fjallbo-inredning.se"><img src="https://static.fjallbo-inredning.se/mail/logo-fjallbo.png" alt="Logotyp Fjällbo Inredning" width="150"></a></p>
<p>Hej Sanna,</p>
<p>vi hoppas att kuddfodralen från order <strong>{O}</strong> har fått en fin plats i soffan. Om du vill får du gärna skriva några ord om köpet på Amazon – all feedback, positiv som negativ, hjälper oss att bli bättre.</p>
<p>Hälsningar<br>
Fjällbo Inredning</p>""",
["BSM302", "BSM304"], "Shop logo wrapped in a link to the shop's website."),

# 50 vary: tracking pixel without alt
("delivery-delay", "html", "Ny leveransdag för order {O}",
"""<p>Hej,</p>
<p>din order <strong>{O}</strong> (adventsljusstake i mässing) blir tyvärr några dagar sen – gjuteriet levererade ljusstakarna med fel håldiameter och vi fick skicka tillbaka dem. Nytt planerat utskick är 11 december.</p>
<p>Vi ber om ursäkt för dröjsmålet.</p>
<p>Hälsningar<br>
Mässingsboden</p>
<img src="https://mail.massingsboden.se/open.png?o={O}&u=88213" width="1" height="1" alt="">""",
["BSM307", "BSM402"], "1x1 tracking pixel with tracking parameters and empty alt."),
]


def _build():
    out = []
    for i, (typ, fmt, subj, body, exp, note) in enumerate(_RAW, 1):
        oid = _oid(i)
        out.append({
            "id": "v18-%s-%03d" % (LANG, i),
            "language": LANG,
            "locale": LOCALE,
            "type": typ,
            "format": fmt,
            "subject": subj.replace("{O}", oid),
            "body": body.replace("{O}", oid),
            "order_id": oid,
            "expected": sorted(exp),
            "note": note,
        })
    return out


MESSAGES = _build()
