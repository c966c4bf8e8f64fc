"""v31 evaluation messages, Dutch (nl-NL / nl-BE)."""

MESSAGES = []


def _m(locale, typ, fmt, subject, body, order_id, expected, note):
    MESSAGES.append({
        "id": "v31-nl-%03d" % (len(MESSAGES) + 1),
        "language": "nl",
        "locale": locale,
        "type": typ,
        "format": fmt,
        "subject": subject,
        "body": body,
        "order_id": order_id,
        "expected": sorted(expected),
        "note": note,
    })


# 1 clean: delivery delay, text
_m("nl-NL", "delivery-delay", "text",
   "Vertraging bestelling 621-4830172-5519024",
   "Beste mevrouw De Graaf,\n\n"
   "Uw bestelling 621-4830172-5519024 (eikenhouten snijplank, 45 x 30 cm) wordt later verzonden dan op Amazon stond aangegeven. "
   "Onze houtleverancier kon de partij eiken pas deze week leveren, waardoor de planken nog geolied moeten worden.\n\n"
   "De nieuwe verwachte verzenddatum is donderdag 17 december.\n\n"
   "Excuses voor het ongemak.\n\n"
   "Met vriendelijke groet,\nRuud Verhoef\nHoutatelier Verhoef, Deventer",
   "621-4830172-5519024", [], "Clean plain-text delivery delay with a new ship date.")

# 2 clean: delivery delay, html
_m("nl-BE", "delivery-delay", "html",
   "Uw bestelling 621-2290341-8876510: nieuwe leverdatum",
   "<p>Dag meneer Peeters,</p>"
   "<p>Helaas loopt de levering van uw <b>USB-C dockingstation (12-in-1)</b> vertraging op. "
   "De container met de nieuwe voorraad is later in Antwerpen aangekomen dan gepland.</p>"
   "<table border=\"1\" cellpadding=\"6\">"
   "<tr><td>Bestelnummer</td><td>621-2290341-8876510</td></tr>"
   "<tr><td>Oorspronkelijke verzenddatum</td><td>4 december 2026</td></tr>"
   "<tr><td>Nieuwe verzenddatum</td><td>11 december 2026</td></tr>"
   "</table>"
   "<p>We houden u op de hoogte als er iets verandert. Onze excuses voor het wachten.</p>"
   "<p>Vriendelijke groeten,<br>Team ByteHaven<br><small>ByteHaven BV, Gent</small></p>",
   "621-2290341-8876510", [], "Clean HTML delivery delay with a simple table and small footer.")

# 3 clean: order problem with [Belangrijk], amount adjusted
_m("nl-NL", "order-problem", "text",
   "[Belangrijk] Probleem met bestelling 621-7713094-2048836",
   "Geachte heer Bakker,\n\n"
   "Tot onze spijt kunnen wij het door u bestelde handgebreide vest (maat L, kleur mosgroen) niet leveren: "
   "het laatste exemplaar bleek bij de eindcontrole een weeffout te hebben en er is geen voorraad meer.\n\n"
   "Wij hebben het volledige bestelbedrag van uw bestelling 621-7713094-2048836 inmiddels aangepast met als reden 'geen voorraad'. "
   "U ziet de terugbetaling binnen enkele werkdagen op uw rekening.\n\n"
   "Onze oprechte excuses.\n\n"
   "Hartelijke groet,\nAnnemiek Smit\nWolwinkel De Kluwen",
   "621-7713094-2048836", [], "Clean order problem confirming the amount adjustment, critical tag allowed.")

# 4 clean: additional information
_m("nl-NL", "additional-information", "text",
   "Vraag over uw gravering - bestelling 621-3356028-1190447",
   "Hallo Sanne,\n\n"
   "Bij je bestelling 621-3356028-1190447 (houten speelgoedkist met naam) is het tekstveld voor de gravering leeg gebleven. "
   "Welke naam mogen we erop zetten? Maximaal 12 letters, en laat ons ook even weten of je hoofdletters wilt.\n\n"
   "Zodra we je antwoord hebben, gaat de kist de werkplaats in.\n\n"
   "Groetjes,\nMarloes van Speelhout",
   "621-3356028-1190447", [], "Clean request for personalisation details needed to complete the order.")

# 5 clean: return follow-up, partial refund
_m("nl-NL", "return-follow-up", "text",
   "Retour bestelling 621-6604817-3327159",
   "Beste heer Visser,\n\n"
   "U heeft een retour aangevraagd voor de bureaustoel uit bestelling 621-6604817-3327159 omdat een van de armleuningen kras heeft.\n\n"
   "In plaats van de stoel terug te sturen, kunnen wij u een gedeeltelijke terugbetaling van € 35,00 aanbieden, zodat u de stoel kunt houden. "
   "Laat u ons weten of u daarmee akkoord gaat? Anders sturen wij u gewoon een retourlabel.\n\n"
   "Met vriendelijke groet,\nKantoorMeubel Direct\nklantenservice",
   "621-6604817-3327159", [], "Clean return follow-up offering a partial refund.")

# 6 clean: return follow-up, question
_m("nl-BE", "return-follow-up", "text",
   "Uw retour (621-9047263-0051832)",
   "Dag mevrouw Claes,\n\n"
   "Om uw retour van de koffiemolen af te ronden, hebben we nog één ding nodig: zit de bonenbak er nog bij, of is die ontbroken toen u het pakket opende? "
   "Het retourformulier vermeldt alleen de molen zelf.\n\n"
   "Met die informatie kunnen we de terugbetaling voor bestelling 621-9047263-0051832 correct verwerken.\n\n"
   "Alvast bedankt,\nKoen Maes\nBrouwerij van Smaak - koffiehoek",
   "621-9047263-0051832", [], "Clean return follow-up asking for information needed to complete the return.")

# 7 clean: invoice with BTW/KvK and slashed invoice number
_m("nl-NL", "invoice", "text",
   "Factuur bij bestelling 621-1182550-6673408",
   "Geachte klant,\n\n"
   "In de bijlage vindt u de factuur voor uw bestelling 621-1182550-6673408.\n\n"
   "Factuurnummer: 2026/12/0418\n"
   "Factuurdatum: 2 december 2026\n"
   "Bedrag incl. 21% btw: € 149,95\n\n"
   "Met vriendelijke groet,\n\n"
   "Fietsonderdelen Hollands Glorie B.V.\n"
   "Industrieweg 14, 3542 AD Utrecht\n"
   "KvK 81234567 | BTW-nummer NL859123456B01",
   "621-1182550-6673408", [], "Clean invoice with VAT, KvK, IBAN and a slashed invoice number.")

# 8 clean: review request, text
_m("nl-NL", "review-request", "text",
   "Uw ervaring met bestelling 621-5528419-7740263",
   "Beste Jeroen,\n\n"
   "Je hebt inmiddels een week je nieuwe lamp van ons. We zouden het waarderen als je een productrecensie op Amazon achterlaat en ons als verkoper beoordeelt, "
   "zodat andere kopers een goed beeld krijgen. Elke eerlijke mening helpt ons.\n\n"
   "Bestelnummer: 621-5528419-7740263\n\n"
   "Groet,\nLichtlab Haarlem",
   "621-5528419-7740263", [], "Clean neutral review and feedback request in plain text.")

# 9 clean: review request, html with logo and descriptive Amazon link
_m("nl-NL", "review-request", "html",
   "Hoe bevalt uw theepot? (bestelling 621-8815306-2294571)",
   "<p><img src=\"https://m.media-amazon.com/images/S/seller-logos/theehuis-oolong.png\" alt=\"Theehuis Oolong logo\" width=\"160\" height=\"60\"></p>"
   "<p>Beste mevrouw Kok,</p>"
   "<p>Een paar weken geleden bestelde u bij ons een gietijzeren theepot (bestelling 621-8815306-2294571). "
   "Wij horen graag wat u ervan vindt. Zou u een recensie willen schrijven?</p>"
   "<p><a href=\"https://www.amazon.nl/review/create-review?asin=B0CX7Q4T2M\">Schrijf een recensie op Amazon.nl</a></p>"
   "<p>Met theegroet,<br>Li en Bram<br><small>Theehuis Oolong, Leiden</small></p>",
   "621-8815306-2294571", [], "Clean HTML review request with a shop logo with alt text and a descriptive https Amazon link.")

# 10 clean: delivery scheduling
_m("nl-NL", "delivery-scheduling", "text",
   "Bezorgafspraak hoekbank - bestelling 621-2047786-9913350",
   "Beste familie Jansen,\n\n"
   "Uw hoekbank 'Lisse' (bestelling 621-2047786-9913350) is klaar voor bezorging. Omdat de bank met twee bezorgers naar binnen wordt gedragen, plannen we graag een afspraak.\n\n"
   "Wij kunnen komen op:\n"
   "- dinsdag 15 december, tussen 8.00 en 12.00 uur\n"
   "- woensdag 16 december, tussen 12.00 en 16.00 uur\n"
   "- vrijdag 18 december, tussen 8.00 en 12.00 uur\n\n"
   "Wilt u laten weten welk tijdvak u past en op welke verdieping de bank moet komen?\n\n"
   "Met vriendelijke groet,\nPlanning Woonhuys Meubelen",
   "621-2047786-9913350", [], "Clean delivery scheduling of a bulky sofa with time slots.")

# 11 clean: home service appointment
_m("nl-BE", "home-service-appointment", "text",
   "Afspraak montage - 621-6631905-4482017",
   "Dag mevrouw Wouters,\n\n"
   "U bestelde de montage van uw vaatwasser bij bestelling 621-6631905-4482017. Onze monteur Dries kan langskomen op maandag 14/12 tussen 13u en 15u, of op woensdag 16/12 tussen 9u en 11u.\n\n"
   "Laat u even weten wat het beste past? Zorg er ook voor dat de watertoevoer en het stopcontact vrij bereikbaar zijn.\n\n"
   "Groeten,\nInstallatiedienst Vlaanderen",
   "621-6631905-4482017", [], "Clean home-service appointment with two time slots.")

# 12 clean: custom design verification
_m("nl-NL", "custom-design-verification", "text",
   "Ontwerpproef voor uw bestelling 621-3398120-5067742",
   "Hoi Mirjam,\n\n"
   "In de bijlage zit de ontwerpproef van je geboortebordje (bestelling 621-3398120-5067742): naam 'Fenna', geboortedatum 28-11-2026, lettertype zoals gekozen.\n\n"
   "Klopt alles, inclusief de spelling van de naam? Zodra je akkoord geeft, frezen we het bordje uit. Wil je iets anders, zeg het gerust.\n\n"
   "Liefs uit de werkplaats,\nIlse - Houtje Touwtje Design",
   "621-3398120-5067742", [], "Clean custom design proof sent for approval.")

# 13 clean: door code question with reference numbers
_m("nl-NL", "fulfillment-question", "text",
   "Toegang gebouw voor levering 621-7150463-8839204",
   "Beste heer El Amrani,\n\n"
   "Uw aquarium met onderkast (bestelling 621-7150463-8839204, ritreferentie NL-4471-22908) wordt door onze eigen bezorgdienst gebracht. "
   "Volgens het adres woont u in een appartementencomplex met een afgesloten centrale entree.\n\n"
   "Heeft het gebouw een deurcode of een bel met naam die wij aan onze bezorgers mogen doorgeven? Dan kunnen zij het aquarium veilig tot aan uw voordeur brengen.\n\n"
   "Met vriendelijke groet,\nVerzendafdeling Aquarium Totaal",
   "621-7150463-8839204", [], "Clean fulfilment question asking for a door code, with reference numbers.")

# 14 clean: reply quoting English product title
_m("nl-NL", "reply", "text",
   "Re: Vraag over 'Cast Iron Dutch Oven 5.2L' (621-0843157-3366028)",
   "Beste Maaike,\n\n"
   "Goede vraag! De 'Cast Iron Dutch Oven 5.2L' die je bij ons bestelde (621-0843157-3366028) is geschikt voor inductie, gas, keramisch en de oven tot 260 °C. "
   "Alleen de magnetron is uit den boze.\n\n"
   "Tip: verwarm hem langzaam op en gebruik geen afwasmiddel op de binnenkant van geëmailleerd gietijzer als je dat niet hoeft.\n\n"
   "Met vriendelijke groet,\nPannenparadijs",
   "621-0843157-3366028", [], "Clean reply quoting an English product title inside Dutch sentences.")

# 15 clean: reply with manufacturer's warranty hotline
_m("nl-NL", "reply", "text",
   "Re: Garantie stofzuiger - bestelling 621-4406291-7725183",
   "Geachte mevrouw Dekker,\n\n"
   "Vervelend dat uw steelstofzuiger na drie maanden niet meer oplaadt. Op dit model geldt twee jaar fabrieksgarantie. "
   "De snelste weg is rechtstreeks contact met de garantielijn van de fabrikant: 088 - 240 55 00 (servicedienst van de fabrikant, ma-vr 8.30-17.30 uur). "
   "Houd uw bestelnummer 621-4406291-7725183 bij de hand.\n\n"
   "Lukt het niet, laat het ons dan via dit bericht weten.\n\n"
   "Met vriendelijke groet,\nHuishoudshop Vermeer",
   "621-4406291-7725183", [], "Clean reply giving the manufacturer's warranty line, marked as such.")

# 16 clean: reply with company-details footer
_m("nl-BE", "reply", "text",
   "Re: Maattabel jassen - 621-5962704-1183395",
   "Dag Lotte,\n\n"
   "De winterjas 'Ardennen' valt normaal op maat. Bij je bestelling 621-5962704-1183395 koos je maat 38; als je graag een dikke trui eronder draagt, is 40 een goede keuze. "
   "Ruilen kan binnen de retourtermijn van Amazon.\n\n"
   "Warme groeten,\nElke\n\n"
   "--\nBuitenkleding Meerdael BV\nLeuvensesteenweg 212, 3080 Tervuren\nOndernemingsnummer BE 0712.345.678\nOpeningsuren klantendienst: ma-vr 9u-17u",
   "621-5962704-1183395", [], "Clean reply with a Belgian company-details footer.")

# 17 clean: reply with return numbers, dates, times and amounts
_m("nl-NL", "reply", "text",
   "Re: Status van mijn terugbetaling 621-8270634-4415096",
   "Beste heer Mulder,\n\n"
   "Uw retourpakket (retournummer RT-2026-88341, zendingscode 3SABC1234567890) is op 3 december om 10.42 uur bij ons magazijn binnengekomen. "
   "Wij hebben het gecontroleerd en op 4 december een bedrag van € 64,90 terugbetaald voor bestelling 621-8270634-4415096.\n\n"
   "Afhankelijk van uw bank staat het bedrag binnen 3 tot 5 werkdagen op uw rekening.\n\n"
   "Met vriendelijke groet,\nSportief Online",
   "621-8270634-4415096", [], "Clean reply with return and tracking numbers, dates, times and amounts.")

# 18 BSM201: handed to carrier
_m("nl-NL", "fulfillment-question", "text",
   "Uw bestelling 621-1093382-6604751 is onderweg",
   "Hallo Bas,\n\n"
   "Goed nieuws: je pakket met de fietstassen is vanmiddag bij ons vertrokken en door PostNL opgehaald. "
   "Normaal gesproken ligt het morgen of overmorgen bij je op de mat.\n\n"
   "Bestelnummer 621-1093382-6604751.\n\n"
   "Groet,\nTeam Trapkracht",
   "621-1093382-6604751", ["BSM201"], "Shipping confirmation worded as 'left us and collected by the carrier'.")

# 19 BSM201: order received, being prepared
_m("nl-BE", "additional-information", "text",
   "Bestelling 621-3371940-2259683",
   "Dag mevrouw Janssens,\n\n"
   "Wij hebben uw bestelling goed ontvangen en zijn al volop bezig met inpakken. "
   "Uw kaarsen worden met zorg in noppenfolie gewikkeld zodat ze heel aankomen.\n\n"
   "Referentie: 621-3371940-2259683\n\n"
   "Hartelijke groet,\nKaarsenmakerij Het Lichtpunt",
   "621-3371940-2259683", ["BSM201"], "Order confirmation: order received and being packed.")

# 20 BSM202: thanks only
_m("nl-NL", "reply", "text",
   "Dank je wel! (621-6148257-9031476)",
   "Beste Femke,\n\nHeel erg bedankt voor je bestelling bij Zeepziederij Lavendel. We waarderen het enorm dat je voor een kleine zaak kiest!\n\nHartelijke groet,\nNina",
   "621-6148257-9031476", ["BSM202"], "A thank-you-only message.")

# 21 BSM202: only ready to help
_m("nl-NL", "fulfillment-question", "text",
   "Bestelling 621-2584016-7379902",
   "Geachte heer Hendriks,\n\n"
   "Mocht u vragen hebben over uw aankoop of loopt u ergens tegenaan, aarzel dan niet om ons een bericht te sturen. "
   "Ons team staat altijd voor u klaar.\n\n"
   "Met vriendelijke groet,\nGereedschap Groothandel Noord",
   "621-2584016-7379902", ["BSM202"], "Only offers help if a problem arises, no other content.")

# 22 BSM203: P.S. 20% off
_m("nl-NL", "delivery-delay", "text",
   "Latere verzending bestelling 621-9915427-3360184",
   "Beste mevrouw Van Dijk,\n\n"
   "Uw puzzel 'Grachtengordel 1000 stukjes' wordt helaas pas op 14 december verzonden in plaats van op 8 december; de drukker had een storing.\n\n"
   "Excuses voor de vertraging.\n\n"
   "Met vriendelijke groet,\nPuzzelhuis Amstel\n\n"
   "P.S. Tot en met zondag krijgt u twintig procent korting op ons complete assortiment - handig voor de feestdagen!",
   "621-9915427-3360184", ["BSM203"], "Permitted delay with a store-wide discount hidden in a P.S.")

# 23 BSM203: follow us / newsletter / new collection
_m("nl-BE", "reply", "text",
   "Re: Kleur van de sjaal (621-4427503-8816630)",
   "Dag Hanne,\n\n"
   "De sjaal die je bestelde (621-4427503-8816630) is in het echt iets warmer van toon dan op de foto: eerder oker dan citroengeel.\n\n"
   "Volg ons trouwens op Instagram en schrijf je in voor onze nieuwsbrief, dan zie je als eerste onze nieuwe wintercollectie die volgende week uitkomt.\n\n"
   "Groetjes,\nAtelier Wolk",
   "621-4427503-8816630", ["BSM203"], "Reply with a follow-us, newsletter and new-collection plug.")

# 24 BSM204: token of appreciation after review
_m("nl-NL", "review-request", "text",
   "Uw mening over bestelling 621-7034618-2247059",
   "Beste heer Smits,\n\n"
   "Wij hopen dat u plezier heeft van de bluetooth-speaker. Wilt u een recensie op Amazon schrijven? "
   "Als dank sturen wij u, zodra uw recensie zichtbaar is, een klein presentje als blijk van waardering.\n\n"
   "Bestelnummer: 621-7034618-2247059\n\n"
   "Met vriendelijke groet,\nGeluidsHoek",
   "621-7034618-2247059", ["BSM204"], "Review request promising a small gift once the review is published.")

# 25 BSM204: full refund once review online
_m("nl-NL", "review-request", "text",
   "Kleine vraag - 621-5840291-6618734",
   "Hoi Dennis,\n\n"
   "Fijn dat je de telefoonhoes hebt ontvangen. We hebben een voorstel: plaats een recensie en stuur ons een berichtje als die online staat. "
   "Dan betalen we het volledige aankoopbedrag aan je terug.\n\n"
   "Bestelling 621-5840291-6618734\n\n"
   "Groet,\nCaseCraft NL",
   "621-5840291-6618734", ["BSM204"], "Full refund offered once the review is online.")

# 26 BSM205: change or remove one-star review
_m("nl-NL", "reply", "text",
   "Re: Uw recensie bij bestelling 621-2219564-0097381",
   "Geachte mevrouw Bos,\n\n"
   "We zagen dat u één ster gaf voor de kinderregenjas. Inmiddels hebben wij u een nieuw exemplaar in de juiste maat gestuurd. "
   "Nu het probleem is opgelost, zou u zo vriendelijk willen zijn om uw beoordeling bij te werken of te verwijderen?\n\n"
   "Bestelling: 621-2219564-0097381\n\n"
   "Met vriendelijke groet,\nRegenboog Kinderkleding",
   "621-2219564-0097381", ["BSM205"], "Asks the buyer to update or delete a one-star review.")

# 27 BSM206: only if satisfied, otherwise contact us
_m("nl-NL", "review-request", "text",
   "Tevreden met uw bestelling 621-6683079-4152206?",
   "Beste Wim,\n\n"
   "Ben je blij met je nieuwe vogelhuisje? Dan zouden we het fijn vinden als je dat in een recensie op Amazon laat weten. "
   "Ben je minder te spreken over het huisje, stuur ons dan eerst een bericht in plaats van een recensie te plaatsen, dan lossen we het samen op.\n\n"
   "Bestelling 621-6683079-4152206\n\n"
   "Groeten,\nTuinhout Twente",
   "621-6683079-4152206", ["BSM206"], "Review only if happy; unhappy buyers steered to the seller.")

# 28 BSM206: five stars
_m("nl-BE", "review-request", "text",
   "Uw recensie voor 621-3506812-7783940",
   "Dag meneer Dubois,\n\n"
   "Uw espressokopjes zijn inmiddels een tijdje bij u. Wij zouden het erg waarderen als u ons op Amazon vijf sterren zou geven; "
   "voor een klein familiebedrijf maakt elke volle score een groot verschil.\n\n"
   "Bestelnummer 621-3506812-7783940\n\n"
   "Met vriendelijke groeten,\nPorselein Pauwels",
   "621-3506812-7783940", ["BSM206"], "Asks for a five-star rating.")

# 29 BSM108: cancel yourself (adjustment confirmed)
_m("nl-NL", "order-problem", "text",
   "Probleem met bestelling 621-8142937-5590618",
   "Beste mevrouw Willems,\n\n"
   "Het kinderbed 'Noor' blijkt helaas niet meer op voorraad; de fabrikant heeft de productie stopgezet. "
   "Wij hebben het bestelbedrag van 621-8142937-5590618 al aangepast wegens geen voorraad.\n\n"
   "Het snelst bent u geholpen als u de bestelling zelf annuleert via 'Mijn bestellingen' op Amazon, dan is het ook in uw overzicht meteen afgerond.\n\n"
   "Met vriendelijke groet,\nBabyhuis Lotje",
   "621-8142937-5590618", ["BSM108"], "Out of stock: advises the buyer to cancel themselves, adjustment confirmed.")

# 30 BSM108 + BSM107: cancellation request without adjustment
_m("nl-NL", "order-problem", "text",
   "Bestelling 621-4971350-2286473 - voorraadprobleem",
   "Beste heer De Boer,\n\n"
   "Door een telfout in ons magazijn hebben wij de laatste set winterbanden dubbel verkocht. "
   "Wij zouden het zeer op prijs stellen als u een annuleringsverzoek indient voor bestelling 621-4971350-2286473, zodat wij dit netjes kunnen afhandelen.\n\n"
   "Onze excuses.\n\n"
   "Met vriendelijke groet,\nBandenCentrale Zwolle",
   "621-4971350-2286473", ["BSM107", "BSM108"], "Out of stock: asks for a cancellation request and does not confirm an adjustment.")

# 31 BSM305: reply STOP
_m("nl-NL", "delivery-delay", "text",
   "Update levering 621-1376548-9904215",
   "Beste klant,\n\n"
   "Uw bestelling 621-1376548-9904215 (navulbare inktcartridges) wordt circa vijf werkdagen later verzonden, naar verwachting op 16 december.\n\n"
   "Met vriendelijke groet,\nInktExpress\n\n"
   "Wilt u geen berichten meer van ons ontvangen? Antwoord dan met STOP.",
   "621-1376548-9904215", ["BSM305"], "Delay message with an opt-out instruction in the footer.")

# 32 BSM306: profanity
_m("nl-NL", "reply", "text",
   "Re: Waar blijft mijn pakket? 621-7620195-3348861",
   "Hoi Rick,\n\n"
   "Sorry man, die klotekoerier heeft je pakket verdomme weer naar het verkeerde depot gebracht. We hebben het uitgezocht: het wordt dinsdag opnieuw aangeboden.\n\n"
   "Bestelling 621-7620195-3348861.\n\n"
   "Groet,\nJoost - GameKelder",
   "621-7620195-3348861", ["BSM306"], "Reply with Dutch profanity about the courier.")

# 33 BSM104: nl-BE buyer, message in French
_m("nl-BE", "delivery-delay", "text",
   "Retard de livraison - commande 621-5209874-1173302",
   "Bonjour Madame Vermeulen,\n\n"
   "Votre commande 621-5209874-1173302 (lampe de bureau en laiton) sera expédiée avec quelques jours de retard, vers le 15 décembre, car notre fournisseur a eu un souci de production.\n\n"
   "Nous vous prions de nous excuser.\n\n"
   "Cordialement,\nLuminaires Delvaux, Bruxelles",
   "621-5209874-1173302", ["BSM104"], "Dutch-speaking Belgian buyer receives a message written in French.")

# 34 BSM309: national phone number
_m("nl-NL", "delivery-scheduling", "text",
   "Bezorging koelkast - 621-3047716-6651928",
   "Beste mevrouw Meijer,\n\n"
   "Uw Amerikaanse koelkast (bestelling 621-3047716-6651928) kan volgende week bezorgd worden. "
   "Bel ons even op 030 - 262 48 19 om een tijdstip af te spreken, of laat via dit bericht weten welke dag u schikt.\n\n"
   "Met vriendelijke groet,\nWitgoed Wijk bij Duurstede",
   "621-3047716-6651928", ["BSM309"], "Seller's own phone number in national format.")

# 35 BSM309: international format
_m("nl-BE", "reply", "text",
   "Re: Onderdeel ontbreekt (621-8851240-2209537)",
   "Dag meneer Lambrechts,\n\n"
   "Excuses voor de ontbrekende schroevenset bij uw wandkast. We sturen er vandaag een op. Hebt u nog vragen, onze werkplaats is bereikbaar op +32 9 234 56 78.\n\n"
   "Bestelling 621-8851240-2209537\n\n"
   "Groeten,\nMeubelmakerij Van Hecke",
   "621-8851240-2209537", ["BSM309"], "Seller's workshop phone number in international format.")

# 36 BSM308: plain email address
_m("nl-NL", "custom-design-verification", "text",
   "Ontwerp trouwkaart - 621-6296385-7740112",
   "Beste Eva en Thomas,\n\n"
   "Het eerste ontwerp van jullie trouwkaarten zit in de bijlage (bestelling 621-6296385-7740112). "
   "Als jullie liever een hogere resolutie willen bekijken, mail dan even naar studio@papierenpracht.nl, dan sturen we het grote bestand.\n\n"
   "Liefs,\nStudio Papieren Pracht",
   "621-6296385-7740112", ["BSM308"], "Design proof with a plain e-mail address.")

# 37 BSM308: obfuscated with apenstaartje
_m("nl-NL", "reply", "text",
   "Re: Maatadvies (621-2735061-4418893)",
   "Hallo Jasmijn,\n\n"
   "Voor het maatadvies van de hardloopschoenen kun je ons ook een foto van je voetafdruk sturen: "
   "info apenstaartje loopwerk punt nl. Dan kijken we mee.\n\n"
   "Bestelling 621-2735061-4418893\n\n"
   "Sportieve groet,\nLoopwerk",
   "621-2735061-4418893", ["BSM308"], "E-mail address written out with 'apenstaartje' and 'punt'.")

# 38 BSM302: https link to seller's site
_m("nl-NL", "reply", "html",
   "Re: Montage van de kast 621-4158830-9963207",
   "<p>Beste heer Koster,</p>"
   "<p>Bij de kledingkast uit bestelling 621-4158830-9963207 hoort een uitgebreide montagevideo. "
   "U vindt die op onze eigen website: <a href=\"https://www.kastenkoning.nl/montage/kledingkast-brede\">montagevideo kledingkast Brede</a>.</p>"
   "<p>Met vriendelijke groet,<br>De Kastenkoning</p>",
   "621-4158830-9963207", ["BSM302"], "https link with descriptive text to the seller's own site.")

# 39 BSM301: http link to Amazon
_m("nl-NL", "review-request", "html",
   "Recensie voor bestelling 621-9382467-1150384",
   "<p>Beste mevrouw Peters,</p>"
   "<p>Wilt u uw ervaring met de keukenweegschaal delen? Uw recensie helpt andere kopers bij hun keuze.</p>"
   "<p><a href=\"http://www.amazon.nl/review/create-review?asin=B0BN5K2WQ1\">Recensie schrijven op Amazon.nl</a></p>"
   "<p>Bestelnummer: 621-9382467-1150384</p>"
   "<p>Met vriendelijke groet,<br>Keukenplein</p>",
   "621-9382467-1150384", ["BSM301"], "Descriptive Amazon review link over plain http.")

# 40 BSM310: product image
_m("nl-NL", "delivery-delay", "html",
   "Vertraging bestelling 621-1605738-8827461",
   "<p>Beste Joris,</p>"
   "<p>Je skateboard wordt een paar dagen later verstuurd dan gepland, naar verwachting op 12 december. Ter herinnering, dit is het board dat je bestelde:</p>"
   "<p><img src=\"https://cdn.skateschuur.nl/producten/skateboard-deck-koi-8-25.jpg\" alt=\"Skateboard deck Koi 8.25 inch\" width=\"300\"></p>"
   "<p>Bestelling 621-1605738-8827461</p>"
   "<p>Groet,<br>Skateschuur</p>",
   "621-1605738-8827461", ["BSM310"], "Delay message with a photo of the purchased product.")

# 41 BSM311: unrelated stock image
_m("nl-NL", "invoice", "html",
   "Factuur 621-7749021-3306658",
   "<p>Beste klant,</p>"
   "<p>Bijgevoegd vindt u de factuur voor bestelling 621-7749021-3306658 (factuurnummer 2026/12/1133).</p>"
   "<p><img src=\"https://images.stockfotobank.com/kerst/kerstboom-met-lichtjes.jpg\" alt=\"Kerstboom met lichtjes\" width=\"320\"></p>"
   "<p>Fijne feestdagen!<br>Administratie Drukwerkdeal B.V.</p>",
   "621-7749021-3306658", ["BSM311"], "Invoice message decorated with an unrelated Christmas tree image.")

# 42 BSM402: logo without alt
_m("nl-NL", "additional-information", "html",
   "Adrescontrole bestelling 621-3920647-5581239",
   "<p><img src=\"https://m.media-amazon.com/images/S/seller-logos/plantjes-plaza.png\" width=\"150\"></p>"
   "<p>Beste mevrouw Hoekstra,</p>"
   "<p>Bij uw bestelling 621-3920647-5581239 ontbreekt het huisnummer in het bezorgadres. Wilt u dat aanvullen, zodat uw plant niet onderweg blijft hangen?</p>"
   "<p>Met groene groet,<br>Plantjes Plaza</p>",
   "621-3920647-5581239", ["BSM402"], "Shop logo image without an alt attribute.")

# 43 BSM403: emoji
_m("nl-NL", "reply", "text",
   "Re: Cadeauverpakking 621-8063514-2279970",
   "Hoi Lieke,\n\n"
   "Ja hoor, we pakken je bestelling 621-8063514-2279970 in als cadeau, met een kaartje erbij zonder prijs 🎁 Laat maar weten wat erop moet.\n\n"
   "Groetjes,\nSieradenstudio Parel",
   "621-8063514-2279970", ["BSM403"], "Reply containing an emoji.")

# 44 BSM403: emoticon
_m("nl-BE", "delivery-scheduling", "text",
   "Levering tuinset 621-5517246-0038825",
   "Dag Jens,\n\n"
   "Je tuinset (bestelling 621-5517246-0038825) is zwaar en komt met een vrachtwagen met laadklep. Past zaterdag 19/12 tussen 10u en 14u? "
   "Dan hopen we op droog weer ;-)\n\n"
   "Groeten,\nTuinmeubelen Kempen",
   "621-5517246-0038825", ["BSM403"], "Delivery scheduling with an emoticon.")

# 45 BSM410: four font sizes in style block
_m("nl-NL", "delivery-delay", "html",
   "Nieuwe leverdatum 621-2648195-7716043",
   "<style>h1{font-size:26px} h2{font-size:19px} p{font-size:15px} .voet{font-size:11px}</style>"
   "<h1>Vertraging</h1>"
   "<h2>Bestelling 621-2648195-7716043</h2>"
   "<p>Beste meneer Brouwer, uw racefietshelm wordt door een vertraagde levering van onze leverancier pas op 15 december verzonden.</p>"
   "<p>Excuses voor het ongemak.</p>"
   "<p class=\"voet\">Wielersport Brouwer &amp; Zn, Apeldoorn</p>",
   "621-2648195-7716043", ["BSM410"], "Four explicit font sizes in a style block.")

# 46 BSM412: blank lines in text
_m("nl-NL", "additional-information", "text",
   "Vraag over uw bestelling 621-9176302-4405518",
   "Beste mevrouw Vos,\n\n"
   "Voor de maatwerk-gordijnen uit bestelling 621-9176302-4405518 hebben we nog de exacte hoogte van uw raam nodig, gemeten vanaf de rail tot de vloer.\n\n\n\n"
   "Met vriendelijke groet,\n\n\n"
   "Gordijnatelier Vos & Co",
   "621-9176302-4405518", ["BSM412"], "Plain-text message with runs of blank lines.")

# 47 BSM110: [Belangrijk] on an invoice
_m("nl-NL", "invoice", "text",
   "[Belangrijk] Factuur voor bestelling 621-6831459-2290774",
   "Geachte heer Kramer,\n\n"
   "Hierbij ontvangt u de factuur (nr. 2026/11/0987) voor uw bestelling 621-6831459-2290774 als PDF-bijlage.\n\n"
   "Met vriendelijke groet,\nAdministratie Tegelhandel Kramer & Zonen\nKvK 70123456",
   "621-6831459-2290774", ["BSM110"], "Critical tag in the subject of a non-critical invoice message.")

# 48 BSM401: 'klik hier'
_m("nl-NL", "review-request", "html",
   "Uw oordeel over bestelling 621-0457983-6614209",
   "<p>Beste Tim,</p>"
   "<p>We zijn benieuwd hoe de powerbank je bevalt. Je kunt een productrecensie schrijven op Amazon: "
   "<a href=\"https://www.amazon.nl/review/create-review?asin=B0D1LMQ8RX\">klik hier</a>.</p>"
   "<p>Bestelling 621-0457983-6614209</p>"
   "<p>Groeten,<br>Stroomwinkel</p>",
   "621-0457983-6614209", ["BSM401"], "Amazon review link with the text 'klik hier'.")

# 49 vary: builder styles
_m("nl-NL", "delivery-delay", "html",
   "Levering bestelling 621-3316574-8842091 vertraagd",
   "<div style=\"font-family: Georgia, serif; line-height: 1.8; color: #3b3b3b; text-align: center;\">"
   "<p>Beste mevrouw Schouten,</p>"
   "<p>Uw handgemaakte keramische vaas (bestelling 621-3316574-8842091) moet nog een extra keer de oven in en wordt daarom op 18 december verzonden in plaats van op 10 december.</p>"
   "<p>Dank voor uw geduld.</p>"
   "<p>Keramiekatelier Aarde &amp; Vuur</p>"
   "</div>",
   "621-3316574-8842091", ["BSM407", "BSM408", "BSM409", "BSM411"], "Builder wrapper setting font family, line height, colour and centring.")

# 50 vary: BSM102 order number without hyphens
_m("nl-NL", "additional-information", "text",
   "Vraag over uw bestelling",
   "Beste heer Van Leeuwen,\n\n"
   "Voor uw bestelling 62172058139904467 (op maat gezaagde plank, 120 x 35 cm) willen we graag weten of de randen afgerond of recht moeten zijn. "
   "Zodra we dat weten, gaan we zagen.\n\n"
   "Met vriendelijke groet,\nHoutzagerij De Vlier",
   "621-7205813-9904467", ["BSM102"], "Order number written without hyphens, so no valid order id.")
