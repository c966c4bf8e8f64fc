"""v17 blind evaluation set: Swedish (sv-SE). Standard library only."""

LANG = "sv"
LOCALE = "sv-SE"


def _order(n):
    a = (5820974 + n * 6133) % 10000000
    b = (9445923 + n * 86243) % 10000000
    return "487-%07d-%07d" % (a, b)


def _rec(n, typ, fmt, subject, body, expected, note):
    on = _order(n)
    rep = lambda s: s.replace("{ON}", on).replace("{ONX}", on.replace("-", ""))
    return {
        "id": "v17-sv-%03d" % n,
        "language": LANG,
        "locale": LOCALE,
        "type": typ,
        "format": fmt,
        "subject": rep(subject),
        "body": rep(body),
        "order_id": on,
        "expected": sorted(expected),
        "note": note,
    }


MESSAGES = [
    # ---------------- clean (1-17) ----------------
    _rec(1, "delivery-delay", "text",
         "Angående din beställning {ON}",
         "Hej Johanna!\n\n"
         "Vi vill bara förvarna om att lammskinnstofflorna i beställning {ON} blir lite sena. "
         "Garveriet i Tranås ligger efter med leveranserna, så vi räknar med att kunna skicka dem "
         "tisdag den 15 december i stället för den 9:e.\n\n"
         "Om det inte funkar för dig, säg till så ordnar vi det.\n\n"
         "Ha det fint så länge!\nLotta på Fårskinnsboden",
         [], "Plain-text delivery delay with a new dispatch date."),

    _rec(2, "delivery-delay", "html",
         "Ny leveranstid för order {ON}",
         "<p>Hej,</p>"
         "<p>tyvärr har vår leverantör av ekfanér fått förseningar, vilket påverkar din order <b>{ON}</b>.</p>"
         "<table><tr><td>Ursprunglig leveranstid:</td><td>2026-12-08</td></tr>"
         "<tr><td>Ny beräknad leveranstid:</td><td>2026-12-18</td></tr></table>"
         "<p>Ordern ligger kvar som vanligt och du behöver inte göra något. Vi ber om ursäkt för besväret.</p>"
         "<p>Med vänliga hälsningar<br>Erik Lindqvist<br>Kundtjänst, Nordträ Design AB</p>",
         [], "Builder HTML delay notice with a date table and no styles."),

    _rec(3, "order-problem", "text",
         "[Viktigt] Problem med din order {ON}",
         "Hej,\n\n"
         "vi måste tyvärr meddela att den sista glasvasen \"Isflak\" gick sönder i vårt lager vid inventeringen, "
         "och glasbruket har slutat tillverka modellen. Vi kan därför inte leverera order {ON}.\n\n"
         "Orderbeloppet har justerats till fullo hos Amazon med orsaken att varan saknas i lager, "
         "så pengarna kommer tillbaka automatiskt – oftast inom 3–5 bankdagar.\n\n"
         "Vi är verkligen ledsna för det här.\n\n"
         "Vänliga hälsningar\nMaria Ek\nGlashyttans Butik",
         [], "Order problem with [Viktigt] that confirms the amount was adjusted."),

    _rec(4, "additional-information", "text",
         "Fråga om order {ON} – namnbroderi",
         "Hej Anders,\n\n"
         "tack för beställningen av handdukarna med broderi, order {ON}. Fältet för namnet blev tomt när ordern kom in, "
         "så vi behöver veta vad som ska broderas (max 12 tecken per handduk) innan vi kan sätta igång.\n\n"
         "Hör av dig när du har en stund!\n\n"
         "/Sanna, Brodyrstugan",
         [], "Request for missing embroidery text needed to complete the order."),

    _rec(5, "return-follow-up", "text",
         "Din retur av order {ON}",
         "Hej,\n\n"
         "vi har sett din returanmälan för order {ON}. Enligt bilderna handlar det om en liten repa på lampfoten.\n\n"
         "Om du hellre vill behålla lampan kan vi erbjuda en delåterbetalning på 250 kr (ungefär 20 % av priset). "
         "Svara bara \"behåller\" så betalar vi tillbaka beloppet inom två dagar. "
         "Vill du hellre returnera som vanligt går det förstås lika bra.\n\n"
         "Hälsningar\nTeamet på Lampverket",
         [], "Return follow-up offering a partial refund."),

    _rec(6, "return-follow-up", "html",
         "Retur – order {ON}",
         "<p>Hej!</p>"
         "<p>För att vi ska kunna slutföra returen av kaffekvarnen i order {ON} behöver vi två uppgifter:</p>"
         "<ul><li>Skickas kvarnen tillbaka i originalförpackningen?</li>"
         "<li>Gäller felet malningen eller strömbrytaren?</li></ul>"
         "<p>Uppgifterna behövs för reklamationsrapporten till tillverkaren.</p>"
         "<p>Vänliga hälsningar<br>Oskar Berg<br>Kaffekompaniet i Umeå</p>",
         [], "Return follow-up asking for information needed to complete the return."),

    _rec(7, "invoice", "text",
         "Faktura 2026/12/0311 för order {ON}",
         "Hej,\n\n"
         "bifogat finns faktura nr 2026/12/0311 för order {ON}, utställd på företagsuppgifterna du angav vid köpet.\n\n"
         "Belopp inkl. moms: 3 745,00 kr (varav moms 25 %: 749,00 kr)\nFörfallodatum: 2027-01-06\n\n"
         "Säljare:\nKontorsmöbler Norrland AB\nStorgatan 41, 903 26 Umeå\n"
         "Org.nr 556123-4567\nMomsreg.nr SE556123456701\nInnehar F-skattsedel\n\n"
         "Med vänlig hälsning\nLinnea Holm, ekonomi",
         [], "Invoice with Org.nr, VAT number and an invoice number with slashes; no phone number."),

    _rec(8, "review-request", "text",
         "Hur fungerar ryggsäcken? Order {ON}",
         "Hej!\n\n"
         "Nu har ryggsäcken från order {ON} hängt med dig ett tag. Om du har lust får du gärna berätta vad du tycker "
         "i en recension på Amazon – både det som är bra och det som kunde vara bättre. "
         "Det hjälper andra köpare och oss när vi tar fram nästa modell.\n\n"
         "Hälsningar\nFjällsömnad",
         [], "Neutral plain-text review request."),

    _rec(9, "review-request", "html",
         "Dela gärna dina intryck – order {ON}",
         "<p><img src=\"https://cdn.keramikvraet.se/bilder/keramikvraet-logotyp.png\" alt=\"Keramikvrået logotyp\" width=\"180\" height=\"50\"></p>"
         "<p>Hej Karin,</p>"
         "<p>vi hoppas att skålarna i order {ON} kom fram hela. Om du vill får du gärna skriva några rader om dem – "
         "alla ärliga omdömen betyder mycket för en liten verkstad.</p>"
         "<p><a href=\"https://www.amazon.se/review/create-review?asin=B0CSK4L77Q\">Skriv en recension av skålarna på Amazon.se</a></p>"
         "<p>Varma hälsningar<br>Ingrid och Mats, Keramikvrået</p>",
         [], "HTML review request with the shop logo (alt names the shop) and a descriptive https Amazon link."),

    _rec(10, "delivery-scheduling", "text",
         "Leverans av soffa – order {ON}",
         "Hej,\n\n"
         "soffan i order {ON} väger runt 95 kg och levereras av vår egen bil med inbärning. Vi har följande tider lediga:\n\n"
         "• onsdag 16 december, kl. 08.00–12.00\n• onsdag 16 december, kl. 13.00–17.00\n• fredag 18 december, kl. 10.00–14.00\n\n"
         "Vilken tid passar dig? Skriv också gärna vilken våning du bor på och om det finns hiss.\n\n"
         "Vänligen\nJonas Sundberg\nLeveransplanering, Soffgrossen",
         [], "Scheduling a bulky delivery with dates and time slots."),

    _rec(11, "home-service-appointment", "html",
         "Installation av diskmaskin – order {ON}",
         "<p>Hej Petra,</p>"
         "<p>i order {ON} ingår installation av diskmaskinen. Vår montör kan komma:</p>"
         "<ol><li>torsdag 10/12 kl. 09.00–11.00</li><li>måndag 14/12 kl. 14.30–16.30</li></ol>"
         "<p>Passar någon av tiderna? Se gärna till att vattenavstängningen under diskbänken går att nå.</p>"
         "<p>Hälsningar<br>Vitvaruservice i Mälardalen</p>",
         [], "Home-service appointment with two time slots."),

    _rec(12, "custom-design-verification", "text",
         "Korrektur för godkännande – order {ON}",
         "Hej Fredrik,\n\n"
         "här kommer korrekturet (korrektur_skylt_v1.pdf) för trädskylten i order {ON}: texten "
         "\"Villa Solbacken – 1923\", typsnitt Antikva, brännmärkt i ek.\n\n"
         "Titta noga på stavning och årtal. Ser allt rätt ut räcker det att du svarar \"godkänt\", "
         "så börjar vi bränna. Ändringar gör vi utan extra kostnad.\n\n"
         "Hälsningar\nViktor, Skyltsnickeriet",
         [], "Custom design proof sent for approval."),

    _rec(13, "fulfillment-question", "text",
         "Portkod behövs – order {ON}",
         "Hej,\n\n"
         "cykeln i order {ON} körs ut av vår egen chaufför onsdag 9 december (körordernr KO-2026-12-0418). "
         "Porten på Sveavägen är kodlåst, så kan du skicka portkoden och lägenhetsnumret, "
         "så att chauffören inte blir stående på gatan?\n\n"
         "Tack på förhand!\nAmanda, Cykelfabriken Ekipage",
         [], "Door-code question before delivery with a delivery reference number."),

    _rec(14, "reply", "text",
         "Sv: Fråga om \"Organic Cotton Baby Blanket\" – {ON}",
         "Hej!\n\n"
         "Ja, filten \"Organic Cotton Baby Blanket – Sage Green\" i order {ON} är GOTS-certifierad och tål tvätt i 60 grader. "
         "Den blir lite mjukare efter några tvättar, så ingen fara om den känns styv i början.\n\n"
         "Hälsningar\nElsa på Lilla Linneboden",
         [], "Reply quoting an English product title inside Swedish sentences."),

    _rec(15, "reply", "text",
         "Sv: Dammsugaren startar inte – order {ON}",
         "Hej,\n\n"
         "tråkigt att höra att dammsugaren i order {ON} har slutat fungera. Den har två års tillverkargaranti "
         "och reparationer går snabbast via tillverkarens egen service.\n\n"
         "Tillverkarens garantisupport (Dammex Nordic, garantiärenden): 08-506 412 00, vardagar 08.00–16.00.\n\n"
         "Krånglar det får du gärna skriva till oss här igen.\n\n"
         "Med vänliga hälsningar\nHenrik Åberg\nHemelektronik Åberg",
         [], "Reply giving the manufacturer's warranty line, marked as such (BSM309 exception)."),

    _rec(16, "reply", "html",
         "Sv: Kan ni skicka faktura med moms? {ON}",
         "<p>Hej,</p>"
         "<p>självklart – för order {ON} kan vi ta fram en faktura med momsen särredovisad. "
         "Fyll i företagsuppgifterna i ditt Amazon-konto eller svara här med ert organisationsnummer, "
         "så bifogar vi fakturan i den här konversationen.</p>"
         "<p>Vänliga hälsningar<br>Sofia Nyström<br>Kundansvarig</p>"
         "<p><small>Teboden i Visby AB<br>Strandgatan 12, 621 56 Visby<br>"
         "Org.nr 559012-3456 · Momsreg.nr SE559012345601 · Styrelsens säte: Gotland</small></p>",
         [], "Reply with a Swedish company-details footer and no contact data."),

    _rec(17, "reply", "text",
         "Sv: När kommer återbetalningen? {ON}",
         "Hej,\n\n"
         "ditt returpaket för order {ON} (returnummer RET-2026-4471, PostNord-id UA123456789SE) "
         "kom in till oss fredag 4 december kl. 10.45. Vi har nu gjort en återbetalning på 649,00 kr, "
         "och fraktkostnaden för returen, 89,00 kr, återbetalas separat måndag 7/12.\n\n"
         "Beloppet brukar synas på kontot inom 3–5 bankdagar.\n\n"
         "Hälsningar\nStrumpkungen",
         [], "Reply with return and tracking numbers, dates, times and amounts; none is a phone number."),

    # ---------------- violations (18-48) ----------------
    _rec(18, "fulfillment-question", "text",
         "Nu är ditt paket på väg! Order {ON}",
         "Hej!\n\n"
         "Roliga nyheter: order {ON} lämnade vårt lager i Borås i morse och har lämnats över till DB Schenker. "
         "Räkna med leverans inom 1–2 arbetsdagar.\n\n"
         "Hälsningar\nTextilhallen",
         ["BSM201"], "Shipping confirmation: left the warehouse and handed to the carrier."),

    _rec(19, "additional-information", "html",
         "Tack för din order {ON}",
         "<p>Hej,</p>"
         "<p>vi har tagit emot din order {ON} och håller just nu på att plocka ihop den. "
         "Doftljusen slås in för hand i silkespapper.</p>"
         "<p>Ljusa hälsningar<br>Ljusstöperiet i Dalarna</p>",
         ["BSM201"], "Order confirmation: received and being prepared."),

    _rec(20, "fulfillment-question", "text",
         "Order {ON}",
         "Hej,\n\n"
         "stort tack för att du valde att handla hos oss! Det värmer verkligen en liten butik.\n\n"
         "Allt gott\nAntikvariatet Boklådan",
         ["BSM202"], "Thanks-only message."),

    _rec(21, "fulfillment-question", "text",
         "Vi finns här – order {ON}",
         "Hej!\n\n"
         "Skulle något strula med order {ON}, eller om du undrar över något, så finns vi här och hjälper gärna till.\n\n"
         "Ha en fin dag!\nKrukväxtbutiken",
         ["BSM202"], "Only says the seller is there if anything comes up."),

    _rec(22, "delivery-delay", "text",
         "Order {ON} – skickas 11/12",
         "Hej,\n\n"
         "på grund av julruschen skickas pläden i order {ON} först fredag 11 december, två dagar senare än utlovat. "
         "Förlåt för dröjsmålet!\n\n"
         "Hälsningar\nUllboden\n\n"
         "PS. Fram till nyår är hela sortimentet 20 % billigare – passa på att kika in i vår Amazon-butik innan julklapparna är köpta.",
         ["BSM203"], "Delay notice whose postscript promotes 20% off the whole range."),

    _rec(23, "review-request", "text",
         "Vad tyckte du? Order {ON}",
         "Hej!\n\n"
         "Hoppas örhängena från order {ON} har fått komma ut på äventyr. Har du en minut får du gärna recensera dem på Amazon.\n\n"
         "Och missa inte vår nya vårkollektion i återvunnet silver som släpps i februari – följ oss på Instagram och "
         "prenumerera på nyhetsbrevet så får du veta först.\n\n"
         "Kramar\nSilverstugan",
         ["BSM203"], "Review request with follow-us, newsletter and new-collection promotion."),

    _rec(24, "review-request", "text",
         "En liten överraskning – order {ON}",
         "Hej,\n\n"
         "vad roligt att penselsetet i order {ON} har kommit fram. När din recension väl ligger uppe på Amazon "
         "hör vi av oss med en liten present som tack – en gest från oss.\n\n"
         "Hälsningar\nMålarateljén",
         ["BSM204"], "Small gift promised once the review is published."),

    _rec(25, "review-request", "html",
         "Order {ON} – recension",
         "<p>Hej,</p>"
         "<p>vi har ett erbjudande: skriv en recension av hörlurarna i order {ON} på Amazon, så betalar vi tillbaka "
         "hela köpesumman så fort den är publicerad. Svara bara med en skärmbild av recensionen.</p>"
         "<p>Hälsningar<br>Ljudhörnan</p>",
         ["BSM204"], "Full refund offered as soon as the review is online."),

    _rec(26, "reply", "text",
         "Sv: Lampan blinkar – {ON}",
         "Hej,\n\n"
         "skönt att lampan i order {ON} fungerar nu när dimmerläget är omställt, precis som vi gick igenom i går.\n\n"
         "Eftersom problemet är löst undrar vi om du skulle kunna tänka dig att uppdatera eller ta bort ditt omdöme med en stjärna? "
         "Som det står nu beskriver det ett fel som inte längre finns.\n\n"
         "Tack!\nMalin Sjöberg\nLjusdesign Sjöberg",
         ["BSM205"], "Asks to update or remove a one-star review after the issue was solved."),

    _rec(27, "review-request", "text",
         "Är du nöjd? Order {ON}",
         "Hej,\n\n"
         "om du är nöjd med arbetshandskarna i order {ON} blir vi jätteglada för en recension på Amazon. "
         "Är något fel vill vi hellre att du hör av dig till oss först i stället för att lämna ett omdöme.\n\n"
         "Hälsningar\nVerktygsboden",
         ["BSM206"], "Asks only satisfied buyers to review and steers unhappy ones to the seller."),

    _rec(28, "review-request", "text",
         "Fem stjärnor till biodlingen? Order {ON}",
         "Hej!\n\n"
         "För en liten biodling i Hälsingland betyder varje betyg väldigt mycket. Om honungen i order {ON} föll dig "
         "i smaken skulle vi bli så tacksamma för fem stjärnor i en recension på Amazon.\n\n"
         "Hälsningar\nBigårdens Honung",
         ["BSM206"], "Asks for a five-star rating."),

    _rec(29, "order-problem", "text",
         "Slut i lager – order {ON}",
         "Hej,\n\n"
         "tyvärr såldes fåtöljen i order {ON} slut samtidigt i två kanaler och vi har den inte längre i lager. "
         "Orderbeloppet har justerats hos Amazon med orsaken slut i lager.\n\n"
         "Enklast och snabbast är om du själv avbryter ordern i ditt konto – det tar en minut.\n\n"
         "Ursäkta strulet\nSittkomfort",
         ["BSM108"], "Advises the buyer to cancel herself because stock ran out (amount adjusted)."),

    _rec(30, "order-problem", "text",
         "Order {ON} – en vänlig begäran",
         "Hej,\n\n"
         "grossisten kan inte längre leverera pusslet med 3000 bitar i order {ON}. "
         "Vi skulle uppskatta om du skickar en begäran om annullering via Amazon, så är saken ur världen direkt.\n\n"
         "Hälsningar\nPusselhörnan",
         ["BSM107", "BSM108"], "Asks for a cancellation request without confirming any amount adjustment."),

    _rec(31, "delivery-delay", "text",
         "Order {ON} – nytt datum",
         "Hej,\n\n"
         "teet i order {ON} skickas tre dagar senare än planerat, nytt datum är 12 december.\n\n"
         "Hälsningar\nTehuset\n\n"
         "Vill du inte få fler meddelanden från oss? Svara STOPP så avregistrerar vi dig.",
         ["BSM305"], "Opt-out instruction: reply STOPP."),

    _rec(32, "reply", "text",
         "Sv: Var är mitt paket?? {ON}",
         "Hej,\n\n"
         "jag förstår att du är irriterad, det är jag med. Det där jävla budföretaget har klantat till det igen "
         "och paketet {ON} ligger och skräpar på terminalen. Vi har reklamerat hos dem och återkommer så fort något händer.\n\n"
         "Hälsningar\nNiklas, Retrospel",
         ["BSM306"], "Reply with Swedish profanity about the carrier."),

    _rec(33, "delivery-delay", "text",
         "Order {ON} – new dispatch date",
         "Hi,\n\n"
         "we just wanted to let you know that the wool throw in order {ON} will leave our workshop on 15 December "
         "rather than 9 December, since the yarn delivery is running late.\n\n"
         "Best wishes,\nVävstugan",
         ["BSM104"], "Whole message in English for a sv-SE buyer."),

    _rec(34, "reply", "text",
         "Sv: Storlek på kängorna – {ON}",
         "Hej,\n\n"
         "modellen i order {ON} är lite liten i storleken, så vid byte rekommenderar vi en storlek upp. "
         "Vill du prata direkt går det bra att ringa mig på 070-123 45 67 (vardagar 9–17).\n\n"
         "Hälsningar\nEmma, Skomakarns",
         ["BSM309"], "Swedish mobile number as a contact line."),

    _rec(35, "delivery-scheduling", "text",
         "Leverans av matbord – {ON}",
         "Hej,\n\n"
         "matbordet i order {ON} kan levereras 16/12 kl. 10–14 eller 18/12 kl. 12–16. Vilken tid passar? "
         "Har du frågor når du kontoret på +46 31 123 45 67.\n\n"
         "Hälsningar\nPer Lund\nSnickeriet Lund",
         ["BSM309"], "Office phone number in international format."),

    _rec(36, "additional-information", "text",
         "Order {ON} – lägenhetsnummer saknas",
         "Hej,\n\n"
         "adressen i order {ON} saknar lägenhetsnummer. Kan du komplettera? Det går också bra att mejla det till "
         "order@glasbruketsbutik.se.\n\n"
         "Hälsningar\nGlasbrukets Butik",
         ["BSM308"], "Plain e-mail address in text."),

    _rec(37, "reply", "text",
         "Sv: Bilder på skadan – {ON}",
         "Hej,\n\n"
         "bilagor försvinner ibland här, så bilderna på den spruckna ramen i order {ON} skickar du helst till "
         "reklamation snabel-a ramverket punkt se – skriv ordernumret i ämnesraden.\n\n"
         "Hälsningar\nRamverket",
         ["BSM308"], "Obfuscated e-mail address with 'snabel-a' and 'punkt'."),

    _rec(38, "fulfillment-question", "html",
         "Monteringsanvisning till order {ON}",
         "<p>Hej,</p>"
         "<p>till bokhyllan i order {ON} har vi spelat in en monteringsfilm steg för steg, den finns på vår webbplats: "
         "<a href=\"https://www.hyllmakarna.se/guider/montering-bokhylla-alva\">Monteringsguide för bokhyllan Alva på Hyllmakarna.se</a>.</p>"
         "<p>Hälsningar<br>Hyllmakarna</p>",
         ["BSM302"], "https link to the seller's own site with descriptive text."),

    _rec(39, "review-request", "html",
         "Recension – order {ON}",
         "<p>Hej,</p>"
         "<p>vi blir glada för några rader om termosen i order {ON}:</p>"
         "<p><a href=\"http://www.amazon.se/review/create-review?asin=B0D2TRMS01\">Skriv en recension av termosen på Amazon.se</a></p>"
         "<p>Hälsningar<br>Termoshuset</p>",
         ["BSM301"], "Insecure http link to Amazon with descriptive text."),

    _rec(40, "delivery-delay", "html",
         "Försening – {ON}",
         "<p>Hej,</p>"
         "<p>ryggsäcken i order {ON} skickas 14/12 i stället för 9/12, vi väntar på nya dragkedjor.</p>"
         "<p><img src=\"https://bilder.packatsack.se/produkter/ryggsack-stad-grafit-25l.jpg\" alt=\"Ryggsäck Stad grafit 25 liter\" width=\"300\"></p>"
         "<p>Ursäkta dröjsmålet<br>Packat och Säck</p>",
         ["BSM310"], "Photo of the purchased product."),

    _rec(41, "invoice", "html",
         "Faktura för order {ON}",
         "<p>Hej,</p>"
         "<p>bifogat finns faktura 2026/88 för order {ON}.</p>"
         "<p><img src=\"https://cdn.kortboden.se/stock/julgran-snolandskap.jpg\" alt=\"Julgran i snölandskap\" width=\"400\"></p>"
         "<p>God jul önskar<br>Kortboden</p>",
         ["BSM311"], "Stock Christmas-tree image unrelated to the shop."),

    _rec(42, "review-request", "html",
         "Order {ON} – din åsikt",
         "<p><img src=\"https://static.tvalfabriken.se/tvalfabriken-logo.png\" width=\"150\"></p>"
         "<p>Hej,</p>"
         "<p>om du har en stund får du gärna recensera tvålarna i order {ON} på Amazon.</p>"
         "<p>Hälsningar<br>Tvålfabriken</p>",
         ["BSM402"], "Shop logo with no alt attribute."),

    _rec(43, "delivery-delay", "text",
         "Order {ON} – lite försenad",
         "Hej hej!\n\n"
         "Sällskapsspelet i order {ON} skickas fredag 11/12 eftersom de nya spelreglerna blev sena från tryckeriet 🙏 "
         "Tack för ditt tålamod!\n\n"
         "Spelhyllan",
         ["BSM403"], "Emoji in a delay notice."),

    _rec(44, "reply", "text",
         "Sv: Färg på kopplet – {ON}",
         "Hej,\n\n"
         "kopplet i order {ON} är flaskgrönt, på bilden i annonsen ser det lite ljusare ut. Vovven kommer att gilla det :)\n\n"
         "Hälsningar\nHundgården",
         ["BSM403"], "Text emoticon :) in a reply."),

    _rec(45, "delivery-delay", "html",
         "Ändrat leveransdatum {ON}",
         "<style>h1{font-size:26px} h2{font-size:19px} p{font-size:15px} .fot{font-size:10px}</style>"
         "<h1>Information om din order</h1>"
         "<h2>Order {ON}</h2>"
         "<p>Hej, knivsetet skickas 15/12 i stället för 10/12 på grund av en försening hos tillverkaren.</p>"
         "<p class=\"fot\">Knivsmedjan AB, Bruksgatan 3, 811 30 Sandviken</p>",
         ["BSM410"], "Four explicit font sizes in a style block."),

    _rec(46, "additional-information", "html",
         "Order {ON} – ringstorlek",
         "<p>Hej,</p>"
         "<p>för order {ON} behöver vi veta din ringstorlek (innerdiameter i mm, t.ex. 17,5).<br><br><br><br>"
         "Utan den kan vi inte gjuta ringen.</p>"
         "<p>Hälsningar<br>Guldsmeden Nils Wiklund</p>",
         ["BSM412"], "Run of four <br> tags."),

    _rec(47, "invoice", "text",
         "[Viktigt] Faktura för order {ON}",
         "Hej,\n\n"
         "här kommer fakturan 2026/12/0099 för order {ON} som bilaga. Beloppet är redan betalt via Amazon.\n\n"
         "Hälsningar\nKontorslagret",
         ["BSM110"], "[Viktigt] tag on an invoice."),

    _rec(48, "review-request", "html",
         "Omdöme om order {ON}",
         "<p>Hej,</p>"
         "<p>hoppas filtarna i order {ON} håller dig varm. Vill du berätta vad du tycker? "
         "<a href=\"https://www.amazon.se/review/create-review?asin=B0B7FLT456\">Läs mer</a></p>"
         "<p>Hälsningar<br>Filtfabriken</p>",
         ["BSM401"], "Non-descriptive link text 'Läs mer'."),

    # ---------------- varying (49-50) ----------------
    _rec(49, "delivery-delay", "html",
         "Ny leveranstid – order {ON}",
         "<p><img src=\"http://www.sjobodenshandel.se/img/sjoboden-logotyp-bred.png\" alt=\"Sjöbodens Handel logotyp\" width=\"580\" height=\"120\"></p>"
         "<p>Hej,</p>"
         "<p>regnjackan i order {ON} skickas 14 december i stället för 8 december på grund av en försenad tygleverans.</p>"
         "<p>Vänliga hälsningar<br>Sjöbodens Handel</p>",
         ["BSM406", "BSM413"], "Shop logo 580 px wide, loaded over http."),

    _rec(50, "review-request", "html",
         "Berätta gärna vad du tycker – order {ON}",
         "<p>Hej,</p>"
         "<p>hur har det gått med vinterkängorna i order {ON}? Om du vill får du gärna skriva en recension på Amazon.</p>"
         "<p>Hälsningar<br>Kängboden</p>"
         "<img src=\"https://t.mailflow.se/o/open.png?uid=83412&amp;oid={ON}\" width=\"1\" height=\"1\" alt=\"\">",
         ["BSM307", "BSM402"], "1x1 tracking pixel with empty alt."),
]
