"""v6 blind set, Italian (it-IT)."""

def _oid(i):
    return "406-%07d-%07d" % (1204577 + i * 97511, 2350919 + i * 61027)

MESSAGES = []

def M(n, typ, fmt, subject, body, expected, note, locale="it-IT"):
    o = _oid(n)
    MESSAGES.append({
        "id": "v6-it-%03d" % n, "language": "it", "locale": locale, "type": typ,
        "format": fmt, "subject": subject.replace("{O}", o), "body": body.replace("{O}", o),
        "order_id": o, "expected": sorted(expected), "note": note})

# ---- clean ----
M(1, "delivery-delay", "text", "Ordine {O} - spedizione posticipata",
  "Gentile Sig.ra Colombo,\n\nle scriviamo per avvisarla che la moka in acciaio dell'ordine {O} partirà con qualche giorno di ritardo: il lotto in arrivo dalla fonderia è slittato. La spedizione è ora prevista per venerdì 18/12/2026 anziché per il 14/12.\n\nCi scusiamo per il disagio.\n\nCordiali saluti,\nMarco Ferri\nCaffè & Ottone", [], "Clean plain-text delivery delay.")
M(2, "delivery-delay", "html", "Aggiornamento sull'ordine {O}",
  "<p>Buongiorno Davide,</p><p>il set di coltelli del suo ordine <strong>{O}</strong> è ancora dall'arrotino per l'affilatura finale. Contiamo di spedirlo <strong>entro martedì 22 dicembre</strong>.</p><table><tr><td>Data prevista in origine</td><td>15/12/2026</td></tr><tr><td>Nuova data</td><td>22/12/2026</td></tr></table><p>Grazie per la pazienza,<br>Lorenzo - Coltelleria Valsesia</p>", [], "Clean builder-HTML delay with a table and no styles.")
M(3, "order-problem", "text", "[Importante] Ordine {O}: articolo non disponibile",
  "Gentile cliente,\n\npurtroppo la lampada da tavolo \"Aurora\" del suo ordine {O} non è più disponibile: l'ultimo pezzo è risultato danneggiato al controllo qualità. Abbiamo già rettificato l'importo dell'ordine (motivo: articolo esaurito), quindi non le verrà addebitato nulla per quell'articolo, pari a 74,50 €.\n\nCi scusiamo sinceramente.\n\nGiulia Martini\nLuce Nuova srl", [], "Clean order problem confirming the adjustment; [Importante] allowed.")
M(4, "additional-information", "text", "Personalizzazione ordine {O}",
  "Buongiorno,\n\nper completare il portachiavi in cuoio dell'ordine {O} ci servono le iniziali da incidere: nel campo note abbiamo trovato solo \"come da accordi\". Ci può scrivere le lettere (massimo tre) e se le preferisce in corsivo o in stampatello?\n\nGrazie mille,\nBottega Pellami Rinaldi", [], "Clean request for information needed to complete the order.")
M(5, "return-follow-up", "text", "Reso ordine {O} - una proposta",
  "Gentile Sig. Bianchi,\n\nabbiamo visto le foto della sedia con il graffio sulla gamba (ordine {O}). Se le va bene tenerla, le proponiamo un rimborso parziale di 30,00 €; altrimenti procediamo con il reso completo come da sua richiesta. Ci faccia sapere cosa preferisce.\n\nUn saluto,\nElena\nArredi Bassano", [], "Clean return follow-up offering a partial refund.")
M(6, "return-follow-up", "text", "Reso {O}: ci serve un'informazione",
  "Buongiorno,\n\nprima di generare l'etichetta di reso per l'ordine {O} dobbiamo sapere se la confezione originale è ancora integra e quale dei due cuscini restituisce (quello blu o quello ocra).\n\nGrazie,\nServizio clienti Tessiture Alpine", [], "Clean return follow-up asking for information.")
M(7, "invoice", "text", "Fattura relativa all'ordine {O}",
  "Buongiorno,\n\nin allegato trova la fattura n. 2026/FV/01187 relativa all'ordine {O}, per un totale di 183,00 € IVA inclusa (IVA 22%: 33,00 €).\n\nCordiali saluti,\nUfficio amministrazione\n\nCartoleria Moretti S.r.l. - Via Garibaldi 41, 40121 Bologna (BO)\nP.IVA 03817250372 - C.F. 03817250372\nREA BO-512334 - Capitale sociale 10.000,00 € i.v.", [], "Clean invoice with P.IVA, REA and a slashed invoice number.")
M(8, "review-request", "text", "Com'è andata con l'ordine {O}?",
  "Ciao Federica,\n\nil tuo grembiule da cucina (ordine {O}) dovrebbe essere arrivato da qualche giorno. Se ti va, lascia una recensione sulla pagina del prodotto: qualunque sia la tua opinione, aiuta chi deve ancora scegliere.\n\nA presto,\nMarta di Cucito Lento", [], "Clean neutral review request, familiar register.")
M(9, "review-request", "html", "La sua opinione sull'ordine {O}",
  "<p><img src=\"https://static.ceramichevietri-rossi.it/logo-ceramiche-rossi.png\" alt=\"Logo Ceramiche Rossi Vietri\" width=\"170\"></p><p>Gentile cliente,</p><p>grazie per aver scelto le nostre ceramiche per l'ordine {O}. Ci farebbe piacere conoscere la sua opinione, positiva o negativa che sia.</p><p><a href=\"https://www.amazon.it/review/create-review?asin=B0BQ7M3K8W\">Scrivi una recensione su Amazon</a></p><p>Antonio Rossi<br>Ceramiche Rossi Vietri</p>", [], "Clean HTML review request with logo (alt names shop) and descriptive Amazon link.")
M(10, "delivery-scheduling", "text", "Consegna del materasso - ordine {O}",
  "Buongiorno Sig. Esposito,\n\nil materasso matrimoniale dell'ordine {O} viene consegnato al piano dal nostro corriere. Le fasce disponibili sono:\n- giovedì 17/12/2026, ore 9:00-13:00\n- venerdì 18/12/2026, ore 14:00-18:00\n- lunedì 21/12/2026, ore 9:00-13:00\n\nCi indichi la sua preferenza e se il palazzo ha l'ascensore.\n\nCordialmente,\nRiposo Italiano", [], "Clean bulky delivery scheduling with slots.")
M(11, "home-service-appointment", "text", "Appuntamento per il montaggio - ordine {O}",
  "Gentile Sig.ra Greco,\n\nil nostro tecnico può passare a installare il condizionatore (ordine {O}) martedì 12 gennaio 2027 tra le 8:30 e le 10:30, oppure mercoledì 13 tra le 15:00 e le 17:00. L'intervento richiede circa due ore.\n\nQuale orario preferisce?\n\nDistinti saluti,\nFabio Conti\nClima Service Torino", [], "Clean home-service appointment.")
M(12, "custom-design-verification", "text", "Bozza grafica - ordine {O}",
  "Buongiorno Chiara,\n\nin allegato la bozza delle partecipazioni (ordine {O}): formato 12x17 cm, carta Fedrigoni 300 g, scritte in oro a caldo. Controlli per favore nomi, data (sabato 19 giugno 2027) e indirizzo della chiesa.\n\nAppena ci dà l'ok mandiamo in stampa.\n\nCiao,\nSilvia - Carta & Inchiostro", [], "Clean custom design proof.")
M(13, "fulfillment-question", "text", "Consegna ordine {O}: codice del portone",
  "Buongiorno,\n\nil corriere non è riuscito a entrare nel condominio per consegnare l'ordine {O} (rif. spedizione 4B-77120-33). Ci può indicare il codice del portone o il nome sul citofono? Lo inoltreremo per il secondo tentativo, previsto per il 16/12.\n\nGrazie,\nReparto spedizioni Orto Felice", [], "Clean door-code question with a shipment reference.")
M(14, "reply", "text", "Re: Domanda sull'ordine {O}",
  "Buonasera Sig. Ricci,\n\nsì, il \"Deep Forest Organic Black Tea\" che ha ricevuto è certificato biologico; il nome inglese è quello originale del produttore, ma le istruzioni all'interno sono anche in italiano. Scadenza: 04/2028.\n\nCordiali saluti,\nTè e Tisane Bellini", [], "Clean reply quoting an English product name inside Italian sentences.")
M(15, "reply", "text", "Re: Frullatore guasto - ordine {O}",
  "Buongiorno,\n\nci dispiace per il guasto al frullatore (ordine {O}). Il prodotto è coperto dalla garanzia di 24 mesi del produttore: il numero verde dell'assistenza in garanzia Mixora è 800 912 334 (linea del produttore, gratuita), e saranno loro a organizzare la sostituzione.\n\nUn cordiale saluto,\nCasa Gusto", [], "Clean reply with the manufacturer's warranty number marked as such.")
M(16, "reply", "text", "Re: Intestazione fattura - ordine {O}",
  "Gentile Dott.ssa Galli,\n\nabbiamo riemesso la fattura dell'ordine {O} intestandola alla sua società, con la partita IVA che ci ha indicato. La trova nel suo account Amazon.\n\nCordiali saluti,\nStefano Marini\nResponsabile assistenza clienti\n\nFerramenta Marini S.n.c. di Marini Stefano & C.\nVia dei Mille 18, 10123 Torino (TO)\nP.IVA 11203450019 - REA TO-1190872", [], "Clean reply with a company footer.")
M(17, "reply", "text", "Re: Rimborso ordine {O}",
  "Buongiorno,\n\nil suo pacco di reso (tracking BRT 0578 4412 9901 22) è arrivato in magazzino lunedì 14/12/2026 alle 11:20. Il rimborso di 42,90 € per l'ordine {O} è stato avviato lo stesso giorno alle 17:45; a seconda della banca servono 3-5 giorni lavorativi. Numero autorizzazione reso: RMA-26-0914.\n\nSaluti,\nNicola - Sportivi Store", [], "Clean reply with tracking/return numbers, dates, times, amounts.")

# ---- violations ----
M(18, "fulfillment-question", "text", "Il suo ordine {O}",
  "Buongiorno,\n\nil pacco è uscito stamattina dal nostro magazzino di Prato ed è stato affidato a GLS. Dovrebbe arrivarle entro giovedì.\n\nCordiali saluti,\nTessiture Alpine", ["BSM201"], "Shipping confirmation.")
M(19, "fulfillment-question", "text", "Ordine {O} ricevuto",
  "Ciao Paolo,\n\nabbiamo ricevuto il tuo ordine {O} e lo stiamo già preparando con cura nel nostro laboratorio.\n\nA presto,\nCucito Lento", ["BSM201"], "Order confirmation: received and being prepared.")
M(20, "reply", "text", "Grazie! - ordine {O}",
  "Gentile cliente,\n\ngrazie di cuore per il suo ordine {O}. Per noi significa molto.\n\nCeramiche Rossi Vietri", ["BSM202"], "Thanks only.")
M(21, "reply", "text", "Ordine {O}",
  "Buongiorno,\n\nper qualsiasi problema con l'ordine {O} restiamo a sua completa disposizione.\n\nCordiali saluti,\nArredi Bassano", ["BSM202"], "Only an offer to help if something comes up.")
M(22, "delivery-delay", "text", "Ordine {O}: lieve ritardo",
  "Buongiorno,\n\nla sua candela profumata (ordine {O}) partirà l'11/12/2026, con due giorni di ritardo, per un controllo sugli stoppini.\n\nCordiali saluti,\nCera & Sale\n\nP.S. Fino a domenica c'è il 20% di sconto su tutto il catalogo con il codice NATALE20!", ["BSM203"], "Delay with a promotional P.S.")
M(23, "reply", "text", "Re: Taglia del maglione - ordine {O}",
  "Ciao Giorgia,\n\nil maglione dell'ordine {O} veste piccolo, quindi per il cambio ti consiglio una taglia in più.\n\nE se vuoi vedere in anteprima la nuova collezione primavera, seguici su Instagram (@lanaefilo) e iscriviti alla nostra newsletter!\n\nUn abbraccio,\nLana & Filo", ["BSM203"], "Follow-us and newsletter invitation.")
M(24, "review-request", "text", "La sua recensione - ordine {O}",
  "Buongiorno,\n\nse lascerà una recensione sul suo tappetino yoga (ordine {O}), appena sarà pubblicata le invieremo un piccolo omaggio come ringraziamento.\n\nCordiali saluti,\nYoga Casa", ["BSM204"], "Small gift once the review is published.")
M(25, "review-request", "text", "Ordine {O}: rimborso completo",
  "Gentile Sig. Lombardi,\n\nle rimborseremo per intero l'ordine {O} non appena la sua recensione sarà online: ci basta uno screenshot inviato tramite la messaggistica di Amazon.\n\nCordiali saluti,\nTecnoPiù Italia", ["BSM204"], "Full refund once the review is online.")
M(26, "reply", "text", "Re: La sua valutazione - ordine {O}",
  "Buongiorno,\n\nle abbiamo sostituito l'aspirapolvere difettoso (ordine {O}) e ci ha confermato che il nuovo funziona. Ora che il problema è risolto, potrebbe modificare la recensione da una stella o magari rimuoverla?\n\nGrazie per la comprensione,\nCasa Pulita", ["BSM205"], "Asks to change or remove a one-star review.")
M(27, "review-request", "text", "Soddisfatto dell'ordine {O}?",
  "Buongiorno,\n\nse le cuffie dell'ordine {O} le piacciono, ci lasci una recensione su Amazon! Se invece qualcosa non va, prima di scrivere una recensione contatti noi: risolveremo tutto.\n\nSaluti,\nSuonoVivo", ["BSM206"], "Only satisfied buyers; unhappy ones steered away.")
M(28, "review-request", "text", "Un piccolo aiuto? Ordine {O}",
  "Cara Luisa,\n\nti piace il completo letto dell'ordine {O}? Cinque stelline su Amazon per noi, piccola azienda di famiglia, sarebbero il regalo più bello.\n\nCon affetto,\nLino di Toscana", ["BSM206"], "Asks for five stars.")
M(29, "order-problem", "text", "Ordine {O} - prodotto esaurito",
  "Buongiorno,\n\nil robot da cucina dell'ordine {O} è purtroppo esaurito. Abbiamo già rettificato l'importo dell'ordine (motivo: articolo esaurito), quindi non le sarà addebitato nulla. Per chiudere la pratica più in fretta, le conviene annullare lei stessa l'ordine dal suo account.\n\nCordiali saluti,\nCasa Gusto", ["BSM108"], "Adjustment confirmed but advises buyer to cancel.")
M(30, "order-problem", "text", "Ordine {O} - articolo non più disponibile",
  "Gentile Sig. Fontana,\n\nil nostro fornitore ha terminato l'articolo del suo ordine {O}. Le saremmo grati se volesse inoltrare una richiesta di annullamento dalla sua area clienti.\n\nCi scusiamo,\nFerramenta Marini", ["BSM107", "BSM108"], "Asks for a cancellation request without confirming an adjustment.")
M(31, "review-request", "text", "Ordine {O}: la sua opinione",
  "Buongiorno,\n\nla borraccia termica dell'ordine {O} è stata consegnata la settimana scorsa. Una recensione sulla pagina del prodotto, positiva o negativa, ci sarebbe molto utile.\n\nSe non desidera più ricevere nostri messaggi, risponda STOP.\n\nIdra Sport", ["BSM305"], "Opt-out instruction.")
M(32, "reply", "text", "Re: Pacco danneggiato - ordine {O}",
  "Buongiorno,\n\nscusi, quel cazzo di corriere ha di nuovo lanciato il pacco. Comunque le rispediamo un vaso nuovo per l'ordine {O} già domani.\n\nMatteo, Ceramiche del Porto", ["BSM306"], "Italian profanity.")
M(33, "delivery-delay", "text", "Order {O} - dispatch delay",
  "Hi,\n\nyour linen tablecloth (order {O}) will now be dispatched on 18 December instead of 11 December, as our weaver is running behind. Sorry for the wait.\n\nBest regards,\nTessiture Alpine", ["BSM104"], "English message to an Italian buyer.")
M(34, "reply", "text", "Re: Montaggio libreria - ordine {O}",
  "Buongiorno,\n\nper il montaggio della libreria (ordine {O}) ci chiami pure in laboratorio allo 045 803 2716, dal lunedì al venerdì.\n\nCordiali saluti,\nFalegnameria Zeni", ["BSM309"], "Seller phone, national format.")
M(35, "reply", "text", "Re: Consegna ordine {O}",
  "Buongiorno,\n\nper qualsiasi dubbio sulla consegna dell'ordine {O} può contattare il nostro servizio clienti al +39 347 218 6650, anche su WhatsApp.\n\nSaluti,\nOrto Felice", ["BSM309"], "Seller phone, international format.")
M(36, "reply", "text", "Re: Foto del difetto - ordine {O}",
  "Buongiorno,\n\nci può mandare le foto del difetto (ordine {O}) direttamente a assistenza@arredibassano.it? Così le giriamo subito al laboratorio.\n\nGrazie,\nElena, Arredi Bassano", ["BSM308"], "Plain e-mail address.")
M(37, "reply", "text", "Re: Manuale d'uso - ordine {O}",
  "Buongiorno,\n\nil manuale completo per l'ordine {O} è troppo pesante per la messaggistica. Ci scriva a info chiocciola luce-nuova punto it e glielo inviamo.\n\nGiulia, Luce Nuova", ["BSM308"], "Obfuscated address with chiocciola/punto.")
M(38, "reply", "html", "Re: Tabella taglie - ordine {O}",
  "<p>Ciao,</p><p>prima di cambiare la taglia dell'ordine {O}, dai un'occhiata alla <a href=\"https://www.lanaefilo.it/tabella-taglie\">tabella delle taglie di Lana &amp; Filo</a>.</p><p>Un saluto,<br>Lana &amp; Filo</p>", ["BSM302"], "https link to the seller's own site.")
M(39, "reply", "html", "Re: Misure della fodera - ordine {O}",
  "<p>Buongiorno,</p><p>le misure esatte della fodera (ordine {O}) sono nella <a href=\"http://www.amazon.it/dp/B0D2RZ7XQ4\">scheda prodotto della fodera su Amazon</a>.</p><p>Cordiali saluti,<br>Lino di Toscana</p>", ["BSM301"], "http link to Amazon.")
M(40, "delivery-delay", "html", "Ritardo ordine {O}",
  "<p>Buongiorno,</p><p>la sua lampada (ordine {O}) partirà il 19/12/2026 invece del 12/12.</p><p><img src=\"https://static.luce-nuova.it/prodotti/lampada-aurora-ottone.jpg\" alt=\"Lampada da tavolo Aurora in ottone\" width=\"300\"></p><p>Cordiali saluti,<br>Luce Nuova</p>", ["BSM310"], "Photo of the purchased product.")
M(41, "delivery-delay", "html", "Ordine {O}: nuova data",
  "<p>Buongiorno,</p><p>con l'arrivo dell'estate il nostro laboratorio rallenta: l'ordine {O} partirà il 21/07/2026.</p><p><img src=\"https://static.cera-e-sale.it/varie/spiaggia-tramonto.jpg\" alt=\"Spiaggia al tramonto\" width=\"300\"></p><p>Buone vacanze,<br>Cera &amp; Sale</p>", ["BSM311"], "Unrelated stock image (beach).")
M(42, "review-request", "html", "La sua opinione - ordine {O}",
  "<p><img src=\"https://static.tetisanebellini.it/logo-bellini.png\" width=\"150\"></p><p>Buongiorno,</p><p>una recensione sull'ordine {O}, qualunque essa sia, aiuta altri appassionati di tè.</p><p>Tè e Tisane Bellini</p>", ["BSM402"], "Logo image with no alt attribute.")
M(43, "delivery-delay", "text", "Ordine {O} - un giorno in più 📦",
  "Buongiorno,\n\nil suo ordine {O} partirà domani anziché oggi: aspettiamo le scatole regalo 🎄.\n\nGrazie per la pazienza,\nCioccolateria Bruno", ["BSM403"], "Emoji.")
M(44, "reply", "text", "Re: Colore della tazza - ordine {O}",
  "Ciao Irene,\n\nnessun problema, cambiamo il colore della tua tazza in blu notte prima di spedire l'ordine {O} ;-)\n\nA presto,\nCeramiche del Porto", ["BSM403"], "Emoticon.")
M(45, "delivery-delay", "html", "Ritardo del suo ordine {O}",
  "<style>.t1{font-size:28px} .t2{font-size:19px} .corpo{font-size:15px} .firma{font-size:10px}</style><p class=\"t1\">Un piccolo ritardo</p><p class=\"t2\">Ordine {O}</p><p class=\"corpo\">Le piantine di pomodoro partiranno il 14/04/2027, quando saranno abbastanza robuste per il viaggio.</p><p class=\"firma\">Orto Felice</p>", ["BSM410"], "Four font sizes in a style block.")
M(46, "additional-information", "html", "Ordine {O}: indirizzo incompleto",
  "<p>Buongiorno,</p><p>nell'indirizzo di consegna dell'ordine {O} manca il numero civico.</p><br><br><br><br><p>Ce lo può indicare?</p><p>Grazie,<br>Ferramenta Marini</p>", ["BSM412"], "Run of four <br> in HTML.")
M(47, "invoice", "text", "[Importante] Fattura ordine {O}",
  "Buongiorno,\n\nin allegato la fattura n. 2026/FV/01302 per l'ordine {O}, totale 64,00 € IVA inclusa.\n\nCordiali saluti,\nCartoleria Moretti S.r.l. - P.IVA 03817250372", ["BSM110"], "[Importante] on an invoice.")
M(48, "reply", "html", "Re: Istruzioni - ordine {O}",
  "<p>Buongiorno,</p><p>le istruzioni per l'ordine {O} le trova su Amazon, <a href=\"https://www.amazon.it/dp/B0C3LM8T2P\">clicca qui</a>.</p><p>Saluti,<br>Clima Service Torino</p>", ["BSM401"], "Link text 'clicca qui'.")
# ---- varying ----
M(49, "delivery-delay", "html", "Ritardo - ordine {O}",
  "<div style=\"padding: 0 140px;\"><p>Buongiorno,</p><p>la sua confezione di tè (ordine {O}) partirà il 17/12/2026, con tre giorni di ritardo.</p><p>Tè e Tisane Bellini</p></div>", ["BSM405"], "140 px padding on each side.")
M(50, "review-request", "html", "La sua opinione sull'ordine {O}",
  "<p>Buongiorno,</p><p>se ha un momento, una recensione sull'ordine {O}, positiva o negativa, sarebbe utile ad altri clienti.</p><p>Carta &amp; Inchiostro</p><img src=\"https://mail.cartaeinchiostro.it/open.gif?uid=88231&amp;oid={O}\" width=\"1\" height=\"1\" alt=\"\">", ["BSM307", "BSM402"], "1x1 tracking pixel with empty alt.")
