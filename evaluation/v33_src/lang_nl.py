"""v33 evaluation messages, Dutch (nl)."""

_R = []


def _m(type_, fmt, locale, subject, body, order_id, expected, note):
    _R.append({"type": type_, "format": fmt, "locale": locale, "subject": subject,
               "body": body, "order_id": order_id, "expected": sorted(expected), "note": note})


# ---- 17 clean ----
_m("delivery-delay", "text", "nl-NL", "Vertraging bij je bestelling 641-2038817-5520194",
   "Hoi Sanne,\n\nJe hebt bij ons de eikenhouten snijplank met sapgoot besteld (bestelling 641-2038817-5520194). "
   "Onze houtbewerker is een week ziek geweest, waardoor de planken later uit de werkplaats komen dan we hadden gepland.\n\n"
   "De nieuwe verwachte verzenddatum is donderdag 17 december. Je hoeft niets te doen; de bestelling blijft gewoon staan.\n\n"
   "Sorry voor het ongemak.\n\nGroet,\nJoost\nHoutwerk De Kaai", "641-2038817-5520194", [],
   "Plain-text delivery delay with a new ship date.")
_m("delivery-delay", "html", "nl-BE", "Uw bestelling 641-7719402-3385016 wordt later verzonden",
   "<p>Geachte heer Claes,</p><p>De printcartridges die u bestelde (bestelling <b>641-7719402-3385016</b>) zijn bij onze groothandel "
   "pas op <b>maandag 14 december</b> weer beschikbaar. Daardoor kunnen we uw pakket niet binnen de aangegeven levertijd versturen.</p>"
   "<p>Wij verwachten het pakket op dinsdag 15 december mee te geven. De bestelling blijft ongewijzigd.</p>"
   "<p>Met vriendelijke groeten,<br>Inktpunt Gent</p>", "641-7719402-3385016", [],
   "HTML delivery delay without styles.")
_m("order-problem", "text", "nl-NL", "[Belangrijk] Artikel niet leverbaar - bestelling 641-5560128-9047731",
   "Beste meneer Vermeulen,\n\nHelaas kunnen wij de tweede fietstas (zwart, 20 liter) uit uw bestelling 641-5560128-9047731 niet leveren: "
   "de laatste voorraad bleek bij controle beschadigd.\n\nWij hebben het bestelbedrag daarom aangepast met € 34,95; u betaalt alleen voor de tas die wel wordt verzonden. "
   "De aanpassing staat al in uw Amazon-account.\n\nMet vriendelijke groet,\nTweewielerdepot Zwolle", "641-5560128-9047731", [],
   "Order problem with amount adjusted and [Belangrijk] in the subject (allowed for this type).")
_m("additional-information", "text", "nl-NL", "Vraag over uw bestelling 641-3390245-1187620",
   "Goedemiddag mevrouw Bakker,\n\nVoor uw bestelling 641-3390245-1187620 (rolgordijn op maat, lichtdoorlatend) hebben we nog één gegeven nodig: "
   "de gewenste bedieningskant van het kettinkje, links of rechts.\n\nZodra we dat weten, gaat het gordijn de snijmachine in.\n\nVriendelijke groet,\nMaatwerk Raamdecoratie",
   "641-3390245-1187620", [], "Request for information needed to make the order.")
_m("return-follow-up", "text", "nl-BE", "Retour van bestelling 641-8812047-6630958",
   "Dag Lotte,\n\nWe hebben de geretourneerde wandelschoenen (bestelling 641-8812047-6630958) ontvangen. De doos was open en de schoenen zijn binnen gedragen, "
   "er zit wat slijtage op de zool.\n\nWe kunnen je een gedeeltelijke terugbetaling van € 62,00 van de € 89,00 aanbieden. Laat je weten of je daarmee akkoord gaat? "
   "Dan verwerken we het meteen.\n\nGroetjes,\nTeam Bergpad Outdoor", "641-8812047-6630958", [],
   "Return follow-up offering a partial refund.")
_m("return-follow-up", "text", "nl-NL", "Retourzending 641-1204489-7759302: welk artikel?",
   "Beste Mehmet,\n\nU heeft een retour aangemeld voor bestelling 641-1204489-7759302. In die bestelling zaten twee verschillende HDMI-kabels (1,5 m en 3 m). "
   "Kunt u ons laten weten welke van de twee u terugstuurt? Dan kunnen we de retour afronden.\n\nMet vriendelijke groet,\nKabelkoning",
   "641-1204489-7759302", [], "Return follow-up asking which item is returned.")
_m("invoice", "text", "nl-NL", "Factuur bij bestelling 641-6652013-2218847",
   "Geachte heer Smit,\n\nIn de bijlage vindt u de factuur met factuurnummer 2026/12/0418 voor uw bestelling 641-6652013-2218847 (2 x werkbanklamp LED).\n\n"
   "Totaal € 119,90, waarvan btw (21%) € 20,81.\n\nMet vriendelijke groet,\n\nVan Dijk Gereedschap B.V.\nIndustrieweg 14, 3542 AD Utrecht\n"
   "KvK 71234567 | BTW-nummer NL861234567B01", "641-6652013-2218847", [],
   "Invoice with BTW, KvK and a slashed invoice number (no phone number).")
_m("review-request", "text", "nl-NL", "Uw ervaring met bestelling 641-4471920-8803615",
   "Beste mevrouw De Groot,\n\nU heeft onlangs de keramische theepot bij ons gekocht (bestelling 641-4471920-8803615). "
   "Wilt u een productrecensie achterlaten op Amazon? Uw mening, positief of negatief, helpt andere kopers bij hun keuze.\n\nMet vriendelijke groet,\nAtelier Klei & Glazuur",
   "641-4471920-8803615", [], "Neutral review request in plain text.")
_m("review-request", "html", "nl-NL", "Hoe bevalt uw aankoop? Bestelling 641-9036114-4427580",
   "<p><img src=\"https://static.hetzadenhuys.nl/img/logo-zadenhuys.png\" alt=\"Logo Het Zadenhuys\" width=\"160\"></p>"
   "<p>Beste heer Jansen,</p><p>Dank voor uw bestelling 641-9036114-4427580 (moestuinzaden, pakket voorjaar). "
   "Wij stellen het op prijs als u uw ervaring wilt delen via een <a href=\"https://www.amazon.nl/review/create-review?asin=B0CZ81K2PQ\">productrecensie op Amazon.nl</a>. "
   "Elke eerlijke beoordeling is welkom.</p><p>Hartelijke groet,<br>Het Zadenhuys</p>", "641-9036114-4427580", [],
   "HTML review request with shop logo and descriptive https Amazon link.")
_m("delivery-scheduling", "text", "nl-NL", "Bezorgafspraak hoekbank - bestelling 641-2207753-6119048",
   "Beste familie Peeters,\n\nUw hoekbank (bestelling 641-2207753-6119048) wordt met twee man en een bakwagen bezorgd. Wij kunnen komen op:\n\n"
   "- dinsdag 15 december tussen 8:00 en 12:00\n- woensdag 16 december tussen 13:00 en 17:00\n- vrijdag 18 december tussen 8:00 en 12:00\n\n"
   "Wilt u laten weten welk tijdvak u past, en of er een lift in het gebouw is?\n\nMet vriendelijke groet,\nPlanning Woonwinkel Noord",
   "641-2207753-6119048", [], "Delivery scheduling for a bulky sofa with time slots.")
_m("home-service-appointment", "text", "nl-BE", "Afspraak installatie wasmachine (641-5538801-2296734)",
   "Goeiedag mevrouw Wouters,\n\nU heeft bij uw wasmachine de installatieservice geboekt (bestelling 641-5538801-2296734). Onze monteur kan langskomen op "
   "vrijdag 11 december tussen 9 en 11 uur of maandag 14 december tussen 14 en 16 uur.\n\nGraag horen we welk moment u schikt. Zorgt u ervoor dat de kraan en de afvoer bereikbaar zijn?\n\n"
   "Vriendelijke groeten,\nElektro Verbeke - installatiedienst", "641-5538801-2296734", [],
   "Home-service appointment with two slots.")
_m("custom-design-verification", "text", "nl-NL", "Drukproef geboortekaartjes - 641-8840267-1305592",
   "Hallo Iris en Tom,\n\nIn de bijlage zit de drukproef (drukproef_Fenna.pdf) van jullie geboortekaartjes, bestelling 641-8840267-1305592. "
   "Controleer vooral de naam, de geboortedatum (3 december 2026), het gewicht en het adres.\n\nKlopt alles? Dan horen we graag een akkoord, dan gaan de kaartjes maandag naar de drukker. "
   "Wil je iets aangepast zien, laat het gerust weten.\n\nLieve groet,\nStudio Pennestreek", "641-8840267-1305592", [],
   "Custom design proof for approval.")
_m("fulfillment-question", "text", "nl-NL", "Toegangscode nodig voor bezorging 641-3017795-9962413",
   "Beste heer Dekker,\n\nDe koerier kon uw pakket (bestelling 641-3017795-9962413, zendingsnummer 3SKAB0048812275) gisteren niet afleveren: "
   "de centrale deur van uw complex aan de Lindenlaan 221 heeft een codeslot.\n\nKunt u ons de toegangscode of een andere instructie doorgeven? Dan zetten wij die bij de nieuwe bezorgpoging "
   "(referentie NL-4471/B).\n\nMet vriendelijke groet,\nKlantenservice Bureaustoel.nu", "641-3017795-9962413", [],
   "Door-code question with tracking and reference numbers.")
_m("reply", "text", "nl-NL", "Re: Vraag over 'Cast Iron Dutch Oven 5.5 Quart' (641-6620498-3371150)",
   "Hoi Eva,\n\nGoede vraag! De 'Cast Iron Dutch Oven 5.5 Quart' uit je bestelling 641-6620498-3371150 kun je gewoon op inductie gebruiken. "
   "Verwarm hem wel rustig op, op een middelhoge stand, dan blijft het emaille mooi.\n\nSucces met de eerste stoofpot,\nFleur van Kookwinkel Peper & Zout",
   "641-6620498-3371150", [], "Reply quoting an English product title inside Dutch sentences.")
_m("reply", "text", "nl-NL", "Re: Stofzuiger maakt raar geluid - 641-1159320-4408826",
   "Beste mevrouw Hendriks,\n\nVervelend dat de steelstofzuiger uit bestelling 641-1159320-4408826 na zes weken een ratelend geluid maakt. "
   "Voor dit model geldt twee jaar fabrieksgarantie, die rechtstreeks via de fabrikant loopt.\n\nGarantielijn van de fabrikant (Vortexa Benelux): 0800 022 4471, maandag t/m vrijdag 9:00-17:00. "
   "Houd uw bestelnummer bij de hand.\n\nMet vriendelijke groet,\nHuishoudshop Zuid", "641-1159320-4408826", [],
   "Reply with the manufacturer's warranty hotline marked as such (BSM309 exception).")
_m("reply", "text", "nl-BE", "Re: btw-vermelding op factuur 641-7092285-5561427",
   "Dag meneer Maes,\n\nUw bedrijfsgegevens staan nu correct op de factuur bij bestelling 641-7092285-5561427; u vindt de aangepaste versie in de bijlage.\n\n"
   "Met vriendelijke groeten,\n\nKantoorland BV\nMeir 88, 2000 Antwerpen\nOndernemingsnummer 0712.345.678 | btw BE0712.345.678\nOpeningsuren klantendienst: ma-vr 9u-17u",
   "641-7092285-5561427", [], "Reply with a company-details footer (enterprise and VAT numbers, hours).")
_m("reply", "text", "nl-NL", "Re: Waar blijft mijn terugbetaling? (641-4408173-2290561)",
   "Beste Daan,\n\nJe retour van bestelling 641-4408173-2290561 is op 2 december om 14:37 bij ons binnengekomen (retournummer RMA-2026-11873, "
   "PostNL-zending 3SPNL72215504). We hebben op 4 december € 27,50 terugbetaald; afhankelijk van je bank staat het binnen 3 tot 5 werkdagen op je rekening.\n\nGroet,\nWouter - Gamezolder",
   "641-4408173-2290561", [], "Reply with return and tracking numbers, dates, times and amounts.")

# ---- 31 violations ----
_m("fulfillment-question", "text", "nl-NL", "Bestelling 641-2260419-8814305",
   "Hallo Mark,\n\nGoed nieuws: je espressokopjes (bestelling 641-2260419-8814305) hebben vanochtend ons magazijn verlaten en zijn onderweg naar jou.\n\nGroet,\nCafé Servies",
   "641-2260419-8814305", ["BSM201"], "Shipping confirmation paraphrased as 'left our warehouse'.")
_m("additional-information", "text", "nl-BE", "Uw bestelling 641-9917204-3308152",
   "Beste mevrouw Janssens,\n\nWij hebben uw bestelling 641-9917204-3308152 goed ontvangen en zijn ze nu met zorg aan het inpakken. "
   "U hoort van Amazon zodra alles onderweg is.\n\nVriendelijke groeten,\nDe Kaasboerderij",
   "641-9917204-3308152", ["BSM201"], "Order confirmation: received and being packed.")
_m("reply", "text", "nl-NL", "Bedankt! (641-5502881-7736094)",
   "Beste Femke,\n\nHartelijk dank voor je bestelling 641-5502881-7736094. Wat fijn dat je voor ons hebt gekozen!\n\nZonnige groet,\nKaarsenmakerij Lont",
   "641-5502881-7736094", ["BSM202"], "Thanks only.")
_m("fulfillment-question", "text", "nl-NL", "Bestelling 641-3384016-6607219",
   "Goedendag,\n\nMocht er iets zijn met uw bestelling 641-3384016-6607219, dan staan wij voor u klaar. Aarzel niet om contact op te nemen.\n\nMet vriendelijke groet,\nAutoparts Brabant",
   "641-3384016-6607219", ["BSM202"], "Only an offer to help if a problem comes up.")
_m("delivery-delay", "text", "nl-NL", "Iets later dan gepland: 641-7745230-1192846",
   "Beste Anouk,\n\nDoor een achterstand bij de drukkerij wordt je fotoboek (bestelling 641-7745230-1192846) pas op 21 december verzonden in plaats van 16 december. "
   "Excuses daarvoor.\n\nGroet,\nFotoboekfabriek\n\nPS: tot en met zondag krijg je 20% korting op ons hele assortiment met de code WINTER20.",
   "641-7745230-1192846", ["BSM203"], "Permitted delay with a discount code in the P.S.")
_m("review-request", "html", "nl-NL", "Uw mening over bestelling 641-6639012-4450378",
   "<p>Beste mevrouw Visser,</p><p>Wilt u een recensie schrijven over de merinowollen plaid uit bestelling 641-6639012-4450378? Uw eerlijke mening helpt andere kopers.</p>"
   "<p>Trouwens: onze nieuwe voorjaarscollectie komt in februari uit. Volg ons op Instagram via @wolwinkel_texel of schrijf u in voor onze nieuwsbrief om als eerste op de hoogte te zijn.</p>"
   "<p>Groet,<br>Wolwinkel Texel</p>", "641-6639012-4450378", ["BSM203"],
   "Review request with follow-us, newsletter and new collection mentions.")
_m("review-request", "text", "nl-NL", "Een kleine attentie voor jouw recensie (641-1870355-9923407)",
   "Hoi Ruben,\n\nHoe bevalt je nieuwe skateboard uit bestelling 641-1870355-9923407? We zouden het heel leuk vinden als je er een recensie over schrijft op Amazon.\n\n"
   "Als jouw recensie online staat, sturen we je als dank een setje grip tape en stickers, helemaal gratis.\n\nCheers,\nBoardroom Skateshop",
   "641-1870355-9923407", ["BSM204"], "Free gift promised once the review is published.")
_m("review-request", "text", "nl-BE", "Vraagje over bestelling 641-4025518-6681139",
   "Beste meneer Dubois,\n\nWij horen graag wat u van de draadloze deurbel vindt (bestelling 641-4025518-6681139). Zet u een beoordeling op Amazon? "
   "Stuur ons na plaatsing een seintje via de berichtenfunctie, dan betalen wij het volledige aankoopbedrag aan u terug.\n\nMet vriendelijke groeten,\nSmartHome Limburg",
   "641-4025518-6681139", ["BSM204"], "Full refund in exchange for a review.")
_m("reply", "text", "nl-NL", "Re: bestelling 641-8803327-2274950",
   "Beste mevrouw Mulder,\n\nHet spijt ons dat de kussenhoes bij de eerste wasbeurt gekrompen is. We sturen u kosteloos een nieuwe hoes in de juiste maat toe.\n\n"
   "We hebben gezien dat u ons product met één ster heeft beoordeeld. Nu het probleem is opgelost, zou u die recensie willen bijwerken of eventueel verwijderen?\n\n"
   "Met vriendelijke groet,\nLinnenkast Haarlem", "641-8803327-2274950", ["BSM205"],
   "Asks to update or remove a one-star review after solving a problem.")
_m("review-request", "text", "nl-NL", "Tevreden over uw koffiemolen? (641-2294871-5506613)",
   "Beste heer Bos,\n\nBent u tevreden over de handkoffiemolen uit bestelling 641-2294871-5506613? Dan zouden we een recensie op Amazon zeer waarderen. "
   "Is er toch iets niet naar wens, neem dan eerst contact met ons op in plaats van een recensie te plaatsen, dan lossen we het samen op.\n\nMet vriendelijke groet,\nBranderij Het Boontje",
   "641-2294871-5506613", ["BSM206"], "Review only if satisfied; unhappy buyers steered to contact.")
_m("review-request", "html", "nl-NL", "641-6071946-3345280 - jouw beoordeling",
   "<p>Hallo Noor,</p><p>Je yogamat uit bestelling 641-6071946-3345280 is inmiddels een tijdje bij je. "
   "Zou je de mat een beoordeling willen geven? Vijf sterren betekenen voor een kleine zaak als de onze ontzettend veel!</p><p>Namasté,<br>Studio Lotusmat</p>",
   "641-6071946-3345280", ["BSM206"], "Review request asking for five stars.")
_m("order-problem", "text", "nl-NL", "Probleem met bestelling 641-3358104-7718826",
   "Beste mevrouw Koster,\n\nDe wandklok 'Station' uit uw bestelling 641-3358104-7718826 is onverwacht uitverkocht. Het bestelbedrag hebben wij al verlaagd tot nul.\n\n"
   "Het snelst is het als u de bestelling zelf annuleert via uw account; dan is alles direct afgerond.\n\nMet vriendelijke groet,\nKlokkenhuis Deventer",
   "641-3358104-7718826", ["BSM108"], "Advises buyer to cancel themselves because out of stock (adjustment mentioned).")
_m("order-problem", "text", "nl-BE", "Bestelling 641-9562073-1180449 - voorraad",
   "Dag meneer Lambrechts,\n\nTot onze spijt blijkt de set van zes wijnglazen uit bestelling 641-9562073-1180449 niet meer op voorraad te zijn bij onze leverancier.\n\n"
   "We zouden het erg op prijs stellen als u via Amazon een annuleringsverzoek indient, dan kunnen wij de zaak afsluiten.\n\nVriendelijke groeten,\nGlas & Tafel Brugge",
   "641-9562073-1180449", ["BSM107", "BSM108"], "Asks buyer to request cancellation, no adjustment confirmed.")
_m("delivery-delay", "text", "nl-NL", "Nieuwe leverdatum voor 641-1627338-4496502",
   "Beste heer Willems,\n\nUw bureaulamp (bestelling 641-1627338-4496502) wordt op 18 december verzonden in plaats van 12 december, omdat de kappen later binnenkomen.\n\n"
   "Met vriendelijke groet,\nLichtlab Eindhoven\n\n--\nGeen berichten meer van ons ontvangen? Antwoord op dit bericht met STOP.",
   "641-1627338-4496502", ["BSM305"], "Delay message with reply-STOP opt-out footer.")
_m("reply", "text", "nl-NL", "Re: Pakket nog steeds niet binnen - 641-5014492-8867013",
   "Hoi Kevin,\n\nIk snap je frustratie volledig. Die klote-vervoerder heeft je pakket (bestelling 641-5014492-8867013) gewoon drie dagen in een depot laten liggen, echt kut van ze.\n\n"
   "Het staat nu ingepland voor morgen.\n\nGroet,\nMike - Dronehangar", "641-5014492-8867013", ["BSM306"],
   "Reply with Dutch profanity.")
_m("delivery-delay", "text", "nl-NL", "Lieferverzögerung Bestellung 641-7283049-5523718",
   "Sehr geehrte Frau Smits,\n\nleider verzögert sich der Versand Ihres Aquarienfilters (Bestellung 641-7283049-5523718) um etwa eine Woche, da unser Lieferant "
   "in Verzug ist. Wir rechnen mit dem Versand am 19. Dezember.\n\nMit freundlichen Grüßen\nAquaTechnik Venlo", "641-7283049-5523718", ["BSM104"],
   "Message written in German to a Dutch-locale buyer.")
_m("additional-information", "text", "nl-NL", "Maat bevestigen - 641-4439560-2201875",
   "Beste Lisa,\n\nVoor de maatgemaakte jurk uit bestelling 641-4439560-2201875 missen we je heupomvang nog. Bel of app me even op 06-41 27 83 90, dan nemen we het samen door.\n\n"
   "Groetjes,\nMarieke - Naaiatelier Mooi Zo", "641-4439560-2201875", ["BSM309"],
   "Dutch mobile number in national format.")
_m("reply", "html", "nl-BE", "Re: montage kast 641-2871165-9904326",
   "<p>Beste mevrouw Peeters,</p><p>De montagehandleiding van kast 'Ravel' (bestelling 641-2871165-9904326) zit in de bijlage. Lukt het niet, dan kan onze montageploeg u verder helpen: "
   "bereikbaar op +32 9 218 45 70 tijdens de werkuren.</p><p>Vriendelijke groeten,<br>Meubelmakerij Ravel</p>",
   "641-2871165-9904326", ["BSM309"], "Belgian number in international format (not a manufacturer line).")
_m("return-follow-up", "text", "nl-NL", "Retour 641-6195027-3358801",
   "Beste heer Kok,\n\nOm uw retour van bestelling 641-6195027-3358801 af te ronden, hebben we het serienummer van de geretourneerde router nodig. "
   "Wilt u een foto van het typeplaatje mailen naar retouren@netwerkshop-online.nl?\n\nMet vriendelijke groet,\nNetwerkshop Online",
   "641-6195027-3358801", ["BSM308"], "Plain e-mail address in a return follow-up.")
_m("reply", "text", "nl-NL", "Re: vraag over borduurpakket (641-3702248-7719554)",
   "Hoi Marloes,\n\nHet patroon voor je borduurpakket (bestelling 641-3702248-7719554) sturen we je graag los toe. Stuur even een berichtje naar patronen apenstaartje steekjesenzo punt nl, "
   "dan doe ik het er vandaag nog uit.\n\nLiefs,\nGerda - Steekjes & Zo", "641-3702248-7719554", ["BSM308"],
   "Obfuscated e-mail address with 'apenstaartje' and 'punt'.")
_m("reply", "html", "nl-NL", "Re: Aansluitschema thermostaat - 641-8218439-6650272",
   "<p>Beste heer Hoekstra,</p><p>Het aansluitschema voor uw thermostaat (bestelling 641-8218439-6650272) staat uitgebreid beschreven op onze "
   "<a href=\"https://www.klimaatwinkel.nl/support/thermostaat-aansluiten\">supportpagina over het aansluiten van de thermostaat</a>.</p>"
   "<p>Met vriendelijke groet,<br>Klimaatwinkel</p>", "641-8218439-6650272", ["BSM302"],
   "Descriptive https link to the seller's own site.")
_m("review-request", "html", "nl-NL", "Uw oordeel over bestelling 641-5597110-4423896",
   "<p>Beste mevrouw Van Leeuwen,</p><p>U kocht bij ons een set houten speelgoedblokken (bestelling 641-5597110-4423896). Wilt u uw ervaring delen via "
   "<a href=\"http://www.amazon.nl/gp/your-account/order-history\">uw bestellingen op Amazon.nl</a>? Elke mening telt.</p><p>Groet,<br>Speelhout</p>",
   "641-5597110-4423896", ["BSM301"], "Insecure http link to Amazon with descriptive text.")
_m("delivery-delay", "html", "nl-NL", "Leverdatum aangepast: 641-1048872-5579133",
   "<p>Beste heer Vos,</p><p>Uw koptelefoon 'Studio X2' (bestelling 641-1048872-5579133) wordt door een vertraagde container op 22 december verzonden.</p>"
   "<p><img src=\"https://cdn.geluidsbaas.nl/producten/studio-x2-koptelefoon.jpg\" alt=\"Koptelefoon Studio X2\" width=\"300\"></p>"
   "<p>Met vriendelijke groet,<br>Geluidsbaas</p>", "641-1048872-5579133", ["BSM310"], "Photo of the purchased product.")
_m("delivery-scheduling", "html", "nl-NL", "Bezorging eettafel 641-4662091-8806347",
   "<p>Beste familie De Boer,</p><p>Wanneer mogen wij uw eiken eettafel (bestelling 641-4662091-8806347) komen brengen? Wij hebben plek op 16 december (ochtend) of 17 december (middag).</p>"
   "<p><img src=\"https://cdn.tafelmakers.nl/stock/kerstboom-met-lichtjes.jpg\" alt=\"Kerstboom met lichtjes\" width=\"280\"></p>"
   "<p>Fijne feestdagen,<br>De Tafelmakers</p>", "641-4662091-8806347", ["BSM311"], "Unrelated stock image (Christmas tree).")
_m("invoice", "html", "nl-NL", "Factuur 641-2937704-1152268",
   "<p><img src=\"https://www.dierenspeciaalzaak-rex.nl/img/rex-logo.png\" alt=\"\" width=\"140\"></p><p>Beste mevrouw Meijer,</p>"
   "<p>Bijgevoegd de factuur (nr. 2026/4471) voor uw bestelling 641-2937704-1152268: kattenkrabpaal XL, € 79,00 incl. 21% btw.</p>"
   "<p>Met vriendelijke groet,<br>Dierenspeciaalzaak Rex</p>", "641-2937704-1152268", ["BSM402"], "Logo with empty alt.")
_m("fulfillment-question", "text", "nl-NL", "Kleine vraag over 641-7506328-4408919",
   "Hey Jesse!\n\nVoor je bestelling 641-7506328-4408919 (de bordspellen) willen we even checken: mag het pakket bij de buren worden afgegeven als je niet thuis bent? 🎲📦\n\n"
   "Groetjes,\nSpellenzolder", "641-7506328-4408919", ["BSM403"], "Emoji in an otherwise permitted question.")
_m("delivery-delay", "html", "nl-NL", "Update bestelling 641-3845517-2271603",
   "<style>h1{font-size:22px} h2{font-size:18px} p{font-size:14px} .klein{font-size:11px}</style>"
   "<h1>Vertraging</h1><h2>Bestelling 641-3845517-2271603</h2><p>Beste mevrouw Brouwer, uw vogelhuisje wordt op 15 december verzonden in plaats van 10 december.</p>"
   "<p class=\"klein\">Vogelhuisjes Veluwe - Apeldoorn</p>", "641-3845517-2271603", ["BSM410"],
   "Four explicit font sizes in a style block.")
_m("additional-information", "text", "nl-NL", "Gravure controleren - 641-9128560-3347720",
   "Beste Thomas,\n\nVoor het gegraveerde zakhorloge uit bestelling 641-9128560-3347720 hebben we de tekst nodig die op de achterkant moet.\n\n\n\n"
   "Maximaal 30 tekens, hoofdletters of kleine letters.\n\nGroet,\nGraveerwerk Hoorn", "641-9128560-3347720", ["BSM412"],
   "Several blank lines in a row in plain text.")
_m("return-follow-up", "html", "nl-BE", "Retour bestelling 641-5731904-6628815",
   "<p>Dag mevrouw Claeys,</p><p>Uw retour van de barkrukken (bestelling 641-5731904-6628815) is aangekomen. Eén kruk heeft een kras; we bieden u een gedeeltelijke terugbetaling van € 45 aan in plaats van € 60.</p>"
   "<p></p><p></p><p>Gaat u akkoord?</p><br><br><br><p>Vriendelijke groeten,<br>Interieur Lys</p>", "641-5731904-6628815", ["BSM412"],
   "Empty paragraphs and a run of <br> in HTML.")
_m("invoice", "text", "nl-NL", "[Belangrijk] Factuur bestelling 641-4086623-9915037",
   "Beste heer Van der Berg,\n\nIn de bijlage treft u de factuur (F-2026-0913) voor bestelling 641-4086623-9915037 aan.\n\nMet vriendelijke groet,\nTuinmachines Achterhoek B.V.",
   "641-4086623-9915037", ["BSM110"], "[Belangrijk] on an invoice.")
_m("review-request", "html", "nl-NL", "Recensie bestelling 641-6380015-7704482",
   "<p>Beste mevrouw Smeets,</p><p>Wilt u iets vertellen over uw ervaring met de lederen portemonnee uit bestelling 641-6380015-7704482? "
   "<a href=\"https://www.amazon.nl/review/create-review?asin=B0D1T7X4LM\">Klik hier</a> om een recensie te plaatsen.</p><p>Groet,<br>Leerwerk Utrecht</p>",
   "641-6380015-7704482", ["BSM401"], "'Klik hier' link text.")
# ---- 2 that vary ----
_m("delivery-delay", "html", "nl-NL", "Uw bestelling 641-8475206-1139958 komt later",
   "<div style=\"font-family:Verdana,Arial,sans-serif; line-height:1.7; color:#2b2b2b; text-align:center\">"
   "<p>Beste mevrouw Schouten,</p><p>Uw set pannen (bestelling 641-8475206-1139958) verlaat ons pas op 23 december door een achterstand bij de fabrikant.</p>"
   "<p>Onze excuses voor het wachten.</p><p>Kookgerei Direct</p></div>", "641-8475206-1139958",
   ["BSM407", "BSM408", "BSM409", "BSM411"], "Builder styles: font family, line height, colour, centred text.")
_m("additional-information", "html", "nl-NL", "Kleur kiezen voor 641-1593340-5586271",
   "<p>Beste heer Mertens,</p><p>De loungestoel uit bestelling 641-1593340-5586271 is in twee tinten antraciet leverbaar: mat of licht glanzend. Welke wilt u?</p>"
   "<p>Met vriendelijke groet,<br>Tuinmeubel Expert</p>"
   "<img src=\"https://t.mailrelay-nl.net/o.gif?uid=88213&amp;cid=nl1593\" width=\"1\" height=\"1\" alt=\"\">",
   "641-1593340-5586271", ["BSM307", "BSM402"], "Hidden 1x1 tracking pixel with empty alt.")

MESSAGES = []
for _i, _r in enumerate(_R, 1):
    MESSAGES.append({"id": "v33-nl-%03d" % _i, "language": "nl", "locale": _r["locale"], "type": _r["type"],
                     "format": _r["format"], "subject": _r["subject"], "body": _r["body"],
                     "order_id": _r["order_id"], "expected": _r["expected"], "note": _r["note"]})
