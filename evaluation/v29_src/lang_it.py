"""v29 blind evaluation set, Italian (it-IT). Standard library only."""

LANG = "it"
PREFIX = "605"


def _order(n):
    return "%s-%07d-%07d" % (PREFIX, (n * 6113 + 4410273) % 10**7, (n * 91841 + 1187604) % 10**7)


MESSAGES = []


def _m(n, typ, fmt, subject, body, expected, note, locale="it-IT"):
    o = _order(n)
    MESSAGES.append({
        "id": "v29-%s-%03d" % (LANG, n),
        "language": LANG,
        "locale": locale,
        "type": typ,
        "format": fmt,
        "subject": subject.replace("{ORDER}", o),
        "body": body.replace("{ORDER}", o),
        "order_id": o,
        "expected": sorted(expected),
        "note": note,
    })


# ---------------- clean (17) ----------------
_m(1, "delivery-delay", "text", "Ordine {ORDER} - ritardo nella spedizione",
   "Gentile cliente,\n\nle scriviamo per avvisarla che il suo ordine {ORDER} partirà con qualche giorno di ritardo: il corriere lo ritirerà mercoledì 16 dicembre anziché venerdì 11.\n\nCi scusiamo per l'inconveniente.\n\nCordiali saluti,\nGiulia Ferri\nOleificio Colle Verde",
   [], "Plain-text delivery delay with a new pickup date; clean.")
_m(2, "delivery-delay", "html", "Aggiornamento ordine {ORDER}",
   "<p>Ciao Marco,</p><p>la tua moka da 6 tazze (ordine <strong>{ORDER}</strong>) è in arrivo dal laboratorio con un po' di ritardo.</p><table><tr><td>Data prevista</td><td>09/12/2026</td></tr><tr><td>Nuova data di spedizione</td><td>15/12/2026</td></tr></table><p>Scusaci per l'attesa!<br>Caffè & Dintorni</p>",
   [], "Builder HTML delay notice with a table and no styling; clean.")
_m(3, "order-problem", "text", "[Importante] Ordine {ORDER}: articolo non disponibile",
   "Buongiorno Sig.ra Colombo,\n\npurtroppo l'ultima tovaglia in lino ricamata è risultata danneggiata durante il controllo qualità e non possiamo spedirla. L'importo dell'ordine {ORDER} è stato rettificato e le verranno rimborsati 42,00 € (motivo: articolo esaurito).\n\nCi scusiamo sinceramente,\nAnna Marchetti\nTessiture di Sardegna",
   [], "Order problem with [Importante] that confirms the amount was adjusted; clean.")
_m(4, "additional-information", "text", "Ordine {ORDER}: ci serve un dato",
   "Buongiorno,\n\nper completare l'incisione del portachiavi in pelle (ordine {ORDER}) ci servono le iniziali da incidere: nel campo personalizzazione non è stato inserito nulla. Ci può rispondere qui su Amazon con le lettere desiderate (massimo 3)?\n\nGrazie mille,\nLuca – Pelletteria Artigiana Fiorentina",
   [], "Asks for information needed to complete a personalised order; clean.")
_m(5, "return-follow-up", "text", "Reso ordine {ORDER}",
   "Gentile Sig. Esposito,\n\nabbiamo ricevuto la sua richiesta di reso per lo zaino (ordine {ORDER}) a causa della cucitura allentata. Se preferisce tenerlo, possiamo offrirle un rimborso parziale di 12,00 € sui 49,90 € pagati. Ci faccia sapere cosa preferisce.\n\nUn cordiale saluto,\nServizio clienti ZainiTrek",
   [], "Return follow-up offering a partial refund; clean.")
_m(6, "return-follow-up", "html", "Il tuo reso - ordine {ORDER}",
   "<p>Ciao Chiara,</p><p>per gestire il reso delle scarpe da corsa (ordine {ORDER}) ci serve sapere quale numero vorresti in sostituzione: il 38 o il 38,5?</p><p>Grazie,<br>Simone di RunShop Bologna</p>",
   [], "Return follow-up asking for information needed to complete the return; clean.")
_m(7, "invoice", "text", "Fattura n. 2026/FE/0912 - ordine {ORDER}",
   "Buongiorno,\n\nin allegato trova la fattura n. 2026/FE/0912 relativa all'ordine {ORDER}, per un totale di 244,00 € IVA inclusa (IVA 22 %: 44,00 €).\n\nCordiali saluti,\n\nAmministrazione\nBiciclette Moretti S.r.l. – Via Emilia 118, 40026 Imola (BO)\nP.IVA 03817650372 – C.F. 03817650372\nREA BO-541203 – Capitale sociale 10.000,00 € i.v.",
   [], "Invoice with slash number, P.IVA, C.F. and REA; clean.")
_m(8, "review-request", "text", "Una recensione per il tuo ordine {ORDER}?",
   "Ciao,\n\nil tuo ordine {ORDER} è arrivato da qualche giorno. Se ti va, puoi lasciare una recensione del prodotto su Amazon: ogni parere, positivo o negativo, aiuta gli altri clienti.\n\nBuona giornata,\nFrancesca – Cartoleria Il Quaderno",
   [], "Neutral plain-text review request; clean.")
_m(9, "review-request", "html", "La sua opinione sull'ordine {ORDER}",
   "<p><img src=\"https://cdn.ceramichevietresi.it/logo-ceramiche-vietresi.png\" alt=\"Logo Ceramiche Vietresi\" width=\"170\"></p><p>Gentile cliente,</p><p>i piatti dipinti a mano (ordine {ORDER}) le sono stati consegnati una settimana fa. Ci farebbe piacere conoscere la sua opinione, qualunque essa sia.</p><p><a href=\"https://www.amazon.it/review/review-your-purchases/\">Scrivi una recensione su Amazon</a></p><p>Cordialmente,<br>Rosa, Ceramiche Vietresi</p>",
   [], "HTML review request with shop logo (alt names the shop) and descriptive https Amazon link; clean.")
_m(10, "delivery-scheduling", "text", "Consegna al piano - ordine {ORDER}",
   "Buongiorno Sig. Ricci,\n\nil divano angolare del suo ordine {ORDER} verrà consegnato al piano da due nostri incaricati. Le proponiamo queste fasce orarie:\n\n- martedì 15/12, 8:30-12:30\n- giovedì 17/12, 14:00-18:00\n- sabato 19/12, 9:00-13:00\n\nCi indichi anche il piano e se c'è l'ascensore.\n\nSaluti,\nArredamenti Brianza Design",
   [], "Bulky-item delivery scheduling with dates and slots; clean.")
_m(11, "home-service-appointment", "text", "Appuntamento per l'installazione - {ORDER}",
   "Buongiorno,\n\nil nostro tecnico può montare il condizionatore acquistato con l'ordine {ORDER} lunedì 21 dicembre dalle 9:00 alle 12:00 oppure martedì 22 dicembre dalle 14:00 alle 17:00. Quale preferisce?\n\nL'intervento richiede circa due ore.\n\nGrazie,\nClima Service Torino",
   [], "Home service appointment with dates and time windows; clean.")
_m(12, "custom-design-verification", "text", "Bozza da approvare - ordine {ORDER}",
   "Ciao Valentina,\n\nti alleghiamo la bozza grafica delle bomboniere per il battesimo (ordine {ORDER}): nome «Tommaso», data 10 gennaio 2027, carattere corsivo, nastro celeste.\n\nControlla bene nome e data e rispondici «OK stampa» oppure scrivici le modifiche. Partiamo con la produzione appena ci dai il via.\n\nA presto,\nElena – Bomboniere Dolce Attesa",
   [], "Design proof sent for approval; clean.")
_m(13, "fulfillment-question", "text", "Citofono / codice cancello - ordine {ORDER}",
   "Buongiorno,\n\nil corriere incaricato della consegna dell'ordine {ORDER} (rif. ritiro BRT 0712-2026-4471, collo 1 di 2) segnala che il cancello del condominio ha un codice d'accesso e che sul citofono non compare il suo cognome. Può indicarci il codice e il nome riportato sul citofono?\n\nGrazie,\nUfficio spedizioni – Vivai del Garda",
   [], "Door-code question with reference numbers that are not phones; clean.")
_m(14, "reply", "text", "Re: misure - ordine {ORDER}",
   "Buongiorno Sig. Gallo,\n\nsì, la «Professional Chef's Knife 8 inch» del suo ordine {ORDER} ha una lama di 20 cm in acciaio inox e si può affilare con qualsiasi affilacoltelli tradizionale.\n\nCordiali saluti,\nColtelleria Maniago",
   [], "Reply quoting an English product title in Italian sentences; clean.")
_m(15, "reply", "text", "Re: guasto frullatore - {ORDER}",
   "Gentile Sig.ra Fontana,\n\nil frullatore del suo ordine {ORDER} è coperto dalla garanzia del produttore per 24 mesi. Per l'assistenza può rivolgersi direttamente al numero verde della garanzia del produttore Mixelia: 800 912 347 (assistenza garanzia del produttore, lun-ven 9:00-18:00).\n\nTenga a portata di mano lo scontrino e il numero di serie.\n\nCordiali saluti,\nCasalinghi Barbieri",
   [], "Reply with manufacturer's warranty hotline marked as such; clean.")
_m(16, "reply", "html", "Re: dati per la fattura - ordine {ORDER}",
   "<p>Buongiorno,</p><p>come richiesto, le riportiamo i nostri dati societari per la nota spese (ordine {ORDER}).</p><p><small>Ufficio Più S.r.l.<br>Corso Vittorio Emanuele II 54, 10121 Torino (TO)<br>P.IVA IT 09128470015 – REA TO-1023456<br>Codice SDI M5UXCR1</small></p><p>Cordiali saluti,<br>Paolo Bianchi, amministratore</p>",
   [], "Reply with a company-details footer; clean.")
_m(17, "reply", "text", "Re: rimborso ordine {ORDER}",
   "Buongiorno Sig. De Luca,\n\nil suo pacco di reso (tracking 1Z84E2910398457612, autorizzazione RMA 2026/0883) è stato registrato nel nostro magazzino il 3 dicembre alle 11:15. Il rimborso di 79,90 € sull'ordine {ORDER} è stato avviato il 4 dicembre: l'accredito richiede di solito 3-5 giorni lavorativi.\n\nCordiali saluti,\nAssistenza clienti Outdoor Dolomiti",
   [], "Reply with return tracking, RMA, dates, times and amounts; clean.")

# ---------------- violations (31) ----------------
_m(18, "fulfillment-question", "text", "Ordine {ORDER}",
   "Ciao!\n\nTi confermiamo che il pacco del tuo ordine {ORDER} è uscito dal nostro magazzino oggi ed è stato affidato a GLS.\n\nA presto,\nApicoltura Valtellina",
   ["BSM201"], "Parcel left the warehouse and was handed to the carrier.")
_m(19, "fulfillment-question", "html", "Abbiamo ricevuto il tuo ordine {ORDER}",
   "<p>Ciao Sara,</p><p>il tuo ordine {ORDER} è arrivato e lo stiamo già preparando con cura nel nostro laboratorio.</p><p>Un abbraccio,<br>Saponificio Naturale Umbro</p>",
   ["BSM201"], "Order received and being prepared: an order confirmation.")
_m(20, "reply", "text", "Grazie di cuore - {ORDER}",
   "Grazie di cuore per aver scelto i nostri prodotti (ordine {ORDER})!\n\nUn caro saluto,\nMaria di Candele di Luce",
   ["BSM202"], "Thanks only.")
_m(21, "fulfillment-question", "text", "Ordine {ORDER}",
   "Gentile cliente,\n\nper qualsiasi problema con l'ordine {ORDER} non esiti a scriverci: siamo sempre a sua disposizione.\n\nCordiali saluti,\nGiocattoli del Nonno",
   ["BSM202"], "Only offers help if a problem arises.")
_m(22, "delivery-delay", "text", "Piccolo ritardo ordine {ORDER}",
   "Buongiorno,\n\nil suo tappeto (ordine {ORDER}) partirà sabato 12 dicembre, con due giorni di ritardo rispetto al previsto, per un problema con la tintura.\n\nCi scusiamo per l'attesa.\n\nTappeti d'Oriente Milano\n\nP.S. Fino al 31 dicembre sconto del 20 % su tutto il catalogo con il codice NATALE20!",
   ["BSM203"], "Promotional P.S. with 20 % off the whole range.")
_m(23, "review-request", "html", "Com'è andata con l'ordine {ORDER}?",
   "<p>Ciao,</p><p>speriamo che la tua borraccia (ordine {ORDER}) ti piaccia. Puoi lasciare una recensione sulla <a href=\"https://www.amazon.it/review/review-your-purchases/\">pagina recensioni di Amazon</a>.</p><p>E non perderti la nuova collezione primavera: seguici su Instagram e iscriviti alla nostra newsletter!</p><p>EcoBorracce Team</p>",
   ["BSM203"], "Follow us / newsletter / new collection, without a link.")
_m(24, "review-request", "text", "Due parole sul tuo acquisto? {ORDER}",
   "Ciao Davide,\n\nse ti va di scrivere una recensione sul tuo coltello (ordine {ORDER}) ci faresti un grande favore. Appena la recensione è pubblicata ti mandiamo un piccolo omaggio come ringraziamento.\n\nA presto,\nForgia Sarda",
   ["BSM204"], "Small gift promised once the review is published.")
_m(25, "review-request", "text", "Ordine {ORDER} - la sua recensione",
   "Gentile cliente,\n\nle rimborseremo l'intero importo dell'ordine {ORDER} non appena la sua recensione del prodotto sarà visibile su Amazon. Basta inviarci uno screenshot.\n\nCordiali saluti,\nSmart Home Italia",
   ["BSM204"], "Full refund once the review is online.")
_m(26, "reply", "text", "Re: cerniera rotta - {ORDER}",
   "Buongiorno Sig. Greco,\n\nsiamo contenti che la borsa sostitutiva (ordine {ORDER}) sia arrivata in perfette condizioni. Visto che il problema è risolto, le chiederemmo gentilmente di modificare la recensione da una stella o, se preferisce, di rimuoverla.\n\nGrazie,\nBorse Artigiane Napoli",
   ["BSM205"], "Asks to change or remove a one-star review.")
_m(27, "review-request", "text", "Sei soddisfatto? Ordine {ORDER}",
   "Ciao,\n\nse sei contento del tuo frullatore (ordine {ORDER}), una recensione su Amazon ci aiuterebbe tantissimo. Se invece qualcosa non va, contattaci prima di recensire e troveremo una soluzione insieme.\n\nCucina Facile Shop",
   ["BSM206"], "Only satisfied buyers asked; unhappy ones steered to contact the seller.")
_m(28, "review-request", "html", "Ordine {ORDER}",
   "<p>Buongiorno,</p><p>speriamo che l'orologio (ordine {ORDER}) sia di suo gradimento. Cinque stelle sulla <a href=\"https://www.amazon.it/review/review-your-purchases/\">pagina recensioni di Amazon</a> sarebbero il regalo più bello per il nostro piccolo marchio.</p><p>Grazie,<br>Orologeria Lombarda</p>",
   ["BSM206"], "Asks for five stars.")
_m(29, "order-problem", "text", "Ordine {ORDER}: un articolo esaurito",
   "Buongiorno,\n\nil secondo barattolo di vernice del suo ordine {ORDER} non è più disponibile dal fornitore. L'importo dell'ordine è stato rettificato e le rimborsiamo 18,90 € (motivo: articolo esaurito).\n\nSe non le interessa ricevere solo il primo barattolo, la via più veloce è annullare lei stessa l'ordine dal suo account.\n\nCordiali saluti,\nColorificio Veneto",
   ["BSM108"], "Amount adjusted but advises the buyer to cancel because of the stock-out.")
_m(30, "order-problem", "text", "Articolo esaurito - {ORDER}",
   "Gentile Sig.ra Romano,\n\nci dispiace comunicarle che il maglione in cashmere taglia S del suo ordine {ORDER} è esaurito. Le saremmo grati se potesse inoltrare una richiesta di annullamento dalla sua area clienti.\n\nCon le nostre scuse,\nMaglieria Biellese",
   ["BSM107", "BSM108"], "Asks for a cancellation request, no amount adjustment confirmed.")
_m(31, "review-request", "text", "La tua opinione - {ORDER}",
   "Ciao,\n\nil tuo ordine {ORDER} è stato consegnato una settimana fa. Se vuoi, puoi lasciare una recensione del prodotto su Amazon.\n\nPer non ricevere più i nostri messaggi, rispondi STOP.\n\nHobby Creativo",
   ["BSM305"], "Opt-out instruction (reply STOP).")
_m(32, "reply", "text", "Re: vaso rotto {ORDER}",
   "Ciao,\n\nquel cazzo di corriere ha lanciato di nuovo il pacco, ogni volta è un casino. Ti rispediamo un vaso nuovo per l'ordine {ORDER} lunedì.\n\nGianni – Ceramiche di Caltagirone",
   ["BSM306"], "Italian profanity.")
_m(33, "delivery-delay", "text", "Bestellung {ORDER} verzögert sich",
   "Guten Tag,\n\nIhre Bestellung {ORDER} wird erst am 16. Dezember statt am 11. Dezember versendet, da unser Lieferant im Verzug ist. Wir bitten um Entschuldigung.\n\nMit freundlichen Grüßen\nAlto Adige Speck Shop",
   ["BSM104"], "Message entirely in German for an Italian buyer.")
_m(34, "reply", "text", "Re: montaggio letto - {ORDER}",
   "Buongiorno,\n\nper il montaggio del letto a castello (ordine {ORDER}) ci chiami pure allo 051 638 2291, la guidiamo passo passo.\n\nSaluti,\nCamerette Felici",
   ["BSM309"], "National-format Italian landline of the seller.")
_m(35, "reply", "text", "Re: informazioni ordine {ORDER}",
   "Buongiorno Sig. Marino,\n\nper qualsiasi domanda sull'ordine {ORDER} può contattarci anche su WhatsApp al +39 347 218 5590, dal lunedì al sabato.\n\nCordialmente,\nHi-Fi Store Roma",
   ["BSM309"], "International-format mobile number not marked as manufacturer/warranty line.")
_m(36, "return-follow-up", "text", "Reso {ORDER}",
   "Buongiorno,\n\nper completare il reso dell'ordine {ORDER} ci può mandare una foto dell'etichetta del prodotto a resi@giardinoverde-shop.it?\n\nGrazie,\nGiardino Verde",
   ["BSM308"], "Plain e-mail address.")
_m(37, "additional-information", "text", "Ordine {ORDER}: ci manca la misura",
   "Buongiorno,\n\nci serve la misura del dito per l'anello dell'ordine {ORDER}. Può scriverla a ordini chiocciola gioielleriaorafa punto it.\n\nGrazie,\nGioielleria Orafa Valenza",
   ["BSM308"], "Obfuscated e-mail with 'chiocciola' and 'punto'.")
_m(38, "reply", "html", "Re: lavaggio coperta - {ORDER}",
   "<p>Buongiorno,</p><p>grazie per la domanda sulla coperta in lana (ordine {ORDER}). Trova tutti i consigli di lavaggio nella <a href=\"https://www.lanificiobiellese.it/guida-lavaggio\">guida al lavaggio sul nostro sito</a>.</p><p>Cordiali saluti,<br>Lanificio Biellese</p>",
   ["BSM302"], "https link with descriptive text to the seller's own site.")
_m(39, "delivery-delay", "html", "Ritardo consegna - ordine {ORDER}",
   "<p>Buongiorno,</p><p>il suo ordine {ORDER} verrà spedito il 19 dicembre anziché il 14. Può seguirne lo stato nella sezione <a href=\"http://www.amazon.it/gp/css/order-history\">I miei ordini su Amazon</a>.</p><p>Ci scusiamo,<br>Gastronomia Emiliana</p>",
   ["BSM301"], "http link to Amazon with descriptive text.")
_m(40, "review-request", "html", "La tua caffettiera - ordine {ORDER}",
   "<p>Ciao,</p><p><img src=\"https://cdn.caffettiereitaliane.it/prodotti/caffettiera-acciaio-6-tazze.jpg\" alt=\"Caffettiera in acciaio 6 tazze\" width=\"300\"></p><p>Hai ricevuto la tua caffettiera (ordine {ORDER}) qualche giorno fa: la tua opinione sulla <a href=\"https://www.amazon.it/review/review-your-purchases/\">pagina recensioni di Amazon</a> sarebbe utile ad altri acquirenti.</p><p>Caffettiere Italiane</p>",
   ["BSM310"], "Image of the purchased product.")
_m(41, "delivery-delay", "html", "Ordine {ORDER}: spedizione posticipata",
   "<p><img src=\"https://cdn.newsletterpro.it/stock/albero-di-natale-luci.jpg\" alt=\"Albero di Natale con luci\" width=\"400\"></p><p>Buongiorno,</p><p>il suo ordine {ORDER} sarà spedito martedì 15 dicembre, con tre giorni di ritardo. Grazie per la comprensione.</p><p>Costumi da Bagno Riviera</p>",
   ["BSM311"], "Stock Christmas tree image unrelated to the shop.")
_m(42, "invoice", "html", "Fattura 2026-0412 - ordine {ORDER}",
   "<p><img src=\"https://cdn.tipografiaconti.it/logo-tipografia-conti.png\" width=\"150\"></p><p>Buongiorno,</p><p>in allegato la fattura 2026-0412 dell'ordine {ORDER} (96,10 € IVA inclusa).</p><p>Tipografia Conti</p>",
   ["BSM402"], "Shop logo with no alt attribute.")
_m(43, "delivery-scheduling", "text", "Consegna divano {ORDER}",
   "Ciao!\n\nIl tuo divano (ordine {ORDER}) è pronto per la consegna 🚚 Ti va meglio giovedì 17 o venerdì 18 dicembre in mattinata? 👍\n\nDivani Comfort",
   ["BSM403"], "Emoji in the body.")
_m(44, "additional-information", "text", "Ordine {ORDER} - colore del filo",
   "Ciao Giorgia,\n\nper il ricamo del tuo grembiule (ordine {ORDER}) preferisci il filo oro o quello bianco? Facci sapere e partiamo ;)\n\nSilvia, Ricami della Nonna",
   ["BSM403"], "Emoticon ;).")
_m(45, "delivery-delay", "html", "Ordine {ORDER}: nuova data",
   "<style>h1{font-size:26px} h3{font-size:17px} p{font-size:13px} .nota{font-size:9px}</style><h1>Un piccolo ritardo</h1><h3>Ordine {ORDER}</h3><p>La sua lampada verrà spedita il 21 dicembre invece del 16 dicembre.</p><p class=\"nota\">Illuminazione Murano</p>",
   ["BSM410"], "Four explicit font sizes in a <style> block.")
_m(46, "additional-information", "html", "Indirizzo di consegna - {ORDER}",
   "<p>Buongiorno,</p><p>nell'indirizzo dell'ordine {ORDER} manca il numero civico. Può indicarcelo?<br><br><br><br>Grazie,<br>Enoteca Barolo & Co.</p>",
   ["BSM412"], "A run of four <br> tags.")
_m(47, "invoice", "text", "[Importante] Fattura ordine {ORDER}",
   "Buongiorno,\n\nin allegato la fattura n. 2026/1187 relativa all'ordine {ORDER}.\n\nCordiali saluti,\nFerramenta Rinaldi S.n.c. – P.IVA 02193840165",
   ["BSM110"], "[Importante] tag on an invoice message.")
_m(48, "delivery-delay", "html", "Spedizione in ritardo - {ORDER}",
   "<p>Buongiorno,</p><p>il suo ordine {ORDER} partirà lunedì 14 dicembre. Per i dettagli dell'ordine: <a href=\"https://www.amazon.it/gp/css/order-history\">https://www.amazon.it/gp/css/order-history</a></p><p>Ci scusiamo,<br>Porcellane & Co.</p>",
   ["BSM401"], "Bare URL as link text.")

# ---------------- varying (2) ----------------
_m(49, "delivery-delay", "html", "Ritardo - ordine {ORDER}",
   "<div style=\"padding: 0 140px;\"><p>Buongiorno,</p><p>il suo ordine {ORDER} verrà spedito venerdì 18 dicembre invece di martedì 15.</p><p>Grazie per la pazienza,<br>Pelletteria Trastevere</p></div>",
   ["BSM405"], "140 px of padding on each side: margins over 20 % of the width.")
_m(50, "review-request", "html", "La sua recensione - ordine {ORDER}",
   "<p><a href=\"https://www.vetreriaartistica.it\"><img src=\"https://www.vetreriaartistica.it/img/logo-vetreria-artistica.png\" alt=\"Logo Vetreria Artistica\" width=\"160\"></a></p><p>Buongiorno,</p><p>il suo ordine {ORDER} è stato consegnato. Può condividere la sua opinione nella <a href=\"https://www.amazon.it/review/review-your-purchases/\">pagina recensioni dei suoi acquisti su Amazon</a>.</p><p>Vetreria Artistica</p>",
   ["BSM302", "BSM304"], "Shop logo linked to the seller's website.")
