"""v16 Italian messages (it-IT)."""
LANG, LOC, PFX = "it", "it-IT", "474"


def _oid(n):
    a = (1187243 + n * 104729) % 9000000 + 1000000
    b = (3390017 + n * 611953) % 9000000 + 1000000
    return "%s-%07d-%07d" % (PFX, a, b)


MESSAGES = []


def _m(n, typ, fmt, subject, body, expected, note):
    o = _oid(n)
    MESSAGES.append({
        "id": "v16-%s-%03d" % (LANG, n), "language": LANG, "locale": LOC,
        "type": typ, "format": fmt, "subject": subject.replace("{o}", o),
        "body": body.replace("{o}", o).replace("{x}", o.replace("-", "")),
        "order_id": o, "expected": sorted(expected), "note": note})


_m(1, "delivery-delay", "text", "Ordine {o}: spedizione posticipata",
   "Gentile Sig.ra Ferraro,\n\nla cornice in noce che ha ordinato richiede ancora qualche giorno di essiccazione: partirà giovedì 17 dicembre anziché lunedì 14.\n\nCi scusiamo per l'attesa.\n\nCordiali saluti,\nBottega Legno Vivo – Lucca",
   [], "Clean plain-text delivery delay.")
_m(2, "delivery-delay", "html", "Aggiornamento sull'ordine {o}",
   "<p>Buongiorno Sig. Colombo,</p><p>il nostro fornitore di ceramiche ci ha consegnato in ritardo: il servizio di piatti <strong>Amalfi 18 pezzi</strong> verrà spedito il <strong>21/12/2026</strong>.</p><p>Ci scusiamo per il disagio.</p><p>Lo staff di Ceramiche Solari<br><small>Ceramiche Solari S.r.l. – Via Roma 42, 84011 Amalfi (SA)</small></p>",
   [], "Clean builder-HTML delivery delay.")
_m(3, "order-problem", "text", "[Importante] Ordine {o}: articolo non disponibile",
   "Buongiorno Sig. Greco,\n\npurtroppo la moka da 6 tazze in acciaio è risultata esaurita e non possiamo spedirla. L'importo dell'ordine {o} è stato rettificato (motivo: articolo non disponibile) e i 34,50 € Le verranno riaccreditati entro pochi giorni.\n\nCi scusiamo,\nServizio clienti CaffèCasa",
   [], "Clean order problem with [Importante], amount adjusted.")
_m(4, "additional-information", "text", "Incisione – ordine {o}",
   "Ciao Giulia,\n\nper procedere con l'incisione del portachiavi ci serve il testo preciso (massimo 12 caratteri) e la scelta del carattere: stampatello o corsivo?\n\nAppena ci rispondi, lo mettiamo in lavorazione.\n\nGrazie,\nMatteo – Laboratorio Cuoio & Co.",
   [], "Clean request for information needed to complete the order.")
_m(5, "return-follow-up", "text", "Il Suo reso – ordine {o}",
   "Gentile Sig.ra Ricci,\n\nabbiamo visto le foto della borsa con la cucitura allentata. Invece del reso, possiamo proporLe un rimborso parziale di 15,00 € e Lei tiene l'articolo. Le andrebbe bene?\n\nCordialmente,\nPelletteria Arno",
   [], "Clean return follow-up offering a partial refund.")
_m(6, "return-follow-up", "text", "Reso ordine {o}",
   "Buongiorno,\n\nper completare il reso del frullatore può indicarci se è stato usato e se nella scatola ci sono tutti gli accessori (caraffa, coperchio, lama di ricambio)?\n\nBuona giornata,\nAssistenza ElettroPiù",
   [], "Clean return follow-up asking for information.")
_m(7, "invoice", "text", "Fattura n. 2026/FE/0871 – ordine {o}",
   "Gentile Sig. Bianchi,\n\nin allegato trova la fattura n. 2026/FE/0871 relativa all'ordine {o}, per un totale di 189,00 € IVA inclusa (IVA 22 %: 34,08 €).\n\nCordiali saluti,\nAmministrazione – Tessiture Bianchi & Figli S.r.l.\nVia Manzoni 15, 22100 Como (CO)\nP.IVA IT 03456780134 – C.F. 03456780134 – REA CO-312456",
   [], "Clean invoice with P.IVA, REA and slashed invoice number.")
_m(8, "review-request", "text", "Ordine {o}: la Sua opinione",
   "Buongiorno Sig.ra Marino,\n\nil quaderno in carta di Amalfi Le è arrivato da qualche giorno. Se ha tempo, può lasciare una recensione del prodotto su Amazon: positiva o negativa, aiuta chi deve ancora acquistare.\n\nUn saluto,\nCartoleria del Borgo",
   [], "Clean neutral review request.")
_m(9, "review-request", "html", "Ordine {o} – com'è andata?",
   "<p><img src=\"https://cdn.saponificio-gargano.it/img/logo-saponificio-gargano.png\" alt=\"Logo Saponificio del Gargano\" width=\"160\"></p><p>Buongiorno,</p><p>ha ricevuto le saponette all'olio d'oliva (ordine {o}). Ci farebbe piacere conoscere la Sua opinione, qualunque essa sia.</p><p><a href=\"https://www.amazon.it/review/create-review?asin=B0CY34IT56\">Scrivi una recensione su Amazon</a></p><p>Saponificio del Gargano</p>",
   [], "Clean HTML review request with logo and descriptive Amazon link.")
_m(10, "delivery-scheduling", "text", "Consegna del divano – ordine {o}",
   "Buongiorno Sig. e Sig.ra Esposito,\n\nil divano tre posti (78 kg) verrà consegnato dal nostro corriere su appuntamento. Quale fascia preferite?\n- martedì 15 dicembre, 8:00–12:00\n- mercoledì 16 dicembre, 14:00–18:00\n\nIndicateci anche il piano e se c'è l'ascensore.\n\nCordiali saluti,\nArredi Esposito",
   [], "Clean scheduling of a bulky delivery.")
_m(11, "home-service-appointment", "text", "Montaggio condizionatore – ordine {o}",
   "Gentile Sig. Conti,\n\nil nostro tecnico può venire a installare il climatizzatore lunedì 14/12 dalle 9:00 alle 11:00 oppure venerdì 18/12 dalle 14:30 alle 16:30. Quale appuntamento preferisce?\n\nCordialmente,\nClima Service Conti – ufficio interventi",
   [], "Clean home-service appointment.")
_m(12, "custom-design-verification", "html", "Bozza da approvare – ordine {o}",
   "<p>Ciao Francesca,</p><p>in allegato trovi la bozza grafica (bozza_partecipazioni_Sofia_Luca.pdf) delle partecipazioni di nozze. Controlla bene i nomi, la data (sabato 12 giugno 2027) e l'indirizzo della chiesa.</p><p>Rispondici «OK per la stampa» oppure con le correzioni.</p><p>Elena<br>Studio Grafico Carta Bianca</p>",
   [], "Clean custom design proof.")
_m(13, "fulfillment-question", "text", "Codice del portone – ordine {o}",
   "Buongiorno,\n\nil corriere segnala un citofono con codice al Condominio Le Magnolie, scala C. Può comunicarci il codice d'accesso per il collo rif. SPD-55120/C (ordine {o})?\n\nGrazie,\nLogistica Orto Facile",
   [], "Clean door-code question with references.")
_m(14, "reply", "text", "Re: domanda su «Cast Iron Skillet 28 cm»",
   "Ciao Marco,\n\nsì, la «Cast Iron Skillet 28 cm» dell'ordine {o} va bene anche sul piano a induzione; il nome è in inglese perché l'ha scelto il produttore, ma le istruzioni sono anche in italiano.\n\nBuona cucina,\nChiara, La Dispensa Toscana",
   [], "Clean reply quoting an English product title.")
_m(15, "reply", "text", "Re: guasto asciugacapelli – {o}",
   "Gentile Sig.ra Gallo,\n\nl'asciugacapelli è ancora coperto dalla garanzia del produttore (24 mesi). Per l'assistenza in garanzia può contattare il numero verde del produttore Ventus, 800 123 456 (linea garanzia del produttore).\n\nCordiali saluti,\nElettroPiù Torino",
   [], "Clean reply with manufacturer's warranty hotline marked as such.")
_m(16, "reply", "html", "Re: ordine {o}",
   "<p>Gentile Sig. Lombardi,</p><p>le gambe del tavolo sono incluse nella confezione insieme a viti e brugola: non serve acquistare altro.</p><p>Distinti saluti,<br>Silvia Moretti<br>Responsabile assistenza clienti</p><p><small>Mobili Moretti S.r.l. – Via dell'Industria 8, 33170 Pordenone (PN) – P.IVA 01234560937 – Capitale sociale 50.000 € i.v.</small></p>",
   [], "Clean reply with a company footer.")
_m(17, "reply", "text", "Re: rimborso ordine {o}",
   "Buongiorno,\n\nabbiamo ricevuto il Suo reso n. RES-2026-4471 il 02/12/2026 alle 11:15. Il rimborso di 62,40 € è stato avviato lo stesso giorno; servono 3–5 giorni lavorativi. Tracking del reso: BRT 071234567890.\n\nCordiali saluti,\nDavide – Sportiva Dolomiti",
   [], "Clean reply with return/tracking numbers, dates, time, amount.")
_m(18, "fulfillment-question", "text", "Il tuo pacco {o}",
   "Ciao Sara,\n\nbuone notizie: il pacco è uscito dal nostro magazzino stamattina ed è stato affidato a GLS. Dovrebbe arrivare entro 48 ore.\n\nA presto,\nGioielli Selene",
   ["BSM201"], "Shipment confirmation.")
_m(19, "fulfillment-question", "html", "Ordine {o} ricevuto",
   "<p>Buongiorno,</p><p>abbiamo ricevuto il Suo ordine {o} e lo stiamo già preparando con cura.</p><p>Lo staff di Tè & Tisane</p>",
   ["BSM201"], "Order received and being prepared.")
_m(20, "reply", "text", "Grazie! – {o}",
   "Ciao Alessia,\n\ngrazie di cuore per il tuo ordine {o}, per noi è davvero importante.\n\nUn abbraccio,\nMarta e Paolo – La Candela Rossa",
   ["BSM202"], "Thanks only.")
_m(21, "reply", "text", "Ordine {o}",
   "Buongiorno,\n\nper qualsiasi problema con l'ordine {o} restiamo a Sua completa disposizione.\n\nCordiali saluti,\nBici Veloci",
   ["BSM202"], "Only the offer to help.")
_m(22, "delivery-delay", "text", "Ritardo – ordine {o}",
   "Gentile Sig. Romano,\n\nlo zaino verrà spedito il 19 dicembre anziché il 15, per un ritardo del fornitore.\n\nCordiali saluti,\nMontagna Outdoor\n\nP.S. Fino a domenica sconto del 20% su tutto il catalogo con il codice NEVE20!",
   ["BSM203"], "Discount code in a P.S.")
_m(23, "additional-information", "html", "Misura dell'anello – ordine {o}",
   "<p>Buongiorno,</p><p>può confermarci la misura (14 o 16) dell'anello dell'ordine {o}?</p><p>Intanto è uscita la nostra nuova collezione «Luna d'inverno»: seguici su Instagram e iscriviti alla newsletter per non perderti nulla.</p><p>Oreficeria Aurea</p>",
   ["BSM203"], "New collection, follow us and newsletter.")
_m(24, "review-request", "text", "Una recensione? – ordine {o}",
   "Ciao Luca,\n\nse lasci una recensione sulle cuffie, appena sarà pubblicata ti mandiamo un piccolo omaggio come ringraziamento.\n\nA presto,\nSuonoBox",
   ["BSM204"], "Small gift once the review is published.")
_m(25, "review-request", "text", "Ordine {o}",
   "Buongiorno,\n\nappena la Sua recensione sarà online su Amazon, ci mandi uno screenshot e Le rimborseremo l'intero importo.\n\nStaff GadgetPro",
   ["BSM204"], "Full refund once the review is online.")
_m(26, "reply", "text", "Re: la Sua valutazione – {o}",
   "Gentile Sig.ra Barbieri,\n\nil bollitore sostitutivo è già partito. Ora che il problema è risolto, potrebbe aggiornare o magari rimuovere la recensione a una stella?\n\nGrazie mille,\nCaffèCasa",
   ["BSM205"], "Asks to update or remove a one-star review.")
_m(27, "review-request", "text", "La Sua opinione – {o}",
   "Buongiorno,\n\nse è soddisfatto del tappetino yoga, lasci una recensione su Amazon. Se invece qualcosa non va, ci scriva prima di pubblicare: troveremo una soluzione.\n\nNamasté Shop Italia",
   ["BSM206"], "Review only if satisfied.")
_m(28, "review-request", "html", "Ordine {o} – 5 stelle?",
   "<p>Ciao,</p><p>ti piace la nuova padella? Un clic su 5 stelle per noi vale oro!</p><p>Cucina Più</p>",
   ["BSM206"], "Asks for five stars.")
_m(29, "order-problem", "text", "[Importante] Articolo esaurito – ordine {o}",
   "Buongiorno,\n\nla cassa bluetooth ordinata non è più disponibile e non può essere spedita; l'importo dell'ordine {o} è stato rettificato per mancanza di scorte. La via più rapida è che annulli Lei stesso l'ordine dal Suo account.\n\nGrazie per la comprensione,\nSuonoBox",
   ["BSM108"], "Adjusted, but advises buyer to cancel.")
_m(30, "order-problem", "text", "Ordine {o}: articolo esaurito",
   "Gentile Sig. Fontana,\n\npurtroppo la poltrona in vimini è esaurita presso il produttore. Le saremmo grati se volesse inviare una richiesta di annullamento per l'ordine {o}.\n\nCordiali saluti,\nVimini & Co.",
   ["BSM107", "BSM108"], "Asks for cancellation, no adjustment confirmed.")
_m(31, "delivery-delay", "text", "Ordine {o} in ritardo",
   "Buongiorno,\n\ni canovacci ricamati partiranno il 22/12 e non il 16/12 come indicato.\n\nCordiali saluti,\nRicami d'Arte\n\nPer non ricevere più nostri messaggi, risponda STOP.",
   ["BSM305"], "Reply STOP opt-out.")
_m(32, "reply", "text", "Re: consegna {o}",
   "Buongiorno,\n\nquel cazzo di corriere ha perso di nuovo un pacco, siamo proprio incazzati. Le rispediamo la lampada oggi stesso, ordine {o}.\n\nGianni, Brocante Vintage",
   ["BSM306"], "Italian profanity.")
_m(33, "delivery-delay", "text", "Commande {o} – retard",
   "Bonjour,\n\nl'expédition de votre commande {o} est retardée d'environ une semaine. Nous vous prions de nous en excuser.\n\nCordialement,\nCucina Più",
   ["BSM104"], "Whole message in French to an Italian buyer.")
_m(34, "reply", "text", "Re: montaggio – {o}",
   "Gentile Sig. Rizzo,\n\nper il montaggio del letto a soppalco (ordine {o}) la cosa più semplice è chiamarci allo 0583 491 276, dal lunedì al venerdì.\n\nCordiali saluti,\nArredi Esposito",
   ["BSM309"], "Seller landline, national format.")
_m(35, "additional-information", "text", "Indirizzo incompleto – {o}",
   "Buongiorno,\n\nmanca il numero dell'interno nell'indirizzo dell'ordine {o}. Ce lo mandi pure su WhatsApp al +39 347 218 8056.\n\nGrazie,\nFiori di Sicilia",
   ["BSM309"], "Seller mobile, international format.")
_m(36, "reply", "text", "Re: fattura {o}",
   "Buongiorno,\n\nper domande sulla fattura (ordine {o}) scriva direttamente a amministrazione@tessiturebianchi.it, facciamo prima.\n\nCordiali saluti,\nTessiture Bianchi",
   ["BSM308"], "Plain e-mail address.")
_m(37, "return-follow-up", "text", "Reso {o}",
   "Buongiorno,\n\nper organizzare il reso, ci può mandare una foto della scatola? Indirizzo: assistenza chiocciola giochifurbi punto it.\n\nGrazie,\nGiochi Furbi",
   ["BSM308"], "Obfuscated e-mail (chiocciola / punto).")
_m(38, "delivery-delay", "html", "Ritardo ordine {o}",
   "<p>Buongiorno,</p><p>il puzzle da 1000 pezzi partirà con tre giorni di ritardo, il 18 dicembre.</p><p>Scopra gli altri puzzle nel <a href=\"https://www.puzzledelcastello.it/catalogo\">catalogo di Puzzle del Castello</a>.</p><p>Puzzle del Castello</p>",
   ["BSM302"], "https link to seller's site.")
_m(39, "return-follow-up", "html", "Reso – ordine {o}",
   "<p>Buongiorno,</p><p>per completare il reso, indichi il motivo nel <a href=\"http://www.amazon.it/gp/orc/returns/homepage.html\">Centro resi di Amazon</a>.</p><p>ElettroPiù Torino</p>",
   ["BSM301"], "http link to Amazon.")
_m(40, "delivery-delay", "html", "Ordine {o}: spedizione rinviata",
   "<p>Buongiorno,</p><p>il vaso in terracotta verrà spedito il 20/12.</p><p><img src=\"https://cdn.terrecotte-impruneta.it/prodotti/vaso-terracotta-30cm.jpg\" alt=\"Vaso in terracotta 30 cm\" width=\"300\"></p><p>Terrecotte dell'Impruneta</p>",
   ["BSM310"], "Photo of the purchased product.")
_m(41, "additional-information", "html", "Ordine {o} – una domanda",
   "<p>Buongiorno,</p><p>può confermarci il colore del filato (panna o grigio) per la coperta?</p><p><img src=\"https://cdn.bottegalana.it/immagini/albero-di-natale.jpg\" alt=\"Albero di Natale addobbato\" width=\"300\"></p><p>Bottega della Lana</p>",
   ["BSM311"], "Unrelated Christmas tree image.")
_m(42, "review-request", "html", "La Sua opinione – ordine {o}",
   "<p><img src=\"https://cdn.torrefazione-ducale.it/logo.png\" width=\"140\"></p><p>Buongiorno, il caffè Le è arrivato. Se vuole, può condividere la Sua opinione sulla <a href=\"https://www.amazon.it/review/create-review?asin=B0DK88CAFF\">pagina recensioni Amazon del prodotto</a>.</p><p>Torrefazione Ducale</p>",
   ["BSM402"], "Logo image without alt attribute.")
_m(43, "delivery-delay", "text", "Ordine {o} – piccolo ritardo",
   "Ciao,\n\nle pantofole partono lunedì 14 invece di venerdì 🚚 Grazie per la pazienza! 🙏\n\nPantofole di Casa",
   ["BSM403"], "Emoji in body.")
_m(44, "reply", "text", "Re: taglia – {o}",
   "Ciao Paolo,\n\nil maglione veste largo, meglio la M ;-) Abbiamo il tuo ordine {o} sotto mano.\n\nMaglieria Nonna Pina",
   ["BSM403"], "Emoticon ;-).")
_m(45, "delivery-delay", "html", "Ritardo ordine {o}",
   "<style>h1{font-size:24px} h2{font-size:17px} p{font-size:14px} .nota{font-size:9px}</style><h1>Piccolo ritardo</h1><h2>Ordine {o}</h2><p>L'orologio da parete partirà il 19 dicembre.</p><p class=\"nota\">Orologi d'Epoca S.r.l.</p>",
   ["BSM410"], "Four font sizes in a style block.")
_m(46, "additional-information", "text", "Nome da ricamare – {o}",
   "Buongiorno,\n\nquale nome desidera ricamato sull'accappatoio (ordine {o})?\n\n\n\nGrazie,\nRicami d'Arte",
   ["BSM412"], "Blank-line run in text.")
_m(47, "delivery-delay", "html", "Ordine {o}: ritardo",
   "<p>Buongiorno,</p><p>il tappeto verrà spedito il 23 dicembre.</p><p></p><p></p><p>Cordiali saluti,<br>Tappeti & Kilim</p>",
   ["BSM412"], "Empty paragraphs between paragraphs.")
_m(48, "invoice", "text", "[Importante] Fattura ordine {o}",
   "Buongiorno,\n\nin allegato la fattura n. 2026/112 dell'ordine {o}.\n\nCordiali saluti,\nSpezie Lucio – P.IVA 09876540012",
   ["BSM110"], "[Importante] on an invoice.")
_m(49, "return-follow-up", "html", "Reso – {o}",
   "<p>Buongiorno,</p><p>per stampare l'etichetta del reso dell'ordine {o} vada <a href=\"https://www.amazon.it/gp/css/returns/homepage.html\">qui</a> e ci dica se l'imballo originale è completo.</p><p>Giochi Furbi</p>",
   ["BSM401"], "Non-descriptive link text 'qui'.")
_m(50, "delivery-delay", "text", "Ritardo della Sua spedizione",
   "Buongiorno,\n\nil Suo ordine {x} (set di lenzuola in lino) partirà il 18 dicembre anziché il 12.\n\nCi scusiamo,\nLino & Lana",
   ["BSM102"], "Order number written without hyphens only.")
