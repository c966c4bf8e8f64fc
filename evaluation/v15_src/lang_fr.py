"""v15 French (fr-FR) evaluation messages."""
L, LOC, P = "fr", "fr-FR", "463"
_O = ["463-2918374-5520193", "463-7741029-3386015", "463-0583316-9127744", "463-5129960-4471802",
      "463-8862051-1093367", "463-3307418-6650921", "463-9475203-2218846", "463-1640087-7795430",
      "463-6218894-0341258", "463-4093372-8867109", "463-7356610-5129984", "463-2281947-3306572",
      "463-8804415-6673091", "463-5572093-9914726", "463-0136658-2487310", "463-6690124-7058833",
      "463-3849971-1162405", "463-9912340-4438817", "463-1178563-6601294", "463-4425086-3379152",
      "463-7063319-8820467", "463-2754408-5513690", "463-8317752-0946623", "463-5006841-7731508",
      "463-6648230-2295174", "463-0921577-4460381", "463-3385102-9017756", "463-7790446-1184239",
      "463-4518893-6623017", "463-9237015-3348562", "463-1469928-8852104", "463-5853361-0079643",
      "463-2047789-4416925", "463-8681134-7290386", "463-3122567-5538041", "463-6975802-1847713",
      "463-0450239-9963275", "463-7219684-2204958", "463-4886017-6371420", "463-9563348-0718896",
      "463-1802795-5483167", "463-5337026-3925548", "463-2609461-8157302", "463-8144973-4690825",
      "463-3771208-7034619", "463-6025549-2516780", "463-0398872-9642153", "463-7483310-1370497",
      "463-4260653-5801326", "463-9016784-3259941"]
MESSAGES = []
def m(typ, fmt, subject, body, exp, note):
    n = len(MESSAGES) + 1
    o = _O[n - 1]
    MESSAGES.append({"id": "v15-%s-%03d" % (L, n), "language": L, "locale": LOC, "type": typ,
                     "format": fmt, "subject": subject.replace("{o}", o), "body": body.replace("{o}", o),
                     "order_id": o, "expected": sorted(exp), "note": note})

# ---- 17 clean ----
m("delivery-delay", "text", "Votre commande {o} : petit retard",
  "Bonjour Madame Lefèvre,\n\nLa théière en fonte que vous avez commandée (commande {o}) arrivera plus tard que prévu : notre fondeur nous livre le lot le 18/03. Nous l'expédierons dès réception, pour une livraison estimée entre le 20 et le 22 mars.\n\nToutes nos excuses pour ce contretemps.\n\nBien cordialement,\nJulien Marchal\nLa Maison du Thé Marchal",
  [], "Plain-text delivery delay with French date formats, clean.")
m("delivery-delay", "html", "Commande {o} - nouvelle date d'expédition",
  "<p>Bonjour,</p><p>Votre lampe de bureau (commande {o}) ne partira pas à la date annoncée : le fournisseur des abat-jour a du retard. Nouvelle date d'expédition prévue : <strong>jeudi 9 avril</strong>.</p><p>Nous sommes désolés pour l'attente.</p><p>L'équipe Lumen &amp; Co<br><small>Service client - du lundi au vendredi, 9h-17h</small></p>",
  [], "Builder-style HTML delivery delay with only default size and small, clean.")
m("order-problem", "text", "[Important] Article indisponible - commande {o}",
  "Bonjour Monsieur Dubreuil,\n\nMalheureusement le second coussin en lin (coloris sauge) de votre commande {o} n'est plus disponible : le dernier exemplaire était défectueux. Nous avons donc ajusté le montant de votre commande de 34,90 €, motif « rupture de stock » ; le remboursement apparaîtra sous 3 à 5 jours ouvrés. Le reste de votre commande n'est pas concerné.\n\nCordialement,\nNadia Benali\nLinge & Lin",
  [], "Order problem with amount adjusted and [Important] tag, allowed on this type.")
m("additional-information", "text", "Gravure - commande {o}",
  "Bonjour,\n\nPour graver votre planche à découper (commande {o}), il nous manque le texte exact : vous avez indiqué « Famille » sans le nom. Pouvez-vous nous répondre avec le texte souhaité (25 caractères maximum) ? Nous lançons la gravure dès votre retour.\n\nMerci,\nThomas, atelier Bois d'Ici",
  [], "Request for the engraving text needed to complete the order, clean.")
m("return-follow-up", "text", "Retour de votre commande {o}",
  "Bonjour Madame Garnier,\n\nVous nous avez signalé une petite rayure sur le plateau de la desserte (commande {o}). Plutôt qu'un retour, nous pouvons vous proposer un remboursement partiel de 25 € si vous gardez l'article. Dites-nous simplement ce que vous préférez.\n\nBien à vous,\nSophie Carrel\nMobilier Carrel",
  [], "Return follow-up offering a partial refund, clean.")
m("return-follow-up", "text", "Re: retour {o}",
  "Bonjour,\n\nNous avons bien noté votre demande de retour pour la commande {o}. Pour finaliser, pourriez-vous nous préciser si le mixeur a été utilisé, et si l'emballage d'origine est encore en votre possession ?\n\nCordialement,\nService après-vente Cuisinéo",
  [], "Return follow-up asking for information needed to complete the return, clean.")
m("invoice", "text", "Facture FA/2026/0412 - commande {o}",
  "Bonjour,\n\nVeuillez trouver ci-joint la facture FA/2026/0412 relative à votre commande {o}, d'un montant de 189,00 € TTC (dont TVA 20 % : 31,50 €).\n\nCordialement,\nComptabilité - Atelier Verrier Roux SARL\n7 rue de la Verrerie, 13002 Marseille\nSIRET 812 457 903 00027 - RCS Marseille B 812 457 903\nTVA intracommunautaire : FR 47 812457903",
  [], "Invoice with SIRET, RCS, TVA number and slashed invoice number, clean.")
m("review-request", "text", "Votre avis sur la commande {o}",
  "Bonjour Madame Petit,\n\nVotre sac à dos (commande {o}) vous a été livré il y a une semaine. Si vous avez un moment, votre avis sur Amazon aide d'autres clients à choisir, qu'il soit positif ou non.\n\nBonne journée,\nCamille, Sacs Alpins",
  [], "Neutral plain-text review request, clean.")
m("review-request", "html", "Un avis sur votre commande {o} ?",
  "<table width=\"100%\" cellpadding=\"8\"><tr><td><img src=\"https://cdn.papeterie-lune.fr/img/logo-papeterie-lune.png\" alt=\"Logo Papeterie de la Lune\" width=\"180\"></td></tr><tr><td><p>Bonjour,</p><p>Nous espérons que les carnets de votre commande {o} vous plaisent. Vous pouvez partager votre expérience, bonne ou moins bonne, ici : <a href=\"https://www.amazon.fr/review/create-review?asin=B0CX41L7QZ\">Rédiger un commentaire sur Amazon</a>.</p><p>Merci,<br>Papeterie de la Lune</p></td></tr></table>",
  [], "HTML review request with shop logo, alt text and descriptive Amazon https link, clean.")
m("delivery-scheduling", "text", "Livraison de votre armoire - commande {o}",
  "Bonjour Monsieur Roussel,\n\nVotre armoire (2 colis, 87 kg) sera livrée par notre transporteur spécialisé. Merci de choisir un créneau pour la commande {o} :\n- mardi 14/04, 8h-12h\n- mardi 14/04, 13h-18h\n- mercredi 15/04, 8h-12h\n\nPrécisez aussi l'étage et la présence d'un ascenseur.\n\nCordialement,\nLogistique Meubles Vasseur",
  [], "Delivery scheduling of a bulky item with time slots, clean.")
m("home-service-appointment", "text", "Rendez-vous d'installation - commande {o}",
  "Bonjour,\n\nSuite à votre commande {o} (pose d'un lave-vaisselle), notre technicien peut intervenir le vendredi 24 avril entre 10h00 et 12h00, ou le lundi 27 avril entre 14h00 et 16h00. Quel créneau vous convient ?\n\nBien cordialement,\nMarc Olivier\nInstallations Olivier & Fils",
  [], "Home service appointment with date and time options, clean.")
m("custom-design-verification", "text", "BAT de votre faire-part - commande {o}",
  "Bonjour Léa et Antoine,\n\nVoici en pièce jointe le bon à tirer (BAT_faire-part_v2.pdf) de vos faire-part (commande {o}). Vérifiez bien l'orthographe des prénoms, la date du 13 juin et l'adresse de la mairie. Nous n'imprimons qu'après votre accord écrit.\n\nÀ très vite,\nClémence - Studio Papier Plume",
  [], "Custom design proof attachment for approval, clean.")
m("fulfillment-question", "text", "Code d'accès pour la livraison {o}",
  "Bonjour,\n\nLe livreur n'a pas pu accéder à votre immeuble pour la commande {o} (envoi n° 6A19283746510, réf. interne LIV-2026-0873). Pourriez-vous nous communiquer le digicode et le numéro de bâtiment ? Nous reprogrammerons le passage aussitôt.\n\nMerci,\nService expéditions Jardin Malin",
  [], "Door-code question with tracking and reference numbers (not phones), clean.")
m("reply", "text", "Re: question sur « Cast Iron Skillet Pro 28 »",
  "Bonjour Monsieur Henry,\n\nOui, la poêle « Cast Iron Skillet Pro 28 » de votre commande {o} est compatible avec les plaques à induction. Avant la première utilisation, il suffit de la laver à l'eau chaude et de la huiler légèrement.\n\nBonne cuisine !\nAurélie, Cuisine & Fonte",
  [], "Reply quoting an English product title inside French sentences, clean.")
m("reply", "text", "Re: garantie de votre aspirateur - {o}",
  "Bonjour,\n\nVotre aspirateur (commande {o}) est garanti 2 ans par le fabricant. Pour une prise en charge, le service garantie du fabricant Néoclean est joignable au 09 70 81 42 36 (ligne SAV fabricant, appel non surtaxé). Munissez-vous du numéro de série inscrit sous l'appareil.\n\nCordialement,\nÉlectroménager Baudin",
  [], "Reply giving a manufacturer warranty hotline marked as such (BSM309 exception), clean.")
m("reply", "text", "Re: facture au nom de la société - {o}",
  "Bonjour Madame Morel,\n\nC'est noté : la facture de la commande {o} sera établie au nom de votre entreprise, avec votre numéro de TVA. Vous la recevrez via la messagerie Amazon sous 48 heures.\n\nCordialement,\n\nGuillaume Faure\nResponsable service client\nFaure Outillage SAS - capital de 50 000 €\nZA des Prés, 2 allée des Artisans, 44300 Nantes\nSIREN 903 218 664 - RCS Nantes\nN° TVA : FR 61 903218664",
  [], "Reply with a company-details footer (SIREN, RCS, TVA), clean.")
m("reply", "text", "Re: où en est mon remboursement ? ({o})",
  "Bonjour,\n\nVotre colis retour (commande {o}, numéro de suivi 8R04511236987) nous est parvenu le 02/02/2026 à 10h47. Le remboursement de 64,50 € a été lancé le jour même à 15h20 ; comptez 3 à 5 jours ouvrés selon votre banque. Référence de retour : RET-24-11873.\n\nBonne soirée,\nKevin, service client Vélo Pièces",
  [], "Reply with tracking, return numbers, dates, times and amounts, clean.")
# ---- 31 violations ----
m("fulfillment-question", "text", "Votre colis {o}",
  "Bonjour,\n\nBonne nouvelle : votre commande {o} a quitté notre entrepôt ce matin et a été confiée à Colissimo. Elle devrait arriver d'ici jeudi.\n\nBelle journée,\nL'équipe Terre de Sel",
  ["BSM201"], "Shipping confirmation worded as left the warehouse and handed to carrier.")
m("fulfillment-question", "html", "Commande {o} bien reçue",
  "<p>Bonjour Monsieur Lambert,</p><p>Nous avons bien reçu votre commande {o} et notre équipe est déjà en train de la préparer avec soin.</p><p>Cordialement,<br>Les Confitures de Mamie Odette</p>",
  ["BSM201"], "Order-received and being-prepared confirmation.")
m("reply", "text", "Merci ! - {o}",
  "Bonjour Chantal,\n\nUn grand merci pour votre achat (commande {o}), ça nous fait vraiment plaisir !\n\nÀ bientôt,\nManon et Paul, Les Bougies du Lot",
  ["BSM202"], "Message containing only thanks.")
m("fulfillment-question", "text", "Commande {o}",
  "Bonjour,\n\nSachez que nous restons à votre entière disposition si le moindre souci se présente avec votre commande {o}.\n\nCordialement,\nService client Hexa Sport",
  ["BSM202"], "Only says the seller is available if a problem arises.")
m("delivery-delay", "text", "Léger retard - commande {o}",
  "Bonjour,\n\nVotre tapis de yoga (commande {o}) sera expédié avec deux jours de retard, le 11/05, en raison d'un inventaire.\n\nDésolés pour la gêne,\nZen Matériel\n\nPS : jusqu'à dimanche, -20 % sur toute la boutique avec le code ZEN20.",
  ["BSM203"], "Permitted delay message with a P.S. promoting 20% off the whole range.")
m("reply", "text", "Re: taille du pull - {o}",
  "Bonjour,\n\nLe pull de votre commande {o} taille normalement ; prenez votre taille habituelle.\n\nAu passage, notre nouvelle collection printemps vient de sortir ! Suivez-nous sur Instagram et inscrivez-vous à notre newsletter pour ne rien rater.\n\nKatell, Tricots Bretons",
  ["BSM203"], "Reply inviting to follow the shop, newsletter and new collection.")
m("review-request", "text", "Votre avis compte - {o}",
  "Bonjour,\n\nSi vous publiez un avis sur votre cafetière (commande {o}), envoyez-nous la capture d'écran : nous vous ferons parvenir un petit cadeau pour vous remercier.\n\nL'équipe Café Compagnon",
  ["BSM204"], "Small token of appreciation once the review is published.")
m("review-request", "text", "Commande {o} - une faveur",
  "Bonjour Monsieur Girard,\n\nDès que votre commentaire sera en ligne sur Amazon, nous vous remboursons intégralement la commande {o}. Il suffit de nous répondre ici avec le lien de votre avis.\n\nCordialement,\nBoutique GadgetPlus",
  ["BSM204"], "Full refund as soon as the review is online.")
m("reply", "text", "Re: votre évaluation - commande {o}",
  "Bonjour Madame Fabre,\n\nNous sommes ravis que le chargeur de remplacement de la commande {o} fonctionne bien. Maintenant que le problème est réglé, accepteriez-vous de modifier votre évaluation à une étoile, voire de la retirer ?\n\nMerci d'avance,\nÉnergie Mobile",
  ["BSM205"], "Asks to update or remove a one-star review.")
m("review-request", "text", "Êtes-vous satisfait ? Commande {o}",
  "Bonjour,\n\nSi vous êtes content de votre gourde (commande {o}), laissez-nous un commentaire sur Amazon. Dans le cas contraire, écrivez-nous d'abord plutôt que de laisser un avis : on trouvera une solution.\n\nL'équipe H2O Nomade",
  ["BSM206"], "Review asked only from satisfied buyers; unhappy ones steered to contact.")
m("review-request", "html", "5 étoiles pour la commande {o} ?",
  "<p>Bonjour,</p><p>Toute notre petite équipe a mis du cœur dans la fabrication de votre bijou (commande {o}). Si vous pouviez nous attribuer 5 étoiles sur Amazon, cela nous aiderait énormément.</p><p>Merci,<br>Atelier Perle d'Ambre</p>",
  ["BSM206"], "Asks for a five-star rating.")
m("order-problem", "text", "[Important] Rupture de stock - commande {o}",
  "Bonjour,\n\nL'enceinte de votre commande {o} est en rupture chez notre fournisseur. Nous avons ajusté le montant de la commande (motif : rupture de stock). Cela dit, le plus rapide pour vous reste d'annuler vous-même la commande depuis votre compte Amazon.\n\nCordialement,\nSonoDirect",
  ["BSM108"], "Amount adjusted but advises the buyer to cancel themselves.")
m("order-problem", "text", "Problème de stock - commande {o}",
  "Bonjour Madame Chevalier,\n\nNous sommes navrés : le fauteuil en rotin de votre commande {o} n'est plus disponible. Nous vous serions reconnaissants de bien vouloir déposer une demande d'annulation depuis votre espace client.\n\nBien cordialement,\nRotin & Nature",
  ["BSM107", "BSM108"], "Asks for a cancellation request without confirming an adjustment.")
m("delivery-delay", "text", "Retard d'expédition - {o}",
  "Bonjour,\n\nVotre commande {o} sera expédiée le 06/06 au lieu du 03/06. Nous vous prions de nous excuser.\n\nBoutique Kerlann\n\nVous ne souhaitez plus recevoir nos messages ? Répondez STOP.",
  ["BSM305"], "Opt-out instruction (reply STOP).")
m("delivery-delay", "text", "Commande {o} en retard",
  "Salut,\n\nCe putain de transporteur a encore perdu notre palette, donc ta commande {o} partira seulement lundi prochain. Désolé, c'est vraiment la merde en ce moment.\n\nRaph, Skate Garage",
  ["BSM306"], "French profanity in a delay notice.")
m("delivery-delay", "text", "Lieferverzögerung - Bestellung {o}",
  "Hallo Frau Martin,\n\nIhre Bestellung {o} verzögert sich leider um drei Tage, da unser Lieferant später liefert. Wir versenden voraussichtlich am 14.05.\n\nViele Grüße\nHaushaltswaren Berger",
  ["BSM104"], "Message to a French buyer written entirely in German.")
m("additional-information", "text", "Adresse incomplète - {o}",
  "Bonjour,\n\nL'adresse de livraison de la commande {o} ne comporte pas de numéro de rue. Le plus simple : appelez-nous au 04 78 62 19 53 ou répondez à ce message.\n\nCordialement,\nDroguerie Lyonnaise",
  ["BSM309"], "French national phone number, not a warranty line.")
m("reply", "text", "Re: montage - commande {o}",
  "Bonjour,\n\nPour le montage du lit (commande {o}), notre technicien peut vous guider en direct sur WhatsApp au +33 6 47 21 88 05.\n\nBonne soirée,\nNordik Déco",
  ["BSM309"], "International-format phone number.")
m("reply", "text", "Re: photos du défaut - {o}",
  "Bonjour,\n\nPour la commande {o}, envoyez-nous les photos du défaut directement à sav.poterie@gres-et-feu.fr, ce sera plus pratique pour les pièces jointes lourdes.\n\nMerci,\nGrès et Feu",
  ["BSM308"], "Plain e-mail address in the text.")
m("reply", "text", "Re: commande {o} - documents",
  "Bonjour Monsieur Perrin,\n\nVous pouvez nous transmettre le certificat pour la commande {o} à l'adresse suivante : contact arobase velos-anciens point fr.\n\nCordialement,\nVélos Anciens",
  ["BSM308"], "Obfuscated e-mail address (arobase / point).")
m("delivery-delay", "html", "Commande {o} : expédition décalée",
  "<p>Bonjour,</p><p>La commande {o} sera expédiée avec une semaine de retard, le 22 mai. En attendant, vous trouverez nos conseils d'entretien sur <a href=\"https://www.herbier-provence.fr/conseils-entretien\">la page Conseils d'entretien de notre site</a>.</p><p>L'Herbier de Provence</p>",
  ["BSM302"], "https link to the seller's own site, not needed for the order.")
m("review-request", "html", "Votre avis - commande {o}",
  "<p>Bonjour,</p><p>Votre commande {o} est arrivée il y a quelques jours. Vous pouvez donner votre avis sur <a href=\"http://www.amazon.fr/review/create-review?asin=B0D2M8K4RT\">la page d'évaluation Amazon de l'article</a>.</p><p>Cordialement,<br>Brico Malin</p>",
  ["BSM301"], "Insecure http link to Amazon with descriptive text.")
m("delivery-delay", "html", "Retard - commande {o}",
  "<p>Bonjour,</p><p>Votre vase (commande {o}) sera expédié le 30/05 au lieu du 26/05.</p><p><img src=\"https://img.ceramique-aline.fr/produits/vase-bleu-celadon.jpg\" alt=\"Vase bleu céladon\" width=\"300\"></p><p>Céramique Aline</p>",
  ["BSM310"], "Image of the purchased product.")
m("delivery-delay", "html", "Commande {o} : un peu de patience",
  "<p>Bonjour,</p><p>Votre commande {o} partira lundi prochain, notre atelier ayant fermé une semaine.</p><p><img src=\"https://img.atelier-gaspard.fr/ambiance/plage-coucher-soleil.jpg\" alt=\"Plage au coucher du soleil\" width=\"300\"></p><p>Atelier Gaspard</p>",
  ["BSM311"], "Unrelated stock image (beach at sunset).")
m("delivery-delay", "html", "Commande {o} retardée",
  "<p><img src=\"https://cdn.savonnerie-azur.fr/logo-savonnerie-azur.png\" alt=\"\" width=\"150\"></p><p>Bonjour,</p><p>Vos savons (commande {o}) seront expédiés le 04/07 : le temps de séchage a été plus long que prévu.</p><p>Savonnerie Azur</p>",
  ["BSM402"], "Shop logo with empty alt attribute.")
m("reply", "text", "Re: couleur du plaid - {o}",
  "Bonjour Julie,\n\nLe plaid de la commande {o} est bien gris anthracite, comme sur la fiche produit 😊 Vous allez l'adorer !\n\nInès, Douceur Maison",
  ["BSM403"], "Emoji in a reply.")
m("reply", "text", "Re: délai - commande {o}",
  "Bonjour,\n\nPas d'inquiétude, la commande {o} sera bien là avant Noël ;-) Nous avons prévu un envoi express le 18/12.\n\nHugo, Jouets en Bois",
  ["BSM403"], "Text emoticon ;-) in a reply.")
m("delivery-delay", "html", "Commande {o} : nouvelle date",
  "<style>h1{font-size:22px} h2{font-size:18px} .txt{font-size:15px} .mini{font-size:11px}</style><h1>Petit retard</h1><h2>Commande {o}</h2><p class=\"txt\">Votre commande sera expédiée le 12/09 au lieu du 08/09.</p><p class=\"mini\">Atelier Cuir Valmont</p>",
  ["BSM410"], "Four explicit font sizes in a style block besides the default.")
m("delivery-delay", "text", "Commande {o} - retard",
  "Bonjour,\n\n\nVotre commande {o} sera expédiée le 15/10.\n\n\n\nDésolés pour l'attente.\n\nJardins de Sologne",
  ["BSM412"], "Several blank lines in a row in plain text.")
m("review-request", "text", "[Important] Votre avis sur la commande {o}",
  "Bonjour,\n\nVotre commande {o} a été livrée récemment. Si vous le souhaitez, vous pouvez laisser un avis sur Amazon, quel qu'il soit.\n\nCordialement,\nPlantes & Pots",
  ["BSM110"], "[Important] tag on a review request.")
m("review-request", "html", "Donnez votre avis - commande {o}",
  "<p>Bonjour,</p><p>Vous avez reçu votre commande {o}. Pour laisser un avis, <a href=\"https://www.amazon.fr/review/create-review?asin=B0BZ7Q3LNM\">cliquez ici</a>.</p><p>Merci,<br>Épicerie Fine Dumas</p>",
  ["BSM401"], "Non-descriptive link text 'cliquez ici'.")
# ---- 2 varying ----
m("delivery-delay", "html", "Commande {o} : expédition reportée",
  "<div style=\"font-family: Georgia, serif; line-height: 1.8; color: #4a3b2c; text-align: justify;\"><p>Bonjour,</p><p>Votre commande {o} sera expédiée le 20/11 au lieu du 16/11, notre doreur ayant pris du retard.</p><p>Encadrements Lemaire</p></div>",
  ["BSM407", "BSM408", "BSM409", "BSM411"], "Builder styles: font family, line height, colour and justified text.")
m("delivery-delay", "text", "Retard de votre commande",
  "Bonjour Monsieur Caron,\n\nVotre horloge murale sera expédiée avec cinq jours de retard, le 03/03, suite à un souci de mécanisme chez notre fournisseur.\n\nToutes nos excuses,\nHorlogerie du Marais",
  ["BSM102"], "No order number in subject or body.")
