# Swedish (sv-SE) blind evaluation messages, v7.
L, LOC = "sv", "sv-SE"
MESSAGES = []


def _oid(n):
    return "509-%07d-%07d" % (6205000 + n * 71, 1183000 + n * 643)


def m(n, typ, fmt, subject, body, expected, note, oid=None):
    o = oid or _oid(n)
    MESSAGES.append({
        "id": "v7-sv-%03d" % n, "language": L, "locale": LOC, "type": typ, "format": fmt,
        "subject": subject.replace("{o}", o), "body": body.replace("{o}", o),
        "order_id": o, "expected": sorted(expected), "note": note,
    })


# ---- clean ----
m(1, "delivery-delay", "text", "Din beställning {o} blir försenad",
  "Hej Lina!\n\nVi vill bara meddela att keramikskålarna i order {o} tyvärr inte hinner bli klara till utlovat datum. Glasyrbränningen tog längre tid än vanligt, så vi räknar med att skicka dem fredag 11 december i stället för måndag 7 december.\n\nVi ber om ursäkt för dröjsmålet. Passar det nya datumet dåligt får du gärna svara här.\n\nVänliga hälsningar\nJohanna Berg\nLera & Ljus, Gnesta",
  [], "Plain-text delivery delay from a small workshop.")
m(2, "delivery-delay", "html", "Ändrat leveransdatum – order {o}",
  "<p>Hej,</p><p>på grund av hög belastning hos vår leverantör kommer din <strong>kaffekvarn Malm 200</strong> (order {o}) att skickas senare än beräknat.</p><table><tr><td>Ursprungligt datum:</td><td>2026-12-08</td></tr><tr><td>Nytt datum:</td><td>2026-12-14</td></tr></table><p>Vi beklagar förseningen.</p><p>Med vänlig hälsning<br>Kundtjänst, Bryggeriet Nordic AB</p>",
  [], "Builder HTML delay with a date table and no styling.")
m(3, "order-problem", "text", "[Viktigt] Vara slut i lager – order {o}",
  "Hej,\n\ntyvärr visade det sig att den ena av de två beställda ullfiltarna (färg: skogsgrön) är slut hos oss och inte kan skickas. Vi har därför justerat beloppet för order {o} med 449 kr, och återbetalningen syns på ditt konto inom några bankdagar. Den andra filten skickas som planerat.\n\nVi ber om ursäkt för besväret.\n\nHälsningar\nSara Lindqvist\nUllboden",
  [], "Order problem with [Viktigt] and a confirmed amount adjustment.")
m(4, "additional-information", "text", "Fråga om gravyr, order {o}",
  "Hej Erik,\n\nför att kunna gravera skärbrädan i order {o} behöver vi veta vilken text du vill ha (högst 25 tecken) och om den ska stå i versaler eller gemener.\n\nSvara bara på det här meddelandet, så sätter vi igång.\n\nHälsningar\nTräverket i Dalarna",
  [], "Request for engraving text needed to complete the order.")
m(5, "return-follow-up", "text", "Angående din retur – order {o}",
  "Hej,\n\nvi har sett att du vill returnera ryggsäcken eftersom ett spänne har en repa. Om du hellre vill behålla den kan vi erbjuda en delåterbetalning på 250 kr. Vill du ändå returnera går det förstås bra, då fortsätter returen som vanligt.\n\nHör av dig med vilket alternativ du föredrar.\n\nMed vänliga hälsningar\nMarcus Ek\nFjällpacken",
  [], "Return follow-up offering a partial refund.")
m(6, "return-follow-up", "text", "Retur av kaffebryggare – order {o}",
  "Hej,\n\ngällande returen av kaffebryggaren i order {o}: kan du skicka oss serienumret som står på undersidan (börjar med SN)? Vi behöver det för att kunna slutföra returen hos tillverkaren.\n\nTack på förhand!\nAnders Holm\nKaffeHörnan",
  [], "Return follow-up asking for information needed to complete the return.")
m(7, "invoice", "text", "Faktura 2026/12/0318 för order {o}",
  "Hej,\n\nbifogat finner du faktura nr 2026/12/0318 för order {o}. Totalt belopp: 3 495,00 kr inkl. moms (varav moms 25 %: 699,00 kr).\n\nMed vänlig hälsning\nEkonomiavdelningen\n\nHemma & Verktyg Sverige AB\nSveavägen 44, 111 34 Stockholm\nOrg.nr 556123-4567 | Momsreg.nr SE556123456701\nInnehar F-skattsedel",
  [], "Invoice with Org.nr and VAT number and a slashed invoice number.")
m(8, "review-request", "text", "Hur fungerar kniven? Order {o}",
  "Hej,\n\ndet har nu gått en vecka sedan din kockkniv levererades (order {o}). Om du har tid blir vi glada om du vill dela med dig av din upplevelse i en produktrecension på Amazon – både ris och ros hjälper andra köpare.\n\nHälsningar\nEggen Knivar",
  [], "Neutral plain-text review request.")
m(9, "review-request", "html", "Dela gärna din upplevelse – order {o}",
  "<p><img src=\"https://static.ljusstakeboden.se/logo-ljusstakeboden.png\" alt=\"Ljusstakeboden logotyp\" width=\"160\"></p><p>Hej,</p><p>tack för att du handlade ljusstakar hos oss (order {o}). Om du vill får du gärna lämna en recension av produkten – alla omdömen är värdefulla för oss, även kritiska.</p><p><a href=\"https://www.amazon.se/review/create-review?asin=B0C9SE4412\">Skriv en produktrecension på Amazon</a></p><p>Vänliga hälsningar<br>Ljusstakeboden</p>",
  [], "HTML review request with shop logo and descriptive Amazon link.")
m(10, "delivery-scheduling", "text", "Bokning av leverans – soffa, order {o}",
  "Hej Karin,\n\nsoffan i order {o} väger omkring 95 kg och levereras av vår egen budfirma. Vi har följande tider lediga:\n\n- torsdag 10 december kl. 08.00–12.00\n- fredag 11 december kl. 12.00–16.00\n- måndag 14 december kl. 16.00–20.00\n\nSvara med den tid som passar dig bäst och berätta gärna vilken våning du bor på och om det finns hiss.\n\nHälsningar\nOskar Nilsson\nSoffkompaniet Norr",
  [], "Delivery scheduling for a bulky sofa with time slots.")
m(11, "home-service-appointment", "text", "Tid för installation – order {o}",
  "Hej,\n\nvår tekniker kan installera diskmaskinen i order {o} onsdag 2026-12-16 mellan kl. 9 och 11 eller torsdag 2026-12-17 mellan kl. 13 och 15. Vilken tid passar bäst?\n\nMed vänliga hälsningar\nInstallationsteamet, VitvaruMontage Göteborg",
  [], "Home-service appointment with two slots.")
m(12, "custom-design-verification", "html", "Korrektur för din tröja – order {o}",
  "<p>Hej Elsa!</p><p>Här kommer korrekturet för din brodyr \"Mormors bästa 2026\". Kolla gärna stavning och placering i bifogad fil innan vi börjar brodera order {o}.</p><p>Bifogad fil: korrektur_{o}.pdf</p><p>Hälsningar<br>Stygn & Tråd</p>",
  [], "Custom design proof for approval.")
m(13, "fulfillment-question", "text", "Portkod behövs – order {o}",
  "Hej,\n\nvår egen chaufför kör ut växtlådorna i order {o} på fredag, och fastigheten på Ringvägen 12 har låst port. Kan du skicka oss portkoden? Ange gärna vårt ärendenummer ÄR-2026-4471 och körlistenummer KL 88213 i svaret.\n\nTack!\nGrönt på Balkongen",
  [], "Door-code question with reference numbers.")
m(14, "reply", "text", "Sv: Storlek på skorna – {o}",
  "Hej,\n\nmodellen \"Trail Runner Pro GTX\" i order {o} följer amerikanska storlekar, så med en fotlängd på 26 cm rekommenderar vi US 9. Blir den för liten byter vi gärna.\n\nHälsningar\nJonas på Löparlådan",
  [], "Reply quoting an English product title inside Swedish sentences.")
m(15, "reply", "text", "Sv: Borrmaskinen fungerar inte – order {o}",
  "Hej Mats,\n\nborrmaskinen i order {o} omfattas av tillverkarens garanti på två år. Snabbast hjälp får du via tillverkaren Voltars garantisupport: 08-555 123 40 (vardagar 8–16). Ha kvittot till hands när du ringer.\n\nMed vänlig hälsning\nVerktygsboden",
  [], "Reply giving the manufacturer's warranty support line, marked as such.")
m(16, "reply", "text", "Sv: Fakturauppgifter – order {o}",
  "Hej,\n\nvi har uppdaterat företagsuppgifterna enligt önskemål, och en ny faktura för order {o} skickas i morgon.\n\nHälsningar\nKundservice\n\nPapper & Penna i Malmö AB\nStortorget 3, 211 22 Malmö\nOrg.nr 559012-3456 | Momsreg.nr SE559012345601\nStyrelsens säte: Malmö",
  [], "Reply with a company footer containing registry numbers.")
m(17, "reply", "text", "Sv: Var är min återbetalning? {o}",
  "Hej,\n\ndin retur (returnummer RMA-2026-0912, kollinummer 00370 7123 4567 8901) kom fram till oss 2026-12-03 kl. 14.25. Vi genomförde återbetalningen på 899,00 kr den 4 december, så pengarna bör synas senast 10 december.\n\nHälsningar\nEmma Sjöberg\nModeMagasinet",
  [], "Reply with return and tracking numbers, dates, times and amounts.")

# ---- violations ----
m(18, "fulfillment-question", "text", "Order {o} är på väg",
  "Hej,\n\nnu har ditt paket med order {o} lämnat vårt lager och överlämnats till PostNord. Det bör vara framme inom 1–3 arbetsdagar.\n\nHälsningar\nTeboden",
  ["BSM201"], "Shipping confirmation: left the warehouse, handed to the carrier.")
m(19, "additional-information", "text", "Vi har tagit emot din order {o}",
  "Hej!\n\nStort tack – vi har fått din beställning {o} och håller just nu på att packa den. Vi hör av oss om något skulle strula.\n\nTeamet på Pusselfabriken",
  ["BSM201"], "Order confirmation: received and being packed.")
m(20, "review-request", "text", "Tack! ({o})",
  "Hej,\n\ntack så mycket för att du valde oss och för din beställning {o}.\n\nVänliga hälsningar\nButik Linden",
  ["BSM202"], "Thanks-only message.")
m(21, "fulfillment-question", "text", "Angående order {o}",
  "Hej,\n\nom det skulle dyka upp några frågor om order {o} finns vi här – det är bara att höra av sig.\n\nHälsningar\nKrukmakeriet Söder",
  ["BSM202"], "Only an offer to help if anything comes up.")
m(22, "delivery-delay", "text", "Nytt leveransdatum – order {o}",
  "Hej,\n\nhandskarna i order {o} skickas 2026-12-18 i stället för 2026-12-12 på grund av en försenad leverans från fabriken. Vi ber om ursäkt.\n\nHälsningar\nSportHallen\n\nPS. Fram till nyår får du 20 % rabatt på hela vårt sortiment.",
  ["BSM203"], "Permitted delay with a P.S. promotion of 20% off everything.")
m(23, "reply", "text", "Sv: Färgen på gardinerna – {o}",
  "Hej,\n\nja, gardinerna i order {o} har nyansen \"salvia\" precis som på bilden.\n\nGillar du vår stil? Följ oss gärna på Instagram och prenumerera på vårt nyhetsbrev – i januari lanserar vi en helt ny linnekollektion.\n\nHälsningar\nLinneboden",
  ["BSM203"], "Reply inviting to follow, subscribe and see a new collection.")
m(24, "review-request", "text", "Din upplevelse – order {o}",
  "Hej,\n\nvi blir glada om du vill berätta vad du tycker om kaffebryggaren i en recension på Amazon. Som tack skickar vi en liten present – en påse nyrostat kaffe – så fort recensionen är publicerad.\n\nHälsningar\nRosteriet",
  ["BSM204"], "Small gift once the review is published.")
m(25, "review-request", "text", "Ett litet erbjudande – order {o}",
  "Tjena!\n\nSkriv en recension av hörlurarna på Amazon, så betalar vi tillbaka hela beloppet för order {o} så snart den ligger ute. Skicka bara en skärmdump till oss.\n\nHälsningar\nLjudLagret",
  ["BSM204"], "Full refund once the review is online.")
m(26, "reply", "text", "Sv: Reklamation vattenkokare – order {o}",
  "Hej Birgitta,\n\nnu har du fått en ny vattenkokare och vi hoppas att allt fungerar. Eftersom problemet är löst undrar vi om du skulle vilja uppdatera din recension med en stjärna, eller ta bort den helt?\n\nMed vänlig hälsning\nHemElektronik",
  ["BSM205"], "Asks to change or remove a one-star review.")
m(27, "review-request", "text", "Är du nöjd? Order {o}",
  "Hej,\n\nom du är nöjd med lampan i order {o} får du gärna lämna en recension på Amazon. Är du inte nöjd ber vi dig att kontakta oss först i stället för att skriva en recension – vi löser det.\n\nHälsningar\nLjusDesign",
  ["BSM206"], "Review asked only from satisfied buyers; unhappy ones steered away.")
m(28, "review-request", "html", "Din åsikt om order {o}",
  "<p>Hej,</p><p>vi hoppas att ryggsäcken i order {o} har följt med på många turer. Vi skulle bli jätteglada för fem stjärnor på Amazon – för ett litet företag betyder det enormt mycket.</p><p>Hälsningar<br>Fjällvandraren</p>",
  ["BSM206"], "Asks for five stars.")
m(29, "order-problem", "text", "[Viktigt] Order {o} – slut i lager",
  "Hej,\n\ntyvärr tog köksmaskinen slut innan vi hann packa den. Beloppet för order {o} har redan justerats. Det enklaste är att du själv avbryter ordern under Dina beställningar på Amazon, så är allt klart direkt.\n\nVi beklagar\nKöksKompaniet",
  ["BSM108"], "Advises buyer to cancel because of no stock; adjustment confirmed.")
m(30, "order-problem", "text", "Problem med order {o}",
  "Hej,\n\nleksaken i order {o} är tyvärr slut hos vår grossist. Vi skulle uppskatta om du kunde skicka in en begäran om annullering av ordern.\n\nMed vänliga hälsningar\nLekhuset",
  ["BSM107", "BSM108"], "Asks for a cancellation request without confirming an adjustment.")
m(31, "delivery-delay", "text", "Försenad leverans – order {o}",
  "Hej,\n\nfärgerna i order {o} skickas måndag 14 december, två dagar senare än planerat.\n\nHälsningar\nKonstnärsLagret\n\nVill du inte få fler meddelanden från oss? Svara STOPP.",
  ["BSM305"], "Opt-out instruction: reply STOPP.")
m(32, "reply", "text", "Sv: Var är paketet?! {o}",
  "Hej Peter,\n\ndet här är tredje gången du skriver och vi vet för fan inte vad mer vi ska säga. Status för order {o} ser du på ditt Amazon-konto.\n\nCykelverkstan",
  ["BSM306"], "Swedish profanity in a reply.")
m(33, "delivery-delay", "text", "Bestellung {o} – Verzögerung",
  "Hallo,\n\nleider wird die Schreibtischlampe aus Bestellung {o} wegen eines Lieferantenengpasses erst am 14. Dezember statt am 10. Dezember versendet. Wir bitten um Entschuldigung.\n\nViele Grüße\nLampenwelt",
  ["BSM104"], "Whole message in German to an sv-SE buyer.")
m(34, "reply", "text", "Sv: Montering av hyllan – {o}",
  "Hej,\n\nom monteringen av hyllan i order {o} är det enklast att prata i telefon – ring oss på 070-123 45 67, alla dagar 9–17.\n\nHälsningar\nHyllbyggarna",
  ["BSM309"], "Seller's mobile number in national format.")
m(35, "additional-information", "text", "Leveransadress – order {o}",
  "Hej,\n\ndet saknas lägenhetsnummer i leveransadressen. Komplettera gärna i ett svar eller ring vår kundtjänst på +46 31 123 45 67.\n\nHälsningar\nInredningsstudion",
  ["BSM309"], "Seller's customer-service number in international format.")
m(36, "reply", "text", "Sv: Faktura till företag – {o}",
  "Hej,\n\nvi ordnar gärna en företagsfaktura för order {o}. Mejla bara företagsuppgifterna till faktura@tradgardsboden.se.\n\nHälsningar\nTrädgårdsboden",
  ["BSM308"], "Plain e-mail address.")
m(37, "reply", "text", "Sv: Bilder på skadan – {o}",
  "Hej,\n\nbilderna på den spruckna krukan i order {o} skickar du enklast till reklamation snabel-a keramikstudion punkt se, så hamnar de direkt hos rätt person.\n\nHälsningar\nKeramikstudion",
  ["BSM308"], "Obfuscated e-mail with 'snabel-a' and 'punkt'.")
m(38, "reply", "html", "Sv: Skötsel av skärbrädan – {o}",
  "<p>Hej,</p><p>skärbrädan i order {o} mår bra av att oljas in en gång i månaden. Fler tips hittar du i vår <a href=\"https://www.bradgarden.se/skotselguide\">skötselguide för träprodukter på Brädgårdens webbplats</a>.</p><p>Hälsningar<br>Brädgården</p>",
  ["BSM302"], "https link with descriptive text to the seller's own site.")
m(39, "reply", "html", "Sv: Bruksanvisning – {o}",
  "<p>Hej,</p><p>bruksanvisningen till elementet i order {o} finns i produktbeskrivningen: <a href=\"http://www.amazon.se/dp/B0D4SE8812\">produktsidan på Amazon med bruksanvisning</a>.</p><p>Hälsningar<br>VärmeHörnan</p>",
  ["BSM301"], "Insecure http link to Amazon.")
m(40, "delivery-delay", "html", "Försening – order {o}",
  "<p>Hej,</p><p>vattenkokaren skickas 2026-12-15 i stället för 2026-12-11.</p><p><img src=\"https://cdn.kokboden.se/produkter/vattenkokare-stal-17l.jpg\" alt=\"Vattenkokare i rostfritt stål 1,7 l\" width=\"240\"></p><p>Vi ber om ursäkt för förseningen av order {o}.<br>Kokboden</p>",
  ["BSM310"], "Photo of the purchased product.")
m(41, "review-request", "html", "Din recension – order {o}",
  "<p><img src=\"https://cdn.mejlbyggaren.se/stock/julgran-sno.jpg\" alt=\"Julgran i snö\" width=\"300\"></p><p>Hej,</p><p>om du har en stund över får du gärna recensera produkten i order {o} på Amazon.</p><p>Hälsningar<br>Vinterbutiken</p>",
  ["BSM311"], "Stock Christmas-tree image unrelated to the shop.")
m(42, "delivery-delay", "html", "Nytt datum – order {o}",
  "<p><img src=\"https://static.stickstugan.se/logo-stickstugan.png\" alt=\"\" width=\"150\"></p><p>Hej,</p><p>tröjan i order {o} skickas 2026-12-17 – vi stickar den för hand och behöver några dagar till.</p><p>Hälsningar<br>Stickstugan</p>",
  ["BSM402"], "Shop logo with empty alt.")
m(43, "delivery-delay", "text", "Lite försenat – order {o}",
  "Hej!\n\nDin hoodie i order {o} åker iväg 2026-12-12, två dagar senare än tänkt 🙈 Tack för ditt tålamod! 🎁\n\nTeamet på Tröjtorget",
  ["BSM403"], "Emoji in a delivery delay.")
m(44, "reply", "text", "Sv: Storlek på vantarna – {o}",
  "Hej Maja,\n\nvantarna i order {o} är ganska rymliga, så storlek S funkar nog fint :-) Annars byter vi ;)\n\nHälsningar\nAnnika, Ullgården",
  ["BSM403"], "Text emoticons.")
m(45, "delivery-delay", "html", "Ändrat leveransdatum – {o}",
  "<style>h1{font-size:26px} h2{font-size:19px} p{font-size:15px} .sidfot{font-size:10px}</style><h1>Försenad leverans</h1><h2>Order {o}</h2><p>Hej, din beställning skickas 2026-12-16 i stället för 2026-12-12. Vi ber om ursäkt.</p><p class=\"sidfot\">Hus & Trädgård AB</p>",
  ["BSM410"], "Four explicit font sizes in a style block.")
m(46, "delivery-delay", "html", "Order {o} – försening",
  "<p>Hej,</p><br><br><br><p>filten i order {o} skickas 2026-12-15.</p><br><br><br><br><p>Vi ber om ursäkt för dröjsmålet.</p><p>Hälsningar<br>Pläddepån</p>",
  ["BSM412"], "Runs of <br> between paragraphs in HTML.")
m(47, "invoice", "text", "[Viktigt] Faktura för order {o}",
  "Hej,\n\nbifogat finns fakturan nr 2026/12/0422 för order {o}.\n\nHälsningar\nByggvaruhuset Norr AB\nOrg.nr 556987-6543",
  ["BSM110"], "[Viktigt] tag on an invoice.")
m(48, "review-request", "html", "Recension av order {o}",
  "<p>Hej,</p><p>om du har tid får du gärna recensera produkten i order {o}. <a href=\"https://www.amazon.se/review/create-review?asin=B0B9SE7731\">Läs mer</a></p><p>Hälsningar<br>Tehuset</p>",
  ["BSM401"], "Non-descriptive 'Läs mer' link text.")

# ---- varying ----
m(49, "delivery-delay", "html", "Försenad order {o}",
  "<div style=\"padding:0 140px\"><p>Hej,</p><p>täcket i order {o} skickas 2026-12-14 i stället för 2026-12-10. Vi ber om ursäkt för förseningen.</p><p>Hälsningar<br>Dunbolaget</p></div>",
  ["BSM405"], "140 px padding each side, over 20% of the maximum width.")
m(50, "delivery-delay", "html", "Nytt leveransdatum – order {o}",
  "<p>Hej,</p><p>pusslet i order {o} skickas 2026-12-16 i stället för 2026-12-11 eftersom vi väntar på en leverans från tillverkaren.</p><p>Hälsningar<br>Pusselhörnan</p><img src=\"https://t.mejlstat.se/open.gif?uid=88213&amp;m=509\" width=\"1\" height=\"1\" alt=\"\">",
  ["BSM307", "BSM402"], "Hidden 1x1 tracking pixel with empty alt.")
