# -*- coding: utf-8 -*-
"""v12 blind evaluation set, Dutch (Flemish, buyer locale nl-BE). Standard library only."""
import random

LANG = "nl"
LOCALE = "nl-BE"
_rng = random.Random(430)
_ids = []
while len(_ids) < 50:
    _o = "430-%07d-%07d" % (_rng.randrange(10**6, 10**7), _rng.randrange(10**6, 10**7))
    if _o not in _ids:
        _ids.append(_o)

MESSAGES = []


def _m(n, typ, fmt, subject, body, expected, note):
    oid = _ids[n - 1]
    MESSAGES.append({
        "id": "v12-nl-%03d" % n,
        "language": LANG,
        "locale": LOCALE,
        "type": typ,
        "format": fmt,
        "subject": subject.replace("{OID}", oid),
        "body": body.strip("\n").replace("{OID}", oid),
        "order_id": oid,
        "expected": sorted(expected),
        "note": note,
    })


# ---------------------------------------------------------------- clean (17)
_m(1, "delivery-delay", "text", "Uw bestelling {OID}: iets later dan voorzien", """
Beste mevrouw Claeys,

Uw bestelling {OID} (de eiken wandplank van 120 cm) vertrekt helaas niet op de datum die op Amazon vermeld stond. Onze houtleverancier in Lokeren kampt met een achterstand, waardoor we de planken pas volgende week kunnen schuren en oliën.

Nieuwe verwachte verzenddatum: woensdag 16 december 2026. U mag het pakket dan binnen twee werkdagen verwachten.

Wij betreuren dit oponthoud en houden u op de hoogte als er nog iets verandert.

Vriendelijke groeten,
Wouter Maes
Houtatelier Maes
""", [], "Clean delivery delay in plain Flemish text with a new ship date.")

_m(2, "delivery-delay", "html", "Vertraging bij bestelling {OID}", """
<table width="100%" cellpadding="6">
<tr><td>
<p>Dag meneer Van Acker,</p>
<p>Even een eerlijke update over uw bestelling <strong>{OID}</strong>: de kinderfietshelm in maat S (52-56 cm) komt bij ons pas binnen op <strong>maandag 14 december</strong>. De fabrikant heeft de levering van de hele partij met een week verschoven.</p>
<p>Zodra de helmen er zijn, gaat die van u als eerste de deur uit. Reken op levering rond donderdag 17 december.</p>
<p>Sorry voor het wachten.</p>
<p>Groetjes,<br>Lien Wouters<br><small>Klantendienst Fietsatelier Vandamme</small></p>
</td></tr>
</table>
""", [], "Clean builder-style HTML delivery delay using only default size and small.")

_m(3, "order-problem", "text", "[Belangrijk] Bestelling {OID} kan niet geleverd worden", """
Beste heer Goossens,

Het spijt ons u te moeten melden dat we de koffiemolen uit uw bestelling {OID} niet kunnen leveren: het laatste exemplaar bleek bij de eindcontrole beschadigd en er komt geen nieuwe voorraad meer binnen.

Wij hebben het bestelbedrag van € 89,00 daarom volledig aangepast in Seller Central, met als reden 'niet op voorraad'. De terugbetaling verschijnt binnen enkele werkdagen op uw rekening, via dezelfde betaalmethode.

Onze excuses voor de teleurstelling.

Met vriendelijke groet,
Annelies De Smet
Koffiebranderij De Smet
""", [], "Clean order problem with [Belangrijk] and confirmation that the amount was adjusted for no inventory.")

_m(4, "additional-information", "text", "Vraag over uw bestelling {OID}", """
Goeiedag mevrouw Jacobs,

Voor de gepersonaliseerde naamsticker bij bestelling {OID} hebben we nog één gegeven nodig: welke naam mogen we erop zetten, en wenst u die in hoofdletters of in gewoon schrift?

Laat het ons gerust weten door op dit bericht te antwoorden. Zonder die info kunnen we de sticker niet drukken.

Alvast bedankt,
Kobe Janssens
Kinderkamer Lotje
""", [], "Clean request for information needed to produce the order.")

_m(5, "return-follow-up", "text", "Uw retouraanvraag voor bestelling {OID}", """
Beste Pieter-Jan,

We zagen uw retouraanvraag voor de staande lamp 'Oslo' (bestelling {OID}). U schrijft dat enkel de stoffen kap een vouw heeft en dat de lamp zelf perfect werkt.

Als alternatief voor het terugsturen kunnen we u een gedeeltelijke terugbetaling van € 25,00 aanbieden, en houdt u de lamp. Een vouw in de kap verdwijnt vaak na een paar dagen ophangen.

Gaat u akkoord, dan volstaat een kort antwoord. Verkiest u toch de volledige retour, dan verwerken we die zoals gewoonlijk.

Vriendelijke groeten,
Els Verbeke
Lampenhuis Verbeke
""", [], "Clean return follow-up offering a partial refund.")

_m(6, "return-follow-up", "text", "Retour {OID} - nog één vraag", """
Dag mevrouw Peeters,

Om de retour van de tuinslanghaspel (bestelling {OID}) af te ronden, moeten we weten of u het toestel nog in de originele doos kunt terugsturen. Is dat niet zo, dan bezorgen we u een stevigere verzenddoos zodat er onderweg niets breekt.

Kunt u dat even laten weten via dit bericht?

Met vriendelijke groet,
Tuinhuis Peeters & Co
""", [], "Clean return follow-up asking information needed to complete the return.")

_m(7, "invoice", "text", "Factuur bij bestelling {OID}", """
Beste heer Dumont,

In bijlage vindt u de factuur voor uw bestelling {OID}, zoals gevraagd voor uw boekhouding.

Factuurnummer: FV/2026/1184
Factuurdatum: 04/12/2026
Totaal: € 312,40 (waarvan btw 21 %: € 54,22)

Op de factuur staan uw firmanaam en btw-nummer BE 0654.321.987 zoals u ze opgaf.

Met vriendelijke groeten,
Boekhouding Huis & Haard bv

Huis & Haard bv
Mechelsesteenweg 214, 2800 Mechelen
Ondernemingsnummer 0712.345.678
Btw BE 0712.345.678 - RPR Antwerpen, afdeling Mechelen
""", [], "Clean invoice with slash invoice number, Belgian VAT and enterprise numbers.")

_m(8, "review-request", "text", "Hoe bevalt uw bestelling {OID}?", """
Beste mevrouw Willems,

Uw thermosfles is intussen een week bij u. Heeft u er al mee op stap kunnen gaan?

Andere kopers hebben veel aan een eerlijke beschrijving van hoe een product in de praktijk werkt. Als u even tijd heeft, kunt u uw ervaring met bestelling {OID} delen als recensie op Amazon, wat die ervaring ook was.

Groeten uit Hasselt,
Jolien Claes
Outdoorwinkel Claes
""", [], "Clean neutral review request in plain text.")

_m(9, "review-request", "html", "Uw mening over bestelling {OID}", """
<p><img src="https://cdn.zeepziederij-lotus.be/img/logo-zeepziederij-lotus.png" alt="Logo Zeepziederij Lotus" width="160"></p>
<p>Beste klant,</p>
<p>Bedankt voor uw bestelling <strong>{OID}</strong> bij Zeepziederij Lotus. Onze zepen worden met de hand gemaakt in Brugge, en we horen graag hoe ze bij u vallen.</p>
<p>Wilt u uw ervaring delen met andere kopers? Dat kan hier: <a href="https://www.amazon.com.be/review/review-your-purchases/">Schrijf een recensie op Amazon</a>.</p>
<p>Hartelijke groeten,<br>Ruth Vermeulen<br><small>Zeepziederij Lotus</small></p>
""", [], "Clean HTML review request with shop logo, alt text naming the shop and descriptive Amazon link.")

_m(10, "delivery-scheduling", "text", "Levering van uw kast - bestelling {OID}", """
Beste meneer Lambrecht,

De driedeurskast uit bestelling {OID} weegt met verpakking ruim 95 kg en wordt daarom met een bestelwagen en twee leveranciers tot in uw woning gebracht.

We kunnen in uw regio langskomen op:
- dinsdag 15 december tussen 8u00 en 12u00
- donderdag 17 december tussen 13u00 en 17u00
- zaterdag 19 december tussen 9u00 en 13u00

Welk tijdvak past u het best? Laat ons ook weten of er een lift is of op welke verdieping u woont.

Vriendelijke groeten,
Planning Meubelen Deprez
""", [], "Clean delivery scheduling for a bulky item with Flemish time slots.")

_m(11, "home-service-appointment", "text", "Afspraak voor plaatsing - {OID}", """
Dag mevrouw Hermans,

U bestelde via Amazon de plaatsing van uw nieuwe vaatwasser (bestelling {OID}). Onze technieker Bart kan langskomen op maandag 21 december 2026, ergens tussen 10u30 en 12u30.

Past dat moment niet, stel dan gerust een andere dag voor; we zijn ook op woensdag 23 december beschikbaar in de namiddag.

Graag vooraf de oude vaatwasser loskoppelen als u dat zelf kunt, dan gaat het sneller.

Met vriendelijke groeten,
Servicedienst Elektro Hermans
""", [], "Clean home service appointment proposal with date and time window.")

_m(12, "custom-design-verification", "text", "Ontwerpproef voor uw snijplank - {OID}", """
Beste Sander,

In de bijlage vindt u de ontwerpproef (ontwerp_snijplank_v2.pdf) voor de gegraveerde snijplank uit bestelling {OID}. De tekst 'Familie Baert - sinds 2011' staat gecentreerd onderaan, in het lettertype dat u koos.

Klopt alles? Antwoord dan met 'akkoord' en we starten met graveren. Wilt u nog iets wijzigen, laat het ons gewoon weten.

Groetjes,
Nele
Graveerwerkplaats Houtgoed
""", [], "Clean custom design proof verification with attachment name.")

_m(13, "fulfillment-question", "text", "Toegang tot uw gebouw - bestelling {OID}", """
Beste heer Mertens,

Uw leveradres voor bestelling {OID} is een appartementsgebouw met een afgesloten inkomhal (interne referentie BE-REF 2026/44817, adreslijn 2: bus 0713).

Is er een deurcode of een naam op de bel die we aan de koerier mogen doorgeven? Zonder die gegevens raakt hij mogelijk niet tot bij uw deur.

Met vriendelijke groet,
Logistiek Bakkerijgerief Mertens
""", [], "Clean door-code question with reference numbers that are not phone numbers.")

_m(14, "reply", "text", "Re: vraag over de 'Ergonomic Mesh Office Chair Pro' ({OID})", """
Beste mevrouw Desmet,

Bedankt voor uw vraag. De 'Ergonomic Mesh Office Chair Pro' die u bestelde (bestelling {OID}) heeft inderdaad een verstelbare lendensteun; die zit achter de rugleuning en schuift u met de hendel aan de rechterkant omhoog of omlaag.

De armleuningen kunnen ook in hoogte worden aangepast. In de handleiding staat dat onder stap 6.

Vriendelijke groeten,
Thomas
Kantoorinrichting Bureau Plus
""", [], "Clean reply quoting an English product title inside Dutch sentences.")

_m(15, "reply", "text", "Re: defect aan stofzuiger, bestelling {OID}", """
Dag meneer Wuyts,

Jammer dat uw steelstofzuiger na drie maanden niet meer oplaadt. Omdat het toestel nog onder de fabrieksgarantie van twee jaar valt, wordt de herstelling rechtstreeks door de fabrikant geregeld.

Garantielijn van de fabrikant (Vortexa Benelux): 078 15 40 22, bereikbaar op weekdagen van 9u tot 17u. Houd uw bestelnummer {OID} en het serienummer onder het toestel bij de hand.

Komt u er niet uit, laat het ons dan weten, dan bekijken we samen wat we verder kunnen doen.

Met vriendelijke groeten,
Sofie
Elektrohandel De Wachter
""", [], "Clean reply giving a phone number explicitly marked as the manufacturer's warranty line.")

_m(16, "reply", "text", "Re: levertijd matras bestelling {OID}", """
Beste mevrouw Van den Broeck,

De pocketveringmatras van 160 x 200 cm (bestelling {OID}) wordt op maat gemaakt en vertrekt uiterlijk op vrijdag 18 december. Zodra hij onderweg is, ziet u de status in uw Amazon-account.

Met vriendelijke groeten,
Dries Van Hoof
Slaapcomfort Van Hoof

--
Slaapcomfort Van Hoof bv
Industriezone Rooien 8, 3583 Beringen
Ondernemingsnummer BE 0834.112.905
Btw BE 0834.112.905 - RPR Antwerpen, afdeling Hasselt
""", [], "Clean reply with a Belgian company details footer (no contact data).")

_m(17, "reply", "text", "Re: retour en terugbetaling {OID}", """
Beste meneer Vandenberghe,

Uw retourpakket met de twee linnen kussenhoezen is op dinsdag 1 december om 14u12 bij ons binnengekomen (bpost-zendingsnummer 323299901234567890, retournummer RMA-2026-0815).

De terugbetaling van € 47,90 hebben we op woensdag 2 december verwerkt voor bestelling {OID}. Afhankelijk van uw bank staat het bedrag binnen 3 tot 5 werkdagen op uw rekening.

Vriendelijke groeten,
Marie
Linnenhuis Verhaeghe
""", [], "Clean reply with tracking and return numbers, dates, times and amounts.")

# ---------------------------------------------------------------- violations (31)
_m(18, "fulfillment-question", "text", "Uw pakket is onderweg - {OID}", """
Beste mevrouw Bogaert,

Goed nieuws: de bestelling {OID} is vanochtend bij ons vertrokken en werd om 11u aan de koerier van bpost meegegeven. Normaal gezien ligt ze morgen in uw brievenbus.

Vriendelijke groeten,
Team Theehuis Bogaert
""", ["BSM201"], "Shipping confirmation phrased as 'left us and handed to the courier'.")

_m(19, "fulfillment-question", "html", "We zijn ermee bezig! ({OID})", """
<p>Dag Jens,</p>
<p>Uw bestelling <strong>{OID}</strong> is goed bij ons toegekomen. Onze inpakploeg legt ze op dit moment klaar met wat extra noppenfolie rond de glazen.</p>
<p>Tot gauw,<br>Glasblazerij Lieven</p>
""", ["BSM201"], "Order confirmation paraphrased as 'arrived well with us and being packed'.")

_m(20, "fulfillment-question", "text", "Bestelling {OID}", """
Beste klant,

Hartelijk dank dat u voor onze winkel koos! We waarderen het echt enorm.

Warme groeten,
Het team van Breigoed Moens
""", ["BSM202"], "Thanks-only message with nothing else.")

_m(21, "fulfillment-question", "text", "Even laten weten ({OID})", """
Dag mevrouw Smets,

Mocht er met uw aankoop ooit iets mis zijn, hoe klein ook, dan staan wij voor u klaar. Een berichtje volstaat.

Tot ziens,
Speelgoedwinkel Het Rode Paard
""", ["BSM202"], "Only the offer to help if something comes up, with no other content.")

_m(22, "delivery-delay", "text", "Bestelling {OID} komt iets later", """
Beste heer Coppens,

Uw regenjas (bestelling {OID}) komt pas op maandag 14 december bij ons binnen; we verzenden hem dezelfde dag nog. Excuses voor het extra wachten.

Vriendelijke groeten,
Regenkledij Coppens

PS: tot eind december krijgt u met de code WINTER20 twintig procent korting op al onze jassen en laarzen.
""", ["BSM203"], "Otherwise permitted delay with a promotional discount code in the P.S.")

_m(23, "reply", "text", "Re: maattabel sokken ({OID})", """
Dag Anke,

De sokken uit bestelling {OID} vallen normaal; maat 39-42 past dus bij schoenmaat 40.

Trouwens: onze nieuwe lentecollectie komt eraan. Schrijf u in op onze nieuwsbrief of volg Sokkenfabriek Lowie op Instagram en Facebook, dan bent u als eerste op de hoogte.

Groetjes,
Lowie
""", ["BSM203"], "Reply that invites the buyer to follow the shop and subscribe to the newsletter.")

_m(24, "review-request", "text", "Een klein gebaar voor uw mening - {OID}", """
Beste mevrouw Aerts,

We hopen dat u plezier beleeft aan de kruidenpotjes uit bestelling {OID}.

Zou u een recensie willen schrijven op Amazon? Als blijk van onze waardering sturen we u, van zodra uw recensie zichtbaar is, een klein presentje toe.

Met vriendelijke groeten,
Keukenhoek Aerts
""", ["BSM204"], "Review request promising a small gift once the review is visible.")

_m(25, "review-request", "text", "Uw ervaring met {OID}", """
Beste Maarten,

Uw bluetoothspeaker is ondertussen aangekomen. Wilt u er een beoordeling over plaatsen op Amazon? Stuurt u ons een schermafbeelding zodra die online staat, dan storten wij het volledige aankoopbedrag van uw bestelling {OID} terug.

Bedankt en tot ziens,
Klankkast Audio
""", ["BSM204"], "Review request offering a full refund once the review is online.")

_m(26, "reply", "text", "Re: uw recensie over bestelling {OID}", """
Beste heer Dewulf,

We hebben de vervangende kookpot intussen opgestuurd en u bevestigde dat die wel in orde is. Fijn dat het opgelost is.

Zou u daarom uw beoordeling van één ster nog eens willen bekijken? Wij zouden het zeer appreciëren als u ze bijwerkt naar uw huidige ervaring, of ze eventueel weghaalt.

Met vriendelijke groeten,
Kookgerei Dewulf
""", ["BSM205"], "Asks to update or remove an existing one-star review.")

_m(27, "review-request", "text", "Tevreden over bestelling {OID}?", """
Dag mevrouw Hendrickx,

Bent u blij met uw nieuwe yogamat? Dan zouden we het fijn vinden als u dat in een recensie op Amazon vertelt.

Valt er iets tegen, schrijf dan liever eerst ons; we lossen het graag samen op voordat u iets online zet.

Groeten,
Studio Zen Hendrickx
bestelling {OID}
""", ["BSM206"], "Asks for a review only from satisfied buyers and steers unhappy ones to the seller.")

_m(28, "review-request", "text", "Een sterretje meer? - {OID}", """
Beste klant,

Kleine familiezaken zoals de onze leven van beoordelingen. Mogen we rekenen op de volle vijf sterren voor uw theepot uit bestelling {OID}? Dat betekent meer voor ons dan u denkt.

Hartelijke groeten,
Familie Verstraete
Porseleinhuis Verstraete
""", ["BSM206"], "Review request asking for a five-star rating.")

_m(29, "order-problem", "text", "[Belangrijk] Probleem met bestelling {OID}", """
Beste heer Devos,

De gietijzeren grillpan uit uw bestelling {OID} is helaas uitverkocht en komt niet meer binnen. We hebben het bestelbedrag daarom aangepast met als reden 'niet op voorraad'.

Om alles snel af te handelen, vragen we u om de bestelling zelf te annuleren via 'Mijn bestellingen' op Amazon. Dat gaat het vlotst.

Met excuses,
Kookwinkel Devos
""", ["BSM108"], "Adjusted order problem that still asks the buyer to cancel themselves.")

_m(30, "order-problem", "text", "Bestelling {OID} - voorraadprobleem", """
Dag mevrouw Michiels,

Door een fout in onze voorraadtelling hebben we de wollen plaid uit bestelling {OID} niet meer liggen.

Wij zouden het appreciëren als u via uw Amazon-account een annulering aanvraagt; dan is de zaak voor iedereen snel geregeld.

Onze excuses,
Wolwinkel Michiels
""", ["BSM107", "BSM108"], "Stock-out message asking for a cancellation request and never confirming an adjustment.")

_m(31, "delivery-delay", "text", "Update levering {OID}", """
Beste mevrouw Pauwels,

Uw bestelling {OID} vertrekt door een drukke decemberperiode twee dagen later, op donderdag 10 december.

Met vriendelijke groeten,
Drukkerij Pauwels

Liever geen berichten meer van ons? Antwoord met STOP en we laten u met rust.
""", ["BSM305"], "Delay message with an opt-out instruction ('antwoord met STOP').")

_m(32, "reply", "text", "Re: pakket beschadigd ({OID})", """
Dag Yannick,

Wat een gedoe zeg. Die klotekoerier heeft uw pakket met bestelling {OID} blijkbaar weer over de poort gesmeten, godverdomme toch. We sturen u vandaag een nieuwe bloempot op.

Groetjes,
Tuincentrum De Bolle
""", ["BSM306"], "Reply containing Flemish profanity about the courier.")

_m(33, "delivery-delay", "text", "Votre commande {OID} - retard", """
Bonjour Madame Vanderstraeten,

Votre commande {OID} (deux coussins de sol) sera expédiée avec quelques jours de retard, le lundi 14 décembre, en raison d'une rupture temporaire chez notre fournisseur.

Nous vous prions de nous excuser pour ce désagrément.

Cordialement,
Atelier Coussin Liège
""", ["BSM104"], "Message for a Flemish nl-BE buyer written entirely in French.")

_m(34, "reply", "text", "Re: montage bed ({OID})", """
Beste heer Van Damme,

Lukt het monteren van het stapelbed uit bestelling {OID} niet, bel dan gerust even naar onze winkel op 09 233 47 81. We overlopen het graag samen met u.

Vriendelijke groeten,
Kinderkamers Van Damme
""", ["BSM309"], "Reply with the shop's own Belgian phone number in national format.")

_m(35, "additional-information", "text", "Nog één detail voor bestelling {OID}", """
Beste mevrouw Cools,

Voor de gravure op de armband uit bestelling {OID} hebben we de exacte tekst nodig. Via WhatsApp of sms kan ook: +32 478 12 34 56 (gsm van onze zaakvoerster).

Vriendelijke groeten,
Juwelier Cools
""", ["BSM309"], "Seller's own mobile number in international +32 format.")

_m(36, "reply", "text", "Re: factuur op firmanaam ({OID})", """
Beste heer Segers,

Natuurlijk kunnen we de factuur voor bestelling {OID} op uw firmanaam zetten. Stuur uw btw-gegevens gerust naar boekhouding@kantoorsegers.be, dan passen wij het aan.

Met vriendelijke groet,
Kantoorartikelen Segers
""", ["BSM308"], "Reply containing a plain e-mail address.")

_m(37, "return-follow-up", "text", "Foto's voor uw retour {OID}", """
Beste mevrouw Lenaerts,

Om de retour van de vaas uit bestelling {OID} te kunnen afwerken, hebben we een foto nodig van de breuk. Mailen mag naar service apenstaartje keramiek-lenaerts punt be.

Dank u wel,
Keramiek Lenaerts
""", ["BSM308"], "Obfuscated e-mail address written with 'apenstaartje' and 'punt'.")

_m(38, "reply", "html", "Re: onderhoud leren tas ({OID})", """
<p>Beste mevrouw D'Hondt,</p>
<p>Leuk dat u zo blij bent met de schoudertas uit bestelling <strong>{OID}</strong>. Hoe u het leder soepel houdt, leggen we stap voor stap uit in onze <a href="https://www.lederwaren-dhondt.be/onderhoud">onderhoudsgids voor leder</a> op onze eigen website.</p>
<p>Groeten,<br>Lederwaren D'Hondt</p>
""", ["BSM302"], "Descriptive https link to the seller's own site, not needed for the order.")

_m(39, "review-request", "html", "Uw recensie over bestelling {OID}", """
<p>Beste klant,</p>
<p>Hoe bevalt de fietstas uit bestelling <strong>{OID}</strong>? U kunt uw ervaring met andere kopers delen via <a href="http://www.amazon.com.be/review/review-your-purchases/">de recensiepagina op Amazon</a>.</p>
<p>Vriendelijke groeten,<br>Fietsatelier Vandamme</p>
""", ["BSM301"], "Neutral review request whose Amazon link uses http instead of https.")

_m(40, "reply", "html", "Re: welke kleur is het? ({OID})", """
<p>Dag Lotte,</p>
<p>De sjaal uit bestelling <strong>{OID}</strong> is oker met een grijze rand. Zo ziet hij eruit:</p>
<p><img src="https://cdn.breigoed-moens.be/producten/sjaal-oker-grijs.jpg" alt="Gebreide sjaal in oker met grijze rand" width="300"></p>
<p>Groetjes,<br>Breigoed Moens</p>
""", ["BSM310"], "Reply embedding a photo of the purchased product.")

_m(41, "delivery-delay", "html", "Kleine vertraging voor {OID}", """
<p><img src="https://cdn.fotostock-images.com/winter/besneeuwde-kerstboom.jpg" alt="Besneeuwde kerstboom in het bos" width="400"></p>
<p>Beste heer Geerts,</p>
<p>Door de drukte voor de feestdagen vertrekt uw bestelling <strong>{OID}</strong> pas op vrijdag 11 december, twee dagen later dan gepland.</p>
<p>Vriendelijke groeten,<br>Kaarsenmakerij Geerts</p>
""", ["BSM311"], "Stock Christmas tree image unrelated to the shop.")

_m(42, "delivery-delay", "html", "Bestelling {OID}: nieuwe datum", """
<p><img src="https://cdn.pottenbakkerij-aster.be/logo-pottenbakkerij-aster.png" alt="" width="150"></p>
<p>Beste mevrouw Roels,</p>
<p>De serveerschaal uit bestelling <strong>{OID}</strong> moet nog één keer de oven in; we verwachten hem te verzenden op dinsdag 15 december.</p>
<p>Met vriendelijke groeten,<br>Pottenbakkerij Aster</p>
""", ["BSM402"], "Shop logo with an empty alt attribute.")

_m(43, "delivery-scheduling", "text", "Levering trampoline {OID} 🚚", """
Dag familie Peeters,

Uw trampoline (bestelling {OID}) is te groot voor een gewone pakketdienst. Onze chauffeur kan komen op zaterdag 12 december tussen 9u en 12u of op maandag 14 december tussen 13u en 16u. Welk moment past? 🙂

Groetjes,
Speeltuinshop Limburg
""", ["BSM403"], "Emoji in the subject and body of a scheduling message.")

_m(44, "reply", "text", "Re: batterijen bij speelgoed ({OID})", """
Dag Hanne,

Ja hoor, de batterijen zitten er al in bij de robot uit bestelling {OID}. Gewoon het schuifje op 'ON' zetten en hij begint te rijden ;-)

Veel speelplezier!
Speelgoedwinkel Het Rode Paard
""", ["BSM403"], "Text emoticon ';-)' in a reply.")

_m(45, "delivery-delay", "html", "Uw bestelling {OID} - nieuwe leverdatum", """
<style>
.titel { font-size: 22px; }
.intro { font-size: 16px; }
.tekst { font-size: 13px; }
.voet { font-size: 10px; }
</style>
<p class="titel">Nieuwe leverdatum</p>
<p class="intro">Beste meneer Jacobs,</p>
<p class="tekst">De boekenkast uit bestelling {OID} wordt pas op woensdag 16 december verzonden, omdat de glazen deurtjes nog bij onze leverancier liggen.</p>
<p class="voet">Meubelmakerij Jacobs, Torhout</p>
""", ["BSM410"], "Four explicit font sizes in a style block besides the default.")

_m(46, "additional-information", "text", "Maat van uw gordijnen - {OID}", """
Beste mevrouw Moreels,

Voor de gordijnen op maat uit bestelling {OID} hebben we nog de exacte hoogte nodig, gemeten van de rail tot de vloer.


Kunt u ons die maat in centimeter bezorgen?



Vriendelijke groeten,
Stoffenhuis Moreels
""", ["BSM412"], "Plain text with runs of several blank lines.")

_m(47, "review-request", "text", "[Belangrijk] Uw recensie over bestelling {OID}", """
Beste heer Vermeersch,

Uw wandelschoenen zijn ondertussen geleverd. Als u wilt, kunt u uw ervaring met bestelling {OID} delen in een recensie op Amazon; zo helpt u andere wandelaars bij hun keuze.

Met vriendelijke groeten,
Bergsport Vermeersch
""", ["BSM110"], "[Belangrijk] tag on a neutral review request, which is not critical.")

_m(48, "review-request", "html", "Hoe was uw aankoop? ({OID})", """
<p>Beste klant,</p>
<p>We hopen dat de espressokopjes uit bestelling <strong>{OID}</strong> heelhuids zijn aangekomen. Wilt u uw ervaring delen met andere kopers? <a href="https://www.amazon.com.be/review/review-your-purchases/">Klik hier</a>.</p>
<p>Groeten,<br>Koffiebranderij De Smet</p>
""", ["BSM401"], "Amazon link whose only text is 'Klik hier'.")

# ---------------------------------------------------------------- varying (2)
_m(49, "delivery-delay", "html", "Levering bestelling {OID} uitgesteld", """
<div style="font-family: Verdana, Arial, sans-serif; color: #3a3a3a; line-height: 1.6; text-align: center;">
<p>Beste mevrouw Baert,</p>
<p>De wandklok uit bestelling <strong>{OID}</strong> vertrekt pas op maandag 14 december: het uurwerk van de klok werd bij de controle afgekeurd en wordt vervangen.</p>
<p>Onze excuses voor het ongemak.</p>
<p>Klokkenhuis Baert</p>
</div>
""", ["BSM407", "BSM408", "BSM409", "BSM411"], "Builder wrapper setting font family, colour, line height and centred text.")

_m(50, "review-request", "html", "Deel uw ervaring - {OID}", """
<p>Beste klant,</p>
<p>Uw kinderstoel uit bestelling <strong>{OID}</strong> is een week geleden geleverd. Als u even tijd heeft, kunt u uw ervaring delen via <a href="https://www.amazon.com.be/review/review-your-purchases/">de recensiepagina van Amazon</a>.</p>
<p>Vriendelijke groeten,<br>Kinderkamer Lotje</p>
<img src="https://mail-stats.shopmailer.io/open.gif?uid=88213&amp;campaign=review-dec" width="1" height="1" alt="">
""", ["BSM307", "BSM402"], "Hidden 1x1 tracking pixel with tracking parameters and empty alt.")
