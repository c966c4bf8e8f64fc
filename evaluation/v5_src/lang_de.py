"""v5 blind evaluation set, German (de-DE, a few de-AT). Standard library only."""

LANG = "de"
PREFIX = "304"


def order(n):
    return "%s-%07d-%07d" % (PREFIX, (n * 7391021 + 3141592) % 10 ** 7,
                             (n * 5189273 + 2236067) % 10 ** 7)


MESSAGES = []


def M(n, typ, fmt, subject, body, expected, note, locale="de-DE"):
    o = order(n)
    rep = lambda s: s.replace("{ORDER}", o).replace("{ORDER_PLAIN}", o.replace("-", ""))
    MESSAGES.append({
        "id": "v5-%s-%03d" % (LANG, n), "language": LANG, "locale": locale,
        "type": typ, "format": fmt, "subject": rep(subject), "body": rep(body),
        "order_id": o, "expected": sorted(expected), "note": note,
    })


# ---------------------------------------------------------------- clean (17)

M(1, "delivery-delay", "text", "Ihre Bestellung {ORDER} verzögert sich leider",
  "Guten Tag Herr Schäfer,\n\n"
  "kurz zum Stand Ihrer Bestellung {ORDER} (Hochbeet Lärche, 120 x 60 cm): Unser Holzlieferant aus dem Schwarzwald hat die Bretter erst am Mittwoch, 16.12.2026, geliefert. "
  "Wir rechnen deshalb damit, dass das Hochbeet am Freitag, 18.12.2026, an DHL übergeben werden kann – eine Woche später als angegeben.\n\n"
  "Wir bitten um Ihr Verständnis.\n\n"
  "Viele Grüße\nMarkus Ebner\nGartenholz Ebner",
  [], "Clean delivery delay in plain text with a future hand-over date.")

M(2, "delivery-delay", "html", "Neuer Liefertermin für Bestellung {ORDER}",
  "<p>Sehr geehrte Frau Wagner,</p>\n"
  "<p>die Fertigung Ihres gravierten Schneidebretts dauert wegen des Weihnachtsgeschäfts etwas länger als geplant.</p>\n"
  "<table>\n<tr><td><strong>Bestellnummer</strong></td><td>{ORDER}</td></tr>\n"
  "<tr><td><strong>Ursprünglich erwartet</strong></td><td>Mo., 14.12.2026</td></tr>\n"
  "<tr><td><strong>Neu erwartet</strong></td><td>Mi., 23.12.2026</td></tr>\n</table>\n"
  "<p>Wir geben uns Mühe, es früher zu schaffen, und entschuldigen uns für die Unannehmlichkeiten.</p>\n"
  "<p>Mit freundlichen Grüßen<br>\nJulia Berger<br>\nHolzliebe Manufaktur</p>",
  [], "Clean HTML delivery delay with a builder table.")

M(3, "order-problem", "text", "[Wichtig] Problem mit Ihrer Bestellung {ORDER}",
  "Sehr geehrte Frau Hoffmann,\n\n"
  "leider müssen wir Ihnen mitteilen, dass die Espressotassen „Milano“ (6er-Set) nicht mehr lieferbar sind: Das letzte Set ist bei der Endkontrolle beschädigt aufgefallen.\n\n"
  "Den Bestellbetrag von 34,50 € haben wir deshalb vollständig angepasst, Grund: „nicht auf Lager“. "
  "Die Erstattung sehen Sie in wenigen Werktagen über Ihre übliche Zahlungsart. Für Bestellung {ORDER} müssen Sie nichts weiter tun.\n\n"
  "Mit freundlichen Grüßen\nSabine Krüger\nKaffeekontor Bremen",
  [], "Clean order problem confirming the adjustment; [Wichtig] is allowed on this type.")

M(4, "additional-information", "text", "Rückfrage zur Gravur – Bestellung {ORDER}",
  "Hallo Herr Neumann,\n\n"
  "kurz zu dem Lederschlüsselanhänger mit Gravur, den Sie ausgewählt haben: Im Textfeld steht nur „K+S 2019“, die gewählte Variante hat aber Platz für zwei Zeilen. "
  "Soll der Text in eine Zeile, oder lieber „K+S“ oben und „2019“ darunter?\n\n"
  "Sobald wir Ihre Antwort haben, gravieren wir. Bestellnummer zur Referenz: {ORDER}.\n\n"
  "Beste Grüße\nLena\nLederwerkstatt Lindenhof",
  [], "Clean request for information needed to complete a personalised order.")

M(5, "return-follow-up", "text", "Ihre Rücksendung zu {ORDER}: Angebot Teilerstattung",
  "Sehr geehrter Herr Gruber,\n\n"
  "vielen Dank für Ihre Nachricht zur Wanduhr „Salzburg“ mit dem Kratzer im Glas. "
  "Statt einer Rücksendung bieten wir Ihnen gerne eine Teilerstattung von 15,00 € an (25 % des Kaufpreises); die Uhr können Sie behalten.\n\n"
  "Sind Sie einverstanden? Dann veranlassen wir die Erstattung zu Bestellung {ORDER} innerhalb von zwei Werktagen. "
  "Möchten Sie lieber zurücksenden, ist das selbstverständlich auch möglich.\n\n"
  "Freundliche Grüße\nTheresa Huber\nUhrenstube Graz",
  [], "Clean return follow-up offering a partial refund (de-AT buyer).", locale="de-AT")

M(6, "return-follow-up", "text", "Rücksendung {ORDER} – eine Angabe fehlt noch",
  "Guten Tag Frau Schulz,\n\n"
  "um Ihre Rücksendung des Staubsauger-Akkus abzuschließen, benötigen wir noch die Seriennummer. "
  "Sie steht auf dem Aufkleber an der Unterseite des Akkus und beginnt mit „SN“. Könnten Sie uns die Nummer als Antwort auf diese Nachricht schicken?\n\n"
  "Danach senden wir Ihnen sofort das Rücksendeetikett für Bestellung {ORDER}.\n\n"
  "Viele Grüße\nIhr Team von Akkuwelt24",
  [], "Clean return follow-up asking for information needed to complete the return.")

M(7, "invoice", "text", "Rechnung RE/2026/08157 zu Bestellung {ORDER}",
  "Sehr geehrte Damen und Herren,\n\n"
  "anbei erhalten Sie wie gewünscht die Rechnung zu Ihrer Bestellung {ORDER}.\n\n"
  "Rechnungsnummer: RE/2026/08157\nRechnungsdatum: 03.12.2026\nGesamtbetrag: 412,86 € inkl. 19 % USt.\n\n"
  "Mit freundlichen Grüßen\nBuchhaltung\n\n"
  "Bürobedarf Sommer GmbH\nIndustriestraße 14\n70565 Stuttgart\n"
  "Amtsgericht Stuttgart HRB 734512 | USt-IdNr. DE284561739 | Steuernummer 99015/12345\nGeschäftsführer: Andreas Sommer",
  [], "Clean invoice with USt-IdNr, HRB, tax number and a slash-separated invoice number.")

M(8, "review-request", "text", "Wie gefällt Ihnen Ihre Bestellung {ORDER}?",
  "Hallo Frau Becker,\n\n"
  "Sie nutzen die Yogamatte nun seit ein paar Tagen. Wir würden uns über eine Rezension auf Amazon freuen, ganz gleich, wie Ihre Erfahrung ausgefallen ist. "
  "Anderen Käuferinnen und Käufern hilft das sehr, und uns auch.\n\n"
  "Bestellnummer: {ORDER}\n\n"
  "Herzliche Grüße\nMiriam Lang\nZenMatte",
  [], "Clean neutral review request in plain text.")

M(9, "review-request", "html", "Ihre Meinung zur Fahrradtasche (Bestellung {ORDER})",
  "<p><img src=\"https://static.radkumpel.de/mail/logo-radkumpel.png\" alt=\"Logo Radkumpel\" width=\"180\" height=\"60\"></p>\n"
  "<p>Hallo Herr Zimmermann,</p>\n"
  "<p>vor einiger Zeit haben Sie bei uns die Doppel-Fahrradtasche bestellt (Bestellung {ORDER}). "
  "Möchten Sie Ihre Erfahrung mit anderen Käufern teilen? Ob Lob oder Kritik, jede Meinung hilft.</p>\n"
  "<p><a href=\"https://www.amazon.de/review/create-review?asin=B0CY5P8N3R\">Rezension auf Amazon.de schreiben</a></p>\n"
  "<p>Mit sportlichen Grüßen<br>\nIhr Radkumpel-Team</p>",
  [], "Clean HTML review request with shop logo (alt names shop) and descriptive https Amazon link.")

M(10, "delivery-scheduling", "text", "Terminvereinbarung Lieferung Ecksofa – Bestellung {ORDER}",
  "Sehr geehrte Familie Wolf,\n\n"
  "Ihr Ecksofa „Lissabon“ steht in unserem Lager in Bielefeld bereit. Da es von zwei Personen geliefert wird, möchten wir einen Termin mit Ihnen abstimmen. "
  "Folgende Zeitfenster sind frei:\n\n"
  "- Dienstag, 15.12.2026, 08:00–12:00 Uhr\n- Donnerstag, 17.12.2026, 12:00–16:00 Uhr\n- Samstag, 19.12.2026, 09:00–13:00 Uhr\n\n"
  "Bitte teilen Sie uns mit, welches Zeitfenster passt und in welchem Stockwerk Sie wohnen bzw. ob es einen Aufzug gibt.\n\n"
  "Mit freundlichen Grüßen\nKevin Hartmann\nTourenplanung, Möbelhof Westfalen\nBestellung {ORDER}",
  [], "Clean bulky-item delivery scheduling with German dates and time slots.")

M(11, "home-service-appointment", "text", "Installationstermin Waschmaschine – Bestellnummer {ORDER}",
  "Grüß Gott,\n\n"
  "Sie haben zur Waschmaschine auch die Installation gebucht. Unser Techniker kann am Montag, 21. Dezember, zwischen 13:00 und 17:00 Uhr "
  "oder am Mittwoch, 23. Dezember, zwischen 8:30 und 12:30 Uhr zu Ihnen kommen.\n\n"
  "Bitte sorgen Sie dafür, dass Wasserhahn und Abfluss frei zugänglich sind. Das Altgerät nehmen wir auf Wunsch mit.\n\n"
  "Ihren Wunschtermin können Sie uns einfach als Antwort schicken.\n\n"
  "Mit freundlichen Grüßen\nHaushaltsgeräte-Service Linz\nBestellnummer {ORDER}",
  [], "Clean home-service appointment with two time windows (de-AT buyer).", locale="de-AT")

M(12, "custom-design-verification", "html", "Korrekturabzug Geburtsschild – Bestellung {ORDER}",
  "<p>Liebe Frau Schmitt,</p>\n"
  "<p>herzlichen Glückwunsch zur kleinen Ida! Im Anhang finden Sie den Korrekturabzug Ihres Geburtsschilds aus Holz (Datei: <em>korrektur_geburtsschild_Ida_v1.pdf</em>).</p>\n"
  "<ul>\n<li>Name: Ida Schmitt</li>\n<li>Geboren: 28.11.2026, 04:12 Uhr</li>\n<li>Gewicht: 3.360 g, Größe: 50 cm</li>\n</ul>\n"
  "<p>Passt alles? Dann fräsen wir los. Falls Sie etwas ändern möchten, geben Sie uns einfach Bescheid.</p>\n"
  "<p>Herzliche Grüße<br>\nMarie<br>\nKleines Glück Werkstatt<br>\n<small>Bestellung {ORDER}</small></p>",
  [], "Clean custom design proof with date, time and weight details.")

M(13, "fulfillment-question", "text", "Zugang zu Ihrer Adresse – Bestellung {ORDER}",
  "Sehr geehrter Herr Yıldız,\n\n"
  "Ihre Bestellung liefern wir mit unserem eigenen Fahrzeug aus, geplant für Freitag, 11.12. (Tour 14, Stopp 7). "
  "Ihre Adresse ist ein Mehrfamilienhaus mit verschlossener Haustür: Gibt es einen Türcode oder eine andere Möglichkeit, ins Haus zu kommen? Dann geben wir das an unseren Fahrer weiter.\n\n"
  "Unser Zeichen: KS-2026-1207-88\nBestellung: {ORDER}\n\n"
  "Freundliche Grüße\nNora\nBeschlagdirekt",
  [], "Clean door-code question with route and reference numbers.")

M(14, "reply", "text", "AW: Frage zur Größe des Rucksacks – {ORDER}",
  "Hallo Herr Krause,\n\n"
  "gute Frage! Der Rucksack heißt bei uns offiziell „Little Oak Toys Explorer Backpack“, weil der Hersteller aus England kommt. "
  "Er ist 38 cm hoch und passt nach Erfahrung unserer Kundschaft gut zu Kindern von 5 bis 9 Jahren.\n\n"
  "Der Rucksack aus Bestellung {ORDER} hat außerdem einen höhenverstellbaren Brustgurt.\n\n"
  "Viele Grüße\nSaskia vom Draußenkinder-Shop",
  [], "Clean reply quoting an English product title inside German sentences.")

M(15, "reply", "text", "AW: Kaffeemaschine zeigt Fehler E4 ({ORDER})",
  "Sehr geehrte Frau Richter,\n\n"
  "ärgerlich, dass Ihre Kaffeemaschine den Fehler E4 anzeigt. Der Code deutet auf eine Pumpenstörung hin, die unter die zweijährige Herstellergarantie fällt. "
  "Am schnellsten geht es direkt über den Hersteller:\n\n"
  "Garantie-Hotline des Herstellers (Brevetti Caffè Deutschland): 0800 724 3310, Mo–Fr 9–17 Uhr.\n\n"
  "Halten Sie bitte Ihre Bestellnummer {ORDER} bereit. Falls es nicht klappt, melden Sie sich gern bei uns.\n\n"
  "Mit freundlichen Grüßen\nPeter Walter\nBaristaEcke",
  [], "Clean reply with a phone number marked as the manufacturer's warranty hotline.")

M(16, "reply", "html", "AW: Lieferung an Firmenadresse – Bestellung {ORDER}",
  "<p>Sehr geehrte Frau Dietrich,</p>\n"
  "<p>Bestellung {ORDER} kann problemlos an Ihre Firmenadresse gehen. Wenn Sie die Lieferadresse in Ihrem Amazon-Konto ändern, "
  "übernehmen wir sie automatisch, solange die Bestellung noch nicht bearbeitet wurde.</p>\n"
  "<p>Mit freundlichen Grüßen<br>\nThomas Vogel<br>\nKey Account Manager</p>\n"
  "<p><small>Druckerpatronen Nord GmbH · Speicherstraße 12 · 20457 Hamburg · Amtsgericht Hamburg HRB 154321 · USt-IdNr. DE317845209 · Geschäftsführerin: Katrin Vogel</small></p>",
  [], "Clean reply with a company-details footer (Impressum style).")

M(17, "reply", "text", "AW: Wo bleibt meine Erstattung? {ORDER}",
  "Hallo Frau Kaya,\n\n"
  "Ihr Retourenpaket (Retourennummer R-55817-DE, Sendungsnummer 00340434169876543210) ist am Montag, 07.12.2026, um 14:26 Uhr bei uns eingegangen. "
  "Am Dienstag, 08.12.2026, haben wir 59,95 € zu Bestellung {ORDER} erstattet; der Betrag ist in 3 bis 5 Werktagen auf Ihrem Konto.\n\n"
  "Viele Grüße\nJonas\nKundenservice Schuhkiste",
  [], "Clean reply with return and tracking numbers, dates, times and amounts.")

# ---------------------------------------------------------------- violations (31)

M(18, "delivery-delay", "text", "Update zu Bestellung {ORDER}",
  "Hallo Herr Brandt,\n\n"
  "gute Nachrichten: Ihr Paket hat heute Morgen unser Lager in Kassel verlassen und wurde an Hermes übergeben. Es kommt also doch noch vor Weihnachten an.\n\n"
  "Bestellnummer {ORDER}\n\nGrüße\nTechnikkeller",
  ["BSM201"], "Shipping confirmation paraphrased: left the warehouse, handed to the carrier.")

M(19, "fulfillment-question", "text", "Ihre Bestellung {ORDER} ist da",
  "Liebe Frau Franke,\n\n"
  "Ihre Bestellung {ORDER} ist bei uns eingegangen und wir sind schon dabei: Die Teedosen werden heute in unserer Manufaktur verpackt.\n\n"
  "Herzliche Grüße\nTeehaus Lavendel",
  ["BSM201"], "Order confirmation: received and being packed.")

M(20, "fulfillment-question", "text", "Dankeschön! ({ORDER})",
  "Liebe Katrin,\n\n"
  "ganz herzlichen Dank für deinen Einkauf bei der Sockenmanufaktur Nord. Es bedeutet uns als kleinem Familienbetrieb wirklich viel!\n\n"
  "Bestellung {ORDER}\n\nLiebe Grüße\nEva & Lars",
  ["BSM202"], "Thanks-only message; the order number is no content.")

M(21, "fulfillment-question", "text", "Bestellung {ORDER}",
  "Guten Tag,\n\n"
  "sollte mit Ihrer Bestellung {ORDER} irgendetwas nicht stimmen, sind wir jederzeit für Sie da. Schreiben Sie uns einfach über Amazon.\n\n"
  "Mit freundlichen Grüßen\nIhr Service-Team von Bäderwelt",
  ["BSM202"], "Only the offer to help if something comes up.")

M(22, "delivery-delay", "text", "Kleine Verzögerung bei Bestellung {ORDER}",
  "Sehr geehrter Herr Meyer,\n\n"
  "Ihre Schreibtischlampe wird zwei Tage später als geplant versendet, voraussichtlich am Mittwoch, 16.12. Bitte entschuldigen Sie.\n\n"
  "Mit freundlichen Grüßen\nLichtlabor Leipzig\n\n"
  "PS: Bis Sonntag gibt es mit dem Code LICHT20 20 % Rabatt auf unser gesamtes Sortiment.",
  ["BSM203"], "Otherwise permitted delay with a promotional PS (20 % off everything).")

M(23, "review-request", "text", "Ihre Meinung zu Bestellung {ORDER}",
  "Hallo Frau Jung,\n\n"
  "würden Sie eine Rezension zu dem Kissen schreiben, das Sie gekauft haben? Wir lesen alles, Lob wie Kritik.\n\n"
  "Bleiben Sie auf dem Laufenden: Folgen Sie uns auf Instagram (@schlafmanufaktur) und abonnieren Sie unseren Newsletter – so sehen Sie unsere neue Winterkollektion als Erste.\n\n"
  "Bestellung {ORDER}\nSchlafmanufaktur",
  ["BSM203"], "Follow us / newsletter / new collection without links.")

M(24, "review-request", "text", "Eine kleine Aufmerksamkeit für Sie – {ORDER}",
  "Sehr geehrter Herr Lorenz,\n\n"
  "würden Sie das Messerset aus Bestellung {ORDER} bewerten? "
  "Als kleines Dankeschön schicken wir Ihnen eine Aufmerksamkeit zu, sobald Ihre Rezension veröffentlicht ist.\n\n"
  "Mit freundlichen Grüßen\nSolinger Schneidwerk",
  ["BSM204"], "A small token of appreciation once the review is published.")

M(25, "review-request", "text", "Bestellung {ORDER}",
  "Hi Tim,\n\n"
  "unser Angebot: Du schreibst eine Rezension zur Powerbank, und wir erstatten dir den vollen Kaufpreis, sobald sie online ist. "
  "Schick uns einfach kurz eine Nachricht, wenn sie steht.\n\n"
  "Team Ladestrom",
  ["BSM204"], "Full refund as soon as the review is online.")

M(26, "reply", "text", "AW: Defekter Stecker – Bestellung {ORDER}",
  "Sehr geehrte Frau Köhler,\n\n"
  "schön, dass der Ersatzadapter zu Bestellung {ORDER} das Problem gelöst hat. "
  "Da nun alles funktioniert: Würden Sie in Erwägung ziehen, Ihre Ein-Stern-Bewertung zu aktualisieren oder zu löschen? Das würde uns sehr helfen.\n\n"
  "Mit freundlichen Grüßen\nStromladen Hannover",
  ["BSM205"], "Asks to update or delete an existing one-star review.")

M(27, "review-request", "text", "Zufrieden mit Bestellung {ORDER}?",
  "Liebe Kundin, lieber Kunde,\n\n"
  "gefällt Ihnen Ihr neuer Bettbezug? Dann freuen wir uns über Ihre Rezension auf Amazon. "
  "Falls nicht, melden Sie sich bitte zuerst bei uns, statt eine Bewertung zu schreiben – wir finden gemeinsam eine Lösung.\n\n"
  "Mit freundlichen Grüßen\nBettwäsche Bauer",
  ["BSM206"], "Review only if satisfied; unhappy buyers steered to contact instead.")

M(28, "review-request", "text", "Eine kleine Bitte zu Bestellung {ORDER}",
  "Hallo Lisa,\n\n"
  "wir sind ein kleiner Familienbetrieb und jede Bewertung zählt. Wenn dir das Puzzle gefallen hat, würden uns fünf Sterne riesig helfen!\n\n"
  "Liebe Grüße\nPuzzleparadies\n{ORDER}",
  ["BSM206"], "Asks for a five-star rating.")

M(29, "order-problem", "text", "[Wichtig] Artikel nicht lieferbar – {ORDER}",
  "Sehr geehrter Herr Schmid,\n\n"
  "leider ist der Rennradhelm in Größe L ausverkauft, und in dieser Saison kommt keine Ware mehr nach. "
  "Den Betrag von Bestellung {ORDER} haben wir bereits mit dem Grund „nicht auf Lager“ angepasst.\n\n"
  "Am schnellsten lässt sich alles abschließen, wenn Sie die Bestellung selbst unter „Meine Bestellungen“ stornieren.\n\n"
  "Sportliche Grüße\nRadsport Depot Augsburg",
  ["BSM108"], "Advises the buyer to cancel himself because of stock-out, with the adjustment confirmed.")

M(30, "order-problem", "text", "Ihre Bestellung {ORDER}",
  "Sehr geehrte Frau Haas,\n\n"
  "zu unserem Bedauern ist die Vase „Aurora“, die Sie bestellt haben, nicht mehr auf Lager. "
  "Wir wären Ihnen sehr dankbar, wenn Sie über Ihr Konto einen Stornierungsantrag für Bestellung {ORDER} stellen könnten.\n\n"
  "Mit freundlichen Grüßen\nWohnhaus Dresden",
  ["BSM107", "BSM108"], "Asks for a cancellation request because of stock-out, no adjustment mentioned.")

M(31, "review-request", "text", "Ihre Rezension zu Bestellung {ORDER}",
  "Hallo Frau Seidel,\n\n"
  "wir sind gespannt, wie Ihnen die Thermosflasche gefällt. Eine Rezension auf Amazon, auch eine kurze, schätzen wir sehr.\n\n"
  "Sie möchten keine Nachrichten mehr von uns erhalten? Dann antworten Sie einfach mit STOPP.\n\n"
  "Viele Grüße\nTrinkflasche.shop",
  ["BSM305"], "Opt-out instruction: reply STOPP.")

M(32, "reply", "text", "AW: Paket verschwunden ({ORDER})",
  "Hallo Herr Dietz,\n\n"
  "dieser Scheißpaketdienst hat es verdammt noch mal schon wieder verbockt, sorry. Für Bestellung {ORDER} machen wir morgen kostenlos Ersatz fertig; "
  "sollte das alte Paket doch noch auftauchen, behalten Sie es einfach.\n\n"
  "Grüße\nFrank\nErsatzteile Ruhr",
  ["BSM306"], "German profanity in a seller reply.")

M(33, "delivery-delay", "text", "Delivery update for order {ORDER}",
  "Dear customer,\n\n"
  "Unfortunately our supplier is running late, so your garden hose reel will ship on Thursday 17 December instead of Monday. "
  "We apologise for any inconvenience.\n\n"
  "Kind regards,\nGartenland Online\nOrder {ORDER}",
  ["BSM104"], "German buyer receives a message written entirely in English.")

M(34, "reply", "text", "AW: Montage Kleiderschrank – {ORDER}",
  "Hallo Frau Roth,\n\n"
  "Sie kommen mit den Türscharnieren des Schranks aus Bestellung {ORDER} nicht weiter? Rufen Sie uns gern unter 0221 / 48 73 29 10 an, dann gehen wir das gemeinsam durch.\n\n"
  "Viele Grüße\nRalf\nSchrankwerk Köln",
  ["BSM309"], "Seller phone number in German national format.")

M(35, "reply", "text", "AW: Lieferung nach Österreich – {ORDER}",
  "Sehr geehrte Frau Pichler,\n\n"
  "Bestellung {ORDER} wird selbstverständlich nach Österreich geliefert, mit der Post. Bei dringenden Fragen erreichen Sie uns auch unter +43 664 1234567 (auch WhatsApp).\n\n"
  "Mit freundlichen Grüßen\nStefan\nLeuchten Tirol",
  ["BSM309"], "Seller mobile number in international format (de-AT buyer).", locale="de-AT")

M(36, "reply", "text", "AW: Rechnung auf Firmennamen – {ORDER}",
  "Sehr geehrter Herr Braun,\n\n"
  "eine Rechnung auf Ihren Firmennamen stellen wir gerne aus. Senden Sie Ihre Firmendaten bitte an buchhaltung@buerostuhl-profi.de unter Angabe der Bestellung {ORDER}.\n\n"
  "Mit freundlichen Grüßen\nBürostuhl-Profi",
  ["BSM308"], "Plain e-mail address in the text.")

M(37, "reply", "text", "AW: Fehlende Schrauben zu {ORDER}",
  "Hallo Herr Winkler,\n\n"
  "kein Problem, die fehlenden Schrauben schicken wir nach. Fotos der anderen Teile können Sie an teile (at) gerüstholz-shop (punkt) de schicken.\n\n"
  "Grüße\nMartin\nGerüstholz-Shop\nBestellung {ORDER}",
  ["BSM308"], "Obfuscated e-mail address with '(at)' and '(punkt)'.")

M(38, "reply", "html", "AW: Pflege Ihres Eichentischs – {ORDER}",
  "<p>Sehr geehrte Frau Lehmann,</p>\n"
  "<p>danke für Ihre Frage zum Tisch aus Bestellung {ORDER}. Zur Pflege von geölter Eiche haben wir eine ausführliche Seite erstellt:</p>\n"
  "<p><a href=\"https://www.holzherz-moebel.de/pflege/geoelte-eiche\">Pflegetipps für geölte Eiche auf unserer Website</a></p>\n"
  "<p>Mit freundlichen Grüßen<br>\nHolzherz Möbel</p>",
  ["BSM302"], "Descriptive https link to the seller's own website.")

M(39, "review-request", "html", "Ihre Erfahrung mit Bestellung {ORDER}",
  "<p>Sehr geehrter Herr Fuchs,</p>\n"
  "<p>Wie gefällt Ihnen die Feuerschale? Wir freuen uns über Ihre ehrliche Meinung.</p>\n"
  "<p><a href=\"http://www.amazon.de/review/create-review?asin=B0BX2H5M7K\">Feuerschale auf Amazon.de bewerten</a></p>\n"
  "<p>Mit freundlichen Grüßen<br>\nFeuerschalen-Shop<br>\nBestellung {ORDER}</p>",
  ["BSM301"], "Insecure http link to Amazon with descriptive text.")

M(40, "delivery-delay", "html", "Verzögerung bei Bestellung {ORDER}",
  "<p>Sehr geehrte Frau Keller,</p>\n"
  "<p>Ihre Tischleuchte wird leider erst am Montag, 21.12., statt heute versendet.</p>\n"
  "<p><img src=\"https://cdn.leuchtenhaus-ost.de/produkte/tischleuchte-aurora-eiche.jpg\" alt=\"Tischleuchte Aurora mit Eichenfuß\" width=\"300\" height=\"300\"></p>\n"
  "<p>Entschuldigen Sie die Wartezeit.<br>\nLeuchtenhaus Ost<br>\nBestellung {ORDER}</p>",
  ["BSM310"], "Image of the purchased product (file name and alt name it).")

M(41, "additional-information", "html", "Lieferadresse prüfen – {ORDER}",
  "<p>Hallo Herr Peters,</p>\n"
  "<p>In der Lieferadresse zu Bestellung {ORDER} fehlt die Hausnummer. Könnten Sie sie uns noch mitteilen?</p>\n"
  "<p><img src=\"https://cdn.campingbedarf-nordsee.de/mail/strand-sonnenuntergang.jpg\" alt=\"Strand bei Sonnenuntergang\" width=\"400\" height=\"200\"></p>\n"
  "<p>Viele Grüße<br>\nCampingbedarf Nordsee</p>",
  ["BSM311"], "Stock beach photo unrelated to the shop.")

M(42, "additional-information", "html", "Farbwahl zu Bestellung {ORDER}",
  "<p><img src=\"https://static.farbenzentrale.de/mail/logo-farbenzentrale.png\" alt=\"\" width=\"160\" height=\"50\"></p>\n"
  "<p>Sehr geehrter Herr Busch,</p>\n"
  "<p>zu Ihrer Bestellung {ORDER} (Wandfarbe, 5 Liter) fehlt der Farbton. Welche RAL- oder NCS-Farbe dürfen wir für Sie mischen?</p>\n"
  "<p>Mit freundlichen Grüßen<br>\nDie Farbenzentrale</p>",
  ["BSM402"], "Shop logo with an empty alt attribute.")

M(43, "review-request", "text", "Wie gefallen dir die Kopfhörer? {ORDER}",
  "Hey Jonas! \U0001F3A7\n\n"
  "Du hast die Kopfhörer jetzt seit einer Woche. Magst du uns auf Amazon eine Rezension zu deinen Erfahrungen schreiben? \U0001F64F Danke dir ;-)\n\n"
  "Team Klangkiste\nBestellung {ORDER}",
  ["BSM403"], "Emoji and an emoticon in an otherwise neutral review request.")

M(44, "reply", "html", "AW: Maße des Spiegels – {ORDER}",
  "<style>\n.titel{font-size:22px}\n.unter{font-size:18px}\n.text{font-size:14px}\n.klein{font-size:11px}\n</style>\n"
  "<p class=\"titel\">Maße Spiegel „Oval“</p>\n"
  "<p class=\"unter\">Bestellung {ORDER}</p>\n"
  "<p class=\"text\">Der Spiegel misst 60 x 90 cm und wiegt 7,5 kg. Die Aufhängebügel haben 45 cm Abstand.</p>\n"
  "<p class=\"klein\">Spiegelpalast GmbH, Nürnberg</p>\n"
  "<p>Viele Grüße, Ilse</p>",
  ["BSM410"], "Four explicit font sizes in a style block plus the default.")

M(45, "delivery-scheduling", "text", "Lieferung Kleiderschrank – Bestellung {ORDER}",
  "Sehr geehrter Herr Albrecht,\n\n"
  "Ihr Kleiderschrank wird von zwei Monteuren geliefert. Passt Ihnen Dienstag, 15.12., zwischen 10:00 und 14:00 Uhr?\n\n\n\n"
  "Mit freundlichen Grüßen\n\n\nTourenplanung Schrankhalle\nBestellung {ORDER}",
  ["BSM412"], "Runs of blank lines in a plain text message.")

M(46, "additional-information", "html", "Gardinenmaß zu Bestellung {ORDER}",
  "<p>Sehr geehrte Frau Lechner,</p>\n"
  "<p>Für die Anfertigung Ihrer Vorhänge (Bestellung {ORDER}) fehlt uns noch die Höhe von der Schiene bis zum Boden.</p>\n"
  "<p></p>\n<p></p>\n"
  "<p>Könnten Sie uns das Maß in Zentimetern mitteilen?<br><br><br><br>Mit freundlichen Grüßen<br>\nVorhangatelier Innsbruck</p>",
  ["BSM412"], "Empty paragraphs and a run of four <br> in HTML (de-AT buyer).", locale="de-AT")

M(47, "return-follow-up", "text", "[Wichtig] Ihre Rücksendung – Bestellung {ORDER}",
  "Sehr geehrte Frau Arnold,\n\n"
  "für Ihre Rücksendung des Brotbackautomaten bieten wir Ihnen alternativ eine Teilerstattung von 20,00 € an, falls Sie das Gerät mit dem kleinen Lackschaden behalten möchten. "
  "Geben Sie uns einfach Bescheid, welche Variante Ihnen lieber ist.\n\n"
  "Mit freundlichen Grüßen\nBackstube Elektro\nBestellung {ORDER}",
  ["BSM110"], "[Wichtig] tag on a return follow-up, which is not critical to the order.")

M(48, "return-follow-up", "html", "Rücksendung {ORDER}: Foto benötigt",
  "<p>Sehr geehrter Herr Kuhn,</p>\n"
  "<p>um Ihre Rücksendung zu bearbeiten, benötigen wir ein Foto der beschädigten Ecke des Kartons. Bitte laden Sie es über Amazon hoch; "
  "wie das geht, erfahren Sie <a href=\"https://www.amazon.de/gp/help/customer/display.html?nodeId=GKM69DUUYKQWKWX7\">hier</a>.</p>\n"
  "<p>Mit freundlichen Grüßen<br>\nFliesenhandel Süd<br>\nBestellung {ORDER}</p>",
  ["BSM401"], "Link text 'hier' says nothing about where it goes.")

# ---------------------------------------------------------------- vary (2)

M(49, "delivery-delay", "html", "Neuer Versandtermin für Bestellung {ORDER}",
  "<div style=\"padding: 0 140px;\">\n"
  "<p>Sehr geehrte Frau Vogt,</p>\n"
  "<p>wegen des nassen Wetters wird Ihr Blumenzwiebel-Paket erst am Freitag, 18.12., statt am Montag, 14.12., versendet.</p>\n"
  "<p>Mit freundlichen Grüßen<br>\nBlumenzwiebel Hof Emsland<br>\nBestellung {ORDER}</p>\n</div>",
  ["BSM405"], "Container with 140 px padding on each side (wide margin).")

M(50, "delivery-delay", "text", "Lieferverzögerung Bestellung {ORDER}",
  "Sehr geehrter Herr Hofmann,\n\n"
  "we are sorry to inform you that your order {ORDER} will be delayed. The new dispatch date is Friday 18 December. "
  "We apologise for any inconvenience this may cause.\n\n"
  "Best regards,\nCustomer Service\nStahlwaren Schmidt",
  ["BSM104"], "Greeting in German, body paragraph in English.")
