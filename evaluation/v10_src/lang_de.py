"""v10 blind evaluation set: German (de-DE) messages."""

LANG = "de"
LOCALE = "de-DE"


def O(n):
    """Order number for scenario n (unique, deterministic)."""
    return "412-%07d-%07d" % (4480000 + n * 5417, 1190000 + n * 6263)


MESSAGES = []


def m(n, type_, fmt, subject, body, expected, note):
    MESSAGES.append({
        "id": "v10-de-%03d" % n,
        "language": LANG,
        "locale": LOCALE,
        "type": type_,
        "format": fmt,
        "subject": subject,
        "body": body,
        "order_id": O(n),
        "expected": sorted(expected),
        "note": note,
    })


# ---------------------------------------------------------------- clean (17)

m(1, "delivery-delay", "text",
  f"Lieferverzögerung zu Ihrer Bestellung {O(1)}",
  f"""Sehr geehrte Frau Hoffmann,

leider können wir Ihre Bestellung {O(1)} (Gusseisen-Bräter, 28 cm, emailliert) nicht wie angekündigt versenden. Die Gießerei hat uns die aktuelle Charge erst für Mitte Dezember zugesagt.

Nach jetzigem Stand geht der Bräter am Freitag, 18.12.2026, in den Versand; mit der Zustellung rechnen wir bis Dienstag, 22.12.2026.

Wir bitten die Verzögerung zu entschuldigen.

Mit freundlichen Grüßen
Stefan Weber
Kochwerk Weber, Solingen""",
  [], "Plain-text delivery delay with German date format.")

m(2, "delivery-delay", "html",
  f"Neuer Versandtermin für Bestellung {O(2)}",
  f"""<p>Hallo Herr Krüger,</p>
<p>kurze Info zu Ihrer Bestellung <strong>{O(2)}</strong>: Das Schneidebrett aus Nussbaum wird in unserer Werkstatt von Hand geölt, und wegen der vielen Aufträge vor Weihnachten dauert es etwas länger.</p>
<table>
<tr><td>Ursprünglicher Versandtermin:</td><td>08.12.2026</td></tr>
<tr><td>Neuer Versandtermin:</td><td>15.12.2026</td></tr>
</table>
<p>Danke für Ihre Geduld!</p>
<p>Viele Grüße aus dem Allgäu<br>
Lena Brandl<br>
Holzmanufaktur Brandl</p>""",
  [], "HTML delivery delay with a plain table, no styles.")

m(3, "order-problem", "text",
  f"[Wichtig] Problem mit Ihrer Bestellung {O(3)}",
  f"""Sehr geehrter Herr Schulz,

zu unserem Bedauern können wir Ihre Bestellung {O(3)} (Espressotassen-Set „Milano“, 6-teilig) nicht ausführen. Bei der Bestandsprüfung stellte sich heraus, dass die letzten Sets beschädigt sind, und der Hersteller liefert den Artikel nicht mehr nach.

Wir haben den gesamten Bestellbetrag von 39,90 € bereits mit dem Grund „nicht auf Lager“ angepasst. Die Erstattung erfolgt automatisch über Ihre ursprüngliche Zahlungsart; Sie müssen nichts weiter tun.

Wir entschuldigen uns für die Unannehmlichkeiten.

Mit freundlichen Grüßen
Claudia Neumann
Kaffeerösterei Sonnleitner""",
  [], "Order problem confirming the adjustment (not in stock); [Wichtig] allowed on this type.")

m(4, "additional-information", "text",
  f"Rückfrage zu Bestellung {O(4)}: Gravurtext",
  f"""Guten Tag,

vielen Dank für Ihre Bestellung {O(4)} des gravierten Flachmanns. Leider ist das Feld für den Gravurtext bei uns leer angekommen.

Teilen Sie uns bitte mit, welcher Text graviert werden soll (höchstens 25 Zeichen) und ob Sie Druck- oder Schreibschrift wünschen? Sobald wir Ihre Antwort haben, geht der Auftrag in die Gravur.

Freundliche Grüße
Jonas Albrecht
Gravurstube Albrecht""",
  [], "Request for information (engraving text) needed to complete the order.")

m(5, "return-follow-up", "text",
  f"Ihre Rücksendeanfrage zur Bestellung {O(5)}",
  f"""Sehr geehrte Frau Yılmaz,

danke für Ihre Nachricht zu dem kleinen Kratzer am Fuß der Stehleuchte aus Bestellung {O(5)}.

Statt der Rücksendung können wir Ihnen eine Teilerstattung von 25,00 € anbieten; die Leuchte dürfen Sie dann selbstverständlich behalten. Geben Sie uns bitte kurz Bescheid, ob Sie das möchten. Wenn Sie lieber zurücksenden, läuft die Rücksendung ganz normal weiter.

Mit freundlichen Grüßen
Markus Lange
Lichtkontor Hamburg""",
  [], "Return follow-up offering a partial refund.")

m(6, "return-follow-up", "text",
  f"Kurze Frage zu Ihrer Rücksendung {O(6)}",
  f"""Hallo Frau Becker,

Sie haben für Bestellung {O(6)} eine Rücksendung angemeldet. In der Bestellung sind zwei Bettwäsche-Garnituren (155 x 220 cm und 135 x 200 cm). Aus der Anmeldung geht nicht hervor, welche Sie zurückschicken möchten, oder ob beide.

Sagen Sie uns kurz Bescheid? Dann erstellen wir das passende Rücksendeetikett.

Viele Grüße
Anja
Kundenservice Traumfänger Textil""",
  [], "Return follow-up asking which item is being returned.")

m(7, "invoice", "text",
  f"Rechnung zu Ihrer Bestellung {O(7)}",
  f"""Sehr geehrte Damen und Herren,

anbei erhalten Sie wie gewünscht die Rechnung zu Ihrer Bestellung {O(7)} als PDF.

Rechnungsnummer: RE/2026/12/0417
Rechnungsdatum: 03.12.2026
Nettobetrag: 210,08 €
zzgl. 19 % USt.: 39,92 €
Gesamtbetrag: 250,00 €

Mit freundlichen Grüßen

Buchhaltung
Büroausstattung Lehmann GmbH
Gewerbestraße 12, 80993 München
Amtsgericht München HRB 245871 | USt-IdNr. DE 298 765 432 | Steuernummer 143/567/89012
Geschäftsführer: Thomas Lehmann""",
  [], "Invoice with slashed invoice number, HRB, USt-IdNr. and Steuernummer; none are phone numbers.")

m(8, "review-request", "text",
  f"Ihre Erfahrung mit Bestellung {O(8)}",
  f"""Liebe Kundin, lieber Kunde,

vor Kurzem haben Sie bei uns das Vogelhaus aus Lärchenholz erhalten (Bestellung {O(8)}). Wenn Sie einen Moment Zeit haben, würden wir uns über eine Produktbewertung auf Amazon freuen. Ehrliche Rezensionen helfen anderen Käufern bei der Entscheidung.

Herzliche Grüße
Gartenwerk Kranich""",
  [], "Neutral plain-text review request.")

m(9, "review-request", "html",
  f"Wie gefällt Ihnen Ihr Kauf? ({O(9)})",
  f"""<p><img src="https://img.mailstudio-cdn.com/u/90417/logo-teekontor-friesenhof.png" alt="Logo Teekontor Friesenhof" width="170" height="60"></p>
<p>Guten Tag Frau Jansen,</p>
<p>Sie haben kürzlich beim Teekontor Friesenhof die Ostfriesische Blattmischung bestellt (Bestellung {O(9)}). Wir würden gern erfahren, wie sie Ihnen schmeckt.</p>
<p>Wenn Sie mögen: <a href="https://www.amazon.de/review/create-review?asin=B0TF4DE009">Bewertung für die Ostfriesische Blattmischung auf Amazon.de schreiben</a></p>
<p>Herzliche Grüße<br>Familie Eilers<br>Teekontor Friesenhof</p>""",
  [], "HTML review request with the shop logo (alt names shop) and a descriptive https Amazon link.")

m(10, "delivery-scheduling", "text",
  f"Terminvereinbarung Lieferung Sofa – Bestellung {O(10)}",
  f"""Sehr geehrte Frau Schäfer,

Ihr Ecksofa „Viborg“ (Bestellung {O(10)}) steht in unserem Lager bereit. Da die Lieferung durch zwei Monteure erfolgt und das Sofa in die Wohnung getragen wird, möchten wir den Termin mit Ihnen abstimmen.

Folgende Zeitfenster können wir anbieten:
- Mittwoch, 16.12.2026, 8:00 bis 12:00 Uhr
- Donnerstag, 17.12.2026, 12:00 bis 16:00 Uhr
- Samstag, 19.12.2026, 9:00 bis 13:00 Uhr

Bitte teilen Sie uns Ihren Wunschtermin mit und ob es einen Aufzug gibt.

Mit freundlichen Grüßen
Patrick Wolf
Tourenplanung, Möbelhaus Kranich""",
  [], "Scheduling delivery of a bulky sofa with time slots.")

m(11, "home-service-appointment", "text",
  f"Montagetermin Geschirrspüler, Bestellung {O(11)}",
  f"""Guten Tag Herr Richter,

zu Ihrer Bestellung {O(11)} haben Sie den Einbau des Geschirrspülers durch unseren Kundendienst gebucht. Unser Techniker ist an folgenden Terminen in Ihrer Nähe:

Dienstag, 15.12.2026, 7:30–9:30 Uhr
Mittwoch, 16.12.2026, 13:00–15:00 Uhr

Welcher Termin passt Ihnen? Bitte sorgen Sie dafür, dass Wasseranschluss und Schuko-Steckdose frei zugänglich sind.

Freundliche Grüße
Sabine Koch
Hausgeräte-Service Rhein-Main""",
  [], "Home-service appointment with dates and time windows.")

m(12, "custom-design-verification", "text",
  f"Korrekturabzug zu Ihrer Bestellung {O(12)}",
  f"""Hallo Julia,

im Anhang findest Du den Korrekturabzug (PDF) für Dein personalisiertes Hochzeitsschild aus Bestellung {O(12)} mit dem Text „Anna & Lukas – 12.06.2027 – Schloss Eggersberg“.

Prüfe bitte Namen, Datum und Ort genau. Wenn alles passt, reicht ein kurzes „Freigabe“; sonst schreib uns, was wir ändern sollen. Erst nach Deiner Freigabe geht das Schild in den Druck.

Liebe Grüße
Tim
Druckwerk Lehmann""",
  [], "Custom design proof for verification.")

m(13, "fulfillment-question", "text",
  f"Türcode für die Zustellung von {O(13)} benötigt",
  f"""Sehr geehrter Herr Hartmann,

bevor wir die Zustellung Ihrer Bestellung {O(13)} veranlassen können, benötigen wir noch eine Angabe: Die Haustür im Hinterhaus (Oranienstraße 185, Aufgang C, 10999 Berlin) ist laut Ihrer Adresse mit einem Zahlencode gesichert, der Code selbst fehlt jedoch.

Können Sie uns den Türcode oder den Namen eines Nachbarn nennen, der dem Zusteller öffnen kann? Bitte geben Sie dabei unsere Vorgangsnummer VG-2026-12-0413 und Ihre Kundennummer KD-448013 an.

Mit freundlichen Grüßen
Ayşe Demir
Kundenservice Versandhaus Nordlicht""",
  [], "Door-code question needed to deliver, with case and customer numbers.")

m(14, "reply", "text",
  f"AW: Frage zu „Stainless Steel Lunch Box Bento 1,2 L“ ({O(14)})",
  f"""Hallo Frau Vogel,

die „Stainless Steel Lunch Box Bento 1,2 L“ aus Ihrer Bestellung {O(14)} ist spülmaschinengeeignet, allerdings nur der Edelstahlbehälter. Den Silikondeckel spülen Sie am besten von Hand, sonst verzieht sich die Dichtung.

In die Mikrowelle darf die Box nicht, da sie aus Metall ist.

Viele Grüße
Katrin
Küchenliebe Online""",
  [], "Reply quoting an English product title inside German sentences.")

m(15, "reply", "text",
  f"AW: Akkuschrauber defekt – {O(15)}",
  f"""Sehr geehrter Herr Zimmermann,

das tut uns leid, dass der Akkuschrauber aus Bestellung {O(15)} nicht mehr lädt. Das Gerät hat drei Jahre Herstellergarantie. Am schnellsten geht der Austausch direkt über den Hersteller:

Garantie-Hotline des Herstellers Kraftwerk Tools: 0800 589 3366 (Mo–Fr 8–18 Uhr, kostenfrei)

Halten Sie bitte Ihre Bestellnummer bereit. Sollte es dort Schwierigkeiten geben, melden Sie sich gern wieder bei uns.

Mit freundlichen Grüßen
Frank Meyer
Werkzeughandel Meyer""",
  [], "Reply with the manufacturer's warranty hotline, marked as such.")

m(16, "reply", "text",
  f"AW: Maße Hochbeet – Bestellung {O(16)}",
  f"""Sehr geehrte Frau Braun,

das Hochbeet „Kräutergarten 120“ aus Ihrer Bestellung {O(16)} hat Außenmaße von 120 x 60 x 80 cm (L x B x H). Das Füllvolumen beträgt etwa 450 Liter; ein Wühlmausgitter ist im Lieferumfang enthalten.

Mit freundlichen Grüßen

Eva Schmitt
Grünzeug Gartenbedarf GmbH
Am Mühlbach 7, 79100 Freiburg im Breisgau
Registergericht Freiburg HRB 712233 | USt-IdNr. DE 314 159 265
Geschäftsführerin: Eva Schmitt""",
  [], "Reply with a company-details footer (Impressum style), no phone or e-mail.")

m(17, "reply", "text",
  f"AW: Wann kommt meine Erstattung? {O(17)}",
  f"""Hallo Herr Fischer,

ich habe Ihre Rücksendung zur Bestellung {O(17)} geprüft:

Retourennummer: RMA-26-30917
Sendungsnummer Ihres Rückpakets (DHL): 00340434161094217417
Eingang in unserem Lager: Mittwoch, 02.12.2026, 10:38 Uhr
Erstattung veranlasst: Donnerstag, 03.12.2026, 49,95 €

Je nach Bank dauert es 3 bis 5 Werktage, bis der Betrag auf Ihrem Konto ist.

Viele Grüße
Nina Krause
Kundenservice Strickwerk Erzgebirge""",
  [], "Reply with return number, tracking number, date, time and amount.")

# ------------------------------------------------------------ violations (31)

m(18, "fulfillment-question", "text",
  f"Neuigkeiten zu Bestellung {O(18)}",
  f"""Hallo Herr Schmid,

Ihr Paket mit der Isomatte hat heute früh unser Lager in Erfurt verlassen und wurde an DHL übergeben. Bestellung {O(18)} ist also unterwegs zu Ihnen!

Viele Grüße
Outdoorladen Rennsteig""",
  ["BSM201"], "Shipping confirmation: left the warehouse and handed to DHL.")

m(19, "fulfillment-question", "html",
  f"Ihre Bestellung {O(19)} ist bei uns eingegangen",
  f"""<p>Sehr geehrte Frau Lorenz,</p>
<p>vielen Dank, Ihre Bestellung <strong>{O(19)}</strong> ist bei uns eingegangen. Unser Team stellt Ihre Artikel gerade sorgfältig zusammen und verpackt sie.</p>
<p>Mit freundlichen Grüßen<br>Naturkosmetik Seifenblume</p>""",
  ["BSM201"], "Order confirmation: received and being prepared.")

m(20, "reply", "text",
  f"Dankeschön! ({O(20)})",
  f"""Liebe Frau Huber,

ganz herzlichen Dank für Ihre Bestellung {O(20)} und Ihr Vertrauen in unseren kleinen Laden. Das freut uns riesig.

Herzliche Grüße
Birgit und Klaus
Wollstube am Markt""",
  ["BSM202"], "Thanks only.")

m(21, "fulfillment-question", "text",
  f"Bestellung {O(21)}",
  f"""Guten Tag,

sollte mit Ihrer Bestellung {O(21)} irgendetwas nicht in Ordnung sein, sind wir jederzeit für Sie da. Melden Sie sich einfach, wir finden gemeinsam eine Lösung.

Freundliche Grüße
Ihr Team von Fliesenwelt Sauer""",
  ["BSM202"], "Only an offer to help if a problem comes up.")

m(22, "delivery-delay", "text",
  f"Kleine Verzögerung – {O(22)}",
  f"""Sehr geehrter Herr Kaiser,

Ihre Bestellung {O(22)} (Kuckucksuhr, handgeschnitzt) versenden wir nicht am 09.12., sondern am 14.12.2026, weil die Uhrwerke später eingetroffen sind. Bitte entschuldigen Sie.

Mit freundlichen Grüßen
Uhrenstube Schwarzwald

PS: Bis Sonntag gibt es 20 % Rabatt auf unser gesamtes Sortiment mit dem Code UHR20.""",
  ["BSM203"], "Permitted delay with a P.S. promoting 20% off the whole range.")

m(23, "review-request", "text",
  f"Wie schmeckt der Präsentkorb? ({O(23)})",
  f"""Liebe Kundin, lieber Kunde,

Sie haben von uns einen Präsentkorb erhalten (Bestellung {O(23)}). Würden Sie eine Produktbewertung auf Amazon schreiben? Das hilft anderen Käufern.

Übrigens: Folgen Sie uns auf Instagram unter @feinkost.wagner und abonnieren Sie unseren Newsletter, dann erfahren Sie als Erste von unserer neuen Frühjahrskollektion.

Herzliche Grüße
Feinkost Wagner""",
  ["BSM203"], "Review request inviting follows, newsletter sign-up and a new collection.")

m(24, "review-request", "text",
  f"Ein kleines Dankeschön für Ihre Bewertung – {O(24)}",
  f"""Sehr geehrte Frau Roth,

wir hoffen, die Leinen-Tischdecken aus Bestellung {O(24)} gefallen Ihnen. Würden Sie eine Bewertung auf Amazon schreiben?

Als kleines Dankeschön schicken wir Ihnen eine Aufmerksamkeit zu, sobald Ihre Bewertung veröffentlicht ist. Geben Sie uns dann einfach kurz Bescheid.

Herzliche Grüße
Leinenweberei Zittau""",
  ["BSM204"], "A small gift once the review is published.")

m(25, "review-request", "text",
  f"Bestellung {O(25)} kostenlos?",
  f"""Hey Lukas,

danke, dass Du Dich für unsere Bluetooth-Kopfhörer entschieden hast (Bestellung {O(25)}).

Wir haben gerade eine Aktion: Schreib eine Bewertung auf Amazon, schick uns einen Screenshot, und wir erstatten Dir den vollen Kaufpreis, sobald die Bewertung online ist.

Grüße
KlangWerk Audio""",
  ["BSM204"], "Full refund as soon as the review is online.")

m(26, "reply", "text",
  f"AW: Ihre Bewertung zu Bestellung {O(26)}",
  f"""Sehr geehrter Herr Berger,

es tut uns leid, dass der erste Wasserkocher aus Bestellung {O(26)} beschädigt ankam. Schön, dass das Ersatzgerät nun einwandfrei funktioniert.

Wären Sie so freundlich, Ihre 1-Sterne-Bewertung entsprechend anzupassen oder sie zu löschen? Darüber würden wir uns sehr freuen.

Mit freundlichen Grüßen
Sandra Pohl
Haushaltswaren Pohl""",
  ["BSM205"], "Asks to update or delete a one-star review.")

m(27, "review-request", "text",
  f"Zufrieden mit {O(27)}?",
  f"""Liebe Kundin, lieber Kunde,

wenn Sie mit dem Schlafsack aus Bestellung {O(27)} zufrieden sind, freuen wir uns über eine Bewertung auf Amazon.

Falls etwas nicht passt, schreiben Sie bitte keine Bewertung, sondern wenden Sie sich zuerst an uns. Wir kümmern uns darum.

Mit freundlichen Grüßen
Bergsport Alpenglück""",
  ["BSM206"], "Review only if satisfied; unhappy buyers steered to the seller instead.")

m(28, "review-request", "html",
  f"Ihre Meinung zu Bestellung {O(28)}",
  f"""<p>Sehr geehrte Frau Kuhn,</p>
<p>herzlichen Dank für Ihre Bestellung <strong>{O(28)}</strong> des Keramikgeschirrs.</p>
<p>Wir sind eine kleine Töpferei, und jede Bewertung zählt. Würden Sie uns auf Amazon fünf Sterne geben? Das würde uns sehr helfen.</p>
<p>Mit freundlichen Grüßen<br>Töpferei am Bach</p>""",
  ["BSM206"], "Asks for a five-star rating.")

m(29, "order-problem", "text",
  f"Bestellung {O(29)} nicht lieferbar",
  f"""Sehr geehrter Herr Franke,

leider ist der Mähroboter aus Ihrer Bestellung {O(29)} nicht mehr auf Lager, und unser Lieferant kann in dieser Saison nicht nachliefern. Den Bestellbetrag haben wir bereits mit dem Grund „nicht auf Lager“ angepasst.

Damit alles schnell abgeschlossen ist, wäre es am einfachsten, wenn Sie die Bestellung selbst unter „Meine Bestellungen“ stornieren.

Mit freundlichen Grüßen
Gartentechnik Franke""",
  ["BSM108"], "Confirms the adjustment but advises the buyer to cancel themselves.")

m(30, "order-problem", "text",
  f"Zu Ihrer Bestellung {O(30)}",
  f"""Sehr geehrte Frau Winkler,

die Holz-Spielküche aus Ihrer Bestellung {O(30)} ist unerwartet ausverkauft. Wir wären Ihnen dankbar, wenn Sie über Ihr Amazon-Konto eine Stornierungsanfrage stellen könnten, damit die Bestellung abgeschlossen werden kann.

Entschuldigen Sie die Unannehmlichkeiten.

Mit freundlichen Grüßen
Spielzeugladen Kunterbunt""",
  ["BSM107", "BSM108"], "Asks for a cancellation request due to no stock, no adjustment confirmed.")

m(31, "review-request", "text",
  f"Bewertung Bestellung {O(31)}",
  f"""Liebe Kundin, lieber Kunde,

wir hoffen, die Druckerpatronen aus Bestellung {O(31)} funktionieren einwandfrei. Möchten Sie eine Produktbewertung auf Amazon abgeben? Jede Erfahrung hilft anderen Käufern.

Sie möchten keine Nachrichten mehr von uns erhalten? Antworten Sie einfach mit „ABMELDEN“.

Mit freundlichen Grüßen
Druckerbedarf Schneider""",
  ["BSM305"], "Opt-out instruction (reply ABMELDEN).")

m(32, "reply", "text",
  f"AW: Paket verschwunden?! ({O(32)})",
  f"""Hallo Dennis,

ehrlich, das ist echt scheiße gelaufen. Der Idiot von Paketbote hat Dein Paket aus Bestellung {O(32)} einfach beim falschen Nachbarn abgeladen, verdammt nochmal.

Wir haben beim Versanddienstleister einen Nachforschungsauftrag gestellt und melden uns bis Freitag, 11.12., mit dem Ergebnis.

Gruß
Marco
Zockerhöhle Games""",
  ["BSM306"], "German profanity in a reply.")

m(33, "delivery-delay", "text",
  f"Vertraging bestelling {O(33)}",
  f"""Beste mevrouw Schneider,

Helaas wordt uw bestelling {O(33)} (keramische tafellamp) enkele dagen later verzonden dan gepland. De nieuwe verwachte verzenddatum is 15 december 2026.

Met vriendelijke groet,
Lampenhuis Hellwig""",
  ["BSM104"], "Message to a de-DE buyer written entirely in Dutch.")

m(34, "reply", "text",
  f"AW: Frage zur Montage – {O(34)}",
  f"""Sehr geehrter Herr Wagner,

die Scharniere für den Kleiderschrank aus Bestellung {O(34)} liegen in einem separaten Beutel mit der Aufschrift C.

Falls Sie nicht weiterkommen, rufen Sie einfach in unserer Werkstatt an: 0171 4829907 oder aus dem Ausland +49 (0)911 2384 516. Wir helfen Ihnen Schritt für Schritt.

Mit freundlichen Grüßen
Schreinerei Wagner""",
  ["BSM309"], "Seller's own phone numbers, mobile and international format.")

m(35, "reply", "text",
  f"AW: Bedienungsanleitung – {O(35)}",
  f"""Hallo Frau Günther,

natürlich schicken wir Ihnen die deutsche Anleitung für die Wetterstation aus Bestellung {O(35)}. Schreiben Sie uns einfach an service@wetterladen.de, dann kommt das PDF sofort zurück.

Viele Grüße
Wetterladen""",
  ["BSM308"], "Plain e-mail address.")

m(36, "reply", "text",
  f"AW: Garantieschein ({O(36)})",
  f"""Sehr geehrter Herr Peters,

für eine Kopie des Garantiescheins zur Bohrmaschine aus Bestellung {O(36)} schreiben Sie uns am besten direkt an: info (Klammeraffe) werkzeugprofi (Punkt) de.

Mit freundlichen Grüßen
Werkzeugprofi""",
  ["BSM308"], "Obfuscated e-mail address with 'Klammeraffe' and 'Punkt'.")

m(37, "reply", "html",
  f"AW: Lederpflege – {O(37)}",
  f"""<p>Sehr geehrte Frau Haas,</p>
<p>danke für Ihre Frage zur Ledertasche aus Bestellung {O(37)}. Wir empfehlen, das Leder zweimal im Jahr mit einem farblosen Lederbalsam zu pflegen.</p>
<p>Mehr Hintergrundwissen finden Sie in <a href="https://www.lederwerk-sattler.de/ratgeber/lederpflege">unserem Ratgeber zur Lederpflege</a>.</p>
<p>Mit freundlichen Grüßen<br>Lederwerk Sattler</p>""",
  ["BSM302"], "Descriptive https link to the seller's own guide, not needed for the order.")

m(38, "review-request", "html",
  f"Ihre Bewertung zu Bestellung {O(38)}",
  f"""<p>Liebe Kundin, lieber Kunde,</p>
<p>Sie haben kürzlich Bestellung {O(38)} erhalten, ein Set aus vier Weingläsern. Wir würden gern wissen, was Sie davon halten.</p>
<p><a href="http://www.amazon.de/review/create-review?asin=B0WG4DE038">Produktbewertung auf Amazon.de schreiben</a></p>
<p>Mit freundlichen Grüßen<br>Glashütte Lausitz</p>""",
  ["BSM301"], "Descriptive Amazon link over plain http.")

m(39, "reply", "html",
  f"AW: Farbe der Decke ({O(39)})",
  f"""<p>Hallo Frau Engel,</p>
<p>Sie fragten, ob die Decke aus Bestellung {O(39)} wirklich altrosa ist. Hier ein Foto, das wir heute bei Tageslicht gemacht haben:</p>
<p><img src="https://img.mailstudio-cdn.com/u/70355/produkte/wolldecke-altrosa-130x170.jpg" alt="Wolldecke altrosa, 130 x 170 cm" width="300"></p>
<p>Viele Grüße<br>Deckenmanufaktur Eifel</p>""",
  ["BSM310"], "Photo of the purchased product.")

m(40, "delivery-delay", "html",
  f"Ihre Bestellung {O(40)} kommt etwas später",
  f"""<p><img src="https://images.mailbuilder-stock.com/seasonal/tannenbaum-schnee.jpg" alt="Verschneiter Tannenbaum" width="400"></p>
<p>Sehr geehrter Herr Kraus,</p>
<p>wegen des Weihnachtsgeschäfts versenden wir Ihre Bestellung {O(40)} (Lichterkette für außen) am 16.12. statt am 12.12.2026.</p>
<p>Frohe Festtage<br>Leuchtenhaus Kraus</p>""",
  ["BSM311"], "Stock fir-tree image unrelated to the shop.")

m(41, "review-request", "html",
  f"Eine Bewertung zu Bestellung {O(41)}?",
  f"""<p><img src="https://img.mailstudio-cdn.com/u/66172/logo-seifensiederei-lavendelhof.png" alt="" width="150"></p>
<p>Liebe Kundin, lieber Kunde,</p>
<p>Sie haben bei uns handgesiedete Lavendelseife bestellt (Bestellung {O(41)}). Möchten Sie Ihre Erfahrung teilen? <a href="https://www.amazon.de/review/create-review?asin=B0LH4DE041">Bewertung auf Amazon.de schreiben</a></p>
<p>Herzliche Grüße<br>Seifensiederei Lavendelhof</p>""",
  ["BSM402"], "Shop logo with an empty alt attribute.")

m(42, "review-request", "text",
  f"Wie laufen die neuen Sneaker? {O(42)}",
  f"""Hey Felix! 👟

Deine Sneaker aus Bestellung {O(42)} sind jetzt schon eine Weile bei Dir. Magst Du eine Bewertung auf Amazon schreiben? Das hilft anderen Käufern total 🙏

Liebe Grüße
Team Laufwerk""",
  ["BSM403"], "Emoji in a review request.")

m(43, "reply", "text",
  f"AW: Größe der Jacke ({O(43)})",
  f"""Hallo Lea,

kein Problem, die Jacke aus Bestellung {O(43)} fällt tatsächlich etwas klein aus. Nimm beim Umtausch ruhig eine Nummer größer :-)

Liebe Grüße
Modestübchen ;)""",
  ["BSM403"], "Text emoticons :-) and ;).")

m(44, "delivery-delay", "html",
  f"Verzögerung bei Bestellung {O(44)}",
  f"""<style>
h1 {{ font-size: 25px; }}
h2 {{ font-size: 19px; }}
p {{ font-size: 14px; }}
.impressum {{ font-size: 10px; }}
</style>
<h1>Ihre Bestellung verzögert sich</h1>
<h2>Bestellung {O(44)}</h2>
<p>Sehr geehrte Frau Ludwig, die Wanderschuhe aus Ihrer Bestellung versenden wir am 14.12. statt am 10.12.2026. Bitte entschuldigen Sie die Verzögerung.</p>
<p class="impressum">Schuhhaus Ludwig e.K., Marktplatz 4, 87435 Kempten</p>""",
  ["BSM410"], "Four explicit font sizes in a style block.")

m(45, "delivery-delay", "text",
  f"Neuer Versandtermin {O(45)}",
  f"""Sehr geehrter Herr Sommer,


die Aquarienpumpe aus Bestellung {O(45)} trifft erst am 15.12. bei uns ein. Wir versenden sie noch am selben Tag.


Mit freundlichen Grüßen
Aquaristik Sommer""",
  ["BSM412"], "Two blank lines in a row in plain text.")

m(46, "additional-information", "html",
  f"Angaben für Bestellung {O(46)} benötigt",
  f"""<p>Sehr geehrte Frau Seidel,</p>
<p>für die Gravur des Füllers aus Bestellung {O(46)} benötigen wir noch den gewünschten Text (max. 20 Zeichen).</p>
<br><br><br>
<p></p>
<p>Mit freundlichen Grüßen<br>Schreibkultur Seidel</p>""",
  ["BSM412"], "A run of three <br> and an empty paragraph.")

m(47, "return-follow-up", "text",
  f"[Wichtig] Ihre Rücksendung zu Bestellung {O(47)}",
  f"""Sehr geehrter Herr Busch,

für die Rücksendung des Staubsaugers aus Bestellung {O(47)} benötigen wir noch eine kurze Angabe: Ist das Zubehör (Fugendüse und Polsterdüse) vollständig im Karton?

Mit freundlichen Grüßen
Haustechnik Busch""",
  ["BSM110"], "[Wichtig] on a return follow-up, which is not critical.")

m(48, "review-request", "html",
  f"Bewertung Bestellung {O(48)}",
  f"""<p>Liebe Kundin, lieber Kunde,</p>
<p>wie gefällt Ihnen die Fahrradklingel aus Bestellung {O(48)}? Möchten Sie eine Bewertung schreiben? <a href="https://www.amazon.de/review/create-review?asin=B0FK4DE048">Hier klicken</a>.</p>
<p>Oder kopieren Sie diesen Link: <a href="https://www.amazon.de/review/create-review?asin=B0FK4DE048">https://www.amazon.de/review/create-review?asin=B0FK4DE048</a></p>
<p>Mit freundlichen Grüßen<br>Radteile Direkt</p>""",
  ["BSM401"], "'Hier klicken' link text and a bare URL as link text.")

# ---------------------------------------------------------------- vary (2)

m(49, "additional-information", "html",
  f"Lieferadresse bestätigen – Bestellung {O(49)}",
  f"""<p>Sehr geehrte Frau Keller,</p>
<p>für die Zustellung Ihrer Bestellung {O(49)} fehlt uns die Hausnummer. Bitte tragen Sie sie hier ein:</p>
<form action="https://www.amazon.de/gp/help/contact" method="post">
<label for="hnr">Hausnummer</label> <input type="text" id="hnr" name="hausnummer">
<input type="submit" value="Absenden">
</form>
<p>Mit freundlichen Grüßen<br>Versandhandel Keller</p>""",
  ["BSM312"], "An HTML form (active content) inside the message.")

m(50, "delivery-delay", "text",
  f"Lieferverzögerung Bestellung {O(50)}",
  f"""Sehr geehrter Herr Brandt,

unfortunately your order {O(50)} (electric kettle, stainless steel) will ship a few days later than planned because our supplier delivered late. The new expected dispatch date is 15 December 2026. We apologise for the inconvenience.

Mit freundlichen Grüßen
Elektro Brandt""",
  ["BSM104"], "German greeting and sign-off around an English body paragraph.")
