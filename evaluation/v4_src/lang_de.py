# -*- coding: utf-8 -*-
"""Blind evaluation set v4, German (de-DE, a few de-AT)."""

LANG = "de"
MESSAGES = []


def _oid(n):
    a = (2963141 + n * 91193) % 10000000
    b = (4401867 + n * 31337 * 7) % 10000000
    return "204-%07d-%07d" % (a, b)


def M(n, typ, fmt, subject, body, expected, note, locale="de-DE"):
    oid = _oid(n)
    rep = lambda s: s.replace("{O}", oid).replace("{O_RAW}", oid.replace("-", ""))
    MESSAGES.append({
        "id": "v4-de-%03d" % n, "language": LANG, "locale": locale, "type": typ,
        "format": fmt, "subject": rep(subject), "body": rep(body), "order_id": oid,
        "expected": sorted(expected), "note": note,
    })


# ---------------- clean ----------------
M(1, "delivery-delay", "text", "Lieferverzögerung zu Ihrer Bestellung {O}",
  "Sehr geehrte Frau Schneider,\n\nleider verzögert sich der Versand Ihres Gartenstuhls aus der Bestellung {O}. Unser Lieferant hat die Ware nicht wie zugesagt geliefert. Statt am 12.12.2024 können wir voraussichtlich am 17.12.2024 versenden.\n\nWir bitten um Entschuldigung und melden uns, falls sich noch etwas ändert.\n\nMit freundlichen Grüßen\nMarkus Weber\nGartenmöbel Weber",
  [], "Plain-text delivery delay with German date format; clean.")

M(2, "delivery-delay", "html", "Neuer Versandtermin für Bestellung {O}",
  "<p>Hallo Lena,</p>\n<p>kurzes Update zu deiner Bestellung <strong>{O}</strong>: Der Lederrucksack wird bei uns in der Werkstatt von Hand genäht, und diese Woche ist einiges liegen geblieben.</p>\n<table>\n<tr><td>Bisheriger Versandtag</td><td>Mo., 09.12.2024</td></tr>\n<tr><td>Neuer Versandtag</td><td>Fr., 13.12.2024</td></tr>\n</table>\n<p>Sorry fürs Warten! Du musst nichts weiter tun.</p>\n<p>Viele Grüße<br>\nJonas<br>\nLederwerk Kiel</p>",
  [], "Builder HTML delivery delay with a table and no styling; clean.")

M(3, "order-problem", "text", "[Wichtig] Problem mit Ihrer Bestellung {O}",
  "Sehr geehrter Herr Hoffmann,\n\nleider können wir die Espressomaschine aus Ihrer Bestellung {O} nicht liefern: Das letzte Gerät ist bei der Endkontrolle durchgefallen. Wir haben den vollständigen Bestellbetrag von 249,00 € mit dem Grund CouldNotShip angepasst. Die Erstattung erfolgt automatisch über Ihre ursprüngliche Zahlungsart.\n\nBitte entschuldigen Sie die Unannehmlichkeiten.\n\nMit freundlichen Grüßen\nIhr Team von Caffè Bavarese",
  [], "Order problem with [Wichtig] and confirmed CouldNotShip adjustment; clean.")

M(4, "additional-information", "text", "Rückfrage zur Gravur – Bestellung {O}",
  "Hallo,\n\ndanke für Ihre Bestellung {O}. Sie haben das Schneidebrett mit Gravur gewählt, das Feld für den Gravurtext ist aber leer geblieben. Welcher Name oder Text soll drauf (max. 20 Zeichen)? Sobald wir das wissen, geht das Brett in die Produktion.\n\nBeste Grüße\nFlorian von Holzliebe Manufaktur",
  [], "Asks for engraving text needed to complete the order; clean.")

M(5, "return-follow-up", "text", "Ihre Rücksendung zu Bestellung {O}",
  "Sehr geehrter Herr Wagner,\n\nSie haben die Bettwäsche aus Bestellung {O} zur Rücksendung angemeldet, weil die Farbe etwas anders ausfällt als auf dem Foto. Falls Sie die Bettwäsche behalten möchten, bieten wir Ihnen eine Teilerstattung von 15,00 € an. Sie müssten dann nichts zurückschicken.\n\nGeben Sie uns kurz Bescheid? Andernfalls bearbeiten wir die Rücksendung wie angemeldet.\n\nFreundliche Grüße\nSabine Krüger\nTraumstoff Heimtextilien",
  [], "Return follow-up offering a partial refund; clean.")

M(6, "return-follow-up", "html", "Rücksendung Bestellung {O} – eine Frage",
  "<p>Grüß Gott, Frau Gruber,</p>\n<p>danke für Ihre Rücksendeanfrage zu Bestellung {O}. Damit wir Ihnen das passende Rücksendeetikett schicken können, brauchen wir noch eine Angabe: Schicken Sie den Staubsauger samt Zubehör zurück oder nur die Bodendüse?</p>\n<p>Mit freundlichen Grüßen<br>\nStefan Huber<br>\nHaushaltsprofi GmbH</p>",
  [], "Return follow-up asking for information to complete the return; de-AT buyer; clean.", locale="de-AT")

M(7, "invoice", "text", "Rechnung zu Ihrer Bestellung {O}",
  "Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie die Rechnung zu Ihrer Bestellung {O}, Rechnungsnummer RE/2024/11/0832.\n\nRechnungsbetrag: 238,00 € inkl. 19 % MwSt. (38,00 €)\n\nMit freundlichen Grüßen\n\nBuchhaltung\nBürobedarf Neumann GmbH\nIndustriestraße 22\n70565 Stuttgart\nAmtsgericht Stuttgart HRB 745812\nUSt-IdNr. DE 287 451 936\nGeschäftsführer: Klaus Neumann",
  [], "Invoice with slashed invoice number, HRB and USt-IdNr; clean.")

M(8, "review-request", "text", "Wie zufrieden sind Sie mit Bestellung {O}?",
  "Guten Tag,\n\nSie haben kürzlich bei uns die Fahrradtaschen gekauft (Bestellung {O}). Würden Sie auf Amazon eine Rezension dazu schreiben? Ihre Erfahrung hilft anderen Käufern, ob sie nun gut oder weniger gut ausgefallen ist.\n\nMit freundlichen Grüßen\nRadsport Nord",
  [], "Neutral plain-text review request; clean.")

M(9, "review-request", "html", "Ihre Meinung zu Bestellung {O}",
  "<p><img src=\"https://static.kaesekiste-allgaeu.de/mail/logo-kaesekiste-allgaeu.png\" alt=\"Käsekiste Allgäu\" width=\"160\" height=\"60\"></p>\n<p>Liebe Frau Fischer,</p>\n<p>Ihr Käsepaket aus Bestellung {O} ist inzwischen angekommen. Wir würden gerne erfahren, wie es Ihnen geschmeckt hat. Ihre Meinung können Sie über <a href=\"https://www.amazon.de/review/create-review?asin=B0CJ9KX4RT\">eine Rezension auf Amazon.de schreiben</a> teilen.</p>\n<p>Herzliche Grüße aus dem Allgäu<br>\nKäsekiste Allgäu</p>",
  [], "HTML review request with shop logo (alt names the shop) and descriptive https Amazon link; clean.")

M(10, "delivery-scheduling", "text", "Liefertermin für Ihre Waschmaschine – Bestellung {O}",
  "Sehr geehrter Herr Becker,\n\nIhre Waschmaschine (Bestellung {O}) wird von unserer Spedition mit zwei Fahrern geliefert. In Ihrer Region haben wir folgende Zeitfenster frei:\n\n- Mittwoch, 18.12., 8:00–12:00 Uhr\n- Mittwoch, 18.12., 13:00–17:00 Uhr\n- Freitag, 20.12., 8:00–12:00 Uhr\n\nWelches passt Ihnen? Das Gerät wiegt etwa 70 kg. Gibt es einen Aufzug, oder muss es in ein oberes Stockwerk getragen werden?\n\nMit freundlichen Grüßen\nTourenplanung Weißwaren Direkt",
  [], "Delivery scheduling of a heavy item with time slots; clean.")

M(11, "home-service-appointment", "html", "Montagetermin Küchenarmatur – Bestellung {O}",
  "<p>Hallo Frau Schmid,</p>\n<p>für die Montage Ihrer Küchenarmatur (Bestellung {O}) sind bei uns folgende Termine frei:</p>\n<ul>\n<li>Montag, 06.01.2025, 9:00 – 11:00 Uhr</li>\n<li>Dienstag, 07.01.2025, 14:00 – 16:00 Uhr</li>\n</ul>\n<p>Welcher Termin passt Ihnen? Unser Monteur Herr Yilmaz bringt alles Nötige mit.</p>\n<p>Viele Grüße<br>\nSanitär Meyer</p>",
  [], "Home-service appointment with German date and time formats; clean.")

M(12, "custom-design-verification", "text", "Korrekturabzug für Ihre Bestellung {O}",
  "Liebe Julia,\n\nim Anhang findest du den Korrekturabzug (PDF) für das Geburtsschild aus Bestellung {O}: Name „Mia“, geboren am 03.11.2024, 3.250 g, 51 cm, in der Schrift, die du ausgesucht hast.\n\nPasst alles? Gib uns kurz Bescheid, dann wird gefräst. Wenn du Änderungen möchtest, schicken wir dir gern einen neuen Abzug.\n\nLiebe Grüße\nAnna – Holzwerkstatt Kleinholz",
  [], "Design proof with date, weight and length figures that are not phone numbers; clean.")

M(13, "fulfillment-question", "text", "Zugang zu Ihrer Lieferadresse – Bestellung {O}",
  "Guten Morgen,\n\nder Zusteller konnte Ihr Paket (Bestellung {O}, Sendungsreferenz LS-2024/88172-3) gestern nicht abgeben, weil die Haustür der Wohnanlage verschlossen war. Gibt es einen Türcode oder einen anderen Zugang? Ihre Angaben geben wir nur für diese Zustellung an den Zusteller weiter.\n\nMit freundlichen Grüßen\nVersandabteilung Bürostuhl Zentrale",
  [], "Door-code question with reference numbers; clean.")

M(14, "reply", "text", "AW: Frage zum „Cozy Cloud Weighted Blanket“ ({O})",
  "Hallo Frau Lehmann,\n\ndanke für Ihre Frage. Beim „Cozy Cloud Weighted Blanket“ aus Ihrer Bestellung {O} darf nur der Bezug bei 30 °C in die Maschine. Die Innendecke sollten Sie lieber lüften.\n\nViele Grüße\nSchlafgut Berlin",
  [], "Reply quoting an English product title inside German sentences; clean.")

M(15, "reply", "text", "AW: Kühlschrank brummt – Bestellung {O}",
  "Sehr geehrter Herr Zimmermann,\n\nes tut uns leid, dass der Kühlschrank aus Bestellung {O} so laut ist. Das fällt unter die zweijährige Herstellergarantie. Die Garantie-Hotline des Herstellers (Kühlwerk Deutschland) erreichen Sie unter 0800 723 45 60, Mo.–Fr. 8–18 Uhr. Dort wird bei Bedarf ein Techniker geschickt.\n\nFalls es dort nicht weitergeht, melden Sie sich gern wieder bei uns.\n\nMit freundlichen Grüßen\nWeißwaren Direkt",
  [], "Reply with the manufacturer's warranty hotline, marked as such (BSM309 exception); clean.")

M(16, "reply", "html", "AW: Rechnung auf Firmennamen? ({O})",
  "<p>Sehr geehrter Herr Brandt,</p>\n<p>selbstverständlich. Die neue Rechnung zu Bestellung {O}, ausgestellt auf die Brandt Haustechnik GmbH, finden Sie im Anhang.</p>\n<p>Mit freundlichen Grüßen<br>\nKatrin Vogel<br>\nKundenservice</p>\n<p><small>Werkzeughaus Ost GmbH · Hafenstraße 9 · 04109 Leipzig<br>\nAmtsgericht Leipzig HRB 31877 · USt-IdNr. DE318274650 · Geschäftsführerin: Petra Lange</small></p>",
  [], "Reply with a German company-details footer in <small>; clean.")

M(17, "reply", "text", "AW: Wann kommt meine Erstattung? {O}",
  "Hallo Herr Wolf,\n\nIhre Rücksendung (Retourennummer R-24-118733, DHL-Sendungsnummer 00340434161094027318) ist am 26.11.2024 um 14:12 Uhr bei uns eingegangen. Am 27.11. haben wir 34,95 € für Bestellung {O} erstattet. Bis der Betrag auf Ihrem Konto ist, kann es 3–5 Werktage dauern.\n\nViele Grüße\nSpielzeugkiste Franken",
  [], "Reply with return and tracking numbers, date, time and amount; none is a phone number; clean.")

# ---------------- violations ----------------
M(18, "fulfillment-question", "text", "Ihr Paket ist unterwegs – {O}",
  "Hallo Herr Richter,\n\ngute Nachrichten: Ihre Bestellung {O} hat heute Vormittag unser Lager in Erfurt verlassen und wurde an DHL übergeben. Morgen sollte sie bei Ihnen sein.\n\nViele Grüße\nKochwerk Erfurt",
  ["BSM201"], "Shipping confirmation: left the warehouse, handed to DHL.")

M(19, "fulfillment-question", "html", "Bestellung {O} eingegangen",
  "<p>Liebe Frau Koch,</p>\n<p>Ihre Bestellung {O} ist bei uns eingegangen und wird gerade von unserem Team liebevoll verpackt.</p>\n<p>Herzliche Grüße<br>\nTeestube Lüneburg</p>",
  ["BSM201"], "Order confirmation: received and being packed.")

M(20, "reply", "text", "Bestellung {O}",
  "Liebe Kundin, lieber Kunde,\n\nherzlichen Dank für Ihre Bestellung {O} bei Leuchtenhaus Nordlicht! Wir freuen uns sehr, dass Sie sich für uns entschieden haben.\n\nMit freundlichen Grüßen\nLeuchtenhaus Nordlicht",
  ["BSM202"], "Thanks-only message.")

M(21, "fulfillment-question", "text", "Ihre Bestellung {O}",
  "Servus,\n\nsollte mit Ihrer Bestellung {O} irgendetwas nicht passen, sind wir jederzeit für Sie da. Schreiben Sie uns einfach über Amazon.\n\nBeste Grüße\nBadwelt Tirol",
  ["BSM202"], "Only 'we are here if anything comes up'.", locale="de-AT")

M(22, "delivery-delay", "text", "Kleine Verzögerung – Bestellung {O}",
  "Hallo Frau Braun,\n\nIhr Puzzle (Bestellung {O}) wird wegen einer späten Lieferung der Druckerei erst am Montag, 16.12., verschickt statt heute. Entschuldigung dafür!\n\nViele Grüße\nPuzzlewelt Hamburg\n\nPS: Bis Sonntag bekommen Sie mit dem Code PUZZLE20 20 % Rabatt auf unser gesamtes Sortiment.",
  ["BSM203"], "Permitted delay with a 20%-off-everything P.S.")

M(23, "reply", "html", "AW: Größe der Regenjacke ({O})",
  "<p>Hallo Tim,</p>\n<p>die Regenjacke aus Bestellung {O} fällt normal aus; Größe M passt bei 96 bis 100 cm Brustumfang.</p>\n<p>Übrigens: Unsere neue Winterkollektion ist gerade eingetroffen! Folgen Sie uns auf Instagram oder abonnieren Sie unseren Newsletter, dann erfahren Sie als Erste davon.</p>\n<p>Viele Grüße<br>\nWetterfest Outdoor</p>",
  ["BSM203"], "Reply with 'new collection, follow us, newsletter' promotion (no link).")

M(24, "review-request", "text", "Eine kleine Bitte zu Bestellung {O}",
  "Liebe Frau Schäfer,\n\nwir hoffen, die Kräutertöpfe aus Bestellung {O} gefallen Ihnen. Würden Sie eine Rezension auf Amazon schreiben? Sobald Ihre Bewertung online ist, schicken wir Ihnen als kleines Dankeschön eine Überraschung zu.\n\nHerzliche Grüße\nGrünzeug Manufaktur",
  ["BSM204"], "Small gift promised once the review is published.")

M(25, "review-request", "html", "Ihre Rezension zu Bestellung {O}",
  "<p>Hallo,</p>\n<p>danke für den Kauf unserer Powerbank (Bestellung {O}). Schreiben Sie eine ehrliche Rezension auf Amazon und geben Sie uns Bescheid, sobald sie sichtbar ist: Dann erstatten wir Ihnen den vollen Kaufpreis.</p>\n<p>Beste Grüße<br>\nVoltwerk</p>",
  ["BSM204"], "Full refund offered once the review is online.")

M(26, "reply", "text", "AW: Zerbrochene Vase – Bestellung {O}",
  "Sehr geehrter Herr Keller,\n\ndie Ersatzvase zu Bestellung {O} ist heute rausgegangen und sollte morgen bei Ihnen sein. Nachdem sich das nun geklärt hat: Wären Sie bereit, Ihre Ein-Stern-Bewertung anzupassen oder zu löschen? Für unsere kleine Töpferei wäre das sehr wichtig.\n\nMit freundlichen Grüßen\nKeramik am Main",
  ["BSM205"], "Asks to update or delete a one-star review.")

M(27, "review-request", "text", "Zufrieden mit Bestellung {O}?",
  "Guten Tag,\n\nsind Sie mit Ihrer neuen Schreibtischlampe (Bestellung {O}) zufrieden? Dann freuen wir uns sehr über eine Rezension auf Amazon. Falls nicht, schreiben Sie bitte keine Bewertung, sondern wenden Sie sich zuerst an uns, damit wir eine Lösung finden.\n\nMit freundlichen Grüßen\nLichtblick Leuchten",
  ["BSM206"], "Review asked only from satisfied buyers; unhappy ones steered away.")

M(28, "review-request", "html", "Ihre Meinung zählt – Bestellung {O}",
  "<p>Liebe Frau Hartmann,</p>\n<p>schön, dass Sie sich für unsere Yogamatte entschieden haben (Bestellung {O}). Über eine Fünf-Sterne-Bewertung auf Amazon würden wir uns riesig freuen.</p>\n<p>Namaste<br>\nYogaraum München</p>",
  ["BSM206"], "Asks for a five-star rating.")

M(29, "order-problem", "text", "[Wichtig] Bestellung {O}: Artikel nicht lieferbar",
  "Sehr geehrter Herr Schulz,\n\nleider ist der zweite Barhocker aus Bestellung {O} ausverkauft. Den Bestellbetrag für diesen Hocker haben wir mit dem Grund NoInventory angepasst (64,50 € weniger). Den ersten Hocker können wir wie geplant versenden.\n\nWenn Sie nur einen Hocker nicht möchten, stornieren Sie die Bestellung am schnellsten selbst unter „Meine Bestellungen“.\n\nMit freundlichen Grüßen\nSitzkultur",
  ["BSM108"], "Adjusted order problem that still advises the buyer to cancel.")

M(30, "order-problem", "text", "Ihre Bestellung {O}",
  "Sehr geehrte Frau Lang,\n\nunser Lieferant hat uns mitgeteilt, dass die Espressotassen aus Bestellung {O} auf absehbare Zeit nicht lieferbar sind. Wir wären Ihnen dankbar, wenn Sie über Ihr Amazon-Konto eine Stornierung beantragen, damit wir die Bestellung abschließen können.\n\nMit freundlichen Grüßen\nEspresso Ecke",
  ["BSM107", "BSM108"], "Out of stock: asks for a cancellation request, no adjustment confirmed.")

M(31, "delivery-delay", "text", "Verzögerung Bestellung {O}",
  "Guten Tag,\n\nwegen hohen Sendungsaufkommens beim Paketdienst wird Ihr Schuhregal (Bestellung {O}) zwei Tage später verschickt, am Donnerstag, 19.12.\n\nMit freundlichen Grüßen\nOrdnungsliebe Wohnen\n\nSie möchten keine Nachrichten mehr von uns erhalten? Antworten Sie einfach mit STOP.",
  ["BSM305"], "Opt-out instruction: reply STOP.")

M(32, "reply", "text", "AW: Paket {O} immer noch nicht da",
  "Hallo Kevin,\n\ndieser Scheiß-Paketdienst hat dein Paket (Bestellung {O}) verdammt noch mal schon wieder an die falsche Adresse gebracht. Wir haben Ersatz zurückgelegt, der morgen rausgeht.\n\nGruß\nDennis – Retro Spielekiste",
  ["BSM306"], "German profanity in a reply.")

M(33, "delivery-delay", "text", "Delay on your order {O}",
  "Dear customer,\n\nUnfortunately the garden lights from order {O} will ship a few days later than planned. We now expect to send them on Wednesday 18 December.\n\nKind regards,\nGartenlicht Süd",
  ["BSM104"], "Message to a de-DE buyer written entirely in English.")

M(34, "additional-information", "text", "Lieferadresse zu Bestellung {O}",
  "Sehr geehrter Herr Krause,\n\nin der Adresse zu Bestellung {O} fehlt offenbar die Hausnummer. Können Sie sie uns mitteilen? Gerne auch telefonisch unter 0171 4829356, täglich bis 18 Uhr.\n\nViele Grüße\nRadteile Sauerland",
  ["BSM309"], "Seller's mobile number in German national format.")

M(35, "reply", "html", "AW: Aufbauanleitung ({O})",
  "<p>Sehr geehrte Frau Meier,</p>\n<p>die Aufbauanleitung für den Schrank aus Bestellung {O} finden Sie als PDF im Anhang. Bei Fragen zum Aufbau erreichen Sie unsere Serviceabteilung unter +43 1 890 23 47.</p>\n<p>Mit freundlichen Grüßen<br>\nKastenwerk Wien</p>",
  ["BSM309"], "Seller's service number in international (Austrian) format.", locale="de-AT")

M(36, "return-follow-up", "text", "Rücksendung {O}: Fotos benötigt",
  "Sehr geehrter Herr Lorenz,\n\nfür die Rücksendung des beschädigten Spiegels aus Bestellung {O} benötigen wir ein paar Fotos vom Schaden. Könnten Sie diese an retoure@spiegelmanufaktur-lorenz.de schicken?\n\nMit freundlichen Grüßen\nSpiegelmanufaktur",
  ["BSM308"], "Plain e-mail address in a return follow-up.")

M(37, "additional-information", "text", "Grußkarte zu Bestellung {O}",
  "Hallo,\n\nzu Bestellung {O} gehört eine Grußkarte, aber es wurde kein Text angegeben. Was soll draufstehen? Sie können ihn uns auch an blumen (at) bluetenpost (punkt) de schicken.\n\nViele Grüße\nBlütenpost",
  ["BSM308"], "E-mail address obfuscated with '(at)' and '(punkt)'.")

M(38, "reply", "html", "AW: Pflege des Eichentischs ({O})",
  "<p>Sehr geehrter Herr Schubert,</p>\n<p>danke für Ihre Nachfrage. Den Tisch aus Bestellung {O} sollten Sie zweimal im Jahr ölen. Eine Schritt-für-Schritt-Anleitung finden Sie in <a href=\"https://www.eichenart.de/pflege/eichentische\">unserer Pflegeanleitung für Eichentische auf unserer Website</a>.</p>\n<p>Mit freundlichen Grüßen<br>\nEichenArt</p>",
  ["BSM302"], "Descriptive https link to the seller's own website.")

M(39, "review-request", "html", "Rezension zu Bestellung {O}",
  "<p>Guten Tag,</p>\n<p>Ihre Thermoskanne aus Bestellung {O} wurde zugestellt. Wir würden gerne wissen, wie sie Ihnen gefällt: <a href=\"http://www.amazon.de/review/create-review?asin=B0D2FM7W4X\">Rezension auf Amazon.de schreiben</a>.</p>\n<p>Viele Grüße<br>\nWarmhalter</p>",
  ["BSM301"], "Descriptive Amazon link over http.")

M(40, "delivery-delay", "html", "Bestellung {O} kommt etwas später",
  "<p>Hallo Sarah,</p>\n<p>die Rattan-Hängelampe aus Bestellung {O} wird nicht mehr diese Woche, sondern nächsten Dienstag verschickt.</p>\n<p><img src=\"https://cdn.rattanundraum.de/produkte/rattan-haengelampe-bali-45cm.jpg\" alt=\"Rattan-Hängelampe Bali 45 cm\" width=\"300\"></p>\n<p>Liebe Grüße<br>\nRattan &amp; Raum</p>",
  ["BSM310"], "Image of the purchased product (file name and alt name it).")

M(41, "review-request", "html", "Wie gefällt Ihnen Bestellung {O}?",
  "<p><img src=\"https://images.stockbilder-archiv.com/weihnachtsbaum-lichter-schnee.jpg\" alt=\"Weihnachtsbaum mit Lichtern im Schnee\" width=\"400\"></p>\n<p>Sehr geehrter Herr Pichler,</p>\n<p>wie gefällt Ihnen die Kaffeemaschine aus Bestellung {O}? Würden Sie eine Rezension auf Amazon schreiben? Das hilft anderen Käufern.</p>\n<p>Frohe Weihnachten<br>\nKaffeehaus Graz</p>",
  ["BSM311"], "Stock Christmas-tree image unrelated to the shop.", locale="de-AT")

M(42, "delivery-delay", "html", "Neuer Versandtermin – Bestellung {O}",
  "<p><img src=\"https://cdn.buecherbucht.de/mail/buecherbucht-logo.png\" alt=\"\" width=\"140\"></p>\n<p>Sehr geehrte Frau Winkler,</p>\n<p>das Buch aus Bestellung {O} wird beim Verlag nachgedruckt. Wir rechnen damit, es am 23.12. versenden zu können.</p>\n<p>Mit freundlichen Grüßen<br>\nBücherbucht</p>",
  ["BSM402"], "Shop logo with empty alt attribute.")

M(43, "additional-information", "text", "Glasurfarbe für Bestellung {O} 🎨",
  "Hallo Marie!\n\nDu hast mit Bestellung {O} einen handgemachten Becher bestellt, aber noch keine Glasur ausgesucht. Meerblau, Moosgrün oder Sand? 😊\n\nLiebe Grüße\nTöpferstube Ton",
  ["BSM403"], "Emoji in subject and body.")

M(44, "reply", "text", "AW: Selbst abholen ({O})",
  "Hallo Lukas,\n\nabholen kannst du Bestellung {O} leider nicht, wir haben nur ein Lager und keinen Laden. Das Paket kommt ganz normal mit der Post ;-)\n\nGruß\nModellbau Hesse",
  ["BSM403"], "Text emoticon ;-) in a reply.")

M(45, "invoice", "html", "Rechnung zu Bestellung {O}",
  "<style>\nh1 { font-size: 22px; }\nh2 { font-size: 18px; }\n.text { font-size: 14px; }\n.fuss { font-size: 11px; }\n</style>\n<h1>Rechnung</h1>\n<h2>Bestellung {O}</h2>\n<p class=\"text\">Anbei erhalten Sie die Rechnung Nr. RE-2024/1288.</p>\n<p class=\"fuss\">Druckerei Kopf GmbH · Amtsgericht Köln HRB 98231 · USt-IdNr. DE301928475</p>",
  ["BSM410"], "Four explicit font sizes in a <style> block plus the default.")

M(46, "delivery-delay", "text", "Bestellung {O} – späterer Versand",
  "Sehr geehrter Herr Roth,\n\nIhre Bestellung {O} wird leider erst am 20.12. verschickt.\n\n\n\nWir bitten die Unannehmlichkeiten zu entschuldigen.\n\n\nMit freundlichen Grüßen\nBoxspring Zentrum",
  ["BSM412"], "Runs of blank lines in plain text.")

M(47, "return-follow-up", "text", "[Wichtig] Ihre Rücksendung zu Bestellung {O}",
  "Guten Tag,\n\nfür die Rücksendung des Kinderfahrrads aus Bestellung {O} benötigen wir noch eine Angabe: Ist der Karton noch vorhanden, oder sollen wir Ihnen Verpackungsmaterial schicken?\n\nMit freundlichen Grüßen\nKinderrad Shop",
  ["BSM110"], "[Wichtig] tag on a return follow-up, which is not critical.")

M(48, "reply", "html", "AW: Thermostat verbinden ({O})",
  "<p>Hallo Herr Jung,</p>\n<p>für das smarte Thermostat aus Bestellung {O} gibt es eine Schritt-für-Schritt-Anleitung auf der Produktseite: <a href=\"https://www.amazon.de/dp/B0C7NV2K8Q\">https://www.amazon.de/dp/B0C7NV2K8Q</a></p>\n<p>Viele Grüße<br>\nSmartWohnen</p>",
  ["BSM401"], "Bare URL as link text.")

# ---------------- varying ----------------
M(49, "review-request", "html", "Ihre Meinung zu Bestellung {O}",
  "<p><a href=\"https://www.teekontor-bremen.de\"><img src=\"https://www.teekontor-bremen.de/img/teekontor-bremen-logo.png\" alt=\"Teekontor Bremen\" width=\"160\"></a></p>\n<p>Sehr geehrte Frau Albrecht,</p>\n<p>Ihr Teepaket aus Bestellung {O} ist angekommen. Wenn Sie möchten, können Sie <a href=\"https://www.amazon.de/review/create-review?asin=B0CW4TR8NM\">eine Rezension auf Amazon.de schreiben</a>.</p>\n<p>Mit freundlichen Grüßen<br>\nTeekontor Bremen</p>",
  ["BSM302", "BSM304"], "Shop logo linked to the seller's website.")

M(50, "additional-information", "html", "Angaben zur Lieferung – Bestellung {O}",
  "<p>Sehr geehrter Herr Seidel,</p>\n<p>für die Lieferung Ihres Sofas (Bestellung {O}) brauchen wir noch das Stockwerk und die Angabe, ob ein Aufzug vorhanden ist.</p>\n<form>\n<label>Stockwerk: <input type=\"text\" name=\"stockwerk\"></label>\n<label>Aufzug vorhanden: <input type=\"checkbox\" name=\"aufzug\"></label>\n<button type=\"submit\">Absenden</button>\n</form>\n<p>Mit freundlichen Grüßen<br>\nSofawelt Dresden</p>",
  ["BSM312"], "Embedded form (active content).")
