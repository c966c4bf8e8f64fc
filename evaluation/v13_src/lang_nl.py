"""v13 evaluation messages, Dutch (nl-NL). Writer A."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_a import build

LOGO = '<img src="https://cdn.mailbouwer.eu/u/4471/logo-de-keramiekschuur.png" alt="Logo De Keramiekschuur" width="160">'

ROWS = [
# 1 clean delay text
("delivery-delay", "text", "Je bestelling {ON} komt iets later",
"""Hoi Sanne,

Even een seintje over je bestelling {ON} (de eikenhouten wandplank, 80 cm). Onze houtleverancier liep een week achter, waardoor we de plank niet op de geplande dag kunnen verzenden. Hij gaat nu uiterlijk donderdag 17 december de deur uit.

Balen, dat snappen we. Wil je liever niet wachten, laat het ons dan weten via dit berichtensysteem, dan regelen we het verder.

Groet,
Joris van Houtwerk Brabant""",
[], "Delay notice in plain text with a new ship date; clean."),
# 2 clean delay html
("delivery-delay", "html", "Nieuwe verzenddatum voor bestelling {ON}",
"""<p>Beste heer Bakker,</p>
<p>Helaas loopt de levering van uw <b>accu-grasmaaier GM-36</b> (bestelling {ON}) vertraging op. De fabrikant heeft de container met deze serie pas op 22 december in Rotterdam binnen.</p>
<table>
<tr><td>Oorspronkelijke verzenddatum:</td><td>15-12-2026</td></tr>
<tr><td>Verwachte verzenddatum:</td><td>28-12-2026</td></tr>
</table>
<p>Wij houden u op de hoogte als er iets verandert.</p>
<p>Met vriendelijke groet,<br>Ilse de Wit<br>Klantenservice Tuinmachines Oost</p>""",
[], "Builder-style HTML delay notice with a small date table; clean."),
# 3 clean order problem with [Belangrijk]
("order-problem", "text", "[Belangrijk] Bestelling {ON} kan niet worden geleverd",
"""Geachte mevrouw Visser,

Tot onze spijt moeten wij u laten weten dat de fluitketel 'Scandi' in mat groen, die u onder bestelnummer {ON} hebt besteld, niet meer leverbaar is. Bij het inpakken bleek het laatste exemplaar beschadigd en de leverancier maakt deze kleur niet meer.

Wij hebben het volledige bestelbedrag van € 39,95 inmiddels aangepast in Seller Central, met als reden dat er geen voorraad is. U ziet de terugbetaling binnen enkele werkdagen terug op uw rekening.

Onze excuses voor het ongemak.

Met vriendelijke groet,
Marloes Hendriks
Keukenhuis Zwolle""",
[], "Order problem with Dutch [Belangrijk] tag that confirms the amount was adjusted for lack of stock; clean."),
# 4 clean additional info
("additional-information", "text", "Vraag over de gravering bij {ON}",
"""Dag Pieter,

Je hebt bij bestelling {ON} gekozen voor een gegraveerde snijplank, maar het tekstveld is leeg gebleven. Welke tekst (maximaal 25 tekens) wil je erop? En liever in blokletters of in schrijfletters?

Zodra we je antwoord hebben, graveren we de plank en gaat hij dezelfde week nog mee.

Hartelijke groet,
Femke – Atelier Graveerwerk""",
[], "Asks for missing engraving text needed to complete the order; clean."),
# 5 clean return partial refund
("return-follow-up", "text", "Retour bestelling {ON} – voorstel",
"""Beste mevrouw El Amrani,

Wij hebben uw retouraanvraag voor de wollen plaid (bestelling {ON}) ontvangen. U schrijft dat er een klein trekdraadje in de rand zit, maar dat u de plaid verder mooi vindt.

Als u de plaid wilt houden, kunnen we u een gedeeltelijke terugbetaling van € 15,00 aanbieden. Terugsturen mag natuurlijk ook; dan volgt de gebruikelijke terugbetaling zodra het pakket bij ons is. Laat u ons weten wat uw voorkeur heeft?

Vriendelijke groet,
Team Wolwinkel Texel""",
[], "Return follow-up offering a partial refund; clean."),
# 6 clean return question
("return-follow-up", "html", "Retour {ON}: welk onderdeel mankeert er?",
"""<p>Hallo Daan,</p>
<p>Bedankt voor je retouraanvraag voor de koffiemolen (bestelling {ON}). Om de retour goed af te handelen hebben we nog één ding nodig: gaat het om de maalschijf of om het deksel? En zit de originele verpakking er nog bij?</p>
<p>Met die informatie kunnen we het juiste retourlabel klaarzetten.</p>
<p>Groeten,<br>Bram<br>Bonenbar Utrecht</p>""",
[], "Return follow-up asking for information needed to complete the return; clean."),
# 7 clean invoice
("invoice", "html", "Factuur bij bestelling {ON}",
"""<p>Geachte heer Jansen,</p>
<p>In de bijlage vindt u de factuur voor uw bestelling {ON}, factuurnummer <b>2026/12/0457</b>, met het btw-bedrag apart vermeld zoals u vroeg voor uw administratie.</p>
<table>
<tr><td>Subtotaal excl. btw</td><td>€ 206,61</td></tr>
<tr><td>Btw 21%</td><td>€ 43,39</td></tr>
<tr><td>Totaal</td><td>€ 250,00</td></tr>
</table>
<p>Met vriendelijke groet,<br>A. Smits, administratie</p>
<p><small>Kantoorstoel Direct B.V. · Keizersgracht 214 · 1016 DZ Amsterdam<br>KvK 71234567 · BTW-nummer NL859123456B01</small></p>""",
[], "Invoice with slashed invoice number, KvK and BTW number in a small footer; clean."),
# 8 clean review request text
("review-request", "text", "Hoe bevalt de lamp? (bestelling {ON})",
"""Hallo Ruud,

Je hebt inmiddels een paar dagen met de bureaulamp 'Lumo' kunnen werken. Wil je op Amazon iets schrijven over je ervaring? Positief of kritisch, elke eerlijke recensie helpt andere kopers om een keuze te maken.

Bestelnummer ter referentie: {ON}

Groetjes,
Noor van Lichtlab Arnhem""",
[], "Neutral review request in plain text; clean."),
# 9 clean review request html with logo
("review-request", "html", "Uw mening over bestelling {ON}",
LOGO + """
<p>Beste mevrouw Kok,</p>
<p>Enige tijd geleden ontving u de serveerschaal uit ons atelier (bestelling {ON}). We zouden het waarderen als u op Amazon vertelt wat u ervan vindt, wat uw ervaring ook is.</p>
<p><a href="https://www.amazon.nl/review/create-review?asin=B0CK7H2L9Q">Een recensie schrijven op Amazon.nl</a></p>
<p>Hartelijke groet,<br>Willemijn<br>De Keramiekschuur</p>""",
[], "Neutral HTML review request with shop logo (alt names the shop) and descriptive https Amazon link; clean."),
# 10 clean delivery scheduling
("delivery-scheduling", "text", "Bezorgafspraak boxspring – {ON}",
"""Goedemiddag mevrouw Mulder,

Uw boxspring (bestelnummer {ON}) is te groot voor de gewone pakketdienst en wordt door onze eigen bezorgers met twee man gebracht. Wij kunnen langskomen op:

- dinsdag 15 december, tussen 08:00 en 12:00 uur
- woensdag 16 december, tussen 13:00 en 17:00 uur
- zaterdag 19 december, tussen 09:00 en 13:00 uur

Welk tijdvak past u het best? Laat u ook even weten op welke verdieping de slaapkamer is en of er een lift is.

Met vriendelijke groet,
Kees Vermeulen
Planning Slaapwereld Veenendaal""",
[], "Scheduling a bulky delivery with dates and time slots; clean."),
# 11 clean home service
("home-service-appointment", "text", "Afspraak installatie vaatwasser ({ON})",
"""Beste meneer Dijkstra,

Bij uw bestelling {ON} hoort de installatie van de inbouwvaatwasser. Onze monteur kan op maandag 21 december om 10.30 uur of op dinsdag 22 december om 14.00 uur bij u zijn. De installatie duurt ongeveer anderhalf uur.

Graag hoor ik welk moment u schikt. Zorgt u ervoor dat de oude machine al is losgekoppeld?

Vriendelijke groet,
Gerrit Bos
Witgoedservice Friesland""",
[], "Home-service appointment with two dates and times; clean."),
# 12 clean custom design
("custom-design-verification", "html", "Ontwerpproef voor je geboortebord – {ON}",
"""<p>Hoi Lotte,</p>
<p>In de bijlage zit de proef van het geboortebord voor bestelling {ON}: naam <b>Mees</b>, geboren 3 december 2026, 3240 gram, in het lettertype dat je hebt uitgekozen.</p>
<p>Klopt alles, ook de spelling van de naam? Dan gaan we frezen. Wil je nog iets aanpassen, zet het dan in je antwoord.</p>
<p>Liefs uit de werkplaats,<br>Esther<br>Houtje Touwtje Ontwerp</p>""",
[], "Design proof attached for approval; clean."),
# 13 clean door code question
("fulfillment-question", "text", "Toegangscode nodig voor levering {ON}",
"""Beste heer Schouten,

De koerier probeerde uw pakket (bestelling {ON}, zendingsreferentie KR-55102-NL) gisteren te bezorgen, maar kon het complex aan de Lindelaan niet in. Wilt u ons de toegangscode van de hoofdingang laten weten, zodat wij die aan de bezorger kunnen doorgeven? Uw referentie bij de vervoerder is 3SABCD0912345.

Zonder code kunnen we helaas geen nieuwe poging plannen.

Met vriendelijke groet,
Sophie Kuipers
Fietsonderdelen Groningen""",
[], "Asks for a door code needed for delivery, with reference numbers; clean."),
# 14 clean reply quoting foreign product title
("reply", "text", "Re: vraag over bestelling {ON}",
"""Hallo Emma,

Goede vraag! Het spel dat je hebt besteld, 'Wingspan – European Expansion', is de Engelstalige editie; de spelregels zitten er alleen in het Engels bij. De kaarten zelf hebben vooral plaatjes en getallen, dus met een beetje Engels kom je er prima uit.

Een Nederlandstalige editie verkopen wij helaas niet; je vraag over bestelling {ON} is daarmee hopelijk beantwoord.

Groet,
Thijs – Spellenzolder Leiden""",
[], "Reply quoting an English product title inside Dutch sentences; clean."),
# 15 clean warranty hotline
("reply", "text", "Re: stofzuiger doet het niet meer – {ON}",
"""Beste mevrouw Peters,

Wat vervelend dat de steelstofzuiger na drie weken niet meer oplaadt. Voor dit model loopt de garantie rechtstreeks via de fabrikant. U kunt de garantielijn van de fabrikant bellen op 088 - 123 45 67 (fabrikant Vortex Home, garantieservice, werkdagen 9.00 – 17.00 uur). Houd uw bestelnummer {ON} bij de hand.

Komt u er met de fabrikant niet uit, stuur ons dan gerust een bericht.

Met vriendelijke groet,
Hanneke
Huishoudshop Apeldoorn""",
[], "Reply giving a phone number clearly marked as the manufacturer's warranty line; clean."),
# 16 clean company footer reply
("reply", "html", "Re: levering op bedrijfsadres ({ON})",
"""<p>Geachte heer Van Dam,</p>
<p>Uiteraard kunnen wij de factuur voor bestelling {ON} op naam van uw bedrijf zetten. Wij hebben uw bedrijfsnaam en btw-nummer genoteerd; de gecorrigeerde factuur volgt via Amazon.</p>
<p>Met vriendelijke groet,</p>
<p>Rob Verhoeven<br>Accountmanager</p>
<p><small>Kantoorpapier Nederland B.V.<br>Industrieweg 41, 3542 AD Utrecht<br>KvK-nummer 30198765 | BTW NL812345678B01</small></p>""",
[], "Reply with a company-details footer (address, KvK, BTW); clean."),
# 17 clean reply with tracking/return numbers
("reply", "text", "Re: waar blijft mijn terugbetaling? {ON}",
"""Hoi Yara,

Je retourpakket (retournummer R-20261203-0088, track & trace 3SPOST4455667) is op vrijdag 4 december om 11:42 uur bij ons magazijn aangekomen. De terugbetaling van € 62,50 voor bestelling {ON} hebben we op maandag 7 december verwerkt. Afhankelijk van je bank staat het bedrag binnen 3 tot 5 werkdagen op je rekening.

Groet,
Lars – Sneakerkast Eindhoven""",
[], "Reply with return and tracking numbers, dates, times and amounts; none is a phone number; clean."),
# 18 BSM201 handed to carrier
("fulfillment-question", "text", "Update over {ON}",
"""Hallo Tim,

Goed nieuws: je nieuwe fietstas is vanochtend door de bezorgdienst bij ons opgehaald en is nu onderweg naar jou. Reken op bezorging morgen of overmorgen.

Bestelling: {ON}

Fietsenmakerij De Spaak""",
["BSM201"], "Says the parcel was collected by the carrier and is on its way: a shipping confirmation."),
# 19 BSM201 received and preparing
("additional-information", "html", "Wij zijn met uw bestelling bezig ({ON})",
"""<p>Beste mevrouw Hoekstra,</p>
<p>Uw bestelling {ON} is in goede orde bij ons binnengekomen. Onze inpakkers zijn er inmiddels mee aan de slag en zorgen dat de theeset veilig verpakt wordt.</p>
<p>Met vriendelijke groet,<br>Theehuis Delft</p>""",
["BSM201"], "Tells the buyer the order came in and is being packed: an order confirmation."),
# 20 BSM202 thanks only
("fulfillment-question", "text", "Bestelling {ON}",
"""Beste Anouk,

Wat fijn dat je voor onze handgemaakte zeep hebt gekozen! We waarderen het enorm dat je bij een klein bedrijf koopt.

Hartelijke groet,
Zeepziederij Het Bijenhuis""",
["BSM202"], "Only expresses gratitude for the purchase; no other content."),
# 21 BSM202 only here if problem
("reply", "text", "Re: bestelling {ON}",
"""Goedemiddag,

Mocht er onverhoopt iets niet in orde zijn met uw pakket, dan staan wij voor u klaar. Een berichtje is voldoende.

Met vriendelijke groet,
Audiohoek Breda""",
["BSM202"], "Only offers help in case a problem comes up; nothing else."),
# 22 BSM203 P.S. discount
("delivery-delay", "text", "Kleine vertraging bij bestelling {ON}",
"""Beste Wouter,

Door de drukte rond de feestdagen verzenden we je klimtouw (bestelling {ON}) twee dagen later dan gepland, op vrijdag 18 december.

Sorry voor het wachten.

Sportzolder Amersfoort

PS: tot en met 31 december krijg je met de code SPORT20 twintig procent korting op alles in onze winkel.""",
["BSM203"], "Permitted delay notice with a P.S. advertising 20 percent off the whole shop."),
# 23 BSM203 follow us / new collection
("additional-information", "html", "Maat doorgeven voor bestelling {ON}",
"""<p>Hoi Fleur,</p>
<p>Bij je bestelling {ON} ontbreekt de ringmaat. Kun je die even doorgeven? Dan maken we de ring op maat.</p>
<p>Trouwens: volg ons op Instagram, want volgende week lanceren we onze nieuwe winterlijn met oorbellen en kettinkjes. Als je je aanmeldt voor onze nieuwsbrief ben je er als eerste bij.</p>
<p>Groetjes,<br>Goudsmid Lisa</p>""",
["BSM203"], "Needed information request that also invites following the shop, a new collection and the newsletter."),
# 24 BSM204 small token
("review-request", "text", "Even een vraagje over {ON}",
"""Hallo Mark,

Zou je een paar woorden op Amazon willen zetten over de hangmat die je bij ons kocht (bestelling {ON})? Als je recensie online staat, sturen we je als bedankje een kleine verrassing toe.

Groet,
Buitenleven Drenthe""",
["BSM204"], "Promises a small surprise gift once the review has been published."),
# 25 BSM204 full refund
("review-request", "html", "Recensie voor bestelling {ON}",
"""<p>Beste klant,</p>
<p>Wij geven u graag het volledige aankoopbedrag van uw bestelling {ON} terug. Het enige wat u hoeft te doen, is een recensie plaatsen op Amazon en ons laten weten wanneer die zichtbaar is.</p>
<p>Met vriendelijke groet,<br>Gadgetpoint Den Haag</p>""",
["BSM204"], "Offers a full refund in return for a published review."),
# 26 BSM205 change 1-star
("reply", "text", "Re: kapotte vaas – {ON}",
"""Beste mevrouw Brouwer,

Fijn dat de nieuwe vaas inmiddels heel bij u is aangekomen, en nogmaals excuses voor de eerste zending.

Nu alles is opgelost, willen we u vriendelijk vragen of u nog eens naar uw beoordeling van één ster wilt kijken. Misschien wilt u die bijwerken, of anders helemaal weghalen?

Met vriendelijke groet,
Glasatelier Leerdam
Bestelnummer {ON}""",
["BSM205"], "Asks the buyer to update or remove an existing one-star review."),
# 27 BSM206 only if satisfied
("review-request", "text", "Tevreden met je nieuwe pan? ({ON})",
"""Hoi Lisa,

Ben je blij met de gietijzeren pan uit bestelling {ON}? Dan zouden we het superfijn vinden als je dat in een recensie op Amazon laat weten.

Valt hij tegen? Schrijf dan liever eerst ons een berichtje, dan zoeken we samen naar een oplossing.

Groetjes,
Kookwinkel De Lepel""",
["BSM206"], "Asks only satisfied buyers for a review and steers unhappy ones to the seller instead."),
# 28 BSM206 five stars
("review-request", "html", "Uw ervaring met bestelling {ON}",
"""<p>Beste heer De Groot,</p>
<p>We hopen dat de regenjas u goed bevalt. Als u vindt dat wij de volle vijf sterren verdienen, zouden we een beoordeling op Amazon zeer op prijs stellen.</p>
<p>Met vriendelijke groet,<br>Outdoorhuis Zeeland<br>Bestelling {ON}</p>""",
["BSM206"], "Steers the buyer towards a five-star rating."),
# 29 BSM108 cancel yourself (with adjustment)
("order-problem", "text", "Bestelling {ON}: artikel uitverkocht",
"""Beste mevrouw Meijer,

Het spijt ons, maar de lamp 'Bolle' in messing is uitverkocht en wij kunnen uw bestelling {ON} niet uitvoeren. We hebben het bestelbedrag al aangepast met als reden 'geen voorraad'.

Het snelst loopt alles af als u de bestelling zelf even annuleert via Uw bestellingen op Amazon; dan is het dossier meteen gesloten.

Met vriendelijke groet,
Lampenwinkel Haarlem""",
["BSM108"], "Confirms the adjustment but advises the buyer to cancel the out-of-stock order themself."),
# 30 BSM107 + BSM108
("order-problem", "text", "Probleem met bestelling {ON}",
"""Hallo Kevin,

Vervelend nieuws: de laatste set van de skeelers in maat 42 is op, en de leverancier weet niet wanneer er weer nieuwe komen (bestelling {ON}).

We zouden het erg waarderen als je bij Amazon een annuleringsverzoek indient, dan kunnen wij het aan onze kant afronden.

Groet,
Rolsport Nijmegen""",
["BSM107", "BSM108"], "Out of stock: asks the buyer to request cancellation and never confirms an amount adjustment."),
# 31 BSM305 STOP
("delivery-scheduling", "text", "Bezorging kast plannen – {ON}",
"""Beste meneer Van Leeuwen,

Uw kledingkast (bestelling {ON}) wordt met een vrachtwagen bezorgd. Past donderdag 17 december tussen 12:00 en 16:00 uur? Anders kunnen we ook vrijdag 18 december in de ochtend.

Met vriendelijke groet,
Meubelhal Tilburg

Wilt u geen berichten meer van ons ontvangen? Antwoord dan met STOP.""",
["BSM305"], "Delivery scheduling with an opt-out instruction (reply STOP)."),
# 32 BSM306 profanity
("reply", "text", "Re: klacht over levering {ON}",
"""Meneer Hermans,

Ik heb uw bericht gelezen. Dat de doos een deuk had, is de schuld van die klotebezorger en niet van ons. Ik ben het eerlijk gezegd spuugzat om voor elke kras op een doos door klanten zoals u te worden afgezeken.

De tuinstoelen zelf zijn onbeschadigd, dus daar laat ik het bij.

Tuinmeubelen Vught
Bestelling {ON}""",
["BSM306"], "Reply with Dutch profanity and offensive wording."),
# 33 BSM104 body in English
("delivery-delay", "text", "Order {ON} – delayed dispatch",
"""Hello Mr Smit,

We are sorry to inform you that your order {ON} (the walnut side table) will be dispatched one week later than planned, on 21 December, because the finishing oil needs extra drying time in this cold weather.

Kind regards,
Walnut & Co Workshop""",
["BSM104"], "Whole message in English to a buyer whose locale is nl-NL."),
# 34 BSM309 national
("additional-information", "text", "Adres aanvullen voor {ON}",
"""Hallo Jeroen,

Bij bestelling {ON} mist het huisnummer in het bezorgadres. Wil je dat even doorgeven? Bellen mag ook, dan zoeken we het samen uit: 030 - 234 56 78, bereikbaar van 9 tot 5.

Groet,
Printerinkt Centrum""",
["BSM309"], "Needed information request with a Dutch landline that is not a manufacturer or warranty line."),
# 35 BSM309 international / whatsapp
("reply", "html", "Re: maat van de jas ({ON})",
"""<p>Hoi Sarah,</p>
<p>De jas valt vrij ruim, dus maat M zou goed moeten passen. Twijfel je nog? App ons gerust via WhatsApp op +31 (0)6 4812 7735, dan sturen we je de exacte maten.</p>
<p>Groetjes,<br>Modehuis Noorderlicht<br>Bestelling {ON}</p>""",
["BSM309"], "Reply with an international-format mobile number for WhatsApp, not a warranty line."),
# 36 BSM308 plain email
("custom-design-verification", "text", "Ontwerp trouwkaarten – {ON}",
"""Beste Inge en Martijn,

De proef van jullie trouwkaarten voor bestelling {ON} zit in de bijlage. Hebben jullie nog wijzigingen, zoals een andere datum of kleur? Stuur ze dan naar ontwerp@papierenzo-studio.nl, dan passen we het dezelfde dag aan.

Hartelijke groet,
Studio Papier & Zo""",
["BSM308"], "Design proof message that gives a plain e-mail address."),
# 37 BSM308 obfuscated
("reply", "text", "Re: handleiding kwijt ({ON})",
"""Hallo Bas,

Geen probleem, we hebben de handleiding van de weerstation-set als pdf. Stuur even een mailtje naar service apenstaartje weerstationwinkel punt nl met je bestelnummer {ON} erin, dan sturen we hem direct terug.

Groet,
Weerstationwinkel""",
["BSM308"], "E-mail address obfuscated with 'apenstaartje' and 'punt'."),
# 38 BSM302 https seller link
("reply", "html", "Re: onderhoud van de leren tas ({ON})",
"""<p>Beste mevrouw Van der Berg,</p>
<p>Leer blijft het mooist als u het twee keer per jaar invet. Wij hebben alle stappen uitgeschreven in ons <a href="https://www.ledertassenatelier.nl/blog/leer-onderhouden">artikel over leer onderhouden op onze website</a>.</p>
<p>Met vriendelijke groet,<br>Ledertassen Atelier<br>Bestelling {ON}</p>""",
["BSM302"], "Descriptive https link to the seller's own blog, not needed to complete the order."),
# 39 BSM301 http amazon
("reply", "html", "Re: retour aanmelden voor {ON}",
"""<p>Hallo Mila,</p>
<p>Je kunt de retour van de sjaal zelf aanmelden via <a href="http://www.amazon.nl/gp/css/order-history">je bestellingen op Amazon.nl</a>. Kies daar bestelling {ON} en daarna 'Artikel retourneren'.</p>
<p>Groet,<br>Sjaal & Zo</p>""",
["BSM301"], "Descriptive link to Amazon over plain http."),
# 40 BSM310 product image
("delivery-delay", "html", "Uw wandklok wordt later verzonden – {ON}",
"""<p>Beste heer Koster,</p>
<p>De eikenhouten wandklok die u bestelde (bestelling {ON}) wordt niet op 14 maar op 19 december verzonden, omdat het uurwerk later binnenkwam.</p>
<p><img src="https://cdn.mailbouwer.eu/u/5120/wandklok-eiken-40cm.jpg" alt="Wandklok eiken 40 cm" width="300"></p>
<p>Met vriendelijke groet,<br>Klokkenmakerij Twente</p>""",
["BSM310"], "Includes a photo of the purchased wall clock."),
# 41 BSM311 unrelated image
("review-request", "html", "Fijne feestdagen en een vraag over {ON}",
"""<p><img src="https://cdn.mailbouwer.eu/u/6620/stock-kerstboom-sneeuw.jpg" alt="Kerstboom in de sneeuw" width="400"></p>
<p>Hoi Joost,</p>
<p>Wil je op Amazon je ervaring delen met de thermosfles uit bestelling {ON}? Elke eerlijke mening helpt.</p>
<p>Groet,<br>Drinkfles Depot</p>""",
["BSM311"], "Neutral review request decorated with a stock Christmas-tree image unrelated to the shop."),
# 42 BSM402 logo without alt
("delivery-delay", "html", "Vertraging bestelling {ON}",
"""<p><img src="https://cdn.mailbouwer.eu/u/7302/logo-speelgoedkist-zutphen.png" width="150"></p>
<p>Beste mevrouw Bosman,</p>
<p>De houten treinset uit bestelling {ON} komt een paar dagen later binnen dan verwacht. We verzenden op dinsdag 22 december.</p>
<p>Vriendelijke groet,<br>Speelgoedkist Zutphen</p>""",
["BSM402"], "Shop logo image with no alt attribute."),
# 43 BSM403 emoji
("review-request", "text", "Hoe smaakt de koffie? {ON}",
"""Hoi Rick ☕

Je bonen zijn inmiddels een weekje binnen. Zou je op Amazon willen vertellen hoe je ze vindt? Alle eerlijke meningen zijn welkom 🙌

Bestelling {ON}

Branderij De Boon""",
["BSM403"], "Neutral review request containing emoji."),
# 44 BSM403 emoticon
("reply", "text", "Re: kleur van het garen ({ON})",
"""Hallo Ellen,

Het garen 'Mosgroen' is inderdaad wat donkerder dan op de foto, het licht speelt ons soms parten ;-) We kunnen je een ander bolletje sturen als je wilt, laat maar weten welke kleur.

Groet,
Breiwinkel De Naald
Bestelling {ON}""",
["BSM403"], "Reply with a text emoticon."),
# 45 BSM410 four sizes
("delivery-delay", "html", "Nieuwe leverdatum voor {ON}",
"""<style>
.kop { font-size: 24px; }
.sub { font-size: 18px; }
.tekst { font-size: 15px; }
.voet { font-size: 11px; }
</style>
<p class="kop">Even geduld a.u.b.</p>
<p class="sub">Bestelling {ON}</p>
<p class="tekst">Beste mevrouw Willems, de tuinbank wordt op 23 december verzonden in plaats van 16 december, omdat de lak extra moest drogen.</p>
<p>Met vriendelijke groet,<br>Tuinhout Limburg</p>
<p class="voet">Tuinhout Limburg V.O.F., Markt 3, 6211 CK Maastricht</p>""",
["BSM410"], "Style block setting four font sizes besides the default."),
# 46 BSM412 blank lines in text
("additional-information", "text", "Welke kleur stof? ({ON})",
"""Beste meneer Claes,

Bij uw bestelling {ON} van de eetkamerstoelen is geen stofkleur gekozen. Wilt u antraciet, zand of olijf?


Zodra wij uw keuze hebben, gaan de stoelen in productie.


Met vriendelijke groet,
Stoelenmakerij Boxtel""",
["BSM412"], "Plain text with two blank lines in a row, twice."),
# 47 BSM110 on review request
("review-request", "text", "[Belangrijk] Uw recensie over bestelling {ON}",
"""Geachte heer Van Wijk,

U heeft onlangs de elektrische tandenborstel bij ons gekocht (bestelling {ON}). Wij nodigen u uit om op Amazon een recensie te schrijven over uw ervaring, of die nu goed of minder goed is.

Met vriendelijke groet,
Verzorgingsshop Venlo""",
["BSM110"], "Neutral review request carrying the [Belangrijk] tag, which it may not use."),
# 48 BSM401 klik hier
("review-request", "html", "Uw mening telt – bestelling {ON}",
"""<p>Beste mevrouw Smeets,</p>
<p>Heeft u even tijd om uw ervaring met de wollen sokken uit bestelling {ON} met andere kopers te delen? Klik <a href="https://www.amazon.nl/review/create-review?asin=B0D4WQ8X1M">hier</a>.</p>
<p>Hartelijke groet,<br>Sokkenfabriek Tilburg</p>""",
["BSM401"], "Link text 'hier' says nothing about where it goes."),
# 49 builder styles
("delivery-delay", "html", "Vertraging bij bestelling {ON}",
"""<div style="font-family: 'Segoe UI', Arial, sans-serif; line-height: 1.8; color: #2b4a3c; text-align: center;">
<p>Beste Hugo,</p>
<p>De plantenbak uit bestelling {ON} wordt op maandag 21 december verzonden, een week later dan aangegeven. De lakstraat van onze leverancier stond stil.</p>
<p>Groene groet,<br>Plantenbakken Westland</p>
</div>""",
["BSM407", "BSM408", "BSM409", "BSM411"], "Builder wrapper sets font family, line height, text colour and centring."),
# 50 BSM102 no hyphens
("additional-information", "text", "Vraag over uw bestelling",
"""Beste mevrouw Van Dijk,

Bij uw bestelling {ONP} van de maatwerk-rolgordijnen ontbreekt de breedte van het tweede raam. Kunt u die in centimeters doorgeven?

Met vriendelijke groet,
Raamdecor Hoorn""",
["BSM102"], "Order number written as 17 digits without hyphens, so no valid order number."),
]

MESSAGES = build("nl", "nl-NL", "440", ROWS)
