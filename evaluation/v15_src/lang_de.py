"""v15 blind evaluation set: German (de-DE)."""
LANG, LOCALE, PFX = "de", "de-DE", "462"

def o(n):
    return "%s-%07d-%07d" % (PFX, (n * 8271349 + 3067281) % 10000000, (n * 2749183 + 6620517) % 10000000)

MESSAGES = []

def M(n, typ, fmt, subject, body, expected, note):
    MESSAGES.append({"id": "v15-%s-%03d" % (LANG, n), "language": LANG, "locale": LOCALE,
                     "type": typ, "format": fmt, "subject": subject, "body": body.strip(),
                     "order_id": o(n), "expected": sorted(expected), "note": note})

M(1, "delivery-delay", "text", f"Ihre Bestellung {o(1)} – neuer Versandtermin", f"""
Guten Tag Frau Schäfer,

leider verzögert sich der Versand Ihrer Bestellung {o(1)}. Die handgedrechselten Holzschalen brauchen wegen der feuchten Witterung etwas länger zum Trocknen, bevor wir sie ölen können.

Neuer voraussichtlicher Versandtermin: Mittwoch, 16.12.2026. Mit der Zustellung rechnen wir bis spätestens 19.12.2026.

Wir bitten um Ihr Verständnis.

Viele Grüße aus dem Schwarzwald
Matthias Kern
Drechslerei Kern
""", [], "Clean plain-text delay with German date format.")

M(2, "delivery-delay", "html", f"Lieferverzögerung zu Bestellung {o(2)}", f"""
<p>Sehr geehrter Herr Yıldız,</p>
<p>wir möchten Sie darüber informieren, dass sich der Versand Ihrer Bestellung <b>{o(2)}</b> verzögert. Unser Zulieferer hat die Ersatzakkus für den Rasentrimmer erst später geliefert als zugesagt.</p>
<table>
<tr><td>Ursprünglicher Versand:</td><td>08.12.2026</td></tr>
<tr><td>Neuer Versand:</td><td>14.12.2026</td></tr>
</table>
<p>Für die Unannehmlichkeiten bitten wir um Entschuldigung.</p>
<p>Mit freundlichen Grüßen<br>Ihr Kundenservice-Team<br>GartenProfi24</p>
""", [], "Clean HTML delay notice with a table.")

M(3, "order-problem", "text", f"[Wichtig] Artikel nicht lieferbar – Bestellung {o(3)}", f"""
Sehr geehrte Frau Lorenz,

leider können wir den Wasserkocher aus Ihrer Bestellung {o(3)} nicht versenden. Das letzte Gerät auf Lager ist bei der Qualitätsprüfung durchgefallen, und der Hersteller liefert das Modell nicht mehr.

Den Bestellbetrag haben wir deshalb angepasst: Die vollen 39,90 € wurden über Amazon erstattet (Grund: NoInventory). Die Gutschrift sollte in wenigen Werktagen auf Ihrem Konto sein.

Es tut uns leid.

Mit freundlichen Grüßen
Küchenwelt Hartmann
""", [], "Clean order problem with adjustment confirmed and [Wichtig] allowed.")

M(4, "additional-information", "text", f"Rückfrage zu Ihrer Bestellung {o(4)}", f"""
Hallo Herr Brandt,

danke für Ihre Bestellung {o(4)}. Für das Türschild mit Gravur fehlt uns leider noch der Wunschtext. Schreiben Sie uns bitte über die Amazon-Nachrichten, welcher Name (max. 25 Zeichen) eingraviert werden soll?

Sobald wir ihn haben, legen wir los.

Beste Grüße
Anja von Schilderwerk Kassel
""", [], "Clean request for information needed to complete the order.")

M(5, "return-follow-up", "text", f"Ihre Rücksendung zu {o(5)} – Angebot Teilerstattung", f"""
Sehr geehrter Herr Nowak,

Sie haben uns mitgeteilt, dass der Bezug des Sitzkissens aus Bestellung {o(5)} eine kleine Naht-Unregelmäßigkeit hat.

Statt der kompletten Rücksendung bieten wir Ihnen gern eine Teilerstattung von 6,00 € an; das Kissen können Sie dann behalten. Wenn Sie lieber zurücksenden möchten, ist das selbstverständlich auch möglich. Geben Sie uns einfach kurz Bescheid.

Freundliche Grüße
Claudia Wendt
Polsterei Wendt
""", [], "Clean return follow-up with a partial refund offer.")

M(6, "return-follow-up", "html", f"Rücksendung Bestellung {o(6)}", f"""
<p>Hallo Frau Kaya,</p>
<p>wir haben Ihre Rücksendeanfrage für die Funk-Wetterstation (Bestellung {o(6)}) erhalten. Damit wir die Rücksendung abschließen können, benötigen wir noch folgende Angaben:</p>
<ul>
<li>Ist das Gerät defekt, oder gefällt es Ihnen nicht?</li>
<li>Ist der Außensensor mit in der Verpackung?</li>
</ul>
<p>Danach schicken wir Ihnen das passende Rücksendeetikett.</p>
<p>Viele Grüße<br>Ihr Team von Wetterhaus Nord</p>
""", [], "Clean HTML return follow-up asking for information.")

M(7, "invoice", "text", f"Rechnung zu Ihrer Bestellung {o(7)}", f"""
Sehr geehrte Damen und Herren,

anbei erhalten Sie die Rechnung Nr. RE/2026/12/0087 zu Ihrer Bestellung {o(7)} als PDF.

Nettobetrag: 420,17 €
zzgl. 19 % USt.: 79,83 €
Gesamtbetrag: 500,00 €

Mit freundlichen Grüßen
Buchhaltung

Bürotechnik Krämer GmbH
Hansaring 12, 50670 Köln
Geschäftsführer: Stefan Krämer
Amtsgericht Köln HRB 98765
USt-IdNr.: DE 287 654 321 · Steuernummer 215/5712/3456
""", [], "Clean invoice with USt-IdNr, HRB and Steuernummer and a slash invoice number.")

M(8, "review-request", "text", f"Wie gefällt Ihnen Ihr Einkauf? ({o(8)})", f"""
Hallo,

Sie haben vor Kurzem bei uns die Fahrradlampe (Bestellung {o(8)}) erhalten. Wenn Sie einen Moment Zeit haben, würden wir uns über eine Rezension auf Amazon freuen – ganz egal, wie Ihr Eindruck ausfällt. Ehrliche Bewertungen helfen anderen Radfahrern bei der Auswahl.

Viele Grüße
Jonas
Radwerkstatt Speiche & Co.
""", [], "Clean neutral plain-text review request.")

M(9, "review-request", "html", f"Ihre Meinung ist gefragt – {o(9)}", f"""
<p><img src="https://media.kaffeeroesterei-ammersee.de/logo-kaffeeroesterei-ammersee.png" alt="Logo Kaffeerösterei Ammersee" width="170"></p>
<p>Liebe Kundin, lieber Kunde,</p>
<p>mit Bestellung {o(9)} haben Sie unseren Espresso „Seeblick“ erhalten. Wie schmeckt er Ihnen? Wir freuen uns über eine ehrliche Rezension.</p>
<p><a href="https://www.amazon.de/review/create-review?asin=B0KAFFEE42">Rezension auf Amazon.de schreiben</a></p>
<p>Herzliche Grüße<br>Ihre Kaffeerösterei Ammersee</p>
""", [], "Clean HTML review request with logo, alt and descriptive Amazon link.")

M(10, "delivery-scheduling", "text", f"Terminvereinbarung Lieferung – Bestellung {o(10)}", f"""
Sehr geehrte Familie Weber,

Ihr Kleiderschrank (Bestellung {o(10)}) wird per Spedition mit zwei Mann geliefert. Bitte wählen Sie einen der folgenden Termine:

Di., 15.12.2026, 07:00–12:00 Uhr
Do., 17.12.2026, 12:00–17:00 Uhr
Sa., 19.12.2026, 08:00–13:00 Uhr

Teilen Sie uns Ihren Wunschtermin bitte über die Amazon-Nachrichten mit. Gibt es keinen Aufzug, vermerken Sie bitte das Stockwerk.

Mit freundlichen Grüßen
Disposition Möbel Seidel
""", [], "Clean delivery scheduling with German time slots.")

M(11, "home-service-appointment", "html", f"Montagetermin für Ihre Bestellung {o(11)}", f"""
<p>Guten Tag Herr Albrecht,</p>
<p>Sie haben mit Bestellung {o(11)} die Montage Ihrer Dunstabzugshaube gebucht. Unser Monteur kann zu folgenden Zeiten kommen:</p>
<ul>
<li>Montag, 14.12.2026, 08:00–10:00 Uhr</li>
<li>Mittwoch, 16.12.2026, 13:00–15:00 Uhr</li>
</ul>
<p>Bitte bestätigen Sie uns einen Termin. Der Anschluss sollte frei zugänglich sein.</p>
<p>Freundliche Grüße<br>Montageservice Berger</p>
""", [], "Clean home-service appointment with two slots.")

M(12, "custom-design-verification", "text", f"Korrekturabzug Ihres Fotobuchs – {o(12)}", f"""
Hallo Frau Engel,

im Anhang finden Sie den Korrekturabzug für Ihr Fotobuch (Bestellung {o(12)}): Titel „Unser Sommer an der Ostsee 2026“, 40 Seiten, Hardcover matt.

Bitte prüfen Sie Texte und Reihenfolge der Bilder. Passt alles, geben Sie uns einfach Ihr Okay, dann geht es in den Druck. Änderungswünsche setzen wir gern um.

Viele Grüße
Tim Roth
Buchbinderei Roth
""", [], "Clean custom design verification with proof attachment.")

M(13, "fulfillment-question", "text", f"Zugangscode für Zustellung {o(13)}", f"""
Guten Tag Herr Krüger,

Ihre Bestellung {o(13)} wird von unserer Spedition zugestellt. Laut Lieferadresse befindet sich die Wohnung in einer Anlage mit Schließsystem. Können Sie uns den Türcode oder die Klingelbezeichnung nennen?

Zur Zuordnung: Sendungsreferenz SP-2026-554/18, Lieferschein 77120.

Mit freundlichen Grüßen
Versand Gewächshaus-Direkt
""", [], "Clean door-code question with reference numbers.")

M(14, "reply", "text", f"AW: Frage zu „Stainless Steel Water Bottle 750ml“ ({o(14)})", f"""
Hallo Frau Becker,

danke für Ihre Nachricht. Die „Stainless Steel Water Bottle 750ml“ aus Ihrer Bestellung {o(14)} hält Getränke etwa 12 Stunden heiß und 24 Stunden kalt. Für kohlensäurehaltige Getränke ist sie geeignet, in die Spülmaschine sollte sie aber nicht.

Viele Grüße
Lena
Trinkflaschen-Laden Münster
""", [], "Clean reply quoting an English product title inside German sentences.")

M(15, "reply", "text", f"AW: Akku lädt nicht mehr – {o(15)}", f"""
Sehr geehrter Herr Schulze,

das tut uns leid. Da der Akkuschrauber aus Bestellung {o(15)} unter die Herstellergarantie fällt, wenden Sie sich am schnellsten direkt an den Hersteller.

Garantie-Hotline des Herstellers (Voltar Werkzeuge GmbH): 0800 123 4567 (kostenfrei, Mo.–Fr. 8–18 Uhr)

Halten Sie bitte Ihre Bestellnummer bereit. Falls es dort nicht weitergeht, melden Sie sich gern wieder bei uns.

Mit freundlichen Grüßen
Werkzeughandel Ostermann
""", [], "Clean reply with the manufacturer's warranty hotline marked as such.")

M(16, "reply", "html", f"AW: Firmenangaben für Ihre Unterlagen ({o(16)})", f"""
<p>Sehr geehrte Frau Dr. Möller,</p>
<p>gern senden wir Ihnen unsere vollständigen Firmenangaben zu Bestellung {o(16)}.</p>
<p>Mit freundlichen Grüßen<br>Katrin Vogt<br>Vertriebsinnendienst</p>
<p><small>Vogt &amp; Sohn Verpackungen GmbH · Industriestraße 5 · 86159 Augsburg<br>Amtsgericht Augsburg HRB 34567 · USt-IdNr. DE 312 456 789 · Geschäftsführer: Peter Vogt</small></p>
""", [], "Clean reply with company-details footer (Impressum style).")

M(17, "reply", "text", f"AW: Wo bleibt meine Erstattung? {o(17)}", f"""
Hallo Herr Frank,

Ihre Rücksendung zu Bestellung {o(17)} ist am 03.12.2026 um 10:15 Uhr bei uns eingegangen (DHL-Sendungsnummer 00340434161234567890, Retourennummer R-2026-4471).

Die Erstattung über 59,95 € haben wir am 04.12.2026 veranlasst. Je nach Bank dauert es 3–5 Werktage, bis der Betrag sichtbar ist.

Viele Grüße
Sneakerstube Leipzig
""", [], "Clean reply with tracking/return numbers, dates, times and amounts.")

M(18, "fulfillment-question", "text", f"Ihr Paket ist unterwegs – {o(18)}", f"""
Hallo Frau Graf,

gute Nachrichten: Ihre Bestellung {o(18)} hat heute unser Lager in Bielefeld verlassen und wurde an Hermes übergeben. Die Zustellung erfolgt voraussichtlich morgen.

Freundliche Grüße
Lampenwelt OWL
""", ["BSM201"], "Shipping confirmation: left the warehouse, handed to carrier.")

M(19, "fulfillment-question", "html", f"Bestellung {o(19)} eingegangen", f"""
<p>Hallo Marie,</p>
<p>schön, dass du bei uns bestellt hast! Deine Bestellung {o(19)} ist bei uns eingegangen und wird gerade liebevoll verpackt.</p>
<p>Liebe Grüße<br>Seifenmanufaktur Lavendelhof</p>
""", ["BSM201"], "Order received and being packed.")

M(20, "fulfillment-question", "text", f"Vielen Dank! ({o(20)})", f"""
Sehr geehrter Herr Wolf,

herzlichen Dank für Ihre Bestellung {o(20)} und Ihr Vertrauen in unseren kleinen Familienbetrieb.

Mit freundlichen Grüßen
Familie Huber
Teppichhaus Huber
""", ["BSM202"], "Thanks-only message.")

M(21, "fulfillment-question", "text", f"Ihre Bestellung {o(21)}", f"""
Guten Tag,

sollte mit Ihrer Bestellung {o(21)} etwas nicht stimmen, sind wir jederzeit für Sie da. Schreiben Sie uns einfach über Amazon.

Ihr Kundenservice
Tierbedarf Hansen
""", ["BSM202"], "Only says the seller is there if something comes up.")

M(22, "delivery-delay", "text", f"Kurze Verzögerung – {o(22)}", f"""
Sehr geehrte Frau Zimmermann,

Ihr Puzzle (Bestellung {o(22)}) wird erst am 11.12.2026 statt am 09.12.2026 verschickt. Wir bitten um Entschuldigung.

Mit freundlichen Grüßen
Puzzlewelt Franken

PS: Nur diese Woche: 20 % Rabatt auf unser gesamtes Sortiment mit dem Code WINTER20!
""", ["BSM203"], "Delay message with a promotional P.S.")

M(23, "review-request", "html", f"Wie gefällt dir deine Yogamatte? ({o(23)})", f"""
<p>Hallo Sophie,</p>
<p>du hast mit Bestellung {o(23)} unsere Korkmatte bekommen. Wir würden uns über deine Rezension auf Amazon freuen.</p>
<p>Folge uns auch auf Instagram und abonniere unseren Newsletter – so erfährst du als Erste von unserer neuen Frühjahrskollektion!</p>
<p>Namasté<br>Team Korkraum</p>
""", ["BSM203"], "Follow us / newsletter / new collection invitation.")

M(24, "review-request", "text", f"Ihre Meinung zu {o(24)}", f"""
Sehr geehrter Herr Schmitt,

wir hoffen, der Schlauchwagen aus Bestellung {o(24)} leistet Ihnen gute Dienste. Sobald Ihre Bewertung auf Amazon veröffentlicht ist, schicken wir Ihnen als kleines Dankeschön eine Aufmerksamkeit zu.

Mit freundlichen Grüßen
Gartenkontor Nord
""", ["BSM204"], "Small token promised once the review is published.")

M(25, "review-request", "text", f"Rezension & Erstattung – {o(25)}", f"""
Hey Lukas,

danke für den Kauf unserer Handyhülle (Bestellung {o(25)})! Schreib eine Rezension und schick uns den Link, sobald sie online ist – dann erstatten wir dir den kompletten Kaufpreis.

Grüße
HüllenHeld
""", ["BSM204"], "Full refund offered once the review is online.")

M(26, "reply", "text", f"AW: Ihre Bewertung zu Bestellung {o(26)}", f"""
Sehr geehrte Frau Hoffmann,

wir freuen uns, dass das Ersatzteil für Bestellung {o(26)} inzwischen angekommen ist und alles funktioniert. Wären Sie so freundlich, Ihre Ein-Sterne-Bewertung zu ändern oder zu löschen?

Mit freundlichen Grüßen
Elektro Baumann
""", ["BSM205"], "Asks to change or delete a one-star review.")

M(27, "review-request", "text", f"Zufrieden mit {o(27)}?", f"""
Guten Tag,

wenn Sie mit dem Regalsystem aus Bestellung {o(27)} zufrieden sind, hinterlassen Sie bitte eine Rezension auf Amazon. Falls nicht, schreiben Sie bitte keine Bewertung, sondern melden Sie sich zuerst bei uns – wir finden eine Lösung.

Mit freundlichen Grüßen
Ordnungsliebe GmbH
""", ["BSM206"], "Review only if satisfied; unhappy buyers steered to the seller.")

M(28, "review-request", "html", f"Eine kleine Bitte ({o(28)})", f"""
<p>Lieber Herr Kraus,</p>
<p>vielen Dank, dass Sie sich für unseren handgenähten Ledergürtel (Bestellung {o(28)}) entschieden haben. Als kleine Werkstatt leben wir von Bewertungen – über fünf Sterne auf Amazon würden wir uns riesig freuen.</p>
<p>Herzliche Grüße<br>Lederwerkstatt Brenner</p>
""", ["BSM206"], "Asks for a five-star rating.")

M(29, "order-problem", "text", f"Problem mit Ihrer Bestellung {o(29)}", f"""
Sehr geehrter Herr Lehmann,

leider ist der Barhocker in Cognac aus Bestellung {o(29)} ausverkauft und wird nicht mehr nachproduziert. Den Bestellbetrag haben wir bereits angepasst und 119,00 € erstattet.

Am einfachsten ist es, wenn Sie die Bestellung selbst in Ihrem Amazon-Konto stornieren.

Mit freundlichen Grüßen
Loftmöbel Hamburg
""", ["BSM108"], "Adjustment confirmed but advises self-cancellation.")

M(30, "order-problem", "text", f"Lagerproblem – Bestellung {o(30)}", f"""
Sehr geehrte Frau Schröder,

durch einen Fehler in unserer Lagerhaltung ist das Babyphone aus Ihrer Bestellung {o(30)} leider nicht mehr vorrätig. Wir wären Ihnen sehr dankbar, wenn Sie über Amazon eine Stornierungsanfrage stellen könnten.

Entschuldigen Sie die Umstände.
Kinderzimmer & mehr
""", ["BSM107", "BSM108"], "Asks for a cancellation request, no adjustment confirmed.")

M(31, "delivery-delay", "text", f"Verzögerung Bestellung {o(31)}", f"""
Guten Tag,

wegen des hohen Aufkommens vor Weihnachten verschicken wir Ihre Bestellung {o(31)} erst am 14.12.2026 statt am 10.12.2026. Bitte entschuldigen Sie.

Ihr Team von Spielwaren Kreisel

Sie möchten keine Nachrichten mehr von uns erhalten? Antworten Sie einfach mit STOPP.
""", ["BSM305"], "Opt-out instruction: reply STOPP.")

M(32, "reply", "text", f"AW: Beschwerde {o(32)}", f"""
Herr Keller,

Ihre Beschwerde zu Bestellung {o(32)} haben wir gelesen. Dass der Scheißpaketdienst das Paket in den Regen gestellt hat, ist nicht unser Problem. Wir schicken Ihnen einen neuen Bezug, mehr können wir nicht tun.

Outdoor-Ausrüstung Alpin
""", ["BSM306"], "German profanity in a reply.")

M(33, "delivery-delay", "text", f"Delay with order {o(33)}", f"""
Dear customer,

Your order {o(33)} will ship later than expected. Our supplier is behind with the ceramic mugs, so we now expect to dispatch them on 15 December.

Sorry for the inconvenience.

Best regards,
Töpferei am Deich
""", ["BSM104"], "German buyer receives a message entirely in English.")

M(34, "reply", "text", f"AW: Aufbau Bett – {o(34)}", f"""
Hallo Herr Fischer,

schade, dass der Aufbau des Bettgestells aus Bestellung {o(34)} hakt. Rufen Sie uns gern an, dann gehen wir es Schritt für Schritt durch: 0171 2345678 (werktags bis 18 Uhr).

Viele Grüße
Bettenmanufaktur Ulm
""", ["BSM309"], "Seller's German mobile number.")

M(35, "additional-information", "text", f"Hausnummer fehlt – {o(35)}", f"""
Sehr geehrte Frau Meier,

in der Lieferadresse zu Bestellung {o(35)} fehlt offenbar die Hausnummer. Können Sie diese ergänzen? Sie erreichen uns auch unter +49 (0)30 4587 2211.

Mit freundlichen Grüßen
Druckerei Papierflieger
""", ["BSM309"], "Seller phone number in international format.")

M(36, "reply", "text", f"AW: Bedienungsanleitung ({o(36)})", f"""
Hallo Paul,

die deutsche Anleitung zum Nistkasten-Bausatz aus Bestellung {o(36)} schicken wir dir gern. Schreib einfach kurz an info@nistkasten-werkstatt.de.

Viele Grüße
Nistkasten-Werkstatt
""", ["BSM308"], "Plain e-mail address.")

M(37, "reply", "text", f"AW: Garantiefrage {o(37)}", f"""
Sehr geehrte Frau Jung,

bei Fragen zur Garantie Ihrer Kopfhörer aus Bestellung {o(37)} können Sie uns auch direkt schreiben: service [at] klangoase [punkt] de.

Mit freundlichen Grüßen
KlangOase
""", ["BSM308"], "Obfuscated e-mail address with [at]/[punkt].")

M(38, "reply", "html", f"AW: Pflege Ihres Schneidebretts ({o(38)})", f"""
<p>Hallo Frau Schuster,</p>
<p>für das Schneidebrett aus Bestellung {o(38)} haben wir eine ausführliche Anleitung auf unserer Website: <a href="https://www.brettmacher.de/pflege-schneidebrett">Pflegetipps für Holzschneidebretter</a>.</p>
<p>Viele Grüße<br>Der Brettmacher</p>
""", ["BSM302"], "https link to the seller's own site.")

M(39, "review-request", "html", f"Ihre Rezension zu Bestellung {o(39)}", f"""
<p>Guten Tag,</p>
<p>wie gefällt Ihnen das Vogelhaus aus Bestellung {o(39)}? Eine Rezension können Sie über <a href="http://www.amazon.de/gp/css/order-history">Ihre Bestellübersicht bei Amazon.de</a> schreiben.</p>
<p>Freundliche Grüße<br>Vogelfreund Versand</p>
""", ["BSM301"], "http link to Amazon.")

M(40, "reply", "html", f"AW: Welche Farbe genau? ({o(40)})", f"""
<p>Hallo Frau Peters,</p>
<p>hier ein Foto der Wolldecke aus Ihrer Bestellung {o(40)} bei Tageslicht, damit Sie den Farbton vergleichen können:</p>
<p><img src="https://cdn.wollstube.de/produkte/wolldecke-moosgruen-130x170.jpg" alt="Wolldecke moosgrün 130 x 170 cm" width="300"></p>
<p>Viele Grüße<br>Die Wollstube</p>
""", ["BSM310"], "Image of the purchased product.")

M(41, "delivery-delay", "html", f"Spätere Lieferung: {o(41)}", f"""
<p>Guten Tag,</p>
<p>Ihre Lichterkette (Bestellung {o(41)}) wird wegen eines Lieferengpasses erst am 14.12.2026 verschickt.</p>
<p><img src="https://cdn.lichterzauber.de/stock/weihnachtsbaum-schnee.jpg" alt="Verschneiter Weihnachtsbaum" width="300"></p>
<p>Frohe Feiertage<br>Lichterzauber</p>
""", ["BSM311"], "Stock image unrelated to the shop.")

M(42, "review-request", "html", f"Wie war Ihr Einkauf? {o(42)}", f"""
<p><img src="https://static.kerzenzieherei-lindau.de/kerzenzieherei-lindau-logo.png" width="150"></p>
<p>Guten Tag,</p>
<p>Sie haben kürzlich unsere Bienenwachskerzen (Bestellung {o(42)}) erhalten. Über eine ehrliche Rezension auf Amazon freuen wir uns sehr.</p>
<p>Mit freundlichen Grüßen<br>Kerzenzieherei Lindau</p>
""", ["BSM402"], "Shop logo without alt attribute.")

M(43, "delivery-delay", "text", f"Noch etwas Geduld – {o(43)}", f"""
Hallo Frau Wagner,

Ihr gehäkelter Teddy (Bestellung {o(43)}) braucht noch ein paar Tage 🧸 Wir verschicken ihn am 10.12.2026.

Liebe Grüße
Häkelstübchen
""", ["BSM403"], "Emoji in a delay message.")

M(44, "reply", "text", f"AW: Größe – {o(44)}", f"""
Hi Felix,

der Hoodie aus Bestellung {o(44)} fällt normal aus, nimm ruhig deine übliche Größe M :-)

Grüße
Streetwear Kiez
""", ["BSM403"], "Emoticon :-) in a reply.")

M(45, "delivery-delay", "html", f"Verzögerung {o(45)}", f"""
<style>
.titel {{ font-size: 22px; }}
.text {{ font-size: 15px; }}
.hinweis {{ font-size: 12px; }}
.fuss {{ font-size: 9px; }}
</style>
<p class="titel">Ihre Bestellung verzögert sich</p>
<p class="text">Bestellung {o(45)} (Gartenlounge „Capri“) wird am 18.12.2026 statt am 11.12.2026 versendet.</p>
<p class="hinweis">Wir bitten um Entschuldigung.</p>
<p class="fuss">Gartenmöbel Sauerland</p>
""", ["BSM410"], "Style block with four explicit font sizes.")

M(46, "additional-information", "html", f"Gravurtext zu Bestellung {o(46)}", f"""
<p>Sehr geehrter Herr Berg,</p>
<p>für die Gravur des Flachmanns aus Bestellung {o(46)} benötigen wir noch Ihren Wunschtext (max. 20 Zeichen).</p>
<p></p>
<p></p>
<p>Mit freundlichen Grüßen<br>Gravurwerk Sieg</p>
""", ["BSM412"], "Empty paragraphs between paragraphs.")

M(47, "return-follow-up", "text", f"[Wichtig] Rücksendung {o(47)}", f"""
Guten Tag,

für Ihre Rücksendung zu Bestellung {o(47)} benötigen wir noch die Seriennummer des Geräts (Typenschild auf der Rückseite). Bitte teilen Sie sie uns mit.

Mit freundlichen Grüßen
Technikecke Dresden
""", ["BSM110"], "[Wichtig] tag on a return follow-up.")

M(48, "review-request", "html", f"Rezension zu {o(48)}", f"""
<p>Guten Tag,</p>
<p>wir würden uns freuen, wenn Sie Ihre Erfahrung mit der Teekanne aus Bestellung {o(48)} teilen. Zur Rezension geht es <a href="https://www.amazon.de/review/create-review?asin=B0KANNE991">hier</a>.</p>
<p>Viele Grüße<br>Keramikatelier Busch</p>
""", ["BSM401"], "Non-descriptive link text 'hier'.")

M(49, "delivery-delay", "html", f"Neuer Versandtermin {o(49)}", f"""
<div style="padding: 0 140px;">
<p>Sehr geehrte Frau Koch,</p>
<p>Ihr handgewebter Teppich (Bestellung {o(49)}) wird am 19.12.2026 statt am 12.12.2026 versendet, da die Weberin mehr Zeit für die Kante braucht.</p>
<p>Mit freundlichen Grüßen<br>Webstube Allgäu</p>
</div>
""", ["BSM405"], "140 px padding on each side exceeds the margin limit.")

M(50, "delivery-scheduling", "html", f"Liefertermin wählen – {o(50)}", f"""
<p>Guten Tag Herr Richter,</p>
<p>für die Lieferung Ihres Sofas (Bestellung {o(50)}) wählen Sie bitte direkt hier Ihren Wunschtermin:</p>
<form>
<p><input type="radio" name="termin" value="1"> Mo., 14.12.2026, 08:00–12:00 Uhr</p>
<p><input type="radio" name="termin" value="2"> Mi., 16.12.2026, 12:00–16:00 Uhr</p>
<p><button type="submit">Termin bestätigen</button></p>
</form>
<p>Mit freundlichen Grüßen<br>Sofawelt Rhein-Main</p>
""", ["BSM312"], "Embedded form for choosing a delivery slot.")
