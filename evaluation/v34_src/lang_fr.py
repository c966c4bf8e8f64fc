# -*- coding: utf-8 -*-
"""v34 evaluation messages, French (fr-FR, fr-BE, fr-CH)."""

_R = []


def _m(type_, fmt, subject, body, oid, expected, note, locale="fr-FR"):
    _R.append({"type": type_, "format": fmt, "subject": subject.replace("#ORD#", oid),
               "body": body.replace("#ORD#", oid), "order_id": oid,
               "expected": sorted(expected), "note": note, "locale": locale})


# 1 clean delivery delay, text
_m("delivery-delay", "text", "Votre commande #ORD# : expédition repoussée",
   "Bonjour Madame Lefèvre,\n\nVotre théière en fonte émaillée (commande #ORD#) ne pourra pas partir à la date annoncée : notre fondeur nous livre le lot avec dix jours de retard. Nous prévoyons désormais l'expédition le mardi 15 décembre, pour une livraison entre le 17 et le 19.\n\nVous n'avez rien à faire : nous vous écrirons de nouveau si la date devait encore changer.\n\nCordialement,\nNadège – Thés & Fontes",
   "654-2201457-3309812", [], "Clean text delivery delay with a new ship date and delivery window.")
# 2 clean delivery delay, html
_m("delivery-delay", "html", "Retard de préparation – commande #ORD#",
   "<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td><p>Bonjour,</p><p>Nous sommes désolés : le fauteuil <strong>Oslo velours côtelé</strong> de votre commande <strong>#ORD#</strong> sort de l'atelier de tapisserie plus tard que prévu. Nouvelle date d'envoi estimée : <strong>lundi 21 décembre 2026</strong>.</p><p>Aucune action n'est nécessaire de votre part. Votre commande reste réservée et le prix ne change pas.</p><p>Bien à vous,<br>Le service clients Maison Verlaine Mobilier</p><p><small>Maison Verlaine SAS – 14 rue des Tanneurs, 69002 Lyon</small></p></td></tr></table>",
   "654-7719024-5540173", [], "Clean builder HTML delivery delay without style overrides.")
# 3 clean order problem with adjustment, [Important]
_m("order-problem", "text", "[Important] Commande #ORD# – article indisponible",
   "Bonjour Monsieur Gaspard,\n\nLe disque dur externe 4 To que vous avez commandé (commande #ORD#) n'est finalement plus disponible chez notre grossiste et nous ne pouvons pas l'expédier. Nous avons donc ajusté le montant total de votre commande sur Amazon (motif : rupture de stock) : les 119,90 € vous seront recrédités sous 3 à 5 jours ouvrés selon votre banque.\n\nToutes nos excuses pour ce contretemps.\n\nL'équipe InfoPièces 33",
   "654-3381205-9902617", [], "Clean order problem confirming the amount adjustment, [Important] allowed on this type.")
# 4 clean additional information
_m("additional-information", "text", "Gravure de votre bracelet – commande #ORD#",
   "Bonjour Camille,\n\nPour graver votre bracelet en argent (commande #ORD#), il me manque le texte exact : le champ de personnalisation est arrivé vide chez moi. Pourriez-vous me répondre avec les initiales ou le prénom souhaités (12 caractères maximum, espaces compris) et me dire si vous préférez l'écriture cursive ou les capitales ?\n\nJe lance la gravure dès réception de votre réponse.\n\nMerci d'avance,\nÉlodie, atelier Fil d'Argent",
   "654-5520918-1147736", [], "Clean request for missing engraving text.", "fr-BE")
# 5 clean return follow-up partial refund
_m("return-follow-up", "text", "Votre demande de retour – commande #ORD#",
   "Bonjour Monsieur Dubois,\n\nVous nous signalez qu'un des six verres à pied de la commande #ORD# est arrivé ébréché. Plutôt que de renvoyer tout le coffret, nous pouvons vous proposer un remboursement partiel de 9,50 €, soit le prix d'un verre. Vous conservez ainsi les cinq autres.\n\nSi cette solution vous convient, répondez simplement « d'accord » à ce message et nous procédons au remboursement. Sinon, le retour complet reste bien sûr possible.\n\nCordialement,\nVerrerie du Rhin",
   "654-6604173-2218850", [], "Clean return follow-up offering a partial refund.")
# 6 clean return follow-up question
_m("return-follow-up", "text", "Retour du drone – précision nécessaire (#ORD#)",
   "Bonjour,\n\nNous avons bien noté votre demande de retour pour le drone de la commande #ORD#. Pour la finaliser, pouvez-vous nous indiquer si la batterie est restée dans l'appareil ? Les batteries lithium doivent être emballées à part, et le transporteur nous impose de le préciser sur l'étiquette.\n\nDès votre réponse, nous générons l'étiquette adaptée.\n\nBonne journée,\nService retours – AéroKit",
   "654-8892004-6631075", [], "Clean return follow-up asking information needed for the return.", "fr-CH")
# 7 clean invoice with SIRET/TVA and slash invoice number
_m("invoice", "text", "Facture de la commande #ORD#",
   "Bonjour,\n\nVous trouverez ci-joint la facture n° FA/2026/12/0458 relative à votre commande #ORD# (lampe de bureau articulée, 64,00 € TTC dont TVA 20 % : 10,67 €).\n\nBien cordialement,\n\nLumen Atelier SARL\n8 impasse des Forges, 44000 Nantes\nSIRET 812 345 678 00027 – TVA intracommunautaire FR 47 812345678\nRCS Nantes 812 345 678",
   "654-1145390-7782064", [], "Clean invoice message with SIRET, VAT number and slashed invoice number.")
# 8 clean review request text
_m("review-request", "text", "Votre avis sur la commande #ORD#",
   "Bonjour Sophie,\n\nVotre coussin de méditation en sarrasin est arrivé il y a une semaine environ. Si vous avez un moment, vous pouvez laisser un avis sur le produit depuis la page de votre commande #ORD# sur Amazon. Qu'il soit enthousiaste ou critique, il aide d'autres acheteurs à choisir et nous aide à améliorer nos coutures.\n\nBelle fin de semaine,\nMarc, de l'atelier Zafu & Co",
   "654-2279341-0056198", [], "Clean neutral review request in plain text.")
# 9 clean review request html with logo
_m("review-request", "html", "Commande #ORD# : qu'en avez-vous pensé ?",
   "<div><img src=\"https://cdn.papeterie-colombe.fr/img/logo-papeterie-colombe.png\" alt=\"Logo Papeterie Colombe\" width=\"160\" height=\"48\"></div><p>Bonjour,</p><p>Vous avez reçu récemment vos carnets en papier recyclé (commande #ORD#). Votre retour, positif ou non, nous intéresse et guide les autres clients.</p><p><a href=\"https://www.amazon.fr/review/create-review?asin=B0CX7PL2QK\">Donner votre avis sur ce produit sur Amazon.fr</a></p><p>Merci pour votre temps,<br>Papeterie Colombe</p>",
   "654-9036627-4418201", [], "Clean HTML review request with shop logo and descriptive https Amazon link.")
# 10 clean delivery scheduling
_m("delivery-scheduling", "text", "Livraison de votre armoire – commande #ORD#",
   "Bonjour Madame Roux,\n\nVotre armoire trois portes (commande #ORD#, 2 colis, 118 kg) sera livrée par notre transporteur spécialisé, avec montée à l'étage. Nous vous proposons les créneaux suivants :\n- jeudi 10 décembre, 8 h – 12 h\n- vendredi 11 décembre, 13 h – 17 h\n- lundi 14 décembre, 8 h – 12 h\n\nMerci de nous indiquer le créneau qui vous arrange, ainsi que l'étage et la présence éventuelle d'un ascenseur.\n\nCordialement,\nLogistique – Bois & Lin Mobilier",
   "654-4417082-3395516", [], "Clean delivery scheduling with dates and time slots for a heavy item.")
# 11 clean home service appointment
_m("home-service-appointment", "text", "Pose de votre hotte – rendez-vous (commande #ORD#)",
   "Bonjour Monsieur Perrin,\n\nVous avez commandé la pose de votre hotte aspirante avec la commande #ORD#. Notre technicien, Karim, peut intervenir le mercredi 16 décembre entre 9 h et 11 h, ou le samedi 19 décembre entre 14 h et 16 h. L'intervention dure environ 1 h 30.\n\nPouvez-vous confirmer le créneau qui vous convient et vérifier qu'une prise est accessible à proximité ?\n\nBien cordialement,\nÉlec Services Île-de-France",
   "654-7750213-8824409", [], "Clean home-service appointment with time slots.")
# 12 clean custom design verification
_m("custom-design-verification", "text", "BAT de votre faire-part – commande #ORD#",
   "Bonjour Julie et Thomas,\n\nVoici en pièce jointe le bon à tirer (BAT_fairepart_v2.pdf) de vos faire-part de mariage, commande #ORD#. Merci de vérifier attentivement l'orthographe des prénoms, la date (samedi 12 juin 2027) et l'adresse de la mairie.\n\nSi tout est correct, répondez « bon pour impression » ; sinon, indiquez-nous les corrections et nous vous renverrons une nouvelle épreuve.\n\nAmitiés,\nL'atelier Papier Plume",
   "654-3063598-5517720", [], "Clean custom design proof attached for verification.", "fr-BE")
# 13 clean door code question with refs
_m("fulfillment-question", "text", "Code d'accès pour la livraison – #ORD#",
   "Bonjour,\n\nLe livreur a signalé ne pas pouvoir entrer dans votre résidence pour la commande #ORD# (réf. colis CP-4471-B, bordereau 2026/118). Pourriez-vous nous communiquer le code du portail ou du digicode, et le bâtiment si la résidence en compte plusieurs ? Nous le transmettrons uniquement au transporteur pour ce passage.\n\nCordialement,\nService livraison – Jardin Malin",
   "654-6128850-2290341", [], "Clean request for a door code with reference numbers.")
# 14 clean reply with product title in English
_m("reply", "text", "Re: Question sur la commande #ORD#",
   "Bonjour Monsieur Caron,\n\nLe jeu que vous avez reçu, « Ticket to Ride: Europe – 15th Anniversary Edition », est bien la version française : seul le titre de la boîte est resté en anglais, les règles et les cartes sont en français. Le livret de règles se trouve sous le plateau.\n\nBonne partie,\nLudothèque du Vieux-Port",
   "654-8437719-1106654", [], "Clean reply quoting an English product title inside French sentences.")
# 15 clean reply with manufacturer warranty hotline
_m("reply", "text", "Re: Panne de l'aspirateur – commande #ORD#",
   "Bonjour Madame Nguyen,\n\nVotre aspirateur (commande #ORD#) est encore sous garantie constructeur pendant deux ans. Pour une panne du moteur, le plus rapide est de contacter directement le service garantie du fabricant, au 09 70 80 12 34 (ligne garantie du fabricant, du lundi au vendredi, 9 h – 18 h). Ils organisent l'enlèvement et la réparation.\n\nGardez votre facture Amazon à portée de main, elle sert de preuve d'achat.\n\nCordialement,\nÉlectroMénager Direct",
   "654-5591046-3378821", [], "Clean reply with the manufacturer's warranty hotline marked as such.")
# 16 clean reply with company footer
_m("reply", "text", "Re: Composition du savon – commande #ORD#",
   "Bonjour,\n\nLe savon au lait d'ânesse de votre commande #ORD# est saponifié à froid et ne contient ni parfum de synthèse ni huile de palme. La liste complète des ingrédients figure au dos de l'étui : huile d'olive, huile de coco, beurre de karité, lait d'ânesse frais, soude.\n\nAu plaisir,\nClaire\n\n--\nSavonnerie des Alpilles – EI Claire Martin\nChemin des Oliviers, 13520 Maussane-les-Alpilles\nSIRET 901 234 567 00015 – TVA non applicable, art. 293 B du CGI\nAtelier ouvert du mardi au samedi, 10 h – 18 h",
   "654-2650387-9913045", [], "Clean reply with a company-details footer (address, SIRET, hours).")
# 17 clean reply with return numbers, dates, amounts
_m("reply", "text", "Re: Où en est mon remboursement ? (#ORD#)",
   "Bonjour Monsieur Lambert,\n\nVotre retour (numéro de retour R-2026-33817) est arrivé à notre entrepôt le 2 décembre à 10 h 42. Le contrôle est terminé et le remboursement de 47,80 € a été lancé le 3 décembre pour la commande #ORD#. Selon votre banque, il apparaîtra sous 3 à 7 jours ouvrés.\n\nCordialement,\nSport & Glisse – service clients",
   "654-7023318-4405592", [], "Clean reply with return number, dates, time and amount.")
# 18 BSM201 left warehouse
_m("fulfillment-question", "text", "Suivi de votre commande #ORD#",
   "Bonjour,\n\nBonne nouvelle : votre colis contenant les guirlandes lumineuses (commande #ORD#) a quitté notre entrepôt ce matin et a été remis à Colissimo. Vous devriez le recevoir d'ici 48 h.\n\nÀ bientôt,\nLumières de Noël & Cie",
   "654-1198743-6670328", ["BSM201"], "Shipping confirmation worded as the parcel leaving the warehouse.")
# 19 BSM201 received and preparing
_m("fulfillment-question", "html", "Commande #ORD# bien reçue",
   "<p>Bonjour Madame Garnier,</p><p>Nous avons bien reçu votre commande <strong>#ORD#</strong> et notre équipe est déjà en train de la préparer avec soin dans notre atelier de Quimper.</p><p>Cordialement,<br>Biscuiterie de l'Odet</p>",
   "654-4786205-1193387", ["BSM201"], "Order confirmation: received and being prepared.")
# 20 BSM202 thanks only
_m("fulfillment-question", "text", "Merci ! – commande #ORD#",
   "Bonjour Lucas,\n\nUn grand merci d'avoir choisi notre boutique pour votre commande #ORD#. C'est grâce à des clients comme vous que notre petite entreprise familiale existe.\n\nMerci encore et très belle journée !\nLa famille Bertin – Miels du Gâtinais",
   "654-3920574-8861203", ["BSM202"], "Thanks-only message.")
# 21 BSM202 only ready to help
_m("reply", "text", "Commande #ORD#",
   "Bonjour,\n\nNous tenions simplement à vous dire que notre équipe reste à votre entière disposition pour la commande #ORD#. Au moindre souci avec votre mixeur, n'hésitez pas à nous écrire via la messagerie Amazon, nous ferons le nécessaire.\n\nBien cordialement,\nCuisine Pro Outlet",
   "654-6357019-2284476", ["BSM202"], "Only says the seller is available if a problem arises.", "fr-BE")
# 22 BSM203 P.S. 20% off
_m("delivery-delay", "text", "Petit retard pour votre commande #ORD#",
   "Bonjour Madame Faure,\n\nVotre pull en laine mérinos (commande #ORD#) partira avec trois jours de retard, le jeudi 10 décembre : la teinture « vert sapin » a demandé un bain supplémentaire. Il vous parviendra pour le week-end.\n\nToutes nos excuses,\nTricots de l'Aubrac\n\nP.S. Jusqu'au 31 décembre, toute la collection est à -20 % sur notre boutique Amazon : c'est le moment de compléter avec un bonnet assorti !",
   "654-9274460-3315982", ["BSM203"], "Permitted delay with a promotional P.S. (20 % off everything).")
# 23 BSM203 follow us / newsletter
_m("additional-information", "text", "Taille du bracelet de montre – #ORD#",
   "Bonjour,\n\nPour ajuster le bracelet de votre montre (commande #ORD#) avant l'envoi, pouvez-vous nous indiquer votre tour de poignet en centimètres ?\n\nMerci et à très vite,\nHorlogerie Valmont\n\nRetrouvez nos nouveautés chaque semaine sur Instagram (@horlogerievalmont) et inscrivez-vous à notre newsletter pour découvrir en avant-première la nouvelle collection de printemps.",
   "654-2813396-7740518", ["BSM203"], "Permitted info request with a follow-us and newsletter footer.", "fr-CH")
# 24 BSM204 small token after review
_m("review-request", "text", "Votre avis compte – commande #ORD#",
   "Bonjour,\n\nNous espérons que votre ensemble de couteaux japonais vous donne satisfaction. Auriez-vous un instant pour rédiger un avis sur Amazon concernant la commande #ORD# ? Dès que votre avis sera publié, envoyez-nous simplement une capture d'écran : un petit cadeau de remerciement vous attend, notre pierre à aiguiser de voyage.\n\nCordialement,\nKaiten Coutellerie",
   "654-5049138-2206691", ["BSM204"], "Review request with a gift once the review is published.")
# 25 BSM204 full refund after review
_m("review-request", "html", "Commande #ORD# – une proposition",
   "<p>Bonjour Monsieur Henry,</p><p>Merci d'avoir testé notre brosse à dents sonique. Nous lançons ce produit et chaque avis compte. Si vous laissez votre évaluation sur Amazon, nous vous remboursons l'intégralité de la commande #ORD# dès qu'elle apparaît en ligne.</p><p>Bien à vous,<br>SmileTech France</p>",
   "654-8165527-0039914", ["BSM204"], "Full refund offered once the review is online.")
# 26 BSM205 change one-star review
_m("reply", "text", "Au sujet de votre évaluation – commande #ORD#",
   "Bonjour Madame Mercier,\n\nNous avons vu votre évaluation à une étoile concernant la commande #ORD#. Le bouchon défectueux de votre gourde vous a été remplacé hier et nous espérons que tout est rentré dans l'ordre.\n\nMaintenant que le problème est réglé, serait-il possible de modifier votre commentaire, voire de le retirer ? Pour une petite marque comme la nôtre, cela pèse énormément.\n\nMerci de votre compréhension,\nOutdoor Gourdes",
   "654-1634209-5528870", ["BSM205"], "Asks to change or remove a one-star review.")
# 27 BSM206 only if satisfied
_m("review-request", "text", "Votre achat #ORD#",
   "Bonjour,\n\nVotre guirlande de fanions en lin est arrivée il y a quelques jours. Si elle vous plaît, nous serions ravis que vous laissiez un avis sur Amazon. En revanche, si quelque chose ne va pas, écrivez-nous d'abord plutôt que de publier un commentaire : nous trouverons une solution ensemble.\n\nCommande #ORD#\nLes Petits Fanions",
   "654-7488036-6652137", ["BSM206"], "Review only if happy; unhappy buyers steered to the seller.")
# 28 BSM206 five stars
_m("review-request", "text", "Un petit geste pour nous ? (#ORD#)",
   "Bonjour Amélie,\n\nVotre tapis de yoga en liège est bien arrivé ? Nous espérons qu'il accompagne vos séances. Si vous en avez l'occasion, une note de cinq étoiles sur Amazon pour la commande #ORD# nous aiderait beaucoup à nous faire connaître.\n\nNamasté,\nLiège & Lotus",
   "654-3372651-9047783", ["BSM206"], "Asks for a five-star rating.")
# 29 BSM108 cancel yourself (with adjustment)
_m("order-problem", "text", "Commande #ORD# – produit épuisé",
   "Bonjour Monsieur Brunet,\n\nLe kit de freins que vous avez commandé (commande #ORD#) est épuisé chez notre fournisseur. Nous avons ajusté le montant de la commande dans Amazon pour motif « rupture de stock ». Pour que tout soit clôturé au plus vite, le plus simple serait que vous fassiez vous-même la demande d'annulation depuis votre compte.\n\nCordialement,\nPièces Auto Vosges",
   "654-6941872-1127764", ["BSM108"], "Out-of-stock message advising the buyer to cancel themselves.")
# 30 BSM108 + BSM107
_m("order-problem", "text", "Rupture de stock – commande #ORD#",
   "Bonjour,\n\nNous sommes navrés : la dernière pièce de la lampe Tiffany de votre commande #ORD# a été endommagée lors d'un inventaire et nous n'en avons plus en stock. Nous vous serions reconnaissants de bien vouloir déposer une demande d'annulation sur Amazon, afin que la commande soit close proprement.\n\nAvec nos excuses,\nBrocante Lumière",
   "654-2507764-8893310", ["BSM107", "BSM108"], "Stock-out message asking for a cancellation, with no adjustment confirmed.", "fr-BE")
# 31 BSM305 STOP
_m("delivery-delay", "text", "Nouvelle date d'envoi – #ORD#",
   "Bonjour,\n\nVotre cafetière italienne (commande #ORD#) partira le 14 décembre au lieu du 9, suite à un retard de notre fournisseur. Nous vous prions de nous excuser.\n\nCafés Torréfiés Morel\n\nVous ne souhaitez plus recevoir nos messages ? Répondez STOP à cet e-mail.",
   "654-8710345-5562297", ["BSM305"], "Delay with an opt-out instruction (reply STOP).")
# 32 BSM306 profanity
_m("delivery-delay", "text", "Retard – commande #ORD#",
   "Bonjour,\n\nVotre commande #ORD# (tondeuse à cheveux) a pris du retard : ce putain de transporteur a encore égaré la palette entière à Roissy, c'est le bordel complet chez eux. Nous pensons pouvoir réexpédier le 11 décembre.\n\nDésolé pour ce contretemps,\nBarber Shop Supply",
   "654-4259981-7734106", ["BSM306"], "Delay message with French profanity.")
# 33 BSM104 English to French buyer
_m("additional-information", "text", "Your order #ORD# – size question",
   "Hello,\n\nThank you for ordering the ski jacket (order #ORD#). Before we ship, could you please confirm the size? You chose XL in the men's fit but wrote \"for my daughter\" in the gift note, so we want to make sure the women's cut is not what you meant.\n\nBest regards,\nAlpine Gear Outlet",
   "654-9582213-6618450", ["BSM104"], "Whole message in English to a French buyer.")
# 34 BSM309 national
_m("delivery-scheduling", "text", "Livraison canapé – commande #ORD#",
   "Bonjour Madame Petit,\n\nVotre canapé d'angle (commande #ORD#) est prêt à être livré. Pour fixer le jour de livraison, le plus simple est d'appeler notre plateforme au 04 78 62 19 55, du lundi au vendredi de 9 h à 17 h. Nous livrons en semaine, créneaux de 4 heures.\n\nCordialement,\nCanapés du Rhône",
   "654-1375608-2941173", ["BSM309"], "Seller's own phone number in national format.")
# 35 BSM309 international
_m("reply", "html", "Re: Montage de l'étagère – #ORD#",
   "<p>Bonjour,</p><p>Pour l'étagère murale de la commande #ORD#, les chevilles fournies conviennent au béton et à la brique pleine. Pour une cloison en plaques de plâtre, il faut des chevilles Molly.</p><p>Si vous avez besoin d'aide pendant le montage, notre conseiller vous répond au +32 2 512 44 87.</p><p>Bien à vous,<br>Étagères Design Bruxelles</p>",
   "654-6620487-0318859", ["BSM309"], "Seller's phone number in international format.", "fr-BE")
# 36 BSM308 plain
_m("custom-design-verification", "text", "Maquette de votre tampon – #ORD#",
   "Bonjour,\n\nVous trouverez ci-joint la maquette de votre tampon encreur personnalisé (commande #ORD#). Merci de vérifier le logo et l'adresse.\n\nSi vous préférez nous envoyer un fichier vectoriel de meilleure qualité, écrivez directement à atelier@tampons-martin.fr.\n\nCordialement,\nTampons Martin",
   "654-3008176-4475521", ["BSM308"], "Plain email address in the body.")
# 37 BSM308 obfuscated
_m("reply", "text", "Re: Pièce manquante – #ORD#",
   "Bonjour Monsieur Girard,\n\nDésolés pour la vis manquante dans le lit superposé (commande #ORD#). Pour aller plus vite, envoyez-nous une photo de la notice, page 4, à sav arobase litsenfants point fr, et nous postons la pièce le jour même.\n\nCordialement,\nLits & Rêves",
   "654-7896532-1150684", ["BSM308"], "Email address obfuscated with 'arobase' and 'point'.")
# 38 BSM302 seller site
_m("reply", "html", "Re: Notice de la serre – commande #ORD#",
   "<p>Bonjour,</p><p>La notice de montage de la serre tunnel (commande #ORD#) est un peu succincte, c'est vrai. Nous avons filmé le montage pas à pas : <a href=\"https://www.serres-potager-bio.fr/montage-serre-tunnel-6m2\">la vidéo de montage de la serre tunnel 6 m² sur notre site</a>.</p><p>Bon jardinage,<br>Serres Potager Bio</p>",
   "654-2146920-6659037", ["BSM302"], "Https link to the seller's own website with descriptive text.")
# 39 BSM301 http amazon
_m("review-request", "html", "Votre avis sur la commande #ORD#",
   "<p>Bonjour,</p><p>Vos bougies parfumées à la figue (commande #ORD#) sont arrivées il y a une dizaine de jours. Si vous le souhaitez, vous pouvez partager votre impression ici : <a href=\"http://www.amazon.fr/gp/your-orders\">vos commandes sur Amazon.fr</a>.</p><p>Belle soirée,<br>Cire & Mèche</p>",
   "654-5813467-2207715", ["BSM301"], "Insecure http link to Amazon.")
# 40 BSM310 product image
_m("delivery-delay", "html", "Commande #ORD# : report de l'envoi",
   "<p>Bonjour Madame Simon,</p><p>Votre horloge murale en chêne (commande #ORD#) sera expédiée le 18 décembre au lieu du 11 : le vernis doit sécher quelques jours de plus.</p><p><img src=\"https://img.horlogesbois.fr/produits/horloge-murale-chene-40cm.jpg\" alt=\"Horloge murale en chêne 40 cm\" width=\"300\" height=\"300\"></p><p>Merci de votre patience,<br>Horloges Bois Massif</p>",
   "654-9140258-8832046", ["BSM310"], "Photo of the purchased product embedded in the message.")
# 41 BSM311 unrelated image
_m("home-service-appointment", "html", "Installation de votre climatiseur – #ORD#",
   "<p>Bonjour,</p><p>Notre installateur peut passer pour le climatiseur de la commande #ORD# le mardi 15 décembre, entre 8 h et 10 h, ou le jeudi 17 décembre, entre 14 h et 16 h. Merci de nous indiquer votre préférence.</p><p><img src=\"https://images.stockphotos-libres.com/plage-tropicale-cocotiers.jpg\" alt=\"Plage tropicale avec cocotiers\" width=\"400\" height=\"250\"></p><p>Cordialement,<br>Clim Confort Sud</p>",
   "654-0462791-5573318", ["BSM311"], "Unrelated stock image (tropical beach).")
# 42 BSM402 logo without alt
_m("invoice", "html", "Votre facture – commande #ORD#",
   "<p><img src=\"https://static.epicerie-fine-duval.fr/logo-duval.png\" width=\"140\" height=\"50\"></p><p>Bonjour,</p><p>Veuillez trouver en pièce jointe la facture FD-2026-1204 pour votre commande #ORD# (coffret de terrines, 38,40 € TTC).</p><p>Cordialement,<br>Épicerie Fine Duval<br>SIRET 523 456 789 00034</p>",
   "654-3597106-0084425", ["BSM402"], "Logo image without an alt attribute.")
# 43 BSM403 emoji
_m("additional-information", "text", "Couleur du ruban – commande #ORD# 🎁",
   "Coucou Léa ! 🎀\n\nPour l'emballage cadeau de ta commande #ORD#, tu préfères un ruban doré ou rouge ? Dis-moi vite et je prépare tout ça avec amour 💛\n\nManon – Les Bougies de Manon",
   "654-6774030-3326614", ["BSM403"], "Emoji in subject and body.")
# 44 BSM403 emoticon
_m("reply", "text", "Re: Compatibilité chargeur – #ORD#",
   "Bonjour,\n\nOui, le chargeur de la commande #ORD# est compatible avec votre téléphone : il gère la charge rapide jusqu'à 30 W. Pensez juste à utiliser le câble USB-C fourni ;-)\n\nBonne journée :)\nMobiCharge",
   "654-1902683-7761150", ["BSM403"], "Text emoticons ;-) and :) in a reply.")
# 45 BSM410 four sizes
_m("delivery-delay", "html", "Information livraison – commande #ORD#",
   "<style>.titre{font-size:26px}.soustitre{font-size:19px}.texte{font-size:14px}.mention{font-size:10px}</style><div class=\"titre\">Petit contretemps</div><div class=\"soustitre\">Commande #ORD#</div><p class=\"texte\">Bonjour, votre lot de six torchons en lin lavé sera expédié le 12 décembre au lieu du 8 : le tissage a pris plus de temps que prévu. Merci pour votre patience.</p><p class=\"mention\">Linge de Maison Hortense – 3 rue du Canal, 59000 Lille</p>",
   "654-8029514-4490762", ["BSM410"], "Four explicit font sizes in a style block.")
# 46 BSM412 blank lines in text
_m("delivery-scheduling", "text", "Livraison de votre poêle à bois – #ORD#",
   "Bonjour Monsieur Fontaine,\n\nVotre poêle à bois (commande #ORD#, 145 kg) sera livré sur palette. Merci de choisir un créneau : lundi 14 décembre matin ou mercredi 16 décembre après-midi.\n\n\n\nLe chauffeur aura besoin d'un accès carrossable jusqu'au portail.\n\n\nCordialement,\nChauffage Bois Auvergne",
   "654-4670385-9925503", ["BSM412"], "Runs of blank lines in a plain-text message.")
# 47 BSM110 [Important] on review request
_m("review-request", "text", "[Important] Votre avis sur la commande #ORD#",
   "Bonjour,\n\nCela fait maintenant une semaine que vous avez reçu votre planche à découper en noyer. Vous pouvez, si vous le souhaitez, laisser un avis sur ce produit depuis votre espace Amazon, à la rubrique de la commande #ORD#.\n\nCordialement,\nBois d'Ici – atelier de tournage",
   "654-2391847-6602351", ["BSM110"], "[Important] tag on a non-critical review request.")
# 48 BSM401 click here
_m("reply", "html", "Re: Guide des tailles – #ORD#",
   "<p>Bonjour,</p><p>Pour choisir la bonne pointure de chaussures de randonnée avant d'échanger celles de la commande #ORD#, le guide des tailles du fabricant est sur Amazon : <a href=\"https://www.amazon.fr/dp/B0D4KTR8WX\">cliquez ici</a>.</p><p>Bonne rando,<br>Sentiers & Sommets</p>",
   "654-5266173-1138897", ["BSM401"], "Non-descriptive link text 'cliquez ici'.")
# 49 builder styles
_m("delivery-delay", "html", "Mise à jour de votre commande #ORD#",
   "<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\"><tr><td style=\"font-family:'Helvetica Neue',Arial,sans-serif;color:#3a3a3a;line-height:1.7;text-align:center;\"><p>Bonjour,</p><p>Votre robot pâtissier (commande #ORD#) sera expédié avec une semaine de retard, le 16 décembre, en raison d'un contrôle qualité supplémentaire chez le fabricant.</p><p>Toute l'équipe vous prie de l'excuser.</p><p>Électro Cuisine Plus</p></td></tr></table>",
   "654-7305829-2271934", ["BSM407", "BSM408", "BSM409", "BSM411"], "Builder template setting font family, colour, line height and centred text.")
# 50 BSM102 no order number
_m("additional-information", "text", "Adresse de livraison incomplète",
   "Bonjour Madame Vidal,\n\nL'adresse indiquée pour votre coffret de thés de Noël ne comporte pas de numéro de rue, seulement « avenue des Platanes, 34000 Montpellier ». Pourriez-vous nous indiquer le numéro et, le cas échéant, le bâtiment ou l'appartement ? Sans cela, le transporteur risque de ne pas trouver votre domicile.\n\nMerci,\nMaison des Thés Vidal",
   "654-9917402-3360589", ["BSM102"], "No order number anywhere in subject or body.")

MESSAGES = []
for _i, _r in enumerate(_R, 1):
    MESSAGES.append({"id": "v34-fr-%03d" % _i, "language": "fr", "locale": _r["locale"],
                     "type": _r["type"], "format": _r["format"], "subject": _r["subject"],
                     "body": _r["body"], "order_id": _r["order_id"], "expected": _r["expected"],
                     "note": _r["note"]})
