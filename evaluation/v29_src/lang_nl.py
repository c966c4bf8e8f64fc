"""v29 blind evaluation set: Dutch (nl-NL) messages."""

LANG = "nl"
LOCALE = "nl-NL"


def _oid(i):
    return "601-%07d-%07d" % ((3817265 + i * 104729) % 10**7, (9182736 + i * 7919) % 10**7)


_IMG = "https://m.media-amazon.com/images/S/seller-assets"

_RAW = [
# 1 clean delay text
("delivery-delay", "text", "Levering bestelling {O} iets later",
 "Hoi Sanne,\n\nJe hebt bij ons de eikenhouten wandplank (80 cm) besteld, bestelling {O}. Onze houtleverancier levert de planken een week later dan afgesproken, dus wij kunnen je plank pas op dinsdag 15 december versturen in plaats van deze week.\n\nExcuses voor het wachten. Als je toch liever niet zo lang wacht, laat het ons even weten via Berichten op Amazon, dan zoeken we samen naar een oplossing.\n\nGroet,\nRuud\nHoutwerk Van Dam, Deventer",
 [], "Clean delivery delay in plain text with a new ship date."),
# 2 clean delay html
("delivery-delay", "html", "Vertraging: je bestelling {O}",
 "<p>Beste mevrouw De Graaf,</p><p>Helaas loopt de levering van uw <strong>keramische theepot Mos (1,2 l)</strong> vertraging op. De nieuwe partij komt bij ons binnen op 9 december; wij verwachten uw bestelling <strong>{O}</strong> uiterlijk vrijdag 11 december te kunnen verzenden.</p><table><tr><td>Oorspronkelijke verzenddatum</td><td>3 december</td></tr><tr><td>Nieuwe verzenddatum</td><td>11 december</td></tr></table><p>Onze verontschuldigingen voor het ongemak.</p><p>Met vriendelijke groet,<br>Marloes Kuipers<br>Klantenservice, Studio Klei &amp; Co</p>",
 [], "Clean delivery delay in builder HTML with a table of dates."),
# 3 order problem
("order-problem", "text", "[Belangrijk] Bestelling {O}: artikel niet leverbaar",
 "Geachte heer Bakker,\n\nHet spijt ons, maar de Philips-scheerkop SH50 uit uw bestelling {O} blijkt niet meer op voorraad te zijn en we kunnen hem ook niet meer inkopen. We hebben het bestelbedrag daarom aangepast: de € 34,95 voor dit artikel is teruggezet (reden: niet op voorraad). De rest van uw bestelling wordt gewoon geleverd.\n\nU ziet de aanpassing binnen enkele werkdagen terug op uw betaalmethode.\n\nMet vriendelijke groet,\nAfdeling orderverwerking\nScheerwinkel Noord B.V.",
 [], "Clean order problem confirming the amount was adjusted, [Belangrijk] allowed."),
# 4 additional info
("additional-information", "text", "Vraag over de gravering – {O}",
 "Hallo Joost,\n\nVoor de gegraveerde snijplank (bestelling {O}) hebben we nog de tekst nodig die erop moet. Je had het tekstveld bij het bestellen leeg gelaten. Maximaal 24 tekens, hoofdletters en kleine letters kunnen allebei.\n\nZodra we je tekst hebben, gaat de plank de werkplaats in.\n\nGroetjes,\nLieke – Graveerhuis Lieke",
 [], "Clean request for information needed to complete the order."),
# 5 return partial refund
("return-follow-up", "text", "Retour {O} – voorstel",
 "Beste Anouk,\n\nJe hebt een retour aangemeld voor de linnen dekbedovertrek (240x220) uit bestelling {O}, omdat er een klein vlekje op de zoom zit. Als je de overtrek liever houdt, bieden we je een gedeeltelijke terugbetaling van € 15,00 aan. Je hoeft dan niets terug te sturen.\n\nWil je de overtrek toch retourneren, dan is dat natuurlijk ook prima. Laat je ons weten wat je kiest?\n\nHartelijke groet,\nEsther van Linnenkast Utrecht",
 [], "Clean return follow-up offering a partial refund."),
# 6 return question
("return-follow-up", "html", "Uw retourzending bij bestelling {O}",
 "<p>Goedemiddag meneer Visser,</p><p>U heeft de draadloze koptelefoon uit bestelling {O} teruggestuurd. Om de retour af te ronden hebben we nog één ding van u nodig: zat de oplaadkabel ook in het pakket? In de doos die wij ontvingen zat alleen de koptelefoon zelf.</p><p>Mocht de kabel nog bij u liggen, dan horen we graag hoe u hem wilt nasturen.</p><p>Vriendelijke groet,<br>Team Geluidshoek</p>",
 [], "Clean return follow-up asking for information needed to complete the return."),
# 7 invoice
("invoice", "text", "Factuur bij bestelling {O}",
 "Beste heer Mulder,\n\nIn de bijlage vindt u de factuur voor uw bestelling {O} (factuurnummer 2026/12/0418), zoals u had gevraagd voor uw administratie. Het totaalbedrag is € 249,00 inclusief € 43,21 btw (21%).\n\nMet vriendelijke groet,\n\nFietsonderdelen Hoekstra B.V.\nKanaalweg 14, 8012 AB Zwolle\nKvK 71234568 | BTW-nummer NL859123456B01",
 [], "Clean invoice with BTW and KvK numbers and a slashed invoice number."),
# 8 review text
("review-request", "text", "Je bestelling {O}",
 "Hoi Thomas,\n\nJe hebt de rugzak Waddenpad nu een weekje in huis. We zijn benieuwd hoe hij bevalt. Zou je een recensie op Amazon willen schrijven? Positief of kritisch, elke eerlijke mening helpt andere kopers bij hun keuze.\n\nAlvast bedankt,\nBram van Buitenzaak Bram",
 [], "Clean neutral review request in text."),
# 9 review html logo
("review-request", "html", "Hoe bevalt je nieuwe lamp? ({O})",
 "<p><img src=\"" + "https://m.media-amazon.com/images/S/seller-assets" + "/lichtlab-logo.png\" alt=\"Logo van LichtLab Eindhoven\" width=\"140\"></p><p>Beste Fatima,</p><p>Een paar dagen geleden is je bureaulamp Orbit (bestelling {O}) bezorgd. Wil je je ervaring delen met andere kopers? Dat kan met een korte recensie.</p><p><a href=\"https://www.amazon.nl/review/create-review?asin=B0CX4LAMP1\">Schrijf een recensie over de Orbit op Amazon</a></p><p>Met vriendelijke groet,<br>LichtLab Eindhoven</p>",
 [], "Clean HTML review request with shop logo, alt text and descriptive https Amazon link."),
# 10 delivery scheduling
("delivery-scheduling", "text", "Afspraak bezorging bank – bestelling {O}",
 "Geachte mevrouw Jansen,\n\nUw hoekbank Verona (bestelling {O}) wordt met twee man bezorgd, en daarvoor plannen we graag een moment met u in. Wij kunnen de volgende tijdvakken aanbieden:\n\n- woensdag 16 december, 08:00-12:00 uur\n- donderdag 17 december, 12:00-16:00 uur\n- zaterdag 19 december, 09:00-13:00 uur\n\nWilt u via Berichten laten weten welk tijdvak u schikt? Geef ook even door of er een lift is, want de bank weegt ruim 90 kg.\n\nMet vriendelijke groet,\nPlanning Meubelhal Veenendaal",
 [], "Clean delivery scheduling with dates and time slots."),
# 11 home service
("home-service-appointment", "text", "Installatieafspraak wasmachine {O}",
 "Goedemorgen,\n\nBij uw bestelling {O} hoort de installatie van de wasmachine door onze monteur. Hij kan langskomen op maandag 14 december tussen 13.00 en 15.00 uur of op dinsdag 15 december tussen 10.00 en 12.00 uur. Zorgt u ervoor dat de kraan en afvoer vrij bereikbaar zijn?\n\nGraag horen we welke datum u het beste uitkomt.\n\nGroet,\nWitgoed Service Oost",
 [], "Clean home-service appointment with dates and time windows."),
# 12 design proof
("custom-design-verification", "html", "Ontwerp ter controle – bestelling {O}",
 "<p>Hoi Mila,</p><p>In de bijlage zit de drukproef van jullie geboortekaartje (bestelling {O}): naam <strong>Noor</strong>, geboren op 28 november 2026, 3240 gram. Wil je de spelling, de datum en het gewicht nog even nakijken?</p><p>Als alles klopt, hoor ik het graag, dan gaan de kaartjes maandag naar de drukker. Wijzigingen kun je gewoon in je antwoord zetten.</p><p>Liefs,<br>Femke<br>Papierwerk Femke</p>",
 [], "Clean custom design verification with a proof attachment."),
# 13 door code
("fulfillment-question", "text", "Toegang gebouw voor bestelling {O}",
 "Beste meneer El Amrani,\n\nOnze bezorger kon uw pakket (bestelling {O}, zendingsreferentie NLX-448120-7) gisteren niet afleveren, omdat de centrale toegangsdeur van het complex op slot zat. Heeft u een deurcode of een andere manier waarop hij binnen kan komen? Dan geven we die door, zodat de bezorging lukt.\n\nMet vriendelijke groet,\nKoffiebranderij De Molen",
 [], "Clean fulfillment question asking for a door code, with reference numbers."),
# 14 reply quoting foreign title
("reply", "text", "Re: Vraag over {O}",
 "Hallo Pieter,\n\nGoede vraag! Het boek dat je hebt besteld, 'The Art of Sourdough Baking', is inderdaad de Engelstalige uitgave; een Nederlandse vertaling bestaat nog niet. De recepten gebruiken wel grammen en graden Celsius, dus je kunt er meteen mee aan de slag.\n\nVeel bakplezier,\nHanneke – Boekhandel Het Leesteken",
 [], "Clean reply quoting an English product title inside Dutch sentences."),
# 15 warranty hotline
("reply", "text", "Re: Stofzuiger doet het niet meer ({O})",
 "Beste mevrouw Smit,\n\nVervelend dat de stofzuiger uit bestelling {O} na drie maanden niet meer aanslaat. Het apparaat valt nog onder de fabrieksgarantie van twee jaar. De garantieafhandeling loopt via de fabrikant zelf: de garantielijn van de fabrikant Vorwald is bereikbaar op 088 123 4567 (ma-vr 9.00-17.00 uur). Houd uw bestelnummer bij de hand.\n\nKomt u er met de fabrikant niet uit, laat het ons dan weten.\n\nMet vriendelijke groet,\nHuishoudshop Maas",
 [], "Clean reply with the manufacturer's warranty hotline marked as such."),
# 16 company footer
("reply", "text", "Re: Afmetingen kast – {O}",
 "Dag Wouter,\n\nDe kast uit je bestelling {O} is 182 cm hoog, 80 cm breed en 38 cm diep. De planken zijn in hoogte verstelbaar, met gaatjes om de 3,2 cm.\n\nGroet,\nDaan de Boer\nVerkoop\n\nKastenfabriek De Boer B.V. · Industrieweg 7 · 3542 AD Utrecht\nKvK 60123457 · btw NL854321987B01",
 [], "Clean reply with a company-details footer (KvK, BTW, address)."),
# 17 tracking/return numbers
("reply", "text", "Re: Terugbetaling retour {O}",
 "Hoi Lotte,\n\nJe retourpakket (retournummer RMA-26-11873, PostNL-code 3SABCD1234567) hebben we op 2 december om 14:20 uur ontvangen. Op 3 december hebben we € 59,95 terugbetaald voor bestelling {O}. Afhankelijk van je bank staat het bedrag binnen 3 tot 5 werkdagen op je rekening.\n\nGroeten,\nMeike van Sokkenmaker",
 [], "Clean reply with return and tracking numbers, dates, times and amounts."),
# 18 BSM201 shipped
("fulfillment-question", "text", "Update over bestelling {O}",
 "Hallo Eva,\n\nGoed nieuws: je pakket met bestelling {O} heeft vanochtend ons magazijn verlaten en is aan DHL meegegeven. Normaal gesproken heb je het morgen in huis.\n\nGroet,\nTeam Kaarsenmakerij Zeeland",
 ["BSM201"], "Shipping confirmation worded as 'left our warehouse, handed to DHL'."),
# 19 BSM201 received
("fulfillment-question", "html", "Bestelling {O}",
 "<p>Beste klant,</p><p>Wij hebben uw bestelling {O} goed ontvangen en onze inpakkers zijn er al mee bezig. Zodra alles klaar staat, gaat het naar de vervoerder.</p><p>Met vriendelijke groet,<br>Drogisterij Online Van Leeuwen</p>",
 ["BSM201"], "Order confirmation: received and being packed."),
# 20 BSM202 thanks only
("fulfillment-question", "text", "Bestelling {O}",
 "Beste Kees,\n\nHartelijk dank dat je voor ons hebt gekozen! We waarderen het enorm.\n\nGroeten,\nAquariumhuis Vissers",
 ["BSM202"], "Message with only thanks."),
# 21 BSM202 help only
("fulfillment-question", "text", "Uw aankoop {O}",
 "Goedendag,\n\nMocht er iets zijn met uw aankoop, dan staan wij voor u klaar. Een berichtje is genoeg.\n\nMet vriendelijke groet,\nTuincentrum 't Groene Hoekje",
 ["BSM202"], "Message with only an offer to help if something comes up."),
# 22 BSM203 PS discount
("delivery-delay", "text", "Bestelling {O} wordt later verzonden",
 "Hoi Rik,\n\nJe skateboardwielen (bestelling {O}) komen later binnen dan gedacht. We verwachten ze op 14 december te kunnen versturen.\n\nSorry voor het wachten!\n\nGroet,\nBoardshop Scheveningen\n\nPS: met de code WINTER20 krijg je deze maand 20% korting op ons hele assortiment.",
 ["BSM203"], "Permitted delay with a P.S. promoting 20% off the whole range."),
# 23 BSM203 follow
("review-request", "html", "Je ervaring met bestelling {O}",
 "<p>Hallo Ilse,</p><p>Je bestelde bij ons de handgemaakte oorbellen Duin (bestelling {O}). Zou je een recensie op Amazon willen achterlaten? Elke eerlijke mening is welkom.</p><p>Trouwens: volg ons op Instagram (Atelier Zilt) en schrijf je in voor onze nieuwsbrief, dan zie je als eerste onze nieuwe winterollectie.</p><p>Groetjes,<br>Atelier Zilt</p>".replace("winterollectie", "wintercollectie"),
 ["BSM203"], "Review request inviting the buyer to follow the shop and subscribe to the newsletter."),
# 24 BSM204 token
("review-request", "text", "Even een vraag – {O}",
 "Beste Sophie,\n\nWe hopen dat je blij bent met de yogamat uit bestelling {O}. Als je een recensie op Amazon plaatst, sturen we je zodra die online staat een klein bedankje: een set yogablokken, helemaal gratis.\n\nNamaste,\nYogaplek Haarlem",
 ["BSM204"], "Review request promising a small free gift once the review is published."),
# 25 BSM204 refund
("review-request", "text", "Bestelling {O} – recensie",
 "Geachte heer Hendriks,\n\nWij zouden het waarderen als u een recensie schrijft over de bureaustoel uit bestelling {O}. Zodra uw recensie zichtbaar is, storten wij het volledige aankoopbedrag terug.\n\nMet vriendelijke groet,\nKantoorinrichting Zuid",
 ["BSM204"], "Review request offering a full refund once the review is online."),
# 26 BSM205
("reply", "text", "Re: Klacht over bestelling {O}",
 "Beste mevrouw Peters,\n\nOver de kapotte schaal uit bestelling {O} hebben we inmiddels samen een oplossing gevonden. Nu dat geregeld is, wilt u uw recensie van één ster misschien aanpassen of verwijderen?\n\nMet vriendelijke groet,\nServiesgoed Klaassen",
 ["BSM205"], "Asks the buyer to update or remove a one-star review."),
# 27 BSM206 only if satisfied
("review-request", "text", "Tevreden over je bestelling {O}?",
 "Hoi Jesse,\n\nBen je blij met je nieuwe fietstassen? Dan horen we dat graag in een recensie op Amazon! Ben je niet helemaal tevreden, schrijf dan geen recensie maar stuur ons eerst even een bericht, dan lossen we het samen op.\n\nGroet,\nTassenatelier Brouwer\nBestelling {O}",
 ["BSM206"], "Review request only for satisfied buyers, steering unhappy ones to contact the seller."),
# 28 BSM206 five stars
("review-request", "html", "Bestelling {O}",
 "<p>Beste Linda,</p><p>Jouw mening is voor een klein bedrijf als het onze goud waard. Zou je de kruidenrekken uit bestelling {O} vijf sterren willen geven op Amazon?</p><p>Hartelijk dank,<br>Keukenhout Meijer</p>",
 ["BSM206"], "Asks for a five-star rating."),
# 29 BSM108 with adjustment
("order-problem", "text", "[Belangrijk] Probleem met bestelling {O}",
 "Beste heer Willems,\n\nVan de twee tentharingensets in uw bestelling {O} kunnen we er maar één leveren; de tweede is uitverkocht. Het bestelbedrag hebben we aangepast met € 12,50 (reden: geen voorraad).\n\nWilt u liever helemaal niet wachten op een nieuwe zending van ons? Het snelst is dan dat u de bestelling zelf annuleert via Mijn bestellingen.\n\nMet vriendelijke groet,\nKampeerwinkel De Veluwe",
 ["BSM108"], "Order problem with adjustment, but advises the buyer to cancel themselves."),
# 30 BSM108+107
("order-problem", "text", "Bestelling {O}: niet op voorraad",
 "Beste Nina,\n\nHelaas is de puzzel Grachtenpand (1000 stukjes) uit je bestelling {O} uitverkocht, en de uitgever drukt hem voorlopig niet bij. We zouden het fijn vinden als je een annuleringsverzoek indient via je account.\n\nExcuses voor de moeite!\nPuzzelparadijs Leiden",
 ["BSM107", "BSM108"], "Out-of-stock message asking for a cancellation request without confirming an adjustment."),
# 31 BSM305
("review-request", "text", "Je mening over bestelling {O}",
 "Hallo Daan,\n\nHoe bevalt de koffiemolen? Een eerlijke recensie op Amazon helpt andere koffieliefhebbers enorm.\n\nGroeten,\nBonenbar Groningen\n\nGeen berichten meer van ons ontvangen? Antwoord met STOP en we laten je verder met rust.",
 ["BSM305"], "Review request with a reply-STOP opt-out instruction."),
# 32 BSM306
("reply", "text", "Re: Waar blijft mijn pakket? {O}",
 "Hoi Sem,\n\nJa, wij zijn er ook helemaal klaar mee. Die klotebezorger heeft je pakket (bestelling {O}) verdomme alweer bij het verkeerde adres neergegooid. We hebben een nieuwe zending aangevraagd; die komt vrijdag bij je.\n\nGroet,\nGamewinkel Pixel",
 ["BSM306"], "Reply using Dutch profanity."),
# 33 BSM104 english
("delivery-delay", "text", "Your order {O}",
 "Hello,\n\nUnfortunately our supplier has let us down and the garden hose reel you ordered will not go out before 18 December. We are sorry for the wait and will keep you posted.\n\nKind regards,\nGarden Depot Benelux",
 ["BSM104"], "Delay message to a Dutch buyer written entirely in English."),
# 34 BSM309 national
("delivery-scheduling", "text", "Bezorgafspraak bestelling {O}",
 "Beste heer Dijkstra,\n\nUw koelkast (bestelling {O}) is groot en zwaar, daarom willen we de bezorging met u afstemmen. We kunnen donderdag 17 december tussen 8.00 en 12.00 uur of vrijdag 18 december tussen 13.00 en 17.00 uur komen. Bel ons gerust even op 0318 - 64 52 90, dan plannen we het direct in.\n\nMet vriendelijke groet,\nPlanning Witgoedhuis Ede",
 ["BSM309"], "Delivery scheduling giving the shop's own phone number in national format."),
# 35 BSM309 international
("reply", "html", "Re: Maat vraag – {O}",
 "<p>Hoi Julia,</p><p>De schoenen uit bestelling {O} vallen normaal, dus je kunt je gewone maat nemen. Wil je het liever even overleggen? Onze winkel is bereikbaar via WhatsApp op +31 6 4217 8830.</p><p>Groetjes,<br>Schoenenboetiek Loes</p>",
 ["BSM309"], "Reply with the shop's phone number in international format."),
# 36 BSM308 plain
("additional-information", "text", "Vraag over bestelling {O}",
 "Beste Ahmed,\n\nVoor het bedrukte T-shirt uit bestelling {O} hebben we je logo nodig in een hoge resolutie. Stuur het bestand naar ontwerp@drukkerijvos.nl, dan gaan we aan de slag.\n\nGroet,\nDrukkerij Vos",
 ["BSM308"], "Plain e-mail address in the body."),
# 37 BSM308 obfuscated
("reply", "text", "Re: Handleiding {O}",
 "Hallo Tim,\n\nDe handleiding van de droger sturen we je graag apart toe. Mail ons even: service apenstaartje elektrowinkelbos punt nl. Vermeld bestelling {O}.\n\nGroet,\nElektrowinkel Bos",
 ["BSM308"], "Obfuscated e-mail address with 'apenstaartje' and 'punt'."),
# 38 BSM302
("reply", "html", "Re: Onderhoud van de plant ({O})",
 "<p>Beste Annelies,</p><p>Leuk dat de Monstera uit bestelling {O} goed is aangekomen. Tips om hem gezond te houden vind je in onze <a href=\"https://www.plantenpaleis-rotterdam.nl/verzorging/monstera\">verzorgingsgids voor de Monstera op onze website</a>.</p><p>Groene groet,<br>Plantenpaleis Rotterdam</p>",
 ["BSM302"], "https link with descriptive text to the seller's own website."),
# 39 BSM301
("review-request", "html", "Bestelling {O}: hoe was het?",
 "<p>Beste Hugo,</p><p>We zijn benieuwd wat je van de waterkoker vindt. Je kunt je ervaring delen via <a href=\"http://www.amazon.nl/review/create-review?asin=B0KETTLE77\">een recensie over de waterkoker op Amazon</a>. Elke mening telt.</p><p>Vriendelijke groet,<br>Keukenkampioen</p><p>Bestelling {O}</p>",
 ["BSM301"], "Descriptive link to Amazon over plain http."),
# 40 BSM310
("review-request", "html", "Uw fietsbel – bestelling {O}",
 "<p>Beste mevrouw Koster,</p><p><img src=\"https://m.media-amazon.com/images/S/seller-assets/fietsbel-retro-koper.jpg\" alt=\"Retro fietsbel koper\" width=\"240\"></p><p>Uw retro fietsbel uit bestelling {O} is inmiddels een week bij u. Wilt u een recensie schrijven op Amazon? Ieder eerlijk oordeel is welkom.</p><p>Groet,<br>Fietsatelier Koster &amp; Zn</p>".replace("Koster &amp; Zn", "Hofman &amp; Zn"),
 ["BSM310"], "Image of the purchased product."),
# 41 BSM311
("delivery-delay", "html", "Je bestelling {O} loopt vertraging op",
 "<p>Hoi Sara,</p><p><img src=\"https://m.media-amazon.com/images/S/seller-assets/strand-zonsondergang.jpg\" alt=\"Zonsondergang op het strand\" width=\"300\"></p><p>Door de drukte voor de feestdagen versturen we je kerstverlichting (bestelling {O}) pas op 12 december. Sorry voor het wachten!</p><p>Groet,<br>Feestwinkel Sterretje</p>",
 ["BSM311"], "Unrelated stock image of a beach."),
# 42 BSM402
("delivery-delay", "html", "Bestelling {O} – nieuwe verzenddatum",
 "<p><img src=\"https://m.media-amazon.com/images/S/seller-assets/wolwinkel-ootje-logo.png\" width=\"120\"></p><p>Beste Marieke,</p><p>De merinowol in kleur Oker uit je bestelling {O} is nog onderweg van de spinnerij. Nieuwe verzenddatum: 10 december.</p><p>Hartelijke groet,<br>Wolwinkel Ootje</p>",
 ["BSM402"], "Shop logo without alt attribute."),
# 43 BSM403 emoji
("review-request", "text", "Bestelling {O} 🌷",
 "Hoi Roos,\n\nHoe staan de tulpenbollen erbij? Als je even tijd hebt, zouden we een eerlijke recensie op Amazon heel fijn vinden 🙂\n\nGroetjes,\nBollenkwekerij Lisse",
 ["BSM403"], "Emoji in subject and body."),
# 44 BSM403 emoticon
("additional-information", "text", "Kleur kiezen voor bestelling {O}",
 "Hey Bas,\n\nBij je bestelling {O} had je geen kleur voor de hoes gekozen. Wordt het zwart, grijs of legergroen? ;-)\n\nGroet,\nHoesjeshuis",
 ["BSM403"], "Emoticon ;-) in text."),
# 45 BSM410
("delivery-delay", "html", "Bestelling {O}: later verzonden",
 "<style>h1{font-size:22px} h2{font-size:18px} p{font-size:14px} .voet{font-size:11px}</style><h1>Vertraging</h1><h2>Bestelling {O}</h2><p>Beste Gert,</p><p>De accuboormachine is bij onze groothandel tijdelijk op. We verwachten uw bestelling op 16 december te verzenden.</p><p class=\"voet\">Gereedschapshandel Post, Almere</p>",
 ["BSM410"], "Style block with four explicit font sizes."),
# 46 BSM412
("additional-information", "text", "Adres controleren – {O}",
 "Beste mevrouw Vos,\n\nHet huisnummer in uw afleveradres voor bestelling {O} lijkt te ontbreken. Kunt u het aanvullen?\n\n\n\nMet vriendelijke groet,\nLampenwinkel Vos",
 ["BSM412"], "Plain text with three blank lines in a row."),
# 47 BSM110
("review-request", "text", "[Belangrijk] Uw mening over {O}",
 "Beste heer Van Rijn,\n\nU heeft de wandelstokken uit bestelling {O} nu een tijdje in gebruik. Wilt u uw ervaring delen in een recensie op Amazon? Alle eerlijke feedback is welkom.\n\nMet vriendelijke groet,\nWandelsport Limburg",
 ["BSM110"], "[Belangrijk] tag on a review request."),
# 48 BSM401
("review-request", "html", "Bestelling {O}",
 "<p>Beste Noah,</p><p>Wil je iets vertellen over de legpuzzelmat uit bestelling {O}? Een recensie schrijven kan <a href=\"https://www.amazon.nl/review/create-review?asin=B0PUZMAT42\">hier</a>.</p><p>Groet,<br>Spellenzolder</p>",
 ["BSM401"], "Link text 'hier'."),
# 49 vary: builder styles
("delivery-delay", "html", "Bestelling {O} vertraagd",
 "<div style=\"font-family:Verdana,sans-serif; line-height:1.6; color:#333333; text-align:center\"><p>Beste Iris,</p><p>Door een storing bij onze vervoerder kunnen we je bestelling {O} pas op 14 december versturen.</p><p>Onze excuses!<br>Team Badtextiel Frans</p></div>",
 ["BSM407", "BSM408", "BSM409", "BSM411"], "Builder div setting font family, line height, colour and centring."),
# 50 vary: tracking pixel
("delivery-delay", "html", "Update bestelling {O}",
 "<p>Beste Kevin,</p><p>De fietsverlichting uit bestelling {O} verzenden we een paar dagen later: op 11 december in plaats van 8 december.</p><p>Groet,<br>Fietsplaza Amersfoort</p><img src=\"https://open.mailpilot-nl.net/o.gif?uid=88213&amp;cid=4471\" width=\"1\" height=\"1\" alt=\"\">",
 ["BSM307", "BSM402"], "1x1 tracking pixel with empty alt."),
]

MESSAGES = []
for _i, (_t, _f, _s, _b, _e, _n) in enumerate(_RAW, 1):
    _o = _oid(_i)
    MESSAGES.append({
        "id": "v29-%s-%03d" % (LANG, _i), "language": LANG, "locale": LOCALE,
        "type": _t, "format": _f, "subject": _s.replace("{O}", _o),
        "body": _b.replace("{O}", _o), "order_id": _o,
        "expected": sorted(_e), "note": _n,
    })
