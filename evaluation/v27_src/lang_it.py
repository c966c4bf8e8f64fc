# -*- coding: utf-8 -*-
"""v27 blind evaluation set, Italian (it-IT)."""

LANG = "it"


def _oid(n):
    a = (5821093 + n * 98317) % 10000000
    b = (1402967 + n * 271829) % 10000000
    return "585-%07d-%07d" % (a, b)


def _m(n, typ, fmt, subject, body, expected, note, locale="it-IT"):
    oid = _oid(n)
    plain = oid.replace("-", "")
    subject = subject.replace("{oid}", oid).replace("{plain}", plain)
    body = body.replace("{oid}", oid).replace("{plain}", plain)
    return {
        "id": "v27-it-%03d" % n,
        "language": LANG,
        "locale": locale,
        "type": typ,
        "format": fmt,
        "subject": subject,
        "body": body,
        "order_id": oid,
        "expected": sorted(expected),
        "note": note,
    }


MESSAGES = [
# ---------------- clean (1-17) ----------------
_m(1, "delivery-delay", "text",
   "Ordine {oid} - spedizione posticipata",
   "Gentile cliente,\n\n"
   "purtroppo la spedizione del Suo ordine {oid} (moka in alluminio da 3 tazze + guarnizioni di ricambio) slitterà di qualche giorno: il corriere che ritira dal nostro magazzino di Omegna ha sospeso i ritiri per lo sciopero di venerdì.\n\n"
   "Contiamo di affidare il pacco al corriere mercoledì 16 dicembre, con consegna prevista entro il 18.\n\n"
   "Ci scusiamo per il disagio.\n\nCordiali saluti,\nUfficio ordini – Casalinghi Lago d'Orta",
   [], "Clean plain-text delivery delay with a future ship date."),

_m(2, "delivery-delay", "html",
   "Aggiornamento sul Suo ordine {oid}",
   "<p>Buongiorno,</p>"
   "<p>Le scriviamo riguardo all'ordine <b>{oid}</b>: il cuscino in lana cotta fa parte di una piccola produzione artigianale e il lotto di dicembre è ancora in lavorazione.</p>"
   "<table><tr><th>Data prevista in origine</th><th>Nuova data di spedizione</th></tr>"
   "<tr><td>07/12/2026</td><td>14/12/2026</td></tr></table>"
   "<p>Se dovessero esserci altre variazioni La avviseremo subito.</p>"
   "<p>Un cordiale saluto,<br>Francesca<br>Lanificio Valsesia</p>",
   [], "Clean HTML delivery delay with a simple table."),

_m(3, "order-problem", "text",
   "[Importante] Ordine {oid} non evadibile",
   "Buongiorno Sig. Colombo,\n\n"
   "dobbiamo comunicarLe che il trapano a percussione dell'ordine {oid} non è più disponibile: l'ultimo pezzo a magazzino è risultato difettoso al controllo pre-spedizione e il distributore non ne ha altri.\n\n"
   "Abbiamo già rettificato l'importo dell'ordine su Amazon per mancanza di disponibilità: i 129,90 € Le verranno riaccreditati sul metodo di pagamento usato, di norma entro 3-5 giorni lavorativi.\n\n"
   "Ci dispiace davvero.\n\nGiorgio Brambilla\nFerramenta Brambilla s.n.c.",
   [], "Clean order problem confirming the amount adjustment; [Importante] allowed on this type."),

_m(4, "additional-information", "text",
   "Ordine {oid}: ci serve un'informazione",
   "Ciao Martina,\n\n"
   "sto preparando la tua tazza personalizzata (ordine {oid}) ma nel campo note hai scritto solo \"Per la nonna\". Vuoi che lo stampi proprio così, oppure c'è un nome da aggiungere?\n\n"
   "Se non ho tue notizie entro giovedì 10, stampo la frase così com'è.\n\nGrazie!\nElisa – La Bottega delle Tazze",
   [], "Clean informal request for personalisation details."),

_m(5, "return-follow-up", "text",
   "Reso ordine {oid} – proposta",
   "Gentile Sig.ra Ferri,\n\n"
   "abbiamo visto le foto della lampada da tavolo: il paralume ha un piccolo graffio ma la lampada funziona perfettamente.\n\n"
   "Se per Lei va bene, possiamo proporLe un rimborso parziale di 12,00 € e Lei tiene l'articolo, senza doverlo rispedire. Altrimenti procediamo normalmente con il reso.\n\n"
   "Ci faccia sapere cosa preferisce.\n\nCordialmente,\nServizio clienti Luce & Forma\nRif. ordine {oid}",
   [], "Clean return follow-up offering a partial refund."),

_m(6, "return-follow-up", "text",
   "Richiesta di reso {oid}",
   "Buonasera,\n\nabbiamo ricevuto la Sua richiesta di reso per le scarpe da trekking. Per completarla ci serve sapere se il numero di lotto stampato sulla linguetta è 2611 oppure 2614: i due lotti vanno in magazzini diversi e l'etichetta cambia.\n\n"
   "Grazie,\nAndrea\nMontagna Sport Belluno – ordine {oid}",
   [], "Clean return follow-up asking for information to complete the return."),

_m(7, "invoice", "html",
   "Fattura n. 2026/FE/0412 - ordine {oid}",
   "<p>Gentile cliente,</p>"
   "<p>in allegato trova la fattura <strong>n. 2026/FE/0412</strong> del 03/12/2026 relativa all'ordine {oid}.</p>"
   "<table><tr><td>Imponibile</td><td>40,98 €</td></tr><tr><td>IVA 22%</td><td>9,02 €</td></tr><tr><td>Totale</td><td>50,00 €</td></tr></table>"
   "<p>Cordiali saluti</p>"
   "<p><small>Oleificio Fratelli Serra S.r.l. – Via Provinciale 118, 70031 Andria (BT)<br>"
   "P.IVA IT 04721380726 – C.F. 04721380726 – REA BA-356112 – Cap. soc. € 20.000 i.v.</small></p>",
   [], "Clean invoice with P.IVA, C.F., REA and a slash-separated invoice number."),

_m(8, "review-request", "text",
   "Ordine {oid} – la Sua opinione",
   "Buongiorno,\n\nsono passati alcuni giorni dalla consegna del macinacaffè manuale (ordine {oid}). Se ha qualche minuto, può lasciare una recensione sulla pagina del prodotto su Amazon: ogni opinione, positiva o negativa, è utile ad altri acquirenti.\n\n"
   "Grazie e buona giornata,\nTorrefazione Aurora",
   [], "Clean neutral review request in text."),

_m(9, "review-request", "html",
   "Com'è andata con l'ordine {oid}?",
   "<p><img src=\"https://m.media-amazon.com/images/S/seller-logos/cartoleria-gialla.png\" alt=\"Logo Cartoleria Gialla\" width=\"180\"></p>"
   "<p>Ciao,</p>"
   "<p>l'agenda 2027 che hai ordinato (ordine {oid}) ti è arrivata la settimana scorsa. Se ti va, raccontaci com'è andata con una recensione.</p>"
   "<p><a href=\"https://www.amazon.it/review/review-your-purchases/?asin=B0CIT58509\">Scrivi una recensione su Amazon</a></p>"
   "<p>A presto,<br>Cartoleria Gialla</p>",
   [], "Clean HTML review request with a named logo and descriptive https Amazon link."),

_m(10, "delivery-scheduling", "text",
   "Consegna della Sua lavatrice - ordine {oid}",
   "Gentile Sig. Esposito,\n\nla lavatrice 9 kg del Suo ordine {oid} viene consegnata al piano con il nostro trasporto dedicato. Le proponiamo queste fasce orarie:\n\n"
   "- lunedì 14/12 dalle 8:30 alle 12:30\n- martedì 15/12 dalle 14:00 alle 18:00\n- giovedì 17/12 dalle 9:00 alle 13:00\n\n"
   "Ci indichi la fascia preferita e se nel palazzo c'è l'ascensore.\n\n"
   "Cordiali saluti,\nRoberta Greco\nUfficio logistica – ElettroCasa Sud",
   [], "Clean delivery scheduling for a heavy item with time slots."),

_m(11, "home-service-appointment", "text",
   "Appuntamento per il montaggio - {oid}",
   "Buongiorno,\n\nper il montaggio della cabina armadio (ordine {oid}) il nostro montatore è disponibile:\n\n"
   "* venerdì 11 dicembre, ore 9-12\n* sabato 12 dicembre, ore 14-17\n\n"
   "L'intervento dura circa tre ore. Quale giorno preferisce?\n\nSaluti,\nMassimo – Montaggi Arredo Torino",
   [], "Clean home-service appointment with dates and times."),

_m(12, "custom-design-verification", "text",
   "Bozza grafica per la Sua targa – ordine {oid}",
   "Gentile Sig.ra Ricci,\n\nLe alleghiamo la bozza della targa in ottone (file: bozza_targa_Ricci_rev1.pdf) per l'ordine {oid}.\n\n"
   "Testo: \"Studio Legale Ricci & Partners\"\nFormato: 30 x 20 cm, carattere lapidario, incisione nera\n\n"
   "La preghiamo di controllare il testo e di confermarci l'approvazione, oppure di indicarci le modifiche. L'incisione parte solo dopo la Sua conferma.\n\n"
   "Cordialmente,\nIncisioni Artistiche Fabbri",
   [], "Clean custom design proof; an English-style firm name inside Italian text."),

_m(13, "fulfillment-question", "text",
   "Consegna ordine {oid}: codice del portone",
   "Buongiorno,\n\nil corriere passerà da Lei martedì 15/12 con l'ordine {oid} (rif. spedizione BRT 0412-8876-21, rif. interno MG/3391). All'indirizzo indicato c'è un portone con tastierino.\n\n"
   "Può indicarci il codice di accesso o il nome sul citofono? Lo passeremo solo al corriere.\n\nGrazie,\nMagazzino Gusto Sardo",
   [], "Clean door-code question with reference numbers that are not phones."),

_m(14, "reply", "text",
   "Re: differenza tra i modelli - {oid}",
   "Buongiorno,\n\nil modello che ha ordinato, \"Bergsteiger Thermoflasche 1 L\", è lo stesso della versione italiana \"borraccia termica 1 L\": il nome tedesco viene dal produttore di Bolzano. Mantiene le bevande calde per circa 24 ore.\n\n"
   "Per l'ordine {oid} non serve quindi alcuna modifica.\n\nCordiali saluti,\nAlpen Outdoor Shop",
   [], "Clean reply quoting a German product title inside Italian sentences."),

_m(15, "reply", "text",
   "Re: asciugacapelli non si accende ({oid})",
   "Buongiorno,\n\nci dispiace per l'inconveniente. L'asciugacapelli dell'ordine {oid} è coperto dalla garanzia del produttore di 24 mesi; per la riparazione o sostituzione è più veloce contattare direttamente il centro assistenza del produttore:\n\n"
   "Numero verde garanzia del produttore Ventura: 800 912 447 (lun-ven 9:00-18:00)\n\n"
   "Tenga a portata di mano lo scontrino Amazon o il numero d'ordine.\n\nSaluti,\nBeauty Market Italia",
   [], "Clean reply with the manufacturer's warranty hotline marked as such."),

_m(16, "reply", "text",
   "Re: fattura intestata - ordine {oid}",
   "Buongiorno Dott. Mancini,\n\ncertamente: emetteremo la fattura dell'ordine {oid} intestata allo studio, con la P.IVA 09876543210 che ci ha indicato. La riceverà tramite la messaggistica Amazon entro lunedì.\n\n"
   "Distinti saluti,\n\nLucia Bernardi\nResponsabile amministrazione\nTipografia Bernardi S.r.l.\nVia dei Mille 27, 43121 Parma (PR)\nP.IVA 02233445566 – REA PR-240117",
   [], "Clean reply with a company-details footer."),

_m(17, "reply", "text",
   "Re: rimborso del reso {oid}",
   "Buonasera Sig.ra Galli,\n\nil pacco del reso (autorizzazione RMA 2026-1187, tracking GLS 62 9001 447 12) è arrivato in magazzino il 03/12 alle 11:15. Il rimborso di 64,80 € per l'ordine {oid} è stato emesso il 04/12 alle 9:30 e dovrebbe comparire sull'estratto conto entro 5 giorni lavorativi.\n\n"
   "Cordiali saluti,\nUfficio resi – Casa Bimbi Store",
   [], "Clean reply with RMA, tracking numbers, dates, times and amounts."),

# ---------------- violations (18-48) ----------------
_m(18, "fulfillment-question", "text",
   "Il Suo pacco è partito! {oid}",
   "Buongiorno,\n\nLe confermiamo che il Suo ordine {oid} è stato affidato oggi al corriere SDA e ha già lasciato il nostro magazzino di Prato.\n\nCordiali saluti,\nTessuti Toscani",
   ["BSM201"], "Shipping confirmation: handed to carrier, left warehouse."),

_m(19, "additional-information", "text",
   "Grazie per l'ordine {oid}",
   "Ciao!\n\nAbbiamo ricevuto il tuo ordine {oid} e lo stiamo già preparando: appena pronto partirà dal nostro laboratorio.\n\nSapori di Sicilia",
   ["BSM201"], "Order confirmation: received and being prepared."),

_m(20, "fulfillment-question", "text",
   "Ordine {oid}",
   "Gentile cliente,\n\ngrazie di cuore per aver scelto il nostro negozio per il Suo ordine {oid}. Lo apprezziamo davvero tanto!\n\nLo staff di Profumi di Capri",
   ["BSM202"], "Thanks-only message."),

_m(21, "fulfillment-question", "html",
   "Siamo qui per Lei – {oid}",
   "<p>Buongiorno,</p><p>per qualsiasi dubbio sull'ordine {oid} siamo a Sua completa disposizione: basta rispondere a questo messaggio.</p><p>Un saluto,<br>Orologeria Bassi</p>",
   ["BSM202"], "Only an offer to help if something comes up."),

_m(22, "delivery-delay", "text",
   "Ritardo ordine {oid}",
   "Buongiorno,\n\nil Suo ordine {oid} partirà venerdì 18/12 anziché martedì, perché la nuova fornitura di vasetti è arrivata in ritardo. Ci scusiamo.\n\n"
   "Apicoltura Monti Sibillini\n\n"
   "P.S. Fino al 31 dicembre tutto il catalogo è scontato del 20%: approfitti dei regali di Natale!",
   ["BSM203"], "Permitted delay with a 20% off P.S."),

_m(23, "review-request", "text",
   "La Sua opinione - ordine {oid}",
   "Buongiorno,\n\nle candele profumate dell'ordine {oid} sono state consegnate qualche giorno fa: se vuole, può lasciare una recensione su Amazon.\n\n"
   "Intanto, non perda la nostra nuova collezione invernale: ci segua su Facebook e si iscriva alla nostra newsletter per non perdere le novità!\n\nCandele Ca' d'Oro",
   ["BSM203"], "Follow us / newsletter / new collection in a review request."),

_m(24, "review-request", "text",
   "Un piccolo pensiero per Lei ({oid})",
   "Gentile cliente,\n\nse lascerà una recensione sul tagliere in ulivo (ordine {oid}), appena sarà pubblicata Le invieremo un piccolo omaggio come ringraziamento.\n\nCordiali saluti,\nLegno d'Ulivo Artigiano",
   ["BSM204"], "A small gift once the review is published."),

_m(25, "review-request", "text",
   "Ordine {oid}",
   "Ciao,\n\nti rimborsiamo l'intero importo dell'ordine {oid} non appena la tua recensione sarà online su Amazon. Basta mandarci il link della recensione rispondendo qui.\n\nPower Bank Italia",
   ["BSM204"], "Full refund as soon as the review is online."),

_m(26, "reply", "text",
   "Re: sostituzione {oid}",
   "Buongiorno Sig. Marino,\n\nabbiamo spedito il ricambio come concordato (ordine {oid}). Visto che il problema è risolto, Le chiederemmo gentilmente di aggiornare o cancellare la recensione a una stella che ha pubblicato.\n\nGrazie,\nIdraulica Veneta",
   ["BSM205"], "Asks to update or delete a one-star review."),

_m(27, "review-request", "text",
   "Soddisfatto dell'acquisto? {oid}",
   "Buongiorno,\n\nse è rimasto soddisfatto del Suo zaino (ordine {oid}), Le saremmo grati per una recensione positiva su Amazon. Se invece qualcosa non Le è piaciuto, prima di recensire ci scriva: troveremo insieme una soluzione.\n\nZaini Dolomiti",
   ["BSM206"], "Review only if satisfied; unhappy buyers steered to contact the seller."),

_m(28, "review-request", "text",
   "Ci aiuti con 5 stelle? – {oid}",
   "Ciao!\n\nSiamo una piccola realtà di Matera e ogni valutazione conta: se pensi che il nostro servizio sia stato all'altezza, lasciaci 5 stelle su Amazon per l'ordine {oid}.\n\nGrazie,\nCeramiche Sassi",
   ["BSM206"], "Asks for five stars."),

_m(29, "order-problem", "text",
   "Ordine {oid} - articolo esaurito",
   "Buongiorno,\n\nil tostapane 4 fette dell'ordine {oid} è esaurito e non verrà riassortito. Abbiamo già modificato l'importo dell'ordine (motivo: mancanza di disponibilità), con rimborso di 59,90 €.\n\n"
   "Per chiudere la pratica, la cosa più rapida è che annulli Lei l'ordine dalla sezione \"I miei ordini\".\n\nCordiali saluti,\nElettrodomestici Pagano",
   ["BSM108"], "Advises the buyer to cancel, with the adjustment confirmed."),

_m(30, "order-problem", "text",
   "Problema con l'ordine {oid}",
   "Gentile cliente,\n\nle cartucce richieste con l'ordine {oid} sono terminate e il fornitore non sa dirci quando torneranno.\n\nLe saremmo grati se potesse inviare una richiesta di cancellazione tramite Amazon, così da poter chiudere l'ordine.\n\nGrazie per la comprensione,\nInk Point Milano",
   ["BSM107", "BSM108"], "Requests a cancellation for stock-out without confirming the amount adjustment."),

_m(31, "delivery-delay", "text",
   "Ordine {oid}: nuova data",
   "Buongiorno,\n\nil Suo ordine {oid} sarà spedito il 15/12 invece del 10/12 per un ritardo della vetreria.\n\nCordiali saluti,\nVetri di Murano Online\n\n"
   "Per non ricevere più comunicazioni da noi, risponda a questo messaggio scrivendo CANCELLAMI.",
   ["BSM305"], "Opt-out instruction."),

_m(32, "reply", "text",
   "Re: dov'è il mio pacco {oid}",
   "Senta, il pacco dell'ordine {oid} l'hanno perso quei cazzo di corrieri, mica noi. Lo rispediamo lunedì e basta, non ci scriva altre dieci volte.\n\nGomme & Ricambi Ostia",
   ["BSM306"], "Italian profanity in a reply."),

_m(33, "delivery-delay", "text",
   "Lieferverzögerung Bestellung {oid}",
   "Guten Tag,\n\nIhre Bestellung {oid} wird leider erst am 16. Dezember versendet, da unser Lieferant im Verzug ist. Wir bitten um Entschuldigung.\n\nMit freundlichen Grüßen\nSüdtirol Speck Shop",
   ["BSM104"], "Whole message in German to an Italian buyer."),

_m(34, "additional-information", "text",
   "Ordine {oid}: numero civico mancante",
   "Buongiorno,\n\nnell'indirizzo dell'ordine {oid} manca il numero civico. Ce lo può indicare? Se preferisce mi chiami pure al 347 812 4456.\n\nGrazie,\nStefano – Giardino Facile",
   ["BSM309"], "Italian mobile number."),

_m(35, "reply", "text",
   "Re: istruzioni di installazione {oid}",
   "Buongiorno,\n\nper l'installazione del condizionatore dell'ordine {oid} può chiamare il nostro ufficio tecnico al +39 02 8734 1120, dal lunedì al venerdì.\n\nSaluti,\nClima Store Milano",
   ["BSM309"], "Seller's phone number in international format."),

_m(36, "return-follow-up", "text",
   "Reso {oid}: ci serve una foto",
   "Buongiorno,\n\nper completare il reso dell'ordine {oid} ci mandi una foto dell'etichetta interna a resi.modaverde@libero.it, così verifichiamo il lotto.\n\nModa Verde",
   ["BSM308"], "Plain e-mail address."),

_m(37, "reply", "text",
   "Re: ordine per l'ufficio {oid}",
   "Buongiorno,\n\nper un preventivo su 20 pezzi come l'ordine {oid} scriva a ordini chiocciola cartotecnica-rossi punto it, Le rispondiamo in giornata.\n\nCartotecnica Rossi",
   ["BSM308"], "Obfuscated e-mail address with 'chiocciola ... punto'."),

_m(38, "reply", "html",
   "Re: ricetta per la pasta - {oid}",
   "<p>Buongiorno,</p><p>la farina di semola dell'ordine {oid} è perfetta per le orecchiette. Trova la ricetta della nonna sul nostro <a href=\"https://www.mulinodelpuglia.it/ricette/orecchiette\">blog delle ricette del Mulino</a>.</p>"
   "<p>Buona cucina,<br>Mulino del Puglia</p>",
   ["BSM302"], "https link to the seller's own blog, not needed for the order."),

_m(39, "return-follow-up", "html",
   "Reso ordine {oid}",
   "<p>Buongiorno,</p><p>per completare il reso dell'ordine {oid} ci conferma se restituisce anche il caricabatterie? L'etichetta di reso la trova nella <a href=\"http://www.amazon.it/gp/css/returns/homepage.html\">pagina dei resi del Suo account Amazon</a>.</p><p>Grazie,<br>Tech Outlet Roma</p>",
   ["BSM301"], "Insecure http link to Amazon."),

_m(40, "delivery-delay", "html",
   "Il Suo divano – {oid}",
   "<p>Buongiorno,</p><p>il divano Milano 3 posti (ordine {oid}) sarà spedito il 21/12 anziché il 14/12.</p>"
   "<p><img src=\"https://img.salottiveneti.it/prodotti/divano-milano-3posti-grigio.jpg\" alt=\"Divano Milano 3 posti grigio\" width=\"320\"></p>"
   "<p>Grazie per la pazienza,<br>Salotti Veneti</p>",
   ["BSM310"], "Image of the purchased product."),

_m(41, "additional-information", "html",
   "Ordine {oid}: colore della cornice",
   "<p>Buongiorno,</p><p>per l'ordine {oid} ci conferma il colore della cornice, noce o bianco?</p>"
   "<p><img src=\"https://stock.fotolibere.example/mare/spiaggia-tramonto.jpg\" alt=\"Spiaggia al tramonto\" width=\"320\"></p>"
   "<p>Cornici d'Arte</p>",
   ["BSM311"], "Unrelated stock image (a beach)."),

_m(42, "delivery-delay", "html",
   "Ordine {oid} in ritardo",
   "<p><img src=\"https://m.media-amazon.com/images/S/seller-logos/pasticceria-aurelia.png\" width=\"140\"></p>"
   "<p>Buongiorno,</p><p>il panettone artigianale dell'ordine {oid} partirà il 16/12 invece del 12/12.</p><p>Pasticceria Aurelia</p>",
   ["BSM402"], "Shop logo without an alt attribute."),

_m(43, "reply", "text",
   "Re: colore disponibile {oid} 😊",
   "Ciao Giulia!\n\nSì, per l'ordine {oid} abbiamo ancora il colore salvia 🌿 Lo aggiorniamo noi, tranquilla!\n\nFederica – Uncinetto & Co.",
   ["BSM403"], "Emoji in subject and body."),

_m(44, "additional-information", "text",
   "Ordine {oid}",
   "Ciao,\n\nmi confermi la misura del collare per l'ordine {oid}? S o M? :)\n\nBau Store",
   ["BSM403"], "Text emoticon :)."),

_m(45, "delivery-delay", "html",
   "Ordine {oid}: nuova data di spedizione",
   "<style>.titolo{font-size:24px} .testo{font-size:15px} .data{font-size:19px} .firma{font-size:11px}</style>"
   "<p class=\"titolo\">Ritardo di spedizione</p>"
   "<p class=\"testo\">Buongiorno, l'ordine {oid} partirà il 17/12 invece del 11/12.</p>"
   "<p class=\"data\">Nuova data: 17/12/2026</p>"
   "<p class=\"firma\">Vini Langhe Shop</p>",
   ["BSM410"], "Four explicit font sizes in a style block."),

_m(46, "delivery-scheduling", "html",
   "Consegna frigorifero – {oid}",
   "<p>Buongiorno,</p><p>possiamo consegnare il frigorifero dell'ordine {oid} mercoledì 16/12 tra le 14:00 e le 18:00.<br><br><br><br>Le va bene questa fascia?</p>"
   "<p>Saluti,<br>Freddo Casa</p>",
   ["BSM412"], "A run of four <br> tags."),

_m(47, "invoice", "text",
   "[Importante] Fattura ordine {oid}",
   "Buongiorno,\n\nin allegato la fattura n. 2026/118 per l'ordine {oid}.\n\nCordiali saluti,\nAgraria Bianchi S.r.l.\nP.IVA 03344556677",
   ["BSM110"], "[Importante] tag on an invoice."),

_m(48, "review-request", "text",
   "Ordine {oid} – recensione",
   "Buongiorno,\n\nse desidera, può lasciare una recensione sull'ordine {oid} qui: https://www.amazon.it/review/review-your-purchases/\n\nCordialmente,\nSaponificio Naturale",
   ["BSM401"], "Bare URL as link text."),

# ---------------- varying (49-50) ----------------
_m(49, "delivery-delay", "html",
   "Ordine {oid}: spedizione posticipata",
   "<div style=\"padding: 0 140px;\">"
   "<p>Buongiorno,</p><p>il presepe in terracotta dell'ordine {oid} partirà il 15/12 anziché il 10/12: gli ultimi pezzi sono ancora in forno.</p>"
   "<p>Cordiali saluti,<br>Presepi di San Gregorio Armeno</p></div>",
   ["BSM405"], "140 px padding on each side: wide margins."),

_m(50, "delivery-delay", "html",
   "Ordine {oid} - aggiornamento",
   "<p>Buongiorno,</p><p>l'ordine {oid} (set di bicchieri in cristallo) partirà giovedì 17/12 invece di lunedì.</p>"
   "<p>Cordiali saluti,<br>Cristallerie Empoli</p>"
   "<img src=\"https://open.mailtrack-pro.example/o.gif?uid=58231&amp;cmp=dec26&amp;oid={oid}\" width=\"1\" height=\"1\" alt=\"\">",
   ["BSM307", "BSM402"], "1x1 tracking pixel with tracking parameters and empty alt."),
]
