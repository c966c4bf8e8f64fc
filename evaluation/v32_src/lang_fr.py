"""v32 evaluation messages, French (fr)."""

MESSAGES = [
    # 1 clean: delivery delay, text
    {"id": "v32-fr-001", "language": "fr", "locale": "fr-FR", "type": "delivery-delay", "format": "text",
     "subject": "Retard d'expédition - commande 634-2718394-5061827",
     "body": """Bonjour Madame Lefèvre,

Votre théière en fonte « Hanami » (commande 634-2718394-5061827) devait partir cette semaine, mais notre fournisseur de Nantes nous a livré un lot dont les couvercles étaient fêlés. Nous avons préféré le refuser plutôt que de vous envoyer une pièce abîmée.

Le nouveau lot est attendu le jeudi 10 décembre ; votre colis partira le lendemain, vendredi 11 décembre, pour une livraison prévue entre le 14 et le 16 décembre.

Avec nos excuses pour ce contretemps,
Camille – Maison du Thé Gaspard""",
     "order_id": "634-2718394-5061827", "expected": [],
     "note": "Clean delivery-delay in plain text with a new ship date."},

    # 2 clean: delivery delay, html
    {"id": "v32-fr-002", "language": "fr", "locale": "fr-BE", "type": "delivery-delay", "format": "html",
     "subject": "Votre commande 634-9034417-2258136 : nouvelle date d'envoi",
     "body": """<p>Bonjour Monsieur Dubois,</p>
<p>Nous vous écrivons au sujet de votre commande <b>634-9034417-2258136</b>.</p>
<table>
<tr><td>Article</td><td>Bibliothèque murale en chêne massif, 5 niveaux</td></tr>
<tr><td>Date d'envoi initiale</td><td>8 décembre 2026</td></tr>
<tr><td>Nouvelle date d'envoi</td><td>17 décembre 2026</td></tr>
</table>
<p>Le vernis de finition doit sécher plus longtemps que prévu à cause de l'humidité de l'atelier. Nous ne voulons pas emballer un meuble dont la surface pourrait marquer pendant le transport.</p>
<p>Vous n'avez rien à faire : la commande reste valable et partira à la nouvelle date.</p>
<p>Cordialement,<br>L'équipe Ébénisterie Verhaegen</p>
<p><small>Ébénisterie Verhaegen SRL – Rue de la Station 14, 1410 Waterloo – BCE 0712.345.678</small></p>""",
     "order_id": "634-9034417-2258136", "expected": [],
     "note": "Clean delivery-delay as builder-style HTML with a table and a small footer."},

    # 3 clean: order problem, adjusted, [Important]
    {"id": "v32-fr-003", "language": "fr", "locale": "fr-FR", "type": "order-problem", "format": "text",
     "subject": "[Important] Article indisponible - commande 634-5502983-1174609",
     "body": """Bonjour,

Nous sommes au regret de vous informer que le disque dur externe 2 To que vous avez commandé (commande 634-5502983-1174609) n'est plus disponible : le dernier exemplaire en stock s'est révélé défectueux lors de notre contrôle avant emballage.

Nous ne pouvons donc pas exécuter votre commande. Le montant total de 89,90 € a été remboursé via Amazon, avec le motif « rupture de stock ». Le remboursement apparaîtra sur votre moyen de paiement sous 3 à 5 jours ouvrés.

Toutes nos excuses pour ce désagrément.

Service clients – InfoStock Lille""",
     "order_id": "634-5502983-1174609", "expected": [],
     "note": "Clean order-problem confirming the full amount was adjusted (out of stock), with [Important] allowed on this critical type."},

    # 4 clean: additional information
    {"id": "v32-fr-004", "language": "fr", "locale": "fr-FR", "type": "additional-information", "format": "text",
     "subject": "Gravure de votre bracelet - commande 634-3381920-6640215",
     "body": """Bonjour Julie,

Merci pour votre commande 634-3381920-6640215 d'un jonc en argent gravé. Le champ « texte de gravure » est arrivé vide chez nous, sans doute un souci lors de la saisie.

Pourriez-vous nous indiquer en réponse à ce message :
- le texte à graver (20 caractères maximum, espaces compris) ;
- la police souhaitée : classique, manuscrite ou bâton.

Dès réception de votre réponse, nous lançons la gravure. Sans réponse de votre part, nous ne pourrons pas préparer le bijou.

Belle journée,
Anaïs, atelier Fil d'Argent""",
     "order_id": "634-3381920-6640215", "expected": [],
     "note": "Clean additional-information request for missing engraving text."},

    # 5 clean: return follow-up, partial refund
    {"id": "v32-fr-005", "language": "fr", "locale": "fr-CH", "type": "return-follow-up", "format": "text",
     "subject": "Votre demande de retour – commande 634-7719264-0385512",
     "body": """Bonjour Monsieur Rochat,

Nous avons bien pris connaissance de votre demande de retour pour la veste de pluie (commande 634-7719264-0385512), dont la fermeture éclair se bloque à mi-hauteur.

Plutôt que de nous renvoyer la veste, nous pouvons vous proposer un remboursement partiel de CHF 35.– : c'est à peu près ce que coûte le remplacement du curseur chez un retoucheur. Vous garderiez la veste.

Si cette proposition vous convient, répondez simplement « d'accord » à ce message et nous procéderons au remboursement partiel. Si vous préférez le retour complet, il suit son cours normalement.

Meilleures salutations,
Outdoor Léman""",
     "order_id": "634-7719264-0385512", "expected": [],
     "note": "Clean return-follow-up offering a partial refund."},

    # 6 clean: return follow-up, question
    {"id": "v32-fr-006", "language": "fr", "locale": "fr-FR", "type": "return-follow-up", "format": "text",
     "subject": "Retour commande 634-4460138-9927301 : une précision",
     "body": """Bonjour,

Pour finaliser le retour de votre lot de trois poêles (commande 634-4460138-9927301), pourriez-vous nous dire si vous renvoyez les trois poêles ou seulement celle de 28 cm dont le revêtement se décolle ?

Le bon de retour n'est pas le même dans les deux cas, c'est pourquoi nous avons besoin de cette information avant de vous l'envoyer.

Merci d'avance,
Cuisine & Fonte – service retours""",
     "order_id": "634-4460138-9927301", "expected": [],
     "note": "Clean return-follow-up asking for information needed to complete the return."},

    # 7 clean: invoice with SIRET/TVA and slashed invoice number
    {"id": "v32-fr-007", "language": "fr", "locale": "fr-FR", "type": "invoice", "format": "text",
     "subject": "Facture FA/2026/12/0457 - commande 634-8205571-3349086",
     "body": """Madame, Monsieur,

Veuillez trouver ci-joint la facture FA/2026/12/0457 relative à votre commande 634-8205571-3349086 (imprimante laser monochrome, 1 unité).

Montant HT : 149,17 €
TVA 20 % : 29,83 €
Montant TTC : 179,00 €

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.

Bureautique Sud-Ouest SARL
12 avenue Jean-Jaurès, 31000 Toulouse
SIRET 532 418 907 00031 – RCS Toulouse 532 418 907
N° TVA intracommunautaire : FR47 532418907""",
     "order_id": "634-8205571-3349086", "expected": [],
     "note": "Clean invoice with SIRET, RCS and VAT numbers and a slashed invoice number."},

    # 8 clean: review request, text
    {"id": "v32-fr-008", "language": "fr", "locale": "fr-FR", "type": "review-request", "format": "text",
     "subject": "Votre avis sur votre commande 634-1093847-5528160",
     "body": """Bonjour Thomas,

Votre coffret de graines potagères (commande 634-1093847-5528160) vous a été livré il y a une dizaine de jours.

Si vous avez un moment, nous aimerions connaître votre avis sur le produit sur Amazon, qu'il soit positif ou négatif. Vos remarques aident d'autres jardiniers à choisir, et nous aident à améliorer nos coffrets.

Bonne journée,
Les Semences de Margaux""",
     "order_id": "634-1093847-5528160", "expected": [],
     "note": "Clean neutral review request in plain text."},

    # 9 clean: review request, html with logo
    {"id": "v32-fr-009", "language": "fr", "locale": "fr-FR", "type": "review-request", "format": "html",
     "subject": "Que pensez-vous de votre lampe ? (commande 634-6627019-8813452)",
     "body": """<p><img src="https://img.emailbuilder-cdn.com/u/4821/logo-luminaires-orsay.png" alt="Logo Luminaires d'Orsay" width="160" height="48"></p>
<p>Bonjour Madame Perrin,</p>
<p>Votre lampe de bureau articulée (commande 634-6627019-8813452) est chez vous depuis une semaine environ. Nous serions heureux de lire votre évaluation, quelle qu'elle soit : elle est précieuse pour les autres clients comme pour nous.</p>
<p>Vous pouvez la rédiger directement <a href="https://www.amazon.fr/review/create-review?asin=B0CXY7K2LM">sur la page d'évaluation du produit sur Amazon</a>.</p>
<p>Merci de votre attention,<br>Luminaires d'Orsay</p>""",
     "order_id": "634-6627019-8813452", "expected": [],
     "note": "Clean neutral HTML review request with an unlinked shop logo with alt text and a descriptive https Amazon link."},

    # 10 clean: delivery scheduling
    {"id": "v32-fr-010", "language": "fr", "locale": "fr-FR", "type": "delivery-scheduling", "format": "text",
     "subject": "Livraison de votre canapé - commande 634-2250946-7731084",
     "body": """Bonjour Monsieur Girard,

Votre canapé d'angle (commande 634-2250946-7731084, 2 colis, 96 kg au total) sera livré par notre transporteur spécialisé, qui monte les colis jusque dans la pièce de votre choix. Il faut donc convenir d'un créneau avec vous.

Créneaux disponibles :
- mercredi 16 décembre, 8h-12h
- mercredi 16 décembre, 13h-17h
- vendredi 18 décembre, 8h-12h

Merci de nous indiquer le créneau qui vous arrange, ainsi que l'étage et la présence ou non d'un ascenseur.

Bien à vous,
Mobilier Girondin – planning livraisons""",
     "order_id": "634-2250946-7731084", "expected": [],
     "note": "Clean delivery-scheduling for a bulky item with dates and time slots."},

    # 11 clean: home service appointment
    {"id": "v32-fr-011", "language": "fr", "locale": "fr-BE", "type": "home-service-appointment", "format": "html",
     "subject": "Rendez-vous pour l'installation de votre lave-vaisselle – 634-6081735-4492067",
     "body": """<p>Bonjour Madame Lambert,</p>
<p>Vous avez commandé l'installation de votre lave-vaisselle encastrable avec la commande 634-6081735-4492067. Notre technicien, Karim, peut passer aux moments suivants :</p>
<ul>
<li>lundi 14 décembre, entre 9h00 et 11h00</li>
<li>mardi 15 décembre, entre 14h00 et 16h00</li>
<li>samedi 19 décembre, entre 10h00 et 12h00</li>
</ul>
<p>L'intervention dure environ 1h30. Merci de prévoir une arrivée d'eau et une évacuation accessibles sous l'évier.</p>
<p>Répondez à ce message avec le créneau choisi et nous confirmerons le rendez-vous.</p>
<p>Cordialement,<br>ElectroService Namur</p>""",
     "order_id": "634-6081735-4492067", "expected": [],
     "note": "Clean home-service-appointment in HTML with a list of time slots."},

    # 12 clean: custom design verification
    {"id": "v32-fr-012", "language": "fr", "locale": "fr-FR", "type": "custom-design-verification", "format": "text",
     "subject": "BAT de votre faire-part - commande 634-9947260-1183925",
     "body": """Bonjour Léa et Maxime,

Vous trouverez en pièce jointe le bon à tirer (BAT) de vos faire-part de mariage, commande 634-9947260-1183925 : format 15 x 15 cm, papier coton 350 g, texte en doré à chaud.

Merci de vérifier attentivement les noms, la date (samedi 12 juin 2027), l'heure et l'adresse de la mairie. Une fois validé, le BAT part à l'impression et les modifications ne seront plus possibles.

Deux options :
1. Tout est correct : répondez « BAT validé ».
2. Une correction est nécessaire : indiquez-la en réponse, nous vous renvoyons un nouveau BAT sous 24 h.

À très vite,
Papeterie Les Deux Plumes""",
     "order_id": "634-9947260-1183925", "expected": [],
     "note": "Clean custom-design-verification with a proof attachment."},

    # 13 clean: door code question with references
    {"id": "v32-fr-013", "language": "fr", "locale": "fr-FR", "type": "fulfillment-question", "format": "text",
     "subject": "Code d'accès pour la livraison (commande 634-3168752-0094471)",
     "body": """Bonjour,

Le livreur chargé de votre colis (commande 634-3168752-0094471, référence colis MX-204-88173) nous signale que l'adresse indiquée, bâtiment C, résidence Les Tilleuls, se trouve derrière un portail à code.

Pourriez-vous nous communiquer le code du portail et, si besoin, celui de l'interphone ? Nous le transmettrons uniquement au transporteur pour cette livraison (tournée n° 14/B).

Merci,
Le service expéditions de Vélo Pièces Express""",
     "order_id": "634-3168752-0094471", "expected": [],
     "note": "Clean fulfillment-question asking for a door code, with reference numbers that are not phone numbers."},

    # 14 clean: reply quoting English product title
    {"id": "v32-fr-014", "language": "fr", "locale": "fr-FR", "type": "reply", "format": "text",
     "subject": "Re: Question sur la sacoche - commande 634-5874103-6620938",
     "body": """Bonjour Monsieur Nguyen,

La sacoche « Vintage Leather Messenger Bag – Brown, 15 inch » de votre commande 634-5874103-6620938 accepte bien un ordinateur portable de 15,6 pouces : la poche intérieure rembourrée mesure 39 x 27 cm.

La bandoulière se règle de 80 à 140 cm et peut se détacher complètement si vous préférez la porter à la main.

Bonne soirée,
Cuirs & Voyages""",
     "order_id": "634-5874103-6620938", "expected": [],
     "note": "Clean reply quoting an English product title inside French sentences."},

    # 15 clean: reply with manufacturer warranty hotline
    {"id": "v32-fr-015", "language": "fr", "locale": "fr-FR", "type": "reply", "format": "text",
     "subject": "Re: Panne de l'aspirateur - commande 634-1782650-3357214",
     "body": """Bonjour Madame Garnier,

Nous sommes désolés que votre aspirateur sans fil (commande 634-1782650-3357214) ne se recharge plus après trois mois.

L'appareil est couvert par la garantie constructeur de deux ans. Le plus rapide est de contacter directement le service garantie du fabricant, Aspiro France, qui organise l'enlèvement et la réparation :
Ligne garantie du fabricant Aspiro : 09 70 81 24 55 (du lundi au vendredi, 9h-18h, appel non surtaxé)

Munissez-vous du numéro de série inscrit sous la batterie. Si le fabricant refuse la prise en charge, revenez vers nous et nous trouverons une solution.

Cordialement,
Maison Électro Garnier & Fils""",
     "order_id": "634-1782650-3357214", "expected": [],
     "note": "Clean reply giving the manufacturer's warranty hotline explicitly marked as such (BSM309 exception)."},

    # 16 clean: reply with company footer
    {"id": "v32-fr-016", "language": "fr", "locale": "fr-FR", "type": "reply", "format": "html",
     "subject": "Re: Taille du pull – commande 634-4027719-8865103",
     "body": """<p>Bonjour Sophie,</p>
<p>Le pull marin de votre commande 634-4027719-8865103 taille plutôt petit : si vous faites habituellement du M, nous vous conseillons le L. Le tour de poitrine du L mesure 108 cm, celui du M 102 cm.</p>
<p>Si vous souhaitez l'échanger, ouvrez une demande de retour depuis votre compte Amazon et commandez la taille au-dessus ; le retour est gratuit sous 30 jours.</p>
<p>Bonne journée,<br>Nolwenn</p>
<p><small>Tricots de Bretagne SAS au capital de 20 000 €<br>
ZA de Kerfleury, 29200 Brest<br>
RCS Brest 811 204 553 – TVA FR23 811204553<br>
Service clients : du lundi au vendredi, 9h-17h</small></p>""",
     "order_id": "634-4027719-8865103", "expected": [],
     "note": "Clean HTML reply with a company-details footer (capital, RCS, VAT, hours)."},

    # 17 clean: reply with return tracking, dates, times, amounts
    {"id": "v32-fr-017", "language": "fr", "locale": "fr-FR", "type": "reply", "format": "text",
     "subject": "Re: Où en est mon remboursement ? 634-7390514-2208746",
     "body": """Bonjour Monsieur Marchand,

Votre colis retour (numéro de suivi Colissimo 6A 2049 8813 5571) est bien arrivé à notre entrepôt le vendredi 4 décembre à 10h42. Après contrôle, le remboursement de 64,50 € pour la commande 634-7390514-2208746 a été lancé le lundi 7 décembre à 15h10, sous la référence de retour RET-2026-11873.

Selon votre banque, le montant devrait apparaître d'ici le 11 décembre.

Bonne fin de journée,
Le service retours de Jouets du Grenier""",
     "order_id": "634-7390514-2208746", "expected": [],
     "note": "Clean reply with a return tracking number, return reference, dates, times and amounts."},

    # 18 BSM201: left warehouse / handed to carrier
    {"id": "v32-fr-018", "language": "fr", "locale": "fr-FR", "type": "fulfillment-question", "format": "text",
     "subject": "Bonne nouvelle pour votre commande 634-2561874-9903318",
     "body": """Bonjour Martine,

Petit message pour vous dire que vos rideaux en lin lavé ont quitté notre entrepôt de Roubaix ce matin : le colis a été remis à DPD vers 11h et devrait être chez vous dans 48 heures (commande 634-2561874-9903318).

Bonne journée,
Linge de Maison Colette""",
     "order_id": "634-2561874-9903318", "expected": ["BSM201"],
     "note": "Shipping confirmation paraphrased as 'left our warehouse' and 'handed to DPD'."},

    # 19 BSM201: received order and preparing
    {"id": "v32-fr-019", "language": "fr", "locale": "fr-CH", "type": "additional-information", "format": "html",
     "subject": "Commande 634-8843205-1176490",
     "body": """<p>Bonjour Monsieur Favre,</p>
<p>Votre commande 634-8843205-1176490 est bien arrivée chez nous et notre équipe est déjà en train de la préparer avec soin : le coffret de chocolats pralinés sera emballé dans une boîte isotherme avant de partir.</p>
<p>Meilleures salutations,<br>Chocolaterie du Jorat</p>""",
     "order_id": "634-8843205-1176490", "expected": ["BSM201"],
     "note": "Order confirmation paraphrased as 'arrived with us, being prepared'."},

    # 20 BSM202: thanks only
    {"id": "v32-fr-020", "language": "fr", "locale": "fr-FR", "type": "review-request", "format": "text",
     "subject": "Merci ! (commande 634-0517392-6648201)",
     "body": """Chère cliente, cher client,

Toute l'équipe de Bougies Céleste vous remercie chaleureusement d'avoir choisi nos bougies parfumées (commande 634-0517392-6648201). Votre confiance nous touche beaucoup.

Un grand merci encore,
Bougies Céleste""",
     "order_id": "634-0517392-6648201", "expected": ["BSM202"],
     "note": "Message containing nothing but thanks."},

    # 21 BSM202: only "we're here if anything"
    {"id": "v32-fr-021", "language": "fr", "locale": "fr-BE", "type": "reply", "format": "text",
     "subject": "Votre commande 634-6390125-4417783",
     "body": """Bonjour,

Au cas où quelque chose ne serait pas à votre goût avec votre tapis de yoga (commande 634-6390125-4417783), sachez que nous restons à votre entière disposition : il suffit de répondre à ce message et nous ferons le nécessaire.

L'équipe Zen Motion""",
     "order_id": "634-6390125-4417783", "expected": ["BSM202"],
     "note": "Only says the seller is available if a problem comes up."},

    # 22 BSM203: P.S. with 20% off
    {"id": "v32-fr-022", "language": "fr", "locale": "fr-FR", "type": "delivery-delay", "format": "text",
     "subject": "Léger retard – commande 634-3705816-0951428",
     "body": """Bonjour Madame Roux,

Votre kit de peinture au numéro (commande 634-3705816-0951428) partira avec deux jours de retard, le mercredi 9 décembre au lieu du lundi 7 : les toiles de notre fournisseur sont arrivées avec du retard.

Nous vous prions de nous excuser pour ce décalage.

Créativ'Atelier

P.S. Pour nous faire pardonner : avec le code ATELIER20, profitez de 20 % sur toute la boutique jusqu'au 31 décembre !""",
     "order_id": "634-3705816-0951428", "expected": ["BSM203"],
     "note": "Permitted delay message with a P.S. offering a 20 percent discount code on the whole shop."},

    # 23 BSM203: follow us / newsletter / new collection
    {"id": "v32-fr-023", "language": "fr", "locale": "fr-FR", "type": "reply", "format": "text",
     "subject": "Re: Entretien du bonnet - 634-9158430-2276615",
     "body": """Bonjour Hugo,

Pour votre bonnet en laine mérinos (commande 634-9158430-2276615), un lavage à la main à 30 °C avec un peu de shampoing suffit ; séchez-le à plat, loin du radiateur.

Au passage : notre nouvelle collection d'hiver, avec gants et écharpes assortis, vient de sortir. Suivez-nous sur Instagram, compte « Laine et Brume », et inscrivez-vous à notre lettre d'information pour être le premier informé des nouveautés.

À bientôt,
Laine & Brume""",
     "order_id": "634-9158430-2276615", "expected": ["BSM203"],
     "note": "Reply that invites the buyer to follow the shop, subscribe to a newsletter and see a new collection."},

    # 24 BSM204: small token once review is published
    {"id": "v32-fr-024", "language": "fr", "locale": "fr-FR", "type": "review-request", "format": "text",
     "subject": "Un petit mot sur votre commande 634-4472093-7710584",
     "body": """Bonjour Nathalie,

Vous avez reçu la semaine dernière votre set de pinceaux aquarelle (commande 634-4472093-7710584). Nous serions ravis d'avoir votre avis sur Amazon.

Dès que votre commentaire sera publié, envoyez-nous simplement une capture d'écran en réponse : nous vous ferons parvenir un petit cadeau en guise de remerciement, un carnet de croquis de notre fabrication.

Bien cordialement,
Aquarelles du Sud""",
     "order_id": "634-4472093-7710584", "expected": ["BSM204"],
     "note": "A small gift promised once the review is published."},

    # 25 BSM204: full refund once review online
    {"id": "v32-fr-025", "language": "fr", "locale": "fr-FR", "type": "review-request", "format": "html",
     "subject": "Votre avis compte – commande 634-1236908-5584327",
     "body": """<p>Bonjour,</p>
<p>Merci d'avoir testé notre support de téléphone pour voiture (commande 634-1236908-5584327).</p>
<p>Nous lançons ce produit et avons besoin de premiers avis. Laissez une évaluation sur Amazon : dès qu'elle apparaît en ligne, nous vous remboursons l'intégralité de votre achat, frais de port compris.</p>
<p>L'équipe AutoMount</p>""",
     "order_id": "634-1236908-5584327", "expected": ["BSM204"],
     "note": "Full refund offered as soon as the review is online."},

    # 26 BSM205: change or remove one-star review
    {"id": "v32-fr-026", "language": "fr", "locale": "fr-FR", "type": "reply", "format": "text",
     "subject": "Concernant votre commentaire - commande 634-7604251-3398012",
     "body": """Bonjour Monsieur Lemoine,

Nous avons vu votre commentaire à une étoile concernant la perceuse-visseuse (commande 634-7604251-3398012). La batterie de remplacement vous a été envoyée hier et devrait régler le problème.

Une fois la nouvelle batterie installée, pourriez-vous revoir votre note, voire retirer le commentaire s'il ne correspond plus à votre expérience ? Cela compte énormément pour une petite entreprise comme la nôtre.

Merci de votre compréhension,
Outillage Brunet""",
     "order_id": "634-7604251-3398012", "expected": ["BSM205"],
     "note": "Asks the buyer to revise or remove a one-star review."},

    # 27 BSM206: only if satisfied, otherwise contact us
    {"id": "v32-fr-027", "language": "fr", "locale": "fr-FR", "type": "review-request", "format": "text",
     "subject": "Êtes-vous satisfait ? Commande 634-5019382-8846170",
     "body": """Bonjour Claire,

Votre housse de couette en percale (commande 634-5019382-8846170) est arrivée il y a quelques jours.

Si vous en êtes contente, un commentaire sur Amazon nous aiderait beaucoup. En revanche, si quelque chose vous a déçue, merci de ne pas laisser d'avis et de nous écrire d'abord ici : nous trouverons une solution ensemble.

Douces nuits,
Percale & Coton""",
     "order_id": "634-5019382-8846170", "expected": ["BSM206"],
     "note": "Review asked only from satisfied buyers; unhappy buyers steered to contact the seller instead."},

    # 28 BSM206: five stars
    {"id": "v32-fr-028", "language": "fr", "locale": "fr-BE", "type": "review-request", "format": "text",
     "subject": "Votre évaluation - commande 634-2840167-0639254",
     "body": """Bonjour Madame Peeters,

Nous espérons que votre moulin à café manuel (commande 634-2840167-0639254) vous donne entière satisfaction.

Nous sommes une toute petite torréfaction liégeoise et chaque évaluation compte : si vous pouviez nous attribuer cinq étoiles sur Amazon, ce serait un immense coup de pouce pour nous.

Bien à vous,
Torréfaction Meuse & Café""",
     "order_id": "634-2840167-0639254", "expected": ["BSM206"],
     "note": "Asks for a five-star rating."},

    # 29 BSM108: quickest to cancel yourself (amount adjusted)
    {"id": "v32-fr-029", "language": "fr", "locale": "fr-FR", "type": "order-problem", "format": "text",
     "subject": "Rupture de stock – commande 634-6173940-2215068",
     "body": """Bonjour,

Le jeu de société « Les Rois du Marché » de votre commande 634-6173940-2215068 est malheureusement épuisé chez l'éditeur. Nous avons ajusté le montant de la commande à 0 € avec le motif rupture de stock.

Pour que tout soit réglé au plus vite, le plus simple est que vous annuliez vous-même la commande depuis « Vos commandes » sur Amazon : c'est immédiat de votre côté.

Désolés pour ce contretemps,
Ludothèque Mistral""",
     "order_id": "634-6173940-2215068", "expected": ["BSM108"],
     "note": "Out of stock with adjustment confirmed, but advises the buyer to cancel the order themselves."},

    # 30 BSM107 + BSM108: asks for cancellation, no adjustment
    {"id": "v32-fr-030", "language": "fr", "locale": "fr-FR", "type": "order-problem", "format": "html",
     "subject": "Votre commande 634-0952716-4483391",
     "body": """<p>Bonjour Monsieur Fontaine,</p>
<p>Nous n'avons plus en stock le filtre à huile référence OF-3321 que vous avez commandé (commande 634-0952716-4483391), et le fabricant ne prévoit pas de réassort avant plusieurs mois.</p>
<p>Nous vous serions reconnaissants de bien vouloir soumettre une demande d'annulation depuis votre compte Amazon, afin que nous puissions clôturer la commande.</p>
<p>Avec nos excuses,<br>Pièces Auto Provence</p>""",
     "order_id": "634-0952716-4483391", "expected": ["BSM107", "BSM108"],
     "note": "Out of stock: asks the buyer to request cancellation and never confirms the amount was adjusted."},

    # 31 BSM305: reply STOP / unsubscribe
    {"id": "v32-fr-031", "language": "fr", "locale": "fr-FR", "type": "review-request", "format": "text",
     "subject": "Votre retour sur la commande 634-3829471-6605129",
     "body": """Bonjour,

Votre gourde isotherme (commande 634-3829471-6605129) vous a été livrée il y a une semaine. Si vous le souhaitez, vous pouvez partager votre avis sur le produit sur Amazon, qu'il soit bon ou mauvais.

Bonne journée,
H2O Nomade

Vous ne souhaitez plus recevoir nos messages ? Répondez simplement STOP à cet e-mail et nous vous retirerons de notre liste d'envoi.""",
     "order_id": "634-3829471-6605129", "expected": ["BSM305"],
     "note": "Opt-out instruction (reply STOP) in the footer of a neutral review request."},

    # 32 BSM306: French profanity
    {"id": "v32-fr-032", "language": "fr", "locale": "fr-FR", "type": "reply", "format": "text",
     "subject": "Re: Colis abîmé - commande 634-8467052-1930786",
     "body": """Bonjour Monsieur Blanc,

Franchement, on est aussi énervés que vous. Ce putain de transporteur a encore balancé le colis par-dessus le portail, et voilà le résultat : le vase est en miettes (commande 634-8467052-1930786). On en a vraiment ras le cul de leurs conneries.

Nous vous envoyons un vase de remplacement dès demain, sans frais, et gardez les morceaux, inutile de nous les renvoyer.

Céramiques du Lubéron""",
     "order_id": "634-8467052-1930786", "expected": ["BSM306"],
     "note": "Seller vents with French profanity about the carrier."},

    # 33 BSM104: message in English to fr-FR buyer
    {"id": "v32-fr-033", "language": "fr", "locale": "fr-FR", "type": "delivery-delay", "format": "text",
     "subject": "Delivery update for order 634-1570638-9024413",
     "body": """Hello,

We are sorry to let you know that the ski goggles from order 634-1570638-9024413 are still in transit from our supplier. They will ship on Wednesday 16 December, and you should receive them a few days later.

You do not need to do anything; your order stays active.

Kind regards,
Alpine Gear Outlet""",
     "order_id": "634-1570638-9024413", "expected": ["BSM104"],
     "note": "Delay message written entirely in English to a French-speaking buyer."},

    # 34 BSM309: national phone format
    {"id": "v32-fr-034", "language": "fr", "locale": "fr-FR", "type": "delivery-scheduling", "format": "text",
     "subject": "Livraison de votre armoire (commande 634-4915827-3360752)",
     "body": """Bonjour Madame Chevalier,

Votre armoire trois portes (commande 634-4915827-3360752) est trop volumineuse pour une livraison classique ; notre livreur doit convenir d'un rendez-vous avec vous la semaine du 14 décembre.

Le plus simple est de nous appeler au 04 78 62 19 37, du lundi au samedi de 8h à 19h, pour fixer le jour et l'heure.

Cordialement,
Meubles Rhône-Alpes""",
     "order_id": "634-4915827-3360752", "expected": ["BSM309"],
     "note": "Delivery scheduling giving the seller's landline in French national format."},

    # 35 BSM309: international phone format
    {"id": "v32-fr-035", "language": "fr", "locale": "fr-CH", "type": "reply", "format": "html",
     "subject": "Re: Réglage de la montre – 634-7281940-5517036",
     "body": """<p>Bonjour,</p>
<p>Pour régler la date de votre montre automatique (commande 634-7281940-5517036), tirez la couronne en position 2 et tournez-la dans le sens inverse des aiguilles.</p>
<p>Si vous bloquez, notre horloger vous guide volontiers de vive voix : +41 32 913 47 26 (atelier de La Chaux-de-Fonds).</p>
<p>Salutations horlogères,<br>Atelier Tempora</p>""",
     "order_id": "634-7281940-5517036", "expected": ["BSM309"],
     "note": "Reply giving the seller's workshop number in international format."},

    # 36 BSM308: plain email address
    {"id": "v32-fr-036", "language": "fr", "locale": "fr-FR", "type": "custom-design-verification", "format": "text",
     "subject": "Maquette de votre tampon personnalisé - commande 634-5662037-8807194",
     "body": """Bonjour,

Voici en pièce jointe la maquette de votre tampon encreur personnalisé (commande 634-5662037-8807194), avec le logo de votre association et l'adresse sur trois lignes.

Si vous avez un fichier vectoriel de meilleure qualité, envoyez-le directement à studio.tampons@tamponsdelouest.fr, ce sera plus simple que par Amazon.

Merci de valider la maquette en réponse à ce message.

Tampons de l'Ouest""",
     "order_id": "634-5662037-8807194", "expected": ["BSM308"],
     "note": "Design proof message that gives a plain e-mail address."},

    # 37 BSM308: obfuscated (arobase / point)
    {"id": "v32-fr-037", "language": "fr", "locale": "fr-FR", "type": "return-follow-up", "format": "text",
     "subject": "Votre retour - commande 634-2093518-4471620",
     "body": """Bonjour Madame Aubert,

Pour traiter le retour de votre robot pâtissier (commande 634-2093518-4471620), nous avons besoin de photos du bol fissuré.

Pouvez-vous les envoyer à sav arobase patisserie-maison point fr ? La messagerie Amazon compresse trop les images pour que notre technicien voie la fissure.

Merci,
Pâtisserie Maison – SAV""",
     "order_id": "634-2093518-4471620", "expected": ["BSM308"],
     "note": "E-mail address obfuscated with 'arobase' and 'point'."},

    # 38 BSM302: https link to seller site
    {"id": "v32-fr-038", "language": "fr", "locale": "fr-FR", "type": "reply", "format": "html",
     "subject": "Re: Montage de l'étagère – commande 634-8130674-2295541",
     "body": """<p>Bonjour Monsieur Mercier,</p>
<p>Pour l'étagère industrielle de votre commande 634-8130674-2295541, les montants se fixent avant les tablettes, contrairement à ce qu'indique l'ancienne notice.</p>
<p>Nous avons mis en ligne une vidéo pas à pas : <a href="https://www.fer-et-bois-deco.fr/montage/etagere-industrielle">la vidéo de montage de l'étagère industrielle sur notre site</a>.</p>
<p>Bon montage,<br>Fer &amp; Bois Déco</p>""",
     "order_id": "634-8130674-2295541", "expected": ["BSM302"],
     "note": "Descriptive https link to the seller's own website."},

    # 39 BSM301: http link to Amazon
    {"id": "v32-fr-039", "language": "fr", "locale": "fr-FR", "type": "return-follow-up", "format": "html",
     "subject": "Retour de votre commande 634-6504182-9938275",
     "body": """<p>Bonjour,</p>
<p>Pour finaliser le retour de vos écouteurs (commande 634-6504182-9938275), merci de nous préciser s'il manque des embouts dans la boîte ou si tous les accessoires sont présents.</p>
<p>Vous pouvez aussi consulter l'état du retour dans <a href="http://www.amazon.fr/gp/css/returns/homepage.html">votre centre de retours Amazon</a>.</p>
<p>Cordialement,<br>Son Pur Audio</p>""",
     "order_id": "634-6504182-9938275", "expected": ["BSM301"],
     "note": "Descriptive link to Amazon over plain http."},

    # 40 BSM310: product image
    {"id": "v32-fr-040", "language": "fr", "locale": "fr-FR", "type": "delivery-delay", "format": "html",
     "subject": "Votre commande 634-3947061-1520883 partira plus tard",
     "body": """<p>Bonjour Madame Renaud,</p>
<p>Votre sac cabas en cuir cognac (commande 634-3947061-1520883) partira le mardi 15 décembre, et non le 8 comme annoncé : la teinture a dû être reprise sur le dernier lot.</p>
<p><img src="https://img.emailbuilder-cdn.com/u/5190/sac-cabas-cuir-cognac.jpg" alt="Sac cabas en cuir cognac" width="300" height="300"></p>
<p>Toutes nos excuses pour l'attente,<br>Maroquinerie d'Arles</p>""",
     "order_id": "634-3947061-1520883", "expected": ["BSM310"],
     "note": "Includes a photo of the purchased bag."},

    # 41 BSM311: unrelated image
    {"id": "v32-fr-041", "language": "fr", "locale": "fr-FR", "type": "additional-information", "format": "html",
     "subject": "Une question sur votre commande 634-9702458-6631907",
     "body": """<p><img src="https://static.pixabank.com/photos/plage-tropicale-coucher-de-soleil.jpg" alt="Plage tropicale au coucher du soleil" width="400" height="220"></p>
<p>Bonjour,</p>
<p>Pour votre store enrouleur sur mesure (commande 634-9702458-6631907), il nous manque la hauteur exacte de la fenêtre, en centimètres. Pouvez-vous nous l'indiquer en réponse ?</p>
<p>Merci,<br>Stores &amp; Soleil</p>""",
     "order_id": "634-9702458-6631907", "expected": ["BSM311"],
     "note": "A stock beach picture unrelated to the shop."},

    # 42 BSM402: logo without alt
    {"id": "v32-fr-042", "language": "fr", "locale": "fr-FR", "type": "invoice", "format": "html",
     "subject": "Facture de votre commande 634-1385926-0047718",
     "body": """<p><img src="https://img.emailbuilder-cdn.com/u/3307/logo-papeterie-vauban.png" width="150" height="50"></p>
<p>Madame, Monsieur,</p>
<p>Vous trouverez ci-joint la facture n° 2026-1207-033 de votre commande 634-1385926-0047718 (ramettes de papier recyclé A4, 10 unités).</p>
<p>Cordialement,<br>Papeterie Vauban</p>""",
     "order_id": "634-1385926-0047718", "expected": ["BSM402"],
     "note": "Shop logo image with no alt attribute."},

    # 43 BSM403: emoji
    {"id": "v32-fr-043", "language": "fr", "locale": "fr-FR", "type": "reply", "format": "text",
     "subject": "Re: Compatibilité du chargeur - 634-4258193-7764025",
     "body": """Coucou Manon,

Oui, le chargeur de votre commande 634-4258193-7764025 fonctionne aussi avec votre liseuse, pas de souci 😊 Il faut juste utiliser le câble USB-C fourni et pas l'ancien câble micro-USB.

Bonne lecture 📚
Elsa, de chez Tech Malin""",
     "order_id": "634-4258193-7764025", "expected": ["BSM403"],
     "note": "Casual reply with emoji."},

    # 44 BSM403: emoticon
    {"id": "v32-fr-044", "language": "fr", "locale": "fr-BE", "type": "additional-information", "format": "text",
     "subject": "Couleur du fil - commande 634-7816350-2283964",
     "body": """Bonjour Madame Claes,

Pour le plaid crocheté main de votre commande 634-7816350-2283964, nous n'avons plus assez de laine « vert sauge ». Préférez-vous « vert olive » ou « bleu canard » ? Les deux sont du même fil, seule la teinte change.

Dites-nous simplement votre choix et je me mets au travail ;-)

Hélène – Les Mailles d'Hélène""",
     "order_id": "634-7816350-2283964", "expected": ["BSM403"],
     "note": "Emoticon ;-) in an otherwise permitted request."},

    # 45 BSM410: four font sizes in style block
    {"id": "v32-fr-045", "language": "fr", "locale": "fr-FR", "type": "delivery-delay", "format": "html",
     "subject": "Information sur votre commande 634-5370819-4412658",
     "body": """<style>
h1 { font-size: 26px; }
h2 { font-size: 19px; }
p { font-size: 15px; }
.mentions { font-size: 11px; }
</style>
<h1>Votre commande est retardée</h1>
<h2>Commande 634-5370819-4412658</h2>
<p>Bonjour, le casque de vélo que vous avez commandé sera expédié le lundi 14 décembre au lieu du 8 décembre, notre réassort ayant été retenu en douane.</p>
<p>Aucune action n'est requise de votre part.</p>
<p class="mentions">Cyclo Sécurité SAS – 4 rue des Forges, 67000 Strasbourg</p>""",
     "order_id": "634-5370819-4412658", "expected": ["BSM410"],
     "note": "Style block setting four explicit font sizes."},

    # 46 BSM412: blank lines in text
    {"id": "v32-fr-046", "language": "fr", "locale": "fr-FR", "type": "delivery-scheduling", "format": "text",
     "subject": "Rendez-vous de livraison - commande 634-2617305-8859142",
     "body": """Bonjour Monsieur Leroy,

Votre réfrigérateur américain (commande 634-2617305-8859142) sera livré par deux livreurs. Merci de choisir un créneau :


- jeudi 17 décembre, 8h-13h
- samedi 19 décembre, 8h-13h


Pensez à vérifier que la largeur des portes dépasse 80 cm.

Cordialement,
Électroménager Leroy-Duval""",
     "order_id": "634-2617305-8859142", "expected": ["BSM412"],
     "note": "Plain text with runs of two blank lines."},

    # 47 BSM110: [Important] on invoice
    {"id": "v32-fr-047", "language": "fr", "locale": "fr-FR", "type": "invoice", "format": "text",
     "subject": "[Important] Votre facture – commande 634-8009217-3364580",
     "body": """Bonjour,

Veuillez trouver ci-joint la facture F-2026-3318 pour votre commande 634-8009217-3364580 (lot de 4 pneus hiver 205/55 R16).

Cordialement,
Pneus Discount Bourgogne
SIRET 804 117 362 00019""",
     "order_id": "634-8009217-3364580", "expected": ["BSM110"],
     "note": "[Important] tag in the subject of a non-critical invoice message."},

    # 48 BSM401: "cliquez ici"
    {"id": "v32-fr-048", "language": "fr", "locale": "fr-FR", "type": "review-request", "format": "html",
     "subject": "Votre avis sur votre commande 634-0736491-5528307",
     "body": """<p>Bonjour Madame Bertin,</p>
<p>Votre tablier de cuisine brodé (commande 634-0736491-5528307) vous est parvenu la semaine dernière. Votre avis, positif ou non, aiderait d'autres clients à faire leur choix.</p>
<p>Pour laisser une évaluation, <a href="https://www.amazon.fr/review/create-review?asin=B0D4TBL9QX">cliquez ici</a>.</p>
<p>Bonne journée,<br>Brodeuses de Lozère</p>""",
     "order_id": "634-0736491-5528307", "expected": ["BSM401"],
     "note": "Amazon review link whose text is only 'cliquez ici'."},

    # 49 vary: builder styles
    {"id": "v32-fr-049", "language": "fr", "locale": "fr-FR", "type": "delivery-delay", "format": "html",
     "subject": "Mise à jour de votre commande 634-6941528-0173396",
     "body": """<div style="font-family: Arial, Helvetica, sans-serif; color: #333333; line-height: 1.6;">
<p style="text-align: center;">Bonjour Monsieur Carpentier,</p>
<p style="text-align: center;">Les jumelles d'observation de votre commande 634-6941528-0173396 seront expédiées le vendredi 11 décembre, avec trois jours de retard, à cause d'un retard de livraison de notre importateur.</p>
<p style="text-align: center;">Nous vous prions de nous excuser pour ce délai.</p>
<p style="text-align: center;">Optique Nature Vosges</p>
</div>""",
     "order_id": "634-6941528-0173396", "expected": ["BSM407", "BSM408", "BSM409", "BSM411"],
     "note": "Builder HTML setting font-family, colour, line-height and centred text."},

    # 50 vary: tracking pixel without alt
    {"id": "v32-fr-050", "language": "fr", "locale": "fr-FR", "type": "review-request", "format": "html",
     "subject": "Votre expérience avec la commande 634-3152786-9046621",
     "body": """<p>Bonjour,</p>
<p>Vous avez reçu récemment votre kit de brassage de bière (commande 634-3152786-9046621). Nous vous invitons à donner votre avis sur Amazon, quel qu'il soit : il sera utile aux futurs brasseurs amateurs.</p>
<p>Santé,<br>Brasse Maison</p>
<img src="https://mail.relanceclient.fr/open.gif?cid=88213&amp;uid=a7f3c2" width="1" height="1">""",
     "order_id": "634-3152786-9046621", "expected": ["BSM307", "BSM402"],
     "note": "1x1 tracking pixel with tracking parameters and no alt."},
]
