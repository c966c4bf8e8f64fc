# -*- coding: utf-8 -*-
"""v18 blind evaluation set, French (fr-FR / fr-BE)."""

MESSAGES = []


def _o(n):
    return "493-%07d-%07d" % (2180453 + n * 13577, 5029117 + n * 48611)


def M(n, typ, fmt, subject, body, expected, note, locale="fr-FR", order=None):
    oid = order or _o(n)
    MESSAGES.append({
        "id": "v18-fr-%03d" % n,
        "language": "fr",
        "locale": locale,
        "type": typ,
        "format": fmt,
        "subject": subject.replace("{O}", oid),
        "body": body.replace("{O}", oid),
        "order_id": oid,
        "expected": sorted(expected),
        "note": note,
    })


FOOT_LIN = ("L'Atelier du Lin SARL - 14 rue des Capucins, 69001 Lyon\n"
            "SIRET 812 345 678 00024 - RCS Lyon 812 345 678 - TVA intracommunautaire FR41812345678")

# ---------------------------------------------------------------- clean (1-17)

M(1, "delivery-delay", "text",
  "Votre commande {O} : petit contretemps sur la date d'expédition",
  """Bonjour Madame Lefèvre,

Je me permets de vous écrire au sujet de votre commande {O} (la nappe en lin lavé 160 x 250, coloris argile).

Notre tisserand des Vosges a pris un peu de retard sur la dernière teinture de la saison : les rouleaux devaient arriver à l'atelier lundi, ils n'arriveront finalement que jeudi 10 décembre. Nous coupons et ourlons chaque nappe à la main derrière, ce qui veut dire que la vôtre partira au plus tard le samedi 12 décembre au lieu du 8 annoncé sur la fiche.

Pour être tout à fait transparente : une livraison avant Noël reste largement jouable, Colissimo compte en ce moment deux à trois jours ouvrés vers la Bretagne.

Au passage, comme vous nous demandiez si le lin rétrécit : prévoyez un premier lavage à 30 °C, sans assouplissant, et un séchage à plat ou sur fil. Il bouge de 2 à 3 % au maximum, c'est déjà pris en compte dans nos dimensions.

Toutes nos excuses pour ce décalage, et bonne fin de semaine à vous.

Claire Dumont
Gérante, L'Atelier du Lin

""" + FOOT_LIN,
  [], "Clean plain-text delivery delay with a new ship date and care advice, company footer.")

M(2, "delivery-delay", "html",
  "Commande {O} - nouvelle date d'envoi",
  """<p>Bonjour Monsieur Garnier,</p>
<p>Un mot rapide concernant votre commande <strong>{O}</strong> : la desserte roulante en chêne massif que vous avez choisie est encore chez notre vernisseur, qui a dû refaire une passe suite à un défaut de séchage (l'humidité de ces derniers jours n'aide pas).</p>
<table>
<tr><td>Date d'expédition prévue initialement</td><td>lundi 7 décembre 2026</td></tr>
<tr><td>Nouvelle date d'expédition</td><td>mercredi 16 décembre 2026</td></tr>
<tr><td>Transporteur</td><td>messagerie Geodis, livraison au pied de l'immeuble</td></tr>
</table>
<p>On préfère franchement vous la faire partir avec une semaine de retard plutôt qu'avec un plateau qui colle. Le transporteur vous appellera la veille pour convenir d'un créneau, pas besoin de faire quoi que ce soit d'ici là.</p>
<p>Si ce nouveau délai pose vraiment problème de votre côté, dites-le-nous simplement en répondant à ce message et on regarde ensemble.</p>
<p>Bien à vous,<br>
Julien Marchal<br>
Atelier Marchal &amp; Fils - ébénisterie</p>
<p><small>Atelier Marchal &amp; Fils SAS - 3 impasse des Tanneurs, 44000 Nantes - SIRET 523 781 904 00017 - TVA FR 09 523781904</small></p>""",
  [], "Clean HTML delivery delay with a date table and small-print company footer.")

M(3, "order-problem", "text",
  "[Important] Commande {O} : un article n'a pas pu être expédié",
  """Bonjour,

Mauvaise nouvelle, et je préfère vous l'annoncer tout de suite : sur votre commande {O}, le lot de 4 serviettes en lin brodées « Olivier » n'est plus disponible. Le dernier lot a été abîmé au pressing de l'atelier (une tache de rouille sur toute la pile, impossible à rattraper) et notre brodeuse ne pourra pas en refaire avant le printemps.

Nous avons donc ajusté le montant de votre commande : les 38,00 € correspondant à cet article ont été retirés, motif « rupture de stock ». Le remboursement apparaîtra sur votre moyen de paiement sous quelques jours ouvrés, selon votre banque. Le reste de la commande (le chemin de table et les deux housses de coussin) n'est pas concerné.

Je suis sincèrement désolée pour ce raté, d'autant que vous les vouliez pour un cadeau.

Claire Dumont
L'Atelier du Lin""",
  [], "Clean order problem with [Important] in the subject and an explicit amount adjustment for no inventory.")

M(4, "additional-information", "text",
  "Commande {O} - une précision avant de lancer la gravure",
  """Bonjour Monsieur Nguyen,

Votre planche à découper en noyer gravée (commande {O}) est prête à passer sous le laser, il nous manque juste une info : dans le champ personnalisation, nous avons reçu « Famille Nguyen - depuis 2009 » mais la fiche produit limite la gravure à une ligne de 22 caractères.

Deux options, à vous de choisir :
- on grave sur deux lignes, « Famille Nguyen » puis « depuis 2009 », en gardant la même taille de lettres ;
- on garde une ligne unique en réduisant un peu la police (lettres d'environ 6 mm au lieu de 9).

Sans réponse de votre part d'ici jeudi midi, on partira sur les deux lignes, c'est en général le rendu le plus lisible. Dans tous les cas la planche partira dans les délais prévus.

Belle journée,
Aurélien, pour Bois & Braises
Atelier de gravure - 27 chemin du Moulin, 24200 Sarlat-la-Canéda""",
  [], "Clean request for missing personalisation information needed to complete the order.")

M(5, "return-follow-up", "text",
  "Retour commande {O} - proposition",
  """Bonjour Madame Roussel,

Nous avons bien lu votre demande de retour pour le plaid en laine mohair de la commande {O}, et surtout vos photos : effectivement, il y a un fil tiré d'une dizaine de centimètres sur la bordure, ça ne devrait pas arriver.

Plutôt que de vous faire reposter un colis assez volumineux, on vous propose, si cela vous convient, de garder le plaid et de vous rembourser 25,00 € sur les 89,00 € payés. Un fil tiré se rentre très bien avec une aiguille à laine en passant par l'envers, on peut vous expliquer la manip si besoin.

Si vous préférez malgré tout le retour complet, aucun souci : dites-le-nous et la procédure de retour suivra son cours normalement.

Bien cordialement,

Sandrine Morel
Service clients - Laines de la Margeride""",
  [], "Clean return follow-up offering a partial refund instead of a return.")

M(6, "return-follow-up", "html",
  "Votre retour - commande {O}",
  """<p>Bonjour Monsieur Faure,</p>
<p>Nous préparons la prise en charge de votre retour pour la commande {O} (casserole en cuivre étamé 20 cm). Pour que l'atelier puisse traiter le dossier, pourriez-vous nous préciser deux choses en répondant à ce message :</p>
<ul>
<li>le défaut concerne-t-il l'étamage intérieur (zones grisées, cloques) ou le manche (jeu au niveau des rivets) ?</li>
<li>la casserole a-t-elle été utilisée sur une plaque à induction avec un disque adaptateur ?</li>
</ul>
<p>Ce n'est pas pour chipoter : selon la réponse, le retour part chez notre étameur à Villedieu ou directement chez le fabricant du manche, et ça change l'adresse de retour qu'on vous indiquera.</p>
<p>Merci d'avance, et désolés pour le désagrément.</p>
<p>Thomas Lebrun<br>
Cuivres &amp; Cie, Villedieu-les-Poêles</p>""",
  [], "Clean HTML return follow-up asking for information needed to complete the return.")

M(7, "invoice", "text",
  "Facture de votre commande {O}",
  """Bonjour,

Vous trouverez ci-joint la facture n° FA/2026/12/0457 relative à votre commande {O}, au nom de la société indiquée lors de l'achat, comme demandé par votre service comptable.

Récapitulatif :
Montant HT : 312,50 €
TVA 20 % : 62,50 €
Montant TTC : 375,00 €
Date de facturation : 04/12/2026

La facture mentionne bien votre numéro de TVA intracommunautaire, nécessaire pour votre déclaration. Si une mention devait être corrigée (raison sociale, adresse de facturation), il suffit de répondre ici et nous émettrons un avoir puis une facture rectifiée.

Cordialement,

Nadia Benali
Comptabilité - Lumière & Papier SAS
Lumière & Papier SAS au capital de 10 000 € - 8 cours Victor Hugo, 33000 Bordeaux
SIRET 901 234 567 00015 - RCS Bordeaux 901 234 567 - N° TVA FR 73 901234567 - APE 4778C""",
  [], "Clean invoice message with slashed invoice number, VAT figures, SIRET, RCS and TVA numbers.")

M(8, "review-request", "text",
  "Votre avis sur votre commande {O}",
  """Bonjour Madame Perrin,

Cela fait maintenant une petite semaine que votre théière en fonte est arrivée chez vous (commande {O}), et nous espérons que les premières infusions se passent bien. Petit rappel au passage : avant la première utilisation, un simple rinçage à l'eau chaude suffit, pas de produit vaisselle dans la fonte émaillée.

Si vous avez deux minutes, votre avis sur Amazon nous serait précieux, quel qu'il soit. Ce qui a plu, ce qui a moins plu, la taille, le poids, la tenue du filtre : ce sont exactement ces détails-là qui aident les prochains acheteurs à se décider, et qui nous aident nous à choisir nos modèles.

Vous pouvez le déposer depuis la rubrique « Vos commandes » de votre compte Amazon, en face de l'article.

Bonne dégustation,

Hélène et Marc
La Maison du Thé Vert, Annecy""",
  [], "Clean neutral plain-text review request with a usage tip.")

M(9, "review-request", "html",
  "Un avis sur votre lampe ? (commande {O})",
  """<p><img src="https://cdn.atelier-orphee.fr/mail/logo-atelier-orphee.png" alt="Logo Atelier Orphée, luminaires" width="160" height="60"></p>
<p>Bonjour Monsieur Lambert,</p>
<p>Votre applique en laiton brossé (commande {O}) est installée depuis quelques jours maintenant. Nous fabriquons chaque pièce à trois dans notre atelier de Montreuil, et les retours de nos clients sont la meilleure façon pour nous de savoir ce qui fonctionne et ce qui mérite d'être revu.</p>
<p>Si vous souhaitez partager votre expérience, positive ou non, vous pouvez le faire ici : <a href="https://www.amazon.fr/review/review-your-purchases/?asin=B0C7K2L9QX">donner votre avis sur l'applique sur Amazon</a>.</p>
<p>Bonne soirée,<br>
Inès, pour l'Atelier Orphée</p>
<p><small>Atelier Orphée SARL - 52 rue de Paris, 93100 Montreuil - SIRET 848 120 339 00028</small></p>""",
  [], "Clean HTML review request with the shop's logo (alt names shop) and a descriptive https Amazon link.")

M(10, "delivery-scheduling", "text",
  "Livraison de votre canapé - commande {O}",
  """Bonjour Madame et Monsieur Carpentier,

Votre canapé trois places « Albane » (commande {O}) arrive à notre plateforme de Rungis en fin de semaine. Comme il pèse un peu plus de 70 kg emballé, la livraison se fait sur rendez-vous par deux livreurs, jusque dans la pièce de votre choix.

Voici les créneaux disponibles pour votre secteur :
- mardi 15 décembre, entre 8 h et 13 h
- mercredi 16 décembre, entre 13 h et 18 h
- samedi 19 décembre, entre 8 h et 12 h

Merci de nous indiquer celui qui vous arrange en répondant simplement à ce message. Précisez-nous aussi l'étage, la présence ou non d'un ascenseur et la largeur de la porte d'entrée si elle fait moins de 80 cm : les livreurs prévoient le matériel en fonction.

Le jour J, ils vous appelleront une demi-heure avant d'arriver.

Très bonne journée,
Léa Fontaine
Service livraison, Maison Albane""",
  [], "Clean delivery scheduling for a bulky item with dated time slots.")

M(11, "home-service-appointment", "html",
  "Pose de votre lave-vaisselle - rendez-vous (commande {O})",
  """<p>Bonjour Monsieur Da Silva,</p>
<p>Suite à votre achat du lave-vaisselle encastrable avec prestation d'installation (commande {O}), notre technicien partenaire peut intervenir aux dates suivantes :</p>
<table>
<tr><td><strong>Date</strong></td><td><strong>Créneau</strong></td></tr>
<tr><td>jeudi 10/12/2026</td><td>9 h 00 - 12 h 00</td></tr>
<tr><td>vendredi 11/12/2026</td><td>14 h 00 - 17 h 30</td></tr>
<tr><td>lundi 14/12/2026</td><td>9 h 00 - 12 h 00</td></tr>
</table>
<p>Quelques points à vérifier avant son passage, pour éviter un second déplacement :</p>
<ul>
<li>une arrivée d'eau avec robinet d'arrêt à moins de 1,50 m de l'emplacement ;</li>
<li>une évacuation (siphon avec embout libre) ;</li>
<li>une prise 16 A dédiée.</li>
</ul>
<p>L'intervention dure en moyenne 1 h 30. Répondez-nous avec le créneau choisi et on bloque l'agenda.</p>
<p>Cordialement,<br>
Karim Haddad<br>
Planification des interventions - Électro Services Occitanie</p>""",
  [], "Clean HTML home-service appointment with a table of dates and time slots.")

M(12, "custom-design-verification", "text",
  "BAT de votre faire-part - commande {O}",
  """Bonjour Camille,

Voici en pièce jointe le bon à tirer (BAT) de vos faire-part de naissance pour la commande {O} : recto avec le prénom « Léonie » en lettres dorées, verso avec la date, l'heure et le poids, comme sur votre formulaire.

Avant que l'on lance l'impression sur le papier coton 350 g, merci de vérifier tranquillement :
1. l'orthographe des prénoms et du nom de famille ;
2. la date (18 novembre 2026) et l'heure (6 h 42) ;
3. le poids et la taille (3,210 kg - 49 cm).

Petite remarque de notre part : le doré ressort légèrement plus chaud à l'impression qu'à l'écran, c'est normal.

Si tout est bon, un simple « BAT validé » en réponse suffit. S'il y a une retouche, indiquez-la nous et on vous renvoie une nouvelle version dans la journée.

À très vite,
Margaux
Papeterie Les Petits Mots, Tours""",
  [], "Clean custom design verification with a proof attachment described in the text.")

M(13, "fulfillment-question", "text",
  "Commande {O} : code d'accès pour la livraison",
  """Bonjour Monsieur Morin,

Pour préparer la livraison de votre commande {O} (le meuble à chaussures en kit, deux colis assez encombrants), il nous manque un élément : l'adresse indique « Résidence Les Tilleuls, bât. C », mais sans digicode, et notre transporteur de colis volumineux ne peut pas laisser ce type d'envoi devant un portail.

Pourriez-vous nous communiquer en réponse :
- le code du portail et celui du bâtiment C, s'il y en a deux ;
- l'étage et le nom inscrit sur l'interphone s'il est différent du vôtre.

Pour info, votre dossier de livraison porte chez nous la référence LIV-2026-048817 et la fiche client le numéro FC/12/3391 : inutile de les rappeler, c'est juste pour que vous sachiez de quoi on parle si jamais le livreur vous les cite.

Nous transmettrons les codes au transporteur avec le bon de livraison, et ils ne serviront qu'à cette livraison.

Merci beaucoup,
Sophie Vidal
Rangements Malins""",
  [], "Clean fulfilment question asking for door codes, with reference numbers that are not phone numbers.")

M(14, "reply", "text",
  "Re: Question sur la taille - commande {O}",
  """Bonjour Madame Giraud,

Bonne question ! Le modèle que vous avez commandé s'appelle chez le fabricant « Wanderlust Weekender Bag - Large », et malgré le « Large » il rentre bien dans les dimensions bagage cabine de la plupart des compagnies (55 x 35 x 23 cm, poignées comprises).

Nous avons vérifié sur l'exemplaire qui nous reste en stock : vide, il pèse 1,1 kg, et les sangles latérales permettent de le comprimer de 2 à 3 cm si jamais l'embarquement est tatillon.

Pour la commande {O}, la taille indiquée sur l'étiquette intérieure sera donc bien « L », ne vous inquiétez pas si vous voyez ce marquage.

Bon voyage par avance,
Pauline
Le Comptoir du Voyageur""",
  [], "Clean reply quoting an English product title inside French sentences.")

M(15, "reply", "html",
  "Re: Panne de la machine à pain (commande {O})",
  """<p>Bonjour Monsieur Petit,</p>
<p>Désolés d'apprendre que votre machine à pain s'arrête en plein pétrissage. Votre achat (commande {O}) date de moins de deux ans, elle est donc couverte par la garantie constructeur.</p>
<p>Le plus rapide est de passer directement par le fabricant, qui gère les réparations et les échanges sous garantie :</p>
<p><strong>Hotline garantie du fabricant Boulanova :</strong> 09 72 10 45 80 (du lundi au vendredi, 9 h - 18 h, appel non surtaxé)</p>
<p>Ayez sous la main le numéro de série (étiquette sous l'appareil, il commence par BN-) et la date d'achat. Si le fabricant vous demande une preuve d'achat, la facture est disponible dans votre compte Amazon, rubrique Vos commandes.</p>
<p>Et si jamais ça coince de leur côté, revenez vers nous, on s'en occupera.</p>
<p>Cordialement,<br>
L'équipe Cuisine &amp; Fournil</p>""",
  [], "Clean reply giving the manufacturer's warranty hotline, clearly marked as such.")

M(16, "reply", "text",
  "Re: Facture au nom de l'association - {O}",
  """Bonjour Monsieur Bertrand,

Pas de problème pour la facture au nom de votre association : nous avons bien noté « Association Les Amis du Vieux Lavoir », 2 place de l'Église, 21140 Semur-en-Auxois. Elle sera disponible dans votre espace commande {O} d'ici demain soir.

Pour répondre à votre deuxième question : non, l'association n'étant pas assujettie à la TVA, la facture restera établie TTC, nous ne pouvons pas la faire hors taxe.

Et pour votre trésorier, voici nos coordonnées complètes, telles qu'elles figureront sur le document.

Bien cordialement,

Étienne Rolland
Responsable administratif

Quincaillerie Rolland SAS
17 avenue de la Gare, 21000 Dijon
SIRET 432 987 654 00039 - RCS Dijon 432 987 654
TVA intracommunautaire FR 62 432987654
Capital social : 50 000 €""",
  [], "Clean reply with a full French company-details footer (SIRET, RCS, TVA, capital).")

M(17, "reply", "text",
  "Re: Où en est mon remboursement ? {O}",
  """Bonjour Madame Aubert,

Je fais le point sur votre retour pour la commande {O} :

- colis retour déposé en bureau de poste le 27/11/2026, numéro de suivi 8R04512377841 ;
- arrivé à notre entrepôt de Saint-Priest le 02/12/2026 à 10 h 14 ;
- contrôlé le 03/12/2026 (article complet, étiquettes en place) ;
- remboursement de 64,90 € déclenché le 04/12/2026 à 16 h 02, frais de retour de 5,95 € inclus.

Selon les banques, le montant apparaît sur le relevé entre 3 et 5 jours ouvrés après le déclenchement, donc normalement d'ici le 10 ou le 11 décembre. Votre numéro de dossier retour chez nous est RET-2026-11-8842, au cas où.

Bonne fin de journée,
Yann
Service clients, Le Vestiaire Lyonnais""",
  [], "Clean reply with return tracking number, dates, times, amounts and a return reference.")

# ------------------------------------------------------------ violations (18-48)

M(18, "fulfillment-question", "text",
  "Votre colis est en route ! (commande {O})",
  """Bonjour Madame Chevalier,

Bonne nouvelle : votre commande {O} a quitté notre entrepôt ce matin à la première heure et a été remise au transporteur Chronopost dans la foulée. Votre coffret de bougies parfumées voyage bien calé dans ses frisures de papier, il ne craint rien.

Petit conseil pour le premier allumage : laissez brûler chaque bougie au moins deux heures la première fois, jusqu'à ce que toute la surface soit fondue. Sinon la cire se creuse en puits au centre et la bougie ne brûle plus que par le milieu. Pensez aussi à recouper la mèche à 5 mm avant chaque utilisation, la flamme fume beaucoup moins.

La senteur « Figue & Cèdre » que vous avez choisie est l'une de nos préférées à l'atelier : elle est assez discrète à froid et se révèle vraiment une fois allumée, ne vous étonnez pas.

En général, comptez 24 à 48 h pour la livraison en France métropolitaine.

Au plaisir,
Jeanne
Les Bougies de Jeanne, Grasse""",
  ["BSM201"], "Shipment confirmation: parcel left the warehouse and was handed to the carrier.")

M(19, "fulfillment-question", "html",
  "Commande {O} bien reçue",
  """<p>Bonjour Monsieur Roux,</p>
<p>Nous avons bien reçu votre commande {O} et toute l'équipe est déjà dessus : vos trois pots de miel de lavande et le nougat sont en cours de préparation dans notre petite miellerie.</p>
<p>On emballe tout à la main, dans du papier recyclé, avec une attention particulière pour les pots en verre.</p>
<p>Une petite remarque au passage : vous aviez coché l'option cadeau. Dans ce cas nous ne glissons jamais de document avec les prix dans le carton, et le nougat est emballé dans son papier ciré, sans étiquette tarifaire.</p>
<p>Côté conservation, le miel de lavande finit toujours par cristalliser en quelques semaines, surtout dans une cuisine fraîche. Ce n'est pas un défaut : un bain-marie tiède, jamais au-dessus de 40 °C, et il redevient liquide.</p>
<p>Bonne journée,<br>
Les Ruchers du Ventoux</p>""",
  ["BSM201"], "Order confirmation: order received and being prepared.")

M(20, "reply", "text",
  "Merci ! - commande {O}",
  """Bonjour Madame Leroy,

Un immense merci pour votre commande {O} ! Ça nous fait vraiment chaud au cœur, à toute l'équipe.

Encore merci pour votre confiance, et merci d'avoir choisi une petite boutique comme la nôtre plutôt qu'une grande enseigne. Ça compte énormément pour nous.

Mille mercis,

Lucie et Antoine
La Boîte à Couture""",
  ["BSM202"], "Thanks-only message with several paraphrased thanks and nothing else.")

M(21, "fulfillment-question", "text",
  "Commande {O}",
  """Bonjour,

Juste un petit message concernant votre commande {O} : si jamais quoi que ce soit ne vous convenait, ou si vous aviez la moindre question, sachez que nous restons à votre entière disposition.

Notre équipe se fera un plaisir de vous aider, n'hésitez surtout pas à revenir vers nous par la messagerie Amazon.

Très belle journée à vous,

Service clients
Jardins d'Hiver""",
  ["BSM202"], "Only the offer to help if something comes up, no other content.")

M(22, "delivery-delay", "text",
  "Commande {O} : expédition décalée de quelques jours",
  """Bonjour Monsieur Guerin,

Votre sac à dos en toile cirée (commande {O}) partira avec trois jours de décalage : notre fournisseur de boucles en laiton a livré une série défectueuse et nous avons préféré attendre le remplacement. Nouvelle date d'expédition : vendredi 11 décembre.

Pour la petite histoire, ce sont des boucles coulées près de Thiers, et sur la série reçue l'ardillon ne tenait pas correctement en place. Sur un sac qu'on porte tous les jours, ce n'est pas le genre de détail sur lequel on transige.

Côté entretien, la toile cirée se nettoie au chiffon humide, jamais en machine. Si elle se marque avec le temps, un coup de sèche-cheveux tiède sur l'envers suffit à raviver la cire.

Nous sommes désolés pour ce contretemps et vous remercions pour votre patience.

Mathieu
Sellerie Vauban

P.-S. : jusqu'au 31 décembre, toute la boutique est à -20 % avec le code HIVER20, de quoi vous faire plaisir pour les fêtes !""",
  ["BSM203"], "Delivery delay with a P.S. promoting 20 % off the whole range with a code.")

M(23, "reply", "html",
  "Re: Entretien du cuir - commande {O}",
  """<p>Bonjour Madame Marie,</p>
<p>Pour votre ceinture en cuir végétal (commande {O}) : un peu de cire d'abeille incolore deux fois par an suffit largement, appliquée au chiffon doux puis lustrée. Évitez surtout les produits à base de silicone, ils bouchent les pores du cuir.</p>
<p>Et si vous voulez suivre les coulisses de l'atelier, retrouvez-nous sur Instagram et Facebook (Maroquinerie Solène) : notre nouvelle collection de sacs bandoulière arrive début janvier, et les abonnés à notre newsletter la découvrent en avant-première.</p>
<p>Bien à vous,<br>
Solène</p>""",
  ["BSM203"], "Reply with a follow-us, new collection and newsletter invitation (no links).")

M(24, "review-request", "text",
  "Un petit mot sur votre commande {O} ?",
  """Bonjour Madame Henry,

Nous espérons que votre service à fondue vous a déjà valu de belles soirées (commande {O}).

Au passage, pour le caquelon : évitez de le faire passer du feu vif au froid d'un coup, la fonte émaillée n'aime pas les chocs thermiques. Et pour le réchaud, la flamme se règle en tournant la bague, inutile de toucher à la mèche.

Si vous prenez le temps de laisser un avis sur Amazon, on aimerait vous remercier comme il se doit : dès que votre commentaire est en ligne, envoyez-nous une capture et nous vous ferons parvenir un petit cadeau de la maison, un assortiment de nos épices à fromage.

Belle fin d'année,
Fromagerie des Aravis""",
  ["BSM204"], "Review request offering a small gift once the review is published.")

M(25, "review-request", "html",
  "Commande {O} - votre avis compte",
  """<p>Bonjour Monsieur Clement,</p>
<p>Votre tapis de yoga en liège (commande {O}) vous donne-t-il satisfaction ?</p>
<p>Nous lançons une petite opération : laissez un avis sur la fiche produit, et dès qu'il est visible sur Amazon, nous vous remboursons intégralement votre achat. Il suffit de nous répondre avec le lien de votre avis.</p>
<p>Namasté,<br>
L'équipe Liège &amp; Souffle</p>""",
  ["BSM204"], "Review request promising a full refund as soon as the review is online.")

M(26, "reply", "text",
  "Re: Problème d'odeur - commande {O}",
  """Bonjour Monsieur Mercier,

Nous sommes contents que le remplacement du diffuseur ait réglé l'histoire de l'odeur de plastique : le premier lot avait effectivement un souci de séchage du moule, c'est identifié et réglé chez notre fabricant.

Pour info, le nouveau diffuseur se nettoie une fois par mois avec un peu de vinaigre blanc dilué, ça évite que les huiles essentielles n'encrassent la membrane. Et laissez-le toujours refroidir avant de le remplir.

Du coup, puisque tout est rentré dans l'ordre, est-ce que vous accepteriez de revoir l'avis une étoile que vous aviez laissé sur la commande {O} ? Le mettre à jour avec la suite de l'histoire, ou le retirer si vous estimez qu'il n'a plus lieu d'être, nous aiderait beaucoup, on est une toute petite structure.

Bonne semaine,
Élodie
Essences de Provence""",
  ["BSM205"], "Asks the buyer to update or remove an existing one-star review.")

M(27, "review-request", "text",
  "Votre expérience avec la commande {O}",
  """Bonjour Madame Blanc,

Votre mijoteuse en grès est arrivée il y a une semaine environ (commande {O}). On espère que les premiers plats ont été à la hauteur !

Si vous êtes satisfaite, un avis sur Amazon nous ferait très plaisir. Et si au contraire quelque chose cloche, pas la peine de laisser un commentaire : écrivez-nous plutôt directement et on trouvera une solution ensemble.

Gourmandement,
Poteries du Berry""",
  ["BSM206"], "Review request only if satisfied, steering unhappy buyers to contact the seller instead.")

M(28, "review-request", "html",
  "Cinq minutes pour nous ? (commande {O})",
  """<p>Bonjour Monsieur Lemoine,</p>
<p>Votre kit de calligraphie (commande {O}) a dû arriver la semaine dernière. Nous espérons que la plume et les encres vous plaisent.</p>
<p>Pour une petite maison comme la nôtre, chaque évaluation compte : si vous pouviez nous accorder cinq étoiles sur Amazon, ce serait formidable pour notre visibilité.</p>
<p>À bientôt,<br>
Encres &amp; Plumes</p>""",
  ["BSM206"], "Review request asking for a five-star rating.")

M(29, "order-problem", "text",
  "Commande {O} : rupture sur la lampe, et la suite",
  """Bonjour Madame Caron,

Votre commande {O} comprenait deux articles. La guirlande lumineuse en coton n'est plus disponible : nous avons ajusté le montant de votre commande et les 24,90 € correspondants ont été retirés (motif : rupture de stock).

Pour la lampe de chevet en céramique, c'est plus compliqué : notre fournisseur est lui aussi en rupture et ne sera pas réapprovisionné avant début février. Si vous ne souhaitez pas attendre, le plus rapide est que vous annuliez vous-même la commande depuis votre compte Amazon (Vos commandes > Annuler des articles), ce sera réglé en deux clics.

Désolée pour ces complications,
Manon
Nids Douillets""",
  ["BSM108"], "Order problem with adjustment confirmed, but advises the buyer to cancel herself because stock ran out.")

M(30, "order-problem", "text",
  "Commande {O} - article indisponible",
  """Bonjour Monsieur Robin,

Nous sommes au regret de vous informer que le moulin à poivre en olivier de votre commande {O} est en rupture de stock, et notre artisan tourneur ne pourra pas en refaire avant plusieurs semaines.

Nous vous serions reconnaissants de bien vouloir déposer une demande d'annulation depuis votre compte Amazon, cela nous permettra de clôturer le dossier proprement de notre côté.

Avec toutes nos excuses,
Le Bois d'Olivier""",
  ["BSM107", "BSM108"], "Order problem asking for a cancellation request, with no confirmation that the amount was adjusted.")

M(31, "delivery-delay", "text",
  "Retard d'expédition - commande {O}",
  """Bonjour Madame Barbier,

Votre puzzle en bois de 1 000 pièces (commande {O}) sera expédié le lundi 14 décembre au lieu du mercredi 9 : l'imprimeur des boîtes a eu une panne de machine.

Le puzzle lui-même est prêt, découpé et contrôlé pièce par pièce ; il ne lui manque que sa boîte. Nous avons préféré attendre plutôt que de vous l'envoyer dans un sachet kraft sans l'illustration du couvercle, qui sert tout de même de modèle pendant l'assemblage.

Nous sommes navrés pour ce retard.

Puzzles de l'Atelier Bleu

Vous ne souhaitez plus recevoir nos messages ? Répondez simplement STOP à ce message.""",
  ["BSM305"], "Delivery delay with an opt-out instruction (reply STOP).")

M(32, "reply", "text",
  "Re: Colis abîmé - commande {O}",
  """Bonjour Monsieur Arnaud,

Alors là, franchement, on est dégoûtés. C'est la troisième fois ce mois-ci que ce putain de transporteur nous rend un colis éventré, et cette fois c'est votre vase qui a pris. Quel bordel.

Bref : on vous renvoie un vase neuf pour la commande {O} dès demain, emballé en double carton, et pas besoin de nous retourner les morceaux.

Pour la réclamation auprès du transporteur, on s'en occupe, vous n'avez rien à faire. Gardez juste le carton et les débris quelques jours, au cas où ils demanderaient une photo supplémentaire.

Désolés encore,
Verrerie d'Art Saint-Just""",
  ["BSM306"], "Reply with French profanity about the carrier.")

M(33, "delivery-delay", "text",
  "Your order {O} - shipping delay",
  """Hello Mrs Simon,

We wanted to let you know that your hand-knitted merino scarf (order {O}) will ship a few days later than planned. Our knitter is recovering from the flu, and we now expect to dispatch it on Monday 14 December.

We are very sorry for the wait and hope it will still arrive in good time for the holidays.

Kind regards,
Fil & Aiguille""",
  ["BSM104"], "Message to a French buyer written entirely in English.")

M(34, "reply", "text",
  "Re: Montage de l'étagère - commande {O}",
  """Bonjour Monsieur Picard,

Pour le montage de l'étagère murale (commande {O}), l'ordre des étapes de la notice est un peu trompeur, on vous l'accorde : il faut fixer les deux taquets du bas avant de visser le montant de gauche, sinon la dernière planche ne rentre plus.

Autre point : les chevilles fournies sont prévues pour du béton ou de la brique pleine. Si votre mur est en plaque de plâtre, prenez des chevilles à expansion type Molly, sinon l'étagère risque de s'arracher une fois chargée de livres.

Le plus simple, si vous êtes bloqué, c'est de m'appeler directement à l'atelier au 04 78 62 19 33, je vous guide en cinq minutes. Je suis là tous les jours sauf le dimanche.

Bon bricolage,
Fabrice
Bois Debout""",
  ["BSM309"], "Reply giving the seller's own phone number in French national format.")

M(35, "delivery-scheduling", "html",
  "Livraison de votre armoire - commande {O}",
  """<p>Bonjour Madame Brun,</p>
<p>Votre armoire deux portes (commande {O}) est prête à partir de notre entrepôt belge. La livraison se fait sur rendez-vous : nous pouvons passer le mardi 15 décembre entre 9 h et 12 h, ou le jeudi 17 décembre entre 14 h et 17 h.</p>
<p>Pour caler le rendez-vous, le plus simple est d'appeler notre planning au +32 2 511 47 80 (du lundi au vendredi).</p>
<p>Cordialement,<br>
Meubles Vandenberghe</p>""",
  ["BSM309"], "Delivery scheduling with the seller's phone number in international format.",
  locale="fr-BE")

M(36, "return-follow-up", "text",
  "Retour de votre commande {O}",
  """Bonjour Madame Lucas,

Pour finaliser le retour de la jupe plissée (commande {O}), pourriez-vous nous dire si vous souhaitez un échange en taille 40 ou un remboursement ?

Vous pouvez aussi nous envoyer directement les photos de l'étiquette à sav.retours@atelier-plisse.fr, ce sera plus simple que par ici pour les pièces jointes.

Si vous optez pour l'échange, la taille 40 existe bien dans le même bleu nuit, et nous vous la mettons de côté dès aujourd'hui pour qu'elle ne parte pas entre-temps.

Merci,
Atelier Plissé""",
  ["BSM308"], "Return follow-up containing a plain e-mail address.")

M(37, "reply", "text",
  "Re: Broderie du logo - commande {O}",
  """Bonjour Monsieur Gauthier,

Merci pour votre retour au sujet de la commande {O}, les trente tabliers brodés au logo de votre restaurant.

Le fichier transmis via Amazon est malheureusement trop compressé pour la broderie : au point satin, les lettres de « Chez Gaston » sortiraient baveuses, et le petit coq du logo deviendrait une tache. Il nous faudrait le logo en haute définition, idéalement en PDF vectoriel ou en PNG d'au moins 2 000 pixels de large.

Le plus simple est de nous l'envoyer à l'adresse contact arobase brodeuses-du-nord point fr, en rappelant le numéro de commande dans l'objet. Dès réception, on vous renvoie un aperçu de la broderie à valider.

Pour le reste, tout est prêt : les tabliers en toile de coton noire sont coupés et ourlés, et la répartition des tailles (12 en M, 18 en L) correspond bien à votre commande.

Bien à vous,
Agathe
Les Brodeuses du Nord""",
  ["BSM308"], "Reply asking for a logo file, with an obfuscated e-mail address using 'arobase' and 'point'.")

M(38, "reply", "html",
  "Re: Comment entretenir le bois ? (commande {O})",
  """<p>Bonjour Madame Dupuis,</p>
<p>Pour votre plateau de service en acacia (commande {O}), un passage d'huile alimentaire tous les deux ou trois mois suffit.</p>
<p>Évitez en revanche le lave-vaisselle et le trempage prolongé : l'acacia supporte bien l'eau, mais pas quarante minutes au fond de l'évier. Un coup d'éponge, un rinçage, et on le laisse sécher debout.</p>
<p>Nous avons rédigé un article très complet avec photos, étape par étape : <a href="https://www.boisetsaveurs.fr/blog/entretenir-ustensiles-bois">notre guide d'entretien des ustensiles en bois</a>.</p>
<p>Bonne journée,<br>
Bois &amp; Saveurs</p>""",
  ["BSM302"], "Reply with an https link to the seller's own blog, not needed for the order.")

M(39, "delivery-delay", "html",
  "Commande {O} : nouvelle date",
  """<p>Bonjour Monsieur Renard,</p>
<p>Votre horloge murale (commande {O}) sera expédiée le 16 décembre au lieu du 10 : le mécanisme silencieux que nous montons dessus arrive avec du retard d'Allemagne.</p>
<p>Vous pouvez suivre l'état de votre commande à tout moment sur <a href="http://www.amazon.fr/gp/css/order-history">la page Vos commandes de votre compte Amazon</a>.</p>
<p>Toutes nos excuses,<br>
Heures Tranquilles</p>""",
  ["BSM301"], "Delivery delay with a descriptive but insecure http link to Amazon.")

M(40, "delivery-delay", "html",
  "Votre lampe arrive bientôt - commande {O}",
  """<p>Bonjour Madame Schmitt,</p>
<p>Votre lampe de bureau articulée (commande {O}) partira le 14 décembre, avec deux jours de décalage sur la date annoncée : nous attendions les abat-jour en métal.</p>
<p>L'ampoule à filament est fournie et déjà montée, vous n'aurez qu'à la brancher. L'interrupteur se trouve sur le câble, à une quarantaine de centimètres du pied.</p>
<p>Pour patienter, la voici telle qu'elle sortira de l'atelier :</p>
<p><img src="https://static.lumenatelier.fr/produits/lampe-bureau-articulee-vert-sauge.jpg" alt="Lampe de bureau articulée vert sauge" width="300" height="300"></p>
<p>À très vite,<br>
Lumen Atelier</p>""",
  ["BSM310"], "Delivery delay embedding a photo of the purchased lamp.")

M(41, "delivery-delay", "html",
  "Commande {O} - un peu de patience",
  """<p>Bonjour Monsieur Dufour,</p>
<p>Avec la période des fêtes, votre coffret de thés (commande {O}) partira le 12 décembre et non le 9 comme prévu. Merci de votre compréhension.</p>
<p><img src="https://static.theiere-bleue.fr/mail/sapin-neige-montagne.jpg" alt="Sapin enneigé devant un chalet de montagne" width="400" height="260"></p>
<p>Joyeuses fêtes,<br>
La Théière Bleue</p>""",
  ["BSM311"], "Delivery delay with an unrelated stock image of a snowy fir tree.")

M(42, "invoice", "html",
  "Votre facture - commande {O}",
  """<p><img src="https://cdn.papeterie-lucienne.fr/mail/logo-papeterie-lucienne.png" alt="" width="150" height="50"></p>
<p>Bonjour Madame Moreau,</p>
<p>Veuillez trouver ci-joint la facture n° 2026/1209 de votre commande {O}, d'un montant de 42,60 € TTC (dont TVA 7,10 €).</p>
<p>Cordialement,<br>
Papeterie Lucienne</p>
<p><small>Papeterie Lucienne EURL - 5 rue Nationale, 59000 Lille - SIRET 790 456 123 00011</small></p>""",
  ["BSM402"], "Invoice with the shop logo image carrying an empty alt attribute.")

M(43, "additional-information", "text",
  "Commande {O} : quelle couleur pour le ruban ?",
  """Bonjour Madame Fournier,

Votre coffret naissance (commande {O}) est presque prêt 😊 Il nous manque juste une info : pour le ruban de fermeture, vous préférez le rose poudré, le bleu ciel ou le blanc cassé ? La fiche proposait le choix, mais le champ est resté vide.

Dès votre réponse, on termine l'emballage.

Pour le petit mot à glisser dans le coffret, nous avons bien noté « Bienvenue à Gabriel » ; Lucie l'écrira à la main, à l'encre bleue, sur une carte en papier recyclé.

Bises de l'atelier,
Les Petits Cocons""",
  ["BSM403"], "Request for information containing an emoji.")

M(44, "reply", "text",
  "Re: Taille des chaussons - commande {O}",
  """Bonjour Madame Girard,

Pour les chaussons en feutre (commande {O}), ils taillent plutôt grand : si votre fils fait du 31 d'habitude, le 30 devrait être parfait, surtout avec des chaussettes épaisses.

Et s'ils sont un peu grands cet hiver, ils le seront un peu moins l'hiver prochain ;-)

Bonne journée,
Feutres & Laines""",
  ["BSM403"], "Reply containing a text emoticon ;-).")

M(45, "review-request", "html",
  "Votre avis sur votre commande {O}",
  """<style>
.titre { font-size: 22px; }
.intro { font-size: 16px; }
.texte { font-size: 13px; }
.mention { font-size: 10px; }
</style>
<p class="titre">Votre avis nous intéresse</p>
<p class="intro">Bonjour Monsieur André,</p>
<p class="texte">Votre bouilloire en inox (commande {O}) est chez vous depuis une semaine. Qu'elle vous ait plu ou non, un avis sur la page du produit aide les autres acheteurs à se faire une idée.</p>
<p>Vous pouvez le déposer depuis la rubrique Vos commandes de votre compte Amazon.</p>
<p class="mention">Inox &amp; Vapeur SARL - 9 quai de la Fosse, 44000 Nantes</p>""",
  ["BSM410"], "Neutral review request whose style block sets four explicit font sizes besides the default.")

M(46, "delivery-delay", "text",
  "Commande {O} - report d'expédition",
  """Bonjour Monsieur Bonnet,

Votre guitare folk (commande {O}) partira le 15 décembre au lieu du 8 : notre luthier termine le réglage de la touche et préfère prendre le temps.

C'est le modèle en épicéa massif, finition satinée : la touche en palissandre demandait encore un léger dressage pour que la corde de mi aigu ne frise pas en haut du manche. Elle partira accordée, dans sa housse matelassée.


Nous vous tiendrons au courant si la date devait encore évoluer, ce qui ne devrait pas être le cas.


Musicalement,
L'Atelier des Cordes""",
  ["BSM412"], "Plain-text delivery delay with two blank lines in a row, twice.")

M(47, "invoice", "text",
  "[Important] Facture commande {O}",
  """Bonjour,

Vous trouverez ci-joint la facture FA/2026/0981 pour votre commande {O}, montant TTC 129,00 € dont TVA 21,50 €.

Elle est établie au nom de votre société, avec le numéro de TVA intracommunautaire saisi lors de la commande. En cas d'erreur sur la raison sociale ou l'adresse, répondez simplement à ce message et nous émettrons un avoir puis une facture rectifiée.

Cordialement,
Service comptabilité
Cafés Torréfiés Vallet SAS - 22 rue du Port, 56100 Lorient - SIRET 511 224 870 00026 - TVA FR 85 511224870""",
  ["BSM110"], "Invoice message with [Important] in the subject, which is not critical to the order.")

M(48, "delivery-delay", "html",
  "Commande {O} : expédition reportée",
  """<p>Bonjour Madame Fabre,</p>
<p>Votre service à café en porcelaine (commande {O}) partira le 11 décembre, avec deux jours de retard sur la date prévue : le four de notre céramiste a dû être réparé.</p>
<p>Rien de grave : une résistance a lâché en pleine cuisson et il a fallu attendre la pièce. Les tasses sont déjà émaillées, il ne reste que la cuisson du filet d'or.</p>
<p>Pour consulter les détails de votre commande, <a href="https://www.amazon.fr/gp/css/order-history">cliquez ici</a>.</p>
<p>Merci de votre patience,<br>
Porcelaines Fabre-Limoges</p>""",
  ["BSM401"], "Delivery delay with an https Amazon link whose text is 'cliquez ici'.")

# ------------------------------------------------------------- varying (49-50)

M(49, "delivery-delay", "html",
  "Commande {O} : petit retard",
  """<div style="font-family: Georgia, 'Times New Roman', serif; line-height: 1.8; color: #5a3e2b; text-align: center;">
<p>Bonjour Madame Vincent,</p>
<p>Votre couronne de l'Avent en branches séchées (commande {O}) partira le jeudi 10 décembre au lieu du mardi 8 : nous attendons une livraison d'eucalyptus stabilisé.</p>
<p>Toutes nos excuses pour ce décalage.</p>
<p>Fleurs de Saison</p>
</div>""",
  ["BSM407", "BSM408", "BSM409", "BSM411"], "Builder wrapper setting font family, line height, colour and centred text.")

M(50, "delivery-delay", "text",
  "Retard sur votre commande",
  """Bonjour Monsieur Vidal,

Votre commande n° 49329973801185493 (le pull marin en laine) sera expédiée avec une semaine de retard, le 16 décembre : la filature a livré la laine écrue en retard.

Nous sommes désolés pour ce contretemps.

Tricots de la Côte""",
  ["BSM102"], "Order number written as 17 digits without hyphens, so no valid order number.",
  order="493-2997380-1185493")
