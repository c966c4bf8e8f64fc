# -*- coding: utf-8 -*-
"""v11 blind evaluation set: German (de-DE), 50 messages."""
import random

LANG = "de"
LOCALE = "de-DE"

_r = random.Random(11422)
OIDS = []
while len(OIDS) < 50:
    _o = "422-%07d-%07d" % (_r.randrange(10 ** 7), _r.randrange(10 ** 7))
    if _o not in OIDS:
        OIDS.append(_o)


def _m(n, typ, fmt, subject, body, expected, note):
    oid = OIDS[n - 1]
    body = body.strip("\n")
    return {
        "id": "v11-%s-%03d" % (LANG, n),
        "language": LANG,
        "locale": LOCALE,
        "type": typ,
        "format": fmt,
        "subject": subject.replace("{OID}", oid),
        "body": body.replace("{OID}", oid).replace("{OIDRAW}", oid.replace("-", "")),
        "order_id": oid,
        "expected": sorted(expected),
        "note": note,
    }


MESSAGES = [
    # ---------------------------------------------------------------- clean
    _m(1, "delivery-delay", "text",
       "Lieferverzögerung zu Ihrer Bestellung {OID}",
       """
Sehr geehrter Herr Schäfer,

leider können wir die Werkbank „Meister 150“ aus Ihrer Bestellung {OID} nicht innerhalb der bei Amazon angegebenen Lieferzeit versenden. Unser Zulieferer für die Buchenholzplatten hat die Ware erst für Montag, den 14.12.2026, zugesagt.

Nach aktuellem Stand versenden wir Ihre Werkbank spätestens am Mittwoch, 16.12.2026. Die Zustellung erfolgt dann in der Regel innerhalb von zwei Werktagen.

Wir bitten die Verzögerung zu entschuldigen.

Mit freundlichen Grüßen

Markus Wendt
Kundenservice
Werkstattbedarf Wendt
""", [], "Formal plain-text delivery delay with a new date; clean."),

    _m(2, "delivery-delay", "html",
       "Ihre Bestellung {OID} verzögert sich",
       """
<table width="100%" cellpadding="0" cellspacing="0">
<tr><td>
<p>Hallo Frau Lorenz,</p>
<p>kurze Info zu Ihrer Bestellung <strong>{OID}</strong>:</p>
<table cellpadding="4" cellspacing="0">
<tr><td>Artikel:</td><td>Kinderschreibtisch „Lernfuchs“, höhenverstellbar</td></tr>
<tr><td>Ursprünglich geplanter Versand:</td><td>03.12.2026</td></tr>
<tr><td>Neuer voraussichtlicher Versand:</td><td>10.12.2026</td></tr>
</table>
<p>Grund ist eine verspätete Lieferung der Beschläge. Entschuldigen Sie bitte die Unannehmlichkeiten.</p>
<p>Viele Grüße<br>Ihr Team von Kinderzimmer Kunterbunt</p>
</td></tr>
</table>
""", [], "Builder HTML delay with a table of dates and no styles; clean."),

    _m(3, "order-problem", "text",
       "[Wichtig] Bestellung {OID} kann nicht geliefert werden",
       """
Sehr geehrte Frau Yılmaz,

es tut uns sehr leid: Den Espressokocher „Napoli 6 Tassen“ aus Ihrer Bestellung {OID} können wir nicht liefern. Das letzte Exemplar in unserem Lager war beschädigt, und der Hersteller hat das Modell eingestellt.

Wir haben den vollständigen Bestellbetrag von 39,90 € daher bereits angepasst (Grund: kein Lagerbestand). Die Erstattung erfolgt über Amazon auf Ihr ursprüngliches Zahlungsmittel.

Nochmals Entschuldigung für die Umstände.

Mit freundlichen Grüßen
Sabine Krüger
Caffè & Co. Kaffeezubehör
""", [], "Order problem with full amount adjusted for no stock, [Wichtig] allowed on this type; clean."),

    _m(4, "additional-information", "text",
       "Rückfrage zur Lieferadresse – Bestellung {OID}",
       """
Guten Tag,

damit wir Ihre Bestellung {OID} versenden können, brauchen wir noch eine Angabe: In Ihrer Lieferadresse (Lindenstraße 12, 04109 Leipzig) fehlt der Name auf dem Klingelschild bzw. der c/o-Vermerk. Laut Zustelldienst handelt es sich um ein Bürogebäude mit mehreren Firmen.

Könnten Sie uns kurz antworten, an welche Firma oder welche Person das Paket gehen soll?

Besten Dank und freundliche Grüße
Ihr Team von Bürowelt Sachsen
""", [], "Asks for a recipient detail needed to deliver; clean."),

    _m(5, "return-follow-up", "text",
       "Ihre Rücksendung zu Bestellung {OID}",
       """
Sehr geehrter Herr Hoffmann,

vielen Dank für die Rücksendung des Fahrradhelms „AirGuard“ (Größe M). Bei der Prüfung haben wir festgestellt, dass die Innenpolster fehlen und das Visier Kratzer hat. Als Neuware können wir den Helm daher nicht mehr verkaufen.

Wir bieten Ihnen eine Teilerstattung in Höhe von 45,00 € an (das entspricht 60 % des Kaufpreises von 75,00 €). Wenn Sie einverstanden sind, antworten Sie bitte kurz auf diese Nachricht; wir veranlassen die Erstattung dann umgehend.

Mit freundlichen Grüßen
Jan Vogel
Radsport Vogel
""", [], "Return follow-up offering a partial refund; clean."),

    _m(6, "return-follow-up", "html",
       "Rückfrage zu Ihrer Retoure ({OID})",
       """
<p>Guten Tag Herr Becker,</p>
<p>Sie haben für Bestellung {OID} eine Rücksendung angemeldet. Damit wir sie richtig bearbeiten können, haben wir zwei Fragen:</p>
<ol>
<li>Handelt es sich um einen Defekt am Stabmixer, oder gefällt Ihnen das Gerät einfach nicht?</li>
<li>Senden Sie das Zubehör (Schneebesen und Messbecher) ebenfalls zurück?</li>
</ol>
<p>Vielen Dank für Ihre Rückmeldung.<br>Küchenprofi Ruhr</p>
""", [], "Return follow-up asking questions needed to complete the return; clean."),

    _m(7, "invoice", "text",
       "Rechnung zu Ihrer Bestellung {OID}",
       """
Sehr geehrte Damen und Herren,

anbei erhalten Sie die Rechnung zu Ihrer Bestellung {OID}.

Rechnungsnummer: RE/2026/12/0451
Rechnungsdatum: 07.12.2026
Nettobetrag: 840,34 €
zzgl. 19 % USt.: 159,66 €
Gesamtbetrag: 1.000,00 €

Mit freundlichen Grüßen
Buchhaltung

Druckerei Lehmann GmbH
Gutenbergstraße 17
70176 Stuttgart
Amtsgericht Stuttgart HRB 734512
Geschäftsführer: Thomas Lehmann
USt-IdNr.: DE 298 765 432
Steuernummer: 99/012/34567
""", [], "Invoice with slashed invoice number, HRB, USt-IdNr and Steuernummer; clean."),

    _m(8, "review-request", "text",
       "Wie gefällt Ihnen die Gartenbank? ({OID})",
       """
Hallo Frau Weber,

Ihre Gartenbank aus Lärchenholz ist nun schon eine Weile bei Ihnen. Wir hoffen, sie steht an einem schönen Platz.

Hätten Sie Lust, Ihre Erfahrungen in einer Bewertung auf Amazon zu teilen? Ob Lob oder Kritik – ehrliche Rezensionen helfen anderen Kunden bei der Auswahl und uns dabei, besser zu werden.

Herzliche Grüße aus der Werkstatt
Familie Gruber
Holzwerkstatt Gruber, Allgäu

Bestellnummer: {OID}
""", [], "Neutral plain-text review request; clean."),

    _m(9, "review-request", "html",
       "Ihre Meinung zu Bestellung {OID}",
       """
<p><img src="https://media.teehaus-friesland.de/mail/teehaus-friesland-logo.png" alt="Logo Teehaus Friesland" width="180"></p>
<p>Liebe Kundin, lieber Kunde,</p>
<p>vor Kurzem haben Sie bei uns die Ostfriesen-Teemischung im Geschenkset bestellt (Bestellnummer {OID}). Wir würden uns freuen zu erfahren, wie Ihnen der Tee schmeckt.</p>
<p>Wenn Sie mögen, teilen Sie Ihre Erfahrung direkt auf Amazon: <a href="https://www.amazon.de/review/review-your-purchases/">Bewertung zu Ihrem Kauf auf Amazon.de schreiben</a>.</p>
<p>Mit freundlichen Grüßen<br>Teehaus Friesland</p>
""", [], "HTML review request with logo (alt names shop) and descriptive https Amazon link; clean."),

    _m(10, "delivery-scheduling", "text",
       "Liefertermin für Ihren Kleiderschrank – Bestellung {OID}",
       """
Sehr geehrte Familie Neumann,

Ihr Kleiderschrank „Bergen“ (Bestellung {OID}) wiegt rund 110 kg und wird daher von unserer Spedition mit zwei Monteuren bis in die Wohnung geliefert. Dafür benötigen wir einen festen Termin.

Folgende Zeitfenster können wir Ihnen anbieten:
– Dienstag, 15.12.2026, 7:00–12:00 Uhr
– Dienstag, 15.12.2026, 12:00–17:00 Uhr
– Freitag, 18.12.2026, 8:00–13:00 Uhr

Bitte teilen Sie uns mit, welcher Termin Ihnen passt und in welchem Stockwerk Sie wohnen (mit oder ohne Aufzug).

Mit freundlichen Grüßen
Ihre Tourenplanung
Möbelhaus Weserland
""", [], "Bulky-item delivery scheduling with dated time slots; clean."),

    _m(11, "home-service-appointment", "html",
       "Terminvereinbarung Montage – Bestellung {OID}",
       """
<p>Guten Tag Frau Schulz,</p>
<p>zu Ihrer Bestellung {OID} haben Sie die Montage der Dunstabzugshaube gebucht. Unser Monteur, Herr Dietrich, kann zu folgenden Terminen zu Ihnen kommen:</p>
<ul>
<li>Montag, 14.12.2026, 9:00–11:00 Uhr</li>
<li>Donnerstag, 17.12.2026, 13:30–15:30 Uhr</li>
</ul>
<p>Bitte antworten Sie uns mit Ihrem Wunschtermin. Die Montage dauert etwa zwei Stunden; ein Stromanschluss sollte über der Kochfläche vorhanden sein.</p>
<p>Freundliche Grüße<br>Montageservice Küche &amp; Heim</p>
""", [], "Home-service installation appointment with two slots; clean."),

    _m(12, "custom-design-verification", "text",
       "Bitte Entwurf freigeben – Bestellung {OID}",
       """
Hallo Herr Kaya,

im Anhang finden Sie den Entwurf für Ihr graviertes Türschild (Datei: entwurf-tuerschild-v1.pdf). Wir haben den Namen „Familie Kaya – Herzlich willkommen“ wie gewünscht in Schreibschrift gesetzt.

Bitte prüfen Sie vor allem die Schreibweise. Wenn alles passt, geben Sie uns bis Freitag, 11.12., 12 Uhr Ihr Okay, dann geht das Schild am Montag in die Gravur. Änderungswünsche nehmen wir natürlich gern auf.

Viele Grüße
Lea
Gravurwerk Lea Brandl
Bestellung {OID}
""", [], "Custom design proof awaiting approval; clean."),

    _m(13, "fulfillment-question", "text",
       "Zugangscode für die Zustellung ({OID})",
       """
Guten Tag Herr Wolff,

unser eigener Fahrer liefert das Hochbeet aus Ihrer Bestellung {OID} bis an Ihre Wohnungstür. Laut unserer Tourenplanung ist die Haustür in der Schanzenstraße nur mit einem Zahlencode zu öffnen.

Könnten Sie uns den Türcode nennen oder mitteilen, bei wem der Fahrer klingeln soll? Wir geben die Angabe nur an den Fahrer dieser Tour weiter.

Unser Zeichen: TOUR-HH/2026/3317, Stopp 12
Sendung: 2 von 2

Mit freundlichen Grüßen
Gartenfreunde Direktversand
""", [], "Door-code question with reference numbers needed to deliver; clean."),

    _m(14, "reply", "text",
       "AW: Frage zum „Cast Iron Skillet“ ({OID})",
       """
Hallo Herr Richter,

danke für Ihre Frage. Die „Heritage Cast Iron Skillet 28 cm – Pre-Seasoned“ ist für alle Herdarten geeignet, auch für Induktion. Der englische Titel stammt vom Hersteller Old Hollow Ironworks; wir verkaufen die Pfanne unter dieser Bezeichnung weiter.

Vor dem ersten Gebrauch einfach heiß abspülen und dünn mit Öl einreiben.

Viele Grüße
Stefanie Berg
Gusseisen & Glut
Bestellung {OID}
""", [], "Reply quoting an English product title and brand within German sentences; clean."),

    _m(15, "reply", "text",
       "AW: Garantiefall Akkuschrauber – {OID}",
       """
Sehr geehrter Herr Meier,

das tut uns leid. Für Ihren Akkuschrauber gilt eine Herstellergarantie von drei Jahren, die direkt über den Hersteller abgewickelt wird.

Garantie-Hotline des Herstellers (Brückner Werkzeuge): 0800 724 3310, Mo.–Fr. 8:00–18:00 Uhr, kostenfrei. Halten Sie bitte Ihre Bestellnummer {OID} und die Seriennummer vom Typenschild bereit.

Sollte es dort Schwierigkeiten geben, schreiben Sie uns gern erneut.

Mit freundlichen Grüßen
Werkzeughandel Brandenburg
""", [], "Reply giving the manufacturer's warranty hotline, marked as such; clean."),

    _m(16, "reply", "html",
       "AW: Ist die Decke waschbar? ({OID})",
       """
<p>Liebe Frau Hartmann,</p>
<p>vielen Dank für Ihre Nachricht. Die Wolldecke aus Ihrer Bestellung {OID} können Sie im Wollwaschgang bei 30 °C waschen. Bitte nicht in den Trockner geben, sondern liegend trocknen lassen.</p>
<p>Herzliche Grüße<br>Clara Engel</p>
<p><small>Wollmanufaktur Engel GmbH &middot; Am Mühlbach 5 &middot; 83022 Rosenheim &middot; Amtsgericht Traunstein HRB 28317 &middot; Geschäftsführerin: Clara Engel &middot; USt-IdNr. DE 315 882 406</small></p>
""", [], "Reply with a company-details footer (HRB, USt-IdNr, address); clean."),

    _m(17, "reply", "text",
       "AW: Wann kommt meine Erstattung? ({OID})",
       """
Hallo Frau König,

Ihre Rücksendung (Retourennummer RT-2026-88412, DHL-Sendungsnummer 00340434161094015902) ist am Donnerstag, 03.12.2026, um 10:41 Uhr bei uns eingegangen. Die Erstattung über 64,90 € haben wir am Freitag, 04.12.2026, um 15:20 Uhr veranlasst.

Erfahrungsgemäß dauert es drei bis fünf Werktage, bis der Betrag gutgeschrieben wird – spätestens am Mittwoch, 09.12., sollte er also bei Ihnen sein.

Viele Grüße
Kundenservice Schuhhaus Stein
Bestellung {OID}
""", [], "Reply with return and tracking numbers, dates, times and amounts; clean."),

    # ------------------------------------------------------------ violations
    _m(18, "fulfillment-question", "text",
       "Ihr Paket ist unterwegs! ({OID})",
       """
Hallo Herr Zimmermann,

gute Nachrichten: Ihre Bestellung {OID} hat heute Morgen unser Lager in Hannover verlassen und wurde an DHL übergeben. Die Zustellung erfolgt voraussichtlich morgen.

Sportliche Grüße
Ihr Team von FitnessPlus24
""", ["BSM201"], "Tells the buyer the parcel left the warehouse and was handed to the carrier."),

    _m(19, "fulfillment-question", "html",
       "Wir haben Ihre Bestellung erhalten ({OID})",
       """
<p>Liebe Frau Schmitt,</p>
<p>Ihre Bestellung {OID} ist bei uns eingegangen, und wir sind bereits dabei, alles sorgfältig für Sie zu verpacken.</p>
<p>Herzliche Grüße<br>Seifenmanufaktur Lavendelblau</p>
""", ["BSM201"], "Confirms the order was received and is being packed."),

    _m(20, "fulfillment-question", "text",
       "Danke für Ihren Einkauf – {OID}",
       """
Sehr geehrter Herr Braun,

herzlichen Dank für Ihre Bestellung {OID}. Wir freuen uns sehr über Ihr Vertrauen und wünschen Ihnen viel Freude mit Ihrem Einkauf.

Mit freundlichen Grüßen
Weinkontor Pfalz
""", ["BSM202"], "Thanks only, no other content."),

    _m(21, "fulfillment-question", "text",
       "Bestellung {OID}",
       """
Hallo Frau Schwarz,

sollte mit Ihrer Bestellung {OID} irgendetwas nicht stimmen, melden Sie sich einfach bei uns. Wir sind jederzeit für Sie da und kümmern uns um eine Lösung.

Viele Grüße
Strickwaren Oberlausitz
""", ["BSM202"], "Only the offer to help if a problem comes up."),

    _m(22, "delivery-delay", "text",
       "Kurze Verzögerung – Bestellung {OID}",
       """
Sehr geehrter Herr Krause,

das Topfset aus Ihrer Bestellung {OID} wird einige Tage später als geplant versendet, da sich die Lieferung unseres Herstellers verzögert hat. Wir rechnen mit dem Versand bis Dienstag, 15.12.2026.

Bitte entschuldigen Sie die Verzögerung.

Mit freundlichen Grüßen
Kochhaus Franken

PS: Mit dem Code WINTER20 sparen Sie bis 31.12. ganze 20 % auf unser komplettes Sortiment.
""", ["BSM203"], "Permitted delay with a P.S. promoting 20% off the whole range."),

    _m(23, "review-request", "html",
       "Wie gefällt Ihnen Ihr Kissen? ({OID})",
       """
<p>Liebe Frau Werner,</p>
<p>wir würden uns über eine Rezension zu Ihrem Zirbenkissen aus Bestellung {OID} auf Amazon freuen. Ihre ehrliche Meinung hilft anderen Käufern.</p>
<p>Übrigens: Unsere neue Frühjahrskollektion ist ab sofort erhältlich! Abonnieren Sie unseren Newsletter und folgen Sie uns auf Instagram, um keine Neuheit zu verpassen.</p>
<p>Herzliche Grüße<br>Alpenzirbe Naturprodukte</p>
""", ["BSM203"], "Neutral review request plus new collection, newsletter and follow-us."),

    _m(24, "review-request", "text",
       "Ein kleines Dankeschön für dich ({OID})",
       """
Hallo Lukas,

hast du das Kartenspiel aus Bestellung {OID} schon ausprobiert? Wir würden uns sehr freuen, wenn du eine Bewertung auf Amazon schreibst.

Sobald deine Bewertung online ist, schick uns kurz eine Nachricht – als kleines Dankeschön bekommst du dann eine Überraschung von uns.

Viele Grüße
Spieleschmiede Kassel
""", ["BSM204"], "Small token of appreciation once the review is online."),

    _m(25, "review-request", "text",
       "Geld zurück für Ihre Bewertung ({OID})",
       """
Sehr geehrte Kundin, sehr geehrter Kunde,

schreiben Sie eine Bewertung zur Funk-Wetterstation aus Bestellung {OID} und erhalten Sie den vollen Kaufpreis zurück. Sobald Ihre Rezension auf Amazon sichtbar ist, erstatten wir Ihnen den gesamten Betrag innerhalb von 48 Stunden.

Mit freundlichen Grüßen
WetterTech Direkt
""", ["BSM204"], "Full refund as soon as the review is visible."),

    _m(26, "reply", "text",
       "AW: Ihre Bewertung zu Bestellung {OID}",
       """
Sehr geehrter Herr Lange,

schön, dass das Ersatzteil für Ihren Rasenmäher inzwischen angekommen ist und alles wieder läuft.

Wir haben gesehen, dass Sie vorher eine 1-Stern-Bewertung abgegeben haben. Wären Sie so freundlich, diese jetzt zu überarbeiten oder zu löschen?

Mit freundlichen Grüßen
Gartentechnik Lange & Söhne
Bestellung {OID}
""", ["BSM205"], "Asks to revise or delete a one-star review."),

    _m(27, "review-request", "text",
       "Zufrieden mit Ihrer Bestellung {OID}?",
       """
Guten Tag,

Sie sind mit Ihrem neuen Katzenkratzbaum zufrieden? Dann freuen wir uns über eine Bewertung auf Amazon.

Falls etwas nicht passt, bewerten Sie bitte nicht gleich, sondern schreiben Sie uns zuerst – wir finden bestimmt eine Lösung.

Freundliche Grüße
Tierbedarf Samtpfote
Bestellung {OID}
""", ["BSM206"], "Review only if satisfied; unhappy buyers steered to contact the seller instead."),

    _m(28, "review-request", "html",
       "Fünf Sterne für uns? ({OID})",
       """
<p>Hallo Herr Wagner,</p>
<p>vielen Dank, dass Sie sich für unseren Bambus-Wäschekorb entschieden haben (Bestellung {OID}).</p>
<p>Als kleiner Familienbetrieb sind wir auf gute Bewertungen angewiesen. Über eine 5-Sterne-Bewertung auf Amazon würden wir uns riesig freuen!</p>
<p>Viele Grüße<br>Bambuswerk Lübeck</p>
""", ["BSM206"], "Asks for a five-star rating."),

    _m(29, "delivery-delay", "text",
       "Information zu Bestellung {OID}",
       """
Sehr geehrte Frau Peters,

leider ist die Laufjacke in Größe S, die Sie bestellt haben, derzeit ausverkauft, und unser Lieferant kann noch keinen neuen Liefertermin nennen.

Am schnellsten geht es, wenn Sie die Bestellung {OID} selbst in Ihrem Amazon-Konto stornieren – dann wird Ihre Zahlung sofort freigegeben.

Mit freundlichen Grüßen
Laufsport Schwaben
""", ["BSM108"], "Advises the buyer to cancel because stock ran out (delay type)."),

    _m(30, "order-problem", "text",
       "Problem mit Ihrer Bestellung {OID}",
       """
Sehr geehrter Herr Fuchs,

aufgrund eines Fehlers in unserer Warenwirtschaft ist der Gartenschlauchwagen aus Ihrer Bestellung {OID} leider nicht mehr vorrätig.

Wir wären Ihnen sehr dankbar, wenn Sie über Amazon eine Stornierungsanfrage stellen könnten, damit wir die Bestellung auf unserer Seite abschließen können.

Mit freundlichen Grüßen
Gartencenter Online Grün
""", ["BSM107", "BSM108"], "Order problem without adjustment asking for a cancellation request."),

    _m(31, "delivery-delay", "text",
       "Neuer Versandtermin – Bestellung {OID}",
       """
Sehr geehrte Frau Jung,

Ihr maßgefertigtes Plissee aus Bestellung {OID} benötigt etwas mehr Zeit in der Fertigung. Der Versand erfolgt nun voraussichtlich am Freitag, 11.12.2026.

Mit freundlichen Grüßen
Plissee Manufaktur Sauerland

Sie möchten keine Nachrichten mehr von uns erhalten? Dann antworten Sie einfach mit STOP.
""", ["BSM305"], "Delay message with a reply-STOP opt-out instruction."),

    _m(32, "reply", "text",
       "AW: Vase kaputt ({OID})",
       """
Hallo Frau Möller,

so eine Scheiße, das tut uns echt leid. Der verdammte Paketdienst wirft unsere Kartons offenbar durch die Gegend, sonst geht so eine Vase nicht kaputt.

Wir schicken Ihnen eine neue Vase, die kaputte müssen Sie nicht zurückschicken.

Gruß
Glasbläserei Lauscha
Bestellung {OID}
""", ["BSM306"], "Reply containing German profanity."),

    _m(33, "reply", "text",
       "AW: Frage zu Bestellung {OID}",
       """
Sehr geehrter Herr Keller,

thank you for your message. The replacement filter fits all models of the AquaClear series from 2020 onwards, so it will work with the jug you bought from us. Simply rinse it under cold water before first use.

Kind regards,
AquaClear Store Europe
Order {OID}
""", ["BSM104"], "German greeting, but the body is in English for a de-DE buyer."),

    _m(34, "reply", "text",
       "AW: Aufbauanleitung Hochbett ({OID})",
       """
Hallo Herr Schröder,

bei Schritt 7 der Aufbauanleitung kommen viele ins Stocken. Rufen Sie uns am besten kurz in der Werkstatt an: 0761 / 4589 2210. Aus Österreich oder der Schweiz erreichen Sie uns unter +49 761 45892210.

Viele Grüße
Kindermöbel Schwarzwald
Bestellung {OID}
""", ["BSM309"], "Seller phone number in national and international format."),

    _m(35, "reply", "text",
       "AW: Rechnung auf Firma ({OID})",
       """
Sehr geehrte Frau Haas,

selbstverständlich können wir die Rechnung zu Bestellung {OID} auf Ihre Firma ausstellen. Schicken Sie uns die Firmendaten bitte an buchhaltung@buerobedarf-koenig.de, dann erhalten Sie die geänderte Rechnung innerhalb eines Werktages.

Mit freundlichen Grüßen
Bürobedarf König
""", ["BSM308"], "Plain e-mail address in a reply."),

    _m(36, "reply", "text",
       "AW: Fotos vom Kratzer – {OID}",
       """
Hallo Herr Kühn,

ärgerlich mit dem Kratzer auf der Tischplatte. Können Sie uns ein paar Fotos an service (at) tischlerei-kuehn (Punkt) de schicken? Bitte die Bestellnummer {OID} dazuschreiben, dann kümmern wir uns sofort darum.

Viele Grüße
Tischlerei Kühn
""", ["BSM308"], "E-mail address obfuscated with (at) and (Punkt)."),

    _m(37, "reply", "html",
       "AW: Pflege des Ledergürtels ({OID})",
       """
<p>Sehr geehrter Herr Pohl,</p>
<p>damit Ihr Ledergürtel lange schön bleibt, empfehlen wir, ihn zweimal im Jahr mit farblosem Lederbalsam zu pflegen. Eine ausführliche Anleitung finden Sie in <a href="https://www.lederwerk-pohl.de/pflege/guertel">unserer Pflegeanleitung auf unserer Website</a>.</p>
<p>Mit freundlichen Grüßen<br>Lederwerk Pohl<br>Bestellung {OID}</p>
""", ["BSM302"], "Descriptive https link to the seller's own website."),

    _m(38, "reply", "html",
       "AW: Wie sende ich zurück? ({OID})",
       """
<p>Hallo Frau Graf,</p>
<p>die Rücksendung der Druckerpatronen können Sie ganz einfach über Amazon anmelden. Öffnen Sie <a href="http://www.amazon.de/gp/css/returns/homepage.html">das Rücksendezentrum auf Amazon.de</a>, wählen Sie die Bestellung {OID} aus und folgen Sie den Schritten.</p>
<p>Viele Grüße<br>Tinten-Center Bremen</p>
""", ["BSM301"], "Descriptive link to Amazon over http."),

    _m(39, "reply", "html",
       "AW: Welche Farbe habe ich bestellt? ({OID})",
       """
<p>Hallo Frau Roth,</p>
<p>Sie haben die Emaille-Kanne in Salbeigrün bestellt. Zum Vergleich hier ein Bild:</p>
<p><img src="https://bilder.emaille-manufaktur.de/produkte/emaille-kanne-1-5l-salbeigruen.jpg" alt="Emaille-Kanne 1,5 Liter in Salbeigrün" width="300"></p>
<p>Viele Grüße<br>Emaille-Manufaktur Selb<br>Bestellung {OID}</p>
""", ["BSM310"], "Image of the purchased product."),

    _m(40, "delivery-delay", "html",
       "Bestellung {OID} verzögert sich",
       """
<p>Guten Tag Herr Franke,</p>
<p>wegen des hohen Aufkommens vor Weihnachten versenden wir Ihren Drehmomentschlüssel (Bestellung {OID}) erst am Montag, 14.12.2026.</p>
<p><img src="https://cdn.newsletter-baukasten.de/stock/palmenstrand-sonnenuntergang.jpg" alt="Palmenstrand bei Sonnenuntergang" width="400"></p>
<p>Mit freundlichen Grüßen<br>Werkzeug Schmid</p>
""", ["BSM311"], "Stock beach image unrelated to the shop."),

    _m(41, "review-request", "html",
       "Ihre Erfahrung mit den Duftkerzen ({OID})",
       """
<p><img src="https://media.kerzenzieherei-lindau.de/brand/kerzenzieherei-lindau-logo.png" width="160"></p>
<p>Guten Tag,</p>
<p>wir würden uns freuen, wenn Sie Ihre Erfahrung mit den Duftkerzen aus Bestellung {OID} in einer Rezension auf Amazon teilen. Jede ehrliche Meinung ist willkommen.</p>
<p>Herzliche Grüße<br>Kerzenzieherei Lindau</p>
""", ["BSM402"], "Shop logo without an alt attribute."),

    _m(42, "delivery-scheduling", "text",
       "Liefertermin für Ihre Waschmaschine 🚚 ({OID})",
       """
Hallo Frau Koch,

Ihre neue Waschmaschine kann geliefert werden! 🎉 Da es sich um ein schweres Gerät handelt, bringen wir sie selbst und schließen sie direkt an. Passt Ihnen Samstag, 12.12., zwischen 8:00 und 12:00 Uhr?

Geben Sie uns einfach kurz Bescheid.

Viele Grüße
Elektro Heinrich
Bestellung {OID}
""", ["BSM403"], "Emoji in subject and body of a scheduling message."),

    _m(43, "reply", "text",
       "AW: Batterien dabei? ({OID})",
       """
Hallo Jonas,

ja, bei der Funkuhr liegen zwei AA-Batterien bei, du kannst also direkt loslegen :D

Grüße
Uhrenstube Pforzheim
Bestellung {OID}
""", ["BSM403"], "Emoticon ':D' in a reply."),

    _m(44, "additional-information", "html",
       "Angabe benötigt für Bestellung {OID}",
       """
<style>
.h1 { font-size: 23px; }
.h2 { font-size: 18px; }
.txt { font-size: 14px; }
.fuss { font-size: 10px; }
</style>
<p class="h1">Bestellung {OID}</p>
<p class="h2">Wir benötigen noch eine Angabe</p>
<p class="txt">Für den Zuschnitt Ihrer Arbeitsplatte brauchen wir noch die gewünschte Tiefe: 60, 63,5 oder 65 cm? Antworten Sie einfach auf diese Nachricht.</p>
<p class="fuss">Zuschnitt-Profi GmbH, Bielefeld</p>
""", ["BSM410"], "Style block setting four distinct font sizes."),

    _m(45, "delivery-delay", "text",
       "Verzögerung bei Bestellung {OID}",
       """
Sehr geehrte Frau Kaiser,

die Lichterkette aus Ihrer Bestellung {OID} wird später versendet als geplant. Neuer voraussichtlicher Versandtermin: Mittwoch, 09.12.2026.


Bitte entschuldigen Sie die Verzögerung.


Mit freundlichen Grüßen
Festtagsdeko Erzgebirge
""", ["BSM412"], "Plain text with two blank lines in a row (twice)."),

    _m(46, "additional-information", "html",
       "Rückfrage zum Maß ({OID})",
       """
<p>Sehr geehrter Herr Otto,</p>
<p>in Ihrer Bestellung {OID} ist für das Maßrollo eine Breite von 1,20 cm angegeben. Meinen Sie vielleicht 120 cm?<br><br><br>Bitte geben Sie uns kurz Bescheid, damit wir mit der Fertigung beginnen können.</p>
<p></p>
<p></p>
<p>Mit freundlichen Grüßen<br>Sonnenschutz Hansen</p>
""", ["BSM412"], "HTML with a run of three <br> and empty paragraphs."),

    _m(47, "return-follow-up", "text",
       "[Wichtig] Rückfrage zu Ihrer Rücksendung – {OID}",
       """
Guten Tag Frau Sommer,

Sie haben zu Bestellung {OID} eine Rücksendung für die Bettwäsche angemeldet. Möchten Sie beide Garnituren zurückschicken oder nur die in Anthrazit? Eine kurze Antwort genügt.

Mit freundlichen Grüßen
Bettwarenhaus Allgäu
""", ["BSM110"], "[Wichtig] tag on a return follow-up, which is not critical."),

    _m(48, "reply", "html",
       "AW: Bedienungsanleitung Thermostat ({OID})",
       """
<p>Hallo Herr Ludwig,</p>
<p>die Bedienungsanleitung für das smarte Heizkörperthermostat finden Sie auf der Produktseite bei Amazon, und zwar <a href="https://www.amazon.de/dp/B0CZ3KQ8WT">hier</a>.</p>
<p>Viele Grüße<br>Klimatechnik Sachs<br>Bestellung {OID}</p>
""", ["BSM401"], "Link text 'hier' does not describe the target."),

    _m(49, "delivery-delay", "text",
       "Lieferverzögerung Ihrer Bestellung",
       """
Guten Tag Frau Böhm,

die Stehleuchte aus Ihrer Bestellung Nr. {OIDRAW} verzögert sich leider um etwa eine Woche, weil der Lampenschirm beim Hersteller nachproduziert wird. Wir rechnen mit dem Versand am Freitag, 18.12.2026.

Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen
Lichtwerk Dresden
""", ["BSM102"], "Order number written without hyphens only, so no valid order id."),

    _m(50, "review-request", "html",
       "Wie gefällt Ihnen das Holzspielzeug? ({OID})",
       """
<p><a href="https://www.holzspielwaren-kern.de"><img src="https://www.holzspielwaren-kern.de/img/logo-holzspielwaren-kern.png" alt="Holzspielwaren Kern – zu unserer Website" width="170"></a></p>
<p>Liebe Familie Arnold,</p>
<p>wir hoffen, die Holzeisenbahn aus Bestellung {OID} sorgt für viel Spielspaß. Wenn Sie möchten, schreiben Sie doch eine Bewertung über Ihre Erfahrung auf Amazon – jede ehrliche Meinung hilft.</p>
<p>Herzliche Grüße<br>Holzspielwaren Kern</p>
""", ["BSM302", "BSM304"], "Shop logo wrapped in a link to the seller's website."),
]
