"""v21 evaluation messages, German (de-DE, a few de-AT)."""

LANG = "de"
MESSAGES = []


def _order(n):
    return "522-%07d-%07d" % ((n * 5281933 + 377101) % 10**7, (n * 2918737 + 640259) % 10**7)


def M(n, typ, fmt, subject, body, expected, note, locale="de-DE"):
    o = _order(n)
    MESSAGES.append({
        "id": "v21-de-%03d" % n, "language": LANG, "locale": locale, "type": typ,
        "format": fmt, "subject": subject.replace("#O#", o), "body": body.replace("#O#", o),
        "order_id": o, "expected": sorted(expected), "note": note,
    })


# ---------------- clean (1-17) ----------------
M(1, "delivery-delay", "text", "Ihre Bestellung #O# verzögert sich etwas",
  "Hallo Frau Schneider,\n\nkurze Info zu Ihrer Bestellung #O# (Leinen-Tischdecke, 140 x 240 cm): Unsere Weberei in der Oberlausitz hängt ein paar Tage hinterher, "
  "deshalb können wir erst am Freitag, 18.12.2026, versenden. Mit der Zustellung rechnen Sie bitte bis etwa Dienstag, 22.12.\n\n"
  "Wenn Ihnen das zu spät ist, geben Sie uns einfach über Amazon Bescheid.\n\n"
  "Viele Grüße aus Zittau\nKatrin Neumann\nLeinenwerk Lausitz", [], "Plain-text delay with German date formats.")

M(2, "delivery-delay", "html", "Neuer Versandtermin – Bestellung #O#",
  "<p>Sehr geehrter Herr Yılmaz,</p>"
  "<p>leider verzögert sich der Versand Ihrer Bestellung <strong>#O#</strong> (Bürostuhl ErgoLine, anthrazit). "
  "Unser Lieferant hat die Gasdruckfedern später geliefert als zugesagt.</p>"
  "<p>Neuer voraussichtlicher Versandtermin: <strong>Montag, 14. Dezember 2026</strong>.</p>"
  "<p>Sollte sich daran noch etwas ändern, melden wir uns umgehend.</p>"
  "<p>Mit freundlichen Grüßen<br>Jonas Weber<br>Kundenservice, Sitzkultur GmbH</p>"
  "<p><small>Sitzkultur GmbH &middot; Gewerbering 7 &middot; 90451 Nürnberg</small></p>",
  [], "Builder HTML delay, no styling.")

M(3, "order-problem", "text", "[Wichtig] Problem mit Ihrer Bestellung #O#",
  "Sehr geehrte Frau Hoffmann,\n\nleider können wir die Fahrradtasche City 20 l (schwarz) aus Ihrer Bestellung #O# nicht liefern: "
  "Die letzten Exemplare wurden bei der Inventur beschädigt aufgefunden.\n\n"
  "Wir haben den Bestellbetrag deshalb mit dem Grund „nicht auf Lager“ angepasst; die vollen 59,90 € werden Ihnen in den nächsten Werktagen über Amazon erstattet. "
  "Sie müssen nichts weiter tun.\n\nBitte entschuldigen Sie die Unannehmlichkeiten.\n\nMit freundlichen Grüßen\nMarkus Braun\nPedalwerk Fahrradzubehör",
  [], "Order problem with [Wichtig] and adjustment confirmed.")

M(4, "additional-information", "text", "Rückfrage zu Bestellung #O#",
  "Guten Tag,\n\nfür das gravierte Schneidebrett aus Bestellung #O# fehlt uns noch der Wunschtext. Was sollen wir eingravieren? "
  "Maximal 20 Zeichen, Groß- und Kleinschreibung ist möglich.\n\nSobald wir Ihre Angabe haben, geht das Brett in die Werkstatt.\n\n"
  "Herzliche Grüße\nFelix\nHolzmanufaktur Eichenhain",
  [], "Request for engraving text.")

M(5, "return-follow-up", "text", "Ihre Rücksendung zu Bestellung #O#",
  "Liebe Frau Lange,\n\nSie haben bei der Rücksendeanfrage zu Bestellung #O# angegeben, dass die Teekanne einen kleinen Glasurfehler am Boden hat, sonst aber einwandfrei ist.\n\n"
  "Falls Sie sie behalten möchten, bieten wir Ihnen eine Teilerstattung von 12,50 € an. Möchten Sie lieber zurücksenden, ist das natürlich auch in Ordnung.\n\n"
  "Geben Sie uns einfach kurz Bescheid.\n\nViele Grüße\nAnja von Töpferei am Bach",
  [], "Return follow-up offering partial refund.")

M(6, "return-follow-up", "text", "Umtausch Bestellung #O#: welche Größe?",
  "Servus Herr Gruber,\n\nwir sehen, dass Sie die Wanderschuhe aus Bestellung #O# umtauschen möchten. Im Formular steht nur „zu klein“. "
  "Welche Größe dürfen wir Ihnen zurücklegen, 44 oder 44,5?\n\nDann können wir den Umtausch gleich abwickeln, sobald Ihr Paket bei uns ist.\n\n"
  "Freundliche Grüße\nTeam Almsteig Outdoor, Innsbruck",
  [], "Return follow-up question, Austrian buyer.", locale="de-AT")

M(7, "invoice", "text", "Rechnung zu Ihrer Bestellung #O#",
  "Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie die Rechnung RE/2026/12/0412 zu Bestellung #O# auf die Firma Elektro Krüger e.K.\n\n"
  "Gesamtbetrag 476,00 €, darin enthalten 19 % USt. 76,00 €.\n\n"
  "Mit freundlichen Grüßen\nBuchhaltung\nLuftstrom Technik GmbH\nHafenstraße 8, 20457 Hamburg\nAmtsgericht Hamburg HRB 154321\nUSt-IdNr. DE 287 654 321\nGeschäftsführer: Dr. Till Ahrens",
  [], "Invoice with slashed number, HRB and USt-IdNr.")

M(8, "review-request", "text", "Wie gefällt Ihnen die Lampe? (#O#)",
  "Hallo,\n\nSie haben die Schreibtischleuchte aus Bestellung #O# jetzt seit ein paar Wochen. Wir sind gespannt, wie sie sich im Alltag schlägt. "
  "Hätten Sie Lust, eine Rezension auf Amazon zu schreiben? Ob Lob oder Kritik, jede Erfahrung hilft anderen Kunden bei der Entscheidung.\n\n"
  "Beste Grüße\nLena\nLichtwerk Leipzig",
  [], "Neutral review request.")

M(9, "review-request", "html", "Ihre Meinung zu Bestellung #O#",
  "<p><img src=\"https://static.gartenkiste24.de/mail/gartenkiste24-logo.png\" alt=\"Gartenkiste24 Logo\" width=\"180\"></p>"
  "<p>Liebe Kundin, lieber Kunde,</p>"
  "<p>vor einiger Zeit haben Sie bei uns das Hochbeet aus Lärchenholz bestellt (Bestellung #O#). Möchten Sie Ihre Erfahrung mit anderen teilen?</p>"
  "<p><a href=\"https://www.amazon.de/review/create-review?asin=B0C9HB1KQ2\">Rezension auf Amazon.de schreiben</a></p>"
  "<p>Viele Grüße<br>Ihr Team von Gartenkiste24</p>",
  [], "HTML neutral review request with logo and descriptive Amazon link.")

M(10, "delivery-scheduling", "text", "Liefertermin Waschmaschine – Bestellung #O#",
  "Guten Morgen Frau Schulz,\n\ndie Waschmaschine aus Bestellung #O# wird von zwei Monteuren bis in die Wohnung geliefert. Folgende Termine hätten wir frei:\n\n"
  "- Donnerstag, 10.12., zwischen 8 und 12 Uhr\n- Freitag, 11.12., zwischen 13 und 17 Uhr\n\n"
  "Welcher Termin passt Ihnen? Und gibt es einen Aufzug, oder geht es über die Treppe?\n\nMit freundlichen Grüßen\nSven Richter\nTourenplanung, Weißwaren Hessen",
  [], "Bulky delivery scheduling with slots.")

M(11, "home-service-appointment", "text", "Terminvereinbarung Montage Küchenarmatur, Bestellung #O#",
  "Sehr geehrter Herr Wagner,\n\nfür die Montage Ihrer Küchenarmatur (Bestellung #O#) kann unser Installateur Herr Kaya am Mittwoch, 16.12.2026, von 9:30 bis 11:30 Uhr "
  "oder am Samstag, 19.12.2026, von 10:00 bis 12:00 Uhr vorbeikommen.\n\nBitte teilen Sie uns mit, welcher Termin Ihnen lieber ist. Die Montage dauert etwa eine Stunde.\n\n"
  "Mit freundlichen Grüßen\nSanitär Keller & Söhne",
  [], "Home service appointment with slots.")

M(12, "custom-design-verification", "text", "Korrekturabzug Türschild – #O#",
  "Hallo Familie Meier,\n\nim Anhang finden Sie den Korrekturabzug für Ihr Türschild (Bestellung #O#): „Hier wohnen Anna, Paul & Bello“, "
  "in der gewählten Schrift, schwarz gelasert auf Schiefer.\n\nBitte prüfen Sie vor allem die Schreibweise der Namen. Passt alles, geben Sie uns kurz Ihr Okay, dann fertigen wir diese Woche.\n\n"
  "Liebe Grüße\nSabine | Schilderwerkstatt Nordlicht",
  [], "Design proof for approval.")

M(13, "fulfillment-question", "text", "Zugangscode für Lieferung #O# benötigt",
  "Sehr geehrter Herr Lorenz,\n\nBestellung #O# (Vorgangsnummer VG-2026-4471, Kundennummer 30981) liefern wir mit unserem eigenen Fahrdienst aus. "
  "Laut unseren Unterlagen hat der Hauseingang in der Kastanienallee ein Zahlenschloss.\n\n"
  "Könnten Sie uns den Türcode nennen oder Nachbarn, bei denen wir klingeln dürfen? Sonst stehen wir womöglich vor verschlossener Tür.\n\n"
  "Mit freundlichen Grüßen\nKundenservice Bücherkiste",
  [], "Door-code question with reference numbers.")

M(14, "reply", "text", "AW: Frage zur „Lavender Dreams“ Duftkerze, Bestellung #O#",
  "Hallo Frau Krause,\n\ndie Kerze „Lavender Dreams – Hand Poured Soy Candle“ aus Ihrer Bestellung #O# besteht aus 100 % Sojawachs und brennt etwa 45 Stunden. "
  "Der Docht ist aus Baumwolle.\n\nTipp: Beim ersten Anzünden etwa zwei Stunden brennen lassen, dann schmilzt die Oberfläche gleichmäßig.\n\n"
  "Herzliche Grüße\nMiriam\nKerzenatelier Flamme",
  [], "Reply quoting an English product title inside German sentences.")

M(15, "reply", "text", "AW: Kaffeemaschine defekt (#O#)",
  "Sehr geehrte Frau Zimmermann,\n\nes tut uns leid, dass die Kaffeemaschine aus Bestellung #O# schon nach vier Monaten Probleme macht. "
  "Für Garantiefälle wenden Sie sich am schnellsten direkt an den Hersteller, der Reparatur oder Austausch übernimmt.\n\n"
  "Garantie-Hotline des Herstellers (Brühmeister GmbH): 0800 724 83 10, Mo bis Fr 8 bis 18 Uhr. Halten Sie bitte Ihre Bestellnummer bereit.\n\n"
  "Mit freundlichen Grüßen\nThomas\nKüchenfuchs",
  [], "Reply with manufacturer's warranty hotline marked as such.")

M(16, "reply", "html", "AW: Firmendaten zu Bestellung #O#",
  "<p>Sehr geehrter Herr Schmitt,</p>"
  "<p>gern senden wir Ihnen unsere Firmendaten für Ihre Unterlagen. Sie stehen auch auf der Rechnung zu Bestellung #O#.</p>"
  "<p>Mit freundlichen Grüßen<br>Julia Becker<br>Assistenz der Geschäftsführung</p>"
  "<p><small>Druckerei Südwest GmbH<br>Mühlweg 41<br>76133 Karlsruhe<br>Amtsgericht Mannheim HRB 712345<br>USt-IdNr. DE 318 204 577<br>Geschäftsführerin: Petra Vogel</small></p>",
  [], "Reply with German Impressum-style footer, no contact data.")

M(17, "reply", "text", "AW: Wo bleibt meine Erstattung? #O#",
  "Hallo Herr Koch,\n\nIhre Rücksendung zu Bestellung #O# (Retourennummer RT-88213) ist am Dienstag, 01.12.2026, um 14:12 Uhr bei uns eingegangen, "
  "Sendungsnummer 00340434161094042557.\n\nDie Erstattung über 39,99 € haben wir am 03.12. über Amazon veranlasst. Je nach Bank dauert die Gutschrift 3 bis 5 Werktage.\n\n"
  "Viele Grüße\nHenning\nWerkzeugkiste Münsterland",
  [], "Reply with return and tracking numbers, dates, times, amounts.")

# ---------------- violations (18-48) ----------------
M(18, "fulfillment-question", "text", "Neuigkeiten zu Bestellung #O#",
  "Hallo,\n\ngute Nachrichten: Ihr Paket zu Bestellung #O# hat heute Morgen unser Lager in Bielefeld verlassen und wurde an DHL übergeben.\n\n"
  "Viele Grüße\nSpielzeugdachboden",
  ["BSM201"], "Shipment confirmation: left the warehouse, handed to DHL.")

M(19, "fulfillment-question", "text", "Wir legen los! #O#",
  "Hallo!\n\nDeine Bestellung #O# ist gut bei uns angekommen und wir packen sie gerade liebevoll für dich ein.\n\nLiebe Grüße\nJule von Seifenstube",
  ["BSM201"], "Order confirmation: received and being packed.")

M(20, "fulfillment-question", "text", "Bestellung #O#",
  "Lieber Herr Aydin,\n\nvon Herzen vielen Dank, dass Sie sich für uns entschieden haben. Das bedeutet uns als kleinem Laden sehr viel!\n\n"
  "Herzliche Grüße\nPaul\nRadkeller",
  ["BSM202"], "Thanks only.")

M(21, "fulfillment-question", "text", "Wir sind für Sie da – #O#",
  "Sehr geehrte Frau Wolf,\n\nsollte mit Ihrer Bestellung #O# wider Erwarten etwas nicht stimmen, zögern Sie bitte nicht, uns zu schreiben. Wir kümmern uns gern darum.\n\n"
  "Mit freundlichen Grüßen\nKundenservice Schlafgut",
  ["BSM202"], "Only an offer to help.")

M(22, "delivery-delay", "text", "Kleine Verzögerung bei #O#",
  "Hallo Herr Peters,\n\nder Kopfhörer aus Bestellung #O# trifft erst ein paar Tage später bei uns ein; wir rechnen mit Versand am Mittwoch, 09.12.\n\n"
  "Sorry für die Wartezeit!\n\nGruß\nTim, Klanghaus\n\nPS: Bis Sonntag gibt's bei uns 20 % auf das gesamte Sortiment, schauen Sie gern vorbei.",
  ["BSM203"], "Delay with P.S. promoting 20% off.")

M(23, "review-request", "text", "Ihre Erfahrung mit Bestellung #O#",
  "Liebe Kundin, lieber Kunde,\n\nmöchten Sie eine Rezension zur Wolldecke aus Bestellung #O# schreiben? Jede Meinung hilft anderen bei der Auswahl.\n\n"
  "Übrigens: Folgen Sie uns auf Instagram und abonnieren Sie unseren Newsletter, dann sehen Sie unsere neue Winterkollektion als Erste.\n\n"
  "Warme Grüße\nWollstube Schäfer",
  ["BSM203"], "Follow us, newsletter, new collection.")

M(24, "review-request", "text", "Kurz Zeit für eine Bewertung? (#O#)",
  "Hallo Frau Keller,\n\nwie gefällt Ihnen die Yogamatte aus Bestellung #O#? Wir würden uns über eine Rezension auf Amazon freuen.\n\n"
  "Als kleines Dankeschön schicken wir Ihnen eine Überraschung, sobald Ihre Rezension online ist.\n\nNamasté\nIris von Mattenwerk",
  ["BSM204"], "Small gift once the review is published.")

M(25, "review-request", "text", "Rezension = Geld zurück! Bestellung #O#",
  "Sehr geehrter Herr Fuchs,\n\nschreiben Sie eine Rezension zur Powerbank aus Bestellung #O#, und wir erstatten Ihnen den vollen Kaufpreis, sobald Ihre Rezension sichtbar ist. "
  "Geben Sie uns dann einfach kurz Bescheid.\n\nMit freundlichen Grüßen\nStromkasten",
  ["BSM204"], "Full refund once the review is online.")

M(26, "reply", "text", "AW: Staubsauger Problem (#O#)",
  "Sehr geehrte Frau Hartmann,\n\nschön, dass wir das Problem mit dem Staubsauger aus Bestellung #O# mit einem neuen Filter lösen konnten.\n\n"
  "Da nun alles wieder funktioniert: Würden Sie Ihre Ein-Stern-Bewertung anpassen oder vielleicht ganz herausnehmen? Das wäre uns eine große Hilfe.\n\n"
  "Mit freundlichen Grüßen\nBernd\nSaugstark24",
  ["BSM205"], "Asks to change or remove a one-star review.")

M(27, "review-request", "text", "Zufrieden mit Bestellung #O#?",
  "Hallo,\n\nsind Sie mit dem Hundekorb aus Bestellung #O# zufrieden? Dann freuen wir uns riesig über eine Rezension auf Amazon.\n\n"
  "Falls nicht, schreiben Sie bitte keine Bewertung, sondern melden Sie sich zuerst bei uns, wir finden bestimmt eine Lösung.\n\n"
  "Viele Grüße\nSchnüffel & Co.",
  ["BSM206"], "Only if satisfied; unhappy buyers steered to contact seller.")

M(28, "review-request", "text", "Ihre Bewertung zu Bestellung #O#",
  "Liebe Kundin, lieber Kunde,\n\nfür einen kleinen Familienbetrieb wie uns zählt jede Bewertung. Würden Sie der Thermoskanne aus Bestellung #O# fünf Sterne auf Amazon geben?\n\n"
  "Mit freundlichen Grüßen\nFamilie Brandt, Kannenkontor",
  ["BSM206"], "Asks for five stars.")

M(29, "order-problem", "text", "[Wichtig] Ein Artikel aus #O# ist ausverkauft",
  "Sehr geehrter Herr Engel,\n\nvon den zwei Wandleuchten in Ihrer Bestellung #O# ist nur noch eine vorrätig. Für die fehlende Leuchte haben wir den Bestellbetrag angepasst "
  "(nicht auf Lager); 49,00 € erhalten Sie über Amazon zurück.\n\n"
  "Ehrlich gesagt kommt die zweite Leuchte wohl nicht mehr ins Sortiment. Am schnellsten wäre es, wenn Sie die Stornierung der Bestellung selbst "
  "unter „Meine Bestellungen“ beantragen.\n\nMit freundlichen Grüßen\nLampenladen Ost",
  ["BSM108"], "Adjustment confirmed but advises buyer to cancel due to stock.")

M(30, "order-problem", "text", "Bestellung #O# – Lagerproblem",
  "Sehr geehrte Frau Berger,\n\naufgrund eines Fehlers in unserer Lagerverwaltung ist der Spiegel aus Bestellung #O# leider nicht mehr verfügbar.\n\n"
  "Wir wären Ihnen sehr dankbar, wenn Sie die Bestellung über Amazon stornieren würden, dann ist alles erledigt.\n\n"
  "Entschuldigen Sie die Umstände.\n\nMit freundlichen Grüßen\nSpiegelpalast",
  ["BSM107", "BSM108"], "Asks buyer to cancel, no adjustment confirmed.")

M(31, "review-request", "text", "Rezension zu Bestellung #O#",
  "Guten Tag,\n\nwie sind Sie mit der Regenjacke aus Bestellung #O# zurechtgekommen? Eine Rezension auf Amazon hilft anderen Käufern.\n\n"
  "Keine weiteren Nachrichten gewünscht? Antworten Sie einfach mit STOP.\n\nMit freundlichen Grüßen\nRegenfest Outdoor",
  ["BSM305"], "Reply-STOP opt-out.")

M(32, "reply", "text", "AW: Paket weg (#O#)",
  "Hi Kevin,\n\nja, der Scheiß-Paketdienst hat dein Paket zu Bestellung #O# mal wieder ins falsche Depot geschickt. Was für eine verdammte Scheiße.\n\n"
  "Wir schicken dir heute ein neues raus, du musst nichts zurücksenden.\n\nGruß\nDennis\nZockerecke",
  ["BSM306"], "German profanity about the carrier.")

M(33, "delivery-delay", "text", "Vertraging bestelling #O#",
  "Beste klant,\n\nUw bestelling #O# wordt helaas pas op 11 december verzonden.\n\nMet vriendelijke groet,\nBürobedarf Schulte",
  ["BSM104"], "Whole message in Dutch to a de-DE buyer.")

M(34, "reply", "text", "AW: Größe der Jacke (#O#)",
  "Sehr geehrte Frau Lehmann,\n\ndie Jacke aus Bestellung #O# fällt etwas klein aus; wir empfehlen eine Nummer größer. "
  "Wenn Sie lieber telefonisch beraten werden möchten, rufen Sie uns gern an unter 089 / 12 34 56 78.\n\nMit freundlichen Grüßen\nModehaus Lindner",
  ["BSM309"], "German national phone format.")

M(35, "reply", "text", "AW: Aufbaufrage (#O#)",
  "Hi Lukas,\n\ndas dritte Regalbrett vom Bücherregal (Bestellung #O#) ist wirklich etwas fummelig. Schreib mir kurz per WhatsApp an +49 (0)171 4829 310, "
  "dann schicke ich dir ein Video, wie es am einfachsten geht.\n\nGruß\nMatthias | Tischlerei Holzkopf",
  ["BSM309"], "Mobile number in international format.")

M(36, "return-follow-up", "text", "Rücksendung #O#: Fotos benötigt",
  "Sehr geehrter Herr Kühn,\n\nfür die Rücksendung der beschädigten Vase aus Bestellung #O# benötigen wir ein paar Fotos vom Schaden. "
  "Schicken Sie diese bitte an retoure@glasundvase.de.\n\nMit freundlichen Grüßen\nGlas & Vase",
  ["BSM308"], "Plain e-mail address.")

M(37, "additional-information", "text", "Schriftart für Ihre Bestellung #O#",
  "Hallo Frau Roth,\n\nwelche Schrift möchten Sie für die bedruckte Tasse aus Bestellung #O#? Ihre Auswahl können Sie auch an studio (at) tassenwerk (punkt) de schicken.\n\n"
  "Viele Grüße\nTassenwerk",
  ["BSM308"], "Obfuscated e-mail with (at) and (punkt).")

M(38, "reply", "html", "AW: Pflege der Monstera (#O#)",
  "<p>Hallo Frau Busch,</p>"
  "<p>schön, dass die Monstera aus Bestellung #O# gut angekommen ist. Wie oft Sie gießen sollten, steht in unserem Blog: "
  "<a href=\"https://www.gruenerdschungel.de/blog/monstera-pflege\">Pflegetipps für Ihre Monstera in unserem Blog</a>.</p>"
  "<p>Grüne Grüße<br>Grüner Dschungel</p>",
  ["BSM302"], "Descriptive https link to seller's blog.")

M(39, "reply", "html", "AW: Bedienungsanleitung (#O#)",
  "<p>Sehr geehrter Herr Albrecht,</p>"
  "<p>die Bedienungsanleitung des Brotbackautomaten aus Bestellung #O# finden Sie auch auf der Produktseite: "
  "<a href=\"http://www.amazon.de/dp/B0B8KP3Q7R\">Produktseite des Brotbackautomaten bei Amazon</a>.</p>"
  "<p>Mit freundlichen Grüßen<br>Backstube Zubehör</p>",
  ["BSM301"], "Insecure http Amazon link.")

M(40, "review-request", "html", "Wie gefällt dir dein Rucksack? #O#",
  "<p>Hallo Jonas,</p>"
  "<p><img src=\"https://img.rucksackerei.de/produkte/tagesrucksack-25l-gruen.jpg\" alt=\"Tagesrucksack 25 l grün\" width=\"300\"></p>"
  "<p>Du hast den Tagesrucksack aus Bestellung #O# jetzt schon eine Weile. Magst du eine Rezension auf Amazon schreiben? Jede Erfahrung ist willkommen.</p>"
  "<p>Gruß<br>Die Rucksackerei</p>",
  ["BSM310"], "Image of the purchased product.")

M(41, "delivery-delay", "html", "Verzögerung wegen der Feiertage – #O#",
  "<p><img src=\"https://cdn.schmuckvonmila.de/mail/tannenbaum-schnee.jpg\" alt=\"Tannenbaum im Schnee\" width=\"300\"></p>"
  "<p>Liebe Kundin, lieber Kunde,</p>"
  "<p>wegen des Weihnachtstrubels geht das Armband aus Bestellung #O# erst am 15.12. in den Versand.</p>"
  "<p>Frohe Feiertage<br>Schmuck von Mila</p>",
  ["BSM311"], "Unrelated stock image of a Christmas tree.", locale="de-AT")

M(42, "delivery-delay", "html", "Neuer Liefertermin zu Bestellung #O#",
  "<p><img src=\"https://cdn.pfannenhaus.de/mail/pfannenhaus-logo.png\" alt=\"\" width=\"160\"></p>"
  "<p>Sehr geehrte Frau Franke,</p>"
  "<p>der gusseiserne Bräter aus Bestellung #O# kommt später aus der Gießerei. Wir rechnen mit Versand am 17.12.2026.</p>"
  "<p>Mit freundlichen Grüßen<br>Pfannenhaus</p>",
  ["BSM402"], "Shop logo with empty alt.")

M(43, "reply", "text", "AW: Farbfrage (#O#)",
  "Hallo Nele,\n\nja, die Wolle aus Bestellung #O# ist wirklich zartrosa, nicht lachsfarben. Viel Spaß beim Stricken! \U0001F9F6\U0001F495\n\nLiebe Grüße\nStrickcafé Masche",
  ["BSM403"], "Emoji in reply.")

M(44, "reply", "text", "AW: Passt das? (#O#)",
  "Hi Ben,\n\ndie Hülle aus Bestellung #O# passt auf alle Modelle ab 2022, also alles gut :-)\n\nGruß\nHüllenEck",
  ["BSM403"], "Emoticon :-).")

M(45, "delivery-delay", "html", "Lieferinfo #O#",
  "<style>h1{font-size:24px} h2{font-size:18px} p{font-size:15px} .fuss{font-size:11px}</style>"
  "<h1>Lieferinfo</h1><h2>Bestellung #O#</h2>"
  "<p>Liebe Kundin, lieber Kunde, Ihr Bilderrahmen verzögert sich wegen einer späten Glaslieferung; Versand voraussichtlich um den 16.12.</p>"
  "<p class=\"fuss\">Rahmenwerk Krämer, Altstadtgasse 3, 93047 Regensburg</p>",
  ["BSM410"], "Four explicit font sizes in a style block.")

M(46, "additional-information", "html", "Lieferadresse zu Bestellung #O#",
  "<p>Sehr geehrter Herr Frank,</p>"
  "<p>in der Lieferadresse zu Bestellung #O# fehlt die Hausnummer. Könnten Sie uns diese noch mitteilen?</p>"
  "<p></p><p></p>"
  "<p>Mit freundlichen Grüßen<br>Papeterie Frank &amp; Tochter</p>",
  ["BSM412"], "Empty paragraphs between paragraphs.")

M(47, "return-follow-up", "text", "[Wichtig] Ihre Rücksendung zu Bestellung #O#",
  "Guten Tag,\n\nzu Ihrer Rücksendung des Schachspiels aus Bestellung #O#: Fehlt in der Schachtel eine Figur, oder ist das Brett beschädigt? "
  "Dann können wir die Rücksendung richtig zuordnen.\n\nMit freundlichen Grüßen\nSpielehaus Zug",
  ["BSM110"], "[Wichtig] tag on a return follow-up.")

M(48, "review-request", "html", "Rezension zu Bestellung #O#",
  "<p>Guten Tag,</p>"
  "<p>wie gefällt Ihnen das Teeservice aus Bestellung #O#? Ihre Rezension können Sie "
  "<a href=\"https://www.amazon.de/review/create-review?asin=B0D1TZ8K2W\">hier</a> abgeben.</p>"
  "<p>Mit freundlichen Grüßen<br>Teehaus Tante Jo</p>",
  ["BSM401"], "Link text 'hier'.")

# ---------------- varying (49-50) ----------------
M(49, "review-request", "html", "Ihre Meinung zu Bestellung #O#",
  "<p><a href=\"https://www.kaffeeroesterei-alster.de\"><img src=\"https://www.kaffeeroesterei-alster.de/img/logo-kaffeeroesterei-alster.png\" "
  "alt=\"Kaffeerösterei Alster Logo\" width=\"180\"></a></p>"
  "<p>Guten Tag,</p>"
  "<p>wie schmeckt Ihnen der Espresso aus Bestellung #O#? Über eine Rezension auf Amazon würden wir uns freuen, ganz gleich, wie Ihr Urteil ausfällt.</p>"
  "<p>Viele Grüße<br>Kaffeerösterei Alster</p>",
  ["BSM302", "BSM304"], "Shop logo linked to the shop's website.")

M(50, "delivery-delay", "text", "Lieferverzögerung Bestellung #O#",
  "Sehr geehrte Frau Vogt,\n\nunfortunately the six wine glasses in your order #O# are delayed at the glassworks. "
  "We now expect to dispatch them on Thursday 17 December.\n\nKind regards\nGlashütte Lausitz",
  ["BSM104"], "German greeting, English body.")
