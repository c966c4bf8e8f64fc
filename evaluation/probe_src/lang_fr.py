from common import M, P, builder, outlook

L = [
# ---- BSM202
M("thanks", "fulfillment-question", "text", "Merci pour votre commande {O}", """
Bonjour Madame Martin,

Toute l'équipe de La Bougie Provençale vous remercie chaleureusement pour votre commande. Nous espérons que nos bougies parfumeront agréablement votre intérieur.

Bien cordialement,
Camille
La Bougie Provençale""", ["BSM202"], "thanks + hope"),
M("thanks", "additional-information", "text", "Votre commande {O}", """
Bonjour Monsieur Bernard,

Merci d'avoir choisi Maison Dufour. Nous restons à votre entière disposition pour toute question concernant votre achat.

Cordialement,
Le service client Maison Dufour""", ["BSM202"], "thanks + à votre disposition"),
M("thanks", "fulfillment-question", "html", "Un grand merci ! – commande {O}", builder(P(
 "Chère Madame Petit,",
 "Nous tenions à vous remercier pour votre commande {O}. Notre petit atelier de céramique en Bretagne est toujours heureux de savoir qu'une de nos pièces va rejoindre un nouveau foyer.",
 "Nous vous souhaitons de beaux moments autour de votre nouveau service à thé.",
 "Avec toute notre gratitude,<br>Anne et Yann<br>Atelier Terre d'Armor"),
 "https://m.media-amazon.com/images/S/aplus-media-library-service-media/atelier-terre-darmor-logo.png", "Atelier Terre d'Armor"), ["BSM202"], "builder + logo; thanks + wishes"),
M("thanks", "fulfillment-question", "text", "Commande {O}", """
Merci pour votre achat !

L'équipe Électro Discount Lyon""", ["BSM202"], "one-line thanks"),
M("thanks", "additional-information", "html", "Votre commande {O} – Papeterie Lefèvre", outlook([
 "Madame, Monsieur,",
 "Nous vous remercions de la confiance que vous nous avez témoignée en passant commande auprès de notre maison.",
 "Si vous rencontriez la moindre difficulté avec votre commande {O}, n'hésitez pas à nous contacter via la messagerie Amazon.",
 "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
 "Philippe Lefèvre<br>Papeterie Lefèvre SARL"]), ["BSM202"], "Outlook formal; thanks + contact us if difficulty"),
M("thanks", "fulfillment-question", "text", "Besoin d'aide ? ({O})", """
Bonjour,

Si quelque chose ne vous convient pas dans votre colis, ou si vous avez une question sur l'utilisation de votre robot pâtissier, il vous suffit de répondre à ce message. Nous vous aiderons avec plaisir.

Belle journée,
Cuisine & Passion""", ["BSM202"], "only offer to help", "fr-BE"),
M("thanks", "fulfillment-question", "html", "Merci du fond du cœur ({O})", P(
 "Bonjour Léa,",
 "Un immense merci pour ta commande {O} ! Derrière notre boutique, nous ne sommes que deux passionnées, et chaque commande nous fait chaud au cœur.",
 "Nous espérons que la laine mérinos te plaira autant qu'à nous et que ton futur pull sera magnifique.",
 "Et s'il y a le moindre souci, écris-nous : nous serons toujours là pour toi.",
 "Encore merci et bon tricot !",
 "À bientôt,<br>Claire et Manon<br>Pelote &amp; Cie"), ["BSM202"], "long informal thanks"),
M("thanks", "additional-information", "text", "Remerciements – commande {O}", """
Chère cliente, cher client,

Nous vous remercions pour votre commande et vous souhaitons une excellente journée.

Sincères salutations,
Jardinerie du Val""", ["BSM202"], "formal thanks + wish"),
# ---- lookalikes
M("lookalike", "delivery-delay", "text", "Retard de votre commande {O}", """
Bonjour Monsieur Robert,

Merci pour votre commande. Nous sommes au regret de vous informer que la livraison de la table basse en chêne « Annecy » est retardée : notre menuisier termine le plateau la semaine prochaine.

Nous prévoyons désormais l'expédition le 16 janvier au lieu du 9 janvier. Vous n'avez rien à faire de votre côté.

Toutes nos excuses pour ce contretemps, et merci de votre patience.

Cordialement,
Maison Dufour""", [], "thanks + new date"),
M("lookalike", "additional-information", "text", "Texte de gravure – commande {O}", """
Bonjour Madame Richard,

Merci pour votre commande de la planche à découper gravée. Avant de lancer la gravure, nous avons une petite question.

Le texte indiqué (« Famille Richard – Bienvenue chez nous depuis 2012 ») compte 48 caractères, alors que la planche en accepte 35 au maximum. Pouvez-vous nous proposer un texte plus court ?

Bien à vous,
L'Atelier Gravure & Bois""", [], "thanks + engraving question"),
M("lookalike", "invoice", "html", "Facture de votre commande {O}", P(
 "Bonjour Monsieur Durand,",
 "Merci pour votre achat. Vous trouverez ci-joint la facture n° FA-2026/0187 relative à votre commande {O}.",
 "Notre numéro de TVA intracommunautaire (FR 45 812345678) et notre SIRET (812 345 678 00021) y figurent.",
 "Cordialement,<br>Service comptabilité<br>Électro Discount Lyon"), [], "thanks + invoice, TVA/SIRET"),
M("lookalike", "delivery-scheduling", "text", "Rendez-vous de livraison – commande {O}", """
Bonjour Madame Moreau,

Merci d'avoir choisi le réfrigérateur américain Samsung. Comme la livraison se fait par transporteur avec deux livreurs, nous devons convenir d'un créneau avec vous.

Créneaux disponibles :
- mardi 13 janvier, de 8 h à 12 h
- jeudi 15 janvier, de 14 h à 18 h

Pouvez-vous nous indiquer le créneau qui vous convient et l'étage de livraison ?

Cordialement,
Électro Discount Lyon""", [], "thanks + delivery slot"),
M("lookalike", "return-follow-up", "text", "Votre retour – commande {O}", """
Bonjour Monsieur Simon,

Merci d'avoir enregistré votre retour. L'étiquette prépayée est disponible dans « Vos commandes » sur Amazon : il suffit de l'imprimer et de la coller sur le carton.

Pour finaliser le retour, pourriez-vous nous dire si vous renvoyez aussi la batterie, ou seulement l'outil ?

Merci d'avance,
Bricolage Martin""", [], "thanks + label + question"),
# ---- clean
M("clean", "reply", "text", "RE : Annulation commande {O}", """
Bonjour Madame Laurent,

Votre commande {O} a bien été annulée à votre demande, avant toute expédition. Amazon vous remboursera l'intégralité du montant, soit 54,90 €, sous trois à cinq jours ouvrés.

Cordialement,
Pelote & Cie""", [], "cancellation at buyer's request"),
M("clean", "order-problem", "text", "Problème avec votre commande {O}", """
Bonjour Monsieur Michel,

Nous sommes désolés : la cocotte Staub (24 cm, gris graphite) de votre commande {O} ne peut pas être expédiée, le dernier exemplaire ayant été endommagé dans notre entrepôt et le modèle n'étant plus fabriqué.

Nous avons ajusté le montant total de la commande pour rupture de stock ; les 219,00 € seront recrédités sur votre moyen de paiement sous quelques jours.

Cordialement,
Cuisine & Passion""", [], "order problem + adjustment"),
M("clean", "return-follow-up", "text", "Proposition de remboursement partiel – {O}", """
Bonjour Julien,

Vous nous avez signalé une petite rayure sur le pied de la lampe, tout en souhaitant la garder. Nous pouvons vous proposer un remboursement partiel de 20,00 €, sans retour de l'article.

Acceptez-vous cette proposition ? Il nous suffit de votre accord pour traiter le remboursement sur la commande {O}.

Bien cordialement,
Maison Dufour""", [], "partial refund offer"),
M("clean", "review-request", "text", "Votre avis sur la bouilloire – commande {O}", """
Bonjour Madame Fontaine,

Vous avez acheté chez nous une bouilloire Smeg il y a quelques semaines (commande {O}). Si vous avez un moment, nous vous serions reconnaissants de partager votre expérience dans un commentaire sur Amazon.

Cordialement,
Électro Discount Lyon""", [], "neutral review request"),
M("clean", "invoice", "text", "Facture n° 2026/01/045 – commande {O}", """
Madame, Monsieur,

Veuillez trouver ci-joint la facture de la commande {O}.

Facture n° : 2026/01/045
Date : 08/01/2026
Montant TTC : 1 249,00 €
TVA intracommunautaire : FR 12 345678901
SIRET : 123 456 789 00012
RCS Lyon B 123 456 789

Salutations distinguées,
Papeterie Lefèvre SARL""", [], "invoice: SIRET/TVA grouped like phones"),
M("clean", "custom-design-verification", "html", "BAT de votre faire-part – commande {O}", builder(P(
 "Bonjour Madame Garnier,",
 "Vous trouverez en pièce jointe le bon à tirer de vos faire-part de mariage (format 15 × 15 cm, 80 exemplaires, date du 20.06.2026).",
 "Merci de vérifier l'orthographe des prénoms et le lieu de la cérémonie, puis de nous confirmer votre accord ou vos corrections en répondant à ce message.",
 "Bien à vous,<br>Studio Papier Blanc"), "https://m.media-amazon.com/images/S/aplus-media-library-service-media/studio-papier-blanc-logo.png", "Studio Papier Blanc"), [], "design proof with logo"),
# ---- BSM201
M("201", "fulfillment-question", "text", "Votre colis est en route ({O})", """
Bonjour Sophie,

Bonne nouvelle : votre colis a quitté notre entrepôt ce matin et fait route vers chez vous.

À bientôt,
La Bougie Provençale""", ["BSM201"], "'a quitté notre entrepôt'"),
M("201", "additional-information", "text", "Information commande {O}", """
Bonjour Monsieur Girard,

Nous venons de remettre votre colis à Colissimo. Vous devriez le recevoir d'ici 48 heures.

Cordialement,
Bricolage Martin""", ["BSM201"], "handed to carrier"),
M("201", "fulfillment-question", "html", "Nous avons bien reçu votre commande ({O})", P(
 "Bonjour Madame André,",
 "Votre commande {O} nous est bien parvenue et notre équipe est déjà en train de la préparer avec soin.",
 "Cordialement,<br>Jardinerie du Val"), ["BSM201"], "order received + being prepared", "fr-BE"),
# ---- BSM204
M("204", "review-request", "text", "Votre avis compte – {O}", """
Bonjour Madame Mercier,

Que pensez-vous de votre moulin à café ? Si vous prenez le temps de laisser un commentaire sur Amazon, nous glisserons un paquet de notre café maison dans votre prochaine commande, pour vous remercier.

Cordialement,
Torréfaction du Port""", ["BSM204"], "free coffee for review"),
M("204", "review-request", "text", "Petite demande – commande {O}", """
Bonjour Hugo,

Pourrais-tu laisser un avis sur les éclairages de vélo sur Amazon ? Dès qu'il sera publié, nous te rembourserons les frais de port.

Merci !
Vélo Pièces Nantes""", ["BSM204"], "shipping refund once published"),
M("204", "review-request", "html", "Un geste pour votre avis ({O})", P(
 "Bonjour Monsieur Blanc,",
 "En remerciement de votre avis sur Amazon, nous vous offrirons un bon d'achat de 10 € valable sur votre prochaine commande.",
 "Cordialement,<br>Jardinerie du Val"), ["BSM204"], "voucher for review"),
# ---- BSM205
M("205", "reply", "text", "RE : Votre avis – commande {O}", """
Bonjour Monsieur Guerin,

Nous sommes ravis que la pièce de rechange convienne enfin. Le problème étant résolu, accepteriez-vous de modifier votre avis à une étoile ?

Cordialement,
Électro Discount Lyon""", ["BSM205"], "modify one-star review"),
M("205", "reply", "text", "RE : Évaluation vendeur – {O}", """
Bonjour Madame Roux,

Merci de nous avoir permis de régler ce souci. Le retard étant dû au transporteur, pourriez-vous supprimer l'évaluation négative que vous nous avez laissée ?

Bien cordialement,
Pelote & Cie""", ["BSM205"], "remove negative feedback"),
M("205", "reply", "html", "RE : Vis manquantes ({O})", P(
 "Bonjour Monsieur Bonnet,",
 "Les vis manquantes vous ont été envoyées aujourd'hui séparément.",
 "Une fois l'étagère montée, peut-être pourriez-vous revoir votre commentaire sur Amazon afin qu'il reflète la situation actuelle ?",
 "Cordialement,<br>Maison Dufour"), ["BSM205"], "'revoir votre commentaire'"),
# ---- BSM206
M("206", "review-request", "text", "Satisfait de votre commande {O} ?", """
Bonjour Madame François,

Si vous êtes satisfaite de votre gourde isotherme, un avis sur Amazon nous ferait très plaisir. Dans le cas contraire, contactez-nous d'abord afin que nous trouvions une solution.

Cordialement,
Cuisine & Passion""", ["BSM206"], "satisfied -> review; else contact us"),
M("206", "review-request", "text", "Cinq étoiles ? ({O})", """
Bonjour Thomas,

Une note de cinq étoiles sur Amazon aide énormément une petite boutique comme la nôtre. Auriez-vous une minute pour évaluer le kit de crochet ?

Merci d'avance,
Pelote & Cie""", ["BSM206"], "five stars"),
M("206", "review-request", "html", "Tout s'est bien passé ? ({O})", P(
 "Chère Madame Lambert,",
 "Uniquement si vous êtes pleinement satisfaite de votre service à thé, nous serions heureux de lire votre avis sur Amazon.",
 "Bien à vous,<br>Atelier Terre d'Armor"), ["BSM206"], "review only if fully satisfied"),
# ---- BSM108
M("108", "delivery-delay", "text", "Votre commande {O}", """
Bonjour Madame Faure,

La machine à expresso que vous avez commandée est malheureusement épuisée, et notre fournisseur ne peut pas nous donner de date de réapprovisionnement.

Le plus simple et le plus rapide pour vous serait d'annuler vous-même la commande depuis « Vos commandes » sur Amazon.

Cordialement,
Cuisine & Passion""", ["BSM108"], "simplest to cancel yourself"),
M("108", "fulfillment-question", "text", "Rupture de stock – commande {O}", """
Bonjour Monsieur Rousseau,

Nous n'avons plus les chaussures de running en pointure 44. Nous vous serions reconnaissants de bien vouloir soumettre une demande d'annulation pour la commande {O}.

Sportivement,
Run Store Bordeaux""", ["BSM108"], "grateful if you submit cancellation"),
M("108", "delivery-delay", "html", "À propos de votre commande {O}", P(
 "Bonjour Madame Morel,",
 "La perceuse sans fil est en rupture de stock pour une durée indéterminée. Plutôt que d'attendre, vous pouvez annuler votre commande sur Amazon en quelques clics.",
 "Cordialement,<br>Bricolage Martin"), ["BSM108"], "suggests cancelling rather than waiting"),
# ---- BSM203
M("203", "delivery-delay", "text", "Retard de la commande {O}", """
Bonjour Madame Dupont,

Votre calendrier personnalisé sera expédié le 14 janvier au lieu du 9 janvier, notre imprimeur ayant pris un peu de retard après les fêtes. Veuillez nous en excuser.

Cordialement,
Studio Papier Blanc

P.-S. : avec le code HIVER15, profitez de 15 % de réduction sur votre prochaine commande.""", ["BSM203"], "P.-S. discount code"),
M("203", "invoice", "text", "Facture – commande {O}", """
Bonjour Monsieur Lemoine,

Veuillez trouver ci-joint votre facture (FA-2026/0221).

Pour ne manquer aucune de nos offres, suivez-nous sur Instagram et abonnez-vous à notre newsletter !

Cordialement,
Vélo Pièces Nantes""", ["BSM203"], "follow us + newsletter"),
M("203", "review-request", "html", "Votre avis sur le linge de lit ({O})", P(
 "Chère Madame Chevalier,",
 "Nous serions ravis de lire votre avis sur la parure de lit sur Amazon.",
 "Au fait : notre nouvelle collection printemps en lin bio vient d'arriver, avec 20 % de remise pendant le lancement !",
 "Bien à vous,<br>Maison Dufour"), ["BSM203"], "new collection + discount"),
]
