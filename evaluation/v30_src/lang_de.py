# German messages, v30 blind set
_L = []
def m(t, f, s, b, o, e, n, loc="de-DE"):
    _L.append(dict(locale=loc, type=t, format=f, subject=s, body=b, order_id=o, expected=sorted(e), note=n))

m("delivery-delay","text","Ihre Bestellung 613-2209415-7738160 verzögert sich",
"Guten Tag Frau Schneider,\n\nleider ist die Lieferung unseres Herstellers für die Edelstahl-Brotdose noch nicht bei uns eingetroffen. Wir rechnen jetzt mit einem Versand am Donnerstag, 17.12.2026.\n\nWir bitten um Ihr Verständnis.\n\nMit freundlichen Grüßen\nJonas Weber\nKüchenkontor Weber","613-2209415-7738160",[],"Clean plain-text delay.")
m("delivery-delay","html","Neuer Versandtermin zu 613-8846021-3305597",
"<p>Hallo Herr Yıldız,</p><p>die Fertigung Ihres Wandregals aus Eiche (Bestellung 613-8846021-3305597) dauert etwas länger als geplant, weil das Öl noch aushärten muss. Neuer voraussichtlicher Versandtermin: <strong>Montag, 21. Dezember</strong>.</p><p>Viele Grüße<br>Anja Krüger<br>Holzwerkstatt Krüger</p>","613-8846021-3305597",[],"Clean HTML delay.")
m("order-problem","text","[Wichtig] Artikel nicht lieferbar - 613-0073318-6649925",
"Sehr geehrter Herr Hoffmann,\n\nder Siebträger aus Ihrer Bestellung 613-0073318-6649925 ist leider nicht mehr lieferbar; unser letztes Exemplar wurde beim Transport beschädigt. Wir haben den Bestellbetrag angepasst, die 39,90 € werden Ihnen über Amazon erstattet (Grund: nicht vorrätig).\n\nDie übrigen Artikel versenden wir wie geplant.\n\nMit freundlichen Grüßen\nKaffeerösterei Brandt","613-0073318-6649925",[],"Clean order problem with [Wichtig] and adjusted amount.")
m("additional-information","text","Rückfrage zu Ihrer Gravur (613-5512047-0086631)",
"Hallo Stefan,\n\nfür die Gravur auf dem Flachmann fehlt uns noch der Text: Welcher Name soll drauf, und lieber in Schreibschrift oder Blockbuchstaben? Maximal 15 Zeichen.\n\nSobald wir das wissen, geht er in die Werkstatt.\n\nGruß\nMaren von Gravurhaus Nord","613-5512047-0086631",[],"Clean information request.")
m("return-follow-up","text","Ihre Rücksendung 613-3396674-2201158",
"Sehr geehrte Frau Becker,\n\nvielen Dank für Ihre Nachricht zum Bettbezug. Sie schreiben, dass eine Naht leicht aufgegangen ist. Falls Sie ihn behalten möchten, bieten wir Ihnen eine Teilerstattung von 15,00 € an. Geben Sie uns kurz Bescheid, ob Ihnen das lieber ist als eine Rücksendung?\n\nMit freundlichen Grüßen\nSabine Lorenz\nLeinenhaus Lorenz","613-3396674-2201158",[],"Clean return follow-up offering a partial refund.")
m("return-follow-up","text","Zu deiner Retoure 613-7704452-9918843",
"Hi Lukas,\n\nwir haben deine Retourenanfrage für die Wanderschuhe gesehen. Damit wir das Etikett richtig anlegen können: Waren die Schuhe schon draußen im Einsatz, und möchtest du eine andere Größe?\n\nGrüße\nTim, Bergsport Allgäu","613-7704452-9918843",[],"Clean return follow-up asking for details.")
m("invoice","html","Rechnung zu Bestellung 613-6625590-4437712",
"<p>Sehr geehrter Herr Wagner,</p><p>anbei erhalten Sie die Rechnung <strong>RE/2026/12/0518</strong> zu Ihrer Bestellung 613-6625590-4437712 inkl. 19 % MwSt.</p><p>Mit freundlichen Grüßen<br>Buchhaltung</p><p><small>Lichtwerk Leuchten GmbH &middot; Hafenstraße 22 &middot; 20457 Hamburg &middot; Amtsgericht Hamburg HRB 123456 &middot; USt-IdNr. DE123456789 &middot; Geschäftsführer: Thomas Lichtner</small></p>","613-6625590-4437712",[],"Clean invoice with USt-IdNr, HRB and slashed invoice number.")
m("review-request","text","Wie gefällt Ihnen die Teekanne? (613-1187730-5564409)",
"Guten Tag Frau Klein,\n\nIhre gusseiserne Teekanne ist jetzt gut eine Woche bei Ihnen. Wenn Sie mögen, schreiben Sie doch eine Rezension auf Amazon - jede Erfahrung hilft anderen Kundinnen und Kunden bei der Entscheidung.\n\nHerzliche Grüße\nTeehaus Sonnenberg","613-1187730-5564409",[],"Clean neutral text review request.")
m("review-request","html","Ihre Meinung zu Bestellung 613-4430098-7725516",
"<p><img src=\"https://cdn.kerzenmanufaktur-lux.de/logo-kerzenmanufaktur-lux.png\" alt=\"Logo Kerzenmanufaktur Lux\" width=\"160\"></p><p>Liebe Kundin, lieber Kunde,</p><p>wir würden gern erfahren, wie Ihnen die Duftkerzen gefallen. Ihre Bewertung können Sie auf <a href=\"https://www.amazon.de/review/create-review?asin=B0KERZE001\">der Bewertungsseite des Produkts bei Amazon</a> abgeben.</p><p>Viele Grüße<br>Kerzenmanufaktur Lux</p>","613-4430098-7725516",[],"Clean HTML review request with logo and descriptive Amazon link.")
m("delivery-scheduling","text","Liefertermin Boxspringbett - 613-9917764-0042285",
"Guten Tag Herr Schmitt,\n\nIhr Boxspringbett wird von zwei Monteuren geliefert. Folgende Termine können wir anbieten:\n- Dienstag, 22.12., 8:00-12:00 Uhr\n- Mittwoch, 23.12., 13:00-17:00 Uhr\n\nBitte teilen Sie uns mit, welcher Termin passt und in welchem Stockwerk Sie wohnen.\n\nMit freundlichen Grüßen\nTourenplanung Schlafwelt Süd","613-9917764-0042285",[],"Clean delivery scheduling with slots.")
m("home-service-appointment","text","Montagetermin Geschirrspüler 613-2268831-6603394",
"Hallo Herr Fischer,\n\nunser Techniker kann Ihren Geschirrspüler am Freitag, 18. Dezember, zwischen 10 und 12 Uhr anschließen, alternativ am Montag, 21. Dezember, ab 14 Uhr. Was passt Ihnen besser?\n\nBeste Grüße\nHaushaltsgeräte-Service Rhein-Main","613-2268831-6603394",[],"Clean home-service appointment.")
m("custom-design-verification","text","Korrekturabzug Türschild 613-5509923-1186647",
"Liebe Familie Brandstätter,\n\nim Anhang finden Sie den Korrekturabzug für Ihr Türschild (30 x 10 cm, Schiefer, weiße Gravur). Stimmen Schreibweise und Hausnummer 14a? Nach Ihrer Freigabe gehen wir in die Produktion.\n\nHerzliche Grüße\nVeronika Haas\nSchildermanufaktur Haas","613-5509923-1186647",[],"Clean design proof, Austrian buyer.","de-AT")
m("fulfillment-question","text","Zugangscode benötigt - 613-8873301-4429950",
"Sehr geehrte Frau Nowak,\n\nder Zusteller konnte Ihr Paket (Sendungsnummer 00340434161234567890) gestern nicht abgeben, da die Haustür verschlossen war. Gibt es einen Türcode oder eine Nachbarin, die das Paket annehmen darf? Unser Vorgangszeichen lautet VG-2026-3381.\n\nMit freundlichen Grüßen\nKundenservice Elektro Delta","613-8873301-4429950",[],"Clean door-code question with references.")
m("reply","text","AW: Frage zu 613-0046617-7759228",
"Hallo Julia,\n\nder 'Cozy Nordic Throw - Super Soft Edition' ist aus 100 % recyceltem Polyester und kann bei 30 Grad in die Maschine. Bitte nicht in den Trockner, sonst fusselt er.\n\nLiebe Grüße\nNina von Wohnliebe","613-0046617-7759228",[],"Clean reply quoting an English product title.")
m("reply","text","AW: Staubsauger defekt (613-3381105-2257716)",
"Sehr geehrte Frau Schulz,\n\nes tut uns leid, dass Ihr Staubsauger nicht mehr startet. Da er noch unter die Herstellergarantie fällt, wenden Sie sich am schnellsten an die Garantie-Hotline des Herstellers: 0800 1234567 (Herstellerservice, Mo-Fr 8-18 Uhr). Dort wird eine kostenlose Abholung veranlasst.\n\nMit freundlichen Grüßen\nHaushaltsmarkt Köln","613-3381105-2257716",[],"Clean reply with manufacturer warranty hotline marked.")
m("reply","text","AW: Lieferung 613-6697742-0035581",
"Sehr geehrter Herr Meier,\n\nIhre Bestellung reservieren wir gern bis zum 4. Januar und liefern dann wie besprochen.\n\nMit freundlichen Grüßen\n\nKatrin Vogel\nTeamleitung Kundenservice\n\nGartenzimmer GmbH | Lindenallee 5 | 80331 München | HRB 234567 Amtsgericht München | USt-IdNr. DE987654321","613-6697742-0035581",[],"Clean reply with company footer.")
m("reply","text","AW: Erstattung 613-2234456-8810073",
"Hallo Felix,\n\ndeine Rücksendung ist am 9.12. um 14:12 Uhr bei uns eingegangen (Retourennummer R-55120, Sendungsnummer 00340434169988776655). Die 89,99 € haben wir heute erstattet, das dauert meist 3-5 Werktage.\n\nGruß\nSven - Gamezone","613-2234456-8810073",[],"Clean reply with tracking and return numbers, dates and amounts.")
# violations
m("fulfillment-question","text","Neuigkeiten zu 613-9958804-1127736",
"Hallo Markus,\n\nprima Nachricht: Dein Paket hat heute früh unser Lager verlassen und ist jetzt bei DHL. Morgen sollte es da sein.\n\nGrüße\nDart-Shop Ruhr","613-9958804-1127736",["BSM201"],"Shipment confirmation: left the warehouse.")
m("fulfillment-question","text","Bestellung 613-1140095-6628813",
"Sehr geehrte Kundin, sehr geehrter Kunde, Ihre Bestellung ist bei uns eingegangen und wird gerade für den Versand vorbereitet. Mit freundlichen Grüßen, Puzzlewelt","613-1140095-6628813",["BSM201"],"Order confirmation: received and being prepared.")
m("reply","text","Danke! 613-7726638-3304491",
"Hallo Emma,\n\ntausend Dank, dass du bei unserem kleinen Laden bestellt hast - wir freuen uns riesig!\n\nAlles Liebe\nHäkelstube Mia","613-7726638-3304491",["BSM202"],"Thanks only.")
m("fulfillment-question","text","613-4481127-5591602",
"Sehr geehrter Herr Roth,\n\nsollte es Fragen zu Ihrer Bestellung geben, sind wir jederzeit gern für Sie da.\n\nMit freundlichen Grüßen\nWerkzeughandel Roth & Söhne","613-4481127-5591602",["BSM202"],"Only the offer to help.")
m("delivery-delay","text","Kleine Verzögerung 613-0019973-4465528",
"Hallo Lea,\n\ndeine Yogamatte ist leider erst am Freitag, 18.12., versandbereit, weil die Lieferung aus der Fabrik später kam.\n\nViele Grüße\nYogaraum Leipzig\n\nPS: Diese Woche gibt es 20 % Rabatt auf unser komplettes Sortiment!","613-0019973-4465528",["BSM203"],"Delay with a 20% off P.S.")
m("additional-information","text","Kurze Rückfrage - 613-5563380-9902217",
"Hallo Herr Aydın,\n\nkönnen Sie bestätigen, dass die Lieferadresse Hinterhaus, 2. OG, ist? Sonst kommt die Palette nicht an.\n\nFolgen Sie uns übrigens auf Instagram und abonnieren Sie unseren Newsletter - dann sehen Sie unsere neue Winterkollektion als Erster.\n\nGruß\nFliesenzentrum Rhein","613-5563380-9902217",["BSM203"],"Follow us, newsletter, new collection.")
m("review-request","text","Deine Meinung? 613-8812276-0047795",
"Hallo Jana,\n\nwir hoffen, die Backformen machen dir Freude. Sobald deine Bewertung auf Amazon online ist, schicken wir dir als Dankeschön eine kleine Aufmerksamkeit.\n\nLiebe Grüße\nBackstube Mehl & Co","613-8812276-0047795",["BSM204"],"Small gift after the review is published.")
m("review-request","text","Bewertung = Geld zurück 613-3307741-6628830",
"Sehr geehrter Kunde,\n\nschreiben Sie eine Rezension zu den Kopfhörern und schicken Sie uns einen Screenshot, sobald sie online ist. Dann erstatten wir Ihnen den vollen Kaufpreis.\n\nMit freundlichen Grüßen\nKlangwerk Audio","613-3307741-6628830",["BSM204"],"Full refund once the review is online.")
m("reply","text","AW: Reklamation 613-6670024-1183349",
"Sehr geehrte Frau Wolf,\n\ndie Ersatzlampe ist unterwegs. Würden Sie, da das Problem jetzt gelöst ist, Ihre Ein-Stern-Bewertung bitte anpassen oder löschen?\n\nMit freundlichen Grüßen\nLichtpunkt Bremen","613-6670024-1183349",["BSM205"],"Asks to change or delete a one-star review.")
m("review-request","text","Zufrieden? 613-2245593-7716604",
"Hallo Jan,\n\nbist du mit deiner neuen Fahrradklingel zufrieden? Dann freuen wir uns über eine Rezension auf Amazon. Falls nicht, melde dich bitte lieber direkt bei uns, statt eine Bewertung zu schreiben.\n\nGruß\nRadteile Direkt","613-2245593-7716604",["BSM206"],"Only satisfied buyers; unhappy ones steered away.")
m("review-request","text","Fünf Sterne für uns? 613-9901182-3325567",
"Liebe Frau Berger,\n\nwir würden uns sehr freuen, wenn Sie unserem Trockenblumenstrauß fünf Sterne geben. Das hilft einem kleinen Betrieb wie unserem enorm.\n\nHerzliche Grüße\nBlumenbinderei Hofgarten","613-9901182-3325567",["BSM206"],"Asks for five stars.","de-AT")
m("order-problem","text","[Wichtig] Bestellung 613-4456609-8820173",
"Sehr geehrter Herr Neumann,\n\nvon den zwei bestellten Gartenstühlen ist einer nicht mehr lieferbar; den Bestellbetrag haben wir um 59,00 € angepasst (Grund: nicht vorrätig). Wann der zweite Stuhl wieder kommt, ist offen - am schnellsten geht es, wenn Sie selbst über Amazon eine Stornierung beantragen.\n\nMit freundlichen Grüßen\nGartenmöbel Direkt","613-4456609-8820173",["BSM108"],"Amount adjusted but advises the buyer to cancel.")
m("order-problem","text","Problem mit 613-7738815-2294406",
"Hallo Miriam,\n\ndie Wäschetruhe ist bei uns ausverkauft und wird vom Hersteller nicht mehr produziert. Wir wären dir dankbar, wenn du selbst einen Stornierungsantrag stellst, dann ist das schnell erledigt.\n\nSorry!\nTruhenmanufaktur","613-7738815-2294406",["BSM107","BSM108"],"Asks for cancellation request, no adjustment.")
m("delivery-delay","text","Neuer Termin 613-1192267-4409938",
"Sehr geehrte Kundin, sehr geehrter Kunde,\n\nIhr Sonnenschirmständer wird am Mittwoch, 23. Dezember, statt heute versendet.\n\nMit freundlichen Grüßen\nSonnenschutz Großhandel\n\nKeine Nachrichten mehr von uns erhalten? Antworten Sie einfach mit STOPP.","613-1192267-4409938",["BSM305"],"Opt-out instruction (STOPP).")
m("reply","text","AW: AW: 613-5527704-6613385",
"Herr Vogt,\n\nSie haben die falsche Größe bestellt, dafür können wir nichts. Ich hab keinen Bock mehr auf diesen Scheiß, lesen Sie halt die Größentabelle.\n\nArbeitskleidung Plus","613-5527704-6613385",["BSM306"],"German profanity.")
m("delivery-delay","text","Retard de livraison 613-0084431-9957720",
"Bonjour,\n\nVotre jardinière sera expédiée le 21 décembre au lieu de cette semaine. Nous nous excusons pour l'attente.\n\nCordialement,\nPflanzkübel Grünhaus","613-0084431-9957720",["BSM104"],"French message to a German buyer.")
m("additional-information","text","Lieferadresse 613-6649982-1170356",
"Sehr geehrte Frau Lange,\n\nPostleitzahl und Straße passen laut DHL nicht zusammen. Könnten Sie uns kurz unter 0171 2345678 anrufen, damit wir die Adresse korrigieren?\n\nMit freundlichen Grüßen\nMatratzenhaus Süd","613-6649982-1170356",["BSM309"],"German mobile number.")
m("reply","text","AW: Farbfrage 613-3318840-5526691",
"Hallo Jonas,\n\ndie Farbe 'Altgrün' haben wir noch da. Für Farbmuster erreichst du uns unter +49 (0)30 12345678.\n\nGruß\nFarbenladen Kreuzberg","613-3318840-5526691",["BSM309"],"International-format German number.")
m("reply","text","AW: Größe 613-8803357-0062214",
"Hallo Sarah,\n\nschick uns gerne ein Foto deines Fußes an service@schuhhaus-bamberg.de, dann schauen wir mal.\n\nGruß\nSchuhhaus Bamberg","613-8803357-0062214",["BSM308"],"Plain e-mail address.")
m("reply","text","AW: Angebot 613-2250096-7738845",
"Sehr geehrter Herr Keller,\n\nfür ein individuelles Angebot schreiben Sie bitte an vertrieb (at) stahlbau-keller (punkt) de.\n\nMit freundlichen Grüßen\nStahlbau Keller","613-2250096-7738845",["BSM308"],"Obfuscated e-mail (at)/(punkt).")
m("reply","html","AW: Aufbau 613-9964421-3381107",
"<p>Hallo Ben,</p><p>das Aufbauvideo zu deinem Schrank findest du auf <a href=\"https://www.schrankwerk.de/aufbau/oslo\">der Aufbauseite von Schrankwerk</a>.</p><p>Viele Grüße<br>Schrankwerk</p>","613-9964421-3381107",["BSM302"],"Https link to the seller's site.")
m("reply","html","AW: Anleitung 613-4427708-9915536",
"<p>Sehr geehrte Frau Zimmermann,</p><p>die Anleitung finden Sie auf <a href=\"http://www.amazon.de/dp/B0ANLEIT12\">der Produktseite bei Amazon</a>.</p><p>Mit freundlichen Grüßen<br>Küchenhelfer Franken</p>","613-4427708-9915536",["BSM301"],"Http link to Amazon.")
m("delivery-delay","html","Späterer Versand 613-1178843-6620079",
"<p>Hallo Frau Schäfer,</p><p>Ihre Leuchte wird ein paar Tage später versendet, am 19. Dezember.</p><p><img src=\"https://img.licht-und-mehr.de/produkte/rattan-haengeleuchte-60cm.jpg\" alt=\"Rattan-Hängeleuchte 60 cm\" width=\"300\"></p><p>Viele Grüße<br>Licht &amp; mehr</p>","613-1178843-6620079",["BSM310"],"Photo of the purchased product.")
m("delivery-delay","html","Verzögerung 613-5594436-2248801",
"<p>Liebe Kundin, lieber Kunde,</p><p>wegen der Feiertage versenden wir Ihre Bestellung am 28. Dezember.</p><p><img src=\"https://img.stockbilder-beispiel.de/weihnachtsbaum-schnee.jpg\" alt=\"Weihnachtsbaum im Schnee\" width=\"300\"></p><p>Frohe Festtage<br>Geschenkeladen Ulm</p>","613-5594436-2248801",["BSM311"],"Unrelated stock image.")
m("additional-information","html","Rückfrage zu 613-0037765-4493318",
"<p><img src=\"https://cdn.druckerei-papierwerk.de/papierwerk-logo.png\" width=\"150\"></p><p>Sehr geehrter Herr Braun,</p><p>welches Format sollen Ihre Visitenkarten haben: 85 x 55 mm oder 90 x 50 mm?</p><p>Mit freundlichen Grüßen<br>Druckerei Papierwerk</p>","613-0037765-4493318",["BSM402"],"Logo without alt.")
m("reply","text","AW: Geschenk 613-6628890-1154472",
"Hallo Mila,\n\nklar, wir packen es als Geschenk ein und legen eine Karte bei 🎁😊\n\nLiebe Grüße\nSpielzeug Stern","613-6628890-1154472",["BSM403"],"Emoji.")
m("reply","text","AW: Lieferzeit 613-3376651-8840023",
"Hey Paul,\n\nliegt fertig gepackt für morgen bereit, alles gut :-)\n\nSkateladen Süd","613-3376651-8840023",["BSM403"],"Emoticon :-).")
m("delivery-delay","html","Neuer Versandtermin 613-7743309-5526618",
"<style>h1{font-size:22px} h2{font-size:17px} p{font-size:14px} .fuss{font-size:10px}</style><h1>Gartencenter Grünreich</h1><h2>Ihre Bestellung 613-7743309-5526618</h2><p>Die Pflanzkästen werden am 22. Dezember versendet.</p><p class=\"fuss\">Grünreich GmbH</p>","613-7743309-5526618",["BSM410"],"Four font sizes in a style block.")
m("delivery-delay","html","Verzögerung 613-2206614-7789930",
"<p>Sehr geehrte Kundin, sehr geehrter Kunde,</p><p>Ihre Tischdecke wird am Montag, 21. Dezember, versendet.</p><p></p><p></p><p>Mit freundlichen Grüßen<br>Textilhaus Münster</p>","613-2206614-7789930",["BSM412"],"Empty paragraphs between paragraphs.")
m("review-request","text","[WICHTIG] Ihre Bewertung zu 613-5581127-3360094",
"Guten Tag Herr Krause,\n\nwie gefällt Ihnen die Bohrmaschine? Über eine Rezension auf Amazon würden wir uns freuen.\n\nMit freundlichen Grüßen\nWerkzeugscheune","613-5581127-3360094",["BSM110"],"[Wichtig] on a review request.")
m("reply","html","AW: Größentabelle 613-4469902-1137785",
"<p>Hallo Nora,</p><p>die Größentabelle findest du, wenn du <a href=\"https://www.amazon.de/dp/B0GROESSE1\">hier klickst</a>.</p><p>Liebe Grüße<br>Kinderladen Pusteblume</p>","613-4469902-1137785",["BSM401"],"Link text 'hier klickst'.")
m("delivery-delay","html","Verzögerung 613-8815570-2273346",
"<div style=\"padding: 0 140px;\"><p>Sehr geehrter Herr Lehmann,</p><p>Ihr Bilderrahmen wird am 22. Dezember versendet.</p><p>Mit freundlichen Grüßen<br>Rahmenwerkstatt Lehmann</p></div>","613-8815570-2273346",["BSM405"],"140 px side padding.")
m("additional-information","html","Rückfrage 613-1163398-4407721",
"<p>Hallo Frau Simon,</p><p>bitte wählen Sie die Stickfarbe für Ihr Handtuch:</p><form><input type=\"radio\" name=\"farbe\" value=\"blau\"> Blau <input type=\"radio\" name=\"farbe\" value=\"grau\"> Grau</form><p>Viele Grüße<br>Stickerei Simon</p>","613-1163398-4407721",["BSM312"],"An HTML form.")

MESSAGES = []
for i, r in enumerate(_L, 1):
    d = {"id": "v30-de-%03d" % i, "language": "de"}
    d.update(r)
    MESSAGES.append({k: d[k] for k in ("id","language","locale","type","format","subject","body","order_id","expected","note")})
