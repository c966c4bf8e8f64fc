"""v26 blind evaluation set: Swedish (sv-SE)."""
import random

_r = random.Random(578)
_seen = set()
O = []
while len(O) < 50:
    o = "578-%07d-%07d" % (_r.randrange(10**6, 10**7), _r.randrange(10**6, 10**7))
    if o not in _seen:
        _seen.add(o)
        O.append(o)

MESSAGES = []


def _m(n, typ, fmt, subject, body, expected, note, order=None):
    MESSAGES.append({
        "id": "v26-sv-%03d" % n, "language": "sv", "locale": "sv-SE", "type": typ,
        "format": fmt, "subject": subject, "body": body,
        "order_id": order or O[n - 1], "expected": sorted(expected), "note": note,
    })


# ---------------- clean (1-17) ----------------
_m(1, "delivery-delay", "text", f"Din beställning {O[0]} blir försenad",
   f"Hej Karin!\n\nVi har tyvärr fått besked från vår leverantör att ullfiltarna kommer in till lagret först i slutet av veckan. Det innebär att din beställning {O[0]} skickas senast torsdag 17 december, alltså några dagar senare än vad som stod i annonsen.\n\nUrsäkta dröjsmålet. Hör gärna av dig om det nya datumet inte fungerar för dig.\n\nVänliga hälsningar\nLinnea Berg\nFjällull",
   [], "Plain-text delivery delay with a new date, clean.")
_m(2, "delivery-delay", "html", f"Ny leveransdag för order {O[1]}",
   f"<p>Hej,</p><p>Skrivbordslampan i order <strong>{O[1]}</strong> är försenad hos tillverkaren. Så här ser det ut nu:</p><table><tr><td>Ursprungligt utskick</td><td>2026-12-08</td></tr><tr><td>Nytt utskick</td><td>2026-12-15</td></tr></table><p>Vi meddelar dig direkt om något ändras.</p><p>Med vänlig hälsning<br>Oskar Lind<br>Kundtjänst, Ljusbutiken Norr</p>",
   [], "Builder HTML delay with a plain table, no styles, clean.")
_m(3, "order-problem", "text", f"[Viktigt] Problem med din order {O[2]}",
   f"Hej,\n\nVi beklagar, men vi kan inte skicka espressokoppen i din order {O[2]}. Den sista i lager gick sönder vid packningen och modellen har utgått hos tillverkaren.\n\nVi har justerat hela orderbeloppet, 279,00 kr, i Seller Central med orsaken NoInventory. Du behöver alltså inte göra något – pengarna kommer tillbaka automatiskt.\n\nVänliga hälsningar\nAnders Holm\nKafferosteriet i Ystad",
   [], "Order problem confirming amount adjustment with NoInventory; [Viktigt] allowed.")
_m(4, "additional-information", "text", f"Fråga om gravyren – order {O[3]}",
   f"Hej Johan,\n\nFör att kunna gravera skärbrädan i order {O[3]} behöver vi veta hur namnen ska skrivas: med stora bokstäver (\"ANNA & PER\") eller som i beställningen (\"Anna & Per\")? Vi väntar med produktionen tills vi hört från dig.\n\nSvara bara på det här meddelandet.\n\nHälsningar\nSnickarboden i Dalarna",
   [], "Asks for information needed to complete the order, clean.")
_m(5, "return-follow-up", "text", f"Angående din retur – {O[4]}",
   f"Hej!\n\nTack för att du hörde av dig om returen av vinterjackan (order {O[4]}). Eftersom det bara är dragkedjans löpare som lossnat kan vi erbjuda en delåterbetalning på 250 kr om du vill behålla jackan. Vill du hellre skicka tillbaka den går det också bra – säg bara vilket alternativ du föredrar.\n\nMvh\nSara Ek\nNordväst Outdoor",
   [], "Return follow-up offering a partial refund, clean.")
_m(6, "return-follow-up", "text", f"Retur {O[5]} – en fråga",
   f"Hej,\n\nVi har tagit emot returpaketet för order {O[5]}, men laddkabeln till högtalaren saknades. Skickades den separat, eller har du den kvar? Vi behöver veta det för att kunna slutföra returen.\n\nTack på förhand!\nMikael Sjöberg\nLjudlagret",
   [], "Return follow-up asking for information to complete it, clean.")
_m(7, "invoice", "text", f"Faktura 2026/12/318 för order {O[6]}",
   f"Hej,\n\nBifogat finns faktura nr 2026/12/318 för din order {O[6]}, utställd på företaget enligt dina uppgifter.\n\nTotalt: 2 495,00 kr (varav moms 25 %: 499,00 kr). Beloppet är redan betalt via Amazon.\n\nMed vänlig hälsning\nEkonomiavdelningen\n\nVerktygsbolaget Mälardalen AB\nIndustrigatan 8, 721 34 Västerås\nOrg.nr 556812-4471\nMomsreg.nr SE556812447101\nGodkänd för F-skatt",
   [], "Invoice with Org.nr, Momsreg.nr and a slashed invoice number, clean.")
_m(8, "review-request", "text", f"Vad tycker du om tekannan? ({O[7]})",
   f"Hej,\n\nNu har tekannan från order {O[7]} varit hos dig ett tag. Om du har tid skulle vi uppskatta en recension på Amazon – oavsett vad du tycker hjälper det andra kunder att välja.\n\nVänliga hälsningar\nTehuset Linden",
   [], "Neutral review request, clean.")
_m(9, "review-request", "html", f"Ett omdöme om din order {O[8]}?",
   f"<p><img src=\"https://static.glasbruketsmaland.se/bilder/logo-glasbruket-smaland.png\" alt=\"Glasbruket Småland logotyp\" width=\"180\"></p><p>Hej!</p><p>Vi hoppas att vinglasen från order {O[8]} kommit till användning. Berätta gärna vad du tycker – både beröm och kritik är värdefullt för oss.</p><p><a href=\"https://www.amazon.se/review/create-review?asin=B0CW2R8T5K\">Skriv en recension av vinglasen på Amazon.se</a></p><p>Hälsningar från alla oss på Glasbruket Småland</p>",
   [], "HTML review request with shop logo (alt names shop) and descriptive https Amazon link, clean.")
_m(10, "delivery-scheduling", "text", f"Leverans av soffan – order {O[9]}",
   f"Hej Emma,\n\nSoffan i order {O[9]} levereras med tvåmannabud eftersom den väger drygt 80 kg. Budet kan komma något av följande tillfällen:\n\n- tisdag 15 december kl. 08.00–12.00\n- onsdag 16 december kl. 13.00–17.00\n- fredag 18 december kl. 08.00–12.00\n\nSvara med det tillfälle som passar och berätta gärna vilken våning det gäller och om det finns hiss.\n\nHälsningar\nPetra Nyström\nSoffkompaniet",
   [], "Bulky delivery scheduling with dates and time slots, clean.")
_m(11, "home-service-appointment", "text", f"Installation av diskmaskin – tid för besök ({O[10]})",
   f"Hej,\n\nDu har beställt installation tillsammans med diskmaskinen i order {O[10]}. Vår montör kan komma måndag 21/12 kl. 09.00–11.00 eller tisdag 22/12 kl. 14.00–16.00. Vilken tid passar bäst?\n\nKontrollera gärna också att det finns en vattenavstängning under diskbänken.\n\nMontageservice Syd",
   [], "Home-service appointment with two time slots, clean.")
_m(12, "custom-design-verification", "text", f"Korrektur på din tavla – {O[11]}",
   f"Hej Maja!\n\nHär kommer korrekturet på din namntavla (order {O[11]}) som bilaga. Texten \"Välkommen till familjen Ström\" står centrerad i tavlan, i typsnittet du valde.\n\nTitta igenom och svara \"OK\" om allt stämmer, eller skriv vad du vill ändra. Vi trycker så fort vi fått klartecken.\n\nHälsningar\nFrida på Tryckverkstan",
   [], "Design proof attached for approval, clean.")
_m(13, "fulfillment-question", "text", f"Portkod behövs – order {O[12]}",
   f"Hej,\n\nBudet med paketet för order {O[12]} (leveransreferens LEV-2026-55813, kollinummer 00373500401234567892) kom inte in i porten på Vasagatan 22. Kan du skicka oss portkoden, eller säga var paketet kan lämnas?\n\nTack!\nKundservice, Trädgårdsboden",
   [], "Door-code question with reference and parcel numbers, clean.")
_m(14, "reply", "text", f"Sv: Doftljuset – {O[13]}",
   f"Hej,\n\nLjuset \"Midnight Amber & Oud\" som du köpte i order {O[13]} brinner i ungefär 45 timmar. Namnet är på engelska eftersom hela serien från Hearth & Co. säljs i flera länder, men innehållet är detsamma: rapsvax och bomullsveke.\n\nHa det gott!\nAlva, Hearth & Co. Sverige",
   [], "Reply quoting an English product title and shop name in Swedish sentences, clean.")
_m(15, "reply", "text", f"Sv: Garanti på kaffebryggaren, order {O[14]}",
   f"Hej Lars,\n\nGällande felet på kaffebryggaren i order {O[14]}: garantireparationer sköts direkt av tillverkaren. Tillverkarens garantisupport (Brygg Nordic AB): 031-704 22 90, vardagar kl. 08.00–16.30. Ha gärna serienumret från typskylten till hands när du ringer.\n\nOm det blir krångel med tillverkaren är du välkommen att skriva till oss igen.\n\nVänliga hälsningar\nNiklas Åberg\nKöksmaskiner Åberg",
   [], "Reply with the manufacturer's warranty line, marked as such.")
_m(16, "reply", "text", f"Sv: Fråga om leveransadress – {O[15]}",
   f"Hej,\n\nJa, vi kan ändra leveransadressen för order {O[15]} så länge paketet inte lämnat oss. Skriv den nya adressen i ett svar här så ordnar vi det under dagen.\n\nMed vänlig hälsning\nHelena Forsberg\nKundansvarig\n\n--\nGröna Hyllan i Uppsala AB\nKungsgatan 47, 753 21 Uppsala\nOrg.nr 559204-7718 | Momsreg.nr SE559204771801\nStyrelsens säte: Uppsala",
   [], "Reply with a company footer (Org.nr, VAT no., address), no contact details, clean.")
_m(17, "reply", "text", f"Sv: Var är min återbetalning? {O[16]}",
   f"Hej!\n\nJag har kollat: returen för order {O[16]} är registrerad med returnummer RET-2026-4471, och paketet (kolli-id 9981 2046 6673 SE) kom fram till oss den 3 december kl. 14.25. Återbetalningen på 349,00 kr görs senast den 9 december och syns normalt på kontot inom 3–5 bankdagar.\n\nHälsningar\nViktor Dahl\nCykelverkstaden",
   [], "Reply with return/tracking numbers, dates, times and amounts, clean.")

# ---------------- violations (18-48) ----------------
_m(18, "fulfillment-question", "text", f"Ditt te är på väg ({O[17]})",
   f"Hej Annika!\n\nGoda nyheter: teet i order {O[17]} packades i morse och står nu hos DHL för vidare transport. Räkna med att det är framme inom 1–3 vardagar.\n\nVarma hälsningar\nTeboden Kamomill",
   ["BSM201"], "Shipping confirmation worded as 'packed and now with DHL'.")
_m(19, "fulfillment-question", "html", f"Order {O[18]} registrerad",
   f"<p>Hej,</p><p>Vi har registrerat din order <strong>{O[18]}</strong> och börjat förbereda den för leverans. Anteckningsböckerna slås in i silkespapper innan de läggs i kartongen.</p><p>Allt gott<br>Pappersateljén i Lund</p>",
   ["BSM201"], "Order confirmation: order registered and being prepared.")
_m(20, "review-request", "text", f"Tack! ({O[19]})",
   f"Hej,\n\nStort tack för att du handlade hos oss – order {O[19]}. Det betyder mycket för en liten butik som vår!\n\nKeramikstudion Lera & Eld",
   ["BSM202"], "Thanks only.")
_m(21, "fulfillment-question", "text", f"Ang. order {O[20]}",
   f"Hej!\n\nSkulle något inte vara som det ska med ramarna i order {O[20]} – hör bara av dig, så hjälper vi till.\n\n/Ramfabriken",
   ["BSM202"], "Short message that only offers help should a problem arise.")
_m(22, "delivery-delay", "text", f"Lite försenat – {O[21]}",
   f"Hej,\n\nSkidhandskarna i order {O[21]} skickas två dagar senare än planerat, senast fredag 11 december, eftersom vi väntar på storlek L från grossisten.\n\nVi ber om ursäkt!\nSnöboden\n\nPS. Hela sortimentet är 20 % billigare fram till nyår med koden VINTER20.",
   ["BSM203"], "Delay message with a 20% discount code in a P.S.")
_m(23, "reply", "text", f"Sv: Storlek på tröjan – {O[22]}",
   f"Hej,\n\nTröjan i order {O[22]} följer europeiska storlekar, så M motsvarar ungefär 38–40.\n\nGillar du våra stickade plagg? Följ Ullmagasinet på Instagram och prenumerera på vårt nyhetsbrev – i januari släpper vi en helt ny kollektion i alpacka.\n\nHälsningar\nIda, Ullmagasinet",
   ["BSM203"], "Follow us, newsletter and new collection in a reply.")
_m(24, "review-request", "text", f"Tyck till om pannlampan – {O[23]}",
   f"Hej,\n\nHar pannlampan från order {O[23]} hunnit komma till användning i mörkret? När din recension är publicerad på Amazon kan du svara på det här meddelandet, så bjuder vi på ett presentkort värt 100 kr som tack för hjälpen.\n\nMvh\nPer Åström\nFriluftshörnan",
   ["BSM204"], "Gift card offered once the review is published.")
_m(25, "review-request", "text", f"Erbjudande till dig – {O[24]}",
   f"Hej!\n\nSkriv några rader om eltandborsten du köpte (order {O[24]}). I samma stund som recensionen ligger uppe på Amazon får du tillbaka hela köpesumman, 499 kr – tandborsten blir alltså gratis.\n\nHälsningar\nTandvårdsbutiken",
   ["BSM204"], "Full refund as soon as the review is online.")
_m(26, "reply", "text", f"Sv: Reklamation vattenkokare {O[25]}",
   f"Hej Gunnar,\n\nVad bra att ersättningskokaren (order {O[25]}) fungerar som den ska! Nu när allt är löst – skulle du kunna tänka dig att uppdatera eller ta bort ditt omdöme med en stjärna? Det skulle hjälpa oss mycket.\n\nHälsningar\nJonas Wikström\nKöksprylar i Norr",
   ["BSM205"], "Asks to update or remove a one-star review.")
_m(27, "review-request", "text", f"Hur sover du? ({O[26]})",
   f"Hej Marie,\n\nHar du haft en bra upplevelse av nackkudden (order {O[26]})? Då blir vi jätteglada för en recension på Amazon. Var något inte som det skulle, hör av dig direkt till oss i stället för att skriva där – vi fixar det.\n\nSömnbutiken",
   ["BSM206"], "Review asked for only after a good experience; unhappy buyers steered to the seller.")
_m(28, "review-request", "text", f"Spelkväll? – {O[27]}",
   f"Hej!\n\nHoppas Tärningskriget (order {O[27]}) blivit ett givet inslag på spelkvällarna. Har du en minut: ett betyg på 5 av 5 på Amazon skulle betyda enormt mycket för oss som litet förlag.\n\nSpelförlaget Tärningen",
   ["BSM206"], "Asks for a 5-of-5 rating.")
_m(29, "order-problem", "text", f"Order {O[28]} – bara två av tre lampskärmar",
   f"Hej,\n\nVi har tyvärr bara två av de tre lampskärmarna i order {O[28]} kvar i lager; den tredje utgår. Orderbeloppet är redan justerat med 329,00 kr (orsakskod NoInventory).\n\nVill du ha alla tre i samma nyans är det enklast att du annullerar beställningen själv under Dina beställningar.\n\nHälsningar\nInredningshörnan",
   ["BSM108"], "Adjustment confirmed, but tells the buyer to cancel herself because stock ran out.")
_m(30, "order-problem", "text", f"Kängorna är slut – {O[29]}",
   f"Hej,\n\nVandringskängorna i storlek 44 (order {O[29]}) har tagit slut och nya kommer inte förrän till våren. Vänligen begär en avbeställning via ditt Amazon-konto, så hanteras ärendet snabbast.\n\nVi ber om ursäkt för besväret\nFjällsport Jämtland",
   ["BSM107", "BSM108"], "Asks for a cancellation request with no adjustment confirmed.")
_m(31, "delivery-delay", "text", f"Nytt utskicksdatum – {O[30]}",
   f"Hej,\n\nAlmanackan i order {O[30]} skickas måndag 14 december – tryckeriet har haft ett maskinhaveri.\n\nSvara AVSLUTA om du inte längre vill få meddelanden från oss.\n\nTryckeriet Kalendern",
   ["BSM305"], "Opt-out instruction: reply AVSLUTA.")
_m(32, "reply", "text", f"Sv: Var är paketet?! {O[31]}",
   f"Hej,\n\nFörlåt, men det jävla budföretaget har skickat paketet från order {O[31]} till fel ombud igen, vilken skitsoppa. Jag har redan ringt dem och paketet ska vara hos dig i morgon.\n\nRobin\nMC-delar Robin",
   ["BSM306"], "Swedish profanity in a reply.")
_m(33, "delivery-delay", "text", f"Delivery delay – order {O[32]}",
   f"Hello,\n\nWe are sorry to let you know that your order {O[32]} will be dispatched a few days later than planned. Our supplier is late with the linen throws, and we now expect to ship on 15 December 2026.\n\nApologies for the inconvenience.\n\nBest regards\nLinneboden",
   ["BSM104"], "Entire message in English for an sv-SE buyer.")
_m(34, "reply", "text", f"Sv: Montering av gardinstången – {O[33]}",
   f"Hej,\n\nMonteringen av gardinstången i order {O[33]} är lite pillig första gången. Ring mig gärna på 070-512 34 56 så guidar jag dig, jag svarar oftast mellan 9 och 17.\n\nHälsningar\nMaja Lundqvist\nFönsterdekor Maja",
   ["BSM309"], "Seller's own mobile number in Swedish national format.")
_m(35, "additional-information", "text", f"Leveransadress – {O[34]}",
   f"Hej,\n\nAdressen i order {O[34]} saknar lägenhetsnummer. Skriv det i ett svar eller slå en signal till vårt kontor på +46 70 318 44 25.\n\nMvh\nTeimporten",
   ["BSM309"], "Seller's mobile number in international format.")
_m(36, "reply", "text", f"Sv: Bilder på skadan – {O[35]}",
   f"Hej,\n\nSkicka gärna bilderna på den spruckna glasskivan från order {O[35]} direkt till reklamation@glashuset-butik.se så kan vi titta på det snabbare.\n\nHälsningar\nGlashuset",
   ["BSM308"], "Plain e-mail address.")
_m(37, "reply", "text", f"Sv: Kreditfaktura {O[36]}",
   f"Hej,\n\nKreditfakturan för order {O[36]} tar vår ekonomiavdelning hand om. Snabbast går det om du skriver direkt till dem: ekonomi snabel-a blomsterhandeln-rosen punkt se.\n\nHälsningar\nBlomsterhandeln Rosen",
   ["BSM308"], "Obfuscated address with 'snabel-a' and 'punkt'.")
_m(38, "reply", "html", f"Sv: Om knivarna – {O[37]}",
   f"<p>Hej,</p><p>Roligt att du frågar om var knivarna i order {O[37]} kommer ifrån. Hela historien om smedjan finns på vår webbplats: <a href=\"https://www.smedjan-egg.se/om-oss\">läs om Smedjan Egg på vår webbplats</a>.</p><p>Hälsningar<br>Erik, Smedjan Egg</p>",
   ["BSM302"], "https link to the seller's own site, not needed for the order.")
_m(39, "review-request", "html", f"Ditt omdöme om order {O[38]}",
   f"<p>Hej,</p><p>Har du en minut över? Vi vill gärna höra vad du tycker om filten från order {O[38]}: <a href=\"http://www.amazon.se/review/create-review?asin=B0D3MT6Q2W\">recensera filten på Amazon.se</a>.</p><p>Hälsningar<br>Vävstugan</p>",
   ["BSM301"], "Descriptive Amazon link over http.")
_m(40, "delivery-delay", "html", f"Försening – {O[39]}",
   f"<p>Hej,</p><p>Vattenkokaren i order {O[39]} skickas först onsdag 16 december, eftersom vi väntar på en ny leverans i färgen grafit.</p><p><img src=\"https://cdn.koksmagasinet.se/produkter/vattenkokare-grafit-1-7-liter.jpg\" alt=\"Vattenkokare grafit 1,7 liter\" width=\"240\"></p><p>Vi ber om ursäkt<br>Köksmagasinet</p>",
   ["BSM310"], "Picture of the purchased product.")
_m(41, "delivery-delay", "html", f"Försening inför helgerna – {O[40]}",
   f"<p><img src=\"https://cdn.leksakslagret.se/bilder/vinterlandskap-snotackt-skog.jpg\" alt=\"Snötäckt skog i vinterljus\" width=\"320\"></p><p>Hej,</p><p>På grund av julruschen skickas byggklossarna i order {O[40]} torsdag 17 december, två dagar senare än planerat.</p><p>Hälsningar<br>Leksakslagret</p>",
   ["BSM311"], "Stock winter-landscape image unrelated to the shop.")
_m(42, "review-request", "html", f"Vad tyckte du? {O[41]}",
   f"<p><img src=\"https://static.tvalfabriken.se/logo-tvalfabriken.png\" alt=\"\" width=\"150\"></p><p>Hej,</p><p>Vi skulle uppskatta ett omdöme om tvålarna från order {O[41]} – alla synpunkter hjälper oss att bli bättre.</p><p><a href=\"https://www.amazon.se/review/create-review?asin=B0BR5N1K8Z\">Skriv en recension av tvålarna på Amazon.se</a></p><p>Tvålfabriken</p>",
   ["BSM402"], "Shop logo with empty alt.")
_m(43, "delivery-delay", "text", f"Liten försening {O[42]}",
   f"Hej hej!\n\nDin hoodie från order {O[42]} åker iväg med en liten fördröjning – torsdag 10/12 i stället för tisdag. Sorry! 😅\n\nGänget på Huvtröjan",
   ["BSM403"], "Emoji in the body.")
_m(44, "reply", "text", f"Sv: Mått på bokhyllan – {O[43]}",
   f"Hej,\n\nBokhyllan i order {O[43]} är 180 cm hög och 80 cm bred, så den får gott och väl plats under en snedtakshöjd på 190 cm ;-)\n\nHälsningar\nFuru & Form",
   ["BSM403"], "Text emoticon ';-)'.")
_m(45, "delivery-delay", "html", f"Uppdaterat datum – {O[44]}",
   f"<style>.rubrik{{font-size:24px}} .underrubrik{{font-size:18px}} .brodtext{{font-size:15px}} .fot{{font-size:11px}}</style><p class=\"rubrik\">Nytt utskicksdatum</p><p class=\"underrubrik\">Order {O[44]}</p><p class=\"brodtext\">Hej! Canvastavlan skickas fredag 18 december – blindramarna kommer in sent från leverantören.</p><p class=\"fot\">Galleri Duk</p>",
   ["BSM410"], "Four explicit font sizes in a style block.")
_m(46, "delivery-delay", "html", f"Leveransförsening – {O[45]}",
   f"<p>Hej,</p><p>Kastrullsetet i order {O[45]} skickas tisdag 15 december.<br><br><br><br>Vi ber om ursäkt för besväret.</p><p>Hälsningar<br>Grytbutiken</p>",
   ["BSM412"], "A run of four <br> in HTML.")
_m(47, "invoice", "text", f"[Viktigt] Faktura för order {O[46]}",
   f"Hej,\n\nHär kommer fakturan för order {O[46]} som bilaga (faktura nr 2026/12/0977). Beloppet är redan betalt via Amazon.\n\nHälsningar\nKontorsvaruhuset i Örebro AB\nOrg.nr 556734-2290",
   ["BSM110"], "[Viktigt] tag on an invoice, not critical.")
_m(48, "review-request", "html", f"Ditt omdöme – {O[47]}",
   f"<p>Hej,</p><p>Hur fungerar termosen från order {O[47]} i kylan? Vi läser varje recension. <a href=\"https://www.amazon.se/review/create-review?asin=B0C8QW3J7N\">Läs mer</a></p><p>Hälsningar<br>Termoshuset</p>",
   ["BSM401"], "Non-descriptive link text 'Läs mer'.")
# ---------------- varying (49-50) ----------------
_m(49, "delivery-delay", "html", f"Ny leveransdag – {O[48]}",
   f"<p>Hej,</p><p>Elkaminen i order {O[48]} skickas onsdag 16 december, eftersom pallbudet inte hann hämta den den här veckan.</p><p>Vi ber om ursäkt<br>Värmebutiken</p><img src=\"https://t.mailstat-nordic.se/open.gif?uid=8841273&amp;m={O[48]}\" width=\"1\" height=\"1\" alt=\"\">",
   ["BSM307", "BSM402"], "1x1 tracking pixel with tracking parameters and empty alt.")
_m(50, "review-request", "html", f"Hur gick det med stolen? {O[49]}",
   f"<p><a href=\"https://www.stolverkstan.se\"><img src=\"https://www.stolverkstan.se/bilder/logo-stolverkstan.png\" alt=\"Stolverkstan logotyp\" width=\"160\"></a></p><p>Hej,</p><p>Vi hoppas att pinnstolen från order {O[49]} kommit till rätta. Om du har en stund får du gärna skriva en recension – alla omdömen hjälper andra köpare.</p><p><a href=\"https://www.amazon.se/review/create-review?asin=B0D6HN4P9R\">Recensera pinnstolen på Amazon.se</a></p><p>Stolverkstan</p>",
   ["BSM302", "BSM304"], "Shop logo linked to the seller's website.")
