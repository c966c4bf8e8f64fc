"""Messages in the other languages: mostly clean look-alikes and thanks-only."""
from common import C, TH

FQ = "fulfillment-question"


def _lang(lang, locale_default, items):
    out = []
    for it in items:
        it["language"] = lang
        if it["locale"] is None:
            it["locale"] = locale_default
        out.append(it)
    return out


NL = _lang("nl", "nl-NL", [
    C("invoice", "text", "Factuur bij bestelling {O}",
      """
      Beste klant,

      In de bijlage vindt u de factuur bij uw bestelling {O}.

      Factuurnummer: HV/2026/00418
      Factuurdatum: 3 december 2026
      Totaal: € 184,95 (incl. 21% btw)

      Houtwerk Veluwe B.V.
      KvK-nummer: 71234567
      BTW-nummer: NL859123456B01

      Met vriendelijke groet,
      Houtwerk Veluwe
      """,
      "Dutch invoice with KvK and BTW numbers and an invoice number with slashes."),
    C("reply", "text", "Re: Garantie koffiemolen - {O}",
      """
      Hallo meneer De Vries,

      De garantie op uw koffiemolen loopt twee jaar en wordt door de fabrikant afgehandeld. U kunt de garantielijn van de fabrikant (Molenaar Apparaten, garantieservice) bellen op 088 123 45 67, op werkdagen van 9.00 tot 17.00 uur.

      Met vriendelijke groet,
      Koffiehuis Online
      """,
      "Dutch reply with a phone number marked as the manufacturer's warranty line."),
    TH(FQ, "text", "Bedankt voor uw bestelling {O}",
       """
       Beste klant,

       Hartelijk dank voor uw bestelling! Wij wensen u er veel plezier mee.

       Met vriendelijke groet,
       Houtwerk Veluwe
       """,
       "Dutch thanks-only with a wish."),
    TH(FQ, "text", "Bestelling {O}",
       """
       Hallo,

       Mocht er iets zijn met uw bestelling, dan staan we voor u klaar. Stuur ons gerust een bericht.

       Team Koffiehuis Online
       """,
       "Dutch message that only offers help if something comes up."),
])

EN = _lang("en", "en-GB", [
    C("delivery-delay", "text", "Update on your order {O}",
      """
      Hello Mrs Clarke,

      The oak side table in your order is taking longer to finish than we planned, as the oil finish needs a further week to cure. We now expect to dispatch it on 16 December 2026.

      We are sorry for the wait.

      Kind regards,
      Tom Baker
      Harbour Lane Furniture
      """,
      "English delivery delay with a future dispatch date."),
    C("reply", "text", "Re: Bulb fitting ({O})",
      """
      Hi Mr Patel,

      The lamp takes one E27 bulb of up to 40 W; an LED bulb of 6-8 W gives the same light.

      Best wishes,
      Harbour Lane Lighting

      Harbour Lane Ltd, 14 Quay Street, Bristol BS1 4DB
      Company No. 08123456 | VAT Reg. No. GB 123 4567 89
      """,
      "English reply with a company footer: company number and VAT number grouped like a phone number.",
      locale="en-GB"),
    TH(FQ, "text", "Thank you - order {O}",
       """
       Hi there,

       Thank you so much for your order. We hope you love it!

       Warm wishes,
       The Harbour Lane team
       """,
       "English thanks-only with a hope the buyer loves it."),
    TH(FQ, "text", "Your order {O}",
       """
       Hello,

       Thanks again for shopping with us. If you ever have a question about your purchase, just reply to this message and we will be happy to help.

       All the best,
       Maple Street Goods
       """,
       "US-English thanks plus an offer to help.",
       locale="en-US"),
])

DE = _lang("de", "de-DE", [
    C("invoice", "text", "Ihre Rechnung zur Bestellung {O}",
      """
      Sehr geehrte Frau Becker,

      anbei erhalten Sie die Rechnung zu Ihrer Bestellung.

      Rechnungsnummer: RE/2026/12/0412
      Rechnungsdatum: 04.12.2026
      Betrag: 89,90 EUR inkl. 19 % MwSt.

      Bergmann Haushaltswaren GmbH
      USt-IdNr.: DE 123 456 789
      Amtsgericht München, HRB 234567

      Mit freundlichen Grüßen
      Bergmann Haushaltswaren
      """,
      "German invoice with USt-IdNr., HRB number and a slash invoice number."),
    C("reply", "text", "AW: Garantiefall - Bestellung {O}",
      """
      Guten Tag Herr Wagner,

      für Garantiefälle ist der Hersteller direkt zuständig. Die Garantie-Hotline des Herstellers (Kessler Elektrogeräte) erreichen Sie unter 0800 123 45 67, Montag bis Freitag von 8 bis 18 Uhr.

      Freundliche Grüße
      Elektro Alpenblick
      """,
      "German reply giving the manufacturer's warranty hotline, marked as such.",
      locale="de-AT"),
    TH(FQ, "text", "Danke für Ihre Bestellung {O}",
       """
       Hallo,

       vielen Dank für Ihren Einkauf bei uns! Wir wünschen Ihnen viel Freude mit Ihrem neuen Produkt.

       Herzliche Grüße
       Ihr Team von Bergmann Haushaltswaren
       """,
       "German thanks-only with a wish."),
    TH(FQ, "text", "Bestellung {O}",
       """
       Guten Tag,

       sollte es Fragen zu Ihrer Bestellung geben, sind wir jederzeit gerne für Sie da.

       Mit freundlichen Grüßen
       Bergmann Haushaltswaren GmbH
       USt-IdNr.: DE 123 456 789
       """,
       "German: only 'we are here for you', plus a footer with a VAT id."),
])

FR = _lang("fr", "fr-FR", [
    C("invoice", "text", "Votre facture - commande {O}",
      """
      Bonjour Madame Martin,

      Vous trouverez ci-joint la facture de votre commande.

      N° de facture : FA/2026/1207
      Montant : 64,50 EUR TTC

      Atelier Lumière SARL
      SIRET : 123 456 789 00012
      TVA intracommunautaire : FR 12 123456789

      Cordialement,
      Atelier Lumière
      """,
      "French invoice with SIRET and VAT numbers grouped with spaces."),
    C("delivery-scheduling", "text", "Livraison de votre canapé - commande {O}",
      """
      Bonjour Monsieur Dubois,

      Votre canapé sera livré par notre transporteur sur rendez-vous. Merci de nous indiquer le créneau qui vous convient :

      - mardi 15 décembre, 8 h - 12 h
      - mardi 15 décembre, 13 h - 17 h
      - jeudi 17 décembre, 8 h - 12 h

      Bien cordialement,
      Maison Dubreuil
      """,
      "French delivery scheduling with time slots.",
      locale="fr-BE"),
    TH(FQ, "text", "Merci pour votre commande {O}",
       """
       Bonjour,

       Toute l'équipe vous remercie pour votre commande. Nous espérons qu'elle vous apportera entière satisfaction.

       Belle journée,
       Atelier Lumière
       """,
       "French thanks-only with a hope of satisfaction."),
    TH(FQ, "text", "Commande {O}",
       """
       Bonjour,

       Merci pour votre achat ! Nous restons à votre disposition pour toute question.

       Maison Dubreuil
       """,
       "French thanks and 'we remain at your disposal'."),
])

IT = _lang("it", "it-IT", [
    C("invoice", "text", "Fattura ordine {O}",
      """
      Gentile cliente,

      in allegato trova la fattura relativa al suo ordine.

      Fattura n. 2026/FE/0389 del 05/12/2026
      Importo: 129,00 EUR IVA inclusa

      Ceramiche Toscane S.r.l.
      P.IVA 01234567890 - REA FI-654321

      Cordiali saluti,
      Ceramiche Toscane
      """,
      "Italian invoice with P.IVA and REA numbers and a slash invoice number."),
    C("reply", "text", "Re: Assistenza in garanzia - ordine {O}",
      """
      Buongiorno signor Rossi,

      per l'assistenza in garanzia può contattare direttamente il numero verde del produttore (Fratelli Conti, servizio garanzia): 800 123 456, dal lunedì al venerdì, 9-18.

      Cordiali saluti,
      Casa Bella Store
      """,
      "Italian reply with the manufacturer's warranty free number, marked as such."),
    TH(FQ, "text", "Grazie per il suo ordine {O}",
       """
       Gentile cliente,

       grazie di cuore per aver scelto i nostri prodotti. Le auguriamo di goderseli a lungo!

       Un caro saluto,
       Ceramiche Toscane
       """,
       "Italian thanks-only with a wish."),
    TH(FQ, "text", "Ordine {O}",
       """
       Buongiorno,

       per qualsiasi domanda sul suo acquisto siamo a sua completa disposizione.

       Casa Bella Store
       """,
       "Italian: only 'we are at your disposal'."),
])

ES = _lang("es", "es-ES", [
    C("delivery-delay", "text", "Retraso en su pedido {O}",
      """
      Hola, Sra. García:

      La lámpara de su pedido se enviará con retraso, ya que el proveedor nos entregará el lote el 14 de diciembre. Prevemos enviarla el 16 de diciembre de 2026.

      Disculpe las molestias.

      Un saludo,
      Luz del Sur
      """,
      "Spanish delivery delay with future dates."),
    C("invoice", "text", "Factura del pedido {O}",
      """
      Estimado cliente:

      Le adjuntamos la factura de su pedido.

      Factura n.º F-2026/0731
      Importe: 59,90 EUR (IVA incluido)

      Textiles Mediterráneo S.L.
      CIF: B12345678

      Atentamente,
      Textiles Mediterráneo
      """,
      "Spanish invoice with a CIF and a slash invoice number."),
    TH(FQ, "text", "Gracias por su pedido {O}",
       """
       Hola:

       ¡Muchas gracias por su compra! Esperamos que la disfrute.

       Un saludo,
       Luz del Sur
       """,
       "Spanish thanks-only."),
    TH(FQ, "text", "Pedido {O}",
       """
       Hola:

       Si tiene cualquier problema con su pedido, estamos aquí para ayudarle.

       Textiles Mediterráneo
       """,
       "Spanish: only 'we are here to help if there is a problem'."),
])

PL = _lang("pl", "pl-PL", [
    C("invoice", "text", "Faktura do zamówienia {O}",
      """
      Dzień dobry,

      w załączniku przesyłamy fakturę do Państwa zamówienia.

      Faktura nr FV/2026/12/0154
      Kwota: 249,00 zł brutto

      Drewniane Zakątki Sp. z o.o.
      NIP 123-456-78-90, REGON 123456785

      Z poważaniem,
      Drewniane Zakątki
      """,
      "Polish invoice with a NIP grouped like a phone number and a REGON."),
    C("return-follow-up", "text", "Zwrot - zamówienie {O}",
      """
      Dzień dobry,

      aby dokończyć zwrot, prosimy o informację, którą z dwóch zamówionych poduszek chcą Państwo odesłać: szarą czy beżową.

      Pozdrawiamy,
      Drewniane Zakątki
      """,
      "Polish return follow-up asking which item is returned."),
    TH(FQ, "text", "Dziękujemy za zamówienie {O}",
       """
       Dzień dobry,

       serdecznie dziękujemy za zakupy w naszym sklepie. Życzymy wiele radości z zakupu!

       Zespół Drewniane Zakątki
       """,
       "Polish thanks-only with a wish."),
])

SV = _lang("sv", "sv-SE", [
    C("invoice", "text", "Faktura för order {O}",
      """
      Hej,

      Här kommer fakturan för din order som bilaga.

      Fakturanummer: 2026/1188
      Belopp: 499 kr inkl. moms

      Nordisk Hemtextil AB
      Org.nr 556123-4567
      Momsreg.nr SE556123456701

      Vänliga hälsningar,
      Nordisk Hemtextil
      """,
      "Swedish invoice with Org.nr and VAT registration number."),
    C("additional-information", "text", "Portkod för leverans - order {O}",
      """
      Hej Anna,

      Budfirman behöver portkoden till ditt trapphus för att kunna leverera. Kan du svara med koden? Leveransreferens: NH-2026-33410.

      Tack på förhand!
      Nordisk Hemtextil
      """,
      "Swedish door-code question with a reference number."),
    TH(FQ, "text", "Tack för din order {O}",
       """
       Hej!

       Stort tack för din beställning. Hör av dig om det är något vi kan hjälpa till med.

       Hälsningar,
       Nordisk Hemtextil
       """,
       "Swedish thanks and an offer to help."),
])

MSGS_BY_LANG = [("nl", NL), ("en", EN), ("de", DE), ("fr", FR), ("it", IT), ("es", ES),
                ("pl", PL), ("sv", SV)]
