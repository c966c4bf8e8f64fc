"""v5 blind evaluation set, French (fr-FR, a few fr-BE)."""

MESSAGES = []


def _m(n, typ, fmt, subject, body, order, expected, note, locale="fr-FR"):
    MESSAGES.append({
        "id": "v5-fr-%03d" % n, "language": "fr", "locale": locale, "type": typ,
        "format": fmt, "subject": subject, "body": body, "order_id": order,
        "expected": sorted(expected), "note": note,
    })


# ---------------- clean ----------------
_m(1, "delivery-delay", "text", "Votre commande 305-2841907-5530218 : petit retard",
"""Bonjour Madame Lefèvre,

Le plaid en laine mérinos que vous avez commandé (commande 305-2841907-5530218) nous arrive de la filature avec une semaine de décalage. Nous pourrons vous l'envoyer le jeudi 17 décembre au lieu du 10.

Toutes nos excuses pour ce contretemps,
Claire
Les Tissages du Vercors""", "305-2841907-5530218", [], "Plain-text delivery delay with a new ship date.")

_m(2, "delivery-delay", "html", "Retard d'expédition – commande 305-7719024-0086341",
"""<p>Bonjour Monsieur Garnier,</p>
<p>Nous devions expédier votre <strong>cafetière italienne inox 6 tasses</strong> (commande n° 305-7719024-0086341) avant le 4 décembre. Notre grossiste a reporté sa livraison : le départ de chez nous est désormais prévu <strong>le mardi 15 décembre</strong>.</p>
<p>La nouvelle date estimée de livraison reste visible dans <a href="https://www.amazon.fr/gp/your-account/order-history">vos commandes sur Amazon</a>.</p>
<p>Bien cordialement,<br>
Julien Moreau<br>
<small>Service clients – Cuisine &amp; Caractère</small></p>""", "305-7719024-0086341", [], "Builder HTML delivery delay, Amazon link with descriptive text, <small>.")

_m(3, "order-problem", "text", "[Important] Commande 305-4402718-9913650 – article indisponible",
"""Bonjour,

Mauvaise nouvelle concernant votre commande 305-4402718-9913650 : le dernier exemplaire de la lampe Arlo en laiton a été endommagé lors de l'inventaire et le fabricant a arrêté ce modèle. Nous ne pouvons donc pas vous l'envoyer.

Nous avons ajusté le montant de la commande à 0,00 € (motif : rupture de stock). Le remboursement de 89,90 € apparaîtra sur votre moyen de paiement sous quelques jours.

Avec nos excuses,
L'équipe Lumière d'Antan""", "305-4402718-9913650", [], "Order problem with amount adjusted; [Important] is allowed on this type.")

_m(4, "additional-information", "text", "Gravure de votre bracelet (305-6620193-4471825)",
"""Bonjour Sophie,

Pour graver votre bracelet jonc (commande 305-6620193-4471825), il nous manque le texte à inscrire. Vous avez droit à 18 caractères maximum, espaces compris, en majuscules ou en minuscules.

Pouvez-vous nous répondre via la messagerie Amazon avec le texte exact ? Dès réception, la gravure part en atelier.

Merci d'avance,
Mathilde – Bijoux Mathilde R.""", "305-6620193-4471825", [], "Request for engraving text needed to complete the order.")

_m(5, "return-follow-up", "text", "Retour de la commande 305-1187462-3390527",
"""Bonjour Monsieur Petitjean,

Nous avons bien pris connaissance de votre demande de retour pour le fauteuil Oslo : un accroc de 2 cm sur l'accoudoir gauche.

Plutôt qu'un renvoi, assez lourd pour un meuble de ce gabarit, nous pouvons vous proposer un remboursement partiel de 60 € et vous gardez le fauteuil. Si cela vous convient, répondez simplement « d'accord » à ce message ; sinon, le retour classique reste bien entendu possible.

Cordialement,
Antoine Vasseur
Responsable SAV, Bois & Lin Mobilier""", "305-1187462-3390527", [], "Return follow-up offering a partial refund.")

_m(6, "return-follow-up", "html", "Votre retour – commande 305-9034516-2278804",
"""<p>Bonjour Madame Dubois,</p>
<p>Votre demande de retour pour la commande 305-9034516-2278804 nous est bien parvenue. Pour l'enregistrer correctement, pourriez-vous nous préciser :</p>
<ul>
<li>la taille que vous souhaitez en échange (38 ou 40) ;</li>
<li>si l'étiquette est toujours attachée au vêtement.</li>
</ul>
<p>Merci par avance,<br>Inès, pour Maison Sorel</p>""", "305-9034516-2278804", [], "Return follow-up asking for information needed, HTML list.")

_m(7, "invoice", "text", "Facture FA/2026/1187 – commande 305-5561280-7702943",
"""Bonjour,

Vous trouverez ci-joint la facture FA/2026/1187 correspondant à votre commande 305-5561280-7702943 du 28/11/2026, d'un montant de 245,00 € TTC (dont TVA 20 % : 40,83 €).

Bonne réception,

Service comptabilité
Outillage Perrin SARL
14 rue des Forges, 42000 Saint-Étienne
SIRET 812 345 678 00021 – RCS Saint-Étienne 812 345 678
TVA intracommunautaire : FR 45 812345678""", "305-5561280-7702943", [], "Invoice with SIRET, RCS, French VAT number and slashed invoice number.")

_m(8, "review-request", "text", "Votre avis sur la commande 305-3309187-6645012",
"""Bonjour,

Votre théière en fonte est arrivée il y a une dizaine de jours (commande 305-3309187-6645012). Si vous avez un moment, votre avis sur Amazon aide d'autres clients à choisir, qu'il soit enthousiaste ou plus mitigé.

Bonne journée,
Hélène, Thés & Terres""", "305-3309187-6645012", [], "Neutral plain-text review request.")

_m(9, "review-request", "html", "Commande 305-8872104-1193560 : qu'en pensez-vous ?",
"""<table width="100%" cellpadding="0" cellspacing="0">
<tr><td><img src="https://cdn.papeterie-hirondelle.fr/img/logo-papeterie-hirondelle.png" alt="Papeterie Hirondelle" width="180" height="60"></td></tr>
<tr><td>
<p>Bonjour Camille,</p>
<p>Nous espérons que votre agenda 2027 (commande 305-8872104-1193560) vous accompagne bien. Votre retour nous intéresse, positif ou négatif : il suffit de quelques lignes.</p>
<p><a href="https://www.amazon.fr/review/create-review?asin=B0CX7K2M4Q">Donner votre avis sur l'agenda sur Amazon</a></p>
<p>À bientôt,<br>Papeterie Hirondelle</p>
</td></tr>
</table>""", "305-8872104-1193560", [], "HTML review request with shop logo (alt names shop) and descriptive Amazon link.")

_m(10, "delivery-scheduling", "text", "Livraison de votre lave-linge – commande 305-2045718-8836107",
"""Bonjour Monsieur Rousseau,

Votre lave-linge (commande 305-2045718-8836107) sera livré par notre transporteur partenaire, avec mise en place dans la pièce de votre choix. Voici les créneaux disponibles :

- mercredi 16 décembre, 8h-12h
- jeudi 17 décembre, 13h30-17h30
- samedi 19 décembre, 9h-13h

Merci de nous indiquer le créneau qui vous arrange, ainsi que l'étage et la présence ou non d'un ascenseur.

Cordialement,
Karim Benali
Électro Rhône Distribution""", "305-2045718-8836107", [], "Bulky-item delivery scheduling with dates and time slots.")

_m(11, "home-service-appointment", "html", "Pose de votre store banne – commande 305-6678021-4402396",
"""<p>Bonjour Madame Lambert,</p>
<p>Suite à votre achat du store banne 4 x 3 m avec pose (commande 305-6678021-4402396), notre technicien peut intervenir :</p>
<ul>
<li>le lundi 14/12 entre 9 h et 11 h,</li>
<li>ou le mardi 15/12 entre 14 h et 16 h.</li>
</ul>
<p>Comptez environ 3 heures d'intervention. Merci de nous confirmer le créneau retenu en répondant à ce message.</p>
<p>Bien à vous,<br>Stores &amp; Fermetures Morin</p>""", "305-6678021-4402396", [], "Home-service appointment with time slots.")

_m(12, "custom-design-verification", "text", "BAT de votre faire-part – commande 305-1479930-5520184",
"""Bonjour Léa et Thomas,

Vous trouverez en pièce jointe le bon à tirer (BAT) de vos faire-part de mariage, commande 305-1479930-5520184 : recto avec vos prénoms en calligraphie, verso avec le programme du 12 juin 2027.

Merci de vérifier l'orthographe des noms et les horaires, puis de nous répondre « BAT validé » ou de nous indiquer les corrections. L'impression démarre dès votre validation.

Bien amicalement,
Nina – Atelier Papier Plume""", "305-1479930-5520184", [], "Design proof sent for verification.")

_m(13, "fulfillment-question", "text", "Code d'accès pour la livraison 305-8810246-3357719", """Bonjour,

Pour la livraison de votre commande 305-8810246-3357719, prévue le 11/12 (colis n° 6A19283746510, référence dépôt LYN-4471/B), le livreur aura besoin d'entrer dans votre immeuble.

Pourriez-vous nous communiquer le code de la porte d'entrée ou le nom à l'interphone ? Nous le lui transmettrons.

Merci,
Service expéditions – La Cave de Fourvière""", "305-8810246-3357719", [], "Door-code question with parcel and depot reference numbers.")

_m(14, "reply", "text", "Re: Question sur « Nordic Oak Side Table » – 305-3926601-0048812",
"""Bonjour Monsieur Claes,

Merci pour votre question. La « Nordic Oak Side Table » que vous avez reçue (commande 305-3926601-0048812) est en chêne massif huilé ; le plateau supporte sans problème une lampe ou une pile de livres, jusqu'à 15 kg environ.

Pour l'entretien, un chiffon légèrement humide suffit, puis une huile d'entretien pour bois une à deux fois par an.

Cordialement,
Bart Wouters
Woodhouse Interiors SPRL
Rue de la Loi 42, 1040 Etterbeek
BCE 0712.345.678 – TVA BE0712.345.678""", "305-3926601-0048812", [], "Reply quoting an English product title and shop name inside French sentences (fr-BE).", locale="fr-BE")

_m(15, "reply", "text", "Re: Mon aspirateur ne démarre plus (305-5028834-6617290)",
"""Bonjour Madame Fontaine,

Désolés d'apprendre que votre aspirateur sans fil (commande 305-5028834-6617290) ne démarre plus. L'appareil est couvert par la garantie constructeur de 2 ans.

Le plus rapide est de contacter directement le service garantie du fabricant Vortexa, qui organise l'enlèvement et la réparation :
Ligne garantie fabricant Vortexa : 09 70 81 44 26 (du lundi au vendredi, 9h-18h)

Munissez-vous du numéro de série inscrit sous la base de charge.

Cordialement,
Marc, Maison Électro Dauphiné""", "305-5028834-6617290", [], "Reply giving the manufacturer's warranty hotline, marked as such.")

_m(16, "reply", "html", "Re: Délai pour la commande 305-7301458-9925163",
"""<p>Bonjour Monsieur Mercier,</p>
<p>Votre commande 305-7301458-9925163 (lot de 4 verres soufflés bouche) est fabriquée à la main ; comptez cinq jours ouvrés avant expédition. Nous vous tiendrons au courant si ce délai devait changer.</p>
<p>Bonne fin de semaine,<br>Élodie Garnier<br>Gérante</p>
<p><small>Verrerie du Lac SAS – capital social 15 000 € – 3 quai des Arts, 74000 Annecy<br>
SIREN 901 234 567 – RCS Annecy – TVA FR 12 901234567 – APE 2313Z</small></p>""", "305-7301458-9925163", [], "Reply with a company-details footer (SIREN, RCS, VAT, APE) in <small>.")

_m(17, "reply", "text", "Re: Remboursement commande 305-6184420-3306958",
"""Bonjour Monsieur Nguyen,

Nous avons bien reçu votre retour le 02/12/2026 à 10h42 (suivi Colissimo 8R01234567890, numéro de retour RET-2026-0917). Le remboursement de 54,90 € a été lancé le 03/12 ; selon votre banque, il faut compter 3 à 5 jours ouvrés.

Les 4,95 € de frais de port initiaux sont inclus dans ce montant.

Cordialement,
Pauline, Service clients Bois Joli (commande 305-6184420-3306958)""", "305-6184420-3306958", [], "Reply with tracking and return numbers, dates, times and amounts.")

# ---------------- violations ----------------
_m(18, "fulfillment-question", "text", "Votre colis est parti ! Commande 305-9920371-4458106",
"""Bonjour,

Bonne nouvelle : votre commande 305-9920371-4458106 a quitté notre entrepôt ce matin et a été confiée à Chronopost. Vous devriez la recevoir d'ici 48 heures.

Belle journée,
L'équipe Savonnerie des Alpilles""", "305-9920371-4458106", ["BSM201"], "Shipping confirmation: left the warehouse, handed to the carrier.")

_m(19, "fulfillment-question", "html", "Commande 305-0417785-2260943 bien reçue",
"""<p>Bonjour Madame Roux,</p>
<p>Nous avons bien enregistré votre commande 305-0417785-2260943 et nos préparateurs s'en occupent déjà. Elle sera emballée avec soin dans la journée.</p>
<p>À très vite,<br>Épicerie Fine Marcel</p>""", "305-0417785-2260943", ["BSM201"], "Order confirmation: received and being prepared.")

_m(20, "fulfillment-question", "text", "Merci ! (commande 305-3658802-1194470)",
"""Bonjour Monsieur Blanc,

Un grand merci pour votre achat et pour la confiance accordée à notre petite entreprise familiale.

Chaleureusement,
Famille Arnaud – Miels du Luberon""", "305-3658802-1194470", ["BSM202"], "Thanks only.")

_m(21, "fulfillment-question", "text", "Commande 305-7741096-0032857",
"""Bonjour,

Au moindre souci avec votre commande 305-7741096-0032857, sachez que notre équipe reste à votre entière disposition via la messagerie Amazon.

Bien à vous,
Service clients Optique Vision Plus""", "305-7741096-0032857", ["BSM202"], "Only 'we are here if anything comes up'.")

_m(22, "delivery-delay", "text", "Commande 305-5149930-7786214 : expédition décalée",
"""Bonjour Madame Girard,

Le coussin de méditation de votre commande 305-5149930-7786214 partira avec trois jours de retard, le 14 décembre, car notre couturière était absente cette semaine.

Merci de votre patience.

Sandrine, Zen Atelier

P.S. Jusqu'à dimanche, toute la collection est à -20 % dans notre boutique Amazon, profitez-en pour vos cadeaux de Noël.""", "305-5149930-7786214", ["BSM203"], "Otherwise-clean delay with a 20 % off P.S.")

_m(23, "review-request", "html", "Votre avis compte – commande 305-2283317-6690421",
"""<p>Bonjour,</p>
<p>Votre sac cabas (commande 305-2283317-6690421) vous a été livré la semaine dernière. Si vous le souhaitez, vous pouvez partager votre expérience sur <a href="https://www.amazon.fr/review/create-review?asin=B0D1Q8R3TS">la page d'avis Amazon du sac cabas</a>.</p>
<p>Envie de découvrir notre nouvelle collection printemps ? Suivez-nous sur Instagram et Facebook (Cabas &amp; Co) et abonnez-vous à notre newsletter pour être les premiers informés.</p>
<p>Cabas &amp; Co</p>""", "305-2283317-6690421", ["BSM203"], "Follow us, newsletter and new collection in a review request.")

_m(24, "review-request", "text", "Un petit mot sur votre commande 305-8804452-1357093 ?",
"""Bonjour Nathalie,

Nous espérons que votre nouvelle bouilloire vous rend service (commande 305-8804452-1357093).

Une fois votre commentaire publié sur Amazon, envoyez-nous une capture d'écran : nous vous ferons parvenir une petite attention pour vous remercier de votre temps.

Bonne soirée,
Arthur – Maison Bouilloire & Cie""", "305-8804452-1357093", ["BSM204"], "Small token of appreciation once the review is published.")

_m(25, "review-request", "text", "Commande 305-1606620-8849231",
"""Bonjour,

Dès que votre évaluation du casque audio sera en ligne sur Amazon (commande 305-1606620-8849231), nous vous rembourserons l'intégralité de votre achat. Il suffit de nous communiquer le lien de votre avis.

Cordialement,
SoundNord France""", "305-1606620-8849231", ["BSM204"], "Full refund once the review is online.")

_m(26, "reply", "text", "Re: Pied de table cassé – 305-4472089-0218836",
"""Bonjour Monsieur Lemaire,

Nous vous envoyons la pièce de rechange en fin de semaine. Encore désolés pour ce pied fendu.

Maintenant que le problème est réglé, accepteriez-vous de revoir la note d'une étoile laissée sur la table basse, voire de retirer ce commentaire ? Cela compte énormément pour un petit atelier comme le nôtre.

Merci,
Romain, Atelier Chêne Clair (commande 305-4472089-0218836)""", "305-4472089-0218836", ["BSM205"], "Asks to update or remove a one-star review.")

_m(27, "review-request", "text", "Votre expérience – commande 305-6091175-3384420",
"""Bonjour,

Vous êtes content de votre perceuse ? Alors un commentaire sur Amazon nous ferait très plaisir.

Quelque chose ne va pas ? Dans ce cas, n'écrivez rien sur Amazon et contactez-nous d'abord : nous trouverons une solution.

L'équipe BricoPro Direct (commande 305-6091175-3384420)""", "305-6091175-3384420", ["BSM206"], "Review only if satisfied, unhappy buyers steered to contact the seller.")

_m(28, "review-request", "html", "5 étoiles pour la commande 305-7238846-9901574 ?",
"""<p>Bonjour Madame Perrot,</p>
<p>Merci d'avoir choisi nos bougies parfumées (commande 305-7238846-9901574). Si vous avez deux minutes, une note de cinq étoiles sur <a href="https://www.amazon.fr/review/create-review?asin=B0BN5T7W2L">la page d'avis Amazon des bougies</a> nous aiderait beaucoup.</p>
<p>Lumières de Provence</p>""", "305-7238846-9901574", ["BSM206"], "Asks for a five-star rating.")

_m(29, "order-problem", "text", "Problème avec votre commande 305-3517760-2460985",
"""Bonjour,

Le robot pâtissier de votre commande 305-3517760-2460985 est finalement en rupture : notre dernier exemplaire a été vendu deux fois. Nous avons ajusté le montant de la commande à zéro (motif : stock épuisé).

Pour que tout soit réglé au plus vite, le plus simple serait que vous demandiez vous-même l'annulation depuis votre compte Amazon.

Désolés,
Cuisine Passion 69""", "305-3517760-2460985", ["BSM108"], "Adjustment confirmed, but buyer is advised to cancel themselves.")

_m(30, "order-problem", "text", "Commande 305-9685513-0073342 – rupture de stock",
"""Bonjour Monsieur Faure,

Nous sommes navrés : la veste imperméable taille L de votre commande 305-9685513-0073342 n'est plus disponible chez notre fournisseur.

Nous vous serions reconnaissants de bien vouloir soumettre une demande d'annulation via Amazon afin que nous puissions clôturer la commande.

Cordialement,
Outdoor Sud-Ouest""", "305-9685513-0073342", ["BSM107", "BSM108"], "Asks for a cancellation request, no adjustment confirmed.")

_m(31, "delivery-delay", "text", "Retard de livraison – 305-4830097-5516628",
"""Bonjour,

Votre tapis berbère (commande 305-4830097-5516628) sera expédié le 18 décembre au lieu du 11, suite à un retard de dédouanement.

Veuillez nous excuser pour ce délai.
Tapis d'Orient Lefranc

Vous ne souhaitez plus recevoir de messages de notre part ? Répondez STOP à ce message.""", "305-4830097-5516628", ["BSM305"], "Reply STOP opt-out instruction.")

_m(32, "reply", "text", "Re: Toujours pas reçu ma commande 305-2279641-7783051",
"""Bonjour,

Je comprends votre agacement. Ce putain de transporteur a encore égaré trois colis cette semaine, dont le vôtre, c'est vraiment n'importe quoi.

Nous vous renvoyons un nouveau colis dès demain matin, à nos frais.

Fred – Jeux & Merveilles (commande 305-2279641-7783051)""", "305-2279641-7783051", ["BSM306"], "French profanity about the carrier.")

_m(33, "delivery-delay", "text", "Order 305-5804419-6627730 delayed",
"""Hello,

We are sorry to let you know that the ceramic vase from order 305-5804419-6627730 will ship on 16 December instead of 9 December, as our kiln needed repairs.

Thank you for your patience.

Kind regards,
Terre de Sienne Céramiques""", "305-5804419-6627730", ["BSM104"], "French buyer, message written entirely in English.")

_m(34, "reply", "text", "Re: Taille du matelas – commande 305-0956638-4410527",
"""Bonjour Madame Henry,

Le matelas de votre commande 305-0956638-4410527 mesure bien 140 x 190 cm, pour une épaisseur de 24 cm.

Pour toute autre question, le plus simple est de nous appeler au 04 72 38 19 65, du lundi au samedi.

Cordialement,
Literie Bréval""", "305-0956638-4410527", ["BSM309"], "French national phone number of the shop.")

_m(35, "delivery-scheduling", "text", "Livraison de votre canapé – 305-6713325-8820946",
"""Bonjour Monsieur Maes,

Pour convenir d'un créneau de livraison de votre canapé d'angle (commande 305-6713325-8820946), notre plateforme logistique vous propose le 15 ou le 16 décembre, entre 8h et 13h.

Vous pouvez aussi joindre directement notre dépôt au +32 2 512 47 83.

Bien à vous,
Canapés Confort Bruxelles""", "305-6713325-8820946", ["BSM309"], "International-format phone number (Belgium) in a scheduling message.", locale="fr-BE")

_m(36, "reply", "text", "Re: Facture pour la commande 305-1142207-9936580",
"""Bonjour,

La facture est disponible dans votre espace Amazon. Si vous avez besoin d'un duplicata au nom de votre société, écrivez directement à compta@herboristerie-valmont.fr en précisant la commande 305-1142207-9936580.

Cordialement,
Herboristerie Valmont""", "305-1142207-9936580", ["BSM308"], "Plain e-mail address.")

_m(37, "reply", "text", "Re: Pièce manquante 305-8390024-1175568",
"""Bonjour,

Désolés pour la vis manquante. Envoyez-nous une photo du sachet à atelier.bricole arobase gmail point com et nous vous postons la pièce (commande 305-8390024-1175568).

Bonne journée,
Patrick""", "305-8390024-1175568", ["BSM308"], "Obfuscated e-mail address written with 'arobase' and 'point'.")

_m(38, "reply", "html", "Re: Entretien de la planche à découper – 305-2718831-6604472",
"""<p>Bonjour Madame Carpentier,</p>
<p>Pour votre planche en noyer (commande 305-2718831-6604472), nous conseillons une huile alimentaire une fois par mois. Nous avons détaillé toutes les étapes dans <a href="https://www.boisdupilat.fr/guide-entretien-planches">notre guide d'entretien des planches à découper</a>.</p>
<p>Bonne journée,<br>Bois du Pilat</p>""", "305-2718831-6604472", ["BSM302"], "HTTPS link to the seller's own site, descriptive text.")

_m(39, "review-request", "html", "Votre avis sur la commande 305-4963370-0281159",
"""<p>Bonjour,</p>
<p>Votre pèse-personne (commande 305-4963370-0281159) est arrivé il y a une semaine. Vous pouvez, si vous le souhaitez, donner votre avis sur <a href="http://www.amazon.fr/review/create-review?asin=B0C9H2F6PD">la page d'avis Amazon du pèse-personne</a>.</p>
<p>Balances Dumont</p>""", "305-4963370-0281159", ["BSM301"], "Plain http link to Amazon.")

_m(40, "delivery-delay", "html", "Votre sac à dos – commande 305-6027748-3319901",
"""<p>Bonjour Lucas,</p>
<p>Votre sac à dos en toile cirée (commande 305-6027748-3319901) partira le 14 décembre au lieu du 9 : les boucles en laiton arrivent avec du retard.</p>
<p><img src="https://cdn.sacsdulot.fr/produits/sac-dos-toile-ciree-kaki.jpg" alt="Sac à dos en toile cirée kaki" width="300"></p>
<p>Merci de votre compréhension,<br>Sacs du Lot</p>""", "305-6027748-3319901", ["BSM310"], "Photo of the purchased product.")

_m(41, "delivery-delay", "html", "Commande 305-1894426-7750213 : nouvelle date",
"""<p>Bonjour,</p>
<p>En raison de l'affluence des fêtes, votre commande 305-1894426-7750213 sera expédiée le 21 décembre.</p>
<p><img src="https://cdn.chocolaterie-mireille.fr/mailing/plage-coucher-soleil.jpg" alt="Plage au coucher du soleil" width="400"></p>
<p>Merci de votre patience,<br>Chocolaterie Mireille</p>""", "305-1894426-7750213", ["BSM311"], "Unrelated stock image (a beach).")

_m(42, "review-request", "html", "Commande 305-3375591-0462287 : votre avis",
"""<p><img src="https://cdn.jardinsdelucie.fr/logo-jardins-de-lucie.png" alt="" width="160"></p>
<p>Bonjour,</p>
<p>Vos bulbes de tulipes (commande 305-3375591-0462287) sont arrivés. Vous pouvez donner votre avis sur <a href="https://www.amazon.fr/review/create-review?asin=B0B7M4X1ZN">la page d'avis Amazon des bulbes</a>.</p>
<p>Les Jardins de Lucie</p>""", "305-3375591-0462287", ["BSM402"], "Shop logo with an empty alt attribute.")

_m(43, "delivery-delay", "text", "Petit retard pour la commande 305-7456603-2284019",
"""Coucou Manon,

Tes chaussettes en laine (commande 305-7456603-2284019) partiront lundi 14 au lieu de vendredi, on a été débordées cette semaine 🙈

Merci de ta patience !
Les Tricoteuses de Bretagne""", "305-7456603-2284019", ["BSM403"], "Emoji in a friendly delay message.")

_m(44, "reply", "text", "Re: Couleur du fil – 305-5591038-6673345",
"""Bonjour Madame Roy,

Oui, le fil « bleu canard » est bien celui de la photo, un bleu-vert assez soutenu. Votre pelote part demain avec le reste de la commande 305-5591038-6673345 ;-)

Bonne journée,
Laines de la Creuse""", "305-5591038-6673345", ["BSM403"], "Emoticon ;-) in a reply.")

_m(45, "delivery-delay", "html", "Commande 305-0283372-9918804 – report",
"""<style>
h1 { font-size: 26px; }
h2 { font-size: 19px; }
p { font-size: 15px; }
.mention { font-size: 11px; }
</style>
<h1>Report d'expédition</h1>
<h2>Commande 305-0283372-9918804</h2>
<p>Bonjour, votre horloge murale sera expédiée le 16 décembre au lieu du 10, notre fournisseur de mécanismes ayant pris du retard.</p>
<p class="mention">Horlogerie Vincent – Besançon</p>""", "305-0283372-9918804", ["BSM410"], "Four explicit font sizes in a <style> block.")

_m(46, "additional-information", "text", "Commande 305-6842219-4407736 : mesures du cadre",
"""Bonjour,

Pour fabriquer votre cadre sur mesure (commande 305-6842219-4407736), il nous faut la largeur et la hauteur exactes de l'affiche, en centimètres.


Merci de nous les envoyer par la messagerie Amazon.



Encadrements Lebrun""", "305-6842219-4407736", ["BSM412"], "Blank-line runs in a plain-text message.")

_m(47, "review-request", "text", "[Important] Votre avis sur la commande 305-2930086-5561172",
"""Bonjour,

Votre porte-manteau mural vous a été livré il y a une semaine (commande 305-2930086-5561172). Nous serions heureux de lire votre avis sur Amazon, quel qu'il soit.

Cordialement,
Déco Bois Normandie""", "305-2930086-5561172", ["BSM110"], "[Important] tag on a review request.")

_m(48, "fulfillment-question", "html", "Choix de la couleur – commande 305-4109957-0836623",
"""<p>Bonjour,</p>
<p>Votre commande 305-4109957-0836623 mentionne « coloris au choix » pour le pouf. Vous pouvez consulter les coloris disponibles sur la fiche produit : <a href="https://www.amazon.fr/dp/B0CR4L8V2H">cliquez ici</a>.</p>
<p>Merci de nous répondre avec la couleur souhaitée.<br>Poufs &amp; Coussins Dufour</p>""", "305-4109957-0836623", ["BSM401"], "Link text 'cliquez ici'.")

# ---------------- varying ----------------
_m(49, "delivery-delay", "html", "Commande 305-8157724-3092268 : décalage d'expédition",
"""<div style="font-family: Georgia, 'Times New Roman', serif; line-height: 1.7; color: #3b2f2f;">
<p style="text-align: center;">Bonjour Madame Leclerc,</p>
<p>Votre service à thé en porcelaine (commande 305-8157724-3092268) partira le 17 décembre : le four de cuisson a dû être réparé.</p>
<p>Avec toutes nos excuses,<br>Porcelaines de Limoges Dupré</p>
</div>""", "305-8157724-3092268", ["BSM407", "BSM408", "BSM409", "BSM411"], "Builder styles: font family, line height, colour, centred text.")

_m(50, "delivery-delay", "text", "Retard de votre commande",
"""Bonjour,

Votre commande 30593318820460157 (guirlande lumineuse) sera expédiée avec deux jours de retard, le 12 décembre.

Merci pour votre compréhension,
Lumières & Fêtes""", "305-9331882-0460157", ["BSM102"], "Order number written without hyphens, so BSM102.")
