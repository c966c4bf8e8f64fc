"""Blind evaluation set v2, German (de-DE, a few de-AT). Standard library only."""
from textwrap import dedent


def t(s):
    return dedent(s).strip("\n")


def m(n, locale, typ, fmt, subject, body, order_id, expected, note):
    return {
        "id": "v2-de-%03d" % n,
        "language": "de",
        "locale": locale,
        "type": typ,
        "format": fmt,
        "subject": subject,
        "body": t(body),
        "order_id": order_id,
        "expected": sorted(expected),
        "note": note,
    }


MESSAGES = [
    # ---------------------------------------------------------------- clean
    m(1, "de-DE", "delivery-delay", "text",
      "Neuer Versandtermin für Ihre Bestellung 302-6618204-9937125",
      """
      Sehr geehrte Frau Schneider,

      leider müssen wir Ihnen mitteilen, dass sich der Versand Ihres Hochbeets aus Lärchenholz verzögert. Unser Sägewerk hat die Bretter nicht wie zugesagt Ende November geliefert, sondern erst für die kommende Woche angekündigt.

      Wir rechnen nun damit, Bestellung 302-6618204-9937125 am Donnerstag, 17. Dezember 2026, zu versenden. Sollte sich daran noch etwas ändern, melden wir uns umgehend bei Ihnen.

      Wir bitten die Verzögerung zu entschuldigen.

      Mit freundlichen Grüßen
      Markus Lindner
      Kundenservice, Gartenkontor Lindner
      """,
      "302-6618204-9937125", [],
      "Plain-text delivery delay with a new ship date."),

    m(2, "de-DE", "delivery-delay", "html",
      "Lieferverzögerung Bestellung 304-2275591-0048832",
      """
      <p>Hallo Herr Becker,</p>
      <p>Ihre Bestellung <strong>304-2275591-0048832</strong> (Gusseisen-Bräter, 28 cm, Farbe Kirschrot) verzögert sich leider um einige Tage, weil die Lieferung unseres Herstellers im Hafen festhängt.</p>
      <ul>
      <li>Ursprünglicher Versandtermin: 04.12.2026</li>
      <li>Voraussichtlicher neuer Versandtermin: 11.12.2026</li>
      </ul>
      <p>Wir bitten um Entschuldigung und danken Ihnen für Ihre Geduld.</p>
      <p>Viele Grüße<br>Julia Krämer<br>Küchenwerk Hoffmann</p>
      <p><small>Küchenwerk Hoffmann GmbH, Hafenstraße 12, 20457 Hamburg</small></p>
      """,
      "304-2275591-0048832", [],
      "Builder HTML delivery delay with dd.mm.yyyy dates and a small footer."),

    m(3, "de-DE", "order-problem", "text",
      "[Wichtig] Problem mit Ihrer Bestellung 303-9906127-4415583",
      """
      Sehr geehrter Herr Wagner,

      leider können wir den Akku-Rasenmäher aus Ihrer Bestellung 303-9906127-4415583 nicht liefern: Das letzte Gerät im Lager ist beim Umlagern beschädigt worden, und der Hersteller liefert dieses Modell nicht mehr nach.

      Den vollständigen Bestellbetrag von 349,00 € haben wir bereits in Seller Central angepasst, mit dem Grund "nicht auf Lager". Die Erstattung sollte je nach Zahlungsart innerhalb weniger Werktage bei Ihnen eingehen.

      Wir bedauern das sehr.

      Mit freundlichen Grüßen
      Stefan Vogt
      Gartenkontor Lindner
      """,
      "303-9906127-4415583", [],
      "Order problem confirming the amount adjustment; [Wichtig] is allowed on this type."),

    m(4, "de-AT", "additional-information", "text",
      "Rückfrage zur Gravur – Bestellung 305-3347718-2260194",
      """
      Grüß Gott Frau Huber,

      vielen Dank für Ihre Bestellung 305-3347718-2260194. Für die Gravur auf dem Zirbenholz-Schneidbrett haben Sie "Familie Huber – seit 1987 in Hallstatt" angegeben. Der Text ist für das Brett mit 30 cm leider etwas zu lang.

      Dürfen wir ihn auf zwei Zeilen aufteilen, oder möchten Sie lieber einen kürzeren Text? Sobald wir Ihre Antwort haben, geht das Brett in die Werkstatt.

      Freundliche Grüße aus Tirol
      Lukas Gruber
      Holzwerkstatt Gruber, Schwaz
      """,
      "305-3347718-2260194", [],
      "Austrian request for information needed to complete a personalised order."),

    m(5, "de-DE", "return-follow-up", "text",
      "Ihre Rücksendung zu Bestellung 306-1182059-7735406",
      """
      Hallo Herr Richter,

      danke für Ihre Nachricht zur Retoure des Fahrradträgers (Bestellung 306-1182059-7735406). Sie schreiben, dass am Haltebügel ein Kratzer ist, der Träger aber ansonsten einwandfrei funktioniert.

      Statt einer Rücksendung können wir Ihnen eine Teilerstattung von 30,00 € anbieten; den Träger behalten Sie dann einfach. Wären Sie damit einverstanden? Andernfalls schicken wir Ihnen gerne das Rücksendeetikett.

      Viele Grüße
      Tobias Brandt
      Fahrradteile Brandt e. K.
      """,
      "306-1182059-7735406", [],
      "Return follow-up offering a partial refund."),

    m(6, "de-DE", "return-follow-up", "text",
      "Rücksendung 302-4456630-1198847 – kurze Rückfrage",
      """
      Guten Tag Frau Neumann,

      Ihr Rücksendepaket mit der Stehleuchte ist heute bei uns eingegangen. Im Karton lag allerdings nur der Leuchtenfuß, der Schirm fehlte.

      Können Sie uns sagen, ob der Schirm separat verschickt wurde, und falls ja, mit welcher Sendungsnummer? Dann können wir die Rücksendung zu Bestellung 302-4456630-1198847 abschließen.

      Freundliche Grüße
      Anja Keller
      Lichtblick Leuchten
      """,
      "302-4456630-1198847", [],
      "Return follow-up asking for information to complete the return."),

    m(7, "de-DE", "invoice", "text",
      "Rechnung RE/2026/004817 zu Bestellung 303-7723318-5506941",
      """
      Sehr geehrter Herr Dr. Kaiser,

      wie gewünscht erhalten Sie anbei die Rechnung zu Ihrer Bestellung 303-7723318-5506941 als PDF.

      Rechnungsnummer: RE/2026/004817
      Rechnungsdatum: 03.12.2026
      Nettobetrag: 420,00 €
      zzgl. 19 % USt.: 79,80 €
      Gesamtbetrag: 499,80 €

      Die Rechnung ist auf die Kanzlei Kaiser & Partner ausgestellt.

      Mit freundlichen Grüßen
      Buchhaltung
      Bürobedarf Seidel GmbH
      Karlstraße 41, 80333 München
      Amtsgericht München HRB 231847
      USt-IdNr. DE 284 591 736
      Geschäftsführer: Frank Seidel
      """,
      "303-7723318-5506941", [],
      "Invoice with slashed invoice number, HRB and USt-IdNr that are not phone numbers."),

    m(8, "de-DE", "review-request", "text",
      "Ihre Meinung zu Bestellung 305-8840217-3361952",
      """
      Guten Tag,

      vor einer Woche ist Ihre Bestellung 305-8840217-3361952 bei Ihnen angekommen. Wenn Sie möchten, schreiben Sie doch eine Produktrezension oder eine Verkäuferbewertung auf Amazon. Ihre Erfahrung, wie auch immer sie ausfällt, hilft anderen Kundinnen und Kunden bei der Entscheidung.

      Freundliche Grüße
      Ihr Team von Teehaus Sommerfeld
      """,
      "305-8840217-3361952", [],
      "Neutral plain-text review request."),

    m(9, "de-DE", "review-request", "html",
      "Wie gefällt Ihnen Ihr Wasserkocher? (304-5591872-0027463)",
      """
      <p><img src="https://cdn.kuechenwerk-hoffmann.de/mail/kuechenwerk-hoffmann-logo.png" alt="Logo Küchenwerk Hoffmann" width="170" height="50"></p>
      <p>Sehr geehrte Frau Schulz,</p>
      <p>seit ein paar Tagen steht der Glas-Wasserkocher aus Bestellung 304-5591872-0027463 bei Ihnen in der Küche. Uns interessiert, wie Sie damit zurechtkommen.</p>
      <p>Ihre Erfahrung können Sie auf <a href="https://www.amazon.de/review/create-review?asin=B0CX7RM2KD">der Bewertungsseite des Wasserkochers bei Amazon.de</a> teilen.</p>
      <p>Freundliche Grüße<br>Julia Krämer<br>Küchenwerk Hoffmann</p>
      """,
      "304-5591872-0027463", [],
      "HTML review request with shop logo (alt names the shop) and descriptive https Amazon link."),

    m(10, "de-DE", "delivery-scheduling", "text",
      "Liefertermin für Ihre Gartenlounge – Bestellung 306-9915573-4482016",
      """
      Sehr geehrte Familie Hartmann,

      Ihre Gartenlounge (Bestellung 306-9915573-4482016, 4 Packstücke, zusammen ca. 110 kg) wird von unserer Spedition mit Hebebühne angeliefert. Dafür möchten wir gern einen Termin mit Ihnen abstimmen.

      Folgende Zeitfenster sind in Ihrer Region frei:
      - Dienstag, 15. Dezember, 8:00 bis 12:00 Uhr
      - Mittwoch, 16. Dezember, 13:00 bis 17:00 Uhr
      - Samstag, 19. Dezember, 9:00 bis 13:00 Uhr

      Welches passt Ihnen am besten? Die Lieferung erfolgt bis hinter die erste verschließbare Tür im Erdgeschoss.

      Mit freundlichen Grüßen
      Disposition, Gartenkontor Lindner
      """,
      "306-9915573-4482016", [],
      "Delivery scheduling for a bulky item with dates and time slots."),

    m(11, "de-AT", "home-service-appointment", "html",
      "Montagetermin für Ihren Geschirrspüler – Bestellung 302-8834406-6619270",
      """
      <p>Sehr geehrter Herr Pichler,</p>
      <p>für den Einbau und Anschluss Ihres Geschirrspülers (Bestellung 302-8834406-6619270) können wir Ihnen folgende Termine anbieten:</p>
      <ul>
      <li>Montag, 14. Dezember 2026, 8:00–12:00 Uhr</li>
      <li>Donnerstag, 17. Dezember 2026, 13:00–17:00 Uhr</li>
      </ul>
      <p>Bitte teilen Sie uns mit, welcher Termin Ihnen recht ist. Wasseranschluss und Abfluss sollten frei zugänglich sein; das Altgerät nimmt unser Monteur auf Wunsch mit.</p>
      <p>Mit freundlichen Grüßen<br>Sabine Moser<br>Elektro Moser GmbH</p>
      <p><small>Elektro Moser GmbH, Wiener Straße 58, 4020 Linz, FN 412873 b, Landesgericht Linz, UID ATU68452917</small></p>
      """,
      "302-8834406-6619270", [],
      "Austrian home-service appointment with an FN and UID company footer."),

    m(12, "de-DE", "custom-design-verification", "text",
      "Korrekturabzug für Ihr Geburtsschild – Bestellung 303-1169950-8843312",
      """
      Hallo Lena, hallo Felix,

      herzlichen Glückwunsch zur Geburt von Emil! Im Anhang findet ihr den Korrekturabzug für das Geburtsschild aus Bestellung 303-1169950-8843312.

      Bitte prüft noch einmal:
      - Name: Emil Johannes Weber
      - Geburtsdatum: 28.11.2026, 04:12 Uhr
      - Gewicht und Größe: 3.480 g, 51 cm

      Wenn alles stimmt, reicht ein kurzes "passt" und das Schild geht morgen in die Gravur. Änderungen übernehmen wir natürlich gern.

      Liebe Grüße
      Miriam
      Atelier Namensschild
      """,
      "303-1169950-8843312", [],
      "Design proof verification with names, date, time and measurements."),

    m(13, "de-DE", "fulfillment-question", "text",
      "Zugang für die Zustellung – Bestellung 304-6627783-1150498",
      """
      Sehr geehrter Herr Schuster,

      Ihre Bestellung 304-6627783-1150498 stellen wir mit unserem eigenen Fahrer zu. Laut unseren Unterlagen ist das Hoftor in der Bergmannstraße 17 (Hinterhaus, 3. OG) mit einem Zahlenschloss gesichert.

      Könnten Sie uns den Code für das Tor mitteilen oder sagen, bei welchem Nachbarn (Wohnungsnummer) wir das Paket abgeben dürfen? Unsere Referenz für diese Tour lautet TR-2026-1208/14.

      Vielen Dank und freundliche Grüße
      Versandteam Bürobedarf Seidel
      """,
      "304-6627783-1150498", [],
      "Gate-code question with address and reference number, no phone number."),

    m(14, "de-DE", "reply", "text",
      "AW: Frage zum Wireless Charging Pad (Bestellung 305-2208841-6674039)",
      """
      Hallo Herr Yilmaz,

      danke für Ihre Frage. Das "Wireless Charging Pad Pro 15W" von Nordvolt lädt alle Smartphones, die den Qi-Standard unterstützen, also auch Ihr Modell. Mit dickeren Hüllen über 5 mm kann die Ladeleistung allerdings sinken.

      Das mitgelieferte Netzteil sollten Sie verwenden, damit die vollen 15 Watt erreicht werden.

      Viele Grüße
      Deniz
      Lichtblick Leuchten
      Bestellung 305-2208841-6674039
      """,
      "305-2208841-6674039", [],
      "Reply quoting an English product title inside German sentences."),

    m(15, "de-DE", "reply", "text",
      "AW: Kaffeevollautomat defekt – 306-4471120-9928351",
      """
      Sehr geehrte Frau Lorenz,

      das tut uns leid, dass Ihr Kaffeevollautomat nach fünf Monaten Wasser verliert. Für das Gerät gilt die zweijährige Herstellergarantie von Cafino, die Reparaturen direkt abwickelt.

      Garantie-Hotline des Herstellers Cafino: 0800 7236 410 (Mo–Fr, 8:00–18:00 Uhr, kostenfrei). Halten Sie bitte Ihre Bestellnummer 306-4471120-9928351 und die Seriennummer vom Typenschild bereit.

      Sollte es mit dem Hersteller Schwierigkeiten geben, melden Sie sich gern wieder über Amazon bei uns.

      Mit freundlichen Grüßen
      Thomas Weiß
      Kaffeehaus Weiß
      """,
      "306-4471120-9928351", [],
      "Reply giving the manufacturer's warranty hotline, marked as such (BSM309 exception)."),

    m(16, "de-DE", "reply", "html",
      "AW: Selbstabholung Bestellung 302-3318865-7704127",
      """
      <p>Sehr geehrter Herr Frank,</p>
      <p>eine Abholung in unserem Ladengeschäft ist bei Amazon-Bestellungen leider nicht möglich. Ihre Bestellung 302-3318865-7704127 wird wie gewohnt an Ihre Lieferadresse geschickt.</p>
      <p>Bei weiteren Fragen antworten Sie einfach auf diese Nachricht.</p>
      <p>Mit freundlichen Grüßen<br>Petra Sommer<br>Kundenservice</p>
      <p><small>Küchenwerk Hoffmann GmbH &middot; Hafenstraße 12, 20457 Hamburg &middot; Amtsgericht Hamburg HRB 154321 &middot; USt-IdNr. DE298765432 &middot; Geschäftsführer: Jan Hoffmann</small></p>
      """,
      "302-3318865-7704127", [],
      "Reply with an Impressum-style footer (HRB, USt-IdNr), nothing a phone number."),

    m(17, "de-DE", "reply", "text",
      "AW: Erstattung noch nicht erhalten – Bestellung 303-5540982-2217683",
      """
      Hallo Frau Schmitt,

      Ihre Rücksendung ist am Freitag, 04.12.2026, um 11:52 Uhr in unserem Lager in Bielefeld angekommen (DHL-Sendungsnummer 00340434161094027318, Retourennummer RT-77412).

      Die Erstattung über 89,95 € haben wir am Montag, 07.12.2026, veranlasst. Je nach Bank dauert die Gutschrift 3 bis 5 Werktage.

      Freundliche Grüße
      Tobias Brandt
      Fahrradteile Brandt
      Bestellung 303-5540982-2217683
      """,
      "303-5540982-2217683", [],
      "Reply with tracking and return numbers, dates, times and amounts."),

    # ----------------------------------------------------------- violations
    m(18, "de-DE", "fulfillment-question", "text",
      "Ihr Paket ist unterwegs – 304-9981157-3320645",
      """
      Hallo Frau Schäfer,

      gute Nachrichten: Ihre Bestellung 304-9981157-3320645 hat heute Vormittag unser Lager verlassen und wurde an Hermes übergeben. Die Zustellung erfolgt voraussichtlich morgen.

      Viele Grüße
      Ihr Lichtblick-Team
      """,
      "304-9981157-3320645", ["BSM201"],
      "Shipping confirmation: left the warehouse and handed to the carrier."),

    m(19, "de-DE", "fulfillment-question", "html",
      "Wir legen los! (305-6602294-8857130)",
      """
      <p>Guten Tag Herr Krüger,</p>
      <p>Ihre Bestellung 305-6602294-8857130 ist bei uns eingegangen. Unser Lagerteam stellt die Artikel bereits zusammen und verpackt sie sorgfältig für Sie.</p>
      <p>Freundliche Grüße<br>Bürobedarf Seidel</p>
      """,
      "305-6602294-8857130", ["BSM201"],
      "Order confirmation paraphrased: received and being packed."),

    m(20, "de-DE", "fulfillment-question", "text",
      "Dankeschön! Bestellung 306-7706631-0049218",
      """
      Liebe Frau Zimmermann,

      ganz herzlichen Dank für Ihre Bestellung 306-7706631-0049218 bei uns. Es freut uns als kleine Familienrösterei jedes Mal sehr, wenn Sie sich für uns entscheiden.

      Herzliche Grüße
      Kaffeehaus Weiß
      """,
      "306-7706631-0049218", ["BSM202"],
      "Thanks-only message."),

    m(21, "de-DE", "fulfillment-question", "text",
      "Bestellung 302-0095538-6613472",
      """
      Guten Tag,

      sollte mit Ihrer Bestellung 302-0095538-6613472 irgendetwas nicht in Ordnung sein, sind wir selbstverständlich für Sie da. Melden Sie sich einfach.

      Freundliche Grüße
      Gartenkontor Lindner
      """,
      "302-0095538-6613472", ["BSM202"],
      "Only an offer to help if something comes up."),

    m(22, "de-DE", "delivery-delay", "text",
      "Neuer Versandtermin – Bestellung 303-4428870-1196354",
      """
      Sehr geehrte Frau Braun,

      wegen des hohen Aufkommens vor Weihnachten versenden wir die Christbaumkugeln aus Ihrer Bestellung 303-4428870-1196354 nicht am 7., sondern am 10. Dezember. Bitte entschuldigen Sie die Wartezeit.

      Mit freundlichen Grüßen
      Weihnachtsmanufaktur Erzgebirge

      PS: Bis Sonntag gibt es 20 % Rabatt auf unser gesamtes Sortiment mit dem Code ADVENT20.
      """,
      "303-4428870-1196354", ["BSM203"],
      "Permitted delay with a P.S. promoting 20% off the whole range."),

    m(23, "de-DE", "reply", "text",
      "AW: Größe der Regenjacke (Bestellung 304-1137726-5589403)",
      """
      Hallo Jonas,

      die Regenjacke fällt normal aus; bei 104 cm Brustumfang empfehlen wir Größe L.

      Übrigens: Folge uns auf Instagram und melde dich für unseren Newsletter an, dann erfährst du als Erster von unserer neuen Winterkollektion, die nächste Woche erscheint.

      Viele Grüße
      Alpen Outdoor
      """,
      "304-1137726-5589403", ["BSM203"],
      "Reply inviting to follow the shop, join the newsletter and see a new collection."),

    m(24, "de-DE", "review-request", "text",
      "Eine kleine Bitte – Bestellung 305-4459901-7732286",
      """
      Guten Tag,

      wir hoffen, Ihre neue Bettwäsche aus Bestellung 305-4459901-7732286 gefällt Ihnen. Würden Sie eine Rezension auf Amazon schreiben?

      Als kleines Dankeschön schicken wir Ihnen eine Aufmerksamkeit zu, sobald Ihre Rezension veröffentlicht ist. Geben Sie uns einfach kurz Bescheid, wenn sie online ist.

      Freundliche Grüße
      Schlafgut Manufaktur
      """,
      "305-4459901-7732286", ["BSM204"],
      "Small token once the review is published."),

    m(25, "de-AT", "review-request", "text",
      "Bewertung und Rückerstattung – Bestellung 306-2214487-9965031",
      """
      Servus Florian,

      schön, dass die Stirnlampe (Bestellung 306-2214487-9965031) gut angekommen ist. Wenn du eine Rezension auf Amazon schreibst, erstatten wir dir den vollen Kaufpreis von 39,90 €, sobald sie online ist. Die Lampe darfst du natürlich behalten.

      Liebe Grüße
      Alpen Outdoor, Innsbruck
      """,
      "306-2214487-9965031", ["BSM204"],
      "Full refund once the review is online."),

    m(26, "de-DE", "reply", "text",
      "AW: Wackeliges Tischbein – Bestellung 302-7790023-4418856",
      """
      Sehr geehrter Herr Walter,

      schön zu hören, dass der nachgeschickte Winkel passt und der Tisch jetzt fest steht.

      Nachdem das Problem behoben ist: Wären Sie so freundlich, Ihre Ein-Stern-Bewertung anzupassen oder zu löschen? Für eine kleine Tischlerei macht jede schlechte Bewertung viel aus.

      Mit freundlichen Grüßen
      Tischlerei Walter & Söhne
      """,
      "302-7790023-4418856", ["BSM205"],
      "Asks to adjust or delete a one-star review."),

    m(27, "de-DE", "review-request", "html",
      "Zufrieden mit Ihrem Einkauf? (303-8826654-2205917)",
      """
      <p>Guten Tag,</p>
      <p>wenn Sie mit Ihrer Thermoskanne aus Bestellung 303-8826654-2205917 zufrieden sind, freuen wir uns über eine Rezension auf Amazon.</p>
      <p>Falls etwas nicht passt, schreiben Sie bitte keine Bewertung, sondern wenden Sie sich zuerst an uns. Wir finden bestimmt eine Lösung.</p>
      <p>Freundliche Grüße<br>Küchenwerk Hoffmann</p>
      """,
      "303-8826654-2205917", ["BSM206"],
      "Review only if satisfied; unhappy buyers steered away from reviewing."),

    m(28, "de-DE", "review-request", "text",
      "Haben Sie eine Minute? Bestellung 304-3305518-6671290",
      """
      Sehr geehrte Frau König,

      Ihre Bestellung 304-3305518-6671290 wurde letzte Woche zugestellt. Für einen kleinen Onlineshop wie uns sind Bewertungen enorm wichtig. Würden Sie uns auf Amazon fünf Sterne geben?

      Herzlichen Dank im Voraus
      Schlafgut Manufaktur
      """,
      "304-3305518-6671290", ["BSM206"],
      "Asks for a five-star rating."),

    m(29, "de-DE", "order-problem", "text",
      "Artikel nicht lieferbar – Bestellung 305-1154409-8836627",
      """
      Sehr geehrter Herr Hofmann,

      leider ist die Gartenschere aus Ihrer Bestellung 305-1154409-8836627 ausverkauft, sodass wir sie nicht liefern können. Den Bestellbetrag von 24,95 € haben wir mit dem Grund "nicht auf Lager" angepasst.

      Am schnellsten geht es, wenn Sie die Bestellung anschließend noch selbst unter "Meine Bestellungen" stornieren.

      Mit freundlichen Grüßen
      Gartenkontor Lindner
      """,
      "305-1154409-8836627", ["BSM108"],
      "Amount adjusted, but the buyer is advised to cancel themselves."),

    m(30, "de-DE", "order-problem", "text",
      "Zu Ihrer Bestellung 306-5563398-1127740",
      """
      Sehr geehrte Frau Krause,

      durch einen Fehler in unserer Bestandsführung ist die Wanduhr aus Bestellung 306-5563398-1127740 leider nicht mehr vorrätig.

      Wir wären Ihnen sehr dankbar, wenn Sie über Ihr Amazon-Konto einen Stornierungsantrag stellen könnten. Entschuldigen Sie bitte die Umstände.

      Mit freundlichen Grüßen
      Wohnidee Krause & Co.
      """,
      "306-5563398-1127740", ["BSM107", "BSM108"],
      "Out of stock: asks for a cancellation request and never confirms an adjustment."),

    m(31, "de-DE", "delivery-delay", "text",
      "Kleine Verzögerung – Bestellung 302-2241175-9903386",
      """
      Guten Tag,

      Ihre Bestellung 302-2241175-9903386 wird zwei Werktage später als geplant versandt, am Mittwoch, 9. Dezember.

      Freundliche Grüße
      Bürobedarf Seidel

      Sie möchten keine Nachrichten mehr von uns erhalten? Dann antworten Sie einfach mit "Abmelden".
      """,
      "302-2241175-9903386", ["BSM305"],
      "Opt-out instruction: reply 'Abmelden'."),

    m(32, "de-DE", "reply", "text",
      "AW: Paket immer noch nicht da (303-6678842-4450192)",
      """
      Hallo Herr Busch,

      ich verstehe Ihren Ärger voll und ganz. Dieser Scheiß-Paketdienst hat Ihr Paket jetzt dreimal falsch eingescannt, die verdammten Idioten. Wir haben zu Bestellung 303-6678842-4450192 einen Nachforschungsauftrag gestellt und melden uns bis Freitag.

      Tobias
      Fahrradteile Brandt
      """,
      "303-6678842-4450192", ["BSM306"],
      "German profanity in a reply."),

    m(33, "de-DE", "delivery-delay", "text",
      "Vertraging van uw bestelling 304-8859926-3316047",
      """
      Beste klant,

      Het spijt ons u te moeten laten weten dat uw bestelling 304-8859926-3316047 een paar dagen later wordt verzonden, op 14 december. Onze leverancier loopt achter met dit artikel.

      Met vriendelijke groet,
      Teehaus Sommerfeld
      """,
      "304-8859926-3316047", ["BSM104"],
      "Message to a de-DE buyer written entirely in Dutch."),

    m(34, "de-DE", "reply", "text",
      "AW: Aufbauanleitung – Bestellung 305-7712258-0063941",
      """
      Sehr geehrte Frau Schwarz,

      die Montage der Schubladenschienen ist schriftlich schwer zu erklären. Rufen Sie uns doch kurz unter 040 3861 2290 an (Mo–Fr 9–17 Uhr), dann gehen wir die Schritte gemeinsam durch.

      Mit freundlichen Grüßen
      Tischlerei Walter & Söhne
      Bestellung 305-7712258-0063941
      """,
      "305-7712258-0063941", ["BSM309"],
      "Seller's own phone number in national German format."),

    m(35, "de-AT", "reply", "html",
      "AW: Lieferadresse ändern – 306-3398804-5527168",
      """
      <p>Hallo Frau Steiner,</p>
      <p>die Lieferadresse für Bestellung 306-3398804-5527168 können wir noch ändern, solange das Paket nicht gepackt ist. Schicken Sie uns die neue Adresse über Amazon oder per WhatsApp an +43 664 1234567.</p>
      <p>Liebe Grüße<br>Alpen Outdoor</p>
      """,
      "306-3398804-5527168", ["BSM309"],
      "Seller's mobile number in international Austrian format (+43)."),

    m(36, "de-DE", "reply", "text",
      "AW: Rechnung auf Firma – Bestellung 302-5526617-8840053",
      """
      Sehr geehrter Herr Peters,

      selbstverständlich können wir die Rechnung zu Bestellung 302-5526617-8840053 auf Ihre Firma ausstellen. Senden Sie die Firmendaten bitte an rechnung@buerobedarf-seidel.de, dann erhalten Sie die neue Rechnung noch heute.

      Mit freundlichen Grüßen
      Bürobedarf Seidel GmbH
      """,
      "302-5526617-8840053", ["BSM308"],
      "Plain e-mail address in a reply."),

    m(37, "de-DE", "reply", "text",
      "AW: Tasse zerbrochen – Bestellung 303-2287734-9914605",
      """
      Hallo Frau Lange,

      es tut uns leid, dass die Tasse zerbrochen angekommen ist. Schicken Sie uns bitte ein, zwei Fotos an service (at) teehaus-sommerfeld (punkt) de, dann kümmern wir uns sofort um Ersatz für Bestellung 303-2287734-9914605.

      Viele Grüße
      Teehaus Sommerfeld
      """,
      "303-2287734-9914605", ["BSM308"],
      "Obfuscated e-mail address written with '(at)' and '(punkt)'."),

    m(38, "de-DE", "reply", "html",
      "AW: Pflege der Gartenbank – Bestellung 304-0071139-2258716",
      """
      <p>Sehr geehrter Herr Kühn,</p>
      <p>danke für Ihre Frage zu Bestellung 304-0071139-2258716. Robinienholz müssen Sie im ersten Jahr nicht behandeln; danach genügt ein Anstrich mit Holzöl im Frühjahr.</p>
      <p>Weitere Antworten finden Sie auf <a href="https://www.gartenkontor-lindner.de/service/haeufige-fragen">der FAQ-Seite unseres Onlineshops</a>.</p>
      <p>Mit freundlichen Grüßen<br>Markus Lindner<br>Gartenkontor Lindner</p>
      """,
      "304-0071139-2258716", ["BSM302"],
      "Descriptive https link to the seller's own site, not needed for the order."),

    m(39, "de-DE", "reply", "html",
      "AW: Stand meiner Rücksendung 305-9904486-6635219",
      """
      <p>Sehr geehrte Frau Vogel,</p>
      <p>den Stand der Rücksendung zu Bestellung 305-9904486-6635219 können Sie jederzeit im <a href="http://www.amazon.de/gp/css/returns/homepage.html">Rücksendezentrum von Amazon.de</a> verfolgen.</p>
      <p>Mit freundlichen Grüßen<br>Schlafgut Manufaktur</p>
      """,
      "305-9904486-6635219", ["BSM301"],
      "Insecure http link to Amazon with descriptive text."),

    m(40, "de-DE", "delivery-delay", "html",
      "Ihre Gartenbank kommt etwas später (306-6645573-1180294)",
      """
      <p>Sehr geehrter Herr Jung,</p>
      <p>die Robinien-Gartenbank aus Bestellung 306-6645573-1180294 wird eine Woche später als geplant versandt, am 18. Dezember, weil die Ölbehandlung bei der Kälte länger trocknen muss.</p>
      <p>So wird Ihre Bank aussehen:</p>
      <p><img src="https://cdn.gartenkontor-lindner.de/produkte/gartenbank-robinie-150cm.jpg" alt="Gartenbank Robinie, 150 cm" width="320"></p>
      <p>Mit freundlichen Grüßen<br>Gartenkontor Lindner</p>
      """,
      "306-6645573-1180294", ["BSM310"],
      "Photo of the purchased product (file name and alt name it)."),

    m(41, "de-DE", "delivery-delay", "html",
      "Bestellung 302-1173308-7749625 – neuer Versandtag",
      """
      <p>Hallo Sophie,</p>
      <p>deine Mütze mit Schal (Bestellung 302-1173308-7749625) geht am 12. statt am 9. Dezember raus. Entschuldige die Wartezeit!</p>
      <p><img src="https://cdn.alpen-outdoor.at/mail/stock-sandstrand-palmen.jpg" alt="Sandstrand mit Palmen" width="400"></p>
      <p>Viele Grüße<br>Alpen Outdoor</p>
      """,
      "302-1173308-7749625", ["BSM311"],
      "Unrelated stock image of a beach with palm trees."),

    m(42, "de-DE", "delivery-scheduling", "html",
      "Liefertermin wählen – Bestellung 303-0026671-5518842",
      """
      <p><img src="https://cdn.wohnidee-krause.de/mail/wohnidee-krause-logo.png" alt="" width="180"></p>
      <p>Sehr geehrte Frau Haas,</p>
      <p>Ihr Ecksofa aus Bestellung 303-0026671-5518842 liefern wir zu zweit. Passt Ihnen Dienstag, 22. Dezember, 8:00–13:00 Uhr, oder Donnerstag, 24. Dezember, 12:00–17:00 Uhr?</p>
      <p>Mit freundlichen Grüßen<br>Wohnidee Krause</p>
      """,
      "303-0026671-5518842", ["BSM402"],
      "Shop logo with empty alt text."),

    m(43, "de-DE", "reply", "text",
      "AW: Farbe des Bettbezugs (304-4418809-6607321)",
      """
      Hallo Frau Berger,

      der Bettbezug in "Salbei" ist ein sanftes Grün, kein Grau. Der wird Ihnen bestimmt gefallen 👍 Zu Bestellung 304-4418809-6607321 gehören übrigens auch zwei passende Kissenbezüge.

      Viele Grüße
      Schlafgut Manufaktur
      """,
      "304-4418809-6607321", ["BSM403"],
      "Emoji in a reply."),

    m(44, "de-DE", "additional-information", "text",
      "Maße benötigt – Bestellung 305-3367745-2291580",
      """
      Hallo Herr Engel,

      für die Rollos nach Maß aus Bestellung 305-3367745-2291580 brauchen wir noch die genaue Breite der Fensterlaibung in Millimetern. Schicken Sie uns die kurz? Dann können wir loslegen :-)

      Viele Grüße
      Raumdeko Engel
      """,
      "305-3367745-2291580", ["BSM403"],
      "Text emoticon :-) in an otherwise permitted request."),

    m(45, "de-DE", "delivery-delay", "html",
      "Verzögerung bei Bestellung 306-8812234-0047753",
      """
      <style>
      h1 { font-size: 26px; }
      h2 { font-size: 20px; }
      p { font-size: 15px; }
      .fuss { font-size: 11px; }
      </style>
      <h1>Ihre Bestellung kommt etwas später</h1>
      <h2>Bestellung 306-8812234-0047753</h2>
      <p>Die Kaffeemühle wird nicht am 8., sondern am 11. Dezember versandt, weil die Lieferung des Importeurs sich verzögert.</p>
      <p class="fuss">Kaffeehaus Weiß, Lindenstraße 7, 01097 Dresden</p>
      """,
      "306-8812234-0047753", ["BSM410"],
      "Four explicit font sizes in a <style> block besides the default."),

    m(46, "de-DE", "additional-information", "html",
      "Gravurtext für Bestellung 302-6654490-3318829",
      """
      <p>Sehr geehrte Frau Winkler,</p>
      <p></p>
      <p>&nbsp;</p>
      <p>für den gravierten Flachmann aus Bestellung 302-6654490-3318829 benötigen wir noch Ihren Wunschtext (höchstens 20 Zeichen).</p>
      <p></p>
      <p>&nbsp;</p>
      <p>Sobald wir ihn haben, geht der Flachmann direkt in die Gravur.</p>
      <p>Mit freundlichen Grüßen<br>Atelier Namensschild</p>
      """,
      "302-6654490-3318829", ["BSM412"],
      "Empty paragraphs stacked between paragraphs."),

    m(47, "de-DE", "return-follow-up", "text",
      "[Wichtig] Ihre Rücksendung zu Bestellung 303-9937712-5584460",
      """
      Guten Tag Herr Roth,

      für die Rücksendung der Akkuleuchte aus Bestellung 303-9937712-5584460 fehlt uns noch der Rücksendegrund. Können Sie uns kurz mitteilen, was mit der Leuchte nicht in Ordnung ist?

      Freundliche Grüße
      Lichtblick Leuchten
      """,
      "303-9937712-5584460", ["BSM110"],
      "[Wichtig] tag on a return follow-up that otherwise asks for needed information."),

    m(48, "de-DE", "return-follow-up", "text",
      "Rücksendegrund fehlt – Bestellung 304-2209958-7761134",
      """
      Sehr geehrte Frau Arnold,

      um die Rücksendung zu Bestellung 304-2209958-7761134 abzuschließen, benötigen wir noch den Rücksendegrund. Diesen können Sie im Rücksendezentrum angeben:

      https://www.amazon.de/gp/css/returns/homepage.html

      Mit freundlichen Grüßen
      Küchenwerk Hoffmann
      """,
      "304-2209958-7761134", ["BSM401"],
      "Bare https Amazon URL as link text in a plain-text message."),

    # --------------------------------------------------------------- varied
    m(49, "de-DE", "delivery-delay", "html",
      "Neuer Versandtermin – Bestellung 305-5570016-9923348",
      """
      <div style="padding: 20px 140px;">
      <p>Guten Tag,</p>
      <p>Ihre Bestellung 305-5570016-9923348 wird wegen eines Lieferengpasses bei unserem Großhändler erst am Montag, 14. Dezember, versandt.</p>
      <p>Wir bitten um Entschuldigung.</p>
      <p>Ihr Team von Bürobedarf Seidel</p>
      </div>
      """,
      "305-5570016-9923348", ["BSM405"],
      "Wrapper with 140 px padding on each side (over 20% of 600 px)."),

    m(50, "de-AT", "delivery-delay", "text",
      "Ihre Bestellung 306-1106628-4475593",
      """
      Sehr geehrte Frau Hofer,

      we are sorry to inform you that order 306-1106628-4475593 will be shipped on 15 December instead of 10 December, because our supplier delivered the ski goggles late. We apologise for the inconvenience.

      Kind regards,
      Alpen Outdoor GmbH
      """,
      "306-1106628-4475593", ["BSM104"],
      "German greeting and subject, but the body paragraphs are in English (de-AT buyer)."),
]
