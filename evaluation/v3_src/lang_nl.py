"""v3 blind evaluation set, Dutch (nl-NL, a few nl-BE). Standard library only."""

LANG = "nl"
PREFIX = "301"


def oid(n):
    a = (1234567 + n * 104729) % 10**7
    b = (7654321 + n * 1299709) % 10**7
    return f"{PREFIX}-{a:07d}-{b:07d}"


def m(n, typ, fmt, subject, body, expected, note, locale="nl-NL"):
    o = oid(n)
    rep = lambda s: s.replace("{O}", o).replace("{D}", o.replace("-", ""))
    return {"id": f"v3-{LANG}-{n:03d}", "language": LANG, "locale": locale, "type": typ,
            "format": fmt, "subject": rep(subject), "body": rep(body), "order_id": o,
            "expected": sorted(expected), "note": note}


MESSAGES = [
# ---------------------------------------------------------------- clean (17)
m(1, "delivery-delay", "text", "Vertraging bestelling {O}",
"""Beste mevrouw De Groot,

Helaas loopt uw bestelling {O} (eikenhouten wandplank, 80 cm) wat vertraging op. Onze houtleverancier heeft de planken later aangeleverd dan afgesproken, waardoor we ze pas deze week kunnen schuren en oliën.

We verwachten de plank op donderdag 17 december te kunnen versturen, een week later dan bij uw bestelling stond aangegeven.

Onze excuses voor het ongemak.

Met vriendelijke groet,
Ruud Hendriks
Houtatelier Hendriks, Deventer""",
[], "Plain-text delivery delay with a new dispatch date; buyer free to cancel on their own initiative."),

m(2, "delivery-delay", "html", "Uw bestelling {O}: nieuwe verwachte verzenddatum",
"""<p>Hallo Joost,</p>
<p>Even een update over je bestelling <strong>{O}</strong>. De <strong>Lumo tafellamp (messing)</strong> die je hebt besteld komt later binnen dan gepland: de fabrikant heeft een productiestop gehad.</p>
<table>
<tr><td>Oorspronkelijke verzenddatum</td><td>8 december 2026</td></tr>
<tr><td>Nieuwe verwachte verzenddatum</td><td>21 december 2026</td></tr>
</table>
<p>Zodra de lampen bij ons binnen zijn, gaat de jouwe als eerste de deur uit. Sorry voor het wachten.</p>
<p>Groet,<br>Fleur van Dijk<br>Klantenservice Lichtpunt Wonen</p>""",
[], "Builder-style HTML delivery delay with a table of old and new dates, no styling."),

m(3, "order-problem", "text", "[Belangrijk] Probleem met uw bestelling {O}",
"""Geachte heer Wouters,

Tot onze spijt kunnen we de door u bestelde Kamado-barbecue (model K21, antraciet) niet leveren. Bij de voorraadtelling bleek het laatste exemplaar beschadigd te zijn en de fabrikant levert dit model niet meer.

Wij hebben het bestelbedrag van EUR 649,00 volledig aangepast met de reden "geen voorraad". De terugbetaling verloopt via Amazon en staat doorgaans binnen enkele werkdagen op uw rekening.

Bestelnummer: {O}

Onze oprechte excuses.

Met vriendelijke groet,
Anouk Smits
Teamleider orderverwerking, Buitenleven.nl""",
[], "Order problem with the amount adjusted for lack of stock; [Belangrijk] allowed on this critical type."),

m(4, "additional-information", "text", "Vraag over uw bestelling {O} - maat van de hoes",
"""Goedemiddag,

Bedankt voor uw bestelling {O} van een maatwerk-hoes voor uw tuinkussens. Om de hoes op maat te kunnen naaien, missen we nog één gegeven: de dikte van het kussen. In de bestelling staan alleen lengte en breedte (120 x 60 cm).

Zou u de dikte in centimeters willen doorgeven via een antwoord op dit bericht? Dan gaat de hoes direct in productie.

Vriendelijke groet,
Mieke Prins
Naaiatelier Prins, Zwolle""",
[], "Asks for the one missing measurement needed to make the ordered cover."),

m(5, "return-follow-up", "text", "Retour bestelling {O}: voorstel",
"""Beste Sanne,

Je hebt aangegeven dat de rok uit bestelling {O} een klein trekdraadje aan de zoom heeft en dat je hem wilt terugsturen. Vervelend, onze excuses daarvoor.

Als je de rok toch wilt houden, bieden we je een gedeeltelijke terugbetaling van EUR 12,50 aan (25% van de prijs). Wil je liever gewoon retourneren, dan kan dat natuurlijk ook; dan loopt alles via het retourlabel van Amazon.

Laat je even weten wat je voorkeur heeft?

Hartelijke groet,
Lotte Verbeek
Studio Verbeek Mode""",
[], "Return follow-up offering a partial refund as an alternative to returning."),

m(6, "return-follow-up", "html", "Retourzending {O} - ontbrekend onderdeel?",
"""<p>Beste heer Claes,</p>
<p>Wij hebben uw retourzending voor bestelling {O} (keukenrobot Kitchenmaster 900) in goede orde ontvangen. Bij het controleren viel ons op dat de deegkneder niet in de doos zat.</p>
<p>Kunt u ons laten weten of u de deegkneder nog heeft, of dat die niet bij de levering zat? Dan kunnen wij de retour afronden.</p>
<p>Met vriendelijke groeten,<br>Jens Peeters<br>Huishoudcentrum Peeters bv, Mechelen</p>""",
[], "Return follow-up asking for information needed to complete the return (Belgian buyer).", "nl-BE"),

m(7, "invoice", "text", "Factuur bij bestelling {O}",
"""Geachte heer/mevrouw,

In de bijlage vindt u de factuur voor uw bestelling {O}, zoals u heeft gevraagd voor uw administratie.

Factuurnummer: 2026/NL/04418
Factuurdatum: 03-12-2026
Totaal incl. 21% btw: EUR 1.089,00 (btw EUR 189,00)

Met vriendelijke groet,

Administratie
Kantoorinrichting Mulder B.V.
Nijverheidsweg 22, 3771 ME Barneveld
KvK 08123456 | BTW-nummer NL812345678B01""",
[], "Invoice with an invoice number containing slashes, KvK, BTW number and IBAN."),

m(8, "review-request", "text", "Uw ervaring met bestelling {O}",
"""Beste klant,

U heeft onlangs bij ons een set handgemaakte bijenwaskaarsen gekocht (bestelling {O}). Wij zijn benieuwd hoe ze bevallen.

Als u tijd heeft, zouden wij het waarderen als u op Amazon een recensie over het product achterlaat. Zo helpt u andere kopers bij hun keuze en wij leren ervan.

Met vriendelijke groet,
Kaarsenmakerij De Vlam""",
[], "Neutral plain-text review request."),

m(9, "review-request", "html", "Hoe bevalt uw nieuwe fietstas? (bestelling {O})",
"""<p><img src="https://cdn.fietsmakervisser.nl/mail/logo-fietsmaker-visser.png" alt="Fietsmaker Visser" width="160" height="48"></p>
<p>Beste Thomas,</p>
<p>Een paar weken geleden heb je bij ons een waterdichte dubbele fietstas besteld (bestelling {O}). We horen graag wat je ervan vindt, of dat nu goed of minder goed is.</p>
<p>Je kunt je mening delen via de <a href="https://www.amazon.nl/review/create-review?asin=B0C7K2XQ4M">recensiepagina van de fietstas op Amazon.nl</a>.</p>
<p>Groeten,<br>Bas Visser<br><small>Fietsmaker Visser, Utrecht</small></p>""",
[], "HTML review request with the shop's logo (alt names the shop) and a descriptive https Amazon link."),

m(10, "delivery-scheduling", "text", "Afspraak bezorging hoekbank - bestelling {O}",
"""Goedendag mevrouw Bos,

Uw hoekbank "Verona" (bestelling {O}) staat klaar in ons magazijn. Omdat de bank met twee man wordt bezorgd en naar binnen gedragen, plannen we de levering graag met u in.

We kunnen bij u in Amersfoort langskomen op:
- dinsdag 15 december, tussen 08:00 en 12:00 uur
- woensdag 16 december, tussen 12:30 en 16:30 uur
- vrijdag 18 december, tussen 08:00 en 12:00 uur

Laat u weten welk tijdvak u het beste uitkomt? En is er een lift, of moet de bank via de trap naar boven?

Met vriendelijke groet,
Gerard Koster
Planning, Meubelhal Koster""",
[], "Scheduling delivery of a bulky sofa with dates and time slots."),

m(11, "home-service-appointment", "text", "Montage-afspraak voor bestelling {O}",
"""Beste meneer Janssens,

U heeft bij uw wasmachine (bestelling {O}) ook de installatieservice geboekt. Onze monteur kan de machine aansluiten en de oude afvoeren op maandag 14 december of donderdag 17 december, telkens tussen 13:00 en 17:00.

Gelieve ons te laten weten welke dag u het best schikt. Zorgt u ervoor dat de kraan en de afvoer vrij bereikbaar zijn?

Met vriendelijke groeten,
Dirk Maes
Dienst na verkoop, Elektro Maes, Hasselt""",
[], "Home-service installation appointment with two options (Belgian buyer).", "nl-BE"),

m(12, "custom-design-verification", "html", "Ontwerpcontrole gravure - bestelling {O}",
"""<p>Hoi Eva,</p>
<p>In de bijlage zit het ontwerp voor de gravure op je snijplank (bestelling {O}). Wil je controleren of alles klopt voordat we gaan graveren?</p>
<ul>
<li>Tekst: <strong>Familie Brouwer - sinds 2011</strong></li>
<li>Lettertype op de plank: schreefloos, hoogte 2 cm</li>
<li>Plaats: rechtsonder, 3 cm van de rand</li>
</ul>
<p>Is het goed, dan is een kort "akkoord" genoeg. Wil je iets anders, laat het ons weten.</p>
<p>Groetjes,<br>Iris<br>Graveerwerkplaats De Kerf</p>""",
[], "Design proof for an engraving, with the proof attached."),

m(13, "fulfillment-question", "text", "Toegangscode nodig voor levering {O}",
"""Beste heer Kuipers,

Voor de levering van uw bestelling {O} gaan wij uit van het adres Stationsplein 4, appartement 3.12, 5611 AB Eindhoven. Volgens onze vervoerder is de hoofdingang alleen met een code te openen.

Kunt u ons de toegangscode of een andere manier van binnenkomen doorgeven? U kunt in uw antwoord ons referentienummer LV-2026-88417 vermelden; het zendingsnummer bij de vervoerder is 3SDEV4471923.

Met vriendelijke groet,
Femke Dekker
Logistiek, Slaapwinkel Dekker""",
[], "Door-code question with reference and consignment numbers that are not phone numbers."),

m(14, "reply", "text", "Re: Vraag over bestelling {O}",
"""Hallo Daan,

Goede vraag. Het boek dat je hebt besteld, "The Art of Sourdough" van Martha Keane, is de Engelstalige uitgave; een Nederlandse vertaling bestaat er nog niet. Op de Amazon-pagina staat dat ook bij "Taal", maar we snappen dat je het makkelijk over het hoofd ziet.

Wil je het boek toch niet houden, dan kun je het via je bestellingen ({O}) retourneren.

Groet,
Marloes
Boekhandel Het Open Boek""",
[], "Reply quoting an English book title inside Dutch sentences."),

m(15, "reply", "text", "Re: Garantie waterkoker - {O}",
"""Beste mevrouw Hoekstra,

Vervelend dat de waterkoker uit bestelling {O} niet meer aanslaat. Omdat het apparaat nog binnen de garantietermijn van twee jaar valt, kunt u het beste direct contact opnemen met de fabrikant; zij regelen reparatie of vervanging.

Garantielijn van de fabrikant (Brenna Huishoudelijk): 088 123 4567, op werkdagen van 09:00 tot 17:00 uur.

Houd uw bestelnummer bij de hand. Komt u er met hen niet uit, laat het ons dan weten.

Vriendelijke groet,
Tim de Haan
Klantenservice Keukenhuis De Haan""",
[], "Reply giving the manufacturer's warranty line, clearly marked, the BSM309 exception."),

m(16, "reply", "html", "Re: Gegevens voor uw administratie - {O}",
"""<p>Geachte heer Van den Berg,</p>
<p>Zeker, hieronder vindt u onze bedrijfsgegevens voor uw boekhouding bij bestelling {O}. De factuur zelf kunt u downloaden in uw Amazon-account onder Mijn bestellingen.</p>
<p>Met vriendelijke groet,<br>Hanneke Jacobs<br>Financiële administratie</p>
<p><small>Drukkerij Jacobs &amp; Zn. B.V.<br>Havenstraat 17<br>4811 GJ Breda<br>KvK 20045678<br>BTW NL001234567B02</small></p>""",
[], "Reply with a company-details footer in small print (address, KvK, BTW)."),

m(17, "reply", "text", "Re: Retour en terugbetaling {O}",
"""Hoi Lisa,

We hebben even voor je gekeken. Je retour van de hardloopschoenen (bestelling {O}) staat bij ons geregistreerd onder retournummer RMA-55120. Het zendingsnummer van je retourpakket is 3SABC1234567890.

Zodra het pakket hier is, keuren we het binnen twee werkdagen. De terugbetaling van EUR 89,95 volgt dan via Amazon, normaal gesproken uiterlijk op 22-12-2026. Het pakket moet vóór 19 december om 18:00 uur bij een PostNL-punt zijn afgegeven.

Sportieve groet,
Mark
Runnersplaats Groningen""",
[], "Reply with return and consignment numbers, dates, times and amounts."),

# ---------------------------------------------------------------- violations (31)
m(18, "delivery-delay", "text", "Update bestelling {O}",
"""Beste meneer Vos,

Goed nieuws: uw pakket met de 3 rollen behang (bestelling {O}) heeft vanochtend ons magazijn in Tilburg verlaten en is overgedragen aan DHL. U kunt het morgen of overmorgen verwachten.

Met vriendelijke groet,
Behangpaleis Vos""",
["BSM201"], "Shipping confirmation paraphrased as 'left our warehouse, handed to DHL'."),

m(19, "fulfillment-question", "html", "Wij gaan voor u aan de slag! ({O})",
"""<p>Beste Inge,</p>
<p>Je bestelling {O} is goed bij ons binnengekomen. Onze inpakkers zijn er al mee bezig, zodat alles netjes verpakt bij je aankomt.</p>
<p>Hartelijke groet,<br>Team Theehuis Oolong</p>""",
["BSM201"], "Order confirmation: 'received your order and we are packing it'."),

m(20, "reply", "text", "Bedankt! {O}",
"""Beste mevrouw Schouten,

Hartelijk dank voor uw aankoop bij Tuinhuis Schouten (bestelling {O}). We waarderen het enorm dat u voor ons heeft gekozen.

Nogmaals bedankt en een fijne dag!

Met vriendelijke groet,
Tuinhuis Schouten""",
["BSM202"], "Message containing only thanks for the purchase."),

m(21, "fulfillment-question", "text", "Bestelling {O}",
"""Hallo,

Mocht er met je bestelling {O} ooit iets niet in orde zijn, schroom dan niet: stuur ons een berichtje en we lossen het samen op. We staan voor je klaar.

Groetjes,
Team Puzzelwinkel Legpuzzel.nl""",
["BSM202"], "Only the offer to help if something comes up."),

m(22, "delivery-delay", "text", "Kleine vertraging bestelling {O}",
"""Beste klant,

Uw bestelling {O} (2 x fotolijst 30x40) wordt twee dagen later verzonden dan aangegeven, op woensdag 9 december. Excuses daarvoor.

Met vriendelijke groet,
Lijstenmakerij Kramer

P.S. Tot het einde van de maand krijgt u 20% korting op ons hele assortiment in onze Amazon-winkel. Profiteer ervan!""",
["BSM203"], "Permitted delay notice with a 20% off P.S. promotion."),

m(23, "review-request", "html", "Uw mening over bestelling {O}",
"""<p>Beste mevrouw Smit,</p>
<p>Wat vindt u van de linnen dekbedovertrek uit bestelling {O}? We stellen een eerlijke recensie op Amazon op prijs.</p>
<p>Benieuwd naar wat er nog meer aankomt? Volg ons op Instagram via @hetlinnenhuis en schrijf u in voor onze nieuwsbrief: in januari lanceren we onze nieuwe voorjaarscollectie.</p>
<p>Met warme groet,<br>Het Linnenhuis</p>""",
["BSM203"], "Review request with follow-us, newsletter and new-collection promotion."),

m(24, "review-request", "text", "Een klein bedankje voor uw recensie ({O})",
"""Beste heer Meijer,

Hoe bevalt de koffiemolen uit bestelling {O}? Wij horen het graag in een recensie op Amazon.

Als blijk van waardering sturen wij u, zodra uw recensie online staat, een zakje van onze huisgebrande espressobonen. Stuur ons even een bericht als de recensie geplaatst is.

Met vriendelijke groet,
Koffiebranderij Meijer""",
["BSM204"], "A small gift once the review is published."),

m(25, "review-request", "text", "Bestelling {O} - uw recensie",
"""Hoi Kim,

We zouden het superfijn vinden als je een eerlijke recensie schrijft over de yogamat uit bestelling {O}. Als dank betalen we het volledige aankoopbedrag aan je terug zodra je recensie op Amazon zichtbaar is.

Namaste,
Yogastudio Flow Shop""",
["BSM204"], "Full refund offered as soon as the review is online."),

m(26, "reply", "text", "Re: Klacht stofzuiger {O}",
"""Beste meneer Dijkstra,

Fijn dat de vervangende stofzuigerzak inmiddels bij u is en de stofzuiger weer naar behoren werkt (bestelling {O}).

We zagen dat u eerder een recensie met één ster heeft geplaatst. Nu het probleem is opgelost, zou u die willen aanpassen of verwijderen?

Met vriendelijke groet,
Poets & Zo Huishoudartikelen""",
["BSM205"], "Asks to update or remove an existing one-star review."),

m(27, "review-request", "text", "Tevreden over bestelling {O}?",
"""Beste klant,

Bent u tevreden over de kinderfietshelm uit bestelling {O}? Dan zouden wij een recensie op Amazon erg op prijs stellen.

Bent u niet helemaal tevreden, laat dan geen recensie achter maar neem eerst contact met ons op, dan zoeken we samen een oplossing.

Met vriendelijke groet,
Kiddo Veilig""",
["BSM206"], "Review asked only from satisfied buyers, unhappy ones steered to the seller."),

m(28, "review-request", "html", "Even 1 minuutje? (bestelling {O})",
"""<p>Hallo Ahmed,</p>
<p>Je hebt bij ons de draadloze deurbel gekocht (bestelling {O}). Wij zijn een klein familiebedrijf en elke beoordeling telt.</p>
<p>Zou je ons vijf sterren willen geven op Amazon? Dat helpt ons echt verder.</p>
<p>Groeten,<br>Slimhuis Techniek</p>""",
["BSM206"], "Asks explicitly for a five-star rating."),

m(29, "order-problem", "text", "[Belangrijk] Bestelling {O} niet leverbaar",
"""Beste mevrouw Van Leeuwen,

Helaas is de poef in okergeel uit uw bestelling {O} uitverkocht en komt hij niet meer binnen. We hebben het bestelbedrag van EUR 79,00 aangepast wegens geen voorraad.

Het snelste is als u de bestelling zelf even annuleert via Mijn bestellingen op Amazon, dan is alles meteen afgerond.

Met vriendelijke groet,
Woonwinkel Oker""",
["BSM108"], "Amount adjusted, but advises the buyer to cancel the order themselves."),

m(30, "order-problem", "text", "Bestelling {O}: artikel uitverkocht",
"""Beste heer Peters,

Door een fout in onze voorraadadministratie is de accuboormachine uit bestelling {O} niet meer op voorraad.

Wij zouden het erg waarderen als u via uw Amazon-account een annuleringsverzoek indient. Onze excuses voor het ongemak.

Met vriendelijke groet,
Gereedschapshandel Peters""",
["BSM107", "BSM108"], "Asks for a cancellation request and never confirms the amount adjustment."),

m(31, "review-request", "text", "Uw mening telt - bestelling {O}",
"""Beste klant,

Wilt u uw ervaring met de dekenkist uit bestelling {O} delen in een recensie op Amazon? Dat helpt andere kopers.

Met vriendelijke groet,
Meubelmakerij Timmer

Geen berichten meer van ons ontvangen? Antwoord dan met STOP.""",
["BSM305"], "Opt-out instruction: reply STOP."),

m(32, "reply", "text", "Re: Waar blijft mijn pakket? {O}",
"""Hoi Rick,

Ja, we zien het ook. Die klote-pakketdienst heeft je doos met de gamingstoel (bestelling {O}) verdomme voor de derde keer naar het verkeerde depot gestuurd. Echt kut.

We hebben een nieuwe stoel voor je klaargezet; die brengen we deze week met onze eigen bus.

Groet,
Jeroen
GameSeat Nederland""",
["BSM306"], "Dutch profanity about the carrier in a reply."),

m(33, "delivery-delay", "text", "Delay on your order {O}",
"""Dear customer,

Unfortunately your order {O} (ceramic planter set, 3 pieces) is delayed. Our supplier has not yet delivered the planters, and we now expect to dispatch them on 14 December.

We apologise for the inconvenience.

Kind regards,
Pottenbakkerij Klei & Co""",
["BSM104"], "Message wholly in English to a Dutch buyer."),

m(34, "reply", "text", "Re: Bezorgadres wijzigen {O}",
"""Beste mevrouw Hermans,

Het bezorgadres van bestelling {O} kunnen wij helaas niet meer aanpassen in het systeem. Bel ons gerust even op 030 245 67 89, dan kijken we samen wat er nog mogelijk is.

Met vriendelijke groet,
Alex Brink
Klantenservice Brink Wonen""",
["BSM309"], "Seller's own phone number in national format."),

m(35, "additional-information", "text", "Bezorginstructies nodig - {O}",
"""Beste heer Claessens,

Voor de levering van uw bestelling {O} hebben we nog uw voorkeur voor de bezorgdag nodig. U kunt ons ook altijd bellen of appen op +32 470 12 34 56.

Met vriendelijke groeten,
Vloerenhuis Claessens, Gent""",
["BSM309"], "Phone number in international format (Belgian buyer).", "nl-BE"),

m(36, "reply", "text", "Re: Foto's van de schade {O}",
"""Hallo Nina,

Wat vervelend dat de vaas uit bestelling {O} beschadigd aankwam. Wil je een paar foto's sturen naar klantenservice@glasblazerijduin.nl? Dan regelen we direct een vervangend exemplaar.

Groet,
Pieter
Glasblazerij Duin""",
["BSM308"], "Plain e-mail address in a reply."),

m(37, "return-follow-up", "text", "Retour {O} - bon nodig",
"""Beste mevrouw Bakker,

Om uw retour van bestelling {O} af te ronden hebben wij een foto van het retourlabel nodig. Stuurt u die naar retour apenstaartje tuinmeubelsbakker punt nl?

Met vriendelijke groet,
Tuinmeubels Bakker""",
["BSM308"], "Obfuscated e-mail address ('apenstaartje', 'punt')."),

m(38, "reply", "html", "Re: Onderhoud van de leren tas {O}",
"""<p>Beste Sophie,</p>
<p>Leuk dat je zo blij bent met de tas uit bestelling {O}. Voor het onderhoud van het leer hebben we een uitgebreide uitleg geschreven: lees onze <a href="https://www.ledermakerijvos.nl/onderhoud-leer">onderhoudstips voor leer op onze website</a>.</p>
<p>Groetjes,<br>Carlijn<br>Ledermakerij Vos</p>""",
["BSM302"], "https link with descriptive text to the seller's own site, not needed for the order."),

m(39, "review-request", "html", "Uw ervaring met bestelling {O}",
"""<p>Beste klant,</p>
<p>Hoe bevalt uw nieuwe strijkplank uit bestelling {O}? Als u wilt, kunt u een recensie schrijven via de <a href="http://www.amazon.nl/review/create-review?asin=B09XJ4K2LP">recensiepagina van de strijkplank op Amazon</a>.</p>
<p>Met vriendelijke groet,<br>Huishoudhuis Vermeer</p>""",
["BSM301"], "Insecure http link to Amazon with descriptive text."),

m(40, "delivery-delay", "html", "Vertraging bestelling {O}",
"""<p>Beste heer Mertens,</p>
<p>De tuinbank uit bestelling {O} wordt vijf werkdagen later verzonden dan gepland, naar verwachting op 16 december.</p>
<p><img src="https://img.tuincentrumhof.nl/producten/tuinbank-teak-150.jpg" alt="Teakhouten tuinbank 150 cm" width="300" height="200"></p>
<p>Onze excuses voor het wachten.</p>
<p>Met vriendelijke groet,<br>Tuincentrum Hof</p>""",
["BSM310"], "Photo of the purchased product in the message."),

m(41, "return-follow-up", "html", "Retour {O}: nog één vraag",
"""<p>Beste Wendy,</p>
<p>Voor we de retour van de kerstverlichting uit bestelling {O} kunnen afronden: heb je de lichtslinger nog in de originele verpakking, of is die weggegooid?</p>
<p><img src="https://img.lichtjesshop.nl/stock/kerstboom-sneeuw.jpg" alt="Kerstboom in de sneeuw" width="300" height="200"></p>
<p>Fijne feestdagen!<br>Lichtjesshop Dekker</p>""",
["BSM311"], "Unrelated stock image of a Christmas tree."),

m(42, "additional-information", "html", "Gegevens voor bestelling {O}",
"""<p><img src="https://cdn.zeepziederijlavendel.nl/logo-zeepziederij-lavendel.png" alt="" width="140" height="40"></p>
<p>Beste mevrouw Koning,</p>
<p>U heeft bij bestelling {O} een persoonlijke tekst op het zeepetiket gevraagd, maar het tekstveld is leeg gebleven. Welke naam of tekst mogen wij op het etiket zetten?</p>
<p>Met vriendelijke groet,<br>Zeepziederij Lavendel</p>""",
["BSM402"], "Shop logo with an empty alt attribute."),

m(43, "delivery-delay", "text", "Bestelling {O} iets later",
"""Hoi Milan,

Je skateboard uit bestelling {O} gaat een paar dagen later de deur uit, op vrijdag 11 december. De griptape was even op 😅

Sorry en alvast veel plezier ermee!

Groet,
Skateshop Rolling""",
["BSM403"], "Emoji in a delay notice."),

m(44, "reply", "text", "Re: Kleur van de wol {O}",
"""Hoi Annemiek,

De wol uit bestelling {O} heet "mosgroen" maar valt in het echt inderdaad wat grijziger uit dan op de foto. Wil je hem ruilen, dan hoor ik het graag :-)

Groetjes,
Wolwinkel De Bol""",
["BSM403"], "Text emoticon ':-)' in a reply."),

m(45, "delivery-scheduling", "html", "Bezorgafspraak voor bestelling {O}",
"""<style>
p { font-size: 14px; }
.kop { font-size: 20px; }
.tijd { font-size: 16px; }
.klein { font-size: 11px; }
</style>
<p class="kop">Bezorgafspraak</p>
<p>Beste heer Visser,</p>
<p>Uw koelkast uit bestelling {O} wordt met twee bezorgers geleverd. Wij kunnen bij u zijn op:</p>
<p class="tijd">maandag 14 december, 09:00 - 13:00 uur</p>
<p>Past dat, of heeft u liever een ander moment?</p>
<p class="klein">Witgoedcentrale Visser, Apeldoorn</p>""",
["BSM410"], "Four explicit font sizes in a <style> block besides the default."),

m(46, "delivery-delay", "text", "Vertraging {O}",
"""Beste mevrouw Postma,

Uw bestelling {O} (schilderijlijsten, set van 5) wordt helaas pas op 18 december verzonden in plaats van op 10 december.


Onze leverancier had een achterstand.


Met vriendelijke groet,
Atelier Postma Lijsten""",
["BSM412"], "Two blank lines in a row, twice, in plain text."),

m(47, "invoice", "text", "[Belangrijk] Factuur bestelling {O}",
"""Geachte heer Timmermans,

Bijgaand ontvangt u de factuur bij uw bestelling {O}.

Factuurnummer: F/2026/1187
Bedrag: EUR 245,00 incl. btw

Met vriendelijke groet,
Administratie Bureaustoel Direct B.V.
KvK 71234509 | BTW NL859012345B01""",
["BSM110"], "[Belangrijk] tag on an invoice, not a critical message."),

m(48, "review-request", "html", "Recensie over bestelling {O}",
"""<p>Beste klant,</p>
<p>U heeft bij ons een set messen gekocht (bestelling {O}). Wilt u uw ervaring delen met andere kopers? Klik <a href="https://www.amazon.nl/review/create-review?asin=B0B8R1M2QZ">hier</a>.</p>
<p>Met vriendelijke groet,<br>Messenhuis Snijder</p>""",
["BSM401"], "Non-descriptive link text 'hier'."),

# ---------------------------------------------------------------- varying (2)
m(49, "delivery-delay", "html", "Nieuwe verzenddatum bestelling {O}",
"""<div style="font-family: Georgia, serif; line-height: 1.8; color: #3b3b3b; text-align: center;">
<p>Beste Yvonne,</p>
<p>Je handgeweven plaid uit bestelling {O} is nog op het weefgetouw. We verwachten hem op 19 december te versturen, een week later dan gepland.</p>
<p>Dank voor je geduld,<br>Weverij Zwaan</p>
</div>""",
["BSM407", "BSM408", "BSM409", "BSM411"], "Builder wrapper setting font family, line height, colour and centring."),

m(50, "additional-information", "html", "Vraag over bestelling {O}",
"""<p><a href="https://www.keramiekstudiobloem.nl"><img src="https://www.keramiekstudiobloem.nl/img/logo.png" alt="Naar de website van Keramiekstudio Bloem" width="150" height="50"></a></p>
<p>Beste mevrouw Wijnen,</p>
<p>Welke glazuurkleur wilt u voor de mokken uit bestelling {O}: zeegroen of zandwit? In de bestelling stond geen keuze aangegeven.</p>
<p>Met vriendelijke groet,<br>Keramiekstudio Bloem</p>""",
["BSM302", "BSM304"], "Shop logo linked to the seller's website."),
]
