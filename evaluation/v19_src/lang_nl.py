"""v19 blind evaluation set: Dutch (nl) messages. Standard library only."""

LANG = "nl"
PREFIX = "500"


def _oid(i):
    return "%s-%07d-%07d" % (PREFIX, (i * 7321931 + 482113) % 10**7, (i * 5527361 + 1234567) % 10**7)


MESSAGES = []


def _m(n, type_, fmt, subject, body, expected, note, locale="nl-NL"):
    o = _oid(n)
    MESSAGES.append({
        "id": "v19-nl-%03d" % n,
        "language": LANG,
        "locale": locale,
        "type": type_,
        "format": fmt,
        "subject": subject.replace("#ORD#", o),
        "body": body.replace("#ORD#", o),
        "order_id": o,
        "expected": sorted(expected),
        "note": note,
    })


# ---------------------------------------------------------------- clean (17)
_m(1, "delivery-delay", "text", "Update over je bestelling #ORD#",
   """Hoi Sanne,

Even een update over je bestelling #ORD#: de eikenhouten wandplank loopt wat achter. Onze houtleverancier zat een week achter met het drogen van de planken, dus de jouwe kan op z'n vroegst vrijdag 18 december de deur uit, niet deze week zoals aangegeven.

Balen, we hadden het ook liever anders gezien. Sorry voor het wachten!

Groet,
Jeroen Bakker
De Houtwerkplaats""",
   [], "Clean delivery delay in informal plain text with a new ship date.")

_m(2, "delivery-delay", "html", "Vertraging bestelling #ORD#",
   """<p>Beste mevrouw Claes,</p>
<p>Uw bestelling #ORD# (2 x linnen kussenhoes, kleur zand) loopt helaas wat vertraging op. De stof kwam later dan afgesproken binnen in ons atelier. Wij verwachten de hoezen ten laatste op <strong>maandag 21 december</strong> te kunnen verzenden.</p>
<p>Onze excuses voor het ongemak.</p>
<p>Met vriendelijke groeten,<br>Lotte Peeters<br>Atelier Linnenlief</p>
<p><small>Atelier Linnenlief BV &middot; Kortrijksesteenweg 214, 9000 Gent &middot; Ondernemingsnummer BE 0712.345.678</small></p>""",
   [], "Clean Flemish HTML delivery delay with a Belgian company footer.", locale="nl-BE")

_m(3, "order-problem", "text", "[Belangrijk] Uw bestelling #ORD# kan niet worden geleverd",
   """Beste heer De Vries,

Bij de laatste voorraadcontrole bleek de enige Kaltmann KM-300 koffiemolen die we nog hadden beschadigd te zijn. Een ander exemplaar is er niet, en de fabrikant kan voorlopig niet naleveren. Uw bestelling #ORD# kunnen we dus helaas niet uitvoeren.

Wij hebben het volledige bestelbedrag van € 89,95 aangepast in Seller Central, met als reden dat het artikel niet op voorraad is. U hoeft zelf niets te doen; het bedrag staat binnen enkele werkdagen weer op uw rekening.

Excuses dat het zo loopt.

Met vriendelijke groet,
Marieke Smit
Klantenservice Brouwhoek""",
   [], "Clean order problem with [Belangrijk] in the subject and the amount adjustment confirmed.")

_m(4, "additional-information", "text", "Ringmaat nodig voor bestelling #ORD#",
   """Hallo Ahmed,

Over je bestelling #ORD#: bij de graveerring is geen maat ingevuld. Welke ringmaat mogen we aanhouden? De binnenomtrek in millimeters (bijvoorbeeld 54) is voor ons het handigst.

Zodra we de maat hebben, kan de ring de werkplaats in.

Hartelijke groet,
Femke
Zilversmederij Noord""",
   [], "Clean request for a missing ring size needed to make the order.")

_m(5, "return-follow-up", "text", "Retouraanvraag tent, bestelling #ORD#",
   """Beste Kees,

Je hebt een retour aangevraagd voor de koepeltent uit bestelling #ORD#, omdat een van de tentstokken gebroken was. Vervelend!

Een alternatief, als je dat liever hebt: je houdt de tent en wij betalen je € 25,00 terug als gedeeltelijke terugbetaling, dan kun je bij een kampeerzaak een losse stok laten maken. Geen zin in gedoe? Dan loopt de retour gewoon zoals aangevraagd.

Laat maar weten wat je kiest.

Met sportieve groet,
Wouter de Groot
Buitenkamp Outdoor""",
   [], "Clean return follow-up offering a partial refund.")

_m(6, "return-follow-up", "text", "Vraag over je retour (#ORD#)",
   """Hoi Yasmina,

Om je retour van de fietsverlichtingsset af te ronden hebben we nog twee dingen nodig: gaat het om de voorlamp, de achterlamp of allebei? En zit de originele USB-C-kabel er nog bij?

Dan kunnen we de retour voor bestelling #ORD# goed verwerken.

Groetjes,
Koen – Fietsonderdelen Centraal""",
   [], "Clean return follow-up asking for information needed to complete the return.")

_m(7, "invoice", "text", "Factuur bij bestelling #ORD#",
   """Goedemiddag,

Zoals gevraagd voor uw boekhouding: in de bijlage vindt u factuur 2026/AMZ/01187 bij bestelling #ORD#.

Factuurbedrag € 248,05 incl. 21% btw (waarvan btw € 43,05).

Met vriendelijke groet,

Tessa Mulder
Administratie

Kantoorvak Mulder B.V.
Industrieweg 8, 3542 AD Utrecht
KvK 61234578 | BTW-nummer NL858123456B01""",
   [], "Clean invoice with a slashed invoice number, KvK and BTW numbers.")

_m(8, "review-request", "text", "Hoe bevallen de snijplanken? (#ORD#)",
   """Hoi Lieke,

Je hebt de bamboe snijplanken uit bestelling #ORD# nu een paar dagen in huis. Zou je op Amazon willen vertellen hoe ze bevallen? Een recensie, kort of lang, helpt andere kopers bij hun keuze.

Groetjes van het team van Keukenkraam""",
   [], "Clean short neutral review request in plain text.")

_m(9, "review-request", "html", "Uw mening over bestelling #ORD#",
   """<table width="100%" cellpadding="0" cellspacing="0">
<tr><td><img src="https://img.mailfabriek-cdn.nl/u/88213/lampenhuis-vos-logo.png" alt="Lampenhuis Vos" width="180" height="60"></td></tr>
<tr><td>
<p>Beste meneer Jansen,</p>
<p>U heeft de hanglamp uit bestelling #ORD# nu een tijdje in gebruik. Wij zijn benieuwd hoe hij u bevalt. Uw mening, of die nu lovend of kritisch is, helpt andere kopers en helpt ons om beter te worden.</p>
<p><a href="https://www.amazon.nl/review/review-your-purchases">Schrijf een recensie op Amazon</a></p>
<p>Met vriendelijke groet,<br>Ruud Vos<br>Lampenhuis Vos</p>
</td></tr>
</table>""",
   [], "Clean HTML review request with shop logo (alt names the shop) and descriptive https Amazon link.")

_m(10, "delivery-scheduling", "text", "Bezorgafspraak boxspring – bestelling #ORD#",
   """Beste familie Hendriks,

Uw boxspring (twee pakketten, samen zo'n 95 kg) wordt door onze eigen bezorgers gebracht en op de slaapkamer neergezet. Daarvoor plannen we graag een moment waarop u thuis bent. We hebben nog plek op:

- woensdag 16 december, tussen 08.00 en 12.00 uur
- donderdag 17 december, tussen 12.30 en 16.30 uur
- zaterdag 19 december, tussen 09.00 en 13.00 uur

Welk tijdvak komt u het best uit? Laat u ook even weten of er een lift is, of dat we de trap op moeten?

Met vriendelijke groet,
Planning Slaapstede Zwolle
Bestelling #ORD#""",
   [], "Clean delivery scheduling for a bulky item with Dutch date and time slots.")

_m(11, "home-service-appointment", "text", "Afspraak montage kledingkast (#ORD#)",
   """Hallo Priya,

Je hebt de montage van je kledingkast geboekt (bestelling #ORD#). Onze monteur Bas kan langskomen op:

maandag 14 december om 09.30 uur, of
dinsdag 15 december om 13.00 uur.

Reken op ongeveer drie uur werk. Welke dag past jou het best?

Groet,
Hanneke van Klusdienst Handig Thuis""",
   [], "Clean Home Services appointment with two proposed times.")

_m(12, "custom-design-verification", "text", "Ontwerpproef naambordje – #ORD#",
   """Hoi Daan,

In de bijlage zit de proef van je houten naambordje (bestelling #ORD#): "Fam. Okafor – nr. 12", in het lettertype dat je koos, 30 x 10 cm.

Wil je de spelling en de indeling even nakijken? Klopt alles, stuur dan een kort "akkoord" terug, dan gaat hij de freesmachine in. Iets anders? Zeg het gerust.

Groet,
Ilse | Graveerhuis Kroon""",
   [], "Clean design proof verification with attachment mentioned.")

_m(13, "fulfillment-question", "text", "Toegang appartementencomplex – #ORD#",
   """Goedemiddag meneer Bos,

Voor de levering van bestelling #ORD# (onze referentie KR-7741/B) moet de bezorger in het complex aan de Vaartsche Rijn kunnen komen. Kunt u de toegangscode van de centrale deur doorgeven, of laten weten bij welk nummer hij het beste kan aanbellen? Huisnummer 118-C staat al op het label.

Alvast bedankt.

Team Fietsonderdelen Centraal""",
   [], "Clean question about a door code, with reference and house numbers.")

_m(14, "reply", "text", "Re: Vraag over Premium Cast Iron Dutch Oven",
   """Hoi Martijn,

Goede vraag. De "Premium Cast Iron Dutch Oven 5.5 QT" uit bestelling #ORD# kan op inductie, gas en in de oven tot 260 °C. Alleen de knop van het deksel kan niet heter worden dan 200 °C; die draai je er met een schroevendraaier zo af.

Groet,
Nadia
Iron & Oak Kookwinkel""",
   [], "Clean reply quoting an English product title and shop name inside Dutch sentences.")

_m(15, "reply", "text", "Re: Stofzuiger doet het niet meer",
   """Beste mevrouw Kramer,

Vervelend dat de steelstofzuiger uit bestelling #ORD# ermee is gestopt. Hij valt nog binnen de twee jaar fabrieksgarantie, dus de reparatie loopt via de fabrikant.

Garantielijn van de fabrikant Vireo Home: 020 - 851 44 90 (ma t/m vr 09.00–17.30 uur). Houd het serienummer (onder op de accu) bij de hand.

Komt u er met hen niet uit, laat het ons dan weten.

Met vriendelijke groet,
Jolanda Meijer
Huishoudhal Meijer""",
   [], "Clean reply giving the manufacturer's warranty hotline, marked as such.")

_m(16, "reply", "text", "Re: Bedrijfsgegevens voor de administratie",
   """Beste heer Van Dam,

Natuurlijk. Hieronder vindt u onze bedrijfsgegevens voor bestelling #ORD#; die staan ook op de factuur die u via Amazon kunt downloaden.

Met vriendelijke groet,

Anouk Verbeek
Binnendienst

Drukwerk Delta B.V.
Havenkade 3
4331 LP Middelburg
KvK 22061543
BTW-id NL814220615B01
IBAN NL91 ABNA 0417 1643 00""",
   [], "Clean reply with a full Dutch company-details footer.")

_m(17, "reply", "text", "Re: Retour #ORD#",
   """Hoi Eva,

Je retour staat bij ons geregistreerd onder retournummer RT-2026-04471. Lever het pakket met het Amazon-retourlabel uiterlijk woensdag 16 december vóór 17.00 uur in bij een PostNL-punt. Het retourpakket kun je volgen met code 3SQLW0045182731.

Zodra het bij ons is (meestal binnen 2 werkdagen) krijg je € 54,90 terug, plus de € 4,95 verzendkosten, omdat wij de maat verkeerd hadden omschreven.

Fijne dag,
Sophie
Jurkjes & Zo""",
   [], "Clean reply with return and tracking numbers, dates, times and amounts.")

# ------------------------------------------------------------ violations (31)
_m(18, "fulfillment-question", "text", "Goed nieuws over #ORD#",
   """Goed nieuws, Romy!

Je bestelling #ORD# heeft vanochtend ons magazijn in Tilburg verlaten en is aan DHL meegegeven. Reken op levering morgen of overmorgen.

Groetjes,
Team Sokkenmand""",
   ["BSM201"], "Shipping confirmation phrased as left the warehouse and handed to the carrier.")

_m(19, "fulfillment-question", "text", "Bestelling #ORD#",
   """Geachte klant,

Wij hebben uw bestelling #ORD# in goede orde ontvangen. Onze medewerkers zijn er inmiddels mee aan de slag; zodra alles is ingepakt, gaat het naar de vervoerder.

Met vriendelijke groet,
Klantenservice Tuinmaxx""",
   ["BSM201"], "Order confirmation: order received and being prepared.")

_m(20, "fulfillment-question", "text", "Dank je wel! (#ORD#)",
   """Lieve Nienke,

Heel erg bedankt voor je aankoop bij Kaarsenmakerij Licht & Lont. We vinden het echt fijn dat je voor ons kiest!

Warme groet,
Esther""",
   ["BSM202"], "Thanks-only message.")

_m(21, "fulfillment-question", "text", "Bestelling #ORD#",
   """Hallo Thijs,

Mocht er ooit iets zijn met je puzzel, dan staan we voor je klaar. Gewoon een berichtje via Amazon en we pakken het meteen op.

Team Puzzelpaleis""",
   ["BSM202"], "Only says the seller is ready to help if something comes up.")

_m(22, "delivery-delay", "text", "Kleine vertraging – #ORD#",
   """Beste Marco,

Je set Japanse messen (bestelling #ORD#) komt iets later dan gepland: de gravure kost meer tijd dan we dachten. We verwachten de set donderdag 17 december te verzenden.

Groet,
Lars – Snijwerk Messen

PS: tot en met zondag krijg je 20% korting op ons hele assortiment in onze Amazon-winkel.""",
   ["BSM203"], "Permitted delay message with a promotional P.S. (20% off everything).")

_m(23, "reply", "text", "Re: Wasvoorschrift quilt",
   """Hoi Fleur,

De quilt uit bestelling #ORD# mag op 30 graden in de machine, fijnwas, en niet in de droger. Gewoon laten drogen over een rekje.

Trouwens: volg ons op Instagram (@stoerestof) en schrijf je in voor onze nieuwsbrief. In januari komt onze nieuwe voorjaarscollectie uit en daar wil je bij zijn.

Liefs,
Merel | Stoere Stof""",
   ["BSM203"], "Reply with follow-us, newsletter and new collection promotion.")

_m(24, "review-request", "text", "Jouw ervaring met #ORD#",
   """Hoi Bram,

Hoe bevalt de yogamat? We horen graag je mening in een recensie op Amazon. Als je recensie online staat, sturen we je als klein bedankje een draagriem voor de mat toe, op onze kosten.

Namaste,
Team Zen Ruimte""",
   ["BSM204"], "Small free gift once the review is published.")

_m(25, "review-request", "text", "Even een vraagje (#ORD#)",
   """Beste mevrouw Schouten,

Mogen wij u vragen een recensie te schrijven over de elektrische melkopschuimer uit bestelling #ORD#? Zodra uw recensie zichtbaar is op Amazon, betalen wij u het volledige aankoopbedrag terug. Zo simpel is het.

Met vriendelijke groet,
Barista Direct""",
   ["BSM204"], "Full refund as soon as the review is online.")

_m(26, "reply", "text", "Re: Waterkoker lekt",
   """Beste Gerrit,

Fijn om te horen dat het lekprobleem met de waterkoker uit bestelling #ORD# nu is opgelost met het nieuwe afdichtingsringetje.

Nu alles weer in orde is: zou je je recensie van één ster willen aanpassen of verwijderen? Dat zou voor ons als klein bedrijf veel verschil maken.

Met vriendelijke groet,
Henk Dijkstra
Dijkstra Huishoudelijk""",
   ["BSM205"], "Asks to update or remove an existing one-star review.")

_m(27, "review-request", "text", "Tevreden met je bestelling #ORD#?",
   """Hallo Joost,

Ben je blij met je nieuwe wandelschoenen? Dan zouden we een recensie op Amazon enorm waarderen.

Zit er iets niet lekker (letterlijk of figuurlijk)? Stuur ons dan liever eerst een bericht in plaats van een recensie, dan lossen we het samen op.

Groet,
Team Bergpad""",
   ["BSM206"], "Review asked only of satisfied buyers; unhappy ones steered to contact the seller.")

_m(28, "review-request", "text", "Een klein verzoek – #ORD#",
   """Hoi Anna,

We hopen dat je geniet van de theepot. Als je een momentje hebt: vijf sterren op Amazon zouden onze kleine theewinkel echt vooruit helpen.

Hartelijke groet,
Theehuis Het Blaadje""",
   ["BSM206"], "Asks for a five-star rating.")

_m(29, "delivery-delay", "text", "Speelgoedgarage bestelling #ORD#",
   """Beste meneer Koster,

De houten speelgoedgarage uit uw bestelling #ORD# is helaas uitverkocht, en onze leverancier weet nog niet wanneer er een nieuwe partij komt.

Het snelst geregeld is het als u de bestelling zelf annuleert via Uw bestellingen op Amazon. Dan heeft u uw geld meteen terug en hoeft u niet te wachten.

Met vriendelijke groet,
Speelgoedwinkel De Kabouter""",
   ["BSM108"], "Out of stock; advises the buyer to cancel the order themselves.")

_m(30, "order-problem", "text", "Probleem met bestelling #ORD#",
   """Beste mevrouw Wijnands,

Helaas is het laatste exemplaar van de rotan stoel uit bestelling #ORD# via een ander verkoopkanaal verkocht. Onze excuses daarvoor.

Wij zouden het op prijs stellen als u via uw Amazon-account een annuleringsverzoek indient; dan wordt alles verder netjes afgehandeld.

Met vriendelijke groet,
Wonen met Riet""",
   ["BSM107", "BSM108"], "Order problem that asks for a cancellation request and confirms no amount adjustment.")

_m(31, "delivery-delay", "text", "Nieuwe verzenddatum voor #ORD#",
   """Hallo Pieter,

De vogelvoederhuisjes van bestelling #ORD# zijn nog in de verfspuiterij. We verwachten ze dinsdag 15 december te verzenden.

Groeten,
Tuinvogelshop Merel & Mus

Liever geen berichten meer van ons ontvangen? Antwoord dan met STOP.""",
   ["BSM305"], "Delay message with a reply-STOP opt-out line.")

_m(32, "delivery-delay", "text", "Vertraging #ORD#",
   """Beste klant,

Onze kutleverancier heeft het weer eens verkloot: de eetkamerstoelen van bestelling #ORD# staan nog ergens in een container in Rotterdam. Zodra die shit eindelijk binnen is, verwachten we ze rond dinsdag 22 december te verzenden.

Groet,
Stoelenhal Oost""",
   ["BSM306"], "Delay message with Dutch profanity.")

_m(33, "delivery-delay", "text", "Update on your order #ORD#",
   """Hi there,

Quick heads-up on order #ORD#: the ceramic planters are taking a bit longer than expected at the pottery. We now expect to dispatch them on Friday 18 December.

Sorry for the wait and thanks for your patience.

Best,
The Potbakkerij team""",
   ["BSM104"], "Dutch buyer (nl-NL) receives the whole message in English.")

_m(34, "reply", "text", "Re: Aansluiten thermostaat",
   """Hoi Willem,

Het aansluiten van de slimme thermostaat uit bestelling #ORD# is via de chat lastig uit te leggen. Bel ons gerust even op 0318 - 65 43 21, dan lopen we het samen stap voor stap door.

Groet,
Rik
Warmtewinkel Veenendaal""",
   ["BSM309"], "Reply giving the shop's national phone number.")

_m(35, "additional-information", "text", "Welke kleur voeg? #ORD#",
   """Hallo mevrouw Aydın,

Voor de tegels uit bestelling #ORD# kunt u kiezen uit voegmiddel in antraciet of lichtgrijs. Welke wilt u erbij hebben?

Lukt reageren hier niet, app dan even naar +31 6 4127 8830.

Met vriendelijke groet,
Tegelhuys Amersfoort""",
   ["BSM309"], "Information request giving a phone number in international format.")

_m(36, "reply", "text", "Re: Kras op frame",
   """Hoi Sem,

Wat vervelend van die kras op het frame van de kinderfiets uit bestelling #ORD#. Stuur de foto's even naar service@fietsfabriekje.nl, dan kijken we of we een nieuw onderdeel kunnen sturen.

Groet,
Het Fietsfabriekje""",
   ["BSM308"], "Reply containing a plain e-mail address.")

_m(37, "reply", "text", "Re: Kaas voor de kerst",
   """Beste mevrouw Van Leeuwen,

Wat leuk dat de kaasplank uit bestelling #ORD# zo in de smaak viel. Wilt u voor de feestdagen iets op maat laten samenstellen? Mail dan naar info apenstaartje kaasboerderijdeweide punt nl, dan denken we met u mee.

Hartelijke groet,
Kaasboerderij De Weide""",
   ["BSM308"], "Obfuscated e-mail address written with 'apenstaartje' and 'punt'.")

_m(38, "reply", "html", "Re: Onderhoud teak tuintafel",
   """<p>Hoi Lisa,</p>
<p>Teak hoeft eigenlijk niet geolied te worden, maar als je de kleur van de tuintafel uit bestelling #ORD# wilt houden, kan dat één keer per jaar. Alles staat uitgelegd op <a href="https://www.teakentuin.nl/onderhoud-teakhout">onze onderhoudspagina voor teakhout</a>.</p>
<p>Groet,<br>Jesse<br>Teak &amp; Tuin</p>""",
   ["BSM302"], "Reply with an https link to the seller's own care-tips page.")

_m(39, "reply", "html", "Re: Waar vind ik mijn factuur?",
   """<p>Beste meneer Hoekstra,</p>
<p>De factuur voor bestelling #ORD# kunt u downloaden bij <a href="http://www.amazon.nl/gp/css/order-history">uw bestellingen op Amazon</a>. Klik bij de bestelling op 'Factuur'.</p>
<p>Met vriendelijke groet,<br>Administratie Papierwaren Hoekstra</p>""",
   ["BSM301"], "Descriptive link to Amazon but over http.")

_m(40, "reply", "html", "Re: Welke ketel heb ik besteld?",
   """<p>Hoi Ilona,</p>
<p>Je bestelling #ORD# is de rvs fluitketel van 2 liter, hieronder zie je hem nog even:</p>
<p><img src="https://cdn.kookgerei-online.nl/producten/fluitketel-rvs-2l.jpg" alt="Fluitketel rvs 2 liter" width="300" height="300"></p>
<p>Hij is geschikt voor alle warmtebronnen, ook inductie.</p>
<p>Groet,<br>Kookgerei Online</p>""",
   ["BSM310"], "Reply showing a photo of the purchased product.")

_m(41, "delivery-delay", "html", "Vertraging bestelling #ORD#",
   """<p><img src="https://stock.beeldbank-mail.nl/winter/besneeuwde-kerstboom.jpg" alt="Besneeuwde kerstboom in het bos" width="320" height="200"></p>
<p>Beste Roos,</p>
<p>Door de drukte rond de feestdagen wordt je bestelling #ORD# (de wollen plaid) een paar dagen later verzonden, naar verwachting op maandag 21 december.</p>
<p>Fijne feestdagen alvast!<br>Wolwinkel De Schapenwei</p>""",
   ["BSM311"], "Delay message with a stock Christmas-tree image unrelated to the shop.")

_m(42, "delivery-delay", "html", "Nieuwe datum voor #ORD#",
   """<p><img src="https://img.mailfabriek-cdn.nl/u/40917/logo-tegelhuys.png" alt="" width="160" height="50"></p>
<p>Beste heer Mertens,</p>
<p>De wandtegels uit bestelling #ORD# komen een week later binnen van de fabriek. We verwachten ze op vrijdag 18 december te verzenden.</p>
<p>Met vriendelijke groet,<br>Tegelhuys Amersfoort</p>""",
   ["BSM402"], "Shop logo with an empty alt attribute.")

_m(43, "delivery-delay", "text", "Iets later dan gepland (#ORD#)",
   """Hoi Jasmijn,

Je bestelling #ORD# komt helaas een paar dagen later 😕 De stempels worden nog gesneden; verwachte verzenddatum is woensdag 16 december.

Groetjes,
Stempelstudio Inkt""",
   ["BSM403"], "Delay message with an emoji.")

_m(44, "additional-information", "text", "Tekst voor de taart? #ORD#",
   """Hallo Mehmet,

Welke tekst wil je op de taarttopper van bestelling #ORD#? Maximaal 20 tekens, dan past het netjes :-)

Groet,
Topperfabriek""",
   ["BSM403"], "Information request with a text emoticon.")

_m(45, "delivery-delay", "html", "Vertraging bestelling #ORD#",
   """<style>
h1 { font-size: 24px; }
h2 { font-size: 18px; }
p { font-size: 14px; }
.klein { font-size: 11px; }
</style>
<h1>Even geduld</h1>
<h2>Bestelling #ORD#</h2>
<p>Beste mevrouw Visser, de gordijnen op maat uit uw bestelling worden een week later verzonden dan gepland, naar verwachting op dinsdag 22 december.</p>
<p class="klein">Gordijnatelier Visser &amp; Zn, Marktstraat 4, 7411 GJ Deventer</p>""",
   ["BSM410"], "Style block setting four font sizes besides the default.")

_m(46, "delivery-delay", "text", "Vertraging #ORD#",
   """Beste Hugo,

De geborduurde hoodie uit bestelling #ORD# heeft wat langer nodig.


We verwachten hem vrijdag 18 december te verzenden.


Met vriendelijke groet,
Borduurstudio Steek""",
   ["BSM412"], "Plain text with two blank lines in a row between paragraphs.")

_m(47, "review-request", "text", "[Belangrijk] Hoe bevallen je espressokopjes? #ORD#",
   """Hoi Tim,

Je hebt de espressokopjes uit bestelling #ORD# nu een week. We horen graag wat je ervan vindt in een recensie op Amazon.

Groet,
Koffiekamer Kopje""",
   ["BSM110"], "[Belangrijk] tag on a review request.")

_m(48, "reply", "html", "Re: Retourneren mogelijk?",
   """<p>Hoi Vera,</p>
<p>Ja hoor, de lamp uit bestelling #ORD# kun je binnen 30 dagen retourneren. Voor de retourvoorwaarden van Amazon <a href="https://www.amazon.nl/gp/help/customer/display.html?nodeId=GKM69DUUYKQWKWX7">klik hier</a>.</p>
<p>Groet,<br>Lichtpunt Haarlem</p>""",
   ["BSM401"], "Amazon https link with the non-descriptive text 'klik hier'.")

# ------------------------------------------------------------- varying (2)
_m(49, "delivery-delay", "html", "Nieuwe verzenddatum – #ORD#",
   """<table width="100%" cellpadding="0" cellspacing="0"><tr><td>
<p style="font-family: Arial, Helvetica, sans-serif; color: #333333; line-height: 1.6; text-align: center;">Beste heer Postma,</p>
<p style="font-family: Arial, Helvetica, sans-serif; color: #333333; line-height: 1.6; text-align: center;">Uw bestelling #ORD# (wandklok Industrieel, 60 cm) wordt later verzonden dan aangegeven. De nieuwe verwachte verzenddatum is donderdag 17 december.</p>
<p style="font-family: Arial, Helvetica, sans-serif; color: #333333; line-height: 1.6; text-align: center;">Met vriendelijke groet,<br>Klokkenzaak Tik Tak</p>
</td></tr></table>""",
   ["BSM407", "BSM408", "BSM409", "BSM411"], "Builder HTML setting font-family, colour, line-height and centred text.")

_m(50, "delivery-delay", "text", "Vertraging van uw bestelling",
   """Beste mevrouw Bakker,

Uw bestelling %s (set van vier wijnglazen) wordt door een achterstand bij de glasblazerij pas op maandag 21 december verzonden.

Met vriendelijke groet,
Glashuis Bakker""" % _oid(50).replace("-", ""),
   ["BSM102"], "Order number written as 17 digits without hyphens.")
