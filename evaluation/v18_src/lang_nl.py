"""v18 evaluation messages, Dutch (nl-NL / nl-BE)."""

LANG = 'nl'
MESSAGES = []


def _oid(n):
    return '490-%07d-%07d' % ((3141592 + n * 271829) % 10000000, (2718281 + n * 314161) % 10000000)


def M(n, typ, fmt, subject, body, expected, note, locale='nl-NL', nohyphen=False):
    oid = _oid(n)
    shown = oid.replace('-', '') if nohyphen else oid
    MESSAGES.append({
        'id': 'v18-nl-%03d' % n, 'language': LANG, 'locale': locale, 'type': typ,
        'format': fmt, 'subject': subject.replace('{o}', shown), 'body': body.replace('{o}', shown),
        'order_id': oid, 'expected': sorted(expected), 'note': note,
    })


BEITEL = """Houtatelier De Kromme Beitel
Oudegracht 112, 3511 AX Utrecht
KvK 81234567 | btw-id NL862345120B01"""

# ---------------------------------------------------------------- clean (1-17)
M(1, 'delivery-delay', 'text', 'Je bestelling {o} komt een paar dagen later',
"""Hoi Marloes,

Even een eerlijk berichtje van onze kant over bestelling {o}, de eikenhouten broodplank met sapgoot.

We hadden je plank eigenlijk deze week willen versturen, maar de partij eiken die we vorige week binnenkregen was nog niet droog genoeg om te schuren. Als we hem nu toch afwerken, trekt hij binnen een paar maanden krom en daar heb jij natuurlijk niks aan.

Onze verwachting: de plank gaat uiterlijk woensdag 16 december de deur uit, zodat je hem rond vrijdag 18 december in huis hebt. Ruim op tijd voor de kerstdagen dus, als alles meezit.

Past dit niet in je planning, laat het ons dan gewoon weten via Berichten koper-verkoper, dan kijken we samen wat mogelijk is.

Hartelijke groet,
Joost van Leeuwen
""" + BEITEL,
[], 'Plain-text delivery delay with a new ship date and company footer, clean.')

M(2, 'delivery-delay', 'html', 'Vertraging in levering, bestelnummer {o}',
"""<p>Beste meneer Hoekstra,</p>
<p>Uw bestelling {o} (2x fietstas Waterkant, kleur olijf) staat bij ons nog op de lijst, maar onze leverancier in Portugal heeft de nieuwe productie een week doorgeschoven. Vervelend, en we hadden het u liever anders verteld.</p>
<table>
<tr><td><strong>Oorspronkelijke verzenddatum</strong></td><td>maandag 7 december 2026</td></tr>
<tr><td><strong>Nieuwe verwachte verzenddatum</strong></td><td>dinsdag 15 december 2026</td></tr>
<tr><td><strong>Verwachte bezorging</strong></td><td>donderdag 17 december 2026</td></tr>
</table>
<p>Zodra de tassen bij ons binnen zijn, gaan ze dezelfde dag nog op de post. Mocht de nieuwe datum u niet uitkomen, dan horen we het graag van u via dit berichtensysteem.</p>
<p>Met vriendelijke groet,<br>Sanne Kuipers<br>Klantenservice Fietsmakerij Waterkant</p>
<p><small>Fietsmakerij Waterkant B.V. | Kanaalweg 4, 9711 NB Groningen | KvK 70981234 | btw NL858123456B01</small></p>""",
[], 'Builder HTML delivery delay with a table of dates and small footer, clean.')

M(3, 'order-problem', 'text', '[Belangrijk] Bestelling {o} kan niet geleverd worden',
"""Beste mevrouw De Wit,

Helaas moeten we u laten weten dat we uw bestelling {o} voor de gietijzeren braadpan (24 cm, kleur kersenrood) niet kunnen leveren. Bij de laatste telling bleek het laatste exemplaar een barst in het email te hebben, en de fabrikant levert deze kleur dit jaar niet meer na.

We hebben het volledige bestelbedrag van € 89,95 inmiddels aangepast in Seller Central met als reden 'NoInventory'. U hoeft daar zelf niets voor te doen; de terugbetaling verschijnt doorgaans binnen enkele werkdagen op de rekening of kaart waarmee u heeft betaald.

Het spijt ons echt dat het zo loopt. We hadden u graag blij gemaakt met die pan.

Met vriendelijke groeten,

Ilse Bakker
Kookwinkel Het Fornuis
Lange Nieuwstraat 23, 2011 HB Haarlem
KvK 56781234 | BTW-nummer NL001234567B02""",
[], 'Order problem confirming the full amount was adjusted (NoInventory) with [Belangrijk] subject, clean.')

M(4, 'additional-information', 'text', 'Vraagje over de gravering bij {o}',
"""Hallo Thomas,

Leuk dat je voor een gegraveerde hondenpenning hebt gekozen! Voordat we de graveermachine aanzetten, hebben we nog één ding van je nodig.

In het tekstveld bij bestelling {o} staat alleen 'Bobby'. Op de achterkant is ruimte voor maximaal twee regels van 14 tekens. Wil je daar iets op? Veel mensen kiezen voor een adres of een korte zin als 'Ik ben gechipt'. Laat je het leeg, dan graveren we alleen de voorkant.

Zou je ons voor vrijdag 11 december even laten weten wat je wilt? Dan kan de penning gewoon op tijd mee.

Groetjes,
Fenna
Graveerwerkplaats Het Penseel, Zwolle""",
[], 'Request for engraving text needed to complete the order, clean.')

M(5, 'return-follow-up', 'text', 'Uw retour bij bestelling {o}: voorstel',
"""Goedemiddag mevrouw Jansen,

Dank voor uw retouraanvraag voor de wollen plaid (bestelling {o}). U schreef dat er aan één kant een paar steekjes los zitten, maar dat de kleur u verder goed bevalt.

Misschien is het volgende een prettige oplossing: u houdt de plaid en wij betalen u € 15,00 van het aankoopbedrag van € 59,00 terug. De losse steekjes zijn met een stopnaald in een paar minuten te herstellen, en u hoeft dan niet naar een afgiftepunt.

Heeft u liever toch de volledige retour, dan is dat natuurlijk ook prima; dan verwerken we die zoals gebruikelijk. Laat u ons weten wat uw voorkeur heeft?

Vriendelijke groet,
Margriet Post
Wolwinkel De Schapenkop
Markt 8, 7411 GZ Deventer
KvK 08123456""",
[], 'Return follow-up offering a partial refund as an alternative, clean.')

M(6, 'return-follow-up', 'html', 'Retour {o}: welk onderdeel ontbreekt er?',
"""<p>Beste Ruud,</p>
<p>We hebben je retourverzoek voor de bouwset 'Windmolen De Adriaan' (bestelling {o}) goed ontvangen in ons systeem. Je geeft aan dat er onderdelen ontbreken, en dat willen we graag netjes afhandelen.</p>
<p>Om de retour af te ronden, hebben we twee dingen van je nodig:</p>
<ul>
<li>Welke zakjes of onderdeelnummers ontbreken er precies? Die staan op bladzijde 2 van de bouwbeschrijving.</li>
<li>Is de doos nog compleet met de originele binnenverpakking?</li>
</ul>
<p>Met die informatie kunnen we bepalen of we het retourlabel sturen of dat het ontbrekende deel nog te vinden is.</p>
<p>Alvast bedankt voor het uitzoeken!</p>
<p>Groet,<br>Koen Smit<br>Modelbouw Smit, Alkmaar</p>""",
[], 'Return follow-up asking for information needed to complete the return, clean.')

M(7, 'invoice', 'text', 'Factuur bij uw bestelling {o}',
"""Geachte heer Verbeek,

In de bijlage vindt u de factuur voor uw bestelling {o}, zoals u vroeg voor uw administratie.

Factuurnummer: KB/2026/12/0417
Factuurdatum: 4 december 2026
Omschrijving: 3x bureaulamp Delft, mat zwart
Bedrag excl. btw: € 148,47
Btw 21%: € 31,18
Totaal: € 179,65

De factuur staat op naam van Verbeek Architecten, zoals opgegeven bij de bestelling. Klopt er iets niet aan de tenaamstelling of het adres, laat het ons dan weten; we passen hem dan aan.

Met vriendelijke groet,

Karin Brouwer
Financiële administratie
Kantoorlicht Benelux B.V.
Stationsplein 45, 3818 LE Amersfoort
KvK 34098765
BTW-nummer NL812345678B01""",
[], 'Invoice with VAT, KvK and a slash-separated invoice number, clean.')

M(8, 'review-request', 'text', 'Hoe bevalt de koffiemolen? (bestelling {o})',
"""Hallo Pieter,

Inmiddels heb je vast al een paar keer gemalen met de handkoffiemolen, en misschien ook al wat met de grofheid zitten schuiven. Wij zijn een klein bedrijf met drie man, en we lezen echt elke reactie die we krijgen.

Zou je op Amazon een productrecensie willen schrijven over je ervaring met de molen? Wat goed gaat en wat beter kan, het helpt andere koffieliefhebbers bij hun keuze en ons bij het verbeteren. Je vindt de mogelijkheid onder 'Mijn bestellingen' bij bestelling {o}.

Fijne dag en goede koffie,
Daan
Branderij De Bonenzolder, Nijmegen""",
[], 'Neutral text review request, clean.')

M(9, 'review-request', 'html', 'Uw mening over bestelling {o}',
"""<p><img src="https://cdn.tuincentrumdegroeneweide.nl/img/logo-de-groene-weide.png" alt="Logo Tuincentrum De Groene Weide" width="180"></p>
<p>Beste mevrouw Vermeulen,</p>
<p>Een paar weken geleden heeft u bij ons de olijfboom in pot besteld (bestelling {o}). We hopen dat hij zich goed heeft aangepast aan zijn nieuwe plek; olijfbomen hebben vaak even tijd nodig na verhuizing.</p>
<p>We zouden het waarderen als u uw ervaring deelt in een recensie. Elke mening, kort of lang, helpt andere kopers.</p>
<p><a href="https://www.amazon.nl/review/create-review?asin=B0CK7Q2L9X">Schrijf een recensie over de olijfboom op Amazon.nl</a></p>
<p>Met groene groet,<br>Team De Groene Weide</p>""",
[], 'HTML review request with shop logo (alt names shop) and descriptive https Amazon link, clean.')

M(10, 'delivery-scheduling', 'text', 'Afspraak bezorging driezitsbank, bestelling {o}',
"""Beste familie Mulder,

Uw driezitsbank 'Lente' (bestelling {o}) is klaar en staat bij ons in het magazijn in Tilburg. Omdat de bank ruim 70 kilo weegt en met twee man wordt gebracht, plannen we de bezorging graag samen met u in.

We rijden in de week van 14 december in uw regio. U kunt kiezen uit:

- maandag 14 december, tussen 08.00 en 12.00 uur
- woensdag 16 december, tussen 12.00 en 16.00 uur
- zaterdag 19 december, tussen 09.00 en 13.00 uur

Woont u op een etage zonder lift, laat het ons dan even weten, dan nemen we een meubellift mee. De bezorgers zetten de bank in de kamer van uw keuze en nemen het verpakkingsmateriaal weer mee.

Welk tijdvak past u het best?

Met vriendelijke groet,
Ahmed el Amrani
Planning, Meubelhal Brabant
Ringbaan-Oost 200, 5013 CD Tilburg""",
[], 'Scheduling delivery of a bulky sofa with time slots, clean.')

M(11, 'home-service-appointment', 'html', 'Montageafspraak wasmachine, bestelling {o}',
"""<p>Goedendag meneer Dijkstra,</p>
<p>Bij uw bestelling {o} heeft u gekozen voor aansluiten en installeren van de wasmachine door een monteur. Onze collega Bram werkt in de regio Leeuwarden en heeft de volgende momenten vrij:</p>
<ol>
<li>dinsdag 15 december 2026, 08.30 - 10.30 uur</li>
<li>donderdag 17 december 2026, 13.00 - 15.00 uur</li>
<li>vrijdag 18 december 2026, 10.00 - 12.00 uur</li>
</ol>
<p>Zorgt u ervoor dat de kraan en de afvoer vrij bereikbaar zijn? De oude machine neemt Bram op verzoek mee; dat is bij de service inbegrepen.</p>
<p>Geeft u via dit bericht door welk tijdstip u het beste schikt?</p>
<p>Met vriendelijke groet,<br>Planningsteam Witgoed Noord<br><small>Witgoed Noord V.O.F. | Zuiderweg 12, 8921 AB Leeuwarden | KvK 01987654</small></p>""",
[], 'Home service appointment with numbered time slots, clean.')

M(12, 'custom-design-verification', 'text', 'Ontwerpproef geboortebord, bestelling {o}',
"""Hoi Lotte en Jeroen,

Wat een mooie naam hebben jullie gekozen! In de bijlage zit de ontwerpproef van het geboortebord voor bestelling {o}, als pdf.

Wil je een paar dingen goed nalezen?
- De naam: Sophie Marijke van den Berg
- Geboortedatum: 28 november 2026, 04.17 uur
- Gewicht en lengte: 3.240 gram, 51 cm

Het lettertype op de proef is 'Caveat', zoals je in de opmerkingen vroeg. De kleuren op je scherm kunnen iets afwijken van het uiteindelijke hout.

Als alles klopt, hoeven we alleen een kort 'akkoord' van jullie. Wijzigingen mogen ook; één proefronde extra is bij de prijs inbegrepen.

Lieve groet,
Nadia
Studio Houtje Touwtje, Amersfoort""",
[], 'Custom design proof attached for verification, clean.')

M(13, 'fulfillment-question', 'text', 'Toegang tot uw gebouw voor bestelling {o}',
"""Beste heer Koster,

Onze eigen bezorgers brengen de kast (bestelling {o}) op donderdag 10 december naar uw adres aan de Prinsengracht. Bij een eerdere klant in hetzelfde complex liepen we vast bij de voordeur: de hoofdingang zit op slot en er hangen geen naambordjes bij de bellen.

Kunt u ons een van de volgende dingen laten weten, zodat de bezorging in één keer lukt?

1. de toegangscode van de hoofdingang, of
2. het nummer van de bel die we moeten gebruiken, of
3. een andere ingang (bijvoorbeeld via de binnenplaats) waar de koerier kan aanbellen.

Ons interne referentienummer voor deze zending is ZK-2026-08841; het ritnummer van de koerier is R 1147. Die heeft u niet nodig om te antwoorden, maar misschien is het handig om te bewaren.

Met vriendelijke groet,
Lisa Timmer
Kastenmakerij Timmer & Zn.""",
[], 'Question about a door code needed to deliver, with reference numbers that are not phone numbers, clean.')

M(14, 'reply', 'text', 'Re: Vraag over "Nordic Winter Throw" ({o})',
"""Hallo Evelien,

Goede vraag! De plaid die u heeft besteld heet bij ons in de winkel officieel "Nordic Winter Throw – Extra Large", omdat we het rechtstreeks van een Zweedse weverij betrekken die de Engelse naam gebruikt. Het is dus echt hetzelfde product als op de foto in de advertentie, alleen de naam op het etiket wijkt af van de Nederlandse omschrijving.

Het materiaal is 80% wol en 20% katoen. Wassen kan op een wolprogramma van maximaal 30 graden; niet in de droger, wel liggend laten drogen.

Uw bestelling {o} staat gewoon goed in ons systeem, u hoeft niets te wijzigen.

Met vriendelijke groet,
Hanneke de Groot
Woonwinkel Hygge & Huis, Leiden""",
[], 'Reply quoting an English product title inside Dutch sentences, clean.')

M(15, 'reply', 'text', 'Re: Garantie op mijn stofzuiger, bestelling {o}',
"""Beste mevrouw Peters,

Wat vervelend dat de accu van uw steelstofzuiger het na drie maanden al laat afweten. Goed dat u het meldt.

Voor deze stofzuiger loopt de garantie via de fabrikant, die ook de accu's omruilt. U kunt ze bereiken via de:
Garantielijn van de fabrikant (Vortexa Benelux): 088 123 45 67, maandag tot en met vrijdag van 09.00 tot 17.00 uur.

Houd bij het bellen uw bestelnummer {o} en het serienummer bij de hand; dat staat op de sticker onder het accupack. Mocht de fabrikant u om wat voor reden dan ook niet verder helpen, laat het ons dan weten via dit bericht, dan zoeken we samen een oplossing.

Met vriendelijke groet,
Wouter Schouten
Huishoudhuis Schouten, Zaandam""",
[], 'Reply giving the manufacturer warranty hotline marked as such (BSM309 exception), clean.')

M(16, 'reply', 'html', 'Re: Gegevens voor uw administratie ({o})',
"""<p>Beste heer Van Rijn,</p>
<p>U vroeg om onze bedrijfsgegevens, omdat uw boekhouder die nodig heeft bij de aankoop van de bureaustoel (bestelling {o}). Hieronder staat alles op een rij.</p>
<table>
<tr><td>Handelsnaam</td><td>Zitkamer Ergonomie</td></tr>
<tr><td>Rechtsvorm</td><td>Zitkamer Ergonomie B.V.</td></tr>
<tr><td>Vestigingsadres</td><td>Industrieweg 77, 6921 RM Duiven</td></tr>
<tr><td>KvK-nummer</td><td>62345678</td></tr>
<tr><td>Vestigingsnummer</td><td>000034567890</td></tr>
<tr><td>Btw-identificatienummer</td><td>NL854567890B01</td></tr>
</table>
<p>Heeft uw boekhouder ook een factuur nodig, dan kunt u die via Amazon bij de bestelling downloaden; wij hebben hem daar geplaatst.</p>
<p>Met vriendelijke groet,<br>Mirjam Hendriks<br>Zitkamer Ergonomie</p>""",
[], 'Reply with a company-details table (KvK, vestigingsnummer, BTW), clean.')

M(17, 'reply', 'text', 'Re: Waar blijft mijn terugbetaling? ({o})',
"""Hoi Sven,

Ik heb het even voor je nagekeken. Je retour van de hardloopschoenen (bestelling {o}) is bij ons binnengekomen op donderdag 3 december om 11.42 uur, onder retournummer RT-49120. Het PostNL-volgnummer van je retourzending was 3SKAB1234567.

We hebben de schoenen op 4 december gecontroleerd en dezelfde dag € 119,95 teruggeboekt via Amazon. Afhankelijk van je bank duurt het meestal drie tot vijf werkdagen voordat je het bedrag terugziet, dus uiterlijk rond 11 december zou het er moeten staan.

Staat het er dan nog niet, stuur me dan gerust een bericht, dan ga ik erachteraan.

Groet,
Mike
Loopwinkel Kilometer 42, Eindhoven""",
[], 'Reply with return and tracking numbers, dates, times and amounts, clean.')

# ---------------------------------------------------------------- violations
M(18, 'fulfillment-question', 'text', 'Nieuws over je bestelling {o}',
"""Hoi Anouk,

Goed nieuws: je pakket met de drie geurkaarsen heeft vanochtend ons magazijn in Venlo verlaten en is overgedragen aan DHL. Als alles volgens plan loopt, ligt het morgen bij je op de mat.

We hebben de kaarsen extra goed ingepakt in krantenpapier, want de laatste weken is het koud en glas vindt dat niet altijd leuk. Laat ze na het uitpakken even op kamertemperatuur komen voordat je ze aansteekt.

Bestelnummer ter referentie: {o}.

Warme groet,
Kaarsenmakerij Het Lontje""",
['BSM201'], 'Tells the buyer the parcel left the warehouse and was handed to DHL (shipping confirmation).')

M(19, 'additional-information', 'html', 'Bestelling {o} is bij ons binnen',
"""<p>Beste mevrouw Visser,</p>
<p>Hartelijk dank! We hebben uw bestelling {o} in goede orde ontvangen en onze inpakkers zijn er vandaag al mee aan de slag gegaan. De theepotjes worden één voor één in ribbelkarton gerold, zodat ze heel bij u aankomen.</p>
<p>Nog een kleine vraag terwijl we toch bezig zijn: wilt u de twee potjes in één doos of apart verpakt, bijvoorbeeld omdat een ervan een cadeau is? Zonder antwoord doen we ze samen in één doos.</p>
<p>Met vriendelijke groet,<br>Theehuis Oolong, Den Bosch</p>""",
['BSM201'], 'Confirms the order was received and is being packed, mixed with a harmless question.')

M(20, 'fulfillment-question', 'text', 'Dank je wel! ({o})',
"""Lieve Femke,

Wat ontzettend leuk dat je bij ons hebt besteld. Echt, elke bestelling voelt voor ons nog steeds als een klein feestje, en de jouwe is daarop geen uitzondering.

Dat jij voor ons kleine atelier kiest in plaats van voor een grote keten, betekent echt veel voor ons. Daar zijn we je ontzettend dankbaar voor, en dat wilden we je graag even persoonlijk laten weten.

Nogmaals heel hartelijk bedankt voor je vertrouwen!

Liefs,
Roos en Meike
Naaiatelier Draad & Co
(bestelling {o})""",
['BSM202'], 'Several paragraphs that say nothing but thank you.')

M(21, 'fulfillment-question', 'html', 'Wij staan voor u klaar ({o})',
"""<p>Beste heer Smits,</p>
<p>Met dit bericht willen we u laten weten dat ons klantenserviceteam voor u klaarstaat, mocht er onverhoopt iets mis zijn met uw aankoop (bestelling {o}).</p>
<p>Of het nu gaat om een vraag, een twijfel of iets dat niet helemaal is zoals u verwachtte: stuur ons gerust een bericht via Amazon. We reageren doorgaans binnen één werkdag, ook in het weekend.</p>
<p>Met vriendelijke groet,<br>Team Klantgeluk<br>Gereedschapshandel De Moersleutel</p>""",
['BSM202'], 'Only offers help in case a problem comes up, nothing else.')

M(22, 'delivery-delay', 'text', 'Even geduld nog voor bestelling {o}',
"""Beste Gert,

Je bestelling {o} voor de set van vier kaasschaven loopt een paar dagen vertraging op. Onze smid in Friesland is door de griep geveld geweest en ligt nu een weekje achter. We verwachten de schaven maandag 14 december te kunnen versturen.

We snappen dat wachten niet leuk is, zeker niet als je ze cadeau wilt doen. Mocht de nieuwe datum een probleem zijn, laat het dan weten.

Groet,
Kaasgerei Friesland

PS: Wist je dat je tot en met zondag 20% korting krijgt op ons hele assortiment? Gebruik bij je volgende bestelling de code WINTERKAAS20.""",
['BSM203'], 'Permitted delay message with a P.S. advertising 20% off the whole range.')

M(23, 'review-request', 'html', 'Een vraag over bestelling {o}',
"""<p>Hallo Iris,</p>
<p>Je hebt inmiddels een paar weken met je nieuwe yogamat kunnen werken. Zou je op Amazon een recensie willen achterlaten over hoe de mat je bevalt? Dat helpt andere yogi's bij het kiezen.</p>
<p>En nu we je toch spreken: volgende maand lanceren we onze nieuwe collectie van kurk, helemaal plasticvrij. Volg ons op Instagram en Facebook (zoek op 'Mat & Meer') of schrijf je in voor onze nieuwsbrief, dan ben je als eerste op de hoogte.</p>
<p>Namaste,<br>Mat &amp; Meer, Rotterdam</p>""",
['BSM203'], 'Review request mixed with follow-us, newsletter and new collection promotion.')

M(24, 'review-request', 'text', 'Klein bedankje van ons ({o})',
"""Beste mevrouw Scholten,

Hopelijk geniet u van de nieuwe beddenset! Wij hebben er zelf ook een paar thuis, en we merken dat het percal na een paar wasbeurten alleen maar zachter wordt.

Zou u een recensie willen schrijven over uw ervaring? Zodra uw recensie op Amazon staat, sturen wij u als dank een kleine attentie: een set bijpassende kussenslopen, helemaal gratis. Stuur ons dan even een bericht met de naam waaronder u de recensie plaatste.

Met vriendelijke groet,
Slaapkamer De Zachte Landing
Bestelnummer {o}""",
['BSM204'], 'Offers free pillowcases once the review is published (incentive).')

M(25, 'review-request', 'text', 'Jouw geld terug? Lees even mee ({o})',
"""Hey Bas,

We zijn een kleine start-up en proberen ons nieuwe oplaadstation een beetje op de kaart te zetten. Daar kunnen we jouw hulp goed bij gebruiken.

Het voorstel is simpel: schrijf een eerlijke recensie over het oplaadstation op Amazon, en zodra die online staat, storten wij het volledige aankoopbedrag van € 39,99 aan je terug. Je hebt het ding dan dus eigenlijk gratis.

Stuur een screenshot van je recensie via dit bericht en we regelen het binnen een dag.

Groet,
Team LaadLab
Bestelling {o}""",
['BSM204'], 'Full refund promised as soon as the review is online.')

M(26, 'reply', 'text', 'Re: Kapotte lampenkap, bestelling {o}',
"""Beste mevrouw Claassen,

Fijn om te horen dat de vervangende lampenkap inmiddels heel bij u is aangekomen en dat de lamp nu mooi op het dressoir staat. Excuses nogmaals voor het gedoe met de eerste levering; de vervoerder heeft die doos duidelijk niet met zorg behandeld.

We zagen dat u eerder een recensie met één ster heeft geplaatst over de beschadigde levering. Nu alles is opgelost, zou u die recensie willen bijwerken of verwijderen? Het zou ons kleine bedrijf echt helpen.

Met vriendelijke groet,
Lampenatelier Licht & Luchtig
Bestelling {o}""",
['BSM205'], 'Asks the buyer to update or remove an existing one-star review.')

M(27, 'review-request', 'text', 'Tevreden over je schaakbord? ({o})',
"""Hallo Wim,

Het handgemaakte schaakbord uit bestelling {o} staat nu hopelijk al een tijdje bij je op tafel. Wij vinden het altijd spannend hoe onze borden bij de nieuwe eigenaar vallen.

Ben je tevreden? Dan zouden we het heel fijn vinden als je een recensie achterlaat op Amazon. Ben je om wat voor reden ook niet tevreden, schrijf dan liever geen recensie maar stuur ons eerst een bericht, dan lossen we het samen op.

Groet,
Schaakatelier De Loper, Gouda""",
['BSM206'], 'Asks only satisfied buyers for a review and steers unhappy ones to contact instead.')

M(28, 'review-request', 'html', 'Mag het een ster of vijf zijn? ({o})',
"""<p>Beste Hanna,</p>
<p>Je nieuwe wandelrugzak is nu een paar weken onderweg met je mee, hopen we. Wij zijn benieuwd hoe hij zich houdt op de Veluwe of waar je ook maar loopt.</p>
<p>Een tip voor de wintermaanden: laat de rug na een natte tocht open drogen bij kamertemperatuur, niet op de verwarming. Het membraan blijft zo langer soepel, en de ritsen gaan minder snel stroef lopen.</p>
<p>Als je een momentje hebt: zou je ons op Amazon vijf sterren willen geven? Een volle score maakt voor een kleine verkoper als wij echt het verschil in de zoekresultaten.</p>
<p>Hartelijke groet,<br>Buitensport Het Kompas<br>Bestelling {o}</p>""",
['BSM206'], 'Explicitly asks for a five-star rating.')

M(29, 'delivery-delay', 'text', 'Je bestelling {o}: de naaimachine is nog niet binnen',
"""Hoi Esther,

We moeten je helaas laten weten dat de naaimachine uit bestelling {o} op dit moment niet op voorraad is. Onze groothandel heeft de laatste partij aan een grote keten verkocht en weet nog niet precies wanneer er nieuwe machines binnenkomen; het kan zomaar januari worden.

Eerlijk gezegd: de snelste weg is dat je de bestelling zelf annuleert via 'Mijn bestellingen' op Amazon. Dan heb je je geld direct terug en kun je ergens anders een machine zoeken die wel meteen leverbaar is.

Sorry voor het ongemak!

Groet,
Naaicentrum Steek voor Steek, Apeldoorn""",
['BSM108'], 'Delay message advising the buyer to cancel themselves because stock ran out.')

M(30, 'order-problem', 'text', '[Belangrijk] Probleem met bestelling {o}',
"""Beste meneer Vos,

Tot onze spijt is de espressomachine die u bestelde (bestelling {o}) niet meer op voorraad. Er is bij het overzetten van ons voorraadsysteem iets misgegaan, waardoor de advertentie nog twee dagen online stond terwijl het laatste exemplaar al weg was.

Wij hadden graag een alternatief aangeboden, maar het vervangende model van dezelfde fabrikant komt pas in februari op de markt en is ook een stuk duurder. Daar wilden we u niet mee lastigvallen.

We zouden het erg op prijs stellen als u via uw Amazon-account een annuleringsverzoek indient voor deze bestelling. Zo kunnen we de zaak aan onze kant netjes afronden.

Nogmaals excuses,
Koffiehoek Vos & Zn.""",
['BSM107', 'BSM108'], 'Order problem asking for a cancellation request and not confirming the amount was adjusted.')

M(31, 'review-request', 'text', 'Jouw ervaring met het vogelhuisje ({o})',
"""Hallo Kees,

Het vogelhuisje uit bestelling {o} hangt hopelijk al in de tuin. Koolmeesjes beginnen vaak pas in februari met het verkennen van nieuwe nestkasten, dus geen zorgen als hij nog leeg is.

Zou je op Amazon een recensie willen schrijven over het vogelhuisje? Elke ervaring helpt andere vogelliefhebbers.

Met vriendelijke groet,
Vogelhuisjes Het Nestje, Ede

Liever geen berichten meer van ons ontvangen? Antwoord dan met STOP, dan halen we je van de lijst.""",
['BSM305'], 'Neutral review request with a reply-STOP opt-out instruction.')

M(32, 'reply', 'text', 'Re: Pakket niet ontvangen ({o})',
"""Hoi Jesse,

Kut, wat een gedoe. Ik heb net gebeld met het depot en die klootzakken van de bezorgdienst hebben je pakket gewoon bij het verkeerde huisnummer gegooid. Godverdomme, het is al de derde keer deze maand.

Ik heb een nieuw pakket voor je klaargezet; zodra ik een vervangend verzendlabel heb, stuur ik je de gegevens. Bestelnummer voor de zekerheid: {o}.

Groet,
Rick
Skateshop Halfpipe, Utrecht""",
['BSM306'], 'Reply using Dutch profanity about the carrier.')

M(33, 'delivery-delay', 'text', 'Delay on your order {o}',
"""Dear Mr de Boer,

We are sorry to let you know that your order {o} for the linen tablecloth will ship a little later than planned. Our weaver in Belgium needs a few more days to finish the batch, and we now expect to dispatch it on Tuesday 15 December.

While you wait, a small tip: linen likes to be washed once before first use, at 40 degrees, and ironed while still slightly damp. It softens beautifully after that.

If the new date does not work for you, please let us know through Buyer-Seller Messaging.

Kind regards,
Linnenkamer Brugge-Breda""",
['BSM104'], 'Delay message to a Dutch buyer written entirely in English.')

M(34, 'delivery-scheduling', 'text', 'Bezorgafspraak kledingkast {o}',
"""Beste mevrouw Hermans,

De kledingkast uit bestelling {o} is klaar voor bezorging. Omdat het om een kast van bijna twee meter hoog gaat, komen we met twee man en plannen we graag een moment dat u thuis bent.

We kunnen dinsdag 15 december in de ochtend of vrijdag 18 december in de middag. Bel of app even met onze planner Youssef op 06-41234567 om een tijd vast te leggen; dat gaat meestal sneller dan heen en weer mailen.

Met vriendelijke groet,
Meubelmakerij Eikenhout Hengelo""",
['BSM309'], 'Delivery scheduling giving a Dutch mobile number to call.')

M(35, 'reply', 'html', 'Re: Vraag over maatvoering ({o})',
"""<p>Beste meneer Wouters,</p>
<p>Dank voor uw vraag over de maat van de werkschoenen uit bestelling {o}. De schoenen vallen iets kleiner dan gemiddeld; de meeste klanten nemen een halve maat groter dan normaal.</p>
<p>Let er ook op dat de neus van stalen veiligheidsschoenen niet meegeeft zoals bij gewone schoenen; aan de voorkant moet dus net iets meer ruimte zitten. Met een dikke werksok erbij is een halve maat groter meestal precies goed.</p>
<p>Wilt u het even doorspreken met iemand van ons magazijn? U kunt ons bellen op +31 (0)20 794 12 30, op werkdagen van 08.00 tot 17.00 uur.</p>
<p>Met vriendelijke groet,<br>Werkkleding Amstelland</p>""",
['BSM309'], 'Reply with an international-format Dutch shop phone number.', locale='nl-BE')

M(36, 'reply', 'text', 'Re: Ontbrekende schroeven ({o})',
"""Hoi Jolanda,

Wat vervelend dat het zakje schroeven ontbrak bij je wandrek! Dat hoort natuurlijk niet.

We sturen je vandaag een nieuw zakje. Wil je voor de zekerheid een foto van de montagehandleiding sturen naar service@wandrekwinkel.nl? Dan kunnen we zien welke versie je hebt en of we de goede schroeven meesturen.

Even terzijde: het rek kan maximaal 25 kilo per plank dragen, mits je de pluggen gebruikt die bij je muurtype horen. Bij een gipsplaatwand raden we hollewandpluggen aan; die zitten niet standaard in de doos.

Bestelnummer: {o}.

Groet,
Wandrekwinkel Oost""",
['BSM308'], 'Reply giving a plain e-mail address.')

M(37, 'additional-information', 'text', 'Foto nodig voor uw bestelling {o}',
"""Beste mevrouw Lammers,

Voor het canvasdoek dat u bij ons bestelde (bestelling {o}) hebben we uw foto in de hoogste resolutie nodig; de versie die via Amazon binnenkwam is helaas te klein om op 60 x 90 cm scherp te printen.

Een kleine toelichting, omdat we die vraag vaak krijgen: foto's die via een app of chatprogramma zijn doorgestuurd, worden meestal flink verkleind. Het bestand rechtstreeks van uw camera of telefoon is bijna altijd het scherpst.

Zou u het originele bestand willen sturen naar foto apenstaartje canvasdirect punt nl? Wij gaan dan meteen aan de slag, zodat het doek op tijd klaar is.

Met vriendelijke groet,
Canvas Direct, Breda""",
['BSM308'], 'E-mail address obfuscated with apenstaartje/punt.')

M(38, 'reply', 'html', 'Re: Onderhoud van de eettafel ({o})',
"""<p>Beste Mark,</p>
<p>Goed dat je vraagt hoe je de massief eiken tafel uit bestelling {o} het beste onderhoudt. Kort gezegd: twee keer per jaar oliën met een hardwaxolie, en vlekken direct opdeppen met een vochtige doek.</p>
<p>Heb je een kring van een heet pannetje? Leg er een vochtige theedoek op en ga er heel kort met een warm strijkijzer overheen; het vocht trekt dan vaak het hout weer op. Daarna licht bijschuren met korrel 240 en opnieuw oliën.</p>
<p>We hebben een uitgebreide uitleg met foto's op onze eigen site gezet: <a href="https://www.tafelmakerijvanderlinden.nl/onderhoud/eiken">Onderhoudsgids voor eiken tafels op de website van Tafelmakerij Van der Linden</a>.</p>
<p>Groet,<br>Tafelmakerij Van der Linden</p>""",
['BSM302'], 'Descriptive https link to the seller\'s own website.')

M(39, 'review-request', 'html', 'Wat vindt u van de theedoeken? ({o})',
"""<p>Beste mevrouw Prins,</p>
<p>We hopen dat de set linnen theedoeken uit bestelling {o} al goed in gebruik is in uw keuken. Linnen droogt na een paar wasbeurten steeds beter, dus geef ze wat tijd.</p>
<p>Een tip die we vaak meegeven: was ze de eerste keer op 40 graden zonder wasverzachter, want die maakt de vezels juist minder absorberend. En strijken mag, maar hoeft niet; de licht gekreukte look hoort bij linnen.</p>
<p>We stellen het op prijs als u uw ervaring wilt delen: <a href="http://www.amazon.nl/review/create-review?asin=B0D1XY2ZQ4">Recensie schrijven over de theedoeken op Amazon.nl</a>.</p>
<p>Met vriendelijke groet,<br>Linnengoed Het Weefgetouw</p>""",
['BSM301'], 'Review request with an http (not https) link to Amazon.')

M(40, 'delivery-delay', 'html', 'Uw koffiezetapparaat komt later ({o})',
"""<p>Beste meneer Brouwer,</p>
<p>Uw filterkoffiezetapparaat (bestelling {o}) laat helaas nog even op zich wachten: de leverancier heeft ons laten weten dat de nieuwe zending pas op 16 december bij ons binnenkomt. We versturen hem dezelfde dag.</p>
<p>We begrijpen dat een ochtend zonder verse koffie geen pretje is. Gelukkig gaat het om een paar dagen, en de garantie van twee jaar gaat pas in op de dag dat het apparaat bij u aankomt, dus daar verliest u niets bij.</p>
<p>Ter herinnering, zo ziet uw apparaat eruit:</p>
<p><img src="https://cdn.koffiehuisbrouwer.nl/producten/filterkoffie-moccamaster-zwart.jpg" alt="Foto van het filterkoffiezetapparaat Moccamaster in zwart" width="300"></p>
<p>Met vriendelijke groet,<br>Koffiehuis Het Bakkie</p>""",
['BSM310'], 'Delay message with a photo of the purchased coffee maker.')

M(41, 'delivery-delay', 'html', 'Kleine vertraging voor bestelling {o}',
"""<p>Beste familie Kramer,</p>
<p>Door de drukte rond de feestdagen gaan de kerstpakketten uit bestelling {o} twee dagen later de deur uit dan gepland, op woensdag 16 december. Ze zijn dan nog altijd ruim voor kerst bij u.</p>
<p>De pakketten worden bij ons met de hand gevuld, en juist in december willen we niets overhaasten: de kaas moet op de juiste temperatuur blijven en de bonbons mogen niet breken. Daarom nemen we liever twee dagen extra dan dat er iets misgaat.</p>
<p><img src="https://cdn.pakketjesvanpaula.nl/sfeer/besneeuwd-bos-zonsondergang.jpg" alt="Besneeuwd bos bij zonsondergang" width="400"></p>
<p>Warme groet,<br>Pakketjes van Paula</p>""",
['BSM311'], 'Delay message with an unrelated stock photo of a snowy forest.')

M(42, 'invoice', 'html', 'Factuur {o}',
"""<p><img src="https://cdn.drukkerijdekrul.nl/img/logo-drukkerij-de-krul.png" width="160"></p>
<p>Beste heer Bos,</p>
<p>In de bijlage treft u de factuur aan voor uw bestelling {o} (500 visitekaartjes, 350 grams mat). Factuurnummer: DK/2026/1182.</p>
<p>U vroeg bij het bestellen of de kaartjes op naam van uw nieuwe praktijk konden worden gefactureerd; dat hebben we zo gedaan. Klopt er iets niet aan de tenaamstelling, dan passen we de factuur graag aan.</p>
<p>Met vriendelijke groet,<br>Drukkerij De Krul<br><small>KvK 45678123 | BTW NL823456781B01</small></p>""",
['BSM402'], 'Invoice with the shop logo image lacking an alt attribute.')

M(43, 'reply', 'text', 'Re: Welke maat? ({o})',
"""Hoi Nina,

Haha, goede vraag, want die maattabel van ons is ook echt een puzzel 🙈 Voor de regenjas uit bestelling {o} raden we maat M aan als je normaal tussen S en M in zit; hij is ruim gesneden zodat er een trui onder past.

Qua mouwlengte: de jas valt normaal, dus daar hoef je niet op te letten. De capuchon is verstelbaar met een koordje aan de achterkant en past ook over een fietshelm, mocht je daarmee op pad gaan.

Ruilen kan altijd binnen 30 dagen, dus geen stress 👍

Groetjes,
Regenkleding Buiten Droog""",
['BSM403'], 'Reply containing emoji.')

M(44, 'delivery-scheduling', 'text', 'Wanneer mogen we de trampoline brengen? ({o})',
"""Hallo Dennis,

De trampoline uit bestelling {o} staat klaar in ons depot in Zwolle. Omdat het pakket bijna 90 kilo weegt, brengen we hem met de bakwagen. We kunnen dinsdag 15 december tussen 13.00 en 17.00 uur of zaterdag 19 december tussen 09.00 en 12.00 uur.

Het opbouwen duurt met twee volwassenen ongeveer anderhalf uur. De bezorgers zetten de doos in de tuin of de garage, zodat je hem in je eigen tempo kunt opbouwen. Zorg wel voor een vlakke plek van zo'n vier bij vier meter zonder takken erboven.

Laat maar weten wat je past, dan zorgen wij dat de kids er in de kerstvakantie op kunnen :-)

Groet,
Speeltuinwinkel Sprong, Zwolle""",
['BSM403'], 'Delivery scheduling with a text emoticon.')

M(45, 'delivery-delay', 'html', 'Update over bestelling {o}',
"""<style>
h1 { font-size: 26px; }
h2 { font-size: 19px; }
p { font-size: 15px; }
.voetnoot { font-size: 11px; }
</style>
<h1>Even geduld</h1>
<h2>Uw bestelling {o}</h2>
<p>Beste mevrouw Ramdin, de keramische vazen die u bestelde komen drie dagen later uit de oven dan gepland, omdat de glazuurbak opnieuw moest worden opgestookt. Wij verwachten de vazen op vrijdag 18 december te versturen.</p>
<p>Het goede nieuws: bij de tweede stook is het glazuur mooier uitgelopen dan bij de eerste, met precies dat diepe zeegroen dat u op de foto's zag. Het wachten is het dus waard, beloven we.</p>
<p>Met vriendelijke groet,<br>Keramiekatelier De Draaischijf</p>
<p class="voetnoot">De Draaischijf | Havenstraat 3, 1271 AD Huizen | KvK 67812345</p>""",
['BSM410'], 'Style block setting four explicit font sizes.')

M(46, 'delivery-delay', 'text', 'Vertraging bestelling {o}',
"""Beste meneer Meijer,

Het spijt ons, maar de tuinbank uit bestelling {o} wordt later verzonden dan aangegeven. De lak moet langer drogen vanwege de koude werkplaats; bij deze temperaturen duurt het bijna twee keer zo lang voordat de laklaag hard genoeg is om in te pakken.

We hadden het liever anders gezien, want we weten dat veel mensen hun bank graag nog voor de feestdagen in de serre willen hebben staan.


Nieuwe verwachte verzenddatum: donderdag 17 december.


Met vriendelijke groet,
Tuinmeubelen De Vlonder""",
['BSM412'], 'Plain text with runs of two blank lines between paragraphs.')

M(47, 'invoice', 'text', '[Belangrijk] Uw factuur bij bestelling {o}',
"""Beste mevrouw Kok,

Bijgaand ontvangt u de factuur voor bestelling {o}, de twee jaloezieën op maat voor de slaapkamer en de zolder.

U vroeg bij het bestellen of de factuur op naam van uw praktijk kon, en dat hebben we zo gedaan. De montage-instructie zat al bij de jaloezieën in de doos; mocht u die kwijt zijn, dan sturen we hem graag opnieuw mee als bijlage.

Factuurnummer: JZ/2026/0988
Totaal incl. 21% btw: € 214,50

Met vriendelijke groet,
Raamdecoratie Zonwering Zuid
Marktstraat 10, 4331 LK Middelburg
KvK 22345678 | BTW NL809876543B01""",
['BSM110'], '[Belangrijk] tag on a routine invoice.')

M(48, 'review-request', 'html', 'Deel uw ervaring ({o})',
"""<p>Beste heer Postma,</p>
<p>De nieuwe ski-helm uit bestelling {o} gaat hopelijk binnenkort mee de berg op. Wij horen graag hoe hij zit en of het vizier goed aansluit.</p>
<p>Wintersport is voor ons meer dan een winkel: ons team staat zelf elk jaar in Oostenrijk op de lat, en de helmen die we verkopen testen we eerst zelf. Juist daarom zijn we benieuwd naar ervaringen van anderen.</p>
<p>Wilt u een recensie schrijven? <a href="https://www.amazon.nl/review/create-review?asin=B0C5HELM77">Klik hier</a>.</p>
<p>Met vriendelijke groet,<br>Wintersport Postma & Co</p>""",
['BSM401'], 'Link text "Klik hier" on an Amazon review link.')

# ---------------------------------------------------------------- varying (49-50)
M(49, 'delivery-delay', 'html', 'Nieuwe leverdatum voor bestelling {o}',
"""<div style="font-family: Georgia, serif; line-height: 1.8; color: #3a2e26;">
<p style="text-align: center;"><strong>Boekbinderij Het Schutblad</strong></p>
<p>Beste mevrouw Veenstra,</p>
<p>Het in leer gebonden notitieboek uit bestelling {o} heeft iets meer tijd nodig: het leer moet na het verven nog een paar dagen rusten voordat we het kunnen persen. We verwachten het boek op maandag 14 december te versturen.</p>
<p>U had gevraagd om de initialen M.V. in blinddruk op de voorkant. Die zetten we pas als het leer helemaal rustig is, anders loopt de afdruk een beetje uit. Het papier binnenin is 120 grams en geschikt voor vulpen, zoals u in uw vraag aangaf.</p>
<p>Komt de nieuwe datum niet goed uit, bijvoorbeeld omdat het boek een cadeau is, laat het ons dan weten.</p>
<p>Met vriendelijke groet,<br>Geertje</p>
</div>""",
['BSM407', 'BSM408', 'BSM409', 'BSM411'], 'Builder styles: font family, line height, text colour and centred header.')

M(50, 'delivery-delay', 'text', 'Vertraging van uw bestelling {o}',
"""Beste meneer Huisman,

Uw bestelling {o} voor de houten kinderkeuken wordt helaas iets later verstuurd dan beloofd. Een van de deurtjes kwam beschadigd uit de lakstraat en we maken een nieuw exemplaar, want een keukentje met een kras erin willen we niet onder de kerstboom hebben.

Verwachte verzending: woensdag 16 december. Daarmee ligt het pakket normaal gesproken op vrijdag 18 december bij u.

Komt dat niet goed uit, laat het ons dan weten; dan zoeken we samen naar een oplossing.

Met vriendelijke groet,
Speelgoedmakerij Klein Geluk""",
['BSM102'], 'Order number written without hyphens only, so it does not count.', nohyphen=True)
