"""v6 blind set, French (fr-FR, some fr-BE)."""

def _oid(i):
    return "405-%07d-%07d" % (3018243 + i * 104729, 7702111 + i * 43013)

MESSAGES = []

def M(n, typ, fmt, subject, body, expected, note, locale="fr-FR", show=True):
    o = _oid(n)
    nohyph = o.replace("-", "")
    MESSAGES.append({
        "id": "v6-fr-%03d" % n, "language": "fr", "locale": locale, "type": typ,
        "format": fmt, "subject": subject.replace("{O}", o).replace("{N}", nohyph),
        "body": body.replace("{O}", o).replace("{N}", nohyph),
        "order_id": o, "expected": sorted(expected), "note": note})

LOGO = '<img src="https://cdn.atelier-brune.fr/img/atelier-brune-logo.png" alt="Logo Atelier Brune" width="160">'

# ---- clean ----
M(1, "delivery-delay", "text", "Commande {O} : nouvelle date d'expédition",
  "Bonjour Madame Lefèvre,\n\nLa théière en fonte que vous avez commandée (commande {O}) arrive chez nous plus tard que prévu : notre fournisseur a décalé sa livraison d'une semaine. Elle partira de l'atelier le 15/12/2026 au plus tard, au lieu du 08/12.\n\nSi ce délai ne vous convient pas, dites-le-nous simplement en réponse à ce message.\n\nBien cordialement,\nJulien Marchal\nAtelier Brune", [], "Clean delivery delay in plain text with a new ship date.")
M(2, "delivery-delay", "html", "Retard sur votre commande {O}",
  "<p>Bonjour Thomas,</p><p>Petit contretemps sur votre commande <strong>{O}</strong> : le coloris « vert sauge » du plaid est en réassort. Nous pourrons l'expédier à partir du <strong>mardi 22 décembre</strong>.</p><table><tr><td>Article</td><td>Plaid laine mérinos 130 x 170</td></tr><tr><td>Date initiale</td><td>14/12/2026</td></tr><tr><td>Nouvelle date</td><td>22/12/2026</td></tr></table><p>Toutes nos excuses pour l'attente.</p><p>Claire, pour Maison Ourson</p>", [], "Clean builder-HTML delivery delay with a table, no styles.")
M(3, "order-problem", "text", "[Important] Commande {O} – article indisponible",
  "Bonjour Monsieur Dubois,\n\nNous sommes désolés : le dernier exemplaire de la lampe « Nadia » a été endommagé lors d'un inventaire et nous ne pourrons pas l'expédier. Nous avons ajusté le montant de votre commande {O} : les 89,00 € ne vous seront pas débités (motif : rupture de stock).\n\nCordialement,\nSophie Garnier\nLumen & Co", [], "Clean order problem with the adjustment confirmed; [Important] allowed on this type.")
M(4, "additional-information", "text", "Gravure – commande {O}",
  "Bonjour,\n\nPour lancer la gravure de votre planche à découper (commande {O}), il nous manque le texte exact : vous aviez indiqué « Famille Morel » mais le champ de personnalisation est resté vide. Pouvez-vous nous confirmer l'orthographe et la police (script ou bâton) ?\n\nMerci d'avance,\nL'équipe Bois & Braise", [], "Clean request for information needed to make the order.")
M(5, "return-follow-up", "text", "Votre retour – commande {O}",
  "Bonjour Madame Roux,\n\nVous nous signalez une petite rayure sur le plateau de la desserte (commande {O}). Plutôt que de renvoyer un meuble de 18 kg, nous pouvons vous proposer un remboursement partiel de 25,00 € et vous gardez l'article. Si vous préférez malgré tout le retour complet, aucun souci, dites-le-nous.\n\nBonne journée,\nMathieu\nService clients Mobilia Nord", [], "Clean return follow-up offering a partial refund.")
M(6, "return-follow-up", "text", "Retour {O} : une précision",
  "Bonjour,\n\nNous avons bien noté votre demande de retour pour la commande {O}. Pour préparer l'étiquette, pourriez-vous nous dire si le carton d'origine est encore en votre possession, et lequel des deux coussins est concerné (le gris ou le moutarde) ?\n\nMerci,\nAnaïs – Les Tissages d'Ambre", [], "Clean return follow-up asking for information to complete the return.", locale="fr-BE")
M(7, "invoice", "text", "Facture de la commande {O}",
  "Bonjour,\n\nVous trouverez ci-joint la facture n° FA/2026/12/0457 relative à votre commande {O}, d'un montant de 146,40 € TTC (dont TVA 20 % : 24,40 €).\n\nCordialement,\nService comptabilité\n\nPapeterie Vauban SARL – 14 rue des Tanneurs, 59800 Lille\nSIRET 812 457 903 00021 – RCS Lille Métropole 812 457 903\nN° TVA intracommunautaire : FR 27 812457903", [], "Clean invoice with SIRET, VAT number and a slashed invoice number.")
M(8, "review-request", "text", "Votre avis sur votre commande {O}",
  "Bonjour Nicolas,\n\nVotre moulin à poivre (commande {O}) est arrivé il y a quelques jours. Si vous avez un moment, un avis sur la page du produit aiderait d'autres acheteurs à se décider, qu'il soit positif ou non.\n\nBelle fin de semaine,\nÉmilie, Épices Cardinal", [], "Clean neutral review request in text.")
M(9, "review-request", "html", "Partagez votre avis – commande {O}",
  "<p>" + LOGO + "</p><p>Bonjour,</p><p>Merci d'avoir choisi l'Atelier Brune pour votre commande {O}. Votre retour d'expérience, quel qu'il soit, compte pour nous et pour les autres clients.</p><p><a href=\"https://www.amazon.fr/review/create-review?asin=B0CX4T7K2Q\">Donner votre avis sur Amazon</a></p><p>Julien Marchal<br>Atelier Brune</p>", [], "Clean HTML review request with shop logo (alt names shop) and descriptive https Amazon link.")
M(10, "delivery-scheduling", "text", "Livraison de votre canapé – commande {O}",
  "Bonjour Monsieur Petit,\n\nVotre canapé trois places (commande {O}) sera livré par notre transporteur spécialisé. Voici les créneaux disponibles :\n- jeudi 17/12/2026, 8h00–12h00\n- vendredi 18/12/2026, 13h30–17h30\n- lundi 21/12/2026, 8h00–12h00\n\nMerci de nous indiquer celui qui vous arrange et l'étage (avec ou sans ascenseur).\n\nCordialement,\nKarim Benali\nCanapés Solène", [], "Clean bulky-item delivery scheduling with dates and time slots.")
M(11, "home-service-appointment", "text", "Rendez-vous de pose – commande {O}",
  "Bonjour Madame Lambert,\n\nNotre technicien peut venir installer votre hotte aspirante (commande {O}) le mercredi 6 janvier 2027 entre 9h et 11h, ou le jeudi 7 entre 14h et 16h. La pose dure environ 1h30.\n\nQuel créneau préférez-vous ?\n\nBien à vous,\nPierre-Yves Carré\nÉlectro Service Loire", [], "Clean home-service appointment with two slots.")
M(12, "custom-design-verification", "text", "BAT de votre faire-part – commande {O}",
  "Bonjour Camille,\n\nVous trouverez en pièce jointe le bon à tirer de vos faire-part (commande {O}) : format 148 x 148 mm, papier coton 300 g, texte en doré. Merci de vérifier les prénoms, la date (samedi 12 juin 2027) et l'adresse de la salle avant impression.\n\nDès votre accord, nous lançons le tirage.\n\nÀ bientôt,\nLou, Papier Ciselé", [], "Clean design proof verification.")
M(13, "fulfillment-question", "text", "Code d'accès pour la livraison {O}",
  "Bonjour,\n\nLe livreur n'a pas pu accéder à votre immeuble pour la commande {O} (réf. colis 6A 4420 9981 5). Avez-vous un digicode ou un interphone au nom de quelqu'un d'autre ? Nous le transmettrons au transporteur pour le prochain passage, prévu le 16/12.\n\nMerci,\nService expéditions – Jardin Lumière", [], "Clean door-code question with a parcel reference.", locale="fr-BE")
M(14, "reply", "text", "Re: Question sur la commande {O}",
  "Bonjour Monsieur Garcia,\n\nOui, le modèle « Wild Forest Green Tea – Loose Leaf » que vous avez reçu est bien la version bio ; le nom anglais vient de la marque, l'emballage intérieur est traduit en français. La date de consommation indiquée au dos est le 03/2028.\n\nCordialement,\nHélène – Thés d'Alice", [], "Clean reply quoting an English product title inside French sentences.")
M(15, "reply", "text", "Re: Panne de la cafetière – commande {O}",
  "Bonjour,\n\nDésolés pour ce souci avec votre cafetière (commande {O}). Elle est encore sous garantie deux ans : le plus rapide est de joindre le service garantie du fabricant Kaffia, au 0 800 91 27 44 (ligne SAV fabricant, appel gratuit), qui organise l'échange.\n\nBien cordialement,\nNadia, Cuisine Évasion", [], "Clean reply with the manufacturer's warranty hotline marked as such.")
M(16, "reply", "text", "Re: Facture au nom de la société – commande {O}",
  "Bonjour Madame Perrin,\n\nC'est fait : la facture de la commande {O} est désormais établie au nom de votre société, avec votre numéro de TVA. Vous la retrouverez dans votre compte Amazon.\n\nBien à vous,\nGuillaume Ferrand\nResponsable clientèle\n\nOutillage Ferrand SAS au capital de 20 000 €\n3 allée des Forges, 69007 Lyon\nSIREN 901 234 567 – RCS Lyon\nTVA FR 61 901234567", [], "Clean reply with a company-details footer.")
M(17, "reply", "text", "Re: Où en est mon remboursement ? {O}",
  "Bonjour,\n\nVotre colis retour (n° de suivi 1Z 84F 762 68 0193 4471) nous est parvenu le lundi 14/12/2026 à 10h42. Le remboursement de 59,90 € pour la commande {O} a été déclenché le jour même à 16h05 ; comptez 3 à 5 jours ouvrés selon votre banque. Numéro de retour : RET-2026-3381.\n\nCordialement,\nMaxime – Sport Horizon", [], "Clean reply with tracking and return numbers, dates, times and amounts.")

# ---- violations ----
M(18, "fulfillment-question", "text", "Votre commande {O}",
  "Bonjour,\n\nBonne nouvelle : votre colis a quitté notre entrepôt de Roubaix ce matin et a été remis à Colissimo. Il devrait arriver d'ici jeudi.\n\nCordialement,\nL'équipe Maison Ourson", ["BSM201"], "Shipping confirmation: left the warehouse, handed to the carrier.")
M(19, "fulfillment-question", "text", "Commande {O} bien reçue",
  "Bonjour Madame Chevalier,\n\nNous avons bien enregistré votre commande {O} et notre équipe est déjà en train de la préparer avec soin.\n\nÀ très vite,\nLes Tissages d'Ambre", ["BSM201"], "Order confirmation: received and being prepared.")
M(20, "reply", "text", "Merci ! – {O}",
  "Bonjour Jean,\n\nUn grand merci pour votre commande {O}, ça nous fait vraiment plaisir.\n\nL'équipe Épices Cardinal", ["BSM202"], "Thanks-only message.")
M(21, "reply", "text", "Commande {O}",
  "Bonjour,\n\nNous restons à votre entière disposition si jamais quelque chose n'allait pas avec votre commande {O}.\n\nCordialement,\nService clients Mobilia Nord", ["BSM202"], "Only an offer to help if a problem comes up.")
M(22, "delivery-delay", "text", "Petit retard pour la commande {O}",
  "Bonjour,\n\nVotre bougie parfumée (commande {O}) partira avec deux jours de retard, le 11/12/2026, à cause d'un souci de mèche sur le lot.\n\nCordialement,\nFlorence, Cire & Sel\n\nP.-S. : en ce moment, -20 % sur toute la collection d'hiver avec le code HIVER20 !", ["BSM203"], "Permitted delay with a promotional P.S. (20 % off).")
M(23, "reply", "text", "Re: Taille du pull – commande {O}",
  "Bonjour Léa,\n\nLe pull de votre commande {O} taille petit : prenez sans hésiter la taille au-dessus si vous l'échangez.\n\nEt pour ne rien rater de notre nouvelle collection printemps, suivez-nous sur Instagram (@laine_et_lin) et abonnez-vous à notre newsletter !\n\nAmicalement,\nLaine & Lin", ["BSM203"], "Reply with follow-us and newsletter invitation.")
M(24, "review-request", "text", "Votre avis compte – commande {O}",
  "Bonjour,\n\nSi vous prenez le temps de laisser un avis sur votre tapis de yoga (commande {O}), nous vous enverrons une petite attention pour vous remercier dès qu'il sera publié.\n\nBelle journée,\nZen Ateliers", ["BSM204"], "Small gift once the review is published.")
M(25, "review-request", "text", "Commande {O} : un avis contre remboursement",
  "Bonjour Monsieur Henry,\n\nNous vous proposons de vous rembourser intégralement votre commande {O} dès que votre avis sera en ligne sur la fiche produit. Il suffit de nous envoyer la capture d'écran via la messagerie Amazon.\n\nCordialement,\nTechNova France", ["BSM204"], "Full refund as soon as the review is online.")
M(26, "reply", "text", "Re: Votre évaluation – commande {O}",
  "Bonjour,\n\nNous avons remplacé votre aspirateur défectueux (commande {O}) et le nouveau fonctionne, vous nous l'avez confirmé. Serait-il possible de revoir votre avis à une étoile, voire de le supprimer, maintenant que le problème est réglé ?\n\nMerci de votre compréhension,\nClean Maison", ["BSM205"], "Asks to update or remove a one-star review.")
M(27, "review-request", "text", "Vous êtes satisfait ? – commande {O}",
  "Bonjour,\n\nSi vous êtes content de votre casque (commande {O}), laissez-nous un avis sur Amazon ! Et si quelque chose ne va pas, écrivez-nous plutôt avant de publier quoi que ce soit, nous trouverons une solution.\n\nCordialement,\nSonAudio", ["BSM206"], "Asks only satisfied buyers and steers unhappy ones away.")
M(28, "review-request", "text", "Un petit geste pour nous ? {O}",
  "Bonjour Martine,\n\nVotre parure de lit (commande {O}) vous plaît ? Cinq étoiles sur Amazon, ce serait le plus beau des encouragements pour notre petite entreprise familiale.\n\nChaleureusement,\nLinge de Provence", ["BSM206"], "Asks for a five-star rating.", locale="fr-FR")
M(29, "order-problem", "text", "Commande {O} – rupture de stock",
  "Bonjour,\n\nMalheureusement, le robot pâtissier de votre commande {O} n'est plus disponible. Le montant de la commande a été ajusté (motif : rupture de stock), vous ne serez pas débité. Le plus rapide, pour que tout soit clos de votre côté, serait que vous annuliez vous-même la commande depuis votre compte.\n\nCordialement,\nCuisine Évasion", ["BSM108"], "Adjustment confirmed but advises buyer to cancel.")
M(30, "order-problem", "text", "Commande {O} – article épuisé",
  "Bonjour Monsieur Roussel,\n\nL'article de votre commande {O} est épuisé chez notre fournisseur. Nous vous serions reconnaissants de bien vouloir déposer une demande d'annulation depuis votre espace client.\n\nAvec nos excuses,\nBricoPro 33", ["BSM107", "BSM108"], "Asks for a cancellation request, no adjustment confirmed.")
M(31, "review-request", "text", "Votre avis – commande {O}",
  "Bonjour,\n\nVotre gourde isotherme (commande {O}) a été livrée la semaine dernière. Un avis, positif ou négatif, sur la page produit nous aiderait beaucoup.\n\nPour ne plus recevoir nos messages, répondez simplement STOP.\n\nL'équipe Hydra Sport", ["BSM305"], "Neutral review request with a reply-STOP opt-out.")
M(32, "reply", "text", "Re: Colis abîmé – commande {O}",
  "Bonjour,\n\nDésolé, ce putain de transporteur a encore balancé le carton n'importe comment. Bref, on vous renvoie un vase neuf pour la commande {O} dès demain.\n\nYann, Céramiques du Port", ["BSM306"], "French profanity in a reply.")
M(33, "delivery-delay", "text", "Order {O} – shipping delay",
  "Hello,\n\nYour linen tablecloth (order {O}) will ship on 18 December instead of 11 December because our weaver is behind schedule. We apologise for the wait.\n\nKind regards,\nLes Tissages d'Ambre", ["BSM104"], "Message in English to a French buyer.")
M(34, "reply", "text", "Re: Montage de l'étagère – commande {O}",
  "Bonjour,\n\nPour le montage de l'étagère (commande {O}), le plus simple est de nous appeler directement à l'atelier au 04 78 52 19 63, du lundi au vendredi.\n\nCordialement,\nBois & Braise", ["BSM309"], "Seller phone number in French national format.")
M(35, "reply", "text", "Re: Livraison en Belgique – commande {O}",
  "Bonjour,\n\nPour toute question sur la livraison de votre commande {O}, vous pouvez joindre notre service client au +32 2 512 47 80.\n\nBien à vous,\nChocolaterie Mathis", ["BSM309"], "Seller phone number in international format.", locale="fr-BE")
M(36, "reply", "text", "Re: Photos du défaut – commande {O}",
  "Bonjour,\n\nPouvez-vous nous envoyer les photos du défaut (commande {O}) directement à sav@mobilia-nord.fr ? Ce sera plus simple pour notre atelier.\n\nMerci,\nMathieu, Mobilia Nord", ["BSM308"], "Plain e-mail address.")
M(37, "reply", "text", "Re: Notice de montage – commande {O}",
  "Bonjour,\n\nLa notice détaillée de votre commande {O} ne passe pas par la messagerie. Écrivez-nous à contact arobase lumen-co point fr et nous vous l'enverrons.\n\nSophie, Lumen & Co", ["BSM308"], "Obfuscated e-mail address with arobase/point.")
M(38, "reply", "html", "Re: Guide des tailles – commande {O}",
  "<p>Bonjour,</p><p>Pour choisir la bonne taille avant l'échange de votre commande {O}, consultez notre <a href=\"https://www.laine-et-lin.fr/guide-des-tailles\">guide des tailles Laine &amp; Lin</a>.</p><p>Amicalement,<br>Laine &amp; Lin</p>", ["BSM302"], "https link to the seller's own site with descriptive text.")
M(39, "reply", "html", "Re: Fiche produit – commande {O}",
  "<p>Bonjour,</p><p>Les dimensions exactes de la housse (commande {O}) figurent sur la <a href=\"http://www.amazon.fr/dp/B0D7K2LQ9M\">fiche produit de la housse sur Amazon</a>.</p><p>Cordialement,<br>Linge de Provence</p>", ["BSM301"], "http link to Amazon.")
M(40, "delivery-delay", "html", "Retard – commande {O}",
  "<p>Bonjour,</p><p>Votre lampe de bureau (commande {O}) sera expédiée le 19/12/2026 au lieu du 12/12.</p><p><img src=\"https://cdn.lumen-co.fr/produits/lampe-nadia-laiton.jpg\" alt=\"Lampe de bureau Nadia en laiton\" width=\"300\"></p><p>Cordialement,<br>Lumen &amp; Co</p>", ["BSM310"], "Photo of the purchased product.")
M(41, "delivery-delay", "html", "Commande {O} : nouvelle date",
  "<p>Bonjour,</p><p>Avec les fêtes, votre commande {O} partira le 21/12/2026.</p><p><img src=\"https://cdn.cire-et-sel.fr/deco/sapin-de-noel-neige.jpg\" alt=\"Sapin de Noël sous la neige\" width=\"300\"></p><p>Joyeuses fêtes,<br>Cire &amp; Sel</p>", ["BSM311"], "Unrelated stock image (Christmas tree).")
M(42, "review-request", "html", "Votre avis – commande {O}",
  "<p><img src=\"https://cdn.epices-cardinal.fr/img/epices-cardinal-logo.png\" alt=\"\" width=\"150\"></p><p>Bonjour,</p><p>Un avis sur votre commande {O}, quel qu'il soit, aidera d'autres gourmands.</p><p>Émilie, Épices Cardinal</p>", ["BSM402"], "Shop logo with empty alt.")
M(43, "delivery-delay", "text", "Commande {O} – un jour de plus 🙏",
  "Bonjour,\n\nVotre commande {O} partira demain au lieu d'aujourd'hui, le temps de recevoir les boîtes cadeaux 🎁.\n\nMerci de votre patience,\nChocolaterie Mathis", ["BSM403"], "Emoji in subject and body.", locale="fr-BE")
M(44, "reply", "text", "Re: Couleur du mug – commande {O}",
  "Bonjour Inès,\n\nAucun souci, nous changeons la couleur de votre mug pour le bleu nuit avant l'envoi de la commande {O} :)\n\nÀ bientôt,\nCéramiques du Port", ["BSM403"], "Text emoticon.")
M(45, "delivery-delay", "html", "Retard de votre commande {O}",
  "<style>h1{font-size:26px} h2{font-size:20px} p{font-size:15px} .note{font-size:11px}</style><h1>Petit retard</h1><h2>Commande {O}</h2><p>Vos semis de tomates anciennes partiront le 14/01/2027, le temps que les plants soient assez robustes pour le voyage.</p><p class=\"note\">Graines &amp; Racines</p>", ["BSM410"], "Four font sizes in a style block.")
M(46, "additional-information", "text", "Commande {O} – adresse incomplète",
  "Bonjour,\n\nL'adresse de livraison de votre commande {O} ne comporte pas de numéro de rue.\n\n\n\nPouvez-vous nous l'indiquer ?\n\n\nMerci,\nBricoPro 33", ["BSM412"], "Runs of blank lines in plain text.")
M(47, "review-request", "text", "[Important] Votre avis sur la commande {O}",
  "Bonjour,\n\nVotre poêle en fonte (commande {O}) est arrivée il y a une semaine. Si vous le souhaitez, vous pouvez laisser un avis sur la page du produit, quel qu'il soit.\n\nCordialement,\nCuisine Évasion", ["BSM110"], "[Important] on a review request.")
M(48, "reply", "html", "Re: Notice – commande {O}",
  "<p>Bonjour,</p><p>La notice de votre commande {O} est disponible sur Amazon : <a href=\"https://www.amazon.fr/dp/B0C9T4M2XZ\">cliquez ici</a>.</p><p>Cordialement,<br>Électro Service Loire</p>", ["BSM401"], "Link text 'cliquez ici'.")
# ---- varying ----
M(49, "delivery-delay", "html", "Retard – commande {O}",
  "<div style=\"font-family: Georgia, serif; color: #5a3e2b; text-align: center;\"><p>Bonjour,</p><p>Votre coffret de thés (commande {O}) partira le 17/12/2026, avec trois jours de retard.</p><p>Hélène – Thés d'Alice</p></div>", ["BSM407", "BSM409", "BSM411"], "Builder styles: font family, colour and centring.")
M(50, "delivery-delay", "text", "Retard de livraison de votre commande",
  "Bonjour,\n\nVotre commande n° {N} partira le 20/12/2026 au lieu du 13/12, notre menuisier ayant pris du retard.\n\nCordialement,\nBois & Braise", ["BSM102"], "Order number only written without hyphens.")
