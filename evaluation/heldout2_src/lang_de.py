from common import M, animated_gif_uri
L = "de"
# ---- clean (12)
M(L, "delivery-delay", "text", "Lieferverzögerung zu Ihrer Bestellung {o}", """Sehr geehrte Frau Neumann,

leider können wir Ihre Bestellung {o} (Gartenliege „Sylt“, anthrazit) nicht wie angegeben versenden. Unser Lieferant hat die Ware erst für Ende nächster Woche angekündigt.

Voraussichtlich geht die Liege am Dienstag, den 21.05., bei uns raus. Sollten Sie nicht so lange warten wollen, können Sie die Bestellung jederzeit über Ihr Amazon-Konto stornieren.

Wir bitten um Entschuldigung.

Mit freundlichen Grüßen
Markus Brandt
Terrassenwelt GmbH""", [], "clean: delay with new date, neutral cancellation mention")
M(L, "order-problem", "html", "[Wichtig] Problem mit Ihrer Bestellung {o}", """<p>Sehr geehrter Herr Yıldız,</p>
<p>es tut uns sehr leid: Der Akku-Rasenmäher aus Ihrer Bestellung {o} ist beim Hersteller nicht mehr lieferbar, und unser Lagerbestand war leider falsch gebucht.</p>
<p>Wir haben den Bestellbetrag von 329,00 € deshalb vollständig erstattet (Grund: kein Lagerbestand). Die Gutschrift erscheint je nach Zahlungsart in wenigen Tagen.</p>
<p>Mit freundlichen Grüßen<br>Gartentechnik Hoffmann</p>""", [], "clean: order problem with adjustment; [Wichtig] on critical type")
M(L, "invoice", "text", "Rechnung zu Bestellung {o}", """Guten Tag Herr Dr. Lorenz,

anbei erhalten Sie die Rechnung zu Ihrer Bestellung {o} als PDF.

Rechnungsnummer: RE-2024/05/1193
USt-IdNr.: DE 287 451 936
Handelsregister: Amtsgericht München, HRB 214 873

Die Mehrwertsteuer (19 %) ist auf der Rechnung gesondert ausgewiesen.

Freundliche Grüße
Buchhaltung Bürobedarf Isar GmbH""", [], "clean: invoice with USt-IdNr and HRB numbers")
M(L, "review-request", "html", "Ihre Meinung zu Bestellung {o}", """<p><img src="https://media.kaffeeroesterei-elbe.de/mail/logo.png" alt="Kaffeerösterei Elbe" width="150"></p>
<p>Hallo Frau Schubert,</p>
<p>vor einiger Zeit haben Sie bei uns die Espressobohnen „Hafenblick“ bestellt (Bestellung {o}). Wie schmecken sie Ihnen? Wir würden uns über eine ehrliche Bewertung auf Amazon freuen – ganz gleich, wie sie ausfällt.</p>
<p><a href="https://www.amazon.de/review/create-review?asin=B0CMX8T2QJ">Produkt auf Amazon.de bewerten</a></p>
<p>Viele Grüße<br>Ihre Kaffeerösterei Elbe</p>""", [], "clean: neutral HTML review request with logo+alt and descriptive Amazon link")
M(L, "delivery-scheduling", "text", "Liefertermin für Ihr Boxspringbett – {o}", """Sehr geehrte Familie Krüger,

Ihr Boxspringbett aus Bestellung {o} wird per Spedition geliefert und von zwei Mitarbeitern ins Schlafzimmer getragen. Dafür brauchen wir einen Termin.

Mögliche Termine:
– Mittwoch, 12.06., 8–12 Uhr
– Donnerstag, 13.06., 12–16 Uhr

Bitte teilen Sie uns kurz mit, welcher Termin passt und in welchem Stockwerk Sie wohnen.

Mit freundlichen Grüßen
Schlafstudio Rhein-Main""", [], "clean: delivery scheduling")
M(L, "home-service-appointment", "text", "Montagetermin Küchenarmatur – Bestellung {o}", """Grüß Gott Herr Gruber,

zu Ihrer Bestellung {o} haben Sie die Montage der Küchenarmatur dazugebucht. Unser Installateur kann am Freitag, 7. Juni, zwischen 9:00 und 11:00 Uhr vorbeikommen.

Falls dieser Termin nicht passt, schlagen Sie uns gern einen anderen Vormittag vor.

Freundliche Grüße
Sanitär Service Linz""", [], "clean: home service appointment", "de-AT")
M(L, "custom-design-verification", "html", "Korrekturabzug für Ihr Fotobuch – {o}", """<p>Liebe Frau Wagner,</p>
<p>im Anhang finden Sie den Korrekturabzug für Ihr Fotobuch „Italien 2023“ aus Bestellung {o}. Bitte prüfen Sie besonders die Bildunterschriften auf den Seiten 4 und 17.</p>
<p>Sobald Sie uns Ihr OK geben, geht das Buch in den Druck. Änderungswünsche können Sie einfach als Antwort schicken.</p>
<p>Herzliche Grüße<br>Fotomanufaktur Weber</p>""", [], "clean: design proof")
M(L, "additional-information", "text", "Rückfrage zu Ihrer Bestellung {o}", """Hallo Herr Schäfer,

für den Zuschnitt der Arbeitsplatte aus Bestellung {o} fehlt uns noch eine Angabe: Soll die Aussparung für das Kochfeld links oder rechts sitzen? Sie hatten 58 × 49 cm angegeben, aber keine Position.

Danke für eine kurze Rückmeldung – danach geht die Platte in die Fertigung.

Viele Grüße
Holzwerk Bergmann""", [], "clean: request for info; thanks plus content")
M(L, "return-follow-up", "text", "Ihre Rücksendung zu Bestellung {o}", """Sehr geehrte Frau Koch,

Ihre Rücksendung der Winterstiefel aus Bestellung {o} ist bei uns eingetroffen. Leider fehlt der Original-Karton, und ein Stiefel weist Kratzer am Absatz auf.

Wir bieten Ihnen daher eine Teilerstattung von 60,00 € (von 94,90 €) an. Sind Sie damit einverstanden? Dann veranlassen wir die Erstattung sofort über Amazon.

Mit freundlichen Grüßen
Schuhhaus Lindner""", [], "clean: partial refund offer")
M(L, "fulfillment-question", "html", "Zustellung Ihrer Bestellung {o}", """<p>Guten Tag Frau Özdemir,</p>
<p>für die Zustellung Ihrer Bestellung {o} benötigt der Paketdienst eine Angabe: An Ihrer Adresse gibt es laut Fahrer zwei Hauseingänge (Hausnummer 14 und 14a). Welchen sollen wir angeben?</p>
<p>Unsere interne Vorgangsnummer lautet VG-2024-33817.</p>
<p>Viele Grüße<br>Tierbedarf Sonnenschein</p>""", [], "clean: fulfillment question with internal reference number")
M(L, "reply", "text", "AW: Frage zur Garantie – Bestellung {o}", """Hallo Herr Becker,

danke für Ihre Nachricht. Auf den Stabmixer aus Bestellung {o} gewährt der Hersteller zwei Jahre Garantie. Am schnellsten geht die Abwicklung über die Service-Hotline des Herstellers Braun: 0800 183 70 10 (Herstellergarantie, kostenfrei).

Halten Sie bitte die Rechnung bereit; die finden Sie in Ihrem Amazon-Konto unter „Meine Bestellungen“.

Beste Grüße
Küchenwelt Fischer""", [], "clean: reply with manufacturer warranty hotline marked")
M(L, "reply", "text", "AW: Passt das Ersatzteil? {o}", """Guten Tag Frau Hartmann,

ja, der Filter aus Ihrer Bestellung {o} passt auf alle Modelle der Serie „AirPure 300“. Die Modellnummer finden Sie auf dem Typenschild an der Rückseite, z. B. AP-300/2021.

Unsere Firmendaten:
Luftwerk GmbH, Hafenstraße 8, 28217 Bremen
Geschäftsführer: Jan Meier · HRB 31877 HB · USt-IdNr. DE 311 829 604

Viele Grüße
Ihr Luftwerk-Team""", [], "clean: reply with company footer, no phone/e-mail")
# ---- violations: words (16)
M(L, "additional-information", "text", "Ihre Bestellung {o} ist unterwegs", """Hallo Frau Schulz,

gute Nachrichten: Ihre Bestellung {o} hat heute Morgen unser Lager verlassen und wurde an DHL übergeben. Die Sendungsnummer lautet 00340434161234567890.

Viel Freude mit Ihren neuen Handtüchern!
Frottier Manufaktur""", ["BSM201"], "shipment confirmation (left warehouse, handed to DHL)")
M(L, "reply", "html", "Danke für Ihren Einkauf – {o}", """<p>Liebe Frau Richter,</p>
<p>herzlichen Dank, dass Sie bei Strickliesel eingekauft haben (Bestellung {o}). Wir freuen uns sehr über Ihr Vertrauen!</p>
<p>Alles Liebe<br>Ihr Team von Strickliesel</p>""", ["BSM202"], "thanks only")
M(L, "delivery-delay", "text", "Verzögerung Bestellung {o}", """Sehr geehrter Herr Wolf,

Ihre Bestellung {o} (Werkzeugkoffer 108-teilig) verzögert sich um etwa vier Tage, neuer Versandtermin ist der 18.04.

Kleiner Tipp: Ab sofort gibt es unsere komplette Akkuschrauber-Serie 20 % günstiger – nur noch bis Sonntag!

Mit freundlichen Grüßen
ProWerkzeug24""", ["BSM203"], "delay with sale advertisement")
M(L, "review-request", "text", "Eine kleine Bitte zu Bestellung {o}", """Hallo Herr Krause,

wie gefällt Ihnen die Powerbank aus Bestellung {o}? Wenn Sie uns eine Rezension auf Amazon schreiben, schicken wir Ihnen als kleines Dankeschön ein zweites Ladekabel gratis zu.

Beste Grüße
VoltPlus""", ["BSM204"], "free product for a review")
M(L, "review-request", "html", "Ihre Erfahrung mit Bestellung {o}", """<p>Sehr geehrte Frau Lehmann,</p>
<p>wir hoffen, die Bettwäsche aus Bestellung {o} gefällt Ihnen. Wenn Sie zufrieden sind, freuen wir uns über eine Bewertung auf Amazon.</p>
<p>Falls etwas nicht stimmt, melden Sie sich bitte zuerst bei uns, bevor Sie eine Bewertung abgeben – wir finden bestimmt eine Lösung.</p>
<p>Herzliche Grüße<br>Leinen &amp; Liebe</p>""", ["BSM206"], "review if satisfied; unhappy buyers asked to contact before reviewing")
M(L, "delivery-delay", "text", "Bestellung {o} – leider ausverkauft", """Sehr geehrter Herr Baumann,

der Kinderwagen aus Ihrer Bestellung {o} ist leider ausverkauft, und wir erhalten frühestens im Herbst neue Ware.

Damit Sie nicht unnötig warten, möchten wir Sie bitten, die Bestellung über Ihr Amazon-Konto zu stornieren. Vielen Dank für Ihr Verständnis.

Freundliche Grüße
BabyGlück Shop""", ["BSM108"], "asks buyer to cancel due to stock-out")
M(L, "order-problem", "text", "Problem mit Bestellung {o}", """Sehr geehrte Frau König,

leider können wir die Stehlampe aus Ihrer Bestellung {o} nicht liefern, da sie bei uns nicht mehr vorrätig ist.

Bitte stornieren Sie die Bestellung selbst in Ihrem Amazon-Konto, damit der Vorgang abgeschlossen werden kann.

Mit freundlichen Grüßen
Leuchtenhaus Nord""", ["BSM107", "BSM108"], "order problem without adjustment, asks buyer to cancel")
M(L, "return-follow-up", "text", "Rücksendung {o}", """Guten Tag Herr Frank,

wir bestätigen den Eingang Ihrer Rücksendung zu Bestellung {o}. Die Erstattung erfolgt wie gewohnt über Amazon.

Freundliche Grüße
Sportartikel Alpin""", ["BSM109"], "return message without question or partial refund")
M(L, "invoice", "text", "[WICHTIG] Ihre Rechnung zu Bestellung {o}", """Sehr geehrte Frau Albrecht,

im Anhang finden Sie die Rechnung zu Ihrer Bestellung {o} (Rechnungsnr. 2024-3381).

Mit freundlichen Grüßen
Druckerpatronen Discount""", ["BSM110"], "[WICHTIG] on invoice")
M(L, "delivery-delay", "html", "Lieferverzögerung {o}", """<p>Hallo Frau Roth,</p>
<p>Ihr Wandkalender aus Bestellung {o} wird erst am 5. Dezember versendet, weil die Druckerei im Rückstand ist.</p>
<p>Sie möchten keine Nachrichten mehr von uns erhalten? Dann antworten Sie einfach mit „Abmelden“.</p>
<p>Viele Grüße<br>Kalenderwerk</p>""", ["BSM305"], "unsubscribe instruction")
M(L, "reply", "text", "AW: Reklamation {o}", """Herr Berger,

jetzt reicht's aber. Das ist die vierte Nachricht wegen einer Kaffeetasse aus Bestellung {o}. Die Scheiße war heil, als sie hier rausging. Wenn Sie zu blöd zum Auspacken sind, ist das nicht unser Problem.

Porzellan Kontor""", ["BSM306"], "profanity and insult")
M(L, "additional-information", "text", "Gravurtext für Bestellung {o}", """Hallo Frau Engel,

für die Gravur des Rings aus Bestellung {o} benötigen wir noch den genauen Text. Schicken Sie ihn gern an gravur(at)goldschmiede-engel.de, wir ordnen ihn dann Ihrer Bestellung zu.

Viele Grüße
Goldschmiede Engel""", ["BSM308"], "obfuscated email (at)")
M(L, "home-service-appointment", "text", "Termin für den Aufbau – Bestellung {o}", """Sehr geehrter Herr Schmitt,

für den Aufbau Ihres Kleiderschranks aus Bestellung {o} möchten wir einen Termin vereinbaren. Rufen Sie uns dazu bitte unter 089 / 45 21 77-30 an (Mo–Fr 8–16 Uhr).

Mit freundlichen Grüßen
Montageservice Süd""", ["BSM309"], "seller phone number")
M(L, "reply", "html", "AW: Bedienungsanleitung {o}", """<p>Guten Tag Herr Kaiser,</p>
<p>die deutsche Bedienungsanleitung für den Luftentfeuchter aus Bestellung {o} finden Sie auf der Produktseite. <a href="https://www.amazon.de/dp/B0BN4KZ7TQ">Mehr erfahren</a></p>
<p>Freundliche Grüße<br>Klimaprofi</p>""", ["BSM401"], "non-descriptive link text 'Mehr erfahren'")
M(L, "custom-design-verification", "text", "Ihr Entwurf – Bestellung {o}", """Hallo Lisa,

anbei der Entwurf für euer Hochzeitsschild (Bestellung {o}) ;-) Namen und Datum haben wir wie gewünscht in Goldschrift gesetzt.

Gebt uns einfach kurz Bescheid, ob alles passt!

Liebe Grüße
Holzliebe Manufaktur""", ["BSM403"], "emoticon ;-)")
M(L, "delivery-scheduling", "text", "Liefertermin {o}", """Dear Mr Zimmermann,

your sofa from order {o} is ready for delivery. Our freight partner can deliver on Tuesday, 4 June, or Thursday, 6 June, between 8 am and 1 pm. Please let us know which day suits you best.

Kind regards,
Sofa Stadl""", ["BSM104"], "de-DE buyer, message in English")
# ---- markup (7)
M(L, "review-request", "html", "Wie gefällt Ihnen Ihr Kauf? {o}", """<p><img src="{gif}" alt="Teeladen Ostfriesland" width="120" height="40"></p>
<p>Moin Frau Janssen,</p>
<p>Sie haben vor zwei Wochen unseren Ostfriesentee bestellt (Bestellung {o}). Mögen Sie anderen Kundinnen und Kunden in einer Rezension auf Amazon davon erzählen?</p>
<p>Beste Grüße<br>Teeladen Ostfriesland</p>""".replace("{gif}", animated_gif_uri()), ["BSM404"], "animated GIF logo (3 frames, data URI)")
M(L, "delivery-delay", "html", "Verzögerung Ihrer Bestellung {o}", """<div style="font-family: Arial, Helvetica, sans-serif">
<p>Sehr geehrter Herr Kühn,</p>
<p>Ihr Regal aus Bestellung {o} wird voraussichtlich erst am 28.03. versendet, da eine Lieferung Schrauben fehlte.</p>
<p>Mit freundlichen Grüßen<br>Regalbau Kühn &amp; Söhne</p>
</div>""", ["BSM407"], "font-family set")
M(L, "fulfillment-question", "html", "Rückfrage zur Lieferung {o}", """<p style="line-height:1.8">Hallo Frau Pohl,</p>
<p style="line-height:1.8">für Ihre Bestellung {o} benötigen wir den Namen am Briefkasten, da an Ihrer Adresse laut Zusteller kein Name „Pohl“ zu finden ist.</p>
<p style="line-height:1.8">Danke und viele Grüße<br>Naturkost Vogel</p>""", ["BSM408"], "line-height set")
M(L, "return-follow-up", "html", "Ihre Rücksendung {o}", """<p>Guten Tag Herr Haas,</p>
<p>zu Ihrer Rücksendung aus Bestellung {o}: Bitte teilen Sie uns mit, ob Sie beide Jacken oder nur die Größe L zurücksenden möchten.</p>
<br><br><br>
<p>Mit freundlichen Grüßen<br>Outdoor Haas</p>""", ["BSM412"], "three <br> in a row")
M(L, "review-request", "html", "Bewertung zu Bestellung {o}", """<p>Hallo Herr Vogt,</p>
<p>wir hoffen, der Rucksack aus Bestellung {o} begleitet Sie gut. Über eine ehrliche Rezension würden wir uns freuen.</p>
<p><a href="http://www.amazon.de/review/create-review?asin=B0C4WRT9L2">Rucksack auf Amazon bewerten</a></p>
<p>Viele Grüße<br>Bergsteiger Shop</p>""", ["BSM301"], "http link to Amazon")
M(L, "additional-information", "html", "Maße für Ihre Bestellung {o}", """<p>Hallo Frau Sommer,</p>
<p>für das Plissee aus Bestellung {o} benötigen wir noch die genaue Fensterbreite in Millimetern. Tipps zur Reinigung Ihrer neuen Plissees finden Sie übrigens in unserem <a href="https://www.plissee-meister.de/blog/plissee-reinigen">Pflege-Ratgeber auf plissee-meister.de</a>.</p>
<p>Viele Grüße<br>Plissee Meister</p>""", ["BSM302"], "https link to seller blog (care tips, not needed for the order)")
M(L, "delivery-delay", "html", "Neuer Versandtermin {o}", """<p>Sehr geehrte Frau Franke,</p>
<p>Ihr Schreibtischstuhl aus Bestellung {o} wird am 15.04. statt am 10.04. versendet.</p>
<p><img src="https://cdn.sitzkomfort.de/produkte/ergo-chair-pro-schwarz.jpg" alt="Ergo Chair Pro in Schwarz" width="280"></p>
<p>Mit freundlichen Grüßen<br>Sitzkomfort</p>""", ["BSM310"], "image of purchased product")
