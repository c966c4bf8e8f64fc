from common import M, P, builder, outlook

LOGO = "https://m.media-amazon.com/images/S/aplus-media-library-service-media/tuinhuis-hendriks-logo.png"
L = [
# ---- BSM202 thanks-only
M("thanks", "fulfillment-question", "text", "Bedankt voor je bestelling {O}", """
Beste Sanne,

Hartelijk dank voor je bestelling bij KoffieKompas. We wensen je veel plezier met je nieuwe mokapot en heel veel lekkere koppen koffie!

Met vriendelijke groet,
Lotte
KoffieKompas""", ["BSM202"], "thanks + good wishes only"),
M("thanks", "fulfillment-question", "text", "Uw aankoop bij Van Dijk Wonen", """
Bedankt voor uw aankoop (bestelling {O})! Mocht er iets niet in orde zijn, laat het ons dan gerust weten.

Groeten,
Team Van Dijk Wonen""", ["BSM202"], "short thanks + availability"),
M("thanks", "additional-information", "html", "Bestelling {O}", builder(P(
 "Beste meneer Bakker,",
 "Wij willen u graag bedanken voor het vertrouwen in Tuinhuis Hendriks. Als klein familiebedrijf stellen wij elke bestelling enorm op prijs.",
 "Heeft u vragen over uw aankoop, dan staan wij altijd voor u klaar.",
 "Met hartelijke groet,<br>Familie Hendriks<br>Tuinhuis Hendriks"), LOGO, "Tuinhuis Hendriks"), ["BSM202"], "builder layout with shop logo; thanks + availability"),
M("thanks", "fulfillment-question", "text", "Een woord van dank", """
Goedemiddag,

Namens ons hele team: dank je wel dat je voor Lampenhuis Noord hebt gekozen. Als klein winkeltje in Groningen waarderen we elke klant enorm, dus ook jou (bestelnummer {O}).

We hopen dat de Nordlux-vloerlamp straks mooi staat in je woonkamer.

Hartelijke groet,
Joost en Marieke""", ["BSM202"], "thanks with chatty filler, no information"),
M("thanks", "additional-information", "html", "Uw bestelling {O} bij Bakkerij-Shop Smit", outlook([
 "Geachte mevrouw Jansen,",
 "Hierbij willen wij u hartelijk bedanken voor uw bestelling.",
 "Mocht u onverhoopt problemen ondervinden met uw bestelling {O}, aarzel dan niet om contact met ons op te nemen via de berichtenservice van Amazon. Wij helpen u graag verder.",
 "Met vriendelijke groet,",
 "Henk Smit<br>Bakkerij-Shop Smit"]), ["BSM202"], "Outlook markup; thanks + contact us if problems"),
M("thanks", "fulfillment-question", "text", "Even een klein bedankje – {O}", """
Hoi Mark,

Gewoon even een berichtje om je te bedanken. Fijn dat je bij ons hebt besteld!

Groetjes,
Eva van Studio Linnen""", ["BSM202"], "very short informal thanks"),
M("thanks", "fulfillment-question", "html", "Dank u wel! (bestelnummer {O})", P(
 "Beste heer en mevrouw Mulder,",
 "Wat fijn dat u onze webwinkel op Amazon heeft gevonden. Wij zijn u erg dankbaar voor uw bestelling {O} en voor het vertrouwen dat u in ons stelt.",
 "Wij hopen van harte dat de dekbedovertrek precies is wat u zocht en dat u er vele nachten heerlijk onder mag slapen.",
 "Mocht er ooit iets zijn, groot of klein, dan horen wij het graag. Wij denken altijd met u mee.",
 "Nogmaals bedankt en een fijne dag gewenst!",
 "Hartelijke groeten,<br>Ingrid<br>Beddengoed Boutique"), ["BSM202"], "long HTML; thanks + wishes + availability"),
M("thanks", "additional-information", "text", "Vragen over bestelling {O}?", """
Beste klant,

Mocht u vragen hebben over uw bestelling of over het gebruik van uw nieuwe steelstofzuiger, dan kunt u ons altijd een bericht sturen. Wij reageren doorgaans binnen één werkdag.

Met vriendelijke groet,
Klantenservice HuisHelder""", ["BSM202"], "only the offer to help, no thanks word"),
# ---- look-alikes (clean)
M("lookalike", "delivery-delay", "text", "Vertraging bestelling {O}", """
Beste Sanne,

Dank voor je bestelling {O}. Helaas moeten we je laten weten dat de eikenhouten salontafel 'Bergen' later komt dan aangegeven: onze meubelmaker levert de nieuwe partij pas eind deze week.

We verwachten de tafel op dinsdag 13 januari te verzenden in plaats van 6 januari. Je hoeft niets te doen; zodra de tafel onderweg is, zie je de gegevens in je Amazon-account.

Excuses voor het ongemak en dank voor je geduld.

Met vriendelijke groet,
Robin
Van Dijk Wonen""", [], "thanks + delay with new date"),
M("lookalike", "additional-information", "text", "Graveertekst voor bestelling {O}", """
Beste meneer De Boer,

Hartelijk dank voor uw bestelling van de gegraveerde whiskykaraf. Voordat wij gaan graveren, hebben wij nog één vraag.

De tekst die u heeft opgegeven ("Voor Pa, bedankt voor alles – 12.08.2025") is 41 tekens lang, terwijl er op de karaf maximaal 30 tekens passen. Kunt u ons een kortere tekst doorgeven, of laten weten of wij de datum mogen weglaten?

Zodra wij uw antwoord hebben, gaat de karaf naar de graveerder.

Met vriendelijke groet,
Atelier Graveerkunst""", [], "thanks + custom engraving question"),
M("lookalike", "invoice", "html", "Factuur bij bestelling {O}", P(
 "Geachte heer Visser,",
 "Hartelijk dank voor uw zakelijke bestelling. In de bijlage vindt u de factuur met factuurnummer 2026/HH/0142 voor bestelling {O}.",
 "Op de factuur staan ons btw-nummer NL859362145B01 en ons KvK-nummer 64829301, zodat u de btw kunt terugvorderen.",
 "Met vriendelijke groet,<br>Administratie HuisHelder"), [], "thanks + invoice attached, VAT and KvK numbers"),
M("lookalike", "delivery-scheduling", "text", "Bezorgmoment wasmachine – {O}", """
Beste mevrouw Peters,

Bedankt voor uw aankoop van de Bosch Serie 6 wasmachine (bestelling {O}). Omdat het toestel ruim 70 kg weegt, wordt het door onze eigen bezorgers gebracht en moeten we samen een moment afspreken.

We kunnen komen op:
- donderdag 8 januari tussen 08:00 en 12:00
- vrijdag 9 januari tussen 13:00 en 17:00

Wilt u laten weten welk tijdvak u het beste past, en of er een lift in het gebouw is?

Met vriendelijke groet,
Witgoed Direct""", [], "thanks + delivery slot to confirm"),
M("lookalike", "return-follow-up", "text", "Uw retour voor bestelling {O}", """
Beste meneer Kok,

Bedankt voor het aanmelden van de retour van de Philips airfryer. Om de retour te kunnen afronden, hebben we nog één gegeven nodig: het serienummer van het apparaat. U vindt het op de sticker aan de onderkant, het begint met "HD".

Het retourlabel staat al klaar in uw Amazon-account onder Mijn bestellingen; print het uit en plak het op de doos.

Alvast bedankt!
Keukenplein""", [], "thanks + return label instruction + asks serial number"),
# ---- clean
M("clean", "order-problem", "text", "Artikel niet leverbaar – bestelling {O}", """
Beste mevrouw Smits,

Tot onze spijt kunnen we de Le Creuset braadpan (24 cm, kersenrood) uit uw bestelling {O} niet leveren: het laatste exemplaar bleek bij de controle beschadigd en er komt geen nieuwe voorraad meer.

We hebben het bestelbedrag daarom volledig aangepast met de reden "geen voorraad". Het bedrag van € 189,95 staat binnen enkele werkdagen weer op uw rekening.

Onze excuses voor de teleurstelling.

Met vriendelijke groet,
Kookwinkel De Pollepel""", [], "order problem, amount adjusted, amounts"),
M("clean", "return-follow-up", "text", "Voorstel gedeeltelijke terugbetaling – {O}", """
Beste Tom,

Je liet weten dat de hoes van de loungestoel een kleine vlek heeft, maar dat je de stoel verder graag houdt. We kunnen je een gedeeltelijke terugbetaling van € 35,00 aanbieden, zodat je de stoel niet hoeft terug te sturen.

Laat je even weten of je dat voorstel aanneemt? Dan verwerken we het direct voor bestelling {O}.

Groet,
Buitenleven""", [], "return follow-up, partial refund offer; shop name with .nl not a link"),
M("clean", "review-request", "text", "Uw ervaring met bestelling {O}", """
Beste meneer Dekker,

U heeft een paar weken geleden bij ons de Gardena tuinslangenset gekocht (bestelling {O}). We zouden het waarderen als u op Amazon een recensie van het product wilt schrijven, zodat andere klanten een goed beeld krijgen.

Met vriendelijke groet,
Tuinhuis Hendriks""", [], "single neutral review request"),
M("clean", "reply", "text", "Re: annulering {O}", """
Beste mevrouw Vos,

Uw bestelling {O} is op uw verzoek geannuleerd. Er is niets verzonden en het volledige bedrag van € 64,50 wordt via Amazon teruggestort; dat duurt meestal drie tot vijf werkdagen.

Met vriendelijke groet,
Puzzelparadijs""", [], "neutral mention of a cancellation at buyer's request"),
M("clean", "invoice", "text", "Factuur 2026/01/0087 – bestelling {O}", """
Geachte heer Van Leeuwen,

In de bijlage vindt u de factuur voor bestelling {O}.

Factuurnummer: 2026/01/0087
Factuurdatum: 05-01-2026
Totaal incl. btw: € 1.249,00
Btw-nummer: NL004495445B01
KvK: 30218765

Met vriendelijke groet,
Administratie Fietsenwinkel Oost""", [], "invoice with numbers that are not phone numbers"),
M("clean", "custom-design-verification", "html", "Ontwerpvoorstel voor uw bestelling {O}", builder(P(
 "Beste mevrouw Hoekstra,",
 "In de bijlage vindt u het ontwerpvoorstel voor uw gepersonaliseerde geboorteposter (A3, naam 'Fenna', geboren 03-01-2026, 3.420 gram).",
 "Wilt u controleren of de naam, datum en het gewicht kloppen? Als u akkoord gaat of iets wilt wijzigen, hoort u het graag via een antwoord op dit bericht.",
 "Met vriendelijke groet,<br>Studio Kraamcadeau"), "https://m.media-amazon.com/images/S/aplus-media-library-service-media/studio-kraamcadeau-logo.png", "Studio Kraamcadeau"), [], "design proof, builder with shop logo alt = shop name"),
# ---- BSM201
M("201", "fulfillment-question", "text", "Update bestelling {O}", """
Beste Anouk,

Goed nieuws: je pakket heeft vandaag ons magazijn in Tilburg verlaten en is onderweg naar jou. Het track-and-tracenummer is 3SYZXG1234567.

Veel plezier alvast!
Team Speelgoedkist""", ["BSM201"], "shipment confirmation without the word verzonden"),
M("201", "additional-information", "text", "Uw bestelling {O}", """
Geachte heer Willems,

Wij hebben uw bestelling vanochtend overgedragen aan PostNL. U kunt het pakket morgen of overmorgen verwachten.

Met vriendelijke groet,
Drukkerij Willems & Zn.""", ["BSM201"], "handed to the carrier"),
M("201", "fulfillment-question", "html", "We gaan voor je aan de slag! ({O})", P(
 "Hoi Lisa,",
 "Je bestelling {O} is goed bij ons binnengekomen. Ons team in Zwolle is al begonnen met inpakken, zodat alles zo snel mogelijk bij je is.",
 "Groetjes,<br>Het team van Vrolijk Verpakt"), ["BSM201"], "order received and being packed"),
# ---- BSM204
M("204", "review-request", "text", "Uw mening over bestelling {O}", """
Beste meneer Van Dam,

We zijn benieuwd wat u van de koffiebonen vindt. Als u de tijd neemt om een recensie op Amazon te schrijven, sturen we u bij uw volgende bestelling als dank een zakje van onze nieuwe Ethiopische melange mee.

Met vriendelijke groet,
KoffieKompas""", ["BSM204"], "free product with next order for a review"),
M("204", "review-request", "text", "Een kleine attentie – {O}", """
Beste Femke,

Zou je je ervaring met de yogamat willen delen in een recensie op Amazon? Na plaatsing van je beoordeling ontvang je van ons een kleine attentie als blijk van waardering.

Namaste,
Team Zen Yoga Supplies""", ["BSM204"], "'kleine attentie' after the review"),
M("204", "review-request", "html", "Verzendkosten retour? ({O})", P(
 "Beste mevrouw Bos,",
 "Wij hopen dat de kinderfiets goed is aangekomen. Wij zouden het fijn vinden als u er een productrecensie over schrijft.",
 "Zodra uw recensie online staat, storten wij de verzendkosten van € 6,95 aan u terug.",
 "Met vriendelijke groet,<br>Fietsenwinkel Oost"), ["BSM204"], "refund of shipping once review online"),
# ---- BSM205
M("205", "reply", "text", "Re: uw recensie – {O}", """
Beste meneer Kramer,

Fijn dat de vervangende waterkoker nu goed werkt. Nu het probleem is opgelost, zou u dan uw recensie van twee sterren willen aanpassen?

Met vriendelijke groet,
Keukenplein""", ["BSM205"], "asks to update a two-star review"),
M("205", "reply", "text", "Re: feedback bij bestelling {O}", """
Geachte mevrouw Dijkstra,

Wij hebben uw verkopersfeedback gelezen en de vertraging inmiddels met u opgelost. Wij zouden u vriendelijk willen vragen de negatieve feedback te verwijderen, omdat die niet meer van toepassing is.

Met vriendelijke groet,
Witgoed Direct""", ["BSM205"], "asks to remove negative feedback"),
M("205", "reply", "html", "Re: uw beoordeling ({O})", P(
 "Beste Jeroen,",
 "Dank voor je reactie. Het onderdeel dat ontbrak, is vandaag alsnog naar je verstuurd, los van je oorspronkelijke bestelling {O}.",
 "Misschien wil je, nu alles compleet is, je beoordeling op Amazon nog eens herzien? Dat zou ons enorm helpen.",
 "Groet,<br>Bouwpakket Centrale"), ["BSM205"], "indirect: 'nog eens herzien'"),
# ---- BSM206
M("206", "review-request", "text", "Tevreden met uw bestelling {O}?", """
Beste mevrouw Meijer,

Bent u tevreden met de thermoskan? Dan zouden wij het erg waarderen als u een recensie op Amazon achterlaat. Bent u niet tevreden, neem dan eerst contact met ons op, dan lossen wij het samen op.

Met vriendelijke groet,
Buitenleven""", ["BSM206"], "satisfied -> review, unhappy -> contact us"),
M("206", "review-request", "text", "Uw sterren voor bestelling {O}", """
Beste Daan,

Een beoordeling van vijf sterren helpt een kleine winkel als de onze enorm. Zou je even de tijd willen nemen om het Lego-bouwpakket te beoordelen op Amazon?

Bedankt alvast,
Speelgoedkist""", ["BSM206"], "asks for five stars"),
M("206", "review-request", "html", "Uw ervaring telt ({O})", P(
 "Beste meneer Hendriks,",
 "Alleen als u echt blij bent met de tuinbank, zouden wij een productrecensie op Amazon erg op prijs stellen.",
 "Met vriendelijke groet,<br>Tuinhuis Hendriks"), ["BSM206"], "review only if happy"),
# ---- BSM108
M("108", "delivery-delay", "text", "Levertijd bestelling {O}", """
Beste mevrouw Brouwer,

De Dyson ventilator uit uw bestelling {O} is helaas niet meer op voorraad en we weten niet wanneer er nieuwe exemplaren binnenkomen.

Het snelst voor u is om de bestelling zelf te annuleren via Mijn bestellingen op Amazon; dan krijgt u het bedrag direct terug.

Met vriendelijke groet,
Witgoed Direct""", ["BSM108"], "advises buyer to cancel herself (out of stock)"),
M("108", "delivery-delay", "text", "Bestelling {O}: voorraadprobleem", """
Beste Rik,

Door een fout in onze voorraadadministratie hebben we de hardloopschoenen in maat 44 niet meer liggen. We zouden het erg waarderen als je een annuleringsverzoek indient voor bestelling {O}.

Sportieve groet,
RunShop Utrecht""", ["BSM108"], "would appreciate a cancellation request"),
M("108", "fulfillment-question", "html", "Vraag over uw bestelling {O}", P(
 "Beste meneer Jacobs,",
 "Wij hebben helaas geen voorraad meer van de boormachine die u heeft besteld. Zou u zo vriendelijk willen zijn om de bestelling via uw Amazon-account te annuleren? Dat voorkomt een lange wachttijd.",
 "Met vriendelijke groet,<br>Gereedschapshal Zuid"), ["BSM108"], "polite request to cancel because of no stock"),
# ---- BSM203
M("203", "delivery-delay", "text", "Nieuwe verzenddatum voor {O}", """
Beste mevrouw Groen,

Door de drukte rond de feestdagen wordt uw set kerstballen op 18 december verzonden in plaats van 15 december. Onze excuses hiervoor.

Met vriendelijke groet,
Feestwinkel Groen

P.S. Met de code KERST20 krijgt u tot eind december 20% korting op ons hele assortiment.""", ["BSM203"], "delay + P.S. discount code"),
M("203", "invoice", "text", "Factuur bestelling {O}", """
Geachte heer Smit,

In de bijlage vindt u de factuur (nr. 2026/02/0311) voor uw bestelling {O}.

Blijf op de hoogte van onze aanbiedingen: volg ons op Instagram en schrijf u in voor onze nieuwsbrief.

Met vriendelijke groet,
Bakkerij-Shop Smit""", ["BSM203"], "follow us + newsletter on an invoice"),
M("203", "review-request", "html", "Uw mening over de Nordlux-lamp ({O})", P(
 "Beste mevrouw Kuipers,",
 "Wij zouden het waarderen als u een recensie van de vloerlamp op Amazon wilt schrijven.",
 "Trouwens: onze nieuwe voorjaarscollectie met hanglampen van gerecycled glas is net binnen. Neem gerust een kijkje in onze Amazon-winkel!",
 "Hartelijke groet,<br>Lampenhuis Noord"), ["BSM203"], "new collection promotion in a review request"),
]
