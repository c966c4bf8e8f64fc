"""v33 evaluation messages, German (de)."""

_R = []


def _m(type_, fmt, locale, subject, body, order_id, expected, note):
    _R.append({"type": type_, "format": fmt, "locale": locale, "subject": subject,
               "body": body, "order_id": order_id, "expected": sorted(expected), "note": note})


# ---- 17 clean ----
_m("delivery-delay", "text", "de-DE", "Verspätung Ihrer Bestellung 643-4418207-3390615",
   "Sehr geehrter Herr Schäfer,\n\nvielen Dank für Ihre Bestellung 643-4418207-3390615 (Kettenöl, 5 x 1 Liter). Unser Abfüller hat uns leider mitgeteilt, dass die aktuelle Charge "
   "erst am 15.12.2026 bei uns eintrifft.\n\nWir werden Ihr Paket daher voraussichtlich am Mittwoch, 16.12.2026, versenden, also rund eine Woche später als angegeben. "
   "An Ihrer Bestellung ändert sich sonst nichts.\n\nBitte entschuldigen Sie die Verzögerung.\n\nMit freundlichen Grüßen\nKatrin Vogel\nForstbedarf Vogel, Schwarzwald",
   "643-4418207-3390615", [], "Plain-text delay with a new dispatch date.")
_m("delivery-delay", "html", "de-AT", "Neuer Versandtermin für Bestellung 643-7702953-1184420",
   "<p>Grüß Gott Frau Huber,</p><p>Ihr Dirndl-Schürzenset (Bestellung <b>643-7702953-1184420</b>) wird in unserer Schneiderei in Salzburg noch fertig genäht. "
   "Wir rechnen mit dem Versand am <b>Freitag, 18. Dezember</b>.</p><ul><li>Bestellung bleibt unverändert</li><li>Sie müssen nichts weiter tun</li></ul>"
   "<p>Herzliche Grüße<br>Trachtenstube Mayrhofer</p>", "643-7702953-1184420", [], "HTML delay with a list, no styles.")
_m("order-problem", "text", "de-DE", "[Wichtig] Artikel nicht lieferbar – Bestellung 643-2291068-5573301",
   "Guten Tag Frau Yilmaz,\n\nleider können wir die Ersatzdichtung (Art. 44-118) aus Ihrer Bestellung 643-2291068-5573301 nicht liefern, da der Hersteller die Produktion eingestellt hat.\n\n"
   "Den Bestellbetrag haben wir um 8,90 € angepasst; die übrigen Artikel gehen wie geplant raus.\n\nFreundliche Grüße\nSanitär-Teile Krause",
   "643-2291068-5573301", [], "Order problem with adjustment and [Wichtig] subject (allowed).")
_m("additional-information", "text", "de-CH", "Rückfrage zu Ihrer Bestellung 643-6150374-8829196",
   "Grüezi Herr Brunner\n\nFür den Druck Ihres Vereinswimpels (Bestellung 643-6150374-8829196) fehlt uns noch das Gründungsjahr Ihres Vereins. "
   "Könnten Sie uns dieses kurz mitteilen?\n\nFreundliche Grüsse\nFahnenmanufaktur Aarau", "643-6150374-8829196", [],
   "Information request (Swiss spelling without ß).")
_m("return-follow-up", "text", "de-DE", "Ihre Rücksendung zu 643-9034481-2275560",
   "Hallo Herr Neumann,\n\ndie zurückgesandte Kaffeemühle (Bestellung 643-9034481-2275560) ist bei uns angekommen. Leider fehlt der Bohnenbehälter, und das Mahlwerk zeigt Gebrauchsspuren.\n\n"
   "Wir bieten Ihnen deshalb eine Teilerstattung von 55,00 € (statt 99,00 €) an. Sind Sie einverstanden? Dann veranlassen wir die Zahlung umgehend.\n\nViele Grüße\nBohnenwerk Hamburg",
   "643-9034481-2275560", [], "Partial refund offer on a return.")
_m("return-follow-up", "text", "de-DE", "Rücksendung 643-1187205-6642938 – kurze Frage",
   "Sehr geehrte Frau Lorenz,\n\nSie haben eine Rücksendung für Bestellung 643-1187205-6642938 angemeldet. Damit wir die Abholung richtig planen können: "
   "Befindet sich das Hochbeet noch im Originalkarton, oder ist es bereits aufgebaut?\n\nMit freundlichen Grüßen\nGartenholz Lüneburg",
   "643-1187205-6642938", [], "Return follow-up asking a question.")
_m("invoice", "text", "de-DE", "Rechnung zu Ihrer Bestellung 643-5526610-3318074",
   "Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie die Rechnung Nr. RE/2026/12/0331 zu Ihrer Bestellung 643-5526610-3318074 (Bürostuhl ErgoPlus, 2 Stück).\n\n"
   "Nettobetrag 420,17 €, USt. 19 % 79,83 €, Gesamtbetrag 500,00 €.\n\nMit freundlichen Grüßen\n\nBüromöbel Hartmann GmbH\nKönigstraße 12, 70173 Stuttgart\n"
   "Amtsgericht Stuttgart HRB 765432 | USt-IdNr. DE 298765432 | Steuernr. 99/123/45678", "643-5526610-3318074", [],
   "Invoice with USt-IdNr, HRB, tax number and slashed invoice number.")
_m("review-request", "text", "de-DE", "Ihre Meinung zu Bestellung 643-8840192-7756103",
   "Guten Tag Herr Wagner,\n\nSie haben vor einigen Tagen unser Imkerhonig-Probierset erhalten (Bestellung 643-8840192-7756103). "
   "Wir würden uns freuen, wenn Sie eine Produktbewertung auf Amazon schreiben – ganz gleich, wie Ihr Eindruck ausfällt.\n\nMit freundlichen Grüßen\nImkerei Sonnenwabe",
   "643-8840192-7756103", [], "Neutral review request in text.")
_m("review-request", "html", "de-DE", "Bewertung Ihrer Bestellung 643-3361957-4402288",
   "<p><img src=\"https://media.spielwerk-erzgebirge.de/logo/spielwerk-erzgebirge-logo.png\" alt=\"Spielwerk Erzgebirge Logo\" width=\"170\"></p>"
   "<p>Liebe Frau Kaiser,</p><p>Ihre Holzeisenbahn (Bestellung 643-3361957-4402288) ist hoffentlich gut angekommen. Wenn Sie möchten, können Sie hier "
   "<a href=\"https://www.amazon.de/review/create-review?asin=B0BQ7HX2KD\">eine Bewertung der Holzeisenbahn auf Amazon.de abgeben</a>. Jede ehrliche Rückmeldung hilft uns.</p>"
   "<p>Herzliche Grüße aus Seiffen<br>Spielwerk Erzgebirge</p>", "643-3361957-4402288", [],
   "HTML review request with logo and descriptive Amazon link.")
_m("delivery-scheduling", "text", "de-DE", "Liefertermin für Ihren Kleiderschrank – 643-1905528-8863147",
   "Hallo Familie Becker,\n\nIhr Schwebetürenschrank (Bestellung 643-1905528-8863147, 3 Pakete, ca. 160 kg) wird per Spedition bis in die Wohnung geliefert. Folgende Termine sind frei:\n\n"
   "Di., 15.12., 8–12 Uhr\nDo., 17.12., 12–16 Uhr\nSa., 19.12., 8–12 Uhr\n\nBitte teilen Sie uns mit, welcher Termin passt und in welchem Stockwerk Sie wohnen.\n\nViele Grüße\nMöbelversand Rhein-Main",
   "643-1905528-8863147", [], "Scheduling a bulky delivery with slots.")
_m("home-service-appointment", "text", "de-AT", "Montagetermin Geschirrspüler – Bestellung 643-4473016-2218895",
   "Sehr geehrter Herr Gruber,\n\nfür den Einbau Ihres Geschirrspülers (Bestellung 643-4473016-2218895) können wir Ihnen folgende Termine anbieten: "
   "Montag, 14. Dezember, zwischen 7:30 und 9:30 Uhr, oder Mittwoch, 16. Dezember, zwischen 13:00 und 15:00 Uhr.\n\nBitte geben Sie uns Bescheid, welcher Termin Ihnen lieber ist.\n\n"
   "Mit freundlichen Grüßen\nElektro Pichler – Montageservice, Graz", "643-4473016-2218895", [], "Home-service appointment.")
_m("custom-design-verification", "text", "de-DE", "Korrekturabzug Ihres Türschilds – 643-7618840-5590321",
   "Hallo Frau Schmitt,\n\nim Anhang finden Sie den Korrekturabzug (Korrektur_Tuerschild_Schmitt.pdf) für Ihr graviertes Türschild aus Bestellung 643-7618840-5590321.\n\n"
   "Bitte prüfen Sie Schreibweise, Schriftart und Anordnung der Namen „Anja & Felix Schmitt“. Sobald Sie uns Ihr Okay geben, gravieren wir.\n\nViele Grüße\nSchilderwerkstatt Brandt",
   "643-7618840-5590321", [], "Design proof for verification.")
_m("fulfillment-question", "text", "de-DE", "Zugang für Zustellung – Bestellung 643-2846173-9931506",
   "Guten Tag Herr Ahmadi,\n\nder Paketdienst konnte Ihre Bestellung 643-2846173-9931506 (Sendungsnummer 00340434161094012345) gestern nicht zustellen, da der Hinterhof nur mit Code zugänglich ist.\n\n"
   "Würden Sie uns den Zugangscode oder einen Ablageort nennen? Wir ergänzen die Angabe beim neuen Zustellauftrag (Vorgang ZA-2026-0815).\n\nFreundliche Grüße\nVersandteam Druckerpatronen24",
   "643-2846173-9931506", [], "Access-code question with tracking and reference numbers.")
_m("reply", "text", "de-DE", "AW: Frage zum „Pro Gaming Headset Wireless“ – 643-5091274-1147738",
   "Hallo Jonas,\n\ndas „Pro Gaming Headset Wireless“ aus deiner Bestellung 643-5091274-1147738 funktioniert auch an der PS5, du brauchst dafür nur den mitgelieferten USB-Dongle.\n\n"
   "Viel Spaß beim Zocken!\nDein Team von Pixelkeller", "643-5091274-1147738", [], "Reply quoting an English product title in German sentences.")
_m("reply", "text", "de-DE", "AW: Akku lädt nicht mehr – 643-6337105-8824419",
   "Sehr geehrte Frau Winkler,\n\nes tut uns leid, dass der Akku-Rasenmäher aus Bestellung 643-6337105-8824419 nicht mehr lädt. Das Gerät hat eine Herstellergarantie von drei Jahren, "
   "die direkt über den Hersteller abgewickelt wird.\n\nGarantie-Hotline des Herstellers (Grünkraft GmbH): 0800 4711 230, Mo.–Fr. 8–18 Uhr. Bitte halten Sie die Seriennummer bereit.\n\n"
   "Mit freundlichen Grüßen\nGartentechnik Weber", "643-6337105-8824419", [], "Manufacturer warranty hotline marked as such.")
_m("reply", "text", "de-CH", "AW: Lieferung nach Liechtenstein? (643-8185530-3367242)",
   "Guten Tag Frau Meier\n\nIhre Bestellung 643-8185530-3367242 wird an die angegebene Adresse in Zürich geliefert; eine Umleitung nach Liechtenstein ist leider nicht möglich.\n\n"
   "Freundliche Grüsse\n\nAlpenkäse Direkt AG\nBahnhofstrasse 5, 3600 Thun\nUID CHE-123.456.789 MWST | Handelsregister Kanton Bern\nKundendienst Mo–Fr 8.00–17.00 Uhr",
   "643-8185530-3367242", [], "Reply with Swiss company-details footer.")
_m("reply", "text", "de-DE", "AW: Wo bleibt meine Erstattung? – 643-3702816-5519087",
   "Hallo Frau Schulz,\n\nIhre Rücksendung zur Bestellung 643-3702816-5519087 (Retourennummer R-26-33871, DHL-Sendung JJD000390007123456) ist am 03.12.2026 um 09:14 Uhr eingegangen. "
   "Die Erstattung über 39,95 € wurde am 04.12.2026 angewiesen und sollte in 3–5 Werktagen auf Ihrem Konto sein.\n\nViele Grüße\nSchuhhaus Lindner",
   "643-3702816-5519087", [], "Reply with return and tracking numbers, dates, times and amounts.")

# ---- 31 violations ----
_m("fulfillment-question", "text", "de-DE", "Bestellung 643-9920437-6618254",
   "Hallo Herr Krüger,\n\nIhre Bestellung 643-9920437-6618254 wurde heute an DHL übergeben und ist nun unterwegs zu Ihnen.\n\nBeste Grüße\nModellbahn-Ecke Kassel",
   "643-9920437-6618254", ["BSM201"], "Shipping confirmation: handed to DHL.")
_m("additional-information", "text", "de-AT", "Ihre Bestellung 643-1433708-2295561",
   "Liebe Frau Steiner,\n\nwir haben Ihre Bestellung 643-1433708-2295561 erhalten und packen Ihre Kürbiskernöl-Flaschen gerade bruchsicher ein.\n\nLiebe Grüße aus der Steiermark\nÖlmühle Fasching",
   "643-1433708-2295561", ["BSM201"], "Order received and being packed.")
_m("reply", "text", "de-DE", "Danke! 643-6071822-4453390",
   "Liebe Frau Hofmann,\n\nganz herzlichen Dank für Ihren Einkauf (Bestellung 643-6071822-4453390)! Wir freuen uns sehr, Sie als Kundin zu haben.\n\nHerzlichst\nIhr Team von Seifenzauber",
   "643-6071822-4453390", ["BSM202"], "Thanks only.")
_m("fulfillment-question", "text", "de-DE", "Ihre Bestellung 643-2558164-7730412",
   "Guten Tag,\n\nfalls es bei Ihrer Bestellung 643-2558164-7730412 Fragen oder Probleme geben sollte, sind wir jederzeit gerne für Sie da.\n\nMit freundlichen Grüßen\nKfz-Teile Bauer",
   "643-2558164-7730412", ["BSM202"], "Only an offer to help.")
_m("delivery-delay", "text", "de-DE", "Kleine Verzögerung – Bestellung 643-4826093-1174529",
   "Hallo Frau Zimmermann,\n\nIhr Adventskranz-Bastelset (Bestellung 643-4826093-1174529) verlässt uns wegen eines Lieferengpasses bei den Kerzen erst am 14.12. statt am 09.12.\n\n"
   "Herzliche Grüße\nBastelkiste Münster\n\nPS: Nur noch bis Sonntag gibt es 20 % Rabatt auf unser gesamtes Sortiment!",
   "643-4826093-1174529", ["BSM203"], "Delay with a sitewide sale in the P.S.")
_m("review-request", "text", "de-DE", "Wie gefällt Ihnen Ihr Messer? (643-7315540-8896017)",
   "Sehr geehrter Herr Richter,\n\nwir würden uns über Ihre ehrliche Bewertung des Kochmessers aus Bestellung 643-7315540-8896017 auf Amazon freuen.\n\n"
   "Übrigens: Im Januar erscheint unsere neue Damast-Kollektion. Folgen Sie uns auf Facebook oder abonnieren Sie unseren Newsletter, um nichts zu verpassen.\n\nMit freundlichen Grüßen\nSchneidwerk Solingen",
   "643-7315540-8896017", ["BSM203"], "Review request with new collection, follow us and newsletter.")
_m("review-request", "html", "de-DE", "Ein kleines Dankeschön für Ihre Bewertung – 643-3187926-5502843",
   "<p>Liebe Frau Braun,</p><p>wie gefällt Ihnen die Tagesdecke aus Bestellung 643-3187926-5502843? Wenn Sie eine Bewertung auf Amazon schreiben, "
   "schicken wir Ihnen nach deren Veröffentlichung gern ein passendes Kissen als kleines Dankeschön – natürlich kostenlos.</p><p>Herzliche Grüße<br>Wohntraum Textil</p>",
   "643-3187926-5502843", ["BSM204"], "Free cushion once the review is published.")
_m("review-request", "text", "de-DE", "Bestellung 643-8640275-3321796",
   "Hallo Herr Schwarz,\n\nsobald Ihre Bewertung der Solar-Gartenleuchten (Bestellung 643-8640275-3321796) online ist, erstatten wir Ihnen den vollen Kaufpreis. "
   "Schreiben Sie uns einfach kurz, wenn es so weit ist.\n\nGrüße\nSolarLicht24",
   "643-8640275-3321796", ["BSM204"], "Full refund once the review is online.")
_m("reply", "text", "de-DE", "AW: Defekter Wasserkocher – 643-1726638-9948105",
   "Sehr geehrter Herr Lange,\n\nwir haben Ihnen bereits einen neuen Wasserkocher zur Bestellung 643-1726638-9948105 geschickt.\n\n"
   "Da die Sache damit erledigt ist, möchten wir Sie höflich bitten, Ihre Ein-Stern-Bewertung zu überarbeiten oder zu löschen.\n\nMit freundlichen Grüßen\nKüchenprofi Dresden",
   "643-1726638-9948105", ["BSM205"], "Asks to revise or delete a one-star review.")
_m("review-request", "text", "de-AT", "Ihre Erfahrung mit Bestellung 643-5504981-2273360",
   "Sehr geehrte Frau Berger,\n\nwenn Sie mit Ihrem Wanderstock-Set (Bestellung 643-5504981-2273360) zufrieden sind, freuen wir uns über eine Bewertung auf Amazon. "
   "Sollten Sie nicht zufrieden sein, schreiben Sie bitte lieber uns direkt, statt eine Bewertung abzugeben.\n\nMit freundlichen Grüßen\nBergsport Tirol",
   "643-5504981-2273360", ["BSM206"], "Review only if satisfied; unhappy buyers steered away.")
_m("review-request", "html", "de-DE", "Fünf Sterne für uns? – 643-9257413-6680072",
   "<p>Hallo Lena,</p><p>du hast bei uns das Fotopapier-Set bestellt (Bestellung 643-9257413-6680072). Wir würden uns riesig über eine 5-Sterne-Bewertung auf Amazon freuen!</p>"
   "<p>Liebe Grüße<br>Fotolabor Nord</p>", "643-9257413-6680072", ["BSM206"], "Asks for a five-star rating.")
_m("order-problem", "text", "de-DE", "Problem mit Bestellung 643-2031186-5547793",
   "Sehr geehrte Frau Krämer,\n\nder Standmixer aus Ihrer Bestellung 643-2031186-5547793 ist leider ausverkauft. Der Bestellbetrag wurde bereits auf 0,00 € angepasst.\n\n"
   "Am schnellsten geht es, wenn Sie die Bestellung selbst in Ihrem Amazon-Konto stornieren.\n\nMit freundlichen Grüßen\nHaushaltswaren Engel",
   "643-2031186-5547793", ["BSM108"], "Advises buyer to cancel (adjustment mentioned).")
_m("order-problem", "text", "de-CH", "Bestellung 643-6684420-1139258 – Lagerbestand",
   "Grüezi Herr Keller\n\nLeider ist die Schneeschaufel aus Ihrer Bestellung 643-6684420-1139258 nicht mehr an Lager. Wir wären Ihnen dankbar, wenn Sie über Amazon einen Stornierungsantrag stellen könnten.\n\n"
   "Freundliche Grüsse\nWinterdienst-Shop Chur", "643-6684420-1139258", ["BSM107", "BSM108"],
   "Asks for a cancellation request, no adjustment.")
_m("delivery-delay", "text", "de-DE", "Verschiebung Versand – 643-8412097-4426631",
   "Hallo Herr Koch,\n\nIhre Stirnlampe (Bestellung 643-8412097-4426631) wird voraussichtlich am 17.12. statt am 11.12. versendet.\n\nGrüße\nOutdoorwelt Harz\n\n"
   "Sie möchten keine Nachrichten mehr von uns erhalten? Antworten Sie einfach mit „Abmelden“.",
   "643-8412097-4426631", ["BSM305"], "Opt-out instruction in the footer.")
_m("reply", "text", "de-DE", "AW: Immer noch kein Paket! 643-3950718-6612084",
   "Hallo Herr Fischer,\n\nsorry, die Scheiß-Spedition hat Ihr Paket (Bestellung 643-3950718-6612084) verdammt noch mal eine Woche im Lager vergammeln lassen. "
   "Wir haben Druck gemacht, morgen kommt es.\n\nGruß\nSven, Fitnessgeräte Direkt", "643-3950718-6612084", ["BSM306"], "German profanity.")
_m("delivery-delay", "text", "de-AT", "Shipping delay on order 643-7064512-3385579",
   "Dear Mr Eder,\n\nWe are sorry to tell you that your snow chains (order 643-7064512-3385579) will ship on 16 December instead of 10 December due to a supplier delay.\n\n"
   "Best regards,\nAlpin Auto Parts", "643-7064512-3385579", ["BSM104"], "Message entirely in English to a de-AT buyer.")
_m("additional-information", "text", "de-DE", "Rückfrage Gravur – 643-5187329-8801146",
   "Hallo Frau Maier,\n\nfür das gravierte Schneidebrett aus Bestellung 643-5187329-8801146 brauchen wir noch den Wunschtext. Rufen Sie uns am besten kurz an: 0221 98765432.\n\n"
   "Viele Grüße\nHolzgravur Köln", "643-5187329-8801146", ["BSM309"], "German national phone number.")
_m("delivery-scheduling", "text", "de-AT", "Zustelltermin Sauna-Ofen – 643-2627804-5573915",
   "Sehr geehrter Herr Hofer,\n\nfür die Lieferung Ihres Saunaofens (Bestellung 643-2627804-5573915) stimmen wir den Termin gerne telefonisch mit Ihnen ab. "
   "Unsere Disposition erreichen Sie unter +43 662 873 412.\n\nMit freundlichen Grüßen\nSaunabau Salzach", "643-2627804-5573915", ["BSM309"],
   "Austrian number in international format.")
_m("return-follow-up", "text", "de-DE", "Rücksendung 643-4195062-7738420 – Unterlagen",
   "Sehr geehrter Herr Wolf,\n\nfür die Abwicklung Ihrer Rücksendung (Bestellung 643-4195062-7738420) benötigen wir ein Foto des Typenschilds der Bohrmaschine. "
   "Bitte senden Sie es an retoure@werkzeughandel-wolfsburg.de.\n\nMit freundlichen Grüßen\nWerkzeughandel Wolfsburg", "643-4195062-7738420", ["BSM308"],
   "Plain e-mail address.")
_m("reply", "text", "de-DE", "AW: Strickmuster – 643-6903374-1152687",
   "Liebe Frau Peters,\n\ndie Anleitung zum Strickset aus Bestellung 643-6903374-1152687 schicke ich Ihnen gern. Schreiben Sie mir an anleitung (at) wollnest (punkt) de, dann geht sie noch heute raus.\n\n"
   "Herzlich\nUte vom Wollnest", "643-6903374-1152687", ["BSM308"], "Obfuscated e-mail with (at)/(punkt).")
_m("reply", "html", "de-DE", "AW: Einrichtung der Wetterstation – 643-1358890-4460273",
   "<p>Hallo Herr Schuster,</p><p>die Einrichtung der Wetterstation aus Bestellung 643-1358890-4460273 erklären wir Schritt für Schritt auf unserer "
   "<a href=\"https://www.wetterhaus-shop.de/hilfe/wetterstation-einrichten\">Hilfeseite zur Einrichtung der Wetterstation</a>.</p><p>Viele Grüße<br>Wetterhaus</p>",
   "643-1358890-4460273", ["BSM302"], "Descriptive https link to the seller's site.")
_m("review-request", "html", "de-CH", "Ihre Bewertung zu 643-8476151-2297308",
   "<p>Grüezi Frau Baumann</p><p>Möchten Sie Ihre Erfahrung mit der Fonduegarnitur aus Bestellung 643-8476151-2297308 teilen? Das geht direkt über "
   "<a href=\"http://www.amazon.de/gp/your-account/order-history\">Ihre Bestellübersicht bei Amazon</a>.</p><p>Freundliche Grüsse<br>Chäsi-Lädeli Emmental</p>",
   "643-8476151-2297308", ["BSM301"], "http link to Amazon.")
_m("delivery-delay", "html", "de-DE", "Lieferverzögerung – Bestellung 643-3024968-9917452",
   "<p>Guten Tag Frau Jung,</p><p>Ihr Akku-Staubsauger „Turbo 3000“ (Bestellung 643-3024968-9917452) wird wegen eines Zollstaus erst am 21.12. versendet.</p>"
   "<p><img src=\"https://bilder.saugprofi.de/artikel/turbo-3000-akku-staubsauger.jpg\" alt=\"Akku-Staubsauger Turbo 3000\" width=\"300\"></p>"
   "<p>Mit freundlichen Grüßen<br>Saugprofi</p>", "643-3024968-9917452", ["BSM310"], "Photo of the purchased product.")
_m("additional-information", "html", "de-DE", "Rückfrage zu Bestellung 643-7538207-3364819",
   "<p>Hallo Herr Vogt,</p><p>welche Farbe soll der Bezug Ihres Hundekorbs (Bestellung 643-7538207-3364819) haben: Anthrazit oder Sand?</p>"
   "<p><img src=\"https://cdn.hundeglueck.de/stock/berge-im-sonnenuntergang.jpg\" alt=\"Berge im Sonnenuntergang\" width=\"300\"></p>"
   "<p>Viele Grüße<br>Hundeglück</p>", "643-7538207-3364819", ["BSM311"], "Unrelated landscape image.")
_m("invoice", "html", "de-DE", "Rechnung 643-2915574-6608831",
   "<p><img src=\"https://www.teehaus-ostfriesland.de/img/logo.png\" alt=\"\" width=\"150\"></p><p>Sehr geehrte Frau Brandt,</p>"
   "<p>anbei die Rechnung RE-2026-1187 zu Ihrer Bestellung 643-2915574-6608831 (Ostfriesentee, 3 x 500 g, 32,70 € inkl. 7 % USt.).</p><p>Mit freundlichen Grüßen<br>Teehaus Ostfriesland</p>",
   "643-2915574-6608831", ["BSM402"], "Logo with empty alt.")
_m("delivery-scheduling", "text", "de-DE", "Liefertermin Waschmaschine – 643-4067792-1185346",
   "Hallo Familie Hartmann,\n\nwann dürfen wir Ihre Waschmaschine (Bestellung 643-4067792-1185346) bringen? Frei sind Dienstag, 15.12., vormittags und Donnerstag, 17.12., nachmittags 😊\n\n"
   "Viele Grüße\nWeißwaren Schuster", "643-4067792-1185346", ["BSM403"], "Emoji in a scheduling message.")
_m("return-follow-up", "html", "de-DE", "Ihre Retoure 643-8790126-5531607",
   "<style>h1{font-size:26px} h3{font-size:17px} p{font-size:14px} .fuss{font-size:10px}</style>"
   "<h1>Ihre Retoure</h1><h3>Bestellung 643-8790126-5531607</h3><p>Sehr geehrter Herr Roth, bitte teilen Sie uns mit, welche der beiden Jacken Sie zurückgeschickt haben (Größe M oder L).</p>"
   "<p class=\"fuss\">Modehaus Roth, Leipzig</p>", "643-8790126-5531607", ["BSM410"], "Four font sizes in a style block.")
_m("custom-design-verification", "text", "de-DE", "Entwurf Ihres Fotokalenders – 643-5623409-8874120",
   "Hallo Frau Sommer,\n\nanbei der Entwurf (Kalender_2027_Sommer.pdf) zu Ihrer Bestellung 643-5623409-8874120.\n\n\n"
   "Bitte prüfen Sie besonders die Geburtstage im März und Oktober.\n\nViele Grüße\nKalenderwerk Bremen",
   "643-5623409-8874120", ["BSM412"], "Two blank lines in a row in text.")
_m("fulfillment-question", "html", "de-DE", "Lieferadresse prüfen – 643-1249983-6650714",
   "<p>Guten Tag Herr Franke,</p><p>bei Ihrer Bestellung 643-1249983-6650714 fehlt in der Adresse die Hausnummer.</p><p></p><p></p>"
   "<p>Können Sie uns diese mitteilen?</p><p>Freundliche Grüße<br>Aquaristik Franke</p>", "643-1249983-6650714", ["BSM412"],
   "Empty paragraphs in HTML.")
_m("return-follow-up", "text", "de-DE", "[Wichtig] Ihre Rücksendung 643-3306581-4427995",
   "Guten Tag Frau Graf,\n\nzu Ihrer Rücksendung (Bestellung 643-3306581-4427995): Können Sie uns bitte sagen, ob der Mixer noch originalverpackt ist?\n\nMit freundlichen Grüßen\nKüchenland Augsburg",
   "643-3306581-4427995", ["BSM110"], "[Wichtig] on a return follow-up.")
_m("review-request", "html", "de-DE", "Bewertung – Bestellung 643-6485032-1193348",
   "<p>Hallo Herr Seidel,</p><p>wir freuen uns über Ihre Meinung zum Fahrradschloss aus Bestellung 643-6485032-1193348. "
   "<a href=\"https://www.amazon.de/review/create-review?asin=B0CM3P8Q6S\">Hier</a> können Sie eine Bewertung schreiben.</p><p>Grüße<br>Radsport Seidel</p>",
   "643-6485032-1193348", ["BSM401"], "'Hier' as link text.")
# ---- 2 that vary ----
_m("delivery-delay", "html", "de-DE", "Neuer Versandtermin – 643-9172604-3358867",
   "<div style=\"padding:0 140px\"><p><img src=\"https://static.porzellanmanufaktur-lorenz.de/logo-porzellan-lorenz.png\" alt=\"Porzellanmanufaktur Lorenz Logo\" width=\"580\"></p>"
   "<p>Sehr geehrte Frau Lehmann,</p><p>Ihr Kaffeeservice (Bestellung 643-9172604-3358867) wird nach dem zweiten Brand erst am 22.12. versendet.</p>"
   "<p>Mit freundlichen Grüßen<br>Porzellanmanufaktur Lorenz</p></div>", "643-9172604-3358867", ["BSM405", "BSM406"],
   "140px side padding and a 580px-wide logo.")
_m("delivery-scheduling", "html", "de-DE", "Liefertermin wählen – 643-2739518-6602471",
   "<p>Hallo Herr Ziegler,</p><p>bitte wählen Sie einen Liefertermin für Ihren Kaminofen (Bestellung 643-2739518-6602471):</p>"
   "<form><select name=\"termin\"><option>Mo., 14.12., 8–12 Uhr</option><option>Mi., 16.12., 12–16 Uhr</option></select> <input type=\"submit\" value=\"Termin bestätigen\"></form>"
   "<p>Viele Grüße<br>Ofenhaus Ziegler</p>", "643-2739518-6602471", ["BSM312"], "An HTML form in the message.")

MESSAGES = []
for _i, _r in enumerate(_R, 1):
    MESSAGES.append({"id": "v33-de-%03d" % _i, "language": "de", "locale": _r["locale"], "type": _r["type"],
                     "format": _r["format"], "subject": _r["subject"], "body": _r["body"],
                     "order_id": _r["order_id"], "expected": _r["expected"], "note": _r["note"]})
