"""v30 blind evaluation set, Italian (it-IT)."""
LANG = "it"
MESSAGES = []


def _oid(n):
    return "615-%07d-%07d" % (5081342 + n * 3307, 2946710 + n * 6553)


def m(n, typ, fmt, subject, body, expected, note, locale="it-IT"):
    o = _oid(n)
    MESSAGES.append({
        "id": "v30-it-%03d" % n, "language": LANG, "locale": locale, "type": typ,
        "format": fmt, "subject": subject.replace("{o}", o), "body": body.replace("{o}", o),
        "order_id": o, "expected": sorted(expected), "note": note,
    })


m(1, "delivery-delay", "text", "Ordine {o} - spedizione posticipata",
  "Gentile cliente,\n\nle scriviamo per avvisarla che la macchina per la pasta del suo ordine {o} partirà dal nostro magazzino di Bologna venerdì 18 dicembre, e non il 12 come indicato. Il fornitore ci ha consegnato il lotto in ritardo.\n\nCi scusiamo per il disagio.\n\nCordiali saluti,\nTeresa Fabbri\nCasa della Sfoglia",
  [], "Clean plain-text delivery delay with new date.")
m(2, "delivery-delay", "html", "Aggiornamento sul suo ordine {o}",
  "<p>Buongiorno,</p><p>a causa dello sciopero dei trasporti del 9 dicembre, l'ordine <b>{o}</b> verrà spedito con qualche giorno di ritardo.</p><table><tr><td>Data prevista</td><td>10/12/2026</td></tr><tr><td>Nuova data di spedizione</td><td>15/12/2026</td></tr></table><p>Grazie per la pazienza.</p><p>Staff Ferramenta Colombo</p>",
  [], "Clean HTML delay with a table and no styling.")
m(3, "order-problem", "text", "[Importante] Ordine {o}: articolo non disponibile",
  "Buongiorno sig. Esposito,\n\npurtroppo l'ultimo pezzo della moka Bialetti Venus 6 tazze è risultato danneggiato al controllo e non possiamo spedirlo.\n\nAbbiamo già rettificato l'importo dell'ordine {o} (motivo: articolo esaurito), quindi i 34,50 € non le verranno addebitati.\n\nCi scusi ancora,\nGiorgio Mancini\nCaffè & Dintorni",
  [], "Clean order problem with amount adjusted and [Importante] subject tag.")
m(4, "additional-information", "text", "Ordine {o} - ci serve un'informazione",
  "Ciao Martina,\n\nper preparare la targa personalizzata del tuo ordine {o} ci manca il nome da incidere (massimo 18 lettere). Ce lo scrivi rispondendo a questo messaggio?\n\nGrazie mille,\nElisa di Incisioni Lario",
  [], "Clean informal request for information needed to fulfil the order.")
m(5, "return-follow-up", "text", "Reso ordine {o}",
  "Gentile sig.ra Bianchi,\n\nabbiamo letto la sua segnalazione sul graffio laterale della lampada. Se preferisce tenerla, possiamo offrirle un rimborso parziale di 15,00 €; in alternativa procediamo con il reso come richiesto. Ci faccia sapere cosa preferisce.\n\nCordialmente,\nUfficio assistenza\nLuce Design Srl",
  [], "Clean return follow-up offering a partial refund.")
m(6, "return-follow-up", "text", "Richiesta di reso {o}",
  "Buongiorno,\n\nin merito alla richiesta di reso per l'ordine {o}: le scarpe sono state indossate all'esterno o solo provate in casa? Ci serve saperlo per completare la pratica con il magazzino.\n\nGrazie,\nRoberto\nCalzature Vitali",
  [], "Clean return follow-up asking a question needed for the return.")
m(7, "invoice", "text", "Fattura n. 2026/FE/0883 - ordine {o}",
  "Spett.le cliente,\n\nin allegato trasmettiamo la fattura n. 2026/FE/0883 del 04/12/2026 relativa all'ordine {o}, per un totale di 186,00 € (IVA 22 % inclusa: 33,54 €).\n\nDistinti saluti,\nAmministrazione\n\nOfficine Moretti S.r.l. - Via dell'Artigianato 12, 20851 Lissone (MB)\nP.IVA IT 04567890123 - C.F. 04567890123 - REA MB-1789012 - Capitale sociale 20.000,00 € i.v.",
  [], "Clean invoice with P.IVA, REA and a slashed invoice number.")
m(8, "review-request", "text", "Come si trova? Ordine {o}",
  "Buongiorno,\n\nè passata circa una settimana dalla consegna del suo zaino. Le chiediamo, se ha tempo, di lasciare una recensione su Amazon: ogni opinione, positiva o negativa, ci aiuta a migliorare.\n\nUn saluto,\nZaini Dolomiti",
  [], "Clean neutral review request in text.")
m(9, "review-request", "html", "La sua opinione sull'ordine {o}",
  "<p><img src=\"https://static.erboristeria-salvia.it/img/logo-erboristeria-salvia.png\" alt=\"Erboristeria Salvia\" width=\"160\"></p><p>Gentile cliente,</p><p>le tisane dell'ordine {o} sono arrivate da qualche giorno. Ci farebbe piacere leggere la sua esperienza, qualunque essa sia.</p><p><a href=\"https://www.amazon.it/review/review-your-purchases\">Scrivi una recensione su Amazon.it</a></p><p>Grazie,<br>Erboristeria Salvia</p>",
  [], "Clean HTML review request with logo, alt text naming the shop and descriptive Amazon link.")
m(10, "delivery-scheduling", "text", "Consegna divano - ordine {o}",
  "Buongiorno sig. Ricci,\n\nil corriere per merci voluminose può consegnare il suo divano (ordine {o}, 2 colli, 110 kg) in una di queste fasce:\n- martedì 15/12, ore 8:00-13:00\n- mercoledì 16/12, ore 14:00-18:00\n- giovedì 17/12, ore 8:00-13:00\n\nCi indichi la fascia preferita e se l'edificio ha l'ascensore.\n\nCordiali saluti,\nSalotti Brianza",
  [], "Clean delivery scheduling with dates and time slots.")
m(11, "home-service-appointment", "text", "Appuntamento montaggio - {o}",
  "Buongiorno,\n\nil nostro tecnico può venire a montare il box doccia lunedì 14 dicembre alle 9:30 oppure sabato 19 dicembre alle 15:00. Può confermare quale preferisce? Riferimento ordine {o}.\n\nA presto,\nGianni - Bagno Facile Installazioni",
  [], "Clean home-service appointment.")
m(12, "custom-design-verification", "text", "Bozza grafica da approvare - ordine {o}",
  "Ciao Francesca,\n\nti alleghiamo la bozza delle magliette per l'addio al nubilato (ordine {o}). Controlla nomi, colori e posizione della scritta: appena ci dai l'ok mandiamo in stampa.\n\nUn abbraccio,\nSerigrafia Il Torchio",
  [], "Clean custom-design verification with attached proof.")
m(13, "fulfillment-question", "text", "Codice citofono - ordine {o}",
  "Buongiorno,\n\nil corriere BRT non è riuscito a consegnare il pacco (segnacollo BRT-06831-A2004571, ordine {o}) perché al civico ci sono più scale. Può indicarci scala, interno e nome sul citofono? Il nuovo tentativo è previsto per il 10/12.\n\nGrazie,\nSpedizioni - Tecnoufficio Rossi",
  [], "Clean fulfilment question asking for intercom details with reference numbers.")
m(14, "reply", "text", "Re: domanda ordine {o}",
  "Salve,\n\nsì, il \"Stainless Steel Insulated Water Bottle 750 ml\" che ha ordinato mantiene le bevande fredde per circa 24 ore e calde per 12. Il tappo si può lavare in lavastoviglie, la bottiglia meglio a mano.\n\nBuona serata,\nAndrea - Borracce Alpine",
  [], "Clean reply quoting an English product title inside Italian sentences.")
m(15, "reply", "text", "Re: frullatore non funziona - {o}",
  "Gentile sig.ra Conti,\n\nil frullatore è coperto dalla garanzia del produttore per 24 mesi. Per l'assistenza in garanzia può rivolgersi direttamente al numero verde del produttore Mixalia, 800 912 447 (linea garanzia del produttore, lun-ven 9-18), indicando l'ordine {o}.\n\nCordiali saluti,\nElettrocasa Pugliese",
  [], "Clean reply giving the manufacturer's warranty toll-free line, marked as such.")
m(16, "reply", "text", "Re: dati aziendali per fattura ({o})",
  "Buongiorno,\n\nabbiamo aggiornato i dati di fatturazione dell'ordine {o} con la ragione sociale della sua azienda; la fattura elettronica sarà disponibile entro due giorni lavorativi.\n\nCordiali saluti,\n\nLaura Gentile\nCustomer care\nGentile Tessuti S.n.c. di Gentile Laura & C.\nCorso Vittorio Emanuele II 88, 10121 Torino (TO)\nP.IVA 09876543210 - Codice SDI M5UXCR1",
  [], "Clean reply with an Italian company footer (P.IVA, SDI code).")
m(17, "reply", "text", "Re: stato del rimborso - ordine {o}",
  "Buongiorno sig. Marino,\n\nil suo reso (autorizzazione RMA 2026-4471, spedizione GLS n. ZX-7730019282) è arrivato in magazzino il 03/12/2026 alle 11:15. Il rimborso di 72,40 € è stato disposto il 04/12 e sarà visibile entro 3-5 giorni lavorativi (ordine {o}).\n\nCordiali saluti,\nServizio clienti OrtoVivo",
  [], "Clean reply with RMA, tracking, dates, times and amounts.")
m(18, "fulfillment-question", "text", "Il suo pacco è partito! {o}",
  "Ciao!\n\nIl tuo ordine {o} è uscito stamattina dal nostro magazzino di Prato ed è già stato affidato a SDA.\n\nA presto,\nTessitura Bardi",
  ["BSM201"], "Shipping confirmation: left the warehouse, handed to the carrier.")
m(19, "fulfillment-question", "text", "Ordine {o} ricevuto",
  "Gentile cliente,\n\nabbiamo ricevuto correttamente il suo ordine {o} e lo stiamo già preparando con cura.\n\nCordiali saluti,\nOleificio Santoro",
  ["BSM201"], "Order confirmation: received and being prepared.")
m(20, "fulfillment-question", "text", "Grazie di cuore - {o}",
  "Buongiorno Paolo,\n\nvolevamo solo ringraziarla per aver scelto il nostro negozio. Grazie davvero!\n\nOrdine {o}\nCartoleria Fantasia",
  ["BSM202"], "Thanks-only message.")
m(21, "fulfillment-question", "text", "Ordine {o}",
  "Salve,\n\nqualora dovesse avere qualsiasi problema con l'ordine {o}, siamo qui per aiutarla.\n\nUn cordiale saluto,\nPneumatici Greco",
  ["BSM202"], "Only says the seller is available if problems arise.")
m(22, "delivery-delay", "text", "Ritardo ordine {o}",
  "Buongiorno,\n\nla sua cornice partirà il 16/12 invece che l'11/12: il vetro antiriflesso arriva in ritardo dal fornitore.\n\nCi scusi,\nCornici Veneziane\n\nP.S. Fino a domenica sconto del 20 % su tutto il catalogo con il codice NATALE20!",
  ["BSM203"], "Valid delay with a P.S. promoting 20% off the whole catalogue.")
m(23, "reply", "text", "Re: misura guanti ({o})",
  "Ciao Giulia,\n\nper i guanti ti consiglio la M, vestono regolari. Ordine {o}.\n\nP.S. È appena uscita la nuova collezione invernale: seguici su Facebook e iscriviti alla newsletter per non perderti nulla!\n\nPelletteria Moda Sud",
  ["BSM203"], "Reply with new collection, follow us and newsletter promotion.")
m(24, "review-request", "text", "Una recensione per l'ordine {o}?",
  "Salve,\n\nle chiediamo gentilmente di recensire il suo tappetino per mouse su Amazon. Una volta pubblicata la recensione, ci scriva: le invieremo un piccolo omaggio come ringraziamento.\n\nGrazie,\nDesk Style Italia",
  ["BSM204"], "Small gift once the review is published.")
m(25, "review-request", "text", "Ordine {o} - recensione",
  "Gentile cliente,\n\nappena la sua recensione sarà online le rimborseremo per intero il prezzo delle cuffie. Basta inviarci il link della recensione.\n\nCordialmente,\nSoundMax IT",
  ["BSM204"], "Full refund as soon as the review is online.")
m(26, "reply", "text", "Re: recensione ordine {o}",
  "Gentile sig. De Luca,\n\nsiamo felici che il nuovo cavo sostitutivo funzioni. Visto che il problema è risolto, sarebbe disposto ad aggiornare o cancellare la recensione da una stella che aveva scritto?\n\nGrazie,\nCavi & Connettori",
  ["BSM205"], "Asks to update or delete a one-star review.")
m(27, "review-request", "text", "Soddisfatto del suo acquisto? {o}",
  "Buongiorno,\n\nse il set di coltelli le piace, ci lasci una recensione su Amazon. Se invece qualcosa non va, non scriva la recensione: ci contatti prima e risolviamo insieme.\n\nCordiali saluti,\nColtelleria Maniago",
  ["BSM206"], "Review only if satisfied; unhappy buyers steered away from reviewing.")
m(28, "review-request", "text", "Ci regali 5 stelle? - {o}",
  "Ciao Sara,\n\nsiamo un piccolo laboratorio e ogni valutazione conta: se puoi, lasciaci 5 stelle su Amazon per le tue candele.\n\nGrazie!\nCandele di Lucia",
  ["BSM206"], "Asks for a five-star rating.")
m(29, "order-problem", "text", "Ordine {o}: prodotto esaurito",
  "Buongiorno,\n\nil trapano che ha ordinato è esaurito e non possiamo spedirlo. Abbiamo già rettificato l'importo dell'ordine (motivo: esaurimento scorte), nulla le verrà addebitato.\n\nPer chiudere la pratica più in fretta, le consigliamo di annullare lei stesso l'ordine {o} dal suo account Amazon.\n\nCordiali saluti,\nUtensileria Ferri",
  ["BSM108"], "Amount adjusted, but advises the buyer to cancel because of stock-out.")
m(30, "order-problem", "text", "Problema disponibilità - {o}",
  "Gentile cliente,\n\nil seggiolino auto che ha acquistato non è più disponibile. Le saremmo grati se volesse inoltrare una richiesta di annullamento per l'ordine {o}.\n\nCi scusiamo,\nBimbi Sicuri Shop",
  ["BSM107", "BSM108"], "Asks for a cancellation request with no adjustment confirmed.")
m(31, "delivery-delay", "text", "Ordine {o} in ritardo",
  "Buongiorno,\n\nl'ordine {o} verrà spedito il 17/12 anziché il 12/12 per un ritardo nella tintura delle tende.\n\nCordiali saluti,\nTende Lagorai\n\nNon vuole più ricevere i nostri messaggi? Risponda STOP.",
  ["BSM305"], "Reply-STOP opt-out instruction.")
m(32, "reply", "text", "Re: pacco arrivato rotto {o}",
  "Ciao,\n\ncazzo, il corriere ha distrutto di nuovo il pacco, mi dispiace tantissimo. Ti rispediamo il piatto nuovo lunedì (ordine {o}).\n\nMarco - Ceramiche Deruta Marco",
  ["BSM306"], "Italian profanity in a reply.")
m(33, "delivery-delay", "text", "Bestellung {o} - Verzögerung",
  "Guten Tag,\n\nleider wird Ihre Bestellung {o} erst am 16. Dezember versendet. Wir bitten um Entschuldigung.\n\nMit freundlichen Grüßen\nBike Parts Europe",
  ["BSM104"], "Message in German sent to an Italian-locale buyer.")
m(34, "additional-information", "text", "Indirizzo incompleto - ordine {o}",
  "Buongiorno,\n\nnell'indirizzo di consegna dell'ordine {o} manca il numero civico. Può rispondere qui oppure chiamarmi al 347 281 9064.\n\nGrazie,\nStefano - Vini Langhe",
  ["BSM309"], "Italian national mobile number.")
m(35, "delivery-scheduling", "text", "Consegna armadio - {o}",
  "Gentile sig.ra Ferrara,\n\nper concordare la consegna dell'armadio (ordine {o}) può chiamare la nostra logistica al +39 02 8736 4410, dal lunedì al venerdì 9-17.\n\nCordiali saluti,\nMobilificio Galli",
  ["BSM309"], "International-format Italian phone number, not a warranty line.")
m(36, "reply", "text", "Re: fattura - {o}",
  "Buongiorno,\n\nper qualsiasi dubbio sulla fattura dell'ordine {o} scriva pure a amministrazione@gastronomia-rinaldi.it, rispondiamo entro 24 ore.\n\nBuona giornata,\nGastronomia Rinaldi",
  ["BSM308"], "Plain e-mail address.")
m(37, "return-follow-up", "text", "Reso {o} - foto",
  "Buongiorno,\n\nper completare il reso dell'ordine {o} ci servono due foto dell'etichetta. Può mandarle a resi chiocciola giocattoli-arcobaleno punto it.\n\nGrazie,\nGiocattoli Arcobaleno",
  ["BSM308"], "Obfuscated e-mail address with 'chiocciola' and 'punto'.")
m(38, "reply", "html", "Re: cura del tagliere - {o}",
  "<p>Buongiorno,</p><p>per il tagliere in ulivo dell'ordine {o} consigliamo di oliarlo ogni mese. Trova tutti i passaggi nella <a href=\"https://www.legnoeulivo.it/guide/cura-taglieri\">guida alla manutenzione sul nostro sito</a>.</p><p>Saluti,<br>Legno e Ulivo</p>",
  ["BSM302"], "Descriptive https link to the seller's site.")
m(39, "review-request", "html", "La sua recensione - ordine {o}",
  "<p>Buongiorno,</p><p>la cintura dell'ordine {o} le è arrivata la settimana scorsa. Ci aiuterebbe molto sapere cosa ne pensa.</p><p><a href=\"http://www.amazon.it/review/review-your-purchases\">Lascia una recensione su Amazon.it</a></p><p>Grazie,<br>Cuoificio Toscano</p>",
  ["BSM301"], "Descriptive Amazon link over http.")
m(40, "delivery-delay", "html", "Spedizione rinviata - {o}",
  "<p>Buongiorno,</p><p>la sua lampada Arco Ottone (ordine {o}) partirà il 19/12 invece del 13/12.</p><p><img src=\"https://img.illuminazione-berti.it/prodotti/lampada-arco-ottone.jpg\" alt=\"Lampada Arco Ottone\" width=\"280\"></p><p>Ci scusi,<br>Illuminazione Berti</p>",
  ["BSM310"], "Photo of the purchased product.")
m(41, "delivery-delay", "html", "Ritardo consegna - {o}",
  "<p>Buongiorno!</p><p><img src=\"https://img.dolcezze-siciliane.it/stock/spiaggia-tramonto.jpg\" alt=\"Spiaggia al tramonto\" width=\"300\"></p><p>La confezione di cannoli dell'ordine {o} partirà il 15/12 per il picco di ordini.</p><p>Dolcezze Siciliane</p>",
  ["BSM311"], "Stock beach image unrelated to the shop.")
m(42, "invoice", "html", "Fattura ordine {o}",
  "<p><img src=\"https://cdn.ottica-sartori.it/logo-ottica-sartori.png\" alt=\"\" width=\"150\"></p><p>Buongiorno,</p><p>in allegato la fattura 2026/FT/1187 dell'ordine {o}.</p><p>Ottica Sartori</p>",
  ["BSM402"], "Shop logo with empty alt.")
m(43, "reply", "text", "Re: colore disponibile? {o}",
  "Ciao Chiara,\n\nsì, la tazza c'è anche in azzurro 💙 Se vuoi te la cambiamo (ordine {o}).\n\nCeramiche Chiara",
  ["BSM403"], "Emoji in a reply.")
m(44, "reply", "text", "Re: istruzioni - {o}",
  "Buongiorno,\n\nle istruzioni di montaggio sono nella bustina sotto il ripiano ;-) Buon lavoro! Ordine {o}.\n\nLuca, Scaffali Smart",
  ["BSM403"], "Text emoticon in a reply.")
m(45, "delivery-delay", "html", "Ordine {o} - ritardo",
  "<style>h1{font-size:26px} h3{font-size:17px} p{font-size:13px} .piede{font-size:9px}</style><h1>Bottega Valli</h1><h3>Ritardo di spedizione</h3><p>L'ordine {o} partirà il 14/12 anziché il 10/12.</p><p class=\"piede\">Bottega Valli S.r.l. - P.IVA 01234567890</p>",
  ["BSM410"], "Four explicit font sizes in a style block.")
m(46, "additional-information", "text", "Ordine {o} - taglia",
  "Buongiorno,\n\nha ordinato le pantofole taglia 38/39. Ci conferma che non intendeva la 39/40?\n\n\n\n\nGrazie,\nPantofole Morbide",
  ["BSM412"], "Several consecutive blank lines in plain text.")
m(47, "delivery-delay", "html", "Ritardo - ordine {o}",
  "<p>Buongiorno,</p><p>l'ordine {o} sarà spedito il 18/12.</p><p></p><p></p><p>Cordiali saluti,<br>Giardino Verticale</p>",
  ["BSM412"], "Empty paragraphs between paragraphs.")
m(48, "invoice", "text", "[Importante] Fattura ordine {o}",
  "Buongiorno,\n\nin allegato la fattura n. 2026/A/0342 relativa all'ordine {o}.\n\nCordiali saluti,\nAmministrazione Ciclofficina Po",
  ["BSM110"], "[Importante] tag on an invoice.")
m(49, "review-request", "html", "Una recensione? - {o}",
  "<p>Buongiorno,</p><p>la teiera dell'ordine {o} le è piaciuta? Ci dica cosa ne pensa qui: <a href=\"https://www.amazon.it/review/review-your-purchases\">https://www.amazon.it/review/review-your-purchases</a></p><p>Grazie,<br>Tè e Dintorni</p>",
  ["BSM401"], "Bare URL as link text.")
m(50, "delivery-delay", "html", "Nuova data di spedizione - {o}",
  "<p>Buongiorno,</p><p>l'ordine {o} sarà spedito il 15 dicembre invece dell'8.</p><p>Grazie per la pazienza,<br>Vetreria Murano Bassi</p><img src=\"https://mail.vetreria-bassi.it/open.gif?uid=88231&amp;o=open\" width=\"1\" height=\"1\" alt=\"\">",
  ["BSM307", "BSM402"], "1x1 tracking pixel with empty alt.")
