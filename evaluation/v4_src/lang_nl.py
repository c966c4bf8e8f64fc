# -*- coding: utf-8 -*-
"""Blind evaluation set v4, Dutch (nl-NL, a few nl-BE)."""

LANG = "nl"
_ORDERS = {}
MESSAGES = []


def _oid(n):
    a = (7340219 + n * 104729) % 10000000
    b = (1598203 + n * 7919 * 13) % 10000000
    return "202-%07d-%07d" % (a, b)


def M(n, typ, fmt, subject, body, expected, note, locale="nl-NL"):
    oid = _oid(n)
    rep = lambda s: s.replace("{O}", oid).replace("{O_RAW}", oid.replace("-", ""))
    MESSAGES.append({
        "id": "v4-nl-%03d" % n, "language": LANG, "locale": locale, "type": typ,
        "format": fmt, "subject": rep(subject), "body": rep(body), "order_id": oid,
        "expected": sorted(expected), "note": note,
    })


# ---------------- clean ----------------
M(1, "delivery-delay", "text", "Levering bestelling {O} iets later",
  "Beste mevrouw Verhoeven,\n\nDe tuinbank die u bij ons bestelde (bestelling {O}) is helaas nog niet binnen bij onze leverancier. In plaats van donderdag 12 december kunnen we hem naar verwachting op dinsdag 17 december versturen.\n\nWe houden u op de hoogte als er nog iets verandert. Excuses voor het ongemak.\n\nMet vriendelijke groet,\nSander Mulder\nTuinhuis Mulder",
  [], "Plain-text delivery delay with Dutch date format; clean.")

M(2, "delivery-delay", "html", "Bestelling {O}: nieuwe verzenddatum",
  "<p>Hallo Joris,</p>\n<p>Even een update over je bestelling <strong>{O}</strong>. De leren schooltas wordt bij ons in de werkplaats met de hand gestikt en door een drukke week loopt dat wat uit.</p>\n<table>\n<tr><td>Oorspronkelijke verzenddatum</td><td>ma 9 dec. 2024</td></tr>\n<tr><td>Nieuwe verzenddatum</td><td>vr 13 dec. 2024</td></tr>\n</table>\n<p>Sorry voor het wachten. Je hoeft verder niets te doen.</p>\n<p>Groetjes,<br>\nFenna<br>\nLeerwerk Fenna &amp; Co</p>",
  [], "Builder-style HTML delivery delay with a table and no styling; clean.")

M(3, "order-problem", "text", "[Belangrijk] Probleem met uw bestelling {O}",
  "Geachte heer De Bruijn,\n\nTot onze spijt kunnen we de koffiemolen uit uw bestelling {O} niet leveren: bij het inpakken bleek de laatste voorraad beschadigd. We hebben het volledige bestelbedrag van € 89,95 via Amazon aangepast met als reden 'geen voorraad' (NoInventory). U krijgt het bedrag binnen enkele werkdagen terug via uw oorspronkelijke betaalmethode.\n\nOnze excuses hiervoor.\n\nMet vriendelijke groet,\nKlantenservice Brandpunt Koffie",
  [], "Order problem with Dutch [Belangrijk] tag and confirmed NoInventory adjustment; clean.")

M(4, "additional-information", "text", "Vraag over gravure bij bestelling {O}",
  "Hoi,\n\nBedankt voor je bestelling {O}. Je hebt gekozen voor een gegraveerde snijplank, maar het veld met de tekst voor de gravure is leeg gebleven. Welke naam of tekst wil je erop (maximaal 20 tekens)? Zodra we het weten, gaat de plank de laser in.\n\nGroet,\nMaarten van HoutMerk",
  [], "Request for the engraving text needed to complete the order; clean.")

M(5, "return-follow-up", "text", "Retour bestelling {O} – voorstel",
  "Beste meneer Jansen,\n\nU heeft een retour aangemeld voor het dekbedovertrek uit bestelling {O} omdat de kleur anders valt dan op de foto. Als u het overtrek wilt houden, bieden we u een gedeeltelijke terugbetaling van € 15,00 aan. Dan hoeft u niets terug te sturen.\n\nLaat u even weten of u dat wilt? Anders verwerken we de retour gewoon zoals aangemeld.\n\nVriendelijke groet,\nLinda Smit\nSlaapgoed Beddenspeciaalzaak",
  [], "Return follow-up offering a partial refund; clean.")

M(6, "return-follow-up", "html", "Uw retouraanvraag voor bestelling {O}",
  "<p>Goedemiddag mevrouw Peeters,</p>\n<p>We hebben uw retouraanvraag voor bestelling {O} ontvangen. Om de retour af te ronden hebben we nog één gegeven nodig: is de verpakking van de stofzuigerzakken nog ongeopend?</p>\n<p>Dan kunnen we u het juiste retourlabel sturen.</p>\n<p>Met vriendelijke groet,<br>\nKevin Claes<br>\nHuishoudhuis BV</p>",
  [], "Return follow-up asking for information needed to complete the return; nl-BE buyer; clean.", locale="nl-BE")

M(7, "invoice", "text", "Factuur bij bestelling {O}",
  "Geachte heer/mevrouw,\n\nIn de bijlage vindt u de factuur voor uw bestelling {O}, factuurnummer 2024/11/0457.\n\nFactuurbedrag: € 242,00 incl. 21% btw (€ 42,00)\n\nMet vriendelijke groet,\n\nAdministratie\nVan Dijk Kantoorartikelen B.V.\nIndustrieweg 14\n3542 AD Utrecht\nKvK 30187654\nBTW-nummer NL812345678B01",
  [], "Invoice with slashed invoice number, KvK and BTW numbers; clean.")

M(8, "review-request", "text", "Uw ervaring met bestelling {O}",
  "Beste klant,\n\nU heeft onlangs bij ons de fietstassen besteld (bestelling {O}). Wilt u op Amazon een recensie schrijven over het product? Andere kopers hebben veel aan uw ervaring, of die nu goed of minder goed is.\n\nMet vriendelijke groet,\nTeam Fietsvak Noord",
  [], "Neutral plain-text review request; clean.")

M(9, "review-request", "html", "Wat vindt u van uw aankoop? Bestelling {O}",
  "<p><img src=\"https://cdn.kaashandeldekoe.nl/mail/logo-kaashandel-de-koe.png\" alt=\"Kaashandel De Koe\" width=\"160\" height=\"60\"></p>\n<p>Beste mevrouw Hendriks,</p>\n<p>Uw kaaspakket uit bestelling {O} is inmiddels bezorgd. We horen graag hoe het u bevallen is. U kunt uw mening delen via <a href=\"https://www.amazon.nl/review/create-review?asin=B0CK7XQ2ZP\">een recensie schrijven op Amazon.nl</a>.</p>\n<p>Hartelijke groet,<br>\nKaashandel De Koe</p>",
  [], "HTML review request with shop logo (alt names the shop) and descriptive https Amazon link; clean.")

M(10, "delivery-scheduling", "text", "Bezorgafspraak wasmachine – bestelling {O}",
  "Beste heer Visser,\n\nUw wasmachine (bestelling {O}) wordt door onze eigen bezorgdienst gebracht. We kunnen in uw regio op de volgende momenten komen:\n\n- woensdag 18 december, 08:00–12:00 uur\n- woensdag 18 december, 13:00–17:00 uur\n- vrijdag 20 december, 08:00–12:00 uur\n\nWelk tijdvak past u het best? Houd er rekening mee dat de machine ongeveer 70 kg weegt; is er een lift of moet hij de trap op?\n\nMet vriendelijke groet,\nPlanning WitgoedDirect",
  [], "Delivery scheduling of a heavy item with time slots; clean.")

M(11, "home-service-appointment", "html", "Afspraak montage keukenkraan – {O}",
  "<p>Hallo mevrouw Bakker,</p>\n<p>Voor de montage van uw keukenkraan (bestelling {O}) hebben we de volgende tijden vrij:</p>\n<ul>\n<li>maandag 6 januari 2025, 09.00 – 11.00 uur</li>\n<li>dinsdag 7 januari 2025, 14.00 – 16.00 uur</li>\n</ul>\n<p>Laat u weten welke tijd u schikt? Onze monteur Ruud neemt alle benodigdheden mee.</p>\n<p>Groeten,<br>\nLoodgietersbedrijf Kramer</p>",
  [], "Home-service appointment with Dutch date and time formats in HTML; clean.")

M(12, "custom-design-verification", "text", "Ontwerpproef voor uw bestelling {O}",
  "Beste Anouk,\n\nIn de bijlage zit de ontwerpproef (PDF) van het geboortebordje voor bestelling {O}: naam 'Lotte', geboren 3-11-2024, 3.250 gram, letters in het lettertype dat je koos.\n\nKlopt alles? Laat het ons even weten, dan gaan we frezen. Wil je iets aangepast zien, dan maken we een nieuwe proef.\n\nGroetjes,\nIris – Studio Houtkrul",
  [], "Custom design proof with date and weight that look numeric but are no phone numbers; clean.")

M(13, "fulfillment-question", "text", "Toegang tot uw adres voor bestelling {O}",
  "Goedemorgen,\n\nDe koerier kon uw pakket (bestelling {O}, zendingreferentie NL-44817-B/2) gisteren niet afleveren omdat de centrale toegangsdeur van het complex gesloten was. Is er een deurcode of een andere manier om binnen te komen? Uw antwoord geven we alleen door aan de koerier voor deze levering.\n\nMet vriendelijke groet,\nOrderafhandeling Bureaustoel Centrale",
  [], "Door-code question with a shipment reference number; clean.")

M(14, "reply", "text", "Re: vraag over de 'Nordic Comfort Weighted Blanket' ({O})",
  "Hallo Sanne,\n\nDank voor je vraag. De 'Nordic Comfort Weighted Blanket' die je bij bestelling {O} hebt gekocht, mag op 30 graden in de wasmachine, maar alleen de hoes. De binnendeken kun je beter luchten of laten stomen.\n\nGroet,\nMila van Rust & Zo",
  [], "Reply quoting an English product title inside Dutch sentences; clean.")

M(15, "reply", "text", "Re: koelkast maakt lawaai – bestelling {O}",
  "Beste meneer Dekker,\n\nVervelend dat de koelkast uit bestelling {O} zoveel geluid maakt. Dit valt onder de fabrieksgarantie van twee jaar. De garantielijn van de fabrikant (Koelmaster Benelux) is bereikbaar op 088 204 11 50, maandag t/m vrijdag van 8.30 tot 17.00 uur. Zij sturen zo nodig een monteur.\n\nKomt u er niet uit, laat het ons dan weten.\n\nMet vriendelijke groet,\nWitgoedDirect",
  [], "Reply giving the manufacturer's warranty hotline, marked as such (BSM309 exception); clean.")

M(16, "reply", "html", "Re: kunnen jullie op bedrijfsnaam factureren? ({O})",
  "<p>Beste heer Van Leeuwen,</p>\n<p>Zeker. We hebben de factuur voor bestelling {O} opnieuw opgemaakt op naam van Van Leeuwen Installatietechniek; u vindt hem in de bijlage.</p>\n<p>Met vriendelijke groet,<br>\nPetra Willems<br>\nMedewerker klantenservice</p>\n<p><small>Gereedschapshuis Oost B.V. · Havenstraat 112 · 7511 KG Enschede<br>\nKvK 08123456 · btw NL856312478B01</small></p>",
  [], "Reply with a company-details footer in <small>; clean.")

M(17, "reply", "text", "Re: waar blijft mijn retourgeld? {O}",
  "Hoi Bram,\n\nJe retourpakket (retournummer RMA-2024-08817, PostNL-barcode 3SVDK847261903) is op 26-11-2024 om 14:12 uur bij ons binnengekomen. Op 27 november hebben we € 34,95 terugbetaald voor bestelling {O}. Het kan 3 tot 5 werkdagen duren voordat het op je rekening staat.\n\nGroet,\nYvonne\nSpeelgoedzolder",
  [], "Reply with return number, tracking barcode, date, time and amount; none is a phone number; clean.")

# ---------------- violations ----------------
M(18, "fulfillment-question", "text", "Je pakket is onderweg – {O}",
  "Hoi Thomas,\n\nGoed nieuws: je bestelling {O} heeft vanochtend ons magazijn in Tilburg verlaten en is aan DHL meegegeven. Morgen zou hij bij je moeten zijn.\n\nGroet,\nTeam Kookgerei Kees",
  ["BSM201"], "Shipping confirmation paraphrased as 'left our warehouse, handed to DHL'.")

M(19, "fulfillment-question", "html", "Bestelling {O} goed ontvangen",
  "<p>Beste mevrouw Kok,</p>\n<p>Uw bestelling {O} is bij ons binnengekomen en ligt inmiddels bij onze inpakkers. We doen ons best om alles zorgvuldig in te pakken.</p>\n<p>Met vriendelijke groet,<br>\nDe Theeschuur</p>",
  ["BSM201"], "Order confirmation: 'order received and being packed'.")

M(20, "reply", "text", "Bestelling {O}",
  "Beste klant,\n\nHartelijk dank voor uw bestelling {O} bij Lampenhuis Noorderlicht! Wij waarderen het zeer dat u voor ons gekozen heeft.\n\nMet vriendelijke groet,\nLampenhuis Noorderlicht",
  ["BSM202"], "Thanks-only message.")

M(21, "fulfillment-question", "text", "Uw bestelling {O}",
  "Hallo,\n\nMocht er met uw bestelling {O} iets niet in orde zijn, dan staan wij voor u klaar. Aarzel niet om ons via Amazon een bericht te sturen.\n\nGroet,\nBadkamerplaza Zuid",
  ["BSM202"], "Only 'we are here if anything comes up'.", locale="nl-BE")

M(22, "delivery-delay", "text", "Kleine vertraging bestelling {O}",
  "Beste Eva,\n\nJe puzzel (bestelling {O}) wordt door een late levering van de drukker pas maandag 16 december verzonden in plaats van vandaag. Excuses daarvoor.\n\nHartelijke groet,\nPuzzelpaleis\n\nPS: tot en met zondag krijg je 20% korting op ons hele assortiment met de code PUZZEL20.",
  ["BSM203"], "Permitted delay with a promotional P.S. (20% off everything).")

M(23, "reply", "html", "Re: maat van de regenjas ({O})",
  "<p>Hoi Daan,</p>\n<p>De regenjas uit bestelling {O} valt normaal; maat M past bij een borstomvang van 96 tot 100 cm.</p>\n<p>Trouwens: onze nieuwe wintercollectie is net binnen! Volg ons op Instagram of meld je aan voor onze nieuwsbrief, dan ben je als eerste op de hoogte.</p>\n<p>Groet,<br>\nRegenrood</p>",
  ["BSM203"], "Reply with 'new collection, follow us, newsletter' promotion (no link).")

M(24, "review-request", "text", "Even iets vragen over bestelling {O}",
  "Beste mevrouw Mertens,\n\nWe zijn benieuwd hoe de kruidenpotten uit bestelling {O} bevallen. Zou u een recensie op Amazon willen schrijven? Als dank sturen we u, zodra uw recensie online staat, een leuk presentje toe.\n\nVriendelijke groet,\nGroenZaam",
  ["BSM204"], "Review request promising a small gift once the review is published.")

M(25, "review-request", "html", "Recensie voor bestelling {O}",
  "<p>Hallo,</p>\n<p>Bedankt voor het kopen van onze powerbank (bestelling {O}). Schrijf een eerlijke recensie op Amazon en stuur ons een berichtje zodra die zichtbaar is: dan storten we het volledige aankoopbedrag aan u terug.</p>\n<p>Groeten,<br>\nVoltvast</p>",
  ["BSM204"], "Full refund offered once the review is online.")

M(26, "reply", "text", "Re: kapotte vaas – bestelling {O}",
  "Beste meneer Koster,\n\nIntussen hebben we een nieuwe vaas voor bestelling {O} verstuurd; die zou u morgen moeten ontvangen. Nu alles is opgelost, zou u uw recensie van één ster willen bijwerken of verwijderen? Dat zou voor ons kleine bedrijf veel betekenen.\n\nMet vriendelijke groet,\nAnnemiek – Keramiek aan de Vecht",
  ["BSM205"], "Asks the buyer to update or remove a one-star review.")

M(27, "review-request", "text", "Tevreden over bestelling {O}?",
  "Beste klant,\n\nBent u blij met uw nieuwe bureaulamp (bestelling {O})? Dan zouden we het erg leuk vinden als u een recensie achterlaat op Amazon. Bent u niet helemaal tevreden, laat dan liever geen recensie achter maar neem eerst contact met ons op, dan lossen we het samen op.\n\nGroet,\nLichtlijn",
  ["BSM206"], "Review request only for satisfied buyers; unhappy buyers steered to contact instead.")

M(28, "review-request", "html", "Uw mening telt – bestelling {O}",
  "<p>Beste mevrouw Van den Berg,</p>\n<p>Fijn dat u voor onze yogamat hebt gekozen (bestelling {O}). Zou u ons vijf sterren willen geven op Amazon? Daarmee helpt u ons enorm.</p>\n<p>Namaste,<br>\nYogaHuys</p>",
  ["BSM206"], "Asks for a five-star rating.")

M(29, "order-problem", "text", "[Belangrijk] Bestelling {O}: artikel niet leverbaar",
  "Beste heer Schouten,\n\nHelaas is de tweede barkruk uit bestelling {O} niet meer op voorraad. We hebben het bestelbedrag voor die kruk aangepast met de reden NoInventory (€ 64,50 minder). De eerste kruk kunnen we wel versturen.\n\nWilt u liever beide krukken niet? Het snelst is dan dat u de bestelling zelf annuleert via Mijn bestellingen.\n\nMet vriendelijke groet,\nZitgoed",
  ["BSM108"], "Adjusted order problem that still advises the buyer to cancel themselves.")

M(30, "order-problem", "text", "Uw bestelling {O}",
  "Geachte mevrouw Vos,\n\nOnze leverancier heeft laten weten dat de espressokopjes uit bestelling {O} voorlopig niet meer leverbaar zijn. We zouden het op prijs stellen als u een annuleringsverzoek indient via uw Amazon-account, zodat we de bestelling kunnen afsluiten.\n\nMet vriendelijke groet,\nCaffè Corner",
  ["BSM107", "BSM108"], "Out of stock: asks for a cancellation request and does not confirm an adjustment.")

M(31, "delivery-delay", "text", "Vertraging bestelling {O}",
  "Beste klant,\n\nDoor drukte bij de vervoerder wordt uw schoenenrek (bestelling {O}) twee dagen later verzonden, op donderdag 19 december.\n\nMet vriendelijke groet,\nOpbergwinkel\n\nGeen berichten meer van ons ontvangen? Antwoord op dit bericht met STOP.",
  ["BSM305"], "Opt-out instruction: reply STOP.")

M(32, "reply", "text", "Re: pakket {O} nog steeds niet binnen",
  "Hoi Niels,\n\nDie kutbezorger heeft je pakket (bestelling {O}) godverdomme wéér naar het verkeerde adres gebracht. We hebben een nieuw exemplaar klaargezet dat morgen de deur uit gaat.\n\nGroet,\nJeroen – Gamehoek",
  ["BSM306"], "Dutch profanity in a reply.")

M(33, "delivery-delay", "text", "Your order {O} – delay",
  "Dear customer,\n\nUnfortunately the garden lights in order {O} will ship a few days later than planned. We now expect to dispatch them on Wednesday 18 December.\n\nKind regards,\nLichtpunt Tuin",
  ["BSM104"], "Message to an nl-NL buyer written entirely in English.")

M(34, "additional-information", "text", "Bezorgadres bestelling {O}",
  "Beste meneer Hoekstra,\n\nHet huisnummer in het adres van bestelling {O} lijkt te ontbreken. Kunt u het ons laten weten? Bellen mag ook: 06-41238765, dagelijks tot 18.00 uur.\n\nGroet,\nRuben – Fietsonderdelen Friesland",
  ["BSM309"], "Seller's own mobile number in national format.")

M(35, "reply", "html", "Re: montagehandleiding ({O})",
  "<p>Beste mevrouw Jacobs,</p>\n<p>De handleiding van de kast uit bestelling {O} zit als PDF in de bijlage. Hebt u vragen tijdens de montage, bel dan gerust onze servicedesk op +31 (0)20 794 36 12.</p>\n<p>Met vriendelijke groet,<br>\nKastenkoning</p>",
  ["BSM309"], "Seller's service desk number in international format.")

M(36, "return-follow-up", "text", "Retour {O}: foto's nodig",
  "Beste heer Bos,\n\nVoor de retour van de beschadigde spiegel uit bestelling {O} hebben we een paar foto's van de schade nodig. Kunt u die mailen naar retouren@spiegelhuis-bos.nl?\n\nMet vriendelijke groet,\nSpiegelhuis",
  ["BSM308"], "Plain e-mail address in a return follow-up.")

M(37, "additional-information", "text", "Tekst voor de kaart bij bestelling {O}",
  "Hallo,\n\nBij bestelling {O} (bloemetje aan huis) hoort een kaartje, maar er is geen tekst opgegeven. Wat moet erop komen? Je kunt het ook sturen naar bloemen apenstaartje stekjeszorg punt nl.\n\nGroetjes,\nStekjeszorg",
  ["BSM308"], "E-mail address obfuscated with 'apenstaartje' and 'punt'.")

M(38, "reply", "html", "Re: onderhoud eikenhouten tafel ({O})",
  "<p>Beste meneer De Graaf,</p>\n<p>Goed dat u het vraagt. Voor de tafel uit bestelling {O} raden we aan hem twee keer per jaar te oliën. Een stappenplan vindt u in <a href=\"https://www.eikenenzo.nl/onderhoud/tafels\">de onderhoudsgids voor eikenhouten tafels op onze website</a>.</p>\n<p>Met vriendelijke groet,<br>\nEiken &amp; Zo</p>",
  ["BSM302"], "Descriptive https link to the seller's own website.")

M(39, "review-request", "html", "Recensie bestelling {O}",
  "<p>Beste klant,</p>\n<p>Uw thermoskan uit bestelling {O} is bezorgd. We horen graag wat u ervan vindt: <a href=\"http://www.amazon.nl/review/create-review?asin=B0D1TKS9QM\">schrijf een recensie op Amazon.nl</a>.</p>\n<p>Groet,<br>\nWarmhouders</p>",
  ["BSM301"], "Descriptive Amazon link over http.")

M(40, "delivery-delay", "html", "Bestelling {O} komt later",
  "<p>Hallo Lisa,</p>\n<p>De rotan hanglamp uit bestelling {O} wordt niet deze week maar volgende week dinsdag verzonden.</p>\n<p><img src=\"https://cdn.rotanenriet.nl/producten/rotan-hanglamp-bali-45cm.jpg\" alt=\"Rotan hanglamp Bali 45 cm\" width=\"300\"></p>\n<p>Groetjes,<br>\nRotan &amp; Riet</p>",
  ["BSM310"], "Image of the purchased product (file name and alt name it).")

M(41, "review-request", "html", "Hoe bevalt uw bestelling {O}?",
  "<p><img src=\"https://images.stockfoto-bank.com/kerstboom-met-lichtjes-winter.jpg\" alt=\"Kerstboom met lichtjes\" width=\"400\"></p>\n<p>Beste meneer Pauwels,</p>\n<p>Hoe bevalt de koffiezetter uit bestelling {O}? Wilt u er een recensie over schrijven op Amazon? Dat helpt andere kopers.</p>\n<p>Fijne feestdagen,<br>\nKoffiehoek Gent</p>",
  ["BSM311"], "Stock Christmas-tree image unrelated to the shop.", locale="nl-BE")

M(42, "delivery-delay", "html", "Nieuwe verzenddatum bestelling {O}",
  "<p><img src=\"https://cdn.boekenbaai.nl/mail/boekenbaai-logo.png\" alt=\"\" width=\"140\"></p>\n<p>Beste mevrouw Wouters,</p>\n<p>Het boek uit bestelling {O} is bij de uitgever nagedrukt. We verwachten het op 23 december te kunnen versturen.</p>\n<p>Met vriendelijke groet,<br>\nBoekenbaai</p>",
  ["BSM402"], "Shop logo with empty alt attribute.")

M(43, "additional-information", "text", "Kleurkeuze bestelling {O} 🎨",
  "Hoi Femke!\n\nJe hebt bij bestelling {O} een handgemaakte mok besteld, maar nog geen glazuurkleur gekozen. Wordt het zeeblauw, mosgroen of zand? 🙂\n\nLiefs,\nPottenbakkerij Klei",
  ["BSM403"], "Emoji in subject and body.")

M(44, "reply", "text", "Re: ophalen bij de winkel ({O})",
  "Hallo Tim,\n\nJe kunt bestelling {O} helaas niet bij ons ophalen; we hebben geen winkel, alleen een magazijn. Het pakket komt gewoon met de post ;-)\n\nGroet,\nBas – Modelbouw Bas",
  ["BSM403"], "Text emoticon ;-) in a reply.")

M(45, "invoice", "html", "Factuur bestelling {O}",
  "<style>\nh1 { font-size: 22px; }\nh2 { font-size: 18px; }\n.tekst { font-size: 14px; }\n.klein { font-size: 11px; }\n</style>\n<h1>Factuur</h1>\n<h2>Bestelling {O}</h2>\n<p class=\"tekst\">In de bijlage vindt u de factuur met nummer F-2024/1288.</p>\n<p class=\"klein\">Drukwerkstudio Kop B.V. · KvK 71234987 · btw NL859201334B01</p>",
  ["BSM410"], "Four explicit font sizes in a <style> block plus the default.")

M(46, "delivery-delay", "text", "Bestelling {O} – later verzonden",
  "Beste meneer Maas,\n\nUw bestelling {O} wordt helaas pas op 20 december verzonden.\n\n\n\nOnze excuses voor het ongemak.\n\n\nMet vriendelijke groet,\nBoxspringcentrum",
  ["BSM412"], "Runs of blank lines in plain text.")

M(47, "review-request", "text", "[Belangrijk] Uw recensie voor bestelling {O}",
  "Beste klant,\n\nUw kinderfietsje uit bestelling {O} is een week geleden bezorgd. Wilt u er een recensie over schrijven op Amazon? Elke ervaring, goed of slecht, helpt andere ouders kiezen.\n\nMet vriendelijke groet,\nKinderfietsshop",
  ["BSM110"], "[Belangrijk] tag on a review request, which is not critical.")

M(48, "reply", "html", "Re: hoe koppel ik de thermostaat? ({O})",
  "<p>Hoi Gijs,</p>\n<p>Voor de slimme thermostaat uit bestelling {O} hebben we een stappenplan op de productpagina. Klik <a href=\"https://www.amazon.nl/dp/B0C9XR4L2T\">hier</a>.</p>\n<p>Groet,<br>\nSlimWonen</p>",
  ["BSM401"], "Link text 'hier' that does not say where it goes.")

# ---------------- varying ----------------
M(49, "delivery-delay", "html", "Vertraging bestelling {O}",
  "<div style=\"font-family: Arial, Helvetica, sans-serif; line-height: 1.6; color: #333333; text-align: center;\">\n<p>Beste mevrouw Dijkstra,</p>\n<p>De parasol uit bestelling {O} wordt vijf dagen later verzonden dan gepland, op maandag 16 december.</p>\n<p>Met vriendelijke groet,<br>\nTerrasKompas</p>\n</div>",
  ["BSM407", "BSM408", "BSM409", "BSM411"], "Builder wrapper setting font-family, line-height, colour and centring.")

M(50, "delivery-delay", "text", "Vertraging van uw bestelling",
  "Beste meneer Brouwer,\n\nUw bestelling (ordernummer {O_RAW}) wordt door een tekort aan verpakkingsmateriaal twee dagen later verzonden dan aangegeven, op vrijdag 13 december.\n\nMet vriendelijke groet,\nKartonkoning",
  ["BSM102"], "Order number written as 17 digits without hyphens, so no valid order number.")
