"""Swedish (sv-SE) messages for the v22 blind evaluation set."""

MESSAGES = []


def _m(n, typ, fmt, subject, body, oid, expected, note, locale="sv-SE"):
    MESSAGES.append({
        "id": "v22-sv-%03d" % n, "language": "sv", "locale": locale, "type": typ,
        "format": fmt, "subject": subject, "body": body, "order_id": oid,
        "expected": sorted(expected), "note": note,
    })


_m(1, "delivery-delay", "text", "Din order 537-3318204-7720915 blir lite försenad",
   "Hej Elin!\n\nVår leverantör har strulat med leveransen av lingonbrickorna, så din order 537-3318204-7720915 skickas först torsdag 10 december. Räkna med att den är framme i början av veckan därpå.\n\nVi ber om ursäkt för dröjsmålet.\n\nHälsningar\nAnna på Skogsbrickan", "537-3318204-7720915", [],
   "Plain-text delay notice in a friendly register.")
_m(2, "delivery-delay", "html", "Försenad leverans – order 537-8841027-2259630",
   "<p>Hej Johan,</p><p>tyvärr har tillverkningen av ditt skrivbord (order <strong>537-8841027-2259630</strong>) dragit ut på tiden.</p><table><tr><td>Ursprungligt utskick:</td><td>2026-12-08</td></tr><tr><td>Nytt utskick:</td><td>2026-12-15</td></tr></table><p>Passar det inte får du gärna svara på det här meddelandet.</p><p>Med vänliga hälsningar<br>Mikael Lund<br><small>Nordsnickeriet AB</small></p>",
   "537-8841027-2259630", [], "Builder HTML delay with a plain table, no styling.")
_m(3, "order-problem", "text", "[Viktigt] Varan kan inte skickas – order 537-5529017-0093348",
   "Hej,\n\nvid vår kvalitetskontroll upptäckte vi att den sista kaffekvarnen från order 537-5529017-0093348 var skadad, och vi har ingen fler i lager. Orderbeloppet har justerats och 1 295 kr återbetalas till dig inom några bankdagar.\n\nVi beklagar verkligen.\nKafferosteriet Bönan", "537-5529017-0093348", [],
   "Order problem with amount adjusted; [Viktigt] allowed on this type.")
_m(4, "additional-information", "text", "Fråga om gravyr – 537-2206483-8817701",
   "Hej Sara!\n\nFör att kunna gravera armbandet i order 537-2206483-8817701 behöver vi veta vilken text du vill ha, max 15 tecken. Versaler eller gemener?\n\nTack på förhand!\nLina, Silversmedjan i Visby", "537-2206483-8817701", [],
   "Asks for engraving text needed to complete the order.")
_m(5, "return-follow-up", "text", "Angående returen av order 537-9917330-4426085",
   "Hej,\n\ntack för bilderna på den repade skärbrädan (order 537-9917330-4426085). I stället för att du skickar tillbaka den kan vi erbjuda en delåterbetalning på 120 kr, och så behåller du brädan. Svara bara ja om det låter bra.\n\nVänliga hälsningar\nKarin Berg\nTräverkstan", "537-9917330-4426085", [],
   "Return follow-up offering a partial refund.")
_m(6, "return-follow-up", "text", "Sv: retur skor, order 537-6640218-3378814",
   "Hej Erik,\n\nför att vi ska kunna slutföra returen (order 537-6640218-3378814) behöver vi veta om skorna har använts utomhus, och gärna kollinumret om du redan har skickat dem.\n\nHälsningar\nSkoboden i Umeå", "537-6640218-3378814", [],
   "Return follow-up asking for information needed to complete it.")
_m(7, "invoice", "text", "Faktura 2026/12/0318 för order 537-1128806-5574290",
   "Hej,\n\nbifogat finns faktura nr 2026/12/0318 för order 537-1128806-5574290, totalt 3 490,00 kr inkl. moms (varav moms 25 %: 698,00 kr).\n\nMed vänlig hälsning\nEkonomiavdelningen\n\nVerktygsbolaget Norr AB\nStorgatan 12, 903 26 Umeå\nOrg.nr 556123-4567 · Momsreg.nr SE556123456701\nGodkänd för F-skatt", "537-1128806-5574290", [],
   "Invoice with Org.nr, VAT number and a slashed invoice number.")
_m(8, "review-request", "text", "Hur funkar ryggsäcken? Order 537-4453019-9960127",
   "Hej Oskar!\n\nNu har ryggsäcken från order 537-4453019-9960127 varit hos dig en vecka. Om du har en minut över skulle vi uppskatta en recension på Amazon – oavsett vad du tycker, så hjälper det andra att välja.\n\nTack!\nFjällutrustning i Åre", "537-4453019-9960127", [],
   "Neutral review request.")
_m(9, "review-request", "html", "Vad tyckte du om order 537-0075541-2218836?",
   "<p><img src=\"https://static.glasbruket.se/logo-glasbruket.png\" alt=\"Glasbrukets logotyp\" width=\"160\"></p><p>Hej,</p><p>det har gått några dagar sedan dina glas kom fram (order 537-0075541-2218836). Vi blir glada för några rader om köpet, både beröm och kritik.</p><p><a href=\"https://www.amazon.se/review/review-your-purchases/?asin=B0DGLA5S77\">Skriv en recension av glasen på Amazon.se</a></p><p>Hälsningar<br>Glasbruket</p>",
   "537-0075541-2218836", [], "HTML review request with logo and descriptive https Amazon link.")
_m(10, "delivery-scheduling", "text", "Leverans av soffan – order 537-3362290-7704158",
   "Hej!\n\nSoffan från order 537-3362290-7704158 väger runt 95 kg och levereras med bärhjälp. Lediga tider:\n- tisdag 15/12 kl. 08–12\n- onsdag 16/12 kl. 12–16\n- fredag 18/12 kl. 08–12\n\nVilken tid passar bäst? Skriv också vilken våning det är och om det finns hiss.\n\nMvh\nMöbelfrakt Mälardalen", "537-3362290-7704158", [],
   "Scheduling delivery of a bulky sofa.")
_m(11, "home-service-appointment", "text", "Installation av diskmaskin – 537-7708143-1129365",
   "Hej Maria,\n\nnu är det dags att boka in installationen av diskmaskinen (order 537-7708143-1129365). Vår montör kan komma måndag 21 december mellan 09.00 och 11.00, eller tisdag 22 december efter 14.00. Vilket passar?\n\nHälsningar\nPeter Sjöberg\nbokningsansvarig, VitvaruService Göteborg", "537-7708143-1129365", [],
   "Home-service appointment with two slots.")
_m(12, "custom-design-verification", "text", "Korrektur för godkännande – 537-2214476-6638092",
   "Hej,\n\nhär kommer korrekturen på dörrskylten med texten ”Familjen Lindqvist” (order 537-2214476-6638092), se bilagan. Kolla stavning och placering, så sätter vi igång med graveringen så fort du godkänt.\n\nHälsningar\nEmma\nSkyltmakarna", "537-2214476-6638092", [],
   "Design proof for approval.")
_m(13, "fulfillment-question", "text", "Portkod behövs – order 537-5503318-4471209",
   "Hej,\n\nvår egen chaufför kör ut bokhyllan i order 537-5503318-4471209 fredag 11/12 (följesedel FS-2026-0871, slinga 14). Porten på Tegnérgatan 4 är låst – kan du skicka portkoden och lägenhetsnumret?\n\nVänliga hälsningar\nTrädgårdsboden", "537-5503318-4471209", [],
   "Door-code question with reference numbers and a date.")
_m(14, "reply", "text", "Sv: Fråga om produkt – 537-8819360-3302547",
   "Hej!\n\nJa, ”Wild Lavender Hand Cream” i order 537-8819360-3302547 är samma produkt som förra året, det är bara förpackningen som är ny. Innehållet är oförändrat.\n\nHälsningar\nJosefin på Naturligt Vacker", "537-8819360-3302547", [],
   "Reply quoting an English product title in Swedish sentences.")
_m(15, "reply", "text", "Sv: garanti borrmaskin, order 537-4427105-9916638",
   "Hej Lars,\n\nborrmaskinen i order 537-4427105-9916638 har två års tillverkargaranti. Snabbast går det via tillverkarens garantisupport (Bosch Sverige): 08-750 18 00, vardagar 8–16.\n\nMed vänliga hälsningar\nVerktygslådan", "537-4427105-9916638", [],
   "Manufacturer's warranty line, marked as such.")
_m(16, "reply", "text", "Sv: fakturaadress – 537-6605874-2287311",
   "Hej,\n\nvi har uppdaterat företagsuppgifterna, fakturan för order 537-6605874-2287311 ställs ut på den nya adressen.\n\nVänliga hälsningar\n\nPappershuset i Lund AB\nKlostergatan 7, 222 22 Lund\nOrg.nr 556789-0123\nMomsreg.nr SE556789012301\nStyrelsens säte: Lund", "537-6605874-2287311", [],
   "Reply with a company-details footer.")
_m(17, "reply", "text", "Sv: Var är mina pengar? 537-1190843-5563370",
   "Hej,\n\nvi har kollat: returen för order 537-1190843-5563370 kom in till oss 3 december kl. 11.42 (returnummer R-2026-1187). Återbetalningen på 449 kr gick iväg 4/12 och bör synas på kontot senast 11/12.\n\nHälsningar\nSportkällaren", "537-1190843-5563370", [],
   "Reply with return number, dates, time and amount.")
# violations
_m(18, "fulfillment-question", "text", "Nu är paketet på väg! 537-2208817-6640943",
   "Hej,\n\nkul att meddela att paketet med order 537-2208817-6640943 lämnade vårt lager i morse och nu är överlämnat till PostNord.\n\nHälsningar\nLeksakslådan", "537-2208817-6640943", ["BSM201"],
   "Shipment confirmation: left the warehouse, handed to carrier.")
_m(19, "fulfillment-question", "text", "Order 537-7719932-0084416",
   "Hej hej,\n\nvi har fått din beställning 537-7719932-0084416 och håller på att plocka ihop den just nu.\n\nTeboden i Gamla stan", "537-7719932-0084416", ["BSM201"],
   "Order received and being prepared.")
_m(20, "reply", "text", "Tack! 537-4426601-8871209",
   "Stort tack för att du handlade hos oss!\n\nOrder 537-4426601-8871209\n\nGarnaffären Nystan", "537-4426601-8871209", ["BSM202"],
   "Thanks only.")
_m(21, "fulfillment-question", "text", "537-9903318-1152074",
   "Hej,\n\nskulle något krångla med order 537-9903318-1152074 så finns vi här.\n\nHälsningar\nCykeldelar Norr", "537-9903318-1152074", ["BSM202"],
   "Only 'we are here if anything comes up'.")
_m(22, "delivery-delay", "text", "Försening – 537-5564129-3307718",
   "Hej,\n\norder 537-5564129-3307718 skickas med två dagars försening, onsdag 9/12. Ledsen för det!\n\nHälsningar\nHudvårdsbutiken Ros\n\nPS. Hela sortimentet är 20 % billigare till månadsskiftet med koden ROS20.", "537-5564129-3307718", ["BSM203"],
   "Delay notice with a P.S. discount on the whole range.")
_m(23, "review-request", "text", "Hur doftar ljuset? 537-0038812-7726650",
   "Hej,\n\nom du har tid får du gärna recensera ljuset från order 537-0038812-7726650 på Amazon.\n\nFölj oss gärna på Instagram och skriv upp dig på nyhetsbrevet – i januari släpper vi vår nya vinterkollektion.\n\nLjusstöperiet", "537-0038812-7726650", ["BSM203"],
   "Follow us, newsletter, new collection.")
_m(24, "review-request", "text", "En liten överraskning – order 537-6617730-4409251",
   "Hej,\n\nvi blir glada för en recension av order 537-6617730-4409251. När den är publicerad skickar vi en liten present som tack.\n\nHälsningar\nTehuset", "537-6617730-4409251", ["BSM204"],
   "Small token once the review is published.")
_m(25, "review-request", "text", "537-3375516-9928104",
   "Hej,\n\nett erbjudande: skriv en recension av hörlurarna (order 537-3375516-9928104), så betalar vi tillbaka hela beloppet så fort den ligger ute.\n\nMvh\nLjudbutiken", "537-3375516-9928104", ["BSM204"],
   "Full refund as soon as the review is online.")
_m(26, "reply", "text", "Sv: reklamation, order 537-8850442-1163987",
   "Hej,\n\nen ny laddare skickar vi i morgon (order 537-8850442-1163987). Nu när det är löst – kan du tänka dig att ändra eller ta bort ditt betyg med en stjärna? Det skulle betyda mycket för oss.\n\nHälsningar\nElektronikdepån", "537-8850442-1163987", ["BSM205"],
   "Asks to change or remove a one-star review.")
_m(27, "review-request", "text", "Nöjd? 537-1147829-5506613",
   "Hej,\n\när du nöjd med påslakanet (order 537-1147829-5506613) får du gärna lämna en recension på Amazon. Är något fel så hör av dig till oss först i stället för att recensera.\n\nLinneboden", "537-1147829-5506613", ["BSM206"],
   "Review only if satisfied; unhappy buyers steered away.")
_m(28, "review-request", "text", "En liten bön – 537-2291604-8837752",
   "Hej!\n\nVi är ett litet familjeföretag, så om du vill ge oss fem stjärnor för order 537-2291604-8837752 blir vi jätteglada.\n\nJessica, Pysselhörnan", "537-2291604-8837752", ["BSM206"],
   "Asks for five stars.")
_m(29, "order-problem", "text", "Termosmuggen är slut – order 537-6632078-2214459",
   "Hej,\n\ntermosmuggen i order 537-6632078-2214459 tog tyvärr slut, orderbeloppet är redan justerat med 199 kr. Räcker inte termosen ensam är det smidigast om du avbryter resten av ordern själv via ditt konto.\n\nHälsningar\nFriluftsbolaget", "537-6632078-2214459", ["BSM108"],
   "Amount adjusted but buyer advised to cancel herself because stock ran out.")
_m(30, "order-problem", "text", "Order 537-4419307-7751026",
   "Hej,\n\ntillverkaren har slutat leverera den här vattenkokaren och vi har inga kvar i lager. Vi skulle uppskatta om du kunde begära en avbokning av order 537-4419307-7751026.\n\nFörlåt för besväret\nKök & Hem Jansson", "537-4419307-7751026", ["BSM107", "BSM108"],
   "Asks for a cancellation request without any adjustment.")
_m(31, "delivery-delay", "text", "Ny leveransdag – 537-9980215-3326479",
   "Hej,\n\norder 537-9980215-3326479 skickas fredag 11/12 i stället för tisdag.\n\nHälsningar\nAkvariehörnan\n\nVill du inte få fler meddelanden från oss? Svara STOPP.", "537-9980215-3326479", ["BSM305"],
   "Opt-out instruction (reply STOPP).")
_m(32, "reply", "text", "Sv: var är paketet 537-1173350-6602218",
   "Hej,\n\nden där jävla fraktfirman har kört bort vårt paket för tredje gången nu, vilket jävla skämt. Vi skickar order 537-1173350-6602218 igen i morgon bitti med ett annat bud.\n\nStefan, MC-delar Syd", "537-1173350-6602218", ["BSM306"],
   "Swedish profanity in a reply.")
_m(33, "delivery-delay", "text", "Forsinkelse på ordre 537-5517264-0098831",
   "Hei,\n\nordren din 537-5517264-0098831 blir dessverre forsinket med tre dager. Vi sender den 12. desember.\n\nMed vennlig hilsen\nFjordtrykk", "537-5517264-0098831", ["BSM104"],
   "Message to a Swedish buyer written entirely in Norwegian.")
_m(34, "fulfillment-question", "text", "Leverans – 537-3308846-4429170",
   "Hej,\n\nfrågor om leveransen av order 537-3308846-4429170? Ring mig direkt på 070-312 45 98, jag svarar fram till 18.\n\nAndreas, Cykelmekka", "537-3308846-4429170", ["BSM309"],
   "Seller's mobile number, national format.")
_m(35, "reply", "text", "Sv: order 537-7726603-1185542",
   "Hej,\n\nhar du fler frågor om order 537-7726603-1185542 når du vår kundtjänst på +46 8 123 456 78.\n\nVänliga hälsningar\nResebutiken Kappsäck", "537-7726603-1185542", ["BSM309"],
   "Shop phone number, international format.")
_m(36, "reply", "text", "Sv: retur, 537-2257819-9940036",
   "Hej,\n\nskicka gärna bilder på skadan (order 537-2257819-9940036) till kundservice@inredningsrummet.se så går det fortare.\n\nInredningsrummet", "537-2257819-9940036", ["BSM308"],
   "Plain e-mail address.")
_m(37, "additional-information", "text", "Mått – 537-8804451-2267093",
   "Hej,\n\nför order 537-8804451-2267093 behöver vi fönstrets mått. Enklast är att mejla dem till info snabel-a rullgardinsfabriken punkt se.\n\nHälsningar\nRullgardinsfabriken", "537-8804451-2267093", ["BSM308"],
   "Obfuscated e-mail address with 'snabel-a' and 'punkt'.")
_m(38, "reply", "html", "Sv: storlek jacka, 537-6618820-5532974",
   "<p>Hej,</p><p>för jackan i order 537-6618820-5532974 rekommenderar vi att du kollar vår <a href=\"https://www.vardagsmode.se/storleksguide\">storleksguide hos Vardagsmode</a>.</p><p>Hälsningar<br>Vardagsmode</p>",
   "537-6618820-5532974", ["BSM302"], "https link to the seller's own site.")
_m(39, "reply", "html", "Sv: manual, 537-0097713-4418265",
   "<p>Hej,</p><p>monteringsanvisningen finns på produktsidan: <a href=\"http://www.amazon.se/dp/B0DVXT41MK\">väggfästets produktsida på Amazon.se</a> (order 537-0097713-4418265).</p><p>Hälsningar<br>TV-Fästen Nord</p>",
   "537-0097713-4418265", ["BSM301"], "Insecure http link to Amazon.")
_m(40, "reply", "html", "Sv: färg, 537-4460387-7729051",
   "<p>Hej,</p><p>så här ser klänningen i order 537-4460387-7729051 ut i flaskgrönt:</p><p><img src=\"https://cdn.klanningshuset.se/img/midiklanning-flaskgron.jpg\" alt=\"Midiklänning i flaskgrönt\" width=\"300\"></p><p>Hälsningar<br>Klänningshuset</p>",
   "537-4460387-7729051", ["BSM310"], "Photo of the purchased dress.")
_m(41, "delivery-delay", "html", "Julförsening – 537-9912764-6643308",
   "<p><img src=\"https://cdn.presentlagret.se/img/strand-solnedgang.jpg\" alt=\"Strand i solnedgång\" width=\"300\"></p><p>Hej,</p><p>på grund av julruschen skickas order 537-9912764-6643308 först 14 december.</p><p>Hälsningar<br>Presentlagret</p>",
   "537-9912764-6643308", ["BSM311"], "Stock beach image unrelated to the shop.")
_m(42, "delivery-delay", "html", "Försening – 537-2235508-1170486",
   "<p><img src=\"https://cdn.ramverket.se/logo-ramverket.png\" width=\"150\"></p><p>Hej,</p><p>ramarna i order 537-2235508-1170486 skickas 15/12, två dagar senare än planerat.</p><p>Hälsningar<br>Ramverket</p>",
   "537-2235508-1170486", ["BSM402"], "Shop logo without an alt attribute.")
_m(43, "review-request", "text", "Smakar honungen? 537-7741190-3385627",
   "Hej!\n\nHoppas honungen från order 537-7741190-3385627 faller i smaken 🐝 Har du en minut får du gärna recensera den på Amazon.\n\nBiodlarna i Roslagen", "537-7741190-3385627", ["BSM403"],
   "Emoji.")
_m(44, "reply", "text", "Sv: 537-5509924-8806113",
   "Hej,\n\ningen fara, bytet av eluttaget i order 537-5509924-8806113 är redan ordnat, nytt exemplar skickas på måndag ;-)\n\nElbutiken", "537-5509924-8806113", ["BSM403"],
   "Text emoticon ;-).")
_m(45, "delivery-delay", "html", "Försening – 537-1186635-2253940",
   "<style>h1{font-size:28px}h2{font-size:21px}p{font-size:15px}.sidfot{font-size:10px}</style><h1>Lite ändrade planer</h1><h2>Order 537-1186635-2253940</h2><p>Tyget till kuddarna är försenat hos leverantören, så vi skickar 17 december.</p><p class=\"sidfot\">Kuddateljén</p>",
   "537-1186635-2253940", ["BSM410"], "Four font sizes in a style block.")
_m(46, "delivery-delay", "html", "Ändrad dag – 537-6643017-9912558",
   "<p>Hej,</p><p>order 537-6643017-9912558 skickas torsdag 10/12.<br><br><br><br>Hälsningar<br>Fiskeboden</p>",
   "537-6643017-9912558", ["BSM412"], "A run of four <br> in a row.")
_m(47, "invoice", "text", "[Viktigt] Faktura för order 537-3329471-0057736",
   "Hej,\n\nbifogat finns fakturan för order 537-3329471-0057736.\n\nHälsningar\nBokhandeln Bokmärket", "537-3329471-0057736", ["BSM110"],
   "[Viktigt] on an invoice.")
_m(48, "reply", "html", "Sv: bruksanvisning, 537-8871542-4420697",
   "<p>Hej,</p><p>bruksanvisningen för robotdammsugaren i order 537-8871542-4420697 hittar du här: <a href=\"https://www.amazon.se/dp/B0C9RBS2QX\">Läs mer</a></p><p>Hälsningar<br>SmartHem</p>",
   "537-8871542-4420697", ["BSM401"], "Non-descriptive link text 'Läs mer'.")
# varying
_m(49, "delivery-delay", "html", "Försening – 537-0026684-3349017",
   "<div style=\"padding: 0 140px;\"><p>Hej,</p><p>order 537-0026684-3349017 skickas 16 december, tre dagar senare än vi räknat med.</p><p>Hälsningar<br>Glasdesign Kosta</p></div>",
   "537-0026684-3349017", ["BSM405"], "140 px padding on each side (wide margin).")
_m(50, "review-request", "html", "Din åsikt om order 537-4478823-6615504",
   "<p>Hej,</p><p>vi blir glada för en recension av order 537-4478823-6615504, oavsett vad du tyckte.</p><p><a href=\"https://www.amazon.se/review/review-your-purchases/?asin=B0DKQ8L2MZ\">Recensera köpet på Amazon.se</a></p><p>Hälsningar<br>Örtagården</p><img src=\"https://t.mailpixel-sverige.se/open.gif?uid=77120&amp;o=537-4478823-6615504\" width=\"1\" height=\"1\" alt=\"\">",
   "537-4478823-6615504", ["BSM307", "BSM402"], "1x1 tracking pixel with empty alt.")
