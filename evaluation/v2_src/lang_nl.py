"""Blind evaluation set v2, Dutch (nl-NL, a few nl-BE). Standard library only."""
from textwrap import dedent


def t(s):
    return dedent(s).strip("\n")


def m(n, locale, typ, fmt, subject, body, order_id, expected, note):
    return {
        "id": "v2-nl-%03d" % n,
        "language": "nl",
        "locale": locale,
        "type": typ,
        "format": fmt,
        "subject": subject,
        "body": t(body),
        "order_id": order_id,
        "expected": sorted(expected),
        "note": note,
    }


MESSAGES = [
    # ---------------------------------------------------------------- clean
    m(1, "nl-NL", "delivery-delay", "text",
      "Uw bestelling 403-5518270-4419362 wordt later verzonden",
      """
      Beste mevrouw De Wit,

      Helaas moeten we u laten weten dat de terrasoverkapping die u bij ons bestelde later wordt verzonden dan op Amazon stond aangegeven. Onze leverancier heeft de aluminium staanders pas in week 51 binnen.

      Naar verwachting gaat uw bestelling 403-5518270-4419362 op donderdag 17 december de deur uit. Zodra we een nieuwe datum hebben, hoort u het van ons.

      Onze excuses voor het ongemak.

      Met vriendelijke groet,
      Ruud Verhoef
      Klantenservice Tuinhuys
      """,
      "403-5518270-4419362", [],
      "Plain-text delivery delay with a new ship date, no confirmation of shipment."),

    m(2, "nl-NL", "delivery-delay", "html",
      "Vertraging bij bestelling 171-2046638-9902157",
      """
      <p>Hallo Sanne,</p>
      <p>Je bestelling <strong>171-2046638-9902157</strong> (2x keramische schenkkan, zandkleur) loopt wat vertraging op. De oven in ons atelier is vorige week uitgevallen en de nieuwe glazuurbatch is pas maandag klaar.</p>
      <ul>
      <li>Oorspronkelijke verzenddatum: 4 december 2026</li>
      <li>Nieuwe verwachte verzenddatum: 11 december 2026</li>
      </ul>
      <p>Het spijt ons dat je langer moet wachten. Zodra de kannen uit de oven komen, controleren we ze nog één voor één.</p>
      <p>Hartelijke groet,<br>Lotte Brouwer<br>Keramiekstudio Noord</p>
      <p><small>Keramiekstudio Noord, Oosterhamrikkade 88, 9714 BM Groningen</small></p>
      """,
      "171-2046638-9902157", [],
      "Builder HTML delivery delay with list and small footer, no styling."),

    m(3, "nl-NL", "order-problem", "text",
      "[Belangrijk] Probleem met uw bestelling 402-7781934-0265518",
      """
      Geachte heer Jansen,

      Tot onze spijt kunnen wij de Bosch accuboormachine uit bestelling 402-7781934-0265518 niet leveren: bij de laatste voorraadtelling bleek het laatste exemplaar beschadigd.

      Wij hebben het bestelbedrag van € 129,00 inmiddels volledig aangepast in Seller Central, met als reden dat het artikel niet op voorraad is. U ziet de terugbetaling binnen enkele werkdagen op uw rekening of creditcard terug.

      Onze oprechte excuses hiervoor.

      Met vriendelijke groet,

      Hanneke Smit
      Gereedschapshandel Smit & Zn.
      """,
      "402-7781934-0265518", [],
      "Order problem with the adjustment confirmed and [Belangrijk] tag, which this critical type may carry."),

    m(4, "nl-BE", "additional-information", "text",
      "Vraag over de gravure bij bestelling 405-3318842-6671093",
      """
      Dag meneer Peeters,

      Bedankt voor uw bestelling 405-3318842-6671093 van de houten snijplank met gravure. In het personalisatieveld hebt u "Familie Peeters - sinds 1998" ingevuld, maar de regel is net te lang voor de gekozen plank van 30 cm.

      Mogen wij de tekst over twee regels verdelen, of hebt u liever een kortere tekst? Zodra we uw antwoord hebben, gaat de plank in productie.

      Met vriendelijke groeten,
      Jolien Maes
      Houtatelier Maes, Gent
      """,
      "405-3318842-6671093", [],
      "Belgian Dutch request for information needed to complete a personalised order."),

    m(5, "nl-NL", "return-follow-up", "text",
      "Uw retour van bestelling 408-1193075-5540286",
      """
      Beste Mark,

      We hebben je retourverzoek voor de fietsdrager (bestelling 408-1193075-5540286) gezien. Je geeft aan dat er een kras op de draagarm zit, maar dat de drager verder goed werkt.

      In plaats van een retourzending kunnen we je een gedeeltelijke terugbetaling van € 35,00 aanbieden; dan houd je de drager gewoon. Laat je weten of je daarmee akkoord gaat? Anders sturen we je het retourlabel.

      Groet,
      Pieter Vos
      Fietsonderdelen Brabant
      """,
      "408-1193075-5540286", [],
      "Return follow-up offering a partial refund."),

    m(6, "nl-NL", "return-follow-up", "text",
      "Retour 402-6650918-3327741 - nog één vraag",
      """
      Goedemiddag mevrouw Bakker,

      Uw retourpakket met de staande lamp is vanochtend bij ons aangekomen. Op de doos stond geen retournummer en in het pakket zat alleen de voet van de lamp, niet de kap.

      Kunt u ons laten weten of de kap apart is verzonden, en zo ja met welk track-and-tracenummer? Dan kunnen we de retour van bestelling 402-6650918-3327741 afronden.

      Met vriendelijke groet,
      Daan Mulder
      Lampenlab
      """,
      "402-6650918-3327741", [],
      "Return follow-up asking for information needed to complete the return."),

    m(7, "nl-NL", "invoice", "text",
      "Factuur 2026/NL/01482 bij bestelling 404-8820316-1174529",
      """
      Geachte heer Hendriks,

      Zoals gevraagd sturen wij u de factuur voor bestelling 404-8820316-1174529 als pdf-bijlage mee.

      Factuurnummer: 2026/NL/01482
      Factuurdatum: 3 december 2026
      Totaal: € 482,79 (waarvan 21% btw € 83,79)

      De factuur staat op naam van Hendriks Installatietechniek, met het btw-nummer dat u bij uw bestelling hebt opgegeven.

      Met vriendelijke groet,

      Administratie
      Kantoorvak Online B.V.
      Stationsplein 5, 3811 BH Amersfoort
      KvK 74125836 | btw-id NL859912345B01
      """,
      "404-8820316-1174529", [],
      "Invoice with slashed invoice number, KvK and BTW numbers that are not phone numbers."),

    m(8, "nl-NL", "review-request", "text",
      "Uw ervaring met bestelling 407-2231869-7750412",
      """
      Beste klant,

      Een week geleden is uw bestelling 407-2231869-7750412 bij u bezorgd. We zijn benieuwd hoe het u bevalt.

      Wilt u op Amazon een productrecensie schrijven of beoordelingen voor ons als verkoper achterlaten? Andere kopers hebben veel aan uw mening, wat die ook is.

      Met vriendelijke groet,
      Team De Kookwinkel Zwolle
      """,
      "407-2231869-7750412", [],
      "Neutral plain-text review request."),

    m(9, "nl-NL", "review-request", "html",
      "Hoe bevalt uw theepot? (bestelling 406-4419027-3385160)",
      """
      <p><img src="https://cdn.theehuisjedelft.nl/mail/theehuisje-delft-logo.png" alt="Logo Theehuisje Delft" width="160" height="48"></p>
      <p>Beste meneer Van Dijk,</p>
      <p>Sinds kort staat de gietijzeren theepot uit bestelling 406-4419027-3385160 bij u in de keuken. Wij horen graag wat u ervan vindt.</p>
      <p>U kunt uw ervaring delen via <a href="https://www.amazon.nl/review/create-review?asin=B0C7KT2QX9">de recensiepagina van dit product op Amazon.nl</a>.</p>
      <p>Vriendelijke groet,<br>Femke Kuipers<br>Theehuisje Delft</p>
      """,
      "406-4419027-3385160", [],
      "HTML review request with shop logo (alt names the shop) and descriptive https Amazon link."),

    m(10, "nl-NL", "delivery-scheduling", "text",
      "Bezorgafspraak voor uw loungeset - bestelling 402-9907452-6618034",
      """
      Beste familie Visser,

      Uw loungeset (bestelling 402-9907452-6618034, 4 colli, samen ca. 96 kg) wordt met een eigen bezorgbus geleverd. Daarvoor plannen we graag een afspraak met u.

      Wij kunnen op de volgende momenten bij u in Apeldoorn zijn:
      - dinsdag 15 december, tussen 08:00 en 12:00 uur
      - woensdag 16 december, tussen 13:00 en 17:00 uur
      - zaterdag 19 december, tussen 09:00 en 13:00 uur

      Welk tijdvak komt u het beste uit? De chauffeur belt aan en zet de dozen op de begane grond neer.

      Met vriendelijke groet,
      Planning Tuinhuys
      """,
      "402-9907452-6618034", [],
      "Delivery scheduling for a bulky item with dates and time slots."),

    m(11, "nl-BE", "home-service-appointment", "html",
      "Afspraak plaatsing wasmachine - bestelling 403-0067219-8843576",
      """
      <p>Goeiedag mevrouw Claes,</p>
      <p>Voor de plaatsing en aansluiting van uw wasmachine (bestelling 403-0067219-8843576) stellen wij de volgende momenten voor:</p>
      <ul>
      <li>maandag 14/12/2026 van 8u tot 12u</li>
      <li>donderdag 17/12/2026 van 13u tot 17u</li>
      </ul>
      <p>Wilt u laten weten welk moment u past? Zorg er ook voor dat de kraan en de afvoer vrij bereikbaar zijn. De technicus neemt uw oude toestel op verzoek mee.</p>
      <p>Met vriendelijke groeten,<br>Wim Janssens<br>Elektro Janssens BV</p>
      <p><small>Elektro Janssens BV, Kortrijksesteenweg 211, 9000 Gent, ondernemingsnummer 0712.345.678</small></p>
      """,
      "403-0067219-8843576", [],
      "Belgian home-service appointment with dd/mm dates, 8u-12u slots and an enterprise number."),

    m(12, "nl-NL", "custom-design-verification", "text",
      "Drukproef voor uw geboortebord - bestelling 404-7720681-2295043",
      """
      Hallo Joris en Eva,

      Gefeliciteerd met de kleine Mees! In de bijlage vinden jullie de drukproef van het geboortebord uit bestelling 404-7720681-2295043.

      Willen jullie goed controleren:
      - de naam: Mees Willem de Groot
      - de datum: 28 november 2026, 04:12 uur
      - gewicht en lengte: 3480 gram, 51 cm

      Klopt alles, dan is een kort "akkoord" voldoende en gaat het bord morgen naar de graveur. Wijzigingen passen we graag nog aan.

      Groetjes,
      Ilse
      Studio Naamplaatje
      """,
      "404-7720681-2295043", [],
      "Design proof verification with names, dates, times and measurements."),

    m(13, "nl-NL", "fulfillment-question", "text",
      "Toegangscode nodig voor bezorging 408-3385012-9960471",
      """
      Beste heer Koster,

      Uw bestelling 408-3385012-9960471 wordt door onze eigen koerier afgeleverd. Op het adres Wibautstraat 131-3, Amsterdam, zit volgens onze chauffeur een afgesloten portiek met een codeslot.

      Kunt u ons de toegangscode doorgeven, of laten weten bij welke buren (huisnummer) we het pakket mogen afgeven? Onze referentie voor deze rit is RT-2026-1208/07.

      Met vriendelijke groet,
      Bezorgteam Kantoorvak Online
      """,
      "408-3385012-9960471", [],
      "Door-code question with house number and reference number, no phone number."),

    m(14, "nl-NL", "reply", "text",
      "Re: Vraag over 'Cast Iron Skillet 26 cm' (bestelling 402-1158843-5527390)",
      """
      Beste Noor,

      Dank voor uw vraag. De "Lodge Cast Iron Skillet 26 cm - Pre-Seasoned" is geschikt voor inductie, gas, keramisch en de oven. U hoeft de pan voor het eerste gebruik alleen af te wassen en goed af te drogen.

      Gebruik liever geen vaatwasser: daarmee verdwijnt de beschermlaag. Na het afwassen even dun insmeren met wat olie is genoeg.

      Met vriendelijke groet,
      Thijs
      De Kookwinkel Zwolle
      """,
      "402-1158843-5527390", [],
      "Reply quoting an English product title inside Dutch sentences."),

    m(15, "nl-NL", "reply", "text",
      "Re: Garantie op mijn koffiemachine (402-4476190-0038125)",
      """
      Beste mevrouw Hoekstra,

      Wat vervelend dat uw espressomachine na vier maanden lekt. Op dit apparaat zit twee jaar fabrieksgarantie van Brevano, die de reparatie rechtstreeks afhandelt.

      Garantielijn van de fabrikant (Brevano Benelux): 020 262 2041, op werkdagen van 09:00 tot 17:30 uur. Houd uw bestelnummer 402-4476190-0038125 en het serienummer op de onderkant van de machine bij de hand.

      Komt u er met de fabrikant niet uit, laat het ons dan weten via Amazon.

      Met vriendelijke groet,
      Bas Willems
      Espressohuis Willems
      """,
      "402-4476190-0038125", [],
      "Reply giving the manufacturer's warranty line, marked as such (BSM309 exception)."),

    m(16, "nl-NL", "reply", "html",
      "Re: Afhalen bestelling 407-8823016-4410953",
      """
      <p>Beste heer Bos,</p>
      <p>Afhalen in onze winkel is helaas niet mogelijk voor Amazon-bestellingen; uw bestelling 407-8823016-4410953 wordt via Amazon bij u thuis bezorgd.</p>
      <p>Hebt u nog andere vragen, dan kunt u ons gewoon via dit berichtenkanaal bereiken.</p>
      <p>Met vriendelijke groet,<br>Marieke Dekker<br>Binnendienst</p>
      <p><small>Wooncentrum Dekker B.V. &middot; Industrieweg 42, 7442 CJ Nijverdal &middot; KvK 08123456 &middot; btw NL001234567B02</small></p>
      """,
      "407-8823016-4410953", [],
      "Reply with a company-details footer (KvK, BTW, address), nothing a phone number."),

    m(17, "nl-NL", "reply", "text",
      "Re: Waar blijft mijn terugbetaling? 405-9902231-6677014",
      """
      Beste Kim,

      Uw retour is op vrijdag 4 december om 14:37 uur bij ons magazijn in Tilburg afgeleverd (PostNL-zending 3SKVB0045872911, retournummer R-88214).

      Wij hebben de terugbetaling van € 64,50 op maandag 7 december verwerkt. Afhankelijk van uw bank staat het bedrag binnen 3 tot 5 werkdagen op uw rekening.

      Met vriendelijke groet,
      Klantenservice Fietsonderdelen Brabant
      Bestelling 405-9902231-6677014
      """,
      "405-9902231-6677014", [],
      "Reply with tracking and return numbers, dates, times and amounts."),

    # ----------------------------------------------------------- violations
    m(18, "nl-NL", "fulfillment-question", "text",
      "Uw pakket is onderweg - 403-6612875-2208934",
      """
      Beste Lisa,

      Goed nieuws: uw bestelling 403-6612875-2208934 heeft vanochtend ons magazijn verlaten en is aan DHL meegegeven. U kunt het pakket morgen tussen 10:00 en 14:00 uur verwachten.

      Met vriendelijke groet,
      Team Lampenlab
      """,
      "403-6612875-2208934", ["BSM201"],
      "Shipping confirmation: the parcel left the warehouse and was handed to the carrier."),

    m(19, "nl-NL", "fulfillment-question", "html",
      "We gaan voor u aan de slag! (408-5547712-1132096)",
      """
      <p>Hallo meneer De Jong,</p>
      <p>Uw bestelling 408-5547712-1132096 is goed bij ons binnengekomen. Onze collega's in het magazijn zijn al bezig met inpakken, zodat alles netjes en veilig bij u aankomt.</p>
      <p>Met vriendelijke groet,<br>Gereedschapshandel Smit &amp; Zn.</p>
      """,
      "408-5547712-1132096", ["BSM201"],
      "Order confirmation paraphrased: order received and being packed."),

    m(20, "nl-NL", "fulfillment-question", "text",
      "Bedankt! Bestelling 402-3340976-8891205",
      """
      Lieve Marloes,

      Heel erg bedankt voor je bestelling 402-3340976-8891205 bij Keramiekstudio Noord. We waarderen het enorm dat je voor een klein atelier kiest!

      Hartelijke groet,
      Lotte
      """,
      "402-3340976-8891205", ["BSM202"],
      "Thanks-only message."),

    m(21, "nl-NL", "fulfillment-question", "text",
      "Bestelling 406-8875134-0029361",
      """
      Beste heer Van Leeuwen,

      Mocht er iets niet in orde zijn met uw bestelling 406-8875134-0029361, dan staan wij voor u klaar. Laat het ons gerust weten.

      Met vriendelijke groet,
      Espressohuis Willems
      """,
      "406-8875134-0029361", ["BSM202"],
      "Only an offer to help if something comes up."),

    m(22, "nl-NL", "delivery-delay", "text",
      "Nieuwe verzenddatum voor bestelling 407-1109853-3364418",
      """
      Beste mevrouw Meijer,

      Door de drukte rond Sinterklaas worden de kerstballen uit uw bestelling 407-1109853-3364418 niet op 7 december maar op 10 december verzonden. Excuses voor het wachten.

      Met vriendelijke groet,
      Team Feestwinkel Hoorn

      PS: Tot en met zondag krijgt u 20% korting op ons hele assortiment met de code KERST20.
      """,
      "407-1109853-3364418", ["BSM203"],
      "Permitted delay message with a P.S. promoting 20% off the whole range."),

    m(23, "nl-NL", "reply", "text",
      "Re: Maat van de regenjas (bestelling 404-5530218-7716093)",
      """
      Hoi Sven,

      De regenjas valt normaal op maat; bij een borstomvang van 104 cm raden we maat L aan.

      Tip: volg ons op Instagram en schrijf je in voor onze nieuwsbrief, dan ben je als eerste op de hoogte van de nieuwe wintercollectie die volgende week online komt.

      Groet,
      Buitenkleding Veluwe
      """,
      "404-5530218-7716093", ["BSM203"],
      "Reply that invites to follow the shop, subscribe to the newsletter and see the new collection."),

    m(24, "nl-NL", "review-request", "text",
      "Uw mening over bestelling 402-8861327-4450982",
      """
      Beste klant,

      Wij hopen dat u tevreden bent met uw nieuwe beddengoed uit bestelling 402-8861327-4450982. Wilt u een recensie op Amazon schrijven?

      Als blijk van waardering sturen wij u een kleine attentie toe zodra uw recensie zichtbaar is. Stuur ons gerust even een bericht wanneer hij online staat.

      Met vriendelijke groet,
      Slaapgoed Haarlem
      """,
      "402-8861327-4450982", ["BSM204"],
      "A small token of appreciation once the review is published."),

    m(25, "nl-BE", "review-request", "text",
      "Recensie en terugbetaling - bestelling 405-2276490-1183657",
      """
      Dag Tom,

      Fijn dat de bureaulamp goed is aangekomen (bestelling 405-2276490-1183657). Schrijf je een recensie op Amazon? Van zodra die online staat, storten wij het volledige aankoopbedrag van € 39,99 terug. Je houdt de lamp natuurlijk.

      Groeten,
      Lampenlab
      """,
      "405-2276490-1183657", ["BSM204"],
      "Full refund once the review is online."),

    m(26, "nl-NL", "reply", "text",
      "Re: Ontbrekend onderdeel (bestelling 403-4408179-9956320)",
      """
      Beste heer Kok,

      Fijn om te lezen dat het nagestuurde scharnier past en dat de kast nu stevig staat.

      Nu het probleem is opgelost, zou u uw recensie van één ster willen herzien of verwijderen? Dat zou voor ons als kleine winkel veel betekenen.

      Met vriendelijke groet,
      Meubelmakerij Kok
      """,
      "403-4408179-9956320", ["BSM205"],
      "Asks to revise or remove a one-star review (the refund is for the problem, not the review)."),

    m(27, "nl-NL", "review-request", "html",
      "Tevreden met uw aankoop? Bestelling 408-6638821-0074519",
      """
      <p>Beste klant,</p>
      <p>Bent u blij met uw nieuwe thermoskan uit bestelling 408-6638821-0074519? Dan zouden we het fijn vinden als u dat in een recensie op Amazon vertelt.</p>
      <p>Is er iets niet naar wens? Schrijf dan geen recensie, maar neem eerst contact met ons op via Amazon, dan lossen we het samen op.</p>
      <p>Met vriendelijke groet,<br>De Kookwinkel Zwolle</p>
      """,
      "408-6638821-0074519", ["BSM206"],
      "Review only if satisfied; unhappy buyers are steered to contact the seller instead."),

    m(28, "nl-NL", "review-request", "text",
      "Eén minuutje van uw tijd? (407-9920465-3318806)",
      """
      Beste mevrouw Mulder,

      Uw bestelling 407-9920465-3318806 is vorige week bezorgd. Als kleine webwinkel zijn beoordelingen heel belangrijk voor ons. Wilt u ons vijf sterren geven op Amazon?

      Alvast hartelijk dank,
      Slaapgoed Haarlem
      """,
      "407-9920465-3318806", ["BSM206"],
      "Asks for a five-star rating."),

    m(29, "nl-NL", "order-problem", "text",
      "Artikel niet leverbaar - bestelling 404-1187593-6650241",
      """
      Beste heer Schouten,

      Helaas is de snoeischaar uit uw bestelling 404-1187593-6650241 uitverkocht en kunnen we hem niet leveren. Wij hebben het bestelbedrag van € 27,95 aangepast met als reden dat het artikel niet op voorraad is.

      Het snelst is het als u de bestelling daarna zelf nog even annuleert via Mijn bestellingen, dan is alles meteen afgerond.

      Met vriendelijke groet,
      Tuinhuys
      """,
      "404-1187593-6650241", ["BSM108"],
      "Amount adjusted, but the buyer is advised to cancel the order themselves."),

    m(30, "nl-NL", "order-problem", "text",
      "Over uw bestelling 402-7704382-5521968",
      """
      Beste mevrouw Van den Berg,

      Door een fout in onze voorraadadministratie hebben we de wandklok uit bestelling 402-7704382-5521968 niet meer op voorraad.

      We zouden het erg op prijs stellen als u een annuleringsverzoek indient via uw Amazon-account. Excuses voor de moeite!

      Met vriendelijke groet,
      Wooncentrum Dekker
      """,
      "402-7704382-5521968", ["BSM107", "BSM108"],
      "Out of stock: asks for a cancellation request and never confirms an amount adjustment."),

    m(31, "nl-NL", "delivery-delay", "text",
      "Kleine vertraging - bestelling 406-3359017-8824470",
      """
      Beste klant,

      Uw bestelling 406-3359017-8824470 wordt twee werkdagen later verzonden dan gepland, op woensdag 9 december.

      Met vriendelijke groet,
      Kantoorvak Online

      Wilt u geen berichten meer van ons ontvangen? Antwoord dan met STOP.
      """,
      "406-3359017-8824470", ["BSM305"],
      "Opt-out instruction: reply STOP."),

    m(32, "nl-NL", "reply", "text",
      "Re: Pakket nog steeds niet binnen (405-6621078-3397254)",
      """
      Beste Rik,

      Ik snap je frustratie. Die klotekoerier heeft je pakket godverdomme al drie keer verkeerd gescand. We hebben een onderzoek gestart onder bestelling 405-6621078-3397254 en laten je uiterlijk vrijdag weten wat eruit komt.

      Groet,
      Pieter
      Fietsonderdelen Brabant
      """,
      "405-6621078-3397254", ["BSM306"],
      "Dutch profanity in a reply."),

    m(33, "nl-NL", "delivery-delay", "text",
      "Delay on your order 403-2284619-0071538",
      """
      Dear customer,

      We are sorry to let you know that your order 403-2284619-0071538 will ship a few days later than expected, on 14 December. Our supplier is running behind on this item.

      Kind regards,
      Theehuisje Delft
      """,
      "403-2284619-0071538", ["BSM104"],
      "Message to a nl-NL buyer written entirely in English."),

    m(34, "nl-NL", "reply", "text",
      "Re: Montage van de kast (bestelling 407-4461290-5518837)",
      """
      Beste mevrouw Dijkstra,

      Het is lastig om de montage per bericht uit te leggen. Belt u ons gerust even op 030 241 1876 (ma-vr 9-17 uur), dan lopen we de stappen samen met u door.

      Met vriendelijke groet,
      Meubelmakerij Kok
      Bestelling 407-4461290-5518837
      """,
      "407-4461290-5518837", ["BSM309"],
      "Seller's own phone number in national format."),

    m(35, "nl-BE", "reply", "html",
      "Re: Leveringsadres wijzigen - 402-9015537-2264809",
      """
      <p>Dag mevrouw Willems,</p>
      <p>Het leveringsadres kunnen we voor bestelling 402-9015537-2264809 nog aanpassen zolang het pakket niet vertrokken is. Stuur ons het nieuwe adres via Amazon of app ons via WhatsApp op +32 478 12 34 56.</p>
      <p>Met vriendelijke groeten,<br>Houtatelier Maes</p>
      """,
      "402-9015537-2264809", ["BSM309"],
      "Seller's mobile number in international format (+32)."),

    m(36, "nl-NL", "reply", "text",
      "Re: Factuur op bedrijfsnaam (408-2217780-6630195)",
      """
      Beste heer Prins,

      Natuurlijk kunnen we de factuur voor bestelling 408-2217780-6630195 op uw bedrijfsnaam zetten. Mailt u de gegevens naar administratie@kantoorvak-online.nl? Dan passen we het vandaag nog aan.

      Met vriendelijke groet,
      Kantoorvak Online B.V.
      """,
      "408-2217780-6630195", ["BSM308"],
      "Plain e-mail address in a reply."),

    m(37, "nl-NL", "reply", "text",
      "Re: Foto's van de beschadiging (bestelling 404-6603318-1147752)",
      """
      Beste Anouk,

      Vervelend dat de schaal beschadigd is aangekomen. Kun je een paar foto's sturen naar info apenstaartje keramiekstudionoord punt nl? Dan regelen we direct een vervanging voor bestelling 404-6603318-1147752.

      Hartelijke groet,
      Lotte
      """,
      "404-6603318-1147752", ["BSM308"],
      "Obfuscated e-mail address written with 'apenstaartje' and 'punt'."),

    m(38, "nl-NL", "reply", "html",
      "Re: Onderhoud houten tuinbank (402-5572046-9918023)",
      """
      <p>Beste heer Kramer,</p>
      <p>Bedankt voor uw vraag over bestelling 402-5572046-9918023. Eikenhout hoeft u in het eerste jaar niet te behandelen; daarna kunt u het één keer per jaar met teakolie inwrijven.</p>
      <p>Meer antwoorden op veelgestelde vragen staan op <a href="https://www.tuinhuys.nl/klantenservice/veelgestelde-vragen">de FAQ-pagina van onze webwinkel</a>.</p>
      <p>Met vriendelijke groet,<br>Ruud Verhoef<br>Tuinhuys</p>
      """,
      "402-5572046-9918023", ["BSM302"],
      "https link with descriptive text to the seller's own site, not needed for the order."),

    m(39, "nl-NL", "reply", "html",
      "Re: Status retour 406-1178304-4425591",
      """
      <p>Beste mevrouw Hermans,</p>
      <p>De status van uw retour voor bestelling 406-1178304-4425591 kunt u zelf volgen in <a href="http://www.amazon.nl/gp/css/returns/homepage.html">het retourcentrum van Amazon.nl</a>.</p>
      <p>Met vriendelijke groet,<br>Slaapgoed Haarlem</p>
      """,
      "406-1178304-4425591", ["BSM301"],
      "Insecure http link to Amazon with descriptive text."),

    m(40, "nl-NL", "delivery-delay", "html",
      "Uw tuinbank wordt later geleverd (403-8832107-7705649)",
      """
      <p>Beste heer Smits,</p>
      <p>De eikenhouten tuinbank uit bestelling 403-8832107-7705649 wordt een week later verzonden, op 18 december, omdat de olieafwerking langer moet drogen.</p>
      <p>Zo ziet uw bank eruit zodra hij klaar is:</p>
      <p><img src="https://cdn.tuinhuys.nl/producten/tuinbank-eiken-180cm.jpg" alt="Tuinbank Eiken 180 cm, geolied" width="320"></p>
      <p>Met vriendelijke groet,<br>Tuinhuys</p>
      """,
      "403-8832107-7705649", ["BSM310"],
      "Photo of the purchased product (file name and alt name it)."),

    m(41, "nl-NL", "delivery-delay", "html",
      "Levering bestelling 405-4490631-2283317 iets later",
      """
      <p>Beste Emma,</p>
      <p>Je broodtrommel uit bestelling 405-4490631-2283317 wordt op 12 december verzonden in plaats van 9 december. Sorry voor het wachten!</p>
      <p><img src="https://cdn.dekookwinkelzwolle.nl/mail/stock-strand-zonsondergang.jpg" alt="Strand bij zonsondergang" width="400"></p>
      <p>Zonnige groet,<br>De Kookwinkel Zwolle</p>
      """,
      "405-4490631-2283317", ["BSM311"],
      "Unrelated stock image of a beach."),

    m(42, "nl-NL", "delivery-scheduling", "html",
      "Bezorgmoment kiezen - bestelling 408-9961274-3302658",
      """
      <p><img src="https://cdn.wooncentrumdekker.nl/mail/wooncentrum-dekker-logo.png" alt="" width="180"></p>
      <p>Beste mevrouw Koning,</p>
      <p>Uw hoekbank uit bestelling 408-9961274-3302658 wordt met twee man bezorgd. Past dinsdag 22 december tussen 08:00 en 13:00 uur, of donderdag 24 december tussen 12:00 en 17:00 uur?</p>
      <p>Met vriendelijke groet,<br>Wooncentrum Dekker</p>
      """,
      "408-9961274-3302658", ["BSM402"],
      "Shop logo with empty alt text."),

    m(43, "nl-NL", "reply", "text",
      "Re: Kleur van het dekbedovertrek (402-0038861-7746520)",
      """
      Hoi Julia,

      Het dekbedovertrek in "salie" is echt een zachte groentint, geen grijs. Je gaat het vast mooi vinden 😊 Bij bestelling 402-0038861-7746520 hoort ook een bijpassende kussensloop.

      Groetjes,
      Slaapgoed Haarlem
      """,
      "402-0038861-7746520", ["BSM403"],
      "Emoji in an otherwise harmless reply."),

    m(44, "nl-NL", "additional-information", "text",
      "Maatvraag bij bestelling 407-6652093-1190874",
      """
      Beste Daan,

      Voor de maatwerk-rolgordijnen uit bestelling 407-6652093-1190874 hebben we nog de exacte breedte van het kozijn nodig, gemeten in millimeters. Stuur je die even door? Dan kunnen we gaan zagen ;-)

      Groet,
      Raamdecor Twente
      """,
      "407-6652093-1190874", ["BSM403"],
      "Text emoticon ;-) in an otherwise permitted request."),

    m(45, "nl-NL", "delivery-delay", "html",
      "Vertraging bestelling 403-7719540-8861023",
      """
      <style>
      h1 { font-size: 26px; }
      h2 { font-size: 19px; }
      p { font-size: 15px; }
      .voet { font-size: 11px; }
      </style>
      <h1>Uw bestelling komt iets later</h1>
      <h2>Bestelling 403-7719540-8861023</h2>
      <p>De koffiemolen wordt niet op 8 maar op 11 december verzonden, omdat de nieuwe levering bij de importeur vertraging heeft.</p>
      <p class="voet">Espressohuis Willems, Lange Nieuwstraat 12, 3512 PH Utrecht</p>
      """,
      "403-7719540-8861023", ["BSM410"],
      "Four explicit font sizes in a <style> block besides the default."),

    m(46, "nl-NL", "additional-information", "text",
      "Gegevens voor de gravure (bestelling 406-5508127-4439906)",
      """
      Beste mevrouw Timmermans,

      Voor de gravure op het horloge uit bestelling 406-5508127-4439906 hebben we nog de tekst nodig die u wilt laten graveren (maximaal 20 tekens).


      Zodra we die hebben, gaat het horloge naar de graveur.


      Met vriendelijke groet,
      Juwelier Timmer
      """,
      "406-5508127-4439906", ["BSM412"],
      "Two blank lines in a row in plain text, twice."),

    m(47, "nl-NL", "review-request", "text",
      "[Belangrijk] Uw beoordeling voor bestelling 404-2290736-5573181",
      """
      Beste klant,

      Uw bestelling 404-2290736-5573181 is enkele dagen geleden bezorgd. Wilt u uw ervaring met het product en met ons als verkoper delen in een recensie op Amazon?

      Met vriendelijke groet,
      Buitenkleding Veluwe
      """,
      "404-2290736-5573181", ["BSM110"],
      "[Belangrijk] tag on a neutral review request."),

    m(48, "nl-NL", "return-follow-up", "html",
      "Retourlabel voor bestelling 408-7736215-0048839",
      """
      <p>Beste heer Verbeek,</p>
      <p>Voor uw retour van bestelling 408-7736215-0048839 hebben we nog de reden van retour nodig. U kunt die opgeven in het retourcentrum: klik <a href="https://www.amazon.nl/gp/css/returns/homepage.html">hier</a>.</p>
      <p>Met vriendelijke groet,<br>Gereedschapshandel Smit &amp; Zn.</p>
      """,
      "408-7736215-0048839", ["BSM401"],
      "Link text 'hier' does not say where the link goes."),

    # --------------------------------------------------------------- varied
    m(49, "nl-NL", "delivery-delay", "html",
      "Nieuwe leverdatum voor bestelling 405-1163390-7782045",
      """
      <div style="font-family: Arial, Helvetica, sans-serif; line-height: 1.6; color: #333333; text-align: center;">
      <p>Beste klant,</p>
      <p>Uw bestelling 405-1163390-7782045 wordt door een vertraging bij onze leverancier op maandag 14 december verzonden in plaats van vandaag.</p>
      <p>Onze excuses voor het ongemak.</p>
      <p>Team Zon &amp; Zo</p>
      </div>
      """,
      "405-1163390-7782045", ["BSM407", "BSM408", "BSM409", "BSM411"],
      "Builder wrapper setting font-family, line-height, colour and centred text."),

    m(50, "nl-NL", "additional-information", "text",
      "Vraag over uw bestelling",
      """
      Beste heer Dekker,

      Voor uw bestelling 40793318260045517 (stoffen naar maat) hebben we nog de gewenste lengte van de gordijnstof nodig. U had 2,5 meter opgegeven, maar de rol wordt per halve meter gesneden en de opmerking bij de bestelling noemt 2,75 meter. Welke lengte mogen we aanhouden?

      Met vriendelijke groet,
      Stoffenhuis Enschede
      """,
      "407-9331826-0045517", ["BSM102"],
      "Order number written without hyphens, so no valid order number (BSM102)."),
]
