# -*- coding: utf-8 -*-
"""v34 evaluation messages, Italian (it-IT)."""

_R = []


def _m(type_, fmt, subject, body, oid, expected, note, locale="it-IT"):
    _R.append({"type": type_, "format": fmt, "subject": subject.replace("#ORD#", oid),
               "body": body.replace("#ORD#", oid), "order_id": oid,
               "expected": sorted(expected), "note": note, "locale": locale})


# 1 clean delay text
_m("delivery-delay", "text", "Ordine #ORD# - spedizione posticipata",
   "Gentile signora Esposito,\n\nle scriviamo riguardo all'ordine #ORD#: i pacchi di pappardelle all'uovo trafilate al bronzo richiedono ancora due giorni di essiccazione lenta, e non vogliamo spedirli prima del tempo. La nuova data di spedizione prevista è venerdì 11 dicembre; la consegna dovrebbe avvenire entro mercoledì 16.\n\nCi scusiamo per l'attesa.\n\nCordiali saluti,\nPastificio Artigiano Di Martino",
   "655-3108842-7720591", [], "Clean text delivery delay with new dates.")
# 2 clean delay html
_m("delivery-delay", "html", "Aggiornamento sul suo ordine #ORD#",
   "<table width=\"100%\" cellpadding=\"8\" cellspacing=\"0\"><tr><td><p>Buongiorno,</p><p>il telaio in acciaio della bicicletta da città del suo ordine <b>#ORD#</b> è in fase di verniciatura e uscirà dal nostro laboratorio con circa una settimana di ritardo rispetto alla disponibilità indicata.</p><p>Nuova data di spedizione stimata: <b>18/12/2026</b>.</p><p>Il prezzo e le caratteristiche restano invariati.</p><p>Un saluto,<br>Officina Ciclistica Brambilla</p></td></tr></table>",
   "655-9046617-2285503", [], "Clean builder HTML delay without styles.")
# 3 clean order problem [Importante]
_m("order-problem", "text", "[Importante] Ordine #ORD# non evadibile",
   "Buongiorno sig. Ferri,\n\npurtroppo il vinile in edizione limitata che ha acquistato (ordine #ORD#) è andato esaurito presso la casa discografica e non possiamo spedirlo. Abbiamo già rettificato l'importo totale dell'ordine su Amazon, indicando come motivo la mancanza di disponibilità: l'addebito di 34,90 € le verrà stornato nei prossimi giorni.\n\nCi dispiace molto.\n\nDischi & Dintorni",
   "655-6271093-4418826", [], "Clean order problem with amount adjusted, [Importante] permitted.")
# 4 clean additional information
_m("additional-information", "text", "Ordine #ORD#: ci serve la targa del veicolo",
   "Buongiorno,\n\nper essere sicuri che il kit frizione dell'ordine #ORD# sia compatibile con la sua auto, ci servirebbe la targa oppure il numero di telaio riportato sul libretto di circolazione (campo E). Lo stesso modello è stato prodotto con due frizioni diverse nel 2014.\n\nAppena ci risponde, verifichiamo e procediamo con la spedizione.\n\nRicambi Auto Cusumano",
   "655-1583370-9062214", [], "Clean request for vehicle data needed to complete the order.")
# 5 clean partial refund
_m("return-follow-up", "text", "Reso ordine #ORD# - proposta di rimborso parziale",
   "Gentile cliente,\n\nabbiamo letto la sua segnalazione sul graffio presente sulla gamba del tavolino in noce (ordine #ORD#). Se il difetto non le impedisce di usarlo, possiamo offrirle un rimborso parziale di 25,00 € invece del reso completo, che per un mobile comporta imballaggio e ritiro.\n\nCi faccia sapere se accetta; in caso contrario organizziamo il ritiro come da sua richiesta.\n\nCordialmente,\nMobili Vecchia Bottega",
   "655-4720156-8839047", [], "Clean return follow-up offering a partial refund.")
# 6 clean return question
_m("return-follow-up", "text", "Richiesta di reso - ordine #ORD#",
   "Buongiorno,\n\nper completare il reso delle cuffie wireless dell'ordine #ORD# ci serve un'informazione: nell'ordine c'erano due paia, una nera e una bianca. Quale delle due ci sta restituendo? Ci indichi anche il numero di serie stampato all'interno dell'archetto, così registriamo il reso correttamente.\n\nGrazie,\nAudioStore Bologna",
   "655-8395521-1176630", [], "Clean return follow-up asking information needed for the return.")
# 7 clean invoice
_m("invoice", "text", "Fattura ordine #ORD#",
   "Gentile cliente,\n\nin allegato trova la fattura n. 2026/FE/0391 del 04/12/2026 relativa all'ordine #ORD# (n. 6 bottiglie di Vermentino di Gallura DOCG, totale 87,00 € IVA 22% inclusa).\n\nCordiali saluti,\n\nCantina Sa Rocca S.r.l.\nVia Nazionale 55, 07029 Tempio Pausania (SS)\nP.IVA 02456780901 - C.F. 02456780901\nREA SS-178432 - Capitale sociale 10.000,00 € i.v.",
   "655-2067738-5593112", [], "Clean invoice with P.IVA, REA and slashed invoice number.")
# 8 clean review request text
_m("review-request", "text", "Ordine #ORD#: ci lascia una recensione?",
   "Buongiorno Francesca,\n\nil portafoglio in pelle conciata al vegetale dovrebbe esserle arrivato da qualche giorno. Se le va, può lasciare una recensione sul prodotto nella pagina dell'ordine #ORD# su Amazon: ogni opinione, buona o meno buona, ci è utile e aiuta chi deve ancora scegliere.\n\nUn caro saluto,\nGiorgio, Pelletteria Toscana",
   "655-5512984-3307769", [], "Clean neutral review request in plain text.")
# 9 clean review html with logo
_m("review-request", "html", "La sua opinione sull'ordine #ORD#",
   "<p><img src=\"https://media.frantoiocolliumbri.it/brand/frantoio-colli-umbri-logo.png\" alt=\"Frantoio Colli Umbri\" width=\"180\" height=\"60\"></p><p>Gentile cliente,</p><p>ha ricevuto di recente il nostro olio extravergine di oliva (ordine #ORD#). Se desidera, può condividere la sua esperienza con altri acquirenti.</p><p><a href=\"https://www.amazon.it/review/create-review?asin=B0BQ4MZ7TT\">Scrivi una recensione del prodotto su Amazon.it</a></p><p>Cordiali saluti,<br>Frantoio Colli Umbri</p>",
   "655-7734250-6619408", [], "Clean HTML review request with the shop's logo and descriptive Amazon link.")
# 10 clean delivery scheduling
_m("delivery-scheduling", "text", "Consegna lavatrice - ordine #ORD#",
   "Buongiorno sig.ra Bianchi,\n\nla lavatrice da 9 kg del suo ordine #ORD# viene consegnata al piano da due operatori. Possiamo passare:\n\n- martedì 15/12 dalle 8:00 alle 13:00\n- giovedì 17/12 dalle 14:00 alle 19:00\n\nCi confermi la fascia oraria preferita e ci dica se nello stabile c'è l'ascensore.\n\nGrazie,\nElettrodomestici Galli - ufficio consegne",
   "655-3359017-2240685", [], "Clean delivery scheduling with dates and time slots.")
# 11 clean home service
_m("home-service-appointment", "text", "Appuntamento per il montaggio della staffa TV (#ORD#)",
   "Buongiorno,\n\nin merito al servizio di installazione della staffa a parete acquistato con l'ordine #ORD#, il nostro tecnico è disponibile lunedì 14 dicembre alle 10:30 oppure mercoledì 16 dicembre alle 15:00. L'intervento richiede circa un'ora.\n\nQuale orario preferisce? Ci indichi anche se la parete è in cartongesso o in muratura.\n\nCordiali saluti,\nTecnoCasa Servizi Torino",
   "655-6088143-7751926", [], "Clean home-service appointment with proposed times.")
# 12 clean design proof
_m("custom-design-verification", "text", "Bozza grafica magliette - ordine #ORD#",
   "Ciao Davide,\n\nin allegato trovi la bozza (bozza_maglie_ASD_Pontevecchio.pdf) delle 15 magliette personalizzate per la squadra, ordine #ORD#. Controlla per favore i cognomi e i numeri sul retro, soprattutto quelli con l'apostrofo.\n\nSe va tutto bene rispondi «approvata» e andiamo in stampa; altrimenti indicaci le correzioni.\n\nA presto,\nSerigrafia Lo Stampo",
   "655-9924406-0038551", [], "Clean custom design proof for approval.")
# 13 clean door code / intercom
_m("fulfillment-question", "text", "Consegna ordine #ORD# - citofono",
   "Buongiorno,\n\nil corriere non ha trovato il suo nome sul citofono per la consegna dell'ordine #ORD# (rif. spedizione BRT 0719/4452, tentativo del 05/12). Può indicarci il nominativo sul citofono, la scala e l'interno? Se c'è un codice per il portone, lo comunicheremo soltanto al corriere.\n\nGrazie,\nGiardino Verde Shop",
   "655-1250874-4476133", [], "Clean delivery question about the intercom with reference numbers.")
# 14 clean reply with English product name
_m("reply", "text", "Re: Istruzioni set ordine #ORD#",
   "Buongiorno sig. Conti,\n\nil set «Star Wars Millennium Falcon – Ultimate Collector Series» dell'ordine #ORD# contiene tre libretti di istruzioni numerati: il primo è nella busta di cartone insieme agli adesivi. Le istruzioni sono solo illustrate, quindi la lingua non conta.\n\nBuon montaggio,\nMattoncini e Co.",
   "655-4861329-9925017", [], "Clean reply quoting an English product title.")
# 15 clean manufacturer hotline
_m("reply", "text", "Re: Macchina da caffè non si accende - #ORD#",
   "Gentile sig.ra Marino,\n\nla macchina espresso del suo ordine #ORD# è coperta dalla garanzia del produttore di 24 mesi. Per un guasto all'accensione può rivolgersi direttamente all'assistenza ufficiale del produttore, numero verde 800 912 437 (servizio garanzia del produttore, lun-ven 9-18), che le indicherà il centro assistenza più vicino.\n\nConservi lo scontrino o la fattura di Amazon come prova d'acquisto.\n\nCordiali saluti,\nCaffè Casa Store",
   "655-7003681-5582249", [], "Clean reply with the manufacturer's warranty hotline marked as such.")
# 16 clean reply company footer
_m("reply", "text", "Re: Conservazione del pecorino - ordine #ORD#",
   "Buongiorno,\n\nil pecorino stagionato dell'ordine #ORD# si conserva fuori dal frigorifero, in un luogo fresco e asciutto, avvolto in un panno di cotone. Una volta tagliato, meglio tenerlo in frigo nella parte bassa e consumarlo entro tre settimane.\n\nBuon appetito!\nLucia\n\n--\nCaseificio Sant'Anna di Lucia Porcu\nLocalità Su Pranu snc, 09040 Senorbì (SU)\nP.IVA 03881230925\nOrari: lunedì-sabato 8:00-13:00 e 16:00-19:30",
   "655-2617795-1168340", [], "Clean reply with company footer (address, P.IVA, hours).")
# 17 clean reply with numbers
_m("reply", "text", "Re: Stato del rimborso ordine #ORD#",
   "Buongiorno sig. Romano,\n\nil suo reso (autorizzazione RMA 26-4471) ci è stato consegnato il 30/11/2026 alle 11:15. Dopo il controllo, il 01/12/2026 abbiamo emesso il rimborso di 129,00 € per l'ordine #ORD#. L'accredito sulla carta richiede di solito da 3 a 5 giorni lavorativi.\n\nCordiali saluti,\nSportivi.it Outlet - assistenza clienti",
   "655-8150362-3319084", [], "Clean reply with RMA number, dates, time and amount.")
# 18 BSM201 handed to carrier
_m("fulfillment-question", "html", "Il suo ordine #ORD# è in viaggio",
   "<p>Buongiorno,</p><p>siamo lieti di informarla che il pacco con il suo set di pentole in rame (ordine <b>#ORD#</b>) è stato affidato al corriere questa mattina e arriverà a destinazione in 2-3 giorni lavorativi.</p><p>Cordiali saluti,<br>Rame & Cucina</p>",
   "655-3748195-6607412", ["BSM201"], "Shipment confirmation: parcel handed to the carrier.")
# 19 BSM201 received, preparing
_m("fulfillment-question", "text", "Ordine #ORD# ricevuto",
   "Gentile cliente,\n\nabbiamo ricevuto correttamente il suo ordine #ORD# e il nostro magazzino lo sta già preparando. Le sue calze a compressione saranno imballate con cura.\n\nCordialmente,\nSalute Gambe Shop",
   "655-5286402-1194538", ["BSM201"], "Order confirmation: received and being prepared.")
# 20 BSM202 thanks only
_m("reply", "text", "Grazie di cuore - ordine #ORD#",
   "Cara Martina,\n\nvolevo solo ringraziarti personalmente per aver scelto le mie candele per il tuo ordine #ORD#. Ogni acquisto per un piccolo laboratorio come il mio significa tantissimo.\n\nGrazie ancora,\nAnna - La Bottega della Cera",
   "655-6924150-8845361", ["BSM202"], "Thanks-only message.")
# 21 BSM202 available if problems
_m("fulfillment-question", "text", "Ordine #ORD# - siamo a disposizione",
   "Buongiorno,\n\nle ricordiamo che per qualsiasi dubbio o problema con il suo ordine #ORD# il nostro servizio clienti è sempre a sua disposizione tramite la messaggistica di Amazon.\n\nCordiali saluti,\nIdraulica Facile",
   "655-1405937-7738205", ["BSM202"], "Only offers help in case of problems.")
# 22 BSM203 P.S. discount
_m("delivery-scheduling", "text", "Consegna divano - ordine #ORD#",
   "Buongiorno sig. Gallo,\n\nil divano letto dell'ordine #ORD# è pronto per la consegna. Le proponiamo venerdì 11/12 dalle 9:00 alle 13:00 oppure lunedì 14/12 dalle 14:00 alle 18:00. Ci faccia sapere quale preferisce.\n\nCordiali saluti,\nDivani Comodi Brianza\n\nP.S. Per tutto dicembre trova il 20% di sconto su tutti i nostri tessili d'arredo: approfitti per abbinare i cuscini!",
   "655-8812063-5570994", ["BSM203"], "Permitted scheduling with a discount P.S.")
# 23 BSM203 follow / newsletter
_m("invoice", "text", "Fattura ordine #ORD#",
   "Buongiorno,\n\nin allegato la fattura n. 118/2026 per l'ordine #ORD#.\n\nCordiali saluti,\nErboristeria Fiordaliso\nP.IVA 01947720563\n\nSeguici su Facebook e Instagram come @erboristeriafiordaliso e iscriviti alla nostra newsletter: a gennaio arriva la nuova linea di tisane invernali!",
   "655-2093574-4461730", ["BSM203"], "Invoice with follow-us, newsletter and new-line promotion.")
# 24 BSM204 token of appreciation
_m("review-request", "text", "Un piccolo pensiero per lei - ordine #ORD#",
   "Gentile cliente,\n\nspero che il tagliere in legno d'ulivo sia di suo gradimento. Se ha un minuto, le saremmo grati per una recensione dell'ordine #ORD# su Amazon. Una volta pubblicata, ci scriva: come ringraziamento le spediremo un set di sottobicchieri abbinati.\n\nCordiali saluti,\nUlivo Artigiano",
   "655-4437819-2206657", ["BSM204"], "Review request with a free gift after publication.")
# 25 BSM204 full refund
_m("review-request", "text", "Ordine #ORD# - recensione e rimborso",
   "Buongiorno,\n\nstiamo facendo conoscere la nostra nuova lampada frontale da trekking. Se scrive una recensione su Amazon per l'ordine #ORD#, appena è visibile online le rimborsiamo per intero il prezzo pagato.\n\nUn saluto,\nMontagna Light",
   "655-9571126-3380449", ["BSM204"], "Full refund offered once the review is online.")
# 26 BSM205
_m("reply", "html", "Re: Recensione ordine #ORD#",
   "<p>Gentile sig. Moretti,</p><p>abbiamo spedito ieri il caricabatterie sostitutivo per il suo ordine #ORD# e ci scusiamo ancora per il guasto.</p><p>Le chiediamo, se ritiene che la questione sia stata risolta, di aggiornare la recensione da una stella che ha pubblicato, o eventualmente di cancellarla.</p><p>Grazie per la comprensione,<br>PowerUp Italia</p>",
   "655-6360248-9914472", ["BSM205"], "Asks to update or delete a one-star review.")
# 27 BSM206 only if satisfied
_m("review-request", "text", "Com'è andata con il suo ordine #ORD#?",
   "Buongiorno,\n\nse è rimasta soddisfatta del suo cuscino ortopedico, una recensione positiva su Amazon ci farebbe un enorme piacere. Se invece qualcosa non l'ha convinta, la preghiamo di contattare prima noi tramite la messaggistica, senza lasciare recensioni: troveremo insieme una soluzione.\n\nOrdine #ORD#\nDormiBene Italia",
   "655-1718893-5527306", ["BSM206"], "Review requested only from satisfied buyers; others steered away.")
# 28 BSM206 five stars
_m("review-request", "text", "Ordine #ORD#: cinque stelle?",
   "Ciao Giulia,\n\nil tuo zaino da scuola è arrivato in tempo per il rientro? Se hai un momento, ti chiedo di valutarlo con 5 stelle su Amazon (ordine #ORD#): per un piccolo marchio come il nostro fa una grande differenza.\n\nGrazie!\nZainetti Colorati",
   "655-3982647-0652185", ["BSM206"], "Asks for a five-star rating.")
# 29 BSM108 with adjustment
_m("order-problem", "text", "Ordine #ORD# - prodotto esaurito",
   "Gentile cliente,\n\nil tosaerba elettrico del suo ordine #ORD# non è più disponibile a magazzino. Abbiamo già rettificato l'importo dell'ordine su Amazon per mancanza di disponibilità. Per chiudere la pratica nel modo più veloce le consigliamo di annullare lei stesso l'ordine dal suo account.\n\nCi scusiamo per il disagio,\nGiardinaggio Pro Veneto",
   "655-7265930-1143388", ["BSM108"], "Advises the buyer to cancel because stock ran out.")
# 30 BSM108 + BSM107
_m("order-problem", "html", "Problema con l'ordine #ORD#",
   "<p>Buongiorno sig.ra Greco,</p><p>ci dispiace comunicarle che il servizio di piatti in porcellana dell'ordine #ORD# non è più disponibile presso il nostro fornitore.</p><p>Le saremmo molto grati se potesse inviare una richiesta di annullamento tramite Amazon, così da chiudere l'ordine.</p><p>Cordiali saluti,<br>Porcellane di Capodimonte Shop</p>",
   "655-5049381-6628850", ["BSM107", "BSM108"], "Asks for a cancellation request; no amount adjustment confirmed.")
# 31 BSM305 unsubscribe
_m("delivery-delay", "html", "Ritardo spedizione ordine #ORD#",
   "<p>Buongiorno,</p><p>la spedizione della sua stampante 3D (ordine #ORD#) slitta a lunedì 14 dicembre per un ritardo del fornitore. Ci scusiamo per l'attesa.</p><p>Maker Store Milano</p><p><small>Non vuole più ricevere comunicazioni da noi? Risponda a questo messaggio scrivendo CANCELLAMI e la rimuoveremo dalla lista.</small></p>",
   "655-2864713-7791023", ["BSM305"], "Opt-out instruction in a small footer.")
# 32 BSM306 profanity
_m("reply", "text", "Re: Pacco danneggiato - ordine #ORD#",
   "Buongiorno,\n\nabbiamo visto le foto del pacco dell'ordine #ORD#: quei coglioni del magazzino di smistamento l'hanno chiaramente lanciato, che cazzo di lavoro fanno. Le rispediamo subito un nuovo vaso, senza alcun costo.\n\nCi scusi,\nCeramiche Vietresi",
   "655-8436097-4405516", ["BSM306"], "Reply containing Italian profanity.")
# 33 BSM104 English message
_m("home-service-appointment", "text", "Order #ORD# - installation appointment",
   "Dear customer,\n\nWe would like to schedule the installation of your air purifier system (order #ORD#). Our technician is available on Tuesday 15 December from 9 to 11 am or on Friday 18 December from 2 to 4 pm. Please let us know which slot suits you.\n\nKind regards,\nClean Air Solutions",
   "655-4150628-9932071", ["BSM104"], "Whole message in English to an Italian buyer.")
# 34 BSM309 national
_m("delivery-scheduling", "text", "Ordine #ORD# - fissiamo la consegna",
   "Buongiorno,\n\nil frigorifero combinato del suo ordine #ORD# è arrivato nel nostro deposito. Per concordare giorno e orario della consegna ci chiami al numero 0521 487 332, dal lunedì al venerdì, dalle 9 alle 17.\n\nCordiali saluti,\nFreddo Casa Parma",
   "655-6613482-2058734", ["BSM309"], "Seller's phone number in national format.")
# 35 BSM309 international / mobile
_m("additional-information", "text", "Ordine #ORD#: misure della tenda",
   "Buongiorno,\n\nper confezionare la tenda su misura dell'ordine #ORD# ci serve l'altezza esatta dal bastone al pavimento. Se preferisce, può mandarci le misure anche via WhatsApp al +39 347 218 6604.\n\nGrazie,\nTendaggi Sartoriali Rossetti",
   "655-9302756-1127463", ["BSM309"], "Mobile phone number in international format.")
# 36 BSM308 plain
_m("return-follow-up", "text", "Reso ordine #ORD# - foto del difetto",
   "Buongiorno,\n\nper completare il reso del cappotto dell'ordine #ORD# avremmo bisogno di una foto della cucitura scucita. Può mandarla a resi@moda-lanificio.it indicando il numero d'ordine nell'oggetto.\n\nGrazie,\nModa Lanificio",
   "655-1976230-5564019", ["BSM308"], "Plain email address in a return follow-up.")
# 37 BSM308 chiocciola
_m("custom-design-verification", "text", "Anteprima incisione - ordine #ORD#",
   "Buongiorno,\n\nin allegato l'anteprima dell'incisione sulla targa in ottone dell'ordine #ORD#. Se ha un logo in alta risoluzione, può mandarlo a grafica chiocciola targhebonetti punto it e aggiorniamo la bozza.\n\nCordiali saluti,\nTarghe Bonetti",
   "655-3327014-8890652", ["BSM308"], "Email address obfuscated with 'chiocciola' and 'punto'.")
# 38 BSM302
_m("reply", "html", "Re: Come si regola la sella - #ORD#",
   "<p>Ciao,</p><p>per la sella della cyclette dell'ordine #ORD# abbiamo preparato una guida con foto: <a href=\"https://www.fitnesscasa-shop.it/guide/regolazione-sella-cyclette\">guida alla regolazione della sella sul nostro sito</a>.</p><p>Buon allenamento,<br>FitnessCasa</p>",
   "655-7580194-3306928", ["BSM302"], "Https link to the seller's website.")
# 39 BSM301
_m("reply", "html", "Re: Manuale in italiano - ordine #ORD#",
   "<p>Buongiorno,</p><p>il manuale in italiano del robot aspirapolvere (ordine #ORD#) è disponibile nella scheda del prodotto: <a href=\"http://www.amazon.it/dp/B0C9LQZ3RR\">scheda del robot aspirapolvere su Amazon.it</a>, alla voce «Documenti del prodotto».</p><p>Cordiali saluti,<br>CasaSmart</p>",
   "655-2241869-6673315", ["BSM301"], "Insecure http link to Amazon.")
# 40 BSM310
_m("custom-design-verification", "html", "Conferma colore - ordine #ORD#",
   "<p>Buongiorno,</p><p>prima di ricamare il nome sull'accappatoio dell'ordine #ORD#, ci confermi per favore il colore del filo: blu navy o grigio perla?</p><p><img src=\"https://foto.ricamidelgarda.it/prodotti/accappatoio-spugna-bianco-ricamato.jpg\" alt=\"Accappatoio in spugna bianco con ricamo\" width=\"320\" height=\"320\"></p><p>Ricami del Garda</p>",
   "655-8765312-0097184", ["BSM310"], "Photo of the purchased product in the message.")
# 41 BSM311
_m("delivery-delay", "html", "Ordine #ORD# in ritardo",
   "<p>Buongiorno,</p><p>il panettone artigianale del suo ordine #ORD# partirà il 16 dicembre invece del 12: la lievitazione naturale richiede più tempo con il freddo di questi giorni.</p><p><img src=\"https://stock.immagini-gratis.net/albero-di-natale-luci.jpg\" alt=\"Albero di Natale illuminato\" width=\"350\" height=\"230\"></p><p>Auguri,<br>Pasticceria Fontana</p>",
   "655-4093758-1182640", ["BSM311"], "Unrelated stock image (Christmas tree).")
# 42 BSM402 alt empty
_m("review-request", "html", "Ordine #ORD# - la sua recensione",
   "<p><img src=\"https://img.saponeriamediterranea.it/logo-saponeria-mediterranea.png\" alt=\"\" width=\"150\" height=\"50\"></p><p>Buongiorno,</p><p>ha ricevuto i saponi all'olio d'oliva dell'ordine #ORD# qualche giorno fa. Se vuole, può lasciare una recensione del prodotto dalla pagina dei suoi ordini su Amazon.</p><p>Saponeria Mediterranea</p>",
   "655-6508247-7751398", ["BSM402"], "Logo with empty alt text.")
# 43 BSM403 emoji
_m("delivery-scheduling", "text", "Consegna albero di Natale - ordine #ORD#",
   "Ciao Simone! 🎄\n\nL'albero di Natale artificiale da 240 cm del tuo ordine #ORD# arriva con corriere su appuntamento. Ti va bene giovedì 10/12 mattina o sabato 12/12 pomeriggio? 🚚\n\nA presto,\nNatale in Casa",
   "655-9147630-2216579", ["BSM403"], "Emoji in a delivery scheduling message.")
# 44 BSM403 emoticon
_m("additional-information", "text", "Ordine #ORD# - taglia dell'anello",
   "Buongiorno,\n\nnell'ordine #ORD# non è indicata la misura dell'anello. Ci scrive la circonferenza del dito o la misura italiana (per esempio 14)? Poi lo rifiniamo e partiamo :-)\n\nGrazie :D\nOrafi di Valenza",
   "655-5872093-4438821", ["BSM403"], "Text emoticons :-) and :D.")
# 45 BSM410
_m("invoice", "html", "Fattura disponibile - ordine #ORD#",
   "<style>h1{font-size:28px} h3{font-size:17px} .corpo{font-size:13px} .piede{font-size:9px}</style><h1>Fattura</h1><h3>Ordine #ORD#</h3><p class=\"corpo\">Buongiorno, in allegato trova la fattura n. 2026/0842 per le sue piastrelle in cotto (totale 412,50 € IVA inclusa).</p><p class=\"piede\">Cotto Imprunetano S.n.c. - P.IVA 05123460481</p>",
   "655-1623987-5509943", ["BSM410"], "Four explicit font sizes in a style block.")
# 46 BSM412 br runs
_m("delivery-delay", "html", "Spedizione ordine #ORD# rinviata",
   "<p>Buongiorno,</p><p>la scrivania regolabile in altezza dell'ordine #ORD# sarà spedita il 17/12 anziché il 10/12: il motore elettrico ci arriva dal produttore con una settimana di ritardo.<br><br><br><br>Ci scusiamo per l'attesa.<br><br><br>Ufficio Ergonomico Srl</p>",
   "655-7350614-9978206", ["BSM412"], "Runs of three or more <br> tags.")
# 47 BSM110 on invoice
_m("invoice", "text", "[Importante] Fattura ordine #ORD#",
   "Buongiorno,\n\nle inviamo in allegato la fattura n. FT/2026/0577 relativa all'ordine #ORD# (lenzuola in lino, 149,00 € IVA inclusa).\n\nCordiali saluti,\nLino di Casa S.a.s.\nP.IVA 04412980376",
   "655-3814075-2263397", ["BSM110"], "[Importante] tag on an invoice.")
# 48 BSM401 bare URL / qui
_m("return-follow-up", "html", "Reso ordine #ORD# - etichetta",
   "<p>Buongiorno,</p><p>per il reso delle scarpe da corsa (ordine #ORD#) ci serve sapere se la scatola originale è integra: la useremo come imballo. Intanto può consultare le condizioni di reso <a href=\"https://www.amazon.it/gp/help/customer/display.html?nodeId=GKM69DUUYKQWKWX7\">qui</a>.</p><p>Grazie,<br>Running Point</p>",
   "655-6029548-3341760", ["BSM401"], "Non-descriptive link text 'qui'.")
# 49 BSM307 tracking pixel (alt empty)
_m("delivery-delay", "html", "Ordine #ORD#: nuova data di spedizione",
   "<p>Buongiorno,</p><p>il monitor da 27 pollici del suo ordine #ORD# sarà spedito il 15 dicembre per un ritardo del distributore.</p><p>Cordiali saluti,<br>InfoTech Napoli</p><img src=\"https://track.mailsender-pro.com/open.gif?uid=88412&amp;camp=ritardi\" width=\"1\" height=\"1\" alt=\"\">",
   "655-8691427-6620584", ["BSM307", "BSM402"], "1x1 tracking pixel with empty alt.")
# 50 BSM304 logo linked to shop
_m("review-request", "html", "Ordine #ORD#: ci dica cosa ne pensa",
   "<p><a href=\"https://www.liutaiocremonese.it\"><img src=\"https://www.liutaiocremonese.it/img/logo-liutaio-cremonese.png\" alt=\"Bottega del Liutaio Cremonese - sito ufficiale\" width=\"170\" height=\"55\"></a></p><p>Buongiorno,</p><p>le corde per violino dell'ordine #ORD# le sono arrivate da una settimana. Se desidera, può lasciare una recensione del prodotto dalla pagina dei suoi ordini su Amazon.</p><p>Bottega del Liutaio Cremonese</p>",
   "655-2478306-1154937", ["BSM302", "BSM304"], "Shop logo linked to the seller's website.")

MESSAGES = []
for _i, _r in enumerate(_R, 1):
    MESSAGES.append({"id": "v34-it-%03d" % _i, "language": "it", "locale": _r["locale"],
                     "type": _r["type"], "format": _r["format"], "subject": _r["subject"],
                     "body": _r["body"], "order_id": _r["order_id"], "expected": _r["expected"],
                     "note": _r["note"]})
