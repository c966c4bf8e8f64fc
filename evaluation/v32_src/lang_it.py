"""v32 evaluation messages, Italian (it)."""

MESSAGES = [
    # 1 clean: delivery delay, text
    {"id": "v32-it-001", "language": "it", "locale": "it-IT", "type": "delivery-delay", "format": "text",
     "subject": "Ordine 635-4182735-0619284: spedizione posticipata",
     "body": """Gentile Sig. Bernardi,

le scriviamo per avvisarla che il set di coltelli da cucina forgiati del suo ordine 635-4182735-0619284 non potrà partire entro la data indicata. La mola con cui affiliamo a mano ogni lama si è guastata e il tecnico interviene solo martedì 15 dicembre.

Prevediamo di spedire il set giovedì 17 dicembre; la consegna dovrebbe avvenire entro martedì 22 dicembre, quindi prima di Natale.

Ci scusiamo per il disagio.

Cordiali saluti,
Coltellerie Artigiane Maniago""",
     "order_id": "635-4182735-0619284", "expected": [],
     "note": "Clean delivery-delay in plain text giving the new ship and delivery dates."},

    # 2 clean: delivery delay, html table
    {"id": "v32-it-002", "language": "it", "locale": "it-IT", "type": "delivery-delay", "format": "html",
     "subject": "Aggiornamento sulla spedizione – ordine 635-7720341-5586102",
     "body": """<p>Buongiorno Sig.ra Colombo,</p>
<p>purtroppo la sua scrivania regolabile in altezza subirà un ritardo: il motore elettrico del piano arriva dal nostro fornitore con una settimana di ritardo rispetto al previsto.</p>
<table>
<tr><td>Ordine</td><td>635-7720341-5586102</td></tr>
<tr><td>Prodotto</td><td>Scrivania elettrica 140 x 70 cm, piano noce</td></tr>
<tr><td>Spedizione prevista</td><td>venerdì 18 dicembre 2026</td></tr>
<tr><td>Consegna stimata</td><td>21–23 dicembre 2026</td></tr>
</table>
<p>L'ordine resta attivo e non deve fare nulla. Ci scusiamo per l'attesa.</p>
<p>Un cordiale saluto,<br>Ufficio Ordini – Arredo Smart Office</p>""",
     "order_id": "635-7720341-5586102", "expected": [],
     "note": "Clean delivery-delay in HTML with a table of dates."},

    # 3 clean: order problem, adjusted, [Importante]
    {"id": "v32-it-003", "language": "it", "locale": "it-IT", "type": "order-problem", "format": "text",
     "subject": "[Importante] Problema con l'ordine 635-0395817-2264730",
     "body": """Gentile cliente,

durante il controllo finale ci siamo accorti che l'ultimo smartwatch color blu notte rimasto in magazzino aveva il vetro graffiato, e il modello non è più in produzione. Non siamo quindi in grado di spedire l'ordine 635-0395817-2264730.

Abbiamo già rettificato l'importo dell'ordine tramite Amazon, rimborsando l'intera cifra di 129,00 € con la motivazione "impossibile spedire". L'accredito sarà visibile entro qualche giorno lavorativo, a seconda del suo metodo di pagamento.

Ci scusiamo sinceramente per l'inconveniente.

Il team di TecnoPolso""",
     "order_id": "635-0395817-2264730", "expected": [],
     "note": "Clean order-problem confirming the full amount was adjusted, with [Importante] allowed on this critical type."},

    # 4 clean: additional information (VIN for spare part)
    {"id": "v32-it-004", "language": "it", "locale": "it-IT", "type": "additional-information", "format": "text",
     "subject": "Ricambio corretto per l'ordine 635-6648203-1957341",
     "body": """Buongiorno,

per l'ordine 635-6648203-1957341 (kit frizione per Fiat Panda 1.2) esistono due versioni del kit, a seconda dell'anno di costruzione del cambio.

Per spedirle quella giusta ci servirebbe il numero di telaio (VIN) del veicolo, che trova sul libretto di circolazione alla lettera E. Può rispondere a questo messaggio indicandolo?

Appena lo riceviamo, prepariamo il pacco.

Grazie,
Ricambi Auto Ferraro"""
     , "order_id": "635-6648203-1957341", "expected": [],
     "note": "Clean additional-information request for the vehicle identification number."},

    # 5 clean: return follow-up, partial refund
    {"id": "v32-it-005", "language": "it", "locale": "it-IT", "type": "return-follow-up", "format": "text",
     "subject": "Reso tenda da campeggio – ordine 635-2871460-8093315",
     "body": """Ciao Davide,

abbiamo letto la tua richiesta di reso per la tenda da campeggio quattro posti (ordine 635-2871460-8093315): uno dei pali in alluminio è arrivato piegato.

Ti proponiamo un'alternativa al reso: un rimborso parziale di 25,00 € e, se vuoi, la tenda resta a te. Un palo di ricambio si trova facilmente in qualsiasi negozio di articoli sportivi.

Se sei d'accordo, rispondi "accetto" e procediamo con il rimborso parziale. Altrimenti il reso prosegue normalmente.

Buone escursioni,
Montagna Viva Outdoor"""
     , "order_id": "635-2871460-8093315", "expected": [],
     "note": "Clean return-follow-up offering a partial refund."},

    # 6 clean: return follow-up, question
    {"id": "v32-it-006", "language": "it", "locale": "it-IT", "type": "return-follow-up", "format": "text",
     "subject": "Informazioni per il reso della stampante 3D (635-5039284-7712068)",
     "body": """Gentile Sig. Rinaldi,

per completare il reso della stampante 3D del suo ordine 635-5039284-7712068 dobbiamo organizzare il ritiro con un corriere per merci voluminose.

Ci potrebbe indicare:
1) se dispone ancora dell'imballo originale con le protezioni in polistirolo;
2) in quale fascia oraria preferisce il ritiro (mattina o pomeriggio).

Se non ha più l'imballo originale, prima del ritiro le invieremo noi uno scatolone adatto.

Cordialmente,
Stampa3D Italia – ufficio resi"""
     , "order_id": "635-5039284-7712068", "expected": [],
     "note": "Clean return-follow-up asking for information needed to arrange the return."},

    # 7 clean: invoice with P.IVA, REA, slashed number
    {"id": "v32-it-007", "language": "it", "locale": "it-IT", "type": "invoice", "format": "html",
     "subject": "Fattura n. 2026/FE/01842 – ordine 635-9314072-6628519",
     "body": """<p>Gentile cliente,</p>
<p>in allegato trova la fattura n. <b>2026/FE/01842</b> del 07/12/2026 relativa all'ordine 635-9314072-6628519.</p>
<table>
<tr><td>Imponibile</td><td>81,15 €</td></tr>
<tr><td>IVA 22%</td><td>17,85 €</td></tr>
<tr><td>Totale</td><td>99,00 €</td></tr>
</table>
<p>La fattura elettronica è stata trasmessa anche al Sistema di Interscambio.</p>
<p>Distinti saluti,<br>Amministrazione</p>
<p><small>Casa del Vino Langhe S.r.l. – Via Alba 27, 12051 Alba (CN)<br>
P.IVA IT03748210043 – C.F. 03748210043 – REA CN-318274<br>
Capitale sociale 10.000,00 € i.v.</small></p>""",
     "order_id": "635-9314072-6628519", "expected": [],
     "note": "Clean HTML invoice with P.IVA, codice fiscale, REA and a slashed invoice number."},

    # 8 clean: review request text
    {"id": "v32-it-008", "language": "it", "locale": "it-IT", "type": "review-request", "format": "text",
     "subject": "Una recensione per il suo caffè? Ordine 635-1408396-3375021",
     "body": """Buongiorno Sig.ra Esposito,

sono passati alcuni giorni dalla consegna del caffè in grani miscela Arabica 1 kg (ordine 635-1408396-3375021).

Quando avrà avuto modo di assaggiarlo, ci farebbe piacere se lasciasse una recensione del prodotto su Amazon. Qualunque sia la sua opinione, è utile a chi deve scegliere e a noi per migliorare le nostre tostature.

Buona giornata,
Torrefazione Partenope"""
     , "order_id": "635-1408396-3375021", "expected": [],
     "note": "Clean neutral review request in plain text."},

    # 9 clean: review request html with logo
    {"id": "v32-it-009", "language": "it", "locale": "it-IT", "type": "review-request", "format": "html",
     "subject": "La sua opinione sull'ordine 635-8852019-4460137",
     "body": """<table>
<tr><td><img src="https://cdn.mailcraft-media.com/a/2291/erboristeria-fiordaliso-logo.png" alt="Erboristeria Fiordaliso" width="180" height="60"></td></tr>
<tr><td>
<p>Gentile cliente,</p>
<p>il suo shampoo solido alla camomilla (ordine 635-8852019-4460137) è stato consegnato la settimana scorsa. Se ha qualche minuto, può lasciare la sua valutazione, positiva o negativa che sia: le leggiamo tutte con attenzione.</p>
<p>Trova il modulo <a href="https://www.amazon.it/review/review-your-purchases/?asin=B0C8FRD2QW">nella pagina Amazon per recensire i suoi acquisti</a>.</p>
<p>Cordiali saluti,<br>Erboristeria Fiordaliso</p>
</td></tr>
</table>""",
     "order_id": "635-8852019-4460137", "expected": [],
     "note": "Clean neutral HTML review request with an unlinked shop logo (alt names the shop) and a descriptive https Amazon link."},

    # 10 clean: delivery scheduling (pellet stove)
    {"id": "v32-it-010", "language": "it", "locale": "it-IT", "type": "delivery-scheduling", "format": "text",
     "subject": "Consegna della stufa a pellet – ordine 635-3960271-8804453",
     "body": """Gentile Sig. Gallo,

la sua stufa a pellet da 9 kW (ordine 635-3960271-8804453) pesa 112 kg con l'imballo e viene consegnata su bancale con sponda idraulica. Il corriere deve concordare con lei giorno e fascia oraria.

Disponibilità per la sua zona (provincia di Treviso):
• mercoledì 16/12, 8:00–12:00
• giovedì 17/12, 14:00–18:00
• lunedì 21/12, 8:00–12:00

Ci risponda indicando la fascia preferita e se l'accesso è possibile anche per un camion di 7,5 t.

Grazie e buona serata,
Calore Veneto – logistica"""
     , "order_id": "635-3960271-8804453", "expected": [],
     "note": "Clean delivery-scheduling for a heavy item with dates and time slots."},

    # 11 clean: home service (air conditioner install)
    {"id": "v32-it-011", "language": "it", "locale": "it-IT", "type": "home-service-appointment", "format": "text",
     "subject": "Appuntamento per l'installazione del climatizzatore (ordine 635-7246183-0591742)",
     "body": """Buongiorno Sig.ra Ricci,

con l'ordine 635-7246183-0591742 ha acquistato anche il servizio di installazione del climatizzatore dual split. Il nostro tecnico frigorista è disponibile:

- venerdì 11 dicembre, dalle 8:30 alle 12:30
- lunedì 14 dicembre, dalle 13:30 alle 17:30
- martedì 15 dicembre, dalle 8:30 alle 12:30

L'intervento richiede circa mezza giornata. Serve l'accesso al balcone o alla parete esterna dove verrà montata l'unità esterna.

Ci indichi la data che preferisce e le confermeremo l'appuntamento.

Cordiali saluti,
ClimaService Bologna"""
     , "order_id": "635-7246183-0591742", "expected": [],
     "note": "Clean home-service-appointment with dates and time slots."},

    # 12 clean: design proof (team shirts)
    {"id": "v32-it-012", "language": "it", "locale": "it-IT", "type": "custom-design-verification", "format": "html",
     "subject": "Bozza grafica delle maglie – ordine 635-0637428-9152260",
     "body": """<p>Ciao Marco,</p>
<p>in allegato la bozza delle 12 maglie da calcetto del tuo ordine 635-0637428-9152260:</p>
<ul>
<li>fronte: stemma "ASD Pontevecchio" in alto a sinistra</li>
<li>retro: nome e numero di ciascun giocatore, come dalla lista che ci hai inviato</li>
<li>colore stampa: bianco su maglia verde</li>
</ul>
<p>Controlla bene l'ortografia dei cognomi e i numeri: dopo la tua conferma andiamo in stampa e non sarà più possibile correggere.</p>
<p>Rispondi "ok stampa" oppure indicaci le modifiche.</p>
<p>Un saluto,<br>Serigrafia Il Gabbiano</p>""",
     "order_id": "635-0637428-9152260", "expected": [],
     "note": "Clean custom-design-verification with a proof attachment, in HTML."},

    # 13 clean: gate code with reference numbers
    {"id": "v32-it-013", "language": "it", "locale": "it-IT", "type": "fulfillment-question", "format": "text",
     "subject": "Accesso al condominio per la consegna – 635-2185930-6673418",
     "body": """Buongiorno,

il corriere BRT (spedizione n. 0512 3345 8876, segnacollo 2 di 2) ci segnala di non essere riuscito a entrare nel comprensorio di Via delle Acacie per consegnare il suo ordine 635-2185930-6673418: il cancello pedonale richiede un codice e sul citofono non compare il suo cognome.

Può indicarci il codice del cancello oppure il nome riportato sul citofono, e il numero della scala? Lo comunicheremo soltanto al corriere per questa consegna.

Grazie mille,
Magazzino Casa&Idee"""
     , "order_id": "635-2185930-6673418", "expected": [],
     "note": "Clean fulfillment-question about a gate code, with shipment numbers that are not phone numbers."},

    # 14 clean: reply quoting French product title
    {"id": "v32-it-014", "language": "it", "locale": "it-IT", "type": "reply", "format": "text",
     "subject": "Re: Domanda sullo stampo – ordine 635-4473106-2208935",
     "body": """Gentile Sig.ra Marino,

lo stampo "Moule à Cannelés en Cuivre Étamé – 55 mm" del suo ordine 635-4473106-2208935 va usato così: prima del primo utilizzo lo lavi con acqua calda senza detersivo, poi unga l'interno con una miscela di burro fuso e cera d'api alimentare.

Non va in lavastoviglie. In forno regge fino a 250 °C senza problemi.

Buona cottura,
Pasticceria Strumenti Tosi"""
     , "order_id": "635-4473106-2208935", "expected": [],
     "note": "Clean reply quoting a French product title within Italian sentences."},

    # 15 clean: manufacturer warranty line
    {"id": "v32-it-015", "language": "it", "locale": "it-IT", "type": "reply", "format": "html",
     "subject": "Re: Macchina da caffè non scalda – 635-6024751-3390186",
     "body": """<p>Buongiorno Sig. Conti,</p>
<p>ci spiace che la sua macchina per espresso (ordine 635-6024751-3390186) non raggiunga più la temperatura.</p>
<p>Il prodotto è coperto dalla garanzia ufficiale del produttore per 24 mesi e i centri assistenza autorizzati ritirano la macchina a domicilio. Per aprire la pratica può contattare il:</p>
<p><b>Numero verde assistenza in garanzia del produttore CremaPiù: 800 912 345</b> (lun–ven 9:00–18:00)</p>
<p>Tenga a portata di mano il numero di serie riportato sotto il serbatoio. Se dovesse avere difficoltà con il produttore, ci riscriva pure qui.</p>
<p>Cordiali saluti,<br>Elettrodomestici Conti &amp; Valli</p>""",
     "order_id": "635-6024751-3390186", "expected": [],
     "note": "Clean reply giving the manufacturer's warranty toll-free number marked as such."},

    # 16 clean: reply with company footer
    {"id": "v32-it-016", "language": "it", "locale": "it-IT", "type": "reply", "format": "text",
     "subject": "Re: Misura del reggisella (ordine 635-8510364-4027791)",
     "body": """Ciao Luca,

il reggisella telescopico del tuo ordine 635-8510364-4027791 ha diametro 31,6 mm: è compatibile con il telaio che ci hai indicato, che monta proprio un tubo sella da 31,6. L'escursione è di 125 mm e il comando al manubrio è già incluso.

Buone uscite!
Giulia

Bici & Ricambi Sandri S.n.c.
Via Emilia Est 412, 41122 Modena (MO)
P.IVA 02915730364
Orari negozio: lun–sab 9:00–12:30 / 15:30–19:30"""
     , "order_id": "635-8510364-4027791", "expected": [],
     "note": "Clean reply with a company-details footer (address, P.IVA, opening hours)."},

    # 17 clean: reply with return tracking, dates, times, amounts
    {"id": "v32-it-017", "language": "it", "locale": "it-IT", "type": "reply", "format": "text",
     "subject": "Re: Rimborso scarpe – ordine 635-1759042-8846320",
     "body": """Gentile Sig.ra Fontana,

il pacco con le scarpe da running che ci ha restituito (lettera di vettura SDA 6204 1183 9927 1) è stato consegnato al nostro magazzino giovedì 3 dicembre alle 11:20. Il controllo è terminato oggi, 7 dicembre, alle 9:45.

Per l'ordine 635-1759042-8846320 abbiamo quindi rimborsato 74,90 € (numero pratica di reso RS-26-04417). Il rimborso le sarà accreditato sul metodo di pagamento usato per l'acquisto, di solito entro 3–5 giorni lavorativi.

Cordiali saluti,
Corri Sempre Shop – assistenza clienti"""
     , "order_id": "635-1759042-8846320", "expected": [],
     "note": "Clean reply with a return waybill number, return reference, dates, times and amounts."},

    # 18 BSM201: handed to carrier
    {"id": "v32-it-018", "language": "it", "locale": "it-IT", "type": "fulfillment-question", "format": "text",
     "subject": "Il tuo cuscino è in viaggio! (ordine 635-3604817-5519248)",
     "body": """Ciao Francesca,

ti scriviamo per dirti che oggi pomeriggio abbiamo affidato a GLS il pacco con il tuo cuscino cervicale in memory foam (ordine 635-3604817-5519248). Dovrebbe arrivare a casa tua entro due giorni lavorativi.

A presto,
DormiBene Store"""
     , "order_id": "635-3604817-5519248", "expected": ["BSM201"],
     "note": "Shipping confirmation paraphrased as 'handed the parcel to GLS'."},

    # 19 BSM201: order received, being prepared
    {"id": "v32-it-019", "language": "it", "locale": "it-IT", "type": "additional-information", "format": "text",
     "subject": "Ordine 635-9046172-3381509 ricevuto",
     "body": """Gentile cliente,

abbiamo ricevuto correttamente il suo ordine 635-9046172-3381509 per il puzzle da 1000 pezzi "Venezia al tramonto". Il nostro magazzino lo sta già imballando e la informeremo non appena sarà pronto.

Grazie per aver scelto Puzzle Mania."""
     , "order_id": "635-9046172-3381509", "expected": ["BSM201"],
     "note": "Order confirmation paraphrased as 'received correctly and being packed'."},

    # 20 BSM202: thanks only
    {"id": "v32-it-020", "language": "it", "locale": "it-IT", "type": "reply", "format": "html",
     "subject": "Grazie di cuore – ordine 635-5712094-0268837",
     "body": """<p>Gentile Sig. Greco,</p>
<p>volevamo semplicemente ringraziarla per aver scelto i vini della nostra cantina (ordine 635-5712094-0268837). È grazie a clienti come lei che una piccola azienda di famiglia come la nostra può continuare a crescere.</p>
<p>Grazie ancora,<br>Cantina Greco di Tufo Fratelli Lanza</p>""",
     "order_id": "635-5712094-0268837", "expected": ["BSM202"],
     "note": "Message containing nothing but thanks."},

    # 21 BSM202: only "we're available"
    {"id": "v32-it-021", "language": "it", "locale": "it-IT", "type": "fulfillment-question", "format": "text",
     "subject": "Ordine 635-0281537-7764092",
     "body": """Buongiorno,

per qualsiasi dubbio o problema con il tostapane che ha acquistato (ordine 635-0281537-7764092), ricordi che il nostro servizio clienti è sempre a sua disposizione: basta rispondere a questo messaggio.

Un saluto,
Casalinghi Moretti"""
     , "order_id": "635-0281537-7764092", "expected": ["BSM202"],
     "note": "Only says the seller is at the buyer's disposal if a problem arises."},

    # 22 BSM203: P.S. 20% off
    {"id": "v32-it-022", "language": "it", "locale": "it-IT", "type": "additional-information", "format": "text",
     "subject": "Colore del portafoglio – ordine 635-6338410-9925176",
     "body": """Buongiorno Sig. Villa,

per il portafoglio in pelle con iniziali del suo ordine 635-6338410-9925176 non ci ha indicato il colore del filo per le iniziali. Preferisce oro, argento o in tinta con la pelle?

Ci risponda qui e procediamo con la personalizzazione.

Pelletteria Fiorentina Bruni

P.S. Fino a domenica tutto il nostro catalogo è scontato del 20%: basta inserire il codice NATALE20 al momento dell'acquisto."""
     , "order_id": "635-6338410-9925176", "expected": ["BSM203"],
     "note": "Permitted information request with a P.S. advertising 20 percent off the whole catalogue."},

    # 23 BSM203: follow us / newsletter / new collection
    {"id": "v32-it-023", "language": "it", "locale": "it-IT", "type": "review-request", "format": "text",
     "subject": "Com'è andata con l'ordine 635-2497051-1640383?",
     "body": """Ciao Silvia,

la tua borraccia termica decorata a mano (ordine 635-2497051-1640383) dovrebbe esserti arrivata da una settimana. Se ti va, puoi lasciare una recensione del prodotto su Amazon.

E se ti piacciono le nostre creazioni, seguici su Facebook e Instagram come "Dipinto a Mano Lab" e iscriviti alla nostra newsletter: a gennaio esce la nuova linea di tazze dipinte!

Un abbraccio,
Dipinto a Mano Lab"""
     , "order_id": "635-2497051-1640383", "expected": ["BSM203"],
     "note": "Review request that also invites the buyer to follow the shop, join the newsletter and see a new line."},

    # 24 BSM204: gift voucher after review
    {"id": "v32-it-024", "language": "it", "locale": "it-IT", "type": "review-request", "format": "text",
     "subject": "Ordine 635-7153820-4402916 – la sua opinione",
     "body": """Gentile Sig.ra Lombardi,

speriamo che la lampada da lettura a clip (ordine 635-7153820-4402916) le sia utile.

Le chiediamo un piccolo favore: scriva una recensione su Amazon. Una volta pubblicata, ci mandi il link in risposta a questo messaggio e come segno di gratitudine le invieremo un buono regalo da 10 €.

Cordialmente,
LuceViva"""
     , "order_id": "635-7153820-4402916", "expected": ["BSM204"],
     "note": "A 10-euro gift voucher promised once the review is published."},

    # 25 BSM204: full refund once review online
    {"id": "v32-it-025", "language": "it", "locale": "it-IT", "type": "review-request", "format": "text",
     "subject": "Proposta per l'ordine 635-4820693-5517042",
     "body": """Ciao,

hai ricevuto le nostre cuffie sportive wireless (ordine 635-4820693-5517042). Ti facciamo una proposta: lascia la tua recensione su Amazon e, appena la vediamo online, ti rimborsiamo tutto quanto hai speso. Le cuffie restano a te.

Scrivici quando l'hai pubblicata!

SoundRun Italia"""
     , "order_id": "635-4820693-5517042", "expected": ["BSM204"],
     "note": "Full refund promised as soon as the review appears online."},

    # 26 BSM205: change one-star review
    {"id": "v32-it-026", "language": "it", "locale": "it-IT", "type": "reply", "format": "html",
     "subject": "Re: Friggitrice ad aria – ordine 635-1086234-7790358",
     "body": """<p>Gentile Sig. Marchetti,</p>
<p>abbiamo sostituito la friggitrice ad aria del suo ordine 635-1086234-7790358 e ci fa piacere sapere che quella nuova funziona bene.</p>
<p>Le possiamo chiedere una cortesia? La recensione da una stella che aveva scritto riguardava il primo apparecchio difettoso: le saremmo grati se la aggiornasse alla luce della sostituzione o, se preferisce, la cancellasse.</p>
<p>Grazie per la comprensione,<br>Cucina Facile Store</p>""",
     "order_id": "635-1086234-7790358", "expected": ["BSM205"],
     "note": "Asks the buyer to update or delete a one-star review."},

    # 27 BSM206: only if satisfied
    {"id": "v32-it-027", "language": "it", "locale": "it-IT", "type": "review-request", "format": "text",
     "subject": "Ordine 635-3371908-6052419: è soddisfatta?",
     "body": """Buongiorno Sig.ra Barbieri,

il tappeto in juta del suo ordine 635-3371908-6052419 è stato consegnato la scorsa settimana.

Se il tappeto le piace, saremmo felici di leggere una sua recensione su Amazon. Se invece qualcosa non la convince, prima di scrivere una recensione la preghiamo di contattarci: troveremo insieme la soluzione migliore.

Cordiali saluti,
Tappeti Naturali Sardi"""
     , "order_id": "635-3371908-6052419", "expected": ["BSM206"],
     "note": "Review asked only if the buyer likes the product; unhappy buyers asked to contact the seller first."},

    # 28 BSM206: five stars
    {"id": "v32-it-028", "language": "it", "locale": "it-IT", "type": "review-request", "format": "text",
     "subject": "Un aiuto per la nostra piccola azienda – ordine 635-9682147-2213564",
     "body": """Ciao Roberto,

sono Paolo, il titolare di Miele del Montefeltro. Spero che il miele di castagno (ordine 635-9682147-2213564) ti sia piaciuto.

Per un piccolo apicoltore le valutazioni su Amazon fanno tutta la differenza: se puoi, lasciaci cinque stelle. Te ne sarei davvero grato.

Paolo"""
     , "order_id": "635-9682147-2213564", "expected": ["BSM206"],
     "note": "Asks for a five-star rating."},

    # 29 BSM108: cancel yourself (adjusted)
    {"id": "v32-it-029", "language": "it", "locale": "it-IT", "type": "order-problem", "format": "text",
     "subject": "Articolo esaurito – ordine 635-5506319-8837204",
     "body": """Gentile cliente,

la giacca in piumino taglia M del suo ordine 635-5506319-8837204 è purtroppo esaurita e il produttore non ne riceverà altre in questa stagione. Abbiamo già rettificato l'importo dell'ordine indicando come motivo la mancanza di merce.

Per chiudere tutto più velocemente, le consigliamo di annullare lei stessa l'ordine dalla sezione "I miei ordini" del suo account Amazon.

Ci scusiamo per l'inconveniente,
Moda Inverno Outlet"""
     , "order_id": "635-5506319-8837204", "expected": ["BSM108"],
     "note": "Out of stock with the adjustment confirmed, but advises the buyer to cancel the order themselves."},

    # 30 BSM107 + BSM108
    {"id": "v32-it-030", "language": "it", "locale": "it-IT", "type": "order-problem", "format": "text",
     "subject": "Ordine 635-8219460-1175083 – disponibilità",
     "body": """Buongiorno Sig. De Luca,

la batteria per il decespugliatore che ha ordinato (ordine 635-8219460-1175083) è terminata e il distributore non ci ha dato una data di riassortimento.

Sarebbe così gentile da richiedere l'annullamento dell'ordine dal suo account Amazon? In questo modo potremo chiudere la pratica senza problemi.

Grazie e scusi il disturbo,
Giardino & Attrezzi Pavan"""
     , "order_id": "635-8219460-1175083", "expected": ["BSM107", "BSM108"],
     "note": "Out of stock: asks the buyer to request cancellation without confirming any adjustment."},

    # 31 BSM305: opt-out instruction
    {"id": "v32-it-031", "language": "it", "locale": "it-IT", "type": "review-request", "format": "html",
     "subject": "La sua recensione sull'ordine 635-0714586-3396201",
     "body": """<p>Buongiorno,</p>
<p>il set di pennelli da trucco del suo ordine 635-0714586-3396201 le è stato consegnato qualche giorno fa. Se desidera, può condividere la sua opinione sul prodotto con una recensione su Amazon.</p>
<p>Cordiali saluti,<br>Beauty Tools Milano</p>
<p><small>Non vuole più ricevere comunicazioni da noi? Risponda a questo messaggio scrivendo CANCELLAMI e la toglieremo dalla lista.</small></p>""",
     "order_id": "635-0714586-3396201", "expected": ["BSM305"],
     "note": "Unsubscribe instruction ('reply CANCELLAMI') in a small footer."},

    # 32 BSM306: Italian profanity
    {"id": "v32-it-032", "language": "it", "locale": "it-IT", "type": "reply", "format": "text",
     "subject": "Re: Pacco mai arrivato – 635-2648031-9905127",
     "body": """Ciao Andrea,

hai ragione da vendere. Quel cazzo di corriere ha segnato il pacco come consegnato e invece l'ha lasciato chissà dove (ordine 635-2648031-9905127). Siamo incazzati neri anche noi, ogni settimana la stessa merda.

Ti rispediamo subito le ginocchiere nuove, a spese nostre.

Skate Shop Torino"""
     , "order_id": "635-2648031-9905127", "expected": ["BSM306"],
     "note": "Reply using Italian profanity about the courier."},

    # 33 BSM104: body in German
    {"id": "v32-it-033", "language": "it", "locale": "it-IT", "type": "additional-information", "format": "text",
     "subject": "Ihre Bestellung 635-6905713-4428850",
     "body": """Sehr geehrte Frau Moretti,

für die Fertigung Ihres Holzschilds mit Hausnummer (Bestellung 635-6905713-4428850) benötigen wir noch die gewünschte Holzart: Eiche oder Lärche.

Bitte antworten Sie kurz auf diese Nachricht, damit wir mit der Arbeit beginnen können.

Mit freundlichen Grüßen
Holzwerkstatt Pustertal"""
     , "order_id": "635-6905713-4428850", "expected": ["BSM104"],
     "note": "Message written entirely in German to an Italian-speaking buyer."},

    # 34 BSM309: national mobile number
    {"id": "v32-it-034", "language": "it", "locale": "it-IT", "type": "home-service-appointment", "format": "text",
     "subject": "Montaggio cucina – ordine 635-4037192-6681534",
     "body": """Gentile Sig. Santoro,

per il montaggio della cucina componibile del suo ordine 635-4037192-6681534 il nostro montatore, Giorgio, deve fissare con lei un appuntamento nella settimana dal 14 al 18 dicembre.

Lo può chiamare direttamente sul cellulare al 347 512 8890, anche su WhatsApp, per scegliere il giorno.

Cordiali saluti,
Cucine Su Misura Santoro"""
     , "order_id": "635-4037192-6681534", "expected": ["BSM309"],
     "note": "Home-service message giving a fitter's mobile number in national format."},

    # 35 BSM309: international format
    {"id": "v32-it-035", "language": "it", "locale": "it-IT", "type": "return-follow-up", "format": "text",
     "subject": "Reso del monitor – ordine 635-1592806-7730419",
     "body": """Buongiorno,

per completare il reso del monitor 27 pollici (ordine 635-1592806-7730419) ci serve sapere se il difetto riguarda pixel bruciati o lo sfarfallio dell'immagine.

Se le è più comodo, ci spieghi il problema a voce chiamando il nostro ufficio resi al +39 055 264 7781.

Grazie,
Monitor Point Firenze"""
     , "order_id": "635-1592806-7730419", "expected": ["BSM309"],
     "note": "Return follow-up giving the seller's office number in international format."},

    # 36 BSM308: plain address
    {"id": "v32-it-036", "language": "it", "locale": "it-IT", "type": "reply", "format": "text",
     "subject": "Re: Documenti per la detrazione – 635-7481205-0053962",
     "body": """Gentile Sig.ra Caruso,

per ottenere la dichiarazione di conformità della caldaia del suo ordine 635-7481205-0053962, utile per la detrazione fiscale, scriva pure al nostro ufficio tecnico: documenti@termoidraulica-caruso.it

Gliela inviamo entro due giorni lavorativi.

Cordiali saluti,
Termoidraulica Caruso"""
     , "order_id": "635-7481205-0053962", "expected": ["BSM308"],
     "note": "Reply giving a plain e-mail address."},

    # 37 BSM308: obfuscated with chiocciola
    {"id": "v32-it-037", "language": "it", "locale": "it-IT", "type": "custom-design-verification", "format": "text",
     "subject": "Anteprima della targa personalizzata (635-3820674-5569108)",
     "body": """Ciao Elena,

ecco in allegato l'anteprima della targa in ottone per la tua porta (ordine 635-3820674-5569108), con "Famiglia Ferri" in corsivo inglese.

Se vuoi cambiare carattere, mandaci pure un esempio a grafica chiocciola targhefacili punto it, così lo vediamo meglio.

Aspettiamo il tuo ok per procedere con l'incisione.

TargheFacili"""
     , "order_id": "635-3820674-5569108", "expected": ["BSM308"],
     "note": "E-mail address obfuscated with 'chiocciola' and 'punto'."},

    # 38 BSM302: https link to seller site
    {"id": "v32-it-038", "language": "it", "locale": "it-IT", "type": "reply", "format": "html",
     "subject": "Re: Come si monta il lampadario? Ordine 635-5163907-2284475",
     "body": """<p>Buongiorno Sig. Pellegrini,</p>
<p>per il lampadario in vetro di Murano del suo ordine 635-5163907-2284475 consigliamo di montare prima il rosone a soffitto e solo dopo appendere i bracci, uno per volta.</p>
<p>Trova le istruzioni illustrate passo per passo <a href="https://www.vetri-laguna.it/assistenza/montaggio-lampadari">nella guida al montaggio dei lampadari sul nostro sito</a>.</p>
<p>Cordiali saluti,<br>Vetri della Laguna</p>""",
     "order_id": "635-5163907-2284475", "expected": ["BSM302"],
     "note": "Descriptive https link to the seller's own website."},

    # 39 BSM301: http Amazon link
    {"id": "v32-it-039", "language": "it", "locale": "it-IT", "type": "delivery-delay", "format": "html",
     "subject": "Ritardo nella spedizione – ordine 635-9430582-1168736",
     "body": """<p>Buongiorno,</p>
<p>le bilance da cucina digitali del suo ordine 635-9430582-1168736 partiranno lunedì 14 dicembre invece che oggi, a causa di un ritardo del nostro fornitore.</p>
<p>Può seguire lo stato aggiornato <a href="http://www.amazon.it/gp/your-account/order-history">nella pagina I miei ordini di Amazon</a>.</p>
<p>Ci scusiamo per l'attesa,<br>Cucina Precisa</p>""",
     "order_id": "635-9430582-1168736", "expected": ["BSM301"],
     "note": "Descriptive Amazon link over plain http."},

    # 40 BSM310: product image
    {"id": "v32-it-040", "language": "it", "locale": "it-IT", "type": "review-request", "format": "html",
     "subject": "La sua recensione sulla moka – ordine 635-0849317-7725640",
     "body": """<p>Gentile cliente,</p>
<p><img src="https://cdn.mailcraft-media.com/a/7714/moka-alluminio-6-tazze.jpg" alt="Moka in alluminio da 6 tazze" width="260" height="260"></p>
<p>la moka da 6 tazze del suo ordine 635-0849317-7725640 è arrivata da qualche giorno. Se lo desidera, può lasciare una recensione del prodotto su Amazon, qualunque sia il suo giudizio.</p>
<p>Cordiali saluti,<br>Casa del Caffè Bresciani</p>""",
     "order_id": "635-0849317-7725640", "expected": ["BSM310"],
     "note": "Includes a photo of the purchased moka pot."},

    # 41 BSM311: Christmas tree image
    {"id": "v32-it-041", "language": "it", "locale": "it-IT", "type": "delivery-delay", "format": "html",
     "subject": "Ordine 635-6271049-3304817: nuova data di spedizione",
     "body": """<p><img src="https://stock.imgfree-bank.com/natale/albero-di-natale-luci.jpg" alt="Albero di Natale con luci" width="360" height="240"></p>
<p>Gentile Sig.ra Galli,</p>
<p>il panettone artigianale del suo ordine 635-6271049-3304817 sarà spedito mercoledì 16 dicembre: la lievitazione naturale richiede più tempo del previsto con questo freddo.</p>
<p>Un caro saluto,<br>Forno Antico Dolciaria</p>""",
     "order_id": "635-6271049-3304817", "expected": ["BSM311"],
     "note": "Stock Christmas-tree image unrelated to the shop."},

    # 42 BSM402: logo with empty alt
    {"id": "v32-it-042", "language": "it", "locale": "it-IT", "type": "delivery-scheduling", "format": "html",
     "subject": "Consegna del materasso – ordine 635-2036785-8871290",
     "body": """<p><img src="https://cdn.mailcraft-media.com/a/5530/logo-materassi-dolcenotte.png" alt="" width="140" height="44"></p>
<p>Buongiorno Sig. Mancini,</p>
<p>il materasso matrimoniale del suo ordine 635-2036785-8871290 viene consegnato al piano da due operatori. Ci indichi una delle fasce disponibili: martedì 15/12 9:00–13:00 oppure venerdì 18/12 14:00–18:00.</p>
<p>Cordiali saluti,<br>Materassi DolceNotte</p>""",
     "order_id": "635-2036785-8871290", "expected": ["BSM402"],
     "note": "Shop logo with an empty alt attribute."},

    # 43 BSM403: emoji
    {"id": "v32-it-043", "language": "it", "locale": "it-IT", "type": "review-request", "format": "text",
     "subject": "Ti è piaciuto il gioco? Ordine 635-8375016-2249093",
     "body": """Ciao Giorgia! 🎉

Il gioco di carte "Draghi e Pozioni" (ordine 635-8375016-2249093) è arrivato qualche giorno fa. Se hai un attimo, lasciaci una recensione su Amazon, bella o brutta che sia 🙏

Buon divertimento!
Ludica Roma"""
     , "order_id": "635-8375016-2249093", "expected": ["BSM403"],
     "note": "Neutral review request decorated with emoji."},

    # 44 BSM403: emoticon
    {"id": "v32-it-044", "language": "it", "locale": "it-IT", "type": "reply", "format": "text",
     "subject": "Re: Taglia della tutina – 635-4518209-6637715",
     "body": """Buongiorno Sig.ra Amato,

la tutina in cotone biologico del suo ordine 635-4518209-6637715 veste regolare: la taglia 6-9 mesi va bene per bambini fino a 74 cm di altezza. Se il suo piccolo è già vicino a quella misura, meglio la 9-12 mesi :)

Un saluto,
Piccoli Passi Baby"""
     , "order_id": "635-4518209-6637715", "expected": ["BSM403"],
     "note": "Reply ending a sentence with the emoticon :)."},

    # 45 BSM410: four font sizes
    {"id": "v32-it-045", "language": "it", "locale": "it-IT", "type": "order-problem", "format": "html",
     "subject": "Ordine 635-1374960-5502283: articolo non disponibile",
     "body": """<style>
.titolo { font-size: 24px; }
.sottotitolo { font-size: 18px; }
.testo { font-size: 14px; }
.nota { font-size: 10px; }
</style>
<p class="titolo">Articolo non disponibile</p>
<p class="sottotitolo">Ordine 635-1374960-5502283</p>
<p class="testo">Gentile cliente, il trapano a percussione che ha ordinato non è più disponibile in magazzino. Abbiamo rimborsato l'intero importo dell'ordine tramite Amazon con motivazione "merce non disponibile". Ci scusiamo per il disagio.</p>
<p class="nota">Ferramenta Rossi S.r.l. – Via Roma 8, 20121 Milano</p>""",
     "order_id": "635-1374960-5502283", "expected": ["BSM410"],
     "note": "Style block with four explicit font sizes in an otherwise correct order-problem message."},

    # 46 BSM412: <br> runs
    {"id": "v32-it-046", "language": "it", "locale": "it-IT", "type": "invoice", "format": "html",
     "subject": "Fattura per l'ordine 635-7609432-0195846",
     "body": """<p>Gentile cliente,<br><br><br>
in allegato trova la fattura n. 1187/B relativa al suo ordine 635-7609432-0195846 (zaino da trekking 40 litri).<br><br><br><br>
Distinti saluti,<br>
Alpi Trekking Store</p>""",
     "order_id": "635-7609432-0195846", "expected": ["BSM412"],
     "note": "HTML with runs of three and four consecutive br tags."},

    # 47 BSM110: [Importante] on review request
    {"id": "v32-it-047", "language": "it", "locale": "it-IT", "type": "review-request", "format": "text",
     "subject": "[Importante] Ordine 635-3159278-4480631 – la sua recensione",
     "body": """Buongiorno,

il set di bicchieri in vetro soffiato del suo ordine 635-3159278-4480631 le è stato consegnato la settimana scorsa. Le saremmo grati se volesse lasciare una recensione su Amazon, positiva o negativa che sia.

Cordiali saluti,
Vetreria Altare"""
     , "order_id": "635-3159278-4480631", "expected": ["BSM110"],
     "note": "[Importante] tag in the subject of a non-critical review request."},

    # 48 BSM401: "qui"
    {"id": "v32-it-048", "language": "it", "locale": "it-IT", "type": "return-follow-up", "format": "html",
     "subject": "Reso dell'aspirapolvere – ordine 635-5842713-9061378",
     "body": """<p>Buongiorno Sig. Ferri,</p>
<p>per completare il reso dell'aspirapolvere del suo ordine 635-5842713-9061378 ci serve sapere se rispedirà anche la base di ricarica o solo il corpo macchina.</p>
<p>L'etichetta di reso è disponibile nel centro resi di Amazon: la trova <a href="https://www.amazon.it/gp/css/returns/homepage.html">qui</a>.</p>
<p>Grazie,<br>Pulito Facile</p>""",
     "order_id": "635-5842713-9061378", "expected": ["BSM401"],
     "note": "Amazon link whose text is only 'qui'."},

    # 49 vary: BSM405 wide padding
    {"id": "v32-it-049", "language": "it", "locale": "it-IT", "type": "delivery-delay", "format": "html",
     "subject": "Spedizione rinviata – ordine 635-0926351-7743102",
     "body": """<div style="padding: 0 140px;">
<p>Buongiorno Sig.ra Testa,</p>
<p>le sedie impagliate a mano del suo ordine 635-0926351-7743102 richiedono ancora qualche giorno di lavoro: le spediremo venerdì 18 dicembre anziché lunedì 14.</p>
<p>Ci scusiamo per il ritardo.</p>
<p>Sedie di Chiavari Artigiani</p>
</div>""",
     "order_id": "635-0926351-7743102", "expected": ["BSM405"],
     "note": "Container with 140 px side padding (wide margins)."},

    # 50 vary: logo linked to shop site
    {"id": "v32-it-050", "language": "it", "locale": "it-IT", "type": "invoice", "format": "html",
     "subject": "Fattura ordine 635-6487120-3529074",
     "body": """<p><a href="https://www.saponi-dellabetulla.it"><img src="https://cdn.mailcraft-media.com/a/6021/logo-saponi-della-betulla.png" alt="Saponi della Betulla" width="170" height="56"></a></p>
<p>Gentile cliente,</p>
<p>in allegato la fattura n. 0932/2026 per il suo ordine 635-6487120-3529074 (cofanetto di saponi naturali).</p>
<p>Cordiali saluti,<br>Saponi della Betulla</p>""",
     "order_id": "635-6487120-3529074", "expected": ["BSM302", "BSM304"],
     "note": "Shop logo wrapped in a link to the seller's website."},
]
