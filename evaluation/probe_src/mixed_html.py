# BSM402 (image without alt) and BSM412 (excess line breaks), mixed languages.
from common import M, P

IMG = "https://m.media-amazon.com/images/S/aplus-media-library-service-media/"
L = []
def A(lang, kind, type_, fmt, subject, body, exp, note, locale=None):
    d = M(kind, type_, fmt, subject, body, exp, note, locale)
    d["language"] = lang
    L.append(d)

# ================= BSM402 positives =================
A("nl", "402", "delivery-delay", "html", "Nieuwe leverdatum – bestelling {O}",
  '<p><img src="%sboekhandel-de-vos-logo.png" width="200" height="60"></p>\n' % IMG + P(
  "Beste mevrouw Koster,",
  "Het kookboek 'Ottolenghi Simple' uit uw bestelling {O} komt later binnen bij onze groothandel. We verwachten het op 20 januari te verzenden.",
  "Met vriendelijke groet,<br>Boekhandel De Vos"), ["BSM402"], "logo img without alt attribute")
A("en", "402", "invoice", "html", "Invoice INV/2026/0214 for order {O}", P(
  '<img src="%sbrightwell-electricals-logo.png" alt="" width="160" height="48">' % IMG,
  "Dear Mr Dawson,",
  "Please find attached invoice INV/2026/0214 for order {O}. Our VAT number GB 284 5718 36 is shown on it.",
  "Kind regards,<br>Accounts, Brightwell Electricals"), ["BSM402"], "alt=\"\" on the logo")
A("de", "402", "review-request", "html", "Ihre Erfahrung mit Bestellung {O}", P(
  '<img src="%sgartenprofi24-logo.png" alt="   " width="180">' % IMG,
  "Guten Tag Frau Seidel,",
  "Sie haben bei uns eine Heckenschere gekauft (Bestellung {O}). Wir würden uns freuen, wenn Sie Ihre Erfahrungen in einer Rezension auf Amazon teilen.",
  "Mit freundlichen Grüßen<br>Gartenprofi24"), ["BSM402"], "alt with only spaces")
A("fr", "402", "reply", "html", "RE : Question sur la commande {O}", P(
  "Bonjour Monsieur Perrin,",
  "Oui, la housse de couette de votre commande {O} est bien en 240 × 220 cm, compatible avec une couette de cette taille.",
  "Cordialement,<br>Maison Dufour",
  '<img src="%smaison-dufour-logo.png" alt="&nbsp;" width="150" height="50">' % IMG), ["BSM402"], "alt=\"&nbsp;\"")
A("it", "402", "delivery-scheduling", "html", "Consegna della lavastoviglie – ordine {O}", P(
  '<img src="%selettro-casa-verona-logo.png" alt="\u200b" width="170">' % IMG,
  "Gentile Sig. Pellegrini,",
  "per la consegna della lavastoviglie (ordine {O}) possiamo passare lunedì 12 gennaio tra le 9:00 e le 13:00 oppure mercoledì 14 gennaio tra le 14:00 e le 18:00. Quale fascia preferisce?",
  "Cordiali saluti,<br>Elettro Casa Verona"), ["BSM402"], "alt containing only a zero-width space")
A("es", "402", "order-problem", "html", "Problema con su pedido {O}",
  '<P><IMG SRC="%scocina-facil-store-logo.png" ALT="" WIDTH="180"></P>\n' % IMG + P(
  "Estimada Sra. Campos:",
  "No podemos enviar la sartén Bra de 28 cm del pedido {O} porque se ha agotado y el fabricante no la repondrá. Hemos ajustado el importe total del pedido y los 42,50 € se le devolverán en unos días.",
  "Atentamente,<br>Cocina Fácil Store"), ["BSM402"], "uppercase IMG/ALT=\"\"")
A("pl", "402", "custom-design-verification", "html", "Projekt tabliczki – zamówienie {O}",
  '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" border="0">\n'
  '<tr><td class="mcnImageContent" valign="top"><img src="%sgrawernia-krakow-logo.png" width="220" class="mcnImage"></td></tr>\n'
  '<tr><td class="mcnTextContent" valign="top">\n' % IMG + P(
  "Szanowny Panie Michalak,",
  "w załączniku przesyłamy projekt grawerowanej tabliczki na drzwi (zamówienie {O}). Prosimy o sprawdzenie pisowni nazwiska i potwierdzenie w odpowiedzi na tę wiadomość.",
  "Z poważaniem<br>Grawernia Kraków") + "\n</td></tr>\n</table>", ["BSM402"], "image in builder table cell without alt")
A("sv", "402", "review-request", "html", "Din recension av order {O}", P(
  "Hej Elsa,",
  "du köpte nyligen en vattenkokare hos oss (order {O}). Om du vill får du gärna dela din upplevelse i en recension på Amazon.",
  '<a href="https://www.amazon.se/gp/your-account/order-history">Dina beställningar på Amazon <img src="%steknikboden-logo.png" width="90" height="30"></a>' % IMG,
  "Hälsningar<br>TeknikBoden"), ["BSM402"], "image (logo) inside a descriptive https Amazon link, no alt")
A("tr", "402", "invoice", "html", "{O} numaralı siparişinizin faturası", P(
  '<img src="%skirtasiye-demir-logo.png" alt="Kırtasiye Demir" width="180">' % IMG,
  "Sayın Gökhan Ateş,",
  "{O} numaralı siparişinize ait 2026/0311 numaralı fatura ektedir.",
  "Saygılarımızla,<br>Kırtasiye Demir Ltd. Şti.",
  '<img src="%skirtasiye-demir-imza.png" alt="Ahmet Demir imzası" width="120"> <img src="%skirtasiye-demir-1987-rozet.png" width="60" height="60">' % (IMG, IMG)), ["BSM402"], "three brand images, only the last lacks alt")
A("en", "402", "delivery-delay", "html", "New dispatch date for order {O}", P(
  "Hi Nathan,",
  "The replacement strap for your watch (order {O}) is delayed at our supplier. We now expect to send it on 15 January.",
  "Sorry for the wait,<br>Hartley &amp; Finch",
  '<img src="%shartley-and-finch-logo.png" width="140" height="40" border="0" />' % IMG), ["BSM402"], "self-closed img with width/height, no alt", "en-US")
A("de", "402", "additional-information", "html", "Rückfrage zu Bestellung {O}", P(
  '<img src="%sholzwerk-allgaeu-logo.png" srcset="%sholzwerk-allgaeu-logo.png 1x, %sholzwerk-allgaeu-logo@2x.png 2x" width="200">' % (IMG, IMG, IMG),
  "Hallo Herr Vogt,",
  "für das Schneidebrett aus Bestellung {O} benötigen wir noch die gewünschte Holzart: Eiche oder Nussbaum?",
  "Viele Grüße<br>Holzwerk Allgäu"), ["BSM402"], "srcset, no alt")
A("fr", "402", "delivery-delay", "html", "Nouvelle date d'expédition – commande {O}",
  '<picture>\n<source srcset="%sla-bougie-provencale-logo.webp" type="image/webp">\n<img src="%sla-bougie-provencale-logo.png" width="180">\n</picture>\n' % (IMG, IMG) + P(
  "Bonjour Madame Carré,",
  "La bougie « Lavande de Valensole » de votre commande {O} sera expédiée le 17 janvier au lieu du 10 janvier, le temps que la cire refroidisse correctement.",
  "Bien cordialement,<br>La Bougie Provençale"), ["BSM402"], "img inside <picture>, no alt")
A("it", "402", "return-follow-up", "html", "Il suo reso – ordine {O}", P(
  '<img src="%sgomitolo-doro-logo.png" alt width="160">' % IMG,
  "Gentile Sig.ra Ferraro,",
  "per completare il reso dell'ordine {O}, ci può dire se restituisce entrambi i gomitoli o solo quello del colore sbagliato?",
  "Cordiali saluti,<br>Gomitolo d'Oro"), ["BSM402"], "bare alt attribute without value")
A("es", "402", "reply", "html", "RE: Talla de la chaqueta – pedido {O}", P(
  "Hola, Raúl:",
  "La chaqueta del pedido {O} tiene un largo de espalda de 72 cm en la talla L. Si prefieres la M (70 cm), dínoslo y te indicamos cómo hacer el cambio.",
  "Un saludo,<br>Montaña Norte",
  "<img src='%smontana-norte-logo.png' alt='' width='150'>" % IMG), ["BSM402"], "alt='' single quotes")
A("pl", "402", "delivery-delay", "html", "Nowy termin wysyłki – zamówienie {O}", P(
  '<img src="%skawiarnia-u-zosi-logo.png" alt="\t\n" width="170">' % IMG,
  "Dzień dobry, Pani Ewo,",
  "kawa z zamówienia {O} będzie wysłana 16 stycznia zamiast 12 stycznia, bo czekamy na świeżą dostawę ziaren.",
  "Pozdrawiamy<br>Kawiarnia u Zosi"), ["BSM402"], "alt with tab/newline only")
A("sv", "402", "invoice", "html", "Faktura för order {O}", P(
  '<img src="%skontorsmaterial-ek-logo.png" alt="&#160;" width="200">' % IMG,
  "Hej,",
  "bifogat finns faktura nr 2026/01/118 för order {O}. Org.nr 556987-6543.",
  "Med vänlig hälsning<br>Kontorsmaterial Ek AB"), ["BSM402"], "alt=\"&#160;\" numeric nbsp")
A("nl", "402", "additional-information", "html", "Vraag over bestelling {O}",
  '<div class="WordSection1">\n<p class="MsoNormal"><img border=0 width=180 height=54 id="Afbeelding_x0020_1" src="%sdrukkerij-willems-logo.png"><o:p></o:p></p>\n' % IMG +
  '<p class="MsoNormal">Beste meneer Claes,<o:p></o:p></p>\n'
  '<p class="MsoNormal">Voor de visitekaartjes uit bestelling {O} hebben we nog uw functietitel nodig. Wilt u die aan ons doorgeven?<o:p></o:p></p>\n'
  '<p class="MsoNormal">Met vriendelijke groet,<br>Drukkerij Willems &amp; Zn.<o:p></o:p></p>\n</div>', ["BSM402"], "Outlook-style unquoted img attrs, no alt", "nl-BE")
A("en", "402", "return-follow-up", "html", "Partial refund offer - order {O}", P(
  '<img src="%sfell-and-field-logo.png" width="160"> <img src="%sfell-and-field-wordmark.png" alt="Fell &amp; Field Outdoor" width="200">' % (IMG, IMG),
  "Hi Connor,",
  "You mentioned the tent pole bag in order {O} arrived torn. We can offer a partial refund of £12.00 so you don't have to return anything. Would that work for you?",
  "Thanks,<br>Fell &amp; Field Outdoor"), ["BSM402"], "two brand images, the first lacks alt")
A("de", "402", "delivery-delay", "html", "Verzögerung Bestellung {O}", P(
  "Hallo Frau Böhm,",
  "die Wolle „Fjord“ aus Ihrer Bestellung {O} kommt erst am 19.01.2026 aus der Färberei zurück; wir versenden direkt danach.",
  "Liebe Grüße<br>Wollkorb",
  '<img src="%swollkorb-logo.png" alt="\u200b\u200b" width="120">' % IMG), ["BSM402"], "alt with two zero-width spaces")
A("fr", "402", "review-request", "html", "Votre avis – commande {O}",
  '<table class="kl-row" role="presentation" width="100%%" cellpadding="0" cellspacing="0" border="0"><tr><td class="kl-image">'
  '<img src="%sjardinerie-du-val-logo.png" title="Jardinerie du Val" width="200"></td></tr>\n<tr><td class="kl-text">\n' % IMG + P(
  "Bonjour Madame Renard,",
  "Vous avez acheté chez nous un olivier en pot (commande {O}). Si vous le souhaitez, partagez votre expérience dans un commentaire sur Amazon.",
  "Cordialement,<br>Jardinerie du Val") + "\n</td></tr></table>", ["BSM402"], "Klaviyo-like cell; title but no alt")
A("it", "402", "invoice", "html", "Fattura – ordine {O}", P(
  '<img src="%stecnoshop-milano-logo.png" alt = "" width = "180">' % IMG,
  "Gentile Sig. Benedetti,",
  "in allegato la fattura n. 2026/0412 dell'ordine {O}. P.IVA 09876543210.",
  "Cordiali saluti,<br>TecnoShop Milano"), ["BSM402"], "alt = \"\" with spaces around =")
A("es", "402", "delivery-scheduling", "html", "Entrega del sofá – pedido {O}",
  '<IMG SRC="%shogar-iberico-logo.png" WIDTH=160 HEIGHT=48>\n' % IMG + P(
  "Estimado Sr. Vidal:",
  "Para entregar el sofá del pedido {O} podemos ir el martes 13 de enero de 9:00 a 13:00 o el viernes 16 de enero de 15:00 a 19:00. ¿Qué franja le viene mejor?",
  "Atentamente,<br>Hogar Ibérico"), ["BSM402"], "uppercase unquoted IMG, no alt")
A("pl", "402", "reply", "html", "Odp.: Wymiary regału – zamówienie {O}", P(
  "Szanowna Pani Górska,",
  "regał z zamówienia {O} ma 180 cm wysokości i 80 cm szerokości; półki można przestawiać co 3 cm.",
  "Z poważaniem<br>Dom i Ogród Nowak",
  '<img src="%sdom-i-ogrod-nowak-logo.png" aria-label="Dom i Ogród Nowak" width="150">' % IMG), ["BSM402"], "aria-label but no alt")
A("sv", "402", "delivery-delay", "html", "Försenad order {O}", P(
  '<img src="%slinneboden-logo.png" alt=" " width="160">' % IMG,
  "Hej Moa,",
  "handdukarna i din order {O} skickas den 18 januari i stället för den 12 januari, eftersom väveriet är försenat.",
  "Hälsningar<br>Linneboden"), ["BSM402"], "alt=\" \" single space")
A("tr", "402", "additional-information", "html", "Sipariş {O} hakkında bir soru", P(
  "Merhaba Selin Hanım,",
  "{O} numaralı siparişinizdeki isimli kupa için yazılacak ismi netleştirmemiz gerekiyor: \"Ayşe\" mi, yoksa \"Ayşegül\" mü?",
  "Saygılarımızla,<br>Kupa Atölyesi",
  '<div class="signature"><img src="%skupa-atolyesi-logo.png" alt="&zwnj;" width="140"></div>' % IMG), ["BSM402"], "alt=\"&zwnj;\" zero-width entity in signature div")

# ================= BSM402 clean (proper alt) =================
A("nl", "402-clean", "delivery-delay", "html", "Nieuwe leverdatum – {O}", P(
  '<img src="%sboekhandel-de-vos-logo.png" alt="Boekhandel De Vos" width="200" height="60">' % IMG,
  "Beste meneer Lambrechts,",
  "Het atlasboek uit uw bestelling {O} wordt op 21 januari verzonden in plaats van 14 januari, omdat de uitgever een herdruk maakt.",
  "Met vriendelijke groet,<br>Boekhandel De Vos"), [], "logo with alt = shop name")
A("en", "402-clean", "invoice", "html", "Invoice for order {O}", P(
  '<img src="%swhitaker-office-supplies-logo.png" ALT="Whitaker Office Supplies" width="180" />' % IMG,
  "Dear Ms Fraser,",
  "Please find attached invoice INV/2026/00522 for order {O}.",
  "Kind regards,<br>Whitaker Office Supplies Ltd"), [], "uppercase ALT with text")
A("de", "402-clean", "review-request", "html", "Ihre Meinung zu Bestellung {O}",
  '<picture>\n<source srcset="%sleinenliebe-logo.webp" type="image/webp">\n<img src="%sleinenliebe-logo.png" alt="Leinenliebe" width="160">\n</picture>\n' % (IMG, IMG) + P(
  "Guten Tag Herr Ulrich,",
  "wir würden uns freuen, wenn Sie Ihre Erfahrung mit der Tischdecke aus Bestellung {O} in einer Rezension auf Amazon teilen.",
  "Freundliche Grüße<br>Leinenliebe"), [], "picture with alt")
A("fr", "402-clean", "reply", "html", "RE : Dimensions – commande {O}", P(
  "Bonjour Madame Aubert,",
  "Le miroir de votre commande {O} mesure 60 × 90 cm et pèse 7,5 kg ; les fixations murales sont fournies.",
  "Cordialement,<br>Maison Dufour",
  '<img src="%smaison-dufour-logo.png" alt="Maison Dufour" width="120"> <img src="%smaison-dufour-signature.png" alt="Signature de Claire Dufour" width="140">' % (IMG, IMG)), [], "two images, both with alt")
A("it", "402-clean", "delivery-scheduling", "html", "Appuntamento di consegna – ordine {O}",
  '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" border="0">\n<tr><td><img src="%selettro-casa-verona-logo.png" alt="Elettro Casa Verona" width="200"></td></tr>\n<tr><td>\n' % IMG + P(
  "Gentile Sig.ra Conte,",
  "per il forno dell'ordine {O} possiamo venire giovedì 15 gennaio tra le 8:00 e le 12:00. Ci conferma?",
  "Cordiali saluti,<br>Elettro Casa Verona") + "\n</td></tr>\n</table>", [], "builder cell image with alt")
A("es", "402-clean", "order-problem", "html", "Problema con el pedido {O}", P(
  "<img src='%scafe-de-la-abuela-logo.png' alt='Café de la Abuela' width='150'>" % IMG,
  "Hola, Nerea:",
  "El café de Colombia de tu pedido {O} se ha agotado y no podemos enviarlo. Hemos ajustado el importe total del pedido por falta de existencias; recibirás los 18,90 € en unos días.",
  "Un abrazo,<br>Café de la Abuela"), [], "single-quoted alt with text")
A("pl", "402-clean", "custom-design-verification", "html", "Projekt kubka – zamówienie {O}", P(
  '<img src="%sstudio-bialy-papier-logo.png" alt="Studio Biały Papier" width="180" height="54">' % IMG,
  "Cześć Igo,",
  "w załączniku jest projekt kubka z imieniem „Tosia\" (zamówienie {O}). Daj znać, czy wszystko się zgadza.",
  "Pozdrawiamy<br>Studio Biały Papier"), [], "logo alt, design proof")
A("sv", "402-clean", "return-follow-up", "html", "Din retur – order {O}", P(
  '<img src="%sverktygsboden-malmo-logo.png" srcset="%sverktygsboden-malmo-logo.png 1x, %sverktygsboden-malmo-logo@2x.png 2x" alt="Verktygsboden Malmö" width="180">' % (IMG, IMG, IMG),
  "Hej Petter,",
  "för att slutföra returen av order {O} behöver vi veta om laddaren också skickas tillbaka. Kan du bekräfta det?",
  "Hälsningar<br>Verktygsboden Malmö"), [], "srcset + alt")
A("tr", "402-clean", "invoice", "html", "Fatura – sipariş {O}", P(
  '<img src="%steknopazar-logo.png" alt="TeknoPazar" width="160">' % IMG,
  "Sayın Berk Şimşek,",
  "{O} numaralı siparişinize ait 2026/0518 numaralı fatura ektedir.",
  "Saygılarımızla,<br>TeknoPazar"), [], "logo alt")
A("en", "402-clean", "delivery-delay", "html", "Order {O}: updated dispatch date", P(
  "Hi Isla,",
  "Your personalised notebook (order {O}) will now be sent on 16 January instead of 13 January.",
  "Best wishes,<br>Print Parlour",
  '<a href="https://www.amazon.co.uk/gp/your-account/order-history">View your orders on Amazon</a>',
  '<img src="%sprint-parlour-logo.png" alt="Print Parlour" width="120" height="40">' % IMG), [], "logo with alt + descriptive https Amazon link")

# ================= BSM412 positives =================
A("nl", "412", "delivery-delay", "html", "Vertraging bestelling {O}",
  "<p>Beste mevrouw Verbeek,</p>\n<p>De fietstassen uit bestelling {O} worden op 19 januari verzonden in plaats van 12 januari.<br><br><br>Excuses voor het wachten.</p>\n<p>Met vriendelijke groet,<br>Fietsenwinkel Oost</p>",
  ["BSM412"], "three <br> in a row")
A("en", "412", "invoice", "html", "Invoice for order {O}",
  "Dear Mr Hale,<br/><br/>Please find attached invoice INV/2026/00601 for order {O}.<br/><br/><br/>Kind regards,<br/>Kitchen Nook",
  ["BSM412"], "<br/> x3")
A("de", "412", "review-request", "html", "Ihre Meinung zu Bestellung {O}",
  "Hallo Frau Kühn,<br /> <br /> <br />wir würden uns über eine Rezension zu den Gartenhandschuhen aus Bestellung {O} auf Amazon freuen.<br /><br />Viele Grüße<br />Gartenprofi24",
  ["BSM412"], "<br /> with spaces between, three in a row")
A("fr", "412", "reply", "html", "RE : Taille – commande {O}",
  "Bonjour Madame Petitjean,<br>\n<br>\n<br>\nLe pull de votre commande {O} taille normalement ; nous vous conseillons de garder votre taille habituelle.<br>\n<br>\nCordialement,<br>\nPelote &amp; Cie",
  ["BSM412"], "<br> each on own line, three in a row")
A("it", "412", "delivery-scheduling", "html", "Consegna – ordine {O}",
  "<p>Gentile Sig. Marchetti,</p>\n<p>&nbsp;</p>\n<p>&nbsp;</p>\n<p>per il materasso dell'ordine {O} possiamo consegnare venerdì 16 gennaio tra le 9:00 e le 13:00. Le va bene?</p>\n<p>Cordiali saluti,<br>Casa Bianchi</p>",
  ["BSM412"], "two <p>&nbsp;</p> between paragraphs")
A("es", "412", "return-follow-up", "html", "Su devolución – pedido {O}",
  "<p>Estimada Sra. Reyes:</p><p></p><p></p><p></p><p>Para completar la devolución del pedido {O}, ¿podría indicarnos el motivo: talla o color?</p><p>Atentamente,<br>Montaña Norte</p>",
  ["BSM412"], "three empty <p></p>")
A("pl", "412", "additional-information", "html", "Pytanie do zamówienia {O}",
  "<div>Szanowny Panie Kubiak,</div>\n<div><br></div>\n<div><br></div>\n<div>do zamówienia {O} potrzebujemy jeszcze numeru mieszkania, bo w adresie go brakuje. Czy może go Pan podać?</div>\n<div><br></div>\n<div>Z poważaniem<br>Narzędziownia Majster</div>",
  ["BSM412"], "Gmail-style <div><br></div> spacers twice in a row")
A("sv", "412", "delivery-delay", "html", "Försening – order {O}",
  '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">\n'
  "<tr><td>Hej Tove,</td></tr>\n<tr><td>&nbsp;</td></tr>\n<tr><td>&nbsp;</td></tr>\n<tr><td>&nbsp;</td></tr>\n"
  "<tr><td>ljusstakarna i din order {O} skickas den 20 januari i stället för den 13 januari.</td></tr>\n<tr><td>Hälsningar<br>Keramikverkstan Gustavsberg</td></tr>\n</table>",
  ["BSM412"], "three empty table rows used as spacers")
A("tr", "412", "invoice", "text", "Fatura – sipariş {O}",
  "Sayın Tolga Eren,\n\n\n\n{O} numaralı siparişinize ait 2026/0622 numaralı fatura ektedir.\n\nSaygılarımızla,\nTeknoPazar",
  ["BSM412"], "plain text with three blank lines")
A("en", "412", "delivery-delay", "text", "Order {O} delayed",
  "Hi Owen,\n\nThe bike lights in order {O} will leave us on 14 January instead of 9 January.\n\n\nSorry for the wait,\nStride Sports",
  ["BSM412"], "plain text with two blank lines (three line breaks)", "en-US")
A("de", "412", "reply", "text", "AW: Maße – Bestellung {O}",
  "Hallo Herr Stein,\n\nder Spiegel aus Bestellung {O} misst 50 × 70 cm und wiegt 4,2 kg.\n\nMit freundlichen Grüßen\n\n\n\nHolzwerk Allgäu",
  ["BSM412"], "blank lines before the signature")
A("fr", "412", "delivery-delay", "html", "Retard – commande {O}",
  "<p>Bonjour Monsieur Leroy,</p>\n<br><br>\n<p>&nbsp;</p>\n<p>Votre lampe de la commande {O} sera expédiée le 19 janvier au lieu du 12 janvier.</p>\n<p>Cordialement,<br>Maison Dufour</p>",
  ["BSM412"], "mixture of <br><br> and empty paragraph")
A("it", "412", "review-request", "html", "La sua opinione – ordine {O}",
  "<p>Gentile Sig.ra Parisi,</p><p><br></p><p><br></p><p><br></p><p>se ha un momento, ci farebbe piacere una sua recensione della teiera (ordine {O}) su Amazon.</p><p>Cordiali saluti,<br>Ceramiche Deruta Artigiana</p>",
  ["BSM412"], "<p><br></p> three times")
A("es", "412", "reply", "html", "RE: Pedido {O}",
  "Hola, Inés:<br><span>&nbsp;</span><br><span>&nbsp;</span><br><span>&nbsp;</span><br>El jarrón del pedido {O} mide 32 cm de alto y 14 cm de diámetro.<br><br>Un saludo,<br>Cerámica Talavera Viva",
  ["BSM412"], "spans with only &nbsp; between <br>s")
A("pl", "412", "delivery-delay", "text", "Opóźnienie – zamówienie {O}",
  "Dzień dobry, Pani Agato,\n  \n \n\t\nkoc z zamówienia {O} wyślemy 15 stycznia zamiast 10 stycznia.\n\nPozdrawiamy\nMotek Wełny",
  ["BSM412"], "plain text blank lines containing spaces/tab")
A("sv", "412", "invoice", "html", "Faktura – order {O}",
  '<div class="WordSection1">\n<p class="MsoNormal">Hej Sven,<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
  '<p class="MsoNormal">Bifogat finns faktura nr 2026/01/204 för order {O}.<o:p></o:p></p>\n<p class="MsoNormal">Med vänlig hälsning<br>Kontorsmaterial Ek AB<o:p></o:p></p>\n</div>',
  ["BSM412"], "Outlook empty MsoNormal paragraphs x2")
A("tr", "412", "delivery-delay", "html", "Gecikme – sipariş {O}",
  "<p>Merhaba Cansu Hanım,</p>\n<p>{O} numaralı siparişinizdeki halı 10 Ocak yerine 17 Ocak'ta kargoya verilecek.</p>\n<br><br><br><br>\n<p>Saygılarımızla,<br>Ev Dekor Atölyesi</p>",
  ["BSM412"], "four <br> before the signature")
A("nl", "412", "return-follow-up", "text", "Retour bestelling {O}",
  "Beste Joris,\r\n\r\nWil je ons laten weten of je de jas uit bestelling {O} wilt ruilen voor maat L of liever je geld terug wilt?\r\n\r\n\r\nGroet,\r\nRunShop Utrecht",
  ["BSM412"], "CRLF plain text with two blank lines")
A("en", "412", "additional-information", "html", "Question about order {O}",
  "Dear Mrs Holt,<BR><BR><BR>For the monogrammed towels in order {O}, could you confirm the initials: &quot;E.H.&quot; or &quot;E.M.H.&quot;?<BR><BR>Kind regards,<BR>Slumber &amp; Co",
  ["BSM412"], "uppercase <BR> x3")
A("de", "412", "delivery-scheduling", "html", "Liefertermin – Bestellung {O}",
  "Guten Tag Herr Albrecht,<br>&nbsp;<br>&nbsp;<br>für den Kleiderschrank aus Bestellung {O} können wir am Dienstag, 13.01.2026, zwischen 8 und 12 Uhr liefern. Passt Ihnen das?<br><br>Freundliche Grüße<br>Holzwerk Allgäu",
  ["BSM412"], "<br>&nbsp;<br>&nbsp;<br> blank lines made of nbsp")
A("fr", "412", "invoice", "text", "Facture – commande {O}",
  "Madame, Monsieur,\n\n\n\n\n\nVeuillez trouver ci-joint la facture n° FA-2026/0333 de la commande {O}.\n\nCordialement,\nPapeterie Lefèvre SARL",
  ["BSM412"], "plain text with five blank lines")
A("it", "412", "delivery-delay", "html", "Ritardo – ordine {O}",
  "<div>Ciao Martina,</div>\n<div>&nbsp;</div>\n<div>&nbsp;</div>\n<div>&nbsp;</div>\n<div>la lana del tuo ordine {O} partirà il 18 gennaio invece del 12.</div>\n<div>Un abbraccio,<br>Gomitolo d'Oro</div>",
  ["BSM412"], "<div>&nbsp;</div> x3 spacers")
A("es", "412", "invoice", "html", "Factura – pedido {O}",
  "<p>Estimado cliente:</p><p>&#160;</p><p>&#160;</p><p>Adjuntamos la factura n.º 2026/0777 del pedido {O}.</p><p>Atentamente,<br>Papelería Morales S.L.</p>",
  ["BSM412"], "<p>&#160;</p> twice")
A("pl", "412", "review-request", "html", "Recenzja – zamówienie {O}",
  "Szanowny Panie Sowa,<br>\n\n<br>\n\n<br>\nbędziemy wdzięczni za recenzję latarki z zamówienia {O} na Amazon.<br>\n<br>\nZ poważaniem<br>\nNarzędziownia Majster",
  ["BSM412"], "three <br> separated by blank source lines")
A("sv", "412", "reply", "html", "Sv: Storlek – order {O}",
  "<p>Hej Linus,</p><p><br><br></p><p><br></p><p>skorna i order {O} är normala i storleken; välj din vanliga storlek.</p><p>Hälsningar<br>Löparbutiken Stockholm</p>",
  ["BSM412"], "<p><br><br></p> followed by <p><br></p>")
A("tr", "412", "reply", "html", "Ynt: Ölçüler – sipariş {O}",
  "<p>Merhaba Onur Bey,<br><br><br>{O} numaralı siparişinizdeki sehpanın ölçüleri 90 × 50 × 45 cm'dir.</p><p>Saygılarımızla,<br>Ev Dekor Atölyesi</p>",
  ["BSM412"], "three <br> inside a paragraph")

# ================= BSM412 clean =================
A("nl", "412-clean", "delivery-delay", "html", "Vertraging – {O}",
  "Beste mevrouw Claes,<br><br>De plantenbak uit bestelling {O} wordt op 16 januari verzonden in plaats van 9 januari.<br><br>Met vriendelijke groet,<br>Buitenleven",
  [], "exactly two <br> in a row (blank line), allowed", "nl-BE")
A("en", "412-clean", "delivery-scheduling", "text", "Delivery slot for order {O}",
  "Dear Mr Pike,\n\nWe can deliver the wardrobe from order {O} on:\n- Monday 12 January, 8am-12pm\n- Wednesday 14 January, 1pm-5pm\n\nWhich suits you better?\n\nKind regards,\nComfort Living Deliveries",
  [], "plain text, single blank lines only")
A("de", "412-clean", "invoice", "html", "Rechnung – Bestellung {O}",
  "<p>Sehr geehrte Frau Graf,</p>\n<p>anbei die Rechnung RE-2026/0199 zu Bestellung {O}.</p>\n<p>Mit freundlichen Grüßen<br>\nBürobedarf Krause GmbH<br>\nHauptstraße 12<br>\n50667 Köln</p>",
  [], "single <br>s in an address block")
A("fr", "412-clean", "reply", "html", "RE : Couleur – commande {O}",
  "<div>Bonjour Madame Noël,</div>\n<div><br></div>\n<div>Le plaid de votre commande {O} est bien bleu pétrole, comme sur la fiche produit.</div>\n<div><br></div>\n<div>Cordialement,<br>Maison Dufour</div>",
  [], "single <div><br></div> spacers (one blank line each)")
A("it", "412-clean", "return-follow-up", "text", "Reso – ordine {O}",
  "Gentile Sig. Villa,\n\nper completare il reso dell'ordine {O}, ci può dire se la confezione originale è ancora integra?\n\nGrazie,\nFerramenta Greco\n",
  [], "text with single blank lines and trailing newline")
A("es", "412-clean", "delivery-delay", "html", "Retraso – pedido {O}",
  "<p>Hola, Óscar:</p>\n\n\n<p>Las zapatillas del pedido {O} saldrán el 15 de enero en lugar del 10.</p>\n\n\n<p>Un saludo,<br>Run Store Madrid</p>",
  [], "HTML with blank source lines between <p> (not rendered breaks)")
A("pl", "412-clean", "invoice", "text", "Faktura – zamówienie {O}",
  "Szanowni Państwo,\n\nw załączniku faktura FV/2026/01/301 do zamówienia {O}.\nNIP: 987-654-32-10\n\nZ poważaniem\nPapiernik Zieliński sp. z o.o.",
  [], "text, single line and single blank-line breaks; NIP not a phone")
A("sv", "412-clean", "additional-information", "html", "Fråga om order {O}",
  "Hej Klara,<br>för gravyren på armbandet i order {O} behöver vi veta om texten ska stå på in- eller utsidan.<br><br>Hälsningar<br>Gravyrverkstaden Uppsala",
  [], "single and double <br> only")
A("tr", "412-clean", "delivery-scheduling", "text", "Teslimat – sipariş {O}",
  "Sayın Levent Uçar,\n\n{O} numaralı siparişinizdeki çamaşır makinesini 14 Ocak Çarşamba günü 09.00–13.00 arasında teslim edebiliriz. Uygun mudur?\n\nSaygılarımızla,\nBeyaz Eşya Merkezi Ankara",
  [], "plain text, single blank lines")
A("de", "412-clean", "reply", "html", "AW: Pflegehinweise – Bestellung {O}",
  "<p>Hallo Frau Brandt,</p><p>die Bettwäsche aus Bestellung {O} können Sie bei 60 °C waschen.<br>Bitte nicht in den Trockner geben.<br>Bügeln auf mittlerer Stufe ist möglich.</p><p>Viele Grüße<br>Leinenliebe</p>",
  [], "consecutive paragraphs, single <br>s")
