"""v8 blind set, German (de-DE, a few de-AT)."""

MESSAGES = []


def m(locale, typ, fmt, subject, body, order_id, expected, note):
    n = len(MESSAGES) + 1
    MESSAGES.append({"id": "v8-de-%03d" % n, "language": "de", "locale": locale, "type": typ,
                     "format": fmt, "subject": subject, "body": body, "order_id": order_id,
                     "expected": sorted(expected), "note": note})


def o(n):
    return "604-%07d-%07d" % (3390000 + n * 71, 6640000 + n * 157)


# 1
m("de-DE", "delivery-delay", "text", "Lieferverzögerung zu Ihrer Bestellung %s" % o(1),
  "Sehr geehrte Frau Schneider,\n\nleider verzögert sich der Versand des Eichen-Schneidebretts aus Ihrer Bestellung %s. Unsere Tischlerei im Allgäu hat einen Engpass beim Holz; wir rechnen nun mit dem Versand am Donnerstag, 17.12.2026, statt am 14.12.\n\nWir bitten die Verzögerung zu entschuldigen.\n\nMit freundlichen Grüßen\nMarkus Huber\nHolzwerk Allgäu" % o(1),
  o(1), [], "Plain-text delay with German date format; clean.")
# 2
m("de-AT", "delivery-delay", "html", "Neuer Liefertermin für Bestellung %s" % o(2),
  "<p>Grüß Gott, Frau Gruber,</p><p>Ihre Bestellung <strong>%s</strong> (2 Stück Zirbenkissen) verzögert sich, weil unsere Näherei in der Steiermark krankheitsbedingt ausgefallen ist.</p><table><tr><td>Ursprünglicher Termin</td><td>Montag, 7. Dezember</td></tr><tr><td>Neuer voraussichtlicher Termin</td><td>Freitag, 11. Dezember</td></tr></table><p>Vielen Dank für Ihr Verständnis.</p><p>Freundliche Grüße<br>Anna Steiner<br>Zirbenstube Graz</p>" % o(2),
  o(2), [], "Austrian builder HTML table with new date; clean.")
# 3
m("de-DE", "order-problem", "text", "[Wichtig] Artikel nicht lieferbar - Bestellung %s" % o(3),
  "Sehr geehrter Herr Fischer,\n\nleider ist die Espressomühle aus Ihrer Bestellung %s nicht mehr vorrätig und kann nicht versandt werden. Wir haben den Bestellbetrag bereits angepasst: Die 119,90 EUR für die Mühle werden Ihnen nicht berechnet.\n\nDer Milchaufschäumer aus derselben Bestellung wird wie geplant verschickt.\n\nMit freundlichen Grüßen\nKatrin Wolf\nKaffeeKontor Bremen" % o(3),
  o(3), [], "[Wichtig] on a critical order problem with amount adjusted; clean.")
# 4
m("de-DE", "additional-information", "text", "Rückfrage zur Gravur - Bestellung %s" % o(4),
  "Hallo Frau Becker,\n\nfür das gravierte Frühstücksbrett aus Ihrer Bestellung %s fehlt uns noch der Gravurtext. Welcher Name oder Spruch soll darauf stehen (höchstens 25 Zeichen)? Sobald wir ihn haben, geht das Brett in die Fertigung.\n\nViele Grüße\nJonas aus der Werkstatt\nBrettgeschichten Kassel" % o(4),
  o(4), [], "Asks engraving text needed to complete the order; clean.")
# 5
m("de-DE", "return-follow-up", "text", "Ihre Rücksendung zu Bestellung %s" % o(5),
  "Sehr geehrter Herr Weber,\n\nSie schrieben, dass der Lampenschirm aus Bestellung %s einen kleinen Kratzer hat. Statt einer Rücksendung bieten wir Ihnen gern eine Teilerstattung von 15,00 EUR an; den Schirm behalten Sie. Möchten Sie das? Andernfalls wickeln wir die Rücksendung ganz normal ab.\n\nMit freundlichen Grüßen\nSabine Koch\nLichtmanufaktur Leipzig" % o(5),
  o(5), [], "Return follow-up offering a partial refund; clean.")
# 6
m("de-AT", "return-follow-up", "text", "Rücksendung %s - kurze Rückfrage" % o(6),
  "Guten Tag Herr Pichler,\n\nzu Ihrer Rücksendeanfrage für Bestellung %s: Damit wir sie abschließen können, eine kurze Frage. Passen die Bergschuhe nicht, oder ist etwas an den Schuhen selbst defekt? Dann wissen wir, ob wir ein Ersatzpaar vorbereiten oder den Betrag erstatten.\n\nFreundliche Grüße\nLukas Moser\nAlpinsport Innsbruck" % o(6),
  o(6), [], "Return follow-up asking information to complete the return; clean.")
# 7
m("de-DE", "invoice", "text", "Rechnung zu Ihrer Bestellung %s" % o(7),
  "Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie die Rechnung RE/2026/12/1187 zu Bestellung %s. Gesamtbetrag 1.428,00 EUR inkl. 19 %% USt. (228,00 EUR).\n\nMit freundlichen Grüßen\n\nBürobedarf Schwarz GmbH\nHafenstraße 14, 20457 Hamburg\nAmtsgericht Hamburg HRB 154321\nUSt-IdNr.: DE 123 456 789\nGeschäftsführer: Peter Schwarz" % o(7),
  o(7), [], "Invoice with HRB, USt-IdNr and invoice number with slashes; clean.")
# 8
m("de-DE", "review-request", "text", "Wie gefällt Ihnen Ihre Bestellung %s?" % o(8),
  "Guten Tag Herr Schulz,\n\nSie haben vor einer Woche den Gartensichtschutz aus Bestellung %s erhalten. Würden Sie eine Bewertung auf Amazon schreiben? Ihre ehrliche Meinung, ob positiv oder negativ, hilft anderen Käufern.\n\nDanke für Ihre Zeit.\nGartenwelt Lindenhof" % o(8),
  o(8), [], "Neutral review request; clean.")
# 9
m("de-DE", "review-request", "html", "Ihre Meinung zu Bestellung %s" % o(9),
  "<p><img src=\"https://bilder.beispiel-cdn.de/seifenmanufaktur-hansen-logo.png\" alt=\"Logo Seifenmanufaktur Hansen\" width=\"160\"></p><p>Liebe Frau Jensen,</p><p>Ihre Naturseifen (Bestellung %s) sind nun seit einigen Tagen bei Ihnen. Wir freuen uns über Ihre ehrliche Bewertung, ganz gleich, wie sie ausfällt.</p><p><a href=\"https://www.amazon.de/review/create-review\">Bewertung auf Amazon.de schreiben</a></p><p>Herzliche Grüße<br>Ihr Team der Seifenmanufaktur Hansen</p>" % o(9),
  o(9), [], "HTML review request with logo alt naming shop and descriptive Amazon link; clean.")
# 10
m("de-DE", "delivery-scheduling", "text", "Liefertermin für Ihre Waschmaschine - %s" % o(10),
  "Sehr geehrte Frau Meyer,\n\nIhre Waschmaschine (Bestellung %s) liefern wir mit unserer Zwei-Mann-Spedition. Folgende Zeitfenster sind frei:\n\n- Dienstag, 15.12.2026, 08:00-12:00 Uhr\n- Mittwoch, 16.12.2026, 13:00-17:00 Uhr\n\nWelcher Termin passt Ihnen? Bitte teilen Sie uns auch mit, ob ein Aufzug vorhanden ist.\n\nMit freundlichen Grüßen\nHausgeräte Direkt Köln" % o(10),
  o(10), [], "Bulky delivery scheduling with time slots; clean.")
# 11
m("de-AT", "home-service-appointment", "text", "Montagetermin für Bestellung %s" % o(11),
  "Sehr geehrte Frau Hofer,\n\nfür die Montage Ihres Küchenoberschranks (Bestellung %s) kann unser Monteur am Samstag, 19. Dezember, zwischen 9 und 11 Uhr oder am Montag, 21. Dezember, zwischen 14 und 16 Uhr kommen. Bitte geben Sie uns Bescheid, welcher Termin Ihnen recht ist.\n\nMit freundlichen Grüßen\nFlorian Bauer\nMontageservice Linz" % o(11),
  o(11), [], "Home-service appointment with slots; clean.")
# 12
m("de-DE", "custom-design-verification", "text", "Druckfreigabe für Bestellung %s" % o(12),
  "Hallo Herr Krüger,\n\nim Anhang finden Sie den Korrekturabzug für Ihr bedrucktes Vereinsshirt (Bestellung %s): Schriftzug \"SV Blau-Weiß 1921\" auf dem Rücken, weiß auf Marineblau. Bitte prüfen Sie alles und geben Sie uns kurz Ihre Freigabe, dann drucken wir morgen.\n\nViele Grüße\nLena Hartmann\nTextildruck Dortmund" % o(12),
  o(12), [], "Design proof for approval; clean.")
# 13
m("de-DE", "fulfillment-question", "text", "Zugang zu Ihrer Adresse - Bestellung %s" % o(13),
  "Sehr geehrter Herr Lange,\n\nlaut Lieferadresse zu Bestellung %s wohnen Sie in einer Wohnanlage mit codegesicherter Haustür. Damit der Fahrer Ihre Sendung bis an die Wohnungstür bringen kann, benötigen wir den Zugangscode oder einen Ablageort. Unser Vorgangszeichen: VG-2026-5583, Kundennummer KD-448213.\n\nMit freundlichen Grüßen\nPaketservice Mitte, Kundenbetreuung" % o(13),
  o(13), [], "Door-code question with tracking and reference numbers; clean.")
# 14
m("de-DE", "reply", "text", "AW: Frage zu Bestellung %s" % o(14),
  "Guten Tag Frau Zimmermann,\n\nvielen Dank für Ihre Frage. Der \"Heritage Enamel Roasting Pan Large\" aus Ihrer Bestellung %s ist für Induktion, Gas und den Backofen bis 260 Grad geeignet. Auch der Deckel ist backofenfest.\n\nMit freundlichen Grüßen\nStefan Braun\nKochkultur Freiburg" % o(14),
  o(14), [], "Reply quoting an English product title in German sentences; clean.")
# 15
m("de-DE", "reply", "text", "AW: Staubsauger defekt (%s)" % o(15),
  "Sehr geehrter Herr Hoffmann,\n\nes tut uns leid, dass der Staubsauger aus Bestellung %s nicht mehr funktioniert. Da das Gerät noch unter die Herstellergarantie fällt, wenden Sie sich am schnellsten an die Garantie-Hotline des Herstellers: 0800 123 4567 (Herstellergarantie, Mo-Fr 8-18 Uhr). Dort wird Reparatur oder Austausch direkt veranlasst.\n\nMit freundlichen Grüßen\nHaushaltswaren Schmitt" % o(15),
  o(15), [], "Manufacturer's warranty hotline marked as such; clean.")
# 16
m("de-AT", "reply", "html", "AW: Lieferung nach Tirol - %s" % o(16),
  "<p>Sehr geehrte Frau Egger,</p><p>selbstverständlich liefern wir auch nach Tirol. Ihre Bestellung %s fällt unter unsere übliche Lieferzeit von 2 bis 4 Werktagen.</p><p>Mit freundlichen Grüßen<br>Thomas Wimmer<br>Geschäftsführer</p><p><small>Radteile Wimmer GmbH, Mariahilfer Straße 88, 1070 Wien - Firmenbuchnummer FN 456789a, Handelsgericht Wien - UID ATU12345678</small></p>" % o(16),
  o(16), [], "Reply with Austrian company footer (FN, UID); clean.")
# 17
m("de-DE", "reply", "text", "AW: Rücksendung %s" % o(17),
  "Hallo Frau Richter,\n\nIhre Rücksendung zu Bestellung %s ist am 02.12.2026 um 14:37 Uhr bei uns eingegangen (Retourennummer R-77420, Sendungsnummer 1Z999AA10123456784). Wir haben 39,95 EUR erstattet; der Betrag ist in 3 bis 5 Werktagen auf Ihrem Konto.\n\nViele Grüße\nKindermode Elbkind" % o(17),
  o(17), [], "Reply with return and tracking numbers, date, time, amount; clean.")
# 18
m("de-DE", "fulfillment-question", "text", "Neuigkeiten zu Bestellung %s" % o(18),
  "Hallo Herr Klein,\n\ngute Nachrichten: Ihr Paket mit der Bestellung %s hat heute früh unser Lager in Erfurt verlassen und wurde an DHL übergeben.\n\nViele Grüße\nSportfreunde Thüringen" % o(18),
  o(18), ["BSM201"], "Shipping confirmation: left warehouse, handed to DHL.")
# 19
m("de-DE", "fulfillment-question", "text", "Bestellung %s" % o(19),
  "Guten Tag Frau Wagner,\n\nwir haben Ihre Bestellung %s erhalten und sind schon dabei, alles für Sie zu verpacken.\n\nHerzliche Grüße\nBastelparadies Münster" % o(19),
  o(19), ["BSM201"], "Order received and being packed.")
# 20
m("de-DE", "fulfillment-question", "text", "Dankeschön! (%s)" % o(20),
  "Liebe Kundin, lieber Kunde,\n\nganz herzlichen Dank, dass Sie bei uns eingekauft haben. Das bedeutet uns als kleinem Familienbetrieb sehr viel.\n\nHerzliche Grüße\nTeehaus Lübeck\nBestellung %s" % o(20),
  o(20), ["BSM202"], "Thanks only.")
# 21
m("de-AT", "fulfillment-question", "text", "Ihr Einkauf %s" % o(21),
  "Guten Tag Herr Berger,\n\nsollte mit Ihrer Bestellung %s irgendwann etwas nicht passen, melden Sie sich einfach, wir sind gerne für Sie da.\n\nFreundliche Grüße\nKeramik Gmunden" % o(21),
  o(21), ["BSM202"], "Only offers help if something comes up.")
# 22
m("de-DE", "delivery-delay", "text", "Kurze Verzögerung bei %s" % o(22),
  "Sehr geehrte Frau Schäfer,\n\nIhre Bestellung %s wird einen Tag später als geplant versandt, am Dienstag, 08.12.2026.\n\nMit freundlichen Grüßen\nTierbedarf Nordheide\n\nPS: Diesen Monat gibt es 20 %% Rabatt auf unser gesamtes Sortiment mit dem Code WINTER20." % o(22),
  o(22), ["BSM203"], "P.S. with 20 percent off the whole range.")
# 23
m("de-DE", "reply", "text", "AW: Handschuhgröße %s" % o(23),
  "Hallo Frau Neumann,\n\ndie Handschuhe aus Bestellung %s fallen normal aus; Größe M passt bei 19 bis 20 cm Handumfang.\n\nFolgen Sie uns gern auf Instagram und melden Sie sich für unseren Newsletter an, dann sehen Sie unsere neue Winterkollektion als Erste!\n\nLiebe Grüße\nWollstube Sylt" % o(23),
  o(23), ["BSM203"], "Follow us / newsletter / new collection.")
# 24
m("de-DE", "review-request", "text", "Ihre Meinung zu Bestellung %s" % o(24),
  "Sehr geehrte Frau Schwarz,\n\nmögen Sie eine Bewertung zur Yogamatte aus Bestellung %s schreiben? Sobald Ihre Rezension online ist, schicken wir Ihnen als kleines Dankeschön eine Aufmerksamkeit zu.\n\nMit sportlichen Grüßen\nYogaraum Heidelberg" % o(24),
  o(24), ["BSM204"], "Small token once the review is published.")
# 25
m("de-DE", "review-request", "text", "Bewertung und Erstattung - %s" % o(25),
  "Hallo Herr Zimmer,\n\nsobald Ihre Rezension zur Powerbank (Bestellung %s) auf Amazon sichtbar ist, erstatten wir Ihnen den kompletten Kaufpreis.\n\nGruß\nTechnikdepot Stuttgart" % o(25),
  o(25), ["BSM204"], "Full refund once the review is online.")
# 26
m("de-DE", "reply", "text", "AW: Ihre Bewertung zu %s" % o(26),
  "Sehr geehrter Herr Krause,\n\nda das Problem mit dem Reißverschluss Ihres Rucksacks (Bestellung %s) mit dem Ersatzteil behoben ist: Wären Sie so freundlich, Ihre Ein-Stern-Bewertung zu ändern oder zu löschen?\n\nMit freundlichen Grüßen\nTaschenwerk Hannover" % o(26),
  o(26), ["BSM205"], "Asks to change or delete a one-star review.")
# 27
m("de-AT", "review-request", "text", "Zufrieden mit %s?" % o(27),
  "Guten Tag Herr Huber,\n\nwenn Sie mit der Kaffeemaschine aus Bestellung %s zufrieden sind, freuen wir uns über eine Bewertung auf Amazon. Falls nicht, schreiben Sie uns bitte zuerst, statt eine Bewertung abzugeben.\n\nFreundliche Grüße\nBarista Salzburg" % o(27),
  o(27), ["BSM206"], "Review only if satisfied; unhappy buyers steered away.")
# 28
m("de-DE", "review-request", "text", "Eine kleine Bitte (%s)" % o(28),
  "Hallo Frau Lehmann,\n\nschön, dass die Bilderrahmen aus Bestellung %s heil angekommen sind. Würden Sie uns fünf Sterne auf Amazon geben? Das hilft unserem kleinen Laden sehr.\n\nHerzlich\nRahmenwerk Potsdam" % o(28),
  o(28), ["BSM206"], "Asks for five stars.")
# 29
m("de-DE", "order-problem", "text", "Artikel ausverkauft - Bestellung %s" % o(29),
  "Sehr geehrte Frau Köhler,\n\ndie Wandleuchte aus Bestellung %s ist leider ausverkauft. Den Bestellbetrag haben wir bereits angepasst, Sie zahlen dafür nichts. Am schnellsten geht es, wenn Sie die Bestellung selbst in Ihrem Konto stornieren.\n\nMit freundlichen Grüßen\nLeuchtenhaus Kiel" % o(29),
  o(29), ["BSM108"], "Amount adjusted but advises self-cancellation.")
# 30
m("de-DE", "order-problem", "text", "Lagerproblem bei %s" % o(30),
  "Sehr geehrter Herr Maier,\n\naufgrund eines Bestandsfehlers können wir die Bohrmaschine aus Bestellung %s nicht liefern. Wir wären Ihnen dankbar, wenn Sie einen Stornierungsantrag stellen könnten.\n\nMit freundlichen Grüßen\nWerkzeugprofi Augsburg" % o(30),
  o(30), ["BSM107", "BSM108"], "Asks for cancellation request without adjustment.")
# 31
m("de-DE", "delivery-delay", "text", "Lieferverzögerung %s" % o(31),
  "Sehr geehrte Frau Schmid,\n\nIhre Bestellung %s wird erst am 14.12. statt am 09.12. versandt.\n\nMit freundlichen Grüßen\nBuchhandlung am Dom\n\nSie möchten keine Nachrichten mehr von uns erhalten? Dann antworten Sie einfach mit ABMELDEN." % o(31),
  o(31), ["BSM305"], "Opt-out instruction (reply ABMELDEN).")
# 32
m("de-DE", "reply", "text", "AW: Beschwerde %s" % o(32),
  "Herr Hartmann,\n\ndie Lampe aus Bestellung %s war einwandfrei, als sie bei uns rausging. Hören Sie auf, uns mit so einer Scheiße zu nerven, und klären Sie das mit dem Paketdienst.\n\nElektro Kurz" % o(32),
  o(32), ["BSM306"], "German profanity in a reply.")
# 33
m("de-DE", "delivery-delay", "text", "Retard de livraison - commande %s" % o(33),
  "Bonjour Monsieur Schulte,\n\nVotre commande %s sera expédiée le 10 décembre au lieu du 7 décembre. Nous vous prions de nous excuser.\n\nCordialement,\nFahrradlicht Aachen" % o(33),
  o(33), ["BSM104"], "French message to a de-DE buyer.")
# 34
m("de-DE", "reply", "text", "AW: Zustellung %s" % o(34),
  "Sehr geehrte Frau Vogel,\n\nzur Zustellung Ihrer Bestellung %s rufen Sie uns am besten kurz an unter 030 12345678, dann finden wir gemeinsam einen Termin.\n\nMit freundlichen Grüßen\nMöbelhalle Berlin" % o(34),
  o(34), ["BSM309"], "German landline in national format.")
# 35
m("de-AT", "additional-information", "text", "Adresse bestätigen - %s" % o(35),
  "Guten Tag Herr Wallner,\n\nbei Ihrer Adresse zu Bestellung %s scheint die Türnummer zu fehlen. Können Sie sie uns bestätigen? Gerne auch telefonisch unter +43 664 1234567.\n\nFreundliche Grüße\nDruckerei Klagenfurt" % o(35),
  o(35), ["BSM309"], "Austrian mobile number in international format.")
# 36
m("de-DE", "reply", "text", "AW: Rechnung %s" % o(36),
  "Sehr geehrter Herr Frank,\n\nschicken Sie Ihre USt-IdNr. gern an buchhaltung@kuechenstudio-ulm.de, dann korrigieren wir die Rechnung zu Bestellung %s.\n\nMit freundlichen Grüßen\nKüchenstudio Ulm" % o(36),
  o(36), ["BSM308"], "Plain e-mail address.")
# 37
m("de-DE", "custom-design-verification", "text", "Ihr Logo für Bestellung %s" % o(37),
  "Hallo Herr Sommer,\n\ndas Logo für Bestellung %s ist zu klein für einen scharfen Druck. Könnten Sie uns eine größere Datei an grafik (at) druckhaus-jena (punkt) de senden?\n\nViele Grüße\nDruckhaus Jena" % o(37),
  o(37), ["BSM308"], "Obfuscated e-mail address with (at) and (punkt).")
# 38
m("de-DE", "reply", "html", "AW: Teakpflege %s" % o(38),
  "<p>Sehr geehrte Frau Peters,</p><p>für Ihren Gartentisch aus Bestellung %s empfehlen wir zweimal im Jahr Teaköl. Alle Schritte finden Sie in unserer <a href=\"https://www.teakhaus-rostock.de/pflege/teakmoebel\">Pflegeanleitung für Teakmöbel</a>.</p><p>Mit freundlichen Grüßen<br>Teakhaus Rostock</p>" % o(38),
  o(38), ["BSM302"], "Descriptive https link to the seller's site.")
# 39
m("de-DE", "review-request", "html", "Ihre Bewertung zu %s" % o(39),
  "<p>Sehr geehrter Herr Jung,</p><p>wir würden uns über eine Bewertung zum Bürostuhl aus Bestellung %s freuen, ganz gleich, wie Ihre Erfahrung war.</p><p><a href=\"http://www.amazon.de/review/create-review\">Bewertung auf Amazon.de schreiben</a></p><p>Mit freundlichen Grüßen<br>Sitzkomfort Bielefeld</p>" % o(39),
  o(39), ["BSM301"], "Plain http link to Amazon.")
# 40
m("de-DE", "reply", "html", "AW: Farbe der Decke %s" % o(40),
  "<p>Hallo Frau Keller,</p><p>die Wolldecke aus Bestellung %s ist ockergelb, etwas wärmer als am Bildschirm:</p><p><img src=\"https://cdn.deckenliebe.de/produkte/wolldecke-ocker.jpg\" alt=\"Wolldecke in Ocker\" width=\"300\"></p><p>Viele Grüße<br>Deckenliebe Göttingen</p>" % o(40),
  o(40), ["BSM310"], "Photo of the purchased product.")
# 41
m("de-DE", "delivery-delay", "html", "Späterer Versand: %s" % o(41),
  "<p>Sehr geehrte Frau Brandt,</p><p>Ihre Lichterkette (Bestellung %s) wird wegen Engpässen beim Paketdienst erst am 16.12. versandt.</p><p><img src=\"https://cdn.lichterglanz.de/stock/strand-sonnenuntergang.jpg\" alt=\"Strand bei Sonnenuntergang\" width=\"300\"></p><p>Mit freundlichen Grüßen<br>Lichterglanz Würzburg</p>" % o(41),
  o(41), ["BSM311"], "Unrelated stock image of a beach.")
# 42
m("de-DE", "reply", "html", "AW: Anleitung %s" % o(42),
  "<p>Sehr geehrter Herr Busch,</p><p>die Bedienungsanleitung des Brotbackautomaten aus Bestellung %s finden Sie als PDF im Anhang.</p><p><img src=\"https://cdn.backstube-busch.de/backstube-logo.png\" width=\"140\"></p><p>Mit freundlichen Grüßen<br>Backstube Busch</p>" % o(42),
  o(42), ["BSM402"], "Logo without alt.")
# 43
m("de-DE", "reply", "text", "AW: Lieferzeit %s" % o(43),
  "Hi Leon,\n\ndein Skateboard aus Bestellung %s sollte morgen bei dir sein. Viel Spaß damit! \U0001F6F9\U0001F60E\n\nGrüße\nSkateladen Kreuzberg" % o(43),
  o(43), ["BSM403"], "Emoji.")
# 44
m("de-DE", "additional-information", "text", "Farbwahl %s" % o(44),
  "Hallo Frau Ludwig,\n\nvon der Vase aus Bestellung %s haben wir noch Salbeigrün und Sand. Welche Farbe hätten Sie gern? ;-)\n\nViele Grüße\nTöpferei Worpswede" % o(44),
  o(44), ["BSM403"], "Emoticon ;-)")
# 45
m("de-DE", "delivery-delay", "html", "Neuer Termin %s" % o(45),
  "<style>h1{font-size:25px} h2{font-size:19px} p{font-size:13px} .klein{font-size:10px}</style><h1>Verzögerung</h1><h2>Bestellung %s</h2><p>Sehr geehrter Herr Winter, Ihre Fahrradtasche wird am 12.12. statt am 08.12. versandt.</p><p class=\"klein\">Radsport Regensburg</p>" % o(45),
  o(45), ["BSM410"], "Four explicit font sizes in a style block.")
# 46
m("de-DE", "additional-information", "html", "Maße benötigt - %s" % o(46),
  "<p>Sehr geehrte Frau Haas,</p><p>für die Maßrollos aus Bestellung %s benötigen wir noch die Fensterbreite in Zentimetern.</p><p></p><p></p><p>Mit freundlichen Grüßen<br>Rollo-Atelier Konstanz</p>" % o(46),
  o(46), ["BSM412"], "Empty paragraphs between paragraphs.")
# 47
m("de-DE", "return-follow-up", "text", "[Wichtig] Rücksendung zu %s" % o(47),
  "Sehr geehrter Herr Graf,\n\nzu Ihrer Rücksendung aus Bestellung %s: Ist die Jacke zu klein, oder hat sie einen Mangel? Dann können wir die Rücksendung abschließen.\n\nMit freundlichen Grüßen\nOutdoorhaus Passau" % o(47),
  o(47), ["BSM110"], "[Wichtig] on a return follow-up.")
# 48
m("de-DE", "review-request", "html", "Ihre Erfahrung mit %s" % o(48),
  "<p>Sehr geehrte Frau Roth,</p><p>möchten Sie anderen Käufern von der Thermoskanne aus Bestellung %s berichten? Jede ehrliche Bewertung hilft. <a href=\"https://www.amazon.de/review/create-review\">Hier</a> geht es zur Bewertung.</p><p>Mit freundlichen Grüßen<br>Wanderbedarf Sauerland</p>" % o(48),
  o(48), ["BSM401"], "Link text 'Hier'.")
# 49
m("de-DE", "delivery-delay", "html", "Verzögerung %s" % o(49),
  "<div style=\"padding:0 140px\"><p>Sehr geehrter Herr Kaiser,</p><p>Ihre Bestellung %s (2 Gartenstühle) wird am 15.12. statt am 10.12. versandt.</p><p>Mit freundlichen Grüßen<br>Gartenmöbel Nürnberg</p></div>" % o(49),
  o(49), ["BSM405"], "140 px horizontal padding per side.")
# 50
m("de-DE", "additional-information", "html", "Lieferadresse bestätigen - %s" % o(50),
  "<p>Sehr geehrte Frau Seidel,</p><p>bitte bestätigen Sie die Etage für die Lieferung Ihrer Bestellung %s.</p><form><input type=\"text\" name=\"etage\"><button type=\"submit\">Etage senden</button></form><p>Mit freundlichen Grüßen<br>Parkett Dresden</p>" % o(50),
  o(50), ["BSM312"], "Embedded HTML form (active content).")
