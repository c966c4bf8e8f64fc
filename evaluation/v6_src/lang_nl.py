"""v6 blind set, Dutch (nl-NL, a few nl-BE)."""

MESSAGES = []


def _o(n):
    return "402-%07d-%07d" % (3100457 + n * 7919, 5500213 + n * 104729 % 4000000)


def m(n, typ, fmt, subject, body, expected, note, locale="nl-NL", order=True):
    o = _o(n)
    MESSAGES.append({
        "id": "v6-nl-%03d" % n, "language": "nl", "locale": locale, "type": typ,
        "format": fmt, "subject": subject.replace("{o}", o), "body": body.replace("{o}", o),
        "order_id": o, "expected": sorted(expected), "note": note,
    })


# ---------------- clean ----------------
m(1, "delivery-delay", "text", "Levering bestelling {o} iets later",
  "Beste mevrouw De Graaf,\n\nDe wandlamp 'Lumo' uit je bestelling {o} komt later binnen bij onze leverancier dan gepland. "
  "We verwachten hem op donderdag 17 december 2026 te kunnen versturen, in plaats van maandag de 14e.\n\n"
  "Excuses voor het wachten. Als je vragen hebt, stuur gerust een bericht via Amazon.\n\nMet vriendelijke groet,\nRoel Hendriks\nLichtkamer Utrecht",
  [], "Plain-text delivery delay with a new ship date.")
m(2, "delivery-delay", "html", "Vertraging bij uw bestelling {o}",
  "<p>Geachte heer Bakker,</p><p>Door een storing bij onze drukkerij loopt de productie van uw fotokalender 2027 (bestelling {o}) "
  "ongeveer vier werkdagen vertraging op. De nieuwe verwachte verzenddatum is <strong>vrijdag 11 december 2026</strong>.</p>"
  "<p>Onze oprechte excuses voor het ongemak.</p><p>Hartelijke groet,<br>Team Drukwerk de Meerpaal</p>",
  [], "HTML delivery delay with strong text only.")
m(3, "order-problem", "text", "[Belangrijk] Artikel niet leverbaar - bestelling {o}",
  "Hoi Sanne,\n\nHelaas: de laatste twee dozen theezakjes 'Rooibos Vanille' uit bestelling {o} bleken bij het inpakken beschadigd, "
  "en nieuwe voorraad komt niet meer binnen. We kunnen dat artikel daarom niet verzenden.\n\n"
  "Het bestelbedrag is aangepast: de €8,90 voor dit artikel wordt niet in rekening gebracht (reden: NoInventory).\n\nGroetjes,\nMarieke van Theehuis Anijs",
  [], "Order problem with amount adjusted and the Dutch [Belangrijk] tag, allowed on this type.")
m(4, "additional-information", "text", "Vraag over graveertekst, bestelling {o}",
  "Goedemiddag,\n\nVoor de gegraveerde snijplank in bestelling {o} hebben we nog de tekst nodig die erop moet. "
  "Maximaal 24 tekens, hoofdletters of kleine letters maakt niet uit.\n\n"
  "Zodra we uw tekst hebben, gaat de plank binnen twee werkdagen de graveermachine in.\n\nVriendelijke groeten,\nJoost | Houtatelier Verhoeven",
  [], "Request for engraving text needed to complete the order.")
m(5, "return-follow-up", "text", "Retour {o}: voorstel gedeeltelijke terugbetaling",
  "Beste heer Jansen,\n\nU heeft aangegeven dat de koffiemolen uit bestelling {o} een kras op de zijkant heeft. Vervelend!\n\n"
  "Als u de molen wilt houden, kunnen we u een gedeeltelijke terugbetaling van €15,00 aanbieden. "
  "Wilt u hem toch liever terugsturen, dan kan dat natuurlijk ook via de normale retourprocedure.\n\n"
  "Laat u even weten wat uw voorkeur heeft?\n\nMet vriendelijke groet,\nEls Vermeulen\nKoffiebaas.nl",
  [], "Return follow-up offering a partial refund.")
m(6, "return-follow-up", "text", "Je retourzending van bestelling {o}",
  "Dag Pieter,\n\nWe zien je retouraanvraag voor de hardloopschoenen uit bestelling {o}. "
  "Om de retour af te ronden: wil je een maat ruilen of liever je geld terug? En zijn de schoenen al buiten gedragen?\n\n"
  "Dan regelen we de rest.\n\nSportieve groet,\nDaan\nLoopwerk Breda",
  [], "Return follow-up asking for information needed to complete the return.", locale="nl-BE")
m(7, "invoice", "text", "Factuur bij bestelling {o}",
  "Geachte klant,\n\nIn de bijlage vindt u factuur 2026/NL/04417 voor uw bestelling {o} (bureaustoel 'Ergo Plus', €249,00 incl. 21% btw).\n\n"
  "Met vriendelijke groet,\n\nAdministratie Kantoorhuis Noord B.V.\nZuiderdiep 114, 9711 HM Groningen\n"
  "KvK 71234568 | BTW-nummer NL862345671B01",
  [], "Invoice with invoice number using slashes and KvK/BTW/IBAN numbers, none a phone number.")
m(8, "review-request", "text", "Uw ervaring met bestelling {o}",
  "Beste mevrouw Smit,\n\nU heeft onlangs bij ons de linnen tafelkleden besteld (bestelling {o}). "
  "We zouden het waarderen als u een productrecensie op Amazon wilt achterlaten over uw ervaring, welke dat ook is.\n\n"
  "Vriendelijke groet,\nLinnenkast Haarlem",
  [], "Neutral plain-text review request.")
m(9, "review-request", "html", "Hoe bevalt de plantenbak? Bestelling {o}",
  "<p><img src=\"https://cdn.groenedaken.example/logo-groene-daken.png\" alt=\"Logo Groene Daken\" width=\"180\"></p>"
  "<p>Hallo Fatima,</p><p>Een paar weken geleden kwam je plantenbak van bestelling {o} aan. Wil je je ervaring met ons en andere kopers delen?</p>"
  "<p><a href=\"https://www.amazon.nl/review/review-your-purchases/\">Schrijf een recensie op Amazon.nl</a></p>"
  "<p>Groet,<br>Groene Daken</p>",
  [], "HTML review request with shop logo (alt names the shop) and descriptive https Amazon link.")
m(10, "delivery-scheduling", "text", "Bezorgafspraak kledingkast, bestelling {o}",
  "Goedendag meneer Peeters,\n\nUw kledingkast (bestelling {o}) is te groot voor de pakketdienst en wordt door onze eigen transporteur gebracht. "
  "We kunnen leveren op:\n\n- dinsdag 15 december 2026, 08.00-12.00 uur\n- woensdag 16 december 2026, 13.00-17.00 uur\n\n"
  "Welk tijdvak past u het best? De kast wordt tot achter de voordeur geplaatst.\n\nMet vriendelijke groet,\nMeubelhal Lier",
  [], "Delivery scheduling for a bulky item with Belgian dates and time slots.", locale="nl-BE")
m(11, "home-service-appointment", "text", "Afspraak montage vaatwasser - {o}",
  "Hallo mevrouw Koster,\n\nVoor de inbouw van uw vaatwasser (bestelling {o}) komt monteur Bas langs. "
  "Schikt maandag 21 december tussen 9.00 en 11.00 uur, of liever dinsdag 22 december tussen 14.00 en 16.00 uur?\n\n"
  "Zorgt u ervoor dat de kast onder het aanrecht leeg is?\n\nGroeten,\nInbouwService Zwolle",
  [], "Home-service appointment with two time slots.")
m(12, "custom-design-verification", "html", "Ontwerpproef naambordje - bestelling {o}",
  "<p>Beste Thomas,</p><p>In de bijlage vind je de ontwerpproef (ontwerp_v2.pdf) voor je naambordje uit bestelling {o}: "
  "huisnummer 27, tekst 'Fam. de Wit', lettertype zoals gekozen.</p><p>Klopt alles? Dan gaan we snijden. "
  "Wil je iets aanpassen, laat het ons weten.</p><p>Groet,<br>Letterwerk Deventer</p>",
  [], "Custom design proof attached, awaiting approval.")
m(13, "fulfillment-question", "text", "Toegangscode nodig voor bestelling {o}",
  "Beste bewoner,\n\nVoor de levering van uw bestelling {o} (onze referentie ZB-3SABCD1234567) hebben we de toegangscode van de centrale deur van "
  "complex Zeeburgerdijk 301-355 nodig.\n\nKunt u ons de code of een andere instructie laten weten? "
  "Referentie bij de vervoerder: ZD-2026-11873.\n\nMet vriendelijke groet,\nFietsonderdelen Oost",
  [], "Door-code question with tracking and reference numbers that are not phone numbers.")
m(14, "reply", "text", "Re: Vraag over 'Stainless Steel Insulated Bottle 750 ml' ({o})",
  "Hallo Lotte,\n\nGoeie vraag! De 'Stainless Steel Insulated Bottle 750 ml' uit bestelling {o} houdt dranken zo'n 12 uur warm en 24 uur koud. "
  "De dop mag niet in de vaatwasser, de fles zelf wel.\n\nGroetjes,\nNina van Buitenmens",
  [], "Reply quoting an English product title inside Dutch sentences.")
m(15, "reply", "text", "Re: Storing koffiemachine, bestelling {o}",
  "Geachte heer Mulder,\n\nJammer dat uw espressomachine (bestelling {o}) storing geeft. Omdat de machine nog onder fabrieksgarantie valt, "
  "kan de fabrikant u het snelst helpen.\n\nGarantielijn van de fabrikant (Barista Pro Benelux): 088 123 4560, werkdagen 9.00-17.00 uur.\n\n"
  "Met vriendelijke groet,\nKeukenplein Amersfoort",
  [], "Reply giving the manufacturer's warranty hotline, marked as such (BSM309 exception).")
m(16, "reply", "html", "Re: Gegevens voor uw administratie ({o})",
  "<p>Beste mevrouw Yilmaz,</p><p>Natuurlijk. Hieronder onze bedrijfsgegevens voor de zakelijke aankoop van bestelling {o}.</p>"
  "<table><tr><td>Bedrijfsnaam</td><td>Printpunt Tilburg B.V.</td></tr><tr><td>Adres</td><td>Spoorlaan 88, 5038 CC Tilburg</td></tr>"
  "<tr><td>KvK</td><td>58241937</td></tr><tr><td>Btw-id</td><td>NL853067142B01</td></tr></table>"
  "<p>Met vriendelijke groet,<br>Printpunt Tilburg</p>",
  [], "Reply with a company-details table (KvK, btw-id, address).")
m(17, "reply", "text", "Re: Waar blijft mijn terugbetaling? {o}",
  "Hoi Kevin,\n\nJe retour van bestelling {o} is op 3 december 2026 om 14.12 uur bij ons binnengekomen (retournummer RMA-55120, "
  "zendingsnummer 3SKLM0099887766). De terugbetaling van €34,95 is op 4 december verwerkt; afhankelijk van je bank staat het binnen 3 tot 5 werkdagen op je rekening.\n\n"
  "Groet,\nSanne\nGameshop Leiden",
  [], "Reply with tracking and return numbers, dates, times and amounts.")

# ---------------- violations ----------------
m(18, "fulfillment-question", "text", "Update bestelling {o}",
  "Beste Iris,\n\nGoed nieuws: je bestelling {o} heeft vanochtend ons magazijn verlaten en is overgedragen aan PostNL. "
  "Morgen of overmorgen ligt hij bij je op de mat.\n\nGroet,\nBabyhoekje Ede",
  ["BSM201"], "Shipping confirmation worded as 'left our warehouse / handed to PostNL'.")
m(19, "fulfillment-question", "html", "Bestelling {o}",
  "<p>Beste klant,</p><p>Uw bestelling {o} is goed bij ons binnengekomen. Onze collega's in het magazijn zijn al bezig met inpakken.</p>"
  "<p>Met vriendelijke groet,<br>Webshop Tuinplezier</p>",
  ["BSM201"], "Order confirmation: received and being packed.")
m(20, "fulfillment-question", "text", "Bedankt! ({o})",
  "Hallo Joris,\n\nHeel erg bedankt voor je bestelling {o} bij Sokkenfabriek Tilly. Wij waarderen het enorm!\n\nTilly",
  ["BSM202"], "Message that only says thank you.")
m(21, "fulfillment-question", "text", "Bestelling {o}",
  "Beste mevrouw Claes,\n\nMocht er onverhoopt iets mis zijn met bestelling {o}, dan staan wij voor u klaar. Aarzel niet om ons te berichten.\n\n"
  "Met vriendelijke groeten,\nHuis & Haard Gent",
  ["BSM202"], "Message only offering help if a problem comes up.", locale="nl-BE")
m(22, "delivery-delay", "text", "Kleine vertraging, bestelling {o}",
  "Hoi Mark,\n\nDe puzzel uit bestelling {o} wordt een paar dagen later verstuurd, naar verwachting op 12 december 2026. Sorry daarvoor!\n\n"
  "Groet,\nPuzzelparadijs\n\nPS: tot en met zondag krijg je 20% korting op ons hele assortiment in onze winkel.",
  ["BSM203"], "Permitted delay with a promotional P.S. (20% off the whole range).")
m(23, "additional-information", "text", "Maat nodig voor bestelling {o}",
  "Beste Anouk,\n\nVoor de maatwerk-gordijnen uit bestelling {o} missen we nog de gewenste hoogte in centimeters. Wil je die doorgeven?\n\n"
  "Trouwens: onze nieuwe wintercollectie is net binnen. Volg ons op Instagram en meld je aan voor onze nieuwsbrief om niets te missen.\n\n"
  "Groet,\nStofzaken Hoorn",
  ["BSM203"], "Information request with follow-us / newsletter / new collection promotion.")
m(24, "review-request", "text", "Jouw mening over bestelling {o}",
  "Hey Lisa,\n\nWe zijn benieuwd wat je van de yogamat uit bestelling {o} vindt. Schrijf je een recensie op Amazon? "
  "Als dank sturen we je, zodra je recensie online staat, een klein bedankje.\n\nNamaste,\nYogaplek Nijmegen",
  ["BSM204"], "Small token of appreciation once the review is published.")
m(25, "review-request", "text", "Recensie en terugbetaling - {o}",
  "Beste heer Dekker,\n\nWilt u een recensie plaatsen over de accuboormachine (bestelling {o})? "
  "Zodra uw recensie zichtbaar is, storten wij het volledige aankoopbedrag terug.\n\nMet vriendelijke groet,\nGereedschapshal Venlo",
  ["BSM204"], "Full refund promised as soon as the review is online.")
m(26, "reply", "text", "Re: Probleem opgelost ({o})",
  "Beste Eva,\n\nFijn dat de vervangende kabel (bestelling {o}) nu wel werkt. Nu alles is opgelost: zou je je recensie van één ster willen bijwerken, "
  "of hem eventueel verwijderen? Dat zou ons erg helpen.\n\nGroet,\nKabelkoning",
  ["BSM205"], "Asks the buyer to update or remove a one-star review.")
m(27, "review-request", "text", "Tevreden over bestelling {o}?",
  "Beste klant,\n\nBent u tevreden over de lamp uit bestelling {o}? Dan horen we het graag in een recensie op Amazon. "
  "Niet helemaal tevreden? Neem dan eerst contact met ons op in plaats van een recensie te schrijven.\n\nVriendelijke groet,\nLampenloods",
  ["BSM206"], "Review asked only from satisfied buyers; unhappy ones steered to contact.")
m(28, "review-request", "html", "Een momentje? Bestelling {o}",
  "<p>Hallo Bram,</p><p>Dank je voor het bestellen van de bordspellen (bestelling {o}). Zou je ons vijf sterren willen geven op Amazon? "
  "Voor een kleine winkel als de onze maakt dat echt verschil.</p><p>Groet,<br>Spellenzolder</p>",
  ["BSM206"], "Asks for a five-star rating.")
m(29, "order-problem", "text", "[Belangrijk] Bestelling {o} niet leverbaar",
  "Beste mevrouw Visser,\n\nDe schoenen uit bestelling {o} zijn helaas uitverkocht in maat 39, en de fabrikant maakt ze niet meer. "
  "Het bestelbedrag is daarom aangepast (NoInventory).\n\nHet snelst is het eigenlijk als u de bestelling zelf annuleert via Uw bestellingen, "
  "dan is alles in één keer afgehandeld.\n\nMet vriendelijke groet,\nSchoenenhuis Alkmaar",
  ["BSM108"], "Advises the buyer to cancel themselves because stock ran out (amount adjusted).")
m(30, "order-problem", "text", "Voorraadprobleem bestelling {o}",
  "Geachte heer Wouters,\n\nHelaas is de tuinbank uit bestelling {o} niet meer op voorraad. "
  "Wij zouden het op prijs stellen als u via Amazon een annuleringsverzoek indient.\n\nMet vriendelijke groet,\nBuitenleven Roermond",
  ["BSM107", "BSM108"], "Asks for a cancellation request, no confirmation of an amount adjustment.")
m(31, "delivery-delay", "text", "Verzending bestelling {o} uitgesteld",
  "Beste Ruben,\n\nDe printerinkt uit bestelling {o} wordt door een achterstand bij de leverancier op 14 december 2026 verzonden in plaats van 9 december.\n\n"
  "Wil je voortaan geen berichten meer van ons ontvangen? Antwoord dan met STOP.\n\nInktstation",
  ["BSM305"], "Opt-out instruction (reply STOP).")
m(32, "reply", "text", "Re: Pakket kwijt ({o})",
  "Hoi Tim,\n\nDie kutbezorger heeft het weer verkloot, godverdomme. Je pakket van bestelling {o} staat volgens hem bij de buren, maar dat is dus niet zo. "
  "We sturen morgen een nieuw exemplaar.\n\nJeroen, Fietsbel.nl",
  ["BSM306"], "Dutch profanity in a reply.")
m(33, "delivery-delay", "text", "Delay on your order {o}",
  "Dear customer,\n\nUnfortunately the garden hose from order {o} will ship a few days later than expected, now planned for 15 December 2026. "
  "We apologise for the inconvenience.\n\nKind regards,\nTuincentrum Westland",
  ["BSM104"], "Message in English to a nl-NL buyer.")
m(34, "delivery-scheduling", "text", "Bezorging wasmachine - bestelling {o}",
  "Beste mevrouw Hoekstra,\n\nWe willen de wasmachine uit bestelling {o} graag op donderdag 17 december tussen 12.00 en 16.00 uur bezorgen. "
  "Past dat niet, bel ons dan even op 050 312 4478.\n\nGroet,\nWitgoed Noord",
  ["BSM309"], "Seller phone number in Dutch national format.")
m(35, "reply", "text", "Re: Vraag over levering {o}",
  "Hallo Mehmet,\n\nDe levering van bestelling {o} staat gepland voor vrijdag. Voor vragen kun je ons ook via WhatsApp bereiken: +31 6 4821 7730.\n\n"
  "Groet,\nTelefoonhoesjes XL",
  ["BSM309"], "Seller mobile number in international format.")
m(36, "return-follow-up", "text", "Retour {o}",
  "Beste heer Claessens,\n\nOm uw retour van bestelling {o} af te ronden, hebben we het serienummer van het apparaat nodig. "
  "U kunt ook een foto van het typeplaatje sturen naar retouren@audiowinkel-antwerpen.be.\n\nMet vriendelijke groet,\nAudiowinkel Antwerpen",
  ["BSM308"], "Plain e-mail address in a return follow-up.", locale="nl-BE")
m(37, "additional-information", "text", "Foto nodig voor maatwerk ({o})",
  "Hoi Jasmijn,\n\nVoor het portret op canvas uit bestelling {o} hebben we de foto in hoge resolutie nodig. "
  "Mail hem naar studio apenstaartje canvasdruk punt nl, dan gaan we aan de slag.\n\nGroet,\nCanvasdruk",
  ["BSM308"], "Obfuscated e-mail address using 'apenstaartje' and 'punt'.")
m(38, "delivery-delay", "html", "Later verzonden: bestelling {o}",
  "<p>Beste Willem,</p><p>De barkrukken uit bestelling {o} worden een week later verzonden, rond 18 december 2026.</p>"
  "<p>Meer over onze levertijden lees je op <a href=\"https://www.meubeldirect-almere.nl/levertijden\">de levertijdenpagina van Meubeldirect</a>.</p>"
  "<p>Groet,<br>Meubeldirect Almere</p>",
  ["BSM302"], "https link to the seller's own site with descriptive text.")
m(39, "review-request", "html", "Recensie voor bestelling {o}",
  "<p>Beste Noor,</p><p>Wil je je ervaring met de bestelling {o} delen met andere kopers?</p>"
  "<p><a href=\"http://www.amazon.nl/review/review-your-purchases/\">Recensie schrijven op Amazon.nl</a></p><p>Groet,<br>Kaarsenmakerij Lumen</p>",
  ["BSM301"], "Insecure http link to Amazon.")
m(40, "review-request", "html", "Hoe bevalt je theepot? ({o})",
  "<p>Hallo Emma,</p><p><img src=\"https://img.theepotten.example/gietijzeren-theepot-zwart.jpg\" alt=\"Gietijzeren theepot zwart\" width=\"240\"></p>"
  "<p>Wil je een recensie schrijven over de gietijzeren theepot uit bestelling {o}?</p><p>Groet,<br>De Theepottenwinkel</p>",
  ["BSM310"], "Image of the purchased product.")
m(41, "delivery-delay", "html", "Vertraging bestelling {o}",
  "<p><img src=\"https://img.example-stock.com/strand-zonsondergang.jpg\" alt=\"Strand bij zonsondergang\" width=\"300\"></p>"
  "<p>Beste Hugo,</p><p>Je zonnebril uit bestelling {o} wordt twee dagen later verzonden, op 10 december 2026.</p><p>Groet,<br>Brillenbar</p>",
  ["BSM311"], "Unrelated stock image (beach at sunset).")
m(42, "invoice", "html", "Factuur bestelling {o}",
  "<p><img src=\"https://cdn.papiertje.example/logo-papiertje.png\" alt=\"\" width=\"150\"></p>"
  "<p>Geachte klant,</p><p>Bijgaand de factuur 2026/1203 voor bestelling {o}.</p><p>Met vriendelijke groet,<br>Papiertje B.V.</p>",
  ["BSM402"], "Shop logo with empty alt text.")
m(43, "delivery-delay", "text", "Je cadeau komt iets later ({o})",
  "Hoi Femke,\n\nDe knuffel uit bestelling {o} wordt op maandag 14 december verstuurd, twee dagen later dan gepland. "
  "We doen ons best! 🧸🎁\n\nLiefs,\nKnuffelwinkel Mies",
  ["BSM403"], "Emoji in plain text.")
m(44, "additional-information", "text", "Kleur kiezen voor bestelling {o}",
  "Hoi Sem,\n\nVan de hoodie uit bestelling {o} is de kleur 'oceaan' net op, maar 'bos' en 'antraciet' zijn er nog. Welke wil je hebben? ;-)\n\n"
  "Groet,\nKledingkeet",
  ["BSM403"], "Text emoticon ;-).")
m(45, "delivery-delay", "html", "Nieuwe verzenddatum bestelling {o}",
  "<style>.a{font-size:22px}.b{font-size:16px}.c{font-size:13px}.d{font-size:11px}</style>"
  "<p class=\"a\">Nieuwe verzenddatum</p><p class=\"b\">Beste Gijs, je bestelling {o} wordt op 16 december 2026 verzonden.</p>"
  "<p class=\"c\">Excuses voor het oponthoud.</p><p class=\"d\">Team Hobbyhuis</p>",
  ["BSM410"], "Four explicit font sizes in a style block.")
m(46, "delivery-delay", "text", "Bestelling {o} later",
  "Beste Marloes,\n\n\n\nDe vloerkleden uit bestelling {o} worden op 11 december 2026 verzonden.\n\n\nMet vriendelijke groet,\nKledenhal",
  ["BSM412"], "Runs of blank lines in plain text.")
m(47, "review-request", "text", "[Belangrijk] Recensie bestelling {o}",
  "Beste heer Bos,\n\nWilt u uw ervaring met de broodrooster uit bestelling {o} delen in een recensie op Amazon?\n\n"
  "Met vriendelijke groet,\nKeukenkoning",
  ["BSM110"], "Important tag on a review request.")
m(48, "review-request", "html", "Recensie - bestelling {o}",
  "<p>Beste Julia,</p><p>We horen graag je ervaring met bestelling {o}. "
  "<a href=\"https://www.amazon.nl/review/review-your-purchases/\">Klik hier</a>.</p><p>Groet,<br>Tassenwinkel Roos</p>",
  ["BSM401"], "Non-descriptive link text 'Klik hier'.")
# ---------------- varying ----------------
m(49, "delivery-delay", "html", "Vertraging bestelling {o}",
  "<div style=\"font-family:Arial,sans-serif;color:#333333;text-align:center\"><p>Beste Lars,</p>"
  "<p>Je skateboard uit bestelling {o} wordt op 13 december 2026 verzonden in plaats van 9 december.</p><p>Groet,<br>Boardshop Scheveningen</p></div>",
  ["BSM407", "BSM409", "BSM411"], "Builder wrapper setting font family, colour and centred alignment.")
m(50, "delivery-delay", "html", "Uw bestelling {o} later verzonden",
  "<p>Beste mevrouw Lambrecht,</p><p>Uw bestelling {o} wordt op 15 december 2026 verzonden.</p><p>Met vriendelijke groet,<br>Wolwinkel Brugge</p>"
  "<img src=\"https://t.mailtool.example/open.gif?uid=88213&amp;m=402\" width=\"1\" height=\"1\" alt=\"\">",
  ["BSM307", "BSM402"], "Tracking pixel with empty alt.", locale="nl-BE")
