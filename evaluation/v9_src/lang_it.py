"""v9 blind evaluation set, Italian (it-IT)."""
import random

_r = random.Random(406)
O = []
while len(O) < 50:
    o = "406-%07d-%07d" % (_r.randrange(10**7), _r.randrange(10**7))
    if o not in O:
        O.append(o)


def m(n, type_, fmt, subject, body, expected, note):
    o = O[n - 1]
    return {"id": "v9-it-%03d" % n, "language": "it", "locale": "it-IT", "type": type_,
            "format": fmt, "subject": subject.replace("{o}", o),
            "body": body.replace("{o}", o).replace("{o_nohyphen}", o.replace("-", "")),
            "order_id": o, "expected": sorted(expected), "note": note}


MESSAGES = [
# ---------------- clean (1-17) ----------------
m(1, "delivery-delay", "text", "Ordine {o} - ritardo nella spedizione",
"""Gentile cliente,

purtroppo la moka in acciaio da 6 tazze del Suo ordine {o} partirà con qualche giorno di ritardo: il lotto in arrivo dal nostro fornitore di Omegna è stato consegnato solo oggi.

Prevediamo di spedirla lunedì 14 dicembre, con consegna stimata tra il 16 e il 17 dicembre.

Ci scusiamo per l'inconveniente.

Cordiali saluti,
Giulia Bernardi
Casa del Caffè Bernardi""", [], "Clean plain-text delivery delay with new dates."),

m(2, "delivery-delay", "html", "Aggiornamento sul Suo ordine {o}",
"""<p>Buongiorno Sig.ra Colombo,</p>
<p>Le scriviamo in merito all'ordine <strong>{o}</strong>: la borsa in pelle color cuoio è ancora in lavorazione nel nostro laboratorio di Scandicci, perché la conciatura dell'ultimo lotto ha richiesto più tempo del previsto.</p>
<table cellpadding="4">
<tr><td>Nuova data di spedizione</td><td>15/12/2026</td></tr>
<tr><td>Consegna prevista</td><td>entro il 18/12/2026</td></tr>
</table>
<p>Ci scusiamo per l'attesa.</p>
<p>Un cordiale saluto,<br>Lorenzo Bigi<br>Pelletteria Bigi Firenze</p>""", [], "Clean HTML delivery delay with a table."),

m(3, "order-problem", "text", "[Importante] Ordine {o}: articolo non disponibile",
"""Gentile cliente,

siamo spiacenti di comunicarLe che il tostapane a 4 fette color crema presente nel Suo ordine {o} non è più disponibile: l'ultimo pezzo a magazzino è risultato danneggiato.

Abbiamo quindi già rettificato l'importo totale dell'ordine tramite Seller Central, indicando come motivo la mancanza di scorte. Il rimborso completo di 59,90 € Le verrà accreditato entro 3-5 giorni lavorativi.

Ci scusiamo sinceramente per il disagio.

Lo staff di Elettrodomestici Riva""", [], "Clean order problem with [Importante] and the amount adjusted."),

m(4, "additional-information", "text", "Ordine {o}: ci serve una conferma",
"""Ciao Francesca,

per stampare il calendario personalizzato del tuo ordine {o} ci mancano ancora le foto di ottobre e novembre: nel file che abbiamo ricevuto ce ne sono solo dieci.

Puoi mandarcele in risposta a questo messaggio? Appena arrivano, passiamo tutto in stampa.

Grazie mille,
Sara - Stamperia Fotografica Lupi""", [], "Clean request for missing information for a custom order."),

m(5, "return-follow-up", "text", "Richiesta di reso - ordine {o}",
"""Gentile Sig. Marchetti,

abbiamo preso visione della Sua richiesta di reso per il set di pentole (ordine {o}), in cui segnala un piccolo graffio sul coperchio più grande.

Se preferisce tenere il set, possiamo offrirLe un rimborso parziale di 20,00 €. In caso accetti, Le basta rispondere a questo messaggio con «accetto»; altrimenti la procedura di reso prosegue normalmente.

Restiamo in attesa di un Suo riscontro.

Distinti saluti,
Andrea Fontana
Cucina Italiana Store""", [], "Clean return follow-up offering a partial refund."),

m(6, "return-follow-up", "html", "Reso ordine {o}: una domanda",
"""<p>Buongiorno,</p>
<p>stiamo gestendo il reso del frullatore a immersione (ordine {o}). Per completarlo avremmo bisogno di sapere:</p>
<ol>
<li>se nella confezione sono presenti anche il bicchiere graduato e la frusta;</li>
<li>il motivo del reso (difetto, ripensamento o altro).</li>
</ol>
<p>Grazie per la collaborazione.</p>
<p>Paolo<br><small>Casalinghi Ferraro S.r.l.</small></p>""", [], "Clean HTML return follow-up asking for information."),

m(7, "invoice", "text", "Fattura n. 2026/FE/00871 - ordine {o}",
"""Gentile cliente,

in allegato trova la fattura n. 2026/FE/00871 del 03/12/2026 relativa all'ordine {o}.

Imponibile: 163,93 €
IVA 22%: 36,07 €
Totale: 200,00 €

Ufficio Moderno S.r.l.
Via dei Mille 18, 40121 Bologna (BO)
P.IVA 12034560372 - C.F. 12034560372
REA BO-512345 - Capitale sociale 10.000,00 € i.v.

Cordiali saluti,
Amministrazione""", [], "Clean invoice with P.IVA, REA and a slashed invoice number."),

m(8, "review-request", "text", "La Sua opinione sull'ordine {o}",
"""Gentile cliente,

qualche giorno fa ha ricevuto il tagliere in legno d'ulivo dell'ordine {o}. Se ha tempo, può lasciare una recensione sulla pagina del prodotto, dalla sezione «I miei ordini» del Suo account Amazon: ogni opinione, positiva o negativa, è utile ad altri acquirenti.

Grazie per l'attenzione,
Olivo & Co. Artigiani""", [], "Clean neutral plain-text review request."),

m(9, "review-request", "html", "Ordine {o}: ci dica com'è andata",
"""<img src="https://m.media-amazon.com/images/G/29/sellers/tessitura-valsesia-logo.png" alt="Logo Tessitura Valsesia" width="150">
<p>Gentile Sig.ra Greco,</p>
<p>la coperta in lana che ha ordinato (ordine {o}) Le è stata consegnata la settimana scorsa. Ci farebbe piacere conoscere la Sua opinione sincera, qualunque essa sia.</p>
<p><a href="https://www.amazon.it/review/review-your-purchases?orderId={o}">Scrivi una recensione su Amazon.it</a></p>
<p>Elena Sartori<br>Tessitura Valsesia</p>""", [], "Clean HTML review request with shop logo and descriptive Amazon link."),

m(10, "delivery-scheduling", "text", "Consegna su appuntamento - ordine {o}",
"""Buongiorno Sig. Rinaldi,

il divano a tre posti del Suo ordine {o} (2 colli, circa 85 kg) verrà consegnato dal nostro corriere specializzato su appuntamento, con consegna al piano.

Le fasce orarie disponibili sono:
- martedì 15 dicembre, 8:00-12:00
- giovedì 17 dicembre, 14:00-18:00
- sabato 19 dicembre, 9:00-13:00

Ci indichi la fascia che preferisce e se nel palazzo c'è l'ascensore.

Grazie,
Davide - Arredamenti Conti""", [], "Clean bulky-item delivery scheduling with slots."),

m(11, "home-service-appointment", "text", "Appuntamento per l'installazione - ordine {o}",
"""Gentile cliente,

con l'ordine {o} ha richiesto anche l'installazione del condizionatore. Il nostro tecnico è disponibile nelle seguenti date:

mercoledì 9/12 dalle 9:30 alle 12:30
venerdì 11/12 dalle 14:00 alle 17:00

Ci faccia sapere quale preferisce rispondendo a questo messaggio.

Cordialmente,
Clima Service Torino""", [], "Clean home-service appointment with two slots."),

m(12, "custom-design-verification", "text", "Bozza grafica da approvare - ordine {o}",
"""Ciao Marco e Giada,

in allegato trovate la bozza della targa incisa per il vostro ordine {o}: ottone spazzolato 20 x 10 cm, carattere corsivo, testo «Casa Ferri - dal 2026».

Controllate bene nomi e date: l'incisione non si può correggere dopo. Se va tutto bene, rispondete pure «approvata» e la mettiamo in lavorazione.

A presto,
Incisioni Martini""", [], "Clean custom design proof verification."),

m(13, "fulfillment-question", "text", "Consegna ordine {o}: codice del cancello",
"""Buongiorno,

per la consegna dell'ordine {o} (rif. corriere CN-2026-55471, fascia prevista venerdì 11/12 tra le 9:00 e le 13:00) è richiesta la firma del destinatario.

Nell'indirizzo non risulta il codice del cancello condominiale. Potrebbe indicarci il codice e la scala, così il corriere riesce a raggiungere il Suo appartamento?

Grazie,
Chiara - Enoteca Colli Euganei""", [], "Clean gate-code question with reference numbers."),

m(14, "reply", "text", "Re: Domanda su «Stainless Steel Water Bottle 750ml» - ordine {o}",
"""Buongiorno Sig. Galli,

rispondiamo volentieri: la «Stainless Steel Water Bottle 750ml» che ha acquistato mantiene le bevande fredde fino a 24 ore e calde fino a 12. Il tappo si può lavare in lavastoviglie, la borraccia invece va lavata a mano.

«Blue Summit Outdoor» è il nome del produttore statunitense; noi siamo il distributore per l'Italia.

Cordiali saluti,
Montagna Sport Trento (ordine {o})""", [], "Clean reply quoting an English product title and brand."),

m(15, "reply", "text", "Re: Aspirapolvere guasto - ordine {o}",
"""Gentile Sig.ra Ferri,

ci dispiace che l'aspirapolvere senza fili dell'ordine {o} abbia smesso di caricarsi.

Il prodotto è coperto dalla garanzia del produttore Vortex per 24 mesi. Per un intervento rapido Le consigliamo di contattare il numero verde dell'assistenza in garanzia del produttore Vortex: 800 912 345 (linea garanzia del fabbricante, gratuito, lun-ven 9:00-18:00). Organizzeranno loro il ritiro.

Cordiali saluti,
Matteo Russo
Casa Pulita Store""", [], "Clean reply with the manufacturer's warranty line marked as such."),

m(16, "reply", "html", "Re: Dati per la fattura - ordine {o}",
"""<p>Buongiorno,</p>
<p>in risposta alla Sua domanda sull'ordine {o}: la ragione sociale e i dati fiscali del venditore sono riportati qui sotto e compaiono anche in fattura.</p>
<p>Resto a disposizione per ulteriori chiarimenti sulla fattura.</p>
<p>Roberta Villa<br>Responsabile amministrazione</p>
<hr>
<p><small>Cartoleria Villa S.n.c. di Villa Roberta &amp; C. - Corso Vittorio Emanuele II 45, 10128 Torino (TO)<br>
P.IVA 10987650019 - REA TO-1122334<br>
Codice destinatario SDI: M5UXCR1</small></p>""", [], "Clean HTML reply with an Italian company footer."),

m(17, "reply", "text", "Re: Stato del reso - ordine {o}",
"""Gentile Sig. Costa,

ecco i dati del Suo reso (ordine {o}):

- numero di autorizzazione al reso: RMA-2026-04417
- codice di tracciamento BRT dell'etichetta: VR-BRT-772910163
- termine per consegnare il pacco al punto BRT: 22/12/2026 entro le 19:00
- importo che Le verrà rimborsato: 74,50 € (spese di reso a nostro carico)

Il rimborso viene disposto entro 2 giorni lavorativi dall'arrivo del pacco nel nostro magazzino di Verona.

Cordiali saluti,
Assistenza clienti - Calzature Veronesi""", [], "Clean reply with RMA and tracking numbers, dates, times and amounts."),

# ---------------- violations (18-48) ----------------
m(18, "fulfillment-question", "text", "Ordine {o}",
"""Buongiorno!

Il Suo pacco (ordine {o}) è partito stamattina dal nostro magazzino di Bari ed è già stato affidato a GLS. Dovrebbe arrivare in 24/48 ore.

Buona giornata,
Taralli & Sapori Pugliesi""", ["BSM201"], "Shipping confirmation: left the warehouse, handed to GLS."),

m(19, "fulfillment-question", "html", "Abbiamo ricevuto il tuo ordine {o}",
"""<p>Ciao Alessia,</p>
<p>il tuo ordine {o} è arrivato da noi e lo stiamo già preparando con cura: entro domani sarà impacchettato.</p>
<p>A presto,<br>Candele di Nonna Pina</p>""", ["BSM201"], "Order confirmation: received and being packed."),

m(20, "fulfillment-question", "text", "Grazie! Ordine {o}",
"""Ciao!

Grazie di cuore per aver scelto il nostro negozio per l'ordine {o}. Per un piccolo laboratorio come il nostro ogni acquisto conta tantissimo.

Un abbraccio,
Ceramiche Vietri Sole""", ["BSM202"], "Thanks-only message."),

m(21, "fulfillment-question", "text", "Ordine {o}",
"""Gentile cliente,

Le ricordiamo che per qualsiasi dubbio o problema relativo all'ordine {o} siamo sempre a Sua completa disposizione. Non esiti a scriverci.

Cordiali saluti,
Ferramenta Bassi""", ["BSM202"], "Only the offer to help if anything comes up."),

m(22, "delivery-delay", "text", "Ordine {o}: nuova data di spedizione",
"""Gentile cliente,

lo zaino da trekking del Suo ordine {o} verrà spedito il 14 dicembre anziché il 10, a causa di un ritardo del nostro fornitore. La consegna è prevista per il 16 o 17 dicembre.

Ci scusiamo per il ritardo.

Alpe Outdoor

P.S. Fino al 31 dicembre tutto il nostro catalogo su Amazon è scontato del 20%: approfitti per i regali di Natale!""", ["BSM203"], "Otherwise valid delay with a P.S. promoting 20% off everything."),

m(23, "review-request", "text", "Com'è andata con l'ordine {o}?",
"""Buongiorno,

ha ricevuto da poco la lampada in vetro di Murano dell'ordine {o}. Se vuole, può lasciare una recensione sulla pagina del prodotto su Amazon.

Intanto La invitiamo a seguirci su Instagram e Facebook (Vetreria Laguna) e a iscriversi alla nostra newsletter: a gennaio presentiamo la nuova collezione!

Vetreria Laguna""", ["BSM203"], "Review request plus follow-us, newsletter and new collection."),

m(24, "review-request", "text", "Una recensione per l'ordine {o}?",
"""Gentile Sig.ra Leone,

speriamo che il servizio di tazzine (ordine {o}) Le stia piacendo. Ci farebbe piacere leggere la Sua recensione su Amazon.

Appena sarà pubblicata, ci scriva: per ringraziarLa Le riserveremo un piccolo omaggio sul prossimo acquisto.

Cordiali saluti,
Porcellane Borgo Antico""", ["BSM204"], "A small gift once the review is published."),

m(25, "review-request", "text", "Ordine {o} - proposta speciale",
"""Ciao,

ti proponiamo una cosa speciale per l'ordine {o}: scrivi una recensione della borraccia termica e, appena sarà online, ti rimborsiamo l'intero importo dell'acquisto. Basta mandarci lo screenshot.

Sportivi saluti,
Idro Sport Italia""", ["BSM204"], "Full refund once the review is online."),

m(26, "reply", "text", "Re: La Sua recensione - ordine {o}",
"""Gentile Sig. Testa,

abbiamo provveduto al rimborso del caricabatterie difettoso dell'ordine {o} e ci scusiamo ancora per l'accaduto.

Ora che la questione è risolta, Le chiederemmo gentilmente di modificare o, se possibile, eliminare la recensione da una stella che ha lasciato: per un piccolo negozio come il nostro pesa davvero molto.

Grazie della comprensione,
Tecno Bazar Padova""", ["BSM205"], "Asks to change or delete a one-star review."),

m(27, "review-request", "text", "È soddisfatta del Suo acquisto? Ordine {o}",
"""Buongiorno,

se il vestito in lino dell'ordine {o} Le è piaciuto, ci lasci una bella recensione su Amazon!

Se invece qualcosa non va, La preghiamo di non scrivere una recensione ma di contattarci prima: troveremo insieme una soluzione.

Atelier Margherita""", ["BSM206"], "Review only if satisfied; unhappy buyers asked to contact the shop instead."),

m(28, "review-request", "html", "Ordine {o}: ci aiuta con 5 stelle?",
"""<p>Buongiorno,</p>
<p>grazie per aver acquistato il trapano avvitatore da Utensili Pro Brescia (ordine {o}). Se ha un minuto, una valutazione a cinque stelle ci aiuterebbe tantissimo.</p>
<p><a href="https://www.amazon.it/review/review-your-purchases?orderId={o}">Lascia una recensione su Amazon.it</a></p>
<p>Il team di Utensili Pro Brescia</p>""", ["BSM206"], "Asks for a five-star rating."),

m(29, "delivery-delay", "text", "Ordine {o}: articolo esaurito dal fornitore",
"""Gentile cliente,

la poltrona «Nordica» del Suo ordine {o} è esaurita presso il produttore e al momento non abbiamo una data di riassortimento.

La soluzione più rapida è che annulli Lei direttamente l'ordine dal Suo account Amazon (sezione «I miei ordini»): il rimborso sarà immediato.

Ci scusiamo per il disagio,
Design Casa Nord""", ["BSM108"], "Advises the buyer to cancel because stock ran out."),

m(30, "order-problem", "text", "[Importante] Problema con l'ordine {o}",
"""Gentile cliente,

per un errore di inventario non abbiamo più disponibile la stampante richiesta con l'ordine {o}.

Le saremmo grati se potesse inviare Lei una richiesta di annullamento dal Suo account Amazon, in modo da chiudere la pratica rapidamente.

Grazie per la comprensione,
Informatica Lombarda""", ["BSM107", "BSM108"], "Order problem asking for a cancellation request without confirming an adjustment."),

m(31, "review-request", "text", "Il Suo parere sull'ordine {o}",
"""Gentile cliente,

il set di barattoli dell'ordine {o} è arrivato? Può lasciare una recensione sulla pagina del prodotto dalla sezione «I miei ordini».

Se non desidera più ricevere comunicazioni da parte nostra, risponda a questo messaggio scrivendo CANCELLAMI.

Dispensa Toscana""", ["BSM305"], "Opt-out instruction (reply CANCELLAMI)."),

m(32, "reply", "text", "Re: Pacco danneggiato - ordine {o}",
"""Buongiorno Sig.ra Mancini,

siamo mortificati: quei cazzo di corrieri hanno di nuovo lanciato lo scatolone come un sacco di patate, ed ecco la caraffa rotta del Suo ordine {o}.

Le rimborsiamo la caraffa per intero, il rimborso parte oggi stesso.

Cordiali saluti,
Vetri d'Arte Murano Shop""", ["BSM306"], "Italian profanity in an otherwise valid reply."),

m(33, "delivery-delay", "text", "Ihre Bestellung {o}",
"""Guten Tag,

leider verzögert sich der Versand Ihrer Bestellung {o} (Espressotassen, 6 Stück) um einige Tage. Wir rechnen jetzt mit dem Versand am 14. Dezember und der Zustellung um den 16. Dezember.

Wir bitten um Entschuldigung.

Mit freundlichen Grüßen
Caffè Aroma Napoli""", ["BSM104"], "Whole message in German for an Italian buyer."),

m(34, "delivery-scheduling", "text", "Appuntamento per la consegna - ordine {o}",
"""Buongiorno,

il materasso matrimoniale dell'ordine {o} viene consegnato su appuntamento. Per fissare giorno e orario ci chiami pure allo 02 8732 1456, dal lunedì al venerdì dalle 9:00 alle 17:30.

Cordiali saluti,
Materassi Brianza""", ["BSM309"], "Seller phone number in Italian national format."),

m(35, "reply", "text", "Re: Cambio taglia - ordine {o}",
"""Ciao,

per il cambio taglia del giubbotto (ordine {o}) scrivimi su WhatsApp al +39 347 123 4567, ti tengo da parte la M già da oggi.

Buona serata,
Riccardo - Urban Leather Milano""", ["BSM309"], "Seller phone number in international format."),

m(36, "reply", "text", "Re: Istruzioni di montaggio - ordine {o}",
"""Buongiorno Sig. De Luca,

le istruzioni aggiornate della libreria dell'ordine {o} sono in preparazione. Per riceverle in PDF scriva pure a assistenza.legnovivo@libero.it indicando il numero d'ordine.

Cordiali saluti,
Legno Vivo Arredi""", ["BSM308"], "Plain e-mail address."),

m(37, "reply", "text", "Re: Fattura intestata all'azienda - ordine {o}",
"""Buongiorno,

per avere la fattura dell'ordine {o} intestata alla Sua azienda ci mandi ragione sociale e partita IVA all'indirizzo fatture chiocciola cartoleriarossi punto it: gliela inviamo entro 24 ore.

Saluti,
Cartoleria Rossi""", ["BSM308"], "Obfuscated e-mail address (chiocciola / punto)."),

m(38, "additional-information", "html", "Ordine {o}: scelta della finitura",
"""<p>Buongiorno,</p>
<p>per realizzare il tavolino dell'ordine {o} dobbiamo sapere quale finitura preferisce: olio naturale, vernice opaca o tinta noce.</p>
<p>Può confrontarle sulla <a href="https://www.falegnameriacerri.it/finiture">cartella colori delle finiture sul nostro sito</a> e poi rispondere qui.</p>
<p>Grazie,<br>Falegnameria Cerri</p>""", ["BSM302"], "https link to the seller's own site with descriptive text."),

m(39, "reply", "html", "Re: Dov'è il mio ordine {o}?",
"""<p>Buongiorno,</p>
<p>i dettagli dell'ordine {o}, compresa la data di consegna prevista, si trovano nella <a href="http://www.amazon.it/gp/your-account/order-details?orderID={o}">pagina dell'ordine sul Suo account Amazon.it</a>.</p>
<p>Cordiali saluti,<br>Sapori di Sicilia</p>""", ["BSM301"], "Insecure http link to Amazon with descriptive text."),

m(40, "review-request", "html", "La Sua lampada Arco - ordine {o}",
"""<p>Buongiorno,</p>
<p><img src="https://m.media-amazon.com/images/I/lampada-arco-ottone.jpg" alt="Lampada da terra Arco in ottone" width="240"></p>
<p>da qualche giorno la lampada dell'ordine {o} illumina il Suo salotto. Una recensione su Amazon aiuterebbe altri clienti nella scelta.</p>
<p><a href="https://www.amazon.it/review/review-your-purchases?orderId={o}">Scrivi una recensione su Amazon.it</a></p>
<p>Luce Design Italia</p>""", ["BSM310"], "Photo of the purchased product."),

m(41, "delivery-delay", "html", "Ordine {o}: ancora un po' di pazienza",
"""<p><img src="https://m.media-amazon.com/images/G/29/sellers/albero-di-natale-innevato.jpg" alt="Albero di Natale innevato" width="300"></p>
<p>Buongiorno,</p>
<p>il maglione del Suo ordine {o} verrà spedito il 15 dicembre anziché il 10, per un ritardo del nostro maglificio. Consegna prevista il 17 dicembre.</p>
<p>Grazie della pazienza,<br>Maglificio Biellese</p>""", ["BSM311"], "Unrelated stock image (snowy Christmas tree)."),

m(42, "delivery-delay", "html", "Ritardo nella spedizione - ordine {o}",
"""<p><img src="https://m.media-amazon.com/images/G/29/sellers/logo-bottega-dei-giocattoli.png" alt="" width="140"></p>
<p>Buongiorno,</p>
<p>la pista per biglie in legno dell'ordine {o} partirà mercoledì 16 dicembre per un ritardo del nostro falegname. Consegna prevista entro il 19 dicembre.</p>
<p>Ci scusiamo,<br>Bottega dei Giocattoli</p>""", ["BSM402"], "Shop logo with an empty alt."),

m(43, "additional-information", "text", "Ordine {o}: il nome da ricamare",
"""Ciao Martina!

Prima di ricamare il sacco nanna (ordine {o}) ti chiedo solo una cosa: il nome lo preferisci in corsivo o in stampatello? 😊

Fammi sapere,
Irene - Punto Croce Bimbi""", ["BSM403"], "Emoji in an information request."),

m(44, "delivery-delay", "text", "Ordine {o} - piccolo ritardo",
"""Buongiorno,

il puzzle da 1000 pezzi del Suo ordine {o} partirà il 14/12 perché la tipografia ha accumulato due giorni di ritardo. Dovrebbe arrivare entro il 17, ben prima di Natale ;)

A presto,
Rompicapo Italia""", ["BSM403"], "Emoticon ;) in a delay message."),

m(45, "delivery-delay", "html", "Ordine {o}: nuova data",
"""<style>
h1 { font-size: 24px; }
p { font-size: 13px; }
.evidenza { font-size: 18px; }
.piede { font-size: 10px; }
</style>
<h1>Ordine {o}</h1>
<p>Gentile cliente,</p>
<p>per un ritardo del nostro fornitore, il servizio di piatti verrà spedito il:</p>
<p class="evidenza">martedì 15 dicembre 2026</p>
<p>Ci scusiamo per il disagio.</p>
<p class="piede">Ceramiche Deruta Store S.r.l.</p>""", ["BSM410"], "Four explicit font sizes in a style block."),

m(46, "additional-information", "html", "Ordine {o}: indirizzo incompleto",
"""<p>Buongiorno,</p>
<p>nell'indirizzo di consegna dell'ordine {o} manca il numero civico: «Via dei Tigli, 37121 Verona».<br><br><br><br>Potrebbe indicarci il numero civico e il nome sul citofono?</p>
<p>Grazie,<br>Cantina Valpolicella Doc Shop</p>""", ["BSM412"], "A run of four <br> tags."),

m(47, "review-request", "text", "[Importante] La Sua recensione - ordine {o}",
"""Gentile cliente,

ha ricevuto il macinacaffè dell'ordine {o} qualche giorno fa. Se lo desidera, può lasciare una recensione sulla pagina del prodotto dal Suo account Amazon.

Cordiali saluti,
Torrefazione Moretti""", ["BSM110"], "[Importante] tag on a review request."),

m(48, "review-request", "text", "La Sua opinione - ordine {o}",
"""Buongiorno Sig. Bellini,

la macchina per il pane dell'ordine {o} è arrivata qualche giorno fa. Può lasciare la Sua recensione qui: https://www.amazon.it/review/review-your-purchases?orderId={o}

Cordiali saluti,
Forno in Casa""", ["BSM401"], "Bare URL as the link text."),

# ---------------- varying (49-50) ----------------
m(49, "review-request", "html", "Ordine {o}: la Sua recensione",
"""<p><a href="https://www.ceramicheferri.it"><img src="https://m.media-amazon.com/images/G/29/sellers/ceramiche-ferri-logo.png" alt="Logo Ceramiche Ferri" width="150"></a></p>
<p>Buongiorno,</p>
<p>il vaso dell'ordine {o} è arrivato la settimana scorsa. Se vuole, può lasciare una recensione sulla <a href="https://www.amazon.it/review/review-your-purchases?orderId={o}">pagina delle recensioni di Amazon.it</a>.</p>
<p>Ceramiche Ferri</p>""", ["BSM302", "BSM304"], "Shop logo linked to the seller's website."),

m(50, "delivery-delay", "text", "Ritardo nella spedizione del Suo ordine",
"""Gentile cliente,

il cestino natalizio del Suo ordine n. {o_nohyphen} partirà con due giorni di ritardo, il 16 dicembre, perché il panettone artigianale arriva dal laboratorio solo il 15. Consegna prevista il 18 dicembre.

Ci scusiamo per l'attesa.

Dolce Forno Milano""", ["BSM102"], "Order number written without hyphens only."),
]
