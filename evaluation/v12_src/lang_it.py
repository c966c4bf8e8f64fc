# -*- coding: utf-8 -*-
"""v12 blind evaluation set: Italian (it-IT)."""

LANG = "it"
LOCALE = "it-IT"


def _oid(n):
    a = (6402187 + n * 8923) % 10_000_000
    b = (1938470 + n * 130363) % 10_000_000
    return "434-%07d-%07d" % (a, b)


O = {n: _oid(n) for n in range(1, 51)}

MESSAGES = []


def _m(n, typ, fmt, subject, body, expected, note):
    MESSAGES.append({
        "id": "v12-it-%03d" % n,
        "language": LANG,
        "locale": LOCALE,
        "type": typ,
        "format": fmt,
        "subject": subject,
        "body": body,
        "order_id": O[n],
        "expected": sorted(expected),
        "note": note,
    })


# ---------------------------------------------------------------- clean (1-17)

_m(1, "delivery-delay", "text",
   "Ordine %s: nuova data di spedizione" % O[1],
   """Gentile signora Bianchi,

le scriviamo a proposito dell'ordine %s. Il servizio di piatti in ceramica di Vietri che ha scelto viene dipinto a mano pezzo per pezzo e, a causa di una seconda cottura resa necessaria da un difetto di smaltatura, non sarà pronto prima di giovedì 17 dicembre.

La spedizione avverrà quindi venerdì 18 dicembre, circa dieci giorni dopo rispetto a quanto indicato nella scheda del prodotto. Ci scusiamo per l'attesa.

Cordiali saluti,
Gennaro Esposito
Ceramiche Esposito – Vietri sul Mare""" % O[1],
   [], "Plain-text delivery delay with a new dispatch date.")

_m(2, "delivery-delay", "html",
   "Aggiornamento sui tempi del suo ordine %s" % O[2],
   """<table width="100%%" cellpadding="10" cellspacing="0">
<tr><td>
<p>Buongiorno sig. Ferraro,</p>
<p>purtroppo la <strong>macchina per la pasta Imperia Titania</strong> del suo ordine %s arriverà nel nostro magazzino di Lodi solo <strong>lunedì 14 dicembre</strong>, per un ritardo del fornitore.</p>
<p>Contiamo di affidarla al corriere entro martedì 15 dicembre, invece che entro il 9 dicembre come previsto.</p>
<p>Ci scusiamo per il disagio.</p>
<p>Un cordiale saluto,<br>Chiara Sala<br>Ufficio ordini – CasaCucina Lodi</p>
<p><small>CasaCucina S.r.l. – Viale Piacenza 41, 26900 Lodi (LO)</small></p>
</td></tr>
</table>""" % O[2],
   [], "Builder HTML delivery delay; 'will hand to the courier' is a future date, not a confirmation.")

_m(3, "order-problem", "text",
   "[Importante] Ordine %s non evadibile – importo rimborsato" % O[3],
   """Gentile sig.ra Colombo,

siamo spiacenti di comunicarle che non possiamo evadere l'ordine %s: le lenzuola in lino color salvia in misura matrimoniale sono risultate esaurite durante l'inventario e il produttore non ne prevede una nuova tiratura.

Abbiamo già rettificato l'intero importo dell'ordine (89,00 €) indicando come motivo la mancanza di disponibilità a magazzino. Il rimborso verrà accreditato sul metodo di pagamento utilizzato nei prossimi giorni lavorativi; non deve fare nulla.

Ci scusiamo sinceramente,
Francesca Rota
Tessiture Rota, Como""" % O[3],
   [], "Order problem with [Importante]: amount adjusted for no stock, critical type so clean.")

_m(4, "additional-information", "text",
   "Ordine %s – ci serve la misura del polso" % O[4],
   """Buongiorno Marco,

per realizzare il bracciale in cuoio intrecciato del suo ordine %s abbiamo bisogno della circonferenza del polso in centimetri. Basta un metro da sarta, appena sopra l'osso del polso, senza stringere.

Appena riceviamo la misura, mettiamo il bracciale in lavorazione.

Grazie,
Duccio
Bottega del Cuoio, Firenze""" % O[4],
   [], "Request for information (wrist size) needed to make the item.")

_m(5, "return-follow-up", "text",
   "Reso dell'ordine %s: una proposta" % O[5],
   """Gentile sig. Greco,

abbiamo letto la sua richiesta di reso per lo zaino dell'ordine %s: la cerniera della tasca frontale si inceppa.

Se preferisce tenere lo zaino, possiamo proporle un rimborso parziale di 15,00 € sul prezzo pagato: ci basta una sua conferma in risposta a questo messaggio. Se invece vuole procedere con il reso completo, nessun problema, gestiremo la pratica come richiesto.

Cordiali saluti,
Servizio clienti Zaini Dolomiti""" % O[5],
   [], "Return follow-up offering a partial refund.")

_m(6, "return-follow-up", "text",
   "Ordine %s – informazione per il reso" % O[6],
   """Buongiorno,

per completare il reso delle cuffie dell'ordine %s ci serve sapere se la confezione originale è ancora integra, con sigillo e accessori, oppure se è stata aperta: la procedura cambia a seconda del caso.

Ci risponda pure qui con un sì o un no, e le indicheremo come procedere.

Grazie e buona giornata,
Assistenza AudioPiù""" % O[6],
   [], "Return follow-up asking for information needed to complete the return.")

_m(7, "invoice", "text",
   "Fattura n. FT 2026/0873/E – ordine %s" % O[7],
   """Spettabile Studio Conti & Associati,

in allegato trovate la fattura n. FT 2026/0873/E del 2 dicembre 2026 relativa all'ordine %s (2 sedie ergonomiche, 398,00 € IVA inclusa, di cui 71,77 € di IVA al 22%%). La fattura elettronica è stata trasmessa anche allo SDI con il vostro codice destinatario.

Dati dell'emittente:
Arredo Ufficio Brianza S.r.l.
Via Vittorio Emanuele II 118, 20821 Meda (MB)
P.IVA 03841520987 – C.F. 03841520987
REA MB-1876543 – Cap. soc. 10.000,00 € i.v.

Distinti saluti,
Amministrazione – Arredo Ufficio Brianza""" % O[7],
   [], "Invoice with P.IVA, REA and a slashed invoice number: no phone numbers.")

_m(8, "review-request", "text",
   "Com'è andata con l'olio? (ordine %s)" % O[8],
   """Buongiorno sig.ra Lombardi,

l'olio extravergine del suo ordine %s le è stato consegnato da qualche giorno. Quando avrà avuto modo di assaggiarlo, ci farebbe piacere leggere la sua opinione su Amazon: le recensioni, di qualunque tenore, aiutano chi deve ancora scegliere.

Può lasciarla dalla sezione «I miei ordini» del suo account.

Un caro saluto dalla Sabina,
Oleificio Pietrantoni""" % O[8],
   [], "Neutral plain-text review request.")

_m(9, "review-request", "html",
   "La sua opinione sull'ordine %s" % O[9],
   """<p><img src="https://img.mailcdn.eu/u/60214/logo-cartoleria-fabbri.png" alt="Logo Cartoleria Fabbri Bologna" width="170" height="56"></p>
<p>Gentile sig. Marchetti,</p>
<p>da una settimana ha ricevuto l'agenda in pelle del suo ordine %s. Se ha già avuto modo di usarla, la sua esperienza può essere utile ad altri clienti.</p>
<p>Per scriverla: <a href="https://www.amazon.it/review/review-your-purchases/?_encoding=UTF8&amp;asin=B0B9QZ7T2M">scrivi una recensione dell'agenda su Amazon</a>.</p>
<p>Cordialmente,<br>Elena Fabbri<br>Cartoleria Fabbri, Bologna</p>""" % O[9],
   [], "HTML review request with shop logo (alt names shop) and descriptive https Amazon link.")

_m(10, "delivery-scheduling", "text",
   "Consegna dell'armadio – ordine %s" % O[10],
   """Buongiorno sig. Rinaldi,

l'armadio a quattro ante del suo ordine %s pesa 176 kg e verrà consegnato al piano dai nostri trasportatori, che si occupano anche del montaggio. Per questo dobbiamo concordare un appuntamento. Le proponiamo:

1) mercoledì 16 dicembre, fascia 8:00–12:00
2) giovedì 17 dicembre, fascia 14:00–18:00
3) lunedì 21 dicembre, fascia 8:00–12:00

Ci indichi la fascia che preferisce e ci dica se lo stabile ha l'ascensore.

Cordiali saluti,
Logistica – Mobili Gatti, Pesaro""" % O[10],
   [], "Delivery scheduling with time windows written 8:00-12:00.")

_m(11, "home-service-appointment", "text",
   "Montaggio della cucina – ordine %s" % O[11],
   """Gentile sig.ra Gallo,

con l'ordine %s ha acquistato anche il servizio di montaggio della cucina componibile. Il nostro montatore, Alessio, è disponibile nelle seguenti date:

- martedì 15 dicembre alle 8:30
- venerdì 18 dicembre alle 13:30

Il montaggio richiede circa cinque ore. Le chiediamo di confermarci una delle due date rispondendo a questo messaggio.

Distinti saluti,
Servizi a domicilio – CucineSubito""" % O[11],
   [], "Home-service appointment (kitchen assembly) with two slots.")

_m(12, "custom-design-verification", "text",
   "Bozza grafica delle partecipazioni – ordine %s" % O[12],
   """Ciao Giulia,

in allegato trovi la bozza delle partecipazioni di nozze del tuo ordine %s (file: bozza_partecipazioni_Giulia_Andrea_v2.pdf).

Controlla per favore con calma:
- nomi e cognomi degli sposi;
- data e ora: sabato 5 giugno 2027, ore 11:00;
- indirizzo della chiesa e del ristorante.

Se è tutto giusto scrivici «approvata» e mandiamo in stampa; altrimenti indicaci pure le correzioni.

A presto,
Serena – Carta & Inchiostro, Treviso""" % O[12],
   [], "Design proof with a PDF attached and details to verify.")

_m(13, "fulfillment-question", "text",
   "Consegna ordine %s – accesso al cortile" % O[13],
   """Buongiorno sig. Moretti,

per la consegna della stufa a pellet del suo ordine %s il nostro corriere deve entrare con il furgone nel cortile interno di via San Vitale. Potrebbe indicarci il codice del cancello carrabile e il nominativo sul citofono?

Nella risposta riporti per favore il riferimento di consegna DDT 2026/4471 e la pratica n. 88-317: ci aiutano ad abbinare le informazioni alla consegna giusta.

Grazie mille,
Ufficio logistica – Calore Casa""" % O[13],
   [], "Gate-code question with reference numbers that are not phone numbers.")

_m(14, "reply", "text",
   "Re: Domanda sulla borraccia – ordine %s" % O[14],
   """Buongiorno,

sì, la «Edelstahl Trinkflasche Bergsport 750 ml» del suo ordine %s è in acciaio inox 18/8 ed è adatta anche alle bevande gassate. Il tappo, invece, non va in lavastoviglie.

Un saluto,
Davide – Alpen Outdoor Bolzano""" % O[14],
   [], "Reply quoting a German product title inside Italian sentences.")

_m(15, "reply", "text",
   "Re: Friggitrice che non si accende (%s)" % O[15],
   """Gentile sig. Costa,

ci dispiace per l'inconveniente con la friggitrice ad aria del suo ordine %s.

Il prodotto è coperto dalla garanzia del produttore per 24 mesi. Per attivare l'assistenza in garanzia può chiamare il numero verde del produttore Cucinella Elettrodomestici, dedicato alle riparazioni in garanzia: 800 913 247, attivo dal lunedì al venerdì dalle 9:00 alle 18:00. Tenga a portata di mano il numero di serie riportato sotto l'apparecchio.

Cordiali saluti,
Tecnomarket Salerno""" % O[15],
   [], "Reply giving the manufacturer's warranty toll-free number, marked as such.")

_m(16, "reply", "html",
   "Re: Tempi di lavorazione – ordine %s" % O[16],
   """<p>Buongiorno sig.ra De Luca,</p>
<p>le tende su misura del suo ordine %s vengono confezionate nel nostro laboratorio in circa sei giorni lavorativi. La tela è 100%% cotone e può essere lavata a 30 gradi.</p>
<p>Resto a disposizione per altre domande sulle misure.</p>
<p>Cordiali saluti,<br>Roberta Lanzetti<br>Titolare</p>
<p><small>Sartoria Lanzetti di Roberta Lanzetti · Corso Garibaldi 76, 43121 Parma (PR) · P.IVA 02718450346 · C.F. LNZRRT78C52G337K · REA PR-254190</small></p>""" % O[16],
   [], "Reply with an Italian company-details footer (P.IVA, codice fiscale, REA).")

_m(17, "reply", "text",
   "Re: Stato del rimborso – ordine %s" % O[17],
   """Buongiorno sig. Villa,

ecco il riepilogo del suo reso:

• numero di autorizzazione al reso: RMA 2026-1934
• spedizione di reso BRT n. 0612 0045 8831 2207
• arrivato al nostro magazzino di Bergamo il 2 dicembre alle 11:47
• rimborso di 56,40 € (importo dell'ordine %s meno 5,90 € di spese di reso) emesso il 3 dicembre

A seconda della banca, l'accredito può richiedere fino a 5 giorni lavorativi.

Cordiali saluti,
Assistenza clienti – Ferramenta Orobica""" % O[17],
   [], "Reply with return and tracking numbers, dates, times and amounts.")

# ------------------------------------------------------------ violations (18-48)

_m(18, "fulfillment-question", "text",
   "Il suo pacco è partito – ordine %s" % O[18],
   """Buongiorno sig.ra Fontana,

le comunichiamo che il set di pentole del suo ordine %s è uscito stamattina dal nostro deposito di Piacenza ed è già nelle mani di GLS. Lo riceverà entro 48 ore.

Cordiali saluti,
Pentole & Co.""" % O[18],
   ["BSM201"], "Shipping confirmation: parcel left the depot and is with the courier.")

_m(19, "additional-information", "text",
   "Abbiamo preso in carico il suo ordine %s" % O[19],
   """Buongiorno,

il suo ordine %s (3 confezioni di caffè in grani, miscela Napoli) è arrivato a noi correttamente ed è già in preparazione nel nostro reparto spedizioni.

Buon caffè,
Torrefazione Moka Sud""" % O[19],
   ["BSM201"], "Order received and being prepared: an order confirmation.")

_m(20, "fulfillment-question", "text",
   "Grazie di cuore – ordine %s" % O[20],
   """Cara cliente, caro cliente,

volevamo semplicemente ringraziarla per aver scelto i nostri saponi naturali con l'ordine %s. Per un piccolo laboratorio come il nostro ogni ordine è una festa.

Grazie ancora,
Antonella e Pino – Saponeria del Lago""" % O[20],
   ["BSM202"], "Thanks-only message.")

_m(21, "reply", "text",
   "Ordine %s" % O[21],
   """Buongiorno sig. Barbieri,

le scriviamo solo per farle sapere che, per qualsiasi necessità legata al suo ordine %s, il nostro staff è sempre pronto a darle una mano.

Cordialità,
Team Elettronica Riva""" % O[21],
   ["BSM202"], "Only offers help should something come up.")

_m(22, "delivery-delay", "text",
   "Ordine %s: piccolo ritardo" % O[22],
   """Gentile sig.ra Testa,

il maglione in cashmere del suo ordine %s partirà sabato 19 dicembre invece che il 12, perché la tintura del filato ha richiesto più tempo. Ci scusiamo per l'attesa.

Un saluto,
Maglificio Valsesia

PS: fino al 6 gennaio tutto il catalogo è scontato del 20%% inserendo il codice INVERNO20 al momento dell'acquisto.""" % O[22],
   ["BSM203"], "Valid delay with a P.S. promoting 20 percent off the whole catalogue.")

_m(23, "review-request", "html",
   "Ordine %s – ci dice la sua?" % O[23],
   """<p>Buongiorno,</p>
<p>la lampada da tavolo del suo ordine %s è arrivata da circa una settimana. Se le va, lasci una recensione su Amazon: ogni parere, positivo o critico, è utile.</p>
<p>E se vuole restare aggiornato, ci trova su Instagram e Facebook come LuceNovaDesign; a gennaio presenteremo la nuova collezione di lampade a sospensione e gli iscritti alla nostra newsletter la vedranno in anteprima.</p>
<p>Luce Nova Design</p>""" % O[23],
   ["BSM203"], "Neutral review request plus follow us, newsletter and new-collection teaser.")

_m(24, "review-request", "text",
   "Un pensiero per lei – ordine %s" % O[24],
   """Gentile sig. Mariani,

speriamo che il set di coltelli del suo ordine %s la soddisfi.

Quando la sua recensione sarà visibile su Amazon, ci scriva il nome con cui l'ha pubblicata: come ringraziamento le spediremo un piccolo omaggio, il nostro tagliere in ulivo.

A presto,
Coltellerie Maniago Berti""" % O[24],
   ["BSM204"], "A gift promised once the review is published.")

_m(25, "review-request", "text",
   "Ordine %s: prodotto gratis in cambio di un parere" % O[25],
   """Buongiorno,

stiamo raccogliendo le prime recensioni per il nostro nuovo spazzolino sonico. Scriva la sua su Amazon e, non appena sarà pubblicata, le restituiremo per intero i 34,90 € dell'ordine %s.

Grazie per il supporto,
DentiBianchi Italia""" % O[25],
   ["BSM204"], "Full refund as soon as the review is online.")

_m(26, "reply", "text",
   "La sua recensione sul tostapane – ordine %s" % O[26],
   """Gentile sig.ra Ricci,

abbiamo letto la sua recensione a una stella sul tostapane dell'ordine %s. Il difetto al timer dipendeva da un lotto che abbiamo ritirato, e le abbiamo già proposto la sostituzione gratuita.

Visto che il problema è chiarito, sarebbe disposta a modificare il voto o a cancellare la recensione? Per un piccolo negozio fa una grande differenza.

Cordiali saluti,
Casalinghi Morandi""" % O[26],
   ["BSM205"], "Asks to edit or delete an existing one-star review.")

_m(27, "review-request", "text",
   "Ordine %s – la sua esperienza" % O[27],
   """Gentile sig. Cattaneo,

il materasso in memory del suo ordine %s è con lei da qualche notte.

Se è soddisfatto, ci farebbe un grande piacere se lo raccontasse in una recensione su Amazon. Se invece qualcosa non la convince, prima di scrivere recensioni contatti noi: troveremo insieme una soluzione.

Sogni d'oro,
Materassi Dormibene""" % O[27],
   ["BSM206"], "Review only if satisfied; dissatisfied buyers steered to the seller.")

_m(28, "review-request", "text",
   "Ordine %s – un piccolo favore" % O[28],
   """Ciao Luca!

Speriamo che il gioco da tavolo «I Mercanti di Venezia» del tuo ordine %s stia animando le serate.

Per noi piccoli editori il punteggio pieno su Amazon fa tutta la differenza: se ci lasci cinque stelline ci aiuti tantissimo.

Un abbraccio,
Edizioni Laguna""" % O[28],
   ["BSM206"], "Asks for a five-star rating.")

_m(29, "order-problem", "text",
   "Ordine %s – articolo esaurito" % O[29],
   """Gentile sig.ra Pellegrini,

l'abito da cerimonia taglia 42 del suo ordine %s è purtroppo esaurito e il fornitore non lo produrrà più. Abbiamo quindi rettificato l'intero importo dell'ordine per mancanza di disponibilità.

Per chiudere la pratica nel modo più rapido, le consigliamo di richiedere lei stessa l'annullamento dalla pagina «I miei ordini» su Amazon.

Con rammarico,
Atelier Sposa Chic""" % O[29],
   ["BSM108"], "Adjustment confirmed, but the buyer is advised to cancel herself for lack of stock.")

_m(30, "order-problem", "text",
   "Problema con l'ordine %s" % O[30],
   """Buongiorno sig. Guerra,

il robot tagliaerba del suo ordine %s non è più disponibile: l'ultimo pezzo è stato venduto in negozio proprio lo stesso giorno.

Le saremmo grati se potesse inoltrare lei una richiesta di annullamento tramite il suo account Amazon.

Ci scusiamo,
Garden Center Il Glicine""" % O[30],
   ["BSM107", "BSM108"], "Out of stock, asks the buyer to cancel, no adjustment confirmed.")

_m(31, "review-request", "text",
   "La sua opinione – ordine %s" % O[31],
   """Buongiorno,

le marmellate del suo ordine %s sono arrivate la scorsa settimana. Una recensione su Amazon, di qualsiasi tipo, aiuta altri clienti nella scelta.

Non vuole più ricevere comunicazioni da noi? Risponda con la parola CANCELLAMI e la toglieremo dai nostri invii.

Dolci saluti,
Conserve della Nonna Lina""" % O[31],
   ["BSM305"], "Neutral review request with a reply-to-opt-out instruction.")

_m(32, "reply", "text",
   "Re: Pacco ancora non arrivato – ordine %s" % O[32],
   """Buongiorno sig. Marino,

ha ragione ad arrabbiarsi. Quel cazzo di corriere ha perso altri tre pacchi questa settimana, compreso il suo (ordine %s): da loro è un casino totale, che schifo.

Le rispediamo il fanale della bici lunedì, a spese nostre.

Fabio – Bici Luce""" % O[32],
   ["BSM306"], "Italian profanity in a seller reply.")

_m(33, "delivery-delay", "text",
   "Lieferverzögerung Bestellung %s" % O[33],
   """Sehr geehrte Kundin, sehr geehrter Kunde,

die Wanduhr aus Ihrer Bestellung %s wird erst am Freitag, 18. Dezember, statt am 9. Dezember versendet, da unser Lieferant in Südtirol einen Produktionsrückstand hat.

Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen
Uhrmacherei Pichler, Meran""" % O[33],
   ["BSM104"], "Delivery delay written entirely in German to an Italian buyer.")

_m(34, "reply", "text",
   "Re: Misure del tappetino – ordine %s" % O[34],
   """Buongiorno sig.ra Caruso,

il tappetino yoga del suo ordine %s misura 183 × 61 cm, con 6 mm di spessore. Se preferisce parlarne a voce, mi chiami pure al 347 812 5590, di solito rispondo al mattino.

Namasté,
Silvia – Yoga Natura""" % O[34],
   ["BSM309"], "Seller's mobile number in Italian national format.")

_m(35, "delivery-scheduling", "text",
   "Consegna della stufa – ordine %s" % O[35],
   """Buongiorno sig. Ferri,

la stufa a legna del suo ordine %s (152 kg) viaggia su bancale con sponda idraulica. Il nostro autista può passare lunedì 14 o martedì 15 dicembre, dalle 7:00 alle 12:00.

Per fissare il giorno faccia prima a telefonare al nostro ufficio spedizioni, +39 0471 928 304; altrimenti ci risponda qui.

Cordiali saluti,
Termocamini Adige""" % O[35],
   ["BSM309"], "Seller's dispatch number in international +39 format.")

_m(36, "reply", "text",
   "Re: Fattura intestata – ordine %s" % O[36],
   """Buongiorno sig. Santoro,

certo, possiamo reintestare la fattura dell'ordine %s alla sua associazione. Mi mandi i dati completi a amministrazione@cartotecnica-santini.it e provvedo in giornata.

Cordiali saluti,
Marta Santini
Cartotecnica Santini""" % O[36],
   ["BSM308"], "Plain e-mail address in a reply.")

_m(37, "additional-information", "text",
   "Foto per il ritratto – ordine %s" % O[37],
   """Gentile sig.ra Monti,

per dipingere il ritratto del suo gatto (ordine %s) mi servono due o tre foto nitide, frontale e di profilo.

Siccome i file sono spesso troppo pesanti per la messaggistica, può inviarli a studio chiocciola ritrattidimara punto it, indicando il suo nome.

Grazie!
Mara – Ritratti di Mara""" % O[37],
   ["BSM308"], "Obfuscated e-mail address with 'chiocciola' and 'punto'.")

_m(38, "reply", "html",
   "Re: Cura del tagliere – ordine %s" % O[38],
   """<p>Buongiorno sig. Vitale,</p>
<p>per il tagliere in noce del suo ordine %s basta un olio alimentare una volta al mese. Abbiamo raccolto tutti i consigli nella nostra <a href="https://www.legnoebottega.it/consigli/cura-taglieri">guida alla manutenzione dei taglieri in legno</a>.</p>
<p>Buona cucina,<br>Legno e Bottega</p>""" % O[38],
   ["BSM302"], "Descriptive https link to the seller's own site, not needed for the order.")

_m(39, "return-follow-up", "html",
   "Il suo reso – ordine %s" % O[39],
   """<p>Gentile sig.ra Martini,</p>
<p>per completare il reso delle scarpe del suo ordine %s ci serve sapere se preferisce il cambio con il numero 38 o il rimborso.</p>
<p>Può controllare lo stato della richiesta nella <a href="http://www.amazon.it/gp/css/returns/homepage.html">pagina dei resi su Amazon</a>.</p>
<p>Cordiali saluti,<br>Calzature Martini</p>""" % O[39],
   ["BSM301"], "Descriptive link to Amazon over plain http.")

_m(40, "review-request", "html",
   "Il suo plaid – ordine %s" % O[40],
   """<p>Buongiorno,</p>
<p>è passata una settimana da quando il plaid del suo ordine %s le è stato consegnato. Se ha qualche minuto, la sua recensione su Amazon sarà utile ad altri acquirenti.</p>
<p><img src="https://img.mailcdn.eu/u/60877/plaid-lana-cotta-grigio-130x170.jpg" alt="Plaid in lana cotta grigio 130 x 170 cm" width="300" height="225"></p>
<p>Un caro saluto,<br>Lanificio Val Seriana</p>""" % O[40],
   ["BSM310"], "Embeds a photo of the purchased blanket.")

_m(41, "delivery-delay", "html",
   "Ordine %s: un po' di pazienza" % O[41],
   """<p>Gentile sig. Leone,</p>
<p>le luci natalizie del suo ordine %s partiranno giovedì 17 dicembre invece che l'11, a causa del picco di richieste delle feste.</p>
<p><img src="https://images.stockphoto-eu.com/mare/spiaggia-tramonto-palme.jpg" alt="Spiaggia con palme al tramonto" width="380" height="250"></p>
<p>Ci scusiamo per l'attesa,<br>Luminarie Festa</p>""" % O[41],
   ["BSM311"], "Stock beach image unrelated to the shop.")

_m(42, "delivery-delay", "html",
   "Ordine %s – nuova data di spedizione" % O[42],
   """<p><img src="https://img.mailcdn.eu/u/61102/logo-erboristeria-san-marco.png" width="150" height="50"></p>
<p>Buongiorno sig.ra Gentile,</p>
<p>le tisane del suo ordine %s verranno spedite lunedì 14 dicembre: la camomilla del nostro fornitore è stata raccolta più tardi quest'anno.</p>
<p>Cordiali saluti,<br>Erboristeria San Marco</p>""" % O[42],
   ["BSM402"], "Shop logo image with no alt attribute at all.")

_m(43, "review-request", "text",
   "Ordine %s – ci racconti? ☕" % O[43],
   """Ciao Francesca!

La tua moka nuova è arrivata da una settimana (ordine %s) 🎉 Se hai due minuti, una recensione su Amazon ci aiuta moltissimo.

Un abbraccio,
Vale di Caffè&Co""" % O[43],
   ["BSM403"], "Emoji in subject and body of a familiar review request.")

_m(44, "reply", "text",
   "Re: Colore del filato – ordine %s" % O[44],
   """Buongiorno sig.ra Rizzo,

sì, il cotone da ricamo del suo ordine %s è a colori solidi: può lavarlo a 40 gradi senza problemi ;-)

Buon ricamo!
Merceria Centrale""" % O[44],
   ["BSM403"], "Winking ASCII emoticon in an otherwise clean reply.")

_m(45, "delivery-delay", "html",
   "Ritardo di spedizione – ordine %s" % O[45],
   """<style>
h1 { font-size: 24px; }
.saluto { font-size: 17px; }
.corpo { font-size: 14px; }
.nota { font-size: 10px; }
</style>
<h1>Informazioni sul suo ordine</h1>
<p class="saluto">Gentile sig. Parisi,</p>
<p class="corpo">la caffettiera del suo ordine %s sarà spedita martedì 15 dicembre, perché il riassortimento è in ritardo.</p>
<p class="nota">Casa del Caffè S.r.l. – Via Toledo 210, 80134 Napoli (NA)</p>""" % O[45],
   ["BSM410"], "Style block setting four explicit font sizes.")

_m(46, "additional-information", "html",
   "Incisione del ciondolo – ordine %s" % O[46],
   """<p>Gentile sig.ra Amato,</p>
<p>per incidere il ciondolo del suo ordine %s ci conferma il nome esatto, con o senza accento?</p>
<p></p>
<p>&nbsp;</p>
<p>Attendiamo la sua risposta per avviare la lavorazione.</p>
<p>Gioielli Aurora</p>""" % O[46],
   ["BSM412"], "Empty paragraphs between paragraphs create extra line breaks.")

_m(47, "invoice", "text",
   "[Importante] Fattura ordine %s" % O[47],
   """Buongiorno,

in allegato la fattura n. 2026/1544 relativa all'ordine %s (aspirapolvere senza filo, 219,00 € IVA inclusa).

Emittente: Elettrodomestici Conte S.n.c., Via Roma 9, 10121 Torino (TO), P.IVA 09127640015.

Cordiali saluti,
Ufficio amministrativo""" % O[47],
   ["BSM110"], "[Importante] tag on an invoice, which is not critical.")

_m(48, "return-follow-up", "text",
   "Reso della giacca – ordine %s" % O[48],
   """Buongiorno sig. Bruno,

per completare il reso della giacca del suo ordine %s ci serve il motivo: taglia, colore o difetto?

Può indicarlo direttamente qui:
https://www.amazon.it/gp/css/returns/homepage.html

Grazie,
Moda Bruno & Figli""" % O[48],
   ["BSM401"], "Bare Amazon URL as link text in a plain-text message.")

# ------------------------------------------------------------- varying (49-50)

_m(49, "delivery-delay", "html",
   "Ordine %s: spedizione posticipata" % O[49],
   """<p>Gentile sig.ra Longo,</p>
<p>la confezione regalo di tè del suo ordine %s partirà venerdì 18 dicembre anziché il 10, perché le scatole in latta ci sono arrivate con una settimana di ritardo.</p>
<p>Ci scusiamo per l'inconveniente,<br>La Teiera di Trieste</p>
<img src="https://trk.newsmailer.it/open.gif?cid=88412&amp;uid=5501927" width="1" height="1" alt="">""" % O[49],
   ["BSM307", "BSM402"], "1x1 tracking pixel with tracking parameters and empty alt.")

_m(50, "delivery-delay", "html",
   "Nuova data di spedizione – ordine %s" % O[50],
   """<p><a href="https://www.tendeborghi.it"><img src="https://img.mailcdn.eu/u/61450/logo-tende-borghi.png" alt="Tende Borghi, sito del negozio" width="160" height="54"></a></p>
<p>Gentile sig. Neri,</p>
<p>le tende su misura del suo ordine %s richiedono due giorni di cucitura in più: partiranno mercoledì 16 dicembre invece di lunedì 14.</p>
<p>Grazie per la comprensione,<br>Tende Borghi</p>""" % O[50],
   ["BSM302", "BSM304"], "Shop logo wrapped in a link to the shop's website.")
