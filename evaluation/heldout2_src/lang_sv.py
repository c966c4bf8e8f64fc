from common import M, animated_gif_uri
L = "sv"
# ---- clean (12)
M(L, "delivery-delay", "text", "Försenad leverans – order {o}", """Hej Emma,

Tyvärr kan vi inte skicka din order {o} (matbord "Gotland", ek) på det datum som angavs. Vår snickeri i Småland väntar fortfarande på en leverans av bordsben.

Nytt beräknat avsändningsdatum är tisdag 21 maj. Om du inte vill vänta kan du avbryta beställningen via ditt Amazon-konto, och då får du hela beloppet tillbaka.

Vi ber om ursäkt för dröjsmålet.

Vänliga hälsningar
Erik Lindqvist
Möbelsnickeriet Småland""", [], "clean: delay, neutral cancellation mention")
M(L, "order-problem", "text", "[Viktigt] Problem med din order {o}", """Hej Johan,

Vi beklagar, men robotgräsklipparen i din order {o} kan inte levereras. Den sista enheten i lagret visade sig vara skadad och tillverkaren har slutat producera modellen.

Vi har därför justerat orderbeloppet och återbetalat hela summan, 4 995 kr (orsak: slut i lager). Beloppet syns på ditt konto inom några bankdagar.

Med vänlig hälsning
Trädgårdsteknik Norrland""", [], "clean: order problem with adjustment; [Viktigt] on critical type")
M(L, "invoice", "html", "Faktura för order {o}", """<p>Hej Sara,</p>
<p>Här kommer fakturan för din order {o} som PDF-bilaga, ställd till ditt företag som du bad om.</p>
<p>Fakturanummer: 2024-0573<br>
Org.nr: 556817-4302<br>
Momsreg.nr: SE556817430201</p>
<p>Med vänlig hälsning<br>Kontorsvaruhuset i Göteborg AB</p>""", [], "clean: invoice with Org.nr and VAT numbers")
M(L, "review-request", "html", "Vad tycker du om din order {o}?", """<p><img src="https://static.ullvaruhuset.se/mail/ullvaruhuset-logo.png" alt="Ullvaruhuset" width="150"></p>
<p>Hej Karin,</p>
<p>För några veckor sedan fick du ullfiltarna från order {o}. Vill du dela din upplevelse i en recension på Amazon? En ärlig recension, oavsett om den är positiv eller negativ, hjälper andra kunder.</p>
<p><a href="https://www.amazon.se/review/create-review?asin=B0C8LQ4WZP">Skriv en recension på Amazon.se</a></p>
<p>Tack och hälsningar<br>Ullvaruhuset</p>""", [], "clean: neutral HTML review request")
M(L, "delivery-scheduling", "text", "Boka leveranstid – order {o}", """Hej Anders,

Din kyl och frys (order {o}) finns nu på vår terminal i Uppsala. Leveransen sker med två chaufförer som bär in varorna, så vi behöver boka en tid med dig.

Lediga tider:
- onsdag 5 juni kl. 8–12
- fredag 7 juni kl. 12–17

Svara gärna med vilken tid som passar, och om det finns hiss i huset.

Hälsningar
Vitvarulagret Uppland""", [], "clean: delivery scheduling")
M(L, "home-service-appointment", "text", "Installation – order {o}", """Hej Maria,

Till din order {o} har du beställt installation av diskmaskinen. Vår montör kan komma torsdag 30 maj mellan kl. 13 och 15.

Passar inte tiden, föreslå gärna en annan dag nästa vecka.

Vänliga hälsningar
Installationsservice Malmö""", [], "clean: home service appointment")
M(L, "custom-design-verification", "text", "Korrektur – order {o}", """Hej Linnea,

Bifogat hittar du korrekturen till dina personliga namnlappar (order {o}), med texten "Alva Berg – 3B" i blått.

Kontrollera gärna stavning och layout. Så fort du godkänt korrekturen trycker vi lapparna.

Hälsningar
Etikettverkstan""", [], "clean: design proof")
M(L, "additional-information", "text", "Vi behöver en uppgift – order {o}", """Hej Lars,

För att kapa bänkskivan i din order {o} behöver vi veta om måttet 212 cm avser skivans totala längd eller avståndet mellan väggarna.

Tack för ditt svar, sedan startar vi tillverkningen direkt.

Med vänlig hälsning
Stenskivor Dalarna""", [], "clean: additional info")
M(L, "return-follow-up", "html", "Din retur – order {o}", """<p>Hej Eva,</p>
<p>Tack för att du skickade tillbaka jackan från order {o}. Vid kontrollen såg vi att dragkedjan är trasig och att det finns en fläck på ärmen, så vi kan inte sälja den som ny.</p>
<p>Vi kan erbjuda en delåterbetalning på 600 kr av de 1 299 kr du betalade. Går det bra för dig?</p>
<p>Vänliga hälsningar<br>Friluftsbutiken Jämtland</p>""", [], "clean: partial refund offer")
M(L, "return-follow-up", "text", "Fråga om din retur – order {o}", """Hej Per,

Vi har fått din returbegäran för order {o}. För att kunna slutföra den behöver vi veta om du returnerar hela hörlurssetet eller bara laddfodralet.

Returnummer: RET-2024-8831

Hälsningar
Ljudbutiken""", [], "clean: return question")
M(L, "fulfillment-question", "text", "Leverans av order {o}", """Hej Ingrid,

Budfirman meddelar att porten på Storgatan 18 i Umeå är låst och att det inte finns någon namntavla. För att kunna leverera order {o} behöver vi portkoden, eller namnet på en granne som kan ta emot paketet.

Bud-referens: PN-UME-552019

Tack på förhand
Tehuset Norrland""", [], "clean: fulfillment question")
M(L, "reply", "text", "Sv: Garanti – order {o}", """Hej Mikael,

Tack för ditt meddelande. Elvispen i din order {o} har två års tillverkargaranti. Enklast är att kontakta tillverkaren Electrolux garantiservice direkt på 0771-76 76 76 (tillverkarens garantilinje).

Ha kvittot redo – det finns i ditt Amazon-konto under Mina beställningar.

Hälsningar
Köksboden""", [], "clean: manufacturer warranty number marked")
# ---- violations: words (16)
M(L, "additional-information", "text", "Din order {o} är på väg!", """Hej Sofia,

Nu har din order {o} lämnat vårt lager i Borås och överlämnats till PostNord. Spårningsnummer: 00373500489012345.

Ha det fint!
Textilhuset Borås""", ["BSM201"], "shipment confirmation")
M(L, "reply", "html", "Tack för ditt köp – {o}", """<p>Hej Oskar,</p>
<p>Stort tack för att du handlade hos oss (order {o})! Hör av dig om det är något vi kan hjälpa till med.</p>
<p>Hälsningar<br>Kaffekompaniet</p>""", ["BSM202"], "thanks and help offer only")
M(L, "delivery-delay", "text", "Försening – order {o}", """Hej Helena,

Din order {o} skickas tre dagar senare än planerat, den 16 april.

PS. Följ oss på Instagram och prenumerera på vårt nyhetsbrev så missar du inga nyheter från vår nya vårkollektion!

Hälsningar
Nordisk Keramik""", ["BSM203"], "follow us / newsletter / new collection")
M(L, "review-request", "text", "En recension? – order {o}", """Hej Fredrik,

Om du skriver en recension av kaffebryggaren i din order {o} får du 20 % rabatt på ditt nästa köp hos oss. Skicka bara en skärmdump av recensionen.

Tack!
Bryggkaffe.se""", ["BSM204"], "discount for a review")
M(L, "reply", "text", "Sv: Din recension – order {o}", """Hej Annika,

Strykjärnet i din order {o} fungerar nu igen, efter att du återställt det enligt vår beskrivning. Eftersom problemet är löst undrar vi om du kan tänka dig att ändra ditt betyg från en stjärna?

Vänliga hälsningar
Hemmabutiken""", ["BSM205"], "asks to change existing rating")
M(L, "review-request", "html", "Nöjd med order {o}?", """<p>Hej Viktor,</p>
<p>Är du nöjd med hörlurarna från order {o}? Då blir vi jätteglada om du ger oss fem stjärnor på Amazon!</p>
<p>Hälsningar<br>Ljudvågen</p>""", ["BSM206"], "five stars if satisfied")
M(L, "delivery-delay", "text", "Order {o} – slut i lager", """Hej Gustav,

Cykelvagnen i din order {o} är tyvärr slutsåld och vi vet inte när vi får in fler.

Vi skulle uppskatta om du själv begär en annullering av ordern via ditt Amazon-konto, så att den kan avslutas.

Med vänlig hälsning
Barnvagnsbutiken""", ["BSM108"], "asks buyer to request cancellation")
M(L, "order-problem", "text", "Problem med order {o}", """Hej Elin,

Vi kan tyvärr inte leverera golvlampan i din order {o} eftersom den skadades i vårt lager.

Vi ber om ursäkt för besväret.

Hälsningar
Ljushuset""", ["BSM107"], "order problem without adjustment")
M(L, "return-follow-up", "text", "Retur – order {o}", """Hej Magnus,

Din retur från order {o} har kommit fram till oss. Tack och ha en fin dag!

Hälsningar
Sportlagret""", ["BSM109"], "return receipt only")
M(L, "review-request", "text", "[VIKTIGT] Recension av order {o}", """Hej Camilla,

Vi skulle uppskatta om du ville recensera grytan från order {o} på Amazon när du har hunnit använda den.

Vänliga hälsningar
Gjutjärnsbutiken""", ["BSM110"], "[VIKTIGT] on review request")
M(L, "delivery-delay", "text", "Försening – order {o}", """Hej Jonas,

Din order {o} skickas den 8 maj i stället för den 5 maj.

Vill du inte längre få meddelanden från oss? Svara STOPP så avregistrerar vi dig.

Hälsningar
Spelbutiken""", ["BSM305"], "opt-out instruction")
M(L, "additional-information", "text", "Text för gravyr – order {o}", """Hej Ida,

Vi behöver texten som ska graveras på armbandet i din order {o}. Mejla den till gravyr@smyckesateljen.se så kopplar vi den till ordern.

Hälsningar
Smyckesateljén""", ["BSM308"], "email address")
M(L, "delivery-scheduling", "text", "Leverans av soffa – order {o}", """Hej Björn,

Soffan i din order {o} är klar för leverans. Ring oss på 08-123 456 78 så bokar vi en tid.

Hälsningar
Soffkungen""", ["BSM309"], "seller phone number")
M(L, "reply", "html", "Sv: Bruksanvisning – order {o}", """<p>Hej Lisa,</p>
<p>Bruksanvisningen till luftrenaren i din order {o} finns på produktsidan. <a href="https://www.amazon.se/dp/B0CXL9M2QH">Läs mer</a></p>
<p>Hälsningar<br>Luftbutiken</p>""", ["BSM401"], "'Läs mer' link")
M(L, "custom-design-verification", "text", "Ditt utkast – order {o}", """Hej Matilda!

Här kommer utkastet till din personliga tavla (order {o}) 😊 Vi har skrivit barnens namn i den ordning du ville.

Säg till om något ska ändras!
Tavelfabriken""", ["BSM403"], "emoji")
M(L, "delivery-delay", "text", "Försenad order {o}", """Hi Henrik,

Unfortunately your order {o} (wool socks, 3-pack) will be dispatched five days later than planned, on 14 May.

Best regards,
Sockbutiken""", ["BSM104"], "sv-SE buyer, message in English")
# ---- markup (7)
M(L, "delivery-delay", "html", "Nytt datum – order {o}", """<p>Hej Kristina,</p>
<p>Kaffemaskinen i din order {o} skickas den 22 april i stället för den 18 april.</p>
<p><img src="https://cdn.baristabutiken.se/produkter/espressomaskin-classic-silver.jpg" alt="Espressomaskin Classic i silver" width="320"></p>
<p>Hälsningar<br>Baristabutiken</p>""", ["BSM310"], "product image")
M(L, "home-service-appointment", "html", "Tid för installation – order {o}", """<p><img src="https://images.gratisbilder.example.org/sommar/midsommarang.jpg" alt="Midsommaräng med blommor" width="400"></p>
<p>Hej Stefan,</p>
<p>Installationen av värmepumpen i din order {o} är bokad till tisdag 11 juni kl. 8–12.</p>
<p>Hälsningar<br>Värmeteknik Väst</p>""", ["BSM311"], "unrelated stock image")
M(L, "review-request", "html", "Din åsikt om order {o}", """<p>Hej Therese,</p>
<p>Hoppas att du trivs med yogamattan från order {o}. Om du vill får du gärna lämna en ärlig recension på Amazon.</p>
<p><a href="https://www.amazon.se/review/create-review?asin=B0B3KM7R9X">Recensera yogamattan på Amazon.se</a></p>
<p>Hälsningar<br>Yogaboden</p>
<img src="https://open.mailsender-stat.se/px.gif?m=55102&amp;r=o" width="1" height="1" style="display:none" alt="">""", ["BSM307", "BSM402"], "hidden tracking pixel, empty alt")
M(L, "invoice", "html", "Faktura – order {o}", """<style>.h{font-size:28px}.s{font-size:20px}.b{font-size:13px}.f{font-size:9px}</style>
<p class="h">Faktura</p>
<p class="s">Order {o}</p>
<p class="b">Hej Daniel, bifogat finns fakturan (nr 2024-1142).</p>
<p class="f">Cykelverkstan i Lund AB · Org.nr 559012-3345</p>""", ["BSM410"], "four explicit font sizes in style block")
M(L, "review-request", "html", "Vad tyckte du? – order {o}", """<p><img src="{gif}" alt="Godisbutiken Sötsaker" width="120" height="40"></p>
<p>Hej Emil,</p>
<p>Vi hoppas att godiset från order {o} smakade bra. Om du vill får du gärna skriva en recension på Amazon.</p>
<p>Hälsningar<br>Godisbutiken Sötsaker</p>""".replace("{gif}", animated_gif_uri()), ["BSM404"], "animated GIF logo")
M(L, "additional-information", "html", "Fråga om order {o}", """<div style="font-family: Georgia, serif">
<p>Hej Amanda,</p>
<p>Ramen i din order {o} finns med eller utan passepartout. Vilket föredrar du?</p>
<p>Hälsningar<br>Ramverkstaden</p>
</div>""", ["BSM407"], "font-family set")
M(L, "fulfillment-question", "html", "Leverans – order {o}", """<p>Hej Patrik,</p>
<p>För att leverera din order {o} behöver vi veta om lastbilen kan köra ända fram till huset. Passa samtidigt på att kika på <a href="https://www.tradgardsmastarn.se/sasongens-nyheter">säsongens nyheter hos Trädgårdsmästarn</a>.</p>
<p>Hälsningar<br>Trädgårdsmästarn</p>""", ["BSM203", "BSM302"], "https link to seller site promoting new products")
