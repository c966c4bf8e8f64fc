"""v28 evaluation messages, German (de-DE, a few de-AT)."""

LANG = "de"
PREFIX = "593"

_AT = {5, 11, 17, 35}


def _oid(i):
    a = (i * 481391 + 6204519) % 10**7
    b = (i * 733091 + 2718282) % 10**7
    if b % 10 == 8:
        b += 1  # avoid "8)" next to a closing bracket
    return "%s-%07d-%07d" % (PREFIX, a, b)


_RAW = [
# 1
("delivery-delay", "text", "Deine Bestellung {O} verzögert sich leider",
"""Hallo Jana,

kurze Info zu deiner Bestellung {O}: Die Leinenbeutel werden bei uns noch von Hand bedruckt, und die Farbe für das Motiv "Wildblumen" ist erst gestern wieder eingetroffen. Wir können deshalb erst am Freitag, 18.12.2026, versenden statt wie angegeben am 11.12.

Du musst nichts weiter tun. Tut uns leid, dass es etwas länger dauert!

Liebe Grüße
Mia von Druckwerk Hinterhof""", [], "Clean informal plain-text delivery delay with a new ship date."),
# 2
("delivery-delay", "html", "Neuer Versandtermin zu Ihrer Bestellung {O}",
"""<p>Sehr geehrter Herr Schubert,</p>
<p>zu Ihrer Bestellung <strong>{O}</strong> müssen wir Ihnen leider einen späteren Versandtermin mitteilen. Unser Lieferant hat die Akkus für den Rasentrimmer erst verspätet bereitgestellt.</p>
<table>
<tr><td>Ursprünglicher Versandtermin:</td><td>08.12.2026</td></tr>
<tr><td>Neuer Versandtermin:</td><td>14.12.2026</td></tr>
</table>
<p>Wir bitten um Ihr Verständnis.</p>
<p>Mit freundlichen Grüßen<br>Ihr Kundenservice von Gartentechnik Haller</p>""", [], "Clean HTML delivery delay with a plain table."),
# 3
("order-problem", "text", "[Wichtig] Artikel aus Bestellung {O} nicht lieferbar",
"""Sehr geehrte Frau Lindner,

leider können wir die Kaffeedose aus Edelstahl (500 g, Farbe Salbei) aus Ihrer Bestellung {O} nicht liefern. Der Hersteller hat die Farbe kurzfristig eingestellt.

Den Bestellbetrag haben wir bereits angepasst: Die 19,90 EUR für die Dose werden Ihnen nicht berechnet. Die übrigen Artikel der Bestellung sind davon nicht betroffen.

Wir entschuldigen uns für die Unannehmlichkeiten.

Mit freundlichen Grüßen
Katrin Vogt
Röstkontor Elbufer""", [], "Clean order problem with [Wichtig] and the amount adjusted."),
# 4
("additional-information", "text", "Rückfrage zur Gravur - Bestellung {O}",
"""Guten Tag Herr Özdemir,

für die Gravur des Schneidebretts aus Ihrer Bestellung {O} fehlt uns noch der gewünschte Text. Das Feld war leider leer.

Bitte teilen Sie uns mit:
- den Text (max. 2 Zeilen à 20 Zeichen)
- ob Druckbuchstaben oder Schreibschrift

Sobald wir Ihre Antwort haben, geht das Brett in die Werkstatt.

Freundliche Grüße
Holzmanufaktur Wendt""", [], "Clean request for information needed to complete a personalised order."),
# 5
("return-follow-up", "text", "Ihre Reklamation zu Bestellung {O}",
"""Grüß Gott Frau Huber,

Sie haben uns geschrieben, dass der Glasschirm der Pendelleuchte aus Bestellung {O} einen kleinen Kratzer hat.

Wenn Sie die Leuchte trotzdem behalten möchten, bieten wir Ihnen eine Teilerstattung von 25,00 EUR an. Falls Sie lieber zurücksenden, ist das selbstverständlich auch möglich. Geben Sie uns einfach Bescheid.

Freundliche Grüße aus Graz
Lichtwerkstatt Steiner""", [], "Clean return follow-up offering a partial refund (de-AT)."),
# 6
("return-follow-up", "text", "Frage zu deiner Rücksendung ({O})",
"""Hi Lukas,

deine Rücksendung zu Bestellung {O} ist bei uns angekommen, aber das Ladekabel für die Stirnlampe war nicht im Paket. Hast du es vielleicht separat geschickt oder liegt es noch bei dir? Dann können wir die Rücksendung abschließen.

Danke dir und viele Grüße
Ben
Bergsport Kessler""", [], "Clean return follow-up asking for information needed to complete the return."),
# 7
("invoice", "html", "Rechnung zu Ihrer Bestellung {O}",
"""<p>Sehr geehrte Damen und Herren,</p>
<p>anbei erhalten Sie die Rechnung zu Ihrer Bestellung {O}.</p>
<table>
<tr><td>Rechnungsnummer</td><td>RE/2026/12/0815</td></tr>
<tr><td>Rechnungsdatum</td><td>07.12.2026</td></tr>
<tr><td>Nettobetrag</td><td>210,08 EUR</td></tr>
<tr><td>USt. 19 %</td><td>39,92 EUR</td></tr>
<tr><td>Gesamtbetrag</td><td>250,00 EUR</td></tr>
</table>
<p>Mit freundlichen Grüßen<br>Ihre Buchhaltung</p>
<p><small>Bürowelt Franken GmbH, Gutenbergstraße 21, 90429 Nürnberg<br>Amtsgericht Nürnberg HRB 34127, Geschäftsführer: Stefan Rauch<br>USt-IdNr. DE 287 654 321, Steuernummer 241/118/50426</small></p>""", [], "Clean invoice with USt-IdNr, HRB, Steuernummer and a slashed invoice number."),
# 8
("review-request", "text", "Wie gefällt Ihnen die Pfeffermühle? ({O})",
"""Guten Tag Frau Albrecht,

Sie haben bei uns eine Pfeffermühle aus Olivenholz gekauft (Bestellung {O}). Wenn Sie einen Moment Zeit haben, würden wir uns über eine Rezension auf Amazon freuen. Ihre Erfahrung hilft anderen Käufern bei der Entscheidung.

Herzliche Grüße
Jonas Brandt
Küchenkontor Brandt""", [], "Clean neutral review request in plain text."),
# 9
("review-request", "html", "Ihre Meinung zu Bestellung {O}",
"""<p><img src="https://static.teemanufaktur-sonnenhang.de/mail/logo-teemanufaktur-sonnenhang.png" alt="Logo Teemanufaktur Sonnenhang" width="160" height="60"></p>
<p>Hallo Herr Krüger,</p>
<p>wir hoffen, der Rooibos-Tee aus Ihrer Bestellung {O} schmeckt Ihnen. Mögen Sie anderen Kunden von Ihrer Erfahrung berichten?</p>
<p><a href="https://www.amazon.de/review/create-review?asin=B0C7TQK5WR">Rezension zum Rooibos-Tee auf Amazon schreiben</a></p>
<p>Viele Grüße<br>Teemanufaktur Sonnenhang</p>""", [], "Clean HTML review request with the shop logo and a descriptive https Amazon link."),
# 10
("delivery-scheduling", "text", "Liefertermin für Ihr Boxspringbett - Bestellung {O}",
"""Sehr geehrte Familie Wagner,

Ihr Boxspringbett (Bestellung {O}) wird von unserer Spedition mit zwei Personen bis in die Wohnung geliefert. Folgende Termine sind noch frei:

- Dienstag, 15.12.2026, 8:00 bis 12:00 Uhr
- Mittwoch, 16.12.2026, 13:00 bis 17:00 Uhr
- Samstag, 19.12.2026, 9:00 bis 13:00 Uhr

Bitte teilen Sie uns Ihren Wunschtermin mit und ob es einen Aufzug gibt.

Mit freundlichen Grüßen
Tourenplanung Schlafwelt Rhein-Main""", [], "Clean delivery scheduling with dates and time slots."),
# 11
("home-service-appointment", "text", "Montagetermin zu Ihrer Bestellung {O}",
"""Grüß Gott Herr Gruber,

für den Anschluss Ihres Geschirrspülers (Bestellung {O}) haben wir einen Techniker für Donnerstag, 17.12.2026, zwischen 10:00 und 12:00 Uhr eingeplant. Er schließt das Gerät an, prüft die Dichtheit und nimmt auf Wunsch das Altgerät mit.

Passt Ihnen der Termin nicht? Dann nennen Sie uns einfach einen anderen Tag in dieser Woche.

Freundliche Grüße
Haushaltsgeräte-Service Linz""", [], "Clean home-service appointment with date and time window (de-AT)."),
# 12
("custom-design-verification", "text", "Korrekturabzug Türschild - Bestellung {O}",
"""Hallo Frau Schäfer,

im Anhang finden Sie den Korrekturabzug für Ihr Türschild aus Bestellung {O} (Datei: korrektur_tuerschild_v1.pdf).

Bitte prüfen Sie vor allem die Schreibweise "Schäfer & Nowak" und die Hausnummer 12b. Wenn alles passt, antworten Sie einfach mit "Freigabe", dann gravieren wir das Schild.

Viele Grüße
Anke Roth
Schilderwerkstatt Roth""", [], "Clean custom design verification with an attached proof."),
# 13
("fulfillment-question", "text", "Zugang zum Gebäude - Bestellung {O}",
"""Guten Tag Frau Petrović,

unser Fahrer bringt den Kühlschrank aus Ihrer Bestellung {O} am Montag, 14.12.2026. Laut unseren Unterlagen hat das Haus in der Lindenallee einen verschlossenen Hauseingang.

Gibt es einen Türcode oder einen separaten Lieferanteneingang? Wir vermerken die Angabe dann unter Auftrag LA-2026-4417, Tour 08-C.

Mit freundlichen Grüßen
Kundenservice Elektro Fuchs""", [], "Clean fulfillment question asking for a door code, with reference numbers."),
# 14
("reply", "text", "AW: Ist die Pfanne induktionsgeeignet? ({O})",
"""Hallo Herr Neumann,

ja, die "Cast Iron Skillet Heritage 28 cm" aus Ihrer Bestellung {O} funktioniert auf allen Herdarten, auch auf Induktion. Sie stammt von der amerikanischen Gießerei Hollow Creek Foundry und ist bereits vorgeölt.

Viele Grüße
Svenja
Gusseisen & Co.""", [], "Clean reply quoting an English product title and maker name inside German sentences."),
# 15
("reply", "text", "AW: Akku lädt nicht mehr - {O}",
"""Sehr geehrter Herr Becker,

es tut uns leid, dass der Akku Ihres Akkuschraubers aus Bestellung {O} nicht mehr lädt. Das Gerät hat drei Jahre Herstellergarantie.

Garantie-Hotline des Herstellers (Kraftwerk Tools Service): 0800 664 2871, Mo-Fr 8-18 Uhr. Der Hersteller tauscht den Akku in der Regel direkt aus.

Sollte es dort nicht klappen, melden Sie sich gern wieder bei uns.

Mit freundlichen Grüßen
Thomas Weber
Werkzeughandel Weber""", [], "Clean reply with the manufacturer's warranty hotline, marked as such."),
# 16
("reply", "text", "AW: Passt der Filter? ({O})",
"""Guten Tag Frau Schmitt,

ja, der Filter aus Bestellung {O} passt in alle Modelle der Serie AquaPur 300 und 400. Einfach den alten Filter herausdrehen und den neuen bis zum Anschlag eindrehen.

Freundliche Grüße
Laura Hartmann
Kundenservice

Wasserfilter Hartmann GmbH
Industriestraße 8, 70565 Stuttgart
Registergericht Stuttgart HRB 765432
USt-IdNr.: DE 318 445 902""", [], "Clean reply with a company-details footer."),
# 17
("reply", "text", "AW: Wo bleibt meine Erstattung? {O}",
"""Hallo Herr Pichler,

ich habe nachgesehen: Ihre Rücksendung zu Bestellung {O} ist bei uns unter der Retourennummer R-2026-55812 erfasst. Laut DHL-Sendungsnummer JJD014600007342915 wurde das Paket am 02.12.2026 um 09:14 Uhr in unserem Lager in Wels zugestellt.

Die Erstattung über 38,50 EUR wurde am 04.12.2026 veranlasst. Je nach Bank kann es bis zu 5 Werktage dauern.

Freundliche Grüße
Markus
Skiservice Alpin""", [], "Clean reply with return and tracking numbers, dates, times and amounts (de-AT)."),
# 18
("additional-information", "text", "Neuigkeiten zu {O}",
"""Hallo Nele,

gute Nachrichten: Dein Puzzle (Bestellung {O}) hat heute früh unser Lager verlassen und wurde an DHL übergeben. Es sollte in ein bis zwei Tagen bei dir sein.

Viel Spaß beim Puzzeln!
Puzzlewelt Oberland""", ["BSM201"], "Shipping confirmation: left the warehouse and was handed to the carrier."),
# 19
("fulfillment-question", "text", "Ihre Bestellung {O}",
"""Sehr geehrter Herr Wolf,

wir haben Ihre Bestellung {O} erhalten und bereiten sie gerade für den Versand vor.

Mit freundlichen Grüßen
Weinkontor Rheinhessen""", ["BSM201"], "Order confirmation: received and being prepared."),
# 20
("reply", "text", "Danke! ({O})",
"""Liebe Frau Busch,

vielen herzlichen Dank für Ihren Einkauf (Bestellung {O}). Wir wissen das sehr zu schätzen.

Herzliche Grüße
Ihr Team von Papeterie Federstrich""", ["BSM202"], "Thanks only."),
# 21
("additional-information", "text", "Bestellung {O}",
"""Hallo,

falls mit Ihrer Bestellung {O} irgendetwas nicht stimmen sollte, sind wir jederzeit für Sie da. Eine kurze Nachricht genügt.

Ihr Team von Sockenliebe""", ["BSM202"], "Only the offer to help if something comes up."),
# 22
("delivery-scheduling", "text", "Liefertermin Sofa - {O}",
"""Guten Tag Herr Keller,

für die Lieferung des Ecksofas aus Bestellung {O} können wir Ihnen Mittwoch, 16.12.2026, zwischen 8 und 12 Uhr oder Freitag, 18.12.2026, zwischen 12 und 16 Uhr anbieten. Bitte geben Sie uns kurz Bescheid, welcher Termin passt.

Mit freundlichen Grüßen
Polsterhaus Keller & Söhne

PS: Nur noch bis Sonntag gibt es 20 % Rabatt auf unser komplettes Sortiment mit dem Code SOFA20.""", ["BSM203"], "Permitted delivery scheduling with a P.S. promoting 20% off the whole range."),
# 23
("reply", "text", "AW: Fällt der Body klein aus? ({O})",
"""Hallo Sarah,

nein, der Body aus deiner Bestellung {O} fällt normal aus. Größe 74 passt meist ab etwa 6 Monaten.

Übrigens: Unsere neue Winterkollektion ist gerade erschienen! Folge uns auf Instagram und abonniere unseren Newsletter, dann verpasst du nichts mehr.

Liebe Grüße
Kleine Wolke Kindermode""", ["BSM203"], "Invitation to follow the shop, subscribe to the newsletter and see the new collection."),
# 24
("review-request", "text", "Ihre Meinung zum Vogelhaus ({O})",
"""Guten Tag Herr Lorenz,

würden Sie eine Rezension zum Vogelhaus aus Bestellung {O} auf Amazon schreiben? Als kleines Dankeschön schicken wir Ihnen ein Überraschungsgeschenk, sobald Ihre Rezension veröffentlicht ist.

Freundliche Grüße
Gartenholz Schwarzwald""", ["BSM204"], "Small gift promised once the review is published."),
# 25
("review-request", "text", "Geld zurück für Ihre Bewertung - {O}",
"""Hallo Frau Engel,

schreiben Sie eine Rezension zu den Backformen aus Bestellung {O} auf Amazon und schicken Sie uns eine Nachricht, sobald sie online ist. Wir erstatten Ihnen dann den vollen Kaufpreis.

Viele Grüße
Backstube Engelhardt""", ["BSM204"], "Full refund offered once the review is online."),
# 26
("reply", "text", "AW: Defekter Griff - {O}",
"""Sehr geehrte Frau Zimmermann,

schön zu hören, dass der Ersatzgriff für Ihren Koffer aus Bestellung {O} angekommen ist und alles funktioniert.

Da das Problem nun gelöst ist: Könnten Sie Ihre Ein-Stern-Bewertung überarbeiten oder löschen? Das würde uns als kleinem Familienbetrieb sehr helfen.

Mit freundlichen Grüßen
Reisegepäck Sommer""", ["BSM205"], "Asks the buyer to revise or delete a one-star review."),
# 27
("review-request", "text", "Zufrieden mit Ihrem Einkauf? ({O})",
"""Liebe Kundin, lieber Kunde,

wenn Sie mit dem Wasserkocher aus Bestellung {O} zufrieden sind, freuen wir uns über eine Rezension auf Amazon.

Sollte etwas nicht passen, schreiben Sie bitte keine Bewertung, sondern wenden Sie sich zuerst an uns. Wir finden bestimmt eine Lösung.

Beste Grüße
Küchenzauber Direkt""", ["BSM206"], "Only satisfied buyers asked to review; unhappy ones steered to contact the seller."),
# 28
("review-request", "text", "Eine kleine Bitte zu {O}",
"""Hey Tim,

wir hoffen, du hast Spaß mit deiner neuen Yogamatte (Bestellung {O})! Wenn du uns auf Amazon fünf Sterne gibst, wäre das der Hammer für unser kleines Team.

Namaste
Yogaloft Leipzig""", ["BSM206"], "Asks for five stars."),
# 29
("order-problem", "text", "Problem mit Ihrer Bestellung {O}",
"""Sehr geehrter Herr Schulz,

leider ist der gusseiserne Bräter (28 cm, anthrazit) aus Ihrer Bestellung {O} ausverkauft und wird nicht nachproduziert. Den Bestellbetrag haben wir bereits entsprechend angepasst.

Am schnellsten lässt sich die Bestellung abschließen, wenn Sie die Stornierung selbst über "Meine Bestellungen" beantragen.

Mit freundlichen Grüßen
Kochhaus Lindenberg""", ["BSM108"], "Amount adjusted, but advises the buyer to request the cancellation because stock ran out."),
# 30
("order-problem", "text", "Bestellung {O} - Artikel nicht vorrätig",
"""Hallo Frau Kaiser,

durch einen Fehler in unserer Bestandsführung ist die Gartenbank aus Ihrer Bestellung {O} leider nicht mehr vorrätig.

Wir wären Ihnen sehr dankbar, wenn Sie für die Bestellung eine Stornierung beantragen könnten. Entschuldigen Sie bitte die Umstände.

Viele Grüße
Gartenmöbel Nordlicht""", ["BSM107", "BSM108"], "Asks for a cancellation request due to no stock, without confirming an adjusted amount."),
# 31
("delivery-delay", "text", "Verzögerung bei {O}",
"""Sehr geehrte Kundin, sehr geehrter Kunde,

wegen einer Störung in unserer Druckerei versenden wir den Fotokalender aus Bestellung {O} erst am 16.12.2026 statt am 11.12.2026.

Mit freundlichen Grüßen
Fotoecke Bamberg

Keine Nachrichten mehr von uns? Antworten Sie einfach mit STOPP.""", ["BSM305"], "Opt-out instruction: reply STOPP."),
# 32
("reply", "text", "AW: Paket immer noch nicht da ({O})",
"""Hi Kevin,

sorry, der Scheiß-Paketdienst hat deine Bestellung {O} schon wieder verschlampt. So ein verdammter Mist. Ich hab eine Ersatzlieferung angestoßen, die kommt am Freitag, 11.12.

Gruß
Dennis
Zockerbude Hannover""", ["BSM306"], "German profanity."),
# 33
("delivery-delay", "text", "Delay on your order {O}",
"""Dear Mr Hoffmann,

Unfortunately the solar garden lights from order {O} are delayed at our supplier. We now expect to ship them on 18 December 2026. We apologise for the inconvenience.

Kind regards,
Gartenlicht Sauerland""", ["BSM104"], "Message for a de-DE buyer written entirely in English."),
# 34
("reply", "text", "AW: Aufbauanleitung ({O})",
"""Hallo Herr Meier,

die Schrauben für das Hochbett aus Bestellung {O} sind im Beutel mit der Aufschrift D. Wenn Sie nicht weiterkommen, rufen Sie uns einfach an unter 030 / 4477 1290, dann gehen wir es gemeinsam durch.

Viele Grüße
Kinderzimmer Kontor""", ["BSM309"], "Seller phone number in national format."),
# 35
("reply", "text", "AW: Farbton ({O})",
"""Grüß Gott Frau Wimmer,

der Kreidefarbton aus Ihrer Bestellung {O} heißt Altweiß, Charge 0502. Für eine Farbberatung erreichen Sie uns auch per WhatsApp unter +43 664 512 8830.

Liebe Grüße
Farbenatelier Salzburg""", ["BSM309"], "Seller phone number in international format (de-AT)."),
# 36
("return-follow-up", "text", "Fotos für Ihre Rücksendung ({O})",
"""Hallo Herr Krause,

damit wir die Rücksendung zu Bestellung {O} bearbeiten können, brauchen wir ein Foto der beschädigten Ecke des Spiegels. Bitte schicken Sie es an retoure@spiegelhaus-krause.de.

Danke und viele Grüße
Spiegelhaus Krause""", ["BSM308"], "Plain e-mail address in a return follow-up that asks for information."),
# 37
("reply", "text", "AW: Zusätzliche Kissenbezüge - {O}",
"""Guten Tag Frau Berger,

für zusätzliche Bezüge zu Ihrer Bestellung {O} schreiben Sie am besten an service (at) kissenparadies (punkt) de, dann machen wir Ihnen ein Angebot.

Freundliche Grüße
Kissenparadies""", ["BSM308"], "Obfuscated e-mail address with (at) and (punkt)."),
# 38
("reply", "html", "AW: Wie pflege ich das Messer? ({O})",
"""<p>Hallo Herr Friedrich,</p>
<p>für das Damastmesser aus Bestellung {O} haben wir eine ausführliche <a href="https://www.klingenwerk-solingen.de/ratgeber/messerpflege">Pflegeanleitung auf unserer Website</a> zusammengestellt.</p>
<p>Kurz gesagt: nur von Hand spülen, sofort abtrocknen und gelegentlich leicht ölen.</p>
<p>Beste Grüße<br>Klingenwerk Solingen</p>""", ["BSM302"], "https link to the seller's own site, not needed to complete the order."),
# 39
("return-follow-up", "html", "Rücksendung {O} - eine Angabe fehlt noch",
"""<p>Sehr geehrter Herr Seidel,</p>
<p>um die Rücksendung der Kopfhörer aus Bestellung {O} abzuschließen, benötigen wir noch den Rücksendegrund. Diesen können Sie in <a href="http://www.amazon.de/gp/css/returns/homepage.html">Ihren Rücksendungen bei Amazon</a> ergänzen.</p>
<p>Mit freundlichen Grüßen<br>Klangraum Audio</p>""", ["BSM301"], "Descriptive Amazon link over http."),
# 40
("delivery-delay", "html", "Neuer Versandtermin - Bestellung {O}",
"""<p>Sehr geehrte Frau Graf,</p>
<p>Ihre Tischleuchte aus Bestellung {O} versenden wir nun am 18.12.2026, eine Woche später als geplant.</p>
<p><img src="https://bilder.leuchtenhaus-graf.de/produkte/tischleuchte-messing-35cm.jpg" alt="Tischleuchte Messing 35 cm" width="300" height="300"></p>
<p>Mit freundlichen Grüßen<br>Leuchtenhaus Graf</p>""", ["BSM310"], "Image of the purchased product."),
# 41
("review-request", "html", "Frohe Festtage - Ihre Erfahrung mit {O}",
"""<p><img src="https://cdn.wichtelstube.de/mail/verschneite-berglandschaft.jpg" alt="Verschneite Berglandschaft" width="400" height="250"></p>
<p>Liebe Kundin, lieber Kunde,</p>
<p>wie gefallen Ihnen die Weihnachtskugeln aus Bestellung {O}? Sie können gern <a href="https://www.amazon.de/review/create-review?asin=B0DF2WQ8LM">eine Rezension auf Amazon schreiben</a>.</p>
<p>Herzliche Grüße<br>Wichtelstube</p>""", ["BSM311"], "Unrelated stock image (a snowy landscape)."),
# 42
("delivery-delay", "html", "Verzögerung - Bestellung {O}",
"""<p><img src="https://cdn.holzspielzeug-kraemer.de/mail/logo-holzspielzeug-kraemer.png" alt="" width="150" height="50"></p>
<p>Liebe Eltern,</p>
<p>die Holzeisenbahn aus Bestellung {O} wird erst am 15.12.2026 versendet, da unser Lieferant die Brückenteile später liefert.</p>
<p>Viele Grüße<br>Holzspielzeug Krämer</p>""", ["BSM402"], "Shop logo with an empty alt."),
# 43
("reply", "text", "AW: Geschenkverpackung? ({O})",
"""Hallo Lea,

klar, wir verpacken den Schal aus deiner Bestellung {O} als Geschenk und legen eine Karte mit deinem Text bei 🎁

Liebe Grüße
Wollstübchen""", ["BSM403"], "Emoji in the text."),
# 44
("reply", "text", "AW: Handschuhgröße ({O})",
"""Hallo Jörg,

Größe L passt bei einem Handumfang von 22 bis 24 cm. Die Handschuhe aus Bestellung {O} fallen eher großzügig aus ;)

Gruß
Outdoor Kuhn""", ["BSM403"], "Emoticon ;) in the text."),
# 45
("delivery-delay", "html", "Versandupdate {O}",
"""<style>
.kopf { font-size: 23px; }
.unterzeile { font-size: 18px; }
.text { font-size: 15px; }
.impressum { font-size: 10px; }
</style>
<p class="kopf">Kleine Verspätung</p>
<p class="unterzeile">Bestellung {O}</p>
<p class="text">Sehr geehrter Herr Vogel, wegen einer verspäteten Lederlieferung versenden wir Ihren Gürtel am 18.12.2026 statt am 11.12.2026.</p>
<p class="impressum">Lederwaren Vogel, Marktplatz 3, 37073 Göttingen</p>""", ["BSM410"], "Four explicit font sizes in a style block besides the default."),
# 46
("delivery-scheduling", "html", "Liefertermin Kleiderschrank ({O})",
"""<p>Sehr geehrte Frau Hahn,</p>
<p>wir möchten gern einen Termin für die Lieferung des Kleiderschranks aus Bestellung {O} mit Ihnen vereinbaren.</p>
<p></p>
<p>&nbsp;</p>
<p>Möglich wären Donnerstag, 17.12.2026, 8 bis 12 Uhr, oder Samstag, 19.12.2026, 9 bis 13 Uhr.</p>
<p>&nbsp;</p>
<p>&nbsp;</p>
<p>Mit freundlichen Grüßen<br>Schrankwerk Westfalen</p>""", ["BSM412"], "Empty paragraphs between paragraphs in HTML."),
# 47
("return-follow-up", "text", "[Wichtig] Rückfrage zu Ihrer Retoure {O}",
"""Sehr geehrter Herr Franke,

zu Ihrer Rücksendung aus Bestellung {O}: Bitte teilen Sie uns noch mit, ob die Originalverpackung des Druckers beiliegt. Dann können wir die Retoure abschließen.

Mit freundlichen Grüßen
Druckerwelt Ostsee""", ["BSM110"], "[Wichtig] on a return follow-up, which is not critical."),
# 48
("return-follow-up", "html", "Rücksendung {O}",
"""<p>Guten Tag,</p>
<p>Ihre Rücksendung des Babyphones aus Bestellung {O} ist unvollständig. Haben Sie das Netzteil mitgeschickt? Ihre Rücksendedaten finden Sie <a href="https://www.amazon.de/gp/css/returns/homepage.html">hier</a>.</p>
<p>Viele Grüße<br>Babywelt Sonnenschein</p>""", ["BSM401"], "Link text 'hier'."),
# 49
("delivery-delay", "html", "Versandverzögerung Bestellung {O}",
"""<table>
<tr><td style="font-family: Arial, Helvetica, sans-serif; color: #333333; line-height: 1.6; text-align: justify;">
<p>Sehr geehrte Frau Lehmann,</p>
<p>die Bettwäsche aus Satin aus Ihrer Bestellung {O} wird voraussichtlich am 16.12.2026 versendet, da die Ware beim Hersteller nachgefärbt werden muss.</p>
<p>Mit freundlichen Grüßen<br>Traumstoff Textilien</p>
</td></tr>
</table>""", ["BSM407", "BSM408", "BSM409", "BSM411"], "Builder styles: font-family, colour, line-height and justified text."),
# 50
("reply", "text", "AW: Ersatzteil Mixer",
"""Hallo Frau Dietrich,

zu Ihrer Bestellung {ON}: Das Ersatzmesser für den Standmixer ist bei uns als Zubehörteil erhältlich. Es passt auf alle Modelle mit 1,5-Liter-Behälter und lässt sich ohne Werkzeug austauschen.

Freundliche Grüße
Mixwerk Küchentechnik""", ["BSM102"], "Order number written as 17 digits without hyphens only."),
]


def _build():
    out = []
    for i, (typ, fmt, subj, body, exp, note) in enumerate(_RAW, 1):
        o = _oid(i)
        on = o.replace("-", "")
        out.append({
            "id": "v28-%s-%03d" % (LANG, i),
            "language": LANG,
            "locale": "de-AT" if i in _AT else "de-DE",
            "type": typ,
            "format": fmt,
            "subject": subj.replace("{O}", o).replace("{ON}", on),
            "body": body.replace("{O}", o).replace("{ON}", on),
            "order_id": o,
            "expected": sorted(exp),
            "note": note,
        })
    return out


MESSAGES = _build()
