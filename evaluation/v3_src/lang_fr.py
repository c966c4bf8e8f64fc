"""v3 blind evaluation set, French (fr-FR, a few fr-BE). Standard library only."""

def _o(i):
    return "404-%07d-%07d" % ((1234567 * i + 7654321) % 10**7, (7654321 * i + 3141592) % 10**7)

O = {i: _o(i) for i in range(1, 51)}

def P(*paras):
    return "\n\n".join(paras)

MESSAGES = []

def m(n, typ, fmt, subject, body, expected, note, locale="fr-FR"):
    MESSAGES.append({"id": "v3-fr-%03d" % n, "language": "fr", "locale": locale, "type": typ,
                     "format": fmt, "subject": subject, "body": body, "order_id": O[n],
                     "expected": sorted(expected), "note": note})

# ---------------------------------------------------------------- clean (1-17)
m(1, "delivery-delay", "text", "Commande %s : léger retard d'expédition" % O[1], P(
    "Bonjour Madame Lefèvre,",
    "Votre bougie parfumée « Figuier & Cèdre » (commande %s) devait partir aujourd'hui, mais notre livraison de cire de soja a pris du retard chez le fournisseur. Nous coulons la nouvelle série lundi 14 décembre et le colis sera prêt à partir le mercredi 16 décembre au plus tard." % O[1],
    "Si ce nouveau délai ne vous convient pas, dites-le-nous simplement en réponse à ce message et nous trouverons une solution.",
    "Bien cordialement,\nCamille Roussel\nAtelier Cire & Mèche, Annecy"),
  [], "Plain-text delivery delay with a new dispatch date, from a small candle workshop.")

m(2, "delivery-delay", "html", "Retard de préparation - commande n° %s" % O[2],
  "<p>Bonjour Monsieur Garnier,</p>"
  "<p>Nous vous écrivons au sujet de votre commande <strong>%s</strong> (tapis berbère 160 x 230 cm).</p>"
  "<p>Le tissage de ce modèle prend plus de temps que prévu : au lieu du 9 décembre annoncé, votre tapis sera expédié <strong>entre le 18 et le 21 décembre 2026</strong>.</p>"
  "<ul><li>Montant de la commande : 389,00 EUR (inchangé)</li><li>Nouvelle date d'expédition estimée : 21/12/2026</li></ul>"
  "<p>Vous pouvez suivre l'état de la commande dans <a href=\"https://www.amazon.fr/gp/your-account/order-history\">l'historique de vos commandes Amazon</a>.</p>"
  "<p>Avec nos excuses pour ce contretemps,<br>Yanis Belkacem<br>Service clients, Maison Tazarine</p>" % O[2],
  [], "Builder-free HTML delivery delay with a list and a descriptive https Amazon link.")

m(3, "order-problem", "text", "[Important] Commande %s : article indisponible, montant remboursé" % O[3], P(
    "Bonjour,",
    "Nous sommes désolés : la théière en fonte « Tetsubin 0,9 L » de votre commande %s n'est plus disponible. Le dernier exemplaire en stock s'est révélé fêlé lors du contrôle avant emballage." % O[3],
    "Nous avons donc ajusté le montant total de votre commande dans Seller Central avec le motif « rupture de stock » (NoInventory). Le remboursement intégral de 64,90 EUR apparaîtra sur votre moyen de paiement sous 3 à 5 jours ouvrés.",
    "Toutes nos excuses,\nL'équipe Thé & Fonte"),
  [], "Order problem with the amount adjusted (NoInventory) and [Important] in the subject, which this type may carry.")

m(4, "additional-information", "text", "Gravure : une précision pour la commande %s" % O[4], P(
    "Bonjour Monsieur Nguyen,",
    "Merci pour votre commande %s : une planche à découper en noyer avec gravure personnalisée." % O[4],
    "Dans le champ de personnalisation, nous lisons « Famille Nguyen - depuis 2O19 ». Le « O » de 2019 semble être la lettre O et non le chiffre zéro. Pouvez-vous nous confirmer le texte exact à graver ? Sans réponse de votre part avant vendredi 11 décembre midi, nous graverons « depuis 2019 » avec des chiffres.",
    "Cordialement,\nThibault\nBois & Braise - atelier de gravure"),
  [], "Request for the exact engraving text needed to complete the order.")

m(5, "return-follow-up", "text", "Votre retour - commande %s" % O[5], P(
    "Bonjour Madame Perrin,",
    "Nous avons bien pris connaissance de votre demande de retour pour la veste en laine bouillie (commande %s) : vous indiquez qu'un bouton s'est décousu, mais que la veste vous plaît." % O[5],
    "Plutôt qu'un retour, nous pouvons vous proposer un remboursement partiel de 15,00 EUR et vous garderiez la veste. Si vous préférez, le retour complet reste bien sûr possible, aux conditions habituelles.",
    "Dites-nous simplement ce que vous choisissez.",
    "Bonne journée,\nNadia Chevalier\nLaines du Vercors"),
  [], "Return follow-up offering a partial refund.")

m(6, "return-follow-up", "html", "Retour en cours : commande %s" % O[6],
  "<p>Bonjour,</p>"
  "<p>Pour finaliser le retour de l'aspirateur balai (commande %s), il nous manque une information : le numéro de série inscrit sous le bloc moteur (il commence par <strong>SN-</strong> et compte 12 caractères).</p>"
  "<p>Ce numéro nous permet d'enregistrer le retour auprès du fabricant et de déclencher votre remboursement.</p>"
  "<p>Merci d'avance,<br>Service retours<br>ÉlectroMénager Delorme</p>" % O[6],
  [], "Return follow-up asking for the serial number needed to complete the return.")

m(7, "invoice", "text", "Facture FA/2026/12/0457 - commande %s" % O[7], P(
    "Bonjour,",
    "Vous trouverez en pièce jointe la facture FA/2026/12/0457 relative à votre commande %s, établie au nom de votre société comme demandé." % O[7],
    "Montant HT : 412,50 EUR\nTVA 20 % : 82,50 EUR\nMontant TTC : 495,00 EUR",
    "Cordialement,\nComptabilité\nOutillage Marchand SAS\n14 rue des Forges, 69007 Lyon\nSAS au capital de 50 000 EUR - RCS Lyon 812 345 678\nSIRET 812 345 678 00021 - TVA intracommunautaire FR 27 812345678"),
  [], "Invoice with French company footer (RCS, SIRET, VAT number) and an invoice number with slashes.")

m(8, "review-request", "text", "Votre avis sur votre commande %s" % O[8], P(
    "Bonjour Madame Dubois,",
    "Votre lampe de bureau (commande %s) est arrivée il y a une dizaine de jours. Si vous avez un moment, un avis sur Amazon nous aiderait, qu'il soit élogieux ou critique : il guide les autres acheteurs et nous indique ce que nous pouvons améliorer." % O[8],
    "Merci de votre attention,\nJulien\nLumière d'Atelier"),
  [], "Neutral plain-text review request.")

m(9, "review-request", "html", "Un avis sur votre commande %s ?" % O[9],
  "<table><tr><td><img src=\"https://m.media-amazon.com/images/S/brand/papeterie-colombe-logo.png\" alt=\"Logo Papeterie Colombe\" width=\"160\" height=\"60\"></td></tr>"
  "<tr><td><p>Bonjour,</p>"
  "<p>Nous espérons que votre carnet de notes en cuir (commande %s) vous accompagne bien.</p>"
  "<p>Votre expérience nous intéresse, bonne ou moins bonne. Si vous le souhaitez, vous pouvez <a href=\"https://www.amazon.fr/review/create-review?asin=B0CX7K2P9Q\">rédiger un commentaire sur ce carnet sur Amazon</a>.</p>"
  "<p>Belle journée,<br>Hélène, Papeterie Colombe</p></td></tr></table>" % O[9],
  [], "HTML review request with the shop's logo (alt names the shop) and a descriptive https Amazon link.")

m(10, "delivery-scheduling", "text", "Livraison de votre armoire - commande %s" % O[10], P(
    "Bonjour Monsieur Lambert,",
    "Votre armoire 3 portes (commande %s, 2 colis, 118 kg au total) sera livrée par notre transporteur spécialisé avec prise de rendez-vous. Voici les créneaux disponibles pour votre secteur :" % O[10],
    "- mardi 15 décembre, 8h00-12h00\n- mardi 15 décembre, 13h30-17h30\n- jeudi 17 décembre, 8h00-12h00",
    "Merci de nous indiquer le créneau qui vous convient, et s'il y a un étage sans ascenseur : la livraison se fait au pied du logement, sauf demande contraire.",
    "Cordialement,\nMeubles Vasseur - service livraison"),
  [], "Delivery scheduling for a bulky item with dates and time slots.")

m(11, "home-service-appointment", "html", "Rendez-vous d'installation - commande %s" % O[11],
  "<p>Bonjour Madame Fontaine,</p>"
  "<p>Suite à votre commande %s (pose d'un lave-vaisselle encastrable), notre technicien peut intervenir aux dates suivantes :</p>"
  "<table><tr><td>Lundi 14/12/2026</td><td>9h - 11h</td></tr><tr><td>Mercredi 16/12/2026</td><td>14h - 16h</td></tr><tr><td>Samedi 19/12/2026</td><td>10h - 12h</td></tr></table>"
  "<p>Répondez simplement avec le créneau choisi. Pensez à libérer l'accès à l'arrivée d'eau sous l'évier.</p>"
  "<p>Bien à vous,<br>Sébastien Morel<br>Planning interventions, Pose Express Services</p>" % O[11],
  [], "Home-service appointment with a table of dates and time slots.")

m(12, "custom-design-verification", "text", "BAT à valider - commande %s" % O[12], P(
    "Bonjour,",
    "Vous trouverez en pièce jointe le bon à tirer (BAT) de vos faire-part de naissance pour la commande %s : recto-verso, format 10 x 15 cm, papier 350 g." % O[12],
    "Merci de vérifier attentivement l'orthographe des prénoms, la date (le 2 décembre 2026) et l'heure de naissance (6h47). Nous lançons l'impression dès réception de votre accord écrit.",
    "Cordialement,\nManon\nStudio Petit Papier"),
  [], "Custom design proof (BAT) to approve, sent as an attachment.")

m(13, "fulfillment-question", "text", "Code d'accès pour la livraison - commande %s" % O[13], P(
    "Bonjour Monsieur Bertrand,",
    "Notre transporteur doit livrer votre commande %s (réf. colis GV-558-219-FR) le 10 décembre. L'adresse indique « Résidence Les Tilleuls, bât. C » mais aucun digicode." % O[13],
    "Pourriez-vous nous communiquer le code d'accès de l'immeuble, ou nous dire s'il faut sonner à l'interphone ? Nous transmettrons l'information au livreur uniquement pour cette livraison.",
    "Merci,\nService expéditions, Vélocité Pièces Cycles"),
  [], "Door-code question with a parcel reference number.", locale="fr-FR")

m(14, "reply", "text", "Re: Question sur la commande %s" % O[14], P(
    "Bonjour Madame Moreau,",
    "Oui, le coffret « Winter Garden Tea Collection » que vous avez commandé (commande %s) contient bien les six thés de la photo, dont deux sans théine. Le nom anglais vient de notre fournisseur à Londres, mais les notices sont en français." % O[14],
    "Bonne dégustation,\nPaul\nLa Boîte à Thé"),
  [], "Reply quoting an English product title inside French sentences.")

m(15, "reply", "text", "Re: Panne machine à café - commande %s" % O[15], P(
    "Bonjour Monsieur Faure,",
    "Nous sommes désolés que votre machine à café (commande %s) affiche l'erreur E07. Elle est couverte par la garantie constructeur de 2 ans." % O[15],
    "Le plus rapide est de contacter directement la hotline garantie du fabricant Caffeo, qui peut organiser l'enlèvement : 09 70 80 11 22 (ligne garantie fabricant, du lundi au vendredi, 9h-18h). Munissez-vous du numéro de série et de la date d'achat, le 23 novembre 2026.",
    "Cordialement,\nService clients, Cuisine Premium"),
  [], "Reply giving the manufacturer's warranty hotline, marked as such (BSM309 exception).")

m(16, "reply", "html", "Re: Facture pour la commande %s" % O[16],
  "<p>Bonjour Monsieur Janssens,</p>"
  "<p>Vous trouverez ci-jointe la facture de votre commande %s. Nous avons bien ajouté le numéro de TVA de votre entreprise comme demandé.</p>"
  "<p>Cordialement,<br>Sophie Claes<br>Administration des ventes</p>"
  "<p><small>Brasserie Outils SRL - Rue de la Station 42, 1400 Nivelles, Belgique<br>"
  "N° d'entreprise BE 0712.345.689 - TVA BE0712345689 - RPM Brabant wallon</small></p>" % O[16],
  [], "Reply with a Belgian company-details footer in small print.", locale="fr-BE")

m(17, "reply", "text", "Re: Où en est mon remboursement ? (%s)" % O[17], P(
    "Bonjour Madame Renard,",
    "Votre retour pour la commande %s est bien arrivé dans notre entrepôt le lundi 7 décembre à 10h42 (numéro de retour RMA-2026-11873, suivi La Poste 6A19876543210)." % O[17],
    "Le remboursement de 37,80 EUR a été lancé ce matin à 9h15. Selon votre banque, il sera visible d'ici le 11 ou le 14 décembre.",
    "Cordialement,\nRaphaël\nMaison Ardoise"),
  [], "Reply with return and tracking numbers, dates, times and amounts, none of them phone numbers.")

# ---------------------------------------------------------------- violations (18-48)
m(18, "fulfillment-question", "text", "Votre commande %s est en route" % O[18], P(
    "Bonjour,",
    "Bonne nouvelle : votre colis (commande %s) a quitté notre entrepôt de Roubaix ce matin et a été remis à Chronopost en fin de journée." % O[18],
    "À très vite,\nL'équipe Pixel Gaming Store"),
  ["BSM201"], "Shipping confirmation paraphrased as 'left our warehouse, handed to the carrier'.")

m(19, "fulfillment-question", "html", "Commande %s bien reçue" % O[19],
  "<p>Bonjour Madame Giraud,</p>"
  "<p>Nous avons bien enregistré votre commande %s et notre atelier a commencé à la préparer avec soin. Vous recevrez votre bouquet séché dans les jours qui viennent.</p>"
  "<p>Florence, La Fleur Séchée</p>" % O[19],
  ["BSM201"], "Order confirmation: 'we have received your order and are preparing it'.")

m(20, "fulfillment-question", "text", "Merci ! (commande %s)" % O[20], P(
    "Bonjour Monsieur Roux,",
    "Un grand merci d'avoir choisi notre boutique pour votre commande %s. Toute l'équipe vous remercie chaleureusement de votre confiance." % O[20],
    "Bien à vous,\nMarie et Antoine\nLa Ferme du Chêne Vert"),
  ["BSM202"], "Thanks-only message.")

m(21, "fulfillment-question", "text", "Commande %s" % O[21], P(
    "Bonjour,",
    "Pour votre commande %s : si la moindre chose ne va pas à réception, nous restons à votre entière disposition." % O[21],
    "Cordialement,\nSAV Domotique Lemaire"),
  ["BSM202"], "Only says the seller is available if a problem comes up.", locale="fr-BE")

m(22, "delivery-delay", "text", "Commande %s : expédition décalée au 15/12" % O[22], P(
    "Bonjour Madame Marchand,",
    "Votre coussin brodé (commande %s) sera expédié le 15 décembre au lieu du 10, la brodeuse ayant été absente quelques jours. Nous vous prions de nous en excuser." % O[22],
    "Élodie, Fil d'Ariane Broderie",
    "P.S. Jusqu'au 20 décembre, toute la boutique est à -20 % avec le code NOEL20, de quoi compléter vos cadeaux !"),
  ["BSM203"], "Permitted delay message with a P.S. promoting 20 % off the whole shop.")

m(23, "reply", "html", "Re: Taille du pull - commande %s" % O[23],
  "<p>Bonjour,</p>"
  "<p>Le pull de votre commande %s taille normalement ; si vous hésitez entre deux tailles, prenez la plus petite.</p>"
  "<p>Notre nouvelle collection hiver vient d'arriver : suivez-nous sur Instagram et inscrivez-vous à notre newsletter pour ne rien manquer des prochaines nouveautés.</p>"
  "<p>Bonne journée,<br>Inès, Tricots Bretons</p>" % O[23],
  ["BSM203"], "Reply that invites the buyer to follow the shop, subscribe to the newsletter and see the new collection.")

m(24, "review-request", "text", "Votre avis compte - commande %s" % O[24], P(
    "Bonjour,",
    "Merci d'avoir commandé notre support de téléphone pour vélo (commande %s). Si vous laissez un commentaire sur Amazon, envoyez-nous simplement le lien une fois qu'il est publié : nous vous ferons parvenir un petit cadeau pour vous remercier." % O[24],
    "Sportivement,\nL'équipe RidePro"),
  ["BSM204"], "A small gift once the review is published.")

m(25, "review-request", "html", "Commande %s : partagez votre expérience" % O[25],
  "<p>Bonjour Monsieur Henry,</p>"
  "<p>Votre kit de jardinage (commande %s) vous plaît ? Publiez un avis sur Amazon et, dès qu'il sera en ligne, nous vous rembourserons intégralement votre achat.</p>"
  "<p>Merci !<br>Jardin Malin</p>" % O[25],
  ["BSM204"], "Full refund as soon as the review is online.")

m(26, "reply", "text", "Re: Chargeur défectueux - commande %s" % O[26], P(
    "Bonjour Monsieur Blanc,",
    "Comme convenu, nous vous avons envoyé un chargeur de remplacement pour votre commande %s ; il devrait arriver demain." % O[26],
    "Maintenant que le problème est réglé, auriez-vous la gentillesse de revoir votre commentaire à une étoile, voire de le retirer ? Il pèse beaucoup pour une petite boutique comme la nôtre.",
    "Merci d'avance,\nKevin, Énergie Mobile"),
  ["BSM205"], "Asks the buyer to revise or remove a one-star review.")

m(27, "review-request", "text", "Vous êtes content de votre achat ? (commande %s)" % O[27], P(
    "Bonjour,",
    "Si votre poêle en acier (commande %s) vous donne entière satisfaction, nous serions ravis que vous le disiez dans un avis sur Amazon. Et si quelque chose vous a déçu, écrivez-nous plutôt directement avant de publier quoi que ce soit : nous trouverons une solution ensemble." % O[27],
    "Cordialement,\nForge & Cuisine"),
  ["BSM206"], "Review only if satisfied; unhappy buyers steered to contact the seller instead.")

m(28, "review-request", "html", "Commande %s : 5 étoiles ?" % O[28],
  "<p>Bonjour Madame Caron,</p>"
  "<p>Nous espérons que votre sac à dos (commande %s) vous accompagne partout. Si vous avez deux minutes, un avis 5 étoiles sur Amazon ferait vraiment la différence pour notre petite marque.</p>"
  "<p>Merci,<br>Baroudeur Équipement</p>" % O[28],
  ["BSM206"], "Asks for a five-star rating.")

m(29, "delivery-delay", "text", "Commande %s : rupture de stock" % O[29], P(
    "Bonjour Madame Leroy,",
    "Le robot pâtissier de votre commande %s est en rupture de stock chez notre grossiste ; le réassort est annoncé pour le 22 décembre, sans garantie." % O[29],
    "Si vous ne voulez pas attendre, le plus rapide est d'annuler vous-même la commande depuis votre compte Amazon, rubrique « Vos commandes ».",
    "Avec nos excuses,\nCuisine Passion"),
  ["BSM108"], "Out of stock: advises the buyer that the quickest way is to cancel herself.")

m(30, "order-problem", "text", "Problème avec votre commande %s" % O[30], P(
    "Bonjour,",
    "Malheureusement, le dernier exemplaire du jeu de société « Les Bâtisseurs de Lutèce » a été vendu en boutique avant que votre commande %s ne soit préparée." % O[30],
    "Nous vous serions reconnaissants de bien vouloir déposer une demande d'annulation depuis votre compte, afin que la commande soit close de votre côté.",
    "Merci de votre compréhension,\nLudothèque du Marais"),
  ["BSM107", "BSM108"], "Order problem asking for a cancellation request, with no confirmation that the amount was adjusted.")

m(31, "review-request", "text", "Votre avis sur la commande %s" % O[31], P(
    "Bonjour,",
    "Votre humidificateur (commande %s) est arrivé il y a une semaine. Si vous le souhaitez, vous pouvez partager votre expérience en laissant un avis sur Amazon, quel qu'il soit." % O[31],
    "Cordialement,\nAir Pur Maison",
    "Pour ne plus recevoir nos messages, répondez simplement STOP."),
  ["BSM305"], "Neutral review request with an opt-out instruction (reply STOP).")

m(32, "reply", "text", "Re: Colis abîmé - commande %s" % O[32], P(
    "Bonjour Monsieur Robin,",
    "Franchement, c'est encore ce putain de transporteur qui a balancé votre colis (commande %s) n'importe comment. Quel bordel, on en a marre." % O[32],
    "On vous renvoie un vase neuf dès lundi.",
    "Greg, Céramiques du Sud"),
  ["BSM306"], "Reply with French profanity.")

m(33, "delivery-delay", "text", "Order %s: shipping delayed" % O[33], P(
    "Hello,",
    "We are sorry, but your order %s (linen bed set) will ship a few days later than expected, on 16 December. The fabric supplier delivered late." % O[33],
    "Kind regards,\nLinen Loft Customer Care"),
  ["BSM104"], "Message entirely in English to a French buyer.")

m(34, "reply", "text", "Re: Notice de montage - commande %s" % O[34], P(
    "Bonjour Madame Noël,",
    "Pour le montage de l'étagère (commande %s), le plus simple est de nous appeler : 04 78 62 19 35, du mardi au samedi." % O[34],
    "Cordialement,\nBricolage Girard"),
  ["BSM309"], "Seller's own phone number in French national format.")

m(35, "reply", "html", "Re: Pièce manquante - commande %s" % O[35],
  "<p>Bonjour Monsieur Dupont,</p>"
  "<p>Désolés pour la vis manquante (commande %s). Notre service après-vente est joignable au +32 2 512 47 80 si vous préférez en parler de vive voix ; nous vous envoyons de toute façon le sachet de visserie demain.</p>"
  "<p>Bien à vous,<br>Meubles Van Damme</p>" % O[35],
  ["BSM309"], "Seller's own phone number in international (Belgian) format.", locale="fr-BE")

m(36, "return-follow-up", "text", "Retour - commande %s" % O[36], P(
    "Bonjour,",
    "Pour finaliser le retour de la commande %s, merci de nous envoyer une photo de l'étiquette collée sur le carton à retours.chaussures.durand@gmail.com." % O[36],
    "Cordialement,\nChaussures Durand"),
  ["BSM308"], "Plain e-mail address in a return follow-up.")

m(37, "additional-information", "text", "Commande %s : photo du compteur" % O[37], P(
    "Bonjour,",
    "Pour vous envoyer le bon modèle de câble (commande %s), nous avons besoin d'une photo de l'étiquette de votre compteur. Vous pouvez l'envoyer à atelier point volt arobase orange point fr." % O[37],
    "Merci,\nVolt Services"),
  ["BSM308"], "Obfuscated e-mail address ('arobase', 'point').")

m(38, "reply", "html", "Re: Entretien du plaid - commande %s" % O[38],
  "<p>Bonjour,</p>"
  "<p>Pour votre plaid en mohair (commande %s), lavage à la main à 30 degrés maximum. Tous les détails sont dans <a href=\"https://www.mohair-du-quercy.fr/conseils/entretien-plaid\">notre guide d'entretien du mohair</a>.</p>"
  "<p>Cordialement,<br>Mohair du Quercy</p>" % O[38],
  ["BSM302"], "Descriptive https link to the seller's own website.")

m(39, "reply", "html", "Re: Accessoire compatible ? (%s)" % O[39],
  "<p>Bonjour Madame Simon,</p>"
  "<p>Le bac de rechange compatible avec votre friteuse (commande %s) est disponible ici sur Amazon : <a href=\"http://www.amazon.fr/dp/B0D4R2M7XK\">bac de rechange 4,5 L pour friteuse sans huile</a>.</p>"
  "<p>Cordialement,<br>Cuisine Futée</p>" % O[39],
  ["BSM301"], "Descriptive but insecure http link to Amazon.")

m(40, "delivery-delay", "html", "Commande %s : expédition le 17/12" % O[40],
  "<p>Bonjour,</p>"
  "<p>Votre lampe en rotin (commande %s) sera expédiée le 17 décembre au lieu du 12.</p>"
  "<p><img src=\"https://m.media-amazon.com/images/I/lampe-rotin-naturel-35cm.jpg\" alt=\"Lampe en rotin naturel 35 cm\" width=\"300\"></p>"
  "<p>Merci de votre patience,<br>Rotin & Lin</p>" % O[40],
  ["BSM310"], "Image of the purchased product (alt and file name name it).")

m(41, "review-request", "html", "Votre avis sur la commande %s" % O[41],
  "<p><img src=\"https://images.stockphotos-free.net/noel/sapin-neige.jpg\" alt=\"Sapin enneigé\" width=\"400\"></p>"
  "<p>Bonjour,</p>"
  "<p>Si vous le souhaitez, donnez votre avis sur votre écharpe (commande %s) sur Amazon : vos remarques, quelles qu'elles soient, nous sont utiles.</p>"
  "<p>Bonnes fêtes,<br>Cachemire & Co</p>" % O[41],
  ["BSM311"], "Stock image unrelated to the shop (a snowy Christmas tree).")

m(42, "delivery-scheduling", "html", "Livraison du canapé - commande %s" % O[42],
  "<p><img src=\"https://m.media-amazon.com/images/S/brand/salon-moreau-logo.png\" width=\"150\"></p>"
  "<p>Bonjour Monsieur Gauthier,</p>"
  "<p>Votre canapé (commande %s) peut être livré le vendredi 18 décembre entre 8h et 13h, ou le lundi 21 décembre entre 13h et 18h. Lequel de ces créneaux vous convient ?</p>"
  "<p>Cordialement,<br>Salon Moreau</p>" % O[42],
  ["BSM402"], "Shop logo image with no alt attribute.")

m(43, "delivery-delay", "text", "Petit retard pour la commande %s" % O[43], P(
    "Coucou Léa,",
    "Ta tasse personnalisée (commande %s) part le 14 décembre au lieu du 11, le four à céramique nous a lâchés \U0001F62C Désolée !!" % O[43],
    "Bisous de l'atelier \U0001F308\nClaire, Terre & Tasse"),
  ["BSM403"], "Chatty delay message with emoji.")

m(44, "reply", "text", "Re: Couleur du bonnet - commande %s" % O[44], P(
    "Bonjour Chloé,",
    "Pas de souci, on échange le bonnet moutarde de votre commande %s contre le vert sapin :-) Il part lundi ;)" % O[44],
    "Bonne soirée,\nLucie, Les Mailles Heureuses"),
  ["BSM403"], "Reply with text emoticons ':-)' and ';)'.")

m(45, "delivery-delay", "html", "Commande %s : nouvelle date" % O[45],
  "<style>.t1{font-size:22px}.t2{font-size:18px}.t3{font-size:14px}.t4{font-size:11px}</style>"
  "<p class=\"t1\">Bonjour,</p>"
  "<p class=\"t2\">Votre commande %s sera expédiée le 16 décembre au lieu du 11.</p>"
  "<p class=\"t3\">La nouvelle date tient compte du délai de notre fournisseur de housses.</p>"
  "<p>Cordialement,</p>"
  "<p class=\"t4\">Coussins Déco Vallet</p>" % O[45],
  ["BSM410"], "Four explicit font sizes in a <style> block besides the default.")

m(46, "additional-information", "text", "Commande %s : adresse incomplète" % O[46],
  "Bonjour,\n\n\nL'adresse de livraison de votre commande %s ne comporte pas de numéro de rue. Pouvez-vous nous l'indiquer ?\n\n\n\nMerci,\nDrogueries Réunies" % O[46],
  ["BSM412"], "Plain text with runs of two and three blank lines.")

m(47, "invoice", "text", "[Important] Votre facture - commande %s" % O[47], P(
    "Bonjour,",
    "Veuillez trouver ci-joint la facture n° 2026/1187 pour votre commande %s." % O[47],
    "Cordialement,\nServices comptables, Papeterie Lenoir"),
  ["BSM110"], "[Important] tag on an invoice, which is not critical to the order.")

m(48, "reply", "html", "Re: Guide des tailles - commande %s" % O[48],
  "<p>Bonjour,</p>"
  "<p>Pour choisir la bonne pointure avant l'échange de votre commande %s, <a href=\"https://www.amazon.fr/dp/B0CQ8Z3VJ4\">cliquez ici</a>.</p>"
  "<p>Cordialement,<br>Bottes & Sabots</p>" % O[48],
  ["BSM401"], "'Cliquez ici' as link text.")

# ---------------------------------------------------------------- varying (49-50)
m(49, "delivery-delay", "html", "Commande %s : information expédition" % O[49],
  "<div style=\"font-family: 'Helvetica Neue', Arial, sans-serif; color: #4a4a4a; text-align: center;\">"
  "<p>Bonjour,</p>"
  "<p>En raison d'un inventaire annuel, votre commande %s sera expédiée le 15 décembre au lieu du 10.</p>"
  "<p>Merci de votre compréhension,<br>L'équipe Bijoux Lunaires</p></div>" % O[49],
  ["BSM407", "BSM409", "BSM411"], "Builder HTML setting font family, text colour and centred alignment.")

m(50, "review-request", "html", "Votre avis sur la commande %s" % O[50],
  "<p><a href=\"https://www.savonnerie-oleron.fr\"><img src=\"https://www.savonnerie-oleron.fr/img/logo.png\" alt=\"Savonnerie d'Oléron, notre boutique en ligne\" width=\"180\"></a></p>"
  "<p>Bonjour,</p>"
  "<p>Si vous le souhaitez, vous pouvez laisser un avis sur vos savons (commande %s) sur Amazon, positif comme négatif.</p>"
  "<p>Cordialement,<br>Savonnerie d'Oléron</p>" % O[50],
  ["BSM302", "BSM304"], "Shop logo linked to the seller's website.")
