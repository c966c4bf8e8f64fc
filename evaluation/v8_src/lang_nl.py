"""v8 blind set, Dutch (nl-NL, a few nl-BE)."""

MESSAGES = []


def m(locale, typ, fmt, subject, body, order_id, expected, note):
    n = len(MESSAGES) + 1
    MESSAGES.append({"id": "v8-nl-%03d" % n, "language": "nl", "locale": locale, "type": typ,
                     "format": fmt, "subject": subject, "body": body, "order_id": order_id,
                     "expected": sorted(expected), "note": note})


def o(n):
    return "602-%07d-%07d" % (4810000 + n * 37, 9100000 + n * 413)


# 1
m("nl-NL", "delivery-delay", "text", "Vertraging bestelling %s" % o(1),
  "Beste meneer Verhoeven,\n\nDe houten kinderstoel die u bestelde (bestelling %s) komt later dan gepland: onze leverancier in Tilburg levert pas op donderdag 17 december. Wij verwachten het pakket op vrijdag 18 december aan de vervoerder mee te geven.\n\nExcuses voor het ongemak.\n\nMet vriendelijke groet,\nSanne Bakker\nKlantenservice Houtwerk Brabant" % o(1),
  o(1), [], "Plain-text delivery delay with a new expected date; clean.")
# 2
m("nl-BE", "delivery-delay", "html", "Uw bestelling %s: nieuwe leverdatum" % o(2),
  "<p>Dag mevrouw Peeters,</p><p>Door de drukte bij onze drukker loopt uw bestelling <strong>%s</strong> (3 x fotokalender A4) enkele dagen vertraging op.</p><table><tr><td>Oorspronkelijke datum</td><td>maandag 7 december</td></tr><tr><td>Nieuwe verwachte datum</td><td>vrijdag 11 december</td></tr></table><p>Wij houden u op de hoogte als er nog iets verandert.</p><p>Vriendelijke groeten,<br>Lotte Claes<br>Drukkerij Scheldezicht</p>" % o(2),
  o(2), [], "Builder HTML table with old and new delivery date, no styling; clean.")
# 3
m("nl-NL", "order-problem", "text", "[Belangrijk] Artikel niet leverbaar - bestelling %s" % o(3),
  "Goedemiddag mevrouw De Groot,\n\nHelaas is de espressomolen uit uw bestelling %s bij ons niet meer op voorraad en kunnen we hem niet leveren. We hebben het bestelbedrag inmiddels aangepast: de EUR 89,95 wordt niet in rekening gebracht en ziet u binnen enkele werkdagen terug.\n\nHet overige artikel (de melkopschuimkan) wordt gewoon verzonden.\n\nMet vriendelijke groet,\nJoost van Dam\nKoffiehoek Utrecht" % o(3),
  o(3), [], "Order problem with [Belangrijk] tag and confirmed amount adjustment; clean.")
# 4
m("nl-NL", "additional-information", "text", "Vraag over uw gravure, bestelling %s" % o(4),
  "Hallo Femke,\n\nVoor de gegraveerde broodplank uit bestelling %s missen we nog de tekst die erop moet. Wil je ons laten weten welke naam of spreuk je wilt (maximaal 25 tekens)? Zodra we die hebben, gaat de plank in productie.\n\nGroetjes,\nDaan\nAtelier Eikenhout" % o(4),
  o(4), [], "Asks the engraving text needed to complete the order; clean.")
# 5
m("nl-NL", "return-follow-up", "text", "Uw retour van bestelling %s" % o(5),
  "Beste heer Smit,\n\nU gaf aan dat de lampenkap van uw bestelling %s een kleine kras heeft. In plaats van het hele artikel terug te sturen, kunnen wij u een gedeeltelijke terugbetaling van EUR 12,50 aanbieden; u houdt de lampenkap dan gewoon. Laat u even weten of u dat wilt? Anders handelen we de retour normaal af.\n\nMet vriendelijke groet,\nIris Mulder\nLichtlab Zwolle" % o(5),
  o(5), [], "Return follow-up offering a partial refund; clean.")
# 6
m("nl-BE", "return-follow-up", "text", "Retour %s - nog een vraag" % o(6),
  "Goeiedag meneer Janssens,\n\nOver uw retouraanvraag voor bestelling %s: om ze af te ronden hebben we nog één ding nodig. Gaat het om de maat (te klein of te groot) of is er iets mis met de schoenen zelf? Dan weten we of we een vervangpaar klaarzetten of het bedrag terugstorten.\n\nMet vriendelijke groeten,\nElke Wouters\nSchoenen Wouters" % o(6),
  o(6), [], "Return follow-up asking information needed to complete the return; clean.")
# 7
m("nl-NL", "invoice", "text", "Factuur bij bestelling %s" % o(7),
  "Geachte heer/mevrouw,\n\nIn de bijlage vindt u de factuur 2026/12/0458 voor bestelling %s, zoals aangevraagd voor uw administratie. Het totaalbedrag is EUR 1.249,00, waarvan EUR 216,77 btw (21%%).\n\nMet vriendelijke groet,\n\nKantoorvak Groningen B.V.\nOosterstraat 12, 9711 NV Groningen\nKvK 71234567 | BTW-nummer NL861234567B01" % o(7),
  o(7), [], "Invoice with KvK, BTW number and invoice number with slashes; clean.")
# 8
m("nl-NL", "review-request", "text", "Uw ervaring met bestelling %s" % o(8),
  "Hallo meneer Kok,\n\nU heeft onlangs het tuinscherm van ons ontvangen (bestelling %s). Wilt u op Amazon een recensie schrijven over het product? Uw eerlijke mening, positief of negatief, helpt andere kopers bij hun keuze.\n\nBedankt voor uw tijd.\n\nTuinhandel De Linde" % o(8),
  o(8), [], "Neutral review request in plain text; clean.")
# 9
m("nl-NL", "review-request", "html", "Hoe bevalt uw bestelling %s?" % o(9),
  "<p><img src=\"https://cdn.voorbeeld-bloemenbollen.nl/logo-bollenhuys.png\" alt=\"Logo Bollenhuys\" width=\"160\"></p><p>Beste mevrouw Visser,</p><p>Uw tulpenbollen (bestelling %s) zijn inmiddels een week bij u. We horen graag wat u ervan vindt, goed of minder goed.</p><p><a href=\"https://www.amazon.nl/review/create-review\">Schrijf een recensie op Amazon.nl</a></p><p>Met hartelijke groet,<br>Het team van Bollenhuys</p>" % o(9),
  o(9), [], "HTML review request with shop logo (alt names shop) and descriptive Amazon link; clean.")
# 10
m("nl-NL", "delivery-scheduling", "text", "Bezorgafspraak wasmachine - %s" % o(10),
  "Beste mevrouw Hendriks,\n\nUw wasmachine (bestelling %s) wordt met een bezorgwagen met twee man geleverd. We kunnen komen op:\n\n- dinsdag 15 december, 08:00-12:00 uur\n- woensdag 16 december, 13:00-17:00 uur\n\nWelk tijdvak past u het best? Graag ook doorgeven of er een lift is.\n\nMet vriendelijke groet,\nWitgoed Direct Amersfoort" % o(10),
  o(10), [], "Scheduling delivery of a bulky item with time slots; clean.")
# 11
m("nl-BE", "home-service-appointment", "text", "Afspraak montage keukenkast %s" % o(11),
  "Dag mevrouw Maes,\n\nVoor de montage van uw keukenkast (bestelling %s) kan onze monteur langskomen op zaterdag 19 december tussen 9u en 11u, of op maandag 21 december tussen 14u en 16u. Laat u ons weten welk moment u schikt?\n\nVriendelijke groeten,\nBart Dubois\nMontageservice Leuven" % o(11),
  o(11), [], "Home-service appointment with two Belgian-style time slots; clean.")
# 12
m("nl-NL", "custom-design-verification", "text", "Ontwerpproef voor bestelling %s" % o(12),
  "Hoi Mark,\n\nIn de bijlage zit de ontwerpproef van je bedrukte hoodie (bestelling %s): tekst \"Team Zeeland 2027\" op de rug, wit op marineblauw. Klopt alles? Als je het goedkeurt, drukken we hem morgen.\n\nGroet,\nNina\nShirtstudio Middelburg" % o(12),
  o(12), [], "Design proof attached for approval; clean.")
# 13
m("nl-NL", "fulfillment-question", "text", "Toegang tot uw adres - bestelling %s" % o(13),
  "Beste heer Bos,\n\nVolgens uw adresgegevens woont u in een complex met een afgesloten toegangsdeur. Om uw bestelling %s (2 dozen, samen 31 kg) bij de voordeur te kunnen afleveren, heeft de bezorger de deurcode nodig. Kunt u ons die, of een andere manier van toegang, laten weten? Uw klantreferentie is KL-2026-7781, uw dossiernummer D-440917.\n\nMet vriendelijke groet,\nPakketwinkel Den Bosch" % o(13),
  o(13), [], "Door-code question with reference and tracking numbers; clean.")
# 14
m("nl-NL", "reply", "text", "Re: vraag over %s" % o(14),
  "Beste mevrouw Jacobs,\n\nDank voor uw vraag. De \"Deluxe Cast Iron Dutch Oven 28 cm\" uit uw bestelling %s is geschikt voor inductie, gas en de oven tot 260 graden. Het deksel mag ook in de oven.\n\nMet vriendelijke groet,\nRoel Vermeer\nKookhuis Haarlem" % o(14),
  o(14), [], "Reply quoting an English product title inside Dutch sentences; clean.")
# 15
m("nl-NL", "reply", "text", "Re: stofzuiger doet het niet meer (%s)" % o(15),
  "Beste meneer Dekker,\n\nVervelend dat de stofzuiger uit bestelling %s niet meer aanslaat. Omdat het toestel nog onder de fabrieksgarantie valt, kunt u het beste direct contact opnemen met de garantielijn van de fabrikant: 088 123 4567 (garantieservice fabrikant, ma-vr 9:00-17:00). Zij regelen de reparatie of vervanging.\n\nMet vriendelijke groet,\nHuishoudshop Almere" % o(15),
  o(15), [], "Reply giving the manufacturer's warranty hotline marked as such; BSM309 exception, clean.")
# 16
m("nl-BE", "reply", "html", "Re: levering naar Gent - %s" % o(16),
  "<p>Beste mevrouw Vermeulen,</p><p>Wij leveren ook in Gent; uw bestelling %s valt gewoon onder onze normale levertermijn van 2 tot 4 werkdagen.</p><p>Met vriendelijke groeten,<br>Tom Goossens<br>Zaakvoerder</p><p><small>Fietsonderdelen Goossens BV - Kortrijksesteenweg 210, 9000 Gent - Ondernemingsnummer 0712.345.678 - BTW BE 0712.345.678</small></p>" % o(16),
  o(16), [], "Reply with a Belgian company-details footer in <small>; clean.")
# 17
m("nl-NL", "reply", "text", "Re: retourzending %s" % o(17),
  "Hallo Sophie,\n\nJe retour voor bestelling %s is op 2 december om 14:37 bij ons binnengekomen (retournummer RMA-55218, zending 3SABC1122334455). We hebben EUR 34,95 teruggestort; dat staat binnen 3 tot 5 werkdagen op je rekening.\n\nGroet,\nKim\nKidsmode Amstel" % o(17),
  o(17), [], "Reply with tracking and return numbers, date, time and amount; clean.")
# 18
m("nl-NL", "fulfillment-question", "text", "Update over bestelling %s" % o(18),
  "Beste mevrouw Kramer,\n\nGoed nieuws: uw pakket met bestelling %s heeft vanochtend ons magazijn in Venlo verlaten en is overgedragen aan PostNL.\n\nMet vriendelijke groet,\nSportartikelen Limburg" % o(18),
  o(18), ["BSM201"], "Shipment confirmation: left the warehouse, handed to the carrier.")
# 19
m("nl-NL", "fulfillment-question", "text", "Bestelling %s" % o(19),
  "Hallo meneer Willems,\n\nWe hebben uw bestelling %s in goede orde ontvangen en zijn er al mee bezig: de spullen worden op dit moment ingepakt.\n\nGroet,\nHobbyhuis Deventer" % o(19),
  o(19), ["BSM201"], "Order received and being packed; order confirmation.")
# 20
m("nl-NL", "fulfillment-question", "text", "Bedankt! (%s)" % o(20),
  "Beste klant,\n\nHeel erg bedankt dat u voor ons heeft gekozen, we waarderen dat enorm.\n\nHartelijke groet,\nTheehuis Leiden\nBestelling %s" % o(20),
  o(20), ["BSM202"], "Thanks only, order number does not count as content.")
# 21
m("nl-BE", "fulfillment-question", "text", "Uw aankoop %s" % o(21),
  "Dag mevrouw Lambert,\n\nMocht er met uw aankoop (bestelling %s) ooit iets zijn, aarzel dan niet: wij staan voor u klaar.\n\nVriendelijke groeten,\nKeramiek Mechelen" % o(21),
  o(21), ["BSM202"], "Only offers help if something comes up.")
# 22
m("nl-NL", "delivery-delay", "text", "Kleine vertraging %s" % o(22),
  "Beste heer Prins,\n\nUw bestelling %s wordt een dag later verzonden dan gepland, op dinsdag 8 december.\n\nMet vriendelijke groet,\nDierenshop Meppel\n\nPS: deze maand krijgt u 20%% korting op ons hele assortiment met de code WINTER20." % o(22),
  o(22), ["BSM203"], "Permitted delay with a P.S. promoting 20 percent off everything.")
# 23
m("nl-NL", "reply", "text", "Re: maat handschoenen %s" % o(23),
  "Hoi Lisa,\n\nDe handschoenen uit bestelling %s vallen normaal; maat M is goed bij een handomtrek van 19 tot 20 cm.\n\nVolg ons ook op Instagram en schrijf je in voor onze nieuwsbrief, dan ben je als eerste op de hoogte van de nieuwe wintercollectie!\n\nGroetjes,\nWolwinkel Texel" % o(23),
  o(23), ["BSM203"], "Follow us / newsletter / new collection invitation inside a reply.")
# 24
m("nl-NL", "review-request", "text", "Uw mening over bestelling %s" % o(24),
  "Beste mevrouw Sanders,\n\nWilt u een recensie schrijven over de yogamat uit bestelling %s? Als uw recensie online staat, sturen wij u als blijk van waardering een kleine attentie toe.\n\nMet sportieve groet,\nYogaplek Nijmegen" % o(24),
  o(24), ["BSM204"], "Small token of appreciation once the review is published.")
# 25
m("nl-NL", "review-request", "text", "Recensie en terugbetaling - %s" % o(25),
  "Hallo meneer Hermans,\n\nZodra uw recensie over de powerbank (bestelling %s) op Amazon zichtbaar is, storten wij het volledige aankoopbedrag aan u terug.\n\nGroet,\nGadgetdepot Eindhoven" % o(25),
  o(25), ["BSM204"], "Full refund once the review is online.")
# 26
m("nl-NL", "reply", "text", "Re: uw beoordeling van %s" % o(26),
  "Beste heer Koster,\n\nHet probleem met de rits van uw rugzak (bestelling %s) is nu opgelost met het vervangende exemplaar. Zou u zo vriendelijk willen zijn uw recensie van één ster aan te passen of te verwijderen?\n\nMet vriendelijke groet,\nTassenwinkel Alkmaar" % o(26),
  o(26), ["BSM205"], "Asks to update or remove a one-star review.")
# 27
m("nl-BE", "review-request", "text", "Tevreden over %s?" % o(27),
  "Dag meneer Martens,\n\nBent u tevreden over de koffiemachine uit bestelling %s? Laat dan gerust een recensie achter op Amazon. Is er iets niet naar wens, neem dan liever eerst contact met ons op in plaats van een recensie te schrijven.\n\nGroeten,\nBarista Antwerpen" % o(27),
  o(27), ["BSM206"], "Review only if satisfied, unhappy buyers steered to contact instead.")
# 28
m("nl-NL", "review-request", "text", "Nog één verzoekje (%s)" % o(28),
  "Hoi Emma,\n\nFijn dat de fotolijstjes uit bestelling %s goed zijn aangekomen. Wil je ons vijf sterren geven op Amazon? Dat zou ons kleine bedrijf echt vooruit helpen.\n\nLiefs,\nFotohoekje Gouda" % o(28),
  o(28), ["BSM206"], "Asks for five stars.")
# 29
m("nl-NL", "order-problem", "text", "Artikel uitverkocht - bestelling %s" % o(29),
  "Beste mevrouw Bosman,\n\nDe wandlamp uit bestelling %s is helaas uitverkocht. Het bestelbedrag is al aangepast, u betaalt er niets voor. Het snelst is het als u de bestelling zelf via uw account annuleert.\n\nMet vriendelijke groet,\nVerlichtingscentrum Emmen" % o(29),
  o(29), ["BSM108"], "Adjusted order problem but advises buyer to cancel themselves.")
# 30
m("nl-NL", "order-problem", "text", "Voorraadprobleem %s" % o(30),
  "Beste heer Vos,\n\nDoor een fout in onze voorraad kunnen wij de boormachine uit bestelling %s niet leveren. We zouden het erg op prijs stellen als u een annuleringsverzoek indient, dan handelen wij het verder af.\n\nMet vriendelijke groet,\nGereedschap Zaandam" % o(30),
  o(30), ["BSM107", "BSM108"], "Asks for a cancellation request, no amount adjustment confirmed.")
# 31
m("nl-NL", "delivery-delay", "text", "Vertraagde levering %s" % o(31),
  "Beste mevrouw Dijkstra,\n\nUw bestelling %s wordt pas op 14 december verzonden in plaats van 9 december.\n\nMet vriendelijke groet,\nBoekenhuis Leeuwarden\n\nWilt u geen berichten meer van ons ontvangen? Antwoord dan met STOP." % o(31),
  o(31), ["BSM305"], "Delay with a reply-STOP opt-out instruction.")
# 32
m("nl-NL", "reply", "text", "Re: klacht %s" % o(32),
  "Meneer Brouwer,\n\nWat een kutopmerking in uw bericht over bestelling %s. Die lamp was gewoon heel toen hij de deur uitging, dus zeur niet.\n\nElektroshop Hengelo" % o(32),
  o(32), ["BSM306"], "Dutch profanity in a reply.")
# 33
m("nl-NL", "delivery-delay", "text", "Delivery delay for order %s" % o(33),
  "Dear Mr de Boer,\n\nUnfortunately your order %s will ship three days later than planned, on 10 December. We apologise for the inconvenience.\n\nKind regards,\nFietsverlichting Breda" % o(33),
  o(33), ["BSM104"], "English message to an nl-NL buyer.")
# 34
m("nl-NL", "reply", "text", "Re: bezorging %s" % o(34),
  "Beste mevrouw Schouten,\n\nOver de bezorging van bestelling %s kunt u ons het beste even bellen op 020-6123456, dan kijken we samen naar een geschikte dag.\n\nMet vriendelijke groet,\nMeubelhal Amsterdam" % o(34),
  o(34), ["BSM309"], "Dutch landline number in national format.")
# 35
m("nl-BE", "additional-information", "text", "Adres bevestigen - %s" % o(35),
  "Dag meneer Jacobs,\n\nHet huisnummer in uw adres voor bestelling %s lijkt onvolledig. Kunt u het bevestigen? Bellen mag ook: +32 470 12 34 56.\n\nVriendelijke groeten,\nGrafisch Atelier Brugge" % o(35),
  o(35), ["BSM309"], "Belgian mobile number in international format.")
# 36
m("nl-NL", "reply", "text", "Re: factuur %s" % o(36),
  "Beste heer Meijer,\n\nStuur uw btw-nummer gerust naar administratie@keukenstudio-assen.nl, dan passen we de factuur voor bestelling %s aan.\n\nMet vriendelijke groet,\nKeukenstudio Assen" % o(36),
  o(36), ["BSM308"], "Plain e-mail address in a reply.")
# 37
m("nl-NL", "custom-design-verification", "text", "Uw logo voor bestelling %s" % o(37),
  "Hoi Jeroen,\n\nHet logo dat je voor bestelling %s stuurde is te klein om scherp te drukken. Kun je een groter bestand mailen naar ontwerp apenstaartje drukwerkdelft punt nl?\n\nGroet,\nDrukwerk Delft" % o(37),
  o(37), ["BSM308"], "Obfuscated e-mail address with 'apenstaartje' and 'punt'.")
# 38
m("nl-NL", "reply", "html", "Re: onderhoud teakhout %s" % o(38),
  "<p>Beste mevrouw Post,</p><p>Voor uw tuintafel uit bestelling %s raden wij teakolie aan, twee keer per jaar. Alle stappen staan in onze <a href=\"https://www.teakhuis-hoorn.nl/onderhoud/teak\">onderhoudsgids voor teakhouten meubelen</a>.</p><p>Met vriendelijke groet,<br>Teakhuis Hoorn</p>" % o(38),
  o(38), ["BSM302"], "Descriptive https link to the seller's own site.")
# 39
m("nl-NL", "review-request", "html", "Uw recensie voor %s" % o(39),
  "<p>Beste heer Huisman,</p><p>We zouden het waarderen als u over de bureaustoel uit bestelling %s een recensie schrijft, welke ervaring u ook had.</p><p><a href=\"http://www.amazon.nl/review/create-review\">Recensie schrijven op Amazon.nl</a></p><p>Met vriendelijke groet,<br>Kantoorcomfort Apeldoorn</p>" % o(39),
  o(39), ["BSM301"], "Plain http link to Amazon.")
# 40
m("nl-NL", "reply", "html", "Re: kleur van de deken %s" % o(40),
  "<p>Hallo Anouk,</p><p>De plaid uit bestelling %s is oker, net iets warmer dan op het scherm:</p><p><img src=\"https://cdn.dekenhuis.nl/img/plaid-wol-oker.jpg\" alt=\"Wollen plaid oker\" width=\"300\"></p><p>Groetjes,<br>Dekenhuis Ede</p>" % o(40),
  o(40), ["BSM310"], "Photo of the purchased product.")
# 41
m("nl-NL", "delivery-delay", "html", "Later geleverd: %s" % o(41),
  "<p>Beste mevrouw Smits,</p><p>Uw kerstverlichting (bestelling %s) wordt door drukte bij de vervoerder pas op 16 december verzonden.</p><p><img src=\"https://cdn.lampjeslicht.nl/stock/winterlandschap-sneeuw.jpg\" alt=\"Besneeuwd winterlandschap\" width=\"300\"></p><p>Met vriendelijke groet,<br>Lampjeslicht Roermond</p>" % o(41),
  o(41), ["BSM311"], "Unrelated stock image of a snowy landscape.")
# 42
m("nl-NL", "reply", "html", "Re: handleiding %s" % o(42),
  "<p>Beste heer Peters,</p><p>De handleiding van de broodbakmachine uit bestelling %s zit als pdf in de bijlage.</p><p><img src=\"https://cdn.bakkersgerei.nl/logo-bakkersgerei.png\" width=\"140\"></p><p>Met vriendelijke groet,<br>Bakkersgerei Oss</p>" % o(42),
  o(42), ["BSM402"], "Shop logo image without alt attribute.")
# 43
m("nl-NL", "reply", "text", "Re: levertijd %s" % o(43),
  "Hoi Tim,\n\nJe skateboard uit bestelling %s hoort morgen bij je te zijn. Veel rijplezier alvast! \U0001F6F9\U0001F525\n\nGroet,\nSkateshop Scheveningen" % o(43),
  o(43), ["BSM403"], "Emoji in a reply.")
# 44
m("nl-NL", "additional-information", "text", "Kleurkeuze %s" % o(44),
  "Hoi Maaike,\n\nVan de vaas in bestelling %s hebben we nog mintgroen en zandkleur. Welke wil je? :-)\n\nGroetjes,\nPottenbakkerij Loosdrecht" % o(44),
  o(44), ["BSM403"], "Text emoticon :-) in an information request.")
# 45
m("nl-NL", "delivery-delay", "html", "Nieuwe leverdatum %s" % o(45),
  "<style>h1{font-size:24px} h2{font-size:18px} p{font-size:14px} .klein{font-size:11px}</style><h1>Vertraging</h1><h2>Bestelling %s</h2><p>Beste meneer Kuipers, uw fietstas wordt op 12 december verzonden in plaats van 8 december.</p><p class=\"klein\">Fietsplus Amersfoort</p>" % o(45),
  o(45), ["BSM410"], "Four explicit font sizes in a style block.")
# 46
m("nl-NL", "additional-information", "text", "Vraag over uw bestelling %s" % o(46),
  "Beste mevrouw Timmermans,\n\nVoor de maatwerkgordijnen uit bestelling %s hebben we nog de breedte van uw raam nodig, in centimeters.\n\n\n\nMet vriendelijke groet,\nGordijnatelier Hilversum" % o(46),
  o(46), ["BSM412"], "Three blank lines in a row in plain text.")
# 47
m("nl-NL", "invoice", "text", "[Belangrijk] Factuur %s" % o(47),
  "Beste heer Lammers,\n\nBijgaand de factuur 2026-3391 voor bestelling %s.\n\nMet vriendelijke groet,\nBouwmaterialen Lelystad B.V.\nKvK 80123456 | BTW NL004567891B01" % o(47),
  o(47), ["BSM110"], "[Belangrijk] tag on an invoice message.")
# 48
m("nl-NL", "review-request", "html", "Uw ervaring met %s" % o(48),
  "<p>Beste mevrouw Gerritsen,</p><p>Wilt u iets vertellen over de thermoskan uit bestelling %s? Uw recensie, positief of kritisch, helpt andere kopers. <a href=\"https://www.amazon.nl/review/create-review\">Klik hier</a>.</p><p>Met vriendelijke groet,<br>Buitensport Winterswijk</p>" % o(48),
  o(48), ["BSM401"], "Link text 'Klik hier' to Amazon.")
# 49
m("nl-NL", "delivery-delay", "html", "Vertraging bestelling %s" % o(49),
  "<div style=\"font-family:Arial,Helvetica,sans-serif;color:#333333\"><p>Beste heer Verbeek,</p><p>Uw bestelling %s (2 x tuinstoel) wordt verzonden op 15 december in plaats van 10 december.</p><p>Met vriendelijke groet,<br>Tuinmeubelen Veenendaal</p></div>" % o(49),
  o(49), ["BSM407", "BSM409"], "Builder wrapper setting font-family and text colour.")
# 50
m("nl-NL", "delivery-delay", "text", "Vertraging van uw bestelling",
  "Beste mevrouw Brink,\n\nUw bestelling %s wordt helaas een week later verzonden, op 18 december, omdat de lamellen nog niet binnen zijn.\n\nMet vriendelijke groet,\nZonweringshop Gorinchem" % o(50).replace("-", ""),
  o(50), ["BSM102"], "Order number written without hyphens only.")
