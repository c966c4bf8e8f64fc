"""v14 evaluation set, Italian (it-IT). Standard library only."""

LANG, LOCALE, PREFIX = "it", "it-IT", "454"
MESSAGES = []


def _oid(n):
    a = (n * 7368421 + 1234567) % 9000000 + 1000000
    b = (n * 3141593 + 7654321) % 9000000 + 1000000
    return "%s-%07d-%07d" % (PREFIX, a, b)


def M(type_, fmt, subject, body, expected, note):
    n = len(MESSAGES) + 1
    oid = _oid(n)
    sub = lambda s: s.replace("{OID}", oid).replace("{OIDNH}", oid.replace("-", ""))
    MESSAGES.append({
        "id": "v14-%s-%03d" % (LANG, n), "language": LANG, "locale": LOCALE,
        "type": type_, "format": fmt, "subject": sub(subject), "body": sub(body),
        "order_id": oid, "expected": sorted(expected), "note": note,
    })

# ---------------------------------------------------------------- clean (17)
M("delivery-delay", "text", "Ordine {OID}: spedizione posticipata di qualche giorno",
  "Gentile signora Ferrari,\n\nle scriviamo per avvisarla che le sue ciotole in ceramica smaltata a mano hanno bisogno di un secondo passaggio in forno: lo smalto blu della prima cottura non è venuto uniforme e non ce la sentiamo di spedirle così.\n\nLa nuova data di spedizione prevista è mercoledì 16 dicembre; la consegna dovrebbe avvenire entro venerdì 18. Se preferisce non attendere, ci risponda pure qui.\n\nCi scusi per l'attesa,\nGiulia e Marco\nCeramiche Sottoportico, Deruta",
  [], "Clean plain-text delay notice from a small ceramics workshop with a new date.")

M("delivery-delay", "html", "Aggiornamento sull'ordine {OID}",
  "<p>Buongiorno sig. Colombo,</p>\n<p>la lampada da terra in ottone che ha ordinato il 1° dicembre richiede più tempo del previsto per la verniciatura.</p>\n<table border=\"1\" cellpadding=\"5\">\n<tr><th>Articolo</th><th>Spedizione prevista</th></tr>\n<tr><td>Lampada Arco, ottone spazzolato</td><td>lunedì 14/12/2026</td></tr>\n</table>\n<p>L'ordine resta confermato e non deve fare nulla.</p>\n<p>Cordiali saluti,<br>\nElena Conti<br>\n<small>Assistenza clienti - Luce &amp; Forma Srl</small></p>",
  [], "Clean HTML delay notice with a simple table and small footer.")

M("order-problem", "text", "[Importante] Ordine {OID}: articolo non disponibile, importo rettificato",
  "Gentile cliente,\n\nci dispiace comunicarle che il set di pentole in rame da 5 pezzi del suo ordine {OID} non è più disponibile: l'ultimo set in magazzino è risultato danneggiato durante il controllo.\n\nAbbiamo quindi rettificato l'importo dell'ordine per mancanza di disponibilità dell'articolo: il rimborso completo di 189,00 € le verrà accreditato entro 3-5 giorni lavorativi sul metodo di pagamento utilizzato.\n\nCon le nostre scuse,\nRamerie Artigiane Toscane",
  [], "Clean order problem with [Importante] in the subject, confirming the amount was adjusted.")

M("additional-information", "text", "Misure per la tenda - ordine {OID}",
  "Buongiorno sig.ra Greco,\n\nper confezionare la tenda in lino su misura ci manca un dato: nell'ordine è indicata la larghezza (180 cm) ma non l'altezza desiderata.\n\nPuò risponderci con l'altezza in centimetri, misurata dal binario al pavimento? Ci dica anche se preferisce l'orlo a filo pavimento o sollevato di 1-2 cm.\n\nAppena ricevuta l'informazione mettiamo la tenda in lavorazione.\n\nGrazie,\nSara - Tessiture Lariane",
  [], "Clean request for measurements needed to make a made-to-measure order.")

M("return-follow-up", "text", "Reso dell'ordine {OID} - una proposta",
  "Gentile sig. Bruno,\n\nabbiamo ricevuto la sua richiesta di reso per la poltroncina da esterno con il graffio sul bracciolo.\n\nSe per lei va bene, possiamo proporle un rimborso parziale di 25,00 € e lei tiene la poltroncina, evitandole l'imballaggio e il ritiro. In alternativa procediamo con il reso completo come richiesto: ci faccia sapere cosa preferisce.\n\nCordialmente,\nLuca Rinaldi\nGiardino Mediterraneo",
  [], "Clean return follow-up offering a partial refund.")

M("return-follow-up", "html", "Il suo reso - ordine {OID}",
  "<p>Buongiorno,</p>\n<p>per completare la pratica di reso del frullatore ci serve un'informazione:</p>\n<ul>\n<li>il difetto riguarda il motore o la caraffa?</li>\n<li>ha ancora la confezione originale?</li>\n</ul>\n<p>Basta rispondere a questo messaggio; una foto del difetto ci aiuterebbe.</p>\n<p>Grazie mille,<br>Paola, ufficio resi Cucina Viva</p>",
  [], "Clean return follow-up asking for information to complete the return.")

M("invoice", "text", "Fattura ordine {OID}",
  "Buongiorno,\n\nin allegato trova la fattura n. 2026/FE/01947 relativa all'ordine {OID} del 2 dicembre 2026, importo totale 312,20 € IVA 22% inclusa (imponibile 255,90 €, IVA 56,30 €).\n\nLa fattura elettronica è stata trasmessa anche al Sistema di Interscambio con il codice destinatario da lei indicato.\n\nCordiali saluti,\nAmministrazione\n\nArredo Ufficio Brianza S.r.l. - Via Valassina 48, 20851 Lissone (MB)\nP.IVA e C.F. 09876543210 - REA MB-1876543 - Capitale sociale 50.000,00 € i.v.",
  [], "Clean invoice with invoice number with slashes, P.IVA, REA and Italian address.")

M("review-request", "text", "Com'è andata con l'ordine {OID}?",
  "Buongiorno sig.ra Marino,\n\nil suo cuscino in grano saraceno è arrivato da circa una settimana. Se ha qualche minuto, ci farebbe piacere leggere la sua opinione: può lasciare una recensione dalla sezione \"I miei ordini\" del suo account Amazon.\n\nOgni commento, positivo o negativo, ci aiuta a lavorare meglio.\n\nUn saluto,\nFrancesca - Laboratorio Dolce Riposo",
  [], "Clean neutral review request in plain text.")

M("review-request", "html", "La sua opinione sull'ordine {OID}",
  "<p><img src=\"https://media.oleificio-santamaria.it/logo-oleificio-santa-maria.png\" alt=\"Logo Oleificio Santa Maria\" width=\"170\" height=\"50\"></p>\n<p>Gentile sig. Gallo,</p>\n<p>il suo olio extravergine è stato consegnato la scorsa settimana. Se vuole, può raccontare la sua esperienza agli altri clienti:</p>\n<p><a href=\"https://www.amazon.it/review/create-review?asin=B0OLIO5L01\">Scrivi una recensione su Amazon</a></p>\n<p>Grazie dell'attenzione,<br>Oleificio Santa Maria</p>",
  [], "Clean HTML review request with shop logo and descriptive https Amazon link.")

M("delivery-scheduling", "text", "Consegna della madia - ordine {OID}",
  "Buongiorno sig. Fontana,\n\nla sua madia in castagno (2 colli, circa 85 kg) è pronta. Il corriere Trasporti Arredo Nord effettua la consegna su appuntamento, al piano. Questi sono gli orari disponibili:\n\n- martedì 15 dicembre, 8:00-12:00\n- giovedì 17 dicembre, 14:00-18:00\n- sabato 19 dicembre, 9:00-13:00\n\nCi indichi la fascia preferita e se nel palazzo c'è l'ascensore.\n\nCordiali saluti,\nAndrea Moretti\nMobili Antichi Valtellina",
  [], "Clean scheduling of a bulky delivery with dates and time slots.")

M("home-service-appointment", "text", "Appuntamento per il montaggio - ordine {OID}",
  "Gentile sig.ra Ricci,\n\nil nostro tecnico può venire a installare il suo climatizzatore in una di queste date:\n\nvenerdì 11/12/2026 dalle 9:00 alle 12:00\nlunedì 14/12/2026 dalle 14:00 alle 17:00\n\nL'intervento dura circa due ore e mezza. Ci confermi la data che preferisce rispondendo a questo messaggio.\n\nCordialità,\nFabio Serra - Clima Service Emilia",
  [], "Clean home-service appointment with dates and time ranges.")

M("custom-design-verification", "html", "Bozza da approvare - ordine {OID}",
  "<p>Ciao Martina,</p>\n<p>ti mandiamo in allegato la bozza grafica delle tue partecipazioni di nozze (<strong>bozza_partecipazioni_Martina-Davide_v1.pdf</strong>).</p>\n<p>Controlla per favore:</p>\n<ol>\n<li>i nomi e la grafia;</li>\n<li>data e ora: sabato 12 giugno 2027, ore 16:30;</li>\n<li>il luogo: Villa Cortese, Stresa.</li>\n</ol>\n<p>Rispondi \"ok stampa\" se va tutto bene, oppure scrivici le correzioni.</p>\n<p>A presto,<br>Chiara - Carta &amp; Inchiostro</p>",
  [], "Clean custom design proof with the proof attachment named.")

M("fulfillment-question", "text", "Citofono per la consegna {OID}",
  "Buongiorno,\n\nil suo ordine {OID} (collo rif. SPD-77410/A) partirà il 10 dicembre con un corriere che consegna solo a mano. L'indirizzo indicato è un condominio, ma nell'ordine mancano il nome sul citofono e il codice del cancello.\n\nPuò indicarci il nome riportato sul citofono, la scala e l'eventuale codice del cancello? Li aggiungeremo alla bolla prima della spedizione.\n\nGrazie,\nUfficio spedizioni - Caffè Torrefazione Lombardi",
  [], "Clean question about entry details with parcel reference numbers.")

M("reply", "text", "Re: Domanda sul \"Stainless Steel French Press 1L\" - ordine {OID}",
  "Buongiorno sig. Esposito,\n\nsì, la caraffa \"Stainless Steel French Press 1L\" che ha acquistato si può lavare in lavastoviglie, ma le consigliamo di smontare il filtro e lavarlo a mano per non rovinare la retina.\n\nBuon caffè,\nRoberto - Casa del Barista",
  [], "Clean reply quoting an English product title inside Italian sentences.")

M("reply", "text", "Re: Il robot aspirapolvere non si ricarica - ordine {OID}",
  "Gentile sig.ra Romano,\n\nci dispiace per il problema. Il suo robot è coperto dalla garanzia legale e da quella del produttore, che gestisce direttamente l'assistenza tecnica.\n\nNumero verde di assistenza in garanzia del produttore (Pulitek Italia): 800 912 345, dal lunedì al venerdì, 9:00-18:00. Tenga a portata di mano il numero di serie riportato sotto la base.\n\nSe il produttore le indica di restituirlo a noi, ce ne occuperemo noi.\n\nCordiali saluti,\nDavide - Casa Smart Store",
  [], "Clean reply giving the manufacturer's warranty toll-free line, marked as such.")

M("reply", "html", "Re: Spedizione in Sardegna - ordine {OID}",
  "<p>Buongiorno,</p>\n<p>le spedizioni verso la Sardegna partono dal nostro magazzino di Livorno via nave: per le sue bottiglie di passata di pomodoro servono 4-6 giorni lavorativi invece dei soliti 2-3, senza costi aggiuntivi.</p>\n<p>Cordiali saluti,<br>Simona Leone</p>\n<p><small>Azienda Agricola Poggio Rosso di Leone Simona - Località Poggio 7, 57022 Castagneto Carducci (LI)<br>\nP.IVA 01928374650 - C.F. LNESMN80A41E625X - REA LI-154321</small></p>",
  [], "Clean reply with a company-details footer (address, P.IVA, C.F., REA).")

M("reply", "text", "Re: Rimborso del reso - ordine {OID}",
  "Gentile sig. Lombardo,\n\nil suo pacco di reso (tracking BRT 058123456789012, autorizzazione RMA 2026-0931) è arrivato nel nostro magazzino giovedì 3 dicembre alle 11:20. Dopo il controllo abbiamo disposto il rimborso di 74,90 € lunedì 7 dicembre; le spese di reso di 5,90 € restano a nostro carico.\n\nL'accredito compare di solito entro 3-5 giorni lavorativi.\n\nCordiali saluti,\nValentina - Calzature Riviera",
  [], "Clean reply with tracking and return numbers, dates, times and amounts.")

# ------------------------------------------------------------ violations (31)
M("fulfillment-question", "text", "Il suo pacco {OID} è partito",
  "Buongiorno,\n\nle confermiamo che il suo ordine {OID} è uscito stamattina dal nostro magazzino ed è stato affidato al corriere GLS. Dovrebbe arrivare entro 24-48 ore.\n\nCordiali saluti,\nVivaio Le Camelie",
  ["BSM201"], "Shipping confirmation: left the warehouse and handed to the carrier.")

M("fulfillment-question", "html", "Ordine {OID} ricevuto",
  "<p>Gentile sig.ra De Luca,</p>\n<p>abbiamo ricevuto il suo ordine di tisane biologiche e lo stiamo già preparando con cura nel nostro laboratorio. Le faremo sapere appena sarà pronto.</p>\n<p>A presto,<br>Erboristeria Fiordaliso</p>",
  ["BSM201"], "Order confirmation: received and being prepared.")

M("fulfillment-question", "text", "Grazie! - ordine {OID}",
  "Ciao Alessia,\n\nvolevamo solo ringraziarti di cuore per aver scelto il nostro piccolo laboratorio. Per noi conta davvero tanto!\n\nUn abbraccio,\nIrene - Saponi di Sicilia",
  ["BSM202"], "Thanks-only message.")

M("fulfillment-question", "text", "Ordine {OID}",
  "Buongiorno,\n\nqualora dovesse riscontrare qualsiasi problema con il suo acquisto, sappia che restiamo a completa disposizione.\n\nCordiali saluti,\nServizio clienti Ferramenta Online Pastore",
  ["BSM202"], "Only the offer to help if a problem comes up.")

M("delivery-delay", "text", "Piccolo ritardo per l'ordine {OID}",
  "Buongiorno sig. Costa,\n\nil suo set di coltelli da bistecca partirà con due giorni di ritardo, martedì 15 dicembre, perché stiamo aspettando i manici in legno d'ulivo dal nostro fornitore.\n\nGrazie per la pazienza,\nColtelleria Maniaghese\n\nP.S. Fino al 31 dicembre tutto il catalogo è scontato del 20%: approfittane per i regali di Natale!",
  ["BSM203"], "Delay notice with a P.S. promoting 20% off the whole catalogue.")

M("reply", "html", "Re: Lunghezza della collana - ordine {OID}",
  "<p>Buongiorno,</p>\n<p>la catenina misura 45 cm con un'estensione di 5 cm, quindi si può portare anche più corta.</p>\n<p>P.S. È appena uscita la nostra nuova collezione di orecchini in argento! Seguici su Instagram e iscriviti alla newsletter per scoprire tutte le novità in anteprima.</p>\n<p>Un saluto,<br>Bottega Orafa Lucchese</p>",
  ["BSM203"], "Reply with new collection, follow us and newsletter invitation.")

M("review-request", "text", "Una recensione per l'ordine {OID}?",
  "Gentile sig.ra Mancini,\n\nse lascia una recensione sul suo bollitore, appena sarà pubblicata le faremo avere un piccolo omaggio come segno di riconoscenza.\n\nCordiali saluti,\nTè & Teiere",
  ["BSM204"], "Small gift promised once the review is published.")

M("review-request", "text", "Ordine {OID}: un'offerta per lei",
  "Buongiorno,\n\nle proponiamo questo: scriva una recensione sulla sua torcia da campeggio e le rimborsiamo l'intero importo non appena la recensione è online. Ci mandi uno screenshot rispondendo a questo messaggio.\n\nSaluti,\nAvventura Outdoor Shop",
  ["BSM204"], "Full refund promised as soon as the review is online.")

M("reply", "text", "Re: Tostapane difettoso - ordine {OID}",
  "Gentile sig. Ferri,\n\ncome concordato, la settimana scorsa le abbiamo rimborsato il tostapane difettoso. Adesso che il problema è risolto, potrebbe gentilmente modificare la sua recensione da una stella o magari rimuoverla? Per un negozio piccolo come il nostro pesa molto.\n\nGrazie per la comprensione,\nElettrodomestici Ferri & Figli",
  ["BSM205"], "Asks to change or remove a one-star review.")

M("review-request", "text", "Le piace il suo tappeto? (ordine {OID})",
  "Buongiorno,\n\nè soddisfatto del tappeto kilim? Allora una recensione su Amazon ci farebbe un immenso piacere. Se invece qualcosa non la convince, prima di scrivere una recensione contatti noi: troveremo una soluzione.\n\nCordialmente,\nTappeti d'Oriente Bergamo",
  ["BSM206"], "Review only if satisfied; unhappy buyers steered to contact the seller.")

M("review-request", "html", "5 stelle per l'ordine {OID}?",
  "<p>Ciao Federica,</p>\n<p>lo zaino in cuoio è arrivato! Se hai due minuti, ci lasceresti 5 stelle su Amazon? Per una piccola pelletteria come la nostra fa davvero la differenza.</p>\n<p><a href=\"https://www.amazon.it/review/create-review?asin=B0ZAINO321\">Lascia una recensione su Amazon</a></p>\n<p>Grazie,<br>Pelletteria Fiorentina Bardi</p>",
  ["BSM206"], "Asks for five stars.")

M("delivery-delay", "text", "Ordine {OID} - prodotto esaurito",
  "Buongiorno,\n\nla sedia in paglia di Vienna del suo ordine {OID} è esaurita presso il nostro fornitore e non sappiamo quando tornerà disponibile. La soluzione più veloce per lei è annullare direttamente l'ordine dal suo account Amazon (I miei ordini > Annulla articoli).\n\nCi scusi per il disagio,\nSedie & Sgabelli Chiavari",
  ["BSM108"], "Out of stock: advises the buyer to cancel themselves as the quickest way.")

M("order-problem", "text", "Problema con il suo ordine {OID}",
  "Gentile sig.ra Testa,\n\npurtroppo l'ultima confezione di panettone artigianale al pistacchio è stata venduta in negozio prima che potessimo preparare il suo pacco. Le saremmo grati se potesse inoltrare lei una richiesta di annullamento, così da chiudere l'ordine.\n\nCi scusi ancora,\nPasticceria Gennari",
  ["BSM107", "BSM108"], "Order problem asking for a cancellation request, with no amount adjustment confirmed.")

M("delivery-delay", "text", "Spedizione rinviata - ordine {OID}",
  "Buongiorno,\n\nil suo kit per la pasta fresca partirà il 17 dicembre anziché il 10: stiamo aspettando i mattarelli dal tornitore.\n\nCordiali saluti,\nPastaio Digitale\n\nNon vuole più ricevere i nostri messaggi? Risponda STOP a questa e-mail.",
  ["BSM305"], "Delay notice with a 'reply STOP' opt-out instruction.")

M("reply", "text", "Re: Vaso arrivato rotto - ordine {OID}",
  "Buongiorno,\n\nè la terza volta questo mese che quei cazzo di corrieri ci distruggono un pacco. Siamo davvero incazzati. Le rispediamo un vaso nuovo domani, imballato meglio.\n\nCi scusi,\nNicola - Terrecotte dell'Impruneta",
  ["BSM306"], "Reply with Italian profanity about the carriers.")

M("delivery-delay", "text", "Order {OID} - shipping delay",
  "Dear Mr Marchetti,\n\nwe are sorry to tell you that your handmade leather wallet will ship about five days later than planned, on 15 December. Your order remains reserved and you do not need to do anything.\n\nBest regards,\nCuoio Toscano",
  ["BSM104"], "Delay notice to an Italian buyer written entirely in English.")

M("reply", "text", "Re: Montaggio della mensola - ordine {OID}",
  "Buongiorno sig. Villa,\n\nper spiegarle meglio il montaggio dei supporti è più semplice sentirci a voce: ci chiami in laboratorio allo 055 234 8817, dal lunedì al venerdì.\n\nA presto,\nFalegnameria Villa",
  ["BSM309"], "Seller's landline number in national format.")

M("reply", "html", "Re: Dimensioni della scrivania - ordine {OID}",
  "<p>Buongiorno,</p>\n<p>il piano misura 120 x 60 cm e l'altezza è regolabile da 70 a 120 cm.</p>\n<p>Per altre domande può scrivere su WhatsApp alla nostra consulente Giorgia al +39 347 215 6684.</p>\n<p>Cordiali saluti,<br>Ufficio Smart Arredi</p>",
  ["BSM309"], "Seller's mobile number in international format.")

M("reply", "text", "Re: Fattura intestata all'azienda - ordine {OID}",
  "Buongiorno,\n\nper intestare la fattura alla sua azienda ci scriva direttamente a amministrazione@legatoriadelborgo.it indicando partita IVA e codice SDI.\n\nCordiali saluti,\nLegatoria del Borgo",
  ["BSM308"], "Plain e-mail address in the text.")

M("reply", "text", "Re: Foto del pezzo rotto - ordine {OID}",
  "Gentile sig.ra Marchi,\n\nse le foto sono troppo pesanti per la messaggistica, le mandi pure a assistenza chiocciola giocattoli-legno-valgardena punto it: le rispondiamo in giornata.\n\nCordiali saluti,\nGiocattoli in Legno Val Gardena",
  ["BSM308"], "Obfuscated e-mail address written with 'chiocciola' and 'punto'.")

M("reply", "html", "Re: Come curare il tagliere - ordine {OID}",
  "<p>Buongiorno,</p>\n<p>per mantenere bello il suo tagliere in ulivo basta oliarlo una volta al mese con olio di vaselina alimentare. Abbiamo raccolto tutti i consigli in un articolo:</p>\n<p><a href=\"https://www.ulivo-e-legno.it/blog/cura-taglieri-ulivo\">I nostri consigli per la cura dei taglieri in ulivo</a></p>\n<p>Buon appetito,<br>Ulivo e Legno</p>",
  ["BSM302"], "https link to the seller's own blog, not needed for the order.")

M("reply", "html", "Re: Compatibilità del filtro - ordine {OID}",
  "<p>Buongiorno,</p>\n<p>il filtro che ha ricevuto è compatibile con le caraffe da 2,4 litri. L'elenco completo dei modelli è nella pagina del prodotto:</p>\n<p><a href=\"http://www.amazon.it/dp/B0FILTRO24\">Pagina del filtro su Amazon</a></p>\n<p>Cordiali saluti,<br>AcquaChiara Distribuzione</p>",
  ["BSM301"], "Descriptive Amazon link over http.")

M("delivery-delay", "html", "Il suo orologio arriva presto - ordine {OID}",
  "<p>Buongiorno sig. Caruso,</p>\n<p>il suo orologio da parete partirà il 14 dicembre invece del 9: stiamo aspettando il meccanismo silenzioso.</p>\n<p><img src=\"https://www.orologeria-caruso.it/prodotti/orologio-parete-noce-35cm.jpg\" alt=\"Orologio da parete in noce 35 cm\" width=\"300\"></p>\n<p>Grazie della pazienza,<br>Orologeria Artigiana Caruso</p>",
  ["BSM310"], "Photo of the purchased product.")

M("review-request", "html", "La sua opinione - ordine {OID}",
  "<p><img src=\"https://stock.immagini-gratis.example.com/spiaggia-tramonto-sardegna.jpg\" alt=\"Spiaggia al tramonto\" width=\"400\"></p>\n<p>Buongiorno,</p>\n<p>la sua sciarpa in lana merino è stata consegnata una settimana fa. Una recensione su Amazon, qualunque sia la sua opinione, aiuta gli altri clienti a scegliere.</p>\n<p><a href=\"https://www.amazon.it/review/create-review?asin=B0SCIARPA7\">Scrivi una recensione su Amazon</a></p>\n<p>Lanificio Valsesia</p>",
  ["BSM311"], "Stock beach image unrelated to the shop.")

M("delivery-scheduling", "html", "Fascia di consegna - ordine {OID}",
  "<p><img src=\"https://static.materassi-pellegrini.it/logo-materassi-pellegrini.png\" alt=\"\" width=\"160\"></p>\n<p>Buongiorno,</p>\n<p>il suo materasso 160 x 190 verrà consegnato da due operatori. Scelga una fascia: lunedì 14 dicembre (8:00-13:00) oppure mercoledì 16 dicembre (13:00-18:00).</p>\n<p>Cordiali saluti,<br>Materassi Pellegrini</p>",
  ["BSM402"], "Shop logo with empty alt.")

M("additional-information", "text", "Colore del bordino - ordine {OID}",
  "Ciao Silvia,\n\nuna domanda prima di cucire la tua federa: il bordino lo vuoi senape o terracotta? 🧵 Stanno benissimo tutti e due con il velluto verde 😍\n\nAgnese - Cuci & Scuci",
  ["BSM403"], "Emoji in a request for information.")

M("reply", "text", "Re: Taglia del maglione - ordine {OID}",
  "Buongiorno,\n\nil maglione veste abbondante, quindi se è indecisa tra S e M la S dovrebbe andare benissimo :)\n\nBuona giornata :-D\nMaglieria Biellese",
  ["BSM403"], "Text emoticons in a reply.")

M("delivery-delay", "html", "Ritardo dell'ordine {OID}",
  "<style>\np { font-size: 15px; }\nh2 { font-size: 24px; }\n.piede { font-size: 10px; }\n.data { font-size: 19px; }\n</style>\n<h2>Un piccolo ritardo</h2>\n<p>Buongiorno,</p>\n<p>il suo set per la fonduta verrà spedito:</p>\n<p class=\"data\">giovedì 17 dicembre 2026</p>\n<p>Ci scusiamo per l'attesa.</p>\n<p class=\"piede\">Casalinghi Valdostani - Aosta</p>",
  ["BSM410"], "Four explicit font sizes in a style block.")

M("invoice", "html", "Fattura - ordine {OID}",
  "<p>Buongiorno,</p>\n<p>in allegato trova la fattura n. 2026/0877 del suo ordine.<br><br><br><br>Totale: 42,50 € IVA inclusa</p>\n<p>Cordiali saluti,<br>Libreria Antiquaria Sant'Ambrogio</p>",
  ["BSM412"], "Run of four <br> tags in a row.")

M("invoice", "text", "[Importante] Fattura dell'ordine {OID}",
  "Buongiorno,\n\nin allegato la fattura n. 2026/FT/0563 relativa al suo ordine, importo 58,00 € IVA inclusa.\n\nCordiali saluti,\nTorrefazione Del Colle S.n.c. - P.IVA 04567891230",
  ["BSM110"], "[Importante] tag on an invoice, which is not critical.")

M("fulfillment-question", "html", "Istruzioni di montaggio - ordine {OID}",
  "<p>Buongiorno,</p>\n<p>prima di montare la libreria prepari otto tasselli adatti alla sua parete. Le istruzioni di montaggio si trovano sulla pagina del prodotto: <a href=\"https://www.amazon.it/dp/B0LIBRERIA\">clicca qui</a>.</p>\n<p>Cordiali saluti,<br>Legno Grezzo Design</p>",
  ["BSM401"], "Link text 'clicca qui' is not descriptive.")

# ------------------------------------------------------------------ vary (2)
M("review-request", "html", "Una recensione per l'ordine {OID}",
  "<p>Buongiorno,</p>\n<p>il suo macinapepe in legno è stato consegnato da una settimana. Se lo desidera, può condividere la sua opinione su Amazon:</p>\n<p><a href=\"https://www.amazon.it/review/create-review?asin=B0MACINA55\">Scrivi una recensione su Amazon</a></p>\n<p>Cordiali saluti,<br>Spezie di Casa Ruggeri</p>\n<img src=\"https://track.mailtool-stats.example.com/open.gif?uid=88231&amp;cid=rev12\" width=\"1\" height=\"1\" alt=\"\">",
  ["BSM307", "BSM402"], "1x1 tracking pixel with tracking parameters and empty alt.")

M("delivery-delay", "text", "Ritardo nella spedizione del suo ordine",
  "Gentile sig.ra Benedetti,\n\nil suo presepe in terracotta dipinto a mano (ordine n. {OIDNH}) partirà il 16 dicembre invece del 10: le statuine stanno ancora asciugando dopo la pittura.\n\nCi scusi per l'attesa,\nBottega del Presepe Napoletano",
  ["BSM102"], "Order number written without hyphens only, so no valid order id.")
