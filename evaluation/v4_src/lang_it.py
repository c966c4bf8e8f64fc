"""v4 blind evaluation set, Italian (it-IT)."""

MESSAGES = []


def _oid(n):
    return "206-%07d-%07d" % ((5923 * n * n + 4127 * n + 3300219) % 10**7,
                              (6113 * n + 1877 * n * n + 5100733) % 10**7)


def m(n, typ, fmt, subject, body, expected, note, locale="it-IT"):
    o = _oid(n)
    MESSAGES.append({
        "id": "v4-it-%03d" % n, "language": "it", "locale": locale, "type": typ,
        "format": fmt, "subject": subject.replace("{O}", o),
        "body": body.replace("{O}", o).replace("{ONH}", o.replace("-", "")),
        "order_id": o, "expected": sorted(expected), "note": note})


# ---------------- 17 clean ----------------
m(1, "delivery-delay", "text", "Ordine {O} - nuova data di spedizione",
  "Gentile Sig.ra Colombo,\n\nle scriviamo per avvisarla che la lampada da tavolo in ottone del suo ordine {O} partirà con qualche giorno di ritardo: la nuova data prevista è venerdì 18 dicembre, invece di lunedì 14. Il nostro fornitore di paralumi ha avuto un problema di produzione.\n\nCi scusiamo per l'inconveniente.\n\nCordiali saluti,\nRoberta Galli\nServizio clienti - Luce di Bottega",
  [], "Plain-text delivery delay with a new ship date.")

m(2, "delivery-delay", "html", "Aggiornamento sul suo ordine {O}",
  "<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\"><tr><td><p>Buongiorno,</p><p>il set di coltelli <b>Maniago Pro</b> (ordine {O}) sarà disponibile dal <b>22/12/2026</b>: la forgiatura dei manici in ulivo richiede più tempo del previsto.</p><p>Consegna stimata: tra il 28 e il 30 dicembre.</p><p>Grazie per la pazienza,<br>Lo staff di Coltelleria Friulana</p></td></tr></table>",
  [], "Builder HTML delivery delay, no styles.")

m(3, "order-problem", "text", "[Importante] Articolo non disponibile - ordine {O}",
  "Buongiorno Sig. Ferri,\n\npurtroppo la moka da 6 tazze inserita nel suo ordine {O} è esaurita presso il produttore e non potremo spedirla.\n\nAbbiamo già rettificato l'importo dell'ordine: i 34,50 € relativi a quell'articolo non le verranno addebitati. Il resto dell'ordine non subisce variazioni.\n\nCi scusiamo,\nDavide Marchetti\nCasa del Caffè Napoli",
  [], "Order problem confirming the amount was adjusted; [Importante] allowed here.")

m(4, "additional-information", "text", "Ordine {O}: ci serve un'informazione",
  "Buongiorno,\n\nper completare il suo ordine {O} (targhetta incisa per cassetta postale) ci serve sapere quale testo incidere: solo il cognome oppure cognome e nome? Se preferisce, può indicarci anche l'interno.\n\nGrazie mille,\nMichela\nIncisioni Artigiane Bassano",
  [], "Request for information needed to complete the order.")

m(5, "return-follow-up", "text", "Il suo reso - ordine {O}",
  "Gentile Sig. Esposito,\n\nabbiamo letto la sua segnalazione sul piumino (ordine {O}) arrivato con una piccola macchia sul bordo. Se le va bene tenerlo, le proponiamo un rimborso parziale di 25,00 €; in caso contrario procediamo normalmente con il reso.\n\nCi faccia sapere cosa preferisce.\n\nUn cordiale saluto,\nGiulia Rinaldi\nAssistenza clienti - Piuma d'Oca Italia",
  [], "Return follow-up offering a partial refund.")

m(6, "return-follow-up", "html", "Reso dell'ordine {O}: una domanda",
  "<p>Buongiorno,</p><p>per registrare correttamente il reso della friggitrice ad aria (ordine {O}) avremmo bisogno di sapere se restituirà anche il cestello aggiuntivo incluso nella confezione.</p><p>Grazie,<br>Ufficio resi<br>Elettrodomestici Sardi</p>",
  [], "Return follow-up asking for information needed to complete the return.")

m(7, "invoice", "text", "Fattura FT/2026/00458 - ordine {O}",
  "Buongiorno,\n\nin allegato trova la fattura n. FT/2026/00458 relativa all'ordine {O}, per un totale di 189,00 € IVA inclusa (IVA 22%: 34,08 €).\n\nCordiali saluti,\nAmministrazione\n\nTessuti Biellesi S.r.l.\nVia Cernaia 14, 13900 Biella (BI)\nP.IVA 02489310028 - C.F. 02489310028\nREA BI-191204 - Cap. soc. 10.000,00 € i.v.",
  [], "Invoice with P.IVA, REA and an invoice number with slashes.")

m(8, "review-request", "text", "Ordine {O}: la sua opinione",
  "Buongiorno Sig.ra Conti,\n\nsperiamo che il tagliere in legno d'olivo le stia piacendo. Se ne ha voglia, può lasciare una recensione del prodotto e un feedback sul venditore su Amazon: è utile ad altri clienti.\n\nBuona giornata,\nMatteo - Legni del Chianti (ordine {O})",
  [], "Neutral review request in plain text.")

m(9, "review-request", "html", "Com'è andata con l'ordine {O}?",
  "<table role=\"presentation\" cellpadding=\"8\" cellspacing=\"0\"><tr><td><img src=\"https://cdn.oleificiocaruso.it/email/logo-oleificio-caruso.png\" alt=\"Oleificio Caruso\" width=\"170\" height=\"50\"></td></tr><tr><td><p>Buongiorno,</p><p>speriamo che l'olio extravergine del suo ordine {O} sia di suo gradimento. Ci farebbe piacere leggere la sua opinione, qualunque essa sia.</p><p><a href=\"https://www.amazon.it/review/create-review?asin=B0D1KQ7XW3\">Scrivi una recensione del prodotto su Amazon</a></p><p>Saluti da Andria,<br>Famiglia Caruso<br><small>Oleificio Caruso</small></p></td></tr></table>",
  [], "HTML review request with shop logo (alt names shop) and descriptive https Amazon link.")

m(10, "delivery-scheduling", "text", "Consegna del materasso - ordine {O}",
  "Gentile Sig. Bianchi,\n\nper la consegna al piano del materasso matrimoniale (ordine {O}) il nostro corriere ha le seguenti disponibilità:\n\n- martedì 15/12, fascia 8:00-12:00\n- giovedì 17/12, fascia 14:00-18:00\n- sabato 19/12, fascia 9:00-13:00\n\nCi risponda qui indicando la fascia preferita.\n\nCordialmente,\nFederica Moretti\nUfficio consegne - Dormi Bene",
  [], "Delivery scheduling for a bulky item with time slots.")

m(11, "home-service-appointment", "text", "Appuntamento per il montaggio - ordine {O}",
  "Buongiorno,\n\nha acquistato anche il servizio di montaggio della cucina (ordine {O}). I nostri montatori possono venire lunedì 14 dicembre dalle 9:00 oppure mercoledì 16 dicembre dalle 13:30; il lavoro richiede circa 5 ore.\n\nQuale giorno le va meglio?\n\nGrazie,\nLorenzo Fabbri\nMontaggi Emilia",
  [], "Home-service appointment with dates and times.")

m(12, "custom-design-verification", "html", "Bozza grafica delle bomboniere - ordine {O}",
  "<p>Gentili Sig.ri Greco,</p><p>in allegato la bozza (bozza_bomboniere_Greco_v1.pdf) dei bigliettini per le bomboniere, ordine {O}.</p><p>Vi chiediamo di controllare bene i nomi, la data (sabato 9 gennaio 2027) e il testo. Appena ci date l'ok avviamo la stampa dei 120 pezzi.</p><p>Un caro saluto,<br>Silvia<br>Cartoleria Le Margherite</p>",
  [], "Custom design proof sent for approval.")

m(13, "fulfillment-question", "text", "Codice del portone per la consegna - rif. CNS-77120 / ordine {O}",
  "Buongiorno,\n\nprima di programmare la consegna della libreria (ordine {O}, pratica CNS-77120, collo 3 di 4) dobbiamo sapere come accedere al cortile: ci può indicare il codice del portone e il piano?\n\nGrazie,\nAlessio Romano\nArredi Romano Torino",
  [], "Door-code question with reference numbers.")

m(14, "reply", "text", "Re: domanda su \"Stainless Steel Water Bottle 750 ml\" - ordine {O}",
  "Buongiorno,\n\nsì, la \"Stainless Steel Water Bottle 750 ml\" di Klean Kanteen mantiene le bevande fredde per circa 24 ore. Non va in lavastoviglie: meglio lavarla a mano con acqua tiepida.\n\nA presto,\nChiara - Outdoor Dolomiti (ordine {O})",
  [], "Reply quoting an English product title inside Italian sentences.")

m(15, "reply", "text", "Re: garanzia dell'aspirapolvere - ordine {O}",
  "Gentile Sig.ra Fontana,\n\nl'aspirapolvere del suo ordine {O} ha 2 anni di garanzia del produttore. Per l'assistenza in garanzia può rivolgersi direttamente al costruttore:\n\nNumero verde assistenza in garanzia del produttore (Aspiria): 800 912 345, lun-ven 8:30-18:00\n\nTenga a portata di mano la fattura e il numero di serie.\n\nCordiali saluti,\nStefano Gatti\nCasa & Pulito",
  [], "Reply giving the manufacturer's warranty hotline, marked as such.")

m(16, "reply", "html", "Re: dati per la fatturazione - ordine {O}",
  "<p>Buongiorno Dott. Rizzo,</p><p>come richiesto, ecco i nostri dati aziendali per l'ordine {O}:</p><p>Ceramiche Vietresi di Amato Luca &amp; C. s.n.c.<br>Via Costiera 41<br>84019 Vietri sul Mare (SA)<br>P.IVA 04712850659<br>REA SA-389911</p><p>Cordialmente,<br>Luca Amato, titolare</p>",
  [], "Reply with a company-details footer.")

m(17, "reply", "text", "Re: rimborso del reso - ordine {O}",
  "Buongiorno,\n\nil suo pacco di reso (lettera di vettura BRT n. 084512300917, autorizzazione reso RMA/2026/318) è arrivato al nostro magazzino il 03/12/2026 alle 10:15. Abbiamo disposto il rimborso di 59,90 € lo stesso giorno; sarà visibile entro 3-5 giorni lavorativi.\n\nBuona serata,\nValentina Leone\nAssistenza - Running Store Verona (ordine {O})",
  [], "Reply with return tracking number, RMA number, date, time and amount.")

# ---------------- 31 violations ----------------
m(18, "delivery-delay", "text", "Il suo ordine {O} è in viaggio",
  "Buongiorno,\n\nil pacco del suo ordine {O} è uscito stamattina dal nostro magazzino ed è stato affidato a GLS. Lo riceverà entro 2 giorni lavorativi.\n\nSaluti,\nTeam Giocattoli Pinocchio",
  ["BSM201"], "Shipping confirmation: left the warehouse, handed to the carrier.")

m(19, "fulfillment-question", "text", "Abbiamo ricevuto il suo ordine {O}",
  "Gentile cliente,\n\nabbiamo ricevuto il suo ordine {O} e lo stiamo già preparando con cura: le tazze verranno avvolte una per una.\n\nA presto,\nSara - Maioliche di Caltagirone",
  ["BSM201"], "Order confirmation: received and being prepared.")

m(20, "reply", "text", "Grazie! - ordine {O}",
  "Buongiorno,\n\ngrazie di cuore per aver scelto i nostri prodotti (ordine {O}). Per noi è davvero importante.\n\nUn abbraccio,\nPasticceria Dolce Sicilia",
  ["BSM202"], "Thanks only.")

m(21, "fulfillment-question", "text", "Ordine {O}",
  "Buongiorno Sig. Lombardi,\n\nse dovesse avere qualsiasi problema con l'ordine {O}, ci scriva pure: siamo sempre a disposizione.\n\nCordiali saluti,\nFerramenta Lombarda Online",
  ["BSM202"], "Only an offer of help if something comes up.")

m(22, "delivery-delay", "text", "Ordine {O}: piccolo ritardo",
  "Buongiorno,\n\nil puzzle da 2000 pezzi del suo ordine {O} partirà il 17/12 invece del 15/12 per un ritardo del nostro fornitore.\n\nGrazie per la comprensione,\nMarco, Puzzle Mania\n\nP.S. Fino al 6 gennaio c'è il 20% di sconto su tutto il catalogo con il codice BEFANA20!",
  ["BSM203"], "Permitted delay with a promotional P.S.")

m(23, "review-request", "text", "La sua opinione sull'ordine {O}",
  "Buongiorno,\n\nsperiamo che la sua borsa (ordine {O}) le piaccia; se lo desidera può lasciare una recensione su Amazon.\n\nP.S. Seguiteci su Instagram e Facebook e iscrivetevi alla newsletter per scoprire in anteprima la nuova collezione primavera-estate!\n\nCordialmente,\nPelletteria Fiorentina Nardi",
  ["BSM203"], "Follow us / newsletter / new collection.")

m(24, "review-request", "text", "Un pensiero per lei - ordine {O}",
  "Gentile Sig.ra Marini,\n\nsperiamo che le candele le piacciano. Appena la sua recensione sarà pubblicata su Amazon, ci risponda qui con il numero d'ordine ({O}) e le spediremo un piccolo omaggio come ringraziamento.\n\nUn caro saluto,\nCandele di Lucia",
  ["BSM204"], "A small gift once the review is published.")

m(25, "review-request", "text", "Ordine {O}: rimborso totale",
  "Buongiorno,\n\nle proponiamo questo: scriva una recensione sulla torcia acquistata (ordine {O}) e, non appena sarà online, le rimborseremo l'intero importo.\n\nSaluti,\nCampeggio Italia Store",
  ["BSM204"], "Full refund as soon as the review is online.")

m(26, "reply", "text", "Re: la sua recensione - ordine {O}",
  "Buongiorno Sig. De Luca,\n\nabbiamo sostituito il frullatore del suo ordine {O} e ci ha confermato che il nuovo funziona bene. Potrebbe quindi modificare la recensione da una stella che ha pubblicato, o magari eliminarla?\n\nGrazie,\nAndrea, Cucina Facile",
  ["BSM205"], "Asks to change or remove a one-star review.")

m(27, "review-request", "text", "È soddisfatto? - ordine {O}",
  "Buongiorno,\n\nse è contento del suo zaino (ordine {O}), una recensione su Amazon ci aiuterebbe tantissimo. Se invece qualcosa non va, prima di recensire ci contatti qui: troveremo una soluzione insieme.\n\nCordialmente,\nZaini Trentino",
  ["BSM206"], "Review only if satisfied; unhappy buyers steered to contact the seller.")

m(28, "review-request", "html", "Ordine {O}: una valutazione",
  "<p>Buongiorno,</p><p>a proposito del trapano del suo ordine {O}: ci farebbe un grande favore lasciandoci 5 stelle su Amazon? Per una piccola azienda fa tutta la differenza.</p><p>Grazie,<br>Gianni - Utensili Brianza</p>",
  ["BSM206"], "Asks for a five-star rating.")

m(29, "order-problem", "text", "Ordine {O}: articolo esaurito",
  "Buongiorno Sig.ra Villa,\n\nil caricabatterie del suo ordine {O} è esaurito dal fornitore; abbiamo già ridotto l'importo dell'ordine di 22,90 €. Visto che la custodia ordinata insieme da sola le servirà a poco, la via più veloce è annullare lei stessa l'ordine dal suo account Amazon.\n\nCordiali saluti,\nTech Accessori Bari",
  ["BSM108"], "Amount adjusted, but advises the buyer to cancel because of the stock-out.")

m(30, "order-problem", "text", "Ordine {O}",
  "Buongiorno,\n\nci dispiace informarla che la cyclette del suo ordine {O} non è più disponibile e il riassortimento è previsto solo a marzo. Le saremmo grati se potesse inviarci una richiesta di annullamento dalla sua area clienti.\n\nCi scusiamo,\nFitness Casa Italia",
  ["BSM107", "BSM108"], "Polite cancellation request, no amount adjustment confirmed.")

m(31, "review-request", "text", "Ordine {O}: la sua recensione",
  "Buongiorno,\n\nsperiamo che il tappetino da yoga sia comodo: può condividere la sua opinione sulla pagina del prodotto su Amazon.\n\nPer non ricevere più i nostri messaggi, risponda semplicemente con la parola STOP.\n\nCordiali saluti,\nYoga Italia Shop (ordine {O})",
  ["BSM305"], "Opt-out instruction (reply STOP).")

m(32, "reply", "text", "Re: pacco danneggiato - ordine {O}",
  "Buongiorno,\n\ncazzo, un'altra volta quei cretini del corriere ci hanno distrutto un pacco. Comunque: ci mandi una foto della scatola e del vaso (ordine {O}) e gliene spediamo uno nuovo.\n\nFabio, Ceramiche di Deruta",
  ["BSM306"], "Italian profanity in a reply.")

m(33, "delivery-delay", "text", "Bestellung {O}: Verzögerung",
  "Sehr geehrte Kundin, sehr geehrter Kunde,\n\nIhre Bestellung {O} (Wolldecke aus Südtirol) wird leider erst am 18. Dezember statt am 12. Dezember versendet. Unsere Weberei hat krankheitsbedingt einen Rückstand.\n\nMit freundlichen Grüßen\nLanificio Val Venosta",
  ["BSM104"], "Message written in German to an Italian buyer.")

m(34, "reply", "text", "Re: taglia dei pantaloni - ordine {O}",
  "Buongiorno,\n\nper cambiare la taglia dei pantaloni (ordine {O}) la cosa più semplice è chiamarci allo 051 624 8830, dal martedì al sabato.\n\nCordiali saluti,\nElena - Moda Bologna",
  ["BSM309"], "Italian national-format landline number.")

m(35, "delivery-scheduling", "text", "Consegna del frigorifero - ordine {O}",
  "Buongiorno,\n\npossiamo consegnare il frigorifero (ordine {O}) il 17/12 tra le 8 e le 13 oppure il 18/12 tra le 14 e le 19. Ci risponda qui, oppure chiami l'ufficio consegne al +39 347 218 5590.\n\nCordiali saluti,\nFreddo Service Padova",
  ["BSM309"], "International-format mobile number, not a warranty line.")

m(36, "reply", "text", "Re: istruzioni di montaggio - ordine {O}",
  "Buongiorno,\n\nin allegato le istruzioni della scaffalatura (ordine {O}). Se mancano delle viti, scriva a ricambi@legnoeviti.it indicando i codici.\n\nBuon montaggio,\nLegno & Viti",
  ["BSM308"], "Plain e-mail address.")

m(37, "reply", "text", "Re: ingredienti del sapone - ordine {O}",
  "Buongiorno,\n\nl'elenco completo degli ingredienti e degli allergeni del sapone al latte d'asina (ordine {O}) lo gestisce il nostro laboratorio: glielo invierà se scrive a laboratorio chiocciola saponificiosalento punto it.\n\nCordiali saluti,\nAnna Perrone\nSaponificio Salento",
  ["BSM308"], "Obfuscated e-mail address (chiocciola / punto).")

m(38, "reply", "html", "Re: lavaggio delle lenzuola - ordine {O}",
  "<p>Buongiorno,</p><p>grazie per la domanda sulle lenzuola in lino (ordine {O}). Abbiamo raccolto tutti i consigli sul nostro sito: <a href=\"https://www.linificiodelgarda.it/consigli/lavaggio-lino\">i nostri consigli per lavare il lino</a>.</p><p>Cordiali saluti,<br>Paola, Linificio del Garda</p>",
  ["BSM302"], "Descriptive https link to the seller's own site.")

m(39, "review-request", "html", "Ordine {O}: lasci una recensione",
  "<p>Buongiorno,</p><p>speriamo che il macinapepe del suo ordine {O} le sia utile. Se vuole, può raccontarci com'è andata:</p><p><a href=\"http://www.amazon.it/review/create-review?asin=B08ZL4MV77\">Scrivi una recensione su Amazon</a></p><p>Grazie,<br>Spezie &amp; Macine</p>",
  ["BSM301"], "Insecure http link to Amazon with descriptive text.")

m(40, "delivery-delay", "html", "Ordine {O}: ritardo di produzione",
  "<p>Buongiorno,</p><p>la produzione della sua caffettiera in rame (ordine {O}) richiede più tempo del previsto; partirà il 18/12.</p><p><img src=\"https://img.ramiditoscana.it/prodotti/caffettiera-rame-6-tazze.jpg\" alt=\"Caffettiera in rame 6 tazze\" width=\"300\" height=\"300\"></p><p>Ci scusiamo,<br>Rami di Toscana</p>",
  ["BSM310"], "Photo of the purchased product.")

m(41, "review-request", "html", "Buone feste! La sua opinione sull'ordine {O}",
  "<p><img src=\"https://static.regalidelcorso.it/mail/spiaggia-tramonto.jpg\" alt=\"Spiaggia al tramonto\" width=\"400\" height=\"260\"></p><p>Buongiorno,</p><p>speriamo che il cofanetto (ordine {O}) le sia piaciuto: se vuole, può lasciare una recensione su Amazon.</p><p>Regali del Corso</p>",
  ["BSM311"], "Stock image unrelated to the shop (beach at sunset).")

m(42, "delivery-delay", "html", "Ordine {O}: nuova data",
  "<p><img src=\"https://cdn.sartoriaaurora.it/logo-sartoria-aurora.png\" width=\"150\" height=\"40\"></p><p>Buongiorno,</p><p>il suo abito su misura (ordine {O}) sarà pronto il 15/12 e partirà il giorno successivo.</p><p>Cordiali saluti,<br>Sartoria Aurora</p>",
  ["BSM402"], "Shop logo without an alt attribute.")

m(43, "reply", "text", "Re: colore della sciarpa - ordine {O}",
  "Buongiorno,\n\nla sciarpa del suo ordine {O} è in cashmere, colore \"cammello\" 🧣 Si lava a mano a 30 °C.\n\nBuona giornata,\nMaglieria Carnica",
  ["BSM403"], "Emoji in a reply.")

m(44, "reply", "text", "Re: misura dell'anello - ordine {O}",
  "Buongiorno,\n\nnessun problema, possiamo portare l'anello alla misura 14 prima della spedizione dell'ordine {O}. Ci basta una sua conferma qui :)\n\nCordialmente,\nGioielli Ortigia",
  ["BSM403"], "Emoticon :) in a reply.")

m(45, "delivery-delay", "html", "Ordine {O}: consegna posticipata",
  "<style>.titolo{font-size:24px}.testo{font-size:15px}.nota{font-size:12px}.firma{font-size:11px}</style><p class=\"titolo\">Avviso di ritardo</p><p class=\"testo\">Buongiorno, il suo tavolino (ordine {O}) partirà il 19/12 invece del 14/12 per un ritardo nella verniciatura.</p><p class=\"nota\">Ci scusiamo per il disagio.</p><p class=\"firma\">Falegnameria Rossi</p>",
  ["BSM410"], "Four explicit font sizes in a style block.")

m(46, "delivery-delay", "html", "Ordine {O}: ritardo",
  "<p>Buongiorno,<br>il suo ordine {O} partirà con tre giorni di ritardo, il 17/12.<br><br><br><br>Ci scusiamo per l'inconveniente.<br>Cordiali saluti,<br>Ceramiche del Lago</p>",
  ["BSM412"], "A run of four <br> in HTML.")

m(47, "review-request", "text", "[Importante] La sua recensione - ordine {O}",
  "Buongiorno,\n\nsperiamo che i vini del suo ordine {O} siano di suo gradimento: se lo desidera, può lasciare una recensione del prodotto su Amazon.\n\nCordiali saluti,\nCantina Colli Euganei Shop",
  ["BSM110"], "[Importante] tag on a review request.")

m(48, "review-request", "html", "La sua opinione sull'ordine {O}",
  "<p>Buongiorno,</p><p>speriamo che il kit da ricamo (ordine {O}) le piaccia; per lasciare una recensione clicchi <a href=\"https://www.amazon.it/review/create-review?asin=B0C5TR8QW1\">qui</a>.</p><p>Grazie,<br>Filo &amp; Ago</p>",
  ["BSM401"], "Non-descriptive link text 'qui'.")

# ---------------- 2 that vary ----------------
m(49, "delivery-delay", "text", "Ritardo sul suo ordine",
  "Buongiorno,\n\nil suo ordine n. {ONH} (servizio di piatti in porcellana) partirà il 16/12 invece del 12/12, perché un piatto è risultato difettoso al controllo qualità e va rifatto.\n\nCi scusiamo,\nPorcellane di Capodimonte Shop",
  ["BSM102"], "Order number written without hyphens only.")

m(50, "delivery-delay", "html", "Ordine {O}: ritardo",
  "<div style=\"font-family:Georgia,serif;color:#3a3a3a;line-height:1.8;text-align:justify\"><p>Buongiorno,</p><p>la sua cornice intagliata (ordine {O}) partirà il 21/12 invece del 15/12: la doratura a foglia richiede un'asciugatura più lunga in questa stagione.</p><p>Ci scusiamo per l'attesa,<br>Bottega Dorature Firenze</p></div>",
  ["BSM407", "BSM408", "BSM409", "BSM411"], "Builder styles: font family, colour, line height and justified alignment.")
