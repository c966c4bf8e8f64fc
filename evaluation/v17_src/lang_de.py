# -*- coding: utf-8 -*-
"""v17 blind evaluation set: German (de-DE) messages."""

PREFIX = "482"
LANG = "de"
LOCALE = "de-DE"


def oid(n):
    return "%s-%07d-%07d" % (PREFIX, (1693993 + n * 751057) % 10**7, (7510582 + n * 209749) % 10**7)


_R = []


def m(type_, fmt, subject, body, expected, note, locale=LOCALE):
    n = len(_R) + 1
    o = oid(n)
    sub = subject.replace("{o}", o).replace("{O}", o.replace("-", ""))
    bod = body.replace("{o}", o).replace("{O}", o.replace("-", ""))
    _R.append({
        "id": "v17-%s-%03d" % (LANG, n),
        "language": LANG,
        "locale": locale,
        "type": type_,
        "format": fmt,
        "subject": sub,
        "body": bod,
        "order_id": o,
        "expected": sorted(expected),
        "note": note,
    })


LOGO = ('<img src="https://cdn.shopmailer.de/k/4410/logo-lichtwerk-hamburg.png" '
        'alt="Logo Lichtwerk Hamburg" width="180" height="54">')

# ---------------------------------------------------------------- clean (17)

m("delivery-delay", "text", "Ihre Bestellung {o} verzögert sich leider",
  "Hallo Frau Schuster,\n\n"
  "kurze Info zu Ihrer Bestellung {o} (Leinen-Tischdecke, 140 x 240 cm, salbeigrün): Unsere "
  "Weberei im Allgäu hängt gerade eine Woche hinterher. Wir können die Decke deshalb erst am "
  "Donnerstag, 13.03.2025 verschicken statt wie angegeben diese Woche.\n\n"
  "Bei Ihnen sein sollte sie dann spätestens am Montag, 17.03. Farbe und Größe bleiben "
  "selbstverständlich genau so, wie Sie bestellt haben.\n\n"
  "Entschuldigen Sie die Verzögerung!\n\n"
  "Viele Grüße aus Kempten\nAnja Wiedemann\nLeinenliebe Manufaktur",
  [], "Clean delivery delay in plain text with German date formats.")

m("delivery-delay", "html", "Neuer Versandtermin für Bestellung {o}",
  "<p>Sehr geehrter Herr Brandt,</p>"
  "<p>leider können wir den von Ihnen bestellten Gusseisenbräter (Bestellnr. {o}) nicht "
  "innerhalb der angegebenen Lieferzeit versenden. Die letzte Charge hat unsere "
  "Emaille-Prüfung nicht bestanden und wird nachgearbeitet.</p>"
  "<table><tr><td><strong>Ursprünglicher Versand</strong></td><td>02.05.2025</td></tr>"
  "<tr><td><strong>Neuer Versand</strong></td><td>09.05.2025</td></tr>"
  "<tr><td><strong>Voraussichtliche Zustellung</strong></td><td>12.05. bis 13.05.2025</td></tr></table>"
  "<p>Sollte sich am Termin noch etwas ändern, melden wir uns umgehend bei Ihnen.</p>"
  "<p>Mit freundlichen Grüßen<br>Petra Hoffmann<br>Kundenservice Gusswerk Kochgeschirr</p>",
  [], "Clean HTML delay with a dates table and no styling.")

m("order-problem", "text", "[Wichtig] Problem mit Ihrer Bestellung {o}",
  "Sehr geehrte Frau Yılmaz,\n\n"
  "beim Kommissionieren Ihrer Bestellung {o} haben wir festgestellt, dass das letzte "
  "Teeservice „Kornblume“ einen Sprung im Deckel hat. Nachschub bekommen wir vom Hersteller "
  "in dieser Saison leider nicht mehr.\n\n"
  "Wir haben deshalb den gesamten Bestellbetrag von 42,00 EUR angepasst (Grund: nicht auf "
  "Lager). Die Gutschrift erfolgt in den nächsten Werktagen automatisch, Sie müssen nichts "
  "weiter tun.\n\n"
  "Es tut uns leid, dass es diesmal nicht geklappt hat.\n\n"
  "Freundliche Grüße\nMarkus Engel\nPorzellanstube Selb",
  [], "Clean order problem with [Wichtig] and amount-adjusted confirmation.")

m("additional-information", "text", "Rückfrage zur Gravur – Bestellung {o}",
  "Guten Tag Herr Lorenz,\n\n"
  "Sie haben bei Bestellung {o} ein Schneidebrett mit Gravur gewählt, das Textfeld ist aber "
  "leer bei uns angekommen. Was dürfen wir eingravieren? Möglich sind bis zu 24 Zeichen, "
  "gern auch mit Umlauten.\n\n"
  "Sobald wir Ihre Antwort haben, geht das Brett in den Laser.\n\n"
  "Beste Grüße\nJana | Holzgravur Nord",
  [], "Clean request for missing engraving text.")

m("return-follow-up", "text", "Ihre Rücksendung zu Bestellung {o} – Angebot",
  "Hallo Herr Krüger,\n\n"
  "danke für die Fotos der Wandleuchte aus Bestellung {o}. Das Glas ist unbeschädigt, nur der "
  "Schirm hat hinten einen Kratzer.\n\n"
  "Falls Sie die Leuchte behalten möchten, erstatten wir Ihnen 18,00 EUR von den 64,50 EUR und "
  "Sie müssen nichts zurückschicken. Ist Ihnen die volle Erstattung lieber, erstellen wir "
  "Ihnen gern ein Rücksendeetikett.\n\n"
  "Geben Sie uns einfach kurz Bescheid.\n\n"
  "Freundliche Grüße\nSvenja Lange\nLichtwerk Hamburg",
  [], "Clean return follow-up offering a partial refund.")

m("return-follow-up", "text", "Rücksendung {o}: eine kurze Frage",
  "Sehr geehrte Frau Becker,\n\n"
  "Ihr Rücksendepaket zur Bestellung {o} ist bei uns eingegangen. Darin lagen allerdings zwei "
  "Paar Wanderschuhe (Gr. 38 und Gr. 39), angemeldet war die Rücksendung aber nur für ein "
  "Paar.\n\n"
  "Welches Paar möchten Sie zurückgeben? Sobald wir das wissen, schließen wir die Rücksendung "
  "ab und schicken Ihnen das andere Paar kostenfrei zurück.\n\n"
  "Mit freundlichen Grüßen\nTobias\nBergfuchs Outdoor",
  [], "Clean return follow-up asking which item is returned.")

m("invoice", "text", "Rechnung zu Ihrer Bestellung {o}",
  "Sehr geehrter Herr Schulte,\n\n"
  "anbei erhalten Sie wie gewünscht die Rechnung zu Ihrer Bestellung {o}.\n\n"
  "Rechnungsnummer: RE/2025/02/0418\n"
  "Rechnungsdatum: 17.02.2025\n"
  "Gesamtbetrag: 249,00 EUR inkl. 19 % MwSt. (39,76 EUR)\n\n"
  "Mit freundlichen Grüßen\n\n"
  "Buchhaltung\n"
  "Bürowelt Rhein-Ruhr GmbH, Hafenstraße 21, 47119 Duisburg\n"
  "Amtsgericht Duisburg HRB 31877, USt-IdNr. DE 287 451 936\n"
  "Geschäftsführer: Klaus Wendt",
  [], "Clean invoice with slashed invoice number, HRB and USt-IdNr.")

m("review-request", "text", "Wie gefällt Ihnen Ihre Bestellung {o}?",
  "Liebe Frau Neumann,\n\n"
  "Ihre Bienenwachstücher (Bestellung {o}) sind jetzt seit gut einer Woche bei Ihnen. Wir sind "
  "ein kleiner Familienbetrieb und lernen aus jeder Rückmeldung etwas, ob sie nun lobt oder "
  "kritisiert.\n\n"
  "Wenn Sie ein paar Minuten Zeit haben: Über eine Rezension bei Amazon würden wir uns freuen. "
  "Sie finden die Funktion unter „Meine Bestellungen“.\n\n"
  "Herzliche Grüße\nImkerei Sonnenwabe",
  [], "Clean neutral review request in plain text.")

m("review-request", "html", "Ihre Meinung zur Tischleuchte „Düne“ ({o})",
  LOGO +
  "<p>Hallo Frau Weber,</p>"
  "<p>vor einiger Zeit haben Sie bei uns die Tischleuchte „Düne“ bestellt (Bestellnummer {o}). "
  "Uns interessiert, wie sie sich im Alltag macht, auch wenn etwas nicht so gut ist.</p>"
  "<p>Wenn Sie mögen, können Sie "
  "<a href=\"https://www.amazon.de/review/create-review?asin=B0C7LWH447\">eine Rezension auf "
  "Amazon.de schreiben</a>.</p>"
  "<p>Viele Grüße<br>Svenja Lange<br>Lichtwerk Hamburg</p>",
  [], "Clean HTML review request with logo and descriptive Amazon link.")

m("delivery-scheduling", "text", "Liefertermin für Ihren Kleiderschrank ({o})",
  "Guten Tag Familie Hartmann,\n\n"
  "Ihr Kleiderschrank „Spessart“ (3-türig, Bestellung {o}) ist versandbereit. Bei 94 kg "
  "liefern wir mit zwei Personen und vereinbaren deshalb vorab ein festes Zeitfenster.\n\n"
  "Folgende Termine hätten wir frei:\n"
  "- Mittwoch, 09.04., 8:00 bis 12:00 Uhr\n"
  "- Mittwoch, 09.04., 13:00 bis 17:00 Uhr\n"
  "- Freitag, 11.04., 8:00 bis 12:00 Uhr\n\n"
  "Welcher passt Ihnen? Sagen Sie uns bitte auch, in welchem Stockwerk Sie wohnen und ob es "
  "einen Aufzug gibt.\n\n"
  "Mit freundlichen Grüßen\nTourenplanung Möbelhaus Mainfranken",
  [], "Clean bulky-item delivery scheduling with time slots.")

m("home-service-appointment", "text", "Terminvereinbarung Montage – Bestellung {o}",
  "Sehr geehrter Herr Schmitz,\n\n"
  "für den Einbau Ihres Geschirrspülers (Bestellung {o}) kommt unser Monteur Herr Vogel zu "
  "Ihnen. Frei sind noch Montag, 03.03. zwischen 10 und 12 Uhr sowie Dienstag, 04.03. zwischen "
  "14:30 und 16:30 Uhr.\n\n"
  "Bitte teilen Sie uns mit, welcher Termin Ihnen passt, und sorgen Sie dafür, dass der "
  "Wasseranschluss unter der Spüle frei zugänglich ist.\n\n"
  "Mit freundlichen Grüßen\nHausService Rhein-Neckar",
  [], "Clean home-service appointment with dates and times.")

m("custom-design-verification", "html", "Ihr Korrekturabzug – Bestellung {o}",
  "<p>Liebe Familie Wolff,</p>"
  "<p>im Anhang finden Sie den Korrekturabzug (PDF) für das Geburtsschild zu Bestellung {o}.</p>"
  "<ul><li>Name: Mila Wolff</li><li>Geboren: 22.01.2025 um 03:14 Uhr</li>"
  "<li>Gewicht: 3240 g, Größe: 51 cm</li></ul>"
  "<p>Bitte prüfen Sie alle Angaben und die Schreibweise. Sobald Sie uns Ihr Okay geben, geht "
  "das Schild noch am selben Tag in die Fertigung.</p>"
  "<p>Herzliche Grüße<br>Katrin<br>Holzwerkstatt Kleinkram</p>",
  [], "Clean design proof with birth details.")

m("fulfillment-question", "text", "Zugang für die Zustellung – Bestellung {o}",
  "Sehr geehrte Frau Krause,\n\n"
  "unser Fahrer konnte Ihre Gartenbank (Bestellung {o}) heute nicht zustellen, weil das Tor zur "
  "Wohnanlage einen Zugangscode verlangt. Könnten Sie uns den Code mitteilen oder sagen, bei "
  "welcher Wohnung er klingeln soll?\n\n"
  "Unsere Sendungsreferenz lautet LF-2025-03817, Tour 12.\n\n"
  "Vielen Dank vorab\nGartenmöbel Direkt Logistik",
  [], "Clean gate-code question with reference numbers.")

m("reply", "text", "AW: Frage zu „Everyday Leather Backpack“ ({o})",
  "Hallo Herr Aydın,\n\n"
  "gute Frage! Der „Everyday Leather Backpack – Slim Edition“ aus Ihrer Bestellung {o} hat ein "
  "gepolstertes Fach für Laptops bis 15 Zoll. Der englische Name kommt vom Hersteller, die "
  "Pflegehinweise liegen auf Deutsch bei.\n\n"
  "Beste Grüße\nLederladen Leipzig",
  [], "Clean reply quoting an English product title inside German sentences.")

m("reply", "text", "AW: Staubsauger geht aus ({o})",
  "Sehr geehrte Frau Fischer,\n\n"
  "das tut uns leid, dass sich der Akkusauger aus Bestellung {o} nach ein paar Minuten "
  "abschaltet. Das deutet auf einen Akkudefekt hin, und der fällt unter die Herstellergarantie.\n\n"
  "Garantie-Hotline des Herstellers (Brisko Deutschland): 0800 724 7560, Mo. bis Fr. 9 bis 17 "
  "Uhr. Halten Sie bitte Ihre Bestellnummer bereit.\n\n"
  "Falls es dort hakt, melden Sie sich gern wieder bei uns.\n\n"
  "Mit freundlichen Grüßen\nDaniel Roth\nHaushaltsprofi24",
  [], "Clean reply giving the manufacturer's warranty hotline marked as such.")

m("reply", "html", "AW: Firmendaten für Ihre Unterlagen ({o})",
  "<p>Sehr geehrter Herr Winkler,</p>"
  "<p>gern senden wir Ihnen unsere Firmendaten zur Bestellung {o}. Die Rechnung selbst können "
  "Sie in Ihrem Amazon-Konto bei der Bestellung herunterladen.</p>"
  "<p>Mit freundlichen Grüßen<br>Sabine Kraus<br>Innendienst</p>"
  "<p><small>Kraus &amp; Söhne Werkzeughandel GmbH<br>Industriestraße 7, 73430 Aalen<br>"
  "Amtsgericht Ulm HRB 720114 · Geschäftsführer: Jürgen Kraus<br>"
  "USt-IdNr. DE 314 225 870 · Steuernummer 50015/31842</small></p>",
  [], "Clean reply with company-details footer including HRB, USt-IdNr. and Steuernummer.")

m("reply", "text", "AW: Wo bleibt meine Erstattung? ({o})",
  "Hallo Herr Şahin,\n\n"
  "ich habe nachgeschaut: Ihre Rücksendung zu Bestellung {o} (Retourennummer RMA-77120, "
  "DHL-Sendungsnummer 00340434161094027318) wurde am Dienstag, 11.02.2025 um 10:42 Uhr in "
  "unserem Lager eingescannt.\n\n"
  "Die Erstattung über 27,48 EUR haben wir am 12.02. veranlasst. Je nach Bank ist der Betrag "
  "in 3 bis 5 Werktagen auf Ihrem Konto.\n\n"
  "Sportliche Grüße\nNiklas\nSportkeller Freiburg",
  [], "Clean reply with return number, tracking number, dates, times and amounts.")

# ---------------------------------------------------------------- violations (31)

m("fulfillment-question", "text", "Neuigkeiten zu Ihrer Bestellung {o}",
  "Hallo Herr Jung,\n\n"
  "gute Nachrichten: Ihre Fahrradtaschen (Bestellung {o}) wurden heute Vormittag an DHL "
  "übergeben und sind unterwegs zu Ihnen.\n\n"
  "Allzeit gute Fahrt!\nRadwerk Münster",
  ["BSM201"], "Shipping confirmation: handed over to the carrier.")

m("fulfillment-question", "html", "Bestellung {o} ist bei uns eingegangen",
  "<p>Hallo Frau Keller,</p>"
  "<p>Ihre Bestellung {o} ist bei uns eingegangen und wird gerade liebevoll verpackt. Das "
  "Teeservice bekommt extra viel Luftpolsterfolie.</p>"
  "<p>Herzliche Grüße<br>Teestube Lüneburg</p>",
  ["BSM201"], "Order confirmation: received and being packed.")

m("fulfillment-question", "text", "Bestellung {o}",
  "Sehr geehrte Kundin, sehr geehrter Kunde,\n\n"
  "herzlichen Dank für Ihre Bestellung {o} bei Bettenhaus Traumreich. Wir freuen uns sehr, "
  "dass Sie sich für uns entschieden haben.\n\n"
  "Mit freundlichen Grüßen\nIhr Team Traumreich",
  ["BSM202"], "Thanks-only message.")

m("fulfillment-question", "text", "Nur ganz kurz ({o})",
  "Hi Lukas,\n\n"
  "wir wollten dir nur sagen: Falls mit deiner Bestellung {o} irgendwas sein sollte, sind wir "
  "für dich da. Melde dich einfach!\n\n"
  "Dein Team von Zockerzone",
  ["BSM202"], "Only an offer to help if anything comes up.")

m("delivery-delay", "text", "Kleine Verzögerung bei Bestellung {o}",
  "Hallo Frau Schwarz,\n\n"
  "unsere Druckerei ist gerade voll ausgelastet, daher verschicken wir den Fotokalender aus "
  "Bestellung {o} erst am Montag, 06.01. statt am Freitag, 03.01. Rechnen Sie mit der "
  "Zustellung um den 08.01.\n\n"
  "Entschuldigen Sie die Wartezeit.\n\n"
  "Viele Grüße\nFotofabrik Kassel\n\n"
  "PS: Mit dem Code NEUJAHR20 sparen Sie bis Ende Januar 20 % auf unser gesamtes Sortiment.",
  ["BSM203"], "Permitted delay with a 20% discount-code P.S.")

m("reply", "text", "AW: Größenfrage ({o})",
  "Hallo Lea,\n\n"
  "das Kleid aus deiner Bestellung {o} fällt normal aus, Größe 38 sollte also gut passen.\n\n"
  "Übrigens: Unsere neue Herbstkollektion ist ab sofort da! Folge uns auf Instagram und "
  "abonniere unseren Newsletter, dann erfährst du alles zuerst.\n\n"
  "Liebe Grüße\nModeatelier Kirschblüte",
  ["BSM203"], "Reply with new collection, follow-us and newsletter plug.")

m("review-request", "text", "Eine kleine Bitte zu Bestellung {o}",
  "Hallo Herr Böhm,\n\n"
  "wie kommt das Vogelhaus aus Bestellung {o} bei den gefiederten Gästen an? Wir würden uns "
  "über eine Rezension bei Amazon freuen.\n\n"
  "Sobald Ihre Bewertung online ist, schicken wir Ihnen als kleines Dankeschön eine Tüte "
  "Winterfutter.\n\n"
  "Viele Grüße\nVogelfreund Versand",
  ["BSM204"], "Small gift once the review is published.")

m("review-request", "html", "Ihre Meinung zählt ({o})",
  "<p>Sehr geehrte Frau Lehmann,</p>"
  "<p>wir hoffen, die Yogamatte aus Bestellung {o} gefällt Ihnen. Schreiben Sie eine Rezension "
  "bei Amazon und geben Sie uns kurz Bescheid, sobald sie online ist – dann erstatten wir "
  "Ihnen den vollen Kaufpreis.</p>"
  "<p>Namasté<br>Yoga Atelier Bamberg</p>",
  ["BSM204"], "Full refund once the review is online.")

m("reply", "text", "AW: Alles wieder in Ordnung? ({o})",
  "Sehr geehrter Herr Franke,\n\n"
  "schön, dass das Ersatz-Netzteil zu Bestellung {o} angekommen ist und funktioniert.\n\n"
  "Da sich nun alles geklärt hat: Wären Sie so freundlich, Ihre 1-Stern-Bewertung anzupassen "
  "oder zu löschen? Für einen kleinen Laden wie uns wiegt so etwas schwer.\n\n"
  "Mit freundlichen Grüßen\nElektroEck Dresden",
  ["BSM205"], "Asks to change or delete an existing one-star review.")

m("review-request", "text", "Zufrieden mit Bestellung {o}?",
  "Hallo Frau Zimmermann,\n\n"
  "wenn Sie mit Ihrer neuen Trinkflasche (Bestellung {o}) zufrieden sind, freuen wir uns riesig "
  "über eine Rezension bei Amazon.\n\n"
  "Hat Sie etwas gestört? Dann schreiben Sie bitte keine Bewertung, sondern melden Sie sich "
  "zuerst bei uns – wir finden eine Lösung.\n\n"
  "Beste Grüße\nTrinkgut",
  ["BSM206"], "Review only if satisfied; unhappy buyers steered away.")

m("review-request", "html", "Noch eine Bitte ({o})",
  "<p>Sehr geehrter Herr Hahn,</p>"
  "<p>wir hoffen, der Kopfhörer aus Bestellung {o} überzeugt Sie. Würden Sie uns mit einer "
  "5-Sterne-Bewertung auf Amazon unterstützen? Das hilft uns wirklich enorm.</p>"
  "<p>Mit freundlichen Grüßen<br>Klangraum Stuttgart</p>",
  ["BSM206"], "Asks for a five-star rating.")

m("order-problem", "text", "Problem mit Bestellung {o}",
  "Hallo Herr Wagner,\n\n"
  "leider ist der Rennradreifen (28 mm) aus Bestellung {o} ausverkauft. Den Bestellbetrag von "
  "38,90 EUR haben wir bereits angepasst (Grund: nicht auf Lager).\n\n"
  "Damit auch bei uns alles sauber abgeschlossen ist, wäre es am einfachsten, wenn Sie die "
  "Bestellung selbst in Ihrem Amazon-Konto stornieren.\n\n"
  "Sportliche Grüße\nKettenblatt Radsport",
  ["BSM108"], "Advises the buyer to cancel although the amount was adjusted.")

m("order-problem", "text", "Ihre Bestellung {o}",
  "Sehr geehrte Frau Schäfer,\n\n"
  "zu unserem Bedauern ist der Messingmörser aus Bestellung {o} ausverkauft und wird in diesem "
  "Jahr nicht mehr nachgeliefert.\n\n"
  "Wir wären Ihnen sehr dankbar, wenn Sie über Amazon einen Stornierungsantrag stellen "
  "könnten.\n\n"
  "Hochachtungsvoll\nGewürzkontor Bremen",
  ["BSM107", "BSM108"], "Asks for a cancellation request without confirming an adjustment.")

m("delivery-delay", "text", "Lieferung {o} verschiebt sich",
  "Hallo Frau Richter,\n\n"
  "die Puzzles aus Bestellung {o} kommen ein paar Tage später bei unserem Großhändler an. Wir "
  "rechnen mit dem Versand am 21.10.\n\n"
  "Viele Grüße\nPuzzlewelt\n\n"
  "Sie möchten keine Nachrichten mehr von uns? Antworten Sie einfach mit STOP.",
  ["BSM305"], "Opt-out by replying STOP.")

m("reply", "text", "AW: Wo ist mein Paket?? ({o})",
  "Hi Jonas,\n\n"
  "sorry, der Scheiß-Paketdienst hat's mit Bestellung {o} schon wieder verbockt, verdammte "
  "Scheiße. Angeblich haben die bei dir geklingelt.\n\n"
  "Wir schicken am Freitag, 07.03. ein neues Board los, diesmal mit einem anderen "
  "Versanddienstleister.\n\n"
  "Grüße\nBrettwerk Skateshop",
  ["BSM306"], "German profanity about the carrier.")

m("delivery-delay", "text", "Your order {o} is delayed",
  "Dear Ms Wolf,\n\n"
  "Unfortunately your order {o} (ceramic plant pot, 30 cm) will ship a few days later than "
  "planned. Our kiln broke down and we now expect to dispatch on 12 May.\n\n"
  "We apologise for any inconvenience.\n\n"
  "Kind regards,\nKeramikwerkstatt Westerwald",
  ["BSM104"], "Whole message in English for a German buyer.")

m("delivery-delay", "text", "Verzögerung Bestellung {o}",
  "Sehr geehrter Herr Kaiser,\n\n"
  "Ihr Rasenmäher aus Bestellung {o} wird leider erst am 02.06. verschickt. Bei Fragen rufen "
  "Sie uns gern an unter 07031 / 48 29 17, wir sind von 8:30 bis 17:00 Uhr erreichbar.\n\n"
  "Mit freundlichen Grüßen\nGartentechnik Böblingen",
  ["BSM309"], "National-format shop phone number with area code slash.")

m("reply", "html", "AW: Aufbaufrage ({o})",
  "<p>Hallo Herr Berger,</p>"
  "<p>beim Bett aus Bestellung {o} liegen zwei Schrauben zu viel bei, die brauchen Sie nicht. "
  "Kommen Sie nicht weiter? Schreiben Sie uns per WhatsApp an +49 (0)171 5528 903, dann "
  "helfen wir Ihnen.</p>"
  "<p>Viele Grüße<br>Schlafstudio Oldenburg</p>",
  ["BSM309"], "International-format mobile number.")

m("reply", "text", "AW: Farbabweichung ({o})",
  "Liebe Frau Pohl,\n\n"
  "schicken Sie uns gern ein Foto der Farbabweichung bei den Vorhängen aus Bestellung {o} an "
  "service@vorhangkoenig.de, dann prüfen wir einen Umtausch.\n\n"
  "Mit freundlichen Grüßen\nVorhangkönig",
  ["BSM308"], "Plain e-mail address.")

m("reply", "text", "AW: Ausführliche Anleitung? ({o})",
  "Hallo Herr Busch,\n\n"
  "die ausführliche Anleitung für den 3D-Drucker aus Bestellung {o} senden wir Ihnen gern. "
  "Schreiben Sie einfach an support [at] druckwerk-lab [punkt] de und nennen Sie Ihre "
  "Bestellnummer.\n\n"
  "Beste Grüße\nDruckwerk Lab",
  ["BSM308"], "Obfuscated e-mail address with [at] and [punkt].")

m("delivery-delay", "html", "Späterer Versand: Bestellung {o}",
  "<p>Hallo Frau Graf,</p>"
  "<p>die Blumenzwiebeln aus Bestellung {o} verschicken wir erst am 18.09., weil die Ernte "
  "später dran war.</p>"
  "<p>Sie möchten wissen, wie Sie sie am besten setzen? Dann werfen Sie einen Blick in unsere "
  "<a href=\"https://www.zwiebelscheune.de/pflanzanleitung\">Pflanzanleitung auf der Website "
  "der Zwiebelscheune</a>.</p>"
  "<p>Viele Grüße<br>Die Zwiebelscheune</p>",
  ["BSM302"], "https link with descriptive text to the seller's own site.")

m("fulfillment-question", "html", "Bitte Adresse prüfen (Bestellung {o})",
  "<p>Sehr geehrter Herr Kühn,</p>"
  "<p>die Hausnummer in Ihrer Lieferadresse zu Bestellung {o} scheint unvollständig zu sein "
  "(nur „12“, es gibt aber 12a und 12b). Könnten Sie sie in "
  "<a href=\"http://www.amazon.de/gp/css/account/address/view.html\">Ihrem Adressbuch auf "
  "Amazon.de</a> prüfen?</p>"
  "<p>Mit freundlichen Grüßen<br>Teppichzentrale</p>",
  ["BSM301"], "Insecure http link to Amazon.")

m("review-request", "html", "Wie gefällt Ihnen die Pendelleuchte? ({o})",
  "<p>Liebe Frau Vogt,</p>"
  "<p>Sie haben bei uns die Pendelleuchte „Kiesel“ bestellt (Bestellung {o}).</p>"
  "<img src=\"https://cdn.shopmailer.de/k/4410/produkte/pendelleuchte-kiesel-messing.jpg\" "
  "alt=\"Pendelleuchte Kiesel in Messing\" width=\"320\" height=\"320\">"
  "<p>Über eine Rezension bei Amazon würden wir uns freuen.</p>"
  "<p>Viele Grüße<br>Lichtwerk Hamburg</p>",
  ["BSM310"], "Photo of the purchased product.")

m("delivery-delay", "html", "Sommerliche Verzögerung – Bestellung {o}",
  "<p>Hallo Herr Simon,</p>"
  "<p>wegen der Betriebsferien unseres Lieferanten verschicken wir Ihren Neoprenanzug aus "
  "Bestellung {o} am 25.07.</p>"
  "<img src=\"https://cdn.shopmailer.de/stock/sonnenuntergang-ostsee-strand.jpg\" "
  "alt=\"Sonnenuntergang am Ostseestrand\" width=\"400\" height=\"250\">"
  "<p>Einen schönen Sommer!<br>Surfhütte Sylt</p>",
  ["BSM311"], "Unrelated stock beach image.")

m("delivery-delay", "html", "Neuer Versandtermin zu Bestellung {o}",
  "<img src=\"https://cdn.shopmailer.de/k/6120/logo-kerzenzieherei-lichtblick.png\" alt=\"\" "
  "width=\"160\" height=\"48\">"
  "<p>Sehr geehrte Frau Ludwig,</p>"
  "<p>die Duftkerzen aus Bestellung {o} müssen noch ein paar Tage aushärten. Wir versenden sie "
  "am 28.11.</p>"
  "<p>Mit freundlichen Grüßen<br>Kerzenzieherei Lichtblick</p>",
  ["BSM402"], "Shop logo with empty alt text.")

m("delivery-delay", "text", "Etwas Geduld bei Bestellung {o} 🙈",
  "Hallo Marie,\n\n"
  "deine Spielmatte aus Bestellung {o} geht ein paar Tage später raus, am 04.12. Bis Nikolaus "
  "ist sie trotzdem da! 🎅\n\n"
  "Liebe Grüße\nSpielzeugboden",
  ["BSM403"], "Emoji in subject and body.")

m("reply", "text", "AW: Batterien ({o})",
  "Hallo Herr Lange,\n\n"
  "richtig, die Fernbedienung aus Bestellung {o} braucht zwei AAA-Batterien, und die liegen "
  "nicht bei. Die gibt's aber an jeder Supermarktkasse :-)\n\n"
  "Viele Grüße\nModellbau Hobbyeck",
  ["BSM403"], "Emoticon :-) in the body.")

m("delivery-delay", "html", "Verzögerung Ihrer Bestellung {o}",
  "<style>.titel{font-size:22px}.unter{font-size:17px}.text{font-size:14px}.fuss{font-size:11px}</style>"
  "<p class=\"titel\">Ihre Bestellung kommt etwas später</p>"
  "<p class=\"unter\">Bestellnummer {o}</p>"
  "<p class=\"text\">Die Wolldecke ist noch in der Färberei. Wir versenden sie am 15.10.</p>"
  "<p>Mit freundlichen Grüßen<br>Wollstube Husum</p>"
  "<p class=\"fuss\">Wollstube Husum e.K., Amtsgericht Flensburg HRA 4471</p>",
  ["BSM410"], "Four explicit font sizes in a style block plus the default.")

m("delivery-delay", "html", "Bestellung {o} verspätet sich",
  "<p>Hallo Herr Krämer,</p>"
  "<p>die Regentonne aus Bestellung {o} wird am 30.04. statt am 25.04. verschickt.<br><br><br><br>"
  "Mit freundlichen Grüßen<br>Gartencenter Lindenhof</p>",
  ["BSM412"], "Run of four <br> tags.")

m("return-follow-up", "text", "[WICHTIG] Ihre Rücksendung {o}",
  "Sehr geehrte Frau Seidel,\n\n"
  "zu Ihrer Rücksendung des Bügelbretts aus Bestellung {o}: Bitte teilen Sie uns mit, ob die "
  "Originalverpackung noch vorhanden ist, damit wir die Rücksendung abschließen können.\n\n"
  "Mit freundlichen Grüßen\nHaus & Herd",
  ["BSM110"], "[WICHTIG] on a return follow-up.")

m("additional-information", "html", "Maße benötigt für Bestellung {o}",
  "<p>Hallo Herr Schubert,</p>"
  "<p>für die Rollos nach Maß aus Bestellung {o} brauchen wir noch die genaue Breite Ihrer "
  "Fensterlaibung. Bitte tragen Sie diese in Ihrer Bestellung ein: "
  "<a href=\"https://www.amazon.de/gp/css/order-history\">hier</a>.</p>"
  "<p>Viele Grüße<br>Rollo-Manufaktur</p>",
  ["BSM401"], "Link text 'hier'.")

# ---------------------------------------------------------------- vary (2)

m("delivery-scheduling", "html", "Wunschtermin für Ihre Lieferung ({o})",
  "<p>Guten Tag Herr Lindner,</p>"
  "<p>für die Lieferung Ihres Sofas (Bestellung {o}) wählen Sie bitte Ihren Wunschtermin:</p>"
  "<form><label><input type=\"radio\" name=\"slot\" value=\"1\"> Dienstag, 08.04., 8–12 Uhr</label><br>"
  "<label><input type=\"radio\" name=\"slot\" value=\"2\"> Donnerstag, 10.04., 12–16 Uhr</label><br>"
  "<input type=\"submit\" value=\"Termin bestätigen\"></form>"
  "<p>Mit freundlichen Grüßen<br>Polsterwelt Bayreuth</p>",
  ["BSM312"], "Embedded form for choosing a delivery slot.")

m("delivery-delay", "text", "Verzögerung Ihrer Bestellung {o}",
  "Sehr geehrte Frau Hofmann,\n\n"
  "unfortunately the cast-iron bookends from your order {o} will only ship on 9 June, as the "
  "foundry has fallen behind schedule. We expect delivery two days later.\n\n"
  "Kind regards,\nEisenwaren Hagen",
  ["BSM104"], "German subject and greeting, English body.")

MESSAGES = _R
