"""v16 blind evaluation set, Dutch (nl-NL)."""

LANG, LOC, PFX = "nl", "nl-NL", "470"


def O(i):
    a = (3141592 + i * 104729) % 9000000 + 1000000
    b = (2718281 + i * 7654337) % 9000000 + 1000000
    return f"{PFX}-{a:07d}-{b:07d}"


MESSAGES = []


def m(i, typ, fmt, subject, body, expected, note):
    MESSAGES.append({"id": f"v16-{LANG}-{i:03d}", "language": LANG, "locale": LOC, "type": typ,
                     "format": fmt, "subject": subject, "body": body, "order_id": O(i),
                     "expected": sorted(expected), "note": note})


LOGO = '<img src="https://cdn.houtwerkplaats-dehaan.nl/logo-houtwerkplaats-de-haan.png" alt="Logo Houtwerkplaats De Haan" width="160">'

m(1, "delivery-delay", "text", f"Je bestelling {O(1)} komt later",
  f"Hoi Sanne,\n\nBaal ervan, maar de eikenhouten snijplank uit bestelling {O(1)} is nog niet klaar: de olie moet langer drogen dan gepland. We verwachten hem op donderdag 10 december te versturen, levering dan vrijdag of zaterdag.\n\nGroet,\nJoost\nHoutwerkplaats De Haan", [], "Clean delivery delay in plain text from a small workshop.")
m(2, "delivery-delay", "html", "Vertraging bestelling " + O(2),
  f"<p>Beste heer Verhoeven,</p><p>Door een stakingsdag bij onze leverancier worden de <b>Lumo wandlampen (2 stuks)</b> uit uw bestelling {O(2)} pas op <b>14-12-2026</b> verzonden in plaats van 8 december.</p><p>Onze excuses voor het ongemak.</p><p>Met vriendelijke groet,<br>Ilse Brouwer<br>Klantenservice, Lichtlab Utrecht</p>",
  [], "Clean HTML delivery delay with bold only.")
m(3, "order-problem", "text", f"[Belangrijk] Artikel niet leverbaar – {O(3)}",
  f"Geachte mevrouw El Idrissi,\n\nHelaas kunnen wij de keramische theepot 'Kyoto' (1,2 l) uit bestelling {O(3)} niet leveren: het laatste exemplaar bleek bij controle beschadigd. Wij hebben het bestelbedrag daarom aangepast; de € 34,50 wordt binnen enkele werkdagen teruggestort via Amazon. De overige artikelen worden gewoon verzonden.\n\nMet vriendelijke groet,\nTheehuis Vermeer\nAfdeling orders", [], "Clean order problem confirming the amount was adjusted, with [Belangrijk] in the subject.")
m(4, "additional-information", "text", f"Vraag over je gravure ({O(4)})",
  f"Hallo Mark,\n\nVoor het graveren van de leren sleutelhanger (bestelling {O(4)}) missen we nog de tekst. Je had bij de bestelling niets ingevuld in het tekstveld. Welke initialen of naam wil je erop, maximaal 12 tekens?\n\nAls we het voor vrijdag horen, gaat hij nog deze week de deur uit.\n\nGroetjes,\nFenna – Leerwerk Fenna", [], "Clean request for missing engraving text.")
m(5, "return-follow-up", "text", f"Retour {O(5)}: voorstel",
  f"Beste Ruud,\n\nJe hebt een retour aangemeld voor de wandelschoenen (maat 44) uit bestelling {O(5)}, omdat de veter bij het oogje is ingescheurd. In plaats van terugsturen kunnen we je een gedeeltelijke terugbetaling van € 15,00 aanbieden; nieuwe veters kosten een paar euro. Liever toch retourneren? Dan kan dat natuurlijk ook gewoon.\n\nLaat maar weten wat je voorkeur heeft.\n\nMet vriendelijke groet,\nBram Jonker\nOutdoorzaak Het Pad", [], "Clean return follow-up offering a partial refund.")
m(6, "return-follow-up", "html", "Uw retourzending " + O(6),
  f"<p>Goedemiddag mevrouw Bakker,</p><p>Wij hebben uw retouraanvraag voor bestelling {O(6)} ontvangen. Om de retour af te ronden hebben wij nog één gegeven nodig: gaat het om de <i>grijze</i> of de <i>antraciet</i> plaid? U had er beide besteld.</p><p>Alvast bedankt voor uw reactie.</p><p>Vriendelijke groeten,<br>Team Wolmolen Twente</p>", [], "Clean return follow-up asking which item is returned.")
m(7, "invoice", "html", "Factuur bij bestelling " + O(7),
  f"<p>Geachte heer Smits,</p><p>In de bijlage vindt u de factuur <b>2026/NL/00812</b> voor bestelling {O(7)}, met de btw apart vermeld zoals gevraagd voor uw administratie.</p><p>Met vriendelijke groet,<br>Administratie</p><p><small>Kantoorstoelen Direct B.V. · Industrieweg 14 · 3542 AD Utrecht · KvK 61234578 · BTW-nummer NL854321096B01</small></p>", [], "Clean invoice with KvK, BTW-nummer and a slashed invoice number.")
m(8, "review-request", "text", f"Hoe bevalt de vogelvoederplank? ({O(8)})",
  f"Dag Peter,\n\nDe vogelvoederplank uit bestelling {O(8)} hangt inmiddels hopelijk in de tuin. Zou je op Amazon een recensie willen schrijven over het product? Andere kopers hebben veel aan eerlijke ervaringen, positief of negatief.\n\nHartelijke groet,\nWim\nTuinhout Wim", [], "Clean neutral review request in plain text.")
m(9, "review-request", "html", "Uw mening over bestelling " + O(9),
  f"{LOGO}<p>Beste klant,</p><p>Een paar weken geleden ontving u de notenhouten boekensteunen (bestelling {O(9)}). We horen graag hoe ze bevallen. U kunt uw ervaring delen via <a href=\"https://www.amazon.nl/review/create-review?asin=B0C7K2LQ9D\">de recensiepagina op Amazon</a>.</p><p>Met vriendelijke groet,<br>Houtwerkplaats De Haan</p>", [], "Clean HTML review request with shop logo, alt text and a descriptive Amazon link.")
m(10, "delivery-scheduling", "text", f"Bezorgafspraak boxspring – {O(10)}",
  f"Goedendag mevrouw Pranoto,\n\nUw boxspring (bestelling {O(10)}) wordt door onze eigen bezorgers geleverd, met twee man tot in de slaapkamer. Wij hebben de volgende tijdvakken beschikbaar:\n\n- dinsdag 15 december, 08:00–12:00 uur\n- woensdag 16 december, 13:00–17:00 uur\n- zaterdag 19 december, 09:00–13:00 uur\n\nWelk tijdvak past u het best?\n\nMet vriendelijke groet,\nPlanning Slaapgoed Zwolle", [], "Clean delivery scheduling for a bulky item with time slots.")
m(11, "home-service-appointment", "html", "Afspraak montage wasmachine " + O(11),
  f"<p>Beste heer Dijkstra,</p><p>Voor de aansluiting van uw wasmachine (bestelling {O(11)}) kan onze monteur langskomen op:</p><ul><li>maandag 14-12, tussen 10.00 en 12.00 uur</li><li>donderdag 17-12, tussen 14.00 en 16.00 uur</li></ul><p>Wilt u laten weten welk moment u schikt? Zorg dat de kraan en afvoer bereikbaar zijn.</p><p>Groet,<br>Ahmet Yilmaz<br>Installatieservice Witgoed Oost</p>", [], "Clean home-service appointment with two time slots.")
m(12, "custom-design-verification", "text", f"Proefontwerp geboortebord {O(12)}",
  f"Hoi Lotte en Daan,\n\nIn de bijlage zit het proefontwerp van jullie geboortebord (bestelling {O(12)}): 'Welkom Mees, 28-11-2026, 3240 gram'. Kloppen naam, datum en gewicht? Zodra jullie akkoord geven, gaan we frezen.\n\nBijlage: proef_geboortebord_mees.pdf\n\nLiefs,\nMarieke\nStudio Klein Geluk", [], "Clean custom design proof with attachment.")
m(13, "fulfillment-question", "text", f"Toegang bezorging {O(13)}",
  f"Beste heer Kramer,\n\nU woont volgens het adres in een appartementencomplex (Kade 112-3). De vervoerder kan de voordeur niet openen zonder code. Kunt u ons de toegangscode van de hoofdingang doorgeven, of aangeven dat het pakket bij de balie mag? Ons referentienummer voor deze levering is LV-2026-4471 (klantnummer K-10582).\n\nMet vriendelijke groet,\nKoffiebranderij Noord\nOrderafhandeling", [], "Clean door-code question with reference numbers.")
m(14, "reply", "text", f"Re: Vraag over 'The Joy of Sourdough' – {O(14)}",
  f"Hallo Yvonne,\n\nGoede vraag! Het boek 'The Joy of Sourdough' uit je bestelling {O(14)} is inderdaad de Engelstalige editie; een Nederlandse vertaling is er (nog) niet. De recepten gebruiken wel grammen, dus omrekenen is niet nodig.\n\nGroet,\nKoen\nBoekhandel De Zuurdesem", [], "Clean reply quoting an English book title.")
m(15, "reply", "text", f"Re: Garantie koffiemachine {O(15)}",
  f"Beste mevrouw Hoekstra,\n\nVervelend dat de stoompijp van uw Brava 300 (bestelling {O(15)}) niet meer werkt. Het apparaat valt nog onder de fabrieksgarantie van twee jaar. De garantielijn van de fabrikant, Brava Benelux, is bereikbaar op 030 - 799 42 10 (fabrikant, garantieafdeling, ma–vr 9–17 uur). Zij regelen reparatie of vervanging rechtstreeks.\n\nMet vriendelijke groet,\nKoffieplaats Amersfoort", [], "Clean reply giving the manufacturer's warranty line, marked as such.")
m(16, "reply", "html", "Re: Bedrijfsgegevens bestelling " + O(16),
  f"<p>Beste heer Van Leeuwen,</p><p>Natuurlijk, hieronder onze bedrijfsgegevens voor uw inkoopadministratie bij bestelling {O(16)}. De factuur met deze gegevens ontvangt u via Amazon.</p><p>Met vriendelijke groet,<br>Judith Mulder<br>Office manager</p><p><small>Drukkerij Mulder &amp; Zn. V.O.F.<br>Havenstraat 8, 1771 BR Wieringerwerf<br>KvK 37012345 | BTW NL001234567B88</small></p>", [], "Clean reply with a company-details footer.")
m(17, "reply", "text", f"Re: Terugbetaling retour {O(17)}",
  f"Hoi Thijs,\n\nJe retourpakket (retournummer R-88214, PostNL-zending 3SPNL0912345) is op vrijdag 4 december om 11:20 bij ons binnengekomen. De terugbetaling van € 59,95 voor de hardloopjas uit bestelling {O(17)} hebben we op maandag 7 december verwerkt; afhankelijk van je bank zie je het binnen 3 tot 5 werkdagen terug.\n\nSportief groet,\nLinda – RunShop Groningen", [], "Clean reply with return numbers, dates, times and amounts.")
# violations
m(18, "fulfillment-question", "text", f"Update bestelling {O(18)}",
  f"Beste Emma,\n\nGoed nieuws: je pakket met de linnen dekbedovertrek (bestelling {O(18)}) heeft vanochtend ons magazijn verlaten en is aan DHL meegegeven. Morgen zou het er moeten zijn.\n\nGroet,\nBeddengoed Bergen", ["BSM201"], "Shipping confirmation: parcel left the warehouse.")
m(19, "additional-information", "html", "Bestelling " + O(19),
  f"<p>Hallo meneer De Vries,</p><p>We hebben uw bestelling {O(19)} goed ontvangen en zijn er nu mee bezig: de kaarsen worden vandaag ingepakt.</p><p>Hartelijke groet,<br>Kaarsenmakerij Het Lontje</p>", ["BSM201"], "Order confirmation: received and being packed.")
m(20, "reply", "text", f"Bedankt! ({O(20)})",
  f"Beste Anouk,\n\nHeel erg bedankt voor je bestelling {O(20)} bij Zeepziederij Lavendel. We waarderen het enorm dat je voor een kleine maker kiest!\n\nWarme groet,\nEls", ["BSM202"], "Thanks only.")
m(21, "fulfillment-question", "text", f"Bestelling {O(21)}",
  f"Goedendag,\n\nMocht er iets zijn met uw bestelling {O(21)}, dan staan wij voor u klaar. Stuur ons gerust een bericht via Amazon.\n\nMet vriendelijke groet,\nFietsonderdelen Van Dam", ["BSM202"], "Only an offer to help if something comes up.")
m(22, "delivery-delay", "text", f"Kleine vertraging {O(22)}",
  f"Hoi Jeroen,\n\nDe fietstassen uit bestelling {O(22)} worden een dag later verstuurd, op woensdag 9 december, omdat de naaister ziek was.\n\nGroet,\nTassenatelier Ooievaar\n\nPS: deze maand krijg je 20% korting op ons hele assortiment!", ["BSM203"], "Delay with a P.S. offering 20% off the whole range.")
m(23, "reply", "html", "Re: Maattabel " + O(23),
  f"<p>Beste Noor,</p><p>De trui uit bestelling {O(23)} valt normaal; maat M past bij een borstomvang van 96–100 cm.</p><p>Volg ons ook op Instagram en schrijf je in voor onze nieuwsbrief, dan zie je als eerste de nieuwe wintercollectie!</p><p>Groetjes,<br>Breistudio Noorderlicht</p>", ["BSM203"], "Reply with follow-us, newsletter and new collection.")
m(24, "review-request", "text", f"Even tijd voor een recensie? {O(24)}",
  f"Beste Gerda,\n\nWe hopen dat de rieten manden uit bestelling {O(24)} goed bevallen. Zodra uw recensie op Amazon staat, sturen wij u als dank een kleine attentie per post.\n\nHartelijke groet,\nMandenvlechterij Giethoorn", ["BSM204"], "Small token of appreciation once the review is published.")
m(25, "review-request", "text", f"Uw ervaring met {O(25)}",
  f"Geachte heer Bos,\n\nWij zouden het zeer op prijs stellen als u een beoordeling plaatst over de tuinslang uit bestelling {O(25)}. Zodra uw recensie online staat, betalen wij het volledige aankoopbedrag aan u terug.\n\nMet vriendelijke groet,\nTuincentrum Online Veenendaal", ["BSM204"], "Full refund once the review is online.")
m(26, "reply", "text", f"Re: Uw recensie ({O(26)})",
  f"Beste mevrouw Jansen,\n\nHet spijt ons dat de lamp uit bestelling {O(26)} beschadigd aankwam; de vervanging is onderweg. Zou u uw recensie van één ster willen aanpassen of verwijderen nu het probleem is opgelost?\n\nMet vriendelijke groet,\nLampenhuis Delft", ["BSM205"], "Asks to update or remove a one-star review.")
m(27, "review-request", "text", f"Tevreden over bestelling {O(27)}?",
  f"Hoi Rick,\n\nBen je blij met de hangmat uit bestelling {O(27)}? Laat dan een recensie achter op Amazon. Niet helemaal tevreden? Neem dan eerst contact met ons op in plaats van een review te schrijven, dan lossen we het samen op.\n\nGroet,\nHangmatwinkel Siësta", ["BSM206"], "Review only if satisfied, otherwise contact the seller.")
m(28, "review-request", "html", "Recensie bestelling " + O(28),
  f"<p>Beste klant,</p><p>Bedankt voor bestelling {O(28)}. Wilt u ons helpen met een beoordeling van vijf sterren op Amazon? Voor een kleine webwinkel als de onze maakt dat echt verschil.</p><p>Met vriendelijke groet,<br>Puzzelpaleis Haarlem</p>", ["BSM206"], "Asks for a five-star rating.")
m(29, "order-problem", "text", f"[Belangrijk] Probleem met bestelling {O(29)}",
  f"Beste heer Peeters,\n\nVan de twee kussenhoezen in bestelling {O(29)} is er één niet meer op voorraad. Het bestelbedrag hebben we al met € 12,95 verlaagd. Ook de tweede hoes komt pas over zes weken binnen; het snelst is dan ook dat u de bestelling zelf annuleert via Mijn bestellingen.\n\nMet vriendelijke groet,\nWoonwinkel Het Nest", ["BSM108"], "Amount adjusted but advises buyer to cancel himself.")
m(30, "order-problem", "text", f"Voorraadprobleem {O(30)}",
  f"Beste mevrouw Kok,\n\nDoor een telfout in ons magazijn is de bureaulamp uit bestelling {O(30)} helaas uitverkocht. Wij zouden het waarderen als u een annuleringsverzoek indient, dan is het zo geregeld.\n\nExcuses voor het ongemak,\nKantoorshop Leiden", ["BSM107", "BSM108"], "Asks for a cancellation request without confirming an adjustment.")
m(31, "delivery-delay", "text", f"Nieuwe verzenddatum {O(31)}",
  f"Beste klant,\n\nDe verzending van bestelling {O(31)} schuift op naar maandag 14 december.\n\nWilt u geen berichten meer van ons ontvangen? Antwoord dan met STOP.\n\nMet vriendelijke groet,\nDierenspeciaalzaak Pootjes", ["BSM305"], "Opt-out instruction: reply STOP.")
m(32, "reply", "text", f"Re: Klacht {O(32)}",
  f"Beste Dennis,\n\nDie kutvervoerder heeft jouw pakket (bestelling {O(32)}) godverdomme weer op de verkeerde plek neergezet. We sturen het nu opnieuw.\n\nGroet,\nGameshop Nijmegen", ["BSM306"], "Profanity in Dutch.")
m(33, "delivery-delay", "text", f"Verzögerung Bestellung {O(33)}",
  f"Sehr geehrte Frau Visser,\n\nleider verzögert sich der Versand Ihrer Bestellung {O(33)} um etwa eine Woche, da unser Lieferant im Rückstand ist. Wir rechnen mit Versand am 15. Dezember.\n\nMit freundlichen Grüßen\nSpielwaren Oranje", ["BSM104"], "German message to a Dutch buyer.")
m(34, "delivery-scheduling", "text", f"Bezorging kast {O(34)}",
  f"Hoi Sara,\n\nDe kledingkast uit bestelling {O(34)} bezorgen we graag op een moment dat jij thuis bent. Bel of app even naar 06-41 22 87 90 om een dag af te spreken.\n\nGroet,\nMeubelmakerij Vonk", ["BSM309"], "Dutch mobile number, not a warranty line.")
m(35, "reply", "html", "Re: Defect bij levering " + O(35),
  f"<p>Geachte heer Hendriks,</p><p>Vervelend dat de ventilator uit bestelling {O(35)} rammelt. Onze servicedesk helpt u graag verder op +31 (0)72 531 44 08, werkdagen van 9 tot 17 uur.</p><p>Met vriendelijke groet,<br>Klimaatwinkel Alkmaar</p>", ["BSM309"], "International format seller phone number.")
m(36, "additional-information", "text", f"Gegevens nodig {O(36)}",
  f"Beste Wouter,\n\nVoor het maatwerk-tafelblad uit bestelling {O(36)} hebben we de exacte breedte van je nis nodig. Mail de maten en een foto naar maatwerk@tafelbladfabriek.nl.\n\nGroet,\nTafelbladfabriek Brabant", ["BSM308"], "Plain e-mail address.")
m(37, "reply", "text", f"Re: Vraag over bestelling {O(37)}",
  f"Hallo Iris,\n\nDe handleiding voor de naaimachine uit bestelling {O(37)} sturen we je graag digitaal. Stuur even een berichtje naar naaihoek apenstaartje ziggo punt nl, dan krijg je hem vandaag nog.\n\nGroetjes,\nDe Naaihoek", ["BSM308"], "Obfuscated e-mail address with 'apenstaartje' and 'punt'.")
m(38, "reply", "html", "Re: Onderhoud " + O(38),
  f"<p>Beste Hanneke,</p><p>Leuk dat je de teakhouten bank uit bestelling {O(38)} goed wilt onderhouden. Alle tips staan op <a href=\"https://www.teakvoorjou.nl/onderhoud-teak\">onze pagina over teakonderhoud</a>.</p><p>Groet,<br>Teak voor Jou</p>", ["BSM302"], "Https link to the seller's own site.")
m(39, "additional-information", "html", "Adres controleren " + O(39),
  f"<p>Beste heer Mertens,</p><p>Het huisnummer bij bestelling {O(39)} lijkt te ontbreken. Wilt u het adres controleren via <a href=\"http://www.amazon.nl/gp/css/order-history\">uw bestelgeschiedenis op Amazon</a> en ons het juiste huisnummer doorgeven?</p><p>Met vriendelijke groet,<br>Verlichting Vlaanderen-Noord</p>", ["BSM301"], "Plain http link to Amazon.")
m(40, "delivery-delay", "html", "Later verzonden: " + O(40),
  f"<p>Beste Karin,</p><p>De vaas uit bestelling {O(40)} wordt pas op 11 december verstuurd.</p><p><img src=\"https://img.glasblazerij-rood.nl/producten/vaas-amber-30cm.jpg\" alt=\"Vaas Amber 30 cm\" width=\"240\"></p><p>Groet,<br>Glasblazerij Rood</p>", ["BSM310"], "Image of the purchased product.")
m(41, "delivery-delay", "html", "Vertraging " + O(41),
  f"<p>Beste meneer Claes,</p><p>Door de feestdrukte gaat bestelling {O(41)} pas op 18 december de deur uit.</p><p><img src=\"https://cdn.stockfoto.example.com/kerstboom-sneeuw.jpg\" alt=\"Kerstboom in de sneeuw\" width=\"300\"></p><p>Fijne feestdagen,<br>Speelgoedkist Zeeland</p>", ["BSM311"], "Unrelated stock image of a Christmas tree.")
m(42, "review-request", "html", "Uw ervaring met bestelling " + O(42),
  f"<p><img src=\"https://cdn.pottenbakkerij-klei.nl/logo.png\" alt=\"\" width=\"140\"></p><p>Beste klant,</p><p>Wilt u op Amazon een recensie schrijven over de mokken uit bestelling {O(42)}? Alle eerlijke meningen zijn welkom.</p><p>Met vriendelijke groet,<br>Pottenbakkerij Klei &amp; Co</p>", ["BSM402"], "Shop logo with empty alt text.")
m(43, "delivery-delay", "text", f"Even geduld 🙏 {O(43)}",
  f"Hoi Femke,\n\nJe sieradendoosje (bestelling {O(43)}) wordt vrijdag 11 december verstuurd, twee dagen later dan gepland 📦\n\nGroetjes,\nAtelier Zilverdraad", ["BSM403"], "Emoji in subject and body.")
m(44, "additional-information", "text", f"Kleur kiezen {O(44)}",
  f"Hoi Bas,\n\nBij bestelling {O(44)} heb je geen kleur gekozen voor de fietsbel. Wordt het mintgroen, zwart of koper? :-)\n\nGroet,\nFietsbellen.nu", ["BSM403"], "Emoticon ':-)'.")
m(45, "delivery-delay", "html", "Vertraging bestelling " + O(45),
  f"<style>h1{{font-size:26px}} h2{{font-size:20px}} p{{font-size:15px}} .klein{{font-size:11px}}</style><h1>Vertraging</h1><h2>Bestelling {O(45)}</h2><p>Beste klant, uw schoenrek wordt op 16 december verzonden in plaats van 9 december.</p><p class=\"klein\">Schoenenkast Specialist, Deventer</p>", ["BSM410"], "Four font sizes in a style block.")
m(46, "return-follow-up", "text", f"Retour {O(46)}",
  f"Beste Marloes,\n\nOm je retour van bestelling {O(46)} af te ronden: is de verpakking van de blender nog ongeopend?\n\n\n\nMet vriendelijke groet,\nKeukenwereld Breda", ["BSM412"], "Three blank lines in a row in plain text.")
m(47, "invoice", "text", f"[Belangrijk] Factuur {O(47)}",
  f"Geachte heer Willems,\n\nBijgaand de factuur 2026/0931 voor bestelling {O(47)}.\n\nMet vriendelijke groet,\nAdministratie Gereedschapshop Venlo\nKvK 12098765 · BTW NL812345678B01", ["BSM110"], "[Belangrijk] on an invoice.")
m(48, "review-request", "html", "Recensie over bestelling " + O(48),
  f"<p>Hoi Tim,</p><p>Hoe bevalt het skateboard uit bestelling {O(48)}? Een recensie schrijven kan <a href=\"https://www.amazon.nl/review/create-review\">hier</a>.</p><p>Groet,<br>Skateschuur Rotterdam</p>", ["BSM401"], "Link text 'hier'.")
m(49, "delivery-delay", "html", "Verzending later: " + O(49),
  f"<div style=\"font-family:Verdana,sans-serif; line-height:1.8; color:#333366; text-align:center\"><p>Beste klant,</p><p>De schilderijlijst uit bestelling {O(49)} wordt op dinsdag 15 december verzonden.</p><p>Met vriendelijke groet,<br>Lijstenmakerij Kader</p></div>", ["BSM407", "BSM408", "BSM409", "BSM411"], "Builder styles: font family, line height, colour, centring.")
m(50, "delivery-scheduling", "text", "Bezorgafspraak eettafel",
  "Beste familie Koster,\n\nUw eikenhouten eettafel staat klaar. Omdat hij 2,40 meter lang is, bezorgen we met twee man. Schikt woensdag 16 december tussen 13:00 en 17:00 uur, of liever zaterdag 19 december tussen 9:00 en 13:00 uur?\n\nMet vriendelijke groet,\nPlanning Tafelhuis Apeldoorn", ["BSM102"], "No order number anywhere.")
