"""v15 Italian (it-IT) evaluation messages."""
import random
L, LOC, P = "it", "it-IT", "464"
_r = random.Random(46415)
_O = []
while len(_O) < 50:
    _c = "%s-%07d-%07d" % (P, _r.randrange(10**7), _r.randrange(10**7))
    if _c not in _O:
        _O.append(_c)
MESSAGES = []
def m(typ, fmt, subject, body, exp, note):
    n = len(MESSAGES) + 1
    o = _O[n - 1]
    MESSAGES.append({"id": "v15-%s-%03d" % (L, n), "language": L, "locale": LOC, "type": typ,
                     "format": fmt, "subject": subject.replace("{o}", o), "body": body.replace("{on}", o.replace("-", "")).replace("{o}", o),
                     "order_id": o, "expected": sorted(exp), "note": note})

# ---- 17 clean ----
m("delivery-delay", "text", "Ordine {o} - ritardo nella spedizione",
  "Gentile signora Colombo,\n\nla informiamo che la moka in acciaio del suo ordine {o} partirà con qualche giorno di ritardo: il lotto è atteso in magazzino per il 17/03. Contiamo di spedire entro il 19 marzo.\n\nCi scusiamo per l'inconveniente.\n\nCordiali saluti,\nAndrea Ferri\nCasa del Caffè Ferri",
  [], "Plain-text delivery delay with Italian dates, clean.")
m("delivery-delay", "html", "Aggiornamento sul suo ordine {o}",
  "<table width=\"100%\" cellpadding=\"6\"><tr><td><p>Buongiorno,</p><p>il tavolino in noce dell'ordine {o} sarà spedito <b>martedì 7 aprile</b> anziché il 2 aprile: la verniciatura richiede un giorno in più di asciugatura.</p><p>Grazie per la pazienza.</p><p>Falegnameria Bassi<br><small>Assistenza clienti dal lunedì al venerdì</small></p></td></tr></table>",
  [], "HTML table delivery delay without styles, clean.")
m("order-problem", "text", "[Importante] Articolo non disponibile - ordine {o}",
  "Buongiorno signor Rinaldi,\n\npurtroppo la seconda cartuccia filtrante del suo ordine {o} non è più disponibile. Abbiamo già rettificato l'importo dell'ordine di 18,50 € (motivo: articolo esaurito); il rimborso sarà visibile entro pochi giorni lavorativi. Il resto dell'ordine non cambia.\n\nCordialmente,\nElena Sartori\nAcquaPura Store",
  [], "Order problem with amount adjusted and [Importante], allowed.")
m("additional-information", "text", "Ordine {o}: ci serve un dato",
  "Ciao Federica,\n\nper ricamare il nome sull'accappatoio (ordine {o}) ci manca la scelta del colore del filo: blu, rosa o grigio? Appena ci rispondi, lo mettiamo in lavorazione.\n\nUn saluto,\nGiulia - Ricami di Giulia",
  [], "Request for information needed to complete a custom order, clean.")
m("return-follow-up", "text", "Reso ordine {o} - proposta",
  "Gentile cliente,\n\nabbiamo letto la sua segnalazione sulla cucitura allentata della borsa (ordine {o}). Se preferisce tenerla, possiamo offrirle un rimborso parziale di 20,00 €; in alternativa procediamo con il reso. Ci faccia sapere.\n\nCordiali saluti,\nPelletteria Moretti",
  [], "Return follow-up offering a partial refund, clean.")
m("return-follow-up", "text", "Re: reso {o}",
  "Buongiorno,\n\nper completare il reso dell'ordine {o} ci serve sapere quale dei due cuscini intende restituire (quello grande o quello piccolo) e se la confezione è ancora integra.\n\nGrazie,\nUfficio resi - Dormi Bene",
  [], "Return follow-up asking for information needed to complete it, clean.")
m("invoice", "text", "Fattura n. 2026/FE/0187 - ordine {o}",
  "Buongiorno,\n\nin allegato trova la fattura n. 2026/FE/0187 relativa all'ordine {o}, per un totale di 244,00 € (IVA 22% inclusa: 44,00 €).\n\nCordiali saluti,\nAmministrazione\nTessiture Valsesia S.r.l.\nVia Roma 48, 13011 Borgosesia (VC)\nP.IVA IT02587413026 - C.F. 02587413026\nREA VC-198734",
  [], "Invoice with P.IVA, C.F., REA and slashed invoice number, clean.")
m("review-request", "text", "Ordine {o}: la sua opinione",
  "Gentile signor Greco,\n\nsono passati alcuni giorni dalla consegna del suo ordine {o}. Se le va, può lasciare una recensione su Amazon raccontando com'è andata, in qualunque senso.\n\nBuona giornata,\nLuca, Bici & Co.",
  [], "Neutral plain-text review request, clean.")
m("review-request", "html", "Come le sembra il suo ordine {o}?",
  "<p><img src=\"https://static.oliviera-toscana.it/logo-oliviera-toscana.png\" alt=\"Logo Oliviera Toscana\" width=\"200\"></p><p>Buongiorno,</p><p>speriamo che l'olio del suo ordine {o} sia arrivato in perfette condizioni. Può condividere la sua esperienza, positiva o negativa, sulla <a href=\"https://www.amazon.it/review/create-review?asin=B0C7TK29XW\">pagina delle recensioni su Amazon</a>.</p><p>Grazie,<br>Oliviera Toscana</p>",
  [], "HTML review request with logo, alt naming the shop and descriptive Amazon link, clean.")
m("delivery-scheduling", "text", "Consegna divano - ordine {o}",
  "Buongiorno signora Esposito,\n\nil divano dell'ordine {o} (3 colli, 96 kg) verrà consegnato al piano dal nostro corriere. Le chiediamo di scegliere una fascia oraria:\n- giovedì 16/04, 9:00-13:00\n- giovedì 16/04, 14:00-18:00\n- venerdì 17/04, 9:00-13:00\n\nCi indichi anche se c'è l'ascensore.\n\nLogistica Divani Marchetti",
  [], "Bulky item delivery scheduling with slots, clean.")
m("home-service-appointment", "text", "Appuntamento installazione - ordine {o}",
  "Buongiorno,\n\nin merito all'ordine {o} (montaggio condizionatore), il tecnico è disponibile mercoledì 22 aprile dalle 8:30 alle 10:30 oppure sabato 25 aprile dalle 11:00 alle 13:00. Quale preferisce?\n\nCordiali saluti,\nImpianti Conti & Figli",
  [], "Home service appointment with dates and times, clean.")
m("custom-design-verification", "text", "Bozza della targa - ordine {o}",
  "Ciao Marco,\n\nin allegato la bozza grafica (bozza_targa_v1.pdf) della targa personalizzata dell'ordine {o}. Controlla bene il cognome e il numero civico: procediamo con l'incisione solo dopo la tua conferma.\n\nA presto,\nSimone - Incisioni Laser Brianza",
  [], "Custom design proof for approval, clean.")
m("fulfillment-question", "text", "Citofono e accesso - ordine {o}",
  "Buongiorno,\n\nil corriere non ha trovato il nominativo sul citofono per l'ordine {o} (spedizione n. BRT 0581234567890, rif. pratica CS-26-4412). Ci può indicare il nome sul campanello e l'eventuale codice del portone? Riprogrammiamo subito la consegna.\n\nGrazie,\nUfficio spedizioni Orto in Casa",
  [], "Door code / intercom question with reference and tracking numbers, clean.")
m("reply", "text", "Re: domanda su «Kitchen Scale Digital Slim»",
  "Buongiorno,\n\nsì, la bilancia «Kitchen Scale Digital Slim» dell'ordine {o} funziona con due pile AAA, già incluse nella confezione. La portata massima è di 5 kg.\n\nCordiali saluti,\nPaola, Cucina Smart",
  [], "Reply quoting an English product title in Italian sentences, clean.")
m("reply", "text", "Re: garanzia ordine {o}",
  "Gentile cliente,\n\nil frullatore del suo ordine {o} è coperto dalla garanzia del produttore per 24 mesi. Per l'assistenza può contattare il numero verde del produttore Miscelix dedicato alla garanzia: 800 123 456. Tenga a portata di mano il numero di serie.\n\nCordialmente,\nElettro Bianchi",
  [], "Reply with manufacturer's warranty toll-free line marked as such, clean.")
m("reply", "text", "Re: dati per la fattura - {o}",
  "Buongiorno dottor Galli,\n\nabbiamo aggiornato i dati: la fattura dell'ordine {o} sarà intestata al suo studio, con codice SDI e partita IVA indicati.\n\nCordiali saluti,\n\nRoberta Fontana\nResponsabile customer care\nCartoleria Fontana S.n.c.\nCorso Vittorio Emanuele II 112, 10121 Torino (TO)\nP.IVA 09876543210 - REA TO-1123456\nCapitale sociale 20.000,00 € i.v.",
  [], "Reply with Italian company-details footer, clean.")
m("reply", "text", "Re: rimborso ordine {o}",
  "Ciao,\n\nil pacco di reso dell'ordine {o} (tracking 1Z8A47E20412345678, autorizzazione RMA 2026-0339) è arrivato il 05/02/2026 alle 11:15. Il rimborso di 39,90 € è stato emesso lo stesso giorno alle 16:40: dovresti vederlo entro 3-5 giorni lavorativi.\n\nBuona serata,\nDavide, Sport Outlet Verona",
  [], "Reply with tracking, RMA numbers, dates, times and amounts, clean.")
# ---- 31 violations ----
m("fulfillment-question", "text", "Il tuo ordine {o} è in viaggio",
  "Ciao!\n\nIl tuo ordine {o} è appena uscito dal nostro magazzino ed è stato affidato a GLS. Dovrebbe arrivare entro venerdì.\n\nLo staff di Tè & Tisane",
  ["BSM201"], "Shipping confirmation: left the warehouse, handed to carrier.")
m("fulfillment-question", "html", "Ordine {o} ricevuto",
  "<p>Gentile signora Ricci,</p><p>abbiamo ricevuto correttamente il suo ordine {o} e lo stiamo già preparando per la spedizione.</p><p>Cordiali saluti,<br>Pasta Fresca Nonna Lina</p>",
  ["BSM201"], "Order received and being prepared.")
m("reply", "text", "Grazie! - ordine {o}",
  "Ciao Martina,\n\ngrazie di cuore per aver scelto i nostri prodotti (ordine {o})!\n\nUn abbraccio,\nLe ragazze di Saponi di Lago",
  ["BSM202"], "Thanks only.")
m("fulfillment-question", "text", "Ordine {o}",
  "Buongiorno,\n\nle ricordiamo che per qualsiasi problema con l'ordine {o} restiamo a sua completa disposizione.\n\nCordiali saluti,\nAssistenza Techno Casa",
  ["BSM202"], "Only offers help if a problem comes up.")
m("delivery-delay", "text", "Piccolo ritardo - ordine {o}",
  "Buongiorno,\n\nle scarpe da trekking del suo ordine {o} partiranno il 12/05 invece del 10/05 per un ritardo del fornitore.\n\nCi scusiamo,\nMontagna Shop\n\nP.S. Fino a domenica c'è il 20% di sconto su tutto il catalogo con il codice MONTE20!",
  ["BSM203"], "P.S. promoting 20% off the whole catalogue.")
m("reply", "text", "Re: misure della tovaglia - {o}",
  "Buongiorno,\n\nla tovaglia dell'ordine {o} misura 160 x 240 cm.\n\nNon perdere la nostra nuova collezione primavera! Seguici su Facebook e Instagram e iscriviti alla newsletter per scoprirla in anteprima.\n\nLino d'Autore",
  ["BSM203"], "Follow us, newsletter and new collection.")
m("review-request", "text", "Ordine {o}: una recensione?",
  "Ciao,\n\nse lasci una recensione sul tuo tostapane (ordine {o}) e ci mandi lo screenshot, ti spediamo un piccolo omaggio come ringraziamento.\n\nColazione Italiana Store",
  ["BSM204"], "Small gift once the review is published.")
m("review-request", "text", "Una richiesta sul suo ordine {o}",
  "Gentile signor Bruno,\n\nappena la sua recensione sarà visibile su Amazon, le rimborseremo l'intero importo dell'ordine {o}. Ci basta ricevere il link della recensione.\n\nCordiali saluti,\nSmartHome Italia",
  ["BSM204"], "Full refund once the review is online.")
m("reply", "text", "Re: la sua valutazione - ordine {o}",
  "Gentile signora Marino,\n\nsiamo contenti che la lampadina sostitutiva dell'ordine {o} funzioni bene. Visto che il problema è risolto, potrebbe gentilmente modificare o cancellare la recensione da una stella che ha lasciato?\n\nGrazie,\nLuce Viva",
  ["BSM205"], "Asks to change or remove a one-star review.")
m("review-request", "text", "Soddisfatto del suo ordine {o}?",
  "Buongiorno,\n\nse è soddisfatto della borraccia (ordine {o}), ci lasci una recensione su Amazon. Se invece qualcosa non va, ci scriva prima di recensire: troveremo una soluzione.\n\nEcoBorracce",
  ["BSM206"], "Review only if satisfied, unhappy buyers steered to contact.")
m("review-request", "html", "Cinque stelle per l'ordine {o}?",
  "<p>Ciao,</p><p>il tuo orologio (ordine {o}) è stato assemblato a mano nel nostro laboratorio. Se ci lasci cinque stelle su Amazon ci fai un regalo enorme!</p><p>Grazie,<br>Orologeria Artigiana Neri</p>",
  ["BSM206"], "Asks for five stars.")
m("order-problem", "text", "[Importante] Prodotto esaurito - ordine {o}",
  "Buongiorno,\n\nil proiettore del suo ordine {o} è esaurito presso il nostro fornitore. Abbiamo rettificato l'importo dell'ordine (motivo: articolo non disponibile). Detto questo, la via più rapida è che lei annulli direttamente l'ordine dal suo account Amazon.\n\nCordiali saluti,\nVideoMania",
  ["BSM108"], "Adjustment confirmed but advises buyer to cancel.")
m("order-problem", "text", "Problema con l'ordine {o}",
  "Gentile signor Villa,\n\nci dispiace molto: la sedia in vimini del suo ordine {o} è terminata. Le saremmo grati se potesse inoltrare una richiesta di annullamento dal suo account.\n\nCordiali saluti,\nVimini & Design",
  ["BSM107", "BSM108"], "Cancellation request asked, no adjustment confirmed.")
m("delivery-delay", "text", "Ritardo ordine {o}",
  "Buongiorno,\n\nl'ordine {o} partirà l'08/06 anziché il 05/06. Ci scusiamo per il disagio.\n\nBottega Sarda\n\nPer non ricevere più messaggi da noi, rispondi STOP.",
  ["BSM305"], "Opt-out instruction (reply STOP).")
m("delivery-delay", "text", "Ordine {o} in ritardo",
  "Ciao,\n\nquel cazzo di corriere ci ha perso di nuovo il bancale, quindi il tuo ordine {o} parte solo lunedì. Scusa, è un periodo di merda.\n\nMatteo, Skate Lab",
  ["BSM306"], "Italian profanity in a delay notice.")
m("delivery-delay", "text", "Retraso en su pedido {o}",
  "Hola, señora Bianchi:\n\nSu pedido {o} saldrá con tres días de retraso, ya que nuestro proveedor nos entrega más tarde. Lo enviaremos previsiblemente el 15/05.\n\nUn saludo,\nHogar Moreno",
  ["BSM104"], "Message to an Italian buyer written in Spanish.")
m("additional-information", "text", "Indirizzo incompleto - ordine {o}",
  "Buongiorno,\n\nnell'indirizzo dell'ordine {o} manca il numero civico. Per fare prima ci chiami allo 02 8745 3160 oppure risponda a questo messaggio.\n\nDrogheria Milanese",
  ["BSM309"], "Italian landline phone number.")
m("reply", "text", "Re: montaggio - ordine {o}",
  "Ciao,\n\nper il montaggio dell'armadio (ordine {o}) il nostro tecnico ti può seguire in videochiamata su WhatsApp: +39 347 512 8890.\n\nArredo Nord",
  ["BSM309"], "International-format mobile number.")
m("reply", "text", "Re: foto del difetto - {o}",
  "Buongiorno,\n\nper l'ordine {o} ci mandi pure le foto del difetto a assistenza@ceramiche-deruta-store.it, così possiamo valutarle subito.\n\nCeramiche Deruta Store",
  ["BSM308"], "Plain e-mail address.")
m("reply", "text", "Re: documenti ordine {o}",
  "Gentile signor Costa,\n\nil certificato per l'ordine {o} può inviarlo a info chiocciola bicidepoca punto it.\n\nCordiali saluti,\nBici d'Epoca",
  ["BSM308"], "Obfuscated e-mail address (chiocciola / punto).")
m("delivery-delay", "html", "Ordine {o}: spedizione posticipata",
  "<p>Buongiorno,</p><p>l'ordine {o} verrà spedito con una settimana di ritardo, il 23 maggio. Nel frattempo può leggere <a href=\"https://www.erboristeria-valle.it/guida-tisane\">la guida alle tisane sul nostro sito</a>.</p><p>Erboristeria della Valle</p>",
  ["BSM302"], "https link to the seller's site, not needed for the order.")
m("review-request", "html", "La sua recensione - ordine {o}",
  "<p>Buongiorno,</p><p>il suo ordine {o} è stato consegnato qualche giorno fa. Se lo desidera può lasciare un commento sulla <a href=\"http://www.amazon.it/review/create-review?asin=B0D9P3HQ2A\">pagina recensioni Amazon del prodotto</a>.</p><p>Ferramenta Gentile</p>",
  ["BSM301"], "Insecure http Amazon link with descriptive text.")
m("delivery-delay", "html", "Ritardo - ordine {o}",
  "<p>Buongiorno,</p><p>la sua lampada (ordine {o}) partirà il 29/05 invece del 26/05.</p><p><img src=\"https://img.vetri-murano-shop.it/prodotti/lampada-murano-ambra.jpg\" alt=\"Lampada in vetro di Murano color ambra\" width=\"300\"></p><p>Vetri Murano Shop</p>",
  ["BSM310"], "Photo of the purchased product.")
m("delivery-delay", "html", "Ordine {o}: ancora un po' di pazienza",
  "<p>Buongiorno,</p><p>l'ordine {o} partirà lunedì prossimo, il laboratorio è rimasto chiuso per ferie.</p><p><img src=\"https://img.laboratorio-serra.it/varie/albero-di-natale.jpg\" alt=\"Albero di Natale illuminato\" width=\"300\"></p><p>Laboratorio Serra</p>",
  ["BSM311"], "Unrelated stock image (Christmas tree).")
m("delivery-delay", "html", "Ordine {o} in ritardo",
  "<p><img src=\"https://cdn.candele-alpine.it/logo-candele-alpine.png\" width=\"150\"></p><p>Buongiorno,</p><p>le candele dell'ordine {o} partiranno il 03/07: la cera ha bisogno di più tempo per solidificarsi.</p><p>Candele Alpine</p>",
  ["BSM402"], "Shop logo without alt attribute.")
m("reply", "text", "Re: colore del plaid - ordine {o}",
  "Ciao Sara,\n\nil plaid dell'ordine {o} è proprio verde salvia come in foto 🌿 Ti piacerà tantissimo!\n\nChiara, Casa Morbida",
  ["BSM403"], "Emoji in a reply.")
m("reply", "text", "Re: tempi - ordine {o}",
  "Buongiorno,\n\nnessun problema, l'ordine {o} arriverà sicuramente prima di Natale :) Abbiamo previsto la spedizione espressa il 17/12.\n\nGiochi di Legno Fabbri",
  ["BSM403"], "Emoticon :) in a reply.")
m("delivery-delay", "html", "Ordine {o}: nuova data",
  "<style>h1{font-size:24px} h3{font-size:17px} .testo{font-size:14px} .firma{font-size:10px}</style><h1>Piccolo ritardo</h1><h3>Ordine {o}</h3><p class=\"testo\">Il suo ordine verrà spedito l'11/09 invece del 07/09.</p><p class=\"firma\">Pelletteria Fiorentina</p>",
  ["BSM410"], "Four explicit font sizes in a style block.")
m("delivery-delay", "html", "Ordine {o} - ritardo",
  "<p>Buongiorno,</p><br><br><br><p>il suo ordine {o} verrà spedito il 14/10.</p><p></p><p></p><p>Ci scusiamo per l'attesa.<br>Vivaio Colli Euganei</p>",
  ["BSM412"], "Runs of br tags and empty paragraphs.")
m("invoice", "text", "[Importante] Fattura ordine {o}",
  "Buongiorno,\n\nin allegato la fattura n. 2026/0452 dell'ordine {o}.\n\nCordiali saluti,\nAmministrazione Tipografia Leone S.r.l.\nP.IVA IT04561237891",
  ["BSM110"], "[Importante] tag on an invoice.")
m("review-request", "html", "Recensione ordine {o}",
  "<p>Buongiorno,</p><p>ha ricevuto il suo ordine {o}. Può lasciare la sua opinione qui: <a href=\"https://www.amazon.it/review/create-review?asin=B0BQ4N7XKD\">https://www.amazon.it/review/create-review?asin=B0BQ4N7XKD</a></p><p>Salumeria Emiliana</p>",
  ["BSM401"], "Bare URL as link text.")
# ---- 2 varying ----
m("delivery-delay", "html", "Ordine {o}: spedizione rinviata",
  "<div style=\"font-family: 'Trebuchet MS', sans-serif;\"><p>Buongiorno,</p><p>l'ordine {o} verrà spedito il 21/11 invece del 17/11 per un ritardo della doratura.</p><p style=\"color:#7a1f1f\">Cornici Artistiche Lombardi</p></div>",
  ["BSM407", "BSM409"], "Builder styles: font family and text colour.")
m("delivery-delay", "text", "Ritardo del suo ordine",
  "Gentile signor De Luca,\n\nil suo orologio da parete (ordine {on}) partirà con cinque giorni di ritardo, il 04/03, per un problema al meccanismo.\n\nCi scusiamo,\nOrologeria Veneta",
  ["BSM102"], "Order number written without hyphens, so missing.")
