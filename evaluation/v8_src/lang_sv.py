# -*- coding: utf-8 -*-
"""v8 blind set, Swedish (sv-SE)."""
LANG, LOC, PFX = "sv", "sv-SE", "609"
def oid(n): return "%s-%07d-%07d" % (PFX, 2650441 + n * 6133, 7719302 - n * 3853)
MESSAGES = []
def m(n, typ, fmt, subj, body, exp, note):
    o = oid(n)
    MESSAGES.append({"id": "v8-%s-%03d" % (LANG, n), "language": LANG, "locale": LOC, "type": typ,
        "format": fmt, "subject": subj.replace("{o}", o), "body": body.replace("{o}", o),
        "order_id": o, "expected": sorted(exp), "note": note})
m(1, "delivery-delay", "text", "Din order {o} blir lite försenad",
  "Hej Johan!\n\nVi ville bara säga till att skrivbordslampan i order {o} tyvärr skickas senare än vad som stod i annonsen. Vår leverantör i Småland har fått förseningar på skärmarna, så vi räknar nu med att kunna skicka den omkring den 15 december.\n\nVänliga hälsningar\nSara Lindqvist\nKundtjänst, Ljusverkstan", [], "Plain-text delivery delay.")
m(2, "delivery-delay", "html", "Ny leveranstid – order {o}",
  "<table><tr><td><p>Hej,</p><p>ullfilten i din order {o} kommer att skickas först <strong>tisdag 15/12</strong> i stället för fredag 11/12. Väveriet har haft maskinhaveri.</p><p>Ledsen för dröjsmålet!</p><p>Mvh<br>Erik på Vävboden</p></td></tr></table>", [], "Builder table HTML delay, no styles.")
m(3, "order-problem", "text", "[Viktigt] Problem med order {o}",
  "Hej Anna,\n\ntyvärr kan vi inte skicka kaffebryggaren i order {o} – den sista i lager visade sig ha en transportskada. Vi har justerat orderbeloppet och de 1 295 kr återbetalas till dig (orsak: slut i lager).\n\nVi beklagar!\nMikael Berg, Kaffekompaniet", [], "Order problem with [Viktigt], amount adjusted.")
m(4, "additional-information", "text", "Fråga om din beställning {o}",
  "Hej!\n\nFör att kunna sy upp gardinerna i order {o} behöver vi veta önskad längd i cm – måttet i beställningen saknades. Svara gärna här i meddelandet.\n\nTack på förhand,\nLinnea, Sömnadsstugan", [], "Asks for curtain length needed to complete the order.")
m(5, "return-follow-up", "text", "Angående din retur – {o}",
  "Hej,\n\ntack för bilderna på repan på skärbrädan (order {o}). Om du vill behålla den kan vi erbjuda en delåterbetalning på 150 kr. Vill du hellre returnera den går det förstås också bra.\n\nHälsningar\nOskar Nyberg, Trä & Ting", [], "Return follow-up with partial refund offer.")
m(6, "return-follow-up", "text", "Retur {o} – en fråga",
  "Hej,\n\nför att vi ska kunna slutföra returen av jackan i order {o} behöver vi veta om du vill byta till storlek L eller få pengarna tillbaka.\n\nMvh\nFjällkläder i Åre", [], "Return follow-up asking for a choice needed to complete it.")
m(7, "invoice", "text", "Faktura för order {o}",
  "Hej,\n\nbifogat finner du faktura nr 2026/12-0311 för order {o}. Totalt 2 480,00 kr inkl. moms 25 % (496,00 kr).\n\nNordisk Hemdesign AB\nStorgatan 14, 411 38 Göteborg\nOrg.nr 556123-4567\nMomsreg.nr SE556123456701\nInnehar F-skattsedel", [], "Invoice with Org.nr and VAT number, slashed invoice number.")
m(8, "review-request", "text", "Hur går det med cykelhjälmen? {o}",
  "Hej!\n\nDet har gått en vecka sedan din hjälm från order {o} levererades. Har du lust att skriva en recension på Amazon? Vi uppskattar all feedback, oavsett vad du tycker.\n\nHälsningar\nCykelgaraget", [], "Neutral plain-text review request.")
m(9, "review-request", "html", "Berätta vad du tycker – {o}",
  "<p><img src=\"https://static.tegelbruket-te.se/logo-tegelbruket-te.png\" alt=\"Tegelbruket Te logotyp\" width=\"150\"></p><p>Hej,</p><p>vi hoppas att teet från order {o} smakar bra. Om du har tid blir vi glada för en recension.</p><p><a href=\"https://www.amazon.se/review/create-review?asin=B0D1T9PKXS\">Skriv en recension på Amazon.se</a></p><p>Varma hälsningar<br>Tegelbruket Te</p>", [], "HTML review request with logo and descriptive Amazon link.")
m(10, "delivery-scheduling", "text", "Leverans av soffan – order {o}",
  "Hej,\n\nsoffan i order {o} levereras med lastbil och bärhjälp. Vi har följande tider lediga:\n\n• onsdag 16 december kl. 08–12\n• torsdag 17 december kl. 13–17\n\nVilken passar dig bäst?\n\nMvh\nJonas Ek, Möbelmagasinet", [], "Bulky delivery with time windows.")
m(11, "home-service-appointment", "text", "Installation av diskmaskin – {o}",
  "Hej,\n\ndu har beställt installation tillsammans med diskmaskinen (order {o}). Vår montör kan komma måndag 14/12 kl. 9.00 eller tisdag 15/12 kl. 13.30. Meddela vilken tid som passar.\n\nHälsningar\nVitvaruservice Norr", [], "Home service appointment.")
m(12, "custom-design-verification", "text", "Korrektur på din namnskylt – {o}",
  "Hej Maria,\n\nhär kommer korrekturen (bifogad PDF) till den graverade skylten i order {o}. Kontrollera stavningen på ”Villa Solbacken” och typsnittet. Svarar du ok så skickar vi den till gravyr.\n\n/Henrik, Skyltmakarna", [], "Design proof attached.")
m(13, "fulfillment-question", "text", "Portkod behövs – order {o}",
  "Hej,\n\nbudet kom inte in i trapphuset med paketet från order {o} (kolli-id 00370733741234567891). Kan du skicka portkoden? Nytt leveransförsök blir fredag 11/12.\n\nMvh\nKundservice, Hemmaodlat", [], "Door-code question with reference number.")
m(14, "reply", "text", "Sv: Passar den min säng? {o}",
  "Hej!\n\nMadrasskyddet ”Cloud Comfort Deluxe” från order {o} passar sängar 160x200 med upp till 30 cm höjd, så det ska fungera på din.\n\nHälsningar\nSömnbutiken", [], "Reply quoting an English product title.")
m(15, "reply", "text", "Sv: Garanti – order {o}",
  "Hej,\n\nstavmixern i order {o} har två års tillverkargaranti. Ring tillverkarens garantilinje på 08-123 456 78 (vardagar 8–17) så hjälper de dig med reparation.\n\nMvh\nKöksboden", [], "Manufacturer's warranty hotline marked as such.")
m(16, "reply", "text", "Sv: Företagsuppgifter {o}",
  "Hej,\n\nvisst, här kommer våra uppgifter för din bokföring av order {o}.\n\nHälsningar\nKarin Sjöberg\nVD\n\nSjöberg & Dotter Handelsbolag\nHamngatan 3, 252 21 Helsingborg\nOrg.nr 969712-3456, Momsreg.nr SE969712345601", [], "Company-details footer.")
m(17, "reply", "text", "Sv: Var är paketet? {o}",
  "Hej,\n\npaketet i order {o} har kollinummer 1234567890 och beräknas delas ut 10/12 mellan 14.00 och 18.00. Din tidigare retur (returnr R-88213) är registrerad och 349 kr återbetalades den 3 december.\n\nMvh\nLeksakslådan", [], "Reply with tracking, return numbers, dates, times, amounts.")
m(18, "fulfillment-question", "text", "Ditt paket är på väg – {o}",
  "Hej!\n\nGoda nyheter: din order {o} har lämnats över till PostNord i dag och är på väg till dig.\n\nHälsningar\nLeksakslådan", ["BSM201"], "Handed to the carrier.")
m(19, "additional-information", "text", "Tack för din order {o}",
  "Hej,\n\nvi har tagit emot din beställning {o} och håller just nu på att plocka ihop den.\n\nMvh\nBokhyllan i Lund", ["BSM201"], "Order received and being prepared.")
m(20, "reply", "text", "Tack! {o}",
  "Hej Peter,\n\nstort tack för att du handlade hos oss (order {o})!\n\nHälsningar\nBokhyllan i Lund", ["BSM202"], "Thanks only.")
m(21, "fulfillment-question", "text", "Order {o}",
  "Hej,\n\nskulle något krångla med order {o} så finns vi här – hör bara av dig.\n\nKundtjänst, Glasriket Design", ["BSM202"], "Only 'we are here if anything comes up'.")
m(22, "delivery-delay", "text", "Försenad leverans – {o}",
  "Hej,\n\norder {o} skickas den 14/12, två dagar senare än planerat.\n\nMvh\nTvålfabriken\n\nPS. Just nu har vi 20 % rabatt på hela sortimentet!", ["BSM203"], "20% off in a P.S.")
m(23, "reply", "text", "Sv: Ingredienser – {o}",
  "Hej,\n\nljuset i order {o} är gjort av rapsvax.\n\nFölj oss gärna på Instagram och prenumerera på vårt nyhetsbrev, så missar du inte vinterkollektionen som släpps nästa vecka.\n\nHälsningar\nLjusstöperiet", ["BSM203"], "Follow us, newsletter, new collection.")
m(24, "review-request", "text", "Din åsikt – order {o}",
  "Hej!\n\nVi skulle bli så glada om du recenserade knivsetet från order {o}. När recensionen är publicerad skickar vi en liten present som tack.\n\nSkärpt Kök", ["BSM204"], "Small gift once the review is published.")
m(25, "review-request", "text", "Order {o} – recension",
  "Hej,\n\nså fort din recension syns på Amazon betalar vi tillbaka hela köpesumman för order {o}.\n\nMvh\nPrylteket", ["BSM204"], "Full refund when the review is online.")
m(26, "reply", "text", "Sv: Ditt omdöme – {o}",
  "Hej Lena,\n\nskönt att ersättningsvasen kom fram hel. Skulle du kunna tänka dig att ändra eller ta bort ditt omdöme med en stjärna på order {o}?\n\nMvh\nGlasriket Design", ["BSM205"], "Asks to change or remove one-star feedback.")
m(27, "review-request", "text", "Nöjd med ryggsäcken? {o}",
  "Hej,\n\nom du är nöjd med ryggsäcken från order {o} får du gärna lämna en recension. Är du inte nöjd – kontakta oss i stället innan du skriver något.\n\nFjällkläder i Åre", ["BSM206"], "Only if satisfied; otherwise contact us.")
m(28, "review-request", "text", "En liten tjänst – {o}",
  "Hej!\n\nVi är ett litet familjeföretag och varje femstjärnigt betyg betyder mycket. Ge oss gärna fem stjärnor för order {o}!\n\nSticka & Virka", ["BSM206"], "Asks for five stars.")
m(29, "order-problem", "text", "Slut i lager – order {o}",
  "Hej,\n\nen av två varor i order {o}, termosen, är slut i lager och vi har redan justerat orderbeloppet för den (-249 kr, slut i lager). Muggen kommer inte heller in på länge, så det snabbaste är att du själv avbryter resten av ordern under Dina beställningar.\n\nMvh\nFriluftsboden", ["BSM108"], "Adjusted, but advises buyer to cancel the rest.")
m(30, "order-problem", "text", "Order {o} kan inte levereras",
  "Hej,\n\ntyvärr sålde vi slut på hörlurarna i order {o}. Vi skulle uppskatta om du kunde begära en annullering av ordern.\n\nVänliga hälsningar\nLjudhörnan", ["BSM107", "BSM108"], "Asks for a cancellation request, no adjustment.")
m(31, "delivery-delay", "text", "Ändrat leveransdatum {o}",
  "Hej,\n\norder {o} skickas 15/12 i stället för 10/12.\n\nMvh\nPappershuset\n\nVill du avregistrera dig från våra meddelanden? Svara STOPP.", ["BSM305"], "Reply STOPP opt-out.")
m(32, "reply", "text", "Sv: Trasig leverans {o}",
  "Hej,\n\nfan, det där jävla budföretaget har förstört ännu ett paket. Vi skickar en ny lampa till order {o} på måndag.\n\nRobin, Ljusverkstan", ["BSM306"], "Swedish profanity.")
m(33, "delivery-delay", "text", "Lieferverzögerung {o}",
  "Hallo,\n\nIhre Bestellung {o} wird leider erst am 16. Dezember versandt, da wir auf Nachschub warten.\n\nMit freundlichen Grüßen\nPappershuset", ["BSM104"], "German message to a Swedish buyer.")
m(34, "delivery-scheduling", "text", "Leverans av kylskåp – {o}",
  "Hej,\n\nför att boka tid för leverans av kylskåpet i order {o}, ring vår transportbokning på 070-123 45 67.\n\nMvh\nVitvarudepån", ["BSM309"], "National mobile number.")
m(35, "reply", "text", "Sv: Monteringsfråga {o}",
  "Hej,\n\nhar du frågor om monteringen av hyllan i order {o} kan du ringa vår verkstad på +46 31 712 34 56.\n\nHälsningar\nTräverket", ["BSM309"], "International-format phone number.")
m(36, "reply", "text", "Sv: Bilder på skadan {o}",
  "Hej,\n\nskicka gärna bilder på den skadade tallriken i order {o} till kundtjanst@keramikboden.se så tittar vi på det.\n\nMvh\nKeramikboden", ["BSM308"], "Plain e-mail address.")
m(37, "return-follow-up", "text", "Din retur {o}",
  "Hej,\n\nför att slutföra returen i order {o} behöver vi ditt kontonummer. Mejla det till retur snabel-a sportlagret punkt se.\n\nSportlagret", ["BSM308"], "Obfuscated e-mail with snabel-a.")
m(38, "reply", "html", "Sv: Reservdelar – {o}",
  "<p>Hej,</p><p>filtret till dammsugaren i order {o} finns i vår <a href=\"https://www.stadboden.se/reservdelar\">reservdelsbutik på stadboden.se</a>.</p><p>Mvh<br>Städboden</p>", ["BSM302"], "https link to seller site.")
m(39, "review-request", "html", "Recension – order {o}",
  "<p>Hej,</p><p>vi blir glada för en recension av lampan i order {o}.</p><p><a href=\"http://www.amazon.se/review/create-review?asin=B0A7XK22MN\">Skriv en recension på Amazon.se</a></p><p>Ljusverkstan</p>", ["BSM301"], "http link to Amazon.")
m(40, "reply", "html", "Sv: Färgen på kudden {o}",
  "<p>Hej,</p><p>så här ser kuddfodralet i order {o} ut i dagsljus:</p><p><img src=\"https://bilder.vavboden.se/produkt/kuddfodral-linne-gron.jpg\" alt=\"Kuddfodral i linne, grön\" width=\"300\"></p><p>Vävboden</p>", ["BSM310"], "Photo of the purchased product.")
m(41, "delivery-delay", "html", "Sommaren dröjer – {o}",
  "<p><img src=\"https://bilder.vavboden.se/stock/strand-solnedgang.jpg\" alt=\"Strand i solnedgång\" width=\"300\"></p><p>Hej,</p><p>order {o} skickas 18/12 på grund av hög belastning.</p><p>Vävboden</p>", ["BSM311"], "Unrelated beach stock image.")
m(42, "delivery-delay", "html", "Försening {o}",
  "<p><img src=\"https://bilder.froboden.se/froboden-logo.png\" alt=\"\" width=\"120\"></p><p>Hej,</p><p>fröerna i order {o} skickas 14/12.</p><p>Fröboden</p>", ["BSM402"], "Logo with empty alt.")
m(43, "delivery-delay", "text", "Lite försenat {o}",
  "Hej!\n\nDin order {o} skickas 13/12 i stället 😅 Tack för tålamodet 💛\n\nSticka & Virka", ["BSM403"], "Emoji.")
m(44, "reply", "text", "Sv: Storlek {o}",
  "Hej,\n\nmössan i order {o} är i one size och passar de flesta :)\n\nSticka & Virka", ["BSM403"], "Emoticon.")
m(45, "delivery-delay", "html", "Ny leveransdag {o}",
  "<style>h2{font-size:24px}.a{font-size:17px}.b{font-size:13px}.c{font-size:11px}</style><h2>Ny leveransdag</h2><p class=\"a\">Order {o} skickas 16/12.</p><p class=\"b\">Orsak: sen leverans från tillverkaren.</p><p class=\"c\">Cykelgaraget</p>", ["BSM410"], "Four font sizes in a style block.")
m(46, "additional-information", "html", "Gravyr – order {o}",
  "<p>Hej,</p><p>vilket datum ska vi gravera på ringarna i order {o}?</p><br><br><br><p>Hälsningar<br>Guldsmedjan</p>", ["BSM412"], "Run of three <br>.")
m(47, "review-request", "text", "[Viktigt] Din recension – {o}",
  "Hej,\n\nhar du tid att skriva en recension av order {o} på Amazon? All feedback hjälper oss.\n\nMvh\nCykelgaraget", ["BSM110"], "[Viktigt] on a review request.")
m(48, "reply", "html", "Sv: Skötselråd {o}",
  "<p>Hej,</p><p>skötselråd för skärbrädan i order {o} hittar du i produktbeskrivningen på Amazon – <a href=\"https://www.amazon.se/dp/B0C4LL19QZ\">Läs mer</a>.</p><p>Trä & Ting</p>", ["BSM401"], "Link text 'Läs mer'.")
m(49, "delivery-delay", "html", "Försenad order {o}",
  "<p>Hej,</p><p>order {o} skickas 17/12 på grund av lagerinventering.</p><p>Mvh<br>Hemmaodlat</p><img src=\"https://t.mailtrk.se/open.gif?u=88213&o={o}\" width=\"1\" height=\"1\" alt=\"\">", ["BSM307", "BSM402"], "Tracking pixel with empty alt.")
m(50, "review-request", "html", "Recension av ditt köp {o}",
  "<p><img src=\"https://bilder.tegelbruket-te.se/tegelbruket-te-banner.png\" alt=\"Tegelbruket Te\" width=\"580\"></p><p>Hej,</p><p>vi skulle uppskatta en recension av teet i order {o}.</p><p><a href=\"https://www.amazon.se/review/create-review?asin=B0D1T9PKXS\">Skriv en recension på Amazon.se</a></p>", ["BSM406"], "Shop banner 580 px wide.")
