"""v6 blind set, German (de-DE, a few de-AT)."""

MESSAGES = []


def _o(n):
    return "404-%07d-%07d" % (4400311 + n * 5023, 1200087 + n * 86243 % 3000000)


def m(n, typ, fmt, subject, body, expected, note, locale="de-DE"):
    o = _o(n)
    MESSAGES.append({
        "id": "v6-de-%03d" % n, "language": "de", "locale": locale, "type": typ,
        "format": fmt, "subject": subject.replace("{o}", o), "body": body.replace("{o}", o),
        "order_id": o, "expected": sorted(expected), "note": note,
    })


# ---------------- clean ----------------
m(1, "delivery-delay", "text", "Ihre Bestellung {o} verzögert sich",
  "Guten Tag Frau Lehmann,\n\nunser Lieferant hat uns die Emaille-Töpfe für Ihre Bestellung {o} leider erst für nächste Woche zugesagt. "
  "Wir rechnen damit, die Ware am Donnerstag, 17.12.2026, auf den Weg zu bringen, statt wie angegeben am 14.12.\n\n"
  "Entschuldigen Sie bitte die Wartezeit.\n\nFreundliche Grüße\nJonas Brandt\nKochkontor Hamburg",
  [], "Plain-text delivery delay with German date format.")
m(2, "delivery-delay", "html", "Lieferverzögerung zu Bestellung {o}",
  "<p>Sehr geehrter Herr Schulze,</p><p>wegen eines Maschinenausfalls in unserer Druckerei verzögert sich die Herstellung Ihres Fotokalenders 2027 "
  "(Bestellung {o}) um etwa vier Werktage. Neuer voraussichtlicher Versandtermin: <strong>Freitag, 11. Dezember 2026</strong>.</p>"
  "<p>Wir bitten vielmals um Entschuldigung.</p><p>Mit freundlichen Grüßen<br>Ihr Team von Druckhaus Seeblick</p>",
  [], "HTML delivery delay.")
m(3, "order-problem", "text", "[Wichtig] Artikel nicht lieferbar – Bestellung {o}",
  "Hallo Frau Yıldız,\n\nleider ist beim Kommissionieren aufgefallen, dass die letzte Packung 'Bio-Earl-Grey, 250 g' aus Ihrer Bestellung {o} beschädigt ist. "
  "Nachschub bekommen wir nicht mehr, daher können wir diesen Artikel nicht versenden.\n\n"
  "Den Bestellbetrag haben wir angepasst: Die 7,95 € für diesen Artikel werden Ihnen nicht berechnet (Grund: NoInventory).\n\n"
  "Viele Grüße\nAnja Krüger\nTeestube Lüneburg",
  [], "Order problem confirming the adjustment, with [Wichtig] allowed on this type.")
m(4, "additional-information", "text", "Gravurtext für Bestellung {o}",
  "Guten Tag,\n\nfür das gravierte Schneidebrett aus Bestellung {o} fehlt uns noch der Wunschtext (max. 24 Zeichen). "
  "Sobald wir ihn haben, geht das Brett innerhalb von zwei Werktagen in die Gravur.\n\nBeste Grüße\nTobias | Holzwerkstatt Kaiser",
  [], "Request for engraving text needed to complete the order.")
m(5, "return-follow-up", "text", "Ihre Reklamation zu Bestellung {o}",
  "Sehr geehrter Herr Wagner,\n\nvielen Dank für Ihren Hinweis auf den Kratzer an der Kaffeemühle aus Bestellung {o}.\n\n"
  "Wenn Sie die Mühle behalten möchten, bieten wir Ihnen eine Teilerstattung von 15,00 € an. Alternativ können Sie sie natürlich ganz normal zurücksenden. "
  "Geben Sie uns kurz Bescheid, was Ihnen lieber ist?\n\nMit freundlichen Grüßen\nSabine Hoffmann\nBohnenglück Kaffeerösterei",
  [], "Return follow-up offering a partial refund.")
m(6, "return-follow-up", "text", "Rückfrage zu Ihrer Rücksendung ({o})",
  "Servus Herr Gruber,\n\nwir haben Ihre Rücksendeanfrage zu den Wanderschuhen aus Bestellung {o} erhalten. Damit wir sie abschließen können: "
  "Möchten Sie eine andere Größe oder das Geld zurück? Und wurden die Schuhe schon draußen getragen?\n\nLiebe Grüße\nBergsport Innsbruck",
  [], "Return follow-up asking for information needed to complete the return.", locale="de-AT")
m(7, "invoice", "text", "Rechnung zu Ihrer Bestellung {o}",
  "Sehr geehrte Kundin, sehr geehrter Kunde,\n\nanbei erhalten Sie die Rechnung RE/2026/12/0417 zu Ihrer Bestellung {o} (Bürostuhl 'Ergo Plus', 249,00 € inkl. 19 % MwSt.).\n\n"
  "Mit freundlichen Grüßen\n\nBuchhaltung\nBüroraum Nord GmbH\nHafenstraße 12, 28217 Bremen\n"
  "Amtsgericht Bremen HRB 31245 | USt-IdNr. DE 284 193 762 | Steuernummer 60/145/12345\nGeschäftsführer: Klaus Meier",
  [], "Invoice with slash invoice number, HRB, USt-IdNr and Steuernummer (not phone numbers).")
m(8, "review-request", "text", "Ihre Erfahrung mit Bestellung {o}",
  "Sehr geehrte Frau Becker,\n\nSie haben kürzlich unsere Leinentischdecken gekauft (Bestellung {o}). "
  "Wir würden uns freuen, wenn Sie Ihre Erfahrung in einer Produktrezension auf Amazon teilen, ganz gleich, wie sie ausgefallen ist.\n\n"
  "Freundliche Grüße\nLeinenwerk Bielefeld",
  [], "Neutral plain-text review request.")
m(9, "review-request", "html", "Wie gefällt Ihnen der Pflanzkübel? Bestellung {o}",
  "<p><img src=\"https://cdn.gruenzeug.example/logo-gruenzeug.png\" alt=\"Logo Grünzeug Manufaktur\" width=\"180\"></p>"
  "<p>Hallo Frau Schmitt,</p><p>Ihr Pflanzkübel aus Bestellung {o} ist vor ein paar Wochen angekommen. Möchten Sie Ihre Erfahrung mit anderen Käufern teilen?</p>"
  "<p><a href=\"https://www.amazon.de/review/review-your-purchases/\">Rezension auf Amazon.de schreiben</a></p><p>Viele Grüße<br>Grünzeug Manufaktur</p>",
  [], "HTML review request with shop logo (alt names the shop) and descriptive https Amazon link.")
m(10, "delivery-scheduling", "text", "Liefertermin Kleiderschrank – Bestellung {o}",
  "Guten Tag Herr Huber,\n\nIhr Kleiderschrank (Bestellung {o}) ist für den Paketdienst zu groß und wird von unserer Spedition geliefert. "
  "Folgende Termine sind möglich:\n\n- Dienstag, 15.12.2026, 8:00–12:00 Uhr\n- Mittwoch, 16.12.2026, 13:00–17:00 Uhr\n\n"
  "Welcher passt Ihnen? Der Schrank wird bis in die Wohnung getragen.\n\nMit freundlichen Grüßen\nMöbelhaus Steiner, Graz",
  [], "Delivery scheduling for a bulky item with Austrian dates and time slots.", locale="de-AT")
m(11, "home-service-appointment", "text", "Montagetermin Geschirrspüler – {o}",
  "Hallo Frau Neumann,\n\nfür den Einbau Ihres Geschirrspülers (Bestellung {o}) kommt unser Monteur Herr Kaya vorbei. "
  "Passt Ihnen Montag, 21.12., zwischen 9 und 11 Uhr, oder lieber Dienstag, 22.12., zwischen 14 und 16 Uhr?\n\n"
  "Bitte räumen Sie den Unterschrank vorher aus.\n\nViele Grüße\nEinbauservice Köln",
  [], "Home-service appointment with two time slots.")
m(12, "custom-design-verification", "html", "Korrekturabzug Türschild – Bestellung {o}",
  "<p>Hallo Herr Vogel,</p><p>im Anhang finden Sie den Korrekturabzug (entwurf_v2.pdf) für Ihr Türschild aus Bestellung {o}: "
  "Hausnummer 27, Text 'Familie Vogel', Schrift wie ausgewählt.</p><p>Passt alles? Dann geben wir es in die Fertigung. "
  "Falls Sie Änderungen wünschen, schreiben Sie uns einfach.</p><p>Viele Grüße<br>Schilderwerk Dresden</p>",
  [], "Custom design proof attached for approval.")
m(13, "fulfillment-question", "text", "Zugangscode für Bestellung {o} benötigt",
  "Guten Tag,\n\nfür die Zustellung Ihrer Bestellung {o} (unsere Referenz LZ-2026-48113, Sendungsnummer 00340434161234567890) benötigen wir den Code "
  "für das Tor der Wohnanlage Auf der Heide 14–28.\n\nKönnen Sie uns den Code oder einen anderen Hinweis mitteilen?\n\nMit freundlichen Grüßen\nRadteile Leipzig",
  [], "Gate-code question with reference and shipment numbers that are no phone numbers.")
m(14, "reply", "text", "AW: Frage zu 'Insulated Stainless Steel Bottle 750 ml' ({o})",
  "Hallo Lena,\n\ngute Frage! Die 'Insulated Stainless Steel Bottle 750 ml' aus Bestellung {o} hält Getränke etwa 12 Stunden warm und 24 Stunden kalt. "
  "Die Flasche darf in die Spülmaschine, der Deckel bitte nur von Hand spülen.\n\nViele Grüße\nNina von Draußenzeit",
  [], "Reply quoting an English product title inside German sentences.")
m(15, "reply", "text", "AW: Störung Kaffeevollautomat, Bestellung {o}",
  "Sehr geehrter Herr Fischer,\n\nes tut uns leid, dass Ihr Kaffeevollautomat (Bestellung {o}) eine Fehlermeldung zeigt. Da das Gerät noch Herstellergarantie hat, "
  "kann Ihnen der Hersteller am schnellsten helfen.\n\nGarantie-Hotline des Herstellers (Barista Pro Deutschland): 0800 123 4560, Mo–Fr 9–17 Uhr.\n\n"
  "Mit freundlichen Grüßen\nKüchenplatz Münster",
  [], "Reply with the manufacturer's warranty hotline marked as such (BSM309 exception).")
m(16, "reply", "html", "AW: Firmendaten für Ihre Buchhaltung ({o})",
  "<p>Sehr geehrte Frau Dr. Albrecht,</p><p>gern, hier unsere Firmendaten zu Ihrer geschäftlichen Bestellung {o}.</p>"
  "<table><tr><td>Firma</td><td>Druckpunkt Wien GmbH</td></tr><tr><td>Anschrift</td><td>Mariahilfer Straße 88, 1070 Wien</td></tr>"
  "<tr><td>Firmenbuch</td><td>FN 412378 k, Handelsgericht Wien</td></tr><tr><td>UID</td><td>ATU68123457</td></tr></table>"
  "<p>Mit freundlichen Grüßen<br>Druckpunkt Wien</p>",
  [], "Reply with an Austrian company-details table (FN, UID).", locale="de-AT")
m(17, "reply", "text", "AW: Wo bleibt meine Erstattung? {o}",
  "Hallo Kevin,\n\nDeine Rücksendung zu Bestellung {o} ist am 03.12.2026 um 14:12 Uhr bei uns eingegangen (Retourennummer RMA-66120, "
  "DHL-Sendungsnummer 00340434161234500123). Die Erstattung über 34,95 € wurde am 04.12. veranlasst; je nach Bank ist sie in 3 bis 5 Werktagen auf Deinem Konto.\n\n"
  "Viele Grüße\nSarah\nGamesladen Kassel",
  [], "Reply with return and tracking numbers, dates, times and amounts.")

# ---------------- violations ----------------
m(18, "fulfillment-question", "text", "Neuigkeiten zu Bestellung {o}",
  "Hallo Frau Roth,\n\nIhr Paket aus Bestellung {o} hat heute Morgen unser Lager verlassen und wurde an DHL übergeben. "
  "In ein bis zwei Tagen sollte es bei Ihnen sein.\n\nLiebe Grüße\nKinderstube Paderborn",
  ["BSM201"], "Shipping confirmation: left the warehouse, handed to DHL.")
m(19, "fulfillment-question", "html", "Bestellung {o}",
  "<p>Liebe Kundin, lieber Kunde,</p><p>Ihre Bestellung {o} ist bei uns eingegangen und wird bereits von unserem Lagerteam vorbereitet.</p>"
  "<p>Herzliche Grüße<br>Gartenfreude Versand</p>",
  ["BSM201"], "Order confirmation: received and being prepared.")
m(20, "fulfillment-question", "text", "Danke! ({o})",
  "Hallo Jonas,\n\ntausend Dank für Deine Bestellung {o} bei der Sockenmanufaktur Tilda. Wir freuen uns riesig!\n\nTilda",
  ["BSM202"], "Thanks-only message.")
m(21, "fulfillment-question", "text", "Bestellung {o}",
  "Sehr geehrte Frau Pichler,\n\nsollte mit Ihrer Bestellung {o} wider Erwarten etwas nicht stimmen, sind wir jederzeit für Sie da. Melden Sie sich einfach.\n\n"
  "Mit freundlichen Grüßen\nWohnen & Wärme Linz",
  ["BSM202"], "Only offers help if a problem comes up.", locale="de-AT")
m(22, "delivery-delay", "text", "Kleine Verzögerung, Bestellung {o}",
  "Hallo Markus,\n\ndas Puzzle aus Bestellung {o} geht ein paar Tage später raus, voraussichtlich am 12.12.2026. Sorry dafür!\n\n"
  "Viele Grüße\nPuzzleparadies\n\nPS: Bis Sonntag bekommst Du 20 % Rabatt auf unser komplettes Sortiment.",
  ["BSM203"], "Permitted delay with a 20% promotional P.S.")
m(23, "additional-information", "text", "Maße für Bestellung {o} benötigt",
  "Hallo Frau Keller,\n\nfür die Maßanfertigung der Vorhänge aus Bestellung {o} fehlt uns noch die gewünschte Höhe in Zentimetern. Können Sie sie uns mitteilen?\n\n"
  "Übrigens: Unsere neue Winterkollektion ist da! Folgen Sie uns auf Instagram und abonnieren Sie unseren Newsletter, dann verpassen Sie nichts.\n\n"
  "Viele Grüße\nStoffkontor Kiel",
  ["BSM203"], "Information request plus follow-us, newsletter and new collection promotion.")
m(24, "review-request", "text", "Deine Meinung zu Bestellung {o}",
  "Hey Lisa,\n\nwie gefällt Dir die Yogamatte aus Bestellung {o}? Schreibst Du uns eine Rezension auf Amazon? "
  "Sobald sie online ist, schicken wir Dir als Dankeschön eine kleine Aufmerksamkeit.\n\nNamasté\nYogaraum Freiburg",
  ["BSM204"], "Small token of appreciation once the review is published.")
m(25, "review-request", "text", "Bewertung und Erstattung – {o}",
  "Sehr geehrter Herr Schröder,\n\nmöchten Sie eine Rezension zum Akkuschrauber (Bestellung {o}) schreiben? "
  "Sobald Ihre Rezension sichtbar ist, erstatten wir Ihnen den vollen Kaufpreis.\n\nMit freundlichen Grüßen\nWerkzeugmarkt Ulm",
  ["BSM204"], "Full refund as soon as the review is online.")
m(26, "reply", "text", "AW: Problem gelöst ({o})",
  "Hallo Frau Winter,\n\nschön, dass das Ersatzkabel aus Bestellung {o} jetzt funktioniert. Da nun alles geklärt ist: Würden Sie Ihre Ein-Sterne-Bewertung "
  "anpassen oder vielleicht ganz löschen? Das würde uns sehr helfen.\n\nViele Grüße\nKabelkönig",
  ["BSM205"], "Asks to change or delete a one-star review.")
m(27, "review-request", "text", "Zufrieden mit Bestellung {o}?",
  "Sehr geehrte Kundin, sehr geehrter Kunde,\n\nsind Sie mit der Leuchte aus Bestellung {o} zufrieden? Dann freuen wir uns über eine Rezension auf Amazon. "
  "Falls nicht, kontaktieren Sie bitte zuerst uns, anstatt eine Bewertung abzugeben.\n\nFreundliche Grüße\nLampenwerk",
  ["BSM206"], "Review asked only of satisfied buyers; unhappy ones steered away.")
m(28, "review-request", "html", "Kurz Zeit? Bestellung {o}",
  "<p>Hallo Ben,</p><p>danke, dass Du bei uns die Brettspiele gekauft hast (Bestellung {o}). Magst Du uns auf Amazon fünf Sterne geben? "
  "Für einen kleinen Laden wie unseren ist das wirklich viel wert.</p><p>Viele Grüße<br>Spieledachboden</p>",
  ["BSM206"], "Asks for a five-star rating.")
m(29, "order-problem", "text", "[Wichtig] Bestellung {o} nicht lieferbar",
  "Sehr geehrte Frau Zimmermann,\n\ndie Sneaker aus Bestellung {o} sind in Größe 38 leider ausverkauft und werden nicht mehr produziert. "
  "Den Bestellbetrag haben wir daher angepasst (NoInventory).\n\nAm schnellsten geht es, wenn Sie die Bestellung selbst unter 'Meine Bestellungen' stornieren, "
  "dann ist alles auf einmal erledigt.\n\nMit freundlichen Grüßen\nSchuhhaus Brenner",
  ["BSM108"], "Advises the buyer to cancel because of no stock, amount adjusted.")
m(30, "order-problem", "text", "Lagerproblem bei Bestellung {o}",
  "Sehr geehrter Herr Hartmann,\n\nleider ist die Gartenbank aus Bestellung {o} nicht mehr vorrätig. "
  "Wir wären Ihnen dankbar, wenn Sie über Amazon eine Stornierungsanfrage stellen könnten.\n\nMit freundlichen Grüßen\nGartenzeit Rosenheim",
  ["BSM107", "BSM108"], "Asks for a cancellation request, no amount adjustment confirmed.")
m(31, "delivery-delay", "text", "Versand von Bestellung {o} verschoben",
  "Hallo Herr Lange,\n\nwegen eines Rückstands bei unserem Lieferanten versenden wir die Druckerpatronen aus Bestellung {o} am 14.12.2026 statt am 09.12.\n\n"
  "Sie möchten keine Nachrichten mehr von uns? Antworten Sie einfach mit STOP, dann melden wir Sie ab.\n\nTintenstation",
  ["BSM305"], "Opt-out instruction (reply STOP).")
m(32, "reply", "text", "AW: Paket verschwunden ({o})",
  "Hallo Tim,\n\nder Scheiß-Paketdienst hat es mal wieder verkackt, verdammte Scheiße. Laut Fahrer liegt Dein Paket aus Bestellung {o} beim Nachbarn, tut es aber nicht. "
  "Wir schicken Dir morgen ein neues.\n\nJens, Fahrradklingel24",
  ["BSM306"], "German profanity in a reply.")
m(33, "delivery-delay", "text", "Delay on your order {o}",
  "Dear customer,\n\nUnfortunately the garden hose from order {o} will ship a few days later than planned, now on 15 December 2026. "
  "We apologise for any inconvenience.\n\nKind regards,\nGartencenter Rheinaue",
  ["BSM104"], "Message in English to a de-DE buyer.")
m(34, "delivery-scheduling", "text", "Lieferung Waschmaschine – Bestellung {o}",
  "Sehr geehrte Frau Schwarz,\n\nwir würden die Waschmaschine aus Bestellung {o} gern am Donnerstag, 17.12., zwischen 12 und 16 Uhr liefern. "
  "Falls das nicht passt, rufen Sie uns kurz an: 030 4491 2873.\n\nViele Grüße\nWeißware Berlin",
  ["BSM309"], "Seller phone number in German national format.")
m(35, "reply", "text", "AW: Frage zur Lieferung {o}",
  "Hallo Herr Demir,\n\ndie Lieferung von Bestellung {o} ist für Freitag geplant. Bei Fragen erreichen Sie uns auch per WhatsApp unter +49 171 5523 890.\n\n"
  "Viele Grüße\nHandyhüllen XL",
  ["BSM309"], "Seller mobile number in international format.")
m(36, "return-follow-up", "text", "Rücksendung {o}",
  "Sehr geehrter Herr Koch,\n\num Ihre Rücksendung zu Bestellung {o} abzuschließen, benötigen wir die Seriennummer des Geräts. "
  "Sie können uns auch ein Foto des Typenschilds an retoure@hifi-studio-mainz.de schicken.\n\nMit freundlichen Grüßen\nHiFi-Studio Mainz",
  ["BSM308"], "Plain e-mail address in a return follow-up.")
m(37, "additional-information", "text", "Foto für Ihre Leinwand benötigt ({o})",
  "Hallo Frau Jung,\n\nfür das Leinwandporträt aus Bestellung {o} brauchen wir das Foto in hoher Auflösung. "
  "Schicken Sie es bitte an atelier (ät) leinwanddruck (punkt) de, dann legen wir los.\n\nViele Grüße\nLeinwanddruck Atelier",
  ["BSM308"], "Obfuscated e-mail address using (ät) and (punkt).")
m(38, "delivery-delay", "html", "Späterer Versand: Bestellung {o}",
  "<p>Hallo Herr Wolf,</p><p>die Barhocker aus Bestellung {o} werden eine Woche später versandt, voraussichtlich am 18.12.2026.</p>"
  "<p>Mehr zu unseren Lieferzeiten lesen Sie auf <a href=\"https://www.moebeldirekt-essen.de/lieferzeiten\">der Lieferzeiten-Seite von Möbeldirekt</a>.</p>"
  "<p>Viele Grüße<br>Möbeldirekt Essen</p>",
  ["BSM302"], "https link to the seller's own site with descriptive text.")
m(39, "review-request", "html", "Rezension zu Bestellung {o}",
  "<p>Hallo Frau Berger,</p><p>möchten Sie Ihre Erfahrung mit Bestellung {o} mit anderen Käufern teilen?</p>"
  "<p><a href=\"http://www.amazon.de/review/review-your-purchases/\">Rezension auf Amazon.de schreiben</a></p><p>Viele Grüße<br>Kerzenzieherei Licht</p>",
  ["BSM301"], "Insecure http link to Amazon.")
m(40, "review-request", "html", "Wie gefällt Ihnen die Teekanne? ({o})",
  "<p>Hallo Frau Lorenz,</p><p><img src=\"https://img.teekannenladen.example/gusseisen-teekanne-schwarz.jpg\" alt=\"Gusseisen-Teekanne schwarz\" width=\"240\"></p>"
  "<p>Möchten Sie eine Rezension zur Gusseisen-Teekanne aus Bestellung {o} schreiben?</p><p>Viele Grüße<br>Der Teekannenladen</p>",
  ["BSM310"], "Image of the purchased product.")
m(41, "delivery-delay", "html", "Verzögerung bei Bestellung {o}",
  "<p><img src=\"https://img.stockbilder.example/bergsee-sonnenuntergang.jpg\" alt=\"Bergsee bei Sonnenuntergang\" width=\"300\"></p>"
  "<p>Hallo Herr Peters,</p><p>Ihre Sonnenbrille aus Bestellung {o} wird zwei Tage später versandt, am 10.12.2026.</p><p>Viele Grüße<br>Brillenbar</p>",
  ["BSM311"], "Unrelated stock image (mountain lake).")
m(42, "invoice", "html", "Rechnung zu Bestellung {o}",
  "<p><img src=\"https://cdn.papeterie-loewe.example/logo-papeterie-loewe.png\" alt=\"\" width=\"150\"></p>"
  "<p>Sehr geehrte Kundin, sehr geehrter Kunde,</p><p>anbei die Rechnung 2026/1203 zu Bestellung {o}.</p><p>Mit freundlichen Grüßen<br>Papeterie Löwe GmbH</p>",
  ["BSM402"], "Shop logo with empty alt text.")
m(43, "delivery-delay", "text", "Dein Geschenk kommt etwas später ({o})",
  "Hallo Frieda,\n\nder Kuschelbär aus Bestellung {o} geht am Montag, 14.12., raus, zwei Tage später als geplant. Wir geben Gas! 🐻🎄\n\nLiebe Grüße\nKuschelladen Mia",
  ["BSM403"], "Emoji in plain text.")
m(44, "additional-information", "text", "Farbwahl für Bestellung {o}",
  "Hi Sven,\n\nder Hoodie in 'Ozean' aus Bestellung {o} ist gerade ausverkauft, 'Wald' und 'Anthrazit' sind noch da. Welchen möchtest Du? :-)\n\n"
  "Grüße\nKleiderkiste",
  ["BSM403"], "Text emoticon :-).")
m(45, "delivery-delay", "html", "Neuer Versandtermin für Bestellung {o}",
  "<style>h2{font-size:22px}.text{font-size:16px}.hinweis{font-size:12px}.fuss{font-size:10px}</style>"
  "<h2>Neuer Versandtermin</h2><p class=\"text\">Hallo Herr Krause, Ihre Bestellung {o} wird am 16.12.2026 versandt.</p>"
  "<p class=\"hinweis\">Entschuldigen Sie die Verzögerung.</p><p class=\"fuss\">Ihr Bastelhaus-Team</p>",
  ["BSM410"], "Four explicit font sizes in a style block.")
m(46, "delivery-delay", "html", "Bestellung {o} später",
  "<p>Sehr geehrte Frau Simon,</p><p></p><p></p><p>die Teppiche aus Bestellung {o} werden am 11.12.2026 versandt.</p><p></p><p></p>"
  "<p>Mit freundlichen Grüßen<br>Teppichhalle Dortmund</p>",
  ["BSM412"], "Empty paragraphs between paragraphs in HTML.")
m(47, "return-follow-up", "text", "[Wichtig] Ihre Rücksendung zu Bestellung {o}",
  "Sehr geehrter Herr Vogt,\n\num die Rücksendung des Toasters aus Bestellung {o} abzuschließen: Liegt das Originalzubehör (Brötchenaufsatz) noch bei?\n\n"
  "Mit freundlichen Grüßen\nToastkönig",
  ["BSM110"], "[Wichtig] tag on a return follow-up.")
m(48, "review-request", "html", "Rezension – Bestellung {o}",
  "<p>Hallo Julia,</p><p>wir freuen uns über Ihre Erfahrung mit Bestellung {o}. Zur Rezension geht es "
  "<a href=\"https://www.amazon.de/review/review-your-purchases/\">hier</a>.</p><p>Viele Grüße<br>Taschenwerk Rosa</p>",
  ["BSM401"], "Non-descriptive link text 'hier'.")
# ---------------- varying ----------------
m(49, "review-request", "html", "Ihre Meinung zu Bestellung {o}",
  "<p><a href=\"https://www.kerzenwerk-freiburg.de\"><img src=\"https://www.kerzenwerk-freiburg.de/img/logo-kerzenwerk.png\" alt=\"Logo Kerzenwerk Freiburg\" width=\"160\"></a></p>"
  "<p>Hallo Frau Graf,</p><p>möchten Sie Ihre Erfahrung mit Bestellung {o} in einer Rezension auf Amazon teilen?</p><p>Viele Grüße<br>Kerzenwerk Freiburg</p>",
  ["BSM302", "BSM304"], "Shop logo linked to the seller's website.")
m(50, "additional-information", "html", "Lieferadresse bestätigen – Bestellung {o}",
  "<p>Hallo Herr Brandl,</p><p>für die Zustellung Ihrer Bestellung {o} fehlt uns die Hausnummer. Bitte tragen Sie sie in das Feld unten ein:</p>"
  "<form action=\"https://www.amazon.de/gp/help/contact\" method=\"post\"><input type=\"text\" name=\"hausnummer\"><button type=\"submit\">Hausnummer senden</button></form>"
  "<p>Viele Grüße<br>Parkett Salzburg</p>",
  ["BSM312"], "HTML form inside the message (active content).", locale="de-AT")
