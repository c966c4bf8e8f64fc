"""v20 blind evaluation set: Italian (it) messages."""

LANG = "it"


def _oid(n):
    return "514-%07d-%07d" % ((n * 6763 + 3917254) % 10000000, (n * 92821 + 1482093) % 10000000)


def _m(n, typ, fmt, subject, body, expected, note, locale="it-IT"):
    oid = _oid(n)
    flat = oid.replace("-", "")
    sub = subject.replace("{o}", oid).replace("{flat}", flat)
    bod = body.replace("{o}", oid).replace("{flat}", flat)
    return {
        "id": "v20-it-%03d" % n,
        "language": LANG,
        "locale": locale,
        "type": typ,
        "format": fmt,
        "subject": sub,
        "body": bod,
        "order_id": oid,
        "expected": sorted(expected),
        "note": note,
    }


_R = []
a = _R.append

# ---------------------------------------------------------------- clean (17)
a(_m(1, "delivery-delay", "text", "Ordine {o} - spedizione posticipata",
"""Buongiorno Sig.ra Bianchi,

la scriviamo per avvisarla che la moka da 6 tazze che ha ordinato arriverà in magazzino con qualche giorno di ritardo rispetto al previsto. Contiamo di spedirla entro giovedì 17 dicembre.

Ci scusiamo per l'attesa.

Cordiali saluti,
Giulia
Casalinghi Ferraro""",
[], "Plain-text delivery delay with a new shipping date."))

a(_m(2, "delivery-delay", "html", "Aggiornamento sul suo ordine {o}",
"""<p>Gentile cliente,</p>
<p>purtroppo il lotto di <b>cuscini in lino lavato</b> è fermo in dogana più del previsto.</p>
<table>
<tr><td>Ordine</td><td>{o}</td></tr>
<tr><td>Spedizione prevista</td><td>entro il 16/12/2026</td></tr>
<tr><td>Consegna stimata</td><td>18-21/12/2026</td></tr>
</table>
<p>Non deve fare nulla: l'ordine resta valido e partirà appena avremo la merce.</p>
<p>Un saluto,<br>Il team di Casa Lino Toscana</p>""",
[], "HTML delivery delay with a plain table, no styles."))

a(_m(3, "order-problem", "text", "[Importante] Ordine {o} non evadibile",
"""Gentile Sig. Russo,

durante la preparazione ci siamo accorti che l'ultimo trapano avvitatore 18V in giacenza era difettoso, e il fornitore non ne ha altri disponibili.

Non potendo evadere l'ordine {o}, abbiamo già rettificato l'intero importo (129,00 €) in Seller Central con causale "articolo non disponibile". Il rimborso le verrà accreditato sul metodo di pagamento usato, di solito entro 3-5 giorni lavorativi.

Ci scusi per il disagio.
Marco Conti
Utensileria Conti Srl""",
[], "Order problem with [Importante], confirms the full amount was adjusted for no inventory."))

a(_m(4, "additional-information", "text", "Ordine {o}: ci serve una misura",
"""Buongiorno,

per tagliare su misura la tenda che ha ordinato ci manca l'altezza esatta: nell'ordine è indicata solo la larghezza (140 cm).

Ci può rispondere qui con l'altezza in centimetri, misurata dal bastone al pavimento?

Grazie mille,
Francesca - Tende & Tessuti Rinaldi""",
[], "Request for a measurement needed to complete a made-to-measure order."))

a(_m(5, "return-follow-up", "text", "Reso ordine {o} - una proposta",
"""Gentile Sig.ra Marino,

abbiamo letto la sua richiesta di reso per il servizio di piatti: ci dispiace per la tazzina arrivata scheggiata.

Se preferisce tenere il resto del servizio, possiamo rimborsarle 12,50 € per la tazzina danneggiata, senza bisogno di rispedire nulla. Altrimenti procediamo col reso completo come da sua richiesta.

Ci faccia sapere lei.

Cordialmente,
Ceramiche Deruta Bottega""",
[], "Return follow-up offering a partial refund."))

a(_m(6, "return-follow-up", "text", "Reso {o} - due domande",
"""Salve,

abbiamo ricevuto la richiesta di reso per il casco da bici. Per poterla completare ci servirebbe sapere:

- se il casco ha subito urti o cadute;
- se l'imballo originale è ancora integro.

Grazie, appena ci risponde chiudiamo la pratica.

Servizio clienti VeloStore Bergamo""",
[], "Return follow-up asking the information needed to complete the return."))

a(_m(7, "invoice", "text", "Fattura n. 2026/FE/0917 - ordine {o}",
"""Buongiorno,

in allegato trova la fattura n. 2026/FE/0917 del 01/12/2026 relativa all'ordine {o}.

Imponibile: 163,93 €
IVA 22%: 36,07 €
Totale: 200,00 €

Restiamo a disposizione per eventuali correzioni dei dati di fatturazione.

Amministrazione
Ottica Lombarda S.r.l.
Via Roma 18, 20121 Milano (MI)
P.IVA 09876543210 - C.F. 09876543210
REA MI-2098765 - Cap. soc. 10.000,00 € i.v.""",
[], "Invoice with P.IVA, C.F., REA numbers and an invoice number with slashes."))

a(_m(8, "review-request", "text", "Ordine {o}: com'è andata?",
"""Buongiorno,

sono passati alcuni giorni da quando ha ricevuto l'olio extravergine del nostro frantoio. Se ha un minuto, una recensione su Amazon aiuta chi deve ancora scegliere.

Grazie e buona giornata,
Frantoio Del Colle""",
[], "Neutral one-off review request in text."))

a(_m(9, "review-request", "html", "La sua opinione sull'ordine {o}",
"""<p><img src="https://static.pastificio-valsesia.it/brand/logo-pastificio-valsesia.png" alt="Pastificio Valsesia" width="180" height="64"></p>
<p>Buongiorno,</p>
<p>speriamo che i tajarin siano arrivati in tavola. Qualunque sia la sua impressione, raccontarla su Amazon è utile a tutti gli altri clienti.</p>
<p><a href="https://www.amazon.it/review/review-your-purchases/?asin=B0B7TQ3N2M">Scrivi una recensione su Amazon</a></p>
<p>A presto,<br>Pastificio Valsesia</p>""",
[], "HTML review request with shop logo (alt names shop) and descriptive https Amazon link."))

a(_m(10, "delivery-scheduling", "text", "Consegna frigorifero - ordine {o}",
"""Buongiorno Sig. Esposito,

il frigorifero combinato verrà consegnato al piano dal nostro corriere per merci voluminose. Le proponiamo queste fasce orarie:

mar 15/12, 8:00-12:00
mer 16/12, 14:00-18:00
ven 18/12, 8:00-12:00

Ci indichi quella che preferisce e ci dica se c'è l'ascensore e a che piano abita.

Saluti,
Elettro Sud Consegne""",
[], "Scheduling delivery of a bulky fridge with Italian date and time formats."))

a(_m(11, "home-service-appointment", "text", "Appuntamento montaggio - ordine {o}",
"""Gentile cliente,

per il montaggio della cabina armadio il nostro tecnico è disponibile:

- lunedì 14 dicembre dalle 9:00 alle 13:00
- giovedì 17 dicembre dalle 14:30 alle 18:30

Il lavoro dura circa tre ore. Ci risponda con la data scelta e le confermiamo l'appuntamento.

Cordiali saluti,
Servizio Montaggi - Arredo Facile""",
[], "Home-service assembly appointment with time slots."))

a(_m(12, "custom-design-verification", "text", "Bozza grafica da approvare - ordine {o}",
"""Ciao Luca,

ti alleghiamo la bozza della targa personalizzata (bozza_targa_Rossi_v1.pdf).

Testo: "Famiglia Rossi - Via dei Glicini 7"
Materiale: ottone satinato, 20 x 10 cm

Dacci un'occhiata con calma: se va bene rispondi "approvata", altrimenti scrivici cosa cambiare.

Buona serata,
Incisioni Bellini""",
[], "Custom design proof attachment for approval, informal register."))

a(_m(13, "fulfillment-question", "text", "Ordine {o} - accesso al condominio",
"""Buongiorno,

la consegna del materasso è fissata per l'11/12 con il nostro vettore di fiducia. Dall'indirizzo risulta un condominio con cancello: ci può indicare il codice del citofono o della portineria e la scala?

Riferimento pratica consegna: CNS-44871/26, slot n. 3.

Grazie,
Dormire Bene Materassi""",
[], "Door-code question with reference numbers and no phone number."))

a(_m(14, "reply", "text", "Re: Domanda sul libro - {o}",
"""Buongiorno Sig. Gallo,

sì, l'edizione in vendita è quella in lingua originale, "The Name of the Rose", tradotta in inglese da William Weaver. Se cerca l'edizione italiana, nel nostro negozio c'è "Il nome della rosa" nella collana tascabile.

Cordiali saluti,
Libreria Antiquaria Sant'Ambrogio""",
[], "Reply quoting an English book title inside Italian sentences."))

a(_m(15, "reply", "text", "Re: Aspirapolvere non si accende - {o}",
"""Buongiorno,

ci dispiace per il problema. L'aspirapolvere è coperto dalla garanzia del produttore di 24 mesi: può contattare direttamente l'assistenza garanzia del produttore Vortix al numero verde 800 913 442 (lun-ven 9:00-18:00), indicando il numero d'ordine {o}.

Se non riesce a ottenere una risposta, ci riscriva pure qui.

Saluti,
Tecnocasa Store""",
[], "Reply giving the manufacturer's warranty toll-free line, marked as such."))

a(_m(16, "reply", "text", "Re: Dati per la fattura - ordine {o}",
"""Gentile Sig.ra Fontana,

ecco i nostri dati completi, come richiesto:

Bottega del Cuoio di Neri Andrea & C. S.a.s.
Via dei Calzaiuoli 41/R, 50122 Firenze (FI)
P.IVA IT 06543210987
Codice destinatario SDI: M5UXCR1
REA FI-634521

La fattura elettronica arriverà sul suo cassetto fiscale.

Cordialmente,
Andrea Neri""",
[], "Reply with an Italian company-details block (P.IVA, SDI, REA)."))

a(_m(17, "reply", "text", "Re: Rimborso reso - {o}",
"""Buongiorno Sig. Ferri,

il suo reso (autorizzazione RMA 2026-11873) è stato registrato nel nostro magazzino di Bologna il 02/12/2026 alle 15:20. Il pacco viaggiava con lettera di vettura BRT n. 084122779013/BO.

Il rimborso di 54,90 €, spese di spedizione comprese, è stato emesso il 03/12; di solito appare sull'estratto conto in 3-7 giorni lavorativi.

Saluti,
Sport Emilia - assistenza clienti""",
[], "Reply with RMA and consignment numbers, dates, times and amounts."))

# ---------------------------------------------------------- violations (31)
a(_m(18, "fulfillment-question", "text", "Il tuo pacco è partito - ordine {o}",
"""Ciao!

Il tuo ordine è uscito oggi dal nostro magazzino ed è già nelle mani di GLS. Lo riceverai in 24/48 ore.

Lo staff di Bijoux Capri""",
["BSM201"], "Shipment confirmation: left the warehouse and handed to GLS."))

a(_m(19, "additional-information", "text", "Abbiamo ricevuto il suo ordine {o}",
"""Gentile cliente,

le confermiamo che il suo ordine è stato registrato correttamente e che stiamo già preparando il pacco.

Cordiali saluti,
Caffè Torrefazione Aurora""",
["BSM201"], "Order received and being packed."))

a(_m(20, "reply", "text", "Grazie! - ordine {o}",
"""Gentile cliente,

grazie di cuore per aver scelto la nostra piccola bottega.

Un caro saluto,
Saponi di Sicilia""",
["BSM202"], "Thanks only."))

a(_m(21, "fulfillment-question", "text", "Ordine {o}",
"""Buongiorno,

volevamo solo ricordarle che per qualsiasi problema con l'ordine siamo qui, basta scriverci.

Cordialità,
Idraulica Fratelli Greco""",
["BSM202"], "Only offers help if a problem comes up."))

a(_m(22, "delivery-delay", "html", "Ordine {o} - qualche giorno in più",
"""<p>Buongiorno,</p>
<p>la spedizione delle sue candele profumate slitta al 15 dicembre per un ritardo del laboratorio. Ci scusiamo per l'attesa.</p>
<p>Il team di Cera Viva</p>
<p><small>P.S. Fino a domenica tutto il catalogo è scontato del 20%: basta inserire il codice CERA20 al checkout.</small></p>""",
["BSM203"], "Delay message with a 20 % off P.S. on the whole catalogue."))

a(_m(23, "reply", "text", "Re: disponibilità taglia - {o}",
"""Ciao Martina,

la taglia M è quella giusta per le tue misure, vai tranquilla.

Ps: è appena uscita la nuova linea primavera! Seguici su Facebook e Instagram come "Filo Rosso Atelier" e iscriviti alla newsletter per gli sconti riservati.

Un abbraccio,
Filo Rosso Atelier""",
["BSM203"], "Reply with new collection, follow us and newsletter invitation."))

a(_m(24, "review-request", "text", "Un pensiero per lei - ordine {o}",
"""Buongiorno,

se lascia una recensione sulle sue cuffie, appena la vediamo pubblicata le mandiamo un piccolo omaggio come ringraziamento.

Audio Point Italia""",
["BSM204"], "Small gift promised once the review is published."))

a(_m(25, "review-request", "text", "Ordine {o} - rimborso totale",
"""Buongiorno,

le proponiamo il rimborso completo della cover appena la sua recensione sarà online su Amazon. Ci mandi solo il link della recensione rispondendo a questo messaggio.

Grazie,
CoverMania""",
["BSM204"], "Full refund offered once the review is online."))

a(_m(26, "reply", "text", "Re: Recensione - ordine {o}",
"""Gentile Sig. Moretti,

siamo felici che la sostituzione della lampada sia andata a buon fine. Visto che il problema è risolto, le chiederemmo la cortesia di modificare o togliere la recensione da una stella che ha pubblicato.

Grazie per la comprensione,
Luce & Design""",
["BSM205"], "Asks to modify or remove a one-star review."))

a(_m(27, "review-request", "text", "Le è piaciuto? - ordine {o}",
"""Buongiorno,

se è soddisfatto del suo tagliacapelli, ci farebbe un enorme piacere una recensione su Amazon. Se invece qualcosa non va, prima di recensire ci scriva: risolviamo noi.

Barber Tools Italia""",
["BSM206"], "Review only if satisfied, otherwise contact the seller instead."))

a(_m(28, "review-request", "text", "5 stelline per noi? - ordine {o}",
"""Ciao,

il tuo zaino per la scuola è arrivato! Se ti trovi bene, lasciaci 5 stelline su Amazon: per un negozio piccolo come il nostro fanno la differenza.

Grazie,
Cartoleria Pepe""",
["BSM206"], "Asks for a five-star rating."))

a(_m(29, "delivery-delay", "text", "Ordine {o} - articolo esaurito",
"""Buongiorno,

il set di pentole che ha ordinato è andato esaurito: il fornitore ci riassortisce solo verso il 20 gennaio, quindi la spedizione slitterebbe di oltre un mese.

Per non farla aspettare, la soluzione più veloce è annullare l'ordine direttamente dal suo account Amazon.

Saluti,
Cucina Pro Shop""",
["BSM108"], "Stock ran out: advises the buyer to cancel the order themselves."))

a(_m(30, "order-problem", "text", "Problema con l'ordine {o}",
"""Gentile cliente,

purtroppo la bilancia pesapersone ordinata non è più disponibile in magazzino.

Le saremmo grati se potesse inoltrare lei la richiesta di annullamento da Amazon, così chiudiamo la pratica prima.

Ci scusiamo,
Benessere Casa""",
["BSM107", "BSM108"], "Order problem asking the buyer to request cancellation, no adjustment mentioned."))

a(_m(31, "review-request", "text", "La sua recensione - ordine {o}",
"""Buongiorno,

da qualche giorno ha ricevuto la sua borraccia termica. Se le va, può raccontare la sua esperienza su Amazon.

Per non ricevere più nostri messaggi risponda CANCELLAMI.

Borracce Dolomiti""",
["BSM305"], "Review request with an opt-out instruction."))

a(_m(32, "reply", "text", "Re: Pacco in ritardo - {o}",
"""Salve,

abbiamo scritto tre volte a quel cazzo di corriere e non ci rispondono. Appena sappiamo qualcosa le diciamo la nuova data.

Ricambi Auto Veneto""",
["BSM306"], "Reply with Italian profanity about the courier."))

a(_m(33, "delivery-delay", "text", "Bestellung {o} - Lieferverzögerung",
"""Guten Tag,

leider verzögert sich der Versand Ihrer Espressotassen um einige Tage. Wir rechnen mit dem Versand am 15. Dezember.

Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen
Porcellane Venete""",
["BSM104"], "Whole message in German to an Italian-locale buyer."))

a(_m(34, "reply", "text", "Re: Istruzioni caldaia - {o}",
"""Buongiorno,

per la configurazione della valvola ci chiami pure in negozio allo 051 642 8810, così le spieghiamo passo passo.

Termoidraulica Bassi""",
["BSM309"], "Shop landline in Italian national format."))

a(_m(35, "additional-information", "text", "Ordine {o} - citofono mancante",
"""Buongiorno,

nell'indirizzo manca il nome sul citofono. Ce lo scriva qui, oppure ci mandi un WhatsApp al +39 347 812 6630.

Grazie,
Fiori a Domicilio Napoli""",
["BSM309"], "Mobile number in international format (WhatsApp)."))

a(_m(36, "return-follow-up", "text", "Reso {o} - foto del difetto",
"""Buongiorno,

per completare il reso della friggitrice ad aria ci servono un paio di foto del difetto: le può inviare a resi@elettrocasa-pellegrini.it?

Grazie,
ElettroCasa Pellegrini""",
["BSM308"], "Plain e-mail address in the text."))

a(_m(37, "reply", "text", "Re: Fattura aziendale - {o}",
"""Buongiorno,

per la fattura intestata alla sua azienda scriva al nostro ufficio amministrativo: amministrazione chiocciola vinicolarossetti punto it, indicando il numero d'ordine.

Cordialmente,
Cantina Rossetti""",
["BSM308"], "Obfuscated e-mail address with 'chiocciola' and 'punto'."))

a(_m(38, "delivery-delay", "html", "Ordine {o}: nuova data di spedizione",
"""<p>Buongiorno,</p>
<p>il suo kit per la pasta fresca partirà il 14 dicembre invece del 9.</p>
<p>Nell'attesa, può dare un'occhiata a <a href="https://www.mattarello-doro.it/ricette">le ricette del blog di Mattarello d'Oro</a>.</p>
<p>Buona giornata,<br>Mattarello d'Oro</p>""",
["BSM302"], "Descriptive https link to the seller's recipe blog, not needed for the order."))

a(_m(39, "reply", "html", "Re: Dove trovo la fattura? - {o}",
"""<p>Buongiorno,</p>
<p>la fattura è scaricabile da <a href="http://www.amazon.it/gp/your-account/order-history">I miei ordini su Amazon</a>, alla voce "Fattura".</p>
<p>Cordiali saluti,<br>Informatica Ricci</p>""",
["BSM301"], "Descriptive link to Amazon over http."))

a(_m(40, "delivery-delay", "html", "Ordine {o} - breve ritardo",
"""<p>Buongiorno,</p>
<p><img src="https://media.vetreriamurano-store.it/prodotti/vaso-murano-blu-cobalto-25cm.jpg" alt="Vaso in vetro di Murano blu cobalto 25 cm" width="260"></p>
<p>il suo vaso in vetro di Murano partirà il 16 dicembre: il maestro vetraio sta completando l'ultima cottura.</p>
<p>Vetreria Murano Store</p>""",
["BSM310"], "Photo of the purchased product (file name and alt name it)."))

a(_m(41, "review-request", "html", "La sua esperienza - ordine {o}",
"""<p><img src="https://images.freestock-pics.com/mare/spiaggia-tramonto-palme.jpg" alt="Spiaggia al tramonto con palme" width="320"></p>
<p>Buongiorno,</p>
<p>se le va, condivida la sua opinione sull'ordine su Amazon. Grazie per il tempo che ci dedicherà.</p>
<p>Occhiali Sole Riviera</p>""",
["BSM311"], "Stock beach image unrelated to the shop."))

a(_m(42, "additional-information", "html", "Ordine {o} - incisione",
"""<p><img src="https://static.gioielleria-marchi.it/logo-gioielleria-marchi.png" alt="" width="160"></p>
<p>Buongiorno,</p>
<p>per l'incisione della fede ci indica il testo (massimo 15 caratteri) e se lo preferisce in corsivo o stampatello?</p>
<p>Gioielleria Marchi</p>""",
["BSM402"], "Shop logo with empty alt."))

a(_m(43, "reply", "text", "Re: tempi di consegna 🎄 - {o}",
"""Ciao Sara,

sì, ce la facciamo per Natale! Il presepe in legno parte lunedì 14 con consegna entro il 18 🎁😊

Bottega Artigiana Val Gardena""",
["BSM403"], "Emoji in subject and body."))

a(_m(44, "delivery-delay", "text", "Ordine {o} - piccolo ritardo",
"""Buongiorno,

il suo puzzle in legno spedirà con due giorni di ritardo, il 10/12. Ci scusiamo, ma ne vale la pena :)

Legnogiochi""",
["BSM403"], "Text emoticon :) in a delay message."))

a(_m(45, "delivery-scheduling", "html", "Consegna divano - ordine {o}",
"""<style>
.titolo { font-size: 24px; }
.testo { font-size: 14px; }
.date { font-size: 18px; }
.nota { font-size: 10px; }
</style>
<p class="titolo">Scegli il giorno della consegna</p>
<p class="testo">Buongiorno, il suo divano angolare sarà consegnato dal nostro corriere al piano. Date disponibili:</p>
<p class="date">lun 14/12 mattina - mer 16/12 pomeriggio</p>
<p class="nota">Il corriere avvisa 30 minuti prima dell'arrivo.</p>""",
["BSM410"], "Four explicit font sizes in a style block."))

a(_m(46, "delivery-delay", "html", "Ordine {o} - aggiornamento",
"""<p>Buongiorno,<br><br><br><br>la sua lampada da terra partirà il 15 dicembre, una settimana dopo il previsto.<br><br><br>Ci scusiamo per il ritardo.</p>
<p>Illuminazione Serra</p>""",
["BSM412"], "Runs of three and four <br> tags."))

a(_m(47, "invoice", "text", "[Importante] Fattura ordine {o}",
"""Buongiorno,

in allegato la fattura n. 2026/0455 del 04/12/2026 per il suo ordine.

Cordiali saluti,
Edilmarket Pavia S.r.l. - P.IVA 03216549870""",
["BSM110"], "[Importante] tag on an invoice, which is not critical."))

a(_m(48, "return-follow-up", "text", "Reso ordine {o}",
"""Buongiorno,

per completare il reso ci serve il motivo preciso (taglia, difetto o altro). Può indicarlo anche aggiornando la sua richiesta qui: https://www.amazon.it/gp/css/returns/homepage.html

Grazie,
Moda Navigli""",
["BSM401"], "Bare URL as link text."))

# ------------------------------------------------------------ variants (2)
a(_m(49, "review-request", "html", "Ordine {o}: ci dice com'è andata?",
"""<p>Buongiorno,</p>
<p>il suo macinacaffè manuale è arrivato da qualche giorno. Quando ha un momento, una recensione su Amazon è preziosa per gli altri clienti.</p>
<p><a href="https://www.amazon.it/review/review-your-purchases/?asin=B0C9LMW7QZ">Lascia una recensione su Amazon</a></p>
<p>Caffè e Dintorni</p>
<img src="https://open.mailpulse-tracking.com/o/8f3a21c7.png?uid=514&amp;cmp=rev12" width="1" height="1" alt="">""",
["BSM307", "BSM402"], "1x1 tracking pixel with empty alt at the end of a review request."))

a(_m(50, "delivery-delay", "html", "Ordine {o}: spedizione rimandata",
"""<p><a href="https://www.ceramiche-sole.it"><img src="https://www.ceramiche-sole.it/img/logo-ceramiche-sole.png" alt="Ceramiche Sole" width="150"></a></p>
<p>Buongiorno,</p>
<p>i suoi piatti dipinti a mano partiranno il 17 dicembre: la seconda cottura ha richiesto più tempo del previsto.</p>
<p>Ceramiche Sole - Vietri sul Mare</p>""",
["BSM302", "BSM304"], "Shop logo linked to the seller's website."))

MESSAGES = _R
