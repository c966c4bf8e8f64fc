"""v30 evaluation messages, Swedish."""
LANG, LOC, P = "sv", "sv-SE", "618"
def oid(n):
    return "%s-%07d-%07d" % (P, 3000000 + n * 6151, 4000000 + n * 99991)
MESSAGES = []
def m(n, typ, fmt, subj, body, exp, note):
    o = oid(n)
    MESSAGES.append({"id": "v30-%s-%03d" % (LANG, n), "language": LANG, "locale": LOC, "type": typ,
        "format": fmt, "subject": subj.replace("{o}", o),
        "body": body.replace("{o}", o).replace("{d}", o.replace("-", "")),
        "order_id": o, "expected": sorted(exp), "note": note})
m(1, "delivery-delay", "text", "Försenad leverans, order {o}",
  "Hej Johan,\n\ntyvärr har vår leverantör av ekskivor blivit sen, så din bänk (order {o}) skickas först den 12 mars 2026 i stället för den 6 mars. Vi ber om ursäkt för dröjsmålet.\n\nMed vänlig hälsning\nNils Berg\nBergs Snickeri", [], "Plain-text delivery delay.")
m(2, "delivery-delay", "html", "Ny leveransdag för {o}",
  "<p>Hej!</p><p>Din taklampa <b>Glimt 30</b> i order {o} blir tyvärr klar något senare än beräknat. Vi räknar med att skicka den <b>onsdag 22 april</b>.</p><p>Förlåt för besväret!</p><p>Hälsningar,<br>Ljusverkstan</p>", [], "HTML delivery delay without styling.")
m(3, "order-problem", "text", "[Viktigt] Order {o} kan inte levereras",
  "Hej Maria,\n\nden sista vattenkokaren vi hade i lager visade sig vara skadad, så vi kan tyvärr inte skicka order {o}. Orderbeloppet har justerats och hela summan, 549 kr, återbetalas till ditt betalsätt.\n\nVi beklagar verkligen.\nHemelektronik Lind AB", [], "Order problem with amount adjusted and [Viktigt] tag.")
m(4, "additional-information", "text", "Gravyr till order {o}",
  "Hej,\n\nför att kunna gravera armbandet i order {o} behöver vi texten du vill ha (max 18 tecken) och om den ska stå med versaler eller skrivstil.\n\nTack på förhand!\nEmma, Silversmedjan i Visby", [], "Asks for engraving text.")
m(5, "return-follow-up", "text", "Angående din retur, order {o}",
  "Hej,\n\ntack för bilderna på repan. Vill du hellre behålla högtalaren kan vi erbjuda en delåterbetalning på 250 kr i stället för en full retur. Hör av dig om det låter bra.\n\nVänliga hälsningar\nOskar Holm\nKundtjänst, LjudLaget AB\nOrdernr: {o}", [], "Partial refund offer.")
m(6, "return-follow-up", "text", "Fråga om retur {o}",
  "Hej!\n\nReturen för order {o} har kommit fram men laddaren saknades i paketet. Kan du kolla om den blivit kvar hemma? Vi behöver den för att kunna slutföra returen.\n\nMvh\nPrylboden", [], "Return follow-up asking for missing item.")
m(7, "invoice", "text", "Faktura 2026/0412/77 – order {o}",
  "Hej,\n\nbifogat finns fakturan 2026/0412/77 för order {o}. Totalt 2 495,00 kr inkl. moms 25 % (499,00 kr).\n\nMed vänlig hälsning\nSara Ek, ekonomi\n\nNordkontor AB, Storgatan 14, 411 38 Göteborg\nOrg.nr 556123-4567, Momsreg.nr SE556123456701", [], "Invoice with Org.nr and VAT number.")
m(8, "review-request", "text", "Order {o}",
  "Hej,\n\ndet har gått ungefär en vecka sedan filten från order {o} levererades. Om du har en stund över får du gärna skriva en recension på Amazon – det hjälper andra kunder att välja.\n\nHälsningar\nUllboden i Dalarna", [], "Neutral text review request.")
m(9, "review-request", "html", "Hur blev muggen? Order {o}",
  '<p><img src="https://cdn.lerochlyster.se/lera-och-lyster-logo.png" alt="Lera &amp; Lyster" width="150"></p><p>Hej!</p><p>Tack för att du handlade hos Lera &amp; Lyster (order {o}). Vi blir glada om du vill dela med dig av din upplevelse.</p><p><a href="https://www.amazon.se/review/create-review?asin=B0CY34EFGH">Skriv en recension av muggen på Amazon.se</a></p><p>Karin och Petter</p>', [], "HTML review request with logo and descriptive Amazon link.")
m(10, "delivery-scheduling", "text", "Leverans av garderob – order {o}",
  "Hej,\n\ngarderoben i order {o} väger runt 110 kg och levereras med bärhjälp. Vi kan komma:\n- tisdag 10 februari 2026, kl. 08.00–12.00\n- torsdag 12 februari 2026, kl. 13.00–17.00\n\nSvara med vilken tid som passar dig.\n\nHälsningar\nLinnea, MöbelExpressen", [], "Bulky delivery scheduling.")
m(11, "home-service-appointment", "text", "Installation av diskmaskin {o}",
  "Hej Anders,\n\nvår installatör kan komma och koppla in diskmaskinen måndag 2 november kl. 09–12 eller onsdag 4 november kl. 14–17. Vilken tid passar bäst? Gäller order {o}.\n\nMed vänlig hälsning\nVVS-Service Norrland", [], "Home-service appointment slots.")
m(12, "custom-design-verification", "text", "Korrektur för tröjtryck – {o}",
  "Tjena!\n\nHär kommer korrekturen (bifogad pdf) för trycket \"Lag Lisa 2026\" i order {o}. Kolla stavning och färger – ser allt bra ut svarar du bara \"godkänt\" så trycker vi.\n\nViktor\nTryckeriet Söder", [], "Design proof for approval.")
m(13, "fulfillment-question", "text", "Portkod – order {o}",
  "Hej,\n\nbudet kom inte in i porten vid leveransen av order {o} (kolli-id 00370123450012345678, ärende 2026-0311-4). Kan du skicka portkoden eller ge oss en annan leveransplats?\n\nVänliga hälsningar\nKundservice, Djurmagasinet", [], "Door code question with references.")
m(14, "reply", "text", "Sv: Jackans storlek {o}",
  "Hej Frida!\n\nJackan \"Stormshield Softshell Jacket\" i storlek M är 71 cm lång i ryggen och har 104 cm i bröstvidd, så den sitter ganska normalt. Det är samma modell som i din order {o}.\n\nHa det fint\nJohanna på Friluftsboden", [], "Reply quoting an English product title.")
m(15, "reply", "text", "Sv: Garanti på kaffemaskin {o}",
  "Hej,\n\nkaffemaskinen i order {o} har två års tillverkargaranti. Garantiärenden hanteras direkt av tillverkaren – tillverkarens garantisupport: 08-123 456 78 (vardagar 8–17).\n\nHälsningar\nKaffekompaniet", [], "Manufacturer warranty hotline, marked.")
m(16, "reply", "text", "Sv: Företagsfaktura – {o}",
  "Hej,\n\nvi kan absolut ställa ut fakturan för order {o} på ditt företag, bekräfta bara företagsnamn och organisationsnummer i ditt svar.\n\nMed vänliga hälsningar\nAnna Lindqvist\nKundansvarig\n\nKontorsvaror i Malmö AB\nBox 123, 201 20 Malmö\nOrg.nr 559012-3456 | Momsreg.nr SE559012345601 | Innehar F-skattsedel", [], "Reply with company footer.")
m(17, "reply", "text", "Sv: Returstatus {o}",
  "Hej,\n\nreturen för order {o} registrerades 18 maj 2026 kl. 09.42 med returnummer RET-26-0518-07. Paketet (sändnings-id 73312345678SE) är på väg och när vi tagit emot det betalar vi tillbaka 1 299 kr inom tre bankdagar.\n\nHälsningar\nDavid, Cykelrummet", [], "Reply with return/tracking numbers, dates and amounts.")
m(18, "reply", "text", "Din order {o}",
  "Hej!\n\nKul att meddela att paketet med order {o} nu har lämnat vårt lager i Borås och har överlämnats till transportören.\n\nHälsningar\nTextilhuset", ["BSM201"], "Shipment confirmation.")
m(19, "reply", "text", "Vi har fått din order {o}",
  "Hej,\n\nvi har tagit emot din beställning {o} och håller redan på att packa den.\n\nHälsningar\nTeboden Sjöberg", ["BSM201"], "Order received and being packed.")
m(20, "reply", "text", "Tack! {o}",
  "Hej,\n\nstort tack för ditt köp hos oss (order {o})!\n\nVänliga hälsningar\nBlomsterhörnan", ["BSM202"], "Thanks only.")
m(21, "reply", "text", "Order {o}",
  "Hej,\n\nskulle något strula med order {o} så finns vi här – svara bara på det här meddelandet.\n\nKundtjänst, FotoKällaren", ["BSM202"], "Only offer to help.")
m(22, "delivery-delay", "text", "Försening – {o}",
  "Hej,\n\norder {o} skickas med tre dagars försening, den 26 juni 2026. Ursäkta!\n\nHälsningar\nLisa, Doftljusbutiken\n\nPS. Just nu har vi 20 % rabatt på hela sortimentet i vår butik hela månaden.", ["BSM203"], "Promotion in a P.S.")
m(23, "reply", "text", "Sv: Färgfråga – {o}",
  "Hej,\n\nfärgen \"salvia\" i order {o} är helt matt.\n\nMissa inte vår nya höstkollektion som släpps nästa vecka – följ oss på Instagram och prenumerera på vårt nyhetsbrev!\n\nFärgverket", ["BSM203"], "Follow us and newsletter.")
m(24, "review-request", "text", "En liten förfrågan – {o}",
  "Hej,\n\nvill du skriva en recension av termosen i order {o}? Så fort den är publicerad skickar vi en liten present som tack.\n\nHälsningar\nTermoshuset", ["BSM204"], "Gift after the review is published.")
m(25, "review-request", "text", "Order {o} – recension",
  "Hej,\n\nvi har ett erbjudande: när din recension av hörlurarna syns på Amazon återbetalar vi hela beloppet för order {o}.\n\nMvh\nKalle, LjudHörnan", ["BSM204"], "Full refund once review is online.")
m(26, "reply", "text", "Sv: Ditt omdöme – order {o}",
  "Hej,\n\nvi har nu bytt ut den skadade stekpannan i order {o}. Eftersom det är löst undrar vi om du kan tänka dig att ändra eller ta bort ditt omdöme med en stjärna?\n\nVänliga hälsningar\nKöksmagasinet", ["BSM205"], "Asks to change/remove one-star review.")
m(27, "review-request", "text", "Hur är ryggsäcken? {o}",
  "Hej,\n\när du nöjd med ryggsäcken från order {o} blir vi jätteglada för en recension. Är något fel – hör av dig till oss i stället för att skriva en recension, så fixar vi det.\n\nFjällbutiken", ["BSM206"], "Only satisfied buyers; unhappy steered away.")
m(28, "review-request", "text", "Ett betyg? {o}",
  "Hej,\n\nvi skulle bli otroligt tacksamma för fem stjärnor på produkten i order {o}. För ett litet familjeföretag betyder det enormt mycket.\n\nBigårdens Honung", ["BSM206"], "Asks for five stars.")
m(29, "order-problem", "text", "Problem med order {o}",
  "Hej,\n\ntyvärr har spegeln i order {o} tagit slut i lager. Orderbeloppet har justerats. Det går snabbast om du själv avbryter ordern under ditt Amazon-konto.\n\nVi ber om ursäkt\nInredningsboden", ["BSM108"], "Advises buyer to cancel despite adjustment.")
m(30, "order-problem", "text", "Order {o} – slut i lager",
  "Hej Sofia,\n\nden variant av påslakanet du valde (order {o}) är slut hos oss. Vi vore tacksamma om du kunde begära en annullering av ordern.\n\nMed vänlig hälsning\nSovrumsbutiken", ["BSM107", "BSM108"], "Cancellation request without adjustment.")
m(31, "delivery-delay", "text", "Nytt skickdatum {o}",
  "Hej,\n\norder {o} skickas två dagar senare, torsdag 8 oktober 2026.\n\nHälsningar\nLeksakslådan\n\nVill du inte få fler meddelanden från oss? Svara STOPP.", ["BSM305"], "Opt-out instruction.")
m(32, "reply", "text", "Sv: Reklamation {o}",
  "Hej Marcus,\n\ndet var det jävla budet som slängde paketet med order {o} igen, fan alltså, inte vårt fel. Vi skickar en ny lampa måndag 9 mars.\n\nLampkungen", ["BSM306"], "Swedish profanity.")
m(33, "delivery-delay", "text", "Delay – order {o}",
  "Hi,\n\nyour order {o} will unfortunately ship a few days late, on 16 March 2026. Sorry for the trouble.\n\nKind regards,\nMöbelMästarna", ["BSM104"], "English message to sv-SE buyer.")
m(34, "reply", "text", "Sv: Leverans {o}",
  "Hej,\n\ngällande order {o} är det enklast att ringa oss direkt på 070-123 45 67 (vardagar 9–17).\n\nHälsningar\nMikael, Bildelar Norr", ["BSM309"], "Seller mobile, national format.")
m(35, "reply", "text", "Sv: Byte av storlek {o}",
  "Hej,\n\nstorleksbytet för order {o} ordnar vi snabbast per telefon: +46 31 123 45 67.\n\nVänliga hälsningar\nModehuset Åkesson", ["BSM309"], "International phone format.")
m(36, "reply", "text", "Sv: Kreditfaktura {o}",
  "Hej,\n\nskicka uppgifterna för kreditfakturan till order {o} till info@tryckpixel.se så fixar vi den direkt.\n\nMvh\nTryckPixel", ["BSM308"], "Plain e-mail address.")
m(37, "reply", "text", "Sv: Bilder på skadan – {o}",
  "Hej,\n\nbilderna på skadan för order {o} kan du skicka till reklamation snabel-a glashuset punkt se\n\nHälsningar\nGlashuset", ["BSM308"], "Obfuscated address with 'snabel-a'.")
m(38, "reply", "html", "Sv: Monteringsanvisning – {o}",
  '<p>Hej,</p><p>angående order {o}: alla monteringsguider finns på vår webbplats: <a href="https://www.persiennspecialisten.se/guider">monteringsguider för persienner</a>.</p><p>Hälsningar<br>Persiennspecialisten</p>', ["BSM302"], "https link to seller site.")
m(39, "review-request", "html", "Recension – order {o}",
  '<p>Hej,</p><p>om du har tid får du gärna recensera order {o}: <a href="http://www.amazon.se/review/create-review?asin=B0AC88LMN2">recensera produkten på Amazon.se</a>.</p><p>Hälsningar<br>Linneverkstan</p>', ["BSM301"], "http link to Amazon.")
m(40, "delivery-delay", "html", "Försening {o}",
  '<p>Hej,</p><p>fåtöljen i order {o} skickas senare än planerat, den 19 januari 2027.</p><p><img src="https://cdn.fatoljfabriken.se/produkter/fatolj-orebro-gron.jpg" alt="Fåtölj Örebro grön" width="300"></p><p>Fåtöljfabriken</p>', ["BSM310"], "Image of purchased product.")
m(41, "reply", "html", "Sv: Semesterstängt {o}",
  '<p>Hej,</p><p>order {o} skickas efter vår semester, den 4 augusti 2026.</p><p><img src="https://images.example-stock.com/sandstrand-solnedgang.jpg" alt="Sandstrand i solnedgång" width="300"></p><p>Sommarhälsningar<br>Bärnstensboden</p>', ["BSM311"], "Unrelated stock beach image.")
m(42, "reply", "html", "Sv: Skickdatum {o}",
  '<p><img src="https://cdn.kvarnbutiken.se/logo.png"></p><p>Hej,</p><p>order {o} skickas fredag 11 september.</p><p>Kvarnbutiken</p>', ["BSM402"], "Logo image without alt attribute.")
m(43, "review-request", "text", "Hur smakar kaffet? {o}",
  "Hej!\n\nVi blir glada om du vill recensera kaffet från order {o} på Amazon :-)\n\nRosteriet Bönan", ["BSM403"], "Emoticon in review request.")
m(44, "delivery-delay", "html", "Ändrat skickdatum {o}",
  '<style>.rubrik{font-size:28px}.under{font-size:19px}.text{font-size:15px}.fot{font-size:10px}</style><p class="rubrik">Försenad leverans</p><p class="under">Order {o}</p><p class="text">Hej, vi skickar din beställning den 23 februari 2026.</p><p class="fot">Vi ber om ursäkt. Kaminbutiken</p>', ["BSM410"], "Four font sizes in style block.")
m(45, "delivery-delay", "text", "Försenad order {o}",
  "Hej,\n\n\n\norder {o} skickas först den 2 december 2026.\n\n\nFörlåt!\nVirkhörnan", ["BSM412"], "Multiple blank lines in text.")
m(46, "reply", "html", "Sv: Mått {o}",
  '<p>Hej,</p><p>bordet i order {o} är 60 × 60 cm och 45 cm högt.</p><p></p><p></p><p>Hälsningar<br>Snickarglädje</p>', ["BSM412"], "Empty paragraphs between paragraphs.")
m(47, "invoice", "text", "[Viktigt] Faktura order {o}",
  "Hej,\n\nhär kommer fakturan 2026/77/3 för order {o} som bifogad pdf.\n\nHälsningar\nGröna Fönstret AB, Org.nr 556987-6543", ["BSM110"], "[Viktigt] tag on an invoice.")
m(48, "review-request", "html", "Recension – {o}",
  '<p>Hej,</p><p>vill du berätta vad du tycker om order {o}? <a href="https://www.amazon.se/review/create-review?asin=B0YY22RR33">Läs mer</a></p><p>Hälsningar<br>Fiskesport Nord</p>', ["BSM401"], "'Läs mer' link text.")
m(49, "delivery-delay", "text", "Försenad leverans",
  "Hej,\n\ndin beställning nr {d} skickas tyvärr senare, den 30 april 2026. Vi ber om ursäkt.\n\nHälsningar\nTygboden Lucia", ["BSM102"], "Order number without hyphens.")
m(50, "delivery-delay", "html", "Försening – {o}",
  '<p style="font-family: Georgia, serif; color: #444444;">Hej,</p><p style="font-family: Georgia, serif; color: #444444;">order {o} skickas den 5 maj 2026 i stället för den 2 maj.</p><p style="font-family: Georgia, serif; color: #444444;">Hälsningar, Hudvårdsateljén</p>', ["BSM407", "BSM409"], "Builder styles: font-family and colour.")
