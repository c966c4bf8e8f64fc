# -*- coding: utf-8 -*-
"""v17 blind evaluation set, Italian (it). Standard library only, deterministic."""

LANG = "it"
PREFIX = "484"


def _order(n):
    mid = (n * 6183427 + 2718281) % 9000000 + 1000000
    end = (n * 4409113 + 3141592) % 9000000 + 1000000
    return "%s-%07d-%07d" % (PREFIX, mid, end)


MESSAGES = []


def _m(n, typ, fmt, subject, body, expected, note, locale="it-IT"):
    o = _order(n)
    subject = subject.replace("{o}", o)
    body = body.strip("\n").replace("{o}", o)
    MESSAGES.append({
        "id": "v17-%s-%03d" % (LANG, n),
        "language": LANG,
        "locale": locale,
        "type": typ,
        "format": fmt,
        "subject": subject,
        "body": body,
        "order_id": o,
        "expected": sorted(expected),
        "note": note,
    })


# ---------------------------------------------------------------- clean (17)

_m(1, "delivery-delay", "text", "Ordine {o}: piccolo ritardo", """
Gentile signora Bianchi,

le scrivo in merito all'ordine {o} (servizio da caffè in ceramica di Deruta, 6 tazzine).

Il nostro decoratore ha avuto un imprevisto familiare e la spedizione slitterà a giovedì 17 dicembre, anziché lunedì 14 come indicato. Con i tempi del corriere dovrebbe arrivarle entro il 21.

Ci scusiamo per l'attesa e la ringraziamo per la pazienza.

Un cordiale saluto,
Francesca Lupi
Ceramiche Lupi, Deruta
""", [], "Clean plain-text delivery delay with a new dispatch date.")

_m(2, "delivery-delay", "html", "Aggiornamento sull'ordine {o}", """
<p>Buongiorno,</p>
<p>la contattiamo per l'ordine <strong>{o}</strong>.</p>
<p>Il lotto di olio extravergine novello che ha scelto è ancora in fase di imbottigliamento al frantoio: preferiamo aspettare qualche giorno piuttosto che spedirle un prodotto non al meglio.</p>
<table>
<tr><td>Spedizione prevista</td><td>9 dicembre 2026</td></tr>
<tr><td>Nuova data di spedizione</td><td>15 dicembre 2026</td></tr>
<tr><td>Consegna stimata</td><td>17-18 dicembre 2026</td></tr>
</table>
<p>Grazie per la comprensione,<br>Marco Ferri<br><small>Frantoio Colle Ferri, Spoleto (PG)</small></p>
""", [], "Clean builder-style HTML delay with an unstyled table.")

_m(3, "order-problem", "text", "[Importante] Ordine {o} non evadibile", """
Gentile cliente,

purtroppo non siamo in grado di spedire il tostapane a 4 fette del suo ordine {o}: l'ultimo pezzo disponibile è risultato danneggiato durante il controllo in magazzino.

Abbiamo quindi rettificato l'importo totale dell'ordine, pari a 58,40 €, indicando come motivo "articolo non disponibile" (NoInventory). Il rimborso le verrà accreditato sul metodo di pagamento utilizzato, senza che lei debba fare nulla.

Ci scusiamo sinceramente per il disagio.

Servizio clienti
Casalinghi Moretti
""", [], "Clean order problem with [Importante] tag, confirming the full amount adjusted as NoInventory.")

_m(4, "additional-information", "text", "Personalizzazione tazza - ordine {o}", """
Ciao Giulia,

grazie per l'ordine {o}! Per la tazza personalizzata ci è arrivato il nome, ma manca la data da stampare sotto.

Ci scrivi qui in risposta:
- la data nel formato che preferisci (es. 12.09.2026 oppure 12 settembre 2026);
- se la vuoi in corsivo o in stampatello.

Appena abbiamo i dati, la tazza va in stampa.

A presto,
Sara - Tazze & Sorrisi
""", [], "Clean request for personalisation details needed to complete the order.")

_m(5, "return-follow-up", "text", "Il suo reso - ordine {o}", """
Buongiorno signor Colombo,

abbiamo letto la sua richiesta di reso per lo zaino dell'ordine {o}: la cerniera della tasca frontale si inceppa, mentre il resto è a posto.

Se le va bene, anziché farci rispedire tutto, possiamo offrirle un rimborso parziale di 12,00 € e lei tiene lo zaino. Basta una risposta con "va bene" e procediamo subito. Se invece preferisce il reso completo, nessun problema.

Cordiali saluti,
Davide Rinaldi
Borse Rinaldi Firenze
""", [], "Clean return follow-up offering a partial refund.")

_m(6, "return-follow-up", "text", "Reso ordine {o}: ci serve un dettaglio", """
Buongiorno,

la richiesta di reso per l'ordine {o} (giacca impermeabile, taglia L) è stata registrata.

Per completare la pratica il magazzino ci chiede di sapere se la giacca è stata indossata all'esterno o solo provata in casa, e se ha ancora il cartellino attaccato. Può indicarcelo rispondendo a questo messaggio?

Grazie mille,
Il team di Vento del Nord Outdoor
""", [], "Clean return follow-up asking for information needed to complete the return.")

_m(7, "invoice", "text", "Fattura n. 2026/FE/0932 - ordine {o}", """
Buongiorno,

in allegato trova la fattura relativa all'ordine {o}.

Fattura n. 2026/FE/0932 del 03/12/2026
Imponibile: 81,97 €
IVA 22%: 18,03 €
Totale: 100,00 €

Emessa da: Legatoria Sanvito S.r.l., Via dei Mille 27, 10123 Torino (TO)
P.IVA IT 09876543210 - C.F. 09876543210
REA TO-1123456 - Cap. soc. 10.000,00 € i.v.

Cordiali saluti,
Ufficio amministrazione
""", [], "Clean invoice with slashed invoice number and Italian VAT, fiscal code and REA numbers.")

_m(8, "review-request", "text", "Com'è andata con l'ordine {o}?", """
Buongiorno,

la sua moka (ordine {o}) dovrebbe essere arrivata da una decina di giorni. Siamo una piccola bottega e ogni opinione, positiva o negativa che sia, ci aiuta a migliorare e aiuta altri clienti a scegliere.

Se ha un minuto, può lasciare una recensione dalla pagina del prodotto, passando da "I miei ordini" nel suo account Amazon.

Grazie per averci scelto,
Paolo, Bottega del Caffè Napoli
""", [], "Clean neutral review request in plain text.")

_m(9, "review-request", "html", "La sua opinione sull'ordine {o}", """
<p><img src="https://static.saponeriaveneta.it/email/logo-saponeria-veneta.png" alt="Logo Saponeria Veneta" width="150" height="50"></p>
<p>Gentile signora Ricci,</p>
<p>sono passati alcuni giorni dall'arrivo delle saponette artigianali (ordine {o}). Il suo parere, qualunque sia, per noi conta molto.</p>
<p>Se desidera condividerlo: <a href="https://www.amazon.it/review/create-review?asin=B0BZ7W3N1K">scrivi una recensione delle saponette su Amazon</a>.</p>
<p>Buona giornata,<br>Elena e Chiara<br><small>Saponeria Veneta, saponi a freddo dal 2012</small></p>
""", [], "Clean HTML review request with logo alt naming the shop and descriptive https Amazon link.")

_m(10, "delivery-scheduling", "text", "Consegna del divano - ordine {o}", """
Buongiorno signor Esposito,

il divano tre posti del suo ordine {o} (un collo da 74 kg) viene consegnato su appuntamento, al piano e nella stanza che preferisce.

Per la sua zona (Monza) il corriere ha queste disponibilità:
- martedì 15 dicembre, 9:00-13:00
- mercoledì 16 dicembre, 14:00-18:00
- venerdì 18 dicembre, 8:30-12:30

Ci fa sapere quale fascia preferisce, a che piano abita e se c'è l'ascensore?

Cordiali saluti,
Valentina Greco
Arredamenti Greco Brianza
""", [], "Clean scheduling of a bulky delivery with time slots.")

_m(11, "home-service-appointment", "html", "Appuntamento per il montaggio - ordine {o}", """
<p>Buongiorno,</p>
<p>per il montaggio della cucina acquistata con l'ordine {o}, il nostro tecnico Luca sarà nella sua zona la prossima settimana.</p>
<p>Orari disponibili:</p>
<ul>
<li>lunedì 14/12, ore 8:00-12:00</li>
<li>martedì 15/12, ore 13:00-17:00</li>
<li>giovedì 17/12, ore 8:00-12:00</li>
</ul>
<p>L'intervento dura circa mezza giornata. Ci basta una risposta con l'orario scelto.</p>
<p>A presto,<br>Ufficio montaggi, Cucine Bellini</p>
""", [], "Clean home-service appointment with time slots.")

_m(12, "custom-design-verification", "text", "Bozza della targa - ordine {o}", """
Buongiorno Alessandro,

in allegato trova la bozza grafica della targa in ottone del suo ordine {o}.

Prima di procedere all'incisione, controlli per favore:
- testo: "Studio Legale Avv. Marini";
- dimensioni: 30 x 20 cm;
- carattere: bastoni, maiuscolo.

Se va tutto bene, risponda "approvata". Altrimenti ci scriva le modifiche e le mandiamo una nuova bozza entro domani.

Saluti,
Roberto - Incisioni Artistiche Gatti
""", [], "Clean custom design proof to verify before engraving.")

_m(13, "fulfillment-question", "text", "Codice del cancello - ordine {o}", """
Buongiorno,

l'indirizzo di consegna dell'ordine {o} risulta all'interno di un complesso residenziale con cancello (pratica n. CON/2026/5521, cod. cliente 77-3041).

Potrebbe indicarci il codice del cancello e la scala o l'interno? Lo comunicheremo solo al corriere per questa consegna.

Grazie,
Ufficio logistica - Enoteca Barolo&Co
""", [], "Clean fulfillment question for a gate code with reference numbers.")

_m(14, "reply", "text", "Re: domanda sul macinino - ordine {o}", """
Buongiorno signora Fontana,

grazie della domanda. Il macinino che ha acquistato, la "Kaffeemühle Classic" di Zassenhaus, ha la macina in acciaio conico e si regola con la ghiera sotto la manovella. Il nome è in tedesco perché il produttore è di Solingen, ma il prodotto è lo stesso che vede nelle foto.

Per un espresso, la consigliamo quasi tutta chiusa, poi apra di uno scatto alla volta.

Buona giornata,
Giorgio, Torrefazione Sabatini
""", [], "Clean reply quoting a German product title inside Italian sentences.")

_m(15, "reply", "text", "Re: la friggitrice non si accende (ordine {o})", """
Gentile signor Marchetti,

ci dispiace per l'inconveniente. La friggitrice ad aria del suo ordine {o} è coperta dalla garanzia del produttore per 24 mesi.

Le riparazioni in garanzia sono gestite direttamente dal fabbricante: numero verde assistenza garanzia Cucinova (produttore) 800 912 345, dal lunedì al venerdì, 9:00-18:00. Tenga a portata di mano il numero di serie riportato sull'etichetta sotto l'apparecchio.

Se entro una settimana non riceve risposta, ci riscriva e ce ne occupiamo noi.

Cordiali saluti,
Andrea, Elettrodomestici Conti
""", [], "Clean reply with a phone number marked as the manufacturer's warranty line.")

_m(16, "reply", "text", "Re: Re: intestazione fattura - {o}", """
Buongiorno,

perfetto, provvediamo a riemettere la fattura dell'ordine {o} intestata alla sua società, con la sede legale che ci ha indicato. La riceverà tramite la messaggistica di Amazon entro lunedì.

Cordiali saluti,

Silvia Orlandi
Responsabile amministrativa

--
Cartoleria Orlandi S.n.c. di Orlandi Silvia & C.
Corso Garibaldi 88, 40121 Bologna (BO)
P.IVA 03456789012 - REA BO-512344
""", [], "Clean reply with an Italian company-details footer and no phone or e-mail.")

_m(17, "reply", "html", "Re: a che punto è il rimborso? {o}", """
<p>Buongiorno signor Gallo,</p>
<p>ecco lo stato del suo reso relativo all'ordine {o}:</p>
<ul>
<li>numero autorizzazione reso: RMA-2026-1184</li>
<li>tracking del pacco di reso: BRT 0512 8834 6610 27</li>
<li>pacco arrivato in magazzino martedì 1 dicembre alle 11:20</li>
<li>rimborso di 89,90 € disposto il 2 dicembre</li>
</ul>
<p>A seconda della banca, l'accredito compare in 3-5 giorni lavorativi.</p>
<p>Cordiali saluti,<br>Assistenza clienti, Ferramenta Zanetti</p>
""", [], "Clean reply with return and tracking numbers, dates, times and amounts.")

# ---------------------------------------------------------------- violations (31)

_m(18, "fulfillment-question", "text", "Il suo pacco è partito! Ordine {o}", """
Buongiorno,

il suo ordine {o} è uscito stamattina dal nostro magazzino di Bergamo ed è stato affidato a GLS. Di solito arriva in 24-48 ore.

A presto,
Il team di Pasta Fresca Online
""", ["BSM201"], "Shipment confirmation: left the warehouse and handed to the carrier.")

_m(19, "fulfillment-question", "html", "Abbiamo ricevuto il suo ordine {o}", """
<p>Gentile signora Conti,</p>
<p>il suo ordine {o} ci è arrivato e lo stiamo già preparando: la lampada è in fase di imballaggio.</p>
<p>Buona giornata,<br>Luci di Murano Shop</p>
""", ["BSM201"], "Order confirmation: received and being packed.")

_m(20, "fulfillment-question", "text", "Grazie di cuore - {o}", """
Ciao,

volevamo solo dirti grazie per l'ordine {o}. Per una piccola realtà come la nostra significa davvero tanto.

Un abbraccio,
Nonna Rosa Biscotti
""", ["BSM202"], "Thanks-only message.")

_m(21, "fulfillment-question", "text", "Ordine {o}", """
Gentile signor De Luca,

solo due righe per ricordarle che, se dovesse esserci qualsiasi intoppo con l'ordine {o}, siamo qui. Non esiti a scriverci.

Cordialmente,
Servizio clienti Utensili Ferraro
""", ["BSM202"], "Only says the seller is available if any problem comes up.")

_m(22, "delivery-delay", "text", "Ordine {o}: spedizione posticipata", """
Buongiorno,

il presepe in legno del suo ordine {o} partirà il 14 dicembre anziché il 9: il nostro intagliatore ha avuto più richieste del previsto. Ci scusiamo.

Cordiali saluti,
Arte Sacra Val Gardena

P.S. Fino a domenica c'è il 20% di sconto su tutto il catalogo natalizio: un'occasione per i regali!
""", ["BSM203"], "Delay notice with a promotional P.S. of 20 % off.")

_m(23, "reply", "text", "Re: vestibilità della camicia - {o}", """
Ciao Martina,

la camicia dell'ordine {o} veste regolare: se sei indecisa tra la S e la M, va bene la tua taglia abituale.

Ah, è appena uscita la nuova collezione primavera! Seguici su Instagram, ci trovi come "Lino e Limone", e iscriviti alla newsletter per essere la prima a vederla.

Un saluto,
Lino & Limone
""", ["BSM203"], "Reply inviting to follow the shop, subscribe to the newsletter and see the new collection.")

_m(24, "review-request", "text", "Ci racconti com'è andata? {o}", """
Buongiorno,

speriamo che il set di pennelli (ordine {o}) le stia dando soddisfazione.

Se trova un attimo per lasciare una recensione su Amazon, ci scriva quando è pubblicata: le invieremo un piccolo omaggio come ringraziamento per il tempo dedicato.

A presto,
Colori & Tele
""", ["BSM204"], "A small gift promised once the review is published.")

_m(25, "review-request", "text", "Ordine {o} - una proposta", """
Buongiorno signor Vitale,

le facciamo una proposta: appena la sua recensione del trapano è online, ci mandi uno screenshot e le rimborsiamo per intero l'ordine {o}. Il trapano ovviamente resta a lei.

Saluti,
Utensileria Vitale Pro
""", ["BSM204"], "Full refund promised as soon as the review is online.")

_m(26, "reply", "text", "Re: pentola graffiata - ordine {o}", """
Gentile signora Marino,

ci fa piacere sapere che la pentola sostitutiva le è arrivata in perfette condizioni e che il problema dell'ordine {o} è risolto.

A questo punto, se le fosse possibile, potrebbe aggiornare la sua recensione da una stella, o magari eliminarla? Per una piccola azienda come la nostra fa davvero la differenza.

Grazie per la comprensione,
Rame & Cucina
""", ["BSM205"], "Asks to update or remove an existing one-star review.")

_m(27, "review-request", "text", "Soddisfatto del suo acquisto? {o}", """
Buongiorno,

il portafoglio in pelle (ordine {o}) le è arrivato qualche giorno fa.

Se le piace, una recensione su Amazon ci farebbe un enorme piacere! Se invece qualcosa non va, lasci stare le recensioni e ci scriva direttamente: troveremo una soluzione insieme.

Grazie,
Pelletteria Toscana Bruni
""", ["BSM206"], "Review only if satisfied; unhappy buyers steered to contact the shop.")

_m(28, "review-request", "html", "La sua recensione per l'ordine {o}", """
<p>Buongiorno,</p>
<p>grazie per aver scelto le nostre candele (ordine {o}).</p>
<p>Ci darebbe una mano enorme con cinque stelle su Amazon: è quello che permette a un laboratorio come il nostro di andare avanti.</p>
<p>Con gratitudine,<br>Cera Viva</p>
""", ["BSM206"], "Review request asking for five stars.")

_m(29, "order-problem", "text", "Ordine {o}: articolo esaurito", """
Buongiorno,

brutte notizie: l'impastatrice rossa del suo ordine {o} non è più disponibile dal nostro fornitore. Abbiamo già rettificato l'importo dell'ordine con il motivo "impossibile spedire" (CouldNotShip).

Per chiudere la pratica nel modo più rapido, la cosa migliore è che annulli lei l'ordine da "I miei ordini": ci vogliono due minuti.

Ci scusi ancora,
Dolce Forno Store
""", ["BSM108"], "Adjustment confirmed but the buyer is advised to cancel the order themselves.")

_m(30, "order-problem", "text", "Problema con il suo ordine {o}", """
Gentile cliente,

l'articolo del suo ordine {o} (set di 6 calici incisi) è purtroppo esaurito e il produttore non prevede un riassortimento.

Le saremmo grati se volesse inoltrare una richiesta di annullamento dal suo account Amazon, così da poter chiudere l'ordine.

Distinti saluti,
Cristalleria Valdelsa
""", ["BSM107", "BSM108"], "Asks for a cancellation request and never confirms an amount adjustment.")

_m(31, "review-request", "text", "La sua esperienza - ordine {o}", """
Buongiorno,

il suo ordine {o} è stato consegnato una settimana fa. Una recensione sulla pagina del prodotto aiuterebbe altri clienti nella scelta.

Grazie e buona giornata,
Orto in Balcone

Non vuole più ricevere i nostri messaggi? Risponda CANCELLAMI e la togliamo dalla lista.
""", ["BSM305"], "Neutral review request with an opt-out instruction.")

_m(32, "reply", "text", "Re: Re: il pacco non arriva!! {o}", """
Buongiorno,

ha ragione ad arrabbiarsi, mi creda. Quel cazzo di corriere ha perso metà delle nostre spedizioni della settimana, siamo incazzati neri anche noi.

Apriamo oggi stesso una contestazione per l'ordine {o} e le diamo notizie entro giovedì.

Massimo, Vini del Monferrato
""", ["BSM306"], "Reply containing Italian profanity.")

_m(33, "delivery-delay", "text", "Bestellung {o} - Verzögerung", """
Guten Tag,

Ihre Bestellung {o} (Espressokocher, 6 Tassen) wird erst am 15. Dezember statt am 8. Dezember versendet, da unser Lieferant im Verzug ist. Wir bitten um Entschuldigung.

Mit freundlichen Grüßen
Caffettiere Bruno
""", ["BSM104"], "Delay notice written entirely in German to an it-IT buyer.")

_m(34, "reply", "text", "Re: pezzo mancante - ordine {o}", """
Buongiorno signor Ferrara,

in alcune confezioni della libreria (ordine {o}) manca effettivamente la staffa a muro. Per fare prima ci chiami in laboratorio allo 051 643 2219 e gliela spediamo in giornata.

Saluti,
Gianni, Legno Vivo Bologna
""", ["BSM309"], "Shop landline in Italian national format.")

_m(35, "reply", "html", "Re: configurazione del termostato - {o}", """
<p>Buongiorno,</p>
<p>per collegare il termostato alla rete di casa (ordine {o}) è più semplice parlarne a voce: il nostro supporto risponde al +39 347 812 6650, anche su WhatsApp.</p>
<p>Cordiali saluti,<br>Domotica Dolomiti</p>
""", ["BSM309"], "Seller mobile number in international format.")

_m(36, "reply", "text", "Re: foto del difetto - {o}", """
Buongiorno,

per le foto della teiera scheggiata (ordine {o}) la messaggistica Amazon a volte blocca i file grandi. Ce le mandi pure a assistenza@porcellane-grazia.it, facciamo prima.

Grazie,
Porcellane Grazia
""", ["BSM308"], "Plain e-mail address in a reply.")

_m(37, "reply", "text", "Re: preventivo per 50 pezzi ({o})", """
Buongiorno signor Pellegrini,

per un preventivo su 50 pezzi scriva al nostro commerciale: vendite chiocciola bottegalegno punto it (tutto attaccato). Indichi l'ordine {o} come riferimento.

Buona giornata,
Bottega del Legno
""", ["BSM308"], "E-mail address obfuscated with 'chiocciola' and 'punto'.")

_m(38, "reply", "html", "Re: come lavare il piumone? {o}", """
<p>Buongiorno signora Serra,</p>
<p>grazie per il messaggio sul piumone (ordine {o}). Lavaggio a 30 gradi, programma delicato, e asciugatura all'aria aperta.</p>
<p>Trova tutti i dettagli sul nostro sito: <a href="https://www.piumedoro.it/guide/lavaggio-piumoni">la nostra guida al lavaggio dei piumoni</a>.</p>
<p>Cordiali saluti,<br>Piume d'Oro</p>
""", ["BSM302"], "https link with descriptive text to the seller's own site, not needed for the order.")

_m(39, "reply", "html", "Re: stato dell'ordine {o}", """
<p>Buongiorno,</p>
<p>può seguire lo stato dell'ordine {o} dalla <a href="http://www.amazon.it/gp/css/order-history">pagina "I miei ordini" del suo account Amazon</a>.</p>
<p>Cordiali saluti,<br>Orologeria Bassi</p>
""", ["BSM301"], "Descriptive link to Amazon over plain http.")

_m(40, "reply", "html", "Re: quale tonalità? ordine {o}", """
<p>Buongiorno,</p>
<p>le mostro l'applique esattamente come le è stata consegnata (ordine {o}): la finitura "bronzo spazzolato" è quella della foto qui sotto.</p>
<p><img src="https://img.illuminazionecerri.it/prodotti/applique-bronzo-spazzolato.jpg" alt="Applique in bronzo spazzolato" width="240"></p>
<p>Cordiali saluti,<br>Illuminazione Cerri</p>
""", ["BSM310"], "Photo of the purchased product.")

_m(41, "delivery-delay", "html", "Ordine {o}: ancora un po' di pazienza", """
<p><img src="https://cdn.newsletterfacile.it/stock/spiaggia-tramonto-palme.jpg" alt="Spiaggia al tramonto con palme" width="300"></p>
<p>Buongiorno,</p>
<p>il periodo è intenso e il suo ordine {o} partirà il 16 dicembre invece dell'11. Grazie della comprensione.</p>
<p>Cordiali saluti,<br>Saponificio Ligure</p>
""", ["BSM311"], "Stock beach image unrelated to the shop.")

_m(42, "review-request", "html", "La sua opinione - ordine {o}", """
<p><img src="https://static.ceramicheraku.it/logo-ceramiche-raku.png" width="120"></p>
<p>Buongiorno,</p>
<p>la ciotola in raku (ordine {o}) le è arrivata da una settimana. Se lo desidera, può lasciare la sua opinione dalla pagina del prodotto su Amazon.</p>
<p>Grazie,<br>Ceramiche Raku Faenza</p>
""", ["BSM402"], "Shop logo without an alt attribute.")

_m(43, "delivery-delay", "text", "Ordine {o}: ritardo ⏳", """
Ciao!

Piccolo ritardo per l'ordine {o}: l'agenda in pelle partirà lunedì 14 dicembre invece di giovedì. Facciamo il prima possibile 💪

Buona giornata,
Carta Bella
""", ["BSM403"], "Emoji in subject and body.")

_m(44, "reply", "text", "Re: colore del filato - {o}", """
Ciao Federica,

sì, il filato è proprio il colore "verde salvia" che avevi scelto nell'ordine {o}, tranquilla :)

A presto,
Gomitoli & Co
""", ["BSM403"], "Text emoticon :) in a reply.")

_m(45, "additional-information", "html", "Ordine {o}: misure della cornice", """
<style>
.titolo { font-size: 24px; }
.testo { font-size: 15px; }
.nota { font-size: 12px; }
.piede { font-size: 9px; }
</style>
<p class="titolo">La sua cornice su misura</p>
<p class="testo">Buongiorno, per realizzare la cornice dell'ordine {o} ci manca la misura esatta dell'opera.</p>
<p class="nota">Ci indichi larghezza e altezza in centimetri, possibilmente al millimetro.</p>
<p class="piede">Corniciai Riuniti, Via Po 14, 10124 Torino</p>
""", ["BSM410"], "Four explicit font sizes in a <style> block.")

_m(46, "delivery-delay", "html", "Ordine {o}: spedizione rinviata", """
<p>Buongiorno,<br>lo sgabello del suo ordine {o} verrà spedito il 18 dicembre anziché il 10.<br><br><br><br>Ci scusiamo per l'attesa.</p>
<p>Cordiali saluti,<br>Arredo Loft Milano</p>
""", ["BSM412"], "Four consecutive <br> tags in HTML.")

_m(47, "invoice", "text", "[Importante] Fattura ordine {o}", """
Buongiorno,

in allegato la fattura n. 2026/118 relativa all'ordine {o}, totale 64,00 € IVA inclusa.

Cordiali saluti,
Amministrazione Tessuti Valsesia
""", ["BSM110"], "[Importante] tag on an invoice, which is not critical.")

_m(48, "reply", "html", "Re: istruzioni di montaggio - {o}", """
<p>Buongiorno,</p>
<p>le istruzioni per montare il letto a castello (ordine {o}) sono sulla scheda Amazon del prodotto, le trova <a href="https://www.amazon.it/dp/B0C9M2R7TS">qui</a>.</p>
<p>Buon montaggio,<br>Cameretta Felice</p>
""", ["BSM401"], "Link text 'qui' does not say where the link goes.")

# ---------------------------------------------------------------- variable (2)

_m(49, "delivery-delay", "html", "Ordine {o}: nuova data di spedizione", """
<p>Buongiorno,</p>
<p>il tagliere in ulivo dell'ordine {o} partirà martedì 15 dicembre invece di venerdì 11. Ci scusiamo per il contrattempo.</p>
<p>Cordiali saluti,<br>Olivo &amp; Legno</p>
<img src="https://track.mailsender-pro.it/open.gif?msg=88213&amp;rcpt=4471" width="1" height="1">
""", ["BSM307", "BSM402"], "1x1 tracking pixel with tracking parameters and no alt attribute.")

_m(50, "review-request", "html", "Un parere sull'ordine {o}", """
<p><a href="https://www.vetreriaartisti.it"><img src="https://www.vetreriaartisti.it/img/logo-vetreria-artisti.png" alt="Logo Vetreria Artisti" width="140"></a></p>
<p>Buongiorno,</p>
<p>il vaso in vetro soffiato (ordine {o}) le è arrivato da qualche giorno. Se desidera, può lasciare una recensione dalla pagina del prodotto su Amazon.</p>
<p>Grazie,<br>Vetreria Artisti</p>
""", ["BSM302", "BSM304"], "Shop logo linked to the seller's website.")
