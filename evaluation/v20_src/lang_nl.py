"""v20 Dutch messages (nl-NL), 50 scenarios. Standard library only."""

LANG = "nl"
LOCALE = "nl-NL"


def order_no(n):
    a = (3817204 + n * 104729) % 10000000
    b = (5529013 + n * 7777771) % 10000000
    return "510-%07d-%07d" % (a, b)


MESSAGES = []


def m(n, typ, fmt, subject, body, expected, note, locale=LOCALE):
    o = order_no(n)
    MESSAGES.append({
        "id": "v20-nl-%03d" % n,
        "language": LANG,
        "locale": locale,
        "type": typ,
        "format": fmt,
        "subject": subject.replace("{o}", o),
        "body": body.replace("{o}", o).replace("{o_plain}", o.replace("-", "")),
        "order_id": o,
        "expected": sorted(expected),
        "note": note,
    })


# ---------------------------------------------------------------- clean (17)

m(1, "delivery-delay", "text", "Je bestelling {o} komt een paar dagen later",
  """Hoi Marieke,

Even een seintje over je bestelling {o}: de eikenhouten snijplank die je hebt besteld, is bij onze houtleverancier nog niet binnen. Zij beloven de planken uiterlijk vrijdag 11 december te leveren, en dan gaat jouw plank maandag 14 december de deur uit.

Past dat niet meer in je planning, laat het ons dan weten, dan zoeken we samen naar een oplossing.

Groet,
Ruud
Houtwerk Veenstra""",
  [], "Plain-text delay notice with a new dispatch date, no confirmation of shipment.")

m(2, "delivery-delay", "html", "Vertraging bestelling {o}",
  """<table role="presentation" width="100%" cellpadding="0" cellspacing="0">
<tr><td>
<p>Beste mevrouw Jansen,</p>
<p>Door de drukte rond Sinterklaas loopt ons atelier wat achter. De twee geborduurde kussenhoezen uit bestelling <strong>{o}</strong> zijn nog in de maak.</p>
<p>Nieuwe verwachte leverdatum: <strong>woensdag 16 december 2026</strong> (eerder stond 9 december).</p>
<p>Onze excuses voor het wachten. Zodra de hoezen klaar zijn, gaan ze dezelfde dag nog op de post.</p>
<p>Met vriendelijke groet,<br>
Anouk de Wit<br>
Borduuratelier Steek voor Steek</p>
</td></tr>
</table>""",
  [], "Builder HTML table delay notice with bold dates; no styles.")

m(3, "order-problem", "text", "[Belangrijk] Bestelling {o} kan niet geleverd worden",
  """Geachte heer Bakker,

Helaas moeten wij u melden dat de fietsbel 'Retro Messing' uit bestelling {o} niet meer leverbaar is. De fabrikant heeft de productie onverwacht stopgezet en ons laatste exemplaar bleek bij controle beschadigd.

Wij hebben het bestelbedrag van € 18,95 inmiddels volledig aangepast in Seller Central (reden: geen voorraad). U ziet de terugbetaling binnen enkele werkdagen terug op uw rekening of creditcard.

Onze excuses voor het ongemak.

Met vriendelijke groet,
Fietsonderdelen Brouwer
Klantenservice""",
  [], "Order problem with [Belangrijk] and the amount adjustment confirmed; allowed on this critical type.")

m(4, "additional-information", "text", "Vraagje over de gravure - {o}",
  """Hallo Sanne,

Voor je bestelling {o} (houten fotolijst met gravure) missen we nog één ding: welke tekst wil je op de onderrand? Je hebt maximaal 30 tekens, spaties meegeteld.

Stuur je de tekst via dit berichtencentrum? Dan zetten we de lijst direct in de planning.

Fijne dag,
Lotte
Graveerwerkplaats Lijn & Letter""",
  [], "Request for the engraving text needed to complete the order.")

m(5, "return-follow-up", "text", "Je retour van bestelling {o}",
  """Dag meneer Visser,

We zagen uw retouraanvraag voor de linnen dekbedovertrek uit bestelling {o}, met de opmerking dat er een klein vlekje op de zoom zit.

Wilt u het overtrek liever houden? Dan storten we € 12,50 terug, zo'n kwart van het aankoopbedrag, en hoeft u niets op te sturen. Wilt u toch retourneren, dan loopt de aanvraag gewoon door en ontvangt u het volledige bedrag terug.

Laat u even weten wat u kiest?

Hartelijke groet,
Ineke van Dam
Linnenhuis De Vlasbloem""",
  [], "Return follow-up offering a partial refund as alternative.")

m(6, "return-follow-up", "text", "Retour {o}: welke maat?",
  """Hoi Tom,

Je hebt de wandelschoenen uit bestelling {o} aangemeld voor retour. In je aanvraag staat 'verkeerde maat', maar we zien niet of je een andere maat wilt of je geld terug.

Kun je aangeven wat je wilt? Als je een andere maat wilt: welke? Dan kunnen we de retour goed afronden.

Groeten,
Jeroen | Buitensport Hoekstra""",
  [], "Return follow-up asking for information needed to complete the return.")

m(7, "invoice", "text", "Factuur bij bestelling {o}",
  """Beste heer Smit,

Zoals gevraagd sturen we u de factuur van bestelling {o} als pdf in de bijlage. Factuurnummer: 2026/12/0457, factuurdatum 3 december 2026, totaal € 249,00 inclusief 21% btw (€ 43,21).

Met vriendelijke groet,

Administratie
Kantoormeubelen Vos B.V.
Industrieweg 14
3542 AD Utrecht
KvK 58213476
BTW NL852147963B01""",
  [], "Invoice with invoice number with slashes, KvK and BTW numbers in the footer.")

m(8, "review-request", "text", "Hoe bevalt de theepot? ({o})",
  """Hallo Femke,

Je gietijzeren theepot uit bestelling {o} is nu een week of twee bij je. We zijn benieuwd wat je ervan vindt.

Heb je een paar minuten? Dan horen we graag je ervaring in een recensie op Amazon. Andere theeliefhebbers hebben daar veel aan, en wij ook.

Hartelijke groet,
Theehuis Ming
Amsterdam""",
  [], "Neutral review request in plain text.")

m(9, "review-request", "html", "Jouw mening over bestelling {o}",
  """<table role="presentation" width="100%" cellpadding="0" cellspacing="0">
<tr><td><img src="https://cdn.klaproos-zeep.nl/mail/logo-zeepziederij-klaproos.png" alt="Logo Zeepziederij Klaproos" width="180" height="60"></td></tr>
<tr><td>
<p>Hoi Jasper,</p>
<p>Een paar weken geleden bestelde je bij ons de set natuurzeep (bestelling {o}). Hoe bevalt hij?</p>
<p>Wil je je ervaring delen met andere kopers? Dat kan hier: <a href="https://www.amazon.nl/review/review-your-purchases/?asin=B0C7KLQ2RT">Schrijf een recensie op Amazon.nl</a></p>
<p>Groetjes,<br>Mirjam van Zeepziederij Klaproos</p>
<p><small>Zeepziederij Klaproos, Molenstraat 3, 7411 KT Deventer</small></p>
</td></tr>
</table>""",
  [], "HTML review request with shop logo (alt names shop) and descriptive https Amazon link.")

m(10, "delivery-scheduling", "text", "Bezorgafspraak hoekbank - bestelling {o}",
  """Goedemiddag mevrouw El Amrani,

Uw hoekbank 'Lago' (bestelling {o}) staat klaar voor levering. Omdat de bank in drie delen komt en samen zo'n 95 kg weegt, bezorgen we met twee man en plannen we graag een afspraak.

Welke optie past u het beste?
- dinsdag 15 december, tussen 08:00 en 12:00 uur
- donderdag 17 december, tussen 12:30 en 17:00 uur
- zaterdag 19 december, tussen 09:00 en 13:00 uur

Graag ook even doorgeven op welke verdieping u woont en of er een lift is.

Met vriendelijke groet,
Planning Meubelhal Oost""",
  [], "Scheduling delivery of a bulky sofa with time slots.")

m(11, "home-service-appointment", "text", "Afspraak montage vaatwasser ({o})",
  """Beste Erik,

Je hebt bij de vaatwasser ook de installatie geboekt (bestelling {o}). Onze monteur Dennis kan langskomen op:

ma 14-12 tussen 13:00 en 15:00
wo 16-12 tussen 08:30 en 10:30

Zorg er wel voor dat de kraan en de afvoer onder het aanrecht goed bereikbaar zijn. Welk moment komt jou uit?

Groet,
Installatieteam WitgoedDirect""",
  [], "Home-service installation appointment with dates and time slots.")

m(12, "custom-design-verification", "text", "Proefontwerp naambordje - {o}",
  """Hoi Priya,

In de bijlage zit de digitale proef van het naambordje uit bestelling {o}: 'Familie Ramdin' in het lettertype dat je koos, met het vogeltje rechtsonder.

Klopt alles? Dan frezen we het bordje deze week. Wil je nog iets aanpassen (spelling, plaats van het vogeltje), zet het dan gerust in je antwoord.

Groetjes,
Maaike
Freesatelier Het Houten Huis""",
  [], "Custom design proof sent for approval (attachment).")

m(13, "fulfillment-question", "text", "Bezorging {o}: deurcode nodig?",
  """Goedemorgen,

Uw kast (bestelling {o}) wordt door onze eigen bezorgdienst gebracht. In uw adres staat 'appartement 4B', maar de ingang van het complex lijkt een codeslot te hebben.

Kunt u ons de deurcode laten weten, of aangeven bij welke bel de chauffeur moet aanbellen? Ritreferentie voor onze planning: RIT-0912/B, zending KM-44817.

Alvast bedankt,
Kasten & Co Logistiek""",
  [], "Fulfilment question asking for the door code, with reference numbers.")

m(14, "reply", "text", "Re: Is dit het juiste model?",
  """Hallo meneer Peeters,

Goede vraag. De 'Stainless Steel Pour-Over Kettle 1.0L' die u in bestelling {o} hebt gekocht, werkt op alle kookplaten, dus ook op inductie. De bodem is daar speciaal voor gemaakt.

De Engelse titel komt van de fabrikant; wij verkopen hem onder die naam omdat de verpakking ook zo heet.

Met vriendelijke groet,
Koffiebranderij Het Bonenpakhuis""",
  [], "Reply quoting an English product title inside Dutch sentences.")

m(15, "reply", "text", "Re: Koffiemachine lekt - {o}",
  """Beste mevrouw Koster,

Vervelend dat uw espressomachine uit bestelling {o} lekt. Op het apparaat zit twee jaar fabrieksgarantie. Voor reparatie onder garantie kunt u het beste direct de fabrikant bellen:

Garantielijn fabrikant (De'Longhi Nederland): 088 - 234 56 70 (ma-vr 09:00-17:00)

Houd uw bestelnummer bij de hand. Komt u er met hen niet uit, stuur ons dan gerust een bericht.

Met vriendelijke groet,
Elektro Peters""",
  [], "Reply with the manufacturer's warranty hotline, marked as such.")

m(16, "reply", "html", "Re: Bedrijfsgegevens voor de boekhouding ({o})",
  """<p>Goedemiddag,</p>
<p>Hieronder onze bedrijfsgegevens voor uw administratie, horend bij bestelling {o}. De factuur zelf vindt u in uw Amazon-account onder uw bestellingen.</p>
<table role="presentation" cellpadding="4" cellspacing="0">
<tr><td>Bedrijfsnaam</td><td>Verlichtingshandel Lumen B.V.</td></tr>
<tr><td>Adres</td><td>Havenkade 27, 1013 BC Amsterdam</td></tr>
<tr><td>KvK</td><td>74125896</td></tr>
<tr><td>BTW-nummer</td><td>NL861234590B01</td></tr>
</table>
<p>Met vriendelijke groet,<br>Shanti Ramautar<br>Financiële administratie</p>""",
  [], "Reply giving company details in a table: KvK and BTW numbers are no phone numbers.")

m(17, "reply", "text", "Re: Wanneer krijg ik mijn geld terug?",
  """Hoi Laura,

Je retour voor bestelling {o} staat bij ons geregistreerd onder retournummer RT-2026-11873. Volgens de trackingcode van je retourlabel (3SVBTR55019824) wordt het pakket donderdag 10 december tussen 10:00 en 14:00 bij ons bezorgd.

Zodra we de jas hebben gecontroleerd, storten we € 89,95 terug, meestal binnen twee werkdagen. Daarna duurt het nog 3 tot 5 dagen voor het op je rekening staat.

Groetjes,
Ilse
Jassenwinkel Noorderwind""",
  [], "Reply with return number, tracking code, date, time window and amount.")

# ---------------------------------------------------------- violations (31)

m(18, "fulfillment-question", "text", "Update bestelling {o}",
  """Hallo Wouter,

Goed nieuws: je pakket met de klimschoenen heeft vanochtend ons magazijn in Tilburg verlaten en is overgedragen aan PostNL. Reken op bezorging morgen of overmorgen.

Sportieve groet,
Klimhal Shop""",
  ["BSM201"], "Shipping confirmation: left the warehouse, handed to the carrier.")

m(19, "fulfillment-question", "text", "We gaan voor je aan de slag! ({o})",
  """Beste Nadia,

Je bestelling {o} is goed bij ons binnengekomen. Onze inpakkers zijn er al mee bezig: de kaarsen worden nu zorgvuldig in vloeipapier gewikkeld.

Liefs,
Kaarsenmakerij Vlam""",
  ["BSM201"], "Order confirmation: received and being packed.")

m(20, "fulfillment-question", "text", "Bestelling {o}",
  """Hoi Rick,

Wat leuk dat je voor onze spelletjesdoos hebt gekozen! Heel erg bedankt voor je vertrouwen in ons kleine bedrijf, we waarderen het echt.

Groetjes van het hele team,
Bordspelwinkel De Dobbelsteen""",
  ["BSM202"], "Thanks-only message, worded freely.")

m(21, "fulfillment-question", "text", "Bestelling {o} - wij staan klaar",
  """Beste mevrouw De Jong,

Mocht er met uw nieuwe tuinstoelen onverhoopt iets niet in orde zijn, dan helpen wij u uiteraard graag verder. Een kort berichtje is genoeg.

Met hartelijke groet,
Tuincentrum Groenrijk""",
  ["BSM202"], "Only the offer to help if a problem comes up.")

m(22, "delivery-delay", "text", "Kleine vertraging - bestelling {o}",
  """Hoi Esther,

Je wollen plaid uit bestelling {o} komt een paar dagen later dan gepland: de weverij levert pas op 12 december. Wij sturen hem dan dezelfde dag door.

Excuses voor het ongemak!

Marloes
Wolwinkel Schaap & Co

PS: tot en met zondag krijg je 20% korting op ons hele assortiment, ook op de sjaals en mutsen.""",
  ["BSM203"], "Delay notice with a P.S. promoting 20% off the whole range.")

m(23, "review-request", "text", "Wat vind je van je lamp? ({o})",
  """Hallo Joost,

Je hebt de bureaulamp 'Ivo' nu een tijdje in huis (bestelling {o}). We horen graag hoe hij bevalt, in een recensie op Amazon.

Trouwens: volg ons op Instagram en schrijf je in voor onze nieuwsbrief, dan zie je onze nieuwe wintercollectie als eerste.

Groet,
Lampenatelier Licht & Zo""",
  ["BSM203"], "Review request with follow us, newsletter and new collection.")

m(24, "review-request", "text", "Even je mening - {o}",
  """Hoi Bram,

Hoe bevallen de fietstassen uit bestelling {o}? Een recensie op Amazon zouden we erg fijn vinden.

Staat je recensie online? Stuur ons dan even een berichtje, dan krijg je van ons een klein bedankje thuisgestuurd.

Groet,
Fietstassen Noord""",
  ["BSM204"], "A small token of thanks once the review is online.")

m(25, "review-request", "text", "Actie voor onze reviewers ({o})",
  """Beste mevrouw Hendriks,

Wij zijn benieuwd naar uw ervaring met de keukenweegschaal (bestelling {o}). Zodra uw recensie op Amazon zichtbaar is, krijgt u het volledige aankoopbedrag van ons terug.

Met vriendelijke groet,
Keukenhuis Smaak""",
  ["BSM204"], "Full refund promised once the review is published.")

m(26, "reply", "text", "Re: Kapotte mok, bestelling {o}",
  """Beste Hanneke,

Fijn dat we het probleem met de mok samen hebben kunnen oplossen.

Zou je nog eens willen kijken naar je recensie van één ster? Nu het is opgelost, zouden we het heel waarderen als je hem wilt bijwerken of weghalen.

Hartelijke groet,
Pottenbakkerij De Draaischijf""",
  ["BSM205"], "Asks to update or remove an existing one-star review.")

m(27, "review-request", "text", "Tevreden over je bestelling {o}?",
  """Hallo Daan,

Ben je blij met je nieuwe skateboard? Dan zouden we een recensie op Amazon super vinden.

Valt er iets tegen? Laat dan liever eerst aan ons weten wat er mis is, voordat je iets op Amazon zet, dan lossen we het samen op.

Groet,
Skateshop Ollie""",
  ["BSM206"], "Review only if satisfied; unhappy buyers steered to contact instead.")

m(28, "review-request", "text", "Jouw sterren voor ons - {o}",
  """Hoi Eline,

De yogamat uit bestelling {o} ligt nu een week bij je. Wil je ons helpen met een recensie van vijf sterren? Voor een kleine winkel als de onze maakt dat echt verschil.

Namaste,
Yogastudio Shop Ademruimte""",
  ["BSM206"], "Asks for a five-star rating.")

m(29, "order-problem", "text", "Bestelling {o}: artikel uitverkocht",
  """Beste heer Mulder,

Helaas is de regenjas in maat L uit bestelling {o} uitverkocht. We hebben het bestelbedrag van € 64,95 aangepast (reden: geen voorraad).

Het snelst gaat het als u de bestelling zelf even annuleert via uw Amazon-account, dan is alles meteen netjes afgerond.

Met vriendelijke groet,
Regenkleding Droog Thuis""",
  ["BSM108"], "Adjustment confirmed but the buyer is advised to cancel himself.")

m(30, "order-problem", "text", "Probleem met uw bestelling {o}",
  """Goedendag,

Door een fout in onze voorraad blijkt de staande spiegel die u bestelde niet meer op voorraad te zijn.

Wij zouden het erg op prijs stellen als u via Amazon een annuleringsverzoek indient, zodat wij de bestelling kunnen afsluiten.

Met vriendelijke groet,
Woonwinkel Spiegeltje""",
  ["BSM107", "BSM108"], "Asks for a cancellation request and never confirms an adjustment.")

m(31, "review-request", "text", "Je ervaring met bestelling {o}",
  """Hoi Sofie,

Hoe is de nieuwe koptelefoon? We zouden het fijn vinden als je er een recensie over schrijft op Amazon.

Geen berichten meer van ons ontvangen? Antwoord dan met STOP.

Groet,
Audiowinkel Klankkast""",
  ["BSM305"], "Neutral review request with a reply-STOP opt-out instruction.")

m(32, "reply", "text", "Re: Nog steeds niks ontvangen ({o})",
  """Meneer Verbeek,

Wat een gezeik zeg. We hebben u nu drie keer uitgelegd dat de vervoerder het pakket kwijt is en dat we een nieuwe sturen. Ik word kut-moe van dit soort mailtjes, godverdomme.

Het vervangende pakket komt eind deze week.

Kees
Gereedschapshandel Kees""",
  ["BSM306"], "Reply with Dutch profanity.")

m(33, "delivery-delay", "text", "Verzögerung Ihrer Bestellung {o}",
  """Sehr geehrte Frau Meijer,

leider verzögert sich Ihre Bestellung {o}. Der Teppich wird voraussichtlich erst am 18.12.2026 versandbereit sein.

Wir bitten um Entschuldigung.

Mit freundlichen Grüßen
Tapijthuis Oriënt""",
  ["BSM104"], "Message to an nl-NL buyer written entirely in German.")

m(34, "delivery-scheduling", "text", "Levering kast - bestelling {o}",
  """Hoi Mark,

Je garderobekast (bestelling {o}) wordt volgende week bezorgd. Bel even met onze planner Gerda op 06-41239875 om een tijd af te spreken, zij zit er op werkdagen tot 16:00.

Groet,
Meubelmakerij Houtvast""",
  ["BSM309"], "Delivery scheduling with a national mobile number of the seller.")

m(35, "reply", "text", "Re: Maatadvies trouwjurk ({o})",
  """Beste Fleur,

Over de maat van de jurk uit bestelling {o} praten we het liefst even persoonlijk. WhatsApp of bel gerust naar +31 6 2847 1190, dan kijken we samen naar je maten.

Liefs,
Bruidsatelier Wit""",
  ["BSM309"], "Reply giving a seller phone number in international format.")

m(36, "reply", "text", "Re: Extra stoelkussens ({o})",
  """Hallo Martijn,

Voor extra stoelkussens bij bestelling {o} kun je het beste even mailen naar verkoop@tuinkussenshop.nl, dan maken we een overzicht van de kleuren die nog op voorraad zijn.

Groeten,
Tuinkussenshop""",
  ["BSM308"], "Reply with a plain e-mail address.")

m(37, "return-follow-up", "text", "Retour bestelling {o}: foto's nodig",
  """Beste mevrouw Bos,

Om uw retour van de vaas uit bestelling {o} af te handelen, hebben we een paar foto's van de schade nodig. Stuurt u die naar info apenstaartje glashuis-lisse punt nl? Dan handelen we het snel af.

Met vriendelijke groet,
Glashuis Lisse""",
  ["BSM308"], "Obfuscated e-mail address with 'apenstaartje' and 'punt'.")

m(38, "reply", "html", "Re: Hoe onderhoud ik de pan? ({o})",
  """<p>Hoi Thijs,</p>
<p>Je gietijzeren pan uit bestelling {o} heeft af en toe een beetje olie nodig. Alles staat stap voor stap op onze eigen site: <a href="https://www.pannenvakman.nl/onderhoud/gietijzer">onderhoudsgids voor gietijzeren pannen</a>.</p>
<p>Groet,<br>Ben, De Pannenvakman</p>""",
  ["BSM302"], "Descriptive https link to the seller's own site, not needed for the order.")

m(39, "reply", "html", "Re: Status retour {o}",
  """<p>Beste heer Kok,</p>
<p>Uw retour van bestelling {o} is aangemeld. De stand van zaken kunt u volgen bij <a href="http://www.amazon.nl/gp/css/returns/homepage.html">uw retourzendingen op Amazon.nl</a>.</p>
<p>Met vriendelijke groet,<br>Horlogehuis Tijdloos</p>""",
  ["BSM301"], "http (not https) link to Amazon with descriptive text.")

m(40, "review-request", "html", "Hoe bevalt je slakom? ({o})",
  """<p>Hallo Yvonne,</p>
<p><img src="https://cdn.groenevaas.nl/producten/slakom-celadon-24cm.jpg" alt="Handgemaakte slakom celadon, 24 cm" width="320" height="240"></p>
<p>Je slakom uit bestelling {o} is nu een paar weken in gebruik. Wil je je ervaring delen in een recensie op Amazon? Dat helpt andere kopers bij hun keuze.</p>
<p>Groetjes,<br>Keramiekatelier De Groene Vaas</p>""",
  ["BSM310"], "Photo of the purchased product (file name and alt name it).")

m(41, "delivery-delay", "html", "Bestelling {o} komt later",
  """<p>Beste Rianne,</p>
<p><img src="https://cdn.zonnebrillenbaai.nl/mail/strand-zonsondergang.jpg" alt="Zonsondergang op het strand" width="400" height="200"></p>
<p>Je zonnebril uit bestelling {o} wordt door een leveringsprobleem pas op 15 december verstuurd in plaats van 8 december. Onze excuses daarvoor.</p>
<p>Groet,<br>Zonnebrillenbaai</p>""",
  ["BSM311"], "Stock beach image unrelated to the shop in a delay notice.")

m(42, "review-request", "html", "Uw ervaring met bestelling {o}",
  """<p><img src="https://cdn.boekbinderij-vlieland.nl/mail/logo-boekbinderij-vlieland.png" width="160" height="50"></p>
<p>Beste mevrouw Prins,</p>
<p>U hebt het notitieboek uit bestelling {o} nu een tijdje in gebruik. Wij horen graag wat u ervan vindt in een recensie op Amazon.</p>
<p>Met vriendelijke groet,<br>Boekbinderij Vlieland</p>""",
  ["BSM402"], "Shop logo without an alt attribute.")

m(43, "review-request", "text", "Je puzzel van bestelling {o} 🧩",
  """Hoi Kim,

Is de puzzel al af? 😄 We zijn benieuwd hoe je hem vond en lezen graag je recensie op Amazon.

Groetjes,
Puzzelpaleis""",
  ["BSM403"], "Emoji in subject and body.")

m(44, "additional-information", "text", "Welke kleur draad? ({o})",
  """Hoi Lisa,

Voor de geborduurde babydeken uit bestelling {o} moeten we nog weten welke draadkleur je wilt voor de naam: oudroze, mintgroen of lichtgrijs? Dan gaan we meteen borduren :-)

Groetjes,
Borduurstudio Klein Geluk""",
  ["BSM403"], "Information request with an emoticon.")

m(45, "review-request", "html", "Wat vind je van je sokken? ({o})",
  """<style>
h1 { font-size: 24px; }
p.intro { font-size: 17px; }
p { font-size: 14px; }
p.voet { font-size: 11px; }
</style>
<h1>Warme voeten?</h1>
<p class="intro">Hoi Niels,</p>
<p>De wollen sokken uit bestelling {o} zijn nu een tijdje bij je. We horen graag je mening in een recensie op Amazon.</p>
<p class="voet">Sokkenfabriek Twente, Fabrieksstraat 8, 7551 AB Hengelo</p>""",
  ["BSM410"], "Four explicit font sizes in a style block.")

m(46, "delivery-delay", "html", "Vertraging {o}",
  """<p>Beste heer Dijkstra,</p>
<p>De drukker van uw fotoboek (bestelling {o}) heeft een storing gehad. Uw fotoboek wordt nu op 17 december verzonden.</p>
<p></p>
<p></p>
<p>Excuses voor het oponthoud.</p>
<p>Met vriendelijke groet,<br>Fotoboekwinkel Kiekje</p>""",
  ["BSM412"], "Empty paragraphs between paragraphs (excess line breaks).")

m(47, "review-request", "text", "[Belangrijk] Uw mening over bestelling {o}",
  """Beste mevrouw Willems,

U hebt bij ons de kerstverlichting gekocht (bestelling {o}). Wilt u uw ervaring delen in een recensie op Amazon? Het kost maar een minuutje.

Met vriendelijke groet,
Lichtjeswinkel""",
  ["BSM110"], "[Belangrijk] tag on a review request, which is not critical.")

m(48, "reply", "html", "Re: Waar vind ik mijn factuur? ({o})",
  """<p>Hoi Gijs,</p>
<p>De factuur van bestelling {o} staat in je Amazon-account. <a href="https://www.amazon.nl/gp/your-account/order-history">Klik hier</a> en kies dan 'Factuur' naast je bestelling.</p>
<p>Groet,<br>Tassenwinkel Draagbaar</p>""",
  ["BSM401"], "Link text 'Klik hier' to an Amazon page.")

# ------------------------------------------------------------- varying (2)

m(49, "delivery-delay", "html", "Nieuwe leverdatum bestelling {o}",
  """<table role="presentation" width="100%" cellpadding="0" cellspacing="0">
<tr><td>
<p style="font-family: Arial, Helvetica, sans-serif; color: #333333;">Beste Annemiek,</p>
<p style="font-family: Arial, Helvetica, sans-serif; color: #333333;">De wandklok uit bestelling {o} laat op zich wachten: het uurwerk komt later binnen bij onze leverancier. Verwachte verzenddatum is nu maandag 21 december.</p>
<p style="font-family: Arial, Helvetica, sans-serif; color: #333333;">Met vriendelijke groet,<br>Klokkenhuis Tiktak</p>
</td></tr>
</table>""",
  ["BSM407", "BSM409"], "Builder HTML setting font-family and text colour.")

m(50, "additional-information", "text", "Vraag over uw bestelling",
  """Beste heer Van Leeuwen,

Voor uw bestelling {o_plain} (maatwerk rolgordijn) hebben we nog de exacte breedte van het kozijn nodig, gemeten aan de binnenkant, in millimeters.

Kunt u die maat doorgeven?

Met vriendelijke groet,
Raamdecoratie Op Maat""",
  ["BSM102"], "Order number written without hyphens only, so no valid order number.")
