"""v7 blind evaluation set, French (fr-FR, a few fr-BE)."""

LANG = "fr"
PREFIX = "505"
_raw = []


def oid(n):
    return "%s-%07d-%07d" % (PREFIX, 3820417 + n * 1931, 6104583 + n * 2713)


def m(n, typ, fmt, subject, body, expected, note, locale="fr-FR"):
    o = oid(n)
    if fmt == "text":
        body = body.replace("&amp;", "&").replace("&ndash;", "–").replace("&middot;", "·")
    _raw.append(dict(
        id="v7-%s-%03d" % (LANG, n), language=LANG, locale=locale, type=typ, format=fmt,
        subject=subject.replace("{O}", o).replace("{ON}", o.replace("-", "")),
        body=body.replace("{O}", o).replace("{ON}", o.replace("-", "")),
        order_id=o, expected=sorted(expected), note=note))


# ---------------- clean (17) ----------------
m(1, "delivery-delay", "text", "Commande {O} : nouvelle date d'expédition",
  "Bonjour Madame Lefèvre,\n\nLa théière en fonte que vous avez commandée (commande {O}) ne partira pas à la date prévue : notre fournisseur nous a livrés avec une semaine de retard.\n\nElle sera expédiée le jeudi 17 décembre 2026 au plus tard. Si ce nouveau délai ne vous convient pas, dites-le-nous en répondant à ce message.\n\nToutes nos excuses,\nJulien Marchand\nLa Maison du Thé Vert", [],
  "Plain-text delivery delay with a new ship date.")
m(2, "delivery-delay", "html", "Retard de préparation - commande {O}",
  "<p>Bonjour,</p>\n<p>Votre commande <strong>{O}</strong> (2 coussins en lin lavé, coloris sauge) prend un peu de retard : l'atelier de couture a été fermé deux jours pour une panne de machine.</p>\n<p>Nouvelle date d'expédition prévue : <strong>lundi 14/12/2026</strong>.</p>\n<p>Merci de votre patience.<br>\nCamille, pour <em>Lin &amp; Sens</em></p>\n<p><small>Lin &amp; Sens SARL - 14 rue des Tanneurs, 69002 Lyon</small></p>", [],
  "Builder-like HTML delivery delay with default sizes and small only.")
m(3, "order-problem", "text", "[Important] Commande {O} - article indisponible",
  "Bonjour Monsieur Garnier,\n\nNous sommes au regret de vous informer que la lampe de bureau « Orsay » laiton n'est plus disponible chez notre grossiste et ne pourra pas être expédiée.\n\nNous avons ajusté le montant de la commande {O} (motif : NoInventory) : les 89,00 € ne vous seront pas débités, ou vous seront remboursés sous 3 à 5 jours ouvrés selon votre banque.\n\nCordialement,\nService client Lumière d'Antan", [],
  "Order problem with the amount adjusted; [Important] allowed on this type.")
m(4, "additional-information", "text", "Gravure de votre bracelet - commande {O}",
  "Bonjour Sophie,\n\nPour graver votre bracelet (commande {O}), il nous manque le texte exact : vous avez indiqué « les prénoms des enfants » dans le champ personnalisation, sans les prénoms eux-mêmes.\n\nPouvez-vous nous les envoyer en réponse, avec l'orthographe souhaitée (12 caractères maximum par face) ?\n\nBelle journée,\nNadia - Atelier Rivière Bijoux", [],
  "Request for information needed to complete a personalised order.")
m(5, "return-follow-up", "text", "Votre retour - commande {O}",
  "Bonjour Monsieur Dubois,\n\nVous avez demandé le retour de la poêle 28 cm à cause d'une rayure sur le revêtement extérieur.\n\nPlutôt qu'un retour, nous pouvons vous proposer un remboursement partiel de 15,00 € et vous gardez la poêle. Si cela vous convient, répondez simplement « d'accord » ; sinon le retour reste bien sûr possible.\n\nCommande concernée : {O}\n\nCordialement,\nThomas Roy\nCuisine &amp; Fonte", [],
  "Return follow-up offering a partial refund.")
m(6, "return-follow-up", "text", "Retour en cours {O} - une question",
  "Bonjour,\n\nNous avons bien noté votre demande de retour pour la commande {O}. Pour la traiter, pouvez-vous nous préciser si le carton d'origine est encore en votre possession et si le défaut concerne la fermeture éclair ou la couture de la poche ?\n\nMerci d'avance,\nL'équipe de Sacoches Moreau", [],
  "Return follow-up asking for the information needed to complete the return.", locale="fr-BE")
m(7, "invoice", "text", "Facture FA/2026/12/0457 - commande {O}",
  "Bonjour,\n\nVeuillez trouver ci-joint la facture n° FA/2026/12/0457 relative à votre commande {O} du 2 décembre 2026.\n\nMontant HT : 208,33 €\nTVA 20 % : 41,67 €\nMontant TTC : 250,00 €\n\nBien cordialement,\nComptabilité\nÉquipements Pro Vasseur SAS\n27 avenue Jean-Jaurès, 59000 Lille\nSIRET 812 345 678 00021 - RCS Lille Métropole 812 345 678\nN° TVA intracommunautaire : FR 47 812345678", [],
  "Invoice with SIRET, RCS and VAT numbers and a slashed invoice number.")
m(8, "review-request", "text", "Votre avis sur votre commande {O}",
  "Bonjour,\n\nVous avez reçu il y a quelques jours votre carnet de notes en cuir (commande {O}).\n\nSi vous avez un moment, vous pouvez partager votre avis sur le produit sur Amazon, quel qu'il soit : cela aide les autres clients à choisir.\n\nMerci et bonne fin d'année,\nÉmilie, Papeterie des Quais", [],
  "Neutral plain-text review request.")
m(9, "review-request", "html", "Un avis sur votre commande {O} ?",
  "<p><img src=\"https://static.ateliercordier.fr/img/logo-atelier-cordier.png\" alt=\"Logo Atelier Cordier\" width=\"160\" height=\"48\"></p>\n<p>Bonjour,</p>\n<p>Votre planche à découper en noyer (commande {O}) vous a été livrée la semaine dernière. Nous serions heureux de connaître votre avis, positif ou négatif.</p>\n<p><a href=\"https://www.amazon.fr/review/create-review?asin=B0C7K2LM4Q\">Donner mon avis sur Amazon.fr</a></p>\n<p>Bien à vous,<br>\nPierre Cordier<br>\nAtelier Cordier</p>", [],
  "HTML review request with the shop logo (alt names shop) and a descriptive https Amazon link.")
m(10, "delivery-scheduling", "text", "Livraison de votre armoire - commande {O}",
  "Bonjour Madame Petit,\n\nVotre armoire 2 portes (commande {O}, 68 kg en 3 colis) sera livrée par notre transporteur spécialisé, au pied de l'immeuble ou dans la pièce de votre choix.\n\nMerci de nous indiquer le créneau qui vous convient :\n- mardi 15 décembre, 8h00 - 12h00\n- mercredi 16 décembre, 13h30 - 17h30\n- vendredi 18 décembre, 8h00 - 12h00\n\nPrécisez aussi l'étage et la présence d'un ascenseur.\n\nCordialement,\nLogistique Meubles Bastide", [],
  "Delivery scheduling of a bulky item with dates and time slots.")
m(11, "home-service-appointment", "text", "Installation de votre chauffe-eau - {O}",
  "Bonjour Monsieur Lambert,\n\nVous avez commandé l'installation de votre chauffe-eau 200 L avec la commande {O}. Notre technicien, Karim, peut passer :\n\n- le lundi 21/12/2026 entre 9h et 11h\n- le mardi 22/12/2026 entre 14h et 16h\n\nL'intervention dure environ deux heures. Répondez-nous avec le créneau choisi et nous confirmons le rendez-vous.\n\nCordialement,\nThermiServices Île-de-France", [],
  "Home-service appointment with dates and time windows.")
m(12, "custom-design-verification", "html", "BAT de votre faire-part - commande {O}",
  "<p>Bonjour Claire et Antoine,</p>\n<p>Vous trouverez en pièce jointe le bon à tirer (BAT) de vos faire-part de mariage, commande {O} : recto avec vos prénoms en lettres dorées, verso avec le plan d'accès.</p>\n<p>Merci de vérifier attentivement les dates, l'heure de la cérémonie (15h30) et l'orthographe des noms, puis de nous répondre <strong>« BAT validé »</strong> ou vos corrections. L'impression démarre dès votre accord.</p>\n<p>Amicalement,<br>\nLéa - Papier Plume Création</p>", [],
  "Custom design proof sent for verification.")
m(13, "fulfillment-question", "text", "Code d'accès pour la livraison {O}",
  "Bonjour,\n\nPour que le livreur puisse déposer votre commande {O} (réf. interne LIV-2026-08812), nous avons besoin du code de la porte d'entrée et du numéro de bâtiment : l'adresse indique seulement « Résidence Les Tilleuls, 12 allée Gabriel-Fauré, 33000 Bordeaux ».\n\nVous pouvez nous répondre directement ici.\n\nMerci,\nSébastien, Vins &amp; Terroirs du Sud-Ouest", [],
  "Door-code question with reference numbers.")
m(14, "reply", "text", "Re: Question sur la souris - commande {O}",
  "Bonjour Monsieur Henry,\n\nOui, la « Wireless Ergonomic Mouse – Silent Click » que vous avez achetée (commande {O}) fonctionne sous macOS comme sous Windows, sans logiciel à installer. Le récepteur USB est rangé sous le capot des piles.\n\nBonne journée,\nAurélien - TechNomade", [],
  "Reply quoting an English product title inside French sentences.", locale="fr-BE")
m(15, "reply", "text", "Re: Aspirateur en panne - {O}",
  "Bonjour Madame Fontaine,\n\nDésolés pour cette panne. Votre aspirateur (commande {O}) est encore sous garantie constructeur jusqu'en novembre 2028. Le plus rapide est de contacter directement le service garantie du fabricant :\n\nHotline garantie du fabricant Rowenta : 09 69 32 34 07 (du lundi au vendredi, 9h-18h)\n\nMunissez-vous du numéro de série inscrit sous l'appareil. Si le fabricant refuse la prise en charge, revenez vers nous.\n\nCordialement,\nMarc, Électro Discount 34", [],
  "Reply giving the manufacturer's warranty hotline, marked as such.")
m(16, "reply", "html", "Re: Facture au nom de la société - {O}",
  "<p>Bonjour Monsieur Girard,</p>\n<p>C'est bien noté : la facture de la commande {O} sera établie au nom de votre société, avec votre numéro de TVA. Vous la recevrez avec le colis.</p>\n<p>Cordialement,<br>\nIsabelle Morel<br>\nResponsable service client</p>\n<p><small>Bureautique Morel SARL au capital de 20 000 € - 5 place du Marché, 35000 Rennes<br>\nSIREN 534 221 908 - RCS Rennes - TVA FR 61 534221908 - APE 4666Z</small></p>", [],
  "Reply with a company-details footer (SIREN, RCS, VAT, APE).")
m(17, "reply", "text", "Re: Retour du casque - {O}",
  "Bonjour Monsieur Caron,\n\nVoici les informations pour votre retour (commande {O}) :\n\n- numéro d'autorisation de retour : RMA-20261207-0193\n- étiquette Colissimo prépayée n° 8R 001 234 567 89, jointe à ce message\n- à déposer en bureau de poste avant le 21/12/2026\n\nDès réception du casque en notre entrepôt, le remboursement de 129,90 € sera effectué sous 48 h (délai habituel : avant 17h00 le jour même).\n\nCordialement,\nAnaïs - Son &amp; Image Direct", [],
  "Reply with return numbers, dates, times and amounts.")

# ---------------- violations (31) ----------------
m(18, "fulfillment-question", "text", "Votre colis est en route - {O}",
  "Bonjour,\n\nBonne nouvelle : votre colis (commande {O}) a quitté notre entrepôt de Tours ce matin. Il est entre les mains de Chronopost.\n\nÀ bientôt,\nL'équipe Jardin Malin", ["BSM201"],
  "Shipment confirmation: parcel left the warehouse.")
m(19, "fulfillment-question", "html", "Commande {O} bien reçue",
  "<p>Bonjour Madame Roussel,</p>\n<p>Nous avons bien reçu votre commande {O} et nos préparateurs s'en occupent dès aujourd'hui. Vos bougies seront emballées avec soin.</p>\n<p>Belle journée,<br>\nCirerie des Alpes</p>", ["BSM201"],
  "Order confirmation: received and being prepared.")
m(20, "fulfillment-question", "text", "Merci ! - {O}",
  "Bonjour Julie,\n\nUn grand merci pour votre commande {O}, ça nous fait vraiment plaisir.\n\nToute l'équipe de Mots Doux vous remercie.", ["BSM202"],
  "Thanks-only message.")
m(21, "fulfillment-question", "text", "Commande {O}",
  "Bonjour,\n\nSi jamais quelque chose ne va pas avec votre commande {O}, n'hésitez pas, nous sommes là.\n\nCordialement,\nBoutique Horizon", ["BSM202"],
  "Only offers help if anything comes up.", locale="fr-BE")
m(22, "delivery-delay", "text", "Léger retard - commande {O}",
  "Bonjour Monsieur Mercier,\n\nVotre commande {O} partira avec deux jours de retard, le mercredi 16 décembre, suite à une rupture d'emballages.\n\nDésolés pour ce contretemps.\nL'équipe Café Torréfié Maison\n\nP.S. Jusqu'au 31 décembre, -20 % sur toute la gamme avec le code NOEL20.", ["BSM203"],
  "Delay message with a promotional P.S.")
m(23, "review-request", "text", "Votre avis compte - {O}",
  "Bonjour,\n\nVotre commande {O} est arrivée il y a une semaine. Vous pouvez laisser un avis sur le produit sur Amazon si vous le souhaitez.\n\nEt pour découvrir notre nouvelle collection d'hiver, abonnez-vous à notre newsletter et suivez-nous sur Instagram et Facebook !\n\nÀ très vite,\nMaille &amp; Co", ["BSM203"],
  "Review request with newsletter, follow-us and new-collection promotion.")
m(24, "review-request", "text", "Un petit mot sur votre commande {O}",
  "Bonjour Madame Blanc,\n\nPourriez-vous prendre une minute pour laisser un avis sur votre tapis de yoga (commande {O}) ? Dès que votre avis est publié, envoyez-nous une capture : un petit cadeau de remerciement vous attend.\n\nNamasté,\nZen Équilibre", ["BSM204"],
  "Small token of appreciation once the review is published.")
m(25, "review-request", "text", "Commande {O} - votre avis",
  "Bonjour,\n\nNous vous proposons un arrangement : laissez un avis sur la batterie externe achetée (commande {O}) et nous vous remboursons l'intégralité de l'achat dès que l'avis est en ligne.\n\nCordialement,\nPowerCell France", ["BSM204"],
  "Full refund as soon as the review is online.")
m(26, "reply", "text", "Re: Problème réglé ? - {O}",
  "Bonjour Monsieur Robin,\n\nNous avons renvoyé la pièce manquante de votre étagère (commande {O}) et vous confirmez que tout est monté.\n\nDu coup, accepteriez-vous de revoir l'avis d'une étoile que vous avez laissé, voire de le retirer ? Il ne reflète plus vraiment la situation.\n\nMerci,\nBricoDéco Services", ["BSM205"],
  "Asks to update or remove a one-star review.")
m(27, "review-request", "text", "Satisfait de votre commande {O} ?",
  "Bonjour,\n\nSi vous êtes content de votre grille-pain (commande {O}), un avis sur Amazon nous ferait très plaisir. Et si quelque chose cloche, écrivez-nous plutôt avant de publier quoi que ce soit : on trouvera une solution.\n\nCordialement,\nCuisine Express", ["BSM206"],
  "Review only if satisfied, otherwise contact the seller instead.")
m(28, "review-request", "html", "Votre avis sur la commande {O}",
  "<p>Bonjour,</p>\n<p>Merci d'avoir choisi nos chaussettes en laine mérinos (commande {O}).</p>\n<p>Une note de cinq étoiles sur Amazon nous aiderait énormément à nous faire connaître, nous sommes une toute petite entreprise.</p>\n<p>Chaleureusement,<br>\nLaines du Vercors</p>", ["BSM206"],
  "Asks for a five-star rating.")
m(29, "order-problem", "text", "[Important] Rupture de stock - commande {O}",
  "Bonjour Madame Chevalier,\n\nLe fauteuil « Nils » velours moutarde est en rupture chez le fabricant et ne pourra pas être expédié. Nous avons ajusté le montant de la commande {O} (motif : NoInventory).\n\nPour clôturer le dossier au plus vite, le plus simple est que vous demandiez vous-même l'annulation depuis « Vos commandes » sur Amazon.\n\nCordialement,\nSalon Design", ["BSM108"],
  "Advises the buyer to cancel herself; amount adjustment stated.")
m(30, "order-problem", "text", "Commande {O} - stock épuisé",
  "Bonjour Monsieur Fabre,\n\nNous n'avons malheureusement plus de perceuses PX-18 en stock pour votre commande {O}.\n\nNous vous serions reconnaissants de bien vouloir soumettre une demande d'annulation de votre côté.\n\nAvec nos excuses,\nOutillage Fabre &amp; Fils", ["BSM107", "BSM108"],
  "Asks for a cancellation request and does not say the amount was adjusted.")
m(31, "delivery-delay", "text", "Nouvelle date pour votre commande {O}",
  "Bonjour,\n\nVotre commande {O} sera expédiée le 18/12/2026 au lieu du 11/12, le temps de recevoir un réassort de notre fournisseur.\n\nVous ne souhaitez plus recevoir nos messages ? Répondez STOP.\n\nCordialement,\nÉpicerie Fine Delorme", ["BSM305"],
  "Opt-out instruction (reply STOP).")
m(32, "reply", "text", "Re: Colis abîmé - {O}",
  "Bonjour,\n\nOui, on a vu les photos. Ce putain de transporteur nous a encore massacré un carton, c'est la troisième fois ce mois-ci.\n\nOn vous renvoie un vase neuf pour la commande {O} dès demain.\n\nFred, Céramiques du Lot", ["BSM306"],
  "French profanity in a reply.")
m(33, "delivery-delay", "text", "Order {O} - shipping delay",
  "Hello,\n\nWe are sorry, but your order {O} will ship a few days later than planned, on 15 December, because our supplier delivered late.\n\nThank you for your patience.\n\nBest regards,\nLa Belle Bougie", ["BSM104"],
  "French buyer locale, message written in English.")
m(34, "reply", "text", "Re: Dimensions du bureau - {O}",
  "Bonjour Madame Guérin,\n\nLe bureau de la commande {O} mesure 120 x 60 cm, hauteur 75 cm. Pour toute autre question, appelez-nous au 04 78 62 19 45, nous répondons de 9h à 17h.\n\nCordialement,\nMobilier Gones", ["BSM309"],
  "French national phone number in a reply.")
m(35, "reply", "text", "Re: Réglage du thermostat - {O}",
  "Bonjour Monsieur Lemaire,\n\nLe réglage se fait avec le bouton arrière, position 3 pour 20 °C environ (commande {O}). Si vous préférez qu'on vous guide, notre ligne directe : +32 2 512 47 80.\n\nBien à vous,\nChauffage Wallon", ["BSM309"],
  "International-format Belgian phone number.", locale="fr-BE")
m(36, "reply", "text", "Re: Modèle de la housse - {O}",
  "Bonjour,\n\nPour la housse de la commande {O}, envoyez-nous directement la photo de votre canapé à contact@housses-martin.fr, on vous dira si la taille L convient.\n\nCordialement,\nHousses Martin", ["BSM308"],
  "Plain e-mail address.")
m(37, "additional-information", "text", "Votre logo pour la commande {O}",
  "Bonjour,\n\nPour imprimer les tabliers de la commande {O}, il nous faut votre logo en haute définition. Le plus simple : l'envoyer à studio arobase brodeo point fr, en précisant le numéro de commande.\n\nMerci,\nBrodéo Personnalisation", ["BSM308"],
  "Obfuscated e-mail address with 'arobase' and 'point'.")
m(38, "reply", "html", "Re: Entretien du plan de travail - {O}",
  "<p>Bonjour,</p>\n<p>Pour votre plan de travail en chêne (commande {O}), huilez-le une fois par mois les six premiers mois.</p>\n<p>Tous nos conseils sont regroupés ici : <a href=\"https://www.boisetchene-atelier.fr/faq/entretien-plan-de-travail\">FAQ entretien du plan de travail sur notre site</a>.</p>\n<p>Cordialement,<br>\nBois &amp; Chêne Atelier</p>", ["BSM302"],
  "https link with descriptive text to the seller's own site.")
m(39, "delivery-delay", "html", "Retard de livraison - commande {O}",
  "<p>Bonjour,</p>\n<p>Votre commande {O} sera expédiée avec trois jours de retard, le vendredi 18 décembre.</p>\n<p>Vous pourrez suivre son statut ici : <a href=\"http://www.amazon.fr/gp/your-account/order-history\">Vos commandes sur Amazon.fr</a>.</p>\n<p>Cordialement,<br>\nAudio Passion</p>", ["BSM301"],
  "http link to Amazon with descriptive text.")
m(40, "delivery-delay", "html", "Votre tapis arrive un peu plus tard - {O}",
  "<p>Bonjour Madame Perrin,</p>\n<p>Votre tapis (commande {O}) sera expédié le 17/12/2026 au lieu du 12/12.</p>\n<p><img src=\"https://cdn.tapis-kasbah.fr/produits/tapis-berbere-creme-160x230.jpg\" alt=\"Tapis berbère crème 160 x 230 cm\" width=\"300\" height=\"200\"></p>\n<p>Désolés pour l'attente,<br>\nTapis Kasbah</p>", ["BSM310"],
  "Image of the purchased product.")
m(41, "delivery-delay", "html", "Décembre chargé - commande {O}",
  "<p>Bonjour,</p>\n<p>Avec les fêtes, votre commande {O} partira le 19 décembre au lieu du 15.</p>\n<p><img src=\"https://cdn.jouets-bois.fr/images/sapin-de-noel-neige.jpg\" alt=\"Sapin de Noël sous la neige\" width=\"300\" height=\"200\"></p>\n<p>Joyeuses fêtes,<br>\nJouets en Bois Lucas</p>", ["BSM311"],
  "Stock Christmas-tree image unrelated to the shop.")
m(42, "additional-information", "html", "Taille de la bague - commande {O}",
  "<p><img src=\"https://static.bijouterie-vidal.fr/logo-bijouterie-vidal.png\" alt=\"\" width=\"150\" height=\"50\"></p>\n<p>Bonjour,</p>\n<p>Pour ajuster votre bague (commande {O}), pouvez-vous nous confirmer votre tour de doigt en millimètres ? Le champ de la commande indique « 54 ou 56 ».</p>\n<p>Merci,<br>\nBijouterie Vidal</p>", ["BSM402"],
  "Shop logo with an empty alt.")
m(43, "delivery-delay", "text", "Petit retard 🙏 - {O}",
  "Bonjour Léa,\n\nVotre commande {O} partira lundi 14 au lieu de vendredi, on croule sous les commandes de Noël 😅\n\nMerci de votre patience !\nManon, Les Petits Savons", ["BSM403"],
  "Emoji in subject and body.")
m(44, "reply", "text", "Re: Couleur du fil - {O}",
  "Bonjour Nicolas,\n\nBonne nouvelle, le fil bleu nuit est bien celui de votre commande {O}, pas le bleu marine ;-)\n\nÀ bientôt,\nMercerie Odile", ["BSM403"],
  "Text emoticon.")
m(45, "delivery-delay", "html", "Votre commande {O} - nouvelle date",
  "<style>\n.titre { font-size: 22px; }\n.intro { font-size: 16px; }\n.detail { font-size: 13px; }\n.legal { font-size: 10px; }\n</style>\n<p class=\"titre\">Information expédition</p>\n<p class=\"intro\">Bonjour, votre commande {O} sera expédiée le 16/12/2026.</p>\n<p class=\"detail\">Le retard vient d'un réassort tardif de notre fournisseur.</p>\n<p class=\"legal\">Déco Nordique SAS - 3 quai de la Fosse, 44000 Nantes</p>", ["BSM410"],
  "Four explicit font sizes in a style block.")
m(46, "additional-information", "text", "Adresse de livraison - commande {O}",
  "Bonjour,\n\nL'adresse de la commande {O} ne comporte pas de numéro de rue.\n\n\n\nPouvez-vous nous l'indiquer avant mercredi ?\n\n\nMerci,\nVélo Pièces Occitanie", ["BSM412"],
  "Runs of blank lines in plain text.")
m(47, "review-request", "text", "[Important] Votre avis sur la commande {O}",
  "Bonjour,\n\nVotre lampe de chevet (commande {O}) vous a été livrée la semaine passée. Si vous le souhaitez, vous pouvez laisser un avis sur Amazon.\n\nCordialement,\nLuminaires Arthur", ["BSM110"],
  "[Important] on a review request.")
m(48, "delivery-delay", "html", "Retard commande {O}",
  "<p>Bonjour,</p>\n<p>Votre commande {O} sera expédiée le 17 décembre au lieu du 14.</p>\n<p>Pour voir le détail de votre commande, <a href=\"https://www.amazon.fr/gp/your-account/order-history\">cliquez ici</a>.</p>\n<p>Cordialement,<br>\nSport Évasion</p>", ["BSM401"],
  "Non-descriptive 'cliquez ici' link text.")

# ---------------- varying (2) ----------------
m(49, "delivery-delay", "html", "Retard d'expédition - {O}",
  "<div style=\"font-family: Arial, Helvetica, sans-serif; color: #333333; line-height: 1.6; text-align: justify;\">\n<p>Bonjour Madame Noël,</p>\n<p>Votre commande {O} sera expédiée le mardi 15 décembre, avec quatre jours de retard sur la date annoncée.</p>\n<p>Cordialement,<br>\nL'équipe Maison Arlette</p>\n</div>", ["BSM407", "BSM408", "BSM409", "BSM411"],
  "Builder styles: font-family, colour, line-height and justified text.")
m(50, "delivery-delay", "text", "Retard sur votre commande",
  "Bonjour,\n\nVotre commande n° {ON} sera expédiée le 16/12/2026 au lieu du 10/12/2026, suite à un retard de notre fournisseur.\n\nCordialement,\nLibrairie du Vieux Port", ["BSM102"],
  "Order number only written without hyphens.")

MESSAGES = _raw
