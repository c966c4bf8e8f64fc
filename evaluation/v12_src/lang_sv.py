# -*- coding: utf-8 -*-
"""v12 blind evaluation set: Swedish (sv-SE)."""

LANG = "sv"
LOC = "sv-SE"


def oid(n):
    mid = (n * 2345679 + 1112223) % 9000000 + 1000000
    end = (n * 3141593 + 2718281) % 9000000 + 1000000
    return "437-%07d-%07d" % (mid, end)


MESSAGES = []


def M(n, typ, fmt, subject, body, expected, note, order=None):
    MESSAGES.append({
        "id": "v12-sv-%03d" % n,
        "language": LANG,
        "locale": LOC,
        "type": typ,
        "format": fmt,
        "subject": subject,
        "body": body,
        "order_id": order or oid(n),
        "expected": sorted(expected),
        "note": note,
    })


O = {n: oid(n) for n in range(1, 51)}

# ---------------------------------------------------------------- clean (17)
M(1, "delivery-delay", "text",
  f"Din beställning {O[1]} skickas lite senare",
  "Hej Elin,\n\n"
  f"vi ville höra av oss om beställning {O[1]}, ullfiltarna i färgen ljung. Vävstugan i Dalarna "
  "ligger efter med den här omgången, så filtarna lämnar oss först torsdag 17 december i stället "
  "för den 10:e som det stod i annonsen.\n\n"
  "Förlåt dröjsmålet. Hör gärna av dig om du undrar något kring det nya datumet.\n\n"
  "Varma hälsningar\nSara Lindqvist\nUllboden i Leksand",
  [], "Plain-text delay with a new dispatch date, clean.")

M(2, "delivery-delay", "html",
  f"Försenad leverans – order {O[2]}",
  "<table><tr><td>"
  "<p>Hej Johan!</p>"
  f"<p>Cykelhjälmen du beställt (order <b>{O[2]}</b>) har tyvärr fastnat i tullen hos vår leverantör. "
  "Vi räknar nu med att kunna skicka den <b>måndag 2026-12-14</b>.</p>"
  "<p>Ledsen för strulet – vi meddelar dig om något ändras igen.</p>"
  "<p>Mvh<br>Niklas Berg<br>Cykelverkstan Söder<br><small>Stockholm</small></p>"
  "</td></tr></table>",
  [], "Builder HTML table with a later ship date, no styling, clean.")

M(3, "order-problem", "text",
  f"[Viktigt] Order {O[3]} kan inte levereras",
  "Hej,\n\n"
  f"tyvärr kan vi inte skicka espressokoppen från order {O[3]}. Den sista kartongen gick sönder i vårt "
  "lager och tillverkaren har slutat med modellen.\n\n"
  "Vi har därför justerat ordersumman till 0 kr med orsaken att varan inte finns i lager. "
  "Hela beloppet, 289 kr, återförs till ditt betalsätt inom några bankdagar.\n\n"
  "Vi beklagar verkligen.\n\n"
  "Hälsningar\nKundtjänst, Kaffehörnan Malmö",
  [], "Order problem confirming the amount was adjusted for no stock, [Viktigt] allowed.")

M(4, "additional-information", "text",
  f"Vilken storlek på lakanet? Order {O[4]}",
  "Hej Maria,\n\n"
  f"i order {O[4]} valde du dra-på-lakan i percale men ingen storlek angavs i beställningen "
  "(vi syr 90, 120, 140 och 160 cm). Vilken bredd ska vi sy upp?\n\n"
  "Svara bara på det här meddelandet så sätter vi igång.\n\n"
  "Tack på förhand!\nLinnea på Sömnad & Sånt",
  [], "Asks for missing size needed to complete the order, clean.")

M(5, "return-follow-up", "text",
  f"Angående din retur – {O[5]}",
  "Hej Peter,\n\n"
  f"tack för bilderna på skrivbordslampan från order {O[5]}. Vi ser repan på foten, men lampan "
  "fungerar som den ska.\n\n"
  "Vill du behålla lampan kan vi i stället för retur betala tillbaka 150 kr av köpesumman. "
  "Föredrar du att skicka tillbaka den går det också bra – säg bara vilket alternativ du väljer.\n\n"
  "Med vänlig hälsning\nAnders Holm\nLjusverket Nordic",
  [], "Return follow-up offering a partial refund, clean.")

M(6, "return-follow-up", "text",
  f"Fråga om returen av order {O[6]}",
  "Hej!\n\n"
  f"Du har anmält retur av en jacka från order {O[6]}, men ordern innehöll två jackor i olika "
  "storlekar (M och L). För att vi ska kunna slutföra returen: vilken av dem skickar du tillbaka, "
  "och finns prislappen kvar?\n\n"
  "Tack!\nFjällrock Outlet",
  [], "Return follow-up asking which item is returned, clean.")

M(7, "invoice", "text",
  f"Faktura 2026/12/0931 för order {O[7]}",
  "Hej,\n\n"
  f"här kommer fakturan 2026/12/0931 för order {O[7]} som bifogad PDF. Totalt 3 745,00 kr "
  "inkl. moms 25 % (749,00 kr).\n\n"
  "Vänliga hälsningar\nEkonomiavdelningen\n"
  "Nordvik Kontorsmöbler AB\nStorgatan 12, 411 38 Göteborg\n"
  "Org.nr 556812-4471 · Momsreg.nr SE556812447101 · Godkänd för F-skatt",
  [], "Invoice with Org.nr and VAT number and slashed invoice number, clean.")

M(8, "review-request", "text",
  f"Hur blev grytan? (order {O[8]})",
  "Hej Karin,\n\n"
  f"gjutjärnsgrytan från order {O[8]} har varit hemma hos dig en vecka nu. Om du har tid över skulle "
  "vi uppskatta en produktrecension på Amazon – beröm eller kritik, skriv som du tycker. Det hjälper "
  "andra som funderar på samma gryta.\n\n"
  "Hälsningar\nMagnus, Järnköket",
  [], "Neutral plain-text review request, clean.")

M(9, "review-request", "html",
  f"Berätta gärna vad du tycker – order {O[9]}",
  '<p><img src="https://media.tvalfabriken-gotland.se/mail/tvalfabriken-logo.png" '
  'alt="Tvålfabriken på Gotland" width="170" height="55"></p>'
  "<p>Hej!</p>"
  f"<p>Nu har tvålarna från order {O[9]} hunnit komma fram. Vi blir glada om du vill dela din upplevelse "
  "av dem i en recension, oavsett vad du tycker.</p>"
  '<p><a href="https://www.amazon.se/review/review-your-purchases">Skriv en recension av ditt köp på Amazon.se</a></p>'
  "<p>Hälsningar från Visby<br>Tvålfabriken på Gotland</p>",
  [], "HTML review request with shop logo and descriptive https Amazon link, clean.")

M(10, "delivery-scheduling", "text",
  f"Bokning av leverans – diskmaskin, order {O[10]}",
  "Hej Lars,\n\n"
  f"diskmaskinen i order {O[10]} väger 52 kg och levereras av budfirma med inbärning. Följande tider "
  "finns lediga:\n\n"
  "tisdag 15/12 kl. 07.00–12.00\n"
  "onsdag 16/12 kl. 12.00–17.00\n"
  "fredag 18/12 kl. 17.00–21.00\n\n"
  "Svara med den tid som passar dig, och berätta gärna om det finns hiss eller trappor.\n\n"
  "Mvh\nEmma Sjöberg\nVitvaruLagret",
  [], "Scheduling a heavy-item delivery with Swedish date/time slots, clean.")

M(11, "home-service-appointment", "text",
  f"Tid för installation av laddbox – order {O[11]}",
  "Hej,\n\n"
  f"du har beställt installation av laddbox tillsammans med order {O[11]}. Vår elektriker kan komma "
  "antingen måndag 21 december kl. 08.00–10.00 eller tisdag 22 december kl. 13.00–15.00.\n\n"
  "Vilken tid passar bäst? Bekräfta också gärna att elcentralen sitter i garaget, så tar han med rätt "
  "material.\n\n"
  "Hälsningar\nLaddaHemma Installation",
  [], "Home-service appointment with two time windows, clean.")

M(12, "custom-design-verification", "text",
  f"Korrektur på din gravyr – order {O[12]}",
  "Hej Ingrid,\n\n"
  f"i bilagan hittar du korrekturet för skärbrädan i order {O[12]}: texten ”Mormors kök sedan 1962”, "
  "en liten kvist lingon under och versaler i antikva.\n\n"
  "Titta gärna igenom stavning och placering. Ser allt bra ut räcker det att svara ”godkänt”, annars "
  "skriver du vad vi ska ändra. Vi graverar inget förrän du har godkänt.\n\n"
  "Hälsningar från verkstaden\nOskar\nTräslöjd i Småland",
  [], "Design proof awaiting approval, clean.")

M(13, "fulfillment-question", "text",
  f"Portkod behövs – order {O[13]}, ref. SE-44718",
  "Hej!\n\n"
  f"Innan vi lämnar över order {O[13]} till transportören behöver vi portkoden till Vasagatan 9 i "
  "Uppsala. Chauffören kom inte in vid en tidigare leverans till adressen (ärende 2026-12-03/117, vår ref. SE-44718).\n\n"
  "Skicka koden i ett svar här, så används den bara för den här leveransen.\n\n"
  "Vänliga hälsningar\nLogistik, Trädgårdsbutiken Ros & Rabatt",
  [], "Door code question with reference numbers, clean.")

M(14, "reply", "text",
  f"Sv: Passar filten för barn? ({O[14]})",
  "Hej Sofia,\n\n"
  "bra fråga! ”Deutsche Schlafwelt Tagesdecke Premium” är 220 × 240 cm och tänkt som överkast till "
  "dubbelsäng, så för en barnsäng blir den alldeles för stor. Vill du byta varan i order "
  f"{O[14]} mot vår 150 × 200-variant ordnar vi det gärna – skriv bara till oss.\n\n"
  "Hälsningar\nPatrik\nSovrummet Sverige",
  [], "Reply quoting a German product title within Swedish sentences, clean.")

M(15, "reply", "text",
  f"Sv: Robotdammsugaren startar inte – {O[15]}",
  "Hej Mikael,\n\n"
  f"tråkigt att dammsugaren från order {O[15]} har slutat fungera. Den omfattas av tillverkarens "
  "garanti i två år, och garantiärenden hanteras direkt av tillverkarens service.\n\n"
  "Tillverkarens garantilinje (Cleanix Nordic): 08-522 184 00, vardagar kl. 09–16.\n\n"
  "Ha gärna serienumret från undersidan redo när du ringer.\n\n"
  "Vänliga hälsningar\nHemElektronik Väst",
  [], "Reply giving the manufacturer's warranty line, marked as such, clean.")

M(16, "reply", "text",
  f"Sv: Fråga om säljaren – order {O[16]}",
  "Hej Annika,\n\n"
  f"säljare för order {O[16]} är företaget nedan. Du kan få kvittot utställt på din förening – "
  "svara med föreningens namn och organisationsnummer så skickar vi ett nytt kvitto.\n\n"
  "Vänligen\nHelena Ek\nEkonomiansvarig\n\n"
  "Bokhyllan Förlag & Handel AB\nKungsgatan 44, 753 21 Uppsala\n"
  "Org.nr 559134-2287 · Momsreg.nr SE559134228701\n"
  "Styrelsens säte: Uppsala",
  [], "Reply with a Swedish company footer (Org.nr, Momsreg.nr), clean.")

M(17, "reply", "text",
  f"Sv: Återbetalning för {O[17]}?",
  "Hej,\n\n"
  f"returen för order {O[17]} (returnummer R-2026-5512) kom till vårt lager 2026-12-03 kl. 14.20, "
  "kollinummer 00370731234567891234. Vi kontrollerade varorna dagen efter och har gjort en "
  "återbetalning på 1 249,00 kr inklusive den ursprungliga frakten på 59 kr. Pengarna syns senast 10 december.\n\n"
  "Hälsningar\nKundservice, Löparbutiken",
  [], "Reply with return and parcel numbers, dates, times and amounts, clean.")

# ---------------------------------------------------------------- violations (31)
M(18, "fulfillment-question", "text",
  f"Nu är paketet på väg! ({O[18]})",
  "Hej!\n\n"
  f"Paketet med order {O[18]} har lämnat vårt lager i Borås och är överlämnat till PostNord. "
  "Räkna med leverans inom ett par dagar.\n\n"
  "Hälsningar\nStrumpklubben",
  ["BSM201"], "Shipment confirmation: left the warehouse, handed to the carrier.")

M(19, "fulfillment-question", "text",
  f"Vi har fått din order {O[19]}",
  "Hej Erik,\n\n"
  f"din beställning {O[19]} har kommit in till oss och vi håller just nu på att plocka ihop och packa den.\n\n"
  "Hälsningar\nKryddboden",
  ["BSM201"], "Order received and being packed.")

M(20, "fulfillment-question", "text",
  f"Ett stort tack – {O[20]}",
  "Hej!\n\n"
  f"Vi vill bara säga tack för att du handlade hos oss (order {O[20]}). Det värmer verkligen.\n\n"
  "Allt gott\nKeramikverkstaden Lera",
  ["BSM202"], "Thanks only.")

M(21, "fulfillment-question", "text",
  f"Vi finns här för dig – order {O[21]}",
  "Hej,\n\n"
  f"skulle något krångla med order {O[21]} är det bara att höra av sig, så hjälper vi till.\n\n"
  "Mvh\nFiskeboden",
  ["BSM202"], "Only an offer to help if something comes up.")

M(22, "delivery-delay", "text",
  f"Order {O[22]} blir några dagar sen",
  "Hej,\n\n"
  f"akvarellblocken i order {O[22]} skickas först 2026-12-11, eftersom papperet från bruket är försenat.\n\n"
  "Hälsningar\nAteljé Pensel\n\n"
  "P.S. Just nu är hela sortimentet 20 % billigare – ange koden VINTER20 nästa gång du handlar.",
  ["BSM203"], "Valid delay with a P.S. giving 20% off the whole range.")

M(23, "review-request", "text",
  f"Hur går det med ryggsäcken? ({O[23]})",
  "Tjena!\n\n"
  f"Hoppas ryggsäcken i order {O[23]} hänger med bra. Har du en stund får du gärna skriva en ärlig "
  "recension på Amazon.\n\n"
  "Och missa inte vårens nya kollektion – följ oss på Instagram och Facebook och prenumerera på vårt "
  "nyhetsbrev så får du veta först.\n\n"
  "Gänget på Packa Rätt",
  ["BSM203"], "Review request plus follow-us, newsletter and new-collection promotion.")

M(24, "review-request", "text",
  f"En liten överraskning – order {O[24]}",
  "Hej Lena,\n\n"
  f"vi vore tacksamma för en recension av doftljuset i order {O[24]}. När den är publicerad, "
  "skicka ett kort meddelande så skickar vi en liten gåva som tack.\n\n"
  "Hälsningar\nLjusstöperiet",
  ["BSM204"], "Small gift once the review is published.")

M(25, "review-request", "text",
  f"Få pengarna tillbaka – order {O[25]}",
  "Hej,\n\n"
  f"skriv en recension om hörlurarna från order {O[25]} – så fort den ligger ute betalar vi tillbaka "
  "hela köpesumman till dig. Hörlurarna behåller du såklart.\n\n"
  "Hälsningar\nLjudlådan",
  ["BSM204"], "Full refund as soon as the review is online.")

M(26, "reply", "text",
  f"Sv: Reklamation mixer {O[26]}",
  "Hej Birgitta,\n\n"
  f"nu när ersättningsmixern för order {O[26]} är ordnad hoppas vi att allt är löst. Skulle du då "
  "kunna höja ditt omdöme från en stjärna, eller ta bort det helt? Det speglar inte längre hur "
  "ärendet blev.\n\n"
  "Vänliga hälsningar\nKöksmaskinbutiken i Lund",
  ["BSM205"], "Asks to change or remove a one-star review.")

M(27, "review-request", "text",
  f"Nöjd med yogamattan? ({O[27]})",
  "Hej!\n\n"
  f"Är du nöjd med yogamattan från order {O[27]}? Då blir vi jätteglada för en recension på Amazon. "
  "Är du inte nöjd – kontakta oss i stället, så fixar vi det innan du skriver något.\n\n"
  "Hälsningar\nYogaRummet",
  ["BSM206"], "Review only if satisfied; unhappy buyers steered to the seller.")

M(28, "review-request", "text",
  f"Ditt omdöme om order {O[28]}",
  "Hej Henrik,\n\n"
  f"tack för att du valde vår lödstation (order {O[28]}). Vi är ett litet företag och fem stjärnor "
  "på Amazon skulle betyda otroligt mycket för oss.\n\n"
  "Mvh\nElverkstaden",
  ["BSM206"], "Asks for five stars.")

M(29, "delivery-delay", "text",
  f"Försening av order {O[29]}",
  "Hej,\n\n"
  f"ljusslingorna i order {O[29]} tog slut hos oss och nästa leverans kommer först i mitten av "
  "januari. Det enklaste är nog att du avbryter beställningen själv under Dina beställningar på "
  "Amazon, så får du pengarna direkt.\n\n"
  "Ursäkta besväret\nJulbutiken",
  ["BSM108"], "Out of stock: advises the buyer to cancel herself.")

M(30, "order-problem", "text",
  f"Problem med order {O[30]}",
  "Hej,\n\n"
  f"cykelsitsen i order {O[30]} är tyvärr slutsåld. Vi skulle uppskatta om du skickade en "
  "begäran om annullering via Amazon, så löser det sig smidigast för båda.\n\n"
  "Hälsningar\nBarncykelbutiken",
  ["BSM107", "BSM108"], "Order problem asking for a cancellation request without the adjustment.")

M(31, "delivery-delay", "text",
  f"Ny leveransdag för {O[31]}",
  "Hej,\n\n"
  f"filtret i order {O[31]} skickas 2026-12-16 i stället för 2026-12-10 på grund av en sen leverans "
  "från tillverkaren.\n\n"
  "Hälsningar\nRenLuft\n\n"
  "Vill du inte få fler meddelanden från oss? Svara AVSLUTA så stryker vi dig från utskicken.",
  ["BSM305"], "Delay with a reply-to-unsubscribe instruction.")

M(32, "reply", "text",
  f"Sv: Var är mitt paket? {O[32]}",
  "Hej,\n\n"
  f"jag förstår att du är irriterad. Det jävla budbolaget har tappat bort paketet med order {O[32]} "
  "igen, och det är skit för oss också. Vi har anmält det och återkommer i morgon med besked.\n\n"
  "Hälsningar\nJonas, Fiskeboden Norr",
  ["BSM306"], "Reply with Swedish profanity.")

M(33, "delivery-delay", "text",
  f"Bestellung {O[33]} – Lieferverzögerung",
  "Hallo,\n\n"
  f"leider wird Ihre Bestellung {O[33]} erst am 14. Dezember statt am 9. Dezember verschickt, da "
  "unser Lieferant den Stoff zu spät geliefert hat.\n\n"
  "Mit freundlichen Grüßen\nNordic Textil Handel",
  ["BSM104"], "Message entirely in German sent to a sv-SE buyer.")

M(34, "additional-information", "text",
  f"Ringstorlek saknas – order {O[34]}",
  "Hej,\n\n"
  f"för att kunna göra klart order {O[34]} behöver vi ringstorleken på den andra ringen. Ring gärna "
  "direkt till verkstaden på 070-312 45 88 (vardagar 10–18).\n\n"
  "Hälsningar\nGuldsmedja Ek",
  ["BSM309"], "Seller's mobile number in national format.")

M(35, "delivery-scheduling", "text",
  f"Leverans av soffa – {O[35]}",
  "Hej,\n\n"
  f"soffan i order {O[35]} kan levereras 17 eller 18 december mellan 10 och 14. Svara med vilken dag "
  "som passar eller slå en signal till vår kundtjänst på +46 31 704 22 90.\n\n"
  "Mvh\nSoffkompaniet",
  ["BSM309"], "Seller's phone number in international format.")

M(36, "return-follow-up", "text",
  f"Retur {O[36]} – vi behöver en bild",
  "Hej,\n\n"
  f"för att slutföra returen av order {O[36]} behöver vi en bild på skadan på hörnet. Mejla den till "
  "retur@mobelmagasinet.se.\n\n"
  "Tack\nMöbelmagasinet",
  ["BSM308"], "Plain e-mail address.")

M(37, "reply", "text",
  f"Sv: Monteringsanvisning ({O[37]})",
  "Hej,\n\n"
  f"monteringsanvisningen till gardinstången i order {O[37]} skickar vi gärna som PDF. Skriv till "
  "hjalp snabel-a gardinhuset punkt se så svarar vi under dagen.\n\n"
  "Hälsningar\nGardinhuset",
  ["BSM308"], "E-mail address written with 'snabel-a' and 'punkt'.")

M(38, "reply", "html",
  f"Sv: Vilken storlek ska jag välja? {O[38]}",
  "<p>Hej,</p>"
  f"<p>jackan i order {O[38]} är ganska smal i passformen. Alla mått finns i vår "
  '<a href="https://www.fjallvind.se/storleksguide">storleksguide för Fjällvind-jackor</a>.</p>'
  "<p>Hälsningar<br>Fjällvind</p>",
  ["BSM302"], "https link to the seller's own size guide.")

M(39, "fulfillment-question", "html",
  f"Adressen i order {O[39]}",
  "<p>Hej,</p>"
  f"<p>postnumret i order {O[39]} stämmer inte med orten. Rätta gärna adressen under "
  '<a href="http://www.amazon.se/gp/css/order-history">Dina beställningar på Amazon.se</a> eller svara med rätt postnummer.</p>'
  "<p>Hälsningar<br>Akvariecentralen</p>",
  ["BSM301"], "Descriptive Amazon link over plain http.")

M(40, "delivery-delay", "html",
  f"Nytt datum för muggarna – {O[40]}",
  "<p>Hej,</p>"
  f"<p>muggarna i order {O[40]} står fortfarande i brännugnen. De skickas 2026-12-12.</p>"
  '<p><img src="https://bilder.lerochglasyr.se/produkter/mugg-skog-gron-35cl.jpg" '
  'alt="Mugg Skog, grön, 35 cl" width="280" height="280"></p>'
  "<p>Hälsningar<br>Lera & Glasyr</p>",
  ["BSM310"], "Photo of the purchased mug.")

M(41, "delivery-delay", "html",
  f"Order {O[41]} dröjer några dagar",
  '<p><img src="https://bilder.bokstugan.se/mail/sandstrand-solnedgang.jpg" alt="Sandstrand i solnedgång" width="420" height="240"></p>'
  "<p>Hej,</p>"
  f"<p>böckerna i order {O[41]} skickas 15 december, eftersom en titel är försenad från förlaget.</p>"
  "<p>Hälsningar<br>Bokstugan</p>",
  ["BSM311"], "Unrelated stock beach image.")

M(42, "delivery-delay", "html",
  f"Nytt leveransdatum, order {O[42]}",
  '<p><img src="https://bilder.biodlarn-sundsvall.se/biodlarn-sundsvall-logo.png" alt="" width="150" height="50"></p>'
  "<p>Hej,</p>"
  f"<p>honungen i order {O[42]} skickas 2026-12-11 – vi väntar på nya burkar.</p>"
  "<p>Hälsningar<br>Biodlarn i Sundsvall</p>",
  ["BSM402"], "Shop logo with empty alt.")

M(43, "review-request", "text",
  f"Har du hunnit smaka? {O[43]}",
  "Hej!\n\n"
  f"Kaffet från order {O[43]} borde ha kommit fram nu 🙂 Skriv gärna en recension på Amazon när "
  "du har testat ☕\n\n"
  "Rosteriet Bönan",
  ["BSM403"], "Emoji in a review request.")

M(44, "delivery-delay", "text",
  f"Pusslet i order {O[44]} blir sent",
  "Hej,\n\n"
  f"pusslet i order {O[44]} skickas först måndag 14/12, tryckeriet är sent. Vi håller tummarna :)\n\n"
  "Pusselhörnan",
  ["BSM403"], "Text emoticon :) in a delay message.")

M(45, "delivery-delay", "html",
  f"Order {O[45]}: skickas 2026-12-16",
  "<style>.rubrik{font-size:26px} .under{font-size:20px} .text{font-size:15px} .fot{font-size:10px}</style>"
  '<p class="rubrik">Nytt leveransdatum</p>'
  f'<p class="under">Order {O[45]}</p>'
  '<p class="text">Hej! Kastrullsetet skickas 2026-12-16 i stället för 2026-12-11. Vi ber om ursäkt.</p>'
  '<p class="fot">Kastrullkungen AB, Industrigatan 3, 721 34 Västerås</p>',
  ["BSM410"], "Style block with four distinct font sizes.")

M(46, "additional-information", "html",
  f"Namn till tårtdekorationen – {O[46]}",
  "<p>Hej,</p>"
  f"<p>till order {O[46]} saknar vi namnet som ska skäras ut i tårtdekorationen.<br><br><br><br>"
  "Svara gärna senast fredag.</p>"
  "<p>Hälsningar<br>Tårtpynt Sverige</p>",
  ["BSM412"], "Run of four <br> in a row.")

M(47, "review-request", "text",
  f"[Viktigt] Din recension av order {O[47]}",
  "Hej,\n\n"
  f"hur har duschhandduken från order {O[47]} fungerat? Vi uppskattar en recension på Amazon, "
  "oavsett vad du tycker.\n\n"
  "Hälsningar\nFrotté & Co",
  ["BSM110"], "[Viktigt] tag on a review request.")

M(48, "review-request", "html",
  f"Omdöme om order {O[48]}",
  "<p>Hej,</p>"
  f"<p>vi vore tacksamma för en recension av produkten i order {O[48]}. "
  '<a href="https://www.amazon.se/review/review-your-purchases">Läs mer</a></p>'
  "<p>Hälsningar<br>Doftverkstaden</p>",
  ["BSM401"], "Link text 'Läs mer' does not say where it goes.")

# ---------------------------------------------------------------- varying (2)
M(49, "delivery-delay", "html",
  f"Ny skickdag – order {O[49]}",
  "<p>Hej,</p>"
  f"<p>merinofilten i order {O[49]} skickas 2026-12-14, väveriet behöver några dagar till.</p>"
  "<p>Hälsningar<br>Ullkammaren</p>"
  '<img src="https://track.mailflow-stats.com/open.gif?uid=88231&amp;msg=ord49" width="1" height="1" alt="">',
  ["BSM307", "BSM402"], "1x1 tracking pixel with empty alt.")

M(50, "delivery-delay", "text",
  f"Order {O[50]} – försening",
  "Hej Anna,\n\n"
  f"unfortunately order {O[50]} will ship on 15 December instead of 10 December, because our "
  "supplier delivered the glass late. We apologise for the inconvenience.\n\n"
  "Best regards,\nNordic Glass Studio",
  ["BSM104"], "Swedish greeting but English body paragraph.")
