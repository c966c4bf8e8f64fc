"""v2 blind evaluation set, Italian (it-IT). Standard library only."""

LANG = 'it'
_PREFIX = ('403', '405')


def _oid(i):
    a = _PREFIX[i % 2]
    b = (5820974 + i * 130267) % 9000000 + 1000000
    c = (4592307 + i * 6654413) % 9000000 + 1000000
    return f'{a}-{b:07d}-{c:07d}'


def P(*paras):
    return '\n\n'.join(paras)


_RAW = []


def add(type_, fmt, subject, body, expected, note, locale='it-IT'):
    _RAW.append((type_, fmt, subject, body, sorted(expected), note, locale))


# ---------------------------------------------------------------- 17 clean
add('delivery-delay', 'text', 'Ordine {OID} - aggiornamento sulla spedizione',
    P('Gentile Sig.ra Colombo,',
      'le scriviamo in merito all\'ordine {OID} (moka in alluminio da 6 tazze + guarnizioni di ricambio).',
      'A causa di un ritardo del nostro fornitore, la spedizione partirà giovedì 10 dicembre anziché '
      'lunedì 7. La consegna è ora prevista tra l\'11 e il 14/12/2026.',
      'Ci scusiamo per l\'attesa.',
      'Cordiali saluti,\nFederica Galli\nAssistenza clienti - Caffè & Dintorni'),
    [], 'Clean delivery delay in text with new dates.')

add('delivery-delay', 'html', 'Ritardo nella spedizione dell\'ordine {OID}',
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">\n<tr><td>\n'
    '<p>Buongiorno Sig. Marino,</p>\n'
    '<p>purtroppo il set di pentole antiaderenti del Suo ordine <strong>{OID}</strong> non potrà partire '
    'entro la data indicata: il lotto in arrivo dalla fabbrica ha subito un rallentamento in dogana.</p>\n'
    '<p>Nuova data di spedizione: <strong>mercoledì 16 dicembre 2026</strong>.<br>\n'
    'Consegna stimata: 18-19 dicembre.</p>\n'
    '<p>Può controllare lo stato dell\'ordine in qualsiasi momento nella '
    '<a href="https://www.amazon.it/gp/css/order-history">sezione I miei ordini di Amazon</a>.</p>\n'
    '<p>Un cordiale saluto,<br>\nDavide Ferri<br>\nCucina Italiana Store</p>\n'
    '</td></tr>\n</table>',
    [], 'Clean builder HTML delay with a descriptive https Amazon link.')

add('order-problem', 'text', '[Importante] Ordine {OID}: articolo non disponibile',
    P('Gentile Sig. Greco,',
      'siamo spiacenti di comunicarLe che la lampada da terra in ottone del Suo ordine {OID} non è più '
      'disponibile: l\'ultimo pezzo a magazzino è risultato danneggiato al controllo qualità e il '
      'produttore ha sospeso l\'articolo.',
      'Abbiamo pertanto rettificato l\'importo dell\'ordine per mancanza di disponibilità: l\'intero '
      'importo di 119,00 € Le viene rimborsato sul metodo di pagamento utilizzato, di norma entro 3-5 '
      'giorni lavorativi.',
      'Ci scusiamo per l\'inconveniente.',
      'Distinti saluti,\nMarco Rinaldi\nLuce & Design Srl'),
    [], 'Clean order problem with the amount adjusted; [Importante] allowed on this type.')

add('additional-information', 'text', 'Ordine {OID}: ci serve un\'informazione',
    P('Buongiorno Sig.ra Conti,',
      'per completare il Suo ordine {OID} (portachiavi in pelle con iniziali impresse) ci mancano le '
      'iniziali da imprimere: nel modulo d\'ordine il campo è rimasto vuoto.',
      'Può risponderci indicando fino a 3 lettere? Appena le riceviamo, procediamo con la lavorazione.',
      'Grazie e buona giornata,\nSilvia\nPelletteria Fiorentina'),
    [], 'Clean request for information needed to complete the order.')

add('return-follow-up', 'text', 'Reso ordine {OID} - proposta',
    P('Gentile Sig. Lombardi,',
      'abbiamo ricevuto la Sua richiesta di reso per il piumino matrimoniale dell\'ordine {OID}, per via '
      'di una piccola cucitura scucita su un angolo.',
      'Se preferisce tenerlo, possiamo offrirLe un rimborso parziale di 25,00 € sui 89,90 € pagati. In '
      'alternativa, il reso resta naturalmente possibile.',
      'Ci faccia sapere quale soluzione preferisce rispondendo a questo messaggio.',
      'Cordialmente,\nElena Moretti\nCasa & Riposo'),
    [], 'Clean return follow-up offering a partial refund.')

add('return-follow-up', 'html', 'Ordine {OID}: informazioni per il reso',
    '<p>Buongiorno Sig.ra Barbieri,</p>\n'
    '<p>per completare il reso dello spazzolino elettrico (ordine {OID}) abbiamo bisogno di due '
    'informazioni:</p>\n'
    '<ol>\n<li>il difetto riguarda la batteria o il motore?</li>\n'
    '<li>nella confezione sono presenti tutte e tre le testine?</li>\n</ol>\n'
    '<p>Con queste indicazioni potremo generare l\'etichetta di reso corretta.</p>\n'
    '<p>Grazie,<br>\nIl team di SorrisoPiù</p>',
    [], 'Clean HTML return follow-up asking for information to complete the return.')

add('invoice', 'text', 'Fattura ordine {OID}',
    P('Buongiorno,',
      'in allegato trova la fattura n. 2026/FE/0318 relativa all\'ordine {OID}, per un totale di 245,00 € '
      'IVA inclusa (imponibile 200,82 €, IVA 22% 44,18 €).',
      'Cordiali saluti,\nUfficio amministrazione',
      'Arredi Brianza S.r.l. - Via Nazionale dei Giovi 58, 20821 Meda (MB)\n'
      'P.IVA IT 07384920961 - C.F. 07384920961 - REA MB-1923456\n'
      'Capitale sociale 10.000,00 € i.v.'),
    [], 'Clean invoice with P.IVA, codice fiscale, REA and a slashed invoice number.')

add('review-request', 'text', 'Ordine {OID}: ci racconta com\'è andata?',
    P('Gentile Sig. Ricci,',
      'sono passati alcuni giorni dalla consegna del Suo zaino da trekking (ordine {OID}).',
      'Se ha un minuto, ci farebbe piacere leggere la Sua opinione sul prodotto e sul nostro negozio su '
      'Amazon: ogni recensione, positiva o negativa che sia, è utile ad altri clienti.',
      'Un saluto,\nAndrea\nMontagna Viva Outdoor'),
    [], 'Clean neutral review request in text.')

add('review-request', 'html', 'La Sua opinione sull\'ordine {OID}',
    '<p><img src="https://m.media-amazon.com/images/S/seller-logos/oleificio-santa-lucia.png" '
    'alt="Logo Oleificio Santa Lucia" width="180" height="60"></p>\n'
    '<p>Gentile Sig.ra Fontana,</p>\n'
    '<p>l\'olio extravergine del Suo ordine {OID} Le è stato consegnato la settimana scorsa.</p>\n'
    '<p>Se desidera, può lasciare una recensione dalla '
    '<a href="https://www.amazon.it/review/review-your-purchases">pagina Recensisci i tuoi acquisti su '
    'Amazon</a>. Ogni parere ci aiuta a migliorare.</p>\n'
    '<p>Cordiali saluti,<br>\nGiuseppe Caruso<br>\nOleificio Santa Lucia</p>',
    [], 'Clean HTML review request with the shop logo (alt names it) and a descriptive Amazon link.')

add('delivery-scheduling', 'text', 'Consegna armadio - ordine {OID}',
    P('Buongiorno Sig. Gallo,',
      'il Suo armadio a quattro ante (ordine {OID}, 3 colli, circa 140 kg) verrà consegnato dal nostro '
      'corriere per merci voluminose con consegna al piano.',
      'Le chiediamo di scegliere una di queste fasce orarie:\n'
      '- martedì 15/12, dalle 8:00 alle 12:00\n'
      '- mercoledì 16/12, dalle 14:00 alle 18:00\n'
      '- venerdì 18/12, dalle 8:00 alle 12:00',
      'Ci indichi anche il piano e se l\'edificio ha l\'ascensore.',
      'Grazie,\nRoberto Costa\nMobili Veneto Express'),
    [], 'Clean delivery scheduling for a bulky item with time slots.')

add('home-service-appointment', 'text', 'Appuntamento per il montaggio - ordine {OID}',
    P('Gentile Sig.ra De Luca,',
      'per il montaggio della cucina componibile del Suo ordine {OID} i nostri tecnici sono disponibili:',
      '- lunedì 21 dicembre, dalle 9:00 alle 13:00\n- martedì 22 dicembre, dalle 14:00 alle 18:00',
      'Ci conferma quale appuntamento preferisce? Il montaggio richiede circa mezza giornata.',
      'Cordiali saluti,\nFabio Mancini\nMontaggi Professionali Roma'),
    [], 'Clean home-service appointment with two dated slots.')

add('custom-design-verification', 'text', 'Bozza della Sua targa personalizzata - ordine {OID}',
    P('Buongiorno Sig. Esposito,',
      'in allegato trova la bozza grafica della targa in ottone del Suo ordine {OID}:\n'
      'testo "Studio Legale Esposito - Avvocati", carattere bastoni, incisione su due righe.',
      'La preghiamo di controllarla e di risponderci "approvata" oppure di indicarci le modifiche. Avvieremo '
      'l\'incisione solo dopo la Sua conferma.',
      'Cordiali saluti,\nChiara\nIncisioni Partenope'),
    [], 'Clean design proof attached for approval.')

add('fulfillment-question', 'html', 'Ordine {OID}: codice del cancello',
    '<p>Buongiorno Sig.ra Bruno,</p>\n'
    '<p>per la consegna dell\'ordine {OID} (rif. spedizione SPD-2026-55147, pratica n. 882/C) dalle note '
    'di consegna risulta che il Suo indirizzo di Bologna ha un cancello condominiale con codice.</p>\n'
    '<p>Potrebbe indicarci il codice di accesso e la scala o l\'interno?</p>\n'
    '<p>Grazie mille,<br>\nLuca Serra<br>\nLogistica - Ceramiche Faentine</p>',
    [], 'Clean fulfillment question about a gate code with reference numbers.')

add('reply', 'text', 'R: Domanda sull\'ordine {OID}',
    P('Buonasera Sig. Villa,',
      'sì, lo "Stainless Steel Garlic Press Pro" del Suo ordine {OID} si può lavare in lavastoviglie; il '
      'marchio è tedesco, ma le istruzioni nella confezione sono anche in italiano.',
      'Saluti,\nMatteo\nCasalinghi Milano'),
    [], 'Clean reply quoting an English product title inside Italian sentences.')

add('reply', 'text', 'R: Guasto alla macchina da caffè - ordine {OID}',
    P('Gentile Sig.ra Ferrara,',
      'ci dispiace che la macchina da caffè del Suo ordine {OID} perda acqua.',
      'Il prodotto è coperto dalla garanzia del produttore di 24 mesi. Per l\'assistenza in garanzia '
      'può rivolgersi direttamente al produttore:\n'
      'Numero verde assistenza garanzia del produttore Caffitalia: 800 912 345 (lun-ven 9:00-18:00)',
      'Tenga a portata di mano il numero d\'ordine e il numero di serie sotto la base.',
      'Cordiali saluti,\nStefano Greco\nEspresso Point'),
    [], 'Clean reply with the manufacturer\'s warranty toll-free line marked as such.')

add('reply', 'html', 'R: Materiale del tappeto - ordine {OID}',
    '<p>Gentile Sig. Martini,</p>\n'
    '<p>il tappeto del Suo ordine {OID} è in lana vergine al 100%, tessuto a mano; si consiglia la '
    'pulizia a secco professionale.</p>\n'
    '<p>Cordiali saluti,<br>\nAlessia Pellegrini<br>\nServizio clienti</p>\n'
    '<p><small>Tappeti d\'Oriente S.r.l. - Corso Vittorio Emanuele II 112, 10121 Torino (TO) - '
    'P.IVA 11872640015 - REA TO-1245789 - Cap. soc. 20.000,00 € i.v.</small></p>',
    [], 'Clean HTML reply with a company-details footer in <small>.')

add('reply', 'text', 'R: Stato del reso - ordine {OID}',
    P('Buongiorno Sig. Leone,',
      'ecco i dati del reso relativo all\'ordine {OID}:\n'
      '- numero di autorizzazione al reso: RMA-IT-2026-7731\n'
      '- codice di tracciamento del pacco di reso: 1Z84W9060393225417\n'
      '- ritiro a domicilio: giovedì 10/12/2026, dalle 9:00 alle 13:00',
      'Appena il pacco arriva al nostro magazzino e il prodotto viene controllato, Le rimborseremo 74,50 € '
      'entro 2 giorni lavorativi.',
      'Cordiali saluti,\nNicoletta Fabbri\nUfficio resi - TecnoCasa Online'),
    [], 'Clean reply with return and tracking numbers, dates, times and an amount.')

# ---------------------------------------------------------------- 31 violations
add('fulfillment-question', 'text', 'Il Suo ordine {OID} è partito',
    P('Gentile Sig.ra Rizzo,',
      'Le confermiamo che il pacco con il Suo ordine {OID} è uscito stamattina dal nostro magazzino di '
      'Piacenza ed è stato affidato al corriere BRT. La consegna è prevista in 24-48 ore.',
      'Cordiali saluti,\nBottega del Tè'),
    ['BSM201'], 'Shipping confirmation: left the warehouse, handed to the carrier.')

add('fulfillment-question', 'html', 'Abbiamo ricevuto il Suo ordine {OID}',
    '<p>Buongiorno Sig. Marchetti,</p>\n'
    '<p>il Suo ordine {OID} è arrivato correttamente e lo stiamo già preparando: a breve sarà '
    'imballato con cura nel nostro laboratorio.</p>\n'
    '<p>A presto,<br>\nLo staff di Cartoleria Artistica</p>',
    ['BSM201'], 'Order confirmation: received and being prepared.')

add('fulfillment-question', 'text', 'Ordine {OID}',
    P('Carissimo cliente,',
      'volevamo solo dirLe grazie di cuore per aver scelto i nostri prodotti con l\'ordine {OID}. Per una '
      'piccola azienda come la nostra ogni acquisto è una grande soddisfazione.',
      'Un grazie sincero da tutto lo staff di Saponificio Naturale Toscano'),
    ['BSM202'], 'Thanks only.')

add('fulfillment-question', 'text', 'Ordine {OID} - siamo qui per Lei',
    P('Buongiorno,',
      'se dovesse avere bisogno di qualsiasi cosa riguardo al Suo ordine {OID}, sappia che siamo sempre a '
      'disposizione tramite la messaggistica di Amazon.',
      'Buona giornata,\nIl team di Bici & Co.'),
    ['BSM202'], 'Only "we are available if you need anything".')

add('delivery-delay', 'text', 'Ordine {OID}: piccolo ritardo',
    P('Gentile Sig. Benedetti,',
      'il Suo tostapane (ordine {OID}) partirà venerdì 11 dicembre invece di martedì 8, per un ritardo nel '
      'riassortimento. Ci scusiamo per l\'attesa.',
      'Cordiali saluti,\nElettroCasa Sud',
      'P.S. Fino al 31/12 tutto il nostro catalogo è scontato del 20%: approfitti delle offerte di '
      'Natale!'),
    ['BSM203'], 'Permitted delay with a P.S. offering 20% off the whole catalogue.')

add('reply', 'html', 'R: Taglia delle scarpe - ordine {OID}',
    '<p>Gentile Sig.ra Gentile,</p>\n'
    '<p>le sneakers del Suo ordine {OID} calzano regolari: può scegliere la Sua misura abituale.</p>\n'
    '<p>Ha già visto la nostra nuova collezione primavera? Iscriviti alla nostra newsletter e seguici su '
    'Facebook e Instagram per scoprire in anteprima tutte le novità!</p>\n'
    '<p>Saluti,<br>\nPasso Leggero Calzature</p>',
    ['BSM203'], 'Reply promoting a new collection, the newsletter and social pages.')

add('review-request', 'text', 'Ordine {OID}: un pensiero per Lei',
    P('Gentile Sig. Testa,',
      'speriamo che il Suo macinacaffè (ordine {OID}) funzioni alla perfezione.',
      'Quando avrà pubblicato la Sua recensione su Amazon, ci scriva: Le invieremo un piccolo omaggio come '
      'ringraziamento per il tempo dedicato.',
      'Cordiali saluti,\nAroma Tostato'),
    ['BSM204'], 'A small gift once the review is published.')

add('review-request', 'html', 'Ordine {OID}: rimborso totale',
    '<p>Buongiorno Sig.ra Sala,</p>\n'
    '<p>grazie per aver acquistato il nostro siero viso (ordine {OID}).</p>\n'
    '<p>Appena la Sua recensione sarà visibile sulla pagina del prodotto, Le rimborseremo l\'intero '
    'importo dell\'acquisto.</p>\n'
    '<p>Un caro saluto,<br>\nBellezza Naturale Bio</p>',
    ['BSM204'], 'Full refund once the review is online.')

add('reply', 'text', 'R: Problema risolto - ordine {OID}',
    P('Gentile Sig. Ferraro,',
      'siamo contenti che con il nuovo alimentatore la Sua stampante (ordine {OID}) funzioni di nuovo.',
      'Visto che il problema è stato risolto, potrebbe gentilmente modificare la recensione da una stella '
      'che ha scritto, o magari eliminarla?',
      'Grazie,\nStampa Facile'),
    ['BSM205'], 'Asks to change or delete an existing one-star review.')

add('review-request', 'text', 'Ordine {OID}: è soddisfatto?',
    P('Gentile Sig.ra Monti,',
      'se il set di lenzuola in percalle (ordine {OID}) Le è piaciuto, saremmo felici di leggere una Sua '
      'recensione su Amazon.',
      'Se invece qualcosa non La convince, prima di lasciare un commento ci contatti: troveremo insieme '
      'una soluzione.',
      'Cordiali saluti,\nLino e Cotone'),
    ['BSM206'], 'Review asked only if satisfied; unhappy buyers steered to contact the seller.')

add('review-request', 'html', 'Ordine {OID}: cinque stelle?',
    '<p>Buongiorno Sig. Giordano,</p>\n'
    '<p>il Suo supporto per monitor (ordine {OID}) è stato consegnato qualche giorno fa.</p>\n'
    '<p>Siamo una piccola realtà artigiana: una valutazione a 5 stelle su Amazon per noi farebbe davvero '
    'la differenza.</p>\n'
    '<p>Grazie,<br>\nLegno Ufficio</p>',
    ['BSM206'], 'Asks for a five-star rating.')

add('order-problem', 'text', '[Importante] Ordine {OID}: prodotto esaurito',
    P('Gentile Sig.ra Longo,',
      'il robot da cucina del Suo ordine {OID} è esaurito presso il nostro distributore e non sappiamo '
      'quando tornerà disponibile. Abbiamo già rettificato l\'importo dell\'ordine indicando come motivo '
      'la mancanza di disponibilità.',
      'Per chiudere la pratica più in fretta, la cosa più semplice è che sia Lei ad annullare l\'ordine '
      'dalla sezione I miei ordini del Suo account Amazon.',
      'Cordiali saluti,\nCasa Chef Italia'),
    ['BSM108'], 'Amount adjusted, but the buyer is told to cancel because stock ran out.')

add('order-problem', 'text', 'Ordine {OID}: articolo terminato',
    P('Buongiorno Sig. D\'Angelo,',
      'purtroppo l\'ultima giacca impermeabile taglia L è stata venduta nel nostro negozio fisico prima '
      'che riuscissimo a evadere il Suo ordine {OID}.',
      'Le saremmo grati se volesse inviare una richiesta di annullamento dal Suo account Amazon.',
      'Ci scusi per il disagio,\nOutdoor Dolomiti'),
    ['BSM107', 'BSM108'], 'Asks the buyer to request cancellation for lack of stock, no adjustment confirmed.')

add('delivery-delay', 'text', 'Ordine {OID}: spedizione posticipata',
    P('Gentile Sig.ra Marini,',
      'il puzzle da 2000 pezzi del Suo ordine {OID} partirà il 15 dicembre invece del 9, perché il '
      'distributore ha consegnato in ritardo.',
      'Cordiali saluti,\nGiochi & Passatempi',
      'Per non ricevere più comunicazioni da parte nostra, risponda a questo messaggio scrivendo '
      '"CANCELLAMI".'),
    ['BSM305'], 'Delay with an opt-out instruction.')

add('reply', 'text', 'R: Cerniera rotta - ordine {OID}',
    P('Buongiorno Sig. Bianco,',
      'ha ragione, la cerniera della valigia del Suo ordine {OID} è difettosa. Quel cazzo di fornitore ci ha '
      'rifilato un intero lotto di cerniere di merda e siamo stufi.',
      'Le invieremo una valigia sostitutiva entro venerdì, senza alcun costo.',
      'Saluti,\nViaggi in Valigia'),
    ['BSM306'], 'Reply with Italian profanity about a supplier.')

add('delivery-delay', 'text', 'Pedido {OID}: retraso en el envío',
    P('Estimado cliente:',
      'Le informamos de que su cafetera (pedido {OID}) saldrá de nuestro almacén el 14 de diciembre en '
      'lugar del 7, por un retraso de nuestro proveedor.',
      'Disculpe las molestias.',
      'Un saludo,\nCaffè Roma Shop'),
    ['BSM104'], 'Message to an Italian buyer written in Spanish.')

add('reply', 'text', 'R: Configurazione della telecamera - ordine {OID}',
    P('Gentile Sig. Caputo,',
      'per configurare la telecamera Wi-Fi del Suo ordine {OID} ci chiami pure: il nostro ufficio tecnico '
      'risponde allo 011 4328 7765 oppure, dall\'estero, al +39 011 4328 7765. In alternativa può '
      'scrivere su WhatsApp al 347 918 2204.',
      'Cordiali saluti,\nSicurezza Casa Torino'),
    ['BSM309'], 'Seller\'s phone numbers in national, international and mobile formats.')

add('return-follow-up', 'text', 'Reso ordine {OID}: foto del difetto',
    P('Buongiorno Sig.ra Santoro,',
      'per completare il reso del Suo frullatore (ordine {OID}) ci servirebbero due foto del difetto. Può '
      'inviarle a resi@casalinghi-veneto.it indicando il numero d\'ordine?',
      'Grazie,\nCasalinghi Veneto'),
    ['BSM308'], 'Return follow-up with a plain e-mail address.')

add('reply', 'text', 'R: Scheda tecnica - ordine {OID}',
    P('Gentile Sig. Orlando,',
      'possiamo inviarLe la scheda tecnica completa della caldaia del Suo ordine {OID}: ci scriva a '
      'ufficiotecnico chiocciola termoidraulica-russo punto it.',
      'Cordiali saluti,\nTermoidraulica Russo'),
    ['BSM308'], 'E-mail address obfuscated with "chiocciola" and "punto".')

add('reply', 'html', 'R: Cura del legno - ordine {OID}',
    '<p>Gentile Sig.ra Valentini,</p>\n'
    '<p>per il tagliere in ulivo del Suo ordine {OID} basta un po\' di olio di vaselina una volta al '
    'mese.</p>\n'
    '<p>Trova tutti i consigli nella nostra guida: '
    '<a href="https://www.ulivoartigiano.it/guida/cura-del-legno-di-ulivo">guida alla cura del legno '
    'di ulivo</a>.</p>\n'
    '<p>Cordiali saluti,<br>\nUlivo Artigiano</p>',
    ['BSM302'], 'https link with descriptive text to the seller\'s own site.')

add('delivery-delay', 'html', 'Ordine {OID}: nuova data di spedizione',
    '<p>Buongiorno Sig. Cattaneo,</p>\n'
    '<p>la Sua poltrona relax (ordine {OID}) verrà spedita il 17 dicembre anziché il 10.</p>\n'
    '<p>Può seguire l\'ordine dalla '
    '<a href="http://www.amazon.it/gp/your-account/order-history">cronologia ordini di Amazon</a>.</p>\n'
    '<p>Cordiali saluti,<br>\nRelax Arredamenti</p>',
    ['BSM301'], 'Insecure http link to Amazon with descriptive text.')

add('review-request', 'html', 'Ordine {OID}: come si trova con il Suo zaino?',
    '<p>Gentile Sig.ra Morelli,</p>\n'
    '<p><img src="https://m.media-amazon.com/images/I/zaino-pelle-cognac-30l.jpg" '
    'alt="Zaino in pelle color cognac 30 litri" width="320" height="320"></p>\n'
    '<p>il Suo zaino (ordine {OID}) è arrivato una settimana fa. Se vuole, ci lasci una recensione su '
    'Amazon: ogni parere è benvenuto.</p>\n'
    '<p>Saluti,<br>\nCuoio Toscano</p>',
    ['BSM310'], 'Image of the purchased product.')

add('delivery-delay', 'html', 'Ordine {OID}: ritardo',
    '<p><img src="https://m.media-amazon.com/images/S/stock/albero-di-natale-luci.jpg" '
    'alt="Albero di Natale con luci" width="400" height="250"></p>\n'
    '<p>Gentile Sig. Pagano,</p>\n'
    '<p>la Sua stufa a pellet (ordine {OID}) partirà il 12 dicembre, con tre giorni di ritardo.</p>\n'
    '<p>Cordiali saluti,<br>\nCalore Domestico</p>',
    ['BSM311'], 'Stock Christmas-tree image unrelated to the shop.')

add('invoice', 'html', 'Fattura - ordine {OID}',
    '<p><img src="https://m.media-amazon.com/images/S/seller-logos/vetreria-murano-doge.png" '
    'width="150" height="50"></p>\n'
    '<p>Buongiorno,</p>\n'
    '<p>in allegato la fattura n. 1187 relativa al Suo ordine {OID}.</p>\n'
    '<p>Cordiali saluti,<br>\nVetreria Murano Doge</p>',
    ['BSM402'], 'Shop logo without an alt attribute.')

add('delivery-scheduling', 'text', 'Consegna lavatrice - ordine {OID}',
    P('Buongiorno Sig.ra Grassi,',
      'la Sua lavatrice (ordine {OID}) verrà consegnata su appuntamento. Preferisce giovedì 17 dicembre '
      'mattina o venerdì 18 pomeriggio? \U0001F69B\U0001F642',
      'Cordiali saluti,\nElettrodomestici Adriatico'),
    ['BSM403'], 'Delivery scheduling with emoji.')

add('additional-information', 'text', 'Ordine {OID}: colore del filo',
    P('Ciao Giulia,',
      'per ricamare il nome sull\'asciugamano del tuo ordine {OID} ci manca solo il colore del filo: oro, '
      'argento o blu notte? ;-)',
      'A presto,\nRicami di Nonna Rosa'),
    ['BSM403'], 'Information request with an emoticon.')

add('delivery-delay', 'html', 'Ritardo - ordine {OID}',
    '<style>\n  p { font-size: 15px; }\n  .titolo { font-size: 24px; }\n  .evidenza { font-size: 19px; }\n'
    '  .piede { font-size: 10px; }\n</style>\n'
    '<p class="titolo"><strong>Aggiornamento sul Suo ordine</strong></p>\n'
    '<p>Gentile Sig. Silvestri,</p>\n'
    '<p>la Sua impastatrice (ordine {OID}) verrà spedita con qualche giorno di ritardo, il:</p>\n'
    '<p class="evidenza"><strong>15/12/2026</strong></p>\n'
    '<p>Ci scusiamo per l\'attesa.</p>\n'
    '<p class="piede">Forno in Casa S.r.l. - P.IVA 09876543210</p>',
    ['BSM410'], 'Four explicit font sizes in a <style> block besides the default.')

add('additional-information', 'text', 'Ordine {OID}: misura dell\'anello',
    'Gentile Sig.ra Farina,\n\n'
    'per l\'anello inciso del Suo ordine {OID} ci occorre la misura (da 8 a 24).\n\n\n\n'
    'Senza questa informazione non possiamo avviare la lavorazione.\n\n'
    'Cordiali saluti,\nOreficeria Vicentina',
    ['BSM412'], 'Plain text with three blank lines in a row.')

add('delivery-delay', 'html', 'Ordine {OID} - spedizione rinviata',
    '<p>Buongiorno Sig. Fiore,</p>\n'
    '<p>la Sua scrivania regolabile (ordine {OID}) verrà spedita il 16 dicembre invece del 9.</p>\n'
    '<p><br></p>\n<p><br></p>\n<p><br></p>\n'
    '<p>Ci scusiamo per il contrattempo.</p>\n'
    '<p>Cordiali saluti,<br><br><br>\nUfficio Smart</p>',
    ['BSM412'], 'HTML with empty paragraphs and a run of three <br>.')

add('invoice', 'text', '[Importante] Fattura ordine {OID}',
    P('Buongiorno,',
      'in allegato la fattura n. 2026/0944 relativa al Suo ordine {OID}.',
      'Cordiali saluti,\nAmministrazione - Ferramenta Emiliana S.n.c.\nP.IVA 02468135790'),
    ['BSM110'], '[Importante] tag on an invoice.')

add('reply', 'html', 'R: Manuale d\'uso - ordine {OID}',
    '<p>Gentile Sig. Basile,</p>\n'
    '<p>il manuale del deumidificatore del Suo ordine {OID} è disponibile anche nella pagina del '
    'prodotto su Amazon. Per consultarlo, '
    '<a href="https://www.amazon.it/dp/B0C7K2M9QX">clicca qui</a>.</p>\n'
    '<p>Cordiali saluti,<br>\nClima Facile</p>',
    ['BSM401'], 'Link text "clicca qui".')

# ---------------------------------------------------------------- 2 that vary
add('delivery-delay', 'html', 'Ordine {OID}: aggiornamento',
    '<p>Gentile Sig.ra Caruso,</p>\n'
    '<p>il Suo servizio di piatti (ordine {OID}) verrà spedito il 14 dicembre invece del 7.</p>\n'
    '<p>Ci scusiamo per il ritardo.</p>\n'
    '<p>Cordiali saluti,<br>\nCeramiche di Deruta</p>\n'
    '<img src="https://mailtrack.newsletter-tool.it/o.gif?uid=83921&amp;msg=ord7731" width="1" height="1" '
    'alt="">',
    ['BSM307', 'BSM402'], 'Tracking pixel (1x1, tracking parameters) with an empty alt.')

add('reply', 'html', 'R: Dimensioni della borsa - ordine {OID}',
    '<p><a href="https://www.bottegadelcuoio-firenze.it"><img '
    'src="https://m.media-amazon.com/images/S/seller-logos/bottega-del-cuoio.png" '
    'alt="Logo Bottega del Cuoio" width="160" height="50"></a></p>\n'
    '<p>Gentile Sig. Palumbo,</p>\n'
    '<p>la borsa del Suo ordine {OID} misura 38 x 28 x 12 cm e ha una tracolla regolabile fino a '
    '120 cm.</p>\n'
    '<p>Cordiali saluti,<br>\nBottega del Cuoio</p>',
    ['BSM302', 'BSM304'], 'Shop logo linked to the seller\'s website.')


MESSAGES = []
for _i, (_t, _f, _s, _b, _e, _n, _l) in enumerate(_RAW, 1):
    _o = _oid(_i)
    MESSAGES.append({
        'id': f'v2-{LANG}-{_i:03d}', 'language': LANG, 'locale': _l, 'type': _t, 'format': _f,
        'subject': _s.replace('{OID}', _o), 'body': _b.replace('{OID}', _o), 'order_id': _o,
        'expected': _e, 'note': _n,
    })
