"""v16 French messages (fr-FR)."""
LANG, LOC, PFX = "fr", "fr-FR", "473"


def _oid(n):
    a = (1034567 + n * 104729) % 9000000 + 1000000
    b = (2765431 + n * 611953) % 9000000 + 1000000
    return "%s-%07d-%07d" % (PFX, a, b)


MESSAGES = []


def _m(n, typ, fmt, subject, body, expected, note):
    o = _oid(n)
    MESSAGES.append({
        "id": "v16-%s-%03d" % (LANG, n), "language": LANG, "locale": LOC,
        "type": typ, "format": fmt, "subject": subject.replace("{o}", o),
        "body": body.replace("{o}", o), "order_id": o,
        "expected": sorted(expected), "note": note})


_m(1, "delivery-delay", "text", "Votre commande {o} : petit retard",
   "Bonjour Madame Lefèvre,\n\nLe plaid en laine que vous avez choisi sort de notre métier à tisser un peu plus tard que prévu : il partira le jeudi 17 décembre au lieu du 12.\n\nNous sommes désolés pour ce contretemps.\n\nBien cordialement,\nCamille – Tissage des Combes",
   [], "Clean plain-text delivery delay with a new ship date.")
_m(2, "delivery-delay", "html", "Commande {o} – nouvelle date d'expédition",
   "<p>Bonjour Monsieur Giraud,</p><p>Notre fournisseur de verre nous a livré en retard : votre lampe <strong>Opaline 30 cm</strong> (commande {o}) sera expédiée le <strong>21/12/2026</strong>.</p><p>Veuillez nous excuser pour ce délai.</p><p>L'équipe Lumières d'Antan<br><small>Lumières d'Antan SARL – 14 rue des Verriers, 69003 Lyon</small></p>",
   [], "Clean builder-HTML delivery delay with a small footer.")
_m(3, "order-problem", "text", "[Important] Commande {o} : article indisponible",
   "Bonjour M. Benali,\n\nLe dernier exemplaire de la théière en fonte « Kyoto 1,2 L » a été endommagé lors de l'inventaire et nous ne pouvons pas l'expédier. Le montant de votre commande {o} a été ajusté (motif : rupture de stock) ; le remboursement de 39,90 € apparaîtra sur votre moyen de paiement sous quelques jours.\n\nToutes nos excuses,\nService client Maison Kettle",
   [], "Clean order problem with [Important], amount adjusted.")
_m(4, "additional-information", "text", "Gravure – commande {o}",
   "Bonjour Julie,\n\nPour graver votre planche à découper, il nous manque le texte exact : prénoms, date, et souhaitez-vous une police droite ou cursive ?\n\nDès votre réponse, l'atelier lance la gravure.\n\nMerci d'avance,\nThomas, Atelier Bois & Braise",
   [], "Clean request for information needed to complete the order.")
_m(5, "return-follow-up", "text", "Votre retour – commande {o}",
   "Bonjour Madame Roux,\n\nNous avons bien noté que la housse de coussin présente un léger défaut de couture. Plutôt qu'un retour, nous pouvons vous proposer un remboursement partiel de 12,00 € et vous gardez l'article. Cela vous conviendrait-il ?\n\nCordialement,\nNadia – Coussins & Compagnie",
   [], "Clean return follow-up offering a partial refund.")
_m(6, "return-follow-up", "text", "Retour de la commande {o}",
   "Bonjour,\n\nPour finaliser votre retour, pourriez-vous nous indiquer si le mixeur a été utilisé et si tous les accessoires (deux bols, couvercle) sont dans le carton ?\n\nBonne journée,\nLe SAV Cuisine Plus",
   [], "Clean return follow-up asking for information needed for the return.")
_m(7, "invoice", "text", "Facture FA/2026/12/0458 – commande {o}",
   "Bonjour Monsieur Perrin,\n\nVeuillez trouver ci-joint la facture FA/2026/12/0458 relative à votre commande {o}, d'un montant de 249,00 € TTC (dont TVA 20 % : 41,50 €).\n\nCordialement,\nComptabilité – Ateliers Perrin-Vasseur SAS\n8 avenue Jean-Jaurès, 33000 Bordeaux\nSIRET 812 345 678 00019 – TVA FR 32 812345678 – RCS Bordeaux",
   [], "Clean invoice with SIRET, VAT number and slashed invoice number.")
_m(8, "review-request", "text", "Votre avis sur la commande {o}",
   "Bonjour Élodie,\n\nVotre carnet relié main est arrivé il y a quelques jours. Si vous avez un moment, vous pouvez laisser un avis sur le produit sur Amazon : qu'il soit bon ou moins bon, il aide les autres acheteurs.\n\nBelle fin de semaine,\nPapeterie Côté Jardin",
   [], "Clean neutral review request in plain text.")
_m(9, "review-request", "html", "Commande {o} : votre retour d'expérience",
   "<p><img src=\"https://cdn.savonnerie-des-calanques.fr/img/logo-savonnerie.png\" alt=\"Logo Savonnerie des Calanques\" width=\"160\"></p><p>Bonjour,</p><p>Vous avez reçu vos savons au lait d'ânesse (commande {o}). Votre avis, quel qu'il soit, nous intéresse.</p><p><a href=\"https://www.amazon.fr/review/create-review?asin=B0CX12FR34\">Donner votre avis sur Amazon</a></p><p>La Savonnerie des Calanques</p>",
   [], "Clean HTML review request with shop logo and descriptive Amazon link.")
_m(10, "delivery-scheduling", "text", "Livraison de votre armoire – commande {o}",
   "Bonjour Monsieur et Madame Caron,\n\nVotre armoire trois portes (92 kg) sera livrée par notre transporteur partenaire. Merci de nous dire quel créneau vous convient :\n- mardi 15 décembre, 8 h – 12 h\n- mercredi 16 décembre, 13 h 30 – 18 h\n\nLa livraison se fait au pied de l'immeuble ; précisez-nous s'il y a un ascenseur.\n\nCordialement,\nMeubles Hervé",
   [], "Clean scheduling of a bulky item delivery with time slots.")
_m(11, "home-service-appointment", "text", "Installation de votre poêle – commande {o}",
   "Bonjour M. Lambert,\n\nNotre technicien peut venir installer votre poêle à granulés le lundi 14/12 entre 9h00 et 11h00, ou le vendredi 18/12 entre 14h00 et 16h00. Lequel de ces rendez-vous vous arrange ?\n\nBien à vous,\nChauffage Lambert & Fils – planning interventions",
   [], "Clean home-service appointment with dates and slots.")
_m(12, "custom-design-verification", "html", "BAT à valider – commande {o}",
   "<p>Bonjour Sophie,</p><p>Vous trouverez en pièce jointe le bon à tirer (BAT_faire-part_Manon.pdf) de vos faire-part de naissance. Vérifiez bien l'orthographe du prénom, la date (3 décembre 2026) et le poids indiqué.</p><p>Répondez-nous « OK pour impression » ou indiquez vos corrections.</p><p>Lucie<br>Studio Papier Plume</p>",
   [], "Clean custom design proof verification.")
_m(13, "fulfillment-question", "text", "Code d'accès pour la livraison {o}",
   "Bonjour,\n\nLe transporteur signale un digicode à l'adresse « Résidence Les Tilleuls, bât. B ». Pourriez-vous nous communiquer le code d'accès pour le colis réf. COL-88412/B (commande {o}) ?\n\nMerci,\nLogistique – Jardin Malin",
   [], "Clean door-code question with reference numbers.")
_m(14, "reply", "text", "Re: question sur le « Bamboo Steamer Set »",
   "Bonjour Marc,\n\nOui, le « Bamboo Steamer Set – 3 Tier » de la commande {o} passe sur une casserole de 24 cm de diamètre ; le titre anglais vient du fabricant, mais la notice est bien en français.\n\nBonne cuisine,\nAnaïs, Épicerie Zen",
   [], "Clean reply quoting an English product title inside French sentences.")
_m(15, "reply", "text", "Re: panne de l'aspirateur – {o}",
   "Bonjour Madame Garnier,\n\nVotre aspirateur est encore sous garantie constructeur (2 ans). Pour une prise en charge, le service garantie du fabricant Aspiro est joignable au 0 800 91 23 45 (numéro vert du fabricant, ligne garantie).\n\nCordialement,\nÉlectro Discount Nantes",
   [], "Clean reply with the manufacturer's warranty hotline marked as such.")
_m(16, "reply", "html", "Re: commande {o}",
   "<p>Bonjour Monsieur Faure,</p><p>Les pieds de la table sont bien fournis avec les vis et la clé Allen. Il n'y a rien d'autre à acheter.</p><p>Sincères salutations,<br>Pauline Martel<br>Responsable service client</p><p><small>Mobilier Martel SARL au capital de 20 000 € – 3 ZA des Prés, 49300 Cholet – SIREN 523 456 789 – TVA FR 64 523456789</small></p>",
   [], "Clean reply with a company-details footer.")
_m(17, "reply", "text", "Re: remboursement commande {o}",
   "Bonjour,\n\nNous avons reçu votre colis retour n° RET-2026-3391 le 02/12/2026 à 10h42. Le remboursement de 54,80 € a été lancé le jour même ; comptez 3 à 5 jours ouvrés. Numéro de suivi du retour : 6A12345678901.\n\nCordialement,\nNicolas – Sport Évasion",
   [], "Clean reply with return and tracking numbers, dates, time, amount.")
_m(18, "fulfillment-question", "text", "Votre colis {o}",
   "Bonjour Manon,\n\nBonne nouvelle : votre colis a quitté notre entrepôt ce matin et a été remis à Colissimo. Il devrait arriver d'ici 48 h.\n\nÀ bientôt,\nBijoux Sélène",
   ["BSM201"], "Shipment confirmation: left warehouse, handed to carrier.")
_m(19, "fulfillment-question", "html", "Commande {o} bien reçue",
   "<p>Bonjour,</p><p>Nous avons bien reçu votre commande {o} et notre équipe est déjà en train de la préparer avec soin.</p><p>L'équipe Terre de Thé</p>",
   ["BSM201"], "Order confirmation: received and being prepared.")
_m(20, "reply", "text", "Merci ! – {o}",
   "Bonjour Léa,\n\nUn grand merci pour votre commande {o}, ça nous fait vraiment plaisir.\n\nChaleureusement,\nClaire et Hugo – La Petite Bougie",
   ["BSM202"], "Thanks-only message.")
_m(21, "reply", "text", "Commande {o}",
   "Bonjour,\n\nSi jamais vous rencontrez le moindre souci avec votre commande {o}, sachez que nous restons à votre entière disposition.\n\nCordialement,\nService client Vélo Rapido",
   ["BSM202"], "Only offers help if a problem comes up.")
_m(22, "delivery-delay", "text", "Retard – commande {o}",
   "Bonjour M. Dubois,\n\nVotre sac à dos sera expédié le 19 décembre au lieu du 15, suite à un retard de notre fournisseur.\n\nCordialement,\nOutdoor Alpes\n\nP.-S. : jusqu'à dimanche, -20 % sur toute la boutique avec le code HIVER20 !",
   ["BSM203"], "Permitted delay with a discount code in a P.S.")
_m(23, "additional-information", "html", "Taille de la bague – commande {o}",
   "<p>Bonjour,</p><p>Pourriez-vous nous confirmer le tour de doigt (52 ou 54) pour la bague de la commande {o} ?</p><p>Au passage : notre nouvelle collection « Lune d'hiver » vient de sortir, suivez-nous sur Instagram et inscrivez-vous à notre newsletter pour ne rien manquer.</p><p>Atelier Orfèvre</p>",
   ["BSM203"], "Follow us, newsletter and new collection inside a permitted question.")
_m(24, "review-request", "text", "Un avis ? – commande {o}",
   "Bonjour Karim,\n\nSi vous laissez un avis sur le casque audio, nous vous enverrons une petite attention en remerciement dès sa publication.\n\nÀ bientôt,\nSonoBox",
   ["BSM204"], "Small gift once the review is published.")
_m(25, "review-request", "text", "Commande {o}",
   "Bonjour,\n\nDès que votre commentaire sera en ligne sur Amazon, envoyez-nous une capture : nous vous rembourserons intégralement votre achat.\n\nL'équipe GadgetPro",
   ["BSM204"], "Full refund once the review is online.")
_m(26, "reply", "text", "Re: votre évaluation – {o}",
   "Bonjour Madame Moreau,\n\nLe remplacement de votre bouilloire est parti. Maintenant que le problème est réglé, accepteriez-vous de modifier votre évaluation à une étoile, voire de la supprimer ?\n\nMerci beaucoup,\nMaison Kettle",
   ["BSM205"], "Asks to update or remove a one-star review.")
_m(27, "review-request", "text", "Votre avis compte – {o}",
   "Bonjour,\n\nSi vous êtes satisfait de votre tapis de yoga, laissez-nous un commentaire sur Amazon. En cas de souci, écrivez-nous plutôt directement avant de publier quoi que ce soit, nous trouverons une solution.\n\nNamasté Shop",
   ["BSM206"], "Review only if satisfied, unhappy buyers steered to contact instead.")
_m(28, "review-request", "html", "Commande {o} – 5 étoiles ?",
   "<p>Bonjour,</p><p>Vous aimez votre nouvelle poêle ? Un petit clic sur 5 étoiles nous aiderait énormément !</p><p>Cuisine Plus</p>",
   ["BSM206"], "Asks for a five-star rating.")
_m(29, "order-problem", "text", "[Important] Rupture de stock – commande {o}",
   "Bonjour,\n\nL'enceinte commandée n'est plus disponible et ne peut pas être expédiée ; le montant de la commande {o} a été ajusté pour rupture de stock. Le plus simple et le plus rapide serait que vous annuliez vous-même la commande depuis votre compte.\n\nMerci de votre compréhension,\nSonoBox",
   ["BSM108"], "Adjusted order problem but advises buyer to cancel themselves.")
_m(30, "order-problem", "text", "Commande {o} : article épuisé",
   "Bonjour Monsieur Petit,\n\nMalheureusement, le fauteuil en rotin est épuisé chez notre fabricant. Nous vous serions reconnaissants de bien vouloir soumettre une demande d'annulation pour la commande {o}.\n\nBien à vous,\nRotin & Co",
   ["BSM107", "BSM108"], "Asks for a cancellation request without confirming adjustment.")
_m(31, "delivery-delay", "text", "Commande {o} retardée",
   "Bonjour,\n\nVotre lot de torchons brodés partira le 22/12 et non le 16/12 comme annoncé.\n\nCordialement,\nBrod'Art\n\nPour ne plus recevoir nos messages, répondez STOP.",
   ["BSM305"], "Opt-out instruction (reply STOP).")
_m(32, "reply", "text", "Re: livraison {o}",
   "Bonjour,\n\nCe putain de transporteur a encore perdu un colis, on en a ras le bol. On vous renvoie la lampe aujourd'hui, commande {o}.\n\nJérôme, Déco Brocante",
   ["BSM306"], "French profanity about the carrier.")
_m(33, "delivery-delay", "text", "Bestellung {o} – Verzögerung",
   "Guten Tag,\n\nleider verzögert sich der Versand Ihrer Bestellung {o} um etwa eine Woche. Wir bitten um Entschuldigung.\n\nMit freundlichen Grüßen\nKüchenwelt Versand",
   ["BSM104"], "Whole message in German to a French buyer.")
_m(34, "reply", "text", "Re: montage – {o}",
   "Bonjour M. Rousseau,\n\nPour le montage du lit mezzanine (commande {o}), le plus simple est de nous appeler au 04 72 18 53 90, du lundi au vendredi.\n\nCordialement,\nMeubles Hervé",
   ["BSM309"], "Seller's national phone number.")
_m(35, "additional-information", "text", "Adresse incomplète – {o}",
   "Bonjour,\n\nIl manque le numéro d'appartement dans votre adresse pour la commande {o}. Envoyez-le-nous par SMS ou WhatsApp au +33 6 47 21 88 05.\n\nMerci,\nFleurs de Provence",
   ["BSM309"], "Seller's phone in international format.")
_m(36, "reply", "text", "Re: facture {o}",
   "Bonjour,\n\nPour toute question sur votre facture (commande {o}), écrivez directement à compta@atelier-perrin.fr, c'est plus rapide.\n\nCordialement,\nAteliers Perrin",
   ["BSM308"], "Plain e-mail address.")
_m(37, "return-follow-up", "text", "Retour {o}",
   "Bonjour,\n\nPour organiser le retour, pourriez-vous nous envoyer une photo du carton ? Adresse : sav arobase jouets-malins point fr.\n\nMerci,\nJouets Malins",
   ["BSM308"], "Obfuscated e-mail address (arobase / point).")
_m(38, "delivery-delay", "html", "Retard de votre commande {o}",
   "<p>Bonjour,</p><p>Votre puzzle 1000 pièces sera expédié avec trois jours de retard, le 18 décembre.</p><p>Découvrez nos autres puzzles sur <a href=\"https://www.puzzles-du-chateau.fr/catalogue\">le catalogue Puzzles du Château</a>.</p><p>Puzzles du Château</p>",
   ["BSM302"], "https link to the seller's own site.")
_m(39, "return-follow-up", "html", "Retour – commande {o}",
   "<p>Bonjour,</p><p>Pour finaliser le retour, merci de préciser le motif dans <a href=\"http://www.amazon.fr/gp/orc/returns/homepage.html\">votre Centre des retours Amazon</a>.</p><p>Électro Discount Nantes</p>",
   ["BSM301"], "Insecure http link to Amazon.")
_m(40, "delivery-delay", "html", "Commande {o} : expédition décalée",
   "<p>Bonjour,</p><p>Votre vase en grès sera expédié le 20/12.</p><p><img src=\"https://cdn.gres-et-terre.fr/produits/vase-gres-bleu-25cm.jpg\" alt=\"Vase en grès bleu 25 cm\" width=\"300\"></p><p>Grès & Terre</p>",
   ["BSM310"], "Photo of the purchased product.")
_m(41, "additional-information", "html", "Commande {o} – précision",
   "<p>Bonjour,</p><p>Pouvez-vous nous confirmer la couleur du fil (écru ou gris) pour votre plaid ?</p><p><img src=\"https://cdn.tissage-combes.fr/images/plage-coucher-soleil.jpg\" alt=\"Plage au coucher du soleil\" width=\"300\"></p><p>Tissage des Combes</p>",
   ["BSM311"], "Unrelated stock image of a beach.")
_m(42, "review-request", "html", "Votre avis – commande {o}",
   "<p><img src=\"https://cdn.cafe-torref.fr/logo.png\" alt=\"\" width=\"140\"></p><p>Bonjour, votre café est arrivé. Vous pouvez, si vous le souhaitez, partager votre avis sur <a href=\"https://www.amazon.fr/review/create-review?asin=B0DK77CAFE\">la page d'avis Amazon du produit</a>.</p><p>Torréfaction Ducasse</p>",
   ["BSM402"], "Logo image with empty alt.")
_m(43, "delivery-delay", "text", "Commande {o} – léger retard 🙏",
   "Bonjour,\n\nVos chaussons partiront lundi 14 au lieu de vendredi. Merci de votre patience 😊\n\nChaussons d'Ici",
   ["BSM403"], "Emoji in subject and body.")
_m(44, "reply", "text", "Re: taille – {o}",
   "Salut Paul,\n\nLe pull taille grand, prends plutôt un M :) On a bien ta commande {o} en tête.\n\nTricot Mamie",
   ["BSM403"], "Text emoticon.")
_m(45, "delivery-delay", "html", "Retard commande {o}",
   "<style>h1{font-size:22px} h2{font-size:18px} p{font-size:13px} .mention{font-size:10px}</style><h1>Petit retard</h1><h2>Commande {o}</h2><p>Votre horloge murale partira le 19 décembre.</p><p class=\"mention\">Horloges Vintage SARL</p>",
   ["BSM410"], "Four explicit font sizes in a style block.")
_m(46, "additional-information", "text", "Prénom à broder – {o}",
   "Bonjour,\n\nQuel prénom souhaitez-vous brodé sur la serviette (commande {o}) ?\n\n\n\nMerci,\nBrod'Art",
   ["BSM412"], "Several blank lines in a row in plain text.")
_m(47, "delivery-delay", "html", "Commande {o} : retard",
   "<p>Bonjour,</p><p>Votre tapis sera expédié le 23 décembre.</p><br><br><br><br><p>Cordialement,<br>Tapis & Nomades</p>",
   ["BSM412"], "A run of four <br> in HTML.")
_m(48, "review-request", "text", "[Important] Votre avis sur la commande {o}",
   "Bonjour,\n\nVous pouvez laisser un avis sur votre moulin à poivre sur Amazon si vous le souhaitez.\n\nÉpices Lucien",
   ["BSM110"], "[Important] on a review request.")
_m(49, "return-follow-up", "html", "Retour – {o}",
   "<p>Bonjour,</p><p>Pour imprimer l'étiquette de retour de la commande {o}, <a href=\"https://www.amazon.fr/gp/css/returns/homepage.html\">cliquez ici</a>, puis indiquez-nous si l'emballage d'origine est complet.</p><p>Jouets Malins</p>",
   ["BSM401"], "Non-descriptive link text 'cliquez ici'.")
_m(50, "delivery-delay", "html", "Commande {o} retardée",
   "<div style=\"font-family:Georgia,serif; color:#5a3e2b; text-align:center\"><p>Bonjour,</p><p>Votre coffret de thés partira le 17 décembre au lieu du 14.</p><p>Terre de Thé</p></div>",
   ["BSM407", "BSM409", "BSM411"], "Builder styles: font family, colour, centring.")
