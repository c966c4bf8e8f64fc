# -*- coding: utf-8 -*-
"""Blind evaluation set v3, Swedish (sv-SE), 50 messages."""

LANG, LOCALE, PREFIX = "sv", "sv-SE", "408"


def _order(n):
    return "%s-%07d-%07d" % (PREFIX, (6120883 + n * 8231) % 10**7, (2047719 + n * 99991) % 10**7)


MESSAGES = []


def m(n, typ, fmt, subject, body, expected, note):
    o = _order(n)
    subject = subject.replace("%O%", o).replace("%N%", o.replace("-", ""))
    body = body.replace("%O%", o).replace("%N%", o.replace("-", ""))
    MESSAGES.append({
        "id": "v3-%s-%03d" % (LANG, n), "language": LANG, "locale": LOCALE, "type": typ,
        "format": fmt, "subject": subject, "body": body, "order_id": o,
        "expected": sorted(expected), "note": note,
    })


# ---------------------------------------------------------------- clean (1-17)
m(1, "delivery-delay", "text", "Försenad leverans – order %O%",
  "Hej Karin!\n\n"
  "Vi vill bara meddela att ullfilten du beställt (order %O%) blir några dagar försenad. Väveriet i Dalarna ligger efter "
  "med leveranserna till oss, så vi räknar med att kunna skicka den tidigast onsdag 16 december.\n\n"
  "Vi beklagar dröjsmålet. Vill du hellre avvakta eller har frågor går det bra att svara på det här meddelandet.\n\n"
  "Vänliga hälsningar\nEbba Lindqvist\nFjällull",
  [], "Plain-text delay notice with a new earliest dispatch date; clean.")

m(2, "delivery-delay", "html", "Ny leveransdag för din order %O%",
  "<p>Hej Johan,</p>"
  "<p>Tack för din beställning. Tyvärr blir <b>Cykelhjälm Urban MIPS, storlek M</b> i order %O% försenad hos vår leverantör.</p>"
  "<table><tr><td>Ursprungligt utskick:</td><td>2026-12-08</td></tr>"
  "<tr><td>Nytt beräknat utskick:</td><td>2026-12-18</td></tr></table>"
  "<p>Vi ber om ursäkt för förseningen och hör av oss igen om något ändras.</p>"
  "<p>Med vänliga hälsningar<br>Kundservice<br>Trampa Sport AB</p>",
  [], "Builder HTML delay with a plain table and ISO dates; clean.")

m(3, "order-problem", "text", "[Viktigt] Problem med order %O%",
  "Hej,\n\n"
  "Vi är ledsna att behöva meddela att vi inte kan leverera din order %O%. Den sista kaffekvarnen vi hade i lager visade sig "
  "ha en transportskada, och tillverkaren har inga fler förrän i mars.\n\n"
  "Hela orderbeloppet, 1 249,00 kr, har därför justerats i Seller Central med orsaken NoInventory. Pengarna syns på ditt konto "
  "inom några bankdagar beroende på bank.\n\n"
  "Återigen, förlåt för besväret.\nBryggeriet Kaffehandel",
  [], "Order problem confirming adjustment (NoInventory) with [Viktigt] in the subject; clean.")

m(4, "additional-information", "text", "Vi behöver text till graveringen – %O%",
  "Hej Maria,\n\n"
  "Vi ska just börja med skärbrädan i ek som du beställt (order %O%), men fältet för gravyr var tomt när ordern kom in.\n\n"
  "Svara gärna med vilken text du vill ha (högst 25 tecken) och om den ska stå med skrivstil eller versaler. "
  "Utan den uppgiften kan vi tyvärr inte göra klart din beställning.\n\n"
  "Tack på förhand!\nOskar Berg\nSnickeriet i Ås",
  [], "Request for engraving text needed to complete the order; clean.")

m(5, "return-follow-up", "text", "Angående din retur – order %O%",
  "Hej Erik,\n\n"
  "Vi har sett din returanmälan för skaljackan i order %O% där en ficka har släppt i sömmen. "
  "Om du hellre vill behålla jackan kan vi erbjuda en delåterbetalning på 300 kr i stället för att du skickar tillbaka den.\n\n"
  "Säg bara till om det låter bra, så ordnar vi återbetalningen direkt. Annars gäller förstås den vanliga returen.\n\n"
  "Hälsningar\nReturavdelningen, Norrlandsfriluft",
  [], "Return follow-up offering a partial refund of 300 kr; clean.")

m(6, "return-follow-up", "text", "Fråga om din retur %O%",
  "Hej!\n\n"
  "I returpaketet för order %O% låg bara en av de två skrivbordslampor som returanmäldes. Har du skickat den andra i ett separat paket? "
  "I så fall: vilket kollinummer har det? Då kan vi ta emot den och slutföra hela returen.\n\n"
  "Vänligen\nLinnea Sjöberg\nLjusbolaget",
  [], "Return follow-up asking for information needed to complete the return; clean.")

m(7, "invoice", "text", "Faktura för order %O%",
  "Hej,\n\n"
  "Bifogat finns faktura nr 2026/12/0831 för din order %O%.\n\n"
  "Säljare: Pappershuset Nordin AB\n"
  "Västra Hamngatan 8, 411 17 Göteborg\n"
  "Org.nr 556123-4567\n"
  "Momsreg.nr SE556123456701\n"
  "Innehar F-skattsedel\n\n"
  "Totalt att betala: 1 562,50 kr, varav moms 25 %: 312,50 kr.\n\n"
  "Vänliga hälsningar\nEkonomiavdelningen",
  [], "Invoice with Org.nr, momsreg.nr and slashed invoice number; none is a phone number; clean.")

m(8, "review-request", "text", "Hur fungerar penslarna? Order %O%",
  "Hej,\n\n"
  "Nu har akvarellpenslarna från order %O% varit hos dig ett tag. Om du har tid blir vi glada för en recension av produkten på Amazon "
  "– oavsett vad du tycker, även kritik hjälper oss och andra köpare.\n\n"
  "Hälsningar\nSara Holm, Ateljé Vattenfärg",
  [], "Neutral review request welcoming any opinion; clean.")

m(9, "review-request", "html", "Berätta gärna vad du tycker – order %O%",
  "<p><img src=\"https://m.media-amazon.com/images/S/sellers/kaffestugan-logo.png\" alt=\"Kaffestugans logotyp\" width=\"180\" height=\"60\"></p>"
  "<p>Hej Anders,</p>"
  "<p>Vi hoppas att mjölkskummaren från order %O% har kommit till användning. Vi vill gärna veta vad du tycker om den, "
  "både det som är bra och det som kan bli bättre.</p>"
  "<p><a href=\"https://www.amazon.se/review/create-review?asin=B0CQW1R8KM\">Skriv en recension av mjölkskummaren på Amazon.se</a></p>"
  "<p>Hälsningar<br>Kaffestugan</p>",
  [], "HTML review request with shop logo (alt names shop) and descriptive https Amazon link; clean.")

m(10, "delivery-scheduling", "text", "Bokning av leverans – order %O%",
  "Hej Emma,\n\n"
  "Din bokhylla i massiv furu (order %O%) väger drygt 95 kg och levereras med bärhjälp av vår transportpartner. "
  "Vilken av tiderna passar dig?\n\n"
  "tisdag 15 december kl. 08.00–12.00\n"
  "onsdag 16 december kl. 12.00–16.00\n"
  "fredag 18 december kl. 16.00–20.00\n\n"
  "Skriv också gärna vilken våning du bor på och om det finns hiss.\n\n"
  "Hälsningar\nMikael Ström\nMöbelboden",
  [], "Scheduling delivery of a heavy bookcase with Swedish dates and time slots; clean.")

m(11, "home-service-appointment", "text", "Tid för installation av diskmaskin – %O%",
  "Hej Peter,\n\n"
  "Du har köpt installation av diskmaskin till order %O%. Vår montör Ahmed kan komma någon av följande tider:\n\n"
  "måndag 2026-12-14 mellan 09.00 och 11.00\n"
  "torsdag 2026-12-17 mellan 14.00 och 16.00\n\n"
  "Installationen tar ungefär en och en halv timme. Se gärna till att det går att komma åt vattenavstängningen under diskbänken.\n\n"
  "Med vänlig hälsning\nVitvaruservice Väst",
  [], "Home-service appointment with two dates and time windows; clean.")

m(12, "custom-design-verification", "html", "Korrektur för godkännande – order %O%",
  "<p>Hej Sofia,</p>"
  "<p>Här kommer korrekturen för din tryckta mugg (bifogad fil: korrektur_%O%.pdf). Texten lyder "
  "<i>”Världens bästa morfar”</i> med datumet 24/12 2026 under.</p>"
  "<p>Kontrollera stavning och placering. Om allt ser rätt ut räcker det att du svarar ”godkänd”, så går muggen till tryck.</p>"
  "<p>Hälsningar<br>Alva på Tryckverkstaden</p>",
  [], "Design proof attachment for approval; clean.")

m(13, "fulfillment-question", "text", "Portkod behövs – order %O%",
  "Hej,\n\n"
  "Paketet för order %O% ska lämnas vid dörren, men trapphuset på Södermannagatan 21 har kodlås. Kan du skicka portkoden till oss så att budet kommer in? "
  "Transportörens referens: REF 2026-12-7734, lägenhetsnummer enligt ordern: 1102.\n\n"
  "Koden lämnas bara vidare till transportören.\n\n"
  "Tack!\nTeamet på Trädgårdsbutiken",
  [], "Door-code question with reference numbers that are not phone numbers; clean.")

m(14, "reply", "text", "Sv: Fråga om modell – %O%",
  "Hej Ingrid,\n\n"
  "Ja, du har beställt precis ”Ergonomic Office Chair Pro X2” – det är tillverkarens engelska namn och stolen säljs under samma namn i Sverige. "
  "Skillnaden mot X1 är det justerbara ländryggsstödet och det högre ryggstödet.\n\n"
  "Order %O% stämmer alltså med det du frågade om.\n\n"
  "Hälsningar\nViktor, Kontorsmästarn",
  [], "Reply quoting an English product title inside Swedish sentences; clean.")

m(15, "reply", "text", "Sv: Kaffebryggaren värmer inte – %O%",
  "Hej Lars,\n\n"
  "Tråkigt att bryggaren från order %O% har slutat värma vattnet. Den omfattas av tillverkarens garanti på 24 månader, "
  "och garantireparationer sköts direkt av märkets egen service.\n\n"
  "Tillverkarens garantilinje (Brewmaster Nordic service): 031-704 52 10, vardagar 08.00–17.00.\n\n"
  "Om servicen av någon anledning inte tar emot ärendet får du gärna höra av dig till oss här igen.\n\n"
  "Vänliga hälsningar\nMaja Ek\nKaffekompaniet",
  [], "Reply with the manufacturer's warranty line marked as such (BSM309 exception); clean.")

m(16, "reply", "text", "Sv: Vem är säljare? – %O%",
  "Hej,\n\n"
  "Det är vårt företag, inte Amazon, som är säljare för order %O%. Reklamationer och returer hanterar vi själva enligt villkoren på vår säljarsida hos Amazon.\n\n"
  "Vänliga hälsningar\nLeksakslådan\n\n"
  "--\nLeksakslådan i Umeå AB, Storgatan 44, 903 26 Umeå\nOrg.nr 559214-8830 | Momsreg.nr SE559214883001 | Säte: Umeå",
  [], "Reply with a company footer (Org.nr, momsreg.nr, address); clean.")

m(17, "reply", "text", "Sv: Status för återbetalning – %O%",
  "Hej Helena,\n\n"
  "Returpaketet för order %O% (kollinummer 003707224120045187) kom in till vårt lager fredag 11 december kl. 13.40. "
  "Återbetalningen på 649,00 kr gjordes måndag 14 december, returnummer RMA-2026-0412. "
  "Beloppet brukar synas på kontot inom 3–5 bankdagar.\n\n"
  "Hälsningar\nNiklas Åberg\nSportbaren",
  [], "Reply with return parcel and RMA numbers, dates, times and amounts; clean.")

# ---------------------------------------------------------------- violations (18-48)
m(18, "fulfillment-question", "text", "Nu är ditt paket på väg – %O%",
  "Hej!\n\n"
  "Kul nyhet: paketet med order %O% lämnade vårt lager i Jönköping i morse och har överlämnats till PostNord. "
  "Det brukar ta 1–2 vardagar.\n\n"
  "Hälsningar\nGrönt Hem",
  ["BSM201"], "Shipment confirmation: left the warehouse and handed to the carrier.")

m(19, "additional-information", "html", "Vi har tagit emot din order %O%",
  "<p>Hej Fredrik,</p>"
  "<p>Vi har tagit emot din beställning %O% och håller på att plocka ihop den. Vi hör av oss om något saknas.</p>"
  "<p>Hälsningar<br>Skruv &amp; Mutter Grossist</p>",
  ["BSM201"], "Order confirmation: order received and being packed.")

m(20, "reply", "text", "Stort tack! – %O%",
  "Hej,\n\nTusen tack för att du handlade hos oss (order %O%)!\n\nTeamet på Tebutiken Blad",
  ["BSM202"], "Thanks only, nothing else besides the order number.")

m(21, "fulfillment-question", "text", "Vi finns här – order %O%",
  "Hej Annika,\n\n"
  "Skulle något inte vara som det ska med order %O% är det bara att skriva till oss, så hjälper vi gärna till.\n\n"
  "Hälsningar\nCecilia på Bäddat",
  ["BSM202"], "Only the offer to help if a problem comes up.")

m(22, "delivery-delay", "text", "Senare utskick av order %O%",
  "Hej,\n\n"
  "Tyvärr blir badhandduken i bambu (order %O%) klar för utskick först 2026-12-22, eftersom tyget är försenat från vävaren.\n\n"
  "Hälsningar\nBambuboden\n\n"
  "PS. Hela sortimentet i vår butik är 20 % billigare hela månaden ut – passa på!",
  ["BSM203"], "Permitted delay with a P.S. promoting 20 % off the whole range.")

m(23, "review-request", "text", "Vad tyckte du? Order %O%",
  "Hej!\n\n"
  "Tack för att du valde vårt sojaljus (order %O%). Vi blir glada om du vill lämna en recension på Amazon.\n\n"
  "Och gillar du dofter lika mycket som vi – följ oss på Instagram och prenumerera på vårt nyhetsbrev, "
  "för i januari släpper vi en helt ny vinterkollektion.\n\n"
  "Kramar\nVeke & Vax",
  ["BSM203"], "Review request with follow us, newsletter and new collection.")

m(24, "review-request", "text", "En liten present – order %O%",
  "Hej,\n\n"
  "Vi hoppas att skrivbordsorganisern från order %O% gör nytta. När din recension har publicerats på Amazon skickar vi dig "
  "en liten tackgåva – ett set av våra bokmärken i ek.\n\n"
  "Hälsningar\nTräverket",
  ["BSM204"], "Small token of appreciation once the review is published.")

m(25, "review-request", "html", "Pengarna tillbaka för en recension – %O%",
  "<p>Hej,</p>"
  "<p>Här är ett erbjudande: så fort din recension av produkten i order %O% ligger ute betalar vi tillbaka hela köpesumman. "
  "Svara bara med en länk till recensionen när den syns.</p>"
  "<p>Hälsningar<br>Prylhörnan</p>",
  ["BSM204"], "Full refund as soon as the review is online.")

m(26, "reply", "text", "Sv: Reklamation hörlurar – %O%",
  "Hej Jonas,\n\n"
  "Skönt att hörlurarna från order %O% parkopplar utan problem med telefonen igen efter programuppdateringen.\n\n"
  "Eftersom ärendet nu är löst undrar vi om du skulle vilja uppdatera din recension med en stjärna, eller kanske ta bort den helt? "
  "För en liten butik betyder det väldigt mycket.\n\n"
  "Hälsningar\nLjudlådan",
  ["BSM205"], "Asks the buyer to update or remove a one-star review.")

m(27, "review-request", "text", "Är du nöjd? Order %O%",
  "Hej,\n\n"
  "Om du är nöjd med necessären från order %O% får du gärna skriva en recension på Amazon. "
  "Var det något du inte gillade? Skriv då hellre till oss först i stället för att lämna en recension, så löser vi det.\n\n"
  "Hälsningar\nSyateljén",
  ["BSM206"], "Review only if satisfied; unhappy buyers steered to the seller instead.")

m(28, "review-request", "text", "Fem stjärnor? – %O%",
  "Hej Gustav,\n\n"
  "Tack för order %O%! Vi skulle bli jätteglada om du ger vår termos fem stjärnor på Amazon – det är den bästa sporren vi kan få.\n\n"
  "Teamet på Termosfabriken",
  ["BSM206"], "Asks for a five-star rating.")

m(29, "delivery-delay", "text", "Slut i lager – order %O%",
  "Hej,\n\n"
  "Vi ber om ursäkt – solcellslampan i order %O% har tillfälligt tagit slut hos oss och nästa leverans kommer först om 4–5 veckor.\n\n"
  "Det snabbaste är om du själv avbryter beställningen under Dina beställningar på Amazon, då får du pengarna tillbaka direkt.\n\n"
  "Hälsningar\nSolträdgården",
  ["BSM108"], "Out of stock: advises the buyer that cancelling herself is quickest.")

m(30, "order-problem", "text", "Order %O% – varan är slut",
  "Hej,\n\n"
  "Tyvärr sålde hylsnyckelsatsen du beställde (order %O%) slut innan vi hann packa den.\n\n"
  "Vi skulle uppskatta om du kunde skicka en begäran om avbeställning via Amazon.\n\n"
  "Ursäkta besväret\nVerktygsboden",
  ["BSM107", "BSM108"], "Order problem asking for a cancellation request without confirming an adjustment.")

m(31, "review-request", "text", "Lämna gärna en recension – %O%",
  "Hej,\n\n"
  "Hur fungerar ryggsäcken från order %O%? Vi blir glada om du lämnar en recension av produkten på Amazon.\n\n"
  "Vill du inte få fler meddelanden från oss? Svara STOPP så avregistrerar vi dig.\n\n"
  "Hälsningar\nRyggsäcksbolaget",
  ["BSM305"], "Review request with a 'reply STOPP' opt-out instruction.")

m(32, "reply", "text", "Sv: Var är mitt paket? %O%",
  "Hej,\n\n"
  "Jag förstår att du är irriterad. Det jävla fraktbolaget har tappat bort halva vårt lager igen, vilket skitföretag. "
  "Jag kollar upp order %O% och återkommer senast i morgon kl. 12.00.\n\n"
  "Mattias\nBildelsbutiken",
  ["BSM306"], "Reply with Swedish profanity.")

m(33, "delivery-delay", "text", "Delivery delay – order %O%",
  "Hello,\n\n"
  "Unfortunately the dispatch of your order %O% is delayed by about a week, as our supplier is running behind. "
  "New dispatch date: 18 December 2026.\n\n"
  "We apologise for the inconvenience.\nNordic Porcelain Team",
  ["BSM104"], "Message to an sv-SE buyer written entirely in English.")

m(34, "reply", "text", "Sv: Mått på täcket – %O%",
  "Hej,\n\n"
  "Täcket i order %O% mäter 150 × 210 cm. Har du fler frågor når du oss snabbast på telefon: 08-522 174 90 (vardagar 9–17).\n\n"
  "Hälsningar\nSömn & Dun",
  ["BSM309"], "Reply with the seller's own phone number in national format.")

m(35, "delivery-scheduling", "text", "Leverans av soffa – %O%",
  "Hej,\n\n"
  "Soffan i order %O% kan levereras från 2026-12-16. Välj gärna dag: tisdag, onsdag eller fredag, mellan kl. 10 och 18.\n\n"
  "Chauffören ringer innan han kommer, och vid behov kan du nå honom på +46 70 318 42 96.\n\n"
  "Hälsningar\nSoffkompaniet",
  ["BSM309"], "Delivery scheduling giving a driver's number in international format.")

m(36, "additional-information", "text", "Vi behöver fönstrets mått – %O%",
  "Hej,\n\n"
  "För att kapa rullgardinen i order %O% på mått behöver vi glasets exakta bredd i millimeter. "
  "Svara här eller mejla en bild med tumstocken till order@gardinfix.se.\n\n"
  "Hälsningar\nGardinfix",
  ["BSM308"], "Information request with a plain e-mail address.")

m(37, "return-follow-up", "text", "Retur %O% – uppgift saknas",
  "Hej,\n\n"
  "För att kunna slutföra returen för order %O% behöver vi veta om du vill ha återbetalningen till kortet eller ett bankkonto. "
  "Skriv helst direkt till retur snabel-a butikmilla punkt se.\n\n"
  "Hälsningar\nButik Milla",
  ["BSM308"], "Obfuscated e-mail address ('snabel-a', 'punkt').")

m(38, "reply", "html", "Sv: Skötsel av stekpannan – %O%",
  "<p>Hej,</p>"
  "<p>Tack för frågan om order %O%. Gjutjärnspannan ska inte diskas i maskin – hett vatten och lite olja efteråt räcker.</p>"
  "<p>Fler tips finns i vår guide: "
  "<a href=\"https://www.gjutjarnskoket.se/guide/skota-gjutjarn\">Skötselguide för gjutjärn hos Gjutjärnsköket</a>.</p>"
  "<p>Hälsningar<br>Gjutjärnsköket</p>",
  ["BSM302"], "Reply linking (https, descriptive) to the seller's own website.")

m(39, "review-request", "html", "Recension av order %O%",
  "<p>Hej Elin,</p>"
  "<p>Om du har en minut blir vi glada för en recension av sjalen från order %O%:</p>"
  "<p><a href=\"http://www.amazon.se/review/create-review?asin=B0D2PX7H4N\">Recensera sjalen på Amazon.se</a></p>"
  "<p>Hälsningar<br>Ullsjalar i Jämtland</p>",
  ["BSM301"], "Descriptive link to Amazon over insecure http.")

m(40, "review-request", "html", "Hur är muggen? – %O%",
  "<p>Hej,</p>"
  "<p><img src=\"https://m.media-amazon.com/images/I/keramikmugg-bla-35cl.jpg\" alt=\"Keramikmugg blå 35 cl – ditt köp\" width=\"300\"></p>"
  "<p>Vi hoppas att muggen från order %O% gör dig glad. Lämna gärna en recension på Amazon.</p>"
  "<p>Keramikverkstan</p>",
  ["BSM310"], "Photo of the purchased mug embedded.")

m(41, "delivery-delay", "html", "Försenat utskick – %O%",
  "<p><img src=\"https://images.unsplash.com/photo-strand-solnedgang.jpg\" alt=\"Strand i solnedgång\" width=\"400\"></p>"
  "<p>Hej,</p>"
  "<p>Order %O% skickas tre dagar senare än planerat, måndag 14 december. Förlåt för det!</p>"
  "<p>Semesterkappsäcken</p>",
  ["BSM311"], "Unrelated stock image of a beach with alt text.")

m(42, "review-request", "html", "En recension? – order %O%",
  "<p><img src=\"https://m.media-amazon.com/images/S/sellers/orteboden-logo.png\" alt=\"\" width=\"160\"></p>"
  "<p>Hej,</p>"
  "<p>Föll örtteet från order %O% dig i smaken? Vi uppskattar en recension på Amazon, vad du än tycker.</p>"
  "<p>Örteboden</p>",
  ["BSM402"], "Shop logo with empty alt attribute.")

m(43, "delivery-delay", "text", "Lite försenat – %O%",
  "Hej!\n\n"
  "Dina alpackasockor (order %O%) skickas två dagar senare, onsdag 16/12. Sorry för strulet 🙈\n\n"
  "Gänget på Sockbutiken",
  ["BSM403"], "Emoji in a delay message.")

m(44, "additional-information", "text", "Vilken trådfärg? %O%",
  "Hej,\n\n"
  "Till broderiet på handduken i order %O% behöver vi veta trådfärgen: guld, silver eller marinblå? "
  "Vi sätter igång så fort vi hört av dig :-)\n\n"
  "Broderiateljén",
  ["BSM403"], "Emoticon ':-)' in an information request.")

m(45, "delivery-delay", "html", "Försening av order %O%",
  "<style>h1{font-size:26px} h2{font-size:19px} p{font-size:15px} .liten{font-size:11px}</style>"
  "<h1>Försenat utskick</h1>"
  "<h2>Order %O%</h2>"
  "<p>Hej, på grund av inventering skickar vi din order 2026-12-18 i stället för 2026-12-15. Vi ber om ursäkt.</p>"
  "<p class=\"liten\">Meddelandet skickades automatiskt från Elgrossen.</p>",
  ["BSM410"], "Four explicit font sizes in a <style> block.")

m(46, "delivery-delay", "html", "Senare utskick – %O%",
  "<p>Hej,</p>"
  "<p>Order %O% blir tyvärr försenad – nytt utskicksdatum är 19 december.</p>"
  "<p></p><p></p>"
  "<p>Vi ber om ursäkt<br><br><br>Krukmakeriet Lera</p>",
  ["BSM412"], "Empty paragraphs and a run of three <br> in HTML.")

m(47, "additional-information", "html", "Bekräfta adressen – %O%",
  "<div style=\"padding: 0 140px;\">"
  "<p>Hej,</p>"
  "<p>I leveransadressen för order %O% saknas lägenhetsnummer. Kan du svara med det?</p>"
  "<p>Hälsningar<br>Apoteksskåpet</p></div>",
  ["BSM405"], "Container with 140 px padding each side, over 20 % of 600 px.")

m(48, "invoice", "text", "[Viktigt] Din faktura – order %O%",
  "Hej,\n\n"
  "Här kommer fakturan för order %O% som bifogad PDF (faktura 2026-1187).\n\n"
  "Hälsningar\nGrillmästarn",
  ["BSM110"], "[Viktigt] tag on an invoice, which is not critical.")

m(49, "review-request", "html", "Recensera din nattlampa – %O%",
  "<p>Hej,</p>"
  "<p>Hur fungerar nattlampan från order %O%? "
  "<a href=\"https://www.amazon.se/review/create-review?asin=B0B7LM2Q9T\">Läs mer</a></p>"
  "<p>Hälsningar<br>Nattljus</p>",
  ["BSM401"], "Non-descriptive link text 'Läs mer' on an https Amazon link.")

# ---------------------------------------------------------------- variable
m(50, "review-request", "html", "Vad tycker du om ditt köp? Order %O%",
  "<p><a href=\"https://www.linnevavaren.se\"><img src=\"https://m.media-amazon.com/images/S/sellers/linnevavaren-logo.png\" alt=\"Linnevävarens logotyp\" width=\"160\"></a></p>"
  "<p>Hej,</p>"
  "<p>Vi hoppas att linneduken från order %O% trivs på ditt bord. En recension på Amazon, oavsett vad du tycker, hjälper oss mycket.</p>"
  "<p>Hälsningar<br>Linnevävaren</p>",
  ["BSM302", "BSM304"], "Shop logo wrapped in a link to the seller's website.")
