"""v28 evaluation messages, Dutch (nl-NL)."""

LANG = "nl"
PREFIX = "591"


def _oid(i):
    a = (i * 245489 + 3810447) % 10**7
    b = (i * 618031 + 5092736) % 10**7
    if b % 10 == 8:
        b += 1  # avoid "8)" next to a closing bracket
    return "%s-%07d-%07d" % (PREFIX, a, b)


_RAW = [
# 1
("delivery-delay", "text", "Je bestelling {O} komt iets later",
"""Hoi Sanne,

Even een berichtje over je bestelling {O}. De sojakaarsen met de geur Vijgenblad moesten we opnieuw gieten, want de eerste partij was niet goed uitgehard. Daardoor kunnen we ze pas op donderdag 17 december versturen in plaats van deze week.

Je hoeft verder niets te doen. Sorry voor het wachten!

Groetjes,
Marloes
Kaarsenmakerij Het Lontje""", [], "Clean informal plain-text delivery delay with a new ship date."),
# 2
("delivery-delay", "html", "Gewijzigde verzenddatum bestelling {O}",
"""<p>Geachte heer De Vries,</p>
<p>Dit bericht betreft uw bestelling <strong>{O}</strong>.</p>
<p>De remschijven (Shimano RT-MT800, 160 mm) die u heeft besteld, worden door onze leverancier later aangeleverd dan gepland. De verwachte verzenddatum verschuift daardoor naar <strong>maandag 21 december 2026</strong>. Bezorging volgt doorgaans één tot twee werkdagen later.</p>
<p>Onze excuses voor het ongemak.</p>
<p>Met vriendelijke groet,<br>Team Veldkamp Fietsonderdelen</p>""", [], "Clean HTML delivery delay, formal register, no styling."),
# 3
("order-problem", "text", "[Belangrijk] Artikel uit bestelling {O} niet leverbaar",
"""Beste mevrouw Jansen,

Helaas kunnen we de theepot Rokko in mat zwart uit uw bestelling {O} niet leveren: de fabrikant heeft deze kleur uit productie genomen en onze laatste exemplaren bleken beschadigd.

Het bestelbedrag is inmiddels aangepast. De € 34,95 voor de theepot wordt u niet in rekening gebracht; de twee theekoppen uit dezelfde bestelling leveren we zoals gepland.

Excuses dat het zo loopt.

Met vriendelijke groet,
Ilse Bouwman
Theehuis De Gouden Lepel""", [], "Clean order problem with [Belangrijk], the critical type, and the amount adjusted."),
# 4
("additional-information", "text", "Vraag over de maten van uw rolgordijn – {O}",
"""Goedemiddag meneer Hendriks,

Voor het op maat maken van het verduisterende rolgordijn uit bestelling {O} missen we nog twee gegevens:

- de exacte breedte van het kozijn in millimeters (gemeten aan de binnenkant)
- of het gordijn in de dagopening of op het kozijn gemonteerd wordt

Zodra we dit van u weten, gaat de order de productie in. Een korte reactie via Amazon volstaat.

Met vriendelijke groet,

Raamdecoratie Op Maat
afdeling maatwerk""", [], "Clean request for information needed to make a made-to-measure order."),
# 5
("return-follow-up", "text", "Je retourmelding bij bestelling {O}",
"""Beste Fatima,

Je gaf aan dat de vloerlamp uit bestelling {O} een deukje in de kap heeft. Vervelend!

Als je de lamp verder wilt houden, bieden we je een gedeeltelijke terugbetaling van € 22,50 aan (ruim 25% van het aankoopbedrag). Wil je hem toch liever retour sturen, dan kan dat natuurlijk ook. Laat maar weten wat je voorkeur heeft.

Hartelijke groet,
Joost van Lampenhuis Noord""", [], "Clean return follow-up offering a partial refund."),
# 6
("return-follow-up", "text", "Vraag over je retour – {O}",
"""Hallo Bram,

Je retourpakket voor bestelling {O} is bij ons aangekomen, maar de oplader van de stofzuiger zat er niet bij. Heb je die misschien apart verstuurd, of ligt hij nog bij jou? Dan kunnen we de retour verder afhandelen.

Alvast bedankt voor je reactie.

Groet,
Nina – klantenservice Stofvrij""", [], "Clean return follow-up asking for information needed to complete the return."),
# 7
("invoice", "html", "Factuur bij bestelling {O}",
"""<p>Beste heer Mulder,</p>
<p>In de bijlage vindt u de factuur voor uw bestelling {O}.</p>
<table>
<tr><td>Factuurnummer</td><td>2026/12/0457</td></tr>
<tr><td>Factuurdatum</td><td>7 december 2026</td></tr>
<tr><td>Totaal incl. 21% btw</td><td>€ 249,00 (waarvan btw € 43,21)</td></tr>
</table>
<p>Met vriendelijke groet,<br>Administratie Bureaustoel Direct</p>
<p><small>Bureaustoel Direct B.V. · Industrieweg 14 · 3542 AD Utrecht · KvK 71234567 · BTW-nummer NL859123456B01</small></p>""", [], "Clean invoice with BTW-nummer, KvK and a slashed invoice number."),
# 8
("review-request", "text", "Hoe bevalt de snijplank? ({O})",
"""Hoi Kees,

Je hebt bij ons een eikenhouten snijplank besteld (bestelling {O}). We zijn benieuwd hoe je hem in de keuken gebruikt.

Zou je op Amazon een recensie willen schrijven? Andere kopers hebben veel aan eerlijke ervaringen, en wij ook.

Groeten uit de werkplaats,
Pieter
Houtwerkplaats De Eik""", [], "Clean neutral review request in plain text."),
# 9
("review-request", "html", "Uw ervaring met bestelling {O}",
"""<p><img src="https://cdn.zeepziederij-lavendel.nl/mail/logo-zeepziederij-lavendel.png" alt="Logo Zeepziederij Lavendel" width="160" height="60"></p>
<p>Beste mevrouw Smits,</p>
<p>Onlangs bestelde u bij ons handgemaakte zeep (bestelling {O}). We horen graag hoe die u bevalt.</p>
<p>Wilt u uw ervaring delen? Dat kan via <a href="https://www.amazon.nl/review/create-review?asin=B0CZL4V8QX">een recensie schrijven op Amazon</a>.</p>
<p>Met vriendelijke groet,<br>Zeepziederij Lavendel</p>""", [], "Clean HTML review request with the shop logo and a descriptive https Amazon link."),
# 10
("delivery-scheduling", "text", "Afspraak bezorging hoekbank – bestelling {O}",
"""Geachte mevrouw Kramer,

Uw hoekbank Lissabon (bestelling {O}) wordt door onze eigen bezorgdienst met twee personen afgeleverd. We kunnen op de volgende momenten bij u langskomen:

1. woensdag 16 december, tussen 08:00 en 12:00 uur
2. vrijdag 18 december, tussen 13:00 en 17:00 uur
3. maandag 21 december, tussen 09:30 en 13:30 uur

Wilt u laten weten welk tijdvak u schikt? Graag ook doorgeven of er een lift aanwezig is.

Met vriendelijke groet,
Planning Meubelhal Oosterhout""", [], "Clean delivery scheduling with dates and time slots."),
# 11
("home-service-appointment", "text", "Installatie wasmachine, bestelling {O}",
"""Beste heer Yilmaz,

Voor de installatie van uw wasmachine (bestelling {O}) hebben we een monteur ingepland op dinsdag 15-12-2026 tussen 10.00 en 12.00 uur. De monteur sluit de machine aan, controleert de afvoer en neemt het oude apparaat mee als u dat wilt.

Komt dit moment niet uit? Geef dan een andere dag in die week door, dan passen we de planning aan.

Met vriendelijke groet,
Witgoed Installatieservice Brabant""", [], "Clean home-service appointment with date and time window."),
# 12
("custom-design-verification", "text", "Drukproef naambord – bestelling {O}",
"""Hallo familie Bakker,

In de bijlage zit de drukproef van jullie naambord (bestelling {O}). Willen jullie deze goed controleren, vooral de spelling van "Fam. Bakker-Öztürk" en het huisnummer 27a?

Klopt alles, dan graveren we het bord en gaat het de week erna de deur uit. Zien jullie iets dat anders moet, laat het dan even weten.

Met vriendelijke groet,
Gerda
Graveerstudio Noord""", [], "Clean custom design verification with an attached proof."),
# 13
("fulfillment-question", "text", "Toegang tot uw adres – bestelling {O}",
"""Goedendag mevrouw El Amrani,

Onze eigen bezorger brengt de loungeset uit uw bestelling {O} op dinsdag 15 december. Volgens onze gegevens staat het adres in een appartementencomplex aan de Kanaalweg met een afgesloten hoofdingang.

Heeft het complex een deurcode of een aparte ingang voor bezorgers? Als u die doorgeeft, noteren we het bij referentie VH-2026-0881 (ritnummer 4471-B).

Met vriendelijke groet,
Klantenservice Tuinmeubelshop Zuid""", [], "Clean fulfillment question asking for a door code, with reference numbers that are not phone numbers."),
# 14
("reply", "text", "Re: Is de badmat behandeld? ({O})",
"""Hoi Lotte,

Goede vraag! De Bamboo Bath Mat Deluxe – Anti-Slip uit je bestelling {O} is alleen behandeld met een waterbasis-lak, zonder formaldehyde. Hij komt van ons merk Green Living Supplies en mag gewoon nat worden; wel af en toe goed laten drogen.

Succes ermee,
Daan
Badkamerwinkel Druppel""", [], "Clean reply quoting an English product title and brand inside Dutch sentences."),
# 15
("reply", "text", "Re: Koffiemachine lekt – {O}",
"""Beste heer Van Dam,

Vervelend dat uw espressomachine uit bestelling {O} na drie maanden gaat lekken. Het apparaat valt nog onder de twee jaar fabrieksgarantie van de fabrikant.

Garantielijn van de fabrikant (Caffèlux Service Benelux): 0800 022 9140, op werkdagen van 9.00 tot 17.00 uur. Houd uw bestelnummer bij de hand.

Komt u er met de fabrikant niet uit, laat het ons dan weten.

Met vriendelijke groet,
Rik Schouten
Koffiehoek Amersfoort""", [], "Clean reply giving the manufacturer's warranty line, marked as such."),
# 16
("reply", "text", "Re: Kan ik de hoes wassen? ({O})",
"""Beste Anouk,

Ja, de hoes van het zitkussen uit bestelling {O} kan op 30 graden in de wasmachine. Gebruik liefst een fijnwasmiddel en laat hem aan de lucht drogen, niet in de droger.

Met vriendelijke groet,
Sophie Verbeek
Klantenservice

Kussenatelier Noorderlicht V.O.F.
Havenstraat 112, 1771 BD Wieringerwerf
KvK 80431127 · btw-id NL004127331B62""", [], "Clean reply with a company-details footer (address, KvK, btw-id)."),
# 17
("reply", "text", "Re: Waar blijft mijn terugbetaling? {O}",
"""Hallo Mehmet,

Ik heb even gekeken. Je retour bij bestelling {O} staat bij ons onder retournummer RMA-88213. Volgens trackingcode 3SDEVC4729183 is het pakket op 2 december om 14:37 uur bij ons magazijn in Venlo afgeleverd.

De terugbetaling van € 18,40 is op 4 december verwerkt. Afhankelijk van je bank kan het tot 5 werkdagen duren voordat je het bedrag ziet.

Groeten,
Wessel
klantenservice Sportsokken Direct""", [], "Clean reply with return and tracking numbers, dates, times and amounts."),
# 18
("additional-information", "text", "Update bestelling {O}",
"""Beste Karin,

Goed nieuws: je puzzel van 1000 stukjes (bestelling {O}) heeft vanochtend ons magazijn verlaten en is aan DHL meegegeven. Reken erop dat hij morgen of overmorgen bij je op de mat ligt.

Veel puzzelplezier,
Puzzelparadijs Zwolle""", ["BSM201"], "Shipping confirmation: parcel left the warehouse and was handed to the carrier."),
# 19
("fulfillment-question", "text", "Bestelling {O} in behandeling",
"""Dag meneer Peeters,

Uw bestelling {O} is bij ons binnengekomen en onze collega's zijn de wijnglazen nu zorgvuldig aan het inpakken.

Met vriendelijke groet,
Glashandel Kristal & Co""", ["BSM201"], "Order confirmation: order received and being packed."),
# 20
("additional-information", "text", "Bedankt! ({O})",
"""Beste lezer,

Hartelijk dank dat u voor Boekhandel Kaft & Co koos (bestelling {O}). Wij waarderen het enorm.

Met vriendelijke groet,
Team Kaft & Co""", ["BSM202"], "Thanks only; the order number is no content."),
# 21
("additional-information", "text", "Bestelling {O}",
"""Hoi Ruben,

Mocht er iets niet in orde zijn met je bestelling {O}, we staan altijd voor je klaar. Een berichtje is genoeg.

Groetjes,
Team Fietstassen Fenna""", ["BSM202"], "Only the offer to help if something comes up."),
# 22
("delivery-delay", "text", "Kleine vertraging bij {O}",
"""Beste mevrouw Dijkstra,

Door de drukte rond de feestdagen versturen we de wollen plaids uit uw bestelling {O} op woensdag 16 december, twee dagen later dan aangegeven. Excuses hiervoor.

Met vriendelijke groet,
Plaid & Zo

PS: deze maand krijgt u 20% korting op ons hele assortiment met de code WINTER20.""", ["BSM203"], "Permitted delay with a P.S. promoting 20% off the whole range."),
# 23
("reply", "text", "Re: Vallen de rompertjes klein? ({O})",
"""Hoi Eva,

Nee hoor, de rompertjes uit je bestelling {O} vallen normaal. Maat 68 past meestal van ongeveer 4 tot 6 maanden.

Trouwens: onze nieuwe winterlijn met tuinbroekjes is net uit! Volg ons op Instagram en Facebook (Studio Wolkje) en meld je aan voor onze nieuwsbrief, dan ben je als eerste op de hoogte.

Liefs,
Studio Wolkje""", ["BSM203"], "Reply that invites the buyer to follow the shop, subscribe to the newsletter and see the new collection."),
# 24
("review-request", "text", "Uw mening over de vogelhuisjes ({O})",
"""Beste heer Visser,

Wilt u een recensie schrijven op Amazon over de vogelhuisjes uit bestelling {O}? Als blijk van waardering sturen we u een klein presentje zodra uw recensie gepubliceerd is.

Met vriendelijke groet,
Tuinhout Veluwe""", ["BSM204"], "Review request promising a small gift once the review is published."),
# 25
("review-request", "text", "Recensie = geld terug! ({O})",
"""Hallo Linda,

Heb je de siliconen bakvormen uit bestelling {O} al uitgeprobeerd? Zet een recensie op Amazon en stuur ons een berichtje zodra hij online staat. Dan storten we het volledige aankoopbedrag terug.

Groetjes,
Bakgerei Bij Brenda""", ["BSM204"], "Full refund offered as soon as the review is online."),
# 26
("reply", "text", "Re: Kapotte lampvoet – {O}",
"""Geachte mevrouw Vermeulen,

Fijn dat de vervangende lampvoet voor bestelling {O} inmiddels is aangekomen en dat alles nu werkt.

Nu het probleem is opgelost, wilt u dan uw recensie van één ster aanpassen of verwijderen? Dat zou ons als klein bedrijf erg helpen.

Met vriendelijke groet,
Verlichting Vermolen""", ["BSM205"], "Asks the buyer to change or remove a one-star review."),
# 27
("review-request", "text", "Tevreden over uw aankoop? ({O})",
"""Beste klant,

Bent u blij met de tuinslang uit bestelling {O}? Dan zouden we een recensie op Amazon erg op prijs stellen.

Is er iets niet naar wens? Plaats dan geen recensie, maar stuur ons eerst een bericht, dan lossen we het samen op.

Met vriendelijke groet,
Tuincentrum Online De Hovenier""", ["BSM206"], "Asks only satisfied buyers for a review and steers unhappy ones to contact the seller instead."),
# 28
("review-request", "text", "Even een vraagje over {O}",
"""Hoi Tim,

Hopelijk ben je blij met je nieuwe hardloopriem (bestelling {O}). Wil je een recensie achterlaten op Amazon? Vijf sterren zouden onze dag maken!

Sportieve groet,
RunGear Nederland""", ["BSM206"], "Asks for five stars."),
# 29
("order-problem", "text", "Probleem met bestelling {O}",
"""Beste mevrouw de Boer,

Tot onze spijt is de wandklok Skandi in eikenhout, die u bestelde met bestelling {O}, uitverkocht en komt hij niet meer terug in het assortiment. Het bestelbedrag hebben we al aangepast.

Om de bestelling helemaal af te ronden, is het het snelst als u zelf via Mijn bestellingen een annuleringsverzoek indient.

Met vriendelijke groet,
Klokkenhuis Deventer""", ["BSM108"], "Amount adjusted, but advises the buyer to request the cancellation because of no stock."),
# 30
("order-problem", "text", "Uw bestelling {O} – niet op voorraad",
"""Beste heer Bos,

Door een fout in onze voorraadtelling hebben we de gietijzeren braadpan (24 cm) uit bestelling {O} helaas niet meer op voorraad.

We zouden het erg waarderen als u een annuleringsverzoek voor deze bestelling wilt indienen. Excuses voor de moeite.

Met vriendelijke groet,
Kookwinkel Pannenkoek""", ["BSM107", "BSM108"], "Asks for a cancellation request because of no stock, and says nothing about the amount being adjusted."),
# 31
("delivery-delay", "text", "Verzending {O} later",
"""Beste klant,

Door een storing bij onze drukker worden de fotoboeken uit bestelling {O} pas op 19 december verzonden in plaats van 14 december.

Met vriendelijke groet,
Fotoboekwinkel Herinnering

Wilt u geen berichten meer van ons ontvangen? Antwoord dan met STOP.""", ["BSM305"], "Opt-out instruction: reply STOP."),
# 32
("reply", "text", "Re: Pakket nog steeds niet binnen ({O})",
"""Hoi Jeroen,

Sorry man, die klotebezorgdienst heeft het weer eens verkloot met je bestelling {O}. Ik heb een nieuwe zending aangevraagd, die komt vrijdag 11 december.

Groet,
Sander
Gamegear Groningen""", ["BSM306"], "Profanity in Dutch."),
# 33
("delivery-delay", "text", "Delay on your order {O}",
"""Hello Mr de Graaf,

Unfortunately the garden lights from order {O} are delayed at our supplier. We now expect to ship them on 18 December 2026. Sorry for the inconvenience.

Kind regards,
Tuinverlichting Holland""", ["BSM104"], "Message for a nl-NL buyer written entirely in English."),
# 34
("reply", "text", "Re: Vraag over montage ({O})",
"""Beste Wouter,

De montagehandleiding voor het wandrek uit bestelling {O} ligt bij de beugels in het doosje. Kom je er niet uit, bel ons dan gerust op 030 - 231 45 67, dan lopen we het samen door.

Groet,
Stellingkast Centrale""", ["BSM309"], "Seller phone number in national format."),
# 35
("reply", "text", "Re: Kleur van de verf – {O}",
"""Hallo mevrouw Hoekstra,

De kleur van de krijtverf uit bestelling {O} is Oud Wit, tint 0502. Wilt u een foto van uw meubel laten zien voor advies? App ons dan via +31 (0)6 4128 7735.

Hartelijke groet,
Verfatelier Het Penseel""", ["BSM309"], "Seller phone number in international format."),
# 36
("return-follow-up", "text", "Foto's nodig voor retour {O}",
"""Beste Youssef,

Om je retour van bestelling {O} te kunnen afhandelen, hebben we een foto nodig van de beschadigde hoek van de spiegel. Stuur die foto's naar service@spiegelgigant.nl, dan kijken we er meteen naar.

Groeten,
Spiegelgigant""", ["BSM308"], "Plain e-mail address in a return follow-up that asks for information."),
# 37
("reply", "text", "Re: Bestelling {O} – extra kussenhoezen",
"""Beste mevrouw Claes,

Voor losse kussenhoezen bij bestelling {O} kunt u het beste even mailen naar klantenservice apenstaartje tuinkussenwinkel punt nl, dan maken we een voorstel.

Met vriendelijke groet,
Tuinkussenwinkel""", ["BSM308"], "Obfuscated e-mail address with 'apenstaartje' and 'punt'."),
# 38
("reply", "html", "Re: Hoe zet ik de koffie? ({O})",
"""<p>Hoi Jasper,</p>
<p>Leuk dat je met de V60-filterbonen uit bestelling {O} aan de slag gaat. Op onze website staat een uitgebreide uitleg: <a href="https://www.koffiebranderijdebonenzak.nl/zetgids/v60">onze zetgids voor de V60</a>.</p>
<p>Gebruik als vuistregel 15 gram koffie op 250 ml water van ongeveer 94 graden.</p>
<p>Groet,<br>Koffiebranderij De Bonenzak</p>""", ["BSM302"], "https link to the seller's own site, not needed to complete the order."),
# 39
("return-follow-up", "html", "Retour bestelling {O} – graag nog één gegeven",
"""<p>Beste heer Willems,</p>
<p>Om de retour van de stofzuigerzakken uit bestelling {O} af te ronden, hebben we nog de reden van retour nodig. U kunt die invullen bij <a href="http://www.amazon.nl/gp/css/returns/homepage.html">uw retourzendingen op Amazon</a>.</p>
<p>Met vriendelijke groet,<br>Huishoudhandel Willemsen</p>""", ["BSM301"], "Descriptive Amazon link over http."),
# 40
("delivery-delay", "html", "Nieuwe verzenddatum wandklok ({O})",
"""<p>Beste mevrouw Maas,</p>
<p>De wandklok uit uw bestelling {O} wordt op 17 december verzonden, een week later dan gepland, omdat het uurwerk opnieuw gekalibreerd moet worden.</p>
<p><img src="https://images.klokkenwinkel-maas.nl/producten/wandklok-eiken-40cm.jpg" alt="Wandklok Eiken 40 cm" width="300" height="300"></p>
<p>Met vriendelijke groet,<br>Klokkenwinkel Maas</p>""", ["BSM310"], "Image of the purchased product."),
# 41
("review-request", "html", "Fijne feestdagen en uw ervaring ({O})",
"""<p><img src="https://cdn.decoratiebazaar.nl/mail/kerstboom-versierd.jpg" alt="Versierde kerstboom met lichtjes" width="400" height="260"></p>
<p>Beste klant,</p>
<p>Wij zijn benieuwd naar uw ervaring met de kerstballen uit bestelling {O}. Wilt u <a href="https://www.amazon.nl/review/create-review?asin=B0DKQ7R2ZT">een recensie op Amazon schrijven</a>?</p>
<p>Met vriendelijke groet,<br>Decoratiebazaar</p>""", ["BSM311"], "Stock image (a Christmas tree) unrelated to the shop."),
# 42
("delivery-delay", "html", "Vertraging bestelling {O}",
"""<p><img src="https://cdn.speelgoedkist-utrecht.nl/mail/logo-speelgoedkist.png" alt="" width="150" height="50"></p>
<p>Beste ouder,</p>
<p>Het houten treinspoor uit bestelling {O} wordt helaas pas op 15 december verzonden. Onze leverancier heeft de levering van de bruggetjes uitgesteld.</p>
<p>Met vriendelijke groet,<br>Speelgoedkist Utrecht</p>""", ["BSM402"], "Shop logo with an empty alt."),
# 43
("reply", "text", "Re: Cadeauverpakking ({O})",
"""Hoi Sara,

Ja hoor, we pakken de sjaal uit bestelling {O} in cadeaupapier in en voegen een kaartje toe met jouw tekst 🎉

Liefs,
Wolwinkel Breiwerk""", ["BSM403"], "Emoji in the text."),
# 44
("reply", "text", "Re: Maat handschoenen ({O})",
"""Hallo Dirk,

Maat L is goed als je handomtrek tussen 22 en 24 cm zit. De handschoenen uit bestelling {O} vallen eerder iets ruim dan krap ;-)

Groet,
Buitensport Kuipers""", ["BSM403"], "Emoticon ;-) in the text."),
# 45
("delivery-delay", "html", "Verzenddatum {O} aangepast",
"""<style>
h1 { font-size: 22px; }
h2 { font-size: 18px; }
p { font-size: 15px; }
.voet { font-size: 11px; }
</style>
<h1>Vertraging</h1>
<h2>Bestelling {O}</h2>
<p>Beste meneer Prins, door een late levering van het leer versturen we uw riem op 18 december in plaats van 11 december.</p>
<p class="voet">Lederwaren Prins, Marktstraat 9, 7411 BP Deventer</p>""", ["BSM410"], "Four explicit font sizes in a style block besides the default."),
# 46
("delivery-scheduling", "text", "Bezorgafspraak kledingkast ({O})",
"""Beste mevrouw Bakker,

Wij willen graag een afspraak maken om de kledingkast uit bestelling {O} te bezorgen.


Mogelijke momenten: donderdag 17 december tussen 08:00 en 12:00 uur of zaterdag 19 december tussen 09:00 en 13:00 uur.


Met vriendelijke groet,
Kastenfabriek Brabant""", ["BSM412"], "Two blank lines in a row, twice, in plain text."),
# 47
("invoice", "text", "[Belangrijk] Factuur {O}",
"""Beste heer Jacobs,

Bijgaand ontvangt u de factuur 2026-F-1188 voor bestelling {O}, totaal € 89,95 inclusief btw.

Met vriendelijke groet,
Administratie Printershop Zeeland
KvK 62015589 · BTW NL854120775B01""", ["BSM110"], "[Belangrijk] on an invoice, which is not critical."),
# 48
("return-follow-up", "html", "Retour {O}",
"""<p>Beste klant,</p>
<p>Uw retour van de babyfoon uit bestelling {O} is nog niet volledig. Wilt u aangeven of de adapter is meegestuurd? Bekijk uw retourgegevens: <a href="https://www.amazon.nl/gp/css/returns/homepage.html">klik hier</a>.</p>
<p>Met vriendelijke groet,<br>Babyland Veenendaal</p>""", ["BSM401"], "Link text 'klik hier'."),
# 49
("review-request", "html", "Uw ervaring met {O}",
"""<p>Beste mevrouw Koster,</p>
<p>Wilt u uw ervaring met de pannenset uit bestelling {O} delen in <a href="https://www.amazon.nl/review/create-review?asin=B0C9PLX4MN">een recensie op Amazon</a>? Daar helpt u andere kopers mee.</p>
<p>Met vriendelijke groet,<br>Kookgerei Koster</p>
<img src="https://mail.kookgereikoster.nl/o.gif?uid=591k88213&amp;m=rr" width="1" height="1" alt="">""", ["BSM307", "BSM402"], "Tracking pixel (1x1 with tracking parameters) with an empty alt."),
# 50
("delivery-delay", "html", "Latere verzending {O}",
"""<p><a href="https://www.fietsbellenwinkel.nl"><img src="https://www.fietsbellenwinkel.nl/img/logo-fietsbellenwinkel.png" alt="Logo Fietsbellenwinkel" width="180" height="50"></a></p>
<p>Hoi Noor,</p>
<p>De messing fietsbel uit je bestelling {O} versturen we op 16 december, een paar dagen later dan gepland.</p>
<p>Groetjes,<br>Fietsbellenwinkel</p>""", ["BSM302", "BSM304"], "Shop logo linked to the seller's website."),
]


def _build():
    out = []
    for i, (typ, fmt, subj, body, exp, note) in enumerate(_RAW, 1):
        o = _oid(i)
        out.append({
            "id": "v28-%s-%03d" % (LANG, i),
            "language": LANG,
            "locale": "nl-NL",
            "type": typ,
            "format": fmt,
            "subject": subj.replace("{O}", o),
            "body": body.replace("{O}", o),
            "order_id": o,
            "expected": sorted(exp),
            "note": note,
        })
    return out


MESSAGES = _build()
