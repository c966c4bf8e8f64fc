"""v32 evaluation messages, Dutch (nl)."""

MESSAGES = []


def _m(locale, type_, fmt, subject, body, order_id, expected, note):
    MESSAGES.append({
        "id": "v32-nl-%03d" % (len(MESSAGES) + 1),
        "language": "nl",
        "locale": locale,
        "type": type_,
        "format": fmt,
        "subject": subject,
        "body": body,
        "order_id": order_id,
        "expected": sorted(expected),
        "note": note,
    })


# ---------------------------------------------------------------- clean (17)

_m("nl-NL", "delivery-delay", "text",
   "Vertraging bij je bestelling 631-4820193-5571046",
   "Beste Marloes,\n\n"
   "De eikenhouten wandplank die je bij ons bestelde, laat iets langer op zich wachten dan we hadden aangegeven. "
   "Onze houtleverancier kon de planken pas deze week aanleveren, en we willen de olie rustig laten drogen voordat we de plank inpakken.\n\n"
   "Verwachte verzenddatum: donderdag 17 december. Je hoeft verder niets te doen.\n\n"
   "Met vriendelijke groet,\n"
   "Joost\n"
   "Houtwerkplaats Vlasveld",
   "631-4820193-5571046", [], "Clean plain-text delivery delay with a new expected ship date.")

_m("nl-BE", "delivery-delay", "html",
   "Uw bestelling 631-0937714-2260385: nieuwe leverdatum",
   "<p>Geachte heer Van Damme,</p>"
   "<p>Door een staking bij de overslag in de haven van Antwerpen zijn de onderdelen voor uw "
   "<strong>remblokkenset voor de Gazelle Orange C8</strong> later bij ons binnengekomen dan gepland.</p>"
   "<table><tr><td>Bestelnummer</td><td>631-0937714-2260385</td></tr>"
   "<tr><td>Oorspronkelijke levering</td><td>8 december</td></tr>"
   "<tr><td>Nieuwe verwachte levering</td><td>15 tot 17 december</td></tr></table>"
   "<p>Onze excuses voor het ongemak.</p>"
   "<p>Vriendelijke groeten,<br>Ilse Peeters<br>Fietsonderdelen Kempen bv</p>",
   "631-0937714-2260385", [], "Clean HTML delivery delay with a simple table and no styling.")

_m("nl-NL", "order-problem", "text",
   "[Belangrijk] Probleem met bestelling 631-2208451-9903317",
   "Hallo meneer Bakker,\n\n"
   "Helaas kunnen we de gietijzeren braadpan (24 cm, mat zwart) uit bestelling 631-2208451-9903317 niet leveren: "
   "bij de laatste voorraadtelling bleek het laatste exemplaar beschadigd. "
   "We hebben het bestelbedrag daarom volledig aangepast met als reden 'geen voorraad'. "
   "De terugbetaling van EUR 64,95 verschijnt binnen enkele werkdagen op uw rekening.\n\n"
   "Excuses voor de teleurstelling.\n\n"
   "Groet,\nSanne de Wit\nKookwinkel Het Fornuis",
   "631-2208451-9903317", [], "Clean order problem confirming the amount adjustment, [Belangrijk] allowed on this critical type.")

_m("nl-NL", "additional-information", "text",
   "Vraag over de gravure bij 631-7713096-4018822",
   "Beste mevrouw Jansen,\n\n"
   "Bij uw bestelling van de houten snijplank met gravure (631-7713096-4018822) ontbreekt de tekst die we erop moeten zetten. "
   "Het veld in de bestelling is leeg gebleven.\n\n"
   "Wilt u ons via dit bericht laten weten welke naam of tekst (maximaal 25 tekens) u wilt, en of u die in blokletters of in schrijfletters wilt? "
   "Zodra we uw antwoord hebben, gaat de plank de werkplaats in.\n\n"
   "Met vriendelijke groet,\nAtelier Graveerwerk Zwolle",
   "631-7713096-4018822", [], "Clean request for information needed to complete a personalised order.")

_m("nl-NL", "return-follow-up", "text",
   "Retour jas - bestelling 631-5541208-8826730",
   "Hoi Femke,\n\n"
   "Je hebt aangegeven dat je de winterjas (maat M, olijfgroen) wilt terugsturen omdat een knoop los zit. "
   "Als je de jas liever houdt, bieden we je een gedeeltelijke terugbetaling van EUR 20,00 aan; een reserveknoop zit in het binnenzakje.\n\n"
   "Laat je ons weten of je dat wilt, of dat je de jas toch retour stuurt? "
   "Beide is prima.\n\n"
   "Groetjes,\nMeike van Studio Noordwol\n\nBestelnummer: 631-5541208-8826730",
   "631-5541208-8826730", [], "Clean return follow-up offering a partial refund.")

_m("nl-BE", "return-follow-up", "text",
   "Uw retour 631-3370264-1149508",
   "Goedendag,\n\n"
   "Wij ontvingen uw retouraanvraag voor de draadloze deurbel. Om de retour te kunnen afronden hebben we nog één gegeven nodig: "
   "gaat het om de deurbel zelf of om de losse ontvanger? In de doos zaten twee apparaten met elk een eigen serienummer, "
   "en in de aanvraag staat alleen 'werkt niet'.\n\n"
   "Een kort antwoord op dit bericht volstaat.\n\n"
   "Met vriendelijke groeten,\nKlantendienst Domotica Leuven",
   "631-3370264-1149508", [], "Clean return follow-up asking for information needed to complete the return.")

_m("nl-NL", "invoice", "text",
   "Factuur bij bestelling 631-6029947-7730154",
   "Geachte heer/mevrouw,\n\n"
   "In de bijlage vindt u de factuur voor bestelling 631-6029947-7730154, zoals gevraagd met de bedrijfsnaam op de factuur.\n\n"
   "Factuurnummer: 2026/12/0418\n"
   "Factuurdatum: 4 december 2026\n"
   "Totaal: EUR 312,40 (waarvan 21% btw: EUR 54,22)\n\n"
   "Met vriendelijke groet,\n\n"
   "Kantoorstoel Centrale B.V.\n"
   "Industrieweg 14, 3542 AD Utrecht\n"
   "KvK 61234578 | BTW-nummer NL861234578B01",
   "631-6029947-7730154", [], "Clean invoice message with KvK, BTW number and a slashed invoice number.")

_m("nl-NL", "review-request", "text",
   "Uw ervaring met bestelling 631-8814470-0263951",
   "Beste klant,\n\n"
   "U heeft onlangs bij ons een set van vier linnen servetten gekocht (bestelling 631-8814470-0263951). "
   "Wij zouden het waarderen als u op Amazon een recensie schrijft over het product, of feedback geeft over ons als verkoper. "
   "Elke eerlijke beschrijving van uw ervaring helpt andere kopers bij hun keuze.\n\n"
   "Met vriendelijke groet,\nLinnenhuis Twente",
   "631-8814470-0263951", [], "Clean neutral review request in plain text.")

_m("nl-NL", "review-request", "html",
   "Hoe bevalt de lamp? (631-1190538-6647203)",
   "<p><img src=\"https://cdn.lichtlab-amersfoort.nl/mail/logo-lichtlab.png\" alt=\"Lichtlab Amersfoort\" width=\"150\"></p>"
   "<p>Hallo Pieter,</p>"
   "<p>Je hebt bij Lichtlab een bureaulamp besteld (bestelling 631-1190538-6647203). Nu hij een tijdje op je bureau staat, "
   "zijn we benieuwd hoe hij je bevalt, en andere kopers ook.</p>"
   "<p>Als je er tijd voor hebt, kun je je mening delen via "
   "<a href=\"https://www.amazon.nl/review/create-review?asin=B0C9XK41LM\">de recensiepagina van de lamp op Amazon</a>.</p>"
   "<p>Hartelijke groet,<br>Thijs van Lichtlab</p>",
   "631-1190538-6647203", [], "Clean HTML review request with the shop logo (alt names the shop) and a descriptive https Amazon link.")

_m("nl-NL", "delivery-scheduling", "text",
   "Bezorgafspraak hoekbank - 631-2475563-8109934",
   "Beste mevrouw El Amrani,\n\n"
   "Uw hoekbank 'Lisboa' staat klaar voor transport. Omdat de bank in drie delen wordt geleverd en met twee man naar binnen wordt gedragen, plannen we de bezorging graag samen met u.\n\n"
   "Beschikbare momenten:\n"
   "- dinsdag 15 december, 08:00-12:00\n"
   "- woensdag 16 december, 12:00-16:00\n"
   "- vrijdag 18 december, 08:00-12:00\n\n"
   "Wilt u laten weten welk tijdvak u past, en of er een lift is of dat we de trap op moeten (welke verdieping)?\n\n"
   "Met vriendelijke groet,\nPlanning Meubelhal Oosterhout\nBestelling 631-2475563-8109934",
   "631-2475563-8109934", [], "Clean delivery scheduling for a bulky item with dates and time slots.")

_m("nl-BE", "home-service-appointment", "text",
   "Afspraak montage vaatwasser (631-9062218-3358701)",
   "Dag mevrouw Claes,\n\n"
   "Bij uw inbouwvaatwasser hoort de montage door onze technieker. Hij kan langskomen op:\n\n"
   "maandag 14/12 tussen 9u en 12u\n"
   "donderdag 17/12 tussen 13u en 16u\n\n"
   "Zorgt u ervoor dat de oude machine al losgekoppeld is, of wilt u dat we dat ook doen? Dat duurt ongeveer een halfuur langer.\n\n"
   "Graag uw keuze via een antwoord op dit bericht.\n\n"
   "Vriendelijke groeten,\nService-team Keukentechniek Gent\nBestelnummer 631-9062218-3358701",
   "631-9062218-3358701", [], "Clean home-service appointment proposal with Belgian date and time notation.")

_m("nl-NL", "custom-design-verification", "html",
   "Ontwerpproef voor uw geboortebord - 631-4406671-0925583",
   "<p>Beste Lotte en Ruben,</p>"
   "<p>Gefeliciteerd met jullie dochter! In de bijlage zit de ontwerpproef van het houten geboortebord "
   "(bestelling 631-4406671-0925583), als PDF.</p>"
   "<ul><li>Naam: Fenna Maria</li><li>Datum: 28 november 2026</li><li>Gewicht en lengte: 3420 gram, 51 cm</li></ul>"
   "<p>Kloppen de spelling en de gegevens? Als jullie akkoord geven, frezen we het bord binnen twee werkdagen. "
   "Wijzigingen kunnen jullie gewoon in een antwoord zetten.</p>"
   "<p>Groeten,<br>Marit<br>Letterlief Ontwerpstudio</p>",
   "631-4406671-0925583", [], "Clean custom design verification with a proof attachment mentioned.")

_m("nl-NL", "fulfillment-question", "text",
   "Toegangscode nodig voor bezorging 631-7359802-4461170",
   "Goedemiddag,\n\n"
   "De koerier kon uw pakket (zendingsreferentie PNL-88213-KZ, klantreferentie 2026-1147) gisteren niet afleveren: "
   "het afleveradres is een appartementencomplex met een code op de buitendeur.\n\n"
   "Kunt u ons de toegangscode of een andere manier van binnenkomen doorgeven? Wij geven die alleen door aan de bezorger voor deze ene zending.\n\n"
   "Met vriendelijke groet,\nTeam Vloerkleed Direct",
   "631-7359802-4461170", [], "Clean fulfillment question asking for a door code, with reference numbers that are not phone numbers.")

_m("nl-NL", "reply", "text",
   "Re: vraag over 631-0581236-7794402",
   "Hallo Kees,\n\n"
   "Goede vraag. De 'Tactical Field Backpack 35L - Coyote Brown' die je besteld hebt, heeft inderdaad een regenhoes; "
   "die zit opgerold in het vakje onderin en valt daardoor niet meteen op.\n\n"
   "De rugzak zelf is niet volledig waterdicht, maar met de hoes blijft alles droog bij een flinke bui.\n\n"
   "Groet,\nDaan\nBuitensport Veluwezoom",
   "631-0581236-7794402", [], "Clean reply quoting an English product title inside Dutch sentences.")

_m("nl-NL", "reply", "text",
   "Re: garantie koffiemachine 631-3828190-5017664",
   "Beste mevrouw Mulder,\n\n"
   "Vervelend dat de stoompijp van uw espressomachine niet meer goed werkt. Op het apparaat zit twee jaar fabrieksgarantie, "
   "en reparaties onder garantie lopen via de fabrikant zelf.\n\n"
   "Garantielijn van de fabrikant (Caffora Benelux): 0800-0224488, op werkdagen van 9.00 tot 17.00 uur. "
   "Houd uw bestelnummer 631-3828190-5017664 bij de hand; dat geldt als aankoopbewijs.\n\n"
   "Lukt het zo niet, laat het ons dan weten.\n\n"
   "Met vriendelijke groet,\nKoffiehoek Haarlem",
   "631-3828190-5017664", [], "Clean reply giving the manufacturer's warranty hotline, marked as such (BSM309 exception).")

_m("nl-NL", "reply", "html",
   "Re: afmetingen bureau (631-6647015-2280039)",
   "<p>Hoi Sophie,</p>"
   "<p>Het bureau is 140 cm breed en 70 cm diep; het blad is 2,5 cm dik. Met de poten erbij is het 75 cm hoog. "
   "Je kunt het dus zonder problemen onder je schuine wand kwijt, als daar minstens 76 cm ruimte is.</p>"
   "<p>Bij je bestelling (631-6647015-2280039) zit ook een set viltjes voor onder de poten.</p>"
   "<p>Groet,<br>Bram</p>"
   "<p><small>Stalen Meubels Eindhoven V.O.F. &middot; Kanaaldijk 88, 5611 ZZ Eindhoven<br>"
   "KvK 74412309 &middot; btw NL002291847B55 &middot; bereikbaar ma-vr 9.00-17.30 uur</small></p>",
   "631-6647015-2280039", [], "Clean reply with a company-details footer (KvK, VAT, address, hours) in small print.")

_m("nl-NL", "reply", "text",
   "Re: waar blijft mijn retourgeld? 631-1734458-9921306",
   "Beste Anouk,\n\n"
   "Je retourpakket met retournummer RMA-20261203-07 is op 3 december om 14:12 bij ons magazijn afgeleverd "
   "(PostNL-code 3SNRD7741250). We hebben het op 5 december gecontroleerd en de terugbetaling van EUR 39,99 "
   "voor bestelling 631-1734458-9921306 dezelfde dag verwerkt.\n\n"
   "Afhankelijk van je bank staat het bedrag binnen 3 tot 5 werkdagen op je rekening.\n\n"
   "Vriendelijke groet,\nNadia\nKlantenservice Stoffenparadijs",
   "631-1734458-9921306", [], "Clean reply with return and tracking numbers, dates, times and amounts.")

# ------------------------------------------------------------ violations (31)

_m("nl-NL", "fulfillment-question", "text",
   "Je pakket is onderweg - 631-5092673-3365180",
   "Hoi Lisa,\n\n"
   "Goed nieuws: je puzzel van 1000 stukjes heeft vanochtend ons magazijn in Tilburg verlaten en is aan DHL meegegeven. "
   "Normaal gesproken ligt hij morgen of overmorgen bij je op de mat.\n\n"
   "Groetjes,\nPuzzelzolder\nBestelling 631-5092673-3365180",
   "631-5092673-3365180", ["BSM201"], "Shipping confirmation paraphrased as leaving the warehouse and handed to DHL.")

_m("nl-BE", "fulfillment-question", "text",
   "Bestelling 631-2651840-6608217",
   "Beste klant,\n\n"
   "Uw bestelling 631-2651840-6608217 is goed bij ons toegekomen. Onze collega's zijn ze nu aan het klaarmaken; "
   "de kaarsen worden stuk voor stuk in noppenfolie gewikkeld.\n\n"
   "Met vriendelijke groeten,\nKaarsenmakerij Brugge",
   "631-2651840-6608217", ["BSM201"], "Order confirmation paraphrased: received and being prepared.")

_m("nl-NL", "reply", "text",
   "631-8840315-1172659",
   "Beste meneer Visser,\n\n"
   "Hartelijk dank dat u voor onze winkel hebt gekozen. We waarderen het enorm.\n\n"
   "Met vriendelijke groet,\nHet team van Tuinmachines Wieringa\n(bestelling 631-8840315-1172659)",
   "631-8840315-1172659", ["BSM202"], "Thanks-only message; the order number is not content.")

_m("nl-NL", "fulfillment-question", "text",
   "Even een berichtje over 631-4173390-2804716",
   "Hallo Yvonne,\n\n"
   "Mocht er iets niet in orde zijn met je aquariumpomp, of heb je een vraag, dan staan we voor je klaar. "
   "Stuur ons gewoon een berichtje, dan kijken we er meteen naar.\n\n"
   "Hartelijke groet,\nAquaTotaal Almere\nBestelnummer 631-4173390-2804716",
   "631-4173390-2804716", ["BSM202"], "Message whose only content is the offer to help if something comes up.")

_m("nl-NL", "delivery-delay", "text",
   "Kleine vertraging - 631-9527014-7043385",
   "Beste Wendy,\n\n"
   "De handgemaakte keramische mokken uit bestelling 631-9527014-7043385 moeten nog één extra keer de oven in; "
   "de glazuur was niet overal even gelijkmatig. Daardoor versturen we ze rond 16 december in plaats van 11 december.\n\n"
   "Bedankt voor je geduld!\n\n"
   "Liefs,\nKlei & Co\n\n"
   "P.S. Tot en met zondag krijg je 20% korting op ons hele assortiment met de code KLEI20.",
   "631-9527014-7043385", ["BSM203"], "Permitted delay message with a promotional P.S. (20% off the whole range).")

_m("nl-BE", "reply", "html",
   "Re: maattabel 631-3304852-9186620",
   "<p>Dag Jana,</p>"
   "<p>De wandelschoen valt normaal; neem gewoon je gebruikelijke maat. Als je tussen twee maten zit, kies dan de grootste, "
   "zeker met dikkere wandelsokken.</p>"
   "<p>Het nummer van je bestelling is 631-3304852-9186620, mocht je nog willen ruilen.</p>"
   "<p>Trouwens: onze nieuwe lentecollectie komt eind januari uit. Volg ons op Instagram en schrijf je in voor onze nieuwsbrief, "
   "dan ben je als eerste op de hoogte.</p>"
   "<p>Sportieve groeten,<br>Trekking Ardennen</p>",
   "631-3304852-9186620", ["BSM203"], "Reply with an invitation to follow the shop, subscribe to a newsletter and a new collection (no link).")

_m("nl-NL", "review-request", "text",
   "Jouw mening over de theepot (631-6218779-5540913)",
   "Hoi Esther,\n\n"
   "We hopen dat je al volop geniet van je gietijzeren theepot. Zou je een recensie op Amazon willen schrijven? "
   "Zodra je recensie zichtbaar is, sturen we je als blijk van waardering een doosje van onze biologische sencha, helemaal gratis.\n\n"
   "Warme groet,\nTheehuis De Linde\nBestelling 631-6218779-5540913",
   "631-6218779-5540913", ["BSM204"], "Review request promising a free gift once the review is published.")

_m("nl-NL", "review-request", "text",
   "Recensie = geld terug (631-0742561-3398174)",
   "Beste klant,\n\n"
   "Bedankt voor uw aankoop van de led-strip (bestelling 631-0742561-3398174). Plaatst u een productrecensie op Amazon "
   "en stuurt u ons een schermafbeelding ervan, dan storten we het volledige aankoopbedrag terug. "
   "U houdt de led-strip natuurlijk gewoon.\n\n"
   "Met vriendelijke groet,\nLichtpunt Trading",
   "631-0742561-3398174", ["BSM204"], "Full refund offered once the review is online.")

_m("nl-NL", "reply", "text",
   "Re: kapotte vaas 631-5839026-0417752",
   "Beste mevrouw Smit,\n\n"
   "Wat fijn dat de vervangende vaas wel heel is aangekomen. Nogmaals excuses voor de eerste zending; de verpakking hebben we inmiddels aangepast.\n\n"
   "Nu alles is opgelost, willen we u vriendelijk vragen om uw beoordeling van één ster nog eens te bekijken. "
   "Misschien wilt u die bijwerken, of verwijderen als hij niet meer klopt met uw ervaring.\n\n"
   "Met vriendelijke groet,\nGlasblazerij Leerdam Design\nBestelling 631-5839026-0417752",
   "631-5839026-0417752", ["BSM205"], "Asks the buyer to update or remove a one-star review after resolving the problem.")

_m("nl-NL", "review-request", "text",
   "631-2904418-8751036 - alles naar wens?",
   "Hallo Rik,\n\n"
   "Je hebt een paar weken geleden een fietsbel en een set spatborden bij ons gekocht. "
   "Ben je er tevreden over? Dan zouden we een recensie op Amazon erg op prijs stellen. "
   "Is er iets niet goed, laat dan liever geen recensie achter maar neem eerst contact met ons op, dan lossen we het samen op.\n\n"
   "Groet,\nRijwielhandel Spaarne\nBestelling 631-2904418-8751036",
   "631-2904418-8751036", ["BSM206"], "Review asked only of satisfied buyers; unhappy ones are steered to contact the seller instead.")

_m("nl-BE", "review-request", "html",
   "Uw mening telt - bestelling 631-7065312-1620497",
   "<p>Beste,</p>"
   "<p>Een week geleden bezorgden we uw koffiebonen (bestelling 631-7065312-1620497). Wij branden elke week zelf in ons atelier in Mechelen.</p>"
   "<p>Zou u de tijd willen nemen om ons op Amazon vijf sterren te geven? Voor een kleine branderij als de onze maakt dat een wereld van verschil.</p>"
   "<p>Hartelijke groeten,<br>Branderij Dijlekant</p>",
   "631-7065312-1620497", ["BSM206"], "Review request asking for five stars.")

_m("nl-NL", "order-problem", "text",
   "Probleem met bestelling 631-1483057-7286915",
   "Beste heer De Graaf,\n\n"
   "De skeelers in maat 43 die u bestelde, zijn helaas niet meer op voorraad en de fabrikant levert ze dit seizoen niet meer. "
   "We hebben het bestelbedrag daarom aangepast met de reden 'geen voorraad', zodat u niets betaalt.\n\n"
   "Het makkelijkste is dat u de bestelling nu zelf annuleert in uw account; dan is alles in één keer netjes afgerond.\n\n"
   "Met vriendelijke groet,\nSkeeler- en Schaatsspecialist Friesland\nBestelnummer 631-1483057-7286915",
   "631-1483057-7286915", ["BSM108"], "Order problem with the adjustment confirmed, but advises the buyer to cancel themselves.")

_m("nl-NL", "order-problem", "text",
   "Bestelling 631-6371920-4159328: niet leverbaar",
   "Hallo,\n\n"
   "Door een fout in onze voorraadadministratie is de draadloze barbecuethermometer die u bestelde op dit moment uitverkocht. "
   "Wij zouden het erg waarderen als u de bestelling 631-6371920-4159328 wilt annuleren via uw Amazon-account. "
   "Onze excuses voor het ongemak.\n\n"
   "Groet,\nGrillgear Nederland",
   "631-6371920-4159328", ["BSM107", "BSM108"], "Order problem asking the buyer to cancel, without confirming an amount adjustment.")

_m("nl-NL", "review-request", "text",
   "Feedback over 631-0206598-5823041",
   "Beste klant,\n\n"
   "Uw bestelling 631-0206598-5823041 is een tijdje geleden bij u bezorgd. We horen graag wat u van het product en van onze service vindt; "
   "een eerlijke recensie of verkopersfeedback op Amazon helpt ons en andere kopers.\n\n"
   "Met vriendelijke groet,\nBadkamerkraan.nl B.V.\n\n"
   "Liever geen berichten meer van ons ontvangen? Antwoord dan met STOP.",
   "631-0206598-5823041", ["BSM305"], "Neutral review request with an opt-out instruction (reply STOP) in the footer.")

_m("nl-NL", "reply", "text",
   "Re: pakket kwijt 631-3956741-2067893",
   "Hoi Jeroen,\n\n"
   "Ik snap je frustratie helemaal. Die klotekoerier heeft je pakket volgens de scan bij de buren afgeleverd, maar daar weet niemand ervan. "
   "Echt godverdomme elke week hetzelfde gezeik met die lui.\n\n"
   "We sturen vandaag een nieuw exemplaar van de hoofdtelefoon naar je toe voor bestelling 631-3956741-2067893.\n\n"
   "Groet,\nMartijn\nAudiohoek Groningen",
   "631-3956741-2067893", ["BSM306"], "Reply with Dutch profanity about the courier.")

_m("nl-BE", "delivery-delay", "text",
   "Delay on order 631-8129063-0394472",
   "Dear customer,\n\n"
   "We are sorry to let you know that the wooden toy kitchen in your order 631-8129063-0394472 will be dispatched a week later than planned, "
   "around 21 December. Our carpenter is recovering from the flu and the last units still need their final coat of paint.\n\n"
   "Kind regards,\nSpeelgoedatelier Houtje-Touwtje",
   "631-8129063-0394472", ["BSM104"], "Delay message written in English to a nl-BE buyer.")

_m("nl-NL", "delivery-scheduling", "text",
   "Levering wasmachine - 631-4790216-6638105",
   "Beste mevrouw Hendriks,\n\n"
   "Uw wasmachine wordt geleverd en aangesloten door onze eigen bezorgdienst. Mogelijke dagen zijn vrijdag 11 december of maandag 14 december, beide tussen 8:00 en 13:00.\n\n"
   "Belt u even naar onze planningsafdeling op 076-5142290 om een moment vast te leggen? Dan weten we ook meteen of de oude machine mee moet.\n\n"
   "Met vriendelijke groet,\nWitgoed Breda\nOrder 631-4790216-6638105",
   "631-4790216-6638105", ["BSM309"], "Delivery scheduling giving the seller's own phone number in national format.")

_m("nl-BE", "reply", "text",
   "Re: retour zetel 631-1057683-8840216",
   "Dag meneer Wouters,\n\n"
   "Voor het ophalen van de zetel werken we met een transportfirma. U kunt ons rechtstreeks bereiken via WhatsApp op +32 470 12 34 56, "
   "dan spreken we samen een ophaaldag af.\n\n"
   "Met vriendelijke groet,\nZetelcentrum Limburg\nBestelling 631-1057683-8840216",
   "631-1057683-8840216", ["BSM309"], "Reply giving the seller's phone number in international format (+32).")

_m("nl-NL", "reply", "text",
   "Re: bewijs van aankoop 631-9208345-7512064",
   "Beste Hanneke,\n\n"
   "Voor de verzekering heb je een aankoopbewijs nodig met het serienummer erop. Dat kunnen we maken, maar het gaat sneller als je de foto van het typeplaatje "
   "even mailt naar administratie@kamerakelder-leiden.nl.\n\n"
   "Groeten,\nKamerakelder Leiden\nBestelling 631-9208345-7512064",
   "631-9208345-7512064", ["BSM308"], "Reply with a plain e-mail address.")

_m("nl-NL", "additional-information", "text",
   "Bestelling 631-5360197-2948831 - adres onvolledig",
   "Hallo,\n\n"
   "In het bezorgadres van uw bestelling 631-5360197-2948831 ontbreekt het huisnummer. Kunt u dat aanvullen?\n\n"
   "Heeft u meer te bespreken, dan kunt u ons ook schrijven op klantcontact apenstaartje kussenfabriek punt nl.\n\n"
   "Met vriendelijke groet,\nDe Kussenfabriek",
   "631-5360197-2948831", ["BSM308"], "Request for information with an obfuscated e-mail address ('apenstaartje', 'punt').")

_m("nl-NL", "reply", "html",
   "Re: onderhoud leren tas 631-7482019-0651327",
   "<p>Beste Mirjam,</p>"
   "<p>Het leer van je tas is plantaardig gelooid. Het is normaal dat het in het begin wat stijf aanvoelt en donkerder wordt naarmate je hem gebruikt.</p>"
   "<p>Hoe je het leer het beste verzorgt, lees je in "
   "<a href=\"https://www.ledermakerij-vandenberg.nl/verzorging-leer\">onze verzorgingstips voor plantaardig gelooid leer</a>.</p>"
   "<p>Groet,<br>Tom van den Berg<br>Bestelling 631-7482019-0651327</p>",
   "631-7482019-0651327", ["BSM302"], "Reply with a descriptive https link to the seller's own website.")

_m("nl-NL", "reply", "html",
   "Re: bestelstatus 631-2817460-3304985",
   "<p>Hallo Gert,</p>"
   "<p>De status van je bestelling 631-2817460-3304985 en de gegevens van de zending vind je altijd terug in "
   "<a href=\"http://www.amazon.nl/gp/css/order-history\">je bestellingenoverzicht op Amazon</a>.</p>"
   "<p>Groet,<br>Hengelsport Biesbosch</p>",
   "631-2817460-3304985", ["BSM301"], "Reply with an insecure http link to Amazon (descriptive text).")

_m("nl-NL", "review-request", "html",
   "Wat vind je van je nieuwe rok? 631-6045923-9176638",
   "<p>Hoi Noor,</p>"
   "<p>Een paar weken geleden kocht je bij ons deze rok (bestelling 631-6045923-9176638):</p>"
   "<p><img src=\"https://img.atelier-roosje.nl/producten/plisse-rok-okergeel-midi.jpg\" alt=\"Plissé rok midi, okergeel\" width=\"280\"></p>"
   "<p>We zijn benieuwd naar je ervaring. Een recensie op Amazon, positief of kritisch, helpt andere kopers bij het kiezen.</p>"
   "<p>Groetjes,<br>Atelier Roosje</p>",
   "631-6045923-9176638", ["BSM310"], "Review request with a photo of the purchased product.")

_m("nl-NL", "delivery-delay", "html",
   "Kerstdrukte: bestelling 631-0318274-4728596 iets later",
   "<p><img src=\"https://mail.boekhandel-ijsselstein.nl/beelden/kerstboom-met-lichtjes.jpg\" alt=\"Versierde kerstboom met lichtjes\" width=\"300\"></p>"
   "<p>Beste lezer,</p>"
   "<p>Door de drukte rond de feestdagen versturen we de drie romans uit uw bestelling 631-0318274-4728596 pas op 19 december, twee dagen later dan gepland.</p>"
   "<p>Met vriendelijke groet,<br>Boekhandel IJsselstein</p>",
   "631-0318274-4728596", ["BSM311"], "Delay message with an unrelated stock image (a Christmas tree).")

_m("nl-NL", "invoice", "html",
   "Uw factuur - bestelling 631-8573102-1863049",
   "<p><img src=\"https://static.drukkerij-terlinden.nl/logo-terlinden.png\" width=\"140\"></p>"
   "<p>Geachte heer Bos,</p>"
   "<p>Bijgaand ontvangt u de factuur F-2026-3391 voor de visitekaartjes uit bestelling 631-8573102-1863049.</p>"
   "<p>Met vriendelijke groet,<br>Drukkerij Ter Linden</p>",
   "631-8573102-1863049", ["BSM402"], "Invoice message with the shop logo but no alt attribute.")

_m("nl-NL", "additional-information", "text",
   "Kleurkeuze 631-3649871-5207730",
   "Hoi Sabine!\n\n"
   "Je hebt de gehaakte knuffel besteld, maar niet aangegeven welke kleur oortjes je wilt 🐰 Roze, mintgroen of okergeel? "
   "Laat het even weten, dan ga ik meteen aan de slag 🧶\n\n"
   "Liefs,\nHaakjes van Hanna\nBestelling 631-3649871-5207730",
   "631-3649871-5207730", ["BSM403"], "Request for information containing emoji.")

_m("nl-NL", "reply", "text",
   "Re: batterij 631-7916538-0035412",
   "Hoi Dennis,\n\n"
   "Ja hoor, er zit een 18650-accu bij de zaklamp en die is al half opgeladen :-) "
   "Laad hem de eerste keer wel helemaal vol voordat je op pad gaat ;)\n\n"
   "Groet,\nOutdoorlampen Zeeland\n631-7916538-0035412",
   "631-7916538-0035412", ["BSM403"], "Reply containing text emoticons.")

_m("nl-NL", "delivery-delay", "html",
   "Nieuwe verzenddatum 631-5728364-6620195",
   "<style>h1{font-size:26px} h2{font-size:19px} p{font-size:15px} .klein{font-size:11px}</style>"
   "<h1>Even geduld</h1>"
   "<h2>Bestelling 631-5728364-6620195</h2>"
   "<p>Beste klant, de bloembollenmix die u bestelde komt later binnen van de kweker. We verwachten hem op 18 december te versturen.</p>"
   "<p class=\"klein\">Bollenkwekerij Lisse-Hillegom, Heereweg 200, 2161 BK Lisse</p>",
   "631-5728364-6620195", ["BSM410"], "Delay message with four explicit font sizes in a style block.")

_m("nl-NL", "delivery-delay", "text",
   "Vertraging 631-1290477-8451663",
   "Beste meneer Kok,\n\n\n"
   "Het maatwerk rolgordijn uit bestelling 631-1290477-8451663 is nog niet klaar; de stof moest opnieuw worden gesneden.\n\n\n"
   "We verwachten het op 22 december te verzenden.\n\n"
   "Met vriendelijke groet,\nRaamdecoratie Veenendaal",
   "631-1290477-8451663", ["BSM412"], "Plain-text delay message with runs of two blank lines.")

_m("nl-NL", "invoice", "text",
   "[Belangrijk] Factuur 631-6803521-2974408",
   "Beste klant,\n\n"
   "Hierbij de factuur (nummer 2026-11-0877) voor uw bestelling 631-6803521-2974408 als PDF in de bijlage.\n\n"
   "Met vriendelijke groet,\nGereedschapshandel Hoekstra\nKvK 50219934 - BTW NL824460193B01",
   "631-6803521-2974408", ["BSM110"], "[Belangrijk] in the subject of an invoice message, which is not critical.")

_m("nl-NL", "reply", "html",
   "Re: ruilen stapelbed 631-4025186-7385520",
   "<p>Beste Joris,</p>"
   "<p>Ruilen voor de versie met lattenbodem kan zeker. Meld de retour van het stapelbed eerst aan bij Amazon; "
   "klik daarvoor <a href=\"https://www.amazon.nl/gp/css/returns/homepage.html\">hier</a>.</p>"
   "<p>Groet,<br>Kindermeubel Holland<br>Bestelling 631-4025186-7385520</p>",
   "631-4025186-7385520", ["BSM401"], "Reply with an https Amazon link whose text is just 'hier'.")

# ---------------------------------------------------------------- vary (2)

_m("nl-NL", "delivery-delay", "html",
   "Update over je bestelling 631-8391640-5516277",
   "<div style=\"font-family: Georgia, serif; line-height: 1.8; color: #3b3b3b; text-align: center;\">"
   "<p>Hallo Eva,</p>"
   "<p>De geurkaarsen 'Vijgenblad' uit je bestelling 631-8391640-5516277 zijn nog aan het uitharden. "
   "Ze gaan op 16 december de deur uit in plaats van op 12 december.</p>"
   "<p>Warme groet,<br>Kaarsenstudio Lumen</p></div>",
   "631-8391640-5516277", ["BSM407", "BSM408", "BSM409", "BSM411"],
   "Builder HTML setting font family, line height, text colour and centred alignment.")

_m("nl-NL", "additional-information", "text",
   "Vraag over uw bestelling",
   "Beste mevrouw Verbeek,\n\n"
   "Voor uw bestelling 63192047316628840 van het maatwerk tafelblad hebben we nog de gewenste afwerking van de randen nodig: "
   "recht, afgerond of facet. Zodra we dat weten, kan het blad in productie.\n\n"
   "Met vriendelijke groet,\nTafelbladen op Maat Deventer",
   "631-9204731-6628840", ["BSM102"], "Order number written without hyphens, so the hyphenated 17-digit number is missing.")
