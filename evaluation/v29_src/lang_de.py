"""v29 blind evaluation set: German (de-DE) messages."""

LANG = "de"
LOCALE = "de-DE"


def _oid(i):
    return "603-%07d-%07d" % ((7140382 + i * 91193) % 10**7, (4406127 + i * 5303) % 10**7)


_RAW = [
# 1
("delivery-delay", "text", "Lieferverzögerung zu Bestellung {O}",
 "Hallo Frau Schneider,\n\nIhr Schneidebrett aus Kirschholz (Bestellung {O}) verzögert sich leider: Unser Sägewerk hat das Holz eine Woche später geliefert als zugesagt. Wir können das Brett deshalb erst am Dienstag, 15.12.2026, verschicken statt wie geplant diese Woche.\n\nDas tut uns leid. Falls Ihnen der Termin nicht passt, schreiben Sie uns einfach hier, dann finden wir eine Lösung.\n\nViele Grüße\nMarkus Hellwig\nHolzwerkstatt Hellwig, Bamberg",
 [], "Clean delivery delay in plain text with a new ship date."),
# 2
("delivery-delay", "html", "Ihre Bestellung {O}: neuer Versandtermin",
 "<p>Sehr geehrter Herr Yilmaz,</p><p>leider verzögert sich der Versand Ihres <strong>Schuhregals Lindau (3 Ebenen)</strong> aus Bestellung {O}. Die nächste Lieferung aus dem Werk erreicht uns am 10.12.; wir rechnen damit, Ihr Regal bis Freitag, 11.12.2026, zu versenden.</p><table><tr><td>Ursprünglicher Versand</td><td>04.12.2026</td></tr><tr><td>Neuer Versand</td><td>11.12.2026</td></tr></table><p>Wir bitten um Entschuldigung.</p><p>Mit freundlichen Grüßen<br>Katrin Vogt<br>Kundenservice, Wohnfix GmbH</p>",
 [], "Clean delivery delay in builder HTML with a table."),
# 3
("order-problem", "text", "[Wichtig] Bestellung {O}: Artikel nicht lieferbar",
 "Sehr geehrte Frau Krüger,\n\nleider müssen wir Ihnen mitteilen, dass die Ersatzfilter (3er-Pack) aus Ihrer Bestellung {O} nicht mehr vorrätig sind und vom Lieferanten nicht mehr hergestellt werden. Wir haben den Bestellbetrag deshalb angepasst und die 21,90 € für diesen Artikel erstattet (Grund: kein Lagerbestand). Der Rest Ihrer Bestellung ist davon nicht betroffen.\n\nDie Gutschrift sehen Sie in 3 bis 5 Werktagen auf Ihrem Zahlungsmittel.\n\nMit freundlichen Grüßen\nIhr Auftragsteam\nAquaklar Handels GmbH",
 [], "Clean order problem confirming the amount was adjusted; [Wichtig] allowed."),
# 4
("additional-information", "text", "Gravurtext für Bestellung {O}",
 "Hallo Jonas,\n\nfür den gravierten Flachmann aus deiner Bestellung {O} fehlt uns noch der Text, das Feld war bei der Bestellung leer. Möglich sind zwei Zeilen mit je 18 Zeichen.\n\nSobald wir den Text haben, geht der Flachmann in die Gravur.\n\nBeste Grüße\nSteffi von Gravurstube Steffi",
 [], "Clean request for information needed to complete the order."),
# 5
("return-follow-up", "text", "Ihre Rücksendeanfrage zu {O}",
 "Liebe Frau Becker,\n\nSie haben für die Wolldecke aus Bestellung {O} eine Rücksendung angemeldet, weil an einer Ecke ein Faden gezogen ist. Wenn Sie die Decke behalten möchten, bieten wir Ihnen eine Teilerstattung von 15,00 € an; Sie müssten dann nichts zurückschicken.\n\nNatürlich können Sie die Decke auch gern zurücksenden. Geben Sie uns einfach kurz Bescheid, was Ihnen lieber ist.\n\nHerzliche Grüße\nAnja Lorenz\nAllgäuer Deckenweberei",
 [], "Clean return follow-up offering a partial refund."),
# 6
("return-follow-up", "html", "Rücksendung zu Bestellung {O}",
 "<p>Guten Tag Herr Schäfer,</p><p>Ihre Rücksendung des Bluetooth-Lautsprechers aus Bestellung {O} ist bei uns eingegangen. Um sie abzuschließen, brauchen wir noch eine Angabe: Lag das Ladekabel mit im Paket? Im Karton, der bei uns ankam, war nur der Lautsprecher.</p><p>Falls das Kabel noch bei Ihnen ist, sagen Sie uns bitte, wie Sie es nachsenden möchten.</p><p>Freundliche Grüße<br>Retourenabteilung, KlangRaum Elektronik</p>",
 [], "Clean return follow-up asking for information needed to complete the return."),
# 7
("invoice", "text", "Rechnung zu Ihrer Bestellung {O}",
 "Sehr geehrter Herr Neumann,\n\nanbei erhalten Sie wie gewünscht die Rechnung zu Ihrer Bestellung {O} (Rechnungsnummer RE/2026/12/0582). Gesamtbetrag 249,00 € inkl. 19 % MwSt. (39,76 €).\n\nMit freundlichen Grüßen\n\nRadteile Brandt GmbH\nHafenstraße 12, 28217 Bremen\nAmtsgericht Bremen HRB 34567 | USt-IdNr. DE 298 765 432 | Geschäftsführer: Ole Brandt",
 [], "Clean invoice with USt-IdNr, HRB and a slashed invoice number."),
# 8
("review-request", "text", "Wie gefällt Ihnen der Wasserkocher? ({O})",
 "Hallo Herr Wagner,\n\nder Wasserkocher aus Kupfer ist jetzt seit gut einer Woche bei Ihnen. Hätten Sie Lust, eine Rezension auf Amazon zu schreiben? Ob Lob oder Kritik, jede ehrliche Meinung hilft anderen Käufern bei der Entscheidung.\n\nDanke und viele Grüße\nKüchenliebe Ostsee",
 [], "Clean neutral review request in text."),
# 9
("review-request", "html", "Ihre Schreibtischlampe Mira – Bestellung {O}",
 "<p><img src=\"https://m.media-amazon.com/images/S/seller-assets/lichthaus-leipzig-logo.png\" alt=\"Logo Lichthaus Leipzig\" width=\"140\"></p><p>Liebe Frau Hoffmann,</p><p>Ihre Schreibtischlampe Mira aus Bestellung {O} wurde letzte Woche zugestellt. Wir würden uns freuen, wenn Sie Ihre Erfahrungen mit anderen Kunden teilen.</p><p><a href=\"https://www.amazon.de/review/create-review?asin=B0MIRALMP3\">Rezension zur Lampe Mira auf Amazon schreiben</a></p><p>Herzliche Grüße<br>Lichthaus Leipzig</p>",
 [], "Clean HTML review request with logo alt naming the shop and descriptive https Amazon link."),
# 10
("delivery-scheduling", "text", "Liefertermin für Ihr Sofa – Bestellung {O}",
 "Sehr geehrte Familie Zimmermann,\n\nIhr Ecksofa Bergen (Bestellung {O}) wird von zwei Personen geliefert, dafür möchten wir einen Termin mit Ihnen vereinbaren. Folgende Zeitfenster sind frei:\n\n- Mittwoch, 16.12., 7:00–11:00 Uhr\n- Donnerstag, 17.12., 12:00–16:00 Uhr\n- Samstag, 19.12., 8:00–12:00 Uhr\n\nBitte antworten Sie mit Ihrem Wunschtermin und teilen Sie uns mit, in welchem Stockwerk Sie wohnen und ob es einen Aufzug gibt.\n\nMit freundlichen Grüßen\nTourenplanung Möbel Kessler",
 [], "Clean delivery scheduling with dates and time slots."),
# 11
("home-service-appointment", "text", "Montagetermin zu Bestellung {O}",
 "Guten Morgen,\n\nzu Ihrer Bestellung {O} gehört der Anschluss der Spülmaschine durch unseren Techniker. Er kann am Montag, 14.12., zwischen 13 und 15 Uhr oder am Dienstag, 15.12., zwischen 9 und 11 Uhr kommen. Bitte sorgen Sie dafür, dass Wasseranschluss und Abfluss frei zugänglich sind.\n\nWelcher Termin passt Ihnen besser?\n\nFreundliche Grüße\nHausgeräte-Service Kraft",
 [], "Clean home-service appointment with dates and time windows."),
# 12
("custom-design-verification", "html", "Korrekturabzug für Bestellung {O}",
 "<p>Hallo Lena,</p><p>im Anhang findest du den Korrekturabzug für euer Hochzeitsschild (Bestellung {O}). Darauf steht <strong>Willkommen zur Hochzeit von Marie &amp; Felix, 12.06.2027</strong>. Magst du Namen und Datum noch einmal prüfen?</p><p>Wenn alles passt, gib mir kurz Bescheid, dann fräsen wir am Montag. Änderungen schreibst du einfach in deine Antwort.</p><p>Liebe Grüße<br>Carla<br>Schilderwerk Carla</p>",
 [], "Clean custom design verification with a proof attachment."),
# 13
("fulfillment-question", "text", "Zugang zum Gebäude – Bestellung {O}",
 "Sehr geehrter Herr Kowalski,\n\nunser Zusteller konnte Ihr Paket (Bestellung {O}, Sendungsreferenz TR-558201-4) gestern nicht abgeben, weil die Haustür des Wohnblocks verschlossen war. Gibt es einen Türcode oder einen anderen Zugang, den wir weitergeben können? Dann klappt es beim nächsten Versuch.\n\nMit freundlichen Grüßen\nTeekontor Hamburg",
 [], "Clean fulfillment question asking for a door code, with a reference number."),
# 14
("reply", "text", "AW: Frage zu Bestellung {O}",
 "Hallo Herr Braun,\n\nja, das Buch „The Complete Sourdough Handbook“ aus Ihrer Bestellung {O} ist die englische Originalausgabe; eine deutsche Übersetzung gibt es bisher nicht. Die Rezepte arbeiten aber mit Gramm und Grad Celsius, Sie müssen also nichts umrechnen.\n\nViel Spaß beim Backen\nBuchhandlung Seitenwind",
 [], "Clean reply quoting an English product title inside German sentences."),
# 15
("reply", "text", "AW: Staubsauger defekt ({O})",
 "Sehr geehrte Frau Schulz,\n\nes tut uns leid, dass der Staubsauger aus Bestellung {O} nach drei Monaten nicht mehr anspringt. Das Gerät hat zwei Jahre Herstellergarantie, die direkt über den Hersteller läuft: Die Garantie-Hotline des Herstellers Saugmeister erreichen Sie unter 0800 123 4567 (Mo–Fr 8–18 Uhr). Halten Sie bitte Ihre Bestellnummer bereit.\n\nSollte es dort nicht weitergehen, melden Sie sich gern wieder bei uns.\n\nMit freundlichen Grüßen\nHaushaltsprofi Richter",
 [], "Clean reply giving the manufacturer's warranty hotline, marked as such."),
# 16
("reply", "text", "AW: Maße des Schranks – {O}",
 "Hallo Herr Hartmann,\n\nder Kleiderschrank aus Bestellung {O} ist 182 cm hoch, 100 cm breit und 58 cm tief. Die Kleiderstange sitzt 160 cm über dem Boden.\n\nBeste Grüße\nFlorian Weiß\nVertrieb\n\nSchrankwerk Weiß & Sohn GmbH · Industriestraße 7 · 70565 Stuttgart\nSitz Stuttgart · Amtsgericht Stuttgart HRB 765432 · USt-IdNr. DE 812 345 679\nGeschäftsführer: Peter Weiß",
 [], "Clean reply with a German company-details footer."),
# 17
("reply", "text", "AW: Erstattung meiner Rücksendung ({O})",
 "Hallo Frau Lange,\n\nIhr Rücksendepaket (Retourennummer RET-26-33017, DHL-Sendungsnummer 00340434161234567890) ist am 02.12. um 10:15 Uhr bei uns eingegangen. Am 03.12. haben wir Ihnen 39,95 € für Bestellung {O} erstattet. Je nach Bank ist der Betrag in 3 bis 5 Werktagen auf Ihrem Konto.\n\nViele Grüße\nSockenmanufaktur Ritter",
 [], "Clean reply with return and tracking numbers, dates, times and amounts."),
# 18 BSM201
("fulfillment-question", "text", "Ihre Bestellung {O}",
 "Hallo Herr Krause,\n\nkurze Info: Ihr Paket mit den Duftkerzen (Bestellung {O}) wurde heute Mittag an Hermes übergeben und sollte morgen bei Ihnen sein.\n\nViele Grüße\nKerzenzieherei Lindner",
 ["BSM201"], "Shipping confirmation: handed over to the carrier."),
# 19 BSM201
("fulfillment-question", "html", "Bestellung {O}",
 "<p>Liebe Kundin, lieber Kunde,</p><p>Ihre Bestellung {O} ist bei uns eingegangen und wird bereits für Sie zusammengestellt und verpackt.</p><p>Freundliche Grüße<br>Apotheke am Markt Versand</p>",
 ["BSM201"], "Order confirmation: received and being packed."),
# 20 BSM202
("fulfillment-question", "text", "Bestellung {O}",
 "Hallo Tobias,\n\nvielen, vielen Dank, dass du bei uns eingekauft hast! Das bedeutet uns als kleinem Laden wirklich viel.\n\nHerzlich\nMaschenwerk Strickladen",
 ["BSM202"], "Message containing only thanks."),
# 21 BSM202
("fulfillment-question", "text", "Ihr Einkauf – {O}",
 "Guten Tag,\n\nsollte es mit Ihrem Einkauf irgendetwas geben, sind wir jederzeit für Sie da. Eine kurze Nachricht genügt.\n\nMit freundlichen Grüßen\nGartencenter Blattgrün",
 ["BSM202"], "Message only offering help if something comes up."),
# 22 BSM203
("delivery-delay", "text", "Bestellung {O} wird später verschickt",
 "Hi Leon,\n\ndie Kugellager aus deiner Bestellung {O} kommen später bei uns an als gedacht. Wir rechnen mit dem Versand am 14.12.\n\nSorry fürs Warten!\nBrettwerk Skateshop\n\nPS: Mit dem Code WINTER20 sparst du diesen Monat 20 % auf das gesamte Sortiment.",
 ["BSM203"], "Permitted delay with a P.S. promoting 20% off the whole range."),
# 23 BSM203
("review-request", "html", "Deine Ohrringe – Bestellung {O}",
 "<p>Hallo Mia,</p><p>du hast bei uns die gehämmerten Silberkreolen bestellt (Bestellung {O}). Würdest du eine Rezension auf Amazon schreiben? Jede ehrliche Meinung ist willkommen.</p><p>Übrigens: Folge uns auf Instagram (Atelier Silberfaden) oder abonniere unseren Newsletter, dann siehst du unsere neue Winterkollektion als Erste.</p><p>Liebe Grüße<br>Atelier Silberfaden</p>",
 ["BSM203"], "Review request inviting the buyer to follow on Instagram and subscribe to the newsletter."),
# 24 BSM204
("review-request", "text", "Eine kleine Bitte – {O}",
 "Hallo Julia,\n\nwir hoffen, du hast Freude an deiner Yogamatte aus Bestellung {O}. Wenn du uns eine Rezension auf Amazon schreibst, schicken wir dir, sobald sie online ist, ein kleines Dankeschön: einen Yogablock aus Kork, natürlich gratis.\n\nNamaste\nYogaladen Freiburg",
 ["BSM204"], "Promises a free gift once the review is published."),
# 25 BSM204
("review-request", "text", "Bestellung {O} – Ihre Bewertung",
 "Sehr geehrter Herr Schmitt,\n\nwir würden uns über eine Rezension zum Bürostuhl aus Bestellung {O} freuen. Sobald Ihre Rezension auf Amazon sichtbar ist, erstatten wir Ihnen den vollen Kaufpreis.\n\nMit freundlichen Grüßen\nBüroergonomie Süd",
 ["BSM204"], "Offers a full refund once the review is online."),
# 26 BSM205
("reply", "text", "AW: Schale kaputt – Bestellung {O}",
 "Sehr geehrte Frau Wolf,\n\nfür die gesprungene Servierschale aus Bestellung {O} haben wir inzwischen gemeinsam eine Lösung gefunden. Da die Sache nun geklärt ist: Wären Sie bereit, Ihre Ein-Stern-Bewertung anzupassen oder zu löschen?\n\nMit freundlichen Grüßen\nTöpferei Alber",
 ["BSM205"], "Asks the buyer to update or delete a one-star review."),
# 27 BSM206
("review-request", "text", "Zufrieden mit Ihren Fahrradtaschen? ({O})",
 "Hallo Herr Lehmann,\n\nwenn Sie mit Ihren neuen Fahrradtaschen zufrieden sind, freuen wir uns sehr über eine Rezension auf Amazon! Falls etwas nicht passt, schreiben Sie bitte keine Rezension, sondern melden Sie sich zuerst bei uns, dann bringen wir das in Ordnung.\n\nGruß\nSattlerei Konrad\nBestellung {O}",
 ["BSM206"], "Review request only for satisfied buyers, steering unhappy ones to the seller."),
# 28 BSM206
("review-request", "html", "Bestellung {O}",
 "<p>Liebe Frau Huber,</p><p>für einen kleinen Familienbetrieb wie uns zählt jede Bewertung. Würden Sie dem Gewürzregal aus Bestellung {O} fünf Sterne auf Amazon geben?</p><p>Vielen Dank<br>Holzküche Maier</p>",
 ["BSM206"], "Asks for a five-star rating."),
# 29 BSM108
("order-problem", "text", "[Wichtig] Problem mit Bestellung {O}",
 "Sehr geehrter Herr Fuchs,\n\nvon den zwei Heringssets aus Ihrer Bestellung {O} können wir nur eines liefern, das zweite ist ausverkauft. Den Bestellbetrag haben wir um 11,90 € angepasst (Grund: kein Lagerbestand).\n\nWenn Sie nicht auf Nachschub warten möchten, geht es am schnellsten, wenn Sie die Bestellung selbst unter „Meine Bestellungen“ stornieren.\n\nMit freundlichen Grüßen\nZeltwelt Harz",
 ["BSM108"], "Order problem with adjustment that advises the buyer to cancel themselves."),
# 30 BSM108+107
("order-problem", "text", "Bestellung {O}: leider ausverkauft",
 "Hallo Nina,\n\nleider ist das Puzzle „Lübecker Hafen“ (1000 Teile) aus deiner Bestellung {O} ausverkauft, und der Verlag legt es nicht neu auf. Wir wären dir dankbar, wenn du über dein Konto einen Stornierungsantrag stellst.\n\nEntschuldige die Umstände!\nPuzzlestube Nord",
 ["BSM107", "BSM108"], "Out-of-stock message asking for a cancellation request without confirming an adjustment."),
# 31 BSM305
("review-request", "text", "Ihre Meinung zu Bestellung {O}",
 "Hallo Herr Roth,\n\nwie macht sich die Kaffeemühle? Eine ehrliche Rezension auf Amazon hilft anderen Kaffeefans sehr.\n\nBeste Grüße\nRösterei Bohnenglück\n\nSie möchten keine Nachrichten mehr von uns? Antworten Sie mit ABMELDEN, dann tragen wir Sie aus.",
 ["BSM305"], "Review request with an opt-out instruction."),
# 32 BSM306
("reply", "text", "AW: Wo ist mein Paket? {O}",
 "Hi Kevin,\n\nwir sind genauso bedient wie du. Der Scheißpaketdienst hat dein Paket (Bestellung {O}) verdammt noch mal schon wieder an der falschen Adresse abgeladen. Wir haben eine Ersatzlieferung veranlasst, die kommt am Freitag.\n\nGruß\nZockerecke Games",
 ["BSM306"], "Reply using German profanity."),
# 33 BSM104
("delivery-delay", "text", "Uw bestelling {O}",
 "Beste klant,\n\nHelaas heeft onze leverancier vertraging, waardoor wij de slanghaspel pas op 18 december kunnen versturen. Onze excuses, we houden u op de hoogte.\n\nMet vriendelijke groet,\nTuinwereld Europa",
 ["BSM104"], "Delay message to a German buyer written entirely in Dutch."),
# 34 BSM309
("delivery-scheduling", "text", "Liefertermin Kühlschrank – Bestellung {O}",
 "Sehr geehrter Herr Berger,\n\nIhr Side-by-Side-Kühlschrank (Bestellung {O}) wird mit zwei Personen geliefert, daher möchten wir einen Termin mit Ihnen abstimmen. Möglich wären Donnerstag, 17.12., 8–12 Uhr, oder Freitag, 18.12., 13–17 Uhr. Rufen Sie uns gern im Büro an unter 0221 / 47 11 08 15, dann tragen wir den Termin direkt ein.\n\nMit freundlichen Grüßen\nLiefer-Team, Kältetechnik Dom",
 ["BSM309"], "Delivery scheduling with the shop's own phone number in national format."),
# 35 BSM309
("reply", "html", "AW: Frage zur Größe – {O}",
 "<p>Hallo Sophie,</p><p>die Stiefel aus Bestellung {O} fallen normal aus, nimm also ruhig deine übliche Größe. Wenn du lieber kurz sprechen willst: Du erreichst unseren Laden per WhatsApp unter +49 151 2345 6789.</p><p>Liebe Grüße<br>Schuhhaus Eberle</p>",
 ["BSM309"], "Reply with the shop's phone number in international format."),
# 36 BSM308
("additional-information", "text", "Druckdatei für Bestellung {O}",
 "Hallo Herr Aydin,\n\nfür die bedruckten Kapuzenpullis aus Bestellung {O} brauchen wir Ihr Logo in hoher Auflösung. Schicken Sie die Datei bitte an druckdaten@textildruck-franke.de, dann legen wir los.\n\nDanke und Gruß\nTextildruck Franke",
 ["BSM308"], "Plain e-mail address in the body."),
# 37 BSM308
("reply", "text", "AW: Bedienungsanleitung – {O}",
 "Hallo Herr Schmid,\n\ndie Anleitung zum Wäschetrockner schicken wir Ihnen gern separat. Schreiben Sie uns an service (at) elektro-sommer (punkt) de und nennen Sie die Bestellung {O}.\n\nFreundliche Grüße\nElektro Sommer",
 ["BSM308"], "Obfuscated e-mail address with (at) and (punkt)."),
# 38 BSM302
("reply", "html", "AW: Pflege der Pflanze ({O})",
 "<p>Liebe Frau Keller,</p><p>schön, dass die Geigenfeige aus Bestellung {O} gut angekommen ist. Tipps zur Pflege finden Sie in unserem <a href=\"https://www.pflanzenhof-gruenewald.de/pflege/geigenfeige\">Pflegeratgeber zur Geigenfeige auf unserer Website</a>.</p><p>Grüne Grüße<br>Pflanzenhof Grünewald</p>",
 ["BSM302"], "https link with descriptive text to the seller's website."),
# 39 BSM301
("review-request", "html", "Bestellung {O}: Wie war's?",
 "<p>Hallo Herr Vogel,</p><p>wir sind gespannt, wie Ihnen der Toaster gefällt. Ihre Erfahrung können Sie in <a href=\"http://www.amazon.de/review/create-review?asin=B0TOAST552\">einer Rezension zum Toaster auf Amazon</a> teilen. Jede Meinung zählt.</p><p>Freundliche Grüße<br>Frühstücksglück<br>Bestellung {O}</p>",
 ["BSM301"], "Descriptive link to Amazon over plain http."),
# 40 BSM310
("review-request", "html", "Ihre Fahrradklingel – Bestellung {O}",
 "<p>Sehr geehrte Frau Franke,</p><p><img src=\"https://m.media-amazon.com/images/S/seller-assets/fahrradklingel-messing-retro.jpg\" alt=\"Fahrradklingel Messing Retro\" width=\"240\"></p><p>Ihre Fahrradklingel aus Bestellung {O} ist seit einer Woche bei Ihnen. Möchten Sie eine Rezension auf Amazon schreiben? Jede ehrliche Meinung ist willkommen.</p><p>Viele Grüße<br>Radladen Speiche</p>",
 ["BSM310"], "Image of the purchased product."),
# 41 BSM311
("delivery-delay", "html", "Ihre Bestellung {O} verzögert sich",
 "<p>Hallo Frau Kaiser,</p><p><img src=\"https://m.media-amazon.com/images/S/seller-assets/verschneite-berglandschaft.jpg\" alt=\"Verschneite Berglandschaft\" width=\"300\"></p><p>Wegen des Weihnachtsgeschäfts verschicken wir Ihre Lichterkette (Bestellung {O}) erst am 12.12. Bitte entschuldigen Sie die Wartezeit.</p><p>Viele Grüße<br>Partyzauber Versand</p>",
 ["BSM311"], "Unrelated stock image of a snowy landscape."),
# 42 BSM402
("delivery-delay", "html", "Bestellung {O} – neuer Versandtermin",
 "<p><img src=\"https://m.media-amazon.com/images/S/seller-assets/wollstuebchen-logo.png\" alt=\"\" width=\"120\"></p><p>Liebe Marie,</p><p>die Merinowolle in Ocker aus deiner Bestellung {O} ist noch auf dem Weg von der Spinnerei. Neuer Versandtermin: 10.12.</p><p>Herzliche Grüße<br>Wollstübchen Anna</p>",
 ["BSM402"], "Shop logo with empty alt."),
# 43 BSM403
("review-request", "text", "Bestellung {O} 🌷",
 "Hallo Rosa,\n\nwie entwickeln sich die Tulpenzwiebeln? Wenn du einen Moment Zeit hast, würden wir uns über eine ehrliche Rezension auf Amazon freuen 😊\n\nLiebe Grüße\nZwiebelgarten Bremen",
 ["BSM403"], "Emoji in subject and body."),
# 44 BSM403
("additional-information", "text", "Farbe für Bestellung {O}",
 "Hi Ben,\n\nbei deiner Bestellung {O} hast du keine Farbe für die Hülle ausgewählt. Schwarz, Grau oder Oliv? :-)\n\nGruß\nHüllenwerk",
 ["BSM403"], "Emoticon :-) in text."),
# 45 BSM410
("delivery-delay", "html", "Bestellung {O}: Versand verzögert",
 "<style>h1{font-size:24px} h2{font-size:18px} p{font-size:15px} .fuss{font-size:11px}</style><h1>Lieferverzögerung</h1><h2>Bestellung {O}</h2><p>Sehr geehrter Herr Graf,</p><p>der Akkuschrauber ist bei unserem Großhändler vorübergehend vergriffen. Wir rechnen mit dem Versand am 16.12.</p><p class=\"fuss\">Werkzeughandel Pohl, Kassel</p>",
 ["BSM410"], "Style block with four explicit font sizes."),
# 46 BSM412
("additional-information", "html", "Adresse prüfen – {O}",
 "<p>Sehr geehrte Frau Fischer,</p><p>in der Lieferadresse zu Bestellung {O} scheint die Hausnummer zu fehlen. Könnten Sie sie uns nennen?</p><p></p><p></p><p>Mit freundlichen Grüßen<br>Leuchtenhaus Fischer</p>".replace("Leuchtenhaus Fischer", "Leuchtenhaus Albrecht"),
 ["BSM412"], "Empty paragraphs between paragraphs."),
# 47 BSM110
("return-follow-up", "text", "[Wichtig] Ihre Rücksendung zu {O}",
 "Guten Tag Herr Seidel,\n\nzu Ihrer Rücksendung der Wanderstöcke aus Bestellung {O}: Könnten Sie uns bitte mitteilen, ob beide Stöcke oder nur einer zurückkommt? Dann können wir die Retoure abschließen.\n\nFreundliche Grüße\nBergsport Allgäu",
 ["BSM110"], "[Wichtig] tag on a return follow-up."),
# 48 BSM401
("review-request", "html", "Bestellung {O}",
 "<p>Hallo Noah,</p><p>magst du anderen Käufern etwas über die Puzzlematte aus Bestellung {O} erzählen? Zur Rezension geht's <a href=\"https://www.amazon.de/review/create-review?asin=B0PUZMAT42\">hier</a>.</p><p>Viele Grüße<br>Spieleboden</p>",
 ["BSM401"], "Link text 'hier'."),
# 49 vary: BSM304 + BSM302
("review-request", "html", "Ihr Kaffee – Bestellung {O}",
 "<p><a href=\"https://www.roesterei-berger.de\"><img src=\"https://m.media-amazon.com/images/S/seller-assets/roesterei-berger-logo.png\" alt=\"Logo Rösterei Berger\" width=\"140\"></a></p><p>Lieber Herr Peters,</p><p>wie schmeckt Ihnen der Espresso Napoli aus Bestellung {O}? Wir würden uns über eine ehrliche Rezension auf Amazon freuen.</p><p>Herzliche Grüße<br>Rösterei Berger</p>",
 ["BSM302", "BSM304"], "Shop logo linked to the seller's website."),
# 50 vary: BSM406
("delivery-delay", "html", "Neuer Versandtermin für {O}",
 "<p><img src=\"https://m.media-amazon.com/images/S/seller-assets/gartenmoebel-kunze-banner.png\" alt=\"Gartenmöbel Kunze\" width=\"580\"></p><p>Guten Tag Frau Arnold,</p><p>Ihr Gartentisch aus Bestellung {O} verlässt unser Lager später als angekündigt: neuer Versandtermin ist der 15.12.2026.</p><p>Mit freundlichen Grüßen<br>Gartenmöbel Kunze</p>".replace("verlässt unser Lager später als angekündigt: neuer Versandtermin ist der 15.12.2026", "kann leider erst später versendet werden; neuer Versandtermin ist der 15.12.2026"),
 ["BSM406"], "Shop banner image 580 px wide."),
]

MESSAGES = []
for _i, (_t, _f, _s, _b, _e, _n) in enumerate(_RAW, 1):
    _o = _oid(_i)
    MESSAGES.append({
        "id": "v29-%s-%03d" % (LANG, _i), "language": LANG, "locale": LOCALE,
        "type": _t, "format": _f, "subject": _s.replace("{O}", _o),
        "body": _b.replace("{O}", _o), "order_id": _o,
        "expected": sorted(_e), "note": _n,
    })
