from common import M
L = "nl"
# ---- clean (12)
M(L, "delivery-delay", "text", "Vertraging bestelling {o}", """Beste mevrouw Verhoeven,

Uw bestelling {o} (eikenhouten wandplank, 80 cm) kan helaas niet op de oorspronkelijk aangegeven datum verzonden worden. Onze leverancier in Twente heeft een week vertraging bij het oliën van de planken.

We verwachten de plank op donderdag 14 maart te kunnen verzenden. Wilt u liever niet zo lang wachten, dan kunt u de bestelling via uw Amazon-account annuleren; u krijgt dan het volledige bedrag terug.

Met vriendelijke groet,
Jeroen Smits
Houtatelier De Vlonder""", [], "clean: delay with new ship date and neutral mention that buyer may cancel")
M(L, "order-problem", "text", "[Belangrijk] Probleem met uw bestelling {o}", """Beste heer Bakker,

Tot onze spijt kunnen wij de Philips-koffiemolen uit bestelling {o} niet leveren: het laatste exemplaar bleek bij controle beschadigd en de fabrikant levert dit model niet meer.

We hebben het bestelbedrag van € 64,95 daarom volledig aangepast (reden: geen voorraad). Het bedrag staat binnen enkele werkdagen weer op uw rekening, afhankelijk van uw betaalmethode.

Onze excuses voor het ongemak.

Met vriendelijke groet,
Sanne de Graaf
KeukenKoning.nl""", [], "clean: order problem with adjustment confirmed; [Belangrijk] allowed on critical type")
M(L, "invoice", "html", "Factuur bij bestelling {o}", """<p>Beste heer El Amrani,</p>
<p>Zoals gevraagd sturen wij u hierbij de factuur voor bestelling {o}. U vindt het PDF-bestand als bijlage bij dit bericht.</p>
<p>Factuurnummer: 2024/0387/NL<br>
BTW-nummer: NL859321047B01<br>
KvK-nummer: 74120398</p>
<p>Het btw-bedrag (21 %) staat apart vermeld, zodat u de factuur in uw administratie kunt verwerken.</p>
<p>Met vriendelijke groet,<br>Administratie Fietsonderdelen Groningen B.V.</p>""", [], "clean: invoice with VAT, KvK and invoice number (not phone numbers)")
M(L, "review-request", "html", "Uw ervaring met bestelling {o}", """<p><img src="https://cdn.tuinhuys.nl/mail/logo-tuinhuys.png" alt="Logo Tuinhuys" width="160"></p>
<p>Beste Fleur,</p>
<p>Een paar weken geleden heeft u bij ons de plantenbak 'Lisse' besteld (bestelling {o}). Wilt u uw ervaring met het product met andere klanten delen? Elke eerlijke recensie, positief of kritisch, helpt andere kopers een keuze te maken.</p>
<p><a href="https://www.amazon.nl/review/create-review?asin=B0C7KQ2R4M">Schrijf een recensie op Amazon.nl</a></p>
<p>Hartelijke groet,<br>Team Tuinhuys</p>""", [], "clean: neutral review request, logo with alt, descriptive https Amazon link")
M(L, "delivery-scheduling", "text", "Bezorgafspraak driezitsbank – bestelling {o}", """Goedemiddag meneer Jansen,

Uw driezitsbank 'Oslo' (bestelling {o}) ligt klaar in ons depot in Tilburg. Omdat de bank met twee man wordt bezorgd, plannen we graag een moment dat u thuis bent.

Wij kunnen langskomen op:
- dinsdag 9 april tussen 8:00 en 12:00
- donderdag 11 april tussen 13:00 en 17:00

Laat u via dit berichtensysteem weten welk tijdvak u het beste uitkomt? Geef ook even door of er een lift is of dat de bank via de trap naar boven moet.

Vriendelijke groet,
Bart van Dijk
Meubelhal Brabant""", [], "clean: delivery scheduling with dates and time slots")
M(L, "home-service-appointment", "text", "Afspraak montage wasmachine {o}", """Beste mevrouw Kuipers,

Bij uw bestelling {o} heeft u installatie van de wasmachine gekozen. Onze monteur Ahmed kan op vrijdag 22 maart tussen 10:00 en 12:00 bij u langskomen om de machine aan te sluiten en de transportbouten te verwijderen.

Past dit tijdstip niet, laat het ons dan weten; we hebben ook maandag 25 maart in de middag nog ruimte.

Met vriendelijke groet,
Installatieservice Witgoed Direct""", [], "clean: home service appointment")
M(L, "custom-design-verification", "html", "Ontwerpcontrole naambordje – {o}", """<p>Hallo Daan,</p>
<p>In de bijlage vind je de proefdruk van het gegraveerde naambordje uit bestelling {o}. We hebben de tekst 'Fam. Hoekstra – Nr. 17' gezet in het lettertype dat je had gekozen.</p>
<p>Wil je controleren of de spelling en de positie van het huisnummer kloppen? Zodra je akkoord geeft, gaat het bordje de graveermachine in. Wijzigingen kun je gewoon in je antwoord zetten.</p>
<p>Groetjes,<br>Lotte van Graveerwerk Utrecht</p>""", [], "clean: custom design proof")
M(L, "additional-information", "text", "Vraag over uw bestelling {o}", """Beste mevrouw Peeters,

Voor het op maat zagen van de rolgordijnen uit bestelling {o} hebben we nog één gegeven nodig: u heeft een breedte van 94 cm doorgegeven, maar niet of dit de maat van het kozijn (dagmaat) of de gewenste doekbreedte is.

Kunt u ons dit laten weten? Daarna gaan de gordijnen direct in productie.

Met vriendelijke groet,
Raamdecoratie Zeeland""", [], "clean: request for information needed", "nl-BE")
M(L, "return-follow-up", "text", "Uw retour van bestelling {o}", """Beste meneer Visser,

Bedankt voor het terugsturen van de hardloopschoenen uit bestelling {o}. Bij controle zagen we dat de zolen duidelijk gebruikt zijn, waardoor we de schoenen niet meer als nieuw kunnen verkopen.

We kunnen u een gedeeltelijke terugbetaling van € 45,00 van de € 89,95 aanbieden. Laat u ons weten of u hiermee akkoord gaat? Dan verwerken we de terugbetaling via Amazon.

Met vriendelijke groet,
Loopwinkel Noord""", [], "clean: return follow-up with partial refund offer; starts with thanks but has content")
M(L, "return-follow-up", "html", "Retourzending {o} – welk onderdeel?", """<p>Beste mevrouw Mulder,</p>
<p>We hebben uw retourverzoek voor bestelling {o} ontvangen. U geeft aan dat 'een onderdeel' van de stofzuiger defect is. Om de retour te kunnen afronden, horen we graag welk onderdeel het betreft: de accu, de zuigmond of de motorunit?</p>
<p>Retournummer: RMA-20418</p>
<p>Met vriendelijke groet,<br>Klantenservice HuisHelder</p>""", [], "clean: return follow-up asking information; RMA number")
M(L, "fulfillment-question", "text", "Toegangscode voor levering {o}", """Goedemorgen,

Uw pakket met bestelling {o} wordt bezorgd op het adres Kade 112 in Amsterdam. De koerier meldde eerder dat de centrale toegangsdeur van het complex op slot zat.

Kunt u ons de toegangscode van de buitendeur doorgeven, of een buurman noemen bij wie het pakket mag worden afgegeven? Uw referentie bij de koerier is AMS-77310-B.

Met vriendelijke groet,
Webshop PapierPlaza""", [], "clean: fulfillment question, reference numbers")
M(L, "reply", "text", "Re: Vraag over garantie {o}", """Beste meneer Hendriks,

Dank voor uw vraag over de accuboormachine uit bestelling {o}. Op het apparaat zit twee jaar fabrieksgarantie. Voor een reparatie onder garantie kunt u het beste rechtstreeks contact opnemen met de garantielijn van de fabrikant Bosch: 030 - 6392 200 (fabrikant, ma–vr 8:00–17:00).

Houd daarbij het serienummer bij de hand; dat staat op het typeplaatje onder de accu.

Met vriendelijke groet,
Gereedschap Centrum Ede""", [], "clean: reply with manufacturer warranty number marked as such (BSM309 exception)")
# ---- violations (23)
M(L, "additional-information", "text", "Uw bestelling {o}", """Beste mevrouw Willems,

Goed nieuws: uw bestelling {o} is vanochtend bij ons magazijn opgehaald door PostNL en is onderweg naar u. Met de track-en-tracecode 3SXYZ0182736 kunt u de zending volgen.

Veel plezier met uw nieuwe lamp!

Groet,
Lampenhuis Delft""", ["BSM201"], "shipment confirmation (picked up by carrier)")
M(L, "reply", "text", "Bedankt! {o}", """Beste mevrouw Claes,

Hartelijk dank voor uw bestelling {o} bij Sokken & Zo. We waarderen het enorm dat u voor een kleine Nederlandse winkel kiest.

Mocht er ooit iets zijn, dan staan we voor u klaar.

Warme groet,
Ineke""", ["BSM202"], "thanks and offer to help only")
M(L, "delivery-delay", "text", "Levering bestelling {o} later", """Beste meneer de Boer,

Door een storing bij onze drukkerij wordt de kalender uit bestelling {o} pas op 3 december verzonden in plaats van 28 november. Onze excuses daarvoor.

P.S. Als goedmaker: met de code WINTER15 krijgt u 15 % korting op ons hele assortiment in onze Amazon-winkel, geldig tot eind december.

Met vriendelijke groet,
Drukwerk & Kalenders Haarlem""", ["BSM203"], "permitted delay with promo code in P.S.")
M(L, "review-request", "html", "Wat vindt u van uw aankoop? {o}", """<p>Beste mevrouw Dekker,</p>
<p>Heeft u de theepot uit bestelling {o} al kunnen gebruiken? We zouden het fijn vinden als u er een recensie over schrijft.</p>
<p>Als dank voor uw moeite sturen we u, zodra uw recensie online staat, een cadeaubon van € 10 voor uw volgende bestelling.</p>
<p>Hartelijke groet,<br>Theehuys Leiden</p>""", ["BSM204"], "gift voucher once review is online")
M(L, "reply", "text", "Re: uw recensie bij bestelling {o}", """Beste meneer Smit,

Het spijt ons dat de koptelefoon uit bestelling {o} eerst niet goed verbond met uw telefoon. Fijn om te lezen dat het na de firmware-update die we u hebben uitgelegd wel werkt.

Zou u zo vriendelijk willen zijn uw beoordeling van één ster nog eens te bekijken en aan te passen nu alles in orde is? Dat zou voor ons als kleine verkoper veel betekenen.

Met vriendelijke groet,
AudioWinkel Zwolle""", ["BSM205"], "asks to revise existing one-star review")
M(L, "review-request", "text", "Tevreden over bestelling {o}?", """Beste Sarah,

Bent u blij met de yogamat uit bestelling {o}? Dan zouden we het heel fijn vinden als u dat in een recensie op Amazon laat weten.

Niet helemaal tevreden? Laat dan geen recensie achter maar stuur ons eerst een bericht, dan lossen we het samen op.

Namaste,
Yoga Atelier Arnhem""", ["BSM206"], "review only if satisfied, unhappy steered to contact")
M(L, "delivery-delay", "text", "Bestelling {o} – voorraad", """Beste mevrouw Vermeulen,

Helaas is de airfryer uit uw bestelling {o} bij onze leverancier uitverkocht en weten we niet wanneer er nieuwe voorraad binnenkomt.

Het snelst geregeld is het als u de bestelling zelf via 'Mijn bestellingen' op Amazon annuleert; dan krijgt u direct uw geld terug.

Met vriendelijke groet,
Elektro Express""", ["BSM108"], "advises buyer to cancel because out of stock")
M(L, "order-problem", "text", "Probleem met bestelling {o}", """Beste heer Mertens,

Bij het klaarzetten van bestelling {o} ontdekten we dat de laatste rol behang van deze kleur een drukfout heeft. We kunnen het artikel daardoor helaas niet leveren.

Onze oprechte excuses voor de teleurstelling. We hopen u in de toekomst weer van dienst te mogen zijn.

Met vriendelijke groet,
Behangwinkel De Muur""", ["BSM107"], "order problem without confirming adjustment")
M(L, "return-follow-up", "text", "Retour {o}", """Beste mevrouw Bos,

Uw retourzending van bestelling {o} is gisteren in goede orde bij ons aangekomen. De terugbetaling wordt zoals gebruikelijk via Amazon verwerkt.

Met vriendelijke groet,
Kidsmode Amersfoort""", ["BSM109"], "return message with neither question nor partial refund")
M(L, "reply", "text", "[Belangrijk] Re: maattabel {o}", """Beste mevrouw Yilmaz,

U vroeg naar de maatvoering van de winterjas uit bestelling {o}. De jas valt normaal; bij een borstomvang van 96 cm raden we maat M aan. De mouwlengte in maat M is 64 cm.

Met vriendelijke groet,
Outdoor Plaza""", ["BSM110"], "[Belangrijk] on a non-critical reply")
M(L, "additional-information", "text", "Gegevens nodig voor bestelling {o}", """Beste meneer Pauwels,

Voor de gravure op het horloge uit bestelling {o} hebben we nog de gewenste tekst nodig. U kunt de tekst ook mailen naar gravure@horlogehuys.nl, dan koppelen wij hem aan uw bestelling.

Met vriendelijke groet,
Horlogehuys""", ["BSM308"], "e-mail address in text")
M(L, "delivery-scheduling", "text", "Levering kast {o}", """Beste mevrouw Koster,

Uw kledingkast uit bestelling {o} wordt in week 16 bezorgd. Bel onze planning even op 085 - 401 22 19 om een dag en tijd af te spreken; we zijn bereikbaar van 9:00 tot 17:00.

Met vriendelijke groet,
Slaapkamer Outlet Ede""", ["BSM309"], "seller phone number for scheduling")
M(L, "reply", "html", "Re: handleiding {o}", """<p>Beste meneer Dijkstra,</p>
<p>De Nederlandstalige handleiding van de robotstofzuiger uit bestelling {o} staat bij de productinformatie op Amazon. Klik <a href="https://www.amazon.nl/dp/B0BX71LQ9K">hier</a> om de pagina te openen; onder 'Technische documenten' vindt u de PDF.</p>
<p>Met vriendelijke groet,<br>Schoon & Slim</p>""", ["BSM401"], "link text 'hier'")
M(L, "custom-design-verification", "text", "Proefontwerp {o}", """Hoi Nina,

Hier is het proefontwerp van je geboortekaartje (bestelling {o}), zie de bijlage :) We hebben de naam 'Mila' in roze folie gezet zoals je vroeg.

Laat je weten of het zo goed is? Dan kunnen we drukken!

Liefs,
Kaartjes van Karlijn""", ["BSM403"], "emoticon :)")
M(L, "delivery-delay", "text", "Vertraging bestelling {o}", """Dear Mrs Brouwer,

Unfortunately your order {o} (garden bench 'Texel') will ship about ten days later than advertised, because the teak delivery from our supplier was delayed. We now expect to dispatch it on 18 June.

We apologise for the inconvenience.

Kind regards,
Garden & Co""", ["BSM104"], "nl-NL buyer, message in English")
M(L, "reply", "text", "Re: kapotte lamp {o}", """Meneer Veenstra,

Wat een gezeik zeg. Drie berichten over een lampje van twaalf euro uit bestelling {o}. Het ding werkte toen het de deur uitging, dus als u het kapot heeft gemaakt is dat uw eigen stomme schuld.

Stuur hem maar terug als u wilt.

LichtLab""", ["BSM306"], "offensive language to buyer")
# markup (7)
M(L, "review-request", "html", "Uw mening over bestelling {o}", """<p>Beste mevrouw Brink,</p>
<p>We hopen dat de pannenset uit bestelling {o} goed is aangekomen. Wilt u uw ervaring delen met andere kopers?</p>
<p><a href="http://www.amazon.nl/review/create-review?asin=B09PQX3N2L">Schrijf een productrecensie op Amazon</a></p>
<p>Met vriendelijke groet,<br>KookKunst</p>""", ["BSM301"], "http link to Amazon")
M(L, "fulfillment-question", "html", "Keuze bezorgpunt {o}", """<p>Beste meneer Hoekstra,</p>
<p>Voor bestelling {o} kunt u kiezen uit twee afhaalpunten bij u in de buurt. Bekijk ook eens onze eigen winkel: <a href="https://www.fietsenbaas.nl/collectie/e-bikes">de nieuwste e-bikes van Fietsenbaas</a>.</p>
<p>Welk afhaalpunt heeft uw voorkeur: Albert Heijn Centrum of Primera Stationsplein?</p>
<p>Groet,<br>Fietsenbaas</p>""", ["BSM203", "BSM302"], "https link to seller site, promoting new products")
M(L, "invoice", "html", "Factuur {o}", """<p><a href="https://www.bloemenbinder.nl"><img src="https://www.bloemenbinder.nl/img/logo.png" alt="Bloemenbinder logo" width="150"></a></p>
<p>Beste mevrouw Smeets,</p>
<p>In de bijlage vindt u de factuur van bestelling {o} (factuurnummer BB-2024-1187).</p>
<p>Met vriendelijke groet,<br>Bloemenbinder</p>""", ["BSM302", "BSM304"], "logo linked to seller website")
M(L, "delivery-delay", "html", "Latere verzending {o}", """<p><img src="https://static.speelgoedsteeg.nl/mail/header-logo.png" width="180"></p>
<p>Beste ouder,</p>
<p>Het houten poppenhuis uit bestelling {o} wordt niet deze week maar volgende week dinsdag verzonden, omdat de laatste lakklaag langer moet drogen.</p>
<p>Met vriendelijke groet,<br>De Speelgoedsteeg</p>""", ["BSM402"], "logo without alt")
M(L, "additional-information", "text", "Maat ring bestelling {o}", """Beste mevrouw Groen,

Voor de ring uit bestelling {o} missen we nog de ringmaat. Kunt u die doorgeven in millimeters binnenomtrek?



Met vriendelijke groet,
Juwelier Aurum""", ["BSM412"], "two blank lines in a row in text")
M(L, "home-service-appointment", "html", "Afspraak installatie {o}", """<p>Beste meneer Lambrecht,</p>
<p style="color:#1a4f8b">Onze installateur komt de airco uit bestelling {o} plaatsen op woensdag 5 juni tussen 8:00 en 12:00. Past dit niet, laat het ons dan even weten.</p>
<p>Met vriendelijke groet,<br>Klimaat Comfort</p>""", ["BSM409"], "text colour set inline")
M(L, "delivery-delay", "html", "Vertraging {o}", """<div style="padding:0 140px">
<p>Beste mevrouw Prins,</p>
<p>De fotolijsten uit bestelling {o} worden twee dagen later verzonden dan gepland, op vrijdag 12 april. Excuses voor het wachten.</p>
<p>Met vriendelijke groet,<br>Lijstenmakerij Prins</p>
</div>""", ["BSM405"], "140 px padding each side")
