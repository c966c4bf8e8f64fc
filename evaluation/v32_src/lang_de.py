"""v32 evaluation messages, German (de)."""

MESSAGES = []


def _m(locale, type_, fmt, subject, body, order_id, expected, note):
    MESSAGES.append({
        "id": "v32-de-%03d" % (len(MESSAGES) + 1),
        "language": "de",
        "locale": locale,
        "type": type_,
        "format": fmt,
        "subject": subject,
        "body": body,
        "order_id": order_id,
        "expected": sorted(expected),
        "note": note,
    })


# ---------------------------------------------------------------- clean (17)

_m("de-DE", "delivery-delay", "text",
   "Lieferverzögerung zu Ihrer Bestellung 633-2817364-5092718",
   "Sehr geehrte Frau Köhler,\n\n"
   "Ihr Schwibbogen \"Seiffener Dorf\" wird in unserer Werkstatt von Hand bemalt. Wegen der hohen Nachfrage vor Weihnachten "
   "sind unsere Drechsler etwas im Rückstand, deshalb verschiebt sich der Versand um einige Tage.\n\n"
   "Neuer voraussichtlicher Versandtag: Montag, 14.12.2026.\n\n"
   "Wir bitten um Ihr Verständnis.\n\n"
   "Mit freundlichen Grüßen\n"
   "Annett Lorenz\n"
   "Holzkunst Seiffen",
   "633-2817364-5092718", [], "Clean plain-text delivery delay with a new ship date in German format.")

_m("de-AT", "delivery-delay", "html",
   "Neuer Liefertermin für Bestellung 633-0563921-7748106",
   "<p>Grüß Gott, Herr Huber!</p>"
   "<p>Der Trachtenjanker aus Loden, den Sie bei uns bestellt haben, kommt leider später aus der Schneiderei zurück als geplant.</p>"
   "<table><tr><td>Bestellnummer</td><td>633-0563921-7748106</td></tr>"
   "<tr><td>Ursprünglich geplant</td><td>9. Dezember</td></tr>"
   "<tr><td>Neuer Versandtermin</td><td>15. Dezember</td></tr></table>"
   "<p>Wir entschuldigen uns für die Verzögerung.</p>"
   "<p>Mit freundlichen Grüßen<br>Lodenwerkstatt Salzkammergut</p>",
   "633-0563921-7748106", [], "Clean HTML delay notice for a de-AT buyer with an unstyled table.")

_m("de-DE", "order-problem", "text",
   "[Wichtig] Problem mit Ihrer Bestellung 633-4409172-1836650",
   "Hallo Herr Schröder,\n\n"
   "leider können wir die limitierte Vinyl-Ausgabe aus Ihrer Bestellung 633-4409172-1836650 nicht liefern. "
   "Das Presswerk hat uns weniger Exemplare geschickt als zugesagt, und Ihre Bestellung ging leider leer aus.\n\n"
   "Den Bestellbetrag haben wir bereits vollständig angepasst (Grund: kein Lagerbestand). Die 34,90 EUR werden Ihrer Zahlungsart in den nächsten Tagen gutgeschrieben.\n\n"
   "Es tut uns wirklich leid.\n\n"
   "Viele Grüße\nPlattenkiste Leipzig",
   "633-4409172-1836650", [], "Clean order problem confirming the amount adjustment; [Wichtig] is allowed on this critical type.")

_m("de-DE", "additional-information", "text",
   "Rückfrage zu Ihrem Stempel, Bestellung 633-7725038-9914273",
   "Guten Tag Frau Yilmaz,\n\n"
   "vielen Dank für Ihre Bestellung eines Adressstempels. Damit wir ihn anfertigen können, fehlt uns noch der Text: "
   "Im Bestellfeld stand nur \"siehe Nachricht\", eine Nachricht ist bei uns aber nicht angekommen.\n\n"
   "Bitte antworten Sie uns mit den gewünschten Zeilen (höchstens vier) und sagen Sie uns, ob der Abdruck blau oder schwarz sein soll.\n\n"
   "Freundliche Grüße\nStempelmanufaktur Kassel",
   "633-7725038-9914273", [], "Clean request for the information needed to make a custom stamp.")

_m("de-DE", "return-follow-up", "text",
   "Ihre Rücksendung zur Bestellung 633-3160849-2275591",
   "Liebe Frau Neumann,\n\n"
   "Sie möchten die Satin-Bettwäsche zurückschicken, weil am Kissenbezug ein kleiner Webfehler ist. "
   "Falls Sie die Garnitur trotzdem behalten möchten, bieten wir Ihnen eine Teilerstattung von 15,00 EUR an.\n\n"
   "Geben Sie uns einfach kurz Bescheid, ob Sie das Angebot annehmen oder lieber bei der Rücksendung bleiben.\n\n"
   "Herzliche Grüße\nSchlafgut Textilien\nBestellnummer 633-3160849-2275591",
   "633-3160849-2275591", [], "Clean return follow-up offering a partial refund.")

_m("de-CH", "return-follow-up", "text",
   "Retoure Laufschuhe – 633-8802517-4460932",
   "Grüezi Herr Meier\n\n"
   "Sie haben die Laufschuhe in zwei Grössen bestellt (42 und 42,5) und eine Rücksendung angemeldet. "
   "Damit wir die Retoure abschliessen können: Welches der beiden Paare schicken Sie zurück, oder sind es beide?\n\n"
   "Eine kurze Antwort auf diese Nachricht genügt.\n\n"
   "Freundliche Grüsse\nLaufsport Zürichsee\nBestellung 633-8802517-4460932",
   "633-8802517-4460932", [], "Clean return follow-up (de-CH spelling) asking which item is being returned.")

_m("de-DE", "invoice", "text",
   "Rechnung zu Bestellung 633-5037284-6618049",
   "Sehr geehrte Damen und Herren,\n\n"
   "anbei erhalten Sie die Rechnung zu Ihrer Bestellung 633-5037284-6618049 als PDF.\n\n"
   "Rechnungsnummer: RE/2026/12/0731\n"
   "Rechnungsdatum: 05.12.2026\n"
   "Nettobetrag: 180,00 EUR, zzgl. 19 % USt. 34,20 EUR, Gesamtbetrag 214,20 EUR\n\n"
   "Mit freundlichen Grüßen\n\n"
   "Werkstattbedarf Brandt GmbH\n"
   "Gewerbepark Süd 7, 74076 Heilbronn\n"
   "Amtsgericht Stuttgart HRB 742219\n"
   "USt-IdNr. DE318842657 · Steuernummer 65/123/45678",
   "633-5037284-6618049", [], "Clean invoice message with USt-IdNr, HRB, tax number and a slashed invoice number.")

_m("de-DE", "review-request", "text",
   "Ihre Meinung zu Bestellung 633-1294657-3307815",
   "Hallo,\n\n"
   "vor einiger Zeit haben Sie bei uns ein Set Gusseisen-Pfannen bestellt (633-1294657-3307815). "
   "Wenn Sie mögen, schreiben Sie auf Amazon eine Rezension zum Produkt oder eine Bewertung zu uns als Verkäufer. "
   "Eine ehrliche Einschätzung hilft anderen Kundinnen und Kunden bei der Entscheidung.\n\n"
   "Viele Grüße\nEisenpfanne & Co.",
   "633-1294657-3307815", [], "Clean neutral review request in plain text.")

_m("de-DE", "review-request", "html",
   "Wie gefällt Ihnen Ihr Kissen? 633-6648201-0573394",
   "<p><img src=\"https://bilder.federwerk-allgaeu.de/mail/federwerk-allgaeu-logo.png\" alt=\"Federwerk Allgäu\" width=\"140\"></p>"
   "<p>Liebe Frau Wagner,</p>"
   "<p>Ihr Dinkelspreu-Kissen (Bestellung 633-6648201-0573394) ist nun seit einigen Wochen bei Ihnen. "
   "Wir würden uns freuen, wenn Sie Ihre Erfahrungen mit anderen teilen.</p>"
   "<p>Das geht ganz einfach über <a href=\"https://www.amazon.de/review/review-your-purchases\">die Bewertungsseite für Ihre Einkäufe bei Amazon</a>.</p>"
   "<p>Herzliche Grüße aus dem Allgäu<br>Ihr Federwerk-Team</p>",
   "633-6648201-0573394", [], "Clean HTML review request with the shop's logo (alt names the shop) and a descriptive https Amazon link.")

_m("de-DE", "delivery-scheduling", "text",
   "Anlieferung Ihres Gartenhauses – Bestellung 633-9371046-8125580",
   "Guten Tag Herr Becker,\n\n"
   "Ihr Gartenhaus \"Nordkap 28\" wird per Spedition auf zwei Paletten angeliefert (Gesamtgewicht ca. 620 kg). "
   "Der Lkw braucht eine befahrbare Zufahrt, die Entladung erfolgt bis zur Bordsteinkante.\n\n"
   "Mögliche Liefertermine:\n"
   "Di., 15.12., 07:00–12:00 Uhr\n"
   "Do., 17.12., 12:00–17:00 Uhr\n"
   "Sa., 19.12., 08:00–12:00 Uhr\n\n"
   "Bitte teilen Sie uns Ihren Wunschtermin mit und ob die Zufahrt für einen 12-Tonner geeignet ist.\n\n"
   "Mit freundlichen Grüßen\nDisposition Holzbau Weser\nBestellung 633-9371046-8125580",
   "633-9371046-8125580", [], "Clean delivery scheduling by freight with dates and time windows.")

_m("de-CH", "home-service-appointment", "html",
   "Terminvorschlag Montage Markise (633-2105873-6649027)",
   "<p>Grüezi Frau Brunner</p>"
   "<p>Zu Ihrer Bestellung 633-2105873-6649027 gehört die Montage der Gelenkarmmarkise durch unseren Monteur. Folgende Termine sind noch frei:</p>"
   "<ul><li>Montag, 14.12.2026, 08.00–10.00 Uhr</li>"
   "<li>Mittwoch, 16.12.2026, 13.30–15.30 Uhr</li></ul>"
   "<p>Bitte geben Sie uns ausserdem an, ob die Fassade verputzt oder mit Holz verkleidet ist.</p>"
   "<p>Freundliche Grüsse<br>Sonnenschutz Aargau AG</p>",
   "633-2105873-6649027", [], "Clean home-service appointment for a de-CH buyer with Swiss time notation.")

_m("de-DE", "custom-design-verification", "text",
   "Korrekturabzug Ihrer Hochzeitseinladungen – 633-4782910-3351468",
   "Liebe Julia, lieber Felix,\n\n"
   "im Anhang findet ihr den Korrekturabzug eurer Einladungskarten (Bestellung 633-4782910-3351468).\n\n"
   "Bitte prüft besonders:\n"
   "- Namen und Datum (Samstag, 12. Juni 2027)\n"
   "- Ort: Gut Rosenhof, Lüneburger Heide\n"
   "- Rückmeldung bis 1. Mai 2027\n\n"
   "Wenn alles passt, schreibt uns einfach \"Freigabe\", dann gehen die 80 Karten in Druck. Änderungswünsche gern in eurer Antwort.\n\n"
   "Alles Liebe\nPapeterie Leinenweiß",
   "633-4782910-3351468", [], "Clean design proof verification with dates in the text.")

_m("de-DE", "fulfillment-question", "text",
   "Zugang zum Hinterhaus – Bestellung 633-6023581-7902246",
   "Hallo Frau Wolf,\n\n"
   "der Fahrer konnte Ihre Sendung gestern nicht zustellen (Auftragsnr. LV-2026-44817, Tour 12/3). "
   "Ihre Adresse liegt im Hinterhaus, und das Tor zum Hof ist mit einem Zahlenschloss gesichert.\n\n"
   "Können Sie uns den Code für das Hoftor nennen oder sagen, wo der Fahrer das Paket abgeben darf? "
   "Wir geben die Angabe nur für diese eine Zustellung an den Fahrer weiter.\n\n"
   "Viele Grüße\nVersandteam Teppichwelt Berlin\nBestellung 633-6023581-7902246",
   "633-6023581-7902246", [], "Clean door-code question with reference numbers that are not phone numbers.")

_m("de-DE", "reply", "text",
   "AW: Frage zu Bestellung 633-0839412-5566107",
   "Hallo Frau Schulz,\n\n"
   "die Seife \"Savon de Marseille – Lavande de Provence\" ist tatsächlich eine echte Marseiller Seife mit 72 % Olivenöl, "
   "ohne Palmöl und ohne künstliche Duftstoffe. Das Lavendelöl stammt aus der Haute-Provence.\n\n"
   "Für empfindliche Haut ist sie gut geeignet; bei Allergien gegen Lavendel würden wir aber zur neutralen Variante raten.\n\n"
   "Liebe Grüße\nSeifenkontor Bremen",
   "633-0839412-5566107", [], "Clean reply quoting a French product name inside German sentences.")

_m("de-AT", "reply", "text",
   "AW: Mähroboter startet nicht – 633-7150264-2284931",
   "Sehr geehrter Herr Gruber,\n\n"
   "es tut uns leid, dass Ihr Mähroboter nicht mehr startet. Das Gerät hat drei Jahre Herstellergarantie, "
   "die Abwicklung übernimmt der Hersteller direkt.\n\n"
   "Garantie-Hotline des Herstellers (Rasenfix Österreich): 0800 218 440, Mo–Fr 8–17 Uhr. "
   "Halten Sie bitte die Seriennummer vom Typenschild und Ihre Bestellnummer 633-7150264-2284931 bereit.\n\n"
   "Sollte es dort Probleme geben, melden Sie sich gern wieder bei uns.\n\n"
   "Mit freundlichen Grüßen\nGartentechnik Mühlviertel",
   "633-7150264-2284931", [], "Clean reply giving the manufacturer's warranty hotline, marked as such.")

_m("de-DE", "reply", "html",
   "AW: Passt der Filter? (633-3596027-8817360)",
   "<p>Hallo Herr Krause,</p>"
   "<p>ja, der Aktivkohlefilter aus Ihrer Bestellung 633-3596027-8817360 passt in alle Dunstabzugshauben der Serie 600 und 900, "
   "also auch in Ihr Modell. Wechseln sollten Sie ihn etwa alle vier Monate.</p>"
   "<p>Viele Grüße<br>Jana Hoffmann</p>"
   "<p><small>Küchenteile24 GmbH · Am Hafen 3 · 47119 Duisburg<br>"
   "Geschäftsführer: Uwe Brandes · Amtsgericht Duisburg HRB 30917 · USt-IdNr. DE294410862<br>"
   "Kundenservice Mo–Fr 9–16 Uhr</small></p>",
   "633-3596027-8817360", [], "Clean reply with an imprint-style company footer without phone or e-mail.")

_m("de-DE", "reply", "text",
   "AW: Erstattung Bestellung 633-8264175-0439912",
   "Hallo Herr Lange,\n\n"
   "Ihre Rücksendung (Retourennummer R-26-11893) ist laut DHL-Sendungsverfolgung 00340434518827731095 am 01.12. um 11:36 Uhr bei uns eingegangen. "
   "Am 03.12. haben wir die Ware geprüft und Ihnen 59,95 EUR für die Bestellung 633-8264175-0439912 erstattet.\n\n"
   "Je nach Bank dauert die Gutschrift 3 bis 5 Werktage.\n\n"
   "Freundliche Grüße\nMelanie\nKundenservice Fahrradzubehör Lahn",
   "633-8264175-0439912", [], "Clean reply with return and tracking numbers, dates, times and amounts.")

# ------------------------------------------------------------ violations (31)

_m("de-DE", "fulfillment-question", "text",
   "Unterwegs zu Ihnen! Bestellung 633-1748392-6601273",
   "Hallo Frau Richter,\n\n"
   "Ihr Brettspiel hat heute Vormittag unser Lager in Hamburg verlassen und ist jetzt in den Händen von Hermes. "
   "In der Regel ist es in zwei bis drei Werktagen bei Ihnen.\n\n"
   "Viel Spaß beim Spielen!\nSpieleschmiede Nord\n633-1748392-6601273",
   "633-1748392-6601273", ["BSM201"], "Shipping confirmation paraphrased: left the warehouse, now with Hermes.")

_m("de-AT", "fulfillment-question", "text",
   "Ihre Bestellung 633-5502619-4187734",
   "Sehr geehrte Kundin, sehr geehrter Kunde,\n\n"
   "Ihre Bestellung 633-5502619-4187734 ist gut bei uns eingelangt. Wir stellen die Kürbiskernöl-Flaschen gerade zusammen und verpacken sie bruchsicher.\n\n"
   "Mit steirischen Grüßen\nÖlmühle Südsteiermark",
   "633-5502619-4187734", ["BSM201"], "Order confirmation paraphrased: received and being put together.")

_m("de-DE", "reply", "text",
   "Ein herzliches Dankeschön – 633-2930475-8824106",
   "Liebe Frau Zimmermann,\n\n"
   "von Herzen danke, dass Sie bei unserer kleinen Gärtnerei eingekauft haben. Wir freuen uns sehr darüber!\n\n"
   "Ihr Team der Staudengärtnerei Am Kiesweg\nBestellung 633-2930475-8824106",
   "633-2930475-8824106", ["BSM202"], "Thanks-only message.")

_m("de-DE", "fulfillment-question", "text",
   "Bestellung 633-6817203-1950648",
   "Hallo Herr Schmitt,\n\n"
   "falls mit Ihrem neuen Drucker irgendetwas nicht rund läuft oder Sie Fragen haben: Wir sind jederzeit für Sie da und helfen gern weiter. "
   "Schreiben Sie uns einfach eine Nachricht.\n\n"
   "Beste Grüße\nBürotechnik Rheinland\nBestellnummer 633-6817203-1950648",
   "633-6817203-1950648", ["BSM202"], "Message whose only content is the offer to help if something comes up.")

_m("de-DE", "additional-information", "text",
   "Ihre Gravur – Bestellung 633-4126859-7703521",
   "Hallo Herr Wagner,\n\n"
   "für die Gravur auf Ihrem Taschenmesser fehlt uns noch die Angabe, ob die Initialen auf die linke oder die rechte Griffschale sollen. "
   "Bitte antworten Sie kurz auf diese Nachricht (Bestellung 633-4126859-7703521).\n\n"
   "Beste Grüße\nMesserschmiede Solingen-Wald\n\n"
   "PS: Bis Ende des Monats gibt es in unserem gesamten Sortiment 20 % Rabatt, einfach den Code SCHARF20 verwenden.",
   "633-4126859-7703521", ["BSM203"], "Request for information with a 20% store-wide discount in the P.S.")

_m("de-DE", "delivery-delay", "html",
   "Kleine Verzögerung bei 633-9058341-2266875",
   "<p>Liebe Frau Krüger,</p>"
   "<p>Ihr Wollmantel aus Bestellung 633-9058341-2266875 verlässt uns wegen eines Lieferengpasses beim Futterstoff erst am 18.12.</p>"
   "<p>Übrigens: Unsere neue Frühjahrskollektion ist bald da! Folgen Sie uns auf Instagram oder abonnieren Sie unseren Newsletter, "
   "dann sehen Sie die neuen Modelle als Erste.</p>"
   "<p>Herzlich<br>Manufaktur Elbwolle</p>",
   "633-9058341-2266875", ["BSM203"], "Delay message with a new-collection, follow-us and newsletter invitation (no link).")

_m("de-DE", "review-request", "text",
   "Eine kleine Bitte zu 633-3871062-5409184",
   "Hallo Frau Hartmann,\n\n"
   "wir hoffen, der Kräutergarten für die Fensterbank wächst schon fleißig. "
   "Wenn Sie uns eine Rezension auf Amazon schreiben, bedanken wir uns, sobald sie veröffentlicht ist, mit einem kleinen Päckchen Saatgut als Aufmerksamkeit.\n\n"
   "Grüne Grüße\nUrbanGrün Berlin\nBestellung 633-3871062-5409184",
   "633-3871062-5409184", ["BSM204"], "Review request with a small gift once the review is published.")

_m("de-DE", "review-request", "text",
   "Kaufpreis zurück für Ihre Bewertung – 633-7204518-3386690",
   "Sehr geehrter Kunde,\n\n"
   "vielen Dank für den Kauf der Powerbank (633-7204518-3386690). Sobald Ihre Produktbewertung auf Amazon online ist, "
   "überweisen wir Ihnen als Dankeschön den kompletten Kaufpreis zurück. Die Powerbank dürfen Sie selbstverständlich behalten.\n\n"
   "Mit freundlichen Grüßen\nVoltmax Handel",
   "633-7204518-3386690", ["BSM204"], "Full refund of the purchase price once the review is online.")

_m("de-DE", "reply", "text",
   "AW: Ersatzlieferung Teekanne – 633-0614937-8852213",
   "Sehr geehrter Herr Weber,\n\n"
   "schön, dass die Ersatzlieferung nun unbeschädigt angekommen ist. Für den Ärger mit dem ersten Paket möchten wir uns nochmals entschuldigen.\n\n"
   "Da sich die Sache jetzt erledigt hat, wären wir Ihnen sehr verbunden, wenn Sie Ihre Ein-Stern-Bewertung noch einmal überdenken "
   "und sie anpassen oder ganz herausnehmen könnten.\n\n"
   "Mit freundlichen Grüßen\nPorzellanhaus Selb\nBestellung 633-0614937-8852213",
   "633-0614937-8852213", ["BSM205"], "Asks the buyer to adjust or remove a one-star review.")

_m("de-AT", "review-request", "text",
   "Zufrieden mit Ihren Skiern? 633-5329184-0167745",
   "Servus Herr Pichler,\n\n"
   "wenn Ihnen die Tourenski gefallen, würden wir uns über eine Bewertung auf Amazon riesig freuen. "
   "Sollte etwas nicht gepasst haben, bitte keine Bewertung schreiben, sondern zuerst uns kontaktieren, wir finden sicher eine Lösung.\n\n"
   "Berg Heil\nSkiservice Tirol\nBestellung 633-5329184-0167745",
   "633-5329184-0167745", ["BSM206"], "Review asked only of satisfied buyers; dissatisfied ones steered away.")

_m("de-DE", "review-request", "html",
   "Bestellung 633-8490276-3318529 – wie war's?",
   "<p>Hallo Herr Fischer,</p>"
   "<p>Ihr Akkuschrauber ist nun seit einer Woche bei Ihnen im Einsatz.</p>"
   "<p>Als kleiner Familienbetrieb sind wir auf gute Bewertungen angewiesen. Würden Sie uns auf Amazon fünf Sterne geben?</p>"
   "<p>Danke und viele Grüße<br>Werkzeug Ehlers</p>",
   "633-8490276-3318529", ["BSM206"], "Review request asking for five stars.")

_m("de-DE", "order-problem", "text",
   "Problem mit Bestellung 633-2658013-9947106",
   "Sehr geehrte Frau Braun,\n\n"
   "der Kinderautositz in Grau, den Sie bestellt haben, ist leider ausverkauft, und der Hersteller kann erst im Frühjahr nachliefern. "
   "Wir haben den Bestellbetrag vollständig angepasst (Grund: kein Lagerbestand), Sie zahlen also nichts.\n\n"
   "Wird die Bestellung bei Ihnen noch als offen angezeigt, stellen Sie am einfachsten selbst eine Stornierungsanfrage unter \"Meine Bestellungen\".\n\n"
   "Mit freundlichen Grüßen\nKindersicher Versand\nBestellnummer 633-2658013-9947106",
   "633-2658013-9947106", ["BSM108"], "Order problem with adjustment confirmed but advising the buyer to cancel themselves.")

_m("de-DE", "order-problem", "text",
   "Bestellung 633-1093758-6620481 nicht lieferbar",
   "Guten Tag,\n\n"
   "leider ist das Tischtennisnetz, das Sie bestellt haben, vergriffen. Wir wären Ihnen sehr dankbar, wenn Sie die Bestellung 633-1093758-6620481 "
   "über Ihr Amazon-Konto stornieren würden.\n\n"
   "Entschuldigen Sie die Umstände.\nSportartikel Vogel",
   "633-1093758-6620481", ["BSM107", "BSM108"], "Order problem asking the buyer to cancel, no amount adjustment confirmed.")

_m("de-DE", "review-request", "text",
   "Ihre Erfahrung mit Bestellung 633-4471920-8031657",
   "Sehr geehrte Kundin, sehr geehrter Kunde,\n\n"
   "Ihre Bestellung 633-4471920-8031657 wurde vor Kurzem zugestellt. Über eine Rezension zum Produkt oder eine Verkäuferbewertung auf Amazon freuen wir uns, ganz gleich, wie sie ausfällt.\n\n"
   "Mit freundlichen Grüßen\nLichtwerk Leuchten GmbH\n\n"
   "Sie möchten keine weiteren Nachrichten von uns? Antworten Sie einfach mit \"Abmelden\".",
   "633-4471920-8031657", ["BSM305"], "Neutral review request with an opt-out instruction in the footer.")

_m("de-DE", "reply", "text",
   "AW: Paket beschädigt – 633-6195304-2748869",
   "Hallo Herr Koch,\n\n"
   "so eine Scheiße, tut mir echt leid. Der verdammte Paketdienst hat das Paket offenbar wieder mal durch die Gegend geworfen, diese Vollidioten.\n\n"
   "Wir schicken Ihnen heute kostenlos ein neues Aquarium für die Bestellung 633-6195304-2748869.\n\n"
   "Gruß\nDirk\nZoo-Bedarf Ruhrpott",
   "633-6195304-2748869", ["BSM306"], "Reply with German profanity and insults about the courier.")

_m("de-DE", "delivery-delay", "text",
   "Vertraging bestelling 633-3728461-0592317",
   "Beste klant,\n\n"
   "Helaas wordt de verzending van uw fietsdrager (bestelling 633-3728461-0592317) een week uitgesteld. "
   "Onze leverancier kon de bevestigingsbeugels niet op tijd leveren. We verwachten het pakket rond 19 december te versturen.\n\n"
   "Met vriendelijke groet,\nAutoaccessoires Venlo",
   "633-3728461-0592317", ["BSM104"], "Delay message written in Dutch to a de-DE buyer.")

_m("de-DE", "delivery-scheduling", "text",
   "Liefertermin Kühlschrank – Bestellung 633-9813247-5063398",
   "Guten Tag Frau Schwarz,\n\n"
   "Ihre Kühl-Gefrier-Kombination liefern wir mit zwei Personen bis in die Küche. Mögliche Termine sind Mittwoch, 16.12., oder Freitag, 18.12., jeweils von 8 bis 14 Uhr.\n\n"
   "Bitte rufen Sie kurz unsere Tourenplanung unter 0351 4418270 an, damit wir einen Termin festmachen können.\n\n"
   "Freundliche Grüße\nElektro Elbtal\nBestellung 633-9813247-5063398",
   "633-9813247-5063398", ["BSM309"], "Delivery scheduling with the seller's own German phone number (national format).")

_m("de-AT", "reply", "text",
   "AW: Welche Kette? – 633-0273596-4418820",
   "Grüß Gott Frau Leitner,\n\n"
   "welche Sägekette zu Ihrer Motorsäge passt, hängt von der Schienenlänge ab. Am besten besprechen Sie das kurz mit unserem Werkstattmeister, "
   "Sie erreichen ihn mobil unter +43 664 381 2250.\n\n"
   "Mit freundlichen Grüßen\nForsttechnik Waldviertel\nBestellung 633-0273596-4418820",
   "633-0273596-4418820", ["BSM309"], "Reply with the seller's mobile number in international format (+43).")

_m("de-DE", "reply", "text",
   "AW: Maße Vorhänge – 633-5864031-1297754",
   "Hallo Frau Lehmann,\n\n"
   "die genauen Maße für die Sonderanfertigung können wir gern mit Ihnen abstimmen. Schicken Sie uns am besten eine Skizze Ihres Fensters an "
   "naehstube@vorhangatelier-fulda.de, dann melden wir uns mit einem Vorschlag.\n\n"
   "Viele Grüße\nVorhangatelier Fulda\nBestellung 633-5864031-1297754",
   "633-5864031-1297754", ["BSM308"], "Reply with a plain e-mail address.")

_m("de-DE", "additional-information", "text",
   "Packstation – Postnummer fehlt (633-2047815-6836902)",
   "Guten Tag,\n\n"
   "Sie haben für Ihre Bestellung 633-2047815-6836902 eine Packstation als Lieferadresse angegeben, aber ohne Ihre Postnummer kann DHL dort nicht zustellen. "
   "Bitte teilen Sie uns die Postnummer mit.\n\n"
   "Sie erreichen uns außerdem unter versand (at) gewuerzhaus-nordsee (Punkt) de.\n\n"
   "Mit freundlichen Grüßen\nGewürzhaus Nordsee",
   "633-2047815-6836902", ["BSM308"], "Request for information with an obfuscated e-mail address ('(at)', '(Punkt)').")

_m("de-DE", "reply", "html",
   "AW: Ab welchem Alter? – 633-7630281-9415576",
   "<p>Hallo Frau Schubert,</p>"
   "<p>die Holzeisenbahn aus Ihrer Bestellung 633-7630281-9415576 ist ab 18 Monaten geeignet; alle Teile sind größer als die Prüfschablone für Kleinteile.</p>"
   "<p>Die Prüfberichte nach EN 71 finden Sie auf "
   "<a href=\"https://www.holzwurm-spielwaren.de/sicherheit/en71-pruefberichte\">der Seite mit unseren Sicherheitsprüfberichten</a>.</p>"
   "<p>Herzliche Grüße<br>Holzwurm Spielwaren</p>",
   "633-7630281-9415576", ["BSM302"], "Reply with a descriptive https link to the seller's own website.")

_m("de-DE", "reply", "html",
   "AW: Umtausch Wathose 633-4015392-7780643",
   "<p>Guten Tag Herr Keller,</p>"
   "<p>einen Umtausch der Wathose aus Bestellung 633-4015392-7780643 in Größe 44 melden Sie am einfachsten über "
   "<a href=\"http://www.amazon.de/gp/help/customer/display.html?nodeId=GKM69DUUYKQWKWX7\">die Amazon-Hilfeseite zu Rücksendungen und Umtausch</a> an.</p>"
   "<p>Freundliche Grüße<br>Angelsport Müritz</p>",
   "633-4015392-7780643", ["BSM301"], "Reply with an insecure http link to Amazon.")

_m("de-DE", "review-request", "html",
   "Wie gefällt Ihnen Ihre Uhr? 633-1586043-2291738",
   "<p>Hallo Herr Meyer,</p>"
   "<p>vor ein paar Wochen haben Sie diese Uhr bei uns gekauft (Bestellung 633-1586043-2291738):</p>"
   "<p><img src=\"https://media.uhrenstube-pforzheim.de/artikel/fliegeruhr-automatik-42mm-schwarz.jpg\" alt=\"Fliegeruhr Automatik 42 mm, schwarz\" width=\"260\"></p>"
   "<p>Über eine ehrliche Rezension auf Amazon würden wir uns freuen.</p>"
   "<p>Viele Grüße<br>Uhrenstube Pforzheim</p>",
   "633-1586043-2291738", ["BSM310"], "Review request with an image of the purchased watch.")

_m("de-DE", "delivery-delay", "html",
   "Verzögerung Bestellung 633-8027164-3359920",
   "<p><img src=\"https://cdn.bergsport-oberland.de/mail/sonnenblumenfeld-sommer.jpg\" alt=\"Sonnenblumenfeld im Sommer\" width=\"320\"></p>"
   "<p>Hallo Herr Baumann,</p>"
   "<p>Ihre Steigeisen aus Bestellung 633-8027164-3359920 verschicken wir voraussichtlich erst am 17.12., da der Hersteller im Verzug ist.</p>"
   "<p>Beste Grüße<br>Bergsport Oberland</p>",
   "633-8027164-3359920", ["BSM311"], "Delay message with an unrelated stock image (a sunflower field).")

_m("de-DE", "invoice", "html",
   "Ihre Rechnung zu Bestellung 633-6349817-0053184",
   "<p><img src=\"https://static.druckerei-haller.de/haller-logo.png\" width=\"150\"></p>"
   "<p>Sehr geehrte Frau Roth,</p>"
   "<p>anbei senden wir Ihnen die Rechnung 2026-4471 zu Ihrer Bestellung 633-6349817-0053184 (500 Flyer DIN A5).</p>"
   "<p>Mit freundlichen Grüßen<br>Druckerei Haller</p>",
   "633-6349817-0053184", ["BSM402"], "Invoice message with the shop logo lacking an alt attribute.")

_m("de-DE", "additional-information", "text",
   "Welche Farbe? 633-3195028-4476613",
   "Hallo Lena! 😊\n\n"
   "Bei deiner Bestellung der Filz-Wichtel (633-3195028-4476613) fehlt noch die Mützenfarbe. Rot, Grün oder Senfgelb? 🎄 "
   "Schreib mir einfach kurz zurück!\n\n"
   "Liebe Grüße\nFilzfabrik Franzi",
   "633-3195028-4476613", ["BSM403"], "Request for information containing emoji.")

_m("de-DE", "reply", "text",
   "AW: Passt die Hülle? 633-9460517-8124402",
   "Hallo Tobias,\n\n"
   "ja, die Klapphülle passt auch auf die ältere Version deines E-Readers :D Nur den Ladeanschluss musst du beim Einlegen nach unten drehen ;-)\n\n"
   "Grüße\nLesezeichen & Hüllen Harz\n633-9460517-8124402",
   "633-9460517-8124402", ["BSM403"], "Reply containing text emoticons.")

_m("de-DE", "delivery-delay", "html",
   "Neuer Versandtermin – 633-2731846-5508271",
   "<style>.titel{font-size:27px} .unter{font-size:18px} .text{font-size:15px} .fuss{font-size:10px}</style>"
   "<p class=\"titel\">Kurze Info zu Ihrer Bestellung</p>"
   "<p class=\"unter\">Bestellnummer 633-2731846-5508271</p>"
   "<p class=\"text\">Ihr Fahrradanhänger kommt später vom Hersteller. Wir versenden ihn voraussichtlich am 21.12.</p>"
   "<p class=\"fuss\">Radwelt Münsterland GmbH · Hafenweg 22 · 48155 Münster</p>",
   "633-2731846-5508271", ["BSM410"], "Delay message with four explicit font sizes in a style block.")

_m("de-DE", "delivery-delay", "html",
   "Verzögerung – Bestellung 633-5097362-1640085",
   "<p>Sehr geehrter Herr Schäfer,</p>"
   "<p></p><p></p>"
   "<p>die Maßanfertigung Ihres Bilderrahmens (Bestellung 633-5097362-1640085) verzögert sich, weil das Museumsglas nachbestellt werden musste.</p>"
   "<p></p><p></p>"
   "<p>Neuer Versandtermin: 22.12.2026.</p>"
   "<p>Mit freundlichen Grüßen<br>Rahmenwerkstatt Gerber</p>",
   "633-5097362-1640085", ["BSM412"], "HTML delay message with empty paragraphs between paragraphs.")

_m("de-DE", "return-follow-up", "text",
   "[Wichtig] Ihre Retoure – 633-7842093-3915526",
   "Guten Tag Herr Frank,\n\n"
   "zu Ihrer angemeldeten Rücksendung der Kaffeedose: Wenn Sie die Dose trotz der kleinen Delle behalten, erstatten wir Ihnen 8,00 EUR.\n\n"
   "Bitte geben Sie uns Bescheid, ob das für Sie in Ordnung ist.\n\n"
   "Mit freundlichen Grüßen\nBlechwaren Hansen\nBestellung 633-7842093-3915526",
   "633-7842093-3915526", ["BSM110"], "[Wichtig] in the subject of a return follow-up, which is not critical.")

_m("de-DE", "reply", "text",
   "AW: Bedienungsanleitung – 633-0958274-6603319",
   "Hallo Frau Peters,\n\n"
   "die Bedienungsanleitung für den Dörrautomaten finden Sie auch auf der Produktseite:\n"
   "https://www.amazon.de/dp/B0BX81KQ7M\n\n"
   "Viele Grüße\nKüchenhelfer Weißwasser\nBestellung 633-0958274-6603319",
   "633-0958274-6603319", ["BSM401"], "Reply with a bare https Amazon URL as the link.")

# ---------------------------------------------------------------- vary (2)

_m("de-DE", "delivery-scheduling", "html",
   "Wunschtermin für Ihre Lieferung 633-4608153-2197740",
   "<p>Guten Tag Herr Schulte,</p>"
   "<p>Ihr Boxspringbett (Bestellung 633-4608153-2197740) liefern wir mit eigener Tour. Bitte wählen Sie Ihren Wunschtermin:</p>"
   "<form method=\"post\">"
   "<label><input type=\"radio\" name=\"termin\" value=\"2026-12-15\"> Di., 15.12., 8–12 Uhr</label><br>"
   "<label><input type=\"radio\" name=\"termin\" value=\"2026-12-17\"> Do., 17.12., 12–16 Uhr</label><br>"
   "<input type=\"submit\" value=\"Termin bestätigen\"></form>"
   "<p>Mit freundlichen Grüßen<br>Bettenhaus Sauerland</p>",
   "633-4608153-2197740", ["BSM312"], "Delivery scheduling with an embedded HTML form.")

_m("de-DE", "delivery-delay", "html",
   "Information zu Bestellung 633-1372905-8846651",
   "<div style=\"padding: 0 140px;\">"
   "<p>Hallo Frau Simon,</p>"
   "<p>für die Lammfell-Hausschuhe aus Ihrer Bestellung 633-1372905-8846651 fehlt uns noch eine Lieferung Sohlenleder. "
   "Wir versenden sie voraussichtlich am 16.12. statt am 11.12.</p>"
   "<p>Herzliche Grüße<br>Fellmanufaktur am Deich</p></div>",
   "633-1372905-8846651", ["BSM405"], "Builder layout with 140 px side padding, over 20% of the maximum width.")
