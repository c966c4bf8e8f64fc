"""v19 blind evaluation set: Swedish (sv-SE). Standard library only."""

LANG = "sv"
LOCALE = "sv-SE"
PREFIX = "507"


def _oid(i):
    a = (5772156 + i * 104723) % 9000000 + 1000000
    b = (1414213 + i * 130367) % 9000000 + 1000000
    return "%s-%07d-%07d" % (PREFIX, a, b)


_RAW = [
# 1 clean delay text
("delivery-delay", "text",
 "Din beställning {o} blir några dagar sen",
 "Hej Karin!\n\n"
 "Vi ville bara höra av oss om skänken du beställt (order {o}). Linoljan har inte torkat klart – det är "
 "fuktigt i verkstaden så här års – och vi skickar hellre lite senare än en möbel som kladdar.\n\n"
 "Som det ser ut nu kan den skickas torsdag 17 december, alltså ungefär fem dagar senare än vi lovade. "
 "Passar inte det får du gärna svara på det här meddelandet så löser vi det.\n\n"
 "Hälsningar från Falun\n"
 "Erik Lindqvist\n"
 "Skogsbo Snickeri",
 [], "Clean delivery delay in plain text with a new ship date."),
# 2 clean delay html
("delivery-delay", "html",
 "Försenad leverans – order {o}",
 "<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td>"
 "<p>Hej,</p>"
 "<p>tyvärr drar leveransen av order <b>{o}</b> (kaffekvarn Baratza Encore) ut på tiden. Vår leverantör har "
 "flyttat sin leverans till vecka 51, och vi räknar med att kunna skicka din kvarn senast 2026-12-16.</p>"
 "<p>Vi beklagar dröjsmålet. Vill du ändra något i ordern räcker det att du svarar här.</p>"
 "<p>Vänliga hälsningar<br>Kundservice<br>Kaffekvarnen i Malmö</p>"
 "</td></tr></table>",
 [], "Clean builder-HTML delay notice with a future ship date."),
# 3 clean order problem [Viktigt]
("order-problem", "text",
 "[Viktigt] Problem med din order {o}",
 "Hej,\n\n"
 "när vi plockade order {o} visade det sig att sista satsen bromsbelägg (Textar 2356101) var skadad, "
 "och grossisten får inte in nya förrän i slutet av januari.\n\n"
 "Vi kan därför inte leverera den här artikeln. Orderbeloppet är redan justerat med hela summan, 645 kr, "
 "med orsaken slut i lager – återbetalningen kommer enligt Amazons vanliga tider.\n\n"
 "Ber om ursäkt för strulet.\n"
 "Johan Nordin\n"
 "Bildelar Nordin",
 [], "Clean order problem with amount adjusted; [Viktigt] allowed on this critical type."),
# 4 clean additional info
("additional-information", "text",
 "Gravyrtext saknas – {o}",
 "Hej!\n\n"
 "Du valde gravyr på skärbrädan i order {o}, men textfältet kom tomt till oss. Kan du svara med vad som ska stå "
 "(högst 30 tecken)? Vi pausar tillverkningen tills vi hör av dig.\n\n"
 "/Maja på Skogsbo Snickeri",
 [], "Clean request for missing engraving text."),
# 5 clean partial refund
("return-follow-up", "text",
 "Angående din retur, order {o}",
 "Hej Anna,\n\n"
 "tack för att du hörde av dig om överkastet (order {o}). Som vi förstår det handlar det om en liten "
 "färgskiftning vid kanten. Vill du behålla det kan vi erbjuda en delåterbetalning på 250 kr, och du behöver "
 "inte skicka tillbaka något. Annars går returen som vanligt.\n\n"
 "Säg bara till vilket du föredrar.\n\n"
 "Varma hälsningar\n"
 "Lena Holm\n"
 "Linne & Ull",
 [], "Clean return follow-up offering a partial refund."),
# 6 clean return question
("return-follow-up", "html",
 "Fråga om returen – {o}",
 "<p>Hej,</p>"
 "<p>för att kunna slutföra returen av laddaren i order <b>{o}</b> behöver vi veta en sak: har den varit "
 "ansluten till elnätet? Om ja, beskriv gärna kort felet (lampan tänds inte, blir varm osv.) så vet "
 "verkstaden vad de ska titta på.</p>"
 "<p>Mvh<br>Elgrossen Norden</p>",
 [], "Clean return follow-up asking for information to complete the return."),
# 7 clean invoice
("invoice", "text",
 "Faktura 2026/11/0893 för order {o}",
 "Hej,\n\n"
 "bifogat finns faktura nr 2026/11/0893 för order {o}, utställd på företagsuppgifterna från köpet. "
 "Att betala: 1 249,00 kr (varav moms 25 %: 249,80 kr). Beloppet har redan dragits via Amazon.\n\n"
 "Säljare:\n"
 "Elgrossen Norden AB\n"
 "Lagervägen 4\n"
 "415 05 Göteborg\n"
 "Org.nr 556812-3456\n"
 "Momsreg.nr SE556812345601\n"
 "Innehar F-skattsedel\n\n"
 "Vänliga hälsningar\n"
 "Ekonomiavdelningen",
 [], "Clean invoice with Org.nr, Momsreg.nr and a slash invoice number."),
# 8 clean review request
("review-request", "text",
 "Hur går det med kvarnen? ({o})",
 "Hej!\n\n"
 "Det har gått några dagar sedan kvarnen från order {o} kom fram. Om du har en minut över blir vi glada för "
 "en recension av produkten på Amazon – ärliga omdömen hjälper andra att välja rätt.\n\n"
 "Kaffekvarnen i Malmö",
 [], "Clean neutral review request in plain text."),
# 9 clean review html logo
("review-request", "html",
 "Vad tyckte du? Order {o}",
 "<table width=\"100%\"><tr><td>"
 "<img src=\"https://img.skogsbosnickeri.se/mail/skogsbo-snickeri-logo.png\" alt=\"Skogsbo Snickeri\" width=\"150\" height=\"50\">"
 "</td></tr><tr><td>"
 "<p>Hej!</p>"
 "<p>Hyllan från order {o} sitter väl uppe vid det här laget. Vi vill gärna veta vad du tycker – oavsett om det blev bra eller mindre bra.</p>"
 "<p><a href=\"https://www.amazon.se/review/review-your-purchases/?asin=B0CW2R8T5L\">Skriv en recension på Amazon.se</a></p>"
 "<p>Hälsningar<br>Erik och Maja<br><small>Skogsbo Snickeri, Falun</small></p>"
 "</td></tr></table>",
 [], "Clean HTML review request with shop logo (alt names shop) and descriptive Amazon link."),
# 10 clean delivery scheduling
("delivery-scheduling", "text",
 "Leverans av garderob – boka tid ({o})",
 "Hej Mikael,\n\n"
 "garderoben i order {o} väger runt 140 kg inklusive emballage, så den körs ut av vår speditör med inbärning. "
 "Lediga tider:\n"
 "tis 15/12 kl. 08–12\n"
 "ons 16/12 kl. 12–16\n"
 "lör 19/12 kl. 09–13\n\n"
 "Vilken passar bäst? Skriv gärna också om det finns hiss i huset.\n\n"
 "Hälsningar\n"
 "Oskar Berg, leveranssamordnare\n"
 "Möbelhuset Berg & Son",
 [], "Clean delivery scheduling of a bulky item with time slots."),
# 11 clean home service
("home-service-appointment", "text",
 "Installation av diskmaskin – {o}",
 "Hej,\n\n"
 "till order {o} har du köpt installation av diskmaskinen. Vår montör Ahmed kan komma måndag 14 december "
 "kl. 10.00–12.00 eller torsdag 17 december kl. 15.00–17.00. Välj en tid så bekräftar vi dagen innan.\n\n"
 "Hälsningar\n"
 "Vitvaruservice Syd",
 [], "Clean home-service appointment with two windows."),
# 12 clean design proof
("custom-design-verification", "html",
 "Korrektur att godkänna – order {o}",
 "<p>Hej,</p>"
 "<p>i bilagan (korrektur_dorrskylt_0412.pdf) ser du dörrskylten från order {o}: texten ”Familjen Sjöberg”, "
 "ek, frästa bokstäver, 30 × 12 cm.</p>"
 "<p>Svara ”godkänt” eller skicka dina ändringar – vi fräser inte förrän vi hört från dig.</p>"
 "<p>Maja<br>Skogsbo Snickeri</p>",
 [], "Clean design proof with attachment."),
# 13 clean door code
("fulfillment-question", "text",
 "Portkod behövs – order {o}",
 "Hej,\n\n"
 "budet kommer inte in i trapphuset på adressen i order {o} (kolli-id 00373500123456789012, vår ref. LS-2026-3381). "
 "Kan du svara med portkoden eller lägenhetsnumret? Annars går paketet tillbaka till terminalen.\n\n"
 "Mvh\n"
 "Elgrossen Norden – orderhantering",
 [], "Clean door-code question with reference numbers."),
# 14 clean reply foreign title
("reply", "text",
 "Sv: Mått på hyllan – {o}",
 "Hej!\n\n"
 "”Nordic Oak Floating Shelf 80 cm” i din order {o} är 22 cm djup och tål upp till 15 kg i tegelvägg. "
 "För gipsvägg rekommenderar vi gipspluggar – de följer med i kartongen.\n\n"
 "Erik\n"
 "Skogsbo Snickeri",
 [], "Clean reply quoting an English product title in Swedish sentences."),
# 15 clean warranty hotline
("reply", "text",
 "Sv: Garanti på kaffemaskinen – {o}",
 "Hej,\n\n"
 "maskinen i order {o} har två års tillverkargaranti. Snabbast går det via tillverkarens garantisupport "
 "(Jura Sverige, garantiärenden): 08-446 820 00, vardagar 9–16. Ha serienumret till hands, det sitter under "
 "vattentanken.\n\n"
 "Hälsningar\n"
 "Kaffekvarnen i Malmö",
 [], "Clean reply with the manufacturer's warranty line marked as such."),
# 16 clean company footer
("reply", "html",
 "Sv: Faktura på företaget – {o}",
 "<p>Hej Sara,</p>"
 "<p>absolut, vi kan ställa ut fakturan för order {o} på ditt företag. Svara bara med företagsnamn, adress och "
 "organisationsnummer så ordnar vi resten.</p>"
 "<p>Hälsningar<br>Lena Holm</p>"
 "<p><small>Linne &amp; Ull HB<br>Hantverkargatan 7, 621 55 Visby<br>Org.nr 969782-1144 · Momsreg.nr SE969782114401</small></p>",
 [], "Clean reply with company footer."),
# 17 clean tracking/return numbers
("reply", "text",
 "Sv: Status på returen {o}",
 "Hej,\n\n"
 "din retur för order {o} kom in till oss 2026-12-09 kl. 11.42 (returnummer RET-2026-0871, kolli-id "
 "00373500987654321098). Allt är kontrollerat och komplett. Vi återbetalar 799,00 kr i dag före kl. 16.00 och "
 "pengarna brukar synas inom 3–5 bankdagar.\n\n"
 "Johan Nordin\n"
 "Bildelar Nordin",
 [], "Clean reply with return and parcel numbers, date, time and amount."),
# 18 BSM201
("fulfillment-question", "text",
 "Nu är paketet på väg – {o}",
 "Hej!\n\n"
 "Din order {o} lämnade vårt lager i morse och är överlämnad till PostNord. Räkna med leverans inom 1–3 vardagar.\n\n"
 "Bildelar Nordin",
 ["BSM201"], "Shipping confirmation: left the warehouse, handed to PostNord."),
# 19 BSM201 received/preparing
("fulfillment-question", "text",
 "Order {o}",
 "Tjena!\n\n"
 "Vi har fått in din beställning {o} och håller redan på med den – bönorna rostas i morgon och sen packar vi.\n\n"
 "Gänget på Kaffekvarnen",
 ["BSM201"], "Order received and being prepared."),
# 20 BSM202
("fulfillment-question", "text",
 "Tack! ({o})",
 "Hej Anna,\n\n"
 "stort tack för att du handlade hos oss på Linne & Ull och valde att stötta ett litet familjeföretag (order {o}).\n\n"
 "Lena",
 ["BSM202"], "Thanks-only message."),
# 21 BSM202
("fulfillment-question", "text",
 "{o}",
 "Hej,\n\n"
 "skulle något strula med order {o} så finns vi här – det är bara att svara på det här mejlet.\n\n"
 "Möbelhuset Berg & Son",
 ["BSM202"], "Only the offer to help if anything comes up."),
# 22 BSM203 P.S.
("delivery-delay", "text",
 "Lite försenat – order {o}",
 "Hej,\n\n"
 "på grund av julrushen kan vi skicka order {o} först måndag 21/12. Förlåt dröjsmålet.\n\n"
 "Kaffekvarnen i Malmö\n\n"
 "PS. Fram till nyår är hela sortimentet 20 % billigare hos oss – passa på!",
 ["BSM203"], "Delay notice with a P.S. promoting 20% off."),
# 23 BSM203 follow us
("invoice", "html",
 "Kvitto/faktura – order {o}",
 "<p>Hej,</p>"
 "<p>här kommer fakturan för order {o} som bilaga.</p>"
 "<p>Följ gärna Linne &amp; Ull på Instagram och Facebook – i januari släpper vi en ny kollektion i mossgrönt "
 "och sand, och prenumeranter på vårt nyhetsbrev får se den först.</p>"
 "<p>Lena</p>",
 ["BSM203"], "Invoice with follow-us, newsletter and new-collection promotion."),
# 24 BSM204 small gift
("review-request", "text",
 "Vad tycker du om stället? {o}",
 "Hej!\n\n"
 "Hur funkar stället från order {o}? Lämnar du en recension på Amazon får du gärna svara med ditt användarnamn – "
 "som tack skickar vi en liten present från verkstaden så fort den är publicerad.\n\n"
 "Skogsbo Snickeri",
 ["BSM204"], "Small gift once the review is published."),
# 25 BSM204 full refund
("review-request", "text",
 "Order {o} – recension",
 "Hej,\n\n"
 "vi har ett erbjudande: skriv en recension av kabeln i order {o}, och så snart den syns på Amazon betalar vi "
 "tillbaka hela köpesumman. Du behåller förstås kabeln.\n\n"
 "Elgrossen Norden",
 ["BSM204"], "Full refund once the review is online."),
# 26 BSM205
("reply", "text",
 "Sv: Reklamation {o}",
 "Hej Peter,\n\n"
 "skönt att det nya filtret från order {o} löste problemet. Nu när allt fungerar – skulle du kunna tänka dig "
 "att uppdatera eller ta bort ditt betyg med en stjärna? För en liten butik som vår väger varje omdöme tungt.\n\n"
 "Johan, Bildelar Nordin",
 ["BSM205"], "Asks to update or remove a one-star review."),
# 27 BSM206
("review-request", "text",
 "Nöjd? {o}",
 "Hej,\n\n"
 "är du nöjd med skänken från order {o}, så skriv gärna en recension på Amazon. Är det något som inte blev bra, "
 "hör hellre av dig till oss först i stället för att recensera – vi brukar alltid hitta en lösning.\n\n"
 "Möbelhuset Berg & Son",
 ["BSM206"], "Review only if satisfied; unhappy buyers steered away."),
# 28 BSM206 five stars
("review-request", "html",
 "En liten bön – order {o}",
 "<p>Hej!</p>"
 "<p>Hoppas kaffet från order {o} smakar. Fem stjärnor på Amazon skulle betyda jättemycket för oss – "
 "det är det som håller rosten igång.</p>"
 "<p>Kaffekvarnen i Malmö</p>",
 ["BSM206"], "Asks for five stars."),
# 29 BSM108 with adjustment
("order-problem", "text",
 "Slut i lager – order {o}",
 "Hej,\n\n"
 "tyvärr är lampan Luma 40 i order {o} slutsåld och tillverkaren har slutat göra den. Vi har justerat "
 "orderbeloppet hos Amazon med orsaken slut i lager.\n\n"
 "Enklast är om du själv begär avbokning under ”Dina beställningar” – då stängs allt direkt.\n\n"
 "Elgrossen Norden AB",
 ["BSM108"], "Amount adjusted, but buyer told to request cancellation herself."),
# 30 BSM108 + BSM107
("order-problem", "text",
 "Order {o} – en fråga",
 "Hej Anna,\n\n"
 "linneduken i salviagrönt från order {o} är tyvärr slut, och nytt tyg kommer först i vår. Vi skulle vara "
 "väldigt tacksamma om du kunde skicka en begäran om avbokning via Amazon.\n\n"
 "Förlåt besväret\n"
 "Linne & Ull",
 ["BSM107", "BSM108"], "Asks for a cancellation request without confirming an adjustment."),
# 31 BSM305
("review-request", "text",
 "Recension – {o}",
 "Hej,\n\n"
 "vi vore tacksamma för ett kort omdöme om produkten i order {o} på Amazon, bra eller dåligt.\n\n"
 "Vill du inte få fler utskick från oss? Svara AVSLUTA så plockar vi bort dig.\n\n"
 "Bildelar Nordin",
 ["BSM305"], "Review request with reply-to-unsubscribe instruction."),
# 32 BSM306
("delivery-delay", "text",
 "Försening {o}",
 "Hej,\n\n"
 "den jävla speditören har förstört kartongen igen och bordet i order {o} kom tillbaka till oss i skit skick. "
 "Vi packar om och skickar onsdag 16/12.\n\n"
 "Oskar, Möbelhuset Berg & Son",
 ["BSM306"], "Delay notice with Swedish profanity."),
# 33 BSM104 English body
("delivery-delay", "text",
 "Shipping delay – order {o}",
 "Hi there,\n\n"
 "Unfortunately your order {o} will ship about a week later than planned. We now expect to dispatch it on "
 "18 December 2026.\n\n"
 "Kind regards\n"
 "Kaffekvarnen i Malmö",
 ["BSM104"], "Buyer locale sv-SE, message written in English."),
# 34 BSM309 national
("delivery-scheduling", "text",
 "Utkörning av bordet – {o}",
 "Hej,\n\n"
 "bordet i order {o} kör vi ut själva. Ring Oskar på 070-412 33 85 så bestämmer ni dag och tid – helst efter kl. 15.\n\n"
 "Möbelhuset Berg & Son",
 ["BSM309"], "Seller's mobile number in Swedish national format."),
# 35 BSM309 international
("reply", "html",
 "Sv: Retur – order {o}",
 "<p>Hej,</p>"
 "<p>returen i order {o} är lättast att reda ut per telefon. Kontoret nås på +46 31 701 52 40 (mån–fre 8–16).</p>"
 "<p>Mvh<br>Elgrossen Norden</p>",
 ["BSM309"], "Office number in international format."),
# 36 BSM308 plain
("additional-information", "text",
 "Bild på väggen – {o}",
 "Hej,\n\n"
 "för att välja rätt pluggar till hyllorna i order {o} behöver vi en bild på väggen. Skicka den till "
 "verkstad@skogsbosnickeri.se med ordernumret i ämnesraden.\n\n"
 "Erik",
 ["BSM308"], "Plain e-mail address."),
# 37 BSM308 snabel-a
("reply", "text",
 "Sv: {o}",
 "Hej,\n\n"
 "ursprungsintyget för kaffet i order {o} skickar vi gärna som pdf – mejla oss på info snabel-a kaffekvarnen punkt se "
 "så svarar vi direkt.\n\n"
 "Kaffekvarnen i Malmö",
 ["BSM308"], "E-mail obfuscated with 'snabel-a' and 'punkt'."),
# 38 BSM302
("reply", "html",
 "Sv: Skötsel av bänkskivan – {o}",
 "<p>Hej,</p>"
 "<p>bänkskivan i order {o} mår bra av att oljas var sjätte månad. Vi har skrivit en guide steg för steg: "
 "<a href=\"https://skogsbosnickeri.se/blogg/skotsel-av-oljat-tra\">skötselguide för oljat trä på vår blogg</a>.</p>"
 "<p>Erik, Skogsbo Snickeri</p>",
 ["BSM302"], "https link to the seller's blog."),
# 39 BSM301
("review-request", "html",
 "Omdöme – order {o}",
 "<p>Hej,</p>"
 "<p>vi blir glada om du vill betygsätta produkten i order {o}:</p>"
 "<p><a href=\"http://www.amazon.se/review/review-your-purchases/?asin=B0D3M7K2QX\">Skriv en recension på Amazon.se</a></p>"
 "<p>Elgrossen Norden</p>",
 ["BSM301"], "Descriptive Amazon link over http."),
# 40 BSM310
("delivery-delay", "html",
 "Ny leveransdag – {o}",
 "<p>Hej,</p>"
 "<p>vi slipar fortfarande soffbordet från order {o} – det kan skickas 18/12. Så här ser det ut just nu:</p>"
 "<p><img src=\"https://img.skogsbosnickeri.se/produkter/soffbord-ek-90.jpg\" alt=\"Soffbord ek 90 cm\" width=\"300\"></p>"
 "<p>Maja, Skogsbo Snickeri</p>",
 ["BSM310"], "Photo of the purchased coffee table."),
# 41 BSM311
("invoice", "html",
 "Faktura – order {o}",
 "<p><img src=\"https://cdn.kaffekvarnen.se/mail/strand-solnedgang.jpg\" alt=\"Strand i solnedgång\" width=\"400\"></p>"
 "<p>Hej,</p>"
 "<p>bifogat finns faktura 2026/12/118 för order {o}.</p>"
 "<p>Kaffekvarnen i Malmö AB</p>",
 ["BSM311"], "Unrelated beach stock image."),
# 42 BSM402
("review-request", "html",
 "Ditt omdöme – {o}",
 "<p><img src=\"https://cdn.linneochull.se/logo/linne-ull-logo.png\" width=\"140\"></p>"
 "<p>Hej,</p>"
 "<p>har du en stund över får du gärna tycka till om order {o}: "
 "<a href=\"https://www.amazon.se/review/review-your-purchases/?asin=B0BY6TQW21\">betygsätt produkten på Amazon.se</a>.</p>"
 "<p>Linne &amp; Ull</p>",
 ["BSM402"], "Shop logo with no alt attribute."),
# 43 BSM403 emoji
("delivery-delay", "text",
 "Lite väntan till {o} ☕",
 "Hej!\n\n"
 "Kaffet i order {o} åker i väg först fredag 18/12 – rosteriet var på service 🔧 Sorry för väntan!\n\n"
 "Gänget på Kaffekvarnen",
 ["BSM403"], "Emoji in subject and body."),
# 44 BSM403 emoticon
("reply", "text",
 "Sv: Storlek – {o}",
 "Hej,\n\n"
 "överkastet i order {o} är 220 × 240 cm, så till en 160-säng hänger det ner fint på sidorna ;-) "
 "Fråga på om det är något mer.\n\n"
 "Lena",
 ["BSM403"], "Text emoticon ';-)'."),
# 45 BSM410
("delivery-delay", "html",
 "Nytt datum – order {o}",
 "<style>h1{font-size:26px} h3{font-size:17px} p{font-size:15px} .fot{font-size:10px}</style>"
 "<h1>Nytt leveransdatum</h1>"
 "<h3>Order {o}</h3>"
 "<p>Hej, beslagen är försenade hos leverantören, så skåpet skickas 2026-12-22.</p>"
 "<p class=\"fot\">Möbelhuset Berg &amp; Son, Verkstadsgatan 12, 721 30 Västerås</p>",
 ["BSM410"], "Four explicit font sizes in a style block."),
# 46 BSM412 br runs
("additional-information", "html",
 "Färg på benen – {o}",
 "<p>Hej,</p>"
 "<p>till bordet i order {o} har ingen färg på benen valts. Svart eller natur ek?<br><br><br><br>"
 "Hälsningar<br>Skogsbo Snickeri</p>",
 ["BSM412"], "A run of four <br> tags."),
# 47 BSM110 invoice
("invoice", "text",
 "[Viktigt] Faktura för order {o}",
 "Hej,\n\n"
 "bifogat finns faktura 2026/12/0204 för order {o}.\n\n"
 "Mvh\n"
 "Bildelar Nordin",
 ["BSM110"], "[Viktigt] on an invoice message."),
# 48 BSM401 Läs mer
("return-follow-up", "html",
 "Retur – order {o}",
 "<p>Hej,</p>"
 "<p>för returen i order {o} behöver vi veta om originalförpackningen finns kvar. "
 "Hur returen fungerar: <a href=\"https://www.amazon.se/gp/css/returns/homepage.html\">Läs mer</a>.</p>"
 "<p>Elgrossen Norden</p>",
 ["BSM401"], "Amazon link with non-descriptive 'Läs mer'."),
# 49 vary: tracking pixel
("review-request", "html",
 "Berätta vad du tycker – {o}",
 "<p>Hej!</p>"
 "<p>Vi vore glada för en recension av produkten i order {o}: "
 "<a href=\"https://www.amazon.se/review/review-your-purchases/?asin=B0C8VN4J7P\">skriv en recension på Amazon.se</a>.</p>"
 "<p>Möbelhuset Berg &amp; Son</p>"
 "<img src=\"https://t.mailverktyg.se/open.png?uid=88213&amp;o=507\" width=\"1\" height=\"1\">",
 ["BSM307", "BSM402"], "1x1 tracking pixel without alt text."),
# 50 vary: linked logo
("delivery-delay", "html",
 "Försenad order {o}",
 "<p><a href=\"https://www.linneochull.se\"><img src=\"https://cdn.linneochull.se/logo/linne-ull-logo.png\" alt=\"Linne &amp; Ull\" width=\"140\"></a></p>"
 "<p>Hej,</p>"
 "<p>vävaren är sjuk, så pläden i order {o} blir klar först 2026-12-19 och skickas samma dag.</p>"
 "<p>Lena</p>",
 ["BSM302", "BSM304"], "Shop logo linked to the seller's website."),
]


def _build():
    out = []
    for i, (typ, fmt, subj, body, exp, note) in enumerate(_RAW, 1):
        oid = _oid(i)
        rep = lambda s: s.replace("{o}", oid)
        out.append({
            "id": "v19-%s-%03d" % (LANG, i),
            "language": LANG,
            "locale": LOCALE,
            "type": typ,
            "format": fmt,
            "subject": rep(subj),
            "body": rep(body),
            "order_id": oid,
            "expected": sorted(exp),
            "note": note,
        })
    return out


MESSAGES = _build()
