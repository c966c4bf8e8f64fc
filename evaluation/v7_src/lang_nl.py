"""v7 blind eval set, Dutch (nl-NL, a few nl-BE)."""

_RAW = []


def _m(type_, fmt, subject, body, expected, note, locale="nl-NL"):
    _RAW.append((type_, fmt, subject, body, sorted(expected), note, locale))


# ---------------- 17 clean ----------------
_m("delivery-delay", "text", "Vertraging bij je bestelling {o}",
   "Hoi Sanne,\n\nDe eikenhouten wandplank die je bij ons bestelde (bestelling {o}) gaat helaas later de deur uit dan we hadden aangegeven. Onze houtleverancier kampt met een achterstand, waardoor we de plank pas op dinsdag 15 december kunnen verzenden in plaats van vandaag.\n\nSorry voor het wachten. Wil je liever niet zo lang wachten, laat het ons dan even weten via de berichtenservice van Amazon.\n\nGroet,\nJeroen van Dijk\nHoutatelier De Kerf",
   [], "Plain-text delivery delay with a new ship date.")
_m("delivery-delay", "html", "Bestelling {o}: nieuwe verzenddatum",
   "<p>Beste heer Verhoeven,</p><p>Uw bestelling <b>{o}</b> (2x keramische plantenpot, antraciet) wordt later verzonden dan gepland. Door de drukte rond de feestdagen verwachten wij de potten op <b>vrijdag 18 december 2026</b> aan de vervoerder mee te geven.</p><p>Onze excuses voor het ongemak.</p><p>Met vriendelijke groet,<br>Marloes Bakker<br>Klantenservice Potterij Groen</p>",
   [], "Builder-style HTML delivery delay, no styles.")
_m("order-problem", "text", "[Belangrijk] Artikel niet leverbaar - bestelling {o}",
   "Beste mevrouw Janssens,\n\nHelaas kunnen wij de lamp 'Luna' in messing uit uw bestelling {o} niet leveren: het laatste exemplaar bleek bij controle beschadigd. Wij hebben het bestelbedrag daarom aangepast; de € 64,95 voor dit artikel wordt u niet in rekening gebracht. De overige artikelen zijn ongewijzigd.\n\nExcuses voor de teleurstelling.\n\nMet vriendelijke groeten,\nPieter Claes\nLichthuis Gent",
   [], "Order problem with [Belangrijk] and the adjusted amount confirmed.", "nl-BE")
_m("additional-information", "text", "Vraag over uw bestelling {o}",
   "Goedemiddag,\n\nVoor het graveren van de snijplank uit bestelling {o} hebben wij nog de tekst nodig die erop moet komen (maximaal 25 tekens). In de bestelnotitie stond alleen 'naam + datum'. Welke naam en welke datum mogen wij gebruiken?\n\nZodra wij uw antwoord hebben, gaat de plank in productie.\n\nVriendelijke groet,\nFleur\nGraveerwerk Fleur & Co",
   [], "Asks for engraving text needed to complete the order.")
_m("return-follow-up", "text", "Je retour van bestelling {o}",
   "Hallo Daan,\n\nJe gaf aan dat de bureaustoel uit bestelling {o} een kras op de armleuning heeft. Als je de stoel wilt houden, bieden we je een gedeeltelijke terugbetaling van € 35,00 aan. Wil je toch retourneren, dan kan dat natuurlijk ook gewoon.\n\nLaat je weten wat je voorkeur heeft?\n\nMet groet,\nKantoorMeubel Direct",
   [], "Return follow-up offering a partial refund.")
_m("return-follow-up", "html", "Retour {o} - nog een vraag",
   "<p>Beste mevrouw De Vries,</p><p>Wij hebben uw retouraanvraag voor bestelling {o} ontvangen. Om de retour af te ronden, willen wij graag weten of de waterkoker nog in de originele verpakking zit en of de stekker onbeschadigd is. Dan kunnen wij het juiste retourlabel voor u klaarzetten.</p><p>Met vriendelijke groet,<br>Ahmed el Amrani<br>Huishoudwinkel Keukenkast</p>",
   [], "Return follow-up asking for information needed to complete the return.")
_m("invoice", "text", "Factuur bij bestelling {o}",
   "Geachte heer Smit,\n\nIn de bijlage vindt u de factuur voor uw bestelling {o}, op verzoek met uw bedrijfsnaam erop.\n\nFactuurnummer: 2026/NL/0412\nFactuurdatum: 02-12-2026\nTotaal incl. 21% btw: € 1.249,00\n\nMet vriendelijke groet,\n\nTuinmachines Vermeer B.V.\nIndustrieweg 14, 4283 GZ Giessen\nKvK 81234567 | BTW-nummer NL859123456B01",
   [], "Invoice with KvK, BTW number and a slashed invoice number.")
_m("review-request", "text", "Bestelling {o}",
   "Beste klant,\n\nU heeft onlangs bij ons de wollen plaid 'Texel' gekocht (bestelling {o}). Wij zouden het waarderen als u op Amazon een recensie van het product en feedback over ons als verkoper wilt achterlaten. Uw ervaring helpt andere kopers bij hun keuze.\n\nMet vriendelijke groet,\nWolweverij Noord",
   [], "Neutral plain-text review request.")
_m("review-request", "html", "Uw ervaring met bestelling {o}",
   "<p><img src=\"https://m.media-amazon.com/images/S/seller/fietsfabriek-logo.png\" alt=\"Logo De Fietsfabriek\" width=\"150\"></p><p>Beste Joris,</p><p>Een paar weken geleden kocht je bij ons een fietstas (bestelling {o}). We zijn benieuwd naar je ervaring. Wil je een recensie schrijven?</p><p><a href=\"https://www.amazon.nl/review/review-your-purchases\">Schrijf een recensie op Amazon.nl</a></p><p>Groeten,<br>Team De Fietsfabriek</p>",
   [], "HTML review request with shop logo, alt text and descriptive Amazon link.")
_m("delivery-scheduling", "text", "Bezorgafspraak voor je bestelling {o}",
   "Hoi Lotte,\n\nJe nieuwe boxspring (bestelling {o}) wordt met onze eigen bus bezorgd en naar boven gedragen. Hiervoor plannen we graag een afspraak. Je kunt kiezen uit:\n\n- woensdag 16 december, 08:00 - 12:00 uur\n- donderdag 17 december, 12:00 - 16:00 uur\n- zaterdag 19 december, 09:00 - 13:00 uur\n\nWelk tijdvak past jou het best?\n\nGroet,\nRick\nPlanning Slaapwereld Twente",
   [], "Delivery scheduling of a bulky item with time slots.")
_m("home-service-appointment", "text", "Afspraak montage - bestelling {o}",
   "Beste meneer Peeters,\n\nU heeft bij uw bestelling {o} de montage van de vaatwasser door een monteur afgenomen. Onze monteur kan langskomen op maandag 21 december tussen 13.00 en 15.00 uur, of op dinsdag 22 december tussen 09.00 en 11.00 uur. Laat u ons weten welk moment u schikt?\n\nMet vriendelijke groeten,\nInstallatieteam Witgoed Vlaanderen",
   [], "Home-service appointment with two time windows.", "nl-BE")
_m("custom-design-verification", "text", "Ontwerp ter controle - bestelling {o}",
   "Hallo Emma,\n\nIn de bijlage zit de proef van het geboortebordje voor bestelling {o}: de naam 'Noor', geboren 28-11-2026, 3.240 gram, in het lettertype dat je koos. Klopt alles? Dan gaan we frezen. Wil je iets anders, laat het ons dan weten.\n\nHartelijke groet,\nIlse\nStudio Hout & Hart",
   [], "Custom design proof sent for approval.")
_m("fulfillment-question", "text", "Toegang tot uw adres - bestelling {o}",
   "Goedemorgen,\n\nDe koerier meldt dat hij uw pakket (bestelling {o}, zendingsreferentie REF-2026-1187) niet kon afleveren omdat de centrale deur van het appartementencomplex gesloten was. Heeft u een deurcode of een andere manier waarop de koerier binnen kan komen? Dan plannen wij een nieuwe poging in.\n\nMet vriendelijke groet,\nSportartikelen Hoekstra",
   [], "Door-code question with reference number.")
_m("reply", "text", "Re: Vraag over bestelling {o}",
   "Hoi Kevin,\n\nDank voor je vraag. Het spel dat je bestelde heet in het Engels 'Wingspan: European Expansion' en de spelregels in de doos zijn Nederlandstalig. Je kunt het dus gewoon met het basisspel van de Nederlandse uitgave spelen.\n\nVeel plezier ermee!\nBart\nSpellenzolder",
   [], "Reply quoting an English product title inside Dutch sentences.")
_m("reply", "text", "Re: Garantie op bestelling {o}",
   "Beste mevrouw Mulder,\n\nVoor de storing aan uw koffiemachine uit bestelling {o} kunt u het snelst terecht bij de fabrikant. De garantielijn van de fabrikant (Nivona Benelux) is bereikbaar op 030 - 711 22 33, op werkdagen van 9.00 tot 17.00 uur. Zij regelen reparatie onder garantie direct met u.\n\nMet vriendelijke groet,\nKoffiehoek Utrecht",
   [], "Reply giving the manufacturer's warranty hotline, marked as such.")
_m("reply", "html", "Re: bedrijfsgegevens voor bestelling {o}",
   "<p>Beste heer Bos,</p><p>Hierbij de bedrijfsgegevens waar u om vroeg voor uw administratie bij bestelling {o}.</p><p>Met vriendelijke groet,<br>Wendy Kok<br>Administratie</p><p><small>Drukkerij Van der Linden V.O.F.<br>Havenstraat 8, 1506 PR Zaandam<br>KvK 70123456 - BTW NL002345678B55</small></p>",
   [], "Reply with a company-details footer in <small>.")
_m("reply", "text", "Re: Waar blijft mijn retourgeld? ({o})",
   "Hallo Mira,\n\nJe retour van bestelling {o} is op 3 december om 14:32 uur bij ons binnengekomen (retournummer RT-55812, PostNL-barcode 3SKLM0048213977). We hebben op 4 december € 42,50 teruggestort; het duurt meestal 3 tot 5 werkdagen voordat het bedrag op je rekening staat.\n\nGroetjes,\nNina\nBijoux Bloem",
   [], "Reply with return and tracking numbers, dates, times and amounts.")

# ---------------- 31 violations ----------------
_m("delivery-delay", "text", "Update bestelling {o}",
   "Beste Tom,\n\nGoed nieuws: je bestelling {o} heeft vanochtend ons magazijn verlaten en is aan DHL overgedragen. Je kunt hem morgen verwachten.\n\nGroet,\nGadgetGarage",
   ["BSM201"], "Shipping confirmation: left the warehouse, handed to the carrier.")
_m("additional-information", "text", "Je bestelling {o}",
   "Hoi Yara,\n\nWe hebben je bestelling {o} in goede orde ontvangen en zijn al druk bezig met inpakken. Je hoort snel van ons!\n\nLiefs,\nHet team van Kaarsenmakerij Licht",
   ["BSM201"], "Order confirmation: received and being packed.")
_m("reply", "text", "Bedankt! ({o})",
   "Beste klant,\n\nHartelijk dank voor uw aankoop bij Boekhandel De Zolder (bestelling {o}). Wij waarderen het zeer.\n\nMet vriendelijke groet,\nBoekhandel De Zolder",
   ["BSM202"], "Thanks only.")
_m("fulfillment-question", "text", "Bestelling {o}",
   "Hallo,\n\nMocht er iets zijn met je bestelling {o}, we staan altijd voor je klaar. Stuur ons gerust een bericht.\n\nGroet,\nSpeelgoedkist Zwolle",
   ["BSM202"], "Only says the seller is ready to help if anything comes up.")
_m("delivery-delay", "text", "Kleine vertraging - {o}",
   "Beste mevrouw Hendriks,\n\nUw bestelling {o} wordt twee dagen later verzonden dan aangegeven, op donderdag 10 december. Excuses daarvoor.\n\nMet vriendelijke groet,\nTheehuis Oolong\n\nPS: deze week krijgt u 20% korting op ons hele assortiment met de code THEE20.",
   ["BSM203"], "Permitted delay with a promotional P.S.")
_m("reply", "text", "Re: maatadvies {o}",
   "Hoi Lisa,\n\nDe trui uit bestelling {o} valt normaal; neem gewoon je eigen maat.\n\nVolg ons trouwens op Instagram en schrijf je in voor onze nieuwsbrief, dan zie je als eerste onze nieuwe wintercollectie!\n\nGroetjes,\nBreistudio Wol",
   ["BSM203"], "Follow us, newsletter and new collection.")
_m("review-request", "text", "Uw mening over bestelling {o}",
   "Beste klant,\n\nWilt u een recensie schrijven over de messenset uit bestelling {o}? Als kleine blijk van waardering sturen wij u een extra slijpsteen zodra uw recensie online staat.\n\nMet vriendelijke groet,\nMessenmakerij Scherp",
   ["BSM204"], "A small token of appreciation once the review is published.")
_m("review-request", "text", "Recensie = geld terug ({o})",
   "Hoi,\n\nPlaats een recensie over je powerbank (bestelling {o}) en stuur ons een berichtje zodra hij zichtbaar is: dan storten wij het volledige aankoopbedrag aan je terug.\n\nGroet,\nVoltMarkt",
   ["BSM204"], "Full refund once the review is online.")
_m("reply", "text", "Re: uw recensie bij bestelling {o}",
   "Beste meneer Visser,\n\nHet probleem met de rits van uw rugzak (bestelling {o}) is inmiddels opgelost met de nieuwe tas die wij stuurden. Zou u zo vriendelijk willen zijn uw recensie van één ster aan te passen of te verwijderen?\n\nMet vriendelijke groet,\nOutdoorwinkel Het Pad",
   ["BSM205"], "Asks to update or remove a one-star review.")
_m("review-request", "text", "Hoe bevalt je bestelling {o}?",
   "Hoi Sem,\n\nBen je tevreden over je nieuwe koptelefoon (bestelling {o})? Laat dan een recensie achter op Amazon. Is er iets niet in orde, neem dan eerst contact met ons op in plaats van een recensie te schrijven.\n\nGroet,\nGeluidshuis",
   ["BSM206"], "Review only if satisfied; unhappy buyers steered to contact.")
_m("review-request", "html", "Bestelling {o}",
   "<p>Beste klant,</p><p>Dank voor uw bestelling {o}. Wij zouden het fijn vinden als u ons vijf sterren geeft op Amazon.</p><p>Met vriendelijke groet,<br>Dierenspeciaalzaak Snuffel</p>",
   ["BSM206"], "Asks for a five-star rating.")
_m("order-problem", "text", "Bestelling {o} - voorraadprobleem",
   "Beste mevrouw Dekker,\n\nDe hanglamp uit uw bestelling {o} is helaas uitverkocht. Wij hebben het bestelbedrag al aangepast. Het snelst is het als u de bestelling zelf via uw Amazon-account annuleert, dan is alles meteen afgehandeld.\n\nMet vriendelijke groet,\nLampenloods",
   ["BSM108"], "Advises the buyer to cancel because of stock, amount adjusted.")
_m("order-problem", "text", "Uitverkocht - bestelling {o}",
   "Geachte heer Wouters,\n\nDe tuinset 'Bali' uit uw bestelling {o} blijkt niet meer op voorraad te zijn. Wij zouden het op prijs stellen als u een annuleringsverzoek indient, zodat wij de bestelling kunnen afsluiten.\n\nMet vriendelijke groeten,\nTuinparadijs Limburg",
   ["BSM107", "BSM108"], "Asks for a cancellation request without confirming an adjustment.", "nl-BE")
_m("review-request", "text", "Bestelling {o}",
   "Beste klant,\n\nWilt u een recensie achterlaten voor de yogamat uit bestelling {o}? Dat helpt ons enorm.\n\nLiever geen berichten meer van ons ontvangen? Antwoord dan met STOP.\n\nYogaplek",
   ["BSM305"], "Opt-out instruction: reply STOP.")
_m("reply", "text", "Re: levering {o}",
   "Hoi Mark,\n\nGodverdomme, die klotebezorger heeft je pakket ({o}) gewoon bij de verkeerde buren over de schutting gegooid. Ik heb het nagevraagd en het ligt op nummer 12.\n\nGroet,\nRoy\nFietsonderdelen Roy",
   ["BSM306"], "Dutch profanity in a reply.")
_m("delivery-delay", "text", "Delay on your order {o}",
   "Dear customer,\n\nYour order {o} will be dispatched a few days later than expected, on Monday 14 December. We apologise for the inconvenience.\n\nKind regards,\nHome & Style Outlet",
   ["BSM104"], "Message in English to a Dutch-locale buyer.")
_m("reply", "text", "Re: vraag over installatie ({o})",
   "Beste mevrouw Smits,\n\nHet installeren van de thermostaat uit bestelling {o} lukt het makkelijkst als we u even door de stappen leiden. Bel ons gerust op 013 - 532 44 18, dan helpen we u direct.\n\nMet vriendelijke groet,\nKlimaatwinkel Tilburg",
   ["BSM309"], "Seller phone number in national format.")
_m("reply", "text", "Re: maat schoenen {o}",
   "Hoi Joyce,\n\nVoor ruilen van de schoenen uit bestelling {o} kun je ons ook appen: +31 6 2847 1935.\n\nGroet,\nSchoenenboetiek Stap",
   ["BSM309"], "Seller phone number in international format.")
_m("reply", "text", "Re: offerte bij bestelling {o}",
   "Beste heer Jacobs,\n\nVoor de offerte van extra tegels bij uw bestelling {o} kunt u mailen naar verkoop@tegelhandel-jacobs.nl.\n\nMet vriendelijke groet,\nTegelhandel Jacobs",
   ["BSM308"], "Plain e-mail address.")
_m("reply", "text", "Re: foto's van de schade ({o})",
   "Hallo Ruben,\n\nStuur de foto's van de schade aan je lamp (bestelling {o}) even naar service apenstaartje lichtpunt punt nl, dan bekijken we het meteen.\n\nGroet,\nLichtpunt",
   ["BSM308"], "Obfuscated e-mail address with 'apenstaartje' and 'punt'.")
_m("reply", "html", "Re: onderhoud van uw tafel ({o})",
   "<p>Beste mevrouw Koster,</p><p>Fijn dat de eettafel uit bestelling {o} goed is aangekomen. Hoe u het blad het best onderhoudt, leest u op <a href=\"https://www.meubelmakerij-schouten.nl/onderhoud\">onze pagina met onderhoudstips</a>.</p><p>Met vriendelijke groet,<br>Meubelmakerij Schouten</p>",
   ["BSM302"], "https link to the seller's own site, not needed for the order.")
_m("review-request", "html", "Bestelling {o}",
   "<p>Beste klant,</p><p>Wilt u uw ervaring met bestelling {o} delen? <a href=\"http://www.amazon.nl/review/review-your-purchases\">Schrijf een recensie op Amazon.nl</a>.</p><p>Met vriendelijke groet,<br>Kookwinkel Pan & Pollepel</p>",
   ["BSM301"], "http link to Amazon.")
_m("delivery-delay", "html", "Vertraging bestelling {o}",
   "<p>Beste Noah,</p><p>Je skateboard uit bestelling {o} wordt pas op 12 december verzonden.</p><p><img src=\"https://m.media-amazon.com/images/S/seller/skateboard-maple-deck-zwart.jpg\" alt=\"Skateboard maple deck zwart\" width=\"300\"></p><p>Groet,<br>Boardshop Rollers</p>",
   ["BSM310"], "Image of the purchased product.")
_m("delivery-delay", "html", "Nieuwe verzenddatum {o}",
   "<p>Beste mevrouw Groen,</p><p>Uw bestelling {o} wordt op 11 december verzonden in plaats van 8 december. Wij wensen u alvast fijne feestdagen.</p><p><img src=\"https://m.media-amazon.com/images/S/seller/kerstboom-sneeuw.jpg\" alt=\"Kerstboom in de sneeuw\" width=\"300\"></p><p>Met vriendelijke groet,<br>Kantoorartikelen Groen</p>",
   ["BSM311"], "Unrelated stock image (a Christmas tree).")
_m("additional-information", "html", "Vraag over bestelling {o}",
   "<p><img src=\"https://m.media-amazon.com/images/S/seller/naaiatelier-logo.png\" alt=\"\" width=\"140\"></p><p>Beste Anouk,</p><p>Voor de gordijnen uit bestelling {o} hebben wij nog de exacte hoogte van je raam nodig. Kun je die doorgeven?</p><p>Groet,<br>Naaiatelier Draad</p>",
   ["BSM402"], "Shop logo with empty alt.")
_m("delivery-scheduling", "text", "Bezorging bestelling {o}",
   "Hoi Sophie,\n\nJe wasmachine (bestelling {o}) bezorgen we graag op vrijdag 18 december tussen 10:00 en 14:00 uur. Past dat? \U0001F69A\n\nGroet,\nWitgoedcentrale",
   ["BSM403"], "Emoji in a delivery scheduling message.")
_m("reply", "text", "Re: kleur van de mok ({o})",
   "Hoi Femke,\n\nDe mok uit bestelling {o} is inderdaad mintgroen, niet blauw zoals op je scherm leek. Sorry voor de verwarring ;-)\n\nGroet,\nMokkenmakerij",
   ["BSM403"], "Emoticon ;-) in a reply.")
_m("delivery-delay", "html", "Vertraging - {o}",
   "<style>.a{font-size:22px}.b{font-size:16px}.c{font-size:13px}.d{font-size:11px}</style><p class=\"a\">Vertraging</p><p class=\"b\">Beste klant,</p><p class=\"c\">Uw bestelling {o} wordt op maandag 14 december verzonden.</p><p class=\"d\">Cadeauhuis Pakje</p><p>Met vriendelijke groet</p>",
   ["BSM410"], "Four font sizes in a <style> block besides the default.")
_m("delivery-delay", "text", "Bestelling {o}",
   "Beste heer Meijer,\n\nUw bestelling {o} wordt op woensdag 16 december verzonden, drie dagen later dan gepland.\n\n\n\nMet vriendelijke groet,\nElektrozaak Meijer",
   ["BSM412"], "Two blank lines in a row in plain text.")
_m("invoice", "text", "[Belangrijk] Factuur bestelling {o}",
   "Geachte klant,\n\nIn de bijlage vindt u de factuur voor bestelling {o} (factuurnummer 2026/1207).\n\nMet vriendelijke groet,\nAutoparts Brabant B.V.\nKvK 69012345",
   ["BSM110"], "[Belangrijk] tag on an invoice.")
_m("review-request", "html", "Bestelling {o}",
   "<p>Beste Iris,</p><p>Heb je even tijd om een recensie te schrijven over de sieradendoos uit bestelling {o}? <a href=\"https://www.amazon.nl/review/review-your-purchases\">Klik hier</a>.</p><p>Groet,<br>Atelier Glans</p>",
   ["BSM401"], "Non-descriptive link text 'Klik hier'.")

# ---------------- 2 that vary ----------------
_m("delivery-delay", "text", "Vertraging van je bestelling",
   "Hoi Tim,\n\nJe bestelling 50242318871126405 wordt helaas pas op 15 december verzonden in plaats van 9 december. Excuses!\n\nGroet,\nPuzzelwinkel Stukjes",
   ["BSM102"], "Order number written without hyphens only.")
_m("additional-information", "html", "Vraag over bestelling {o}",
   "<div style=\"font-family: Verdana, sans-serif; color: #444444; text-align: center\"><p>Beste mevrouw Brouwer,</p><p>Voor de bezorging van uw bestelling {o} missen wij het huisnummer in het adres. Kunt u dat aanvullen?</p><p>Met vriendelijke groet,<br>Tapijthandel Brouwer</p></div>",
   ["BSM407", "BSM409", "BSM411"], "Builder div setting font family, colour and centred text.")


def _oid(i):
    return "502-%07d-%07d" % (3100417 + i * 104729, 8800051 - i * 70001)


MESSAGES = []
for _i, (_t, _f, _s, _b, _e, _n, _l) in enumerate(_RAW, 1):
    _o = "502-4231887-1126405" if "BSM102" in _e else _oid(_i)
    MESSAGES.append({
        "id": "v7-nl-%03d" % _i, "language": "nl", "locale": _l, "type": _t,
        "format": _f, "subject": _s.replace("{o}", _o), "body": _b.replace("{o}", _o),
        "order_id": _o, "expected": _e, "note": _n,
    })
