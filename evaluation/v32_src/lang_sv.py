"""v32 evaluation messages, Swedish (sv)."""

_R = []


def _m(typ, fmt, subject, body, order_id, expected, note, locale="sv-SE"):
    _R.append({"id": "v32-sv-%03d" % (len(_R) + 1), "language": "sv", "locale": locale,
               "type": typ, "format": fmt, "subject": subject, "body": body,
               "order_id": order_id, "expected": sorted(expected), "note": note})


# 001 clean delivery delay, text
_m("delivery-delay", "text", "Försenad leverans, order 638-2751094-6603817",
   "Hej Johan,\n\nTyvärr blir det en försening med ditt glidvalla-kit (order 638-2751094-6603817). Vår leverantör i Norge har haft problem med en produktionslinje, och vi räknar nu med att kunna skicka paketet tisdagen den 15 december.\n\nVi beklagar dröjsmålet. Om det nya datumet inte fungerar för dig är du välkommen att svara på det här meddelandet.\n\nMed vänliga hälsningar\nFjällvalla i Åre",
   "638-2751094-6603817", [], "Plain-text delivery delay with a new date, clean.")

# 002 clean delivery delay, html
_m("delivery-delay", "html", "Ny beräknad leveranstid – 638-9042361-1185720",
   "<p>Hej Sara,</p>\n<p>Cykelsitsen <b>Junior Comfort</b> som du beställt (ordernummer 638-9042361-1185720) har tyvärr blivit försenad från tillverkaren.</p>\n<table border=\"1\" cellpadding=\"5\" cellspacing=\"0\">\n<tr><td>Ursprunglig leveranstid</td><td>Ny leveranstid</td></tr>\n<tr><td>7–9 december</td><td>16–18 december</td></tr>\n</table>\n<p>Vi ber om ursäkt för väntan. Hör av dig om du har frågor om den nya tiden.</p>\n<p>Vänliga hälsningar<br>Kundtjänst, Cykelboden Lund</p>",
   "638-9042361-1185720", [], "HTML delay notice with a table, clean.")

# 003 clean order problem with [Viktigt]
_m("order-problem", "text", "[Viktigt] Din order 638-5508127-3946201 kan inte levereras",
   "Hej,\n\nVi måste tyvärr meddela att vi inte kan leverera sällskapsspelet \"Vasaloppet – Brädspelet\" i order 638-5508127-3946201. Det sista exemplaret i lagret visade sig vara skadat vid packningen och förlaget har inga fler i år.\n\nVi har justerat hela orderbeloppet med orsaken \"slut i lager\", så du debiteras ingenting för köpet.\n\nVi ber verkligen om ursäkt.\n\nHälsningar\nSpelhörnan i Västerås",
   "638-5508127-3946201", [], "Order problem confirming the amount was adjusted for no inventory; [Viktigt] allowed here.")

# 004 clean additional information
_m("additional-information", "html", "Uppgifter till dina bröllopsinbjudningar – 638-1163905-7724438",
   "<p>Hej Emma och Oskar!</p>\n<p>Innan vi kan trycka inbjudningarna i order 638-1163905-7724438 behöver vi tre uppgifter som saknas i beställningen:</p>\n<ul>\n<li>tid för vigseln,</li>\n<li>sista dag för OSA,</li>\n<li>om adressen till festlokalen ska stå med.</li>\n</ul>\n<p>Svara gärna direkt på det här meddelandet, så sätter vi igång.</p>\n<p>Hälsningar<br>Linnea på Pappersverkstan</p>",
   "638-1163905-7724438", [], "Asks for details needed to print custom invitations, clean.")

# 005 clean return follow-up partial refund
_m("return-follow-up", "text", "Angående din retur av order 638-3397210-8860145",
   "Hej Maria,\n\nTack för att du hörde av dig om den noppiga ylletröjan i order 638-3397210-8860145. Vi förstår att det är tråkigt när plagget inte håller måttet.\n\nVill du behålla tröjan kan vi erbjuda en delåterbetalning på 250 kr i stället för att du skickar tillbaka den. Föredrar du en vanlig retur går det förstås också bra.\n\nMeddela oss vilket alternativ du väljer.\n\nHälsningar\nUllboden, Gotland",
   "638-3397210-8860145", [], "Partial refund offer in a return follow-up, clean.")

# 006 clean return follow-up question
_m("return-follow-up", "text", "Fråga om returen – order 638-6650482-0291736",
   "Hej!\n\nVi har registrerat din returförfrågan för wifi-routern i order 638-6650482-0291736. För att kunna slutföra returen behöver vi veta om routern har återställts till fabriksinställningarna och om du fortfarande har originalkartongen.\n\nTack på förhand för svaret.\n\nMvh\nNätbutiken Kabel & Kontakt",
   "638-6650482-0291736", [], "Return follow-up asking for information to complete the return, clean.")

# 007 clean invoice
_m("invoice", "html", "Faktura för order 638-4821739-5537602",
   "<p>Hej,</p>\n<p>Här kommer fakturan för er beställning av robotgräsklippare (order 638-4821739-5537602). Fakturan finns som PDF-bilaga.</p>\n<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\">\n<tr><td>Fakturanummer</td><td>2026/12/0452</td></tr>\n<tr><td>Belopp exkl. moms</td><td>11 992,00 kr</td></tr>\n<tr><td>Moms 25 %</td><td>2 998,00 kr</td></tr>\n<tr><td>Att betala</td><td>14 990,00 kr</td></tr>\n</table>\n<p>Med vänlig hälsning<br>Trädgårdsmaskiner Norrland AB<br>Org.nr 556847-2913 · Momsreg.nr SE556847291301<br>Industrigatan 9, 903 27 Umeå</p>",
   "638-4821739-5537602", [], "Invoice with slashed number, Org.nr and VAT number, clean.")

# 008 clean review request, text
_m("review-request", "text", "Vad tycker du om kniven? Order 638-0574816-2239948",
   "Hej,\n\nDin kökskniv i damaskusstål (order 638-0574816-2239948) har nu varit hos dig en vecka. Om du har tid skulle vi uppskatta om du skrev en recension av produkten på Amazon. Dina erfarenheter hjälper andra kunder att välja rätt.\n\nVänliga hälsningar\nEgg & Stål",
   "638-0574816-2239948", [], "Neutral review request in text, clean.")

# 009 clean review request, html with logo
_m("review-request", "html", "Din åsikt om honungen – order 638-7738250-4410693",
   "<p><img src=\"https://static.mejlverktyg.se/konto/4417/bigardens-honung-logo.png\" alt=\"Bigårdens Honung\" width=\"180\" height=\"60\"></p>\n<p>Hej Karin,</p>\n<p>Vi hoppas att honungsburkarna från order 638-7738250-4410693 kommit fram i gott skick. Vill du berätta vad du tycker om produkten får du gärna lämna en recension.</p>\n<p><a href=\"https://www.amazon.se/review/create-review?asin=B0D4HN7XQ2\">Skriv en recension av honungen på Amazon.se</a></p>\n<p>Hälsningar<br>Bigårdens Honung</p>",
   "638-7738250-4410693", [], "HTML review request with shop logo and descriptive Amazon link, clean.")

# 010 clean delivery scheduling (sv-FI)
_m("delivery-scheduling", "text", "Leverans av bastuugnen – beställning 638-2209364-9918571",
   "Hej Mikael,\n\nBastuugnen som du beställt (beställning 638-2209364-9918571) väger 64 kg och levereras med vår egen bil. Vi kan komma ut till Borgå följande tider:\n\nonsdag 16.12 kl. 8–12\ntorsdag 17.12 kl. 12–16\nmåndag 21.12 kl. 8–12\n\nSvara med den tid som passar dig bäst, och berätta gärna om bilen kan köra ända fram till huset.\n\nMed vänliga hälsningar\nBastuhuset Ab, Helsingfors",
   "638-2209364-9918571", [], "Scheduling delivery of a heavy sauna heater, sv-FI buyer, clean.", locale="sv-FI")

# 011 clean home service appointment
_m("home-service-appointment", "html", "Installation av värmepump, order 638-6082713-3357084",
   "<p>Hej Anders,</p>\n<p>Du har köpt installation av luft-luftvärmepump tillsammans med order 638-6082713-3357084. Vår certifierade installatör har följande tider lediga:</p>\n<ul>\n<li>måndag 14 december kl. 07.30–11.30</li>\n<li>fredag 18 december kl. 12.00–16.00</li>\n</ul>\n<p>Installationen tar ungefär fyra timmar. Svara med vilken tid du vill ha.</p>\n<p>Hälsningar<br>Klimatkomfort i Mälardalen</p>",
   "638-6082713-3357084", [], "Home service installation appointment with slots, clean.")

# 012 clean custom design verification
_m("custom-design-verification", "text", "Korrektur av din namnskylt – 638-9915047-6648320",
   "Hej Ingrid,\n\nI bilagan korrektur_namnskylt.pdf hittar du ett utkast till den graverade ekskylten i order 638-9915047-6648320. Texten lyder \"Villa Solbacken\" med en liten syrén under.\n\nKontrollera stavning, typsnitt och placering. När du godkänt korrekturet börjar vi gravera, och vill du ändra något gör vi det utan extra kostnad.\n\nHälsningar\nTräsnideriet i Dalarna",
   "638-9915047-6648320", [], "Design proof for an engraved sign, clean.")

# 013 clean door code question
_m("fulfillment-question", "text", "Portkod behövs – order 638-1457392-0083265",
   "Hej,\n\nFör att vårt bud ska kunna lämna matkassen i order 638-1457392-0083265 vid din lägenhetsdörr behöver vi portkoden till huset. Referens för leveransen: MK-48210, leveransruta 12B.\n\nSkicka koden som svar här, så noterar vi den i körordern.\n\nHälsningar\nSkafferiet Hem",
   "638-1457392-0083265", [], "Door code question with reference numbers, clean.")

# 014 clean reply quoting foreign product title
_m("reply", "text", "Sv: Passar filtret? 638-3692018-2771549",
   "Hej Per,\n\nJa, filtret \"Wasserfilter Kartusche Classic\" som du köpte (order 638-3692018-2771549) passar alla vattenkannor i serien från 2019 och senare. Byt det ungefär var fjärde vecka för bästa smak.\n\nMvh\nKökstorget",
   "638-3692018-2771549", [], "Reply quoting a German product title inside Swedish sentences, clean.")

# 015 clean warranty hotline
_m("reply", "html", "Sv: Batteriet laddar inte – order 638-5164839-9402716",
   "<p>Hej Lina,</p>\n<p>Tråkigt att batteriet till elcykeln (order 638-5164839-9402716) inte laddar. Batteriet har två års tillverkargaranti och ärenden hanteras direkt av tillverkaren.</p>\n<p>Tillverkarens garantisupport (Nordvolt): 031-712 40 55, vardagar 9–16.</p>\n<p>Ha serienumret på batteriet till hands när du ringer. Kommer du inte vidare är du välkommen tillbaka till oss.</p>\n<p>Vänliga hälsningar<br>Elcykelcentralen</p>",
   "638-5164839-9402716", [], "Manufacturer's warranty support line marked as such, clean.")

# 016 clean company footer reply
_m("reply", "text", "Sv: Företagsuppgifter, order 638-0829461-5516037",
   "Hej,\n\nHär är våra företagsuppgifter som du bad om för order 638-0829461-5516037, till exempel för bokföringen.\n\nHälsningar\nEmil Sandberg\n\nLjusstöperiet i Mariefred AB\nStorgatan 3, 647 30 Mariefred\nOrg.nr 559214-0387\nMomsreg.nr SE559214038701\nKontoret har öppet mån–fre 10–16",
   "638-0829461-5516037", [], "Reply with a company-details footer, no phone or e-mail, clean.")

# 017 clean reply with return numbers
_m("reply", "text", "Sv: Har ni fått min retur? 638-4473095-1908824",
   "Hej Anna,\n\nJa, returen till order 638-4473095-1908824 är registrerad hos oss. Returpaketet med kollinummer 00370733741234567890 och returnummer R-26-1187 togs emot på vårt lager den 2 december kl. 10.45. Återbetalningen på 1 349 kr gjordes den 3 december och brukar synas på kontot inom fem bankdagar.\n\nHälsningar\nReturavdelningen, Sportlagret Örebro",
   "638-4473095-1908824", [], "Reply with parcel and return numbers, dates, times, amount; clean.")

# 018 BSM201 handed to carrier
_m("fulfillment-question", "html", "Ditt paket är på väg! 638-7204318-3365019",
   "<p>Hej!</p>\n<p>Nu har vi lämnat över ditt paket med order 638-7204318-3365019 till PostNord. Dina nya arbetshandskar borde vara hos dig inom 1–3 vardagar.</p>\n<p>Hälsningar<br>Verkstadsprylar i Borlänge</p>",
   "638-7204318-3365019", ["BSM201"], "Shipment confirmation: parcel handed to the carrier.")

# 019 BSM201 received and preparing
_m("fulfillment-question", "text", "Vi har tagit emot din beställning 638-3128645-7750932",
   "Hej Fredrik,\n\nStort tack – din beställning 638-3128645-7750932 har kommit in till oss och vi håller redan på att plocka ihop fiskedragen. Vi hör av oss om något skulle strula.\n\nHälsningar\nFiskeboden Vänern",
   "638-3128645-7750932", ["BSM201"], "Order received and being prepared.")

# 020 BSM202 thanks only
_m("fulfillment-question", "text", "Tack! Order 638-8863027-2014596",
   "Hej Helena,\n\nTusen tack för att du handlade hos oss! Det betyder mycket för ett litet familjeföretag som vårt.\n\nKramar från alla oss på Tygladan",
   "638-8863027-2014596", ["BSM202"], "Thanks-only message.")

# 021 BSM202 only here if needed
_m("reply", "text", "Order 638-2590716-4482013",
   "Hej,\n\nVi vill bara säga att vi finns här om det skulle dyka upp några frågor kring din beställning 638-2590716-4482013. Tveka inte att höra av dig.\n\nHälsningar\nHörlursbutiken",
   "638-2590716-4482013", ["BSM202"], "Only says the seller is there if questions come up.")

# 022 BSM203 P.S. discount
_m("delivery-scheduling", "text", "Leveranstid för din soffa – 638-6617043-0935128",
   "Hej Sofia,\n\nSoffan i order 638-6617043-0935128 levereras med bärhjälp. Passar torsdag 17 december kl. 9–13 eller fredag 18 december kl. 13–17?\n\nHälsningar\nSoffkompaniet\n\nPS. Just nu är hela vårt sortiment 20 % billigare ända fram till nyår – passa på om du behöver en matchande fåtölj!",
   "638-6617043-0935128", ["BSM203"], "Delivery scheduling with a 20% sale P.S.")

# 023 BSM203 follow us, newsletter
_m("additional-information", "html", "Storlek på ringen – order 638-1029487-6673350",
   "<p>Hej!</p>\n<p>Vilken ringstorlek ska silverringen i order 638-1029487-6673350 ha? Storleken saknas i beställningen.</p>\n<p>Följ oss gärna på Instagram och Facebook, och prenumerera på vårt nyhetsbrev så får du veta först när vårens nya kollektion släpps!</p>\n<p>Hälsningar<br>Silversmedjan Ystad</p>",
   "638-1029487-6673350", ["BSM203"], "Info request with follow-us, newsletter and new collection promotion.")

# 024 BSM204 small token
_m("review-request", "text", "Recension av order 638-4405821-8196743",
   "Hej,\n\nVi vore glada om du ville recensera teet från order 638-4405821-8196743 på Amazon. Som ett litet tack skickar vi en påse av vårt julte så snart din recension är publicerad.\n\nHälsningar\nTehuset Kardemumma",
   "638-4405821-8196743", ["BSM204"], "Small gift once the review is published.")

# 025 BSM204 full refund
_m("review-request", "text", "Gratis om du recenserar – 638-9357260-1124087",
   "Hej Magnus,\n\nHar du hunnit testa pannlampan från order 638-9357260-1124087? Skriv en recension på Amazon och skicka oss länken – så fort den syns på sidan betalar vi tillbaka hela köpesumman.\n\nMvh\nLjusfabriken Outdoor",
   "638-9357260-1124087", ["BSM204"], "Full refund once the review is online.")

# 026 BSM205 change one-star review
_m("reply", "html", "Sv: Trasig lampskärm – order 638-5780142-3309261",
   "<p>Hej Ulrika,</p>\n<p>Vi har nu betalat tillbaka hela beloppet för den trasiga lampskärmen i order 638-5780142-3309261. Eftersom problemet är löst undrar vi om du kan tänka dig att uppdatera eller ta bort ditt betyg med en stjärna?</p>\n<p>Hälsningar<br>Lampverkstaden</p>",
   "638-5780142-3309261", ["BSM205"], "Asks to update or remove a one-star review after a refund.")

# 027 BSM206 only if satisfied
_m("review-request", "html", "Hur gick det med kaffebryggaren? 638-0246879-5581402",
   "<p>Hej!</p>\n<p>Är du nöjd med kaffebryggaren från order 638-0246879-5581402? Då skulle en recension på Amazon betyda jättemycket för oss. Är du inte nöjd vill vi hellre att du kontaktar oss direkt än skriver en recension.</p>\n<p>Hälsningar<br>Bryggeriet Kaffe & Kök</p>",
   "638-0246879-5581402", ["BSM206"], "Review asked only from satisfied buyers; unhappy buyers steered to the seller.")

# 028 BSM206 five stars
_m("review-request", "text", "Order 638-3814570-6627031",
   "Hej Gustav,\n\nVi hoppas att du trivs med dina nya längdskidstavar från order 638-3814570-6627031. Om du har en minut: ge oss gärna fem stjärnor på Amazon, det hjälper oss enormt.\n\nHälsningar\nSkidspåret Mora",
   "638-3814570-6627031", ["BSM206"], "Asks for a five-star rating.")

# 029 BSM108 cancel yourself, with adjustment
_m("order-problem", "html", "Produkten är slut – order 638-6194327-0058846",
   "<p>Hej Camilla,</p>\n<p>Tyvärr är barnvagnspåsen i order 638-6194327-0058846 slut hos oss och vi kan inte skicka den. Vi har justerat orderbeloppet med orsaken slut i lager.</p>\n<p>Det enklaste är att du själv avbeställer ordern under \"Dina beställningar\" – då försvinner den direkt från din lista.</p>\n<p>Hälsningar<br>Barnvagnsspecialisten</p>",
   "638-6194327-0058846", ["BSM108"], "Adjustment confirmed, but buyer told to cancel herself.")

# 030 BSM108 + BSM107
_m("order-problem", "text", "Om din order 638-2463019-7718504",
   "Hej,\n\nVi har tyvärr inga fler vinterjackor i storlek M kvar, och grossisten kan inte leverera förrän i februari. Vi skulle därför uppskatta om du begär en annullering av order 638-2463019-7718504 via Amazon.\n\nTack för förståelsen!\nJackhörnan",
   "638-2463019-7718504", ["BSM107", "BSM108"], "Out of stock: asks for a cancellation request, no adjustment mentioned.")

# 031 BSM305 unsubscribe
_m("delivery-delay", "text", "Din order 638-7950836-4461127 försenas",
   "Hej,\n\nDen handgjutna ljuslyktan i order 638-7950836-4461127 skickas först den 18 december eftersom glaset behövde kylas längre än planerat.\n\nHälsningar\nGlasbruket Småland\n\nVill du slippa fler meddelanden från oss? Svara med ordet AVSLUTA så tar vi bort dig från utskicken.",
   "638-7950836-4461127", ["BSM305"], "Opt-out instruction in the footer.")

# 032 BSM306 profanity
_m("reply", "text", "Sv: Var är mitt paket? 638-1582094-9024378",
   "Hej Jonas,\n\nDet där jävla budbolaget har tappat bort ännu ett paket, fan vad trött jag är på deras skit. Vi skickar ut en ny uppsättning bromsbelägg till order 638-1582094-9024378 på måndag.\n\nHälsningar\nMC-delar Nord",
   "638-1582094-9024378", ["BSM306"], "Swedish profanity about the courier.")

# 033 BSM104 in German
_m("additional-information", "text", "Bestellung 638-4017365-2290581 – Rückfrage",
   "Guten Tag,\n\nfür Ihre Bestellung 638-4017365-2290581 (maßgefertigte Fensterbank aus Eiche) benötigen wir noch die genaue Tiefe in Millimetern. Bitte antworten Sie einfach auf diese Nachricht.\n\nMit freundlichen Grüßen\nTischlerei Holm",
   "638-4017365-2290581", ["BSM104"], "Whole message in German to a sv-SE buyer.")

# 034 BSM309 national mobile
_m("home-service-appointment", "text", "Montering av garderob – 638-8532704-1147936",
   "Hej Therese,\n\nVår montör kan sätta ihop garderoben i order 638-8532704-1147936 tisdag 15 december kl. 10–14. Skulle tiden inte passa kan du sms:a montören Ali direkt på 073-418 26 95 så bokar ni om.\n\nHälsningar\nMonteringsproffsen Göteborg",
   "638-8532704-1147936", ["BSM309"], "Installer's mobile number in national format.")

# 035 BSM309 international
_m("reply", "html", "Sv: Fråga om storlek – 638-0674298-3580615",
   "<p>Hej,</p>\n<p>Skorna i order 638-0674298-3580615 är normala i storleken. Vill du prata med oss om passformen nås vi på <b>+46 8 522 164 30</b> under kontorstid.</p>\n<p>Hälsningar<br>Skomakarna Stockholm</p>",
   "638-0674298-3580615", ["BSM309"], "Shop phone number in international format.")

# 036 BSM308 plain email
_m("invoice", "text", "Faktura order 638-5249063-8815702",
   "Hej,\n\nBifogat finns fakturan (nr 2026/12/0871) för order 638-5249063-8815702. Behöver ni fakturan ställd till ett annat företagsnamn, mejla oss på ekonomi@kontorsmobler-syd.se.\n\nMed vänlig hälsning\nKontorsmöbler Syd AB",
   "638-5249063-8815702", ["BSM308"], "Plain e-mail address in an invoice message.")

# 037 BSM308 obfuscated snabel-a (sv-FI)
_m("custom-design-verification", "text", "Provtryck av t-shirt – beställning 638-3390517-6642084",
   "Hej Sanna,\n\nHär kommer provtrycket för t-skjortorna i beställning 638-3390517-6642084 som bilaga. Om du vill skicka en bättre version av logon går det bra till tryck snabel-a paitapaja punkt fi.\n\nHälsningar\nPaitapaja, Åbo",
   "638-3390517-6642084", ["BSM308"], "E-mail obfuscated with 'snabel-a' and 'punkt', sv-FI buyer.", locale="sv-FI")

# 038 BSM302 https to seller site
_m("delivery-delay", "html", "Försening – order 638-6903241-5527319",
   "<p>Hej Elin,</p>\n<p>Din keramikkruka i order 638-6903241-5527319 skickas den 16 december i stället för den 9 december. Under tiden kan du läsa om hur vi drejar och glaserar på <a href=\"https://www.krukmakeriet-osterlen.se/om-oss\">sidan om vår verkstad på Krukmakeriet Österlen</a>.</p>\n<p>Hälsningar<br>Krukmakeriet Österlen</p>",
   "638-6903241-5527319", ["BSM302"], "Descriptive https link to the seller's own website.")

# 039 BSM301 http to Amazon
_m("review-request", "html", "Recension – 638-2815460-0076938",
   "<p>Hej,</p>\n<p>Har du en stund över får du gärna recensera termosen från order 638-2815460-0076938.</p>\n<p><a href=\"http://www.amazon.se/review/create-review?asin=B0C7TRM2KA\">Recensera termosen på Amazon.se</a></p>\n<p>Hälsningar<br>Termos & Matlåda</p>",
   "638-2815460-0076938", ["BSM301"], "Descriptive Amazon link over http.")

# 040 BSM310 product image
_m("review-request", "html", "Hur trivs du med pläden? 638-9428076-2213604",
   "<p>Hej Malin,</p>\n<p><img src=\"https://static.mejlverktyg.se/konto/8820/ullplad-rutig-gra.jpg\" alt=\"Rutig ullpläd i grått\" width=\"320\" height=\"240\"></p>\n<p>Vi skulle uppskatta om du lämnade en recension av pläden från order 638-9428076-2213604 på Amazon.</p>\n<p>Hälsningar<br>Vävstugan</p>",
   "638-9428076-2213604", ["BSM310"], "Photo of the purchased blanket.")

# 041 BSM311 unrelated image
_m("invoice", "html", "Faktura – order 638-1736592-4408817",
   "<p>Hej,</p>\n<p>Här är fakturan för order 638-1736592-4408817 som bifogad PDF.</p>\n<p><img src=\"https://static.mejlverktyg.se/bilder/solnedgang-hav.jpg\" alt=\"Solnedgång över havet\" width=\"400\" height=\"220\"></p>\n<p>Ha en fin helg!<br>Båttillbehör Roslagen</p>",
   "638-1736592-4408817", ["BSM311"], "Stock sunset image unrelated to the shop.")

# 042 BSM402 missing alt
_m("delivery-scheduling", "html", "Leverans av kylskåp – 638-5057183-9961420",
   "<p><img src=\"https://static.mejlverktyg.se/konto/3092/vitvaruhallen-logo.png\" alt=\"\" width=\"160\" height=\"45\"></p>\n<p>Hej,</p>\n<p>Kylskåpet i order 638-5057183-9961420 körs ut med lastbil. Vi kan leverera onsdag 16 december kl. 8–12 eller lördag 19 december kl. 10–14. Vilken tid passar?</p>\n<p>Hälsningar<br>Vitvaruhallen</p>",
   "638-5057183-9961420", ["BSM402"], "Shop logo with empty alt text.")

# 043 BSM403 emoji
_m("custom-design-verification", "html", "Din tårtdekoration – 638-7366920-1584037",
   "<p>Hej Amanda! 🎂</p>\n<p>Bifogat finns skissen till tårttoppen i order 638-7366920-1584037 med namnet \"Wilma 5 år\". Ser det bra ut? ✨</p>\n<p>Hälsningar<br>Tårtpyntet</p>",
   "638-7366920-1584037", ["BSM403"], "Emoji in a design-proof message.")

# 044 BSM403 emoticon
_m("reply", "text", "Sv: Batterier ingår? 638-4689201-3357796",
   "Hej!\n\nJa, batterier ingår till den trådlösa ringklockan i order 638-4689201-3357796 ;-) Två AA sitter redan i sändaren.\n\nHälsningar\nSmarta Hem Borås",
   "638-4689201-3357796", ["BSM403"], "Emoticon ';-)'.")

# 045 BSM410 four sizes
_m("reply", "html", "Sv: Skötselråd – 638-0913658-6620471",
   "<style>\n.rubrik { font-size: 22px; }\n.underrubrik { font-size: 17px; }\n.text { font-size: 13px; }\n.liten { font-size: 9px; }\n</style>\n<p class=\"rubrik\">Skötselråd</p>\n<p class=\"underrubrik\">Order 638-0913658-6620471</p>\n<p class=\"text\">Den oljade ekbrädan torkas av med fuktig trasa och oljas in en gång i månaden.</p>\n<p class=\"liten\">Snickeriet Ek & Ask</p>",
   "638-0913658-6620471", ["BSM410"], "Four font sizes in a style block.")

# 046 BSM412 br runs
_m("delivery-delay", "html", "Order 638-8247539-0102698 – ny leveransdag",
   "<p>Hej Viktor,</p>\n<p>Gitarrförstärkaren i order 638-8247539-0102698 skickas den 17 december på grund av en försenad leverans från tillverkaren.<br><br><br><br>Vi ber om ursäkt för dröjsmålet.</p>\n<p>Hälsningar<br>Musikhörnan Malmö</p>",
   "638-8247539-0102698", ["BSM412"], "Four consecutive <br> tags.")

# 047 BSM110 [Viktigt] on review request
_m("review-request", "text", "[Viktigt] Lämna en recension – order 638-3105742-8839265",
   "Hej,\n\nVi hoppas att hundbädden från order 638-3105742-8839265 uppskattas av din fyrbenta vän. Du får gärna skriva en recension av produkten på Amazon när du har tid.\n\nHälsningar\nHundhörnan",
   "638-3105742-8839265", ["BSM110"], "[Viktigt] in the subject of a review request.")

# 048 BSM401 Läs mer
_m("reply", "html", "Sv: Returrätt – 638-6520984-7743011",
   "<p>Hej,</p>\n<p>Du har 30 dagars returrätt på spelkonsolen i order 638-6520984-7743011, räknat från leveransdagen. <a href=\"https://www.amazon.se/gp/help/customer/display.html?nodeId=GKM69DUUYKQWKWX7\">Läs mer</a></p>\n<p>Hälsningar<br>Spelbutiken Pixel</p>",
   "638-6520984-7743011", ["BSM401"], "Non-descriptive link text 'Läs mer'.")

# 049 vary: tracking pixel
_m("delivery-delay", "html", "Order 638-2938471-5560142 – försenad",
   "<p>Hej,</p>\n<p>Pusslet med 2000 bitar i order 638-2938471-5560142 skickas den 15 december i stället för den 10 december. Vi ber om ursäkt.</p>\n<p>Hälsningar<br>Pusselboden</p>\n<img src=\"https://trk.mejlstat.se/open.gif?uid=88214&amp;msg=5560142\" width=\"1\" height=\"1\" alt=\"\">",
   "638-2938471-5560142", ["BSM307", "BSM402"], "1x1 tracking pixel with empty alt.")

# 050 vary: logo linked to shop site
_m("review-request", "html", "Din recension – 638-4760315-9207486",
   "<p><a href=\"https://www.fagelholken.se\"><img src=\"https://www.fagelholken.se/bilder/fagelholken-logo.png\" alt=\"Fågelholken\" width=\"150\" height=\"50\"></a></p>\n<p>Hej Birgitta,</p>\n<p>Vi skulle bli glada om du ville recensera fågelholken från order 638-4760315-9207486 på Amazon.</p>\n<p>Hälsningar<br>Fågelholken</p>",
   "638-4760315-9207486", ["BSM302", "BSM304"], "Shop logo linked to the shop's website.")

MESSAGES = _R
