# -*- coding: utf-8 -*-
"""v27 blind evaluation set, French (fr-FR / fr-BE)."""

LANG = "fr"
_ORDER_IDS = {}


def _oid(n):
    a = (3141593 + n * 104729) % 10000000
    b = (2718281 + n * 130363) % 10000000
    return "584-%07d-%07d" % (a, b)


def _m(n, typ, fmt, subject, body, expected, note, locale="fr-FR"):
    oid = _oid(n)
    plain = oid.replace("-", "")
    subject = subject.replace("{oid}", oid).replace("{plain}", plain)
    body = body.replace("{oid}", oid).replace("{plain}", plain)
    return {
        "id": "v27-fr-%03d" % n,
        "language": LANG,
        "locale": locale,
        "type": typ,
        "format": fmt,
        "subject": subject,
        "body": body,
        "order_id": oid,
        "expected": sorted(expected),
        "note": note,
    }


MESSAGES = [
# ---------------- clean (1-17) ----------------
_m(1, "delivery-delay", "text",
   "Commande {oid} : petit retard de notre côté",
   "Bonjour Madame Lefèvre,\n\n"
   "Votre plaid en laine mohair (commande {oid}) devait partir cette semaine, mais notre tisserande des Vosges a pris quelques jours de retard sur le dernier lot.\n\n"
   "Nouvelle date d'expédition prévue : le jeudi 17 décembre. Livraison estimée entre le 19 et le 22/12.\n\n"
   "On croise les doigts pour que le transporteur ne traîne pas en cette période de fêtes.\n\n"
   "Toutes nos excuses,\nCamille — Les Laines de Gérardmer",
   [], "Clean plain-text delivery delay with a new ship date and the buyer's own option to cancel."),

_m(2, "delivery-delay", "html",
   "Information sur votre commande {oid}",
   "<p>Bonjour,</p>"
   "<p>Nous vous informons que la <strong>cafetière italienne inox 6 tasses</strong> de votre commande {oid} est en cours de réapprovisionnement chez notre grossiste.</p>"
   "<table><tr><td>Date d'expédition initiale</td><td>08/12/2026</td></tr>"
   "<tr><td>Nouvelle date d'expédition</td><td>15/12/2026</td></tr></table>"
   "<p>Nous sommes désolés pour ce contretemps et vous tiendrons informé(e) si la date devait encore évoluer.</p>"
   "<p>Cordialement,<br>L'équipe Brûlerie du Vieux-Port</p>",
   [], "Clean builder-HTML delivery delay with a plain table of old and new dates."),

_m(3, "order-problem", "text",
   "[Important] Article indisponible — commande {oid}",
   "Bonjour Monsieur Garnier,\n\n"
   "Mauvaise nouvelle : le dernier exemplaire de la lampe Mategot laiton que vous avez commandée (n° {oid}) a été endommagé lors de l'inventaire, et le fabricant ne la produit plus.\n\n"
   "Nous avons donc ajusté le montant total de votre commande dans Seller Central, motif « rupture de stock ». Le remboursement de 189,00 € apparaîtra sur votre moyen de paiement sous 3 à 5 jours ouvrés.\n\n"
   "Nous sommes sincèrement navrés.\n\n"
   "Hugo Marchal\nBrocante Marchal & Fils",
   [], "Clean order problem confirming the full amount was adjusted for no inventory; [Important] allowed."),

_m(4, "additional-information", "text",
   "Gravure — commande {oid}",
   "Bonjour,\n\nPour graver votre bracelet (commande {oid}), il nous manque le texte exact : vous avez indiqué « Léa » dans le champ personnalisation, mais la fiche prévoit aussi une date au revers.\n\n"
   "Souhaitez-vous une date (format JJ.MM.AAAA) ou laissons-nous le revers vierge ? Sans réponse d'ici le 11 décembre, nous graverons uniquement le prénom.\n\n"
   "Bonne journée,\nInès, atelier Fil d'Or",
   [], "Clean request for information needed to complete a personalised order."),

_m(5, "return-follow-up", "text",
   "Votre demande de retour – {oid}",
   "Bonjour Madame Roux,\n\n"
   "Nous avons bien pris connaissance de votre demande de retour pour la housse de couette (commande {oid}) : d'après vos photos, seule une couture de l'ourlet est défaite.\n\n"
   "Plutôt qu'un retour, nous vous proposons un remboursement partiel de 15,00 € et vous gardez l'article. Si vous préférez malgré tout le retourner, aucun souci, la procédure de retour habituelle reste ouverte.\n\n"
   "Dites-nous simplement ce que vous choisissez.\n\nBien à vous,\nService clients Linge de Provence",
   [], "Clean return follow-up offering a partial refund."),

_m(6, "return-follow-up", "text",
   "Retour commande {oid} - une précision",
   "Bonjour,\n\nvotre retour de la perceuse-visseuse est bien enregistré. Pour que le transporteur puisse l'enlever, pouvez-vous nous confirmer si le chargeur et les deux batteries seront dans le colis ? Le bon d'enlèvement n'est pas le même selon le poids.\n\n"
   "Merci d'avance,\nThomas\nOutillage Dumas – SAV\nCommande {oid}",
   [], "Clean return follow-up asking for information needed to complete the return."),

_m(7, "invoice", "html",
   "Facture FA/2026/12/0318 – commande {oid}",
   "<p>Bonjour,</p>"
   "<p>Vous trouverez ci-joint la facture <strong>FA/2026/12/0318</strong> relative à votre commande {oid} du 02/12/2026.</p>"
   "<p>Montant HT : 74,92 €<br>TVA 20 % : 14,98 €<br>Montant TTC : 89,90 €</p>"
   "<p>Bonne réception,</p>"
   "<p><small>Papeterie Aubert SARL – capital de 8 000 € – 14 rue des Tanneurs, 69002 Lyon<br>"
   "SIRET 812 345 678 00021 – RCS Lyon 812 345 678 – N° TVA intracommunautaire FR 27 812345678</small></p>",
   [], "Clean invoice with SIRET, RCS, intra-EU VAT number and a slash-separated invoice number."),

_m(8, "review-request", "text",
   "Votre avis sur votre commande {oid}",
   "Bonjour,\n\nVotre théière en fonte (commande {oid}) vous a été livrée il y a une dizaine de jours. Si vous avez un moment, un avis sur la page du produit Amazon aide d'autres clients à choisir, qu'il soit positif ou négatif.\n\n"
   "Bonne journée,\nMaison Kettle & Thé",
   [], "Clean neutral review request in plain text."),

_m(9, "review-request", "html",
   "Donnez votre avis – commande {oid}",
   "<p><img src=\"https://m.media-amazon.com/images/S/seller-logos/atelier-cirque-bois.png\" alt=\"Logo Atelier Cirque Bois\" width=\"160\"></p>"
   "<p>Bonjour,</p>"
   "<p>Votre toupie en hêtre (commande {oid}) est arrivée il y a une semaine. Nous serions heureux de connaître votre avis, quel qu'il soit.</p>"
   "<p><a href=\"https://www.amazon.fr/review/review-your-purchases/?asin=B0CFR58412\">Rédiger un commentaire sur Amazon</a></p>"
   "<p>Bien cordialement,<br>Atelier Cirque Bois</p>",
   [], "Clean HTML review request with the shop logo (alt names shop) and a descriptive https Amazon link."),

_m(10, "delivery-scheduling", "text",
   "Livraison de votre canapé – commande {oid}",
   "Bonjour Monsieur et Madame Perrin,\n\n"
   "Votre canapé d'angle (commande {oid}, 2 colis, 96 kg) est prêt à être livré par notre transporteur spécialisé, avec montée à l'étage.\n\n"
   "Créneaux disponibles :\n- mardi 15/12, 8h00–12h00\n- mercredi 16/12, 13h30–17h30\n- samedi 19/12, 9h00–13h00\n\n"
   "Merci de nous indiquer le créneau qui vous arrange ainsi que l'étage et la présence ou non d'un ascenseur.\n\n"
   "Cordialement,\nÉlodie Bastien\nResponsable logistique, Confort & Canapés",
   [], "Clean delivery scheduling for a bulky item with dated time slots."),

_m(11, "home-service-appointment", "text",
   "Rendez-vous pose – {oid}",
   "Bonjour Mme Da Silva,\n\nLe technicien pour la pose de votre hotte aspirante (commande {oid}) peut passer :\n\n"
   "• lundi 14 décembre entre 14 h et 16 h,\n• ou vendredi 18 décembre entre 9 h et 11 h.\n\n"
   "Prévoyez environ 1 h 30 d'intervention. Quel créneau retenez-vous ?\n\nFrédéric, Services Habitat Nord",
   [], "Clean home-service appointment scheduling with dates and times."),

_m(12, "custom-design-verification", "html",
   "BAT de votre faire-part — commande {oid}",
   "<p>Bonjour Claire,</p>"
   "<p>Voici le bon à tirer de vos faire-part de naissance (commande {oid}) en pièce jointe : <em>BAT_faire-part_Jules_v2.pdf</em>.</p>"
   "<ul><li>Format : 148 × 105 mm</li><li>Papier : coton 300 g</li><li>Quantité : 60</li></ul>"
   "<p>Merci de vérifier l'orthographe des prénoms, la date (03.12.2026) et le poids. Dès votre validation, nous lançons l'impression.</p>"
   "<p>Belle journée,<br>Margaux<br>Studio Papier Plume</p>",
   [], "Clean custom design proof with attachment name and dimensions."),

_m(13, "fulfillment-question", "text",
   "Code d'accès pour la livraison {oid}",
   "Bonjour,\n\nnotre coursier livrera votre commande {oid} (réf. tournée LV-0912, réf. client C-774301) le jeudi 10/12. D'après l'adresse indiquée, la résidence demande un digicode à l'entrée du bâtiment B.\n\n"
   "Pourriez-vous nous communiquer le code ou le nom inscrit sur l'interphone ? Sans cela, le coursier ne pourra pas accéder à votre porte.\n\n"
   "Merci,\nNadia – Épicerie Fine Mistral",
   [], "Clean fulfillment question asking for a door code, with a reference number that is not a phone."),

_m(14, "reply", "text",
   "Re: taille du pull {oid}",
   "Bonjour,\n\nMerci pour votre question. Le pull « Highland Fisherman Sweater » que vous avez commandé (commande {oid}) vient d'Écosse et taille plutôt grand : si vous faites habituellement du M, le S vous ira très bien.\n\n"
   "Le tableau des tailles de la marque donne 104 cm de tour de poitrine pour le S.\n\n"
   "Cordialement,\nAntoine, Comptoir des Highlands",
   [], "Clean reply quoting an English product title inside French sentences."),

_m(15, "reply", "text",
   "Re: cafetière en panne – {oid}",
   "Bonjour Monsieur Blanc,\n\nDésolés pour ce souci. Votre machine (commande {oid}) est encore sous garantie constructeur 2 ans. Le plus rapide est de contacter directement le service garantie du fabricant :\n\n"
   "Hotline garantie du fabricant Cafina : 09 70 81 22 40 (du lundi au vendredi, 9h–18h)\n\n"
   "Munissez-vous du numéro de série inscrit sous la machine. Si le fabricant refuse la prise en charge, revenez vers nous.\n\n"
   "Cordialement,\nL'équipe ElectroMaison",
   [], "Clean reply giving the manufacturer's warranty hotline, marked as such (BSM309 exception)."),

_m(16, "reply", "text",
   "Re: Demande de facture au nom de la société – {oid}",
   "Bonjour,\n\nC'est noté : la facture de la commande {oid} sera établie au nom de votre société, avec votre numéro de TVA BE 0458.112.907. Vous la recevrez via la messagerie Amazon d'ici vendredi.\n\n"
   "Bien à vous,\n\nSophie Claes\nGérante\nOutillage Claes SRL\nRue de la Station 42, 5000 Namur, Belgique\nBCE 0712.345.678 – TVA BE 0712.345.678",
   [], "Clean reply to a Belgian buyer with a company footer (BCE/TVA numbers are not phones).", locale="fr-BE"),

_m(17, "reply", "text",
   "Re: suivi de mon retour {oid}",
   "Bonjour Madame Chevalier,\n\nVotre retour (n° de retour R-2026-04417, suivi Colissimo 8R 021 574 669 3) est arrivé à notre entrepôt le 04/12/2026 à 10 h 42.\n\n"
   "Le remboursement de 42,50 € pour la commande {oid} a été déclenché le jour même ; comptez 3 à 5 jours ouvrés selon votre banque.\n\n"
   "Bonne soirée,\nKevin, service retours Sport Alpin 74",
   [], "Clean reply with return and tracking numbers, dates, times and amounts."),

# ---------------- violations (18-48) ----------------
_m(18, "fulfillment-question", "text",
   "Votre colis {oid} est en route",
   "Bonjour,\n\nBonne nouvelle : votre commande {oid} a quitté notre entrepôt de Valence ce matin et a été remise à DPD. Elle devrait arriver d'ici 48 heures.\n\n"
   "L'équipe Drôme Gourmande",
   ["BSM201"], "Shipping confirmation phrased as 'left our warehouse / handed to the carrier'."),

_m(19, "additional-information", "html",
   "Commande {oid} bien reçue",
   "<p>Bonjour Julien,</p><p>Nous avons bien reçu votre commande {oid} et notre équipe est déjà en train de la préparer avec soin dans notre atelier.</p>"
   "<p>À très vite,<br>Bougies Lumen</p>",
   ["BSM201"], "Order confirmation: received and being prepared."),

_m(20, "fulfillment-question", "text",
   "Merci ! ({oid})",
   "Merci infiniment pour votre commande {oid} !\n\nToute l'équipe de La Fromagerie du Jura vous remercie de votre confiance.",
   ["BSM202"], "Thanks-only message."),

_m(21, "fulfillment-question", "text",
   "Commande {oid}",
   "Bonjour,\n\nSi jamais quelque chose cloche avec votre commande {oid}, n'hésitez pas à nous écrire, on s'en occupe.\n\nBonne journée !\nMarc, Vélo Pièces Express",
   ["BSM202"], "Only 'we are here if anything comes up'."),

_m(22, "delivery-delay", "text",
   "Retard d'expédition – commande {oid}",
   "Bonjour,\n\nVotre commande {oid} partira avec deux jours de retard, le 12/12, à cause d'une rupture chez notre fournisseur de cartons. Nous en sommes désolés.\n\n"
   "Cordialement,\nGraines & Potager\n\n"
   "P.S. Pour nous faire pardonner : -20 % sur toute la boutique jusqu'à dimanche avec le code POTAGER20.",
   ["BSM203"], "Permitted delay with a promotional P.S. (20% off the whole range)."),

_m(23, "reply", "html",
   "Re: couleur du foulard {oid}",
   "<p>Bonjour,</p><p>Le foulard de la commande {oid} est bien le modèle « bleu nuit » ; la photo de la fiche est un peu plus claire que la réalité.</p>"
   "<p>Au passage, notre nouvelle collection printemps arrive le mois prochain : suivez-nous sur Instagram et inscrivez-vous à notre newsletter pour la découvrir en avant-première !</p>"
   "<p>Belle journée,<br>Soie de Lyon</p>",
   ["BSM203"], "Reply with follow-us / newsletter / new collection promotion (no link)."),

_m(24, "review-request", "text",
   "Un petit mot sur votre commande {oid} ?",
   "Bonjour,\n\nNous espérons que la planche à découper en noyer vous plaît. Si vous prenez le temps de laisser un avis sur Amazon (commande {oid}), envoyez-nous une capture une fois qu'il est publié : nous vous ferons parvenir un petit cadeau pour vous remercier.\n\n"
   "Amicalement,\nBois & Braise",
   ["BSM204"], "Small token of appreciation once the review is published."),

_m(25, "review-request", "text",
   "Commande {oid} — remboursement",
   "Bonjour,\n\nDès que votre commentaire sur la lampe de bureau est en ligne, nous vous remboursons intégralement votre commande {oid}. Il suffit de nous répondre avec le nom affiché sous votre avis.\n\n"
   "Cordialement,\nLumiDesk France",
   ["BSM204"], "Full refund as soon as the review is online."),

_m(26, "reply", "text",
   "Re: problème de fermeture {oid}",
   "Bonjour Madame Faure,\n\nNous avons remplacé la fermeture éclair de votre sac, comme convenu (commande {oid}). Maintenant que tout est réglé, accepteriez-vous de modifier, voire de retirer, l'avis une étoile que vous avez laissé la semaine dernière ?\n\n"
   "Merci de votre compréhension,\nMaroquinerie Vauclair",
   ["BSM205"], "Asks to update or remove an existing one-star review."),

_m(27, "review-request", "text",
   "Votre expérience – {oid}",
   "Bonjour,\n\nSi vous êtes satisfait(e) de votre guirlande lumineuse, un commentaire sur Amazon nous aiderait beaucoup. En revanche, si quelque chose ne va pas, écrivez-nous plutôt directement avant de laisser un avis, nous trouverons une solution.\n\n"
   "Commande {oid}\nDéco Lumière Atlantique",
   ["BSM206"], "Review only if satisfied, otherwise contact the seller instead."),

_m(28, "review-request", "html",
   "Commande {oid} : 5 étoiles ?",
   "<p>Bonjour,</p><p>Votre avis compte énormément pour une petite boutique comme la nôtre. Si vous pensez que nous méritons cinq étoiles pour la commande {oid}, ce serait génial de les laisser sur Amazon !</p>"
   "<p>Merci,<br>L'équipe Terre & Grès</p>",
   ["BSM206"], "Asks for a five-star rating."),

_m(29, "order-problem", "text",
   "Commande {oid} – rupture de stock",
   "Bonjour,\n\nLe robot pâtissier rouge de votre commande {oid} n'est plus disponible chez notre fournisseur. Nous avons ajusté le montant de la commande (motif : rupture de stock, remboursement de 249,00 €).\n\n"
   "Pour clôturer proprement le dossier, le plus rapide serait que vous demandiez vous-même l'annulation depuis « Vos commandes ».\n\n"
   "Désolés,\nCuisine Pro Direct",
   ["BSM108"], "Asks the buyer to cancel themselves although the adjustment is confirmed."),

_m(30, "order-problem", "text",
   "Problème avec votre commande {oid}",
   "Bonjour Monsieur Lambert,\n\nNous sommes à court de stock sur les pneus hiver 205/55 R16 commandés (commande {oid}) et le prochain arrivage n'est pas daté.\n\n"
   "Nous vous serions reconnaissants de bien vouloir soumettre une demande d'annulation via Amazon, afin que nous puissions clôturer la commande.\n\n"
   "Cordialement,\nPneus Discount Centre",
   ["BSM107", "BSM108"], "Asks for a cancellation request because of stock-out and never confirms the amount adjustment."),

_m(31, "delivery-delay", "text",
   "Nouvelle date de livraison – {oid}",
   "Bonjour,\n\nVotre commande {oid} sera expédiée le 14/12 au lieu du 09/12, notre imprimeur ayant pris du retard.\n\n"
   "Cordialement,\nAffiches Rétro Paris\n\n"
   "Vous ne souhaitez plus recevoir nos messages ? Répondez STOP à ce message.",
   ["BSM305"], "Opt-out instruction: reply STOP."),

_m(32, "reply", "text",
   "Re: toujours pas livré {oid}",
   "Bonjour,\n\nOui, on a vu. Ce putain de transporteur a encore perdu la moitié des colis de la semaine, c'est le bordel complet chez eux. On renvoie votre commande {oid} demain matin.\n\n"
   "Fred, Garage Rétro Pièces",
   ["BSM306"], "French profanity in a reply."),

_m(33, "delivery-delay", "text",
   "Delay on your order {oid}",
   "Hello,\n\nUnfortunately your order {oid} will leave our workshop a few days later than planned, on 16 December. We apologise for the inconvenience.\n\n"
   "Kind regards,\nAtelier Bleu Ceramics",
   ["BSM104"], "Whole message in English to a French buyer."),

_m(34, "additional-information", "text",
   "Adresse incomplète – {oid}",
   "Bonjour,\n\nL'adresse de livraison de la commande {oid} ne comporte pas de numéro de rue. Pouvez-vous nous la compléter ? Vous pouvez aussi m'appeler directement au 06 48 21 73 95.\n\n"
   "Merci,\nLaurent, Jardin Malin",
   ["BSM309"], "French national mobile number."),

_m(35, "reply", "text",
   "Re: compatibilité chargeur {oid}",
   "Bonjour,\n\nOui, le chargeur de la commande {oid} est compatible avec votre modèle. Pour toute autre question technique, notre service client répond au +33 1 84 60 27 15.\n\n"
   "Cordialement,\nVoltaShop",
   ["BSM309"], "Seller's own customer-service number in international format (not a manufacturer line)."),

_m(36, "return-follow-up", "text",
   "Retour {oid} – photos",
   "Bonjour,\n\nPour finaliser le retour de la commande {oid}, pouvez-vous nous envoyer deux photos de l'écran fissuré à sav.atelierpixel@gmail.com ?\n\n"
   "Merci,\nAtelier Pixel",
   ["BSM308"], "Plain e-mail address."),

_m(37, "reply", "text",
   "Re: devis pour 10 pièces {oid}",
   "Bonjour,\n\nPour une commande en volume, écrivez-nous à contact arobase maison-verane point fr en rappelant la commande {oid}, nous vous ferons un devis.\n\n"
   "Bien à vous,\nMaison Vérane",
   ["BSM308"], "Obfuscated e-mail address ('arobase ... point fr')."),

_m(38, "reply", "html",
   "Re: entretien du lin {oid}",
   "<p>Bonjour,</p><p>Pour votre nappe en lin (commande {oid}), un lavage à 40 °C et un séchage à plat suffisent.</p>"
   "<p>Nous avons réuni tous nos conseils dans notre <a href=\"https://www.lin-et-lavande.fr/conseils-entretien\">guide d'entretien du lin</a>.</p>"
   "<p>Cordialement,<br>Lin & Lavande</p>",
   ["BSM302"], "https link to the seller's own site, not needed to complete the order."),

_m(39, "review-request", "html",
   "Votre avis sur la commande {oid}",
   "<p>Bonjour,</p><p>Vous avez reçu votre tapis de yoga il y a une semaine (commande {oid}). Vous pouvez, si vous le souhaitez, donner votre avis <a href=\"http://www.amazon.fr/review/review-your-purchases/\">sur la page avis d'Amazon</a>.</p>"
   "<p>Namasté Sport</p>",
   ["BSM301"], "Insecure http link to Amazon with descriptive text."),

_m(40, "delivery-delay", "html",
   "Votre fauteuil – commande {oid}",
   "<p>Bonjour,</p><p>Le fauteuil Scandi velours (commande {oid}) sera expédié le 18/12 au lieu du 11/12, le tissu ayant été livré en retard à notre tapissier.</p>"
   "<p><img src=\"https://cdn.mobilier-nord.fr/produits/fauteuil-scandi-velours-vert.jpg\" alt=\"Fauteuil Scandi velours vert\" width=\"300\"></p>"
   "<p>Merci de votre patience,<br>Mobilier Nord</p>",
   ["BSM310"], "Image of the purchased product."),

_m(41, "reply", "html",
   "Re: délai de fabrication {oid}",
   "<p>Bonjour,</p><p>Votre horloge murale (commande {oid}) sera prête le 15/12, nous vous tiendrons au courant si cela change.</p>"
   "<p><img src=\"https://images.stockfree.example/noel/sapin-neige.jpg\" alt=\"Sapin de Noël sous la neige\" width=\"300\"></p>"
   "<p>Joyeuses fêtes,<br>Horlogerie Tic-Tac</p>",
   ["BSM311"], "Unrelated stock image (Christmas tree)."),

_m(42, "additional-information", "html",
   "Taille de bague – {oid}",
   "<p><img src=\"https://m.media-amazon.com/images/S/seller-logos/bijoux-celeste.png\" alt=\"\" width=\"150\"></p>"
   "<p>Bonjour,</p><p>Vous n'avez pas indiqué de taille pour la bague de la commande {oid}. Quel tour de doigt souhaitez-vous (entre 48 et 62) ?</p>"
   "<p>Bijoux Céleste</p>",
   ["BSM402"], "Shop logo with an empty alt attribute."),

_m(43, "delivery-delay", "text",
   "Petit retard 🙈 – {oid}",
   "Coucou !\n\nVotre puzzle 1000 pièces (commande {oid}) partira lundi 14/12 et non vendredi, notre livraison de boîtes a du retard 📦.\n\nDésolée !\nLucie, Puzzles & Cie",
   ["BSM403"], "Emoji in subject and body."),

_m(44, "reply", "text",
   "Re: pile de rechange {oid}",
   "Bonjour,\n\nPas de souci, on glisse une pile de rechange dans le colis de votre commande {oid} ;-)\n\nÀ bientôt,\nJouets d'Antan",
   ["BSM403"], "Text emoticon ;-)."),

_m(45, "invoice", "html",
   "Votre facture – commande {oid}",
   "<style>p{font-size:14px} h2{font-size:22px} .total{font-size:18px} .mentions{font-size:10px}</style>"
   "<h2>Facture F-2026-1187</h2>"
   "<p>Bonjour, veuillez trouver ci-joint la facture de votre commande {oid}.</p>"
   "<p class=\"total\">Total TTC : 59,00 €</p>"
   "<p class=\"mentions\">Cave Saint-Roch SAS – SIRET 901 234 567 00018</p>",
   ["BSM410"], "Four explicit font sizes in a style block."),

_m(46, "delivery-scheduling", "text",
   "Livraison de votre armoire – {oid}",
   "Bonjour,\n\nVotre armoire (commande {oid}) peut être livrée le mardi 15/12 entre 8 h et 12 h.\n\n\n"
   "Ce créneau vous convient-il ?\n\n\n"
   "Cordialement,\nMeubles Bretons",
   ["BSM412"], "Two blank lines in a row in plain text."),

_m(47, "review-request", "text",
   "[Important] Votre avis – commande {oid}",
   "Bonjour,\n\nVotre coussin ergonomique (commande {oid}) a été livré il y a huit jours. Vous pouvez laisser un avis sur la page du produit sur Amazon si vous le souhaitez.\n\n"
   "Cordialement,\nDos Santé",
   ["BSM110"], "[Important] tag on a review request."),

_m(48, "return-follow-up", "html",
   "Retour – commande {oid}",
   "<p>Bonjour,</p><p>Pour compléter le retour de la commande {oid}, merci d'indiquer si l'emballage d'origine est encore disponible. Votre étiquette de retour : <a href=\"https://www.amazon.fr/gp/css/returns/homepage.html\">cliquez ici</a>.</p>"
   "<p>Merci,<br>Optique Horizon</p>",
   ["BSM401"], "Non-descriptive link text 'cliquez ici'."),

# ---------------- varying (49-50) ----------------
_m(49, "delivery-delay", "html",
   "Retard de livraison – commande {oid}",
   "<div style=\"font-family: Georgia, serif; line-height: 1.7; color: #3b2f2f; text-align: center;\">"
   "<p>Bonjour,</p><p>Votre coffret de thés de Noël (commande {oid}) sera expédié le 16/12 au lieu du 10/12.</p>"
   "<p>Merci de votre patience,<br>Maison des Thés d'Annecy</p></div>",
   ["BSM407", "BSM408", "BSM409", "BSM411"], "Builder styles: font-family, line-height, colour and centred text."),

_m(50, "additional-information", "text",
   "Question sur votre commande n° {plain}",
   "Bonjour,\n\nPour la commande n° {plain}, vous avez choisi la finition « chêne clair » mais la dimension indiquée (210 cm) n'existe qu'en « chêne naturel ». Laquelle préférez-vous ?\n\n"
   "Cordialement,\nÉtagères sur Mesure",
   ["BSM102"], "Order number written without hyphens only, so BSM102."),
]
