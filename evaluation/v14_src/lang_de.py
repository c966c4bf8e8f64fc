"""v14 blind evaluation set: German (de-DE). Standard library only."""

LANG, LOCALE, PREFIX = "de", "de-DE", "452"
MESSAGES = []


def _oid(n):
    a = (n * 9173 + 4062211) % 10000000
    b = (n * 71011 + 8845102) % 10000000
    return f"{PREFIX}-{a:07d}-{b:07d}"


def M(typ, fmt, subject, body, expected, note):
    n = len(MESSAGES) + 1
    oid = _oid(n)
    MESSAGES.append({
        "id": f"v14-{LANG}-{n:03d}", "language": LANG, "locale": LOCALE,
        "type": typ, "format": fmt,
        "subject": subject.replace("{O}", oid), "body": body.replace("{O}", oid),
        "order_id": oid, "expected": sorted(expected), "note": note,
    })


IMG = "https://m.media-amazon.com/images/S/abs-image-upload-na/"

# ---------------------------------------------------------------- clean (17)
M("delivery-delay", "text", "Lieferverzögerung zu Bestellung {O}",
  "Sehr geehrte Frau Krüger,\n\nleider verzögert sich der Versand Ihres Gewürzregals aus Kirschholz (Bestellung {O}). Unser Drechsler ist seit letzter Woche krank, und die gedrechselten Füße fehlen noch.\n\nVoraussichtlich können wir das Regal am Freitag, 18.12.2026, an DHL übergeben. Wir bitten die Verzögerung zu entschuldigen.\n\nMit freundlichen Grüßen\nMatthias Eberle\nHolzwerkstatt Eberle, Freiburg im Breisgau",
  [], "Clean plain-text delay from a small woodworking shop with a future ship date.")

M("delivery-delay", "html", "Neuer Versandtermin für Ihre Bestellung {O}",
  "<p>Guten Tag Herr Yilmaz,</p>\n<p>Ihre Bestellung <strong>{O}</strong> (3x Frottee-Handtuch anthrazit, 50x100 cm) verzögert sich, weil unsere Weberei mit der Färbung im Rückstand ist.</p>\n<table>\n<tr><td>Ursprünglicher Versandtermin:</td><td>09.12.2026</td></tr>\n<tr><td>Neuer Versandtermin:</td><td>15.12.2026</td></tr>\n</table>\n<p>Sollte sich daran noch etwas ändern, melden wir uns.</p>\n<p>Freundliche Grüße<br>Ihr Team von Frottierwaren Sauerland</p>",
  [], "Clean builder-HTML delay notice with a date table.")

M("order-problem", "text", "[Wichtig] Artikel nicht lieferbar – Bestellung {O}",
  "Hallo Frau Neumann,\n\nes tut uns sehr leid: Die Porzellan-Schale 'Nordsee' aus Ihrer Bestellung {O} ist beim Brand gerissen, und ein weiteres Exemplar haben wir nicht mehr auf Lager.\n\nWir haben den Bestellbetrag deshalb vollständig angepasst (Grund: kein Bestand). Die 38,90 € werden Ihnen innerhalb weniger Werktage über Ihre ursprüngliche Zahlungsart erstattet.\n\nViele Grüße\nAnke Behrens\nPorzellanmalerei Behrens",
  [], "Clean order problem with [Wichtig] and a confirmed amount adjustment.")

M("additional-information", "html", "Rückfrage zur Gravur – Bestellung {O}",
  "<p>Guten Tag,</p>\n<p>vielen Dank für Ihre Bestellung {O} (Taschenmesser mit Gravur). Leider ist das Feld für den Gravurtext leer geblieben.</p>\n<p>Welchen Text dürfen wir eingravieren? Möglich sind bis zu 18 Zeichen, gern auch mit Umlauten. Sobald wir Ihre Antwort haben, geht das Messer in die Werkstatt.</p>\n<p>Mit freundlichen Grüßen<br>Klingenschmiede Hofmann</p>",
  [], "Clean HTML request for information needed to complete a personalised order.")

M("return-follow-up", "text", "Ihre Rücksendung – Bestellung {O}",
  "Sehr geehrter Herr Schulte,\n\ndanke für die Fotos des Kaffeevollautomaten. Wie es aussieht, hat nur die Abdeckung der Bohnenkammer einen Kratzer, das Gerät selbst funktioniert einwandfrei.\n\nStatt der Rücksendung können wir Ihnen für Bestellung {O} eine Teilerstattung von 40,00 € anbieten; Sie behalten das Gerät. Wäre das für Sie in Ordnung? Falls nicht, wickeln wir die Rücksendung ganz normal ab.\n\nMit freundlichen Grüßen\nJulia Brandt\nKaffeetechnik Brandt",
  [], "Clean return follow-up offering a partial refund.")

M("return-follow-up", "text", "Rücksendung {O}: kurze Rückfrage",
  "Hallo Herr Kowalski,\n\nIhr Paket mit den Fahrradtaschen (Bestellung {O}) ist heute bei uns angekommen, ein Rücksendegrund war allerdings nicht angegeben.\n\nDamit wir die Rücksendung abschließen können: Möchten Sie die Taschen gegen das Modell mit Rollverschluss tauschen oder lieber den Kaufpreis erstattet bekommen?\n\nBeste Grüße\nTimo vom Radlager Leipzig",
  [], "Clean text return follow-up asking for information to complete it.")

M("invoice", "html", "Rechnung zu Ihrer Bestellung {O}",
  "<p>Sehr geehrte Damen und Herren,</p>\n<p>anbei erhalten Sie die Rechnung RE/2026/12/0571 zu Bestellung {O}, ausgestellt auf die Elektro Maier GmbH.</p>\n<p>Gesamtbetrag: 2.318,40 € inkl. 19 % USt. (darin enthaltene USt.: 370,16 €)</p>\n<p>Mit freundlichen Grüßen<br>Buchhaltung</p>\n<p><small>Werkzeughandel Lorenz GmbH · Gewerbestraße 9 · 86156 Augsburg · Amtsgericht Augsburg HRB 31477 · USt-IdNr. DE 298 417 365 · Steuernummer 103/118/50234 · Geschäftsführer: Frank Lorenz</small></p>",
  [], "Clean HTML invoice with HRB, USt-IdNr., Steuernummer and a slashed invoice number.")

M("review-request", "text", "Ihre Meinung zu Bestellung {O}",
  "Hallo Frau Schmitt,\n\nvor einiger Zeit haben Sie bei uns eine Tischdecke aus Halbleinen gekauft (Bestellung {O}). Hätten Sie Lust, auf Amazon eine Rezension dazu zu schreiben? Egal wie Ihr Eindruck ist: anderen Käuferinnen und Käufern hilft das sehr.\n\nHerzliche Grüße\nLeinenstube Lüneburg",
  [], "Clean neutral plain-text review request.")

M("review-request", "html", "Wie gefällt Ihnen die Softshelljacke? (Bestellung {O})",
  "<p><img src=\"" + IMG + "alpenfalke_logo.png\" alt=\"Logo Alpenfalke Outdoor\" width=\"180\"></p>\n<p>Servus Herr Huber,</p>\n<p>vor ein paar Wochen haben Sie bei uns die Softshelljacke bestellt (Bestellung {O}). Wir würden gern erfahren, wie sie sich bei Ihnen schlägt, und andere Kunden auch.</p>\n<p><a href=\"https://www.amazon.de/review/create-review?asin=B0CR5MFH2A\">Rezension auf Amazon.de schreiben</a></p>\n<p>Viele Grüße aus Garmisch-Partenkirchen<br>Alpenfalke Outdoor</p>",
  [], "Clean HTML review request with shop logo (alt names shop) and a descriptive Amazon link.")

M("delivery-scheduling", "text", "Terminabstimmung Lieferung Kühl-Gefrier-Kombination – {O}",
  "Guten Tag Frau Wagner,\n\nIhre Kühl-Gefrier-Kombination (Bestellung {O}) wiegt 86 kg und wird von zwei Mitarbeitern bis in die Küche gebracht. Dafür möchten wir einen Termin mit Ihnen vereinbaren.\n\nFolgende Zeitfenster sind frei:\n- Dienstag, 15.12.2026, 8:00–12:00 Uhr\n- Mittwoch, 16.12.2026, 12:00–17:00 Uhr\n- Freitag, 18.12.2026, 8:00–12:00 Uhr\n\nWelcher Termin passt Ihnen? In welchem Stockwerk wohnen Sie, und gibt es einen Aufzug?\n\nMit freundlichen Grüßen\nTourenplanung Elektro-Hausgeräte Vogt",
  [], "Clean delivery scheduling for a bulky item with German dates and slots.")

M("home-service-appointment", "text", "Montagetermin für Ihre Bestellung {O}",
  "Sehr geehrter Herr Lehmann,\n\nzu Ihrer Markise (Bestellung {O}) haben Sie die Montage durch unseren Fachbetrieb gebucht. Unser Monteur Herr Pohl könnte am Montag, 14. Dezember 2026, um 9:30 Uhr oder am Donnerstag, 17. Dezember 2026, um 13:00 Uhr zu Ihnen kommen.\n\nBitte geben Sie uns kurz Bescheid, welcher Termin Ihnen lieber ist. Für die Montage sollte der Bereich unter der Markise frei sein.\n\nMit freundlichen Grüßen\nSonnenschutz Pohl & Partner",
  [], "Clean home-service appointment with two dated time options.")

M("custom-design-verification", "html", "Stempelentwurf zur Freigabe – Bestellung {O}",
  "<p>Hallo Lena,</p>\n<p>im Anhang findest du den Entwurf für euren Firmenstempel (Bestellung {O}): „Kaya Umzüge · Inh. Lena Kaya · Bahnhofstraße 12 · 49074 Osnabrück“ in der Schriftart, die du ausgesucht hast, Stempelplatte 58 x 22 mm.</p>\n<p>Passt alles, auch die Schreibweise? Dann legen wir diese Woche los. Wenn du etwas geändert haben möchtest, sag einfach Bescheid.</p>\n<p>Liebe Grüße<br>Svenja<br>Stempelei Stempelfix</p>",
  [], "Clean custom design verification with proof attachment.")

M("fulfillment-question", "text", "Türcode für die Zustellung – Bestellung {O}",
  "Sehr geehrte Frau Petrović,\n\nder Zusteller konnte Ihr Paket (Bestellung {O}, Sendungsnummer 00340434161094027318) gestern nicht abgeben, weil die Haustür der Wohnanlage in der Kastanienallee verschlossen war.\n\nKönnten Sie uns den Türcode nennen oder einen Nachbarn, der das Paket annehmen darf? Unser Aktenzeichen: ZU-2026-1183.\n\nMit freundlichen Grüßen\nKundenservice Bürobedarf Hanse",
  [], "Clean door-code question with tracking and reference numbers.")

M("reply", "text", "Re: Frage zur 'Cozy Chunky Knit Blanket' ({O})",
  "Hallo Frau Albrecht,\n\ngute Frage! Die 'Cozy Chunky Knit Blanket' aus Ihrer Bestellung {O} stammt von einem irischen Hersteller, deshalb ist das Etikett auf Englisch. 'Hand wash only' bedeutet: bitte nur von Hand waschen, maximal 30 Grad.\n\nIn die Maschine sollte die Decke also besser nicht.\n\nViele Grüße\nMaren von Wohnwolke",
  [], "Clean reply quoting an English product title and label inside German sentences.")

M("reply", "text", "Re: Akku-Bohrschrauber lädt nicht mehr – {O}",
  "Sehr geehrter Herr Wolff,\n\nes tut uns leid, dass der Akku Ihres Bohrschraubers nach fünf Monaten nicht mehr lädt. Das Gerät fällt noch unter die zweijährige Herstellergarantie.\n\nGarantiefälle bearbeitet der Hersteller direkt. Garantie-Hotline des Herstellers (Kraftwerk Tools Deutschland): 0800 724 55 10, Montag bis Freitag von 8 bis 18 Uhr. Halten Sie bitte Ihre Bestellnummer {O} bereit.\n\nSollte es dort Schwierigkeiten geben, melden Sie sich gern wieder bei uns.\n\nMit freundlichen Grüßen\nStefan Reuter\nWerkzeug Reuter e. K.",
  [], "Clean reply with the manufacturer's warranty hotline marked as such.")

M("reply", "text", "Re: Firmendaten für Bestellung {O}",
  "Guten Tag Herr Dr. Engel,\n\nwie gewünscht hier unsere Firmendaten für Ihre Kreditorenbuchhaltung zu Bestellung {O}.\n\nMit freundlichen Grüßen\nKatharina Simon\nVertriebsinnendienst\n\n--\nPapeterie Simon GmbH\nKönigstraße 41, 70173 Stuttgart\nRegistergericht: Amtsgericht Stuttgart, HRB 762415\nUSt-IdNr.: DE 314 882 907\nGeschäftsführerin: Katharina Simon",
  [], "Clean reply with a German company-details footer (Impressum-style).")

M("reply", "html", "Re: Wo bleibt meine Erstattung? ({O})",
  "<p>Hallo Herr Aydın,</p>\n<p>ich habe nachgesehen: Ihre Rücksendung (Retourennummer RT-40937, Hermes-Sendungsnummer H1002380117654302) wurde am 30.11.2026 um 9:47 Uhr in unserem Lager erfasst.</p>\n<p>Die Erstattung über 112,80 € zu Bestellung {O} haben wir am 03.12.2026 ausgelöst. Je nach Bank dauert es 3 bis 5 Werktage, bis der Betrag auf Ihrem Konto ist.</p>\n<p>Viele Grüße<br>Jana<br>Fahrradteile Ostwind</p>",
  [], "Clean HTML reply with return/tracking numbers, dates, time and amount.")

# ---------------------------------------------------------------- violations (31)
M("fulfillment-question", "text", "Ihr Paket ist unterwegs – {O}",
  "Hallo,\n\ngute Nachrichten: Ihre Bestellung {O} hat heute früh unser Lager in Kassel verlassen und wurde an GLS übergeben. In ein bis zwei Tagen sollte sie bei Ihnen sein.\n\nViele Grüße\nIhr Team von Futterkiste Pfötchen",
  ["BSM201"], "Shipping confirmation: left the warehouse, handed to the carrier.")

M("fulfillment-question", "html", "Wir legen los! ({O})",
  "<p>Hallo Marie,</p>\n<p>deine Bestellung {O} ist gut bei uns eingegangen. Wir packen deine Seifen gerade von Hand ein, in Seidenpapier, damit nichts zerbricht.</p>\n<p>Liebe Grüße<br>Seifenmanufaktur Lavendelhof</p>",
  ["BSM201"], "Order confirmation: received and being packed.")

M("fulfillment-question", "text", "Danke! – {O}",
  "Lieber Herr Brückner,\n\nganz herzlichen Dank für Ihre Bestellung {O} bei der Samengärtnerei Wildwuchs. Es freut uns riesig, dass Sie eine kleine Gärtnerei unterstützen!\n\nGrüne Grüße\nUlla und Jens",
  ["BSM202"], "Thanks-only message.")

M("reply", "text", "Re: Bestellung {O}",
  "Guten Tag,\n\nsollte mit Ihrem Brettspiel wider Erwarten etwas nicht stimmen, sind wir jederzeit für Sie da. Schreiben Sie uns einfach eine Nachricht.\n\nFreundliche Grüße\nSpielekiste Bamberg",
  ["BSM202"], "Only an offer to help if a problem comes up.")

M("delivery-delay", "text", "Neuer Versandtermin für Bestellung {O}",
  "Sehr geehrte Frau Hartmann,\n\nIhr Hochbeet (Bestellung {O}) wird leider erst am 21.12.2026 statt am 11.12.2026 versendet, da die Lärchenbretter noch nachgeliefert werden.\n\nWir bitten um Entschuldigung.\n\nMit freundlichen Grüßen\nGartenholz Schwarzwald\n\nPS: Bis Sonntag erhalten Sie mit dem Code WINTER20 20 % Rabatt auf unser gesamtes Sortiment.",
  ["BSM203"], "Delivery delay with a P.S. offering 20% off the whole range.")

M("additional-information", "text", "Rückfrage zum Namen im Buch – Bestellung {O}",
  "Hallo Frau Lindner,\n\nkurze Rückfrage zu Ihrer Bestellung {O}: Im personalisierten Kinderbuch soll der Name „Mia“ stehen, in Ihrer Nachricht schreiben Sie aber „Mira“. Welcher Name ist richtig?\n\nÜbrigens: Folgen Sie uns auf Instagram und melden Sie sich zu unserem Newsletter an – im Januar erscheint unsere neue Reihe mit Vorlesebüchern!\n\nHerzliche Grüße\nBuchwerkstatt Sternschnuppe",
  ["BSM203"], "Permitted question plus follow-us, newsletter and new collection promotion.")

M("review-request", "text", "Wie schmeckt der Tee? (Bestellung {O})",
  "Hallo Herr Franke,\n\nSie haben kürzlich unseren Ostfriesentee 'Broken Blatt' gekauft (Bestellung {O}). Würden Sie auf Amazon eine Rezension schreiben?\n\nAls kleines Dankeschön schicken wir Ihnen eine Probierdose unserer Wintermischung, sobald Ihre Bewertung online ist.\n\nMit herzlichen Grüßen\nTeekontor Leer",
  ["BSM204"], "Small gift once the review is published.")

M("review-request", "text", "Bewertung und Erstattung – Bestellung {O}",
  "Sehr geehrte Frau Busch,\n\nwir würden uns sehr über eine Rezension zur Faszienrolle aus Bestellung {O} freuen. Geben Sie uns einfach Bescheid, sobald Ihre Rezension sichtbar ist, dann erstatten wir Ihnen den vollen Kaufpreis.\n\nSportliche Grüße\nFitLine Studio-Bedarf",
  ["BSM204"], "Full refund once the review is online.")

M("reply", "text", "Re: Reklamation Wanderrucksack ({O})",
  "Sehr geehrter Herr Kaiser,\n\nschön, dass der klemmende Reißverschluss am Wanderrucksack erledigt ist und der Ersatzschieber inzwischen bei Ihnen angekommen ist (Bestellung {O}).\n\nDa nun alles in Ordnung ist: Wären Sie so nett, Ihre Ein-Stern-Bewertung zu überarbeiten oder sie zu löschen? Für einen kleinen Betrieb wie unseren zählt jede Bewertung.\n\nMit freundlichen Grüßen\nBergsport Zugspitzblick",
  ["BSM205"], "Asks to revise or delete a one-star review.")

M("review-request", "text", "Zufrieden mit Ihrem Sauerteig? ({O})",
  "Hallo Frau Roth,\n\nIhr Sauerteig-Starterset (Bestellung {O}) ist jetzt seit ein paar Wochen im Einsatz. Wenn Sie zufrieden sind, freuen wir uns sehr über eine Rezension auf Amazon.\n\nFalls etwas nicht passt, schreiben Sie bitte keine Bewertung, sondern melden Sie sich zuerst bei uns, dann finden wir gemeinsam eine Lösung.\n\nViele Grüße\nBackstube Krume",
  ["BSM206"], "Review only if satisfied; unhappy buyers steered to contact the seller.")

M("review-request", "html", "Eine kleine Bitte zu Bestellung {O}",
  "<p>Sehr geehrter Herr Schäfer,</p>\n<p>vor Kurzem haben Sie den höhenverstellbaren Schreibtisch aus Bestellung {O} erhalten.</p>\n<p>Wir möchten Sie herzlich bitten, den Schreibtisch auf Amazon mit fünf Sternen zu bewerten. Das hilft uns als Familienbetrieb enorm.</p>\n<p>Mit freundlichen Grüßen<br>Büromöbel Schäfer &amp; Söhne</p>",
  ["BSM206"], "Asks for a five-star rating.")

M("order-problem", "text", "Problem mit Ihrer Bestellung {O}",
  "Sehr geehrte Frau Jung,\n\ndie Satin-Bettwäsche in Salbeigrün aus Ihrer Bestellung {O} war leider schon vergriffen, als wir packen wollten. Den Bestellbetrag von 89,00 € haben wir angepasst (Grund: kein Bestand).\n\nAm schnellsten geht es, wenn Sie die Bestellung selbst unter „Meine Bestellungen“ stornieren.\n\nMit freundlichen Grüßen\nBettenhaus Rhön",
  ["BSM108"], "Adjustment confirmed, but advises the buyer to cancel herself.")

M("order-problem", "text", "Bestellung {O} leider nicht lieferbar",
  "Sehr geehrter Herr Kühn,\n\ndie handbemalten Espressotassen aus Ihrer Bestellung {O} sind restlos vergriffen, und die Künstlerin legt die Serie nicht neu auf.\n\nWir wären Ihnen dankbar, wenn Sie über Ihr Amazon-Konto einen Stornierungsantrag stellen könnten. Entschuldigen Sie die Unannehmlichkeiten.\n\nMit freundlichen Grüßen\nTassenwerk Dresden",
  ["BSM107", "BSM108"], "Asks for a cancellation request without confirming an adjustment.")

M("delivery-delay", "text", "Lieferzeit zu Bestellung {O} angepasst",
  "Hallo Familie Winkler,\n\nder Holzschlitten aus Bestellung {O} braucht noch eine zweite Lackschicht und wird deshalb erst am 17.12.2026 verschickt.\n\nDas tut uns wirklich leid.\n\nViele Grüße\nSchlittenbau Erzgebirge\n\nSie möchten keine Nachrichten mehr von uns? Antworten Sie einfach mit STOP, dann melden wir Sie ab.",
  ["BSM305"], "Reply-STOP opt-out instruction.")

M("delivery-delay", "text", "Verzögerung bei Bestellung {O}",
  "Hallo Herr Baumann,\n\nIhr Terrassenheizstrahler (Bestellung {O}) ist noch nicht raus. Die Scheiß-Spedition hat unsere komplette Palette zum zweiten Mal verschlampt, so ein verdammter Saftladen.\n\nWir rechnen damit, den Heizstrahler am 16.12.2026 doch noch zu versenden.\n\nGruß\nTerrassenwärme Emsland",
  ["BSM306"], "German profanity about the carrier.")

M("delivery-delay", "text", "Vertraging van uw bestelling {O}",
  "Beste heer Lorenz,\n\nHelaas wordt uw bestelling {O} (boekenkast van eikenhout) later verzonden dan gepland. Onze houtdrogerij loopt achter; de nieuwe verzenddatum is 18 december 2026.\n\nExcuses voor het ongemak.\n\nMet vriendelijke groet,\nMeubelatelier Van Houten",
  ["BSM104"], "Whole message in Dutch to a de-DE buyer.")

M("reply", "text", "Re: Montage Schweberegal ({O})",
  "Sehr geehrte Frau Fuchs,\n\ngern erklären wir Ihnen die Wandmontage des Schweberegals aus Bestellung {O} am Telefon. Rufen Sie uns einfach unter 0221 48392710 an, wir sind werktags von 9 bis 17 Uhr in der Werkstatt.\n\nMit freundlichen Grüßen\nRegalbau Köln",
  ["BSM309"], "Seller's own landline in German national format.")

M("reply", "text", "Re: Aufbau Hochbett, Bestellung {O}",
  "Hi Jonas,\n\ndie Schrauben für die Leiter vom Hochbett aus Bestellung {O} sind im Beutel mit dem Buchstaben C. Wenn du nicht weiterkommst, ruf einfach Micha an: +49 171 5538204, der geht das mit dir durch.\n\nGruß\nMicha\nSchreinerei Möbelwerk Nord",
  ["BSM309"], "Mobile number in international format.")

M("reply", "text", "Re: Rechnungsadresse ändern ({O})",
  "Sehr geehrte Frau Lange,\n\ngern ändern wir die Rechnungsadresse zu Ihrer Parkett-Bestellung {O}. Schicken Sie die neuen Daten bitte an buchhaltung@parkett-lange.de, dann stellen wir die Rechnung neu aus.\n\nMit freundlichen Grüßen\nParkett Lange",
  ["BSM308"], "Plain e-mail address.")

M("reply", "text", "Re: Fotos vom Schaden ({O})",
  "Sehr geehrter Herr Graf,\n\ndanke für Ihre Nachricht, dass die Bodenvase mit einem Sprung angekommen ist (Bestellung {O}). Die Fotos können Sie an service (at) vasenhof (punkt) de schicken, wir schauen sie uns noch heute an.\n\nMit freundlichen Grüßen\nDer Vasenhof",
  ["BSM308"], "Obfuscated e-mail address with (at) and (punkt).")

M("additional-information", "html", "Ihr Gürtel – Bestellung {O}",
  "<p>Sehr geehrte Frau Seidel,</p>\n<p>für den Gürtel aus Bestellung {O} brauchen wir noch Ihren Bundumfang in Zentimetern, damit wir die Löcher richtig setzen.</p>\n<p>Wie Sie Ihren neuen Gürtel pflegen, lesen Sie übrigens in unserem Blog: <a href=\"https://www.lederwerk-seidel.de/blog/lederpflege\">Lederpflege-Tipps im Lederwerk-Blog</a>.</p>\n<p>Mit freundlichen Grüßen<br>Lederwerk Seidel</p>",
  ["BSM302"], "https link with descriptive text to the seller's own site, not needed for the order.")

M("review-request", "html", "Ihre Rezension zum Katzenkratzbaum ({O})",
  "<p>Hallo Frau Vogel,</p>\n<p>Sie haben kürzlich den Kratzbaum aus Sisal gekauft (Bestellung {O}). Wir sind gespannt, was Sie und Ihre Katze davon halten.</p>\n<p><a href=\"http://www.amazon.de/review/create-review?asin=B0D2KTZ88M\">Rezension auf Amazon.de schreiben</a></p>\n<p>Viele Grüße<br>Samtpfote Tierbedarf</p>",
  ["BSM301"], "Insecure http link to Amazon with descriptive text.")

M("delivery-delay", "html", "Ihr Wasserkocher verspätet sich ({O})",
  "<p>Sehr geehrter Herr Ludwig,</p>\n<p>wegen eines Lieferengpasses beim Importeur wird Ihr Wasserkocher (Bestellung {O}) erst am 15.12.2026 statt heute versendet.</p>\n<p><img src=\"https://m.media-amazon.com/images/I/wasserkocher-edelstahl-1-7-liter.jpg\" alt=\"Wasserkocher Edelstahl, 1,7 Liter\" width=\"300\"></p>\n<p>Mit freundlichen Grüßen<br>Küchenwelt Heilbronn</p>",
  ["BSM310"], "Image of the purchased product.")

M("delivery-scheduling", "html", "Liefertermin für Ihr Boxspringbett – {O}",
  "<p>Sehr geehrte Familie Keller,</p>\n<p>Ihr Boxspringbett (Bestellung {O}) wird in drei Paketen von zwei Fahrern geliefert. Passt Ihnen Samstag, 19.12.2026, zwischen 10:00 und 14:00 Uhr?</p>\n<p><img src=\"https://m.media-amazon.com/images/G/alpen-see-sonnenaufgang.jpg\" alt=\"Bergsee bei Sonnenaufgang\" width=\"320\"></p>\n<p>Mit freundlichen Grüßen<br>Schlafwelt Oberhausen</p>",
  ["BSM311"], "Unrelated stock image of a mountain lake.")

M("review-request", "html", "Wie gefällt Ihnen der Bräter? ({O})",
  "<p><img src=\"" + IMG + "topfladen_logo.png\" width=\"160\"></p>\n<p>Sehr geehrter Herr Lorenz,</p>\n<p>Sie haben kürzlich den gusseisernen Bräter aus Bestellung {O} gekauft. Möchten Sie ihn auf Amazon rezensieren? Jede Meinung, ob lobend oder kritisch, hilft anderen bei der Auswahl.</p>\n<p>Mit freundlichen Grüßen<br>Der Topfladen</p>",
  ["BSM402"], "Shop logo without any alt attribute.")

M("delivery-delay", "text", "Noch etwas Geduld – Bestellung {O}",
  "Hallo Pia,\n\ndein gestrickter Loop-Schal (Bestellung {O}) ist fast fertig, ich warte nur noch auf ein neues Knäuel Merinowolle 🧶🙈 Ich rechne damit, ihn am 12.12. zu verschicken.\n\nSorry fürs Warten!\n\nLiebe Grüße\nBirte von Maschenglück",
  ["BSM403"], "Emoji in a delivery delay.")

M("additional-information", "text", "Farbwahl zu Bestellung {O}",
  "Hallo Herr Berger,\n\nfür Ihre Bestellung {O} (Namensschild aus Holz) fehlt uns noch die Schriftfarbe: schwarz, weiß oder natur? Dann sägen wir morgen los :-)\n\nGrüße aus der Werkstatt\nHolzkopf Manufaktur",
  ["BSM403"], "Text emoticon :-) in an information request.")

M("delivery-delay", "html", "Aktuelles zu Ihrer Bestellung {O}",
  "<style>\nh1 { font-size: 26px; }\nh3 { font-size: 17px; }\n.text { font-size: 13px; }\n.fuss { font-size: 10px; }\n</style>\n<h1>Lieferverzögerung</h1>\n<h3>Bestellung {O}</h3>\n<p class=\"text\">Sehr geehrte Frau Horn, Ihre Stehleuchte aus Messing wird am 17.12.2026 statt am 10.12.2026 versendet.</p>\n<p class=\"fuss\">Leuchten Horn, Bielefeld</p>",
  ["BSM410"], "Four explicit font sizes in a <style> block.")

M("additional-information", "html", "Rückfrage Lieferadresse – {O}",
  "<p>Sehr geehrter Herr Scholz,</p>\n<p>für die Zustellung Ihrer Bestellung {O} in der Lindenstraße 8, Göttingen, fehlt uns der Name auf dem Klingelschild.</p>\n<p>&nbsp;</p>\n<p>&nbsp;</p>\n<p>Könnten Sie uns den Namen auf dem Klingelschild nennen?<br><br><br><br>Dann können wir die Bestellung fertigmachen.</p>\n<p>Mit freundlichen Grüßen<br>Buchhandlung Scholz</p>",
  ["BSM412"], "Empty paragraphs and a <br> run in HTML.")

M("return-follow-up", "text", "[Wichtig] Ihre Rücksendung zu Bestellung {O}",
  "Guten Tag Frau Kraus,\n\nIhre zurückgesandte Kaffeemühle (Bestellung {O}) hat nur einen kleinen Kratzer am Gehäuse. Wir bieten Ihnen eine Teilerstattung von 15,00 € an, wenn Sie die Mühle behalten möchten. Geben Sie uns kurz Bescheid?\n\nMit freundlichen Grüßen\nMahlwerk Kaffeezubehör",
  ["BSM110"], "[Wichtig] tag on a return follow-up.")

M("reply", "html", "Re: Anleitung Regenverdeck Kinderwagen – {O}",
  "<p>Hallo Herr Wendt,</p>\n<p>die Aufbauanleitung für das Regenverdeck aus Bestellung {O} finden Sie auf der Produktseite bei Amazon, <a href=\"https://www.amazon.de/dp/B0B7FZR5TV\">hier</a>.</p>\n<p>Viele Grüße<br>Kinderwagenwelt Kiel</p>",
  ["BSM401"], "Non-descriptive 'hier' link text.")

# ---------------------------------------------------------------- varying (2)
M("review-request", "html", "Ihre Erfahrung mit dem Vogelfutterhaus ({O})",
  "<p><a href=\"https://www.vogelhaus-manufaktur-kranich.de\"><img src=\"" + IMG + "kranich_logo.png\" alt=\"Logo Vogelhaus-Manufaktur Kranich\" width=\"170\"></a></p>\n<p>Hallo Frau Winter,</p>\n<p>Sie haben bei uns ein Vogelfutterhaus aus Lärchenholz gekauft (Bestellung {O}). Wir freuen uns, wenn Sie auf Amazon eine Rezension dazu schreiben.</p>\n<p>Mit freundlichen Grüßen<br>Vogelhaus-Manufaktur Kranich</p>",
  ["BSM302", "BSM304"], "Shop logo wrapped in a link to the shop's website.")

M("delivery-scheduling", "html", "Liefertermin Waschmaschine – Bestellung {O}",
  "<p>Guten Tag Herr Böhm,</p>\n<p>für die Lieferung Ihrer Waschmaschine (Bestellung {O}) wählen Sie bitte direkt hier Ihr Wunschzeitfenster aus:</p>\n<form method=\"post\">\n<select name=\"slot\">\n<option>Di, 15.12.2026, 8:00–12:00 Uhr</option>\n<option>Mi, 16.12.2026, 12:00–17:00 Uhr</option>\n</select>\n<input type=\"submit\" value=\"Termin bestätigen\">\n</form>\n<p>Mit freundlichen Grüßen<br>Hausgeräte Böhm</p>",
  ["BSM312"], "Embedded HTML form for picking a delivery slot.")
