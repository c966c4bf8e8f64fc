"""v14 evaluation set, French (fr-FR). Standard library only."""

LANG, LOCALE, PREFIX = "fr", "fr-FR", "453"
MESSAGES = []


def _oid(n):
    a = (n * 7368421 + 1234567) % 9000000 + 1000000
    b = (n * 3141593 + 7654321) % 9000000 + 1000000
    return "%s-%07d-%07d" % (PREFIX, a, b)


def M(type_, fmt, subject, body, expected, note):
    n = len(MESSAGES) + 1
    oid = _oid(n)
    sub = lambda s: s.replace("{OID}", oid).replace("{OIDNH}", oid.replace("-", ""))
    MESSAGES.append({
        "id": "v14-%s-%03d" % (LANG, n), "language": LANG, "locale": LOCALE,
        "type": type_, "format": fmt, "subject": sub(subject), "body": sub(body),
        "order_id": oid, "expected": sorted(expected), "note": note,
    })


# ---------------------------------------------------------------- clean (17)
M("delivery-delay", "text", "Votre commande {OID} : petit retard de fabrication",
  "Bonjour Madame Lefèvre,\n\nVotre plaid en laine mérinos (coloris ardoise) est encore sur le métier : notre tisserande a pris trois jours de retard à cause d'une livraison de fil arrivée incomplète.\n\nNous prévoyons de l'expédier le jeudi 17 décembre, pour une arrivée chez vous vers le 19 ou le 21. Si ce nouveau délai ne vous convient pas, dites-le-nous simplement en répondant à ce message.\n\nToutes nos excuses pour ce contretemps.\n\nCamille, pour l'Atelier Laines du Vercors",
  [], "Clean plain-text delivery delay from a small weaving workshop with a new ship date.")

M("delivery-delay", "html", "Commande {OID} - nouvelle date d'expédition",
  "<p>Bonjour Monsieur Garnier,</p>\n<p>Le support mural que vous avez commandé le 2 décembre (réf. SM-440 noir mat) ne sortira de notre atelier de thermolaquage que la semaine prochaine.</p>\n<table border=\"1\" cellpadding=\"6\">\n<tr><td>Date d'expédition initiale</td><td>8 décembre 2026</td></tr>\n<tr><td>Nouvelle date prévue</td><td>15 décembre 2026</td></tr>\n<tr><td>Livraison estimée</td><td>17 au 18 décembre 2026</td></tr>\n</table>\n<p>Votre commande reste bien réservée ; vous n'avez rien à faire de votre côté.</p>\n<p>Cordialement,<br>\nThomas Roux<br>\n<small>Service clients - Ferronnerie Roux &amp; Fils</small></p>",
  [], "Clean builder-style HTML delay notice with a plain table and small text, no styling.")

M("order-problem", "text", "[Important] Commande {OID} : article indisponible, montant ajusté",
  "Bonjour,\n\nNous sommes au regret de vous informer que la théière en fonte « Nara » 1,2 L de votre commande {OID} n'est plus disponible : le dernier exemplaire en stock s'est révélé fêlé lors du contrôle avant emballage.\n\nNous avons donc ajusté le montant de votre commande (motif : rupture de stock). Le remboursement intégral de 64,90 € apparaîtra sur votre moyen de paiement sous 3 à 5 jours ouvrés.\n\nAvec nos excuses,\nL'équipe Maison du Thé Sarrazin",
  [], "Clean order problem with [Important] in the subject, confirming the amount was adjusted for lack of stock.")

M("additional-information", "text", "Gravure pour la commande {OID}",
  "Bonjour Monsieur Benali,\n\nPour lancer la gravure de votre planche à découper en noyer, il nous manque le texte exact à inscrire. Vous avez choisi l'option « prénom + date » mais le champ est resté vide au moment de la commande.\n\nPourriez-vous nous répondre avec :\n- le ou les prénoms (20 caractères maximum) ;\n- la date, au format que vous souhaitez voir gravé (ex. 12.06.2027 ou 12 juin 2027).\n\nDès réception, la planche part en gravure et l'expédition se fera sous 48 h.\n\nBien à vous,\nJulien - Bois & Braise",
  [], "Clean request for the engraving text needed to complete a personalised order.")

M("return-follow-up", "text", "Retour commande {OID} - proposition",
  "Bonjour Madame Perrin,\n\nNous avons bien noté votre demande de retour pour le lot de 6 verres soufflés, dont l'un est arrivé avec une petite bulle dans le pied.\n\nPlutôt que de renvoyer tout le lot, nous pouvons vous proposer un remboursement partiel de 15,00 € (le prix d'un verre) et vous gardez l'ensemble. Si vous préférez le retour complet, il reste bien sûr possible : indiquez-nous simplement votre choix en réponse.\n\nCordialement,\nSophie Marchand\nVerrerie des Alpilles",
  [], "Clean return follow-up offering a partial refund as an alternative.")

M("return-follow-up", "html", "Votre retour - commande {OID}",
  "<p>Bonjour,</p>\n<p>Votre demande de retour pour la veste de pluie (taille M) a bien été enregistrée. Pour la finaliser, nous avons besoin d'une précision :</p>\n<ul>\n<li>l'étiquette cousue à l'intérieur est-elle toujours présente ?</li>\n<li>le défaut concerne-t-il la fermeture éclair ou la couture de la capuche ?</li>\n</ul>\n<p>Une simple réponse à ce message suffit, avec une photo du défaut si possible.</p>\n<p>Merci d'avance,<br>Nadia, service après-vente Kerlouan Outdoor</p>",
  [], "Clean return follow-up asking for information needed to complete the return.")

M("invoice", "text", "Facture de votre commande {OID}",
  "Bonjour,\n\nVous trouverez ci-joint la facture n° FA/2026/12/0387 correspondant à votre commande {OID} du 3 décembre 2026, d'un montant de 249,00 € TTC (dont TVA 20 % : 41,50 €).\n\nCette facture est au nom de la société indiquée lors de votre achat ; si une mention manque pour votre comptabilité, faites-le-nous savoir.\n\nCordialement,\n\nLe service comptabilité\nBureaux & Assises SAS - 14 rue des Tanneurs, 69007 Lyon\nSIRET 812 345 678 00024 - RCS Lyon 812 345 678\nTVA intracommunautaire : FR 47 812345678 - Capital social 20 000 €",
  [], "Clean invoice with invoice number with slashes, SIRET, RCS and French VAT number.")

M("review-request", "text", "Votre avis sur la commande {OID}",
  "Bonjour Madame Dubois,\n\nVotre coussin de méditation est arrivé il y a une semaine environ. Si vous avez un moment, nous serions curieux de connaître votre avis : vous pouvez en laisser un sur la page du produit depuis la rubrique « Vos commandes » de votre compte Amazon.\n\nChaque retour, quel qu'il soit, nous aide à améliorer nos coutures et nos garnissages.\n\nBelle journée,\nAnaïs et Pierre, Atelier Sarrasin",
  [], "Clean neutral review request in plain text, no link.")

M("review-request", "html", "Un avis sur votre lampe ? (commande {OID})",
  "<p><img src=\"https://cdn.luminaires-oberlin.fr/img/logo-luminaires-oberlin.png\" alt=\"Logo Luminaires Oberlin\" width=\"180\" height=\"48\"></p>\n<p>Bonjour Monsieur Caron,</p>\n<p>Votre lampe de bureau en laiton vous a été livrée la semaine dernière. Votre retour d'expérience, positif ou non, est précieux pour les prochains acheteurs.</p>\n<p><a href=\"https://www.amazon.fr/review/create-review?asin=B0CX4LMP21\">Rédiger un commentaire sur Amazon</a></p>\n<p>Merci de votre lecture,<br>Luminaires Oberlin</p>",
  [], "Clean HTML review request with the shop logo (alt names the shop) and a descriptive https Amazon link.")

M("delivery-scheduling", "text", "Livraison de votre canapé - commande {OID}",
  "Bonjour Monsieur et Madame Fontaine,\n\nVotre canapé d'angle (3 colis, 96 kg au total) est prêt. Notre transporteur Trans-Meubles Bretagne livre sur rendez-vous, avec montée à l'étage. Voici les créneaux disponibles :\n\n- mardi 15 décembre, 8 h - 12 h\n- mercredi 16 décembre, 13 h 30 - 17 h 30\n- vendredi 18 décembre, 8 h - 12 h\n\nMerci de nous indiquer le créneau qui vous convient et l'étage de livraison (ascenseur oui/non).\n\nCordialement,\nMaëlle Guérin\nCanapés Armor",
  [], "Clean scheduling of a bulky delivery with dates and time slots.")

M("home-service-appointment", "text", "Rendez-vous de pose - commande {OID}",
  "Bonjour Madame Lambert,\n\nNotre technicien peut venir installer votre hotte aspirante aux dates suivantes :\n\nlundi 14/12/2026 entre 9 h et 11 h\njeudi 17/12/2026 entre 14 h et 16 h\n\nL'intervention dure environ 1 h 30. Merci de prévoir un accès dégagé au plan de travail et de nous confirmer l'une des deux dates.\n\nBien cordialement,\nHervé Colin - Pose & Service Île-de-France",
  [], "Clean home-service appointment proposal with dates and time ranges.")

M("custom-design-verification", "html", "BAT à valider - commande {OID}",
  "<p>Bonjour Léa,</p>\n<p>Voici le bon à tirer de votre faire-part de naissance (pièce jointe : <strong>BAT_faire-part_Lou_v2.pdf</strong>).</p>\n<p>Points à vérifier avant impression :</p>\n<ol>\n<li>l'orthographe du prénom et des noms ;</li>\n<li>la date et l'heure : 28 novembre 2026, 4 h 12 ;</li>\n<li>le poids et la taille : 3,240 kg, 50 cm.</li>\n</ol>\n<p>Répondez « BAT validé » si tout est bon, ou listez les corrections.</p>\n<p>À très vite,<br>Ophélie - Papeterie Petit Pois</p>",
  [], "Clean custom design proof sent for approval, with a PDF proof attachment named.")

M("fulfillment-question", "text", "Code d'accès pour la livraison {OID}",
  "Bonjour,\n\nVotre commande {OID} (colis réf. COL-55821/B) doit partir le 10 décembre avec notre transporteur, qui livre en main propre. L'adresse indiquée est celle d'une résidence, mais elle ne comporte ni digicode ni numéro de bâtiment.\n\nPourriez-vous nous communiquer le code de la porte d'entrée et, le cas échéant, le bâtiment et l'étage ? Nous les ajouterons au bordereau avant l'envoi.\n\nMerci,\nService logistique - Épicerie Fine Maréchal",
  [], "Clean question about the door code with parcel reference numbers.")

M("reply", "text", "Re: Question sur le « Cast Iron Skillet 26 cm » - commande {OID}",
  "Bonjour Monsieur Mercier,\n\nOui, la poêle « Cast Iron Skillet 26 cm » de la marque Lodge que vous avez commandée fonctionne sur tous les feux, induction comprise. Elle est livrée déjà culottée : un simple rinçage à l'eau chaude suffit avant la première utilisation, sans produit vaisselle.\n\nBonne cuisine,\nArnaud, La Cuisine du Comptoir",
  [], "Clean reply quoting an English product title inside French sentences.")

M("reply", "text", "Re: Panne de la machine à café - commande {OID}",
  "Bonjour Madame Rousseau,\n\nNous sommes désolés pour ce souci. Votre machine est couverte par la garantie constructeur de 2 ans, qui est gérée directement par le fabricant.\n\nLigne garantie du fabricant (service consommateurs Cafetto France) : 09 70 80 12 34, du lundi au vendredi de 9 h à 18 h. Munissez-vous du numéro de série inscrit sous le réservoir.\n\nSi le fabricant vous oriente vers un retour chez nous, nous nous en occuperons.\n\nCordialement,\nYannick - Maison Expresso",
  [], "Clean reply giving the manufacturer's warranty hotline, marked as such (BSM309 exception).")

M("reply", "html", "Re: Délai de livraison en Corse - commande {OID}",
  "<p>Bonjour,</p>\n<p>Les envois vers la Corse partent de notre entrepôt de Marseille par bateau : comptez 4 à 6 jours ouvrés pour votre lot de pots de miel, au lieu de 2 à 3 sur le continent. Aucun supplément n'est appliqué.</p>\n<p>Bien cordialement,<br>Clément Arnaud</p>\n<p><small>Les Ruchers du Luberon EARL - Chemin des Lavandes, 84160 Cucuron<br>\nSIRET 903 456 789 00017 - TVA FR 12 903456789 - N° EORI FR90345678900017</small></p>",
  [], "Clean reply with a company-details footer (address, SIRET, VAT, EORI).")

M("reply", "text", "Re: Remboursement de mon retour - commande {OID}",
  "Bonjour Monsieur Petit,\n\nVotre colis retour (numéro de suivi 8R01234567890, étiquette retour RMA-2026-1182) nous est parvenu le vendredi 4 décembre à 10 h 42. Après contrôle, le remboursement de 89,50 € a été lancé le lundi 7 décembre ; les frais de retour de 6,90 € sont à notre charge.\n\nSelon votre banque, le crédit apparaît sous 3 à 5 jours ouvrés.\n\nCordialement,\nÉmilie - Chaussures Vidal",
  [], "Clean reply with tracking and return numbers, dates, times and amounts.")

# ------------------------------------------------------------ violations (31)
M("fulfillment-question", "text", "Votre colis {OID} est en route",
  "Bonjour,\n\nBonne nouvelle : votre commande {OID} a quitté notre entrepôt ce matin et a été remise au transporteur Colissimo. Vous devriez la recevoir d'ici 48 heures.\n\nL'équipe Terre de Jardins",
  ["BSM201"], "Shipping confirmation: parcel left the warehouse and was handed to the carrier.")

M("fulfillment-question", "html", "Commande {OID} bien reçue",
  "<p>Bonjour Madame Morel,</p>\n<p>Nous avons bien reçu votre commande de bougies parfumées et notre équipe est déjà en train de la préparer avec soin. Vous serez prévenue dès qu'elle sera prête.</p>\n<p>À bientôt,<br>Les Cires de Provence</p>",
  ["BSM201"], "Order confirmation phrased as 'we received your order and are preparing it'.")

M("fulfillment-question", "text", "Merci ! - commande {OID}",
  "Bonjour Madame Henry,\n\nUn grand merci pour votre achat chez nous, cela nous fait vraiment plaisir.\n\nTrès belle fin d'année,\nJeanne - Les Savons de Jeanne",
  ["BSM202"], "Thanks-only message with nothing else.")

M("fulfillment-question", "text", "Commande {OID}",
  "Bonjour,\n\nSachez que notre équipe reste à votre entière disposition si la moindre question ou le moindre souci devait se présenter avec votre commande.\n\nCordialement,\nService clients Bricodeal",
  ["BSM202"], "Only says the seller is available if anything comes up.")

M("delivery-delay", "text", "Léger retard pour la commande {OID}",
  "Bonjour Monsieur Blanc,\n\nVotre jeu de couteaux japonais partira avec deux jours de retard, le mercredi 16 décembre, en raison d'un retard chez notre affûteur.\n\nMerci de votre patience,\nKenji & Lucie, Coutellerie Hamon\n\nP.S. Pour nous faire pardonner : -20 % sur toute la boutique jusqu'au 31 décembre, de quoi compléter vos cadeaux de Noël.",
  ["BSM203"], "Otherwise permitted delay notice with a P.S. promoting 20% off the whole range.")

M("reply", "html", "Re: Taille des bagues - commande {OID}",
  "<p>Bonjour,</p>\n<p>La bague de votre commande taille normalement ; si vous hésitez entre deux tailles, prenez la plus grande.</p>\n<p>Au passage, notre nouvelle collection d'hiver en argent recyclé vient de sortir ! Suivez-nous sur Instagram et inscrivez-vous à notre newsletter pour être la première informée des prochaines nouveautés.</p>\n<p>Belle journée,<br>Manon - Bijoux Clair de Lune</p>",
  ["BSM203"], "Reply that adds a new collection, follow us and newsletter invitation.")

M("review-request", "text", "Votre avis compte - commande {OID}",
  "Bonjour Madame Girard,\n\nSi vous prenez le temps de laisser un commentaire sur votre bouilloire, nous vous enverrons une petite attention pour vous remercier, dès que l'avis sera publié.\n\nBien à vous,\nL'équipe Cuisine Nomade",
  ["BSM204"], "Small token of appreciation promised once the review is published.")

M("review-request", "text", "Commande {OID} : votre commentaire",
  "Bonjour,\n\nNous vous proposons une offre exceptionnelle : laissez un commentaire sur votre lampe frontale et nous vous remboursons intégralement votre achat dès que l'avis apparaît en ligne. Envoyez-nous simplement une capture d'écran en réponse à ce message.\n\nCordialement,\nOutdoor Pro Équipement",
  ["BSM204"], "Full refund offered once the review is online.")

M("reply", "text", "Re: Problème avec le grille-pain - commande {OID}",
  "Bonjour Monsieur Faure,\n\nComme convenu, nous vous avons remboursé le grille-pain défectueux la semaine dernière. Maintenant que le problème est réglé, serait-il possible de modifier votre commentaire à une étoile, voire de le retirer ? Il pèse beaucoup sur notre petite boutique.\n\nMerci de votre compréhension,\nDamien - Électro Faure Frères",
  ["BSM205"], "Asks the buyer to update or remove a one-star review.")

M("review-request", "text", "Comment trouvez-vous votre tapis ? (commande {OID})",
  "Bonjour,\n\nVous êtes content de votre tapis berbère ? Alors un commentaire sur Amazon nous ferait très plaisir. Et si quelque chose ne vous plaît pas, écrivez-nous plutôt directement avant de publier quoi que ce soit : nous trouverons une solution.\n\nChaleureusement,\nTapis d'Atlas",
  ["BSM206"], "Review only if satisfied; unhappy buyers steered to contact the seller instead.")

M("review-request", "html", "5 étoiles pour la commande {OID} ?",
  "<p>Bonjour Madame Legrand,</p>\n<p>Votre sac à dos en toile cirée est bien arrivé. Si vous avez deux minutes, pourriez-vous nous mettre 5 étoiles sur Amazon ? Cela aide énormément une petite maroquinerie comme la nôtre.</p>\n<p><a href=\"https://www.amazon.fr/review/create-review?asin=B0D1SAC777\">Laisser un commentaire sur Amazon</a></p>\n<p>Merci,<br>Maroquinerie Vasseur</p>",
  ["BSM206"], "Asks for a five-star rating.")

M("delivery-delay", "text", "Votre commande {OID} - rupture de stock",
  "Bonjour,\n\nLe fauteuil en rotin de votre commande {OID} est en rupture chez notre fournisseur et nous n'avons pas de date de réapprovisionnement. Le plus simple et le plus rapide pour vous est d'annuler vous-même la commande depuis votre compte Amazon (Vos commandes > Annuler des articles).\n\nDésolés pour ce désagrément,\nRotin & Co",
  ["BSM108"], "Out of stock: advises the buyer that cancelling themselves is quickest.")

M("order-problem", "text", "Problème avec votre commande {OID}",
  "Bonjour Monsieur Robin,\n\nMalheureusement, la dernière paire de chaussons en feutre en pointure 42 a été vendue en boutique avant que nous ne puissions préparer votre colis. Nous vous serions reconnaissants de bien vouloir déposer une demande d'annulation de votre côté, afin que la commande soit close.\n\nToutes nos excuses,\nFeutres du Jura",
  ["BSM107", "BSM108"], "Order problem asking for a cancellation request, without confirming any amount adjustment.")

M("delivery-delay", "text", "Expédition décalée - commande {OID}",
  "Bonjour,\n\nVotre kit de brassage amateur sera expédié le 18 décembre au lieu du 11, le temps de recevoir les bouteilles de notre verrier.\n\nCordialement,\nBrasserie Maison Duval\n\nVous ne souhaitez plus recevoir nos messages ? Répondez STOP à cet e-mail.",
  ["BSM305"], "Delay notice with a 'reply STOP' opt-out instruction.")

M("reply", "text", "Re: Colis abîmé - commande {OID}",
  "Bonjour,\n\nFranchement, c'est la troisième fois ce mois-ci que ce transporteur de merde nous bousille un colis. On en a ras le cul. Nous vous renvoyons un vase neuf demain, bien calé cette fois.\n\nDésolé,\nGaël - Céramiques du Marais",
  ["BSM306"], "Reply with French profanity about the carrier.")

M("delivery-delay", "text", "Order {OID} - delayed",
  "Hello Mrs Bertrand,\n\nUnfortunately your ceramic dinner set will leave our workshop about one week later than planned, on 16 December. We are sorry for the wait and will keep your order reserved.\n\nKind regards,\nPoterie du Lot",
  ["BSM104"], "Delay notice to a French buyer written entirely in English.")

M("reply", "text", "Re: Fixation du store - commande {OID}",
  "Bonjour Monsieur Dumas,\n\nLe plus simple pour vous guider dans le montage des supports, c'est de nous appeler : notre atelier répond au 04 76 52 18 39 du lundi au vendredi.\n\nÀ bientôt,\nStores Dauphiné",
  ["BSM309"], "Seller's own phone number in national format.")

M("reply", "html", "Re: Taille du bureau - commande {OID}",
  "<p>Bonjour,</p>\n<p>Le plateau mesure 140 x 70 cm et la hauteur est réglable de 72 à 118 cm.</p>\n<p>Pour toute autre question, notre conseillère Inès est joignable sur WhatsApp au +33 6 71 24 58 90.</p>\n<p>Cordialement,<br>Mobilier Ergonomique Ledoux</p>",
  ["BSM309"], "Seller's mobile number in international format.")

M("reply", "text", "Re: Facture pour mon entreprise - commande {OID}",
  "Bonjour,\n\nPour ajouter le nom de votre entreprise sur la facture, écrivez-nous directement à compta@atelier-baudin.fr en précisant votre numéro de TVA.\n\nCordialement,\nAtelier Baudin",
  ["BSM308"], "Plain e-mail address in the text.")

M("reply", "text", "Re: Photos de la pièce cassée - commande {OID}",
  "Bonjour Madame Noël,\n\nLes photos sont trop lourdes pour la messagerie ? Envoyez-les à sav arobase jouets-bois-lemaire point fr, nous vous répondrons dans la journée.\n\nBien à vous,\nJouets en Bois Lemaire",
  ["BSM308"], "Obfuscated e-mail address written with 'arobase' and 'point'.")

M("reply", "html", "Re: Entretien de la planche - commande {OID}",
  "<p>Bonjour,</p>\n<p>Pour que votre planche en olivier garde sa couleur, huilez-la une fois par mois avec une huile alimentaire. Nous avons rassemblé tous nos conseils d'entretien dans un article :</p>\n<p><a href=\"https://www.olivier-et-cie.fr/blog/entretenir-bois-olivier\">Nos conseils pour entretenir le bois d'olivier</a></p>\n<p>Bonne dégustation,<br>Olivier &amp; Cie</p>",
  ["BSM302"], "https link to the seller's own blog, not needed to complete the order.")

M("reply", "html", "Re: Compatibilité de la cartouche - commande {OID}",
  "<p>Bonjour,</p>\n<p>La cartouche filtrante que vous avez reçue est compatible avec les carafes de 2,4 L. La liste complète des modèles figure sur la fiche du produit :</p>\n<p><a href=\"http://www.amazon.fr/dp/B0CFILT244\">Fiche produit de la cartouche sur Amazon</a></p>\n<p>Cordialement,<br>Aquapure Distribution</p>",
  ["BSM301"], "Descriptive link to Amazon over http instead of https.")

M("delivery-delay", "html", "Votre horloge arrive bientôt - commande {OID}",
  "<p>Bonjour Monsieur Lucas,</p>\n<p>Votre horloge murale sera expédiée le 14 décembre au lieu du 9 : le mécanisme silencieux que nous montons arrive cette semaine.</p>\n<p><img src=\"https://www.horlogerie-vernier.fr/produits/horloge-murale-chene-40cm.jpg\" alt=\"Horloge murale en chêne 40 cm\" width=\"300\"></p>\n<p>Merci de votre patience,<br>Horlogerie Vernier</p>",
  ["BSM310"], "Includes a photo of the purchased product.")

M("review-request", "html", "Votre avis - commande {OID}",
  "<p><img src=\"https://images.banque-photos.example.com/sapin-de-noel-neige.jpg\" alt=\"Sapin de Noël sous la neige\" width=\"400\"></p>\n<p>Bonjour,</p>\n<p>Votre écharpe en cachemire a été livrée il y a une semaine. Un commentaire sur Amazon, quel que soit votre avis, aide les autres acheteurs à choisir.</p>\n<p><a href=\"https://www.amazon.fr/review/create-review?asin=B0ECHARPE9\">Donner mon avis sur Amazon</a></p>\n<p>Cachemire &amp; Tradition</p>",
  ["BSM311"], "Stock Christmas-tree image unrelated to the shop.")

M("delivery-scheduling", "html", "Créneau de livraison - commande {OID}",
  "<p><img src=\"https://static.literie-delaunay.fr/logo-literie-delaunay.png\" alt=\"\" width=\"160\"></p>\n<p>Bonjour,</p>\n<p>Votre matelas 160 x 200 sera livré par deux personnes. Merci de choisir un créneau : le lundi 14 décembre (8 h - 13 h) ou le mardi 15 décembre (13 h - 18 h).</p>\n<p>Cordialement,<br>Literie Delaunay</p>",
  ["BSM402"], "Shop logo with an empty alt attribute.")

M("additional-information", "text", "Choix du coloris - commande {OID}",
  "Bonjour Chloé,\n\nPetite question avant de coudre votre housse de coussin : vous voulez le passepoil en moutarde ou en terracotta ? 🧵 Les deux rendent super bien avec le velours vert ! 😊\n\nMargaux - Atelier Fil Rouge",
  ["BSM403"], "Emoji in an otherwise permitted request for information.")

M("reply", "text", "Re: Taille du pull - commande {OID}",
  "Bonjour,\n\nLe pull taille grand, donc si vous hésitez entre S et M, le S devrait parfaitement convenir :)\n\nBonne journée ;-)\nLaure - Tricots de Normandie",
  ["BSM403"], "Text emoticons in a reply.")

M("delivery-delay", "html", "Retard de votre commande {OID}",
  "<style>\np { font-size: 14px; }\nh2 { font-size: 22px; }\n.note { font-size: 11px; }\n.date { font-size: 18px; }\n</style>\n<h2>Petit retard</h2>\n<p>Bonjour,</p>\n<p>Votre service à raclette sera expédié le :</p>\n<p class=\"date\">jeudi 17 décembre 2026</p>\n<p>Nous vous prions de nous excuser pour ce délai.</p>\n<p class=\"note\">Fromagerie Équipement - Annecy</p>",
  ["BSM410"], "Four explicit font sizes set in a style block.")

M("invoice", "text", "Facture de la commande {OID}",
  "Bonjour,\n\nVeuillez trouver en pièce jointe la facture FAC/2026/1208 de votre commande.\n\n\n\nMontant total : 37,80 € TTC\n\n\nCordialement,\nLibrairie du Vieux Port",
  ["BSM412"], "Invoice text with runs of several blank lines.")

M("review-request", "text", "[Important] Votre avis sur la commande {OID}",
  "Bonjour,\n\nVotre théière en grès vous a été livrée il y a quelques jours. Quand vous aurez eu l'occasion de l'utiliser, vous pouvez laisser un commentaire sur la page du produit, depuis « Vos commandes ».\n\nCordialement,\nGrès & Argile",
  ["BSM110"], "[Important] tag on a neutral review request, which is not critical.")

M("fulfillment-question", "html", "Notice de montage - commande {OID}",
  "<p>Bonjour,</p>\n<p>Avant de monter votre étagère murale, pensez à prévoir six chevilles adaptées à votre mur. La notice de montage est disponible sur la page du produit : <a href=\"https://www.amazon.fr/dp/B0ETAGERE1\">cliquez ici</a>.</p>\n<p>Cordialement,<br>Bois Brut Design</p>",
  ["BSM401"], "Link text 'cliquez ici' does not say where it goes.")

# ------------------------------------------------------------------ vary (2)
M("delivery-delay", "html", "Commande {OID} : nouvelle date",
  "<div style=\"font-family: Georgia, serif; line-height: 1.8; color: #4a3b2c; text-align: center;\">\n<p>Bonjour Madame Chevalier,</p>\n<p>Votre bougeoir en étain sera expédié le 16 décembre au lieu du 10 : notre fondeur termine une série.</p>\n<p>Merci de votre patience,<br>Étains de Bourgogne</p>\n</div>",
  ["BSM407", "BSM408", "BSM409", "BSM411"], "Builder wrapper setting font family, line height, colour and centred text.")

M("review-request", "html", "Votre avis sur votre commande {OID}",
  "<p><a href=\"https://www.la-fabrique-a-jeux.fr\"><img src=\"https://www.la-fabrique-a-jeux.fr/img/logo-fabrique-a-jeux.png\" alt=\"Logo La Fabrique à Jeux\" width=\"150\"></a></p>\n<p>Bonjour,</p>\n<p>Votre jeu de société a été livré il y a une semaine. Si vous le souhaitez, vous pouvez partager votre avis sur Amazon :</p>\n<p><a href=\"https://www.amazon.fr/review/create-review?asin=B0JEUSOC42\">Écrire un commentaire sur Amazon</a></p>\n<p>La Fabrique à Jeux</p>",
  ["BSM302", "BSM304"], "Shop logo linked to the seller's website.")
