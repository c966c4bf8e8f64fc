# -*- coding: utf-8 -*-
"""v10 blind evaluation set: Italian (it-IT)."""

LANG = "it"
LOCALE = "it-IT"


def _oid(i):
    a = (7104433 + i * 130363) % 10000000
    b = (2867015 + i * 454967) % 10000000
    return "414-%07d-%07d" % (a, b)


_R = []


def m(type_, fmt, subject, body, expected, note):
    _R.append((type_, fmt, subject, body, sorted(expected), note))


# ---------------------------------------------------------------- clean (17)
m("delivery-delay", "text", "Ritardo nella spedizione – ordine {OID}",
  """Gentile signora Colombo,

la moka in acciaio da 6 tazze del suo ordine {OID} doveva partire ieri, ma il nostro fornitore di Omegna ci ha consegnato il lotto con qualche giorno di ritardo. Conti di riceverla con una spedizione in partenza giovedì 10 dicembre 2026.

Ci scusiamo per l'attesa.

Cordiali saluti,
Francesca Riva
Assistenza clienti – Casa del Caffè Riva""",
  [], "Plain-text delivery delay with a new ship date.")

m("delivery-delay", "html", "Ordine {OID}: nuova data di spedizione",
  """<p>Buongiorno signor Esposito,</p>
<p>le scriviamo per il suo ordine <strong>{OID}</strong>: il set di piatti in ceramica di Vietri è ancora nel forno per la seconda cottura, che quest'anno ha richiesto più tempo a causa dell'umidità.</p>
<p>Prevediamo di affidare il pacco al corriere <strong>lunedì 14 dicembre</strong>; la consegna è stimata tra mercoledì 16 e venerdì 18.</p>
<p>Grazie per la pazienza,<br>
Gennaro Amalfitano<br>
Ceramiche della Costiera</p>""",
  [], "HTML delivery delay announcing a future ship date.")

m("order-problem", "text", "[Importante] Ordine {OID}: articolo non disponibile",
  """Buongiorno,

durante l'ultimo controllo abbiamo trovato una crepa nell'unico tagliere in legno d'ulivo (45 cm) rimasto per il suo ordine {OID}. Purtroppo non ne abbiamo altri a magazzino e il nostro artigiano non potrà realizzarne prima di febbraio.

Abbiamo quindi rettificato l'importo dell'ordine in Seller Central con motivo "articolo esaurito": i 58,50 € le verranno riaccreditati da Amazon entro pochi giorni lavorativi.

Ci dispiace davvero.

Un saluto,
Marco Bellini
Bottega dell'Ulivo""",
  [], "Order problem with the amount adjusted; [Importante] allowed on this critical type.")

m("additional-information", "text", "Incisione – ordine {OID}",
  """Gentile signora Ferri,

per completare l'incisione del portachiavi in ottone (ordine {OID}) ci serve una conferma: nel campo personalizzazione ha scritto "Ale & Giò 2026". Vuole l'accento sulla o di Giò oppure preferisce "Gio" senza accento?

Se non riceviamo risposta entro venerdì 11 dicembre alle 12:00, incideremo il testo esattamente come inserito.

Grazie mille,
Davide – Incisioni Moretti""",
  [], "Asks for an engraving detail needed to complete the order.")

m("return-follow-up", "text", "Il suo reso – ordine {OID}",
  """Buongiorno signor Greco,

abbiamo letto che la caraffa filtrante del suo ordine {OID} è arrivata con il coperchio graffiato. Se le va bene, può tenerla: in quel caso le proponiamo un rimborso parziale di 9,00 € (circa il 30% del prezzo).

Ci risponda semplicemente "accetto" e procediamo con il rimborso parziale; altrimenti resta valida la normale procedura di reso.

Cordialmente,
Silvia Conti
Acqua Pura Store""",
  [], "Return follow-up offering a partial refund.")

m("return-follow-up", "html", "Reso dell'asciugacapelli – {OID}",
  """<p>Buongiorno,</p>
<p>abbiamo ricevuto la sua richiesta di reso per l'asciugacapelli (ordine {OID}). Per inoltrarla al produttore ci manca il <strong>numero di matricola</strong>, stampato sull'etichetta vicino al cavo (inizia con HD-).</p>
<p>Può indicarcelo rispondendo a questo messaggio? Va bene anche una foto dell'etichetta.</p>
<p>Grazie,<br>Luca – Assistenza Bellezza Facile</p>""",
  [], "Return follow-up asking for the serial number needed to complete the return.")

m("invoice", "html", "Fattura n. 2026/FE/0389 – ordine {OID}",
  """<p>Gentile signora Marini,</p>
<p>in allegato trova la fattura <strong>n. 2026/FE/0389</strong> del 4 dicembre 2026 relativa al suo ordine {OID}, per un totale di 146,40 € IVA inclusa (di cui IVA 22%: 26,40 €).</p>
<p>Cordiali saluti,</p>
<p>Ufficio amministrazione</p>
<p><small>Tessiture Valsesia S.r.l. – Via Roma 18, 13019 Varallo (VC)<br>
P.IVA IT 02457810023 – C.F. 02457810023 – REA VC-198745 – Capitale sociale 20.000,00 € i.v.</small></p>""",
  [], "Invoice with P.IVA, C.F. and REA numbers and a slashed invoice number.")

m("review-request", "text", "Com'è andata? Ordine {OID}",
  """Buongiorno,

qualche giorno fa le sono arrivate le candele profumate dell'ordine {OID}. Se ha un minuto, una recensione sulla pagina del prodotto su Amazon aiuta altri clienti a scegliere, che sia entusiasta o più critica.

Grazie per il tempo che vorrà dedicarci.

Chiara, della Cereria Fiorentina""",
  [], "Neutral plain-text review request.")

m("review-request", "html", "La sua opinione sulla coperta – {OID}",
  """<p><img src="https://m.media-amazon.com/images/S/seller-assets/tessiture-valsesia-logo.png" alt="Tessiture Valsesia" width="170" height="60"></p>
<p>Gentile signora Marini,</p>
<p>la coperta in lana del suo ordine {OID} è con lei da una settimana. La sua opinione, qualunque sia, è preziosa per noi e per chi deve ancora decidere.</p>
<p><a href="https://www.amazon.it/review/create-review?asin=B0CY7HK2P4">Scrivi una recensione della coperta Tessiture Valsesia su Amazon.it</a></p>
<p>Un caro saluto,<br>Paola Bertolini – Tessiture Valsesia</p>""",
  [], "HTML review request with the shop logo (alt names shop) and a descriptive https Amazon link.")

m("delivery-scheduling", "text", "Consegna del divano – ordine {OID}",
  """Buongiorno signor Ricci,

il divano a tre posti del suo ordine {OID} (68 kg) verrà consegnato al piano da due nostri incaricati. Per la zona di Bergamo abbiamo queste fasce orarie:

- giovedì 17 dicembre, 8:00–13:00
- venerdì 18 dicembre, 13:30–18:00
- lunedì 21 dicembre, 8:00–12:30

Ci indica quale preferisce e a che piano abita (con o senza ascensore)?

Cordiali saluti,
Elena Gatti
Pianificazione consegne – Arredo Lombardo""",
  [], "Scheduling delivery of a bulky item with dates and time slots.")

m("home-service-appointment", "text", "Montaggio della cucina – {OID}",
  """Gentile signora De Luca,

per il montaggio del mobile lavello del suo ordine {OID} il nostro tecnico è disponibile:

martedì 15 dicembre dalle 9:00 alle 11:00,
oppure mercoledì 16 dicembre dalle 14:00 alle 16:00.

La preghiamo di lasciare libero l'accesso allo scarico e alla presa. L'intervento dura circa un'ora e mezza.

Quale orario preferisce?

Stefano Rinaldi
Servizi Casa Torino""",
  [], "Home-service appointment with time slots.")

m("custom-design-verification", "html", "Bozza delle partecipazioni – ordine {OID}",
  """<p>Ciao Giulia,</p>
<p>in allegato trovi la bozza grafica delle 80 partecipazioni di nozze dell'ordine {OID}: nomi "Giulia e Tommaso", sabato 12 giugno 2027, ore 11:00, Chiesa di San Michele, carta cotone 300 g.</p>
<p>Controlla nomi, date e orari e rispondici "bozza approvata" oppure scrivici le correzioni. Andiamo in stampa appena ci dai l'ok.</p>
<p>A presto,<br>Marta – Cartoleria Il Torchio</p>""",
  [], "Design proof sent for approval.")

m("fulfillment-question", "text", "Codice del cancello per la consegna – {OID}",
  """Buongiorno,

la nostra squadra deve consegnare l'armadio del suo ordine {OID} (pratica CONS-2026-0421) presso il Condominio Le Magnolie, scala B, interno 7. Nell'indirizzo non compare né il codice del cancello né il nome sul citofono.

Può indicarci il codice di accesso e il nome da citofonare? Senza queste informazioni non riusciremo a entrare.

Grazie,
Roberta Fontana – Mobili Fontana""",
  [], "Door-code question with reference numbers.")

m("reply", "text", "Re: Domanda sulla lampada – {OID}",
  """Buonasera signor Lombardi,

sì, la "Scandi Glow Bedside Lamp" che ha acquistato (ordine {OID}) monta lampadine E14 fino a 6 W. Il dimmer integrato funziona con tutte le lampadine LED dimmerabili con questo attacco.

Buona serata,
Andrea – Luce di Casa""",
  [], "Reply quoting an English product title inside Italian sentences.")

m("reply", "text", "Re: Macchina per il caffè non si accende – {OID}",
  """Gentile signora Galli,

ci spiace per il problema con la macchina per espresso (ordine {OID}). È coperta dalla garanzia del produttore di due anni: il centro assistenza del produttore Brevia (numero dedicato alla garanzia) risponde allo 02 8736 4410, dal lunedì al venerdì dalle 9:00 alle 18:00. Tenga a portata di mano il numero di serie e la data d'acquisto, 23 novembre 2026.

Cordiali saluti,
Federico Mancini
Casa del Caffè Riva""",
  [], "Reply giving the manufacturer's warranty line, marked as such (BSM309 exception).")

m("reply", "html", "Re: Fattura intestata all'azienda – {OID}",
  """<p>Buongiorno signor Costa,</p>
<p>nessun problema: intesteremo la fattura dell'ordine {OID} alla sua azienda, Costa Impianti S.n.c., con partita IVA 03918250164. La riceverà tramite la messaggistica di Amazon entro domani.</p>
<p>Cordiali saluti,<br>Valentina Serra<br>Responsabile amministrativa</p>
<p><small>Cartoleria Il Torchio di Serra Valentina – Via dei Mille 42, 40121 Bologna (BO)<br>P.IVA 03562140378 – C.F. SRRVNT85C45A944K – REA BO-532871</small></p>""",
  [], "Reply with a company-details footer (P.IVA, C.F., REA).")

m("reply", "text", "Re: Quando arriva il rimborso? {OID}",
  """Buongiorno signora Barbieri,

il suo pacco di reso (numero reso RES-2026-11874, tracking BRT 058311204471) è arrivato nel nostro magazzino giovedì 3 dicembre alle 10:42. Abbiamo controllato l'articolo il giorno dopo e avviato il rimborso di 34,90 € sull'ordine {OID} venerdì 4 dicembre alle 16:15.

A seconda della banca, possono servire da 3 a 5 giorni lavorativi perché lo veda sull'estratto conto.

Buona giornata,
Matteo – Ufficio resi, Zaino & Via""",
  [], "Reply with return and tracking numbers, dates, times and amounts.")

# ---------------------------------------------------------- violations (31)
m("fulfillment-question", "text", "Ordine {OID} in viaggio",
  """Ciao!

Il pacco del tuo ordine {OID} è uscito stamattina dal nostro magazzino di Piacenza ed è già nelle mani di GLS.

A presto,
Il team di Zaino & Via""",
  ["BSM201"], "Shipping confirmation: left the warehouse, handed to the carrier.")

m("fulfillment-question", "html", "Stiamo preparando il suo ordine {OID}",
  """<p>Gentile signora Testa,</p>
<p>abbiamo ricevuto correttamente il suo ordine {OID} e lo stiamo già preparando con la massima cura nel nostro laboratorio.</p>
<p>Buona giornata,<br>Cereria Fiorentina</p>""",
  ["BSM201"], "Order confirmation paraphrased: received and being prepared.")

m("fulfillment-question", "text", "Grazie di cuore – {OID}",
  """Gentile signor Pellegrini,

tutto lo staff di Tessiture Valsesia desidera ringraziarla sinceramente per averci scelto (ordine {OID}).

Grazie ancora e buone feste!

Paola""",
  ["BSM202"], "Thanks only.")

m("fulfillment-question", "text", "Ordine {OID}",
  """Buongiorno,

in merito al suo ordine {OID}: nel caso qualcosa non fosse a posto, sappia che siamo sempre a sua disposizione tramite la messaggistica di Amazon.

Cordiali saluti,
Bellezza Facile""",
  ["BSM202"], "Only an offer to help if a problem comes up.")

m("delivery-delay", "text", "Piccolo ritardo per l'ordine {OID}",
  """Gentile signora Villa,

le tovaglie ricamate dell'ordine {OID} partiranno con tre giorni di ritardo, sabato 12 dicembre, perché la nostra ricamatrice è stata poco bene.

Grazie per la comprensione.

Tessiture Valsesia

P.S. Fino al 31 dicembre c'è il 20% di sconto su tutto il catalogo con il codice NATALE20.""",
  ["BSM203"], "Permitted delay with a P.S. promoting 20% off everything.")

m("review-request", "html", "La sua recensione e le nostre novità – {OID}",
  """<p>Buongiorno,</p>
<p>speriamo che la moka dell'ordine {OID} le stia dando soddisfazione. Una recensione su Amazon ci sarebbe di grande aiuto.</p>
<p>Intanto è arrivata la nuova linea invernale di miscele! Seguici su Instagram e Facebook (Casa del Caffè Riva) e iscriviti alla nostra newsletter per non perderti nulla.</p>
<p>Francesca – Casa del Caffè Riva</p>""",
  ["BSM203"], "Follow us, newsletter and new line inside a review request.")

m("review-request", "text", "Un pensiero per la sua recensione – {OID}",
  """Gentile signor Marchetti,

ha ricevuto il tagliere del suo ordine {OID}. Appena la sua recensione sarà pubblicata su Amazon, le spediremo un piccolo omaggio per ringraziarla del tempo dedicato.

Un saluto,
Bottega dell'Ulivo""",
  ["BSM204"], "A small gift once the review is published.")

m("review-request", "text", "Ordine {OID} – rimborso completo con la recensione",
  """Buongiorno,

le facciamo una proposta: scriva una recensione sulla lampada acquistata (ordine {OID}) e, non appena sarà online, le rimborsiamo l'intero importo.

Basta inviarci uno screenshot in risposta.

Andrea – Luce di Casa""",
  ["BSM204"], "Full refund as soon as the review is online.")

m("reply", "text", "Re: La sua recensione – {OID}",
  """Gentile signora Leone,

abbiamo visto la recensione a una stella sull'asciugacapelli (ordine {OID}). Il problema dipendeva dal filtro posteriore montato male; come le abbiamo spiegato, ora l'apparecchio funziona regolarmente.

Visto che è tutto risolto, le andrebbe di aggiornare il voto o di cancellare la recensione?

Grazie in anticipo,
Luca – Bellezza Facile""",
  ["BSM205"], "Asks to update or delete a one-star review.")

m("review-request", "text", "È soddisfatto? – {OID}",
  """Buongiorno,

le partecipazioni dell'ordine {OID} sono arrivate. Se le sono piaciute, una recensione su Amazon ci farebbe felici. Se invece qualcosa non l'ha convinta, la preghiamo di scriverci prima di lasciare una recensione: troveremo una soluzione insieme.

Marta – Cartoleria Il Torchio""",
  ["BSM206"], "Asks only happy buyers; steers unhappy ones away from reviewing.")

m("review-request", "html", "Cinque stelle per noi? – {OID}",
  """<p>Buongiorno signor Esposito,</p>
<p>i piatti di Vietri (ordine {OID}) sono già in tavola? Saremmo felicissimi se li premiasse con <strong>5 stelle</strong> su Amazon: per una piccola bottega ogni voto pieno fa la differenza.</p>
<p>Gennaro – Ceramiche della Costiera</p>""",
  ["BSM206"], "Asks for a five-star rating.")

m("order-problem", "text", "Ordine {OID}: prodotto esaurito",
  """Gentile signora Caruso,

il servizio da tè "Capri" del suo ordine {OID} è purtroppo esaurito presso il nostro fornitore. Abbiamo già rettificato l'importo dell'ordine indicando come motivo "articolo esaurito".

Per chiudere la pratica nel modo più rapido, la soluzione migliore è che sia lei a richiedere l'annullamento da "I miei ordini" su Amazon.

Ci scusiamo per il disagio,
Ceramiche della Costiera""",
  ["BSM108"], "Adjustment confirmed but advises the buyer to cancel themselves.")

m("order-problem", "text", "Ordine {OID} – scorte terminate",
  """Buongiorno,

non abbiamo più gli scarponcini imbottiti numero 39 per il suo ordine {OID} e non è previsto un riassortimento.

Le saremmo molto grati se potesse inoltrare lei una richiesta di annullamento.

Grazie per la comprensione,
Calzature Bassi""",
  ["BSM107", "BSM108"], "Asks for a cancellation request and does not confirm any adjustment.")

m("delivery-delay", "text", "Spedizione posticipata – {OID}",
  """Buongiorno,

l'ordine {OID} (candela "Fico e Cedro") verrà spedito il 10 dicembre invece del 7, perché la cera ci è arrivata in ritardo.

Grazie per la pazienza.

Cereria Fiorentina

Non desidera più ricevere i nostri messaggi? Risponda CANCELLAMI a questa email.""",
  ["BSM305"], "Opt-out instruction: reply to unsubscribe.")

m("reply", "text", "Re: Pacco danneggiato – {OID}",
  """Buongiorno signor Rizzo,

che cazzo, quel corriere di merda ci ha distrutto un altro pacco. Non ne possiamo più.

Le rispediamo domani stesso una zuppiera nuova per l'ordine {OID}, senza costi.

Ceramiche della Costiera""",
  ["BSM306"], "Italian profanity in a reply.")

m("delivery-delay", "text", "Lieferverzögerung – Bestellung {OID}",
  """Guten Tag,

leider müssen wir Ihnen mitteilen, dass Ihre Leinentischdecke (Bestellung {OID}) erst am 11. Dezember statt am 8. Dezember versendet wird, da unser Lieferant den Stoff verspätet geliefert hat.

Vielen Dank für Ihre Geduld.

Mit freundlichen Grüßen
Tessiture Valsesia""",
  ["BSM104"], "Whole message in German for an it-IT buyer.")

m("additional-information", "text", "Consegna dell'ordine {OID}",
  """Gentile signora Moretti,

per organizzare la consegna del tavolino (ordine {OID}) dobbiamo sapere se sabato mattina ci sarà qualcuno in casa. Per fare prima, ci chiami allo 035 421 7788, dal martedì al sabato.

Grazie,
Arredo Lombardo""",
  ["BSM309"], "Seller landline in Italian national format.")

m("reply", "text", "Re: Misure del tappeto – {OID}",
  """Buongiorno,

il tappeto dell'ordine {OID} misura 160 x 230 cm, frange escluse. Per altre domande Sara risponde anche su WhatsApp al +39 347 512 8890.

Buona giornata,
Tappeti d'Oriente Milano""",
  ["BSM309"], "Seller mobile number in international format.")

m("return-follow-up", "text", "Foto per il reso – {OID}",
  """Buongiorno,

per completare il reso della giacca (ordine {OID}) può inviarci due foto della cucitura difettosa all'indirizzo assistenza@calzaturebassi.it?

Grazie,
Calzature Bassi""",
  ["BSM308"], "Plain email address in text.")

m("reply", "text", "Re: Preventivo per 20 pezzi – {OID}",
  """Buongiorno signor Cattaneo,

per un preventivo di 20 candele uguali a quelle dell'ordine {OID} scriva a ordini chiocciola cereriafiorentina punto it indicando la fragranza.

Buona giornata,
Chiara""",
  ["BSM308"], "Obfuscated email address with 'chiocciola' and 'punto'.")

m("reply", "html", "Re: Come lavare la coperta – {OID}",
  """<p>Buongiorno,</p>
<p>la coperta dell'ordine {OID} si lava a 30 °C con il programma lana. Trova tutti i consigli nella nostra <a href="https://www.tessiturevalsesia.it/guida/lavaggio-lana">guida al lavaggio della lana merino</a>.</p>
<p>Paola – Tessiture Valsesia</p>""",
  ["BSM302"], "https link to the seller's own site with descriptive text.")

m("review-request", "html", "La sua opinione sull'ordine {OID}",
  """<p>Gentile signora Ferrara,</p>
<p>il barattolo per il tè (ordine {OID}) è arrivato una settimana fa. Ci interessa il suo parere, positivo o negativo che sia.</p>
<p><a href="http://www.amazon.it/review/create-review?asin=B0D5LM3R8W">Lascia una recensione del barattolo per il tè su Amazon.it</a></p>
<p>Francesca – Casa del Caffè Riva</p>""",
  ["BSM301"], "Insecure http link to Amazon with descriptive text.")

m("delivery-delay", "html", "La sua coperta arriva presto – {OID}",
  """<p>Buongiorno,</p>
<p>la coperta dell'ordine {OID} partirà il 9 dicembre invece del 4, perché la lana è arrivata in ritardo.</p>
<p><img src="https://m.media-amazon.com/images/S/seller-assets/coperta-lana-merino-grigia.jpg" alt="Coperta in lana merino grigia 130 x 170 cm" width="300"></p>
<p>Grazie per la pazienza,<br>Tessiture Valsesia</p>""",
  ["BSM310"], "Photo of the purchased product.")

m("delivery-delay", "html", "Ritardo di consegna – {OID}",
  """<p>Buongiorno signor Ferraro,</p>
<p>la neve ha bloccato il nostro laboratorio in Val Brembana: il set di coltelli (ordine {OID}) partirà il 15 dicembre invece del 10.</p>
<p><img src="https://m.media-amazon.com/images/S/seller-assets/spiaggia-tramonto-sardegna.jpg" alt="Spiaggia al tramonto in Sardegna" width="300"></p>
<p>Davide – Incisioni Moretti</p>""",
  ["BSM311"], "Stock image unrelated to the shop (a beach at sunset).")

m("additional-information", "html", "Colore del filo – {OID}",
  """<p><img src="https://m.media-amazon.com/images/S/seller-assets/logo-tessiture-valsesia.png" alt="" width="140" height="50"></p>
<p>Buongiorno,</p>
<p>per ricamare il nome sul cuscino dell'ordine {OID}, preferisce il filo blu notte o bordeaux?</p>
<p>Paola – Tessiture Valsesia</p>""",
  ["BSM402"], "Shop logo with an empty alt attribute.")

m("additional-information", "text", "Il tuo ordine {OID} 🎁",
  """Ciao Sofia,

per la candela personalizzata dell'ordine {OID}, che nome vuoi sull'etichetta? 😊

Grazie e a presto,
Chiara""",
  ["BSM403"], "Emoji in subject and body.")

m("reply", "text", "Re: Tempi – {OID}",
  """Buongiorno signor Gentile,

tranquillo, i piatti dell'ordine {OID} saranno pronti per giovedì come previsto :)

Gennaro""",
  ["BSM403"], "Text emoticon :).")

m("delivery-delay", "html", "Nuova data di spedizione – {OID}",
  """<style>
.titolo { font-size: 24px; }
.saluto { font-size: 18px; }
.testo { font-size: 13px; }
.piede { font-size: 10px; }
</style>
<p class="titolo">Ritardo nella spedizione</p>
<p class="saluto">Gentile signora Pace,</p>
<p class="testo">il set per fonduta dell'ordine {OID} verrà spedito il 14 dicembre invece del 9, per un ritardo del nostro fornitore.</p>
<p>Grazie per la comprensione.</p>
<p class="piede">Bottega dell'Ulivo – P.IVA 01873450519</p>""",
  ["BSM410"], "Four explicit font sizes in a style block besides the default.")

m("additional-information", "html", "Misure della fodera – {OID}",
  """<p>Buongiorno,</p>
<p>per la fodera su misura dell'ordine {OID}, può confermarci la profondità della seduta in centimetri?<br><br><br><br>Iniziamo il taglio appena riceviamo la sua risposta.</p>
<p></p>
<p></p>
<p>Grazie,<br>Arredo Lombardo</p>""",
  ["BSM412"], "A run of four <br> and empty paragraphs.")

m("invoice", "text", "[Importante] Fattura ordine {OID}",
  """Buongiorno,

in allegato la fattura n. 2026/FE/0412 relativa al suo ordine {OID}, totale 48,80 € IVA inclusa.

Cordiali saluti,
Ufficio amministrazione – Bottega dell'Ulivo""",
  ["BSM110"], "[Importante] tag on an invoice.")

m("review-request", "html", "La sua recensione – {OID}",
  """<p>Gentile signora Sala,</p>
<p>ha ricevuto le tovaglie ricamate (ordine {OID}). Per lasciare la sua opinione su Amazon, <a href="https://www.amazon.it/review/create-review?asin=B0C8PP2Q6N">clicca qui</a>.</p>
<p>Tessiture Valsesia</p>""",
  ["BSM401"], "Non-descriptive link text 'clicca qui'.")

# ---------------------------------------------------------------- vary (2)
m("review-request", "html", "Com'è la sua moka? – {OID}",
  """<p><a href="https://www.casadelcafferiva.it"><img src="https://m.media-amazon.com/images/S/seller-assets/casa-del-caffe-riva-logo.png" alt="Casa del Caffè Riva" width="160" height="60"></a></p>
<p>Buongiorno,</p>
<p>la moka del suo ordine {OID} è arrivata da qualche giorno. Se vuole, può raccontare la sua esperienza in una recensione sulla pagina del prodotto su Amazon.</p>
<p>Francesca – Casa del Caffè Riva</p>""",
  ["BSM302", "BSM304"], "Shop logo linked to the seller's website.")

m("delivery-delay", "text", "Ritardo nella spedizione del suo ordine",
  """Gentile signor Bruno,

il suo ordine n. {OIDNH} (zaino in tela cerata) partirà il 12 dicembre invece dell'8, perché la cerniera di ricambio non è ancora arrivata.

Ci scusiamo per l'attesa.

Matteo – Zaino & Via""",
  ["BSM102"], "Order number written without hyphens only.")


MESSAGES = []
for _i, (_t, _f, _s, _b, _e, _n) in enumerate(_R, 1):
    _o = _oid(_i)
    MESSAGES.append({
        "id": "v10-%s-%03d" % (LANG, _i),
        "language": LANG,
        "locale": LOCALE,
        "type": _t,
        "format": _f,
        "subject": _s.replace("{OID}", _o),
        "body": _b.replace("{OID}", _o).replace("{OIDNH}", _o.replace("-", "")),
        "order_id": _o,
        "expected": _e,
        "note": _n,
    })
