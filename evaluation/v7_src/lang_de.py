"""v7 blind eval set, German (de-DE, a few de-AT)."""

_RAW = []


def _m(type_, fmt, subject, body, expected, note, locale="de-DE"):
    _RAW.append((type_, fmt, subject, body, sorted(expected), note, locale))


# ---------------- 17 clean ----------------
_m("delivery-delay", "text", "Ihre Bestellung {o} verzögert sich",
   "Hallo Frau Becker,\n\nleider verlässt Ihre Bestellung {o} (Wandregal aus Eiche, 80 cm) unsere Werkstatt später als angegeben. Unser Holzlieferant ist im Verzug, daher können wir das Regal erst am Dienstag, 15.12.2026, versenden statt heute.\n\nEntschuldigen Sie bitte die Wartezeit. Falls Ihnen das zu spät ist, geben Sie uns einfach über die Amazon-Nachrichten Bescheid.\n\nViele Grüße\nJonas Hartmann\nHolzwerkstatt Hartmann",
   [], "Plain-text delivery delay with a new ship date.")
_m("delivery-delay", "html", "Bestellung {o}: neuer Versandtermin",
   "<p>Sehr geehrter Herr Schulz,</p><p>Ihre Bestellung <b>{o}</b> (2 x Keramik-Blumentopf, anthrazit) wird später verschickt als geplant. Wegen des Weihnachtsgeschäfts übergeben wir die Töpfe voraussichtlich am <b>Freitag, 18. Dezember 2026</b> an den Versanddienstleister.</p><p>Wir bitten um Entschuldigung.</p><p>Mit freundlichen Grüßen<br>Katrin Vogel<br>Kundenservice Töpferei Lehmann</p>",
   [], "Builder HTML delivery delay with no styling.")
_m("order-problem", "text", "[Wichtig] Artikel nicht lieferbar - Bestellung {o}",
   "Sehr geehrte Frau Gruber,\n\nleider können wir die Messingleuchte 'Luna' aus Ihrer Bestellung {o} nicht liefern, da das letzte Stück bei der Endkontrolle beschädigt war. Wir haben den Bestellbetrag entsprechend angepasst; die 64,95 € für diesen Artikel werden Ihnen nicht berechnet. Die übrigen Artikel bleiben unverändert.\n\nWir bedauern das sehr.\n\nMit freundlichen Grüßen\nStefan Huber\nLichthaus Graz",
   [], "Order problem with [Wichtig] and the adjusted amount confirmed.", "de-AT")
_m("additional-information", "text", "Rückfrage zu Ihrer Bestellung {o}",
   "Guten Tag,\n\nfür die Gravur des Schneidebretts aus Bestellung {o} fehlt uns noch der genaue Text (höchstens 25 Zeichen). In der Bestellnotiz stand nur 'Name + Datum'. Welchen Namen und welches Datum dürfen wir verwenden?\n\nSobald Ihre Antwort da ist, geht das Brett in die Fertigung.\n\nFreundliche Grüße\nLea\nGravurwerk Lea & Co.",
   [], "Asks for engraving text needed to complete the order.")
_m("return-follow-up", "text", "Deine Rücksendung zu Bestellung {o}",
   "Hallo Lukas,\n\ndu hattest geschrieben, dass der Bürostuhl aus Bestellung {o} einen Kratzer an der Armlehne hat. Wenn du den Stuhl behalten möchtest, erstatten wir dir einen Teilbetrag von 35,00 €. Willst du ihn lieber zurückschicken, ist das natürlich auch in Ordnung.\n\nSag uns einfach, was dir lieber ist.\n\nBeste Grüße\nBüroMöbel Direkt",
   [], "Return follow-up offering a partial refund.")
_m("return-follow-up", "html", "Rücksendung {o} - eine Frage",
   "<p>Sehr geehrte Frau Wagner,</p><p>Ihre Rücksendeanfrage zu Bestellung {o} liegt uns vor. Damit wir die Rücksendung abschließen können, teilen Sie uns bitte mit, ob sich der Wasserkocher noch in der Originalverpackung befindet und ob der Sockel unbeschädigt ist. Dann stellen wir Ihnen das passende Rücksendeetikett bereit.</p><p>Mit freundlichen Grüßen<br>Murat Yılmaz<br>Haushaltswaren Küchenschrank</p>",
   [], "Return follow-up asking for information needed to complete the return.")
_m("invoice", "text", "Rechnung zu Bestellung {o}",
   "Sehr geehrter Herr Neumann,\n\nanbei erhalten Sie die Rechnung zu Ihrer Bestellung {o}, wie gewünscht auf Ihre Firma ausgestellt.\n\nRechnungsnummer: RE/2026/12/0412\nRechnungsdatum: 02.12.2026\nGesamtbetrag inkl. 19 % MwSt.: 1.249,00 €\n\nMit freundlichen Grüßen\n\nGartentechnik Albrecht GmbH\nIndustriestraße 14, 49377 Vechta\nAmtsgericht Oldenburg HRB 212345\nUSt-IdNr.: DE 123 456 789 | Steuernummer 64/210/12345\nGeschäftsführer: Heinz Albrecht",
   [], "Invoice with HRB, USt-IdNr., tax number and a slashed invoice number.")
_m("review-request", "text", "Bestellung {o}",
   "Sehr geehrte Kundin, sehr geehrter Kunde,\n\nSie haben kürzlich bei uns die Wolldecke 'Sylt' gekauft (Bestellung {o}). Wir würden uns freuen, wenn Sie auf Amazon eine Rezension zum Produkt und eine Bewertung für uns als Verkäufer hinterlassen. Ihre Erfahrung hilft anderen Käufern bei der Auswahl.\n\nMit freundlichen Grüßen\nWollweberei Nord",
   [], "Neutral plain-text review request.")
_m("review-request", "html", "Wie war Ihre Bestellung {o}?",
   "<p><img src=\"https://m.media-amazon.com/images/S/seller/radmanufaktur-logo.png\" alt=\"Logo der Radmanufaktur\" width=\"150\"></p><p>Hallo Felix,</p><p>vor ein paar Wochen hast du bei uns eine Fahrradtasche gekauft (Bestellung {o}). Uns interessiert, wie du damit zurechtkommst. Magst du eine Rezension schreiben?</p><p><a href=\"https://www.amazon.de/review/review-your-purchases\">Rezension auf Amazon.de schreiben</a></p><p>Viele Grüße<br>Dein Team der Radmanufaktur</p>",
   [], "HTML review request with shop logo, alt text and descriptive Amazon link.")
_m("delivery-scheduling", "text", "Liefertermin für Bestellung {o}",
   "Hallo Frau Schneider,\n\nIhr neues Boxspringbett (Bestellung {o}) liefern wir mit unserer eigenen Spedition bis in die Wohnung. Dafür brauchen wir einen Termin. Zur Auswahl stehen:\n\n- Mittwoch, 16.12., 8:00-12:00 Uhr\n- Donnerstag, 17.12., 12:00-16:00 Uhr\n- Samstag, 19.12., 9:00-13:00 Uhr\n\nWelches Zeitfenster passt Ihnen?\n\nViele Grüße\nTobias\nTourenplanung Schlafwelt Münsterland",
   [], "Delivery scheduling of a bulky item with time slots.")
_m("home-service-appointment", "text", "Montagetermin - Bestellung {o}",
   "Grüß Gott, Herr Pichler,\n\nSie haben zu Ihrer Bestellung {o} die Montage des Geschirrspülers gebucht. Unser Techniker kann am Montag, 21. Dezember, zwischen 13:00 und 15:00 Uhr oder am Dienstag, 22. Dezember, zwischen 9:00 und 11:00 Uhr kommen. Bitte teilen Sie uns mit, welcher Termin Ihnen passt.\n\nMit freundlichen Grüßen\nMontageteam Elektro Steiner",
   [], "Home-service appointment with two time windows.", "de-AT")
_m("custom-design-verification", "text", "Ihr Entwurf zur Freigabe - Bestellung {o}",
   "Hallo Frau Krüger,\n\nim Anhang finden Sie den Korrekturabzug des Geburtsschilds zu Bestellung {o}: 'Mila', geboren am 28.11.2026, 3.240 g, in der gewählten Schrift. Passt alles, geben Sie uns bitte kurz Ihre Freigabe, dann fräsen wir. Änderungswünsche nehmen wir gern auf.\n\nHerzliche Grüße\nJana\nHolzliebe Manufaktur",
   [], "Custom design proof sent for approval.")
_m("fulfillment-question", "text", "Zugang zu Ihrer Lieferadresse - Bestellung {o}",
   "Guten Morgen,\n\nder Zusteller konnte Ihr Paket (Bestellung {o}, Sendungsreferenz REF-2026-3391) nicht abgeben, weil die Haustür des Mehrfamilienhauses verschlossen war. Gibt es einen Türcode oder einen anderen Zugang? Dann veranlassen wir einen neuen Zustellversuch.\n\nMit freundlichen Grüßen\nSporthaus Weber",
   [], "Door-code question with a shipment reference.")
_m("reply", "text", "AW: Frage zu Bestellung {o}",
   "Hallo Jan,\n\ndanke für deine Frage. Das Spiel heißt im Original 'Ticket to Ride: Europe', die Anleitung in der Schachtel ist aber auf Deutsch. Du kannst es also problemlos mit der deutschen Grundausgabe spielen.\n\nViel Spaß damit!\nMaik\nSpieleboden",
   [], "Reply quoting an English product title inside German sentences.")
_m("reply", "text", "AW: Garantie zu Bestellung {o}",
   "Sehr geehrte Frau Hofmann,\n\nbei der Störung Ihres Kaffeevollautomaten aus Bestellung {o} hilft Ihnen der Hersteller am schnellsten weiter. Die Garantie-Hotline des Herstellers (Jura Deutschland) erreichen Sie unter 06261 / 93 97 00, montags bis freitags von 9 bis 17 Uhr. Dort wird die Garantiereparatur direkt mit Ihnen abgewickelt.\n\nMit freundlichen Grüßen\nKaffeeecke Heidelberg",
   [], "Reply giving the manufacturer's warranty hotline, marked as such.")
_m("reply", "html", "AW: Firmendaten zu Bestellung {o}",
   "<p>Sehr geehrter Herr Braun,</p><p>anbei wie gewünscht unsere Firmendaten für Ihre Unterlagen zu Bestellung {o}.</p><p>Mit freundlichen Grüßen<br>Sabine Lorenz<br>Buchhaltung</p><p><small>Druckerei Franke e.K.<br>Hafenstraße 8, 20457 Hamburg<br>Amtsgericht Hamburg HRA 123456 &middot; USt-IdNr. DE 287 654 321</small></p>",
   [], "Reply with a company-details footer in <small>.")
_m("reply", "text", "AW: Wo bleibt meine Erstattung? ({o})",
   "Hallo Mia,\n\ndeine Rücksendung zu Bestellung {o} ist am 3. Dezember um 14:32 Uhr bei uns eingegangen (Retourennummer RT-55812, DHL-Sendungsnummer 00340434161234567890). Wir haben am 4. Dezember 42,50 € erstattet; bis der Betrag auf deinem Konto ist, dauert es meist 3 bis 5 Werktage.\n\nLiebe Grüße\nNina\nSchmuckstück Berlin",
   [], "Reply with return and tracking numbers, dates, times and amounts.")

# ---------------- 31 violations ----------------
_m("delivery-delay", "text", "Update zu Bestellung {o}",
   "Hallo Tim,\n\ngute Nachrichten: Deine Bestellung {o} hat heute Morgen unser Lager verlassen und wurde an DHL übergeben. Morgen sollte sie bei dir sein.\n\nGruß\nGadgetGarage",
   ["BSM201"], "Shipping confirmation: left the warehouse, handed to the carrier.")
_m("additional-information", "text", "Deine Bestellung {o}",
   "Hallo Lena,\n\nwir haben deine Bestellung {o} erhalten und sind schon fleißig am Einpacken. Du hörst bald von uns!\n\nLiebe Grüße\nDein Team von Kerzenzauber",
   ["BSM201"], "Order confirmation: received and being packed.")
_m("reply", "text", "Vielen Dank! ({o})",
   "Sehr geehrte Kundin, sehr geehrter Kunde,\n\nherzlichen Dank für Ihren Einkauf bei Buchhandlung Dachboden (Bestellung {o}). Wir wissen das sehr zu schätzen.\n\nMit freundlichen Grüßen\nBuchhandlung Dachboden",
   ["BSM202"], "Thanks only.")
_m("fulfillment-question", "text", "Bestellung {o}",
   "Hallo,\n\nsollte mit deiner Bestellung {o} irgendetwas sein, sind wir jederzeit für dich da. Schreib uns einfach.\n\nViele Grüße\nSpielzeugkiste Kassel",
   ["BSM202"], "Only says the seller is ready to help if anything comes up.")
_m("delivery-delay", "text", "Kleine Verzögerung - {o}",
   "Sehr geehrte Frau Zimmermann,\n\nIhre Bestellung {o} wird zwei Tage später als angegeben versandt, am Donnerstag, 10.12. Bitte entschuldigen Sie.\n\nMit freundlichen Grüßen\nTeehaus Oolong\n\nPS: Diese Woche gibt es mit dem Code TEE20 20 % Rabatt auf unser gesamtes Sortiment.",
   ["BSM203"], "Permitted delay with a promotional P.S.")
_m("reply", "text", "AW: Größenberatung {o}",
   "Hallo Laura,\n\nder Pullover aus Bestellung {o} fällt normal aus, nimm einfach deine übliche Größe.\n\nFolg uns übrigens auf Instagram und abonnier unseren Newsletter, dann siehst du unsere neue Winterkollektion als Erste!\n\nLiebe Grüße\nStrickstudio Masche",
   ["BSM203"], "Follow us, newsletter and new collection.")
_m("review-request", "text", "Ihre Meinung zu Bestellung {o}",
   "Sehr geehrte Kundin, sehr geehrter Kunde,\n\nmögen Sie eine Rezension zum Messerset aus Bestellung {o} schreiben? Als kleines Dankeschön schicken wir Ihnen einen Schleifstein, sobald Ihre Rezension veröffentlicht ist.\n\nMit freundlichen Grüßen\nMessermanufaktur Scharf",
   ["BSM204"], "A small token of appreciation once the review is published.")
_m("review-request", "text", "Rezension = Geld zurück ({o})",
   "Servus,\n\nschreib eine Rezension zu deiner Powerbank (Bestellung {o}) und gib uns Bescheid, sobald sie online ist: Dann erstatten wir dir den vollen Kaufpreis.\n\nVoltMarkt Wien",
   ["BSM204"], "Full refund once the review is online.", "de-AT")
_m("reply", "text", "AW: Ihre Bewertung zu Bestellung {o}",
   "Sehr geehrter Herr Keller,\n\nmit dem Ersatzrucksack ist das Problem mit dem Reißverschluss (Bestellung {o}) ja nun gelöst. Wären Sie so freundlich, Ihre Ein-Stern-Bewertung anzupassen oder zu löschen?\n\nMit freundlichen Grüßen\nOutdoorladen Wegweiser",
   ["BSM205"], "Asks to update or remove a one-star review.")
_m("review-request", "text", "Wie gefällt dir deine Bestellung {o}?",
   "Hallo Paul,\n\nbist du zufrieden mit deinen neuen Kopfhörern (Bestellung {o})? Dann hinterlass doch eine Rezension auf Amazon. Falls etwas nicht passt, melde dich bitte zuerst bei uns, statt eine Rezension zu schreiben.\n\nViele Grüße\nKlanghaus",
   ["BSM206"], "Review only if satisfied; unhappy buyers steered to contact.")
_m("review-request", "html", "Bestellung {o}",
   "<p>Sehr geehrte Kundin, sehr geehrter Kunde,</p><p>danke für Ihre Bestellung {o}. Wir würden uns sehr über eine Bewertung mit fünf Sternen auf Amazon freuen.</p><p>Mit freundlichen Grüßen<br>Zoofachhandel Schnuffel</p>",
   ["BSM206"], "Asks for a five-star rating.")
_m("order-problem", "text", "Bestellung {o} - Lieferproblem",
   "Sehr geehrte Frau Schmitt,\n\nleider ist die Pendelleuchte aus Ihrer Bestellung {o} ausverkauft. Den Bestellbetrag haben wir bereits angepasst. Am schnellsten geht es, wenn Sie die Bestellung selbst in Ihrem Amazon-Konto stornieren, dann ist alles erledigt.\n\nMit freundlichen Grüßen\nLampenkontor",
   ["BSM108"], "Advises the buyer to cancel because of stock, amount adjusted.")
_m("order-problem", "text", "Ausverkauft - Bestellung {o}",
   "Sehr geehrter Herr Wolf,\n\ndie Gartengarnitur 'Bali' aus Ihrer Bestellung {o} ist leider nicht mehr vorrätig. Wir wären Ihnen dankbar, wenn Sie einen Stornierungsantrag stellen, damit wir die Bestellung schließen können.\n\nMit freundlichen Grüßen\nGartenparadies Franken",
   ["BSM107", "BSM108"], "Asks for a cancellation request without confirming an adjustment.")
_m("review-request", "text", "Bestellung {o}",
   "Sehr geehrte Kundin, sehr geehrter Kunde,\n\nmögen Sie eine Rezension zur Yogamatte aus Bestellung {o} schreiben? Das hilft uns sehr.\n\nSie möchten keine Nachrichten mehr von uns erhalten? Antworten Sie einfach mit STOP.\n\nYogaraum",
   ["BSM305"], "Opt-out instruction: reply STOP.")
_m("reply", "text", "AW: Zustellung {o}",
   "Hallo Markus,\n\nso ein Scheiß, der Bote hat dein Paket ({o}) einfach beim falschen Nachbarn abgeladen, diese Idioten. Ich hab nachgehakt, es liegt bei Hausnummer 12.\n\nGruß\nRalf\nRadteile Ralf",
   ["BSM306"], "German profanity in a reply.")
_m("delivery-delay", "text", "Delay on your order {o}",
   "Hello Mr Fischer,\n\nUnfortunately the standing desk from your order {o} is running late at our supplier. We now expect to ship it on Thursday 17 December and will keep you updated.\n\nBest regards,\nOffice Flow Store",
   ["BSM104"], "Message in English to a German-locale buyer.")
_m("reply", "text", "AW: Installation Thermostat ({o})",
   "Sehr geehrte Frau Schäfer,\n\ndie Einrichtung des Thermostats aus Bestellung {o} geht am einfachsten, wenn wir Sie kurz durchlotsen. Rufen Sie uns gern an unter 0711 / 2 48 93 17, dann helfen wir sofort.\n\nMit freundlichen Grüßen\nKlimashop Stuttgart",
   ["BSM309"], "Seller phone number in national format.")
_m("reply", "text", "AW: Schuhgröße {o}",
   "Hallo Julia,\n\nfür den Umtausch der Schuhe aus Bestellung {o} kannst du uns auch per WhatsApp schreiben: +49 151 2847 1935.\n\nViele Grüße\nSchuhboutique Schritt",
   ["BSM309"], "Seller phone number in international format.")
_m("reply", "text", "AW: Angebot zu Bestellung {o}",
   "Sehr geehrter Herr Jakob,\n\nfür ein Angebot über zusätzliche Fliesen zu Bestellung {o} schreiben Sie bitte an vertrieb@fliesenhandel-jakob.de.\n\nMit freundlichen Grüßen\nFliesenhandel Jakob",
   ["BSM308"], "Plain e-mail address.")
_m("reply", "text", "AW: Fotos vom Schaden ({o})",
   "Hallo Niklas,\n\nschick die Fotos vom Schaden an deiner Lampe (Bestellung {o}) bitte an service (at) lichtpunkt (punkt) de, dann schauen wir sie uns gleich an.\n\nViele Grüße\nLichtpunkt",
   ["BSM308"], "Obfuscated e-mail address with '(at)' and '(punkt)'.")
_m("reply", "html", "AW: Pflege Ihres Tisches ({o})",
   "<p>Sehr geehrte Frau Koch,</p><p>schön, dass der Esstisch aus Bestellung {o} gut angekommen ist. Wie Sie die Platte am besten pflegen, lesen Sie auf <a href=\"https://www.tischlerei-brandt.de/pflege\">unserer Seite mit Pflegetipps</a>.</p><p>Mit freundlichen Grüßen<br>Tischlerei Brandt</p>",
   ["BSM302"], "https link to the seller's own site, not needed for the order.")
_m("review-request", "html", "Bestellung {o}",
   "<p>Sehr geehrte Kundin, sehr geehrter Kunde,</p><p>möchten Sie Ihre Erfahrung mit Bestellung {o} teilen? <a href=\"http://www.amazon.de/review/review-your-purchases\">Rezension auf Amazon.de schreiben</a>.</p><p>Mit freundlichen Grüßen<br>Kochladen Pfanne &amp; Kelle</p>",
   ["BSM301"], "http link to Amazon.")
_m("delivery-delay", "html", "Verzögerung Bestellung {o}",
   "<p>Hallo Noah,</p><p>dein Skateboard aus Bestellung {o} wird erst am 12.12. verschickt.</p><p><img src=\"https://m.media-amazon.com/images/S/seller/skateboard-ahorn-deck-schwarz.jpg\" alt=\"Skateboard Ahorn-Deck schwarz\" width=\"300\"></p><p>Gruß<br>Boardshop Rollen</p>",
   ["BSM310"], "Image of the purchased product.")
_m("delivery-delay", "html", "Neuer Versandtermin {o}",
   "<p>Sehr geehrte Frau Lang,</p><p>Ihre Bestellung {o} wird am 11.12. statt am 08.12. versandt. Wir wünschen Ihnen schon jetzt frohe Feiertage.</p><p><img src=\"https://m.media-amazon.com/images/S/seller/tannenbaum-schnee.jpg\" alt=\"Tannenbaum im Schnee\" width=\"300\"></p><p>Mit freundlichen Grüßen<br>Bürobedarf Lang</p>",
   ["BSM311"], "Unrelated stock image (a Christmas tree).")
_m("additional-information", "html", "Rückfrage zu Bestellung {o}",
   "<p><img src=\"https://m.media-amazon.com/images/S/seller/naehatelier-faden-logo.png\" alt=\"\" width=\"140\"></p><p>Hallo Anna,</p><p>für die Vorhänge aus Bestellung {o} brauchen wir noch die genaue Höhe deines Fensters. Kannst du sie uns schicken?</p><p>Viele Grüße<br>Nähatelier Faden</p>",
   ["BSM402"], "Shop logo with empty alt.")
_m("delivery-scheduling", "text", "Lieferung Bestellung {o}",
   "Hallo Sophie,\n\ndeine Waschmaschine (Bestellung {o}) würden wir gern am Freitag, 18.12., zwischen 10 und 14 Uhr liefern. Passt das? \U0001F60A\n\nViele Grüße\nWeißware Direkt",
   ["BSM403"], "Emoji in a delivery scheduling message.")
_m("reply", "text", "AW: Farbe der Tasse ({o})",
   "Hallo Franzi,\n\ndie Tasse aus Bestellung {o} ist tatsächlich mintgrün, nicht blau, wie es auf deinem Bildschirm aussah. Sorry für die Verwirrung :-D\n\nLiebe Grüße\nTassenwerk",
   ["BSM403"], "Emoticon :-D in a reply.")
_m("delivery-delay", "html", "Verzögerung - {o}",
   "<style>.t1{font-size:22px}.t2{font-size:16px}.t3{font-size:13px}.t4{font-size:11px}</style><p class=\"t1\">Verzögerung</p><p class=\"t2\">Sehr geehrte Kundin, sehr geehrter Kunde,</p><p class=\"t3\">Ihre Bestellung {o} wird am Montag, 14.12., versandt.</p><p class=\"t4\">Geschenkehaus Päckchen</p><p>Mit freundlichen Grüßen</p>",
   ["BSM410"], "Four font sizes in a <style> block besides the default.")
_m("delivery-delay", "html", "Bestellung {o}",
   "<p>Sehr geehrter Herr Meyer,</p><p></p><p></p><p>Ihre Bestellung {o} wird am Mittwoch, 16.12., versandt, drei Tage später als geplant.</p><p></p><p>Mit freundlichen Grüßen<br>Elektro Meyer</p>",
   ["BSM412"], "Empty paragraphs between paragraphs.")
_m("return-follow-up", "text", "[Wichtig] Ihre Rücksendung {o}",
   "Sehr geehrte Frau Busch,\n\nzu Ihrer Rücksendung aus Bestellung {o}: Ist das Ladekabel noch originalverpackt? Dann können wir die Rücksendung abschließen.\n\nMit freundlichen Grüßen\nTechnikecke Busch",
   ["BSM110"], "[Wichtig] tag on a return follow-up.")
_m("review-request", "html", "Bestellung {o}",
   "<p>Hallo Ida,</p><p>hast du kurz Zeit, eine Rezension zur Schmuckschatulle aus Bestellung {o} zu schreiben? <a href=\"https://www.amazon.de/review/review-your-purchases\">Hier</a> geht's lang.</p><p>Viele Grüße<br>Atelier Glanz</p>",
   ["BSM401"], "Non-descriptive link text 'Hier'.")

# ---------------- 2 that vary ----------------
_m("delivery-delay", "text", "Verzögerung Ihrer Bestellung",
   "Hallo Herr Roth,\n\nIhre Puzzle-Bestellung wird leider erst am 15.12. statt am 09.12. verschickt. Wir bitten um Verständnis.\n\nViele Grüße\nPuzzleecke",
   ["BSM102"], "No order number anywhere.")
_m("delivery-delay", "html", "Bestellung {o} - neuer Termin",
   "<div style=\"padding: 0 140px\"><p>Sehr geehrte Frau Brandl,</p><p>Ihre Bestellung {o} wird am 14.12. statt am 10.12. versandt. Entschuldigen Sie bitte die Verzögerung.</p><p>Mit freundlichen Grüßen<br>Teppichlager Linz</p></div>",
   ["BSM405"], "140 px horizontal padding on the body container.", "de-AT")


def _oid(i):
    return "504-%07d-%07d" % (1300027 + i * 113021, 9900019 - i * 81031)


MESSAGES = []
for _i, (_t, _f, _s, _b, _e, _n, _l) in enumerate(_RAW, 1):
    _o = _oid(_i)
    MESSAGES.append({
        "id": "v7-de-%03d" % _i, "language": "de", "locale": _l, "type": _t,
        "format": _f, "subject": _s.replace("{o}", _o), "body": _b.replace("{o}", _o),
        "order_id": _o, "expected": _e, "note": _n,
    })
