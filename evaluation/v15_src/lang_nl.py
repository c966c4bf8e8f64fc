"""v15 blind evaluation set: Dutch (nl-NL)."""
LANG, LOCALE, PFX = "nl", "nl-NL", "460"

def o(n):
    return "%s-%07d-%07d" % (PFX, (n * 7349173 + 2038411) % 10000000, (n * 5123457 + 8150332) % 10000000)

MESSAGES = []

def M(n, typ, fmt, subject, body, expected, note):
    MESSAGES.append({"id": "v15-%s-%03d" % (LANG, n), "language": LANG, "locale": LOCALE,
                     "type": typ, "format": fmt, "subject": subject, "body": body.strip(),
                     "order_id": o(n), "expected": sorted(expected), "note": note})

M(1, "delivery-delay", "text", f"Levering bestelling {o(1)} loopt vertraging op", f"""
Beste mevrouw Verhoeven,

Het eikenhouten wandrek dat u bij ons bestelde (bestelling {o(1)}) wordt later verzonden dan op Amazon stond aangegeven. Onze houtleverancier had een achterstand; de planken zijn nu binnen en worden deze week geschuurd en geolied.

Nieuwe verwachte verzenddatum: donderdag 17 december 2026. U krijgt het rek dan naar verwachting uiterlijk maandag 21 december.

Excuses voor het wachten.

Met vriendelijke groet,
Joost Brinkman
Houtwerk Brinkman, Deventer
""", [], "Clean plain-text delivery delay with new Dutch-format dates.")

M(2, "delivery-delay", "html", f"Nieuwe verzenddatum voor {o(2)}", f"""
<p>Hoi Sanne,</p>
<p>Even een update over je bestelling <b>{o(2)}</b>: de linnen dekbedovertrek in de kleur <i>saliegroen</i> is later klaar dan gepland. De weverij in Tilburg heeft een nieuwe partij stof toegezegd voor 14-12-2026.</p>
<table>
<tr><td>Oorspronkelijk verwacht</td><td>8 december 2026</td></tr>
<tr><td>Nieuwe verzenddatum</td><td>16 december 2026</td></tr>
</table>
<p>Sorry voor het ongemak!</p>
<p>Groetjes,<br>Lotte van Linnenkast</p>
""", [], "Clean builder-style HTML delay notice with a small table and no styling.")

M(3, "order-problem", "text", f"[Belangrijk] Artikel niet leverbaar - bestelling {o(3)}", f"""
Geachte heer De Wit,

Helaas kunnen wij de koffiepadhouder uit uw bestelling {o(3)} niet leveren: bij de laatste voorraadtelling bleek het artikel beschadigd en de fabrikant levert niet meer na.

Wij hebben het bestelbedrag daarom aangepast. Het volledige bedrag van € 24,95 is teruggeboekt via Amazon (reden: NoInventory); het staat binnen enkele werkdagen weer op uw rekening.

Onze excuses voor de teleurstelling.

Met vriendelijke groet,
Klantenservice Keukenhoek Zwolle
""", [], "Clean order problem confirming the amount adjustment, with [Belangrijk] allowed on this type.")

M(4, "additional-information", "text", f"Vraag over uw bestelling {o(4)}: welke maat?", f"""
Goedemiddag,

Bedankt voor uw bestelling {o(4)} van het maatwerk horrengordijn. Om het op maat te kunnen snijden hebben we nog één gegeven nodig: de exacte binnenmaat van het kozijn (breedte x hoogte in centimeters).

Wilt u die via Berichten van Amazon doorgeven? Zodra we de maten hebben gaat het gordijn in productie.

Vriendelijke groet,
Femke
Horrenatelier Noord
""", [], "Clean request for information needed to complete a custom order.")

M(5, "return-follow-up", "text", f"Retour {o(5)} - voorstel gedeeltelijke terugbetaling", f"""
Beste meneer Yılmaz,

U meldde dat een van de zes glazen uit de set (bestelling {o(5)}) met een klein schilfertje aankwam. Vervelend!

In plaats van de hele set terug te sturen kunnen we u een gedeeltelijke terugbetaling van € 7,50 aanbieden; de rest van de set houdt u dan gewoon. Laat u ons weten of u dat prettig vindt? Wilt u liever toch retourneren, dan kan dat natuurlijk ook.

Met groet,
Ilse Hoogland
Glas & Zo
""", [], "Clean return follow-up offering a partial refund.")

M(6, "return-follow-up", "html", f"Uw retourzending bij bestelling {o(6)}", f"""
<p>Beste mevrouw Jansen,</p>
<p>We zien dat u een retour heeft aangemeld voor de draadloze deurbel (bestelling {o(6)}). Om de retour af te kunnen ronden willen we graag weten:</p>
<ul>
<li>of de originele verpakking en de montageset nog compleet zijn;</li>
<li>of het om een defect gaat of dat het product niet aan uw verwachting voldeed.</li>
</ul>
<p>Dan kunnen wij het juiste retourlabel klaarzetten.</p>
<p>Met vriendelijke groet,<br>Team Slimwonen.nl</p>
""", [], "Clean HTML return follow-up asking for information needed to complete the return.")

M(7, "invoice", "text", f"Factuur bij bestelling {o(7)}", f"""
Geachte heer/mevrouw,

Zoals gevraagd sturen wij u hierbij de factuur voor bestelling {o(7)} (factuurnummer 2026/NL/04412). De factuur staat in de bijlage als pdf.

Factuurbedrag: € 312,40 incl. 21% btw (€ 54,22 btw).

Met vriendelijke groet,

Administratie
Veldhuis Kantoorinrichting B.V.
Industrieweg 14, 3812 KX Amersfoort
KvK 81234567 | BTW-nummer NL862345671B01
""", [], "Clean invoice message with BTW and KvK numbers and a slash invoice number.")

M(8, "review-request", "text", f"Uw ervaring met bestelling {o(8)}", f"""
Hallo,

U heeft onlangs bij ons de fietstassen ontvangen (bestelling {o(8)}). Als u een moment heeft, zouden wij het waarderen als u op Amazon een productrecensie schrijft over uw ervaring, of die nu goed of minder goed is. Andere fietsers hebben er veel aan.

Hartelijke groet,
Ruben - Trapkracht Fietsaccessoires
""", [], "Clean neutral plain-text review request.")

M(9, "review-request", "html", f"Mogen wij uw mening vragen? ({o(9)})", f"""
<p><img src="https://images.theeschuur-delft.nl/logo-de-theeschuur.png" alt="Logo De Theeschuur Delft" width="160"></p>
<p>Beste klant,</p>
<p>Bij bestelling {o(9)} ontving u onze losse thee Delfts Blauw Earl Grey. We horen graag hoe u de thee vindt. Een eerlijke recensie helpt andere theeliefhebbers bij hun keuze.</p>
<p><a href="https://www.amazon.nl/review/create-review?asin=B0CTHEE123">Schrijf een recensie op Amazon.nl</a></p>
<p>Vriendelijke groet,<br>Marieke en Dirk<br>De Theeschuur</p>
""", [], "Clean HTML review request with shop logo, alt text and descriptive https Amazon link.")

M(10, "delivery-scheduling", "text", f"Afspraak bezorging boxspring - {o(10)}", f"""
Beste familie Bakker,

Uw boxspring (bestelling {o(10)}) wordt met twee man bezorgd en op de slaapkamer geplaatst. Daarvoor plannen we graag een moment in. Wij kunnen de volgende tijdvakken aanbieden:

- dinsdag 15 december, 08:00-12:00 uur
- woensdag 16 december, 12:30-16:30 uur
- vrijdag 18 december, 08:00-12:00 uur

Laat u via Amazon weten welk tijdvak het beste uitkomt? Houd er rekening mee dat de bezorgers de trap op moeten; is er een lift, dan horen we dat graag.

Met vriendelijke groet,
Planning Slaapcomfort Oosterhout
""", [], "Clean delivery scheduling of a bulky item with Dutch dates and time slots.")

M(11, "home-service-appointment", "html", f"Installatieafspraak vaatwasser, bestelling {o(11)}", f"""
<p>Goedendag meneer Pranoto,</p>
<p>U heeft bij bestelling {o(11)} de installatie van uw inbouwvaatwasser geboekt. Onze monteur Erik kan langskomen op:</p>
<p>maandag 14-12-2026 tussen 13:00 en 15:00 uur<br>of<br>donderdag 17-12-2026 tussen 09:00 en 11:00 uur</p>
<p>Wilt u een van beide bevestigen via Berichten van Amazon? Zorg er a.u.b. voor dat de watertoevoer en het stopcontact vrij bereikbaar zijn.</p>
<p>Met vriendelijke groet,<br>Installatieservice Van Dam</p>
""", [], "Clean home-service appointment with two date/time options.")

M(12, "custom-design-verification", "text", f"Ontwerpproef naambordje - {o(12)}", f"""
Hoi Noor,

In de bijlage vind je de ontwerpproef voor je gegraveerde naambordje (bestelling {o(12)}): tekst "Fam. El Amrani - nr. 27", lettertype zoals gekozen, 20 x 8 cm, leisteen.

Klopt alles, ook de spelling? Stuur ons dan even een akkoord. Wil je iets aanpassen, zeg het gerust; we maken dan een nieuwe proef.

Groet,
Bas van Graveerwerkplaats De Beitel
""", [], "Clean custom design verification with a proof attachment mentioned.")

M(13, "fulfillment-question", "text", f"Toegangscode nodig voor levering {o(13)}", f"""
Beste heer Visser,

Uw bestelling {o(13)} wordt door onze eigen koerier afgeleverd. Het afleveradres is een appartementencomplex met een afgesloten entree. Kunt u ons de deurcode of het nummer van de intercom doorgeven? Als referentie: onze zending heeft kenmerk VZ-2026-88731, palletnummer 04/117.

Zonder code kan de koerier het pakket helaas niet afleveren.

Met vriendelijke groet,
Expeditie Tuinhuis Direct
""", [], "Clean door-code question with reference numbers that are not phone numbers.")

M(14, "reply", "text", f"Re: Vraag over 'Cast Iron Dutch Oven 5.2L' ({o(14)})", f"""
Beste mevrouw Smit,

Goede vraag! De "Cast Iron Dutch Oven 5.2L" uit uw bestelling {o(14)} is geschikt voor inductie, gas en keramisch. In de oven kan hij tot 260 °C, inclusief het deksel. De knop van het deksel is van roestvrij staal.

Gebruik liever geen vaatwasser, dan blijft de emaillelaag het mooist.

Groet,
Pieter Kuipers
Kookgerei Kuipers
""", [], "Clean reply quoting an English product title inside Dutch sentences.")

M(15, "reply", "text", f"Re: Stofzuiger doet het niet meer - {o(15)}", f"""
Beste meneer Hendriks,

Vervelend dat de steelstofzuiger uit bestelling {o(15)} na vier maanden niet meer oplaadt. Omdat het om een garantiekwestie gaat, kunt u het snelst terecht bij de fabrikant.

Garantielijn van de fabrikant (Vortexa Benelux): 030 123 4567, maandag t/m vrijdag van 09:00 tot 17:00 uur.

Houd uw bestelnummer bij de hand. Komt u er met de fabrikant niet uit, laat het ons dan weten.

Met vriendelijke groet,
Mirjam
Huishoudwinkel Het Stofnest
""", [], "Clean reply with a phone number marked as the manufacturer's warranty line.")

M(16, "reply", "html", f"Re: Bedrijfsgegevens voor uw administratie ({o(16)})", f"""
<p>Geachte mevrouw Kramer,</p>
<p>Hieronder vindt u onze volledige bedrijfsgegevens voor uw administratie bij bestelling {o(16)}.</p>
<p>Met vriendelijke groet,<br>Thijs Mulder<br>Accountmanager</p>
<p><small>Mulder Verpakkingen B.V. · Havenstraat 88 · 1506 PS Zaandam<br>KvK 70123456 · btw-id NL859012345B01 · IBAN NL91 ABNA 0417 1643 00</small></p>
""", [], "Clean reply with a company-details footer in small print.")

M(17, "reply", "text", f"Re: Waar blijft mijn retourgeld? {o(17)}", f"""
Hoi Daan,

Je retour voor bestelling {o(17)} is op 2 december om 14:32 uur bij ons binnengekomen (retournummer RT-550217, PostNL-zending 3SXYZ123456789).

We hebben op 3 december € 49,99 teruggestort via Amazon. Afhankelijk van je bank kan het 3 tot 5 werkdagen duren voordat je het ziet.

Groetjes,
Yara van Sneakerkluis
""", [], "Clean reply with tracking and return numbers, dates, times and amounts.")

M(18, "delivery-delay", "text", f"Uw pakket is onderweg - {o(18)}", f"""
Beste klant,

Goed nieuws: uw bestelling {o(18)} heeft vanochtend ons magazijn in Venlo verlaten en is meegegeven aan DHL. U kunt het pakket morgen verwachten.

Met vriendelijke groet,
Team Lampenhuis Limburg
""", ["BSM201"], "Shipping confirmation phrased as the parcel having left the warehouse.")

M(19, "fulfillment-question", "html", f"Bestelling {o(19)} goed ontvangen", f"""
<p>Hallo Emma,</p>
<p>Leuk dat je voor ons hebt gekozen! Je bestelling {o(19)} is bij ons binnen en we zijn al bezig met inpakken. Je hoort snel van ons.</p>
<p>Liefs,<br>Studio Klei &amp; Kleur</p>
""", ["BSM201"], "Order confirmation: order received and being packed.")

M(20, "fulfillment-question", "text", f"Bedankt! ({o(20)})", f"""
Beste meneer Bos,

Hartelijk dank voor uw bestelling {o(20)} bij Tapijtwinkel Oudshoorn. Wij waarderen uw vertrouwen enorm.

Met vriendelijke groet,
Gerda Oudshoorn
""", ["BSM202"], "Thanks-only message.")

M(21, "fulfillment-question", "text", f"Uw bestelling {o(21)}", f"""
Hallo,

Mocht er iets niet in orde zijn met uw bestelling {o(21)}, dan staan we voor u klaar. Aarzel niet om ons via Amazon een bericht te sturen.

Groet,
Klantenservice PetPlaza
""", ["BSM202"], "Only says the seller is there if something comes up.")

M(22, "delivery-delay", "text", f"Kleine vertraging bij {o(22)}", f"""
Beste mevrouw Peeters,

Uw puzzel van 1000 stukjes (bestelling {o(22)}) wordt twee dagen later verzonden dan aangegeven, op vrijdag 11 december. Excuses daarvoor.

Met vriendelijke groet,
Puzzelparadijs

PS: Deze maand krijgt u 20% korting op ons hele assortiment met de code PUZZEL20!
""", ["BSM203"], "Permitted delay message with a promotional P.S.")

M(23, "review-request", "html", f"Hoe bevalt uw yogamat? ({o(23)})", f"""
<p>Namaste Lisa,</p>
<p>Je hebt bij bestelling {o(23)} onze kurken yogamat ontvangen. We horen graag wat je ervan vindt in een recensie op Amazon.</p>
<p>Volg ons ook op Instagram en schrijf je in voor onze nieuwsbrief, dan ben je als eerste op de hoogte van onze nieuwe voorjaarscollectie.</p>
<p>Warme groet,<br>Team Zenmat</p>
""", ["BSM203"], "Follow us / newsletter / new collection invitation.")

M(24, "review-request", "text", f"Uw mening over {o(24)}", f"""
Beste meneer Claes,

We hopen dat de tuinslanghaspel (bestelling {o(24)}) goed bevalt. Wilt u een recensie op Amazon achterlaten? Als dank sturen we u een kleine attentie zodra uw recensie online staat.

Met vriendelijke groet,
Groenrijk Webshop
""", ["BSM204"], "Small token of appreciation promised once the review is published.")

M(25, "review-request", "text", f"Recensie en terugbetaling - {o(25)}", f"""
Hoi Kim,

Fijn dat je de telefoonhoes hebt ontvangen (bestelling {o(25)}). Laat je een recensie achter? Stuur ons een screenshot zodra je recensie online is, dan betalen we het volledige aankoopbedrag aan je terug.

Groetjes,
CaseCorner
""", ["BSM204"], "Full refund offered once the review is online.")

M(26, "reply", "text", f"Re: Uw beoordeling bij bestelling {o(26)}", f"""
Beste mevrouw Dekker,

We hebben het probleem met de vertraagde levering van bestelling {o(26)} inmiddels opgelost en de vervangende lamp is aangekomen. Zou u zo vriendelijk willen zijn uw recensie van één ster aan te passen of te verwijderen nu alles in orde is?

Met vriendelijke groet,
Verlichting Van Vliet
""", ["BSM205"], "Asks to update or remove a one-star review.")

M(27, "review-request", "text", f"Tevreden over {o(27)}?", f"""
Beste klant,

Bent u tevreden over het opbergsysteem uit bestelling {o(27)}? Laat dan een recensie achter op Amazon! Bent u niet tevreden, neem dan eerst contact met ons op in plaats van een recensie te schrijven, dan lossen we het samen op.

Met hartelijke groet,
Opberg Expert
""", ["BSM206"], "Review only if satisfied; unhappy buyers steered to contact the seller.")

M(28, "review-request", "html", f"Een klein verzoek ({o(28)})", f"""
<p>Beste Joris,</p>
<p>Bedankt voor het kopen van onze handgemaakte leren riem (bestelling {o(28)}). Als kleine werkplaats draaien we op recensies. Zou je ons vijf sterren willen geven op Amazon? Dat helpt ons enorm.</p>
<p>Groet,<br>Leerwerk Haarlem</p>
""", ["BSM206"], "Asks for a five-star rating.")

M(29, "order-problem", "text", f"Probleem met uw bestelling {o(29)}", f"""
Beste meneer Willems,

Het spijt ons, maar de barkruk in de kleur cognac uit bestelling {o(29)} is uitverkocht en komt niet meer binnen. We hebben het bestelbedrag al aangepast en € 89,00 teruggeboekt.

Het snelst wordt alles afgerond als u de bestelling zelf even annuleert via uw Amazon-account.

Met vriendelijke groet,
Interieurshop Loft27
""", ["BSM108"], "Adjustment confirmed but advises the buyer to cancel themselves.")

M(30, "order-problem", "text", f"Voorraadprobleem {o(30)}", f"""
Beste mevrouw Koster,

Door een fout in onze voorraadadministratie hebben we de babyfoon uit uw bestelling {o(30)} helaas niet meer op voorraad. We zouden het erg waarderen als u een annuleringsverzoek indient via Amazon.

Onze excuses,
Kindje & Co
""", ["BSM107", "BSM108"], "Asks for a cancellation request and does not confirm any adjustment.")

M(31, "delivery-delay", "text", f"Vertraging bestelling {o(31)}", f"""
Beste klant,

Door de drukte rond Sinterklaas wordt uw bestelling {o(31)} pas op 12 december verzonden in plaats van 9 december. Onze excuses.

Met vriendelijke groet,
Speelgoedwinkel De Draaitol

Wilt u geen berichten meer van ons ontvangen? Antwoord dan met STOP.
""", ["BSM305"], "Opt-out instruction: reply STOP.")

M(32, "reply", "text", f"Re: Klacht over bestelling {o(32)}", f"""
Meneer Jacobs,

Uw klacht over bestelling {o(32)} hebben we gelezen. Dat de kutbezorger het pakket in de regen heeft laten staan, is niet onze schuld. We sturen u een nieuwe hoes, verder kunnen we er niets aan doen.

Groet,
Outdoorgear NL
""", ["BSM306"], "Dutch profanity in a reply.")

M(33, "delivery-delay", "text", f"Delay on order {o(33)}", f"""
Dear customer,

Unfortunately your order {o(33)} will ship a few days later than expected. Our supplier has not yet delivered the ceramic planters. We now expect to dispatch them on 15 December.

We apologise for the inconvenience.

Kind regards,
Potterij Groen
""", ["BSM104"], "Dutch buyer (nl-NL) receives a message entirely in English.")

M(34, "reply", "text", f"Re: Montage kast {o(34)}", f"""
Beste meneer Van Leeuwen,

Lastig dat de montage van de kledingkast uit bestelling {o(34)} niet lukt. Bel ons gerust, dan lopen we het samen stap voor stap door: 06-41237788 (ma-vr tot 18:00 uur).

Met vriendelijke groet,
Erik, Meubelmakerij Het Vlak
""", ["BSM309"], "Shop's own Dutch mobile number.")

M(35, "additional-information", "text", f"Adres controleren - {o(35)}", f"""
Beste mevrouw Vermeulen,

Het huisnummer bij uw bestelling {o(35)} lijkt te ontbreken. Kunt u dat aanvullen? U kunt ons ook bereiken op +31 (0)20 794 6210.

Met vriendelijke groet,
Drukkerij Papiervogel
""", ["BSM309"], "Shop phone number in international format.")

M(36, "reply", "text", f"Re: Handleiding gezocht ({o(36)})", f"""
Hallo Tom,

De Nederlandstalige handleiding van het weerstation bij bestelling {o(36)} sturen we je graag toe. Mail even naar service@weerhuisje.nl, dan krijg je hem vandaag nog.

Groet,
Weerhuisje
""", ["BSM308"], "Plain e-mail address in the body.")

M(37, "reply", "text", f"Re: Vraag over garantie {o(37)}", f"""
Beste mevrouw Van Dijk,

Voor vragen over de garantie van de koptelefoon uit bestelling {o(37)} kunt u ons ook rechtstreeks schrijven: support apenstaartje geluidsgoed punt nl.

Met vriendelijke groet,
GeluidsGoed
""", ["BSM308"], "Obfuscated e-mail address with apenstaartje/punt.")

M(38, "reply", "html", f"Re: Onderhoud houten snijplank ({o(38)})", f"""
<p>Hoi Eva,</p>
<p>Leuk dat je de snijplank uit bestelling {o(38)} goed wilt onderhouden. Op onze website hebben we een uitgebreide uitleg staan: <a href="https://www.plankenmaker.nl/onderhoud-snijplank">onderhoudstips voor houten snijplanken</a>.</p>
<p>Groet,<br>De Plankenmaker</p>
""", ["BSM302"], "https link to the seller's own site, not needed for the order.")

M(39, "review-request", "html", f"Uw recensie over bestelling {o(39)}", f"""
<p>Beste klant,</p>
<p>Wij horen graag hoe u de vogelvoederhuisjes uit bestelling {o(39)} bevallen. U kunt een recensie schrijven via <a href="http://www.amazon.nl/gp/css/order-history">uw bestellingen op Amazon.nl</a>.</p>
<p>Met vriendelijke groet,<br>Vogelvriend Winkel</p>
""", ["BSM301"], "http link to Amazon.")

M(40, "reply", "html", f"Re: Welke kleur is het precies? ({o(40)})", f"""
<p>Beste mevrouw Lambrechts,</p>
<p>Hieronder een foto van de plaid uit uw bestelling {o(40)}, zodat u de kleur kunt vergelijken:</p>
<p><img src="https://cdn.wolwinkel.nl/img/plaid-mosgroen-130x170.jpg" alt="Wollen plaid mosgroen 130 x 170 cm" width="300"></p>
<p>Met vriendelijke groet,<br>De Wolwinkel</p>
""", ["BSM310"], "Image of the purchased product.")

M(41, "delivery-delay", "html", f"Later geleverd: {o(41)}", f"""
<p>Beste klant,</p>
<p>Uw kerstverlichting (bestelling {o(41)}) wordt door een leveringsprobleem pas op 14 december verzonden.</p>
<p><img src="https://cdn.lichtjesland.nl/stock/besneeuwd-bos-zonsondergang.jpg" alt="Besneeuwd bos bij zonsondergang" width="300"></p>
<p>Fijne feestdagen,<br>Lichtjesland</p>
""", ["BSM311"], "Stock image unrelated to the shop.")

M(42, "review-request", "html", f"Wat vindt u van uw aankoop? {o(42)}", f"""
<p><img src="https://static.kaarsenmakerij-lemmer.nl/logo-kaarsenmakerij-lemmer.png" width="150"></p>
<p>Beste klant,</p>
<p>U ontving onlangs onze sojakaarsen (bestelling {o(42)}). Wij stellen een eerlijke recensie op Amazon zeer op prijs.</p>
<p>Met vriendelijke groet,<br>Kaarsenmakerij Lemmer</p>
""", ["BSM402"], "Shop logo image without alt attribute.")

M(43, "delivery-delay", "text", f"Even geduld nog! {o(43)}", f"""
Hoi Mila,

Je knuffelkonijn (bestelling {o(43)}) wordt met de hand gehaakt en is net iets later klaar dan gepland 🐰 We verwachten het op 10 december te verzenden.

Liefs,
Haakstudio Bolletje
""", ["BSM403"], "Emoji in a delay message.")

M(44, "reply", "text", f"Re: Vraag over maat {o(44)}", f"""
Hoi Sem,

De hoodie uit bestelling {o(44)} valt normaal op maat, dus M is prima als je die normaal ook draagt ;-)

Groetjes,
Streetwear Utrecht
""", ["BSM403"], "Text emoticon ;-) in a reply.")

M(45, "delivery-delay", "html", f"Vertraging {o(45)}", f"""
<style>
.kop {{ font-size: 22px; }}
.tekst {{ font-size: 15px; }}
.klein {{ font-size: 12px; }}
.mini {{ font-size: 10px; }}
</style>
<p class="kop">Uw bestelling is vertraagd</p>
<p class="tekst">Uw bestelling {o(45)} (tuinset Lissabon) wordt op 18 december verzonden in plaats van 11 december.</p>
<p class="klein">Onze excuses voor het ongemak.</p>
<p class="mini">Tuinmeubelen Veenendaal</p>
""", ["BSM410"], "Style block with four explicit font sizes.")

M(46, "additional-information", "text", f"Graveertekst voor bestelling {o(46)}", f"""
Beste meneer Sahin,

Voor de gravure op de pen uit bestelling {o(46)} hebben we nog de gewenste tekst nodig (max. 20 tekens).


Met vriendelijke groet,
Schrijfwaren Pennenlikker
""", ["BSM412"], "Two blank lines in a row in plain text.")

M(47, "invoice", "text", f"[Belangrijk] Factuur {o(47)}", f"""
Geachte heer/mevrouw,

In de bijlage vindt u de factuur (nr. 2026-1187) bij bestelling {o(47)}.

Met vriendelijke groet,
Boekhouding Ploeg Gereedschap B.V.
""", ["BSM110"], "[Belangrijk] tag on an invoice, which is not critical.")

M(48, "review-request", "html", f"Recensie voor {o(48)}", f"""
<p>Beste klant,</p>
<p>We zouden het fijn vinden als u uw ervaring met de theepot uit bestelling {o(48)} deelt. <a href="https://www.amazon.nl/review/create-review?asin=B0DPOT4455">Klik hier</a>.</p>
<p>Groet,<br>Keramiek Atelier Vos</p>
""", ["BSM401"], "Non-descriptive link text 'Klik hier'.")

M(49, "delivery-delay", "html", f"Update over uw levering {o(49)}", f"""
<div style="font-family: Georgia, serif; line-height: 1.8; color: #3b3b3b;">
<p style="text-align: center;">Beste mevrouw Groen,</p>
<p>Uw handgeweven vloerkleed (bestelling {o(49)}) wordt op 19 december verzonden in plaats van 12 december; de weefster heeft meer tijd nodig voor de rand.</p>
<p>Met vriendelijke groet,<br>Kleedjes &amp; Co</p>
</div>
""", ["BSM407", "BSM408", "BSM409", "BSM411"], "Builder styles: font family, line height, colour and centred text.")

M(50, "additional-information", "text", "Vraag over uw bestelling", f"""
Beste meneer Pauwels,

Voor uw bestelling {o(50).replace('-', '')} hebben we nog de gewenste kleur van het fotolijstje nodig: zwart, wit of eiken. Wilt u dat laten weten?

Met vriendelijke groet,
Lijstenmakerij Pauwels
""", ["BSM102"], "Order number written without hyphens, so no valid order id.")
