"""Blind evaluation set v5, Swedish (sv-SE): 50 buyer-seller messages."""

LANG = "sv"
LOCALE = "sv-SE"

# Order numbers: prefix 309-, each different.
_ORDERS = [
    "309-%07d-%07d" % ((2093151 + i * 170231) % 10**7, (4408193 + i * 219877) % 10**7) for i in range(50)
]

_RAW = [
    # ---------------- clean (1-17) ----------------
    ("delivery-delay", "text",
     "Försenad leverans – order {oid}",
     "Hej Elin,\n\n"
     "tyvärr blir din ullfilt (order {oid}) försenad. Vävstolen har krånglat och vi hinner inte "
     "bli klara till det datum som stod i annonsen.\n\n"
     "Nytt beräknat avsändningsdatum är 17 december 2026. Passar inte det får du gärna svara på "
     "det här meddelandet så hittar vi en lösning.\n\n"
     "Ledsen för besväret!\n\n"
     "Vänliga hälsningar\nIngrid Holm\nHolms Väveri, Dalarna",
     [], "Plain-text delivery delay with a new dispatch date; clean."),
    ("delivery-delay", "html",
     "Ändrat leveransdatum för order {oid}",
     "<p>Hej!</p>"
     "<p>Din beställning {oid} (takfläkt, vit, 132 cm) kommer att skickas senare än utlovat. "
     "Vår leverantör har flyttat fram sin leverans till vårt lager.</p>"
     "<table><tr><td>Ursprungligt datum:</td><td>2026-12-03</td></tr>"
     "<tr><td>Nytt datum:</td><td><strong>2026-12-10</strong></td></tr></table>"
     "<p>Om det nya datumet inte fungerar för dig, svara gärna på det här meddelandet.</p>"
     "<p>Med vänliga hälsningar<br>Kundservice<br>Nordljus Belysning AB</p>",
     [], "Builder HTML delivery delay with a table of dates; clean."),
    ("order-problem", "text",
     "[Viktigt] Order {oid} – vara slut i lager, beloppet justerat",
     "Hej,\n\n"
     "vi beklagar, men vi kan inte skicka en av varorna i din order {oid}: kaffekoppen "
     "”Fjällsjö” 25 cl. Den sista koppen i lager gick sönder vid packningen och tillverkaren "
     "har slutat göra modellen.\n\n"
     "Ordersumman har justerats med 189 kr eftersom varan är slut i lager. Övriga varor skickas "
     "som planerat.\n\n"
     "Vi ber om ursäkt för besväret.\n\n"
     "Hälsningar\nKeramikboden i Gnesta",
     [], "Order problem with the amount adjusted and [Viktigt] in the subject; clean."),
    ("additional-information", "text",
     "Din gravyr – vi behöver en uppgift (order {oid})",
     "Hej Johan,\n\n"
     "vi ska just gravera armbandet i order {oid}, men fältet för initialer innehåller bara "
     "”J.” – saknas det en bokstav? Skriv gärna exakt vilken text du vill ha (högst 12 tecken).\n\n"
     "Tack på förhand!\n\nMaja\nSilverstudion",
     [], "Request for information needed to complete an engraving order; clean."),
    ("return-follow-up", "text",
     "Angående din retur – order {oid}",
     "Hej Karin,\n\n"
     "du har anmält retur av kastrullen i order {oid} på grund av en buckla i kanten. Om den i "
     "övrigt fungerar och du vill behålla den kan vi i stället erbjuda en delåterbetalning på "
     "150 kr.\n\n"
     "Vill du hellre returnera den fortsätter du bara returen på Amazon som vanligt.\n\n"
     "Vänliga hälsningar\nPeter Lund\nKöksmästarn",
     [], "Return follow-up offering a partial refund; clean."),
    ("return-follow-up", "text",
     "Fråga om returen – {oid}",
     "Hej!\n\n"
     "i order {oid} köpte du två par löparskor, storlek 42 och 43. I returanmälan står inte "
     "vilket par som skickas tillbaka. Kan du meddela oss det, så att vi kan slutföra returen?\n\n"
     "Tack och hälsningar\nLinnea\nSpringSpår",
     [], "Return follow-up asking which item is returned; clean."),
    ("invoice", "text",
     "Faktura 2026/12/0457 för order {oid}",
     "Hej,\n\n"
     "bifogat finns faktura nr 2026/12/0457 för order {oid}. Totalt 3 745,00 kr inklusive "
     "moms 25 % (749,00 kr).\n\n"
     "Med vänliga hälsningar\nEkonomiavdelningen\n\n"
     "Kontorshuset Sverige AB\nStorgatan 12, 411 38 Göteborg\n"
     "Org.nr 556123-4567 | Momsreg.nr SE556123456701\nGodkänd för F-skatt",
     [], "Invoice with Org.nr, momsregistreringsnummer and an invoice number with slashes; clean."),
    ("review-request", "text",
     "Vad tycker du om kudden? (order {oid})",
     "Hej,\n\n"
     "det har gått en vecka sedan din order {oid} levererades. Om du har tid vore vi tacksamma "
     "för en recension av produkten på Amazon – både ris och ros hjälper andra köpare att "
     "välja rätt.\n\n"
     "Hälsningar\nSömnLabbet",
     [], "Neutral plain-text review request; clean."),
    ("review-request", "html",
     "Berätta gärna hur teet smakade – order {oid}",
     "<p><img src=\"https://m.media-amazon.com/images/S/seller-logos/tehuset-i-lund-logo.png\" "
     "alt=\"Logotyp för Tehuset i Lund\" width=\"160\" height=\"60\"></p>"
     "<p>Hej,</p>"
     "<p>vi hoppas att teprovarlådan från order {oid} har kommit fram. Vi blir glada om du vill "
     "dela din uppfattning i en recension, oavsett vad du tycker.</p>"
     "<p><a href=\"https://www.amazon.se/review/create-review?asin=B0C7T1QW4N\">Skriv en recension "
     "av produkten på Amazon.se</a></p>"
     "<p>Varma hälsningar<br>Tehuset i Lund</p>",
     [], "HTML review request with shop logo (alt names shop) and descriptive https Amazon link; clean."),
    ("delivery-scheduling", "text",
     "Leverans av soffa – välj tid (order {oid})",
     "Hej Anders,\n\n"
     "soffan i order {oid} väger cirka 110 kg och körs ut av vår egen budfirma med inbärning, "
     "så vi behöver boka en tid med dig. Lediga tider:\n\n"
     "- tisdag 15 december, kl. 08.00–12.00\n- onsdag 16 december, kl. 12.00–16.00\n"
     "- lördag 19 december, kl. 09.00–13.00\n\n"
     "Svara med den tid som passar och berätta gärna om det finns hiss i huset.\n\n"
     "Hälsningar\nSoffKompaniet",
     [], "Delivery scheduling of a bulky item with time slots; clean."),
    ("home-service-appointment", "text",
     "Installation av diskmaskin – bokning ({oid})",
     "Hej,\n\n"
     "till order {oid} har du köpt installation av integrerad diskmaskin. Vår montör kan komma:\n\n"
     "1. torsdag 2026-12-10, kl. 09–11\n2. fredag 2026-12-11, kl. 14–16\n\n"
     "Vilken tid passar dig? Se gärna till att det går att komma åt vattenavstängningen under "
     "diskbänken.\n\n"
     "Vänliga hälsningar\nSara Berg\nVitvaruMontage Syd",
     [], "Home-service appointment with two slots; clean."),
    ("custom-design-verification", "text",
     "Korrektur av tryck – order {oid}",
     "Hej!\n\n"
     "Här kommer korrekturen för tygkassarna i order {oid} som bilaga. Texten lyder "
     "”Ekbackens förskola – vårfesten 2027”, tryckfärg mörkgrön, bredd 22 cm.\n\n"
     "Kontrollera stavningen och bekräfta korrekturen, eller skriv vad du vill ändra. Vi trycker "
     "först när du har godkänt.\n\n"
     "Hälsningar\nOlle\nTryckverkstan Umeå",
     [], "Custom design proof awaiting approval; clean."),
    ("fulfillment-question", "text",
     "Portkod behövs – order {oid}",
     "Hej,\n\n"
     "för leveransen av bokhyllan i order {oid} (leveransreferens LR-2026-55831, lägenhet 1102) "
     "behöver budet portkoden till huset på Sveavägen. Kan du skicka koden till porten och, om "
     "det finns, till gården?\n\n"
     "Tack!\nMöbelmagasinet",
     [], "Door-code question with reference numbers; clean."),
    ("reply", "text",
     "Sv: Passar den min vattenkokare? – {oid}",
     "Hej,\n\n"
     "”Kalkfilter Universal Replacement Filter 2-Pack” passar de flesta vattenkokare med "
     "filteröppning på 5–6 cm, så din modell bör fungera fint.\n\n"
     "Hälsningar\nHushållsDelar (order {oid})",
     [], "Reply quoting an English product title inside Swedish sentences; clean."),
    ("reply", "text",
     "Sv: Borrmaskinen startar inte – order {oid}",
     "Hej Mikael,\n\n"
     "tråkigt att borrmaskinen från order {oid} har slutat fungera. Den har 3 års "
     "tillverkargaranti och garantiärenden hanteras direkt av tillverkarens service.\n\n"
     "Tillverkarens garantisupport (Bosch, garantiärenden): 08-750 15 00, vardagar 08.00–17.00.\n\n"
     "Hör av dig här om du inte kommer fram, så hjälper vi till.\n\n"
     "Hälsningar\nVerktygsboden",
     [], "Reply giving the manufacturer's warranty line, marked as such; clean."),
    ("reply", "text",
     "Sv: CE-märkning – {oid}",
     "Hej,\n\n"
     "leksakerna i order {oid} är CE-märkta och testade enligt EN 71-1 och EN 71-3. Vi kan "
     "bifoga en kopia av försäkran om överensstämmelse i nästa meddelande om du behöver den.\n\n"
     "Hälsningar\nAstrid\n\n"
     "Träleksaksverkstan HB\nKvarngatan 4, 753 20 Uppsala\n"
     "Org.nr 969712-3456 | Momsreg.nr SE969712345601",
     [], "Reply with a company-details footer; clean."),
    ("reply", "text",
     "Sv: Var är min återbetalning? – {oid}",
     "Hej,\n\n"
     "din retur med ärendenummer RET-2026-0873 (returpaket nr 00370734520012345678) kom in till "
     "oss 2026-12-02 kl. 10.45. Återbetalningen på 649,00 kr gjordes 2026-12-03 och brukar synas "
     "på kontot inom 3–5 bankdagar.\n\n"
     "Hälsningar\nReturavdelningen, Skohyllan – order {oid}",
     [], "Reply with return and tracking numbers, dates, times and amounts; clean."),
    # ---------------- violations (18-48) ----------------
    ("fulfillment-question", "text",
     "Din order {oid} är på väg",
     "Hej!\n\n"
     "Ditt paket från order {oid} har lämnat vårt lager i dag och lämnats över till PostNord. "
     "Räkna med leverans inom 1–3 arbetsdagar.\n\n"
     "Hälsningar\nPysselPallen",
     ["BSM201"], "Shipping confirmation: left the warehouse, handed to the carrier."),
    ("fulfillment-question", "text",
     "Vi har tagit emot din beställning ({oid})",
     "Hej,\n\n"
     "Stort tack – din beställning {oid} har kommit in och vi håller redan på att plocka ihop "
     "den.\n\n"
     "Cykelverkstan",
     ["BSM201"], "Order confirmation: order received and being picked."),
    ("fulfillment-question", "text",
     "Tack! ({oid})",
     "Hej Lisa,\n\n"
     "tusen tack för att du handlade hos Ljusstöperiet! Vi blev jätteglada.\n\n"
     "Varma hälsningar\nEmma och Frida",
     ["BSM202"], "Thanks-only message."),
    ("fulfillment-question", "text",
     "Order {oid}",
     "Hej,\n\n"
     "skulle något inte stämma med order {oid} finns vi här – svara bara på det här "
     "meddelandet.\n\n"
     "Hälsningar\nKundtjänst, KabelKungen",
     ["BSM202"], "Only offers help if anything comes up."),
    ("delivery-delay", "text",
     "Order {oid} skickas några dagar senare",
     "Hej,\n\n"
     "julkalendern i order {oid} skickas 2026-12-11 i stället för 2026-12-08, eftersom tryckeriet "
     "blev sena med förpackningarna.\n\n"
     "Förlåt för dröjsmålet!\nGodisgömman\n\n"
     "PS. Hela vårt sortiment på Amazon är 20 % billigare till och med nyårsafton.",
     ["BSM203"], "Permitted delay message with a promotional P.S."),
    ("reply", "text",
     "Sv: Storlek på tröjan – order {oid}",
     "Hej Sofia!\n\n"
     "tröjan i order {oid} är ganska rymlig, så med dina mått blir storlek S perfekt.\n\n"
     "Följ oss gärna på Instagram och prenumerera på vårt nyhetsbrev – i januari släpper vi en "
     "ny kollektion i alpackaull.\n\n"
     "Kram\nStickstugan",
     ["BSM203"], "Invites the buyer to follow the shop and subscribe to the newsletter."),
    ("review-request", "text",
     "Din recension – order {oid}",
     "Hej,\n\n"
     "vi blir väldigt glada om du vill recensera sjalen från order {oid} på Amazon. När "
     "recensionen har publicerats skickar vi en liten present som tack.\n\n"
     "Hälsningar\nSidenvägen",
     ["BSM204"], "Small gift once the review is published."),
    ("review-request", "text",
     "Ett erbjudande till dig – {oid}",
     "Hej Erik,\n\n"
     "vi vill gärna ha en recension av hörlurarna från order {oid}. Så fort din recension "
     "ligger ute på Amazon betalar vi tillbaka hela köpesumman.\n\n"
     "Vänliga hälsningar\nLjudPunkten",
     ["BSM204"], "Full refund as soon as the review is online."),
    ("reply", "text",
     "Sv: Laddaren – order {oid}",
     "Hej,\n\n"
     "vad bra att den nya laddaren till order {oid} fungerar! Eftersom problemet nu är löst, "
     "skulle du kunna uppdatera eller ta bort din negativa recension?\n\n"
     "Hälsningar\nMobilMekano",
     ["BSM205"], "Asks to update or remove an existing negative review."),
    ("review-request", "text",
     "Är du nöjd? ({oid})",
     "Hej,\n\n"
     "om du är nöjd med nackkudden från order {oid} blir vi tacksamma för en recension på Amazon. "
     "Är du inte nöjd – kontakta oss i stället innan du skriver något, så ordnar vi det.\n\n"
     "Hälsningar\nSovGott",
     ["BSM206"], "Review only if satisfied; unhappy buyers steered to the seller."),
    ("review-request", "text",
     "En liten bön – order {oid}",
     "Hej!\n\n"
     "Vi är ett litet familjeföretag i Småland och varje betyg betyder mycket. Vi skulle bli "
     "så glada för fem stjärnor till vår strykbräda (order {oid}).\n\n"
     "Familjen Nilsson\nHemmafixarna",
     ["BSM206"], "Asks for five stars."),
    ("delivery-delay", "text",
     "Försening – order {oid}",
     "Hej,\n\n"
     "slagborren i order {oid} är tyvärr slut hos tillverkaren och nästa leverans kommer först "
     "i februari 2027.\n\n"
     "Vill du inte vänta är det snabbaste att du själv avbryter ordern under ”Dina beställningar” "
     "på Amazon.\n\n"
     "Hälsningar\nVerktygsLagret",
     ["BSM108"], "Advises the buyer to cancel himself because stock ran out."),
    ("order-problem", "text",
     "Slut i lager – order {oid}",
     "Hej,\n\n"
     "tyvärr har kontorsstolen i order {oid} just sålt slut och vi får inte in fler.\n\n"
     "Vi vore tacksamma om du kunde begära en annullering av ordern via Amazon.\n\n"
     "Ursäkta besväret\nKontorsKomfort",
     ["BSM107", "BSM108"], "Asks for a cancellation request; no amount adjustment."),
    ("review-request", "text",
     "Din åsikt – order {oid}",
     "Hej,\n\n"
     "det har gått några dagar sedan order {oid} levererades. Skriv gärna en recension av "
     "produkten på Amazon om du har lust.\n\n"
     "Vill du inte få fler meddelanden från oss? Svara STOPP.\n\n"
     "Hälsningar\nNaturligt Vackert",
     ["BSM305"], "Opt-out instruction: reply STOPP."),
    ("reply", "text",
     "Sv: Fel färg – order {oid}",
     "Hej,\n\n"
     "någon jävla idiot på lagret har skickat fel färg på gardinerna i order {oid} igen, fan "
     "också. Säg till om du vill byta till grå eller få pengarna tillbaka.\n\n"
     "Hälsningar\nRoger, Gardinhuset",
     ["BSM306"], "Swedish profanity in a reply."),
    ("delivery-delay", "text",
     "Order {oid} – dispatch delayed",
     "Hello,\n\n"
     "unfortunately the stoneware bowl in order {oid} will be dispatched later than planned, "
     "as our kiln broke down. The new dispatch date is 14 December 2026.\n\n"
     "Sorry for the inconvenience.\n\n"
     "Kind regards\nLera & Eld",
     ["BSM104"], "Message in English for an sv-SE buyer."),
    ("reply", "text",
     "Sv: Montering av gardinstången – {oid}",
     "Hej,\n\n"
     "monteringen av gardinstången i order {oid} är lättast att förklara på telefon. Ring mig "
     "på 070-123 45 67, helst efter kl. 16.\n\n"
     "Hälsningar\nGöran, StångExperten",
     ["BSM309"], "National mobile number, not a warranty line."),
    ("delivery-scheduling", "text",
     "Leverans av kylskåp – order {oid}",
     "Hej,\n\n"
     "kylskåpet i order {oid} kan levereras måndag 14 december mellan kl. 10 och 14. Vid frågor "
     "kan du ringa chauffören direkt på +46 73 880 43 12.\n\n"
     "Hälsningar\nKylDirekt Transport",
     ["BSM309"], "International-format phone number of the driver."),
    ("reply", "text",
     "Sv: Kreditfaktura – {oid}",
     "Hej,\n\n"
     "angående kreditfakturan för order {oid}: mejla gärna direkt till ekonomi@mobelmagasinet.se "
     "så löser vi det snabbast.\n\n"
     "Hälsningar\nMöbelmagasinet",
     ["BSM308"], "Plain e-mail address."),
    ("reply", "text",
     "Sv: Trasig lampskärm – {oid}",
     "Hej,\n\n"
     "skicka gärna bilder på den trasiga skärmen från order {oid} till reklamation snabel-a "
     "lampgalleriet punkt se, så skickar vi en ny.\n\n"
     "Hälsningar\nLampgalleriet",
     ["BSM308"], "Obfuscated e-mail address with snabel-a / punkt."),
    ("reply", "html",
     "Sv: Tvätt av linnelakan – order {oid}",
     "<p>Hej,</p>"
     "<p>linnelakanen i order {oid} tvättar du bäst i 40 grader utan sköljmedel. Fler tips finns i "
     "<a href=\"https://www.linneladan.se/skotselrad\">skötselguiden för linne på vår webbplats</a>.</p>"
     "<p>Hälsningar<br>Linneladan</p>",
     ["BSM302"], "https link to the seller's own site with descriptive text."),
    ("review-request", "html",
     "Order {oid} – berätta vad du tycker",
     "<p>Hej,</p>"
     "<p>vi vore tacksamma för en recension av produkten från order {oid}.</p>"
     "<p><a href=\"http://www.amazon.se/review/create-review?asin=B0D3K8V2PL\">Skriv en recension "
     "av produkten på Amazon.se</a></p>"
     "<p>Hälsningar<br>Trädgårdsboden</p>",
     ["BSM301"], "Insecure http link to Amazon with descriptive text."),
    ("reply", "html",
     "Sv: Vilken färg är lampan? – {oid}",
     "<p>Hej,</p>"
     "<p>lampan i order {oid} har borstad mässingsfinish, så här:</p>"
     "<p><img src=\"https://m.media-amazon.com/images/I/taklampa-orbit-massing.jpg\" "
     "alt=\"Taklampa Orbit i mässing\" width=\"300\" height=\"300\"></p>"
     "<p>Hälsningar<br>Lampgalleriet</p>",
     ["BSM310"], "Image of the purchased product."),
    ("delivery-delay", "html",
     "Sommarhälsning och ny leveranstid – order {oid}",
     "<p><img src=\"https://m.media-amazon.com/images/S/stock/strand-solnedgang.jpg\" "
     "alt=\"Sandstrand i solnedgång\" width=\"300\" height=\"200\"></p>"
     "<p>Hej,</p>"
     "<p>hängmattan i order {oid} skickas 2026-12-15 i stället för 2026-12-10. Förlåt "
     "dröjsmålet!</p>"
     "<p>Hälsningar<br>Friluftsbolaget</p>",
     ["BSM311"], "Unrelated stock image (beach at sunset)."),
    ("review-request", "html",
     "Din recension – {oid}",
     "<p><img src=\"https://m.media-amazon.com/images/S/seller-logos/kaffekompaniet-logo.png\" "
     "width=\"150\" height=\"50\"></p>"
     "<p>Hej,</p>"
     "<p>om du har en minut får du gärna recensera kaffet från order {oid} på Amazon.</p>"
     "<p>Hälsningar<br>Kaffekompaniet</p>",
     ["BSM402"], "Shop logo without alt attribute."),
    ("delivery-delay", "text",
     "Lite försenat – {oid}",
     "Hejsan!\n\n"
     "Dina sockor från order {oid} skickas på fredag 11 december i stället för onsdag – "
     "stickmaskinen behövde lagas. Tack för ditt tålamod 🧦\n\n"
     "Gänget på Sockfabriken",
     ["BSM403"], "Emoji in a delay message."),
    ("reply", "text",
     "Sv: Passar skalet iPhone 15? – {oid}",
     "Hej,\n\n"
     "ja, skalet i order {oid} passar iPhone 15, men inte Plus-modellen ;-)\n\n"
     "Hälsningar\nSkalShoppen",
     ["BSM403"], "Emoticon ;-) in a reply."),
    ("delivery-delay", "html",
     "Order {oid} – nytt datum",
     "<style>h1{font-size:24px} h3{font-size:17px} p{font-size:13px} .sidfot{font-size:10px}</style>"
     "<h1>Nytt avsändningsdatum</h1>"
     "<h3>Order {oid}</h3>"
     "<p>Hej! Bokhyllan skickas 2026-12-16 i stället för 2026-12-09 – lackeringen tar några "
     "dagar extra.</p>"
     "<p class=\"sidfot\">Hyllmakarna AB, Industrivägen 3, 553 02 Jönköping</p>",
     ["BSM410"], "Four explicit font sizes in a <style> block."),
    ("additional-information", "html",
     "Text på muggen – order {oid}",
     "<p>Hej,</p>"
     "<p>i order {oid} har fältet för text på muggen lämnats tomt.<br><br><br>"
     "Vilken text vill du ha? Högst 20 tecken.</p>"
     "<p>Hälsningar<br>Muggtryckeriet</p>",
     ["BSM412"], "Three <br> in a row in HTML."),
    ("invoice", "text",
     "[Viktigt] Faktura för order {oid}",
     "Hej,\n\n"
     "här bifogas faktura nr 2026/12/0611 för order {oid}. Totalt 1 120,00 kr inklusive moms.\n\n"
     "Hälsningar\nFriluftsbolaget i Åre AB\nOrg.nr 559012-3344",
     ["BSM110"], "[Viktigt] tag on an invoice."),
    ("review-request", "html",
     "Recension – order {oid}",
     "<p>Hej,</p>"
     "<p>vi blir glada för några ord om ryggsäcken från order {oid}. "
     "<a href=\"https://www.amazon.se/review/create-review?asin=B0BQ7M5T3X\">Läs mer</a></p>"
     "<p>Hälsningar<br>Packa &amp; Gå</p>",
     ["BSM401"], "Non-descriptive link text 'Läs mer'."),
    # ---------------- varying (49-50) ----------------
    ("delivery-delay", "html",
     "Ny leveranstid för order {oid}",
     "<p>Hej,</p>"
     "<p>grytset i order {oid} skickas 2026-12-14 i stället för 2026-12-07. Vi ber om ursäkt.</p>"
     "<p>Hälsningar<br>Köksbutiken Gryta</p>"
     "<img src=\"https://t.mailfabriken.example/open.gif?uid=88412&amp;cid=dec26\" width=\"1\" "
     "height=\"1\" alt=\"\">",
     ["BSM307", "BSM402"], "1x1 tracking pixel with empty alt from a mailing tool."),
    ("review-request", "html",
     "Hur blev det? – order {oid}",
     "<p><a href=\"https://www.ullboden.se\"><img "
     "src=\"https://m.media-amazon.com/images/S/seller-logos/ullboden-logo.png\" "
     "alt=\"Ullbodens logotyp\" width=\"160\" height=\"60\"></a></p>"
     "<p>Hej,</p>"
     "<p>vi vore tacksamma för en recension av vantarna från order {oid} på Amazon.</p>"
     "<p>Hälsningar<br>Ullboden</p>",
     ["BSM302", "BSM304"], "Shop logo linked to the seller's website."),
]


def _build():
    out = []
    for i, (typ, fmt, subj, body, expected, note) in enumerate(_RAW):
        oid = _ORDERS[i]
        out.append({
            "id": "v5-%s-%03d" % (LANG, i + 1),
            "language": LANG,
            "locale": LOCALE,
            "type": typ,
            "format": fmt,
            "subject": subj.replace("{oid}", oid),
            "body": body.replace("{oid}", oid),
            "order_id": oid,
            "expected": sorted(expected),
            "note": note,
        })
    return out


MESSAGES = _build()
