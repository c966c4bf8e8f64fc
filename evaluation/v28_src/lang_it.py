"""v28 blind evaluation set: Italian messages (it-IT)."""

LANG = "it"


def _oid(n):
    a = (5820973 + n * 193939) % 10000000
    b = (8841971 + n * 357913) % 10000000
    return "595-%07d-%07d" % (a, b)


MESSAGES = []


def _m(n, typ, fmt, subject, body, expected, note, locale="it-IT"):
    o = _oid(n)
    MESSAGES.append({
        "id": "v28-it-%03d" % n,
        "language": LANG,
        "locale": locale,
        "type": typ,
        "format": fmt,
        "subject": subject.replace("{o}", o),
        "body": body.replace("{o}", o),
        "order_id": o,
        "expected": sorted(expected),
        "note": note,
    })


# ---------------------------------------------------------------- clean (17)
_m(1, "delivery-delay", "text", "Ordine {o} - ritardo nella spedizione",
   "Gentile Sig.ra Esposito,\n\nla informiamo che la moka in acciaio da 6 tazze del suo ordine {o} partirà con qualche giorno di ritardo: il fornitore ci consegna il lotto solo lunedì. La nuova data di spedizione prevista è venerdì 18 dicembre 2026.\n\nCi scusiamo per il disagio. Se preferisce, può risponderci a questo messaggio per qualsiasi dubbio.\n\nCordiali saluti,\nGiorgio Bellini\nCaffè & Dintorni", [],
   "Plain-text delay with a new ship date.")

_m(2, "delivery-delay", "html", "Aggiornamento sul suo ordine {o}",
   "<p>Buongiorno,</p><p>il <b>tavolino in noce</b> che ha ordinato (ordine {o}) è ancora in laboratorio per l'ultima mano di cera.</p><table><tr><td>Spedizione prevista inizialmente</td><td>10/12/2026</td></tr><tr><td>Nuova data di spedizione</td><td>17/12/2026</td></tr></table><p>Ci dispiace per l'attesa e restiamo a disposizione rispondendo a questo messaggio.</p><p>Falegnameria Conti<br><small>Laboratorio artigiano - Bassano del Grappa</small></p>", [],
   "HTML delay notice with a plain table.")

_m(3, "order-problem", "text", "[Importante] Ordine {o} - articolo non disponibile",
   "Buongiorno Sig. Ferraro,\n\npurtroppo il set di pennelli da barba in tasso dell'ordine {o} non è più disponibile: l'ultimo pezzo in magazzino è risultato danneggiato.\n\nAbbiamo già rettificato l'importo del suo ordine per mancanza di disponibilità: i 38,50 EUR le vengono rimborsati automaticamente sul metodo di pagamento usato su Amazon.\n\nCi scusiamo davvero,\nBarberia Vecchia Milano", [],
   "Order problem confirming the adjusted amount, [Importante] allowed on this type.")

_m(4, "additional-information", "text", "Ordine {o}: ci serve un'informazione",
   "Salve,\n\nper completare la stampa della targa personalizzata (ordine {o}) ci serve sapere quale dei due testi preferisce sulla seconda riga: \"Famiglia Rinaldi\" oppure \"Casa Rinaldi\". Nel modulo d'ordine sono stati inseriti entrambi.\n\nAppena ci risponde mettiamo in produzione.\n\nGrazie,\nElisa - Targhe & Insegne Rinaldi", [],
   "Request for information needed to complete a personalised order.")

_m(5, "return-follow-up", "text", "Reso ordine {o} - una proposta",
   "Gentile Cliente,\n\nabbiamo letto la sua richiesta di reso per la borsa in pelle (ordine {o}) e il graffio vicino alla chiusura.\n\nSe per lei va bene, invece del reso possiamo offrirle un rimborso parziale di 20,00 EUR e la borsa resta a lei. Ci basta una risposta di conferma; in alternativa procediamo normalmente con il reso.\n\nUn saluto,\nPelletteria Moretti - Firenze", [],
   "Return follow-up with a partial-refund offer.")

_m(6, "return-follow-up", "html", "Reso dell'ordine {o}",
   "<p>Buongiorno,</p><p>per registrare il reso della friggitrice ad aria (ordine {o}) ci serve una conferma: il prodotto viene restituito <b>nella confezione originale</b> o in un imballo diverso?</p><p>Ci serve saperlo per prenotare il ritiro con il corriere giusto.</p><p>Grazie mille,<br>Assistenza clienti CasaChef</p>", [],
   "HTML return follow-up asking for information needed for the return.")

_m(7, "invoice", "text", "Fattura ordine {o}",
   "Spett.le Ditta,\n\nin allegato trasmettiamo la fattura n. 2026/FE/00893 relativa all'ordine Amazon {o}, intestata secondo i dati forniti.\n\nImponibile: 250,00 EUR\nIVA 22%: 55,00 EUR\nTotale documento: 305,00 EUR\n\nDistinti saluti\n\nUfficio Amministrazione\nForniture Ufficio Sud S.r.l.\nVia Toledo 112, 80134 Napoli (NA)\nP.IVA IT 07812340631 - C.F. 07812340631\nREA NA-912345 - Capitale sociale 10.000,00 EUR i.v.", [],
   "Invoice with P.IVA, C.F., REA and a slash-separated invoice number.")

_m(8, "review-request", "text", "Com'è andata con l'ordine {o}?",
   "Ciao Marco,\n\nsono passati alcuni giorni da quando hai ricevuto le tue scarpe da trail. Quando le avrai provate un po', ci farebbe piacere se lasciassi una recensione su Amazon, com'è com'è: serve a noi e a chi deve scegliere.\n\nGrazie in anticipo,\nLuca - Sentiero Outdoor", [],
   "Neutral informal review request in plain text.")

_m(9, "review-request", "html", "La sua opinione sull'ordine {o}",
   "<p><img src=\"https://media.oleificio-santangelo.it/brand/logo-oleificio-santangelo.png\" alt=\"Logo Oleificio Sant'Angelo\" width=\"180\"></p><p>Gentile Sig. Greco,</p><p>speriamo che l'olio extravergine dell'ordine {o} sia arrivato in buone condizioni. Se ha un momento, può raccontare la sua esperienza, qualunque essa sia, su <a href=\"https://www.amazon.it/review/create-review\">la pagina delle recensioni del suo ordine su Amazon</a>.</p><p>Cordialmente,<br>Famiglia Sant'Angelo<br><small>Oleificio Sant'Angelo - Andria</small></p>", [],
   "HTML review request with shop logo (alt names shop) and descriptive https Amazon link.")

_m(10, "delivery-scheduling", "text", "Consegna materasso - ordine {o}",
   "Buongiorno Sig.ra Marino,\n\nper la consegna al piano del materasso matrimoniale (ordine {o}) il nostro corriere specializzato ha disponibili queste fasce:\n\n- martedì 15 dicembre, 9:00-13:00\n- giovedì 17 dicembre, 14:00-18:00\n- sabato 19 dicembre, 8:30-12:30\n\nCi risponda indicando la fascia preferita e se nel palazzo c'è l'ascensore.\n\nCordiali saluti,\nDormiBene Materassi", [],
   "Delivery scheduling for a bulky item with time slots.")

_m(11, "home-service-appointment", "text", "Appuntamento installazione - ordine {o}",
   "Salve,\n\nin merito al servizio di montaggio del condizionatore acquistato con l'ordine {o}, il tecnico può venire:\n\nmercoledì 16/12 dalle 8.00 alle 12.00\noppure venerdì 18/12 dalle 14.00 alle 18.00\n\nCi conferma quale appuntamento preferisce? Servirà l'accesso al balcone per l'unità esterna.\n\nGrazie e buona serata,\nClimaService Torino", [],
   "Home-service appointment with two time slots.")

_m(12, "custom-design-verification", "text", "Bozza grafica da approvare - ordine {o}",
   "Ciao Giulia,\n\nti alleghiamo la bozza delle magliette personalizzate per l'addio al nubilato (ordine {o}).\n\nControlla bene nomi, colori e la data \"22.05.2027\" sulla schiena. Se va tutto bene rispondi \"OK\" e mandiamo in stampa le 12 magliette; se vuoi cambiare qualcosa scrivilo pure qui.\n\nA presto,\nSerena - StampaLab", [],
   "Custom design proof to verify.")

_m(13, "fulfillment-question", "text", "Codice citofono per la consegna {o}",
   "Buongiorno,\n\nl'indirizzo dell'ordine {o} è in un condominio con cancello automatico (scala B). Per permettere al nostro incaricato di arrivare alla porta il giorno della consegna, potrebbe indicarci il codice del cancello o il nome sul citofono?\n\nRif. consegna: CNS-2026-77104\nRif. pratica: PR/4410\n\nGrazie,\nVivaio Le Serre", [],
   "Fulfillment question about a gate code with reference numbers.")

_m(14, "reply", "text", "Re: domanda sull'ordine {o}",
   "Buonasera Sig. Lombardi,\n\nsì, il puzzle \"Neuschwanstein im Winter\" che ha ordinato (ordine {o}) è da 1000 pezzi e il poster di riferimento è incluso nella scatola. Il titolo è in tedesco perché l'editore è di Ravensburg, ma le istruzioni sono anche in italiano.\n\nBuon divertimento,\nIl Mondo dei Puzzle", [],
   "Reply quoting a German product title inside Italian sentences.")

_m(15, "reply", "text", "Re: la macchina da caffè non scalda - {o}",
   "Gentile Cliente,\n\nci dispiace per il problema con la macchina espresso dell'ordine {o}.\n\nIl prodotto è coperto dalla garanzia del produttore per 24 mesi. Per l'intervento può rivolgersi direttamente al centro assistenza del produttore:\nNumero verde garanzia del produttore Caffemio: 800 912 345 (lun-ven 9:00-18:00)\n\nSe ha bisogno di una copia della fattura per la garanzia, ce lo scriva qui.\n\nCordiali saluti,\nElettrodomestici Ricci", [],
   "Reply with manufacturer's warranty toll-free number marked as such.")

_m(16, "reply", "text", "Re: dati per la fattura - {o}",
   "Gentile Dott.ssa Colombo,\n\ncertamente, possiamo intestare la fattura dell'ordine {o} al suo studio. Ci indichi in risposta la ragione sociale, la partita IVA e il codice destinatario SDI.\n\nCordiali saluti\n\nMartina Galli\nResponsabile ufficio clienti\nCartoleria Galli S.n.c. di Galli Martina & C.\nCorso Vittorio Emanuele II 45, 10123 Torino (TO)\nP.IVA 10987650018 - REA TO-1187733", [],
   "Reply with a company-details footer.")

_m(17, "reply", "text", "Re: rimborso reso - {o}",
   "Buongiorno,\n\nil suo pacco di reso (tracking BRT 05871234567890, autorizzazione reso RMA-26-0412) è stato preso in carico dal nostro magazzino il 2 dicembre alle 15:20.\n\nAbbiamo disposto il rimborso di 74,90 EUR per l'ordine {o} il 3 dicembre: a seconda della banca, l'accredito arriva in 3-5 giorni lavorativi.\n\nBuona giornata,\nNoemi - Calzature Adriatica", [],
   "Reply with return tracking and RMA numbers, dates, times and amounts.")

# ---------------------------------------------------------------- violations
_m(18, "delivery-delay", "text", "Il tuo ordine {o} è partito!",
   "Ciao!\n\nIl pacco con il tuo ordine {o} è uscito stamattina dal nostro magazzino di Bologna ed è stato affidato a GLS. Dovrebbe arrivare entro 48 ore.\n\nA presto,\nTeam Sapori di Romagna", ["BSM201"],
   "Shipment confirmation: left the warehouse and handed to the carrier.")

_m(19, "additional-information", "text", "Ordine {o}",
   "Gentile Cliente,\n\nle confermiamo che il suo ordine {o} è stato regolarmente ricevuto ed è già in fase di preparazione presso il nostro reparto logistico.\n\nCordiali saluti,\nFerramenta Online Bianchi", ["BSM201"],
   "Order confirmation: received and being prepared.")

_m(20, "reply", "text", "Grazie! - {o}",
   "Grazie di cuore per aver scelto la nostra bottega, ordine {o}.\n\nUn caro saluto da tutto lo staff di Ceramiche Deruta Arte", ["BSM202"],
   "Thanks only.")

_m(21, "additional-information", "text", "Ordine {o}",
   "Buongiorno,\n\nper qualsiasi cosa riguardi l'ordine {o} noi ci siamo: basta scriverci.\n\nUn saluto,\nL'Erboristeria di Chiara", ["BSM202"],
   "Only an offer to help if anything comes up.")

_m(22, "delivery-delay", "text", "Ordine {o} - nuova data",
   "Gentile Sig. Fontana,\n\nil cappotto in lana cotta (ordine {o}) verrà spedito il 16 dicembre anziché il 12. Ci scusiamo per il contrattempo.\n\nCordiali saluti,\nSartoria Fontanelli\n\nP.S. Fino a fine mese c'è il 20% di sconto su tutto il catalogo con il codice NATALE20.", ["BSM203"],
   "P.S. with 20 % off the whole range.")

_m(23, "review-request", "text", "Ordine {o} - la tua opinione",
   "Ciao,\n\nse ti va, lascia una recensione su Amazon per la lampada che hai ricevuto (ordine {o}).\n\nE non perderti le novità: seguici su Facebook e iscriviti alla nostra newsletter, a gennaio esce la nuova collezione di lampade in vetro soffiato!\n\nLuce Murano Design", ["BSM203"],
   "Follow us, newsletter and new collection.")

_m(24, "review-request", "text", "Un pensiero per te - ordine {o}",
   "Ciao Francesca,\n\nappena la tua recensione sul set di tazze (ordine {o}) sarà pubblicata su Amazon, scrivici: abbiamo un piccolo omaggio pronto per te come ringraziamento.\n\nUn abbraccio,\nTazze & Teiere", ["BSM204"],
   "Small gift once the review is published.")

_m(25, "review-request", "text", "Proposta per l'ordine {o}",
   "Buongiorno,\n\nle proponiamo questo: lasci una recensione sul tappetino per auto (ordine {o}) e, non appena sarà visibile online, le rimborsiamo l'intero importo dell'acquisto.\n\nSaluti,\nAutoAccessori Express", ["BSM204"],
   "Full refund once the review is online.")

_m(26, "reply", "text", "Re: la sua recensione - ordine {o}",
   "Gentile Sig. Caruso,\n\nsiamo contenti che lo spazzolino sostitutivo funzioni bene. Visto che il problema ormai è risolto, potrebbe gentilmente modificare o cancellare la recensione da una stella lasciata per l'ordine {o}?\n\nLa ringraziamo,\nDentalCare Store", ["BSM205"],
   "Asks to change or delete a one-star review.")

_m(27, "review-request", "text", "Sei soddisfatto? - ordine {o}",
   "Ciao,\n\nti è piaciuta la cover? Allora scrivi una recensione su Amazon per l'ordine {o}!\n\nSe invece c'è qualcosa che non va, lascia perdere la recensione e contattaci prima: sistemiamo tutto noi.\n\nCoverMania", ["BSM206"],
   "Review only if satisfied; unhappy buyers steered to contact the seller.")

_m(28, "review-request", "html", "La sua recensione sull'ordine {o}",
   "<p>Gentile Sig.ra Rizzo,</p><p>grazie per aver acquistato le nostre candele alla lavanda (ordine {o}).</p><p>Ci aiuterebbe moltissimo una valutazione a <b>cinque stelle</b> su <a href=\"https://www.amazon.it/review/create-review\">la pagina delle recensioni del suo ordine su Amazon</a>.</p><p>Candele del Borgo</p>", ["BSM206"],
   "Asks for a five-star rating.")

_m(29, "order-problem", "text", "Ordine {o} - prodotto esaurito",
   "Buongiorno,\n\nla sedia da ufficio ergonomica dell'ordine {o} è purtroppo esaurita e il produttore non la riassortirà. Abbiamo già rettificato l'importo dell'ordine per indisponibilità del prodotto.\n\nPer chiudere la pratica senza lungaggini, la cosa più veloce è che lei richieda l'annullamento direttamente dalla sezione \"I miei ordini\".\n\nCordiali saluti,\nUfficioComfort", ["BSM108"],
   "Advises the buyer to cancel themselves because of no stock (amount adjusted).")

_m(30, "order-problem", "text", "Ordine {o}",
   "Gentile Cliente,\n\ncon rammarico le comunichiamo che il frullatore a immersione ordinato ({o}) risulta esaurito presso il nostro distributore.\n\nLe saremmo grati se volesse inviarci una richiesta di annullamento tramite il suo account Amazon.\n\nDistinti saluti,\nCasalinghi Gatti", ["BSM107", "BSM108"],
   "Asks for a cancellation request without confirming the adjustment.")

_m(31, "delivery-delay", "text", "Ordine {o} - ritardo",
   "Buongiorno,\n\nle lenzuola in lino (ordine {o}) verranno spedite il 17 dicembre invece del 13. Grazie per la pazienza.\n\nTessitura Valtellina\n\nNon vuoi più ricevere i nostri messaggi? Rispondi con CANCELLAMI e ti togliamo dalla lista.", ["BSM305"],
   "Opt-out instruction by reply keyword.")

_m(32, "delivery-delay", "text", "Ordine {o} - casino col fornitore",
   "Ciao,\n\nti dico come stanno le cose: quel cazzo di fornitore ci ha mandato i pezzi sbagliati per la tua bici (ordine {o}), quindi partiamo il 21 dicembre e non prima. Scusa per 'sta rottura.\n\nDavide - BiciOfficina", ["BSM306"],
   "Italian profanity in a delay notice.")

_m(33, "delivery-delay", "text", "Bestellung {o} - Lieferverzögerung",
   "Guten Tag,\n\nleider wird der Espressokocher aus Ihrer Bestellung {o} erst am 16. Dezember statt am 11. Dezember versendet. Wir bitten um Entschuldigung.\n\nMit freundlichen Grüßen\nCaffè Moretti", ["BSM104"],
   "Whole message in German to an it-IT buyer.")

_m(34, "reply", "text", "Re: misura della giacca - {o}",
   "Buongiorno,\n\nper il cambio taglia della giacca (ordine {o}) mi chiami pure sul cellulare, 347 812 6690, così facciamo prima.\n\nCordialità,\nRoberta - Moda Verona", ["BSM309"],
   "Mobile number in national format.")

_m(35, "additional-information", "text", "Ordine {o} - indirizzo incompleto",
   "Salve,\n\nnell'indirizzo di consegna dell'ordine {o} manca il numero civico. Può rispondere qui oppure chiamare il nostro servizio clienti al +39 02 8734 1120.\n\nGrazie,\nDistribuzione Lombarda", ["BSM309"],
   "Phone number in international format.")

_m(36, "reply", "text", "Re: foto del difetto - {o}",
   "Buongiorno,\n\nle foto del difetto (ordine {o}) ce le può mandare a assistenza@vetreriamuranese.it, è più comodo per noi.\n\nGrazie,\nVetreria Muranese", ["BSM308"],
   "Plain e-mail address.")

_m(37, "return-follow-up", "text", "Reso ordine {o}",
   "Buongiorno,\n\nper completare il reso (ordine {o}) ci mandi per favore una foto del codice lotto sulla confezione a resi chiocciola dispensa-toscana punto it.\n\nGrazie,\nLa Dispensa Toscana", ["BSM308"],
   "Obfuscated e-mail address (chiocciola / punto).")

_m(38, "reply", "html", "Re: manutenzione - {o}",
   "<p>Buongiorno,</p><p>per la cura del coltello in acciaio al carbonio (ordine {o}) trova tutti i consigli nella <a href=\"https://www.coltelleria-maniago.it/guida-manutenzione-lame\">guida alla manutenzione delle lame sul nostro sito</a>.</p><p>Saluti,<br>Coltelleria Maniago</p>", ["BSM302"],
   "Descriptive https link to the seller's site.")

_m(39, "review-request", "html", "La sua recensione - ordine {o}",
   "<p>Buongiorno,</p><p>se vuole condividere la sua esperienza con il set di attrezzi da giardino (ordine {o}), può farlo su <a href=\"http://www.amazon.it/review/create-review\">la pagina delle recensioni del suo ordine su Amazon</a>.</p><p>Grazie,<br>Giardino Facile</p>", ["BSM301"],
   "Insecure http link to Amazon with descriptive text.")

_m(40, "reply", "html", "Re: colore della teiera - {o}",
   "<p>Buongiorno Sig. De Luca,</p><p>le mandiamo una foto della teiera che ha ordinato con l'ordine {o}. Il verde è proprio quello, con riflessi più chiari alla luce del sole.</p><p><img src=\"https://img.terrecotte-vietri.it/catalogo/teiera-ceramica-verde-salvia.jpg\" alt=\"Teiera in ceramica verde salvia\" width=\"320\"></p><p>Terrecotte Vietri</p>", ["BSM310"],
   "Photo of the purchased product.")

_m(41, "delivery-delay", "html", "Chiusura per ferie - ordine {o}",
   "<p>Buongiorno,</p><p>il laboratorio resta chiuso dal 23 dicembre al 6 gennaio, quindi l'ordine {o} partirà il 7 gennaio.</p><p><img src=\"https://images.stock-example.com/montagne-innevate-dolomiti.jpg\" alt=\"Montagne innevate al tramonto\" width=\"400\"></p><p>Buone feste,<br>Legno Vivo</p>", ["BSM311"],
   "Unrelated stock image (snowy mountains).")

_m(42, "review-request", "html", "Ordine {o} - recensione",
   "<p><img src=\"https://static.pastificio-aurelio.it/logo-pastificio-aurelio.png\" width=\"150\"></p><p>Buongiorno,</p><p>ha ricevuto la sua pasta di Gragnano (ordine {o}) da qualche giorno. Se le va, può lasciare un parere su <a href=\"https://www.amazon.it/review/create-review\">la pagina delle recensioni del suo ordine su Amazon</a>.</p><p>Pastificio Aurelio</p>", ["BSM402"],
   "Shop logo image without an alt attribute.")

_m(43, "delivery-delay", "text", "Ordine {o} - un paio di giorni in più",
   "Ciao!\n\nLa collana incisa (ordine {o}) parte il 15 dicembre, con due giorni di ritardo: sotto Natale siamo sommersi 😅 Grazie della pazienza!\n\nAlice - Argento Vivo", ["BSM403"],
   "Emoji in a delay notice.")

_m(44, "additional-information", "text", "Ordine {o} - nome da ricamare",
   "Buongiorno,\n\nper l'accappatoio ricamato dell'ordine {o} ci conferma che il nome è \"Nicolò\" con l'accento? ;)\n\nGrazie,\nRicami Bellagio", ["BSM403"],
   "Emoticon ;) in an information request.")

_m(45, "delivery-delay", "html", "Ritardo ordine {o}",
   "<style>h1{font-size:26px} h3{font-size:17px} p.testo{font-size:15px} p.nota{font-size:10px}</style><h1>Spedizione posticipata</h1><h3>Ordine {o}</h3><p class=\"testo\">Il suo orologio da parete partirà il 18 dicembre anziché il 12. Ci scusiamo per l'attesa.</p><p class=\"nota\">Orologeria Ticino</p>", ["BSM410"],
   "Style block with four explicit font sizes.")

_m(46, "delivery-delay", "html", "Ordine {o} - nuova data di spedizione",
   "<p>Buongiorno,</p><p>la batteria di pentole (ordine {o}) verrà spedita il 16/12 invece del 12/12.<br><br><br>Ci scusiamo per l'inconveniente.</p><p>Cucina Italiana Shop</p>", ["BSM412"],
   "Three <br> in a row in HTML.")

_m(47, "invoice", "text", "[Importante] Fattura ordine {o}",
   "Buongiorno,\n\nin allegato la fattura n. 2026/0715 per l'ordine {o}.\n\nCordiali saluti,\nAmministrazione Enoteca del Chianti\nP.IVA IT 06123450482", ["BSM110"],
   "[Importante] tag on an invoice.")

_m(48, "review-request", "text", "Ordine {o} - recensione",
   "Ciao,\n\nse vuoi lasciare una recensione sullo zaino (ordine {o}), la trovi qui: https://www.amazon.it/review/create-review\n\nGrazie,\nZaini Dolomiti", ["BSM401"],
   "Bare URL as the link.")

# ------------------------------------------------------------ variants (2)
_m(49, "review-request", "html", "La sua esperienza con l'ordine {o}",
   "<p><a href=\"https://www.salumificio-valnure.it\"><img src=\"https://www.salumificio-valnure.it/img/logo-salumificio-valnure.png\" alt=\"Logo Salumificio Valnure\" width=\"160\"></a></p><p>Gentile Cliente,</p><p>se lo desidera, può lasciare un parere sul cesto di salumi dell'ordine {o} su <a href=\"https://www.amazon.it/review/create-review\">la pagina delle recensioni del suo ordine su Amazon</a>.</p><p>Salumificio Valnure</p>", ["BSM302", "BSM304"],
   "Shop logo linked to the seller's website.")

_m(50, "delivery-delay", "html", "Ordine {o} - ritardo",
   "<div style=\"font-family: Arial, Helvetica, sans-serif; color: #444444; line-height: 1.6; text-align: center;\"><p>Buongiorno,</p><p>il tappeto berbero dell'ordine {o} verrà spedito il 19 dicembre invece del 14. Ci scusiamo per il ritardo.</p><p>Tappeti d'Oriente Parma</p></div>", ["BSM407", "BSM408", "BSM409", "BSM411"],
   "Builder styles: font-family, colour, line-height and centred text.")
