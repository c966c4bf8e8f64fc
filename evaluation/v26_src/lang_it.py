"""v26 blind evaluation set: Italian (it-IT)."""

_R = []


def _m(t, fmt, subject, body, oid, expected, note, locale="it-IT"):
    _R.append({
        "language": "it", "locale": locale, "type": t, "format": fmt,
        "subject": subject, "body": body, "order_id": oid,
        "expected": sorted(expected), "note": note,
    })


# 1
_m("delivery-delay", "text", "Ordine 575-3318420-6097215 – spedizione posticipata",
"""Gentile signora Bianchi,

la informiamo che l'ordine 575-3318420-6097215 (set di 4 tazzine in ceramica di Vietri, decoro limoni) partirà con qualche giorno di ritardo: il forno del laboratorio è rimasto fermo per una manutenzione straordinaria.

La nuova data di spedizione è giovedì 17 dicembre; la consegna è prevista tra il 19 e il 22 dicembre.

Ci scusiamo per il disagio e restiamo a disposizione tramite questa chat per qualsiasi domanda.

Cordiali saluti,
Giulia Esposito
Ceramiche del Golfo – Vietri sul Mare (SA)""", "575-3318420-6097215", [], "Clean plain-text delivery delay with a new date.")

# 2
_m("delivery-delay", "html", "Aggiornamento sul tuo ordine 575-7702918-4456031",
"""<table>
<tr><td>
<p>Ciao Marco,</p>
<p>ti scriviamo per l'ordine <strong>575-7702918-4456031</strong>: la sella da bici in pelle che hai scelto viene cucita a mano e il nostro artigiano è indietro di qualche giorno.</p>
<p><strong>Nuova data di spedizione:</strong> 14/12/2026<br><strong>Consegna stimata:</strong> 16–18/12/2026</p>
<p>Grazie per la pazienza!<br>Andrea – Cuoio Ciclistico, Bergamo</p>
</td></tr>
</table>""",
"575-7702918-4456031", [], "Clean builder HTML delay notice inside a plain table.")

# 3
_m("order-problem", "text", "[Importante] Ordine 575-1264093-8831570: articolo non disponibile",
"""Buongiorno signor Ferraro,

purtroppo il macinacaffè manuale "Mokavia Classic" incluso nell'ordine 575-1264093-8831570 non è più disponibile presso il nostro fornitore e non possiamo spedirlo.

Abbiamo quindi rettificato l'importo dell'ordine: i 54,90 € relativi all'articolo sono stati stornati con causale "articolo esaurito". L'accredito sarà visibile entro 3-5 giorni lavorativi, a seconda della banca.

Ci dispiace molto per l'inconveniente.

Distinti saluti,
Roberto Galli
Caffè & Moka Store – Torino""", "575-1264093-8831570", [], "Clean order problem confirming the amount was adjusted; [Importante] allowed here.")

# 4
_m("additional-information", "text", "Ordine 575-4470652-1938824 – ci serve un'informazione",
"""Buongiorno,

per completare l'ordine 575-4470652-1938824 (tenda su misura in lino, colore naturale) ci manca l'altezza esatta dal bastone al pavimento: nel campo note è indicata solo la larghezza, 140 cm.

Ce la può comunicare rispondendo a questo messaggio? Appena la riceviamo, la tenda va in sartoria.

Grazie mille,
Francesca
Tende Su Misura Rossi""", "575-4470652-1938824", [], "Clean request for information needed to complete the order.")

# 5
_m("return-follow-up", "text", "Reso dello zaino – ordine 575-8823105-2217649",
"""Salve Luca,

abbiamo visto la richiesta di reso per lo zaino da trekking 40 L (ordine 575-8823105-2217649), motivata da una cucitura allentata sulla tasca laterale.

Se per il resto lo zaino ti va bene, possiamo proporti un rimborso parziale di 18 € e lo tieni così com'è. Se invece preferisci procedere con il reso completo, nessun problema: basta dircelo.

A presto,
Stefano – Montagna Viva Outdoor""", "575-8823105-2217649", [], "Clean return follow-up offering a partial refund.")

# 6
_m("return-follow-up", "html", "Reso ordine 575-2095573-6648130: ci manca un dato",
"""<p>Gentile cliente,</p>
<p>per chiudere la pratica di reso relativa all'ordine <strong>575-2095573-6648130</strong> (robot da cucina KitchenPro 1200) abbiamo bisogno di sapere se sono presenti tutti gli accessori: frusta, gancio impastatore e coperchio paraschizzi.</p>
<p>Ci basta una risposta a questo messaggio.</p>
<p>Cordialmente,<br>Ufficio resi – ElettroCasa Italia</p>""",
"575-2095573-6648130", [], "Clean return follow-up asking for information needed for the return.")

# 7
_m("invoice", "text", "Fattura n. 2026/FE/00871 – ordine 575-6651740-3309918",
"""Buongiorno,

in allegato trova la fattura n. 2026/FE/00871 del 03/12/2026 relativa all'ordine 575-6651740-3309918.

Imponibile: 245,90 €
IVA 22%: 54,10 €
Totale: 300,00 €

Officina Velo S.r.l. – Via Emilia Est 118, 41121 Modena (MO)
P.IVA IT 03812470365 – C.F. 03812470365 – REA MO-421876
Capitale sociale 10.000,00 € i.v.

Cordiali saluti,
Amministrazione""", "575-6651740-3309918", [], "Clean invoice with P.IVA, REA and a slashed invoice number.")

# 8
_m("review-request", "text", "Com'è andata con l'ordine 575-5036218-7724491?",
"""Ciao Elena,

il tuo kit per la pasta fresca (ordine 575-5036218-7724491) è arrivato da una settimana: avrai già fatto le prime tagliatelle.

Se ti va di lasciare una recensione su Amazon, positiva o negativa che sia, ci aiuta a capire cosa migliorare e aiuta gli altri clienti a scegliere.

Buona cucina,
Nonna Pina Laboratorio""", "575-5036218-7724491", [], "Clean neutral review request in plain text.")

# 9
_m("review-request", "html", "Ordine 575-9917342-0583166 – la tua opinione",
"""<p><img src="https://m.media-amazon.com/images/S/abis-seller/oleificio-colle-verde-logo.png" alt="Logo Oleificio Colle Verde" width="150"></p>
<p>Buongiorno,</p>
<p>l'olio extravergine dell'ordine 575-9917342-0583166 le è stato consegnato di recente. Ci farebbe piacere sapere cosa ne pensa.</p>
<p>Può lasciare la sua valutazione qui: <a href="https://www.amazon.it/review/review-your-purchases/?asin=B0BQ4N7K2T">scrivi una recensione dell'olio su Amazon</a>.</p>
<p>Un saluto dalla Sabina,<br>Oleificio Colle Verde</p>""",
"575-9917342-0583166", [], "Clean HTML review request with shop logo and descriptive https Amazon link.")

# 10
_m("delivery-scheduling", "text", "Consegna del materasso – ordine 575-3482061-9950273",
"""Gentile signor Colombo,

il materasso matrimoniale 160x200 dell'ordine 575-3482061-9950273 (collo unico, 38 kg) viene consegnato al piano con corriere dedicato. Le proponiamo queste fasce orarie:

- martedì 15/12, 9:00-13:00
- mercoledì 16/12, 14:00-18:00
- venerdì 18/12, 9:00-13:00

Ci indichi quale preferisce e se nel palazzo c'è l'ascensore.

Cordiali saluti,
Logistica – Dormi Bene Materassi""", "575-3482061-9950273", [], "Clean scheduling of a bulky delivery with time slots.")

# 11
_m("home-service-appointment", "html", "Installazione condizionatore – appuntamento (575-0748295-6621307)",
"""<p>Buongiorno signora Marino,</p>
<p>in merito all'ordine <strong>575-0748295-6621307</strong> (climatizzatore dual split con installazione inclusa), il nostro tecnico è disponibile:</p>
<ul>
<li>lunedì 14 dicembre, dalle 8:30 alle 12:30</li>
<li>giovedì 17 dicembre, dalle 14:00 alle 18:00</li>
</ul>
<p>L'intervento dura circa 4 ore. Le chiediamo di confermare la fascia che preferisce.</p>
<p>Cordiali saluti,<br>Davide Russo<br>Clima Service Milano</p>""",
"575-0748295-6621307", [], "Clean home-service appointment with dates and times.")

# 12
_m("custom-design-verification", "text", "Bozza della targa personalizzata – 575-6129874-3046658",
"""Ciao Sara,

ti alleghiamo la bozza grafica della targa in ottone per l'ordine 575-6129874-3046658: "Famiglia Conti", carattere corsivo, bordo a filetto, dimensioni 15x8 cm.

Controlla per favore nomi e impaginazione. Se va tutto bene rispondi "approvata" e procediamo con l'incisione; altrimenti scrivici le modifiche.

Grazie!
Laboratorio Incisioni Fontana""", "575-6129874-3046658", [], "Clean custom design verification with proof attached.")

# 13
_m("fulfillment-question", "text", "Ordine 575-4308716-8172540 – codice del cancello",
"""Buongiorno,

per consegnare l'ordine 575-4308716-8172540 (rif. consegna TC-2026-55120, pratica corriere 8834/B) il corriere dovrà entrare nel condominio, che ha il cancello chiuso.

Ci può indicare il codice del cancello e la scala e l'interno? Li aggiungeremo alla pratica.

Grazie,
Ufficio spedizioni – Giochi di Legno Trentini""", "575-4308716-8172540", [], "Clean door-code question with reference numbers.")

# 14
_m("reply", "text", "Re: domanda sulla lampada – 575-1950387-2284419",
"""Buonasera Chiara,

sì, il "Diffuseur de Parfum – Édition Cube" del suo ordine 575-1950387-2284419 funziona con tutte le ricariche della stessa linea. Il nome è in francese perché è un prodotto importato, ma le istruzioni nella confezione sono anche in italiano.

Buona serata,
Profumi di Casa – Firenze""", "575-1950387-2284419", [], "Clean reply quoting a French product title in Italian sentences.")

# 15
_m("reply", "text", "Re: lavatrice in errore E21 – ordine 575-8064231-5527893",
"""Gentile signor De Luca,

l'errore E21 sulla lavatrice (ordine 575-8064231-5527893) riguarda lo scarico e rientra nella garanzia del produttore, valida 2 anni.

Per un intervento rapido può contattare direttamente il numero verde assistenza del produttore Lavatek (garanzia): 800 912 437, dal lunedì al venerdì 8:30-18:00. Tenga a portata di mano la matricola riportata sull'oblò.

Se ci fossero intoppi ci riscriva pure qui.

Cordiali saluti,
Elettrodomestici Sud""", "575-8064231-5527893", [], "Clean reply with the manufacturer's warranty freephone marked as such.")

# 16
_m("reply", "html", "Re: tempi di rimborso (575-2713649-4408152)",
"""<p>Buongiorno,</p>
<p>il rimborso dell'ordine 575-2713649-4408152 è stato emesso il 4 dicembre: in genere serve qualche giorno lavorativo perché compaia sull'estratto conto.</p>
<p>Un cordiale saluto,<br>Valentina Greco, assistenza clienti</p>
<p><small>Tessuti Comaschi S.r.l. – Via Borgovico 42, 22100 Como (CO) – P.IVA 02984310136 – REA CO-289412 – Cap. soc. 50.000 € i.v.</small></p>""",
"575-2713649-4408152", [], "Clean reply with company footer (P.IVA, REA).")

# 17
_m("reply", "text", "Re: il mio reso – 575-5590126-1873364",
"""Ciao Matteo,

il tuo pacco di reso (numero di tracciamento 3UW1Z8840277311, autorizzazione RMA-2026-0492) è arrivato nel nostro magazzino di Verona il 2 dicembre alle 11:15.

Il 3 dicembre abbiamo rimborsato 89,50 € sull'ordine 575-5590126-1873364; le spese di reso (6,90 €) restano a nostro carico.

Un saluto,
Calzature Adige""", "575-5590126-1873364", [], "Clean reply with tracking and RMA numbers, dates, times and amounts.")

# 18
_m("fulfillment-question", "text", "Il tuo pacco è partito! 575-6627084-0391156",
"""Ciao!

Il tuo ordine 575-6627084-0391156 è stato affidato stamattina a BRT ed è già in viaggio verso di te.

A presto,
Bottega del Sapone""", "575-6627084-0391156", ["BSM201"], "Shipping confirmation: handed to the carrier.")

# 19
_m("fulfillment-question", "html", "Ordine 575-3159472-8806240 ricevuto",
"""<p>Gentile cliente,</p>
<p>abbiamo ricevuto correttamente il suo ordine 575-3159472-8806240 e il nostro magazzino lo sta già preparando per la spedizione.</p>
<p>Cordiali saluti,<br>Enoteca Langhe Shop</p>""",
"575-3159472-8806240", ["BSM201"], "Order confirmation: received and being prepared.")

# 20
_m("reply", "text", "Grazie! 575-8401563-2759917",
"""Ciao Federica,

grazie di cuore per aver scelto i nostri quaderni (ordine 575-8401563-2759917)!

Cartoleria Fiorentina""", "575-8401563-2759917", ["BSM202"], "Thanks-only message.")

# 21
_m("fulfillment-question", "text", "Ordine 575-0276941-6634082",
"""Gentile signor Ricci,

per l'ordine 575-0276941-6634082 le ricordiamo che, se dovesse sorgere qualche problema, siamo sempre qui per aiutarla.

Cordiali saluti,
Ferramenta Online Bassi""", "575-0276941-6634082", ["BSM202"], "Only 'we are here if a problem comes up'.")

# 22
_m("delivery-delay", "text", "Piccolo ritardo – ordine 575-4718850-9913327",
"""Buongiorno,

il cuscino cervicale dell'ordine 575-4718850-9913327 partirà il 12 dicembre anziché il 9, per un ritardo del nostro fornitore di memory foam.

Ci scusiamo per l'attesa.

Dormi Bene Materassi

P.S. Approfitta dello sconto del 20% su tutto il catalogo fino a fine mese con il codice NATALE20!""", "575-4718850-9913327", ["BSM203"], "Permitted delay with a 20 % off P.S.")

# 23
_m("review-request", "html", "La tua opinione sull'ordine 575-2983605-4470819",
"""<p>Ciao,</p>
<p>speriamo che il tuo tè matcha (ordine 575-2983605-4470819) ti stia piacendo. Se hai un minuto, lascia una recensione su Amazon.</p>
<p>Seguici su Facebook e iscriviti alla nostra newsletter: a gennaio arriva la nuova linea di tè biologici!</p>
<p>Un abbraccio,<br>Tè Verde Italia</p>""",
"575-2983605-4470819", ["BSM203"], "Follow us, newsletter and new product line.")

# 24
_m("review-request", "text", "Ordine 575-7136092-1057743 – un pensiero per te",
"""Gentile signora Conte,

speriamo che il portafoglio in pelle (ordine 575-7136092-1057743) sia di suo gradimento.

Una volta pubblicata la sua recensione su Amazon, ci mandi uno screenshot: le spediremo un piccolo omaggio come ringraziamento.

Cordiali saluti,
Pelletteria Artigiana Toscana""", "575-7136092-1057743", ["BSM204"], "Small gift once the review is published.")

# 25
_m("review-request", "text", "Recensione e rimborso – 575-5542718-3368290",
"""Ciao,

per l'ordine 575-5542718-3368290 (auricolari bluetooth) ti proponiamo questo: appena la tua recensione è online su Amazon, ti rimborsiamo l'intero importo. Basta risponderci con il link.

Staff TechPoint IT""", "575-5542718-3368290", ["BSM204"], "Full refund once the review is online.")

# 26
_m("reply", "text", "Re: la sua recensione – ordine 575-1827456-6092231",
"""Gentile signor Marchetti,

abbiamo letto la sua recensione da una stella sulla caffettiera (ordine 575-1827456-6092231). Nel frattempo abbiamo trovato insieme una soluzione qui in chat e speriamo che ora funzioni tutto.

Le chiediamo, se lo ritiene giusto, di modificare la recensione o eventualmente di rimuoverla.

Grazie per la comprensione,
Caffè & Moka Store""", "575-1827456-6092231", ["BSM205"], "Asks to modify or remove a one-star review.")

# 27
_m("review-request", "html", "Ti è piaciuto? Ordine 575-6304819-7725564",
"""<p>Ciao,</p>
<p>se sei soddisfatto del tuo tappetino da yoga (ordine 575-6304819-7725564), lasciaci una bella recensione su Amazon.</p>
<p>Se invece qualcosa non va, non scriverlo nella recensione: contattaci prima qui e troviamo una soluzione.</p>
<p>Namasté,<br>Yoga Corner Bologna</p>""",
"575-6304819-7725564", ["BSM206"], "Review only if satisfied; unhappy buyers steered to contact first.")

# 28
_m("review-request", "text", "Cinque stelle? – ordine 575-9068271-4413305",
"""Buongiorno Paola,

il set di pennelli da acquerello (ordine 575-9068271-4413305) dovrebbe esserle arrivato.

Siamo un piccolo laboratorio familiare: cinque stelline su Amazon per noi farebbero una differenza enorme.

Grazie,
Belle Arti Morandi""", "575-9068271-4413305", ["BSM206"], "Asks for five stars.")

# 29
_m("order-problem", "text", "Ordine 575-3720694-8851106: prodotto esaurito",
"""Buongiorno signor Villa,

la stampante 3D dell'ordine 575-3720694-8851106 risulta esaurita presso il distributore e non potremo spedirla. Abbiamo già rettificato l'importo dell'ordine con causale "prodotto non disponibile".

Per chiudere la pratica più velocemente, la soluzione migliore è che sia lei ad annullare l'ordine dal suo account Amazon, nella sezione "I miei ordini".

Cordiali saluti,
Maker Store Italia""", "575-3720694-8851106", ["BSM108"], "Amount adjusted, but advises the buyer to cancel themselves.")

# 30
_m("order-problem", "text", "Il suo ordine 575-0851347-2296618",
"""Gentile cliente,

siamo spiacenti di comunicarle che il cappotto in taglia 44 dell'ordine 575-0851347-2296618 non è più disponibile a magazzino.

Le saremmo grati se potesse inoltrare una richiesta di annullamento dell'ordine, così da poter chiudere la pratica.

Cordialmente,
Sartoria Moda Donna""", "575-0851347-2296618", ["BSM107", "BSM108"], "Asks for a cancellation request without confirming an adjustment.")

# 31
_m("delivery-delay", "text", "Ordine 575-6482930-5574019 – nuova data",
"""Buongiorno,

il suo ordine 575-6482930-5574019 (piatti in ceramica dipinti a mano) sarà spedito il 16 dicembre invece del 10, per completare la cottura.

Grazie per la pazienza.

Ceramiche del Golfo

Per non ricevere più le nostre comunicazioni, clicca su "Annulla iscrizione" in fondo a questa email o rispondi CANCELLAMI.""", "575-6482930-5574019", ["BSM305"], "Delay with an unsubscribe instruction.")

# 32
_m("reply", "text", "Re: pacco arrivato rotto – 575-2209715-9630482",
"""Ciao,

abbiamo visto le foto. Cazzo, è la terza volta questa settimana che il corriere ci distrugge un pacco.

Per l'ordine 575-2209715-9630482 dicci se preferisci una cornice nuova o il rimborso; non serve rimandarci quella rotta.

Mauro, Cornici & Specchi""", "575-2209715-9630482", ["BSM306"], "Reply containing Italian profanity.")

# 33
_m("delivery-delay", "text", "Bestellung 575-7954016-3318827 – Lieferverzögerung",
"""Guten Tag,

leider verzögert sich der Versand Ihrer Bestellung 575-7954016-3318827 (Speck-Geschenkkorb) um einige Tage. Neues Versanddatum ist der 15. Dezember.

Vielen Dank für Ihr Verständnis.

Mit freundlichen Grüßen
Südtiroler Genussladen, Bozen""", "575-7954016-3318827", ["BSM104"], "Delay notice written in German to an Italian buyer.")

# 34
_m("reply", "text", "Re: montaggio della libreria – 575-4063528-7749160",
"""Buongiorno signora Gallo,

per le viti mancanti della libreria (ordine 575-4063528-7749160) mi chiami pure al 347 218 5596, così le spiego a voce quali viti servono.

Saluti,
Giorgio – Legno e Design""", "575-4063528-7749160", ["BSM309"], "Seller mobile number in Italian national format.")

# 35
_m("reply", "html", "Re: spedizione in Svizzera (575-8712659-0026493)",
"""<p>Buongiorno,</p>
<p>per l'ordine 575-8712659-0026493 può chiamare il nostro servizio clienti al +39 02 8734 5521: le spiegheremo le opzioni per la consegna a Lugano.</p>
<p>Cordiali saluti,<br>Coltelleria Maniago Shop</p>""",
"575-8712659-0026493", ["BSM309"], "Seller phone number in international format.")

# 36
_m("reply", "text", "Re: fattura intestata alla ditta – 575-1386402-5187734",
"""Buongiorno,

per la fattura intestata alla sua azienda (ordine 575-1386402-5187734) scriva direttamente a amministrazione@officinavelo.it indicando ragione sociale, P.IVA e codice SDI.

Cordiali saluti,
Officina Velo""", "575-1386402-5187734", ["BSM308"], "Plain email address.")

# 37
_m("reply", "text", "Re: foto del difetto – 575-5827143-3360951",
"""Gentile signor Testa,

se le foto non passano dalla messaggistica, le mandi a assistenza chiocciola dormibene punto it, indicando l'ordine 575-5827143-3360951.

Grazie,
Dormi Bene Materassi""", "575-5827143-3360951", ["BSM308"], "Email address obfuscated with 'chiocciola' and 'punto'.")

# 38
_m("reply", "html", "Re: come curare il tagliere – 575-9201574-6638012",
"""<p>Ciao,</p>
<p>per la manutenzione del tagliere in ulivo (ordine 575-9201574-6638012) abbiamo scritto una guida dettagliata: <a href="https://www.legnoedesign.it/blog/curare-tagliere-ulivo">la nostra guida alla cura del legno d'ulivo</a>.</p>
<p>Buona giornata,<br>Legno e Design</p>""",
"575-9201574-6638012", ["BSM302"], "Descriptive https link to the seller's own blog.")

# 39
_m("return-follow-up", "html", "Reso ordine 575-3645908-1192275",
"""<p>Buongiorno,</p>
<p>per completare il reso dell'ordine 575-3645908-1192275 ci conferma che il prodotto è ancora nella confezione originale?</p>
<p>Lo stato del reso è visibile anche nella <a href="http://www.amazon.it/gp/css/order-history">cronologia ordini del suo account Amazon</a>.</p>
<p>Saluti,<br>Tessuti Comaschi</p>""",
"575-3645908-1192275", ["BSM301"], "Insecure http link to Amazon.")

# 40
_m("delivery-delay", "html", "La sua moka arriverà più tardi – 575-0917263-8804541",
"""<p>Buongiorno,</p>
<p>la moka in acciaio da 6 tazze del suo ordine 575-0917263-8804541 sarà spedita il 15 dicembre.</p>
<p><img src="https://m.media-amazon.com/images/I/moka-acciaio-6-tazze.jpg" alt="Moka in acciaio 6 tazze" width="220"></p>
<p>Grazie per la pazienza,<br>Caffè &amp; Moka Store</p>""",
"575-0917263-8804541", ["BSM310"], "Photo of the purchased product.")

# 41
_m("review-request", "html", "Ordine 575-4482017-5530968 – la sua recensione",
"""<p><img src="https://m.media-amazon.com/images/S/stock/albero-di-natale-innevato.jpg" alt="Albero di Natale innevato" width="300"></p>
<p>Buongiorno,</p>
<p>la sciarpa dell'ordine 575-4482017-5530968 le è arrivata la settimana scorsa. Una recensione su Amazon sarebbe utile a noi e ai prossimi clienti.</p>
<p>Lanificio Biellese Shop</p>""",
"575-4482017-5530968", ["BSM311"], "Unrelated stock image (a snowy Christmas tree).")

# 42
_m("invoice", "html", "Fattura ordine 575-7390624-2215837",
"""<p><img src="https://m.media-amazon.com/images/S/abis-seller/enoteca-langhe-shop-logo.png" alt="" width="130"></p>
<p>Gentile cliente,</p>
<p>in allegato la fattura n. 1187 relativa all'ordine 575-7390624-2215837.</p>
<p>Enoteca Langhe Shop</p>""",
"575-7390624-2215837", ["BSM402"], "Logo image with empty alt.")

# 43
_m("delivery-scheduling", "text", "Consegna del divano – 575-2516038-9947720",
"""Buongiorno signora Moretti,

il divano dell'ordine 575-2516038-9947720 può essere consegnato lunedì 14/12 tra le 8 e le 13 oppure martedì 15/12 tra le 14 e le 19. Quale preferisce? 🚚

Logistica Salotti Brianza""", "575-2516038-9947720", ["BSM403"], "Emoji in delivery scheduling.")

# 44
_m("reply", "text", "Re: cambio taglia – 575-6159302-0084419",
"""Ciao Giada,

certo, il cambio in taglia S per l'ordine 575-6159302-0084419 si può fare: avvia il reso dal tuo account Amazon e al resto pensiamo noi :)

Ciao ciao,
Maglieria Laura""", "575-6159302-0084419", ["BSM403"], "Text emoticon.")

# 45
_m("delivery-delay", "html", "Nuova data di spedizione – 575-8843750-3371062",
"""<style>
.h { font-size: 24px; }
.p { font-size: 16px; }
.n { font-size: 12px; }
.f { font-size: 9px; }
</style>
<p class="h">Il tuo ordine è in ritardo</p>
<p class="p">Ciao, l'ordine 575-8843750-3371062 sarà spedito il 17 dicembre anziché il 12.</p>
<p class="n">Motivo: ritardo del fornitore.</p>
<p class="f">Borse Firenze Lab</p>""",
"575-8843750-3371062", ["BSM410"], "Four explicit font sizes in a style block.")

# 46
_m("additional-information", "html", "Indirizzo incompleto – ordine 575-1074386-6629153",
"""<p>Buongiorno,</p>
<p>nell'indirizzo di consegna dell'ordine 575-1074386-6629153 manca il numero civico.<br><br><br><br>Ce lo può indicare? Senza il civico il corriere non consegna.</p>
<p>Grazie,<br>Giochi di Legno Trentini</p>""",
"575-1074386-6629153", ["BSM412"], "A run of four <br> tags.")

# 47
_m("invoice", "text", "[Importante] Fattura ordine 575-5763029-4458816",
"""Buongiorno,

in allegato la fattura n. 2026/FE/00912 per l'ordine 575-5763029-4458816.

Cordiali saluti,
Amministrazione Officina Velo""", "575-5763029-4458816", ["BSM110"], "[Importante] on an invoice.")

# 48
_m("review-request", "html", "Ordine 575-3908145-7720364: una recensione?",
"""<p>Ciao,</p>
<p>le luci LED dell'ordine 575-3908145-7720364 ti sono state consegnate la settimana scorsa. Per lasciare una recensione <a href="https://www.amazon.it/review/review-your-purchases/?asin=B0C9TR5W1M">clicca qui</a>.</p>
<p>Grazie,<br>Luce Viva</p>""",
"575-3908145-7720364", ["BSM401"], "Link text 'clicca qui'.")

# 49
_m("review-request", "html", "La sua opinione – ordine 575-6627419-0918835",
"""<p><a href="https://www.ceramichedelgolfo.it"><img src="https://m.media-amazon.com/images/S/abis-seller/ceramiche-del-golfo-logo.png" alt="Logo Ceramiche del Golfo" width="140"></a></p>
<p>Buongiorno,</p>
<p>la ciotola dipinta a mano dell'ordine 575-6627419-0918835 le è stata consegnata da qualche giorno. Se crede, può lasciare una recensione su Amazon.</p>
<p>Ceramiche del Golfo</p>""",
"575-6627419-0918835", ["BSM302", "BSM304"], "Shop logo linked to the seller's website.")

# 50
_m("delivery-delay", "text", "Ordine 575-2450873-6193308",
"""Buongiorno signor Pellegrini,

we are sorry to inform you that your order 575-2450873-6193308 (espresso cups, set of 6) will ship later than planned. The new dispatch date is 16 December and delivery should follow within two to three working days.

Thank you for your patience.

Best regards,
Caffè & Moka Store""", "575-2450873-6193308", ["BSM104"], "Italian greeting but the body is in English.")

MESSAGES = []
for _i, _r in enumerate(_R, 1):
    _d = {"id": "v26-it-%03d" % _i}
    _d.update(_r)
    MESSAGES.append({k: _d[k] for k in ("id", "language", "locale", "type", "format", "subject", "body", "order_id", "expected", "note")})
