# -*- coding: utf-8 -*-
"""v13 blind evaluation set, Swedish (sv-SE)."""

def _o(n):
    return "447-%07d-%07d" % ((527113 * n + 2203917) % 9000000 + 1000000,
                              (614021 * n + 3318470) % 9000000 + 1000000)

_R = []

def M(n, typ, fmt, subject, body, expected, note):
    _R.append({"id": "v13-sv-%03d" % n, "language": "sv", "locale": "sv-SE", "type": typ,
               "format": fmt, "subject": subject, "body": body, "order_id": _o(n),
               "expected": sorted(expected), "note": note})

O = _o

M(1, "delivery-delay", "text", "Din beställning %s blir lite försenad" % O(1),
  "Hej Linnea!\n\nVi ville bara meddela att ullfiltarna i beställning %s tyvärr inte hinner skickas i tid. Väveriet i Dalarna ligger efter med leveranserna inför julen.\n\n"
  "Ny beräknad avsändning är 15 december, och sedan brukar det ta 1–3 vardagar fram till dig. Vi hör av oss om något ändras.\n\nVänliga hälsningar\nErik Holm\nUllboden i Rättvik" % O(1),
  [], "Clean plain-text delivery delay with a new dispatch date.")

M(2, "delivery-delay", "html", "Försenad leverans – order %s" % O(2),
  "<table><tr><td><p>Hej,</p><p>tack för ditt tålamod. Robotdammsugaren i order <b>%s</b> har blivit försenad hos vår grossist.</p>"
  "<table><tr><td>Utlovat leveransdatum:</td><td>2026-12-09</td></tr><tr><td>Nytt beräknat datum:</td><td>2026-12-16</td></tr></table>"
  "<p>Vi beklagar förseningen.</p><p>Med vänlig hälsning<br>Kundtjänst<br>HemTeknik Norden AB</p></td></tr></table>" % O(2),
  [], "Clean builder-HTML delay with nested tables, no styles.")

M(3, "order-problem", "text", "[Viktigt] Vara slut i lager – order %s" % O(3),
  "Hej,\n\ntyvärr har vi sålt slut på gjutjärnsgrytan 4,5 l i order %s, och leverantören kan inte ge oss något nytt datum. Vi kan därför inte skicka den.\n\n"
  "Ordersumman har justerats med 899 kr (orsak: slut i lager), och pengarna återbetalas till ditt konto enligt Amazons vanliga tider. Övriga varor i ordern skickas som vanligt.\n\n"
  "Vi ber om ursäkt.\n\nMvh\nSofia Lind\nKökskompaniet" % O(3),
  [], "Clean order problem with [Viktigt] and confirmed amount adjustment.")

M(4, "additional-information", "html", "Fråga om din order %s" % O(4),
  "<p>Hej Johan,</p><p>för att kunna kapa hyllplanen i order %s till rätt längd behöver vi veta om måttet 83 cm du angav är nischens innermått eller hyllans färdiga längd.</p>"
  "<p>Svara gärna direkt här så sätter vi igång.</p><p>Hälsningar<br>Anders på Hyllsnickeriet</p>" % O(4),
  [], "Clean request for information needed to fulfil a made-to-measure order.")

M(5, "return-follow-up", "text", "Angående din retur – %s" % O(5),
  "Hej Maja,\n\nvi har tittat på bilderna av jackan från order %s. Dragkedjan som lossnat går lätt att laga, och i övrigt är jackan hel.\n\n"
  "Om du vill behålla jackan kan vi erbjuda en delåterbetalning på 250 kr. Föredrar du att returnera den som planerat går det förstås också bra.\n\nHör av dig med vad du väljer!\n\nHälsningar\nOskar, Fjällkläder.se" % O(5),
  [], "Clean return follow-up offering a partial refund.")

M(6, "return-follow-up", "text", "Retur %s – en fråga" % O(6),
  "Hej,\n\nvi har tagit emot din returanmälan för hörlurarna i order %s. Innan vi kan behandla den behöver vi veta om båda öronsnäckorna och laddfodralet skickas tillbaka, eller bara den vänstra öronsnäckan som du beskrev som trasig.\n\n"
  "Tack på förhand!\n\nLjudlabbet Kundservice" % O(6),
  [], "Clean return follow-up asking for information needed for the return.")

M(7, "invoice", "html", "Faktura för order %s" % O(7),
  "<p>Hej,</p><p>bifogat finns faktura nr 2026/12/0581 för order %s.</p>"
  "<table><tr><td>Belopp exkl. moms:</td><td>1 999,20 kr</td></tr><tr><td>Moms 25 %%:</td><td>499,80 kr</td></tr><tr><td>Att betala:</td><td>2 499,00 kr</td></tr></table>"
  "<p>Med vänliga hälsningar<br>Ekonomiavdelningen</p><p><small>Kontorsvaruhuset i Norrköping AB · Org.nr 556781-2290 · Momsreg.nr SE556781229001<br>Industrigatan 14, 602 23 Norrköping · Godkänd för F-skatt</small></p>" % O(7),
  [], "Clean invoice with Org.nr, VAT number and slashed invoice number.")

M(8, "review-request", "text", "Hur blev kaffet? (order %s)" % O(8),
  "Hej!\n\nNu har du haft kaffebönorna från order %s ett tag. Om du har lust får du gärna berätta på Amazon vad du tycker om dem – det hjälper andra kaffedrickare att välja, och vi läser allt, både beröm och kritik.\n\n"
  "Ha en fin vecka!\nLisa & Magnus\nRosteriet på Söder" % O(8),
  [], "Clean neutral review request in a familiar register.")

M(9, "review-request", "html", "Din åsikt om order %s" % O(9),
  "<p><img src=\"https://media.glasbruket-kosta.se/logo/glasbruket-logo.png\" alt=\"Glasbruket Kosta logotyp\" width=\"160\"></p>"
  "<p>Hej,</p><p>vi hoppas att vinglasen i order %s har kommit fram hela och gjort dig glad. Vi skulle uppskatta om du berättade hur du upplever dem – positivt som negativt.</p>"
  "<p><a href=\"https://www.amazon.se/review/create-review?asin=B0DK7QWX31\">Skriv en recension på Amazon.se</a></p><p>Varma hälsningar<br>Glasbruket Kosta</p>" % O(9),
  [], "Clean HTML review request with logo (alt names shop) and descriptive https Amazon link.")

M(10, "delivery-scheduling", "html", "Boka leveranstid – order %s" % O(10),
  "<p>Hej Karin,</p><p>din soffa i order %s väger runt 110 kg och levereras med två chaufförer som bär in den. Välj en tid som passar:</p>"
  "<ul><li>tisdag 15 dec kl. 08.00–12.00</li><li>torsdag 17 dec kl. 12.00–16.00</li><li>lördag 19 dec kl. 09.00–13.00</li></ul>"
  "<p>Svara med den tid du vill ha så bokar vi in den.</p><p>Hälsningar<br>Leveransplanering, Soffverket</p>" % O(10),
  [], "Clean bulky delivery scheduling with time slots in Swedish time format.")

M(11, "home-service-appointment", "text", "Installation av tvättmaskin – order %s" % O(11),
  "Hej Per,\n\ndu har beställt installation av tvättmaskinen i order %s. Vår installatör kan komma\n\n• onsdag 2026-12-09 mellan 13.00 och 16.00, eller\n• fredag 2026-12-11 mellan 08.00 och 11.00.\n\n"
  "Vilken tid passar? Se gärna till att det finns en avstängningsventil för vattnet i närheten av platsen.\n\nMvh\nMontageservice Väst" % O(11),
  [], "Clean home-service appointment with two proposed slots.")

M(12, "custom-design-verification", "html", "Korrektur för din gravyr – %s" % O(12),
  "<p>Hej!</p><p>Här kommer korrekturet för skärbrädan i order %s (bifogad PDF). Texten lyder <i>”Familjen Berg – sedan 1998”</i>, centrerad i nederkanten med serifftypsnitt.</p>"
  "<p>Kolla gärna stavning och årtal. När du godkänner sätter vi igång lasern, oftast inom två arbetsdagar.</p><p>Hälsningar<br>Emma, Träverkstan i Gnosjö</p>" % O(12),
  [], "Clean custom design proof with attachment and approval request.")

M(13, "fulfillment-question", "text", "Portkod behövs – order %s" % O(13),
  "Hej,\n\nbudet kom inte in i trapphuset när paketet från order %s skulle lämnas (kolli-id 73301984520SE, vårt referensnr LS-20261207-44). Kan du skicka portkoden, eller säga var paketet kan lämnas?\n\n"
  "Nästa leveransförsök är planerat till 2026-12-08.\n\nTack!\nLampstudion" % O(13),
  [], "Clean door-code question with tracking and reference numbers.")

M(14, "reply", "text", "Sv: Passar laddaren? %s" % O(14),
  "Hej Ahmed,\n\nja, ”PowerCore Slim 10000 Portable Charger” från order %s fungerar med din telefon. Den laddar via USB-C och ger upp till 20 W, så det går snabbt.\n\n"
  "Vänligen\nTina på Mobilhörnan" % O(14),
  [], "Clean reply quoting an English product title inside Swedish sentences.")

M(15, "reply", "html", "Sv: Garanti på kaffemaskinen – %s" % O(15),
  "<p>Hej Gunilla,</p><p>tråkigt att kaffemaskinen från order %s har börjat läcka. Den omfattas av tillverkarens garanti i två år, och reparationer sköts direkt av märkets serviceverkstad.</p>"
  "<p>Tillverkarens garantilinje (Brewmatic Nordic): 08-520 144 00, vardagar 9–16. Ha ordernumret och inköpsdatumet redo när du ringer.</p>"
  "<p>Säg till om något krånglar så hjälper vi till.</p><p>Hälsningar<br>Jonas, Kaffeboden</p>" % O(15),
  [], "Clean reply with manufacturer's warranty phone line marked as such.")

M(16, "reply", "text", "Sv: Kvitto till företaget – %s" % O(16),
  "Hej,\n\nvisst, vi kan ställa ut fakturan för order %s på ditt företag. Skicka bara företagsnamn och organisationsnummer som svar på detta meddelande.\n\n"
  "Med vänlig hälsning\nCecilia Åberg\nKundansvarig\n\nPappersmakarna i Lund AB\nStora Södergatan 21, 222 23 Lund\nOrg.nr 559012-3487 · Momsreg.nr SE559012348701\nStyrelsens säte: Lund" % O(16),
  [], "Clean reply with company footer (Org.nr, VAT number, address).")

M(17, "reply", "text", "Sv: Var är mitt paket? %s" % O(17),
  "Hej Nils,\n\njag har kollat upp det. Paketet i order %s har spårningsnummer 00370733921000148821 och skannades i Jönköping 2026-12-06 kl. 21.14. Beräknad leverans är måndag 2026-12-07 mellan 17.00 och 21.00.\n\n"
  "Returen av det första paret skor är registrerad med returnummer RT-88213; 1 195 kr återbetalas inom 3–5 bankdagar efter att vi tagit emot den.\n\nHälsningar\nSara, Skohuset Ek" % O(17),
  [], "Clean reply with tracking/return numbers, dates, times and amounts.")

M(18, "fulfillment-question", "html", "Order %s" % O(18),
  "<p>Hej,</p><p>goda nyheter – paketet med order %s har nu lämnats över till PostNord och rullar mot dig. Räkna med leverans inom ett par dagar.</p><p>Hälsningar<br>Växtriket</p>" % O(18),
  ["BSM201"], "Shipping confirmation: 'handed over to the carrier'.")

M(19, "additional-information", "text", "Vi har fått din order %s" % O(19),
  "Hej!\n\nStort tack – vi har tagit emot din order %s och håller redan på att plocka ihop den här på lagret i Borås. Vi packar allt med omsorg.\n\nHälsningar\nTextilboden" % O(19),
  ["BSM201"], "Order confirmation: received and being picked.")

M(20, "fulfillment-question", "text", "Tack! – %s" % O(20),
  "Hej Elsa,\n\ntack så hemskt mycket för att du handlade hos oss (order %s)! Det värmer verkligen för ett litet familjeföretag.\n\nKramar\nHonungsgården" % O(20),
  ["BSM202"], "Thanks-only message.")

M(21, "reply", "html", "Order %s" % O(21),
  "<p>Hej,</p><p>om något skulle dyka upp med order %s finns vi här – det är bara att skriva.</p><p>Allt gott<br>Lampkungen</p>" % O(21),
  ["BSM202"], "Only an offer to help if something comes up.")

M(22, "delivery-delay", "text", "Försening – %s" % O(22),
  "Hej,\n\nvi skickar tyvärr order %s först 2026-12-12 i stället för 2026-12-09, eftersom garnet från spinneriet blev försenat. Förlåt för det!\n\nHälsningar\nGarnverket\n\n"
  "P.S. Fram till nyår får du 20 %% rabatt på hela vårt sortiment – passa på att kika in i vår butik på Amazon." % O(22),
  ["BSM203"], "Permitted delay with a 20%-off P.S.")

M(23, "reply", "text", "Sv: Skötselråd – %s" % O(23),
  "Hej Viktor,\n\nläderväskan från order %s mår bäst av lite läderbalsam två gånger om året.\n\n"
  "Vill du ha fler tips? Följ oss gärna på Instagram och Facebook, och prenumerera på vårt nyhetsbrev – i januari lanserar vi en helt ny kollektion ryggsäckar.\n\nHälsningar\nSadelmakeriet" % O(23),
  ["BSM203"], "Follow us / newsletter / new collection in a reply.")

M(24, "review-request", "text", "Ett litet tack – order %s" % O(24),
  "Hej,\n\nvi vore jätteglada för en recension på Amazon av barnstolen i order %s. När din recension ligger ute, skicka gärna ett kort meddelande till oss, så bjuder vi på en liten överraskning som tack.\n\nHälsningar\nBarnmöbler Lilla Björn" % O(24),
  ["BSM204"], "Small surprise gift once the review is published.")

M(25, "review-request", "html", "Recension – order %s" % O(25),
  "<p>Hej!</p><p>Berätta gärna vad du tycker om pannlampan i order %s på Amazon.</p><p>Som tack för besväret betalar vi tillbaka hela köpesumman så fort recensionen syns på sidan.</p><p>Hälsningar<br>Friluftslagret</p>" % O(25),
  ["BSM204"], "Full refund once the review is online.")

M(26, "reply", "text", "Sv: Ersättningsvara – %s" % O(26),
  "Hej Anneli,\n\nden nya lampskärmen till order %s skickas i morgon. Eftersom vi har löst problemet undrar jag om du skulle kunna ta en titt på betyget på en stjärna du lämnade – kanske ändra det, eller ta bort det helt? Det skulle betyda mycket för oss.\n\nHälsningar\nRobin, Lampskärmsateljén" % O(26),
  ["BSM205"], "Asks to change or remove a one-star review.")

M(27, "review-request", "text", "Är du nöjd? %s" % O(27),
  "Hej,\n\när du nöjd med cykelhjälmen från order %s? Då blir vi jätteglada för en recension på Amazon. "
  "Om något inte motsvarar dina förväntningar vill vi hellre att du hör av dig direkt till oss än skriver en recension.\n\nCykelkompaniet" % O(27),
  ["BSM206"], "Review asked only from satisfied buyers; unhappy ones steered to the seller.")

M(28, "review-request", "html", "Betygsätt ditt köp – %s" % O(28),
  "<p>Hej,</p><p>tack för din order %s. Vi skulle bli väldigt glada om du gav produkten fem stjärnor på Amazon – det är det som gör att små butiker som vi syns.</p><p>Hälsningar<br>Doftljus från Gotland</p>" % O(28),
  ["BSM206"], "Asks for a five-star rating.")

M(29, "order-problem", "text", "Problem med order %s" % O(29),
  "Hej,\n\nsista exemplaret av skrivbordslampan i order %s gick sönder vid packningen, och ny leverans kommer först i mars. Ordersumman är justerad med 649 kr (slut i lager).\n\n"
  "Det snabbaste vore om du själv gick in på ditt konto och begärde en annullering av ordern, så blir allt klart direkt.\n\nMvh\nBelysningsbutiken" % O(29),
  ["BSM108"], "Adjustment confirmed but buyer told to request the cancellation himself.")

M(30, "order-problem", "html", "Slut i lager – %s" % O(30),
  "<p>Hej,</p><p>vi är ledsna, men juicepressen i order %s är slutsåld och vi vet inte när den kommer in igen.</p><p>Vi skulle uppskatta om du kunde skicka in en begäran om avbokning via Amazon, så går återbetalningen snabbast.</p><p>Hälsningar<br>Köksmagasinet</p>" % O(30),
  ["BSM107", "BSM108"], "Cancellation request because of stock-out, no adjustment confirmed.")

M(31, "delivery-delay", "text", "Försenad – %s" % O(31),
  "Hej,\n\norder %s lämnar vår verkstad 2026-12-14, tre dagar senare än planerat. Vi ber om ursäkt.\n\nVill du inte få fler meddelanden från oss? Svara STOPP så avregistrerar vi dig.\n\nKeramikverkstaden" % O(31),
  ["BSM305"], "Opt-out instruction (reply STOPP).")

M(32, "reply", "text", "Sv: Paketet?? %s" % O(32),
  "Hej,\n\nden jävla budfirman har klantat till det igen – paketet från order %s har skickats fram och tillbaka, helt åt helvete. Vi skickar ett nytt i morgon med ett annat bud.\n\nPatrik, Verktygsboden" % O(32),
  ["BSM306"], "Swedish profanity in a reply.")

M(33, "delivery-delay", "text", "Lieferverzögerung – Bestellung %s" % O(33),
  "Hallo,\n\nleider verzögert sich Ihre Bestellung %s um einige Tage. Der Versand erfolgt voraussichtlich am 14. Dezember.\n\nWir bitten um Entschuldigung.\n\nMit freundlichen Grüßen\nNordHaus Versand" % O(33),
  ["BSM104"], "Whole message in German for an sv-SE buyer.")

M(34, "delivery-scheduling", "text", "Leverans av garderob – %s" % O(34),
  "Hej,\n\ngarderoben i order %s är klar för utkörning. Ring vår chaufför Mikael på 070-412 88 53 så bestämmer ni en tid nästa vecka.\n\nHälsningar\nMöbelfrakt Syd" % O(34),
  ["BSM309"], "National mobile number of the seller's driver.")

M(35, "reply", "html", "Sv: Monteringshjälp – %s" % O(35),
  "<p>Hej,</p><p>om du kör fast med monteringen av bokhyllan i order %s kan du ringa oss på <b>+46 31 702 55 90</b>, vardagar 9–17.</p><p>Hälsningar<br>Lina Ek<br>Hyllmästarna</p>" % O(35),
  ["BSM309"], "International-format phone number.")

M(36, "return-follow-up", "text", "Retur %s – foto behövs" % O(36),
  "Hej,\n\nför att kunna hantera returen i order %s behöver vi en bild på skadan på ramen. Mejla den till retur@tavelramar.se och skriv ordernumret i ämnesraden.\n\nHälsningar\nTavelramar.se" % O(36),
  ["BSM308"], "Plain e-mail address in a return follow-up.")

M(37, "additional-information", "text", "Gravyrfil – %s" % O(37),
  "Hej,\n\nskicka logofilen till gravyren i order %s till design snabel-a laserhuset punkt se, så lägger vi in den. PNG eller PDF funkar bäst.\n\nTack!\nLaserhuset" % O(37),
  ["BSM308"], "Obfuscated e-mail address with 'snabel-a' and 'punkt'.")

M(38, "reply", "html", "Sv: Hur bryggs teet? %s" % O(38),
  "<p>Hej!</p><p>Det gröna teet i order %s ska dra i 80 grader i två minuter. Fler tips finns i vår guide: "
  "<a href=\"https://www.teklubben.se/guider/brygga-gront-te\">Teklubbens guide till grönt te</a>.</p><p>Hälsningar<br>Teklubben</p>" % O(38),
  ["BSM302"], "Descriptive https link to the seller's own site.")

M(39, "reply", "html", "Sv: Returstatus – %s" % O(39),
  "<p>Hej,</p><p>status för returen i order %s ser du på ditt konto: <a href=\"http://www.amazon.se/gp/css/returns/homepage.html\">Dina returer på Amazon.se</a>.</p><p>Mvh<br>Datorlagret</p>" % O(39),
  ["BSM301"], "Insecure http link to Amazon, descriptive text.")

M(40, "review-request", "html", "Berätta gärna – order %s" % O(40),
  "<p>Hej,</p><p>vi vore tacksamma för en recension på Amazon av din vara från order %s.</p>"
  "<p><img src=\"https://cdn.tradgardsbutiken.se/produkter/hangmatta-bomull-natur.jpg\" alt=\"Hängmatta i naturfärgad bomull\" width=\"300\"></p><p>Hälsningar<br>Trädgårdsbutiken</p>" % O(40),
  ["BSM310"], "Photo of the purchased product.")

M(41, "delivery-delay", "html", "Julförsening – %s" % O(41),
  "<p><img src=\"https://cdn.pepparkakshuset.se/bilder/strand-solnedgang.jpg\" alt=\"Strand i solnedgång\" width=\"320\"></p>"
  "<p>Hej,</p><p>på grund av julruschen skickas order %s 2026-12-18 i stället för 2026-12-15. Förlåt dröjsmålet!</p><p>Pepparkakshuset</p>" % O(41),
  ["BSM311"], "Unrelated stock image (beach at sunset).")

M(42, "delivery-scheduling", "html", "Leveranstid – %s" % O(42),
  "<p><img src=\"https://cdn.stenbanken.se/logo-stenbanken.png\" alt=\"\" width=\"150\"></p><p>Hej,</p><p>bänkskivan i order %s (260 cm) kan levereras måndag 14 dec kl. 07.00–11.00 eller onsdag 16 dec kl. 13.00–17.00. Vilken tid passar bäst?</p>"
  "<p>Hälsningar<br>Stenbänken</p>" % O(42),
  ["BSM402"], "Shop logo with empty alt.")

M(43, "reply", "text", "Sv: Färgen på garnet – %s" % O(43),
  "Hej Frida!\n\nJa, nystanen i order %s kommer från samma färgbad, så nyansen blir exakt likadan \U0001F600\U0001F44D Lycka till med stickningen!\n\nAnnika, Nystan & Nål" % O(43),
  ["BSM403"], "Emoji in a reply.")

M(44, "additional-information", "text", "Namn till broderiet – %s" % O(44),
  "Hej,\n\ndu glömde visst skriva vilket namn som ska broderas på handduken i order %s. Säg bara till så fixar vi resten :D\n\nBroderiateljén" % O(44),
  ["BSM403"], "Text emoticon :D.")

M(45, "delivery-delay", "html", "Försenad avsändning %s" % O(45),
  "<style>.rubrik{font-size:26px} .under{font-size:19px} .text{font-size:15px} .fot{font-size:10px}</style>"
  "<p class=\"rubrik\">Förlåt dröjsmålet!</p><p class=\"under\">Order %s</p><p class=\"text\">En trasig symaskin gör att gardinerna skickas 2026-12-12 i stället för 2026-12-09.</p>"
  "<p class=\"fot\">Sömnadsateljén Tråden, Storgatan 8, 553 16 Jönköping</p>" % O(45),
  ["BSM410"], "Four explicit font sizes in a <style> block.")

M(46, "additional-information", "html", "Ringstorlek – %s" % O(46),
  "<p>Hej,</p><p>vi behöver fortfarande din ringstorlek för order %s (t.ex. 17 eller 18,5).<br><br><br><br>Utan den kan vi tyvärr inte börja smida.</p><p>Hälsningar<br>Silversmedjan</p>" % O(46),
  ["BSM412"], "Run of four <br> in HTML.")

M(47, "invoice", "text", "[Viktigt] Faktura – order %s" % O(47),
  "Hej,\n\nhär kommer fakturan för order %s som bifogad PDF (faktura nr 2026/1207/33, 1 490 kr inkl. moms).\n\nHälsningar\nCykelverkstan i Umeå AB\nOrg.nr 556903-1142" % O(47),
  ["BSM110"], "[Viktigt] tag on an invoice.")

M(48, "reply", "html", "Sv: Kreditfaktura – %s" % O(48),
  "<p>Hej,</p><p>kreditfakturan för order %s är klar och syns bland dina beställningar på Amazon. <a href=\"https://www.amazon.se/gp/your-account/order-history\">Läs mer</a></p><p>Hälsningar<br>Skrivarpatronen.se</p>" % O(48),
  ["BSM401"], "Non-descriptive link text 'Läs mer'.")

M(49, "delivery-delay", "html", "Uppdatering om order %s" % O(49),
  "<p>Hej,</p><p>rullgardinerna i order %s skickas en vecka senare än utlovat, den 17 december. Vi beklagar!</p><p>Hälsningar<br>Gardinfabriken</p>"
  "<img src=\"https://t.mailpulse-nordic.com/open.gif?uid=88213&amp;cmp=dec26\" width=\"1\" height=\"1\" alt=\"\">" % O(49),
  ["BSM307", "BSM402"], "1x1 tracking pixel with tracking parameters and empty alt.")

M(50, "review-request", "html", "Din recension – order %s" % O(50),
  "<p><a href=\"https://www.skogsdoft.se\"><img src=\"https://www.skogsdoft.se/logo/skogsdoft-logo.png\" alt=\"Skogsdoft logotyp\" width=\"150\"></a></p>"
  "<p>Hej,</p><p>berätta gärna på Amazon vad du tycker om tvålen i order %s, oavsett om du är nöjd eller inte.</p><p>Hälsningar<br>Skogsdoft</p>" % O(50),
  ["BSM302", "BSM304"], "Shop logo linked to the seller's website.")

MESSAGES = _R
