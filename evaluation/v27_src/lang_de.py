"""v27 blind evaluation messages, German (de-DE, a few de-AT)."""

LANG = "de"
LOCALE = "de-DE"


def _oid(n):
    a = (2790413 + n * 155921) % 9000000 + 1000000
    b = (6120457 + n * 84317) % 9000000 + 1000000
    return "583-%07d-%07d" % (a, b)


MESSAGES = []


def _m(n, typ, fmt, subject, body, expected, note, locale=LOCALE):
    MESSAGES.append({
        "id": "v27-de-%03d" % n, "language": LANG, "locale": locale, "type": typ,
        "format": fmt, "subject": subject, "body": body, "order_id": _oid(n),
        "expected": sorted(expected), "note": note,
    })


O = {n: _oid(n) for n in range(1, 51)}

# ---------------- clean (17) ----------------
_m(1, "delivery-delay", "text", f"Ihre Bestellung {O[1]}: neuer Versandtermin",
f"""Sehr geehrte Frau Hartmann,

wir müssen Sie leider vertrösten: Ihre Umhängetasche aus Rindsleder (Bestellung {O[1]}) wird bei uns in der Werkstatt von Hand genäht, und unsere Sattlerin fällt krankheitsbedingt eine Woche aus.

Nach jetzigem Stand können wir die Tasche am Donnerstag, 17.12.2026, auf den Weg bringen.

Passt Ihnen das nicht, schreiben Sie uns bitte über Amazon, dann überlegen wir gemeinsam, wie es weitergeht.

Mit freundlichen Grüßen
Andreas Huber
Lederwerkstatt Huber, Landshut""",
[], "Plain-text delivery delay with a new ship date.")

_m(2, "delivery-delay", "html", f"Lieferverzögerung zu Bestellung {O[2]}",
f"""<table width="100%" cellpadding="0" cellspacing="0">
<tr><td>
<p>Guten Tag Herr Yıldız,</p>
<p>zu Ihrer Bestellung <strong>{O[2]}</strong> (Akku-Bohrschrauber mit Ladegerät) eine kurze Info: Der Hersteller hat eine Charge Ladegeräte vorsorglich zurückgerufen, die Ersatzlieferung ist unterwegs zu uns.</p>
<p>Voraussichtlicher Versand: <strong>Montag, 14. Dezember 2026</strong>. Sie müssen nichts weiter tun.</p>
<p>Freundliche Grüße<br>Ihr Kundenservice<br>Werkzeugprofi Nord GmbH</p>
</td></tr>
</table>""",
[], "Builder HTML delivery delay, no styles.")

_m(3, "order-problem", "text", f"[Wichtig] Artikel nicht lieferbar - Bestellung {O[3]}",
f"""Sehr geehrter Herr Schulz,

leider können wir Ihnen die Küchenmaschine aus Ihrer Bestellung {O[3]} nicht liefern. Unser Großhändler hat uns gestern mitgeteilt, dass das Modell in Deutschland nicht mehr vertrieben wird; wir haben kein Gerät mehr am Lager.

Wir haben den Bestellbetrag deshalb vollständig angepasst; die 329,00 € werden Ihnen über Amazon erstattet. Sie müssen dafür nichts unternehmen.

Bitte entschuldigen Sie die Unannehmlichkeiten.

Mit freundlichen Grüßen
Küchenwelt Schwabing""",
[], "Order problem confirming the amount adjustment; [Wichtig] allowed on this type.")

_m(4, "additional-information", "text", f"Rückfrage zum Trikotdruck ({O[4]})",
f"""Hallo Frau Öztürk,

für die Beflockung der Fußballtrikots (Bestellung {O[4]}) fehlt uns noch eine Angabe: Welche Rückennummern sollen auf die 11 Trikots? Im Bestellfeld ist leider nichts angekommen.

Schicken Sie uns die Nummern einfach über Amazon, dann geht der Auftrag in die Druckerei.

Beste Grüße
Jana von Teamsport Leipzig""",
[], "Request for information needed to fulfil a personalised order.")

_m(5, "return-follow-up", "text", f"Ihre Rücksendung zu {O[5]}",
f"""Sehr geehrter Herr Brandt,

Sie haben das zwölfteilige Kaffeeservice aus Bestellung {O[5]} zur Rücksendung angemeldet, weil eine Tasse einen abgeschlagenen Henkel hat.

Falls Sie das Service behalten möchten, erstatten wir Ihnen 12,00 € (Kaufpreis 89,90 €); das Zurückschicken des ganzen Pakets entfällt dann. Möchten Sie es trotzdem zurückgeben, bearbeiten wir die Rücksendung natürlich wie angemeldet.

Geben Sie uns kurz Bescheid?

Mit freundlichen Grüßen
Miriam Wolf
Porzellan Wolf, Selb""",
[], "Return follow-up offering a partial refund.")

_m(6, "return-follow-up", "html", f"Rückfrage zur Retoure {O[6]}",
f"""<p>Grüß Gott Herr Gruber,</p>
<p>in Ihrer Bestellung {O[6]} waren zwei Paar Skischuhe (Größe 27,5 und 28,5). Angemeldet ist aber nur eine Retoure. Gehen beide Paare zurück oder nur eines, und wenn ja, welches?</p>
<p>Schöne Grüße aus Innsbruck<br>Alpin Sport Tirol</p>""",
[], "Return follow-up asking for information needed to complete the return.", locale="de-AT")

_m(7, "invoice", "text", f"Rechnung zu Ihrer Bestellung {O[7]}",
f"""Sehr geehrte Damen und Herren,

anbei erhalten Sie die Rechnung Nr. RE/2026/12/0318 zu Ihrer Bestellung {O[7]}.

Rechnungsdatum: 03.12.2026
Nettobetrag: 200,00 €
zzgl. 19 % USt.: 38,00 €
Gesamtbetrag: 238,00 €

Mit freundlichen Grüßen
Ihre Buchhaltung

Elektrogroßhandel Rhein-Main GmbH
Hanauer Landstraße 120, 60314 Frankfurt am Main
Geschäftsführer: Thomas Keller
Amtsgericht Frankfurt am Main, HRB 112233
USt-IdNr.: DE 287654321""",
[], "Invoice with USt-IdNr., HRB and a slashed invoice number.")

_m(8, "review-request", "text", f"Ihre Meinung zu Bestellung {O[8]}",
f"""Guten Tag Frau Lehmann,

vor einigen Tagen ist Ihr Faltschloss (Bestellung {O[8]}) bei Ihnen eingetroffen. Wir würden uns freuen, wenn Sie sich die Zeit nehmen, auf Amazon eine Rezension zum Produkt zu schreiben. Ehrliche Erfahrungen helfen anderen Kunden bei der Entscheidung.

Viele Grüße
Radhaus Sauerland""",
[], "Neutral plain-text review request.")

_m(9, "review-request", "html", f"Wie gefällt Ihnen Ihr Einkauf? ({O[9]})",
f"""<p><img src="https://static.gewuerzhaus-bremen.de/mail/logo-gewuerzhaus-bremen.png" alt="Logo Gewürzhaus Bremen" width="190" height="60"></p>
<p>Sehr geehrter Herr Albrecht,</p>
<p>Sie haben kürzlich bei uns ein Gewürzset bestellt (Bestellung {O[9]}). Teilen Sie Ihre Erfahrung gern mit anderen Kunden, indem Sie <a href="https://www.amazon.de/review/create-review?asin=B0DGEW7711">eine Rezension auf Amazon schreiben</a>.</p>
<p>Herzliche Grüße<br>Ihr Gewürzhaus Bremen</p>""",
[], "Neutral HTML review request with logo alt and descriptive https Amazon link.")

_m(10, "delivery-scheduling", "text", f"Liefertermin für Ihren Kühlschrank - {O[10]}",
f"""Sehr geehrte Familie Neumann,

Ihr Kühlschrank (Bestellung {O[10]}) wird von unserer Spedition mit zwei Mann geliefert. Dafür müssen wir vorab einen Termin mit Ihnen abstimmen.

Mögliche Termine:
Mittwoch, 16.12., 8:00-12:00 Uhr
Freitag, 18.12., 12:00-16:00 Uhr
Montag, 21.12., 8:00-12:00 Uhr

Bitte teilen Sie uns mit, welcher Termin passt, und ob es einen Aufzug gibt.

Mit freundlichen Grüßen
Disposition Elektro Wagner""",
[], "Delivery scheduling for a bulky item with dates and time windows.")

_m(11, "home-service-appointment", "html", f"Terminvorschlag Montage - {O[11]}",
f"""<p>Guten Tag Frau Krüger,</p>
<p>für die Montage Ihrer Markise (Amazon Home Services, Bestellung {O[11]}) können wir Ihnen folgende Termine anbieten:</p>
<ul>
<li>Donnerstag, 10. Dezember, 9:00 bis 12:00 Uhr</li>
<li>Samstag, 12. Dezember, 10:00 bis 13:00 Uhr</li>
</ul>
<p>Unser Monteur Herr Becker bringt das Werkzeug mit. Welcher Termin passt Ihnen?</p>
<p>Mit freundlichen Grüßen<br>Montageservice Sonnenschutz Berlin</p>""",
[], "Home-service appointment with dates and time slots.")

_m(12, "custom-design-verification", "text", f"Korrekturabzug Vereinswimpel ({O[12]})",
f"""Hallo Herr Schmitt,

im Anhang finden Sie den Entwurf für die Wimpel Ihres Schützenvereins (Bestellung {O[12]}). Bitte prüfen Sie vor allem den Vereinsnamen, das Gründungsjahr (1908) und die Farben des Wappens.

Wenn alles stimmt, geben Sie uns kurz Ihr Okay, dann gehen die 50 Stück in die Stickerei. Änderungen sind in diesem Schritt kostenlos.

Herzliche Grüße
Lena von Fahnen Federleicht""",
[], "Custom design proof for approval.")

_m(13, "fulfillment-question", "text", f"Zugangscode für Zustellung {O[13]}",
f"""Guten Tag Herr Lorenz,

Ihr Paket (Bestellung {O[13]}) soll an die Speicherstadt-Residenz, Aufgang C, zugestellt werden. Soweit wir wissen, lässt sich die Haustür dort nur mit einem Code öffnen.

Würden Sie uns den Türcode mitteilen? Alternativ reicht auch ein Ablageort, etwa der Fahrradkeller. Bitte geben Sie dabei unsere Vorgangsnummer VG-2026-08815 an.

Freundliche Grüße
Versandabteilung Buchhandlung Hanse""",
[], "Door-code question with a reference number.")

_m(14, "reply", "text", f"AW: Frage zum 'Chef's Knife Damascus 20 cm' ({O[14]})",
f"""Hallo Herr Vogel,

das 'Chef's Knife Damascus 20 cm' aus Ihrer Bestellung {O[14]} ist nicht spülmaschinengeeignet. Am besten spülen Sie es von Hand und trocknen es gleich ab.

Zum Nachschärfen empfehlen wir einen Wasserstein mit Körnung 1000/6000.

Viele Grüße
Tobias
Messerschmiede am Hafen""",
[], "Reply quoting an English product title inside German sentences.")

_m(15, "reply", "text", f"AW: Spülmaschine zeigt Fehler E15 ({O[15]})",
f"""Sehr geehrte Frau Richter,

ärgerlich, dass Ihr Geschirrspüler aus Bestellung {O[15]} schon nach vier Wochen den Fehler E15 anzeigt. Da das Gerät unter die Herstellergarantie fällt, ist der Kundendienst des Herstellers der schnellste Weg:

Garantie-Hotline des Herstellers (Bosch Kundendienst): 089 69 339 339

Der Techniker kommt in der Regel innerhalb weniger Tage zu Ihnen. Sollte das nicht klappen, melden Sie sich gern wieder bei uns.

Mit freundlichen Grüßen
Haushaltstechnik Franke""",
[], "Reply with the manufacturer's warranty hotline, marked as such.")

_m(16, "reply", "html", f"AW: Firmendaten ({O[16]})",
f"""<p>Sehr geehrter Herr Zimmermann,</p>
<p>gern senden wir Ihnen unsere Firmendaten für Ihre Buchhaltung zur Bestellung {O[16]}.</p>
<p>Mit freundlichen Grüßen<br>Sabine Hofmann<br>Kundenservice</p>
<p><small>Imkereibedarf Hofmann &amp; Söhne GmbH &middot; Industriestraße 7 &middot; 90411 Nürnberg<br>Registergericht: Amtsgericht Nürnberg, HRB 34567<br>USt-IdNr.: DE 198765432 &middot; Geschäftsführerin: Sabine Hofmann</small></p>""",
[], "Reply with a company-details footer.")

_m(17, "reply", "text", f"AW: Wann kommt meine Erstattung? {O[17]}",
f"""Hallo Frau Kaya,

ich habe nachgesehen: Ihre Rücksendung der Wanderstiefel (Retourennummer R-77120, Sendungsnummer 00340434161094027317) ist am Freitag, 04.12.2026, um 9:48 Uhr in unserem Lager eingegangen.

Am Montag, 07.12.2026, haben wir 54,90 € für die Bestellung {O[17]} erstattet. Je nach Bank dauert die Gutschrift 3 bis 5 Werktage.

Viele Grüße
Petra Schneider
Schuhhaus Schneider, Göttingen""",
[], "Reply with return and tracking numbers, dates, times and amounts.")

# ---------------- violations (31) ----------------
_m(18, "fulfillment-question", "text", f"Ihr Paket ist unterwegs - {O[18]}",
f"""Hallo Herr Braun,

gute Nachrichten: Ihr Tee (Bestellung {O[18]}) ist heute Vormittag fertig gepackt aus unserem Lager in Bielefeld gegangen und wurde an DHL übergeben.

Viele Grüße
Teestube Ostwestfalen""",
["BSM201"], "Shipment confirmation: left the warehouse, handed to the carrier.")

_m(19, "additional-information", "text", f"Bestellung {O[19]} eingegangen",
f"""Sehr geehrte Frau Schäfer,

vielen Dank, Ihre Bestellung {O[19]} ist bei uns eingegangen. Die sechs Flaschen Riesling werden gerade sorgfältig für den Versand verpackt.

Mit freundlichen Grüßen
Weinhandlung am Mittelrhein""",
["BSM201"], "Order confirmation: received and being packed.")

_m(20, "reply", "text", f"Vielen Dank ({O[20]})",
f"""Hallo Herr Aydin,

tausend Dank, dass Sie sich für unsere handgemachten Seifen entschieden haben (Bestellung {O[20]}). Kunden wie Sie machen unsere kleine Manufaktur erst möglich.

Herzlichst
Ihre Seifenküche Lüneburg""",
["BSM202"], "Thanks only.")

_m(21, "fulfillment-question", "text", f"Bestellung {O[21]}",
f"""Guten Tag,

sollte es Fragen oder Probleme mit Ihrer Bestellung {O[21]} geben, sind wir jederzeit gern für Sie da.

Freundliche Grüße
Angelsport Wörthersee""",
["BSM202"], "Only offers help if a problem comes up.", locale="de-AT")

_m(22, "delivery-delay", "text", f"Verzögerung bei Ihrer Bestellung {O[22]}",
f"""Guten Tag Herr Peters,

Ihr Aquarellkasten (Bestellung {O[22]}) ist beim Hersteller in Nachproduktion. Wir versenden ihn voraussichtlich am Freitag, 11.12.2026.

Beste Grüße
Künstlerbedarf Elbflorenz

PS: Nur bis Sonntag gibt's 20 % Rabatt auf alles im Shop, Gutscheincode PINSEL20.""",
["BSM203"], "Delay message with a promotional 20% P.S.")

_m(23, "additional-information", "html", f"Gravur für Ihren Ring? {O[23]}",
f"""<p>Hallo Frau Fuchs,</p>
<p>bei Ihrer Bestellung {O[23]} haben Sie die kostenlose Innengravur gewählt, aber keinen Text angegeben. Was dürfen wir eingravieren?</p>
<p>Übrigens: Unsere neue Kollektion „Nordlicht“ ist da. Abonnieren Sie unseren Newsletter und folgen Sie uns auf Instagram, um nichts zu verpassen!</p>
<p>Liebe Grüße<br>Goldschmiede Lindner</p>""",
["BSM203"], "Information request with new collection, newsletter and follow-us promotion.")

_m(24, "review-request", "text", f"Dankeschön für Ihre Bewertung ({O[24]})",
f"""Sehr geehrter Herr Keller,

wir hoffen, das Werkzeugset aus Bestellung {O[24]} leistet Ihnen gute Dienste. Sobald Ihre Rezension auf Amazon erschienen ist, schicken wir Ihnen als Anerkennung einen Satz Bits gratis zu.

Mit freundlichen Grüßen
Werkzeughandel Keller""",
["BSM204"], "Free product once the review is published.")

_m(25, "review-request", "text", f"Geld zurück - {O[25]}",
f"""Hi,

du bekommst die kompletten 24,99 € für die Bluetooth-Kopfhörer (Bestellung {O[25]}) zurück, sobald deine Rezension online ist. Einfach Bewertung schreiben und uns den Link schicken.

Grüße
SoundDrop""",
["BSM204"], "Full refund as soon as the review is online.")

_m(26, "reply", "text", f"AW: Ihre Bewertung zu {O[26]}",
f"""Sehr geehrter Herr Schuster,

der fehlende Beschlag für Ihr Gartentor (Bestellung {O[26]}) ist ja inzwischen nachgeliefert worden. Dürfen wir Sie bitten, Ihre Ein-Stern-Bewertung noch einmal zu überdenken und zu ändern, oder sie ganz herauszunehmen? Als Familienbetrieb trifft uns so etwas leider sehr.

Mit freundlichen Grüßen
Metallbau Seidel""",
["BSM205"], "Asks to change or delete a one-star review.")

_m(27, "review-request", "text", f"Alles gut mit Bestellung {O[27]}?",
f"""Liebe Kundin, lieber Kunde,

hat Ihnen die Kaffeemühle (Bestellung {O[27]}) gefallen? Dann freuen wir uns über eine Rezension auf Amazon. Und falls nicht: Bitte schreiben Sie uns dann lieber direkt, anstatt eine Bewertung abzugeben.

Herzliche Grüße
Mahlwerk Manufaktur""",
["BSM206"], "Review only if satisfied; unhappy buyers steered to contact the seller.")

_m(28, "review-request", "text", f"Volle Punktzahl? ({O[28]})",
f"""Servus Herr Pichler,

passen die Tourenski aus Bestellung {O[28]}? Wenn Sie uns auf Amazon fünf Sterne dalassen, wär das für unser kleines Geschäft ein echter Segen!

Liebe Grüße
Skiwerkstatt Schladming""",
["BSM206"], "Asks for a five-star rating.", locale="de-AT")

_m(29, "order-problem", "text", f"Teillieferung Bestellung {O[29]}",
f"""Sehr geehrte Frau Maier,

vom bestellten Besteckset sind leider nur noch 6 statt 12 Gabeln vorrätig (Bestellung {O[29]}). Den Differenzbetrag von 17,40 € haben wir bereits über Amazon gutgeschrieben, der Bestellbetrag ist also angepasst.

Falls Ihnen die halbe Menge nichts nützt: Am einfachsten ist es, wenn Sie die Bestellung selbst über Ihr Kundenkonto stornieren.

Mit freundlichen Grüßen
Tafelkultur Solingen""",
["BSM108"], "Amount adjusted, but advises the buyer to cancel the order herself.")

_m(30, "order-problem", "text", f"Ihre Bestellung {O[30]} - Lagerbestand",
f"""Sehr geehrter Herr Hahn,

der von Ihnen bestellte Fahrradanhänger ist bei uns leider nicht mehr am Lager; der Hersteller liefert erst wieder im März. Könnten Sie uns bitte den Gefallen tun und über Amazon die Stornierung der Bestellung {O[30]} beantragen? Dann ist der Vorgang für beide Seiten erledigt.

Besten Dank und freundliche Grüße
Radsport Hahnemann""",
["BSM107", "BSM108"], "Asks for a cancellation request without confirming the adjustment.")

_m(31, "delivery-delay", "html", f"Neuer Versandtermin {O[31]}",
f"""<p>Sehr geehrte Frau Jung,</p>
<p>die Laminiergeräte für Ihre Bestellung {O[31]} kommen erst verspätet von unserem Lieferanten. Wir versenden am <strong>Dienstag, 15.12.2026</strong>.</p>
<p>Mit freundlichen Grüßen<br>Bürotechnik24</p>
<p><small>Sie möchten keine weiteren Nachrichten von uns? Dann antworten Sie einfach mit ABMELDEN.</small></p>""",
["BSM305"], "Opt-out instruction (reply ABMELDEN to unsubscribe).")

_m(32, "reply", "text", f"AW: Defekte Lieferung {O[32]}",
f"""Hi Kevin,

echt jetzt? Dieser Scheißlieferant hat uns wohl 'ne ganze Palette Schrott angedreht, die Powerbank aus Bestellung {O[32]} ist schon der dritte Ausfall diese Woche. Verdammte Kacke. Wir schicken dir am Montag ein neues Gerät.

Gruß
Ralf vom Technikeck Rostock""",
["BSM306"], "German profanity in a reply.")

_m(33, "delivery-delay", "text", f"Delayed shipment - order {O[33]}",
f"""Dear Mr Winkler,

Your hiking backpack (order {O[33]}) is delayed because our supplier is behind schedule. We now expect to dispatch it on Tuesday 15 December.

We apologise for the inconvenience.

Best regards,
Bergsport Versand""",
["BSM104"], "Message in English to a de-DE buyer.")

_m(34, "reply", "text", f"AW: Frage zur Wandhalterung ({O[34]})",
f"""Guten Tag Herr Krause,

ob die TV-Halterung aus Bestellung {O[34]} an Ihrer Rigipswand hält, hängt von den Dübeln ab. Das klären wir am besten kurz telefonisch: Sie erreichen uns Mo-Fr von 9 bis 17 Uhr unter 030 / 2589 4471.

Viele Grüße
Medientechnik Spree""",
["BSM309"], "Seller phone number in German national format.")

_m(35, "delivery-scheduling", "text", f"Liefertermin Sofa - {O[35]}",
f"""Hallo Frau Haas,

für die Lieferung Ihres Ecksofas (Bestellung {O[35]}) müssen wir einen Termin mit Ihnen ausmachen. Am schnellsten geht das telefonisch, unser Disponent Herr Bauer ist unter +49 (0)171 3928 554 erreichbar.

Danke und Grüße
Polsterwelt Oberpfalz""",
["BSM309"], "Mobile phone number in international format.")

_m(36, "reply", "text", f"AW: Ersatzteil gesucht ({O[36]})",
f"""Sehr geehrter Herr Dietrich,

den passenden Dichtungsring für Ihren Schnellkochtopf (Bestellung {O[36]}) haben wir da. Schicken Sie uns Ihre Lieferadresse bitte an ersatzteile@kochprofi-versand.de, dann geht er noch diese Woche raus.

Mit freundlichen Grüßen
Kochprofi Versand""",
["BSM308"], "Plain e-mail address.")

_m(37, "return-follow-up", "text", f"Ihre Retoure {O[37]}: Fotos benötigt",
f"""Hallo Frau Engel,

Sie haben das Aquarium aus Bestellung {O[37]} wegen eines Risses in der Scheibe zur Rücksendung angemeldet. Damit wir die Retoure abschließen können, brauchen wir ein, zwei Fotos vom Schaden. Die schicken Sie bitte an retoure (at) aquaristik-engel (punkt) de.

Freundliche Grüße
Aquaristik Engel""",
["BSM308"], "Obfuscated e-mail address with (at) and (punkt).")

_m(38, "reply", "html", f"AW: Anleitung Mütze ({O[38]})",
f"""<p>Hallo Frau Lang,</p>
<p>für die Mütze aus dem Strickpaket (Bestellung {O[38]}) brauchen Sie die Rundstricknadel 4,5 mm, die im Paket liegt; das Muster steht auf der Banderole.</p>
<p>Weitere Ideen für Ihre Restwolle finden Sie in <a href="https://www.wollliebe-shop.de/blog/strickmuster">unserem Blog mit kostenlosen Strickmustern</a>.</p>
<p>Liebe Grüße<br>Wollliebe</p>""",
["BSM302"], "Descriptive https link to the seller's own blog.")

_m(39, "reply", "html", f"AW: Rechnung herunterladen {O[39]}",
f"""<p>Sehr geehrte Frau Arnold,</p>
<p>die Rechnung zu Bestellung {O[39]} steht zum Download bereit, und zwar in <a href="http://www.amazon.de/gp/css/order-history">Ihrer Bestellübersicht bei Amazon</a>.</p>
<p>Mit freundlichen Grüßen<br>Kamerahaus Weser</p>""",
["BSM301"], "Insecure http link to Amazon with descriptive text.")

_m(40, "reply", "html", f"AW: Wie sieht die Leuchte aufgebaut aus? ({O[40]})",
f"""<p>Guten Tag Herr Friedrich,</p>
<p>Sie fragten, wie hoch die Bogenleuchte aus Ihrer Bestellung {O[40]} aufgebaut ist: 2,10 m. So sieht sie fertig montiert aus:</p>
<p><img src="https://bilder.leuchtenhaus-ruhr.de/produkte/bogenleuchte-milano-montiert.jpg" alt="Bogenleuchte Milano, montiert" width="420"></p>
<p>Mit freundlichen Grüßen<br>Leuchtenhaus Ruhr</p>""",
["BSM310"], "Image of the purchased product.")

_m(41, "delivery-delay", "html", f"Verzögerung wegen Streik - {O[41]}",
f"""<p>Sehr geehrte Frau Brenner,</p>
<p>wegen des Bahnstreiks steckt unsere Lieferung fest; Ihr Dirndl (Bestellung {O[41]}) wird deshalb erst am Dienstag, 15. Dezember, versendet.</p>
<p><img src="https://cdn.trachtenstube-salzburg.at/mail/sonnenuntergang-strand.jpg" alt="Sonnenuntergang am Strand" width="400"></p>
<p>Mit freundlichen Grüßen<br>Trachtenstube Salzburg</p>""",
["BSM311"], "Unrelated stock image (beach sunset).", locale="de-AT")

_m(42, "review-request", "html", f"Ihre Erfahrung mit Bestellung {O[42]}",
f"""<p><img src="https://cdn.naehkorb-kiel.de/brand/logo-naehkorb.png" width="170"></p>
<p>Sehr geehrte Frau Schwarz,</p>
<p>Sie haben kürzlich Stoffe beim Nähkorb Kiel bestellt (Bestellung {O[42]}). Wir würden uns über eine Rezension auf Amazon freuen.</p>
<p>Freundliche Grüße<br>Nähkorb Kiel</p>""",
["BSM402"], "Shop logo without alt attribute.")

_m(43, "reply", "text", f"AW: Lieferung vor Weihnachten? {O[43]}",
f"""Hallo Frau Graf,

keine Sorge, das Bobbycar aus Ihrer Bestellung {O[43]} wird am Freitag, 11.12., versendet und ist damit locker vor Heiligabend da 🎄🎁

Viele Grüße
Spielzeugkiste Kassel""",
["BSM403"], "Emoji in a reply.")

_m(44, "additional-information", "text", f"Kurze Rückfrage zu {O[44]}",
f"""Moin Herr Ernst,

für die Bootspersenning aus Bestellung {O[44]} fehlen uns noch Bootstyp und Baujahr. Einfach kurz zurückschreiben ;)

Grüße von der Förde
Segelmacherei Kiel""",
["BSM403"], "Text emoticon ;) in an information request.")

_m(45, "delivery-delay", "html", f"Versand verschiebt sich - {O[45]}",
f"""<style>
h1 {{ font-size: 30px; }}
h3 {{ font-size: 21px; }}
td {{ font-size: 16px; }}
.hinweis {{ font-size: 12px; }}
</style>
<h1>Versandinformation</h1>
<h3>Zu Ihrer Bestellung {O[45]}</h3>
<table><tr><td>Sehr geehrter Herr Simon, Ihre Saunakabine wird wegen Lieferverzug beim Holzlieferanten erst am Mittwoch, 16.12.2026, verladen.</td></tr></table>
<p class="hinweis">Saunabau Simon GmbH, Paderborn</p>""",
["BSM410"], "Four explicit font sizes in a style block.")

_m(46, "delivery-scheduling", "text", f"Terminabsprache Klavierlieferung {O[46]}",
f"""Sehr geehrter Herr Beck,

für die Anlieferung Ihres E-Pianos (Bestellung {O[46]}) können wir am Montag, 14.12., oder am Mittwoch, 16.12., jeweils zwischen 10 und 14 Uhr kommen.



Welcher Tag passt Ihnen?

Mit freundlichen Grüßen
Musikhaus Beck""",
["BSM412"], "Three blank lines in a row in plain text.")

_m(47, "return-follow-up", "text", f"[Wichtig] Ihre Rücksendung {O[47]}",
f"""Guten Tag Frau Kühn,

zur Rücksendung der Jacke aus Bestellung {O[47]}: Welche Größe haben Sie zurückgeschickt? Im Paket lag kein Retourenschein.

Mit freundlichen Grüßen
Outdoorhaus Harz""",
["BSM110"], "[Wichtig] tag on a return follow-up.")

_m(48, "reply", "html", f"AW: Waschhinweise ({O[48]})",
f"""<p>Hallo Herr Wendt,</p>
<p>die Waschhinweise für die Daunendecke aus Bestellung {O[48]} stehen auf der Produktseite, und zwar <a href="https://www.amazon.de/dp/B0DDAUNE88">hier</a>.</p>
<p>Viele Grüße<br>Bettenhaus Wendt</p>""",
["BSM401"], "Non-descriptive link text 'hier'.")

# ---------------- variants (2) ----------------
_m(49, "delivery-delay", "html", f"Verzögerung zu Bestellung {O[49]}",
f"""<div style="padding: 0 140px;">
<p>Sehr geehrte Frau Sommer,</p>
<p>die geflochtene Hundeleine nach Maß (Bestellung {O[49]}) ist noch nicht fertig, weil das Paracord in Ihrer Wunschfarbe erst nachgeliefert wird. Der Versand ist jetzt für Montag, 14.12.2026, geplant.</p>
<p>Mit freundlichen Grüßen<br>Leinenwerk Sommerfeld</p>
</div>""",
["BSM405"], "140 px horizontal padding on the message container.")

_m(50, "review-request", "html", f"Ihre Meinung zu Bestellung {O[50]}",
f"""<p><a href="https://www.kerzenzieherei-wald.de"><img src="https://www.kerzenzieherei-wald.de/img/logo-kerzenzieherei-wald.png" alt="Logo Kerzenzieherei Wald" width="180"></a></p>
<p>Sehr geehrter Herr Busch,</p>
<p>Sie haben kürzlich Bienenwachskerzen bei uns gekauft (Bestellung {O[50]}). Wir würden uns über eine Rezension auf Amazon freuen.</p>
<p>Mit freundlichen Grüßen<br>Kerzenzieherei Wald</p>""",
["BSM302", "BSM304"], "Shop logo linked to the seller's website.")
