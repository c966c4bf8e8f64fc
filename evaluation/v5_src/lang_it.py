"""v5 blind evaluation set, Italian (it-IT)."""

MESSAGES = []


def _m(n, typ, fmt, subject, body, order, expected, note, locale="it-IT"):
    MESSAGES.append({
        "id": "v5-it-%03d" % n, "language": "it", "locale": locale, "type": typ,
        "format": fmt, "subject": subject, "body": body, "order_id": order,
        "expected": sorted(expected), "note": note,
    })


# ---------------- clean ----------------
_m(1, "delivery-delay", "text", "Ordine 306-4418270-9035126: spedizione posticipata",
"""Gentile signora Colombo,

la moka elettrica del suo ordine 306-4418270-9035126 arriverà nel nostro magazzino con qualche giorno di ritardo rispetto al previsto. Contiamo di spedirla venerdì 18 dicembre, anziché l'11.

Ci scusiamo per l'inconveniente.

Cordiali saluti,
Davide Ferri
Casa Caffè Bergamo""", "306-4418270-9035126", [], "Plain-text delivery delay with a new date.")

_m(2, "delivery-delay", "html", "Aggiornamento sul suo ordine 306-1207734-5582910",
"""<table width="100%" cellpadding="8" cellspacing="0">
<tr><td>
<p>Buongiorno Marco,</p>
<p>purtroppo il <strong>set di coltelli da cucina in acciaio damasco</strong> (ordine 306-1207734-5582910) non potrà partire entro la data indicata: il laboratorio di affilatura ha accumulato un ritardo di circa una settimana.</p>
<p>La nuova data di spedizione prevista è <strong>mercoledì 16 dicembre</strong>. Può sempre seguire lo stato dell'ordine nella sezione <a href="https://www.amazon.it/gp/your-account/order-history">I miei ordini su Amazon</a>.</p>
<p>Un saluto,<br>Lucia Marchetti<br><small>Coltelleria Marchetti, Maniago</small></p>
</td></tr>
</table>""", "306-1207734-5582910", [], "Builder-table HTML delivery delay with descriptive Amazon link.")

_m(3, "order-problem", "text", "[Importante] Ordine 306-8850213-4476091 non evadibile",
"""Buongiorno,

ci dispiace doverle comunicare che l'articolo del suo ordine 306-8850213-4476091 (zaino da trekking 45 L, colore antracite) risulta esaurito e il produttore non ne prevede il riassortimento.

Abbiamo quindi rettificato l'importo dell'ordine, azzerandolo con la causale "articolo non disponibile": il rimborso di 74,50 € le verrà accreditato sul metodo di pagamento usato per l'acquisto.

Ci scusiamo ancora,
Servizio clienti Montagna Viva""", "306-8850213-4476091", [], "Order problem with adjustment confirmed, [Importante] allowed.")

_m(4, "additional-information", "html", "Ordine 306-3062187-7710452: ci serve un dato",
"""<p>Buongiorno signor Greco,</p>
<p>per completare il suo ordine 306-3062187-7710452 (targa in ottone personalizzata) ci manca il testo da incidere. Può indicarci:</p>
<ol>
<li>il nome o la scritta (massimo 25 caratteri);</li>
<li>se preferisce il carattere corsivo o stampatello.</li>
</ol>
<p>Grazie e buona giornata,<br>Incisioni Bassi</p>""", "306-3062187-7710452", [], "Request for information needed to complete a personalised order.")

_m(5, "return-follow-up", "text", "Reso ordine 306-5529048-1163387",
"""Gentile signor Esposito,

abbiamo ricevuto la sua richiesta di reso per la poltroncina da giardino con il cuscino scucito.

Se preferisce tenerla, possiamo proporle un rimborso parziale di 35,00 € sull'importo pagato, evitandole l'imballaggio e la spedizione. Ci faccia sapere se accetta; in caso contrario procediamo normalmente con il reso.

Cordiali saluti,
Giulia Romano
Ufficio assistenza, Verde Casa Arredi
(ordine 306-5529048-1163387)""", "306-5529048-1163387", [], "Return follow-up offering a partial refund.")

_m(6, "return-follow-up", "text", "Ordine 306-7743310-2289564 – informazioni per il reso",
"""Buongiorno,

per registrare il reso dell'ordine 306-7743310-2289564 ci servirebbe sapere se la confezione originale della stampante è ancora integra e se il toner di prova è stato installato.

Grazie per la collaborazione,
Ufficio resi – InfoStore Padova""", "306-7743310-2289564", [], "Return follow-up asking for information needed to complete the return.")

_m(7, "invoice", "html", "Fattura n. 2026/FE/0412 – ordine 306-9901654-3328870",
"""<p>Gentile cliente,</p>
<p>in allegato trova la fattura n. 2026/FE/0412 del 30/11/2026 relativa all'ordine 306-9901654-3328870, per un totale di 312,00 € IVA inclusa (imponibile 255,74 €, IVA 22 % 56,26 €).</p>
<p>Cordiali saluti,<br>Amministrazione</p>
<p><small>Ferramenta Zanetti S.r.l. – Via dell'Industria 18, 31100 Treviso (TV)<br>
P.IVA IT04187520268 – C.F. 04187520268 – REA TV-331452 – Cap. soc. 20.000 € i.v.</small></p>""", "306-9901654-3328870", [], "Invoice with P.IVA, C.F., REA and slashed invoice number.")

_m(8, "review-request", "text", "Il suo parere sull'ordine 306-2186643-0074519",
"""Buongiorno,

sono passati alcuni giorni da quando ha ricevuto la sua teglia in ferro (ordine 306-2186643-0074519). Se le va, può lasciare una recensione su Amazon: ogni opinione, positiva o critica, aiuta altri clienti nella scelta.

Grazie del tempo che vorrà dedicarci,
Paolo – Pentole Artigiane Biella""", "306-2186643-0074519", [], "Neutral plain-text review request.")

_m(9, "review-request", "html", "Ordine 306-6634902-1187435: com'è andata?",
"""<p><img src="https://static.saponificiofiordaliso.it/img/logo-saponificio-fiordaliso.png" alt="Saponificio Fiordaliso" width="200" height="70"></p>
<p>Ciao Francesca,</p>
<p>speriamo che le saponette all'olio d'oliva del tuo ordine 306-6634902-1187435 ti stiano piacendo. Se vuoi raccontare com'è andata, puoi farlo in un minuto:</p>
<p><a href="https://www.amazon.it/review/create-review?asin=B0C3P7L9KD">Scrivi una recensione del prodotto su Amazon</a></p>
<p>A presto,<br>Saponificio Fiordaliso</p>""", "306-6634902-1187435", [], "HTML review request with logo (alt names shop) and descriptive Amazon link.")

_m(10, "delivery-scheduling", "text", "Consegna del frigorifero – ordine 306-4075518-6621093",
"""Gentile signora Bruno,

il frigorifero combinato del suo ordine 306-4075518-6621093 verrà consegnato al piano dal nostro corriere specializzato. Le fasce disponibili sono:

- lunedì 14/12, dalle 8:30 alle 12:30
- martedì 15/12, dalle 14:00 alle 18:00
- giovedì 17/12, dalle 9:00 alle 13:00

Ci indichi la fascia preferita e se nello stabile c'è l'ascensore.

Cordiali saluti,
Roberto Sala
ElettroCasa Brianza""", "306-4075518-6621093", [], "Bulky-item delivery scheduling with time slots.")

_m(11, "home-service-appointment", "text", "Appuntamento per il montaggio – ordine 306-1852207-4439960",
"""Buongiorno signor Ricci,

per il montaggio dell'armadio a sei ante (ordine 306-1852207-4439960) i nostri montatori sono disponibili:

- sabato 19 dicembre, ore 8:00
- lunedì 21 dicembre, ore 14:00

L'intervento dura circa quattro ore. Ci conferma l'orario che preferisce rispondendo a questo messaggio?

Grazie,
Montaggi Rapidi Torino""", "306-1852207-4439960", [], "Home-service appointment with dates and times.")

_m(12, "custom-design-verification", "html", "Bozza grafica – ordine 306-7360045-8815237",
"""<p>Buongiorno Alessandra,</p>
<p>in allegato trova la bozza della sua tazza personalizzata (ordine 306-7360045-8815237): la foto del cane al centro e la scritta "Buon compleanno, nonno Piero" in basso.</p>
<p>Controlli per favore il testo e la posizione dell'immagine. Se va tutto bene ci risponda "approvata", altrimenti ci indichi le modifiche: la stampa parte solo dopo la sua conferma.</p>
<p>Grazie,<br>Simone – Stampe &amp; Sorrisi</p>""", "306-7360045-8815237", [], "Custom design proof for verification.")

_m(13, "fulfillment-question", "text", "Ordine 306-5917723-0246618: codice del portone",
"""Buongiorno,

per consegnare l'ordine 306-5917723-0246618 venerdì 11/12 tra le 9:00 e le 13:00 (spedizione n. 0521 8834 7719, riferimento interno MAG-22/714), il corriere dovrà entrare nel condominio.

Può indicarci il codice del portone o il nome sul citofono? Lo comunicheremo noi al corriere.

Grazie,
Spedizioni – Enoteca Valpolicella Doc""", "306-5917723-0246618", [], "Door-code question with shipment and internal reference numbers.")

_m(14, "reply", "text", "Re: Domanda su \"Mountain Explorer Thermal Jacket\" – 306-0038841-7762295",
"""Buongiorno signor Villa,

la "Mountain Explorer Thermal Jacket" del suo ordine 306-0038841-7762295 ha una vestibilità regolare: se di solito porta una L, le consigliamo di restare sulla stessa taglia. L'imbottitura sintetica si può lavare in lavatrice a 30 gradi.

Un saluto,
Team North Ridge Outfitters Italia""", "306-0038841-7762295", [], "Reply quoting an English product title and shop name in Italian sentences.")

_m(15, "reply", "text", "Re: Macchina da caffè guasta (306-3398412-5504176)",
"""Gentile signora Gallo,

ci dispiace per il guasto. La sua macchina espresso (ordine 306-3398412-5504176) è coperta dalla garanzia del produttore per 24 mesi dalla data di acquisto.

Per attivare la riparazione può contattare direttamente l'assistenza in garanzia del produttore Caffemio: numero verde garanzia produttore 800 912 448 (lunedì-venerdì, 9:00-17:00).

Tenga a portata di mano lo scontrino o la fattura Amazon.

Cordiali saluti,
Casa dell'Espresso""", "306-3398412-5504176", [], "Reply with the manufacturer's warranty hotline, marked as such.")

_m(16, "reply", "text", "Re: Spedizione in Sardegna – 306-8127706-3391540",
"""Buongiorno,

sì, spediamo regolarmente anche in Sardegna: per il suo ordine 306-8127706-3391540 i tempi sono di 4-5 giorni lavorativi, senza costi aggiuntivi.

Cordiali saluti,
Martina Conti
Responsabile vendite online

Oleificio Conti S.n.c. di Conti Martina & C.
Contrada San Vito 7, 70043 Monopoli (BA)
P.IVA 07812340721 – REA BA-589210""", "306-8127706-3391540", [], "Reply with a company-details footer.")

_m(17, "reply", "html", "Re: Rimborso ordine 306-2251987-6640083",
"""<p>Buongiorno signor De Luca,</p>
<p>il suo reso (autorizzazione RMA 2026-1143, lettera di vettura GLS 6012 4478 90) è arrivato in magazzino il 03/12/2026 alle 15:10. Abbiamo emesso il rimborso di 129,00 € il 04/12; l'accredito richiede in genere 3-5 giorni lavorativi.</p>
<p>Cordiali saluti,<br>Assistenza clienti FotoOttica Lombardi<br>(ordine 306-2251987-6640083)</p>""", "306-2251987-6640083", [], "Reply with return and tracking numbers, dates, times and amounts.")

# ---------------- violations ----------------
_m(18, "fulfillment-question", "text", "Il suo pacco è in viaggio – ordine 306-6603354-1127789",
"""Buongiorno,

le confermiamo che il suo ordine 306-6603354-1127789 è stato affidato stamattina al corriere SDA e ha già lasciato il nostro magazzino di Bologna.

Buona giornata,
Tortellini di Nonna Elsa""", "306-6603354-1127789", ["BSM201"], "Shipping confirmation: handed to carrier.")

_m(19, "fulfillment-question", "text", "Ordine 306-1740092-8853316 ricevuto",
"""Ciao Andrea,

abbiamo ricevuto il tuo ordine 306-1740092-8853316 e lo stiamo già preparando: i guanti in pelle saranno impacchettati entro oggi.

A presto,
Pelletteria Fiorentina Nesi""", "306-1740092-8853316", ["BSM201"], "Order confirmation: received and being prepared.")

_m(20, "fulfillment-question", "html", "Grazie! Ordine 306-9082261-5537704",
"""<p>Gentile signora Moretti,</p>
<p>grazie di cuore per aver scelto i nostri prodotti e per il suo ordine 306-9082261-5537704.</p>
<p>Un caro saluto,<br>Famiglia Sartori – Apicoltura Sartori</p>""", "306-9082261-5537704", ["BSM202"], "Thanks only.")

_m(21, "fulfillment-question", "text", "Ordine 306-4359918-2206671",
"""Buongiorno,

qualora dovesse riscontrare un problema con l'ordine 306-4359918-2206671, il nostro staff è a sua disposizione: basta scriverci tramite Amazon.

Cordialmente,
Ottica Sole Mio""", "306-4359918-2206671", ["BSM202"], "Only the offer to help if a problem arises.")

_m(22, "delivery-delay", "text", "Ordine 306-5016687-3372918 in ritardo",
"""Buongiorno signor Rinaldi,

il suo tappeto in juta (ordine 306-5016687-3372918) partirà con quattro giorni di ritardo, il 15 dicembre, per un problema con il nostro fornitore di imballaggi.

Ci scusiamo per l'attesa.

Tappeti Naturali Rinaldi

P.S. Fino a domenica tutto il nostro catalogo su Amazon è scontato del 20 %: un'ottima occasione per i regali di Natale.""", "306-5016687-3372918", ["BSM203"], "Delay with a 20 % off P.S.")

_m(23, "review-request", "text", "Ordine 306-7265530-0018843: la sua opinione",
"""Buongiorno,

ha ricevuto la sua lampada da scrivania (ordine 306-7265530-0018843) da qualche giorno. Se crede, può lasciare una recensione su Amazon.

Intanto, le segnaliamo che è appena uscita la nostra nuova collezione di lampade in vetro di Murano: ci segua su Instagram (Luce Lagunare) e si iscriva alla newsletter per non perdere nessuna novità.

Luce Lagunare""", "306-7265530-0018843", ["BSM203"], "Follow us, newsletter and new collection.")

_m(24, "review-request", "html", "Un piccolo pensiero per lei – ordine 306-3381149-6609257",
"""<p>Buongiorno,</p>
<p>speriamo che il cuscino ergonomico (ordine 306-3381149-6609257) le stia dando sollievo.</p>
<p>Quando la sua recensione sarà pubblicata su Amazon, ci scriva: le invieremo un piccolo omaggio come ringraziamento.</p>
<p>Riposo Perfetto</p>""", "306-3381149-6609257", ["BSM204"], "Small gift once the review is published.")

_m(25, "review-request", "text", "Ordine 306-8892476-4415502",
"""Gentile cliente,

non appena la sua recensione sulle cuffie (ordine 306-8892476-4415502) sarà visibile su Amazon, le rimborseremo l'intero importo dell'acquisto. Ci basta ricevere il link alla recensione.

Saluti,
AudioTop Italia""", "306-8892476-4415502", ["BSM204"], "Full refund as soon as the review is online.")

_m(26, "reply", "text", "Re: Teiera rotta – 306-0624418-7793320",
"""Buongiorno signora Ferraro,

le spediremo una teiera nuova entro venerdì, senza alcun costo. Ci scusi ancora per l'imballaggio insufficiente.

Le chiederemmo, se possibile, di modificare la recensione da una stella che ha lasciato, o di cancellarla: per una piccola bottega come la nostra pesa moltissimo.

Grazie,
Ceramiche Vietresi Amalfitano (ordine 306-0624418-7793320)""", "306-0624418-7793320", ["BSM205"], "Asks to change or delete a one-star review.")

_m(27, "review-request", "text", "È soddisfatto del suo ordine 306-2549903-1186654?",
"""Buongiorno,

se il frullatore le piace, lasci pure una recensione su Amazon.

Se invece qualcosa non va, la preghiamo di non scrivere recensioni e di contattare prima noi: risolveremo il problema.

Cucina Facile Store (ordine 306-2549903-1186654)""", "306-2549903-1186654", ["BSM206"], "Review only if satisfied; unhappy buyers steered away.")

_m(28, "review-request", "text", "Cinque stelle? Ordine 306-6170358-9924417",
"""Ciao Elena,

ti è piaciuto il tuo diario in pelle (ordine 306-6170358-9924417)? Ci aiuteresti tantissimo lasciando una valutazione a cinque stelle su Amazon.

Grazie!
Legatoria Artigiana Neri""", "306-6170358-9924417", ["BSM206"], "Asks for a five-star rating.")

_m(29, "order-problem", "text", "Problema con l'ordine 306-3907724-5561809",
"""Buongiorno,

il monopattino del suo ordine 306-3907724-5561809 non è più disponibile. Abbiamo già rettificato l'importo dell'ordine per mancanza di merce.

Per chiudere la pratica più in fretta, le consigliamo di annullare lei stesso l'ordine dalla sezione I miei ordini di Amazon.

Cordiali saluti,
MobilitàUrbana Shop""", "306-3907724-5561809", ["BSM108"], "Adjustment confirmed but buyer advised to cancel.")

_m(30, "order-problem", "text", "Ordine 306-9518830-0037142 – articolo esaurito",
"""Gentile signor Fontana,

siamo spiacenti: il trapano avvitatore del suo ordine 306-9518830-0037142 è esaurito presso il nostro fornitore.

Le saremmo grati se volesse inviare una richiesta di cancellazione tramite Amazon, così da poter chiudere l'ordine.

Cordiali saluti,
Utensileria Fontana""", "306-9518830-0037142", ["BSM107", "BSM108"], "Asks for a cancellation request, no adjustment.")

_m(31, "delivery-delay", "text", "Ritardo ordine 306-1466075-2280839",
"""Buongiorno,

la sua cassettiera (ordine 306-1466075-2280839) verrà spedita il 17 dicembre invece del 10, per un ritardo nella verniciatura.

Ci scusiamo per il disagio.
Mobili Sartini

Per non ricevere più nostri messaggi, risponda a questa email scrivendo CANCELLAMI.""", "306-1466075-2280839", ["BSM305"], "Opt-out instruction (reply CANCELLAMI).")

_m(32, "reply", "text", "Re: Pacco mai arrivato – 306-5783312-4407925",
"""Buongiorno,

ha ragione, e mi scuso. Quel cazzo di corriere ha perso di nuovo un pacco, è la terza volta questo mese.

Le rispediamo la merce domani a nostre spese.

Gianni – Giocattoli Gianni (ordine 306-5783312-4407925)""", "306-5783312-4407925", ["BSM306"], "Italian profanity about the carrier.")

_m(33, "delivery-delay", "text", "Bestellung 306-7031149-6658201 verzögert sich",
"""Guten Tag,

leider wird die Keramikschale aus Ihrer Bestellung 306-7031149-6658201 erst am 16. Dezember statt am 9. Dezember verschickt, da unser Brennofen repariert werden musste.

Vielen Dank für Ihre Geduld.

Mit freundlichen Grüßen
Ceramiche Deruta Bianchi""", "306-7031149-6658201", ["BSM104"], "Italian buyer, message written in German.")

_m(34, "reply", "text", "Re: Misure del divano – 306-2914456-8813076",
"""Buongiorno signora Marino,

il divano del suo ordine 306-2914456-8813076 misura 210 x 95 cm, con seduta alta 44 cm.

Per qualsiasi altro dubbio può chiamarci allo 02 8734 5561, dal lunedì al sabato.

Cordiali saluti,
Salotti Brianza""", "306-2914456-8813076", ["BSM309"], "Italian national landline of the shop.")

_m(35, "delivery-scheduling", "text", "Consegna del materasso – 306-8346690-1152934",
"""Buongiorno,

per la consegna del materasso matrimoniale (ordine 306-8346690-1152934) possiamo passare martedì 15 o mercoledì 16 dicembre, dalle 9:00 alle 13:00.

Se preferisce, scriva su WhatsApp al nostro autista al +39 347 812 9034.

Saluti,
Dormi Bene Materassi""", "306-8346690-1152934", ["BSM309"], "International-format mobile number in a scheduling message.")

_m(36, "reply", "text", "Re: Fattura intestata alla ditta – 306-4480127-3396605",
"""Buongiorno,

per la fattura intestata alla sua azienda può scrivere direttamente all'amministrazione: fatture@erboristeriaselva.it, indicando l'ordine 306-4480127-3396605 e la partita IVA.

Cordiali saluti,
Erboristeria Selva""", "306-4480127-3396605", ["BSM308"], "Plain e-mail address.")

_m(37, "reply", "text", "Re: Vite mancante (306-6021893-7740018)",
"""Ciao,

scusa per la vite mancante! Mandaci una foto della busta a ricambi.bricomax chiocciola libero punto it e ti spediamo il pezzo (ordine 306-6021893-7740018).

Buona giornata,
Bricomax""", "306-6021893-7740018", ["BSM308"], "Obfuscated e-mail address with 'chiocciola' and 'punto'.")

_m(38, "reply", "html", "Re: Come montare la mensola – 306-1195584-2263479",
"""<p>Buongiorno signor Costa,</p>
<p>per la mensola a scomparsa del suo ordine 306-1195584-2263479 servono due tasselli da 8 mm. Abbiamo preparato un video passo passo: <a href="https://www.legnoemestiere.it/video/montaggio-mensola-a-scomparsa">guida video al montaggio della mensola sul nostro sito</a>.</p>
<p>Saluti,<br>Legno &amp; Mestiere</p>""", "306-1195584-2263479", ["BSM302"], "HTTPS link to the seller's own site with descriptive text.")

_m(39, "review-request", "html", "La sua recensione – ordine 306-7724061-4478830",
"""<p>Buongiorno,</p>
<p>il suo bollitore (ordine 306-7724061-4478830) è stato consegnato una settimana fa. Se vuole, può lasciare la sua opinione sulla <a href="http://www.amazon.it/review/create-review?asin=B0D2K5N8QW">pagina delle recensioni Amazon del bollitore</a>.</p>
<p>Casalinghi Ferrante</p>""", "306-7724061-4478830", ["BSM301"], "Plain http link to Amazon.")

_m(40, "delivery-delay", "html", "Ordine 306-3350178-9901246: nuova data",
"""<p>Buongiorno Chiara,</p>
<p>la sua borsa a tracolla (ordine 306-3350178-9901246) partirà il 15 dicembre anziché il 10, perché le fibbie sono in ritardo.</p>
<p><img src="https://img.borsedelborgo.it/prodotti/borsa-tracolla-cuoio-cognac.jpg" alt="Borsa a tracolla in cuoio color cognac" width="320"></p>
<p>Grazie della pazienza,<br>Borse del Borgo</p>""", "306-3350178-9901246", ["BSM310"], "Photo of the purchased product.")

_m(41, "delivery-delay", "html", "Ordine 306-5568842-0182257 posticipato",
"""<p>Buongiorno,</p>
<p>a causa dell'elevato numero di ordini natalizi, il suo panettone artigianale (ordine 306-5568842-0182257) verrà spedito il 19 dicembre.</p>
<p><img src="https://media.pasticceriaorsi.it/newsletter/albero-natale-neve.jpg" alt="Albero di Natale innevato" width="360"></p>
<p>Pasticceria Orsi</p>""", "306-5568842-0182257", ["BSM311"], "Unrelated stock image (a Christmas tree).")

_m(42, "review-request", "html", "Ordine 306-8019937-6635514: ci dica com'è andata",
"""<p><img src="https://static.vivaioilgirasole.it/logo-vivaio-il-girasole.png" width="150"></p>
<p>Buongiorno,</p>
<p>le sue piantine aromatiche (ordine 306-8019937-6635514) sono arrivate. Può lasciare un parere sulla <a href="https://www.amazon.it/review/create-review?asin=B0B9R3T6YE">pagina delle recensioni Amazon delle piantine</a>.</p>
<p>Vivaio Il Girasole</p>""", "306-8019937-6635514", ["BSM402"], "Shop logo with no alt attribute.")

_m(43, "delivery-delay", "text", "Piccolo ritardo – ordine 306-2287705-5514463",
"""Ciao Sara,

i tuoi calzini di lana (ordine 306-2287705-5514463) partiranno lunedì 14 invece di venerdì, siamo state sommerse di ordini 😅

Grazie per la pazienza!
Le Filatrici di Biella""", "306-2287705-5514463", ["BSM403"], "Emoji in a delay message.")

_m(44, "reply", "text", "Re: Colore della lana – 306-4631190-2287736",
"""Buongiorno,

sì, il colore "verde bosco" è proprio quello della foto, un verde scuro e caldo. Il gomitolo partirà domani insieme al resto dell'ordine 306-4631190-2287736 :-)

Un saluto,
Lane d'Abruzzo""", "306-4631190-2287736", ["BSM403"], "Emoticon :-) in a reply.")

_m(45, "delivery-delay", "html", "Ordine 306-9960418-3305529 – rinvio",
"""<style>
.titolo { font-size: 24px; }
.sottotitolo { font-size: 18px; }
.testo { font-size: 15px; }
.firma { font-size: 12px; }
</style>
<p class="titolo">Rinvio della spedizione</p>
<p class="sottotitolo">Ordine 306-9960418-3305529</p>
<p class="testo">Buongiorno, il suo orologio da parete partirà il 16 dicembre invece del 10: il fornitore dei meccanismi è in ritardo.</p>
<p class="firma">Orologeria Vitali – Vicenza</p>""", "306-9960418-3305529", ["BSM410"], "Four explicit font sizes in a <style> block.")

_m(46, "additional-information", "html", "Ordine 306-1378856-4402290: misure della cornice",
"""<p>Buongiorno,</p>
<p>per realizzare la sua cornice su misura (ordine 306-1378856-4402290) ci servono larghezza e altezza esatte della stampa, in centimetri.<br><br><br><br>Ci risponda pure tramite la messaggistica Amazon.</p>
<p>Cornici Lombardo</p>""", "306-1378856-4402290", ["BSM412"], "Run of four <br> tags.")

_m(47, "invoice", "text", "[Importante] Fattura ordine 306-6692247-1150384",
"""Buongiorno,

in allegato la fattura n. 2026/118 relativa al suo ordine 306-6692247-1150384.

Cordiali saluti,
Amministrazione – Tessuti Corradini S.r.l.
P.IVA IT02846130165""", "306-6692247-1150384", ["BSM110"], "[Importante] tag on an invoice.")

_m(48, "fulfillment-question", "html", "Scelta del colore – ordine 306-3013362-8879105",
"""<p>Buongiorno,</p>
<p>nel suo ordine 306-3013362-8879105 il pouf è indicato "colore a scelta". Trova i colori disponibili <a href="https://www.amazon.it/dp/B0CQ6M2R8T">qui</a>.</p>
<p>Ci risponda indicando quello che preferisce.<br>Arredi Morbidi</p>""", "306-3013362-8879105", ["BSM401"], "Link text 'qui'.")

# ---------------- varying ----------------
_m(49, "review-request", "html", "Ordine 306-5240076-6617790: la sua opinione",
"""<p><a href="https://www.ceramicherinaldi.it"><img src="https://www.ceramicherinaldi.it/img/logo-ceramiche-rinaldi.png" alt="Logo Ceramiche Rinaldi – vai al sito ceramicherinaldi.it" width="180"></a></p>
<p>Buongiorno,</p>
<p>il suo servizio di piatti (ordine 306-5240076-6617790) è stato consegnato la settimana scorsa. Se lo desidera, può lasciare una recensione sulla <a href="https://www.amazon.it/review/create-review?asin=B0C8W1T5HF">pagina delle recensioni Amazon del servizio di piatti</a>.</p>
<p>Ceramiche Rinaldi</p>""", "306-5240076-6617790", ["BSM302", "BSM304"], "Shop logo linked to the seller's website.")

_m(50, "delivery-delay", "html", "Ordine 306-8873315-0426641: aggiornamento",
"""<p>Buongiorno signor Pellegrini,</p>
<p>la sua stufetta elettrica (ordine 306-8873315-0426641) partirà il 15 dicembre anziché il 9, a causa di un ritardo del fornitore.</p>
<p>Ci scusiamo per l'attesa,<br>Clima Casa Veneto</p>
<img src="https://trk.mailflow-tools.it/open.gif?cid=8841&amp;uid=306-8873315-0426641" width="1" height="1" alt="">""", "306-8873315-0426641", ["BSM307", "BSM402"], "Tracking pixel with empty alt.")
