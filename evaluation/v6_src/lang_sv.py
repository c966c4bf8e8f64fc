"""v6 blind evaluation set, Swedish (sv-SE)."""

_L, _LOC, _P = "sv", "sv-SE", "409"


def _oid(n):
    return f"{_P}-{(n * 6007 + 5120394) % 10000000:07d}-{(n * 130363 + 3048817) % 10000000:07d}"


MESSAGES = []


def _m(n, typ, fmt, subject, body, expected, note):
    o = _oid(n)
    MESSAGES.append({
        "id": f"v6-{_L}-{n:03d}", "language": _L, "locale": _LOC, "type": typ, "format": fmt,
        "subject": subject.replace("§O§", o), "body": body.replace("§O§", o), "order_id": o,
        "expected": sorted(expected), "note": note,
    })


_m(1, "delivery-delay", "text", "Försenad leverans, order §O§",
   "Hej Lina!\n\nTyvärr har vår leverantör av ullgarn fått problem i fabriken, så filten i din order §O§ skickas först den 15 december i stället för den 9 december som det stod i annonsen.\n\nVi beklagar förseningen. Om det nya datumet inte passar kan du svara på det här meddelandet.\n\nVänliga hälsningar\nJohanna Lindqvist\nUllboden i Dalarna",
   [], "Clean plain-text delivery delay with a new date.")
_m(2, "delivery-delay", "html", "Order §O§ – nytt leveransdatum",
   "<p>Hej,</p><p>cykelstället i din beställning <b>§O§</b> har blivit försenat hos tillverkaren. Så här ser det ut nu:</p><table><tr><td>Ursprungligt avsändningsdatum</td><td>2026-12-04</td></tr><tr><td>Nytt avsändningsdatum</td><td>2026-12-11</td></tr></table><p>Förlåt för besväret.</p><p>Med vänlig hälsning<br>Oskar Berg<br>Cykelförrådet</p>",
   [], "Clean builder-HTML delivery delay with a plain table.")
_m(3, "order-problem", "text", "[Viktigt] Vara slut – order §O§",
   "Hej,\n\ntyvärr kan vi inte skicka stekpannan (gjutjärn, 28 cm) i order §O§ – den sista i lagret visade sig ha en spricka vid kontrollen. Vi har därför justerat orderbeloppet med 549 kr, och återbetalningen syns i din orderhistorik på Amazon.\n\nVi ber om ursäkt.\n\nHälsningar\nKundservice, Köksgjuteriet",
   [], "Clean order problem with [Viktigt] and the amount adjusted.")
_m(4, "additional-information", "text", "Fråga om din order §O§",
   "Hej Erik,\n\nför att kunna trycka namnlappen till hundtäcket i order §O§ behöver vi veta hundens namn (högst 12 tecken) och om du vill ha versaler eller gemener.\n\nSvara gärna här i meddelandet, så sätter vi igång.\n\nHälsningar\nSara på Vovve & Co",
   [], "Clean request for information needed to complete the order.")
_m(5, "return-follow-up", "text", "Din retur av order §O§",
   "Hej,\n\nvi har sett din returanmälan för jackan i order §O§ – en tryckknapp har lossnat. Vill du behålla jackan mot en delåterbetalning på 250 kr? Då slipper du skicka tillbaka den.\n\nVill du hellre returnera den som vanligt fortsätter du bara returen via Amazon.\n\nMvh\nEmma Holm\nFjällkläder Norr",
   [], "Clean return follow-up offering a partial refund.")
_m(6, "return-follow-up", "html", "Angående returen, order §O§",
   "<p>Hej Anders,</p><p>returpaketet för order §O§ har kommit fram, men laddaren som hör till borrmaskinen saknades. Har du skickat den separat? I så fall räcker det med kollinumret, så slutför vi returen direkt.</p><p>Vänliga hälsningar<br>Nils Ek<br>Verktygsladan</p>",
   [], "Clean return follow-up asking for missing information.")
_m(7, "invoice", "text", "Faktura för order §O§",
   "Hej,\n\nhär kommer fakturan för order §O§ som bifogad PDF. Fakturanummer: 2026/12/0315. Totalt 1 499,00 kr inklusive moms 25 % (299,80 kr), betalt via Amazon.\n\nSäljare:\nNordisk Belysning AB\nIndustrigatan 8, 212 14 Malmö\nOrg.nr 556812-3470\nMomsreg.nr SE556812347001\nInnehar F-skattsedel\n\nVänliga hälsningar\nEkonomiavdelningen",
   [], "Clean invoice with Org.nr, Momsreg.nr and a slashed invoice number.")
_m(8, "review-request", "text", "Hur blev det? Order §O§",
   "Hej,\n\ndu har nu haft kaffekvarnen från order §O§ ett tag. Om du har tid får du gärna skriva en recension på Amazon – positiv eller negativ, allt hjälper andra köpare att välja rätt.\n\nTack och hej\nRosteriet Göta",
   [], "Clean neutral review request in plain text.")
_m(9, "review-request", "html", "Berätta gärna vad du tycker – order §O§",
   "<p><img src=\"https://media.lampochljus.se/logo/lampa-och-ljus.png\" alt=\"Lampa & Ljus logotyp\" width=\"150\"></p><p>Hej!</p><p>Bordslampan från order §O§ har varit hos dig i drygt en vecka. Vi skulle uppskatta en ärlig recension från dig.</p><p><a href=\"https://www.amazon.se/review/create-review?asin=B0DK77SE21\">Skriv en recension av bordslampan på Amazon.se</a></p><p>Hälsningar<br>Lampa &amp; Ljus</p>",
   [], "Clean HTML review request with shop logo and descriptive https Amazon link.")
_m(10, "delivery-scheduling", "text", "Leverans av soffa – order §O§",
   "Hej Maria och Johan,\n\nsoffan i order §O§ väger runt 110 kg och levereras av vår egen bil med inbärning. Vi kan komma:\n\n– tisdag 15 december kl. 08.00–12.00\n– onsdag 16 december kl. 12.00–16.00\n– fredag 18 december kl. 16.00–20.00\n\nVilken tid passar er? Skriv också gärna om det finns hiss i huset.\n\nHälsningar\nPatrik Sandberg\nleveransansvarig, Möbelhuset Vänern",
   [], "Clean delivery scheduling with dates and time slots.")
_m(11, "home-service-appointment", "text", "Tid för installation – order §O§",
   "Hej,\n\nnär det gäller installationen av diskmaskinen (order §O§) kan vår montör komma torsdag 10/12 kl. 09.00–11.00 eller lördag 12/12 kl. 13.00–15.00. Vilken tid passar bäst?\n\nTänk på att stänga av vattnet och ta ut den gamla maskinen innan vi kommer, om det går.\n\nHälsningar\nMikael Larsson\nVitvaruservice Väst",
   [], "Clean home-service appointment with two slots.")
_m(12, "custom-design-verification", "html", "Korrektur för godkännande – order §O§",
   "<p>Hej Karin,</p><p>bifogat finns korrekturet till de tryckta tygkassarna i order §O§ (filen korrektur_tygkasse_v3.pdf). Texten ”Sommarstugan 2026” står nu i mitten, i det typsnitt du valde.</p><p>Godkänn gärna korrekturet eller skriv vad du vill ändra – vi trycker inget förrän du har svarat.</p><p>Vänliga hälsningar<br>Frida Nyström<br>Tryckverkstan</p>",
   [], "Clean custom design proof asking for approval.")
_m(13, "fulfillment-question", "text", "Portkod behövs – order §O§",
   "Hej,\n\ninför leveransen av order §O§ behöver vi portkoden till ditt trapphus – i adressen står det att porten är låst. Kan du skicka koden och vilken våning du bor på? Vi lämnar den till transportören med leveransreferens LR-2026-44718 (kundnummer 100392).\n\nMvh\nLouise Åberg\nOrderavdelningen, Trädgårdsbutiken",
   [], "Clean door-code question with reference numbers.")
_m(14, "reply", "text", "Sv: Storlek på skorna – order §O§",
   "Hej,\n\nskorna ”Alpine Hiker Mid WP” i order §O§ är sydda på en europeisk läst, så storlek 42 motsvarar en innersula på 27 cm. ”Outdoor Gear Outlet” är bara vårt butiksnamn på Amazon – företaget sitter i Umeå.\n\nHälsningar\nViktor Strand",
   [], "Clean reply quoting an English product title and shop name.")
_m(15, "reply", "text", "Sv: Garanti på dammsugaren, order §O§",
   "Hej Ingrid,\n\ndammsugaren i order §O§ har två års tillverkargaranti. Snabbast går det att vända sig direkt till tillverkaren:\n\nTillverkarens garantilinje (Electrolux Sverige): 0771-76 76 76\n\nHa serienumret från typskylten och kvittot till hands.\n\nHälsningar\nHemElektronik Norden",
   [], "Clean reply with the manufacturer's warranty line marked as such.")
_m(16, "reply", "text", "Sv: Faktura på företaget – order §O§",
   "Hej,\n\nabsolut, vi kan ställa ut fakturan för order §O§ på ditt företag. Svara bara med företagsnamn och organisationsnummer.\n\nHälsningar\n\n--\nBlomsterhörnan i Lund AB\nKlostergatan 3, 222 22 Lund\nOrg.nr 559214-0876 · Momsreg.nr SE559214087601\nStyrelsens säte: Lund",
   [], "Clean reply with a Swedish company footer.")
_m(17, "reply", "text", "Sv: Var är min återbetalning? §O§",
   "Hej,\n\nvi tog emot ditt returpaket (returnummer RT-2026-30518) den 2 december kl. 14.20. Återbetalningen på 1 249,00 kr för order §O§ gjordes den 3 december och brukar synas på kontot inom 3–5 bankdagar. Ärendenummer hos oss: ÄR/2026/0912.\n\nHälsningar\nAlva Sjöberg\nModehuset Linne",
   [], "Clean reply with return number, dates, times and amounts.")
_m(18, "fulfillment-question", "text", "Paketet är på väg! §O§",
   "Hej!\n\nGoda nyheter: paketet med order §O§ lämnade vårt lager i Borås i morse och har lämnats över till PostNord. Det bör vara framme i morgon.\n\nHälsningar\nStrumpfabriken",
   ["BSM201"], "Shipping confirmation: parcel left the warehouse and was handed to the carrier.")
_m(19, "additional-information", "html", "Order §O§",
   "<p>Hej,</p><p>vi har tagit emot din beställning §O§ och håller just nu på att plocka ihop och packa den.</p><p>Hälsningar<br>Teboden</p>",
   ["BSM201"], "Order confirmation: received and being packed.")
_m(20, "reply", "text", "Tack! §O§",
   "Hej,\n\nstort tack för att du handlade hos oss (order §O§). Det värmer!\n\nHälsningar\nKeramikverkstaden Gotland",
   ["BSM202"], "Thanks only.")
_m(21, "fulfillment-question", "text", "Order §O§",
   "Hej,\n\nom något skulle krångla med order §O§ finns vi här – hör bara av dig.\n\nDjurboden",
   ["BSM202"], "Only an offer to help if something comes up.")
_m(22, "delivery-delay", "text", "Försening – order §O§",
   "Hej,\n\npå grund av inventering skickas fodret i order §O§ den 11 december i stället för den 8 december. Vi ber om ursäkt.\n\nHälsningar\nZoo Norrland\n\nPS. Med koden VINTER20 får du 20 % rabatt på hela sortimentet året ut.",
   ["BSM203"], "Permitted delay with a P.S. discount code for the whole range.")
_m(23, "reply", "html", "Sv: Doften på ljuset – order §O§",
   "<p>Hej,</p><p>ljuset i order §O§ doftar sandelträ och är ofärgat.</p><p>Nästa vecka lanserar vi vår nya julkollektion! Följ oss på Instagram och prenumerera på vårt nyhetsbrev så missar du inget.</p><p>Kram<br>Moa<br>Veke &amp; Vax</p>",
   ["BSM203"], "Reply promoting a new collection, following and newsletter.")
_m(24, "review-request", "text", "Recension – order §O§",
   "Hej,\n\nvi blir glada om du vill recensera skäggborsten i order §O§ på Amazon. När din recension har publicerats skickar vi en liten present som tack för besväret.\n\nHälsningar\nBarberiet",
   ["BSM204"], "Small gift once the review is published.")
_m(25, "review-request", "text", "Ett erbjudande – order §O§",
   "Hej,\n\nskriv en recension av hörlurarna i order §O§, så betalar vi tillbaka hela köpesumman så fort den syns på Amazon.\n\nHälsningar\nLjudKungen",
   ["BSM204"], "Full refund once the review is online.")
_m(26, "reply", "text", "Sv: Ditt omdöme – order §O§",
   "Hej Gustav,\n\nvi är ledsna att styrskyddet i order §O§ inte höll måttet, och vi har sedan dess bytt leverantör av fästena. Skulle du i så fall kunna ändra eller ta bort ditt betyg med en stjärna? Det skulle betyda mycket för oss.\n\nHälsningar\nMCtillbehör",
   ["BSM205"], "Asks to change or remove a one-star review.")
_m(27, "review-request", "text", "Är du nöjd? Order §O§",
   "Hej,\n\nom du är nöjd med pläden från order §O§ får du gärna lämna en recension på Amazon. Är du inte nöjd vill vi hellre att du kontaktar oss först i stället för att skriva en recension.\n\nHälsningar\nYllefabriken",
   ["BSM206"], "Review only if satisfied; unhappy buyers steered to the seller.")
_m(28, "review-request", "html", "Order §O§ – ditt betyg",
   "<p>Hej!</p><p>Vi hoppas att pusslet från order §O§ har gett många mysiga kvällar. Vi skulle bli jätteglada för fem stjärnor på Amazon!</p><p>Gänget på Pusselbiten</p>",
   ["BSM206"], "Asks for a five-star rating.")
_m(29, "order-problem", "text", "Vara slut – order §O§",
   "Hej,\n\ntyvärr sålde matberedaren i order §O§ slut innan vi hann reservera den. Vi har redan justerat orderbeloppet. Det smidigaste är att du själv avbryter beställningen under Dina beställningar på Amazon, så är allt klart direkt.\n\nVi beklagar\nKöksmästarn",
   ["BSM108"], "Adjusted amount but advises the buyer to cancel.")
_m(30, "order-problem", "text", "Order §O§ – en förfrågan",
   "Hej Helena,\n\ntavelramen i storlek 50 × 70 som du beställt finns tyvärr inte längre i lager. Vi skulle uppskatta om du ville skicka en begäran om avbokning av order §O§.\n\nMed vänlig hälsning\nRamverket",
   ["BSM107", "BSM108"], "Polite request to cancel, without an adjustment.")
_m(31, "delivery-delay", "text", "Försenad leverans §O§",
   "Hej,\n\norder §O§ skickas två dagar senare än planerat, den 9 december. Förlåt!\n\nVill du inte få fler meddelanden från oss? Svara STOPP så tar vi bort dig från listan.\n\nBlomsterbudet",
   ["BSM305"], "Opt-out instruction: reply STOPP.")
_m(32, "reply", "text", "Sv: Trasigt paket §O§",
   "Hej,\n\nden jävla budfirman har slängt paketen igen, fan också. Krukan i order §O§ byter vi förstås – en ny skickas fredag 11 december.\n\nHälsningar\nMartin, Krukmakeriet",
   ["BSM306"], "Swedish profanity in a reply.")
_m(33, "delivery-delay", "text", "Delivery delay – order §O§",
   "Hi,\n\nunfortunately the desk lamp in order §O§ will not ship until 12 December instead of 8 December, as our supplier is running behind. Sorry for the inconvenience.\n\nKind regards,\nLumo Customer Care",
   ["BSM104"], "English message to a Swedish buyer.")
_m(34, "reply", "text", "Sv: Reklamation – order §O§",
   "Hej,\n\nom reklamationen av robotdammsugaren i order §O§: ring oss gärna på 031-704 58 20 (vardagar 8–16), så löser vi det.\n\nHälsningar\nStädproffset",
   ["BSM309"], "Seller's phone number in national format.")
_m(35, "additional-information", "html", "Leveransuppgifter – order §O§",
   "<p>Hej,</p><p>för order §O§ saknar vi lägenhetsnumret i adressen. Du kan också nå oss på +46 70 318 42 96.</p><p>Hälsningar<br>Mattbutiken</p>",
   ["BSM309"], "Seller's phone number in international format.")
_m(36, "reply", "text", "Sv: Monteringsanvisning – order §O§",
   "Hej,\n\nmonteringsanvisningen för gardinstången i order §O§ skickar vi gärna som PDF – mejla oss på kundtjanst@gardinhuset.se.\n\nHälsningar\nGardinhuset",
   ["BSM308"], "Plain e-mail address.")
_m(37, "reply", "text", "Sv: Bilder på skadan §O§",
   "Hej,\n\nbilder på det spruckna glaset i order §O§ kan du skicka till reklamation snabel-a glasbruket punkt se, så hanterar vi det inom 48 timmar.\n\nHälsningar\nGlasbruket",
   ["BSM308"], "Obfuscated e-mail with 'snabel-a' and 'punkt'.")
_m(38, "reply", "html", "Sv: Skötsel av skärbrädan – order §O§",
   "<p>Hej,</p><p>skärbrädan i order §O§ mår bäst av att oljas in med linolja en gång i månaden. Vill du veta mer om oss hittar du det på sidan <a href=\"https://www.ekslojd.se/om-oss\">Om snickeriet Ekslöjd</a>.</p><p>Hälsningar<br>Ekslöjd</p>",
   ["BSM302"], "https link to the seller's own site.")
_m(39, "reply", "html", "Sv: Status för order §O§",
   "<p>Hej,</p><p>aktuell status för order §O§ ser du i <a href=\"http://www.amazon.se/gp/your-account/order-history\">din orderhistorik på Amazon.se</a>.</p><p>Hälsningar<br>Fotoramen</p>",
   ["BSM301"], "http link to Amazon.")
_m(40, "reply", "html", "Sv: Färgen på muggen – order §O§",
   "<p>Hej,</p><p>så här ser muggen i order §O§ ut i dagsljus:</p><p><img src=\"https://cdn.lerverket.se/produkter/mugg-skogsgron-35cl.jpg\" alt=\"Keramikmugg Skogsgrön 35 cl\" width=\"300\"></p><p>Hälsningar<br>Lerverket</p>",
   ["BSM310"], "Photo of the purchased product.")
_m(41, "delivery-delay", "html", "Order §O§ – nytt datum",
   "<p><img src=\"https://cdn.presentboden.se/utskick/strand-solnedgang.jpg\" alt=\"Strand i solnedgång\" width=\"400\"></p><p>Hej,</p><p>presentaskarna i order §O§ skickas den 15 december i stället för den 10 december. Förlåt dröjsmålet.</p><p>Presentboden</p>",
   ["BSM311"], "Unrelated stock image of a beach at sunset.")
_m(42, "delivery-scheduling", "html", "Leverans av fåtölj – order §O§",
   "<p><img src=\"https://cdn.sittverket.se/logo/sittverket-logo.png\" alt=\"\" width=\"150\"></p><p>Hej,</p><p>fåtöljen i order §O§ kan vi leverera den 17 december kl. 10.00–14.00 eller den 18 december kl. 14.00–18.00. Vilket passar dig?</p><p>Sittverket</p>",
   ["BSM402"], "Shop logo with an empty alt.")
_m(43, "review-request", "text", "Recension – order §O§",
   "Hej 😊\n\nhar du en stund över får du gärna recensera mössan i order §O§ på Amazon. Tack! 🧶\n\nStickstugan",
   ["BSM403"], "Emoji in a review request.")
_m(44, "reply", "text", "Sv: Storlek – order §O§",
   "Hej,\n\nstorlek M i order §O§ motsvarar 38–40, så den bör passa perfekt :)\n\nHälsningar\nJenny, Klänningsboden",
   ["BSM403"], "Emoticon :) in a reply.")
_m(45, "delivery-delay", "html", "Försenad order §O§",
   "<style>.h{font-size:24px}.u{font-size:18px}.b{font-size:13px}.f{font-size:10px}</style><p class=\"h\">Försenad leverans</p><p class=\"u\">Order §O§</p><p class=\"b\">Hej, leksaken i din order skickas den 14 december i stället för den 9 december. Vi ber om ursäkt.</p><p class=\"f\">Leksaksboden AB</p>",
   ["BSM410"], "Four font sizes set in a style block.")
_m(46, "additional-information", "text", "Gravyr – order §O§",
   "Hej,\n\nvilket datum vill du ha ingraverat på ringarna i order §O§?\n\n\n\nHälsningar\nGuldsmedjan",
   ["BSM412"], "Several blank lines in a row in text.")
_m(47, "return-follow-up", "text", "[Viktigt] Din retur – order §O§",
   "Hej,\n\ni returen för order §O§ saknades kvittot för garantin. Kan du berätta om du vill att vi skickar tillbaka det till dig eller om vi får kasta det?\n\nHälsningar\nKlockmakarn",
   ["BSM110"], "[Viktigt] on a return follow-up.")
_m(48, "reply", "html", "Sv: Kreditfaktura – order §O§",
   "<p>Hej,</p><p>kreditfakturan för order §O§ hittar du i ditt Amazon-konto. <a href=\"https://www.amazon.se/gp/your-account/order-history\">Läs mer</a></p><p>Hälsningar<br>Elbutiken Uggla</p>",
   ["BSM401"], "Non-descriptive link text 'Läs mer'.")
_m(49, "review-request", "html", "Hur gillar du lådan? Order §O§",
   "<p><a href=\"https://www.smafor.se\"><img src=\"https://www.smafor.se/bilder/smafor-logga.png\" alt=\"Småfor logotyp\" width=\"140\"></a></p><p>Hej,</p><p>förvaringslådan i order §O§ har nu varit hos dig ett tag. Om du vill får du gärna lämna en recension på Amazon, oavsett vad du tycker.</p><p>Hälsningar<br>Småfor</p>",
   ["BSM302", "BSM304"], "Shop logo linked to the seller's website.")
_m(50, "delivery-delay", "html", "Order §O§ försenas",
   "<div style=\"font-family: Arial, Helvetica, sans-serif; color: #333333\"><p>Hej,</p><p>tyvärr skickas termosen i order §O§ först den 16 december i stället för den 11 december. Vi ber om ursäkt för förseningen.</p><p>Hälsningar<br>Termoshuset</p></div>",
   ["BSM407", "BSM409"], "Builder styles setting font-family and colour.")
