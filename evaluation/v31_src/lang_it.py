# -*- coding: utf-8 -*-
"""Set v31, Italian (it): 50 evaluation messages."""

MESSAGES = []


def _m(typ, fmt, subject, body, order_id, expected, note, locale="it-IT"):
    MESSAGES.append({
        "id": "v31-it-%03d" % (len(MESSAGES) + 1),
        "language": "it",
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
_m("delivery-delay", "text",
   "Ordine 625-4471038-2265901: spedizione posticipata",
   "Gentile sig.ra Ferri,\n\n"
   "la informiamo che l'olio extravergine in latta da 5 litri del suo ordine 625-4471038-2265901 partirà "
   "con qualche giorno di ritardo: il frantoio ha concluso l'imbottigliamento della nuova annata solo "
   "ieri.\n\n"
   "La nuova data di spedizione prevista è venerdì 11 dicembre.\n\n"
   "Ci scusiamo per l'attesa.\n\n"
   "Cordiali saluti,\n"
   "Frantoio Colli Sabini",
   "625-4471038-2265901", [],
   "Clean Italian delivery delay in plain text.")

# 2 clean: delivery delay, HTML
_m("delivery-delay", "html",
   "Aggiornamento sul suo ordine 625-0938216-7714523",
   "<p>Buongiorno Marco,</p>\n"
   "<p>purtroppo la lampada da tavolo in ottone (ordine <b>625-0938216-7714523</b>) non sarà pronta per "
   "la data indicata. Il nostro fornitore di paralumi ha subito un ritardo nella consegna dei tessuti.</p>\n"
   "<ul>\n"
   "<li>Data prevista in origine: 4 dicembre 2026</li>\n"
   "<li>Nuova data di spedizione: 14 dicembre 2026</li>\n"
   "</ul>\n"
   "<p>Ci scusiamo per il disagio.</p>\n"
   "<p>Un saluto,<br>Luci di Bottega - Firenze</p>",
   "625-0938216-7714523", [],
   "Clean Italian delivery delay in simple HTML with a list.")

# 3 clean: order problem with adjustment, [Importante]
_m("order-problem", "text",
   "[Importante] Ordine 625-7702154-3398160 non disponibile",
   "Gentile cliente,\n\n"
   "siamo spiacenti: il filtro antiparticolato compatibile che ha ordinato (ordine 625-7702154-3398160) "
   "risulta esaurito presso il nostro magazzino e non possiamo spedirlo.\n\n"
   "Abbiamo già rettificato l'importo dell'ordine per intero, indicando come causale la mancanza di "
   "disponibilità. Riceverà il rimborso di 189,00 EUR sul metodo di pagamento usato per l'acquisto.\n\n"
   "Ci scusiamo per l'inconveniente.\n\n"
   "Ricambi Auto Brianza S.r.l.",
   "625-7702154-3398160", [],
   "Clean Italian order problem confirming the adjusted amount, [Importante] allowed on this type.")

# 4 clean: request for information
_m("additional-information", "text",
   "Ordine 625-3360841-9052217 - ci serve un dato",
   "Ciao Giulia,\n\n"
   "per preparare la torta personalizzata del tuo ordine 625-3360841-9052217 ci manca un'informazione: "
   "quale gusto preferisci per la farcitura, crema chantilly o ganache al cioccolato? E il nome da "
   "scrivere sulla placca è \"Matteo\", come nelle note?\n\n"
   "Appena ci rispondi procediamo.\n\n"
   "Grazie,\n"
   "Pasticceria Dolce Sosta",
   "625-3360841-9052217", [],
   "Clean Italian request for information needed to complete a custom order.")

# 5 clean: return follow-up, partial refund
_m("return-follow-up", "text",
   "Reso ordine 625-8815507-1146302: una proposta",
   "Gentile sig. Colombo,\n\n"
   "abbiamo ricevuto la sua richiesta di reso per il servizio di piatti (ordine 625-8815507-1146302), "
   "in cui segnala un piattino scheggiato.\n\n"
   "Se desidera tenere il servizio, possiamo riconoscerle un rimborso parziale di 12,50 EUR. In caso "
   "contrario il reso proseguirà regolarmente. Ci faccia sapere cosa preferisce rispondendo a questo "
   "messaggio.\n\n"
   "Distinti saluti,\n"
   "Ceramiche Vietresi d'Amalfi",
   "625-8815507-1146302", [],
   "Clean Italian return follow-up offering a partial refund.")

# 6 clean: return follow-up, question
_m("return-follow-up", "text",
   "Domanda sul reso - 625-2094463-5587129",
   "Buongiorno,\n\n"
   "in merito al reso del seggiolino auto (ordine 625-2094463-5587129), ci potrebbe indicare se la "
   "confezione originale è integra e se sono presenti le istruzioni e il riduttore per neonati? Ci serve "
   "per completare la pratica di reso.\n\n"
   "Grazie e buona giornata,\n"
   "BimboSicuro Store",
   "625-2094463-5587129", [],
   "Clean Italian return follow-up asking for information to complete the return.")

# 7 clean: invoice with P.IVA, slashed invoice number
_m("invoice", "html",
   "Fattura n. 2026/FE/0912 - ordine 625-5127790-6630084",
   "<p>Gentile dott.ssa Marchetti,</p>\n"
   "<p>in allegato trova la fattura n. <b>2026/FE/0912</b> relativa all'ordine 625-5127790-6630084 "
   "(sedia ergonomica, 249,00 EUR IVA 22% inclusa).</p>\n"
   "<p>Cordiali saluti</p>\n"
   "<p><small>Ufficio Design Italia S.r.l. - Via Cesare Battisti 18, 20122 Milano<br>\n"
   "P.IVA IT 09876543210 - C.F. 09876543210 - REA MI-2134567<br>\n"
   "Capitale sociale 50.000 EUR i.v.</small></p>",
   "625-5127790-6630084", [],
   "Clean Italian invoice with P.IVA, REA and a slashed invoice number.")

# 8 clean: neutral review request, text
_m("review-request", "text",
   "Ordine 625-6648023-1179455",
   "Buongiorno,\n\n"
   "sono passati alcuni giorni dalla consegna del suo ordine 625-6648023-1179455. Le andrebbe di "
   "lasciare una recensione del prodotto su Amazon? Ogni opinione sincera è utile a chi deve "
   "ancora scegliere.\n\n"
   "Grazie per il tempo che vorrà dedicarci,\n"
   "Erboristeria Valle Maira",
   "625-6648023-1179455", [],
   "Clean neutral Italian review request in text.")

# 9 clean: review request HTML with logo and Amazon link
_m("review-request", "html",
   "La sua opinione sull'ordine 625-1305567-8821946",
   "<p><img src=\"https://m.media-amazon.com/images/S/seller-logos/sartoria-bellini-logo.png\" "
   "alt=\"Sartoria Bellini\" width=\"140\" height=\"50\"></p>\n"
   "<p>Gentile sig. Rinaldi,</p>\n"
   "<p>speriamo che la camicia su misura del suo ordine 625-1305567-8821946 le stia bene. Se lo "
   "desidera, può raccontare la sua esperienza, qualunque essa sia, nella pagina delle recensioni.</p>\n"
   "<p><a href=\"https://www.amazon.it/review/review-your-purchases/\">Scrivi una recensione su "
   "Amazon.it</a></p>\n"
   "<p>Cordialmente,<br>Sartoria Bellini</p>",
   "625-1305567-8821946", [],
   "Clean Italian HTML review request with shop logo, alt text and descriptive https Amazon link.")

# 10 clean: delivery scheduling
_m("delivery-scheduling", "text",
   "Consegna della cucina - ordine 625-9971124-0448637",
   "Gentili sig.ri Galli,\n\n"
   "la cucina componibile dell'ordine 625-9971124-0448637 viaggia su bancale e richiede un appuntamento "
   "con il corriere per la consegna al piano.\n\n"
   "Disponibilità:\n"
   "martedì 15/12, fascia 8:00-13:00\n"
   "giovedì 17/12, fascia 14:00-18:00\n"
   "sabato 19/12, fascia 8:00-12:00\n\n"
   "Ci indichi la fascia preferita e se l'edificio dispone di ascensore.\n\n"
   "Grazie,\n"
   "Cucine Veneto Arredo",
   "625-9971124-0448637", [],
   "Clean Italian delivery scheduling for bulky furniture with time windows.")

# 11 clean: home service appointment
_m("home-service-appointment", "text",
   "Appuntamento per il montaggio (ordine 625-2258390-6617714)",
   "Buongiorno sig. Esposito,\n\n"
   "per il montaggio dell'armadio acquistato con l'ordine 625-2258390-6617714 il nostro tecnico è "
   "disponibile:\n"
   "- lunedì 14 dicembre dalle 9:00 alle 12:00\n"
   "- mercoledì 16 dicembre dalle 15:00 alle 18:00\n\n"
   "Ci risponda indicando l'orario preferito. La durata stimata dell'intervento è di circa tre ore.\n\n"
   "Saluti,\n"
   "Montaggi Express Napoli",
   "625-2258390-6617714", [],
   "Clean Italian home-service appointment with time slots.")

# 12 clean: custom design proof
_m("custom-design-verification", "text",
   "Bozza grafica da approvare - ordine 625-4403371-2289605",
   "Ciao Federica,\n\n"
   "in allegato trovi la bozza delle bomboniere per il battesimo (ordine 625-4403371-2289605): nome "
   "\"Sofia\", data 17 gennaio 2027, colore rosa cipria.\n\n"
   "Controlla per favore che sia tutto corretto. Con la tua conferma avviamo la stampa; se serve una "
   "modifica, scrivila pure qui.\n\n"
   "A presto,\n"
   "Laboratorio Confetti & Nastri",
   "625-4403371-2289605", [],
   "Clean Italian custom design proof awaiting approval.")

# 13 clean: door code question
_m("fulfillment-question", "text",
   "Consegna ordine 625-8036612-3350947: codice del portone",
   "Gentile cliente,\n\n"
   "il corriere incaricato della consegna dell'ordine 625-8036612-3350947 (lettera di vettura "
   "BRT LV-2026-A88213, rif. interno SPED-22917) non riesce ad accedere al condominio di via Garibaldi 41.\n\n"
   "Può comunicarci il codice del portone o il nome riportato sul citofono? Senza queste informazioni "
   "la consegna verrebbe rimandata.\n\n"
   "Grazie,\n"
   "Materassi Riposo Sereno",
   "625-8036612-3350947", [],
   "Clean Italian door-code question with reference numbers that are not phone numbers.")

# 14 clean: reply quoting a foreign product title
_m("reply", "text",
   "Re: domanda sull'ordine 625-1569048-7702391",
   "Buonasera Chiara,\n\n"
   "la \"Kinderkamera Bunt - Edition Deluxe\" che ha acquistato (ordine 625-1569048-7702391) funziona con "
   "schede microSD fino a 32 GB; la scheda non è inclusa nella confezione.\n\n"
   "La batteria si ricarica con il cavo USB-C fornito in circa due ore.\n\n"
   "Cordiali saluti,\n"
   "Giocattoli Girotondo",
   "625-1569048-7702391", [],
   "Clean Italian reply quoting a German product title inside Italian sentences.")

# 15 clean: reply with manufacturer warranty line
_m("reply", "text",
   "Re: macchina del caffè guasta - ordine 625-6681290-4435572",
   "Gentile sig.ra Conti,\n\n"
   "ci dispiace per il problema alla macchina del caffè. Il prodotto è coperto dalla garanzia del "
   "produttore per 24 mesi: per l'assistenza può rivolgersi al numero verde garanzia del produttore "
   "Caffèlux, 800 123 456 (attivo dal lunedì al venerdì, 9-18), citando l'ordine 625-6681290-4435572.\n\n"
   "Resta comunque la possibilità di richiedere il reso dal suo account entro i termini previsti.\n\n"
   "Cordialmente,\n"
   "Casalinghi Moderni",
   "625-6681290-4435572", [],
   "Clean Italian reply giving the manufacturer's warranty toll-free number, marked as such.")

# 16 clean: reply with company footer
_m("reply", "text",
   "Risposta alla sua richiesta - ordine 625-3094475-9916208",
   "Buongiorno,\n\n"
   "le confermiamo che il pecorino stagionato dell'ordine 625-3094475-9916208 è prodotto con caglio "
   "animale e non è quindi adatto a una dieta vegetariana. La stagionatura è di 12 mesi.\n\n"
   "Cordiali saluti,\n"
   "Antonella\n\n"
   "--\n"
   "Caseificio Terre di Pienza S.a.s.\n"
   "Località Poggio Alto 7, 53026 Pienza (SI)\n"
   "P.IVA 01234560526 - Reg. Imprese Siena SI-112233\n"
   "Orari spaccio: lun-sab 8:30-13:00 / 15:00-19:00",
   "625-3094475-9916208", [],
   "Clean Italian reply with a company footer, VAT number and opening hours.")

# 17 clean: reply with tracking/return numbers
_m("reply", "html",
   "Re: stato del rimborso - 625-7730158-2264819",
   "<p>Gentile sig. Bruno,</p>\n"
   "<p>il pacco di reso (spedizione GLS n. 6E4455213087) è arrivato al nostro magazzino di Bologna "
   "il 1° dicembre alle 11:20. La pratica di reso RS-26-00781 relativa all'ordine 625-7730158-2264819 "
   "è stata chiusa e il rimborso di 64,90 EUR è stato disposto il 2 dicembre.</p>\n"
   "<p>I tempi di accredito dipendono dalla banca, di solito 3-5 giorni lavorativi.</p>\n"
   "<p>Cordiali saluti,<br>Ufficio resi - Sportivamente</p>",
   "625-7730158-2264819", [],
   "Clean Italian HTML reply with tracking and return numbers, dates, times and amounts.")

# 18 BSM201: handed to the carrier
_m("fulfillment-question", "text",
   "Il tuo pacco è partito - ordine 625-0581236-4470953",
   "Ciao Luca,\n\n"
   "ti scriviamo per dirti che il tuo zaino da trekking (ordine 625-0581236-4470953) è stato affidato "
   "oggi al corriere SDA e ha già lasciato il nostro magazzino di Bergamo.\n\n"
   "Buone escursioni!\n"
   "Outdoor Orobie",
   "625-0581236-4470953", ["BSM201"],
   "Italian shipping confirmation: handed to the courier and left the warehouse.")

# 19 BSM201: order received, being prepared
_m("additional-information", "text",
   "Ordine 625-6612907-3308125 ricevuto",
   "Gentile sig.ra Greco,\n\n"
   "abbiamo ricevuto correttamente il suo ordine 625-6612907-3308125 e lo stiamo già preparando per la "
   "spedizione, imballando ogni vasetto di miele con cura.\n\n"
   "Apicoltura Monte Amiata",
   "625-6612907-3308125", ["BSM201"],
   "Italian order confirmation: received and being prepared.")

# 20 BSM202: thanks only
_m("fulfillment-question", "html",
   "Grazie! Ordine 625-2947713-6651084",
   "<p>Gentile cliente,</p>\n"
   "<p>grazie di cuore per aver scelto il nostro negozio per il suo ordine 625-2947713-6651084. "
   "Per noi ogni acquisto è motivo di grande soddisfazione.</p>\n"
   "<p>Con gratitudine,<br>Bottega del Cuoio</p>",
   "625-2947713-6651084", ["BSM202"],
   "Italian thanks-only message in HTML.")

# 21 BSM202: only "we are here if needed"
_m("fulfillment-question", "text",
   "Ordine 625-5508364-1127790",
   "Buongiorno,\n\n"
   "per qualsiasi dubbio o problema relativo al suo ordine 625-5508364-1127790, siamo sempre qui, pronti "
   "ad aiutarla. Non esiti a scriverci tramite i messaggi Amazon.\n\n"
   "Un caro saluto,\n"
   "Ferramenta Bassi",
   "625-5508364-1127790", ["BSM202"],
   "Italian message that only offers help should a problem arise.")

# 22 BSM203: P.S. with 20% off
_m("additional-information", "text",
   "Taglia della giacca - ordine 625-8093341-5526078",
   "Ciao Alessandro,\n\n"
   "nell'ordine 625-8093341-5526078 hai selezionato la giacca in taglia 52 ma nelle note hai scritto "
   "\"taglia 50\". Quale delle due dobbiamo spedire?\n\n"
   "Grazie,\n"
   "Moda Uomo Rivoli\n\n"
   "P.S. Fino al 31 dicembre tutto il catalogo invernale è scontato del 20%: approfittane!",
   "625-8093341-5526078", ["BSM203"],
   "Italian request for information with a promotional P.S. of 20% off the catalogue.")

# 23 BSM203: follow us / newsletter
_m("delivery-delay", "html",
   "Ordine 625-1734489-0092356: piccolo ritardo",
   "<p>Ciao Martina,</p>\n"
   "<p>il tuo set di pennelli (ordine 625-1734489-0092356) partirà lunedì 14 dicembre invece di giovedì "
   "10, perché attendiamo l'ultimo lotto dal laboratorio.</p>\n"
   "<p>Nel frattempo, seguici su Instagram e Facebook e iscriviti alla nostra newsletter: a gennaio "
   "arriva la nuova linea di acquerelli!</p>\n"
   "<p>Belle Arti Morandi</p>",
   "625-1734489-0092356", ["BSM203"],
   "Italian delivery delay inviting the buyer to follow the shop, subscribe and look at a new line.")

# 24 BSM204: small gift once review published
_m("review-request", "text",
   "Ordine 625-4460127-8835319 - la tua recensione",
   "Ciao Elena,\n\n"
   "ti va di lasciare una recensione sulla borraccia termica del tuo ordine 625-4460127-8835319? Quando "
   "la recensione sarà pubblicata, scrivici e ti spediremo un piccolo omaggio come ringraziamento.\n\n"
   "A presto,\n"
   "EcoBorraccia Italia",
   "625-4460127-8835319", ["BSM204"],
   "Italian review request promising a small gift once the review is published.")

# 25 BSM204: full refund
_m("review-request", "text",
   "Ordine 625-9905512-3347860",
   "Buongiorno,\n\n"
   "le proponiamo questo: pubblichi una recensione sulle cuffie wireless dell'ordine "
   "625-9905512-3347860 e, appena sarà visibile su Amazon, le restituiremo l'intero importo pagato.\n\n"
   "Cordiali saluti,\n"
   "SoundWave Store",
   "625-9905512-3347860", ["BSM204"],
   "Italian review request offering a full refund once the review is visible.")

# 26 BSM205: change or remove one-star review
_m("reply", "text",
   "Re: ordine 625-3376604-1190247",
   "Gentile sig. Marino,\n\n"
   "come promesso le abbiamo inviato il ricambio per il frullatore (ordine 625-3376604-1190247). Visto "
   "che il problema è stato risolto, le chiediamo cortesemente se potrebbe modificare la recensione da "
   "una stella che ha pubblicato, o eventualmente cancellarla.\n\n"
   "La ringraziamo per la comprensione,\n"
   "Elettrodomestici Riva",
   "625-3376604-1190247", ["BSM205"],
   "Italian reply asking to modify or delete a one-star review.")

# 27 BSM206: only if satisfied
_m("review-request", "text",
   "Com'è andata? Ordine 625-6029871-5573412",
   "Buongiorno,\n\n"
   "se è soddisfatto del tagliere in ulivo (ordine 625-6029871-5573412), una recensione su Amazon ci "
   "farebbe molto piacere. Se invece qualcosa non l'ha convinta, prima di scrivere la recensione la "
   "preghiamo di contattarci: troveremo insieme una soluzione.\n\n"
   "Cordialmente,\n"
   "Legno d'Ulivo Puglia",
   "625-6029871-5573412", ["BSM206"],
   "Italian review request only for satisfied buyers, redirecting unhappy ones.")

# 28 BSM206: five stars
_m("review-request", "html",
   "Ordine 625-0217748-9981636 - un piccolo favore",
   "<p>Ciao Davide,</p>\n"
   "<p>ci auguriamo che il tuo kit per la pizza (ordine 625-0217748-9981636) sia già entrato in azione. "
   "Se ti va, lasciaci una valutazione a cinque stelle su Amazon: per noi fa davvero la differenza.</p>\n"
   "<p>Grazie mille,<br>Forno & Pala</p>",
   "625-0217748-9981636", ["BSM206"],
   "Italian review request asking for a five-star rating.")

# 29 BSM108: quickest is to cancel yourself (adjustment confirmed)
_m("order-problem", "text",
   "Ordine 625-5581093-2204467: articolo esaurito",
   "Gentile cliente,\n\n"
   "il trapano a percussione del suo ordine 625-5581093-2204467 è esaurito e il fornitore non sa dirci "
   "quando tornerà disponibile. L'importo dell'ordine è stato rettificato con causale \"articolo non "
   "disponibile\".\n\n"
   "La via più rapida per chiudere la questione è che lei stesso annulli l'ordine dalla sezione \"I miei "
   "ordini\" del suo account.\n\n"
   "Distinti saluti,\n"
   "Utensileria Padana",
   "625-5581093-2204467", ["BSM108"],
   "Italian order problem with the adjustment confirmed but advising the buyer to cancel.")

# 30 BSM108 + BSM107
_m("order-problem", "text",
   "Problema con l'ordine 625-8842316-6617059",
   "Buongiorno,\n\n"
   "ci scusiamo ma il divano letto del suo ordine 625-8842316-6617059 non è più disponibile in "
   "magazzino.\n\n"
   "Le saremmo grati se potesse inoltrare lei una richiesta di cancellazione tramite Amazon, così "
   "possiamo chiudere l'ordine.\n\n"
   "Cordiali saluti,\n"
   "Divani Comfort Marche",
   "625-8842316-6617059", ["BSM107", "BSM108"],
   "Italian order problem asking for a cancellation request without confirming an adjustment.")

# 31 BSM305: unsubscribe
_m("review-request", "html",
   "Ordine 625-2215564-7738920 - recensione",
   "<p>Buongiorno,</p>\n"
   "<p>il suo ordine 625-2215564-7738920 è stato consegnato la settimana scorsa. Se vuole, può lasciare "
   "una recensione del prodotto dal suo account Amazon.</p>\n"
   "<p>Cordiali saluti,<br>Profumeria Aurora</p>\n"
   "<p><small>Se non desidera più ricevere comunicazioni da parte nostra, risponda con "
   "\"CANCELLAMI\".</small></p>",
   "625-2215564-7738920", ["BSM305"],
   "Italian review request with an opt-out instruction in a small footer.")

# 32 BSM306: profanity
_m("reply", "text",
   "Re: pacco danneggiato - ordine 625-4758802-0053174",
   "Ciao Stefano,\n\n"
   "abbiamo visto le foto: il corriere ha combinato un casino della madonna, il vaso è arrivato "
   "distrutto. Che cazzo di imballaggio gli abbiamo dato a fare?\n\n"
   "Ti rispediamo un vaso nuovo per l'ordine 625-4758802-0053174 entro venerdì, senza costi.\n\n"
   "Giorgio - Vetri d'Arte Murano",
   "625-4758802-0053174", ["BSM306"],
   "Italian reply containing profanity.")

# 33 BSM104: message in another language
_m("delivery-delay", "text",
   "Bestellung 625-1083397-4492685 - Lieferverzögerung",
   "Sehr geehrte Frau Ricci,\n\n"
   "Ihre Bestellung 625-1083397-4492685 (Leinenbettwäsche, 2 Sets) wird leider erst am 15. Dezember "
   "versendet, da unser Lieferant die Ware später geliefert hat.\n\n"
   "Mit freundlichen Grüßen\n"
   "Casa Lino Versand",
   "625-1083397-4492685", ["BSM104"],
   "Delivery delay written entirely in German to an Italian buyer.")

# 34 BSM309: national phone
_m("delivery-scheduling", "text",
   "Consegna frigorifero - ordine 625-6390114-8826351",
   "Gentile sig.ra Lombardi,\n\n"
   "per fissare la consegna del frigorifero combinato (ordine 625-6390114-8826351) ci chiami pure allo "
   "051 634 2278 in orario d'ufficio, oppure al cellulare 347 218 9904 anche il sabato mattina.\n\n"
   "Saluti,\n"
   "Elettroforniture Emilia",
   "625-6390114-8826351", ["BSM309"],
   "Italian delivery scheduling with national landline and mobile numbers.")

# 35 BSM309: international format
_m("reply", "text",
   "Re: informazioni sull'ordine 625-9214437-3305596",
   "Buongiorno,\n\n"
   "la lunghezza del cavo incluso nell'ordine 625-9214437-3305596 è di 1,8 metri. Per domande tecniche "
   "più dettagliate il nostro reparto è raggiungibile al +39 02 8736 4410.\n\n"
   "Cordiali saluti,\n"
   "TecnoCavi Milano",
   "625-9214437-3305596", ["BSM309"],
   "Italian reply with the seller's phone number in international format.")

# 36 BSM308: plain email
_m("invoice", "text",
   "Fattura ordine 625-0346681-7719242",
   "Gentile cliente,\n\n"
   "in allegato la fattura relativa all'ordine 625-0346681-7719242. Se le serve l'intestazione a una "
   "società, mandi i dati fiscali a fatture@ceramichesolari.it e la riemetteremo.\n\n"
   "Cordiali saluti,\n"
   "Ceramiche Solari",
   "625-0346681-7719242", ["BSM308"],
   "Italian invoice message with a plain email address.")

# 37 BSM308: obfuscated (chiocciola)
_m("custom-design-verification", "text",
   "Il tuo logo per le magliette - ordine 625-3507729-6640018",
   "Ciao Roberto,\n\n"
   "per stampare le magliette dell'ordine 625-3507729-6640018 ci serve il logo in alta risoluzione. "
   "Mandalo a grafica chiocciola stampetessili punto it, indicando il numero d'ordine.\n\n"
   "Grazie!\n"
   "Stampe Tessili Verona",
   "625-3507729-6640018", ["BSM308"],
   "Italian message with an obfuscated email address using 'chiocciola' and 'punto'.")

# 38 BSM302: https link to seller site
_m("home-service-appointment", "html",
   "Appuntamento installazione - ordine 625-7168843-1153390",
   "<p>Gentile sig. De Luca,</p>\n"
   "<p>per l'installazione del climatizzatore (ordine 625-7168843-1153390) può scegliere giorno e orario "
   "nel <a href=\"https://www.climaservizi-torino.it/prenotazioni\">calendario prenotazioni sul sito di "
   "Clima Servizi Torino</a>.</p>\n"
   "<p>Cordiali saluti,<br>Clima Servizi Torino</p>",
   "625-7168843-1153390", ["BSM302"],
   "Italian home-service appointment linking to the seller's https booking page.")

# 39 BSM301: http link to Amazon
_m("review-request", "html",
   "La sua recensione - ordine 625-4412076-8864413",
   "<p>Buongiorno,</p>\n"
   "<p>il suo ordine 625-4412076-8864413 è stato consegnato da qualche giorno. Se lo desidera, può "
   "condividere la sua opinione sul prodotto.</p>\n"
   "<p><a href=\"http://www.amazon.it/review/review-your-purchases/\">Le tue recensioni su Amazon.it</a></p>\n"
   "<p>Saluti,<br>Tisane di Montagna</p>",
   "625-4412076-8864413", ["BSM301"],
   "Italian review request with an insecure http link to Amazon.")

# 40 BSM310: product image
_m("custom-design-verification", "html",
   "Conferma incisione - ordine 625-8890251-2276604",
   "<p>Ciao Serena,</p>\n"
   "<p>ecco come apparirà l'incisione \"S &amp; A 2026\" sull'orologio del tuo ordine "
   "625-8890251-2276604. Il file di prova è allegato; confermaci se va bene.</p>\n"
   "<p><img src=\"https://m.media-amazon.com/images/I/orologio-acciaio-quadrante-blu.jpg\" "
   "alt=\"Orologio in acciaio con quadrante blu\" width=\"260\"></p>\n"
   "<p>Orologeria Fontana</p>",
   "625-8890251-2276604", ["BSM310"],
   "Italian design verification including a photo of the purchased watch.")

# 41 BSM311: unrelated image
_m("review-request", "html",
   "Ordine 625-2671138-0097745",
   "<p>Gentile cliente,</p>\n"
   "<p>è trascorsa una settimana dalla consegna dell'ordine 625-2671138-0097745. Se desidera, può "
   "scrivere una recensione del prodotto su Amazon.</p>\n"
   "<p><img src=\"https://images.unsplash.com/photo-spiaggia-tramonto-sardegna.jpg\" "
   "alt=\"Spiaggia al tramonto\" width=\"300\"></p>\n"
   "<p>Buone vacanze,<br>Costumi Mare Nostrum</p>",
   "625-2671138-0097745", ["BSM311"],
   "Italian review request with an unrelated stock image of a beach.")

# 42 BSM402: image with empty alt
_m("delivery-delay", "html",
   "Ordine 625-5035562-4418831 in ritardo",
   "<p><img src=\"https://m.media-amazon.com/images/S/seller-logos/libreria-antiquaria-galli.png\" "
   "alt=\"\" width=\"120\"></p>\n"
   "<p>Gentile lettore,</p>\n"
   "<p>il volume dell'ordine 625-5035562-4418831 è in fase di restauro della legatura e verrà spedito "
   "il 16 dicembre anziché il 9. Ci scusiamo per l'attesa.</p>\n"
   "<p>Libreria Antiquaria Galli</p>",
   "625-5035562-4418831", ["BSM402"],
   "Italian delivery delay with the shop logo carrying an empty alt.")

# 43 BSM403: emoji
_m("reply", "text",
   "Re: colore della tazza - 625-1449907-3362158",
   "Ciao Valentina!\n\n"
   "Sì, la tazza del tuo ordine 625-1449907-3362158 è lavabile in lavastoviglie, la decorazione non si "
   "rovina 👍 Per il microonde invece meglio evitare per via del bordo dorato 😉\n\n"
   "Un abbraccio,\n"
   "Mug Lab Torino",
   "625-1449907-3362158", ["BSM403"],
   "Italian reply with emoji.")

# 44 BSM403: emoticon
_m("additional-information", "text",
   "Ordine 625-6604412-9928571 - indirizzo incompleto",
   "Buongiorno Paolo,\n\n"
   "nell'indirizzo di consegna dell'ordine 625-6604412-9928571 manca il numero civico. Ce lo può "
   "indicare rispondendo a questo messaggio? Altrimenti il corriere rischia di girare a vuoto :)\n\n"
   "Grazie,\n"
   "Vini del Monferrato",
   "625-6604412-9928571", ["BSM403"],
   "Italian request for a missing house number ending with a smiley emoticon.")

# 45 BSM410: four sizes
_m("invoice", "html",
   "Fattura ordine 625-3810059-5541127",
   "<style>\n"
   ".titolo { font-size: 24px; }\n"
   ".sottotitolo { font-size: 18px; }\n"
   ".testo { font-size: 14px; }\n"
   ".nota { font-size: 10px; }\n"
   "</style>\n"
   "<p class=\"titolo\">Fattura disponibile</p>\n"
   "<p class=\"sottotitolo\">Ordine 625-3810059-5541127</p>\n"
   "<p class=\"testo\">In allegato trova la fattura n. 2026/0772 per l'acquisto della stampante "
   "multifunzione.</p>\n"
   "<p class=\"nota\">Office Point S.r.l. - P.IVA 04455660987</p>",
   "625-3810059-5541127", ["BSM410"],
   "Italian HTML invoice with four explicit font sizes in a style block.")

# 46 BSM412: runs of <br>
_m("delivery-scheduling", "html",
   "Consegna del materasso - ordine 625-9247730-1186649",
   "<p>Gentile sig.ra Moretti,<br><br><br><br>"
   "il materasso matrimoniale dell'ordine 625-9247730-1186649 può essere consegnato martedì 15 dicembre "
   "(9:00-13:00) o venerdì 18 dicembre (14:00-18:00).<br><br><br>"
   "Ci indichi la fascia che preferisce.<br><br><br>"
   "Cordiali saluti,<br>Materassi Dolce Notte</p>",
   "625-9247730-1186649", ["BSM412"],
   "Italian delivery scheduling with runs of three or more <br>.")

# 47 BSM110: [Importante] on a review request
_m("review-request", "text",
   "[Importante] La tua opinione sull'ordine 625-0154488-7703215",
   "Ciao Francesca,\n\n"
   "il tuo ordine 625-0154488-7703215 è arrivato da qualche giorno. Quando hai un momento, puoi lasciare "
   "una recensione del prodotto su Amazon.\n\n"
   "Saluti,\n"
   "Candele Profumate Lago di Garda",
   "625-0154488-7703215", ["BSM110"],
   "Italian review request marked [Importante] in the subject.")

# 48 BSM401: bare URL
_m("return-follow-up", "text",
   "Reso dell'ordine 625-4927315-6652290",
   "Buongiorno,\n\n"
   "per completare il reso del monitor (ordine 625-4927315-6652290) ci occorre sapere se il difetto "
   "riguarda pixel bruciati o l'alimentazione. Può indicarlo nella richiesta di reso qui:\n"
   "https://www.amazon.it/gp/css/returns/homepage.html\n\n"
   "Grazie,\n"
   "Monitor & PC Outlet",
   "625-4927315-6652290", ["BSM401"],
   "Italian return follow-up with a bare URL as the link.")

# 49 varies: BSM405 wide padding
_m("delivery-delay", "html",
   "Spedizione ordine 625-7736604-3319082 rinviata",
   "<div style=\"padding: 0 140px;\">\n"
   "<p>Gentile cliente,</p>\n"
   "<p>il set di valigie dell'ordine 625-7736604-3319082 verrà spedito il 17 dicembre invece del 10: il "
   "colore scelto arriverà in magazzino solo la prossima settimana.</p>\n"
   "<p>Ci scusiamo per il ritardo.<br>Valigeria Roma Centro</p>\n"
   "</div>",
   "625-7736604-3319082", ["BSM405"],
   "Italian delivery delay wrapped in a container with 140 px of side padding.")

# 50 varies: tracking pixel
_m("review-request", "html",
   "Ordine 625-5508917-2240036: lasci una recensione",
   "<p>Buongiorno,</p>\n"
   "<p>speriamo che il macinacaffè dell'ordine 625-5508917-2240036 funzioni a dovere. Se vuole, può "
   "condividere la sua opinione nella sezione recensioni di Amazon.</p>\n"
   "<p>Cordiali saluti,<br>Caffè Artigiano Trieste</p>\n"
   "<img src=\"https://mailstats.caffeartigiano-trieste.it/open.png?uid=88213&amp;msg=rev\" "
   "width=\"1\" height=\"1\" alt=\"\">",
   "625-5508917-2240036", ["BSM307", "BSM402"],
   "Italian review request with a 1x1 tracking pixel with empty alt.")
