# -*- coding: utf-8 -*-
"""v26 blind evaluation set, German (de)."""

ORD = ['573-4256634-9087367', '573-7384610-4941539', '573-5313822-8853405', '573-5623020-5846518', '573-4162425-7132380', '573-5459542-1509647', '573-8081303-6293414', '573-4953934-4571674', '573-3532893-7224087', '573-1676305-1970178', '573-9576902-1059228', '573-6738208-6707848', '573-7164333-2022391', '573-3708313-7060926', '573-6057492-5429219', '573-2282430-8795846', '573-9185741-6969584', '573-7054233-6111085', '573-2537131-1779211', '573-6503657-6928497', '573-7542399-9127843', '573-7550123-7847543', '573-9322948-2746272', '573-5570676-9363307', '573-5702609-8912094', '573-6721133-1984083', '573-5598978-7524509', '573-5905330-1814385', '573-9263146-5268085', '573-6953283-6595729', '573-9007848-4392774', '573-6108317-8166841', '573-7377829-4386774', '573-1156802-6862571', '573-5846359-2008779', '573-5409159-2998258', '573-7950222-9383855', '573-5453857-4073124', '573-8466652-6056979', '573-3753964-1622213', '573-4970230-9629358', '573-2829240-2112881', '573-1393998-6945316', '573-2099451-2409671', '573-8454709-6624926', '573-3642298-6128436', '573-5802785-6181650', '573-7000994-7692993', '573-2347517-2362901', '573-7128097-3593837']

MESSAGES = []


def add(typ, fmt, subject, body, expected, note, locale="de-DE"):
    n = len(MESSAGES)
    o = ORD[n]
    MESSAGES.append({
        "id": "v26-de-%03d" % (n + 1),
        "language": "de",
        "locale": locale,
        "type": typ,
        "format": fmt,
        "subject": subject.replace("{o}", o),
        "body": body.replace("{o}", o).replace("{oraw}", o.replace("-", "")),
        "order_id": o,
        "expected": sorted(expected),
        "note": note,
    })


# ---------------------------------------------------------------- clean (17)
add("delivery-delay", "text", "Lieferverzögerung zu Ihrer Bestellung {o}",
    "Sehr geehrte Frau Schneider,\n\n"
    "leider verzögert sich der Versand Ihrer Bestellung {o}. Die Stehleuchte 'Lumina' ist bei unserem Hersteller in Italien noch nicht fertig lackiert.\n\n"
    "Nach aktuellem Stand können wir die Leuchte am Freitag, 18.12.2026, versenden. Die Zustellung erfolgt dann in der Regel innerhalb von zwei Werktagen.\n\n"
    "Wir bitten um Ihr Verständnis.\n\n"
    "Mit freundlichen Grüßen\n"
    "Katrin Hoffmann\n"
    "Leuchtenwerk Hoffmann, Bamberg",
    [], "Plain-text delivery delay with a new dispatch date; clean.")

add("delivery-delay", "html", "Neuer Versandtermin für Bestellung {o}",
    "<p>Hallo Herr Wagner,</p>"
    "<p>kurze Info zu Ihrer Bestellung <strong>{o}</strong>: Die Winterreifen-Ventile und der Reifendruckprüfer sind beim Großhändler erst in KW 51 wieder verfügbar.</p>"
    "<table><tr><td>Ursprünglicher Versandtermin:</td><td>07.12.2026</td></tr>"
    "<tr><td>Neuer voraussichtlicher Versandtermin:</td><td>16.12.2026</td></tr></table>"
    "<p>Sie müssen nichts weiter tun.</p>"
    "<p>Viele Grüße<br>Ihr Team von Reifenkiste24</p>",
    [], "HTML delivery delay with a date table; clean.")

add("order-problem", "text", "[Wichtig] Artikel nicht lieferbar – Bestellung {o}",
    "Sehr geehrter Herr Becker,\n\n"
    "leider müssen wir Ihnen mitteilen, dass der zweite WMF-Topfuntersetzer aus Ihrer Bestellung {o} nicht mehr am Lager ist und auch nicht nachgeliefert werden kann. "
    "Wir haben den Bestellbetrag deshalb angepasst und 14,90 € abgezogen (Grund: kein Bestand). Die übrigen Artikel werden wie geplant geliefert.\n\n"
    "Bitte entschuldigen Sie die Unannehmlichkeiten.\n\n"
    "Freundliche Grüße\n"
    "Kundenservice Küchenstudio Becker & Söhne",
    [], "Order problem with [Wichtig] and confirmed amount adjustment; clean.")

add("additional-information", "text", "Bestellung {o}: Maße für Ihr Insektenschutzgitter",
    "Guten Tag Herr Albrecht,\n\n"
    "Sie haben bei uns ein Insektenschutz-Plissee nach Maß bestellt (Bestellung {o}). In der Bestellung fehlt leider die lichte Höhe des Fensters, die Breite (87,5 cm) haben wir.\n\n"
    "Könnten Sie die Höhe innen im Fensterrahmen messen und uns in Zentimetern mitteilen? Erst dann können wir das Plissee zuschneiden.\n\n"
    "Besten Dank und freundliche Grüße\n"
    "Ihr Team von Fliegengitter Maßwerk",
    [], "Asks for a missing measurement needed to make the made-to-measure order; clean.")

add("return-follow-up", "text", "Ihre Rücksendung zu Bestellung {o}",
    "Guten Tag Frau Yıldız,\n\n"
    "Sie hatten uns geschrieben, dass die Bettwäsche aus Bestellung {o} etwas dunkler ausfällt als auf den Produktbildern, Sie sie aber grundsätzlich gern behalten würden. "
    "Gern bieten wir Ihnen dafür eine Teilerstattung von 15,00 € an; eine Rücksendung ist dann nicht nötig. Geben Sie uns einfach kurz Bescheid, ob das für Sie passt.\n\n"
    "Herzliche Grüße\n"
    "Sabine Krüger\n"
    "Schlafgut Textilhandel",
    [], "Return follow-up offering a partial refund; clean.")

add("return-follow-up", "html", "Rückfrage zu Ihrer Retoure – Bestellung {o}",
    "<p>Sehr geehrter Herr Gruber,</p>"
    "<p>vielen Dank für Ihre Rücksendeanfrage zur Espressomühle aus Bestellung {o}. Damit wir die Retoure abschließen können, benötigen wir noch eine Angabe: "
    "Ist das Gerät defekt, oder senden Sie es zurück, weil es Ihren Erwartungen nicht entspricht?</p>"
    "<p>Bei einem Defekt erhalten Sie von uns ein kostenloses Rücksendeetikett.</p>"
    "<p>Mit freundlichen Grüßen<br>Florian Steiner<br>Kundendienst Kaffeewerkstatt Graz</p>",
    [], "Return follow-up asking for information needed to complete the return; clean.", locale="de-AT")

add("invoice", "text", "Rechnung RE/2026/12/0147 zu Bestellung {o}",
    "Sehr geehrte Damen und Herren,\n\n"
    "anbei erhalten Sie die Rechnung zu Ihrer Bestellung {o}.\n\n"
    "Rechnungsnummer: RE/2026/12/0147\n"
    "Rechnungsdatum: 02.12.2026\n"
    "Gesamtbetrag: 595,00 € inkl. 19 % USt. (95,00 €)\n\n"
    "Mit freundlichen Grüßen\n"
    "Buchhaltung\n"
    "Bürowelt Schulte GmbH\n"
    "Hafenstraße 17, 48155 Münster\n"
    "Amtsgericht Münster HRB 18842 | USt-IdNr. DE298765432 | Geschäftsführer: Ralf Schulte",
    [], "Invoice with USt-IdNr and HRB numbers and a slashed invoice number; clean.")

add("review-request", "text", "Ihre Meinung zu Bestellung {o}",
    "Guten Tag,\n\n"
    "vor Kurzem haben Sie bei uns Leinen-Geschirrtücher gekauft (Bestellung {o}). Wir würden uns freuen, wenn Sie Ihre Erfahrungen in einer Rezension auf Amazon teilen, "
    "egal ob positiv oder kritisch. Das geht ganz einfach über Ihre Bestellübersicht.\n\n"
    "Viele Grüße\n"
    "Leinenstube Lüneburg",
    [], "Neutral plain-text review request; clean.")

add("review-request", "html", "Wie gefällt Ihnen das Hochbeet? (Bestellung {o})",
    "<p><img src=\"https://cdn.mailbuilder.io/u/55310/gartenglueck-logo.png\" alt=\"Logo Gartenglück Weber\" width=\"160\"></p>"
    "<p>Hallo Herr Lehmann,</p>"
    "<p>Sie haben vor einigen Wochen ein Hochbeet aus Lärchenholz bei uns bestellt (Bestellung {o}). Möchten Sie anderen Käufern von Ihren Erfahrungen berichten?</p>"
    "<p><a href=\"https://www.amazon.de/review/create-review?asin=B0CY7HQ3LM\">Produktbewertung auf Amazon.de schreiben</a></p>"
    "<p>Danke und viele Grüße<br>Ihr Team von Gartenglück Weber</p>",
    [], "HTML review request with shop logo (alt names shop) and descriptive https Amazon link; clean.")

add("delivery-scheduling", "text", "Terminabstimmung Lieferung Ecksofa – {o}",
    "Sehr geehrte Familie Krause,\n\n"
    "gern möchten wir mit Ihnen den Liefertermin für Ihr Ecksofa 'Malmö' (Bestellung {o}) abstimmen. Da wir es zu zweit bis in die Wohnung tragen, brauchen wir ein festes Zeitfenster. Folgende Zeitfenster sind frei:\n\n"
    "Mittwoch, 16.12.2026, 8:00–12:00 Uhr\n"
    "Donnerstag, 17.12.2026, 12:00–17:00 Uhr\n"
    "Samstag, 19.12.2026, 9:00–13:00 Uhr\n\n"
    "Bitte teilen Sie uns mit, welches Zeitfenster Ihnen passt und in welchem Stockwerk Sie wohnen (mit oder ohne Aufzug).\n\n"
    "Mit freundlichen Grüßen\n"
    "Tourenplanung Wohnhaus Nord",
    [], "Delivery scheduling of a bulky item with time slots; clean.")

add("home-service-appointment", "html", "Montagetermin für Ihren Geschirrspüler – Bestellung {o}",
    "<p>Guten Tag Frau Nowak,</p>"
    "<p>für den Einbau Ihres Geschirrspülers (Bestellung {o}) kommt unser Monteur gern zu Ihnen. Diese Termine können wir anbieten:</p>"
    "<ul><li>Montag, 14.12.2026, 10:00–12:00 Uhr</li><li>Dienstag, 15.12.2026, 13:30–15:30 Uhr</li></ul>"
    "<p>Bitte geben Sie uns Bescheid, welcher Termin passt, und sorgen Sie dafür, dass der Wasseranschluss unter der Spüle frei zugänglich ist.</p>"
    "<p>Freundliche Grüße<br>Dennis Vogel<br>Montageservice Küchenprofi Vogel</p>",
    [], "Home-service appointment with dates and time slots; clean.")

add("custom-design-verification", "text", "Korrekturabzug Ihres Türschilds ({o})",
    "Hallo Frau Brandt,\n\n"
    "im Anhang finden Sie den Korrekturabzug für Ihr Türschild aus Schiefer (Bestellung {o}). Bitte prüfen Sie die Schreibweise der Namen 'Familie Brandt-Özdemir' und die Hausnummer genau, "
    "denn wir gravieren exakt das, was auf dem Abzug steht.\n\n"
    "Passt alles, antworten Sie einfach mit 'Freigabe'. Änderungswünsche schreiben Sie gern direkt in Ihre Antwort.\n\n"
    "Viele Grüße\n"
    "Marie Lindner\n"
    "Schieferwerkstatt Lindner",
    [], "Custom design proof attachment for verification; clean.")

add("fulfillment-question", "text", "Zugangscode für die Zustellung – Bestellung {o}",
    "Sehr geehrter Herr Pichler,\n\n"
    "Ihre Bestellung {o} soll an die Adresse Mariahilfer Straße 88/Stiege 2/Top 14, 1070 Wien zugestellt werden. Laut Zusteller ist das Haustor mit einem Zahlencode gesichert.\n\n"
    "Könnten Sie uns den Code mitteilen oder eine Nachbarin bzw. einen Nachbarn nennen, die oder der das Paket annehmen darf? Unsere Referenz für diese Sendung: ZU-2026-08815.\n\n"
    "Mit freundlichen Grüßen\n"
    "Lukas\n"
    "Radtaschen Wien",
    [], "Door-code question with a reference number, needed to receive the purchase; clean.", locale="de-AT")

add("reply", "text", "Re: Mahlgrad für 'Miscela Classica' ({o})",
    "Hallo Lea,\n\n"
    "danke für deine Frage! Die Bohnen 'Miscela Classica' von Torrefazione del Borgo aus deiner Bestellung {o} sind für den Siebträger geröstet. "
    "Für die Bialetti nimmst du am besten einen etwas gröberen Mahlgrad, ungefähr wie feiner Sand.\n\n"
    "Liebe Grüße\n"
    "Nele von der Kaffeerösterei Hafenbohne",
    [], "Reply quoting an Italian product title and brand inside German sentences; clean.")

add("reply", "text", "Re: Akkuschrauber lädt nicht – Bestellung {o}",
    "Sehr geehrter Herr Zimmermann,\n\n"
    "es tut uns leid, dass der Akkuschrauber aus Bestellung {o} nach vier Monaten nicht mehr lädt. Auf das Gerät gibt der Hersteller drei Jahre Garantie, "
    "und über dessen Servicestelle geht ein Austausch meist am schnellsten.\n\n"
    "Garantie-Hotline des Herstellers (Kraftwerkzeug Meyer AG): 0800 7234560\n\n"
    "Halten Sie bitte Ihre Bestellnummer und die Seriennummer vom Typenschild bereit. Sollte der Hersteller nicht weiterhelfen können, melden Sie sich gern wieder bei uns.\n\n"
    "Mit freundlichen Grüßen\n"
    "Stefan Roth\n"
    "Haustechnik Roth",
    [], "Reply with the manufacturer's warranty hotline, marked as such (BSM309 exception); clean.")

add("reply", "html", "Re: Firmendaten zu Bestellung {o}",
    "<p>Sehr geehrte Frau Keller,</p>"
    "<p>wie gewünscht finden Sie unten unsere Firmendaten für Ihre Unterlagen zu Bestellung {o}. Dieselben Angaben stehen auch auf Ihrer Rechnung.</p>"
    "<p>Mit freundlichen Grüßen<br>Andrea Wolf<br>Assistenz der Geschäftsführung</p>"
    "<hr>"
    "<p><small>Papeterie Wolf GmbH · Königstraße 12 · 70173 Stuttgart · Amtsgericht Stuttgart HRB 765432 · USt-IdNr. DE314159265 · Geschäftsführerin: Andrea Wolf</small></p>",
    [], "Reply with a company-details footer (HRB, USt-IdNr); clean.")

add("reply", "text", "Re: Wo bleibt meine Erstattung? – {o}",
    "Hallo Herr Schäfer,\n\n"
    "Ihre Rücksendung (Retourennummer R-2026-3318, DHL-Sendungsnummer 00340434161094015902) ist am 03.12. um 10:42 Uhr bei uns eingegangen. "
    "Am Freitag, 04.12., haben wir 79,90 € erstattet. Je nach Bank dauert die Gutschrift 3 bis 5 Werktage. Ihre Bestellnummer zur Referenz: {o}.\n\n"
    "Beste Grüße\n"
    "Jonas\n"
    "Laufladen Kiel",
    [], "Reply with return and tracking numbers, dates, times and amounts; clean.")

# ----------------------------------------------------------- violations (31)
add("delivery-delay", "text", "Neuigkeiten zu Bestellung {o}",
    "Hallo Anna,\n\n"
    "gute Nachrichten: Dein Bastelpaket aus Bestellung {o} hat heute früh unser Lager in Erfurt verlassen und ist jetzt bei Hermes. Morgen sollte es bei dir sein.\n\n"
    "Viele Grüße\n"
    "Bastelkiste Thüringen",
    ["BSM201"], "Shipping confirmation: left the warehouse and handed to the carrier.")

add("additional-information", "html", "Auftragsbestätigung",
    "<p>Sehr geehrte Kundin, sehr geehrter Kunde,</p>"
    "<p>hiermit bestätigen wir den Eingang Ihrer Bestellung {o}. Ihre Ware wird derzeit in unserem Lager kommissioniert und verpackt.</p>"
    "<p>Mit freundlichen Grüßen<br>Versandabteilung<br>Elektro-Großhandel Vogt KG</p>",
    ["BSM201"], "Order confirmation: received and being picked and packed.")

add("reply", "text", "Dankeschön! ({o})",
    "Liebe Frau Hartmann,\n\n"
    "ganz herzlichen Dank für Ihre Bestellung {o}. Wir freuen uns riesig, dass Sie sich für unsere kleine Senfmanufaktur entschieden haben.\n\n"
    "Herzliche Grüße aus dem Altmühltal\n"
    "Familie Brunner",
    ["BSM202"], "Message that only says thank you.")

add("fulfillment-question", "text", "Bestellung {o}",
    "Servus,\n\n"
    "falls bei Bestellung {o} irgendwas nicht passen sollte: Wir sind jederzeit für dich da, schreib uns einfach.\n\n"
    "Dein Team vom Brettspielwirt",
    ["BSM202"], "Message that only offers help if a problem comes up.", locale="de-AT")

add("delivery-delay", "html", "Kleine Verzögerung bei Bestellung {o}",
    "<p>Hallo Julia,</p>"
    "<p>dein Wasserkocher aus Bestellung {o} wird zwei Tage später verschickt als angegeben, voraussichtlich am Donnerstag, 10.12. Sorry dafür!</p>"
    "<p>Viele Grüße<br>Küchenliebe Dresden</p>"
    "<p>PS: Nur noch bis Sonntag gibt es 20 % Rabatt auf unser komplettes Sortiment.</p>",
    ["BSM203"], "Otherwise permitted delay with a P.S. offering 20% off the whole range.")

add("reply", "text", "Re: Größenberatung Wanderschuhe ({o})",
    "Hallo Lisa,\n\n"
    "die Wanderschuhe aus Bestellung {o} fallen eher klein aus; bei 25,5 cm Fußlänge empfehlen wir Größe 40.\n\n"
    "Übrigens: Unsere neue Frühjahrskollektion ist online! Folge uns auf Instagram und abonniere unseren Newsletter, damit du keine Neuheit verpasst.\n\n"
    "Liebe Grüße\n"
    "Nordlicht Outdoor",
    ["BSM203"], "Reply inviting the buyer to follow the shop, subscribe and see the new collection.")

add("review-request", "text", "Ihre Meinung zu Bestellung {o}",
    "Sehr geehrte Frau Fischer,\n\n"
    "wir hoffen, das Olivenöl aus Bestellung {o} schmeckt Ihnen. Würden Sie eine Rezension auf Amazon schreiben? "
    "Sobald Ihre Rezension veröffentlicht ist, legen wir Ihrer nächsten Bestellung als kleines Dankeschön ein Fläschchen Balsamico gratis bei.\n\n"
    "Mit freundlichen Grüßen\n"
    "Feinkost Olivenhain",
    ["BSM204"], "Free product as a token of thanks once the review is published.")

add("review-request", "text", "Bewertung gegen volle Erstattung ({o})",
    "Servus Markus,\n\n"
    "schreib eine Bewertung zur Powerbank aus Bestellung {o} und schick uns einen Screenshot, sobald sie online ist. Dann erstatten wir dir den kompletten Kaufpreis.\n\n"
    "Grüße\n"
    "Akkuwelt Salzburg",
    ["BSM204"], "Full refund as soon as the review is online.", locale="de-AT")

add("reply", "text", "Re: Nähmaschine Fadenspannung ({o})",
    "Sehr geehrter Herr Neumann,\n\n"
    "schön, dass die Nähmaschine aus Bestellung {o} nach dem Nachjustieren der Fadenspannung jetzt einwandfrei läuft.\n\n"
    "Wären Sie so freundlich, Ihre Ein-Stern-Bewertung daraufhin anzupassen oder sie ganz zu löschen? Für uns als kleinen Fachhändler macht das einen großen Unterschied.\n\n"
    "Mit freundlichen Grüßen\n"
    "Nähzentrum Neumann",
    ["BSM205"], "Asks to update or delete an existing one-star review.")

add("review-request", "html", "Zufrieden mit Bestellung {o}?",
    "<p>Hallo Sarah,</p>"
    "<p>wenn du mit dem Katzenkratzbaum aus Bestellung {o} zufrieden bist, freuen wir uns riesig über eine Bewertung auf Amazon.</p>"
    "<p>Falls nicht, melde dich bitte zuerst bei uns, statt eine Bewertung zu schreiben, dann finden wir gemeinsam eine Lösung.</p>"
    "<p>Viele Grüße<br>Team Samtpfote</p>",
    ["BSM206"], "Review only if satisfied; unhappy buyers steered to contact the seller instead.")

add("review-request", "text", "Eine kleine Bitte zu Bestellung {o}",
    "Sehr geehrte Kundin, sehr geehrter Kunde,\n\n"
    "vielen Dank für Ihren Einkauf bei der Käserei Allgäuer Gold (Bestellung {o}). Über fünf Sterne auf Amazon würden wir uns sehr freuen.\n\n"
    "Mit freundlichen Grüßen\n"
    "Käserei Allgäuer Gold",
    ["BSM206"], "Asks for a five-star rating.")

add("order-problem", "text", "Artikel ausverkauft – Bestellung {o}",
    "Sehr geehrte Frau Schulz,\n\n"
    "leider ist der Druckerpatronen-Multipack aus Ihrer Bestellung {o} ausverkauft, wir können ihn nicht liefern. Den Bestellbetrag haben wir entsprechend angepasst (Grund: kein Bestand).\n\n"
    "Am schnellsten geht es, wenn Sie die Bestellung selbst unter 'Meine Bestellungen' auf Amazon stornieren.\n\n"
    "Mit freundlichen Grüßen\n"
    "Tintenkontor",
    ["BSM108"], "Amount adjusted, but the buyer is advised to cancel the order themselves.")

add("order-problem", "text", "Problem mit Ihrer Bestellung {o}",
    "Sehr geehrter Herr Braun,\n\n"
    "aufgrund eines Fehlers in unserer Bestandsführung können wir den Pavillon aus Bestellung {o} nicht liefern, er ist restlos vergriffen. "
    "Wir wären Ihnen dankbar, wenn Sie über Amazon eine Stornierungsanfrage stellen könnten, damit wir den Vorgang abschließen können.\n\n"
    "Mit der Bitte um Entschuldigung\n"
    "Gartenzelt Ruhr",
    ["BSM107", "BSM108"], "Stock ran out; asks for a cancellation request and does not confirm any amount adjustment.")

add("delivery-delay", "text", "Neuer Versandtermin für {o}",
    "Hallo Kim,\n\n"
    "das Duschregal aus deiner Bestellung {o} wird am 14.12. statt am 09.12. verschickt.\n\n"
    "Viele Grüße\n"
    "Badwelt Sachsen\n\n"
    "Du möchtest keine Nachrichten mehr von uns? Antworte einfach mit STOP, um dich abzumelden.",
    ["BSM305"], "Delay message with an opt-out instruction (reply STOP).")

add("reply", "text", "Re: Wo ist mein Paket? ({o})",
    "Hi Kevin,\n\n"
    "sorry, der Scheißpaketdienst hat dein Paket zu Bestellung {o} schon wieder ins falsche Depot gekarrt, verdammte Scheiße. "
    "Wir haben ein neues bereitgelegt, das geht am Freitag, 11.12., raus.\n\n"
    "Gruß\n"
    "Basti\n"
    "Zockerbude",
    ["BSM306"], "Reply with German profanity.")

add("delivery-delay", "text", "Vertraging bestelling {o}",
    "Beste klant,\n\n"
    "Helaas is de tuinbank uit uw bestelling {o} vertraagd bij onze leverancier. We verwachten hem nu op 15 december te verzenden.\n\n"
    "Met vriendelijke groet,\n"
    "Gartenmöbel Schwarzwald",
    ["BSM104"], "Message to a de-DE buyer written entirely in Dutch.")

add("reply", "text", "Re: Aufbauhilfe ({o})",
    "Hallo Frau Richter,\n\n"
    "der Aufbau des Kleiderschranks aus Bestellung {o} dauert etwa eine Stunde. Falls es hakt, rufen Sie uns einfach unter 0221 4711230 an, wir helfen Ihnen telefonisch weiter.\n\n"
    "Viele Grüße\n"
    "Schrankwerk Köln",
    ["BSM309"], "Seller's own phone number in German national format.")

add("delivery-delay", "html", "Verzögerung bei Bestellung {o}",
    "<p>Sehr geehrter Herr Maier,</p>"
    "<p>Ihr Rasenmäher (Bestellung {o}) wird etwas später versendet, voraussichtlich am 12.12.2026.</p>"
    "<p>Bei Fragen erreichen Sie unseren Kundenservice Mo–Fr unter +49 (0)89 2345 6780.</p>"
    "<p>Mit freundlichen Grüßen<br>Gartentechnik Maier</p>",
    ["BSM309"], "Seller's phone number in international format.")

add("reply", "text", "Re: Rechnung auf Firmennamen ({o})",
    "Sehr geehrte Frau Lang,\n\n"
    "gern stellen wir die Rechnung zu Bestellung {o} auf Ihren Firmennamen aus. Schicken Sie uns die Daten bitte an buchhaltung@druckerei-lang.de, dann erhalten Sie die korrigierte Rechnung noch heute.\n\n"
    "Mit freundlichen Grüßen\n"
    "Druckerei Lang",
    ["BSM308"], "Plain e-mail address in the body.")

add("reply", "text", "Re: Stoffmuster ({o})",
    "Hallo Miriam,\n\n"
    "für Stoffmuster zu den Vorhängen aus Bestellung {o} schreibst du am besten an muster Klammeraffe vorhangatelier-berg Punkt de, wir schicken sie dir dann per Post.\n\n"
    "Liebe Grüße\n"
    "Vorhangatelier Berg",
    ["BSM308"], "Obfuscated e-mail address with 'Klammeraffe' and 'Punkt'.")

add("reply", "html", "Re: Pflege Ihrer Ledertasche ({o})",
    "<p>Hallo Frau Kaiser,</p>"
    "<p>schön, dass Sie wissen möchten, wie Sie die Tasche aus Bestellung {o} am besten pflegen. Dazu haben wir einen ausführlichen Ratgeber geschrieben:</p>"
    "<p><a href=\"https://www.lederhandwerk-kaiser.de/ratgeber/lederpflege\">Unseren Ratgeber zur Lederpflege lesen</a></p>"
    "<p>Viele Grüße<br>Lederhandwerk Kaiser</p>",
    ["BSM302"], "https link with descriptive text to the seller's own site, not needed for the order.")

add("delivery-scheduling", "html", "Liefertermin Waschmaschine – Bestellung {o}",
    "<p>Sehr geehrte Frau Huber,</p>"
    "<p>für die Lieferung Ihrer Waschmaschine aus Bestellung {o} können wir Ihnen Dienstag, 15.12., 8–12 Uhr, oder Mittwoch, 16.12., 13–17 Uhr, anbieten. Welcher Termin passt Ihnen?</p>"
    "<p>Die Bestelldetails finden Sie hier: <a href=\"http://www.amazon.de/gp/your-account/order-history\">Ihre Bestellungen auf Amazon.de</a></p>"
    "<p>Mit freundlichen Grüßen<br>Weißware Express</p>",
    ["BSM301"], "Descriptive link to Amazon over http.")

add("delivery-delay", "html", "Verzögerung bei Bestellung {o}",
    "<p>Hallo Ben,</p>"
    "<p>der Rucksack aus Bestellung {o} ist noch auf dem Weg vom Lieferanten zu uns und wird am 15.12. verschickt.</p>"
    "<p><img src=\"https://cdn.mailbuilder.io/u/55310/wanderrucksack-gipfel-40l-oliv.jpg\" alt=\"Wanderrucksack Gipfel 40 l in Oliv\" width=\"300\"></p>"
    "<p>Viele Grüße<br>Bergsport Allgäu</p>",
    ["BSM310"], "Image of the purchased product (file name and alt name it).")

add("delivery-delay", "html", "Lieferupdate zu {o}",
    "<p>Sehr geehrter Herr Walter,</p>"
    "<p>Ihr Couchtisch (Bestellung {o}) wird am 18.12. versendet, eine Woche später als geplant.</p>"
    "<p><img src=\"https://cdn.mailbuilder.io/u/55310/weihnachtsbaum-schnee.jpg\" alt=\"Verschneiter Weihnachtsbaum\" width=\"400\"></p>"
    "<p>Frohe Festtage<br>Tischlerei Walter</p>",
    ["BSM311"], "Stock Christmas-tree image unrelated to the shop.")

add("additional-information", "html", "Rückfrage zu Bestellung {o}",
    "<table><tr><td><img src=\"https://cdn.mailbuilder.io/u/55310/teekontor-hansen-logo.png\" alt=\"\" width=\"150\"></td></tr></table>"
    "<p>Hallo Frau Jung,</p>"
    "<p>zu Ihrer Teemischung aus Bestellung {o}: Möchten Sie die 500 g lieber als eine Dose oder aufgeteilt in zwei Beutel zu je 250 g?</p>"
    "<p>Viele Grüße<br>Teekontor Hansen</p>",
    ["BSM402"], "Shop logo with empty alt text.")

add("delivery-delay", "text", "Gleich geschafft mit {o} 🎄",
    "Hallo Emma,\n\n"
    "dein 1000-Teile-Puzzle (Bestellung {o}) geht am Montag, 14.12., in die Post, ein bisschen später als geplant 🙈\n\n"
    "Liebe Grüße\n"
    "Puzzlestube",
    ["BSM403"], "Emoji in subject and body.")

add("reply", "text", "Re: Farbe des Kissenbezugs ({o})",
    "Hallo Jan,\n\n"
    "der Kissenbezug aus Bestellung {o} ist senfgelb, auf dem Foto wirkt er etwas heller. Der wird dir gefallen :-D\n\n"
    "Gruß\n"
    "Wohnglück Leipzig",
    ["BSM403"], "Emoticon :-D in the body.")

add("delivery-delay", "html", "Verzögerung Bestellung {o}",
    "<style>.titel{font-size:25px} .unter{font-size:19px} .text{font-size:15px} .fuss{font-size:10px}</style>"
    "<p class=\"titel\">Späterer Versand</p>"
    "<p class=\"unter\">Bestellung {o}</p>"
    "<p class=\"text\">Sehr geehrte Kundin, sehr geehrter Kunde, Ihre Aquariumpumpe wird am 16.12. statt am 09.12. versendet.</p>"
    "<p class=\"fuss\">Aquaristik Ostsee</p>",
    ["BSM410"], "Four explicit font sizes in a <style> block.")

add("delivery-delay", "text", "Neuer Versandtermin Bestellung {o}",
    "Sehr geehrter Herr Fuchs,\n\n\n"
    "die Schachuhr aus Ihrer Bestellung {o} wird am 15.12. versendet.\n\n\n"
    "Mit freundlichen Grüßen\n"
    "Denksport Fuchs",
    ["BSM412"], "Two blank lines in a row, twice, in a text message.")

add("reply", "text", "[Wichtig] Re: Pflegehinweise Wolldecke {o}",
    "Hallo Frau Berger,\n\n"
    "die Wolldecke aus Bestellung {o} können Sie im Wollwaschgang bei 30 °C waschen. Bitte nicht in den Trockner geben, sondern liegend trocknen lassen.\n\n"
    "Herzliche Grüße\n"
    "Wollwerk Berger",
    ["BSM110"], "[Wichtig] tag on a reply, which is not critical.")

add("review-request", "text", "Ihre Erfahrung mit Bestellung {o}",
    "Hallo Herr Möller,\n\n"
    "wie gefällt Ihnen der Werkzeugkoffer aus Bestellung {o}? Ihre Rezension können Sie hier schreiben:\n"
    "https://www.amazon.de/review/create-review?asin=B0D8WK3T5N\n\n"
    "Viele Grüße\n"
    "Heimwerkerbedarf Möller",
    ["BSM401"], "Bare URL as link text.")

# ------------------------------------------------------------ variants (2)
add("delivery-delay", "html", "Versandverzögerung – Bestellung {o}",
    "<p><a href=\"https://www.gewuerzregal-manufaktur.de\"><img src=\"https://cdn.mailbuilder.io/u/55310/gewuerzregal-manufaktur-logo.png\" alt=\"Logo Gewürzregal Manufaktur\" width=\"160\"></a></p>"
    "<p>Sehr geehrte Frau Ernst,</p>"
    "<p>das Gewürzregal aus Bestellung {o} wird wegen hoher Auslastung unserer Werkstatt am 16.12. versendet.</p>"
    "<p>Mit freundlichen Grüßen<br>Gewürzregal Manufaktur</p>",
    ["BSM302", "BSM304"], "Shop logo linked to the seller's website.")

add("delivery-delay", "html", "Verzögerung bei Bestellung {o}",
    "<p><img src=\"https://cdn.mailbuilder.io/u/55310/dachbox-zentrale-logo.png\" alt=\"Logo Dachbox-Zentrale\" width=\"580\"></p>"
    "<p>Sehr geehrter Herr Krüger,</p>"
    "<p>die Dachbox aus Ihrer Bestellung {o} ist beim Hersteller noch nicht fertig und wird voraussichtlich am 17.12. versendet.</p>"
    "<p>Mit freundlichen Grüßen<br>Dachbox-Zentrale</p>",
    ["BSM406"], "Shop logo 580 px wide (over 80% of the maximum width).")
