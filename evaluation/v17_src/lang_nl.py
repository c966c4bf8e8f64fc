# -*- coding: utf-8 -*-
"""v17 blind evaluation set: Dutch (nl-NL) messages."""

PREFIX = "480"
LANG = "nl"
LOCALE = "nl-NL"


def oid(n):
    return "%s-%07d-%07d" % (PREFIX, (3141592 + n * 271829) % 10**7, (2718281 + n * 314161) % 10**7)


_R = []


def m(type_, fmt, subject, body, expected, note, locale=LOCALE):
    n = len(_R) + 1
    o = oid(n)
    sub = subject.replace("{o}", o).replace("{O}", o.replace("-", ""))
    bod = body.replace("{o}", o).replace("{O}", o.replace("-", ""))
    _R.append({
        "id": "v17-%s-%03d" % (LANG, n),
        "language": LANG,
        "locale": locale,
        "type": type_,
        "format": fmt,
        "subject": sub,
        "body": bod,
        "order_id": o,
        "expected": sorted(expected),
        "note": note,
    })


LOGO = ('<img src="https://static.mailbouwer.nl/u/2231/logo-het-lampenhuys.png" '
        'alt="Logo Het Lampenhuys" width="180" height="54">')

# ---------------------------------------------------------------- clean (17)

m("delivery-delay", "text", "Je bestelling {o} komt iets later",
  "Hoi Marloes,\n\n"
  "Even een seintje over je bestelling {o} (2x linnen kussenhoes, okergeel). "
  "Onze weverij in Tilburg loopt een weekje achter, waardoor we de hoezen pas op donderdag 14 maart "
  "kunnen versturen in plaats van deze week.\n\n"
  "Reken op levering rond dinsdag 19 maart. De kleur en maat blijven natuurlijk precies zoals je "
  "ze hebt besteld.\n\n"
  "Sorry voor het oponthoud!\n\n"
  "Groetjes,\nFemke\nStudio Linnengoed",
  [], "Clean delivery delay in informal plain text with a new ship date.")

m("delivery-delay", "html", "Vertraging bestelling {o}",
  "<p>Beste heer Verbeek,</p>"
  "<p>Helaas lukt het ons niet om de door u bestelde eikenhouten wandplank (bestelnummer {o}) "
  "binnen de aangegeven levertijd te verzenden. Onze leverancier heeft de partij eikenhout later "
  "aangeleverd dan afgesproken.</p>"
  "<table><tr><td><strong>Oorspronkelijke verzenddatum</strong></td><td>4 april 2025</td></tr>"
  "<tr><td><strong>Nieuwe verzenddatum</strong></td><td>11 april 2025</td></tr>"
  "<tr><td><strong>Verwachte levering</strong></td><td>14 of 15 april 2025</td></tr></table>"
  "<p>Wij begrijpen dat dit vervelend is en houden u op de hoogte als er nog iets verandert.</p>"
  "<p>Met vriendelijke groet,<br>Ruud Kamphuis<br>Houtatelier De Zaagbank</p>",
  [], "Clean HTML delivery delay with a date table and no styling.")

m("order-problem", "text", "[Belangrijk] Probleem met je bestelling {o}",
  "Beste mevrouw El Amrani,\n\n"
  "Bij het inpakken van bestelling {o} kwamen we erachter dat de laatste Moka-koffiepot (6 kops) "
  "een barst in het handvat heeft. Een vervangend exemplaar is er voorlopig niet.\n\n"
  "We hebben daarom het volledige bestelbedrag van EUR 39,95 aangepast (reden: geen voorraad). "
  "Het bedrag staat binnen enkele werkdagen weer op uw rekening, u hoeft zelf niets te doen.\n\n"
  "Onze excuses voor de teleurstelling.\n\n"
  "Vriendelijke groet,\nJoost Meijer\nKoffiehoek Zwolle",
  [], "Clean order problem with [Belangrijk] and the amount-adjusted confirmation.")

m("additional-information", "text", "Vraag over de gravure bij bestelling {o}",
  "Goedemiddag Dennis,\n\n"
  "Je hebt bij bestelling {o} gekozen voor een gravure op de snijplank, maar het tekstveld is leeg "
  "gebleven. Welke tekst mogen we erop zetten? Maximaal 24 tekens, hoofdletters en kleine letters "
  "kan allebei.\n\n"
  "Zodra we je antwoord hebben gaat de plank de lasermachine in.\n\n"
  "Groet,\nIlse | Graveerwerkplaats Noord",
  [], "Clean request for missing engraving text needed to complete the order.")

m("return-follow-up", "text", "Retour {o}: voorstel gedeeltelijke terugbetaling",
  "Beste Wouter,\n\n"
  "Dank voor het doorsturen van de foto's van de wandlamp uit bestelling {o}. Het glas is heel, "
  "alleen de kap heeft een kras aan de achterkant.\n\n"
  "Wil je de lamp houden? Dan storten we EUR 18,00 van de EUR 64,50 terug en hoef je niets op te "
  "sturen. Heb je toch liever je geld volledig terug, dan maken we een retourlabel voor je aan.\n\n"
  "Laat maar weten wat je voorkeur heeft.\n\n"
  "Met vriendelijke groet,\nSanne de Wit\nHet Lampenhuys",
  [], "Clean return follow-up offering a partial refund.")

m("return-follow-up", "text", "Retourzending {o}",
  "Hallo mevrouw Bakker,\n\n"
  "Uw retourpakket voor bestelling {o} is bij ons aangekomen, maar er zat geen retourformulier in. "
  "Om de terugbetaling af te ronden moeten we weten welke van de twee schoenen u retour wilt: het "
  "paar in maat 38 of het paar in maat 39? Er zaten namelijk beide dozen in het pakket.\n\n"
  "Een kort antwoord op dit bericht is genoeg.\n\n"
  "Hartelijke groet,\nMaaike\nSchoenenwinkel Stap Voor Stap",
  [], "Clean return follow-up asking for information needed to complete the return.")

m("invoice", "text", "Factuur bij bestelling {o}",
  "Geachte heer Smits,\n\n"
  "In de bijlage vindt u de factuur voor uw bestelling {o}, zoals u had gevraagd voor uw "
  "administratie.\n\n"
  "Factuurnummer: 2025/NL/00418\n"
  "Factuurdatum: 17-02-2025\n"
  "Totaal incl. 21% btw: EUR 249,00 (btw EUR 43,21)\n\n"
  "Met vriendelijke groet,\n\n"
  "Administratie Kantoorkeuze B.V.\n"
  "Bedrijvenpark Twente 112, 7602 KK Almelo\n"
  "KvK 71844203 | btw-nummer NL858412733B01",
  [], "Clean invoice with slashed invoice number, KvK and BTW number.")

m("review-request", "text", "Jouw ervaring met bestelling {o}",
  "Hoi Lotte,\n\n"
  "Je pakket met de bijenwasdoeken (bestelling {o}) is inmiddels een weekje binnen. "
  "We zijn een klein bedrijf en leren veel van wat kopers ervan vinden, of dat nu goed of minder "
  "goed is.\n\n"
  "Zou je een paar minuten willen nemen om een recensie te schrijven op Amazon? Je vindt de optie "
  "onder 'Mijn bestellingen'.\n\n"
  "Bedankt alvast,\nNoor van Bijenwasbende",
  [], "Clean neutral review request in plain text.")

m("review-request", "html", "Wat vind je van je nieuwe lamp? ({o})",
  LOGO +
  "<p>Beste Hanneke,</p>"
  "<p>Een tijdje geleden heb je bij ons de tafellamp 'Duin' besteld (bestelnummer {o}). "
  "We horen graag hoe die bevalt, ook als er iets is wat beter kan.</p>"
  "<p>Je kunt je mening delen via "
  "<a href=\"https://www.amazon.nl/review/create-review?asin=B0C7LMP123\">een productrecensie "
  "schrijven op Amazon.nl</a>.</p>"
  "<p>Hartelijke groet,<br>Sanne de Wit<br>Het Lampenhuys</p>",
  [], "Clean HTML review request with shop logo (alt names shop) and descriptive Amazon link.")

m("delivery-scheduling", "text", "Bezorgafspraak kledingkast - bestelling {o}",
  "Goedendag familie Hendriks,\n\n"
  "Uw kledingkast 'Veluwe' (3-deurs, bestelling {o}) staat klaar voor bezorging. Omdat het om "
  "een zending van 94 kg gaat, komen we met twee man en plannen we graag een vast tijdvak in.\n\n"
  "Wij kunnen op de volgende momenten:\n"
  "- woensdag 9 april, 08:00-12:00 uur\n"
  "- woensdag 9 april, 13:00-17:00 uur\n"
  "- vrijdag 11 april, 08:00-12:00 uur\n\n"
  "Welk tijdvak komt u het best uit? Laat ook even weten of er een lift is of dat we de trap op "
  "moeten.\n\n"
  "Met vriendelijke groet,\nPlanning Meubelhal Oost",
  [], "Clean delivery scheduling of a bulky wardrobe with time slots.")

m("home-service-appointment", "text", "Afspraak montage vaatwasser ({o})",
  "Beste meneer Janssen,\n\n"
  "Voor de inbouw van uw vaatwasser (bestelling {o}) komt monteur Erik langs. We hebben nog "
  "ruimte op maandag 3 maart tussen 10:00 en 12:00 uur of op dinsdag 4 maart tussen 14:30 en "
  "16:30 uur.\n\n"
  "Wilt u doorgeven welke afspraak u past? Zorg er alstublieft voor dat de watertoevoer onder het "
  "aanrecht bereikbaar is.\n\n"
  "Met vriendelijke groet,\nThuisService Brabant",
  [], "Clean home-service appointment with dates and times.")

m("custom-design-verification", "html", "Proefontwerp geboortebord {o}",
  "<p>Hoi Kim en Bas,</p>"
  "<p>Wat leuk om het geboortebord voor Jesse te mogen maken! In de bijlage zit het proefontwerp "
  "(PDF) voor bestelling {o}.</p>"
  "<ul><li>Naam: Jesse Vos</li><li>Geboren: 22 januari 2025, 03:14 uur</li>"
  "<li>Gewicht: 3240 gram, lengte 51 cm</li></ul>"
  "<p>Kloppen alle gegevens en spelling? Als jullie akkoord geven, zetten we het bord vandaag nog "
  "in productie.</p>"
  "<p>Liefs,<br>Eva<br>Houtje Touwtje Ontwerp</p>",
  [], "Clean design proof with birth details, not phone numbers.")

m("fulfillment-question", "text", "Toegang voor bezorging bestelling {o}",
  "Beste mevrouw Dijkstra,\n\n"
  "De bezorger van uw tuinset (bestelling {o}) meldde dat het hek van uw appartementencomplex "
  "een code vraagt. Kunt u ons de toegangscode geven, of laten weten bij welk nummer hij moet "
  "aanbellen?\n\n"
  "Ons referentienummer voor deze levering is LV-2025-03817, de rit staat gepland onder "
  "ritnummer 558.\n\n"
  "Alvast bedankt,\nTuinDirect Logistiek",
  [], "Clean door-code question with reference and route numbers.")

m("reply", "text", "Re: Vraag over 'Wanderlust Travel Journal' ({o})",
  "Hallo Pieter,\n\n"
  "Goede vraag! Het 'Wanderlust Travel Journal - Dotted Edition' uit je bestelling {o} heeft "
  "inderdaad 192 pagina's van 120 g/m2, dus vulpeninkt drukt niet door. De Engelse titel is "
  "gewoon de naam van de uitgever; binnenin staat geen tekst.\n\n"
  "Groet,\nMerel\nPapier & Pen Amersfoort",
  [], "Clean reply quoting an English product title inside Dutch sentences.")

m("reply", "text", "Re: Stofzuiger slaat af ({o})",
  "Beste mevrouw Visser,\n\n"
  "Vervelend dat de steelstofzuiger uit bestelling {o} na een paar minuten afslaat. Dit lijkt op "
  "een defect aan de accu, en daarvoor loopt de garantie via de fabrikant.\n\n"
  "Garantielijn van de fabrikant (Brisko Benelux): 085 303 1190, op werkdagen van 9:00 tot "
  "17:00 uur. Houd uw bestelnummer bij de hand.\n\n"
  "Komt u er met hen niet uit, laat het ons dan weten.\n\n"
  "Met vriendelijke groet,\nTom Huisman\nHuishoudhal.nl",
  [], "Clean reply giving the manufacturer's warranty line, marked as such.")

m("reply", "html", "Re: Gegevens voor uw administratie ({o})",
  "<p>Geachte heer Koster,</p>"
  "<p>Hierbij de bedrijfsgegevens waar u om vroeg voor bestelling {o}. De factuur zelf kunt u "
  "downloaden bij uw bestelling in uw Amazon-account.</p>"
  "<p>Met vriendelijke groet,<br>Linda Groen<br>Binnendienst</p>"
  "<p><small>Groen &amp; Zonen Gereedschap B.V.<br>Industrieweg 7, 5281 RW Boxtel<br>"
  "KvK 17032219<br>btw-id NL805512907B01</small></p>",
  [], "Clean reply with a company-details footer in <small>.")

m("reply", "text", "Re: Waar blijft mijn terugbetaling? ({o})",
  "Hoi Ahmed,\n\n"
  "Ik heb het even nagekeken. Je retourpakket van bestelling {o} (retournummer RMA-77120, "
  "PostNL-barcode 3SLPH4417209) is op dinsdag 11 februari om 10:42 uur bij ons magazijn "
  "gescand.\n\n"
  "De terugbetaling van EUR 27,48 hebben we op 12 februari verwerkt. Afhankelijk van je bank zie "
  "je het bedrag binnen 3 tot 5 werkdagen terug.\n\n"
  "Groeten,\nKevin\nSportkelder Delft",
  [], "Clean reply with return and tracking numbers, dates, times and amounts.")

# ---------------------------------------------------------------- violations (31)

m("fulfillment-question", "text", "Update over bestelling {o}",
  "Beste Jeroen,\n\n"
  "Goed nieuws: je nieuwe fietstassen (bestelling {o}) hebben vanochtend ons magazijn in "
  "Nieuwegein verlaten en liggen nu bij de bezorgdienst.\n\n"
  "Veel plezier ermee alvast!\n\n"
  "Fietsplaats Utrecht",
  ["BSM201"], "Shipping confirmation phrased as 'left our warehouse'.")

m("fulfillment-question", "html", "Bestelling {o} in goede orde ontvangen",
  "<p>Hallo Sophie,</p>"
  "<p>Je bestelling {o} is bij ons binnengekomen en we zijn al druk bezig met inpakken. "
  "De theeset wordt extra goed in noppenfolie gewikkeld.</p>"
  "<p>Hartelijke groet,<br>Theehuisje Haarlem</p>",
  ["BSM201"], "Order confirmation: received and being packed.")

m("fulfillment-question", "text", "Bestelling {o}",
  "Beste klant,\n\n"
  "Heel erg bedankt voor uw bestelling {o} bij Dekbedwinkel Slaapwel. Wij waarderen het enorm "
  "dat u voor ons heeft gekozen.\n\n"
  "Met vriendelijke groet,\nTeam Slaapwel",
  ["BSM202"], "Thanks-only message.")

m("fulfillment-question", "text", "Even gedag ({o})",
  "Hoi Rick,\n\n"
  "We wilden je alleen even laten weten dat we voor je klaarstaan als er iets is met je "
  "bestelling {o}. Je weet ons te vinden!\n\n"
  "Team Gamegear Venlo",
  ["BSM202"], "Only an offer to help if anything comes up.")

m("delivery-delay", "text", "Kleine vertraging bestelling {o}",
  "Beste Nicole,\n\n"
  "Door drukte bij onze drukkerij verzenden we de fotokalender uit bestelling {o} op maandag "
  "6 januari in plaats van vrijdag 3 januari. Je kunt hem rond woensdag 8 januari verwachten.\n\n"
  "Excuses voor het wachten.\n\n"
  "Groet,\nFotoFabriekje\n\n"
  "PS: Met de code NIEUWJAAR20 krijg je tot eind januari 20% korting op ons complete "
  "assortiment.",
  ["BSM203"], "Permitted delay with a discount-code P.S. for the whole range.")

m("reply", "text", "Re: Maattabel ({o})",
  "Hallo Yara,\n\n"
  "De jurk uit bestelling {o} valt normaal, dus maat M zou goed moeten zitten bij jouw maten.\n\n"
  "Trouwens: onze nieuwe voorjaarscollectie staat sinds deze week online! Volg ons op Instagram "
  "en schrijf je in voor de nieuwsbrief, dan ben je als eerste op de hoogte.\n\n"
  "Liefs,\nBoutique Bloesem",
  ["BSM203"], "Reply with a new collection, follow-us and newsletter plug.")

m("review-request", "text", "Een kleine vraag over bestelling {o}",
  "Beste Hans,\n\n"
  "Hoe bevalt de vogelvoederplank uit bestelling {o}? We zouden het fijn vinden als je er een "
  "recensie over schrijft op Amazon.\n\n"
  "Als dank sturen we je, zodra je recensie online staat, een zakje wintervoer als klein "
  "gebaar van waardering.\n\n"
  "Groet,\nVogelhuisje & Co",
  ["BSM204"], "Small gift once the review is published.")

m("review-request", "html", "Uw mening telt ({o})",
  "<p>Beste mevrouw Mulder,</p>"
  "<p>Wij hopen dat u blij bent met de yogamat uit bestelling {o}. Laat u een recensie achter op "
  "Amazon? Stuur ons een berichtje zodra die online staat, dan krijgt u het volledige "
  "aankoopbedrag van ons terug.</p>"
  "<p>Namasté,<br>Yoga Atelier Leiden</p>",
  ["BSM204"], "Full refund once the review is online.")

m("reply", "text", "Re: Probleem opgelost? ({o})",
  "Beste Frank,\n\n"
  "Fijn dat de vervangende adapter voor bestelling {o} goed is aangekomen en werkt.\n\n"
  "Nu alles is opgelost, zou u dan misschien uw recensie van één ster willen bijwerken of "
  "verwijderen? Die weegt voor een kleine winkel als de onze best zwaar.\n\n"
  "Met vriendelijke groet,\nElektroHoek Deventer",
  ["BSM205"], "Asks to update or remove an existing one-star review.")

m("review-request", "text", "Tevreden over bestelling {o}?",
  "Hoi Anouk,\n\n"
  "Ben je tevreden over je nieuwe waterfles (bestelling {o})? Dan zouden we een recensie op "
  "Amazon enorm waarderen.\n\n"
  "Viel er iets tegen? Schrijf dan liever geen recensie, maar stuur ons eerst een berichtje, dan "
  "lossen we het samen op.\n\n"
  "Groeten,\nDrinkfles.shop",
  ["BSM206"], "Review only if satisfied; unhappy buyers steered to contact instead.")

m("review-request", "html", "Nog één verzoekje ({o})",
  "<p>Beste heer De Groot,</p>"
  "<p>Wij hopen dat de koptelefoon uit bestelling {o} u goed bevalt. Zou u ons willen helpen met "
  "een beoordeling van vijf sterren op Amazon? Dat maakt voor ons echt het verschil.</p>"
  "<p>Met vriendelijke groet,<br>Geluidswinkel Arnhem</p>",
  ["BSM206"], "Asks for a five-star rating.")

m("order-problem", "text", "Probleem met bestelling {o}",
  "Beste Mark,\n\n"
  "Helaas blijkt de racefietsband (28 mm) uit bestelling {o} niet meer op voorraad te zijn. We "
  "hebben het bestelbedrag van EUR 44,90 al aangepast, reden: geen voorraad.\n\n"
  "Om het administratief rond te maken is het handigst als je de bestelling zelf even annuleert "
  "via je Amazon-account, dan is het in één keer geregeld.\n\n"
  "Sportieve groet,\nBikeShop Kennemerland",
  ["BSM108"], "Advises the buyer to cancel, although the amount was adjusted.")

m("order-problem", "text", "Uw bestelling {o}",
  "Geachte mevrouw Peters,\n\n"
  "Tot onze spijt is de koperen vijzel uit bestelling {o} uitverkocht en krijgen we hem dit jaar "
  "niet meer binnen.\n\n"
  "Wij zouden het zeer op prijs stellen als u via Amazon een annuleringsverzoek wilt indienen.\n\n"
  "Hoogachtend,\nKookwinkel De Pollepel",
  ["BSM107", "BSM108"], "Asks for a cancellation request and does not confirm an adjustment.")

m("delivery-delay", "text", "Levering bestelling {o} schuift op",
  "Beste Lisa,\n\n"
  "De puzzels uit bestelling {o} komen een paar dagen later binnen bij onze groothandel. We "
  "verwachten ze op 21 oktober te verzenden.\n\n"
  "Met vriendelijke groet,\nPuzzelparadijs\n\n"
  "Geen berichten meer van ons ontvangen? Antwoord met STOP en we houden ermee op.",
  ["BSM305"], "Opt-out by replying STOP.")

m("reply", "text", "Re: Waar is mijn pakket?? ({o})",
  "Hoi Sem,\n\n"
  "Sorry man, die klote-pakketdienst heeft het godverdomme wéér verkloot met bestelling {o}. "
  "Ze beweren dat ze bij je aangebeld hebben.\n\n"
  "We sturen vrijdag 7 maart een nieuw exemplaar, en nu wel met een andere vervoerder.\n\n"
  "Groet,\nSkatekelder Groningen",
  ["BSM306"], "Dutch profanity about the carrier.")

m("delivery-delay", "text", "Your order {o} is delayed",
  "Dear Mrs. Van Leeuwen,\n\n"
  "Unfortunately your order {o} (ceramic plant pot, 30 cm) will ship a few days later than "
  "expected. Our kiln had a breakdown and we now expect to dispatch on 12 May.\n\n"
  "We apologise for the inconvenience.\n\n"
  "Kind regards,\nKeramiekatelier Zeeland",
  ["BSM104"], "Whole message in English for a Dutch buyer.")

m("delivery-delay", "text", "Vertraging bestelling {o}",
  "Beste meneer Van Dam,\n\n"
  "Uw grasmaaier uit bestelling {o} wordt helaas pas op 2 juni verzonden. Heeft u vragen, bel "
  "ons dan gerust op 0413 - 24 58 71, we zitten er van 8:30 tot 17:00 uur.\n\n"
  "Met vriendelijke groet,\nTuinmachines Uden",
  ["BSM309"], "National-format shop phone number.")

m("reply", "html", "Re: Montagevraag ({o})",
  "<p>Hallo Daan,</p>"
  "<p>Het bed uit bestelling {o} komt met twee extra bouten, die heb je niet nodig. Lukt het "
  "niet? Stuur ons een WhatsAppje op +31 6 41 27 90 38, dan kijken we even met je mee.</p>"
  "<p>Groet,<br>Slaapkamerstudio</p>",
  ["BSM309"], "International-format mobile number for WhatsApp.")

m("reply", "text", "Re: Kleurverschil ({o})",
  "Beste Ingrid,\n\n"
  "Stuur ons gerust een foto van het kleurverschil bij de gordijnen uit bestelling {o}: "
  "klantenservice@gordijnkoning.nl. Dan kijken we of we ze kunnen omruilen.\n\n"
  "Met vriendelijke groet,\nGordijnkoning",
  ["BSM308"], "Plain e-mail address.")

m("reply", "text", "Re: Vraag over de handleiding ({o})",
  "Hoi Jesse,\n\n"
  "De uitgebreide handleiding van de 3D-printer uit bestelling {o} sturen we je graag toe. Mail "
  "even naar support apenstaartje printlab punt nl en noem je bestelnummer.\n\n"
  "Groet,\nPrintlab Eindhoven",
  ["BSM308"], "Obfuscated e-mail address with 'apenstaartje' and 'punt'.")

m("delivery-delay", "html", "Later verzonden: bestelling {o}",
  "<p>Beste Emma,</p>"
  "<p>De bloembollen uit bestelling {o} gaan pas op 18 september de deur uit, omdat de oogst "
  "later klaar was.</p>"
  "<p>Benieuwd hoe je ze het best plant? Lees dan onze "
  "<a href=\"https://www.bollenschuur.nl/planttips\">planttips op de website van De Bollenschuur</a>.</p>"
  "<p>Groeten,<br>De Bollenschuur</p>",
  ["BSM302"], "https link with descriptive text to the seller's own site.")

m("fulfillment-question", "html", "Adres controleren voor bestelling {o}",
  "<p>Beste heer Hoekstra,</p>"
  "<p>Het huisnummer in uw adres bij bestelling {o} lijkt onvolledig (alleen '12', terwijl er "
  "ook 12A en 12B bestaan). Wilt u het adres controleren in "
  "<a href=\"http://www.amazon.nl/gp/css/account/address/view.html\">uw adresboek op Amazon.nl</a>?</p>"
  "<p>Met vriendelijke groet,<br>Vloerkleedcentrale</p>",
  ["BSM301"], "Insecure http link to Amazon.")

m("review-request", "html", "Hoe bevalt de lamp? ({o})",
  "<p>Beste Judith,</p>"
  "<p>Je hebt bij ons de hanglamp 'Kiezel' besteld (bestelling {o}).</p>"
  "<img src=\"https://static.mailbouwer.nl/u/2231/producten/hanglamp-kiezel-messing.jpg\" "
  "alt=\"Hanglamp Kiezel in messing\" width=\"320\" height=\"320\">"
  "<p>We horen graag wat je ervan vindt in een recensie op Amazon.</p>"
  "<p>Groet,<br>Het Lampenhuys</p>",
  ["BSM310"], "Photo of the purchased product.")

m("delivery-delay", "html", "Zomerse vertraging bestelling {o}",
  "<p>Hoi Thijs,</p>"
  "<p>Vanwege de zomersluiting van onze leverancier wordt je surfpak uit bestelling {o} "
  "verzonden op 25 juli.</p>"
  "<img src=\"https://static.mailbouwer.nl/stock/zonsondergang-strand-scheveningen.jpg\" "
  "alt=\"Zonsondergang op het strand\" width=\"400\" height=\"250\">"
  "<p>Fijne zomer!<br>Surfhut Noordwijk</p>",
  ["BSM311"], "Unrelated stock beach image.")

m("delivery-delay", "html", "Nieuwe verzenddatum bestelling {o}",
  "<img src=\"https://static.mailbouwer.nl/u/3390/logo-kaarsenmakerij-licht.png\" alt=\"\" "
  "width=\"160\" height=\"48\">"
  "<p>Beste mevrouw Brouwer,</p>"
  "<p>De geurkaarsen uit bestelling {o} moeten nog een paar dagen uitharden. Wij verzenden ze op "
  "28 november.</p>"
  "<p>Met vriendelijke groet,<br>Kaarsenmakerij Licht</p>",
  ["BSM402"], "Shop logo with empty alt text.")

m("delivery-delay", "text", "Even geduld met bestelling {o} 🙏",
  "Hoi Fleur,\n\n"
  "Je puzzelmat uit bestelling {o} wordt een paar dagen later verzonden, op 4 december. "
  "Sinterklaas haalt het nog net! 🎁\n\n"
  "Groetjes,\nSpeelgoedzolder",
  ["BSM403"], "Emoji in subject and body.")

m("reply", "text", "Re: Batterijen ({o})",
  "Hoi Bram,\n\n"
  "Klopt, de afstandsbediening uit bestelling {o} werkt op twee AAA-batterijen en die zitten er "
  "niet bij. Gewoon in de supermarkt te koop ;-)\n\n"
  "Groet,\nModelbouw Hobbyhuis",
  ["BSM403"], "Emoticon ;-) in the body.")

m("delivery-delay", "html", "Vertraging bestelling {o}",
  "<style>.kop{font-size:22px}.sub{font-size:17px}.tekst{font-size:14px}.klein{font-size:11px}</style>"
  "<p class=\"kop\">Je bestelling komt later</p>"
  "<p class=\"sub\">Bestelnummer {o}</p>"
  "<p class=\"tekst\">De wollen deken is nog niet terug van de verver. We verzenden hem op "
  "15 oktober.</p>"
  "<p>Met vriendelijke groet,<br>Wolwinkel Texel</p>"
  "<p class=\"klein\">Wolwinkel Texel, KvK 60213377</p>",
  ["BSM410"], "Four explicit font sizes in a style block plus the default.")

m("delivery-delay", "html", "Bestelling {o} later",
  "<p>Beste Gerrit,</p>"
  "<p>De regenton uit bestelling {o} wordt op 30 april verzonden in plaats van 25 april.</p>"
  "<p></p><p></p>"
  "<p>Met vriendelijke groet,<br>Tuincentrum De Linde</p>",
  ["BSM412"], "Empty paragraphs between paragraphs.")

m("review-request", "text", "[Belangrijk] Uw mening over bestelling {o}",
  "Beste mevrouw Verhoeven,\n\n"
  "Inmiddels heeft u de strijkplank uit bestelling {o} een tijdje in gebruik. Wij stellen het op "
  "prijs als u op Amazon een recensie schrijft over uw ervaring.\n\n"
  "Met vriendelijke groet,\nHuis & Haard",
  ["BSM110"], "[Belangrijk] on a neutral review request.")

m("additional-information", "html", "Maatgegevens nodig voor bestelling {o}",
  "<p>Hallo Rob,</p>"
  "<p>Voor de rolgordijnen op maat uit bestelling {o} hebben we de exacte breedte van je kozijn "
  "nodig. Vul die in bij je bestelling: "
  "<a href=\"https://www.amazon.nl/gp/css/order-history\">klik hier</a>.</p>"
  "<p>Groet,<br>Raamdecoratie Op Maat</p>",
  ["BSM401"], "Link text 'klik hier'.")

# ---------------------------------------------------------------- vary (2)

m("review-request", "html", "Hoe was je ervaring? ({o})",
  "<p>Beste Mirjam,</p>"
  "<p>Je hebt de kruidenpotjes uit bestelling {o} nu een tijdje in huis. We horen graag wat je "
  "ervan vindt via "
  "<a href=\"https://www.amazon.nl/review/create-review?asin=B0D2KRD456\">een recensie op Amazon.nl</a>.</p>"
  "<p>Groet,<br>Kruidenkeuken</p>"
  "<img src=\"https://t.mailbouwer.nl/open.gif?m=88213&amp;r=5512\" width=\"1\" height=\"1\" alt=\"\">",
  ["BSM307", "BSM402"], "1x1 tracking pixel with empty alt.")

m("delivery-delay", "text", "Vertraging van je bestelling",
  "Hoi Joris,\n\n"
  "Je bestelling {O} (boekensteunen van gietijzer) wordt helaas pas op 9 juni verzonden. De "
  "gieterij had een achterstand.\n\n"
  "Groet,\nIJzerwaren Hengelo",
  ["BSM102"], "Order number written without hyphens only.")

MESSAGES = _R
