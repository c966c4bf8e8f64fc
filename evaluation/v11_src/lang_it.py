"""v11 blind evaluation set: Italian (it-IT). 50 messages, standard library only."""


def _b(s):
    return s.strip("\n")


L = "it"
LOC = "it-IT"

MESSAGES = [
    # ---------------------------------------------------------------- clean (17)
    {
        "id": "v11-it-001", "language": L, "locale": LOC, "type": "delivery-delay", "format": "text",
        "subject": "Ordine 424-3817205-6640918: spedizione posticipata",
        "body": _b("""
Gentile Sig.ra Rinaldi,

le scriviamo riguardo all'ordine 424-3817205-6640918 (set di 6 piatti in ceramica di Deruta, decoro Raffaellesco).

I piatti sono dipinti a mano uno per uno e la cottura dell'ultima infornata ha richiesto più tempo del previsto. L'ordine partirà quindi venerdì 18 dicembre anziché l'11: la consegna è prevista tra il 21 e il 23 dicembre.

Se questa nuova data non dovesse andarle bene, ci risponda pure qui e valuteremo insieme come procedere.

Ci scusiamo per l'attesa.

Cordiali saluti,
Francesca Baldelli
Ceramiche Baldelli - Deruta
"""),
        "order_id": "424-3817205-6640918", "expected": [],
        "note": "Plain-text delivery delay with a new dispatch date and delivery window; clean.",
    },
    {
        "id": "v11-it-002", "language": L, "locale": LOC, "type": "delivery-delay", "format": "html",
        "subject": "Aggiornamento sul suo ordine 424-6091432-1175830",
        "body": _b("""
<p>Buongiorno Sig. Ferraro,</p>
<p>purtroppo il suo ordine <strong>424-6091432-1175830</strong> subirà un ritardo.</p>
<table>
  <tr><th>Prodotto</th><td>Macchina per pasta manuale in acciaio</td></tr>
  <tr><th>Spedizione prevista</th><td>martedì 8 dicembre</td></tr>
  <tr><th>Nuova data di spedizione</th><td>giovedì 17 dicembre</td></tr>
</table>
<p>Il lotto in arrivo dal produttore è stato trattenuto in dogana per un controllo documentale. Appena la merce sarà nel nostro magazzino, il suo pacco avrà la precedenza.</p>
<p>Grazie per la comprensione.</p>
<p>Un cordiale saluto,<br>Servizio Clienti CasaPasta Shop</p>
"""),
        "order_id": "424-6091432-1175830", "expected": [],
        "note": "HTML delivery delay with an unstyled table; clean.",
    },
    {
        "id": "v11-it-003", "language": L, "locale": LOC, "type": "order-problem", "format": "text",
        "subject": "[Importante] Ordine 424-2750368-9013427 - articolo non disponibile",
        "body": _b("""
Gentile Sig. Colombo,

siamo spiacenti di comunicarle che non possiamo evadere l'ordine 424-2750368-9013427: il trapano a percussione 850 W risultava disponibile per un errore di sincronizzazione del nostro magazzino, ma in realtà era esaurito.

Abbiamo già rettificato l'importo dell'ordine, azzerandolo con causale "articolo esaurito". Il rimborso completo di € 74,90 le verrà accreditato sul metodo di pagamento utilizzato nei prossimi giorni lavorativi; non deve fare nulla.

Ci scusiamo per il disagio.

Ferramenta Colombo & Bassi
"""),
        "order_id": "424-2750368-9013427", "expected": [],
        "note": "Order problem confirming the amount was adjusted for lack of stock, with [Importante] in the subject; clean.",
    },
    {
        "id": "v11-it-004", "language": L, "locale": LOC, "type": "additional-information", "format": "html",
        "subject": "Dati per la targhetta - ordine 424-8842016-3307259",
        "body": _b("""
<p>Ciao Alessandro,</p>
<p>grazie per l'ordine 424-8842016-3307259! Per incidere la targhetta in ottone della cuccia ci servono ancora due informazioni:</p>
<ol>
  <li>il nome del cane, esattamente come va scritto (massimo 12 lettere);</li>
  <li>il carattere: corsivo oppure stampatello.</li>
</ol>
<p>Appena ci rispondi mettiamo la targhetta in lavorazione.</p>
<p>A presto,<br>Marta - Bottega Quattrozampe</p>
"""),
        "order_id": "424-8842016-3307259", "expected": [],
        "note": "Familiar-register request for engraving details needed to complete the order; clean.",
    },
    {
        "id": "v11-it-005", "language": L, "locale": LOC, "type": "return-follow-up", "format": "text",
        "subject": "Reso ordine 424-1508734-7726641 - proposta",
        "body": _b("""
Buongiorno Sig.ra Esposito,

abbiamo ricevuto la sua richiesta di reso per la borsa in pelle (ordine 424-1508734-7726641), a causa di un graffio sul fianco.

In alternativa al reso, possiamo offrirle un rimborso parziale di € 25,00 e lei tiene la borsa. Se preferisce questa soluzione, ci basta una sua conferma in risposta a questo messaggio; altrimenti il reso resta naturalmente valido.

Cordialmente,
Pelletteria Vesuvio
"""),
        "order_id": "424-1508734-7726641", "expected": [],
        "note": "Return follow-up offering a partial refund; clean.",
    },
    {
        "id": "v11-it-006", "language": L, "locale": LOC, "type": "return-follow-up", "format": "text",
        "subject": "Informazioni per il reso - 424-5263991-0841176",
        "body": _b("""
Salve,

per completare il reso dell'ordine 424-5263991-0841176 (monitor 27 pollici) ci serve sapere se il prodotto verrà restituito nell'imballo originale con il polistirolo.

Il monitor è un articolo voluminoso: senza imballo originale dobbiamo organizzare il ritiro con un corriere che fornisce la scatola.

Grazie,
Reparto resi - Elettronica Meridiana
"""),
        "order_id": "424-5263991-0841176", "expected": [],
        "note": "Return follow-up asking for information needed to arrange the return; clean.",
    },
    {
        "id": "v11-it-007", "language": L, "locale": LOC, "type": "invoice", "format": "html",
        "subject": "Fattura n. 2026/FE/00871 - ordine 424-9370142-5598803",
        "body": _b("""
<p>Spett.le Studio Tecnico Marchetti,</p>
<p>in allegato trova la fattura n. 2026/FE/00871 del 03/12/2026 relativa all'ordine 424-9370142-5598803.</p>
<table>
  <tr><td>Imponibile</td><td>€ 410,00</td></tr>
  <tr><td>IVA 22%</td><td>€ 90,20</td></tr>
  <tr><td>Totale</td><td>€ 500,20</td></tr>
</table>
<p>La fattura elettronica è stata trasmessa anche allo SdI con il codice destinatario da voi indicato.</p>
<p>Distinti saluti,<br>Amministrazione</p>
<p><small>Ufficio Arredo Moderno S.r.l. - Via Borgo Palazzo 118, 24125 Bergamo (BG)<br>P.IVA e C.F. 04517290163 - REA BG-462198 - Cap. soc. € 10.000,00 i.v.</small></p>
"""),
        "order_id": "424-9370142-5598803", "expected": [],
        "note": "Invoice with VAT table, P.IVA, REA and a slashed invoice number; clean.",
    },
    {
        "id": "v11-it-008", "language": L, "locale": LOC, "type": "review-request", "format": "text",
        "subject": "Com'è andata con l'ordine 424-0416827-2239950?",
        "body": _b("""
Buongiorno Sig. Greco,

sono passati alcuni giorni dalla consegna della sua moka da 6 tazze (ordine 424-0416827-2239950).

Se ha qualche minuto, ci farebbe piacere leggere su Amazon la sua opinione sul prodotto, positiva o negativa che sia: è utile ad altri clienti e a noi per migliorare.

Buona giornata,
Caffè & Dintorni
"""),
        "order_id": "424-0416827-2239950", "expected": [],
        "note": "Neutral plain-text review request; clean.",
    },
    {
        "id": "v11-it-009", "language": L, "locale": LOC, "type": "review-request", "format": "html",
        "subject": "La sua opinione sull'ordine 424-7621504-8861372",
        "body": _b("""
<p><img src="https://m.media-amazon.com/images/S/aplus-media/oleificio-sanmartino-logo.png" alt="Oleificio San Martino" width="160" height="60"></p>
<p>Gentile Sig.ra Conti,</p>
<p>speriamo che l'olio extravergine del suo ordine 424-7621504-8861372 sia arrivato a destinazione in ottime condizioni.</p>
<p>Se lo desidera, può raccontare la sua esperienza <a href="https://www.amazon.it/review/create-review?asin=B0BT6QK2MN">scrivendo una recensione del prodotto su Amazon</a>. Ogni parere, anche critico, per noi è prezioso.</p>
<p>Un caro saluto dalla Sabina,<br>Oleificio San Martino</p>
"""),
        "order_id": "424-7621504-8861372", "expected": [],
        "note": "HTML review request with the shop's logo (alt names the shop) and a descriptive https Amazon link; clean.",
    },
    {
        "id": "v11-it-010", "language": L, "locale": LOC, "type": "delivery-scheduling", "format": "text",
        "subject": "Consegna armadio - ordine 424-4185560-0673214: scelga la fascia oraria",
        "body": _b("""
Gentile Sig. Ricci,

il suo armadio a quattro ante (ordine 424-4185560-0673214) è pronto per la consegna al piano, che avviene con il nostro trasportatore su appuntamento.

Fasce disponibili:
- lunedì 14/12, ore 8:00-12:00
- mercoledì 16/12, ore 14:00-18:00
- venerdì 18/12, ore 9:00-13:00

Ci indichi quella che preferisce e ci dica anche a che piano abita e se l'ascensore può contenere colli lunghi 2,10 m.

Grazie,
Mobili Fontana - Ufficio consegne
"""),
        "order_id": "424-4185560-0673214", "expected": [],
        "note": "Bulky-item delivery scheduling with dates and time slots; clean.",
    },
    {
        "id": "v11-it-011", "language": L, "locale": LOC, "type": "home-service-appointment", "format": "text",
        "subject": "Appuntamento installazione climatizzatore - 424-2903378-5417096",
        "body": _b("""
Buongiorno Sig.ra Marino,

in merito all'ordine 424-2903378-5417096 (installazione climatizzatore dual split 9000+12000 BTU), il nostro tecnico è disponibile:

martedì 15 dicembre dalle 8:30 alle 12:30
giovedì 17 dicembre dalle 14:00 alle 18:00

L'installazione richiede circa 4 ore. Le chiediamo di confermare la data preferita e di verificare che ci sia accesso al balcone per l'unità esterna.

Cordiali saluti,
ClimaService Pescara
"""),
        "order_id": "424-2903378-5417096", "expected": [],
        "note": "Home-service appointment with two dated time slots; clean.",
    },
    {
        "id": "v11-it-012", "language": L, "locale": LOC, "type": "custom-design-verification", "format": "html",
        "subject": "Bozza grafica delle sue magliette - ordine 424-6657102-3198845",
        "body": _b("""
<p>Ciao Davide,</p>
<p>ti alleghiamo la bozza (bozza_magliette_torneo_v2.pdf) delle 15 magliette personalizzate dell'ordine 424-6657102-3198845.</p>
<p>Controlla per favore:</p>
<ul>
  <li>i nomi e i numeri sul retro, uno per giocatore;</li>
  <li>la scritta davanti: "Torneo dei Rioni 2027";</li>
  <li>il colore del tessuto: blu navy.</li>
</ul>
<p>La stampa parte solo dopo il tuo ok. Se c'è qualcosa da correggere, scrivici le modifiche in risposta.</p>
<p>Grazie!<br>Stamperia Il Torchio</p>
"""),
        "order_id": "424-6657102-3198845", "expected": [],
        "note": "Design proof attached for verification before printing; clean.",
    },
    {
        "id": "v11-it-013", "language": L, "locale": LOC, "type": "fulfillment-question", "format": "text",
        "subject": "Ordine 424-3340981-7759123: nome sul citofono",
        "body": _b("""
Buongiorno,

il corriere ci segnala che al civico indicato per l'ordine 424-3340981-7759123 (Via dei Mille 27, Torino) non trova il suo nome sul citofono e che il portone ha un codice d'accesso.

Per poter consegnare la spedizione (rif. pratica TO-55-817402, segnacollo 0591 2273 4410) ci potrebbe indicare il nome presente sul citofono e, se necessario, il codice del portone?

Grazie mille,
Logistica Piemonte Shop
"""),
        "order_id": "424-3340981-7759123", "expected": [],
        "note": "Door-code and intercom question with reference numbers that are not phone numbers; clean.",
    },
    {
        "id": "v11-it-014", "language": L, "locale": LOC, "type": "reply", "format": "text",
        "subject": "Re: Domanda su \"Ultra Soft Memory Foam Pillow\" - 424-9084415-2602387",
        "body": _b("""
Gentile Sig. Lombardi,

il cuscino "Ultra Soft Memory Foam Pillow" del suo ordine 424-9084415-2602387 ha una federa sfoderabile lavabile in lavatrice a 40 gradi; l'imbottitura in memory invece non va lavata, basta arieggiarla.

Il nome inglese è quello del produttore, ma il prodotto è distribuito in Italia da noi, Dormibene Store.

Cordialmente,
Silvia - Dormibene Store
"""),
        "order_id": "424-9084415-2602387", "expected": [],
        "note": "Reply quoting an English product title inside Italian sentences; clean.",
    },
    {
        "id": "v11-it-015", "language": L, "locale": LOC, "type": "reply", "format": "html",
        "subject": "Re: Macchina da caffè non si accende - ordine 424-0598236-4481570",
        "body": _b("""
<p>Gentile Sig.ra Gallo,</p>
<p>ci dispiace per il problema alla macchina da caffè del suo ordine 424-0598236-4481570.</p>
<p>Il prodotto è coperto dalla garanzia del produttore di 24 mesi, gestita direttamente dai loro centri assistenza. Per aprire la pratica di garanzia può rivolgersi a:</p>
<p><strong>Numero verde assistenza in garanzia del produttore Caffèlux: 800 912 447</strong> (lun-ven, 9:00-18:00)</p>
<p>Tenga a portata di mano il numero di serie riportato sotto il serbatoio. Se entro una settimana non avesse riscontro, ci scriva e ce ne occupiamo noi.</p>
<p>Cordiali saluti,<br>Giorgio, Casa & Caffè</p>
"""),
        "order_id": "424-0598236-4481570", "expected": [],
        "note": "Reply giving the manufacturer's warranty toll-free number marked as such; clean.",
    },
    {
        "id": "v11-it-016", "language": L, "locale": LOC, "type": "reply", "format": "text",
        "subject": "Re: Tempi di produzione della libreria - 424-5731648-9025504",
        "body": _b("""
Buongiorno Sig. Barbieri,

rispondo alla sua domanda sull'ordine 424-5731648-9025504: la libreria in noce canaletto viene costruita su misura nel nostro laboratorio. La finitura a cera d'api richiede due passate a distanza di 24 ore, per questo i tempi sono quelli indicati nella scheda prodotto.

Rimaniamo entro la data di consegna stimata.

Cordiali saluti,
Luca Pellegrini
Titolare

Falegnameria Pellegrini S.n.c. di Luca e Paolo Pellegrini
Via Emilia Ovest 402, 41123 Modena (MO)
P.IVA 02981470368 - REA MO-337105
"""),
        "order_id": "424-5731648-9025504", "expected": [],
        "note": "Reply with a company-details footer (P.IVA, REA, address); clean.",
    },
    {
        "id": "v11-it-017", "language": L, "locale": LOC, "type": "reply", "format": "text",
        "subject": "Re: Rimborso reso - ordine 424-8226057-1364498",
        "body": _b("""
Gentile Sig.ra De Luca,

il pacco del reso (numero di tracciamento RR447109382IT, autorizzazione al reso n. RMA-26-04417) è arrivato al nostro magazzino giovedì 3 dicembre alle ore 11:25.

Dopo il controllo, il 05/12/2026 alle 16:40 abbiamo emesso il rimborso di € 57,80 (prodotto € 52,90 + spese di spedizione € 4,90). I tempi di accredito dipendono dalla sua banca, in genere 3-5 giorni lavorativi.

Ordine di riferimento: 424-8226057-1364498.

Un saluto,
Assistenza Clienti Tessuti Arianna
"""),
        "order_id": "424-8226057-1364498", "expected": [],
        "note": "Reply with tracking and RMA numbers, dates, times and amounts, none a phone number; clean.",
    },
    # ---------------------------------------------------------------- violations (31)
    {
        "id": "v11-it-018", "language": L, "locale": LOC, "type": "fulfillment-question", "format": "html",
        "subject": "Il suo pacco è partito! Ordine 424-1970423-6652871",
        "body": _b("""
<p>Gentile cliente,</p>
<p>le comunichiamo che il suo ordine 424-1970423-6652871 è stato affidato stamattina al corriere GLS e ha lasciato il nostro magazzino di Piacenza.</p>
<p>Buona giornata,<br>TuttoGiardino</p>
"""),
        "order_id": "424-1970423-6652871", "expected": ["BSM201"],
        "note": "Shipping confirmation: parcel handed to the courier and left the warehouse.",
    },
    {
        "id": "v11-it-019", "language": L, "locale": LOC, "type": "fulfillment-question", "format": "text",
        "subject": "Ordine 424-7418850-0357296 ricevuto",
        "body": _b("""
Buonasera,

le confermiamo di aver preso in carico l'ordine 424-7418850-0357296: il nostro team lo sta già preparando con la massima cura.

Saluti,
Profumeria Aurora
"""),
        "order_id": "424-7418850-0357296", "expected": ["BSM201"],
        "note": "Order confirmation paraphrase: order taken in charge and being prepared.",
    },
    {
        "id": "v11-it-020", "language": L, "locale": LOC, "type": "fulfillment-question", "format": "text",
        "subject": "Grazie di cuore - 424-2563309-8140752",
        "body": _b("""
Cara Chiara,

volevamo solo dirti grazie per aver scelto la nostra piccola bottega per l'ordine 424-2563309-8140752. Per noi ogni cliente conta davvero!

Un abbraccio,
Elisa e Matteo - La Candela Buona
"""),
        "order_id": "424-2563309-8140752", "expected": ["BSM202"],
        "note": "Message that only thanks the buyer.",
    },
    {
        "id": "v11-it-021", "language": L, "locale": LOC, "type": "fulfillment-question", "format": "html",
        "subject": "Ordine 424-6034172-4908613",
        "body": _b("""
<p>Gentile cliente,</p>
<p>in riferimento all'ordine 424-6034172-4908613, desideriamo ricordarle che il nostro servizio clienti è sempre a sua disposizione qualora dovesse riscontrare qualsiasi problema.</p>
<p>Distinti saluti,<br>Idraulica Moretti</p>
"""),
        "order_id": "424-6034172-4908613", "expected": ["BSM202"],
        "note": "Message whose only content is that the seller is available if a problem arises.",
    },
    {
        "id": "v11-it-022", "language": L, "locale": LOC, "type": "delivery-delay", "format": "html",
        "subject": "Piccolo ritardo per l'ordine 424-8791056-2274430",
        "body": _b("""
<p>Buongiorno Sig. Caruso,</p>
<p>il suo zaino da trekking (ordine 424-8791056-2274430) partirà lunedì 14 dicembre invece che oggi, perché il colore verde salvia arriverà dal fornitore solo venerdì.</p>
<p>Ci scusiamo per l'attesa.</p>
<p>Vette Outdoor</p>
<p>P.S. Solo per questo mese: 20% di sconto su tutto il catalogo con il codice VETTE20!</p>
"""),
        "order_id": "424-8791056-2274430", "expected": ["BSM203"],
        "note": "Permitted delivery delay with a P.S. offering 20% off the whole catalogue.",
    },
    {
        "id": "v11-it-023", "language": L, "locale": LOC, "type": "review-request", "format": "text",
        "subject": "Ordine 424-4402897-6617035: la sua opinione",
        "body": _b("""
Gentile Sig.ra Mancini,

se ha qualche minuto, ci farebbe piacere una sua recensione su Amazon sul plaid in lana dell'ordine 424-4402897-6617035.

Intanto, ci segua su Facebook e Instagram: a gennaio arriva la nuova collezione primavera, e con la nostra newsletter sarà la prima a scoprirla.

Lanificio Valsesia
"""),
        "order_id": "424-4402897-6617035", "expected": ["BSM203"],
        "note": "Review request that also invites the buyer to follow the shop and subscribe to the newsletter for a new collection.",
    },
    {
        "id": "v11-it-024", "language": L, "locale": LOC, "type": "review-request", "format": "text",
        "subject": "Un piccolo pensiero per lei - ordine 424-0185364-9923108",
        "body": _b("""
Buongiorno Sig. Testa,

speriamo che il tagliacapelli dell'ordine 424-0185364-9923108 la stia soddisfacendo.

Una volta pubblicata la sua recensione su Amazon, saremo felici di inviarle un piccolo omaggio come segno di ringraziamento: basterà rispondere a questo messaggio con il nome che compare sulla recensione.

Cordiali saluti,
BarberPro Italia
"""),
        "order_id": "424-0185364-9923108", "expected": ["BSM204"],
        "note": "Review request offering a small gift once the review is published.",
    },
    {
        "id": "v11-it-025", "language": L, "locale": LOC, "type": "review-request", "format": "html",
        "subject": "Ordine 424-3649921-5036847 - rimborso totale",
        "body": _b("""
<p>Ciao Federica,</p>
<p>abbiamo una proposta speciale per chi ha acquistato la nostra lampada da lettura (ordine 424-3649921-5036847): appena la tua recensione sarà visibile su Amazon, ti rimborsiamo il prezzo pieno dell'articolo.</p>
<p>Scrivici quando l'hai pubblicata!</p>
<p>LuceViva</p>
"""),
        "order_id": "424-3649921-5036847", "expected": ["BSM204"],
        "note": "Full refund promised as soon as the review is visible.",
    },
    {
        "id": "v11-it-026", "language": L, "locale": LOC, "type": "reply", "format": "text",
        "subject": "Re: Problema con il frullatore - 424-5920478-1188263",
        "body": _b("""
Gentile Sig. Fabbri,

grazie per averci spiegato nel dettaglio il difetto del frullatore (ordine 424-5920478-1188263). Abbiamo verificato: riguardava una sola partita di lame, che abbiamo ritirato dalla vendita.

Ora che la causa è chiarita, le chiederemmo la cortesia di modificare la recensione da una stella che ha lasciato, o di eliminarla se lo ritiene giusto.

Cordialmente,
Frullo Store
"""),
        "order_id": "424-5920478-1188263", "expected": ["BSM205"],
        "note": "Reply asking the buyer to modify or delete a one-star review.",
    },
    {
        "id": "v11-it-027", "language": L, "locale": LOC, "type": "review-request", "format": "html",
        "subject": "È soddisfatta? Ordine 424-7107734-3365920",
        "body": _b("""
<p>Gentile Sig.ra Villa,</p>
<p>il suo servizio di bicchieri (ordine 424-7107734-3365920) è arrivato da qualche giorno.</p>
<p>Se è rimasta contenta, le saremmo grati per una recensione su Amazon. Se invece qualcosa non va, la preghiamo di non lasciare una recensione e di scriverci prima, così risolviamo insieme.</p>
<p>Vetreria Muranese</p>
"""),
        "order_id": "424-7107734-3365920", "expected": ["BSM206"],
        "note": "Asks only satisfied buyers for a review and steers unhappy ones away from reviewing.",
    },
    {
        "id": "v11-it-028", "language": L, "locale": LOC, "type": "review-request", "format": "text",
        "subject": "Cinque stelle? Ordine 424-2286409-7741596",
        "body": _b("""
Ciao Simone,

le tue cuffie sportive (ordine 424-2286409-7741596) ti accompagnano già negli allenamenti?

Siamo un negozio giovane e cinque stelle su Amazon per noi valgono tantissimo: se ti va, lasciaci il massimo dei voti.

Sound Runner
"""),
        "order_id": "424-2286409-7741596", "expected": ["BSM206"],
        "note": "Review request asking for a five-star rating.",
    },
    {
        "id": "v11-it-029", "language": L, "locale": LOC, "type": "order-problem", "format": "html",
        "subject": "[Importante] Articolo esaurito - ordine 424-9642130-0519874",
        "body": _b("""
<p>Gentile Sig. Leone,</p>
<p>purtroppo la friggitrice ad aria del suo ordine 424-9642130-0519874 è esaurita e non riceveremo altri pezzi.</p>
<p>Abbiamo già modificato l'importo dell'ordine con causale "prodotto non disponibile": il rimborso totale è in corso.</p>
<p>La soluzione più veloce, comunque, è che lei annulli direttamente l'ordine da "I miei ordini" sul suo account Amazon.</p>
<p>Ci scusi,<br>ElettroCasa Leone</p>
"""),
        "order_id": "424-9642130-0519874", "expected": ["BSM108"],
        "note": "Out-of-stock order problem with the adjustment confirmed but advising the buyer to cancel himself.",
    },
    {
        "id": "v11-it-030", "language": L, "locale": LOC, "type": "order-problem", "format": "text",
        "subject": "Ordine 424-1853369-6280415 - disponibilità",
        "body": _b("""
Buongiorno Sig.ra Ferri,

il robot aspirapolvere del suo ordine 424-1853369-6280415 è andato esaurito e il fornitore non sa dirci quando tornerà disponibile.

Le saremmo grati se potesse inviare lei una richiesta di annullamento dell'ordine: in questo modo la pratica si chiude subito.

Grazie e scusi il disagio,
Smart Home Trieste
"""),
        "order_id": "424-1853369-6280415", "expected": ["BSM107", "BSM108"],
        "note": "Asks the buyer to request cancellation for lack of stock, with no amount adjustment confirmed.",
    },
    {
        "id": "v11-it-031", "language": L, "locale": LOC, "type": "delivery-delay", "format": "text",
        "subject": "Ritardo ordine 424-6308812-3947751",
        "body": _b("""
Gentile cliente,

il set di pentole del suo ordine 424-6308812-3947751 partirà con tre giorni di ritardo, il 16 dicembre, per un disguido con il nostro fornitore.

Ci scusiamo per l'inconveniente.

Cucina Italiana Store

Per non ricevere più messaggi da noi, risponda con la parola CANCELLAMI.
"""),
        "order_id": "424-6308812-3947751", "expected": ["BSM305"],
        "note": "Delivery delay with an opt-out instruction.",
    },
    {
        "id": "v11-it-032", "language": L, "locale": LOC, "type": "reply", "format": "text",
        "subject": "Re: Pacco danneggiato - 424-0721954-8853306",
        "body": _b("""
Sig. Serra,

cazzo, ancora questi stronzi del corriere che lanciano i pacchi. Non se ne può più di questa gente di merda.

Ci mandi una foto della lampada rotta dell'ordine 424-0721954-8853306 e la sostituiamo.

Dario
Illuminazione Serra
"""),
        "order_id": "424-0721954-8853306", "expected": ["BSM306"],
        "note": "Reply with Italian profanity and insults about the courier.",
    },
    {
        "id": "v11-it-033", "language": L, "locale": LOC, "type": "delivery-delay", "format": "text",
        "subject": "Bestellung 424-4576208-1629984 - Lieferverzögerung",
        "body": _b("""
Sehr geehrte Kundin, sehr geehrter Kunde,

leider verzögert sich der Versand Ihrer Bestellung 424-4576208-1629984 (Wanderschuhe, Größe 42) um etwa eine Woche, da unser Lieferant in Verzug ist. Der neue Versandtermin ist der 15. Dezember.

Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen
Bergsport Brixen
"""),
        "order_id": "424-4576208-1629984", "expected": ["BSM104"],
        "note": "Message to an Italian buyer written entirely in German.",
    },
    {
        "id": "v11-it-034", "language": L, "locale": LOC, "type": "delivery-scheduling", "format": "text",
        "subject": "Consegna divano - ordine 424-8013345-2490167",
        "body": _b("""
Buongiorno Sig.ra Bianco,

per fissare la consegna del divano dell'ordine 424-8013345-2490167 ci può chiamare in negozio allo 0544 218 903, oppure mandare un messaggio al 347 512 8890 indicando il giorno che preferisce.

Arredamenti Romagna
"""),
        "order_id": "424-8013345-2490167", "expected": ["BSM309"],
        "note": "Delivery scheduling that gives the shop's landline and mobile in Italian national format.",
    },
    {
        "id": "v11-it-035", "language": L, "locale": LOC, "type": "reply", "format": "text",
        "subject": "Re: Compatibilità batteria - 424-3387106-7065429",
        "body": _b("""
Buongiorno,

sì, la batteria dell'ordine 424-3387106-7065429 è compatibile con il suo modello di avvitatore.

Se ha altri dubbi tecnici, il nostro reparto tecnico risponde al +39 02 8734 5120, oppure su WhatsApp al +39 333 601 4478.

Saluti,
Utensili Pro Milano
"""),
        "order_id": "424-3387106-7065429", "expected": ["BSM309"],
        "note": "Reply giving the seller's phone numbers in international format.",
    },
    {
        "id": "v11-it-036", "language": L, "locale": LOC, "type": "custom-design-verification", "format": "html",
        "subject": "Bozza dell'insegna - ordine 424-5149983-9310572",
        "body": _b("""
<p>Buongiorno Sig. Martini,</p>
<p>le alleghiamo la bozza dell'insegna in legno per l'ordine 424-5149983-9310572. Ci confermi testo e colori.</p>
<p>Se ha un file del logo in alta risoluzione, lo invii a grafica@incisioni-martelli.it.</p>
<p>Incisioni Martelli</p>
"""),
        "order_id": "424-5149983-9310572", "expected": ["BSM308"],
        "note": "Design proof message with a plain e-mail address.",
    },
    {
        "id": "v11-it-037", "language": L, "locale": LOC, "type": "return-follow-up", "format": "text",
        "subject": "Reso ordine 424-2618745-4471839 - foto del difetto",
        "body": _b("""
Gentile Sig.ra Marchi,

per completare il reso dell'ordine 424-2618745-4471839 (giacca imbottita) ci servono due foto della cerniera rotta.

Può mandarle a resi chiocciola modaurbana punto it, indicando il numero d'ordine nell'oggetto.

Grazie,
Moda Urbana
"""),
        "order_id": "424-2618745-4471839", "expected": ["BSM308"],
        "note": "Return follow-up with an obfuscated e-mail address using 'chiocciola' and 'punto'.",
    },
    {
        "id": "v11-it-038", "language": L, "locale": LOC, "type": "reply", "format": "html",
        "subject": "Re: Cura delle piante grasse - 424-9902573-6126680",
        "body": _b("""
<p>Ciao Valentina,</p>
<p>le piante grasse dell'ordine 424-9902573-6126680 vanno annaffiate poco: una volta ogni due settimane d'inverno basta e avanza.</p>
<p>Trovi tutti i consigli di coltivazione nella <a href="https://www.serradelsole.it/guide/piante-grasse">guida alla cura delle succulente sul nostro sito</a>.</p>
<p>Un saluto,<br>Serra del Sole</p>
"""),
        "order_id": "424-9902573-6126680", "expected": ["BSM302"],
        "note": "Reply with a descriptive https link to the seller's own website, not needed for the order.",
    },
    {
        "id": "v11-it-039", "language": L, "locale": LOC, "type": "additional-information", "format": "html",
        "subject": "Indirizzo incompleto - ordine 424-7365014-0833951",
        "body": _b("""
<p>Buongiorno Sig. Orlando,</p>
<p>nell'indirizzo di consegna dell'ordine 424-7365014-0833951 manca il numero civico. Può aggiornarlo dalla <a href="http://www.amazon.it/gp/css/account/address/view.html">pagina degli indirizzi del suo account Amazon</a> oppure indicarcelo in risposta?</p>
<p>Grazie,<br>Cartoleria Orlando</p>
"""),
        "order_id": "424-7365014-0833951", "expected": ["BSM301"],
        "note": "Information request with a descriptive but insecure http link to Amazon.",
    },
    {
        "id": "v11-it-040", "language": L, "locale": LOC, "type": "delivery-delay", "format": "html",
        "subject": "Ordine 424-1044286-5782013 in ritardo",
        "body": _b("""
<p>Gentile Sig.ra Rizzi,</p>
<p>il suo tostapane a 4 fette, che vede qui sotto, partirà il 17 dicembre anziché il 12.</p>
<p><img src="https://cdn.elettrostile.it/prodotti/tostapane-4-fette-rosso.jpg" alt="Tostapane 4 fette rosso" width="280" height="280"></p>
<p>Ordine: 424-1044286-5782013. Ci scusiamo per il ritardo.</p>
<p>ElettroStile</p>
"""),
        "order_id": "424-1044286-5782013", "expected": ["BSM310"],
        "note": "Delivery delay showing a photo of the purchased toaster.",
    },
    {
        "id": "v11-it-041", "language": L, "locale": LOC, "type": "review-request", "format": "html",
        "subject": "Buone feste! La sua opinione sull'ordine 424-6573841-2947705",
        "body": _b("""
<p><img src="https://img.fotostock-free.it/natale/albero-di-natale-luci.jpg" alt="Albero di Natale con luci" width="420" height="260"></p>
<p>Gentile Sig. Gentile,</p>
<p>se ha un momento, può condividere su Amazon la sua opinione sui guanti in pelle dell'ordine 424-6573841-2947705, qualunque essa sia.</p>
<p>Guanteria Napoletana</p>
"""),
        "order_id": "424-6573841-2947705", "expected": ["BSM311"],
        "note": "Neutral review request decorated with an unrelated stock Christmas-tree image.",
    },
    {
        "id": "v11-it-042", "language": L, "locale": LOC, "type": "reply", "format": "html",
        "subject": "Re: Misure del tappeto - 424-3810657-8364412",
        "body": _b("""
<img src="https://m.media-amazon.com/images/S/aplus-media/tappeti-orientali-ferri-logo.png" width="150" height="45">
<p>Buongiorno Sig.ra Ferri,</p>
<p>il tappeto dell'ordine 424-3810657-8364412 misura 200 x 300 cm, frange escluse; con le frange arriva a 320 cm.</p>
<p>Tappeti Orientali Ferri</p>
"""),
        "order_id": "424-3810657-8364412", "expected": ["BSM402"],
        "note": "Reply with the shop logo image lacking any alt attribute.",
    },
    {
        "id": "v11-it-043", "language": L, "locale": LOC, "type": "delivery-delay", "format": "text",
        "subject": "Ordine 424-0297748-3651190 - ritardino",
        "body": _b("""
Ciao Giulia!

Il tuo calendario dell'avvento fatto a mano (ordine 424-0297748-3651190) partirà con un paio di giorni di ritardo, martedì 15 🎄 Stiamo finendo le ultime cuciture 🙏

Un bacio,
Sara - Fili & Fantasia
"""),
        "order_id": "424-0297748-3651190", "expected": ["BSM403"],
        "note": "Familiar delivery delay using emoji.",
    },
    {
        "id": "v11-it-044", "language": L, "locale": LOC, "type": "additional-information", "format": "text",
        "subject": "Colore del cinturino - ordine 424-8479201-1520338",
        "body": _b("""
Buongiorno Sig. Riva,

nell'ordine 424-8479201-1520338 non è indicato il colore del cinturino dell'orologio: nero, marrone o cuoio naturale? Ci basta una parola in risposta :)

Orologeria Riva
"""),
        "order_id": "424-8479201-1520338", "expected": ["BSM403"],
        "note": "Information request ending with the emoticon :).",
    },
    {
        "id": "v11-it-045", "language": L, "locale": LOC, "type": "reply", "format": "html",
        "subject": "Re: Spessore del materasso - 424-5508932-7093146",
        "body": _b("""
<style>
  .titolo { font-size: 22px; }
  .testo { font-size: 16px; }
  .nota { font-size: 12px; }
  .firma { font-size: 14px; }
</style>
<p class="titolo">Risposta alla sua domanda</p>
<p class="testo">Gentile Sig. Pagano, il materasso dell'ordine 424-5508932-7093146 è alto 24 cm, di cui 5 cm di memory foam.</p>
<p class="nota">Le misure possono variare di circa 1 cm.</p>
<p class="firma">Materassi Dolce Notte</p>
"""),
        "order_id": "424-5508932-7093146", "expected": ["BSM410"],
        "note": "Reply whose <style> block sets four distinct font sizes.",
    },
    {
        "id": "v11-it-046", "language": L, "locale": LOC, "type": "delivery-delay", "format": "html",
        "subject": "Ritardo spedizione ordine 424-2731594-4805627",
        "body": _b("""
<p>Gentile Sig. Marini,</p>
<p>il suo set di coltelli (ordine 424-2731594-4805627) partirà il 16 dicembre per un ritardo del produttore.<br><br><br><br>Ci scusiamo per il disagio.</p>
<p></p>
<p></p>
<p>Coltelleria Maniago</p>
"""),
        "order_id": "424-2731594-4805627", "expected": ["BSM412"],
        "note": "HTML delivery delay with a run of four <br> and empty paragraphs.",
    },
    {
        "id": "v11-it-047", "language": L, "locale": LOC, "type": "review-request", "format": "text",
        "subject": "[Importante] La sua recensione - ordine 424-9156607-6238874",
        "body": _b("""
Gentile Sig.ra Sala,

a qualche giorno dalla consegna del suo bollitore (ordine 424-9156607-6238874), le chiediamo se vuole lasciare una recensione del prodotto su Amazon. Ogni opinione, positiva o negativa, è benvenuta.

Cordiali saluti,
Casalinghi Sala
"""),
        "order_id": "424-9156607-6238874", "expected": ["BSM110"],
        "note": "[Importante] tag in the subject of a review request, which is not critical.",
    },
    {
        "id": "v11-it-048", "language": L, "locale": LOC, "type": "reply", "format": "text",
        "subject": "Re: Istruzioni di montaggio - 424-4062378-9517460",
        "body": _b("""
Buongiorno,

le istruzioni di montaggio della scrivania del suo ordine 424-4062378-9517460 sono nella scheda prodotto:

https://www.amazon.it/dp/B0C8RW3NTX

Buon lavoro,
Ufficio Facile
"""),
        "order_id": "424-4062378-9517460", "expected": ["BSM401"],
        "note": "Plain-text reply with a bare Amazon URL as the link text.",
    },
    # ---------------------------------------------------------------- vary (2)
    {
        "id": "v11-it-049", "language": L, "locale": LOC, "type": "delivery-delay", "format": "text",
        "subject": "Aggiornamento sulla spedizione del suo ordine",
        "body": _b("""
Gentile Sig. Bruno,

la informiamo che l'ordine n. 42470315581184926 (bilancia da cucina digitale) partirà il 15 dicembre anziché il 9, per un ritardo nella consegna da parte del nostro fornitore.

Ci scusiamo per l'attesa.

Cordiali saluti,
Bilance & Misure
"""),
        "order_id": "424-7031558-1184926", "expected": ["BSM102"],
        "note": "The order number is written as 17 digits without hyphens, so no valid order number is present.",
    },
    {
        "id": "v11-it-050", "language": L, "locale": LOC, "type": "review-request", "format": "html",
        "subject": "La sua recensione sull'ordine 424-1689034-3072285",
        "body": _b("""
<p><a href="https://www.pastificiodoriano.it"><img src="https://www.pastificiodoriano.it/img/logo-pastificio-doriano.png" alt="Pastificio Doriano" width="150" height="55"></a></p>
<p>Gentile Sig.ra Donati,</p>
<p>se lo desidera, può condividere su Amazon la sua opinione sulla pasta di Gragnano del suo ordine 424-1689034-3072285, qualunque essa sia.</p>
<p>Pastificio Doriano</p>
"""),
        "order_id": "424-1689034-3072285", "expected": ["BSM302", "BSM304"],
        "note": "Neutral review request whose shop logo links to the seller's website.",
    },
]
