"""v9 blind evaluation set, Dutch (nl-NL). Standard library only, fixed seed."""
import random

_rng = random.Random(40209)
_seen = set()
ORDERS = []
while len(ORDERS) < 50:
    o = "402-%07d-%07d" % (_rng.randint(1000000, 9999999), _rng.randint(1000000, 9999999))
    if o not in _seen:
        _seen.add(o)
        ORDERS.append(o)

MESSAGES = []


def _m(n, typ, fmt, subject, body, expected, note):
    oid = ORDERS[n - 1]
    MESSAGES.append({
        "id": "v9-nl-%03d" % n,
        "language": "nl",
        "locale": "nl-NL",
        "type": typ,
        "format": fmt,
        "subject": subject.replace("#ORD#", oid),
        "body": body.replace("#ORD#", oid).replace("#ORDRAW#", oid.replace("-", "")),
        "order_id": oid,
        "expected": sorted(expected),
        "note": note,
    })


# ---------------------------------------------------------------- clean (1-17)
_m(1, "delivery-delay", "text", "Levering bestelling #ORD# iets later",
   "Beste meneer Jansen,\n\n"
   "De eiken wandplank die je bij ons bestelde (bestelnummer #ORD#) komt helaas later dan op Amazon stond. "
   "Onze houtleverancier kon de planken pas deze week aanleveren, dus we zagen ze nu pas op maat.\n\n"
   "Nieuwe verwachte verzenddatum: donderdag 17 december. Bezorging volgt dan meestal binnen 1 à 2 werkdagen.\n\n"
   "Sorry voor het langere wachten.\n\n"
   "Groet,\nMaarten Kuipers\nHoutatelier De Krul",
   [], "Plain-text delivery delay with a new ship date.")

_m(2, "delivery-delay", "html", "Vertraging: uw bestelling #ORD#",
   "<p>Geachte mevrouw Bakker,</p>"
   "<p>Helaas loopt de levering van uw bestelling <strong>#ORD#</strong> vertraging op. "
   "Het dekbedovertrek in de kleur <em>zeegroen</em> wordt door de weverij opnieuw geproduceerd.</p>"
   "<table><tr><td>Oorspronkelijke levertijd</td><td>8 december 2026</td></tr>"
   "<tr><td>Nieuwe verwachte levertijd</td><td>21 december 2026</td></tr></table>"
   "<p>Onze excuses voor het ongemak. Zodra het pakket onderweg is, ontvangt u de gebruikelijke melding van Amazon.</p>"
   "<p>Met vriendelijke groet,<br>Femke Hoogland<br>Klantcontact, Linnenkast Amersfoort</p>",
   [], "Builder-style HTML delivery delay with a small table of dates, no styling attributes.")

_m(3, "order-problem", "text", "[Belangrijk] Artikel niet leverbaar – bestelling #ORD#",
   "Beste mevrouw El Amrani,\n\n"
   "Bij het inpakken bleek dat de laatste stenen vijzel (16 cm) die nog in ons systeem stond, een barst had. "
   "We kunnen uw bestelling #ORD# daarom niet uitvoeren.\n\n"
   "Het volledige bestelbedrag van € 34,50 is via Amazon aangepast met als reden 'niet op voorraad'. "
   "De terugbetaling verschijnt binnen enkele werkdagen op uw rekening.\n\n"
   "Het spijt ons zeer.\n\n"
   "Met vriendelijke groet,\nRuud Verhoeven\nKookwinkel Peper & Zout",
   [], "Order problem with [Belangrijk] in the subject and confirmation that the full amount was adjusted for no inventory.")

_m(4, "additional-information", "text", "Vraag over gravure – #ORD#",
   "Hallo Daan,\n\n"
   "Bedankt voor je bestelling van de houten snijplank met gravure (#ORD#). In het opmerkingenveld staat alleen 'Voor opa', "
   "maar de plank heeft ruimte voor twee regels. Mogen we alleen 'Voor opa' graveren, of wil je op de tweede regel nog een datum of naam?\n\n"
   "Laat het ons uiterlijk vrijdag 11 december weten, dan gaat de plank nog op tijd de graveermachine in.\n\n"
   "Groetjes,\nLotte van Dijk\nGraveerwerkplaats Lotte & Co",
   [], "Request for the engraving text needed to complete a personalised order.")

_m(5, "return-follow-up", "text", "Uw retourverzoek voor #ORD#",
   "Geachte heer Smits,\n\n"
   "U heeft een retour aangemeld voor de staande lamp 'Duin' omdat de kap een deuk heeft. "
   "Vervelend dat die zo is aangekomen.\n\n"
   "Als u de lamp verder goed vindt, bieden wij u graag een gedeeltelijke terugbetaling van € 25,00 aan en sturen we kosteloos een nieuwe kap. "
   "U hoeft dan niets terug te sturen. Geeft u de voorkeur aan een volledige retour, dan verwerken we die natuurlijk gewoon.\n\n"
   "Laat u ons weten wat u wilt?\n\n"
   "Vriendelijke groet,\nIngrid Mulder\nLichtstudio Noord",
   [], "Return follow-up offering a partial refund instead of a full return.")

_m(6, "return-follow-up", "text", "Retour #ORD#: welke maat?",
   "Beste Sophie,\n\n"
   "We zien je retouraanvraag voor de wandelschoenen (bestelling #ORD#). Je kiest voor 'omruilen', maar we weten nog niet welke maat je in de plaats wilt: 38 of 39? "
   "Zodra we dat weten, zetten we het nieuwe paar klaar en kunnen we de retour afronden.\n\n"
   "Sportieve groet,\nKoen Brouwer\nTrekkershop Veluwe",
   [], "Return follow-up asking for the information needed to complete an exchange.")

_m(7, "invoice", "text", "Factuur bij bestelling #ORD#",
   "Geachte heer/mevrouw,\n\n"
   "In de bijlage vindt u de factuur voor bestelling #ORD#.\n\n"
   "Factuurnummer: F/2026/00871\nFactuurdatum: 3 december 2026\n"
   "Bedrag excl. btw: € 123,97\nBtw 21%: € 26,03\nTotaal: € 150,00\n\n"
   "Heeft u de factuur op een andere bedrijfsnaam nodig, laat het ons dan weten via Berichten koper-verkoper.\n\n"
   "Met vriendelijke groet,\nAdministratie Kantoorhuis Veenstra\n\n"
   "Kantoorhuis Veenstra B.V. | Industrieweg 41 | 8444 AK Heerenveen\n"
   "KvK 71234588 | btw-nummer NL859204117B01 | IBAN NL12 RABO 0345 6789 01",
   [], "Invoice with a slashed invoice number, KvK, BTW number and IBAN that are no phone numbers.")

_m(8, "review-request", "text", "Hoe bevalt de koffiemolen? (#ORD#)",
   "Hoi Jeroen,\n\n"
   "Je handkoffiemolen is inmiddels een paar dagen bij je. We zijn benieuwd hoe je hem vindt: of hij nu prima maalt of juist tegenvalt, "
   "een eerlijke productrecensie op Amazon helpt andere koffieliefhebbers bij hun keuze.\n\n"
   "Je kunt een recensie achterlaten via 'Mijn bestellingen' bij bestelling #ORD#.\n\n"
   "Fijne dag,\nTim Hendriks\nBonenbar Zwolle",
   [], "Neutral plain-text review request with no condition and no reward.")

_m(9, "review-request", "html", "Uw mening over bestelling #ORD#",
   "<p><img src=\"https://cdn.tuinhuisgroen.nl/mail/logo-tuinhuis-groen.png\" alt=\"Logo Tuinhuis Groen\" width=\"160\" height=\"48\"></p>"
   "<p>Beste mevrouw De Graaf,</p>"
   "<p>Een paar weken geleden bestelde u bij ons de kweekbak van lariks (bestelling #ORD#). "
   "Wij horen graag wat u ervan vindt, positief of kritisch.</p>"
   "<p><a href=\"https://www.amazon.nl/review/create-review?asin=B0C7KX2P9Q\">Schrijf een recensie over de kweekbak op Amazon.nl</a></p>"
   "<p>Hartelijke groet,<br>Wouter Groen<br>Tuinhuis Groen</p>",
   [], "HTML review request with the shop logo (alt names the shop) and a descriptive https Amazon link.")

_m(10, "delivery-scheduling", "text", "Bezorgafspraak boxspring – bestelling #ORD#",
   "Beste familie Visser,\n\n"
   "Uw boxspring (2 pakketten, samen ruim 90 kg) wordt door onze eigen bezorgdienst geleverd en tot in de slaapkamer gebracht. "
   "We hebben de volgende tijdvakken beschikbaar:\n\n"
   "- maandag 14 december, 08:00–12:00 uur\n- maandag 14 december, 13:00–17:00 uur\n- woensdag 16 december, 08:00–12:00 uur\n\n"
   "Welk tijdvak past u het best? En is er een lift, of moeten we via de trap naar de tweede verdieping?\n\n"
   "Met vriendelijke groet,\nPlanning Slaapwereld Oss\nNadia Bos",
   [], "Scheduling delivery of a bulky item with dates and time slots.")

_m(11, "home-service-appointment", "text", "Afspraak montage wasmachine (#ORD#)",
   "Goedemiddag meneer Peters,\n\n"
   "U heeft bij uw wasmachine de installatieservice geboekt. Onze monteur Erik kan langskomen op:\n\n"
   "dinsdag 15 december tussen 09:00 en 11:00 uur, of\nvrijdag 18 december tussen 14:30 en 16:30 uur.\n\n"
   "Graag horen we welke datum u het beste uitkomt. Zorgt u ervoor dat de kraan en de afvoer vrij bereikbaar zijn? De installatie duurt ongeveer 45 minuten.\n\n"
   "Bestelnummer: #ORD#\n\n"
   "Met vriendelijke groet,\nServicedesk WitgoedDirect Twente",
   [], "Home-service appointment with two date and time options.")

_m(12, "custom-design-verification", "text", "Ontwerpproef voor uw naambordje – #ORD#",
   "Beste mevrouw Yilmaz,\n\n"
   "In de bijlage vindt u de ontwerpproef (PDF) van het leisteen naambordje: 'Fam. Yilmaz – Lindelaan 7', lettertype Garamond, gegraveerd in wit.\n\n"
   "Wilt u controleren of de spelling en de indeling kloppen? Als u akkoord geeft, gaat het bordje binnen twee werkdagen in productie. "
   "Wijzigingen kunt u gewoon in een antwoord op dit bericht doorgeven.\n\n"
   "Bestelling: #ORD#\n\n"
   "Met vriendelijke groet,\nAnouk Wiersma\nOntwerpstudio Leisteenwerk",
   [], "Custom design proof attached for the buyer's approval.")

_m(13, "fulfillment-question", "text", "Toegangscode nodig voor bezorging #ORD#",
   "Hallo meneer Dekker,\n\n"
   "Volgens de vervoerder kon het pakket met uw archiefkast (zendingreferentie 3SKVT0194728356, ons ordernummer VK-20417) "
   "gisteren niet worden afgeleverd, omdat de hoofdingang van uw kantoorpand een toegangscode heeft.\n\n"
   "Kunt u ons de deurcode doorgeven, of een andere ingang of afhaalplek noemen? Dan geven we dat door voor de nieuwe bezorgpoging.\n\n"
   "Bestelnummer Amazon: #ORD#\n\n"
   "Met vriendelijke groet,\nSaskia Prins\nKantoormeubel Centrale",
   [], "Door-code question with tracking and internal reference numbers that are no phone numbers.")

_m(14, "reply", "text", "Re: Vraag over 'Nordic Oak Floating Shelf – Set of 2'",
   "Hoi Marloes,\n\n"
   "Goede vraag! De 'Nordic Oak Floating Shelf – Set of 2' uit je bestelling #ORD# wordt geleverd met verborgen ophangbeugels en pluggen voor een stenen muur. "
   "Voor een gipsplaatwand heb je andere pluggen nodig, bijvoorbeeld hollewandpluggen uit de bouwmarkt.\n\n"
   "Elke plank draagt maximaal 12 kg als hij goed in een stenen muur zit.\n\n"
   "Groet,\nSven\nWoonwerk Haarlem",
   [], "Reply quoting an English product title inside Dutch sentences.")

_m(15, "reply", "text", "Re: Koffiezetapparaat lekt – #ORD#",
   "Beste mevrouw Kramer,\n\n"
   "Wat vervelend dat uw koffiezetapparaat lekt. Het apparaat valt nog ruim binnen de fabrieksgarantie van twee jaar. "
   "Voor een snelle afhandeling kunt u het beste rechtstreeks contact opnemen met de fabrikant.\n\n"
   "Garantielijn van de fabrikant (Brevora Benelux): 088 204 7710, op werkdagen van 09:00 tot 17:00 uur.\n\n"
   "Houd uw bestelnummer #ORD# bij de hand. Komt u er met de fabrikant niet uit, laat het ons dan weten.\n\n"
   "Met vriendelijke groet,\nHenk Schouten\nKeukenhuis Schouten",
   [], "Reply giving the manufacturer's warranty line, marked as such (BSM309 exception).")

_m(16, "reply", "html", "Re: Kan ik op rekening bestellen? (#ORD#)",
   "<p>Beste meneer Van Leeuwen,</p>"
   "<p>Via Amazon kunnen wij helaas geen betaling op rekening aanbieden; de betaling loopt altijd via uw Amazon-account. "
   "Wel kunnen we voor bestelling #ORD# een factuur op naam van uw bedrijf opmaken, met uw btw-nummer erop.</p>"
   "<p>Stuur ons de bedrijfsnaam en het btw-nummer via Berichten koper-verkoper, dan regelen we dat.</p>"
   "<p>Met vriendelijke groet,<br>Jasmijn Hermans<br>Binnendienst</p>"
   "<p><small>Drukkerij Hermans &amp; Zn. V.O.F. · Havenkade 9 · 1721 GK Broek op Langedijk<br>"
   "KvK 30187462 · btw-id NL001234567B88</small></p>",
   [], "Reply with a company-details footer in <small> carrying KvK and VAT id.")

_m(17, "reply", "text", "Re: Waar blijft mijn terugbetaling? – #ORD#",
   "Hallo Fleur,\n\n"
   "Je retourpakket (retournummer RT-88213, track & trace 3SRTN5521987460) is op maandag 30 november om 14:12 uur bij ons magazijn binnengekomen. "
   "We hebben het gecontroleerd en op dinsdag 1 december € 59,95 teruggestort via Amazon.\n\n"
   "Afhankelijk van je bank staat het bedrag binnen 3 tot 5 werkdagen op je rekening. Bestelnummer ter referentie: #ORD#.\n\n"
   "Groetjes,\nMila\nKlantenservice Kinderkamer Kees",
   [], "Reply with return and tracking numbers, dates, times and amounts.")

# ---------------------------------------------------------------- violations (18-48)
_m(18, "fulfillment-question", "text", "Je pakket is onderweg – #ORD#",
   "Hoi Bram,\n\n"
   "Goed nieuws: je fietstassen hebben vanochtend ons magazijn verlaten en liggen nu bij PostNL. "
   "Morgen of overmorgen staan ze bij je op de stoep.\n\n"
   "Bestelnummer: #ORD#\n\n"
   "Groeten,\nTeam Tweewieler Tilburg",
   ["BSM201"], "Shipping confirmation phrased as 'left our warehouse' and 'with the carrier'.")

_m(19, "additional-information", "text", "Bestelling #ORD# ontvangen",
   "Beste mevrouw Jacobs,\n\n"
   "Uw bestelling is in goede orde bij ons binnengekomen. Onze collega's in het magazijn zijn al begonnen met het klaarmaken ervan: "
   "de theeset wordt zorgvuldig in noppenfolie verpakt.\n\n"
   "Met vriendelijke groet,\nTheehuis Het Kopje",
   ["BSM201"], "Order-received confirmation: 'arrived with us and being prepared'.")

_m(20, "fulfillment-question", "text", "Bedankt! (#ORD#)",
   "Beste Noor,\n\n"
   "Ontzettend bedankt voor je aankoop bij Zeepziederij Zilt! We waarderen het enorm dat je voor een kleine, zelfstandige zaak kiest.\n\n"
   "Hartelijke groet,\nEsther",
   ["BSM202"], "Thanks-only message; the order number is no content.")

_m(21, "reply", "text", "Uw bestelling #ORD#",
   "Geachte heer Vos,\n\n"
   "Mocht er iets mis zijn met uw pakket of heeft u ergens een vraag over, dan staan wij altijd voor u klaar. "
   "Aarzel niet om ons een bericht te sturen.\n\n"
   "Met vriendelijke groet,\nKlantenservice Gereedschapshal Vos",
   ["BSM202"], "Only 'we are here if anything comes up', no other content.")

_m(22, "delivery-delay", "text", "Kleine vertraging bij #ORD#",
   "Beste Yara,\n\n"
   "Je yogamat wordt een paar dagen later verstuurd dan gepland: de nieuwe zending van de fabrikant komt op 14 december binnen. "
   "We verwachten hem op 15 december te verzenden.\n\n"
   "Excuses voor het wachten.\n\n"
   "Groet,\nIris – Studio Asana\n\n"
   "PS: tot eind december geven we 20% korting op ons hele assortiment in onze Amazon-winkel. Gebruik code ASANA20.",
   ["BSM203"], "Otherwise permitted delay notice with a P.S. promoting 20% off the whole range.")

_m(23, "review-request", "text", "Uw ervaring met bestelling #ORD#",
   "Beste meneer Claassen,\n\n"
   "Wij zouden het waarderen als u een recensie schrijft over de regenjas die u bij ons kocht, welke ervaring u ook heeft gehad.\n\n"
   "Trouwens: binnenkort lanceren wij onze nieuwe wintercollectie. Volg ons op Instagram en Facebook (zoek op 'Buitengoed Outdoor') "
   "en meld u aan voor onze nieuwsbrief, dan bent u als eerste op de hoogte.\n\n"
   "Met vriendelijke groet,\nBuitengoed Outdoor",
   ["BSM203"], "Neutral review request plus follow-us, newsletter and new collection promotion.")

_m(24, "review-request", "text", "Even iets vragen – #ORD#",
   "Hoi Thijs,\n\n"
   "Zou je een recensie willen schrijven over de bureaulamp die je bij ons kocht? Goed of slecht, alles mag.\n\n"
   "Als blijk van waardering sturen we je een klein cadeautje zodra je recensie op Amazon verschenen is. "
   "Stuur ons daarvoor even een screenshot.\n\n"
   "Groet,\nLampenlab Leiden",
   ["BSM204"], "A small token of appreciation once the review is published.")

_m(25, "review-request", "text", "Recensie voor bestelling #ORD#",
   "Beste mevrouw Willems,\n\n"
   "We hebben een voorstel: schrijf een recensie over de slowcooker, en zodra die online staat, betalen we u het volledige aankoopbedrag terug. "
   "Zo heeft u de slowcooker in feite gratis.\n\n"
   "Met vriendelijke groet,\nKeukenkrachten B.V.",
   ["BSM204"], "Full refund once the review is online.")

_m(26, "reply", "text", "Re: Kapotte karaf – #ORD#",
   "Beste meneer Hoekstra,\n\n"
   "Fijn dat de vervangende karaf heel is aangekomen en dat het probleem daarmee is opgelost.\n\n"
   "Nu alles in orde is: zou u uw recensie van één ster willen bijwerken, of hem eventueel helemaal weghalen? "
   "Die recensie weegt voor een klein bedrijf als het onze zwaar.\n\n"
   "Met vriendelijke groet,\nGlasblazerij Hoorn",
   ["BSM205"], "Asks to update or remove an existing one-star review.")

_m(27, "review-request", "text", "Tevreden over uw aankoop? (#ORD#)",
   "Beste mevrouw Sanders,\n\n"
   "Bent u blij met uw nieuwe fietsbel? Dan zouden we het fantastisch vinden als u dat in een recensie op Amazon laat weten.\n\n"
   "Bent u minder tevreden, schrijf dan liever geen recensie maar neem eerst contact met ons op, dan lossen we het samen op.\n\n"
   "Met vriendelijke groet,\nBelwerk Groningen",
   ["BSM206"], "Review only if satisfied; unhappy buyers steered to contact the seller instead.")

_m(28, "review-request", "text", "Uw recensie helpt ons – #ORD#",
   "Beste Rik,\n\n"
   "Mogen we je iets vragen? Als je een momentje hebt, laat dan een recensie achter over de tentharingen. "
   "Vijf sterren zouden ons als startende webwinkel enorm vooruithelpen.\n\n"
   "Groet,\nKampeerkist Drenthe",
   ["BSM206"], "Asks for a five-star rating.")

_m(29, "order-problem", "text", "Probleem met bestelling #ORD#",
   "Beste meneer Koster,\n\n"
   "De hanglamp 'Mara' uit uw bestelling kunnen we niet leveren: ons laatste exemplaar bleek beschadigd en er komt geen nieuwe voorraad meer. "
   "Het volledige bestelbedrag hebben we al via Amazon aangepast, met als reden 'niet op voorraad'.\n\n"
   "Omdat we de lamp niet meer op voorraad krijgen, gaat het het snelst als u de bestelling nu ook zelf annuleert via 'Mijn bestellingen'.\n\n"
   "Met vriendelijke groet,\nLichtpunt Deventer",
   ["BSM108"], "Adjustment confirmed, but the buyer is advised to cancel himself because stock ran out.")

_m(30, "order-problem", "text", "Niet op voorraad – #ORD#",
   "Beste mevrouw Smit,\n\n"
   "Helaas is de wollen plaid in de kleur oker uitverkocht en krijgen we hem dit jaar niet meer binnen.\n\n"
   "We zouden het op prijs stellen als u een annuleringsverzoek indient via uw Amazon-account, dan is het zo afgehandeld.\n\n"
   "Met vriendelijke groet,\nWolwinkel De Schapenvacht",
   ["BSM107", "BSM108"], "Asks for a cancellation request and does not confirm any adjustment.")

_m(31, "delivery-delay", "text", "Update levering #ORD#",
   "Beste heer Bosman,\n\n"
   "Uw hengelsteun wordt door een achterstand bij de fabrikant niet op 9 december maar op 16 december verzonden. Excuses daarvoor.\n\n"
   "Met vriendelijke groet,\nVisspeciaalzaak De Dobber\n\n"
   "Geen berichten meer van ons ontvangen? Antwoord STOP op dit bericht en we melden u af.",
   ["BSM305"], "Delay notice with a 'reply STOP to unsubscribe' instruction.")

_m(32, "delivery-delay", "text", "Vertraging #ORD#",
   "Hoi Jesse,\n\n"
   "Die kutvervoerder heeft je pakket met de skateboardwielen godverdomme voor de tweede keer kwijtgemaakt. "
   "We sturen morgen, 10 december, een nieuw setje op. Sorry voor het gedoe.\n\n"
   "Groet,\nDennis – Boardshop Rotterdam",
   ["BSM306"], "Dutch profanity about the carrier inside a delay notice.")

_m(33, "delivery-delay", "text", "Delivery update for order #ORD#",
   "Dear Mr de Boer,\n\n"
   "Unfortunately your garden bench will be dispatched a little later than expected. Our supplier now expects to deliver the timber on 15 December, "
   "and we plan to send your bench out on 18 December.\n\n"
   "We apologise for the inconvenience.\n\n"
   "Kind regards,\nTuinmeubel Totaal",
   ["BSM104"], "Message to a Dutch buyer written entirely in English.")

_m(34, "delivery-scheduling", "text", "Bezorgen van uw kast – #ORD#",
   "Beste mevrouw Van den Berg,\n\n"
   "Uw linnenkast wordt door twee bezorgers geleverd. Kunnen we op donderdag 17 december tussen 12:00 en 16:00 uur komen?\n\n"
   "Bel of app gerust even met onze planner op 06-41827365 als dat tijdstip niet past.\n\n"
   "Met vriendelijke groet,\nMeubelmakerij Oosterhout",
   ["BSM309"], "Seller's own mobile number in Dutch national format.")

_m(35, "reply", "text", "Re: Maat jas – #ORD#",
   "Hallo Lisa,\n\n"
   "De jas valt normaal op maat; wie tussen twee maten in zit, neemt meestal de grotere. "
   "Wil je het liever even persoonlijk bespreken, bel dan met onze winkel: +31 (0)20 624 1187.\n\n"
   "Groet,\nAnne – Jassenhuis Amsterdam",
   ["BSM309"], "Shop phone number in international format.")

_m(36, "return-follow-up", "text", "Retour #ORD# – foto nodig",
   "Beste meneer Meijer,\n\n"
   "Om uw retour van het beschadigde serviesgoed af te ronden hebben we een foto van de schade nodig. "
   "Stuurt u die naar klantenservice@serviesenzo.nl? Dan zetten we de retour direct door.\n\n"
   "Met vriendelijke groet,\nServies & Zo",
   ["BSM308"], "Return follow-up asking for a photo by e-mail with a plain address.")

_m(37, "additional-information", "text", "Uw adres bij #ORD#",
   "Beste mevrouw Dijkstra,\n\n"
   "Bij uw bestelling ontbreekt het huisnummer in het bezorgadres. Kunt u het aanvullen? "
   "Het mag ook per mail naar bestellingen apenstaartje bloemenbinder punt nl.\n\n"
   "Met vriendelijke groet,\nBloemenbinder Lisse",
   ["BSM308"], "Obfuscated e-mail address using 'apenstaartje' and 'punt'.")

_m(38, "reply", "html", "Re: Onderhoud teakhouten tafel – #ORD#",
   "<p>Beste meneer Wouters,</p>"
   "<p>Teak kunt u het beste twee keer per jaar reinigen met lauw water en een zachte borstel en daarna laten drogen. "
   "Olie is niet nodig; het hout vergrijst dan op een natuurlijke manier.</p>"
   "<p>Alle stappen met foto's staan in de <a href=\"https://www.teakhuisbrabant.nl/onderhoud/teak-reinigen\">onderhoudsgids voor teak op onze website</a>.</p>"
   "<p>Met vriendelijke groet,<br>Teakhuis Brabant</p>",
   ["BSM302"], "Descriptive https link to the seller's own website, not needed for the order.")

_m(39, "fulfillment-question", "html", "Bezorgadres controleren – #ORD#",
   "<p>Beste mevrouw Hendriks,</p>"
   "<p>De vervoerder meldt dat uw postcode niet bij het huisnummer past. Wilt u het adres in uw bestelling controleren?</p>"
   "<p><a href=\"http://www.amazon.nl/gp/your-account/order-history\">Uw bestellingen bekijken op Amazon.nl</a></p>"
   "<p>Met vriendelijke groet,<br>Drukwerkplaats Delft</p>",
   ["BSM301"], "Descriptive link to Amazon over plain http.")

_m(40, "delivery-delay", "html", "Vertraging bestelling #ORD#",
   "<p>Beste Evi,</p>"
   "<p>Je rugzak 'Trail 28L' in het blauw wordt twee dagen later verzonden, op vrijdag 11 december.</p>"
   "<p><img src=\"https://cdn.rugzakwereld.nl/producten/trail-28l-blauw.jpg\" alt=\"Rugzak Trail 28L blauw\" width=\"240\" height=\"240\"></p>"
   "<p>Sorry voor het wachten!</p>"
   "<p>Groet,<br>Rugzakwereld</p>",
   ["BSM310"], "Photo of the purchased product in the message.")

_m(41, "delivery-scheduling", "html", "Leverdatum trampoline – #ORD#",
   "<p>Beste familie Kok,</p>"
   "<p>Uw trampoline komt in drie dozen. Past woensdag 16 december tussen 08:00 en 13:00 uur?</p>"
   "<p><img src=\"https://cdn.speeltuinshop.nl/mail/zonnig-strand-palmbomen.jpg\" alt=\"Zonnig strand met palmbomen\" width=\"300\" height=\"200\"></p>"
   "<p>Met vriendelijke groet,<br>Speeltuinshop Nederland</p>",
   ["BSM311"], "Stock beach image unrelated to the shop.")

_m(42, "invoice", "html", "Factuur #ORD#",
   "<p><img src=\"https://cdn.pennenpaleis.nl/logo-pennenpaleis.png\" width=\"150\" height=\"45\"></p>"
   "<p>Geachte klant,</p>"
   "<p>Bijgevoegd vindt u de factuur (nummer 2026/PP/0391) voor uw vulpen.</p>"
   "<p>Met vriendelijke groet,<br>Pennenpaleis Utrecht</p>",
   ["BSM402"], "Shop logo without an alt attribute.")

_m(43, "delivery-delay", "text", "Nog even geduld – #ORD#",
   "Hoi Sam,\n\n"
   "Je puzzel van 1000 stukjes wordt maandag 14 december verzonden in plaats van vandaag. De drukker was een paar dagen te laat 😕\n\n"
   "Groetjes,\nPuzzelpaleis 🧩",
   ["BSM403"], "Emoji in a delay notice.")

_m(44, "additional-information", "text", "Welke kleur? (#ORD#)",
   "Hoi Emma,\n\n"
   "Je hebt de fleecedeken besteld, maar bij de kleur staat 'verrassing'. Zullen we gewoon de mosgroene sturen, of heb je liever lichtgrijs? ;-)\n\n"
   "Groetjes,\nDekenfabriek Tilburg",
   ["BSM403"], "Emoticon ';-)' in an information request.")

_m(45, "delivery-delay", "html", "Levering #ORD# uitgesteld",
   "<style>h1{font-size:26px} h2{font-size:19px} .tekst{font-size:15px} .klein{font-size:11px}</style>"
   "<h1>Vertraging</h1><h2>Bestelling #ORD#</h2>"
   "<p class=\"tekst\">Uw tuinslang wordt op 15 december verzonden in plaats van op 10 december.</p>"
   "<p>Onze excuses.</p>"
   "<p class=\"klein\">Tuincentrum Het Hofje</p>",
   ["BSM410"], "Four explicit font sizes in a style block besides the default.")

_m(46, "delivery-delay", "text", "Vertraging #ORD#",
   "Beste meneer Timmermans,\n\n"
   "De wijnrekken worden pas op dinsdag 15 december verzonden.\n\n\n"
   "Onze excuses voor het ongemak.\n\n\n\n"
   "Met vriendelijke groet,\nWijnkelder Maastricht",
   ["BSM412"], "Runs of two and three blank lines in plain text.")

_m(47, "review-request", "text", "[Belangrijk] Uw mening over #ORD#",
   "Beste mevrouw Lammers,\n\n"
   "Wilt u een recensie schrijven over de kinderstoel die u bij ons kocht? Uw eerlijke oordeel helpt andere ouders bij hun keuze.\n\n"
   "Met vriendelijke groet,\nKindermeubel Kampen",
   ["BSM110"], "[Belangrijk] on a review request, which is not critical.")

_m(48, "review-request", "html", "Recensie over bestelling #ORD#",
   "<p>Beste meneer Peeters,</p>"
   "<p>We horen graag wat u van de buitenlamp vindt. Een recensie schrijven? "
   "<a href=\"https://www.amazon.nl/review/create-review?asin=B0D1LM7Q3R\">Klik hier</a>.</p>"
   "<p>Met vriendelijke groet,<br>Buitenlicht Breda</p>",
   ["BSM401"], "Link text 'Klik hier' that does not say where it goes.")

# ---------------------------------------------------------------- varying (49-50)
_m(49, "delivery-delay", "html", "Vertraging – #ORD#",
   "<div style=\"font-family:Verdana, Arial, sans-serif; line-height:1.7; color:#4a4a4a; text-align:center\">"
   "<p>Beste mevrouw Vermeulen,</p>"
   "<p>Uw set keramische schalen wordt op woensdag 16 december verzonden, een week later dan gepland. Onze excuses hiervoor.</p>"
   "<p>Met vriendelijke groet,<br>Keramiekatelier Klei</p></div>",
   ["BSM407", "BSM408", "BSM409", "BSM411"], "Builder wrapper setting font family, line height, colour and centred text.")

_m(50, "additional-information", "html", "Vraag over uw bestelling #ORD#",
   "<p>Beste meneer Aydın,</p>"
   "<p>Voor de verzending van de accuboormachine naar uw bedrijfsadres hebben we de naam van de afdeling of een contactpersoon nodig. Wilt u die doorgeven?</p>"
   "<p>Met vriendelijke groet,<br>Gereedschap Gigant</p>"
   "<img src=\"https://open.mailkompas.nl/o.gif?uid=8812734&amp;cmp=nl-1209\" width=\"1\" height=\"1\" alt=\"\">",
   ["BSM307", "BSM402"], "1x1 tracking pixel with empty alt.")
