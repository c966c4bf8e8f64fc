"""v22 blind evaluation set: French (fr) messages."""

LANG = "fr"
PREFIX = "533"


def _oid(n):
    a = (3817265 + n * 7340033) % 10000000
    b = (9021447 + n * 5123189) % 10000000
    return "%s-%07d-%07d" % (PREFIX, a, b)


_RAW = []


def m(type_, fmt, subject, body, expected, note, locale="fr-FR"):
    _RAW.append((type_, fmt, subject, body, sorted(expected), note, locale))


FOOT_LUMEN = ("Atelier Lumen SARL · 14 rue Mercière, 69002 Lyon · SIRET 812 345 678 00019 · "
              "TVA intracommunautaire FR45 812345678 · RCS Lyon")

# 1 clean delivery delay, text
m("delivery-delay", "text", "Commande {o} : petit retard de notre côté",
"""Bonjour Madame Girard,

La suspension en laiton que vous avez choisie (commande {o}) attend encore son abat-jour, que notre verrier nous livre avec quelques jours de décalage.

Elle partira donc de l'atelier le mardi 15 décembre au lieu du jeudi 10. Rien à faire de votre côté, on vous tient au courant si la date bouge encore.

Toutes nos excuses pour l'attente,
Camille
Atelier Lumen""", [], "Clean delivery delay in plain text with a new shipping date.")

# 2 clean delivery delay, html builder table
m("delivery-delay", "html", "Votre commande {o} – nouvelle date d'expédition",
"""<table><tr><td><img src="https://static.mailkit-cdn.net/u/5521/maison-cerisier-logo.png" alt="Maison Cerisier"></td></tr>
<tr><td><p>Bonjour,</p>
<p>Mauvaise surprise ce matin : notre transporteur palette a décalé son passage. Votre plaid en laine mérinos (commande {o}) ne pourra être expédié que le <strong>lundi 21 décembre</strong>.</p>
<p>La date de livraison estimée devient donc le 23 ou le 24 décembre. Nous sommes désolés pour ce contretemps.</p>
<p>Bien cordialement,<br>L'équipe Maison Cerisier</p>
<p><small>Maison Cerisier SAS · 3 place du Marché, 35000 Rennes · SIRET 904 118 227 00015</small></p></td></tr></table>""",
[], "Clean builder-HTML delay notice with logo and small footer, no styles.")

# 3 clean order problem, adjusted, [Important]
m("order-problem", "text", "[Important] Commande {o} – article indisponible",
"""Bonjour Monsieur Lefèvre,

Le dernier moulin à poivre Peugeot en bois d'olivier de notre stock est arrivé fendu chez nous ; nous ne pouvons donc pas vous l'envoyer.

Nous avons ajusté le montant de votre commande {o} : les 54,90 € ne vous seront pas débités (ou vous seront restitués sous quelques jours selon votre banque).

Désolés de vous décevoir sur ce coup-là.

Hélène Roux
Épicerie Roux & Fils""", [], "Clean order problem stating the amount was adjusted, with [Important] in subject.")

# 4 clean additional information
m("additional-information", "text", "Gravure – commande {o}",
"""Bonjour,

Petite question avant de lancer la gravure de votre planche à découper (commande {o}) : le champ « texte » est resté vide lors de la commande.

Quel prénom ou quelle phrase souhaitez-vous y voir ? 25 caractères maximum, accents acceptés. Sans réponse d'ici vendredi, nous l'enverrons sans gravure pour ne pas bloquer l'envoi.

Merci d'avance,
Julien – Les Bois de Julien""", [], "Clean request for missing personalisation text.")

# 5 clean return follow-up partial refund
m("return-follow-up", "text", "Votre retour – commande {o}",
"""Bonjour Madame Benali,

Nous avons bien vu vos photos de la théière dont le couvercle est ébréché. Plutôt que de vous faire renvoyer le tout, nous pouvons vous proposer un remboursement partiel de 15,00 € et vous gardez la théière.

Si cela vous convient, une simple réponse à ce message suffit ; sinon, nous poursuivons le retour classique.

Cordialement,
Service client Thés & Sens""", [], "Clean return follow-up offering a partial refund.")

# 6 clean return follow-up question
m("return-follow-up", "text", "Retour {o} : une info nous manque",
"""Bonjour,

Votre colis retour est bien arrivé, merci. Pour finaliser le dossier de la commande {o}, pouvez-vous nous indiquer la taille que vous souhaitez en échange : 42 ou 43 ?

Bonne journée,
Margaux, Chaussures Ardoise""", [], "Clean return follow-up asking for information to complete the return.")

# 7 clean invoice with SIRET/TVA and slashed invoice number
m("invoice", "text", "Facture de votre commande {o}",
"""Bonjour,

Vous trouverez ci-joint la facture n° FA/2026/12/0481 correspondant à la commande {o}, comme demandé pour votre comptabilité.

Montant HT : 208,25 €
TVA 20 % : 41,65 €
Total TTC : 249,90 €

Bien à vous,
Nadia Caron, comptabilité

Bureau Pro Direct SAS – 27 avenue Jean Jaurès, 31000 Toulouse
SIRET 532 761 904 00027 – RCS Toulouse B 532 761 904 – N° TVA FR 61 532761904""",
[], "Clean invoice with SIRET, RCS and VAT numbers and a slashed invoice number.")

# 8 clean neutral review request, text
m("review-request", "text", "Votre avis sur la commande {o}",
"""Bonjour,

Cela fait maintenant une dizaine de jours que votre sac à dos en toile cirée est arrivé. Quand vous aurez un moment, un avis sur Amazon, quel qu'il soit, aidera d'autres acheteurs à se faire une idée.

Bonne fin de semaine,
Thomas – Sellerie du Vercors""", [], "Clean neutral review request in plain text.")

# 9 clean review request, html logo + amazon link
m("review-request", "html", "Commande {o} : qu'en avez-vous pensé ?",
"""<p><img src="https://static.mailkit-cdn.net/u/7730/la-fabrique-a-bocaux-logo.png" alt="La Fabrique à Bocaux"></p>
<p>Bonjour,</p>
<p>Vos bocaux de conserve sont arrivés il y a quelques jours (commande {o}). Votre retour d'expérience, bon ou moins bon, est précieux pour les autres clients.</p>
<p><a href="https://www.amazon.fr/review/create-review?asin=B0CX4T2K9L">Donner votre avis sur les bocaux sur Amazon</a></p>
<p>Merci pour votre temps,<br>Élodie, La Fabrique à Bocaux</p>""",
[], "Clean HTML review request with shop logo and descriptive https Amazon link.")

# 10 clean delivery scheduling
m("delivery-scheduling", "text", "Livraison de votre canapé – commande {o}",
"""Bonjour Monsieur Da Silva,

Notre transporteur peut livrer votre canapé trois places (commande {o}) à l'étage, dans la pièce de votre choix. Voici les créneaux disponibles :

– mercredi 16 décembre, 8 h – 13 h
– jeudi 17 décembre, 13 h – 18 h
– samedi 19 décembre, 9 h – 12 h

Dites-nous celui qui vous arrange, et précisez l'étage et la présence ou non d'un ascenseur.

Cordialement,
Sophie, Maison Perrin Literie & Salons""", [], "Clean bulky-item delivery scheduling with dates and time slots.")

# 11 clean home service appointment
m("home-service-appointment", "text", "Pose de votre hotte – commande {o}",
"""Bonjour,

Notre technicien, Karim, peut passer installer votre hotte aspirante (commande {o}) le lundi 14/12 entre 14h00 et 16h00, ou le mardi 15/12 entre 9h00 et 11h00.

Prévoyez simplement un accès dégagé au-dessus de la plaque. Lequel des deux créneaux vous convient ?

À bientôt,
Pose & Service Électroménager Nord""", [], "Clean home-service appointment with two time slots.")

# 12 clean design proof
m("custom-design-verification", "html", "BAT de votre faire-part – commande {o}",
"""<p>Bonjour Madame et Monsieur Marchand,</p>
<p>Voici en pièce jointe le bon à tirer de vos faire-part de naissance (commande {o}) : prénom « Lison », date du 2 décembre 2026, papier coton 300 g.</p>
<p>Relisez bien les prénoms et la date ; dès votre « bon pour accord », nous lançons l'impression (48 h).</p>
<p>Belle journée,<br>Aurore – Papeterie Petit Pli</p>""",
[], "Clean custom design proof sent for approval in HTML.")

# 13 clean door code question with references
m("fulfillment-question", "text", "Code d'accès pour la livraison {o}",
"""Bonjour,

Le livreur de votre lave-vaisselle (commande {o}, réf. livraison LV-88214/B) nous signale qu'il n'a pas pu entrer dans la résidence la dernière fois.

Pourriez-vous nous communiquer le code du portail et, s'il y en a un, celui du bâtiment ? Nous le transmettrons uniquement au chauffeur pour la tournée n° 4471 de jeudi.

Merci,
Cyril – Électro Rhône Services""", [], "Clean fulfillment question asking for a door code, with reference numbers.")

# 14 clean reply quoting an English product title
m("reply", "text", "Re: question sur la commande {o}",
"""Bonjour,

Oui, le « Wooden Rainbow Stacker – Large, 12 pieces » que vous avez commandé (commande {o}) est bien la grande version : 35 cm de large une fois assemblé.

Les peintures sont à base d'eau, donc sans souci pour un enfant de 18 mois.

Bonne soirée,
Lou, P'tits Copeaux""", [], "Clean reply quoting an English product title inside French sentences.")

# 15 clean reply with manufacturer warranty line
m("reply", "text", "Re: Robot pâtissier en panne – {o}",
"""Bonjour Madame Fabre,

Désolés d'apprendre que votre robot s'arrête en pleine pétrie. Il est encore sous garantie constructeur (2 ans) ; le plus rapide est de passer directement par le fabricant, qui peut envoyer un réparateur.

Ligne garantie du fabricant (service après-vente Kitchora) : 09 69 32 18 40, du lundi au vendredi de 9 h à 18 h. Munissez-vous de votre numéro de commande {o}.

Cordialement,
Arnaud, Cuisine & Cie""", [], "Clean reply with a phone number marked as the manufacturer's warranty line.")

# 16 clean reply with company footer
m("reply", "html", "Re: Date de fabrication – commande {o}",
"""<p>Bonjour,</p>
<p>Les bougies de votre commande {o} ont été coulées le 26 novembre ; elles se conservent sans problème deux ans à l'abri de la lumière.</p>
<p>Bonne fin de journée,<br>Inès Morel<br>Gérante</p>
<p><small>La Bougie du Sud EURL – 8 chemin des Oliviers, 13100 Aix-en-Provence – SIREN 881 204 557 – TVA FR 09 881204557 – Capital 5 000 €</small></p>""",
[], "Clean reply with a company-details footer in small print.")

# 17 clean reply with tracking/return numbers, dates, amounts
m("reply", "text", "Re: Suivi de mon remboursement ({o})",
"""Bonjour,

Votre colis retour (numéro de suivi Colissimo 6A21983374015) nous est parvenu le 3 décembre à 10 h 42. Le remboursement de 62,40 € a été validé le 4/12 et apparaît en général sous 3 à 5 jours ouvrés.

Numéro de retour chez nous : RET-2026-1187 pour la commande {o}.

Cordialement,
Bastien, Vélo Pièces Atlantique""", [], "Clean reply with tracking and return numbers, dates, times and amounts.")

# 18 BSM201 left warehouse / handed to carrier
m("fulfillment-question", "text", "Commande {o} en route",
"""Bonjour,

Bonne nouvelle : votre colis a quitté notre entrepôt ce matin et a été remis à DPD vers 11 h. Il devrait arriver chez vous d'ici 48 h.

L'équipe Jardin Malin""", ["BSM201"], "Shipping confirmation: parcel left the warehouse and was handed to the carrier.")

# 19 BSM201 received and preparing
m("fulfillment-question", "html", "Nous nous occupons de votre commande {o}",
"""<p>Bonjour Manon,</p>
<p>C'est bien reçu de notre côté ! Votre commande {o} est entre les mains de Léa, qui est en train de l'emballer avec soin.</p>
<p>À très vite,<br>Les Savons de Léa</p>""",
["BSM201"], "Order confirmation: order received and being packed.")

# 20 BSM202 thanks only
m("reply", "text", "Merci ! (commande {o})",
"""Bonjour,

Un grand merci d'avoir choisi notre boutique pour votre commande {o}. Ça nous fait vraiment plaisir.

Chaleureusement,
Famille Dubreuil – Miels du Morvan""", ["BSM202"], "Message consisting only of thanks.")

# 21 BSM202 only offer to help
m("fulfillment-question", "text", "Commande {o}",
"""Bonjour,

Au moindre souci avec votre commande {o}, n'hésitez surtout pas : on reste joignables par la messagerie Amazon et on répond vite.

Bonne journée,
Atelier Cuir Brun""", ["BSM202"], "Message only offering help if a problem comes up.")

# 22 BSM203 P.S. discount on whole range
m("delivery-delay", "text", "Commande {o} : expédition décalée",
"""Bonjour,

Votre coffret de thés de Noël (commande {o}) partira le 12 décembre au lieu du 9, notre imprimeur ayant livré les étuis en retard. Désolés !

Clémence, Thés & Sens

PS : jusqu'à dimanche, -20 % sur toute la gamme avec le code NOEL20, pensez-y pour vos cadeaux.""",
["BSM203"], "Otherwise permitted delay notice with a P.S. promoting 20% off the whole range.")

# 23 BSM203 follow us / newsletter / new collection
m("review-request", "html", "Votre avis compte – commande {o}",
"""<p>Bonjour,</p>
<p>Votre écharpe est arrivée il y a une semaine (commande {o}). Un avis sur Amazon aiderait d'autres acheteurs, que l'expérience ait été bonne ou non.</p>
<p>Au passage : notre nouvelle collection d'hiver vient de sortir ! Suivez-nous sur Instagram et inscrivez-vous à notre newsletter pour ne rien rater.</p>
<p>Cordialement,<br>Mailles Dupuy</p>""",
["BSM203"], "Review request that also promotes a new collection, social media and a newsletter.")

# 24 BSM204 small token after review published
m("review-request", "text", "Un petit mot sur votre commande {o} ?",
"""Bonjour,

Si vous prenez deux minutes pour laisser un avis sur votre tapis de yoga, on vous glisse une petite attention dans votre prochain colis dès qu'il est en ligne, histoire de vous remercier.

Namasté,
Lila – Yoga Nature Shop""", ["BSM204"], "Review request promising a small gift once the review is published.")

# 25 BSM204 full refund once review online
m("review-request", "text", "Commande {o} – remboursement intégral",
"""Bonjour,

Nous vous proposons quelque chose de simple : dès que votre avis sur la lampe frontale est visible sur Amazon, envoyez-nous une capture et nous vous remboursons la totalité de la commande {o}.

Cordialement,
Outdoor Concept""", ["BSM204"], "Offers a full refund as soon as the review is online.")

# 26 BSM205 update/remove one-star review
m("reply", "text", "Re: votre évaluation – commande {o}",
"""Bonjour Monsieur Perret,

Ravi que la bouilloire de remplacement vous convienne. Maintenant que tout est rentré dans l'ordre, seriez-vous d'accord pour revoir votre avis une étoile, voire le retirer ? Pour une petite boutique comme la nôtre, ça pèse lourd.

Merci de votre compréhension,
Didier, Électroménager Perret & Gros""", ["BSM205"], "Asks the buyer to update or remove a one-star review.")

# 27 BSM206 only if satisfied, else contact us
m("review-request", "text", "Satisfait de votre commande {o} ?",
"""Bonjour,

Si vos couteaux vous plaisent, un avis sur Amazon nous ferait très plaisir. Et si quelque chose cloche, écrivez-nous plutôt d'abord, avant de laisser un commentaire : on trouvera une solution.

Bien à vous,
Coutellerie Vidal""", ["BSM206"], "Asks only satisfied buyers for a review and steers unhappy ones to contact the seller instead.")

# 28 BSM206 five stars
m("review-request", "html", "Commande {o} : un coup de pouce ?",
"""<p>Bonjour,</p>
<p>Nous espérons que votre horloge murale trouve sa place chez vous (commande {o}).</p>
<p>Un avis 5 étoiles sur Amazon serait un vrai coup de pouce pour notre petit atelier familial.</p>
<p>Merci !<br>Horlogerie Bastide</p>""",
["BSM206"], "Review request asking for a five-star rating.")

# 29 BSM108 quickest to cancel yourself (amount adjusted)
m("order-problem", "text", "[Important] Commande {o} – rupture de stock",
"""Bonjour,

Le fauteuil en rotin de votre commande {o} est en rupture chez notre fournisseur. Nous avons déjà ajusté le montant de la commande pour cet article.

Pour que tout soit propre de votre côté, le plus rapide reste que vous annuliez vous-même la commande depuis votre compte Amazon.

Désolés,
Rotin & Lin""", ["BSM108"], "Order problem with adjustment that still advises the buyer to cancel themselves.")

# 30 BSM108 + BSM107 appreciate cancellation request, no adjustment
m("order-problem", "text", "Commande {o}",
"""Bonjour Madame Lemoine,

Mauvaise nouvelle : les deux derniers coussins brodés sont partis en boutique avant que votre commande {o} ne soit traitée, et le réassort n'est pas prévu avant février.

Nous vous serions reconnaissants de bien vouloir faire une demande d'annulation depuis votre espace Amazon.

Avec nos excuses,
Brodeuses d'Alsace""", ["BSM107", "BSM108"], "Order problem asking for a cancellation request, without confirming any adjustment.")

# 31 BSM305 reply STOP
m("delivery-delay", "text", "Retard – commande {o}",
"""Bonjour,

Votre commande {o} sera expédiée le 18 décembre au lieu du 14 en raison d'un retard fournisseur.

Cordialement,
Boutique Tout-en-Cuivre

Pour ne plus recevoir nos messages, répondez STOP.""", ["BSM305"], "Delay notice with a 'reply STOP' opt-out instruction.")

# 32 BSM306 profanity
m("reply", "text", "Re: colis abîmé – {o}",
"""Bonjour,

Franchement désolé. Ce putain de transporteur nous a encore bousillé un carton cette semaine, c'est à se taper la tête contre les murs.

On vous renvoie un vase neuf pour la commande {o} dès lundi, sans frais.

Greg, Céramiques du Lot""", ["BSM306"], "Reply containing French profanity.")

# 33 BSM104 message in another language
m("delivery-delay", "text", "Order {o} – delay",
"""Hello,

Your order {o} will ship on December 16 instead of December 11 because our supplier is running late. We apologise for the inconvenience.

Kind regards,
Nordic Home Goods""", ["BSM104"], "Message to a French buyer written entirely in English.")

# 34 BSM309 national phone
m("additional-information", "text", "Commande {o} – adresse incomplète",
"""Bonjour,

Il manque le numéro de rue dans l'adresse de livraison de la commande {o}. Pouvez-vous nous le préciser ? Le plus simple, c'est encore de nous passer un coup de fil au 04 78 62 19 33, on est là de 9 h à 17 h.

Merci,
Atelier Lumen""", ["BSM309"], "Seller phone number in French national format.")

# 35 BSM309 international phone, fr-BE
m("reply", "text", "Re: taille du cadre – {o}",
"""Bonjour,

Le cadre de la commande {o} fait 50 x 70 cm, baguette comprise. Pour toute autre question, appelez-nous au +32 2 514 38 90, on vous répondra volontiers.

Bonne journée,
Encadrements Wauters, Bruxelles
N° d'entreprise BE 0712.845.309""", ["BSM309"], "Seller phone number in international format (Belgian buyer).", "fr-BE")

# 36 BSM308 plain email
m("return-follow-up", "text", "Votre retour – commande {o}",
"""Bonjour,

Pour finaliser le retour de la commande {o}, pouvez-vous nous envoyer une photo de l'étiquette du produit ? Vous pouvez l'envoyer à sav@boutique-arlequin.fr, c'est plus pratique pour les pièces jointes.

Merci,
Boutique Arlequin""", ["BSM308"], "Plain e-mail address in a return follow-up.")

# 37 BSM308 obfuscated 'arobase'
m("reply", "text", "Re: devis professionnel – {o}",
"""Bonjour,

Pour un devis pour votre comité d'entreprise (suite à la commande {o}), écrivez à Pauline : pauline.martin arobase cadeaux-provence point fr.

Bien cordialement,
Cadeaux de Provence""", ["BSM308"], "Obfuscated e-mail address using 'arobase' and 'point'.")

# 38 BSM302 https link to seller site
m("reply", "html", "Re: entretien de la poêle – {o}",
"""<p>Bonjour,</p>
<p>Pour votre poêle en fonte (commande {o}), tout est expliqué dans notre <a href="https://www.fonte-et-flamme.fr/guide-culottage">guide de culottage de la fonte</a>.</p>
<p>Bonne cuisine,<br>Fonte & Flamme</p>""",
["BSM302"], "Descriptive https link to the seller's own website.")

# 39 BSM301 http Amazon link
m("review-request", "html", "Commande {o} – votre avis",
"""<p>Bonjour,</p>
<p>Votre pèse-bagage est arrivé (commande {o}). Si vous avez une minute, partagez votre expérience, quelle qu'elle soit :</p>
<p><a href="http://www.amazon.fr/review/create-review?asin=B0BT7QW3ZP">Laisser un avis sur le pèse-bagage sur Amazon</a></p>
<p>Cordialement,<br>Voyage Futé</p>""",
["BSM301"], "Link to Amazon over plain http.")

# 40 BSM310 product image
m("delivery-delay", "html", "Votre commode – commande {o}",
"""<p>Bonjour,</p>
<p>Votre commode restaurée (commande {o}) sèche encore : le vernis a besoin de trois jours de plus. Elle partira le 17 décembre.</p>
<p><img src="https://static.mailkit-cdn.net/u/3310/commode-noyer-restauree.jpg" alt="Photo de votre commode en noyer restaurée"></p>
<p>À bientôt,<br>Brocante Atelier Simone</p>""",
["BSM310"], "Contains a photo of the purchased product.")

# 41 BSM311 unrelated stock image
m("delivery-delay", "html", "Commande {o} – un peu de patience",
"""<p>Bonjour,</p>
<p>Avec les fêtes, votre commande {o} partira le 19 décembre au lieu du 15. Merci de votre patience.</p>
<p><img src="https://static.mailkit-cdn.net/stock/sapin-de-noel-neige.jpg" alt="Sapin de Noël sous la neige"></p>
<p>Joyeuses fêtes,<br>Le Grenier à Jouets</p>""",
["BSM311"], "Stock Christmas-tree image unrelated to the shop.")

# 42 BSM402 logo without alt
m("additional-information", "html", "Commande {o} – couleur du fil",
"""<p><img src="https://static.mailkit-cdn.net/u/8812/brodeuses-dalsace-logo.png" alt=""></p>
<p>Bonjour,</p>
<p>Pour la broderie de votre commande {o}, vous avez le choix entre fil doré et fil argenté. Lequel préférez-vous ?</p>
<p>Merci,<br>Brodeuses d'Alsace</p>""",
["BSM402"], "Shop logo with empty alt attribute.")

# 43 BSM403 emoji
m("delivery-delay", "text", "Commande {o} : encore un peu de patience",
"""Coucou !

Votre kit de couture (commande {o}) partira finalement le 14 décembre, notre fournisseur de tissus a pris du retard 😅 Désolée !

Bisous,
Zoé – Fil & Bobine""", ["BSM403"], "Contains an emoji.")

# 44 BSM403 emoticon
m("reply", "text", "Re: coloris – {o}",
"""Bonjour,

Le coloris « sauge » de votre commande {o} est un vert un peu grisé, plus doux que sur les photos. Vous allez l'adorer ;-)

Margot, Linge de Maison Colette""", ["BSM403"], "Contains the emoticon ';-)'.")

# 45 BSM410 four sizes in style block
m("delivery-delay", "html", "Commande {o} – nouvelle date",
"""<style>
h1 { font-size: 26px; }
h2 { font-size: 19px; }
p { font-size: 15px; }
.mentions { font-size: 11px; }
</style>
<h1>Petit retard</h1>
<h2>Commande {o}</h2>
<p>Bonjour, votre théière en fonte sera expédiée le 16 décembre au lieu du 11. Désolés pour ce délai.</p>
<p class="mentions">Thés & Sens SARL – SIRET 798 552 140 00021</p>""",
["BSM410"], "Style block setting four explicit font sizes.")

# 46 BSM412 blank lines in text
m("additional-information", "text", "Commande {o} – pointure",
"""Bonjour,

Vous avez commandé les bottes en taille 39 (commande {o}), mais votre message mentionne du 40.


Laquelle faut-il vous envoyer ?



Merci,
Chaussures Ardoise""", ["BSM412"], "Plain text with runs of two and three blank lines.")

# 47 BSM110 [Important] on an invoice
m("invoice", "text", "[Important] Votre facture – commande {o}",
"""Bonjour,

Ci-joint la facture FA/2026/1204 de la commande {o}.

Cordialement,
Bureau Pro Direct SAS – SIRET 532 761 904 00027""", ["BSM110"], "[Important] tag on an invoice, which is not critical.")

# 48 BSM401 'cliquez ici'
m("review-request", "html", "Votre avis sur la commande {o}",
"""<p>Bonjour,</p>
<p>Votre lampe de chevet est arrivée depuis quelques jours (commande {o}). Pour nous laisser un avis sur Amazon, <a href="https://www.amazon.fr/review/create-review?asin=B0D1LM8Q2W">cliquez ici</a>.</p>
<p>Bonne journée,<br>Atelier Lumen</p>""",
["BSM401"], "Non-descriptive 'cliquez ici' link text.")

# 49 vary: tracking pixel without alt
m("delivery-delay", "html", "Commande {o} – report d'expédition",
"""<p>Bonjour,</p>
<p>Votre matelas (commande {o}) sortira de fabrication le 18 décembre ; il vous sera expédié le lendemain.</p>
<p>Cordialement,<br>Maison Perrin Literie & Salons</p>
<img src="https://track.mailkit-cdn.net/open.gif?uid=88123&amp;msg=4471" width="1" height="1" alt="">""",
["BSM307", "BSM402"], "1x1 tracking pixel with empty alt.")

# 50 vary: order number without hyphens (BSM102)
m("delivery-scheduling", "text", "Livraison de votre armoire",
"""Bonjour Madame Rivière,

Pour votre armoire (commande n° {n}), notre livreur passe dans votre secteur le vendredi 18 décembre. Préférez-vous le matin (8 h – 12 h) ou l'après-midi (13 h – 17 h) ?

Cordialement,
Meubles Garnier""", ["BSM102"], "Order number written without hyphens, so the hyphenated form is absent.")


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
