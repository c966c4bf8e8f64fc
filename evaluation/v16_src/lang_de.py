"""v16 blind evaluation set, German (de-DE)."""

LANG, LOC, PFX = "de", "de-DE", "472"


def O(i):
    a = (2236067 + i * 104717) % 9000000 + 1000000
    b = (1414213 + i * 7654301) % 9000000 + 1000000
    return f"{PFX}-{a:07d}-{b:07d}"


MESSAGES = []


def m(i, typ, fmt, subject, body, expected, note):
    MESSAGES.append({"id": f"v16-{LANG}-{i:03d}", "language": LANG, "locale": LOC, "type": typ,
                     "format": fmt, "subject": subject, "body": body, "order_id": O(i),
                     "expected": sorted(expected), "note": note})


m(1, "delivery-delay", "text", f"Ihre Bestellung {O(1)} verzögert sich",
  f"Hallo Frau Lindner,\n\nkurze Info aus der Werkstatt: Das Schneidebrett aus Nussbaum (Bestellung {O(1)}) braucht noch ein paar Tage, weil das Öl bei der Kälte langsamer aushärtet. Wir versenden es voraussichtlich am Donnerstag, 10.12.2026.\n\nViele Grüße aus dem Allgäu\nMatthias\nHolzwerkstatt Berger", [], "Clean plain-text delay from a workshop.")
m(2, "delivery-delay", "html", "Lieferverzögerung zu Bestellung " + O(2),
  f"<table width=\"100%\" cellpadding=\"10\"><tr><td><p>Sehr geehrter Herr Özdemir,</p><p>leider können wir das <b>Regal „Tilda“ (5 Böden)</b> aus Ihrer Bestellung {O(2)} nicht wie angegeben am 8. Dezember versenden. Neuer Versandtermin ist der <b>15.12.2026</b>.</p><p>Wir bitten um Entschuldigung.</p><p>Mit freundlichen Grüßen<br>Katrin Vogt<br>Kundenservice, Wohnwerk GmbH</p></td></tr></table>", [], "Clean builder HTML delay in a table without styles.")
m(3, "order-problem", "text", f"[Wichtig] Artikel nicht lieferbar – {O(3)}",
  f"Sehr geehrte Frau Schäfer,\n\nleider können wir die Teekanne „Hokkaido“ (1,0 l) aus Ihrer Bestellung {O(3)} nicht liefern, da das letzte Exemplar bei der Endkontrolle einen Riss zeigte. Den Bestellbetrag haben wir entsprechend angepasst; die 39,90 € werden Ihnen in den nächsten Tagen über Amazon erstattet.\n\nMit freundlichen Grüßen\nTeekontor Lüneburg", [], "Clean order problem with [Wichtig] and amount adjusted.")
m(4, "additional-information", "text", f"Rückfrage zur Gravur ({O(4)})",
  f"Hallo Jonas,\n\nfür die Gravur deines Lederarmbands (Bestellung {O(4)}) fehlt uns noch der Text – das Feld war leer. Was soll draufstehen? Maximal 14 Zeichen.\n\nWenn wir bis Freitag Bescheid bekommen, geht es noch diese Woche raus.\n\nLiebe Grüße\nAnja von Lederliebe Manufaktur", [], "Clean request for missing engraving text.")
m(5, "return-follow-up", "text", f"Ihre Rücksendung {O(5)} – Vorschlag",
  f"Sehr geehrter Herr Krüger,\n\nSie haben für die Wanderschuhe (Gr. 43) aus Bestellung {O(5)} eine Rücksendung angemeldet, weil eine Öse ausgerissen ist. Alternativ zur Rücksendung bieten wir Ihnen eine Teilerstattung von 18,00 € an. Möchten Sie die Schuhe dennoch zurückschicken, ist das selbstverständlich auch möglich.\n\nMit freundlichen Grüßen\nSebastian Haas\nBergsport Haas", [], "Clean return follow-up offering a partial refund.")
m(6, "return-follow-up", "html", "Rücksendung zu Bestellung " + O(6),
  f"<p>Guten Tag Frau Wagner,</p><p>um Ihre Rücksendung zu Bestellung {O(6)} abzuschließen, benötigen wir noch eine Angabe: Senden Sie die Decke in <i>Salbei</i> oder in <i>Sand</i> zurück? Beide Farben waren bestellt.</p><p>Freundliche Grüße<br>Ihr Team von Wollstube Erzgebirge</p>", [], "Clean return follow-up asking for information.")
m(7, "invoice", "html", "Rechnung zu Ihrer Bestellung " + O(7),
  f"<p>Sehr geehrter Herr Dr. Albrecht,</p><p>anbei erhalten Sie die Rechnung <b>RE/2026/11874</b> zu Bestellung {O(7)} mit ausgewiesener Umsatzsteuer.</p><p>Mit freundlichen Grüßen<br>Buchhaltung</p><p><small>Bürostuhl-Profi GmbH · Gewerbering 12 · 85748 Garching · Amtsgericht München HRB 234567 · USt-IdNr. DE287654321 · Steuernummer 143/157/40821 · Geschäftsführer: Thomas Brandl</small></p>", [], "Clean invoice with USt-IdNr, HRB and slashed invoice number.")
m(8, "review-request", "text", f"Wie gefällt Ihnen das Vogelhaus? ({O(8)})",
  f"Guten Tag Herr Fuchs,\n\ndas Vogelhaus aus Bestellung {O(8)} hängt hoffentlich schon im Garten. Wenn Sie einen Moment Zeit haben, freuen wir uns über eine Bewertung auf Amazon – ob positiv oder kritisch, ehrliche Erfahrungen helfen anderen Käufern.\n\nHerzliche Grüße\nGartenholz Reinhardt", [], "Clean neutral review request in text.")
m(9, "review-request", "html", "Ihre Meinung zu Bestellung " + O(9),
  f"<p><img src=\"https://static.papiermuehle-weiss.de/brand/papiermuehle-weiss-logo.png\" alt=\"Logo Papiermühle Weiß\" width=\"150\"></p><p>Liebe Kundin, lieber Kunde,</p><p>vor einigen Tagen haben Sie das handgeschöpfte Briefpapier (Bestellung {O(9)}) erhalten. Wir würden uns freuen, wenn Sie Ihre Erfahrung auf <a href=\"https://www.amazon.de/review/create-review?asin=B0C9PLM4RT\">der Bewertungsseite bei Amazon</a> teilen.</p><p>Herzliche Grüße<br>Papiermühle Weiß</p>", [], "Clean HTML review request with logo alt and descriptive Amazon link.")
m(10, "delivery-scheduling", "text", f"Liefertermin Boxspringbett – {O(10)}",
  f"Sehr geehrte Familie Nowak,\n\nIhr Boxspringbett (Bestellung {O(10)}) wird von unserer Spedition zu zweit bis ins Schlafzimmer geliefert. Folgende Zeitfenster sind frei:\n\n– Dienstag, 15.12., 8–12 Uhr\n– Mittwoch, 16.12., 13–17 Uhr\n– Samstag, 19.12., 9–13 Uhr\n\nBitte teilen Sie uns mit, welcher Termin passt.\n\nMit freundlichen Grüßen\nDisposition Schlafwelt Kassel", [], "Clean delivery scheduling with slots.")
m(11, "home-service-appointment", "html", "Montagetermin zu Bestellung " + O(11),
  f"<p>Guten Tag Herr Schmitt,</p><p>unser Techniker kann den Geschirrspüler aus Bestellung {O(11)} an folgenden Terminen anschließen:</p><ul><li>Montag, 14.12.2026, 10:00–12:00 Uhr</li><li>Donnerstag, 17.12.2026, 14:00–16:00 Uhr</li></ul><p>Bitte antworten Sie mit Ihrem Wunschtermin.</p><p>Viele Grüße<br>Montageservice Rhein-Main</p>", [], "Clean home-service appointment.")
m(12, "custom-design-verification", "text", f"Korrekturabzug Türschild – {O(12)}",
  f"Hallo Familie Hoffmann,\n\nim Anhang finden Sie den Korrekturabzug für Ihr Türschild aus Bestellung {O(12)}: „Hier wohnen Lena, Paul & Frieda“. Bitte prüfen Sie Schreibweise und Anordnung. Sobald Sie freigeben, gehen wir in die Fertigung.\n\nAnhang: korrekturabzug_tuerschild_hoffmann.pdf\n\nBeste Grüße\nSteffi\nSchilderwerk Münsterland", [], "Clean design proof with attachment.")
m(13, "fulfillment-question", "text", f"Zugang für die Zustellung – {O(13)}",
  f"Sehr geehrter Herr Weber,\n\nlaut Lieferadresse (Hinterhaus, 3. OG) zu Bestellung {O(13)} ist der Hof nur mit Code zugänglich. Könnten Sie uns den Türcode mitteilen oder einen Ablageort nennen? Unsere Referenz: LS-2026-5583, Kundennummer KD-104877.\n\nMit freundlichen Grüßen\nVersand, Kaffeerösterei Hafenblick", [], "Clean door-code question with reference numbers.")
m(14, "reply", "text", f"AW: Frage zu „The Art of Fermentation“ – {O(14)}",
  f"Hallo Frau Becker,\n\ndas Buch „The Art of Fermentation“ aus Ihrer Bestellung {O(14)} ist tatsächlich die englische Originalausgabe; eine deutsche Übersetzung gibt es bislang nicht. Die Mengenangaben sind aber auch in Gramm angegeben.\n\nFreundliche Grüße\nBuchhandlung Sauerteig, Leipzig", [], "Clean reply quoting an English book title.")
m(15, "reply", "text", f"AW: Garantie Kaffeemaschine {O(15)}",
  f"Sehr geehrte Frau Zimmermann,\n\nes tut uns leid, dass die Dampfdüse Ihrer Brava 300 (Bestellung {O(15)}) nicht mehr funktioniert. Das Gerät fällt unter die zweijährige Herstellergarantie. Die Garantie-Hotline des Herstellers Brava Deutschland erreichen Sie unter 0800 724 55 10 (Hersteller-Garantieservice, Mo–Fr 8–18 Uhr).\n\nMit freundlichen Grüßen\nKaffeewelt Bamberg", [], "Clean reply with manufacturer's warranty hotline marked as such.")
m(16, "reply", "html", "AW: Firmendaten zu Bestellung " + O(16),
  f"<p>Sehr geehrter Herr Lehmann,</p><p>gern nennen wir Ihnen unsere Firmendaten für Ihre Kreditorenstammdaten zu Bestellung {O(16)}.</p><p>Mit freundlichen Grüßen<br>Julia Krause<br>Assistenz der Geschäftsführung</p><p><small>Druckerei Krause e.K. · Hafenstraße 8 · 26789 Leer (Ostfriesland)<br>Amtsgericht Aurich HRA 201234 · USt-IdNr. DE312345678</small></p>", [], "Clean reply with company-details footer.")
m(17, "reply", "text", f"AW: Erstattung Rücksendung {O(17)}",
  f"Hallo Herr Richter,\n\nIhre Rücksendung (Retourennummer RT-40917, DHL-Sendung 00340434299912345678) ist am Freitag, 04.12.2026, um 10:35 Uhr bei uns eingegangen. Die Erstattung über 64,95 € für die Laufjacke aus Bestellung {O(17)} haben wir am Montag, 07.12.2026, veranlasst. Je nach Bank dauert die Gutschrift 3–5 Werktage.\n\nSportliche Grüße\nLaufladen Köln-Ehrenfeld", [], "Clean reply with return numbers, dates, times and amounts.")
m(18, "fulfillment-question", "text", f"Neuigkeiten zu Bestellung {O(18)}",
  f"Hallo Frau Braun,\n\nIhr Paket mit der Leinenbettwäsche (Bestellung {O(18)}) hat heute früh unser Lager verlassen und wurde an DPD übergeben.\n\nViele Grüße\nLeinenhaus Sylt", ["BSM201"], "Shipment confirmation: left warehouse, handed to carrier.")
m(19, "additional-information", "html", "Bestellung " + O(19),
  f"<p>Guten Tag Herr Neumann,</p><p>wir haben Ihre Bestellung {O(19)} erhalten und bereiten sie gerade für den Versand vor.</p><p>Freundliche Grüße<br>Kerzenzieherei Lichtblick</p>", ["BSM201"], "Order confirmation: received and being prepared.")
m(20, "reply", "text", f"Dankeschön! ({O(20)})",
  f"Liebe Frau Schulz,\n\nganz herzlichen Dank für Ihre Bestellung {O(20)} bei der Seifenmanufaktur Lavendelhof. Es freut uns sehr, dass Sie kleine Betriebe unterstützen!\n\nHerzlichst\nElke", ["BSM202"], "Thanks only.")
m(21, "fulfillment-question", "text", f"Bestellung {O(21)}",
  f"Guten Tag,\n\nfalls es mit Ihrer Bestellung {O(21)} Probleme geben sollte, sind wir jederzeit für Sie da. Schreiben Sie uns einfach über Amazon.\n\nMit freundlichen Grüßen\nFahrradteile Dammann", ["BSM202"], "Only the offer to help if anything comes up.")
m(22, "delivery-delay", "text", f"Versand einen Tag später – {O(22)}",
  f"Hallo Herr Schwarz,\n\ndie Fahrradtaschen aus Bestellung {O(22)} verschicken wir erst am Mittwoch, 09.12., da unsere Näherin krank war.\n\nViele Grüße\nTaschenatelier Storch\n\nPS: Diesen Monat gibt es 20 % Rabatt auf unser gesamtes Sortiment!", ["BSM203"], "P.S. with 20% off the whole range.")
m(23, "reply", "html", "AW: Größentabelle " + O(23),
  f"<p>Hallo Lea,</p><p>der Pullover aus Bestellung {O(23)} fällt normal aus; Größe M passt bei 96–100 cm Brustumfang.</p><p>Folge uns auf Instagram und abonniere unseren Newsletter – dann siehst du unsere neue Winterkollektion als Erste!</p><p>Liebe Grüße<br>Strickstudio Nordlicht</p>", ["BSM203"], "Follow us, newsletter, new collection.")
m(24, "review-request", "text", f"Kurze Bitte zu Bestellung {O(24)}",
  f"Sehr geehrte Frau Hartmann,\n\nwir hoffen, die Weidenkörbe aus Bestellung {O(24)} gefallen Ihnen. Sobald Ihre Rezension auf Amazon veröffentlicht ist, schicken wir Ihnen als kleines Dankeschön eine Aufmerksamkeit per Post.\n\nFreundliche Grüße\nKorbflechterei Spreewald", ["BSM204"], "Small token once the review is published.")
m(25, "review-request", "text", f"Ihre Erfahrung mit {O(25)}",
  f"Sehr geehrter Herr Lange,\n\nwir würden uns über eine Bewertung des Gartenschlauchs aus Bestellung {O(25)} freuen. Sobald Ihre Rezension online ist, erstatten wir Ihnen den vollen Kaufpreis.\n\nMit freundlichen Grüßen\nGartenbedarf Online Celle", ["BSM204"], "Full refund once the review is online.")
m(26, "reply", "text", f"AW: Ihre Bewertung ({O(26)})",
  f"Sehr geehrte Frau Werner,\n\nes tut uns leid, dass die Lampe aus Bestellung {O(26)} beschädigt ankam; der Ersatz ist unterwegs. Wären Sie so freundlich, Ihre Ein-Sterne-Bewertung zu ändern oder zu löschen, jetzt wo das Problem gelöst ist?\n\nMit freundlichen Grüßen\nLampenhaus Dresden", ["BSM205"], "Asks to change or delete a one-star review.")
m(27, "review-request", "text", f"Zufrieden mit Bestellung {O(27)}?",
  f"Hallo Tobias,\n\nbist du zufrieden mit der Hängematte aus Bestellung {O(27)}? Dann freuen wir uns über eine Rezension auf Amazon. Falls nicht, melde dich bitte zuerst bei uns, statt eine Bewertung zu schreiben.\n\nGruß\nHängemattenladen Siesta", ["BSM206"], "Review only if satisfied, unhappy buyers steered away.")
m(28, "review-request", "html", "Bewertung zu Bestellung " + O(28),
  f"<p>Liebe Kundin, lieber Kunde,</p><p>würden Sie uns mit einer Fünf-Sterne-Bewertung für das Puzzle aus Bestellung {O(28)} unterstützen? Für einen kleinen Laden wie unseren zählt jede Bewertung.</p><p>Herzliche Grüße<br>Puzzlewerk Hamburg</p>", ["BSM206"], "Asks for a five-star rating.")
m(29, "order-problem", "text", f"[Wichtig] Problem mit Bestellung {O(29)}",
  f"Sehr geehrter Herr Kaiser,\n\neiner der beiden Kissenbezüge aus Bestellung {O(29)} ist nicht mehr vorrätig; den Bestellbetrag haben wir bereits um 14,95 € reduziert. Da auch der zweite Bezug erst in sechs Wochen wieder kommt, ist es am schnellsten, wenn Sie die Bestellung selbst unter „Meine Bestellungen“ stornieren.\n\nMit freundlichen Grüßen\nWohnaccessoires Nest", ["BSM108"], "Adjusted but advises buyer to cancel himself.")
m(30, "order-problem", "text", f"Lagerproblem {O(30)}",
  f"Sehr geehrte Frau Peters,\n\ndurch einen Zählfehler im Lager ist die Schreibtischlampe aus Bestellung {O(30)} leider ausverkauft. Wir wären Ihnen dankbar, wenn Sie eine Stornierungsanfrage stellen würden.\n\nEntschuldigen Sie die Umstände\nBürobedarf Leipzig", ["BSM107", "BSM108"], "Asks for a cancellation request without adjustment.")
m(31, "delivery-delay", "text", f"Neuer Versandtermin {O(31)}",
  f"Sehr geehrte Kundin, sehr geehrter Kunde,\n\nder Versand von Bestellung {O(31)} verschiebt sich auf Montag, 14.12.2026.\n\nSie möchten keine Nachrichten mehr von uns erhalten? Antworten Sie einfach mit STOPP.\n\nMit freundlichen Grüßen\nZoofachhandel Pfötchen", ["BSM305"], "Opt-out instruction: reply STOPP.")
m(32, "reply", "text", f"AW: Beschwerde {O(32)}",
  f"Hallo Dennis,\n\nder verdammte Scheiß-Paketdienst hat dein Paket (Bestellung {O(32)}) schon wieder beim falschen Nachbarn abgeladen. So ein Mist. Wir schicken heute Ersatz.\n\nGameshop Bochum", ["BSM306"], "German profanity.")
m(33, "delivery-delay", "text", f"Delay on your order {O(33)}",
  f"Dear Mrs Hofmann,\n\nUnfortunately your order {O(33)} will ship about a week later than planned because our supplier is behind schedule. We now expect to dispatch it on 15 December.\n\nKind regards,\nSpielwaren Sonnenschein", ["BSM104"], "English message to a German buyer.")
m(34, "delivery-scheduling", "text", f"Lieferung Kleiderschrank {O(34)}",
  f"Hallo Sarah,\n\nden Kleiderschrank aus Bestellung {O(34)} liefern wir gern, wenn du zu Hause bist. Ruf einfach kurz unter 0171 4829 337 an, dann machen wir einen Tag aus.\n\nGruß\nMöbeltischlerei Funke", ["BSM309"], "German mobile number, not a warranty line.")
m(35, "reply", "html", "AW: Defekt bei Lieferung " + O(35),
  f"<p>Sehr geehrter Herr Wolf,</p><p>schade, dass der Ventilator aus Bestellung {O(35)} klappert. Unser Service hilft Ihnen gern unter +49 (0)30 / 9876 5432 weiter, werktags 9–17 Uhr.</p><p>Mit freundlichen Grüßen<br>Klimashop Berlin</p>", ["BSM309"], "International-format seller phone number.")
m(36, "additional-information", "text", f"Maße benötigt {O(36)}",
  f"Hallo Herr Schröder,\n\nfür die Arbeitsplatte nach Maß aus Bestellung {O(36)} brauchen wir die genaue Breite Ihrer Nische. Schicken Sie die Maße und ein Foto bitte an zuschnitt@arbeitsplatten-manufaktur.de.\n\nViele Grüße\nArbeitsplatten-Manufaktur", ["BSM308"], "Plain e-mail address.")
m(37, "reply", "text", f"AW: Anleitung Nähmaschine {O(37)}",
  f"Hallo Ines,\n\ndie Anleitung zur Nähmaschine aus Bestellung {O(37)} schicken wir dir gern als PDF. Schreib kurz an naehecke (at) posteo (punkt) de, dann kommt sie heute noch.\n\nLiebe Grüße\nDie Nähecke", ["BSM308"], "Obfuscated e-mail address with (at) and (punkt).")
m(38, "reply", "html", "AW: Pflege Ihrer Bank " + O(38),
  f"<p>Hallo Frau Kühn,</p><p>schön, dass Sie die Teakbank aus Bestellung {O(38)} gut pflegen möchten. Alle Tipps finden Sie in <a href=\"https://www.teak-fuer-dich.de/pflegeanleitung-teak\">unserer Pflegeanleitung für Teakholz</a>.</p><p>Viele Grüße<br>Teak für Dich</p>", ["BSM302"], "Https link to the seller's own site.")
m(39, "additional-information", "html", "Adresse prüfen – " + O(39),
  f"<p>Guten Tag Herr Möller,</p><p>bei Bestellung {O(39)} scheint die Hausnummer zu fehlen. Bitte prüfen Sie die Adresse in <a href=\"http://www.amazon.de/gp/css/order-history\">Ihren Bestellungen bei Amazon</a> und teilen Sie uns die richtige Hausnummer mit.</p><p>Mit freundlichen Grüßen<br>Leuchten Lorenz</p>", ["BSM301"], "Plain http link to Amazon.")
m(40, "delivery-delay", "html", "Späterer Versand: " + O(40),
  f"<p>Hallo Frau Jung,</p><p>die Vase aus Bestellung {O(40)} wird erst am 11.12. versendet.</p><p><img src=\"https://img.glashuette-rot.de/produkte/vase-bernstein-30cm.jpg\" alt=\"Vase Bernstein 30 cm\" width=\"240\"></p><p>Viele Grüße<br>Glashütte Rot</p>", ["BSM310"], "Image of the purchased product.")
m(41, "delivery-delay", "html", "Verzögerung " + O(41),
  f"<p>Sehr geehrter Herr Keller,</p><p>wegen des Weihnachtsgeschäfts geht Bestellung {O(41)} erst am 18.12. raus.</p><p><img src=\"https://bilder.stockfotos.example.com/weihnachtsbaum-schnee.jpg\" alt=\"Weihnachtsbaum im Schnee\" width=\"300\"></p><p>Frohe Festtage<br>Spielzeugkiste Rügen</p>", ["BSM311"], "Unrelated stock image of a Christmas tree.")
m(42, "review-request", "html", "Ihre Erfahrung mit Bestellung " + O(42),
  f"<p><img src=\"https://cdn.toepferei-ton.de/logo.png\" alt=\"\" width=\"140\"></p><p>Liebe Kundin, lieber Kunde,</p><p>möchten Sie auf Amazon eine Rezension zu den Tassen aus Bestellung {O(42)} schreiben? Jede ehrliche Meinung ist willkommen.</p><p>Freundliche Grüße<br>Töpferei Ton &amp; Co.</p>", ["BSM402"], "Shop logo with empty alt.")
m(43, "delivery-delay", "text", f"Etwas Geduld bitte 🙏 {O(43)}",
  f"Hallo Mia,\n\ndein Schmuckkästchen (Bestellung {O(43)}) geht am Freitag, 11.12., raus – zwei Tage später als geplant 📦\n\nAtelier Silberfaden", ["BSM403"], "Emoji in subject and body.")
m(44, "additional-information", "text", f"Farbwahl {O(44)}",
  f"Hallo Ben,\n\nbei Bestellung {O(44)} wurde keine Farbe für die Fahrradklingel ausgewählt. Mint, Schwarz oder Kupfer? :D\n\nKlingelkram", ["BSM403"], "Emoticon ':D'.")
m(45, "delivery-delay", "html", "Verzögerung Bestellung " + O(45),
  f"<style>h1{{font-size:26px}} h2{{font-size:19px}} p{{font-size:15px}} .fuss{{font-size:11px}}</style><h1>Lieferverzögerung</h1><h2>Bestellung {O(45)}</h2><p>Ihr Schuhregal wird am 16.12. statt am 09.12. versendet.</p><p class=\"fuss\">Schuhschrank-Spezialist, Dortmund</p>", ["BSM410"], "Four font sizes in a style block.")
m(46, "return-follow-up", "html", "Rücksendung " + O(46),
  f"<p>Hallo Frau Roth,</p><p>um Ihre Rücksendung zu Bestellung {O(46)} abzuschließen: Ist der Standmixer noch originalverpackt?</p><p></p><p></p><p>Freundliche Grüße<br>Küchenwelt Freiburg</p>", ["BSM412"], "Empty paragraphs between paragraphs.")
m(47, "return-follow-up", "text", f"[Wichtig] Rücksendung {O(47)}",
  f"Sehr geehrter Herr Frank,\n\nfür Ihre Rücksendung aus Bestellung {O(47)} bieten wir Ihnen eine Teilerstattung von 10,00 € an, falls Sie den Werkzeugkoffer mit der Delle behalten möchten.\n\nMit freundlichen Grüßen\nWerkzeugladen Ulm", ["BSM110"], "[Wichtig] on a return follow-up.")
m(48, "review-request", "html", "Bewertung Bestellung " + O(48),
  f"<p>Hallo Tim,</p><p>wie gefällt dir das Skateboard aus Bestellung {O(48)}? Deine Rezension kannst du <a href=\"https://www.amazon.de/review/create-review\">hier</a> abgeben.</p><p>Skatehalle Mannheim</p>", ["BSM401"], "Link text 'hier'.")
m(49, "delivery-delay", "html", "Versand verschoben – " + O(49),
  f"<p>Guten Tag,</p><p>der Bilderrahmen aus Bestellung {O(49)} wird am Dienstag, 15.12.2026, versendet.</p><p>Mit freundlichen Grüßen<br>Rahmenwerk Kiel</p><img src=\"https://mail.rahmenwerk-kiel.de/open.gif?uid=88231\" width=\"1\" height=\"1\" alt=\"\">", ["BSM307", "BSM402"], "Tracking pixel with empty alt.")
m(50, "review-request", "html", "Ihre Meinung zu Bestellung " + O(50),
  f"<p><a href=\"https://www.bienenwachs-tuecher.de\"><img src=\"https://www.bienenwachs-tuecher.de/img/logo-bienenwachs-tuecher.png\" alt=\"Logo Bienenwachs-Tücher Manufaktur\" width=\"150\"></a></p><p>Guten Tag,</p><p>wir würden uns über eine Rezension zu den Wachstüchern aus Bestellung {O(50)} auf Amazon freuen.</p><p>Viele Grüße<br>Bienenwachs-Tücher Manufaktur</p>", ["BSM302", "BSM304"], "Logo linked to the seller's website.")
