"""v28 blind evaluation set: French messages (fr-FR, a few fr-BE)."""

LANG = "fr"


def _oid(n):
    a = (3141592 + n * 271829) % 10000000
    b = (2718281 + n * 314159) % 10000000
    return "594-%07d-%07d" % (a, b)


MESSAGES = []


def _m(n, typ, fmt, subject, body, expected, note, locale="fr-FR"):
    o = _oid(n)
    MESSAGES.append({
        "id": "v28-fr-%03d" % n,
        "language": LANG,
        "locale": locale,
        "type": typ,
        "format": fmt,
        "subject": subject.replace("{o}", o),
        "body": body.replace("{o}", o),
        "order_id": o,
        "expected": sorted(expected),
        "note": note,
    })


# ---------------------------------------------------------------- clean (17)
_m(1, "delivery-delay", "text", "Commande {o} : petit retard d'expédition",
   "Bonjour Madame Lefèvre,\n\nLa théière en fonte que vous avez choisie (commande {o}) nous arrive de l'atelier avec quelques jours de décalage. Elle partira chez vous le jeudi 17 décembre au plus tard, au lieu du 11 annoncé sur la fiche.\n\nToutes nos excuses pour ce contretemps. Si ce nouveau délai ne vous convient pas, dites-le-nous simplement en répondant à ce message.\n\nBien cordialement,\nJulien, pour Le Comptoir du Thé Noir", [],
   "Plain-text delivery delay with a new ship date; no confirmation of shipment.")

_m(2, "delivery-delay", "html", "Votre commande {o} – nouvelle date",
   "<p>Bonjour M. Garnier,</p><p>Nous tenions à vous prévenir : le <strong>tabouret haut en chêne massif</strong> de votre commande {o} demande un temps de séchage de vernis plus long que prévu.</p><table><tr><td>Date initiale</td><td>9 décembre 2026</td></tr><tr><td>Nouvelle date d'expédition</td><td>16 décembre 2026</td></tr></table><p>Nous sommes désolés pour cette attente. Vous pouvez nous répondre directement ici pour toute question.</p><p>L'équipe Bois &amp; Brindilles<br>Atelier de menuiserie – Annecy</p>", [],
   "Builder-style HTML delivery delay with a plain table and no styling.")

_m(3, "order-problem", "text", "[Important] Article indisponible – commande {o}",
   "Bonjour,\n\nMauvaise nouvelle concernant votre commande {o} : le coffret de 12 crayons aquarelle « Sépia » est en rupture chez notre fournisseur et nous ne pourrons pas vous l'envoyer.\n\nNous avons ajusté le montant de votre commande en conséquence : les 24,90 € correspondants vous sont remboursés sur votre moyen de paiement Amazon (motif : rupture de stock). Le reste de la commande n'est pas concerné.\n\nEncore désolée,\nCamille Roux\nPapeterie des Canuts", [],
   "Order problem confirming the adjusted amount, with [Important] which this critical type may carry.")

_m(4, "additional-information", "text", "Gravure – une précision pour la commande {o}",
   "Bonjour Monsieur Dubois,\n\nPour graver votre montre (commande {o}), il nous manque une info : souhaitez-vous le texte « Pour Hélène – 12.06.1998 » en lettres capitales ou en écriture anglaise ?\n\nSans réponse de votre part d'ici le 14/12, nous partirons sur les capitales, comme sur la photo d'exemple de la fiche produit.\n\nMerci d'avance,\nSophie – Gravures Martin & Fils", [],
   "Request for the engraving detail needed to complete the order.")

_m(5, "return-follow-up", "text", "Retour du plaid – commande {o}",
   "Bonjour Madame Nguyen,\n\nNous avons bien lu votre demande de retour pour le plaid en laine (commande {o}) et la petite tache décrite sur le bord.\n\nPlutôt que de vous faire renvoyer le colis, nous pouvons vous proposer un remboursement partiel de 15,00 € et vous gardez le plaid. Si cela vous convient, il suffit de nous répondre « d'accord » ; sinon, le retour classique reste bien sûr possible.\n\nBelle journée,\nAmélie\nLaines de la Vallée", [],
   "Return follow-up offering a partial refund.")

_m(6, "return-follow-up", "html", "Votre retour – commande {o}",
   "<p>Bonjour,</p><p>Pour finaliser le retour du casque audio de la commande {o}, pourriez-vous nous indiquer le <strong>numéro de série</strong> inscrit sous l'arceau gauche (il commence par HX) ?</p><p>Nous en avons besoin pour l'échange auprès du constructeur.</p><p>Merci,<br>Service client – SonOptique</p>", [],
   "HTML return follow-up asking for the serial number needed to complete the return.")

_m(7, "invoice", "text", "Facture de votre commande {o}",
   "Madame, Monsieur,\n\nVeuillez trouver en pièce jointe la facture n° FA/2026/12/0457 relative à votre commande Amazon {o}, établie au nom de votre société comme demandé.\n\nMontant HT : 412,50 €\nTVA 20 % : 82,50 €\nMontant TTC : 495,00 €\n\nCordialement,\n\nService comptabilité\nEquipPro Bureau SAS – 14 rue des Tanneurs, 69002 Lyon\nSIRET 812 345 678 00026 – RCS Lyon 812 345 678\nN° TVA intracommunautaire : FR 47 812345678", [],
   "Invoice with slash-separated invoice number, SIRET, RCS and VAT numbers.")

_m(8, "review-request", "text", "Votre avis sur la commande {o}",
   "Bonjour Thomas,\n\nVotre sac à dos est arrivé il y a quelques jours. Quand vous aurez eu le temps de l'utiliser, un avis sur Amazon, positif ou négatif, aiderait d'autres randonneurs à se décider.\n\nMerci pour le temps que vous y consacrerez.\n\nPierre\nSentiers & Sacs", [],
   "Neutral plain-text review request.")

_m(9, "review-request", "html", "Un mot sur votre commande {o} ?",
   "<p><img src=\"https://static.la-savonnerie-dolivia.fr/img/logo-savonnerie-dolivia.png\" alt=\"Logo La Savonnerie d'Olivia\" width=\"160\"></p><p>Bonjour Madame Caron,</p><p>Vous avez reçu vos savons au lait d'ânesse (commande {o}) la semaine dernière. Votre retour nous intéresse, quel qu'il soit.</p><p>Vous pouvez le partager sur <a href=\"https://www.amazon.fr/review/create-review\">la page d'avis Amazon de votre commande</a>.</p><p>Olivia<br><small>La Savonnerie d'Olivia – fabrication artisanale dans la Drôme</small></p>", [],
   "HTML review request with the shop logo (alt names the shop) and a descriptive https Amazon link.")

_m(10, "delivery-scheduling", "text", "Livraison de votre canapé – commande {o}",
   "Bonjour Monsieur Benali,\n\nVotre canapé d'angle (commande {o}) sera livré par notre transporteur spécialisé, avec montée à l'étage. Merci de choisir l'un des créneaux suivants :\n\n- mardi 15 décembre, 8 h – 12 h\n- mercredi 16 décembre, 13 h – 17 h\n- samedi 19 décembre, 9 h – 13 h\n\nRépondez simplement avec le créneau retenu et, le cas échéant, l'étage et la présence d'un ascenseur.\n\nCordialement,\nNadia – Maison Confort Literie", [],
   "Delivery scheduling of a bulky item with dates and time slots.")

_m(11, "home-service-appointment", "text", "Rendez-vous pose – commande {o}",
   "Bonjour Mme Petit,\n\nSuite à votre achat du service d'installation du lave-vaisselle (commande {o}), notre technicien, Karim, peut passer :\n\nle lundi 14/12 entre 14h00 et 16h00,\nou le vendredi 18/12 entre 8h30 et 10h30.\n\nMerci de nous indiquer la date qui vous arrange. Prévoyez un accès dégagé au robinet d'arrivée d'eau.\n\nBonne soirée,\nL'équipe Électro Services Nantes", [],
   "Home-service appointment with two time slots.")

_m(12, "custom-design-verification", "text", "BAT de votre faire-part – commande {o}",
   "Bonjour Léa et Maxime,\n\nVoici le bon à tirer de vos faire-part de mariage (commande {o}), en pièce jointe au format PDF.\n\nMerci de vérifier attentivement les prénoms, la date (samedi 12 juin 2027) et l'adresse de la mairie. Dès votre validation, nous lançons l'impression des 80 exemplaires.\n\nSi une correction est nécessaire, notez-la dans votre réponse, nous vous renverrons un nouveau BAT sous 24 h.\n\nBien à vous,\nClémence\nPapier Plume Atelier", [],
   "Custom design proof (BAT) for verification.")

_m(13, "fulfillment-question", "text", "Code d'accès pour la livraison {o}",
   "Bonjour,\n\nD'après l'adresse indiquée pour la commande {o}, votre résidence (bât. C) est fermée par un digicode. Pour que notre livreur puisse accéder à votre porte le jour de la livraison, pourriez-vous nous communiquer le code d'accès ainsi que l'étage ?\n\nRéférence transporteur : LIV-2026-448190\nRéférence dossier interne : DS/7731\n\nMerci d'avance,\nMarc – Jardin Express", [],
   "Fulfillment question about a door code with reference numbers.")

_m(14, "reply", "text", "Re: question sur la commande {o}",
   "Bonjour Monsieur Laurent,\n\nOui, le jeu « Ticket to Ride: Europe » que vous avez commandé (commande {o}) est bien la version française : boîte, règles et cartes sont en français, seul le titre reste en anglais sur la boîte.\n\nBonne partie !\nAntoine – La Ludothèque du Vieux Port", [],
   "Reply quoting an English product title inside French sentences.")

_m(15, "reply", "text", "Re: panne de la perceuse – {o}",
   "Bonjour,\n\nDésolés d'apprendre que votre perceuse (commande {o}) ne démarre plus après trois semaines.\n\nElle est couverte par la garantie constructeur de deux ans. Le plus rapide est de contacter directement le fabricant :\nHotline garantie du fabricant Ferromax : 09 70 12 34 56 (lun.–ven., 9 h – 18 h)\n\nIls vous enverront une étiquette de retour gratuite. Tenez-nous au courant si besoin.\n\nCordialement,\nBricol'Discount", [],
   "Reply with the manufacturer's warranty hotline marked as such (BSM309 exception).")

_m(16, "reply", "text", "Re: facture pro – {o}", 
   "Bonjour Madame Janssens,\n\nBien sûr, nous pouvons libeller la facture de la commande {o} au nom de votre ASBL. Il nous suffit de recevoir, en réponse à ce message, la dénomination exacte et votre numéro d'entreprise.\n\nCordialement,\n\nValérie Peeters\nResponsable administrative\nDélices d'Ardenne SRL\nRue de la Station 27, 6900 Marche-en-Famenne, Belgique\nNuméro d'entreprise : BE 0712.345.678 – RPM Liège, division Marche-en-Famenne", [],
   "Reply for a Belgian buyer with a company-details footer (BCE number).", locale="fr-BE")

_m(17, "reply", "text", "Re: remboursement du retour – {o}",
   "Bonjour,\n\nVotre colis retour (n° de suivi 6A12345678901, numéro de retour R-2026-00318) a été réceptionné à notre entrepôt le 3 décembre à 10 h 42.\n\nLe remboursement de 59,90 € pour la commande {o} a été lancé le 4 décembre ; comptez 3 à 5 jours ouvrés selon votre banque.\n\nBonne fin de semaine,\nInès – Chaussures Vauban", [],
   "Reply with return tracking and return numbers, dates, times and amounts.")

# ---------------------------------------------------------------- violations
_m(18, "delivery-delay", "text", "Commande {o} en route",
   "Bonjour,\n\nBonne nouvelle : votre colis a quitté notre entrepôt ce matin et a été remis à Colissimo vers 11 h. Il devrait arriver d'ici deux jours (commande {o}).\n\nÀ bientôt,\nL'équipe Terre de Pots", ["BSM201"],
   "Shipment confirmation: parcel left the warehouse and handed to the carrier.")

_m(19, "additional-information", "text", "Commande {o}",
   "Bonjour Madame Morel,\n\nNous vous confirmons la bonne réception de votre commande {o}. Nos préparateurs s'en occupent dès aujourd'hui, avec le plus grand soin.\n\nCordialement,\nMiel des Cévennes", ["BSM201"],
   "Order confirmation: order received and being prepared.")

_m(20, "reply", "text", "Merci ! – {o}",
   "Un grand merci pour votre confiance et à très bientôt !\n\nToute l'équipe Kraft & Co\nCommande {o}", ["BSM202"],
   "Thanks-only message with the order number.")

_m(21, "additional-information", "text", "Votre commande {o}",
   "Bonjour,\n\nSi jamais vous avez la moindre question concernant votre commande {o}, n'hésitez pas : nous restons à votre entière disposition.\n\nBonne journée,\nService client Atelier Lumière", ["BSM202"],
   "Only an offer to help if anything comes up.")

_m(22, "delivery-delay", "text", "Retard – commande {o}",
   "Bonjour Monsieur Fabre,\n\nVotre lampe de bureau (commande {o}) partira avec environ 4 jours de retard, soit le 15/12 au lieu du 11/12. Nous en sommes désolés.\n\nCordialement,\nLumen Déco\n\nP.S. : profitez de -20 % sur toute la boutique avec le code LUMEN20, jusqu'au 31 décembre !", ["BSM203"],
   "Otherwise permitted delay with a P.S. offering 20 % off the whole range.")

_m(23, "review-request", "text", "Votre commande {o}",
   "Bonjour,\n\nNous espérons que votre écharpe vous tient chaud ! Si vous le souhaitez, un avis sur Amazon nous aide beaucoup (commande {o}).\n\nEt pour ne rien rater : suivez-nous sur Instagram et abonnez-vous à notre lettre d'information, la nouvelle collection d'hiver arrive la semaine prochaine.\n\nÀ bientôt,\nMaille & Merveille", ["BSM203"],
   "Follow us, newsletter and new collection in a review request.")

_m(24, "review-request", "text", "Un petit geste pour vous – {o}",
   "Bonjour Claire,\n\nVotre avis compte énormément pour notre petite fromagerie en ligne. Dès que votre commentaire sur le plateau de fromages (commande {o}) est publié sur Amazon, faites-nous signe : un petit cadeau de remerciement vous attend pour votre prochaine commande.\n\nFromagement vôtre,\nLa Cave à Tomme", ["BSM204"],
   "Small gift promised once the review is published.")

_m(25, "review-request", "text", "Commande {o} – votre avis",
   "Bonjour,\n\nNous vous proposons un arrangement : laissez un avis sur le tapis de yoga acheté (commande {o}) et, dès qu'il est en ligne, nous vous remboursons l'intégralité de votre achat.\n\nNamasté,\nZen Attitude Shop", ["BSM204"],
   "Full refund as soon as the review is online.")

_m(26, "reply", "text", "Re: votre avis – commande {o}",
   "Bonjour Monsieur Girard,\n\nNous avons remplacé la bouilloire défectueuse et vous avez confirmé que la nouvelle fonctionne parfaitement. Maintenant que le problème est réglé, accepteriez-vous de revoir, voire de retirer, l'avis à une étoile laissé sur la commande {o} ?\n\nMerci de votre compréhension,\nCuisine Pratique", ["BSM205"],
   "Asks the buyer to update or remove a one-star review.")

_m(27, "review-request", "text", "Satisfait ? – commande {o}",
   "Bonjour,\n\nVous êtes content de votre coque de téléphone ? Alors laissez-nous un petit avis sur Amazon (commande {o}) !\n\nQuelque chose ne va pas ? Dans ce cas, pas d'avis : écrivez-nous d'abord, on trouvera une solution ensemble.\n\nCoquesPlus", ["BSM206"],
   "Review only if satisfied, otherwise contact the shop instead.")

_m(28, "review-request", "html", "Votre avis sur la commande {o}",
   "<p>Bonjour Madame Blanc,</p><p>Merci d'avoir choisi nos bougies parfumées (commande {o}).</p><p>Si vous avez quelques secondes, nous serions ravis que vous nous attribuiez <strong>5 étoiles</strong> sur <a href=\"https://www.amazon.fr/review/create-review\">la page d'avis Amazon de votre commande</a>.</p><p>Lucie – Bougies de Provence</p>", ["BSM206"],
   "Asks for a five-star rating.")

_m(29, "order-problem", "text", "Commande {o} – rupture",
   "Bonjour,\n\nLe fauteuil en rotin de votre commande {o} est malheureusement en rupture de stock définitive. Nous avons ajusté le montant de votre commande à hauteur de l'article (motif : rupture de stock).\n\nPour que le dossier soit clos le plus rapidement, le mieux est que vous demandiez vous-même l'annulation depuis la rubrique « Vos commandes ».\n\nCordialement,\nRotin & Co", ["BSM108"],
   "Advises the buyer to cancel themselves because stock ran out (amount adjusted).")

_m(30, "order-problem", "text", "Commande {o}",
   "Madame, Monsieur,\n\nNous sommes au regret de vous informer que l'aspirateur balai commandé ({o}) n'est plus disponible chez notre grossiste.\n\nNous vous serions reconnaissants de bien vouloir nous adresser une demande d'annulation via votre compte Amazon, afin que nous puissions traiter la commande.\n\nVeuillez agréer nos salutations distinguées,\nMénager Plus SARL", ["BSM107", "BSM108"],
   "Polite request for a cancellation request, without confirming the adjustment.")

_m(31, "delivery-delay", "text", "Retard – commande {o}",
   "Bonjour,\n\nLa housse de couette en lin (commande {o}) sera expédiée le 18 décembre au lieu du 12. Merci de votre patience.\n\nLinge de Maison Clément\n\nPour ne plus recevoir nos messages, répondez STOP.", ["BSM305"],
   "Opt-out instruction (reply STOP).")

_m(32, "delivery-delay", "text", "Commande {o} – on a un souci",
   "Salut,\n\nHonnêtement, notre fournisseur de merde nous a encore planté : les pièces pour votre vélo d'appartement (commande {o}) n'arriveront pas avant le 20. On vous l'expédie le 21 décembre au plus tard.\n\nDésolé pour ce bordel,\nGreg – CycloFit", ["BSM306"],
   "French profanity in a delay notice.")

_m(33, "delivery-delay", "text", "Order {o} – delay",
   "Hello,\n\nUnfortunately the ceramic vase in your order {o} will be dispatched a few days late: the new date is 16 December instead of 10 December. We apologise for the inconvenience.\n\nKind regards,\nTerre d'Argile", ["BSM104"],
   "Whole message in English to an fr-FR buyer.")

_m(34, "reply", "text", "Re: taille du manteau – {o}",
   "Bonjour Madame,\n\nPour l'échange de taille du manteau (commande {o}), le plus simple est de m'appeler directement au 06 12 48 75 33, je vous explique tout en deux minutes.\n\nBien à vous,\nNathalie – Boutique Élégance", ["BSM309"],
   "Seller mobile number in national format.")

_m(35, "additional-information", "text", "Commande {o} – adresse",
   "Bonjour,\n\nL'adresse de livraison de la commande {o} semble incomplète (il manque le numéro de rue). Vous pouvez nous répondre ici ou joindre notre service client au +33 4 78 62 19 40.\n\nCordialement,\nDistriPro Lyon", ["BSM309"],
   "Seller phone number in international format.")

_m(36, "reply", "text", "Re: photos du défaut – {o}",
   "Bonjour,\n\nPour que nous puissions examiner le défaut de la commande {o}, envoyez-nous les photos à sav@atelier-verrier.fr, ce sera plus pratique que la messagerie.\n\nMerci,\nL'Atelier Verrier", ["BSM308"],
   "Plain e-mail address.")

_m(37, "return-follow-up", "text", "Retour commande {o}",
   "Bonjour,\n\nPour finaliser le retour (commande {o}), merci de nous envoyer une photo du numéro de lot imprimé sur le bocal à l'adresse retours arobase maison-terroir point fr.\n\nCordialement,\nMaison Terroir", ["BSM308"],
   "Obfuscated e-mail address (arobase / point).")

_m(38, "reply", "html", "Re: entretien du cuir – {o}",
   "<p>Bonjour,</p><p>Pour entretenir votre sacoche en cuir (commande {o}), vous trouverez toutes nos recommandations dans <a href=\"https://www.maroquinerie-bastide.fr/guide-entretien-cuir\">notre guide d'entretien du cuir</a>.</p><p>Bonne journée,<br>Maroquinerie Bastide</p>", ["BSM302"],
   "Descriptive https link to the seller's own website.")

_m(39, "review-request", "html", "Votre avis – commande {o}",
   "<p>Bonjour,</p><p>Vos gants de jardinage (commande {o}) vous ont-ils été utiles ? Vous pouvez partager votre expérience sur <a href=\"http://www.amazon.fr/review/create-review\">la page d'avis Amazon de votre commande</a>.</p><p>Merci,<br>Les Jardins de Margaux</p>", ["BSM301"],
   "Insecure http link to Amazon with descriptive text.")

_m(40, "reply", "html", "Re: couleur du mug – {o}",
   "<p>Bonjour Monsieur Henry,</p><p>Voici une photo du mug que vous avez commandé (commande {o}) : le bleu est bien celui de la fiche produit, légèrement plus profond à la lumière du jour.</p><p><img src=\"https://cdn.poterie-du-lac.fr/produits/mug-gres-bleu-nuit.jpg\" alt=\"Mug en grès bleu nuit\" width=\"300\"></p><p>Poterie du Lac</p>", ["BSM310"],
   "Photo of the purchased product.")

_m(41, "delivery-delay", "html", "Fermeture des fêtes – commande {o}",
   "<p>Bonjour,</p><p>Notre atelier ferme du 24 décembre au 2 janvier. Votre commande {o} sera donc expédiée le 4 janvier.</p><p><img src=\"https://images.stockphotos-example.com/plage-tropicale-coucher-soleil.jpg\" alt=\"Plage tropicale au coucher du soleil\" width=\"400\"></p><p>Bonnes fêtes,<br>Créations Némo</p>", ["BSM311"],
   "Unrelated stock image (a beach).")

_m(42, "review-request", "html", "Votre avis sur la commande {o}",
   "<p><img src=\"https://static.epicerie-fine-rivoli.fr/logo-epicerie-fine-rivoli.png\" alt=\"\" width=\"150\"></p><p>Bonjour,</p><p>Vous avez reçu votre panier gourmand (commande {o}) il y a quelques jours. Si vous le souhaitez, votre avis est le bienvenu sur <a href=\"https://www.amazon.fr/review/create-review\">la page d'avis Amazon de votre commande</a>.</p><p>Épicerie Fine Rivoli</p>", ["BSM402"],
   "Shop logo with an empty alt attribute.")

_m(43, "delivery-delay", "text", "Petit retard – commande {o}",
   "Coucou !\n\nVotre bracelet personnalisé (commande {o}) part le 14 décembre, avec deux jours de retard : on a eu un rush de commandes de Noël 🎄 Merci pour votre patience !\n\nEmma – Bijoux de Lune", ["BSM403"],
   "Emoji in an otherwise permitted delay.")

_m(44, "additional-information", "text", "Commande {o} – prénom à broder",
   "Bonjour,\n\nPour la serviette brodée de la commande {o}, pouvez-vous nous confirmer l'orthographe du prénom : « Maëlys » avec tréma ? :-)\n\nMerci,\nFil d'Or Broderie", ["BSM403"],
   "Text emoticon :-) in an information request.")

_m(45, "delivery-delay", "html", "Retard de votre commande {o}",
   "<style>h1{font-size:24px} h2{font-size:18px} .txt{font-size:15px} .mini{font-size:11px}</style><h1>Retard d'expédition</h1><h2>Commande {o}</h2><p class=\"txt\">Votre horloge murale sera expédiée le 17 décembre au lieu du 11. Nous vous prions de nous excuser.</p><p class=\"mini\">Horlogerie Saint-Cyr</p>", ["BSM410"],
   "Style block setting four font sizes besides the default.")

_m(46, "delivery-delay", "text", "Commande {o} – décalage",
   "Bonjour,\n\n\nVotre commande {o} (jeu de casseroles inox) sera expédiée le 16/12 au lieu du 12/12.\n\n\nNous vous remercions de votre compréhension.\n\nCuisinox", ["BSM412"],
   "Two blank lines in a row in plain text.")

_m(47, "review-request", "text", "[Important] Votre avis – commande {o}",
   "Bonjour,\n\nMaintenant que vous avez pu essayer votre coussin de méditation (commande {o}), nous aimerions connaître votre avis. Un avis sur Amazon, quel qu'il soit, serait précieux pour nous et pour les autres acheteurs.\n\nMerci,\nAtelier Sattva", ["BSM110"],
   "[Important] tag on a review request.")

_m(48, "review-request", "html", "Votre avis sur la commande {o}",
   "<p>Bonjour,</p><p>Votre guirlande lumineuse (commande {o}) est arrivée : partagez votre avis sur Amazon, <a href=\"https://www.amazon.fr/review/create-review\">cliquez ici</a>.</p><p>Merci !<br>Lumières d'Hiver</p>", ["BSM401"],
   "Non-descriptive link text \"cliquez ici\".")

# ------------------------------------------------------------ variants (2)
_m(49, "review-request", "html", "Votre avis nous intéresse – commande {o}",
   "<p>Bonjour Madame Simon,</p><p>Vos torchons en lin (commande {o}) sont arrivés il y a une semaine. Si vous le souhaitez, votre avis est le bienvenu sur <a href=\"https://www.amazon.fr/review/create-review\">la page d'avis Amazon de votre commande</a>.</p><p>Lin &amp; Lavande</p><img src=\"https://t.mailflow-example.com/open.gif?uid=88213&amp;cid=rv12\" width=\"1\" height=\"1\" alt=\"\">", ["BSM307", "BSM402"],
   "Builder tracking pixel (1x1, tracking parameters) with empty alt.")

_m(50, "reply", "text", "Re: votre question sur la taille",
   "Bonjour Madame Arnaud,\n\nLe pull en alpaga taille plutôt grand : si vous hésitez entre M et L, prenez le M. Nous pouvons faire l'échange sans frais si besoin.\n\nBelle journée,\nAlpaga des Andes – boutique de Bordeaux", ["BSM102"],
   "Reply with no order number anywhere.")
