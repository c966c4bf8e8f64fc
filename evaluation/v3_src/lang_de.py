"""v3 blind evaluation set, German (de-DE, a few de-AT). Standard library only."""

LANG = "de"
PREFIX = "303"


def oid(n):
    a = (3456712 + n * 104717) % 10**7
    b = (5432176 + n * 1299743) % 10**7
    return f"{PREFIX}-{a:07d}-{b:07d}"


def m(n, typ, fmt, subject, body, expected, note, locale="de-DE"):
    o = oid(n)
    rep = lambda s: s.replace("{O}", o).replace("{D}", o.replace("-", ""))
    return {"id": f"v3-{LANG}-{n:03d}", "language": LANG, "locale": locale, "type": typ,
            "format": fmt, "subject": rep(subject), "body": rep(body), "order_id": o,
            "expected": sorted(expected), "note": note}


MESSAGES = [
# ---------------------------------------------------------------- clean (17)
m(1, "delivery-delay", "text", "Lieferverzögerung zu Ihrer Bestellung {O}",
"""Sehr geehrte Frau Schubert,

leider verzögert sich Ihre Bestellung {O} (Wandregal Eiche massiv, 80 cm). Unser Holzlieferant hat die Bretter später geliefert als vereinbart, sodass wir sie erst in dieser Woche schleifen und ölen können.

Wir rechnen nun mit dem Versand am Donnerstag, 17.12.2026, also etwa eine Woche später als bei Ihrer Bestellung angegeben.

Bitte entschuldigen Sie die Unannehmlichkeiten.

Mit freundlichen Grüßen
Markus Lehmann
Holzwerkstatt Lehmann, Bamberg""",
[], "Plain-text delivery delay with a new dispatch date."),

m(2, "delivery-delay", "html", "Neuer Versandtermin für Bestellung {O}",
"""<p>Hallo Herr Yilmaz,</p>
<p>kurzes Update zu Ihrer Bestellung <strong>{O}</strong>: Die <strong>Tischleuchte Lumo (Messing)</strong> kommt später bei uns an als geplant, weil der Hersteller einen Produktionsstopp hatte.</p>
<table>
<tr><td>Ursprünglicher Versandtermin</td><td>08.12.2026</td></tr>
<tr><td>Neuer voraussichtlicher Versandtermin</td><td>21.12.2026</td></tr>
</table>
<p>Sobald die Leuchten eintreffen, geht Ihre als Erste raus. Entschuldigen Sie bitte die Wartezeit.</p>
<p>Viele Grüße<br>Svenja Krüger<br>Kundenservice, Lichtblick Wohnen GmbH</p>""",
[], "Builder HTML delay with a dates table and no styling."),

m(3, "order-problem", "text", "[Wichtig] Problem mit Ihrer Bestellung {O}",
"""Sehr geehrter Herr Hartmann,

zu unserem Bedauern können wir den von Ihnen bestellten Kamado-Grill (Modell K21, anthrazit) nicht liefern. Bei der Inventur stellte sich heraus, dass das letzte Exemplar beschädigt ist, und der Hersteller produziert das Modell nicht mehr.

Wir haben den Bestellbetrag von 649,00 € vollständig angepasst, Grund: kein Lagerbestand. Die Erstattung läuft über Amazon und ist in der Regel innerhalb weniger Werktage auf Ihrem Konto.

Bestellnummer: {O}

Wir bitten vielmals um Entschuldigung.

Mit freundlichen Grüßen
Anja Richter
Teamleitung Auftragsabwicklung, Gartenglut GmbH""",
[], "Order problem with the amount adjusted for no stock; [Wichtig] allowed on this type."),

m(4, "additional-information", "text", "Rückfrage zu Ihrer Bestellung {O}",
"""Guten Tag,

vielen Dank für Ihre Bestellung {O} einer maßgefertigten Hülle für Ihre Gartenauflagen. Damit wir die Hülle nähen können, fehlt uns noch eine Angabe: die Dicke der Auflage. In der Bestellung stehen nur Länge und Breite (120 x 60 cm).

Könnten Sie uns die Dicke in Zentimetern als Antwort auf diese Nachricht mitteilen? Dann geht die Hülle sofort in die Fertigung.

Freundliche Grüße
Petra Vogel
Nähatelier Vogel, Münster""",
[], "Asks for the one missing measurement needed to make the order."),

m(5, "return-follow-up", "text", "Ihre Rücksendung zu Bestellung {O}",
"""Hallo Frau Neumann,

Sie haben uns geschrieben, dass der Rock aus Bestellung {O} am Saum einen kleinen Zugfaden hat und Sie ihn zurückschicken möchten. Das ist ärgerlich, entschuldigen Sie bitte.

Falls Sie den Rock behalten möchten, bieten wir Ihnen eine Teilerstattung von 12,50 € an (25 % des Preises). Möchten Sie ihn lieber zurücksenden, ist das natürlich auch in Ordnung; dann läuft alles wie gewohnt über das Amazon-Rücksendeetikett.

Geben Sie uns einfach kurz Bescheid, was Ihnen lieber ist.

Herzliche Grüße
Lea Wolff
Atelier Wolff Mode""",
[], "Return follow-up offering a partial refund."),

m(6, "return-follow-up", "html", "Rücksendung {O} – fehlendes Zubehör?",
"""<p>Sehr geehrter Herr Gruber,</p>
<p>Ihre Rücksendung zur Bestellung {O} (Küchenmaschine Kitchenmaster 900) ist bei uns angekommen. Bei der Prüfung ist uns aufgefallen, dass der Knethaken nicht im Karton lag.</p>
<p>Können Sie uns mitteilen, ob Sie den Knethaken noch haben oder ob er schon bei der Lieferung gefehlt hat? Dann können wir die Rücksendung abschließen.</p>
<p>Mit freundlichen Grüßen<br>Stefan Huber<br>Haushaltswaren Huber, Linz</p>""",
[], "Return follow-up asking for information needed to complete it (Austrian buyer).", "de-AT"),

m(7, "invoice", "text", "Rechnung zu Ihrer Bestellung {O}",
"""Sehr geehrte Damen und Herren,

anbei erhalten Sie wie gewünscht die Rechnung zu Ihrer Bestellung {O}.

Rechnungsnummer: RE/2026/12/0418
Rechnungsdatum: 03.12.2026
Gesamtbetrag: 1.089,00 € inkl. 19 % USt. (173,87 €)

Mit freundlichen Grüßen

Buchhaltung
Büroausstattung Schäfer GmbH
Industriestraße 22, 33602 Bielefeld
Amtsgericht Bielefeld HRB 45123
USt-IdNr. DE812345678
Geschäftsführer: Jürgen Schäfer""",
[], "Invoice with a slashed invoice number, HRB and USt-IdNr."),

m(8, "review-request", "text", "Ihre Erfahrung mit Bestellung {O}",
"""Guten Tag,

Sie haben kürzlich bei uns ein Set handgezogener Bienenwachskerzen gekauft (Bestellung {O}). Wir sind gespannt, wie sie Ihnen gefallen.

Wenn Sie einen Moment Zeit haben, würden wir uns über eine Rezension zum Produkt auf Amazon freuen. Damit helfen Sie anderen Käufern bei der Entscheidung, und wir lernen daraus.

Mit freundlichen Grüßen
Kerzenzieherei Lichtblick""",
[], "Neutral plain-text review request."),

m(9, "review-request", "html", "Wie gefällt Ihnen Ihre neue Fahrradtasche? (Bestellung {O})",
"""<p><img src="https://cdn.radwerk-brandt.de/mail/logo-radwerk-brandt.png" alt="Radwerk Brandt" width="160" height="48"></p>
<p>Hallo Jonas,</p>
<p>vor ein paar Wochen hast du bei uns eine wasserdichte Doppel-Fahrradtasche bestellt (Bestellung {O}). Wir würden gern wissen, wie du mit ihr zurechtkommst, ganz gleich, wie dein Urteil ausfällt.</p>
<p>Deine Meinung kannst du auf der <a href="https://www.amazon.de/review/create-review?asin=B0C7K2XQ4M">Rezensionsseite der Fahrradtasche bei Amazon.de</a> teilen.</p>
<p>Viele Grüße<br>Nils Brandt<br><small>Radwerk Brandt, Freiburg</small></p>""",
[], "HTML review request with the shop's logo (alt names the shop) and a descriptive https Amazon link."),

m(10, "delivery-scheduling", "text", "Liefertermin für Ihr Ecksofa – Bestellung {O}",
"""Guten Tag Frau Becker,

Ihr Ecksofa „Verona“ (Bestellung {O}) steht in unserem Lager bereit. Da das Sofa von zwei Monteuren geliefert und in die Wohnung getragen wird, möchten wir den Termin gern mit Ihnen abstimmen.

Wir könnten bei Ihnen in Kassel vorbeikommen am:
- Dienstag, 15.12., zwischen 8:00 und 12:00 Uhr
- Mittwoch, 16.12., zwischen 12:30 und 16:30 Uhr
- Freitag, 18.12., zwischen 8:00 und 12:00 Uhr

Welches Zeitfenster passt Ihnen am besten? Und gibt es einen Aufzug, oder muss das Sofa über das Treppenhaus nach oben?

Mit freundlichen Grüßen
Uwe Zimmermann
Tourenplanung, Möbelhaus Zimmermann""",
[], "Scheduling delivery of a bulky sofa with dates and time slots."),

m(11, "home-service-appointment", "text", "Montagetermin zu Ihrer Bestellung {O}",
"""Grüß Gott Herr Pichler,

Sie haben zu Ihrer Waschmaschine (Bestellung {O}) auch den Anschluss-Service gebucht. Unser Techniker kann die Maschine am Montag, 14. Dezember, oder am Donnerstag, 17. Dezember, jeweils zwischen 13:00 und 17:00 Uhr anschließen und das Altgerät mitnehmen.

Bitte teilen Sie uns mit, welcher Tag Ihnen lieber ist. Wasserhahn und Abfluss sollten gut zugänglich sein.

Freundliche Grüße
Thomas Mayr
Kundendienst, Elektro Mayr, Graz""",
[], "Home-service appointment with two options (Austrian buyer).", "de-AT"),

m(12, "custom-design-verification", "html", "Gravurentwurf zur Bestellung {O}",
"""<p>Hallo Eva,</p>
<p>im Anhang findest du den Entwurf für die Gravur auf deinem Schneidebrett (Bestellung {O}). Magst du kurz prüfen, ob alles stimmt, bevor wir gravieren?</p>
<ul>
<li>Text: <strong>Familie Brückner – seit 2011</strong></li>
<li>Schrift auf dem Brett: serifenlos, Höhe 2 cm</li>
<li>Position: unten rechts, 3 cm vom Rand</li>
</ul>
<p>Wenn alles passt, reicht ein kurzes „Freigabe“. Möchtest du etwas ändern, sag einfach Bescheid.</p>
<p>Liebe Grüße<br>Ines<br>Gravurwerkstatt Kerbholz</p>""",
[], "Design proof for an engraving, attached for approval."),

m(13, "fulfillment-question", "text", "Zugangscode für die Lieferung {O}",
"""Sehr geehrter Herr Köhler,

für die Lieferung Ihrer Bestellung {O} gehen wir von der Adresse Bahnhofstraße 4, Wohnung 3.12, 04109 Leipzig aus. Laut unserem Spediteur lässt sich die Haustür nur mit einem Code öffnen.

Könnten Sie uns den Zugangscode oder einen anderen Weg ins Haus nennen? Bitte geben Sie in Ihrer Antwort unser Aktenzeichen LV-2026-88417 an; die Sendungsnummer beim Spediteur lautet 00340434161094027318.

Mit freundlichen Grüßen
Franziska Lorenz
Logistik, Schlafgut Lorenz""",
[], "Door-code question with reference and consignment numbers that are not phone numbers."),

m(14, "reply", "text", "AW: Frage zu Bestellung {O}",
"""Hallo Herr Brandt,

gute Frage. Das Buch „The Art of Sourdough“ von Martha Keane, das Sie bestellt haben, ist die englische Originalausgabe; eine deutsche Übersetzung gibt es noch nicht. Auf der Amazon-Seite steht das zwar unter „Sprache“, aber man übersieht es leicht.

Wenn Sie das Buch nicht behalten möchten, können Sie es über Meine Bestellungen ({O}) zurücksenden.

Viele Grüße
Katrin Seidel
Buchhandlung Seitenwind""",
[], "Reply quoting an English book title inside German sentences."),

m(15, "reply", "text", "AW: Garantie Wasserkocher – {O}",
"""Sehr geehrte Frau Kaiser,

es tut uns leid, dass sich der Wasserkocher aus Bestellung {O} nicht mehr einschalten lässt. Da das Gerät noch innerhalb der zweijährigen Herstellergarantie ist, wenden Sie sich am schnellsten direkt an den Hersteller; dort wird die Reparatur oder der Austausch veranlasst.

Garantie-Hotline des Herstellers (Brenna Haushaltsgeräte): 0800 123 4567, montags bis freitags von 9 bis 17 Uhr.

Halten Sie bitte Ihre Bestellnummer bereit. Sollte es dort nicht klappen, melden Sie sich gern wieder bei uns.

Freundliche Grüße
Tim Haas
Kundenservice, Küchenhaus Haas""",
[], "Reply giving the manufacturer's warranty hotline, marked as such."),

m(16, "reply", "html", "AW: Firmendaten für Ihre Buchhaltung – {O}",
"""<p>Sehr geehrter Herr Bergmann,</p>
<p>gern, unten finden Sie unsere Firmendaten für Ihre Unterlagen zur Bestellung {O}. Die Rechnung selbst können Sie in Ihrem Amazon-Konto unter Meine Bestellungen herunterladen.</p>
<p>Mit freundlichen Grüßen<br>Hanna Jacobi<br>Finanzbuchhaltung</p>
<p><small>Druckerei Jacobi &amp; Söhne GmbH<br>Hafenstraße 17<br>28217 Bremen<br>Amtsgericht Bremen HRB 30045<br>USt-IdNr. DE001234567<br>Geschäftsführerin: Hanna Jacobi</small></p>""",
[], "Reply with a company-details (Impressum-style) footer in small print."),

m(17, "reply", "text", "AW: Rücksendung und Erstattung {O}",
"""Hallo Lisa,

wir haben für dich nachgesehen: Deine Rücksendung der Laufschuhe (Bestellung {O}) ist bei uns unter der Retourennummer RMA-55120 erfasst, die Sendungsnummer deines Rücksendepakets lautet 00340434161094015566.

Sobald das Paket da ist, prüfen wir es innerhalb von zwei Werktagen. Die Erstattung von 89,95 € erfolgt dann über Amazon, normalerweise spätestens am 22.12.2026. Das Paket muss bis 19.12. um 18:00 Uhr in einer DHL-Filiale abgegeben sein.

Sportliche Grüße
Markus
Laufladen Hamburg""",
[], "Reply with return and consignment numbers, dates, times and amounts."),

# ---------------------------------------------------------------- violations (31)
m(18, "delivery-delay", "text", "Neuigkeiten zu Bestellung {O}",
"""Sehr geehrter Herr Fuchs,

gute Nachrichten: Ihr Paket mit den 3 Rollen Tapete (Bestellung {O}) hat heute Morgen unser Lager in Kassel verlassen und wurde an DHL übergeben. Sie können es morgen oder übermorgen erwarten.

Mit freundlichen Grüßen
Tapetenwelt Fuchs""",
["BSM201"], "Shipping confirmation: 'left our warehouse, handed to DHL'."),

m(19, "fulfillment-question", "html", "Wir legen los! ({O})",
"""<p>Liebe Ina,</p>
<p>deine Bestellung {O} ist gut bei uns eingegangen. Unser Packteam ist schon dabei, alles sorgfältig für dich vorzubereiten.</p>
<p>Herzliche Grüße<br>Dein Team vom Teehaus Oolong</p>""",
["BSM201"], "Order confirmation: 'received and being prepared'."),

m(20, "reply", "text", "Dankeschön! {O}",
"""Sehr geehrte Frau Schulte,

herzlichen Dank für Ihren Einkauf bei Gartenhaus Schulte (Bestellung {O}). Wir freuen uns sehr, dass Sie sich für uns entschieden haben.

Nochmals vielen Dank und einen schönen Tag!

Mit freundlichen Grüßen
Gartenhaus Schulte""",
["BSM202"], "Message with thanks only."),

m(21, "fulfillment-question", "text", "Bestellung {O}",
"""Hallo,

sollte mit Ihrer Bestellung {O} einmal etwas nicht stimmen, schreiben Sie uns einfach eine kurze Nachricht, dann finden wir gemeinsam eine Lösung. Wir sind jederzeit für Sie da.

Viele Grüße
Ihr Team von Puzzleecke.de""",
["BSM202"], "Only the offer to help if something comes up."),

m(22, "delivery-delay", "text", "Kleine Verzögerung bei Bestellung {O}",
"""Guten Tag,

Ihre Bestellung {O} (2 x Bilderrahmen 30 x 40) wird zwei Tage später verschickt als angegeben, am Mittwoch, 9. Dezember. Bitte entschuldigen Sie das.

Mit freundlichen Grüßen
Rahmenwerkstatt Krämer

PS: Bis Monatsende gibt es in unserem Amazon-Shop 20 % Rabatt auf das gesamte Sortiment. Jetzt zugreifen!""",
["BSM203"], "Permitted delay with a 20% off PS."),

m(23, "review-request", "html", "Ihre Meinung zu Bestellung {O}",
"""<p>Sehr geehrte Frau Schmitt,</p>
<p>wie gefällt Ihnen der Leinenbettbezug aus Bestellung {O}? Über eine ehrliche Rezension auf Amazon freuen wir uns.</p>
<p>Neugierig, was als Nächstes kommt? Folgen Sie uns auf Instagram unter @leinenhaus.de und melden Sie sich für unseren Newsletter an: Im Januar erscheint unsere neue Frühjahrskollektion.</p>
<p>Herzliche Grüße<br>Das Leinenhaus</p>""",
["BSM203"], "Follow-us, newsletter and new-collection promotion."),

m(24, "review-request", "text", "Ein kleines Dankeschön für Ihre Bewertung ({O})",
"""Sehr geehrter Herr Meier,

wie macht sich die Kaffeemühle aus Bestellung {O}? Wir würden uns über eine Rezension auf Amazon freuen.

Als kleines Dankeschön schicken wir Ihnen, sobald Ihre Rezension online ist, eine Tüte unserer hausgerösteten Espressobohnen. Geben Sie uns einfach kurz Bescheid, wenn sie veröffentlicht ist.

Mit freundlichen Grüßen
Kaffeerösterei Meier""",
["BSM204"], "A small gift once the review is published."),

m(25, "review-request", "text", "Bestellung {O} – Ihre Rezension",
"""Hallo Kim,

wir fänden es super, wenn du eine ehrliche Rezension zur Yogamatte aus Bestellung {O} schreibst. Als Dank erstatten wir dir den kompletten Kaufpreis, sobald deine Rezension auf Amazon sichtbar ist.

Namaste
Yogaladen Flow""",
["BSM204"], "Full refund once the review is online."),

m(26, "reply", "text", "AW: Reklamation Staubsauger {O}",
"""Sehr geehrter Herr Dietrich,

schön, dass der Ersatzfilter inzwischen angekommen ist und der Staubsauger wieder einwandfrei funktioniert (Bestellung {O}).

Wir haben gesehen, dass Sie vorher eine Ein-Stern-Bewertung abgegeben haben. Nachdem das Problem nun gelöst ist, würden Sie diese anpassen oder löschen?

Mit freundlichen Grüßen
Saubermann Haushaltsbedarf""",
["BSM205"], "Asks to change or delete a one-star review."),

m(27, "review-request", "text", "Zufrieden mit Bestellung {O}?",
"""Guten Tag,

wenn Sie mit dem Kinderfahrradhelm aus Bestellung {O} zufrieden sind, würden wir uns sehr über eine Rezension auf Amazon freuen.

Sollten Sie nicht ganz zufrieden sein, schreiben Sie bitte keine Bewertung, sondern wenden Sie sich zuerst an uns, damit wir eine Lösung finden.

Mit freundlichen Grüßen
Kiddo Sicher""",
["BSM206"], "Review only if satisfied; unhappy buyers steered to the seller."),

m(28, "review-request", "html", "Haben Sie eine Minute? (Bestellung {O})",
"""<p>Hallo Herr Aydın,</p>
<p>Sie haben bei uns die Funk-Türklingel gekauft (Bestellung {O}). Wir sind ein kleiner Familienbetrieb, und jede Bewertung zählt.</p>
<p>Würden Sie uns auf Amazon fünf Sterne geben? Das würde uns wirklich weiterhelfen.</p>
<p>Viele Grüße<br>Smarthaus Technik</p>""",
["BSM206"], "Asks for a five-star rating."),

m(29, "order-problem", "text", "[Wichtig] Bestellung {O} nicht lieferbar",
"""Sehr geehrte Frau Lange,

leider ist der Pouf in Ockergelb aus Ihrer Bestellung {O} ausverkauft und wird nicht nachproduziert. Wir haben den Bestellbetrag von 79,00 € wegen fehlenden Lagerbestands angepasst.

Am schnellsten geht es, wenn Sie die Bestellung selbst unter Meine Bestellungen auf Amazon stornieren, dann ist alles sofort erledigt.

Mit freundlichen Grüßen
Wohnstudio Ocker""",
["BSM108"], "Amount adjusted, but advises the buyer to cancel themselves."),

m(30, "order-problem", "text", "Bestellung {O}: Artikel ausverkauft",
"""Sehr geehrter Herr Peters,

aufgrund eines Fehlers in unserer Lagerverwaltung ist der Akkuschrauber aus Bestellung {O} nicht mehr vorrätig.

Wir wären Ihnen sehr dankbar, wenn Sie über Ihr Amazon-Konto einen Stornierungsantrag stellen könnten. Bitte entschuldigen Sie die Umstände.

Mit freundlichen Grüßen
Werkzeughandel Peters""",
["BSM107", "BSM108"], "Asks for a cancellation request and never confirms an amount adjustment."),

m(31, "review-request", "text", "Ihre Meinung zählt – Bestellung {O}",
"""Guten Tag,

möchten Sie Ihre Erfahrung mit der Truhenbank aus Bestellung {O} in einer Rezension auf Amazon teilen? Das hilft anderen Käufern.

Mit freundlichen Grüßen
Schreinerei Zimmer

Sie möchten keine Nachrichten mehr von uns erhalten? Antworten Sie einfach mit ABMELDEN.""",
["BSM305"], "Opt-out instruction: reply ABMELDEN."),

m(32, "reply", "text", "AW: Wo bleibt mein Paket? {O}",
"""Hi Kevin,

ja, sehen wir auch. Diese Scheiß-Spedition hat deinen Gaming-Stuhl (Bestellung {O}) verdammt noch mal zum dritten Mal ins falsche Depot geschickt. So ein Mist.

Wir haben einen neuen Stuhl für dich zurückgelegt und bringen ihn diese Woche mit unserem eigenen Transporter vorbei.

Gruß
Dennis
GameSeat Deutschland""",
["BSM306"], "German profanity about the carrier in a reply."),

m(33, "delivery-delay", "text", "Delay on your order {O}",
"""Dear customer,

Unfortunately your order {O} (ceramic planter set, 3 pieces) has been delayed. Our supplier has not delivered the planters yet, and we now expect to dispatch them on 14 December.

We apologise for any inconvenience.

Best regards,
Töpferei Tonart""",
["BSM104"], "Message entirely in English to a German buyer."),

m(34, "reply", "text", "AW: Lieferadresse ändern {O}",
"""Sehr geehrte Frau Hermann,

die Lieferadresse der Bestellung {O} können wir im System leider nicht mehr ändern. Rufen Sie uns gern kurz unter 0221 / 987 65 43 an, dann schauen wir gemeinsam, was noch möglich ist.

Mit freundlichen Grüßen
Alexander Brink
Kundenservice, Brink Wohnen""",
["BSM309"], "Seller's own phone number in German national format."),

m(35, "additional-information", "text", "Zustellinformationen benötigt – {O}",
"""Grüß Gott Herr Steiner,

für die Zustellung Ihrer Bestellung {O} brauchen wir noch Ihren Wunschtag. Sie erreichen uns auch jederzeit telefonisch unter +43 1 234 56 78.

Freundliche Grüße
Bodenwelt Steiner, Wien""",
["BSM309"], "Phone number in international format (Austrian buyer).", "de-AT"),

m(36, "reply", "text", "AW: Fotos vom Schaden {O}",
"""Hallo Nina,

wie ärgerlich, dass die Vase aus Bestellung {O} beschädigt angekommen ist. Schick uns doch bitte ein paar Fotos an service@glashuette-duenen.de, dann schicken wir sofort Ersatz.

Viele Grüße
Peter
Glashütte Dünen""",
["BSM308"], "Plain e-mail address in a reply."),

m(37, "return-follow-up", "text", "Rücksendung {O} – Foto benötigt",
"""Sehr geehrte Frau Bauer,

um Ihre Rücksendung zur Bestellung {O} abzuschließen, benötigen wir ein Foto des Rücksendeetiketts. Schicken Sie es bitte an retoure (at) gartenmoebel-bauer (punkt) de.

Mit freundlichen Grüßen
Gartenmöbel Bauer""",
["BSM308"], "Obfuscated e-mail address with (at) and (punkt)."),

m(38, "reply", "html", "AW: Pflege der Ledertasche {O}",
"""<p>Hallo Sophie,</p>
<p>schön, dass dir die Tasche aus Bestellung {O} so gut gefällt. Zur Lederpflege haben wir eine ausführliche Anleitung geschrieben: Lies gern unsere <a href="https://www.lederwerk-voss.de/lederpflege">Pflegetipps für Leder auf unserer Website</a>.</p>
<p>Liebe Grüße<br>Carla<br>Lederwerk Voss</p>""",
["BSM302"], "https link with descriptive text to the seller's own site, not needed for the order."),

m(39, "review-request", "html", "Ihre Erfahrung mit Bestellung {O}",
"""<p>Guten Tag,</p>
<p>wie gefällt Ihnen Ihr neues Bügelbrett aus Bestellung {O}? Wenn Sie möchten, können Sie auf der <a href="http://www.amazon.de/review/create-review?asin=B09XJ4K2LP">Rezensionsseite des Bügelbretts bei Amazon</a> eine Rezension schreiben.</p>
<p>Mit freundlichen Grüßen<br>Haushaltshaus Vormann</p>""",
["BSM301"], "Insecure http link to Amazon with descriptive text."),

m(40, "delivery-delay", "html", "Verzögerung bei Bestellung {O}",
"""<p>Sehr geehrter Herr Möller,</p>
<p>die Gartenbank aus Bestellung {O} wird fünf Werktage später verschickt als geplant, voraussichtlich am 16.12.2026.</p>
<p><img src="https://img.gartencenter-hof.de/produkte/gartenbank-teak-150.jpg" alt="Gartenbank Teak 150 cm" width="300" height="200"></p>
<p>Entschuldigen Sie bitte die Wartezeit.</p>
<p>Mit freundlichen Grüßen<br>Gartencenter Hof</p>""",
["BSM310"], "Photo of the purchased product."),

m(41, "return-follow-up", "html", "Rücksendung {O}: noch eine Frage",
"""<p>Hallo Frau Wendt,</p>
<p>bevor wir die Rücksendung der Lichterkette aus Bestellung {O} abschließen können: Haben Sie die Originalverpackung noch, oder ist sie schon im Altpapier?</p>
<p><img src="https://img.lichterladen.de/stock/weihnachtsbaum-schnee.jpg" alt="Tannenbaum im Schnee" width="300" height="200"></p>
<p>Schöne Feiertage!<br>Lichterladen Dekker</p>""",
["BSM311"], "Unrelated stock image of a Christmas tree in snow."),

m(42, "additional-information", "html", "Angaben zu Bestellung {O} benötigt",
"""<p><img src="https://cdn.seifensiederei-lavendel.de/logo-seifensiederei-lavendel.png" width="140" height="40"></p>
<p>Sehr geehrte Frau König,</p>
<p>Sie haben bei Bestellung {O} ein persönliches Etikett für Ihr Seifenset gewünscht, das Textfeld ist aber leer geblieben. Welchen Namen oder Text dürfen wir auf das Etikett drucken?</p>
<p>Mit freundlichen Grüßen<br>Seifensiederei Lavendel</p>""",
["BSM402"], "Shop logo with no alt attribute at all."),

m(43, "delivery-delay", "text", "Bestellung {O} kommt etwas später",
"""Hey Milan,

dein Skateboard aus Bestellung {O} geht ein paar Tage später raus, am Freitag, 11.12. Das Griptape war kurz aus 🛹

Sorry und schon mal viel Spaß damit!

Grüße
Skateshop Rollbahn""",
["BSM403"], "Emoji in a delay notice."),

m(44, "reply", "text", "AW: Farbe der Wolle {O}",
"""Hallo Annika,

die Wolle aus Bestellung {O} heißt „Moosgrün“, fällt in echt aber tatsächlich etwas grauer aus als auf dem Foto. Wenn du sie umtauschen möchtest, sag einfach Bescheid :)

Liebe Grüße
Wollstube Knäuel""",
["BSM403"], "Text emoticon ':)' in a reply."),

m(45, "delivery-scheduling", "html", "Liefertermin für Bestellung {O}",
"""<style>
p { font-size: 14px; }
.titel { font-size: 20px; }
.termin { font-size: 16px; }
.fuss { font-size: 11px; }
</style>
<p class="titel">Ihr Liefertermin</p>
<p>Sehr geehrter Herr Fischer,</p>
<p>Ihre Kühl-Gefrier-Kombination (Bestellung {O}) wird von zwei Fahrern geliefert. Wir können bei Ihnen sein am:</p>
<p class="termin">Montag, 14.12.2026, 9:00 bis 13:00 Uhr</p>
<p>Passt Ihnen das, oder ist Ihnen ein anderer Termin lieber?</p>
<p class="fuss">Elektro Fischer, Osnabrück</p>""",
["BSM410"], "Four explicit font sizes in a <style> block besides the default."),

m(46, "delivery-delay", "html", "Verzögerung {O}",
"""<p>Sehr geehrte Frau Albrecht,</p>
<p>Ihre Bestellung {O} (Bilderrahmen, 5er-Set) wird leider erst am 18.12. statt am 10.12. verschickt.</p>
<p></p>
<p></p>
<p>Unser Lieferant hat einen Rückstand.</p>
<p>Mit freundlichen Grüßen<br>Rahmenatelier Albrecht</p>""",
["BSM412"], "Empty paragraphs between paragraphs in HTML."),

m(47, "return-follow-up", "text", "[Wichtig] Rücksendung Bestellung {O}",
"""Sehr geehrter Herr Timm,

zu Ihrer Rücksendung der Bürostuhl-Armlehnen aus Bestellung {O}: Haben Sie beide Armlehnen zurückgeschickt oder nur eine? Im Paket war nur ein Teil.

Mit freundlichen Grüßen
Bürostuhl Direkt GmbH""",
["BSM110"], "[Wichtig] tag on a return follow-up, which is not critical."),

m(48, "review-request", "html", "Rezension zu Bestellung {O}",
"""<p>Guten Tag,</p>
<p>Sie haben bei uns ein Messerset gekauft (Bestellung {O}). Möchten Sie Ihre Erfahrung mit anderen Käufern teilen? <a href="https://www.amazon.de/review/create-review?asin=B0B8R1M2QZ">https://www.amazon.de/review/create-review?asin=B0B8R1M2QZ</a></p>
<p>Mit freundlichen Grüßen<br>Solinger Messerhaus Schneider</p>""",
["BSM401"], "Bare URL as link text."),

# ---------------------------------------------------------------- varying (2)
m(49, "delivery-delay", "html", "Neuer Versandtermin für Bestellung {O}",
"""<div style="padding: 0 140px;">
<p>Liebe Frau Schwan,</p>
<p>Ihre handgewebte Decke aus Bestellung {O} ist noch auf dem Webstuhl. Wir rechnen mit dem Versand am 19.12.2026, eine Woche später als geplant.</p>
<p>Danke für Ihre Geduld<br>Handweberei Schwan</p>
</div>""",
["BSM405"], "Builder wrapper with 140 px padding on each side."),

m(50, "additional-information", "text", "Glasurfarbe für Bestellung {D}",
"""Sehr geehrte Frau Wienholt,

welche Glasur wünschen Sie für die Tassen aus Ihrer Bestellung {D}: Meergrün oder Sandweiß? In der Bestellung wurde keine Auswahl angegeben, und wir brennen am Freitag.

Mit freundlichen Grüßen
Keramikwerkstatt Blüte""",
["BSM102"], "Order number written as 17 digits without hyphens."),
]
