"""v7 blind evaluation set, Italian (it-IT)."""

LANG = "it"
PREFIX = "506"
_raw = []


def oid(n):
    return "%s-%07d-%07d" % (PREFIX, 2290561 + n * 3307, 8012374 + n * 1877)


def m(n, typ, fmt, subject, body, expected, note, locale="it-IT"):
    o = oid(n)
    if fmt == "text":
        body = body.replace("&amp;", "&").replace("&ndash;", "–").replace("&middot;", "·")
    _raw.append(dict(
        id="v7-%s-%03d" % (LANG, n), language=LANG, locale=locale, type=typ, format=fmt,
        subject=subject.replace("{O}", o).replace("{ON}", o.replace("-", "")),
        body=body.replace("{O}", o).replace("{ON}", o.replace("-", "")),
        order_id=o, expected=sorted(expected), note=note))


# ---------------- clean (17) ----------------
m(1, "delivery-delay", "text", "Ordine {O}: spedizione posticipata",
  "Gentile Sig.ra Ferrari,\n\nle scriviamo perché la moka da 6 tazze del suo ordine {O} non partirà nei tempi indicati: il lotto in arrivo dal produttore ha subito un ritardo in dogana.\n\nLa nuova data di spedizione è venerdì 18 dicembre 2026. Se preferisce non attendere, ci risponda pure a questo messaggio.\n\nCi scusiamo per il disagio.\nCordiali saluti,\nGiorgio Bassi\nCaffè & Dintorni", [],
  "Plain-text delivery delay with a new ship date.")
m(2, "delivery-delay", "html", "Aggiornamento sui tempi - ordine {O}",
  "<p>Buongiorno,</p>\n<p>il suo ordine <strong>{O}</strong> (set di 4 bicchieri in vetro soffiato) richiede qualche giorno in più: ogni pezzo è lavorato a mano e il forno del laboratorio è rimasto fermo per manutenzione.</p>\n<p>Spedizione prevista: <strong>mercoledì 16/12/2026</strong>.</p>\n<p>Grazie per la comprensione,<br>\nElisa &ndash; Vetreria Murano Arte</p>\n<p><small>Vetreria Murano Arte s.n.c. &ndash; Fondamenta dei Vetrai 42, 30141 Venezia (VE)</small></p>", [],
  "HTML delivery delay using only default size and small.")
m(3, "order-problem", "text", "[Importante] Ordine {O} - articolo non disponibile",
  "Gentile Sig. Romano,\n\npurtroppo lo zaino da trekking 45 L colore antracite non è più disponibile presso il nostro fornitore e non potremo spedirlo.\n\nAbbiamo già rettificato l'importo dell'ordine {O} (motivo: NoInventory): i 74,90 € non le verranno addebitati oppure le saranno riaccreditati entro 3-5 giorni lavorativi.\n\nCi scusi ancora,\nServizio clienti Montagna Viva", [],
  "Order problem with the amount adjusted; [Importante] allowed on this type.")
m(4, "additional-information", "text", "Personalizzazione mancante - ordine {O}",
  "Ciao Francesca,\n\nper preparare la tazza personalizzata del tuo ordine {O} ci serve la frase da stampare: nel campo note è rimasto solo «come da accordi».\n\nCi scrivi il testo esatto (massimo 40 caratteri) e il colore che preferisci tra nero e blu?\n\nGrazie mille,\nMarta di Tazze Creative", [],
  "Request for information needed to complete a personalised order.")
m(5, "return-follow-up", "text", "Il suo reso - ordine {O}",
  "Gentile Sig. Galli,\n\nabbiamo visto la richiesta di reso per la lampada da terra, segnalata con un graffio sulla base.\n\nSe preferisce tenerla, possiamo proporle un rimborso parziale di 20,00 €. Ci basta una sua conferma in risposta; in caso contrario procediamo normalmente con il reso.\n\nOrdine di riferimento: {O}\n\nCordiali saluti,\nLuca Marino\nLuce & Design Torino", [],
  "Return follow-up offering a partial refund.")
m(6, "return-follow-up", "text", "Reso in corso {O} - ci serve un'informazione",
  "Buongiorno,\n\nper completare il reso dell'ordine {O} avremmo bisogno di sapere se il difetto riguarda il cinturino o il quadrante dell'orologio, e se ha ancora la scatola originale.\n\nGrazie in anticipo,\nIl team di Orologeria Conti", [],
  "Return follow-up asking for the information needed to complete the return.")
m(7, "invoice", "text", "Fattura n. 2026/FE/00318 - ordine {O}",
  "Buongiorno,\n\nin allegato trova la fattura n. 2026/FE/00318 relativa all'ordine {O} del 3 dicembre 2026.\n\nImponibile: 163,93 €\nIVA 22%: 36,07 €\nTotale: 200,00 €\n\nCordiali saluti,\nUfficio amministrazione\nForniture Ufficio Rinaldi S.r.l.\nVia Emilia Ovest 118, 41123 Modena (MO)\nP.IVA IT02841370365 - C.F. 02841370365\nREA MO-334512 - Capitale sociale 10.000,00 € i.v.", [],
  "Invoice with P.IVA, C.F., REA and a slashed invoice number.")
m(8, "review-request", "text", "Com'è andata con l'ordine {O}?",
  "Buongiorno,\n\nqualche giorno fa le è arrivato il set di coltelli da cucina dell'ordine {O}.\n\nSe ha un momento, può lasciare una recensione del prodotto su Amazon, qualunque sia la sua opinione: aiuta altri clienti nella scelta.\n\nGrazie e buone feste,\nColtelleria Maniago Bellini", [],
  "Neutral plain-text review request.")
m(9, "review-request", "html", "Una recensione per l'ordine {O}?",
  "<p><img src=\"https://img.sartoriagentile.it/brand/logo-sartoria-gentile.png\" alt=\"Logo Sartoria Gentile\" width=\"170\" height=\"50\"></p>\n<p>Gentile cliente,</p>\n<p>la sciarpa in cashmere del suo ordine {O} è stata consegnata la settimana scorsa. Ci farebbe piacere conoscere la sua opinione, positiva o negativa che sia.</p>\n<p><a href=\"https://www.amazon.it/review/create-review?asin=B0D4RT8KXZ\">Scrivi una recensione su Amazon.it</a></p>\n<p>Un cordiale saluto,<br>\nAlessandra Gentile<br>\nSartoria Gentile</p>", [],
  "HTML review request with the shop logo (alt names shop) and a descriptive https Amazon link.")
m(10, "delivery-scheduling", "text", "Consegna del divano - ordine {O}",
  "Gentile Sig.ra Colombo,\n\nil divano tre posti del suo ordine {O} (95 kg, 2 colli) viene consegnato al piano da un corriere specializzato.\n\nLe proponiamo queste fasce orarie:\n- martedì 15 dicembre, 8:30-12:30\n- giovedì 17 dicembre, 14:00-18:00\n- sabato 19 dicembre, 8:30-12:30\n\nCi indichi anche il piano e se c'è l'ascensore.\n\nCordiali saluti,\nUfficio consegne Arredo Casa Brianza", [],
  "Delivery scheduling of a bulky item with dates and time slots.")
m(11, "home-service-appointment", "text", "Appuntamento per il montaggio - {O}",
  "Buongiorno Sig. Ricci,\n\ncon l'ordine {O} ha acquistato anche il montaggio della cucina componibile. Il nostro tecnico Davide è disponibile:\n\n- lunedì 21/12/2026 dalle 9:00 alle 13:00\n- martedì 22/12/2026 dalle 14:00 alle 18:00\n\nL'intervento dura circa quattro ore. Ci risponda con la fascia che preferisce e le confermiamo l'appuntamento.\n\nCordiali saluti,\nMontaggi Express Bologna", [],
  "Home-service appointment with dates and time windows.")
m(12, "custom-design-verification", "html", "Bozza grafica da approvare - ordine {O}",
  "<p>Ciao Giulia e Marco,</p>\n<p>in allegato trovate la bozza delle partecipazioni di nozze dell'ordine {O}: fronte con i vostri nomi in corsivo, retro con l'indirizzo della chiesa e del ricevimento.</p>\n<p>Controllate con calma data, orario (ore 11:00) e nomi, poi rispondeteci con <strong>«approvato»</strong> oppure con le correzioni. Andiamo in stampa solo dopo il vostro ok.</p>\n<p>A presto,<br>\nSilvia &ndash; Carta &amp; Inchiostro</p>", [],
  "Custom design proof sent for verification.")
m(13, "fulfillment-question", "text", "Citofono e scala per la consegna {O}",
  "Buongiorno,\n\nl'indirizzo dell'ordine {O} (rif. interno SP-2026-44107, Via dei Mille 27, 80121 Napoli) corrisponde a un palazzo con più scale, ma nell'ordine non risultano scala, interno né nome sul citofono.\n\nPer permettere al corriere di consegnare, ci può indicare scala, interno ed eventuale codice del portone?\n\nGrazie,\nMatteo &ndash; Enoteca Vesuviana", [],
  "Door-code question with reference numbers.")
m(14, "reply", "text", "Re: Domanda sulle cuffie - ordine {O}",
  "Buongiorno Sig. Fontana,\n\nsì, le «Noise Cancelling Studio Headphones Pro» dell'ordine {O} si collegano sia via Bluetooth sia con il cavo jack incluso. La custodia rigida è nella scatola, sotto il vassoio in cartone.\n\nBuona giornata,\nStefano &ndash; AudioPiù", [],
  "Reply quoting an English product title inside Italian sentences.")
m(15, "reply", "text", "Re: Lavatrice non parte - {O}",
  "Gentile Sig.ra Greco,\n\nci dispiace per il problema. La lavatrice dell'ordine {O} è coperta dalla garanzia del produttore fino a novembre 2028: il modo più rapido è contattare direttamente l'assistenza in garanzia del produttore.\n\nNumero assistenza garanzia del produttore Candy: 02 3600 7800 (lun-ven 8:30-18:00)\n\nTenga a portata di mano il numero di serie riportato sull'oblò. Se l'assistenza non dovesse intervenire, ci riscriva.\n\nCordiali saluti,\nElettroShop Puglia", [],
  "Reply giving the manufacturer's warranty line, marked as such.")
m(16, "reply", "html", "Re: Fattura intestata all'azienda - {O}",
  "<p>Gentile Dott. Moretti,</p>\n<p>abbiamo registrato i dati della sua azienda: la fattura elettronica dell'ordine {O} sarà intestata alla società e inviata tramite SDI con il codice destinatario che ci ha indicato.</p>\n<p>Cordiali saluti,<br>\nPaola Ferri<br>\nResponsabile assistenza clienti</p>\n<p><small>Informatica Ferri S.r.l. &ndash; Corso Vittorio Emanuele II 84, 10121 Torino (TO)<br>\nP.IVA e C.F. 09876540018 &ndash; REA TO-1122334 &ndash; Cap. soc. 50.000,00 € i.v.</small></p>", [],
  "Reply with a company-details footer (P.IVA, REA, share capital).")
m(17, "reply", "text", "Re: Reso del frullatore - {O}",
  "Buongiorno Sig. Barbieri,\n\necco i dati per il reso dell'ordine {O}:\n\n- numero autorizzazione reso: RMA-IT-20261207-077\n- etichetta prepagata Poste Italiane n. 1UW0 1234 5678 9, in allegato\n- da consegnare in un ufficio postale entro il 22/12/2026\n\nAppena il frullatore arriva nel nostro magazzino, le rimborsiamo 59,90 € entro 48 ore (le pratiche ricevute entro le 16:00 vengono lavorate in giornata).\n\nCordiali saluti,\nChiara &ndash; CasaChef Store", [],
  "Reply with return numbers, dates, times and amounts.")

# ---------------- violations (31) ----------------
m(18, "fulfillment-question", "text", "Il suo pacco è partito - {O}",
  "Buongiorno,\n\nle confermiamo che il pacco dell'ordine {O} è stato affidato stamattina al corriere BRT e ha lasciato il nostro magazzino di Verona.\n\nA presto,\nOrto Facile", ["BSM201"],
  "Shipment confirmation: handed to the carrier.")
m(19, "fulfillment-question", "html", "Ordine {O} ricevuto",
  "<p>Gentile Sig.ra Lombardi,</p>\n<p>abbiamo ricevuto il suo ordine {O} e lo stiamo già preparando: le candele saranno imballate con cura nella carta velina.</p>\n<p>Buona giornata,<br>\nCereria del Garda</p>", ["BSM201"],
  "Order confirmation: received and being prepared.")
m(20, "fulfillment-question", "text", "Grazie di cuore! - {O}",
  "Ciao Valentina,\n\ngrazie davvero per aver scelto noi per il tuo ordine {O}. Tutto il laboratorio ti ringrazia!\n\nUn abbraccio,\nSaponi di Sicilia", ["BSM202"],
  "Thanks-only message.")
m(21, "fulfillment-question", "text", "Ordine {O}",
  "Buongiorno,\n\nper qualsiasi cosa riguardi il suo ordine {O}, sappia che siamo a disposizione.\n\nCordiali saluti,\nBottega Verde Chianti", ["BSM202"],
  "Only offers help if anything comes up.")
m(22, "delivery-delay", "text", "Piccolo ritardo - ordine {O}",
  "Gentile Sig. Esposito,\n\nil suo ordine {O} partirà con due giorni di ritardo, giovedì 17 dicembre, perché stiamo aspettando le scatole regalo dal fornitore.\n\nCi scusiamo per l'attesa.\nTorrefazione Aurora\n\nP.S. Fino al 6 gennaio c'è il 20% di sconto su tutto il catalogo con il codice AURORA20.", ["BSM203"],
  "Delay message with a promotional P.S.")
m(23, "review-request", "text", "La sua opinione - ordine {O}",
  "Buongiorno,\n\nil suo ordine {O} è arrivato una settimana fa. Se vuole, può lasciare una recensione del prodotto su Amazon.\n\nNon perda la nostra nuova collezione primavera: iscriviti alla newsletter e seguici su Instagram!\n\nA presto,\nMaglieria Biellese", ["BSM203"],
  "Review request with newsletter, follow-us and new-collection promotion.")
m(24, "review-request", "text", "Due parole sull'ordine {O}?",
  "Gentile Sig.ra Bruno,\n\nle andrebbe di lasciare una recensione sul tappetino da yoga dell'ordine {O}? Appena la recensione è pubblicata, ci mandi uno screenshot: le spediamo un piccolo omaggio come ringraziamento.\n\nNamasté,\nYoga Natura", ["BSM204"],
  "Small gift once the review is published.")
m(25, "review-request", "text", "Ordine {O} - recensione",
  "Buongiorno,\n\nle proponiamo questo: se scrive una recensione sul caricatore portatile dell'ordine {O}, le rimborsiamo l'intero importo non appena la recensione compare online.\n\nCordiali saluti,\nEnergyBox Italia", ["BSM204"],
  "Full refund as soon as the review is online.")
m(26, "reply", "text", "Re: Tutto risolto? - {O}",
  "Gentile Sig. Caruso,\n\nsiamo contenti che il pezzo di ricambio della libreria (ordine {O}) sia arrivato e che il montaggio sia andato bene.\n\nA questo punto, sarebbe disposto a modificare o eliminare la recensione da una stella che aveva lasciato? Non rispecchia più la situazione.\n\nGrazie,\nMobili Fai da Te", ["BSM205"],
  "Asks to change or delete a one-star review.")
m(27, "review-request", "text", "Soddisfatto dell'ordine {O}?",
  "Buongiorno,\n\nse il tostapane dell'ordine {O} le piace, una recensione su Amazon ci farebbe un enorme piacere. Se invece qualcosa non va, ci scriva prima di recensire: troveremo insieme una soluzione.\n\nCordiali saluti,\nCucina Smart", ["BSM206"],
  "Review only if satisfied, otherwise contact the seller instead.")
m(28, "review-request", "html", "La sua recensione sull'ordine {O}",
  "<p>Buongiorno,</p>\n<p>grazie per aver scelto i nostri calzini in lana merino (ordine {O}).</p>\n<p>Una valutazione a cinque stelle su Amazon ci aiuterebbe moltissimo: siamo un piccolo laboratorio a conduzione familiare.</p>\n<p>Un caro saluto,<br>\nLanificio Valsesia</p>", ["BSM206"],
  "Asks for a five-star rating.")
m(29, "order-problem", "text", "[Importante] Prodotto esaurito - ordine {O}",
  "Gentile Sig.ra Gallo,\n\nla poltrona «Elba» in velluto ottanio è esaurita presso il produttore e non potrà essere spedita. Abbiamo rettificato l'importo dell'ordine {O} (motivo: NoInventory).\n\nPer chiudere la pratica più in fretta, la soluzione più rapida è che lei richieda direttamente l'annullamento da «I miei ordini» su Amazon.\n\nCordiali saluti,\nSalotti Moderni", ["BSM108"],
  "Advises the buyer to cancel herself; amount adjustment stated.")
m(30, "order-problem", "text", "Ordine {O} - scorte terminate",
  "Gentile Sig. Mancini,\n\npurtroppo abbiamo finito i trapani avvitatori TX-20 destinati al suo ordine {O}.\n\nLe saremmo grati se potesse inviare lei una richiesta di annullamento dell'ordine.\n\nCi scusiamo,\nFerramenta Mancini & Figli", ["BSM107", "BSM108"],
  "Asks for a cancellation request and does not say the amount was adjusted.")
m(31, "delivery-delay", "text", "Nuova data per l'ordine {O}",
  "Buongiorno,\n\nl'ordine {O} verrà spedito il 18/12/2026 anziché l'11/12, appena riceviamo il riassortimento.\n\nNon vuole più ricevere nostri messaggi? Risponda STOP.\n\nCordiali saluti,\nGastronomia Pugliese", ["BSM305"],
  "Opt-out instruction (reply STOP).")
m(32, "reply", "text", "Re: Pacco danneggiato - {O}",
  "Buongiorno,\n\nabbiamo visto le foto. Quel cazzo di corriere ci ha sfasciato un altro scatolone, è la terza volta questo mese.\n\nLe rispediamo un vaso nuovo per l'ordine {O} già domani.\n\nPaolo, Ceramiche di Deruta", ["BSM306"],
  "Italian profanity in a reply.")
m(33, "delivery-delay", "text", "Order {O} - delay",
  "Hello,\n\nUnfortunately your order {O} will ship a little later than expected, on 16 December, as our supplier is running behind.\n\nThanks for your patience.\n\nKind regards,\nLa Bottega del Legno", ["BSM104"],
  "Italian buyer locale, message written in English.")
m(34, "reply", "text", "Re: Misure della scrivania - {O}",
  "Gentile Sig.ra Costa,\n\nla scrivania dell'ordine {O} misura 140 x 70 cm, altezza 74 cm. Per altre domande può chiamarci allo 051 648 2270, dalle 9 alle 18.\n\nCordiali saluti,\nUfficio Facile Bologna", ["BSM309"],
  "Italian landline number in a reply.")
m(35, "reply", "text", "Re: Impostazione del termostato - {O}",
  "Buongiorno Sig. Giordano,\n\nper il termostato dell'ordine {O} basta tenere premuto il tasto MODE per 5 secondi. Se preferisce che la guidiamo passo passo, ci trova su WhatsApp al +39 347 218 5590.\n\nCordiali saluti,\nClima Service", ["BSM309"],
  "International-format Italian mobile number.")
m(36, "reply", "text", "Re: Taglia del copridivano - {O}",
  "Buongiorno,\n\nper il copridivano dell'ordine {O} ci mandi pure una foto del suo divano a info@copridivani-rossi.it e le diciamo se la taglia L va bene.\n\nCordiali saluti,\nCopridivani Rossi", ["BSM308"],
  "Plain e-mail address.")
m(37, "additional-information", "text", "Il suo logo per l'ordine {O}",
  "Buongiorno,\n\nper ricamare i grembiuli dell'ordine {O} ci serve il logo in alta risoluzione. Lo può spedire a grafica chiocciola ricamificio punto it, indicando il numero d'ordine.\n\nGrazie,\nRicamificio Lariano", ["BSM308"],
  "Obfuscated e-mail address with 'chiocciola' and 'punto'.")
m(38, "reply", "html", "Re: Cura del tagliere - {O}",
  "<p>Buongiorno,</p>\n<p>per il tagliere in ulivo dell'ordine {O} consigliamo di oliarlo una volta al mese.</p>\n<p>Trova tutti i consigli nella <a href=\"https://www.ulivoeartigiani.it/guide/cura-taglieri-ulivo\">guida alla cura dei taglieri sul nostro sito</a>.</p>\n<p>Cordiali saluti,<br>\nUlivo &amp; Artigiani</p>", ["BSM302"],
  "https link with descriptive text to the seller's own site.")
m(39, "delivery-delay", "html", "Ritardo di spedizione - ordine {O}",
  "<p>Buongiorno,</p>\n<p>l'ordine {O} verrà spedito con tre giorni di ritardo, sabato 19 dicembre.</p>\n<p>Può controllarne lo stato in <a href=\"http://www.amazon.it/gp/your-account/order-history\">I miei ordini su Amazon.it</a>.</p>\n<p>Cordiali saluti,<br>\nHi-Fi Corner</p>", ["BSM301"],
  "http link to Amazon with descriptive text.")
m(40, "delivery-delay", "html", "Il suo tappeto arriva un po' più tardi - {O}",
  "<p>Gentile Sig.ra Rizzo,</p>\n<p>il tappeto dell'ordine {O} partirà il 17/12/2026 invece del 12/12.</p>\n<p><img src=\"https://cdn.tappetiorientali.it/prodotti/tappeto-kilim-rosso-160x230.jpg\" alt=\"Tappeto kilim rosso 160 x 230 cm\" width=\"300\" height=\"200\"></p>\n<p>Ci scusiamo per l'attesa,<br>\nTappeti Orientali Milano</p>", ["BSM310"],
  "Image of the purchased product.")
m(41, "delivery-delay", "html", "Periodo intenso - ordine {O}",
  "<p>Buongiorno,</p>\n<p>con le feste il suo ordine {O} partirà il 19 dicembre invece del 15.</p>\n<p><img src=\"https://cdn.giocattolilegno.it/img/spiaggia-tramonto.jpg\" alt=\"Spiaggia al tramonto\" width=\"300\" height=\"200\"></p>\n<p>Buone feste,<br>\nGiocattoli in Legno Pinocchio</p>", ["BSM311"],
  "Stock beach image unrelated to the shop.")
m(42, "additional-information", "html", "Misura dell'anello - ordine {O}",
  "<p><img src=\"https://static.gioielleriamorandi.it/logo-gioielleria-morandi.png\" width=\"150\" height=\"50\"></p>\n<p>Buongiorno,</p>\n<p>per l'anello dell'ordine {O} ci conferma la misura? Nelle note ha scritto «14 o 15».</p>\n<p>Grazie,<br>\nGioielleria Morandi</p>", ["BSM402"],
  "Shop logo without an alt attribute.")
m(43, "delivery-delay", "text", "Un piccolo ritardo 🎄 - {O}",
  "Ciao Sara,\n\nil tuo ordine {O} parte lunedì 14 invece di venerdì, siamo sommersi dagli ordini di Natale 🙈\n\nGrazie per la pazienza!\nGiada, Candele Dolci", ["BSM403"],
  "Emoji in subject and body.")
m(44, "reply", "text", "Re: Colore del filato - {O}",
  "Ciao Andrea,\n\ntranquillo, il filato grigio perla è proprio quello del tuo ordine {O}, non il grigio fumo :)\n\nA presto,\nMerceria Lucia", ["BSM403"],
  "Text emoticon.")
m(45, "delivery-delay", "html", "Ordine {O} - nuova data",
  "<style>\n.titolo { font-size: 24px; }\n.testo { font-size: 17px; }\n.nota { font-size: 13px; }\n.piede { font-size: 9px; }\n</style>\n<p class=\"titolo\">Aggiornamento spedizione</p>\n<p class=\"testo\">Buongiorno, il suo ordine {O} verrà spedito il 16/12/2026.</p>\n<p class=\"nota\">Il ritardo dipende da un riassortimento arrivato tardi.</p>\n<p class=\"piede\">Casa Nordica S.r.l. &ndash; Via Tortona 31, 20144 Milano</p>", ["BSM410"],
  "Four explicit font sizes in a style block.")
m(46, "additional-information", "html", "Indirizzo di consegna - ordine {O}",
  "<p>Buongiorno,</p>\n<p>nell'indirizzo dell'ordine {O} manca il numero civico.<br><br><br><br>\nPuò indicarcelo entro mercoledì?</p>\n<p>Grazie,<br>\nBici Ricambi Veneto</p>", ["BSM412"],
  "Run of four <br> in HTML.")
m(47, "invoice", "text", "[Importante] Fattura 2026/FE/00412 - ordine {O}",
  "Buongiorno,\n\nin allegato la fattura n. 2026/FE/00412 per l'ordine {O}.\n\nCordiali saluti,\nAmministrazione Pelletteria Fiorentina S.r.l.\nP.IVA IT06123450481", ["BSM110"],
  "[Importante] on an invoice.")
m(48, "delivery-delay", "html", "Ritardo ordine {O}",
  "<p>Buongiorno,</p>\n<p>il suo ordine {O} verrà spedito il 17 dicembre anziché il 14.</p>\n<p>Per i dettagli dell'ordine <a href=\"https://www.amazon.it/gp/your-account/order-history\">clicca qui</a>.</p>\n<p>Cordiali saluti,<br>\nSport Dolomiti</p>", ["BSM401"],
  "Non-descriptive 'clicca qui' link text.")

# ---------------- varying (2) ----------------
m(49, "delivery-delay", "html", "Aggiornamento spedizione - {O}",
  "<p>Buongiorno Sig. De Luca,</p>\n<p>il suo ordine {O} sarà spedito martedì 15 dicembre, con quattro giorni di ritardo.</p>\n<p>Cordiali saluti,<br>\nEnoteca Langhe</p>\n<img src=\"https://px.mlstat-it.net/o.gif?uid=7734120&amp;cid=dec26\" width=\"1\" height=\"1\" alt=\"\">", ["BSM307", "BSM402"],
  "1x1 tracking pixel with empty alt.")
m(50, "review-request", "html", "Una recensione sull'ordine {O}?",
  "<p><a href=\"https://www.pastificiodeicolli.it\"><img src=\"https://www.pastificiodeicolli.it/img/logo-pastificio-dei-colli.png\" alt=\"Logo Pastificio dei Colli\" width=\"160\" height=\"50\"></a></p>\n<p>Buongiorno,</p>\n<p>la pasta dell'ordine {O} le è arrivata da qualche giorno. Se ha un momento, può lasciare una recensione del prodotto su Amazon.</p>\n<p>Cordiali saluti,<br>\nPastificio dei Colli</p>", ["BSM302", "BSM304"],
  "Shop logo linked to the shop's website.")

MESSAGES = _raw
