"""v14 blind evaluation set: Dutch (nl-NL). Standard library only."""

LANG, LOCALE, PREFIX = "nl", "nl-NL", "450"
MESSAGES = []


def _oid(n):
    a = (n * 7919 + 3141592) % 10000000
    b = (n * 104729 + 2718281) % 10000000
    return f"{PREFIX}-{a:07d}-{b:07d}"


def M(typ, fmt, subject, body, expected, note):
    n = len(MESSAGES) + 1
    oid = _oid(n)
    MESSAGES.append({
        "id": f"v14-{LANG}-{n:03d}", "language": LANG, "locale": LOCALE,
        "type": typ, "format": fmt,
        "subject": subject.replace("{O}", oid), "body": body.replace("{O}", oid),
        "order_id": oid, "expected": sorted(expected), "note": note,
    })


AMZ_LOGO = "https://m.media-amazon.com/images/S/abs-image-upload-na/"

# ---------------------------------------------------------------- clean (17)
M("delivery-delay", "text", "Levering bestelling {O} later dan gepland",
  "Beste meneer Verhoeven,\n\nHet eiken wandrek dat u bij ons bestelde (bestelling {O}) is helaas nog niet klaar. De olie moet langer drogen door het vochtige weer en we willen het niet half uitgehard inpakken.\n\nWe verwachten het rek op donderdag 17 december 2026 mee te geven aan de vervoerder. Excuses voor het oponthoud.\n\nMet vriendelijke groet,\nJoost Wevers\nHoutatelier De Krul, Deventer",
  [], "Clean plain-text delivery delay from a small woodworking shop with a new ship date.")

M("delivery-delay", "html", "Vertraging: uw bestelling {O}",
  "<p>Goedemiddag mevrouw El Amrani,</p>\n<p>Door een stremming bij onze leverancier loopt uw bestelling <strong>{O}</strong> (2x Linnen dekbedovertrek 240x220) enkele dagen vertraging op.</p>\n<table>\n<tr><td>Oorspronkelijke verzenddatum</td><td>8 december 2026</td></tr>\n<tr><td>Nieuwe verwachte verzenddatum</td><td>14 december 2026</td></tr>\n</table>\n<p>Wij houden u op de hoogte als er iets verandert.</p>\n<p>Hartelijke groet,<br>Team Slaapgoed Textiel</p>",
  [], "Clean builder-HTML delivery delay with a plain date table.")

M("order-problem", "text", "[Belangrijk] Artikel niet leverbaar – bestelling {O}",
  "Beste Sanne,\n\nHet spijt ons enorm: de Keramiek theepot 'Duinzand' uit je bestelling {O} blijkt bij de laatste controle gebarsten en we hebben geen tweede exemplaar meer op voorraad.\n\nWe hebben het bestelbedrag daarom volledig aangepast (reden: geen voorraad). Je krijgt € 42,95 terug via je oorspronkelijke betaalmethode; dat is binnen een paar werkdagen zichtbaar.\n\nGroetjes,\nMarieke\nPottenbakkerij Klei & Zo",
  [], "Clean order problem with the Dutch [Belangrijk] tag and an explicit amount adjustment.")

M("additional-information", "text", "Vraag over uw bestelling {O}: gewenste gravure",
  "Goedendag,\n\nBedankt voor uw bestelling {O} van de houten snijplank met gravure. In het bestelformulier is het veld voor de tekst leeg gebleven.\n\nWelke naam of tekst wilt u op de plank? Maximaal 20 tekens, hoofdletters of kleine letters mogen allebei. Zodra we uw antwoord hebben, gaat de plank in productie.\n\nVriendelijke groet,\nRuben Hoekstra\nGraveerwerk Hoekstra",
  [], "Clean request for information needed to complete a personalised order.")

M("return-follow-up", "text", "Retour bestelling {O} – voorstel gedeeltelijke terugbetaling",
  "Beste heer Jansen,\n\nWe hebben de foto's van de bureaulamp ontvangen: alleen de lampenkap heeft een deuk, de lamp zelf werkt prima.\n\nIn plaats van de hele lamp terug te sturen, kunnen we u een gedeeltelijke terugbetaling van € 15,00 aanbieden voor bestelling {O}. U houdt de lamp dan gewoon. Laat u ons weten of u daarmee akkoord gaat? Anders regelen we de retour zoals gebruikelijk.\n\nMet vriendelijke groet,\nEline de Bruijn\nLichtpunt Wonen",
  [], "Clean return follow-up offering a partial refund.")

M("return-follow-up", "html", "Uw retourzending voor bestelling {O}",
  "<p>Hoi Daan,</p>\n<p>Je retour van de hardloopschoenen (bestelling {O}) is bij ons binnen, maar in de doos zat geen retourformulier. Om de retour af te ronden hebben we nog één ding nodig:</p>\n<ul>\n<li>Wil je de schoenen ruilen voor maat 44, of wil je je geld terug?</li>\n</ul>\n<p>Een kort antwoord op dit bericht is genoeg.</p>\n<p>Sportieve groet,<br>Wouter – RunLab Utrecht</p>",
  [], "Clean HTML return follow-up asking for information to complete the return.")

M("invoice", "text", "Factuur bij bestelling {O}",
  "Geachte heer/mevrouw,\n\nU vroeg om een factuur op bedrijfsnaam. In de bijlage vindt u factuur F/2026/11/0387 voor bestelling {O}, op naam van Bouwbedrijf Smits B.V.\n\nTotaal: € 1.249,00 incl. 21% btw (btw-bedrag € 216,77).\n\nMet vriendelijke groet,\n\nAdministratie Gereedschapshandel Van Dam\nIndustrieweg 14, 5683 CK Best\nKvK 58123476 | btw-nummer NL853201447B01",
  [], "Clean invoice message with KvK, BTW number, IBAN and a slashed invoice number.")

M("review-request", "text", "Uw ervaring met bestelling {O}",
  "Beste mevrouw Bakker,\n\nU heeft een tijdje geleden bij ons een set bamboe opbergmanden gekocht (bestelling {O}). Wilt u op Amazon een recensie schrijven over het product? Of u nu tevreden bent of niet, andere kopers hebben er veel aan.\n\nAlvast bedankt voor uw tijd.\n\nMet vriendelijke groet,\nHuis & Hout",
  [], "Clean neutral plain-text review request.")

M("review-request", "html", "Hoe bevalt de regenjas? (bestelling {O})",
  "<p><img src=\"" + AMZ_LOGO + "kustkleding_logo.png\" alt=\"Logo Kustkleding Zeeland\" width=\"180\"></p>\n<p>Beste Fleur,</p>\n<p>Een paar weken geleden heb je bij ons de waterdichte regenjas besteld (bestelling {O}). We horen graag hoe je hem vindt, en andere kopers ook.</p>\n<p><a href=\"https://www.amazon.nl/review/create-review?asin=B0CK7QRT2M\">Schrijf een recensie op Amazon.nl</a></p>\n<p>Groeten uit Vlissingen,<br>Kustkleding Zeeland</p>",
  [], "Clean HTML review request with the shop logo (alt names the shop) and a descriptive Amazon link.")

M("delivery-scheduling", "text", "Bezorgafspraak wasmachine – bestelling {O}",
  "Goedemorgen mevrouw Postma,\n\nUw wasmachine (bestelling {O}) wordt met een bezorgbus geleverd en tot achter de voordeur geplaatst. Omdat het toestel 78 kg weegt, plannen we de levering graag met u in.\n\nWij kunnen komen op:\n- dinsdag 15 december, tussen 08:00 en 12:00 uur\n- woensdag 16 december, tussen 12:30 en 17:00 uur\n- vrijdag 18 december, tussen 08:00 en 12:00 uur\n\nWelk tijdvak past u het best? En is er een lift aanwezig, of woont u op de begane grond?\n\nMet vriendelijke groet,\nPlanning Witgoedhuis Noord",
  [], "Clean delivery scheduling of a heavy item with Dutch dates and time slots.")

M("home-service-appointment", "html", "Afspraak montage keukenkraan, bestelling {O}",
  "<p>Beste heer Van Leeuwen,</p>\n<p>U heeft bij de keukenkraan (bestelling {O}) ook de installatieservice geboekt. Onze monteur Kees kan langskomen op <strong>maandag 14 december 2026 om 09:30 uur</strong> of op <strong>donderdag 17 december 2026 om 13:00 uur</strong>.</p>\n<p>Wilt u laten weten welke datum u uitkomt? Zorgt u er ook voor dat de kastjes onder het aanrecht leeg zijn? Dat scheelt tijd.</p>\n<p>Met vriendelijke groet,<br>Sanitair Service Brabant</p>",
  [], "Clean home-service appointment proposal with two dates and times.")

M("custom-design-verification", "text", "Ontwerp ter controle – bestelling {O}",
  "Hallo Thomas,\n\nIn de bijlage zit het ontwerp voor je trouwbord (bestelling {O}): 'Lisa & Thomas – 12.06.2027', in het lettertype dat je koos, op eikenfineer van 60 x 40 cm.\n\nKlopt alles, ook de spelling van de namen en de datum? Dan frezen we het bord deze week. Wil je iets aangepast zien, zeg het gerust.\n\nGroet,\nNienke\nStudio Freeswerk",
  [], "Clean custom design verification with a proof attachment.")

M("fulfillment-question", "text", "Toegangscode nodig voor levering {O}",
  "Beste meneer Öztürk,\n\nDe bezorger kon uw pakket (bestelling {O}, zendingsnummer 3SKLMN48210573) gisteren niet afleveren: de centrale toegangsdeur van het complex aan de Amstelkade was op slot.\n\nKunt u ons de toegangscode van de portiek doorgeven, of een buurman noemen die het pakket mag aannemen? Uw referentie bij ons is KLT-2026-0912.\n\nMet vriendelijke groet,\nKlantenservice Kantoorhuis",
  [], "Clean door-code question with tracking and reference numbers.")

M("reply", "text", "Re: Vraag over 'Stainless Steel Kitchen Scale Pro' ({O})",
  "Hoi Ilse,\n\nGoede vraag! De 'Stainless Steel Kitchen Scale Pro' die je bij ons kocht (bestelling {O}) weegt tot 10 kg in stappen van 1 gram. De Engelse handleiding in de doos noemt 'tare function': dat is de tarraknop, waarmee je het gewicht van de kom op nul zet.\n\nDe Nederlandse handleiding sturen we je graag als pdf, zeg maar of je die wilt.\n\nGroetjes,\nMila van Keukenplezier",
  [], "Clean reply quoting an English product title inside Dutch sentences.")

M("reply", "text", "Re: Stofzuiger doet het niet meer – {O}",
  "Beste mevrouw Kramer,\n\nVervelend dat uw steelstofzuiger na vier maanden niet meer oplaadt. Het toestel valt nog onder de fabrieksgarantie van twee jaar.\n\nDe fabrikant regelt de garantie zelf. Hun garantielijn (fabrikant Vortex Home Benelux): 088 - 245 77 10, bereikbaar op werkdagen van 9:00 tot 17:00 uur. Houd uw bestelnummer {O} bij de hand.\n\nLukt het daar niet, laat het ons dan weten.\n\nMet vriendelijke groet,\nBart Kuipers\nElektroVakhandel Kuipers",
  [], "Clean reply giving the manufacturer's warranty line, marked as such (BSM309 exception).")

M("reply", "html", "Re: Zakelijke gegevens voor bestelling {O}",
  "<p>Geachte heer Dijkstra,</p>\n<p>Zoals gevraagd vindt u hieronder onze bedrijfsgegevens voor uw inkoopadministratie bij bestelling {O}.</p>\n<p>Met vriendelijke groet,<br>Anouk Vermeulen<br>Backoffice</p>\n<p><small>Papierwaren Vermeulen V.O.F. · Oudegracht 211, 3511 NK Utrecht · KvK 71209834 · btw-id NL002871193B48</small></p>",
  [], "Clean HTML reply with a company-details footer in <small>.")

M("reply", "text", "Re: Waar blijft mijn terugbetaling? ({O})",
  "Beste Yusuf,\n\nIk heb het even voor je nagekeken. Je retourpakket (retournummer R-88412, PostNL-barcode 3SRTRN90017342) is op 2 december om 14:12 uur bij ons magazijn gescand.\n\nDe terugbetaling van € 64,50 voor bestelling {O} is op 4 december 2026 verwerkt. Afhankelijk van je bank duurt het 3 tot 5 werkdagen voordat het bedrag op je rekening staat.\n\nGroet,\nSophie\nFietsonderdelen Oost",
  [], "Clean reply with tracking/return numbers, dates, times and amounts.")

# ---------------------------------------------------------------- violations (31)
M("fulfillment-question", "text", "Uw pakket is onderweg – {O}",
  "Beste klant,\n\nGoed nieuws: uw bestelling {O} heeft vanochtend ons magazijn in Tilburg verlaten en is overgedragen aan DHL. Morgen of overmorgen ligt hij bij u op de mat.\n\nMet vriendelijke groet,\nTeam Dierenwinkel Pootje",
  ["BSM201"], "Shipping confirmation: parcel left the warehouse and was handed to the carrier.")

M("fulfillment-question", "html", "We gaan voor je aan de slag! ({O})",
  "<p>Hoi Lotte,</p>\n<p>Je bestelling {O} is goed bij ons binnengekomen. We zijn de kaarsen nu met de hand aan het inpakken, met een laagje vloeipapier zodat er niets breekt.</p>\n<p>Liefs,<br>Kaarsenmakerij Het Lontje</p>",
  ["BSM201"], "Order confirmation: received and being packed.")

M("fulfillment-question", "text", "Bedankt! – {O}",
  "Beste Peter,\n\nHartelijk dank voor je bestelling {O} bij Zaadhandel Groenvinger. Wij waarderen het enorm dat je voor een kleine kwekerij kiest!\n\nGroene groet,\nHenk en Ria",
  ["BSM202"], "Thanks-only message.")

M("reply", "text", "Re: bestelling {O}",
  "Goedemiddag,\n\nMocht er onverhoopt iets mis zijn met de puzzel of ontbreekt er een stukje, dan staan wij altijd voor u klaar. Stuur ons gerust een berichtje.\n\nHartelijke groet,\nPuzzelparadijs",
  ["BSM202"], "Only an offer to help if a problem comes up.")

M("delivery-delay", "text", "Nieuwe verzenddatum voor bestelling {O}",
  "Beste mevrouw De Groot,\n\nUw tuinbank (bestelling {O}) wordt helaas pas op 21 december 2026 verzonden in plaats van 11 december; de poedercoating moest opnieuw.\n\nOnze excuses voor het wachten.\n\nMet vriendelijke groet,\nTuinmeubelen Veluwe\n\nPS: tot en met zondag krijgt u 20% korting op ons hele assortiment loungesets met de code WINTER20.",
  ["BSM203"], "Delivery delay with a P.S. promoting 20% off the whole range.")

M("additional-information", "html", "Welke ringmaat? Bestelling {O}",
  "<p>Beste Kim,</p>\n<p>Voor je bestelling {O} wilden we nog even checken: je koos de ring in maat 17, maar in je bericht noemde je maat 18. Welke maat mogen we maken?</p>\n<p>Volg ons trouwens op Instagram en schrijf je in voor onze nieuwsbrief: in januari lanceren we onze nieuwe zilvercollectie!</p>\n<p>Liefs,<br>Edelsmid Atelier Roos</p>",
  ["BSM203"], "Permitted information request plus follow-us, newsletter and new collection promotion.")

M("review-request", "text", "Jouw mening over de koffiebonen ({O})",
  "Hoi Jeroen,\n\nJe hebt onlangs onze espressobonen 'Donker Geroosterd' gekocht (bestelling {O}). Zou je een recensie op Amazon willen schrijven?\n\nAls blijk van waardering sturen we je een zakje van onze huismelange zodra je recensie online staat.\n\nMet gebrande groet,\nBranderij De Molen",
  ["BSM204"], "Small gift promised once the review is published.")

M("review-request", "text", "Recensie en terugbetaling – bestelling {O}",
  "Beste mevrouw Smit,\n\nWij zouden het erg waarderen als u een recensie schrijft over de yogamat uit bestelling {O}. Stuurt u ons een berichtje zodra uw recensie zichtbaar is? Dan betalen wij het volledige aankoopbedrag aan u terug.\n\nNamasté,\nYoga Essentials NL",
  ["BSM204"], "Full refund offered once the review is online.")

M("reply", "text", "Re: Klacht over de thermosfles ({O})",
  "Beste meneer Mulder,\n\nFijn dat het probleem met de lekkende dop is opgelost en dat u de nieuwe dop inmiddels heeft ontvangen (bestelling {O}).\n\nNu alles weer in orde is: zou u uw recensie van één ster willen bijwerken, of hem anders verwijderen? Voor een kleine zaak als de onze telt elke beoordeling zwaar.\n\nMet vriendelijke groet,\nOutdoorwinkel De Berghut",
  ["BSM205"], "Asks to update or remove a one-star review.")

M("review-request", "text", "Tevreden over je plantenbak? ({O})",
  "Hoi Nina,\n\nJe hebt de zinken plantenbak nu een paar weken (bestelling {O}). Ben je er blij mee? Dan zouden we een recensie op Amazon heel fijn vinden.\n\nIs er iets niet naar wens? Laat dan geen recensie achter, maar neem eerst contact met ons op, dan lossen we het samen op.\n\nGroetjes,\nGroen aan de Gevel",
  ["BSM206"], "Review only if satisfied; unhappy buyers steered to contact the seller instead.")

M("review-request", "html", "Een momentje van uw tijd? Bestelling {O}",
  "<p>Geachte heer Visser,</p>\n<p>Onlangs ontving u de ergonomische bureaustoel uit bestelling {O}.</p>\n<p>Wij vragen u vriendelijk om de stoel op Amazon vijf sterren te geven. Dat helpt ons als familiebedrijf enorm.</p>\n<p>Met vriendelijke groet,<br>Kantoorcomfort Twente</p>",
  ["BSM206"], "Asks for a five-star rating.")

M("order-problem", "text", "Probleem met bestelling {O}",
  "Beste mevrouw Hendriks,\n\nHelaas is de laatste voorraad van de wollen plaid in okergeel verkocht voordat uw bestelling {O} verwerkt kon worden. Het bestelbedrag van € 79,00 is aangepast (reden: geen voorraad).\n\nHet snelst gaat het als u de bestelling zelf annuleert via Mijn bestellingen, dan is alles meteen afgerond.\n\nMet vriendelijke groet,\nWolhuis Texel",
  ["BSM108"], "Order problem with adjustment, but advises the buyer to cancel herself.")

M("order-problem", "text", "Uw bestelling {O} kunnen we niet leveren",
  "Beste heer Bos,\n\nDe set van zes wijnglazen die u bestelde (bestelling {O}) is bij onze groothandel uitverkocht en komt niet meer terug.\n\nWe zouden het op prijs stellen als u een annuleringsverzoek indient via uw Amazon-account. Excuses voor het ongemak.\n\nMet vriendelijke groet,\nGlas & Tafel Haarlem",
  ["BSM107", "BSM108"], "Polite request to file a cancellation, without confirming an adjustment.")

M("delivery-delay", "text", "Levertijd bestelling {O} aangepast",
  "Beste Marloes,\n\nDe kinderfiets uit bestelling {O} komt door een vertraagde container uit Taiwan pas op 23 december 2026 binnen; we versturen hem dezelfde dag nog.\n\nWe vinden het heel vervelend voor je.\n\nGroeten,\nFietsenhuis Amersfoort\n\nGeen berichten meer van ons ontvangen? Antwoord met STOP en we mailen je niet meer.",
  ["BSM305"], "Reply-STOP opt-out instruction in a delivery delay.")

M("delivery-delay", "text", "Vertraging bestelling {O}",
  "Hallo meneer De Wit,\n\nUw grasmaaier (bestelling {O}) is nog niet verzonden. Die klote vervoerder heeft onze hele pallet voor de tweede keer zoekgemaakt, echt ongelofelijk wat een kutbedrijf.\n\nWe verwachten de maaier op 16 december 2026 alsnog te kunnen versturen.\n\nGroet,\nTuinmachines Achterhoek",
  ["BSM306"], "Dutch profanity about the carrier in a delivery delay.")

M("delivery-delay", "text", "Delivery update for order {O}",
  "Dear Mr Brouwer,\n\nUnfortunately your order {O} (walnut coffee table) will be dispatched later than planned. Our finishing workshop is running behind, and the new dispatch date is 18 December 2026.\n\nWe apologise for the inconvenience.\n\nKind regards,\nMeubelmakerij Brouwer & Zn",
  ["BSM104"], "Whole message in English to a Dutch-locale buyer.")

M("reply", "text", "Re: Vraag over de levering ({O})",
  "Beste mevrouw Claassen,\n\nUw vraag over het ophangen van het schilderij (bestelling {O}) leggen we graag even telefonisch aan u uit. Belt u ons gerust op 030 - 262 18 45, we zijn er op werkdagen van 9 tot 17 uur.\n\nMet vriendelijke groet,\nLijstenmakerij Claassen",
  ["BSM309"], "Seller's own landline in national Dutch format.")

M("reply", "text", "Re: Montagevraag kast {O}",
  "Hoi Stefan,\n\nDe ophangbeugels voor de kast uit bestelling {O} zitten in het zakje met de letter C. Kom je er niet uit, app of bel dan even naar Erik op +31 6 41 87 22 09, dan lopen we het samen door.\n\nGroet,\nErik\nKastenmakerij Rijssen",
  ["BSM309"], "Mobile number in international format.")

M("reply", "text", "Re: Factuuradres wijzigen ({O})",
  "Beste mevrouw Willems,\n\nWij passen het factuuradres voor bestelling {O} graag voor u aan. Stuurt u de nieuwe gegevens naar administratie@tegelhuis-willems.nl, dan maken wij de factuur opnieuw op.\n\nMet vriendelijke groet,\nTegelhuis Willems",
  ["BSM308"], "Plain e-mail address in the text.")

M("reply", "text", "Re: Foto's van de schade ({O})",
  "Beste heer Maas,\n\nDank voor uw melding over de beschadigde lampenkap (bestelling {O}). U kunt de foto's sturen naar info apenstaartje lampenloods punt nl, dan bekijken we ze vandaag nog.\n\nMet vriendelijke groet,\nDe Lampenloods",
  ["BSM308"], "Obfuscated e-mail address using 'apenstaartje' and 'punt'.")

M("additional-information", "html", "Onderhoud van uw leren tas – bestelling {O}",
  "<p>Beste mevrouw Brink,</p>\n<p>Voor uw bestelling {O} willen we graag weten of de initialen op de tas in goud- of zilverfolie moeten.</p>\n<p>Op onze website leest u ook hoe u het leer het beste onderhoudt: <a href=\"https://www.lederwarenbrink.nl/blog/leer-onderhouden\">onze tips voor het onderhoud van leer</a>.</p>\n<p>Met vriendelijke groet,<br>Lederwaren Brink</p>",
  ["BSM302"], "https link with descriptive text to the seller's own site, not needed for the order.")

M("review-request", "html", "Uw recensie over de hondenmand ({O})",
  "<p>Beste Ingrid,</p>\n<p>U kocht onlangs de orthopedische hondenmand (bestelling {O}). We zijn benieuwd wat u en uw hond ervan vinden.</p>\n<p><a href=\"http://www.amazon.nl/review/create-review?asin=B0D2HND11X\">Schrijf een recensie op Amazon.nl</a></p>\n<p>Vriendelijke groet,<br>Dierenspeciaalzaak Kwispel</p>",
  ["BSM301"], "Insecure http link to Amazon with descriptive text.")

M("delivery-delay", "html", "Uw koffiezetapparaat komt later ({O})",
  "<p>Beste heer Koster,</p>\n<p>Uw koffiezetapparaat (bestelling {O}) wordt door een leveringsprobleem bij de importeur op 15 december 2026 verzonden in plaats van vandaag.</p>\n<p><img src=\"https://m.media-amazon.com/images/I/filterkoffiezetapparaat-zwart.jpg\" alt=\"Filterkoffiezetapparaat zwart, 1,5 liter\" width=\"300\"></p>\n<p>Met vriendelijke groet,<br>Koffiehoek Groningen</p>",
  ["BSM310"], "Image of the purchased product.")

M("delivery-scheduling", "html", "Levering bank inplannen – {O}",
  "<p>Beste familie Pieters,</p>\n<p>Uw hoekbank (bestelling {O}) wordt in twee delen geleverd. Schikt zaterdag 19 december tussen 10:00 en 14:00 uur?</p>\n<p><img src=\"https://m.media-amazon.com/images/G/winter-kerstboom-sneeuw.jpg\" alt=\"Besneeuwde kerstboom\" width=\"320\"></p>\n<p>Fijne feestdagen gewenst,<br>Bankenplein Zwolle</p>",
  ["BSM311"], "Unrelated stock image of a snowy Christmas tree.")

M("review-request", "html", "Uw ervaring met de pan ({O})",
  "<p><img src=\"" + AMZ_LOGO + "pannenwinkel_logo.png\" alt=\"\" width=\"160\"></p>\n<p>Beste meneer Timmermans,</p>\n<p>U kocht onlangs de gietijzeren braadpan uit bestelling {O}. Wilt u een recensie schrijven op Amazon? Elke mening, positief of kritisch, helpt andere kopers kiezen.</p>\n<p>Met vriendelijke groet,<br>De Pannenwinkel</p>",
  ["BSM402"], "Shop logo with an empty alt attribute.")

M("delivery-delay", "text", "Even geduld nog met bestelling {O}",
  "Hoi Femke,\n\nJe gebreide muts (bestelling {O}) is bijna klaar, maar ik moet nog even op een nieuw bolletje merinowol wachten 🧶 Ik verwacht hem op 12 december te versturen.\n\nSorry voor het wachten!\n\nLiefs,\nJanneke van Breisels",
  ["BSM403"], "Yarn emoji in a delivery delay.")

M("additional-information", "text", "Kleurkeuze voor bestelling {O}",
  "Hoi Martijn,\n\nVoor je bestelling {O} (houten naambordje) ontbreekt nog de kleur van de letters: zwart, wit of naturel? Dan zagen we hem morgen uit ;-)\n\nGroetjes,\nHoutje Touwtje",
  ["BSM403"], "Text emoticon ;-) in an information request.")

M("delivery-delay", "html", "Update over uw bestelling {O}",
  "<style>\nh1 { font-size: 24px; }\nh2 { font-size: 18px; }\np { font-size: 14px; }\n.klein { font-size: 11px; }\n</style>\n<h1>Vertraging</h1>\n<h2>Bestelling {O}</h2>\n<p>Beste mevrouw Lammers, uw vloerkleed wordt op 17 december 2026 verzonden in plaats van op 10 december.</p>\n<p class=\"klein\">Tapijthuis Lammers, Enschede</p>",
  ["BSM410"], "Four explicit font sizes in a <style> block.")

M("additional-information", "text", "Vraag over bezorgadres {O}",
  "Beste heer Vos,\n\nIn uw bestelling {O} ontbreekt het huisnummer van het bezorgadres aan de Lindelaan in Zeist.\n\n\n\nKunt u ons het volledige adres doorgeven? Dan kunnen we de bestelling klaarzetten.\n\n\nMet vriendelijke groet,\nBoekhandel Vos",
  ["BSM412"], "Runs of blank lines in a plain-text message.")

M("review-request", "text", "[Belangrijk] Uw mening over bestelling {O}",
  "Beste mevrouw Van Dijk,\n\nU kocht bij ons de set theedoeken van biologisch katoen (bestelling {O}). Wilt u er een recensie over schrijven op Amazon? Zo helpt u andere kopers een keuze te maken.\n\nMet vriendelijke groet,\nLinnenkast Leiden",
  ["BSM110"], "[Belangrijk] tag on a review request.")

M("reply", "html", "Re: Handleiding kinderzitje {O}",
  "<p>Hoi Gijs,</p>\n<p>De montagehandleiding van het fietszitje uit bestelling {O} staat op de productpagina op Amazon. <a href=\"https://www.amazon.nl/dp/B0B7FZT9QK\">Klik hier</a>.</p>\n<p>Groet,<br>Kids on Wheels</p>",
  ["BSM401"], "Non-descriptive 'Klik hier' link text.")

# ---------------------------------------------------------------- varying (2)
M("delivery-delay", "html", "Vertraging bestelling {O}",
  "<div style=\"padding: 0 140px;\">\n<p>Beste meneer Hermans,</p>\n<p>Uw wandklok (bestelling {O}) wordt een week later verzonden dan gepland, op 18 december 2026. Het uurwerk wordt nog gekalibreerd.</p>\n<p>Met vriendelijke groet,<br>Klokkenwerkplaats Hermans</p>\n</div>",
  ["BSM405"], "Builder container with 140 px padding on each side.")

M("review-request", "html", "Wat vindt u van het vogelhuisje? ({O})",
  "<p>Beste mevrouw Scholten,</p>\n<p>U kocht bij ons een vogelhuisje van vurenhout (bestelling {O}). We horen graag wat u ervan vindt in een recensie op Amazon.</p>\n<p>Met vriendelijke groet,<br>Vogelvriend Drenthe</p>\n<img src=\"https://t.vogelvriend-mail.nl/open.gif?uid=NL88213&amp;msg=rv14\" width=\"1\" height=\"1\" alt=\"\">",
  ["BSM307", "BSM402"], "1x1 tracking pixel with empty alt.")
