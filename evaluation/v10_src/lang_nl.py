"""v10 blind evaluation set: Dutch (nl-NL) messages."""

LANG = "nl"
LOCALE = "nl-NL"


def O(n):
    """Order number for scenario n (unique, deterministic)."""
    return "410-%07d-%07d" % (3170000 + n * 7919, 5520000 + n * 4409)


MESSAGES = []


def m(n, type_, fmt, subject, body, expected, note):
    MESSAGES.append({
        "id": "v10-nl-%03d" % n,
        "language": LANG,
        "locale": LOCALE,
        "type": type_,
        "format": fmt,
        "subject": subject,
        "body": body,
        "order_id": O(n),
        "expected": sorted(expected),
        "note": note,
    })


# ---------------------------------------------------------------- clean (17)

m(1, "delivery-delay", "text",
  f"Levering bestelling {O(1)} later dan gepland",
  f"""Beste mevrouw Verhoeven,

Helaas lukt het ons niet om uw bestelling {O(1)} (2x fietstas Urban Waterproof, zwart) op de beloofde dag te versturen. Onze leverancier in Portugal heeft de nieuwe partij pas op vrijdag 11 december bij ons kunnen afleveren.

Wij verwachten de tassen uiterlijk maandag 14 december te verzenden, zodat u ze rond woensdag 16 december in huis heeft.

Excuses voor het ongemak.

Met vriendelijke groet,
Joost Bakker
Fietsenmakerij De Spaak, Utrecht""",
  [], "Plain-text delivery delay with a new ship date.")

m(2, "delivery-delay", "html",
  f"Vertraging: bestelling {O(2)}",
  f"""<p>Hallo Mark,</p>
<p>Even een update over je bestelling <strong>{O(2)}</strong>. De eikenhouten wandplank die je hebt besteld wordt bij ons in de werkplaats op maat gezaagd en geolied, en door de drukte rond de feestdagen loopt dat iets uit.</p>
<table>
<tr><td>Oorspronkelijke verzenddatum</td><td>8 december 2026</td></tr>
<tr><td>Nieuwe verwachte verzenddatum</td><td>15 december 2026</td></tr>
</table>
<p>We houden je op de hoogte als er nog iets verandert. Sorry voor het wachten!</p>
<p>Groeten uit Deventer,<br>
Fleur Janssen<br>
Houtatelier Lindehout</p>""",
  [], "HTML delivery delay with a plain table, no styles.")

m(3, "order-problem", "text",
  f"[Belangrijk] Probleem met uw bestelling {O(3)}",
  f"""Geachte heer Pronk,

Tot onze spijt kunnen wij uw bestelling {O(3)} (Theeblik Sencha Kyoto, 250 g) niet leveren. Bij de voorraadcontrole bleek dat de laatste blikken beschadigd uit het magazijn kwamen en er komt dit jaar geen nieuwe oogst meer binnen.

Wij hebben het volledige bestelbedrag van € 18,50 inmiddels aangepast in Seller Central met als reden 'niet op voorraad'. U hoeft zelf niets te doen; de terugbetaling verschijnt binnen enkele werkdagen via uw oorspronkelijke betaalmethode.

Onze excuses hiervoor.

Met vriendelijke groet,
Ingrid van Dam
Theehuis Van Dam""",
  [], "Order problem that confirms the amount adjustment (no stock); [Belangrijk] is allowed on this critical type.")

m(4, "additional-information", "text",
  f"Vraag over uw bestelling {O(4)}: maat ring",
  f"""Goedemiddag,

Dank voor uw bestelling {O(4)} van de gegraveerde zilveren ring. In uw bestelling is de ringmaat niet ingevuld en zonder die maat kunnen we de ring niet maken.

Kunt u ons laten weten welke maat u nodig heeft (binnendiameter in mm of de Nederlandse maat, bijvoorbeeld 17 of 17,5)? Zodra we dat weten gaat de ring in productie.

Hartelijke groet,
Noor Hendriks
Edelsmederij Hendriks & Zn.""",
  [], "Request for information (ring size) needed to complete the order.")

m(5, "return-follow-up", "text",
  f"Uw retourverzoek voor bestelling {O(5)}",
  f"""Beste heer El Amrani,

We hebben uw retourverzoek voor de bureaulamp (bestelling {O(5)}) ontvangen. U schrijft dat de voet een kras heeft, maar dat de lamp verder prima werkt.

Als alternatief voor terugsturen bieden we u een gedeeltelijke terugbetaling van € 12,00 aan (ongeveer 30% van de prijs). U houdt de lamp dan gewoon. Laat u ons weten of u dat wilt? Dan verwerken we het bedrag via Amazon. Geeft u de voorkeur aan retourneren, dan loopt het gewone retourproces door.

Met vriendelijke groet,
Sophie Mulder
Klantenservice LichtLab""",
  [], "Return follow-up offering a partial refund instead of the return.")

m(6, "return-follow-up", "text",
  f"Retour {O(6)} – welk artikel wilt u terugsturen?",
  f"""Hoi Lisa,

Je hebt een retour aangemeld voor bestelling {O(6)}. In die bestelling zitten twee kussenhoezen (oker en salie) en uit de aanmelding kunnen we niet opmaken welke van de twee je terug wilt sturen, of allebei.

Wil je dat even laten weten? Dan kunnen we het juiste retourlabel aanmaken.

Groetjes,
Anouk
Studio Kussenkoning""",
  [], "Return follow-up asking for information needed to complete the return.")

m(7, "invoice", "text",
  f"Factuur bij bestelling {O(7)}",
  f"""Geachte heer/mevrouw,

Zoals gevraagd sturen wij u hierbij de factuur voor uw bestelling {O(7)}. U vindt de factuur als pdf-bijlage bij dit bericht.

Factuurnummer: 2026/NL/004127
Factuurdatum: 4 december 2026
Totaalbedrag: € 242,00 (waarvan 21% btw: € 42,00)

Met vriendelijke groet,

Administratie
Kroon Kantoorinrichting B.V.
Industrieweg 14, 5145 PV Waalwijk
KvK 71234569 | btw-nummer NL861234567B01""",
  [], "Invoice with slashed invoice number, KvK and BTW; none are phone numbers.")

m(8, "review-request", "text",
  f"Uw ervaring met bestelling {O(8)}",
  f"""Beste klant,

Een paar weken geleden heeft u bij ons een set van drie snijplanken besteld (bestelling {O(8)}). We zijn benieuwd hoe ze u bevallen.

Zou u een paar minuten willen nemen om een productrecensie op Amazon te schrijven? Andere kopers hebben veel aan een eerlijk oordeel, en wij ook.

Met vriendelijke groet,
Team Houtwerk Noord""",
  [], "Neutral plain-text review request.")

m(9, "review-request", "html",
  f"Wat vindt u van uw aankoop? ({O(9)})",
  f"""<p><img src="https://img.mailstudio-cdn.com/u/48213/logo-kaashandel-gouds-goud.png" alt="Logo Kaashandel Gouds Goud" width="160" height="60"></p>
<p>Beste meneer De Wit,</p>
<p>U heeft onlangs bij Kaashandel Gouds Goud het proefpakket boerenkaas besteld (bestelling {O(9)}). Wij horen graag hoe het u is bevallen.</p>
<p>Wilt u uw ervaring delen met andere kopers? <a href="https://www.amazon.nl/review/create-review?asin=B0CK4NL412">Schrijf een recensie over het proefpakket op Amazon.nl</a></p>
<p>Alvast bedankt voor uw tijd.</p>
<p>Hartelijke groet,<br>Gerrit en Wilma de Graaf<br>Kaashandel Gouds Goud</p>""",
  [], "HTML review request with the shop's logo (alt names the shop) and a descriptive https Amazon link.")

m(10, "delivery-scheduling", "text",
  f"Afspraak bezorging hoekbank – bestelling {O(10)}",
  f"""Beste mevrouw Kuipers,

Uw hoekbank 'Lund' (bestelling {O(10)}) staat klaar in ons depot. Omdat de bank met twee man wordt bezorgd en naar binnen gedragen, plannen we de levering graag met u in.

Wij kunnen de volgende momenten aanbieden:
- donderdag 17 december, tussen 08:00 en 12:00 uur
- vrijdag 18 december, tussen 12:30 en 16:30 uur
- maandag 21 december, tussen 08:00 en 12:00 uur

Wilt u laten weten welk tijdvak u schikt, en of er een lift is of dat de bank via de trap naar boven moet?

Met vriendelijke groet,
Ruben Visser
Planning, Woonwarenhuis Stoelendans""",
  [], "Scheduling delivery of a bulky item with dates and time slots.")

m(11, "home-service-appointment", "text",
  f"Installatieafspraak vaatwasser, bestelling {O(11)}",
  f"""Goedendag meneer Schouten,

Bij uw bestelling {O(11)} heeft u de installatie van de inbouwvaatwasser door een monteur gekozen. Onze monteur is in uw regio op:

* dinsdag 15 december 2026, 09:00-11:00 uur
* woensdag 16 december 2026, 13:00-15:00 uur

Laat u ons weten welke afspraak past? Zorgt u er a.u.b. voor dat de watertoevoer en een geaard stopcontact binnen 1,5 meter van de plek aanwezig zijn.

Met vriendelijke groet,
Tom Vermeulen
Witgoed Service Brabant""",
  [], "Home-service installation appointment with dates and time windows.")

m(12, "custom-design-verification", "text",
  f"Ontwerpproef voor uw bestelling {O(12)}",
  f"""Beste Eva,

In de bijlage vind je de ontwerpproef (pdf) van het gepersonaliseerde geboortebord voor bestelling {O(12)}, met de tekst 'Welkom Julia – 2 december 2026 – 3420 gram'.

Wil je de spelling van de naam, de datum en het gewicht goed controleren? Als alles klopt, is een kort 'akkoord' genoeg; wil je iets aanpassen, laat dan weten wat. Pas na je akkoord gaan we graveren.

Groet,
Daan Smit
Graveerstudio Kroon""",
  [], "Custom design proof sent for verification.")

m(13, "fulfillment-question", "text",
  f"Toegangscode nodig voor bezorging {O(13)}",
  f"""Beste heer Bos,

Voor de bezorging van uw bestelling {O(13)} heeft de bezorger toegang nodig tot de pakketruimte in uw appartementencomplex. In het adres staat 'code bij de deur', maar de code zelf ontbreekt.

Kunt u ons de toegangscode laten weten? Vermeld daarbij graag ons referentienummer ZND-2026-12-0413 en het huisnummer (Hoogstraat 88-C, 3011 PT Rotterdam), dan koppelen we het direct aan de juiste zending.

Met vriendelijke groet,
Meike de Jong
Klantcontact Pakhuis Oost""",
  [], "Door-code question needed to deliver, with reference numbers and a house number range.")

m(14, "reply", "text",
  f"Re: vraag over 'Stainless Steel Travel Mug 450 ml' ({O(14)})",
  f"""Hallo Bas,

Goede vraag! De 'Stainless Steel Travel Mug 450 ml' die je bij ons hebt besteld (bestelling {O(14)}) is niet geschikt voor de vaatwasser. Het deksel mag wel in het bovenrek, de beker zelf spoel je het best met de hand af met warm water.

Koolzuurhoudende dranken raden we af; thee en koffie houden erin ongeveer zes uur warm.

Groet,
Iris
Koffiebar Bonenburg""",
  [], "Reply quoting an English product title inside Dutch sentences.")

m(15, "reply", "text",
  f"Re: Garantie op de staafmixer – {O(15)}",
  f"""Beste mevrouw Dekker,

Vervelend dat de staafmixer uit bestelling {O(15)} na drie weken niet meer aangaat. Het apparaat valt onder twee jaar fabrieksgarantie.

Voor een snelle afhandeling kunt u het beste rechtstreeks contact opnemen met de garantieservice van de fabrikant Bravoni:
Garantielijn fabrikant Bravoni: 085 303 41 50 (ma-vr 09:00-17:00 uur)

Houdt u het bestelnummer bij de hand. Komt u er met de fabrikant niet uit, laat het ons dan weten, dan zoeken we samen naar een oplossing.

Met vriendelijke groet,
Koen Brouwer
Keukenhuis Brouwer""",
  [], "Reply with the manufacturer's warranty line, marked as such (BSM309 exception).")

m(16, "reply", "text",
  f"Re: Afmetingen plantenbak, bestelling {O(16)}",
  f"""Beste heer Van Leeuwen,

De buitenmaat van de plantenbak 'Terra 80' is 80 x 40 x 45 cm (l x b x h); de binnenmaat is ongeveer 74 x 34 x 42 cm. In de bodem zitten vier afwateringsgaten van 12 mm.

Uw bestelling {O(16)} bevat de kleur antraciet, zoals u heeft gekozen.

Met vriendelijke groet,

Femke Willems
Tuincentrum De Groene Vingers B.V.
Rijksstraatweg 201, 7231 AG Warnsveld
KvK 09187654 | btw NL812345678B01""",
  [], "Reply with a company-details footer (address, KvK, BTW), no phone or e-mail.")

m(17, "reply", "text",
  f"Re: Waar blijft mijn terugbetaling? {O(17)}",
  f"""Hallo mevrouw Peeters,

Ik heb uw retour voor bestelling {O(17)} voor u nagekeken:

Retournummer: RMA-26-11873
Track & Trace retourpakket: 3SPOST4120087361
Ontvangen in ons magazijn: donderdag 3 december 2026 om 14:12 uur
Terugbetaling verwerkt: vrijdag 4 december 2026, € 34,95

Afhankelijk van uw bank staat het bedrag binnen 3 tot 5 werkdagen weer op uw rekening.

Met vriendelijke groet,
Lotte Meijer
Klantenservice Sokkenfabriek Twente""",
  [], "Reply with return number, tracking code, date, time and amount.")

# ------------------------------------------------------------ violations (31)

m(18, "fulfillment-question", "text",
  f"Update bestelling {O(18)}",
  f"""Beste Hanna,

Goed nieuws: je pakket met de yogamat en het draagkoord heeft vanochtend ons magazijn in Tilburg verlaten en is aan PostNL meegegeven. Je bestelling {O(18)} is dus onderweg.

Veel plezier ermee!

Groet,
Team Zenwinkel""",
  ["BSM201"], "Shipping confirmation paraphrased: parcel left the warehouse and was handed to the carrier.")

m(19, "fulfillment-question", "html",
  f"We zijn met uw bestelling {O(19)} bezig",
  f"""<p>Beste meneer Hoekstra,</p>
<p>Wij hebben uw bestelling <strong>{O(19)}</strong> goed ontvangen. Ons team is op dit moment bezig om de artikelen zorgvuldig voor u klaar te maken en in te pakken.</p>
<p>Met vriendelijke groet,<br>Drogisterij Het Zonnetje</p>""",
  ["BSM201"], "Order confirmation paraphrased: order received and being prepared.")

m(20, "reply", "text",
  f"Bedankt! ({O(20)})",
  f"""Beste mevrouw Van den Berg,

Heel hartelijk bedankt voor uw bestelling {O(20)} en voor het vertrouwen in onze kleine winkel. Wij waarderen het enorm.

Warme groet,
Marleen
Wolwinkel De Bol""",
  ["BSM202"], "Nothing but thanks.")

m(21, "fulfillment-question", "text",
  f"Bestelling {O(21)}",
  f"""Hallo,

Mocht er iets niet in orde zijn met uw bestelling {O(21)}, dan staan wij altijd voor u klaar. Laat het ons gewoon weten, dan zoeken we samen naar een oplossing.

Met vriendelijke groet,
Team Tegelhuys""",
  ["BSM202"], "Only the offer to help if a problem comes up.")

m(22, "delivery-delay", "text",
  f"Kleine vertraging – {O(22)}",
  f"""Beste heer Jacobs,

Uw bestelling {O(22)} (wandklok Delfts blauw) wordt niet op 9 december maar op 14 december verzonden, omdat de uurwerken later geleverd zijn dan afgesproken. Excuses daarvoor.

Met vriendelijke groet,
Annelies Kok
Klokkenhuis Kok

PS Tot en met zondag geven we 20% korting op ons hele assortiment met de code KLOK20.""",
  ["BSM203"], "Otherwise permitted delay with a P.S. promoting 20% off the whole range.")

m(23, "review-request", "text",
  f"Hoe bevalt uw kerstpakket? ({O(23)})",
  f"""Beste klant,

U heeft bij ons een kerstpakket besteld (bestelling {O(23)}). Wilt u er een productrecensie over schrijven op Amazon? Dat helpt andere kopers bij hun keuze.

Trouwens: volg ons op Instagram en Facebook (@delekkerbeknl) en schrijf u in voor onze nieuwsbrief, dan hoort u als eerste van onze nieuwe voorjaarscollectie.

Met vriendelijke groet,
De Lekkerbek""",
  ["BSM203"], "Review request that also invites following the shop, the newsletter and a new collection.")

m(24, "review-request", "text",
  f"Een klein bedankje voor uw recensie – {O(24)}",
  f"""Beste mevrouw Koster,

We hopen dat u blij bent met de linnen tafelkleden uit bestelling {O(24)}. Zou u een recensie willen schrijven op Amazon?

Als blijk van waardering sturen we u een leuke attentie toe zodra uw recensie online staat. Stuur ons dan even een berichtje.

Hartelijke groet,
Linnenkast Amsterdam""",
  ["BSM204"], "A small gift once the review is published.")

m(25, "review-request", "text",
  f"Uw aankoop {O(25)} gratis?",
  f"""Hoi Jeroen,

Fijn dat je voor onze draadloze oordopjes hebt gekozen (bestelling {O(25)}).

We hebben een speciale actie: schrijf een recensie op Amazon en stuur ons de link, dan betalen wij het volledige aankoopbedrag aan je terug zodra de recensie zichtbaar is.

Groet,
SoundNest Benelux""",
  ["BSM204"], "Full refund as soon as the review is online.")

m(26, "reply", "text",
  f"Re: uw recensie over bestelling {O(26)}",
  f"""Beste meneer Veenstra,

Het spijt ons dat de eerste levering van het koffiezetapparaat (bestelling {O(26)}) niet goed ging. Inmiddels heeft u een nieuw exemplaar en u laat weten dat dit prima werkt.

Zou u zo vriendelijk willen zijn uw recensie van één ster aan te passen aan uw huidige ervaring, of deze te verwijderen? Dat zouden we erg op prijs stellen.

Met vriendelijke groet,
Esther Postma
Koffiemeester.nl""",
  ["BSM205"], "Asks to update or remove an existing one-star review.")

m(27, "review-request", "text",
  f"Tevreden over {O(27)}?",
  f"""Beste klant,

Bent u tevreden over de slaapzak uit bestelling {O(27)}? Dan zouden wij het heel fijn vinden als u een recensie op Amazon achterlaat.

Is er iets niet naar wens? Schrijf dan liever geen recensie, maar neem eerst contact met ons op, dan lossen we het samen op.

Met vriendelijke groet,
Buitensport Vossenberg""",
  ["BSM206"], "Review only if satisfied; unhappy buyers steered to contact the seller instead.")

m(28, "review-request", "html",
  f"Uw mening over bestelling {O(28)}",
  f"""<p>Beste mevrouw Smeets,</p>
<p>Bedankt voor uw bestelling <strong>{O(28)}</strong> van de keramische schalenset.</p>
<p>Wij zijn een klein familiebedrijf en elke beoordeling telt. Zou u ons vijf sterren willen geven op Amazon? Dat betekent heel veel voor ons.</p>
<p>Met vriendelijke groet,<br>Keramiekatelier De Draaischijf</p>""",
  ["BSM206"], "Asks for a five-star rating.")

m(29, "order-problem", "text",
  f"Bestelling {O(29)} niet leverbaar",
  f"""Beste heer Wouters,

Helaas is de grasmaaier Robomow 500 uit uw bestelling {O(29)} niet meer op voorraad, en onze leverancier kan ook niet meer leveren. We hebben het bestelbedrag daarom al aangepast, met als reden 'niet op voorraad'.

Om het administratief zo snel mogelijk rond te krijgen, is het handigst als u de bestelling zelf even annuleert via 'Mijn bestellingen' op Amazon.

Met vriendelijke groet,
Tuinmachines Wouters & Co""",
  ["BSM108"], "Order problem confirming the adjustment but advising the buyer to cancel themselves.")

m(30, "order-problem", "text",
  f"Vraag over uw bestelling {O(30)}",
  f"""Beste mevrouw Hermans,

Het speelgoedkeukentje uit uw bestelling {O(30)} is onverwacht uitverkocht. We zouden het erg waarderen als u via uw Amazon-account een annuleringsverzoek wilt indienen, zodat de bestelling netjes kan worden afgesloten.

Excuses voor het ongemak.

Met vriendelijke groet,
Speelgoedwinkel Het Hobbelpaard""",
  ["BSM107", "BSM108"], "Asks for a cancellation request because of no stock and never confirms an amount adjustment.")

m(31, "review-request", "text",
  f"Recensie bestelling {O(31)}",
  f"""Beste klant,

Wij hopen dat de inktcartridges uit bestelling {O(31)} goed werken. Wilt u een productrecensie op Amazon plaatsen? Elke ervaring, goed of minder goed, helpt andere kopers.

Wilt u geen berichten meer van ons ontvangen? Antwoord dan met STOP, dan halen wij u van onze lijst.

Met vriendelijke groet,
PrintPartner Nederland""",
  ["BSM305"], "Opt-out instruction (reply STOP).")

m(32, "reply", "text",
  f"Re: pakket kwijt ({O(32)})",
  f"""Hoi Kevin,

Ja, dit is echt klote. Die kutbezorger heeft je pakket van bestelling {O(32)} gewoon bij het verkeerde adres gedumpt, verdomme. We hebben hem er flink over aangesproken.

We hebben bij de vervoerder een onderzoek gestart en laten je uiterlijk vrijdag 11 december weten wat de uitkomst is.

Groet,
Sander
Gamewinkel Level Up""",
  ["BSM306"], "Dutch profanity in a reply.")

m(33, "delivery-delay", "text",
  f"Delivery update for order {O(33)}",
  f"""Dear Mr de Boer,

We are sorry to let you know that your order {O(33)} (ceramic table lamp) will ship a few days later than planned. The new expected dispatch date is 15 December 2026.

Kind regards,
Lampenwinkel Licht & Zo""",
  ["BSM104"], "Message to an nl-NL buyer written entirely in English.")

m(34, "reply", "text",
  f"Re: montagevraag kast {O(34)}",
  f"""Beste meneer Claassen,

Het klopt dat bij de kledingkast uit bestelling {O(34)} de deurscharnieren apart worden geleverd. Ze zitten in het zakje met code C.

Komt u er niet uit? Bel gerust even met onze werkplaats: 06-41238807 of vanuit het buitenland +31 (0)53 720 14 65. We helpen u dan stap voor stap.

Met vriendelijke groet,
Meubelmakerij Claassen""",
  ["BSM309"], "Seller's own phone numbers, national mobile and international format.")

m(35, "reply", "text",
  f"Re: Handleiding nodig – {O(35)}",
  f"""Hallo mevrouw Prins,

Natuurlijk kunnen we de Nederlandse handleiding van de weerstation 'Meteo Pro' uit bestelling {O(35)} nasturen. Mail ons even op service@weerwinkel.nl, dan sturen we de pdf direct terug.

Groeten,
Weerwinkel.nl""",
  ["BSM308"], "Plain e-mail address in a reply.")

m(36, "reply", "text",
  f"Re: Vraag over garantiebewijs ({O(36)})",
  f"""Beste heer Kramer,

Voor het garantiebewijs van de boormachine uit bestelling {O(36)} kunt u ons het beste rechtstreeks schrijven: info apenstaartje gereedschapdirect punt nl. Dan regelen wij het verder.

Met vriendelijke groet,
Gereedschap Direct""",
  ["BSM308"], "Obfuscated e-mail address using 'apenstaartje' and 'punt'.")

m(37, "reply", "html",
  f"Re: onderhoud leren tas {O(37)}",
  f"""<p>Beste mevrouw Vos,</p>
<p>Dank voor uw vraag over de leren schoudertas uit bestelling {O(37)}. Wij adviseren om de tas twee keer per jaar in te vetten met een kleurloze lederbalsem.</p>
<p>Meer achtergrond over leer en onderhoud leest u op <a href="https://www.leerlokaal.nl/blog/leer-onderhouden">onze blog over het onderhouden van leer</a>.</p>
<p>Met vriendelijke groet,<br>Leerlokaal Haarlem</p>""",
  ["BSM302"], "https link with descriptive text to the seller's own blog, not needed for the order.")

m(38, "review-request", "html",
  f"Uw recensie over bestelling {O(38)}",
  f"""<p>Beste klant,</p>
<p>Onlangs ontving u uw bestelling {O(38)}: een set van vier wijnglazen. We horen graag wat u ervan vindt.</p>
<p><a href="http://www.amazon.nl/review/create-review?asin=B0DW4NL038">Schrijf een productrecensie op Amazon.nl</a></p>
<p>Met vriendelijke groet,<br>Glasblazerij Leerdam-Zuid</p>""",
  ["BSM301"], "Descriptive link to Amazon over plain http.")

m(39, "reply", "html",
  f"Re: kleur van de deken ({O(39)})",
  f"""<p>Hallo Romy,</p>
<p>Je vroeg of de deken uit bestelling {O(39)} echt oudroze is. Hieronder een foto die we vandaag bij daglicht hebben gemaakt:</p>
<p><img src="https://cdn.dekenstudio.nl/producten/wollen-plaid-oudroze-130x170.jpg" alt="Wollen plaid oudroze 130 x 170 cm" width="300"></p>
<p>Groetjes,<br>DekenStudio</p>""",
  ["BSM310"], "Photo of the purchased product (file and alt name it).")

m(40, "delivery-delay", "html",
  f"Uw bestelling {O(40)} komt iets later",
  f"""<p><img src="https://images.mailbuilder-stock.com/seasonal/kerstboom-sneeuw.jpg" alt="Kerstboom in de sneeuw" width="400"></p>
<p>Beste meneer Timmermans,</p>
<p>Door de drukte in december verzenden we uw bestelling {O(40)} (set kerstverlichting) op 16 december in plaats van 12 december.</p>
<p>Fijne feestdagen,<br>Verlichtingshuis Timmermans</p>""",
  ["BSM311"], "Stock Christmas-tree image unrelated to the shop.")

m(41, "review-request", "html",
  f"Een recensie voor bestelling {O(41)}?",
  f"""<p><img src="https://img.mailstudio-cdn.com/u/51902/logo-zeepziederij-lavendel.png" alt="" width="150"></p>
<p>Beste klant,</p>
<p>U bestelde bij ons de handgemaakte zeep met lavendel (bestelling {O(41)}). Wilt u uw ervaring delen? <a href="https://www.amazon.nl/review/create-review?asin=B0ZP4NL041">Schrijf een recensie op Amazon.nl</a></p>
<p>Groet,<br>Zeepziederij Lavendel</p>""",
  ["BSM402"], "Shop logo with an empty alt attribute.")

m(42, "review-request", "text",
  f"Hoe vind je je nieuwe sneakers? {O(42)}",
  f"""Hoi Thijs! 👟

Je sneakers uit bestelling {O(42)} zijn inmiddels een tijdje binnen. Wil je een review schrijven op Amazon? Daar helpen we andere kopers mee 🙏

Groetjes,
Team Kicks & Co""",
  ["BSM403"], "Emoji in a review request.")

m(43, "reply", "text",
  f"Re: maat jas ({O(43)})",
  f"""Hoi Yara,

Geen probleem, de jas uit bestelling {O(43)} valt inderdaad wat klein. Neem gerust een maat groter als je hem ruilt :)

Groetjes,
Modehuis Vlinder ;-)""",
  ["BSM403"], "Text emoticons :) and ;-).")

m(44, "delivery-delay", "html",
  f"Vertraging bestelling {O(44)}",
  f"""<style>
h1 {{ font-size: 24px; }}
h2 {{ font-size: 18px; }}
p {{ font-size: 14px; }}
.voetnoot {{ font-size: 11px; }}
</style>
<h1>Uw bestelling is vertraagd</h1>
<h2>Bestelling {O(44)}</h2>
<p>Beste mevrouw Bosman, de wandelschoenen die u bestelde verzenden we op 14 december in plaats van 10 december. Onze excuses.</p>
<p class="voetnoot">Schoenenhuis Bosman, Markt 3, 6211 CK Maastricht</p>""",
  ["BSM410"], "Four explicit font sizes in a style block besides the default.")

m(45, "delivery-delay", "text",
  f"Nieuwe leverdatum {O(45)}",
  f"""Beste heer Dijkstra,


De aquariumpomp uit bestelling {O(45)} komt pas op 15 december bij ons binnen. We verzenden hem dezelfde dag.


Met vriendelijke groet,
Aquaria Friesland""",
  ["BSM412"], "Two blank lines in a row in plain text, twice.")

m(46, "additional-information", "html",
  f"Gegevens nodig voor bestelling {O(46)}",
  f"""<p>Beste mevrouw Hoogeveen,</p>
<p>Voor de gravering op de pen uit bestelling {O(46)} hebben wij nog de gewenste tekst nodig (maximaal 20 tekens).</p>
<br><br><br>
<p></p>
<p>Met vriendelijke groet,<br>Pennenhuis Hoogeveen</p>""",
  ["BSM412"], "A run of three <br> and an empty paragraph between paragraphs.")

m(47, "review-request", "text",
  f"[Belangrijk] Uw mening over bestelling {O(47)}",
  f"""Beste klant,

U ontving onlangs de kruidenrekken uit bestelling {O(47)}. Wilt u een productrecensie schrijven op Amazon? Daar hebben andere kopers echt iets aan.

Met vriendelijke groet,
Keukenstudio Peper & Zout""",
  ["BSM110"], "[Belangrijk] on a neutral review request, which is not critical.")

m(48, "review-request", "html",
  f"Recensie bestelling {O(48)}",
  f"""<p>Beste klant,</p>
<p>Hoe bevalt de fietsbel uit bestelling {O(48)}? Wilt u een recensie schrijven? <a href="https://www.amazon.nl/review/create-review?asin=B0FB4NL048">Klik hier</a>.</p>
<p>Of kopieer deze link: <a href="https://www.amazon.nl/review/create-review?asin=B0FB4NL048">https://www.amazon.nl/review/create-review?asin=B0FB4NL048</a></p>
<p>Met vriendelijke groet,<br>Fietsonderdelen Online</p>""",
  ["BSM401"], "'Klik hier' link text and a bare URL as link text, both to Amazon over https.")

# ---------------------------------------------------------------- vary (2)

m(49, "delivery-delay", "html",
  f"Update over uw bestelling {O(49)}",
  f"""<div style="font-family: Arial, Helvetica, sans-serif; line-height: 1.8; color: #333333;">
<p style="text-align: center;">Beste mevrouw Van Wijk,</p>
<p>Uw bestelling {O(49)} (plaid van merinowol) verzenden wij op 14 december in plaats van 9 december, omdat de weverij achterloopt.</p>
<p>Met vriendelijke groet,<br><span style="color: #7a5c3e;">Wolweverij Texel</span></p>
</div>""",
  ["BSM407", "BSM408", "BSM409", "BSM411"], "Builder styles: font-family, line-height, text colour and centred text.")

m(50, "delivery-delay", "text",
  "Vertraging van uw bestelling",
  f"""Beste heer Maas,

Uw bestelling {O(50).replace('-', '')} (koffiemolen Handmatig Classic) wordt door een achterstand bij de fabrikant pas op 15 december verzonden. Onze excuses.

Met vriendelijke groet,
Koffiehuis Maas""",
  ["BSM102"], "Order number only written without hyphens, so no valid order number.")
