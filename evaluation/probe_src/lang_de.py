from common import M, P, builder, outlook

L = [
# ---- BSM202
M("thanks", "fulfillment-question", "text", "Danke für Ihre Bestellung {O}", """
Sehr geehrte Frau Schneider,

herzlichen Dank für Ihren Einkauf bei Kaffeerösterei Bergmann. Wir wünschen Ihnen viel Freude mit Ihrem neuen Siebträger-Zubehör und stets einen guten Espresso!

Mit freundlichen Grüßen
Ihr Team der Kaffeerösterei Bergmann""", ["BSM202"], "thanks + good wishes"),
M("thanks", "additional-information", "text", "Ihre Bestellung {O}", """
Hallo Herr Wagner,

vielen Dank, dass Sie sich für uns entschieden haben. Sollten Fragen zu Ihrer Bestellung auftauchen, stehen wir Ihnen jederzeit gerne zur Verfügung.

Beste Grüße
Holzwerk Allgäu""", ["BSM202"], "thanks + zur Verfügung"),
M("thanks", "fulfillment-question", "html", "Ein herzliches Dankeschön – Bestellung {O}", builder(P(
 "Liebe Frau Hoffmann,",
 "wir möchten uns ganz herzlich für Ihre Bestellung {O} bedanken. Als kleine Manufaktur aus dem Schwarzwald freuen wir uns über jede einzelne Bestellung.",
 "Wir hoffen, dass Ihnen die Kuckucksuhr viele Jahre Freude bereitet.",
 "Herzliche Grüße aus Triberg<br>Familie Kaltenbach"),
 "https://m.media-amazon.com/images/S/aplus-media-library-service-media/kaltenbach-uhren-logo.png", "Kaltenbach Uhren"), ["BSM202"], "builder with logo; thanks + wishes"),
M("thanks", "fulfillment-question", "text", "Bestellung {O}", """
Danke für Ihren Einkauf!

Ihr Team von TechNest""", ["BSM202"], "one-line thanks"),
M("thanks", "additional-information", "html", "Ihre Bestellung {O} bei Bürobedarf Krause", outlook([
 "Sehr geehrter Herr Becker,",
 "wir bedanken uns für Ihren Auftrag und das damit verbundene Vertrauen.",
 "Sollten wider Erwarten Probleme mit Ihrer Bestellung {O} auftreten, zögern Sie bitte nicht, uns über das Amazon-Nachrichtensystem zu kontaktieren.",
 "Mit freundlichen Grüßen",
 "Andreas Krause<br>Bürobedarf Krause GmbH"]), ["BSM202"], "Outlook; thanks + contact us if problems"),
M("thanks", "fulfillment-question", "text", "Falls etwas sein sollte … ({O})", """
Servus Herr Huber,

falls bei Ihrer Bestellung etwas nicht passt oder Sie eine Frage zur Montage des Wandregals haben, schreiben Sie uns einfach hier über Amazon. Wir kümmern uns dann schnellstmöglich darum.

Viele Grüße
Tischlerei Moser""", ["BSM202"], "only offer to help, de-AT", "de-AT"),
M("thanks", "fulfillment-question", "html", "Von Herzen: Danke! (Bestellung {O})", P(
 "Liebe Jana,",
 "wie schön, dass du bei Wollkorb bestellt hast! Hinter unserem Shop stehen nur zwei Leute, und wir freuen uns riesig über jede Bestellung wie deine {O}.",
 "Wir hoffen, dass dir die Merinowolle beim Stricken genauso viel Spaß macht wie uns beim Färben.",
 "Wenn irgendwann etwas sein sollte, melde dich einfach – wir sind gerne für dich da.",
 "Nochmals danke und eine gemütliche Strickzeit!",
 "Liebe Grüße<br>Katrin &amp; Mia<br>Wollkorb"), ["BSM202"], "long informal thanks + wishes + availability"),
M("thanks", "additional-information", "text", "Danke für Ihr Vertrauen – {O}", """
Sehr geehrte Damen und Herren,

wir danken Ihnen für Ihre Bestellung und wünschen Ihnen einen schönen Tag.

Freundliche Grüße
Kundenservice Gartenprofi24""", ["BSM202"], "formal short thanks + wish"),
# ---- lookalikes
M("lookalike", "delivery-delay", "text", "Lieferverzögerung zu Bestellung {O}", """
Sehr geehrter Herr Schmitt,

vielen Dank für Ihre Bestellung. Leider verzögert sich die Lieferung des Eichen-Esstischs „Lindau“, da unser Schreiner die Platte erst nächste Woche fertigstellt.

Wir rechnen damit, den Tisch am 16.01.2026 statt am 09.01.2026 zu versenden. Sie müssen nichts weiter tun.

Wir bitten um Entschuldigung und danken für Ihre Geduld.

Mit freundlichen Grüßen
Holzwerk Allgäu""", [], "thanks + delay with new date"),
M("lookalike", "additional-information", "text", "Rückfrage zur Gravur – Bestellung {O}", """
Hallo Frau Fischer,

danke für Ihre Bestellung der gravierten Brotzeitbretter. Bevor wir mit der Gravur beginnen, eine kurze Rückfrage:

Sie haben als Text „Familie Fischer – seit 1998 in Bamberg daheim“ angegeben. Das sind 45 Zeichen, auf das Brett passen aber höchstens 35. Dürfen wir „seit 1998“ weglassen, oder möchten Sie einen anderen Text?

Viele Grüße
Laserwerk Franken""", [], "thanks + engraving question"),
M("lookalike", "invoice", "html", "Rechnung zu Ihrer Bestellung {O}", P(
 "Sehr geehrte Frau Braun,",
 "vielen Dank für Ihren Einkauf. Anbei erhalten Sie die Rechnung RE-2026/00153 zu Ihrer Bestellung {O}.",
 "Unsere USt-IdNr. lautet DE287654321, Handelsregister: Amtsgericht München HRB 245671.",
 "Mit freundlichen Grüßen<br>Buchhaltung TechNest GmbH"), [], "thanks + invoice; USt-IdNr, HRB"),
M("lookalike", "delivery-scheduling", "text", "Liefertermin Kühlschrank – Bestellung {O}", """
Guten Tag Frau Zimmermann,

danke, dass Sie sich für den Liebherr-Kühlschrank entschieden haben. Da es sich um eine Speditionslieferung handelt, möchten wir mit Ihnen einen Termin vereinbaren.

Mögliche Termine:
- Montag, 12.01.2026, 8–12 Uhr
- Mittwoch, 14.01.2026, 13–17 Uhr

Bitte teilen Sie uns mit, welcher Termin Ihnen passt und in welchem Stockwerk das Gerät aufgestellt werden soll.

Freundliche Grüße
Elektro Lindner""", [], "thanks + delivery slot"),
M("lookalike", "return-follow-up", "text", "Ihre Rücksendung zu {O}", """
Hallo Herr Koch,

danke für die Anmeldung Ihrer Rücksendung. Das Rücksendeetikett finden Sie in Ihrem Amazon-Konto unter „Meine Bestellungen“; bitte ausdrucken und auf das Paket kleben.

Damit wir die Rückgabe abschließen können: Schicken Sie den Akku mit zurück oder nur das Gerät? Bitte geben Sie uns kurz Bescheid.

Viele Grüße
Gartenprofi24""", [], "thanks + label instruction + question"),
# ---- clean
M("clean", "reply", "text", "AW: Stornierung Bestellung {O}", """
Sehr geehrter Herr Neumann,

Ihre Bestellung {O} wurde wie gewünscht storniert. Da noch nichts versendet wurde, erstattet Amazon Ihnen den vollen Betrag von 79,90 € in den nächsten Tagen.

Mit freundlichen Grüßen
TechNest""", [], "cancellation done at buyer's request"),
M("clean", "delivery-delay", "text", "Neuer Versandtermin für {O}", """
Hallo Frau Lange,

die Lieferung der Bettwäsche „Sylt“ verzögert sich um einige Tage, weil die Weberei später liefert. Neuer Versandtermin ist der 15.01.2026.

Eine Stornierung ist nicht nötig: Ihre Bestellung {O} bleibt reserviert und geht raus, sobald die Ware da ist.

Viele Grüße
Leinenliebe""", [], "'Stornierung ist nicht nötig'"),
M("clean", "review-request", "text", "Ihre Erfahrung mit dem Akku-Rasenmäher ({O})", """
Sehr geehrter Herr Wolf,

Sie haben vor einigen Wochen bei uns einen Akku-Rasenmäher gekauft (Bestellung {O}). Wir würden uns freuen, wenn Sie Ihre Erfahrungen mit dem Gerät in einer Rezension auf Amazon teilen.

Mit freundlichen Grüßen
Gartenprofi24""", [], "neutral review request"),
M("clean", "invoice", "text", "Rechnung RE-2026/0042 – Bestellung {O}", """
Sehr geehrte Damen und Herren,

anbei erhalten Sie die Rechnung zu Bestellung {O}.

Rechnungsnummer: RE-2026/0042
Rechnungsdatum: 07.01.2026
Gesamtbetrag: 1.349,00 € (inkl. 19 % USt.)
Steuernummer: 143/215/60274
USt-IdNr.: DE 812 345 678
Amtsgericht Köln, HRB 98765

Mit freundlichen Grüßen
Bürobedarf Krause GmbH""", [], "invoice; Steuernummer with slashes, grouped USt-IdNr"),
M("clean", "reply", "html", "AW: Wo bleibt mein Paket? ({O})", builder(P(
 "Hallo Herr Richter,",
 "danke für Ihre Nachricht. Laut DHL liegt Ihr Paket zu Bestellung {O} (Sendungsnummer 00340434161234567890) in der Packstation 112 in Leipzig und kann bis 14.01.2026 abgeholt werden.",
 "Falls es dort nicht auftaucht, antworten Sie einfach auf diese Nachricht, dann schicken wir Ersatz.",
 "Viele Grüße<br>TechNest"), "https://m.media-amazon.com/images/S/aplus-media-library-service-media/technest-logo.png", "TechNest"), [], "reply with tracking/Packstation numbers; logo"),
M("clean", "order-problem", "text", "Problem mit Ihrer Bestellung {O}", """
Sehr geehrte Frau Krüger,

leider können wir die WMF-Pfanne (28 cm) aus Ihrer Bestellung {O} nicht liefern, da sie beim Hersteller nicht mehr verfügbar ist.

Wir haben den Bestellbetrag deshalb vollständig angepasst (Grund: nicht auf Lager). Die 59,99 € werden Ihnen in den nächsten Tagen gutgeschrieben.

Wir bitten um Entschuldigung.

Mit freundlichen Grüßen
Küchenwelt Nord""", [], "order problem + adjustment confirmed"),
# ---- BSM201
M("201", "fulfillment-question", "text", "Ihre Bestellung {O} ist unterwegs", """
Hallo Frau Schulz,

Ihr Paket hat heute Vormittag unser Lager in Nürnberg verlassen und ist auf dem Weg zu Ihnen.

Viele Grüße
Wollkorb""", ["BSM201"], "'hat unser Lager verlassen'"),
M("201", "additional-information", "text", "Info zu Bestellung {O}", """
Sehr geehrter Herr Hartmann,

wir haben Ihre Sendung soeben an DPD übergeben. Die Zustellung erfolgt voraussichtlich morgen.

Mit freundlichen Grüßen
Laserwerk Franken""", ["BSM201"], "'an DPD übergeben'"),
M("201", "fulfillment-question", "html", "Wir haben Ihre Bestellung erhalten ({O})", P(
 "Guten Tag Frau Lehmann,",
 "Ihre Bestellung {O} ist bei uns eingegangen und wird gerade von unserem Team sorgfältig zusammengestellt.",
 "Freundliche Grüße<br>Leinenliebe"), ["BSM201"], "order received and being prepared"),
# ---- BSM204
M("204", "review-request", "text", "Ihre Meinung zählt – {O}", """
Sehr geehrte Frau Schwarz,

wie gefällt Ihnen die Kaffeemühle? Wenn Sie uns mit einer Rezension auf Amazon unterstützen, legen wir Ihrer nächsten Bestellung als kleines Dankeschön 250 g unserer Hausmischung bei.

Mit freundlichen Grüßen
Kaffeerösterei Bergmann""", ["BSM204"], "free coffee with next order for review"),
M("204", "review-request", "text", "Kurze Bitte zu Bestellung {O}", """
Hallo Tobias,

würdest du uns eine Bewertung zu den Fahrradlichtern auf Amazon schreiben? Sobald sie online ist, erstatten wir dir die Versandkosten.

Danke dir!
Velo-Teile Berlin""", ["BSM204"], "shipping refund once review online"),
M("204", "review-request", "html", "Ein Gutschein für Ihre Bewertung ({O})", P(
 "Sehr geehrter Herr Schäfer,",
 "für Ihre ehrliche Produktbewertung auf Amazon bedanken wir uns mit einem Gutschein über 10 € für Ihren nächsten Einkauf.",
 "Mit freundlichen Grüßen<br>Gartenprofi24"), ["BSM204"], "voucher for an honest review"),
# ---- BSM205
M("205", "reply", "text", "AW: Ihre Bewertung zu {O}", """
Sehr geehrter Herr Keller,

schön, dass das Ersatzteil nun passt. Da das Problem gelöst ist, wären Sie vielleicht bereit, Ihre Ein-Sterne-Bewertung anzupassen?

Mit freundlichen Grüßen
Elektro Lindner""", ["BSM205"], "adjust one-star review"),
M("205", "reply", "text", "AW: Verkäuferbewertung – Bestellung {O}", """
Hallo Frau Vogel,

vielen Dank, dass wir die Sache klären konnten. Die Verspätung lag am Paketdienst. Könnten Sie deshalb Ihre negative Verkäuferbewertung bitte wieder entfernen?

Viele Grüße
Leinenliebe""", ["BSM205"], "remove negative seller feedback"),
M("205", "reply", "html", "AW: Fehlende Schrauben ({O})", P(
 "Guten Tag Herr Frank,",
 "die fehlenden Schrauben sind heute separat an Sie rausgegangen.",
 "Wenn das Regal steht, würden wir uns freuen, wenn Sie Ihre Rezension noch einmal überdenken und entsprechend aktualisieren.",
 "Mit freundlichen Grüßen<br>Holzwerk Allgäu"), ["BSM205"], "'Rezension überdenken und aktualisieren'"),
# ---- BSM206
M("206", "review-request", "text", "Zufrieden mit Ihrer Bestellung {O}?", """
Sehr geehrte Frau Baumann,

wenn Sie mit der Thermoskanne zufrieden sind, freuen wir uns über eine Rezension auf Amazon. Falls nicht, schreiben Sie bitte zuerst uns, damit wir eine Lösung finden.

Mit freundlichen Grüßen
Küchenwelt Nord""", ["BSM206"], "satisfied -> review; else write us"),
M("206", "review-request", "text", "Fünf Sterne? ({O})", """
Hallo Herr Meier,

fünf Sterne auf Amazon helfen einem kleinen Familienbetrieb wie uns enorm. Würden Sie sich kurz Zeit nehmen und die Kuckucksuhr bewerten?

Herzliche Grüße
Familie Kaltenbach""", ["BSM206"], "five stars"),
M("206", "review-request", "html", "Alles gut angekommen? ({O})", P(
 "Liebe Frau Roth,",
 "nur wenn Sie rundum begeistert sind, würden wir uns über eine Produktrezension auf Amazon freuen.",
 "Viele Grüße<br>Wollkorb"), ["BSM206"], "review only if delighted", "de-AT"),
# ---- BSM108
M("108", "delivery-delay", "text", "Ihre Bestellung {O}", """
Sehr geehrte Frau Jung,

die bestellte Espressomaschine ist leider ausverkauft, und unser Lieferant kann keinen neuen Termin nennen.

Am schnellsten erhalten Sie Ihr Geld zurück, wenn Sie die Bestellung selbst über „Meine Bestellungen“ stornieren.

Mit freundlichen Grüßen
Kaffeerösterei Bergmann""", ["BSM108"], "quickest if you cancel yourself"),
M("108", "fulfillment-question", "text", "Lagerproblem – Bestellung {O}", """
Hallo Herr Braun,

die Laufschuhe in Größe 45 sind bei uns leider nicht mehr vorrätig. Wir wären Ihnen dankbar, wenn Sie für die Bestellung {O} eine Stornierung beantragen könnten.

Sportliche Grüße
Laufladen Hamburg""", ["BSM108"], "grateful if you request cancellation"),
M("108", "delivery-delay", "html", "Zu Ihrer Bestellung {O}", P(
 "Guten Tag Herr Lorenz,",
 "der bestellte Akkuschrauber ist auf absehbare Zeit nicht lieferbar. Statt lange zu warten, können Sie die Bestellung einfach über Amazon stornieren – das dauert nur eine Minute.",
 "Freundliche Grüße<br>Werkzeug Lindner"), ["BSM108"], "suggests cancelling instead of waiting (no stock)", "de-AT"),
# ---- BSM203
M("203", "delivery-delay", "text", "Verzögerung bei Bestellung {O}", """
Sehr geehrte Frau Winter,

Ihr personalisierter Kalender wird am 14.01. statt am 09.01. versendet, da unsere Druckerei nach den Feiertagen etwas Rückstand hat. Bitte entschuldigen Sie die Wartezeit.

Mit freundlichen Grüßen
Druckwerk Süd

PS: Mit dem Code NEUJAHR15 sparen Sie 15 % auf Ihre nächste Bestellung.""", ["BSM203"], "PS discount code"),
M("203", "invoice", "text", "Rechnung zu {O}", """
Sehr geehrter Herr Kaiser,

anbei Ihre Rechnung (RE-2026/0107).

Übrigens: Folgen Sie uns auf Instagram und abonnieren Sie unseren Newsletter, dann verpassen Sie keine Aktion mehr.

Mit freundlichen Grüßen
Velo-Teile Berlin""", ["BSM203"], "follow us + newsletter"),
M("203", "review-request", "html", "Wie gefällt Ihnen die Bettwäsche? ({O})", P(
 "Liebe Frau Peters,",
 "wir würden uns über eine Rezension der Bettwäsche auf Amazon freuen.",
 "Schon gesehen? Unsere neue Frühjahrskollektion aus Bio-Leinen ist da – jetzt im Sale mit 20 % Rabatt!",
 "Herzliche Grüße<br>Leinenliebe"), ["BSM203"], "new collection + sale"),
]
