"""v11 blind evaluation set: French (fr-FR). 50 messages, standard library only."""


def _b(s):
    return s.strip("\n")


L = "fr"
LOC = "fr-FR"

MESSAGES = [
    # ---------------------------------------------------------------- clean (17)
    {
        "id": "v11-fr-001", "language": L, "locale": LOC, "type": "delivery-delay", "format": "text",
        "subject": "Votre commande 423-5081736-2294017 : expédition décalée",
        "body": _b("""
Bonjour Madame Lefèvre,

Je me permets de vous écrire au sujet de votre commande 423-5081736-2294017 (nappe en lin lavé, coloris ficelle, 160 x 250 cm).

Le tissage de ce coloris a pris du retard chez notre atelier partenaire dans les Vosges. La nappe partira de chez nous le jeudi 17 décembre au lieu du 10 : comptez donc une livraison entre le 19 et le 22 décembre.

Si ce nouveau délai ne vous convient pas, dites-le-moi simplement en répondant à ce message, je regarderai avec vous ce qu'il est possible de faire.

Toutes mes excuses pour ce contretemps.

Claire Dufresne
Linge de Maison Dufresne
"""),
        "order_id": "423-5081736-2294017", "expected": [],
        "note": "Plain-text delivery delay with a new dispatch date and delivery window; clean.",
    },
    {
        "id": "v11-fr-002", "language": L, "locale": LOC, "type": "delivery-delay", "format": "html",
        "subject": "Retard de livraison - commande n° 423-1947260-8830514",
        "body": _b("""
<p>Bonjour Monsieur Garnier,</p>
<p>Nous revenons vers vous concernant la commande <strong>423-1947260-8830514</strong>.</p>
<table>
  <tr><td>Article</td><td>Cafetière à piston inox 1 L</td></tr>
  <tr><td>Date prévue initialement</td><td>lundi 7 décembre 2026</td></tr>
  <tr><td>Nouvelle date d'envoi</td><td>mercredi 16 décembre 2026</td></tr>
</table>
<p>Notre fournisseur a livré un lot de filtres non conforme, que nous avons refusé. Le remplacement est attendu en début de semaine prochaine et votre cafetière partira dès son arrivée.</p>
<p>Nous sommes sincèrement désolés pour cette attente.</p>
<p>Bien cordialement,<br>Service clients Maison Grain d'Or</p>
"""),
        "order_id": "423-1947260-8830514", "expected": [],
        "note": "Builder-style HTML delivery delay with a plain table and no styling; clean.",
    },
    {
        "id": "v11-fr-003", "language": L, "locale": LOC, "type": "order-problem", "format": "text",
        "subject": "[Important] Commande 423-7730148-5162093 : article indisponible",
        "body": _b("""
Bonjour Monsieur Perrin,

Malheureusement, nous ne pourrons pas vous envoyer la perceuse-visseuse sans fil 18 V commandée sous le numéro 423-7730148-5162093 : le dernier exemplaire en stock s'est révélé endommagé lors du contrôle avant emballage.

Nous avons donc ajusté le montant de votre commande à 0,00 € (motif : rupture de stock). Le remboursement intégral de 89,90 € apparaîtra sur votre moyen de paiement sous quelques jours ouvrés, sans aucune démarche de votre part.

Veuillez nous excuser pour ce désagrément.

Cordialement,
Bricoshop Perrache
"""),
        "order_id": "423-7730148-5162093", "expected": [],
        "note": "Order problem confirming the amount adjustment (out of stock) with [Important] in the subject; clean.",
    },
    {
        "id": "v11-fr-004", "language": L, "locale": LOC, "type": "additional-information", "format": "text",
        "subject": "Gravure de votre bracelet - commande 423-3362901-7418850",
        "body": _b("""
Bonjour Inès,

Merci pour votre commande 423-3362901-7418850 (bracelet jonc en argent 925 à graver).

Le champ de personnalisation nous est parvenu vide, et nous ne voulons pas lancer la gravure au hasard. Pourriez-vous nous indiquer :
- le texte à graver (20 caractères maximum, espaces compris) ;
- la police souhaitée : classique, manuscrite ou bâton ;
- la face : intérieure ou extérieure.

Dès réception de votre réponse, le bracelet passe à l'atelier.

À très vite,
Lou, pour l'Atelier Ondine
"""),
        "order_id": "423-3362901-7418850", "expected": [],
        "note": "Request for engraving details needed to complete the order; clean.",
    },
    {
        "id": "v11-fr-005", "language": L, "locale": LOC, "type": "return-follow-up", "format": "text",
        "subject": "Votre demande de retour - commande 423-6604372-1905528",
        "body": _b("""
Bonjour Monsieur Benali,

Nous avons bien pris note de votre demande de retour pour le sac à dos de randonnée 30 L (commande 423-6604372-1905528), dont la boucle de la sangle pectorale est fendue.

Plutôt qu'un retour complet, nous pouvons vous proposer un remboursement partiel de 15,00 € si vous préférez garder le sac ; la boucle est un modèle standard de 20 mm que l'on trouve facilement.

Si cette solution vous convient, il vous suffit de nous répondre « d'accord » et nous procédons au remboursement. Sinon, le retour reste bien sûr possible comme prévu.

Cordialement,
L'équipe Cime & Sentier
"""),
        "order_id": "423-6604372-1905528", "expected": [],
        "note": "Return follow-up offering a partial refund; clean.",
    },
    {
        "id": "v11-fr-006", "language": L, "locale": LOC, "type": "return-follow-up", "format": "html",
        "subject": "Retour de la commande 423-9015583-3047261 - une précision",
        "body": _b("""
<p>Bonjour Madame Roussel,</p>
<p>Votre demande de retour pour la commande 423-9015583-3047261 contient deux articles : le plaid en laine mérinos et les deux housses de coussin assorties.</p>
<p>Pour préparer l'étiquette de retour au bon poids, pourriez-vous nous confirmer si vous renvoyez <strong>l'ensemble</strong> ou seulement le plaid ?</p>
<p>Merci d'avance,<br>Margaux<br>Service après-vente, Laines du Vercors</p>
"""),
        "order_id": "423-9015583-3047261", "expected": [],
        "note": "Return follow-up asking which items are returned, needed to complete the return; clean.",
    },
    {
        "id": "v11-fr-007", "language": L, "locale": LOC, "type": "invoice", "format": "text",
        "subject": "Facture FA/2026/12/0458 - commande 423-2278814-6651390",
        "body": _b("""
Bonjour,

Veuillez trouver ci-joint la facture FA/2026/12/0458 relative à votre commande 423-2278814-6651390 du 02/12/2026.

Montant HT : 245,00 €
TVA 20 % : 49,00 €
Montant TTC : 294,00 €

Comme demandé, la facture est établie au nom de votre société avec votre numéro de TVA intracommunautaire.

Bonne réception,

Service comptabilité
Ergosiège SAS - 27 avenue Jean Jaurès, 31000 Toulouse
SIRET 853 214 907 00016 - RCS Toulouse 853 214 907
N° TVA intracommunautaire : FR 61 853214907
"""),
        "order_id": "423-2278814-6651390", "expected": [],
        "note": "Invoice with VAT breakdown, SIRET, RCS and intra-EU VAT number and a slashed invoice number; clean.",
    },
    {
        "id": "v11-fr-008", "language": L, "locale": LOC, "type": "review-request", "format": "text",
        "subject": "Votre avis sur votre commande 423-4490217-0386645",
        "body": _b("""
Bonjour Monsieur Chevalier,

Votre théière en fonte (commande 423-4490217-0386645) vous a été livrée il y a une dizaine de jours.

Si vous avez un moment, nous serions heureux de lire votre avis sur le produit sur Amazon, qu'il soit enthousiaste ou plus réservé : chaque retour aide d'autres acheteurs à choisir et nous aide à nous améliorer.

Belle journée,
Thé & Fonte
"""),
        "order_id": "423-4490217-0386645", "expected": [],
        "note": "Neutral plain-text review request; clean.",
    },
    {
        "id": "v11-fr-009", "language": L, "locale": LOC, "type": "review-request", "format": "html",
        "subject": "Un avis sur vos bougies ? Commande 423-8123056-4729913",
        "body": _b("""
<p><img src="https://m.media-amazon.com/images/S/aplus-media/cire-et-meche-logo.png" alt="Logo de Cire et Mèche" width="140" height="48"></p>
<p>Bonjour Madame Faure,</p>
<p>Vos bougies parfumées (commande 423-8123056-4729913) sont chez vous depuis quelques jours maintenant.</p>
<p>Votre expérience nous intéresse, quelle qu'elle soit. Si vous le souhaitez, vous pouvez la partager en <a href="https://www.amazon.fr/review/create-review?asin=B0CMX4T7QZ">rédigeant un commentaire sur la page du produit sur Amazon</a>.</p>
<p>Merci pour votre temps,<br>Anaïs, Cire et Mèche</p>
"""),
        "order_id": "423-8123056-4729913", "expected": [],
        "note": "HTML review request with the shop's logo (alt names the shop) and a descriptive https Amazon link; clean.",
    },
    {
        "id": "v11-fr-010", "language": L, "locale": LOC, "type": "delivery-scheduling", "format": "text",
        "subject": "Livraison de votre canapé - commande 423-0652479-9917302",
        "body": _b("""
Bonjour Monsieur et Madame Marchand,

Votre canapé d'angle « Oslo » (commande 423-0652479-9917302) est prêt à être livré par notre transporteur spécialisé, qui le monte à l'étage et retire les emballages.

Voici les créneaux disponibles :
- mardi 15 décembre, 8 h - 12 h
- mercredi 16 décembre, 13 h 30 - 17 h 30
- samedi 19 décembre, 9 h - 13 h

Merci de nous indiquer le créneau qui vous arrange, ainsi que l'étage et la présence ou non d'un ascenseur (le colis principal mesure 2,40 m).

Bien à vous,
Mobilier Arsène - service livraison
"""),
        "order_id": "423-0652479-9917302", "expected": [],
        "note": "Bulky-item delivery scheduling with dates and time slots; clean.",
    },
    {
        "id": "v11-fr-011", "language": L, "locale": LOC, "type": "home-service-appointment", "format": "html",
        "subject": "Rendez-vous pour la pose de votre chauffe-eau (423-3819640-2056187)",
        "body": _b("""
<p>Bonjour Monsieur Da Silva,</p>
<p>Suite à votre commande 423-3819640-2056187 (installation d'un chauffe-eau électrique 200 L), notre technicien peut intervenir :</p>
<ul>
  <li>le lundi 14/12 entre 8 h et 10 h,</li>
  <li>le jeudi 17/12 entre 14 h et 16 h,</li>
  <li>le vendredi 18/12 entre 10 h et 12 h.</li>
</ul>
<p>L'intervention dure environ 3 heures. Prévoyez un accès dégagé au tableau électrique et à l'arrivée d'eau.</p>
<p>Merci de nous répondre avec le créneau choisi.</p>
<p>Cordialement,<br>Thermo Services Rhône</p>
"""),
        "order_id": "423-3819640-2056187", "expected": [],
        "note": "Home-service appointment with dates and time slots in an HTML list; clean.",
    },
    {
        "id": "v11-fr-012", "language": L, "locale": LOC, "type": "custom-design-verification", "format": "text",
        "subject": "BAT de votre faire-part - commande 423-5527183-6308844",
        "body": _b("""
Bonjour Camille et Julien,

Vous trouverez en pièce jointe le bon à tirer (BAT_faire-part_Camille-Julien_v1.pdf) de vos faire-part de mariage, commande 423-5527183-6308844.

Merci de vérifier attentivement :
- l'orthographe des prénoms et du lieu (Domaine des Tilleuls, Saint-Émilion) ;
- la date et l'heure : samedi 12 juin 2027 à 15 h 30 ;
- la couleur du papier (vert sauge).

Répondez « BAT validé » si tout est bon, ou listez-nous les corrections. L'impression ne sera lancée qu'après votre accord.

Papeterie Les Petits Mots
"""),
        "order_id": "423-5527183-6308844", "expected": [],
        "note": "Design proof (BAT) attached for verification before printing; clean.",
    },
    {
        "id": "v11-fr-013", "language": L, "locale": LOC, "type": "fulfillment-question", "format": "text",
        "subject": "Code d'accès pour la livraison - 423-1168305-4472958",
        "body": _b("""
Bonjour Madame Nguyen,

Le transporteur nous signale que l'adresse de livraison de votre commande 423-1168305-4472958 (résidence Les Jardins d'Hélène, bâtiment C) est équipée d'un digicode et qu'aucun code ne figure sur la commande.

Pour que la livraison (référence colis FR-TX 7734 2210 98) puisse se faire, pourriez-vous nous communiquer le code d'entrée du bâtiment, et le cas échéant le numéro d'appartement ou l'étage ?

Merci d'avance,
Colis Malin, service expéditions
"""),
        "order_id": "423-1168305-4472958", "expected": [],
        "note": "Door-code question with a parcel reference number that is not a phone number; clean.",
    },
    {
        "id": "v11-fr-014", "language": L, "locale": LOC, "type": "reply", "format": "text",
        "subject": "RE: Question sur « Mountain Trail Waterproof Jacket » - 423-2904417-8150376",
        "body": _b("""
Bonjour Monsieur Lambert,

Merci pour votre question au sujet de la veste « Mountain Trail Waterproof Jacket » de votre commande 423-2904417-8150376.

Oui, elle taille un peu petit : si vous hésitez entre deux tailles, prenez la taille au-dessus. La colonne d'eau est de 10 000 mm et les coutures sont thermosoudées, elle convient donc à la randonnée sous la pluie.

Bonne journée,
Sébastien
Outdoor Corner France
"""),
        "order_id": "423-2904417-8150376", "expected": [],
        "note": "Reply quoting an English product title and shop name inside French sentences; clean.",
    },
    {
        "id": "v11-fr-015", "language": L, "locale": LOC, "type": "reply", "format": "text",
        "subject": "Re: Garantie robot pâtissier - commande 423-6381920-0734415",
        "body": _b("""
Bonjour Madame Moreau,

Je suis désolé d'apprendre que votre robot pâtissier ne démarre plus après trois semaines.

L'appareil (commande 423-6381920-0734415) est couvert par la garantie constructeur de 2 ans. Pour un diagnostic rapide, le plus simple est de contacter directement le service garantie du fabricant :

Hotline garantie du fabricant Kuchenmeister : 09 70 82 14 63 (du lundi au vendredi, 9 h - 18 h)

Munissez-vous du numéro de série inscrit sous l'appareil. Si le fabricant ne vous répond pas sous 5 jours, revenez vers nous et nous prendrons le relais.

Cordialement,
Thomas, Cuisine Pro Direct
"""),
        "order_id": "423-6381920-0734415", "expected": [],
        "note": "Reply giving the manufacturer's warranty hotline, marked as such (BSM309 exception); clean.",
    },
    {
        "id": "v11-fr-016", "language": L, "locale": LOC, "type": "reply", "format": "html",
        "subject": "Re: Délai de fabrication de la table - 423-0427759-3391682",
        "body": _b("""
<p>Bonjour Monsieur Girard,</p>
<p>Pour répondre à votre question : la table en chêne massif de votre commande 423-0427759-3391682 est fabriquée à la commande dans notre atelier. Le plateau est huilé à la main, ce qui demande trois couches et 48 heures de séchage entre chacune.</p>
<p>Elle restera bien dans le délai annoncé sur la fiche produit.</p>
<p>Bien cordialement,<br>Hugo Berthier<br>Gérant</p>
<p><small>Atelier Berthier & Fils SARL au capital de 20 000 € - 8 chemin des Scieries, 25300 Pontarlier<br>SIRET 794 562 013 00021 - RCS Besançon 794 562 013 - TVA FR 08 794562013 - APE 3109B</small></p>
"""),
        "order_id": "423-0427759-3391682", "expected": [],
        "note": "Reply with a company-details footer (SIRET, RCS, VAT, APE) in <small>; clean.",
    },
    {
        "id": "v11-fr-017", "language": L, "locale": LOC, "type": "reply", "format": "text",
        "subject": "Re: Où en est mon remboursement ? 423-8846201-5579034",
        "body": _b("""
Bonjour Madame Blanc,

Votre colis retour (numéro de suivi 6A 0412 3387 15, numéro de retour R-2026-18834) est bien arrivé à notre entrepôt le vendredi 4 décembre à 10 h 42.

Le contrôle a été fait lundi et le remboursement de 62,40 € (article 59,90 € + frais de port initiaux 2,50 €) a été effectué le 07/12/2026 à 15 h 10. Selon votre banque, comptez 3 à 5 jours ouvrés pour le voir apparaître.

Commande concernée : 423-8846201-5579034.

Cordialement,
Service clients Brindille
"""),
        "order_id": "423-8846201-5579034", "expected": [],
        "note": "Reply with tracking and return numbers, dates, times and amounts, none of them phone numbers; clean.",
    },
    # ---------------------------------------------------------------- violations (31)
    {
        "id": "v11-fr-018", "language": L, "locale": LOC, "type": "fulfillment-question", "format": "text",
        "subject": "Votre colis est en route ! Commande 423-3075518-2618490",
        "body": _b("""
Bonjour Julie,

Bonne nouvelle : votre commande 423-3075518-2618490 a quitté notre entrepôt de Roissy ce matin et a été confiée à Colissimo.

Vous devriez la recevoir d'ici 48 heures.

À bientôt,
L'équipe Pastel & Papier
"""),
        "order_id": "423-3075518-2618490", "expected": ["BSM201"],
        "note": "Shipping confirmation: parcel left the warehouse and was handed to the carrier.",
    },
    {
        "id": "v11-fr-019", "language": L, "locale": LOC, "type": "fulfillment-question", "format": "html",
        "subject": "Commande 423-9541063-7783021 bien reçue",
        "body": _b("""
<p>Bonjour Monsieur Hamon,</p>
<p>Nous avons bien enregistré votre commande 423-9541063-7783021 et notre équipe est déjà en train de la préparer avec soin.</p>
<p>Cordialement,<br>Le Comptoir des Épices</p>
"""),
        "order_id": "423-9541063-7783021", "expected": ["BSM201"],
        "note": "Order confirmation paraphrase: order registered and being prepared.",
    },
    {
        "id": "v11-fr-020", "language": L, "locale": LOC, "type": "fulfillment-question", "format": "text",
        "subject": "Merci ! (commande 423-2640918-0145573)",
        "body": _b("""
Bonjour,

Un immense merci d'avoir choisi notre petite boutique pour votre commande 423-2640918-0145573. Toute l'équipe vous remercie chaleureusement de votre confiance !

Nadia et Romain
La Fabrique à Savons
"""),
        "order_id": "423-2640918-0145573", "expected": ["BSM202"],
        "note": "Message that only thanks the buyer.",
    },
    {
        "id": "v11-fr-021", "language": L, "locale": LOC, "type": "fulfillment-question", "format": "text",
        "subject": "Commande 423-7206354-9861147",
        "body": _b("""
Madame, Monsieur,

Concernant votre commande 423-7206354-9861147 : sachez que notre service clients reste à votre entière disposition si la moindre difficulté devait survenir.

N'hésitez pas à revenir vers nous via la messagerie Amazon.

Salutations distinguées,
Équipements Vidal
"""),
        "order_id": "423-7206354-9861147", "expected": ["BSM202"],
        "note": "Message whose only content is that the seller is available if a problem arises.",
    },
    {
        "id": "v11-fr-022", "language": L, "locale": LOC, "type": "delivery-delay", "format": "text",
        "subject": "Léger retard pour votre commande 423-4817730-3320964",
        "body": _b("""
Bonjour Madame Aubert,

Votre puzzle 1 000 pièces (commande 423-4817730-3320964) partira avec deux jours de retard, le vendredi 11 décembre, à cause d'un réassort arrivé plus tard que prévu chez notre grossiste.

Merci de votre compréhension.

Pauline, Le Grenier à Jeux

PS : jusqu'au 31 décembre, profitez de -20 % sur tout notre catalogue avec le code NOEL20 !
"""),
        "order_id": "423-4817730-3320964", "expected": ["BSM203"],
        "note": "Permitted delivery delay with a P.S. promoting 20% off the whole range.",
    },
    {
        "id": "v11-fr-023", "language": L, "locale": LOC, "type": "reply", "format": "html",
        "subject": "Re: Taille des bagues - 423-1398845-6027719",
        "body": _b("""
<p>Bonjour Léa,</p>
<p>La bague de votre commande 423-1398845-6027719 est en taille 54 ; si elle est trop grande, un bijoutier pourra la mettre à votre taille sans difficulté.</p>
<p>Au passage : notre nouvelle collection « Nacre d'hiver » vient de sortir ! Suivez-nous sur Instagram et inscrivez-vous à notre newsletter pour ne rien manquer de nos nouveautés.</p>
<p>Belle soirée,<br>Bijoux Mira</p>
"""),
        "order_id": "423-1398845-6027719", "expected": ["BSM203"],
        "note": "Reply that also promotes a new collection, social media and the newsletter.",
    },
    {
        "id": "v11-fr-024", "language": L, "locale": LOC, "type": "review-request", "format": "text",
        "subject": "Votre avis compte - commande 423-6052287-1473306",
        "body": _b("""
Bonjour Monsieur Fontaine,

Nous espérons que votre lampe de bureau (commande 423-6052287-1473306) éclaire bien vos soirées de travail.

Vous pouvez laisser un commentaire sur Amazon. Et une fois votre avis publié, un petit geste de remerciement de notre part vous attend : il suffit de nous envoyer la capture d'écran.

Bien à vous,
Lumen Déco
"""),
        "order_id": "423-6052287-1473306", "expected": ["BSM204"],
        "note": "Review request promising a small token of appreciation once the review is published.",
    },
    {
        "id": "v11-fr-025", "language": L, "locale": LOC, "type": "review-request", "format": "html",
        "subject": "Commande 423-0719934-8245160 : votre commentaire",
        "body": _b("""
<p>Bonjour Madame Renaud,</p>
<p>Merci d'avoir testé notre tapis de yoga en liège (commande 423-0719934-8245160).</p>
<p>Nous lançons une opération spéciale : dès que votre commentaire sera en ligne sur Amazon, nous vous remboursons l'intégralité de votre achat. Il suffit de nous transmettre le lien vers votre avis.</p>
<p>Namasté,<br>Liège & Lotus</p>
"""),
        "order_id": "423-0719934-8245160", "expected": ["BSM204"],
        "note": "Full refund offered as soon as the review is online.",
    },
    {
        "id": "v11-fr-026", "language": L, "locale": LOC, "type": "reply", "format": "text",
        "subject": "Re: Mixeur plongeant - commande 423-5380162-9034471",
        "body": _b("""
Bonjour Monsieur Robin,

Merci d'avoir pris le temps de nous décrire la panne de votre mixeur. Nous avons vérifié : elle venait d'un lot de moteurs défectueux, que nous avons entièrement retiré de la vente depuis.

Maintenant que l'origine du problème est identifiée, accepteriez-vous de revoir votre commentaire à une étoile, voire de le supprimer ? Il pèse beaucoup sur notre fiche produit alors que le souci venait d'un lot défectueux.

Merci de votre compréhension,
Anthony, Cuisin'Express
"""),
        "order_id": "423-5380162-9034471", "expected": ["BSM205"],
        "note": "Reply asking the buyer to revise or remove a one-star review.",
    },
    {
        "id": "v11-fr-027", "language": L, "locale": LOC, "type": "review-request", "format": "text",
        "subject": "Tout s'est bien passé ? Commande 423-2156479-7390028",
        "body": _b("""
Bonjour Élodie,

Votre coffret de thés (commande 423-2156479-7390028) est arrivé il y a une semaine.

Si vous en êtes contente, un petit commentaire sur Amazon nous ferait très plaisir ! En revanche, si quelque chose ne va pas, écrivez-nous plutôt d'abord avant de laisser un avis, nous trouverons une solution.

Douce journée,
Les Jardins de Thé
"""),
        "order_id": "423-2156479-7390028", "expected": ["BSM206"],
        "note": "Asks only satisfied buyers for a review and steers unhappy ones to contact the seller instead.",
    },
    {
        "id": "v11-fr-028", "language": L, "locale": LOC, "type": "review-request", "format": "html",
        "subject": "5 petites étoiles ? Commande 423-8403316-2481905",
        "body": _b("""
<p>Bonjour Monsieur Leroy,</p>
<p>Votre support de téléphone pour vélo (commande 423-8403316-2481905) a été livré la semaine dernière.</p>
<p>Nous sommes une petite entreprise familiale et une note de 5 étoiles sur Amazon ferait vraiment la différence pour nous.</p>
<p>Sportivement,<br>Vélo Malin</p>
"""),
        "order_id": "423-8403316-2481905", "expected": ["BSM206"],
        "note": "Review request asking for a five-star rating.",
    },
    {
        "id": "v11-fr-029", "language": L, "locale": LOC, "type": "order-problem", "format": "text",
        "subject": "[Important] Commande 423-4926601-0852137 non disponible",
        "body": _b("""
Bonjour Madame Colin,

Nous sommes au regret de vous informer que la poêle en cuivre 28 cm (commande 423-4926601-0852137) n'est plus disponible : notre stock affiché était erroné.

Nous avons ajusté le montant de votre commande (motif : rupture de stock) et vous serez remboursée intégralement.

Pour clore le dossier au plus vite, le plus rapide reste que vous annuliez vous-même la commande depuis votre compte Amazon, rubrique « Vos commandes ».

Avec nos excuses,
Cuivres de Villedieu
"""),
        "order_id": "423-4926601-0852137", "expected": ["BSM108"],
        "note": "Out-of-stock order problem with the adjustment confirmed but advising the buyer to cancel herself.",
    },
    {
        "id": "v11-fr-030", "language": L, "locale": LOC, "type": "order-problem", "format": "text",
        "subject": "Problème de stock - commande 423-1683250-5516709",
        "body": _b("""
Bonjour Monsieur Mercier,

Le casque audio que vous avez commandé (423-1683250-5516709) est en rupture chez notre fournisseur, sans date de retour connue.

Nous vous serions reconnaissants de bien vouloir faire une demande d'annulation de la commande de votre côté, cela nous permettra de clôturer votre dossier rapidement.

Toutes nos excuses,
Son & Image Express
"""),
        "order_id": "423-1683250-5516709", "expected": ["BSM107", "BSM108"],
        "note": "Asks the buyer to request cancellation for lack of stock, without confirming any amount adjustment.",
    },
    {
        "id": "v11-fr-031", "language": L, "locale": LOC, "type": "review-request", "format": "text",
        "subject": "Votre expérience - commande 423-7762094-3198456",
        "body": _b("""
Bonjour,

Vous avez reçu votre kit de jardinage (commande 423-7762094-3198456) il y a quelques jours. Si vous le souhaitez, partagez votre avis sur le produit sur Amazon, qu'il soit positif ou négatif.

Jardin Facile

Vous ne souhaitez plus recevoir nos messages ? Répondez simplement STOP.
"""),
        "order_id": "423-7762094-3198456", "expected": ["BSM305"],
        "note": "Neutral review request with an opt-out instruction (reply STOP).",
    },
    {
        "id": "v11-fr-032", "language": L, "locale": LOC, "type": "reply", "format": "text",
        "subject": "Re: Colis abîmé - 423-3549907-6620183",
        "body": _b("""
Bonjour Monsieur Petit,

Putain, encore un carton défoncé par ce transporteur de merde. Franchement, on en a ras le bol de ces abrutis.

Renvoyez-nous une photo du carton et du vase pour la commande 423-3549907-6620183 et on s'occupe du reste.

Yann
Céramiques du Port
"""),
        "order_id": "423-3549907-6620183", "expected": ["BSM306"],
        "note": "Reply with French profanity and insults about the carrier.",
    },
    {
        "id": "v11-fr-033", "language": L, "locale": LOC, "type": "delivery-delay", "format": "text",
        "subject": "Order 423-0284613-4057792 - delivery update",
        "body": _b("""
Hello,

We are sorry to let you know that your order 423-0284613-4057792 (wool beanie, charcoal) will be dispatched a few days later than planned, on 14 December, because of a supplier delay.

Thank you for your patience.

Best regards,
Northern Knits
"""),
        "order_id": "423-0284613-4057792", "expected": ["BSM104"],
        "note": "Message to a French buyer written entirely in English.",
    },
    {
        "id": "v11-fr-034", "language": L, "locale": LOC, "type": "additional-information", "format": "text",
        "subject": "Commande 423-6917348-2735561 - taille à confirmer",
        "body": _b("""
Bonjour Madame Gauthier,

Pour votre commande 423-6917348-2735561 (housse de couette sur mesure), les dimensions indiquées (140 x 290 cm) nous semblent inhabituelles. Pouvez-vous nous confirmer s'il ne s'agit pas plutôt de 240 x 220 cm ?

Le plus simple est de m'appeler à l'atelier au 04 73 28 61 90 ou sur mon portable au 06 48 15 27 33.

Sylvie, Atelier Couette & Cie
"""),
        "order_id": "423-6917348-2735561", "expected": ["BSM309"],
        "note": "Information request giving the seller's landline and mobile numbers in French national format.",
    },
    {
        "id": "v11-fr-035", "language": L, "locale": LOC, "type": "reply", "format": "html",
        "subject": "Re: Compatibilité du chargeur - 423-2073591-8864207",
        "body": _b("""
<p>Bonjour Monsieur Carpentier,</p>
<p>Le chargeur de votre commande 423-2073591-8864207 est compatible avec tous les ordinateurs USB-C jusqu'à 65 W, votre modèle compris.</p>
<p>Pour toute autre question technique, notre support répond au +33 1 84 60 27 15 ou, depuis la Belgique, au +32 2 808 41 36.</p>
<p>Cordialement,<br>Volt Accessoires</p>
"""),
        "order_id": "423-2073591-8864207", "expected": ["BSM309"],
        "note": "Reply giving the seller's support numbers in international format.",
    },
    {
        "id": "v11-fr-036", "language": L, "locale": LOC, "type": "return-follow-up", "format": "text",
        "subject": "Retour commande 423-5805126-1942378 : photos",
        "body": _b("""
Bonjour Madame Lemoine,

Pour finaliser le retour de votre commande 423-5805126-1942378 (miroir rond 60 cm), nous avons besoin de photos du cadre abîmé et du carton.

Vous pouvez les envoyer directement à retours@miroirs-et-reflets.fr en indiquant le numéro de commande.

Merci,
Miroirs & Reflets
"""),
        "order_id": "423-5805126-1942378", "expected": ["BSM308"],
        "note": "Return follow-up asking for photos, but giving a plain e-mail address.",
    },
    {
        "id": "v11-fr-037", "language": L, "locale": LOC, "type": "custom-design-verification", "format": "text",
        "subject": "Maquette du tampon - commande 423-9360472-0418814",
        "body": _b("""
Bonjour Monsieur Barbier,

Ci-joint la maquette de votre tampon personnalisé (commande 423-9360472-0418814). Merci de vérifier l'adresse et le logo.

Si vous voulez nous envoyer votre logo en meilleure qualité, écrivez à studio arobase tampons-bernard point fr.

Tampons Bernard
"""),
        "order_id": "423-9360472-0418814", "expected": ["BSM308"],
        "note": "Design proof message with an obfuscated e-mail address written with 'arobase' and 'point'.",
    },
    {
        "id": "v11-fr-038", "language": L, "locale": LOC, "type": "reply", "format": "html",
        "subject": "Re: Entretien de la planche à découper - 423-1247785-5093326",
        "body": _b("""
<p>Bonjour Madame Picard,</p>
<p>Concernant la planche en noyer de votre commande 423-1247785-5093326 : ne la passez jamais au lave-vaisselle et huilez-la une fois par mois.</p>
<p>Nous avons rassemblé tous nos conseils dans notre <a href="https://www.boisdecuisine-atelier.fr/conseils-entretien">guide d'entretien des planches en bois</a>.</p>
<p>Bonne cuisine,<br>Bois de Cuisine</p>
"""),
        "order_id": "423-1247785-5093326", "expected": ["BSM302"],
        "note": "Reply with a descriptive https link to the seller's own website, not needed for the order.",
    },
    {
        "id": "v11-fr-039", "language": L, "locale": LOC, "type": "delivery-delay", "format": "html",
        "subject": "Nouvelle date pour votre commande 423-4671023-6381549",
        "body": _b("""
<p>Bonjour Monsieur Rey,</p>
<p>Votre imprimante photo (commande 423-4671023-6381549) partira le 15 décembre au lieu du 9, le réassort ayant été retardé.</p>
<p>Vous pouvez suivre l'état de votre commande sur <a href="http://www.amazon.fr/gp/your-account/order-history">la page Vos commandes d'Amazon</a>.</p>
<p>Cordialement,<br>PhotoMania</p>
"""),
        "order_id": "423-4671023-6381549", "expected": ["BSM301"],
        "note": "Delivery delay with a descriptive but insecure http link to Amazon.",
    },
    {
        "id": "v11-fr-040", "language": L, "locale": LOC, "type": "review-request", "format": "html",
        "subject": "Votre avis sur la bouilloire - 423-8590314-7206692",
        "body": _b("""
<p>Bonjour Madame Poirier,</p>
<p>Votre bouilloire vintage (commande 423-8590314-7206692) vous accompagne depuis quelques jours :</p>
<p><img src="https://cdn.maison-retro.fr/produits/bouilloire-vintage-creme-1-7l.jpg" alt="Bouilloire vintage crème 1,7 L" width="300" height="300"></p>
<p>Nous serions ravis que vous partagiez votre avis sur Amazon, quel qu'il soit.</p>
<p>Maison Rétro</p>
"""),
        "order_id": "423-8590314-7206692", "expected": ["BSM310"],
        "note": "Review request showing a photo of the purchased kettle.",
    },
    {
        "id": "v11-fr-041", "language": L, "locale": LOC, "type": "delivery-delay", "format": "html",
        "subject": "Retard pendant les fêtes - commande 423-0935568-3857103",
        "body": _b("""
<p><img src="https://images.stockphoto-gratuit.fr/paysage/plage-coucher-de-soleil.jpg" alt="Plage au coucher du soleil" width="400" height="220"></p>
<p>Bonjour Monsieur Roche,</p>
<p>Avec l'affluence des fêtes, votre lot de verres à vin (commande 423-0935568-3857103) partira le 18 décembre au lieu du 14.</p>
<p>Merci pour votre patience,<br>Cristallerie Delorme</p>
"""),
        "order_id": "423-0935568-3857103", "expected": ["BSM311"],
        "note": "Delivery delay decorated with an unrelated stock image of a beach.",
    },
    {
        "id": "v11-fr-042", "language": L, "locale": LOC, "type": "invoice", "format": "html",
        "subject": "Votre facture - commande 423-2819047-4620318",
        "body": _b("""
<p><img src="https://www.amazon.fr/images/sellers/papeterie-colbert-logo.png" alt="" width="150" height="50"></p>
<p>Bonjour,</p>
<p>Vous trouverez ci-joint la facture n° F2026-1207 de votre commande 423-2819047-4620318 (montant TTC : 38,50 €).</p>
<p>Cordialement,<br>Papeterie Colbert</p>
"""),
        "order_id": "423-2819047-4620318", "expected": ["BSM402"],
        "note": "Invoice with the shop logo image but an empty alt attribute.",
    },
    {
        "id": "v11-fr-043", "language": L, "locale": LOC, "type": "additional-information", "format": "text",
        "subject": "Prénom à broder - commande 423-6158392-9043725",
        "body": _b("""
Coucou Marion !

Il nous manque le prénom à broder sur la gigoteuse de ta commande 423-6158392-9043725 🧵 Tu peux nous l'envoyer en réponse à ce message ? 😊

Merci !
Aurore, Les Petits Points
"""),
        "order_id": "423-6158392-9043725", "expected": ["BSM403"],
        "note": "Information request in a familiar tone using emoji.",
    },
    {
        "id": "v11-fr-044", "language": L, "locale": LOC, "type": "reply", "format": "text",
        "subject": "Re: Piles fournies ? 423-3426709-1189054",
        "body": _b("""
Bonjour Monsieur Gilles,

Oui, les piles sont bien fournies avec la guirlande de votre commande 423-3426709-1189054 : trois piles AA, déjà dans le boîtier, il suffit de retirer la languette plastique ;-)

Bonnes fêtes,
Lumières d'Alsace
"""),
        "order_id": "423-3426709-1189054", "expected": ["BSM403"],
        "note": "Reply ending with a text emoticon ;-).",
    },
    {
        "id": "v11-fr-045", "language": L, "locale": LOC, "type": "delivery-delay", "format": "html",
        "subject": "Information sur votre commande 423-7081265-5734410",
        "body": _b("""
<style>
  h1 { font-size: 24px; }
  p { font-size: 15px; }
  .detail { font-size: 13px; }
  .mention { font-size: 10px; }
</style>
<h1>Votre commande prend un peu de retard</h1>
<p>Bonjour Madame Bertrand,</p>
<p>Les bottines en cuir de votre commande 423-7081265-5734410 partiront le 16 décembre au lieu du 10 : le fabricant nous livre la pointure 38 avec une semaine de décalage.</p>
<p class="detail">Article : bottines Chelsea, cuir cognac, pointure 38.</p>
<p class="mention">Service clients Chaussures Vauban</p>
"""),
        "order_id": "423-7081265-5734410", "expected": ["BSM410"],
        "note": "Delivery delay whose <style> block sets four distinct font sizes.",
    },
    {
        "id": "v11-fr-046", "language": L, "locale": LOC, "type": "delivery-scheduling", "format": "text",
        "subject": "Livraison de votre réfrigérateur - 423-5264938-0297661",
        "body": _b("""
Bonjour Monsieur Guérin,

Votre réfrigérateur américain (commande 423-5264938-0297661) sera livré par notre partenaire. Quel créneau préférez-vous : lundi 14 décembre au matin ou mardi 15 décembre l'après-midi ?


Merci de préciser aussi si l'accès se fait par escalier.



Électro Dépôt Sud
"""),
        "order_id": "423-5264938-0297661", "expected": ["BSM412"],
        "note": "Plain-text delivery scheduling with runs of two and three blank lines.",
    },
    {
        "id": "v11-fr-047", "language": L, "locale": LOC, "type": "invoice", "format": "text",
        "subject": "[Important] Facture commande 423-1905876-6478230",
        "body": _b("""
Bonjour,

Ci-joint la facture FA-2026-3319 de votre commande 423-1905876-6478230 (aspirateur balai, 179,00 € TTC).

Cordialement,
Électroménager Caron
"""),
        "order_id": "423-1905876-6478230", "expected": ["BSM110"],
        "note": "[Important] tag in the subject of an invoice message, which is not critical.",
    },
    {
        "id": "v11-fr-048", "language": L, "locale": LOC, "type": "reply", "format": "html",
        "subject": "Re: Notice de montage - 423-8739150-2561847",
        "body": _b("""
<p>Bonjour Madame Masson,</p>
<p>La notice de montage de l'étagère de votre commande 423-8739150-2561847 est disponible sur la fiche du produit : <a href="https://www.amazon.fr/dp/B0D5KQ8WZL">cliquez ici</a>.</p>
<p>Bon montage,<br>Meubles Kerbrat</p>
"""),
        "order_id": "423-8739150-2561847", "expected": ["BSM401"],
        "note": "Amazon https link whose only text is 'cliquez ici'.",
    },
    # ---------------------------------------------------------------- vary (2)
    {
        "id": "v11-fr-049", "language": L, "locale": LOC, "type": "delivery-delay", "format": "html",
        "subject": "Retard d'expédition - commande 423-4302917-7814356",
        "body": _b("""
<div style="font-family: 'Helvetica Neue', Arial, sans-serif; line-height: 1.7; color: #3a3a3a;">
  <p style="text-align: center;">Bonjour Monsieur Dumont,</p>
  <p>Votre service à raclette 8 personnes (commande 423-4302917-7814356) partira le jeudi 17 décembre, et non le 11 comme annoncé : le transporteur de notre fournisseur savoyard a été bloqué par la neige.</p>
  <p>Nous vous prions de nous excuser pour ce retard.</p>
  <p>Fromagerie & Co - service clients</p>
</div>
"""),
        "order_id": "423-4302917-7814356", "expected": ["BSM407", "BSM408", "BSM409", "BSM411"],
        "note": "Builder styles: font-family, line-height, text colour and centred greeting.",
    },
    {
        "id": "v11-fr-050", "language": L, "locale": LOC, "type": "review-request", "format": "html",
        "subject": "Votre avis sur votre commande 423-0560743-3926198",
        "body": _b("""
<p>Bonjour Madame Philippe,</p>
<p>Votre set de pinceaux (commande 423-0560743-3926198) est arrivé il y a une semaine. Si vous le souhaitez, votre avis sur Amazon, positif ou non, aidera d'autres artistes.</p>
<p>Beaux-Arts Lacroix</p>
<img src="https://trk.mailpilot-stats.fr/open.gif?cid=88213&amp;uid=423-0560743" width="1" height="1" alt="">
"""),
        "order_id": "423-0560743-3926198", "expected": ["BSM307", "BSM402"],
        "note": "Neutral review request with a 1x1 tracking pixel that has an empty alt.",
    },
]
