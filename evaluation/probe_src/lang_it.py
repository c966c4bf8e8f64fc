from common import M, P, builder, outlook

L = [
# ---- BSM202
M("thanks", "fulfillment-question", "text", "Grazie per il tuo ordine {O}", """
Ciao Giulia,

volevamo semplicemente ringraziarti per aver acquistato da Bottega del Caffè. Speriamo che la nuova moka ti regali tante colazioni piacevoli!

Un caro saluto,
Francesca
Bottega del Caffè""", ["BSM202"], "just wanted to thank + wishes"),
M("thanks", "additional-information", "text", "Il suo ordine {O}", """
Gentile Sig. Rossi,

la ringraziamo per aver scelto Casa Bianchi. Restiamo a sua completa disposizione per qualsiasi domanda relativa al suo acquisto.

Cordiali saluti,
Servizio clienti Casa Bianchi""", ["BSM202"], "thanks + a disposizione"),
M("thanks", "fulfillment-question", "html", "Grazie di cuore – ordine {O}", builder(P(
 "Gentile Sig.ra Ferrari,",
 "desideriamo ringraziarla per il suo ordine {O}. Siamo un piccolo laboratorio di ceramica a Deruta e ogni ordine per noi è una grande soddisfazione.",
 "Le auguriamo di godersi a lungo il suo nuovo servizio da tè.",
 "Con gratitudine,<br>Marco ed Elena<br>Ceramiche Deruta Artigiana"),
 "https://m.media-amazon.com/images/S/aplus-media-library-service-media/ceramiche-deruta-artigiana-logo.png", "Ceramiche Deruta Artigiana"), ["BSM202"], "builder + logo; thanks + wishes"),
M("thanks", "fulfillment-question", "text", "Ordine {O}", """
Grazie per il tuo acquisto!

Lo staff di TecnoShop Milano""", ["BSM202"], "one-line thanks"),
M("thanks", "additional-information", "html", "Il Suo ordine {O} – Cartoleria Conti", outlook([
 "Gentile Cliente,",
 "desideriamo ringraziarLa per la fiducia accordataci con il Suo acquisto.",
 "Qualora dovesse riscontrare problemi con l'ordine {O}, non esiti a contattarci tramite il servizio messaggi di Amazon.",
 "Distinti saluti,",
 "Luca Conti<br>Cartoleria Conti S.r.l."]), ["BSM202"], "Outlook formal"),
M("thanks", "fulfillment-question", "text", "Serve aiuto? ({O})", """
Buongiorno,

se qualcosa nel pacco non dovesse andare bene, o se ha dubbi su come usare la nuova impastatrice, basta rispondere a questo messaggio: saremo felici di aiutarla.

Buona giornata,
Cucina Italiana Store""", ["BSM202"], "only offer to help"),
M("thanks", "fulfillment-question", "html", "Un grazie speciale ({O})", P(
 "Ciao Chiara,",
 "grazie davvero per il tuo ordine {O}! Dietro il nostro negozio ci siamo solo noi due, e ogni ordine ci riempie di gioia.",
 "Speriamo che la lana merino ti piaccia quanto piace a noi e che il tuo maglione venga splendido.",
 "Se dovesse esserci qualsiasi problema, scrivici pure: ci siamo sempre.",
 "Ancora grazie e buon lavoro a maglia!",
 "Un abbraccio,<br>Sara e Giorgia<br>Gomitolo d'Oro"), ["BSM202"], "long informal thanks"),
M("thanks", "additional-information", "text", "Ringraziamenti – ordine {O}", """
Gentile cliente,

la ringraziamo per il suo ordine e le auguriamo una splendida giornata.

Cordialmente,
Vivaio Verde Brianza""", ["BSM202"], "formal thanks + wish"),
# ---- lookalikes
M("lookalike", "delivery-delay", "text", "Ritardo dell'ordine {O}", """
Gentile Sig. Esposito,

grazie per il suo ordine. Purtroppo la consegna del tavolino in rovere "Bergamo" subirà un ritardo: il nostro falegname completerà il piano la prossima settimana.

Prevediamo ora la spedizione per il 16 gennaio anziché il 9 gennaio. Non deve fare nulla.

Ci scusiamo per l'inconveniente e la ringraziamo per la pazienza.

Cordiali saluti,
Casa Bianchi""", [], "thanks + new date"),
M("lookalike", "additional-information", "text", "Testo dell'incisione – ordine {O}", """
Gentile Sig.ra Romano,

grazie per aver ordinato il tagliere inciso. Prima di procedere con l'incisione abbiamo una domanda.

Il testo indicato ("Famiglia Romano – Benvenuti a casa nostra dal 2010") è di 49 caratteri, mentre sul tagliere ne entrano al massimo 35. Può indicarci un testo più breve?

Cordiali saluti,
Incisioni Artigiane Toscana""", [], "thanks + engraving question"),
M("lookalike", "invoice", "html", "Fattura dell'ordine {O}", P(
 "Gentile Sig. Colombo,",
 "grazie per il suo acquisto. In allegato trova la fattura n. 2026/0087 relativa all'ordine {O}.",
 "In fattura sono riportati la nostra Partita IVA IT 01234567890 e il numero REA MI-1987654.",
 "Cordiali saluti,<br>Amministrazione TecnoShop Milano"), [], "thanks + invoice; P.IVA/REA"),
M("lookalike", "delivery-scheduling", "text", "Appuntamento per la consegna – ordine {O}", """
Gentile Sig.ra Ricci,

grazie per aver scelto la lavatrice Candy. Trattandosi di una consegna al piano con due operatori, dobbiamo concordare un appuntamento con lei.

Fasce disponibili:
- martedì 13 gennaio, dalle 8:00 alle 12:00
- giovedì 15 gennaio, dalle 14:00 alle 18:00

Ci può indicare la fascia che preferisce e a quale piano si trova l'abitazione?

Cordiali saluti,
Elettro Casa Verona""", [], "thanks + delivery slot"),
M("lookalike", "return-follow-up", "text", "Il suo reso – ordine {O}", """
Gentile Sig. Marino,

grazie per aver registrato il reso. L'etichetta prepagata è disponibile nella sezione "I miei ordini" su Amazon: basta stamparla e applicarla sul pacco.

Per completare il reso, può dirci se restituisce anche la batteria o solo l'utensile?

Grazie,
Ferramenta Greco""", [], "thanks + label + question"),
# ---- clean
M("clean", "reply", "text", "Re: Annullamento ordine {O}", """
Gentile Sig.ra Bruno,

il suo ordine {O} è stato annullato su sua richiesta, prima della spedizione. Amazon le rimborserà l'intero importo di 54,90 € entro tre-cinque giorni lavorativi.

Cordiali saluti,
Gomitolo d'Oro""", [], "cancellation at buyer's request"),
M("clean", "order-problem", "text", "Problema con il suo ordine {O}", """
Gentile Sig. Gallo,

ci dispiace informarla che la pentola Lagostina (24 cm) del suo ordine {O} non può essere spedita: l'ultimo pezzo si è danneggiato in magazzino e il modello è fuori produzione.

Abbiamo quindi rettificato l'importo totale dell'ordine per mancanza di disponibilità; gli 89,00 € le saranno riaccreditati nei prossimi giorni.

Cordiali saluti,
Cucina Italiana Store""", [], "order problem + adjustment"),
M("clean", "return-follow-up", "text", "Proposta di rimborso parziale – {O}", """
Ciao Matteo,

ci hai segnalato un piccolo graffio sulla base della lampada, ma vorresti tenerla. Possiamo offrirti un rimborso parziale di 20,00 € senza che tu debba restituire l'articolo.

Ti va bene questa proposta? Appena ci dai conferma, procediamo con il rimborso per l'ordine {O}.

Un saluto,
Casa Bianchi""", [], "partial refund offer"),
M("clean", "review-request", "text", "La sua esperienza con il bollitore – ordine {O}", """
Gentile Sig.ra Costa,

qualche settimana fa ha acquistato da noi un bollitore Smeg (ordine {O}). Se ha un momento, le saremmo grati se volesse condividere la sua esperienza con una recensione su Amazon.

Cordiali saluti,
Elettro Casa Verona""", [], "neutral review request"),
M("clean", "invoice", "text", "Fattura n. 2026/01/045 – ordine {O}", """
Spett.le Cliente,

in allegato la fattura relativa all'ordine {O}.

Fattura n.: 2026/01/045
Data: 08/01/2026
Totale IVA inclusa: 1.249,00 €
P.IVA: 03 456 789 012
C.F.: 03456789012
Capitale sociale: 10.000,00 € i.v.

Distinti saluti,
Cartoleria Conti S.r.l.""", [], "invoice with grouped P.IVA"),
M("clean", "custom-design-verification", "html", "Bozza delle partecipazioni – ordine {O}", builder(P(
 "Gentile Sig.ra De Luca,",
 "in allegato trova la bozza delle sue partecipazioni di nozze (formato 15 × 15 cm, 80 copie, data 20.06.2026).",
 "La preghiamo di controllare i nomi e il luogo della cerimonia e di confermarci l'approvazione o le modifiche rispondendo a questo messaggio.",
 "Cordiali saluti,<br>Studio Carta Bianca"), "https://m.media-amazon.com/images/S/aplus-media-library-service-media/studio-carta-bianca-logo.png", "Studio Carta Bianca"), [], "design proof + logo"),
# ---- BSM201
M("201", "fulfillment-question", "text", "Il tuo pacco è in viaggio ({O})", """
Ciao Alessia,

buone notizie: il tuo pacco ha lasciato il nostro magazzino stamattina ed è in viaggio verso di te.

A presto,
Bottega del Caffè""", ["BSM201"], "left warehouse"),
M("201", "additional-information", "text", "Aggiornamento ordine {O}", """
Gentile Sig. Fontana,

abbiamo appena affidato il suo pacco al corriere BRT. Dovrebbe riceverlo entro 48 ore.

Cordiali saluti,
Ferramenta Greco""", ["BSM201"], "handed to BRT"),
M("201", "fulfillment-question", "html", "Abbiamo ricevuto il suo ordine ({O})", P(
 "Gentile Sig.ra Santoro,",
 "il suo ordine {O} ci è arrivato correttamente e il nostro team lo sta già preparando con cura.",
 "Cordiali saluti,<br>Vivaio Verde Brianza"), ["BSM201"], "order received + preparing"),
# ---- BSM204
M("204", "review-request", "text", "La sua opinione conta – {O}", """
Gentile Sig.ra Rinaldi,

come si trova con il macinacaffè? Se avrà il tempo di lasciare una recensione su Amazon, nel suo prossimo ordine aggiungeremo in omaggio una confezione della nostra miscela della casa.

Cordiali saluti,
Bottega del Caffè""", ["BSM204"], "free coffee for review"),
M("204", "review-request", "text", "Una piccola richiesta – ordine {O}", """
Ciao Davide,

potresti lasciare una recensione delle luci per bici su Amazon? Appena sarà pubblicata, ti rimborseremo le spese di spedizione.

Grazie!
Ricambi Bici Torino""", ["BSM204"], "shipping refund once published"),
M("204", "review-request", "html", "Un buono per la sua recensione ({O})", P(
 "Gentile Sig. Caruso,",
 "come ringraziamento per la sua recensione su Amazon, le invieremo un buono sconto di 10 € valido sul prossimo acquisto.",
 "Cordiali saluti,<br>Vivaio Verde Brianza"), ["BSM204"], "voucher for review"),
# ---- BSM205
M("205", "reply", "text", "Re: La sua recensione – ordine {O}", """
Gentile Sig. Ferri,

siamo contenti che il ricambio ora funzioni. Visto che il problema è stato risolto, sarebbe disposto a modificare la sua recensione da una stella?

Cordiali saluti,
Elettro Casa Verona""", ["BSM205"], "modify one-star review"),
M("205", "reply", "text", "Re: Feedback venditore – {O}", """
Gentile Sig.ra Barbieri,

grazie per averci permesso di risolvere la questione. Poiché il ritardo è dipeso dal corriere, potrebbe cortesemente rimuovere il feedback negativo che ci ha lasciato?

Cordiali saluti,
Gomitolo d'Oro""", ["BSM205"], "remove negative feedback"),
M("205", "reply", "html", "Re: Viti mancanti ({O})", P(
 "Gentile Sig. Moretti,",
 "le viti mancanti le sono state inviate oggi con una spedizione separata.",
 "Una volta montata la libreria, potrebbe magari rivedere la sua recensione su Amazon in modo che rispecchi la situazione attuale?",
 "Cordiali saluti,<br>Casa Bianchi"), ["BSM205"], "'rivedere la recensione'"),
# ---- BSM206
M("206", "review-request", "text", "È soddisfatto del suo ordine {O}?", """
Gentile Sig. Lombardi,

se è soddisfatto della borraccia termica, una recensione su Amazon ci farebbe molto piacere. In caso contrario, ci contatti prima, così troveremo insieme una soluzione.

Cordiali saluti,
Cucina Italiana Store""", ["BSM206"], "satisfied -> review; else contact us"),
M("206", "review-request", "text", "Cinque stelle? ({O})", """
Ciao Federico,

una valutazione a cinque stelle su Amazon aiuta tantissimo un piccolo negozio come il nostro. Avresti un minuto per valutare il kit da uncinetto?

Grazie in anticipo,
Gomitolo d'Oro""", ["BSM206"], "five stars"),
M("206", "review-request", "html", "Tutto bene? ({O})", P(
 "Gentile Sig.ra Mancini,",
 "solo se è pienamente soddisfatta del suo servizio da tè, saremmo felici di leggere la sua recensione su Amazon.",
 "Cordiali saluti,<br>Ceramiche Deruta Artigiana"), ["BSM206"], "only if fully satisfied"),
# ---- BSM108
M("108", "delivery-delay", "text", "Il suo ordine {O}", """
Gentile Sig.ra Giordano,

la macchina per espresso che ha ordinato è purtroppo esaurita e il fornitore non ci sa dare una data di riassortimento.

La soluzione più rapida per lei è annullare direttamente l'ordine dalla sezione "I miei ordini" su Amazon.

Cordiali saluti,
Cucina Italiana Store""", ["BSM108"], "quickest to cancel yourself"),
M("108", "fulfillment-question", "text", "Articolo esaurito – ordine {O}", """
Gentile Sig. Rizzo,

non abbiamo più disponibili le scarpe da corsa nella taglia 44. Le saremmo grati se potesse inviare una richiesta di annullamento per l'ordine {O}.

Sportivi saluti,
Run Store Bologna""", ["BSM108"], "grateful for cancellation request"),
M("108", "delivery-delay", "html", "Riguardo al suo ordine {O}", P(
 "Gentile Sig. Leone,",
 "il trapano avvitatore che ha ordinato non è disponibile e non sappiamo quando tornerà. Invece di aspettare, può annullare l'ordine su Amazon in pochi clic.",
 "Cordiali saluti,<br>Ferramenta Greco"), ["BSM108"], "suggests cancelling rather than waiting"),
# ---- BSM203
M("203", "delivery-delay", "text", "Ritardo dell'ordine {O}", """
Gentile Sig.ra Longo,

il suo calendario personalizzato sarà spedito il 14 gennaio anziché il 9 gennaio, perché la nostra tipografia ha accumulato un po' di ritardo dopo le feste. Ci scusiamo per l'attesa.

Cordiali saluti,
Studio Carta Bianca

P.S. Con il codice INVERNO15 ottiene il 15% di sconto sul suo prossimo ordine.""", ["BSM203"], "P.S. discount code"),
M("203", "invoice", "text", "Fattura – ordine {O}", """
Gentile Sig. Martinelli,

in allegato trova la sua fattura (n. 2026/0221).

Per non perdere nessuna delle nostre offerte, seguici su Instagram e iscriviti alla nostra newsletter!

Cordiali saluti,
Ricambi Bici Torino""", ["BSM203"], "follow us + newsletter"),
M("203", "review-request", "html", "La sua opinione sulla biancheria ({O})", P(
 "Gentile Sig.ra Vitale,",
 "saremmo lieti di leggere la sua recensione del completo letto su Amazon.",
 "A proposito: è appena arrivata la nostra nuova collezione primavera in lino biologico, con il 20% di sconto per il lancio!",
 "Cordiali saluti,<br>Casa Bianchi"), ["BSM203"], "new collection + discount"),
]
