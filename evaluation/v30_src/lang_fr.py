"""v30 blind evaluation set, French (fr-FR / fr-BE)."""
LANG = "fr"
MESSAGES = []


def _oid(n):
    return "614-%07d-%07d" % (3920117 + n * 4093, 1708264 + n * 7121)


def m(n, typ, fmt, subject, body, expected, note, locale="fr-FR"):
    o = _oid(n)
    MESSAGES.append({
        "id": "v30-fr-%03d" % n, "language": LANG, "locale": locale, "type": typ,
        "format": fmt, "subject": subject.replace("{o}", o), "body": body.replace("{o}", o),
        "order_id": o, "expected": sorted(expected), "note": note,
    })


m(1, "delivery-delay", "text", "Votre commande {o} : petit retard d'expédition",
  "Bonjour Madame Lefèvre,\n\nLa théière en fonte que vous avez commandée (commande {o}) nous arrive de l'atelier avec une semaine de retard. Elle partira de chez nous le mardi 15 décembre au lieu du 8.\n\nToutes nos excuses pour ce contretemps.\n\nBien cordialement,\nAgathe – Comptoir des Thés Bleus",
  [], "Clean plain-text delivery delay with a new ship date.")
m(2, "delivery-delay", "html", "Commande {o} – nouvelle date d'envoi",
  "<p>Bonjour,</p><p>Suite à un incident chez notre transporteur de palettes, l'envoi de votre commande <strong>{o}</strong> est décalé.</p><table><tr><td>Date prévue initialement</td><td>04/12/2026</td></tr><tr><td>Nouvelle date d'expédition</td><td>11/12/2026</td></tr></table><p>Nous sommes désolés pour ce délai.</p><p>L'équipe Ateliers Brévin<br>Service client</p>",
  [], "Clean builder-HTML delivery delay with a table and no styles.")
m(3, "order-problem", "text", "[Important] Commande {o} – article indisponible",
  "Bonjour Monsieur Nguyen,\n\nMalheureusement le dernier exemplaire du moulin à poivre Peugeot Paris 22 cm a été abîmé lors de l'inventaire et nous ne pourrons pas l'expédier (commande {o}).\n\nNous avons ajusté le montant de votre commande : les 39,90 € ne vous seront pas débités, motif « stock épuisé ».\n\nVeuillez nous excuser.\n\nCordialement,\nJulien Marchand\nLa Cuisine de Julien",
  [], "Clean order problem confirming the amount was adjusted, with [Important] on a critical type.")
m(4, "additional-information", "text", "Gravure – commande {o}",
  "Bonjour,\n\nPour lancer la gravure de votre bracelet (commande {o}), il nous manque le texte à graver : 20 caractères maximum, sans accents de préférence. Pouvez-vous nous le transmettre en réponse à ce message ?\n\nMerci d'avance,\nClémence\nBijoux Clémence & Co",
  [], "Clean request for information needed to complete the order.")
m(5, "return-follow-up", "text", "Retour de la commande {o}",
  "Bonjour Madame Roux,\n\nNous avons bien noté que le plaid présente un fil tiré sur le bord. Plutôt qu'un retour, nous pouvons vous proposer un remboursement partiel de 12,00 € et vous gardez l'article. Si cela vous convient, répondez simplement « d'accord » et nous lançons le remboursement ; sinon, le retour reste bien sûr possible.\n\nBien à vous,\nSophie, service après-vente\nLaines du Vercors",
  [], "Clean return follow-up offering a partial refund.")
m(6, "return-follow-up", "text", "Votre demande de retour {o}",
  "Bonjour,\n\nvous avez demandé le retour de l'aspirateur (commande {o}) pour « ne fonctionne pas ». Pour que nous puissions traiter ce retour avec le fabricant, pourriez-vous nous indiquer si l'appareil ne s'allume plus du tout ou s'il s'arrête en cours d'utilisation ?\n\nMerci,\nKarim\nÉlectroménager Dumont",
  [], "Clean return follow-up asking for information needed to complete the return.")
m(7, "invoice", "text", "Facture FA/2026/12/0417 – commande {o}",
  "Madame, Monsieur,\n\nVeuillez trouver ci-joint la facture n° FA/2026/12/0417 relative à votre commande {o}, d'un montant de 249,00 € TTC dont TVA 20 % : 41,50 €.\n\nCordialement,\nLa comptabilité\n\nMobilier Garnier SAS – 14 rue des Tanneurs, 69002 Lyon\nSIRET 812 345 678 00027 – TVA intracommunautaire FR45 812345678 – RCS Lyon B 812 345 678",
  [], "Clean invoice with SIRET, VAT and RCS numbers and a slashed invoice number.")
m(8, "review-request", "text", "Votre avis sur la commande {o}",
  "Bonjour Thomas,\n\nVotre lampe de bureau est arrivée il y a une semaine. Si vous avez un moment, nous aimerions connaître votre avis sur le produit et sur notre boutique : qu'il soit bon ou moins bon, il nous aide à nous améliorer.\n\nBelle journée,\nL'équipe Lumen Atelier",
  [], "Clean neutral text review request.")
m(9, "review-request", "html", "Commande {o} : qu'en avez-vous pensé ?",
  "<p><img src=\"https://cdn.papeterie-opaline.fr/logo-papeterie-opaline.png\" alt=\"Logo Papeterie Opaline\" width=\"180\"></p><p>Bonjour,</p><p>Vous avez reçu vos carnets il y a quelques jours (commande {o}). Votre retour, quel qu'il soit, compte beaucoup pour notre petite papeterie.</p><p><a href=\"https://www.amazon.fr/review/review-your-purchases\">Donner votre avis sur Amazon.fr</a></p><p>À bientôt,<br>Inès, Papeterie Opaline</p>",
  [], "Clean HTML review request with the shop logo, alt text and a descriptive https Amazon link.")
m(10, "delivery-scheduling", "text", "Livraison de votre canapé – commande {o}",
  "Bonjour Monsieur Da Silva,\n\nNotre transporteur peut livrer votre canapé d'angle (commande {o}) aux créneaux suivants :\n- jeudi 17/12 entre 8 h et 12 h\n- vendredi 18/12 entre 13 h 30 et 17 h 30\n- lundi 21/12 entre 8 h et 12 h\n\nMerci de nous indiquer le créneau qui vous convient et l'étage, le colis pèse 94 kg.\n\nCordialement,\nNadia Benali\nCanapés du Nord",
  [], "Clean delivery scheduling of a bulky item with dates and time slots.")
m(11, "home-service-appointment", "text", "Rendez-vous d'installation – {o}",
  "Bonjour,\n\nvotre lave-vaisselle sera installé par notre technicien. Deux rendez-vous sont possibles : le mercredi 9 décembre à 9 h ou le samedi 12 décembre à 14 h. Merci de confirmer l'un des deux en répondant ici (commande {o}).\n\nCordialement,\nPascal – Services Pose & Co",
  [], "Clean home-service appointment with dates and times.")
m(12, "custom-design-verification", "html", "BAT de votre faire-part – commande {o}",
  "<p>Bonjour Camille,</p><p>Vous trouverez en pièce jointe le bon à tirer de vos faire-part de naissance (commande {o}). Vérifiez bien l'orthographe du prénom, la date et les couleurs.</p><ul><li>Format : 10 x 15 cm</li><li>Quantité : 60</li></ul><p>Dès votre validation, nous lançons l'impression.</p><p>Margaux<br>Studio Petit Papier</p>",
  [], "Clean custom design verification referring to an attached proof.")
m(13, "fulfillment-question", "text", "Code d'accès – commande {o}",
  "Bonjour Monsieur Perrin,\n\nLe livreur Chronopost n'a pas pu accéder à votre immeuble hier (avis de passage n° XY4471203FR, commande {o}). Pourriez-vous nous communiquer le digicode et le bâtiment, afin que nous les ajoutions à la nouvelle présentation prévue le 10/12 ?\n\nCordialement,\nService expéditions – Outils Ravel",
  [], "Clean fulfillment question asking for a door code with reference numbers.")
m(14, "reply", "text", "Re: question sur la commande {o}",
  "Bonjour,\n\nOui, le « Classic Leather Messenger Bag – Dark Brown » que vous avez commandé a bien une poche intérieure zippée et une sangle réglable jusqu'à 140 cm. Le cuir est tanné végétal, il foncera un peu avec le temps.\n\nBonne soirée,\nHugo, Maroquinerie Hugo B.",
  [], "Clean reply quoting an English product title inside French sentences.")
m(15, "reply", "text", "Re: panne perceuse – commande {o}",
  "Bonjour Monsieur Girard,\n\nVotre perceuse est encore sous garantie constructeur (2 ans). Pour un dépannage rapide, le service garantie du fabricant Voltex se joint au 01 84 88 27 30 (ligne garantie du fabricant, du lundi au vendredi, 8 h – 18 h). Gardez votre numéro de commande {o} à portée de main.\n\nCordialement,\nBricoland",
  [], "Clean reply giving the manufacturer's warranty line, marked as such.")
m(16, "reply", "text", "Re: facture au nom de la société ({o})",
  "Bonjour,\n\nC'est noté : la facture de la commande {o} sera établie au nom de votre entreprise. Elle sera disponible dans votre espace Amazon sous 48 heures.\n\nBien cordialement,\n\nÉmilie Chartier\nResponsable relation client\nLes Ateliers Chartier SARL au capital de 10 000 €\n3 allée des Platanes, 33000 Bordeaux\nSIREN 534 219 876 – TVA FR27 534219876 – APE 4791B",
  [], "Clean reply with a company-details footer (SIREN, VAT, APE).")
m(17, "reply", "text", "Re: où en est mon remboursement ? {o}",
  "Bonjour Madame Blanc,\n\nVotre retour (n° de retour R-2026-88412, suivi La Poste 6A20498137521) a été réceptionné le 02/12/2026 à 10 h 42. Le remboursement de 54,80 € a été déclenché le 03/12 ; comptez 3 à 5 jours ouvrés selon votre banque (commande {o}).\n\nCordialement,\nLe service client Maison Orée",
  [], "Clean reply with return and tracking numbers, dates, times and amounts.")
m(18, "fulfillment-question", "text", "Commande {o} en route",
  "Bonjour,\n\nBonne nouvelle : votre colis a quitté notre entrepôt de Tours ce matin et a été confié à Colissimo. Commande {o}.\n\nÀ bientôt,\nL'équipe Tissus Loire",
  ["BSM201"], "Shipping confirmation: parcel left the warehouse and was handed to the carrier.")
m(19, "fulfillment-question", "text", "Nous préparons votre commande {o}",
  "Bonjour Madame Faure,\n\nVotre commande {o} est bien enregistrée chez nous et nos préparateurs s'en occupent dès aujourd'hui.\n\nCordialement,\nCave du Sud-Ouest",
  ["BSM201"], "Order confirmation: order received and being prepared.")
m(20, "fulfillment-question", "text", "Merci ! – {o}",
  "Bonjour Pierre,\n\nUn grand merci pour votre achat (commande {o}), toute l'équipe vous remercie chaleureusement.\n\nLucie – Graines & Jardins",
  ["BSM202"], "Thanks-only message.")
m(21, "fulfillment-question", "text", "Commande {o}",
  "Bonjour,\n\nSi jamais vous rencontrez le moindre souci avec votre commande {o}, sachez que nous restons à votre entière disposition.\n\nBien à vous,\nCaféTech",
  ["BSM202"], "Only offers help if a problem comes up.")
m(22, "delivery-delay", "text", "Léger décalage pour la commande {o}",
  "Bonjour,\n\nVotre horloge murale partira le 14/12 au lieu du 10/12, notre fournisseur ayant livré en retard. Désolés !\n\nL'équipe Déco Temps\n\nP.S. : en ce moment, -20 % sur toute notre gamme avec le code HIVER20.",
  ["BSM203"], "Otherwise valid delay with a P.S. promoting 20% off the whole range.")
m(23, "reply", "text", "Re: taille du pull ({o})",
  "Bonjour Léa,\n\nLe pull taille grand, prenez votre taille habituelle. Commande {o}.\n\nEt pour ne rien rater de notre nouvelle collection printemps, suivez-nous sur Instagram @maille.et.fils et inscrivez-vous à notre newsletter !\n\nBises,\nMaille & Fils",
  ["BSM203"], "Reply with follow-us, newsletter and new-collection promotion.")
m(24, "review-request", "text", "Un avis sur votre commande {o} ?",
  "Bonjour,\n\nPourriez-vous laisser un avis sur votre coussin ergonomique ? Dès que votre commentaire est publié, envoyez-nous un message : un petit cadeau de remerciement vous attend.\n\nCordialement,\nDosZen",
  ["BSM204"], "Small token of appreciation once the review is published.")
m(25, "review-request", "text", "Commande {o} – votre avis",
  "Bonjour Monsieur Morel,\n\nNous vous proposons un remboursement intégral de votre achat dès que votre évaluation sera en ligne sur Amazon. Il suffit de nous envoyer la capture d'écran.\n\nMerci,\nAudioPlus France",
  ["BSM204"], "Full refund as soon as the review is online.")
m(26, "reply", "text", "Re: votre avis – commande {o}",
  "Bonjour Madame Lambert,\n\nNous sommes contents que le remplacement de la bouilloire soit arrivé en bon état. Maintenant que le problème est réglé, accepteriez-vous de modifier, voire de retirer, l'avis une étoile que vous aviez laissé ?\n\nCordialement,\nKitchenPro FR",
  ["BSM205"], "Asks to update or remove a one-star review.")
m(27, "review-request", "text", "Vous êtes satisfait ? ({o})",
  "Bonjour,\n\nSi vous êtes content de votre tapis de yoga, n'hésitez pas à le dire dans un avis sur Amazon. Et si quelque chose ne va pas, écrivez-nous d'abord plutôt que de laisser un commentaire, on trouvera une solution.\n\nNamasté,\nYogi Sud",
  ["BSM206"], "Review only if satisfied; unhappy buyers steered to contact the seller.")
m(28, "review-request", "text", "5 étoiles ? – commande {o}",
  "Bonjour Chloé,\n\nVotre retour compte énormément pour une petite marque comme la nôtre : si vous pouviez nous attribuer 5 étoiles sur Amazon, ce serait formidable.\n\nMerci beaucoup,\nSavonnerie des Alpilles",
  ["BSM206"], "Asks for a five-star rating.")
m(29, "order-problem", "text", "Commande {o} : rupture de stock",
  "Bonjour,\n\nLe modèle de casque que vous avez commandé n'est plus disponible chez notre fournisseur. Nous avons ajusté le montant de votre commande (motif : stock épuisé), vous ne serez donc pas débité.\n\nLe plus rapide pour clôturer le dossier reste que vous annuliez vous-même la commande {o} depuis votre compte Amazon.\n\nCordialement,\nMoto Équipement 38",
  ["BSM108"], "Amount adjusted but advises the buyer to cancel because of stock-out.")
m(30, "order-problem", "text", "Problème de stock – {o}",
  "Bonjour Madame Petit,\n\nNous sommes à court de la poussette que vous avez commandée. Nous vous serions reconnaissants de bien vouloir déposer une demande d'annulation pour la commande {o}.\n\nAvec nos excuses,\nBébé Confort Boutique",
  ["BSM107", "BSM108"], "Asks for a cancellation request without confirming an amount adjustment.")
m(31, "delivery-delay", "text", "Retard – commande {o}",
  "Bonjour,\n\nVotre commande {o} sera expédiée le 16/12 au lieu du 11/12, la teinture des rideaux prenant plus de temps que prévu.\n\nCordialement,\nRideaux Céleste\n\nPour ne plus recevoir nos messages, répondez STOP.",
  ["BSM305"], "Reply-STOP opt-out instruction.")
m(32, "reply", "text", "Re: colis abîmé {o}",
  "Bonjour,\n\nPutain, ce transporteur nous a encore fait le coup, votre colis est arrivé en miettes. On vous renvoie un vase neuf dès lundi (commande {o}).\n\nDésolé,\nFred – Céramiques Fred",
  ["BSM306"], "French profanity in a reply.")
m(33, "delivery-delay", "text", "Order {o} – delay",
  "Hello,\n\nUnfortunately your order {o} will ship a few days later than planned, on 15 December. We apologise for the inconvenience.\n\nKind regards,\nVelo Parts Europe",
  ["BSM104"], "Message written in English to a French-locale buyer.")
m(34, "additional-information", "text", "Commande {o} – adresse incomplète",
  "Bonjour,\n\nIl manque le numéro de rue dans l'adresse de livraison de la commande {o}. Vous pouvez nous répondre ici ou m'appeler au 06 12 48 73 90.\n\nMerci,\nAntoine – Vins Cordier",
  ["BSM309"], "French national mobile number.")
m(35, "delivery-scheduling", "text", "Livraison armoire – {o}",
  "Bonjour Madame Leroy,\n\nPour fixer la livraison de votre armoire (commande {o}), contactez notre plateforme logistique au +33 4 72 18 55 09 entre 9 h et 17 h.\n\nCordialement,\nMeubles Lacroix",
  ["BSM309"], "International-format French phone number not marked as a warranty line.", locale="fr-BE")
m(36, "reply", "text", "Re: facture – {o}",
  "Bonjour,\n\nPour toute question sur votre facture (commande {o}), écrivez directement à compta@epicerie-fine-lyon.fr, nous répondons sous 24 h.\n\nBonne journée,\nÉpicerie Fine de Lyon",
  ["BSM308"], "Plain e-mail address.")
m(37, "return-follow-up", "text", "Retour {o} – photos",
  "Bonjour,\n\nPour finaliser le retour de la commande {o}, pourriez-vous nous envoyer deux photos de l'étiquette du produit ? Le plus simple : sav arobase jouets-lumiere point fr.\n\nMerci,\nJouets Lumière",
  ["BSM308"], "Obfuscated e-mail address with 'arobase' and 'point'.")
m(38, "reply", "html", "Re: entretien de la planche – {o}",
  "<p>Bonjour,</p><p>Pour l'entretien de votre planche à découper en noyer (commande {o}), huilez-la une fois par mois. Tout est détaillé dans notre <a href=\"https://www.bois-et-table.fr/conseils/entretien-planche\">guide d'entretien sur notre site</a>.</p><p>Cordialement,<br>Bois & Table</p>",
  ["BSM302"], "https link with descriptive text to the seller's own site.")
m(39, "review-request", "html", "Votre avis – commande {o}",
  "<p>Bonjour,</p><p>Votre ceinture est arrivée la semaine dernière. Votre avis nous aiderait beaucoup, qu'il soit positif ou non.</p><p><a href=\"http://www.amazon.fr/review/review-your-purchases\">Laisser un avis sur Amazon.fr</a></p><p>Merci,<br>Cuirs Vasseur</p>",
  ["BSM301"], "Descriptive link to Amazon over http.")
m(40, "delivery-delay", "html", "Commande {o} : expédition repoussée",
  "<p>Bonjour,</p><p>Votre lampe Arc Laiton partira le 18/12 et non le 12/12 comme annoncé.</p><p><img src=\"https://img.luminaires-arlette.fr/produits/lampe-arc-laiton.jpg\" alt=\"Lampe Arc Laiton\" width=\"300\"></p><p>Excuses,<br>Luminaires Arlette</p>",
  ["BSM310"], "Image of the purchased product.")
m(41, "delivery-delay", "html", "Retard de livraison – {o}",
  "<p>Bonjour et bonnes fêtes !</p><p><img src=\"https://img.chocolats-berthier.fr/deco/sapin-neige.jpg\" alt=\"Sapin de Noël sous la neige\" width=\"300\"></p><p>Votre coffret (commande {o}) sera expédié le 19/12 à cause de l'affluence.</p><p>Chocolats Berthier</p>",
  ["BSM311"], "Stock Christmas-tree image unrelated to the shop.")
m(42, "invoice", "html", "Votre facture – {o}",
  "<p><img src=\"https://cdn.optique-marceau.fr/logo-optique-marceau.png\" width=\"150\"></p><p>Bonjour,</p><p>Ci-joint la facture F/2026/2291 de votre commande {o}.</p><p>Optique Marceau</p>",
  ["BSM402"], "Shop logo without alt attribute.")
m(43, "reply", "text", "Re: couleur disponible ? {o}",
  "Bonjour Manon,\n\nOui, la tasse existe aussi en vert sauge 🌿 On peut l'échanger si vous préférez (commande {o}).\n\nPoterie Manon",
  ["BSM403"], "Emoji in a reply.")
m(44, "reply", "text", "Re: notice – {o}",
  "Bonjour,\n\nLa notice de montage est dans le petit sachet scotché sous l'étagère :-) Bon montage ! Commande {o}.\n\nNico, Étagères Malin",
  ["BSM403"], "Text emoticon in a reply.")
m(45, "delivery-delay", "html", "Commande {o} – retard",
  "<style>h1{font-size:24px} h2{font-size:18px} p{font-size:14px} .mention{font-size:10px}</style><h1>Maison Ferrand</h1><h2>Retard d'expédition</h2><p>Votre commande {o} partira le 15/12 au lieu du 09/12.</p><p class=\"mention\">Maison Ferrand SAS – SIRET 901 234 567 00011</p>",
  ["BSM410"], "Four explicit font sizes in a style block.")
m(46, "additional-information", "text", "Commande {o} – pointure",
  "Bonjour,\n\nVous avez commandé les chaussons en pointure 39/40. Pouvez-vous confirmer qu'il ne s'agit pas d'un 40/41 ?\n\n\n\nMerci,\nChaussons Douillets",
  ["BSM412"], "Several blank lines in a row in plain text.")
m(47, "delivery-delay", "html", "Décalage – commande {o}",
  "<p>Bonjour,</p><p>Votre commande {o} sera expédiée le 17/12.</p><br><br><br><p>Cordialement,<br>Jardin Vertical</p>",
  ["BSM412"], "A run of three br elements between paragraphs.")
m(48, "review-request", "text", "[Important] Votre avis – commande {o}",
  "Bonjour,\n\nVous avez reçu votre sac de couchage il y a dix jours. Pourriez-vous partager votre expérience dans un avis sur Amazon ? Toute remarque nous est utile.\n\nBonne journée,\nMontagne Outdoor",
  ["BSM110"], "[Important] tag on a review request.")
m(49, "review-request", "html", "Commande {o} – un avis ?",
  "<p>Bonjour,</p><p>Votre théière est arrivée ? Dites-nous ce que vous en pensez : <a href=\"https://www.amazon.fr/review/review-your-purchases\">cliquez ici</a>.</p><p>Merci,<br>Thés d'Ailleurs</p>",
  ["BSM401"], "Non-descriptive 'cliquez ici' link text.")
m(50, "delivery-delay", "html", "Nouvelle date d'envoi – {o}",
  "<div style=\"font-family:Arial,Helvetica,sans-serif;color:#444444;text-align:center\"><p>Bonjour,</p><p>Votre commande {o} sera expédiée le 14 décembre au lieu du 7.</p><p>Merci de votre patience,<br>Verrerie Dubois</p></div>",
  ["BSM407", "BSM409", "BSM411"], "Builder styles setting font family, colour and centred alignment.")
