# -*- coding: utf-8 -*-
"""v18 blind evaluation set, Italian (it-IT)."""

MESSAGES = []


def _o(n):
    return "494-%07d-%07d" % (3061207 + n * 21143, 8120559 + n * 30977)


def M(n, typ, fmt, subject, body, expected, note, locale="it-IT", order=None):
    oid = order or _o(n)
    MESSAGES.append({
        "id": "v18-it-%03d" % n,
        "language": "it",
        "locale": locale,
        "type": typ,
        "format": fmt,
        "subject": subject.replace("{O}", oid),
        "body": body.replace("{O}", oid),
        "order_id": oid,
        "expected": sorted(expected),
        "note": note,
    })


# ---------------------------------------------------------------- clean (1-17)

M(1, "delivery-delay", "text",
  "Ordine {O}: slittamento della spedizione",
  """Gentile signora Colombo,

le scrivo a proposito del Suo ordine {O}, il servizio da tè in ceramica dipinta a mano con il decoro "limoni".

Purtroppo la seconda cottura in forno, quella che fissa lo smalto, è andata storta su una parte del lotto: due tazze su sei sono uscite con delle piccole crepe in superficie e le abbiamo scartate. Le stiamo rifacendo, ma tra essiccazione, prima cottura, pittura e seconda cottura servono circa dieci giorni.

In pratica, la spedizione che avevamo previsto per martedì 8 dicembre slitta a venerdì 18 dicembre. Con il corriere espresso la consegna in Lombardia avviene di solito in 24/48 ore, quindi dovremmo farcela comunque prima di Natale, anche se con meno margine di quanto avremmo voluto.

Approfitto per risponderLe anche sulla domanda che ci aveva fatto: sì, il servizio va in lavastoviglie, ma per mantenere brillanti i colori Le consigliamo il programma delicato, sotto i 50 gradi.

Ci scusiamo davvero per l'attesa.

Cordiali saluti,
Francesca Ferri
Bottega Ferri Ceramiche
Via dei Consoli 18, 06053 Deruta (PG)
P.IVA 03214560548""",
  [], "Clean plain-text delivery delay with explanation, new date and care advice.")

M(2, "delivery-delay", "html",
  "Aggiornamento sull'ordine {O}",
  """<p>Buongiorno signor Ricci,</p>
<p>La contattiamo riguardo all'ordine <strong>{O}</strong>: la libreria a giorno in rovere che ha acquistato è ancora in falegnameria per la finitura a olio, che quest'anno, con l'umidità di novembre, sta asciugando più lentamente del solito.</p>
<table>
<tr><td>Spedizione prevista in origine</td><td>lunedì 7/12/2026</td></tr>
<tr><td>Nuova data di spedizione</td><td>mercoledì 16/12/2026</td></tr>
<tr><td>Modalità di consegna</td><td>corriere su appuntamento, al piano</td></tr>
</table>
<p>Preferiamo spedirgliela con qualche giorno di ritardo piuttosto che con una superficie ancora appiccicosa. Il corriere La contatterà il giorno prima per concordare la fascia oraria.</p>
<p>Se la nuova data Le crea problemi, ce lo dica rispondendo a questo messaggio e vediamo insieme come fare.</p>
<p>Un cordiale saluto,<br>
Marco Lombardi<br>
Arredi Lombardi, Lissone</p>
<p><small>Arredi Lombardi S.r.l. - Via Carlo Cattaneo 41, 20851 Lissone (MB) - P.IVA e C.F. 07812340961 - REA MB-1876543</small></p>""",
  [], "Clean HTML delivery delay with a date table and small-print footer.")

M(3, "order-problem", "text",
  "[Importante] Ordine {O}: un articolo non disponibile",
  """Buongiorno,

preferisco dirglielo subito e senza giri di parole: nel Suo ordine {O} il cuscino in velluto color senape non è più disponibile. L'ultimo pezzo rimasto a magazzino si è rivelato difettoso al controllo (cucitura aperta sul lato della zip) e il nostro laboratorio non riceverà altro velluto di quel colore prima di marzo.

Abbiamo quindi rettificato l'importo dell'ordine: i 34,90 euro del cuscino sono stati stornati con la motivazione "articolo esaurito". Il rimborso sarà visibile sul Suo metodo di pagamento entro pochi giorni lavorativi, a seconda della banca. Gli altri due articoli (il plaid e la federa grigia) non sono interessati.

Mi dispiace sinceramente per l'inconveniente.

Giulia Bellandi
Tessiture Bellandi, Prato""",
  [], "Clean order problem with [Importante] in the subject and an explicit amount adjustment.")

M(4, "additional-information", "text",
  "Ordine {O} - ci serve un'informazione per l'incisione",
  """Buongiorno signor Esposito,

il tagliere in ulivo del Suo ordine {O} è pronto per l'incisione, ci manca solo un dettaglio: nel campo personalizzazione abbiamo ricevuto "Casa Esposito - Sorrento 1987", ma la scheda prodotto prevede al massimo 20 caratteri su una riga.

Può scegliere tra:
- incisione su due righe, "Casa Esposito" sopra e "Sorrento 1987" sotto, con caratteri della stessa altezza;
- una riga sola, con lettere un po' più piccole (circa 5 mm invece di 8 mm).

Se non riceviamo risposta entro giovedì a mezzogiorno, procediamo con le due righe, che di solito è la soluzione più leggibile. I tempi di spedizione restano comunque quelli indicati.

Buona giornata,
Salvatore
Legni del Golfo - laboratorio artigiano, Vico Equense (NA)""",
  [], "Clean request for personalisation information needed to complete the order.")

M(5, "return-follow-up", "text",
  "Reso ordine {O} - una proposta",
  """Gentile signora Greco,

abbiamo visto la Sua richiesta di reso per la coperta in lana merino dell'ordine {O} e soprattutto le foto che ci ha mandato: in effetti c'è un filo tirato di una decina di centimetri sul bordo, non dovrebbe succedere.

Invece di farLe rispedire un pacco così voluminoso, se per Lei va bene, Le proponiamo di tenere la coperta con un rimborso parziale di 30,00 euro sui 95,00 pagati. Un filo tirato si riporta dentro facilmente con un ago da lana dal rovescio, se vuole Le spieghiamo come fare.

Se invece preferisce comunque il reso completo, nessun problema: ce lo scriva e la procedura di reso proseguirà normalmente.

Cordiali saluti,
Paola Conti
Assistenza clienti - Lanificio Valle Cervo""",
  [], "Clean return follow-up offering a partial refund.")

M(6, "return-follow-up", "html",
  "Il Suo reso - ordine {O}",
  """<p>Buongiorno signor Marino,</p>
<p>stiamo preparando la gestione del reso per l'ordine {O} (moka in acciaio da 6 tazze). Per poter aprire la pratica con il laboratorio ci servono due informazioni, che può darci semplicemente rispondendo a questo messaggio:</p>
<ul>
<li>il problema riguarda la guarnizione (perdite dal bordo della caldaia) oppure il manico (si è allentato o si è crepato)?</li>
<li>la moka è stata usata su piano a induzione con una piastra adattatrice?</li>
</ul>
<p>Non è per fare i pignoli: a seconda della risposta il reso va al nostro laboratorio di Omegna oppure direttamente al produttore del manico, e cambia l'indirizzo di reso che Le indicheremo.</p>
<p>Grazie in anticipo e scusi il disturbo.</p>
<p>Andrea Gallo<br>
Caffettiere d'Autore, Omegna</p>""",
  [], "Clean HTML return follow-up asking for information needed to complete the return.")

M(7, "invoice", "text",
  "Fattura ordine {O}",
  """Buongiorno,

in allegato trova la fattura n. 2026/FE/01187 relativa all'ordine {O}, intestata alla società indicata al momento dell'acquisto, come richiesto dal Vostro ufficio amministrativo. La fattura elettronica è stata trasmessa anche al Sistema di Interscambio con il codice destinatario che ci avete fornito.

Riepilogo:
Imponibile: 245,90 €
IVA 22%: 54,10 €
Totale documento: 300,00 €
Data fattura: 04/12/2026

Se fosse necessario correggere qualche dato (ragione sociale, sede legale, codice SDI), basta rispondere a questo messaggio: emetteremo una nota di credito e una nuova fattura.

Distinti saluti,

Laura Mancini
Amministrazione - Luce & Carta S.r.l.
Via San Vitale 56, 40125 Bologna (BO)
P.IVA IT02987650371 - C.F. 02987650371 - REA BO-498765 - Capitale sociale 10.000,00 € i.v.""",
  [], "Clean invoice with slashed invoice number, IVA figures, P.IVA, C.F. and REA numbers.")

M(8, "review-request", "text",
  "Com'è andata con l'ordine {O}?",
  """Gentile signora Fontana,

è passata più o meno una settimana da quando la Sua teiera in ghisa (ordine {O}) è arrivata a casa, e speriamo che le prime infusioni siano andate bene. Un piccolo promemoria: la ghisa smaltata non ama il detersivo, basta sciacquarla con acqua calda e asciugarla subito.

Se ha un paio di minuti, ci farebbe piacere leggere la Sua recensione su Amazon, qualunque essa sia. Cosa Le è piaciuto, cosa meno, il peso, la capienza, il filtro: sono proprio questi dettagli che aiutano gli altri clienti a scegliere, e noi a capire quali modelli tenere.

Può lasciarla dalla sezione "I miei ordini" del Suo account Amazon, accanto all'articolo.

Buone infusioni,
Elena e Davide
La Casa del Tè, Trieste""",
  [], "Clean neutral plain-text review request with a care tip.")

M(9, "review-request", "html",
  "Un parere sulla Sua lampada? (ordine {O})",
  """<p><img src="https://cdn.officinaluce.it/mail/logo-officina-luce.png" alt="Logo Officina Luce, lampade artigianali" width="160" height="60"></p>
<p>Buonasera signor Bruno,</p>
<p>la Sua applique in ottone spazzolato (ordine {O}) è installata ormai da qualche giorno. Le nostre lampade le costruiamo in tre, nel laboratorio di Torino, e i commenti di chi le usa ogni giorno sono il modo migliore per capire cosa funziona e cosa va migliorato.</p>
<p>Se desidera condividere la Sua esperienza, positiva o negativa che sia, può farlo qui: <a href="https://www.amazon.it/review/review-your-purchases/?asin=B0D4M7T2RZ">scrivere una recensione dell'applique su Amazon</a>.</p>
<p>Buona serata,<br>
Chiara, per Officina Luce</p>
<p><small>Officina Luce S.n.c. - Via Nizza 102, 10126 Torino - P.IVA 11223340015</small></p>""",
  [], "Clean HTML review request with the shop logo (alt names shop) and a descriptive https Amazon link.")

M(10, "delivery-scheduling", "text",
  "Consegna del Suo divano - ordine {O}",
  """Gentili signori Rinaldi,

il divano a tre posti "Ginevra" (ordine {O}) arriva al nostro deposito di Piacenza a fine settimana. Imballato pesa poco più di 75 kg, per cui la consegna avviene su appuntamento con due operatori, fino alla stanza che preferite.

Ecco le fasce disponibili per la vostra zona:
- martedì 15 dicembre, dalle 8:00 alle 13:00
- mercoledì 16 dicembre, dalle 13:00 alle 18:00
- sabato 19 dicembre, dalle 8:00 alle 12:00

Vi chiediamo di indicarci quella più comoda rispondendo a questo messaggio. Indicateci anche il piano, se c'è l'ascensore e la larghezza della porta d'ingresso se è inferiore agli 80 cm: gli operatori si organizzano con l'attrezzatura giusta.

Il giorno della consegna vi avviseranno mezz'ora prima di arrivare.

Buona giornata,
Sara Moretti
Ufficio consegne, Salotti Ginevra""",
  [], "Clean delivery scheduling for a bulky item with dated time slots.")

M(11, "home-service-appointment", "html",
  "Installazione della lavastoviglie - appuntamento (ordine {O})",
  """<p>Buongiorno signor Barbieri,</p>
<p>in seguito all'acquisto della lavastoviglie da incasso con servizio di installazione (ordine {O}), il nostro tecnico può venire nelle seguenti date:</p>
<table>
<tr><td><strong>Data</strong></td><td><strong>Fascia oraria</strong></td></tr>
<tr><td>giovedì 10/12/2026</td><td>9:00 - 12:00</td></tr>
<tr><td>venerdì 11/12/2026</td><td>14:00 - 17:30</td></tr>
<tr><td>lunedì 14/12/2026</td><td>9:00 - 12:00</td></tr>
</table>
<p>Per evitare una seconda uscita, Le chiediamo di verificare prima:</p>
<ul>
<li>un attacco dell'acqua con rubinetto entro 1,5 m dal punto di installazione;</li>
<li>uno scarico libero (sifone con attacco disponibile);</li>
<li>una presa da 16 A dedicata.</li>
</ul>
<p>L'intervento dura in media un'ora e mezza. Ci risponda con la fascia scelta e la blocchiamo in agenda.</p>
<p>Cordiali saluti,<br>
Luca De Santis<br>
Pianificazione interventi - Elettroservizi Adriatica</p>""",
  [], "Clean HTML home-service appointment with dates and time slots.")

M(12, "custom-design-verification", "text",
  "Bozza delle partecipazioni - ordine {O}",
  """Ciao Martina,

in allegato trovi la bozza di stampa delle partecipazioni di nozze per l'ordine {O}: fronte con i vostri nomi in corsivo dorato, retro con data, ora e indirizzo della chiesa, come nel modulo che ci hai compilato.

Prima di andare in stampa su carta cotone da 350 grammi, controlla con calma:
1. i nomi e i cognomi, accenti compresi;
2. la data (sabato 12 giugno 2027) e l'ora (ore 11:00);
3. l'indirizzo della chiesa e del ricevimento.

Una nota da parte nostra: l'oro in stampa viene leggermente più caldo rispetto allo schermo, è normale.

Se va tutto bene basta una risposta con "bozza approvata". Se c'è da correggere qualcosa scrivicelo e ti mandiamo la nuova versione in giornata.

A presto,
Valentina
Cartoleria Le Parole Belle, Lucca""",
  [], "Clean custom design verification with a proof attachment described in the text.")

M(13, "fulfillment-question", "text",
  "Ordine {O}: codice del cancello per la consegna",
  """Buongiorno signor Costa,

per organizzare la consegna del Suo ordine {O} (la scarpiera da montare, due colli piuttosto ingombranti) ci manca un'informazione: l'indirizzo riporta "Condominio Le Magnolie, scala B", ma senza codice d'accesso, e il nostro corriere per i colli voluminosi non può lasciarli davanti al cancello.

Può indicarci in risposta:
- il codice del cancello e quello del portone della scala B, se sono due;
- il piano e il nome sul citofono, se è diverso dal Suo.

Per Sua informazione, la Sua pratica di consegna da noi ha il riferimento CNS-2026-077412 e la scheda cliente il numero SC/12/4418: non serve che ce li ripeta, è solo perché sappia di cosa si tratta se il corriere glieli dovesse citare.

Passeremo i codici al corriere insieme alla bolla di consegna, e verranno usati solo per questa consegna.

Grazie mille,
Roberta Serra
Casa in Ordine""",
  [], "Clean fulfilment question asking for gate codes, with non-phone reference numbers.")

M(14, "reply", "text",
  "Re: Domanda sulle misure - ordine {O}",
  """Buongiorno signora Villa,

ottima domanda! Il modello che ha ordinato si chiama, dal produttore, "Weekender Travel Duffel - Large", ma nonostante il "Large" rientra nelle misure del bagaglio a mano della maggior parte delle compagnie (55 x 35 x 23 cm, maniglie comprese).

Abbiamo controllato sull'esemplare che ci è rimasto in magazzino: vuoto pesa 1,1 kg, e le cinghie laterali permettono di comprimerlo di 2 o 3 cm se al gate sono particolarmente severi.

Per l'ordine {O} l'etichetta interna riporterà quindi la taglia "L", non si preoccupi se la vede.

Buon viaggio in anticipo,
Federica
Viaggi & Valigie, Firenze""",
  [], "Clean reply quoting an English product title inside Italian sentences.")

M(15, "reply", "html",
  "Re: La macchina del pane non funziona (ordine {O})",
  """<p>Buongiorno signor Caruso,</p>
<p>ci dispiace che la Sua macchina del pane si fermi a metà impasto. L'acquisto (ordine {O}) ha meno di due anni, quindi è coperto dalla garanzia del produttore.</p>
<p>La strada più rapida è rivolgersi direttamente al produttore, che gestisce riparazioni e sostituzioni in garanzia:</p>
<p><strong>Assistenza in garanzia del produttore Panora:</strong> 800 912 345 (numero verde, dal lunedì al venerdì, 9:00 - 18:00)</p>
<p>Tenga a portata di mano il numero di serie (sull'etichetta sotto l'apparecchio, inizia con PN-) e la data di acquisto. Se Le chiedono la prova d'acquisto, la fattura è disponibile nel Suo account Amazon, sezione I miei ordini.</p>
<p>Se con loro dovesse incepparsi qualcosa, ci riscriva e ce ne occupiamo noi.</p>
<p>Cordiali saluti,<br>
Lo staff di Forno in Casa</p>""",
  [], "Clean reply giving the manufacturer's warranty toll-free line, clearly marked as such.")

M(16, "reply", "text",
  "Re: Fattura intestata all'associazione - {O}",
  """Buongiorno signor Gentile,

nessun problema per la fattura intestata alla Sua associazione: abbiamo annotato "Associazione Amici del Mulino APS", Piazza del Popolo 3, 61029 Urbino (PU), con il codice fiscale che ci ha indicato. La troverà nella pagina dell'ordine {O} entro domani sera.

Quanto alla seconda domanda: no, non essendo l'associazione titolare di partita IVA, la fattura resterà comprensiva di IVA.

E per il Vostro tesoriere, ecco i nostri dati completi, così come compariranno sul documento.

Cordiali saluti,

Stefano Rossetti
Responsabile amministrativo

Ferramenta Rossetti S.r.l.
Via Flaminia 210, 61121 Pesaro (PU)
P.IVA IT01456780419 - C.F. 01456780419
REA PS-112233 - Capitale sociale 50.000,00 € i.v.
PEC e codice SDI disponibili su richiesta""",
  [], "Clean reply with an Italian company-details footer (P.IVA, C.F., REA, capital).")

M(17, "reply", "text",
  "Re: A che punto è il rimborso? {O}",
  """Buongiorno signora Martini,

Le riepilogo la situazione del reso dell'ordine {O}:

- pacco di reso consegnato all'ufficio postale il 27/11/2026, codice di tracciamento RR123456785IT;
- arrivato al nostro magazzino di Bergamo il 02/12/2026 alle 10:14;
- controllato il 03/12/2026 (articolo completo, etichette presenti);
- rimborso di 64,90 € disposto il 04/12/2026 alle 16:02, spese di reso di 5,90 € incluse.

A seconda della banca, l'importo compare in estratto conto tra 3 e 5 giorni lavorativi dalla disposizione, quindi indicativamente entro il 10 o l'11 dicembre. Il numero della pratica di reso da noi è RES-2026-11-5531, nel caso servisse.

Buona serata,
Nicola
Assistenza clienti, Il Guardaroba Milanese""",
  [], "Clean reply with a return tracking number, dates, times, amounts and a return reference.")

# ------------------------------------------------------------ violations (18-48)

M(18, "fulfillment-question", "text",
  "Il Suo pacco è partito! (ordine {O})",
  """Buongiorno signora Ferrara,

ottime notizie: l'ordine {O} è uscito dal nostro magazzino stamattina presto ed è stato affidato a BRT subito dopo. Il Suo cofanetto di candele profumate viaggia ben protetto nella paglia di carta, stia tranquilla.

Un consiglio per la prima accensione: lasci bruciare ogni candela almeno due ore, finché tutta la superficie non è sciolta. Altrimenti la cera scava un pozzetto al centro e da lì in poi la candela brucia solo nel mezzo. E accorci lo stoppino a 5 mm prima di ogni utilizzo, fa molto meno fumo.

La fragranza "Fico e Cedro" che ha scelto è una delle nostre preferite in laboratorio: a freddo è piuttosto delicata e si apre davvero solo quando è accesa, non si stupisca.

Di solito la consegna avviene in 24/48 ore su tutto il territorio nazionale.

A presto,
Anna
Candele di Anna, Alba""",
  ["BSM201"], "Shipment confirmation: parcel left the warehouse and was handed to the carrier.")

M(19, "fulfillment-question", "html",
  "Ordine {O} ricevuto",
  """<p>Buongiorno signor Leone,</p>
<p>abbiamo ricevuto il Suo ordine {O} e ci stiamo già lavorando: i tre vasetti di miele di castagno e il torrone sono in preparazione nel nostro piccolo laboratorio.</p>
<p>Imballiamo tutto a mano, con carta riciclata e un occhio di riguardo per i vasetti di vetro.</p>
<p>Una nota a margine: ha selezionato l'opzione regalo, quindi nel pacco non inseriamo nessun documento con i prezzi e il torrone resta nella sua carta oleata, senza cartellino.</p>
<p>Quanto alla conservazione, il miele di castagno cristallizza poco, ma se dovesse succedere non è un difetto: basta un bagnomaria tiepido, mai sopra i 40 gradi, e torna fluido.</p>
<p>Buona giornata,<br>
Apicoltura Monte Amiata</p>""",
  ["BSM201"], "Order confirmation: order received and being prepared.")

M(20, "reply", "text",
  "Grazie di cuore! - ordine {O}",
  """Gentile signora Longo,

grazie, grazie davvero per il Suo ordine {O}! Per noi è una gioia ogni volta.

Grazie ancora per la fiducia, e grazie per aver scelto una piccola bottega come la nostra invece di una grande catena. Per noi vuol dire tantissimo.

Un grazie enorme,

Lucia e Pietro
Il Filo di Lucia""",
  ["BSM202"], "Thanks-only message with several paraphrased thanks and nothing else.")

M(21, "fulfillment-question", "text",
  "Ordine {O}",
  """Buongiorno,

solo due righe riguardo al Suo ordine {O}: se qualcosa non dovesse andare per il verso giusto, o se avesse anche il minimo dubbio, sappia che restiamo a Sua completa disposizione.

Il nostro staff sarà felice di aiutarLa, non esiti a scriverci tramite la messaggistica di Amazon.

Una splendida giornata,

Servizio clienti
Giardini d'Inverno""",
  ["BSM202"], "Only the offer to help if something comes up, no other content.")

M(22, "delivery-delay", "text",
  "Ordine {O}: spedizione rinviata di qualche giorno",
  """Buongiorno signor Marchetti,

il Suo zaino in tela cerata (ordine {O}) partirà con tre giorni di ritardo: il fornitore delle fibbie in ottone ci ha consegnato una serie difettosa e abbiamo preferito aspettare la sostituzione. Nuova data di spedizione: venerdì 11 dicembre.

Per la cronaca, sono fibbie fuse a mano da un artigiano di Lumezzane, e in quella serie l'ardiglione non restava in sede. Su uno zaino che si usa tutti i giorni non è un dettaglio su cui si può chiudere un occhio.

Per la manutenzione, la tela cerata si pulisce con un panno umido, mai in lavatrice. Se col tempo si segna, una passata di phon tiepido sul rovescio ravviva la cera.

Ci scusiamo per l'inconveniente e La ringraziamo per la pazienza.

Matteo
Selleria Borgo Antico

P.S. Fino al 31 dicembre tutto il negozio è scontato del 20% con il codice NATALE20, approfittane per i regali!""",
  ["BSM203"], "Delivery delay with a P.S. promoting 20% off the whole shop with a code.")

M(23, "reply", "html",
  "Re: Come trattare la pelle - ordine {O}",
  """<p>Buongiorno signora Giordano,</p>
<p>per la Sua cintura in pelle conciata al vegetale (ordine {O}) basta un velo di cera d'api neutra due volte l'anno, stesa con un panno morbido e poi lucidata. Eviti i prodotti al silicone, chiudono i pori della pelle.</p>
<p>E se Le va di seguire il dietro le quinte del laboratorio, ci trova su Instagram e Facebook come Pelletteria Sofia: la nuova collezione di borse a tracolla arriva a gennaio e chi è iscritto alla nostra newsletter la vede in anteprima.</p>
<p>Un caro saluto,<br>
Sofia</p>""",
  ["BSM203"], "Reply inviting the buyer to follow the shop, a new collection and a newsletter (no links).")

M(24, "review-request", "text",
  "Due parole sull'ordine {O}?",
  """Gentile signora Pellegrini,

speriamo che il Suo set per la fonduta Le abbia già regalato qualche bella serata (ordine {O}).

Già che ci siamo, per il caquelon: eviti di passarlo dalla fiamma viva al freddo di colpo, la ghisa smaltata non ama gli sbalzi termici. E il fornellino si regola girando la ghiera, non serve toccare lo stoppino.

Se trova il tempo di lasciare una recensione su Amazon, ci piacerebbe ringraziarLa come si deve: appena la recensione è pubblicata, ci mandi uno screenshot e Le spediremo un piccolo omaggio della casa, una selezione delle nostre spezie per formaggi.

Buone feste,
Caseificio Val Brembana""",
  ["BSM204"], "Review request offering a small gift once the review is published.")

M(25, "review-request", "html",
  "Ordine {O} - la Sua opinione conta",
  """<p>Buongiorno signor Palumbo,</p>
<p>il Suo tappetino da yoga in sughero (ordine {O}) La soddisfa?</p>
<p>Stiamo facendo una piccola iniziativa: lasci una recensione sulla pagina del prodotto e, non appena sarà visibile su Amazon, Le rimborsiamo per intero l'acquisto. Basta risponderci con il link alla Sua recensione.</p>
<p>Namasté,<br>
Il team di Sughero &amp; Respiro</p>""",
  ["BSM204"], "Review request promising a full refund once the review is online.")

M(26, "reply", "text",
  "Re: Problema di odore - ordine {O}",
  """Buongiorno signor Benedetti,

siamo contenti che la sostituzione del diffusore abbia risolto la questione dell'odore di plastica: il primo lotto aveva davvero un problema di asciugatura dello stampo, il produttore l'ha individuato e corretto.

Per Sua informazione, il nuovo diffusore si pulisce una volta al mese con un po' di aceto bianco diluito, così gli oli essenziali non intasano la membrana. E lo lasci sempre raffreddare prima di riempirlo.

Visto che adesso è tutto a posto, sarebbe disposto a rivedere la recensione a una stella che aveva lasciato per l'ordine {O}? Aggiornarla con il seguito della storia, oppure toglierla se pensa che non abbia più senso, ci aiuterebbe moltissimo: siamo una realtà davvero piccola.

Buona settimana,
Elisa
Essenze di Sicilia""",
  ["BSM205"], "Asks the buyer to update or remove an existing one-star review.")

M(27, "review-request", "text",
  "La Sua esperienza con l'ordine {O}",
  """Gentile signora Vitale,

la Sua pentola in terracotta è arrivata più o meno una settimana fa (ordine {O}). Speriamo che i primi piatti siano venuti come si deve!

Se è soddisfatta, una recensione su Amazon ci farebbe molto piacere. Se invece qualcosa non va, non serve lasciare un commento: ci scriva direttamente e troveremo insieme una soluzione.

Buon appetito,
Terrecotte di Impruneta""",
  ["BSM206"], "Review request only if satisfied, steering unhappy buyers to contact the seller.")

M(28, "review-request", "html",
  "Cinque minuti per noi? (ordine {O})",
  """<p>Buongiorno signor Fumagalli,</p>
<p>il Suo kit di calligrafia (ordine {O}) dovrebbe essere arrivato la settimana scorsa. Speriamo che pennino e inchiostri siano di Suo gradimento.</p>
<p>Per una piccola bottega come la nostra ogni valutazione conta: se potesse darci cinque stelle su Amazon, sarebbe fantastico per la nostra visibilità.</p>
<p>A presto,<br>
Inchiostri &amp; Pennini</p>""",
  ["BSM206"], "Review request asking for a five-star rating.")

M(29, "order-problem", "text",
  "Ordine {O}: articolo esaurito e prossimi passi",
  """Gentile signora Orlando,

il Suo ordine {O} comprendeva due articoli. La ghirlanda luminosa in cotone non è più disponibile: abbiamo rettificato l'importo dell'ordine e i 24,90 € corrispondenti sono stati stornati (motivo: articolo esaurito).

Per la lampada da comodino in ceramica la situazione è più complicata: anche il nostro fornitore è senza scorte e non le riceverà prima di febbraio. Se non vuole aspettare, la cosa più veloce è che annulli Lei stessa l'ordine dal Suo account Amazon (I miei ordini > Annulla articoli), si fa in due clic.

Mi scusi per il disguido,
Manuela
Nidi Accoglienti""",
  ["BSM108"], "Order problem with adjustment confirmed, but advises the buyer to cancel herself because stock ran out.")

M(30, "order-problem", "text",
  "Ordine {O} - articolo non disponibile",
  """Gentile signor Sala,

siamo spiacenti di informarLa che il macinapepe in legno d'ulivo del Suo ordine {O} è esaurito, e il nostro tornitore non potrà realizzarne altri prima di diverse settimane.

Le saremmo grati se volesse inoltrare una richiesta di annullamento dal Suo account Amazon: così possiamo chiudere la pratica correttamente da parte nostra.

Con le nostre scuse,
Legno d'Ulivo""",
  ["BSM107", "BSM108"], "Order problem asking for a cancellation request without confirming an amount adjustment.")

M(31, "delivery-delay", "text",
  "Ritardo nella spedizione - ordine {O}",
  """Gentile signora De Luca,

il Suo puzzle in legno da 1000 pezzi (ordine {O}) verrà spedito lunedì 14 dicembre invece di mercoledì 9: la tipografia delle scatole ha avuto un guasto alla macchina.

Il puzzle in sé è pronto, tagliato e controllato pezzo per pezzo; gli manca soltanto la scatola. Abbiamo preferito aspettare piuttosto che spedirglielo in una busta di carta senza l'illustrazione del coperchio, che durante il montaggio serve eccome.

Ci scusiamo per il ritardo.

Puzzle del Laboratorio Blu

Non vuole più ricevere i nostri messaggi? Risponda semplicemente STOP o CANCELLAMI.""",
  ["BSM305"], "Delivery delay with an opt-out instruction (reply STOP).")

M(32, "reply", "text",
  "Re: Pacco danneggiato - ordine {O}",
  """Buongiorno signor Riva,

guardi, siamo davvero incazzati. È la terza volta questo mese che quel cazzo di corriere ci riporta un pacco sfondato, e stavolta è toccato al Suo vaso. Che schifo.

Comunque: Le rispediamo un vaso nuovo per l'ordine {O} già domani, in doppio cartone, e non deve restituirci i cocci.

Al reclamo con il corriere pensiamo noi, Lei non deve fare niente. Tenga solo la scatola e i pezzi per qualche giorno, nel caso ci chiedano un'altra foto.

Ancora scuse,
Vetreria Artistica San Marco""",
  ["BSM306"], "Reply with Italian profanity about the carrier.")

M(33, "delivery-delay", "text",
  "Ihre Bestellung {O} - Versandverzögerung",
  """Guten Tag Frau Galli,

wir möchten Sie darüber informieren, dass Ihr handgestrickter Schal aus Merinowolle (Bestellung {O}) etwas später als geplant versendet wird. Unsere Strickerin ist erkrankt, wir rechnen jetzt mit dem Versand am Montag, den 14. Dezember.

Wir bitten die Verzögerung zu entschuldigen.

Mit freundlichen Grüßen
Maglieria Alpina""",
  ["BSM104"], "Message to an Italian buyer written entirely in German.")

M(34, "reply", "text",
  "Re: Montaggio della mensola - ordine {O}",
  """Buongiorno signor Ferri,

per il montaggio della mensola a muro (ordine {O}) l'ordine dei passaggi nelle istruzioni è un po' fuorviante, ha ragione: vanno fissati i due reggipiani in basso prima di avvitare il montante di sinistra, altrimenti l'ultimo ripiano non entra più.

Un'altra cosa: i tasselli in dotazione sono pensati per cemento o mattone pieno. Se la Sua parete è in cartongesso, servono tasselli a espansione per pareti cave, altrimenti con il peso dei libri la mensola rischia di staccarsi.

Se si blocca, la cosa più semplice è chiamarmi direttamente in laboratorio allo 0362 184 277, La guido io in cinque minuti. Ci sono tutti i giorni tranne la domenica.

Buon lavoro,
Fabio
Legno in Piedi""",
  ["BSM309"], "Reply giving the seller's own phone number in Italian national format.")

M(35, "delivery-scheduling", "html",
  "Consegna del Suo armadio - ordine {O}",
  """<p>Gentile signora Monti,</p>
<p>il Suo armadio a due ante (ordine {O}) è pronto in magazzino. La consegna avviene su appuntamento: possiamo passare martedì 15 dicembre tra le 9 e le 12, oppure giovedì 17 dicembre tra le 14 e le 17.</p>
<p>Per fissare l'appuntamento, il modo più rapido è chiamare il nostro ufficio logistica al +39 035 421 8870 (dal lunedì al venerdì).</p>
<p>Cordiali saluti,<br>
Mobili Bergamaschi</p>""",
  ["BSM309"], "Delivery scheduling with the seller's phone number in international format.")

M(36, "return-follow-up", "text",
  "Reso del Suo ordine {O}",
  """Gentile signora Testa,

per completare il reso della gonna plissettata (ordine {O}), può dirci se preferisce il cambio con la taglia 44 o il rimborso?

Può anche mandarci direttamente le foto dell'etichetta a resi.clienti@atelierplisse.it, è più comodo che da qui per gli allegati.

Se sceglie il cambio, la 44 c'è nello stesso blu notte e gliela mettiamo da parte già da oggi, così non rischia di finire nel frattempo.

Grazie,
Atelier Plissé Milano""",
  ["BSM308"], "Return follow-up containing a plain e-mail address.")

M(37, "reply", "text",
  "Re: Ricamo del logo - ordine {O}",
  """Buongiorno signor Guerra,

grazie per il messaggio sull'ordine {O}, i trenta grembiuli ricamati con il logo della Sua trattoria.

Purtroppo il file arrivato tramite Amazon è troppo compresso per il ricamo: a punto raso le lettere di "Da Gino" verrebbero sbavate e il galletto del logo diventerebbe una macchia. Ci servirebbe il logo in alta definizione, meglio se in PDF vettoriale o in PNG di almeno 2000 pixel di larghezza.

La cosa più semplice è mandarcelo a info chiocciola ricamificiodelnord punto it, indicando il numero d'ordine nell'oggetto. Appena lo riceviamo Le rimandiamo un'anteprima del ricamo da approvare.

Per il resto è tutto pronto: i grembiuli in tela di cotone nera sono tagliati e orlati, e la suddivisione delle taglie (12 M, 18 L) corrisponde al Suo ordine.

Cordiali saluti,
Agnese
Ricamificio del Nord""",
  ["BSM308"], "Reply asking for a logo file, with an obfuscated e-mail address using 'chiocciola' and 'punto'.")

M(38, "reply", "html",
  "Re: Come curare il legno? (ordine {O})",
  """<p>Buongiorno signora Bianchi,</p>
<p>per il Suo vassoio in acacia (ordine {O}) basta una passata di olio alimentare ogni due o tre mesi.</p>
<p>Eviti invece la lavastoviglie e l'ammollo prolungato: l'acacia l'acqua la sopporta, ma non quaranta minuti in fondo al lavello. Una spugnata, un risciacquo e lo lasci asciugare in piedi.</p>
<p>Abbiamo scritto un articolo molto completo, con foto passo passo: <a href="https://www.legnoesapori.it/blog/cura-utensili-legno">la nostra guida alla cura degli utensili in legno</a>.</p>
<p>Buona giornata,<br>
Legno &amp; Sapori</p>""",
  ["BSM302"], "Reply with an https link to the seller's own blog, not needed for the order.")

M(39, "delivery-delay", "html",
  "Ordine {O}: nuova data",
  """<p>Buongiorno signor Parisi,</p>
<p>il Suo orologio da parete (ordine {O}) verrà spedito il 16 dicembre anziché il 10: il meccanismo silenzioso che montiamo arriva in ritardo dalla Germania.</p>
<p>Può controllare lo stato dell'ordine in qualsiasi momento dalla <a href="http://www.amazon.it/gp/css/order-history">pagina I miei ordini del Suo account Amazon</a>.</p>
<p>Ci scusiamo,<br>
Ore Tranquille</p>""",
  ["BSM301"], "Delivery delay with a descriptive but insecure http link to Amazon.")

M(40, "delivery-delay", "html",
  "La Sua lampada arriva presto - ordine {O}",
  """<p>Gentile signora Sanna,</p>
<p>la Sua lampada da scrivania snodabile (ordine {O}) partirà il 14 dicembre, con due giorni di ritardo sulla data indicata: stavamo aspettando i paralumi in metallo.</p>
<p>La lampadina a filamento è inclusa e già montata, dovrà solo collegarla. L'interruttore è sul cavo, a una quarantina di centimetri dalla base.</p>
<p>Nel frattempo, eccola come uscirà dal laboratorio:</p>
<p><img src="https://static.lumenlab.it/prodotti/lampada-scrivania-snodabile-verde-salvia.jpg" alt="Lampada da scrivania snodabile verde salvia" width="300" height="300"></p>
<p>A presto,<br>
Lumen Lab</p>""",
  ["BSM310"], "Delivery delay embedding a photo of the purchased lamp.")

M(41, "delivery-delay", "html",
  "Ordine {O} - un po' di pazienza",
  """<p>Buongiorno signor Ruggiero,</p>
<p>con il periodo delle feste, la Sua confezione di tè (ordine {O}) partirà il 12 dicembre e non il 9 come previsto. Grazie per la comprensione.</p>
<p><img src="https://static.teierablu.it/mail/spiaggia-tramonto-palme.jpg" alt="Spiaggia al tramonto con palme" width="400" height="260"></p>
<p>Buone feste,<br>
La Teiera Blu</p>""",
  ["BSM311"], "Delivery delay with an unrelated stock image of a beach at sunset.")

M(42, "invoice", "html",
  "La Sua fattura - ordine {O}",
  """<p><img src="https://cdn.cartolerialucia.it/mail/logo-cartoleria-lucia.png" alt="" width="150" height="50"></p>
<p>Gentile signora Rizzo,</p>
<p>in allegato la fattura n. 2026/1209 del Suo ordine {O}, per un importo di 42,60 € IVA inclusa (di cui IVA 7,68 €).</p>
<p>Cordiali saluti,<br>
Cartoleria Lucia</p>
<p><small>Cartoleria Lucia di Lucia Neri - Via Garibaldi 5, 10122 Torino - P.IVA 09876540012</small></p>""",
  ["BSM402"], "Invoice with the shop logo image carrying an empty alt attribute.")

M(43, "additional-information", "text",
  "Ordine {O}: che colore per il nastro?",
  """Gentile signora Farina,

il Suo cofanetto nascita (ordine {O}) è quasi pronto 🎀 Ci manca solo un'informazione: per il nastro di chiusura preferisce rosa cipria, azzurro o bianco panna? La scheda prevedeva la scelta, ma il campo è rimasto vuoto.

Appena ci risponde completiamo la confezione.

Per il bigliettino da mettere nel cofanetto abbiamo annotato "Benvenuto Tommaso": lo scriverà a mano Lucia, con inchiostro blu, su un cartoncino di carta riciclata.

Un abbraccio dal laboratorio,
I Piccoli Bozzoli""",
  ["BSM403"], "Request for information containing an emoji.")

M(44, "reply", "text",
  "Re: Taglia delle pantofole - ordine {O}",
  """Gentile signora Cattaneo,

le pantofole in feltro (ordine {O}) vestono piuttosto grandi: se Suo figlio porta di solito il 31, il 30 dovrebbe andare benissimo, soprattutto con calze spesse.

E se quest'inverno sono un po' grandi, il prossimo lo saranno un po' meno :-)

Buona giornata,
Feltri & Lane""",
  ["BSM403"], "Reply containing a text emoticon :-).")

M(45, "review-request", "html",
  "La Sua opinione sull'ordine {O}",
  """<style>
.titolo { font-size: 22px; }
.saluto { font-size: 16px; }
.testo { font-size: 13px; }
.nota { font-size: 10px; }
</style>
<p class="titolo">Ci interessa la Sua opinione</p>
<p class="saluto">Buongiorno signor D'Angelo,</p>
<p class="testo">il Suo bollitore in acciaio (ordine {O}) è a casa Sua da una settimana. Che Le sia piaciuto o no, una recensione sulla pagina del prodotto aiuta gli altri clienti a farsi un'idea.</p>
<p>Può lasciarla dalla sezione I miei ordini del Suo account Amazon.</p>
<p class="nota">Acciaio &amp; Vapore S.r.l. - Corso Buenos Aires 9, 20124 Milano</p>""",
  ["BSM410"], "Neutral review request whose style block sets four explicit font sizes besides the default.")

M(46, "delivery-delay", "html",
  "Ordine {O} - spedizione rinviata",
  """<p>Buongiorno signor Morelli,</p>
<p>la Sua chitarra acustica (ordine {O}) partirà il 15 dicembre invece dell'8: il nostro liutaio sta finendo la regolazione della tastiera e preferisce prendersi il tempo necessario.</p>
<p>È il modello con tavola in abete massello e finitura satinata: la tastiera in palissandro aveva bisogno di un'ultima rettifica perché il mi cantino non friggesse in alto sul manico. Partirà accordata, nella sua custodia imbottita.</p>
<p></p>
<p></p>
<p>La terremo aggiornato se la data dovesse cambiare ancora, ma non dovrebbe succedere.<br>
<br>
<br>
<br>
A presto,<br>
Liuteria delle Corde</p>""",
  ["BSM412"], "HTML delivery delay with empty paragraphs and a run of <br> tags.")

M(47, "review-request", "text",
  "[Importante] Recensione ordine {O}",
  """Gentile cliente,

la Sua caffettiera elettrica (ordine {O}) è arrivata da circa una settimana. Se ha voglia di raccontare com'è andata, positiva o negativa che sia l'esperienza, può lasciare una recensione dalla sezione I miei ordini del Suo account Amazon.

Nel frattempo, un consiglio pratico: ogni due mesi circa conviene fare un ciclo di decalcificazione con acido citrico sciolto in acqua, soprattutto se nella Sua zona l'acqua è dura. Il caffè resta più caldo e la resistenza dura di più.

Cordiali saluti,
Torrefazione Vallata""",
  ["BSM110"], "Neutral review request with [Importante] in the subject, not critical to the order.")

M(48, "delivery-delay", "html",
  "Ordine {O}: spedizione posticipata",
  """<p>Gentile signora Fabbri,</p>
<p>il Suo servizio da caffè in porcellana (ordine {O}) partirà l'11 dicembre, con due giorni di ritardo: il forno della nostra ceramista ha dovuto essere riparato.</p>
<p>Niente di grave: si è bruciata una resistenza a metà cottura e abbiamo dovuto aspettare il pezzo di ricambio. Le tazzine sono già smaltate, manca solo la cottura del filo d'oro.</p>
<p>Per i dettagli del Suo ordine, <a href="https://www.amazon.it/gp/css/order-history">clicca qui</a>.</p>
<p>Grazie della pazienza,<br>
Porcellane di Capodimonte Fabbri</p>""",
  ["BSM401"], "Delivery delay with an https Amazon link whose text is 'clicca qui'.")

# ------------------------------------------------------------- varying (49-50)

M(49, "delivery-delay", "html",
  "Ordine {O}: un piccolo ritardo",
  """<p>Buongiorno signora Pagano,</p>
<p>la Sua corona dell'Avvento in rami secchi (ordine {O}) partirà giovedì 10 dicembre invece di martedì 8: stiamo aspettando una consegna di eucalipto stabilizzato.</p>
<p>Ci scusiamo per lo slittamento.</p>
<p>Fiori di Stagione</p>
<img src="https://track.fioridistagione.it/o.gif?uid=8841&amp;camp=dic26" width="1" height="1" alt="">""",
  ["BSM307", "BSM402"], "Delivery delay with a 1x1 tracking pixel carrying an empty alt.")

M(50, "review-request", "html",
  "Una recensione per l'ordine {O}?",
  """<p><a href="https://www.saponificiolaguna.it"><img src="https://www.saponificiolaguna.it/img/logo-saponificio-laguna.png" alt="Logo Saponificio Laguna" width="160" height="60"></a></p>
<p>Buongiorno signora Marchi,</p>
<p>i Suoi saponi all'olio d'oliva (ordine {O}) sono arrivati da una settimana. Se vuole raccontare la Sua esperienza, positiva o negativa, può lasciare una recensione dalla sezione I miei ordini del Suo account Amazon.</p>
<p>Cordiali saluti,<br>
Saponificio Laguna</p>""",
  ["BSM302", "BSM304"], "Review request whose logo links to the seller's website.")
