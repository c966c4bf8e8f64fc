"""v34 evaluation messages, Dutch (nl)."""

_R = []


def _m(locale, typ, fmt, subject, body, order_id, expected, note):
    _R.append({
        "id": "v34-nl-%03d" % (len(_R) + 1),
        "language": "nl",
        "locale": locale,
        "type": typ,
        "format": fmt,
        "subject": subject,
        "body": body,
        "order_id": order_id,
        "expected": sorted(expected),
        "note": note,
    })


# 1 clean delivery delay, text
_m("nl-NL", "delivery-delay", "text",
   "Levering later dan gepland - bestelling 651-3304817-2290145",
   "Beste meneer Verhoeven,\n\nDe eikenhouten wandplank die u bij ons bestelde (bestelling 651-3304817-2290145) is nog niet klaar. Onze houtleverancier had vertraging met het drogen van de planken, waardoor we de plank pas op donderdag 17 december kunnen afwerken en versturen. Daarmee wordt de levering ongeveer een week later dan op de productpagina stond.\n\nOnze excuses dat het wat langer duurt; we doen ons best om de nieuwe datum te halen.\n\nMet vriendelijke groet,\nJoris Kamphuis\nHoutatelier Kamphuis, Deventer",
   "651-3304817-2290145", [], "Clean delivery delay in plain text with a new shipping date.")

# 2 clean delivery delay, html
_m("nl-NL", "delivery-delay", "html",
   "Uw bestelling 651-8812093-4471206: nieuwe verwachte leverdatum",
   "<p>Geachte mevrouw De Wit,</p>\n<p>Helaas loopt uw bestelling <strong>651-8812093-4471206</strong> (2x inktcartridge XL zwart) vertraging op. De fabrikant levert de nieuwe partij pas op <strong>maandag 21 december</strong> aan ons magazijn.</p>\n<table cellpadding=\"4\">\n<tr><td>Oorspronkelijke levertijd</td><td>1-2 werkdagen</td></tr>\n<tr><td>Nieuwe verwachte verzenddatum</td><td>22 december</td></tr>\n</table>\n<p>Onze excuses voor het ongemak.</p>\n<p>Met vriendelijke groet,<br>Klantenservice PrintPunt Benelux</p>",
   "651-8812093-4471206", [], "Clean HTML delivery delay with a small table of dates.")

# 3 clean order problem with [Belangrijk]
_m("nl-NL", "order-problem", "text",
   "[Belangrijk] Bestelling 651-5520417-9083362 kan niet worden geleverd",
   "Beste Sanne,\n\nTot onze spijt kunnen we de linnen dekbedovertrek in de kleur salie (240x220) niet leveren: bij de laatste voorraadtelling bleek het laatste exemplaar beschadigd te zijn en de producent maakt deze kleur niet meer.\n\nWe hebben het volledige bedrag van bestelling 651-5520417-9083362 (EUR 89,95) daarom aangepast en terugbetaald met als reden 'geen voorraad'. Het bedrag staat binnen enkele werkdagen weer op je rekening; je hoeft daar zelf niets voor te doen.\n\nHartelijke groet,\nLotte van Dam\nLinnenkast Haarlem",
   "651-5520417-9083362", [], "Clean order problem confirming the full amount adjusted, with [Belangrijk] in the subject.")

# 4 clean additional information
_m("nl-BE", "additional-information", "text",
   "Vraag over de gravure bij bestelling 651-2047731-6618094",
   "Dag Pieter,\n\nBedankt voor je bestelling van de gegraveerde snijplank. In het opmerkingenveld staat 'Voor mama & papa 1985', maar het is ons niet duidelijk of '1985' op dezelfde regel moet of eronder.\n\nKun je ons dat laten weten door op dit bericht te antwoorden? Zodra we het weten, gaat de plank onder de laser. Het gaat om bestelling 651-2047731-6618094.\n\nGroetjes,\nAn en Wout\nGraveerwerf Lier",
   "651-2047731-6618094", [], "Clean request for engraving details needed to complete the order.")

# 5 clean return follow-up, partial refund
_m("nl-NL", "return-follow-up", "text",
   "Uw retourverzoek voor bestelling 651-7719024-0352218",
   "Geachte heer Bakker,\n\nU gaf aan dat de deur van het vogelhuisje bij aankomst een kras op de voorkant had. Vervelend, onze excuses daarvoor.\n\nU kunt het huisje natuurlijk terugsturen. Als u het liever houdt, bieden we u een gedeeltelijke terugbetaling van EUR 12,50 aan (ruim een derde van de prijs). Laat u ons weten welke optie uw voorkeur heeft? Dan regelen we het direct.\n\nBestelnummer: 651-7719024-0352218\n\nMet vriendelijke groeten,\nTuinhout Friesland\nKlantenservice",
   "651-7719024-0352218", [], "Clean return follow-up offering a partial refund instead of a return.")

# 6 clean return follow-up, question
_m("nl-BE", "return-follow-up", "html",
   "Retour 651-6090113-8845027: welk exemplaar stuurt u terug?",
   "<p>Beste mevrouw Claes,</p>\n<p>We hebben uw retouraanvraag voor bestelling 651-6090113-8845027 ontvangen. In die bestelling zaten twee waterkokers van hetzelfde model. Uit de aanvraag kunnen we niet opmaken of u er een of beide wilt terugsturen.</p>\n<p>Kunt u dat even bevestigen? Dan maken we het juiste retourlabel voor u aan.</p>\n<p>Vriendelijke groeten,<br>Elke<br>Keukenhuis Mechelen</p>",
   "651-6090113-8845027", [], "Clean return follow-up asking which item will be returned.")

# 7 clean invoice with BTW/KvK and slashed invoice number
_m("nl-NL", "invoice", "text",
   "Factuur bij bestelling 651-4418260-7702931",
   "Goedemiddag,\n\nIn de bijlage vindt u de factuur voor uw bestelling 651-4418260-7702931 (factuurnummer 2026/12/0457). U vroeg om een factuur op bedrijfsnaam; die staat nu op Bureau Hoekstra Advies.\n\nFactuurbedrag: EUR 242,00 inclusief 21% btw (EUR 42,00).\n\nMet vriendelijke groet,\n\nKantoorMeubel Direct B.V.\nIndustrieweg 14, 3542 AD Utrecht\nKvK 81234567 | BTW-nummer NL862345671B01",
   "651-4418260-7702931", [], "Clean invoice message with KvK, BTW number and a slashed invoice number.")

# 8 clean review request, text
_m("nl-NL", "review-request", "text",
   "Uw ervaring met bestelling 651-9203348-1175560",
   "Hallo,\n\nU heeft onlangs bij ons een set van drie keramische kruidenpotjes gekocht (bestelling 651-9203348-1175560). Wij zouden het waarderen als u op Amazon een recensie van het product wilt schrijven, of feedback over ons als verkoper wilt achterlaten. Andere kopers hebben veel aan eerlijke ervaringen, of ze nu positief of kritisch zijn.\n\nMet vriendelijke groet,\nStudio Klei & Co, Nijmegen",
   "651-9203348-1175560", [], "Clean neutral review request in plain text.")

# 9 clean review request, html with logo
_m("nl-NL", "review-request", "html",
   "Hoe bevalt uw fietstas? Bestelling 651-1180752-3390416",
   "<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td>\n<img src=\"https://cdn.mailbouwer.nl/tenants/2417/fietsmaat-logo.png\" alt=\"Logo FietsMaat\" width=\"150\" height=\"48\">\n</td></tr>\n<tr><td>\n<p>Beste klant,</p>\n<p>Een paar weken geleden bestelde u bij FietsMaat een dubbele fietstas (bestelling 651-1180752-3390416). Wilt u uw ervaring met andere kopers delen? Uw mening helpt anderen bij hun keuze.</p>\n<p><a href=\"https://www.amazon.nl/review/review-your-purchases/?asin=B0CX4R7TQ2\">Schrijf een productrecensie op Amazon.nl</a></p>\n<p>Met vriendelijke groet,<br>Team FietsMaat</p>\n</td></tr></table>",
   "651-1180752-3390416", [], "Clean HTML review request with the shop logo (alt names the shop) and a descriptive https Amazon link.")

# 10 clean delivery scheduling
_m("nl-NL", "delivery-scheduling", "text",
   "Afspraak bezorging hoekbank - bestelling 651-2875519-6004483",
   "Beste familie Jansen,\n\nUw hoekbank 'Lisse' (bestelling 651-2875519-6004483) wordt door twee bezorgers geleverd en in de woonkamer geplaatst. Daarvoor plannen we graag een dag met u in. Wij kunnen op:\n\n- woensdag 16 december, tussen 8.00 en 12.00 uur\n- vrijdag 18 december, tussen 12.00 en 16.00 uur\n- maandag 21 december, tussen 8.00 en 12.00 uur\n\nWilt u laten weten welk tijdvak u past? Geef ook even door of er een lift is, of op welke verdieping u woont.\n\nMet vriendelijke groet,\nPlanning Wooncentrum Oosterhout",
   "651-2875519-6004483", [], "Clean delivery scheduling for a bulky sofa with dates and time slots.")

# 11 clean home service appointment
_m("nl-BE", "home-service-appointment", "html",
   "Installatie vaatwasser - bestelling 651-3561208-9927734",
   "<p>Goedendag mijnheer Peeters,</p>\n<p>U heeft bij uw vaatwasser (bestelling 651-3561208-9927734) ook de installatie aan huis geboekt. Onze installateur kan op de volgende momenten langskomen:</p>\n<ul>\n<li>dinsdag 15/12 van 9u tot 11u</li>\n<li>donderdag 17/12 van 13u tot 15u</li>\n</ul>\n<p>Laat u ons weten welk moment u het beste uitkomt? Zorg er a.u.b. voor dat de oude vaatwasser al losgekoppeld is, of meld het ons als u dat ook wilt laten doen.</p>\n<p>Met vriendelijke groeten,<br>Team Installatie, ElektroHuis Gent</p>",
   "651-3561208-9927734", [], "Clean home-service appointment with two time slots.")

# 12 clean custom design verification
_m("nl-NL", "custom-design-verification", "text",
   "Ontwerpproef voor uw bestelling 651-6624901-1538870",
   "Hoi Femke,\n\nIn de bijlage zit de proef van het geboortebordje voor Mees. We hebben de naam in het lettertype 'Rondo' gezet, met de datum 3 december 2026 eronder en het gewicht (3250 gram) rechtsonder.\n\nKun je controleren of de spelling en de gegevens kloppen? Als alles goed is, hoor ik graag een kort 'akkoord', dan gaan we frezen. Wijzigingen mogen natuurlijk ook.\n\nBestelling: 651-6624901-1538870\n\nGroet,\nMirjam - Bordjesmakerij De Krul",
   "651-6624901-1538870", [], "Clean custom design verification with a proof attachment.")

# 13 clean door-code question with reference numbers
_m("nl-NL", "fulfillment-question", "text",
   "Toegangscode nodig voor levering 651-0938812-5547109",
   "Beste mevrouw Smit,\n\nBij het inplannen van de levering van bestelling 651-0938812-5547109 (onze referentie NL-ZR 44817/B) zagen we dat de hoofdingang van uw appartementencomplex aan de Kastanjelaan alleen met een code opengaat. Onze koerier levert zware zakken voer graag tot aan de voordeur.\n\nKunt u ons de toegangscode of een andere manier om binnen te komen doorgeven? Wij geven die alleen aan de bezorger door.\n\nMet vriendelijke groet,\nVerzendteam Dierenwinkel De Vlinder",
   "651-0938812-5547109", [], "Clean question for a building door code, with a shipment reference.")

# 14 clean reply quoting a product title in another language
_m("nl-NL", "reply", "text",
   "Re: Vraag over maat - bestelling 651-4470385-2201957",
   "Hallo Daan,\n\nGoede vraag. De jas die je bestelde heet bij de fabrikant 'Storm Shell Jacket Men's Waterproof', maar de maten vallen eerder klein dan groot. Als je normaal een M draagt, zou ik voor deze jas een L nemen. De mouwlengte van de L is 66 cm, gemeten vanaf de schoudernaad.\n\nJe bestelling 651-4470385-2201957 is nog niet verpakt, dus als je wilt ruilen naar een L kunnen we dat nu nog aanpassen. Laat het maar weten.\n\nGroet,\nRick\nBuitensport Veluwe",
   "651-4470385-2201957", [], "Clean reply quoting an English product title inside Dutch sentences.")

# 15 clean reply with manufacturer's warranty line
_m("nl-NL", "reply", "text",
   "Re: Koffiemachine lekt - 651-8036614-9912250",
   "Geachte heer Visser,\n\nVervelend dat uw espressomachine na drie maanden water lekt. Op dit apparaat zit twee jaar fabrieksgarantie. De garantie wordt rechtstreeks door de fabrikant afgehandeld; zij halen het apparaat kosteloos bij u op.\n\nGarantielijn van de fabrikant (Brevano Nederland): 088 - 2314 700, bereikbaar op werkdagen van 9.00 tot 17.00 uur. Houd uw bestelnummer 651-8036614-9912250 en het serienummer onder de machine bij de hand.\n\nMet vriendelijke groet,\nKoffieland Webwinkel",
   "651-8036614-9912250", [], "Clean reply giving the manufacturer's warranty hotline, marked as such.")

# 16 clean reply with company footer
_m("nl-NL", "reply", "html",
   "Re: Is deze lamp dimbaar? (651-5129967-0843317)",
   "<p>Beste Noor,</p>\n<p>Ja, de hanglamp 'Bolle' uit je bestelling 651-5129967-0843317 is dimbaar, mits je een dimbare LED-lamp met E27-fitting gebruikt. De meegeleverde lamp is dat niet. Een lamp van 806 lumen of meer geeft de mooiste lichtval door het glas.</p>\n<p>Met vriendelijke groet,<br>Bas de Graaf</p>\n<hr>\n<p><small>Lichtlab Amsterdam B.V. &middot; Czaar Peterstraat 112, 1018 PR Amsterdam<br>KvK 76543210 &middot; btw NL004321987B01<br>Klantenservice: ma t/m vr 9.00-17.30 uur</small></p>",
   "651-5129967-0843317", [], "Clean reply with a company details footer (KvK, BTW, address, hours).")

# 17 clean reply with return/tracking numbers and amounts
_m("nl-NL", "reply", "text",
   "Re: Waar blijft mijn terugbetaling? Bestelling 651-2209483-7736615",
   "Beste mevrouw Mulder,\n\nUw retourzending met retournummer RMA-20461 en trackingcode 3SABCD0192837465 is op woensdag 9 december om 14.12 uur bij ons binnengekomen. We hebben de terugbetaling van EUR 64,90 op 10 december verwerkt voor bestelling 651-2209483-7736615. Afhankelijk van uw bank staat het bedrag binnen 3 tot 5 werkdagen op uw rekening.\n\nMet vriendelijke groet,\nGijs\nSchoenenhuis Zwolle",
   "651-2209483-7736615", [], "Clean reply with return number, tracking code, dates, times and an amount.")

# 18 BSM201 handed to carrier
_m("nl-NL", "fulfillment-question", "text",
   "Update over bestelling 651-7351190-4028836",
   "Hallo Kees,\n\nGoed nieuws: je boormachineset heeft vanochtend ons magazijn in Tilburg verlaten en is aan PostNL meegegeven. Normaal gesproken heb je hem morgen in huis.\n\nBestelling: 651-7351190-4028836\n\nGroeten,\nGereedschapshop Brabant",
   "651-7351190-4028836", ["BSM201"], "Shipment confirmation worded as left the warehouse and handed to the carrier.")

# 19 BSM201 received and preparing
_m("nl-BE", "fulfillment-question", "html",
   "Wij zijn met uw bestelling 651-0016624-5583017 bezig",
   "<p>Beste Lien,</p>\n<p>Uw bestelling 651-0016624-5583017 is goed bij ons aangekomen. Ons team is op dit moment uw theepakket aan het samenstellen en zorgvuldig aan het inpakken.</p>\n<p>Hartelijke groeten,<br>Theehuis Brugge</p>",
   "651-0016624-5583017", ["BSM201"], "Order confirmation worded as received and being packed.")

# 20 BSM202 thanks only
_m("nl-NL", "fulfillment-question", "text",
   "Dank je wel! (651-3382705-6169940)",
   "Lieve Iris,\n\nHeel erg bedankt dat je voor onze handgemaakte kaarsen hebt gekozen. We vinden het echt fijn dat je bij ons kleine winkeltje hebt besteld.\n\nWarme groet,\nMarloes van Kaarsenmakerij Licht\n\nBestelling 651-3382705-6169940",
   "651-3382705-6169940", ["BSM202"], "Thanks-only message with nothing else.")

# 21 BSM202 only ready to help
_m("nl-NL", "reply", "text",
   "Bestelling 651-9924413-3017752",
   "Geachte klant,\n\nMocht er iets niet in orde zijn met uw bestelling 651-9924413-3017752, dan staan wij voor u klaar. Aarzel niet om ons via Amazon een bericht te sturen.\n\nMet vriendelijke groet,\nAutoparts Roermond",
   "651-9924413-3017752", ["BSM202"], "Only says the seller is ready to help if something comes up.")

# 22 BSM203 P.S. discount
_m("nl-NL", "delivery-delay", "text",
   "Kleine vertraging - bestelling 651-6142270-8890351",
   "Beste Thomas,\n\nDoor de drukte rond de feestdagen wordt je puzzel (1000 stukjes, 'Grachten in de winter') pas op 19 december verstuurd in plaats van 16 december. Sorry voor het wachten.\n\nBestelnummer: 651-6142270-8890351\n\nGroet,\nPuzzelparadijs\n\nP.S. Tot en met 31 december krijg je bij ons 20% korting op het hele assortiment.",
   "651-6142270-8890351", ["BSM203"], "Permitted delay message with a promotional P.S. (20% off everything).")

# 23 BSM203 follow us / new collection
_m("nl-NL", "additional-information", "html",
   "Vraag over bestelling 651-2557098-1024463",
   "<p>Hoi Sophie,</p>\n<p>Voor je bestelling 651-2557098-1024463 hebben we nog je ringmaat nodig. Staat die niet in je bestelling? Je kunt hem opmeten met een strookje papier om je vinger; de omtrek in millimeters is genoeg.</p>\n<p>Ps. Binnenkort lanceren we onze nieuwe wintercollectie met zilveren oorbellen. Volg ons op Instagram (@zilverzus) of schrijf je in voor onze nieuwsbrief om als eerste te horen wanneer hij online staat!</p>\n<p>Liefs,<br>Zilverzus Sieraden</p>",
   "651-2557098-1024463", ["BSM203"], "Permitted information request with a follow-us/newsletter/new collection plug.")

# 24 BSM204 small token after review
_m("nl-NL", "review-request", "text",
   "Uw mening over bestelling 651-8419936-2675504",
   "Beste heer Dijkstra,\n\nWe hopen dat de regenton goed is aangekomen en al wat water heeft opgevangen. We zouden het fijn vinden als u een recensie schrijft op Amazon. Stuurt u ons na plaatsing even een berichtje? Dan sturen we u als dank een kleine attentie toe, een set van vier tuinlabels.\n\nMet vriendelijke groet,\nTuincentrum Het Groene Hart\nbestelling 651-8419936-2675504",
   "651-8419936-2675504", ["BSM204"], "Review request offering a small gift once the review is published.")

# 25 BSM204 full refund after review
_m("nl-BE", "review-request", "text",
   "651-4290557-3318602 - uw ervaring",
   "Dag Jens,\n\nWe zijn benieuwd hoe de bluetoothspeaker u bevalt. Zodra uw recensie op Amazon zichtbaar is, storten wij het volledige aankoopbedrag terug. U houdt de speaker uiteraard.\n\nGroeten,\nSoundBox Belgium\nBestelling 651-4290557-3318602",
   "651-4290557-3318602", ["BSM204"], "Review request promising a full refund once the review is online.")

# 26 BSM205 change one-star review
_m("nl-NL", "reply", "text",
   "Re: Uw recensie - bestelling 651-1735846-9460278",
   "Beste mevrouw Hendriks,\n\nWe hebben uw klacht over de loszittende knoop van het vest opgelost door een nieuw vest te sturen, dat u inmiddels heeft ontvangen. Nu alles in orde is, willen we u vriendelijk vragen om uw recensie van één ster aan te passen, of hem te verwijderen als u dat liever doet.\n\nMet vriendelijke groet,\nBreiwerk Marijke\nBestelling 651-1735846-9460278",
   "651-1735846-9460278", ["BSM205"], "Asks the buyer to update or remove a one-star review.")

# 27 BSM206 only if satisfied
_m("nl-NL", "review-request", "text",
   "Bent u tevreden? Bestelling 651-5086171-4403389",
   "Geachte klant,\n\nBent u blij met uw nieuwe dakdrager? Dan zouden we een recensie op Amazon erg op prijs stellen. Is er toch iets niet naar wens, schrijf dan geen recensie maar neem eerst contact met ons op, dan lossen we het samen op.\n\nMet vriendelijke groet,\nAutoDak Service\nBestelling 651-5086171-4403389",
   "651-5086171-4403389", ["BSM206"], "Asks for a review only if satisfied and steers unhappy buyers to contact instead.")

# 28 BSM206 five stars
_m("nl-NL", "review-request", "html",
   "Een momentje voor bestelling 651-7762018-0195547?",
   "<p>Hallo Mark,</p>\n<p>Je hebt een tijdje geleden een set gietijzeren pannen bij ons gekocht (bestelling 651-7762018-0195547). Wil je ons helpen door vijf sterren te geven op Amazon? Voor een kleine familiezaak als de onze maakt dat echt het verschil.</p>\n<p><a href=\"https://www.amazon.nl/review/review-your-purchases/?asin=B0D7PANNEN\">Beoordeel de pannenset op Amazon.nl</a></p>\n<p>Met vriendelijke groet,<br>Kookwinkel Smaakmakers</p>",
   "651-7762018-0195547", ["BSM206"], "Review request asking for five stars.")

# 29 BSM108 cancel yourself (adjustment confirmed)
_m("nl-NL", "order-problem", "text",
   "Probleem met bestelling 651-3019446-6852290",
   "Beste heer Koster,\n\nDe remblokkenset voor uw Volkswagen Polo blijkt niet meer op voorraad te zijn bij onze leverancier. We hebben het orderbedrag van EUR 47,50 al aangepast met reden 'geen voorraad'.\n\nOm de bestelling ook in uw account netjes af te sluiten, is het het snelst als u zelf via Mijn bestellingen een annulering aanvraagt.\n\nMet vriendelijke groet,\nAutoOnderdelen Noord\nBestelling 651-3019446-6852290",
   "651-3019446-6852290", ["BSM108"], "Amount adjusted, but the buyer is advised to request the cancellation themselves.")

# 30 BSM108 + BSM107 cancellation request without adjustment
_m("nl-NL", "order-problem", "text",
   "Bestelling 651-6675203-1149971 - voorraadprobleem",
   "Geachte mevrouw Brouwer,\n\nHelaas is de vloerlamp die u heeft besteld op dit moment uitverkocht en we weten niet wanneer er nieuwe voorraad komt.\n\nWe zouden het zeer waarderen als u een annuleringsverzoek indient voor bestelling 651-6675203-1149971. Dan kunnen we het verder voor u afhandelen.\n\nMet vriendelijke groet,\nLampenhuis Breda",
   "651-6675203-1149971", ["BSM107", "BSM108"], "Out of stock: asks the buyer to request cancellation and confirms no adjustment.")

# 31 BSM305 reply STOP
_m("nl-NL", "delivery-delay", "text",
   "Vertraging bestelling 651-8870324-7284413",
   "Beste klant,\n\nUw bestelling 651-8870324-7284413 (hondenmand maat L) wordt twee werkdagen later verzonden dan aangegeven, op dinsdag 22 december.\n\nMet vriendelijke groet,\nDierenwinkel Poot & Staart\n\nWilt u geen berichten meer van ons ontvangen? Antwoord dan met STOP.",
   "651-8870324-7284413", ["BSM305"], "Delay message with a reply-STOP opt-out instruction.")

# 32 BSM306 profanity
_m("nl-NL", "reply", "text",
   "Re: Pakket beschadigd - 651-2694857-5530126",
   "Hoi Ruben,\n\nWat een klotezooi, sorry. Die verdomde koerier heeft je doos duidelijk laten vallen. We sturen je morgen een nieuwe set glazen en je hoeft de kapotte niet terug te sturen.\n\nGroet,\nGlasblazerij Hoorn\nBestelling 651-2694857-5530126",
   "651-2694857-5530126", ["BSM306"], "Reply containing Dutch profanity.")

# 33 BSM104 English to a Dutch buyer
_m("nl-NL", "delivery-delay", "text",
   "Order 651-9571038-8813764 delayed",
   "Dear customer,\n\nUnfortunately the replacement filter cartridges for your aquarium are held up at our supplier. We now expect to dispatch order 651-9571038-8813764 on 23 December instead of 15 December.\n\nWe apologise for the inconvenience.\n\nKind regards,\nAquaTech Supplies",
   "651-9571038-8813764", ["BSM104"], "Message written entirely in English to a nl-NL buyer.")

# 34 BSM309 national format
_m("nl-NL", "delivery-scheduling", "text",
   "Bezorging kast - bestelling 651-1458862-2067319",
   "Beste heer Meijer,\n\nUw kledingkast (bestelling 651-1458862-2067319) wordt bezorgd met onze eigen bus. We kunnen op maandag 14 december tussen 13.00 en 17.00 uur of op woensdag 16 december tussen 8.00 en 12.00 uur. Welke dag past u?\n\nBel of app gerust even met onze chauffeur Ahmed op 06-41728395, dan stemt hij het precieze tijdstip af.\n\nMet vriendelijke groet,\nMeubelhal Amersfoort",
   "651-1458862-2067319", ["BSM309"], "Delivery scheduling with a Dutch mobile phone number.")

# 35 BSM309 international format
_m("nl-BE", "reply", "html",
   "Re: Ontbrekend onderdeel - 651-7203395-4488021",
   "<p>Beste mevrouw Janssens,</p>\n<p>Het ontbrekende scharnier voor uw keukenkastje sturen we u deze week na. U hoeft daar niets voor te doen.</p>\n<p>Met vriendelijke groeten,<br>Sven Lambrechts<br>Keukenonderdelen Vlaanderen<br>Tel. +32 3 284 17 60</p>\n<p>Bestelling 651-7203395-4488021</p>",
   "651-7203395-4488021", ["BSM309"], "Reply with the seller's phone in international Belgian format in the signature.")

# 36 BSM308 plain email
_m("nl-NL", "additional-information", "text",
   "Logo nodig voor bestelling 651-0641177-9356602",
   "Goedemorgen,\n\nVoor het bedrukken van de twintig mokken uit bestelling 651-0641177-9356602 hebben we uw logo nodig, bij voorkeur als PDF of SVG. Een foto van een visitekaartje is helaas niet scherp genoeg.\n\nU kunt het bestand sturen naar ontwerp@mokkenmakers.nl.\n\nMet vriendelijke groet,\nDe Mokkenmakers",
   "651-0641177-9356602", ["BSM308"], "Information request containing a plain email address.")

# 37 BSM308 obfuscated
_m("nl-NL", "reply", "text",
   "Re: Handleiding kwijt - bestelling 651-4826650-1771830",
   "Hallo Wim,\n\nDe handleiding van de tuinpomp kan ik je helaas niet via Amazon sturen omdat het bestand te groot is. Stuur even een mailtje naar service apenstaartje pompenpoort punt nl, dan krijg je hem per omgaande.\n\nGroet,\nHenk\nPompenPoort\nBestelling 651-4826650-1771830",
   "651-4826650-1771830", ["BSM308"], "Reply with an email address spelled out as 'apenstaartje ... punt nl'.")

# 38 BSM302 external https link
_m("nl-NL", "reply", "html",
   "Re: Onderhoud teakhouten tafel (651-3345091-6690257)",
   "<p>Beste Annelies,</p>\n<p>Teakhout kun je het beste twee keer per jaar met teakolie behandelen. Op onze website hebben we een uitgebreide stappenuitleg staan: <a href=\"https://www.tuinmeubelshop-vandenberg.nl/onderhoud/teak\">onderhoudsgids voor teakhouten tuinmeubelen</a>.</p>\n<p>Met vriendelijke groet,<br>Tuinmeubelen Van den Berg<br>Bestelling 651-3345091-6690257</p>",
   "651-3345091-6690257", ["BSM302"], "Reply linking to the seller's own website with descriptive text.")

# 39 BSM301 http link to Amazon
_m("nl-NL", "return-follow-up", "html",
   "Retour 651-5907234-2213348: serienummer nodig",
   "<p>Geachte heer Vos,</p>\n<p>Om uw retour van de draadloze koptelefoon af te ronden, hebben we het serienummer nodig. Dit staat op de binnenkant van de linker oorschelp. Hoe u het vindt, ziet u ook in de <a href=\"http://www.amazon.nl/gp/help/customer/display.html?nodeId=201819200\">hulppagina van Amazon over retourzendingen</a>.</p>\n<p>Met vriendelijke groet,<br>AudioSpecialist Leiden<br>Bestelling 651-5907234-2213348</p>",
   "651-5907234-2213348", ["BSM301"], "Return question with an http (not https) link to Amazon.")

# 40 BSM310 product image
_m("nl-NL", "custom-design-verification", "html",
   "Uw bedrukte schort - bestelling 651-8143306-0537794",
   "<p>Hoi Lisa,</p>\n<p>Zo komt je schort eruit te zien met de tekst 'Chef Oma':</p>\n<p><img src=\"https://cdn.schortenstudio.nl/producten/katoenen-schort-zwart.jpg\" alt=\"Zwart katoenen keukenschort met opdruk\" width=\"320\" height=\"320\"></p>\n<p>Klopt de tekst zo? Dan kunnen we morgen bedrukken.</p>\n<p>Groetjes,<br>Schortenstudio<br>Bestelling 651-8143306-0537794</p>",
   "651-8143306-0537794", ["BSM310"], "Embeds a photo of the purchased apron.")

# 41 BSM311 unrelated image
_m("nl-NL", "delivery-delay", "html",
   "Uw bestelling 651-6258819-3964105 komt na de feestdagen",
   "<p><img src=\"https://images.stockbank.example/kerstboom-sneeuw-1200.jpg\" alt=\"Besneeuwde kerstboom met lichtjes\" width=\"400\" height=\"260\"></p>\n<p>Beste mevrouw Boer,</p>\n<p>Door de drukte bij de vervoerder verzenden we uw bordspel pas op maandag 4 januari. Dat is later dan de levertijd die we aangaven; excuses daarvoor.</p>\n<p>Met vriendelijke groet,<br>Spellenzolder<br>Bestelling 651-6258819-3964105</p>",
   "651-6258819-3964105", ["BSM311"], "Delay message with an unrelated stock Christmas tree image.")

# 42 BSM402 logo without alt
_m("nl-NL", "invoice", "html",
   "Factuur voor bestelling 651-2380942-7418856",
   "<p><img src=\"https://cdn.mailbouwer.nl/tenants/918/bakkerij-hofman-logo.png\" alt=\"\" width=\"140\" height=\"40\"></p>\n<p>Beste klant,</p>\n<p>Bijgevoegd vindt u de factuur (nr. 2026/1183) voor uw bestelling 651-2380942-7418856: twee kerststollen en een doos speculaas.</p>\n<p>Met vriendelijke groet,<br>Bakkerij Hofman<br>KvK 60123987</p>",
   "651-2380942-7418856", ["BSM402"], "Invoice message whose logo image has an empty alt attribute.")

# 43 BSM403 emoji
_m("nl-NL", "additional-information", "text",
   "Welke kleur wil je? Bestelling 651-0774465-1836029",
   "Hoi Emma! \U0001F60A\n\nJe hebt het gehaakte knuffelkonijn besteld, maar de kleur staat er niet bij. We hebben hem in oudroze, mint en okergeel. Welke mag het worden? \U0001F430\n\nLiefs,\nHaakhoekje\nBestelling 651-0774465-1836029",
   "651-0774465-1836029", ["BSM403"], "Information request with emoji.")

# 44 BSM403 emoticon
_m("nl-NL", "reply", "text",
   "Re: Batterijen inbegrepen? 651-9039127-5402281",
   "Hallo Jeroen,\n\nJa hoor, bij de afstandsbediening zitten twee AAA-batterijen in de doos, dus je kunt meteen aan de slag ;-)\n\nGroet,\nTV-Accessoires Nederland\nBestelling 651-9039127-5402281",
   "651-9039127-5402281", ["BSM403"], "Reply with a text emoticon ;-).")

# 45 BSM410 four font sizes in a style block
_m("nl-NL", "delivery-scheduling", "html",
   "Bezorgafspraak wasmachine - 651-1627739-8850412",
   "<style>\nh1 { font-size: 26px; }\nh2 { font-size: 19px; }\np { font-size: 15px; }\n.voetnoot { font-size: 11px; }\n</style>\n<h1>Bezorgafspraak</h1>\n<h2>Bestelling 651-1627739-8850412</h2>\n<p>Beste heer Van Leeuwen,</p>\n<p>Uw wasmachine wordt door twee monteurs bezorgd en aangesloten. Kies een van deze momenten: donderdag 17 december 8.00-12.00 uur of zaterdag 19 december 10.00-14.00 uur.</p>\n<p class=\"voetnoot\">Witgoedcentrale Zuid B.V., Eindhoven</p>",
   "651-1627739-8850412", ["BSM410"], "HTML delivery scheduling using four font sizes in a style block.")

# 46 BSM412 blank lines in text
_m("nl-NL", "delivery-delay", "text",
   "Nieuwe leverdatum - bestelling 651-4503366-0281974",
   "Beste mevrouw Kuipers,\n\nUw bureaustoel (bestelling 651-4503366-0281974) wordt niet op 14 december maar op 18 december verstuurd, omdat de armleuningen later binnenkwamen.\n\n\n\nMet vriendelijke groet,\n\n\nErgoZit Kantoorinrichting",
   "651-4503366-0281974", ["BSM412"], "Plain text with runs of blank lines.")

# 47 BSM110 [Belangrijk] on an invoice
_m("nl-NL", "invoice", "text",
   "[Belangrijk] Factuur bestelling 651-7088214-6627353",
   "Beste heer Willems,\n\nIn de bijlage vindt u de gevraagde factuur met btw-specificatie voor uw bestelling 651-7088214-6627353 (factuur 2026-F/0912).\n\nMet vriendelijke groet,\nFotoprint Express\nBTW NL853402119B01",
   "651-7088214-6627353", ["BSM110"], "[Belangrijk] used on an invoice message, which is not critical.")

# 48 BSM401 'klik hier'
_m("nl-NL", "review-request", "html",
   "Uw ervaring met bestelling 651-3874591-9139066",
   "<p>Beste klant,</p>\n<p>U kocht onlangs een set bamboe handdoeken bij ons (bestelling 651-3874591-9139066). We horen graag wat u ervan vindt, ook als u kritische punten heeft. Wilt u een recensie schrijven? <a href=\"https://www.amazon.nl/review/review-your-purchases/?asin=B0BAMBOE12\">Klik hier</a>.</p>\n<p>Met vriendelijke groet,<br>Badgoed Bamboo Living</p>",
   "651-3874591-9139066", ["BSM401"], "Review request whose link text is only 'Klik hier'.")

# 49 vary: builder styles
_m("nl-NL", "delivery-delay", "html",
   "Bestelling 651-5644028-3301597: levering schuift op",
   "<div style=\"font-family: 'Open Sans', Arial, sans-serif; line-height: 1.8; color: #3a3a3a;\">\n<p style=\"text-align: center;\">Beste Maarten,</p>\n<p style=\"text-align: center;\">Je vloerkleed van gerecycled katoen (bestelling 651-5644028-3301597) komt later binnen bij onze weverij. We verwachten het op 28 december te kunnen versturen in plaats van 18 december.</p>\n<p style=\"text-align: center;\">Onze excuses voor het wachten.<br>Team Kleedjes &amp; Co</p>\n</div>",
   "651-5644028-3301597", ["BSM407", "BSM408", "BSM409", "BSM411"], "Builder HTML setting font family, line height, text colour and centred text.")

# 50 vary: BSM102 no order number
_m("nl-NL", "delivery-scheduling", "text",
   "Bezorging van uw boxspring",
   "Beste mevrouw Vermeulen,\n\nUw boxspring wordt met twee man bezorgd en op de slaapkamer opgebouwd. Wij kunnen op dinsdag 15 december tussen 12.00 en 17.00 uur of op donderdag 17 december tussen 8.00 en 13.00 uur. Wilt u laten weten welk moment u uitkomt?\n\nMet vriendelijke groet,\nSlaapcomfort Veenendaal",
   "651-8201675-4795530", ["BSM102"], "Delivery scheduling without the order number in subject or body.")

MESSAGES = _R
