"""Swedish messages for the v25 blind evaluation set."""
L, LOC = "sv", "sv-SE"
MESSAGES = []


def _m(n, typ, fmt, subject, body, exp, note):
    order = "567-%07d-%07d" % (4127300 + n * 43, 6603100 + n * 77)
    subject = subject.replace("{o}", order)
    body = body.replace("{o}", order)
    MESSAGES.append({"id": "v25-sv-%03d" % n, "language": L, "locale": LOC, "type": typ,
                     "format": fmt, "subject": subject, "body": body, "order_id": order,
                     "expected": sorted(exp), "note": note})


_m(1, "delivery-delay", "text", "Försenad leverans – order {o}",
   "Hej Lena!\n\nTyvärr har vår leverantör av ullgarn blivit försenad, så din beställning {o} skickas först den 14 mars 2026 i stället för den 9 mars. Vi ber om ursäkt för väntan.\n\nVänliga hälsningar\nMaria Lindqvist\nGarnboden i Borås", [], "Clean plain-text delivery delay.")
_m(2, "delivery-delay", "html", "Ny leveransdag för {o}",
   "<p>Hej Johan,</p><p>din beställning <b>{o}</b> blir några dagar sen. Bordsskivan behöver oljas en gång till innan den kan packas.</p><table><tr><td>Artikel</td><td>Matbord i ek, 180 cm</td></tr><tr><td>Beräknat avsändningsdatum</td><td>2026-04-22</td></tr></table><p>Med vänlig hälsning<br>Kundtjänst, Snickeriet Ek &amp; Ask AB</p>", [], "Clean builder HTML delay with table.")
_m(3, "order-problem", "text", "[Viktigt] Problem med din order {o}",
   "Hej,\n\nvid packningen av order {o} upptäckte vi att den sista vattenkokaren vi hade i lager var skadad, så vi kan inte skicka den. Orderbeloppet har justerats med 449 kr och återbetalningen syns enligt Amazons vanliga tider.\n\nVi beklagar verkligen.\nErik Sundberg\nKöksprylar Norr", [], "Clean order problem with amount adjusted, [Viktigt] allowed.")
_m(4, "additional-information", "text", "Fråga om storlek – {o}",
   "Hej!\n\nFör att kunna göra i ordning ringarna i order {o} behöver vi storleken på den andra ringen – i beställningen står bara en (17,5). Svara gärna direkt på det här meddelandet.\n\nTack på förhand,\nSofia\nGuldsmedja Silverstråle", [], "Clean request for information.")
_m(5, "return-follow-up", "text", "Angående din retur – {o}",
   "Hej Anders,\n\nvi har tagit emot ryggsäcken du returnerade. Ett av spännena är tyvärr avbrutet, så vi kan inte ta tillbaka den som ny. Vi erbjuder en delåterbetalning på 520 kr av 690 kr. Om det låter okej, svara bara kort så lägger vi in återbetalningen inom två arbetsdagar.\n\nMed vänliga hälsningar\nOskar Berg\nFjällpack", [], "Clean return follow-up with partial refund offer.")
_m(6, "return-follow-up", "html", "Retur av order {o} – en fråga",
   "<p>Hej,</p><p>i returpaketet för order {o} låg ingen returlapp. Kan du berätta vilken av de två färgerna (grafit eller oliv) du skickade tillbaka? Annars kan vi inte slutföra returen.</p><p>Hälsningar<br>Filtfabriken</p>", [], "Clean return follow-up asking a question.")
_m(7, "invoice", "text", "Faktura för order {o}",
   "Hej,\n\nbifogat finns faktura nr 2026/03/0417 för order {o}. Att betala: 2 495,00 kr, varav moms 25 %: 499,00 kr.\n\nSäljare:\nNordisk Elhandel AB\nStorgatan 12, 411 38 Göteborg\nOrg.nr 556123-4567\nMomsreg.nr SE556123456701\nInnehar F-skattsedel\n\nMed vänlig hälsning\nEkonomiavdelningen, Nordisk Elhandel", [], "Clean invoice with Org.nr, VAT number and slashed invoice number.")
_m(8, "review-request", "text", "Din beställning {o}",
   "Hej!\n\nVi hoppas att kaffebryggaren från order {o} har kommit till användning. Om du har tid vore vi tacksamma för ett omdöme om produkten på Amazon – allt ärligt tyckande hjälper andra köpare.\n\nHälsningar från Uppsala\nBryggeriet Kaffe & Co", [], "Clean neutral review request in text.")
_m(9, "review-request", "html", "Berätta vad du tycker om order {o}",
   "<p><img src=\"https://cdn.tradgardsbutiken.se/logo-tradgardsbutiken.png\" alt=\"Trädgårdsbutiken logotyp\" width=\"160\"></p><p>Hej,</p><p>tack för att du handlade hos Trädgårdsbutiken (order {o}). Om du vill får du gärna lämna ett omdöme om sekatören – vad du än tycker.</p><p><a href=\"https://www.amazon.se/review/create-review?asin=B0CX34EFGH\">Skriv ett omdöme om sekatören på Amazon.se</a></p><p>Vänliga hälsningar<br>Trädgårdsbutiken</p>", [], "Clean HTML review request with logo and descriptive link.")
_m(10, "delivery-scheduling", "text", "Leverans av garderob – {o}",
   "Hej Karin,\n\ngarderoben i order {o} väger runt 120 kg och bärs in av två personer, så vi behöver boka en tid. Välj gärna en av de här:\n1) tisdag 17/3, kl. 08.00–12.00\n2) onsdag 18/3, kl. 12.00–16.00\n3) fredag 20/3, kl. 16.00–20.00\n\nSvara bara med siffran.\n\nMvh\nPeter Holm\nHolms Möbeltransport", [], "Clean delivery scheduling with slots.")
_m(11, "home-service-appointment", "html", "Installation av diskmaskin – order {o}",
   "<p>Hej,</p><p>vår montör kan komma och installera diskmaskinen från order {o} någon av dessa tider:</p><ul><li>torsdag 5 februari 2026, kl. 09.00–11.00</li><li>måndag 9 februari 2026, kl. 14.00–16.00</li></ul><p>Svara med vilken tid som passar dig bäst.</p><p>VVS-Service Söder</p>", [], "Clean home-service appointment.")
_m(12, "custom-design-verification", "text", "Gravyrförslag att godkänna – {o}",
   "Hej!\n\nHär kommer korrekturet för gravyren på skärbrädan i order {o} (bifogad fil): texten ”Familjen Ek, sedan 2019” med serif-typsnitt. Kolla stavningen och svara ”godkänt” eller skriv vad som ska ändras. Vi börjar inte gravera förrän vi fått ditt ok.\n\nHälsningar\nMikael på Gravyrverkstan", [], "Clean design proof.")
_m(13, "fulfillment-question", "text", "Portkod behövs – {o}",
   "Hej,\n\nbudet kom inte in i trapphuset när order {o} skulle levereras. Kan du skicka portkoden? Kollinummer: 373325381234567890, vår referens: LEV-2026-118.\n\nTack!\nSängkläder Direkt", [], "Clean door-code question with reference numbers.")
_m(14, "reply", "text", "Sv: Fråga om färg – {o}",
   "Hej,\n\n”Nordic Comfort Throw – Dusty Rose” som du beställt i order {o} är en dov rosa nyans, inte laxrosa. Bilderna i annonsen stämmer ganska bra.\n\nHälsningar\nEmma Nilsson\nHemtrevnad", [], "Clean reply quoting an English product title.")
_m(15, "reply", "text", "Sv: Garanti på dammsugaren – {o}",
   "Hej,\n\ngarantin för dammsugaren i order {o} hanteras av tillverkaren. Tillverkarens garantilinje (Vacuotech Sverige): 08-410 235 00, vardagar 08.00–17.00. Ha serienumret från märkskylten redo.\n\nMed vänlig hälsning\nStädbutiken", [], "Clean reply with the manufacturer's warranty line.")
_m(16, "reply", "html", "Sv: Företagsuppgifter – {o}",
   "<p>Hej Fredrik,</p><p>absolut, vi kan ställa ut fakturan för order {o} på ditt företag – skicka bara organisationsnumret i ett svar.</p><p>Vänliga hälsningar<br>Ingrid Johansson, kundansvarig</p><p><small>Pappershuset i Malmö AB · Södra Förstadsgatan 40, 211 43 Malmö<br>Org.nr 559012-3456 · Momsreg.nr SE559012345601 · Styrelsens säte: Malmö</small></p>", [], "Clean reply with company footer.")
_m(17, "reply", "text", "Sv: Var är min återbetalning? {o}",
   "Hej,\n\nreturen för order {o} registrerades 2026-02-03 kl. 14.25 med returnummer RMA-2026-00871. Paketet (kollinr 00370726201234567) kom fram till oss den 6 februari. Beloppet 349,00 kr återbetalas via Amazon inom 3–5 bankdagar.\n\nMvh\nButik Lila", [], "Clean reply with tracking/return numbers, dates and amounts.")
_m(18, "delivery-delay", "text", "Order {o}",
   "Hej hej!\n\nGoda nyheter – din lampa har nu lämnat vårt lager i Jönköping och är på väg till dig. Order {o} bör dyka upp inom ett par dagar.\n\nLampverket", ["BSM201"], "Shipping confirmation: left the warehouse.")
_m(19, "fulfillment-question", "html", "Vi har fått din order {o}",
   "<p>Hej,</p><p>tack, vi har tagit emot din beställning {o} och håller på att plocka ihop den. Den lämnas till PostNord redan i eftermiddag.</p><p>Strumpkungen</p>", ["BSM201"], "Order received, being prepared and handed to carrier.")
_m(20, "reply", "text", "Tack! {o}",
   "Hej,\n\nstort tack för ditt köp och för att du valde oss (order {o}).\n\nTeboden Löv", ["BSM202"], "Thanks only.")
_m(21, "additional-information", "text", "Order {o}",
   "Hej,\n\nskulle något krångla med order {o} finns vi här – hör bara av dig.\n\nHälsningar\nCykelhörnan", ["BSM202"], "Only the offer to help.")
_m(22, "delivery-delay", "text", "Liten försening – {o}",
   "Hej,\n\norder {o} skickas två dagar senare än planerat, senast 12 maj 2026, eftersom vi väntar på kartonger.\n\nHälsningar\nPusselpalatset\n\nPS. Hela sortimentet är 20 % billigare i vår Amazonbutik månaden ut!", ["BSM203"], "Delay with promotional P.S.")
_m(23, "reply", "html", "Sv: Bruksanvisning – {o}",
   "<p>Hej,</p><p>bruksanvisningen för order {o} ligger i lådan, sidan 3.</p><p>Följ oss gärna på Instagram och prenumerera på vårt nyhetsbrev – i mars släpper vi en helt ny kollektion.</p><p>Hälsningar<br>Ljusstöperiet</p>", ["BSM203"], "Follow us, newsletter, new collection.")
_m(24, "review-request", "text", "Ditt omdöme – {o}",
   "Hej,\n\nvi blir glada om du vill betygsätta krämen från order {o}. Som tack skickar vi en liten present när ditt omdöme har publicerats på Amazon.\n\nHälsningar\nNaturhud", ["BSM204"], "Gift once the review is published.")
_m(25, "review-request", "text", "Ett erbjudande – order {o}",
   "Hej!\n\nSkriv en recension av hörlurarna från order {o} så betalar vi tillbaka hela köpesumman så fort den ligger ute.\n\nLjudlabbet", ["BSM204"], "Full refund once the review is online.")
_m(26, "reply", "text", "Sv: Ditt omdöme – {o}",
   "Hej,\n\nvi har nu ersatt den trasiga laddaren från order {o}. Eftersom allt är löst undrar vi om du kan tänka dig att ändra eller ta bort ditt omdöme med en stjärna?\n\nTack\nElgrossen", ["BSM205"], "Asks to change or remove a one-star review.")
_m(27, "review-request", "text", "Hur blev det? {o}",
   "Hej,\n\nom du är nöjd med order {o} får du gärna lämna ett omdöme på Amazon. Är du inte nöjd – kontakta oss först i stället för att skriva ett omdöme, så fixar vi det.\n\nLeksaksladan", ["BSM206"], "Only satisfied buyers; unhappy steered to contact.")
_m(28, "review-request", "html", "Order {o}",
   "<p>Hej,</p><p>tack för att du köpte termosmuggen (order {o}). Fem stjärnor på Amazon skulle betyda enormt mycket för oss som litet företag.</p><p>Termoshörnan</p>", ["BSM206"], "Asks for five stars.")
_m(29, "order-problem", "text", "Slut i lager – {o}",
   "Hej,\n\ntyvärr har den sista mixern från order {o} sålts slut. Orderbeloppet är redan justerat. Enklast är att du själv avbryter ordern via ditt Amazonkonto.\n\nVi ber om ursäkt\nMixbutiken", ["BSM108"], "Amount adjusted but advises the buyer to cancel.")
_m(30, "order-problem", "text", "Order {o} – inte i lager",
   "Hej,\n\nskorna i storlek 42 från order {o} är tyvärr slut för tillfället. Vi skulle uppskatta om du kunde skicka en begäran om avbokning.\n\nHälsningar\nSkoaffären Steg", ["BSM107", "BSM108"], "Cancellation request without adjustment.")
_m(31, "review-request", "text", "Omdöme – order {o}",
   "Hej,\n\nvi vore tacksamma för ett omdöme om order {o} på Amazon.\n\nVill du inte ha fler meddelanden från oss? Svara STOPP så avregistrerar vi dig.\n\nPappershörnan", ["BSM305"], "Opt-out instruction.")
_m(32, "reply", "text", "Sv: Reklamation {o}",
   "Hej Bengt,\n\nför helvete, för tredje gången: kabeln i order {o} fungerade när den skickades. Sluta snacka skit om att den kom trasig.\n\nKabelcentralen", ["BSM306"], "Swedish profanity.")
_m(33, "delivery-delay", "text", "Bestellung {o} verspätet",
   "Hallo,\n\nleider wird Ihre Bestellung {o} drei Tage später als geplant versendet, am 24. März 2026, weil unser Lieferant in Verzug ist.\n\nViele Grüße\nTräleksaker Team", ["BSM104"], "German message to a Swedish buyer.")
_m(34, "reply", "text", "Sv: Leverans {o}",
   "Hej,\n\nom order {o} – ring oss gärna på 070-123 45 67 så löser vi det (vardagar 9–17).\n\nHälsningar\nOlivia, Mattbutiken", ["BSM309"], "Swedish national mobile number.")
_m(35, "delivery-scheduling", "text", "Leveranstid – {o}",
   "Hej,\n\nvälj gärna en leveranstid för soffan i order {o}. Vid frågor når du vår transportledning på +46 31 712 40 00.\n\nSoffTransport", ["BSM309"], "International-format phone number.")
_m(36, "reply", "text", "Sv: Faktura {o}",
   "Hej,\n\nvi kan också mejla fakturan för order {o} direkt – skriv till kontor@bokhandeln-blad.se.\n\nBokhandeln Blad", ["BSM308"], "Plain e-mail address.")
_m(37, "additional-information", "text", "Bild till kudden – {o}",
   "Hej,\n\nför att trycka kudden i order {o} behöver vi ett foto. Skicka det till foto snabel-a kuddverket punkt se.\n\nKuddverket", ["BSM308"], "Obfuscated e-mail with 'snabel-a' and 'punkt'.")
_m(38, "reply", "html", "Sv: Storlekar – {o}",
   "<p>Hej,</p><p>storlekstabellen för order {o} hittar du här: <a href=\"https://www.modeochmys.se/storleksguide\">storleksguiden hos Mode och Mys</a>.</p><p>Hälsningar</p>", ["BSM302"], "https link to seller's own site.")
_m(39, "reply", "html", "Sv: Monteringsanvisning {o}",
   "<p>Hej,</p><p>monteringsanvisningen för hyllan i order {o} finns på produktsidan: <a href=\"http://www.amazon.se/dp/B0D1XYZ234\">produktsidan med anvisningen på Amazon.se</a>.</p><p>Hyllfabriken</p>", ["BSM301"], "http link to Amazon.")
_m(40, "review-request", "html", "Order {o} – omdöme",
   "<p>Hej,</p><p><img src=\"https://cdn.lumi-belysning.se/produkter/nattlampa-mane.jpg\" alt=\"Nattlampa Måne från Lumi\" width=\"300\"></p><p>har du en stund över får du gärna lämna ett omdöme om nattlampan i order {o} på Amazon.</p><p>Lumi Belysning</p>", ["BSM310"], "Image of the purchased product.")
_m(41, "delivery-delay", "html", "Försening {o}",
   "<p><img src=\"https://cdn.bildbank-exempel.se/stock/julgran-snö.jpg\" alt=\"Julgran i snö\" width=\"400\"></p><p>Hej,</p><p>order {o} skickas tre dagar senare, den 18 december 2026.</p><p>Verktygsmagasinet</p>", ["BSM311"], "Unrelated stock image (Christmas tree).")
_m(42, "invoice", "html", "Faktura för order {o}",
   "<p><img src=\"https://cdn.grona-fonstret.se/logo-grona-fonstret.png\" alt=\"\" width=\"140\"></p><p>Hej,</p><p>bifogat är faktura nr 118/2026 för order {o}.</p><p>Gröna Fönstret</p>", ["BSM402"], "Logo with empty alt.")
_m(43, "reply", "text", "Sv: Färg – {o}",
   "Hej!\n\nJadå, asken i order {o} blir mintgrön 🎉 Säg till om du undrar nåt mer ;-)\n\nAlva på Askeriet", ["BSM403"], "Emoji and emoticon.")
_m(44, "delivery-delay", "html", "Order {o} – försening",
   "<style>h1{font-size:28px}h2{font-size:21px}.text{font-size:15px}.fot{font-size:10px}</style><h1>Försenad leverans</h1><h2>Order {o}</h2><p class=\"text\">Hej, din beställning skickas 2026-09-16 i stället för 2026-09-12.</p><p class=\"fot\">Verktygsboden</p>", ["BSM410"], "Four explicit sizes in a style block.")
_m(45, "additional-information", "text", "Gravyr – {o}",
   "Hej,\n\nvilken text ska vi gravera på klockan i order {o}?\n\n\n\nHälsningar\nUrmakaren Tick", ["BSM412"], "Several blank lines in text.")
_m(46, "reply", "text", "[VIKTIGT] Sv: Fråga om mått {o}",
   "Hej,\n\nbordet i order {o} är 60 × 60 cm och 45 cm högt.\n\nHälsningar\nLoftmöbler", ["BSM110"], "[VIKTIGT] on a reply.")
_m(47, "reply", "html", "Sv: Skötselråd – {o}",
   "<p>Hej,</p><p>skötselråd för skärbrädan i order {o}: <a href=\"https://www.amazon.se/dp/B0C9BRADA1\">Läs mer</a></p><p>Hälsningar<br>Träköket</p>", ["BSM401"], "Non-descriptive link text 'Läs mer'.")
_m(48, "invoice", "html", "Faktura {o}",
   "<p>Hej,</p><p>här kommer fakturan för order {o}.</p><p></p><p></p><p>&nbsp;</p><p>Hälsningar<br>Vinylhuset</p>", ["BSM412"], "Empty paragraphs between paragraphs.")
_m(49, "delivery-delay", "text", "Försenad leverans",
   "Hej,\n\nbeställning nr 56741234569876543 skickas lite senare – nytt datum är 2 oktober 2026.\n\nVi ber om ursäkt\nGarnhörnan", ["BSM102"], "Order number without hyphens.")
MESSAGES[-1]["order_id"] = "567-4123456-9876543"
_m(50, "review-request", "html", "Omdöme – order {o}",
   "<p>Hej,</p><p>om du har tid får du gärna lämna ett omdöme om order {o} på Amazon.</p><p>Hälsningar<br>Glasbruket Klar</p><img src=\"https://t.glasbruket-klar.se/open.gif?uid=88213&amp;o=1\" width=\"1\" height=\"1\">", ["BSM307", "BSM402"], "Tracking pixel without alt.")
