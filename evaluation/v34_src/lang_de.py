"""v34 evaluation messages, German (de)."""

_R = []


def _m(locale, typ, fmt, subject, body, order_id, expected, note):
    _R.append({
        "id": "v34-de-%03d" % (len(_R) + 1),
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


# 1 clean delay, text
_m("de-DE", "delivery-delay", "text",
   "Ihre Kuckucksuhr - Bestellung 653-2748810-3365092",
   "Sehr geehrte Frau Lehmann,\n\nleider verzögert sich die Fertigstellung Ihrer Kuckucksuhr (Bestellung 653-2748810-3365092). Unser Schnitzer ist seit letzter Woche erkrankt, und das Laubwerk auf dem Gehäuse ist noch nicht ganz fertig. Wir rechnen damit, die Uhr am Mittwoch, 23.12., versenden zu können, also gut eine Woche später als im Angebot angegeben.\n\nWir bitten um Ihr Verständnis. Jede Uhr wird bei uns von Hand gefertigt, und wir möchten bei der Qualität keine Abstriche machen.\n\nMit freundlichen Grüßen aus Triberg\nFranz Hettich\nUhrenwerkstatt Hettich",
   "653-2748810-3365092", [], "Clean plain-text delay for a handmade clock.")

# 2 clean delay, html
_m("de-DE", "delivery-delay", "html",
   "Neuer Versandtermin für Bestellung 653-6619034-8810275",
   "<p>Guten Tag Herr Schuster,</p>\n<p>Ihr Ersatzakku für das E-Bike (36 V, 14 Ah) aus Bestellung <strong>653-6619034-8810275</strong> ist bei unserem Lieferanten noch nicht eingetroffen. Wir haben folgenden neuen Termin erhalten:</p>\n<table cellpadding=\"5\">\n<tr><td>Ursprünglicher Versand</td><td>bis 11.12.2026</td></tr>\n<tr><td>Neuer voraussichtlicher Versand</td><td>18.12.2026</td></tr>\n</table>\n<p>Für die Verzögerung bitten wir um Entschuldigung.</p>\n<p>Freundliche Grüße<br>Ihr Team von RadWerk Teile</p>",
   "653-6619034-8810275", [], "Clean HTML delay with a table of dates.")

# 3 clean order problem [Wichtig]
_m("de-DE", "order-problem", "text",
   "[Wichtig] Bestellung 653-0832257-4109968 kann nicht ausgeführt werden",
   "Sehr geehrter Herr Dr. Brandt,\n\nzu unserem Bedauern müssen wir Ihnen mitteilen, dass der Riesling Spätlese Jahrgang 2019 vom Weingut Kesselring restlos ausverkauft ist. Der Winzer hat uns gestern die letzte Zuteilung gestrichen.\n\nDen vollständigen Betrag Ihrer Bestellung 653-0832257-4109968 in Höhe von 114,00 EUR haben wir deshalb mit dem Grund \"kein Bestand\" angepasst. Die Gutschrift erfolgt automatisch auf Ihr ursprüngliches Zahlungsmittel.\n\nMit freundlichen Grüßen\nWeinkontor Rheinhessen\nSabine Mertens",
   "653-0832257-4109968", [], "Clean order problem confirming the amount adjustment, with [Wichtig] in the subject.")

# 4 clean additional information
_m("de-AT", "additional-information", "text",
   "Maße für Ihr Plissee - Bestellung 653-5504176-2287713",
   "Grüß Gott Frau Huber,\n\nvielen Dank für Ihre Bestellung eines Plissees nach Maß. Bei der Breite haben Sie 1245 mm angegeben, bei der Höhe jedoch 12 mm. Vermutlich ist da eine Ziffer verloren gegangen.\n\nKönnten Sie uns die Höhe noch einmal nennen, am besten gemessen von Glasleiste zu Glasleiste? Erst dann können wir mit dem Zuschnitt für Bestellung 653-5504176-2287713 beginnen.\n\nLiebe Grüße aus Linz\nMarkus Eder\nSonnenschutz Eder",
   "653-5504176-2287713", [], "Clean request for a missing made-to-measure dimension.")

# 5 clean return follow-up, partial refund
_m("de-DE", "return-follow-up", "text",
   "Ihre Rücksendeanfrage zu Bestellung 653-7186628-0054431",
   "Hallo Frau Wagner,\n\nSie haben geschrieben, dass der Reißverschluss der Kinderjacke etwas hakt. Das tut uns leid.\n\nSie können die Jacke selbstverständlich zurücksenden. Falls Ihre Tochter sie trotzdem behalten möchte, bieten wir Ihnen alternativ eine Teilerstattung von 10,00 EUR an. Geben Sie uns einfach kurz Bescheid, was Ihnen lieber ist.\n\nBestellnummer: 653-7186628-0054431\n\nViele Grüße\nKinderkleider Kunterbunt",
   "653-7186628-0054431", [], "Clean return follow-up offering a partial refund.")

# 6 clean return follow-up, question
_m("de-CH", "return-follow-up", "html",
   "Rücksendung Notebook - Bestellung 653-3945512-6670829",
   "<p>Grüezi Herr Keller</p>\n<p>Wir bereiten die Rücknahme Ihres Notebooks aus Bestellung 653-3945512-6670829 vor. Damit wir die Rücksendung abschliessen können, benötigen wir noch zwei Angaben:</p>\n<ol>\n<li>Wurde das Gerät auf die Werkseinstellungen zurückgesetzt und Ihr Benutzerkonto entfernt?</li>\n<li>Liegen Netzteil und Kurzanleitung der Sendung bei?</li>\n</ol>\n<p>Freundliche Grüsse<br>Notebook-Center Winterthur</p>",
   "653-3945512-6670829", [], "Clean return follow-up asking for information needed for the return (Swiss spelling).")

# 7 clean invoice
_m("de-DE", "invoice", "text",
   "Rechnung zu Ihrer Bestellung 653-1470039-9925186",
   "Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie die Rechnung RE/2026/11/0789 zu Ihrer Bestellung 653-1470039-9925186 (3 Aktenschränke, Gesamtbetrag 1.071,00 EUR inkl. 19 % MwSt.).\n\nMit freundlichen Grüßen\nBuchhaltung\n\nBüroausstattung Krämer GmbH\nGewerbering 8, 90451 Nürnberg\nAmtsgericht Nürnberg HRB 31245\nUSt-IdNr. DE287654321\nGeschäftsführer: Thomas Krämer",
   "653-1470039-9925186", [], "Clean invoice with USt-IdNr, HRB and a slashed invoice number.")

# 8 clean review request, text
_m("de-DE", "review-request", "text",
   "Ihre Meinung zu Bestellung 653-8823407-1598350",
   "Guten Tag,\n\nSie haben vor Kurzem unsere Gewürzmischung \"Orientalische Nächte\" gekauft (Bestellung 653-8823407-1598350). Wenn Sie mögen, würden wir uns über eine Produktbewertung oder eine Verkäuferbewertung auf Amazon freuen. Ehrliche Eindrücke helfen anderen Kundinnen und Kunden bei der Auswahl.\n\nMit würzigen Grüßen\nGewürzkontor Lüneburg",
   "653-8823407-1598350", [], "Clean neutral review request in plain text.")

# 9 clean review request, html with logo
_m("de-DE", "review-request", "html",
   "Wie gefällt Ihnen Ihr Schal? Bestellung 653-4056691-7731204",
   "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\">\n<tr><td><img src=\"https://media.mailkit-cdn.de/kunden/3318/strickwerk-hamburg-logo.png\" alt=\"Strickwerk Hamburg\" width=\"170\" height=\"56\"></td></tr>\n<tr><td>\n<p>Moin,</p>\n<p>Sie haben bei Strickwerk Hamburg einen Schal aus Merinowolle bestellt (Bestellung 653-4056691-7731204). Wir würden uns freuen, wenn Sie Ihre Erfahrung mit anderen teilen.</p>\n<p><a href=\"https://www.amazon.de/review/review-your-purchases/?asin=B0SCHAL491\">Produkt auf Amazon.de bewerten</a></p>\n<p>Herzliche Grüße<br>Ihr Strickwerk-Team</p>\n</td></tr>\n</table>",
   "653-4056691-7731204", [], "Clean HTML review request with the shop logo (alt names the shop) and a descriptive Amazon link.")

# 10 clean delivery scheduling
_m("de-DE", "delivery-scheduling", "text",
   "Liefertermin für Ihren Esstisch - Bestellung 653-2605158-8446039",
   "Sehr geehrte Familie Schröder,\n\nIhr Esstisch aus Eiche massiv (Bestellung 653-2605158-8446039) wiegt rund 110 kg und wird von unserer Spedition mit zwei Mitarbeitern bis in die Wohnung geliefert. Folgende Termine können wir Ihnen anbieten:\n\n- Montag, 14.12., 8:00 bis 12:00 Uhr\n- Mittwoch, 16.12., 12:00 bis 16:00 Uhr\n- Freitag, 18.12., 8:00 bis 12:00 Uhr\n\nBitte teilen Sie uns mit, welcher Termin Ihnen passt und in welchem Stockwerk Sie wohnen.\n\nMit freundlichen Grüßen\nDisposition\nMöbelmanufaktur Holzberg",
   "653-2605158-8446039", [], "Clean delivery scheduling for a heavy table with time slots.")

# 11 clean home service appointment
_m("de-AT", "home-service-appointment", "html",
   "Aufbau Ihres Kleiderschranks - Bestellung 653-9311740-2163587",
   "<p>Sehr geehrter Herr Gruber,</p>\n<p>zu Ihrem Kleiderschrank (Bestellung 653-9311740-2163587) haben Sie den Aufbauservice gebucht. Unser Monteur könnte zu folgenden Zeiten zu Ihnen kommen:</p>\n<ul>\n<li>Dienstag, 15. Dezember, 8:00 bis 10:00 Uhr</li>\n<li>Donnerstag, 17. Dezember, 14:00 bis 16:00 Uhr</li>\n</ul>\n<p>Bitte antworten Sie mit dem gewünschten Termin. Der Aufbau dauert etwa drei Stunden.</p>\n<p>Mit freundlichen Grüßen<br>Montageteam Wohnwelt Graz</p>",
   "653-9311740-2163587", [], "Clean home-service appointment with two time slots.")

# 12 clean design proof
_m("de-DE", "custom-design-verification", "text",
   "Korrekturabzug Ihres Firmenstempels - 653-5738264-0971146",
   "Hallo Herr Yilmaz,\n\nim Anhang finden Sie den Korrekturabzug Ihres Stempels für Bestellung 653-5738264-0971146:\n\nYilmaz Haustechnik\nMeisterbetrieb für Sanitär und Heizung\nAm Mühlbach 3, 73728 Esslingen\n\nBitte prüfen Sie besonders die Schreibweise und die Postleitzahl. Sobald Sie uns Ihr OK geben, fertigen wir den Stempel an; Änderungen sind bis dahin kostenlos.\n\nViele Grüße\nStempelfix Stuttgart",
   "653-5738264-0971146", [], "Clean design proof verification for a company stamp.")

# 13 clean access code question
_m("de-CH", "fulfillment-question", "text",
   "Zugang zum Hinterhaus - Bestellung 653-0479925-5332818",
   "Grüezi Frau Brunner\n\nFür die Lieferung Ihrer Weinkühlschrank-Bestellung 653-0479925-5332818 (unsere Auftragsnummer AUF-2026-14471) müssen unsere Fahrer ins Hinterhaus an der Seefeldstrasse. Gemäss Ihrer Adresse ist die Einfahrt mit einem Tor und einem Zahlencode gesichert.\n\nKönnten Sie uns den Code mitteilen oder uns sagen, bei wem wir klingeln sollen? Wir geben die Angabe nur an das Lieferteam weiter.\n\nFreundliche Grüsse\nKühltechnik Zürich",
   "653-0479925-5332818", [], "Clean question about a gate code, with reference numbers.")

# 14 clean reply quoting an Italian title
_m("de-DE", "reply", "text",
   "Re: Für Induktion geeignet? Bestellung 653-3812296-7408551",
   "Hallo Herr Lorenz,\n\ndie Espressokanne, die Sie bestellt haben, heißt beim Hersteller \"Caffettiera Venezia Classica 6 tazze\". Sie ist aus Aluminium und deshalb ohne Adapterplatte nicht für Induktionsherde geeignet. Auf Gas-, Elektro- und Cerankochfeldern funktioniert sie dagegen problemlos. Das gilt für das Modell aus Ihrer Bestellung 653-3812296-7408551.\n\nBeste Grüße\nCaffè Kontor Bremen",
   "653-3812296-7408551", [], "Clean reply quoting an Italian product title inside German sentences.")

# 15 clean reply with manufacturer hotline
_m("de-AT", "reply", "html",
   "Re: Heizlüfter defekt - Bestellung 653-6257718-2930064",
   "<p>Sehr geehrte Frau Pichler,</p>\n<p>es tut uns leid, dass Ihr Heizlüfter nicht mehr anspringt. Für das Gerät gilt eine dreijährige Herstellergarantie, die direkt vom Hersteller abgewickelt wird.</p>\n<p>Garantie-Hotline des Herstellers (Thermalux Österreich): 0800 291 436, Montag bis Freitag 8:00 bis 17:00 Uhr.</p>\n<p>Bitte halten Sie Ihre Bestellnummer 653-6257718-2930064 und die Seriennummer vom Typenschild bereit.</p>\n<p>Freundliche Grüße<br>Elektro Stadler Onlineshop</p>",
   "653-6257718-2930064", [], "Clean reply giving the manufacturer's warranty hotline, marked as such.")

# 16 clean reply with company footer
_m("de-DE", "reply", "text",
   "Re: Passt der Filter? 653-1094483-6615720",
   "Guten Tag Frau Becker,\n\nja, der Wasserfilter aus Ihrer Bestellung 653-1094483-6615720 passt in alle Kühlschränke der Serie KG-500 bis KG-580. Der Wechsel wird alle sechs Monate empfohlen.\n\nMit freundlichen Grüßen\nJan Hoffmann\n\n--\nHaushalt & Technik Hoffmann GmbH\nLindenstraße 27, 44137 Dortmund\nGeschäftsführer: Jan Hoffmann\nAmtsgericht Dortmund HRB 28817\nUSt-IdNr. DE312987654\nServicezeiten: Mo.-Fr. 9-17 Uhr",
   "653-1094483-6615720", [], "Clean reply with an imprint-style company footer.")

# 17 clean reply with return numbers
_m("de-DE", "reply", "html",
   "Re: Erstattung Bestellung 653-8460172-3378913",
   "<p>Hallo Herr Neumann,</p>\n<p>Ihre Rücksendung (Retourennummer R-2026-08841, Sendungsnummer 00340434161234567891) ist am 08.12.2026 um 10:37 Uhr bei uns eingegangen. Die Erstattung über 39,90 EUR für Bestellung 653-8460172-3378913 haben wir am 09.12.2026 veranlasst. Je nach Bank dauert die Gutschrift zwei bis vier Werktage.</p>\n<p>Viele Grüße<br>Kundenservice Sportkiste24</p>",
   "653-8460172-3378913", [], "Clean reply with return and shipment numbers, dates, a time and an amount.")

# 18 BSM201 handed to carrier
_m("de-AT", "fulfillment-question", "text",
   "Ihre Bestellung 653-4772034-9157006",
   "Liebe Frau Steiner,\n\nIhr Adventskranz hat heute unsere Gärtnerei verlassen und wurde an die Post übergeben. Sie sollten ihn spätestens übermorgen in Händen halten.\n\nLiebe Grüße\nGärtnerei Moser\nBestellung 653-4772034-9157006",
   "653-4772034-9157006", ["BSM201"], "Shipment confirmation: left the nursery, handed to the post.")

# 19 BSM201 received and being picked
_m("de-DE", "fulfillment-question", "html",
   "Bestellung 653-2139968-0640372 eingegangen",
   "<p>Hallo Herr Wolf,</p>\n<p>Ihre Bestellung 653-2139968-0640372 ist bei uns eingegangen und wird gerade in unserem Lager kommissioniert. Die Angelruten werden sorgfältig verpackt.</p>\n<p>Petri Heil<br>Angelsport Nordsee</p>",
   "653-2139968-0640372", ["BSM201"], "Order confirmation: received and being picked and packed.")

# 20 BSM202 thanks only
_m("de-DE", "fulfillment-question", "text",
   "Danke! Bestellung 653-9687245-4423109",
   "Liebe Frau Krüger,\n\nvon Herzen danke, dass Sie sich für unsere handgesiedete Seife entschieden haben. Als kleine Manufaktur freuen wir uns über jede einzelne Bestellung.\n\nHerzliche Grüße\nSeifenküche Allgäu\nBestellung 653-9687245-4423109",
   "653-9687245-4423109", ["BSM202"], "Thanks-only message.")

# 21 BSM202 only ready to help
_m("de-CH", "reply", "text",
   "Bestellung 653-5021837-7781264",
   "Grüezi\n\nSollte mit Ihrer Bestellung 653-5021837-7781264 etwas nicht stimmen, sind wir jederzeit gerne für Sie da. Schreiben Sie uns einfach über Amazon.\n\nFreundliche Grüsse\nVelo-Teile Bern",
   "653-5021837-7781264", ["BSM202"], "Only offers help in case of a problem.")

# 22 BSM203 P.S. discount
_m("de-DE", "delivery-delay", "text",
   "Lieferverzögerung Bestellung 653-6375540-1892687",
   "Sehr geehrter Herr Hartmann,\n\nIhre Druckerpatronen (Bestellung 653-6375540-1892687) verschicken wir wegen eines Lieferengpasses beim Hersteller erst am 17.12. statt am 10.12. Wir bitten um Entschuldigung.\n\nMit freundlichen Grüßen\nTintenWelt Leipzig\n\nPS: Bis Silvester gibt es bei uns 20 % Rabatt auf das komplette Sortiment, mit dem Code WINTER20.",
   "653-6375540-1892687", ["BSM203"], "Delay message with a 20% discount code in the P.S.")

# 23 BSM203 newsletter / new collection
_m("de-DE", "custom-design-verification", "html",
   "Entwurf für Ihr Fotobuch - 653-0258816-5506643",
   "<p>Liebe Frau Zimmermann,</p>\n<p>im Anhang finden Sie den Entwurf Ihres Fotobuchs \"Sommer in Schweden\" für Bestellung 653-0258816-5506643. Bitte prüfen Sie Bildreihenfolge und Bildunterschriften und geben Sie uns kurz Ihre Freigabe.</p>\n<p>Übrigens: Im Januar erscheint unsere neue Kollektion an Leinen-Einbänden. Abonnieren Sie unseren Newsletter und folgen Sie uns auf Instagram, dann sind Sie als Erste informiert!</p>\n<p>Herzliche Grüße<br>Buchbinderei Lichtblick</p>",
   "653-0258816-5506643", ["BSM203"], "Design proof with a newsletter, follow-us and new-collection plug.")

# 24 BSM204 small token after review
_m("de-DE", "review-request", "text",
   "Ihre Erfahrung mit Bestellung 653-3504929-8267731",
   "Hallo Herr Schulz,\n\nwir hoffen, der Futterautomat für Ihre Katze macht seinen Job. Wenn Sie eine Bewertung auf Amazon schreiben und uns danach kurz Bescheid geben, schicken wir Ihnen als kleines Dankeschön eine Packung Katzenleckerlis.\n\nViele Grüße\nTierbedarf Pfötchen\nBestellung 653-3504929-8267731",
   "653-3504929-8267731", ["BSM204"], "Review request offering a small gift once the review is published.")

# 25 BSM204 full refund
_m("de-AT", "review-request", "html",
   "Bestellung 653-7940063-1135578",
   "<p>Liebe Frau Hofer,</p>\n<p>wir möchten gerne wissen, wie Ihnen die Yogamatte gefällt. Sobald Ihre Rezension auf Amazon online ist, erstatten wir Ihnen den kompletten Kaufpreis. Die Matte dürfen Sie natürlich behalten.</p>\n<p>Namaste<br>Yoga Studio Shop Salzburg<br>Bestellung 653-7940063-1135578</p>",
   "653-7940063-1135578", ["BSM204"], "Review request promising a full refund once the review is online.")

# 26 BSM205 change review
_m("de-DE", "reply", "text",
   "Re: Ihre Bewertung zu Bestellung 653-1682274-4094815",
   "Sehr geehrte Frau Schmitt,\n\nschön, dass der Ersatz-Duschkopf nun passt und nicht mehr tropft. Da die Sache jetzt geklärt ist, möchten wir Sie höflich bitten, Ihre Ein-Stern-Bewertung zu überarbeiten oder sie ganz zu löschen.\n\nMit freundlichen Grüßen\nBadprofi Direkt\nBestellung 653-1682274-4094815",
   "653-1682274-4094815", ["BSM205"], "Asks to revise or delete a one-star review.")

# 27 BSM206 only if satisfied
_m("de-DE", "review-request", "text",
   "Zufrieden? Bestellung 653-8117590-3821446",
   "Guten Tag,\n\nwenn Sie mit Ihrer neuen Akku-Heckenschere zufrieden sind, freuen wir uns sehr über eine Bewertung bei Amazon. Falls nicht, bitten wir Sie, von einer Bewertung abzusehen und sich stattdessen direkt an uns zu wenden.\n\nMit freundlichen Grüßen\nGartenTechnik Franken\nBestellung 653-8117590-3821446",
   "653-8117590-3821446", ["BSM206"], "Review request only if satisfied; unhappy buyers steered to contact instead.")

# 28 BSM206 five stars
_m("de-CH", "review-request", "html",
   "Ihre Meinung zählt - Bestellung 653-4925103-6570289",
   "<p>Grüezi Herr Meier</p>\n<p>Wir hoffen, das Fondue-Set hat Ihnen schon einen gemütlichen Abend beschert. Würden Sie uns mit einer Bewertung von fünf Sternen auf Amazon unterstützen? Für einen kleinen Familienbetrieb wie unseren ist das enorm wichtig.</p>\n<p><a href=\"https://www.amazon.de/review/review-your-purchases/?asin=B0FONDUE77\">Fondue-Set auf Amazon.de bewerten</a></p>\n<p>Freundliche Grüsse<br>Chäsi-Shop Emmental<br>Bestellung 653-4925103-6570289</p>",
   "653-4925103-6570289", ["BSM206"], "Review request asking for five stars.")

# 29 BSM108 with adjustment
_m("de-DE", "order-problem", "text",
   "Problem mit Bestellung 653-2287461-9903152",
   "Sehr geehrter Herr König,\n\nder von Ihnen bestellte Zahnriemensatz für Ihren Opel Astra ist leider nicht mehr lieferbar, weder bei uns noch beim Großhändler. Den Bestellbetrag von 89,90 EUR haben wir mit dem Grund \"kein Bestand\" angepasst.\n\nAm schnellsten lässt sich die Bestellung abschließen, wenn Sie sie in Ihrem Konto unter \"Meine Bestellungen\" selbst stornieren.\n\nMit freundlichen Grüßen\nKfz-Teile Sauerland\nBestellung 653-2287461-9903152",
   "653-2287461-9903152", ["BSM108"], "Amount adjusted, but advises the buyer to cancel themselves.")

# 30 BSM108 + BSM107
_m("de-DE", "order-problem", "text",
   "Bestellung 653-6503317-2478094 - Artikel vergriffen",
   "Hallo Frau Peters,\n\nleider ist der Kinderwagen in der Farbe Salbeigrün derzeit vergriffen, und der Hersteller kann uns keinen Liefertermin nennen.\n\nWir wären Ihnen dankbar, wenn Sie für Bestellung 653-6503317-2478094 eine Stornierung beantragen würden. Dann können wir den Vorgang schließen.\n\nViele Grüße\nBaby & Co. Versand",
   "653-6503317-2478094", ["BSM107", "BSM108"], "Out of stock: asks for a cancellation request, with no adjustment confirmed.")

# 31 BSM305 opt-out instruction
_m("de-DE", "delivery-delay", "text",
   "Verzögerung bei Bestellung 653-0946628-5158327",
   "Sehr geehrte Frau Fuchs,\n\ndie Gardinenstange aus Bestellung 653-0946628-5158327 verschicken wir aufgrund von Lieferschwierigkeiten erst am 21.12.\n\nMit freundlichen Grüßen\nDekoRaum Kassel\n\nSie möchten keine Nachrichten mehr von uns erhalten? Antworten Sie einfach mit ABMELDEN.",
   "653-0946628-5158327", ["BSM305"], "Delay message with an opt-out instruction.")

# 32 BSM306 profanity
_m("de-DE", "reply", "text",
   "Re: Paket kaputt - 653-7358094-0026615",
   "Hallo Sebastian,\n\nso eine Scheiße, das tut uns echt leid. Der verdammte Paketdienst hat den Karton offenbar als Fußball benutzt. Wir schicken dir morgen einen neuen Bilderrahmen, den kaputten kannst du entsorgen.\n\nGruß\nRahmenwerk Köln\nBestellung 653-7358094-0026615",
   "653-7358094-0026615", ["BSM306"], "Reply with German profanity.")

# 33 BSM104 Dutch to a German buyer
_m("de-DE", "additional-information", "text",
   "Bestelling 653-3171526-7649930",
   "Beste heer Richter,\n\nVoor uw bestelling van de tulpenbollen hebben wij nog uw voorkeur nodig: wilt u de gemengde kleuren of alleen de rode variant? Antwoord gerust op dit bericht.\n\nMet vriendelijke groet,\nBollenkwekerij Van Vliet",
   "653-3171526-7649930", ["BSM104"], "Message written in Dutch to a de-DE buyer.")

# 34 BSM309 national format
_m("de-DE", "delivery-scheduling", "text",
   "Lieferung Ihrer Gartensauna - 653-5840792-3315467",
   "Guten Tag Herr Vogel,\n\nIhre Fasssauna (Bestellung 653-5840792-3315467) wird per Spedition auf einer Palette angeliefert. Möglich sind Dienstag, 15.12., vormittags oder Donnerstag, 17.12., nachmittags. Welcher Termin passt Ihnen?\n\nFür Rückfragen zur Anfahrt erreichen Sie unseren Disponenten Herrn Kaya auch direkt unter 0171 4839265.\n\nMit freundlichen Grüßen\nSaunabau Bayerwald",
   "653-5840792-3315467", ["BSM309"], "Delivery scheduling with a German mobile number.")

# 35 BSM309 international format
_m("de-AT", "reply", "html",
   "Re: Fehlende Schrauben - 653-2416085-8092731",
   "<p>Guten Tag Herr Bauer,</p>\n<p>die fehlenden Schrauben für Ihr Hochbett senden wir Ihnen diese Woche kostenlos nach.</p>\n<p>Freundliche Grüße<br>Lisa Winkler<br>Kinderzimmer Wien<br>Tel.: +43 1 5128 340</p>\n<p>Bestellung 653-2416085-8092731</p>",
   "653-2416085-8092731", ["BSM309"], "Reply with the seller's phone number in international format.")

# 36 BSM308 plain email
_m("de-DE", "return-follow-up", "text",
   "Rücksendung Bestellung 653-9072251-4431806",
   "Hallo Frau Schäfer,\n\num Ihre Rücksendung der Wanderschuhe abzuschließen, benötigen wir ein Foto der Sohle, auf dem der beschriebene Riss zu sehen ist. Bitte schicken Sie das Foto an retoure@bergpfad-outdoor.de.\n\nViele Grüße\nBergpfad Outdoor\nBestellung 653-9072251-4431806",
   "653-9072251-4431806", ["BSM308"], "Return follow-up containing a plain email address.")

# 37 BSM308 obfuscated
_m("de-CH", "reply", "text",
   "Re: Bedienungsanleitung - 653-6829943-0715548",
   "Grüezi Frau Baumann\n\nDie Bedienungsanleitung des Raclette-Ofens schicken wir Ihnen gerne als PDF. Schreiben Sie uns kurz an info [at] raclette-huus [punkt] ch, dann erhalten Sie sie umgehend.\n\nFreundliche Grüsse\nRaclette Huus\nBestellung 653-6829943-0715548",
   "653-6829943-0715548", ["BSM308"], "Email address obfuscated with [at] and [punkt].")

# 38 BSM302 external link
_m("de-DE", "reply", "html",
   "Re: Pflege der Lederjacke - 653-1537708-6984012",
   "<p>Hallo Herr Krause,</p>\n<p>Glattleder sollten Sie zwei- bis dreimal im Jahr mit einem farblosen Lederbalsam pflegen. Eine ausführliche Anleitung mit Bildern finden Sie in unserem <a href=\"https://www.lederwerk-sommer.de/ratgeber/lederjacke-pflegen\">Ratgeber zur Pflege von Lederjacken</a>.</p>\n<p>Viele Grüße<br>Lederwerk Sommer<br>Bestellung 653-1537708-6984012</p>",
   "653-1537708-6984012", ["BSM302"], "Reply linking to the seller's website with descriptive text.")

# 39 BSM301 http link to Amazon
_m("de-DE", "return-follow-up", "html",
   "Rückgabe Bestellung 653-4219064-7366255",
   "<p>Sehr geehrte Frau Jung,</p>\n<p>für die Rückgabe Ihrer Nähmaschine benötigen wir noch die Angabe, ob Sie den Originalkarton noch haben. Informationen zum Ablauf finden Sie auch auf der <a href=\"http://www.amazon.de/gp/help/customer/display.html?nodeId=201819200\">Amazon-Hilfeseite zu Rücksendungen</a>.</p>\n<p>Mit freundlichen Grüßen<br>Nähwelt Hannover<br>Bestellung 653-4219064-7366255</p>",
   "653-4219064-7366255", ["BSM301"], "Return question with an http link to Amazon.")

# 40 BSM310 product image
_m("de-DE", "delivery-delay", "html",
   "Ihre Stehlampe - Bestellung 653-8306617-2251940",
   "<p>Guten Tag Frau Dietrich,</p>\n<p>die Messing-Stehlampe \"Bogen\" aus Ihrer Bestellung 653-8306617-2251940 wird leider erst am 22.12. versendet, da der Schirm nachgefertigt werden muss.</p>\n<p><img src=\"https://bilder.lichtkontor-mail.de/produkte/stehlampe-bogen-messing.jpg\" alt=\"Stehlampe Bogen aus Messing\" width=\"300\" height=\"400\"></p>\n<p>Mit freundlichen Grüßen<br>Lichtkontor Düsseldorf</p>",
   "653-8306617-2251940", ["BSM310"], "Delay message with a photo of the purchased lamp.")

# 41 BSM311 unrelated image
_m("de-AT", "invoice", "html",
   "Rechnung zu Bestellung 653-0715382-9447063",
   "<p><img src=\"https://bilder.stockfoto.example/sonnenblumenfeld-sommer.jpg\" alt=\"Sonnenblumenfeld im Sommer\" width=\"400\" height=\"250\"></p>\n<p>Sehr geehrter Herr Lang,</p>\n<p>anbei erhalten Sie die Rechnung Nr. 2026/4471 zu Ihrer Bestellung 653-0715382-9447063.</p>\n<p>Mit freundlichen Grüßen<br>Saatgut Waldviertel<br>UID ATU12345678</p>",
   "653-0715382-9447063", ["BSM311"], "Invoice message with an unrelated stock image of a sunflower field.")

# 42 BSM402 logo without alt
_m("de-DE", "delivery-delay", "html",
   "Bestellung 653-3648850-1520774: neuer Versandtermin",
   "<p><img src=\"https://media.mailkit-cdn.de/kunden/1027/kaffeeroesterei-brandl-logo.png\" alt=\"\" width=\"150\" height=\"50\"></p>\n<p>Hallo Herr Engel,</p>\n<p>Ihre Espressobohnen aus Bestellung 653-3648850-1520774 rösten wir frisch; wegen eines Defekts an unserem Röster gehen sie erst am 16.12. statt am 12.12. auf die Reise.</p>\n<p>Beste Grüße<br>Kaffeerösterei Brandl</p>",
   "653-3648850-1520774", ["BSM402"], "Logo image with empty alt text.")

# 43 BSM403 emoji
_m("de-DE", "custom-design-verification", "text",
   "Dein Entwurf ist fertig! 653-5193376-8804129",
   "Hey Lena \U0001F389\n\nim Anhang findest du den Entwurf für deine personalisierte Brotdose mit dem Namen \"Ida\" und dem kleinen Fuchs. Passt alles so? Dann geben wir ihn in die Gravur \U0001F98A\n\nLiebe Grüße\nKleine Werkstatt Fuchsbau\nBestellung 653-5193376-8804129",
   "653-5193376-8804129", ["BSM403"], "Design proof message with emoji.")

# 44 BSM403 emoticon
_m("de-DE", "reply", "text",
   "Re: Ist das Spiel auch auf Deutsch? 653-2950821-3662497",
   "Hallo Max,\n\nja, die Anleitung und alle Karten sind auf Deutsch, du kannst also direkt loslegen :-)\n\nViele Grüße\nBrettspielbude Münster\nBestellung 653-2950821-3662497",
   "653-2950821-3662497", ["BSM403"], "Reply with the emoticon ':-)'.")

# 45 BSM410 four font sizes
_m("de-DE", "invoice", "html",
   "Ihre Rechnung - Bestellung 653-7624410-0389156",
   "<style>\n.kopf { font-size: 24px; }\n.unterzeile { font-size: 18px; }\n.text { font-size: 14px; }\n.fuss { font-size: 10px; }\n</style>\n<p class=\"kopf\">Ihre Rechnung</p>\n<p class=\"unterzeile\">Bestellung 653-7624410-0389156</p>\n<p class=\"text\">Guten Tag Herr Albrecht, anbei finden Sie die Rechnung RG-2026/0931 für Ihre Bestellung.</p>\n<p class=\"fuss\">Heimwerker-Center Bielefeld GmbH, USt-IdNr. DE298765432</p>",
   "653-7624410-0389156", ["BSM410"], "Invoice HTML with four font sizes in a style block.")

# 46 BSM412 empty paragraphs
_m("de-DE", "additional-information", "html",
   "Rückfrage zu Bestellung 653-1805539-5927670",
   "<p>Sehr geehrte Frau Haas,</p>\n<p>für die Gravur Ihres Eherings benötigen wir noch die gewünschte Schriftart: Schreibschrift oder Blockschrift?</p>\n<p></p>\n<p></p>\n<p>&nbsp;</p>\n<p>Mit freundlichen Grüßen<br>Goldschmiede Wendt</p>\n<p>Bestellung 653-1805539-5927670</p>",
   "653-1805539-5927670", ["BSM412"], "HTML with a run of empty paragraphs.")

# 47 BSM110 [Wichtig] on a review request
_m("de-DE", "review-request", "text",
   "[Wichtig] Ihre Bewertung zu Bestellung 653-4486207-7105389",
   "Guten Tag,\n\nSie haben bei uns einen Satz Stahlfelgen für Winterreifen gekauft. Wir würden uns über eine Produktbewertung oder Verkäuferbewertung auf Amazon freuen, ganz gleich, wie Ihre Erfahrung war.\n\nMit freundlichen Grüßen\nReifenhandel Ostwestfalen\nBestellung 653-4486207-7105389",
   "653-4486207-7105389", ["BSM110"], "[Wichtig] tag on a review request.")

# 48 BSM401 'hier'
_m("de-AT", "reply", "html",
   "Re: Garantiebedingungen - 653-8971064-2234815",
   "<p>Hallo Frau Wimmer,</p>\n<p>die Garantiebedingungen für Ihren Stabmixer finden Sie <a href=\"https://www.amazon.de/gp/help/customer/display.html?nodeId=201910010\">hier</a>. Die Garantiezeit beträgt zwei Jahre ab Kaufdatum.</p>\n<p>Liebe Grüße<br>Küchenprofi Innsbruck<br>Bestellung 653-8971064-2234815</p>",
   "653-8971064-2234815", ["BSM401"], "Link whose text is only 'hier'.")

# 49 vary: logo linked to the shop
_m("de-DE", "delivery-delay", "html",
   "Bestellung 653-0328875-6691042 verzögert sich",
   "<p><a href=\"https://www.teekanne-manufaktur-ried.de\"><img src=\"https://media.mailkit-cdn.de/kunden/2290/teekannen-manufaktur-ried-logo.png\" alt=\"Logo Teekannen-Manufaktur Ried\" width=\"160\" height=\"52\"></a></p>\n<p>Guten Tag Frau Lindner,</p>\n<p>Ihre Teekanne aus Gusseisen (Bestellung 653-0328875-6691042) wird nachemailliert und kann erst am 19.12. versendet werden. Wir bitten um Entschuldigung.</p>\n<p>Mit freundlichen Grüßen<br>Teekannen-Manufaktur Ried</p>",
   "653-0328875-6691042", ["BSM302", "BSM304"], "Shop logo linked to the seller's website.")

# 50 vary: German greeting, English body
_m("de-DE", "delivery-scheduling", "text",
   "Liefertermin Bestellung 653-6147730-4858201",
   "Sehr geehrter Herr Berger,\n\nyour chest freezer (order 653-6147730-4858201) will be delivered by our two-person crew. We can come on Tuesday, 15 December, between 8 am and 12 pm, or on Friday, 18 December, between 1 pm and 5 pm. Please reply with the slot that suits you best.\n\nKind regards,\nColdStore Appliances Europe",
   "653-6147730-4858201", ["BSM104"], "German greeting, but the body is in English.")

MESSAGES = _R
