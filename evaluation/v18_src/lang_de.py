"""v18 evaluation messages, German (de-DE / de-AT)."""

LANG = 'de'
MESSAGES = []


def _oid(n):
    return '492-%07d-%07d' % ((1618033 + n * 414213) % 10000000, (7320508 + n * 173205) % 10000000)


def M(n, typ, fmt, subject, body, expected, note, locale='de-DE'):
    oid = _oid(n)
    MESSAGES.append({
        'id': 'v18-de-%03d' % n, 'language': LANG, 'locale': locale, 'type': typ,
        'format': fmt, 'subject': subject.replace('{o}', oid), 'body': body.replace('{o}', oid),
        'order_id': oid, 'expected': sorted(expected), 'note': note,
    })


# ---------------------------------------------------------------- clean (1-17)
M(1, 'delivery-delay', 'text', 'Kurze Info zu Ihrer Bestellung {o}',
"""Hallo Frau Schneider,

ein kurzes, ehrliches Wort aus der Werkstatt zu Ihrer Bestellung {o}, dem Frühstücksbrett aus Kirschholz mit Saftrille.

Eigentlich wollten wir das Brett diese Woche auf den Weg bringen. Die letzte Lieferung Kirschholz war aber noch nicht ganz trocken, und wenn wir es jetzt fertig ölen, verzieht es sich bei Ihnen in ein paar Monaten. Das möchten wir Ihnen nicht zumuten.

Nach jetzigem Stand geht das Brett spätestens am Mittwoch, 16.12.2026, raus und sollte dann um den 18.12. bei Ihnen sein. Das reicht also locker bis Weihnachten, wenn der Paketdienst mitspielt.

Passt Ihnen das zeitlich nicht, schreiben Sie uns einfach über die Amazon-Nachrichten, dann finden wir gemeinsam eine Lösung.

Herzliche Grüße aus dem Schwarzwald
Jonas Brenner
Holzwerkstatt Brenner
Talstraße 14, 79874 Breitnau
USt-IdNr. DE287654321""",
[], 'Plain-text delivery delay from a workshop with a new date, clean.')

M(2, 'delivery-delay', 'html', 'Neuer Versandtermin für Ihre Bestellung {o}',
"""<p>Sehr geehrter Herr Yilmaz,</p>
<p>wir melden uns wegen Ihrer Bestellung {o} (2 x Fahrradtasche Elbufer, Farbe Oliv). Unser Hersteller in Portugal hat die neue Produktion um eine Woche verschoben, weshalb sich der Versand leider verzögert.</p>
<table>
<tr><td><strong>Ursprünglicher Versandtermin</strong></td><td>Montag, 07.12.2026</td></tr>
<tr><td><strong>Neuer voraussichtlicher Versandtermin</strong></td><td>Dienstag, 15.12.2026</td></tr>
<tr><td><strong>Voraussichtliche Zustellung</strong></td><td>Donnerstag, 17.12.2026</td></tr>
</table>
<p>Sobald die Taschen bei uns eintreffen, gehen sie noch am selben Tag in die Post. Sollte Ihnen der neue Termin nicht passen, antworten Sie bitte einfach auf diese Nachricht.</p>
<p>Mit freundlichen Grüßen<br>Sabine Krüger<br>Kundenservice Elbufer Radsport</p>
<p><small>Elbufer Radsport GmbH | Hafenstraße 4, 21680 Stade | Amtsgericht Tostedt HRB 204567 | USt-IdNr. DE312345678 | Geschäftsführer: Henning Lüders</small></p>""",
[], 'Builder HTML delay with a date table and Impressum-style footer, clean.')

M(3, 'order-problem', 'text', '[Wichtig] Ihre Bestellung {o} kann nicht geliefert werden',
"""Sehr geehrte Frau Weber,

leider müssen wir Ihnen mitteilen, dass wir Ihre Bestellung {o} über den gusseisernen Bräter (24 cm, Kirschrot) nicht ausliefern können. Beim Kommissionieren hatte das letzte Exemplar einen Haarriss in der Emaille, und der Hersteller fertigt diese Farbe in dieser Saison nicht mehr nach.

Den vollständigen Bestellbetrag von 89,95 € haben wir bereits in Seller Central mit dem Grund „NoInventory“ angepasst. Sie müssen nichts weiter tun; die Erstattung ist in der Regel innerhalb weniger Werktage auf Ihrer Karte bzw. Ihrem Konto.

Es tut uns wirklich leid, dass es so gekommen ist. Wir hätten Ihnen den Bräter sehr gern geschickt.

Freundliche Grüße

Ilse Becker
Kochkontor Becker e.K.
Lange Reihe 23, 20099 Hamburg
Amtsgericht Hamburg HRA 123456
USt-IdNr. DE298765432""",
[], 'Order problem confirming the full amount was adjusted (NoInventory), [Wichtig] allowed, clean.')

M(4, 'additional-information', 'text', 'Kurze Rückfrage zur Gravur ({o})',
"""Hallo Herr Lehmann,

schön, dass es die gravierte Hundemarke aus Messing geworden ist. Bevor wir die Graviermaschine anwerfen, brauchen wir noch eine Angabe von Ihnen.

Im Textfeld zu Bestellung {o} steht nur „Bello“, das kommt auf die Vorderseite. Auf der Rückseite ist Platz für zwei Zeilen mit je 14 Zeichen. Möchten Sie dort etwas haben? Viele nehmen die Postleitzahl oder einen kurzen Satz wie „Ich bin gechippt“. Bleibt es leer, gravieren wir nur vorne.

Wenn Sie uns bis Freitag, 11. Dezember, Bescheid geben, geht die Marke pünktlich raus.

Viele Grüße
Franziska
Gravurwerkstatt Feinschliff, Bamberg""",
[], 'Asks for engraving text needed to complete the order, clean.')

M(5, 'return-follow-up', 'text', 'Ihre Rücksendung zu Bestellung {o}: ein Vorschlag',
"""Guten Tag Frau Hofer,

danke für Ihre Rücksendeanfrage zur Wolldecke aus Bestellung {o}. Sie schreiben, dass an einer Kante ein paar Maschen locker sind, Ihnen die Farbe aber sonst gut gefällt.

Vielleicht wäre folgende Lösung angenehmer für Sie: Sie behalten die Decke, und wir erstatten Ihnen 15,00 € vom Kaufpreis von 59,00 €. Lockere Maschen lassen sich mit einer Stopfnadel in wenigen Minuten nacharbeiten, und der Weg zur Post entfällt.

Möchten Sie die Decke lieber vollständig zurückgeben, ist das selbstverständlich auch in Ordnung; dann wickeln wir die Rücksendung wie gewohnt ab. Geben Sie uns einfach kurz Bescheid, was Ihnen lieber ist.

Herzliche Grüße
Margarete Pichler
Wollstube Alpenschaf
Hauptplatz 8, 4020 Linz
UID ATU12345678 | FN 123456a""",
[], 'Return follow-up offering a partial refund, Austrian buyer and footer, clean.', locale='de-AT')

M(6, 'return-follow-up', 'html', 'Rücksendung {o}: Welche Teile fehlen?',
"""<p>Hallo Herr Neumann,</p>
<p>wir haben Ihre Rücksendeanfrage zum Bausatz „Segelschulschiff Gorch Fock“ (Bestellung {o}) gesehen. Sie schreiben, dass Teile fehlen, und das möchten wir gern sauber klären.</p>
<p>Damit wir die Rücksendung abschließen können, brauchen wir zwei Angaben:</p>
<ul>
<li>Welche Beutel bzw. Teilenummern fehlen genau? Die Liste steht auf Seite 2 der Bauanleitung.</li>
<li>Ist die Schachtel noch mit der originalen Innenverpackung vorhanden?</li>
</ul>
<p>Dann können wir entscheiden, ob wir Ihnen ein Rücksendeetikett schicken oder ob sich das fehlende Teil einfach nachliefern lässt.</p>
<p>Vielen Dank schon mal fürs Nachschauen!</p>
<p>Beste Grüße<br>Klaus Schmid<br>Modellbau Schmid, Kiel</p>""",
[], 'Return follow-up asking for information needed to complete the return, clean.')

M(7, 'invoice', 'text', 'Rechnung zu Ihrer Bestellung {o}',
"""Sehr geehrter Herr Dr. Vogt,

anbei erhalten Sie wie gewünscht die Rechnung zu Ihrer Bestellung {o} für Ihre Unterlagen.

Rechnungsnummer: RE/2026/12/0417
Rechnungsdatum: 04.12.2026
Leistung: 3 x Schreibtischleuchte Bauhaus, schwarz matt
Nettobetrag: 151,09 €
USt. 19 %: 28,71 €
Gesamtbetrag: 179,80 €

Die Rechnung ist, wie bei der Bestellung angegeben, auf die Vogt Architekten PartG mbB ausgestellt. Sollte an Firmierung oder Anschrift etwas nicht stimmen, sagen Sie uns bitte Bescheid, dann korrigieren wir sie.

Mit freundlichen Grüßen

Karin Brandt
Buchhaltung
Lichtwerk Hansa GmbH
Am Speicher 45, 28217 Bremen
Amtsgericht Bremen HRB 34098
USt-IdNr. DE812345678
Steuernummer 60/145/12345""",
[], 'Invoice with USt-IdNr, HRB, Steuernummer and slash invoice number, clean.')

M(8, 'review-request', 'text', 'Wie macht sich die Kaffeemühle? (Bestellung {o})',
"""Hallo Herr Richter,

inzwischen haben Sie mit der Handkaffeemühle aus Bestellung {o} bestimmt schon einige Bohnen gemahlen und vielleicht auch ein bisschen am Mahlgrad gedreht. Wir sind eine kleine Rösterei mit drei Leuten und lesen wirklich jede Bewertung, die reinkommt.

Hätten Sie Lust, auf Amazon eine Produktbewertung über Ihre Erfahrungen mit der Mühle zu schreiben? Was gut läuft und was besser sein könnte, hilft anderen Kaffeefreunden bei der Auswahl und uns beim Verbessern. Die Möglichkeit finden Sie unter „Meine Bestellungen“.

Einen schönen Tag und guten Kaffee
Daniel
Rösterei Bohnenboden, Leipzig""",
[], 'Neutral plain-text review request, clean.')

M(9, 'review-request', 'html', 'Ihre Meinung zu Bestellung {o}',
"""<p><img src="https://cdn.gaertnerei-gruenwiese.de/img/logo-gaertnerei-gruenwiese.png" alt="Logo der Gärtnerei Grünwiese" width="180"></p>
<p>Sehr geehrte Frau Zimmermann,</p>
<p>vor einigen Wochen haben Sie bei uns den Olivenbaum im Topf bestellt (Bestellung {o}). Wir hoffen, er hat sich an seinem neuen Platz gut eingelebt; Olivenbäume schmollen nach einem Umzug gern ein, zwei Wochen und werfen ein paar Blätter ab.</p>
<p>Wir würden uns freuen, wenn Sie Ihre Erfahrungen in einer Bewertung teilen. Ob kurz oder ausführlich, jede Meinung hilft anderen Kundinnen und Kunden.</p>
<p><a href="https://www.amazon.de/review/create-review?asin=B0CK7Q2L9Z">Bewertung zum Olivenbaum auf Amazon.de schreiben</a></p>
<p>Mit grünen Grüßen<br>Ihr Team der Gärtnerei Grünwiese</p>""",
[], 'HTML review request with shop logo (alt names shop) and descriptive Amazon link, clean.')

M(10, 'delivery-scheduling', 'text', 'Liefertermin für Ihr Sofa (Bestellung {o})',
"""Sehr geehrte Familie Wagner,

Ihr Dreisitzer „Ostsee“ (Bestellung {o}) ist fertig und steht in unserem Lager in Lübeck bereit. Da das Sofa über 70 kg wiegt und von zwei Monteuren gebracht wird, möchten wir den Termin gern mit Ihnen abstimmen.

In der KW 51 sind wir in Ihrer Gegend unterwegs und können Ihnen folgende Zeitfenster anbieten:

- Montag, 14.12., 8:00 bis 12:00 Uhr
- Mittwoch, 16.12., 12:00 bis 16:00 Uhr
- Samstag, 19.12., 9:00 bis 13:00 Uhr

Wohnen Sie im Obergeschoss ohne Aufzug oder gibt es ein enges Treppenhaus, sagen Sie uns bitte Bescheid, dann bringen wir die Treppensackkarre mit. Die Monteure stellen das Sofa in den Raum Ihrer Wahl und nehmen die Verpackung wieder mit.

Welches Zeitfenster passt Ihnen am besten?

Mit freundlichen Grüßen
Ahmet Demir
Tourenplanung, Möbelhaus Nordlicht
Schwartauer Allee 200, 23554 Lübeck""",
[], 'Scheduling delivery of a bulky sofa with time slots, clean.')

M(11, 'home-service-appointment', 'html', 'Montagetermin für Ihre Waschmaschine ({o})',
"""<p>Guten Tag Herr Krause,</p>
<p>bei Ihrer Bestellung {o} haben Sie den Anschluss und die Installation der Waschmaschine durch einen Techniker gewählt. Unser Kollege Benedikt ist im Raum Nürnberg unterwegs und hat folgende Termine frei:</p>
<ol>
<li>Dienstag, 15.12.2026, 8:30 bis 10:30 Uhr</li>
<li>Donnerstag, 17.12.2026, 13:00 bis 15:00 Uhr</li>
<li>Freitag, 18.12.2026, 10:00 bis 12:00 Uhr</li>
</ol>
<p>Bitte sorgen Sie dafür, dass Wasserhahn und Abfluss gut zugänglich sind. Das Altgerät nimmt Benedikt auf Wunsch kostenlos mit.</p>
<p>Welcher Termin passt Ihnen? Eine kurze Antwort auf diese Nachricht genügt.</p>
<p>Mit freundlichen Grüßen<br>Ihr Terminteam von Weißware Franken<br><small>Weißware Franken GmbH &amp; Co. KG | Fürther Straße 12, 90429 Nürnberg | Amtsgericht Nürnberg HRA 15987</small></p>""",
[], 'Home service appointment with numbered time slots, clean.')

M(12, 'custom-design-verification', 'text', 'Ihr Korrekturabzug zu Bestellung {o}',
"""Hallo Lena, hallo Tobias,

was für ein schöner Name! Im Anhang findet ihr den Korrekturabzug für das Geburtsschild aus Bestellung {o} als PDF.

Bitte lest die Angaben noch einmal genau durch:
- Name: Emilia Sophie Bergmann
- Geburt: 28.11.2026, 4:17 Uhr
- Gewicht und Größe: 3.240 g, 51 cm

Die Schrift auf dem Abzug ist „Caveat“, wie ihr es in den Anmerkungen gewünscht habt. Die Farben am Bildschirm können vom fertigen Holz etwas abweichen.

Wenn alles stimmt, brauchen wir nur ein kurzes „Passt so“ von euch. Änderungen sind natürlich auch möglich; eine zusätzliche Korrekturrunde ist im Preis enthalten.

Liebe Grüße
Nadja
Holzliebe Manufaktur, Freiburg""",
[], 'Custom design proof attached for approval, clean.')

M(13, 'fulfillment-question', 'text', 'Zugang zu Ihrem Haus für Bestellung {o}',
"""Sehr geehrter Herr Kowalczyk,

unser eigenes Auslieferteam bringt den Kleiderschrank aus Bestellung {o} am Donnerstag, 10.12., zu Ihnen in die Schönhauser Allee. Bei einer anderen Lieferung in dasselbe Haus standen wir letzten Monat vor verschlossener Tür: Die Haustür ist abgeschlossen und an den Klingeln stehen keine Namen.

Damit die Lieferung beim ersten Versuch klappt, teilen Sie uns bitte eine der folgenden Informationen mit:

1. den Zugangscode für die Haustür, oder
2. welche Klingel wir drücken sollen (z. B. „3. OG links“), oder
3. einen anderen Eingang, etwa über den Hinterhof, an dem das Team klingeln kann.

Unsere interne Referenz für diese Lieferung lautet LS-2026-08841, die Tourennummer des Fahrzeugs ist T 1147. Für Ihre Antwort brauchen Sie beides nicht, aber vielleicht ist es praktisch zum Aufheben.

Mit freundlichen Grüßen
Lisa Tischler
Schreinerei Tischler & Söhne""",
[], 'Door-code question with reference numbers that are not phone numbers, clean.')

M(14, 'reply', 'text', 'AW: Frage zu „Nordic Winter Throw“ ({o})',
"""Hallo Frau Engel,

gute Frage! Die Decke aus Ihrer Bestellung {o} heißt auf dem Etikett „Nordic Winter Throw – Extra Large“, weil wir sie direkt von einer kleinen Weberei in Schweden beziehen, die den englischen Namen verwendet. Es ist also genau der Artikel aus den Fotos im Angebot; nur der Name auf dem Etikett weicht von unserer deutschen Beschreibung ab.

Das Material ist 80 % Wolle und 20 % Baumwolle. Waschen können Sie sie im Wollprogramm bei höchstens 30 Grad; bitte nicht in den Trockner, sondern liegend trocknen.

Bei Ihrer Bestellung ist alles in Ordnung, Sie müssen nichts ändern.

Viele Grüße
Hanna Groß
Wohnladen Hygge & Heim, Münster""",
[], 'Reply quoting an English product title inside German sentences, clean.')

M(15, 'reply', 'text', 'AW: Garantie für meinen Akkusauger, Bestellung {o}',
"""Sehr geehrte Frau Peters,

das ist ärgerlich, dass der Akku Ihres Akkustaubsaugers schon nach drei Monaten schlappmacht. Danke, dass Sie sich gemeldet haben.

Die Garantie für dieses Modell läuft über den Hersteller, der auch die Akkus tauscht. Sie erreichen ihn über die:
Garantie-Hotline des Herstellers (Vortexa Deutschland): 0800 1234567, Montag bis Freitag von 9 bis 17 Uhr.

Halten Sie beim Anruf bitte Ihre Bestellnummer {o} und die Seriennummer bereit; diese steht auf dem Aufkleber unter dem Akkupack. Sollte der Hersteller Ihnen aus irgendeinem Grund nicht weiterhelfen, melden Sie sich gern wieder über diese Nachricht bei uns, dann finden wir gemeinsam eine Lösung.

Mit freundlichen Grüßen
Wolfgang Schulte
Haushaltswaren Schulte, Dortmund""",
[], 'Reply giving the manufacturer warranty hotline marked as such, clean.')

M(16, 'reply', 'html', 'AW: Firmendaten für Ihre Buchhaltung ({o})',
"""<p>Sehr geehrter Herr Hartmann,</p>
<p>Sie hatten nach unseren Firmendaten gefragt, weil Ihr Steuerberater sie für den Kauf des Bürostuhls (Bestellung {o}) benötigt. Hier alles auf einen Blick:</p>
<table>
<tr><td>Firma</td><td>Sitzkultur Ergonomie GmbH</td></tr>
<tr><td>Anschrift</td><td>Industriestraße 77, 50829 Köln</td></tr>
<tr><td>Registergericht</td><td>Amtsgericht Köln, HRB 98765</td></tr>
<tr><td>Geschäftsführerin</td><td>Miriam Hoffmann</td></tr>
<tr><td>USt-IdNr.</td><td>DE254567890</td></tr>
<tr><td>Steuernummer</td><td>217/5123/4567</td></tr>
</table>
<p>Falls Ihr Steuerberater auch eine Rechnung benötigt: Die können Sie auf Amazon direkt bei der Bestellung herunterladen, wir haben sie dort hinterlegt.</p>
<p>Mit freundlichen Grüßen<br>Miriam Hoffmann<br>Sitzkultur Ergonomie</p>""",
[], 'Reply with a company-details table (HRB, USt-IdNr, Steuernummer), clean.')

M(17, 'reply', 'text', 'AW: Wo bleibt meine Erstattung? ({o})',
"""Hallo Sven,

ich habe für dich nachgeschaut. Deine Rücksendung der Laufschuhe aus Bestellung {o} ist am Donnerstag, 03.12., um 11:42 Uhr unter der Retourennummer RT-49120 bei uns eingegangen. Die DHL-Sendungsnummer deiner Rücksendung war 00340434161234567890.

Wir haben die Schuhe am 04.12. geprüft und am selben Tag 119,95 € über Amazon erstattet. Je nach Bank dauert es meist drei bis fünf Werktage, bis der Betrag sichtbar ist, also spätestens um den 11.12. herum sollte er da sein.

Falls nicht, schreib mir einfach nochmal, dann hake ich nach.

Sportliche Grüße
Mike
Laufladen Kilometer 42, Stuttgart""",
[], 'Reply with return and tracking numbers, dates, times and an amount, clean.')

# ---------------------------------------------------------------- violations
M(18, 'fulfillment-question', 'text', 'Neuigkeiten zu deiner Bestellung {o}',
"""Hallo Anja,

gute Nachrichten: Dein Paket mit den drei Duftkerzen hat heute Morgen unser Lager in Kassel verlassen und wurde an Hermes übergeben. Wenn alles glattläuft, liegt es morgen bei dir vor der Tür.

Wir haben die Kerzen extra gut in Papier eingepackt, weil es gerade so kalt ist und Glas das nicht immer mag. Lass sie nach dem Auspacken erst auf Zimmertemperatur kommen, bevor du sie anzündest.

Bestellnummer zur Info: {o}.

Herzliche Grüße
Kerzenzieherei Lichtblick""",
['BSM201'], 'Tells the buyer the parcel left the warehouse and was handed to Hermes.')

M(19, 'additional-information', 'html', 'Ihre Bestellung {o} ist bei uns eingegangen',
"""<p>Sehr geehrte Frau Fischer,</p>
<p>herzlichen Dank! Ihre Bestellung {o} ist bei uns eingegangen, und unser Packteam hat heute schon damit angefangen. Jede Teekanne wird einzeln in Wellpappe gerollt, damit sie heil bei Ihnen ankommt.</p>
<p>Eine kleine Frage noch, wo wir gerade dabei sind: Möchten Sie die beiden Kannen in einem Karton oder getrennt verpackt, zum Beispiel weil eine davon ein Geschenk ist? Ohne Rückmeldung packen wir sie zusammen.</p>
<p>Mit freundlichen Grüßen<br>Teehaus Oolong, Heidelberg</p>""",
['BSM201'], 'Confirms the order was received and is being packed, plus a harmless question.')

M(20, 'fulfillment-question', 'text', 'Danke schön! ({o})',
"""Liebe Frau Schäfer,

ganz herzlichen Dank, dass Sie bei uns bestellt haben. Jede Bestellung ist für uns immer noch ein kleines Fest, und Ihre ist da keine Ausnahme.

Dass Sie sich für unser kleines Atelier entschieden haben und nicht für eine große Kette, bedeutet uns wirklich viel. Dafür sind wir Ihnen sehr dankbar, und das wollten wir Ihnen einfach einmal persönlich sagen.

Nochmals vielen, vielen Dank für Ihr Vertrauen!

Herzlichst
Rosa und Merle
Nähatelier Faden & Co
(Bestellung {o})""",
['BSM202'], 'Several paragraphs of nothing but thanks.')

M(21, 'fulfillment-question', 'html', 'Wir sind für Sie da ({o})',
"""<p>Sehr geehrter Herr Schmitz,</p>
<p>mit dieser Nachricht möchten wir Ihnen nur mitteilen, dass unser Kundenservice-Team für Sie bereitsteht, falls mit Ihrem Kauf (Bestellung {o}) wider Erwarten etwas nicht stimmen sollte.</p>
<p>Ob Frage, Unsicherheit oder etwas, das nicht ganz Ihren Erwartungen entspricht: Schreiben Sie uns jederzeit über Amazon. Wir antworten in der Regel innerhalb eines Werktags, auch am Wochenende.</p>
<p>Mit freundlichen Grüßen<br>Ihr Team Kundenglück<br>Werkzeughandel Schraubstock</p>""",
['BSM202'], 'Only offers help in case a problem arises.')

M(22, 'delivery-delay', 'text', 'Noch etwas Geduld bei Bestellung {o}',
"""Hallo Herr Hartung,

Ihre Bestellung {o} über das Set aus vier Käsemessern verzögert sich um ein paar Tage. Unser Schmied in Solingen hatte die Grippe und hängt jetzt eine Woche hinterher. Wir rechnen damit, die Messer am Montag, 14.12., verschicken zu können.

Wir wissen, dass Warten keinen Spaß macht, gerade wenn die Messer ein Geschenk werden sollen. Falls der neue Termin ein Problem ist, sagen Sie einfach Bescheid.

Viele Grüße
Klingenwerk Solingen

PS: Wussten Sie schon? Bis Sonntag gibt es 20 % Rabatt auf unser gesamtes Sortiment, einfach bei der nächsten Bestellung den Code KAESE20 eingeben.""",
['BSM203'], 'Permitted delay message with a P.S. promoting 20% off the whole range.')

M(23, 'review-request', 'html', 'Eine Frage zu Bestellung {o}',
"""<p>Hallo Ines,</p>
<p>du hast jetzt ein paar Wochen mit deiner neuen Yogamatte geübt. Hättest du Lust, auf Amazon eine Bewertung zu schreiben, wie sie dir gefällt? Das hilft anderen Yogis bei der Auswahl.</p>
<p>Und wo wir schon mal schreiben: Nächsten Monat bringen wir unsere neue Kork-Kollektion raus, komplett plastikfrei. Folge uns auf Instagram und Facebook (einfach nach „Matte & Mehr“ suchen) oder melde dich für unseren Newsletter an, dann erfährst du es als Erste.</p>
<p>Namaste<br>Matte &amp; Mehr, München</p>""",
['BSM203'], 'Review request mixed with follow-us, newsletter and new collection promotion.')

M(24, 'review-request', 'text', 'Ein kleines Dankeschön von uns ({o})',
"""Sehr geehrte Frau Scholz,

wir hoffen, Sie genießen Ihre neue Bettwäsche! Wir haben selbst ein paar Garnituren zu Hause, und der Perkal wird wirklich mit jeder Wäsche weicher.

Würden Sie eine Bewertung über Ihre Erfahrungen schreiben? Sobald Ihre Bewertung auf Amazon veröffentlicht ist, schicken wir Ihnen als kleine Aufmerksamkeit ein Paar passende Kissenbezüge, völlig kostenlos. Schreiben Sie uns dafür einfach den Namen, unter dem Sie die Bewertung veröffentlicht haben.

Mit freundlichen Grüßen
Traumland Bettwaren
Bestellung {o}""",
['BSM204'], 'Free pillowcases once the review is published.')

M(25, 'review-request', 'text', 'Geld zurück? Lies kurz weiter ({o})',
"""Hey Ben,

wir sind ein kleines Start-up und versuchen gerade, unsere neue Ladestation bekannter zu machen. Dabei könnten wir deine Hilfe gut gebrauchen.

Der Deal ist ganz einfach: Schreib eine ehrliche Bewertung zur Ladestation auf Amazon, und sobald sie online ist, erstatten wir dir den vollen Kaufpreis von 39,99 €. Du hast das Teil dann also quasi geschenkt bekommen.

Schick uns einfach einen Screenshot deiner Bewertung über diese Nachricht, wir erledigen den Rest innerhalb eines Tages.

Grüße
Team LadeLabor
Bestellung {o}""",
['BSM204'], 'Full refund promised as soon as the review is online.')

M(26, 'reply', 'text', 'AW: Kaputter Lampenschirm, Bestellung {o}',
"""Sehr geehrte Frau Claasen,

schön zu hören, dass der Ersatz-Lampenschirm inzwischen heil bei Ihnen angekommen ist und die Lampe nun auf Ihrer Anrichte steht. Nochmals Entschuldigung für den Ärger mit der ersten Lieferung; der Paketdienst ist mit dem Karton offensichtlich nicht sehr sorgsam umgegangen.

Wir haben gesehen, dass Sie wegen der beschädigten Lieferung eine Ein-Stern-Bewertung abgegeben haben. Jetzt, wo alles geklärt ist: Würden Sie die Bewertung aktualisieren oder löschen? Das würde unserem kleinen Betrieb wirklich helfen.

Mit freundlichen Grüßen
Leuchtenmanufaktur Lichtblick
Bestellung {o}""",
['BSM205'], 'Asks the buyer to update or delete an existing one-star review.')

M(27, 'review-request', 'text', 'Zufrieden mit dem Schachbrett? ({o})',
"""Hallo Herr Wolf,

wir hoffen, das handgefertigte Schachbrett aus Bestellung {o} hat bei Ihnen einen schönen Platz gefunden. Wir sind jedes Mal ein bisschen aufgeregt, wie unsere Bretter bei den neuen Besitzern ankommen.

Wenn Sie zufrieden sind, würden wir uns sehr über eine Bewertung auf Amazon freuen. Sollten Sie aus irgendeinem Grund nicht zufrieden sein, schreiben Sie bitte keine Bewertung, sondern melden Sie sich zuerst bei uns, dann bringen wir das gemeinsam in Ordnung.

Beste Grüße
Schachmanufaktur Springer, Regensburg""",
['BSM206'], 'Review only if satisfied; unhappy buyers steered to contact the seller.')

M(28, 'review-request', 'html', 'Dürfen es fünf Sterne sein? ({o})',
"""<p>Liebe Hanna,</p>
<p>dein neuer Wanderrucksack ist hoffentlich schon ein paar Wochen mit dir unterwegs. Wir sind gespannt, wie er sich im Allgäu oder wo auch immer du wanderst schlägt.</p>
<p>Ein Tipp für die Wintermonate: Lass den Rucksack nach einer nassen Tour offen bei Zimmertemperatur trocknen, nicht auf der Heizung. So bleibt die Beschichtung länger geschmeidig und die Reißverschlüsse laufen leichter.</p>
<p>Wenn du kurz Zeit hast: Würdest du uns auf Amazon fünf Sterne geben? Die volle Punktzahl macht für einen kleinen Händler wie uns in den Suchergebnissen wirklich einen Unterschied.</p>
<p>Herzliche Grüße<br>Bergsport Kompass<br>Bestellung {o}</p>""",
['BSM206'], 'Explicitly asks for a five-star rating.')

M(29, 'delivery-delay', 'text', 'Ihre Bestellung {o}: Die Nähmaschine ist noch nicht da',
"""Hallo Frau Roth,

leider müssen wir Ihnen sagen, dass die Nähmaschine aus Bestellung {o} derzeit nicht auf Lager ist. Unser Großhändler hat die letzte Charge an eine große Kette verkauft und kann noch nicht sagen, wann neue Geräte kommen; das kann gut Januar werden.

Ganz ehrlich: Am schnellsten geht es, wenn Sie die Bestellung selbst unter „Meine Bestellungen“ auf Amazon stornieren. Dann haben Sie Ihr Geld sofort zurück und können sich woanders nach einer Maschine umsehen, die gleich lieferbar ist.

Entschuldigen Sie die Umstände!

Viele Grüße
Nähzentrum Stich für Stich, Kassel""",
['BSM108'], 'Delay message advising the buyer to cancel because stock ran out.')

M(30, 'order-problem', 'text', '[Wichtig] Problem mit Ihrer Bestellung {o}',
"""Sehr geehrter Herr Fuchs,

leider ist die Espressomaschine, die Sie bestellt haben (Bestellung {o}), nicht mehr auf Lager. Bei der Umstellung unseres Warenwirtschaftssystems ist etwas schiefgelaufen, sodass das Angebot noch zwei Tage online war, obwohl das letzte Gerät schon weg war.

Wir wären Ihnen sehr dankbar, wenn Sie über Ihr Amazon-Konto eine Stornierungsanfrage für diese Bestellung stellen könnten. So können wir den Vorgang auf unserer Seite sauber abschließen.

Nochmals Entschuldigung
Kaffeestube Fuchs""",
['BSM107', 'BSM108'], 'Order problem asking for a cancellation request without confirming the adjustment.')

M(31, 'review-request', 'text', 'Ihre Erfahrung mit dem Nistkasten ({o})',
"""Hallo Herr Kaiser,

wir hoffen, der Nistkasten aus Bestellung {o} hängt schon im Garten. Meisen schauen sich neue Kästen oft erst ab Februar genauer an, also keine Sorge, wenn er noch leer ist.

Hätten Sie Lust, eine Bewertung zum Nistkasten auf Amazon zu schreiben? Jede Erfahrung hilft anderen Vogelfreunden.

Mit freundlichen Grüßen
Nistkastenwerkstatt Vogelnest, Celle

Sie möchten keine Nachrichten mehr von uns erhalten? Antworten Sie einfach mit ABMELDEN, dann nehmen wir Sie aus dem Verteiler.""",
['BSM305'], 'Neutral review request with a reply-ABMELDEN opt-out.')

M(32, 'reply', 'text', 'AW: Paket nicht angekommen ({o})',
"""Hi Jonas,

so eine Scheiße, echt. Ich hab gerade mit dem Depot telefoniert, und diese Vollidioten vom Paketdienst haben dein Paket einfach bei der falschen Hausnummer abgeladen. Verdammte Kacke, das ist schon das dritte Mal diesen Monat.

Ich hab ein neues Paket für dich beiseitegelegt; sobald ich ein Ersatzetikett habe, schicke ich dir die Daten. Bestellnummer fürs Protokoll: {o}.

Grüße
Rick
Skateshop Halfpipe, Berlin""",
['BSM306'], 'Reply with German profanity about the courier.')

M(33, 'delivery-delay', 'text', 'Vertraging van uw bestelling {o}',
"""Beste heer Becker,

Helaas moeten we u laten weten dat uw bestelling {o} voor het linnen tafelkleed iets later wordt verzonden dan gepland. Onze weverij heeft nog een paar dagen nodig; we verwachten de verzending op dinsdag 15 december.

Een kleine tip alvast: linnen wordt het mooist als u het voor het eerste gebruik één keer wast op 40 graden en licht vochtig strijkt.

Past de nieuwe datum u niet, laat het ons dan weten via de Amazon-berichten.

Met vriendelijke groet,
Linnenkamer Maastricht""",
['BSM104'], 'Delay message to a German buyer written entirely in Dutch.')

M(34, 'delivery-scheduling', 'text', 'Liefertermin für Ihren Kleiderschrank ({o})',
"""Sehr geehrte Frau Hermann,

der Kleiderschrank aus Bestellung {o} ist lieferbereit. Weil er fast zwei Meter hoch ist, kommen wir zu zweit und möchten einen Termin vereinbaren, an dem Sie zu Hause sind.

Möglich wären Dienstag, 15.12., vormittags oder Freitag, 18.12., nachmittags. Rufen Sie am besten kurz unseren Disponenten Yusuf unter 030 84712395 an, um einen Termin festzumachen; das geht meist schneller als hin und her schreiben.

Mit freundlichen Grüßen
Möbelwerkstatt Eichenholz, Berlin-Spandau""",
['BSM309'], 'Delivery scheduling with a German landline number to call.')

M(35, 'reply', 'html', 'AW: Frage zur Größe ({o})',
"""<p>Sehr geehrter Herr Walter,</p>
<p>danke für Ihre Frage zur Größe der Arbeitsschuhe aus Bestellung {o}. Die Schuhe fallen etwas klein aus; die meisten Kunden nehmen eine halbe Nummer größer als sonst.</p>
<p>Bedenken Sie auch, dass eine Stahlkappe nicht nachgibt wie ein normaler Schuh; vorne braucht es also etwas mehr Luft. Mit dicken Arbeitssocken passt eine halbe Nummer größer meistens genau.</p>
<p>Möchten Sie das lieber mit jemandem aus unserem Lager besprechen? Sie erreichen uns unter +49 (0)89 4521 8870, werktags von 8 bis 17 Uhr.</p>
<p>Mit freundlichen Grüßen<br>Arbeitskleidung Isartal</p>""",
['BSM309'], 'Reply with an international-format German phone number.', locale='de-AT')

M(36, 'reply', 'text', 'AW: Fehlende Schrauben ({o})',
"""Hallo Jolanda,

wie ärgerlich, dass der Schraubenbeutel bei deinem Wandregal gefehlt hat! Das darf natürlich nicht passieren.

Wir schicken dir einen neuen Beutel. Magst du sicherheitshalber ein Foto der Montageanleitung an service@regalwerk-ost.de schicken? Dann sehen wir, welche Version du hast, und packen die richtigen Schrauben ein.

Kleiner Hinweis am Rande: Jedes Brett trägt bis zu 25 kg, sofern du Dübel verwendest, die zu deiner Wand passen. Bei Rigips empfehlen wir Hohlraumdübel; die liegen standardmäßig nicht bei.

Bestellnummer: {o}.

Grüße
Regalwerk Ost""",
['BSM308'], 'Reply giving a plain e-mail address.')

M(37, 'additional-information', 'text', 'Foto benötigt für Ihre Bestellung {o}',
"""Sehr geehrte Frau Lange,

für die Leinwand, die Sie bei uns bestellt haben (Bestellung {o}), benötigen wir Ihr Foto in der höchsten Auflösung; die Version, die über Amazon bei uns angekommen ist, ist leider zu klein für einen scharfen Druck in 60 x 90 cm.

Kurz zur Erklärung, weil wir das oft gefragt werden: Fotos, die über Messenger weitergeleitet wurden, werden meist stark verkleinert. Die Datei direkt von der Kamera oder vom Handy ist fast immer die schärfste.

Könnten Sie die Originaldatei an foto(at)leinwand-direkt(punkt)de schicken? Wir legen dann sofort los, damit die Leinwand rechtzeitig fertig ist.

Mit freundlichen Grüßen
Leinwand Direkt, Hannover""",
['BSM308'], 'E-mail address obfuscated with (at) and (punkt).')

M(38, 'reply', 'html', 'AW: Pflege des Esstischs ({o})',
"""<p>Hallo Markus,</p>
<p>gut, dass du fragst, wie du den Massivholztisch aus Eiche (Bestellung {o}) am besten pflegst. Kurz gesagt: zweimal im Jahr mit Hartwachsöl behandeln und Flecken sofort mit einem feuchten Tuch abtupfen.</p>
<p>Weißer Ring von einem heißen Topf? Leg ein feuchtes Geschirrtuch drauf und fahr ganz kurz mit einem warmen Bügeleisen drüber; die Feuchtigkeit holt den Fleck oft wieder raus. Danach leicht mit 240er-Körnung schleifen und nachölen.</p>
<p>Eine ausführliche Anleitung mit Fotos haben wir auf unserer eigenen Seite: <a href="https://www.tischlerei-lindner.de/pflege/eiche">Pflegeanleitung für Eichentische auf der Website der Tischlerei Lindner</a>.</p>
<p>Viele Grüße<br>Tischlerei Lindner</p>""",
['BSM302'], 'Descriptive https link to the seller\'s own website.')

M(39, 'review-request', 'html', 'Wie gefallen Ihnen die Geschirrtücher? ({o})',
"""<p>Sehr geehrte Frau Prinz,</p>
<p>wir hoffen, das Set Leinen-Geschirrtücher aus Bestellung {o} ist in Ihrer Küche schon fleißig im Einsatz. Leinen wird mit jeder Wäsche saugfähiger, geben Sie den Tüchern also etwas Zeit.</p>
<p>Ein Tipp, den wir gern mitgeben: Waschen Sie die Tücher beim ersten Mal bei 40 Grad ohne Weichspüler, denn der macht die Fasern weniger saugfähig. Bügeln ist kein Muss; der leicht zerknitterte Look gehört zu Leinen dazu.</p>
<p>Wir würden uns freuen, wenn Sie Ihre Erfahrung teilen: <a href="http://www.amazon.de/review/create-review?asin=B0D1XY2ZQ6">Bewertung zu den Geschirrtüchern auf Amazon.de schreiben</a>.</p>
<p>Mit freundlichen Grüßen<br>Leinenweberei Webstuhl</p>""",
['BSM301'], 'Review request with an http link to Amazon.')

M(40, 'delivery-delay', 'html', 'Ihre Kaffeemaschine kommt später ({o})',
"""<p>Sehr geehrter Herr Braun,</p>
<p>Ihre Filterkaffeemaschine (Bestellung {o}) lässt leider noch etwas auf sich warten: Unser Lieferant hat uns mitgeteilt, dass die nächste Lieferung erst am 16.12. bei uns eintrifft. Wir schicken die Maschine am selben Tag weiter.</p>
<p>Wir wissen, dass ein Morgen ohne frischen Kaffee kein Vergnügen ist. Zum Glück geht es nur um ein paar Tage, und die zweijährige Garantie beginnt erst mit dem Tag, an dem das Gerät bei Ihnen ankommt.</p>
<p>Zur Erinnerung, so sieht Ihr Gerät aus:</p>
<p><img src="https://cdn.kaffeehaus-bohne.de/produkte/filterkaffeemaschine-schwarz.jpg" alt="Foto der bestellten Filterkaffeemaschine in Schwarz" width="300"></p>
<p>Mit freundlichen Grüßen<br>Kaffeehaus Bohne</p>""",
['BSM310'], 'Delay message with a photo of the purchased product.')

M(41, 'delivery-delay', 'html', 'Kleine Verzögerung bei Bestellung {o}',
"""<p>Liebe Familie Kraus,</p>
<p>wegen des Weihnachtstrubels gehen die Präsentkörbe aus Bestellung {o} zwei Tage später raus als geplant, nämlich am Mittwoch, 16.12. Sie sind dann immer noch rechtzeitig vor Weihnachten bei Ihnen.</p>
<p>Jeder Korb wird bei uns von Hand gepackt, und gerade im Dezember wollen wir nichts überstürzen: Der Käse muss die richtige Temperatur behalten, und die Pralinen dürfen nicht brechen. Da nehmen wir lieber zwei Tage mehr in Kauf.</p>
<p><img src="https://cdn.praesentkorb-paula.de/stimmung/verschneiter-wald-sonnenuntergang.jpg" alt="Verschneiter Wald im Sonnenuntergang" width="400"></p>
<p>Herzliche Grüße<br>Präsentkörbe Paula</p>""",
['BSM311'], 'Delay message with an unrelated stock photo.')

M(42, 'invoice', 'html', 'Rechnung {o}',
"""<p><img src="https://cdn.druckerei-kringel.de/img/logo-druckerei-kringel.png" width="160"></p>
<p>Sehr geehrter Herr Busch,</p>
<p>anbei erhalten Sie die Rechnung zu Ihrer Bestellung {o} (500 Visitenkarten, 350 g/m² matt). Rechnungsnummer: DK/2026/1182.</p>
<p>Sie hatten bei der Bestellung gefragt, ob die Karten auf Ihre neue Praxis abgerechnet werden können; so haben wir es gemacht. Stimmt etwas an der Rechnungsanschrift nicht, ändern wir die Rechnung gern.</p>
<p>Mit freundlichen Grüßen<br>Druckerei Kringel<br><small>Amtsgericht Augsburg HRB 45678 | USt-IdNr. DE823456781</small></p>""",
['BSM402'], 'Invoice with the shop logo lacking an alt attribute.')

M(43, 'reply', 'text', 'AW: Welche Größe? ({o})',
"""Hallo Nina,

haha, gute Frage, unsere Größentabelle ist wirklich ein kleines Rätsel 🙈 Für die Regenjacke aus Bestellung {o} empfehlen wir M, wenn du normalerweise zwischen S und M liegst; sie ist weit geschnitten, damit ein Pulli drunter passt.

Die Ärmellänge ist normal, da musst du nichts beachten. Die Kapuze lässt sich hinten mit einem Kordelstopper anpassen und passt auch über einen Fahrradhelm.

Umtausch geht innerhalb von 30 Tagen immer, also kein Stress 👍

Liebe Grüße
Regenfest Outdoor""",
['BSM403'], 'Reply containing emoji.')

M(44, 'delivery-scheduling', 'text', 'Wann dürfen wir das Trampolin bringen? ({o})',
"""Hallo Dennis,

das Trampolin aus Bestellung {o} steht in unserem Lager in Ulm bereit. Weil das Paket fast 90 kg wiegt, kommt es mit dem Hebebühnen-Transporter. Wir können am Dienstag, 15.12., zwischen 13 und 17 Uhr oder am Samstag, 19.12., zwischen 9 und 12 Uhr vorbeikommen.

Der Aufbau dauert zu zweit etwa anderthalb Stunden. Die Fahrer stellen den Karton im Garten oder in der Garage ab, damit ihr in Ruhe aufbauen könnt. Wichtig ist nur eine ebene Fläche von etwa vier mal vier Metern ohne Äste darüber.

Sag einfach Bescheid, was passt, dann sorgen wir dafür, dass die Kids in den Weihnachtsferien springen können :-D

Grüße
Spielgarten Sprungbrett, Ulm""",
['BSM403'], 'Delivery scheduling with a grinning text emoticon.')

M(45, 'delivery-delay', 'html', 'Neuigkeiten zu Bestellung {o}',
"""<style>
h1 { font-size: 26px; }
h2 { font-size: 19px; }
p { font-size: 15px; }
.fussnote { font-size: 11px; }
</style>
<h1>Noch etwas Geduld</h1>
<h2>Ihre Bestellung {o}</h2>
<p>Sehr geehrte Frau Ramadani, die Keramikvasen aus Ihrer Bestellung kommen drei Tage später aus dem Ofen als geplant, weil der Glasurbrand wiederholt werden musste. Wir rechnen nun mit dem Versand am Freitag, 18.12.</p>
<p>Die gute Nachricht: Beim zweiten Brand ist die Glasur noch schöner verlaufen, genau in dem tiefen Meergrün, das Sie auf den Fotos gesehen haben. Das Warten lohnt sich also, versprochen.</p>
<p>Mit freundlichen Grüßen<br>Töpferei Drehscheibe</p>
<p class="fussnote">Töpferei Drehscheibe | Hafenstraße 3, 24937 Flensburg | USt-IdNr. DE267812345</p>""",
['BSM410'], 'Style block setting four explicit font sizes.')

M(46, 'delivery-delay', 'text', 'Verzögerung Bestellung {o}',
"""Sehr geehrter Herr Meyer,

es tut uns leid, aber die Gartenbank aus Bestellung {o} wird später verschickt als angegeben. Der Lack braucht in der kalten Werkstatt länger zum Trocknen.



Neuer voraussichtlicher Versandtermin: Donnerstag, 17.12.



Ein kleiner Tipp für später: Stellen Sie die Bank im Winter nicht direkt in eine Pfütze und legen Sie auf der Terrasse ein paar Gummifüße unter die Beine. Das Eichenholz wird im ersten Jahr silbergrau, das ist völlig normal.

Mit freundlichen Grüßen
Gartenmöbel Holzsteg""",
['BSM412'], 'Plain text with runs of three blank lines.')

M(47, 'return-follow-up', 'text', '[Wichtig] Ihre Rücksendung zu Bestellung {o}',
"""Sehr geehrte Frau Koch,

zu Ihrer Rücksendung der zwei Jalousien nach Maß (Bestellung {o}) haben wir noch eine Frage: Wurden die Jalousien bereits montiert, oder sind sie noch originalverpackt? Davon hängt ab, wie wir die Rücksendung abwickeln.

Falls die Jalousien schon hängen: Bitte nehmen Sie sie noch nicht ab. Bei Maßanfertigungen klären wir in solchen Fällen zuerst, ob sich das Problem vor Ort lösen lässt, zum Beispiel durch Kürzen der Schnur oder Nachjustieren der Halterung.

Eine kurze Antwort auf diese Nachricht genügt.

Mit freundlichen Grüßen
Sonnenschutz Süd
Marktstraße 10, 88212 Ravensburg""",
['BSM110'], '[Wichtig] tag on a return follow-up question.')

M(48, 'review-request', 'html', 'Teilen Sie Ihre Erfahrung ({o})',
"""<p>Sehr geehrter Herr Pohl,</p>
<p>der neue Skihelm aus Bestellung {o} geht hoffentlich bald mit auf die Piste. Uns interessiert, wie er sitzt und ob das Visier gut abschließt.</p>
<p>Falls es in diesem Winter in die Alpen geht, ein Tipp aus dem Laden: Stellen Sie das Drehrad hinten mit aufgesetzter Skibrille ein, dann sitzt der Helm in der richtigen Höhe und der Spalt über dem Brillenrahmen verschwindet.</p>
<p>Möchten Sie eine Bewertung schreiben? Mehr dazu <a href="https://www.amazon.de/review/create-review?asin=B0C5HELM79">hier</a>.</p>
<p>Mit freundlichen Grüßen<br>Wintersport Pohl</p>""",
['BSM401'], 'Link text "hier" on an Amazon review link.')

# ---------------------------------------------------------------- varying (49-50)
M(49, 'delivery-delay', 'html', 'Neuer Termin für Bestellung {o}',
"""<div style="padding: 0 140px;">
<p>Sehr geehrte Frau Vogel,</p>
<p>das in Leder gebundene Notizbuch aus Bestellung {o} braucht noch etwas Zeit: Das Leder muss nach dem Färben ein paar Tage ruhen, bevor wir es pressen können. Wir rechnen mit dem Versand am Montag, 14.12.</p>
<p>Die Initialen G.V., die Sie sich als Blindprägung auf dem Deckel gewünscht haben, setzen wir erst, wenn das Leder ganz zur Ruhe gekommen ist; sonst läuft der Abdruck leicht aus. Das Papier innen hat 120 g/m² und ist füllertauglich, wie gewünscht.</p>
<p>Passt der neue Termin nicht, etwa weil das Buch ein Geschenk ist, sagen Sie uns gern Bescheid.</p>
<p>Mit freundlichen Grüßen<br>Gesine, Buchbinderei Vorsatz</p>
</div>""",
['BSM405'], 'Container with 140 px padding on each side (margin over 20%).')

M(50, 'additional-information', 'html', 'Angaben für Ihre Bestellung {o}',
"""<p>Hallo Frau Brandt,</p>
<p>für die Stickerei auf den Handtüchern aus Bestellung {o} fehlen uns noch die Initialen. Bisher steht im Feld für die Personalisierung nur „Gästebad“, und wir vermuten, dass das eher ein Hinweis für uns war als der gewünschte Stickereitext.</p>
<p>Zur Info: Wir sticken bis zu drei Buchstaben in Schreibschrift, Garnfarbe wie bestellt in Salbeigrün. Tragen Sie die Initialen einfach hier ein:</p>
<form action="https://www.amazon.de/gp/help/contact" method="post">
<p>Initialen: <input type="text" name="initialen" maxlength="3"></p>
<p><button type="submit">Absenden</button></p>
</form>
<p>Viele Grüße<br>Stickstube Monogramm</p>""",
['BSM312'], 'Embedded HTML form (active content) in a request for information.')
