"""v21 evaluation messages, Dutch (nl-NL)."""

LANG = "nl"
LOCALE = "nl-NL"
MESSAGES = []


def _order(n):
    return "520-%07d-%07d" % ((n * 3917453 + 204611) % 10**7, (n * 7130219 + 558803) % 10**7)


def M(n, typ, fmt, subject, body, expected, note, order_in=True, order_text=None):
    o = _order(n)
    rep = order_text if order_text is not None else o
    MESSAGES.append({
        "id": "v21-nl-%03d" % n, "language": LANG, "locale": LOCALE, "type": typ,
        "format": fmt, "subject": subject.replace("#O#", rep), "body": body.replace("#O#", rep),
        "order_id": o, "expected": sorted(expected), "note": note,
    })


# ---------------- clean (1-17) ----------------
M(1, "delivery-delay", "text", "Je bestelling #O# komt iets later",
  "Hoi Sanne,\n\nEven een seintje over je bestelling #O# (twee linnen kussenhoezen, oker). "
  "De weverij in Tilburg loopt een paar dagen achter, dus de hoezen gaan niet vóór vrijdag 18 december de deur uit. "
  "Reken op bezorging rond dinsdag 22 december.\n\nWil je liever niet wachten, laat het ons dan gewoon weten via Amazon.\n\n"
  "Groetjes,\nMarloes\nStudio Ruwgeweven", [], "Plain-text delivery delay with a new date, informal tone.")

M(2, "delivery-delay", "html", "Vertraging bestelling #O#",
  "<p>Beste heer Van Dijk,</p>"
  "<p>Uw bestelling <strong>#O#</strong> (Kantoorstoel Ergo Pro, antraciet) staat helaas nog niet klaar. "
  "Onze leverancier heeft de onderstellen later aangeleverd dan afgesproken.</p>"
  "<p>Nieuwe verwachte verzenddatum: <strong>maandag 14 december 2026</strong>. "
  "Wij houden u op de hoogte als daar nog iets aan verandert.</p>"
  "<p>Met vriendelijke groet,<br>Joost Hermans<br>Klantenservice, Zitwerk B.V.</p>"
  "<p><small>Zitwerk B.V. &middot; Industrieweg 12 &middot; 5627 BR Eindhoven</small></p>",
  [], "Builder HTML delivery delay with no styling and small footer.")

M(3, "order-problem", "text", "[Belangrijk] Bestelling #O# kan niet geleverd worden",
  "Beste mevrouw Bakker,\n\nHelaas moeten we u melden dat de Fietstas Urban 20L (zwart) uit uw bestelling #O# niet meer leverbaar is: "
  "de laatste exemplaren bleken bij de inventarisatie beschadigd.\n\n"
  "We hebben het bestelbedrag daarom aangepast met reden 'niet op voorraad'; de volledige € 64,95 wordt binnen enkele werkdagen teruggestort via Amazon. "
  "U hoeft zelf niets te doen.\n\nOnze excuses voor het ongemak.\n\nMet vriendelijke groet,\nRuud Verhoeven\nTrapkracht Fietsaccessoires",
  [], "Order problem with the Dutch [Important] tag and the amount adjustment confirmed.")

M(4, "additional-information", "text", "Vraagje over bestelling #O#",
  "Goedemiddag,\n\nVoor de gegraveerde snijplank uit bestelling #O# missen we nog één ding: welke naam of tekst wilt u erop? "
  "Maximaal 20 tekens, hoofdletters en kleine letters kunnen allebei.\n\n"
  "Zodra we uw tekst binnen hebben, gaat hij de graveermachine in.\n\nHartelijke groet,\nDaan\nHoutwerk De Kaap",
  [], "Request for engraving text needed to complete the order.")

M(5, "return-follow-up", "text", "Retour bestelling #O# – voorstel",
  "Beste Fatima,\n\nJe gaf bij de retouraanvraag voor bestelling #O# aan dat de theepot een kleine glazuurfout aan de onderkant heeft, maar verder prima is.\n\n"
  "Als je hem wilt houden, bieden we je een gedeeltelijke terugbetaling van € 12,50 aan (ongeveer een kwart van de prijs). "
  "Liever toch retour? Ook goed, dan gaat de retour gewoon door zoals aangevraagd.\n\n"
  "Laat maar weten wat je voorkeur heeft.\n\nGroet,\nIneke van Keramiek aan de Gracht",
  [], "Return follow-up offering a partial refund.")

M(6, "return-follow-up", "text", "Retourzending #O#: welke maat?",
  "Hallo meneer Jansen,\n\nWe zien dat u de wandelschoenen uit bestelling #O# wilt omruilen. "
  "In het retourformulier staat alleen 'te klein'. Welke maat mogen we voor u klaarzetten: 44 of 44,5?\n\n"
  "Dan kunnen we de ruil meteen afhandelen zodra het pakket bij ons binnen is.\n\nMet vriendelijke groet,\nTeam Bergpad Outdoor",
  [], "Return follow-up asking for information needed to complete the exchange.")

M(7, "invoice", "text", "Factuur bij bestelling #O#",
  "Geachte heer/mevrouw,\n\nIn de bijlage vindt u factuur F/2026/11/0387 voor bestelling #O#, ten name van Installatiebedrijf Koster.\n\n"
  "Totaal € 412,30, waarvan € 71,56 btw (21%).\n\n"
  "Met vriendelijke groet,\nAdministratie\nLuchtstroom Techniek B.V.\nKvK 71234567 | BTW-nummer NL859347122B01\nHavenstraat 8, 3011 AB Rotterdam",
  [], "Invoice with slashed invoice number, KvK and BTW numbers.")

M(8, "review-request", "text", "Hoe bevalt de lamp? (bestelling #O#)",
  "Hoi,\n\nJe hebt nu een week of twee de bureaulamp uit bestelling #O# in huis. "
  "We zijn benieuwd hoe hij je bevalt. Zou je er op Amazon een recensie over willen schrijven? "
  "Positief of kritisch, elke ervaring helpt andere kopers bij hun keuze.\n\nGroeten,\nWessel\nLichtlab Utrecht",
  [], "Neutral review request in plain text.")

M(9, "review-request", "html", "Uw mening over bestelling #O#",
  "<p><img src=\"https://cdn.tuinhuisjes-online.nl/mail/logo-tuinhuisjes-online.png\" alt=\"Logo Tuinhuisjes Online\" width=\"180\"></p>"
  "<p>Beste klant,</p>"
  "<p>Een tijdje geleden heeft u bij ons de plantenbak van cederhout besteld (bestelling #O#). "
  "Wilt u uw ervaring met andere klanten delen?</p>"
  "<p><a href=\"https://www.amazon.nl/review/create-review?asin=B0C7QX2L9M\">Schrijf een recensie op Amazon.nl</a></p>"
  "<p>Met vriendelijke groet,<br>Tuinhuisjes Online</p>",
  [], "HTML neutral review request with shop logo (alt names shop) and descriptive Amazon link.")

M(10, "delivery-scheduling", "text", "Bezorgafspraak wasmachine – bestelling #O#",
  "Goedemorgen mevrouw El Amrani,\n\nDe wasmachine uit bestelling #O# wordt met een tweemansbezorging afgeleverd. "
  "We kunnen komen op:\n\n- donderdag 10 december, tussen 08:00 en 12:00 uur\n- vrijdag 11 december, tussen 13:00 en 17:00 uur\n\n"
  "Welk tijdvak past u het best? En is er een lift, of moet hij de trap op?\n\nMet vriendelijke groet,\nBart Smeets\nPlanning, Witgoedhal Venlo",
  [], "Heavy item delivery scheduling with dates and time slots.")

M(11, "home-service-appointment", "text", "Afspraak montage keukenkraan, bestelling #O#",
  "Beste heer De Graaf,\n\nVoor de montage van uw keukenkraan (bestelling #O#) stuurt onze monteur Erik u graag een bezoekje. "
  "Hij heeft nog ruimte op woensdag 16 december van 09:30 tot 11:30 uur of op zaterdag 19 december van 10:00 tot 12:00 uur.\n\n"
  "Wilt u laten weten welke tijd u schikt? De montage duurt ongeveer een uur.\n\nMet vriendelijke groet,\nLoodgietersbedrijf Stroom & Zn.",
  [], "Home service appointment with two time slots.")

M(12, "custom-design-verification", "text", "Ontwerpcontrole naambordje – #O#",
  "Hallo Lotte,\n\nIn de bijlage zit de proef van jullie naambordje (bestelling #O#): 'Familie Visser – Hier woont geluk', "
  "lettertype zoals gekozen, in mat zwart op eikenhout.\n\n"
  "Klopt alles, inclusief de spelling? Dan frezen we hem deze week nog. Wil je iets anders, zeg het gerust.\n\nGroetjes,\nNina | Bordjesmakerij Noord",
  [], "Custom design proof attached, asking for approval.")

M(13, "fulfillment-question", "text", "Toegangscode nodig voor levering #O#",
  "Beste meneer Peeters,\n\nBestelling #O# (referentie RB-2026-4471, klantnummer K-30981) bezorgen we zelf met onze eigen bus. "
  "Volgens onze gegevens zit de hoofdingang van uw complex aan de Keizersgracht op een codeslot.\n\n"
  "Kunt u ons de deurcode doorgeven, of laten weten bij welke buren we mogen aanbellen? Anders komen we voor een dichte deur te staan.\n\n"
  "Met vriendelijke groet,\nKlantenservice Boekenbak",
  [], "Door-code question with shipment and reference numbers.")

M(14, "reply", "text", "Re: Vraag over 'Midnight Garden' geurkaars, bestelling #O#",
  "Hoi Emma,\n\nGoede vraag! De geurkaars 'Midnight Garden – Hand Poured Soy Candle' uit je bestelling #O# is van 100% sojawas en brandt ongeveer 45 uur. "
  "De lont is van katoen, zonder lood.\n\nAls je hem de eerste keer zo'n twee uur laat branden, smelt de bovenlaag gelijkmatig en blijft hij mooi recht.\n\n"
  "Hartelijke groet,\nYara\nKaarsenatelier Vlam",
  [], "Reply quoting an English product title inside Dutch sentences.")

M(15, "reply", "text", "Re: Koffiezetapparaat doet het niet meer (#O#)",
  "Beste mevrouw Kuipers,\n\nVervelend dat het koffiezetapparaat uit bestelling #O# na vier maanden al kuren vertoont. "
  "Voor garantie kunt u het beste rechtstreeks bij de fabrikant terecht, die regelt reparatie of vervanging sneller dan wij.\n\n"
  "Garantielijn van de fabrikant (Brouwmeester Nederland): 085 303 21 90, op werkdagen van 9:00 tot 17:00 uur. Houd uw bestelnummer bij de hand.\n\n"
  "Met vriendelijke groet,\nMichiel\nKeukenpiet",
  [], "Reply giving the manufacturer's warranty line, marked as such.")

M(16, "reply", "html", "Re: Zakelijke gegevens voor bestelling #O#",
  "<p>Beste heer Wouters,</p>"
  "<p>Natuurlijk, hieronder vindt u onze bedrijfsgegevens voor uw administratie. Ze staan ook op de factuur bij bestelling #O#.</p>"
  "<p>Met vriendelijke groet,<br>Sophie Mulder<br>Office manager</p>"
  "<p><small>Drukwerkfabriek Zuid B.V.<br>Molenstraat 41<br>4811 GS Breda<br>KvK 58210934<br>BTW NL853022176B01</small></p>",
  [], "Reply with a company-details footer (KvK, BTW), no contact data.")

M(17, "reply", "text", "Re: Waar blijft mijn retourgeld? #O#",
  "Hallo Kees,\n\nJe retourpakket van bestelling #O# (retournummer RET-88213) is op dinsdag 1 december om 14:12 uur bij ons binnengekomen, "
  "trackingcode 3SPOST7710045226.\n\nWe hebben op 3 december € 39,99 terugbetaald via Amazon. Afhankelijk van je bank zie je het binnen 3 tot 5 werkdagen op je rekening.\n\n"
  "Groet,\nHenk\nGereedschapshop Brabant",
  [], "Reply with tracking/return numbers, dates, times and amounts.")

# ---------------- violations (18-48) ----------------
M(18, "fulfillment-question", "text", "Update bestelling #O#",
  "Beste klant,\n\nGoed nieuws: uw pakket met bestelling #O# heeft vanochtend ons magazijn in Waalwijk verlaten en is overgedragen aan PostNL. "
  "Morgen zou het bij u moeten zijn.\n\nMet vriendelijke groet,\nTeam Speelgoedzolder",
  ["BSM201"], "Shipping confirmation phrased as 'left our warehouse, handed to PostNL'.")

M(19, "fulfillment-question", "text", "Wij zijn ermee bezig! #O#",
  "Hoi!\n\nJe bestelling #O# is goed bij ons aangekomen en we zijn hem nu met zorg aan het inpakken. "
  "Zodra alles klaar is, gaat hij op pad.\n\nLiefs,\nMaud van Zeepzolder",
  ["BSM201"], "Order confirmation phrased as 'arrived well, we are packing it'.")

M(20, "fulfillment-question", "text", "Bestelling #O#",
  "Beste Ahmed,\n\nHeel hartelijk dank dat je voor ons hebt gekozen. We waarderen het enorm!\n\nGroeten,\nPim\nDe Fietsenkelder",
  ["BSM202"], "Thanks only.")

M(21, "fulfillment-question", "text", "Bestelling #O# – wij staan voor u klaar",
  "Geachte mevrouw Smit,\n\nMocht er onverhoopt iets niet in orde zijn met uw bestelling #O#, dan zijn wij er voor u. Schroom niet om ons een bericht te sturen.\n\n"
  "Met vriendelijke groet,\nKlantenservice Slaapgoed",
  ["BSM202"], "Only 'we are here if anything comes up'.")

M(22, "delivery-delay", "text", "Kleine vertraging bij #O#",
  "Hoi Jeroen,\n\nDe koptelefoon uit bestelling #O# komt een paar dagen later binnen bij ons; we verwachten hem woensdag 9 december te verzenden.\n\n"
  "Sorry voor het wachten!\n\nGroet,\nTim, Geluidshuis\n\nPS: tot en met zondag is ons hele assortiment 20% goedkoper, dus kijk gerust nog even rond.",
  ["BSM203"], "Permitted delay with a P.S. promoting 20% off the whole range.")

M(23, "review-request", "text", "Uw ervaring met bestelling #O#",
  "Beste klant,\n\nWilt u een recensie schrijven over de wollen plaid uit bestelling #O#? Elke mening helpt anderen bij hun keuze.\n\n"
  "Ook leuk: volg ons op Instagram en schrijf je in voor onze nieuwsbrief, dan zie je als eerste onze nieuwe wintercollectie.\n\n"
  "Warme groet,\nWolwinkel Het Schaap",
  ["BSM203"], "Review request with follow-us, newsletter and new collection invitation.")

M(24, "review-request", "text", "Even tijd voor een recensie? (#O#)",
  "Hallo Linda,\n\nWe horen graag wat je van de yogamat uit bestelling #O# vindt. Zou je een recensie op Amazon willen achterlaten?\n\n"
  "Als blijk van waardering sturen we je een klein bedankje toe zodra je recensie online staat.\n\nNamasté,\nIris van MatMaakster",
  ["BSM204"], "Small token of appreciation promised once the review is published.")

M(25, "review-request", "text", "Recensie = geld terug! Bestelling #O#",
  "Beste heer Vos,\n\nSchrijf een recensie over de powerbank uit bestelling #O# en wij storten het volledige aankoopbedrag terug zodra uw recensie zichtbaar is op Amazon. "
  "Stuur ons dan even een berichtje.\n\nMet vriendelijke groet,\nStroomKast",
  ["BSM204"], "Full refund once the review is online.")

M(26, "reply", "text", "Re: Probleem met de stofzuiger (#O#)",
  "Beste mevrouw Hendriks,\n\nFijn dat we het probleem met de stofzuiger uit bestelling #O# hebben kunnen verhelpen met een nieuw filter.\n\n"
  "Nu alles weer werkt, zou u uw recensie van één ster willen bijwerken, of anders verwijderen? Dat zouden we erg op prijs stellen.\n\n"
  "Met vriendelijke groet,\nBram\nZuigkracht.nl",
  ["BSM205"], "Asks to update or remove a one-star review.")

M(27, "review-request", "text", "Tevreden over bestelling #O#?",
  "Hoi,\n\nBen je blij met de hondenmand uit bestelling #O#? Dan zouden we het heel leuk vinden als je een recensie op Amazon plaatst.\n\n"
  "Niet helemaal tevreden? Laat dan geen recensie achter maar neem eerst contact met ons op, dan lossen we het samen op.\n\nGroetjes,\nKwispel & Co",
  ["BSM206"], "Review only if happy; unhappy buyers steered to contact the seller instead.")

M(28, "review-request", "text", "Uw beoordeling van bestelling #O#",
  "Beste klant,\n\nVoor een klein familiebedrijf als het onze betekent elke beoordeling veel. "
  "Wilt u de thermosfles uit bestelling #O# vijf sterren geven op Amazon?\n\nMet vriendelijke groet,\nFamilie Bos, Drinkfles Depot",
  ["BSM206"], "Asks for a five-star rating.")

M(29, "order-problem", "text", "[Belangrijk] Een artikel uit #O# is uitverkocht",
  "Beste meneer Dekker,\n\nVan de twee wandlampen uit uw bestelling #O# hebben we er nog maar één. "
  "Voor de ontbrekende lamp hebben we het bestelbedrag aangepast (niet op voorraad); € 49,00 komt via Amazon terug.\n\n"
  "Het kan ook zijn dat de tweede lamp helemaal niet meer terugkomt in het assortiment. "
  "Het snelst is dan eigenlijk dat u zelf een annulering van de bestelling aanvraagt via 'Mijn bestellingen'.\n\n"
  "Met vriendelijke groet,\nLampenloods",
  ["BSM108"], "Adjustment confirmed but advises the buyer to cancel themselves because of stock.")

M(30, "order-problem", "text", "Bestelling #O# – voorraadprobleem",
  "Beste mevrouw Claes,\n\nDoor een fout in onze voorraadadministratie is de spiegel uit bestelling #O# helaas niet meer beschikbaar.\n\n"
  "Wij zouden het erg waarderen als u de bestelling via Amazon wilt annuleren, dan is alles zo geregeld.\n\n"
  "Excuses voor de moeite.\n\nMet vriendelijke groet,\nSpiegelpaleis",
  ["BSM107", "BSM108"], "Asks the buyer to request cancellation, no adjustment confirmed.")

M(31, "review-request", "text", "Recensie voor bestelling #O#",
  "Beste klant,\n\nWilt u iets vertellen over uw ervaring met de regenjas uit bestelling #O#? Een recensie op Amazon helpt andere kopers.\n\n"
  "Geen berichten meer van ons ontvangen? Antwoord dan met STOP.\n\nMet vriendelijke groet,\nRegenpak Rijnmond",
  ["BSM305"], "Review request with a reply-STOP opt-out instruction.")

M(32, "reply", "text", "Re: pakket kwijt (#O#)",
  "Hoi Ricardo,\n\nJa, die kutvervoerder heeft je pakket van bestelling #O# weer eens naar het verkeerde depot gestuurd. Wat een klotezooi.\n\n"
  "We sturen vandaag een nieuw exemplaar op, je hoeft niets terug te sturen.\n\nGroet,\nDennis\nGamehoek",
  ["BSM306"], "Dutch profanity about the carrier.")

M(33, "delivery-delay", "text", "Order #O# delayed",
  "Dear customer,\n\nUnfortunately your order #O# will ship a few days later than planned. We now expect to dispatch it on 11 December.\n\n"
  "Kind regards,\nVeldhuis Kantoorartikelen",
  ["BSM104"], "Whole message in English to an nl-NL buyer.")

M(34, "reply", "text", "Re: Maat van de jas (#O#)",
  "Beste mevrouw Mertens,\n\nDe jas uit bestelling #O# valt wat klein; wij adviseren een maat groter. "
  "Wilt u het even telefonisch doornemen? Bel ons gerust op 030 244 18 76, we nemen er de tijd voor.\n\n"
  "Met vriendelijke groet,\nModehuis Lemmens",
  ["BSM309"], "Seller's own national phone number.")

M(35, "reply", "text", "Re: Montagevraag #O#",
  "Hoi Bas,\n\nDie derde plank van de boekenkast (bestelling #O#) zit inderdaad wat krap. Stuur even een appje naar +31 6 41 72 55 09, "
  "dan stuur ik je een filmpje hoe je het het handigst doet.\n\nGroet,\nGijs | Meubelmakerij Eik & Zo",
  ["BSM309"], "Seller's mobile number in international format.")

M(36, "return-follow-up", "text", "Retour #O#: foto's nodig",
  "Beste meneer Wijnands,\n\nVoor de retour van de beschadigde vaas uit bestelling #O# hebben we een paar foto's van de schade nodig. "
  "Mailt u ze naar retouren@glasenvaas.nl?\n\nMet vriendelijke groet,\nGlas & Vaas",
  ["BSM308"], "Plain e-mail address in a return follow-up.")

M(37, "additional-information", "text", "Lettertype voor je bestelling #O#",
  "Hoi Anouk,\n\nWelk lettertype wil je voor de bedrukte mok uit bestelling #O#? Je kunt je keuze ook sturen naar studio apenstaartje mokmaker punt nl.\n\n"
  "Groetjes,\nStudio Mokmaker",
  ["BSM308"], "Obfuscated e-mail address using 'apenstaartje' and 'punt'.")

M(38, "reply", "html", "Re: Verzorging van de monstera (#O#)",
  "<p>Hoi Eva,</p>"
  "<p>Leuk dat de monstera uit bestelling #O# goed is aangekomen. Op ons blog staat precies hoe vaak je hem water geeft: "
  "<a href=\"https://www.groenejungle.nl/blog/monstera-verzorgen\">verzorgingstips voor je monstera op ons blog</a>.</p>"
  "<p>Groene groet,<br>Lieke van De Groene Jungle</p>",
  ["BSM302"], "Descriptive https link to the seller's own blog.")

M(39, "reply", "html", "Re: Handleiding zoeken (#O#)",
  "<p>Beste heer Aerts,</p>"
  "<p>De handleiding van de broodbakmachine uit bestelling #O# staat ook op de productpagina: "
  "<a href=\"http://www.amazon.nl/dp/B0B8KP3Q7R\">productpagina van de broodbakmachine op Amazon</a>.</p>"
  "<p>Met vriendelijke groet,<br>Bakgerei Boxtel</p>",
  ["BSM301"], "Insecure http link to Amazon with descriptive text.")

M(40, "review-request", "html", "Hoe bevalt je rugzak? #O#",
  "<p>Hoi Thijs,</p>"
  "<p><img src=\"https://img.rugzakkerij.nl/producten/daypack-25l-groen.jpg\" alt=\"Daypack 25L groen\" width=\"300\"></p>"
  "<p>Inmiddels heb je de daypack uit bestelling #O# al even. Wil je een recensie schrijven op Amazon? Alle ervaringen zijn welkom.</p>"
  "<p>Groet,<br>De Rugzakkerij</p>",
  ["BSM310"], "Image of the purchased product.")

M(41, "delivery-delay", "html", "Vertraging door de feestdagen – #O#",
  "<p><img src=\"https://cdn.sieradenvanmila.nl/mail/kerstboom-sneeuw.jpg\" alt=\"Kerstboom in de sneeuw\" width=\"300\"></p>"
  "<p>Beste klant,</p>"
  "<p>Door de drukte rond de feestdagen gaat de armband uit bestelling #O# pas op 15 december op de post.</p>"
  "<p>Fijne dagen,<br>Sieraden van Mila</p>",
  ["BSM311"], "Unrelated stock image of a Christmas tree.")

M(42, "delivery-delay", "html", "Nieuwe leverdatum bestelling #O#",
  "<p><img src=\"https://cdn.pannenhuys.nl/mail/pannenhuys-logo.png\" alt=\"\" width=\"160\"></p>"
  "<p>Beste mevrouw Janssens,</p>"
  "<p>De gietijzeren braadpan uit bestelling #O# komt later uit de fabriek. We verwachten hem op 17 december te kunnen verzenden.</p>"
  "<p>Met vriendelijke groet,<br>Pannenhuys</p>",
  ["BSM402"], "Shop logo with empty alt.")

M(43, "reply", "text", "Re: Kleurvraag #O#",
  "Hoi Nadia,\n\nJa hoor, het garen uit bestelling #O# is echt zachtroze, niet zalm. Veel breiplezier! \U0001F9F6\u2728\n\nLiefs,\nBreicafé De Steek",
  ["BSM403"], "Emoji in a reply.")

M(44, "reply", "text", "Re: Past het? (#O#)",
  "Hoi Sem,\n\nDe hoes uit bestelling #O# past op alle modellen van 2022 en later, dus dat zit wel goed ;-)\n\nGroet,\nHoesjesHoek",
  ["BSM403"], "Text emoticon ;-) in a reply.")

M(45, "delivery-delay", "html", "Leveringsupdate #O#",
  "<style>h1{font-size:24px} h2{font-size:19px} p{font-size:15px} .klein{font-size:11px}</style>"
  "<h1>Leveringsupdate</h1><h2>Bestelling #O#</h2>"
  "<p>Beste klant, de schilderijlijst die u bestelde komt door een late levering van glas een week later: verzending rond 16 december.</p>"
  "<p class=\"klein\">Lijstenmakerij Van Os, Oudegracht 112, 3511 AX Utrecht</p>",
  ["BSM410"], "Four explicit font sizes in a style block besides the default.")

M(46, "additional-information", "text", "Afleveradres bestelling #O#",
  "Beste heer Mol,\n\nHet huisnummer ontbreekt in het afleveradres van bestelling #O#. Kunt u dat aanvullen?\n\n\n\n"
  "Met vriendelijke groet,\nPapierwaren Mol & Dochter",
  ["BSM412"], "Three blank lines in a row in plain text.")

M(47, "review-request", "text", "[Belangrijk] Jouw recensie voor bestelling #O#",
  "Hoi,\n\nWil je een recensie schrijven over de schaakset uit bestelling #O#? We lezen alle ervaringen, positief en negatief.\n\n"
  "Groet,\nSpellenhuis Zet",
  ["BSM110"], "[Belangrijk] tag on a review request.")

M(48, "review-request", "html", "Recensie bestelling #O#",
  "<p>Beste klant,</p>"
  "<p>Wat vindt u van het theeservies uit bestelling #O#? Een recensie schrijven kan "
  "<a href=\"https://www.amazon.nl/review/create-review?asin=B0D1TZ8K2W\">hier</a>.</p>"
  "<p>Met vriendelijke groet,<br>Theehuis Tante Jo</p>",
  ["BSM401"], "Link text 'hier'.")

# ---------------- varying (49-50) ----------------
M(49, "delivery-delay", "html", "Verzending bestelling #O# verschoven",
  "<div style=\"font-family:Verdana,Arial,sans-serif; line-height:1.7; color:#333333; text-align:center\">"
  "<p>Beste klant,</p>"
  "<p>Uw bestelling #O# (set van 6 wijnglazen) wordt door een vertraging bij de glasblazerij pas op donderdag 17 december verzonden.</p>"
  "<p>Met vriendelijke groet,<br>Glashuys Leerdam</p></div>",
  ["BSM407", "BSM408", "BSM409", "BSM411"], "Builder wrapper setting font-family, line-height, colour and centring.")

M(50, "additional-information", "text", "Vraag over uw bestelling #O#",
  "Beste mevrouw Vermeulen,\n\nVoor de maatwerk rolgordijnen uit bestelling #O# hebben we nog de exacte breedte van het kozijn nodig, in millimeters.\n\n"
  "Met vriendelijke groet,\nRaamdecor Zeeland",
  ["BSM102"], "Order number written without hyphens only.", order_text=None)
# make 50 use the unhyphenated number
_m = MESSAGES[-1]
_plain = _m["order_id"].replace("-", "")
_m["subject"] = _m["subject"].replace(_m["order_id"], _plain)
_m["body"] = _m["body"].replace(_m["order_id"], _plain)
