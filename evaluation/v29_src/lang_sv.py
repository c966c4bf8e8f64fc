"""v29 blind evaluation set, Swedish (sv-SE)."""

def O(n):
    a = (5021877 + n * 193771) % 9000000 + 1000000
    b = (6604413 + n * 411527) % 9000000 + 1000000
    return f"608-{a:07d}-{b:07d}"

def t(*p):
    return "\n\n".join(p)

MESSAGES = []

def m(n, typ, fmt, subj, body, exp, note, loc="sv-SE"):
    MESSAGES.append({"id": f"v29-sv-{n:03d}", "language": "sv", "locale": loc, "type": typ,
                     "format": fmt, "subject": subj, "body": body, "order_id": O(n),
                     "expected": sorted(exp), "note": note})

m(1, "delivery-delay", "text", f"Försenad leverans, order {O(1)}", t(
    "Hej Lina!",
    f"Tyvärr blir skidhjälmen i din order {O(1)} försenad – vår leverantör i Italien har haft problem med frakten. Vi räknar med att kunna skicka den måndag 14 december, så den bör vara hos dig runt den 16:e.",
    "Ledsen för strulet. Säg till om det inte funkar för dig, så löser vi det.",
    "Hälsningar\nJonas på Fjällsport Åre"), [], "Clean plain-text delivery delay.")

m(2, "delivery-delay", "html", f"Ändrat leveransdatum – {O(2)}",
    "<table><tr><td><p><strong>Ordernummer:</strong> " + O(2) + "</p>"
    "<p>Hej,</p><p>vi behöver tyvärr skjuta upp leveransen av din julgransfot. Ursprungligt utskick: 2026-12-08. Nytt utskick: 2026-12-15.</p>"
    "<p>Vi ber om ursäkt för förseningen.</p><p>Vänliga hälsningar<br>Kundtjänst<br>Hemma Hos Hedlunds AB</p></td></tr></table>",
    [], "Clean builder-style HTML delivery delay in a table.")

m(3, "order-problem", "text", f"[Viktigt] Order {O(3)} kan inte levereras", t(
    "Hej Erik,",
    f"den sista kaffekvarnen Hario Skerton Pro i lager visade sig vara skadad vid packningen, så vi kan tyvärr inte skicka den. Orderbeloppet för {O(3)} har justerats och du får tillbaka 649 kr.",
    "Vi beklagar verkligen.",
    "Mvh\nSara Lindqvist\nBönor & Bryggare"), [], "Clean order problem with [Viktigt] and the amount adjusted.")

m(4, "additional-information", "text", f"Vi behöver en uppgift – {O(4)}", t(
    "Hej!",
    f"För att kunna sy upp gardinerna i order {O(4)} behöver vi veta exakt fönsterhöjd i cm (från stången till golvet eller fönsterbänken). Svara bara på det här meddelandet med måttet.",
    "Tack på förhand,\nMaja, Sömnadsateljén i Ystad"), [], "Clean request for information to complete the order.")

m(5, "return-follow-up", "text", f"Angående din retur, order {O(5)}", t(
    "Hej Anders,",
    f"vi har sett bilderna på den repade lampfoten från order {O(5)}. Om du vill behålla lampan kan vi erbjuda en delåterbetalning på 250 kr i stället för en full retur.",
    "Svara gärna ja eller nej så ordnar vi resten.",
    "Vänligen\nLampverket Norrköping"), [], "Clean return follow-up offering a partial refund.")

m(6, "return-follow-up", "text", f"Fråga om returen {O(6)}", t(
    "Hej,",
    f"vi har tagit emot din returanmälan för order {O(6)}. För att kunna slutföra returen undrar vi om originalkartongen finns kvar, eller om jackan skickas i annan förpackning?",
    "Hälsningar\nKundservice, Vinterrock.se"), [], "Clean return follow-up asking for information.")

m(7, "invoice", "text", f"Faktura för order {O(7)}", t(
    "Hej,",
    f"bifogat finns faktura nr 2026/12/0831 för order {O(7)}. Totalt 3 495,00 kr inklusive moms 25 % (699,00 kr).",
    "Med vänlig hälsning",
    "Kontorsmöbler i Väst AB\nIndustrigatan 4, 417 07 Göteborg\nOrg.nr 556812-4470 · Momsreg.nr SE556812447001\nInnehar F-skattsedel"), [], "Clean invoice with Org.nr, Momsreg.nr and a slashed invoice number.")

m(8, "review-request", "text", f"Hur blev det? (order {O(8)})", t(
    "Hej Karin,",
    f"nu har tekannan från order {O(8)} varit hemma hos dig ett tag. Om du har lust får du gärna skriva en recension på Amazon – den hjälper andra som funderar på att köpa.",
    "Ha det fint!\nTehuset på Söder"), [], "Clean neutral plain-text review request.")

m(9, "review-request", "html", f"Din åsikt om order {O(9)}",
    "<p><img src=\"https://www.nordiskullfabrik.se/bilder/nordisk-ullfabrik-logotyp.png\" alt=\"Nordisk Ullfabrik logotyp\" width=\"180\"></p>"
    f"<p>Hej,</p><p>vi hoppas att filten från order {O(9)} håller dig varm. Vi vill gärna veta vad du tycker, oavsett om upplevelsen var bra eller mindre bra.</p>"
    "<p><a href=\"https://www.amazon.se/review/review-your-purchases\">Skriv en recension på Amazon.se</a></p><p>Hälsningar<br>Nordisk Ullfabrik</p>",
    [], "Clean HTML review request with shop logo and descriptive https Amazon link.")

m(10, "delivery-scheduling", "text", f"Bokning av leverans – {O(10)}", t(
    "Hej Mohammed,",
    f"din soffa (order {O(10)}) är klar att levereras. Vi har två tider hos vårt speditionsbolag: tisdag 2026-12-15 kl. 07–12 eller torsdag 2026-12-17 kl. 12–17.",
    "Vilken passar bäst? Leveransen sker till dörren, så se gärna till att trapphuset är fritt.",
    "Hälsningar\nSoffkompaniet"), [], "Clean delivery scheduling with time slots.")

m(11, "home-service-appointment", "text", f"Tid för installation, order {O(11)}", t(
    "Hej!",
    f"Vi ska installera din värmepumpsstyrning enligt order {O(11)}. Vår montör Henrik har lediga tider fredag 11 december kl. 08.00–10.00 och måndag 14 december kl. 13.00–15.00.",
    "Återkom med den tid som passar, så bokar vi in den.",
    "Värmeteknik Mälardalen"), [], "Clean home-service appointment with dates and time slots.")

m(12, "custom-design-verification", "text", f"Korrektur för din skylt – {O(12)}", t(
    "Hej Johanna,",
    f"i bilagan hittar du korrekturet för dörrskylten i order {O(12)}: texten ”Familjen Berg”, mässing, 20 × 8 cm.",
    "Kolla gärna stavningen och svara med ”OK” eller vad som ska ändras. Vi graverar först när du har godkänt.",
    "Gravyrverkstaden i Lund"), [], "Clean custom design proof verification.")

m(13, "fulfillment-question", "text", f"Portkod behövs – order {O(13)}", t(
    "Hej,",
    f"budet kom inte in i trapphuset med paketet till order {O(13)}. Kan du skicka portkoden, eller berätta var paketet kan lämnas?",
    "Kollinummer: 00370722019384756, ärendenummer hos PostNord: 2026-1207-4412.",
    "Tack!\nCykelboden Umeå"), [], "Clean door-code question with reference numbers.")

m(14, "reply", "text", f"Sv: Fråga om {O(14)}", t(
    "Hej Oskar,",
    f"”Bosch Professional GSR 18V-55 Cordless Drill Driver” i din order {O(14)} levereras utan batteri – det står i produktbeskrivningen men syns inte så tydligt.",
    "Batteriet säljs separat.",
    "Mvh\nVerktygsboden"), [], "Clean reply quoting an English product title.")

m(15, "reply", "text", f"Sv: Diskmaskinen läcker ({O(15)})", t(
    "Hej Eva,",
    f"tråkigt att diskmaskinen från order {O(15)} läcker. Den omfattas av tillverkarens garanti i två år. Tillverkarens garantilinje (Electrolux service): 0771-76 76 76.",
    "Hör av dig här om de inte kan hjälpa dig.",
    "Vitvarulagret"), [], "Clean reply with manufacturer's warranty line marked as such.")

m(16, "reply", "text", f"Sv: Företagsuppgifter, order {O(16)}", t(
    "Hej,",
    f"här kommer våra fullständiga företagsuppgifter, som du bad om, för order {O(16)}.",
    "Vänliga hälsningar\nPetra Ek, ekonomiansvarig",
    "Skärgårdsbutiken i Vaxholm AB\nHamngatan 12, 185 31 Vaxholm\nOrg.nr 559034-8821\nMomsreg.nr SE559034882101\nStyrelsens säte: Vaxholm"), [], "Clean reply with a company footer.")

m(17, "reply", "text", f"Sv: Var är min återbetalning? {O(17)}", t(
    "Hej Nils,",
    f"returen från order {O(17)} kom in till oss 2026-12-03 kl. 10.15 (returnummer R-77120, sändnings-id 00340434161234567890).",
    "Återbetalningen på 1 190 kr gjordes 2026-12-04 och syns normalt på kontot inom 3–5 bankdagar.",
    "Hälsningar\nKlädkammaren"), [], "Clean reply with tracking/return numbers, dates, times, amounts.")

m(18, "fulfillment-question", "text", f"Nu är den på väg! {O(18)}", t(
    "Hej!",
    f"Din beställning {O(18)} har lämnat vårt lager i Borås och är överlämnad till DHL.",
    "Hälsningar\nSockshop Borås"), ["BSM201"], "Shipping confirmation: left the warehouse.")

m(19, "additional-information", "text", f"Order {O(19)}", t(
    "Hej,",
    f"vi har tagit emot din beställning {O(19)} och håller just nu på att plocka ihop den.",
    "Tack för att du handlar hos oss!\nBarnboden"), ["BSM201"], "Order received and being prepared.")

m(20, "reply", "text", f"Tack! ({O(20)})", t(
    "Hej Ingrid,",
    f"stort tack för din beställning {O(20)}! Vi blir så glada av varje kund.",
    "Kram från oss på Garnbutiken"), ["BSM202"], "Thanks only.")

m(21, "fulfillment-question", "text", f"Order {O(21)}", t(
    "Hej,",
    f"ville bara säga att om något skulle dyka upp med order {O(21)} så finns vi här.",
    "Hälsningar\nKöksdesign Sverige"), ["BSM202"], "Only 'we are here if anything comes up'.")

m(22, "delivery-delay", "text", f"Lite försenat – {O(22)}", t(
    "Hej,",
    f"order {O(22)} skickas tyvärr först 2026-12-16 på grund av hög belastning. Förlåt för det.",
    "Hälsningar\nLjusstakeriet",
    "P.S. Just nu är det 20 % rabatt på hela sortimentet hos oss, hela december ut."), ["BSM203"], "Delay with a P.S. offering 20% off everything.")

m(23, "review-request", "text", f"Recension? {O(23)}", t(
    "Hej,",
    f"vi uppskattar om du vill skriva en recension på Amazon om stövlarna från order {O(23)}.",
    "Följ oss gärna på Instagram och Facebook, och anmäl dig till vårt nyhetsbrev så får du veta först när vårkollektionen släpps.",
    "Stövelmakarna"), ["BSM203"], "Review request with follow-us and newsletter.")

m(24, "review-request", "text", f"En liten överraskning väntar – {O(24)}", t(
    "Hej Sofia,",
    f"skriv gärna en recension av hudkrämen från order {O(24)}. När den är publicerad skickar vi en liten present som tack.",
    "Hälsningar\nSkönhetsboden"), ["BSM204"], "Small gift once the review is published.")

m(25, "review-request", "text", f"Order {O(25)} – pengarna tillbaka", t(
    "Hej,",
    f"lämna en recension för powerbanken i order {O(25)} och skicka en skärmdump till oss – så fort recensionen är uppe återbetalar vi hela köpesumman.",
    "Mvh\nLaddaMera"), ["BSM204"], "Full refund once the review is online.")

m(26, "reply", "text", f"Sv: Ditt omdöme, {O(26)}", t(
    "Hej Per,",
    f"nu när den nya sladden till order {O(26)} har kommit fram hoppas vi att allt fungerar. Skulle du kunna uppdatera ditt omdöme med en stjärna, eller ta bort det?",
    "Tack!\nElbutiken Gävle"), ["BSM205"], "Asks to update or remove a one-star review.")

m(27, "review-request", "text", f"Är du nöjd? {O(27)}", t(
    "Hej!",
    f"Om du är nöjd med pannan från order {O(27)} får du gärna lämna en recension på Amazon. Är du inte nöjd – hör av dig till oss direkt i stället, så fixar vi det innan du skriver något.",
    "Gjutjärnsbolaget"), ["BSM206"], "Review only if satisfied; unhappy buyers steered to the seller.")

m(28, "review-request", "text", f"Fem stjärnor? ({O(28)})", t(
    "Hej,",
    f"vi är ett litet familjeföretag och varje betyg räknas. Vi vore tacksamma om du gav oss fem stjärnor för order {O(28)}.",
    "Familjen Holm, Honungsgården"), ["BSM206"], "Asks for five stars.")

m(29, "order-problem", "text", f"Problem med order {O(29)}", t(
    "Hej,",
    f"mattan i order {O(29)} har tyvärr tagit slut i lager. Beloppet på ordern har justerats med 1 299 kr.",
    "Enklast är om du själv avbryter ordern under Dina beställningar på Amazon, så stängs den direkt.",
    "Mattkompaniet"), ["BSM108"], "Adjustment stated but advises the buyer to cancel.")

m(30, "order-problem", "text", f"Slut i lager – {O(30)}", t(
    "Hej Annika,",
    f"produkten i order {O(30)} är slutsåld hos oss. Vi skulle uppskatta om du kunde begära en avbokning via Amazon.",
    "Ledsen för besväret\nPysselhörnan"), ["BSM107", "BSM108"], "Cancellation request without adjustment.")

m(31, "delivery-delay", "text", f"Försening {O(31)}", t(
    "Hej,",
    f"order {O(31)} skickas 2026-12-18 i stället för 2026-12-11.",
    "Vill du inte få fler meddelanden från oss? Svara AVSLUTA så avregistrerar vi dig."), ["BSM305"], "Opt-out instruction.")

m(32, "reply", "text", f"Sv: Paketet? {O(32)}", t(
    "Hej,",
    f"det jävla budföretaget har tappat bort ditt paket till order {O(32)} igen. Vi skickar ett nytt i morgon.",
    "Mvh\nDäckcentralen"), ["BSM306"], "Swedish profanity.")

m(33, "reply", "text", f"Re: Question about order {O(33)}", t(
    "Hi Emma,",
    f"the lamp in order {O(33)} takes an E27 bulb, max 60 W. The bulb is not included.",
    "Best regards\nLjusdesign Stockholm"), ["BSM104"], "Reply written in English to an sv-SE buyer.")

m(34, "reply", "text", f"Sv: Montering, order {O(34)}", t(
    "Hej,",
    f"ring oss gärna om monteringen av hyllan i order {O(34)}, så går vi igenom det: 08-522 184 30.",
    "Hyllfabriken"), ["BSM309"], "Seller phone number, national format.")

m(35, "additional-information", "text", f"Leveransadress – {O(35)}", t(
    "Hej,",
    f"lägenhetsnumret saknas i adressen för order {O(35)}. Svara här eller skicka sms till +46 70 418 22 93.",
    "Blomsterexpressen"), ["BSM309"], "Seller mobile number, international format.")

m(36, "reply", "text", f"Sv: Reklamation {O(36)}", t(
    "Hej,",
    f"skicka gärna bilder på skadan på vasen (order {O(36)}) till reklamation@glashyttan-butik.se så ersätter vi den.",
    "Glashyttan"), ["BSM308"], "Plain e-mail address.")

m(37, "reply", "text", f"Sv: Kvitto {O(37)}", t(
    "Hej,",
    f"vill du ha kvittot för order {O(37)} i annat format kan du mejla kontoret: info snabel-a sagverket punkt se.",
    "Sågverket Trä & Bygg"), ["BSM308"], "Obfuscated e-mail with 'snabel-a'.")

m(38, "reply", "html", f"Sv: Storlek – {O(38)}",
    f"<p>Hej,</p><p>angående order {O(38)}: se vår <a href=\"https://www.skobutiken-lulea.se/storleksguide\">storleksguide på Skobutikens webbplats</a>.</p><p>Hälsningar<br>Skobutiken Luleå</p>",
    ["BSM302"], "https link to the seller's site.")

m(39, "reply", "html", f"Sv: Bruksanvisning {O(39)}",
    f"<p>Hej,</p><p>bruksanvisningen till våffeljärnet i order {O(39)} finns på <a href=\"http://www.amazon.se/dp/B0D2HL7Q9X\">produktsidan på Amazon.se</a>.</p><p>Köksmagasinet</p>",
    ["BSM301"], "http link to Amazon.")

m(40, "delivery-delay", "html", f"Försenad, order {O(40)}",
    f"<p>Hej,</p><p>ryggsäcken från order {O(40)} skickas 2026-12-14.</p>"
    "<p><img src=\"https://www.vandringsbolaget.se/produkter/ryggsack-40l-gron.jpg\" alt=\"Din ryggsäck 40 liter grön\" width=\"320\"></p><p>Vandringsbolaget</p>",
    ["BSM310"], "Photo of the purchased product.")

m(41, "delivery-delay", "html", f"Försening – {O(41)}",
    f"<p>God jul!</p><p>Order {O(41)} skickas tyvärr först 2026-12-19.</p>"
    "<p><img src=\"https://www.presentboden.se/bilder/julgran-snö.jpg\" alt=\"Julgran i snö\" width=\"300\"></p><p>Presentboden</p>",
    ["BSM311"], "Unrelated stock image (Christmas tree).")

m(42, "review-request", "html", f"Recension av order {O(42)}",
    "<p><img src=\"https://www.tvalfabriken.se/tvalfabriken-logo.png\" width=\"150\"></p>"
    f"<p>Hej,</p><p>har du hunnit prova tvålarna från order {O(42)}? Skriv gärna en recension på Amazon.</p><p>Tvålfabriken</p>",
    ["BSM402"], "Shop logo without alt.")

m(43, "delivery-scheduling", "text", f"Leveranstid {O(43)}", t(
    "Hej!",
    f"Kylskåpet i order {O(43)} kan levereras onsdag kl. 8–12 eller fredag kl. 13–17. Vad passar? 👍",
    "Vitvaruexperten"), ["BSM403"], "Emoji.")

m(44, "additional-information", "text", f"Namn på tröjan – {O(44)}", t(
    "Hej,",
    f"vilket namn ska tryckas på tröjan i order {O(44)}? Max tio bokstäver ;-)",
    "Tryckeriet"), ["BSM403"], "Emoticon.")

m(45, "delivery-delay", "html", f"Ny leveransdag – {O(45)}",
    "<style>.rubrik{font-size:24px} .under{font-size:18px} .text{font-size:14px} .fot{font-size:10px}</style>"
    f"<p class=\"rubrik\">Försenad leverans</p><p class=\"under\">Order {O(45)}</p><p class=\"text\">Hej! Dina kakelplattor skickas 2026-12-17 i stället för 2026-12-10.</p><p class=\"fot\">Kakelhuset AB</p>",
    ["BSM410"], "Four explicit font sizes in a style block.")

m(46, "home-service-appointment", "html", f"Installationstid {O(46)}",
    f"<p>Hej,</p><p>vi kan installera spisen i order {O(46)} den 15 december kl. 9–11.</p><br><br><br><br><p>Passar det?</p><p>Hälsningar<br>Installationspartner Syd</p>",
    ["BSM412"], "A run of four <br> in HTML.")

m(47, "invoice", "text", f"[Viktigt] Faktura order {O(47)}", t(
    "Hej,",
    f"här kommer faktura nr 2026/12/1177 för order {O(47)}, bifogad som pdf.",
    "Hälsningar\nPappershandeln i Visby AB, Org.nr 556744-1203"), ["BSM110"], "[Viktigt] on an invoice.")

m(48, "reply", "html", f"Sv: Reservdelar {O(48)}",
    f"<p>Hej,</p><p>reservdelar till mixern i order {O(48)} finns på Amazon. <a href=\"https://www.amazon.se/s?k=mixer+reservdelar\">Läs mer</a></p><p>Hälsningar<br>Köksprylar.nu</p>",
    ["BSM401"], "Non-descriptive link text 'Läs mer'.")

m(49, "delivery-delay", "html", f"Leveransen är försenad – {O(49)}",
    "<p style=\"font-family: Georgia, serif; line-height: 1.7; color: #4a4a4a; text-align: center;\">"
    f"Hej! Ljuslyktorna i order {O(49)} skickas 2026-12-16 i stället för 2026-12-09. Vi ber om ursäkt.<br>Hälsningar, Lyktbolaget</p>",
    ["BSM407", "BSM408", "BSM409", "BSM411"], "Builder styles: font-family, line-height, colour, centring.")

m(50, "review-request", "html", f"Recension av order {O(50)}",
    "<p><a href=\"https://www.fjallgetter.se\"><img src=\"https://www.fjallgetter.se/logo-fjallgetter.png\" alt=\"Fjällgetter logotyp\" width=\"150\"></a></p>"
    f"<p>Hej,</p><p>skriv gärna en recension på Amazon om mössan från order {O(50)}, vare sig du är nöjd eller inte.</p><p>Fjällgetter</p>",
    ["BSM302", "BSM304"], "Logo linked to the seller's website.")
