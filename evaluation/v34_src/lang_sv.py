# -*- coding: utf-8 -*-
"""Set v34, Swedish (sv) evaluation messages."""

MESSAGES = []


def _oid(n):
    return "658-%07d-%07d" % ((n * 6113 + 2940013) % 10000000, (n * 91529 + 5120877) % 10000000)


def _m(n, locale, typ, fmt, subject, body, expected, note, order=None):
    o = order or _oid(n)
    MESSAGES.append({
        "id": "v34-sv-%03d" % n,
        "language": "sv",
        "locale": locale,
        "type": typ,
        "format": fmt,
        "subject": subject.replace("{O}", o),
        "body": body.replace("{O}", o),
        "order_id": o,
        "expected": sorted(expected),
        "note": note,
    })


# ---------------- clean ----------------
_m(1, "sv-SE", "delivery-delay", "html",
   "Försenad leverans av order {O}",
   "<table width=\"100%\"><tr><td>\n<p>Hej Johanna,</p>\n<p>Vi behöver tyvärr skjuta upp avsändningen av din beställning {O}. Kökslampan Ljusdal i mässing har fastnat i en försenad container från vår leverantör och beräknas vara hos oss den 14 december.</p>\n<p><b>Nytt beräknat avsändningsdatum:</b> 15 december 2026</p>\n<p>Vi ber om ursäkt för dröjsmålet.</p>\n<p>Med vänliga hälsningar<br>Kundservice, Nordljus Belysning AB</p>\n</td></tr></table>",
   [], "Clean delivery delay in table-based builder HTML.")

_m(2, "sv-FI", "delivery-delay", "text",
   "Beställning {O} blir några dagar sen",
   "Hej!\n\nJag väver mattorna själv i min verkstad i Jakobstad och din trasmatta i blått och vitt (beställning {O}) blev inte färdig i tid – varpen tog slut mitt i arbetet och nytt garn kom först i går.\n\nMattan skickas senast den 11 december i stället för den 7 december. Förlåt dröjsmålet!\n\nHälsningar\nBritt-Marie\nVävstugan i Jakobstad",
   [], "Clean delivery delay in plain text from a one-person weaving studio in Finland.")

_m(3, "sv-SE", "order-problem", "text",
   "[Viktigt] Din beställning {O} kan inte levereras",
   "Hej,\n\nVi beklagar, men vi kan inte leverera grafikkortet du beställde (order {O}). Vår leverantör har dragit in den sista sändningen och vi har inget kvar i lager.\n\nVi har redan justerat hela orderbeloppet med orsaken \"slut i lager\", så pengarna återbetalas till dig via Amazon. Du behöver inte göra något.\n\nVänliga hälsningar\nDatorlagret Norr AB",
   [], "Clean order problem confirming the adjustment, [Viktigt] in the subject.")

_m(4, "sv-SE", "additional-information", "html",
   "Vilken längd på kedjan? – {O}",
   "<p>Hej Ahmed,</p>\n<p>Tack för din beställning av namnhalsbandet i silver (order {O}). I beställningen saknas kedjans längd. Vi har 42 cm, 45 cm och 50 cm.</p>\n<p>Svara gärna på det här meddelandet med den längd du vill ha, så tillverkar vi smycket direkt.</p>\n<p>Hälsningar<br>Silverbyn Smycken</p>",
   [], "Clean request for information needed to make the item.")

_m(5, "sv-SE", "return-follow-up", "html",
   "Angående din retur – order {O}",
   "<p>Hej,</p>\n<p>Vi har sett att du vill returnera kontorsstolen från order {O} eftersom ett av hjulen gått sönder. Vi kan erbjuda dig en delåterbetalning på 250 kr och skicka ett nytt hjul utan kostnad, så slipper du packa ner hela stolen.</p>\n<p>Om du hellre vill returnera stolen går det förstås bra – fortsätt då bara returen som vanligt.</p>\n<p>Med vänlig hälsning<br>Kontorsgiganten Sverige AB</p>",
   [], "Clean return follow-up offering a partial refund.")

_m(6, "sv-SE", "return-follow-up", "text",
   "Retur av order {O} – en fråga",
   "Hej Lars,\n\nDin retur av vinterdäcken från order {O} har kommit fram, men i paketet låg tre däck i stället för fyra. Har det fjärde skickats separat? I så fall ber vi dig svara med kollinumret, så kan vi slutföra returen och återbetalningen.\n\nMvh\nDäckcentralen Borås",
   [], "Clean return follow-up asking for information to complete the return.")

_m(7, "sv-SE", "invoice", "html",
   "Faktura för order {O}",
   "<p>Hej,</p>\n<p>Bifogat finns faktura nr 2026/SE/4417 för order {O}.</p>\n<table>\n<tr><td>Fakturabelopp:</td><td>3 480,00 kr</td></tr>\n<tr><td>varav moms 25 %:</td><td>696,00 kr</td></tr>\n</table>\n<p>Vänliga hälsningar<br>Ekonomiavdelningen</p>\n<p><small>Verktygsboden i Småland AB · Industrivägen 9, 331 41 Värnamo · Org.nr 556123-4567 · Momsreg.nr SE556123456701 · Innehar F-skattsedel</small></p>",
   [], "Clean invoice with Org.nr, VAT number and a slash-separated invoice number.")

_m(8, "sv-FI", "review-request", "text",
   "Vad tyckte du om teet? Order {O}",
   "Hej,\n\nDitt te från beställning {O} har nu varit framme i ungefär en vecka. Vi är ett litet teimporthus i Åbo och vill gärna veta vad du tycker.\n\nOm du har tid får du gärna skriva en produktrecension på Amazon – positiv eller negativ, allt hjälper oss och andra kunder.\n\nVarma hälsningar\nTehuset Aura",
   [], "Clean, neutral review request in plain text.")

_m(9, "sv-SE", "review-request", "html",
   "Berätta vad du tycker – order {O}",
   "<p><img src=\"https://m.media-amazon.com/images/S/brand/fjallgarn-logo.png\" alt=\"Fjällgarn – logotyp\" width=\"140\" height=\"50\"></p>\n<p>Hej!</p>\n<p>Nu har ditt garn från beställning {O} hunnit komma fram. Vi skulle uppskatta om du ville dela din upplevelse med andra stickare genom en recension – oavsett vad du tycker.</p>\n<p><a href=\"https://www.amazon.se/review/create-review?asin=B0CSV8FJ41\">Skriv en recension av garnet på Amazon.se</a></p>\n<p>Stickhälsningar<br>Fjällgarn</p>",
   [], "Clean HTML review request with shop logo (alt names the shop) and a descriptive https Amazon link.")

_m(10, "sv-SE", "delivery-scheduling", "text",
   "Bokning av leverans – order {O}",
   "Hej Eva,\n\nDin tvättmaskin och torktumlare (order {O}) levereras med bil med bakgavellyft och två chaufförer som bär in och ställer på plats. Vi har följande tider lediga:\n\nTisdag 15/12, kl. 07.00–11.00\nOnsdag 16/12, kl. 11.00–15.00\nTorsdag 17/12, kl. 15.00–19.00\n\nSvara med den tid som passar dig bäst. Ange gärna också portkod om det finns en.\n\nVänliga hälsningar\nLeveransplanering, VitvaruExperten",
   [], "Clean delivery scheduling for heavy appliances with dates and time windows.")

_m(11, "sv-SE", "home-service-appointment", "text",
   "Tid för installation av laddbox – {O}",
   "Hej,\n\nI din beställning {O} ingår installation av laddbox av behörig elektriker. Vi kan komma:\n\n– måndag 14 december kl. 08.00–10.00\n– tisdag 15 december kl. 13.00–15.00\n\nInstallationen tar cirka två timmar. Se till att elcentralen är åtkomlig.\n\nHälsningar\nElinstallation Öst, för LaddHemma",
   [], "Clean home-service appointment with time slots.")

_m(12, "sv-SE", "custom-design-verification", "html",
   "Korrektur för din skylt – order {O}",
   "<p>Hej Nils,</p>\n<p>Här kommer korrekturet på husnummerskylten från order {O} som bifogad PDF. Text: <b>\"Villa Solbacken 14\"</b>, svart ek med vita bokstäver, 40 × 15 cm.</p>\n<p>Kontrollera stavning och placering. Skriv \"godkänt\" om allt ser bra ut, annars ändrar jag enligt dina önskemål.</p>\n<p>Hälsningar<br>Gustav, Skyltsnickaren</p>",
   [], "Clean custom design proof.")

_m(13, "sv-SE", "fulfillment-question", "text",
   "Portkod behövs – order {O}",
   "Hej,\n\nBudet kom inte in i trapphuset på Södra Vägen 21 när paketet från order {O} skulle levereras. Försändelsen (kollinummer 00373500251234567891, ärende 2026-1208-77) är tillbaka på terminalen.\n\nKan du skicka portkoden eller beskriva var budet kan lämna paketet? Vi bokar ny leverans så snart vi fått svar.\n\nMed vänlig hälsning\nCykelkompaniet i Göteborg",
   [], "Clean door-code question with reference numbers.")

_m(14, "sv-FI", "reply", "text",
   "Sv: Fråga om order {O}",
   "Hej!\n\nBra fråga. Boken \"The Nordic Baking Book\" i din beställning {O} är den engelska originalutgåvan – en svensk översättning finns tyvärr inte ännu. Måtten i recepten anges både i gram och i cups, så den går utmärkt att använda här i Finland.\n\nHälsningar\nBokhandeln Kvarteret",
   [], "Clean reply quoting an English book title inside Swedish sentences.")

_m(15, "sv-SE", "reply", "html",
   "Sv: Kaffebryggaren fungerar inte – {O}",
   "<p>Hej,</p>\n<p>Tråkigt att kaffebryggaren från order {O} slutat värma. Den omfattas av tillverkarens garanti i två år, och tillverkaren hjälper dig snabbast med reparation eller utbyte.</p>\n<p><b>Tillverkarens garantisupport (Brygg &amp; Co Nordic):</b> 08-520 277 30, vardagar 9–16.</p>\n<p>Vill du hellre göra en retur via Amazon hjälper vi gärna till med det.</p>\n<p>Hälsningar<br>Köksbutiken Timjan</p>",
   [], "Clean reply with the manufacturer's warranty support number, marked as such.")

_m(16, "sv-SE", "reply", "text",
   "Sv: Leveranstid till Gotland – {O}",
   "Hej Karin,\n\nTack för frågan! Paket till Gotland tar normalt en extra dag, så din beställning {O} bör vara framme på fredag enligt transportören.\n\nVänliga hälsningar\nMatilda\n\n--\nLinneboden Ekologiska Textilier AB\nStorgatan 4, 582 23 Linköping\nOrg.nr 559087-2214 · Styrelsens säte: Linköping\nKundtjänst vardagar 09.00–16.00",
   [], "Clean reply with a company-details signature block.")

_m(17, "sv-SE", "reply", "html",
   "Sv: Byte av storlek – order {O}",
   "<p>Hej,</p>\n<p>Vi har registrerat bytet för order {O}. Här är uppgifterna:</p>\n<ul>\n<li>Returnummer: RET-58831</li>\n<li>Spårningsnummer för nya skorna: UA123456789SE</li>\n<li>Beräknad leverans av nya skorna: 11/12 före kl. 16.00</li>\n<li>Prisskillnad som återbetalas: 149 kr</li>\n</ul>\n<p>Hälsningar<br>Skohörnan</p>",
   [], "Clean reply with return and tracking numbers, dates, times and amounts.")

# ---------------- violations ----------------
_m(18, "sv-SE", "fulfillment-question", "html",
   "Ditt paket är på väg – {O}",
   "<p>Hej Sofia,</p>\n<p>Goda nyheter! Dina blomlökar från order {O} har packats och lämnats över till PostNord i eftermiddags. Räkna med leverans inom två–tre dagar.</p>\n<p>Hälsningar<br>Trädgårdsboden Vinterek</p>",
   ["BSM201"], "Shipping confirmation: handed to the carrier.")

_m(19, "sv-SE", "additional-information", "text",
   "Vi har tagit emot din beställning {O}",
   "Hej,\n\nVi vill bara bekräfta att vi har tagit emot din beställning {O} och att vi redan har börjat plocka ihop den på lagret.\n\nVänliga hälsningar\nSportlagret Jämtland",
   ["BSM201"], "Order confirmation: received and being prepared.")

_m(20, "sv-FI", "reply", "text",
   "Tack! – {O}",
   "Hej,\n\nStort tack för att du handlade hos oss (beställning {O}). Vi uppskattar verkligen att du valde en liten familjebutik!\n\nHälsningar\nFamiljen Lindqvist, Skärgårdskeramik",
   ["BSM202"], "Thanks-only message.")

_m(21, "sv-SE", "fulfillment-question", "html",
   "Order {O}",
   "<p>Hej!</p>\n<p>Skulle något vara fel med din beställning {O} finns vi här för dig. Hör bara av dig så löser vi det.</p>\n<p>Hälsningar<br>HemTextil Direkt</p>",
   ["BSM202"], "Only an offer to help if something goes wrong.")

_m(22, "sv-SE", "invoice", "text",
   "Kvitto och faktura, order {O}",
   "Hej,\n\nHär bifogas fakturan för din beställning {O}.\n\nVänliga hälsningar\nKaffebönan Roasters\n\nPS. Just nu har vi mellandagsrea – 20 % på alla kaffesorter och tillbehör med koden BÖNA20.",
   ["BSM203"], "Invoice with a sale and discount code in the P.S.")

_m(23, "sv-SE", "delivery-delay", "text",
   "Lite försenat – {O}",
   "Hej Oskar,\n\nDitt skrivbord från order {O} skickas den 16 december i stället för den 12 december, eftersom skivorna behöver torka en dag till efter lackeringen.\n\nFölj oss gärna på Facebook och Instagram – där visar vi vår nya serie i ask före alla andra, och i vårt nyhetsbrev får du tips om möbelvård.\n\nHälsningar\nSnickeriet Älvdalen",
   ["BSM203"], "Delay plus invitation to follow the shop, see a new series and subscribe to the newsletter.")

_m(24, "sv-SE", "review-request", "html",
   "En liten överraskning – {O}",
   "<p>Hej,</p>\n<p>Hoppas att du trivs med din nya yogamatta från beställning {O}! När din recension ligger ute på Amazon skickar vi gärna en liten present som tack för hjälpen.</p>\n<p>Namaste<br>Yogaverkstan</p>",
   ["BSM204"], "Small gift offered once the review is published.")

_m(25, "sv-SE", "review-request", "text",
   "Recension av order {O}",
   "Hej,\n\nVi vet att hörlurarna från order {O} inte riktigt levde upp till förväntningarna. Därför erbjuder vi dig att få tillbaka hela köpesumman – det enda vi ber om är att du skriver en recension. Så fort den är publicerad betalar vi tillbaka pengarna.\n\nMvh\nLjudhörnan",
   ["BSM204"], "Full refund offered as soon as the review is online.")

_m(26, "sv-FI", "reply", "html",
   "Sv: Reklamation – {O}",
   "<p>Hej,</p>\n<p>Ersättningsdelen till barnvagnen från order {O} har nu kommit fram till dig, så problemet borde vara löst.</p>\n<p>Vi såg att du gav oss ett betyg med en stjärna tidigare. Skulle du kunna ändra eller ta bort det nu när allt ordnat sig?</p>\n<p>Hälsningar<br>Barnvagnsbutiken i Vasa</p>",
   ["BSM205"], "Asks to change or remove a one-star rating.")

_m(27, "sv-SE", "review-request", "text",
   "Gillade du ljusstakarna? {O}",
   "Hej,\n\nOm du är nöjd med ljusstakarna från order {O} blir vi jätteglada för en recension på Amazon! Är du inte nöjd ber vi dig att kontakta oss i stället för att skriva en recension, så fixar vi det.\n\nHälsningar\nGjuteriet Hyttan",
   ["BSM206"], "Asks only satisfied buyers to review, steers unhappy ones to the seller.")

_m(28, "sv-SE", "review-request", "html",
   "Hjälp oss växa – {O}",
   "<p>Hej Maja,</p>\n<p>En vecka har gått sedan din beställning {O} levererades. Som litet företag är vi helt beroende av betyg – ett omdöme med fem stjärnor skulle betyda otroligt mycket för oss.</p>\n<p>Tack på förhand<br>Tvålfabriken Lavendel</p>",
   ["BSM206"], "Asks for a five-star rating.")

_m(29, "sv-SE", "order-problem", "text",
   "Order {O} kan inte skickas",
   "Hej,\n\nTyvärr har den elektriska cykeln i din order {O} sålt slut hos oss och hos grossisten. Vi har justerat orderbeloppet med orsaken slut i lager.\n\nDet enklaste är att du själv avbryter beställningen i ditt Amazon-konto, så blir allt klart direkt.\n\nVänliga hälsningar\nElcykelcenter",
   ["BSM108"], "Adjustment confirmed but advises the buyer to cancel himself.")

_m(30, "sv-SE", "order-problem", "html",
   "Problem med order {O}",
   "<p>Hej,</p>\n<p>Vi har tyvärr inte fått in fler exemplar av sällskapsspelet från order {O}.</p>\n<p>Vi vore tacksamma om du ville skicka en begäran om avbokning via Amazon, så hanterar vi den omgående.</p>\n<p>Hälsningar<br>Spelbutiken Tärningen</p>",
   ["BSM107", "BSM108"], "Asks for a cancellation request without confirming an adjustment.")

_m(31, "sv-SE", "delivery-delay", "html",
   "Försening – {O}",
   "<p>Hej,</p>\n<p>Din beställning {O} skickas den 14 december i stället för den 10 december på grund av ett leveransproblem hos vår tryckeriparter. Vi ber om ursäkt.</p>\n<p>Hälsningar<br>Posterverket</p>\n<p><small>Vill du inte få fler meddelanden från oss? Svara med \"avregistrera\" så slutar vi skriva.</small></p>",
   ["BSM305"], "Delay with an unsubscribe instruction in the footer.")

_m(32, "sv-SE", "reply", "text",
   "Sv: Var är mitt paket?? {O}",
   "Hej,\n\nJa, jag vet, det är skitdåligt. Det där jävla ombudet har tydligen tappat bort ditt paket från order {O} för andra gången. Vi skickar ett nytt i dag och tar hand om reklamationen mot transportören själva.\n\n/Pelle, Pelles Fiskeprylar",
   ["BSM306"], "Reply with Swedish profanity.")

_m(33, "sv-SE", "delivery-delay", "text",
   "Lieferverzögerung Bestellung {O}",
   "Guten Tag,\n\nleider wird Ihre Bestellung {O} erst am 15. Dezember versendet, da unser Lieferant im Verzug ist. Wir bitten um Entschuldigung.\n\nMit freundlichen Grüßen\nNordic Outdoor Gear",
   ["BSM104"], "Message to a Swedish buyer written entirely in German.")

_m(34, "sv-SE", "additional-information", "text",
   "Saknad uppgift – order {O}",
   "Hej,\n\nFör att kunna skicka glasskivan från order {O} behöver vi veta vilket våningsplan du bor på, eftersom den ska bäras upp.\n\nRing gärna mig direkt på 070-412 56 83 om det är enklare.\n\nHälsningar\nJonas, Glasmästeriet Klart",
   ["BSM309"], "Seller's mobile number in national format.")

_m(35, "sv-FI", "reply", "text",
   "Sv: Montering – {O}",
   "Hej,\n\nMonteringsanvisningen till hyllan från beställning {O} finns på svenska på sidan 4 i häftet. Om något är oklart kan du ringa vår butik i Helsingfors: +358 9 315 4027.\n\nHälsningar\nHyllmakarna Oy Ab",
   ["BSM309"], "Shop phone number in international Finnish format.")

_m(36, "sv-SE", "return-follow-up", "html",
   "Din retur – {O}",
   "<p>Hej,</p>\n<p>För att vi ska kunna slutföra returen av klänningen från order {O} behöver vi en bild på fläcken du nämnde. Mejla den till <a href=\"mailto:retur@modehuset-vera.se\">retur@modehuset-vera.se</a>.</p>\n<p>Hälsningar<br>Modehuset Vera</p>",
   ["BSM308"], "Email address as a mailto link.")

_m(37, "sv-SE", "reply", "text",
   "Sv: Manual – {O}",
   "Hej,\n\nVi har en svensk manual till symaskinen i order {O} som PDF. Skicka ett mejl till info snabel-a symaskinshuset punkt se så får du den direkt.\n\nHälsningar\nSymaskinshuset",
   ["BSM308"], "Obfuscated email address written with 'snabel-a' and 'punkt'.")

_m(38, "sv-SE", "delivery-delay", "html",
   "Försenad avsändning – {O}",
   "<p>Hej,</p>\n<p>Din fågelholk från order {O} skickas den 11 december i stället för den 8 december.</p>\n<p>Under tiden kan du läsa om hur du placerar holken rätt i vår <a href=\"https://www.holkverkstan.se/guide/placering\">guide om placering av fågelholkar</a>.</p>\n<p>Hälsningar<br>Holkverkstan</p>",
   ["BSM302"], "Descriptive https link to the seller's own guide.")

_m(39, "sv-SE", "reply", "html",
   "Sv: Storleksguide – {O}",
   "<p>Hej,</p>\n<p>Storleksguiden för vantarna i order {O} finns på produktsidan: <a href=\"http://www.amazon.se/dp/B0CSV3VANT\">produktsidan för vantarna på Amazon.se</a>.</p>\n<p>Hälsningar<br>Ullboden</p>",
   ["BSM301"], "Descriptive link to Amazon over plain http.")

_m(40, "sv-SE", "review-request", "html",
   "Vad tycker du om pannan? {O}",
   "<p>Hej,</p>\n<p>Du har nu haft stekpannan från order {O} i drygt en vecka. Vi skulle uppskatta en ärlig recension på Amazon.</p>\n<p><img src=\"https://bilder.gjutjarnet.se/produkt/stekpanna-gjutjarn-28cm.jpg\" alt=\"Stekpanna i gjutjärn 28 cm\" width=\"280\" height=\"200\"></p>\n<p>Hälsningar<br>Gjutjärnet</p>",
   ["BSM310"], "Image of the purchased product.")

_m(41, "sv-SE", "delivery-scheduling", "html",
   "Leverans av soffa – {O}",
   "<p>Hej,</p>\n<p>Soffan från order {O} kan levereras fredag 18/12 kl. 08–12 eller måndag 21/12 kl. 12–16. Vilken tid passar?</p>\n<p><img src=\"https://bilder.soffkompaniet.se/stock/solnedgang-strand.jpg\" alt=\"Solnedgång över en sandstrand\" width=\"300\" height=\"180\"></p>\n<p>Hälsningar<br>Soffkompaniet</p>",
   ["BSM311"], "Unrelated stock image (a beach at sunset).")

_m(42, "sv-SE", "invoice", "html",
   "Faktura – {O}",
   "<p><img src=\"https://m.media-amazon.com/images/S/brand/tapetmagasinet-logo.png\" width=\"150\" height=\"45\"></p>\n<p>Hej,</p>\n<p>Bifogat finns faktura 2026-1184 för order {O}.</p>\n<p>Hälsningar<br>Tapetmagasinet</p>",
   ["BSM402"], "Shop logo without an alt attribute.")

_m(43, "sv-SE", "additional-information", "html",
   "Vilken färg? {O}",
   "<p>Hej!</p>\n<p>Vilken färg vill du ha på muggarna i beställning {O}: grön eller blå glasyr? 🎨 Svara så bränner vi dem i veckan ☕</p>\n<p>Keramikstudion Lera</p>",
   ["BSM403"], "Emoji in an information request.")

_m(44, "sv-SE", "reply", "text",
   "Sv: Batterier – {O}",
   "Hej,\n\nJa, batterier ingår till leksaksbilen i order {O}, de sitter redan i. Bara att köra ;-)\n\nHälsningar\nLeksaksladan",
   ["BSM403"], "Reply with a winking emoticon.")

_m(45, "sv-SE", "review-request", "html",
   "Din recension – order {O}",
   "<style>\n.rubrik { font-size: 24px; }\n.under { font-size: 18px; }\n.text { font-size: 14px; }\n.fot { font-size: 10px; }\n</style>\n<p class=\"rubrik\">Hur blev det?</p>\n<p class=\"under\">Order {O}</p>\n<p class=\"text\">Vi skulle uppskatta om du ville skriva en recension av fröpåsarna på Amazon – oavsett vad du tycker.</p>\n<p>Hälsningar, Fröhandeln</p>\n<p class=\"fot\">Fröhandeln i Skåne AB</p>",
   ["BSM410"], "Four explicit font sizes in a style block.")

_m(46, "sv-SE", "delivery-delay", "html",
   "Försenad order {O}",
   "<p>Hej,</p>\n<p>Ditt bordsur från order {O} skickas först den 17 december.<br><br><br><br>Vi ber om ursäkt för förseningen.</p>\n<p>Hälsningar<br>Urmakeriet Tick</p>",
   ["BSM412"], "A run of four br tags.")

_m(47, "sv-SE", "invoice", "text",
   "[Viktigt] Faktura för order {O}",
   "Hej,\n\nBifogat finner du fakturan för din beställning {O}, utställd på företagsnamnet du angav.\n\nVänliga hälsningar\nKontorspapper Direkt",
   ["BSM110"], "[Viktigt] on an invoice.")

_m(48, "sv-SE", "reply", "text",
   "Sv: Skötselråd – {O}",
   "Hej,\n\nSkötselråden för ullfilten i order {O} finns på produktsidan på Amazon:\nhttps://www.amazon.se/dp/B0CSVULL88\n\nHälsningar\nUllspinneriet",
   ["BSM401"], "Bare Amazon URL as the link text.")

# ---------------- varying ----------------
_m(49, "sv-SE", "delivery-delay", "html",
   "Ny avsändningsdag – {O}",
   "<div style=\"padding: 0 140px;\">\n<p>Hej,</p>\n<p>Lampskärmen från order {O} skickas den 15 december i stället för den 10 december, eftersom tyget tog slut hos vår väveri.</p>\n<p>Hälsningar<br>Skärmateljén</p>\n</div>",
   ["BSM405"], "140 px horizontal padding on the body container.")

_m(50, "sv-SE", "delivery-scheduling", "html",
   "Leveranstid för din bastuugn – {O}",
   "<p>Hej,</p>\n<p>Bastuaggregatet från order {O} väger 60 kg och levereras med bärhjälp. Passar onsdag 16/12 kl. 09–13 eller torsdag 17/12 kl. 13–17?</p>\n<p>Hälsningar<br>Bastubolaget</p>\n<img src=\"https://t.bastubolaget.se/open.gif?uid=88213&amp;msg=sched\" width=\"1\" height=\"1\">",
   ["BSM307", "BSM402"], "A 1x1 tracking pixel without alt text.")
