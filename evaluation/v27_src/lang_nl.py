"""v27 blind evaluation messages, Dutch (nl-NL)."""

LANG = "nl"
LOCALE = "nl-NL"


def _oid(n):
    a = (3141592 + n * 104729) % 9000000 + 1000000
    b = (2718281 + n * 77773) % 9000000 + 1000000
    return "581-%07d-%07d" % (a, b)


MESSAGES = []


def _m(n, typ, fmt, subject, body, expected, note, locale=LOCALE):
    MESSAGES.append({
        "id": "v27-nl-%03d" % n, "language": LANG, "locale": locale, "type": typ,
        "format": fmt, "subject": subject, "body": body, "order_id": _oid(n),
        "expected": sorted(expected), "note": note,
    })


O = {n: _oid(n) for n in range(1, 51)}

# ---------------- clean (17) ----------------
_m(1, "delivery-delay", "text", f"Levering bestelling {O[1]} schuift een paar dagen op",
f"""Beste mevrouw Verhoeven,

De eikenhouten wandplank die u bij ons bestelde (bestelling {O[1]}) komt later dan op Amazon stond. Onze leverancier in Oldenzaal heeft een partij planken afgekeurd vanwege scheuren in het hout, en we willen u geen tweede keus sturen.

De nieuwe planken zijn maandag bij ons binnen. Wij verwachten uw bestelling uiterlijk donderdag 17 december te kunnen versturen.

Past dat niet, laat het ons dan via Amazon weten, dan zoeken we samen naar een oplossing.

Met vriendelijke groet,
Ruud Lammers
Houtatelier De Kwast""",
[], "Plain-text delivery delay with a new ship date and no shipment confirmation.")

_m(2, "delivery-delay", "html", f"Vertraging: bestelling {O[2]}",
f"""<table width="100%" cellpadding="0" cellspacing="0"><tr><td>
<p>Hoi Sanne,</p>
<p>Even een update over je bestelling <strong>{O[2]}</strong> (2x lavendelzeep, 1x zeepschaaltje van keramiek).</p>
<p>Door de storm van afgelopen weekend is onze pottenbakker in Zeeland een paar dagen dicht geweest. De schaaltjes worden nu nagebakken; we rekenen erop dat je pakketje op <strong>woensdag 16 december</strong> de deur uitgaat in plaats van vandaag.</p>
<p>Excuses voor het wachten. Als je liever alleen de zeep alvast krijgt, stuur ons dan even een berichtje via Amazon.</p>
<p>Groetjes,<br>Femke<br><small>Zeepziederij Het Zilte Blok</small></p>
</td></tr></table>""",
[], "Builder-style HTML delivery delay without styles.")

_m(3, "order-problem", "text", f"[Belangrijk] Artikel niet leverbaar - bestelling {O[3]}",
f"""Geachte heer De Boer,

Helaas moeten wij u laten weten dat de Philips-koffiemolen uit uw bestelling {O[3]} niet meer op voorraad is. Ons laatste exemplaar bleek bij controle beschadigd en de groothandel kan niet meer leveren.

Wij hebben het bestelbedrag daarom volledig aangepast: de € 54,95 wordt via Amazon teruggeboekt naar uw betaalmethode. U hoeft hier zelf niets voor te doen.

Onze excuses voor het ongemak.

Met vriendelijke groet,
Klantenservice Keukenhuis Brabant""",
[], "Order problem with amount adjusted; [Belangrijk] allowed on this critical type.")

_m(4, "additional-information", "text", f"Vraag over uw naambordje - {O[4]}",
f"""Goedemiddag meneer Yilmaz,

Bedankt voor uw bestelling {O[4]} van het gegraveerde huisnummerbordje. Om het te kunnen maken hebben we nog één ding van u nodig: welk lettertype wilt u voor het huisnummer? U kunt kiezen uit 'Klassiek' of 'Modern' (zie de productpagina).

Zodra we uw keuze hebben, gaat het bordje in productie.

Groet,
Jeroen
Graveerwerkplaats Noord""",
[], "Request for information needed to make the order.")

_m(5, "return-follow-up", "text", f"Uw retour van bestelling {O[5]}",
f"""Beste heer Koster,

U heeft de tuinstoel uit bestelling {O[5]} aangemeld voor retour omdat er een kras op de armleuning zit. Vervelend dat hij zo bij u is aangekomen.

Als u de stoel liever houdt, bieden wij u een gedeeltelijke terugbetaling van € 25,00 aan (de stoel kostte € 89,00). Terugsturen is dan niet nodig. Wilt u hem toch retourneren, dan verwerken we dat gewoon zoals aangemeld.

Laat u ons weten wat u wilt?

Vriendelijke groeten,
Annelies van Dijk
Buitenleven Tuinmeubelen""",
[], "Return follow-up offering a partial refund.")

_m(6, "return-follow-up", "html", f"Retourzending {O[6]}: nog een vraag",
f"""<p>Beste Noor,</p>
<p>We zien dat je de kinderfiets uit bestelling {O[6]} wilt terugsturen. Om het retourlabel goed aan te maken moeten we weten of de fiets nog in de originele doos zit, of dat we een grotere verpakking moeten laten ophalen.</p>
<p>Kun je dat even laten weten?</p>
<p>Met vriendelijke groet,<br>Bas<br>Fietsenmakerij Van Loon</p>""",
[], "Return follow-up asking for information needed to complete the return.")

_m(7, "invoice", "text", f"Factuur bij bestelling {O[7]}",
f"""Geachte heer/mevrouw,

In de bijlage vindt u de factuur voor uw bestelling {O[7]}, factuurnummer 2026/NL/01843, zoals u had gevraagd voor uw administratie.

Factuurdatum: 04-12-2026
Totaal: € 242,00 (waarvan 21% btw: € 42,00)

Met vriendelijke groet,
Administratie

Drukkerij Meijer & Zn. B.V.
Industrieweg 14, 3542 AD Utrecht
KvK 30123456
BTW-nummer NL812345678B01""",
[], "Invoice with KvK and BTW numbers and a slashed invoice number.")

_m(8, "review-request", "text", f"Uw ervaring met bestelling {O[8]}",
f"""Dag mevrouw Bakker,

Een week geleden heeft u bij ons een set linnen theedoeken ontvangen (bestelling {O[8]}). Wij zouden het waarderen als u op Amazon een recensie over het product wilt schrijven. Andere kopers hebben veel aan eerlijke ervaringen, of die nu positief of negatief zijn.

Met vriendelijke groet,
Linnenkast Twente""",
[], "Neutral plain-text review request.")

_m(9, "review-request", "html", f"Wat vindt u van uw lamp? ({O[9]})",
f"""<p><img src="https://cdn.lichtwerkplaats.nl/mail/logo-lichtwerkplaats.png" alt="Logo De Lichtwerkplaats" width="180" height="60"></p>
<p>Beste heer Smit,</p>
<p>Onlangs heeft u bij De Lichtwerkplaats een hanglamp gekocht (bestelling {O[9]}). Wilt u uw ervaring delen met andere kopers? Dat kan via <a href="https://www.amazon.nl/review/create-review?asin=B0CXLW2345">een recensie schrijven op Amazon</a>.</p>
<p>Hartelijke groet,<br>Team De Lichtwerkplaats</p>""",
[], "Neutral HTML review request with shop logo (alt) and descriptive https Amazon link.")

_m(10, "delivery-scheduling", "text", f"Bezorgafspraak wasmachine, bestelling {O[10]}",
f"""Beste familie Jansen,

Uw wasmachine (bestelling {O[10]}) wordt door onze eigen bezorgdienst thuisgebracht. Omdat het een zwaar apparaat is, plannen we de levering graag samen met u in.

We kunnen komen op:
- vrijdag 11 december tussen 08:00 en 12:00 uur
- maandag 14 december tussen 13:00 en 17:00 uur
- dinsdag 15 december tussen 08:00 en 12:00 uur

Welk tijdvak past u het best? Zorg er a.u.b. voor dat er iemand thuis is die kan tekenen.

Met vriendelijke groet,
Planning Witgoed Direct""",
[], "Delivery scheduling for a bulky item with dates and time slots.")

_m(11, "home-service-appointment", "html", f"Afspraak montage keukenkast - {O[11]}",
f"""<p>Goedendag mevrouw El Amrani,</p>
<p>Voor de montage van uw keukenkast (Amazon Home Services, bestelling {O[11]}) hebben we de volgende mogelijkheden:</p>
<ul>
<li>donderdag 10 december, 09:30-12:30</li>
<li>zaterdag 12 december, 10:00-13:00</li>
</ul>
<p>Onze monteur Erik neemt al het gereedschap mee. Wilt u via Amazon laten weten welke dag u uitkomt?</p>
<p>Met vriendelijke groet,<br>Klusbedrijf Van Wijk</p>""",
[], "Home-service appointment proposal with dates and time slots.")

_m(12, "custom-design-verification", "text", f"Ontwerpproef voor uw geboortebordje ({O[12]})",
f"""Hallo Marieke en Thijs,

In de bijlage zit de ontwerpproef van het geboortebordje voor Julia (bestelling {O[12]}). Controleer vooral de naam, de geboortedatum (28-11-2026) en het gewicht (3240 gram).

Klopt alles? Dan gaan we frezen. Wilt u iets anders, dan passen we de proef kosteloos aan.

Liefs uit de werkplaats,
Inge van Studio Klein Geluk""",
[], "Custom design proof attached for verification.")

_m(13, "fulfillment-question", "text", f"Toegangscode nodig voor levering {O[13]}",
f"""Beste heer Visser,

Uw pakket (bestelling {O[13]}) moet worden afgeleverd op Oostelijke Handelskade 102, appartement 4.17. Voor zover wij weten zit er een codeslot op de hoofdingang van dat complex.

Kunt u ons de deurcode doorgeven, of een buurman noemen bij wie het pakket mag worden afgegeven? Vermeld gerust ons referentienummer WD-2026-0419 in uw antwoord.

Met vriendelijke groet,
Verzendafdeling Boekhuis Amstel""",
[], "Door-code question with reference numbers.")

_m(14, "reply", "text", f"Re: Vraag over 'Cast Iron Dutch Oven 26 cm' ({O[14]})",
f"""Beste Pieter,

Goede vraag! De 'Cast Iron Dutch Oven 26 cm' uit je bestelling {O[14]} is geschikt voor inductie, gas en de oven tot 250 graden. Alleen in de magnetron mag hij niet.

Voor het eerste gebruik raden we aan de pan af te wassen met warm water en daarna licht in te vetten met zonnebloemolie.

Groet,
Koen van Pannenwinkel Het Fornuis""",
[], "Reply quoting an English product title inside Dutch sentences.")

_m(15, "reply", "text", f"Re: Stofzuiger doet het niet meer - {O[15]}",
f"""Beste mevrouw Hendriks,

Jammer dat de stofzuiger uit bestelling {O[15]} na drie weken al niet meer aanslaat. Omdat het toestel nog onder de fabrieksgarantie valt, kunt u het snelst terecht bij de fabrikant zelf:

Garantielijn fabrikant (Vorwerk Nederland): 0900 - 123 45 67

Zij halen het toestel kosteloos op. Lukt dat niet, laat het ons dan weten.

Met vriendelijke groet,
Huishoud Centraal""",
[], "Reply giving the manufacturer's warranty hotline, marked as such.")

_m(16, "reply", "html", f"Re: Gegevens voor uw administratie ({O[16]})",
f"""<p>Geachte heer Mulder,</p>
<p>U vroeg om onze bedrijfsgegevens voor de boekhouding bij bestelling {O[16]}. Hieronder vindt u ze.</p>
<p>Met vriendelijke groet,<br>Esther de Graaf<br>Office manager</p>
<p><small>Kantoorartikelen Delta B.V.<br>Rivium Boulevard 55, 2909 LK Capelle aan den IJssel<br>KvK 24987654 &middot; BTW NL809876543B01</small></p>""",
[], "Reply with a company-details footer (KvK, BTW, IBAN).")

_m(17, "reply", "text", f"Re: Waar blijft mijn terugbetaling? {O[17]}",
f"""Dag Lotte,

Ik heb het even nagekeken. Je retourpakket (retournummer RT-558210, track & trace 3SDEVC4471925) is op vrijdag 4 december om 11:42 uur bij ons magazijn binnengekomen.

Op maandag 7 december hebben we € 39,95 terugbetaald voor bestelling {O[17]}. Afhankelijk van je bank staat het bedrag binnen 3 tot 5 werkdagen op je rekening.

Groetjes,
Mirjam - Kinderkleding Hummeltje""",
[], "Reply with return and tracking numbers, dates, times and amounts.")

# ---------------- violations (31) ----------------
_m(18, "fulfillment-question", "text", f"Je pakket is onderweg - {O[18]}",
f"""Hoi Daan,

Goed nieuws: je pakket met bestelling {O[18]} heeft vanochtend ons magazijn in Venlo verlaten en is aan PostNL meegegeven.

Groet,
Team Gamekelder""",
["BSM201"], "Shipment confirmation: left the warehouse and handed to the carrier.")

_m(19, "additional-information", "text", f"Bestelling {O[19]} ontvangen",
f"""Beste mevrouw Peters,

Wij hebben uw bestelling {O[19]} in goede orde ontvangen en zijn druk bezig alles voor u klaar te maken. De bloembollen worden met zorg ingepakt.

Met vriendelijke groet,
Kwekerij De Tulpenhof""",
["BSM201"], "Order confirmation: received and being prepared.")

_m(20, "reply", "text", f"Dank je wel! ({O[20]})",
f"""Hallo Emma,

Hartstikke bedankt voor je bestelling {O[20]}! We vinden het superleuk dat je voor ons hebt gekozen.

Liefs,
Wolwinkeltje De Breibol""",
["BSM202"], "Thanks only.")

_m(21, "fulfillment-question", "text", f"Bestelling {O[21]}",
f"""Geachte heer Bos,

Mocht er iets zijn met uw bestelling {O[21]}, dan staan wij voor u klaar. Aarzel niet om ons via Amazon een bericht te sturen.

Met vriendelijke groet,
Autoparts Zwolle""",
["BSM202"], "Only offers help if something comes up.")

_m(22, "delivery-delay", "text", f"Kleine vertraging bij {O[22]}",
f"""Beste Wouter,

Je hardloopschoenen (bestelling {O[22]}) komen helaas twee dagen later binnen bij ons dan gepland. We versturen ze op vrijdag 11 december.

Sportieve groet,
Loopwinkel De Polder

P.S. Deze maand krijg je 20% korting op ons hele assortiment met de code POLDER20.""",
["BSM203"], "Permitted delay with a promotional P.S. discount code.")

_m(23, "reply", "html", f"Re: maattabel ({O[23]})",
f"""<p>Hoi Lisa,</p>
<p>De jurk uit bestelling {O[23]} valt normaal op maat; neem gewoon je eigen maat.</p>
<p>Trouwens: volg ons op Instagram en schrijf je in voor onze nieuwsbrief, dan zie je als eerste onze nieuwe wintercollectie!</p>
<p>Groetjes,<br>Boetiek Madelief</p>""",
["BSM203"], "Reply inviting to follow the shop and subscribe to the newsletter.")

_m(24, "review-request", "text", f"Een klein bedankje voor uw recensie ({O[24]})",
f"""Beste mevrouw Dekker,

Wij hopen dat u blij bent met de fotolijsten uit bestelling {O[24]}. Zodra uw recensie op Amazon verschijnt, sturen wij u als blijk van waardering een leuke attentie toe.

Hartelijke groet,
Lijstenmakerij Vermeer""",
["BSM204"], "Small token of appreciation once the review is published.")

_m(25, "review-request", "text", f"Geld terug voor uw review? {O[25]}",
f"""Hallo,

Schrijf een review over de powerbank uit bestelling {O[25]} en stuur ons een schermafbeelding. Zodra je review online staat, betalen we het volledige aankoopbedrag aan je terug.

Groeten,
VoltStore NL""",
["BSM204"], "Full refund as soon as the review is online.")

_m(26, "reply", "text", f"Re: uw beoordeling - {O[26]}",
f"""Beste meneer Van den Berg,

Het defecte snoer van uw waterkoker hebben we inmiddels vervangen (bestelling {O[26]}). Nu alles weer werkt: zou u uw beoordeling van één ster willen aanpassen of verwijderen? Dat zou ons als klein bedrijf enorm helpen.

Met vriendelijke groet,
Elektro Veenstra""",
["BSM205"], "Asks to change or remove a one-star review.")

_m(27, "review-request", "text", f"Tevreden over uw bestelling {O[27]}?",
f"""Beste klant,

Bent u tevreden over de bureaustoel uit bestelling {O[27]}? Laat dan een recensie achter op Amazon. Bent u niet tevreden, neem dan eerst contact met ons op in plaats van een recensie te schrijven, dan lossen we het samen op.

Met vriendelijke groet,
Kantoorstoelen.nu""",
["BSM206"], "Review only if satisfied; unhappy buyers steered to contact the seller.")

_m(28, "review-request", "text", f"Vijf sterren? ({O[28]})",
f"""Hoi Tim,

Hopelijk speel je al volop met het bordspel uit bestelling {O[28]}. Zou je ons vijf sterren willen geven op Amazon? Voor een klein spellenwinkeltje maakt dat echt het verschil.

Groeten,
Spellenzolder Leiden""",
["BSM206"], "Asks for a five-star rating.")

_m(29, "order-problem", "text", f"Probleem met bestelling {O[29]}",
f"""Beste mevrouw Willems,

Van de twee plantenbakken in uw bestelling {O[29]} hebben we er nog maar één op voorraad. Het bedrag voor de tweede bak (€ 34,50) hebben we al van uw bestelling afgehaald.

Wilt u liever geen halve levering? Het snelst is dan dat u de hele bestelling zelf annuleert via Mijn bestellingen op Amazon.

Met vriendelijke groet,
Groenrijk Webshop""",
["BSM108"], "Amount adjusted, but advises the buyer to cancel the order herself.")

_m(30, "order-problem", "text", f"Voorraadprobleem {O[30]}",
f"""Geachte heer Claes,

De barkrukken uit uw bestelling {O[30]} zijn helaas uitverkocht en komen niet meer terug in ons assortiment. Wij zouden het op prijs stellen als u via uw Amazon-account een annuleringsverzoek indient, zodat wij de bestelling kunnen afsluiten.

Met vriendelijke groet,
Interieurhuis Lemmens""",
["BSM107", "BSM108"], "Asks for a cancellation request without confirming the amount adjustment.")

_m(31, "delivery-delay", "text", f"Nieuwe verzenddatum voor {O[31]}",
f"""Beste mevrouw Kok,

Uw printerinkt uit bestelling {O[31]} wordt op maandag 14 december verstuurd in plaats van vandaag, omdat de leverancier later levert.

Met vriendelijke groet,
Inktpatroon Expert

Wilt u geen berichten meer van ons ontvangen? Antwoord dan met STOP.""",
["BSM305"], "Delay message with an opt-out instruction (reply STOP).")

_m(32, "reply", "text", f"Re: pakket kwijt {O[32]}",
f"""Hoi Mark,

Die kutbezorgers hebben je pakket (bestelling {O[32]}) godverdomme wéér bij het verkeerde adres neergegooid. We hebben een claim ingediend en sturen je vrijdag een nieuw exemplaar.

Groet,
Rob - Vishandel Het Snoekje""",
["BSM306"], "Dutch profanity in a reply.")

_m(33, "delivery-delay", "text", f"Delay on your order {O[33]}",
f"""Dear Mr. Hoekstra,

Unfortunately your garden hose reel (order {O[33]}) will ship a few days later than expected. Our supplier has announced new stock for Monday 14 December, and we plan to dispatch your order on Tuesday 15 December.

We apologise for the inconvenience.

Kind regards,
Tuincentrum Hoekstra Online""",
["BSM104"], "Message in English to a nl-NL buyer.")

_m(34, "reply", "text", f"Re: montagevraag {O[34]}",
f"""Beste heer Prins,

De montage van het stapelbed uit bestelling {O[34]} is inderdaad wat lastig bij stap 7. Bel gerust even met onze klantenservice op 038-4216790, dan lopen we het samen door.

Met vriendelijke groet,
Kindermeubel Holland""",
["BSM309"], "Seller's own phone number in Dutch national format.")

_m(35, "fulfillment-question", "text", f"Afleveradres bestelling {O[35]}",
f"""Hallo mevrouw Groen,

Het huisnummer bij uw bestelling {O[35]} ontbreekt, waardoor de bezorger het pakket niet kan afleveren. Wilt u ons het volledige adres sturen? Bellen of appen mag ook: +31 6 2845 1937.

Groet,
Lisanne - Kaashandel Gouda Direct""",
["BSM309"], "Mobile phone number in international format.")

_m(36, "reply", "text", f"Re: handleiding kwijt ({O[36]})",
f"""Beste meneer Dijkstra,

Geen probleem, we sturen u de handleiding van de broodbakmachine (bestelling {O[36]}) graag opnieuw. Stuurt u even een mailtje naar service@bakkersgilde-shop.nl, dan krijgt u de pdf meteen terug.

Met vriendelijke groet,
Bakkersgilde""",
["BSM308"], "Plain e-mail address.")

_m(37, "reply", "text", f"Re: foto's van de schade {O[37]}",
f"""Hoi Joyce,

Wat vervelend van de gebroken vaas uit bestelling {O[37]}. Kun je foto's sturen naar schade apenstaartje glashuys punt nl? Dan regelen we het zo snel mogelijk.

Groeten,
Het Glashuys""",
["BSM308"], "Obfuscated e-mail address ('apenstaartje', 'punt').")

_m(38, "reply", "html", f"Re: recepten bij de pizzasteen ({O[38]})",
f"""<p>Hallo Ilse,</p>
<p>Leuk dat je aan de slag gaat met de pizzasteen uit bestelling {O[38]}. Houd hem de eerste keer een halfuur in de oven op 250 graden voordat je de pizza erop legt.</p>
<p>Meer inspiratie vind je op <a href="https://www.steenenbakker.nl/blog/pizzarecepten">ons blog met pizzarecepten</a>.</p>
<p>Smakelijk!<br>Steen &amp; Bakker</p>""",
["BSM302"], "Descriptive https link to the seller's own blog, not needed for the order.")

_m(39, "reply", "html", f"Re: status retour {O[39]}",
f"""<p>Beste heer Meijer,</p>
<p>Uw retour voor bestelling {O[39]} is verwerkt. De terugbetaling ziet u terug in <a href="http://www.amazon.nl/gp/your-account/order-history">uw bestellingen op Amazon</a>.</p>
<p>Met vriendelijke groet,<br>Audio Specialist Hilversum</p>""",
["BSM301"], "Insecure http link to Amazon with descriptive text.")

_m(40, "additional-information", "html", f"Welke kleur? Bestelling {O[40]}",
f"""<p>Beste mevrouw Schouten,</p>
<p>In uw bestelling {O[40]} is de kleur van het vloerkleed niet doorgekomen. Hieronder ziet u het kleed; laat u ons weten of u het in zand of in antraciet wilt?</p>
<p><img src="https://images.tapijthal.nl/producten/vloerkleed-berber-200x290.jpg" alt="Vloerkleed Berber 200 x 290 cm" width="400"></p>
<p>Met vriendelijke groet,<br>Tapijthal Noord</p>""",
["BSM310"], "Image of the purchased product.")

_m(41, "delivery-delay", "html", f"Winterse vertraging - {O[41]}",
f"""<p>Beste heer Vos,</p>
<p>Door de sneeuw in Duitsland wordt uw schaatsslijpset (bestelling {O[41]}) pas op dinsdag 15 december verstuurd.</p>
<p><img src="https://cdn.ijssport-friesland.nl/mail/winterlandschap-molen.jpg" alt="Besneeuwd landschap met molen" width="400"></p>
<p>Met sportieve groet,<br>IJssport Friesland</p>""",
["BSM311"], "Unrelated stock image (snowy landscape).")

_m(42, "review-request", "html", f"Uw mening over bestelling {O[42]}",
f"""<p><img src="https://cdn.theehuisjeoosterhout.nl/logo-theehuisje.png" width="160" height="50"></p>
<p>Beste mevrouw Van Leeuwen,</p>
<p>U heeft bij Theehuisje Oosterhout losse thee besteld (bestelling {O[42]}). Wij stellen het op prijs als u uw ervaring deelt in een recensie op Amazon.</p>
<p>Vriendelijke groet,<br>Theehuisje Oosterhout</p>""",
["BSM402"], "Shop logo image without alt attribute.")

_m(43, "delivery-delay", "text", f"Iets later: {O[43]}",
f"""Hoi Sophie!

Je puzzel van 1000 stukjes (bestelling {O[43]}) is nog niet binnen bij de groothandel 😕 We verwachten hem donderdag 17 december te kunnen versturen.

Groetjes,
Puzzelparadijs""",
["BSM403"], "Emoji in a delay notice.")

_m(44, "additional-information", "text", f"Maat doorgeven voor {O[44]}",
f"""Hallo Max,

Voor de maatwerk-hoes uit bestelling {O[44]} hebben we nog de lengte van je bank in centimeters nodig. Even meten en doorsturen via Amazon, dan komt het goed ;-)

Groet,
Hoezenfabriek Tilburg""",
["BSM403"], "Text emoticon ;-) in an information request.")

_m(45, "delivery-delay", "html", f"Nieuwe leverdatum {O[45]}",
f"""<style>
h1 {{ font-size: 24px; }}
h2 {{ font-size: 18px; }}
p {{ font-size: 14px; }}
.kleine-lettertjes {{ font-size: 11px; }}
</style>
<h1>Vertraging</h1>
<h2>Bestelling {O[45]}</h2>
<p>Beste mevrouw Hermans, uw koffiebonen worden gebrand zodra de nieuwe oogst binnen is. We verwachten ze op woensdag 16 december te versturen.</p>
<p class="kleine-lettertjes">Koffiebranderij De Boon, Nijmegen</p>""",
["BSM410"], "Four explicit font sizes in a style block.")

_m(46, "additional-information", "html", f"Graveertekst voor {O[46]}",
f"""<p>Beste heer Wolters,</p>
<p>Welke tekst wilt u op het zakhorloge uit bestelling {O[46]} laten graveren? Maximaal 20 tekens.</p>
<p></p>
<p></p>
<p>Met vriendelijke groet,<br>Juwelier Wolters &amp; Co</p>""",
["BSM412"], "Empty paragraphs between paragraphs in HTML.")

_m(47, "review-request", "text", f"[Belangrijk] Uw recensie voor bestelling {O[47]}",
f"""Beste mevrouw Bosman,

U heeft onlangs een set tuingereedschap bij ons gekocht (bestelling {O[47]}). Wilt u uw ervaring met andere kopers delen door een recensie op Amazon te schrijven?

Met vriendelijke groet,
Tuinwinkel Bosman""",
["BSM110"], "[Belangrijk] tag on a review request.")

_m(48, "reply", "html", f"Re: afmetingen kast ({O[48]})",
f"""<p>Hoi Ruben,</p>
<p>De afmetingen van de boekenkast uit bestelling {O[48]} staan op de productpagina; <a href="https://www.amazon.nl/dp/B0DKAST123">klik hier</a>.</p>
<p>Groet,<br>Meubelmakerij Eikenhof</p>""",
["BSM401"], "Non-descriptive link text 'klik hier'.")

# ---------------- variants (2) ----------------
_m(49, "delivery-delay", "text", "Vertraging van uw bestelling behang",
f"""Beste heer Ramdin,

Uw bestelling {O[49].replace('-', '')} (3 rollen behang) wordt een week later geleverd, omdat de fabriek een nieuwe drukgang moet draaien. Nieuwe verzenddatum: maandag 14 december.

Excuses voor het ongemak.

Met vriendelijke groet,
Behangwinkel Het Patroon""",
["BSM102"], "Order number written as 17 digits without hyphens only.")

_m(50, "delivery-delay", "html", f"Update over uw bestelling {O[50]}",
f"""<div style="font-family: Arial, Helvetica, sans-serif; line-height: 1.8; color: #333333; text-align: center;">
<p>Beste mevrouw Kuipers,</p>
<p>De kerstverlichting uit bestelling {O[50]} wordt door een late container op vrijdag 11 december verstuurd in plaats van vandaag.</p>
<p>Met vriendelijke groet,<br>Lichtjeswinkel Kerstdorp</p>
</div>""",
["BSM407", "BSM408", "BSM409", "BSM411"], "Builder styles: font family, line height, colour and centring.")
