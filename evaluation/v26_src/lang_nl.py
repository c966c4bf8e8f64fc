# -*- coding: utf-8 -*-
"""v26 blind evaluation set, Dutch (nl)."""

ORD = ['571-7824151-4658163', '571-1516581-1509733', '571-7447623-8181704', '571-1541831-1739670', '571-3549081-1136797', '571-8994457-1558141', '571-9695967-3617074', '571-2119650-1554298', '571-2256460-3111046', '571-6261594-6355042', '571-6832541-9744766', '571-4367717-1942938', '571-8054402-8673486', '571-5067632-7864241', '571-8879768-7544311', '571-8182223-3749440', '571-1988460-2668094', '571-1344122-8101662', '571-7832411-1755402', '571-9770133-2871305', '571-1129013-8790183', '571-1381892-5641910', '571-4388053-1483043', '571-9106414-7520970', '571-1750759-1788708', '571-1321281-8207855', '571-1816981-5902334', '571-5923439-3086022', '571-6910418-2615024', '571-7111583-5087693', '571-4729268-3419329', '571-8104363-8247949', '571-5203421-4311422', '571-3833523-2651696', '571-8255438-1952229', '571-3879263-8207459', '571-2073935-5894644', '571-3244549-5638358', '571-6482629-2747937', '571-9547974-1735307', '571-5021083-2371303', '571-4401624-4441991', '571-7207034-2519817', '571-9230842-6396447', '571-2255441-1679880', '571-3145343-9006991', '571-6837181-8319125', '571-1700218-9434535', '571-4070817-1571617', '571-3171162-4632159']

MESSAGES = []


def add(typ, fmt, subject, body, expected, note, locale="nl-NL"):
    n = len(MESSAGES)
    o = ORD[n]
    MESSAGES.append({
        "id": "v26-nl-%03d" % (n + 1),
        "language": "nl",
        "locale": locale,
        "type": typ,
        "format": fmt,
        "subject": subject.replace("{o}", o),
        "body": body.replace("{o}", o).replace("{oraw}", o.replace("-", "")),
        "order_id": o,
        "expected": sorted(expected),
        "note": note,
    })


# ---------------------------------------------------------------- clean (17)
add("delivery-delay", "text", "Vertraging bestelling {o}",
    "Beste mevrouw De Wit,\n\n"
    "De wandlamp 'Nordlys' die u bij ons bestelde (bestelnummer {o}) komt helaas later binnen dan gepland. "
    "Onze leverancier in Denemarken heeft de container een week later ingeladen. We verwachten de lamp op vrijdag 18 december te kunnen versturen; "
    "u heeft hem dan uiterlijk dinsdag 22 december in huis.\n\n"
    "Met vriendelijke groet,\n"
    "Sanne Kuipers\n"
    "Lichthuys Zwolle",
    [], "Plain-text delivery delay with a new dispatch date; clean.")

add("delivery-delay", "html", "Uw bestelling {o}: nieuwe leverdatum",
    "<p>Hoi Jeroen,</p>"
    "<p>Even een update over je bestelling <strong>{o}</strong>. De racefietsbanden (2x Vittoria Corsa, 28 mm) zijn bij de groothandel pas weer op voorraad in week 51.</p>"
    "<table><tr><td>Oorspronkelijke verzenddatum</td><td>7 december 2026</td></tr>"
    "<tr><td>Nieuwe verwachte verzenddatum</td><td>16 december 2026</td></tr></table>"
    "<p>Je hoeft niets te doen, zodra ze binnen zijn gaan ze dezelfde dag de deur uit.</p>"
    "<p>Groet,<br>Mark van Rijn<br>Tweewielercentrum Van Rijn</p>",
    [], "HTML delivery delay with a small date table; clean.")

add("order-problem", "text", "[Belangrijk] Artikel niet leverbaar - bestelling {o}",
    "Geachte heer Bakker,\n\n"
    "Helaas moeten wij u laten weten dat de tweede set Le Creuset-onderzetters uit uw bestelling {o} niet meer op voorraad is. "
    "Dit artikel kunnen we helaas niet leveren. Het bestelbedrag is daarom aangepast: € 19,95 is in mindering gebracht (reden: geen voorraad). "
    "De overige artikelen worden normaal geleverd.\n\n"
    "Onze excuses voor het ongemak.\n\n"
    "Vriendelijke groet,\n"
    "Team Kookwinkel De Pollepel",
    [], "Order problem with [Belangrijk] tag and confirmed amount adjustment; clean.")

add("additional-information", "text", "Graveertekst voor bestelling {o}",
    "Goedemiddag,\n\n"
    "Dank voor je bestelling van de eikenhouten snijplank met gravure ({o}). In de bestelling is geen graveertekst meegekomen. "
    "Kun je ons laten weten welke naam of tekst erop moet (maximaal 25 tekens) en of je een schreefletter of een strakke letter wilt?\n\n"
    "Zodra we je antwoord hebben, gaat de plank in productie.\n\n"
    "Groetjes,\n"
    "Lotte\n"
    "Houtwerk Atelier Lotte Smeets",
    [], "Asks for the missing engraving text needed to complete the order; clean.")

add("return-follow-up", "text", "Retour {o} - voorstel",
    "Beste Fatima,\n\n"
    "Je gaf aan dat de sjaal uit bestelling {o} een kleine trekdraad heeft, maar dat je hem verder graag houdt. "
    "Wij bieden je in dat geval een gedeeltelijke terugbetaling van € 12,50 aan, dan hoef je niets terug te sturen. "
    "Laat je weten of je daarmee akkoord gaat? Dan regelen we het nog deze week.\n\n"
    "Hartelijke groet,\n"
    "Ingrid Mulder\n"
    "Wolwinkel Het Schaap",
    [], "Return follow-up offering a partial refund; clean.")

add("return-follow-up", "html", "Vraag over uw retour bij bestelling {o}",
    "<p>Geachte mevrouw Visser,</p>"
    "<p>Dank voor uw retourverzoek voor de koffiemolen uit bestelling {o}. Om de retour af te ronden hebben wij nog één gegeven nodig: "
    "gaat het om een defect (de molen maalt niet meer) of stuurt u hem terug omdat hij niet aan uw verwachting voldoet?</p>"
    "<p>Bij een defect sturen wij u een voorgefrankeerd retourlabel.</p>"
    "<p>Met vriendelijke groet,<br>Koen Jansen<br>Klantenservice Bonenbar B.V.</p>",
    [], "Return follow-up asking for information needed to complete the return; clean.")

add("invoice", "text", "Factuur 2026/NL/04417 bij bestelling {o}",
    "Geachte heer/mevrouw,\n\n"
    "Zoals gevraagd ontvangt u in de bijlage de factuur voor bestelling {o}.\n\n"
    "Factuurnummer: 2026/NL/04417\n"
    "Factuurdatum: 03-12-2026\n"
    "Bedrag incl. 21% btw: € 348,00 (btw € 60,40)\n\n"
    "Met vriendelijke groet,\n"
    "Administratie\n"
    "Kantoormeubel Direct B.V.\n"
    "Industrieweg 42, 3542 AD Utrecht\n"
    "KvK 71234567 | BTW-nummer NL861234567B01",
    [], "Invoice with BTW and KvK numbers and an invoice number with slashes; clean.")

add("review-request", "text", "Uw ervaring met bestelling {o}",
    "Beste klant,\n\n"
    "U heeft onlangs bij ons een set linnen theedoeken besteld (bestelling {o}). We horen graag hoe u erover denkt. "
    "Als u een moment heeft, kunt u een beoordeling achterlaten op Amazon via uw bestellingen. Uw mening helpt andere kopers bij hun keuze.\n\n"
    "Met vriendelijke groet,\n"
    "Linnenkamer Haarlem",
    [], "Neutral plain-text review request; clean.")

add("review-request", "html", "Hoe bevalt de plantenbak? (bestelling {o})",
    "<p><img src=\"https://cdn.mailbuilder.io/u/40871/groenrijk-logo.png\" alt=\"Logo van Groenrijk Tuinzaken\" width=\"160\"></p>"
    "<p>Beste Willem,</p>"
    "<p>Een paar weken geleden kocht je bij ons een cortenstalen plantenbak (bestelling {o}). Wil je je ervaring delen met andere kopers? "
    "Dat kan met een productrecensie:</p>"
    "<p><a href=\"https://www.amazon.nl/review/create-review?asin=B0CX4TR2PL\">Schrijf een recensie op Amazon.nl</a></p>"
    "<p>Bedankt voor je tijd.<br>Team Groenrijk Tuinzaken</p>",
    [], "HTML review request with shop logo (alt names shop) and descriptive https Amazon link; clean.")

add("delivery-scheduling", "text", "Levering bank inplannen - {o}",
    "Beste meneer en mevrouw Hendriks,\n\n"
    "Voor de levering van uw hoekbank 'Vesta' (bestelling {o}) plannen we graag een tijdvak met u in. Omdat het om een groot artikel gaat, bezorgen wij met twee man.\n\n"
    "Wij kunnen langskomen op:\n"
    "- woensdag 16 december, tussen 08.00 en 12.00 uur\n"
    "- donderdag 17 december, tussen 12.00 en 17.00 uur\n"
    "- zaterdag 19 december, tussen 09.00 en 13.00 uur\n\n"
    "Wilt u in uw antwoord aangeven welk tijdvak u past, en of er een lift in het gebouw is?\n\n"
    "Met vriendelijke groet,\n"
    "Planning Woonstudio Oost",
    [], "Delivery scheduling of a bulky item with time slots; clean.")

add("home-service-appointment", "html", "Afspraak installatie vaatwasser, bestelling {o}",
    "<p>Goedendag mevrouw Yilmaz,</p>"
    "<p>Voor de installatie van uw inbouwvaatwasser (bestelling {o}) komt onze monteur graag bij u langs. De volgende momenten zijn nog vrij:</p>"
    "<ul><li>maandag 14-12-2026, 10.00-12.00 uur</li><li>dinsdag 15-12-2026, 13.30-15.30 uur</li></ul>"
    "<p>Laat u ons weten welke afspraak u schikt? Zorgt u er ook voor dat de watertoevoer onder het aanrecht bereikbaar is.</p>"
    "<p>Met vriendelijke groet,<br>Rachid el Amrani<br>Installatieservice Keukenpunt</p>",
    [], "Home-service appointment with dates and time slots; clean.")

add("custom-design-verification", "text", "Ontwerpproef geboortebord ({o})",
    "Hallo Eva,\n\n"
    "In de bijlage vind je de ontwerpproef van het geboortebord voor Noor (bestelling {o}). Wil je controleren of de naam, datum (02-12-2026), gewicht (3280 gram) en lengte (51 cm) kloppen?\n\n"
    "Is alles goed, antwoord dan met 'akkoord'. Wil je iets aangepast zien, zet het gerust in je reactie.\n\n"
    "Liefs,\n"
    "Mieke van Studio Kleine Letters",
    [], "Custom design proof attachment for verification; clean.")

add("fulfillment-question", "text", "Toegangscode nodig voor bezorging {o}",
    "Beste heer Smit,\n\n"
    "Uw bestelling {o} wordt bezorgd op het adres Kadijk 114-III in Amsterdam. De bezorger meldde bij een eerdere levering in uw complex dat de hoofdingang een code heeft.\n\n"
    "Zou u ons de toegangscode kunnen doorgeven, of laten weten bij welk huisnummer we het pakket mogen afgeven? Ons referentienummer voor deze zending is ZND-2026-118734.\n\n"
    "Met vriendelijke groet,\n"
    "Ruud\n"
    "Fietstassen.nu",
    [], "Door-code question with a reference number, needed to receive the purchase; clean.")

add("reply", "text", "Re: vraag over 'Gentle Morning Face Cream' ({o})",
    "Hoi Marloes,\n\n"
    "Goede vraag! De 'Gentle Morning Face Cream' uit je bestelling {o} is parfumvrij; de geur die je ruikt komt van de sheabutter. "
    "Het product is geschikt voor de gevoelige huid en je kunt het 's ochtends en 's avonds gebruiken.\n\n"
    "Groetjes,\n"
    "Daphne van Natuurlijk Mooi",
    [], "Reply quoting an English product title inside Dutch sentences; clean.")

add("reply", "text", "Re: Cv-thermostaat werkt niet meer - {o}",
    "Beste meneer Van Dam,\n\n"
    "Vervelend dat de thermostaat uit bestelling {o} na vier maanden uitvalt. Op dit apparaat zit twee jaar fabrieksgarantie. "
    "De fabrikant helpt u het snelst via de eigen garantielijn.\n\n"
    "Garantielijn van de fabrikant (Thermora Nederland): 0800-0223344\n\n"
    "Houd bij het bellen uw bestelnummer en het serienummer achter op het apparaat bij de hand. Komt u er met de fabrikant niet uit, laat het ons dan weten.\n\n"
    "Met vriendelijke groet,\n"
    "Sven Dekker\n"
    "Installatiewinkel Dekker",
    [], "Reply with the manufacturer's warranty hotline, marked as such (BSM309 exception); clean.")

add("reply", "html", "Re: Zakelijke gegevens voor bestelling {o}",
    "<p>Geachte heer De Boer,</p>"
    "<p>U vroeg naar onze bedrijfsgegevens voor uw administratie bij bestelling {o}. Hieronder vindt u ze op een rij.</p>"
    "<p>Met vriendelijke groet,<br>Annelies Bos<br>Office manager</p>"
    "<hr>"
    "<p><small>Printerpapier Plus B.V. &middot; Celsiusweg 8, 5928 PR Venlo &middot; KvK 60012345 &middot; BTW NL853012345B01</small></p>",
    [], "Reply with a company-details footer (KvK, BTW, address); clean.")

add("reply", "text", "Re: Stand van zaken retour {o}",
    "Hallo Tim,\n\n"
    "Je retourpakket (retournummer RT-88213, PostNL-barcode 3SQWE7781234) is op 4 december om 10.42 uur bij ons magazijn aangekomen. "
    "Op maandag 7 december hebben we € 64,90 teruggestort; afhankelijk van je bank staat het binnen 3 tot 5 werkdagen op je rekening. Bestelnummer ter referentie: {o}.\n\n"
    "Groeten,\n"
    "Bas\n"
    "Hardloopshop Loper",
    [], "Reply with return numbers, dates, times and amounts; clean.")

# ----------------------------------------------------------- violations (31)
add("delivery-delay", "text", "Update over bestelling {o}",
    "Beste Anouk,\n\n"
    "Goed nieuws: je bestelling {o} heeft vanochtend ons magazijn in Tilburg verlaten en is overgedragen aan DHL. "
    "Je kunt het pakket morgen tussen 14.00 en 18.00 uur verwachten.\n\n"
    "Groet,\n"
    "Team Sokkenfabriek",
    ["BSM201"], "Shipping confirmation: parcel left the warehouse and was handed to the carrier.")

add("additional-information", "html", "Wij zijn met uw bestelling {o} bezig",
    "<p>Beste klant,</p>"
    "<p>Uw bestelling {o} is goed bij ons binnengekomen en onze inpakkers zijn er al mee aan de slag. "
    "U hoort van Amazon wanneer het pakket onderweg is.</p>"
    "<p>Met vriendelijke groet,<br>Speelgoedpaleis Noord</p>",
    ["BSM201"], "Order confirmation: the order was received and is being packed.")

add("reply", "text", "Bedankt! ({o})",
    "Beste Henk,\n\n"
    "Heel hartelijk dank voor uw bestelling {o}. Wij waarderen het enorm dat u voor ons heeft gekozen.\n\n"
    "Met vriendelijke groet,\n"
    "Familie Verbeek\n"
    "Imkerij De Honingraat",
    ["BSM202"], "Message that only says thank you.")

add("fulfillment-question", "text", "Bestelling {o}",
    "Hallo,\n\n"
    "Mocht er iets zijn met je bestelling {o}, dan staan we voor je klaar. Stuur ons gerust een berichtje.\n\n"
    "Team Bordspellenhoek",
    ["BSM202"], "Message that only offers help if a problem comes up.")

add("delivery-delay", "text", "Kleine vertraging bij bestelling {o}",
    "Beste Joyce,\n\n"
    "De yogamat uit je bestelling {o} wordt twee dagen later verzonden dan aangegeven, op donderdag 10 december. Excuses daarvoor.\n\n"
    "Namaste,\n"
    "Sara van Yogaplek\n\n"
    "PS: deze maand krijg je 20% korting op ons hele assortiment met de code YOGA20.",
    ["BSM203"], "Otherwise permitted delay with a P.S. promoting 20% off the whole range.")

add("reply", "html", "Re: maattabel bestelling {o}",
    "<p>Hoi Lisa,</p>"
    "<p>De jas uit bestelling {o} valt normaal; bij een borstomvang van 94 cm adviseren we maat M.</p>"
    "<p>Trouwens: onze nieuwe wintercollectie is net binnen. Volg ons op Instagram en schrijf je in voor de nieuwsbrief, dan mis je niets!</p>"
    "<p>Groet,<br>Buiten Modehuis</p>",
    ["BSM203"], "Reply inviting the buyer to follow the shop, subscribe and see the new collection.")

add("review-request", "text", "Uw mening over bestelling {o}",
    "Beste mevrouw Peters,\n\n"
    "Hopelijk bevallen de keramische mokken uit bestelling {o}. Wilt u een recensie op Amazon schrijven? "
    "Zodra uw recensie online staat, sturen wij u als kleine blijk van waardering een bedankje in de vorm van een cadeaubon van € 5.\n\n"
    "Vriendelijke groet,\n"
    "Pottenbakkerij Aarde & Vuur",
    ["BSM204"], "Small token of appreciation once the review is published.")

add("review-request", "text", "Recensie = geld terug ({o})",
    "Hallo Dennis,\n\n"
    "Laat je een review achter voor de powerbank uit bestelling {o}? Stuur ons een screenshot zodra de review online staat, dan storten we het volledige aankoopbedrag aan je terug.\n\n"
    "Groet,\n"
    "Laadkabelshop",
    ["BSM204"], "Full refund as soon as the review is online.")

add("reply", "text", "Re: klacht over de stofzuiger ({o})",
    "Beste heer Koster,\n\n"
    "Fijn dat het probleem met de accu van de stofzuiger uit bestelling {o} nu is opgelost met het vervangende exemplaar.\n\n"
    "Zou u nu het probleem verholpen is uw recensie van één ster willen bijwerken, of hem eventueel willen verwijderen? Dat zou voor ons als kleine webwinkel veel betekenen.\n\n"
    "Met vriendelijke groet,\n"
    "Huishoudplaza",
    ["BSM205"], "Asks to update or remove an existing one-star review.")

add("review-request", "text", "Tevreden over bestelling {o}?",
    "Beste Naomi,\n\n"
    "Ben je blij met de bureaulamp uit bestelling {o}? Dan zouden we het heel leuk vinden als je een recensie op Amazon plaatst. "
    "Ben je niet helemaal tevreden, neem dan eerst contact met ons op in plaats van een recensie te schrijven, dan lossen we het samen op.\n\n"
    "Groet,\n"
    "Team Lampenzolder",
    ["BSM206"], "Review only if satisfied; unhappy buyers steered to contact the seller instead.")

add("review-request", "html", "Een moment voor bestelling {o}?",
    "<p>Beste klant,</p>"
    "<p>Bedankt voor uw aankoop bij Kaashandel Gouda Goud (bestelling {o}). Wij zouden het zeer op prijs stellen als u ons op Amazon vijf sterren geeft.</p>"
    "<p>Met vriendelijke groet,<br>Kaashandel Gouda Goud</p>",
    ["BSM206"], "Asks for a five-star rating.")

add("order-problem", "text", "Artikel uitverkocht - bestelling {o}",
    "Beste mevrouw Jacobs,\n\n"
    "Het spijt ons: de blender uit uw bestelling {o} is bij ons uitverkocht en we kunnen hem niet leveren. Het bestelbedrag hebben we aangepast (reden: geen voorraad).\n\n"
    "Het snelst is het als u de bestelling zelf annuleert via Mijn bestellingen op Amazon, dan is alles direct afgerond.\n\n"
    "Met vriendelijke groet,\n"
    "Keukengemak",
    ["BSM108"], "Amount adjusted, but the buyer is advised to cancel the order themselves.")

add("order-problem", "text", "Probleem met uw bestelling {o}",
    "Geachte heer Willems,\n\n"
    "Door een voorraadfout kunnen wij de motorhelm uit bestelling {o} niet leveren. "
    "Wij zouden het waarderen als u via Amazon een annuleringsverzoek indient, zodat we de bestelling kunnen afsluiten.\n\n"
    "Met excuses,\n"
    "Motorkleding Groningen",
    ["BSM107", "BSM108"], "Stock ran out; asks for a cancellation request and does not confirm any amount adjustment.")

add("delivery-delay", "text", "Nieuwe verzenddatum voor {o}",
    "Beste Kim,\n\n"
    "De verlichte spiegel uit je bestelling {o} gaat op 14 december de deur uit in plaats van op 9 december.\n\n"
    "Groet,\n"
    "Badkamerwereld\n\n"
    "Wil je geen berichten meer van ons ontvangen? Antwoord dan met STOP.",
    ["BSM305"], "Delay message with an opt-out instruction (reply STOP).")

add("reply", "text", "Re: waar blijft mijn pakket? ({o})",
    "Hoi Erik,\n\n"
    "Sorry, die kutvervoerder heeft je pakket voor bestelling {o} godverdomme wéér naar het verkeerde depot gebracht. "
    "We hebben een nieuw exemplaar klaargezet dat vrijdag 11 december wordt verzonden.\n\n"
    "Groet,\n"
    "Wouter\n"
    "Gamekeet",
    ["BSM306"], "Reply with Dutch profanity.")

add("delivery-delay", "text", "Delay on your order {o}",
    "Dear customer,\n\n"
    "Unfortunately the garden bench from order {o} is running late at our supplier. We now expect to dispatch it on 15 December.\n\n"
    "Kind regards,\n"
    "Tuinmeubelhuis Brabant",
    ["BSM104"], "Message to an nl-NL buyer written entirely in English.")

add("reply", "text", "Re: vraag over montage ({o})",
    "Beste Sophie,\n\n"
    "De montage van de kledingkast uit bestelling {o} kost ongeveer een uur. Lukt het niet, bel ons dan gerust op 030-2345678, we helpen je er telefonisch doorheen.\n\n"
    "Groet,\n"
    "Kastenkoning",
    ["BSM309"], "Seller's own Dutch phone number in national format.")

add("delivery-delay", "html", "Vertraging bestelling {o}",
    "<p>Beste heer Meijer,</p>"
    "<p>Uw tuinslang-set (bestelling {o}) wordt later verzonden, naar verwachting op 12 december.</p>"
    "<p>Vragen? Onze klantenservice is bereikbaar via WhatsApp: +31 6 4123 8876.</p>"
    "<p>Met vriendelijke groet,<br>Tuinhandel Meijer</p>",
    ["BSM309"], "Seller's mobile number in international format.")

add("reply", "text", "Re: factuur op bedrijfsnaam {o}",
    "Beste mevrouw Claes,\n\n"
    "We zetten de factuur voor bestelling {o} graag op uw bedrijfsnaam. Mailt u de gegevens naar administratie@drukwerkdirect.nl? Dan sturen we de aangepaste factuur vandaag nog.\n\n"
    "Met vriendelijke groet,\n"
    "Drukwerk Direct",
    ["BSM308"], "Plain e-mail address in the body.")

add("reply", "text", "Re: maatwerk gordijnen ({o})",
    "Hoi Marieke,\n\n"
    "Voor de stofstalen bij bestelling {o} kun je het beste even mailen naar stalen apenstaartje gordijnatelier punt nl, dan sturen we ze per post.\n\n"
    "Groetjes,\n"
    "Gordijnatelier Vlasman",
    ["BSM308"], "Obfuscated e-mail address with 'apenstaartje' and 'punt'.")

add("reply", "html", "Re: onderhoud leren tas ({o})",
    "<p>Beste Ilse,</p>"
    "<p>Leuk dat je vraagt hoe je de tas uit bestelling {o} het best onderhoudt. Wij hebben er een uitgebreid artikel over geschreven:</p>"
    "<p><a href=\"https://www.leerlokaal.nl/blog/leer-onderhouden\">Lees onze tips voor het onderhouden van leer</a></p>"
    "<p>Groet,<br>Leerlokaal</p>",
    ["BSM302"], "https link with descriptive text to the seller's own blog, not needed for the order.")

add("delivery-delay", "html", "Uw bestelling {o} wordt later verzonden",
    "<p>Beste mevrouw Kramer,</p>"
    "<p>De schoenenkast uit bestelling {o} wordt op 17 december verzonden in plaats van op 10 december. De actuele status vindt u in uw account:</p>"
    "<p><a href=\"http://www.amazon.nl/gp/your-account/order-history\">Bekijk uw bestelling op Amazon.nl</a></p>"
    "<p>Met vriendelijke groet,<br>Opbergexpert</p>",
    ["BSM301"], "Descriptive link to Amazon over http.")

add("delivery-delay", "html", "Vertraging bij bestelling {o}",
    "<p>Hoi Bram,</p>"
    "<p>De rugzak uit bestelling {o} is nog onderweg van onze leverancier en wordt op 15 december verzonden.</p>"
    "<p><img src=\"https://cdn.mailbuilder.io/u/40871/rugzak-trekker-40l-groen.jpg\" alt=\"Rugzak Trekker 40 liter, groen\" width=\"300\"></p>"
    "<p>Groet,<br>Outdoorzaak De Berghut</p>",
    ["BSM310"], "Image of the purchased product (file name and alt name it).")

add("delivery-delay", "html", "Update levering {o}",
    "<p>Beste heer Hoekstra,</p>"
    "<p>Uw koffietafel (bestelling {o}) wordt op 18 december verzonden, een week later dan gepland.</p>"
    "<p><img src=\"https://cdn.mailbuilder.io/u/40871/zonnig-strand-palmbomen.jpg\" alt=\"Zonnig strand met palmbomen\" width=\"400\"></p>"
    "<p>Met vriendelijke groet,<br>Meubelmakerij Hoekstra</p>",
    ["BSM311"], "Stock beach image unrelated to the shop.")

add("delivery-delay", "html", "Bestelling {o}: verzending later",
    "<p><img src=\"https://cdn.mailbuilder.io/u/40871/theehuis-tsjai-logo.png\" alt=\"\" width=\"150\"></p>"
    "<p>Beste Rianne,</p>"
    "<p>De theepot uit bestelling {o} wordt op 11 december verzonden in plaats van vandaag.</p>"
    "<p>Groet,<br>Theehuis Tsjai</p>",
    ["BSM402"], "Shop logo with empty alt text.")

add("delivery-delay", "text", "Even geduld nog voor {o} 📦",
    "Hoi Femke,\n\n"
    "Je puzzel van 1000 stukjes (bestelling {o}) gaat maandag 14 december op de post, iets later dan gepland 🙏\n\n"
    "Groetjes,\n"
    "Puzzelparadijs",
    ["BSM403"], "Emoji in subject and body.")

add("reply", "text", "Re: kleur van de kussenhoes ({o})",
    "Hoi Jasper,\n\n"
    "De kussenhoes uit bestelling {o} is okergeel, op de foto lijkt hij wat lichter. Je gaat hem vast mooi vinden ;-)\n\n"
    "Groet,\n"
    "Woonwinkel Knus",
    ["BSM403"], "Emoticon ;-) in the body.")

add("delivery-delay", "html", "Vertraging bestelling {o}",
    "<style>h1{font-size:24px} h2{font-size:19px} p{font-size:14px} .kleine{font-size:11px}</style>"
    "<h1>Later verzonden</h1>"
    "<h2>Bestelling {o}</h2>"
    "<p>Beste klant, uw aquariumpomp wordt op 16 december verzonden in plaats van op 9 december.</p>"
    "<p class=\"kleine\">Aquaristiek Zeeland</p>",
    ["BSM410"], "Four explicit font sizes in a <style> block.")

add("delivery-delay", "text", "Nieuwe verzenddatum bestelling {o}",
    "Beste meneer Vos,\n\n\n"
    "De schaakklok uit uw bestelling {o} wordt op 15 december verzonden.\n\n\n\n"
    "Met vriendelijke groet,\n"
    "Denksportwinkel Zet",
    ["BSM412"], "Two and three blank lines in a row in a text message.")

add("invoice", "text", "[Belangrijk] Factuur bestelling {o}",
    "Geachte heer/mevrouw,\n\n"
    "In de bijlage vindt u de factuur (nummer 2026/1209) voor bestelling {o}.\n\n"
    "Met vriendelijke groet,\n"
    "Boekhouding Fotolijst Fabriek B.V.",
    ["BSM110"], "[Belangrijk] tag on an invoice, which is not critical.")

add("review-request", "html", "Uw mening over bestelling {o}",
    "<p>Beste Marco,</p>"
    "<p>Wil je ons laten weten wat je van de gereedschapsset uit bestelling {o} vindt? Een recensie schrijven kan "
    "<a href=\"https://www.amazon.nl/review/create-review?asin=B0D1TL4Q8K\">hier</a>.</p>"
    "<p>Groet,<br>Klusbaas Online</p>",
    ["BSM401"], "Link whose text is only 'hier'.")

# ------------------------------------------------------------ variants (2)
add("delivery-delay", "html", "Vertraging bij bestelling {o}",
    "<div style=\"font-family: Georgia, serif; line-height: 1.8; color: #2b4a3c; text-align: center\">"
    "<p>Beste mevrouw Schouten,</p>"
    "<p>Het kruidenrek uit bestelling {o} wordt door drukte in de werkplaats op 16 december verzonden.</p>"
    "<p>Met vriendelijke groet,<br>Kruidentuin Schouten</p>"
    "</div>",
    ["BSM407", "BSM408", "BSM409", "BSM411"], "Builder wrapper setting font family, line height, colour and centring.")

add("delivery-delay", "text", "Vertraging van uw bestelling",
    "Beste heer Brouwer,\n\n"
    "Uw bestelling {oraw} wordt helaas pas op 17 december verzonden; de dakkoffer is bij de fabrikant nog niet klaar.\n\n"
    "Met vriendelijke groet,\n"
    "Autoaccessoires Brouwer",
    ["BSM102"], "Order number written without hyphens only.")
