"""v13 blind evaluation set: Italian (it-IT). Standard library only."""

LANG, LOCALE, PREFIX = "it", "it-IT", "444"


def _oid(i):
    a = (5820974 + 98689 * i) % 9000000 + 1000000
    b = (4592307 + 113039 * i) % 9000000 + 1000000
    return f"{PREFIX}-{a:07d}-{b:07d}"


# (type, format, subject, body, expected, note) ; "{O}" = order number, "{N}" = same without hyphens
_RAW = [
# ---------------- clean (17) ----------------
("delivery-delay", "text", "Ordine {O}: spedizione posticipata",
"""Buongiorno Sig.ra Esposito,

le scriviamo per avvisarla che la macchina per la pasta in acciaio del suo ordine {O} partirà con qualche giorno di ritardo: il corriere del nostro fornitore di Brescia ci consegnerà il lotto solo martedì. Contiamo di spedire entro venerdì 18 dicembre.

Se preferisce non attendere, ci risponda pure a questo messaggio e valuteremo insieme come procedere.

Cordiali saluti,
Davide Colombo
Ufficio ordini – CucinaViva""", [], "Clean text delivery delay with new ship date."),
("delivery-delay", "html", "Aggiornamento sui tempi – ordine {O}",
"""<table>
<tr><td>
<p>Ciao Marco,</p>
<p>la tua <b>sella da bici in pelle</b> (ordine <b>{O}</b>) è in ritardo di cucitura nel nostro laboratorio: la data di spedizione prevista slitta dal 14/12/2026 al 21/12/2026.</p>
<p>Ci scusiamo per l'attesa. Se il nuovo termine non va bene, basta una risposta a questo messaggio.</p>
<p>A presto,<br>Giulia<br><small>Selleria Fratelli Bassi</small></p>
</td></tr>
</table>""", [], "Clean table-based builder HTML delivery delay."),
("order-problem", "text", "[Importante] Ordine {O}: articolo non disponibile",
"""Gentile cliente,

purtroppo non possiamo spedire il set di coltelli da cucina in acciaio damasco del suo ordine {O}: l'ultimo pezzo in magazzino è risultato danneggiato durante il controllo qualità.

Abbiamo già rettificato l'importo dell'ordine con motivazione «articolo non disponibile»: il rimborso di 129,00 € le verrà riaccreditato sul metodo di pagamento utilizzato.

Ci scusiamo per l'inconveniente.

Lo staff di Lame d'Autore""", [], "Clean order problem with [Importante] and amount adjusted."),
("additional-information", "html", "Dati per la targa personalizzata – ordine {O}",
"""<p>Buongiorno Sig. Ferraro,</p>
<p>per completare la targa in ottone dell'ordine {O} ci manca un dettaglio: il testo «Studio Legale Ferraro &amp; Associati» va su una o su due righe? Nel modulo di personalizzazione il campo risulta troncato dopo «Associati».</p>
<p>Appena riceviamo la sua conferma, passiamo all'incisione.</p>
<p>Grazie,<br>Laboratorio Incisioni Moretti</p>""", [], "Clean HTML request for information needed to complete the order."),
("return-follow-up", "text", "Reso ordine {O} – una proposta",
"""Buongiorno Sig.ra Ricci,

abbiamo letto la sua richiesta di reso per la giacca in piumino (ordine {O}), con la cucitura della tasca un po' allentata.

Se le va bene tenerla, possiamo offrirle un rimborso parziale di 35,00 € sui 149,90 € pagati; una sarta la sistema in pochi minuti. Ci faccia sapere se accetta, altrimenti procediamo normalmente con il reso.

Un saluto cordiale,
Federica Galli
Responsabile clienti, Montagna Outfit""", [], "Clean return follow-up with a partial refund offer."),
("return-follow-up", "text", "Reso dell'ordine {O}: ci serve un'informazione",
"""Buongiorno,

per completare il reso della friggitrice ad aria dell'ordine {O} ci serve sapere se l'apparecchio è stato utilizzato oppure se la confezione è ancora sigillata. Cambia la procedura di ritiro con il corriere.

Grazie per la collaborazione,
Assistenza Casa Smart""", [], "Clean return follow-up asking for information."),
("invoice", "html", "Fattura relativa all'ordine {O}",
"""<p>Gentile Dott. Conti,</p>
<p>in allegato trova la fattura n. 2026/FE/0893 relativa all'ordine {O} del 01/12/2026.</p>
<table>
<tr><td>Imponibile</td><td>245,90 €</td></tr>
<tr><td>IVA 22%</td><td>54,10 €</td></tr>
<tr><td>Totale</td><td>300,00 €</td></tr>
</table>
<p>Distinti saluti,<br>Amministrazione</p>
<p><small>Arredo Luce S.r.l. – Via Tortona 27, 20144 Milano (MI)<br>P.IVA IT 09876543210 – C.F. 09876543210 – REA MI-2104387 – Cap. soc. 20.000,00 € i.v.</small></p>""", [], "Clean invoice with P.IVA, C.F., REA and an invoice number with slashes."),
("review-request", "text", "Com'è andata con l'ordine {O}?",
"""Ciao Sara,

la tua moka da 6 tazze (ordine {O}) dovrebbe essere arrivata da qualche giorno. Quando avrai fatto un po' di caffè, se ti va puoi lasciare una recensione su Amazon: ogni opinione, positiva o negativa, aiuta chi deve ancora scegliere.

Buona giornata,
Andrea – Torrefazione del Borgo""", [], "Clean neutral review request in plain text."),
("review-request", "html", "La sua opinione sull'ordine {O}",
"""<p><img src="https://static.ceramichesolari.it/brand/ceramiche-solari-logo.png" alt="Ceramiche Solari" width="180"></p>
<p>Gentile Sig.ra Marini,</p>
<p>speriamo che il servizio di piatti dell'ordine {O} sia arrivato integro. Se desidera condividere la sua esperienza con altri acquirenti, può farlo qui:</p>
<p><a href="https://www.amazon.it/review/create-review?asin=B0BZ4R8KQT">Scrivi una recensione del servizio di piatti su Amazon.it</a></p>
<p>Cordiali saluti,<br>Ceramiche Solari – Vietri sul Mare</p>""", [], "Clean HTML review request with shop logo and descriptive Amazon link."),
("delivery-scheduling", "text", "Consegna dell'armadio – ordine {O}",
"""Buongiorno Sig. Greco,

l'armadio a tre ante dell'ordine {O} (due colli, circa 95 kg in totale) viene consegnato con corriere al piano. Le proponiamo queste fasce orarie:

• giovedì 7 gennaio 2027, 8:30–12:30
• venerdì 8 gennaio 2027, 14:00–18:00
• lunedì 11 gennaio 2027, 8:30–12:30

Ci indichi quella preferita e, se possibile, il piano e la presenza di un ascensore.

Cordiali saluti,
Logistica Mobili Valtellina""", [], "Clean delivery scheduling for a bulky item."),
("home-service-appointment", "html", "Appuntamento per l'installazione – ordine {O}",
"""<p>Buongiorno Sig.ra Bruno,</p>
<p>il nostro tecnico può installare il condizionatore dell'ordine {O} in una di queste date:</p>
<ul>
<li>mercoledì 16/12, dalle 9:00 alle 12:00</li>
<li>giovedì 17/12, dalle 14:00 alle 17:00</li>
</ul>
<p>Ci risponda con la data che preferisce. L'intervento dura circa tre ore.</p>
<p>Clima Service Roma</p>""", [], "Clean home-service appointment in HTML."),
("custom-design-verification", "text", "Bozza grafica delle magliette – ordine {O}",
"""Ciao Luca,

ti alleghiamo la bozza (bozza_magliette_torneo_v3.pdf) delle 12 magliette per il torneo, ordine {O}. Controlla per favore:

1) i nomi e i numeri sul retro;
2) il logo della squadra sul petto;
3) il colore del tessuto (blu navy).

Stampiamo solo dopo il tuo ok scritto.

Ciao,
Serigrafia Punto Stampa""", [], "Clean custom design proof."),
("fulfillment-question", "text", "Citofono per la consegna – ordine {O}",
"""Buongiorno Sig. Lombardi,

il corriere ieri non è riuscito a consegnare il pacco dell'ordine {O}: al civico indicato ci sono sei citofoni e nessuno riporta il suo cognome. La spedizione (rif. spedizione BRT 058422071934, pratica n. 2026/3318) è in giacenza.

Può indicarci il nome sul citofono o un eventuale codice del portone? Riprogrammiamo subito la consegna.

Grazie,
Spedizioni Vino Langhe""", [], "Clean door-code/intercom question with reference numbers."),
("reply", "text", "Re: Domanda sul prodotto – ordine {O}",
"""Buonasera Sig.ra Fabbri,

sì, il «Kinderwagen Regenschutz Universal» che ha ordinato (ordine {O}) si adatta anche al suo passeggino: è un parapioggia universale con elastico regolabile. Il nome è in tedesco perché lo importiamo da un produttore di Monaco.

Cordialmente,
Bimbo Felice""", [], "Clean reply quoting a German product title in Italian sentences."),
("reply", "text", "Re: Garanzia lavatrice – ordine {O}",
"""Buongiorno Sig. Rinaldi,

per la lavatrice dell'ordine {O} la garanzia di 24 mesi è gestita direttamente dal produttore. Può contattare il numero verde assistenza in garanzia del produttore Candy: 800 123 987 (lun–ven 8:30–18:30), tenendo a portata di mano la matricola.

Cordiali saluti,
Elettrodomestici Pavan""", [], "Clean reply with the manufacturer's warranty toll-free number marked as such."),
("reply", "text", "Re: Dati aziendali – ordine {O}",
"""Buongiorno,

ecco i nostri dati per la sua nota spese relativa all'ordine {O}, come richiesto.

Un cordiale saluto,
Chiara Testa – ufficio amministrativo

--
Tipografia Nuova Aurora S.n.c. di Testa Chiara & C.
Via Garibaldi 112, 10122 Torino (TO)
P.IVA 11223344556 – REA TO-1187654""", [], "Clean reply with a company-details footer."),
("reply", "html", "Re: Stato del rimborso – ordine {O}",
"""<p>Gentile Sig. Caruso,</p>
<p>il suo reso dell'ordine {O} è arrivato al nostro magazzino il 03/12/2026 alle 11:20 (tracking SDA 392088410057, autorizzazione al reso RMA-IT-77412). Il rimborso di 58,40 € è stato disposto il 04/12/2026 alle 9:05; i tempi di accredito dipendono dalla sua banca, di solito 3–5 giorni lavorativi.</p>
<p>Cordiali saluti,<br>Servizio clienti Sportissimo</p>""", [], "Clean reply with tracking and return numbers, dates, times and amounts."),
# ---------------- violations (31) ----------------
("fulfillment-question", "text", "Il suo pacco è partito – ordine {O}",
"""Buongiorno Sig.ra Gallo,

il cesto natalizio dell'ordine {O} è uscito stamattina dal nostro magazzino di Parma ed è già nelle mani di GLS.

Buone feste,
Delizie Emiliane""", ["BSM201"], "Shipping confirmation: left the warehouse and with the carrier."),
("fulfillment-question", "text", "Abbiamo ricevuto il tuo ordine {O}",
"""Ciao Francesca,

il tuo ordine {O} è arrivato da noi e stiamo già preparando le tre candele alla lavanda: le incartiamo una per una con cura.

Un abbraccio,
Candele di Nonna Pina""", ["BSM201"], "Order confirmation: received and being prepared."),
("reply", "text", "Grazie di cuore – ordine {O}",
"""Gentile Sig. Villa,

grazie davvero per averci scelto per il suo ordine {O}. Per una piccola bottega come la nostra è sempre una gioia.

Con gratitudine,
Bottega del Cuoio Villa""", ["BSM202"], "Thanks-only message."),
("fulfillment-question", "html", "Ordine {O}",
"""<p>Buongiorno,</p>
<p>nel caso dovesse sorgere qualunque problema con l'ordine {O}, sappia che siamo qui e saremo felici di darle una mano.</p>
<p>Il team di TechRicambi</p>""", ["BSM202"], "Only the offer to help if anything comes up."),
("delivery-delay", "html", "Ritardo spedizione ordine {O}",
"""<p>Buongiorno Sig. Mancini,</p>
<p>lo zaino porta-PC dell'ordine {O} partirà il 19/12 invece del 16/12 per un ritardo del fornitore. Ci scusiamo.</p>
<p>Urbano Bags</p>
<p>P.S. Fino al 31 dicembre tutta la linea viaggio è scontata del 20% sul nostro negozio Amazon: approfittane!</p>""", ["BSM203"], "Delay message with a promotional P.S."),
("review-request", "text", "Una recensione per l'ordine {O}?",
"""Buongiorno,

se ha qualche minuto, una recensione su Amazon del termometro da cucina dell'ordine {O} sarebbe utile ad altri clienti.

P.S. Ci trova anche su Facebook e Instagram come «Gusto Preciso»: seguiteci per scoprire in anteprima i nuovi prodotti e iscrivetevi alla newsletter!

Gusto Preciso""", ["BSM203"], "Review request with follow-us, newsletter and new products."),
("review-request", "text", "Un pensiero per lei – ordine {O}",
"""Gentile Sig.ra Leone,

se pubblica una recensione della lampada da scrivania (ordine {O}) e ci manda il link, con il prossimo pacco le inviamo un piccolo omaggio come ringraziamento.

A presto,
Luce Nord""", ["BSM204"], "Small gift once the review is published."),
("review-request", "text", "Ordine {O}: una proposta",
"""Ciao Matteo,

una proposta speciale: non appena la tua recensione della tastiera meccanica (ordine {O}) sarà visibile su Amazon, ti rimborsiamo per intero quanto hai pagato. Basta rispondere con uno screenshot.

KeyLab Italia""", ["BSM204"], "Full refund once the review is online."),
("reply", "html", "Re: La sua recensione – ordine {O}",
"""<p>Buongiorno Sig. Martini,</p>
<p>siamo contenti che il ricambio per il tosaerba dell'ordine {O} sia finalmente arrivato e funzioni. Visto che il problema è risolto, potrebbe gentilmente aggiornare o cancellare la recensione a una stella che aveva lasciato?</p>
<p>Grazie,<br>Giardino Facile</p>""", ["BSM205"], "Asks to update or delete a one-star review."),
("review-request", "text", "Ordine {O}: tutto bene?",
"""Buongiorno,

se il cuscino ergonomico dell'ordine {O} le è piaciuto, ci lasci una recensione su Amazon. Se invece qualcosa non l'ha convinta, la preghiamo di non recensire e di scriverci prima: troveremo una soluzione insieme.

Dormi Bene""", ["BSM206"], "Review only if satisfied; unhappy buyers steered to the seller."),
("review-request", "html", "Cinque stelle per noi? Ordine {O}",
"""<p>Ciao Elena,</p>
<p>se sei soddisfatta dello stendino da balcone (ordine {O}), ci aiuteresti tantissimo con una valutazione da 5 stelle su Amazon.</p>
<p>Grazie!<br>Casa Pratica</p>""", ["BSM206"], "Asks for a five-star rating."),
("order-problem", "text", "Ordine {O}: prodotto esaurito",
"""Gentile Sig. Serra,

il trapano a percussione dell'ordine {O} è esaurito presso il nostro fornitore e non possiamo spedirlo. Abbiamo già rettificato l'importo dell'ordine per indisponibilità.

Per chiudere la pratica più in fretta, le consigliamo di annullare lei stesso l'ordine dalla sezione «I miei ordini».

Cordiali saluti,
Ferramenta Serra & Figli""", ["BSM108"], "Adjustment confirmed but buyer advised to cancel himself."),
("order-problem", "text", "Riguardo al suo ordine {O}",
"""Buongiorno,

purtroppo le scorte del tè matcha biologico sono finite. Le saremmo grati se potesse inoltrare una richiesta di annullamento per l'ordine {O} tramite il suo account Amazon.

Grazie per la comprensione,
Tè e Tisane Kaori""", ["BSM107", "BSM108"], "Cancellation request after a stock-out, no adjustment."),
("delivery-delay", "text", "Ordine {O}: nuova data",
"""Buongiorno Sig.ra Pellegrini,

il puzzle 3D dell'ordine {O} verrà spedito il 22 dicembre anziché il 17.

Per non ricevere più comunicazioni da parte nostra, risponda a questo messaggio con la parola CANCELLAMI.

Giochi Bottega""", ["BSM305"], "Opt-out instruction."),
("reply", "text", "Re: Pacco danneggiato – ordine {O}",
"""Buongiorno Sig. De Luca,

dalle foto si vede benissimo che quei coglioni del corriere hanno lanciato il pacco. Le rispediamo subito un nuovo set di bicchieri per l'ordine {O}, a costo zero.

Cristalleria Murano Store""", ["BSM306"], "Italian profanity in a reply."),
("delivery-delay", "text", "Bestellung {O} – Verzögerung",
"""Guten Tag Frau Costa,

leider verzögert sich der Versand Ihrer Bestellung {O} (Wollmantel) um etwa eine Woche. Wir rechnen mit dem Versand am 21. Dezember.

Mit freundlichen Grüßen
Sartoria Milanese""", ["BSM104"], "Italian-locale buyer, message entirely in German."),
("reply", "text", "Re: Montaggio – ordine {O}",
"""Buongiorno,

per il montaggio della libreria dell'ordine {O} la cosa più semplice è sentirci a voce: ci chiami allo 051 234 5678 dal lunedì al venerdì, la guidiamo passo passo.

Falegnameria Bolognese""", ["BSM309"], "Seller's phone number in national format."),
("additional-information", "text", "Misura dell'anello – ordine {O}",
"""Ciao Giorgia,

per l'anello dell'ordine {O} ci confermi la misura 14 o 15? Se preferisci, mandaci un WhatsApp al +39 347 812 6645.

Gioielli Sole""", ["BSM309"], "Seller's mobile in international format."),
("reply", "text", "Re: Fattura intestata – ordine {O}",
"""Buongiorno Sig.ra Fontana,

per la fattura intestata all'azienda relativa all'ordine {O}, ci scriva ragione sociale e codice SDI all'indirizzo fatture@ortopediabenessere.it.

Cordiali saluti,
Ortopedia Benessere""", ["BSM308"], "Plain e-mail address."),
("reply", "text", "Re: Pezzo mancante – ordine {O}",
"""Buongiorno,

ci dispiace per la vite mancante nell'ordine {O}. Scriva a assistenza chiocciola arredoveloce punto it indicando il codice del pezzo (V-08) e gliela spediamo.

Arredo Veloce""", ["BSM308"], "E-mail address obfuscated with chiocciola/punto."),
("reply", "html", "Re: Ricette – ordine {O}",
"""<p>Buongiorno Sig.ra Marchetti,</p>
<p>per la pentola a pressione dell'ordine {O} abbiamo raccolto tempi di cottura e ricette sul nostro sito:</p>
<p><a href="https://www.pentolerossi.it/ricette-pentola-pressione">Le ricette per pentola a pressione sul sito di Pentole Rossi</a></p>
<p>Buona cucina,<br>Pentole Rossi</p>""", ["BSM302"], "https link with descriptive text to the seller's own recipe page, not needed for the order."),
("reply", "html", "Re: Taglie – ordine {O}",
"""<p>Buongiorno,</p>
<p>le misure delle scarpe dell'ordine {O} sono indicate nella tabella della pagina prodotto:</p>
<p><a href="http://www.amazon.it/dp/B0C8M2P4RZ">Tabella taglie sulla pagina Amazon.it delle scarpe</a></p>
<p>Calzature Veneto</p>""", ["BSM301"], "Insecure http link to Amazon."),
("delivery-delay", "html", "Ordine {O}: un piccolo ritardo",
"""<p>Buongiorno Sig. Moretti,</p>
<p>la lampada da terra dell'ordine {O} partirà il 20/12 invece del 15/12.</p>
<p><img src="https://img.lucedesign.it/prodotti/lampada-da-terra-arco-nera.jpg" alt="Lampada da terra ad arco nera" width="260"></p>
<p>Ci scusiamo,<br>Luce Design</p>""", ["BSM310"], "Image of the purchased product."),
("delivery-scheduling", "html", "Consegna del divano – ordine {O}",
"""<p><img src="https://images.freestock-cdn.com/albero-di-natale-innevato.jpg" alt="Albero di Natale innevato" width="300"></p>
<p>Buongiorno,</p>
<p>per la consegna del divano dell'ordine {O} può scegliere tra martedì 15/12 (8–12) e mercoledì 16/12 (14–18). Ci faccia sapere.</p>
<p>Divani Comfort</p>""", ["BSM311"], "Unrelated stock image (Christmas tree)."),
("reply", "html", "Re: Ricarica – ordine {O}",
"""<p><img src="https://cdn.bikeelettrica.it/logo/bike-elettrica-logo.png" width="140"></p>
<p>Buongiorno,</p>
<p>la batteria della bici dell'ordine {O} si ricarica completamente in circa 5 ore.</p>
<p>Bike Elettrica</p>""", ["BSM402"], "Shop logo without alt attribute."),
("reply", "text", "Re: Colore – ordine {O}",
"""Ciao Marta,

certo, la borraccia dell'ordine {O} si può cambiare con quella rosa 👍 Ti mandiamo l'etichetta per il reso 😊

Eco Borracce""", ["BSM403"], "Emoji."),
("reply", "text", "Re: Tempi – ordine {O}",
"""Ciao Paolo,

tranquillo, il cavo HDMI dell'ordine {O} funziona anche con la tua TV del 2015 :D

Cavi & Connessioni""", ["BSM403"], "Text emoticon :D."),
("delivery-delay", "html", "Ritardo – ordine {O}",
"""<style>
.titolo { font-size: 26px; }
.sottotitolo { font-size: 19px; }
.testo { font-size: 15px; }
.piede { font-size: 11px; }
</style>
<p class="titolo">Spedizione rinviata</p>
<p class="sottotitolo">Ordine {O}</p>
<p class="testo">Gentile cliente, il tappeto del suo ordine partirà il 23/12 invece del 18/12.</p>
<p class="piede">Tappeti d'Oriente S.r.l. – Firenze</p>""", ["BSM410"], "Four explicit font sizes in a style block."),
("additional-information", "html", "Informazione necessaria – ordine {O}",
"""<p>Buongiorno,</p>
<p>per l'ordine {O} ci serve la larghezza esatta della finestra (80 o 100 cm).</p>
<p></p>
<p></p>
<p>Grazie,<br><br><br><br>Tende Sartoriali</p>""", ["BSM412"], "Empty paragraphs and a run of br tags."),
("reply", "text", "[Importante] Re: Domanda sulla taglia – ordine {O}",
"""Buongiorno,

la camicia dell'ordine {O} veste regolare: se di solito porta la M, prenda la M.

Camiceria Napoli""", ["BSM110"], "[Importante] on a reply."),
("reply", "html", "Re: Istruzioni – ordine {O}",
"""<p>Buongiorno,</p>
<p>le istruzioni dell'umidificatore dell'ordine {O} si trovano nella pagina prodotto, <a href="https://www.amazon.it/dp/B0B7F3K9WM">qui</a>.</p>
<p>Aria Pura</p>""", ["BSM401"], "Non-descriptive link text (qui)."),
# ---------------- varying (2) ----------------
("delivery-delay", "html", "Ordine {O}: nuova data di spedizione",
"""<div style="padding: 0 140px;">
<p><img src="https://cdn.vasiterracotta.it/banner/vasi-terracotta-impruneta-banner.png" alt="Vasi Terracotta Impruneta" width="580"></p>
<p>Buongiorno Sig.ra Sartori,</p>
<p>il vaso dell'ordine {O} partirà il 21/12 invece del 16/12 per l'essiccazione più lenta dovuta al freddo.</p>
<p>Vasi Terracotta Impruneta</p>
</div>""", ["BSM405", "BSM406"], "140 px side padding and a 580 px wide brand banner."),
("review-request", "html", "La sua opinione – ordine {O}",
"""<p>Buongiorno,</p>
<p>se lo desidera, può lasciare una recensione sul macinacaffè dell'ordine {O} direttamente su Amazon.</p>
<p>Caffè Artigiano</p>
<img src="https://t.mailstats-track.it/open.gif?uid=88231&amp;o=444" width="1" height="1" alt="">""", ["BSM307", "BSM402"], "1x1 tracking pixel with empty alt."),
]


MESSAGES = []
for _i, (_t, _f, _s, _b, _e, _n) in enumerate(_RAW, start=1):
    _o = _oid(_i)
    MESSAGES.append({
        "id": f"v13-{LANG}-{_i:03d}",
        "language": LANG,
        "locale": LOCALE,
        "type": _t,
        "format": _f,
        "subject": _s.replace("{O}", _o),
        "body": _b.replace("{O}", _o).replace("{N}", _o.replace("-", "")),
        "order_id": _o,
        "expected": sorted(_e),
        "note": _n,
    })
