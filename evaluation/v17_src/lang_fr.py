# -*- coding: utf-8 -*-
"""v17 blind evaluation set, French (fr). Standard library only, deterministic."""

LANG = "fr"
PREFIX = "483"


def _order(n):
    mid = (n * 7349213 + 1234567) % 9000000 + 1000000
    end = (n * 5210987 + 7654321) % 9000000 + 1000000
    return "%s-%07d-%07d" % (PREFIX, mid, end)


MESSAGES = []


def _m(n, typ, fmt, subject, body, expected, note, locale="fr-FR"):
    o = _order(n)
    subject = subject.replace("{o}", o).replace("{o_raw}", o.replace("-", ""))
    body = body.strip("\n").replace("{o}", o).replace("{o_raw}", o.replace("-", ""))
    MESSAGES.append({
        "id": "v17-%s-%03d" % (LANG, n),
        "language": LANG,
        "locale": locale,
        "type": typ,
        "format": fmt,
        "subject": subject,
        "body": body,
        "order_id": o,
        "expected": sorted(expected),
        "note": note,
    })


# ---------------------------------------------------------------- clean (17)

_m(1, "delivery-delay", "text", "Votre commande {o} : petit retard", """
Bonjour Madame Lefèvre,

Je me permets de vous écrire au sujet de votre commande {o} (plaid en laine mérinos, coloris anthracite).

Notre tisserand vosgien a pris un peu de retard sur le dernier lot, et le plaid ne pourra partir de l'atelier que le jeudi 17 décembre au lieu du 10 comme annoncé. Vous devriez donc le recevoir autour du 21 décembre.

Toutes nos excuses pour ce contretemps,

Claire Meunier
Les Laines de Gérardmer
""", [], "Clean delivery delay in plain text with a new dispatch date.")

_m(2, "delivery-delay", "html", "Commande {o} - nouvelle date d'expédition", """
<p>Bonjour,</p>
<p>Un mot rapide concernant la commande <strong>{o}</strong>.</p>
<p>Le moulin à poivre en olivier que vous avez choisi est tourné à la main, et notre artisan a été arrêté quelques jours. Plutôt que de vous envoyer une pièce finie à la va-vite, nous préférons décaler un peu :</p>
<table>
<tr><td>Date prévue initialement</td><td>lundi 7 décembre 2026</td></tr>
<tr><td>Nouvelle date d'expédition</td><td>mardi 15 décembre 2026</td></tr>
<tr><td>Livraison estimée</td><td>entre le 17 et le 19 décembre</td></tr>
</table>
<p>Nous sommes désolés pour l'attente et vous remercions de votre patience.</p>
<p>Bien cordialement,<br>Julien Arnaud<br><small>Bois &amp; Garrigue, Forcalquier</small></p>
""", [], "Clean builder-style HTML delivery delay with a plain table and dates; no styles.")

_m(3, "order-problem", "text", "[Important] Commande {o} : article indisponible", """
Madame, Monsieur,

Nous sommes au regret de vous informer que la cafetière italienne inox 6 tasses de votre commande {o} ne peut pas être expédiée : le dernier exemplaire en stock s'est révélé défectueux au contrôle avant emballage.

Nous avons donc ajusté le montant total de votre commande, soit 42,90 € TTC, avec le motif « rupture de stock » (NoInventory). Le remboursement apparaîtra sur votre moyen de paiement sous quelques jours ouvrés, sans aucune démarche de votre part.

Avec toutes nos excuses,

Service clients
Comptoir Mirabel
""", [], "Clean order problem carrying the [Important] tag and confirming the full amount adjusted as NoInventory.")

_m(4, "additional-information", "text", "Gravure de votre bracelet - commande {o}", """
Bonjour Thomas,

Merci pour votre commande {o}. Pour la gravure du bracelet en cuir, le champ « texte personnalisé » nous est parvenu vide.

Pourriez-vous nous indiquer, en réponse à ce message :
- le texte à graver (20 caractères maximum, espaces compris) ;
- la police souhaitée : bâton ou anglaise.

Dès réception, on lance la gravure. Sans nouvelles de votre part d'ici vendredi 11 décembre, nous vous recontacterons avant de faire quoi que ce soit.

Bonne journée,
Mathilde, atelier Cuir & Clou
""", [], "Clean request for missing engraving text needed to complete the order.")

_m(5, "return-follow-up", "text", "Votre retour - commande {o}", """
Bonjour Monsieur Garnier,

Nous avons bien pris connaissance de votre demande de retour pour la lampe de bureau (commande {o}) : l'abat-jour est arrivé légèrement cabossé, le reste fonctionnant parfaitement.

Plutôt que de nous renvoyer l'ensemble, nous pouvons vous proposer un remboursement partiel de 15,00 € et vous gardez la lampe. Si cela vous arrange, répondez simplement « d'accord » et nous effectuons le geste dans la foulée. Sinon, aucun souci, le retour classique reste bien entendu possible.

Cordialement,
Antoine Rolland
Lumières d'Antan
""", [], "Clean return follow-up offering a partial refund instead of a full return.")

_m(6, "return-follow-up", "text", "Retour de la commande {o} : une précision", """
Bonjour,

Votre demande de retour pour la commande {o} (chaussures de randonnée, pointure 42) est bien enregistrée.

Pour que l'entrepôt puisse traiter le dossier, il nous manque une information : le motif coché est « taille non adaptée », mais vous mentionnez aussi une couture décollée. Pouvez-vous nous dire lequel des deux s'applique ? Dans le second cas, deux photos de la couture nous suffiraient.

Merci d'avance et belle fin de semaine,
L'équipe Sentiers & Sommets
""", [], "Clean return follow-up asking for the information needed to process the return.")

_m(7, "invoice", "text", "Facture FA/2026/12/0418 - commande {o}", """
Bonjour,

Vous trouverez en pièce jointe la facture de votre commande {o}.

Facture n° FA/2026/12/0418 du 04/12/2026
Montant HT : 124,17 €
TVA 20 % : 24,83 €
Montant TTC : 149,00 €

Vendeur : Ferronnerie Duclos SAS, 14 rue des Forges, 69007 Lyon
SIRET 812 345 678 00021 - RCS Lyon B 812 345 678
N° TVA intracommunautaire : FR 45 812345678

Bonne réception,
Service comptabilité
""", [], "Clean invoice with a slashed invoice number and SIRET, RCS and VAT numbers that are not phone numbers.")

_m(8, "review-request", "text", "Votre avis sur la commande {o}", """
Bonjour,

Voilà une dizaine de jours que votre théière en fonte (commande {o}) est arrivée chez vous. Nous sommes une toute petite maison et les avis des clients, quels qu'ils soient, nous aident à nous améliorer et aident les autres acheteurs à se décider.

Si vous avez un moment, vous pouvez laisser votre avis sur la page du produit, depuis la rubrique « Vos commandes » de votre compte Amazon.

Merci de nous avoir fait confiance,
Hélène, pour La Maison du Thé Noir
""", [], "Clean neutral review request in plain text, once, with no condition or reward.")

_m(9, "review-request", "html", "Un retour sur votre commande {o} ?", """
<p><img src="https://cdn.atelier-sauvage.fr/mail/logo-atelier-sauvage.png" alt="Logo L'Atelier Sauvage" width="140" height="48"></p>
<p>Bonjour Madame Perrin,</p>
<p>Votre coussin brodé (commande {o}) est chez vous depuis quelque temps maintenant. Votre ressenti, bon ou moins bon, compte beaucoup pour notre petit atelier.</p>
<p>Si vous souhaitez le partager : <a href="https://www.amazon.fr/review/create-review?asin=B0CX4T7Q2M">donner votre avis sur le coussin sur Amazon</a>.</p>
<p>Belle journée,<br>Sophie et Manon<br><small>L'Atelier Sauvage, broderie à la main depuis 2015</small></p>
""", [], "Clean HTML review request with a shop logo whose alt names the shop and a descriptive https Amazon link.")

_m(10, "delivery-scheduling", "text", "Livraison de votre armoire - commande {o}", """
Bonjour Monsieur Benali,

Votre armoire en chêne massif (commande {o}, 2 colis pour 96 kg au total) sera livrée par notre transporteur partenaire en livraison sur rendez-vous, au pied de l'immeuble ou dans la pièce de votre choix.

Voici les créneaux disponibles pour votre secteur (Villeurbanne) :
- mercredi 16 décembre, 8h00-12h00
- jeudi 17 décembre, 13h30-17h30
- samedi 19 décembre, 9h00-13h00

Merci de nous indiquer le créneau qui vous convient, ainsi que l'étage et la présence ou non d'un ascenseur.

Cordialement,
Nadia Fontaine
Meubles du Bugey
""", [], "Clean scheduling of a bulky delivery with dates and time slots.")

_m(11, "home-service-appointment", "html", "Rendez-vous pour la pose - commande {o}", """
<p>Bonjour,</p>
<p>Vous avez commandé l'installation de votre chauffe-eau (commande {o}). Notre technicien, M. Lemaire, intervient dans votre secteur la semaine prochaine.</p>
<p>Créneaux proposés :</p>
<ul>
<li>lundi 14/12 de 8h à 10h</li>
<li>lundi 14/12 de 14h à 16h</li>
<li>mardi 15/12 de 10h à 12h</li>
</ul>
<p>Prévoyez environ deux heures d'intervention et un accès dégagé au tableau électrique. Répondez à ce message avec le créneau retenu, on s'occupe du reste.</p>
<p>À bientôt,<br>Équipe pose, Thermique Services 38</p>
""", [], "Clean home-service appointment with time slots in a simple HTML list.")

_m(12, "custom-design-verification", "text", "BAT de votre faire-part - commande {o}", """
Bonjour Camille,

Voici le bon à tirer de vos faire-part de naissance (commande {o}), en pièce jointe au format PDF.

Quelques points à vérifier avant impression :
- orthographe du prénom : « Élouan » ;
- date de naissance : 28 novembre 2026, 4h12 ;
- poids et taille : 3,410 kg, 51 cm.

Si tout est bon, un simple « BAT validé » en réponse suffit. Sinon, listez-nous les corrections et on vous renvoie une nouvelle épreuve dans la journée.

Bien à vous,
Lucie - Papeterie Plume Douce
""", [], "Clean custom design proof (BAT) with dates and measures to verify.")

_m(13, "fulfillment-question", "text", "Code d'accès pour la livraison - commande {o}", """
Bonjour,

Votre adresse de livraison pour la commande {o} mentionne une résidence fermée (réf. dossier LIV-2026/88417, client n° C-40 2215), et notre livreur n'aura pas accès sans code.

Auriez-vous l'amabilité de nous communiquer le code du portail et, le cas échéant, celui de l'interphone ou le numéro du bâtiment ? Nous le transmettrons uniquement au livreur pour cette livraison.

Merci beaucoup,
Service logistique - Épicerie Fine Rivoire
""", [], "Clean fulfillment question asking for a door code, with reference numbers that are not phone numbers.")

_m(14, "reply", "text", "Re: Question sur la sacoche - commande {o}", """
Bonjour Monsieur Dubreuil,

Merci pour votre question. Le modèle que vous avez acheté, « Vintage Leather Messenger Bag - Large », est bien en cuir de vachette pleine fleur ; seule la doublure est en coton. Le titre est en anglais parce que nous le fabriquons aussi pour nos clients britanniques, mais c'est exactement le même article.

Pour l'entretien, un chiffon doux et une noisette de cirage incolore deux fois par an suffisent.

Bonne journée,
Romain
Sellerie Castagnet
""", [], "Clean reply quoting an English product title inside French sentences.")

_m(15, "reply", "text", "Re: panne de la machine à pain (commande {o})", """
Bonjour Madame Roux,

Désolés d'apprendre que la machine à pain s'arrête en cours de pétrissage. Elle est encore sous garantie constructeur (2 ans à compter du 3 novembre 2026, date de votre commande {o}).

Le plus rapide est de contacter directement le fabricant, qui gère les réparations sous garantie : ligne garantie Kelvéo (fabricant), 01 84 60 22 15, du lundi au vendredi de 9h à 18h. Munissez-vous du numéro de série inscrit sous l'appareil.

Si le fabricant ne vous répond pas sous huit jours, revenez vers nous et nous prendrons le relais.

Cordialement,
Patrice, Électroménager Vallon
""", [], "Clean reply giving a phone number explicitly marked as the manufacturer's warranty line.")

_m(16, "reply", "text", "Re: Re: facture au nom de la société - {o}", """
Bonjour,

C'est noté : la facture de la commande {o} sera rééditée au nom de votre cabinet, avec l'adresse du siège que vous nous avez indiquée. Vous la recevrez via la messagerie Amazon d'ici lundi.

Bien cordialement,

Isabelle Moreau
Responsable administrative

--
Papeterie Delorme SARL au capital de 8 000 €
3 place du Marché, 21200 Beaune
SIRET 523 987 654 00018 - APE 4762Z
TVA FR 61 523987654
""", [], "Clean reply with a French company-details footer (SIRET, APE, VAT) and no phone or e-mail.")

_m(17, "reply", "html", "Re: où en est mon remboursement ? {o}", """
<p>Bonjour Monsieur Chevalier,</p>
<p>Voici où en est votre retour pour la commande {o} :</p>
<ul>
<li>numéro de retour : RMA-2026-00731</li>
<li>numéro de suivi du colis retour : 8R 004 512 337 91</li>
<li>colis arrivé chez nous le mercredi 2 décembre à 10h45</li>
<li>remboursement de 67,50 € validé le 3 décembre</li>
</ul>
<p>Selon votre banque, le montant apparaît sur votre compte sous 3 à 5 jours ouvrés.</p>
<p>Cordialement,<br>Service après-vente, Outillage Ferrand</p>
""", [], "Clean reply with return and tracking numbers, dates, times and amounts.")

# ---------------------------------------------------------------- violations (31)

_m(18, "fulfillment-question", "text", "Votre colis est en route ! Commande {o}", """
Bonjour,

Bonne nouvelle : votre commande {o} a quitté notre entrepôt de Roissy ce matin et a été confiée à Colissimo. Comptez deux à trois jours ouvrés.

À très vite,
L'équipe Bulle de Savon
""", ["BSM201"], "Shipment confirmation: the parcel left the warehouse and was handed to the carrier.")

_m(19, "fulfillment-question", "html", "Commande {o} bien reçue", """
<p>Bonjour Madame Giraud,</p>
<p>Votre commande {o} est bien arrivée chez nous et nos préparateurs s'en occupent déjà : votre jardinière est en cours d'emballage.</p>
<p>Belle journée,<br>Terres &amp; Pots</p>
""", ["BSM201"], "Order confirmation paraphrased: order received and being packed.")

_m(20, "fulfillment-question", "text", "Merci ! - {o}", """
Bonjour,

Un grand merci pour votre commande {o}, cela nous touche beaucoup.

Chaleureusement,
Nathalie, Les Confitures de Mamie Jo
""", ["BSM202"], "Thanks-only message; the order number is not content.")

_m(21, "fulfillment-question", "text", "Commande {o}", """
Bonjour Monsieur Petit,

Juste un petit mot pour vous dire que nous restons à votre entière disposition si jamais quelque chose clochait avec votre commande {o}. N'hésitez surtout pas.

Bien à vous,
Le service clients Brico Lafont
""", ["BSM202"], "Only says the seller is there if anything comes up.")

_m(22, "delivery-delay", "text", "Commande {o} : expédition décalée", """
Bonjour,

Votre guirlande lumineuse (commande {o}) partira finalement le 14 décembre au lieu du 9, notre fournisseur ayant livré le réassort en retard. Nous en sommes navrés.

Cordialement,
Lumina Déco

P.-S. En ce moment, -20 % sur toute la collection de Noël de la boutique, profitez-en pour vos cadeaux !
""", ["BSM203"], "Permitted delay notice with a promotional P.S. offering 20 % off the range.")

_m(23, "reply", "text", "Re: taille du pull - {o}", """
Bonjour Léa,

Le pull de la commande {o} taille plutôt petit : si vous hésitez entre deux tailles, prenez la plus grande.

Au passage, notre nouvelle collection d'hiver vient de sortir : suivez-nous sur Instagram (on y est sous « Maille et Malice ») et inscrivez-vous à notre lettre d'info pour ne rien rater des nouveautés.

Bises tricotées,
Maille & Malice
""", ["BSM203"], "Reply that invites the buyer to follow the shop and subscribe to the newsletter; no link.")

_m(24, "review-request", "text", "Votre avis compte - commande {o}", """
Bonjour,

Nous espérons que votre tapis de yoga (commande {o}) vous accompagne bien dans vos séances.

Si vous prenez quelques minutes pour laisser un avis sur Amazon, faites-nous signe une fois qu'il est publié : nous vous enverrons une petite attention pour vous remercier de votre temps.

Namasté,
Zen Attitude Shop
""", ["BSM204"], "A small gift promised once the review is published.")

_m(25, "review-request", "text", "Commande {o} - une proposition", """
Bonjour Monsieur Marchand,

Petite proposition : dès que votre commentaire sur la ponceuse est en ligne, envoyez-nous une capture d'écran et nous vous remboursons intégralement votre commande {o}. Vous gardez l'outil, évidemment.

Cordialement,
Outils Pro Martin
""", ["BSM204"], "Full refund promised as soon as the review is online.")

_m(26, "reply", "text", "Re: casserole rayée - commande {o}", """
Bonjour Madame Blanc,

Vous nous confirmez avoir reçu la casserole de remplacement : tant mieux, nous avions à cœur de rattraper le souci de la commande {o}.

Maintenant que tout est rentré dans l'ordre, serait-il envisageable de revoir votre commentaire à une étoile, voire de le retirer ? Pour une petite entreprise comme la nôtre, il pèse vraiment lourd.

Merci de votre compréhension,
Cuisine & Cuivre
""", ["BSM205"], "Asks the buyer to revise or remove an existing one-star review.")

_m(27, "review-request", "text", "Content(e) de votre achat ? {o}", """
Bonjour,

Vous avez reçu votre ceinture (commande {o}) il y a quelques jours.

Si elle vous plaît, un avis sur Amazon nous ferait très plaisir ! Et si au contraire quelque chose ne va pas, pas la peine de passer par les commentaires : écrivez-nous plutôt directement, on trouvera une solution.

Merci,
La Boucle Parisienne
""", ["BSM206"], "Asks for a review only if satisfied and steers unhappy buyers to contact the shop instead.")

_m(28, "review-request", "html", "Votre avis sur la commande {o}", """
<p>Bonjour,</p>
<p>Merci d'avoir choisi nos bougies parfumées (commande {o}).</p>
<p>Un petit coup de pouce nous aiderait énormément : cinq étoiles sur Amazon, c'est ce qui permet à un atelier comme le nôtre de continuer à exister.</p>
<p>Avec toute notre gratitude,<br>Cire &amp; Mèche</p>
""", ["BSM206"], "Review request asking for a five-star rating.")

_m(29, "order-problem", "text", "Commande {o} : rupture de stock", """
Bonjour,

Mauvaise nouvelle : le robot pâtissier rouge de votre commande {o} n'est plus disponible chez notre grossiste. Nous avons ajusté le montant de la commande avec le motif « impossible d'expédier » (CouldNotShip).

Pour que le dossier soit clos au plus vite, le plus simple serait que vous demandiez vous-même l'annulation depuis « Vos commandes ». Ça prend deux minutes.

Désolés encore,
Maison Patissia
""", ["BSM108"], "Confirms the adjustment but advises the buyer to cancel the order themselves.")

_m(30, "order-problem", "text", "Problème sur votre commande {o}", """
Madame, Monsieur,

L'article de votre commande {o} (jeu de 6 verres à vin gravés) est malheureusement épuisé et le fabricant ne prévoit pas de réassort.

Nous vous serions reconnaissants de bien vouloir soumettre une demande d'annulation depuis votre compte Amazon, afin que nous puissions clôturer la commande.

Veuillez agréer nos salutations distinguées,
Cristallerie du Val
""", ["BSM107", "BSM108"], "Asks the buyer to request a cancellation and never confirms an amount adjustment.")

_m(31, "review-request", "text", "Votre expérience - commande {o}", """
Bonjour,

Votre commande {o} a été livrée il y a une semaine. Un avis sur la page du produit aiderait d'autres acheteurs à faire leur choix.

Merci et bonne journée,
Jardins de Provence

Vous ne souhaitez plus recevoir nos messages ? Répondez simplement STOP.
""", ["BSM305"], "Neutral review request ending with an opt-out instruction (reply STOP).")

_m(32, "reply", "text", "Re: Re: toujours pas de colis !! {o}", """
Bonjour,

Je comprends votre agacement, croyez-moi. C'est ce putain de transporteur qui a encore perdu la moitié de nos envois de la semaine, on en a franchement ras le cul.

Nous relançons une enquête aujourd'hui sur votre commande {o} et revenons vers vous au plus tard jeudi.

Stéphane, Vins & Terroirs
""", ["BSM306"], "Reply containing French profanity.")

_m(33, "delivery-delay", "text", "Order {o} - delay", """
Hello,

Your order {o} (cast iron casserole, 24 cm) will ship on 15 December instead of 8 December because our supplier is late. We are sorry for the inconvenience.

Kind regards,
La Fonte Bourguignonne
""", ["BSM104"], "Delay notice written entirely in English to a fr-FR buyer.")

_m(34, "reply", "text", "Re: pièce manquante - commande {o}", """
Bonjour Monsieur Simon,

Il manque effectivement la vis de fixation dans certains cartons de l'étagère (commande {o}). Pour aller plus vite, appelez directement notre atelier au 04 78 62 19 43, on vous la poste le jour même.

Cordialement,
Gaëtan, Bois Brut Lyon
""", ["BSM309"], "Shop phone number in French national format, not a warranty line.")

_m(35, "reply", "html", "Re: configuration de la caméra - {o}", """
<p>Bonjour,</p>
<p>Pour la mise en réseau de la caméra (commande {o}), le plus simple est d'en parler de vive voix : notre support est joignable au +33 (0)9 72 14 58 30, du lundi au samedi.</p>
<p>Bien cordialement,<br>Domotique Alpine</p>
""", ["BSM309"], "Seller support phone number in international format.")

_m(36, "reply", "text", "Re: photos du défaut - {o}", """
Bonjour,

Pour les photos de la théière ébréchée (commande {o}), la messagerie Amazon limite parfois la taille des fichiers. Envoyez-les plutôt à sav@porcelaines-ravel.fr, ce sera plus simple pour tout le monde.

Merci,
Porcelaines Ravel
""", ["BSM308"], "Plain e-mail address in a reply.")

_m(37, "reply", "text", "Re: devis pour une commande groupée ({o})", """
Bonjour Monsieur Lambert,

Pour un devis sur 40 exemplaires, écrivez à notre responsable commercial : contact arobase atelier-boisvert point fr (sans espaces, vous l'aurez compris). Mentionnez la commande {o}.

Bonne journée,
Atelier Boisvert
""", ["BSM308"], "E-mail address obfuscated with 'arobase' and 'point'.")

_m(38, "reply", "html", "Re: comment entretenir le lin ? {o}", """
<p>Bonjour Madame Henry,</p>
<p>Merci pour votre message au sujet de la parure de lit (commande {o}). Lavage à 40 °C, pas de sèche-linge, repassage sur l'envers encore humide.</p>
<p>Nous avons tout détaillé sur notre site : <a href="https://www.lin-et-lune.fr/conseils/entretien-du-lin">nos conseils d'entretien du linge en lin</a>.</p>
<p>Bien à vous,<br>Lin &amp; Lune</p>
""", ["BSM302"], "https link with descriptive text to the seller's own site, not needed to complete the order.")

_m(39, "reply", "html", "Re: suivi de la commande {o}", """
<p>Bonjour,</p>
<p>Vous pouvez suivre l'avancement de la commande {o} dans <a href="http://www.amazon.fr/gp/css/order-history">la page « Vos commandes » de votre compte Amazon</a>.</p>
<p>Cordialement,<br>Horlogerie Vidal</p>
""", ["BSM301"], "Descriptive link to Amazon over plain http.")

_m(40, "reply", "html", "Re: quelle teinte ? commande {o}", """
<p>Bonjour,</p>
<p>Voici la lampe telle qu'elle vous a été livrée (commande {o}) : la teinte « laiton vieilli » est celle de la photo ci-dessous.</p>
<p><img src="https://img.luminaires-berthier.fr/produits/lampe-chevet-laiton-vieilli.jpg" alt="Lampe de chevet en laiton vieilli" width="240"></p>
<p>Cordialement,<br>Luminaires Berthier</p>
""", ["BSM310"], "Photo of the purchased product (file name and alt name it).")

_m(41, "delivery-delay", "html", "Commande {o} : un peu de patience", """
<p><img src="https://cdn.mailbuilder.fr/stock/sapin-de-noel-neige.jpg" alt="Sapin de Noël sous la neige" width="300"></p>
<p>Bonjour,</p>
<p>La période des fêtes met nos ateliers à rude épreuve : votre commande {o} partira le 16 décembre au lieu du 11. Merci de votre compréhension.</p>
<p>Joyeuses fêtes,<br>Savonnerie du Lubéron</p>
""", ["BSM311"], "Stock image of a Christmas tree unrelated to the shop.")

_m(42, "review-request", "html", "Votre avis - commande {o}", """
<p><img src="https://static.poterie-margaux.fr/logo-poterie-margaux.png" alt="" width="120"></p>
<p>Bonjour,</p>
<p>Votre bol en grès (commande {o}) est arrivé il y a une semaine. Si vous le souhaitez, vous pouvez partager votre avis depuis la page du produit sur Amazon.</p>
<p>Merci,<br>Poterie Margaux</p>
""", ["BSM402"], "Shop logo with an empty alt attribute.")

_m(43, "delivery-delay", "text", "Commande {o} : retard 📦", """
Coucou !

Petit retard pour votre commande {o} : le carnet en cuir sera expédié lundi 14 décembre au lieu de jeudi. On fait au plus vite 🙏

Belle journée,
Papiers Bohèmes
""", ["BSM403"], "Emoji in subject and body.")

_m(44, "reply", "text", "Re: couleur du fil - {o}", """
Bonjour Aurélie,

Oui, le fil est bien le coloris « vert sauge » que vous aviez choisi pour la commande {o}, pas d'inquiétude ;-)

À bientôt,
Pelotes & Cie
""", ["BSM403"], "Text emoticon ;-) in a reply.")

_m(45, "additional-information", "html", "Commande {o} : dimensions du cadre", """
<style>
.titre { font-size: 22px; }
.intro { font-size: 16px; }
.detail { font-size: 13px; }
.mention { font-size: 10px; }
</style>
<p class="titre">Votre cadre sur mesure</p>
<p class="intro">Bonjour, pour fabriquer le cadre de la commande {o}, il nous manque la dimension exacte de l'œuvre.</p>
<p class="detail">Merci de nous indiquer largeur et hauteur en centimètres, au millimètre près si possible.</p>
<p class="mention">Encadrements Rivière, 12 quai de la Loire, 37000 Tours</p>
""", ["BSM410"], "Four explicit font sizes in a <style> block besides the default.")

_m(46, "delivery-delay", "text", "Commande {o} : report de l'expédition", """
Bonjour,

Le tabouret de bar de votre commande {o} sera expédié le 18 décembre au lieu du 10.


Nous vous prions de nous excuser pour ce délai.



Cordialement,
Mobilier Ferrand
""", ["BSM412"], "Runs of two and three blank lines in plain text.")

_m(47, "review-request", "text", "[Important] Votre avis sur la commande {o}", """
Bonjour,

Votre kit de jardinage (commande {o}) a été livré il y a dix jours. Si vous avez un moment, un avis sur la page du produit serait utile aux autres acheteurs.

Bonne journée,
Graines & Râteaux
""", ["BSM110"], "[Important] tag on a neutral review request, which is not critical.")

_m(48, "reply", "html", "Re: notice de montage - {o}", """
<p>Bonjour,</p>
<p>La notice de montage du lit mezzanine (commande {o}) est disponible sur la fiche Amazon du produit : <a href="https://www.amazon.fr/dp/B0D2K8L4PQ">cliquez ici</a>.</p>
<p>Bon montage,<br>Kids Déco Home</p>
""", ["BSM401"], "Link text 'cliquez ici' does not say where the link goes.")

# ---------------------------------------------------------------- variable (2)

_m(49, "delivery-delay", "html", "Commande {o} : nouvelle date", """
<div style="font-family: Georgia, 'Times New Roman', serif; line-height: 1.8; color: #4a3b2f;">
<p style="text-align: center;">Bonjour,</p>
<p>Votre service à fromage (commande {o}) sera expédié le mardi 15 décembre au lieu du vendredi 11 décembre. Toutes nos excuses pour ce contretemps.</p>
<p>L'équipe Fromagerie &amp; Co</p>
</div>
""", ["BSM407", "BSM408", "BSM409", "BSM411"], "Builder styles: font family, line height, text colour and centred text.")

_m(50, "delivery-delay", "text", "Retard de votre commande", """
Bonjour,

Votre commande n° {o_raw} (pack de 3 torchons en lin) partira avec une semaine de retard, le 16 décembre. Nous sommes désolés.

Cordialement,
Linge de Maison Aubry
""", ["BSM102"], "Order number written as 17 digits without hyphens, so no valid order number.")
