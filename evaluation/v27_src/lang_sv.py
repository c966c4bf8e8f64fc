"""v27 blind evaluation set: Swedish (sv-SE), 50 messages."""
import hashlib

LANG = "sv"
LOCALE = "sv-SE"


def _oid(n):
    d = str(int(hashlib.sha256(f"v27-sv-order-{n}".encode()).hexdigest(), 16))
    return f"588-{d[:7]}-{d[7:14]}"


O = {n: _oid(n) for n in range(1, 51)}
MESSAGES = []


def _m(n, typ, fmt, subject, body, expected, note):
    MESSAGES.append({
        "id": f"v27-sv-{n:03d}", "language": LANG, "locale": LOCALE, "type": typ,
        "format": fmt, "subject": subject, "body": body, "order_id": O[n],
        "expected": sorted(expected), "note": note,
    })


# ---------------------------------------------------------------- clean (17)
_m(1, "delivery-delay", "text", f"Din beställning {O[1]} blir några dagar försenad",
   f"Hej Elin!\n\nVi ville höra av oss om beställning {O[1]} (ullfilten i grått). Vävaren i Dalarna "
   f"har fått en maskin som strular, så filten blir klar först fredag 18 december. Vi räknar med att "
   f"skicka den samma dag i stället för 2026-12-11 som det stod i annonsen.\n\n"
   f"Förlåt dröjsmålet. Säg till om det ställer till det för dig, så tittar vi på vad vi kan göra.\n\n"
   f"Varma hälsningar\nGreta Nyberg\nUllboden i Leksand",
   [], "Plain-text delivery delay with a new dispatch date; clean.")

_m(2, "delivery-delay", "html", f"Ny leveranstid för order {O[2]}",
   f"<p>Hej,</p><p>tyvärr dröjer det lite med order <strong>{O[2]}</strong>. Vår leverantör av "
   f"stålprofiler ligger efter, och din cykelhållare kan därför skickas tidigast vecka 52.</p>"
   f"<table><tr><td>Beräknat avsändningsdatum tidigare</td><td>2026-12-10</td></tr>"
   f"<tr><td>Nytt beräknat avsändningsdatum</td><td>2026-12-22</td></tr></table>"
   f"<p>Vi ber om ursäkt för väntan.</p><p>Med vänliga hälsningar<br>Kundservice<br>Cykelverkstan Norr AB</p>",
   [], "HTML delivery delay with a date table, no styles; clean.")

_m(3, "order-problem", "text", f"[Viktigt] Order {O[3]} kan inte levereras",
   f"Hej,\n\nvi är ledsna att behöva meddela att vi inte kan skicka din order {O[3]}. Den sista "
   f"gjutjärnsgrytan (Krögare 4,5 l) skadades i vårt lager och fler kommer inte in i år.\n\n"
   f"Vi har redan justerat orderbeloppet på 899 kr i Amazon med orsaken att varan saknas i lager. "
   f"Du behöver alltså inte göra något – pengarna kommer tillbaka enligt Amazons vanliga rutiner.\n\n"
   f"Med vänlig hälsning\nJonas Ek\nKöksbutiken Salt & Smör",
   [], "Order problem confirming the amount was adjusted for no inventory; [Viktigt] allowed on this type.")

_m(4, "additional-information", "text", f"Fråga om din order {O[4]}",
   f"Hej Anders,\n\nför att kunna trycka namnskylten i din order {O[4]} behöver vi veta vilken text du "
   f"vill ha och om den ska vara i versaler. Max 30 tecken inklusive mellanslag.\n\n"
   f"Svara bara på det här meddelandet så sätter vi igång.\n\nHälsningar\nPia, Skyltmakarna i Borås",
   [], "Request for text needed to complete the order; clean.")

_m(5, "return-follow-up", "text", f"Angående returen av order {O[5]}",
   f"Hej Sofia,\n\nvi har sett din returanmälan för order {O[5]} – lampan kom fram med en repa i "
   f"skärmen. Om du vill behålla den kan vi erbjuda en delåterbetalning på 150 kr. Vill du hellre "
   f"skicka tillbaka den går det förstås också bra, då får du hela beloppet tillbaka när vi tagit emot den.\n\n"
   f"Hör av dig med vad du föredrar.\n\nVänliga hälsningar\nMalin Berg\nLjusverket",
   [], "Return follow-up offering a partial refund; clean.")

_m(6, "return-follow-up", "html", f"Retur {O[6]} – en fråga",
   f"<p>Hej!</p><p>Vi håller på att registrera din retur för order {O[6]}. I returanmälan står "
   f"storlek 42, men ordern gällde två par kängor (42 och 43). Vilket par skickar du tillbaka?</p>"
   f"<p>Tack på förhand!<br>Emil på Skomakarens Lager</p>",
   [], "Return follow-up asking which pair is returned; clean.")

_m(7, "invoice", "text", f"Faktura för order {O[7]}",
   f"Hej,\n\nhär kommer fakturan för din order {O[7]}, bifogad som PDF. Fakturanummer: 2026/12/0815.\n\n"
   f"Belopp: 2 495,00 kr inkl. moms 25 % (499,00 kr).\n\n"
   f"Nordisk Hemtextil AB\nKyrkogatan 14, 411 15 Göteborg\nOrg.nr 556812-4490\nMomsreg.nr SE556812449001\n"
   f"Godkänd för F-skatt",
   [], "Invoice with Org.nr, VAT number and slash-separated invoice number; none is a phone number; clean.")

_m(8, "review-request", "text", f"Vad tycker du om kaffekvarnen? ({O[8]})",
   f"Hej,\n\nnu har kaffekvarnen från order {O[8]} varit hemma hos dig ett tag. Om du har lust får du "
   f"gärna skriva en recension på Amazon – både ris och ros hjälper andra som funderar på ett köp.\n\n"
   f"Hälsningar\nOskar\nRosteriet Bönan",
   [], "Neutral plain-text review request; clean.")

_m(9, "review-request", "html", f"Berätta gärna vad du tycker – order {O[9]}",
   f"<p><img src=\"https://m.media-amazon.com/images/S/brand-logos/tradgardsmastarn-logo.png\" "
   f"alt=\"Trädgårdsmästarns logotyp\" width=\"150\" height=\"50\"></p>"
   f"<p>Hej,</p><p>hoppas att fröpaketen från order {O[9]} kommit väl till pass. Vi skulle uppskatta "
   f"om du ville dela med dig av dina erfarenheter i en recension.</p>"
   f"<p><a href=\"https://www.amazon.se/review/create-review?asin=B0CTR4GM7S\">Skriv en recension av fröerna på Amazon.se</a></p>"
   f"<p>Med vänliga hälsningar<br>Linnea Åberg<br>Trädgårdsmästarn</p>",
   [], "HTML review request with shop logo (alt names shop) and descriptive https Amazon link; clean.")

_m(10, "delivery-scheduling", "text", f"Bokning av leverans – order {O[10]}",
   f"Hej Peter,\n\ndin bäddsoffa från order {O[10]} väger 95 kg och levereras av vår budfirma med "
   f"inbärning. Vi har följande tider lediga:\n\n"
   f"tisdag 15/12 kl. 07.00–11.00\ntisdag 15/12 kl. 12.00–16.00\ntorsdag 17/12 kl. 16.00–20.00\n\n"
   f"Svara med vilken tid som passar, och berätta gärna om det finns hiss eller trappor.\n\n"
   f"Mvh\nSara Holm, leveranskoordinator\nSovrumsfabriken",
   [], "Delivery scheduling for a bulky item with Swedish date and time slots; clean.")

_m(11, "home-service-appointment", "text", f"Installation av tvättmaskin – order {O[11]}",
   f"Hej,\n\ntill order {O[11]} hör installation av tvättmaskinen. Vår montör kan komma "
   f"måndag 14 december mellan kl. 09.00 och 11.00 eller onsdag 16 december mellan kl. 13.00 och 15.00.\n\n"
   f"Meddela vilken tid du vill ha. Se gärna till att vattenkranen är åtkomlig.\n\n"
   f"Vänliga hälsningar\nVitvaruservice Mälardalen",
   [], "Home-service appointment with two slots; clean.")

_m(12, "custom-design-verification", "html", f"Korrektur för ditt halsband – order {O[12]}",
   f"<p>Hej Maja,</p><p>bifogat finns korrekturen (korrektur_halsband.pdf) för det graverade "
   f"halsbandet i order {O[12]}. Texten lyder <em>”Alltid Ebba 2019”</em> i kursiv stil.</p>"
   f"<p>Stämmer allt? Svara med ett ok eller med dina ändringar, så börjar vi gravera.</p>"
   f"<p>Hälsningar<br>Ida<br>Silversmedjan i Visby</p>",
   [], "Custom design proof attached for approval; clean.")

_m(13, "fulfillment-question", "text", f"Portkod behövs – order {O[13]}",
   f"Hej,\n\nbudet kom inte in i porten på Södermannagatan 22 med din order {O[13]} "
   f"(kolli-id 00373500410012345678, vårt ärende nr 2026-4471). Kan du skicka portkoden eller "
   f"namnet på dörren? Då bokar vi ett nytt utkörningsförsök.\n\nHälsningar\nKundtjänst, Djurbutiken Tass",
   [], "Door-code question with parcel and case reference numbers (not phone numbers); clean.")

_m(14, "reply", "text", f"Sv: Storleksfråga {O[14]}",
   f"Hej,\n\ntack för din fråga! Jackan ”Alpine Shell Pro” i din order {O[14]} är normal i storleken, så "
   f"beställ din vanliga storlek. Ärmlängden på M är 64 cm.\n\nMvh\nLukas, Fjällbutiken Outdoor Corner",
   [], "Reply quoting an English product title and shop name inside Swedish sentences; clean.")

_m(15, "reply", "text", f"Sv: Garanti för robotdammsugaren, order {O[15]}",
   f"Hej Karin,\n\ndet du beskriver låter som ett fel på laddstationen. Enklast är att kontakta "
   f"tillverkarens garantisupport (iRobot Sverige): 08-505 230 00, vardagar 9–17. De ordnar byte "
   f"direkt under garantin.\n\nTa gärna fram serienumret under dammbehållaren innan du ringer. "
   f"Ordernumret är {O[15]}.\n\nHälsningar\nFredrik, Smarta Hem Sverige",
   [], "Reply giving the manufacturer's warranty line marked as such (BSM309 exception); clean.")

_m(16, "reply", "html", f"Sv: Kvitto till företaget – {O[16]}",
   f"<p>Hej,</p><p>absolut, vi kan ställa ut kvittot för order {O[16]} på ditt företag. Skicka oss "
   f"företagsnamn och organisationsnummer som svar här.</p><p>Hälsningar<br>Johanna Lind<br>Kundservice</p>"
   f"<p><small>Kontorsvaror Lind AB · Storgatan 7, 903 26 Umeå · Org.nr 559021-3384 · "
   f"Momsreg.nr SE559021338401 · Styrelsens säte: Umeå</small></p>",
   [], "Reply with a company-details footer in <small>; clean.")

_m(17, "reply", "text", f"Sv: Var är min återbetalning? {O[17]}",
   f"Hej,\n\nvi tog emot din retur för order {O[17]} den 3 december 2026 kl. 14.20 (returnummer "
   f"R-2026-0932, spårnummer JJFI60400512345678). Återbetalningen på 649 kr registrerades 2026-12-04, "
   f"frakten på 49 kr ingår inte eftersom du valde expressfrakt.\n\nVänliga hälsningar\nAlva, Barnkläder Kottar",
   [], "Reply with return and tracking numbers, dates, times and amounts; clean.")

# ---------------------------------------------------------- violations (31)
_m(18, "fulfillment-question", "text", f"Order {O[18]} – på väg",
   f"Hej!\n\nDitt paket med order {O[18]} har lämnat vårt lager i Jönköping och överlämnats till PostNord "
   f"i eftermiddags.\n\nHälsningar\nTeam Hörlursbutiken",
   ["BSM201"], "Shipment confirmation: left the warehouse and handed to the carrier.")

_m(19, "fulfillment-question", "text", f"Vi har fått din beställning ({O[19]})",
   f"Hej,\n\nstort tack – vi har tagit emot din beställning {O[19]} och håller just nu på att plocka "
   f"ihop den.\n\nHälsningar\nPysselfabriken",
   ["BSM201"], "Order confirmation: order received and being picked.")

_m(20, "fulfillment-question", "html", f"Tack! – {O[20]}",
   f"<p>Hej,</p><p>ett varmt tack för att du handlade hos oss (order {O[20]}).</p><p>Allt gott<br>Tvålverkstaden</p>",
   ["BSM202"], "Thank-you-only message.")

_m(21, "fulfillment-question", "text", f"Order {O[21]}",
   f"Hej,\n\nskulle något krångla med din order {O[21]} finns vi här. Det är bara att höra av sig.\n\n"
   f"/Mattias, Fiskeboden",
   ["BSM202"], "Only an offer to help if something comes up.")

_m(22, "delivery-delay", "text", f"Lite försening – {O[22]}",
   f"Hej,\n\nvi skickar order {O[22]} på tisdag i stället för fredag, eftersom etiketterna till "
   f"burkarna inte kommit.\n\nMvh\nHonungsgården\n\nPS. Just nu har vi 20 % rabatt på hela sortimentet, "
   f"passa på inför jul!",
   ["BSM203"], "Otherwise permitted delay with a P.S. promoting 20% off everything.")

_m(23, "review-request", "text", f"Hur gick det med tältet? {O[23]}",
   f"Hej,\n\nom du vill får du gärna recensera tältet från order {O[23]} på Amazon.\n\n"
   f"Följ oss också på Instagram och Facebook (Vildmarksbutiken) – i januari lanserar vi en helt ny "
   f"kollektion sovsäckar, och prenumeranter på vårt nyhetsbrev får veta först.\n\nVildmarksbutiken",
   ["BSM203"], "Follow-us, new collection and newsletter promotion.")

_m(24, "review-request", "text", f"En liten tjänst – {O[24]}",
   f"Hej,\n\nskulle du vilja skriva en recension av vågen från order {O[24]}? Så fort den är "
   f"publicerad skickar vi en liten present som tack för hjälpen.\n\nKökshörnan",
   ["BSM204"], "Small gift promised once the review is published.")

_m(25, "review-request", "html", f"Recension och återbetalning – {O[25]}",
   f"<p>Hej,</p><p>lämna en recension av powerbanken i order {O[25]}, så betalar vi tillbaka hela "
   f"köpesumman så snart den syns på Amazon.</p><p>Hälsningar<br>Laddat Sverige</p>",
   ["BSM204"], "Full refund promised once the review is online.")

_m(26, "reply", "text", f"Sv: Trasig termos {O[26]}",
   f"Hej Lars,\n\nskönt att ersättningstermosen för order {O[26]} kommit fram och fungerar. Nu när "
   f"det har löst sig – skulle du kunna ändra eller ta bort ditt betyg på en stjärna?\n\n"
   f"Tack på förhand\nEva, Friluftsmagasinet",
   ["BSM205"], "Asks to change or remove a one-star review.")

_m(27, "review-request", "text", f"Nöjd med dina nya handskar? ({O[27]})",
   f"Hej,\n\när du nöjd med handskarna från order {O[27]} blir vi jätteglada för en recension på "
   f"Amazon. Är du inte nöjd, hör av dig direkt till oss i stället så fixar vi det.\n\nSkinnmakarna",
   ["BSM206"], "Review asked only if satisfied; unhappy buyers steered to the seller.")

_m(28, "review-request", "text", f"Betyg för order {O[28]}",
   f"Hej,\n\nhoppas du gillar skärbrädan från order {O[28]}! Vi är ett litet familjeföretag och fem "
   f"stjärnor på Amazon betyder enormt mycket för oss.\n\nKram\nSnickarboden",
   ["BSM206"], "Asks for five stars.")

_m(29, "order-problem", "text", f"[Viktigt] Order {O[29]} – en vara saknas",
   f"Hej,\n\nden ena av de två barstolarna i order {O[29]} har tagit slut i lager. Vi har justerat "
   f"orderbeloppet med 1 190 kr med orsaken att varan saknas i lager.\n\n"
   f"Eftersom en ensam stol kanske inte passar dig är det snabbast om du själv avbryter resten av "
   f"ordern under Dina beställningar.\n\nHälsningar\nStolfabriken Dalby",
   ["BSM108"], "Adjustment confirmed but the buyer is advised to cancel herself because of the shortage.")

_m(30, "order-problem", "text", f"Order {O[30]} – slut i lager",
   f"Hej,\n\ntyvärr är sparkcykeln i order {O[30]} slut i lager. Vi skulle uppskatta om du kunde "
   f"begära en avbokning av ordern via Amazon.\n\nVänliga hälsningar\nLekia Uppsala",
   ["BSM107", "BSM108"], "Out of stock: asks for a cancellation request without confirming an adjustment.")

_m(31, "delivery-delay", "html", f"Försening – {O[31]}",
   f"<p>Hej,</p><p>order {O[31]} skickas onsdag 2026-12-16 i stället för måndag.</p>"
   f"<p>Vill du inte få fler meddelanden från oss? Svara STOPP så avregistrerar vi dig.</p><p>Ljusstöparna</p>",
   ["BSM305"], "Opt-out instruction (reply STOPP).")

_m(32, "reply", "text", f"Sv: Paketet? {O[32]}",
   f"Hej,\n\nde jävla idioterna på fraktbolaget har tappat bort ditt paket med order {O[32]} igen, "
   f"fan också. Vi skickar ett nytt i morgon.\n\nRobban, Bildelar Norrland",
   ["BSM306"], "Swedish profanity in a reply.")

_m(33, "delivery-delay", "text", f"Bestellung {O[33]} – Verzögerung",
   f"Hallo,\n\nIhre Bestellung {O[33]} (Duftkerzen-Set) wird erst am 17. Dezember versendet, da unser "
   f"Wachslieferant in Verzug ist. Wir bitten um Entschuldigung.\n\nMit freundlichen Grüßen\nDoftljus Stockholm",
   ["BSM104"], "Message to an sv-SE buyer written entirely in German.")

_m(34, "additional-information", "text", f"Mått till rullgardinen – {O[34]}",
   f"Hej,\n\nvi behöver fönstrets exakta mått för order {O[34]}. Ring oss gärna på 031-711 42 90 så "
   f"går vi igenom det tillsammans.\n\nMvh\nGardinateljén",
   ["BSM309"], "Seller's own number in national format.")

_m(35, "reply", "text", f"Sv: Fråga om storlek {O[35]}",
   f"Hej,\n\nskicka ett sms till +46 70 318 45 27 så hjälper vi dig att välja rätt storlek till order {O[35]}.\n\n"
   f"Hälsningar\nBarnskoaffären",
   ["BSM309"], "Seller's mobile number in international format.")

_m(36, "return-follow-up", "text", f"Retur {O[36]} – bilder",
   f"Hej,\n\nför att slutföra returen av order {O[36]} behöver vi en bild på skadan. Mejla den till "
   f"retur@mobelhuset-vaxjo.se.\n\nHälsningar\nMöbelhuset Växjö",
   ["BSM308"], "Plain email address.")

_m(37, "custom-design-verification", "text", f"Ditt motiv – {O[37]}",
   f"Hej,\n\nkorrekturen för tavlan i order {O[37]} är bifogad. Har du en bättre upplöst bild, skicka "
   f"den till bild snabel-a ramverket punkt se.\n\nHälsningar\nRamverket",
   ["BSM308"], "Obfuscated email address with 'snabel-a' and 'punkt'.")

_m(38, "reply", "html", f"Sv: Skötselråd {O[38]}",
   f"<p>Hej,</p><p>skötselråd för ekbordet i order {O[38]} finns i vår "
   f"<a href=\"https://www.ekmobler.se/skotselguide\">skötselguide för oljade ekmöbler på Ekmöbler.se</a>.</p>"
   f"<p>Hälsningar<br>Ekmöbler</p>",
   ["BSM302"], "Descriptive https link to the seller's own site.")

_m(39, "review-request", "html", f"Recension – {O[39]}",
   f"<p>Hej,</p><p>vi vore tacksamma för en recension av tekannan i order {O[39]}.</p>"
   f"<p><a href=\"http://www.amazon.se/review/create-review?asin=B0B9TEK4NN\">Recensera tekannan på Amazon.se</a></p>"
   f"<p>Hälsningar<br>Tehuset Ceylon</p>",
   ["BSM301"], "Descriptive Amazon link over http.")

_m(40, "reply", "html", f"Sv: Färgen på mattan {O[40]}",
   f"<p>Hej,</p><p>så här ser mattan i order {O[40]} ut i dagsljus:</p>"
   f"<p><img src=\"https://m.media-amazon.com/images/I/ryamatta-senapsgul.jpg\" alt=\"Ryamatta senapsgul\" width=\"320\"></p>"
   f"<p>Hälsningar<br>Mattmakeriet</p>",
   ["BSM310"], "Photo of the purchased product.")

_m(41, "delivery-delay", "html", f"Försening över helgerna – {O[41]}",
   f"<p><img src=\"https://m.media-amazon.com/images/S/stock/strand-solnedgang.jpg\" alt=\"Strand i solnedgång\" width=\"400\"></p>"
   f"<p>Hej,</p><p>på grund av helgerna skickas order {O[41]} först 2026-12-28.</p><p>Hälsningar<br>Resebutiken</p>",
   ["BSM311"], "Unrelated stock image (beach).")

_m(42, "delivery-delay", "html", f"Ny leveransdag – {O[42]}",
   f"<p><img src=\"https://m.media-amazon.com/images/S/brand-logos/glasblaseriet-logo.png\" alt=\"\" width=\"140\"></p>"
   f"<p>Hej,</p><p>order {O[42]} skickas på fredag i stället för onsdag.</p><p>Glasblåseriet</p>",
   ["BSM402"], "Shop logo with empty alt.")

_m(43, "review-request", "text", f"Hur smakar teet? {O[43]}",
   f"Hej!\n\nHoppas julteet från order {O[43]} smakar gott ☕ Skriv gärna en recension på Amazon om du hinner.\n\n"
   f"Kramar\nTeboden",
   ["BSM403"], "Emoji in the text.")

_m(44, "reply", "text", f"Sv: Leverans före jul? {O[44]}",
   f"Hej,\n\ndet ska nog gå fint – order {O[44]} skickas på måndag :) Då hinner den fram före jul.\n\n"
   f"Hälsningar\nPusselbutiken",
   ["BSM403"], "Emoticon :) in the text.")

_m(45, "delivery-delay", "html", f"Ny leveranstid – {O[45]}",
   f"<style>h1{{font-size:24px}} p{{font-size:14px}} .liten{{font-size:11px}} .sign{{font-size:18px}}</style>"
   f"<h1>Försening</h1><p>Order {O[45]} skickas 2026-12-19.</p><p class=\"liten\">Orsak: sen leverans från tillverkaren.</p>"
   f"<p class=\"sign\">Leksaksladan</p>",
   ["BSM410"], "Four explicit font sizes in a <style> block.")

_m(46, "additional-information", "html", f"Adressfråga – {O[46]}",
   f"<p>Hej,</p><p>lägenhetsnumret saknas i adressen för order {O[46]}.</p><br><br><br>"
   f"<p>Kan du skicka det som svar?</p><p>Hälsningar<br>Garnboden</p>",
   ["BSM412"], "Three <br> in a row between paragraphs.")

_m(47, "return-follow-up", "text", f"[Viktigt] Din retur {O[47]}",
   f"Hej,\n\nför returen av order {O[47]}: vilken av de två lamporna skickar du tillbaka?\n\n"
   f"Hälsningar\nLampverket",
   ["BSM110"], "[Viktigt] tag on a return follow-up.")

_m(48, "review-request", "html", f"Din åsikt – {O[48]}",
   f"<p>Hej,</p><p>vi vill gärna höra vad du tycker om ryggsäcken i order {O[48]}. "
   f"<a href=\"https://www.amazon.se/review/create-review?asin=B0DRYG5ACK\">Läs mer</a></p>"
   f"<p>Hälsningar<br>Packat &amp; Klart</p>",
   ["BSM401"], "Link text 'Läs mer' does not say where it goes.")

# --------------------------------------------------------------- vary (2)
_m(49, "delivery-delay", "html", f"Försenad order {O[49]}",
   f"<div style=\"padding: 0 140px\"><p>Hej,</p><p>order {O[49]} skickas 2026-12-18 i stället för 2026-12-14, "
   f"eftersom glaset till vaserna kom sent.</p><p>Hälsningar<br>Formglas</p></div>",
   ["BSM405"], "140 px horizontal padding on each side of the container.")

_m(50, "review-request", "html", f"Recension av order {O[50]}",
   f"<p>Hej,</p><p>vi vore tacksamma om du ville skriva en recension av brödformen i order {O[50]} på Amazon.</p>"
   f"<p>Hälsningar<br>Bageriboden</p>"
   f"<img src=\"https://track.mailpulse.example/o.png?uid=77812&amp;oid={O[50]}\" width=\"1\" height=\"1\" alt=\"\">",
   ["BSM307", "BSM402"], "1x1 tracking pixel with tracking parameters and empty alt.")
