"""v19 blind evaluation set, Italian (it): 50 messages. Standard library only."""

LANG = "it"
LOCALE = "it-IT"


def _order(n):
    return "504-%07d-%07d" % ((n * 6151 * 17 + 3302417) % 10**7, (n * 130363 + 4417209) % 10**7)


def _m(n, type_, fmt, subject, body, expected, note, locale=LOCALE):
    o = _order(n)
    raw = o.replace("-", "")
    subject = subject.replace("{o}", o).replace("{raw}", raw)
    body = body.strip("\n").replace("{o}", o).replace("{raw}", raw)
    return {
        "id": "v19-%s-%03d" % (LANG, n),
        "language": LANG,
        "locale": locale,
        "type": type_,
        "format": fmt,
        "subject": subject,
        "body": body,
        "order_id": o,
        "expected": sorted(expected),
        "note": note,
    }


MESSAGES = [
    # ---------------- clean (17) ----------------
    _m(1, "delivery-delay", "text", "Ordine {o}: qualche giorno di ritardo", """
Gentile sig.ra Ferri,

le scriviamo per avvisarla che la sua moka in rame martellato non partirà nei tempi previsti: il nostro artigiano ha dovuto rifare la saldatura del manico su tutto il lotto. La spedizione slitta a giovedì 17 dicembre, con consegna stimata entro il 21.

Se preferisce non aspettare, ce lo dica pure rispondendo a questo messaggio e troveremo insieme una soluzione.

Cordiali saluti,
Silvia Cattaneo
Assistenza clienti – Rame & Fuoco
""", [], "Plain-text delivery delay with a new dispatch date; clean."),

    _m(2, "delivery-delay", "html", "Aggiornamento sui tempi di spedizione – ordine {o}", """
<p>Buongiorno,</p>
<p>il tessuto scelto per le sue tende (lino naturale, 140 x 260 cm) è arrivato in laboratorio più tardi del previsto, quindi la confezione richiede qualche giorno in più.</p>
<table border="0" cellpadding="4">
<tr><td>Ordine</td><td>{o}</td></tr>
<tr><td>Spedizione prevista in origine</td><td>09/12/2026</td></tr>
<tr><td>Nuova data di spedizione</td><td>18/12/2026</td></tr>
</table>
<p>Non deve fare nulla. Per qualsiasi dubbio può rispondere a questo messaggio.</p>
<p>Un saluto,<br>Il laboratorio di Tessiture Valtellina</p>
""", [], "Builder HTML delivery delay with a date table; clean."),

    _m(3, "order-problem", "text", "[Importante] Ordine {o} – articolo non disponibile", """
Gentile cliente,

purtroppo dobbiamo darle una brutta notizia: la bottiglia di aceto balsamico tradizionale invecchiato 25 anni che ha ordinato è risultata danneggiata in magazzino ed era l'ultima disponibile. Non siamo quindi in grado di evadere l'ordine.

Abbiamo già rettificato l'importo totale dell'ordine per mancanza di disponibilità: il rimborso comparirà sul suo metodo di pagamento nei prossimi giorni, senza che lei debba fare nulla.

Ci scusi per il disagio.

Acetaia Montecorone
""", [], "Order problem with [Importante] in the subject, amount adjusted for no stock; clean."),

    _m(4, "additional-information", "text", "Ordine {o} – ci serve un dato", """
Buongiorno,

la targhetta per il collare è pronta da incidere, però il campo con il nome dell'animale ci è arrivato vuoto.

Ci risponde con il nome da incidere (max 10 lettere)? Grazie!

Incisioni Bassi
""", [], "Request for missing engraving text needed to complete the order; clean."),

    _m(5, "return-follow-up", "text", "Reso ordine {o}: una proposta", """
Buongiorno sig. Rinaldi,

abbiamo visto le foto: la sedia ha un graffio sullo schienale. Per evitarle smontaggio e spedizione di un pacco così ingombrante, possiamo proporle un rimborso parziale di 25,00 € (su 119,00 €) e lei tiene la sedia.

Se le sta bene, ci basta un "ok" in risposta. Altrimenti procediamo con il reso normale, nessun problema.

Cordialmente,
Davide – Legno Vivo Arredamenti
""", [], "Return follow-up offering a partial refund; clean."),

    _m(6, "return-follow-up", "text", "Reso {o} – ci manca un'informazione", """
Salve,

per chiudere la pratica di reso dell'aspirapolvere ci serve sapere se nel pacco rimanderà anche la base di ricarica e i due filtri, oppure solo il corpo macchina.

Appena ci risponde le inviamo l'etichetta di reso.

Grazie,
Ufficio resi – CasaClean Store
""", [], "Return follow-up asking which parts will be returned; clean."),

    _m(7, "invoice", "text", "Fattura n. 2026/FE/0912 – ordine {o}", """
Gentile cliente,

in allegato trova la fattura n. 2026/FE/0912 relativa all'ordine {o} del 01/12/2026.

Imponibile: 81,97 €
IVA 22%: 18,03 €
Totale: 100,00 €

Cordiali saluti,
Amministrazione

Ceramiche Fabbri S.r.l. – Via dei Mille 14, 40121 Bologna (BO)
P.IVA IT02345678901 – C.F. 02345678901 – REA BO-456789 – Cap. soc. 10.000,00 € i.v.
""", [], "Invoice with taxable amount, IVA, P.IVA, REA and an invoice number with slashes; clean."),

    _m(8, "review-request", "text", "Com'è andata con l'ordine {o}?", """
Ciao Francesca,

la borraccia termica è arrivata ormai da una decina di giorni. Se ti va, una recensione su Amazon aiuta chi deve ancora scegliere, qualunque sia la tua opinione. La trovi nella pagina dell'ordine, dal tuo account.

Buona giornata,
Marco di Borracce Alpine
""", [], "Neutral, familiar plain-text review request; clean."),

    _m(9, "review-request", "html", "La sua opinione sull'ordine {o}", """
<p><img src="https://cdn.mailforge.io/u/20417/logo-bottega-del-sapone-fiorentino.png" alt="Logo Bottega del Sapone Fiorentino" width="170" height="60"></p>
<p>Gentile cliente,</p>
<p>sono passati alcuni giorni dalla consegna dei suoi saponi. Se ha un momento, può lasciare una recensione: sarà utile ad altri acquirenti, positiva o negativa che sia.</p>
<p><a href="https://www.amazon.it/review/create-review?asin=B0B9XK3L7T">Scrivi una recensione su Amazon</a></p>
<p>Grazie per l'attenzione,<br>Bottega del Sapone Fiorentino</p>
""", [], "HTML review request with shop logo (alt names the shop) and descriptive https Amazon link; clean."),

    _m(10, "delivery-scheduling", "text", "Consegna divano – ordine {o}", """
Gentile sig. Esposito,

il suo divano tre posti (2 colli, circa 85 kg) viene consegnato al piano da due operatori. Per fissare il giro di consegna ci indichi la fascia che preferisce:

- martedì 15/12, 8:00–12:00
- mercoledì 16/12, 14:00–18:00
- venerdì 18/12, 8:00–12:00

Ci dica anche a che piano abita e se c'è l'ascensore.

Un cordiale saluto,
Logistica – Divani Partenope
""", [], "Bulky-item delivery scheduling with dated time slots; clean."),

    _m(11, "home-service-appointment", "html", "Appuntamento per l'installazione – ordine {o}", """
<p>Buongiorno,</p>
<p>ha acquistato il climatizzatore con installazione inclusa. Il nostro tecnico può venire:</p>
<ul>
<li>lunedì 14 dicembre alle 9:30</li>
<li>giovedì 17 dicembre alle 15:00</li>
</ul>
<p>L'intervento dura circa tre ore. Ci conferma quale data preferisce rispondendo a questo messaggio?</p>
<p>Saluti,<br>Clima Service Brianza</p>
""", [], "Home-service installation appointment with time slots; clean."),

    _m(12, "custom-design-verification", "text", "Bozza grafica da approvare – ordine {o}", """
Ciao Giulia,

in allegato trovi la bozza delle bomboniere per il battesimo di Tommaso: nome in corsivo, data 10.01.2027 e il rametto d'ulivo che avevi scelto.

Controlla bene tutto, soprattutto date e nomi. Se va bene, rispondi "approvata" e partiamo con la stampa; altrimenti scrivici le modifiche e ti mandiamo una nuova bozza.

A presto,
Chiara – Confetti & Fantasia
""", [], "Custom design proof attached for approval; clean."),

    _m(13, "fulfillment-question", "text", "Ordine {o} – citofono e accesso", """
Buongiorno,

per organizzare la consegna dell'ordine {o} (rif. consegna CNS-2026-33817, pratica n. 7741/B) ci mancano le indicazioni per entrare nel condominio.

Può indicarci il nome sul citofono, la scala e il piano, ed eventualmente il codice del portone? Li giriamo al corriere.

Grazie,
Ufficio spedizioni – Olio Terre di Puglia
""", [], "Door access question with reference numbers that are not phone numbers; clean."),

    _m(14, "reply", "text", "Re: Informazioni sul prodotto – ordine {o}", """
Buongiorno,

sì, lo "Smart Kitchen Scale Pro – Bluetooth Edition" pesa fino a 5 kg con precisione di 1 g. Il nome è in inglese perché è quello del produttore, ma le istruzioni nella confezione sono anche in italiano.

Cordiali saluti,
Elettrocasa Verona
""", [], "Reply quoting an English product title inside Italian sentences; clean."),

    _m(15, "reply", "text", "Re: Macchina da caffè non si accende – {o}", """
Gentile sig. Marchetti,

ci dispiace per il guasto. La macchina è coperta dalla garanzia del produttore per 24 mesi e le riparazioni sono gestite direttamente dal produttore.

Numero verde assistenza in garanzia del produttore Caffettiera Nova: 800 912 447 (lun–ven, 9:00–17:00). Tenga a portata di mano la fattura e il numero di serie che trova sotto il serbatoio.

Se entro una settimana non ha risposta, ci riscriva qui.

Cordialmente,
Assistenza – Espresso Corner
""", [], "Reply with the manufacturer's warranty toll-free line marked as such; clean."),

    _m(16, "reply", "html", "Re: Fattura intestata all'azienda – {o}", """
<p>Buongiorno,</p>
<p>certo, possiamo intestare la fattura alla sua azienda. Ci indichi in risposta ragione sociale, sede legale, partita IVA e codice destinatario SDI, e la emettiamo appena l'ordine parte.</p>
<p>Cordiali saluti,<br>Roberta Galli<br>Ufficio amministrativo</p>
<p><small>Galli Utensileria S.n.c. di Galli Roberta &amp; C. – Via Emilia Ovest 212, 41123 Modena (MO)<br>P.IVA IT03456789012 – REA MO-398812</small></p>
""", [], "Reply with a company-details footer in <small>; clean."),

    _m(17, "reply", "text", "Re: A che punto è il mio reso? – {o}", """
Buongiorno sig.ra Colombo,

ecco il riepilogo del suo reso:

- numero autorizzazione reso: RMA-2026-08841
- ritiro del corriere: venerdì 11 dicembre, fascia 9:00–13:00
- codice di tracciamento del reso: 1Z 8V4 229 68 0412 3377
- importo che le verrà rimborsato: 56,40 € (spese di reso a nostro carico)

Il rimborso parte di solito entro due giorni lavorativi dall'arrivo del pacco.

Un saluto,
Servizio resi – Scarpe Adriano
""", [], "Reply with RMA number, tracking code, date, time slot and amount; clean."),

    # ---------------- violations (31) ----------------
    _m(18, "fulfillment-question", "text", "Il suo pacco è in viaggio – ordine {o}", """
Buongiorno,

le confermiamo che il pacco è uscito stamattina dal nostro magazzino di Prato ed è già stato affidato a BRT. Arriverà in 24/48 ore.

Saluti,
Lanificio Bardi
""", ["BSM201"], "Shipping confirmation: left the warehouse and handed to the courier."),

    _m(19, "fulfillment-question", "text", "Ordine {o} ricevuto!", """
Ciao!

Il tuo ordine è arrivato da noi e lo stiamo già preparando: incartiamo tutto a mano, quindi ci vorrà un pochino.

Il team di Dolci Sicilia
""", ["BSM201"], "Order confirmation: order received and being prepared."),

    _m(20, "fulfillment-question", "text", "Grazie di cuore – ordine {o}", """
Gentile cliente,

grazie davvero per aver scelto il nostro negozio per il suo acquisto.

Cordiali saluti,
Cartoleria Fiorini
""", ["BSM202"], "Thanks-only message."),

    _m(21, "fulfillment-question", "text", "Ordine {o}", """
Buongiorno,

volevamo solo dirle che per qualunque cosa, se ci fosse un intoppo con l'ordine, siamo qui: basta scriverci.

Un saluto,
Ricambi Moto Ferrara
""", ["BSM202"], "Only an offer to help if a problem comes up."),

    _m(22, "delivery-delay", "text", "Ordine {o} – spedizione posticipata", """
Buongiorno,

il suo presepe in terracotta partirà il 16/12 invece del 10/12 per un ritardo del nostro fornitore di imballi. Ci scusiamo per l'attesa.

Cordiali saluti,
Presepi Napoletani Cuomo

P.S. Fino a domenica tutto il catalogo è scontato del 20%: approfitti per i regali di Natale!
""", ["BSM203"], "Delay message with a P.S. offering 20 % off the whole catalogue."),

    _m(23, "additional-information", "text", "Ordine {o} – taglia della cintura", """
Buongiorno,

per la cintura ci serve la circonferenza vita in centimetri, così pratichiamo i fori nel punto giusto.

Intanto le segnaliamo che è uscita la nuova collezione di borse in cuoio: ci segua su Instagram e Facebook (Cuoificio Baldini) e si iscriva alla newsletter per le anteprime.

Cuoificio Baldini
""", ["BSM203"], "Information request with new-collection, follow-us and newsletter promotion."),

    _m(24, "review-request", "text", "Un pensiero per lei – {o}", """
Ciao Luca,

quando pubblichi la recensione del tappetino per il mouse, mandaci due righe: abbiamo un piccolo omaggio da spedirti come ringraziamento.

Gaming Desk Italia
""", ["BSM204"], "Small gift promised once the review is published."),

    _m(25, "review-request", "text", "Ordine {o} – rimborso totale", """
Buongiorno,

le proponiamo questo: appena la sua recensione sulle cuffie è visibile su Amazon, le rimborsiamo l'intero importo dell'ordine. Scriva pure quello che pensa.

Audio Sud
""", ["BSM204"], "Full refund offered as soon as the review is visible."),

    _m(26, "reply", "text", "Re: Lampada rotta – {o}", """
Gentile sig.ra Greco,

la sostituzione concordata ha risolto il problema e ne siamo felici.

Le chiediamo una cortesia: potrebbe modificare la recensione da una stella che ha lasciato, o magari toglierla? Per un piccolo laboratorio come il nostro pesa moltissimo.

Grazie,
Vetri di Murano Barovier
""", ["BSM205"], "Asks to change or delete a one-star review."),

    _m(27, "review-request", "text", "Tutto bene con l'ordine {o}?", """
Buongiorno,

se è soddisfatto dello zaino, ci farebbe piacere una recensione su Amazon. Se invece qualcosa non va, prima di recensire ci scriva: preferiamo sistemare le cose direttamente.

Zaini Dolomiti
""", ["BSM206"], "Review asked only from satisfied buyers, unhappy ones steered to the seller."),

    _m(28, "review-request", "text", "Ci aiuti a crescere – ordine {o}", """
Ciao Sara,

le candele sono arrivate la settimana scorsa. Se ci lasci 5 stelle su Amazon ci fai davvero un grande favore!

Candele di Cera d'Api Rossi
""", ["BSM206"], "Asks for a five-star rating."),

    _m(29, "order-problem", "text", "[Importante] Ordine {o} – prodotto esaurito", """
Buongiorno,

il robot tagliaerba che ha ordinato è esaurito e non tornerà disponibile a breve. L'importo dell'ordine è stato rettificato per mancanza di disponibilità.

Per chiudere tutto in fretta, la cosa più veloce è che sia lei a richiedere l'annullamento dalla sezione "I miei ordini".

Cordiali saluti,
Giardino Smart
""", ["BSM108"], "Order problem with adjustment confirmed but advising the buyer to cancel."),

    _m(30, "order-problem", "text", "Ordine {o} – non disponibile", """
Gentile cliente,

il set di pentole che ha scelto è terminato presso il nostro distributore. Le saremmo grati se volesse inoltrare una richiesta di annullamento dal suo account Amazon.

Grazie per la comprensione,
Cucina Italiana Shop
""", ["BSM107", "BSM108"], "Out of stock: asks for a cancellation request, no adjustment confirmed."),

    _m(31, "delivery-delay", "text", "Piccolo ritardo – ordine {o}", """
Buongiorno,

il suo olio extravergine partirà con due giorni di ritardo, lunedì 14 dicembre, perché stiamo aspettando le latte nuove.

Cordiali saluti,
Frantoio Lenzi

Per non ricevere più nostri messaggi risponda CANCELLAMI.
""", ["BSM305"], "Delay message with a reply-to-unsubscribe instruction."),

    _m(32, "reply", "text", "Re: Pacco mai arrivato – {o}", """
Buongiorno,

ha ragione ad essere arrabbiato, lo sono anch'io: quel corriere del cazzo ha perso di nuovo un pacco. Domattina gliene rimandiamo un altro a spese nostre.

Scusi per questo casino,
Enzo – Coltelleria Scarperia
""", ["BSM306"], "Reply with Italian profanity about the courier."),

    _m(33, "delivery-delay", "text", "Order {o} – delayed dispatch", """
Hi there,

Just a quick note: your hand-painted plates will go out a little later than planned, on 15 December, because the glaze needs an extra firing. Delivery should follow within three working days.

Best,
Ceramiche Vietresi Amalfi
""", ["BSM104"], "Message to an it-IT buyer written entirely in English."),

    _m(34, "reply", "text", "Re: Misure del tavolo – {o}", """
Buongiorno sig. Conti,

per le misure su misura ci sentiamo prima a voce, così non sbagliamo: mi chiami in laboratorio allo 051 644 2180, oppure al cellulare 333 718 2245.

A presto,
Paolo – Falegnameria Conti & Ricci
""", ["BSM309"], "Reply with Italian landline and mobile numbers (national format)."),

    _m(35, "reply", "text", "Re: Colore del filato – {o}", """
Ciao,

mandaci una foto su WhatsApp al +39 347 512 8890 e ti diciamo subito quale tonalità si avvicina di più.

Filati di Biella Store
""", ["BSM309"], "Reply with an international-format phone number."),

    _m(36, "reply", "text", "Re: Garanzia della bici – {o}", """
Buongiorno,

per aprire la pratica di garanzia ci invii foto del telaio e scontrino a assistenza@cicligaribaldi.it, così la gestiamo più in fretta.

Cicli Garibaldi
""", ["BSM308"], "Reply with a plain e-mail address."),

    _m(37, "reply", "text", "Re: Ordine per il ristorante – {o}", """
Buongiorno,

per forniture all'ingrosso ci scriva a ordini chiocciola pastificiolucchese punto it indicando il numero d'ordine {o}.

Cordiali saluti,
Pastificio Lucchese
""", ["BSM308"], "Obfuscated e-mail address with 'chiocciola' and 'punto'."),

    _m(38, "reply", "html", "Re: Come curare il tagliere – {o}", """
<p>Buongiorno,</p>
<p>per il tagliere in ulivo basta un po' di olio di vaselina ogni tanto. Abbiamo preparato una guida passo passo:</p>
<p><a href="https://www.ulivoeforma.it/guide/cura-taglieri-ulivo">Guida alla cura dei taglieri sul sito di Ulivo e Forma</a></p>
<p>Saluti,<br>Ulivo e Forma</p>
""", ["BSM302"], "Descriptive https link to the seller's own website."),

    _m(39, "reply", "html", "Re: Dove trovo la fattura? – {o}", """
<p>Buongiorno,</p>
<p>la fattura è scaricabile dal dettaglio dell'ordine:</p>
<p><a href="http://www.amazon.it/gp/your-account/order-details?orderID={o}">Dettaglio dell'ordine {o} su Amazon</a></p>
<p>Cordiali saluti,<br>Informatica Tosi</p>
""", ["BSM301"], "Descriptive Amazon link over plain http."),

    _m(40, "review-request", "html", "La sua opinione – ordine {o}", """
<p>Buongiorno,</p>
<p>la sua borsa è arrivata da una settimana. Una recensione su Amazon, qualunque essa sia, aiuta gli altri acquirenti.</p>
<p><img src="https://cdn.mailforge.io/u/33190/borsa-cuoio-tracolla-marrone-siena.jpg" alt="Borsa a tracolla Siena in cuoio marrone" width="320" height="320"></p>
<p>Grazie,<br>Pelletteria Duccio</p>
""", ["BSM310"], "Photo of the purchased bag (file name and alt name it)."),

    _m(41, "delivery-delay", "html", "Chiusura estiva – ordine {o}", """
<p>Buongiorno,</p>
<p>il laboratorio resta chiuso fino al 24 agosto: il suo ordine partirà il 25 agosto.</p>
<p><img src="https://cdn.mailforge.io/u/33190/spiaggia-ombrelloni-tramonto.jpg" alt="Spiaggia con ombrelloni al tramonto" width="300" height="200"></p>
<p>Buone vacanze,<br>Sartoria Lagorio</p>
""", ["BSM311"], "Delay message with an unrelated beach stock image."),

    _m(42, "review-request", "html", "Una recensione per l'ordine {o}?", """
<p><img src="https://cdn.mailforge.io/u/41002/logo-erboristeria-valle-verde.png" width="150" height="50"></p>
<p>Buongiorno,</p>
<p>le tisane sono arrivate da qualche giorno. Se vuole, può lasciare una recensione:</p>
<p><a href="https://www.amazon.it/review/create-review?asin=B0CQ2W8Z5N">Recensisci le tisane su Amazon</a></p>
<p>Erboristeria Valle Verde</p>
""", ["BSM402"], "Shop logo with no alt attribute at all."),

    _m(43, "reply", "text", "Re: Taglia del maglione – {o}", """
Ciao Elena,

veste regolare, prendi la tua solita taglia 😉 Dopo il primo lavaggio si ammorbidisce.

Un abbraccio,
Maglieria Sarda
""", ["BSM403"], "Reply with an emoji."),

    _m(44, "reply", "text", "Re: Quando arriva? – {o}", """
Buongiorno,

la consegna resta prevista per il 12/12. Il pacco è pesantino, si prepari :)

Saluti,
Vivaio Fratelli Neri
""", ["BSM403"], "Reply with a text emoticon :)."),

    _m(45, "delivery-delay", "html", "Aggiornamento ordine {o}", """
<style>
.a { font-size: 24px; }
.b { font-size: 18px; }
.c { font-size: 13px; }
.d { font-size: 10px; }
</style>
<p class="a">Ritardo di spedizione</p>
<p class="b">Ordine {o}</p>
<p class="c">La sua poltrona partirà il 21 dicembre anziché il 14: il rivestimento va rifatto.</p>
<p class="d">Salotti Brianza S.r.l. – P.IVA IT04567890123</p>
""", ["BSM410"], "Four explicit font sizes in a <style> block."),

    _m(46, "additional-information", "html", "Ordine {o} – ci serve il modello", """
<p>Buongiorno,</p>
<p>per mandarle la batteria giusta ci serve il modello esatto del suo trapano (lo trova sulla targhetta sotto l'impugnatura).</p>
<br><br><br>
<p>Grazie,<br>Ferramenta Bellini</p>
""", ["BSM412"], "Three <br> in a row between paragraphs."),

    _m(47, "invoice", "text", "[Importante] Fattura ordine {o}", """
Buongiorno,

in allegato la fattura n. 2026/0781 per l'ordine {o}.

Cordiali saluti,
Enoteca Barbieri S.r.l. – P.IVA IT05678901234
""", ["BSM110"], "[Importante] tag on an invoice message."),

    _m(48, "reply", "html", "Re: Istruzioni di montaggio – {o}", """
<p>Buongiorno,</p>
<p>le istruzioni in PDF sono nella pagina del prodotto su Amazon: <a href="https://www.amazon.it/dp/B0D7M3K9QW">clicca qui</a>.</p>
<p>Saluti,<br>Mobili Fai da Te Gatti</p>
""", ["BSM401"], "HTTPS Amazon link with the text 'clicca qui'."),

    # ---------------- variants (2) ----------------
    _m(49, "review-request", "html", "La sua recensione – ordine {o}", """
<p>Buongiorno,</p>
<p>il suo macinapepe è arrivato da una settimana. Se crede, può lasciare una recensione su Amazon: aiuta altri acquirenti.</p>
<p><a href="https://www.amazon.it/review/create-review?asin=B0A8T6Y2HJ">Lascia una recensione su Amazon</a></p>
<p>Cordiali saluti,<br>Spezie di Sicilia</p>
<img src="https://px.mailtrack-eu.net/o.gif?cid=7731&amp;rid=ab98e2" width="1" height="1" alt="">
""", ["BSM307", "BSM402"], "1x1 tracking pixel with tracking parameters and empty alt."),

    _m(50, "delivery-delay", "html", "Ordine {o} – nuova data di spedizione", """
<p><a href="https://www.ortoebottega.it"><img src="https://cdn.mailforge.io/u/52811/logo-orto-e-bottega.png" alt="Orto e Bottega, sito ufficiale del negozio" width="160" height="60"></a></p>
<p>Buongiorno,</p>
<p>il suo cesto natalizio partirà il 19 dicembre invece del 15: stiamo aspettando il panettone artigianale dal forno.</p>
<p>Cordiali saluti,<br>Orto e Bottega</p>
""", ["BSM302", "BSM304"], "Shop logo linked to the seller's website."),
]
