"""v22 blind evaluation set: Italian (it) messages."""

LANG = "it"
PREFIX = "534"


def _oid(n):
    a = (5120983 + n * 6619237) % 10000000
    b = (2748105 + n * 4411973) % 10000000
    return "%s-%07d-%07d" % (PREFIX, a, b)


_RAW = []


def m(type_, fmt, subject, body, expected, note, locale="it-IT"):
    _RAW.append((type_, fmt, subject, body, sorted(expected), note, locale))


# 1 clean delay text
m("delivery-delay", "text", "Ordine {o} – slitta la spedizione",
"""Buongiorno Sig.ra Colombo,

purtroppo la nostra fornitrice di lino ci ha consegnato la stoffa in ritardo, per cui la tovaglia ricamata dell'ordine {o} partirà mercoledì 16 dicembre anziché venerdì 11.

Ci scusiamo per l'attesa; se la data dovesse cambiare di nuovo, la avviseremo subito.

Cordiali saluti,
Giulia – Lino & Filo Bottega""", [], "Clean delivery delay in plain text.")

# 2 clean delay html
m("delivery-delay", "html", "Aggiornamento sul suo ordine {o}",
"""<table><tr><td><img src="https://cdn.mailbuilder-eu.net/u/2291/caffe-moretti-logo.png" alt="Torrefazione Moretti"></td></tr>
<tr><td><p>Gentile cliente,</p>
<p>la tostatura natalizia è andata lunga: il suo kit di caffè in grani (ordine {o}) verrà spedito <strong>lunedì 14 dicembre</strong>, con tre giorni di ritardo.</p>
<p>Ci scusi per il contrattempo.</p>
<p>Un saluto dalla Torrefazione Moretti</p>
<p><small>Torrefazione Moretti S.r.l. – Via Garibaldi 41, 10122 Torino (TO) – P.IVA 09876543210</small></p></td></tr></table>""",
[], "Clean builder-HTML delay notice with logo and small footer.")

# 3 clean order problem [Importante]
m("order-problem", "text", "[Importante] Ordine {o}: articolo non disponibile",
"""Buongiorno Sig. Ferri,

la moka da 6 tazze in acciaio che ha ordinato è andata esaurita per un errore di inventario nel nostro magazzino. Non riusciamo a spedirgliela.

Abbiamo già rettificato l'importo dell'ordine {o}: i 38,50 € le verranno riaccreditati da Amazon entro pochi giorni lavorativi.

Ci dispiace davvero,
Casalinghi Bonetti""", [], "Clean order problem confirming the amount was adjusted, [Importante] in subject.")

# 4 clean additional info
m("additional-information", "text", "Ordine {o} – ci manca un dato",
"""Salve,

per preparare la targa personalizzata dell'ordine {o} ci serve il numero civico da incidere: nel campo note è rimasto vuoto.

Ce lo può indicare rispondendo a questo messaggio? Appena lo riceviamo, la targa va in lavorazione.

Grazie,
Marco – Incisioni Fontana""", [], "Clean request for missing personalisation data.")

# 5 clean return partial refund
m("return-follow-up", "text", "Reso ordine {o} – una proposta",
"""Buonasera Sig.ra Esposito,

abbiamo visto le foto della borsa con la cucitura allentata. Se preferisce tenerla (la cucitura si sistema in due minuti da un calzolaio), possiamo rimborsarle 20,00 € dell'ordine {o} invece di procedere con il reso.

Ci faccia sapere cosa preferisce.

Un caro saluto,
Pelletteria Santoro, Firenze""", [], "Clean return follow-up offering a partial refund.")

# 6 clean return question
m("return-follow-up", "text", "Reso {o}",
"""Buongiorno,

ci è arrivato il pacco di reso, grazie. Per chiudere la pratica dell'ordine {o} ci servirebbe sapere se vuole il rimborso o la sostituzione con il modello in blu.

Saluti,
Sara – Sport Outlet Brescia""", [], "Clean return follow-up asking which option the buyer wants.")

# 7 clean invoice P.IVA
m("invoice", "text", "Fattura relativa all'ordine {o}",
"""Buongiorno,

in allegato trova la fattura n. 2026/FE/0918 relativa all'ordine {o}.

Imponibile: 163,93 €
IVA 22%: 36,07 €
Totale: 200,00 €

Cordiali saluti,
Ufficio amministrazione

Ufficio Facile S.r.l. – Via dei Mille 12, 20121 Milano (MI)
P.IVA e C.F. 12345678901 – REA MI-2049381 – Cap. soc. 10.000 € i.v.""",
[], "Clean invoice with P.IVA, REA and an invoice number with slashes.")

# 8 clean review request text
m("review-request", "text", "Com'è andata con l'ordine {o}?",
"""Buongiorno,

sono passati un po' di giorni da quando ha ricevuto la lampada da scrivania. Se le va, lasci una recensione su Amazon: le opinioni sincere aiutano altri clienti a scegliere.

Grazie per il tempo,
Luce Viva""", [], "Clean neutral review request in plain text.")

# 9 clean review request html
m("review-request", "html", "Ordine {o}: ci racconta com'è andata?",
"""<p><img src="https://cdn.mailbuilder-eu.net/u/6150/bottega-ceramica-deruta-logo.png" alt="Bottega Ceramica Deruta"></p>
<p>Gentile cliente,</p>
<p>i piatti dipinti a mano dell'ordine {o} dovrebbero essere arrivati da qualche giorno. Qualunque sia la sua impressione, una recensione è utile a chi li sta valutando.</p>
<p><a href="https://www.amazon.it/review/create-review?asin=B0C9PL2RTX">Scrivi una recensione dei piatti su Amazon</a></p>
<p>Un saluto,<br>Bottega Ceramica Deruta</p>""",
[], "Clean HTML review request with logo and descriptive https Amazon link.")

# 10 clean delivery scheduling
m("delivery-scheduling", "text", "Consegna del divano – ordine {o}",
"""Buongiorno Sig. Rinaldi,

il corriere con sponda idraulica può consegnarle il divano angolare (ordine {o}) al piano in una di queste fasce:

- giovedì 17/12, 8:00–12:00
- venerdì 18/12, 14:00–18:00
- lunedì 21/12, 9:00–13:00

Ci indica la fascia preferita e se c'è l'ascensore? Il divano imballato è largo 95 cm.

Grazie,
Arredo Casa Marchetti""", [], "Clean bulky-item delivery scheduling with time slots.")

# 11 clean home service
m("home-service-appointment", "text", "Installazione condizionatore – ordine {o}",
"""Salve,

il nostro tecnico Davide è disponibile per montare il climatizzatore dell'ordine {o} martedì 15 dicembre dalle 8:30 alle 12:30, oppure mercoledì 16 dalle 14:00 alle 18:00.

Ci conferma quale orario le è più comodo?

A presto,
Clima Service Veneto""", [], "Clean home-service appointment with two time windows.")

# 12 clean design proof
m("custom-design-verification", "html", "Bozza della sua tazza – ordine {o}",
"""<p>Ciao Federica,</p>
<p>ti alleghiamo la bozza grafica della tazza personalizzata (ordine {o}): scritta «Alla nonna più dolce del mondo», carattere corsivo, stampa su entrambi i lati.</p>
<p>Dai un'occhiata con calma: se è tutto a posto rispondi «ok» e la mandiamo in stampa, altrimenti scrivici le modifiche.</p>
<p>Ciao!<br>Chiara – Stampa Creativa Bari</p>""",
[], "Clean custom design proof sent for approval.")

# 13 clean door code question
m("fulfillment-question", "text", "Consegna ordine {o} – codice del portone",
"""Buongiorno,

per la consegna della lavatrice (ordine {o}, rif. spedizione TR-55120/C) il corriere ci chiede il codice del cancello condominiale: l'ultima volta è rimasto fuori.

Può indicarcelo? Lo passeremo solo all'autista del giro n. 208 di venerdì.

Grazie mille,
Elettro Sud Consegne""", [], "Clean question asking for the gate code, with reference numbers.")

# 14 clean reply quoting a foreign shop/product name
m("reply", "text", "Re: domanda sull'ordine {o}",
"""Buongiorno,

sì, lo zaino «Trail Explorer 28L – Waterproof Edition» dell'ordine {o} ha la tasca imbottita per il portatile fino a 15 pollici.

Le cerniere sono impermeabili, quindi va benissimo anche per la bici sotto la pioggia.

Saluti,
Outdoor Dolomiti""", [], "Clean reply quoting an English product title in Italian sentences.")

# 15 clean reply warranty line
m("reply", "text", "Re: friggitrice ad aria non si accende – {o}",
"""Buongiorno Sig.ra Greco,

ci spiace per l'inconveniente. La friggitrice è coperta dalla garanzia del produttore per 24 mesi: il modo più rapido è contattare direttamente l'assistenza della casa madre.

Numero verde assistenza in garanzia del produttore (Frigolux): 800 912 447, dal lunedì al venerdì, 9:00–18:00. Tenga a portata di mano il numero d'ordine {o}.

Cordialmente,
Casa&Cucina Store""", [], "Clean reply giving the manufacturer's warranty hotline, marked as such.")

# 16 clean reply with company footer
m("reply", "html", "Re: tempi di conservazione – ordine {o}",
"""<p>Buongiorno,</p>
<p>l'olio dell'ordine {o} è della raccolta di ottobre 2026; chiuso e al riparo dalla luce si conserva bene per 18 mesi.</p>
<p>Cordiali saluti,<br>Antonio Lombardo<br>Titolare</p>
<p><small>Frantoio Lombardo di Antonio Lombardo – Contrada San Vito 7, 70043 Monopoli (BA) – P.IVA 07654321098 – C.F. LMBNTN71C12F376Z</small></p>""",
[], "Clean reply with a company-details footer.")

# 17 clean reply tracking/return numbers
m("reply", "text", "Re: stato del rimborso ({o})",
"""Buongiorno,

il suo reso (lettera di vettura BRT 081526634457) è arrivato da noi il 2 dicembre alle 11:15. Il rimborso di 74,90 € è stato disposto il 3/12 e di solito compare sulla carta in 3–5 giorni lavorativi.

Numero pratica reso: RS-2026-0443, ordine {o}.

Cordiali saluti,
Ciclo Ricambi Emilia""", [], "Clean reply with tracking and return numbers, dates, times and amounts.")

# 18 BSM201 left warehouse
m("fulfillment-question", "text", "Ordine {o} partito!",
"""Salve,

il suo pacco è uscito stamattina dal nostro magazzino di Bologna ed è già stato affidato a GLS. Arriverà entro 24/48 ore.

Lo staff di Giardino Facile""", ["BSM201"], "Shipping confirmation: left the warehouse and handed to the carrier.")

# 19 BSM201 received & preparing
m("fulfillment-question", "html", "Abbiamo ricevuto il suo ordine {o}",
"""<p>Ciao Paolo,</p>
<p>ordine ricevuto! Lo stiamo già preparando e impacchettando qui in laboratorio.</p>
<p>A presto,<br>Saponificio Artigiano Lucia</p>""",
["BSM201"], "Order confirmation: received and being prepared.")

# 20 BSM202 thanks only
m("reply", "text", "Grazie di cuore – ordine {o}",
"""Buongiorno,

volevamo solo ringraziarla per aver scelto la nostra piccola bottega. Per noi ogni ordine conta davvero.

Un abbraccio dalla famiglia Ricci,
Mieleria Ricci""", ["BSM202"], "Only thanks.")

# 21 BSM202 only offer help
m("fulfillment-question", "text", "Ordine {o}",
"""Salve,

per qualsiasi cosa riguardi l'ordine {o} siamo a disposizione: basta scriverci qui su Amazon.

Buona giornata,
Pelletteria Santoro""", ["BSM202"], "Only says the seller is available if anything comes up.")

# 22 BSM203 P.S. discount
m("delivery-delay", "text", "Piccolo ritardo sull'ordine {o}",
"""Buongiorno,

il panettone artigianale dell'ordine {o} partirà sabato 12 dicembre invece che giovedì 10: stiamo aspettando le scatole di latta.

Ci scusi,
Pasticceria Galli

P.S. Fino al 20 dicembre tutto il catalogo è scontato del 20% con il codice NATALE20.""",
["BSM203"], "Delay notice with a P.S. discount on the whole catalogue.")

# 23 BSM203 follow us / newsletter
m("additional-information", "html", "Ordine {o} – colore del nastro",
"""<p>Buongiorno,</p>
<p>per la confezione regalo dell'ordine {o} preferisce il nastro rosso o quello oro?</p>
<p>Intanto, se vuole vedere in anteprima la nuova collezione primavera, ci segua su Instagram e Facebook e si iscriva alla nostra newsletter!</p>
<p>Grazie,<br>Bomboniere Eleganti</p>""",
["BSM203"], "Permitted question plus follow-us, newsletter and new collection promotion.")

# 24 BSM204 small gift after review
m("review-request", "text", "Ordine {o}: una recensione?",
"""Ciao!

Appena la tua recensione sulla borraccia termica è online, mandaci due righe e ti spediamo un pensierino come ringraziamento.

A presto,
Eco Borracce Italia""", ["BSM204"], "Small gift promised once the review is published.")

# 25 BSM204 full refund after review
m("review-request", "text", "Rimborso completo – ordine {o}",
"""Buongiorno,

le proponiamo questo: quando la sua recensione delle cuffie sarà visibile su Amazon, ci invii lo screenshot e le rimborsiamo l'intero importo dell'ordine {o}.

Cordiali saluti,
Audio Point""", ["BSM204"], "Full refund promised once the review is online.")

# 26 BSM205 change one-star review
m("reply", "text", "Re: la sua recensione – ordine {o}",
"""Gentile Sig. Conti,

sono contento che la nuova cerniera dello zaino funzioni. Visto che il problema è risolto, le chiederei la cortesia di modificare la recensione da una stella, o di toglierla: per un negozio piccolo come il nostro pesa parecchio.

Grazie della comprensione,
Roberto, Outdoor Dolomiti""", ["BSM205"], "Asks to change or remove a one-star review.")

# 27 BSM206 only if satisfied
m("review-request", "text", "Ordine {o} – tutto ok?",
"""Buongiorno,

se è soddisfatto del tostapane, ci farebbe piacere una sua recensione su Amazon. Se invece qualcosa non va, prima di recensire ci scriva: lo sistemiamo noi.

Cordialmente,
Casalinghi Bonetti""", ["BSM206"], "Review only if satisfied, unhappy buyers steered to contact the seller.")

# 28 BSM206 five stars
m("review-request", "html", "Una mano per la nostra bottega – ordine {o}",
"""<p>Ciao,</p>
<p>speriamo che il tagliere in ulivo (ordine {o}) sia già in cucina!</p>
<p>Se ci lasci 5 stelle su Amazon aiuti davvero una piccola falegnameria di paese.</p>
<p>Grazie,<br>Falegnameria Vitale</p>""",
["BSM206"], "Asks for a five-star rating.")

# 29 BSM108 cancel yourself (adjusted)
m("order-problem", "text", "[Importante] Ordine {o} – prodotto esaurito",
"""Buongiorno,

la lampada da terra dell'ordine {o} è esaurita e il fornitore non sa dirci quando tornerà. Abbiamo già rettificato l'importo dell'ordine.

La via più veloce, a questo punto, è che lei annulli direttamente l'ordine dal suo account Amazon.

Ci scusiamo,
Luce Viva""", ["BSM108"], "Adjusted order problem that still advises the buyer to cancel.")

# 30 BSM108 + BSM107
m("order-problem", "text", "Ordine {o}",
"""Gentile Sig.ra Marino,

le scriviamo perché l'ultimo pezzo del vaso in vetro di Murano è stato venduto in negozio prima che arrivasse il suo ordine {o}.

Le saremmo grati se potesse inoltrare una richiesta di annullamento tramite Amazon.

Con i nostri migliori saluti,
Vetreria Barovier Piccola""", ["BSM107", "BSM108"], "Asks for a cancellation request without confirming an adjustment.")

# 31 BSM305 reply STOP
m("delivery-delay", "text", "Ordine {o} – nuova data di spedizione",
"""Buongiorno,

l'ordine {o} verrà spedito il 17 dicembre anziché il 13, a causa di un ritardo del nostro fornitore.

Cordiali saluti,
Rame & Ottone Shop

Non vuole più ricevere nostri messaggi? Risponda STOP.""", ["BSM305"], "Opt-out instruction 'reply STOP'.")

# 32 BSM306 profanity
m("reply", "text", "Re: pacco rotto – {o}",
"""Buongiorno,

ha ragione, e mi scusi lo sfogo: quel cazzo di corriere ci ha rotto tre pacchi questa settimana.

Le rispediamo subito un'altra caraffa per l'ordine {o}, senza costi.

Enrico, Vetri d'Arte Como""", ["BSM306"], "Italian profanity in a reply.")

# 33 BSM104 other language
m("delivery-delay", "text", "Order {o}: shipping delayed",
"""Hi,

Unfortunately your order {o} will now ship on 15 December rather than 10 December, as our supplier is behind schedule. Sorry for the wait.

Best,
Green Leaf Supplies""", ["BSM104"], "Message to an Italian buyer written in English.")

# 34 BSM309 national phone
m("additional-information", "text", "Ordine {o} – indirizzo da completare",
"""Salve,

nell'indirizzo di consegna dell'ordine {o} manca la scala. Ci chiami pure allo 02 8734 1290 (lun–ven 9–18) e sistemiamo in un attimo.

Grazie,
Giardino Facile""", ["BSM309"], "Seller phone number in national format.")

# 35 BSM309 international / mobile
m("reply", "text", "Re: misure della cornice – {o}",
"""Buongiorno,

la cornice dell'ordine {o} misura 40 x 60 cm esterni. Se ha altri dubbi mi scriva su WhatsApp al +39 347 612 8890, rispondo anche la sera.

Saluti,
Luca – Cornici Artigiane""", ["BSM309"], "Mobile phone number in international format.")

# 36 BSM308 plain email
m("return-follow-up", "text", "Reso – ordine {o}",
"""Buongiorno,

per completare il reso dell'ordine {o} ci serve una foto del codice seriale sotto l'apparecchio. Può mandarla a resi@elettrosud-shop.it?

Grazie,
Elettro Sud""", ["BSM308"], "Plain e-mail address in a return follow-up.")

# 37 BSM308 chiocciola
m("reply", "text", "Re: ordini aziendali – {o}",
"""Salve,

per un preventivo per i regali aziendali (in riferimento all'ordine {o}) scriva a ordini chiocciola bomboniere-eleganti punto it, le risponde Francesca.

Cordiali saluti,
Bomboniere Eleganti""", ["BSM308"], "Obfuscated e-mail address with 'chiocciola' and 'punto'.")

# 38 BSM302 https seller link
m("reply", "html", "Re: come pulire la pietra ollare – {o}",
"""<p>Buongiorno,</p>
<p>per la pentola in pietra ollare dell'ordine {o} abbiamo preparato una <a href="https://www.pietra-ollare-valtellina.it/guida-prima-cottura">guida alla prima cottura della pietra ollare</a> sul nostro sito.</p>
<p>Buon appetito,<br>Pietra Ollare Valtellina</p>""",
["BSM302"], "Descriptive https link to the seller's own site.")

# 39 BSM301 http amazon link
m("review-request", "html", "Ordine {o} – la sua opinione",
"""<p>Buongiorno,</p>
<p>il set di pennelli dell'ordine {o} è stato consegnato qualche giorno fa. Se ha tempo, racconti la sua esperienza:</p>
<p><a href="http://www.amazon.it/review/create-review?asin=B0B8HN4WQE">Recensisci il set di pennelli su Amazon</a></p>
<p>Grazie,<br>Belle Arti Monti</p>""",
["BSM301"], "Amazon link over http.")

# 40 BSM310 product image
m("delivery-delay", "html", "Ordine {o} – ecco il suo anello",
"""<p>Buongiorno,</p>
<p>l'anello dell'ordine {o} è quasi pronto, ma la lucidatura richiede ancora qualche giorno: partirà il 16 dicembre invece del 12.</p>
<p><img src="https://cdn.mailbuilder-eu.net/u/4471/anello-argento-inciso-ordine.jpg" alt="Foto del suo anello in argento inciso"></p>
<p>Cordialmente,<br>Oreficeria Bassi</p>""",
["BSM310"], "Photo of the purchased product embedded.")

# 41 BSM311 unrelated stock image
m("delivery-delay", "html", "Ordine {o} – ancora qualche giorno",
"""<p>Buongiorno,</p>
<p>a causa delle festività il suo ordine {o} partirà il 21 dicembre invece del 16.</p>
<p><img src="https://cdn.mailbuilder-eu.net/stock/spiaggia-tramonto-mare.jpg" alt="Spiaggia al tramonto"></p>
<p>Buone feste,<br>Giocattoli di Legno Pinocchio</p>""",
["BSM311"], "Unrelated stock beach image.")

# 42 BSM402 image without alt (logo, alt missing)
m("additional-information", "html", "Ordine {o} – taglia",
"""<p><img src="https://cdn.mailbuilder-eu.net/u/3318/sport-outlet-brescia-logo.png"></p>
<p>Buongiorno,</p>
<p>per la giacca dell'ordine {o} ci conferma la taglia L? Nel messaggio allegato all'ordine era indicata la M.</p>
<p>Grazie,<br>Sport Outlet Brescia</p>""",
["BSM402"], "Shop logo without any alt attribute.")

# 43 BSM403 emoji
m("delivery-delay", "text", "Ordine {o} in arrivo… con calma",
"""Ciao!

Il tuo kit per fare la pasta fresca (ordine {o}) partirà il 14 dicembre, il mattarello è rimasto bloccato dal fornitore 🙈

Scusaci!
Pasta Mia Lab""", ["BSM403"], "Contains an emoji.")

# 44 BSM403 emoticon
m("reply", "text", "Re: colore – {o}",
"""Buongiorno,

il colore «terracotta» dell'ordine {o} è un arancio caldo, un po' più scuro che in foto. Secondo me le piacerà :)

Paola, Tessuti Casa Ferraro""", ["BSM403"], "Contains the emoticon ':)'.")

# 45 BSM410 four sizes
m("delivery-delay", "html", "Ordine {o} – spedizione posticipata",
"""<style>
.titolo { font-size: 28px; }
.sottotitolo { font-size: 20px; }
.testo { font-size: 15px; }
.nota { font-size: 10px; }
</style>
<p class="titolo">Avviso di ritardo</p>
<p class="sottotitolo">Ordine {o}</p>
<p class="testo">Buongiorno, la sua macchina per il pane verrà spedita il 18 dicembre invece del 12. Ci scusiamo per l'attesa.</p>
<p class="nota">Casalinghi Bonetti S.n.c. – P.IVA 03456789012</p>""",
["BSM410"], "Style block with four explicit font sizes.")

# 46 BSM412 br run in HTML
m("additional-information", "html", "Ordine {o} – misura della tenda",
"""<p>Buongiorno,<br>per la tenda su misura dell'ordine {o} ci serve l'altezza esatta della finestra in centimetri.<br><br><br><br>Grazie e buona giornata,<br>Tende Su Misura Parodi</p>""",
["BSM412"], "Four consecutive <br> tags.")

# 47 BSM110 [Importante] on a return follow-up
m("return-follow-up", "text", "[Importante] Reso ordine {o}",
"""Buongiorno,

per completare il reso dell'ordine {o} ci indica se la confezione originale è ancora integra?

Grazie,
Audio Point""", ["BSM110"], "[Importante] on a return follow-up, which is not critical.")

# 48 BSM401 bare URL
m("review-request", "html", "Ordine {o} – recensione",
"""<p>Buongiorno,</p>
<p>se vuole lasciare una recensione sul cuscino cervicale dell'ordine {o}, ecco il link:</p>
<p><a href="https://www.amazon.it/review/create-review?asin=B0DK2MP7LS">https://www.amazon.it/review/create-review?asin=B0DK2MP7LS</a></p>
<p>Buona serata,<br>Dormi Bene Store</p>""",
["BSM401"], "Link whose text is the bare URL.")

# 49 vary: builder styles (font-family, line-height, color, align)
m("delivery-delay", "html", "Ordine {o}: aggiornamento spedizione",
"""<table><tr><td style="font-family: Georgia, serif; line-height: 1.8; color: #4a3b2c;" align="center">
<p>Gentile cliente,</p>
<p>il servizio di piatti dell'ordine {o} partirà il 15 dicembre anziché il 10.</p>
<p>Grazie per la pazienza,<br>Bottega Ceramica Deruta</p>
</td></tr></table>""",
["BSM407", "BSM408", "BSM409", "BSM411"], "Builder template setting font family, line height, colour and centre alignment.")

# 50 vary: logo linked to the shop site (BSM304 + BSM302)
m("review-request", "html", "Ordine {o} – ci dica la sua",
"""<p><a href="https://www.torrefazionemoretti.it"><img src="https://cdn.mailbuilder-eu.net/u/2291/caffe-moretti-logo.png" alt="Torrefazione Moretti"></a></p>
<p>Buongiorno,</p>
<p>il caffè dell'ordine {o} è arrivato da una settimana. Qualsiasi sia il suo parere, una recensione su Amazon è utile agli altri clienti.</p>
<p>Saluti,<br>Torrefazione Moretti</p>""",
["BSM302", "BSM304"], "Shop logo linked to the seller's website.")


MESSAGES = []
for _i, (_t, _f, _s, _b, _e, _note, _loc) in enumerate(_RAW, 1):
    _o = _oid(_i)
    _nohy = _o.replace("-", "")
    MESSAGES.append({
        "id": "v22-%s-%03d" % (LANG, _i),
        "language": LANG,
        "locale": _loc,
        "type": _t,
        "format": _f,
        "subject": _s.replace("{o}", _o).replace("{n}", _nohy),
        "body": _b.replace("{o}", _o).replace("{n}", _nohy),
        "order_id": _o,
        "expected": _e,
        "note": _note,
    })
