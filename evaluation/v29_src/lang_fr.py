"""v29 blind evaluation set, French (fr-FR / fr-BE). Standard library only."""

LANG = "fr"
PREFIX = "604"


def _order(n):
    return "%s-%07d-%07d" % (PREFIX, (n * 7919 + 2318457) % 10**7, (n * 104729 + 5093116) % 10**7)


MESSAGES = []


def _m(n, typ, fmt, subject, body, expected, note, locale="fr-FR"):
    o = _order(n)
    MESSAGES.append({
        "id": "v29-%s-%03d" % (LANG, n),
        "language": LANG,
        "locale": locale,
        "type": typ,
        "format": fmt,
        "subject": subject.replace("{ORDER}", o),
        "body": body.replace("{ORDER}", o),
        "order_id": o,
        "expected": sorted(expected),
        "note": note,
    })


# ---------------- clean (17) ----------------
_m(1, "delivery-delay", "text", "Votre commande {ORDER} : petit retard",
   "Bonjour Madame Lefèvre,\n\nLa théière en fonte que vous avez commandée (commande {ORDER}) nous arrive de l'atelier avec quelques jours de décalage. Elle partira chez vous le lundi 14 décembre au lieu du 9 comme annoncé.\n\nNous sommes désolés pour ce contretemps.\n\nBien cordialement,\nNadia\nLa Maison du Thé Vert",
   [], "Plain-text delivery delay with a new ship date; clean.")
_m(2, "delivery-delay", "html", "Commande {ORDER} - nouvelle date d'expédition",
   "<p>Bonjour,</p><p>Suite à une rupture chez notre fournisseur, les deux coussins en velours de votre commande <strong>{ORDER}</strong> seront expédiés le <strong>jeudi 17/12/2026</strong>.</p><table><tr><td>Date annoncée</td><td>10/12/2026</td></tr><tr><td>Nouvelle date</td><td>17/12/2026</td></tr></table><p>Merci de votre patience.<br>L'équipe Déco Bohème</p>",
   [], "Builder HTML delay notice with a small table and no styling; clean.")
_m(3, "order-problem", "text", "[Important] Commande {ORDER} : article indisponible",
   "Bonjour Monsieur Garnier,\n\nMalheureusement, le dernier exemplaire du moulin à poivre Peugeot 22 cm a été abîmé dans notre entrepôt et nous ne pourrons pas vous l'envoyer. Le montant de votre commande {ORDER} a été ajusté : les 39,90 € vous sont remboursés intégralement (motif : stock épuisé).\n\nToutes nos excuses,\n\nFrédéric Aubry\nCuisine & Tradition",
   [], "Order problem with [Important] that confirms the amount was adjusted; clean.")
_m(4, "additional-information", "text", "Gravure - commande {ORDER}",
   "Bonjour,\n\nPour lancer la gravure de votre planche à découper (commande {ORDER}), il nous manque le texte exact à graver : vous aviez indiqué « Famille Morel » dans la commande mais la case de la date est restée vide. Souhaitez-vous une date sous le nom, et si oui laquelle ?\n\nUne réponse via la messagerie Amazon suffit.\n\nMerci !\nJulien, Bois & Compagnie",
   [], "Asks for information needed to complete a personalised order; clean.")
_m(5, "return-follow-up", "text", "Votre demande de retour {ORDER}",
   "Madame, Monsieur,\n\nNous avons bien noté votre demande de retour pour la lampe de bureau (commande {ORDER}) en raison de la rayure sur le pied. Si vous préférez la garder, nous vous proposons un remboursement partiel de 15,00 € sur les 54,00 € payés. Dites-nous simplement ce que vous choisissez.\n\nCordialement,\nService clients Lumière d'Antan",
   [], "Return follow-up offering a partial refund; clean.")
_m(6, "return-follow-up", "html", "Retour commande {ORDER} : une question",
   "<p>Bonjour Mme Roussel,</p><p>Pour traiter le retour de la paire de chaussures (commande {ORDER}), pourriez-vous nous préciser si la boîte d'origine est encore en votre possession ? Le transporteur exige un emballage fermé.</p><p>Merci d'avance,<br>Léa – Les Souliers de Léon</p>",
   [], "Return follow-up asking for information needed to complete the return; clean.")
_m(7, "invoice", "text", "Facture FA/2026/12/0458 - commande {ORDER}",
   "Bonjour,\n\nVous trouverez en pièce jointe la facture FA/2026/12/0458 relative à votre commande {ORDER}, d'un montant de 129,00 € TTC (dont TVA 20 % : 21,50 €).\n\nBonne réception,\n\nComptabilité\nSAS Vélos Martin – 14 rue des Tanneurs, 69002 Lyon\nSIRET 812 457 903 00021 – RCS Lyon 812 457 903\nN° TVA intracommunautaire : FR 47 812457903",
   [], "Invoice with slash invoice number, SIRET, RCS and VAT numbers; clean.")
_m(8, "review-request", "text", "Votre avis sur votre commande {ORDER}",
   "Bonjour,\n\nVotre commande {ORDER} vous est parvenue il y a quelques jours. Si vous avez un moment, vous pouvez partager votre avis sur le produit sur Amazon : vos retours, quels qu'ils soient, aident d'autres clients à choisir.\n\nBonne journée,\nAntoine – Papeterie des Quais",
   [], "Neutral plain-text review request; clean.")
_m(9, "review-request", "html", "Un avis sur votre achat ? ({ORDER})",
   "<p><img src=\"https://cdn.atelierdulin.fr/img/logo-atelier-du-lin.png\" alt=\"Logo L'Atelier du Lin\" width=\"160\"></p><p>Bonjour,</p><p>Vos draps en lin lavé (commande {ORDER}) sont arrivés il y a une semaine. Nous serions heureux de connaître votre opinion, positive ou non.</p><p><a href=\"https://www.amazon.fr/review/review-your-purchases/\">Donner votre avis sur Amazon</a></p><p>Bien à vous,<br>Camille, L'Atelier du Lin</p>",
   [], "HTML review request with the shop's logo (alt names the shop) and a descriptive https Amazon link; clean.")
_m(10, "delivery-scheduling", "text", "Livraison de votre armoire - commande {ORDER}",
   "Bonjour Monsieur Petit,\n\nVotre armoire trois portes (commande {ORDER}) sera livrée par notre transporteur spécialisé avec deux livreurs. Merci de nous indiquer le créneau qui vous convient :\n\n- mardi 15 décembre, 8h00 - 12h00\n- mercredi 16 décembre, 13h30 - 17h30\n- vendredi 18 décembre, 8h00 - 12h00\n\nPensez à nous signaler l'étage et la présence d'un ascenseur.\n\nCordialement,\nMeubles Durand",
   [], "Scheduling delivery of a bulky item with dates and time slots; clean.")
_m(11, "home-service-appointment", "text", "Rendez-vous d'installation - {ORDER}",
   "Bonjour,\n\nNotre technicien peut venir installer votre lave-vaisselle (commande {ORDER}) le lundi 21/12 entre 9h et 11h ou le mardi 22/12 entre 14h et 16h. Lequel de ces rendez-vous préférez-vous ?\n\nL'intervention dure environ 1h30.\n\nMerci,\nPlanning Installations Sud-Ouest",
   [], "Home service appointment with dates and time windows; clean.")
_m(12, "custom-design-verification", "text", "BAT à valider - commande {ORDER}",
   "Bonjour Sophie,\n\nVoici en pièce jointe le bon à tirer de vos faire-part de naissance (commande {ORDER}) : prénom « Lou », date du 2 décembre 2026, papier ivoire 300 g.\n\nMerci de vérifier l'orthographe et la mise en page, puis de nous répondre « BAT validé » ou de nous indiquer les corrections. L'impression démarre dès votre accord.\n\nÀ très vite,\nMarion – Papier Plume",
   [], "Design proof sent for verification; clean.")
_m(13, "fulfillment-question", "text", "Code d'accès pour la livraison {ORDER}",
   "Bonjour,\n\nLe livreur de votre commande {ORDER} (réf. de tournée LIV-2026-00871, colis 2/2) signale que la résidence est fermée par un digicode. Pourriez-vous nous communiquer le code d'accès et le numéro du bâtiment, afin que la livraison puisse se faire ?\n\nMerci beaucoup,\nLogistique – Jardins de Provence",
   [], "Door-code question with reference numbers that are not phone numbers; clean.")
_m(14, "reply", "text", "Re: taille du produit - {ORDER}",
   "Bonjour Monsieur Lemoine,\n\nOui, le « Cast Iron Dutch Oven 5.5 Qt » que vous avez commandé (commande {ORDER}) fait 26 cm de diamètre intérieur ; il passe au four jusqu'à 260 °C et convient à l'induction.\n\nBonne cuisine,\nThomas\nCocottes & Co",
   [], "Reply quoting an English product title inside French sentences; clean.")
_m(15, "reply", "text", "Re: panne de l'aspirateur {ORDER}",
   "Bonjour Madame Chevalier,\n\nVotre aspirateur (commande {ORDER}) est toujours sous garantie constructeur pendant 2 ans. Pour une prise en charge rapide, le plus simple est de contacter directement la hotline garantie du fabricant Tornadix : 01 76 54 32 10 (numéro du service garantie du fabricant, du lundi au vendredi de 9h à 18h).\n\nMunissez-vous de votre facture et du numéro de série.\n\nCordialement,\nÉlectroménager Bernard",
   [], "Reply giving the manufacturer's warranty hotline, marked as such (BSM309 exception); clean.")
_m(16, "reply", "html", "Re: coordonnées de la société - commande {ORDER}",
   "<p>Bonjour,</p><p>Comme demandé, voici nos coordonnées complètes pour votre note de frais (commande {ORDER}).</p><p><small>Bureautique Moderne SARL – capital 20 000 €<br>7 avenue Jean-Jaurès, 31000 Toulouse, France<br>SIRET 534 219 876 00018 – RCS Toulouse B 534 219 876<br>TVA FR 12 534219876 – Code APE 4666Z</small></p><p>Cordialement,<br>Hélène Fabre, gérante</p>",
   [], "Reply with a company-details footer in <small>; clean.")
_m(17, "reply", "text", "Re: mon remboursement ({ORDER})",
   "Bonjour Monsieur Blanc,\n\nVotre colis retour (numéro de suivi 6A18734592011, étiquette RMA 2026-1187) a été scanné à notre dépôt le 3 décembre à 10h42. Le remboursement de 64,90 € sur votre commande {ORDER} a été déclenché le 4 décembre ; comptez 3 à 5 jours ouvrés selon votre banque.\n\nBien cordialement,\nService après-vente\nSport Évasion",
   [], "Reply with return tracking number, RMA, dates, times and amounts; clean.")

# ---------------- violations (31) ----------------
_m(18, "fulfillment-question", "text", "Commande {ORDER}",
   "Bonjour,\n\nBonne nouvelle : votre colis (commande {ORDER}) a quitté notre entrepôt ce matin et a été remis à Colissimo.\n\nBonne journée,\nL'équipe Miel des Cévennes",
   ["BSM201"], "Tells the buyer the parcel left the warehouse and was handed to the carrier.")
_m(19, "fulfillment-question", "html", "Nous préparons votre commande {ORDER}",
   "<p>Bonjour Julie,</p><p>Nous avons bien reçu votre commande n° {ORDER} et nos petites mains sont déjà en train de l'emballer avec soin.</p><p>À bientôt,<br>Savonnerie du Lubéron</p>",
   ["BSM201"], "Order received and being packed: an order confirmation.")
_m(20, "reply", "text", "Merci ! - {ORDER}",
   "Un grand merci pour votre achat (commande {ORDER}) et pour votre confiance !\n\nAmicalement,\nÉric de Bougies Nomades",
   ["BSM202"], "Thanks only.")
_m(21, "fulfillment-question", "text", "Commande {ORDER}",
   "Bonjour,\n\nAu moindre souci avec votre commande {ORDER}, sachez que nous restons à votre entière disposition.\n\nCordialement,\nLe service client Jouets d'Autrefois",
   ["BSM202"], "Only says the seller is available if a problem comes up.")
_m(22, "delivery-delay", "text", "Léger retard commande {ORDER}",
   "Bonjour,\n\nVotre tapis berbère (commande {ORDER}) partira avec deux jours de retard, le samedi 12 décembre, à cause d'un retard de teinture.\n\nDésolés pour l'attente.\n\nSalima – Tapis du Souk\n\nP.S. : jusqu'au 31 décembre, -20 % sur toute la collection avec le code NOEL20 !",
   ["BSM203"], "Permitted delay message with a promotional P.S. offering 20 % off the whole range.")
_m(23, "review-request", "html", "Votre avis sur la commande {ORDER}",
   "<p>Bonjour,</p><p>Nous espérons que votre bougie (commande {ORDER}) vous plaît. Vous pouvez laisser un avis sur <a href=\"https://www.amazon.fr/review/review-your-purchases/\">la page d'évaluation Amazon</a>.</p><p>Et pour ne rien manquer de notre nouvelle collection d'hiver, abonnez-vous à notre newsletter et suivez-nous sur Instagram !</p><p>Chloé, Cire & Mèche</p>",
   ["BSM203"], "Newsletter / follow us / new collection invitation without a link.")
_m(24, "review-request", "text", "Un petit mot sur votre achat ? {ORDER}",
   "Bonjour Pierre,\n\nSi vous avez deux minutes pour écrire un avis sur votre couteau (commande {ORDER}), ce serait génial. Dès que votre commentaire est en ligne, on vous envoie une petite attention pour vous remercier.\n\nÀ bientôt,\nLes Couteliers de Thiers",
   ["BSM204"], "Small token of appreciation promised once the review is published.")
_m(25, "review-request", "text", "Commande {ORDER} - votre avis",
   "Madame, Monsieur,\n\nNous vous proposons le remboursement intégral de votre commande {ORDER} dès que votre évaluation du produit sera publiée sur Amazon. Il suffit de nous envoyer une capture d'écran.\n\nCordialement,\nHome Gadgets France",
   ["BSM204"], "Full refund offered as soon as the review is online.")
_m(26, "reply", "text", "Re: problème de fermeture - {ORDER}",
   "Bonjour Monsieur Morel,\n\nNous sommes ravis que le remplacement du sac à dos (commande {ORDER}) ait réglé le souci de fermeture éclair. Puisque tout est rentré dans l'ordre, accepteriez-vous de revoir votre avis à une étoile, voire de le retirer ?\n\nMerci d'avance,\nSacs Aventure",
   ["BSM205"], "Asks to update or remove a one-star review.")
_m(27, "review-request", "text", "Vous êtes content de votre achat ? {ORDER}",
   "Bonjour,\n\nSi votre blender (commande {ORDER}) vous donne satisfaction, un avis sur Amazon nous aiderait beaucoup. En revanche, si quelque chose ne va pas, écrivez-nous plutôt avant de laisser un commentaire : on trouvera une solution.\n\nL'équipe Cuisine Pratique",
   ["BSM206"], "Asks only satisfied buyers to review and steers unhappy ones to contact the seller.")
_m(28, "review-request", "html", "Commande {ORDER}",
   "<p>Bonjour,</p><p>Toute l'équipe espère que votre montre (commande {ORDER}) vous plaît. Un avis 5 étoiles sur <a href=\"https://www.amazon.fr/review/review-your-purchases/\">la page d'avis Amazon</a> serait la plus belle des récompenses pour notre petite marque.</p><p>Merci,<br>Horlogerie Vauban</p>",
   ["BSM206"], "Asks for a five-star rating.")
_m(29, "order-problem", "text", "Commande {ORDER} : un article en rupture",
   "Bonjour,\n\nLe second pot de peinture de votre commande {ORDER} n'est plus disponible chez notre fournisseur. Le montant de la commande a été ajusté et les 18,50 € correspondants vous sont remboursés (motif : stock épuisé).\n\nSi vous ne souhaitez plus recevoir le premier pot seul, le plus rapide est d'annuler vous-même la commande depuis votre compte.\n\nCordialement,\nCouleurs d'Atelier",
   ["BSM108"], "Amount adjusted, but advises the buyer to cancel themselves because of the stock-out.")
_m(30, "order-problem", "text", "Rupture de stock - {ORDER}",
   "Bonjour Madame Faure,\n\nNous sommes au regret de vous informer que la veste en laine (taille M) de votre commande {ORDER} est épuisée. Nous vous serions reconnaissants de bien vouloir effectuer une demande d'annulation depuis votre espace client.\n\nAvec nos excuses,\nMode Bretonne",
   ["BSM107", "BSM108"], "Asks for a cancellation request and does not confirm any amount adjustment.")
_m(31, "review-request", "text", "Votre avis compte - {ORDER}",
   "Bonjour,\n\nVotre commande {ORDER} est arrivée il y a une semaine. Vous pouvez, si vous le souhaitez, laisser un avis sur le produit sur Amazon.\n\nPour ne plus recevoir nos messages, répondez simplement STOP.\n\nPetit Bazar Créatif",
   ["BSM305"], "Opt-out instruction (reply STOP).")
_m(32, "reply", "text", "Re: colis abîmé {ORDER}",
   "Bonjour,\n\nCe putain de transporteur a encore balancé le carton n'importe comment, c'est le bordel à chaque envoi. On vous renvoie un vase neuf pour la commande {ORDER} dès lundi.\n\nMax – Céramiques du Sud",
   ["BSM306"], "French profanity.")
_m(33, "delivery-delay", "text", "Order {ORDER} delayed",
   "Hello,\n\nYour order {ORDER} will ship on 16 December instead of 11 December because our supplier is late. We apologise for the delay.\n\nKind regards,\nParis Vintage Store",
   ["BSM104"], "Message entirely in English for a French buyer.")
_m(34, "reply", "text", "Re: montage du lit - {ORDER}",
   "Bonjour,\n\nPour le montage du lit mezzanine (commande {ORDER}), le plus simple est de nous appeler au 04 78 62 19 55, on vous guidera pas à pas.\n\nCordialement,\nMobilier Kids",
   ["BSM309"], "National-format French phone number of the seller.")
_m(35, "reply", "text", "Re: question sur la garantie ({ORDER})",
   "Bonjour Monsieur Dupuis,\n\nNotre service client est joignable au +33 (0)6 12 48 97 30 du lundi au samedi pour toute question sur votre commande {ORDER}.\n\nBien à vous,\nAudio Passion",
   ["BSM309"], "International-format phone number not marked as manufacturer or warranty line.", locale="fr-BE")
_m(36, "return-follow-up", "text", "Retour {ORDER}",
   "Bonjour,\n\nPour finaliser le retour de votre commande {ORDER}, pouvez-vous nous envoyer une photo de l'étiquette du produit à sav.retours@jardin-nature.fr ?\n\nMerci,\nJardin Nature",
   ["BSM308"], "Plain e-mail address in the text.")
_m(37, "additional-information", "text", "Commande {ORDER} : précision nécessaire",
   "Bonjour,\n\nIl nous manque votre tour de doigt pour la bague de la commande {ORDER}. Vous pouvez nous l'indiquer en écrivant à bijoux arobase orfevre-nantais point fr.\n\nMerci,\nOrfèvre Nantais",
   ["BSM308"], "Obfuscated e-mail address with 'arobase' and 'point'.")
_m(38, "reply", "html", "Re: entretien du plaid - {ORDER}",
   "<p>Bonjour,</p><p>Merci pour votre question au sujet du plaid en laine (commande {ORDER}). Tous nos conseils d'entretien sont réunis sur <a href=\"https://www.laine-des-pyrenees.fr/conseils-entretien\">la page conseils d'entretien de notre site</a>.</p><p>Cordialement,<br>Laine des Pyrénées</p>",
   ["BSM302"], "https link with descriptive text to the seller's own site.")
_m(39, "delivery-delay", "html", "Retard de livraison - commande {ORDER}",
   "<p>Bonjour,</p><p>Votre commande {ORDER} sera expédiée le 19 décembre au lieu du 14. Vous pouvez suivre son statut dans <a href=\"http://www.amazon.fr/gp/css/order-history\">vos commandes sur Amazon</a>.</p><p>Désolés,<br>Épicerie Fine Lamy</p>",
   ["BSM301"], "http (not https) link to Amazon with descriptive text.")
_m(40, "review-request", "html", "Votre théière - commande {ORDER}",
   "<p>Bonjour,</p><p><img src=\"https://cdn.theiere-japonaise.fr/produits/theiere-tetsubin-noire.jpg\" alt=\"Théière Tetsubin noire 0,8 L\" width=\"300\"></p><p>Vous avez reçu votre théière (commande {ORDER}) il y a quelques jours : votre avis sur <a href=\"https://www.amazon.fr/review/review-your-purchases/\">la page d'évaluation Amazon</a> serait utile aux autres acheteurs.</p><p>Kenji – Théière Japonaise</p>",
   ["BSM310"], "Image of the purchased product.")
_m(41, "delivery-delay", "html", "Commande {ORDER} : expédition décalée",
   "<p><img src=\"https://cdn.mailbuilder.fr/stock/plage-coucher-soleil.jpg\" alt=\"Plage au coucher du soleil\" width=\"400\"></p><p>Bonjour,</p><p>Votre commande {ORDER} sera expédiée le mardi 15 décembre, avec trois jours de retard. Merci de votre compréhension.</p><p>Évasion Maillots</p>",
   ["BSM311"], "Stock beach image unrelated to the shop.")
_m(42, "invoice", "html", "Facture 2026-1204 - commande {ORDER}",
   "<p><img src=\"https://cdn.imprimerie-leclerc.fr/logo-imprimerie-leclerc.png\" alt=\"\" width=\"150\"></p><p>Bonjour,</p><p>Ci-joint la facture 2026-1204 de votre commande {ORDER} (86,40 € TTC).</p><p>Imprimerie Leclerc</p>",
   ["BSM402"], "Shop logo with empty alt text.")
_m(43, "delivery-scheduling", "text", "Livraison canapé {ORDER} 🛋️",
   "Bonjour !\n\nVotre canapé (commande {ORDER}) est prêt à être livré. Quel jour vous arrange : jeudi 17 ou vendredi 18 décembre, le matin ? 😊\n\nCanapés Confort",
   ["BSM403"], "Emoji in subject and body.")
_m(44, "additional-information", "text", "Commande {ORDER} - couleur du fil",
   "Coucou Manon,\n\nPour la broderie de ton tablier (commande {ORDER}), tu préfères le fil doré ou le fil blanc ? Dis-nous ça et on lance la machine :-)\n\nAnaïs, Les Brodeuses",
   ["BSM403"], "Text emoticon :-).")
_m(45, "delivery-delay", "html", "Commande {ORDER} : nouvelle date",
   "<style>h1{font-size:24px} h2{font-size:18px} p{font-size:14px} .mini{font-size:10px}</style><h1>Petit retard</h1><h2>Commande {ORDER}</h2><p>Votre luminaire sera expédié le 21 décembre au lieu du 16 décembre.</p><p class=\"mini\">Luminaires Oberkampf</p>",
   ["BSM410"], "Four explicit font sizes in a <style> block.")
_m(46, "additional-information", "text", "Adresse de livraison - {ORDER}",
   "Bonjour,\n\nL'adresse de votre commande {ORDER} ne comporte pas de numéro de rue. Pouvez-vous nous le préciser ?\n\n\n\nMerci,\nLa Cave de Bacchus",
   ["BSM412"], "Three blank lines in a row in plain text.")
_m(47, "review-request", "text", "[Important] Votre avis sur la commande {ORDER}",
   "Bonjour,\n\nVotre commande {ORDER} a été livrée la semaine dernière. Vous pouvez laisser un avis sur le produit sur Amazon si vous le souhaitez.\n\nCordialement,\nBrico Malin",
   ["BSM110"], "[Important] tag on a review request.")
_m(48, "delivery-delay", "html", "Expédition retardée - {ORDER}",
   "<p>Bonjour,</p><p>Votre commande {ORDER} partira le lundi 14 décembre. Pour voir le détail de la commande, <a href=\"https://www.amazon.fr/gp/css/order-history\">cliquez ici</a>.</p><p>Toutes nos excuses,<br>Vaisselle & Cie</p>",
   ["BSM401"], "Non-descriptive link text 'cliquez ici'.")

# ---------------- varying (2) ----------------
_m(49, "delivery-delay", "html", "Retard - commande {ORDER}",
   "<div style=\"font-family: Georgia, serif; line-height: 1.8; color: #4a3b2c; text-align: center;\"><p>Bonjour,</p><p>Votre commande {ORDER} sera expédiée le vendredi 18 décembre au lieu du mardi 15.</p><p>Merci de votre patience,<br>Maroquinerie Belleville</p></div>",
   ["BSM407", "BSM408", "BSM409", "BSM411"], "Builder styles: font-family, line-height, colour and centred text.")
_m(50, "review-request", "html", "Votre avis - commande {ORDER}",
   "<p>Bonjour,</p><p>Votre commande {ORDER} est arrivée. Vous pouvez partager votre avis via <a href=\"https://www.amazon.fr/review/review-your-purchases/\">la page d'évaluation de vos achats Amazon</a>.</p><p>Atelier Verre & Lumière</p><img src=\"https://track.mailpulse.fr/o.gif?uid=88213&amp;cid=rv12\" width=\"1\" height=\"1\" alt=\"\">",
   ["BSM307", "BSM402"], "1x1 tracking pixel with tracking parameters and empty alt.")
