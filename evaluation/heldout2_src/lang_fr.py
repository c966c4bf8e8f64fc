from common import M
L = "fr"
# ---- clean (12)
M(L, "delivery-delay", "text", "Retard d'expédition – commande {o}", """Bonjour Madame Lefèvre,

Votre commande {o} (table basse « Ardèche » en chêne massif) ne pourra malheureusement pas être expédiée à la date annoncée : notre atelier attend encore une livraison de vernis.

Nous prévoyons désormais une expédition le jeudi 16 mai. Si ce délai ne vous convient pas, vous pouvez annuler la commande depuis votre compte Amazon ; le remboursement sera alors intégral.

Toutes nos excuses pour ce contretemps.

Cordialement,
Julien Marchand
L'Atelier du Bois Brut""", [], "clean: delay, new date, neutral cancellation mention")
M(L, "order-problem", "text", "[Important] Problème avec votre commande {o}", """Bonjour Monsieur Girard,

Nous sommes désolés : l'aspirateur balai de votre commande {o} n'est plus disponible, le dernier exemplaire en stock ayant été endommagé lors d'un inventaire.

Nous avons donc ajusté le montant de votre commande et procédé au remboursement intégral de 179,90 € (motif : rupture de stock). Le montant apparaîtra sur votre relevé sous quelques jours ouvrés.

Cordialement,
Service client Maison Propre""", [], "clean: order problem with adjustment; [Important] on critical type")
M(L, "invoice", "html", "Votre facture – commande {o}", """<p>Bonjour Madame Rousseau,</p>
<p>Comme convenu, vous trouverez ci-joint la facture de votre commande {o} au format PDF.</p>
<p>N° de facture : FA-2024/04/0219<br>
SIRET : 812 345 678 00024<br>
N° TVA intracommunautaire : FR 47 812345678</p>
<p>Bien cordialement,<br>La Papeterie des Canuts, Lyon</p>""", [], "clean: invoice with SIRET and TVA")
M(L, "review-request", "html", "Votre avis sur la commande {o}", """<p><img src="https://static.savonnerie-provence.fr/email/logo-savonnerie.png" alt="Savonnerie de Provence" width="160"></p>
<p>Bonjour Camille,</p>
<p>Il y a quelques semaines, vous avez commandé nos savons à l'huile d'olive (commande {o}). Accepteriez-vous de partager votre avis sur Amazon ? Un retour sincère, quel qu'il soit, aide les autres clients à choisir.</p>
<p><a href="https://www.amazon.fr/review/create-review?asin=B0B2L9VQ6S">Donner mon avis sur Amazon.fr</a></p>
<p>Merci et à bientôt,<br>La Savonnerie de Provence</p>""", [], "clean: neutral HTML review request with logo+alt")
M(L, "delivery-scheduling", "text", "Prise de rendez-vous pour la livraison – {o}", """Bonjour Monsieur Fontaine,

Votre réfrigérateur américain (commande {o}) est arrivé sur notre plateforme de Rungis. La livraison se fait à deux livreurs, avec mise en place dans la cuisine.

Créneaux disponibles :
- mardi 11 juin, 8h–13h
- mercredi 12 juin, 13h–18h

Merci de nous indiquer le créneau qui vous convient ainsi que l'étage et la présence d'un ascenseur.

Cordialement,
Électro Dépôt Île-de-France""", [], "clean: delivery scheduling")
M(L, "home-service-appointment", "text", "Rendez-vous d'installation – commande {o}", """Bonjour Madame Dubois,

Vous avez choisi l'installation de votre lave-vaisselle avec la commande {o}. Notre technicien peut passer le vendredi 24 mai entre 14h et 16h.

Si ce créneau ne vous arrange pas, proposez-nous simplement un autre jour de la semaine prochaine.

Bien à vous,
Service Pose & Installation""", [], "clean: home service appointment", "fr-BE")
M(L, "custom-design-verification", "text", "Validation de votre maquette – {o}", """Bonjour Élodie,

Vous trouverez en pièce jointe la maquette de vos faire-part de mariage (commande {o}). Nous avons repris le texte exact que vous nous avez transmis, avec la date « samedi 14 septembre 2024 ».

Merci de vérifier l'orthographe des prénoms et de nous confirmer votre accord : l'impression sera lancée dès réception.

Belle journée,
Atelier Papier Doré""", [], "clean: design proof")
M(L, "additional-information", "text", "Information nécessaire pour la commande {o}", """Bonjour Monsieur Lambert,

Pour la gravure du stylo de votre commande {o}, vous avez indiqué « Pour Papa », mais le champ de personnalisation accepte deux lignes. Souhaitez-vous ajouter une date ou un second texte, ou laisser la deuxième ligne vide ?

Merci d'avance pour votre réponse,
Plumes & Encres""", [], "clean: additional info")
M(L, "return-follow-up", "html", "Votre retour – commande {o}", """<p>Bonjour Madame Morel,</p>
<p>Merci pour le retour de la robe de votre commande {o}. À la réception, nous avons constaté une tache de maquillage sur le col, qui empêche sa remise en vente.</p>
<p>Nous pouvons vous proposer un remboursement partiel de 35,00 € sur les 59,00 € payés. Pouvez-vous nous confirmer si cela vous convient ?</p>
<p>Cordialement,<br>Boutique Capucine</p>""", [], "clean: partial refund offer, starts with thanks")
M(L, "return-follow-up", "text", "Retour de la commande {o} – question", """Bonjour Monsieur Perrin,

Nous avons bien reçu votre demande de retour pour la commande {o}. Pour la finaliser, pourriez-vous nous préciser si le casque est défectueux (et dans ce cas, quel côté ne fonctionne plus) ou s'il ne vous convient simplement pas ?

Référence du retour : RET-77412

Cordialement,
SonoPlus""", [], "clean: return follow-up asking information")
M(L, "fulfillment-question", "text", "Livraison de votre commande {o}", """Bonjour Madame Bernard,

Le transporteur nous signale que votre adresse (résidence Les Tilleuls) comporte plusieurs bâtiments. Pour pouvoir livrer la commande {o}, pourriez-vous nous indiquer le bâtiment et le code d'accès du portail ?

Numéro de dossier transporteur : GEO-2024-558130

Cordialement,
Cave & Terroirs""", [], "clean: fulfillment question")
M(L, "reply", "text", "RE: Question sur la garantie – {o}", """Bonjour Monsieur Roux,

Merci pour votre message. Votre robot pâtissier (commande {o}) est couvert par la garantie constructeur de 2 ans. Pour une prise en charge, le plus simple est de contacter directement le service garantie du fabricant Kenwood au 09 70 80 80 50 (ligne du fabricant).

Pensez à vous munir de la facture, disponible dans votre compte Amazon.

Cordialement,
Cuisine & Passion""", [], "clean: manufacturer warranty number marked")
# ---- violations: words (16)
M(L, "additional-information", "text", "Votre commande {o} est en route !", """Bonjour Sophie,

Bonne nouvelle : votre commande {o} a été remise ce matin à Colissimo et elle est en route vers chez vous. Numéro de suivi : 6A12345678901.

À très vite,
Les Bougies de Léa""", ["BSM201"], "shipment confirmation")
M(L, "reply", "text", "Merci ! – commande {o}", """Bonjour Madame Faure,

Un grand merci pour votre commande {o} et pour la confiance que vous accordez à notre petite boutique.

Nous restons à votre entière disposition si vous avez la moindre question.

Chaleureusement,
L'équipe de Tricots d'Antan""", ["BSM202"], "thanks and availability only")
M(L, "invoice", "html", "Facture commande {o}", """<p>Bonjour Monsieur Mercier,</p>
<p>Veuillez trouver ci-joint la facture de votre commande {o} (n° F-2024-0932).</p>
<p>P.S. : profitez de -20 % sur toute notre gamme de thés avec le code THE20 jusqu'au 31 mars !</p>
<p>Cordialement,<br>Les Thés de Marie</p>""", ["BSM203"], "discount code in P.S. of invoice")
M(L, "review-request", "text", "Votre avis compte – commande {o}", """Bonjour Madame Blanc,

Si vous publiez un avis sur le sèche-cheveux de votre commande {o}, nous vous rembourserons 10 € dès que l'avis sera en ligne. Il suffit de nous envoyer une capture d'écran.

Merci !
BeautéPro""", ["BSM204"], "partial refund in exchange for review")
M(L, "reply", "text", "RE: Votre évaluation – commande {o}", """Bonjour Monsieur Guerin,

Nous avons bien échangé la lampe de votre commande {o}, et vous nous avez confirmé qu'elle fonctionne parfaitement.

Dans ces conditions, pourriez-vous modifier votre commentaire négatif sur Amazon ? Une note d'une étoile pèse lourd pour une petite entreprise comme la nôtre.

Cordialement,
Lumière d'Intérieur""", ["BSM205"], "asks to modify existing negative review")
M(L, "review-request", "html", "Êtes-vous satisfait ? – commande {o}", """<p>Bonjour Madame Chevalier,</p>
<p>Vous êtes satisfaite de votre coussin de voyage (commande {o}) ? Alors n'hésitez pas à lui attribuer 5 étoiles sur Amazon !</p>
<p>Un souci ? Écrivez-nous plutôt que de laisser un avis.</p>
<p>Bien cordialement,<br>Voyage Confort</p>""", ["BSM206"], "5 stars if satisfied, steers unhappy buyers away")
M(L, "delivery-delay", "text", "Commande {o} – rupture de stock", """Bonjour Monsieur Robin,

La trottinette électrique de votre commande {o} est en rupture de stock chez notre fournisseur, sans date de réapprovisionnement.

Le plus simple serait que vous demandiez l'annulation de la commande depuis votre espace Amazon ; vous serez ainsi remboursé rapidement.

Cordialement,
Mobilité Urbaine""", ["BSM108"], "asks buyer to request cancellation")
M(L, "order-problem", "text", "Problème avec la commande {o}", """Bonjour Madame André,

Nous sommes au regret de vous informer que nous ne pourrons pas vous envoyer le service à thé de votre commande {o} : la dernière pièce a été cassée lors de la préparation.

Nous vous prions de nous excuser pour ce désagrément.

Cordialement,
Porcelaines de Limoges Direct""", ["BSM107"], "order problem, no adjustment confirmation")
M(L, "reply", "text", "[IMPORTANT] RE : taille des chaussures – {o}", """Bonjour Madame Gauthier,

Pour répondre à votre question sur la commande {o} : nos baskets taillent grand, nous conseillons de prendre une pointure en dessous.

Cordialement,
Sneakers Atelier""", ["BSM110"], "[IMPORTANT] on a reply")
M(L, "delivery-delay", "text", "Retard – commande {o}", """Bonjour Monsieur Garnier,

Votre puzzle 2000 pièces (commande {o}) sera expédié avec trois jours de retard, le 9 avril.

Pour ne plus recevoir nos messages, répondez simplement « STOP ».

Cordialement,
Puzzles & Cie""", ["BSM305"], "opt-out instruction")
M(L, "reply", "text", "RE: réclamation commande {o}", """Monsieur Boyer,

Franchement, vous nous faites chier avec vos réclamations. Le vase de la commande {o} était intact quand il est parti. Si vous l'avez cassé, c'est votre problème, pas le nôtre.

Céramiques du Sud""", ["BSM306"], "vulgar language")
M(L, "additional-information", "html", "Photo nécessaire – commande {o}", """<p>Bonjour Madame Henry,</p>
<p>Pour réaliser le portrait de votre chien (commande {o}), nous avons besoin d'une photo en haute résolution. Vous pouvez l'envoyer à portraits@atelier-pinceau.fr en indiquant votre numéro de commande.</p>
<p>Merci,<br>Atelier Pinceau</p>""", ["BSM308"], "email address")
M(L, "delivery-scheduling", "text", "Livraison de votre canapé – {o}", """Bonjour Monsieur Lemoine,

Votre canapé d'angle (commande {o}) est prêt à être livré. Merci d'appeler notre service planning au 04 78 62 19 45 pour fixer un rendez-vous.

Cordialement,
Salons Lyonnais""", ["BSM309"], "seller phone number")
M(L, "reply", "html", "RE: notice – commande {o}", """<p>Bonjour Madame Colin,</p>
<p>La notice en français de votre machine à pain (commande {o}) est disponible sur la fiche produit : <a href="https://www.amazon.fr/dp/B0C1R8PZX4">cliquez ici</a>.</p>
<p>Cordialement,<br>Boulange Maison</p>""", ["BSM401"], "'cliquez ici' link")
M(L, "custom-design-verification", "text", "Votre maquette – commande {o}", """Coucou Manon,

Voici la maquette de ton tote bag personnalisé (commande {o}) en pièce jointe 😍 On a mis « Maîtresse en or » en lettres dorées.

Dis-nous si c'est bon pour toi !

L'équipe Petits Mots""", ["BSM403"], "emoji")
M(L, "delivery-delay", "text", "Retard commande {o}", """Dear Mrs Vincent,

We are sorry to inform you that your order {o} (ceramic planters) will be shipped a week later than planned, on 3 May, due to a delay at our supplier.

Best regards,
Jardin Zen""", ["BSM104"], "fr-FR buyer, message in English")
# ---- markup (7)
M(L, "delivery-delay", "html", "Nouvelle date d'expédition – {o}", """<p><img src="https://images.freestock.example-cdn.com/noel/sapin-decorations.jpg" alt="Sapin de Noël décoré" width="360"></p>
<p>Bonjour Madame Lucas,</p>
<p>Votre calendrier de l'Avent (commande {o}) sera expédié le 2 décembre au lieu du 28 novembre.</p>
<p>Bonnes fêtes,<br>Chocolaterie Royale</p>""", ["BSM311"], "unrelated stock Christmas tree image")
M(L, "invoice", "html", "Facture – commande {o}", """<p><img src="https://cdn.brasserie-artisanale.fr/mail/logo.png"></p>
<p>Bonjour Monsieur Noël,</p>
<p>Vous trouverez ci-joint la facture de votre commande {o} (n° BA-1174).</p>
<p>Cordialement,<br>Brasserie Artisanale du Nord</p>""", ["BSM402"], "logo without alt attribute")
M(L, "fulfillment-question", "html", "Question sur la livraison – {o}", """<p>Bonjour Madame Picard,</p>
<p>Pour votre commande {o}, <span style="color:#c0392b">le transporteur ne peut pas livrer en point relais car le colis dépasse 30 kg</span>. Acceptez-vous une livraison à domicile à la même adresse ?</p>
<p>Cordialement,<br>Fitness Équipement</p>""", ["BSM409"], "text colour span")
M(L, "additional-information", "html", "Choix du coloris – commande {o}", """<center>
<p>Bonjour Monsieur Leroy,</p>
<p>Le fauteuil de votre commande {o} existe en velours vert sapin et vert d'eau. Lequel souhaitez-vous ?</p>
<p>Cordialement,<br>Maison Velours</p>
</center>""", ["BSM411"], "<center> body")
M(L, "review-request", "html", "Votre avis – commande {o}", """<p><a href="https://www.les-confitures-de-mamie.fr"><img src="https://www.les-confitures-de-mamie.fr/logo.png" alt="Les Confitures de Mamie" width="150"></a></p>
<p>Bonjour Madame Caron,</p>
<p>Avez-vous goûté nos confitures (commande {o}) ? Nous serions heureux de lire votre avis sur Amazon, qu'il soit positif ou non.</p>
<p>Gourmandes salutations,<br>Les Confitures de Mamie</p>""", ["BSM302", "BSM304"], "logo linked to seller website")
M(L, "delivery-scheduling", "html", "Rendez-vous de livraison – {o}", """<p><img src="https://cdn.literie-grenoble.fr/mail/bandeau-literie-grenoble.jpg" alt="Literie Grenoble" width="590"></p>
<p>Bonjour Monsieur Masson,</p>
<p>Votre sommier (commande {o}) peut être livré le lundi 17 juin ou le mercredi 19 juin, entre 9h et 12h. Quel jour préférez-vous ?</p>
<p>Cordialement,<br>Literie Grenoble</p>""", ["BSM406"], "banner 590px wide")
M(L, "home-service-appointment", "html", "Rendez-vous d'entretien – {o}", """<p><img src="http://www.chauffage-express.fr/images/logo-chauffage-express.png" alt="Chauffage Express" width="140"></p>
<p>Bonjour Madame Renard,</p>
<p>L'entretien de votre chaudière (commande {o}) est prévu le mardi 21 mai entre 8h et 10h.</p>
<p>Cordialement,<br>Chauffage Express</p>""", ["BSM413"], "logo over http")
