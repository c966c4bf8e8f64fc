# v21 blind set, Swedish (sv-SE). Standard library only.
_RAW = []


def _m(typ, fmt, subject, body, expected, note):
    _RAW.append((typ, fmt, subject, body, expected, note))


# 1-17 clean
_m("delivery-delay", "text", "Din beställning {O} blir lite försenad",
   "Hej Lina!\n\nVi ville höra av oss om beställning {O}. Ullfilten vi väntade på från väveriet i Borås kom inte med förra veckans leverans, så ditt paket lämnar oss först torsdag den 17 december i stället för måndag.\n\nVi är ledsna för dröjsmålet. Passar det inte av någon anledning så svara bara på det här meddelandet.\n\nVänliga hälsningar\nSara Lindqvist\nUllboden i Dalarna",
   [], "Plain-text delivery delay with a new date, clean.")
_m("delivery-delay", "html", "Ny leveranstid för order {O}",
   "<p>Hej,</p><p>tyvärr drar leveransen av order <strong>{O}</strong> ut på tiden. Vår leverantör av batterier till cykellampan har haft produktionsstopp.</p><table cellpadding=\"6\"><tr><td>Ursprungligt skickdatum</td><td>2026-12-09</td></tr><tr><td>Nytt skickdatum</td><td>2026-12-15</td></tr></table><p>Tack för ditt tålamod.</p><p>Kundtjänst<br>Cykelhörnan Malmö</p>",
   [], "Builder HTML delivery delay with a date table, clean.")
_m("order-problem", "text", "[Viktigt] Order {O} – en vara saknas, beloppet är justerat",
   "Hej Johan,\n\ntråkigt nog visade sig den sista gjutjärnsgrytan i lager ha en spricka i emaljen när vi kontrollerade den inför packning, och vi får inte in fler i år. Vi har därför tagit bort den från order {O} och justerat orderbeloppet med 749 kr (orsak: slut i lager). Resten av ordern skickas som vanligt.\n\nVi beklagar verkligen.\n\nHälsningar\nPeter Nyberg\nKökskompaniet",
   [], "Order problem with [Viktigt] and the amount adjusted, clean.")
_m("additional-information", "text", "Fråga om gravyr – order {O}",
   "Hej!\n\nFör att kunna gravera smyckesskrinet i order {O} behöver vi texten du vill ha. Max 20 tecken inklusive mellanslag. Vill du ha skrivstil eller versaler?\n\nUtan texten kan vi tyvärr inte börja.\n\nMvh\nErik Holm\nGravyrverkstan Holm",
   [], "Asks for engraving text needed to complete the order, clean.")
_m("return-follow-up", "text", "Angående din retur av order {O}",
   "Hej Maria,\n\nvi har fått din returanmälan för jackan i order {O} där en knapp lossnat. Om du i övrigt är nöjd med jackan kan vi erbjuda en delåterbetalning på 200 kr, och du behåller jackan. Vill du hellre returnera den helt så fortsätter returen som vanligt.\n\nSäg bara till vilket du föredrar.\n\nHälsningar\nAnna Berg\nBergs Kläder",
   [], "Return follow-up offering a partial refund, clean.")
_m("return-follow-up", "text", "Retur {O} – vi behöver en uppgift till",
   "Hej,\n\ni returpaketet för order {O} låg bara en av de två högtalarna. Skickades den andra separat? I så fall behöver vi kollinumret, annars kan vi inte avsluta returen.\n\nTack på förhand!\nReturavdelningen, Ljudlagret",
   [], "Return follow-up asking for information, clean.")
_m("invoice", "text", "Faktura för order {O}",
   "Hej,\n\nbifogat finns faktura nr 2026/12/0318 för order {O}, utställd på företaget som angavs vid köpet. Belopp 3 125 kr inkl. moms 25 % (625 kr).\n\nMed vänlig hälsning\nKarin Ek\nEkonomi\n\nKontorsmöbler Ek AB\nIndustrigatan 4, 412 50 Göteborg\nOrg.nr 556123-4567 · Momsreg.nr SE556123456701\nInnehar F-skattsedel",
   [], "Invoice with slashes in the invoice number, Org.nr and VAT number, clean.")
_m("review-request", "text", "Hur funkar kaffebryggaren? Order {O}",
   "Hej!\n\nNu har kaffebryggaren från order {O} fått stå på köksbänken ett tag. Om du har en minut över blir vi jätteglada för en produktrecension på Amazon – bra eller dålig, alla omdömen hjälper andra köpare.\n\nHälsningar\nRosteriet på hörnet",
   [], "Neutral plain-text review request, clean.")
_m("review-request", "html", "Berätta gärna vad du tycker – order {O}",
   "<p><img src=\"https://m.media-amazon.com/images/S/seller/logo-glasblaseriet-kosta.png\" alt=\"Logotyp Glasblåseriet i Kosta\" width=\"140\"></p><p>Hej,</p><p>tack för att du handlade hos oss (order {O}). Vi vore tacksamma om du ville dela med dig av dina intryck av glasen.</p><p><a href=\"https://www.amazon.se/review/create-review?asin=B0CSE44KX1\">Skriv en recension på Amazon.se</a></p><p>Hälsningar<br>Ingrid och Lars<br>Glasblåseriet i Kosta</p>",
   [], "HTML review request with shop logo and descriptive Amazon link, clean.")
_m("delivery-scheduling", "text", "Leverans av soffan – order {O}",
   "Hej,\n\nsoffan i order {O} väger runt 110 kg och levereras med bärhjälp av vår speditör. Föraren kan komma:\n\n- tisdag 15/12, kl. 08–12\n- onsdag 16/12, kl. 12–16\n- fredag 18/12, kl. 08–12\n\nSvara vilket tidsfönster som passar och om det finns hiss i huset.\n\nVänliga hälsningar\nOskar Sjöberg\nSoffverket",
   [], "Bulky delivery scheduling with time windows, clean.")
_m("home-service-appointment", "text", "Tid för installation av diskmaskin – order {O}",
   "Hej,\n\nvår montör installerar diskmaskinen i order {O}. Vi kan erbjuda torsdag 10 december kl. 13.00–15.00 eller lördag 12 december kl. 09.00–11.00. Se gärna till att vattenavstängningen är åtkomlig.\n\nBekräfta tiden genom att svara här.\n\nVitvaruservice Norr",
   [], "Home-service appointment with slots, clean.")
_m("custom-design-verification", "text", "Korrektur att godkänna – order {O}",
   "Hej Emma,\n\nhär kommer korrekturet (korrektur_dorrskylt_v2.pdf) för dörrskylten i order {O}: texten ”Familjen Åberg”, ek, frästa bokstäver. Kolla gärna stavning och placering – ser allt bra ut räcker det att du svarar ”godkänt” så sätter vi igång. Ändringar kostar inget extra.\n\nHälsningar\nFrida på Skyltmakarna",
   [], "Custom design proof for approval, clean.")
_m("fulfillment-question", "text", "Portkod – order {O}",
   "Hej,\n\nvår budfirma bär in möbler på Södermannagatan bara om de har portkoden i förväg (uppdrag 4471-12, referens KL-88213). Kan du skicka portkoden och vilken trappuppgång det gäller? Annars kan vi inte planera leveransen av order {O}.\n\nHälsningar\nOrderservice, Cykelhörnan",
   [], "Door-code question with reference numbers, clean.")
_m("reply", "text", "Sv: Storleksfråga – order {O}",
   "Hej,\n\n”Mountain Trek Light” i order {O} är normal i storleken, så har du vanligtvis 42 funkar samma storlek här. Innersulan är 27 cm.\n\nHälsningar\nFjällsport Åre",
   [], "Reply quoting an English product title, clean.")
_m("reply", "text", "Sv: Hårtorken slutade fungera – {O}",
   "Hej,\n\nvad tråkigt att hårtorken från order {O} har lagt av. Den har två års tillverkargaranti, och snabbast går det om du ringer tillverkaren Brivos garantisupport direkt: 08-120 450 00 (vardagar 8–17). Hör av dig om det krånglar, så hjälper vi till.\n\nHälsningar\nElbutiken Uppsala",
   [], "Reply with the manufacturer's warranty line marked as such, clean.")
_m("reply", "text", "Sv: Fakturauppgifter – {O}",
   "Hej,\n\nabsolut, vi kan ställa ut fakturan för order {O} på ditt företag. Bekräfta bara fullständigt företagsnamn och adress, organisationsnumret har vi redan fått.\n\nHälsningar\nSara Lindqvist\n\n--\nUllboden i Dalarna HB\nStorgatan 12, 792 30 Mora\nOrg.nr 969712-3456 · Momsreg.nr SE969712345601",
   [], "Reply with a company-details footer, clean.")
_m("reply", "text", "Sv: När får jag pengarna tillbaka? {O}",
   "Hej,\n\njag har kollat: ditt returpaket för order {O} (returnummer RMA/2026/338, spårningsnummer JJSE 4001 2345 6789) kom fram till oss 10/12 kl. 14.20. Återbetalningen på 349 kr gör vi senast måndag 14/12, och den brukar synas på kontot inom 3–5 bankdagar.\n\nHälsningar\nTove, Teboden Söder",
   [], "Reply about a received return with tracking and return numbers, dates, times, amounts, clean.")
# 18-48 violations
_m("fulfillment-question", "text", "Order {O} är på väg",
   "Hej,\n\nnu har din order {O} lämnat vårt lager och överlämnats till PostNord. Den borde vara hos dig imorgon.\n\nHälsningar\nCykelhörnan Malmö",
   ["BSM201"], "Shipping confirmation: left the warehouse, handed to the carrier.")
_m("fulfillment-question", "text", "Vi har fått din beställning {O}",
   "Hej Elin!\n\nDin beställning {O} har kommit in till oss och vi håller just nu på att plocka ihop och packa den. Hör av dig om något dyker upp.\n\nGlasblåseriet i Kosta",
   ["BSM201"], "Order confirmation: received and being packed.")
_m("reply", "text", "Tack! {O}",
   "Hej,\n\nstort tack för att du handlade hos Teboden Söder (order {O}). Det värmer!\n\nTove och Nils",
   ["BSM202"], "Thanks only.")
_m("fulfillment-question", "text", "Order {O}",
   "Hej,\n\nskulle något strula med order {O} så finns vi här – det är bara att skriva.\n\nHälsningar\nPeter, Kökskompaniet",
   ["BSM202"], "Only an offer to help if something comes up.")
_m("delivery-delay", "text", "Order {O} – nytt skickdatum",
   "Hej,\n\np.g.a. ett stopp hos tillverkaren skickar vi order {O} måndag 14/12 i stället för fredag. Ledsen för det.\n\nHälsningar\nRosteriet på hörnet\n\nPS. Hela sortimentet är 20 % billigare i vår butik fram till nyår – passa på!",
   ["BSM203"], "Permitted delay with a 20% off P.S.")
_m("review-request", "text", "Recension av glasen – order {O}",
   "Hej,\n\nom du vill får du gärna recensera glasen från order {O} på Amazon – alla omdömen är välkomna.\n\nOch missa inte: följ oss på Instagram och skriv upp dig på vårt nyhetsbrev, i januari släpper vi vår nya kollektion ”Vinterljus”.\n\nIngrid, Glasblåseriet i Kosta",
   ["BSM203"], "Review request with follow us, newsletter, new collection.")
_m("review-request", "text", "En liten överraskning för ditt omdöme – {O}",
   "Hej,\n\nvi blir så glada om du skriver en recension av teet från order {O}. Så fort den syns på sidan skickar vi en liten present som tack – en påse av vår nya blandning att smaka på.\n\nKram\nTove, Teboden Söder",
   ["BSM204"], "Small gift promised once the review is published.")
_m("review-request", "text", "Order {O} – recension",
   "Hej,\n\nett erbjudande: skriv en recension av hörlurarna från order {O}, så betalar vi tillbaka hela köpesumman när den har publicerats på Amazon. Skicka bara en skärmdump.\n\nLjudlagret",
   ["BSM204"], "Full refund once the review is online.")
_m("reply", "text", "Sv: Reklamation av lampan – {O}",
   "Hej,\n\nskönt att bytet av lampan i order {O} gick smidigt. Nu när allt är löst, skulle du kunna tänka dig att uppdatera ditt omdöme med en stjärna eller ta bort det? För ett litet företag betyder varje betyg väldigt mycket.\n\nHälsningar\nLampstugan",
   ["BSM205"], "Asks to update or remove a one-star review.")
_m("review-request", "text", "Är du nöjd? {O}",
   "Hej,\n\nom cykeln i order {O} levde upp till dina förväntningar blir vi jättetacksamma för en recension på Amazon. Och om något inte kändes rätt – hör hellre av dig till oss först i stället för att skriva ett omdöme, så löser vi det.\n\nCykelhörnan",
   ["BSM206"], "Review only if satisfied, unhappy buyers steered away.")
_m("review-request", "text", "En liten tjänst – order {O}",
   "Hej,\n\nvi skulle uppskatta det enormt om du ville ge order {O} fem stjärnor på Amazon. Det är det bästa stödet vi kan få.\n\nHälsningar\nBergs Kläder",
   ["BSM206"], "Asks for five stars.")
_m("order-problem", "text", "Order {O} – slut i lager",
   "Hej,\n\ncykelstället i order {O} tog tyvärr slut; orderbeloppet har redan justerats med orsaken slut i lager. Smidigast är ändå om du själv avbryter ordern under Dina beställningar på Amazon, då blir allt klart direkt.\n\nHälsningar\nCykelhörnan",
   ["BSM108"], "Amount adjusted, but advises the buyer to cancel.")
_m("order-problem", "text", "Problem med order {O}",
   "Hej,\n\nvi beklagar, men kontorsstolen i order {O} sålde slut innan vi hann reservera den. Vi skulle vara tacksamma om du kunde begära en annullering av ordern via ditt Amazon-konto.\n\nMed vänlig hälsning\nKontorsmöbler Ek",
   ["BSM107", "BSM108"], "Asks for a cancellation request without confirming an adjustment.")
_m("delivery-delay", "text", "Order {O} – lite försenad",
   "Hej,\n\norder {O} skickas två dagar senare än planerat, onsdag 16/12.\n\nVill du inte få fler meddelanden från oss? Svara STOPP så tar vi bort dig från listan.\n\nKökskompaniet",
   ["BSM305"], "Delay with a reply-STOPP opt-out.")
_m("reply", "text", "Sv: Var fan är paketet?! {O}",
   "Hej,\n\nför helvete, hur många gånger ska vi behöva säga att order {O} ligger hos transportören? Det går inte fortare för att du skriker i meddelandena, din jävla idiot.\n\nLjudlagret",
   ["BSM306"], "Swedish profanity and insult in a reply.")
_m("delivery-delay", "text", "Order {O} – Lieferverzögerung",
   "Hallo,\n\nleider wird Ihre Bestellung {O} erst am 15. Dezember 2026 versendet, ein paar Tage später als geplant. Wir bitten um Entschuldigung.\n\nMit freundlichen Grüßen\nSoffverket",
   ["BSM104"], "Whole message in German to an sv-SE buyer.")
_m("delivery-scheduling", "text", "Leverans av kylskåpet – {O}",
   "Hej,\n\nkylen i order {O} kan levereras måndag eller tisdag kl. 08–14. Enklast är att du ringer chauffören på 070-123 45 67 och bokar en tid.\n\nVitvaruservice Norr",
   ["BSM309"], "National mobile number to call the driver.")
_m("reply", "text", "Sv: Storlek på jackan {O}",
   "Hej,\n\nstorlek M i order {O} mäter 58 cm över bröstet liggande plant. Osäker? Ring oss gärna på +46 8 123 456 78 så hjälper vi dig att välja.\n\nAnna, Bergs Kläder",
   ["BSM309"], "International-format shop phone number.")
_m("reply", "text", "Sv: Kreditfaktura – {O}",
   "Hej,\n\nkreditfakturan för order {O} skickas av vår ekonomiavdelning. Har den inte kommit i veckan, mejla direkt till ekonomi@kontorsmoblerek.se.\n\nKarin Ek",
   ["BSM308"], "Plain e-mail address.")
_m("additional-information", "text", "Gravyr – order {O}",
   "Hej,\n\nvi behöver logofilen för gravyren i order {O}. Skicka den helst till verkstad snabel-a gravyrholm punkt se, här blir filerna ofta komprimerade.\n\nErik Holm",
   ["BSM308"], "Obfuscated e-mail address with 'snabel-a' and 'punkt'.")
_m("reply", "html", "Sv: Skötselråd för ull – {O}",
   "<p>Hej,</p><p>filten i order {O} tvättas bäst på ullprogram i 30 grader. Vi har samlat alla tips i vår skötselguide:</p><p><a href=\"https://www.ullboden.se/skotselguide-ull\">Ullbodens skötselguide för ullprodukter</a></p><p>Sara</p>",
   ["BSM302"], "https link with descriptive text to the seller's site.")
_m("review-request", "html", "Recension – order {O}",
   "<p>Hej,</p><p>har du en stund över får du gärna recensera borrmaskinen från order {O}.</p><p><a href=\"http://www.amazon.se/review/create-review?asin=B0DSE17734\">Recensera borrmaskinen på Amazon.se</a></p><p>Verktygsboden</p>",
   ["BSM301"], "Descriptive link to Amazon over http.")
_m("delivery-delay", "html", "Försening – {O}",
   "<p>Hej,</p><p>karaffen i order {O} skickas först 18/12 – glasyren måste brännas en gång till.</p><p><img src=\"https://m.media-amazon.com/images/S/seller/karaff-kosta-bestalld.jpg\" alt=\"Din beställda karaff Kosta 1 liter\" width=\"300\"></p><p>Ingrid, Glasblåseriet i Kosta</p>",
   ["BSM310"], "Photo of the purchased product.")
_m("delivery-delay", "html", "Julförsening – {O}",
   "<p>Hej,</p><p>på grund av julruschen skickar vi order {O} den 21/12.</p><p><img src=\"https://m.media-amazon.com/images/S/seller/julgran-sno.jpg\" alt=\"Julgran i snö\" width=\"300\"></p><p>God jul!<br>Teboden Söder</p>",
   ["BSM311"], "Unrelated Christmas-tree stock image.")
_m("additional-information", "html", "Mått på bänkskivan – {O}",
   "<p><img src=\"https://m.media-amazon.com/images/S/seller/soffverket-logo.png\" width=\"120\"></p><p>Hej,</p><p>till order {O} behöver vi djupet på bänkskivan: 60 eller 65 cm?</p><p>Oskar Sjöberg</p>",
   ["BSM402"], "Shop logo with no alt attribute.")
_m("delivery-delay", "text", "Order {O} – lite senare",
   "Tjena!\n\nSorry, men order {O} går iväg först fredag 18/12 😬 Budfirman har strulat.\n\nNils på Teboden",
   ["BSM403"], "Emoji in a delay message.")
_m("reply", "text", "Sv: Färg på muggen {O}",
   "Hej,\n\njadå, muggarna i order {O} är honungsgula, precis som på bilderna ;-)\n\nIngrid",
   ["BSM403"], "Emoticon ;-) in a reply.")
_m("delivery-delay", "html", "Order {O} – nytt datum",
   "<style>h2{font-size:24px} .ingress{font-size:18px} .liten{font-size:12px} .fot{font-size:9px}</style><h2>Nytt skickdatum</h2><p class=\"ingress\">Order {O} skickas 2026-12-16.</p><p>Vi ber om ursäkt för förseningen.</p><p class=\"liten\">Kökskompaniet</p><p class=\"fot\">Detta meddelande skickades automatiskt.</p>",
   ["BSM410"], "Four explicit font sizes in a style block plus the default.")
_m("additional-information", "html", "Order {O} – adressen",
   "<p>Hej,</p><p>i adressen för order {O} saknas lägenhetsnumret.</p><p></p><p></p><p>Svara gärna med det här.<br><br><br><br>Hälsningar<br>Cykelhörnan</p>",
   ["BSM412"], "Empty paragraphs and a run of <br> in HTML.")
_m("invoice", "text", "[Viktigt] Faktura för order {O}",
   "Hej,\n\nbifogat finns fakturan för order {O}, nr 2026/12/0401, belopp 1 890 kr inkl. moms.\n\nKontorsmöbler Ek AB\nOrg.nr 556123-4567",
   ["BSM110"], "[Viktigt] on an invoice.")
_m("return-follow-up", "html", "Retur – order {O}",
   "<p>Hej,</p><p>för returen av order {O} behöver vi veta om förpackningen är komplett. Mer om hur returer fungerar på Amazon: <a href=\"https://www.amazon.se/gp/css/returns/homepage.html\">Läs mer</a></p><p>Ljudlagret</p>",
   ["BSM401"], "Link text 'Läs mer'.")
# 49-50 varying
_m("review-request", "html", "Dela gärna dina intryck – order {O}",
   "<p>Hej,</p><p>om du vill får du gärna skriva en recension av ullfilten från order {O} på Amazon – alla åsikter är välkomna.</p><p>Hälsningar<br>Sara, Ullboden i Dalarna</p><img src=\"https://open.mailverktyget.se/o.gif?uid=88412&amp;camp=dec26\" width=\"1\" height=\"1\" alt=\"\">",
   ["BSM307", "BSM402"], "1x1 tracking pixel with tracking parameters and empty alt.")
_m("delivery-delay", "html", "Order {O} – försenad leverans",
   "<p><a href=\"https://www.fjallsportare.se\"><img src=\"https://m.media-amazon.com/images/S/seller/fjallsport-are-logo.png\" alt=\"Fjällsport Åre logotyp\" width=\"140\"></a></p><p>Hej,</p><p>skidjackan i order {O} skickas onsdag 16/12 i stället för måndag. Förlåt dröjsmålet.</p><p>Fjällsport Åre</p>",
   ["BSM302", "BSM304"], "Shop logo linked to the seller's website.")


def _order(n):
    return "527-%07d-%07d" % (2400913 + n * 6421, 9107731 - n * 4397)


MESSAGES = []
for _i, (_t, _f, _s, _b, _e, _n) in enumerate(_RAW, 1):
    _o = _order(_i)
    MESSAGES.append({
        "id": "v21-sv-%03d" % _i, "language": "sv", "locale": "sv-SE",
        "type": _t, "format": _f,
        "subject": _s.replace("{O}", _o),
        "body": _b.replace("{O}", _o),
        "order_id": _o, "expected": sorted(_e), "note": _n,
    })
