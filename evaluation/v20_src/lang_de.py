"""v20 German messages (de-DE, one de-AT), 50 scenarios. Standard library only."""

LANG = "de"
LOCALE = "de-DE"


def order_no(n):
    a = (6620391 + n * 158771) % 10000000
    b = (1207733 + n * 4829173) % 10000000
    return "512-%07d-%07d" % (a, b)


MESSAGES = []


def m(n, typ, fmt, subject, body, expected, note, locale=LOCALE):
    o = order_no(n)
    MESSAGES.append({
        "id": "v20-de-%03d" % n,
        "language": LANG,
        "locale": locale,
        "type": typ,
        "format": fmt,
        "subject": subject.replace("{o}", o),
        "body": body.replace("{o}", o),
        "order_id": o,
        "expected": sorted(expected),
        "note": note,
    })


# ---------------------------------------------------------------- clean (17)

m(1, "delivery-delay", "text", "Ihre Bestellung {o} verzögert sich leider",
  """Hallo Frau Schulte,

kurze Info zu Ihrer Bestellung {o}: Das Schneidebrett aus Nussbaum hängt noch in der Werkstatt fest, weil unser Holzlieferant erst am Freitag, 11.12., nachliefert.

Wir rechnen damit, dass Ihr Brett am Montag, 14.12.2026, in den Versand geht. Sorry für die Wartezeit!

Viele Grüße aus dem Allgäu
Florian Berger
Holzmanufaktur Berger""",
  [], "Plain-text delay notice with a new dispatch date.")

m(2, "delivery-delay", "html", "Lieferverzögerung zu Bestellung {o}",
  """<table role="presentation" width="100%" cellpadding="0" cellspacing="0">
<tr><td>
<p>Sehr geehrter Herr Yilmaz,</p>
<p>leider verzögert sich die Fertigstellung Ihres Bücherregals aus Bestellung <strong>{o}</strong>. Unser Lackierer ist krankheitsbedingt ausgefallen.</p>
<p>Neuer voraussichtlicher Versandtermin: <strong>Montag, 21.12.2026</strong> (ursprünglich 11.12.2026).</p>
<p>Wir bitten um Ihr Verständnis.</p>
<p>Mit freundlichen Grüßen<br>
Katrin Lehmann<br>
Kundenservice, Möbelwerkstatt Lindner GmbH</p>
</td></tr>
</table>""",
  [], "Builder HTML delay notice without styles.")

m(3, "order-problem", "text", "[Wichtig] Problem mit Ihrer Bestellung {o}",
  """Sehr geehrte Frau Hoffmann,

leider können wir Ihre Bestellung {o} nicht ausführen: Die Espressotassen im 6er-Set sind beim Hersteller nicht mehr lieferbar, und unser letzter Bestand ist bei der Endkontrolle aufgefallen, weil zwei Tassen Haarrisse hatten.

Den Bestellbetrag von 39,90 € haben wir in Seller Central vollständig angepasst (Grund: kein Lagerbestand). Die Erstattung sehen Sie in wenigen Werktagen auf Ihrem Konto.

Es tut uns leid.

Mit freundlichen Grüßen
Porzellanhaus Weiß""",
  [], "Order problem with [Wichtig] and the adjustment confirmed.")

m(4, "additional-information", "text", "Rückfrage zur Gravur - {o}",
  """Hallo Lena,

für Deine Bestellung {o} (Holzkiste mit Gravur) fehlt uns noch der Text für den Deckel. Maximal 25 Zeichen inkl. Leerzeichen.

Schreib uns den Wunschtext einfach hier über das Nachrichtenfeld, dann geht's los.

Liebe Grüße
Jule von Kistenkunst""",
  [], "Asks for the engraving text needed to complete the order.")

m(5, "return-follow-up", "text", "Ihre Rücksendung zu Bestellung {o}",
  """Guten Tag Herr Neumann,

Sie haben die Leinenbettwäsche aus Bestellung {o} zur Rücksendung angemeldet, weil die Naht am Kissenbezug etwas schief ist.

Möchten Sie die Bettwäsche lieber behalten? Dann erstatten wir Ihnen 15,00 € (rund ein Viertel des Kaufpreises), und Sie müssen nichts zurückschicken. Wenn Sie trotzdem zurücksenden möchten, läuft die Rücksendung ganz normal weiter.

Geben Sie uns kurz Bescheid, was Ihnen lieber ist?

Freundliche Grüße
Sabine Krämer
Leinenstube Krämer""",
  [], "Return follow-up offering a partial refund.")

m(6, "return-follow-up", "text", "Rücksendung {o}: kurze Frage",
  """Hallo Herr Vogel,

Sie möchten die Wanderschuhe aus Bestellung {o} zurückschicken, Grund "passt nicht". Möchten Sie eine andere Größe oder das Geld zurück? Und falls eine andere Größe: welche?

Dann können wir die Rücksendung sauber abschließen.

Grüße
Tobias | Bergsport Huber""",
  [], "Return follow-up asking for information needed to complete it.")

m(7, "invoice", "text", "Rechnung zu Ihrer Bestellung {o}",
  """Sehr geehrter Herr Schmitt,

anbei erhalten Sie wie gewünscht die Rechnung zu Ihrer Bestellung {o} als PDF.

Rechnungsnr. RE/2026/12/0457 vom 03.12.2026, Gesamtbetrag 249,00 € inkl. 19 % MwSt. (39,76 €).

Mit freundlichen Grüßen

Buchhaltung
Büromöbel Fuchs GmbH
Gewerbestraße 14, 70565 Stuttgart
Amtsgericht Stuttgart HRB 734521
USt-IdNr.: DE 284 613 902
Geschäftsführer: Markus Fuchs""",
  [], "Invoice with invoice number with slashes, HRB and USt-IdNr.")

m(8, "review-request", "text", "Wie gefällt Ihnen die Teekanne? ({o})",
  """Hallo Frau Brandt,

Ihre gusseiserne Teekanne aus Bestellung {o} ist jetzt seit gut zwei Wochen bei Ihnen. Wir würden uns freuen, wenn Sie Ihre Erfahrung in einer Rezension auf Amazon teilen. Anderen Teetrinkern hilft das bei der Entscheidung.

Herzliche Grüße
Teekontor Hansen, Lübeck""",
  [], "Neutral review request in plain text.")

m(9, "review-request", "html", "Ihre Meinung zu Bestellung {o}",
  """<table role="presentation" width="100%" cellpadding="0" cellspacing="0">
<tr><td><img src="https://cdn.seifenwerk-mohn.de/mail/logo-seifenwerk-mohn.png" alt="Logo Seifenwerk Mohn" width="180" height="60"></td></tr>
<tr><td>
<p>Hallo Jonas,</p>
<p>vor ein paar Wochen hast Du bei uns das Naturseifen-Set bestellt (Bestellung {o}). Wie kommst Du damit zurecht?</p>
<p>Wenn Du magst, teile Deine Erfahrung mit anderen Käufern: <a href="https://www.amazon.de/review/review-your-purchases/?asin=B0C9XRT4LM">Rezension auf Amazon.de schreiben</a></p>
<p>Viele Grüße<br>Miriam vom Seifenwerk Mohn</p>
<p><small>Seifenwerk Mohn, Mühlenweg 3, 49074 Osnabrück</small></p>
</td></tr>
</table>""",
  [], "HTML review request with shop logo and descriptive https Amazon link.")

m(10, "delivery-scheduling", "text", "Liefertermin für Ihr Ecksofa - {o}",
  """Guten Tag Frau Öztürk,

Ihr Ecksofa "Loma" (Bestellung {o}) ist bereit zur Auslieferung. Da es in drei Teilen kommt und zusammen rund 95 kg wiegt, liefern wir mit zwei Personen und möchten einen Termin mit Ihnen abstimmen.

Zur Auswahl:
- Dienstag, 15.12., 8:00-12:00 Uhr
- Donnerstag, 17.12., 12:30-17:00 Uhr
- Samstag, 19.12., 9:00-13:00 Uhr

Bitte teilen Sie uns außerdem mit, in welchem Stockwerk Sie wohnen und ob es einen Aufzug gibt.

Mit freundlichen Grüßen
Tourenplanung Polsterhaus Ost""",
  [], "Delivery scheduling of a bulky item with time slots.")

m(11, "home-service-appointment", "text", "Montagetermin Geschirrspüler ({o})",
  """Hallo Herr Wagner,

Sie haben zum Geschirrspüler auch die Montage gebucht (Bestellung {o}). Unser Monteur Herr Schäfer kann kommen am:

Mo., 14.12., zwischen 13 und 15 Uhr
Mi., 16.12., zwischen 8:30 und 10:30 Uhr

Bitte sorgen Sie dafür, dass Wasseranschluss und Abfluss unter der Spüle frei zugänglich sind. Welcher Termin passt Ihnen?

Viele Grüße
Montageteam Weißware24""",
  [], "Home-service appointment with dates and time slots.")

m(12, "custom-design-verification", "text", "Korrekturabzug Türschild - {o}",
  """Hallo Frau Krause,

im Anhang finden Sie den Korrekturabzug für Ihr Türschild aus Bestellung {o}: "Familie Krause" in der gewählten Schreibschrift, mit dem kleinen Vogel unten rechts.

Passt alles? Dann fräsen wir das Schild diese Woche. Falls Sie noch etwas ändern möchten (Schreibweise, Position des Vogels), schreiben Sie es uns einfach.

Viele Grüße
Maike
Fräswerkstatt Holzhaus""",
  [], "Design proof for approval, attached.")

m(13, "fulfillment-question", "text", "Zustellung {o}: Türcode benötigt?",
  """Grüß Gott,

Ihr Kleiderschrank (Bestellung {o}) wird von unserer eigenen Spedition zugestellt. Laut Adresse wohnen Sie in Top 12, und der Hauseingang scheint ein Codeschloss zu haben.

Könnten Sie uns den Türcode nennen oder sagen, bei welcher Klingel der Fahrer läuten soll? Tourreferenz: T-0912/B, Sendung KS-44817.

Danke und liebe Grüße
Kastenwelt Logistik, Graz""",
  [], "Austrian buyer: fulfilment question for a door code with reference numbers.", locale="de-AT")

m(14, "reply", "text", "AW: Passt das auch auf Induktion?",
  """Hallo Herr Peters,

ja, der "Stainless Steel Pour-Over Kettle 1.0L" aus Ihrer Bestellung {o} funktioniert auf allen Herdarten, auch auf Induktion. Der Boden ist genau dafür gemacht.

Den englischen Namen hat der Hersteller vergeben; so steht er auch auf der Verpackung.

Beste Grüße
Kaffeerösterei Bohnenspeicher""",
  [], "Reply quoting an English product title inside German sentences.")

m(15, "reply", "text", "AW: Kaffeemaschine tropft - {o}",
  """Sehr geehrte Frau Koch,

das ist ärgerlich, dass Ihre Espressomaschine aus Bestellung {o} tropft. Das Gerät hat zwei Jahre Herstellergarantie. Für eine Reparatur im Rahmen der Garantie wenden Sie sich am schnellsten direkt an den Hersteller:

Garantie-Hotline des Herstellers (De'Longhi Deutschland): 0800 100 81 82 (Mo-Fr 8-18 Uhr)

Halten Sie bitte Ihre Bestellnummer bereit. Sollte es dort haken, melden Sie sich gern wieder bei uns.

Mit freundlichen Grüßen
Elektro Peters GmbH""",
  [], "Reply with the manufacturer's warranty hotline, marked as such.")

m(16, "reply", "html", "AW: Firmendaten für die Buchhaltung ({o})",
  """<p>Guten Tag,</p>
<p>hier unsere Firmendaten für Ihre Unterlagen zur Bestellung {o}. Die Rechnung selbst finden Sie in Ihrem Amazon-Konto unter "Meine Bestellungen".</p>
<table role="presentation" cellpadding="4" cellspacing="0">
<tr><td>Firma</td><td>Leuchtenhandel Lumen GmbH</td></tr>
<tr><td>Anschrift</td><td>Hafenstraße 27, 20457 Hamburg</td></tr>
<tr><td>Handelsregister</td><td>Amtsgericht Hamburg HRB 158204</td></tr>
<tr><td>USt-IdNr.</td><td>DE 319 448 217</td></tr>
<tr><td>Steuernummer</td><td>27/612/04511</td></tr>
</table>
<p>Freundliche Grüße<br>Sandra Kühn<br>Buchhaltung</p>""",
  [], "Reply with company details (HRB, USt-IdNr., Steuernummer) in a table.")

m(17, "reply", "text", "AW: Wann bekomme ich mein Geld zurück?",
  """Hallo Laura,

Deine Rücksendung zu Bestellung {o} ist bei uns unter der Retourennummer R-2026-11873 erfasst. Laut Sendungsnummer Deines Retourenetiketts (00340434161094042557) kommt das Paket am Donnerstag, 10.12., zwischen 10 und 14 Uhr bei uns an.

Sobald wir die Jacke geprüft haben, erstatten wir Dir 89,95 €, meist innerhalb von zwei Werktagen. Bis das Geld auf Deinem Konto ist, dauert es dann noch 3-5 Tage.

Viele Grüße
Ilka
Jackenladen Nordwind""",
  [], "Reply with return number, tracking number, date, time and amount.")

# ---------------------------------------------------------- violations (31)

m(18, "fulfillment-question", "text", "Neuigkeiten zu Bestellung {o}",
  """Hallo Felix,

gute Nachrichten: Dein Paket mit den Kletterschuhen hat heute früh unser Lager in Kassel verlassen und ist jetzt bei DHL. Rechne mit der Zustellung morgen oder übermorgen.

Sportliche Grüße
Kletterbedarf Nord""",
  ["BSM201"], "Shipping confirmation: left the warehouse, with the carrier.")

m(19, "fulfillment-question", "text", "Wir legen los! ({o})",
  """Liebe Nadine,

Deine Bestellung {o} ist gut bei uns eingegangen, und wir sind schon fleißig am Verpacken: Die Kerzen werden gerade sorgfältig in Seidenpapier gewickelt.

Liebe Grüße
Kerzenzieherei Flamme""",
  ["BSM201"], "Order received and being packed.")

m(20, "fulfillment-question", "text", "Bestellung {o}",
  """Hallo Max,

wie schön, dass Du Dich für unser Holzspiel entschieden hast! Tausend Dank für Dein Vertrauen in unsere kleine Werkstatt, das bedeutet uns wirklich viel.

Herzliche Grüße vom ganzen Team
Spielwerkstatt Würfelglück""",
  ["BSM202"], "Thanks-only message, worded freely.")

m(21, "fulfillment-question", "text", "Bestellung {o} - wir sind für Sie da",
  """Sehr geehrte Frau Jung,

sollte mit Ihren neuen Gartenstühlen wider Erwarten etwas nicht stimmen, helfen wir Ihnen selbstverständlich gern weiter. Eine kurze Nachricht reicht.

Mit freundlichen Grüßen
Gartenmöbel Grünwald""",
  ["BSM202"], "Only an offer to help if a problem comes up.")

m(22, "delivery-delay", "text", "Kleine Verzögerung - Bestellung {o}",
  """Hallo Esther,

Deine Wolldecke aus Bestellung {o} kommt ein paar Tage später: Die Weberei liefert erst am 12.12. Wir schicken sie dann noch am selben Tag los.

Sorry für die Umstände!

Marlene
Wollstube Schaf & Co.

PS: Bis Sonntag gibt's 20 % Rabatt auf unser komplettes Sortiment, auch auf Schals und Mützen.""",
  ["BSM203"], "Delay notice with a P.S. promoting 20% off the whole range.")

m(23, "review-request", "text", "Wie leuchtet die Lampe? ({o})",
  """Hallo Jan,

die Schreibtischlampe "Ivo" aus Bestellung {o} ist nun schon eine Weile bei Dir. Über eine Rezension auf Amazon würden wir uns freuen.

Übrigens: Folg uns auf Instagram oder abonnier unseren Newsletter, dann siehst Du unsere neue Winterkollektion als Erste(r).

Grüße
Lampenwerk Licht & Co.""",
  ["BSM203"], "Review request with follow us, newsletter and new collection.")

m(24, "review-request", "text", "Kurz Ihre Meinung - {o}",
  """Hallo Herr Braun,

wie bewähren sich die Fahrradtaschen aus Bestellung {o}? Über eine Rezension auf Amazon würden wir uns sehr freuen.

Sobald Ihre Bewertung online ist, schreiben Sie uns kurz, dann schicken wir Ihnen als Dankeschön eine kleine Aufmerksamkeit.

Beste Grüße
Radtaschen Nord""",
  ["BSM204"], "A small token of thanks once the review is published.")

m(25, "review-request", "text", "Aktion für unsere Rezensenten ({o})",
  """Sehr geehrte Frau Hartmann,

wir sind gespannt auf Ihre Erfahrungen mit der Küchenwaage (Bestellung {o}). Sobald Ihre Rezension auf Amazon sichtbar ist, erstatten wir Ihnen den vollen Kaufpreis.

Mit freundlichen Grüßen
Küchenhaus Geschmack""",
  ["BSM204"], "Full refund promised once the review is online.")

m(26, "reply", "text", "AW: Kaputte Tasse, Bestellung {o}",
  """Liebe Hanna,

schön, dass wir das mit der Tasse gemeinsam klären konnten.

Magst Du vielleicht noch einmal einen Blick auf Deine Ein-Stern-Bewertung werfen? Jetzt, wo alles gelöst ist, wären wir Dir sehr dankbar, wenn Du sie anpasst oder löschst.

Herzliche Grüße
Töpferei Drehscheibe""",
  ["BSM205"], "Asks to update or delete an existing one-star review.")

m(27, "review-request", "text", "Zufrieden mit Bestellung {o}?",
  """Hallo Tim,

Du bist begeistert von Deinem neuen Skateboard? Dann freuen wir uns riesig über eine Rezension auf Amazon.

Falls nicht: Schreib bitte lieber zuerst uns, bevor Du etwas auf Amazon postest, dann finden wir eine Lösung.

Grüße
Skateshop Ollie Berlin""",
  ["BSM206"], "Review only if happy; unhappy buyers steered away.")

m(28, "review-request", "text", "Fünf Sterne für uns? - {o}",
  """Hallo Emilia,

Deine Yogamatte aus Bestellung {o} ist jetzt seit einer Woche bei Dir. Hilfst Du uns mit einer Fünf-Sterne-Bewertung? Für einen kleinen Laden wie unseren macht das echt einen Unterschied.

Namasté
Yogabedarf Atemraum""",
  ["BSM206"], "Asks for a five-star rating.")

m(29, "order-problem", "text", "Bestellung {o}: Artikel ausverkauft",
  """Sehr geehrter Herr Müller,

leider ist die Regenjacke in Größe L aus Bestellung {o} ausverkauft. Den Bestellbetrag von 64,95 € haben wir angepasst (Grund: kein Lagerbestand).

Am schnellsten geht es, wenn Sie die Bestellung selbst über Ihr Amazon-Konto stornieren.

Mit freundlichen Grüßen
Regenbekleidung Trocken""",
  ["BSM108"], "Adjustment confirmed but advises the buyer to cancel himself.")

m(30, "order-problem", "text", "Problem mit Ihrer Bestellung {o}",
  """Guten Tag,

aufgrund eines Fehlers in unserer Lagerverwaltung ist der Standspiegel, den Sie bestellt haben, leider nicht mehr vorrätig.

Wir wären Ihnen sehr verbunden, wenn Sie über Amazon eine Stornierungsanfrage stellen könnten, damit wir den Vorgang schließen können.

Mit freundlichen Grüßen
Wohnwelt Spiegelbild""",
  ["BSM107", "BSM108"], "Asks for a cancellation request; no adjustment confirmed.")

m(31, "review-request", "text", "Ihre Erfahrung mit Bestellung {o}",
  """Hallo Frau Schneider,

wie gefällt Ihnen der neue Kopfhörer? Über eine Rezension auf Amazon würden wir uns freuen.

Sie möchten keine Nachrichten mehr von uns? Antworten Sie einfach mit "ABMELDEN".

Viele Grüße
Audiohaus Klangkiste""",
  ["BSM305"], "Review request with an opt-out instruction.")

m(32, "reply", "text", "AW: Immer noch nichts angekommen ({o})",
  """Herr Becker,

so ein Scheiß. Wir haben Ihnen jetzt dreimal erklärt, dass der Paketdienst das Paket verschlampt hat und wir Ersatz schicken. Wollen Sie uns verarschen? Ich hab die Schnauze voll von diesen verdammten Mails.

Der Ersatz kommt Ende der Woche.

Uwe
Werkzeughandel Uwe""",
  ["BSM306"], "Reply with German profanity.")

m(33, "delivery-delay", "text", "Vertraging van uw bestelling {o}",
  """Geachte mevrouw Meier,

Helaas loopt uw bestelling {o} vertraging op. Het tapijt is naar verwachting pas op 18 december 2026 klaar voor verzending.

Onze excuses voor het ongemak.

Met vriendelijke groet,
Teppichhaus Orient""",
  ["BSM104"], "Message to a de-DE buyer written entirely in Dutch.")

m(34, "delivery-scheduling", "text", "Lieferung Kleiderschrank - Bestellung {o}",
  """Hallo Herr Wolf,

Ihr Kleiderschrank (Bestellung {o}) wird nächste Woche geliefert. Rufen Sie kurz unsere Disponentin Frau Kaiser unter 0341 98765432 an, um einen Termin auszumachen. Sie ist werktags bis 16 Uhr erreichbar.

Grüße
Möbeltischlerei Holzfest""",
  ["BSM309"], "Delivery scheduling with a national German landline of the seller.")

m(35, "reply", "text", "AW: Größenberatung Brautkleid ({o})",
  """Liebe Franziska,

über die Größe des Kleides aus Bestellung {o} sprechen wir am besten persönlich. Schreib uns per WhatsApp oder ruf an unter +49 171 2847119, dann gehen wir Deine Maße gemeinsam durch.

Herzlich
Brautatelier Weiß""",
  ["BSM309"], "Reply with a seller phone number in international format.")

m(36, "reply", "text", "AW: Zusätzliche Sitzkissen ({o})",
  """Hallo Martin,

wegen weiterer Sitzkissen zu Bestellung {o} schreib am besten eine Mail an verkauf@kissenecke.de, dann schicken wir Dir eine Übersicht der Farben, die wir noch da haben.

Grüße
Kissenecke""",
  ["BSM308"], "Reply with a plain e-mail address.")

m(37, "return-follow-up", "text", "Rücksendung {o}: Fotos benötigt",
  """Sehr geehrte Frau Busch,

um Ihre Rücksendung der Vase aus Bestellung {o} abzuwickeln, benötigen wir ein paar Fotos vom Schaden. Schicken Sie diese bitte an service (at) glashuette-lausitz (punkt) de.

Mit freundlichen Grüßen
Glashütte Lausitz""",
  ["BSM308"], "Obfuscated e-mail address with (at) and (punkt).")

m(38, "reply", "html", "AW: Wie pflege ich die Pfanne? ({o})",
  """<p>Hallo Thomas,</p>
<p>Deine gusseiserne Pfanne aus Bestellung {o} braucht ab und zu etwas Öl. Schritt für Schritt erklärt steht alles auf unserer eigenen Website: <a href="https://www.pfannenprofi.de/pflege/gusseisen">Pflegeanleitung für Gusseisenpfannen</a>.</p>
<p>Grüße<br>Ben, Pfannenprofi</p>""",
  ["BSM302"], "Descriptive https link to the seller's own site.")

m(39, "reply", "html", "AW: Status Rücksendung {o}",
  """<p>Sehr geehrter Herr Koch,</p>
<p>Ihre Rücksendung zu Bestellung {o} ist angemeldet. Den Stand können Sie jederzeit unter <a href="http://www.amazon.de/gp/css/returns/homepage.html">Ihre Rücksendungen auf Amazon.de</a> verfolgen.</p>
<p>Mit freundlichen Grüßen<br>Uhrenhaus Zeitlos</p>""",
  ["BSM301"], "http (not https) Amazon link with descriptive text.")

m(40, "review-request", "html", "Wie gefällt Ihnen die Salatschüssel? ({o})",
  """<p>Hallo Frau Albrecht,</p>
<p><img src="https://cdn.keramik-gruenevase.de/produkte/salatschuessel-seladon-24cm.jpg" alt="Handgetöpferte Salatschüssel Seladon, 24 cm" width="320" height="240"></p>
<p>Ihre Salatschüssel aus Bestellung {o} ist nun seit einigen Wochen im Einsatz. Möchten Sie Ihre Erfahrung in einer Rezension auf Amazon teilen? Das hilft anderen Käufern bei der Auswahl.</p>
<p>Viele Grüße<br>Keramikatelier Grüne Vase</p>""",
  ["BSM310"], "Photo of the purchased product.")

m(41, "delivery-delay", "html", "Bestellung {o} kommt später",
  """<p>Liebe Rieke,</p>
<p><img src="https://cdn.sonnenbrillenbucht.de/mail/strand-sonnenuntergang.jpg" alt="Sonnenuntergang am Strand" width="400" height="200"></p>
<p>Wegen eines Lieferengpasses wird Deine Sonnenbrille aus Bestellung {o} erst am 15.12. statt am 08.12. verschickt. Entschuldige die Verzögerung.</p>
<p>Grüße<br>Sonnenbrillenbucht</p>""",
  ["BSM311"], "Stock beach image unrelated to the shop.")

m(42, "review-request", "html", "Ihre Erfahrung mit Bestellung {o}",
  """<p><img src="https://cdn.buchbinderei-sylt.de/mail/logo-buchbinderei-sylt.png" width="160" height="50"></p>
<p>Sehr geehrte Frau Prinz,</p>
<p>Sie haben das Notizbuch aus Bestellung {o} jetzt schon eine Weile in Gebrauch. Wir freuen uns über Ihre Meinung in einer Rezension auf Amazon.</p>
<p>Mit freundlichen Grüßen<br>Buchbinderei Sylt</p>""",
  ["BSM402"], "Shop logo without an alt attribute.")

m(43, "review-request", "text", "Puzzle schon fertig? 🧩 ({o})",
  """Hallo Kim,

hast Du das Puzzle aus Bestellung {o} schon geschafft? 😄 Wir freuen uns auf Deine Rezension auf Amazon.

Grüße
Puzzlepalast""",
  ["BSM403"], "Emoji in subject and body.")

m(44, "additional-information", "text", "Welche Garnfarbe? ({o})",
  """Hallo Lisa,

für die bestickte Babydecke aus Bestellung {o} brauchen wir noch Deine Wunschfarbe für den Namen: Altrosa, Mint oder Hellgrau? Dann legen wir direkt los :)

Liebe Grüße
Stickstube Kleines Glück""",
  ["BSM403"], "Information request with an emoticon.")

m(45, "review-request", "html", "Warme Füße? ({o})",
  """<style>
h1 { font-size: 24px; }
p.anrede { font-size: 17px; }
p { font-size: 14px; }
p.fuss { font-size: 11px; }
</style>
<h1>Warme Füße?</h1>
<p class="anrede">Hallo Nils,</p>
<p>Deine Wollsocken aus Bestellung {o} sind nun schon eine Weile im Einsatz. Über Deine Meinung in einer Rezension auf Amazon freuen wir uns.</p>
<p class="fuss">Sockenmanufaktur Erzgebirge, Fabrikstraße 8, 09456 Annaberg-Buchholz</p>""",
  ["BSM410"], "Four explicit font sizes in a style block.")

m(46, "delivery-delay", "text", "Verzögerung {o}",
  """Sehr geehrter Herr Dietrich,

unsere Druckerei hatte einen Maschinenausfall. Ihr Fotobuch (Bestellung {o}) wird nun am 17.12. verschickt.



Bitte entschuldigen Sie die Verzögerung.

Mit freundlichen Grüßen
Fotobuchwerk""",
  ["BSM412"], "Plain text with three blank lines in a row.")

m(47, "return-follow-up", "text", "[Wichtig] Ihre Rücksendung {o}",
  """Sehr geehrte Frau Wilhelm,

zu Ihrer Rücksendung der Lichterkette aus Bestellung {o}: Fehlt nur eine Birne, oder funktioniert die ganze Kette nicht? Das brauchen wir für den Abschluss der Rücksendung.

Mit freundlichen Grüßen
Lichterladen""",
  ["BSM110"], "[Wichtig] tag on a return follow-up, which is not critical.")

m(48, "reply", "html", "AW: Wo finde ich die Rechnung? ({o})",
  """<p>Hallo Jens,</p>
<p>die Rechnung zu Bestellung {o} liegt in Deinem Amazon-Konto. Einfach <a href="https://www.amazon.de/gp/your-account/order-history">hier</a> klicken und neben der Bestellung auf "Rechnung" gehen.</p>
<p>Grüße<br>Taschenladen Tragbar</p>""",
  ["BSM401"], "Link text 'hier' to an Amazon page.")

# ------------------------------------------------------------- varying (2)

m(49, "delivery-delay", "html", "Neuer Liefertermin Bestellung {o}",
  """<div style="padding: 0 140px;">
<p>Hallo Frau Ludwig,</p>
<p>Ihre Wanduhr aus Bestellung {o} verzögert sich, weil das Uhrwerk beim Zulieferer später eintrifft. Neuer voraussichtlicher Versandtermin ist Montag, 21.12.2026.</p>
<p>Mit freundlichen Grüßen<br>Uhrenstube Ticktack</p>
</div>""",
  ["BSM405"], "Container with 140 px padding a side (wide margin).")

m(50, "additional-information", "text", "Rückfrage zu Bestellung {o}",
  """Hallo Frau Krüger,

for your made-to-measure roller blind (order {o}) we still need the exact width of the window recess, measured on the inside, in millimetres.

Could you send us that measurement?

Best regards,
Rollo nach Maß""",
  ["BSM104"], "German greeting and subject, body in English.")
