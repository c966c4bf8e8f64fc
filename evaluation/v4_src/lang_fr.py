"""v4 blind evaluation set, French (fr-FR, a few fr-BE)."""

MESSAGES = []


def _oid(n):
    return "205-%07d-%07d" % ((3817 * n * n + 6029 * n + 1100417) % 10**7,
                              (7451 * n + 2093 * n * n + 4400081) % 10**7)


def m(n, typ, fmt, subject, body, expected, note, locale="fr-FR"):
    o = _oid(n)
    MESSAGES.append({
        "id": "v4-fr-%03d" % n, "language": "fr", "locale": locale, "type": typ,
        "format": fmt, "subject": subject.replace("{O}", o),
        "body": body.replace("{O}", o).replace("{ONH}", o.replace("-", "")),
        "order_id": o, "expected": sorted(expected), "note": note})


# ---------------- 17 clean ----------------
m(1, "delivery-delay", "text", "Commande {O} : nouvelle date de départ",
  "Bonjour Madame Lefèvre,\n\nLe plaid en laine mérinos que vous avez commandé (commande {O}) est tissé à la demande dans notre atelier des Vosges. Une panne de métier nous a fait prendre quelques jours de retard : il partira le jeudi 17 décembre au lieu du 11.\n\nNous sommes désolés de ce contretemps et restons à votre disposition si vous avez une question.\n\nBien cordialement,\nAnne-Laure Vautrin\nTissage Vautrin & Fils",
  [], "Plain-text delivery delay giving a new ship date, no confirmation.")

m(2, "delivery-delay", "html", "Retard sur votre commande {O}",
  "<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\"><tr><td><p>Bonjour,</p><p>Nous vous informons que la lampe <b>Mila</b> (commande {O}) ne sera disponible qu’à partir du <b>21/12/2026</b>, notre fournisseur de verre soufflé ayant décalé sa livraison.</p><p>La nouvelle date de livraison estimée est le 23 ou le 24 décembre. Toute l’équipe vous prie de l’excuser pour ce délai.</p><p>Cordialement,<br>Le service clients<br>Lumen Atelier</p></td></tr></table>",
  [], "Builder HTML delivery delay, no styles.")

m(3, "order-problem", "text", "[Important] Article indisponible – commande {O}",
  "Bonjour Monsieur Garnier,\n\nMalgré nos vérifications, le deuxième lot de 6 verres à pied « Cépage » de votre commande {O} n’est plus disponible chez notre fabricant et ne pourra pas vous être envoyé.\n\nLe montant de votre commande a été ajusté : les 42,90 € correspondants ne vous seront pas débités. Le premier lot reste prévu comme indiqué.\n\nToutes nos excuses,\nJulien Perrot\nLa Cave à Verres",
  [], "Order problem confirming the adjusted amount; [Important] allowed on this critical type.")

m(4, "additional-information", "text", "Commande {O} – gravure à confirmer",
  "Bonjour,\n\nPour graver le médaillon de votre commande {O}, il nous manque une précision : souhaitez-vous le prénom « Élise » en écriture cursive ou en capitales ? Sans réponse de votre part d’ici le 14/12, nous utiliserons les capitales, comme sur la photo de la fiche.\n\nMerci d’avance,\nSophie, atelier Or & Plume",
  [], "Request for information needed to complete a personalised order.")

m(5, "return-follow-up", "text", "Votre retour – commande {O}",
  "Bonjour Madame Haddad,\n\nNous avons pris connaissance de votre message concernant la housse de couette (commande {O}) dont une couture s’est défaite. Plutôt que de la renvoyer, vous pouvez si vous le souhaitez la garder : nous vous proposons un remboursement partiel de 18,00 €, soit 30 % du prix payé.\n\nSi vous préférez poursuivre le retour, il suffit de nous le dire et nous vous ferons parvenir l’étiquette.\n\nBien à vous,\nMarc Delorme\nresponsable SAV – Linge de Provence",
  [], "Return follow-up offering a partial refund.")

m(6, "return-follow-up", "html", "Retour de la commande {O} : une précision",
  "<p>Bonjour,</p><p>Afin de traiter le retour de l’aspirateur balai (commande {O}), pourriez-vous nous indiquer si la batterie est incluse dans le colis ? Le bordereau mentionne un seul article et nous voulons éviter tout malentendu au moment du remboursement.</p><p>Merci,<br>Camille – service retours<br>Maison Électra</p>",
  [], "Return follow-up asking for information needed to complete the return.")

m(7, "invoice", "text", "Facture FA/2026/12/0387 – commande {O}",
  "Bonjour,\n\nVeuillez trouver ci-joint la facture n° FA/2026/12/0387 relative à votre commande {O}, d’un montant de 249,00 € TTC (dont TVA 20 % : 41,50 €).\n\nCordialement,\nComptabilité – Bureau Vallée Pro Équipement\n\nBVP Équipement SAS au capital de 20 000 €\n27 avenue Jean-Jaurès, 31000 Toulouse\nSIRET 812 457 903 00021 – RCS Toulouse 812 457 903\nN° TVA intracommunautaire : FR47 812457903",
  [], "Invoice with SIRET, RCS, VAT number and invoice number with slashes.")

m(8, "review-request", "text", "Votre avis sur la commande {O}",
  "Bonjour Monsieur Brun,\n\nNous espérons que votre théière vous plaît. Si vous avez un moment, vous pouvez laisser un commentaire sur le produit et une évaluation vendeur sur Amazon : cela aide d’autres clients à choisir.\n\nBonne journée,\nLéa – Thés & Fontes (commande {O})",
  [], "Neutral review request in plain text.")

m(9, "review-request", "html", "Commande {O} : partagez votre expérience",
  "<table role=\"presentation\" cellpadding=\"8\" cellspacing=\"0\"><tr><td><img src=\"https://cdn.jardinsdecelestin.fr/mail/logo-jardins-de-celestin.png\" alt=\"Les Jardins de Célestin\" width=\"160\" height=\"48\"></td></tr><tr><td><p>Bonjour,</p><p>Vos graines de tomates anciennes (commande {O}) vous sont parvenues récemment. Nous serions heureux de lire votre avis, quel qu’il soit.</p><p><a href=\"https://www.amazon.fr/review/create-review?asin=B0CX4TRM92\">Donner votre avis sur le produit sur Amazon</a></p><p>À bientôt,<br>Célestin Marchal<br><small>Les Jardins de Célestin</small></p></td></tr></table>",
  [], "HTML review request with shop logo (alt names shop) and descriptive https Amazon link.")

m(10, "delivery-scheduling", "text", "Livraison de votre canapé – commande {O}",
  "Bonjour Madame Moreau,\n\nVotre canapé trois places (commande {O}) sera livré par notre transporteur spécialisé, au pied de l’immeuble ou dans la pièce de votre choix. Voici les créneaux disponibles :\n\n- mardi 15/12 entre 8h00 et 12h00\n- mercredi 16/12 entre 13h30 et 17h30\n- samedi 19/12 entre 9h00 et 13h00\n\nMerci de nous répondre ici en indiquant le créneau qui vous convient.\n\nCordialement,\nThomas Girard\nplanification livraisons – Salon Nomade",
  [], "Delivery scheduling for a bulky item with time slots.")

m(11, "home-service-appointment", "text", "Rendez-vous d’installation – commande {O}",
  "Bonjour,\n\nVous avez commandé l’installation de votre lave-vaisselle (commande {O}). Notre technicien, M. Rachid Benali, peut passer le lundi 14 décembre à 10h30 ou le mardi 15 décembre à 15h00. L’intervention dure environ 1h15.\n\nPouvez-vous nous confirmer l’horaire qui vous arrange ?\n\nBien cordialement,\nFabienne Roux\nÉlectroServices 44",
  [], "Home-service appointment with dates and times.")

m(12, "custom-design-verification", "html", "BAT de votre faire-part – commande {O}",
  "<p>Bonjour Madame et Monsieur Lambert,</p><p>Vous trouverez en pièce jointe le bon à tirer (BAT_faire-part_Lambert_v2.pdf) de vos faire-part de naissance, commande {O}.</p><p>Merci de vérifier attentivement l’orthographe des prénoms, la date (03/12/2026) et le poids indiqué. Dès votre accord, nous lançons l’impression des 80 exemplaires.</p><p>Amicalement,<br>Manon<br>Papeterie des Petits Pas</p>",
  [], "Custom design proof sent for verification.")

m(13, "fulfillment-question", "text", "Code d’accès pour la livraison – réf. LIV-48813 / commande {O}",
  "Bonjour,\n\nPour préparer la livraison de votre armoire (commande {O}, dossier LIV-48813, palette n° 2026-1207-04), le livreur aura besoin d’accéder à la cour intérieure. Pourriez-vous nous communiquer le digicode de la porte cochère ainsi que l’étage ?\n\nMerci beaucoup,\nNicolas Fabre\nMeubles Fabre – Bruxelles",
  [], "Door-code question with delivery reference numbers.", locale="fr-BE")

m(14, "reply", "text", "Re: Question sur « Cast Iron Skillet 26 cm » – commande {O}",
  "Bonjour,\n\nOui, la « Cast Iron Skillet 26 cm » de la marque Lodge convient à l’induction. Avant la première utilisation, un simple lavage à l’eau chaude sans savon suffit, puis un léger graissage.\n\nBonne cuisine !\nPierre – Ustensiles du Vieux-Port (commande {O})",
  [], "Reply quoting an English product title inside French sentences.")

m(15, "reply", "text", "Re: Garantie de la cafetière – commande {O}",
  "Bonjour Madame Petit,\n\nLa cafetière de votre commande {O} est couverte par la garantie constructeur de 2 ans. Pour une prise en charge, le plus rapide est de contacter directement le fabricant :\n\nService garantie du fabricant (Cafélia) : 09 69 32 18 40, du lundi au vendredi de 9h à 18h\n\nMunissez-vous de la facture et du numéro de série sous l’appareil.\n\nCordialement,\nLouis Mercier\nCafés & Machines",
  [], "Reply giving the manufacturer's warranty hotline, marked as such (BSM309 exception).")

m(16, "reply", "html", "Re: Vos coordonnées pour notre comptabilité – commande {O}",
  "<p>Bonjour Monsieur Dubois,</p><p>Voici les coordonnées de notre société pour votre service comptable, concernant la commande {O} :</p><p>Atelier Brin d’Osier SARL<br>8 chemin des Vanniers<br>37190 Villaines-les-Rochers<br>SIRET 534 118 276 00017 – APE 1629Z<br>TVA intracommunautaire FR09 534118276</p><p>Bien cordialement,<br>Hélène Brin, gérante</p>",
  [], "Reply with a company-details footer.")

m(17, "reply", "text", "Re: Remboursement de votre retour – commande {O}",
  "Bonjour,\n\nVotre colis retour (suivi Colissimo 6A21478830215, retour n° RMA-2026-5521) a été réceptionné à notre entrepôt le 04/12/2026 à 11h42. Le remboursement de 64,50 € a été effectué le jour même ; il apparaîtra sous 3 à 5 jours ouvrés selon votre banque.\n\nBonne fin de semaine,\nKarim Aït-Ali\nSAV – Sport Évasion (commande {O})",
  [], "Reply with return tracking number, RMA number, date, time and amount.")

# ---------------- 31 violations ----------------
m(18, "delivery-delay", "text", "Suivi de votre commande {O}",
  "Bonjour,\n\nBonne nouvelle : votre colis (commande {O}) a quitté notre entrepôt ce matin et a été remis à Chronopost. Vous devriez le recevoir d’ici 48 heures.\n\nCordialement,\nL’équipe Bébé Câlin",
  ["BSM201"], "Shipping confirmation: left the warehouse and handed to the carrier.")

m(19, "fulfillment-question", "text", "Commande {O} bien reçue",
  "Bonjour Madame Roussel,\n\nNous avons bien enregistré votre commande {O} et nos préparateurs s’en occupent dès aujourd’hui. Elle sera soigneusement emballée dans du papier de soie.\n\nÀ très vite,\nChloé – Bougies de Saint-Malo",
  ["BSM201"], "Order confirmation: received and being prepared.")

m(20, "reply", "text", "Merci ! – commande {O}",
  "Bonjour,\n\nUn grand merci pour votre commande {O} et pour votre confiance. Toute l’équipe vous remercie chaleureusement.\n\nBelle journée,\nLa Fromagerie Ambroise",
  ["BSM202"], "Thanks only.")

m(21, "fulfillment-question", "text", "Commande {O}",
  "Bonjour Monsieur Caron,\n\nAu moindre souci avec votre commande {O}, n’hésitez pas à revenir vers nous, nous sommes là pour vous aider.\n\nBien à vous,\nService clients Outils Pro Nord",
  ["BSM202"], "Only an offer to help if something comes up.")

m(22, "delivery-delay", "text", "Commande {O} : léger retard",
  "Bonjour,\n\nVotre jeu de société « Les Baronnies » (commande {O}) partira avec deux jours de retard, le 16/12, en raison d’une réimpression des cartes.\n\nMerci de votre patience,\nGaëtan, Ludothèque du Lez\n\nP.S. Pour patienter, profitez de -20 % sur toute la boutique jusqu’au 31 décembre avec le code NOEL20.",
  ["BSM203"], "Permitted delay with a promotional P.S. (20% off everything).")

m(23, "review-request", "text", "Votre avis compte – commande {O}",
  "Bonjour,\n\nNous espérons que votre sac en cuir (commande {O}) vous donne satisfaction ; vous pouvez laisser un avis sur Amazon si vous le souhaitez.\n\nEt pour ne rien manquer de notre nouvelle collection printemps, abonnez-vous à notre newsletter et suivez-nous sur Instagram !\n\nCordialement,\nMaroquinerie Lisa Morel",
  ["BSM203"], "Review request with follow-us / newsletter / new collection invitation.")

m(24, "review-request", "text", "Un petit geste pour votre avis – commande {O}",
  "Bonjour Madame Girard,\n\nNous espérons que vos bocaux vous plaisent. Dès que votre commentaire sera publié sur Amazon, envoyez-nous simplement votre numéro de commande ({O}) en réponse à ce message : une petite attention vous attend pour vous remercier.\n\nÀ bientôt,\nLes Conserves de Mamie Jo",
  ["BSM204"], "A token of appreciation once the review is published.")

m(25, "review-request", "text", "Commande {O} : remboursement",
  "Bonjour,\n\nNous vous proposons quelque chose de simple : laissez un avis sur la lampe frontale achetée (commande {O}) et, dès qu’il est en ligne, nous vous remboursons intégralement votre achat.\n\nSportivement,\nTrail Équipement",
  ["BSM204"], "Full refund once the review is online.")

m(26, "reply", "text", "Re: Votre commentaire – commande {O}",
  "Bonjour Monsieur Lemaire,\n\nNous avons échangé la bouilloire défectueuse de votre commande {O} et le nouvel appareil fonctionne, d’après votre dernier message. Dans ces conditions, accepteriez-vous de revoir l’évaluation à une étoile que vous avez laissée, voire de la retirer ?\n\nMerci de votre compréhension,\nDavid, Cuisine Plus",
  ["BSM205"], "Asks to update or remove a one-star review.")

m(27, "review-request", "text", "Êtes-vous satisfait ? – commande {O}",
  "Bonjour,\n\nSi vous êtes content de votre coussin de méditation (commande {O}), un avis sur Amazon nous ferait très plaisir. Si quelque chose ne va pas, écrivez-nous d’abord plutôt que de laisser un commentaire : nous trouverons une solution.\n\nNamasté,\nZen Attitude Boutique",
  ["BSM206"], "Review only if satisfied; unhappy buyers steered to contact the seller.", locale="fr-BE")

m(28, "review-request", "html", "Commande {O} : votre note",
  "<p>Bonjour,</p><p>Au sujet de votre perceuse (commande {O}) : pourriez-vous prendre une minute pour lui attribuer 5 étoiles sur Amazon ? C’est ce qui fait vivre une petite entreprise comme la nôtre.</p><p>Merci,<br>Yannick – Brico Breizh</p>",
  ["BSM206"], "Asks for a five-star rating.")

m(29, "order-problem", "text", "Commande {O} : rupture de stock",
  "Bonjour Madame Colin,\n\nLe chargeur de votre commande {O} est en rupture chez notre fournisseur ; nous avons ajusté le montant de la commande de 19,90 €. Comme la coque commandée avec ne vous servira sans doute pas seule, le plus rapide est encore d’annuler vous-même la commande depuis votre compte Amazon.\n\nCordialement,\nAccessoires Mobile 33",
  ["BSM108"], "Amount adjusted, but advises the buyer to cancel because of the stock-out.")

m(30, "order-problem", "text", "Commande {O}",
  "Bonjour,\n\nNous sommes au regret de vous informer que le vélo d’appartement de votre commande {O} n’est plus en stock et que le réassort n’est pas prévu avant février. Nous vous serions reconnaissants de bien vouloir nous envoyer une demande d’annulation depuis votre espace client.\n\nAvec nos excuses,\nFitness Direct France",
  ["BSM107", "BSM108"], "Polite request to cancel, without confirming the amount was adjusted.")

m(31, "review-request", "text", "Votre avis sur la commande {O}",
  "Bonjour,\n\nNous espérons que votre tapis de yoga vous convient : vous pouvez partager votre avis sur la page du produit sur Amazon.\n\nVous ne souhaitez plus recevoir nos messages ? Répondez simplement STOP.\n\nCordialement,\nYogi Shop (commande {O})",
  ["BSM305"], "Opt-out instruction (reply STOP).")

m(32, "reply", "text", "Re: Colis abîmé – commande {O}",
  "Bonjour,\n\nPutain, encore un colis écrasé par le transporteur, on en a marre de ces bras cassés. Bref : envoyez-nous une photo du carton et du vase (commande {O}) et on vous renvoie un vase neuf.\n\nMathieu, Céramiques du Sud",
  ["BSM306"], "French profanity in a reply.")

m(33, "delivery-delay", "text", "Bestelling {O}: vertraging",
  "Beste klant,\n\nUw bestelling {O} (de wollen deken) vertrekt helaas pas op 18 december in plaats van 12 december. Onze weverij heeft een achterstand door ziekte.\n\nMet vriendelijke groeten,\nLaine & Lin – Namur",
  ["BSM104"], "Message written in Dutch to a French-speaking Belgian buyer.", locale="fr-BE")

m(34, "reply", "text", "Re: Taille du pantalon – commande {O}",
  "Bonjour,\n\nPour échanger la taille du pantalon (commande {O}), le plus simple est de nous appeler au 04 78 62 19 55, du mardi au samedi.\n\nCordialement,\nCélia – Mode Croix-Rousse",
  ["BSM309"], "French national-format phone number.")

m(35, "delivery-scheduling", "text", "Livraison du réfrigérateur – commande {O}",
  "Bonjour,\n\nNotre transporteur peut livrer votre réfrigérateur (commande {O}) le 17/12 entre 8h et 13h ou le 18/12 entre 14h et 19h. Indiquez-nous votre choix ici, ou appelez le service planning au +33 (0)2 40 71 36 82.\n\nCordialement,\nFroid Service Atlantique",
  ["BSM309"], "International-format phone number, not a warranty line.")

m(36, "reply", "text", "Re: Notice de montage – commande {O}",
  "Bonjour,\n\nLa notice de l’étagère (commande {O}) est en pièce jointe. Si des vis manquent, écrivez à pieces@bois-et-vis.fr en précisant les références.\n\nBonne installation,\nBois & Vis",
  ["BSM308"], "Plain e-mail address in the text.")

m(37, "reply", "text", "Re: Composition du savon – commande {O}",
  "Bonjour,\n\nLa liste complète des ingrédients et des allergènes du savon au lait d’ânesse (commande {O}) est tenue par notre laboratoire ; il vous l’enverra si vous lui écrivez à labo arobase savonnerie-occitane point fr.\n\nBien cordialement,\nIsabelle Ferrand\nSavonnerie Occitane",
  ["BSM308"], "Obfuscated e-mail address (arobase / point).")

m(38, "reply", "html", "Re: Entretien du linge de lit – commande {O}",
  "<p>Bonjour,</p><p>Merci pour votre question au sujet des draps en lin lavé (commande {O}). Nous avons rassemblé tous nos conseils sur notre site : <a href=\"https://www.lin-et-lune.fr/conseils/entretien-du-lin\">nos conseils d’entretien du lin lavé</a>.</p><p>Cordialement,<br>Agathe, Lin &amp; Lune</p>",
  ["BSM302"], "Descriptive https link to the seller's own site.")

m(39, "review-request", "html", "Commande {O} : laissez un avis",
  "<p>Bonjour,</p><p>Nous espérons que votre moulin à poivre (commande {O}) vous rend service. Vous pouvez partager votre expérience :</p><p><a href=\"http://www.amazon.fr/review/create-review?asin=B09KP3ZL21\">Écrire un commentaire sur Amazon</a></p><p>Merci,<br>Épices &amp; Moulins</p>",
  ["BSM301"], "Insecure http link to Amazon with descriptive text.")

m(40, "delivery-delay", "html", "Commande {O} : retard de fabrication",
  "<p>Bonjour,</p><p>La fabrication de votre théière en fonte (commande {O}) prend plus de temps que prévu ; elle partira le 18/12.</p><p><img src=\"https://img.thes-et-fontes.fr/produits/theiere-fonte-noire-1-2l.jpg\" alt=\"Théière en fonte noire 1,2 L\" width=\"300\" height=\"300\"></p><p>Nos excuses,<br>Thés &amp; Fontes</p>",
  ["BSM310"], "Photo of the purchased product.")

m(41, "review-request", "html", "Joyeuses fêtes ! Votre avis sur la commande {O}",
  "<p><img src=\"https://static.cadeaux-bellecour.fr/mail/sapin-de-noel-neige.jpg\" alt=\"Sapin de Noël sous la neige\" width=\"400\" height=\"260\"></p><p>Bonjour,</p><p>Nous espérons que votre coffret (commande {O}) vous a fait plaisir : vous pouvez laisser un avis sur Amazon si vous le souhaitez.</p><p>Cadeaux Bellecour</p>",
  ["BSM311"], "Stock image unrelated to the shop (Christmas tree).")

m(42, "delivery-delay", "html", "Commande {O} : nouvelle date",
  "<p><img src=\"https://cdn.ateliers-garance.fr/logo-ateliers-garance.png\" alt=\"\" width=\"150\" height=\"40\"></p><p>Bonjour,</p><p>Votre robe sur mesure (commande {O}) sera terminée le 15/12 et partira le lendemain.</p><p>Cordialement,<br>Les Ateliers Garance</p>",
  ["BSM402"], "Shop logo with empty alt.")

m(43, "reply", "text", "Re: Couleur du bonnet – commande {O}",
  "Bonjour,\n\nLe bonnet de votre commande {O} est bien en laine d’alpaga, coloris « moutarde » 🧶 Il peut se laver à la main à 30 °C.\n\nBonne journée,\nMaëlle – Tricots d’Armor",
  ["BSM403"], "Emoji in a reply.")

m(44, "reply", "text", "Re: Taille de la bague – commande {O}",
  "Bonjour,\n\nPas d’inquiétude, nous pouvons mettre la bague à la taille 54 avant l’envoi de la commande {O}. Il suffit de nous le confirmer ici ;-)\n\nBien à vous,\nBijoux Solène",
  ["BSM403"], "Emoticon ;-) in a reply.")

m(45, "delivery-delay", "html", "Commande {O} : report de livraison",
  "<style>.titre{font-size:22px}.texte{font-size:15px}.note{font-size:12px}.mini{font-size:10px}</style><p class=\"titre\">Information retard</p><p class=\"texte\">Bonjour, votre table basse (commande {O}) partira le 19/12 au lieu du 14/12, suite à un retard de vernissage.</p><p class=\"note\">Nous vous prions de nous excuser.</p><p class=\"mini\">Atelier Chêne &amp; Cie</p>",
  ["BSM410"], "Four explicit font sizes in a style block.")

m(46, "delivery-delay", "text", "Commande {O} : retard",
  "Bonjour,\n\nVotre commande {O} partira avec trois jours de retard, le 17/12.\n\n\n\nNous nous en excusons.\n\nCordialement,\nPoterie du Lac",
  ["BSM412"], "Several blank lines in a row in plain text.")

m(47, "invoice", "text", "[Important] Facture – commande {O}",
  "Bonjour,\n\nVous trouverez en pièce jointe la facture F2026-1184 de votre commande {O}.\n\nCordialement,\nComptabilité – Domaine des Hautes Côtes",
  ["BSM110"], "[Important] tag on an invoice.")

m(48, "review-request", "html", "Votre avis sur la commande {O}",
  "<p>Bonjour,</p><p>Nous espérons que votre kit de broderie (commande {O}) vous plaît ; pour laisser un commentaire, <a href=\"https://www.amazon.fr/review/create-review?asin=B0B7RT4KQ8\">cliquez ici</a>.</p><p>Merci,<br>Fil &amp; Aiguille</p>",
  ["BSM401"], "Non-descriptive link text 'cliquez ici'.")

# ---------------- 2 that vary ----------------
m(49, "review-request", "html", "Commande {O} : votre avis",
  "<p>Bonjour,</p><p>Nous espérons que votre cafetière italienne (commande {O}) vous donne satisfaction. Vous pouvez laisser un avis sur Amazon si vous le souhaitez.</p><p>Cordialement,<br>Café Moka &amp; Co</p><img src=\"https://t.mailstat-pro.fr/open.gif?cid=88412&amp;uid=5093\" width=\"1\" height=\"1\">",
  ["BSM307", "BSM402"], "1x1 tracking pixel without alt.")

m(50, "delivery-delay", "html", "Commande {O} : retard",
  "<p><a href=\"https://www.verrerie-dargent.fr\"><img src=\"https://www.verrerie-dargent.fr/img/logo-verrerie-dargent.png\" alt=\"Verrerie d’Argent\" width=\"160\" height=\"50\"></a></p><p>Bonjour,</p><p>Votre carafe gravée (commande {O}) partira le 16/12 au lieu du 12/12, la gravure ayant dû être refaite.</p><p>Toutes nos excuses,<br>Verrerie d’Argent</p>",
  ["BSM302", "BSM304"], "Shop logo linked to the shop's website.")
