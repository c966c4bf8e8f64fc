"""v13 evaluation messages, German (de-CH, Swiss conventions, no sharp s). Writer A."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_a import build

ROWS = [
# 1 clean delay text
("delivery-delay", "text", "Ihre Bestellung {ON} verzögert sich leicht",
"""Grüezi Frau Steiner

Kurze Info zu Ihrer Bestellung {ON}: Die Arvenholz-Schneidebretter sind noch in der Trocknung. Bei der kalten Witterung braucht das Öl länger, als wir gerechnet hatten. Neu versenden wir am Freitag, 18. Dezember.

Wir bitten um Verständnis. Passt Ihnen das nicht, schreiben Sie uns einfach hier zurück, dann finden wir eine Lösung.

Freundliche Grüsse
Reto Gasser
Holzwerkstatt Gasser, Davos""",
[], "Plain-text delay notice with a new ship date in Swiss register; clean."),
# 2 clean delay html
("delivery-delay", "html", "Neues Versanddatum für Bestellung {ON}",
"""<p>Sehr geehrter Herr Brunner</p>
<p>Leider verzögert sich der Versand Ihrer <b>Akku-Heckenschere HS-18</b> (Bestellung {ON}). Die Lieferung des Herstellers steckt beim Zoll in Basel fest.</p>
<table>
<tr><td>Ursprüngliches Versanddatum:</td><td>14.12.2026</td></tr>
<tr><td>Neues Versanddatum:</td><td>05.01.2027</td></tr>
</table>
<p>Wir entschuldigen uns für die Unannehmlichkeiten und melden uns, falls sich etwas ändert.</p>
<p>Freundliche Grüsse<br>Kundendienst Gartengeräte Seeland</p>""",
[], "HTML delay notice with dates in a table; clean."),
# 3 clean order problem [Wichtig]
("order-problem", "text", "[Wichtig] Bestellung {ON} kann nicht geliefert werden",
"""Sehr geehrte Frau Keller

Es tut uns leid: Das Fondue-Caquelon «Bern» in Rot, das Sie mit der Bestellnummer {ON} bestellt haben, können wir nicht liefern. Das letzte Stück an Lager war beim Verpacken beschädigt, und der Hersteller produziert diese Farbe nicht mehr.

Den gesamten Bestellbetrag von CHF 54.90 haben wir bereits in Seller Central angepasst, mit dem Grund «kein Lagerbestand». Die Gutschrift erscheint je nach Bank innert weniger Arbeitstage.

Wir entschuldigen uns für die Umstände.

Freundliche Grüsse
Monika Frei
Küchenlade Winterthur""",
[], "Order problem with [Wichtig] tag confirming the amount was adjusted for no stock; clean."),
# 4 clean additional info
("additional-information", "text", "Frage zur Gravur – Bestellung {ON}",
"""Hoi Lukas

Du hast bei der Bestellung {ON} ein graviertes Sackmesser gewählt, aber das Textfeld leer gelassen. Was sollen wir auf die Klinge gravieren? Platz hat es für höchstens 18 Zeichen.

Sobald wir deine Antwort haben, gravieren wir das Messer und es geht noch gleichentags raus.

Liebe Grüsse
Andrea vom Gravurstübli Thun""",
[], "Informal request for missing engraving text needed to complete the order; clean."),
# 5 clean return partial refund
("return-follow-up", "text", "Ihre Rücksendung zu Bestellung {ON}",
"""Sehr geehrte Frau Meier

Wir haben Ihre Rücksendeanfrage für die Wolldecke (Bestellung {ON}) erhalten. Sie schreiben, dass an einer Ecke ein kleiner Fadenzieher ist, die Decke Ihnen aber sonst gefällt.

Wenn Sie die Decke behalten möchten, bieten wir Ihnen eine Teilrückerstattung von CHF 20.00 an. Selbstverständlich können Sie sie auch zurückschicken; dann erstatten wir den vollen Betrag, sobald das Paket bei uns ist. Was ist Ihnen lieber?

Freundliche Grüsse
Team Textilhaus Appenzell""",
[], "Return follow-up offering a partial refund; clean."),
# 6 clean return question
("return-follow-up", "html", "Rücksendung {ON}: eine kurze Rückfrage",
"""<p>Guten Tag Herr Huber</p>
<p>Danke für Ihre Rücksendeanfrage zur Espressomühle (Bestellung {ON}). Damit wir die Rücksendung abwickeln können, brauchen wir noch eine Angabe: Ist die Mühle unbenutzt und originalverpackt, oder wurde sie schon in Betrieb genommen?</p>
<p>Danach erhalten Sie das passende Rücksendeetikett.</p>
<p>Freundliche Grüsse<br>Marco<br>Kaffeerösterei Aarau</p>""",
[], "Return follow-up asking for information needed to complete the return; clean."),
# 7 clean invoice
("invoice", "html", "Rechnung zu Ihrer Bestellung {ON}",
"""<p>Sehr geehrter Herr Widmer</p>
<p>Im Anhang erhalten Sie die Rechnung zu Ihrer Bestellung {ON}, Rechnungsnummer <b>RE/2026/12/0932</b>, mit separat ausgewiesener Mehrwertsteuer.</p>
<table>
<tr><td>Total exkl. MWST</td><td>CHF 925.19</td></tr>
<tr><td>MWST 8.1 %</td><td>CHF 74.94</td></tr>
<tr><td>Total inkl. MWST</td><td>CHF 1'000.13</td></tr>
</table>
<p>Freundliche Grüsse<br>Buchhaltung</p>
<p><small>Bürowelt Ostschweiz AG · Rorschacher Strasse 150 · 9000 St. Gallen<br>UID CHE-114.352.807 MWST · Handelsregister des Kantons St. Gallen</small></p>""",
[], "Invoice with slashed invoice number, Swiss amounts and UID/MWST number; clean."),
# 8 clean review request text
("review-request", "text", "Wie gefällt Ihnen die Leuchte? (Bestellung {ON})",
"""Guten Tag Herr Schmid

Sie arbeiten nun seit einigen Tagen mit der Tischleuchte «Alpina». Mögen Sie auf Amazon eine Rezension zu Ihren Erfahrungen schreiben? Ob lobend oder kritisch: Jede ehrliche Bewertung hilft anderen Kundinnen und Kunden beim Entscheid.

Bestellnummer: {ON}

Freundliche Grüsse
Nadia, Lichtraum Luzern""",
[], "Neutral review request in plain text; clean."),
# 9 clean review request html logo
("review-request", "html", "Ihre Meinung zur Bestellung {ON}",
"""<img src="https://bilder.mailbaukasten.ch/k/7731/logo-toepferei-am-see.png" alt="Logo Töpferei am See" width="170">
<p>Sehr geehrte Frau Baumann</p>
<p>Vor einiger Zeit haben Sie die Salatschüssel aus unserer Werkstatt erhalten (Bestellung {ON}). Wir würden uns freuen, wenn Sie auf Amazon von Ihrer Erfahrung berichten, wie auch immer sie ausgefallen ist.</p>
<p><a href="https://www.amazon.de/review/create-review?asin=B0CQ5N8T3V">Rezension auf Amazon.de schreiben</a></p>
<p>Herzliche Grüsse<br>Corinne<br>Töpferei am See</p>""",
[], "HTML review request with shop logo (alt names shop) and descriptive https Amazon link; clean."),
# 10 clean delivery scheduling
("delivery-scheduling", "text", "Liefertermin für Ihr Boxspringbett – {ON}",
"""Guten Tag Frau Gerber

Ihr Boxspringbett (Bestellung {ON}) ist zu gross für den Paketdienst und wird von unserem Zweierteam geliefert. Folgende Termine sind noch frei:

Dienstag, 15.12.2026, 08.00–12.00 Uhr
Mittwoch, 16.12.2026, 13.00–17.00 Uhr
Samstag, 19.12.2026, 09.00–12.00 Uhr

Welches Zeitfenster passt Ihnen? Bitte teilen Sie uns auch mit, in welchem Stock sich das Schlafzimmer befindet und ob es einen Lift hat.

Freundliche Grüsse
Thomas Egli
Disposition, Schlafkultur Zug""",
[], "Scheduling a bulky delivery with dates and time windows; clean."),
# 11 clean home service
("home-service-appointment", "text", "Termin für die Montage Ihres Geschirrspülers ({ON})",
"""Sehr geehrter Herr Zürcher

Zu Ihrer Bestellung {ON} gehört die Montage des Einbau-Geschirrspülers. Unser Monteur kann am Montag, 21. Dezember, um 10.30 Uhr oder am Dienstag, 22. Dezember, um 14.00 Uhr bei Ihnen sein. Die Montage dauert rund eineinhalb Stunden.

Welcher Termin passt Ihnen besser? Bitte stellen Sie sicher, dass das alte Gerät bereits abgehängt ist.

Freundliche Grüsse
Urs Bachmann
Haushaltservice Emmental""",
[], "Home-service appointment with two dates and times; clean."),
# 12 clean design proof
("custom-design-verification", "html", "Gestaltungsentwurf für Ihr Geburtsschild – {ON}",
"""<p>Liebe Frau Roth</p>
<p>Im Anhang finden Sie den Entwurf des Geburtsschilds zu Ihrer Bestellung {ON}: Name <b>Elio</b>, geboren am 2. Dezember 2026, 3'380 g, in der von Ihnen gewählten Schrift.</p>
<p>Stimmt alles, auch die Schreibweise des Namens? Dann fräsen wir das Schild. Änderungswünsche schreiben Sie uns einfach in Ihrer Antwort.</p>
<p>Herzliche Grüsse aus der Werkstatt<br>Sabine<br>Holzkind Manufaktur</p>""",
[], "Design proof attached for approval; clean."),
# 13 clean door code
("fulfillment-question", "text", "Zugangscode für die Zustellung {ON}",
"""Guten Tag Herr Moser

Der Kurier wollte Ihr Paket (Bestellung {ON}, Sendungsnummer 99.60.123456.78901234) gestern zustellen, kam aber nicht in die Überbauung an der Seestrasse. Könnten Sie uns den Code für die Haustür mitteilen, damit wir ihn dem Kurier weitergeben können? Unsere interne Referenz lautet AUF-2026-11873.

Ohne Code können wir leider keinen neuen Zustellversuch planen.

Freundliche Grüsse
Simone Wyss
Velozubehör Bern""",
[], "Asks for a door code needed for delivery, with shipment and reference numbers; clean."),
# 14 clean reply foreign title
("reply", "text", "AW: Frage zu Bestellung {ON}",
"""Hallo Frau Lüthi

Gute Frage! Das Spiel «Ticket to Ride – Europe» ist die englische Ausgabe; die Spielregeln liegen nur auf Englisch bei. Die Karten selbst kommen fast ohne Text aus, Sie werden also gut zurechtkommen.

Eine deutsche Ausgabe führen wir leider nicht. Ich hoffe, damit ist Ihre Frage zur Bestellung {ON} beantwortet.

Freundliche Grüsse
Fabian, Spielestube Olten""",
[], "Reply quoting an English product title within German sentences; clean."),
# 15 clean warranty hotline
("reply", "text", "AW: Staubsauger lädt nicht mehr – {ON}",
"""Sehr geehrte Frau Graf

Das ist ärgerlich, dass der Akkustaubsauger nach drei Wochen nicht mehr lädt. Für dieses Modell läuft die Garantie direkt über den Hersteller. Die Garantie-Hotline des Herstellers (Nordwind Home, Herstellergarantie) erreichen Sie unter 0848 123 456, Montag bis Freitag 8.00–17.00 Uhr. Halten Sie bitte Ihre Bestellnummer {ON} bereit.

Kommen Sie mit dem Hersteller nicht weiter, schreiben Sie uns gerne wieder.

Freundliche Grüsse
Claudia
Haushaltsprofi Basel""",
[], "Reply giving a phone number clearly marked as the manufacturer's warranty hotline; clean."),
# 16 clean company footer
("reply", "html", "AW: Rechnungsadresse für Bestellung {ON}",
"""<p>Sehr geehrter Herr Ammann</p>
<p>Selbstverständlich können wir die Rechnung zu Bestellung {ON} auf Ihre Firma ausstellen. Wir haben Firmenname und UID-Nummer erfasst; die korrigierte Rechnung erhalten Sie über Amazon.</p>
<p>Freundliche Grüsse</p>
<p>Martin Kälin<br>Kundenberater</p>
<p><small>Papeterie Zentral GmbH<br>Industriestrasse 22, 6300 Zug<br>UID CHE-287.491.036 MWST</small></p>""",
[], "Reply with a company-details footer (address, UID); clean."),
# 17 clean reply with tracking/return numbers
("reply", "text", "AW: Wo bleibt meine Rückerstattung? {ON}",
"""Hallo Jana

Deine Rücksendung (Retourennummer RT-20261202-0415, Sendungsnummer 99.34.112233.44556677) ist am Donnerstag, 3. Dezember, um 09.47 Uhr bei uns im Lager eingetroffen. Die Rückerstattung von CHF 129.00 für die Bestellung {ON} haben wir am Montag, 7. Dezember, ausgelöst. Je nach Bank ist der Betrag in 3 bis 5 Arbeitstagen auf deinem Konto.

Liebe Grüsse
Noah, Laufschuhladen Chur""",
[], "Reply with return and shipment numbers, dates, times and amounts; clean."),
# 18 BSM201 handed to carrier
("fulfillment-question", "text", "Neuigkeiten zu {ON}",
"""Hoi Sandro

Deine neue Velotasche ist heute Morgen von der Post bei uns abgeholt worden und nun unterwegs zu dir. Sie sollte morgen oder übermorgen ankommen.

Bestellung: {ON}

Velowerkstatt Speiche""",
["BSM201"], "Says the parcel was picked up by the carrier and is on its way: a shipping confirmation."),
# 19 BSM201 order received and preparing
("additional-information", "html", "Wir kümmern uns um Ihre Bestellung {ON}",
"""<p>Sehr geehrte Frau Schneider</p>
<p>Ihre Bestellung {ON} ist wohlbehalten bei uns eingegangen. Unser Team stellt das Teeservice bereits zusammen und verpackt es sorgfältig.</p>
<p>Freundliche Grüsse<br>Teehaus Schaffhausen</p>""",
["BSM201"], "Says the order was received and is being packed: an order confirmation."),
# 20 BSM202 thanks only
("fulfillment-question", "text", "Bestellung {ON}",
"""Liebe Frau Suter

Herzlichen Dank, dass Sie sich für unsere handgesiedete Seife entschieden haben! Es bedeutet uns viel, dass Sie bei einem kleinen Familienbetrieb einkaufen.

Herzliche Grüsse
Seifensiederei Bienenhaus""",
["BSM202"], "Only thanks the buyer for the purchase."),
# 21 BSM202 only here if needed
("reply", "text", "AW: Bestellung {ON}",
"""Guten Tag

Sollte mit Ihrer Sendung wider Erwarten etwas nicht stimmen, sind wir jederzeit für Sie da. Eine kurze Nachricht genügt.

Freundliche Grüsse
Hi-Fi Laden Baden""",
["BSM202"], "Only offers help should a problem arise."),
# 22 BSM203 P.S.
("delivery-delay", "text", "Kleine Verzögerung bei Bestellung {ON}",
"""Hallo Herr Vogel

Wegen des Weihnachtsandrangs verschicken wir Ihr Kletterseil (Bestellung {ON}) zwei Tage später als geplant, am Freitag, 18. Dezember.

Entschuldigen Sie die Wartezeit.

Bergsport Engelberg

PS: Bis 31. Dezember erhalten Sie mit dem Code BERG20 zwanzig Prozent Rabatt auf das gesamte Sortiment.""",
["BSM203"], "Permitted delay notice with a P.S. giving 20 percent off the whole range."),
# 23 BSM203 follow/newsletter
("additional-information", "html", "Ringgrösse für Bestellung {ON}",
"""<p>Hallo Lea</p>
<p>Bei deiner Bestellung {ON} fehlt noch die Ringgrösse. Kannst du sie uns mitteilen? Dann fertigen wir den Ring passend an.</p>
<p>Übrigens: Nächste Woche erscheint unsere neue Winterkollektion mit Ohrringen und Ketten. Folge uns auf Instagram oder abonniere unseren Newsletter, dann erfährst du es als Erste.</p>
<p>Liebe Grüsse<br>Goldschmiede Mia, Aarau</p>""",
["BSM203"], "Needed information request that also promotes a new collection, social follow and newsletter."),
# 24 BSM204 small token
("review-request", "text", "Eine kleine Bitte zu {ON}",
"""Hallo Herr Kunz

Würden Sie auf Amazon ein paar Worte zur Hängematte schreiben, die Sie bei uns gekauft haben (Bestellung {ON})? Sobald Ihre Rezension online ist, schicken wir Ihnen als Dankeschön eine kleine Überraschung.

Freundliche Grüsse
Draussen Leben GmbH""",
["BSM204"], "Promises a small gift once the review is online."),
# 25 BSM204 full refund
("review-request", "html", "Rezension zu Bestellung {ON}",
"""<p>Liebe Kundin, lieber Kunde</p>
<p>Wir erstatten Ihnen gerne den vollen Kaufpreis Ihrer Bestellung {ON} zurück. Sie müssen dafür nur eine Rezension auf Amazon veröffentlichen und uns Bescheid geben, sobald sie sichtbar ist.</p>
<p>Freundliche Grüsse<br>Technikpunkt Lugano</p>""",
["BSM204"], "Offers a full refund in exchange for a published review."),
# 26 BSM205 change 1-star
("reply", "text", "AW: Zerbrochene Vase – {ON}",
"""Sehr geehrte Frau Hofer

Schön, dass die Ersatzvase nun heil bei Ihnen angekommen ist, und nochmals Entschuldigung für die erste Lieferung.

Da nun alles in Ordnung ist, möchten wir Sie höflich fragen, ob Sie Ihre Ein-Stern-Bewertung noch einmal anschauen würden. Vielleicht mögen Sie sie anpassen oder ganz löschen?

Freundliche Grüsse
Glasbläserei Hergiswil
Bestellung {ON}""",
["BSM205"], "Asks the buyer to adjust or delete an existing one-star review."),
# 27 BSM206 only if satisfied
("review-request", "text", "Zufrieden mit der neuen Pfanne? ({ON})",
"""Hoi Melanie

Bist du glücklich mit der Gusseisenpfanne aus der Bestellung {ON}? Dann freuen wir uns riesig, wenn du das in einer Rezension auf Amazon erzählst.

Bist du nicht ganz zufrieden? Dann schreib bitte zuerst uns, bevor du etwas veröffentlichst, wir finden bestimmt eine Lösung.

Liebe Grüsse
Pfannenhaus Solothurn""",
["BSM206"], "Invites reviews only from happy buyers and diverts unhappy ones to the seller."),
# 28 BSM206 five stars
("review-request", "html", "Ihre Erfahrung mit Bestellung {ON}",
"""<p>Sehr geehrter Herr Bühler</p>
<p>Wir hoffen, die Regenjacke hält Sie trocken. Wenn Sie finden, dass wir die vollen fünf Sterne verdient haben, würden wir uns über eine Bewertung auf Amazon sehr freuen.</p>
<p>Freundliche Grüsse<br>Outdoorhaus Graubünden<br>Bestellung {ON}</p>""",
["BSM206"], "Steers the buyer towards a five-star rating."),
# 29 BSM108 cancel yourself
("order-problem", "text", "Bestellung {ON}: Artikel ausverkauft",
"""Sehr geehrte Frau Wenger

Leider ist die Messingleuchte «Kugel» ausverkauft, und wir können Ihre Bestellung {ON} nicht ausführen. Den Bestellbetrag haben wir bereits vollständig angepasst, mit dem Grund «kein Lagerbestand».

Am schnellsten ist die Sache erledigt, wenn Sie die Bestellung unter «Meine Bestellungen» auf Amazon selbst stornieren; dann ist alles sofort abgeschlossen.

Freundliche Grüsse
Leuchtenladen Rapperswil""",
["BSM108"], "Confirms the adjustment but advises the buyer to cancel the out-of-stock order themself."),
# 30 BSM107 + BSM108
("order-problem", "text", "Problem mit Ihrer Bestellung {ON}",
"""Hallo Herr Imhof

Leider sind die Inlineskates in Grösse 43 ausverkauft, und unser Lieferant kann uns keinen Termin für Nachschub nennen (Bestellung {ON}).

Wir wären Ihnen sehr dankbar, wenn Sie bei Amazon einen Stornierungsantrag stellen könnten, damit wir die Bestellung bei uns abschliessen können.

Freundliche Grüsse
Rollsport Biel""",
["BSM107", "BSM108"], "Out of stock: asks for a cancellation request and never confirms an amount adjustment."),
# 31 BSM305
("delivery-scheduling", "text", "Lieferung Ihres Kleiderschranks planen – {ON}",
"""Guten Tag Herr Lehmann

Ihr Kleiderschrank (Bestellung {ON}) wird mit dem Lastwagen geliefert. Passt Ihnen Donnerstag, 17. Dezember, zwischen 12.00 und 16.00 Uhr? Alternativ wäre Freitag, 18. Dezember, am Vormittag möglich.

Freundliche Grüsse
Möbelhalle Wil

Sie möchten keine Nachrichten mehr von uns erhalten? Antworten Sie einfach mit «ABMELDEN».""",
["BSM305"], "Delivery scheduling with an opt-out instruction."),
# 32 BSM306
("reply", "text", "AW: Reklamation Lieferung {ON}",
"""Herr Hauser

Ich habe Ihre Nachricht gelesen. Die Delle im Karton hat der Scheisskurier verursacht, nicht wir. Ehrlich gesagt habe ich die Schnauze voll davon, mir wegen jedem Kratzer auf einer Schachtel so einen Mist anhören zu müssen.

Die Gartenstühle selbst sind unbeschädigt, damit ist die Sache für mich erledigt.

Gartenmöbel Thurgau
Bestellung {ON}""",
["BSM306"], "Reply with German profanity and an abusive tone."),
# 33 BSM104 French body
("delivery-delay", "text", "Commande {ON} – retard d'expédition",
"""Bonjour Madame Favre,

Nous sommes désolés de vous informer que l'expédition de votre commande {ON} (la table basse en noyer) aura une semaine de retard. Nous prévoyons de l'envoyer le 21 décembre.

Meilleures salutations,
Atelier du Noyer, Yverdon""",
["BSM104"], "Whole message in French to a buyer whose locale is de-CH."),
# 34 BSM309 national
("additional-information", "text", "Hausnummer fehlt bei {ON}",
"""Hallo Herr Frey

In der Lieferadresse zur Bestellung {ON} fehlt die Hausnummer. Können Sie uns diese mitteilen? Sie können uns auch anrufen unter 044 512 34 67, dann ergänzen wir sie gleich am Telefon.

Freundliche Grüsse
Druckerpatronen Center""",
["BSM309"], "Needed information request with a Swiss landline that is not a warranty line."),
# 35 BSM309 international
("reply", "html", "AW: Grösse der Jacke ({ON})",
"""<p>Hoi Nina</p>
<p>Die Jacke fällt eher gross aus, Grösse M sollte gut passen. Bist du unsicher? Schreib uns auf WhatsApp unter +41 79 345 61 28, dann schicken wir dir die genauen Masse.</p>
<p>Liebe Grüsse<br>Modehaus Nordlicht<br>Bestellung {ON}</p>""",
["BSM309"], "Reply with an international-format Swiss mobile number for WhatsApp."),
# 36 BSM308 plain
("custom-design-verification", "text", "Entwurf Ihrer Hochzeitskarten – {ON}",
"""Liebe Frau Kunz, lieber Herr Marti

Den Entwurf Ihrer Hochzeitskarten zur Bestellung {ON} finden Sie im Anhang. Falls Sie noch Änderungen wünschen, etwa ein anderes Datum oder eine andere Schrift, senden Sie diese bitte an entwurf@papierwerk-atelier.ch, wir passen alles noch am selben Tag an.

Herzliche Grüsse
Papierwerk Atelier""",
["BSM308"], "Design proof message that gives a plain e-mail address."),
# 37 BSM308 obfuscated
("reply", "text", "AW: Anleitung verloren ({ON})",
"""Hallo Herr Steiner

Kein Problem, wir haben die Anleitung der Wetterstation als PDF. Schreiben Sie kurz an service [at] wetterstation-shop [punkt] ch und nennen Sie die Bestellnummer {ON}, dann schicken wir sie Ihnen umgehend.

Freundliche Grüsse
Wetterstation-Shop""",
["BSM308"], "E-mail address obfuscated as [at] and [punkt]."),
# 38 BSM302
("reply", "html", "AW: Pflege der Ledertasche ({ON})",
"""<p>Sehr geehrte Frau Bieri</p>
<p>Leder bleibt am schönsten, wenn Sie es zweimal im Jahr pflegen. Alle Schritte haben wir in unserem <a href="https://www.lederatelier-bieler.ch/ratgeber/lederpflege">Ratgeber zur Lederpflege auf unserer Website</a> beschrieben.</p>
<p>Freundliche Grüsse<br>Lederatelier Bieler<br>Bestellung {ON}</p>""",
["BSM302"], "Descriptive https link to the seller's own site, not needed for the order."),
# 39 BSM301
("reply", "html", "AW: Rücksendung für {ON} anmelden",
"""<p>Hallo Frau Maurer</p>
<p>Die Rücksendung des Schals können Sie selbst über <a href="http://www.amazon.de/gp/css/order-history">Ihre Bestellungen auf Amazon.de</a> anmelden. Wählen Sie dort die Bestellung {ON} und danach «Artikel zurücksenden».</p>
<p>Freundliche Grüsse<br>Schalmanufaktur Glarus</p>""",
["BSM301"], "Descriptive link to Amazon over http."),
# 40 BSM310
("delivery-delay", "html", "Ihre Wanduhr wird später versandt – {ON}",
"""<p>Sehr geehrter Herr Blaser</p>
<p>Die Eichenholz-Wanduhr aus Ihrer Bestellung {ON} versenden wir nicht am 14., sondern am 19. Dezember, da das Uhrwerk verspätet eingetroffen ist.</p>
<p><img src="https://bilder.mailbaukasten.ch/k/8120/wanduhr-eiche-40cm.jpg" alt="Wanduhr Eiche 40 cm" width="300"></p>
<p>Freundliche Grüsse<br>Uhrmacherei Jura</p>""",
["BSM310"], "Includes a photo of the purchased wall clock."),
# 41 BSM311
("review-request", "html", "Frohe Festtage und eine Frage zu {ON}",
"""<p><img src="https://bilder.mailbaukasten.ch/k/9302/stock-bergpanorama-winter.jpg" alt="Verschneites Bergpanorama" width="400"></p>
<p>Hallo Herr Kälin</p>
<p>Möchten Sie auf Amazon Ihre Erfahrungen mit der Thermosflasche aus Bestellung {ON} teilen? Jede ehrliche Meinung hilft.</p>
<p>Freundliche Grüsse<br>Flaschendepot Schwyz</p>""",
["BSM311"], "Neutral review request with a stock mountain image unrelated to the shop."),
# 42 BSM402
("delivery-delay", "html", "Verzögerung Bestellung {ON}",
"""<p><img src="https://bilder.mailbaukasten.ch/k/1044/logo-spielzeugkiste-wil.png" width="150"></p>
<p>Sehr geehrte Frau Bosshard</p>
<p>Die Holzeisenbahn aus Ihrer Bestellung {ON} trifft einige Tage später als erwartet bei uns ein. Wir versenden sie am Dienstag, 22. Dezember.</p>
<p>Freundliche Grüsse<br>Spielzeugkiste Wil</p>""",
["BSM402"], "Shop logo without an alt attribute."),
# 43 BSM403 emoji
("review-request", "text", "Wie schmeckt der Kaffee? {ON}",
"""Hoi Simon 😊

Deine Bohnen sind jetzt seit gut einer Woche bei dir. Magst du auf Amazon erzählen, wie sie dir schmecken? Jede ehrliche Meinung ist willkommen 👍

Bestellung {ON}

Rösterei Bohnenglück""",
["BSM403"], "Neutral review request containing emoji."),
# 44 BSM403 emoticon
("reply", "text", "AW: Farbe der Wolle ({ON})",
"""Hallo Frau Ernst

Sie haben recht, «Moosgrün» ist etwas dunkler als auf dem Foto, das Licht spielt uns manchmal einen Streich :-) Gerne tauschen wir den Knäuel um, sagen Sie uns einfach, welche Farbe Sie möchten.

Freundliche Grüsse
Wollstube Zofingen
Bestellung {ON}""",
["BSM403"], "Reply with a text emoticon."),
# 45 BSM410
("delivery-delay", "html", "Neuer Liefertermin für {ON}",
"""<style>
.titel { font-size: 25px; }
.unter { font-size: 18px; }
.text { font-size: 14px; }
.fuss { font-size: 10px; }
</style>
<p class="titel">Noch etwas Geduld</p>
<p class="unter">Bestellung {ON}</p>
<p class="text">Sehr geehrte Frau Weber, Ihre Gartenbank wird am 23. statt am 16. Dezember versandt, weil die Lasur länger trocknen muss.</p>
<p>Freundliche Grüsse<br>Gartenholz Aargau</p>
<p class="fuss">Gartenholz Aargau GmbH, Bahnhofstrasse 8, 5000 Aarau</p>""",
["BSM410"], "Style block with four explicit font sizes besides the default."),
# 46 BSM412 empty paragraphs
("additional-information", "html", "Welche Stofffarbe? ({ON})",
"""<p>Sehr geehrter Herr Gisler</p>
<p>Bei Ihrer Bestellung {ON} der Esszimmerstühle wurde keine Stofffarbe gewählt. Möchten Sie Anthrazit, Sand oder Oliv?</p>
<p></p>
<p></p>
<p>Sobald wir Ihre Wahl kennen, gehen die Stühle in die Produktion.</p>
<p>Freundliche Grüsse<br>Stuhlmacherei Sarnen</p>""",
["BSM412"], "Empty paragraphs between paragraphs."),
# 47 BSM110 on return follow-up
("return-follow-up", "text", "[Wichtig] Ihre Rücksendung zu {ON}",
"""Guten Tag Herr Fischer

Zu Ihrer Rücksendeanfrage für die elektrische Zahnbürste (Bestellung {ON}) brauchen wir noch eine Angabe: Ist die Bürste bereits benutzt worden, oder ist die Hygieneversiegelung noch intakt?

Freundliche Grüsse
Pflegeshop Uster""",
["BSM110"], "Return follow-up asking needed information but carrying the [Wichtig] tag."),
# 48 BSM401
("review-request", "html", "Ihre Meinung zählt – Bestellung {ON}",
"""<p>Sehr geehrte Frau Rüegg</p>
<p>Hätten Sie einen Moment Zeit, um anderen Kundinnen und Kunden von Ihren Erfahrungen mit den Wollsocken aus Bestellung {ON} zu berichten?</p>
<p><a href="https://www.amazon.de/review/create-review?asin=B0D2KX7R5P">Hier klicken</a></p>
<p>Herzliche Grüsse<br>Sockenmanufaktur Toggenburg</p>""",
["BSM401"], "Link text 'Hier klicken' says nothing about the destination."),
# 49 BSM304 + BSM302 linked logo
("delivery-delay", "html", "Verzögerung bei Bestellung {ON}",
"""<p><a href="https://www.pflanzkuebel-rheintal.ch"><img src="https://bilder.mailbaukasten.ch/k/2207/logo-pflanzkuebel-rheintal.png" alt="Logo Pflanzkübel Rheintal" width="160"></a></p>
<p>Guten Tag Herr Dietrich</p>
<p>Der Pflanzkübel aus Ihrer Bestellung {ON} wird am Montag, 21. Dezember, versandt, eine Woche später als angegeben. Die Beschichtungsanlage unseres Lieferanten stand still.</p>
<p>Freundliche Grüsse<br>Pflanzkübel Rheintal</p>""",
["BSM302", "BSM304"], "Shop logo wrapped in a link to the seller's website."),
# 50 BSM406 oversized
("delivery-delay", "html", "Neues Versanddatum – Bestellung {ON}",
"""<p><img src="https://bilder.mailbaukasten.ch/k/3391/banner-kerzenzieherei-emme.png" alt="Kerzenzieherei Emme" width="580"></p>
<p>Liebe Frau Aebischer</p>
<p>Ihre Bienenwachskerzen aus Bestellung {ON} verschicken wir am Mittwoch, 16. Dezember, drei Tage später als geplant, da das Wachs noch aushärten muss.</p>
<p>Herzliche Grüsse<br>Kerzenzieherei Emme</p>""",
["BSM406"], "Shop banner image 580 px wide, over 80 percent of the 600 px maximum."),
]

MESSAGES = build("de", "de-CH", "442", ROWS)
