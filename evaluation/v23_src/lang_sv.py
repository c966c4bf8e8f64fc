"""v23 blind evaluation set: Swedish (sv-SE). Standard library only."""

LANG = "sv"
LOCALE = "sv-SE"
MESSAGES = []


def _oid(n):
    return "547-%07d-%07d" % ((n * 7919 + 2345671) % 10000000, (n * 104729 + 6543217) % 10000000)


def _m(typ, fmt, subject, body, expected, note):
    n = len(MESSAGES) + 1
    o = _oid(n)
    sub = subject.replace("{od}", o.replace("-", "")).replace("{o}", o)
    bod = body.replace("{od}", o.replace("-", "")).replace("{o}", o)
    MESSAGES.append({
        "id": "v23-sv-%03d" % n, "language": LANG, "locale": LOCALE, "type": typ,
        "format": fmt, "subject": sub, "body": bod, "order_id": o,
        "expected": sorted(expected), "note": note,
    })


# ---------------- clean (17) ----------------
_m("delivery-delay", "text", "Din order {o} blir lite försenad",
   "Hej Johanna!\n\nTyvärr har vår leverantör strulat med tyget, så kuddfodralen i order {o} skickas först den 16 december. Räkna med att de är hos dig före jul ändå.\n\nVi ber om ursäkt för dröjsmålet.\n\nHälsningar\nSara Lindqvist\nLinneboden",
   [], "Plain-text delay with a future ship date.")
_m("delivery-delay", "html", "Ändrat leveransdatum – {o}",
   "<p>Hej,</p><p>kaffekvarnen i order <strong>{o}</strong> har tyvärr fastnat i tullen hos vår grossist. Nytt beräknat avsändningsdatum:</p><table><tr><td>Order</td><td>{o}</td></tr><tr><td>Tidigare datum</td><td>2026-12-09</td></tr><tr><td>Nytt datum</td><td>2026-12-15</td></tr></table><p>Tack för ditt tålamod!</p><p>Mvh<br>Erik Sundberg<br><small>Bönor &amp; Bryggare AB</small></p>",
   [], "Builder HTML delay table with ISO dates, no styles.")
_m("order-problem", "text", "[Viktigt] Order {o} – en vara kan inte levereras",
   "Hej,\n\nvid packningen upptäckte vi att den sista ljusstaken i mässing hade en spricka i foten. Vi kan därför inte skicka den, och orderbeloppet för {o} har justerats med 349 kr. Pengarna syns på ditt konto inom några bankdagar. Resten av ordern går iväg som vanligt.\n\nVi beklagar verkligen.\n\nAnna Holm\nkundtjänst, Hemma hos Holm",
   [], "Order problem with [Viktigt] and a confirmed amount adjustment.")
_m("additional-information", "text", "Fråga om din order {o}",
   "Hej!\n\nFör att kunna gravera skärbrädan i order {o} behöver vi texten du vill ha – fältet blev tomt i beställningen. Max 20 tecken, å, ä och ö går bra.\n\nSvara bara på det här meddelandet så sätter vi igång direkt.\n\nHälsningar\nPelle på Träverkstan",
   [], "Asks for the engraving text needed to complete the order.")
_m("return-follow-up", "text", "Angående returen av {o}",
   "Hej Maria,\n\nvi har fått tillbaka lampan från order {o}, men skärmen har en repa som inte fanns när den skickades. I stället för att skicka tillbaka lampan kan vi erbjuda en delåterbetalning på 250 kr av 599 kr. Låter det okej så räcker ett kort svar.\n\nVänliga hälsningar\nLinda Ek\nLjusgården",
   [], "Return follow-up offering a partial refund.")
_m("return-follow-up", "text", "Retur {o} – en sak vi behöver veta",
   "Hej,\n\ni returpaketet för order {o} låg två par vantar, men returen gäller ett par. Ska båda returneras eller ska vi skicka tillbaka det ena paret till dig? Vi kan inte slutföra returen innan vi vet.\n\nTack på förhand\nKarin, Yllestugan",
   [], "Return follow-up asking for information to finish the return.")
_m("invoice", "text", "Faktura för order {o}",
   "Hej,\n\nbifogat finns faktura nr F/2026/1187 för order {o}.\n\nBelopp inkl. moms: 2 495,00 kr (varav moms 25 %: 499,00 kr)\nFakturadatum: 2026-12-04\n\nMed vänliga hälsningar\nEkonomiavdelningen\nNordljus Handel AB, Industrigatan 12, 211 45 Malmö\nOrg.nr 556123-4567, Momsreg.nr SE556123456701\nInnehar F-skattsedel",
   [], "Invoice with Org.nr, Momsreg.nr and invoice number with a slash.")
_m("review-request", "text", "Hur blev det med {o}?",
   "Hej!\n\nNu har filten från order {o} hunnit landa hemma hos dig i några dagar. Om du har en minut över vore vi tacksamma för en recension på Amazon – alla omdömen hjälper andra köpare att välja rätt.\n\nHa det gott\nYllestugan",
   [], "Neutral plain-text review request.")
_m("review-request", "html", "Dela gärna din upplevelse – {o}",
   "<p><img src=\"https://bilder.tradgardsboden.se/logo-tradgardsboden.png\" alt=\"Trädgårdsbodens logotyp\" width=\"160\"></p><p>Hej,</p><p>tack för din beställning {o}. Vill du berätta vad du tycker kan du göra det här: <a href=\"https://www.amazon.se/review/create-review?asin=B0C7Q1W2E3\">skriv en recension av produkten på Amazon.se</a>.</p><p>Hälsningar<br>Trädgårdsboden</p>",
   [], "HTML review request with the shop logo and a descriptive https Amazon link.")
_m("delivery-scheduling", "text", "Leverans av soffan – order {o}",
   "Hej,\n\nsoffan i order {o} levereras med lastbil och chauffören behöver boka en tid med dig. Följande tider finns:\n\n- tisdag 15/12 kl. 07.00–12.00\n- onsdag 16/12 kl. 12.00–17.00\n- fredag 18/12 kl. 07.00–12.00\n\nVilken passar bäst? Bärhjälp till våningsplan ingår.\n\nMvh\nJonas Berg\nMöbelhuset Berg",
   [], "Delivery scheduling with Swedish dates and time slots.")
_m("home-service-appointment", "text", "Installation av diskmaskinen – {o}",
   "Hej!\n\nI order {o} ingår installation av diskmaskinen. Vår montör kan komma torsdag den 10 december mellan kl. 08.00 och 10.00, eller lördag den 12 december mellan kl. 10.00 och 12.00. Vilken tid funkar för er?\n\nSe gärna till att det går att komma åt vattenavstängningen under diskbänken.\n\nHälsningar\nVitvaruMontage i Uppsala",
   [], "Home-service appointment with two slots.")
_m("custom-design-verification", "html", "Korrektur att godkänna – {o}",
   "<p>Hej,</p><p>här kommer korrekturet (bifogat: korrektur_{o}.pdf) för trycket på muggen i order {o}. Kolla gärna stavningen på namnen och datumet.</p><ul><li>Text: ”Elsa &amp; Oskar 2027-06-12”</li><li>Typsnitt: som i förhandsvisningen</li></ul><p>Om allt ser bra ut räcker det att svara ”godkänt”.</p><p>Hälsningar<br>Muggtryckeriet</p>",
   [], "Design proof to verify.")
_m("fulfillment-question", "text", "Portkod – order {o}",
   "Hej,\n\nvi kör ut krukväxterna i order {o} själva (körorder KO-2026-1188) och ser att porten på Vasagatan 8 är låst. Kan du skicka portkoden eller namnet på dörren? Utkörningen är planerad till 2026-12-11.\n\nTack!\nKrukväxtkompaniet",
   [], "Door-code question with reference numbers.")
_m("reply", "text", "Sv: Storleksfråga – {o}",
   "Hej Anders,\n\nI order {o} beställde du jackan ”Alpine Ridge Shell Jacket – Men's” i storlek L. Den sitter ganska smalt över axlarna, så XL är nog ett bättre val om du är bred där. Byte gör du enklast via returflödet på Amazon.\n\nHälsningar\nMattias, Fjällboden",
   [], "Reply quoting an English product title in Swedish sentences.")
_m("reply", "text", "Sv: Garanti – order {o}",
   "Hej,\n\nskruvdragaren i order {o} har tre års tillverkargaranti. Snabbast går det att anmäla felet direkt till tillverkarens garantisupport (Verktygsbolaget Norden): 08-520 100 00, vardagar 08.00–16.00. Garantibeviset ligger i kartongen.\n\nMed vänlig hälsning\nBo Nyström\nJärnhandeln i Västerås",
   [], "Manufacturer's warranty line marked as such (BSM309 exception).")
_m("reply", "html", "Sv: Företagsuppgifter på fakturan – {o}",
   "<p>Hej,</p><p>visst, vi kan ändra företagsnamnet på fakturan för order {o}. Bekräfta bara organisationsnumret så fixar vi en ny.</p><p>Vänliga hälsningar<br>Emma Sjöberg<br>Kundansvarig</p><p><small>Sjöberg Textil AB, Storgatan 5, 411 38 Göteborg<br>Org.nr 559012-3456, Momsreg.nr SE559012345601<br>Styrelsens säte: Göteborg</small></p>",
   [], "Reply with a Swedish company footer in <small>.")
_m("reply", "text", "Sv: Var är mitt paket? {o}",
   "Hej,\n\njag har kollat: returen för order {o} har returnummer RMA-2026-0412 och returpaketet (kolli-id 00370987654321098765) kom fram till oss 2026-12-04 kl. 13.42. Återbetalningen på 1 199 kr gör vi senast 2026-12-09.\n\nHälsningar\nOlle, Cykelverket",
   [], "Reply with tracking/return numbers, dates, times and amounts.")

# ---------------- violations (31) ----------------
_m("reply", "text", "Sv: Order {o}",
   "Hej!\n\nGoda nyheter – paketet med order {o} har lämnat vårt lager och är på väg till dig.\n\nHälsningar\nTebutiken Ångan",
   ["BSM201"], "Parcel left the warehouse.")
_m("fulfillment-question", "html", "Order {o}",
   "<p>Hej,</p><p>vi har tagit emot din beställning {o} och håller just nu på att plocka ihop den. Så fort den är packad lämnas den över till PostNord.</p><p>Hälsningar<br>Pappershandeln Bläck</p>",
   ["BSM201"], "Order received and being prepared.")
_m("reply", "text", "Tack! {o}",
   "Hej,\n\nstort tack för att du handlade hos oss och för förtroendet (order {o})!\n\nKram\nTvålkokeriet",
   ["BSM202"], "Thanks only.")
_m("reply", "text", "Order {o}",
   "Hej,\n\nskulle något krångla med order {o} så finns vi här.\n\nMvh\nKaffekannan.se",
   ["BSM202"], "Only the offer to help if something comes up.")
_m("delivery-delay", "text", "Försenad leverans – {o}",
   "Hej,\n\nljusslingorna i order {o} skickas först 2026-12-16, leverantören hann inte med. Förlåt för det!\n\nHälsningar\nLjusfabriken\n\nPS. Hela sortimentet är 20 % billigare resten av månaden med koden VINTER20.",
   ["BSM203"], "Promotional P.S. with 20 % off everything.")
_m("reply", "text", "Sv: Färgen på örngottet – {o}",
   "Hej,\n\nnyansen ”salvia” i order {o} är i verkligheten lite varmare än på bilden, men i dagsljus ser den ut precis som i beskrivningen.\n\nGillar du sånt här? Följ oss på Instagram och anmäl dig till vårt nyhetsbrev – i januari släpper vi en ny linnekollektion!\n\nHälsningar\nLinnestinan",
   ["BSM203"], "Follow us / newsletter / new collection.")
_m("review-request", "text", "En liten bön – {o}",
   "Hej!\n\nVi hoppas att ljusen i order {o} doftar som de ska. Vi blir jätteglada för en recension på Amazon – och så fort den är publicerad skickar vi en liten present som tack.\n\nHälsningar\nVaxverkstan",
   ["BSM204"], "Small gift once the review is published.")
_m("review-request", "text", "Order {o} – recension",
   "Hej,\n\nvi har ett erbjudande: skriv en recension av hörlurarna i order {o} så betalar vi tillbaka hela köpesumman när den ligger ute.\n\nMvh\nLjudhörnan",
   ["BSM204"], "Full refund as soon as the review is online.")
_m("reply", "text", "Sv: Reklamation – {o}",
   "Hej,\n\nden nya pumpen för order {o} väntar på ditt ombud. Nu när det är löst – skulle du kunna tänka dig att ändra ditt omdöme med en stjärna, eller kanske ta bort det helt?\n\nHälsningar\nCykelbasen",
   ["BSM205"], "Asks to change or remove a one-star review.")
_m("review-request", "text", "Hur gillar du fåtöljen? {o}",
   "Hej,\n\nom du är nöjd med fåtöljen i order {o} blir vi jätteglada för en recension på Amazon. Är det något som inte stämmer – hör av dig till oss i stället för att lämna ett omdöme, så löser vi det.\n\nHälsningar\nSittverket",
   ["BSM206"], "Only if satisfied, otherwise contact the seller instead.")
_m("review-request", "html", "Order {o}",
   "<p>Hej,</p><p>tack för att du köpte knivsetet (order {o}). Vi skulle bli otroligt tacksamma för fem stjärnor på Amazon – för ett litet företag betyder det massor.</p><p>Hälsningar<br>Eggen &amp; Co</p>",
   ["BSM206"], "Asks for five stars.")
_m("order-problem", "text", "[Viktigt] Order {o}",
   "Hej,\n\ntyvärr tog espressomaskinen i order {o} slut – grossisten har slutat med modellen. Vi har justerat orderbeloppet, men det snabbaste är om du själv avbryter ordern under Dina beställningar på Amazon, då blir allt klart direkt.\n\nVi beklagar\nKaffehörnet",
   ["BSM108"], "Advises the buyer to cancel because of no stock (amount adjusted).")
_m("order-problem", "text", "Problem med order {o}",
   "Hej,\n\nlagret visade två ryggsäckar kvar men det fanns inte en enda. Vi skulle uppskatta om du kunde skicka en begäran om att avbryta order {o}.\n\nFörlåt för besväret\nVandrarboden",
   ["BSM107", "BSM108"], "Asks for a cancellation request; no amount adjustment.")
_m("delivery-delay", "text", "Order {o} – nytt datum",
   "Hej,\n\nrullgardinerna i order {o} skickas 2026-12-15, en vecka senare än tänkt.\n\nHälsningar\nGardinmakarna\n\nVill du inte få fler meddelanden från oss? Svara STOPP.",
   ["BSM305"], "Reply-STOPP opt-out instruction.")
_m("reply", "text", "Sv: Var är paketet?? {o}",
   "Hej,\n\njag förstår att du är irriterad – den jävla budfirman har tappat bort våra paket tre gånger den här månaden. Vi utreder order {o} med transportören och återkommer senast i morgon.\n\nHälsningar\nSpel & Pussel i Lund",
   ["BSM306"], "Swedish profanity about the carrier.")
_m("delivery-delay", "text", "Order {o} – delay",
   "Hi,\n\nunfortunately your order {o} will ship a few days later than planned, on 14 December 2026. We apologise for the inconvenience.\n\nKind regards\nBärnstensboden team",
   ["BSM104"], "Whole message in English for a sv-SE buyer.")
_m("reply", "text", "Sv: Montering – {o}",
   "Hej,\n\ndet är enklast att ta det på telefon – ring mig på 070-123 45 67, jag svarar fram till 17. Gäller order {o}.\n\nHälsningar\nKalle, Snickeriet Ek",
   ["BSM309"], "Seller's mobile number in national format.")
_m("additional-information", "html", "Order {o} – uppgifter",
   "<p>Hej,</p><p>för att tillverka skylten i order {o} behöver vi dörrens mått. Vid frågor når du oss på <strong>+46 8 123 456 78</strong>.</p><p>Hälsningar<br>Gravyrateljén</p>",
   ["BSM309"], "Seller phone number in international format.")
_m("reply", "text", "Sv: Bilder på skadan – {o}",
   "Hej,\n\nbilderna på den spruckna krukan i order {o} skickar du enklast till reklamation@keramikladan.se så ordnar vi en ny direkt.\n\nHälsningar\nKeramikladan",
   ["BSM308"], "Plain e-mail address.")
_m("reply", "text", "Sv: Faktura till företag – {o}",
   "Hej,\n\nskicka fakturauppgifterna för order {o} till info snabel-a ortagarden punkt se, så fixar vår ekonom fakturan på en gång.\n\nHälsningar\nÖrtagården",
   ["BSM308"], "Obfuscated address with 'snabel-a' and 'punkt'.")
_m("reply", "html", "Sv: Skötsel – {o}",
   "<p>Hej,</p><p>skärbrädan i order {o} mår bäst av att oljas en gång i månaden. Fler tips finns i <a href=\"https://www.tradkoket.se/blogg/skotsel-av-skarbrador\">skötselguiden på vår blogg</a>.</p><p>Hälsningar<br>Träköket</p>",
   ["BSM302"], "https link to the seller's blog, descriptive text.")
_m("reply", "html", "Sv: Bruksanvisning – {o}",
   "<p>Hej,</p><p>bruksanvisningen till dammsugaren i order {o} hittar du på produktsidan: <a href=\"http://www.amazon.se/dp/B0D5F6G7H8\">dammsugarens produktsida på Amazon.se</a>.</p><p>Hälsningar<br>RentHem</p>",
   ["BSM301"], "http link to Amazon with descriptive text.")
_m("review-request", "html", "Order {o} – vad tycker du?",
   "<p>Hej,</p><p><img src=\"https://bilder.vitakannan.se/produkter/vit-kanna-1l.jpg\" alt=\"Vit keramikkanna 1 liter\" width=\"300\"></p><p>vi hoppas att kannan i order {o} kommer till användning. Ett omdöme kan du lämna via beställningen på Amazon.</p><p>Hälsningar<br>Vita Kannan</p>",
   ["BSM310"], "Photo of the purchased product.")
_m("delivery-delay", "html", "Försenad order {o}",
   "<p><img src=\"https://bilder.surfbutiken.se/stock/julgran-i-sno.jpg\" alt=\"Julgran i snö\" width=\"400\"></p><p>Hej,</p><p>våtdräkten i order {o} skickas 2026-12-18 – vi väntar på storlek M.</p><p>Hälsningar<br>Surfbutiken Våg</p>",
   ["BSM311"], "Unrelated stock Christmas-tree image.")
_m("invoice", "html", "Faktura – {o}",
   "<p><img src=\"https://bilder.plantskolan-ros.se/plantskolan-ros-logo.png\" alt=\"\" width=\"150\"></p><p>Hej,</p><p>bifogat finns faktura 2026/12/311 för order {o}.</p><p>Hälsningar<br>Plantskolan Ros</p>",
   ["BSM402"], "Shop logo with empty alt.")
_m("delivery-delay", "text", "Order {o}",
   "Hej hej,\n\njulkorten i order {o} håller fortfarande på att torka efter tryck 🎄 Vi skickar dem måndag 14/12.\n\nHälsningar\nPappersfågeln",
   ["BSM403"], "Emoji.")
_m("reply", "text", "Sv: Storlek – {o}",
   "Hej,\n\ningen fara, mössan i order {o} är stickad i ull med lite elastan så den formar sig ;-) Blir den ändå för liten är ett byte via Amazon snabbt fixat.\n\nHälsningar\nStickstugan",
   ["BSM403"], "Emoticon ';-)'.")
_m("delivery-delay", "html", "Order {o} – nytt datum",
   "<style>.h1{font-size:24px}.h2{font-size:18px}.s1{font-size:12px}.s2{font-size:10px}</style><p class=\"h1\">Nytt leveransdatum</p><p class=\"h2\">Order {o}</p><p>Hej, soffbordet skickas 2026-12-17 i stället för 2026-12-10.</p><p class=\"s1\">Vi ber om ursäkt för förseningen.</p><p class=\"s2\">Möbelsnickarna i Mora</p>",
   ["BSM410"], "Four explicit sizes in a <style> block.")
_m("additional-information", "html", "Order {o} – fråga",
   "<p>Hej,</p><p>i leveransadressen för order {o} saknas lägenhetsnumret.<br><br><br>Kan du skicka det till oss?</p><p>Hälsningar<br>Akvariebutiken Fisken</p>",
   ["BSM412"], "Three <br> in a row.")
_m("invoice", "text", "[Viktigt] Faktura för order {o}",
   "Hej,\n\nbifogat hittar du fakturan F/2026/1302 för order {o}.\n\nHälsningar\nTeboden Kopparkitteln",
   ["BSM110"], "[Viktigt] on a non-critical invoice.")
_m("reply", "html", "Sv: Mått – {o}",
   "<p>Hej,</p><p>alla mått på bokhyllan i order {o} finns i produktbeskrivningen. <a href=\"https://www.amazon.se/dp/B0C1V2B3N4\">Läs mer</a></p><p>Hälsningar<br>Hyllmakarna</p>",
   ["BSM401"], "Non-descriptive link text 'Läs mer'.")

# ---------------- varying (2) ----------------
_m("delivery-delay", "html", "Order {o} – senare leverans",
   "<p style=\"font-family:Arial, sans-serif; color:#333333\">Hej,</p><p style=\"font-family:Arial, sans-serif; color:#333333\">tavelramarna i order {o} skickas först 2026-12-15 – vi väntar på glas från leverantören.</p><p style=\"font-family:Arial, sans-serif; color:#333333\">Hälsningar<br>Ramverket</p>",
   ["BSM407", "BSM409"], "Builder styles setting font-family and text colour.")
_m("delivery-delay", "html", "Order {o} – ändrat datum",
   "<p><a href=\"https://www.ljusstakeboden.se\"><img src=\"https://www.ljusstakeboden.se/logo-ljusstakeboden.png\" alt=\"Ljusstakebodens logotyp\" width=\"160\"></a></p><p>Hej,</p><p>ljusstaken i order {o} skickas 2026-12-16.</p><p>Hälsningar<br>Ljusstakeboden</p>",
   ["BSM302", "BSM304"], "Shop logo linked to the shop's website.")
