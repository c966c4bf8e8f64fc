from common import M
L = "it"
# ---- clean (12)
M(L, "delivery-delay", "text", "Ritardo nella spedizione dell'ordine {o}", """Gentile signora Bianchi,

purtroppo il suo ordine {o} (lampada da tavolo "Murano", vetro ambra) non potrà essere spedito entro la data indicata: la vetreria che la produce ha avuto un fermo di alcuni giorni.

La nuova data di spedizione prevista è venerdì 24 maggio. Se preferisce non attendere, può annullare l'ordine dal suo account Amazon e riceverà il rimborso completo.

Ci scusiamo per l'inconveniente.

Cordiali saluti,
Giulia Ferraro
Luci di Venezia""", [], "clean: delay with new date, neutral cancellation mention")
M(L, "order-problem", "text", "[Importante] Problema con il suo ordine {o}", """Gentile signor Russo,

siamo spiacenti: la macchina per la pasta del suo ordine {o} non è più disponibile, perché l'ultimo pezzo in magazzino è risultato difettoso al controllo.

Abbiamo quindi rettificato l'importo dell'ordine e rimborsato l'intera somma di 74,90 € (motivo: prodotto esaurito). L'accredito sarà visibile entro pochi giorni lavorativi.

Cordiali saluti,
Casa & Cucina Torino""", [], "clean: order problem with adjustment; [Importante] on critical type")
M(L, "invoice", "text", "Fattura ordine {o}", """Gentile dott.ssa Colombo,

in allegato trova la fattura relativa all'ordine {o}, intestata alla sua società come richiesto.

Fattura n. 2024/FE/00418
P.IVA: IT 03921450165
Codice fiscale: 03921450165
REA: BG-412876

Cordiali saluti,
Amministrazione Cartoleria Orobica S.r.l.""", [], "clean: invoice with P.IVA and REA numbers")
M(L, "review-request", "html", "La sua opinione sull'ordine {o}", """<p><img src="https://static.oleificiodelsole.it/mail/logo-oleificio.png" alt="Oleificio del Sole" width="150"></p>
<p>Buongiorno Marco,</p>
<p>qualche settimana fa ha ricevuto il nostro olio extravergine (ordine {o}). Le andrebbe di lasciare una recensione su Amazon? Ogni opinione sincera, positiva o negativa, è utile ad altri clienti.</p>
<p><a href="https://www.amazon.it/review/create-review?asin=B0BQW5N1KD">Scrivi una recensione su Amazon.it</a></p>
<p>Grazie e buona giornata,<br>Oleificio del Sole</p>""", [], "clean: neutral HTML review request")
M(L, "delivery-scheduling", "text", "Appuntamento per la consegna – ordine {o}", """Buongiorno signor Esposito,

il divano letto del suo ordine {o} è arrivato nel nostro deposito di Caserta. La consegna avviene su appuntamento, con due operatori e montaggio incluso.

Possiamo venire:
- martedì 4 giugno, dalle 9:00 alle 13:00
- giovedì 6 giugno, dalle 14:00 alle 18:00

Ci fa sapere quale fascia oraria preferisce e a che piano abita?

Saluti,
Arredamenti Campania""", [], "clean: delivery scheduling")
M(L, "home-service-appointment", "text", "Installazione climatizzatore – ordine {o}", """Gentile signora Romano,

con l'ordine {o} ha acquistato anche il servizio di installazione del climatizzatore. Il nostro tecnico è disponibile mercoledì 29 maggio tra le 8:30 e le 12:30.

Se l'orario non le va bene, ci indichi pure un'altra mattina della settimana.

Cordialmente,
Clima Service Roma""", [], "clean: home service appointment")
M(L, "custom-design-verification", "html", "Bozza da approvare – ordine {o}", """<p>Ciao Francesca,</p>
<p>in allegato trovi la bozza della targa personalizzata del tuo ordine {o}: "Studio Legale Conti – 2° piano", in ottone satinato.</p>
<p>Controlla per favore il testo e la disposizione; appena ci dai l'ok procediamo con l'incisione.</p>
<p>Un saluto,<br>Incisioni Artistiche Firenze</p>""", [], "clean: design proof")
M(L, "additional-information", "text", "Informazione necessaria – ordine {o}", """Buongiorno signor Gallo,

per confezionare le tende su misura del suo ordine {o} ci serve sapere se l'altezza di 245 cm indicata si riferisce alla finestra o all'altezza totale della tenda, compreso il bastone.

Grazie della risposta: la produzione partirà subito dopo.

Cordiali saluti,
Tendaggi Marchetti""", [], "clean: additional info")
M(L, "return-follow-up", "text", "Il suo reso – ordine {o}", """Gentile signora Costa,

abbiamo ricevuto lo zaino del suo ordine {o}. Purtroppo presenta una macchia d'inchiostro all'interno e non possiamo rimetterlo in vendita.

Possiamo offrirle un rimborso parziale di 25,00 € sui 49,90 € pagati. Ci conferma se è d'accordo?

Cordiali saluti,
Zaini & Viaggi""", [], "clean: partial refund offer")
M(L, "return-follow-up", "html", "Reso ordine {o} – una domanda", """<p>Buongiorno signor Fontana,</p>
<p>abbiamo preso in carico la sua richiesta di reso per l'ordine {o}. Per completarla ci serve sapere se intende restituire entrambe le camicie o solo quella taglia 42.</p>
<p>Numero di reso: RS-2024-1187</p>
<p>Grazie,<br>Camiceria Napoletana</p>""", [], "clean: return follow-up question")
M(L, "fulfillment-question", "text", "Consegna ordine {o}", """Buongiorno signora Greco,

il corriere ci segnala che al suo indirizzo (Via dei Mille 23, Palermo) non c'è un nome sul citofono. Per consegnare l'ordine {o}, può indicarci il nome riportato sul campanello o un riferimento per il portiere?

Codice pratica corriere: BRT-PA-771203

Grazie,
Dolci Siciliani""", [], "clean: fulfillment question")
M(L, "reply", "text", "Re: Garanzia – ordine {o}", """Buongiorno signor Marino,

grazie per averci scritto. La friggitrice ad aria del suo ordine {o} ha due anni di garanzia del produttore. Per l'assistenza in garanzia può rivolgersi direttamente al servizio clienti del produttore De'Longhi: 800 778 877 (numero verde del produttore).

Tenga a portata di mano la fattura, scaricabile dal suo account Amazon.

Cordiali saluti,
Elettro Casa Bari""", [], "clean: manufacturer warranty number marked")
# ---- violations: words (16)
M(L, "fulfillment-question", "text", "Ordine {o} ricevuto!", """Ciao Sara,

abbiamo ricevuto il tuo ordine {o} e lo stiamo già preparando con cura nel nostro laboratorio di Bologna: domani partirà con GLS.

A presto,
Ceramiche Felsina""", ["BSM201"], "order received, being prepared, will ship tomorrow")
M(L, "invoice", "text", "Fattura ordine {o}", """Gentile signor De Luca,

in allegato la fattura del suo ordine {o} (n. 2024/0331).

Approfittiamo per segnalarle la nuova collezione autunno-inverno: seguici su Instagram @maglificioalpino per scoprirla in anteprima e iscriviti alla nostra newsletter.

Cordiali saluti,
Maglificio Alpino""", ["BSM203"], "new collection, follow us, newsletter")
M(L, "review-request", "text", "Una recensione? – ordine {o}", """Buongiorno signora Rizzi,

se lascia una recensione sul frullatore del suo ordine {o}, le invieremo un buono Amazon da 15 € come ringraziamento. Basta inviarci il link della recensione pubblicata.

Grazie!
Cucina Smart""", ["BSM204"], "gift card for review")
M(L, "reply", "html", "Re: la sua recensione – ordine {o}", """<p>Gentile signor Moretti,</p>
<p>come ci ha confermato, il trapano del suo ordine {o} ora funziona di nuovo, dopo aver sbloccato il mandrino seguendo le nostre indicazioni.</p>
<p>Ora che il problema è risolto, potrebbe gentilmente eliminare la recensione negativa che ha pubblicato? Per noi è molto importante.</p>
<p>Cordiali saluti,<br>Utensileria Lombarda</p>""", ["BSM205"], "asks to delete negative review")
M(L, "review-request", "text", "Soddisfatto dell'ordine {o}?", """Buongiorno Luca,

se il tuo monopattino (ordine {o}) ti sta dando soddisfazione, lasciaci cinque stelle su Amazon! Se invece qualcosa non va, scrivici prima di recensire.

Grazie,
Mobilità Verde""", ["BSM206"], "five stars if satisfied, unhappy redirected")
M(L, "delivery-delay", "text", "Ordine {o} – disponibilità", """Gentile signora Barbieri,

il seggiolino auto del suo ordine {o} è esaurito presso il nostro fornitore e non sappiamo quando tornerà disponibile.

Le chiediamo cortesemente di inoltrare una richiesta di annullamento dal suo account Amazon, così l'ordine verrà chiuso.

Cordiali saluti,
Bimbi Sicuri""", ["BSM108"], "asks buyer to request cancellation")
M(L, "order-problem", "html", "Problema con l'ordine {o}", """<p>Gentile signor Lombardi,</p>
<p>siamo spiacenti, ma non riusciremo a spedire la chitarra del suo ordine {o}: durante l'imballaggio ci siamo accorti di una crepa sulla cassa.</p>
<p>Ci scusiamo sinceramente per il disagio.</p>
<p>Cordiali saluti,<br>Strumenti Musicali Verdi</p>""", ["BSM107"], "order problem without adjustment")
M(L, "return-follow-up", "text", "Reso ordine {o}", """Gentile signora Caruso,

le confermiamo che il reso del suo ordine {o} è arrivato al nostro magazzino. Grazie e alla prossima!

Cordiali saluti,
Moda Riviera""", ["BSM109"], "return confirmation without question or partial refund")
M(L, "review-request", "text", "[IMPORTANTE] Recensione ordine {o}", """Gentile signor Ferri,

ci farebbe piacere conoscere la sua opinione sul set di coltelli del suo ordine {o}. Può lasciare una recensione su Amazon quando vuole.

Cordiali saluti,
Coltelleria Maniago""", ["BSM110"], "[IMPORTANTE] on review request")
M(L, "delivery-delay", "text", "Ritardo ordine {o}", """Gentile signora Martini,

il suo ordine {o} partirà con due giorni di ritardo, il 14 marzo.

Se non desidera più ricevere comunicazioni da noi, risponda "CANCELLAMI" a questo messaggio.

Cordiali saluti,
Profumeria Aurora""", ["BSM305"], "opt-out instruction")
M(L, "reply", "text", "Re: reclamo ordine {o}", """Signor Bruno,

ma che cazzo vuole ancora? Il tappeto dell'ordine {o} era perfetto quando è partito. Se non le piace, affari suoi, non ci rompa più le scatole.

Tappeti Orientali""", ["BSM306"], "vulgar/offensive language")
M(L, "additional-information", "text", "Testo per l'incisione – ordine {o}", """Buongiorno signora Gentile,

ci manca ancora il testo da incidere sul bracciale del suo ordine {o}. Può mandarlo a incisioni chiocciola gioielleriaperla punto it, indicando il numero d'ordine.

Grazie,
Gioielleria Perla""", ["BSM308"], "obfuscated email (chiocciola/punto)")
M(L, "delivery-scheduling", "html", "Consegna ordine {o}", """<p>Gentile signor Pellegrini,</p>
<p>la cucina componibile del suo ordine {o} è pronta per la consegna. Per fissare l'appuntamento ci chiami al +39 02 8734 5512, dal lunedì al venerdì, ore 9–18.</p>
<p>Cordiali saluti,<br>Cucine Milano Design</p>""", ["BSM309"], "seller phone number +39")
M(L, "reply", "text", "Re: istruzioni – ordine {o}", """Buongiorno signora Villa,

trova le istruzioni di montaggio della scarpiera del suo ordine {o} a questo indirizzo:
https://www.amazon.it/dp/B0D2M7HQ8W

Cordiali saluti,
Mobili Facili""", ["BSM401"], "bare URL")
M(L, "custom-design-verification", "text", "La tua bozza – ordine {o}", """Ciao Giorgia,

ecco la bozza della tua tazza personalizzata (ordine {o}) in allegato :D Abbiamo messo la foto del tuo gatto e la scritta "Regina del divano".

Fammi sapere se va bene!
Tazze Matte""", ["BSM403"], "emoticon :D")
M(L, "delivery-delay", "text", "Ritardo ordine {o}", """Sehr geehrte Frau Ricci,

leider verzögert sich Ihre Bestellung {o} (Kaffeemaschine „Moka Express“) um eine Woche. Neuer Versandtermin ist der 20. Mai.

Mit freundlichen Grüßen
Caffè Italia Shop""", ["BSM104"], "it-IT buyer, message in German")
# ---- markup (7)
M(L, "delivery-delay", "html", "Nuova data di spedizione – {o}", """<table width="600" cellpadding="0" cellspacing="0"><tr><td style="padding-left:150px;padding-right:150px">
<p>Gentile signor Testa,</p>
<p>le lenzuola del suo ordine {o} saranno spedite il 10 aprile anziché il 6 aprile.</p>
<p>Cordiali saluti,<br>Biancheria Como</p>
</td></tr></table>""", ["BSM405"], "150px padding each side in builder table")
M(L, "review-request", "html", "Com'è andata? – ordine {o}", """<p>Buongiorno signora Marchi,</p>
<p>speriamo che la borraccia termica del suo ordine {o} le piaccia. Se vuole, può lasciare una recensione su Amazon.</p>
<p><a href="https://www.amazon.it/review/create-review?asin=B0C9K2LP4T">Recensisci la borraccia su Amazon.it</a></p>
<p>Saluti,<br>EcoBottle Italia</p>
<img src="https://px.mailerlite-track.net/o/3a9f21e0.gif?uid=77120" width="1" height="1" alt="">""", ["BSM307", "BSM402"], "tracking pixel with empty alt")
M(L, "invoice", "html", "Fattura – ordine {o}", """<p style="font-size:24px">Fattura disponibile</p>
<p style="font-size:18px">Ordine {o}</p>
<p style="font-size:14px">Gentile signor Sala, trova in allegato la fattura n. 2024/552.</p>
<p style="font-size:10px">Enoteca Langhe S.r.l. – P.IVA IT 02817460049</p>""", ["BSM410"], "four explicit font sizes")
M(L, "additional-information", "html", "Una domanda sul suo ordine {o}", """<div style="line-height:22px">
<p>Gentile signora Ferrara,</p>
<p>per stampare il poster del suo ordine {o} ci serve sapere se preferisce la finitura opaca o lucida.</p>
<p>Grazie,<br>Stampe d'Autore</p>
</div>""", ["BSM408"], "line-height set")
M(L, "fulfillment-question", "text", "Consegna ordine {o}", """Buongiorno signor Negri,

per l'ordine {o} il corriere ha bisogno di sapere se al suo indirizzo c'è un cortile accessibile con il furgone.


Grazie,
Legna e Pellet Trentino""", ["BSM412"], "two blank lines in text")
M(L, "review-request", "html", "La sua opinione – ordine {o}", """<p>Gentile signora Valentini,</p>
<p>ci farebbe piacere ricevere la sua opinione sulla crema viso del suo ordine {o}.</p>
<p><a href="http://www.amazon.it/review/create-review?asin=B0B7TX3KQ9">Lascia una recensione su Amazon.it</a></p>
<p>Cordialmente,<br>Erbe di Montagna</p>""", ["BSM301"], "http link to Amazon")
M(L, "home-service-appointment", "html", "Appuntamento montaggio – {o}", """<p><img src="https://images.stockphotos-free.example.net/montagne/dolomiti-tramonto.jpg" alt="Tramonto sulle Dolomiti" width="400"></p>
<p>Gentile signor Benedetti,</p>
<p>il montaggio dell'armadio del suo ordine {o} è fissato per lunedì 10 giugno tra le 14:00 e le 16:00.</p>
<p>Cordiali saluti,<br>Montaggi Veloci</p>""", ["BSM311"], "unrelated landscape image")
