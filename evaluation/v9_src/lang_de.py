"""v9 blind evaluation set, German (de-DE). Standard library only, fixed seed."""
import random

_rng = random.Random(40409)
_seen = set()
ORDERS = []
while len(ORDERS) < 50:
    o = "404-%07d-%07d" % (_rng.randint(1000000, 9999999), _rng.randint(1000000, 9999999))
    if o not in _seen:
        _seen.add(o)
        ORDERS.append(o)

MESSAGES = []


def _m(n, typ, fmt, subject, body, expected, note):
    oid = ORDERS[n - 1]
    MESSAGES.append({
        "id": "v9-de-%03d" % n,
        "language": "de",
        "locale": "de-DE",
        "type": typ,
        "format": fmt,
        "subject": subject.replace("#ORD#", oid),
        "body": body.replace("#ORD#", oid).replace("#ORDRAW#", oid.replace("-", "")),
        "order_id": oid,
        "expected": sorted(expected),
        "note": note,
    })


# ---------------------------------------------------------------- clean (1-17)
_m(1, "delivery-delay", "text", "Lieferverzögerung zu Ihrer Bestellung #ORD#",
   "Guten Tag Frau Schneider,\n\n"
   "leider verzögert sich der Versand Ihres Gewürzregals aus Buchenholz (Bestellung #ORD#). "
   "Unser Schreiner ist krankheitsbedingt ausgefallen, deshalb können wir das Regal erst am Donnerstag, 17. Dezember, fertigstellen und verschicken.\n\n"
   "Wir bitten die Verzögerung zu entschuldigen.\n\n"
   "Viele Grüße aus dem Allgäu\nMarkus Eberle\nHolzwerkstatt Eberle",
   [], "Plain-text delivery delay from a small workshop with a new date.")

_m(2, "delivery-delay", "html", "Neuer Versandtermin für Bestellung #ORD#",
   "<p>Sehr geehrter Herr Wagner,</p>"
   "<p>Ihre Bestellung <strong>#ORD#</strong> (Edelstahl-Topfset, 5-teilig) können wir leider nicht wie angegeben versenden. "
   "Unser Lieferant hat die Ware erst für die kommende Woche bestätigt.</p>"
   "<table><tr><td>Ursprünglicher Versandtermin</td><td>04.12.2026</td></tr>"
   "<tr><td>Neuer Versandtermin</td><td>14.12.2026</td></tr></table>"
   "<p>Wir entschuldigen uns für die Unannehmlichkeiten.</p>"
   "<p>Mit freundlichen Grüßen<br>Sabine Kröger<br>Kundenservice<br>Kochhaus Kröger GmbH</p>",
   [], "HTML delay notice with a plain table of dates in German date format.")

_m(3, "order-problem", "text", "[Wichtig] Artikel nicht lieferbar – Bestellung #ORD#",
   "Sehr geehrte Frau Yıldız,\n\n"
   "beim Verpacken haben wir festgestellt, dass unser letzter Mörser aus Granit (Ø 15 cm) einen Riss hat. "
   "Ihre Bestellung #ORD# können wir daher leider nicht ausführen.\n\n"
   "Den vollständigen Bestellbetrag von 38,90 € haben wir über Amazon mit dem Grund „nicht vorrätig“ angepasst. "
   "Die Erstattung erscheint in wenigen Werktagen auf Ihrem Konto.\n\n"
   "Es tut uns sehr leid.\n\n"
   "Mit freundlichen Grüßen\nJens Hoffmann\nGewürzkontor Hoffmann",
   [], "Order problem with [Wichtig] in the subject and confirmation that the full amount was adjusted for no inventory.")

_m(4, "additional-information", "text", "Rückfrage zur Gravur – #ORD#",
   "Hallo Herr Lehmann,\n\n"
   "vielen Dank für Ihre Bestellung des Flachmanns mit Gravur (#ORD#). Im Feld für den Gravurtext steht nur „Für Papa“, "
   "auf der Vorderseite ist aber Platz für zwei Zeilen. Sollen wir nur „Für Papa“ gravieren, oder wünschen Sie in der zweiten Zeile noch ein Datum?\n\n"
   "Geben Sie uns bitte bis Freitag, 11. Dezember, Bescheid, dann schaffen wir es noch rechtzeitig.\n\n"
   "Beste Grüße\nNina Vogt\nGravurwerkstatt Vogt",
   [], "Request for the engraving text needed to complete the order.")

_m(5, "return-follow-up", "text", "Ihre Rücksendeanfrage zu #ORD#",
   "Sehr geehrter Herr Becker,\n\n"
   "Sie haben eine Rücksendung für die Stehleuchte „Düne“ angemeldet, weil der Schirm eine Delle hat. Das ist ärgerlich.\n\n"
   "Wenn Sie die Leuchte ansonsten behalten möchten, bieten wir Ihnen eine Teilerstattung von 25,00 € an und schicken Ihnen kostenlos einen neuen Schirm. "
   "Sie müssten dann nichts zurücksenden. Möchten Sie lieber die vollständige Rücksendung, wickeln wir diese selbstverständlich ab.\n\n"
   "Teilen Sie uns kurz mit, was Ihnen lieber ist?\n\n"
   "Freundliche Grüße\nClaudia Weiß\nLeuchtenmanufaktur Nord",
   [], "Return follow-up offering a partial refund.")

_m(6, "return-follow-up", "text", "Rücksendung #ORD#: welche Größe?",
   "Hallo Frau Krause,\n\n"
   "wir haben Ihren Umtauschwunsch für die Wanderschuhe (Bestellung #ORD#) erhalten. Welche Größe dürfen wir Ihnen stattdessen zuschicken, 38 oder 39? "
   "Sobald wir das wissen, legen wir das neue Paar zurück und können die Rücksendung abschließen.\n\n"
   "Sportliche Grüße\nFlorian Brandt\nBergsport Brandt",
   [], "Return follow-up asking for the size needed to complete an exchange.")

_m(7, "invoice", "text", "Rechnung zu Ihrer Bestellung #ORD#",
   "Sehr geehrte Damen und Herren,\n\n"
   "anbei erhalten Sie die Rechnung zu Ihrer Bestellung #ORD# als PDF.\n\n"
   "Rechnungsnummer: RE/2026/01187\nRechnungsdatum: 03.12.2026\n"
   "Nettobetrag: 210,08 €\nUSt. 19 %: 39,92 €\nGesamtbetrag: 250,00 €\n\n"
   "Benötigen Sie die Rechnung auf eine andere Firmierung, antworten Sie einfach auf diese Nachricht.\n\n"
   "Mit freundlichen Grüßen\nBuchhaltung\n\n"
   "Bürobedarf Lindner GmbH · Lindenstraße 12 · 80331 München\n"
   "Geschäftsführerin: Petra Lindner · Amtsgericht München HRB 234567\n"
   "USt-IdNr. DE 298 765 432 · Steuernummer 143/234/56789",
   [], "Invoice with a slashed invoice number, HRB, grouped USt-IdNr and Steuernummer that are no phone numbers.")

_m(8, "review-request", "text", "Wie gefällt Ihnen die Kaffeemühle? (#ORD#)",
   "Hallo Herr Schulz,\n\n"
   "Ihre Handkaffeemühle ist seit ein paar Tagen bei Ihnen. Wir würden uns freuen, wenn Sie auf Amazon eine Rezension schreiben, "
   "ganz gleich, ob Sie begeistert sind oder etwas zu bemängeln haben. Ihre ehrliche Meinung hilft anderen Kunden bei der Entscheidung.\n\n"
   "Die Möglichkeit dazu finden Sie unter „Meine Bestellungen“ bei Bestellung #ORD#.\n\n"
   "Viele Grüße\nTobias Engel\nRösterei Engel",
   [], "Neutral plain-text review request.")

_m(9, "review-request", "html", "Ihre Meinung zu Bestellung #ORD#",
   "<p><img src=\"https://cdn.gartenglueck-shop.de/mail/logo-gartenglueck.png\" alt=\"Logo Gartenglück\" width=\"160\" height=\"48\"></p>"
   "<p>Sehr geehrte Frau Fischer,</p>"
   "<p>vor einigen Wochen haben Sie bei uns das Hochbeet aus Lärchenholz bestellt (Bestellung #ORD#). "
   "Uns interessiert, wie Sie damit zurechtkommen, ob positiv oder kritisch.</p>"
   "<p><a href=\"https://www.amazon.de/review/create-review?asin=B0C5HN2W7K\">Rezension zum Hochbeet auf Amazon.de schreiben</a></p>"
   "<p>Herzliche Grüße<br>Anja Maurer<br>Gartenglück</p>",
   [], "HTML review request with the shop logo (alt names the shop) and a descriptive https Amazon link.")

_m(10, "delivery-scheduling", "text", "Liefertermin für Ihr Boxspringbett – #ORD#",
   "Sehr geehrte Familie Zimmermann,\n\n"
   "Ihr Boxspringbett (zwei Pakete, zusammen rund 95 kg) liefert unsere Spedition bis ins Schlafzimmer. Folgende Zeitfenster sind frei:\n\n"
   "- Montag, 14.12.2026, 8:00–12:00 Uhr\n- Montag, 14.12.2026, 13:00–17:00 Uhr\n- Mittwoch, 16.12.2026, 8:00–12:00 Uhr\n\n"
   "Welches Zeitfenster passt Ihnen? Gibt es einen Aufzug, oder tragen wir über das Treppenhaus in den zweiten Stock?\n\n"
   "Mit freundlichen Grüßen\nTourenplanung Schlafwelt Kassel\nDenise Hartmann",
   [], "Scheduling delivery of a bulky item with dates and time slots.")

_m(11, "home-service-appointment", "text", "Termin für den Anschluss Ihrer Spülmaschine (#ORD#)",
   "Guten Tag Herr Schäfer,\n\n"
   "Sie haben zu Ihrer Spülmaschine den Anschlussservice gebucht. Unser Monteur kann zu folgenden Terminen kommen:\n\n"
   "Dienstag, 15. Dezember, zwischen 9 und 11 Uhr\nFreitag, 18. Dezember, zwischen 14:30 und 16:30 Uhr\n\n"
   "Bitte teilen Sie uns mit, welcher Termin Ihnen passt, und sorgen Sie dafür, dass Wasseranschluss und Abfluss frei zugänglich sind. "
   "Der Anschluss dauert etwa 45 Minuten.\n\n"
   "Bestellnummer: #ORD#\n\n"
   "Mit freundlichen Grüßen\nServiceteam Hausgeräte Meyer",
   [], "Home-service appointment with two date and time options.")

_m(12, "custom-design-verification", "text", "Korrekturabzug für Ihr Türschild – #ORD#",
   "Sehr geehrte Frau Kaya,\n\n"
   "im Anhang finden Sie den Korrekturabzug (PDF) für Ihr Türschild aus Schiefer: „Familie Kaya – Am Lindenhof 7“, Schriftart Garamond, weiß graviert.\n\n"
   "Bitte prüfen Sie Schreibweise und Anordnung. Nach Ihrer Freigabe geht das Schild innerhalb von zwei Werktagen in die Fertigung. "
   "Änderungswünsche können Sie uns einfach in einer Antwort auf diese Nachricht mitteilen.\n\n"
   "Bestellung: #ORD#\n\n"
   "Mit freundlichen Grüßen\nLea Neumann\nSchieferdesign Neumann",
   [], "Design proof attached for approval.")

_m(13, "fulfillment-question", "text", "Zugangscode für die Zustellung – #ORD#",
   "Guten Tag Herr Wolf,\n\n"
   "laut Paketdienst konnte Ihr Aktenschrank gestern nicht zugestellt werden (Sendungsnummer 00340434161094273815, unsere Auftragsnummer AB-2026-4417), "
   "weil die Eingangstür Ihres Bürogebäudes einen Zugangscode hat.\n\n"
   "Können Sie uns den Code nennen oder einen anderen Eingang bzw. eine Empfangsstelle angeben? Wir geben die Angaben für den neuen Zustellversuch am Freitag weiter.\n\n"
   "Amazon-Bestellnummer: #ORD#\n\n"
   "Mit freundlichen Grüßen\nSven Richter\nBüromöbel Richter",
   [], "Door-code question with a 20-digit parcel number and an internal reference that are no phone numbers.")

_m(14, "reply", "text", "AW: Frage zu „Cosy Knit Throw Blanket“",
   "Hallo Frau Braun,\n\n"
   "danke für Ihre Frage. Die „Cosy Knit Throw Blanket“ aus Ihrer Bestellung #ORD# besteht zu 100 % aus Baumwolle "
   "und darf bei 30 Grad im Schonwaschgang gewaschen werden. Bitte nicht in den Trockner geben, sonst läuft sie ein.\n\n"
   "Viele Grüße\nMiriam\nWohnzauber Leipzig",
   [], "Reply quoting an English product title inside German sentences.")

_m(15, "reply", "text", "AW: Kaffeevollautomat tropft – #ORD#",
   "Sehr geehrte Frau Hahn,\n\n"
   "es tut uns leid, dass Ihr Kaffeevollautomat tropft. Das Gerät ist noch innerhalb der zweijährigen Herstellergarantie. "
   "Am schnellsten geht es, wenn Sie sich direkt an den Hersteller wenden.\n\n"
   "Garantie-Hotline des Herstellers (Kaffira Deutschland): 0800 724 5510, montags bis freitags 8 bis 18 Uhr.\n\n"
   "Halten Sie bitte Ihre Bestellnummer #ORD# bereit. Sollte es dort nicht klappen, melden Sie sich gern wieder bei uns.\n\n"
   "Mit freundlichen Grüßen\nUwe Köhler\nKüchenwelt Köhler",
   [], "Reply giving the manufacturer's warranty hotline, marked as such.")

_m(16, "reply", "html", "AW: Kauf auf Rechnung möglich? (#ORD#)",
   "<p>Sehr geehrter Herr Schmitt,</p>"
   "<p>über Amazon können wir leider keinen Kauf auf Rechnung anbieten; die Zahlung läuft immer über Ihr Amazon-Konto. "
   "Gern stellen wir Ihnen für Bestellung #ORD# aber eine Rechnung auf Ihre Firma mit Ihrer USt-IdNr. aus.</p>"
   "<p>Nennen Sie uns dazu bitte Firmennamen und USt-IdNr. über den Käufer-Verkäufer-Nachrichtenservice.</p>"
   "<p>Mit freundlichen Grüßen<br>Jana Busch<br>Vertriebsinnendienst</p>"
   "<p><small>Druckerei Busch &amp; Söhne GmbH &amp; Co. KG · Hafenstraße 9 · 28217 Bremen<br>"
   "Registergericht Bremen HRA 27461 HB · USt-IdNr. DE 814 562 379</small></p>",
   [], "Reply with a company-details footer in <small>.")

_m(17, "reply", "text", "AW: Wann kommt meine Erstattung? – #ORD#",
   "Hallo Frau Lange,\n\n"
   "Ihre Rücksendung (Retourennummer RMA-58213, Sendungsnummer 00340434161188204736) ist am Montag, 30.11.2026, um 14:12 Uhr bei uns eingegangen. "
   "Wir haben sie geprüft und am Dienstag, 01.12.2026, 59,95 € über Amazon erstattet.\n\n"
   "Je nach Bank dauert es 3 bis 5 Werktage, bis der Betrag auf Ihrem Konto ist. Bestellnummer zur Info: #ORD#.\n\n"
   "Viele Grüße\nKatrin\nKundenservice Kinderzimmer Kunterbunt",
   [], "Reply with return and tracking numbers, dates, times and an amount.")

# ---------------------------------------------------------------- violations (18-48)
_m(18, "fulfillment-question", "text", "Ihr Paket ist unterwegs – #ORD#",
   "Hallo Herr Peters,\n\n"
   "gute Nachrichten: Ihre Fahrradtaschen haben heute Morgen unser Lager verlassen und sind jetzt bei DHL. "
   "Morgen oder übermorgen sollten sie bei Ihnen sein.\n\n"
   "Viele Grüße\nIhr Team von Radsport Rheinland",
   ["BSM201"], "Shipping confirmation: 'left our warehouse, now with DHL'.")

_m(19, "additional-information", "text", "Bestellung #ORD# eingegangen",
   "Sehr geehrte Frau Jung,\n\n"
   "Ihre Bestellung ist wohlbehalten bei uns eingegangen. Unsere Kolleginnen im Lager sind bereits dabei, sie fertig zu machen: "
   "Das Teeservice wird sorgfältig in Luftpolsterfolie verpackt.\n\n"
   "Mit freundlichen Grüßen\nTeehaus Ostfriesenstube",
   ["BSM201"], "Order-received confirmation: 'arrived with us, being prepared'.")

_m(20, "fulfillment-question", "text", "Dankeschön! (#ORD#)",
   "Liebe Frau Roth,\n\n"
   "von Herzen vielen Dank für Ihren Einkauf bei der Seifensiederei Sonnenwiese! Es bedeutet uns als kleinem Familienbetrieb sehr viel.\n\n"
   "Herzliche Grüße\nGisela und Bernd",
   ["BSM202"], "Thanks-only message.")

_m(21, "reply", "text", "Ihre Bestellung #ORD#",
   "Sehr geehrter Herr Kühn,\n\n"
   "sollte mit Ihrer Lieferung etwas nicht stimmen oder haben Sie Fragen, sind wir jederzeit gern für Sie da. Schreiben Sie uns einfach.\n\n"
   "Mit freundlichen Grüßen\nKundenservice Werkzeughalle Kühn",
   ["BSM202"], "Only 'we are there if anything comes up'.")

_m(22, "delivery-delay", "text", "Kleine Verzögerung bei #ORD#",
   "Hallo Frau Albrecht,\n\n"
   "Ihre Yogamatte wird ein paar Tage später verschickt als geplant: Die neue Lieferung des Herstellers kommt am 14.12. bei uns an, "
   "versenden werden wir am 15.12.\n\n"
   "Entschuldigen Sie bitte die Wartezeit.\n\n"
   "Viele Grüße\nStudio Lotusblüte\n\n"
   "PS: Bis Ende Dezember gibt es 20 % Rabatt auf unser gesamtes Sortiment in unserem Amazon-Shop – einfach den Code LOTUS20 verwenden.",
   ["BSM203"], "Delay notice with a P.S. promoting 20% off the whole range.")

_m(23, "review-request", "text", "Ihre Erfahrung mit Bestellung #ORD#",
   "Sehr geehrter Herr Vogel,\n\n"
   "wir würden uns über eine Rezension zu Ihrer Regenjacke freuen, ganz gleich, wie Ihre Erfahrung ausgefallen ist.\n\n"
   "Übrigens: Im Januar erscheint unsere neue Frühjahrskollektion. Folgen Sie „Wetterfest Outdoor“ auf Instagram und Facebook "
   "und abonnieren Sie unseren Newsletter, dann erfahren Sie es als Erster.\n\n"
   "Mit freundlichen Grüßen\nWetterfest Outdoor",
   ["BSM203"], "Neutral review request with follow-us, newsletter and new collection promotion.")

_m(24, "review-request", "text", "Eine kleine Bitte – #ORD#",
   "Hallo Herr Franke,\n\n"
   "hätten Sie Lust, eine Rezension zur Schreibtischlampe zu schreiben? Egal ob gut oder schlecht.\n\n"
   "Als kleines Dankeschön schicken wir Ihnen eine Aufmerksamkeit, sobald Ihre Rezension auf Amazon veröffentlicht ist. "
   "Senden Sie uns dafür einfach einen Screenshot.\n\n"
   "Viele Grüße\nLampenliebe Dresden",
   ["BSM204"], "A small token of appreciation once the review is published.")

_m(25, "review-request", "text", "Rezension zu Bestellung #ORD#",
   "Sehr geehrte Frau Winkler,\n\n"
   "wir haben ein Angebot für Sie: Schreiben Sie eine Rezension zum Schongarer, und sobald sie online ist, erstatten wir Ihnen den vollen Kaufpreis. "
   "Damit haben Sie das Gerät praktisch geschenkt.\n\n"
   "Mit freundlichen Grüßen\nKüchenkraft GmbH",
   ["BSM204"], "Full refund once the review is online.")

_m(26, "reply", "text", "AW: Karaffe kaputt – #ORD#",
   "Sehr geehrter Herr Lorenz,\n\n"
   "schön, dass die Ersatzkaraffe heil angekommen ist und sich die Sache damit erledigt hat.\n\n"
   "Da nun alles in Ordnung ist: Würden Sie Ihre Ein-Sterne-Bewertung überarbeiten oder vielleicht ganz löschen? "
   "Für einen kleinen Betrieb wie unseren wiegt sie schwer.\n\n"
   "Mit freundlichen Grüßen\nGlasbläserei Lauscha",
   ["BSM205"], "Asks to revise or delete an existing one-star review.")

_m(27, "review-request", "text", "Zufrieden mit Ihrem Einkauf? (#ORD#)",
   "Sehr geehrte Frau Haas,\n\n"
   "Sind Sie mit Ihrer neuen Fahrradklingel zufrieden? Dann würden wir uns riesig freuen, wenn Sie das in einer Rezension auf Amazon erzählen.\n\n"
   "Falls nicht, schreiben Sie bitte keine Rezension, sondern melden Sie sich zuerst bei uns, dann finden wir gemeinsam eine Lösung.\n\n"
   "Mit freundlichen Grüßen\nKlingelwerk Münster",
   ["BSM206"], "Review only if satisfied; unhappy buyers steered to the seller instead.")

_m(28, "review-request", "text", "Ihre Rezension hilft uns – #ORD#",
   "Hallo Herr Sommer,\n\n"
   "dürfen wir Sie um etwas bitten? Wenn Sie einen Moment Zeit haben, hinterlassen Sie doch eine Rezension zu den Zeltheringen. "
   "Fünf Sterne würden uns als jungem Shop enorm weiterhelfen.\n\n"
   "Viele Grüße\nZeltkiste Harz",
   ["BSM206"], "Asks for a five-star rating.")

_m(29, "order-problem", "text", "Problem mit Ihrer Bestellung #ORD#",
   "Sehr geehrter Herr Schröder,\n\n"
   "die Pendelleuchte „Mara“ aus Ihrer Bestellung können wir leider nicht liefern, da unser letztes Exemplar beschädigt ist und keine Ware mehr nachkommt. "
   "Den vollständigen Bestellbetrag haben wir über Amazon bereits angepasst, Grund: nicht vorrätig.\n\n"
   "Da uns der Bestand ausgegangen ist, geht es am schnellsten, wenn Sie die Bestellung zusätzlich selbst unter „Meine Bestellungen“ stornieren.\n\n"
   "Mit freundlichen Grüßen\nLichtpunkt Freiburg",
   ["BSM108"], "Adjustment confirmed, but the buyer is advised to cancel because stock ran out.")

_m(30, "order-problem", "text", "Nicht vorrätig – #ORD#",
   "Sehr geehrte Frau Keller,\n\n"
   "leider ist die Wolldecke in Ocker ausverkauft, und wir bekommen sie in diesem Jahr nicht mehr herein.\n\n"
   "Wir wären Ihnen dankbar, wenn Sie über Ihr Amazon-Konto einen Stornierungsantrag stellen könnten, dann ist die Sache schnell erledigt.\n\n"
   "Mit freundlichen Grüßen\nWollstube Schäferei Heide",
   ["BSM107", "BSM108"], "Asks for a cancellation request without confirming any adjustment.")

_m(31, "delivery-delay", "text", "Versandupdate zu #ORD#",
   "Sehr geehrter Herr Arnold,\n\n"
   "wegen eines Rückstands beim Hersteller wird Ihr Rutenhalter nicht am 09.12., sondern am 16.12. verschickt. Bitte entschuldigen Sie.\n\n"
   "Mit freundlichen Grüßen\nAngelsport Hecht\n\n"
   "Sie möchten keine Nachrichten mehr von uns erhalten? Antworten Sie mit STOP, und wir tragen Sie aus.",
   ["BSM305"], "Delay notice with a 'reply STOP' opt-out instruction.")

_m(32, "delivery-delay", "text", "Verzögerung #ORD#",
   "Hallo Herr Pohl,\n\n"
   "dieser Scheiß-Paketdienst hat Ihr Paket mit den Skateboard-Rollen verdammt noch mal zum zweiten Mal verschlampt. "
   "Wir schicken morgen, am 10.12., einen neuen Satz los. Sorry für den Ärger.\n\n"
   "Gruß\nDennis – Boardshop Hamburg",
   ["BSM306"], "German profanity about the carrier in a delay notice.")

_m(33, "delivery-delay", "html", "Lieferung Ihrer Bestellung #ORD#",
   "<p>Sehr geehrter Herr Ludwig,</p>"
   "<p>Unfortunately your garden bench will be dispatched a little later than expected. Our supplier now expects to deliver the timber on 15 December, "
   "and we plan to send your bench out on 18 December.</p>"
   "<p>We apologise for the inconvenience.</p>"
   "<p>Kind regards,<br>Gartenmöbel Ludwig</p>",
   ["BSM104"], "German greeting, body paragraphs in English.")

_m(34, "delivery-scheduling", "text", "Lieferung Ihres Kleiderschranks – #ORD#",
   "Sehr geehrte Frau Schmid,\n\n"
   "Ihr Kleiderschrank wird von zwei Monteuren geliefert. Passt es Ihnen am Donnerstag, 17.12., zwischen 12 und 16 Uhr?\n\n"
   "Falls nicht, rufen Sie bitte kurz unsere Disposition an: 0561 7394 218.\n\n"
   "Mit freundlichen Grüßen\nMöbeltischlerei Hessenland",
   ["BSM309"], "Seller's phone number in German national format.")

_m(35, "reply", "text", "AW: Größe der Wachsjacke – #ORD#",
   "Hallo Frau Dietrich,\n\n"
   "die Jacke fällt normal aus; wer zwischen zwei Größen liegt, nimmt meist die größere. "
   "Wenn Sie das lieber persönlich besprechen möchten, erreichen Sie unser Ladengeschäft unter +49 (0)40 3861 4472.\n\n"
   "Viele Grüße\nAnke – Jackenhaus Hamburg",
   ["BSM309"], "Shop phone number in international format.")

_m(36, "return-follow-up", "text", "Rücksendung #ORD# – Foto benötigt",
   "Sehr geehrter Herr Ernst,\n\n"
   "um die Rücksendung des beschädigten Geschirrs abzuschließen, benötigen wir ein Foto des Schadens. "
   "Schicken Sie es bitte an retouren@porzellan-ecke.de, dann leiten wir alles sofort in die Wege.\n\n"
   "Mit freundlichen Grüßen\nPorzellan-Ecke",
   ["BSM308"], "Return follow-up giving a plain e-mail address.")

_m(37, "additional-information", "text", "Ihre Lieferadresse – #ORD#",
   "Sehr geehrte Frau Horn,\n\n"
   "in Ihrer Lieferadresse fehlt die Hausnummer. Können Sie sie ergänzen? "
   "Gern auch per Mail an bestellung (at) blumenbinderei-horn (punkt) de.\n\n"
   "Mit freundlichen Grüßen\nBlumenbinderei am Markt",
   ["BSM308"], "Obfuscated e-mail address with '(at)' and '(punkt)'.")

_m(38, "reply", "html", "AW: Pflege des Teaktischs – #ORD#",
   "<p>Sehr geehrter Herr Otto,</p>"
   "<p>Teak reinigen Sie am besten zweimal im Jahr mit lauwarmem Wasser und einer weichen Bürste. "
   "Öl ist nicht nötig; das Holz vergraut dann auf natürliche Weise.</p>"
   "<p>Alle Schritte mit Bildern finden Sie in unserer <a href=\"https://www.teakhaus-sauerland.de/pflege/teak-reinigen\">Pflegeanleitung für Teak auf unserer Website</a>.</p>"
   "<p>Mit freundlichen Grüßen<br>Teakhaus Sauerland</p>",
   ["BSM302"], "Descriptive https link to the seller's own website, not needed for the order.")

_m(39, "fulfillment-question", "html", "Lieferadresse prüfen – #ORD#",
   "<p>Sehr geehrte Frau Vogt,</p>"
   "<p>der Paketdienst meldet, dass Postleitzahl und Ort nicht zusammenpassen. Könnten Sie die Adresse in Ihrer Bestellung prüfen?</p>"
   "<p><a href=\"http://www.amazon.de/gp/your-account/order-history\">Ihre Bestellungen auf Amazon.de ansehen</a></p>"
   "<p>Mit freundlichen Grüßen<br>Druckwerk Erfurt</p>",
   ["BSM301"], "Descriptive link to Amazon over plain http.")

_m(40, "delivery-delay", "html", "Verzögerung bei Bestellung #ORD#",
   "<p>Hallo Frau Berger,</p>"
   "<p>Ihr Rucksack „Gipfel 28L“ in Blau wird zwei Tage später verschickt, am Freitag, 11.12.</p>"
   "<p><img src=\"https://cdn.rucksackwelt.de/produkte/gipfel-28l-blau.jpg\" alt=\"Rucksack Gipfel 28L in Blau\" width=\"240\" height=\"240\"></p>"
   "<p>Entschuldigen Sie die Wartezeit!</p>"
   "<p>Viele Grüße<br>Rucksackwelt</p>",
   ["BSM310"], "Photo of the purchased product.")

_m(41, "delivery-scheduling", "html", "Liefertermin Trampolin – #ORD#",
   "<p>Sehr geehrte Familie Kraus,</p>"
   "<p>Ihr Trampolin kommt in drei Kartons. Passt Ihnen Mittwoch, 16.12., zwischen 8 und 13 Uhr?</p>"
   "<p><img src=\"https://cdn.spielgarten-shop.de/mail/alpenpanorama-sonnenaufgang.jpg\" alt=\"Alpenpanorama bei Sonnenaufgang\" width=\"300\" height=\"200\"></p>"
   "<p>Mit freundlichen Grüßen<br>Spielgarten Versand</p>",
   ["BSM311"], "Stock mountain landscape unrelated to the shop.")

_m(42, "invoice", "html", "Rechnung #ORD#",
   "<p><img src=\"https://cdn.federkiel-shop.de/logo-federkiel.png\" width=\"150\" height=\"45\"></p>"
   "<p>Sehr geehrte Kundin, sehr geehrter Kunde,</p>"
   "<p>anbei erhalten Sie die Rechnung (Nr. RE/2026/0391) zu Ihrem Füllfederhalter.</p>"
   "<p>Mit freundlichen Grüßen<br>Federkiel Schreibwaren</p>",
   ["BSM402"], "Shop logo without an alt attribute.")

_m(43, "delivery-delay", "text", "Noch etwas Geduld – #ORD#",
   "Hallo Herr Graf,\n\n"
   "Ihr Puzzle mit 1000 Teilen geht erst am Montag, 14.12., raus statt heute. Die Druckerei war ein paar Tage zu spät dran 😬\n\n"
   "Liebe Grüße\nPuzzlestube 🎁",
   ["BSM403"], "Emoji in a delay notice.")

_m(44, "additional-information", "text", "Welche Farbe? (#ORD#)",
   "Hallo Frau Seidel,\n\n"
   "Sie haben die Fleecedecke bestellt, bei der Farbe steht aber „Überraschung“. Sollen wir einfach die moosgrüne schicken, oder lieber Hellgrau? :-D\n\n"
   "Viele Grüße\nDeckenmanufaktur Bielefeld",
   ["BSM403"], "Emoticon ':-D' in an information request.")

_m(45, "delivery-delay", "html", "Lieferung #ORD# verschoben",
   "<style>h1{font-size:26px} h2{font-size:18px} .text{font-size:15px} .fuss{font-size:11px}</style>"
   "<h1>Verzögerung</h1><h2>Bestellung #ORD#</h2>"
   "<p class=\"text\">Ihr Gartenschlauch wird am 15.12. statt am 10.12. verschickt.</p>"
   "<p>Wir bitten um Entschuldigung.</p>"
   "<p class=\"fuss\">Gartencenter Sonnenhof</p>",
   ["BSM410"], "Four explicit font sizes in a style block besides the default.")

_m(46, "delivery-delay", "html", "Verzögerung #ORD#",
   "<p>Sehr geehrter Herr Martin,</p>"
   "<p>die Weinregale werden erst am Dienstag, 15.12., verschickt.</p>"
   "<p></p><p>&nbsp;</p>"
   "<p>Wir bitten die Unannehmlichkeiten zu entschuldigen.</p>"
   "<p>Mit freundlichen Grüßen<br>Weinkeller Rheingau</p>",
   ["BSM412"], "Empty paragraphs between paragraphs in HTML.")

_m(47, "return-follow-up", "text", "[Wichtig] Ihre Rücksendung zu #ORD#",
   "Sehr geehrte Frau Pfeiffer,\n\n"
   "zu Ihrer Rücksendung des Hochstuhls fehlt uns noch eine Angabe: Senden Sie den Stuhl montiert oder zerlegt zurück? "
   "Davon hängt ab, welches Rücksendeetikett wir Ihnen bereitstellen.\n\n"
   "Mit freundlichen Grüßen\nKindermöbel Kempten",
   ["BSM110"], "[Wichtig] on a return follow-up, which is not critical.")

_m(48, "review-request", "html", "Rezension zu Bestellung #ORD#",
   "<p>Sehr geehrter Herr Walter,</p>"
   "<p>wie gefällt Ihnen die Außenleuchte? Ihre Rezension können Sie "
   "<a href=\"https://www.amazon.de/review/create-review?asin=B0D7WQ4ZPL\">hier</a> abgeben.</p>"
   "<p>Mit freundlichen Grüßen<br>Außenlicht Aachen</p>",
   ["BSM401"], "Link text 'hier' that does not say where it goes.")

# ---------------------------------------------------------------- varying (49-50)
_m(49, "delivery-delay", "html", "Neuer Versandtermin – #ORD#",
   "<div style=\"padding:0 140px\">"
   "<p>Sehr geehrte Frau Lorenz,</p>"
   "<p>Ihr Set Keramikschalen wird am Mittwoch, 16.12., verschickt, eine Woche später als geplant. Bitte entschuldigen Sie die Verzögerung.</p>"
   "<p>Mit freundlichen Grüßen<br>Töpferei Tonart</p></div>",
   ["BSM405"], "Wrapper with 140 px horizontal padding a side, over 20% of the maximum width.")

_m(50, "additional-information", "text", "Rückfrage zu Ihrer Bestellung",
   "Sehr geehrter Herr Şahin,\n\n"
   "für die Lieferung des Akkuschraubers an Ihre Firmenadresse benötigen wir noch den Namen der Abteilung oder eines Ansprechpartners. "
   "Können Sie uns diesen mitteilen?\n\n"
   "Bestellnummer: #ORDRAW#\n\n"
   "Mit freundlichen Grüßen\nWerkzeugprofi Ruhr",
   ["BSM102"], "Order number written as 17 digits without hyphens.")
