"""v13 blind evaluation set: French (fr-FR). Standard library only."""

LANG, LOCALE, PREFIX = "fr", "fr-FR", "443"


def _oid(i):
    a = (3141592 + 104729 * i) % 9000000 + 1000000
    b = (2718281 + 130363 * i) % 9000000 + 1000000
    return f"{PREFIX}-{a:07d}-{b:07d}"


# (type, format, subject, body, expected, note) ; "{O}" = order number
_RAW = [
# ---------------- clean (17) ----------------
("delivery-delay", "text", "Votre commande {O} : expédition décalée",
"""Bonjour Madame Leclercq,

Petit contretemps côté atelier : le coussin de sol en lin lavé que vous avez choisi (commande {O}) demande un jour de séchage de plus que prévu après teinture. Il partira donc le jeudi 17 décembre au lieu du mardi 15.

Si ce nouveau délai ne vous convient pas, dites-le-nous simplement en réponse à ce message et nous verrons ensemble la suite à donner.

Bien à vous,
Solène, Atelier Brume""", [], "Clean text delivery delay with a new ship date."),
("delivery-delay", "html", "Retard de préparation – commande {O}",
"""<p>Bonjour Monsieur Haddad,</p>
<p>Le fournisseur de notre <strong>lampe d'architecte en laiton</strong> nous a livré le lot avec une semaine de retard. Votre commande <strong>{O}</strong> quittera donc nos locaux autour du <strong>22/12/2026</strong> et non le 15/12 comme indiqué sur la fiche.</p>
<ul>
<li>Ancienne date estimée : 15/12/2026</li>
<li>Nouvelle date estimée : 22/12/2026</li>
</ul>
<p>Nous sommes désolés pour ce décalage. Si vous préférez ne pas attendre, il vous suffit de nous le faire savoir en répondant ici.</p>
<p>Cordialement,<br>Maxime Roux<br><small>Service commandes – Lumen &amp; Fils</small></p>""", [], "Clean builder HTML delivery delay with list and small footer."),
("order-problem", "text", "[Important] Commande {O} : article indisponible",
"""Bonjour,

Nous devons malheureusement vous annoncer que la théière en fonte « Kyoto » 1,2 L de votre commande {O} ne peut pas être expédiée : le dernier exemplaire en stock s'est révélé fêlé au contrôle.

Le montant de votre commande a d'ores et déjà été ajusté dans Seller Central (motif : rupture de stock) ; le remboursement de 64,90 € apparaîtra sur votre moyen de paiement sous quelques jours ouvrés.

Toutes nos excuses pour ce désagrément.

L'équipe Maison Thé Lune""", [], "Clean order problem with [Important] and the amount adjustment confirmed."),
("additional-information", "text", "Gravure de votre bracelet – commande {O}",
"""Bonjour Élodie,

Pour lancer la gravure du jonc de la commande {O}, il nous manque une précision : le prénom doit-il être écrit en majuscules (CAMILLE) ou avec une seule majuscule (Camille) ? Et souhaitez-vous la date du 03.05.2024 à l'intérieur, comme noté dans votre personnalisation, ou plutôt 3 mai 2024 en toutes lettres ?

Dès votre réponse, la pièce part en atelier.

Merci d'avance,
Inès – Bijoux Ondine""", [], "Clean request for information needed to complete a personalised order."),
("return-follow-up", "text", "Retour de la commande {O} – proposition",
"""Bonjour Monsieur Garnier,

Nous avons bien noté votre demande de retour pour le tapis berbère (commande {O}) en raison de la petite tache sur la frange.

Plutôt que de le renvoyer, ce qui vous obligerait à le replier et à le déposer en point relais, nous pouvons vous proposer de le garder avec un remboursement partiel de 45,00 € sur les 189,00 € réglés. Si cela vous convient, répondez simplement « d'accord » et nous procédons au remboursement ; sinon, le retour classique reste bien sûr possible.

Cordialement,
Frédéric Bastide
Gérant, Tissages du Causse""", [], "Clean return follow-up offering a partial refund."),
("return-follow-up", "text", "Votre retour – commande {O}",
"""Bonjour,

Afin de finaliser le retour de la perceuse-visseuse de la commande {O}, pourriez-vous nous indiquer si la batterie et le chargeur sont bien dans le colis ? Le transporteur nous signale un poids inférieur à celui attendu (1,1 kg au lieu de 2,4 kg).

Avec cette information, nous pourrons clôturer le dossier rapidement.

Le service après-vente OutilPro Savoie""", [], "Clean return follow-up asking for information needed to complete the return."),
("invoice", "text", "Facture de la commande {O}",
"""Bonjour Madame Perrin,

Veuillez trouver ci-joint la facture n° FA/2026/12/0457 correspondant à votre commande {O} du 02/12/2026.

Montant HT : 208,33 €
TVA 20 % : 41,67 €
Montant TTC : 250,00 €

Cordialement,
Comptabilité – Les Ateliers Vernier SAS
14 rue des Tanneurs, 69002 Lyon
SIRET 812 345 678 00021 – RCS Lyon B 812 345 678
N° TVA intracommunautaire : FR 27 812345678""", [], "Clean invoice with SIRET, RCS and VAT numbers and an invoice number with slashes."),
("review-request", "text", "Votre avis sur votre commande {O}",
"""Bonjour Thomas,

Vous avez reçu il y a quelques jours le moulin à poivre en olivier de la commande {O}. Quand vous aurez eu le temps de l'utiliser, un avis sur Amazon, quel qu'il soit, aiderait d'autres acheteurs à se décider.

Bonne journée,
Patrice, Bois & Cuisine""", [], "Clean neutral review request in plain text."),
("review-request", "html", "Un retour sur votre achat ? Commande {O}",
"""<p><img src="https://cdn.papeterie-colibri.fr/img/logo-papeterie-colibri.png" alt="Logo Papeterie Colibri" width="160"></p>
<p>Bonjour Madame Nguyen,</p>
<p>Votre carnet relié main (commande {O}) est arrivé chez vous la semaine dernière. Si vous souhaitez partager votre expérience avec d'autres clients, vous pouvez le faire directement sur Amazon :</p>
<p><a href="https://www.amazon.fr/review/review-your-purchases/?asin=B0CX7T2Q9L">Donner mon avis sur le carnet sur Amazon.fr</a></p>
<p>Merci de votre confiance,<br>Claire<br><small>Papeterie Colibri</small></p>""", [], "Clean HTML review request with shop logo (alt names shop) and descriptive Amazon link."),
("delivery-scheduling", "text", "Livraison de votre canapé – commande {O}",
"""Bonjour Monsieur Lambert,

Votre canapé d'angle « Oslo » (commande {O}) sera livré par notre transporteur spécialisé, en deux colis de 48 et 61 kg. Pour organiser le passage, merci de choisir l'un des créneaux suivants :

- mardi 12 janvier 2027, 8h00–12h00
- mercredi 13 janvier 2027, 13h30–17h30
- vendredi 15 janvier 2027, 8h00–12h00

Précisez-nous aussi l'étage et la présence ou non d'un ascenseur.

Cordialement,
Service livraison Meubles Tilleul""", [], "Clean delivery scheduling for a bulky item with time slots."),
("home-service-appointment", "text", "Rendez-vous pour la pose – commande {O}",
"""Bonjour Madame Fontaine,

Notre technicien, Karim, peut venir installer votre hotte aspirante (commande {O}) aux dates suivantes :

lundi 21/12 entre 9h et 11h
mardi 22/12 entre 14h et 16h

Merci de nous indiquer le créneau qui vous arrange. Prévoyez une prise à moins d'un mètre de l'emplacement.

À bientôt,
Pose Express Services""", [], "Clean home-service appointment with dates and time windows."),
("custom-design-verification", "html", "BAT de votre faire-part – commande {O}",
"""<p>Bonjour Léa et Julien,</p>
<p>Vous trouverez en pièce jointe le bon à tirer (BAT_faire-part_v2.pdf) de vos faire-part de mariage, commande <strong>{O}</strong>.</p>
<p>Merci de vérifier en particulier :</p>
<ol>
<li>l'orthographe des prénoms et du lieu (Domaine de la Garenne) ;</li>
<li>la date : samedi 19 juin 2027, 15h30 ;</li>
<li>la teinte du papier (ivoire).</li>
</ol>
<p>Nous lancerons l'impression dès votre validation écrite.</p>
<p>Bien cordialement,<br>Agathe – Studio Papier Plume</p>""", [], "Clean custom design proof asking for approval."),
("fulfillment-question", "text", "Code d'accès pour la livraison – commande {O}",
"""Bonjour Monsieur Moreau,

Le livreur n'a pas pu accéder à votre immeuble hier : l'adresse de la commande {O} ne mentionne ni code de porte ni interphone. Le colis (réf. expédition COL-88412-B, dossier 2026/4471) est en attente au dépôt.

Pourriez-vous nous communiquer le digicode et, le cas échéant, le bâtiment ou l'escalier ? Nous reprogrammerons le passage aussitôt.

Merci,
Logistique Cave Saint-Roch""", [], "Clean door-code question with shipment reference numbers."),
("reply", "text", "Re: Question sur la cocotte – commande {O}",
"""Bonjour Madame Girard,

Oui, la « Cast Iron Dutch Oven 5.5 Qt – Matte Black » que vous avez commandée (commande {O}) passe au four jusqu'à 260 °C et fonctionne sur induction. Le couvercle a un bouton en acier, donc pas de souci de ce côté non plus.

Évitez seulement le lave-vaisselle pour préserver l'émail.

Bonne soirée,
Hugo, La Marmite Bleue""", [], "Clean reply quoting an English product title inside French sentences."),
("reply", "text", "Re: Garantie de l'aspirateur – commande {O}",
"""Bonjour Monsieur Chevalier,

La garantie de votre aspirateur balai (commande {O}) est de deux ans et elle est gérée directement par le fabricant. Vous pouvez joindre la hotline garantie du fabricant Rowenta au 09 70 82 14 55 (du lundi au vendredi, 9h–18h), en ayant votre numéro de série sous la main.

Bien cordialement,
Service client Électro Marne""", [], "Clean reply giving a phone number marked as the manufacturer's warranty hotline."),
("reply", "html", "Re: Coordonnées pour votre comptabilité – commande {O}",
"""<p>Bonjour Monsieur Dupuis,</p>
<p>Voici, comme demandé, les coordonnées complètes de notre société pour votre note de frais liée à la commande {O}. Elles figurent aussi sur la facture disponible dans votre compte Amazon.</p>
<p>Bonne fin de semaine,<br>Nathalie Brun, assistante de gestion</p>
<p><small>Vélo Confort SARL – capital de 10 000 € – 7 avenue Jean-Jaurès, 31000 Toulouse<br>SIRET 534 812 907 00018 – RCS Toulouse 534 812 907 – TVA FR 61 534812907 – APE 4764Z</small></p>""", [], "Clean reply with a company-details footer."),
("reply", "text", "Re: Où en est mon remboursement ? Commande {O}",
"""Bonjour Madame Blanc,

Votre retour de la commande {O} nous est parvenu le 04/12/2026 à 10h42 (numéro de suivi Colissimo 6A19384756021, autorisation de retour RMA-2026-0912). Le remboursement de 37,50 € a été lancé le jour même à 16h15 ; comptez trois à cinq jours ouvrés selon votre banque.

Cordialement,
Service client Kidiboo""", [], "Clean reply with tracking and return numbers, dates, times and amounts."),
# ---------------- violations (31) ----------------
("fulfillment-question", "text", "Votre colis est en route ! Commande {O}",
"""Bonjour Sophie,

Bonne nouvelle : votre plaid en laine mérinos (commande {O}) a quitté notre entrepôt de Roubaix ce matin et a été remis à Chronopost dans l'après-midi.

Belle soirée,
Laine & Lin""", ["BSM201"], "Shipment confirmation: left the warehouse and handed to the carrier."),
("fulfillment-question", "html", "Commande {O} bien reçue",
"""<p>Bonjour Monsieur Petit,</p>
<p>Nous avons bien enregistré votre commande {O} et nos préparateurs s'en occupent déjà : vos trois bocaux de miel de lavande sont en cours d'emballage.</p>
<p>À très vite,<br>Le Rucher des Alpilles</p>""", ["BSM201"], "Order confirmation: order received and being prepared."),
("reply", "text", "Merci ! – commande {O}",
"""Bonjour Aurélie,

Un immense merci d'avoir choisi notre petite boutique pour votre commande {O}. Toute l'équipe vous remercie chaleureusement !

Anne-Laure et Benoît, La Boîte à Graines""", ["BSM202"], "Thanks-only message."),
("fulfillment-question", "text", "Commande {O}",
"""Bonjour,

Nous voulions simplement vous signaler que notre équipe reste à votre entière disposition si le moindre souci devait survenir avec votre commande {O}.

Cordialement,
Service client Domotika""", ["BSM202"], "Only says the seller is available if a problem arises."),
("delivery-delay", "text", "Léger retard pour votre commande {O}",
"""Bonjour Monsieur Roche,

Les gants de jardin de la commande {O} partiront avec deux jours de retard, soit le 18/12, à cause d'un réassort tardif. Désolés pour l'attente.

Jardin Vert Tendre

P.-S. Jusqu'à dimanche, toute la gamme outillage est à -20 % dans notre vitrine Amazon, profitez-en !""", ["BSM203"], "Permitted delay message with a promotional P.S. (20 % off the range)."),
("review-request", "text", "Votre avis sur la commande {O}",
"""Bonjour Camille,

Si vous avez un instant, votre avis sur la bougie parfumée de la commande {O} serait utile aux autres acheteurs.

Et pour ne rien manquer de nos prochaines créations (la collection d'hiver arrive la semaine prochaine), suivez « Cire & Mèche » sur Instagram et inscrivez-vous à notre lettre d'information depuis notre site.

Cire & Mèche""", ["BSM203"], "Review request plus follow-us, newsletter and new collection promotion."),
("review-request", "text", "Un petit geste pour vous – commande {O}",
"""Bonjour Madame Laurent,

Nous espérons que le sac à dos de la commande {O} vous accompagne bien. Si vous prenez le temps de publier un commentaire sur Amazon, envoyez-nous simplement une capture d'écran une fois celui-ci en ligne : un petit cadeau de remerciement vous attendra dans votre prochain colis.

Cordialement,
Sentiers Nomades""", ["BSM204"], "Small gift promised once the review is published."),
("review-request", "html", "Commande {O} – votre commentaire",
"""<p>Bonjour Julien,</p>
<p>Petite proposition pour votre commande {O} : dès que votre évaluation du casque audio est visible sur Amazon, nous vous remboursons l'intégralité de votre achat. Il suffit de nous répondre avec le lien de votre avis.</p>
<p>Sonic Atelier</p>""", ["BSM204"], "Full refund offered as soon as the review is online."),
("reply", "text", "Re: Votre commentaire – commande {O}",
"""Bonjour Monsieur Benoît,

Le problème de fermeture éclair de votre valise (commande {O}) est maintenant réglé puisque la pièce de remplacement vous a été livrée hier. Dans ces conditions, accepteriez-vous de revoir l'évaluation d'une étoile que vous avez laissée, voire de la retirer ? Elle ne reflète plus vraiment la situation.

Merci de votre compréhension,
Bagagerie Delmas""", ["BSM205"], "Asks the buyer to revise or remove a one-star review."),
("review-request", "text", "Satisfait de votre commande {O} ?",
"""Bonjour,

Vous êtes content de votre lisseur (commande {O}) ? Alors un commentaire sur Amazon nous ferait très plaisir. Si au contraire quelque chose vous a déçu, n'écrivez rien là-bas : contactez-nous d'abord ici, nous trouverons une solution.

Beauté Cerise""", ["BSM206"], "Review asked only from satisfied buyers; unhappy buyers steered to the seller."),
("review-request", "text", "Votre note compte – commande {O}",
"""Bonjour Madame Marchand,

Pour une petite entreprise comme la nôtre, chaque évaluation compte énormément. Si la cafetière italienne de la commande {O} vous plaît, pensez aux cinq étoiles : c'est ce qui nous permet d'être visibles.

Merci,
Moka & Co""", ["BSM206"], "Asks for a five-star rating."),
("order-problem", "text", "Commande {O} : produit épuisé",
"""Bonjour Monsieur Vidal,

Nous sommes navrés : le dernier lot de la veste imperméable de votre commande {O} est épuisé et nous ne pourrons pas l'expédier. Le montant de la commande a été ajusté (motif : rupture de stock).

Pour que le dossier soit clos au plus vite, le plus simple serait que vous demandiez vous-même l'annulation depuis la page « Vos commandes ».

Cordialement,
Cap Horn Équipement""", ["BSM108"], "Adjustment confirmed but the buyer is advised to cancel himself because of the stock-out."),
("order-problem", "text", "Au sujet de votre commande {O}",
"""Bonjour,

Notre stock de boîtes à bento en bambou est à zéro et le prochain arrivage n'est pas programmé. Nous vous serions reconnaissants de bien vouloir soumettre une demande d'annulation pour la commande {O} depuis votre compte Amazon.

Avec nos excuses,
Zen Lunch""", ["BSM107", "BSM108"], "Asks for a cancellation request after a stock-out, with no amount adjustment."),
("delivery-delay", "text", "Retard d'expédition – commande {O}",
"""Bonjour Madame Roussel,

Le puzzle 1000 pièces de la commande {O} sera expédié le 21 décembre au lieu du 16, notre imprimeur ayant pris du retard.

Vous ne souhaitez plus recevoir nos messages ? Répondez simplement STOP à cet e-mail.

Puzzles du Vieux Port""", ["BSM305"], "Opt-out instruction (reply STOP)."),
("reply", "text", "Re: Colis abîmé – commande {O}",
"""Bonjour Monsieur Faure,

Franchement, ces connards de livreurs ont encore balancé le carton par-dessus le portail, vu vos photos. On vous renvoie un vase neuf pour la commande {O} dès lundi, sans frais, et on garde le dossier ouvert avec le transporteur.

Bonne journée quand même,
Terre & Feu Céramiques""", ["BSM306"], "Profanity in French in an otherwise permitted reply."),
("delivery-delay", "text", "Commande {O} – delay",
"""Hello Mrs Bertrand,

Unfortunately, the linen bedding set in order {O} is delayed at our supplier. We now expect to ship it on 19 December instead of 14 December. If you would rather not wait, just reply to this message.

Kind regards,
Linen House Paris""", ["BSM104"], "French-locale buyer, message written entirely in English."),
("reply", "text", "Re: Montage de l'étagère – commande {O}",
"""Bonjour Monsieur Simon,

La notice de l'étagère murale (commande {O}) n'est effectivement pas très claire pour l'étape 4. Le plus rapide : appelez notre atelier au 04 78 62 19 33, on vous guidera pas à pas.

À votre service,
Atelier Chêne Clair""", ["BSM309"], "Seller's own phone number in French national format."),
("additional-information", "text", "Pointure de vos bottillons – commande {O}",
"""Bonjour,

Pour la commande {O}, pourriez-vous confirmer la pointure de bottillons néoprène souhaitée (38 ou 39) ? Le modèle taille petit.

Si c'est plus simple pour vous, un texto ou un appel au +33 6 12 48 73 90 fera l'affaire.

Glisse Atlantique""", ["BSM309"], "Seller's mobile number in international format."),
("reply", "text", "Re: Facture pro – commande {O}",
"""Bonjour Madame Aubert,

Pour obtenir une facture au nom de votre société pour la commande {O}, envoyez-nous la raison sociale et l'adresse de facturation à compta.boutique@papiersdor.fr, nous la générerons dans la journée.

Cordialement,
Papiers d'Or""", ["BSM308"], "Plain e-mail address in the text."),
("reply", "text", "Re: Pièce manquante – commande {O}",
"""Bonjour,

Désolés pour la vis manquante dans le kit de la commande {O}. Pour aller plus vite, écrivez à notre atelier : sav point atelier arobase lesboisdemartin point fr, en précisant le numéro de la pièce (B12).

Les Bois de Martin""", ["BSM308"], "E-mail address obfuscated with arobase/point."),
("reply", "html", "Re: Entretien du cuir – commande {O}",
"""<p>Bonjour Monsieur Leroy,</p>
<p>Pour votre ceinture en cuir (commande {O}), nous conseillons une crème neutre une fois par trimestre. Nous avons rédigé un article complet à ce sujet :</p>
<p><a href="https://www.maroquinerie-arvel.fr/blog/entretenir-son-cuir">Notre guide d'entretien du cuir sur le blog Maroquinerie Arvel</a></p>
<p>Cordialement,<br>Maroquinerie Arvel</p>""", ["BSM302"], "https link to the seller's own site, descriptive text, not needed for the order."),
("reply", "html", "Re: Compatibilité – commande {O}",
"""<p>Bonjour,</p>
<p>Le chargeur de votre commande {O} est compatible avec les modèles listés sur la fiche produit :</p>
<p><a href="http://www.amazon.fr/dp/B0D4K2M7XQ">Voir la fiche du chargeur sur Amazon.fr</a></p>
<p>Bonne journée,<br>VoltMania</p>""", ["BSM301"], "Insecure http link to Amazon with descriptive text."),
("delivery-delay", "html", "Votre théière arrive un peu plus tard – commande {O}",
"""<p>Bonjour Madame Henry,</p>
<p>La théière en porcelaine bleue de la commande {O} partira le 20/12 au lieu du 17/12, suite à un retard de notre verrier.</p>
<p><img src="https://cdn.porcelaines-adele.fr/produits/theiere-porcelaine-bleue-1l.jpg" alt="Théière en porcelaine bleue 1 L" width="240"></p>
<p>Merci de votre patience,<br>Porcelaines Adèle</p>""", ["BSM310"], "Image of the purchased product."),
("review-request", "html", "Votre avis – commande {O}",
"""<p><img src="https://images.stockphoto-cdn.com/plage-coucher-de-soleil.jpg" alt="Coucher de soleil sur une plage" width="300"></p>
<p>Bonjour,</p>
<p>Vous avez reçu votre commande {O} récemment. Si vous le souhaitez, vous pouvez laisser un avis sur votre achat sur Amazon.</p>
<p>Boutique Alizé</p>""", ["BSM311"], "Stock beach image unrelated to the shop."),
("reply", "html", "Re: Délai de séchage – commande {O}",
"""<p><img src="https://cdn.peintures-gaspard.fr/logo-peintures-gaspard.png" alt="" width="150"></p>
<p>Bonjour Monsieur Renaud,</p>
<p>La lasure de votre commande {O} sèche au toucher en 2 heures ; attendez 12 heures avant la deuxième couche.</p>
<p>Peintures Gaspard</p>""", ["BSM402"], "Shop logo with an empty alt attribute."),
("reply", "text", "Re: Couleur du plaid – commande {O}",
"""Bonjour Manon,

Bonne nouvelle, le plaid de la commande {O} existe bien en vert sauge, on vous échange la couleur sans frais 🎉 Gardez l'emballage d'origine pour le renvoi.

Belle journée ☀️
Cocon Déco""", ["BSM403"], "Emoji in the text."),
("reply", "text", "Re: Taille de la bague – commande {O}",
"""Bonjour Inès,

Pas d'inquiétude pour la bague de la commande {O} : on peut l'ajuster gratuitement d'une taille, il suffit de nous la retourner avec le bon de retour ;-)

À bientôt,
Atelier Perle Fine""", ["BSM403"], "Text emoticon ;-)."),
("delivery-delay", "html", "Retard – commande {O}",
"""<style>
h1 { font-size: 24px; }
h2 { font-size: 18px; }
p { font-size: 14px; }
.mention { font-size: 10px; }
</style>
<h1>Votre commande est décalée</h1>
<h2>Commande {O}</h2>
<p>Bonjour Monsieur Colin, votre tapis de yoga en liège partira le 23/12 au lieu du 18/12 en raison d'un retard fournisseur.</p>
<p class="mention">Yoga Liège France – 3 place du Marché, 33000 Bordeaux</p>""", ["BSM410"], "Four explicit font sizes in a style block."),
("additional-information", "text", "Précision sur la commande {O}",
"""Bonjour Madame Morel,

Pour la commande {O}, pourriez-vous nous indiquer la largeur exacte de votre fenêtre ? Le store existe en 90 et en 120 cm.


Merci d'avance,


Stores & Voilages Lemaire""", ["BSM412"], "Two consecutive blank lines in plain text."),
("review-request", "text", "[Important] Votre avis sur la commande {O}",
"""Bonjour,

Votre lampe de chevet (commande {O}) est arrivée il y a une semaine. Si vous avez un moment, vous pouvez partager votre avis sur Amazon ; cela aide les futurs acheteurs.

Luminaires Arlequin""", ["BSM110"], "[Important] tag on a non-critical review request."),
("reply", "html", "Re: Notice – commande {O}",
"""<p>Bonjour,</p>
<p>La notice du déshumidificateur de la commande {O} est disponible dans la rubrique documents de la fiche produit : <a href="https://www.amazon.fr/dp/B0C9X1Z3PL">cliquez ici</a>.</p>
<p>Climat Plus</p>""", ["BSM401"], "Non-descriptive link text (cliquez ici)."),
# ---------------- varying (2) ----------------
("delivery-delay", "html", "Mise à jour de votre commande {O}",
"""<div style="font-family: Georgia, serif; color: #4a3b2c; line-height: 1.8; text-align: center;">
<p>Bonjour Madame Garcia,</p>
<p>Votre horloge murale (commande {O}) sera expédiée le 28/12 au lieu du 21/12 : le mécanisme arrive d'Allemagne avec du retard.</p>
<p>Toutes nos excuses,<br>Horlogerie Tic-Tac</p>
</div>""", ["BSM407", "BSM408", "BSM409", "BSM411"], "Builder styles: font family, text colour, line height and centred text."),
("delivery-delay", "text", "Votre commande – nouveau délai",
"""Bonjour Monsieur Mercier,

Votre commande n° {N} (porte-vélos mural) sera expédiée avec quatre jours de retard, soit le 19/12. Nous vous prions de nous excuser pour ce contretemps.

Cordialement,
Cyclo Garage""", ["BSM102"], "Order number written without hyphens only."),
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
