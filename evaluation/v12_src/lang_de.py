# -*- coding: utf-8 -*-
"""v12 blind evaluation set, German (Austria, buyer locale de-AT). Standard library only."""
import random

LANG = "de"
LOCALE = "de-AT"
_rng = random.Random(432)
_ids = []
while len(_ids) < 50:
    _o = "432-%07d-%07d" % (_rng.randrange(10**6, 10**7), _rng.randrange(10**6, 10**7))
    if _o not in _ids:
        _ids.append(_o)

MESSAGES = []


def _m(n, typ, fmt, subject, body, expected, note):
    oid = _ids[n - 1]
    raw = oid.replace("-", "")

    def fill(s):
        return s.replace("{OID}", oid).replace("{OIDRAW}", raw)

    MESSAGES.append({
        "id": "v12-de-%03d" % n,
        "language": LANG,
        "locale": LOCALE,
        "type": typ,
        "format": fmt,
        "subject": fill(subject),
        "body": fill(body.strip("\n")),
        "order_id": oid,
        "expected": sorted(expected),
        "note": note,
    })


# ---------------------------------------------------------------- clean (17)
_m(1, "delivery-delay", "text", "Ihre Bestellung {OID} verzögert sich leider", """
Grüß Gott, Frau Hofbauer,

leider können wir Ihre Bestellung {OID} (Zirbenholz-Kissen, 40 x 40 cm) nicht wie angegeben versenden. Die Zirbenspäne aus dem Lungau sind heuer später getrocknet als sonst, und wir füllen die Kissen erst, wenn das Holz ganz trocken ist.

Neuer voraussichtlicher Versandtag: Mittwoch, 16. Dezember 2026. Die Zustellung durch die Post dauert dann meist ein bis zwei Werktage.

Wir bitten um Ihr Verständnis.

Liebe Grüße aus Tamsweg
Johanna Lackner
Zirbenstube Lackner
""", [], "Clean Austrian delivery delay in plain text with a new ship date.")

_m(2, "delivery-delay", "html", "Neuer Liefertermin für Bestellung {OID}", """
<table width="100%" cellpadding="6">
<tr><td>
<p>Sehr geehrter Herr Pichler,</p>
<p>zu Ihrer Bestellung <strong>{OID}</strong> (Skiwachs-Set Profi) müssen wir Ihnen leider eine Verzögerung mitteilen: Unser Lieferant aus Innsbruck liefert die Wachsblöcke erst am <strong>Montag, 14.12.2026</strong>.</p>
<p>Wir versenden Ihr Set noch am selben Tag. Mit der Zustellung rechnen wir bis spätestens Donnerstag, 17.12.</p>
<p>Entschuldigen Sie bitte die Unannehmlichkeiten.</p>
<p>Mit freundlichen Grüßen<br>Lukas Wimmer<br><small>Kundenservice Alpin Sport Wimmer</small></p>
</td></tr>
</table>
""", [], "Clean builder HTML delivery delay with default size and small only.")

_m(3, "order-problem", "text", "[Wichtig] Problem mit Ihrer Bestellung {OID}", """
Sehr geehrte Frau Mag. Steiner,

wir müssen Ihnen leider mitteilen, dass wir den Espressokocher aus Ihrer Bestellung {OID} nicht liefern können. Das letzte Stück ist bei der Endkontrolle durchgefallen, und der Hersteller hat das Modell eingestellt.

Den gesamten Bestellbetrag von € 54,90 haben wir deshalb in Seller Central angepasst, Grund: kein Lagerbestand. Die Gutschrift erfolgt über Ihre ursprüngliche Zahlungsart, in der Regel innerhalb weniger Werktage.

Wir bedauern das sehr.

Mit freundlichen Grüßen
Andreas Gruber
Kaffeewerkstatt Gruber, Linz
""", [], "Clean order problem with [Wichtig] confirming the amount was adjusted for no inventory.")

_m(4, "additional-information", "text", "Rückfrage zu Ihrer Bestellung {OID}", """
Hallo Herr Brunner,

für das gravierte Jausenbrett aus Ihrer Bestellung {OID} fehlt uns noch der Text. Im Bestellformular ist das Feld leer angekommen.

Welcher Name oder Spruch soll drauf (maximal 25 Zeichen)? Einfach auf diese Nachricht antworten, dann legen wir los.

Danke und schöne Grüße
Martina
Holzwerkstatt Aigner
""", [], "Clean request for information needed to complete a personalised order.")

_m(5, "return-follow-up", "text", "Ihre Rücksendung zur Bestellung {OID}", """
Sehr geehrter Herr Auer,

wir haben Ihre Rücksendeanfrage zum Loden-Janker aus Bestellung {OID} erhalten. Laut Ihren Fotos ist nur ein Hirschhornknopf lose, die Jacke selbst ist einwandfrei.

Statt der Rücksendung können wir Ihnen eine Teilerstattung von € 35,00 anbieten; die Jacke behalten Sie. Einen Ersatzknopf legen wir Ihnen gerne kostenlos in ein Kuvert.

Passt Ihnen das, genügt eine kurze Antwort. Möchten Sie lieber doch retournieren, wickeln wir das wie gewohnt ab.

Mit freundlichen Grüßen
Theresa Moser
Trachten Moser, Bad Ischl
""", [], "Clean return follow-up offering a partial refund.")

_m(6, "return-follow-up", "text", "Rücksendung {OID}: eine kurze Frage", """
Guten Tag Frau Eder,

damit wir die Retoure zu Bestellung {OID} abschließen können, brauchen wir noch eine Angabe: Welche der beiden Pfannen senden Sie zurück, die 24-cm- oder die 28-cm-Pfanne? Aus der Rücksendeanfrage geht das nicht hervor.

Bitte antworten Sie einfach auf diese Nachricht.

Danke schön
Küchenprofi Haider
""", [], "Clean return follow-up asking for information needed to complete the return.")

_m(7, "invoice", "text", "Rechnung zu Ihrer Bestellung {OID}", """
Sehr geehrter Herr Dipl.-Ing. Fuchs,

im Anhang erhalten Sie wie gewünscht die Rechnung zu Ihrer Bestellung {OID}.

Rechnungsnummer: RE/2026/12/0318
Rechnungsdatum: 04.12.2026
Netto € 240,00 | USt 20 % € 48,00 | Gesamt € 288,00

Mit freundlichen Grüßen
Buchhaltung
Elektro Huber GmbH

Elektro Huber GmbH, Mariahilfer Straße 88, 1070 Wien
UID-Nr. ATU63827415
FN 412377 x, Handelsgericht Wien
""", [], "Clean invoice with slash invoice number, Austrian UID and Firmenbuch numbers.")

_m(8, "review-request", "text", "Wie gefällt Ihnen Ihre Bestellung {OID}?", """
Liebe Frau Reiter,

Ihr Kräutertee-Sortiment ist jetzt seit gut einer Woche bei Ihnen. Wir hoffen, Sie konnten schon die eine oder andere Sorte probieren.

Wenn Sie Zeit und Lust haben, würden wir uns über eine Rezension zu Bestellung {OID} auf Amazon freuen. Eine ehrliche Einschätzung hilft anderen Kundinnen und Kunden bei der Auswahl, ganz gleich, wie Ihr Eindruck ausfällt.

Herzliche Grüße aus dem Mühlviertel
Kräuterhof Leitner
""", [], "Clean neutral review request in plain text.")

_m(9, "review-request", "html", "Ihre Meinung zu Bestellung {OID}", """
<p><img src="https://static.seifenmanufaktur-wachau.at/img/seifenmanufaktur-wachau-logo.png" alt="Logo Seifenmanufaktur Wachau" width="170"></p>
<p>Liebe Kundin, lieber Kunde,</p>
<p>danke, dass Sie bei der Seifenmanufaktur Wachau bestellt haben (Bestellung <strong>{OID}</strong>). Jede Seife wird bei uns in Spitz an der Donau von Hand gesiedet.</p>
<p>Möchten Sie Ihre Erfahrung mit anderen teilen? Das geht über die <a href="https://www.amazon.de/review/review-your-purchases/">Bewertungsseite für Ihre Käufe auf Amazon</a>.</p>
<p>Herzliche Grüße<br>Eva Pfeiffer<br><small>Seifenmanufaktur Wachau</small></p>
""", [], "Clean HTML review request with shop logo, alt naming the shop and descriptive Amazon link.")

_m(10, "delivery-scheduling", "text", "Zustelltermin für Ihren Kasten - Bestellung {OID}", """
Sehr geehrte Familie Wallner,

Ihr Kleiderkasten aus Bestellung {OID} wiegt verpackt rund 110 kg und wird daher von unserer Spedition mit zwei Personen bis in die Wohnung geliefert.

Folgende Termine sind in Ihrer Region frei:
- Dienstag, 15.12.2026, 8:00 bis 12:00 Uhr
- Donnerstag, 17.12.2026, 13:00 bis 17:00 Uhr
- Samstag, 19.12.2026, 8:00 bis 12:00 Uhr

Bitte teilen Sie uns mit, welcher Termin passt und in welchem Stock Sie wohnen bzw. ob ein Lift vorhanden ist.

Mit freundlichen Grüßen
Disposition Möbel Schwarz
""", [], "Clean delivery scheduling for a bulky item with Austrian date and time slots.")

_m(11, "home-service-appointment", "text", "Montagetermin - Bestellung {OID}", """
Guten Tag Herr Mayrhofer,

Sie haben über Amazon die Montage Ihrer neuen Dunstabzugshaube gebucht (Bestellung {OID}). Unser Techniker, Herr Koller, könnte am Montag, 21. Dezember 2026, zwischen 10:30 und 12:30 Uhr vorbeikommen.

Falls das nicht passt, schlagen Sie uns bitte einen anderen Tag vor; am Mittwoch, 23.12., hätten wir am Nachmittag ebenfalls Zeit.

Mit freundlichen Grüßen
Montageservice Koller
""", [], "Clean home service appointment with date and time window.")

_m(12, "custom-design-verification", "text", "Korrekturabzug für Ihr Türschild - {OID}", """
Servus Florian,

im Anhang findest du den Korrekturabzug (tuerschild_entwurf_v2.pdf) für dein graviertes Türschild aus Bestellung {OID}. Drauf steht wie gewünscht „Familie Berger“ mit dem kleinen Edelweiß darunter.

Passt alles? Dann antworte bitte kurz mit „Freigabe“, und wir gravieren. Wenn du noch etwas ändern möchtest, sag einfach Bescheid.

Liebe Grüße
Sabine
Gravur & Schild Steyr
""", [], "Clean custom design proof verification in a familiar register.")

_m(13, "fulfillment-question", "text", "Zugang zu Ihrem Wohnhaus - Bestellung {OID}", """
Sehr geehrter Herr Lang,

Ihre Lieferadresse zu Bestellung {OID} ist ein Wohnhaus mit versperrtem Eingang (unsere Referenz AT-REF 2026/51930, Stiege 2, Tür 14).

Gibt es einen Türcode oder eine Hausbesorgerin, die wir dem Zusteller nennen dürfen? Ohne diese Angabe kommt er womöglich nicht bis zu Ihrer Wohnungstür.

Mit freundlichen Grüßen
Versandabteilung Bäckereibedarf Lang
""", [], "Clean door-code question with reference numbers that are not phone numbers.")

_m(14, "reply", "text", "AW: Frage zur „Cosy Chunky Knit Throw“ - {OID}", """
Liebe Frau Schober,

danke für Ihre Frage. Die „Cosy Chunky Knit Throw“ aus Ihrer Bestellung {OID} misst 130 x 170 cm und ist aus 100 % Merinowolle.

Waschen würden wir sie nur im Wollprogramm bei 30 Grad und liegend trocknen.

Schöne Grüße
Daniel
Wohnliebe Salzburg
""", [], "Clean reply quoting an English product title inside German sentences.")

_m(15, "reply", "text", "AW: Staubsauger lädt nicht - Bestellung {OID}", """
Sehr geehrter Herr Hackl,

es tut uns leid, dass Ihr Akku-Staubsauger nicht mehr lädt. Da das Gerät noch innerhalb der zweijährigen Herstellergarantie ist, erfolgt die Reparatur direkt über den Hersteller.

Garantie-Hotline des Herstellers (Kalora Haushaltsgeräte Österreich): 0800 201 330, Montag bis Freitag 8:00 bis 17:00 Uhr. Halten Sie bitte Ihre Bestellnummer {OID} und die Seriennummer auf der Geräteunterseite bereit.

Sollte es dabei Schwierigkeiten geben, melden Sie sich gerne wieder bei uns.

Mit freundlichen Grüßen
Katharina
Elektrohandel Zach
""", [], "Clean reply with a phone number explicitly marked as the manufacturer's warranty hotline.")

_m(16, "reply", "text", "AW: Lieferzeit Matratze ({OID})", """
Sehr geehrte Frau Strasser,

die Taschenfederkernmatratze in 160 x 200 cm aus Bestellung {OID} wird nach Maß gefertigt und verlässt unsere Werkstatt spätestens am Freitag, 18.12.2026. Den aktuellen Status sehen Sie dann in Ihrem Amazon-Konto.

Mit freundlichen Grüßen
Georg Kern
Schlafgut Kern

--
Schlafgut Kern e.U.
Industriestraße 12, 4600 Wels
UID-Nr. ATU71234509
FN 298114 k, Landesgericht Wels
""", [], "Clean reply with an Austrian company details footer and no contact data.")

_m(17, "reply", "text", "AW: Rückerstattung {OID}", """
Sehr geehrter Herr Ebner,

Ihr Rücksendepaket mit den zwei Leinenpolsterbezügen ist am Dienstag, 1.12.2026, um 14:12 Uhr bei uns eingelangt (Post-Sendungsnummer 1011923456789012, Retourennummer RMA-2026-0815).

Die Rückerstattung von € 47,90 für Bestellung {OID} haben wir am Mittwoch, 2.12., veranlasst. Je nach Bank ist der Betrag in 3 bis 5 Werktagen auf Ihrem Konto.

Mit freundlichen Grüßen
Miriam
Leinenhaus Kärnten
""", [], "Clean reply with tracking and return numbers, dates, times and amounts.")

# ---------------------------------------------------------------- violations (31)
_m(18, "fulfillment-question", "text", "Ihr Packerl ist unterwegs - {OID}", """
Liebe Frau Haas,

gute Nachrichten: Ihre Bestellung {OID} hat heute Vormittag unser Lager verlassen und wurde an die Post übergeben. Morgen sollte sie bei Ihnen sein.

Liebe Grüße
Teehaus Haas
""", ["BSM201"], "Shipping confirmation phrased as 'left our warehouse, handed to the post'.")

_m(19, "fulfillment-question", "html", "Wir sind schon dran! ({OID})", """
<p>Hallo Stefan,</p>
<p>Ihre Bestellung <strong>{OID}</strong> ist gut bei uns eingegangen. Unser Packteam richtet sie gerade her und wickelt die Gläser extra gut ein.</p>
<p>Bis bald<br>Glasbläserei Riedl</p>
""", ["BSM201"], "Order confirmation paraphrased as 'received and being packed'.")

_m(20, "fulfillment-question", "text", "Bestellung {OID}", """
Liebe Kundin, lieber Kunde,

von Herzen danke, dass Sie bei uns eingekauft haben! Das bedeutet uns als kleinem Familienbetrieb wirklich viel.

Herzlichst
Ihr Team von Strickwaren Hölzl
""", ["BSM202"], "Thanks-only message.")

_m(21, "fulfillment-question", "text", "Nur damit Sie es wissen ({OID})", """
Grüß Gott, Frau Winkler,

sollte mit Ihrem Einkauf jemals etwas nicht passen, sind wir jederzeit für Sie da. Eine kurze Nachricht genügt.

Freundliche Grüße
Spielwaren Zum Blauen Pferd
""", ["BSM202"], "Only the offer to help if something comes up.")

_m(22, "delivery-delay", "text", "Bestellung {OID} kommt etwas später", """
Sehr geehrter Herr Fink,

Ihre Regenjacke (Bestellung {OID}) trifft erst am Montag, 14.12., bei uns ein; wir schicken sie noch am selben Tag weiter. Entschuldigen Sie die Wartezeit.

Mit freundlichen Grüßen
Outdoor Fink

PS: Bis Silvester gibt es mit dem Code SCHNEE20 zwanzig Prozent Rabatt auf unser gesamtes Sortiment.
""", ["BSM203"], "Permitted delay message with a storewide discount code in the P.S.")

_m(23, "reply", "text", "AW: Größe Wollsocken ({OID})", """
Hallo Lena,

die Socken aus Bestellung {OID} fallen normal aus, Größe 39-42 passt also bei Schuhgröße 40.

Übrigens: Im Jänner kommt unsere neue Kollektion. Abonnieren Sie unseren Newsletter oder folgen Sie der Sockenmanufaktur Tirol auf Instagram, dann verpassen Sie nichts.

Schöne Grüße
Sockenmanufaktur Tirol
""", ["BSM203"], "Reply inviting the buyer to subscribe to the newsletter and follow the shop.")

_m(24, "review-request", "text", "Eine kleine Aufmerksamkeit - {OID}", """
Sehr geehrte Frau Pölzl,

wir hoffen, Sie haben Freude an den Gewürzgläsern aus Bestellung {OID}.

Würden Sie eine Bewertung auf Amazon schreiben? Sobald Ihre Rezension veröffentlicht ist, schicken wir Ihnen als kleines Dankeschön eine Überraschung per Post.

Mit freundlichen Grüßen
Gewürzhaus Pölzl
""", ["BSM204"], "Review request promising a small gift once the review is published.")

_m(25, "review-request", "text", "Ihre Erfahrung mit {OID}", """
Hallo Herr Kaiser,

Ihr Bluetooth-Lautsprecher müsste inzwischen angekommen sein. Wenn Sie eine Bewertung auf Amazon abgeben und uns einen Screenshot schicken, sobald sie online ist, erstatten wir Ihnen den vollen Kaufpreis von Bestellung {OID}.

Danke und Servus
Klangwerk Audio
""", ["BSM204"], "Review request offering a full refund once the review is online.")

_m(26, "reply", "text", "AW: Ihre Bewertung zu Bestellung {OID}", """
Sehr geehrter Herr Weiß,

der Ersatztopf ist inzwischen bei Ihnen angekommen, und Sie haben bestätigt, dass diesmal alles in Ordnung ist. Das freut uns.

Wären Sie vielleicht so nett, Ihre Ein-Stern-Bewertung noch einmal anzusehen? Wir wären Ihnen sehr verbunden, wenn Sie sie an Ihre jetzige Erfahrung anpassen oder ganz herausnehmen könnten.

Mit freundlichen Grüßen
Kochgeschirr Weiß
""", ["BSM205"], "Asks to adjust or remove an existing one-star review.")

_m(27, "review-request", "text", "Zufrieden mit Bestellung {OID}?", """
Liebe Frau Hofer,

gefällt Ihnen Ihre neue Yogamatte? Dann würden wir uns sehr freuen, wenn Sie das in einer Rezension auf Amazon erzählen.

Falls etwas nicht passt, schreiben Sie bitte lieber zuerst uns, bevor Sie etwas online stellen; wir finden sicher eine Lösung.

Namaste
Yogaraum Hofer
Bestellung {OID}
""", ["BSM206"], "Review asked only from satisfied buyers; unhappy buyers steered to the seller.")

_m(28, "review-request", "text", "Ein Stern mehr? - {OID}", """
Liebe Kundin, lieber Kunde,

kleine Familienbetriebe wie wir leben von Bewertungen. Dürfen wir für Ihre Teekanne aus Bestellung {OID} mit den vollen fünf Sternen rechnen? Das würde uns mehr bedeuten, als Sie glauben.

Herzliche Grüße
Familie Brandstätter
Porzellan Brandstätter
""", ["BSM206"], "Review request asking for a five-star rating.")

_m(29, "order-problem", "text", "[Wichtig] Problem mit Bestellung {OID}", """
Sehr geehrter Herr Lechner,

die gusseiserne Grillpfanne aus Ihrer Bestellung {OID} ist leider ausverkauft und wird nicht mehr nachgeliefert. Den Bestellbetrag haben wir daher angepasst, Grund: kann nicht versendet werden.

Am schnellsten geht es, wenn Sie die Bestellung selbst unter „Meine Bestellungen“ auf Amazon stornieren. Wir bitten Sie, das zu erledigen.

Mit Bedauern
Küchenwelt Lechner
""", ["BSM108"], "Adjusted order problem that still asks the buyer to cancel themselves.")

_m(30, "order-problem", "text", "Bestellung {OID} - Lagerproblem", """
Grüß Gott, Frau Schwaiger,

durch einen Zählfehler in unserem Lager ist die Wolldecke aus Bestellung {OID} nicht mehr vorhanden.

Wir wären Ihnen dankbar, wenn Sie über Ihr Amazon-Konto eine Stornierung beantragen würden; dann ist die Sache für alle schnell erledigt.

Entschuldigen Sie bitte
Wollstube Schwaiger
""", ["BSM107", "BSM108"], "Stock-out message asking for a cancellation request with no adjustment confirmed.")

_m(31, "delivery-delay", "text", "Update zur Lieferung {OID}", """
Sehr geehrte Frau Wolf,

wegen des Weihnachtsgeschäfts verlässt Ihre Bestellung {OID} unsere Werkstatt zwei Tage später, am Donnerstag, 10.12.2026.

Mit freundlichen Grüßen
Druckerei Wolf

Sie möchten keine Nachrichten mehr von uns? Dann antworten Sie einfach mit ABMELDEN.
""", ["BSM305"], "Delay message with an opt-out instruction.")

_m(32, "reply", "text", "AW: Paket beschädigt ({OID})", """
Hallo Dominik,

so eine Scheiße. Der verdammte Zusteller hat Ihr Paket mit Bestellung {OID} offenbar wieder über den Zaun gehaut, diese Trottel. Wir schicken Ihnen heute noch einen neuen Blumentopf.

Liebe Grüße
Gartencenter Pirker
""", ["BSM306"], "Reply containing German profanity about the courier.")

_m(33, "delivery-delay", "text", "Il suo ordine {OID} - ritardo", """
Gentile Signora Gasser,

la informiamo che il suo ordine {OID} (due cuscini da pavimento) verrà spedito con qualche giorno di ritardo, lunedì 14 dicembre, a causa di una mancanza temporanea di merce presso il nostro fornitore.

Ci scusiamo per il disagio.

Cordiali saluti,
Tessitura Bolzano
""", ["BSM104"], "Message for a de-AT buyer written entirely in Italian.")

_m(34, "reply", "text", "AW: Aufbau Stockbett ({OID})", """
Sehr geehrter Herr Haller,

wenn es beim Aufbau des Stockbetts aus Bestellung {OID} hakt, rufen Sie uns einfach in der Werkstatt an: 0316 81 22 40. Wir gehen das gerne Schritt für Schritt mit Ihnen durch.

Mit freundlichen Grüßen
Kindermöbel Haller
""", ["BSM309"], "Seller's own Austrian landline in national format.")

_m(35, "additional-information", "text", "Noch eine Angabe zu Bestellung {OID}", """
Sehr geehrte Frau Kofler,

für die Gravur auf dem Armband aus Bestellung {OID} brauchen wir den genauen Wortlaut. Gerne auch per SMS oder WhatsApp an unsere Chefin: +43 664 123 45 67.

Danke
Goldschmiede Kofler
""", ["BSM309"], "Seller's own mobile number in international +43 format.")

_m(36, "reply", "text", "AW: Rechnung auf Firma ({OID})", """
Sehr geehrter Herr Berger,

selbstverständlich stellen wir die Rechnung zu Bestellung {OID} auf Ihre Firma aus. Schicken Sie Ihre Firmendaten bitte an buchhaltung@buerobedarf-berger.at, wir erledigen den Rest.

Mit freundlichen Grüßen
Bürobedarf Berger
""", ["BSM308"], "Reply containing a plain e-mail address.")

_m(37, "return-follow-up", "text", "Fotos zu Ihrer Rücksendung {OID}", """
Sehr geehrte Frau Hartl,

um die Retoure der Vase aus Bestellung {OID} abschließen zu können, brauchen wir ein Foto vom Sprung. Bitte senden Sie es an office(at)keramik-hartl(punkt)at.

Danke schön
Keramik Hartl
""", ["BSM308"], "Obfuscated e-mail address written with (at) and (punkt).")

_m(38, "reply", "html", "AW: Pflege Ihrer Ledertasche ({OID})", """
<p>Sehr geehrte Frau Stadler,</p>
<p>schön, dass Ihnen die Umhängetasche aus Bestellung <strong>{OID}</strong> so gut gefällt. Wie Sie das Leder geschmeidig halten, erklären wir ausführlich in unserer <a href="https://www.lederwerk-stadler.at/pflege">Lederpflege-Anleitung auf unserer Website</a>.</p>
<p>Schöne Grüße<br>Lederwerk Stadler</p>
""", ["BSM302"], "Descriptive https link to the seller's own site, not needed for the order.")

_m(39, "review-request", "html", "Ihre Bewertung zu Bestellung {OID}", """
<p>Liebe Kundin, lieber Kunde,</p>
<p>wie gefällt Ihnen die Fahrradtasche aus Bestellung <strong>{OID}</strong>? Ihre Erfahrung können Sie auf der <a href="http://www.amazon.de/review/review-your-purchases/">Bewertungsseite von Amazon</a> mit anderen teilen.</p>
<p>Mit freundlichen Grüßen<br>Radhaus Gmunden</p>
""", ["BSM301"], "Neutral review request whose Amazon link uses http.")

_m(40, "reply", "html", "AW: Welche Farbe genau? ({OID})", """
<p>Hallo Julia,</p>
<p>der Schal aus Bestellung <strong>{OID}</strong> ist senfgelb mit grauem Rand. So sieht er aus:</p>
<p><img src="https://cdn.strickwaren-hoelzl.at/produkte/schal-senfgelb-grau.jpg" alt="Gestrickter Schal in Senfgelb mit grauem Rand" width="300"></p>
<p>Liebe Grüße<br>Strickwaren Hölzl</p>
""", ["BSM310"], "Reply embedding a photo of the purchased product.")

_m(41, "delivery-delay", "html", "Kleine Verzögerung bei {OID}", """
<p><img src="https://bilder.stockfoto-welt.com/winter/verschneiter-christbaum.jpg" alt="Verschneiter Christbaum im Wald" width="400"></p>
<p>Sehr geehrter Herr Moser,</p>
<p>wegen des Weihnachtstrubels verlässt Ihre Bestellung <strong>{OID}</strong> unsere Werkstatt erst am Freitag, 11.12., zwei Tage später als geplant.</p>
<p>Mit freundlichen Grüßen<br>Kerzenzieherei Gschwandtner</p>
""", ["BSM311"], "Stock Christmas tree image unrelated to the shop.")

_m(42, "delivery-delay", "html", "Bestellung {OID}: neuer Termin", """
<p><img src="https://cdn.toepferei-gmundner-au.at/logo-toepferei-gmundner-au.png" alt="" width="150"></p>
<p>Sehr geehrte Frau Wagner,</p>
<p>die Servierschale aus Bestellung <strong>{OID}</strong> muss noch einmal in den Brennofen; wir rechnen mit dem Versand am Dienstag, 15.12.</p>
<p>Mit freundlichen Grüßen<br>Töpferei Gmundner Au</p>
""", ["BSM402"], "Shop logo with an empty alt attribute.")

_m(43, "delivery-scheduling", "text", "Lieferung Trampolin {OID} 🎄", """
Liebe Familie Huber,

Ihr Trampolin (Bestellung {OID}) ist zu groß für den normalen Paketdienst. Unser Fahrer kann am Samstag, 12.12., zwischen 9 und 12 Uhr oder am Montag, 14.12., zwischen 13 und 16 Uhr kommen. Was passt Ihnen besser? 😊

Liebe Grüße
Spielgarten Steiermark
""", ["BSM403"], "Emoji in the subject and body of a scheduling message.")

_m(44, "reply", "text", "AW: Batterien dabei? ({OID})", """
Hallo Emma,

ja, die Batterien sind beim Roboter aus Bestellung {OID} schon drin. Einfach den Schalter auf ON stellen, dann fährt er los :-)

Viel Spaß beim Spielen!
Spielwaren Zum Blauen Pferd
""", ["BSM403"], "Text emoticon ':-)' in a reply.")

_m(45, "delivery-delay", "html", "Ihre Bestellung {OID} - neuer Liefertermin", """
<style>
.titel { font-size: 23px; }
.einleitung { font-size: 16px; }
.text { font-size: 13px; }
.fuss { font-size: 10px; }
</style>
<p class="titel">Neuer Liefertermin</p>
<p class="einleitung">Sehr geehrter Herr Resch,</p>
<p class="text">das Bücherregal aus Bestellung {OID} wird erst am Mittwoch, 16.12.2026, versendet, weil die Glastüren noch bei unserem Lieferanten sind.</p>
<p class="fuss">Tischlerei Resch, Feldkirch</p>
""", ["BSM410"], "Four explicit font sizes in a style block besides the default.")

_m(46, "additional-information", "html", "Maße für Ihre Vorhänge - {OID}", """
<p>Sehr geehrte Frau Egger,</p>
<p>für die Maßvorhänge aus Bestellung <strong>{OID}</strong> brauchen wir noch die genaue Höhe, gemessen von der Schiene bis zum Boden.</p>
<p></p>
<p>&nbsp;</p>
<p></p>
<p>Könnten Sie uns dieses Maß in Zentimetern schicken?</p>
<p>Mit freundlichen Grüßen<br>Stoffhaus Egger</p>
""", ["BSM412"], "Several empty paragraphs between paragraphs.")

_m(47, "return-follow-up", "text", "[Wichtig] Ihre Retoure zu Bestellung {OID}", """
Sehr geehrter Herr Karner,

für die Rücksendung der Wanderschuhe aus Bestellung {OID} brauchen wir noch eine Angabe: Sind die Schuhe bereits getragen worden, oder nur anprobiert?

Mit freundlichen Grüßen
Bergsport Karner
""", ["BSM110"], "[Wichtig] tag on a return follow-up, which is not critical.")

_m(48, "review-request", "html", "Wie war Ihr Einkauf? ({OID})", """
<p>Liebe Kundin, lieber Kunde,</p>
<p>wir hoffen, die Espressotassen aus Bestellung <strong>{OID}</strong> sind heil angekommen. Wenn Sie Ihre Erfahrung mit anderen teilen möchten, klicken Sie <a href="https://www.amazon.de/review/review-your-purchases/">hier</a>.</p>
<p>Schöne Grüße<br>Kaffeewerkstatt Gruber</p>
""", ["BSM401"], "Amazon link whose only text is 'hier'.")

# ---------------------------------------------------------------- varying (2)
_m(49, "delivery-scheduling", "html", "Liefertermin für Ihre Waschmaschine - {OID}", """
<p>Sehr geehrter Herr Pernkopf,</p>
<p>Ihre Waschmaschine aus Bestellung <strong>{OID}</strong> wird von unserer Spedition geliefert. Bitte wählen Sie gleich hier Ihren Wunschtermin:</p>
<form method="post">
<p><input type="radio" name="termin" value="2026-12-15-vm"> Dienstag, 15.12., 8:00 bis 12:00 Uhr</p>
<p><input type="radio" name="termin" value="2026-12-16-nm"> Mittwoch, 16.12., 13:00 bis 17:00 Uhr</p>
<p><input type="submit" value="Termin bestätigen"></p>
</form>
<p>Mit freundlichen Grüßen<br>Elektro Huber GmbH</p>
""", ["BSM312"], "Embedded HTML form with inputs and a submit button.")

_m(50, "delivery-delay", "text", "Verzögerung Ihrer Bestellung Nr. {OIDRAW}", """
Sehr geehrte Frau Lindner,

Ihre Bestellung Nr. {OIDRAW} (Holzeisenbahn-Set) verzögert sich um einige Tage, weil die Waggons noch lackiert werden. Neuer Versandtag ist Freitag, 18.12.2026.

Wir bitten um Entschuldigung.

Mit freundlichen Grüßen
Spielzeugmacherei Lindner
""", ["BSM102"], "Order number written as 17 digits without hyphens, so no valid order id.")
