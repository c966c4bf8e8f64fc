# -*- coding: utf-8 -*-
"""v11 blind evaluation set: Dutch (nl-NL), 50 messages."""
import random

LANG = "nl"
LOCALE = "nl-NL"

_r = random.Random(11420)
OIDS = []
while len(OIDS) < 50:
    _o = "420-%07d-%07d" % (_r.randrange(10 ** 7), _r.randrange(10 ** 7))
    if _o not in OIDS:
        OIDS.append(_o)


def _m(n, typ, fmt, subject, body, expected, note):
    oid = OIDS[n - 1]
    body = body.strip("\n")
    return {
        "id": "v11-%s-%03d" % (LANG, n),
        "language": LANG,
        "locale": LOCALE,
        "type": typ,
        "format": fmt,
        "subject": subject.replace("{OID}", oid),
        "body": body.replace("{OID}", oid).replace("{OIDRAW}", oid.replace("-", "")),
        "order_id": oid,
        "expected": sorted(expected),
        "note": note,
    }


MESSAGES = [
    # ---------------------------------------------------------------- clean
    _m(1, "delivery-delay", "text",
       "Levering bestelling {OID} later dan gepland",
       """
Beste meneer Kuipers,

De gaskachel 'Brugge 8 kW' die u op 27 november bij ons bestelde, kunnen we helaas niet binnen de op Amazon vermelde levertijd versturen. Onze leverancier in Kortrijk levert de nieuwe partij pas op maandag 14 december 2026 aan.

Wij verwachten uw bestelling {OID} uiterlijk woensdag 16 december te verzenden. Zodra dat gebeurd is, ontvangt u van Amazon de gebruikelijke verzendinformatie.

Excuses voor het oponthoud.

Met vriendelijke groet,

Ruud Hofstede
Haardenhuis Hofstede, klantenservice
""", [], "Plain-text delivery delay with a new ship date; clean."),

    _m(2, "delivery-delay", "html",
       "Update over je bestelling {OID}",
       """
<table width="100%" cellpadding="0" cellspacing="0"><tr><td>
<p>Hoi Sanne,</p>
<p>Even een update over je bestelling <strong>{OID}</strong>: het linnen dekbedovertrek 'Lino 240 x 220 cm' in de kleur salie wordt bij onze weverij in Guimar&atilde;es opnieuw geverfd. De eerste partij kwam niet door onze eigen kwaliteitscontrole.</p>
<p>Nieuwe verwachte verzenddatum: <strong>vrijdag 18 december 2026</strong><br>Verwachte bezorging: maandag 21 of dinsdag 22 december</p>
<p>Sorry dat het langer duurt dan de levertijd die je op Amazon zag.</p>
<p>Groetjes,<br>Femke<br><small>Linnenkast Studio, Amsterdam</small></p>
</td></tr></table>
""", [], "Builder HTML table delivery delay without styles; clean."),

    _m(3, "order-problem", "text",
       "[Belangrijk] Bestelling {OID} kan niet worden geleverd",
       """
Geachte mevrouw El Amrani,

Tot onze spijt kunnen wij de koffiemolen 'Mahlwerk Pro 2' uit uw bestelling {OID} niet leveren. Het laatste exemplaar uit onze voorraad bleek bij de controle beschadigd en de fabrikant heeft dit model uit het assortiment gehaald.

Wij hebben het volledige bestelbedrag van € 89,95 inmiddels aangepast, met als reden 'geen voorraad'. U krijgt het bedrag via Amazon terug op de betaalwijze die u bij de bestelling hebt gebruikt.

Onze excuses dat het zo moet lopen.

Met vriendelijke groet,
Koffiehoek Zwolle
Marieke Dijkhuis
""", [], "Order problem with full amount adjusted for no stock, [Belangrijk] allowed on this type; clean."),

    _m(4, "additional-information", "text",
       "Vraag over het afleveradres - bestelling {OID}",
       """
Goedemiddag,

Wij willen uw bestelling {OID} graag versturen, maar het afleveradres Van Heemstraweg 41 in Nijmegen heeft volgens de bezorgdienst vier toevoegingen (41-A tot en met 41-D). In uw adresgegevens staat geen toevoeging.

Kunt u ons via een antwoord op dit bericht laten weten welke toevoeging bij u hoort? Dan gaat het pakket direct de deur uit.

Alvast bedankt,
Team Bouwbeslag Direct
""", [], "Request for a missing house-number suffix needed to deliver; clean."),

    _m(5, "return-follow-up", "text",
       "Uw retour van bestelling {OID}",
       """
Beste mevrouw Visser,

Dank voor het terugsturen van de wandelschoenen 'Trailmaster GTX', maat 39. Bij ontvangst zagen we dat de zolen duidelijk buiten gedragen zijn en dat er een veter ontbreekt. Daardoor kunnen we ze niet meer als nieuw verkopen.

Wij bieden u daarom een gedeeltelijke terugbetaling aan van € 64,50 (75% van het aankoopbedrag van € 86,00). Gaat u hiermee akkoord? Dan verwerken we dit binnen twee werkdagen na uw antwoord.

Met vriendelijke groet,
Bas Verhoeven
Buitensport Veluwe
""", [], "Return follow-up offering a partial refund; clean."),

    _m(6, "return-follow-up", "text",
       "Retouraanvraag {OID}: welke lamp gaat terug?",
       """
Hallo meneer De Bruijn,

U heeft een retour aangemeld voor bestelling {OID}. In die bestelling zaten twee hanglampen (Ø 30 cm en Ø 45 cm), maar in de aanvraag staat maar één artikel.

Wilt u even laten weten welke van de twee u terugstuurt, en of de lamp defect is of gewoon niet bevalt? Dan kunnen we de retour goed afhandelen.

Vriendelijke groet,
Lichthuys Haarlem
""", [], "Return follow-up asking which item is returned and why; clean."),

    _m(7, "invoice", "text",
       "Factuur bij bestelling {OID}",
       """
Geachte heer, mevrouw,

In de bijlage vindt u de factuur voor bestelling {OID}.

Factuurnummer: F/2026/12/0318
Factuurdatum: 7 december 2026
Totaal: € 1.249,00 inclusief 21% btw (btw: € 216,77)

Met vriendelijke groet,

Drukkerij Vermeulen B.V.
Industrieweg 22
5262 GJ Vught
KvK 17081234
Btw-nummer NL810234567B01
""", [], "Invoice with slashed invoice number, KvK and BTW numbers; clean."),

    _m(8, "review-request", "text",
       "Hoe bevalt de vogelvoederplank? ({OID})",
       """
Hoi Anouk,

Een paar weken geleden kwam de eikenhouten voederplank bij je aan. Hangt hij al in de tuin, en komen de mezen al langs?

Zou je op Amazon een recensie willen schrijven? Wat je ervan vindt, of dat nu goed of minder goed is, helpt andere kopers bij hun keuze en ons bij het verbeteren van onze producten.

Hartelijke groet uit de werkplaats,
Joost en Ilse
Houtwerkplaats Het Ven, Oisterwijk

Bestelnummer: {OID}
""", [], "Neutral, chatty plain-text review request; clean."),

    _m(9, "review-request", "html",
       "Uw mening over bestelling {OID}",
       """
<p><img src="https://static.houtenpaard-speelgoed.nl/mail/logo-het-houten-paard.png" alt="Logo Speelgoedmakerij Het Houten Paard" width="180"></p>
<p>Beste klant,</p>
<p>Onlangs heeft u bij ons de houten trekpop 'Ezeltje Bram' besteld (bestelnummer {OID}). We zijn benieuwd wat u ervan vindt.</p>
<p>Wilt u de tijd nemen om uw ervaring te delen? Dat kan rechtstreeks op Amazon: <a href="https://www.amazon.nl/review/review-your-purchases/">schrijf een recensie over uw aankoop op Amazon.nl</a>.</p>
<p>Met vriendelijke groet,<br>Speelgoedmakerij Het Houten Paard</p>
""", [], "HTML review request with shop logo (alt names shop) and descriptive https Amazon link; clean."),

    _m(10, "delivery-scheduling", "text",
       "Bezorgafspraak hoekbank - bestelling {OID}",
       """
Beste familie Jansen,

Uw hoekbank 'Oslo' (3-zits + chaise longue) is klaar voor bezorging. Omdat het om een groot en zwaar meubel gaat, bezorgen we met twee personen en plaatsen we de bank in de kamer van uw keuze.

Wij kunnen langskomen op:
- donderdag 10 december, tussen 8.00 en 12.00 uur
- donderdag 10 december, tussen 12.00 en 17.00 uur
- zaterdag 12 december, tussen 9.00 en 13.00 uur

Wilt u in uw antwoord aangeven welk tijdvak u het beste uitkomt, en of er een lift of een smalle trap is?

Met vriendelijke groet,
Planning Woonwarenhuis De Linde
Ref. bestelling {OID}
""", [], "Scheduling delivery of a bulky sofa with dates and time slots; clean."),

    _m(11, "home-service-appointment", "html",
       "Afspraak montage tv-beugel ({OID})",
       """
<p>Beste meneer Öztürk,</p>
<p>Bij uw bestelling {OID} hoort de montageservice voor de kantelbare tv-beugel. Onze monteur Erik van Dam kan bij u langskomen op:</p>
<ul>
<li>dinsdag 15 december 2026, 13.00 &ndash; 15.00 uur</li>
<li>woensdag 16 december 2026, 9.30 &ndash; 11.30 uur</li>
</ul>
<p>Laat u ons weten welk moment u het beste uitkomt? Zorgt u ervoor dat de wand vrij is en dat er een stopcontact in de buurt zit.</p>
<p>Met vriendelijke groet,<br>Montageteam Beeld &amp; Geluid Service Noord</p>
""", [], "Home-service appointment with two dated time slots; clean."),

    _m(12, "custom-design-verification", "text",
       "Ontwerpproef gegraveerde snijplank - {OID}",
       """
Dag Lotte,

In de bijlage staat de proef van je snijplank met gravure (ontwerp v2, bestand proef-snijplank-v2.pdf). We hebben de tekst 'Familie Bakker - sinds 1998' in het lettertype uit je bestelling gezet, gecentreerd onder het wapentje.

Klopt alles, inclusief de spelling van de namen? Geef ons dan vóór vrijdag 11 december 12.00 uur je akkoord, dan kan de plank maandag de laser in. Wil je iets anders, laat het gerust weten.

Groet,
Thijs
Graveerwerk Thijs & Co
Bestelling {OID}
""", [], "Custom design proof awaiting approval; clean."),

    _m(13, "fulfillment-question", "text",
       "Toegangscode nodig voor bezorging {OID}",
       """
Beste mevrouw Hoekstra,

Onze eigen koerier brengt uw kast tot aan de voordeur. Volgens onze planning kan hij de hoofdingang van uw appartementencomplex aan de Zeeburgerkade alleen met een code openen. Zonder die code komt hij niet verder dan de stoep.

Kunt u ons de toegangscode van de portiekdeur sturen, of laten weten bij welke bel hij moet aanbellen? Wij geven het alleen door aan de chauffeur van deze rit.

Onze referentie: RIT-2026-1209/14, stop 7
Bestelling: {OID}

Met vriendelijke groet,
Kastenfabriek Oost
""", [], "Door-code question with reference numbers needed for delivery; clean."),

    _m(14, "reply", "text",
       "Re: Vraag over de kandelaar ({OID})",
       """
Hallo meneer Willems,

Dank voor uw vraag. De 'Nordic Pine Advent Candle Holder - Set of 4' die u bij ons kocht, is gemaakt voor gewone dinerkaarsen met een doorsnede van 2,2 cm. Stompkaarsen passen er helaas niet in.

De Engelse naam komt van de fabrikant, Brightside Home Goods; wij verkopen de kandelaar verder onder dezelfde titel.

Met vriendelijke groet,
Anja Smit
Sfeerhuys Deventer
Bestelling {OID}
""", [], "Reply quoting an English product title and brand inside Dutch sentences; clean."),

    _m(15, "reply", "text",
       "Re: Garantie stofzuiger - bestelling {OID}",
       """
Beste mevrouw Pauwels,

Vervelend dat de borstelkop van uw steelstofzuiger na drie weken al niet meer draait. Op dit apparaat zit twee jaar fabrieksgarantie, en de fabrikant regelt de reparatie of vervanging zelf.

Garantielijn van de fabrikant Kleenmaster Benelux: 088 - 531 20 00 (ma t/m vr 8.30 - 17.00 uur). Houd uw bestelnummer {OID} bij de hand.

Lukt het niet via de fabrikant, stuur ons dan gerust nog een bericht.

Groet,
Elektrospecialist Twente
""", [], "Reply giving the manufacturer's warranty line, marked as such (BSM309 exception); clean."),

    _m(16, "reply", "html",
       "Re: Maat van de regenjas ({OID})",
       """
<p>Beste Noor,</p>
<p>Leuk dat je de regenjas 'Zeebries' mooi vindt. Hij valt normaal op maat; heb je twijfels tussen M en L, dan raden we L aan als je er een dikke trui onder wilt dragen. De mouwlengte van maat L is 64 cm.</p>
<p>Omruilen kan binnen 30 dagen via je Amazon-account (bestelling {OID}).</p>
<p>Hartelijke groet,<br>Annelies de Wit</p>
<p><small>Regenkleding Noordkust V.O.F. &middot; Havenkade 3, 1781 AN Den Helder &middot; KvK 74210355 &middot; Btw-id NL859712044B01</small></p>
""", [], "Reply with a company-details footer (KvK, BTW-id, address); clean."),

    _m(17, "reply", "text",
       "Re: Waar blijft mijn terugbetaling? {OID}",
       """
Beste meneer Brouwer,

Uw retourpakket met retournummer RMA-55127 en trackingcode 3SRTN8841027 is op donderdag 3 december 2026 om 11.42 uur bij ons binnengekomen. Wij hebben de terugbetaling van € 129,00 op vrijdag 4 december om 14.05 uur aangemaakt.

Amazon zet het bedrag terug op uw oorspronkelijke betaalwijze; dat duurt meestal 3 tot 5 werkdagen. Na woensdag 9 december zou u het dus moeten zien.

Met vriendelijke groet,
Klantenservice Fietsonderdelen Brabant
Bestelling {OID}
""", [], "Reply with return and tracking numbers, dates, times and amounts; clean."),

    # ------------------------------------------------------------ violations
    _m(18, "fulfillment-question", "text",
       "Je pakket is onderweg! Bestelling {OID}",
       """
Hoi Rick,

Goed nieuws: je bestelling {OID} heeft vanochtend ons magazijn in Tilburg verlaten. Om 10.45 uur hebben we het pakket aan PostNL meegegeven.

Je kunt het volgen met code 3SVRTB0041926.

Sportieve groet,
Team FitGear Benelux
""", ["BSM201"], "Tells the buyer the parcel left the warehouse and was handed to the carrier."),

    _m(19, "fulfillment-question", "html",
       "Wij gaan voor je aan de slag - {OID}",
       """
<p>Beste Yvonne,</p>
<p>Je bestelling {OID} is goed bij ons binnengekomen. Onze inpakkers zijn er vandaag al mee bezig, zodat alles netjes en stevig verpakt wordt.</p>
<p>Fijne dag nog!<br>Theehuis Het Kopje</p>
""", ["BSM201"], "Confirms the order was received and is being packed."),

    _m(20, "fulfillment-question", "text",
       "Bedankt! ({OID})",
       """
Geachte heer Mulder,

Hartelijk dank voor uw bestelling {OID} bij Wijnkelder Rijnland. Wij waarderen uw vertrouwen enorm en hopen dat u van de wijnen gaat genieten.

Met vriendelijke groet,
Wijnkelder Rijnland
""", ["BSM202"], "Thanks only, with no other content."),

    _m(21, "fulfillment-question", "text",
       "Bestelling {OID}",
       """
Beste Mirjam,

Mocht er onverhoopt iets mis zijn met je bestelling {OID}, laat het ons dan weten. Wij staan altijd voor je klaar en zoeken samen met je naar een oplossing.

Groeten,
Breiwol Groningen
""", ["BSM202"], "Only offers help if a problem comes up."),

    _m(22, "delivery-delay", "text",
       "Kleine vertraging bestelling {OID}",
       """
Beste meneer Dekker,

De set kookpannen uit uw bestelling {OID} wordt een paar dagen later verzonden dan gepland, omdat de levering van de fabriek vertraagd is. Wij verwachten uiterlijk dinsdag 15 december te verzenden.

Excuses voor het ongemak.

Met vriendelijke groet,
Kookwinkel De Pollepel

PS: Met de code WINTER20 krijgt u tot en met 31 december 20% korting op ons hele assortiment.
""", ["BSM203"], "Permitted delay message with a P.S. promoting 20% off the whole range."),

    _m(23, "review-request", "text",
       "Uw ervaring met de plaid ({OID})",
       """
Beste mevrouw Jacobs,

Wij zouden het op prijs stellen als u een recensie schrijft over de wollen plaid uit bestelling {OID}. Uw eerlijke mening helpt andere kopers.

Nog iets leuks: onze nieuwe wintercollectie met sjaals en mutsen is net binnen. Volg ons op Instagram en meld u aan voor onze nieuwsbrief, dan mist u geen enkele nieuwe kleur.

Hartelijke groet,
Wolhuis Drenthe
""", ["BSM203"], "Neutral review request plus follow-us, newsletter and new collection."),

    _m(24, "review-request", "text",
       "Een klein bedankje van ons ({OID})",
       """
Hoi Daan,

Heb je al even kunnen spelen met de bordspelset uit bestelling {OID}? We zouden het heel fijn vinden als je er op Amazon een recensie over schrijft.

Als je recensie online staat, sturen we je als dank een leuke attentie. Stuur ons gewoon een berichtje zodra hij geplaatst is.

Groetjes,
Spellenzolder Leiden
""", ["BSM204"], "Promises a small token of appreciation once the review is published."),

    _m(25, "review-request", "text",
       "Recensie = geld terug ({OID})",
       """
Geachte klant,

Schrijf een recensie over de draadloze deurbel uit uw bestelling {OID} en ontvang het volledige aankoopbedrag terug. Zodra uw recensie zichtbaar is op Amazon, maken wij het bedrag binnen 48 uur over.

Met vriendelijke groet,
SmartHome Vandaag
""", ["BSM204"], "Offers a full refund as soon as the review is online."),

    _m(26, "reply", "text",
       "Re: Uw recensie van de koffietafel ({OID})",
       """
Beste meneer Van Leeuwen,

Fijn dat het probleem met de wiebelende poot van uw koffietafel nu is opgelost en dat de nieuwe stelvoetjes goed passen.

Wij zagen dat u eerder een recensie met één ster hebt geplaatst. Nu alles in orde is, zou u die recensie willen aanpassen of eventueel verwijderen?

Met vriendelijke groet,
Meubelmakerij Van Gaal
Bestelling {OID}
""", ["BSM205"], "Asks the buyer to update or remove a one-star review."),

    _m(27, "review-request", "html",
       "Tevreden met uw bestelling {OID}?",
       """
<p>Beste klant,</p>
<p>Bent u tevreden over uw nieuwe hondenmand? Dan zouden wij het geweldig vinden als u dat in een recensie op Amazon laat weten.</p>
<p>Is er iets niet naar wens? Schrijf dan geen recensie, maar neem eerst contact met ons op via Amazon, dan lossen we het samen op.</p>
<p>Met vriendelijke groet,<br>Dierenspeciaalzaak Kwispel<br>Bestelling {OID}</p>
""", ["BSM206"], "Review only if satisfied; unhappy buyers steered to contact the seller instead."),

    _m(28, "review-request", "text",
       "Uw mening telt - {OID}",
       """
Goedendag,

U heeft bij ons de elektrische tandenborstel 'Sonic Clean 500' gekocht (bestelling {OID}). Als kleine zelfstandige ondernemer zijn wij afhankelijk van goede beoordelingen.

Wilt u ons vijf sterren geven op Amazon? Daar helpt u ons enorm mee.

Met vriendelijke groet,
Mondzorgshop Limburg
""", ["BSM206"], "Asks for a five-star rating."),

    _m(29, "delivery-delay", "text",
       "Levertijd onbekend - bestelling {OID}",
       """
Beste mevrouw Bosman,

Helaas is de racefietsband 'Corsa 28 mm' die u bestelde voorlopig niet meer leverbaar. Onze leverancier kan nog geen nieuwe leverdatum noemen.

Het snelste is dat u de bestelling {OID} zelf annuleert via uw Amazon-account, dan heeft u uw geld meteen terug.

Met vriendelijke groet,
Wielerwinkel De Kopgroep
""", ["BSM108"], "Advises the buyer to cancel because stock ran out (delay type, so no BSM107)."),

    _m(30, "order-problem", "text",
       "Probleem met uw bestelling {OID}",
       """
Geachte heer Hendriks,

Door een fout in ons voorraadsysteem is de tuinslanghaspel uit uw bestelling {OID} niet meer op voorraad.

Wij zouden het zeer waarderen als u via Amazon een annuleringsverzoek indient. Dan ronden wij de bestelling daarna netjes af.

Excuses voor het ongemak.

Met vriendelijke groet,
Tuincentrum Online Groen
""", ["BSM107", "BSM108"], "Order problem without adjustment that asks for a cancellation request."),

    _m(31, "delivery-delay", "text",
       "Vertraging bij bestelling {OID}",
       """
Beste meneer Peeters,

Uw bestelling {OID} (twee kussenslopen 'Satijn', 60 x 70 cm) wordt door drukte bij onze naaister drie werkdagen later verzonden, op donderdag 10 december.

Excuses voor het wachten.

Met vriendelijke groet,
Slaapkamerstudio Utrecht

Wilt u geen berichten meer van ons ontvangen? Antwoord dan met STOP.
""", ["BSM305"], "Delay message with a reply-STOP opt-out instruction."),

    _m(32, "reply", "text",
       "Re: Kapotte vaas ({OID})",
       """
Hallo mevrouw Kok,

Sorry, dit is echt klote. Die verdomde bezorger heeft weer met onze dozen lopen smijten, anders breekt zo'n vaas echt niet.

We sturen u een nieuwe vaas en laten de kapotte gewoon zitten; terugsturen is niet nodig.

Groet,
Glasatelier Zandvoort
Bestelling {OID}
""", ["BSM306"], "Reply containing Dutch profanity."),

    _m(33, "reply", "text",
       "Re: Question about order {OID}",
       """
Dear Mr de Graaf,

Thank you for your message. The replacement filter for your water jug fits all models from 2021 onwards, so it will work with the one you bought from us.

Kind regards,
AquaPure Store
Order {OID}
""", ["BSM104"], "Whole message in English for a Dutch-speaking buyer (nl-NL)."),

    _m(34, "reply", "text",
       "Re: Montagehandleiding ({OID})",
       """
Beste meneer Bakker,

De montagehandleiding voor het stapelbed sturen we u opnieuw als bijlage mee. Komt u er met stap 6 niet uit, bel ons dan gerust op 0342 - 41 23 56. Vanuit België of Duitsland zijn we bereikbaar op +31 342 412 356.

Met vriendelijke groet,
Kindermeubelen Barneveld
Bestelling {OID}
""", ["BSM309"], "Seller's own phone number in national and international format."),

    _m(35, "reply", "text",
       "Re: Factuur op bedrijfsnaam ({OID})",
       """
Beste mevrouw Veenstra,

Natuurlijk kunnen we de factuur voor bestelling {OID} op uw bedrijfsnaam zetten. Stuurt u de bedrijfsgegevens naar administratie@kantoorhandel-friesland.nl? Dan ontvangt u de aangepaste factuur binnen één werkdag.

Met vriendelijke groet,
Kantoorhandel Friesland
""", ["BSM308"], "Plain e-mail address in the text."),

    _m(36, "reply", "text",
       "Re: Foto's van de schade - {OID}",
       """
Hoi Tim,

Wat vervelend van de kras op het tafelblad. Kun je een paar foto's mailen naar service apenstaartje tafelsopmaat punt nl? Zet het bestelnummer {OID} er even bij, dan pakken we het meteen op.

Groeten,
Wouter
Tafels op Maat
""", ["BSM308"], "E-mail address obfuscated as 'apenstaartje ... punt nl'."),

    _m(37, "reply", "html",
       "Re: Onderhoud leren tas ({OID})",
       """
<p>Beste mevrouw Schouten,</p>
<p>Om uw leren schoudertas mooi te houden, raden we aan hem twee keer per jaar in te vetten met een kleurloze lederbalsem. Uitgebreide instructies vindt u in <a href="https://www.leerlokaal-utrecht.nl/onderhoud/leren-tassen">de onderhoudsgids op onze eigen website</a>.</p>
<p>Met vriendelijke groet,<br>Leerlokaal Utrecht<br>Bestelling {OID}</p>
""", ["BSM302"], "https link with descriptive text to the seller's own website."),

    _m(38, "reply", "html",
       "Re: Retour aanmelden {OID}",
       """
<p>Hallo meneer Smits,</p>
<p>U kunt de printerinkt terugsturen via het retourcentrum van Amazon. Ga naar <a href="http://www.amazon.nl/gp/css/returns/homepage.html">het retourcentrum op Amazon.nl</a>, kies bestelling {OID} en volg de stappen.</p>
<p>Met vriendelijke groet,<br>Inktpatroon Centrale</p>
""", ["BSM301"], "Descriptive link to Amazon over plain http."),

    _m(39, "reply", "html",
       "Re: Kleur van de theepot ({OID})",
       """
<p>Beste mevrouw Aydin,</p>
<p>De theepot die u bestelde is de versie in mat zeegroen. Hieronder ziet u hoe hij eruitziet:</p>
<p><img src="https://img.theetuin-gouda.nl/producten/theepot-zeegroen-1-2l.jpg" alt="Theepot Gouda 1,2 liter in mat zeegroen" width="300"></p>
<p>Met vriendelijke groet,<br>De Theetuin Gouda<br>Bestelling {OID}</p>
""", ["BSM310"], "Image of the purchased product (file name and alt name it)."),

    _m(40, "delivery-delay", "html",
       "Bestelling {OID} iets later",
       """
<p>Beste meneer Van Dijk,</p>
<p>Door de drukte rond de feestdagen verzenden wij uw bestelling {OID} (de gereedschapskist van staal) pas op maandag 14 december.</p>
<p><img src="https://cdn.mailbouwer.nl/stock/strand-zonsondergang.jpg" alt="Strand bij zonsondergang met palmbomen" width="400"></p>
<p>Met vriendelijke groet,<br>IJzerwaren Kampen</p>
""", ["BSM311"], "Stock image of a beach unrelated to the shop."),

    _m(41, "review-request", "html",
       "Een recensie over uw boekensteunen? ({OID})",
       """
<p><img src="https://media.boekenhoek-arnhem.nl/logo-boekenhoek-arnhem.png" width="160"></p>
<p>Beste lezer,</p>
<p>Onlangs ontving u de gietijzeren boekensteunen uit bestelling {OID}. Wilt u op Amazon een recensie schrijven over uw ervaring? Alle meningen zijn welkom.</p>
<p>Vriendelijke groet,<br>De Boekenhoek Arnhem</p>
""", ["BSM402"], "Shop logo image without an alt attribute."),

    _m(42, "delivery-scheduling", "text",
       "Bezorging wasmachine plannen 😊 {OID}",
       """
Hoi Esther,

Je nieuwe wasmachine staat klaar! Omdat het een zwaar apparaat is, bezorgen we hem zelf en sluiten we hem meteen aan. Past vrijdag 11 december tussen 10.00 en 14.00 uur?

Laat het even weten, dan zetten we je in de planning 👍

Groetjes,
Witgoed Express Amersfoort
Bestelling {OID}
""", ["BSM403"], "Emoji in the subject and body of a scheduling message."),

    _m(43, "reply", "text",
       "Re: Batterijen meegeleverd? ({OID})",
       """
Hallo Kees,

Ja hoor, bij de afstandsbediening zitten twee AAA-batterijen in de doos, dus je kunt meteen aan de slag :-)

Groet,
Mediamarktje Alkmaar
Bestelling {OID}
""", ["BSM403"], "Text emoticon ':-)' in a reply."),

    _m(44, "additional-information", "html",
       "Gegevens nodig voor uw bestelling {OID}",
       """
<style>
.kop { font-size: 22px; }
.sub { font-size: 17px; }
.tekst { font-size: 14px; }
.voet { font-size: 11px; }
</style>
<p class="kop">Bestelling {OID}</p>
<p class="sub">Wij hebben nog één gegeven nodig</p>
<p class="tekst">Om uw plank op maat te zagen, hebben wij de gewenste diepte nodig. Kiest u uit 20, 25 of 30 cm? Antwoord gerust op dit bericht.</p>
<p class="voet">Plankenzagerij Hout &amp; Maat, Almere</p>
""", ["BSM410"], "Style block setting four distinct font sizes."),

    _m(45, "delivery-delay", "text",
       "Vertraging bestelling {OID}",
       """
Beste mevrouw Vos,

De kerstverlichting uit uw bestelling {OID} wordt later verzonden dan gepland. Nieuwe verwachte verzenddatum: woensdag 9 december.


Onze excuses hiervoor.


Met vriendelijke groet,
Feestartikelen Veenendaal
""", ["BSM412"], "Plain text with two blank lines in a row (twice)."),

    _m(46, "additional-information", "html",
       "Welke maat bedoelt u? ({OID})",
       """
<p>Beste meneer Koster,</p>
<p>In uw bestelling {OID} staat bij de maatwerkjaloezie een breedte van 1,80 cm. Bedoelt u misschien 180 cm?</p>
<br><br><br>
<p></p>
<p></p>
<p>Laat u het ons even weten? Dan gaat de jaloezie direct in productie.</p>
<p>Met vriendelijke groet,<br>Raamdecoratie Hilversum</p>
""", ["BSM412"], "HTML with a run of three <br> and empty paragraphs."),

    _m(47, "review-request", "text",
       "[Belangrijk] Uw recensie over bestelling {OID}",
       """
Beste klant,

U heeft onlangs het kruidenrek van beukenhout bij ons gekocht (bestelling {OID}). Wilt u op Amazon een recensie schrijven over het product? Uw ervaring helpt andere kopers.

Met vriendelijke groet,
Keukenkabinet Delft
""", ["BSM110"], "[Belangrijk] tag on a review request, which is not critical."),

    _m(48, "reply", "html",
       "Re: Handleiding thermostaat ({OID})",
       """
<p>Beste meneer Mertens,</p>
<p>De handleiding van de slimme thermostaat kunt u bekijken op de productpagina. <a href="https://www.amazon.nl/dp/B0CX7T2QLM">Klik hier</a>.</p>
<p>Met vriendelijke groet,<br>Klimaatwinkel Enschede<br>Bestelling {OID}</p>
""", ["BSM401"], "Link text 'Klik hier' does not describe the target."),

    _m(49, "delivery-delay", "html",
       "Nieuwe verzenddatum bestelling {OID}",
       """
<div style="font-family: Verdana, Geneva, sans-serif; line-height: 1.7; color: #3a3a3a; text-align: justify;">
<p>Beste mevrouw Meijer,</p>
<p>Uw bestelling {OID} (de rieten wasmand met deksel) verzenden wij helaas pas op maandag 14 december, omdat de vlechter in Polen achterloopt met de productie.</p>
<p>Met vriendelijke groet,<br>Mandenmakerij Giethoorn</p>
</div>
""", ["BSM407", "BSM408", "BSM409", "BSM411"], "Builder wrapper setting font family, line height, text colour and justified alignment."),

    _m(50, "review-request", "html",
       "Hoe bevalt uw schaakbord? ({OID})",
       """
<p><img src="http://beeld.schaakhuis-oosterhout.nl/logo-schaakhuis-oosterhout.png" alt="Logo Schaakhuis Oosterhout" width="150"></p>
<p>Beste schaker,</p>
<p>Wilt u een recensie schrijven over het houten schaakbord uit bestelling {OID}? Dat kan via uw bestellingen op Amazon. Positief of kritisch, we lezen alles.</p>
<p>Met vriendelijke groet,<br>Schaakhuis Oosterhout</p>
""", ["BSM413"], "Shop logo with alt text loaded over insecure http."),
]
