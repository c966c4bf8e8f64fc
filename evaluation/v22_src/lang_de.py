"""v22 blind evaluation set, German (de). Standard library only."""
import random

_r = random.Random(532)
O = ["532-%07d-%07d" % (_r.randrange(10**6, 10**7), _r.randrange(10**6, 10**7)) for _ in range(50)]

MESSAGES = []


def M(t, fmt, subject, body, expected, note, locale="de-DE"):
    i = len(MESSAGES)
    o = O[i]
    MESSAGES.append({
        "id": "v22-de-%03d" % (i + 1), "language": "de", "locale": locale, "type": t,
        "format": fmt, "subject": subject.replace("{o}", o), "body": body.replace("{o}", o),
        "order_id": o, "expected": sorted(expected), "note": note,
    })


# ---- 17 clean ----
M("delivery-delay", "text", "Kurze Info zu Ihrer Bestellung {o}",
  "Hallo Frau Schubert,\n\nkurz zu Ihrer Bestellung {o}: Ihr Schlüsselbrett aus Eiche braucht leider noch ein paar Tage. Unser Holzlieferant hängt hinterher, die Bretter liegen aber schon bei uns in der Werkstatt.\n\nWir rechnen damit, es spätestens am Freitag, 18.12., auf den Weg zu bringen. Falls Ihnen das zu knapp wird, melden Sie sich einfach.\n\nViele Grüße aus dem Allgäu\nMarkus\nHolzwerk Kempten",
  [], "Clean informal delivery delay in plain text with a new dispatch date.")
M("delivery-delay", "html", "Verzögerung bei Bestellung {o}",
  "<p>Sehr geehrter Herr Neumann,</p><p>leider verzögert sich Ihre Bestellung <b>{o}</b> (2 x Fahrradtasche Urban 18 L). Die Nachlieferung des Herstellers trifft erst am 14.12.2026 bei uns ein.</p><p>Neuer voraussichtlicher Versandtermin: <b>Mittwoch, 16. Dezember 2026</b></p><p>Wir bitten um Entschuldigung.</p><p>Mit freundlichen Grüßen<br>Julia Brandt<br>Kundenservice Radkultur GmbH</p>",
  [], "Clean builder HTML delivery delay with bold new date.")
M("order-problem", "text", "[Wichtig] Problem mit Ihrer Bestellung {o}",
  "Sehr geehrte Frau Wolf,\n\nbei der Qualitätskontrolle hat sich gezeigt, dass die letzte Teekanne \"Kyoto\" in Grau einen feinen Riss hat. Wir können Bestellung {o} deshalb leider nicht ausführen.\n\nDen vollständigen Bestellbetrag von 34,95 € haben wir bereits angepasst (Grund: nicht auf Lager). Die Gutschrift sehen Sie in wenigen Werktagen auf Ihrem Konto, Sie müssen nichts weiter tun.\n\nEs tut uns wirklich leid.\n\nHerzliche Grüße\nSabine Krüger\nTeehaus Lindenblüte",
  [], "Clean order problem confirming the amount adjusted; [Wichtig] allowed here.")
M("additional-information", "text", "Rückfrage zur Gravur – {o}",
  "Hallo Herr Zimmermann,\n\nfür das gravierte Schneidebrett aus Bestellung {o} fehlt uns noch der Text. Was soll drauf? Maximal 25 Zeichen, Großbuchstaben sind kein Problem.\n\nSobald wir es wissen, legen wir los.\n\nBeste Grüße\nLena von der Gravurwerkstatt Lasergut",
  [], "Clean request for information needed to complete a personalised order.")
M("return-follow-up", "text", "Ihre Rücksendung – Bestellung {o}",
  "Guten Tag Herr Hartmann,\n\nwir haben Ihre Rücksendeanfrage zur Schreibtischleuchte \"Nova\" gesehen (Bestellung {o}). Sie schreiben, der Schirm hat eine kleine Delle, die Leuchte funktioniert aber einwandfrei.\n\nWenn Sie sie behalten möchten, erstatten wir Ihnen 15,00 € von 59,00 €. Möchten Sie sie doch zurückschicken, ist das selbstverständlich auch in Ordnung. Geben Sie uns einfach kurz Bescheid.\n\nFreundliche Grüße\nTobias Lang\nLichtmanufaktur Leipzig",
  [], "Clean return follow-up offering a partial refund.")
M("return-follow-up", "text", "Rücksendung zu Bestellung {o}",
  "Guten Tag Frau Schmitt,\n\nIhre Rücksendung zu Bestellung {o} ist bei uns angekommen, allerdings lag nur die Jacke im Paket, die abnehmbare Kapuze fehlt. Haben Sie die vielleicht noch zu Hause? Sobald sie da ist, schließen wir die Rücksendung ab.\n\nFreundliche Grüße\nAnja\nNordwind Outdoor",
  [], "Clean return follow-up asking for a missing part to complete the return.", locale="de-AT")
M("invoice", "html", "Rechnung zu Ihrer Bestellung {o}",
  "<p>Sehr geehrter Herr Becker,</p><p>anbei erhalten Sie die Rechnung zu Ihrer Bestellung {o}.</p><table><tr><td>Rechnungsnummer</td><td>RE/2026/12/0457</td></tr><tr><td>Rechnungsdatum</td><td>07.12.2026</td></tr><tr><td>Gesamtbetrag inkl. 19 % MwSt.</td><td>238,00 €</td></tr></table><p>Mit freundlichen Grüßen<br>Buchhaltung Bürowelt Franke GmbH</p><p><small>Bürowelt Franke GmbH · Hafenstraße 12 · 28217 Bremen<br>Amtsgericht Bremen HRB 31245 · USt-IdNr. DE 284 567 891 · Geschäftsführer: Peter Franke</small></p>",
  [], "Clean invoice with slash invoice number, HRB and USt-IdNr.")
M("review-request", "text", "Wie gefällt Ihnen der Teppich? – Bestellung {o}",
  "Hallo Frau Keller,\n\nIhr Teppich aus Bestellung {o} liegt jetzt seit gut einer Woche bei Ihnen. Wenn Sie einen Moment Zeit haben, freuen wir uns über eine Produktbewertung auf Amazon, ob Lob oder Kritik, beides hilft anderen Käufern weiter.\n\nViele Grüße\nIhr Team von Wollstube",
  [], "Clean neutral review request in plain text.")
M("review-request", "html", "Ihre Meinung zu Bestellung {o}",
  "<p><img src=\"https://cdn.gartenkiste.de/img/logo-gartenkiste.png\" alt=\"Logo Die Gartenkiste\" width=\"160\"></p><p>Guten Tag Frau Lorenz,</p><p>vor einigen Tagen ist Ihr Pflanzkübel aus Bestellung {o} angekommen. Wir sind gespannt auf Ihre Erfahrungen. Eine Bewertung können Sie auf <a href=\"https://www.amazon.de/review/create-review?asin=B0C7654321\">der Bewertungsseite des Artikels bei Amazon</a> abgeben.</p><p>Grüne Grüße<br>Die Gartenkiste</p>",
  [], "Clean HTML review request with shop logo, alt naming the shop, descriptive Amazon link.")
M("delivery-scheduling", "text", "Liefertermin für Ihren Schrank – {o}",
  "Guten Tag Herr Schulz,\n\nIhr Kleiderschrank aus Bestellung {o} (2 Packstücke, zusammen 96 kg) wird von unserer Spedition geliefert. Welches Zeitfenster passt Ihnen am besten?\n\n- Dienstag, 15.12., 8–12 Uhr\n- Dienstag, 15.12., 13–17 Uhr\n- Donnerstag, 17.12., 8–12 Uhr\n\nBitte geben Sie auch an, in welchem Stockwerk Sie wohnen und ob es einen Aufzug gibt.\n\nMit freundlichen Grüßen\nTourenplanung Möbelhaus Ost",
  [], "Clean scheduling of a bulky delivery with time slots.")
M("home-service-appointment", "text", "Montagetermin – Bestellung {o}",
  "Hallo Frau Hoffmann,\n\nunser Monteur kann die Wandhalterung für Ihren Fernseher (Bestellung {o}) am Montag, 21. Dezember, zwischen 9:00 und 11:00 Uhr anbringen oder am Mittwoch, 23. Dezember, zwischen 14:00 und 16:00 Uhr.\n\nWas passt Ihnen besser? Der Termin dauert etwa eine Stunde.\n\nViele Grüße\nDennis\nMontageprofis Süd",
  [], "Clean home-service appointment scheduling.")
M("custom-design-verification", "html", "Korrekturabzug Geburtstafel – {o}",
  "<p>Hallo Familie Richter,</p><p>im Anhang finden Sie den Korrekturabzug Ihrer Geburtstafel (Bestellung {o}): Name <b>Mila</b>, geboren am 02.12.2026, 3.120 g, 51 cm.</p><p>Stimmt alles, auch die Schreibweise? Dann geht die Tafel morgen in die Produktion. Änderungen sind jetzt noch kostenlos möglich.</p><p>Liebe Grüße<br>Kleines Glück Manufaktur</p>",
  [], "Clean custom design proof verification.")
M("fulfillment-question", "text", "Zugangscode für die Zustellung – {o}",
  "Guten Tag Herr Vogel,\n\nunser Kurier meldet, dass er bei Ihrer Adresse nicht ins Treppenhaus kommt. Gibt es für Bestellung {o} einen Türcode oder einen Hinweis, wo wir klingeln sollen?\n\nIhre Referenz beim Kurier: REF-2026-118734, Sendungsnummer 00340434161234567890. Der nächste Zustellversuch ist für Freitag geplant.\n\nMit freundlichen Grüßen\nVersandteam Kochkiste",
  [], "Clean door-code question with reference numbers.")
M("reply", "text", "AW: Welche Größe? {o}",
  "Hallo Emma,\n\ngute Frage! Der \"Cozy Knit Oversized Sweater\" aus deiner Bestellung {o} fällt recht weit aus. Wenn du zwischen M und L schwankst, würde ich M nehmen. Die Ärmel sind eher lang, die kann man schön umkrempeln.\n\nLiebe Grüße\nNina von Strickliesel",
  [], "Clean reply quoting an English product title inside German sentences.")
M("reply", "text", "AW: Kaffeemaschine defekt – {o}",
  "Sehr geehrter Herr Krause,\n\nes tut uns leid, dass die Kaffeemaschine aus Bestellung {o} schon nach drei Wochen streikt. Am schnellsten geht es über die Garantie-Hotline des Herstellers, Brevino Deutschland: 0800 7234 560 (Herstellergarantie, Mo–Fr 9–17 Uhr). Dort bekommen Sie sofort ein Abholetikett.\n\nSollte es dort nicht klappen, melden Sie sich gern wieder bei uns.\n\nMit freundlichen Grüßen\nKüchenprofi Dorsten",
  [], "Clean reply with the manufacturer's warranty hotline marked as such.")
M("reply", "html", "AW: Firmenrechnung {o}",
  "<p>Guten Morgen Frau Schäfer,</p><p>selbstverständlich stellen wir die Rechnung zu Bestellung {o} auf Ihre Firma aus. Die Daten sind geändert, die neue Rechnung kommt heute noch über Amazon.</p><p>Mit freundlichen Grüßen<br>Florian Weiß<br>Key Account Manager</p><p><small>Druckerpunkt GmbH | Speicherstraße 88 | 44147 Dortmund<br>Amtsgericht Dortmund HRB 29876 | USt-IdNr. DE 301 234 567</small></p>",
  [], "Clean reply with a company-details footer.")
M("reply", "text", "AW: Wo bleibt meine Erstattung? {o}",
  "Hallo Herr Jung,\n\nIhr Paket mit der Retourennummer RET-55812 wurde am 03.12. um 14:12 Uhr bei uns zugestellt (DHL, Sendungsnummer 00340434161234598765). Am 04.12. haben wir 89,95 € für Bestellung {o} erstattet. Je nach Bank dauert es 3 bis 5 Werktage, bis der Betrag sichtbar ist.\n\nViele Grüße\nLeonie\nSneakerlager",
  [], "Clean reply with tracking, return numbers, dates, times and amounts.")

# ---- 31 violations ----
M("fulfillment-question", "text", "Ihr Paket ist unterwegs! {o}",
  "Hallo Frau Peters,\n\ngute Nachrichten: Ihre Bestellung {o} hat heute früh unser Lager verlassen und wurde an DHL übergeben. Morgen oder übermorgen sollte sie bei Ihnen sein.\n\nViele Grüße\nKerzenkammer",
  ["BSM201"], "Shipping confirmation: left the warehouse and handed to the carrier.")
M("fulfillment-question", "html", "Bestellung {o} ist bei uns eingegangen",
  "<p>Liebe Kundin, lieber Kunde,</p><p>Ihre Bestellung {o} ist bei uns eingegangen und wird gerade für den Versand vorbereitet.</p><p>Mit freundlichen Grüßen<br>Ihr Team vom Spielzeugparadies</p>",
  ["BSM201"], "Order confirmation: received and being prepared.")
M("fulfillment-question", "text", "Dankeschön! {o}",
  "Hallo Tim,\n\nvielen, vielen Dank für deine Bestellung {o}! Das freut uns als kleine Brauerei riesig.\n\nProst und liebe Grüße\nBrauhaus Hopfenglück",
  ["BSM202"], "Thanks-only message.")
M("fulfillment-question", "text", "Bestellung {o}",
  "Sehr geehrte Frau Koch,\n\nsollte mit Bestellung {o} irgendetwas nicht passen, sind wir jederzeit für Sie da. Zögern Sie nicht, sich zu melden.\n\nHerzliche Grüße\nLeinenmanufaktur Weber",
  ["BSM202"], "Only an offer of help if something comes up.")
M("delivery-delay", "text", "Kleine Verzögerung – {o}",
  "Hallo Herr Braun,\n\ndie Laufschuhe aus Bestellung {o} kommen ein paar Tage später vom Großhändler. Wir rechnen mit dem Versand am Montag, 14.12.\n\nSportliche Grüße\nLaufladen Nord\n\nPS: Diese Woche gibt es 20 % auf unser gesamtes Sortiment, falls Sie noch Laufsocken brauchen.",
  ["BSM203"], "Delivery delay with a 20% off P.S. promotion.")
M("review-request", "text", "Ihre Erfahrung mit Bestellung {o}",
  "Hallo Frau Schwarz,\n\nwie gefallen Ihnen die Bilderrahmen aus Bestellung {o}? Eine Bewertung auf Amazon hilft uns sehr.\n\nFolgen Sie uns übrigens auf Instagram, dort zeigen wir unsere neue Winterkollektion, und melden Sie sich für unseren Newsletter an, dann erfahren Sie alles als Erste.\n\nViele Grüße\nRahmenwerk",
  ["BSM203"], "Review request plus follow us, newsletter and new collection.")
M("review-request", "text", "Ein kleines Dankeschön – {o}",
  "Sehr geehrter Herr Meier,\n\nwürden Sie eine Bewertung zu Ihrem Werkzeugset aus Bestellung {o} schreiben? Sobald sie online ist, schicken wir Ihnen als kleines Zeichen unserer Wertschätzung eine Aufmerksamkeit zu.\n\nMit freundlichen Grüßen\nWerkzeugkiste Müller",
  ["BSM204"], "Small token of appreciation once the review is published.")
M("review-request", "text", "Geld zurück? {o}",
  "Hallo Sophie,\n\nwir haben ein besonderes Angebot: Schreib eine Bewertung zu deiner Yogamatte (Bestellung {o}) und du bekommst den vollen Kaufpreis erstattet, sobald die Bewertung sichtbar ist.\n\nLiebe Grüße\nYogaBoden",
  ["BSM204"], "Full refund as soon as the review is online.")
M("reply", "text", "AW: Zerbrochene Vase {o}",
  "Sehr geehrte Frau Fischer,\n\nwie wir sehen, ist die Ersatzvase zu Bestellung {o} inzwischen bei Ihnen. Da das nun geklärt ist: Würden Sie Ihre Ein-Stern-Bewertung anpassen oder gegebenenfalls löschen? Das würde uns sehr viel bedeuten.\n\nFreundliche Grüße\nGlashütte Klarblick",
  ["BSM205"], "Asks to update or remove a one-star review.")
M("review-request", "text", "Zufrieden? {o}",
  "Hallo Herr Roth,\n\nsind Sie mit Ihrem Kopfhörer aus Bestellung {o} zufrieden? Dann freuen wir uns sehr über eine Bewertung auf Amazon. Falls nicht, schreiben Sie bitte zuerst uns statt eine Bewertung abzugeben, wir finden bestimmt eine Lösung.\n\nViele Grüße\nKlanghaus",
  ["BSM206"], "Review asked only from satisfied buyers; unhappy ones steered to the seller.")
M("review-request", "html", "Ihre Meinung zählt – {o}",
  "<p>Liebe Kundin, lieber Kunde,</p><p>wir hoffen, Sie haben Freude an den Espressotassen aus Bestellung {o}. Über fünf Sterne auf Amazon würden wir uns riesig freuen.</p><p>Mit freundlichen Grüßen<br>Porzellanstube</p>",
  ["BSM206"], "Asks for a five-star rating.")
M("order-problem", "text", "[Wichtig] Bestellung {o} nicht lieferbar",
  "Sehr geehrter Herr Kaiser,\n\nleider ist der Rennradhelm aus Bestellung {o} ausverkauft. Den Bestellbetrag haben wir bereits vollständig angepasst (Grund: kein Lagerbestand).\n\nAm schnellsten ist es, wenn Sie die Bestellung selbst über Meine Bestellungen bei Amazon stornieren, dann ist alles sofort erledigt.\n\nMit freundlichen Grüßen\nRadsport Online",
  ["BSM108"], "Amount adjusted but buyer told to cancel himself because of no stock.")
M("order-problem", "text", "Zu Ihrer Bestellung {o}",
  "Hallo Frau Lehmann,\n\nleider wurde das letzte Seidentuch aus Bestellung {o} heute Vormittag in unserem Laden verkauft. Wir wären Ihnen sehr dankbar, wenn Sie einen Stornierungsantrag stellen könnten, damit wir den Vorgang abschließen können.\n\nEntschuldigung!\nBoutique Anmut",
  ["BSM107", "BSM108"], "Asks for a cancellation request for out-of-stock item without confirming adjustment.")
M("delivery-delay", "text", "Verzögerung {o}",
  "Sehr geehrte Kundin, sehr geehrter Kunde,\n\nwegen eines Engpasses in unserer Druckerei wird Ihre Bestellung {o} erst am 17.12. versendet. Bitte entschuldigen Sie die Verzögerung.\n\nPosterecke\n\nSie möchten keine Nachrichten mehr von uns erhalten? Dann antworten Sie einfach mit ABMELDEN.",
  ["BSM305"], "Opt-out instruction: reply ABMELDEN.")
M("reply", "text", "AW: Immer noch nichts da {o}",
  "Hallo Marco,\n\nsorry, der Scheiß-Paketdienst hat dein Paket zu Bestellung {o} schon wieder ins Depot mitgenommen. Was für ein verdammter Saftladen. Wir veranlassen heute einen neuen Zustellversuch.\n\nGruß\nDennis\nZockerkeller",
  ["BSM306"], "German profanity in a reply.")
M("delivery-delay", "text", "Delay on your order {o}",
  "Hi there,\n\nyour order {o} is running a few days behind, our supplier had a hiccup. We now expect to dispatch it on Monday 14 December.\n\nSorry about that,\nThe Blumenbote team",
  ["BSM104"], "German buyer locale but the whole message is in English.")
M("reply", "text", "AW: Frage zur Abholung {o}",
  "Sehr geehrter Herr Walter,\n\nzu Ihrer Frage zu Bestellung {o}: Rufen Sie uns am besten kurz unter 030 2345 678 an, dann vereinbaren wir einen Abholtermin.\n\nMit freundlichen Grüßen\nBaumarkt Anker",
  ["BSM309"], "Seller's own national landline number.")
M("additional-information", "text", "Maße für Ihr Rollo – {o}",
  "Sehr geehrte Frau Friedrich,\n\nfür Ihr Rollo nach Maß (Bestellung {o}) brauchen wir noch die genaue Breite der Fensterlaibung. Falls das Ausmessen schwierig ist, schreiben Sie uns per WhatsApp an +49 151 2345 6789.\n\nViele Grüße\nFensterdeko Ostfriesland",
  ["BSM309"], "Seller's mobile number in international format.")
M("reply", "text", "AW: Beleg verloren {o}",
  "Hallo Frau Graf,\n\nschicken Sie eine Kopie Ihres Belegs zu Bestellung {o} einfach an buchhaltung@schuhecke-online.de, dann kümmern wir uns darum.\n\nViele Grüße\nSchuhecke",
  ["BSM308"], "Plain e-mail address in text.")
M("reply", "text", "AW: Fotos vom Schaden {o}",
  "Sehr geehrter Herr Simon,\n\nkönnten Sie die Fotos vom beschädigten Stuhl (Bestellung {o}) an service (at) stuhlwerk (punkt) de senden? Wir schauen uns das dann sofort an.\n\nMit freundlichen Grüßen\nStuhlwerk",
  ["BSM308"], "Obfuscated e-mail address with (at) and (punkt).")
M("reply", "html", "AW: Pflege von Eichenholz {o}",
  "<p>Sehr geehrte Frau Ludwig,</p><p>schön, dass der Esstisch aus Bestellung {o} gut angekommen ist. Zur Pflege schauen Sie gern in <a href=\"https://www.eichenecke.de/pflegetipps\">unsere Pflegetipps für Eichenholz auf unserer Website</a>.</p><p>Mit freundlichen Grüßen<br>Eichenecke</p>",
  ["BSM302"], "Descriptive https link to the seller's own website.")
M("reply", "html", "AW: Rücksendung anmelden {o}",
  "<p>Hallo Jonas,</p><p>die Rücksendung zu Bestellung {o} kannst du über <a href=\"http://www.amazon.de/gp/css/returns/homepage.html\">das Rücksendezentrum bei Amazon</a> anmelden.</p><p>Viele Grüße<br>Hüllenhaus</p>",
  ["BSM301"], "Insecure http link to Amazon with descriptive text.")
M("reply", "html", "AW: Farbe des Korbs {o}",
  "<p>Sehr geehrte Frau Engel,</p><p>hier ein Foto des Weidenkorbs aus Ihrer Bestellung {o}, damit Sie den Farbton vergleichen können:</p><p><img src=\"https://cdn.korbflechterei.de/produkte/weidenkorb-natur.jpg\" alt=\"Weidenkorb Natur\" width=\"300\"></p><p>Mit freundlichen Grüßen<br>Korbflechterei Lichtenfels</p>",
  ["BSM310"], "Photo of the purchased product.")
M("delivery-delay", "html", "Etwas später als geplant – {o}",
  "<p>Liebe Kundin, lieber Kunde,</p><p>wegen des Weihnachtsgeschäfts wird Ihre Bestellung {o} erst am 21.12. versendet. Schon jetzt frohe Feiertage!</p><p><img src=\"https://bilder.stockfoto-archiv.de/tannenbaum-schnee.jpg\" alt=\"Tannenbaum im Schnee\" width=\"300\"></p><p>Viele Grüße<br>Geschenkeladen Besonders</p>",
  ["BSM311"], "Stock Christmas tree image unrelated to the shop.")
M("additional-information", "html", "Angaben für Bestellung {o}",
  "<p><img src=\"https://cdn.namensketten.de/logo-namensketten.png\" width=\"150\"></p><p>Hallo Hanna,</p><p>welcher Name soll in die Kette aus Bestellung {o}? Höchstens 10 Buchstaben.</p><p>Liebe Grüße<br>Atelier Namenskette</p>",
  ["BSM402"], "Shop logo image without alt attribute.")
M("delivery-delay", "text", "Noch etwas Geduld 🙏 {o}",
  "Hallo Nadine,\n\ndein Puzzle aus Bestellung {o} kommt ein bisschen später, wir verschicken es voraussichtlich am Donnerstag, 17.12. 📦\n\nLiebe Grüße\nPuzzlewelt",
  ["BSM403"], "Emoji in subject and body.")
M("reply", "text", "AW: Falsche Farbe {o}",
  "Hallo Vera,\n\nkein Problem, wir schicken dir für Bestellung {o} einfach neue Servietten in der richtigen Farbe :-)\n\nGruß\nTischwäsche Thiel",
  ["BSM403"], "Text emoticon :-).")
M("delivery-delay", "html", "Neuer Versandtermin {o}",
  "<style>h1{font-size:24px} h2{font-size:18px} p{font-size:14px} .fuss{font-size:11px}</style><h1>Lieferverzögerung</h1><h2>Bestellung {o}</h2><p>Sehr geehrte Kundin, sehr geehrter Kunde, Ihre Gartenbank wird am 16.12. statt am 10.12. versendet.</p><p class=\"fuss\">Gartenmöbel Sauerland</p>",
  ["BSM410"], "Four explicit font sizes in a style block.")
M("delivery-delay", "html", "Lieferverzögerung Bestellung {o}",
  "<p>Sehr geehrter Herr Winkler,</p><p>Ihre Matratze aus Bestellung {o} wird später geliefert, voraussichtlich in KW 52.</p><p></p><p></p><p>Mit freundlichen Grüßen<br>Schlafzentrum Münsterland</p>",
  ["BSM412"], "Empty paragraphs between paragraphs.")
M("return-follow-up", "text", "[WICHTIG] Ihre Rücksendung {o}",
  "Guten Tag Frau Schulte,\n\nzur Rücksendung der Duschbrause aus Bestellung {o}: Bitte teilen Sie uns mit, ob die Originalverpackung noch vorhanden ist, damit wir die Rücksendung abschließen können.\n\nMit freundlichen Grüßen\nBadwelt Spritzig",
  ["BSM110"], "[WICHTIG] tag on a return follow-up.")
M("return-follow-up", "html", "Rücksendung Bestellung {o}",
  "<p>Hallo Herr Yilmaz,</p><p>für die Rücksendung zu Bestellung {o} benötigen wir noch die Seriennummer des Routers. Wo Sie diese finden, lesen Sie <a href=\"https://www.amazon.de/gp/help/customer/display.html\">hier</a>.</p><p>Viele Grüße<br>Netzwerkladen</p>",
  ["BSM401"], "Non-descriptive link text 'hier'.")

# ---- 2 that vary ----
M("delivery-delay", "html", "Neuer Versandtermin für Bestellung {o}",
  "<div style=\"padding: 0 140px;\"><p>Sehr geehrte Frau Busch,</p><p>Ihre handgetöpferte Vase (Bestellung {o}) braucht noch etwas länger im Brennofen. Wir rechnen nun mit dem Versand am Freitag, 18. Dezember.</p><p>Mit freundlichen Grüßen<br>Töpferei am Mühlbach</p></div>",
  ["BSM405"], "Container with 140 px padding on each side.")
M("additional-information", "text", "Rückfrage zu Bestellung {o}",
  "Hallo Herr Berger,\n\nwe need one more detail before we can finish your custom door sign (order {o}): should the house number be in Roman or Arabic numerals? A short reply is enough.\n\nBest regards,\nSchilderwerk Pfalz",
  ["BSM104"], "German greeting but the body is in English.", locale="de-AT")
