"""v3 blind evaluation set, Italian (it-IT). Standard library only."""

def _o(i):
    return "405-%07d-%07d" % ((2718281 * i + 1414213) % 10**7, (1732050 * i + 2236067) % 10**7 if i % 2 else (1732051 * i + 6180339) % 10**7)

O = {i: _o(i) for i in range(1, 51)}

def P(*paras):
    return "\n\n".join(paras)

MESSAGES = []

def m(n, typ, fmt, subject, body, expected, note, locale="it-IT"):
    MESSAGES.append({"id": "v3-it-%03d" % n, "language": "it", "locale": locale, "type": typ,
                     "format": fmt, "subject": subject, "body": body, "order_id": O[n],
                     "expected": sorted(expected), "note": note})

# ---------------------------------------------------------------- clean (1-17)
m(1, "delivery-delay", "text", "Ordine %s - ritardo nella spedizione" % O[1], P(
    "Gentile Sig.ra Ferri,",
    "le scriviamo per l'ordine %s: il cesto natalizio con i prodotti dell'Irpinia non potrà partire giovedì 10 dicembre come indicato, perché il torrone artigianale arriverà dal laboratorio con qualche giorno di ritardo." % O[1],
    "La nuova data di spedizione prevista è martedì 15 dicembre 2026. Se per lei questo è un problema, ci risponda pure e valuteremo insieme cosa fare.",
    "Cordiali saluti,\nGiuseppe Amato\nSapori d'Irpinia"),
  [], "Plain-text delivery delay with a new shipping date.")

m(2, "delivery-delay", "html", "Aggiornamento sul suo ordine %s" % O[2],
  "<p>Buongiorno Sig. Colombo,</p>"
  "<p>la lampada da terra in ottone del suo ordine <strong>%s</strong> è in fase di verniciatura e sarà spedita con circa una settimana di ritardo.</p>"
  "<table><tr><td>Data prevista in origine</td><td>9/12/2026</td></tr><tr><td>Nuova data di spedizione</td><td>16/12/2026</td></tr><tr><td>Importo</td><td>249,00 &euro; (invariato)</td></tr></table>"
  "<p>Lo stato aggiornato è sempre visibile nella pagina <a href=\"https://www.amazon.it/gp/your-account/order-history\">I miei ordini su Amazon</a>.</p>"
  "<p>Ci scusiamo per l'attesa.<br>Marta Galli<br>Officina Luce Milano</p>" % O[2],
  [], "HTML delivery delay with a table and a descriptive https Amazon link.")

m(3, "order-problem", "text", "[Importante] Ordine %s: articolo non disponibile, importo rimborsato" % O[3], P(
    "Gentile cliente,",
    "purtroppo non possiamo evadere l'ordine %s: il set di coltelli giapponesi che ha acquistato è andato esaurito per un errore di allineamento del magazzino." % O[3],
    "Abbiamo già rettificato l'importo totale dell'ordine tramite Seller Central, con motivazione \"articolo non disponibile\" (NoInventory). Il rimborso di 129,90 EUR le verrà accreditato sul metodo di pagamento utilizzato entro 3-5 giorni lavorativi.",
    "Ci scusiamo per il disagio.\nColtelleria Bassi"),
  [], "Order problem confirming the amount adjustment (NoInventory), with [Importante] in the subject.")

m(4, "additional-information", "html", "Ordine %s: ci serve un dato per la spedizione" % O[4],
  "<p>Buongiorno,</p>"
  "<p>per completare l'ordine %s (pneumatici invernali, 4 pezzi) il corriere ci chiede il nome dell'officina presso cui vuole farli consegnare e la via completa: nell'indirizzo compare solo \"Gommista Rossi, Cuneo\".</p>"
  "<p>Può indicarci l'indirizzo esatto rispondendo a questo messaggio?</p>"
  "<p>Grazie,<br>Ufficio spedizioni<br>Gomme Subito</p>" % O[4],
  [], "Request for a complete delivery address needed to ship the order.")

m(5, "return-follow-up", "text", "Reso dell'ordine %s - una proposta" % O[5], P(
    "Buongiorno Sig. Marino,",
    "abbiamo letto la sua richiesta di reso per il divano letto dell'ordine %s: ci scrive che il tessuto ha una piccola macchia sul bracciolo, ma che per il resto il divano va bene." % O[5],
    "Visto l'ingombro della spedizione di ritorno, le proponiamo un rimborso parziale di 60,00 EUR, tenendo il divano. Se preferisce procedere comunque con il reso completo, nessun problema: ce lo faccia sapere.",
    "Un saluto,\nFederica\nCasa Morbida Arredamenti"),
  [], "Return follow-up offering a partial refund.")

m(6, "return-follow-up", "text", "Ordine %s - informazioni per il reso" % O[6], P(
    "Buongiorno,",
    "per poter chiudere il reso dello smartwatch (ordine %s) ci serve sapere se il dispositivo è stato scollegato dal suo account nell'app. Finché resta associato, il produttore non può accettarlo e non riusciamo a rimborsarla." % O[6],
    "Ci basta una sua conferma in risposta a questo messaggio.",
    "Grazie e buona giornata,\nTecnoPolso"),
  [], "Return follow-up asking for information needed to complete the return.")

m(7, "invoice", "html", "Fattura n. FT/2026/0891 - ordine %s" % O[7],
  "<p>Gentile cliente,</p>"
  "<p>in allegato trova la fattura n. FT/2026/0891 relativa all'ordine %s, intestata alla sua ditta come richiesto.</p>"
  "<p>Imponibile: 300,00 &euro;<br>IVA 22%%: 66,00 &euro;<br>Totale: 366,00 &euro;</p>"
  "<p>Cordiali saluti,<br>Amministrazione</p>"
  "<p><small>Ferramenta Conti S.r.l. - Via Emilia Est 210, 41121 Modena (MO)<br>"
  "P.IVA 03456789012 - C.F. 03456789012 - REA MO-398765 - Capitale sociale 20.000,00 &euro; i.v.</small></p>" % O[7],
  [], "Invoice with Italian company footer (P.IVA, C.F., REA) and an invoice number with slashes.")

m(8, "review-request", "text", "Ordine %s: ci lascerebbe una recensione?" % O[8], P(
    "Buongiorno,",
    "è passata qualche settimana dall'arrivo della sua moka elettrica (ordine %s). Se ha voglia di raccontare su Amazon come si trova, la sua recensione sarà utile ad altri clienti e a noi, qualunque sia il suo giudizio." % O[8],
    "Grazie per il tempo che vorrà dedicarci,\nCaffè & Dintorni"),
  [], "Neutral plain-text review request.")

m(9, "review-request", "html", "La sua opinione sull'ordine %s" % O[9],
  "<p><img src=\"https://m.media-amazon.com/images/S/brand/bottega-cuoio-fiorentino-logo.png\" alt=\"Logo Bottega del Cuoio Fiorentino\" width=\"180\"></p>"
  "<p>Gentile Sig.ra Ricci,</p>"
  "<p>speriamo che la cintura in cuoio dell'ordine %s le piaccia. Se desidera condividere la sua esperienza, positiva o negativa che sia, può <a href=\"https://www.amazon.it/review/create-review?asin=B0DJ4N8W2L\">scrivere una recensione della cintura su Amazon</a>.</p>"
  "<p>Un cordiale saluto,<br>Lorenzo<br>Bottega del Cuoio Fiorentino</p>" % O[9],
  [], "HTML review request with the shop logo (alt names the shop) and a descriptive https Amazon link.")

m(10, "delivery-scheduling", "text", "Consegna su appuntamento - ordine %s" % O[10], P(
    "Gentile Sig. Esposito,",
    "il frigorifero combinato dell'ordine %s (87 kg) viene consegnato al piano su appuntamento. Le proponiamo queste fasce orarie:" % O[10],
    "- lunedì 14 dicembre, 9:00-13:00\n- mercoledì 16 dicembre, 14:00-18:00\n- venerdì 18 dicembre, 9:00-13:00",
    "Ci indichi la fascia preferita e, se possibile, a che piano abita e se c'è l'ascensore.",
    "Cordiali saluti,\nServizio consegne\nElettroCasa Napoli"),
  [], "Delivery scheduling for a heavy item with dates and time slots.")

m(11, "home-service-appointment", "text", "Appuntamento per il montaggio - ordine %s" % O[11], P(
    "Buongiorno Sig.ra Bruno,",
    "per il montaggio della cucina componibile (ordine %s) i nostri montatori sono disponibili:" % O[11],
    "giovedì 17/12/2026 dalle 8:30 alle 12:30\nsabato 19/12/2026 dalle 14:00 alle 18:00",
    "Il lavoro richiede circa 4 ore. Ci confermi l'orario più comodo rispondendo a questo messaggio.",
    "A presto,\nDavide Greco\nMontaggi Rapidi - servizi a domicilio"),
  [], "Home-service appointment with dates and times.")

m(12, "custom-design-verification", "html", "Bozza grafica da approvare - ordine %s" % O[12],
  "<p>Ciao Sara,</p>"
  "<p>in allegato la bozza delle magliette personalizzate per l'ordine %s (12 pezzi, stampa fronte, logo \"Calcetto del Giovedì\").</p>"
  "<ul><li>colori come da file originale</li><li>larghezza stampa: 25 cm</li><li>taglie: 4 S, 5 M, 3 L</li></ul>"
  "<p>Se va tutto bene, ci scrivi \"approvato\" e mandiamo in stampa; altrimenti indicaci le modifiche.</p>"
  "<p>Grazie,<br>Nicola<br>Stampa Veloce Bologna</p>" % O[12],
  [], "Design proof attached for approval, informal register.")

m(13, "fulfillment-question", "text", "Ordine %s: codice del portone" % O[13], P(
    "Buongiorno,",
    "il corriere passerà domani, martedì 15 dicembre, per la consegna dell'ordine %s (numero di spedizione BRT 0587332199041). All'indirizzo in Via dei Mille 8 risulta un portone con citofono a codice." % O[13],
    "Può comunicarci il codice d'ingresso o il nominativo sul citofono? Lo useremo solo per questa consegna.",
    "Grazie,\nLogistica Pane & Pasta"),
  [], "Door-code question with shipment reference numbers.")

m(14, "reply", "text", "Re: Domanda sul prodotto (ordine %s)" % O[14], P(
    "Buongiorno Sig. Lombardi,",
    "sì, il \"Bread Baking Starter Kit\" del suo ordine %s contiene anche il cestino di lievitazione in rattan. Il nome è in inglese perché il kit è prodotto nel Regno Unito, ma le istruzioni sono in italiano." % O[14],
    "Buona panificazione,\nAlessia, Farina Madre"),
  [], "Reply quoting an English product title within Italian sentences.")

m(15, "reply", "html", "Re: Aspirapolvere non si accende - ordine %s" % O[15],
  "<p>Buongiorno Sig. Moretti,</p>"
  "<p>ci dispiace per il problema con l'aspirapolvere dell'ordine %s. Il prodotto è coperto dalla garanzia del produttore di 24 mesi.</p>"
  "<p>Per la riparazione in garanzia può rivolgersi direttamente all'assistenza del produttore Turbix: <strong>numero verde garanzia del produttore 800 912 345</strong> (dal lunedì al venerdì, 9:00-17:30). Tenga a portata di mano la data d'acquisto, 20 novembre 2026.</p>"
  "<p>Cordiali saluti,<br>Assistenza clienti<br>CasaPulita Store</p>" % O[15],
  [], "Reply with the manufacturer's warranty toll-free number, marked as such.")

m(16, "reply", "text", "Re: Dati aziendali - ordine %s" % O[16], P(
    "Buongiorno,",
    "come richiesto, ecco i nostri dati completi per la registrazione dell'acquisto (ordine %s) nella sua contabilità." % O[16],
    "Cordiali saluti,\nValentina Serra\nUfficio amministrativo",
    "Vini Serra di Barbara Serra & C. S.a.s.\nVia Langhe 14, 12051 Alba (CN)\nP.IVA IT02876543219 - C.F. 02876543219 - REA CN-254310"),
  [], "Reply with an Italian company-details footer (P.IVA, REA).")

m(17, "reply", "text", "Re: Stato del rimborso - ordine %s" % O[17], P(
    "Buongiorno Sig.ra Fontana,",
    "il pacco di reso dell'ordine %s (numero reso RS-26-04418, tracciamento Poste 1T00488231207) è stato consegnato nel nostro magazzino di Prato lunedì 7 dicembre alle 11:20." % O[17],
    "Abbiamo avviato il rimborso di 54,90 EUR oggi alle 9:05; a seconda della banca, lo vedrà entro il 14 dicembre.",
    "Cordiali saluti,\nTessile Toscano"),
  [], "Reply with return/tracking numbers, dates, times and amounts.")

# ---------------------------------------------------------------- violations (18-48)
m(18, "fulfillment-question", "text", "Il suo ordine %s è partito" % O[18], P(
    "Buongiorno,",
    "le confermiamo che il pacco dell'ordine %s è uscito stamattina dal nostro magazzino di Bergamo ed è stato affidato a GLS." % O[18],
    "Saluti,\nSport Valle Brembana"),
  ["BSM201"], "Shipping confirmation: 'left our warehouse, entrusted to GLS'.")

m(19, "fulfillment-question", "text", "Abbiamo ricevuto il suo ordine %s" % O[19], P(
    "Ciao Marco,",
    "il tuo ordine %s è arrivato da noi e lo stiamo già preparando con cura: le tue capsule di caffè saranno imballate entro oggi." % O[19],
    "Un saluto dalla torrefazione,\nTostatura Pagano"),
  ["BSM201"], "Order confirmation: 'your order arrived, we are preparing it'.")

m(20, "fulfillment-question", "html", "Grazie per l'ordine %s" % O[20],
  "<p>Gentile Sig.ra Conti,</p>"
  "<p>grazie di cuore per aver scelto i nostri prodotti (ordine %s). Per una piccola azienda di famiglia come la nostra, ogni ordine è una grande soddisfazione.</p>"
  "<p>Grazie ancora!<br>La famiglia Ferraro<br>Oleificio Ferraro</p>" % O[20],
  ["BSM202"], "Thanks-only message.")

m(21, "fulfillment-question", "text", "Ordine %s" % O[21], P(
    "Buongiorno,",
    "in merito all'ordine %s: per qualsiasi necessità o imprevisto, il nostro servizio clienti è sempre a sua disposizione." % O[21],
    "Cordiali saluti,\nBici Elettriche Rinaldi"),
  ["BSM202"], "Only says customer service is available if needed.")

m(22, "delivery-delay", "html", "Ordine %s: spedizione rinviata" % O[22],
  "<p>Buongiorno,</p>"
  "<p>il presepe in terracotta del suo ordine %s sarà spedito il 14 dicembre invece che l'11, per una seconda cottura delle statuine.</p>"
  "<p>Ci scusiamo per il ritardo.<br>Presepi di San Gregorio</p>"
  "<p>P.S. Fino a domenica 13 dicembre, sconto del 20%% su tutto il catalogo con il codice PRESEPE20.</p>" % O[22],
  ["BSM203"], "Permitted delay message with a P.S. offering 20 % off the whole catalogue.")

m(23, "review-request", "text", "Ordine %s - la sua opinione" % O[23], P(
    "Buongiorno,",
    "se le va, lasci una recensione su Amazon per la borraccia termica dell'ordine %s, qualunque sia la sua esperienza." % O[23],
    "E per non perdere la nostra nuova linea primavera, si iscriva alla nostra newsletter e ci segua su Facebook e Instagram!",
    "Saluti,\nAcqua Verde Outdoor"),
  ["BSM203"], "Review request that also promotes a new collection, newsletter and social follow.")

m(24, "review-request", "text", "Un piccolo pensiero per lei - ordine %s" % O[24], P(
    "Buongiorno,",
    "quando avrà pubblicato una recensione su Amazon del tagliere dell'ordine %s, ci mandi uno screenshot: le spediremo in omaggio un vasetto del nostro pesto come piccolo segno di gratitudine." % O[24],
    "Grazie,\nLiguria in Tavola"),
  ["BSM204"], "A small free gift once the review is published.")

m(25, "review-request", "text", "Ordine %s: rimborso totale per la sua recensione" % O[25], P(
    "Buongiorno Sig. Gallo,",
    "le proponiamo questo: appena la sua recensione delle cuffie (ordine %s) sarà visibile su Amazon, le rimborseremo l'intero importo dell'acquisto." % O[25],
    "Cordialmente,\nAudioMania"),
  ["BSM204"], "Full refund once the review is visible.")

m(26, "reply", "html", "Re: Recensione - ordine %s" % O[26],
  "<p>Gentile Sig.ra Barbieri,</p>"
  "<p>abbiamo sostituito il tostapane difettoso del suo ordine %s e ci fa piacere che il nuovo funzioni.</p>"
  "<p>Le chiediamo una cortesia: potrebbe aggiornare o eliminare la recensione da una stella che aveva lasciato? Ora non rispecchia più la situazione.</p>"
  "<p>Grazie mille,<br>Cucina Facile Shop</p>" % O[26],
  ["BSM205"], "Asks to update or delete an existing one-star review.")

m(27, "review-request", "text", "È soddisfatto dell'ordine %s?" % O[27], P(
    "Buongiorno,",
    "se è contento del suo zaino (ordine %s), ci farebbe un grande piacere leggere una sua recensione su Amazon. Se invece qualcosa non va, non scriva recensioni: ci contatti prima e sistemiamo tutto noi." % O[27],
    "Saluti,\nZaini Dolomiti"),
  ["BSM206"], "Review only if satisfied; unhappy buyers told not to review but to contact the seller.")

m(28, "review-request", "text", "Ordine %s - cinque stelle?" % O[28], P(
    "Ciao Giulia,",
    "speriamo che l'abito del tuo ordine %s ti stia d'incanto! Se hai un attimo, lasciaci cinque stelle su Amazon: per noi fa davvero la differenza." % O[28],
    "Un abbraccio,\nAtelier Bianca"),
  ["BSM206"], "Asks for a five-star rating.")

m(29, "delivery-delay", "text", "Ordine %s: prodotto esaurito" % O[29], P(
    "Buongiorno,",
    "la friggitrice ad aria del suo ordine %s è esaurita presso il distributore; il riassortimento è previsto verso il 21 dicembre." % O[29],
    "Se non vuole aspettare, la soluzione più veloce è annullare lei stesso l'ordine dalla sezione \"I miei ordini\" del suo account Amazon.",
    "Cordiali saluti,\nElettroShop Verona"),
  ["BSM108"], "Out of stock: advises the buyer to cancel the order himself as the fastest way.")

m(30, "order-problem", "html", "Problema con l'ordine %s" % O[30],
  "<p>Buongiorno,</p>"
  "<p>purtroppo l'ultima confezione di panettone al pistacchio è stata venduta prima che potessimo preparare il suo ordine %s.</p>"
  "<p>Le saremmo grati se volesse inviare una richiesta di cancellazione dal suo account Amazon, così possiamo chiudere la pratica.</p>"
  "<p>Ci scusiamo,<br>Pasticceria Bellini</p>" % O[30],
  ["BSM107", "BSM108"], "Order problem asking for a cancellation request without confirming an amount adjustment.")

m(31, "delivery-delay", "text", "Ordine %s - nuova data di spedizione" % O[31], P(
    "Buongiorno,",
    "il suo ordine %s partirà il 16 dicembre anziché il 12, per un ritardo del nostro fornitore di vetro." % O[31],
    "Cordiali saluti,\nVetreria Murano Arte",
    "Non desidera più ricevere messaggi da noi? Clicchi su \"Annulla iscrizione\" o risponda CANCELLAMI."),
  ["BSM305"], "Delay message with an unsubscribe instruction.")

m(32, "reply", "text", "Re: Consegna in ritardo - ordine %s" % O[32], P(
    "Buongiorno,",
    "ha ragione, quei cazzo di corrieri hanno perso di nuovo il pacco dell'ordine %s. Una vera schifezza, siamo incazzati quanto lei." % O[32],
    "Le rispediamo tutto domani.\nMauro, Ricambi Auto Tortora"),
  ["BSM306"], "Reply with Italian profanity.")

m(33, "delivery-delay", "text", "Bestellung %s: Versandverzögerung" % O[33], P(
    "Guten Tag,",
    "leider verzögert sich der Versand Ihrer Bestellung %s um einige Tage. Wir versenden die Ware voraussichtlich am 17. Dezember." % O[33],
    "Mit freundlichen Grüßen\nCeramiche Deruta Shop"),
  ["BSM104"], "Message entirely in German to an Italian buyer.")

m(34, "reply", "text", "Re: Montaggio della libreria - ordine %s" % O[34], P(
    "Buongiorno Sig. Rizzo,",
    "per qualsiasi dubbio sul montaggio della libreria (ordine %s) ci chiami pure al 347 218 5593, risponde direttamente il titolare." % O[34],
    "Cordiali saluti,\nLegno & Design Rizzo"),
  ["BSM309"], "Seller's mobile number in Italian national format.")

m(35, "additional-information", "html", "Ordine %s: conferma misure" % O[35],
  "<p>Buongiorno,</p>"
  "<p>per tagliare su misura le tende del suo ordine %s ci serve la larghezza esatta della finestra. Se preferisce dettarcela, ci chiami al +39 055 264 1187.</p>"
  "<p>Grazie,<br>Tende Firenze Su Misura</p>" % O[35],
  ["BSM309"], "Seller's landline in international format.")

m(36, "return-follow-up", "html", "Reso ordine %s - documenti" % O[36],
  "<p>Buongiorno,</p>"
  "<p>per completare il reso dell'ordine %s ci invii, per favore, la foto dello scontrino di consegna a resi@occhialisole-riva.it.</p>"
  "<p>Grazie,<br>Occhiali Riva</p>" % O[36],
  ["BSM308"], "Plain e-mail address in an HTML return follow-up.")

m(37, "reply", "text", "Re: Fattura aziendale - ordine %s" % O[37], P(
    "Buongiorno,",
    "per la fattura dell'ordine %s ci scriva i dati della sua azienda a amministrazione chiocciola pelletteria-verdi punto it, la prepariamo in giornata." % O[37],
    "Saluti,\nPelletteria Verdi"),
  ["BSM308"], "Obfuscated e-mail address ('chiocciola', 'punto').")

m(38, "reply", "html", "Re: Pulizia della stufa - ordine %s" % O[38],
  "<p>Buongiorno,</p>"
  "<p>per la stufa a pellet del suo ordine %s consigliamo di pulire il braciere ogni due giorni. Trova tutti i passaggi nella <a href=\"https://www.calore-nord.it/guide/manutenzione-stufa-pellet\">guida alla manutenzione sul sito Calore Nord</a>.</p>"
  "<p>Cordiali saluti,<br>Calore Nord</p>" % O[38],
  ["BSM302"], "Descriptive https link to a care guide on the seller's own website.")

m(39, "review-request", "html", "Ordine %s: una recensione?" % O[39],
  "<p>Buongiorno,</p>"
  "<p>se vuole, può <a href=\"http://www.amazon.it/review/create-review?asin=B0C9T4H6QA\">recensire su Amazon il macinapepe che ha acquistato</a>, qualunque sia la sua opinione (ordine %s).</p>"
  "<p>Grazie,<br>Spezie del Mondo</p>" % O[39],
  ["BSM301"], "Descriptive but insecure http link to Amazon.")

m(40, "review-request", "html", "La sua esperienza con l'ordine %s" % O[40],
  "<p><img src=\"https://m.media-amazon.com/images/I/teiera-ghisa-verde-08l.jpg\" alt=\"Teiera in ghisa verde 0,8 litri\" width=\"320\"></p>"
  "<p>Buongiorno,</p>"
  "<p>ci farebbe piacere conoscere la sua opinione sulla teiera dell'ordine %s: se vuole, lasci una recensione su Amazon, positiva o negativa.</p>"
  "<p>Saluti,<br>Tè e Tisane Ornella</p>" % O[40],
  ["BSM310"], "Image of the purchased product in a review request.")

m(41, "delivery-delay", "html", "Ordine %s - piccolo ritardo" % O[41],
  "<p>Buongiorno,</p>"
  "<p>la sua sciarpa in cashmere (ordine %s) sarà spedita il 15 dicembre anziché il 12.</p>"
  "<p><img src=\"https://images.freestock-gallery.com/mare/spiaggia-tramonto.jpg\" alt=\"Spiaggia al tramonto\" width=\"400\"></p>"
  "<p>Cordiali saluti,<br>Cashmere Biella</p>" % O[41],
  ["BSM311"], "Stock image unrelated to the shop (a beach at sunset).")

m(42, "invoice", "html", "Fattura ordine %s" % O[42],
  "<p><img src=\"https://m.media-amazon.com/images/S/brand/cartoleria-pozzi-logo.png\" alt=\"\" width=\"140\"></p>"
  "<p>Buongiorno,</p>"
  "<p>in allegato la fattura n. 2026/455 per l'ordine %s.</p>"
  "<p>Cordiali saluti,<br>Cartoleria Pozzi</p>" % O[42],
  ["BSM402"], "Shop logo with an empty alt attribute.")

m(43, "reply", "text", "Re: Taglia giusta? (ordine %s)" % O[43], P(
    "Ciao Francesca!",
    "Certo, le scarpe del tuo ordine %s si possono cambiare con il 38 \U0001F45F Te le mandiamo lunedì \U0001F60A" % O[43],
    "Baci,\nScarpette Rosa"),
  ["BSM403"], "Friendly reply with emoji.")

m(44, "delivery-delay", "text", "Ordine %s: si parte il 14!" % O[44], P(
    "Buongiorno,",
    "piccolo ritardo per il suo ordine %s: la spedizione slitta al 14 dicembre. Ci perdoni :) Faremo il possibile per anticiparla ;-)" % O[44],
    "Saluti,\nDolci Sardi"),
  ["BSM403"], "Delay message with emoticons ':)' and ';-)'.")

m(45, "return-follow-up", "html", "Reso dell'ordine %s" % O[45],
  "<style>h1{font-size:26px} .sotto{font-size:17px} .nota{font-size:13px} .piccolo{font-size:10px}</style>"
  "<h1>Reso in corso</h1>"
  "<p class=\"sotto\">Ordine %s</p>"
  "<p>Per completare il reso ci indichi se la confezione originale è ancora integra.</p>"
  "<p class=\"nota\">La risposta ci serve per scegliere il tipo di ritiro.</p>"
  "<p class=\"piccolo\">Giocattoli Pinocchio S.r.l.</p>" % O[45],
  ["BSM410"], "Four explicit font sizes in a <style> block besides the default.")

m(46, "delivery-scheduling", "html", "Consegna del materasso - ordine %s" % O[46],
  "<p>Buongiorno,</p><br><br><br>"
  "<p>il materasso del suo ordine %s può essere consegnato giovedì 17 dicembre mattina o venerdì 18 pomeriggio. Quale preferisce?</p>"
  "<br><br><br><br>"
  "<p>Cordiali saluti,<br>Materassi Dormibene</p>" % O[46],
  ["BSM412"], "HTML with runs of three and four <br>.")

m(47, "review-request", "text", "[Importante] Ordine %s: la sua recensione" % O[47], P(
    "Buongiorno,",
    "se lo desidera, può lasciare una recensione su Amazon per il termometro del suo ordine %s, qualunque sia la sua esperienza." % O[47],
    "Grazie,\nSalute In Casa"),
  ["BSM110"], "[Importante] tag on a review request.")

m(48, "reply", "html", "Re: Istruzioni - ordine %s" % O[48],
  "<p>Buongiorno,</p>"
  "<p>le istruzioni del robot da cucina del suo ordine %s sono disponibili sulla pagina Amazon del prodotto: <a href=\"https://www.amazon.it/dp/B0BR6X2MZP\">clicca qui</a>.</p>"
  "<p>Saluti,<br>Cucina Smart Italia</p>" % O[48],
  ["BSM401"], "'Clicca qui' as link text.")

# ---------------------------------------------------------------- varying (49-50)
m(49, "delivery-delay", "html", "Ordine %s - aggiornamento spedizione" % O[49],
  "<p>Buongiorno,</p>"
  "<p>il suo ordine %s sarà spedito il 16 dicembre invece che il 13, per l'inventario di fine anno.</p>"
  "<p>Cordiali saluti,<br>Profumeria Aurelia</p>"
  "<img src=\"https://track.mailpulse-stats.com/open.gif?cid=88213&amp;rid=4471\" width=\"1\" height=\"1\" alt=\"\">" % O[49],
  ["BSM307", "BSM402"], "Tracking pixel (1x1, tracking parameters, empty alt).")

_digits = O[50].replace("-", "")
m(50, "additional-information", "text", "Ordine n. %s: colore da confermare" % _digits, P(
    "Buongiorno,",
    "per il suo ordine n. %s ci serve una conferma: il colore \"salvia\" del piumone è esaurito nella misura matrimoniale. Preferisce il \"grigio perla\" o la misura una piazza e mezza in salvia?" % _digits,
    "Grazie,\nBiancheria Valtellina"),
  ["BSM102"], "Order number written only as 17 digits without hyphens.")
