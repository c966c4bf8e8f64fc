"""v5 blind evaluation set, Dutch (nl-NL, a few nl-BE). Standard library only."""

LANG = "nl"
PREFIX = "302"


def order(n):
    return "%s-%07d-%07d" % (PREFIX, (n * 4813397 + 2718281) % 10 ** 7,
                             (n * 3571117 + 1414213) % 10 ** 7)


MESSAGES = []


def M(n, typ, fmt, subject, body, expected, note, locale="nl-NL"):
    o = order(n)
    rep = lambda s: s.replace("{ORDER}", o).replace("{ORDER_PLAIN}", o.replace("-", ""))
    MESSAGES.append({
        "id": "v5-%s-%03d" % (LANG, n), "language": LANG, "locale": locale,
        "type": typ, "format": fmt, "subject": rep(subject), "body": rep(body),
        "order_id": o, "expected": sorted(expected), "note": note,
    })


# ---------------------------------------------------------------- clean (17)

M(1, "delivery-delay", "text", "Levering bestelling {ORDER} loopt vertraging op",
  "Goedemiddag meneer Bakker,\n\n"
  "Even een eerlijke update over uw bestelling {ORDER} (2x plantenbak Cortenstaal, 40 cm). "
  "Onze leverancier in Tilburg heeft de nieuwe partij pas op donderdag 17 december binnen, een week later dan gepland. "
  "Daardoor kunnen we uw bakken niet voor het weekend versturen; wij verwachten ze vrijdag 18 december mee te geven aan PostNL.\n\n"
  "Zodra de bakken onderweg zijn, hoort u het van Amazon zelf.\n\n"
  "Groet,\nRuud Verhoeven\nTuinstaal Brabant",
  [], "Clean delivery delay in plain text with a new expected ship date.")

M(2, "delivery-delay", "html", "Uw bestelling {ORDER}: nieuwe verwachte leverdatum",
  "<p>Beste mevrouw Jansen,</p>\n"
  "<p>Door de drukte rond Sinterklaas en de feestdagen is de productie van uw gepersonaliseerde snijplank iets uitgelopen.</p>\n"
  "<table>\n<tr><td><strong>Bestelnummer</strong></td><td>{ORDER}</td></tr>\n"
  "<tr><td><strong>Oorspronkelijk verwacht</strong></td><td>ma 14-12-2026</td></tr>\n"
  "<tr><td><strong>Nieuwe verwachting</strong></td><td>wo 23-12-2026</td></tr>\n</table>\n"
  "<p>We doen ons best om het eerder te halen. Excuses voor het ongemak.</p>\n"
  "<p>Met vriendelijke groet,<br>\nLotte Kramer<br>\nHoutwerk &amp; Zo</p>",
  [], "Clean delivery delay in builder HTML with a plain table.")

M(3, "order-problem", "text", "[Belangrijk] Probleem met uw bestelling {ORDER}",
  "Beste klant,\n\n"
  "Helaas moeten we u laten weten dat de espressokopjes 'Mokka' (set van 6) die u bestelde niet meer leverbaar zijn: "
  "bij de laatste voorraadtelling bleek het laatste setje beschadigd.\n\n"
  "We hebben het bestelbedrag van € 34,50 daarom volledig aangepast met als reden 'niet op voorraad'. "
  "U ziet de terugbetaling binnen enkele werkdagen terug via uw gebruikelijke betaalmethode. Voor bestelling {ORDER} hoeft u verder niets te doen.\n\n"
  "Onze excuses,\nFenna Mulder\nKoffiehoek Deventer",
  [], "Clean order problem confirming the adjustment; [Belangrijk] is allowed on this type.")

M(4, "additional-information", "text", "Vraag over de gravering bij bestelling {ORDER}",
  "Hoi Daan,\n\n"
  "Even over de leren sleutelhanger met gravering die je koos: in het tekstveld staat alleen 'J+M 2019', "
  "maar de optie die je koos heeft ruimte voor twee regels. Wil je de tekst op één regel, of liever verdeeld, bijvoorbeeld 'J+M' boven en '2019' eronder?\n\n"
  "Zodra we je antwoord hebben gaan we graveren. Bestelnummer ter referentie: {ORDER}.\n\n"
  "Groetjes,\nIris\nLederatelier Het Kleine Werk",
  [], "Clean request for information needed to complete a personalised order.")

M(5, "return-follow-up", "text", "Retour {ORDER}: voorstel gedeeltelijke terugbetaling",
  "Geachte heer Peeters,\n\n"
  "Wij ontvingen uw retouraanvraag voor de wandklok 'Brussel' met een kras op het glas. "
  "In plaats van de klok terug te sturen, bieden wij u graag een gedeeltelijke terugbetaling van € 15,00 aan (25 % van het aankoopbedrag). "
  "U houdt de klok dan gewoon.\n\n"
  "Gaat u hiermee akkoord? Dan verwerken wij de terugbetaling op bestelling {ORDER} binnen twee werkdagen. "
  "Wilt u toch liever retourneren, dan kan dat uiteraard ook.\n\n"
  "Met vriendelijke groeten,\nAn Claes\nKlokkenhuis Mechelen",
  [], "Clean return follow-up offering a partial refund (nl-BE buyer).", locale="nl-BE")

M(6, "return-follow-up", "text", "Retourzending bestelling {ORDER} - nog één vraag",
  "Beste mevrouw Smits,\n\n"
  "Om uw retour van de stofzuigeraccu af te ronden hebben we het serienummer nodig. "
  "Dat staat op de sticker aan de onderkant van de accu en begint met 'SN'. Wilt u dat nummer in een antwoord op dit bericht zetten?\n\n"
  "Daarna sturen we meteen het retourlabel voor bestelling {ORDER}.\n\n"
  "Vriendelijke groet,\nTeam Accuwinkel.nl",
  [], "Clean return follow-up asking for information needed to complete the return.")

M(7, "invoice", "text", "Factuur 2026/NL/04127 bij bestelling {ORDER}",
  "Geachte heer/mevrouw,\n\n"
  "Zoals gevraagd vindt u in de bijlage de factuur voor bestelling {ORDER}.\n\n"
  "Factuurnummer: 2026/NL/04127\nFactuurdatum: 03-12-2026\nTotaal incl. 21% btw: € 412,86\n\n"
  "Met vriendelijke groet,\nAfdeling administratie\n\n"
  "Kantoorkoning B.V.\nIndustrieweg 14\n3542 AD Utrecht\nKvK 71234567 | btw-nummer NL862345671B01",
  [], "Clean invoice with invoice number containing slashes, KvK and BTW numbers.")

M(8, "review-request", "text", "Uw ervaring met bestelling {ORDER}",
  "Beste Sophie,\n\n"
  "Je hebt inmiddels een paar dagen met de yogamat kunnen werken. We zouden het waarderen als je een recensie op Amazon achterlaat, "
  "wat je ervaring ook is. Andere kopers hebben daar veel aan, en wij ook.\n\n"
  "Bestelnummer: {ORDER}\n\n"
  "Namaste en tot ziens,\nMirjam van Dijk\nZenMat Nederland",
  [], "Clean neutral review request in plain text.")

M(9, "review-request", "html", "Hoe bevalt de fietstas? (bestelling {ORDER})",
  "<p><img src=\"https://static.fietsmaatje.nl/mail/logo-fietsmaatje.png\" alt=\"Logo Fietsmaatje\" width=\"180\" height=\"60\"></p>\n"
  "<p>Hallo meneer De Boer,</p>\n"
  "<p>Een tijdje geleden bestelde u bij ons de dubbele fietstas (bestelling {ORDER}). "
  "Wilt u uw mening over het product met andere kopers delen? Positief of kritisch, alles helpt.</p>\n"
  "<p><a href=\"https://www.amazon.nl/review/create-review?asin=B0CX7Q2L9M\">Schrijf een recensie op Amazon.nl</a></p>\n"
  "<p>Met vriendelijke groet,<br>\nTeam Fietsmaatje</p>",
  [], "Clean HTML review request with shop logo (alt names shop) and descriptive https Amazon link.")

M(10, "delivery-scheduling", "text", "Afspraak bezorging hoekbank - bestelling {ORDER}",
  "Beste familie Visser,\n\n"
  "Uw hoekbank 'Lissabon' staat klaar in ons magazijn in Nijkerk. Omdat de bank met twee man wordt bezorgd, plannen we graag een moment dat u thuis bent. "
  "We hebben de volgende tijdvakken vrij:\n\n"
  "- dinsdag 15 december, 08.00 - 12.00 uur\n- donderdag 17 december, 12.00 - 16.00 uur\n- zaterdag 19 december, 09.00 - 13.00 uur\n\n"
  "Laat u weten welk tijdvak uitkomt? Vermeld graag ook of er een lift is of op welke verdieping u woont.\n\n"
  "Met vriendelijke groet,\nKevin Hoekstra\nPlanning, Meubelloods Gelderland\nBestelling {ORDER}",
  [], "Clean scheduling of a bulky delivery with Dutch dates and time slots.")

M(11, "home-service-appointment", "text", "Installatie wasmachine - bestelnummer {ORDER}",
  "Goedendag,\n\n"
  "U heeft bij de wasmachine ook installatie geboekt. Onze monteur Bas kan langskomen op maandag 21 december tussen 13.00 en 17.00 uur "
  "of op woensdag 23 december tussen 08.30 en 12.30 uur.\n\n"
  "Zorgt u ervoor dat de kraan en de afvoer vrij bereikbaar zijn? De oude machine nemen we op verzoek mee.\n\n"
  "Graag uw voorkeur via een antwoord op dit bericht.\n\n"
  "Met vriendelijke groet,\nWitgoedService Zwolle\nBestelnummer {ORDER}",
  [], "Clean home-service appointment proposal with two time windows.")

M(12, "custom-design-verification", "html", "Ontwerpproef geboortebord - bestelling {ORDER}",
  "<p>Lieve Ellen,</p>\n"
  "<p>Gefeliciteerd met de kleine Fien! In de bijlage vind je de ontwerpproef van het houten geboortebord (bestand: <em>proef_geboortebord_Fien_v1.pdf</em>).</p>\n"
  "<ul>\n<li>Naam: Fien Bosman</li>\n<li>Geboren: 28-11-2026, 04:12 uur</li>\n<li>Gewicht: 3360 gram, lengte 50 cm</li>\n</ul>\n"
  "<p>Klopt alles? Dan gaan we frezen. Wil je iets aanpassen, laat het ons weten.</p>\n"
  "<p>Hartelijke groet,<br>\nMarloes<br>\nStudio Klein Geluk<br>\n<small>Bestelling {ORDER}</small></p>",
  [], "Clean custom design proof with date, time and weight details.")

M(13, "fulfillment-question", "text", "Toegang tot uw adres voor bestelling {ORDER}",
  "Beste heer El Amrani,\n\n"
  "Uw bestelling brengen we met onze eigen bus, ingepland op vrijdag 11 december (rit 14, stop 7). "
  "Het adres is een appartementencomplex aan de Keizersgracht met een afgesloten entree. "
  "Heeft u een deurcode of een andere manier waarop onze chauffeur binnen kan komen? Dan zetten we dat op de rittenlijst.\n\n"
  "Referentie klantenservice: TK-2026-1207-88\nBestelling: {ORDER}\n\n"
  "Vriendelijke groet,\nNoor\nDeurbeslag Direct",
  [], "Clean door-code question with route and reference numbers that are not phone numbers.")

M(14, "reply", "text", "Re: Vraag over maat rugzak - {ORDER}",
  "Hoi Jeroen,\n\n"
  "Goede vraag. De rugzak die je bestelde heet bij ons officieel 'Kids' Explorer Backpack - Forest Green' (de fabrikant is Engels). "
  "Hij is 38 cm hoog en past volgens onze klanten prima bij kinderen van 5 tot 9 jaar.\n\n"
  "De rugzak bij bestelling {ORDER} heeft een borstband die je in hoogte kunt verstellen.\n\n"
  "Groet,\nSaskia van Outdoor Kids Shop",
  [], "Clean reply quoting an English product title inside Dutch sentences.")

M(15, "reply", "text", "Re: Koffiemachine geeft foutcode E4 ({ORDER})",
  "Beste mevrouw Hendriks,\n\n"
  "Vervelend dat uw koffiemachine foutcode E4 geeft. Die code wijst op een storing in de pomp en valt onder de fabrieksgarantie van twee jaar. "
  "Het snelst gaat het via de fabrikant zelf:\n\n"
  "Garantielijn van de fabrikant (Brevetti Caffè Benelux): 085 303 4120, op werkdagen van 9.00 tot 17.00 uur.\n\n"
  "Houd uw bestelnummer {ORDER} bij de hand. Komt u er niet uit, laat het ons dan weten.\n\n"
  "Met vriendelijke groet,\nPieter Wouters\nBaristaPunt",
  [], "Clean reply with a phone number marked as the manufacturer's warranty line (BSM309 exception).")

M(16, "reply", "html", "Re: Levering op bedrijfsadres - bestelling {ORDER}",
  "<p>Geachte mevrouw Dekker,</p>\n"
  "<p>Bestelling {ORDER} kan zonder problemen naar uw bedrijfsadres. Wijzigt u het afleveradres zelf in uw Amazon-account, "
  "dan nemen wij het automatisch over, zolang de bestelling nog niet is verwerkt.</p>\n"
  "<p>Met vriendelijke groet,<br>\nThomas Vermeulen<br>\nAccountmanager</p>\n"
  "<p><small>Printerinkt Nederland B.V. | Vaartweg 112, 1217 SL Hilversum | KvK 58123490 | Btw-id NL853402117B01 | IBAN NL44 RABO 0312 4567 89</small></p>",
  [], "Clean reply with a company footer: address, KvK, VAT id and IBAN.")

M(17, "reply", "text", "Re: Waar blijft mijn retourgeld? {ORDER}",
  "Hallo mevrouw Yilmaz,\n\n"
  "Uw retourpakket (retournummer R-55817-NL, zendingcode 3SKLM0072653401) is op maandag 7 december om 14:26 uur bij ons afgeleverd. "
  "Op dinsdag 8 december hebben we € 59,95 terugbetaald voor bestelling {ORDER}; dat bedrag staat binnen 3 tot 5 werkdagen op uw rekening.\n\n"
  "Vriendelijke groet,\nJoris\nKlantenservice Schoenenbox",
  [], "Clean reply with return and tracking numbers, dates, times and amounts.")

# ---------------------------------------------------------------- violations (31)

M(18, "delivery-delay", "text", "Update bestelling {ORDER}",
  "Beste Willem,\n\n"
  "Goed nieuws: je pakket heeft vanochtend ons magazijn in Venlo verlaten en is overgedragen aan DHL. "
  "Het komt dus toch nog voor de kerst binnen.\n\n"
  "Bestelnummer {ORDER}\n\nGroet,\nGadgetkelder",
  ["BSM201"], "Shipping confirmation paraphrased: left the warehouse, handed to the carrier.")

M(19, "fulfillment-question", "text", "Bestelling {ORDER} is binnen",
  "Beste mevrouw Schouten,\n\n"
  "Uw bestelling {ORDER} is bij ons binnengekomen en we zijn er al mee aan de slag: de theeblikken worden vandaag ingepakt in ons atelier.\n\n"
  "Hartelijke groet,\nTheehuis Lavendel",
  ["BSM201"], "Order confirmation: received and being packed.")

M(20, "fulfillment-question", "text", "Bedankt! ({ORDER})",
  "Beste Kim,\n\n"
  "Heel erg bedankt voor je aankoop bij Sokkenfabriek Noord. We waarderen het enorm dat je voor een kleine Nederlandse webshop kiest!\n\n"
  "Bestelling {ORDER}\n\nWarme groet,\nEva & Lars",
  ["BSM202"], "Thanks-only message; the order number is no content.")

M(21, "fulfillment-question", "text", "Bestelling {ORDER}",
  "Goedemiddag,\n\n"
  "Mocht er iets zijn met uw bestelling {ORDER}, wij staan voor u klaar. Aarzel niet om ons via Amazon een bericht te sturen.\n\n"
  "Met vriendelijke groet,\nService-team Badkamerwereld",
  ["BSM202"], "Only the offer to help if something comes up.")

M(22, "delivery-delay", "text", "Kleine vertraging bij bestelling {ORDER}",
  "Beste heer Meijer,\n\n"
  "Uw bureaulamp wordt twee dagen later verzonden dan gepland, naar verwachting op woensdag 16 december. Excuses daarvoor.\n\n"
  "Met vriendelijke groet,\nLichtlab Leiden\n\n"
  "P.S. Tot en met zondag krijgt u 20% korting op ons hele assortiment met de code LICHT20.",
  ["BSM203"], "Otherwise permitted delay with a promotional P.S. (20 % off everything).")

M(23, "review-request", "text", "Uw mening over bestelling {ORDER}",
  "Hallo Femke,\n\n"
  "Wil je een recensie schrijven over het kussen dat je kocht? We lezen alles, positief en negatief.\n\n"
  "Blijf op de hoogte: volg ons op Instagram (@slaapfabriek.nl) en meld je aan voor onze nieuwsbrief, dan zie je als eerste onze nieuwe wintercollectie.\n\n"
  "Bestelling {ORDER}\nSlaapfabriek",
  ["BSM203"], "Follow us / newsletter / new collection without links.")

M(24, "review-request", "text", "Een kleine attentie voor u - {ORDER}",
  "Beste meneer Van Leeuwen,\n\n"
  "Zou u een recensie willen schrijven over de messenset uit bestelling {ORDER}? "
  "Als blijk van waardering sturen wij u een klein bedankje toe zodra uw recensie gepubliceerd is.\n\n"
  "Met vriendelijke groet,\nKookgerei Kampen",
  ["BSM204"], "A small token of appreciation once the review is published.")

M(25, "review-request", "text", "Bestelling {ORDER}",
  "Hoi Tim,\n\n"
  "Deal: plaats jij een recensie over de powerbank, dan betalen we het volledige aankoopbedrag terug zodra die online staat. "
  "Stuur ons gewoon even een berichtje als het gelukt is.\n\n"
  "Team Laadstroom",
  ["BSM204"], "Full refund as soon as the review is online.")

M(26, "reply", "text", "Re: Defecte stekker - bestelling {ORDER}",
  "Beste mevrouw Koster,\n\n"
  "Fijn om te lezen dat de nieuwe adapter voor bestelling {ORDER} het probleem heeft opgelost. "
  "Nu alles werkt: zou u willen overwegen uw recensie van één ster bij te werken of te verwijderen? Dat zou ons veel schelen.\n\n"
  "Met vriendelijke groet,\nStroomwinkel Haarlem",
  ["BSM205"], "Asks to update or remove an existing one-star review.")

M(27, "review-request", "text", "Tevreden over bestelling {ORDER}?",
  "Beste klant,\n\n"
  "Bent u blij met uw nieuwe dekbedovertrek? Dan horen we graag uw recensie op Amazon. "
  "Viel het tegen, neem dan eerst contact met ons op in plaats van een recensie te schrijven, dan lossen we het samen op.\n\n"
  "Met vriendelijke groet,\nBeddengoed Bakker",
  ["BSM206"], "Review only if satisfied; unhappy buyers steered to contact instead.")

M(28, "review-request", "text", "Een verzoekje bij bestelling {ORDER}",
  "Hoi Lisa,\n\n"
  "Wij zijn een klein familiebedrijf en elke recensie telt. Als je de puzzel leuk vond, zouden vijf sterren ons enorm helpen!\n\n"
  "Groetjes,\nPuzzelparadijs\n{ORDER}",
  ["BSM206"], "Asks for a five-star rating.")

M(29, "order-problem", "text", "[Belangrijk] Artikel niet leverbaar - {ORDER}",
  "Beste heer Smit,\n\n"
  "Helaas is de racefietshelm in maat L uitverkocht en komt er dit seizoen geen nieuwe voorraad. "
  "We hebben het bestelbedrag van bestelling {ORDER} al aangepast met reden 'niet op voorraad'.\n\n"
  "Om het administratief netjes af te ronden is het het snelst als u de bestelling zelf annuleert via Mijn bestellingen.\n\n"
  "Met sportieve groet,\nWielerdepot Apeldoorn",
  ["BSM108"], "Advises the buyer to cancel himself because of stock-out, with the adjustment confirmed.")

M(30, "order-problem", "text", "Uw bestelling {ORDER}",
  "Geachte mevrouw De Groot,\n\n"
  "Tot onze spijt is de vaas 'Aurora' die u bestelde niet meer op voorraad. "
  "Wij zouden het erg op prijs stellen als u via uw account een annuleringsverzoek voor bestelling {ORDER} wilt indienen.\n\n"
  "Met vriendelijke groet,\nInterieurhuis Delft",
  ["BSM107", "BSM108"], "Asks for a cancellation request because of stock-out, no adjustment mentioned.")

M(31, "review-request", "text", "Uw recensie over bestelling {ORDER}",
  "Beste Anouk,\n\n"
  "We zijn benieuwd wat je van de thermosfles vindt. Een recensie op Amazon, hoe kort ook, wordt zeer gewaardeerd.\n\n"
  "Geen berichten meer van ons ontvangen? Antwoord dan met STOP.\n\n"
  "Groet,\nDrinkfles.nu",
  ["BSM305"], "Opt-out instruction: reply STOP.")

M(32, "reply", "text", "Re: Pakket kwijt ({ORDER})",
  "Hallo meneer Dijkman,\n\n"
  "Die klotebezorger heeft het verdomme alweer verkloot, sorry. Voor bestelling {ORDER} maken we morgen kosteloos een nieuw exemplaar klaar; "
  "duikt het oude alsnog op, dan mag u het houden.\n\n"
  "Groet,\nFrank\nOnderdelenshop Twente",
  ["BSM306"], "Dutch profanity in a seller reply.")

M(33, "delivery-delay", "text", "Delivery update for order {ORDER}",
  "Dear customer,\n\n"
  "Unfortunately our supplier is running late, so your garden hose reel will ship on Thursday 17 December instead of Monday. "
  "We apologise for the inconvenience.\n\n"
  "Kind regards,\nTuinland Online\nOrder {ORDER}",
  ["BSM104"], "Dutch buyer receives a message written entirely in English.")

M(34, "reply", "text", "Re: Montage kast - {ORDER}",
  "Beste Sanne,\n\n"
  "Lukt het niet met de deurscharnieren van de kast uit bestelling {ORDER}? Bel ons gerust op 030 - 234 56 78, dan lopen we het samen even door.\n\n"
  "Groet,\nRik\nKastenkoning",
  ["BSM309"], "Seller phone number in Dutch national format.")

M(35, "reply", "text", "Re: Vraag over levering in België - {ORDER}",
  "Dag mevrouw Wuyts,\n\n"
  "Bestelling {ORDER} wordt gewoon naar België geleverd, via bpost. Voor dringende vragen kunt u ons ook bereiken op +32 470 12 34 56 (WhatsApp).\n\n"
  "Met vriendelijke groeten,\nDries\nVerlichting Vlaanderen",
  ["BSM309"], "Seller mobile number in international format (nl-BE buyer).", locale="nl-BE")

M(36, "reply", "text", "Re: Factuur op bedrijfsnaam - {ORDER}",
  "Beste heer Brouwer,\n\n"
  "Een factuur op bedrijfsnaam maken wij graag. Stuur uw bedrijfsgegevens naar administratie@kantoorstoelexpert.nl onder vermelding van bestelling {ORDER}.\n\n"
  "Met vriendelijke groet,\nKantoorstoelExpert",
  ["BSM308"], "Plain e-mail address in the text.")

M(37, "reply", "text", "Re: Extra schroeven bij {ORDER}",
  "Hoi Bram,\n\n"
  "Geen probleem, we sturen de ontbrekende schroeven na. Foto's van de andere onderdelen kun je mailen naar onderdelen apenstaartje steigerhoutshop punt nl.\n\n"
  "Groet,\nMaarten\nSteigerhoutshop\nBestelling {ORDER}",
  ["BSM308"], "Obfuscated e-mail address with 'apenstaartje' and 'punt'.")

M(38, "reply", "html", "Re: Onderhoud eikenhouten tafel - {ORDER}",
  "<p>Beste mevrouw Van den Berg,</p>\n"
  "<p>Bedankt voor uw vraag over de tafel uit bestelling {ORDER}. Over het onderhoud van geolied eiken hebben we een uitgebreide pagina gemaakt:</p>\n"
  "<p><a href=\"https://www.houtenhart-meubels.nl/onderhoud-geolied-eiken\">Onderhoudstips voor geolied eikenhout op onze website</a></p>\n"
  "<p>Met vriendelijke groet,<br>\nHouten Hart Meubels</p>",
  ["BSM302"], "Descriptive https link to the seller's own website.")

M(39, "review-request", "html", "Uw ervaring met bestelling {ORDER}",
  "<p>Beste heer Vos,</p>\n"
  "<p>Hoe bevalt de bakstenen vuurkorf? Wij horen graag uw eerlijke mening.</p>\n"
  "<p><a href=\"http://www.amazon.nl/review/create-review?asin=B0BV4K7T1Z\">Schrijf een recensie over de vuurkorf op Amazon.nl</a></p>\n"
  "<p>Met vriendelijke groet,<br>\nVuurkorfwinkel<br>\nBestelling {ORDER}</p>",
  ["BSM301"], "Insecure http link to Amazon with descriptive text.")

M(40, "delivery-delay", "html", "Vertraging bij bestelling {ORDER}",
  "<p>Beste mevrouw Kok,</p>\n"
  "<p>Uw tafellamp wordt helaas pas op maandag 21 december verzonden in plaats van vandaag.</p>\n"
  "<p><img src=\"https://cdn.lampenhuis-oost.nl/producten/tafellamp-aurora-eiken.jpg\" alt=\"Tafellamp Aurora, eiken voet\" width=\"300\" height=\"300\"></p>\n"
  "<p>Excuses voor het wachten.<br>\nLampenhuis Oost<br>\nBestelling {ORDER}</p>",
  ["BSM310"], "Image of the purchased product (file name and alt name it).")

M(41, "additional-information", "html", "Leveradres controleren - {ORDER}",
  "<p>Beste Joost,</p>\n"
  "<p>In het adres bij bestelling {ORDER} ontbreekt een huisnummer. Kun je dat nog even doorgeven?</p>\n"
  "<p><img src=\"https://cdn.campingshop-zeeland.nl/mail/strand-zonsondergang.jpg\" alt=\"Strand bij zonsondergang\" width=\"400\" height=\"200\"></p>\n"
  "<p>Groet,<br>\nCampingshop Zeeland</p>",
  ["BSM311"], "Stock beach photo unrelated to the shop.")

M(42, "additional-information", "html", "Kleurkeuze bij bestelling {ORDER}",
  "<p><img src=\"https://static.verfcentrale.nl/mail/logo-verfcentrale.png\" alt=\"\" width=\"160\" height=\"50\"></p>\n"
  "<p>Beste heer Bos,</p>\n"
  "<p>Bij uw bestelling {ORDER} (muurverf, 5 liter) is geen kleurcode ingevuld. Welke RAL- of NCS-kleur wilt u laten mengen?</p>\n"
  "<p>Met vriendelijke groet,<br>\nDe Verfcentrale</p>",
  ["BSM402"], "Shop logo with an empty alt attribute.")

M(43, "review-request", "text", "Hoe bevalt je nieuwe koptelefoon? {ORDER}",
  "Hey Milan! \U0001F3A7\n\n"
  "Je hebt de koptelefoon nu een week. Zou je een recensie op Amazon willen schrijven over je ervaring? \U0001F64F Dank je wel :-)\n\n"
  "Team Geluidsbox\nBestelling {ORDER}",
  ["BSM403"], "Emoji and an emoticon in an otherwise neutral review request.")

M(44, "reply", "html", "Re: Afmetingen spiegel - {ORDER}",
  "<style>\n.kop{font-size:22px}\n.sub{font-size:18px}\n.tekst{font-size:14px}\n.klein{font-size:11px}\n</style>\n"
  "<p class=\"kop\">Afmetingen spiegel 'Oval'</p>\n"
  "<p class=\"sub\">Bestelling {ORDER}</p>\n"
  "<p class=\"tekst\">De spiegel is 60 x 90 cm en weegt 7,5 kg. De ophangbeugels zitten standaard op 45 cm afstand.</p>\n"
  "<p class=\"klein\">Spiegelpaleis, Schiedam</p>\n"
  "<p>Met vriendelijke groet, Ilse</p>",
  ["BSM410"], "Four explicit font sizes in a style block plus the default.")

M(45, "delivery-scheduling", "text", "Bezorging kast bestelling {ORDER}",
  "Beste heer Prins,\n\n"
  "De kledingkast wordt door twee bezorgers gebracht. Past dinsdag 15 december tussen 10.00 en 14.00 uur?\n\n\n\n"
  "Met vriendelijke groet,\n\n\nPlanning Kastenhal\nBestelling {ORDER}",
  ["BSM412"], "Runs of blank lines in a plain text message.")

M(46, "additional-information", "html", "Maat gordijnen bestelling {ORDER}",
  "<p>Beste mevrouw Lambrecht,</p>\n"
  "<p>Voor het op maat maken van uw gordijnen (bestelling {ORDER}) missen we nog de hoogte vanaf de rail tot de vloer.</p>\n"
  "<p></p>\n<p></p>\n"
  "<p>Kunt u die in centimeters doorgeven?<br><br><br><br>Met vriendelijke groet,<br>\nGordijnatelier Brugge</p>",
  ["BSM412"], "Empty paragraphs and a run of four <br> in HTML (nl-BE buyer).", locale="nl-BE")

M(47, "invoice", "text", "[Belangrijk] Factuur 2026/0891 - bestelling {ORDER}",
  "Geachte heer/mevrouw,\n\n"
  "In de bijlage vindt u de factuur 2026/0891 voor bestelling {ORDER}, totaal € 129,00 incl. btw.\n\n"
  "Met vriendelijke groet,\nAdministratie Fotolijstenfabriek\nKvK 60123478 | btw NL854012334B01",
  ["BSM110"], "[Belangrijk] tag on an invoice, which is not critical to the order.")

M(48, "return-follow-up", "html", "Retour bestelling {ORDER}: foto nodig",
  "<p>Beste heer Claassen,</p>\n"
  "<p>Om uw retour af te handelen hebben we een foto van de beschadigde hoek van de verpakking nodig. "
  "Upload die via Amazon; hoe dat werkt leest u <a href=\"https://www.amazon.nl/gp/help/customer/display.html?nodeId=GKM69DUUYKQWKWX7\">hier</a>.</p>\n"
  "<p>Met vriendelijke groet,<br>\nKlantenservice Tegelhandel<br>\nBestelling {ORDER}</p>",
  ["BSM401"], "Link text 'hier' says nothing about where it goes.")

# ---------------------------------------------------------------- vary (2)

M(49, "delivery-delay", "html", "Nieuwe leverdatum bestelling {ORDER}",
  "<div style=\"font-family: Georgia, serif; line-height: 1.8; color: #3b3b3b;\">\n"
  "<p style=\"text-align: center;\">Beste mevrouw Vink,</p>\n"
  "<p>Uw bloembollenpakket wordt door het natte weer op vrijdag 18 december verzonden in plaats van maandag 14 december.</p>\n"
  "<p>Met vriendelijke groet,<br>\nBollenkwekerij Lisse<br>\nBestelling {ORDER}</p>\n</div>",
  ["BSM407", "BSM408", "BSM409", "BSM411"], "Builder styles: font family, line height, text colour and centred text.")

M(50, "additional-information", "text", "Vraag over uw bestelling",
  "Beste meneer Aydin,\n\n"
  "Bij uw bestelling {ORDER_PLAIN} koos u voor de tegel 'Cementtegel Marrakech' zonder aantal m². "
  "Hoeveel vierkante meter heeft u nodig? Dan reserveren we de juiste hoeveelheid uit dezelfde productiebatch.\n\n"
  "Met vriendelijke groet,\nTegelstudio Rotterdam",
  ["BSM102"], "Order number written as 17 digits without hyphens, so BSM102.")
