"""v15 blind evaluation set: Swedish (sv-SE)."""
import textwrap

_ORD = [
    "467-%07d-%07d" % ((5093817 + i * 262139) % 10000000, (1748203 + i * 917503) % 10000000)
    for i in range(50)
]


def _t(s):
    return textwrap.dedent(s).strip("\n")


MESSAGES = []


def _m(n, typ, fmt, subject, body, expected, note):
    o = _ORD[n - 1]
    MESSAGES.append({
        "id": "v15-sv-%03d" % n, "language": "sv", "locale": "sv-SE", "type": typ,
        "format": fmt, "subject": subject.replace("{o}", o), "body": _t(body).replace("{o}", o),
        "order_id": o, "expected": sorted(expected), "note": note,
    })


# ---------------- clean ----------------
_m(1, "delivery-delay", "text", "Försenad leverans, order {o}", """
    Hej Lena!

    Vi vill bara säga till att din beställning {o} (ullfilt i färgen ljung, 130 x 170 cm) blir några dagar sen. Väveriet i Borås har haft ett maskinstopp, så vi räknar med att skicka filten tisdag 15 december 2026 i stället för den 9:e.

    Förlåt dröjsmålet. Passar inte det nya datumet är det bara att svara på meddelandet.

    Vänliga hälsningar
    Karin Lundqvist
    Ullboden i Sjuhärad
""", [], "Plain-text delivery delay with a new Swedish-format date.")

_m(2, "delivery-delay", "html", "Ny leveranstid för order {o}", """
    <p>Hej,</p>
    <p>Din order <strong>{o}</strong> tar lite längre tid än utlovat. Glasyren på serveringsfatet behöver brännas en gång till innan vi kan packa det.</p>
    <table>
      <tr><td>Vara</td><td>Serveringsfat Hav, 36 cm</td></tr>
      <tr><td>Tidigare beräknat skick</td><td>2026-12-08</td></tr>
      <tr><td>Nytt beräknat skick</td><td>2026-12-14</td></tr>
    </table>
    <p>Vi ber om ursäkt för väntan.</p>
    <p>Med vänlig hälsning<br>Elin Sandberg<br>Keramikverkstan Lera &amp; Eld</p>
""", [], "HTML delivery delay with a plain table and ISO dates.")

_m(3, "order-problem", "text", "[Viktigt] Order {o}: en vara kan inte skickas", """
    Hej Johan,

    Tyvärr kan vi inte skicka cykellampan Ljusstark 800 i din order {o}. Sista exemplaret visade sig vara skadat vid packningen och leverantören har slut.

    Vi har därför justerat orderbeloppet med 349 kr (orsak: vara saknas i lager). Styret och ringklockan skickas som vanligt, och mellanskillnaden återbetalas automatiskt av Amazon.

    Ledsen för strulet!
    Mvh Andreas, Trampa Cykeldelar
""", [], "Order problem with the amount adjusted; [Viktigt] allowed on this critical type.")

_m(4, "additional-information", "html", "Vi behöver en uppgift för order {o}", """
    <p>Hej!</p>
    <p>Tack för din beställning av namnskylten till hundgården (order {o}). I beställningen saknas hundens namn, så vi kan inte börja gravera än.</p>
    <p>Svara gärna med namnet precis som det ska stå, max 12 tecken.</p>
    <p>Hälsningar<br>Sara på Graverat i Gävle</p>
""", [], "HTML request for information needed to complete a custom order.")

_m(5, "return-follow-up", "text", "Angående din retur – {o}", """
    Hej Maria,

    Vi har sett din returanmälan för ryggsäcken i order {o} (en söm har släppt vid axelremmen). Vill du hellre behålla den kan vi erbjuda en delåterbetalning på 250 kr, så slipper du skicka tillbaka den. Annars gäller full återbetalning när vi fått tillbaka ryggsäcken.

    Säg bara till vilket du föredrar.

    Vänligen
    Petra Holm, kundtjänst
    Fjällsöm AB
""", [], "Return follow-up offering a partial refund as an option.")

_m(6, "return-follow-up", "text", "Fråga om returen av order {o}", """
    Hej,

    För att kunna slutföra returen av kaffekvarnen (order {o}) behöver vi veta om den är oanvänd i obruten förpackning eller om den har använts. Det avgör om returen går till lagret eller till tillverkarens verkstad.

    Tack på förhand!
    Oskar, Bönor & Bryggare
""", [], "Return follow-up asking for information needed to complete it.")

_m(7, "invoice", "html", "Faktura för order {o}", """
    <p>Hej,</p>
    <p>Här kommer fakturan för din order {o}. Fakturan är bifogad som PDF.</p>
    <table>
      <tr><td>Fakturanummer</td><td>F/2026/12/0583</td></tr>
      <tr><td>Belopp inkl. moms</td><td>2 495,00 kr (varav moms 25 %: 499,00 kr)</td></tr>
      <tr><td>Fakturadatum</td><td>2026-12-07</td></tr>
    </table>
    <p>Bilaga: faktura_F-2026-12-0583.pdf</p>
    <p><small>Norrsnickarn AB, Storgatan 14, 903 26 Umeå<br>Org.nr 556812-4093, Momsreg.nr SE556812409301<br>Innehar F-skattsedel</small></p>
""", [], "Invoice with Org.nr, Momsreg.nr and a slashed invoice number.")

_m(8, "review-request", "text", "Hur blev det med brödkorgen? Order {o}", """
    Hej Annika,

    Det har gått en dryg vecka sedan brödkorgen i order {o} kom fram. Om du har tid får du gärna skriva ett omdöme om den på Amazon – vad du än tycker. Det hjälper andra köpare, och oss i verkstaden.

    Många hälsningar
    Britt och Gösta, Näverslöjd i Dalarna
""", [], "Neutral review request in plain text from a small workshop.")

_m(9, "review-request", "html", "Ditt omdöme om order {o}", """
    <p><img src="https://static.trampa.se/mail/trampa-cykeldelar-logo.png" alt="Trampa Cykeldelar" width="180"></p>
    <p>Hej,</p>
    <p>Vi hoppas att pakethållaren från order {o} sitter som den ska. Vi blir glada för ett ärligt omdöme, oavsett om det är positivt eller negativt.</p>
    <p><a href="https://www.amazon.se/review/review-your-purchases">Skriv ett omdöme om pakethållaren på Amazon.se</a></p>
    <p>Hälsningar från oss på Trampa</p>
""", [], "HTML review request with the shop logo (alt is the shop name) and a descriptive Amazon link.")

_m(10, "delivery-scheduling", "html", "Boka leverans av din soffa – order {o}", """
    <p>Hej Mikael,</p>
    <p>Soffan i order {o} är skrymmande (ca 95 kg) och levereras av vårt budföretag med två personer. Vi har följande tider lediga:</p>
    <ul>
      <li>onsdag 16 december 2026, kl. 07.00–11.00</li>
      <li>torsdag 17 december 2026, kl. 12.00–16.00</li>
      <li>lördag 19 december 2026, kl. 09.00–13.00</li>
    </ul>
    <p>Svara med den tid som passar och om det finns hiss i huset.</p>
    <p>Vänliga hälsningar<br>Leveransplanering, Sova Gott Möbler</p>
""", [], "Scheduling a bulky delivery with Swedish time slots.")

_m(11, "home-service-appointment", "text", "Tid för installation av diskmaskin, order {o}", """
    Hej!

    Till order {o} har du beställt installation av diskmaskinen. Vår installatör Ahmed kan komma

    måndag 14/12 mellan kl. 08.00 och 10.00, eller
    fredag 18/12 mellan kl. 13.00 och 15.00.

    Svara vilken tid som passar dig. Installationen tar ungefär en timme och vattnet behöver stängas av under tiden.

    Hälsningar
    VitvaruService Väst
""", [], "Home-service appointment with two time windows.")

_m(12, "custom-design-verification", "html", "Korrektur för godkännande – order {o}", """
    <p>Hej Ingrid,</p>
    <p>Bifogat finns korrekturet för det broderade dopbandet i order {o}: texten "Alva 2026-11-21", typsnitt skrivstil, guldtråd på vitt band.</p>
    <p>Titta gärna extra noga på datumet. Svara "godkänt" så börjar vi brodera, eller skriv vad som ska ändras.</p>
    <p>Bilaga: korrektur_dopband_alva.pdf</p>
    <p>Vänligen<br>Stina, Broderiboden</p>
""", [], "Design proof sent for approval before production.")

_m(13, "fulfillment-question", "text", "Portkod behövs – order {o}", """
    Hej,

    Budet med paketet till order {o} (kolli-ID 373325381234567890, vårt ärendenummer 2026-4471) kom inte in i porten på Hornsgatan 61 i går.

    Kan du svara med portkoden, eller ange om paketet kan lämnas hos grannen? Vi skickar uppgiften vidare till budet före nästa leveransförsök.

    Tack!
    Jonas, Bönor & Bryggare
""", [], "Door-code question with a parcel ID and case number that are not phone numbers.")

_m(14, "reply", "text", "Sv: Fråga om order {o}", """
    Hej!

    Ja, "Nordic Winter Candle Set – Pine & Cedar" i din order {o} innehåller tre ljus med en brinntid på cirka 40 timmar vardera. De är gjorda av rapsvax och fungerar fint i ljuskronan du nämnde.

    Hälsningar
    Ljusstöperiet i Mora
""", [], "Reply quoting an English product title inside Swedish sentences.")

_m(15, "reply", "html", "Sv: Robotdammsugaren laddar inte – {o}", """
    <p>Hej Fredrik,</p>
    <p>Tråkigt att robotdammsugaren från order {o} har slutat ladda. Den omfattas av tillverkarens tvååriga garanti, och garantiärenden hanteras direkt av tillverkaren.</p>
    <p>Tillverkarens garantilinje (CleanBot Nordic): 08-505 118 40, vardagar kl. 09.00–17.00. Ha serienumret från undersidan till hands.</p>
    <p>Hör av dig till oss om det inte löser sig.</p>
    <p>Mvh<br>Hanna Ek<br>Hemma Teknik</p>
""", [], "Reply with the manufacturer's warranty line, marked as such.")

_m(16, "reply", "text", "Sv: Kvitto till företaget, order {o}", """
    Hej,

    Självklart kan vi ställa ut fakturan för order {o} på ditt företag. Skicka företagsnamn och organisationsnummer som svar här, så kommer den inom två arbetsdagar.

    Med vänlig hälsning
    Linnea Berg
    Kundansvarig

    Pappersbruket Skriv & Rit AB
    Kungsgatan 8, 411 19 Göteborg
    Org.nr 559034-7712 | Momsreg.nr SE559034771201
    Styrelsens säte: Göteborg
""", [], "Reply with a company footer (Org.nr, Momsreg.nr, address).")

_m(17, "reply", "html", "Sv: Var är mitt paket? ({o})", """
    <p>Hej,</p>
    <p>Paketet i order {o} har kollinummer 00370726201234567891. Senaste skanning: 2026-12-07 kl. 13.48 på terminalen i Jönköping, och leverans väntas 2026-12-08 före kl. 17.00.</p>
    <p>Din retur av mössan har returnummer R-2026-0912; 199,00 kr betalas tillbaka inom 3–5 bankdagar efter att vi tagit emot den.</p>
    <p>Hälsningar<br>Ullboden i Sjuhärad</p>
""", [], "Reply with tracking and return numbers, dates, times and amounts.")

# ---------------- violations ----------------
_m(18, "fulfillment-question", "text", "Nu är ditt paket på väg! Order {o}", """
    Hej!

    Din order {o} har lämnat vårt lager i Eskilstuna i dag och är överlämnad till PostNord. Räkna med leverans inom 1–3 vardagar.

    Hälsningar
    Hemma Teknik
""", ["BSM201"], "Shipping confirmation: left the warehouse, handed to the carrier.")

_m(19, "fulfillment-question", "text", "Vi har tagit emot din beställning {o}", """
    Hej Emma,

    Stort tack – vi har fått din beställning {o} och håller redan på att plocka ihop den. Du hör av oss igen när den är klar.

    Kram från oss på Tepotten
""", ["BSM201"], "Order received and being prepared.")

_m(20, "fulfillment-question", "html", "Tack! (order {o})", """
    <p>Hej,</p>
    <p>Tusen tack för att du handlade hos oss, order {o}. Vi uppskattar det verkligen!</p>
    <p>Hälsningar<br>Näverslöjd i Dalarna</p>
""", ["BSM202"], "Thanks-only message in HTML.")

_m(21, "fulfillment-question", "text", "Order {o}", """
    Hej,

    Om något skulle krångla med order {o} finns vi här. Det är bara att höra av sig.

    Mvh
    Fjällsöm AB
""", ["BSM202"], "Only an offer to help if a problem comes up.")

_m(22, "additional-information", "text", "Storlek på handskar – order {o}", """
    Hej,

    I order {o} har du valt handskar utan storlek. Vilken storlek vill du ha, S, M eller L?

    Tack!
    Fjällsöm AB

    P.S. Just nu är hela sortimentet 20 % billigare i vår butik – passa på före jul!
""", ["BSM203"], "Permitted question with a P.S. promoting 20% off everything.")

_m(23, "review-request", "html", "Vad tyckte du? Order {o}", """
    <p>Hej!</p>
    <p>Hoppas teet i order {o} har smakat. Skriv gärna ett omdöme om det på Amazon.</p>
    <p>Och glöm inte att följa oss på Instagram och Facebook – där visar vi vår nya vinterkollektion först, och i vårt nyhetsbrev får du alla nyheter.</p>
    <p>Hälsningar<br>Tepotten</p>
""", ["BSM203"], "Follow us, new collection and newsletter in a review request.")

_m(24, "review-request", "text", "En liten tjänst, order {o}", """
    Hej Per,

    Skulle du vilja skriva ett omdöme om yxan i order {o}? Så fort det är publicerat skickar vi ett litet tack i form av ett slipstål, helt gratis.

    Hälsningar
    Smedjan i Gränsfors by
""", ["BSM204"], "Free item promised once the review is published.")

_m(25, "review-request", "html", "Pengarna tillbaka för ditt omdöme – {o}", """
    <p>Hej,</p>
    <p>Skriv en recension av hörlurarna i order {o}, så återbetalar vi hela köpesumman när recensionen ligger ute på Amazon.</p>
    <p>Mvh<br>Ljudbutiken Nord</p>
""", ["BSM204"], "Full refund once the review is online.")

_m(26, "reply", "text", "Sv: Locket på kannan, order {o}", """
    Hej Gunilla,

    Skönt att locket till kannan i order {o} satt fast igen när du vred på det. När allt nu är ordnat, skulle du kunna ändra eller ta bort ditt omdöme med en stjärna? Det betyder mycket för en liten verkstad som vår.

    Hälsningar
    Elin, Keramikverkstan Lera & Eld
""", ["BSM205"], "Asks to change or remove a one-star review.")

_m(27, "review-request", "text", "Nöjd med lampan? Order {o}", """
    Hej,

    Är du nöjd med taklampan i order {o}? Då blir vi jätteglada för ett omdöme på Amazon. Är du inte nöjd, hör av dig till oss i stället för att skriva en recension, så löser vi det.

    Hälsningar
    Lampverket Sundsvall
""", ["BSM206"], "Review only if satisfied; unhappy buyers steered away from reviewing.")

_m(28, "review-request", "text", "Fem stjärnor? Order {o}", """
    Hej!

    Vi hoppas att kaffet i order {o} smakar. Ge oss gärna fem stjärnor på Amazon – det hjälper ett litet rosteri enormt.

    Hälsningar
    Bönor & Bryggare
""", ["BSM206"], "Asks for a five-star rating.")

_m(29, "order-problem", "html", "Slut i lager – order {o}", """
    <p>Hej,</p>
    <p>Tyvärr har bordslampan i din order {o} tagit slut, så den kan vi inte skicka. Vi har justerat orderbeloppet med 895 kr (orsak: slut i lager). Eftersom bara glödlampan återstår i ordern är det nog smidigast att du själv avbryter hela ordern under Dina beställningar på Amazon.</p>
    <p>Ursäkta besväret!<br>Lampverket Sundsvall</p>
""", ["BSM108"], "Amount adjusted for the sold-out lamp, but advises the buyer to cancel the order himself.")

_m(30, "order-problem", "text", "Angående order {o}", """
    Hej,

    Vinterjackan i order {o} finns tyvärr inte längre hos vår leverantör. Vi skulle uppskatta om du kunde begära en annullering av ordern.

    Vänliga hälsningar
    Fjällsöm AB
""", ["BSM107", "BSM108"], "Order problem asking for a cancellation request, no adjustment confirmed.")

_m(31, "delivery-delay", "text", "Förskjuten leverans, order {o}", """
    Hej,

    Order {o} skickas två dagar senare än planerat, torsdag 17 december.

    Hälsningar
    Tepotten

    Vill du inte få fler meddelanden från oss? Svara STOPP så avregistrerar vi dig.
""", ["BSM305"], "Opt-out instruction (reply STOPP).")

_m(32, "reply", "text", "Sv: Var är min beställning? {o}", """
    Hej,

    Den jävla budfirman har tappat bort paketet igen, de skiter i vad vi säger till dem. Vi har återbetalat hela beloppet för order {o}.

    Mvh
    Smedjan i Gränsfors by
""", ["BSM306"], "Swedish profanity about the carrier.")

_m(33, "delivery-delay", "text", "Lieferverzögerung – Bestellung {o}", """
    Hallo,

    leider verzögert sich der Versand Ihrer Bestellung {o} um drei Tage. Wir versenden am 16.12.2026.

    Mit freundlichen Grüßen
    Sova Gott Möbler
""", ["BSM104"], "Message entirely in German for an sv-SE buyer.")

_m(34, "reply", "text", "Sv: Storleksbyte order {o}", """
    Hej,

    Smidigast är att du ringer mig om bytet i order {o}, 070-412 83 56, så fixar vi det direkt.

    Hälsningar
    Petra, Fjällsöm AB
""", ["BSM309"], "Swedish mobile number in national format.")

_m(35, "delivery-scheduling", "text", "Leveranstid för order {o}", """
    Hej,

    För att boka leveransen av garderoben i order {o}, ring vår transportplanerare på +46 31 712 45 90 (vardagar 08–16).

    Hälsningar
    Sova Gott Möbler
""", ["BSM309"], "Phone number in international format.")

_m(36, "reply", "text", "Sv: Bilder på skadan – {o}", """
    Hej,

    Skicka gärna bilder på skadan i order {o} direkt till reklamation@leraocheld.se så kan vi titta på dem i dag.

    Hälsningar
    Keramikverkstan Lera & Eld
""", ["BSM308"], "Plain e-mail address in the text.")

_m(37, "custom-design-verification", "text", "Motiv till graveringen – {o}", """
    Hej,

    Bilden du vill ha graverad på skärbrädan i order {o} blir för liten här i Amazon. Skicka den i stället till order snabel-a graveratigavle punkt se.

    Hälsningar
    Sara, Graverat i Gävle
""", ["BSM308"], "Obfuscated e-mail address written with 'snabel-a' and 'punkt'.")

_m(38, "reply", "html", "Sv: Skötselråd för yxan – {o}", """
    <p>Hej,</p>
    <p>Yxan i order {o} mår bäst av att oljas in med linolja några gånger om året. Vi har samlat alla tips i vår <a href="https://www.smedjangransfors.se/skotselrad">skötselguide för yxor på vår webbplats</a>.</p>
    <p>Hälsningar<br>Smedjan i Gränsfors by</p>
""", ["BSM302"], "https link with descriptive text to the seller's own site.")

_m(39, "reply", "html", "Sv: Bruksanvisning, order {o}", """
    <p>Hej,</p>
    <p>Bruksanvisningen till kaffekvarnen i order {o} finns som PDF på <a href="http://www.amazon.se/dp/B0C9QX7LMA">produktsidan för kaffekvarnen på Amazon.se</a>.</p>
    <p>Hälsningar<br>Bönor &amp; Bryggare</p>
""", ["BSM301"], "Amazon link over plain http.")

_m(40, "delivery-delay", "html", "Lite längre väntan – order {o}", """
    <p>Hej,</p>
    <p>Ullfilten i order {o} skickas måndag 14 december 2026 i stället för i dag.</p>
    <p><img src="https://static.ullboden.se/produkter/ullfilt-ljung-130x170.jpg" alt="Ullfilten i färgen ljung som du har beställt" width="320"></p>
    <p>Vänliga hälsningar<br>Ullboden i Sjuhärad</p>
""", ["BSM310"], "Photo of the purchased blanket.")

_m(41, "delivery-delay", "html", "Sommarvärme i vintermörkret – order {o}", """
    <p>Hej,</p>
    <p>Order {o} blir tyvärr två dagar sen och skickas fredag 11 december.</p>
    <p><img src="https://static.tepotten.se/mail/sandstrand-solnedgang.jpg" alt="Sandstrand i solnedgång" width="400"></p>
    <p>Hälsningar<br>Tepotten</p>
""", ["BSM311"], "Stock beach image unrelated to the shop.")

_m(42, "additional-information", "html", "Ringstorlek saknas – order {o}", """
    <p><img src="https://static.guldsmedjan.se/mail/guldsmedjan-logo.png" width="150"></p>
    <p>Hej,</p>
    <p>För att kunna smida ringen i order {o} behöver vi din ringstorlek (innerdiameter i mm). Svara gärna här.</p>
    <p>Hälsningar<br>Guldsmedjan i Visby</p>
""", ["BSM402"], "Shop logo without an alt attribute.")

_m(43, "delivery-delay", "text", "Liten försening – {o}", """
    Hej!

    Order {o} skickas på måndag i stället för fredag 🙈 Tack för ditt tålamod 💛

    Tepotten
""", ["BSM403"], "Emoji in a delay notice.")

_m(44, "reply", "text", "Sv: Garnfärg order {o}", """
    Hej,

    Garnet i order {o} är färgbad 4412, så du kan beställa fler nystan som matchar ;-)

    Hälsningar
    Ullboden i Sjuhärad
""", ["BSM403"], "Text emoticon ';-)'.")

_m(45, "delivery-delay", "html", "Försening order {o}", """
    <style>
      body { font-size: 15px; }
      .rubrik { font-size: 24px; }
      .ingress { font-size: 18px; }
      .liten { font-size: 10px; }
    </style>
    <p class="rubrik">Ny leveranstid</p>
    <p class="ingress">Order {o} skickas 2026-12-15.</p>
    <p>Vi ber om ursäkt för förseningen.</p>
    <p class="liten">Lampverket Sundsvall</p>
""", ["BSM410"], "Four explicit font sizes in a style block.")

_m(46, "additional-information", "html", "Leveransadress – order {o}", """
    <p>Hej,</p>
    <p>Adressen i order {o} saknar lägenhetsnummer. Kan du svara med det?<br><br><br><br>Tack på förhand!<br><br><br>Sova Gott Möbler</p>
""", ["BSM412"], "Runs of three and four <br> in a row.")

_m(47, "invoice", "text", "[Viktigt] Faktura order {o}", """
    Hej,

    Bifogat finns fakturan F/2026/12/0611 för order {o}.

    Bilaga: faktura_F-2026-12-0611.pdf

    Hälsningar
    Norrsnickarn AB
""", ["BSM110"], "[Viktigt] tag on a non-critical invoice message.")

_m(48, "reply", "html", "Sv: Mått på hyllan – {o}", """
    <p>Hej,</p>
    <p>Måtten på vägghyllan i order {o} står i produktbeskrivningen. <a href="https://www.amazon.se/dp/B0D1HR5KQW">Läs mer</a></p>
    <p>Hälsningar<br>Norrsnickarn</p>
""", ["BSM401"], "Non-descriptive link text 'Läs mer'.")

# ---------------- varying ----------------
_m(49, "delivery-delay", "html", "Order {o} – ny leveransdag", """
    <div style="padding: 0 140px;">
      <p>Hej,</p>
      <p>Din order {o} skickas onsdag 16 december 2026 i stället för måndag. Vi ber om ursäkt.</p>
      <p>Hälsningar<br>Keramikverkstan Lera &amp; Eld</p>
    </div>
""", ["BSM405"], "Wrapper with 140 px padding on each side.")

_m(50, "review-request", "html", "Berätta vad du tycker – order {o}", """
    <p><a href="https://www.ljusstoperietmora.se"><img src="https://www.ljusstoperietmora.se/bilder/ljusstoperiet-logo.png" alt="Ljusstöperiet i Mora" width="170"></a></p>
    <p>Hej,</p>
    <p>Vi skulle uppskatta ett omdöme om ljusen i order {o} på Amazon, vad du än tycker om dem.</p>
    <p>Hälsningar<br>Ljusstöperiet i Mora</p>
""", ["BSM302", "BSM304"], "Shop logo linked to the seller's website.")
