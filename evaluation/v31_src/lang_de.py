"""v31 evaluation messages, German (de-DE / de-AT / de-CH)."""

MESSAGES = []


def _m(locale, typ, fmt, subject, body, order_id, expected, note):
    MESSAGES.append({
        "id": "v31-de-%03d" % (len(MESSAGES) + 1),
        "language": "de",
        "locale": locale,
        "type": typ,
        "format": fmt,
        "subject": subject,
        "body": body,
        "order_id": order_id,
        "expected": sorted(expected),
        "note": note,
    })


# 1 clean: delivery delay, text
_m("de-DE", "delivery-delay", "text",
   "Lieferverzögerung zu Ihrer Bestellung 623-5081437-2296610",
   "Sehr geehrte Frau Hoffmann,\n\n"
   "leider verzögert sich der Versand Ihrer Bestellung 623-5081437-2296610. Die handgeschmiedete Pfanne, die Sie ausgewählt haben, "
   "muss nach dem Einbrennen noch einmal nachgeschliffen werden, weil uns die erste Charge nicht gefallen hat.\n\n"
   "Voraussichtlich verschicken wir die Pfanne am Montag, den 14.12.2026.\n\n"
   "Wir bitten um Ihr Verständnis.\n\n"
   "Mit freundlichen Grüßen\nMatthias Krüger\nSchmiede Krüger, Solingen",
   "623-5081437-2296610", [], "Clean plain-text delivery delay with a new date.")

# 2 clean: delivery delay, html
_m("de-AT", "delivery-delay", "html",
   "Neuer Versandtermin: Bestellung 623-1947260-8853312",
   "<p>Grüß Gott Herr Gruber,</p>"
   "<p>Ihr <b>Gaming-Headset mit Ständer</b> ist bei unserem Großhändler in Linz leider erst später wieder eingetroffen als zugesagt. "
   "Damit ändert sich der Versandtermin wie folgt:</p>"
   "<table border=\"1\" cellpadding=\"4\">"
   "<tr><td>Bestellnummer</td><td>623-1947260-8853312</td></tr>"
   "<tr><td>Bisheriger Versand</td><td>03.12.2026</td></tr>"
   "<tr><td>Neuer Versand</td><td>10.12.2026</td></tr>"
   "</table>"
   "<p>Entschuldigen Sie bitte die Wartezeit.</p>"
   "<p>Freundliche Grüße<br>Ihr Team von PixelWerk<br><small>PixelWerk e.U., Wels</small></p>",
   "623-1947260-8853312", [], "Clean HTML delivery delay with a table, Austrian register.")

# 3 clean: order problem, [Wichtig], adjusted
_m("de-DE", "order-problem", "text",
   "[Wichtig] Ihre Bestellung 623-7630184-4417725 kann nicht geliefert werden",
   "Sehr geehrter Herr Schäfer,\n\n"
   "es tut uns sehr leid: Die bestellte Kaffeemaschine 'Barista Duo' können wir nicht versenden. Bei der Inventur hat sich herausgestellt, dass unser Lagerbestand falsch gebucht war und kein Gerät mehr vorrätig ist.\n\n"
   "Den vollständigen Betrag Ihrer Bestellung 623-7630184-4417725 haben wir bereits mit dem Grund 'kein Lagerbestand' erstattet bzw. angepasst. "
   "Je nach Zahlungsart sehen Sie die Gutschrift in wenigen Werktagen.\n\n"
   "Wir bitten vielmals um Entschuldigung.\n\n"
   "Mit freundlichen Grüßen\nSabine Lorenz\nKaffeehaus Technik GmbH",
   "623-7630184-4417725", [], "Clean order problem confirming the adjustment, with an allowed [Wichtig] tag.")

# 4 clean: additional information
_m("de-CH", "additional-information", "text",
   "Rückfrage zu Ihrer Bestellung 623-2384091-6670148",
   "Grüezi Frau Meier\n\n"
   "Für den Fotokalender aus Ihrer Bestellung 623-2384091-6670148 fehlt uns noch das Bild für den Monat August; beim Hochladen sind nur elf Fotos angekommen.\n\n"
   "Könnten Sie uns das zwölfte Bild als Antwort auf diese Nachricht schicken? Danach geht der Kalender sofort in den Druck.\n\n"
   "Freundliche Grüsse\nReto Baumann\nDruckerei Alpenblick, Chur",
   "623-2384091-6670148", [], "Clean request for a missing photo needed to complete the order, Swiss spelling.")

# 5 clean: return follow-up, partial refund
_m("de-DE", "return-follow-up", "text",
   "Ihre Rücksendung zu Bestellung 623-9152706-3384491",
   "Hallo Herr Wagner,\n\n"
   "Sie haben für den Schreibtischstuhl aus Bestellung 623-9152706-3384491 eine Rücksendung beantragt, weil der Bezug an einer Stelle einen kleinen Farbfleck hat.\n\n"
   "Falls Sie den Stuhl trotzdem behalten möchten, bieten wir Ihnen eine Teilerstattung von 30,00 € an. Ansonsten senden wir Ihnen selbstverständlich ein Rücksendeetikett zu. "
   "Geben Sie uns einfach kurz Bescheid, was Ihnen lieber ist.\n\n"
   "Viele Grüße\nBüroform Direkt",
   "623-9152706-3384491", [], "Clean return follow-up offering a partial refund.")

# 6 clean: return follow-up, question
_m("de-AT", "return-follow-up", "text",
   "Rückfrage zur Retoure 623-4725813-0018936",
   "Sehr geehrte Frau Pichler,\n\n"
   "damit wir die Retoure Ihrer Küchenmaschine (Bestellung 623-4725813-0018936) abschließen können, benötigen wir noch eine Angabe: "
   "Ist der Rühraufsatz mitgeschickt worden? Im Paket lagen nur die Schüssel und der Knethaken.\n\n"
   "Vielen Dank für Ihre Rückmeldung.\n\n"
   "Mit besten Grüßen\nHaushaltsprofi Steiermark",
   "623-4725813-0018936", [], "Clean return follow-up asking for information needed to complete the return.")

# 7 clean: invoice with USt-IdNr, HRB, slashed invoice number
_m("de-DE", "invoice", "text",
   "Rechnung zu Ihrer Bestellung 623-3306972-5541807",
   "Sehr geehrte Kundin, sehr geehrter Kunde,\n\n"
   "anbei erhalten Sie die Rechnung zu Ihrer Bestellung 623-3306972-5541807 als PDF.\n\n"
   "Rechnungsnummer: RE/2026/12/0592\n"
   "Rechnungsdatum: 04.12.2026\n"
   "Gesamtbetrag: 189,00 € inkl. 19 % MwSt. (30,18 €)\n\n"
   "Mit freundlichen Grüßen\nIhre Buchhaltung\n\n"
   "Fahrradteile Rheinland GmbH\n"
   "Am Rheinufer 27, 50668 Köln\n"
   "Geschäftsführer: Jens Albrecht\n"
   "Amtsgericht Köln HRB 98765\n"
   "USt-IdNr.: DE298765432\n"
   "Steuernummer: 215/5712/3456",
   "623-3306972-5541807", [], "Clean invoice with USt-IdNr, HRB, Steuernummer and a slashed invoice number.")

# 8 clean: review request, text
_m("de-DE", "review-request", "text",
   "Ihre Meinung zu Bestellung 623-6849307-1123564",
   "Hallo Lena,\n\n"
   "deine Yogamatte ist jetzt seit gut einer Woche bei dir. Wenn du magst, schreib doch eine Produktbewertung auf Amazon und bewerte uns als Verkäufer. "
   "Jede ehrliche Rückmeldung hilft anderen bei der Auswahl und uns dabei, besser zu werden.\n\n"
   "Bestellnummer: 623-6849307-1123564\n\n"
   "Namaste und viele Grüße\nFlowMat Berlin",
   "623-6849307-1123564", [], "Clean neutral review and feedback request in plain text, informal register.")

# 9 clean: review request html with logo and Amazon link
_m("de-DE", "review-request", "html",
   "Wie gefällt Ihnen Ihr Honig? Bestellung 623-0218574-9967302",
   "<p><img src=\"https://m.media-amazon.com/images/S/seller-logos/imkerei-sonnenwabe.png\" alt=\"Logo der Imkerei Sonnenwabe\" width=\"170\" height=\"60\"></p>"
   "<p>Liebe Frau Zimmermann,</p>"
   "<p>vor einiger Zeit haben Sie bei uns das Honig-Probierset bestellt (Bestellung 623-0218574-9967302). "
   "Wir würden uns über eine Rezension freuen, damit andere Kundinnen und Kunden sich ein Bild machen können.</p>"
   "<p><a href=\"https://www.amazon.de/review/create-review?asin=B0CK2W8RZ4\">Rezension auf Amazon.de schreiben</a></p>"
   "<p>Herzliche Grüße aus der Lüneburger Heide<br>Familie Brandt<br><small>Imkerei Sonnenwabe</small></p>",
   "623-0218574-9967302", [], "Clean HTML review request with logo alt text and a descriptive https Amazon link.")

# 10 clean: delivery scheduling
_m("de-DE", "delivery-scheduling", "text",
   "Terminabstimmung Lieferung Boxspringbett - 623-8571046-2290438",
   "Guten Tag Familie Yilmaz,\n\n"
   "Ihr Boxspringbett 'Nordlicht' (Bestellung 623-8571046-2290438) wird von unserer Spedition mit zwei Personen bis in die Wohnung geliefert. Dafür möchten wir einen Termin mit Ihnen vereinbaren.\n\n"
   "Mögliche Zeitfenster:\n"
   "* Dienstag, 15.12., 08:00-12:00 Uhr\n"
   "* Mittwoch, 16.12., 12:00-16:00 Uhr\n"
   "* Freitag, 18.12., 08:00-12:00 Uhr\n\n"
   "Bitte teilen Sie uns mit, welcher Termin passt und in welchem Stockwerk Sie wohnen (mit oder ohne Aufzug).\n\n"
   "Mit freundlichen Grüßen\nDisposition Schlafwelt Hansen",
   "623-8571046-2290438", [], "Clean delivery scheduling for a bulky bed with time slots.")

# 11 clean: home service appointment
_m("de-AT", "home-service-appointment", "text",
   "Montagetermin für Ihre Bestellung 623-1063948-7752180",
   "Sehr geehrter Herr Huber,\n\n"
   "mit Ihrer Bestellung 623-1063948-7752180 haben Sie die Montage Ihres Einbaubackofens gebucht. Unser Techniker kann am Montag, 14. Dezember, zwischen 13 und 15 Uhr "
   "oder am Donnerstag, 17. Dezember, zwischen 8 und 10 Uhr vorbeikommen.\n\n"
   "Welcher Termin ist Ihnen recht? Bitte sorgen Sie dafür, dass der Starkstromanschluss frei zugänglich ist.\n\n"
   "Mit freundlichen Grüßen\nElektro Montageservice Wien",
   "623-1063948-7752180", [], "Clean home-service appointment with two time slots.")

# 12 clean: custom design proof
_m("de-DE", "custom-design-verification", "text",
   "Entwurf zur Freigabe - Bestellung 623-4490615-3308827",
   "Hallo Julia, hallo Markus,\n\n"
   "im Anhang findet ihr den Entwurf für euer graviertes Schneidebrett (Bestellung 623-4490615-3308827): 'Julia & Markus - seit 2019' in der gewählten Schreibschrift, mittig unten.\n\n"
   "Bitte prüft Namen, Jahreszahl und Position. Sobald ihr den Entwurf freigebt, lasern wir das Brett; Änderungswünsche setzen wir gern noch um.\n\n"
   "Liebe Grüße\nAnna von Brettgeflüster",
   "623-4490615-3308827", [], "Clean custom design proof for approval.")

# 13 clean: door code question with references
_m("de-DE", "fulfillment-question", "text",
   "Zugang zum Gebäude - Bestellung 623-2758309-6614075",
   "Sehr geehrter Herr Nowak,\n\n"
   "Ihr Aquariumschrank (Bestellung 623-2758309-6614075, unsere Tourenreferenz T-4471/22) wird am Freitag von unserem eigenen Lieferdienst gebracht. "
   "Laut Adresse wohnen Sie in einem Mehrfamilienhaus mit verschlossenem Haupteingang.\n\n"
   "Gibt es einen Türcode oder einen Klingelnamen, den wir an unsere Fahrer weitergeben dürfen? So können wir den Schrank bis vor Ihre Wohnungstür bringen.\n\n"
   "Mit freundlichen Grüßen\nVersandabteilung AquaWelt",
   "623-2758309-6614075", [], "Clean fulfilment question asking for a door code, with reference numbers.")

# 14 clean: reply quoting English product title
_m("de-CH", "reply", "text",
   "Re: Frage zu 'Bamboo Bath Caddy Deluxe' (623-9307182-4456190)",
   "Grüezi Herr Keller\n\n"
   "Der 'Bamboo Bath Caddy Deluxe' aus Ihrer Bestellung 623-9307182-4456190 ist ausziehbar von 70 bis 105 cm und passt damit auf die meisten Badewannen. "
   "Das Bambusholz ist lackiert, sollte aber nach dem Baden kurz abgetrocknet werden.\n\n"
   "Freundliche Grüsse\nBadwelt Zürich",
   "623-9307182-4456190", [], "Clean reply quoting an English product title inside German sentences.")

# 15 clean: manufacturer warranty hotline
_m("de-DE", "reply", "text",
   "Re: Akku lädt nicht mehr - Bestellung 623-5614820-0093371",
   "Sehr geehrte Frau Becker,\n\n"
   "das tut uns leid. Für Ihren Akkusauger gilt eine Herstellergarantie von zwei Jahren, die direkt über den Hersteller abgewickelt wird. "
   "Die Garantie-Hotline des Herstellers erreichen Sie unter 0800 7243 5500 (kostenfrei, Mo-Fr 8-18 Uhr). "
   "Halten Sie bitte Ihre Bestellnummer 623-5614820-0093371 und die Seriennummer bereit.\n\n"
   "Sollte es dort nicht weitergehen, schreiben Sie uns gern hier.\n\n"
   "Mit freundlichen Grüßen\nHaushaltsmarkt Neumann",
   "623-5614820-0093371", [], "Clean reply giving the manufacturer's warranty hotline, marked as such.")

# 16 clean: reply with company footer
_m("de-DE", "reply", "text",
   "AW: Größenberatung Wanderschuhe 623-7185036-2249918",
   "Hallo Herr Schmitt,\n\n"
   "die Wanderschuhe 'Karwendel GTX' fallen eher klein aus. Sie haben Größe 43 bestellt (Bestellung 623-7185036-2249918); "
   "wenn Sie dicke Wandersocken tragen, empfehlen wir eine halbe Nummer größer. Der Umtausch ist innerhalb der Amazon-Rückgabefrist kostenlos.\n\n"
   "Beste Grüße\nStefan Vogel\n\n"
   "--\n"
   "Bergsport Vogel GmbH & Co. KG\n"
   "Alpenstraße 8, 83471 Berchtesgaden\n"
   "Registergericht: Amtsgericht Traunstein, HRA 12345\n"
   "USt-IdNr.: DE 312 456 789\n"
   "Servicezeiten: Mo-Fr 9:00-17:00 Uhr",
   "623-7185036-2249918", [], "Clean reply with a German company-details footer.")

# 17 clean: reply with return numbers, dates, times, amounts
_m("de-DE", "reply", "text",
   "AW: Erstattung Bestellung 623-3942760-5587013",
   "Guten Tag Herr Fischer,\n\n"
   "Ihre Rücksendung (Retourennummer R-2026-44871, Sendungsnummer 00340434161094042557) ist am 02.12.2026 um 09:37 Uhr in unserem Lager in Kassel eingegangen. "
   "Nach der Prüfung haben wir am 03.12.2026 einen Betrag von 59,90 € für die Bestellung 623-3942760-5587013 erstattet.\n\n"
   "Je nach Bank dauert die Gutschrift 3 bis 5 Werktage.\n\n"
   "Freundliche Grüße\nSportHaus24 Retourenteam",
   "623-3942760-5587013", [], "Clean reply with return and tracking numbers, dates, times and amounts.")

# 18 BSM201: handed to carrier
_m("de-DE", "fulfillment-question", "text",
   "Bestellung 623-6027413-8871590",
   "Hallo Herr Richter,\n\n"
   "Ihr Paket mit den Fahrradtaschen hat heute Mittag unser Lager verlassen und wurde an DHL übergeben. In der Regel ist es morgen oder übermorgen bei Ihnen.\n\n"
   "Bestellnummer: 623-6027413-8871590\n\n"
   "Viele Grüße\nRadladen Kurbel",
   "623-6027413-8871590", ["BSM201"], "Shipping confirmation: left the warehouse and handed to DHL.")

# 19 BSM201: order received and being prepared
_m("de-AT", "additional-information", "text",
   "Ihre Bestellung 623-1594827-3306642",
   "Liebe Frau Winkler,\n\n"
   "Ihre Bestellung ist gut bei uns angekommen und wird bereits liebevoll verpackt. Die Kerzen wickeln wir einzeln in Seidenpapier, damit nichts bricht.\n\n"
   "Bestellnummer 623-1594827-3306642\n\n"
   "Herzliche Grüße\nKerzenzieherei Salzkammergut",
   "623-1594827-3306642", ["BSM201"], "Order confirmation: order received and being packed.")

# 20 BSM202: thanks only
_m("de-DE", "reply", "text",
   "Danke! (623-8260395-1147726)",
   "Liebe Frau Koch,\n\nvon Herzen vielen Dank, dass Sie bei unserer kleinen Seifenmanufaktur bestellt haben. Das bedeutet uns wirklich viel!\n\nIhre Seifenmanufaktur Lavendelhof",
   "623-8260395-1147726", ["BSM202"], "Thank-you-only message.")

# 21 BSM202: only ready to help
_m("de-DE", "fulfillment-question", "text",
   "Ihre Bestellung 623-4081956-7720384",
   "Sehr geehrter Herr Schulz,\n\n"
   "sollten Fragen zu Ihrem Kauf auftauchen oder etwas nicht wie erwartet funktionieren, sind wir jederzeit gern für Sie da. Schreiben Sie uns einfach.\n\n"
   "Mit freundlichen Grüßen\nWerkzeugprofi Nord",
   "623-4081956-7720384", ["BSM202"], "Only offers help if something comes up.")

# 22 BSM203: P.S. 20% off
_m("de-DE", "delivery-delay", "text",
   "Späterer Versand Ihrer Bestellung 623-2947630-5518809",
   "Sehr geehrte Frau Wolf,\n\n"
   "Ihr Puzzle 'Hamburger Speicherstadt, 1000 Teile' wird leider erst am 14.12. statt am 08.12. verschickt, da unsere Druckerei einen Maschinenausfall hatte.\n\n"
   "Entschuldigen Sie bitte die Verzögerung.\n\n"
   "Mit freundlichen Grüßen\nPuzzlewelt Elbe\n\n"
   "PS: Nur bis Sonntag gibt es bei uns 20 Prozent Rabatt auf das gesamte Sortiment - ideal für Weihnachtsgeschenke!",
   "623-2947630-5518809", ["BSM203"], "Permitted delay with a store-wide discount in the PS.")

# 23 BSM203: follow us / newsletter / new collection
_m("de-CH", "reply", "text",
   "Re: Farbe des Schals (623-5730182-4496051)",
   "Hoi Nadine\n\n"
   "Der Schal aus deiner Bestellung 623-5730182-4496051 ist in Wirklichkeit etwas wärmer im Farbton als auf dem Foto, eher Senfgelb als Zitronengelb.\n\n"
   "Folg uns übrigens auf Instagram und abonnier unseren Newsletter, dann siehst du unsere neue Winterkollektion als Erste!\n\n"
   "Liebe Grüsse\nAtelier Wollwerk",
   "623-5730182-4496051", ["BSM203"], "Reply with follow-us, newsletter and new-collection plug.")

# 24 BSM204: small gift after review
_m("de-DE", "review-request", "text",
   "Ihre Meinung zu Bestellung 623-0673491-2285516",
   "Sehr geehrter Herr Braun,\n\n"
   "wir hoffen, Ihnen gefällt der neue Bluetooth-Lautsprecher. Würden Sie eine Bewertung auf Amazon schreiben? "
   "Sobald Ihre Rezension erschienen ist, schicken wir Ihnen als kleines Dankeschön eine Aufmerksamkeit zu.\n\n"
   "Bestellnummer: 623-0673491-2285516\n\n"
   "Mit freundlichen Grüßen\nKlangKiste",
   "623-0673491-2285516", ["BSM204"], "Review request promising a small gift once the review is published.")

# 25 BSM204: full refund when review online
_m("de-DE", "review-request", "text",
   "Kurze Bitte - 623-9416025-7738140",
   "Hi Kevin,\n\n"
   "schön, dass deine Handyhülle angekommen ist. Unser Vorschlag: Du schreibst eine Rezension, schickst uns kurz eine Nachricht, wenn sie online ist, "
   "und wir erstatten dir den kompletten Kaufpreis zurück.\n\n"
   "Bestellung 623-9416025-7738140\n\n"
   "Grüße\nCaseFabrik",
   "623-9416025-7738140", ["BSM204"], "Full refund promised once the review is online.")

# 26 BSM205: change/remove one-star review
_m("de-AT", "reply", "text",
   "Ihre Bewertung zu Bestellung 623-3158704-6629953",
   "Sehr geehrte Frau Bauer,\n\n"
   "wir haben gesehen, dass Sie die Kinderregenjacke mit einem Stern bewertet haben. Inzwischen haben wir Ihnen kostenlos eine neue Jacke in der richtigen Größe geschickt. "
   "Da das Problem nun gelöst ist, wären Sie so freundlich, Ihre Bewertung anzupassen oder zu löschen?\n\n"
   "Bestellung 623-3158704-6629953\n\n"
   "Mit freundlichen Grüßen\nPfützenhüpfer Kindermode",
   "623-3158704-6629953", ["BSM205"], "Asks the buyer to adjust or delete a one-star review.")

# 27 BSM206: only if satisfied
_m("de-DE", "review-request", "text",
   "Zufrieden mit Ihrem Vogelhaus? Bestellung 623-7829046-1150237",
   "Hallo Herr Lange,\n\n"
   "wenn Ihnen das neue Vogelhaus Freude macht, würden wir uns sehr über eine Rezension auf Amazon freuen. "
   "Sind Sie nicht ganz zufrieden, melden Sie sich bitte lieber zuerst bei uns statt eine Bewertung abzugeben - wir finden bestimmt eine Lösung.\n\n"
   "Bestellung 623-7829046-1150237\n\n"
   "Viele Grüße\nGartenholz Allgäu",
   "623-7829046-1150237", ["BSM206"], "Review only if satisfied; unhappy buyers steered to the seller.")

# 28 BSM206: five stars
_m("de-DE", "review-request", "text",
   "Bestellung 623-1486302-5593714",
   "Sehr geehrte Frau Krause,\n\n"
   "Ihre Espressotassen sind nun schon eine Weile bei Ihnen. Über fünf Sterne auf Amazon würden wir uns riesig freuen - für einen kleinen Familienbetrieb wie unseren zählt jede Top-Bewertung.\n\n"
   "Herzliche Grüße\nPorzellanmanufaktur Seidel",
   "623-1486302-5593714", ["BSM206"], "Asks for a five-star rating.")

# 29 BSM108: cancel yourself, adjustment confirmed
_m("de-DE", "order-problem", "text",
   "Problem mit Ihrer Bestellung 623-6357918-0042861",
   "Sehr geehrte Frau Schmid,\n\n"
   "das Kinderbett 'Fiete' ist leider nicht mehr lieferbar, der Hersteller hat die Produktion eingestellt. "
   "Den Bestellbetrag für 623-6357918-0042861 haben wir wegen fehlenden Lagerbestands bereits angepasst.\n\n"
   "Am schnellsten geht es, wenn Sie die Bestellung selbst unter 'Meine Bestellungen' bei Amazon stornieren - das dauert nur einen Moment.\n\n"
   "Mit freundlichen Grüßen\nKinderzimmer Sternchen",
   "623-6357918-0042861", ["BSM108"], "Out of stock: advises the buyer to cancel themselves, adjustment confirmed.")

# 30 BSM108 + BSM107
_m("de-DE", "order-problem", "text",
   "Bestellung 623-2071584-9916347 - Lagerproblem",
   "Sehr geehrter Herr Hartmann,\n\n"
   "durch einen Zählfehler in unserem Lager wurde der letzte Satz Winterreifen doppelt verkauft. "
   "Wir wären Ihnen sehr dankbar, wenn Sie für die Bestellung 623-2071584-9916347 einen Stornierungsantrag stellen könnten, damit wir den Vorgang sauber abschließen können.\n\n"
   "Bitte entschuldigen Sie die Umstände.\n\n"
   "Mit freundlichen Grüßen\nReifenhandel Hartmann & Söhne",
   "623-2071584-9916347", ["BSM107", "BSM108"], "Out of stock: asks for a cancellation request, no adjustment confirmed.")

# 31 BSM305: opt-out
_m("de-DE", "delivery-delay", "text",
   "Versandinfo zu Bestellung 623-8942716-3371058",
   "Guten Tag,\n\n"
   "Ihre Druckerpatronen (Bestellung 623-8942716-3371058) werden etwa fünf Werktage später verschickt, voraussichtlich am 16.12.2026.\n\n"
   "Mit freundlichen Grüßen\nTintenDepot\n\n"
   "Sie möchten keine weiteren Nachrichten von uns erhalten? Dann antworten Sie einfach mit ABMELDEN.",
   "623-8942716-3371058", ["BSM305"], "Delay message with an opt-out instruction in the footer.")

# 32 BSM306: profanity
_m("de-DE", "reply", "text",
   "AW: Paket immer noch nicht da (623-4603871-2258194)",
   "Hi Dennis,\n\n"
   "sorry, der Scheiß-Paketdienst hat dein Paket verdammt noch mal schon wieder ins falsche Depot gekarrt. So ein Mist. "
   "Wir haben Druck gemacht, am Dienstag wird neu zugestellt.\n\n"
   "Bestellung 623-4603871-2258194\n\n"
   "Gruß\nSven - Zockerkeller",
   "623-4603871-2258194", ["BSM306"], "Reply with German profanity about the carrier.")

# 33 BSM104: de-CH buyer, message in French
_m("de-CH", "delivery-delay", "text",
   "Retard de livraison - commande 623-0925137-6684402",
   "Bonjour Monsieur Brunner,\n\n"
   "Votre commande 623-0925137-6684402 (horloge murale en noyer) partira avec quelques jours de retard, vers le 16 décembre, car notre atelier attend encore les mouvements.\n\n"
   "Avec nos excuses pour ce contretemps.\n\n"
   "Meilleures salutations\nHorlogerie Jaquet, Neuchâtel",
   "623-0925137-6684402", ["BSM104"], "German-speaking Swiss buyer receives a message written in French.")

# 34 BSM309: national format
_m("de-DE", "delivery-scheduling", "text",
   "Lieferung Kühl-Gefrierkombination - 623-5379204-1125860",
   "Sehr geehrte Frau Schwarz,\n\n"
   "Ihre Kühl-Gefrierkombination (Bestellung 623-5379204-1125860) kann nächste Woche geliefert werden. "
   "Rufen Sie uns zur Terminvereinbarung einfach unter 0221 / 98 76 54 3 an oder nennen Sie uns hier Ihre Wunschtage.\n\n"
   "Mit freundlichen Grüßen\nWeißware Köln-Ost",
   "623-5379204-1125860", ["BSM309"], "Seller's phone number in German national format.")

# 35 BSM309: international format
_m("de-AT", "reply", "text",
   "Re: Fehlende Schrauben (623-6810459-7734215)",
   "Sehr geehrter Herr Moser,\n\n"
   "entschuldigen Sie die fehlenden Schrauben bei Ihrem Wandregal; ein neues Beschlagset geht heute raus. "
   "Bei weiteren Fragen erreichen Sie unsere Werkstatt direkt unter +43 1 234 56 78.\n\n"
   "Bestellung 623-6810459-7734215\n\n"
   "Mit freundlichen Grüßen\nTischlerei Moser & Partner",
   "623-6810459-7734215", ["BSM309"], "Seller's workshop phone number in international format.")

# 36 BSM308: plain email
_m("de-DE", "custom-design-verification", "text",
   "Entwurf Hochzeitseinladung - 623-2236598-4408137",
   "Liebe Katharina, lieber Florian,\n\n"
   "anbei der erste Entwurf eurer Hochzeitseinladungen (Bestellung 623-2236598-4408137). "
   "Wenn ihr die Datei in voller Auflösung sehen möchtet, schreibt kurz an entwurf@papeterie-feder.de, dann schicken wir sie euch.\n\n"
   "Herzliche Grüße\nPapeterie Feder",
   "623-2236598-4408137", ["BSM308"], "Design proof with a plain e-mail address.")

# 37 BSM308: obfuscated (at)/(punkt)
_m("de-DE", "reply", "text",
   "AW: Größenfrage Laufschuhe (623-7904312-5560289)",
   "Hallo Miriam,\n\n"
   "für eine Größenberatung kannst du uns auch ein Foto deines Fußumrisses schicken, an beratung (at) laufwerk-shop (punkt) de. Wir schauen es uns dann an.\n\n"
   "Bestellung 623-7904312-5560289\n\n"
   "Sportliche Grüße\nLaufwerk",
   "623-7904312-5560289", ["BSM308"], "E-mail address obfuscated with (at) and (punkt).")

# 38 BSM302: https link to seller's site
_m("de-DE", "reply", "html",
   "AW: Aufbau des Kleiderschranks 623-3487105-9921674",
   "<p>Sehr geehrter Herr König,</p>"
   "<p>zum Kleiderschrank aus Bestellung 623-3487105-9921674 gibt es ein ausführliches Aufbauvideo auf unserer Website: "
   "<a href=\"https://www.schrankmeister.de/aufbau/kleiderschrank-bremen\">Aufbauvideo Kleiderschrank Bremen</a>.</p>"
   "<p>Mit freundlichen Grüßen<br>Schrankmeister</p>",
   "623-3487105-9921674", ["BSM302"], "https link with descriptive text to the seller's own site.")

# 39 BSM301: http Amazon link
_m("de-DE", "review-request", "html",
   "Ihre Bewertung zu Bestellung 623-9051764-0036528",
   "<p>Sehr geehrte Frau Wagner,</p>"
   "<p>möchten Sie Ihre Erfahrungen mit der Küchenwaage teilen? Ihre Rezension hilft anderen Käufern bei der Entscheidung.</p>"
   "<p><a href=\"http://www.amazon.de/review/create-review?asin=B0BT7N3QWX\">Rezension auf Amazon.de verfassen</a></p>"
   "<p>Bestellnummer: 623-9051764-0036528</p>"
   "<p>Mit freundlichen Grüßen<br>Küchenkontor</p>",
   "623-9051764-0036528", ["BSM301"], "Descriptive Amazon link over plain http.")

# 40 BSM310: product image
_m("de-DE", "delivery-delay", "html",
   "Bestellung 623-4218650-7783391 verzögert sich",
   "<p>Hallo Jonas,</p>"
   "<p>dein Skateboard wird ein paar Tage später verschickt, voraussichtlich am 12.12. Zur Erinnerung, das ist das Board, das du bestellt hast:</p>"
   "<p><img src=\"https://cdn.rollbrett-laden.de/produkte/deck-kraken-8-25.jpg\" alt=\"Skateboard-Deck Kraken 8,25 Zoll\" width=\"300\"></p>"
   "<p>Bestellung 623-4218650-7783391</p>"
   "<p>Grüße<br>Rollbrett Laden</p>",
   "623-4218650-7783391", ["BSM310"], "Delay message showing a photo of the purchased product.")

# 41 BSM311: unrelated image
_m("de-AT", "invoice", "html",
   "Rechnung zu Bestellung 623-1370948-2264075",
   "<p>Sehr geehrte Kundin, sehr geehrter Kunde,</p>"
   "<p>anbei erhalten Sie die Rechnung RE/2026/1187 zu Ihrer Bestellung 623-1370948-2264075.</p>"
   "<p><img src=\"https://bilder.stockfoto-archiv.com/winter/tannenbaum-schnee.jpg\" alt=\"Verschneiter Tannenbaum\" width=\"320\"></p>"
   "<p>Frohe Festtage!<br>Buchhaltung Druckerei Alpendruck GmbH</p>",
   "623-1370948-2264075", ["BSM311"], "Invoice decorated with an unrelated snowy fir tree image.")

# 42 BSM402: logo without alt
_m("de-DE", "additional-information", "html",
   "Adressprüfung Bestellung 623-8625071-4419836",
   "<p><img src=\"https://m.media-amazon.com/images/S/seller-logos/gruene-oase.png\" width=\"150\" height=\"50\"></p>"
   "<p>Sehr geehrte Frau Kaiser,</p>"
   "<p>in der Lieferadresse zu Bestellung 623-8625071-4419836 fehlt die Hausnummer. Könnten Sie uns diese mitteilen, damit Ihre Olivenbaum-Lieferung ankommt?</p>"
   "<p>Mit grünen Grüßen<br>Grüne Oase Pflanzenversand</p>",
   "623-8625071-4419836", ["BSM402"], "Shop logo image without an alt attribute.")

# 43 BSM403: emoji
_m("de-DE", "reply", "text",
   "AW: Geschenkverpackung? (623-5093627-1187402)",
   "Hallo Sophie,\n\n"
   "klar, wir verpacken deine Bestellung 623-5093627-1187402 als Geschenk und legen keinen Lieferschein mit Preis bei 🎄 Sag uns einfach, was auf die Karte soll.\n\n"
   "Liebe Grüße\nSchmuckatelier Silberfaden",
   "623-5093627-1187402", ["BSM403"], "Reply containing an emoji.")

# 44 BSM403: emoticon
_m("de-DE", "delivery-scheduling", "text",
   "Lieferung Gartenmöbel - 623-2841706-6653920",
   "Hallo Herr Peters,\n\n"
   "Ihre Gartenlounge (Bestellung 623-2841706-6653920) kommt per Lkw mit Hebebühne. Passt Ihnen Samstag, der 19.12., zwischen 10 und 14 Uhr? "
   "Dann drücken wir die Daumen für trockenes Wetter :-D\n\n"
   "Viele Grüße\nGartenmöbel Lindner",
   "623-2841706-6653920", ["BSM403"], "Delivery scheduling with an emoticon.")

# 45 BSM410: four sizes
_m("de-DE", "delivery-delay", "html",
   "Neuer Versandtermin zu 623-7462019-3308751",
   "<style>h1{font-size:27px} h2{font-size:20px} p{font-size:15px} .fuss{font-size:11px}</style>"
   "<h1>Lieferverzögerung</h1>"
   "<h2>Bestellung 623-7462019-3308751</h2>"
   "<p>Sehr geehrter Herr Zimmer, Ihr Fahrradhelm wird wegen einer verspäteten Lieferung unseres Lieferanten erst am 15.12. verschickt.</p>"
   "<p>Wir bitten um Entschuldigung.</p>"
   "<p class=\"fuss\">Radsport Zimmer e.K., Freiburg</p>",
   "623-7462019-3308751", ["BSM410"], "Four explicit font sizes set in a style block.")

# 46 BSM412: empty paragraphs
_m("de-DE", "additional-information", "html",
   "Maße für Ihre Gardinen - 623-3680294-5572106",
   "<p>Sehr geehrte Frau Fuchs,</p>"
   "<p></p><p></p>"
   "<p>für die Maßgardinen aus Bestellung 623-3680294-5572106 benötigen wir noch die genaue Höhe von der Gardinenstange bis zum Boden.</p>"
   "<p>&nbsp;</p><p>&nbsp;</p><p>&nbsp;</p>"
   "<p>Mit freundlichen Grüßen<br>Gardinenstudio Fuchs</p>",
   "623-3680294-5572106", ["BSM412"], "HTML with empty paragraphs between paragraphs.")

# 47 BSM110: [Wichtig] on return follow-up
_m("de-DE", "return-follow-up", "text",
   "[Wichtig] Ihre Rücksendung zu Bestellung 623-0817563-9945280",
   "Sehr geehrter Herr Roth,\n\n"
   "Sie möchten die Stehlampe aus Bestellung 623-0817563-9945280 zurückschicken, weil der Schirm eine kleine Delle hat. "
   "Wenn Sie die Lampe behalten, erstatten wir Ihnen gern 20,00 € als Teilbetrag. Möchten Sie das Angebot annehmen?\n\n"
   "Mit freundlichen Grüßen\nLeuchtenhaus Roth",
   "623-0817563-9945280", ["BSM110"], "[Wichtig] tag on a non-critical return follow-up.")

# 48 BSM401: 'hier'
_m("de-DE", "review-request", "html",
   "Ihr Feedback zu Bestellung 623-6174390-2218657",
   "<p>Hallo Tim,</p>"
   "<p>wie gefällt dir die Powerbank? Eine Produktbewertung auf Amazon kannst du "
   "<a href=\"https://www.amazon.de/review/create-review?asin=B0D3MV5T8K\">hier</a> schreiben.</p>"
   "<p>Bestellung 623-6174390-2218657</p>"
   "<p>Grüße<br>Stromladen</p>",
   "623-6174390-2218657", ["BSM401"], "Amazon review link with the text 'hier'.")

# 49 vary: oversized banner over http
_m("de-DE", "delivery-delay", "html",
   "Versandverzögerung Bestellung 623-9528013-4470162",
   "<p><img src=\"http://m.media-amazon.com/images/S/seller-logos/toepferei-lehmann-banner.png\" alt=\"Banner der Töpferei Lehmann\" width=\"580\" height=\"120\"></p>"
   "<p>Sehr geehrte Frau Albers,</p>"
   "<p>Ihre handgedrehte Vase muss ein zweites Mal gebrannt werden. Deshalb verschicken wir die Bestellung 623-9528013-4470162 erst am 18.12. statt am 10.12.</p>"
   "<p>Vielen Dank für Ihre Geduld.<br>Töpferei Lehmann</p>",
   "623-9528013-4470162", ["BSM406", "BSM413"], "Shop banner 580 px wide loaded over http.")

# 50 vary: German greeting, English body
_m("de-DE", "delivery-delay", "text",
   "Bestellung 623-4306871-1129945",
   "Sehr geehrter Herr Weber,\n\n"
   "we are sorry to inform you that your order 623-4306871-1129945 (mechanical keyboard, German layout) will ship later than expected. "
   "Our supplier in Shenzhen has delayed the batch, and we now expect to dispatch it on 17 December.\n\n"
   "We apologise for the inconvenience.\n\n"
   "Best regards,\nKeyForge Europe",
   "623-4306871-1129945", ["BSM104"], "German greeting but the body is in English.")
