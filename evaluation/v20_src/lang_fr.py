"""v20 blind evaluation set: French (fr) messages."""

LANG = "fr"


def _oid(n):
    return "513-%07d-%07d" % ((n * 7919 + 2046183) % 10000000, (n * 104729 + 5830127) % 10000000)


def _m(n, typ, fmt, subject, body, expected, note, locale="fr-FR"):
    oid = _oid(n)
    flat = oid.replace("-", "")
    sub = subject.replace("{o}", oid).replace("{flat}", flat)
    bod = body.replace("{o}", oid).replace("{flat}", flat)
    return {
        "id": "v20-fr-%03d" % n,
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
a(_m(1, "delivery-delay", "text", "Votre commande {o} : petit contretemps",
"""Bonjour Madame Lefèvre,

Le fournisseur du plaid en lin que vous avez choisi nous livre avec une semaine de décalage. Votre colis partira donc chez vous le mardi 15 décembre au lieu du 8.

Désolés pour l'attente, on préférait vous prévenir plutôt que de vous laisser guetter le facteur.

Bien à vous,
Camille
Maison Ardoise - linge de maison""",
[], "Plain-text delivery delay with a new ship date, no confirmation of shipment."))

a(_m(2, "delivery-delay", "html", "Commande {o} - délai d'expédition prolongé",
"""<p>Bonjour,</p>
<p>Nous revenons vers vous au sujet de votre commande <b>{o}</b>.</p>
<table>
<tr><td>Article</td><td>Théière en fonte 1,2 L</td></tr>
<tr><td>Départ prévu initialement</td><td>lundi 7 décembre</td></tr>
<tr><td>Nouvelle date de départ</td><td>vendredi 18 décembre</td></tr>
</table>
<p>Le lot a été retenu au contrôle qualité chez notre importateur. Rien à faire de votre côté : la commande reste active et partira dès réception.</p>
<p>Cordialement,<br>Service client Le Comptoir des Thés</p>""",
[], "Builder-style HTML delivery delay with a plain table, no styling."))

a(_m(3, "order-problem", "text", "[Important] Commande {o} - article indisponible",
"""Bonjour Monsieur Garnier,

Mauvaise nouvelle : le dernier exemplaire du tabouret « Bistrot » noir est parti en casse lors de l'inventaire, et la référence n'est plus fabriquée.

Nous ne pouvons donc pas honorer la commande {o}. Le montant total (64,90 €) a été ajusté dans Seller Central avec le motif « rupture de stock » ; le remboursement apparaîtra sur votre moyen de paiement sous quelques jours ouvrés.

Toutes nos excuses,
Julien Morel
Atelier Morel & Fils""",
[], "Order problem with [Important] tag, confirms the order amount was adjusted for no inventory."))

a(_m(4, "additional-information", "text", "Gravure - commande {o}",
"""Bonjour,

Pour lancer la gravure de votre planche à découper, il nous manque le texte exact. Vous aviez indiqué « prénoms + date » sans préciser lesquels.

Pouvez-vous nous répondre ici avec les prénoms (20 caractères max. au total) et la date au format voulu, par ex. 12.06.2027 ou 12 juin 2027 ?

Dès votre retour, on grave et on expédie.

Merci d'avance,
Sophie - Les Bois d'Anjou""",
[], "Request for the engraving text needed to complete the order."))

a(_m(5, "return-follow-up", "text", "Retour commande {o} - proposition",
"""Bonjour Madame Roux,

Nous avons bien noté votre demande de retour pour la lampe de bureau dont l'abat-jour est arrivé enfoncé.

Si la lampe fonctionne par ailleurs et que vous souhaitez la garder, nous pouvons vous rembourser 15 € (environ 30 % du prix) sans que vous ayez à la renvoyer. Sinon, le retour suit son cours normalement.

Dites-nous simplement ce qui vous arrange.

Cordialement,
Hugo, Lumen & Co""",
[], "Return follow-up offering a partial refund as an alternative."))

a(_m(6, "return-follow-up", "text", "Votre retour - commande {o}",
"""Bonjour,

Nous avons reçu votre demande de retour pour les chaussures de randonnée (pointure 42).

Pour que l'entrepôt puisse la traiter, pourriez-vous nous préciser si les chaussures ont été portées en extérieur ? Et si la boîte d'origine est toujours en votre possession ?

Merci de votre retour,
L'équipe Sentiers Outdoor""",
[], "Return follow-up asking for information needed to complete the return."))

a(_m(7, "invoice", "text", "Facture FA/2026/12/0318 - commande {o}",
"""Bonjour,

Comme demandé, vous trouverez ci-joint la facture FA/2026/12/0318 relative à votre commande {o}, datée du 02/12/2026.

Montant HT : 208,25 €
TVA 20 % : 41,65 €
Montant TTC : 249,90 €

Bonne journée,
Comptabilité - Brico Pro Distribution

Brico Pro Distribution SAS au capital de 50 000 €
14 rue des Forgerons, 69007 Lyon
SIRET 812 345 678 00021 - RCS Lyon 812 345 678
N° TVA intracommunautaire FR 27 812345678""",
[], "Invoice with French VAT, SIRET and RCS numbers and an invoice number with slashes."))

a(_m(8, "review-request", "text", "Votre avis sur votre commande {o}",
"""Bonjour,

Votre bougie « Figuier » est arrivée chez vous il y a une semaine. Si vous avez deux minutes, un avis sur Amazon aide beaucoup les autres clients à s'y retrouver, quel qu'il soit.

Belle fin de semaine,
Léa, Cire & Mèche""",
[], "Neutral one-off review request in plain text."))

a(_m(9, "review-request", "html", "Commande {o} : qu'en avez-vous pensé ?",
"""<p><img src="https://cdn.papeterie-hirondelle.fr/img/logo-papeterie-hirondelle.png" alt="Papeterie Hirondelle" width="160" height="60"></p>
<p>Bonjour,</p>
<p>Votre agenda 2027 vous accompagne depuis quelques jours maintenant. Votre retour d'expérience, quel qu'il soit, nous intéresse vraiment, et il éclaire les prochains acheteurs.</p>
<p><a href="https://www.amazon.fr/review/review-your-purchases/?asin=B0CX7H2K1P">Rédiger un commentaire sur Amazon</a></p>
<p>Merci et à bientôt,<br>Papeterie Hirondelle</p>""",
[], "HTML review request with shop logo (alt names shop) and a descriptive https Amazon link."))

a(_m(10, "delivery-scheduling", "text", "Livraison de votre canapé - commande {o}",
"""Bonjour Monsieur Da Silva,

Votre canapé 3 places sera livré par notre transporteur spécialisé (livraison en pièce de votre choix, 2 livreurs).

Créneaux disponibles :
- jeudi 17/12 entre 8 h et 13 h
- vendredi 18/12 entre 13 h et 18 h
- lundi 21/12 entre 8 h et 13 h

Merci de nous indiquer celui qui vous convient, ainsi que l'étage et la présence d'un ascenseur.

Bien cordialement,
Nadia B.
Salons Dumas""",
[], "Scheduling delivery of a bulky sofa with dates and time slots."))

a(_m(11, "home-service-appointment", "text", "Pose de votre lave-vaisselle - RDV (commande {o})",
"""Bonjour,

Notre technicien peut venir installer votre lave-vaisselle encastrable aux dates suivantes :

mercredi 16 décembre, 9 h 30 - 11 h 30
samedi 19 décembre, 14 h - 16 h

Prévoyez un accès dégagé à l'arrivée d'eau et à la prise. Répondez-nous avec le créneau retenu et nous confirmerons le rendez-vous.

Cordialement,
Service pose - ElectroMénager Lambert""",
[], "Home-service installation appointment with two time slots."))

a(_m(12, "custom-design-verification", "html", "BAT de votre faire-part - commande {o}",
"""<p>Bonjour Claire,</p>
<p>Voici le bon à tirer de vos faire-part de naissance (fichier PDF joint : BAT_faire-part_Jules_v2.pdf).</p>
<ul>
<li>Prénom : Jules</li>
<li>Date : 28 novembre 2026</li>
<li>Papier : coton 300 g, format 10 x 15 cm</li>
</ul>
<p>Merci de bien relire l'orthographe et la date. Un simple « OK pour impression » en réponse suffit, ou listez-nous les corrections.</p>
<p>Bonne journée,<br>Anaïs - Petits Papiers Studio</p>""",
[], "Custom design proof sent as an attachment for verification."))

a(_m(13, "fulfillment-question", "text", "Commande {o} - accès à votre immeuble",
"""Bonjour,

Votre table basse sera livrée par coursier sur rendez-vous. Votre adresse indique une résidence fermée : pourriez-vous nous transmettre le code du portail et le numéro du bâtiment (A, B ou C) ?

Votre dossier de livraison porte la référence LIV-2026-448812, créneau réservé n° 07/12-B.

Merci,
Thomas - Mobilier Brocéliande""",
[], "Door-code question with reference numbers, no phone number, nothing shipped yet."))

a(_m(14, "reply", "text", "Re: Question sur le jeu « Ticket to Ride » - {o}",
"""Bonjour Monsieur Petit,

Oui, l'édition que vous avez reçue est bien la version internationale, boîte intitulée « Ticket to Ride: Europe ». Les règles en français sont dans le livret, à partir de la page 9, et les cartes n'ont que des pictogrammes : aucun souci pour jouer en famille.

Bonne partie !
Marc, La Ludothèque du Coin""",
[], "Reply quoting an English product title inside French sentences."))

a(_m(15, "reply", "text", "Re: Panne de la cafetière - commande {o}",
"""Bonjour,

Navrés que votre cafetière se mette en défaut au bout de trois semaines. Elle est couverte par la garantie constructeur de 2 ans.

Le plus rapide est de contacter directement le service garantie du fabricant (SAV Brevia, ligne garantie fabricant) au 09 70 82 14 55, du lundi au vendredi de 9 h à 18 h, avec votre numéro de commande {o}.

Si le fabricant tarde à répondre, revenez vers nous ici.

Cordialement,
Élodie - CuisineMarché""",
[], "Reply giving the manufacturer's warranty hotline, marked as such (BSM309 exception)."))

a(_m(16, "reply", "text", "Re: Coordonnées société - commande {o}",
"""Bonjour Monsieur Willems,

Voici les coordonnées complètes que vous nous demandiez pour votre dossier comptable :

Les Jardins de Flandre SRL
Rue de la Station 42, 7500 Tournai
N° d'entreprise (BCE) 0712.345.678
TVA BE 0712.345.678
RPM Hainaut, division Tournai

La facture reprend ces mêmes mentions.

Bien à vous,
Pieter Claes, gérant""",
[], "Reply with a Belgian company-details footer (BCE/TVA), fr-BE locale.", locale="fr-BE"))

a(_m(17, "reply", "text", "Re: Suivi de mon remboursement - {o}",
"""Bonjour Madame Caron,

Nous avons bien réceptionné votre retour (étiquette n° RET-0931-7721) le 03/12/2026 à 10 h 42 à notre entrepôt de Tours.

Le remboursement de 38,50 € a été validé le 04/12 ; selon votre banque, comptez 3 à 5 jours ouvrés avant de le voir sur votre compte. Les frais de retour (4,95 €) sont à notre charge.

Cordialement,
Kévin, service après-vente - Déco Loire""",
[], "Reply with return label number, dates, times and amounts."))

# ---------------------------------------------------------- violations (31)
a(_m(18, "fulfillment-question", "text", "Votre colis est en route ! ({o})",
"""Bonjour,

Bonne nouvelle : votre commande a quitté notre entrepôt ce matin et a été remise à Chronopost. Vous devriez la recevoir d'ici 48 h.

Bonne journée,
L'équipe Bambou & Cie""",
["BSM201"], "Shipment confirmation: left the warehouse, handed to the carrier."))

a(_m(19, "additional-information", "text", "Commande {o} bien reçue",
"""Bonjour Madame Faure,

C'est noté de notre côté, votre commande est arrivée chez nous et notre équipe s'occupe déjà de la préparer avec soin.

À très vite,
Aurore - Savonnerie des Calanques""",
["BSM201"], "Order-received confirmation: we got your order and are preparing it."))

a(_m(20, "reply", "text", "Re: commande {o}",
"""Bonjour,

Un grand merci pour votre achat, ça nous fait vraiment plaisir !

Toute l'équipe de Graine de Potager""",
["BSM202"], "Thanks only, nothing else."))

a(_m(21, "fulfillment-question", "text", "Commande {o}",
"""Bonjour,

Juste un petit mot pour vous dire qu'on reste à votre disposition si jamais quelque chose clochait avec votre commande.

Cordialement,
Rémi, Outillage Vauban""",
["BSM202"], "Only says the seller is there if anything goes wrong."))

a(_m(22, "delivery-delay", "text", "Commande {o} : expédition décalée",
"""Bonjour,

Votre puzzle 1000 pièces partira avec trois jours de retard, soit le jeudi 10 décembre, à cause d'un retard de notre imprimeur.

Merci de votre patience.

Amicalement,
Puzzles Bretons

P.S. Jusqu'au 31/12, toute la boutique est à -20 % avec le code NOEL20.""",
["BSM203"], "Permitted delay message with a discount-code P.S. on the whole range."))

a(_m(23, "reply", "html", "Re: taille du pull - commande {o}",
"""<p>Bonjour,</p>
<p>Le pull taille normalement, vous pouvez garder votre taille habituelle.</p>
<p>Au fait, notre nouvelle collection d'hiver vient de sortir ! Suivez-nous sur Instagram (@tricots_de_lise) et inscrivez-vous à notre newsletter pour ne rien rater.</p>
<p>Lise - Les Tricots de Lise</p>""",
["BSM203"], "Reply inviting to follow on Instagram, subscribe to the newsletter and see the new collection."))

a(_m(24, "review-request", "text", "Votre avis compte - commande {o}",
"""Bonjour,

Si vous prenez le temps de laisser un commentaire sur votre moulin à poivre, envoyez-nous la capture une fois qu'il est en ligne : un petit cadeau vous attend pour vous remercier.

Belle journée,
Épices & Moulins""",
["BSM204"], "Small gift promised once the review is published."))

a(_m(25, "review-request", "text", "Commande {o} - une offre pour vous",
"""Bonjour Monsieur Blanc,

Nous vous proposons de vous rembourser intégralement votre coque de téléphone dès que votre évaluation sera visible sur Amazon. Il suffit de nous répondre avec votre pseudo.

Cordialement,
Case Factory FR""",
["BSM204"], "Full refund offered as soon as the review is online."))

a(_m(26, "reply", "text", "Re: Réclamation commande {o}",
"""Bonjour Madame Mercier,

Le remplacement de votre gourde est parti cette semaine et nous espérons que tout est rentré dans l'ordre.

Du coup, seriez-vous d'accord pour revoir votre commentaire une étoile, voire le retirer ? Cela pèse beaucoup sur une petite boutique comme la nôtre.

Merci de votre compréhension,
Yann - Gourdes Alpines""",
["BSM205"], "Asks to update or remove a one-star review."))

a(_m(27, "review-request", "text", "Commande {o} - votre ressenti",
"""Bonjour,

Si vous êtes content de votre tapis de yoga, un petit commentaire sur Amazon nous ferait très plaisir. Et si ce n'est pas le cas, écrivez-nous d'abord plutôt que de laisser un avis : on trouvera une solution.

Namasté,
Zen Atelier""",
["BSM206"], "Asks only satisfied buyers to review, steers unhappy ones to contact the seller."))

a(_m(28, "review-request", "html", "Vos 5 étoiles pour la commande {o} ?",
"""<p>Bonjour,</p>
<p>Votre sac à dos est arrivé il y a une dizaine de jours. Si vous avez un moment, pensez à nous mettre 5 étoiles sur Amazon, c'est ce qui fait vivre notre petite marque.</p>
<p><a href="https://www.amazon.fr/review/review-your-purchases/?asin=B0D2M8QK4L">Laisser une évaluation sur Amazon</a></p>
<p>Merci !<br>Baroudeur Bagagerie</p>""",
["BSM206"], "Asks for a five-star rating."))

a(_m(29, "delivery-delay", "text", "Commande {o} - rupture de stock",
"""Bonjour,

Le coloris sauge de la housse de couette est en rupture chez nous, réassort attendu mi-janvier.

Si vous ne souhaitez pas attendre, le plus rapide est encore d'annuler vous-même la commande depuis votre compte Amazon (Vos commandes > Annuler des articles).

Cordialement,
Linge & Lin""",
["BSM108"], "Out of stock: advises the buyer to cancel the order themselves."))

a(_m(30, "order-problem", "text", "Problème avec votre commande {o}",
"""Bonjour Madame Henry,

Le robot pâtissier commandé n'est malheureusement plus disponible chez notre grossiste.

Nous vous serions reconnaissants de bien vouloir faire une demande d'annulation de votre côté, cela simplifie la procédure.

Avec nos excuses,
Culinaria Shop""",
["BSM107", "BSM108"], "Order problem asking the buyer to request cancellation, no adjustment confirmed."))

a(_m(31, "review-request", "text", "Un avis sur votre commande {o} ?",
"""Bonjour,

Votre chargeur solaire est chez vous depuis une semaine. Un commentaire sur Amazon aiderait d'autres randonneurs à se décider.

Vous ne souhaitez plus recevoir nos messages ? Répondez STOP.

SolarTrek""",
["BSM305"], "Review request with an opt-out instruction (reply STOP)."))

a(_m(32, "reply", "text", "Re: Où est mon colis ? - {o}",
"""Bonjour,

On a relancé ce putain de transporteur trois fois, ils n'en foutent pas une. On vous tient au courant dès qu'on a du neuf sur la nouvelle date.

Fred - Garage Pièces Auto 33""",
["BSM306"], "Reply with French profanity about the carrier."))

a(_m(33, "delivery-delay", "text", "Order {o} - shipping delay",
"""Hello,

Unfortunately your ceramic vase will ship a few days later than planned, on Monday 14 December, as our kiln needs a repair.

We apologise for the inconvenience.

Kind regards,
Terre & Feu Céramiques""",
["BSM104"], "Whole message in English for a French-locale buyer."))

a(_m(34, "reply", "text", "Re: Montage de l'étagère - commande {o}",
"""Bonjour,

Pour le montage, le plus simple est de nous appeler directement au 02 41 87 56 30, on vous guidera pas à pas.

Cordialement,
Meubles Rivière""",
["BSM309"], "Shop phone number in French national format."))

a(_m(35, "additional-information", "text", "Commande {o} - adresse incomplète",
"""Bonjour,

L'adresse de livraison ne comporte pas de numéro de rue. Merci de nous le communiquer, ou envoyez-nous un SMS au +33 6 48 21 90 17 si c'est plus pratique pour vous.

Bonne soirée,
Alexis - Pneus Express""",
["BSM309"], "Mobile phone number in international format."))

a(_m(36, "return-follow-up", "text", "Retour {o} - photos à nous transmettre",
"""Bonjour,

Pour finaliser le retour de votre aspirateur, pourriez-vous nous envoyer deux photos du défaut à sav.aspiro@maison-proprete.fr ?

Merci,
Maison Propreté""",
["BSM308"], "Plain e-mail address in the text."))

a(_m(37, "reply", "text", "Re: Facture pro - commande {o}",
"""Bonjour,

Pour la facture au nom de votre société, écrivez directement à notre compta : compta arobase atelier-vasseur point fr, en précisant le numéro de commande.

Bien cordialement,
Atelier Vasseur""",
["BSM308"], "Obfuscated e-mail address written with 'arobase' and 'point'."))

a(_m(38, "delivery-delay", "html", "Commande {o} : nouvelle date d'expédition",
"""<p>Bonjour,</p>
<p>Votre kit de culture de champignons partira le 16 décembre au lieu du 9, le temps que notre nouvelle souche soit prête.</p>
<p>En attendant, retrouvez nos recettes sur <a href="https://www.champi-maison.fr/blog/recettes">le blog recettes de Champi Maison</a>.</p>
<p>Bonne journée,<br>Champi Maison</p>""",
["BSM302"], "https link with descriptive text to the seller's own blog, not needed for the order."))

a(_m(39, "reply", "html", "Re: Suivre ma commande {o}",
"""<p>Bonjour,</p>
<p>Vous pouvez suivre l'avancement depuis <a href="http://www.amazon.fr/gp/your-account/order-history">votre historique de commandes Amazon</a>.</p>
<p>Cordialement,<br>Hifi Occasion Nantes</p>""",
["BSM301"], "Descriptive link to Amazon over plain http."))

a(_m(40, "review-request", "html", "Votre théière, une semaine après - {o}",
"""<p>Bonjour,</p>
<p><img src="https://cdn.boutique-kyusu.fr/produits/theiere-kyusu-argile-rouge-300ml.jpg" alt="Théière kyusu en argile rouge 300 ml" width="240"></p>
<p>Votre théière kyusu est arrivée il y a une semaine. Si vous le souhaitez, vous pouvez partager votre avis sur Amazon.</p>
<p>Bonne dégustation,<br>Boutique Kyusu</p>""",
["BSM310"], "Image of the purchased product (file name and alt name it)."))

a(_m(41, "delivery-delay", "html", "Commande {o} - léger retard",
"""<p><img src="https://images.stockphotos-free.com/noel/sapin-enneige-foret.jpg" alt="Sapin enneigé en forêt" width="300"></p>
<p>Bonjour,</p>
<p>Avec l'affluence des fêtes, votre guirlande partira le 11 décembre au lieu du 8. Merci de votre compréhension !</p>
<p>Lumières d'Hiver</p>""",
["BSM311"], "Stock picture of a snowy fir tree unrelated to the shop."))

a(_m(42, "additional-information", "html", "Commande {o} - choix du coloris",
"""<p><img src="https://cdn.cuir-et-sellerie.fr/logo-cuir-et-sellerie.png" width="150" height="50"></p>
<p>Bonjour,</p>
<p>Vous avez commandé la ceinture sans préciser la couleur de la boucle. Laiton ou argent vieilli ? Répondez-nous simplement par l'un ou l'autre.</p>
<p>Cuir & Sellerie</p>""",
["BSM402"], "Shop logo image without alt attribute."))

a(_m(43, "delivery-delay", "text", "Commande {o} 📦 un peu de retard",
"""Bonjour,

Votre paquet de cafés de spécialité partira samedi 12/12 au lieu de mercredi, notre torréfacteur a pris un peu de retard ☕

Merci pour votre patience !
Brûlerie du Marais""",
["BSM403"], "Emoji in the subject and body."))

a(_m(44, "reply", "text", "Re: Couleur du fil - {o}",
"""Bonjour,

Oui, le fil est bien le même lot que la première pelote, aucune différence de teinte à craindre ;-)

Bon tricot,
Laines de Provence""",
["BSM403"], "Text emoticon ;-) in a reply."))

a(_m(45, "delivery-scheduling", "html", "Livraison de votre armoire - commande {o}",
"""<style>
h2 { font-size: 22px; }
p { font-size: 15px; }
.creneau { font-size: 17px; }
.mentions { font-size: 11px; }
</style>
<h2>Planifions la livraison</h2>
<p>Bonjour,</p>
<p>Votre armoire 2 portes est prête à partir chez notre transporteur spécialisé. Choisissez votre créneau :</p>
<p class="creneau">mardi 15/12, 8 h - 12 h ou mercredi 16/12, 14 h - 18 h</p>
<p class="mentions">Livraison au pied de l'immeuble, montée à l'étage en option.</p>""",
["BSM410"], "Four explicit font sizes in a style block besides the default."))

a(_m(46, "delivery-delay", "text", "Votre commande {o}",
"""Bonjour,

Petit retard sur votre commande : le support mural sera expédié le 14 décembre.


Nous nous excusons pour ce désagrément.


Cordialement,
FixMur""",
["BSM412"], "Two blank lines in a row between paragraphs of a text message."))

a(_m(47, "review-request", "text", "[Important] Votre avis sur la commande {o}",
"""Bonjour,

Votre arrosoir en zinc est livré depuis quelques jours. Si le cœur vous en dit, partagez votre expérience sur Amazon, cela aide les autres jardiniers.

Le Jardin d'Eugène""",
["BSM110"], "[Important] tag on a review request, which is not critical."))

a(_m(48, "return-follow-up", "html", "Retour de votre commande {o}",
"""<p>Bonjour,</p>
<p>Pour finaliser votre retour, il nous faut le motif précis : taille, défaut ou autre ? Vous pouvez aussi le préciser dans votre demande de retour <a href="https://www.amazon.fr/gp/css/returns/homepage.html">ici</a>.</p>
<p>Merci,<br>Mode Bastide</p>""",
["BSM401"], "Link text 'ici' does not say where it goes."))

# ------------------------------------------------------------ variants (2)
a(_m(49, "delivery-delay", "text", "Retard de livraison",
"""Bonjour,

Votre commande n° {flat} (cadre photo chêne 30 x 40) partira avec quelques jours de décalage, le 15/12 au lieu du 10/12.

Merci de votre compréhension,
Encadrements Morvan""",
["BSM102"], "Order number written as 17 digits without hyphens, so no valid order number."))

a(_m(50, "delivery-delay", "html", "Commande {o} - nouvelle date",
"""<div style="font-family: 'Trebuchet MS', Arial, sans-serif; color: #3a3a3a; line-height: 1.7; text-align: center;">
<p>Bonjour,</p>
<p>Votre coffret de thés de Noël partira le 14 décembre au lieu du 9, suite à un retard de notre fournisseur d'emballages.</p>
<p>Merci de votre patience,<br>La Maison du Thé Vert</p>
</div>""",
["BSM407", "BSM408", "BSM409", "BSM411"], "Builder wrapper setting font family, colour, line height and centring."))

MESSAGES = _R
