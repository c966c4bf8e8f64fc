"""v19 blind evaluation set: German (de) messages. Standard library only."""

LANG = "de"
PREFIX = "502"


def _oid(i):
    return "%s-%07d-%07d" % (PREFIX, (i * 4471093 + 613207) % 10**7, (i * 2958113 + 77431) % 10**7)


MESSAGES = []


def _m(n, type_, fmt, subject, body, expected, note, locale="de-DE"):
    o = _oid(n)
    MESSAGES.append({
        "id": "v19-de-%03d" % n,
        "language": LANG,
        "locale": locale,
        "type": type_,
        "format": fmt,
        "subject": subject.replace("#ORD#", o),
        "body": body.replace("#ORD#", o),
        "order_id": o,
        "expected": sorted(expected),
        "note": note,
    })


# ---------------------------------------------------------------- clean (17)
_m(1, "delivery-delay", "text", "Kleine Verzögerung bei Bestellung #ORD#",
   """Hallo Lena,

kurze Info zu deiner Bestellung #ORD#: Das Schneidebrett aus Nussbaum braucht noch ein paar Tage. Das Hartwachsöl ist bei der Kälte in der Werkstatt langsamer getrocknet als gedacht, deshalb können wir es erst am Donnerstag, 17.12., verschicken statt wie angekündigt diese Woche.

Sorry für die Warterei!

Viele Grüße aus dem Allgäu
Markus
Holzwerk Bergblick""",
   [], "Clean informal delay with a new dispatch date.")

_m(2, "delivery-delay", "html", "Lieferverzögerung zu Ihrer Bestellung #ORD#",
   """<table width="100%" cellpadding="0" cellspacing="0">
<tr><td>
<p>Sehr geehrte Frau Huber,</p>
<p>leider verzögert sich der Versand Ihrer Bestellung #ORD# (1 x Türklopfer Messing „Wien“). Die Gießerei hat den Guss verschoben; wir rechnen nun mit dem Versand am <strong>Montag, 21. Dezember 2026</strong>.</p>
<p>Wir bitten um Entschuldigung für die Unannehmlichkeiten.</p>
<p>Mit freundlichen Grüßen<br>Katharina Leitner<br>Kundenservice, Beschlagmanufaktur Leitner</p>
<p><small>Beschlagmanufaktur Leitner GmbH &middot; Gewerbepark 7, 4020 Linz &middot; FN 412733k, Landesgericht Linz &middot; UID ATU68214475</small></p>
</td></tr>
</table>""",
   [], "Clean Austrian HTML delay with an Austrian company footer.", locale="de-AT")

_m(3, "order-problem", "text", "[Wichtig] Problem mit Ihrer Bestellung #ORD#",
   """Sehr geehrter Herr Yılmaz,

leider können wir Ihre Bestellung #ORD# nicht ausführen. Bei der Bestandsprüfung hat sich herausgestellt, dass unsere letzte Espressomühle „Mahlwerk Pro 64“ einen Transportschaden hat; Nachschub bekommt der Hersteller frühestens im März.

Den gesamten Bestellbetrag von 129,90 € haben wir bereits angepasst (Grund: kein Lagerbestand). Sie müssen nichts weiter tun, das Geld ist in wenigen Werktagen wieder auf Ihrem Konto.

Es tut uns sehr leid.

Mit freundlichen Grüßen
Jana Schreiber
Kaffeekontor Schreiber""",
   [], "Clean order problem with [Wichtig] and the amount adjustment confirmed.")

_m(4, "additional-information", "text", "Rückfrage zu Bestellung #ORD#: Halsumfang",
   """Hallo Frau Becker,

für das personalisierte Hundehalsband aus Bestellung #ORD# fehlt uns noch der Halsumfang Ihres Hundes. Könnten Sie ihn kurz in Zentimetern nachmessen? Am besten locker mit dem Maßband, plus zwei Finger Luft.

Sobald wir das Maß haben, geht es in die Fertigung.

Danke und viele Grüße
Svenja von Pfotenglück""",
   [], "Clean request for a measurement needed to make the order.")

_m(5, "return-follow-up", "text", "Ihre Rücksendung zu Bestellung #ORD#",
   """Hallo Herr Wagner,

Sie haben für den Gusseisentopf aus Bestellung #ORD# eine Rücksendung angemeldet, weil der Deckel eine abgeplatzte Stelle hat. Ärgerlich, das tut uns leid.

Falls Sie den Topf trotzdem behalten möchten, bieten wir Ihnen eine Teilerstattung von 20,00 € an. Wenn Sie lieber zurückschicken, ist das natürlich auch in Ordnung; die Rücksendung läuft dann wie beantragt.

Geben Sie uns einfach Bescheid, was Ihnen lieber ist.

Beste Grüße
Thomas Krüger
Herd & Pfanne""",
   [], "Clean return follow-up offering a partial refund.")

_m(6, "return-follow-up", "text", "Rückfrage zur Retoure #ORD#",
   """Hallo Jonas,

damit wir deine Retoure abschließen können: Welche der beiden Stirnlampen aus Bestellung #ORD# schickst du zurück, die mit 400 oder die mit 800 Lumen? Und liegt das Ladekabel bei?

Danke dir!
Kevin
Gipfelausrüstung Müller""",
   [], "Clean return follow-up asking for information needed to complete the return.")

_m(7, "invoice", "text", "Rechnung zu Ihrer Bestellung #ORD#",
   """Guten Tag,

wie gewünscht erhalten Sie im Anhang die Rechnung Nr. RE/2026/12/0318 zu Ihrer Bestellung #ORD#.

Nettobetrag 210,00 €, zzgl. 19 % USt. 39,90 €, Gesamtbetrag 249,90 €.

Mit freundlichen Grüßen

Sabine Vogel
Buchhaltung

Büromöbel Vogel GmbH
Industriestraße 14, 70565 Stuttgart
Amtsgericht Stuttgart HRB 734512
USt-IdNr. DE287441906
Geschäftsführer: Rainer Vogel""",
   [], "Clean invoice with slashed invoice number, HRB and USt-IdNr.")

_m(8, "review-request", "text", "Wie gefällt Ihnen der Wasserkocher? (#ORD#)",
   """Hallo Frau Neumann,

Sie nutzen den Schwanenhals-Wasserkocher aus Bestellung #ORD# jetzt seit ein paar Tagen. Hätten Sie Lust, Ihre Erfahrung in einer Rezension auf Amazon zu teilen? Egal wie Ihr Eindruck ist, anderen Käufern hilft das bei der Entscheidung.

Viele Grüße
Ihr Team von Teezeit""",
   [], "Clean short neutral review request.")

_m(9, "review-request", "html", "Ihre Meinung zu Bestellung #ORD#",
   """<table width="100%" cellpadding="0" cellspacing="0">
<tr><td><img src="https://bilder.mailbaukasten-cdn.de/k/30871/kerzenwerkstatt-lichtblick-logo.png" alt="Kerzenwerkstatt Lichtblick" width="170" height="56"></td></tr>
<tr><td>
<p>Liebe Frau Schuster,</p>
<p>wir hoffen, die Sojakerzen aus Bestellung #ORD# sorgen bei Ihnen für gemütliche Abende. Wir würden uns freuen, wenn Sie uns in einer Rezension auf Amazon erzählen, wie Sie die Kerzen finden, ob Lob oder Kritik. Das hilft anderen Käufern und uns beim Besserwerden.</p>
<p><a href="https://www.amazon.de/review/review-your-purchases">Rezension auf Amazon schreiben</a></p>
<p>Herzliche Grüße<br>Miriam Roth<br>Inhaberin, Kerzenwerkstatt Lichtblick</p>
</td></tr>
</table>""",
   [], "Clean HTML review request with shop logo (alt names shop) and descriptive https Amazon link.")

_m(10, "delivery-scheduling", "text", "Liefertermin für Ihre Bestellung #ORD#",
   """Sehr geehrte Familie Schmitt,

Ihr Side-by-Side-Kühlschrank (Bestellung #ORD#) wird von zwei Personen angeliefert und in die Küche getragen. Dafür brauchen wir einen Termin, an dem jemand zu Hause ist. Frei sind noch:

Dienstag, 15.12.2026, 7:00 bis 12:00 Uhr
Mittwoch, 16.12.2026, 12:00 bis 18:00 Uhr
Samstag, 19.12.2026, 8:00 bis 13:00 Uhr

Welches Zeitfenster passt Ihnen? Hilfreich wäre auch ein kurzer Hinweis, ob es einen Aufzug gibt oder wie viele Stockwerke es sind.

Mit freundlichen Grüßen
Ihre Tourenplanung
Elektro Kaltenbach""",
   [], "Clean bulky-item delivery scheduling with German date and time slots.")

_m(11, "home-service-appointment", "text", "Terminvorschlag Montage – Bestellung #ORD#",
   """Hallo Herr Demir,

Sie haben die Wandmontage Ihres Fernsehers gebucht (Bestellung #ORD#). Unser Monteur Dennis könnte vorbeikommen am

Freitag, 11. Dezember, um 10:30 Uhr, oder
Montag, 14. Dezember, um 14:00 Uhr.

Die Montage dauert etwa anderthalb Stunden. Welcher Termin passt Ihnen besser?

Viele Grüße
Montageservice Hausprofi""",
   [], "Clean Home Services appointment with two times.")

_m(12, "custom-design-verification", "text", "Korrekturabzug für Ihr Türschild – #ORD#",
   """Hallo Frau Kowalski,

im Anhang finden Sie den Korrekturabzug für Ihr graviertes Türschild (Bestellung #ORD#): „Familie Kowalski – Haus 7“ in der gewählten Schreibschrift, 30 x 10 cm.

Bitte prüfen Sie Schreibweise und Aufteilung. Passt alles, genügt ein kurzes „Freigabe“ als Antwort, dann geht das Schild in die Gravur. Änderungswünsche setzen wir gern noch um.

Beste Grüße
Florian
Gravurwerk Sauer""",
   [], "Clean design proof verification with attachment mentioned.")

_m(13, "fulfillment-question", "text", "Zugang zum Haus – Bestellung #ORD#",
   """Guten Tag Frau Lorenz,

für die Zustellung Ihrer Bestellung #ORD# (unsere Ref. FT-2291/04) braucht der Kurier Zugang zum Hinterhaus in der Gneisenaustraße. Können Sie uns den Code für die Haustür nennen oder sagen, wo er klingeln soll? Wohnung 3. OG links steht schon auf dem Etikett.

Vielen Dank!
Fahrradteile Kreuzberg""",
   [], "Clean door-code question with reference numbers.")

_m(14, "reply", "text", "Re: Ist das dieselbe Pfanne?",
   """Hallo Herr Brandt,

ja, die „Professional Carbon Steel Frying Pan 28 cm“ aus Bestellung #ORD# ist genau die Pfanne aus unserem Sortiment, nur mit dem englischen Originaltitel des Herstellers. Sie ist induktionsgeeignet und muss vor dem ersten Gebrauch eingebrannt werden.

Gruß
Nicole von Pfannenliebe""",
   [], "Clean reply quoting an English product title inside German sentences.")

_m(15, "reply", "text", "Re: Föhn geht nicht mehr",
   """Sehr geehrte Frau Berger,

es tut uns leid, dass der Haartrockner aus Bestellung #ORD# nicht mehr funktioniert. Da er noch innerhalb der zweijährigen Herstellergarantie liegt, kümmert sich der Hersteller direkt um Reparatur oder Austausch.

Garantie-Hotline des Herstellers Solvane Beauty: 0800 724 4810 (Mo–Fr 8–18 Uhr). Halten Sie bitte die Seriennummer vom Griff bereit.

Sollte es dort Probleme geben, melden Sie sich gern wieder bei uns.

Mit freundlichen Grüßen
Petra Albrecht
Friseurbedarf Albrecht""",
   [], "Clean reply with the manufacturer's warranty hotline, marked as such.")

_m(16, "reply", "text", "Re: Firmendaten für die Buchhaltung",
   """Sehr geehrter Herr Fischer,

gern, unsere Firmendaten zur Bestellung #ORD# finden Sie unten. Sie stehen auch auf der Rechnung in Ihrem Amazon-Konto.

Mit freundlichen Grüßen

Aylin Kaya
Büroleitung

Papeterie Hanse GmbH
Große Elbstraße 145
22767 Hamburg
Amtsgericht Hamburg HRB 158203
USt-IdNr. DE314592087
Steuernummer 43/722/01548
Geschäftsführerin: Aylin Kaya""",
   [], "Clean reply with a German company footer incl. Steuernummer with slashes.")

_m(17, "reply", "text", "Re: Rücksendung #ORD#",
   """Hallo Laura,

alles erledigt: Deine Retoure ist unter der Rücksendenummer RS-26-11873 angelegt. Bitte gib das Paket bis Mittwoch, 16.12., 18:00 Uhr in einer DHL-Filiale ab. Die Sendungsnummer auf deinem Retourenetikett lautet 00340434161094022115.

Sobald das Paket bei uns ist (meist nach 2 Werktagen), erstatten wir dir 42,50 € plus 4,95 € Versand, weil die Größenangabe unser Fehler war.

Liebe Grüße
Anja
Kleine Strolche Kindermode""",
   [], "Clean reply with return and tracking numbers, date, time and amounts.")

# ------------------------------------------------------------ violations (31)
_m(18, "fulfillment-question", "text", "Ihr Paket ist unterwegs – #ORD#",
   """Hallo Frau Richter,

gute Nachrichten: Ihre Bestellung #ORD# hat heute Morgen unser Lager in Erfurt verlassen und wurde an DPD übergeben. Sie sollte in ein bis zwei Tagen bei Ihnen sein.

Viele Grüße
Sockenschublade""",
   ["BSM201"], "Shipping confirmation: left the warehouse, handed to the carrier.")

_m(19, "fulfillment-question", "text", "Bestellung #ORD#",
   """Sehr geehrte Kundin, sehr geehrter Kunde,

Ihre Bestellung #ORD# ist bei uns eingegangen und wird bereits für den Versand vorbereitet.

Mit freundlichen Grüßen
Gartenbedarf Grünfink""",
   ["BSM201"], "Order confirmation: received and being prepared.")

_m(20, "fulfillment-question", "text", "Danke! (Bestellung #ORD#)",
   """Liebe Hanna,

tausend Dank, dass du bei der Backstube Zimtstern bestellt hast. Das bedeutet uns als kleinem Familienbetrieb wirklich viel!

Herzliche Grüße
Conny""",
   ["BSM202"], "Thanks-only message.")

_m(21, "fulfillment-question", "text", "Bestellung #ORD#",
   """Hallo Herr Seidel,

falls mit Ihrem Puzzle irgendetwas nicht stimmen sollte, sind wir jederzeit für Sie da. Schreiben Sie uns einfach über Amazon.

Ihr Puzzlekiste-Team""",
   ["BSM202"], "Only the offer to help if anything comes up.")

_m(22, "delivery-delay", "text", "Kurze Verzögerung – #ORD#",
   """Hallo Max,

deine Messerrolle (Bestellung #ORD#) dauert noch etwas, das Leder wird gerade genäht. Wir rechnen mit dem Versand am Donnerstag, 17.12.

Grüße
Lederwerk Scharf

PS: Nur dieses Wochenende gibt's 20 % auf unser komplettes Sortiment in unserem Amazon-Shop.""",
   ["BSM203"], "Delay notice with a 20% off everything P.S.")

_m(23, "reply", "text", "Re: Waschen der Decke",
   """Hallo Paula,

die Strickdecke aus Bestellung #ORD# kannst du im Wollprogramm bei 30 Grad waschen, danach bitte liegend trocknen, nicht in den Trockner.

Übrigens: Folg uns doch auf Instagram (@wollwerk.kiel) und abonnier unseren Newsletter, im Januar kommt unsere neue Frühjahrskollektion!

Liebe Grüße
Wollwerk Kiel""",
   ["BSM203"], "Reply with follow-us, newsletter and new-collection promotion.")

_m(24, "review-request", "text", "Wie läuft's mit der Faszienrolle? #ORD#",
   """Hallo Tim,

wie kommst du mit der Faszienrolle klar? Wir würden uns über eine Rezension auf Amazon freuen. Sobald deine Bewertung online ist, schicken wir dir als kleines Dankeschön ein Fitnessband gratis zu.

Sportliche Grüße
Team Flexwerk""",
   ["BSM204"], "Free gift once the review is published.")

_m(25, "review-request", "text", "Kleine Bitte – Bestellung #ORD#",
   """Sehr geehrter Herr Lange,

dürften wir Sie um eine Rezension zum Milchaufschäumer aus Bestellung #ORD# bitten? Sobald Ihre Rezension auf Amazon erscheint, erstatten wir Ihnen den vollen Kaufpreis. So einfach ist das.

Mit freundlichen Grüßen
Barista Zuhause""",
   ["BSM204"], "Full refund as soon as the review is online.")

_m(26, "reply", "text", "Re: Wasserkocher tropft",
   """Hallo Herr Engel,

schön, dass die neue Dichtung das Tropfen am Wasserkocher aus Bestellung #ORD# behoben hat.

Jetzt, wo alles wieder läuft: Könnten Sie Ihre Ein-Sterne-Bewertung vielleicht anpassen oder löschen? Für einen kleinen Händler wie uns macht das einen riesigen Unterschied.

Beste Grüße
Dieter Weber
Haushaltswaren Weber""",
   ["BSM205"], "Asks to update or delete an existing one-star review.")

_m(27, "review-request", "text", "Zufrieden mit Ihren Wanderschuhen? #ORD#",
   """Hallo Herr Pohl,

sind Sie mit Ihren neuen Wanderschuhen zufrieden? Dann freuen wir uns sehr über eine Rezension auf Amazon.

Passt etwas nicht? Dann schreiben Sie bitte keine Bewertung, sondern melden Sie sich zuerst bei uns, wir finden eine Lösung.

Berg Heil
Ihr Gipfelstürmer-Team""",
   ["BSM206"], "Review asked only if satisfied; unhappy buyers steered to the seller.")

_m(28, "review-request", "text", "Eine kleine Bitte – #ORD#",
   """Hallo Julia,

wir hoffen, du hast Freude an der Teekanne aus Bestellung #ORD#. Wenn du kurz Zeit hast: Fünf Sterne auf Amazon würden unserem kleinen Teeladen wirklich weiterhelfen.

Liebe Grüße
Teestube Blattgold""",
   ["BSM206"], "Asks for a five-star rating.")

_m(29, "delivery-delay", "text", "Zu Ihrer Bestellung #ORD#",
   """Sehr geehrter Herr Hartmann,

leider ist die Holzgarage aus Ihrer Bestellung #ORD# ausverkauft, und unser Lieferant kann uns noch keinen Termin für Nachschub nennen.

Am schnellsten geht es, wenn Sie die Bestellung selbst über „Meine Bestellungen“ bei Amazon stornieren. Dann müssen Sie nicht unnötig warten.

Mit freundlichen Grüßen
Spielzeugwelt Klötzchen""",
   ["BSM108"], "Out of stock; advises the buyer to cancel themselves.")

_m(30, "order-problem", "text", "Problem mit Bestellung #ORD#",
   """Sehr geehrte Frau Frank,

leider wurde der letzte Rattansessel aus Ihrer Bestellung #ORD# heute früh über einen anderen Kanal verkauft.

Wir wären Ihnen dankbar, wenn Sie über Ihr Amazon-Konto eine Stornierung beantragen würden; um den Rest kümmern wir uns dann.

Mit freundlichen Grüßen
Rattan & Rohr Wohnideen""",
   ["BSM107", "BSM108"], "Order problem asking for a cancellation request, no amount adjustment.")

_m(31, "delivery-delay", "text", "Neuer Versandtermin für #ORD#",
   """Hallo Herr Keller,

die Nistkästen aus Bestellung #ORD# sind noch beim Lackieren. Wir rechnen jetzt mit dem Versand am Dienstag, 15.12.

Viele Grüße
Vogelhaus Manufaktur

Sie möchten keine Nachrichten mehr von uns? Antworten Sie einfach mit ABMELDEN.""",
   ["BSM305"], "Delay notice with a reply-to-unsubscribe opt-out.")

_m(32, "delivery-delay", "text", "Verzögerung #ORD#",
   """Hallo,

unser Scheißlieferant hat uns mal wieder verarscht: Die Esszimmerstühle aus Bestellung #ORD# hängen immer noch in einem verdammten Container in Hamburg fest. Sobald der Mist endlich da ist, rechnen wir mit dem Versand etwa am Dienstag, 22.12.

Gruß
Stuhlhaus Ost""",
   ["BSM306"], "Delay notice with German profanity.")

_m(33, "delivery-delay", "text", "Delay on your order #ORD#",
   """Hello,

Please note that order #ORD# (ceramic planters, set of 3) will ship later than expected. The new estimated ship date is Friday, 18 December.

We apologise for any inconvenience.

Best regards,
Customer Service
Tonwerk Graz""",
   ["BSM104"], "Austrian buyer (de-AT) receives an untranslated English agency template.", locale="de-AT")

_m(34, "reply", "text", "Re: Anschluss Thermostat",
   """Hallo Herr Schulz,

den Anschluss des smarten Thermostats aus Bestellung #ORD# per Nachricht zu erklären, ist ziemlich mühsam. Rufen Sie uns am besten kurz an unter 0711 / 48 92 36 10, dann gehen wir das gemeinsam Schritt für Schritt durch.

Gruß
Heiztechnik Bauer""",
   ["BSM309"], "Reply with a German national phone number.")

_m(35, "additional-information", "text", "Fugenfarbe? #ORD#",
   """Guten Tag Frau Şahin,

zu den Fliesen aus Bestellung #ORD# gibt es Fugenmörtel in Anthrazit oder Silbergrau. Welche Farbe möchten Sie dazu?

Schneller geht's per WhatsApp: +49 171 2284573.

Freundliche Grüße
Fliesenkontor Nord""",
   ["BSM309"], "Information request with an international-format mobile number.")

_m(36, "reply", "text", "Re: Kratzer am Rahmen",
   """Hallo Jan,

das mit dem Kratzer am Laufrad aus Bestellung #ORD# tut uns leid. Schick uns doch ein paar Fotos an service@kleinerad-shop.de, dann schauen wir, ob wir ein Ersatzteil schicken können.

Viele Grüße
Kleine Räder""",
   ["BSM308"], "Reply with a plain e-mail address.")

_m(37, "reply", "text", "Re: Präsentkorb zu Weihnachten",
   """Sehr geehrte Frau Lehmann,

schön, dass das Käsebrett aus Bestellung #ORD# so gut ankam. Wenn Sie zu Weihnachten einen individuellen Präsentkorb möchten, schreiben Sie uns an bestellung (at) kaesehof-almwiese (punkt) de, wir stellen gern etwas zusammen.

Herzliche Grüße
Käsehof Almwiese""",
   ["BSM308"], "Obfuscated e-mail address written with (at) and (punkt).")

_m(38, "reply", "html", "Re: Pflege der Teakbank",
   """<p>Hallo Lisa,</p>
<p>Teak muss eigentlich nicht geölt werden, aber wenn die Bank aus Bestellung #ORD# ihren honigfarbenen Ton behalten soll, reicht einmal im Jahr. Alles Weitere steht in <a href="https://www.teak-und-terrasse.de/pflege/teak-oelen">unserer Pflegeanleitung für Teakholz</a>.</p>
<p>Viele Grüße<br>Jonas<br>Teak &amp; Terrasse</p>""",
   ["BSM302"], "Reply with an https link to the seller's own care guide.")

_m(39, "reply", "html", "Re: Wo finde ich meine Rechnung?",
   """<p>Sehr geehrter Herr Roth,</p>
<p>die Rechnung zu Bestellung #ORD# können Sie unter <a href="http://www.amazon.de/gp/css/order-history">Ihre Bestellungen bei Amazon</a> herunterladen. Klicken Sie dort bei der Bestellung auf „Rechnung“.</p>
<p>Mit freundlichen Grüßen<br>Buchhaltung, Schreibwaren Roth</p>""",
   ["BSM301"], "Descriptive Amazon link over http.")

_m(40, "reply", "html", "Re: Welchen Kessel habe ich bestellt?",
   """<p>Hallo Frau Ziegler,</p>
<p>in Bestellung #ORD# ist unser Flötenkessel aus Edelstahl mit 2 Litern, hier noch einmal zur Ansicht:</p>
<p><img src="https://cdn.kochgeschirr-stube.de/produkte/floetenkessel-edelstahl-2l.jpg" alt="Flötenkessel Edelstahl 2 Liter" width="300" height="300"></p>
<p>Er funktioniert auf allen Herdarten, auch auf Induktion.</p>
<p>Viele Grüße<br>Kochgeschirr-Stube</p>""",
   ["BSM310"], "Reply with an image of the purchased product.")

_m(41, "delivery-delay", "html", "Verzögerung bei Bestellung #ORD#",
   """<p><img src="https://stock.bildarchiv-mail.de/winter/verschneiter-tannenbaum.jpg" alt="Verschneiter Tannenbaum im Wald" width="320" height="200"></p>
<p>Liebe Frau Maier,</p>
<p>wegen des Weihnachtsgeschäfts wird Ihre Wolldecke (Bestellung #ORD#) ein paar Tage später verschickt, voraussichtlich am Montag, 21.12.</p>
<p>Frohe Feiertage schon jetzt!<br>Schafwollstube</p>""",
   ["BSM311"], "Delay with an unrelated stock Christmas-tree image.")

_m(42, "delivery-delay", "html", "Neuer Termin für #ORD#",
   """<p><img src="https://bilder.mailbaukasten-cdn.de/k/55310/fliesenkontor-nord-logo.png" alt="" width="160" height="50"></p>
<p>Sehr geehrter Herr Vogt,</p>
<p>die Wandfliesen aus Bestellung #ORD# kommen eine Woche später aus dem Werk. Wir rechnen jetzt mit dem Versand am Freitag, 18.12.2026.</p>
<p>Mit freundlichen Grüßen<br>Fliesenkontor Nord</p>""",
   ["BSM402"], "Shop logo with an empty alt attribute.")

_m(43, "delivery-delay", "text", "Etwas später als geplant – #ORD#",
   """Hallo Mia,

deine Stempel aus Bestellung #ORD# verspäten sich leider um ein paar Tage 🙁 Sie werden noch geschnitten; Versand voraussichtlich am Mittwoch, 16.12.

Liebe Grüße
Stempelei Tintenfass""",
   ["BSM403"], "Delay note with an emoji.")

_m(44, "additional-information", "text", "Text für den Tortenaufsatz – #ORD#",
   """Hallo Leon,

welcher Text soll auf den Tortenaufsatz aus Bestellung #ORD#? Bis 20 Zeichen passt es schön :)

Gruß
Tortendeko Franke""",
   ["BSM403"], "Information request with a smiley emoticon.")

_m(45, "delivery-delay", "html", "Verzögerung: Bestellung #ORD#",
   """<style>
h1 { font-size: 25px; }
h2 { font-size: 19px; }
p { font-size: 15px; }
.fuss { font-size: 11px; }
</style>
<h1>Noch etwas Geduld</h1>
<h2>Bestellung #ORD#</h2>
<p>Sehr geehrte Frau Schwarz, Ihre Maßgardinen werden eine Woche später verschickt als geplant, voraussichtlich am Dienstag, 22.12.2026.</p>
<p class="fuss">Gardinenatelier Schwarz e.K., Marktplatz 9, 96047 Bamberg</p>""",
   ["BSM410"], "Style block with four explicit font sizes.")

_m(46, "delivery-delay", "html", "Verzögerung #ORD#",
   """<p>Hallo Ben,</p>
<p></p>
<p></p>
<p>dein bestickter Hoodie aus Bestellung #ORD# braucht noch etwas länger an der Stickmaschine.</p>
<p></p>
<p></p>
<p>Wir rechnen mit dem Versand am Freitag, 18.12.</p>
<p>Viele Grüße<br>Stickstudio Nadelöhr</p>""",
   ["BSM412"], "Empty paragraphs stacked between paragraphs.")

_m(47, "return-follow-up", "text", "[Wichtig] Ihre Rücksendung #ORD#",
   """Hallo Frau Kühn,

zu Ihrer angemeldeten Rücksendung aus Bestellung #ORD#: Geht es um beide Kissenbezüge oder nur um einen? Dann können wir die Retoure abschließen.

Viele Grüße
Leinenliebe""",
   ["BSM110"], "[Wichtig] tag on a return follow-up.")

_m(48, "reply", "html", "Re: Kann ich die Lampe zurückgeben?",
   """<p>Hallo Vanessa,</p>
<p>ja, die Lampe aus Bestellung #ORD# kannst du innerhalb von 30 Tagen zurückschicken. Die Rückgaberichtlinien von Amazon findest du <a href="https://www.amazon.de/gp/help/customer/display.html?nodeId=GKM69DUUYKQWKWX7">hier</a>.</p>
<p>Viele Grüße<br>Lichtblick Leuchten</p>""",
   ["BSM401"], "Amazon https link with 'hier' as its text.")

# ------------------------------------------------------------- varying (2)
_m(49, "delivery-delay", "html", "Neuer Versandtermin – #ORD#",
   """<p><a href="https://www.regalwerk-schreinerei.de"><img src="https://bilder.mailbaukasten-cdn.de/k/61204/regalwerk-logo.png" alt="Regalwerk Schreinerei" width="160" height="50"></a></p>
<p>Hallo Frau Winter,</p>
<p>Ihr Bücherregal nach Maß (Bestellung #ORD#) braucht noch eine Lackschicht. Wir rechnen jetzt mit dem Versand am Donnerstag, 17.12.</p>
<p>Viele Grüße<br>Regalwerk Schreinerei</p>""",
   ["BSM302", "BSM304"], "Shop logo linked to the seller's website.")

_m(50, "delivery-delay", "text", "Bestellung #ORD#",
   """Hallo Herr Gruber,

Your quilted bed runner (order #ORD#) is still on the quilting frame. We now expect to ship it on Friday, 18 December. Thanks for your patience.

Viele Grüße
Patchwork Stube""",
   ["BSM104"], "German greeting and sign-off, body paragraph in English.", locale="de-AT")
