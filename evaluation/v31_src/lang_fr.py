# -*- coding: utf-8 -*-
"""Set v31, French (fr): 50 evaluation messages."""

MESSAGES = []


def _m(typ, fmt, subject, body, order_id, expected, note, locale="fr-FR"):
    MESSAGES.append({
        "id": "v31-fr-%03d" % (len(MESSAGES) + 1),
        "language": "fr",
        "locale": locale,
        "type": typ,
        "format": fmt,
        "subject": subject,
        "body": body,
        "order_id": order_id,
        "expected": sorted(expected),
        "note": note,
    })


# 1 clean: delivery delay, text
_m("delivery-delay", "text",
   "Votre commande 624-3817265-0094412 : nouveau délai",
   "Bonjour Madame Lefèvre,\n\n"
   "Le fauteuil en rotin que vous avez commandé (commande 624-3817265-0094412) nous arrive de l'atelier "
   "avec un peu de retard : l'artisan qui tresse les assises a été absent deux semaines.\n\n"
   "Nous prévoyons désormais l'expédition pour le jeudi 17 décembre, au lieu du 9 annoncé sur la fiche. "
   "Nous vous préviendrons sans attendre si cette date devait encore évoluer.\n\n"
   "Toutes nos excuses pour ce contretemps.\n\n"
   "Bien cordialement,\n"
   "Armelle, pour Rotin & Cannage du Berry",
   "624-3817265-0094412", [],
   "Clean French delivery delay in plain text with a new ship date.")

# 2 clean: delivery delay, HTML
_m("delivery-delay", "html",
   "Retard d'expédition - commande 624-5502918-7730146",
   "<p>Bonjour Thomas,</p>\n"
   "<p>Votre commande <strong>624-5502918-7730146</strong> (lot de 4 tasses en grès émaillé) ne pourra "
   "pas partir à la date prévue : notre four a dû être réparé et la dernière cuisson a pris du retard.</p>\n"
   "<table>\n"
   "<tr><td>Date initialement annoncée</td><td>lundi 7 décembre 2026</td></tr>\n"
   "<tr><td>Nouvelle date d'expédition</td><td>vendredi 11 décembre 2026</td></tr>\n"
   "</table>\n"
   "<p>Nous sommes désolés pour ce décalage de quelques jours.</p>\n"
   "<p>Céline Garnier<br>Poterie des Deux Rives</p>",
   "624-5502918-7730146", [],
   "Clean French delivery delay in plain HTML with a small table of dates.")

# 3 clean: order problem with adjustment, [Important]
_m("order-problem", "text",
   "[Important] Commande 624-1049337-6628051 : article indisponible",
   "Bonjour Monsieur Nguyen,\n\n"
   "Nous sommes au regret de vous informer que la batterie de remplacement 18 V référence BX-1850 "
   "n'est plus disponible chez notre grossiste et que nous ne pourrons pas vous l'envoyer.\n\n"
   "Le montant de votre commande 624-1049337-6628051 a été ajusté en totalité (motif : rupture de stock). "
   "Le remboursement de 54,90 € apparaîtra sur votre moyen de paiement sous quelques jours ouvrés, "
   "selon votre banque.\n\n"
   "Veuillez nous excuser pour ce désagrément.\n\n"
   "Service clients - Pièces Outillage Martin",
   "624-1049337-6628051", [],
   "Clean French order problem confirming the full adjustment, [Important] allowed on this type.")

# 4 clean: request for information
_m("additional-information", "text",
   "Gravure de votre bracelet - commande 624-8812004-3375590",
   "Bonjour Chloé,\n\n"
   "Pour graver le bracelet de votre commande 624-8812004-3375590, il nous manque le texte à inscrire : "
   "le champ « personnalisation » nous est parvenu vide.\n\n"
   "Pourriez-vous nous indiquer, en réponse à ce message, le prénom ou la date souhaités (20 caractères au "
   "maximum, majuscules ou minuscules) ? Dès réception, le bijou part en atelier.\n\n"
   "Merci d'avance,\n"
   "Inès - Atelier Lune d'Argent",
   "624-8812004-3375590", [],
   "Clean French request for the missing engraving text.")

# 5 clean: return follow-up, partial refund
_m("return-follow-up", "text",
   "Votre demande de retour 624-2290471-5518836",
   "Bonjour Monsieur Bertrand,\n\n"
   "Nous avons bien lu votre demande de retour pour la veste en laine (commande 624-2290471-5518836) : "
   "vous signalez un bouton manquant.\n\n"
   "Si vous préférez garder la veste, nous vous proposons un remboursement partiel de 15 € et nous vous "
   "envoyons un bouton de rechange identique. Il suffit de nous répondre « d'accord » ; sinon, le retour "
   "suit son cours normalement et vous serez remboursé intégralement à réception.\n\n"
   "Cordialement,\n"
   "Laurent Petit\n"
   "Maison Tissandier - vêtements de laine",
   "624-2290471-5518836", [],
   "Clean French return follow-up offering a partial refund.")

# 6 clean: return follow-up, question
_m("return-follow-up", "text",
   "Retour commande 624-6671503-2209984 : une précision",
   "Bonjour,\n\n"
   "Concernant le retour du mixeur plongeant (commande 624-6671503-2209984), pourriez-vous nous dire si "
   "l'appareil est complet, avec le fouet et le pied hachoir, et s'il a été utilisé ? Cette information "
   "nous permet de choisir le bon circuit de traitement et de clôturer le retour plus vite.\n\n"
   "Bonne journée,\n"
   "L'équipe ElectroCuisine Lyon",
   "624-6671503-2209984", [],
   "Clean French return follow-up asking a question needed to complete the return.")

# 7 clean: invoice with SIRET/TVA and slashed invoice number
_m("invoice", "text",
   "Facture FA/2026/12/0457 - commande 624-9034418-1176620",
   "Bonjour Madame Roussel,\n\n"
   "Vous trouverez ci-joint la facture FA/2026/12/0457 relative à votre commande 624-9034418-1176620 "
   "(bureau assis-debout, 389,00 € TTC dont TVA 20 % : 64,83 €).\n\n"
   "Bien à vous,\n\n"
   "Mobilier Ergo Concept SAS\n"
   "14 rue des Tanneurs, 67000 Strasbourg\n"
   "SIRET 812 345 678 00021 - RCS Strasbourg 812 345 678\n"
   "N° TVA intracommunautaire : FR45 812345678",
   "624-9034418-1176620", [],
   "Clean French invoice with SIRET, RCS, VAT number and a slashed invoice number.")

# 8 clean: neutral review request, text
_m("review-request", "text",
   "Votre avis sur la commande 624-4418093-6650217",
   "Bonjour,\n\n"
   "Vous avez reçu il y a quelques jours votre coffret de thés (commande 624-4418093-6650217). "
   "Si vous avez un moment, vous pouvez laisser un avis sur le produit et une évaluation vendeur sur "
   "Amazon : cela aide les autres clients à choisir, quelle que soit votre impression.\n\n"
   "Belle fin de semaine,\n"
   "Les Jardins de Camille, thés et tisanes",
   "624-4418093-6650217", [],
   "Clean neutral French review request in text.")

# 9 clean: review request, HTML with logo and Amazon link
_m("review-request", "html",
   "Commande 624-7720381-4093358 : votre retour d'expérience",
   "<p><img src=\"https://m.media-amazon.com/images/S/seller-logos/atelier-bois-vosgien.png\" "
   "alt=\"Logo Atelier Bois Vosgien\" width=\"120\" height=\"60\"></p>\n"
   "<p>Bonjour Monsieur Colin,</p>\n"
   "<p>Votre planche à découper en hêtre (commande 624-7720381-4093358) est entre vos mains depuis une "
   "semaine. Votre avis, qu'il soit enthousiaste ou plus réservé, nous intéresse et sera utile aux "
   "autres acheteurs.</p>\n"
   "<p><a href=\"https://www.amazon.fr/review/review-your-purchases/\">Rédiger un commentaire sur "
   "Amazon.fr</a></p>\n"
   "<p>Cordialement,<br>Atelier Bois Vosgien</p>",
   "624-7720381-4093358", [],
   "Clean French HTML review request with the shop's logo, alt text and a descriptive https Amazon link.")

# 10 clean: delivery scheduling
_m("delivery-scheduling", "text",
   "Livraison de votre canapé - commande 624-3305762-8841190",
   "Bonjour Monsieur et Madame Dubois,\n\n"
   "Votre canapé d'angle (commande 624-3305762-8841190) sera livré par notre transporteur spécialisé, "
   "deux livreurs, jusque dans la pièce de votre choix. Voici les créneaux disponibles :\n"
   "- mardi 15/12 entre 8 h et 12 h\n"
   "- mercredi 16/12 entre 13 h et 17 h\n"
   "- samedi 19/12 entre 9 h et 13 h\n\n"
   "Merci de nous indiquer le créneau qui vous arrange, ainsi que l'étage et la présence d'un ascenseur.\n\n"
   "Salutations,\n"
   "Planning livraisons - Canapés Vendôme",
   "624-3305762-8841190", [],
   "Clean French delivery scheduling for a bulky item with time slots.")

# 11 clean: home service appointment
_m("home-service-appointment", "text",
   "Installation de votre lave-vaisselle (624-5129846-0037723)",
   "Bonjour Madame Fabre,\n\n"
   "Suite à votre achat d'une prestation d'installation (commande 624-5129846-0037723), notre technicien "
   "peut passer chez vous :\n\n"
   "lundi 14 décembre, de 14 h 00 à 16 h 00\n"
   "ou jeudi 17 décembre, de 9 h 30 à 11 h 30\n\n"
   "Prévoyez un accès dégagé à l'arrivée d'eau et à l'évacuation. Répondez-nous simplement avec le "
   "créneau retenu.\n\n"
   "Sébastien, Services Maison Occitanie",
   "624-5129846-0037723", [],
   "Clean French home-service appointment with two time slots.")

# 12 clean: custom design proof
_m("custom-design-verification", "text",
   "BAT de votre faire-part - commande 624-2875310-9962104",
   "Bonjour Élodie,\n\n"
   "Vous trouverez en pièce jointe le bon à tirer (PDF) de vos faire-part de naissance, commande "
   "624-2875310-9962104. Vérifiez bien l'orthographe du prénom, la date (3 novembre 2026) et le poids.\n\n"
   "Si tout est correct, répondez « BAT validé » et l'impression sera lancée sous 48 heures. Pour toute "
   "correction, indiquez-la simplement dans votre réponse.\n\n"
   "À bientôt,\n"
   "Papeterie Les Petits Mots",
   "624-2875310-9962104", [],
   "Clean French custom design proof sent for approval.")

# 13 clean: door code question
_m("fulfillment-question", "text",
   "Code d'accès pour la livraison 624-6043127-5518249",
   "Bonjour,\n\n"
   "Le livreur de votre commande 624-6043127-5518249 (référence de livraison LV-88213, bordereau "
   "n° 4471/B) nous signale que l'immeuble du 27 avenue Jean-Jaurès est fermé par un digicode.\n\n"
   "Pouvez-vous nous communiquer le code de la porte et, le cas échéant, le numéro du bâtiment ou de "
   "l'interphone ? Sans ces informations, la livraison risque d'être reportée.\n\n"
   "Merci,\n"
   "Le service expéditions de Literie Confort Plus",
   "624-6043127-5518249", [],
   "Clean French door-code question with reference numbers that are not phone numbers.")

# 14 clean: reply quoting an English product title
_m("reply", "text",
   "RE: Question sur la commande 624-1187642-3390575",
   "Bonjour Monsieur Lambert,\n\n"
   "Oui, le « Vintage Leather Messenger Bag - Large Edition » que vous avez acheté (commande "
   "624-1187642-3390575) accepte un ordinateur portable de 15,6 pouces : le compartiment intérieur "
   "mesure 39 × 27 cm.\n\n"
   "La sangle est réglable de 80 à 140 cm.\n\n"
   "Cordialement,\n"
   "Hugo - Maroquinerie du Marais",
   "624-1187642-3390575", [],
   "Clean French reply quoting an English product title inside French sentences.", locale="fr-BE")

# 15 clean: reply with manufacturer's warranty line
_m("reply", "text",
   "Re: panne de l'aspirateur - 624-7356019-2284406",
   "Bonjour Madame Claes,\n\n"
   "Je suis désolée d'apprendre que votre aspirateur ne démarre plus. Il est couvert par la garantie "
   "constructeur de deux ans. Le plus rapide est de contacter directement le service garantie du "
   "fabricant Vaxomatic au 02 700 12 34 (ligne garantie du fabricant, du lundi au vendredi, 9 h - 17 h), "
   "en indiquant votre numéro de commande 624-7356019-2284406.\n\n"
   "Ils organiseront l'enlèvement ou l'échange.\n\n"
   "Bien cordialement,\n"
   "Nathalie, Électroménager Wallonie",
   "624-7356019-2284406", [],
   "Clean French reply giving the manufacturer's warranty hotline, marked as such.", locale="fr-BE")

# 16 clean: reply with company footer
_m("reply", "text",
   "Réponse à votre question - commande 624-8405526-1173092",
   "Bonjour,\n\n"
   "Les bocaux de confiture de votre commande 624-8405526-1173092 ne contiennent ni gluten ni fruits à "
   "coque ; ils sont préparés dans un atelier qui travaille aussi l'amande, d'où la mention « traces "
   "éventuelles » sur l'étiquette.\n\n"
   "Bonne dégustation,\n"
   "Marie-Pierre\n\n"
   "--\n"
   "Confitures de la Vallée d'Aspe SARL\n"
   "Chemin du Moulin, 64490 Accous\n"
   "SIRET 498 765 432 00018 - APE 1039B\n"
   "Atelier ouvert du mardi au samedi, 10 h - 18 h",
   "624-8405526-1173092", [],
   "Clean French reply with a company footer (address, SIRET, APE code, hours).")

# 17 clean: reply with tracking / return numbers, amounts
_m("reply", "text",
   "Re: remboursement du retour 624-2968814-7705361",
   "Bonjour Monsieur Girard,\n\n"
   "Votre colis retour (suivi Colissimo 8R01234567890) a été réceptionné à notre entrepôt le "
   "2 décembre à 10 h 42. Le dossier RET-20261202-118 est clos : le remboursement de 72,40 € pour la "
   "commande 624-2968814-7705361 a été émis le 3 décembre.\n\n"
   "Selon votre banque, le crédit apparaît sous 3 à 5 jours ouvrés.\n\n"
   "Cordialement,\n"
   "Service retours - Sport Évasion",
   "624-2968814-7705361", [],
   "Clean French reply with tracking and return numbers, dates, times and amounts.")

# 18 BSM201: left the warehouse / handed to carrier
_m("fulfillment-question", "text",
   "Votre colis est en route ! (624-5571240-8830917)",
   "Bonjour Julie,\n\n"
   "Bonne nouvelle : votre lampe de chevet (commande 624-5571240-8830917) a quitté notre entrepôt ce "
   "matin et a été remise à Chronopost en début d'après-midi. Elle devrait arriver d'ici deux jours.\n\n"
   "À bientôt,\n"
   "Lumières d'Antan",
   "624-5571240-8830917", ["BSM201"],
   "French shipping confirmation worded as left the warehouse and handed to the carrier.")

# 19 BSM201: order received, being prepared
_m("additional-information", "text",
   "Commande 624-0934475-6612083",
   "Bonjour Madame Perrin,\n\n"
   "Nous avons bien enregistré votre commande 624-0934475-6612083 et notre équipe est déjà en train de "
   "la préparer avec soin dans notre atelier de Nantes.\n\n"
   "Cordialement,\n"
   "Les Savons de Margot",
   "624-0934475-6612083", ["BSM201"],
   "French order confirmation: order received and being prepared.")

# 20 BSM202: thanks only
_m("fulfillment-question", "text",
   "Merci ! - 624-3348091-2057746",
   "Bonjour,\n\n"
   "Un grand merci pour votre achat chez nous (commande 624-3348091-2057746). Toute l'équipe vous "
   "remercie chaleureusement de votre confiance.\n\n"
   "Rémi et Sophie, La Cave à Fromages",
   "624-3348091-2057746", ["BSM202"],
   "French thanks-only message.")

# 21 BSM202: only "here if anything comes up"
_m("fulfillment-question", "text",
   "Commande 624-7609254-3318820",
   "Bonjour Monsieur Morel,\n\n"
   "Au sujet de votre commande 624-7609254-3318820 : si jamais quelque chose ne vous convenait pas, "
   "sachez que nous restons à votre entière disposition. N'hésitez pas à revenir vers nous.\n\n"
   "Bonne soirée,\n"
   "Quincaillerie Morin & Fils",
   "624-7609254-3318820", ["BSM202"],
   "French message that only offers help if a problem comes up.")

# 22 BSM203: P.S. with 20% off
_m("delivery-delay", "text",
   "Petit retard pour votre commande 624-1820367-9945102",
   "Bonjour Amélie,\n\n"
   "Votre pull en mohair (commande 624-1820367-9945102) sera expédié le 14 décembre au lieu du 10 : la "
   "teinture de la laine a demandé un bain supplémentaire. Merci de votre patience.\n\n"
   "Chaleureusement,\n"
   "Tricots de Bretagne\n\n"
   "P.S. Jusqu'à dimanche, toute notre collection est à -20 % avec le code HIVER20 !",
   "624-1820367-9945102", ["BSM203"],
   "French delivery delay with a promotional P.S. offering 20% off the range.")

# 23 BSM203: follow us / newsletter / new collection
_m("review-request", "text",
   "Votre avis compte - commande 624-2256039-4481577",
   "Bonjour,\n\n"
   "Votre commande 624-2256039-4481577 vous est parvenue il y a une semaine : si vous le souhaitez, vous "
   "pouvez laisser un commentaire sur la page du produit Amazon.\n\n"
   "Et pour ne rien manquer de notre nouvelle collection de printemps, abonnez-vous à notre lettre "
   "d'information et suivez-nous sur Instagram, compte Bijoux Capucine.\n\n"
   "Capucine",
   "624-2256039-4481577", ["BSM203"],
   "French review request inviting the buyer to follow the shop and subscribe to its newsletter.")

# 24 BSM204: small token once review published
_m("review-request", "html",
   "Commande 624-6681902-0357414 - votre commentaire",
   "<p>Bonjour Madame Simon,</p>\n"
   "<p>Nous espérons que vos coussins en lin sont bien installés. Pourriez-vous partager votre opinion "
   "sur Amazon au sujet de la commande 624-6681902-0357414 ?</p>\n"
   "<p>Une fois votre commentaire en ligne, envoyez-nous simplement une capture d'écran : une petite "
   "attention vous attend pour vous remercier de votre temps.</p>\n"
   "<p>Linge de Maison Valentine</p>",
   "624-6681902-0357414", ["BSM204"],
   "French review request promising a small gift once the review is published.")

# 25 BSM204: full refund once review online
_m("review-request", "text",
   "Commande 624-9110287-5524630",
   "Bonjour Kevin,\n\n"
   "Nous aimerions beaucoup connaître votre opinion sur la coque antichoc. Dès que votre évaluation "
   "de la commande 624-9110287-5524630 sera visible sur Amazon, nous vous rembourserons l'intégralité "
   "de votre achat.\n\n"
   "Merci,\n"
   "L'équipe ShieldCase France",
   "624-9110287-5524630", ["BSM204"],
   "French review request offering a full refund as soon as the review is online.")

# 26 BSM205: update or remove one-star review
_m("reply", "text",
   "Re: votre commande 624-3872145-6609938",
   "Bonjour Monsieur Renaud,\n\n"
   "Nous avons bien renvoyé la pièce manquante de votre étagère (commande 624-3872145-6609938) et "
   "nous espérons que tout est rentré dans l'ordre.\n\n"
   "Maintenant que le problème est réglé, serait-il possible de revoir l'évaluation à une étoile que vous "
   "avez laissée, voire de la retirer ? Elle pèse lourd pour une petite entreprise comme la nôtre.\n\n"
   "Merci pour votre compréhension,\n"
   "Brico Déco Auvergne",
   "624-3872145-6609938", ["BSM205"],
   "French reply asking the buyer to revise or delete a one-star review.")

# 27 BSM206: only if satisfied, else contact us
_m("review-request", "text",
   "Tout s'est bien passé ? Commande 624-5034791-1188563",
   "Bonjour,\n\n"
   "Si votre théière en fonte vous donne entière satisfaction, nous serions ravis que vous le disiez sur "
   "Amazon (commande 624-5034791-1188563). En revanche, si quelque chose vous a déçu, écrivez-nous "
   "plutôt via la messagerie Amazon avant de publier quoi que ce soit : nous trouverons une solution.\n\n"
   "Cordialement,\n"
   "Zen & Thé",
   "624-5034791-1188563", ["BSM206"],
   "French review request only for satisfied buyers, steering unhappy ones to contact the seller.")

# 28 BSM206: five stars
_m("review-request", "text",
   "Commande 624-0492263-7701854 : un petit geste ?",
   "Bonjour Madame Henry,\n\n"
   "Votre kit de broderie (commande 624-0492263-7701854) vous a été livré la semaine dernière. Nous "
   "serions très touchés si vous pouviez lui attribuer cinq étoiles sur Amazon : pour un atelier familial, "
   "chaque note maximale compte énormément.\n\n"
   "Avec nos remerciements,\n"
   "Fil & Aiguille",
   "624-0492263-7701854", ["BSM206"],
   "French review request asking for five stars.")

# 29 BSM108: quickest is to cancel yourself (adjustment confirmed)
_m("order-problem", "text",
   "Commande 624-7741508-2263917 : produit épuisé",
   "Bonjour Monsieur Faure,\n\n"
   "La ponceuse excentrique de votre commande 624-7741508-2263917 est malheureusement épuisée chez "
   "notre fournisseur. Nous avons ajusté le montant de la commande avec le motif « rupture de stock ».\n\n"
   "Pour que tout soit réglé au plus vite, le plus simple serait que vous demandiez vous-même "
   "l'annulation depuis la rubrique « Vos commandes » de votre compte.\n\n"
   "Cordialement,\n"
   "Outillage Pro Savoie",
   "624-7741508-2263917", ["BSM108"],
   "French order problem with the adjustment confirmed but advising the buyer to cancel himself.")

# 30 BSM108 + BSM107: asks for a cancellation request, no adjustment
_m("order-problem", "text",
   "Rupture de stock - 624-1653392-8874025",
   "Bonjour,\n\n"
   "Nous n'avons plus en stock le tapis berbère de votre commande 624-1653392-8874025 et le tisserand "
   "ne pourra pas en refaire avant le printemps.\n\n"
   "Nous vous serions reconnaissants de bien vouloir soumettre une demande d'annulation sur Amazon, "
   "ce qui nous permettra de clôturer le dossier de notre côté.\n\n"
   "Avec nos excuses,\n"
   "Tapis d'Orient Marseille",
   "624-1653392-8874025", ["BSM107", "BSM108"],
   "French order problem asking for a cancellation request without confirming the adjustment.")

# 31 BSM305: reply STOP / opt out
_m("review-request", "text",
   "Votre avis sur la commande 624-4407716-0031589",
   "Bonjour,\n\n"
   "Votre commande 624-4407716-0031589 est arrivée il y a quelques jours. Vous pouvez laisser un avis sur "
   "le produit depuis votre compte Amazon si vous le souhaitez.\n\n"
   "Vous ne souhaitez plus recevoir nos messages ? Répondez simplement STOP à cet e-mail et nous vous "
   "retirerons de notre liste.\n\n"
   "La Boutique du Randonneur",
   "624-4407716-0031589", ["BSM305"],
   "French review request with a reply-STOP opt-out instruction.")

# 32 BSM306: profanity
_m("reply", "text",
   "Re: colis abîmé - 624-8829034-5562710",
   "Bonjour,\n\n"
   "Franchement, ce transporteur est une bande de connards : votre colis (commande 624-8829034-5562710) "
   "a visiblement servi de ballon de foot. Putain, trois semaines de travail pour la sculpture...\n\n"
   "Nous vous renvoyons une pièce neuve lundi prochain, sans frais.\n\n"
   "Gaël, Atelier Céramique Brut",
   "624-8829034-5562710", ["BSM306"],
   "French reply with profanity aimed at the carrier.")

# 33 BSM104: message in another language
_m("delivery-delay", "text",
   "Order 624-2581107-9906643 - shipping update",
   "Hello,\n\n"
   "We are sorry to tell you that your order 624-2581107-9906643 (wall clock, walnut) will ship on "
   "December 16 instead of December 8, because our supplier delivered the movements late.\n\n"
   "Kind regards,\n"
   "Timber & Time",
   "624-2581107-9906643", ["BSM104"],
   "Delivery delay written entirely in English to a French-speaking buyer.")

# 34 BSM309: national phone number
_m("delivery-scheduling", "text",
   "Livraison de votre armoire - 624-6190258-4437706",
   "Bonjour Madame Mercier,\n\n"
   "Votre armoire trois portes (commande 624-6190258-4437706) est prête à être livrée. Pour convenir "
   "d'un rendez-vous, appelez notre service planning au 04 78 62 19 05, du lundi au vendredi de 8 h à "
   "18 h.\n\n"
   "Merci,\n"
   "Meubles Chêne d'Or",
   "624-6190258-4437706", ["BSM309"],
   "French delivery scheduling asking the buyer to call the seller's national phone number.")

# 35 BSM309: international phone format
_m("reply", "html",
   "Re: taille des chaussures - commande 624-3027781-1554092",
   "<p>Bonjour Madame Peeters,</p>\n"
   "<p>Les bottines de votre commande 624-3027781-1554092 taillent un peu petit : nous conseillons de "
   "prendre la pointure au-dessus pour un pied large.</p>\n"
   "<p>Pour un conseil personnalisé, notre boutique est joignable au +32 4 71 23 45 67, y compris sur "
   "WhatsApp.</p>\n"
   "<p>Bien à vous,<br>Chausseur Liégeois</p>",
   "624-3027781-1554092", ["BSM309"],
   "French HTML reply with the shop's phone number in international format.", locale="fr-BE")

# 36 BSM308: plain email address
_m("reply", "text",
   "Re: facture pour la commande 624-5896614-2270381",
   "Bonjour,\n\n"
   "Pour les demandes de devis en grande quantité concernant le même modèle que votre commande "
   "624-5896614-2270381, le plus simple est d'écrire à notre service professionnel : "
   "pro@papeterie-lefranc.fr. Ils vous répondront sous 24 heures.\n\n"
   "Cordialement,\n"
   "Papeterie Lefranc",
   "624-5896614-2270381", ["BSM308"],
   "French reply giving a plain email address.")

# 37 BSM308: obfuscated address
_m("additional-information", "text",
   "Photo de votre animal - commande 624-0718843-6695520",
   "Bonjour Laura,\n\n"
   "Pour réaliser le portrait brodé de votre chat (commande 624-0718843-6695520), il nous faut une photo "
   "nette de sa tête. Envoyez-la à atelier arobase brodeursdulot point fr, en précisant bien votre "
   "numéro de commande.\n\n"
   "Merci beaucoup,\n"
   "Les Brodeurs du Lot",
   "624-0718843-6695520", ["BSM308"],
   "French request for information with an obfuscated email address (arobase / point).")

# 38 BSM302: https link to the seller's site
_m("additional-information", "html",
   "Mesures pour vos rideaux - 624-9263370-8812254",
   "<p>Bonjour Monsieur Blanc,</p>\n"
   "<p>Pour confectionner vos rideaux sur mesure (commande 624-9263370-8812254), nous avons besoin de la "
   "hauteur et de la largeur exactes de vos fenêtres.</p>\n"
   "<p>Vous pouvez les saisir sur notre <a href=\"https://www.rideaux-atelier-celeste.fr/mesures\">formulaire "
   "de prise de mesures sur le site de l'Atelier Céleste</a>.</p>\n"
   "<p>Merci,<br>Atelier Céleste</p>",
   "624-9263370-8812254", ["BSM302"],
   "French request for measurements linking to the seller's own https website.")

# 39 BSM301: http link to Amazon
_m("return-follow-up", "html",
   "Retour de la commande 624-4127795-3369081",
   "<p>Bonjour,</p>\n"
   "<p>Pour finaliser le retour du casque audio (commande 624-4127795-3369081), pourriez-vous préciser "
   "le motif exact dans votre espace client ? Le champ est resté vide.</p>\n"
   "<p><a href=\"http://www.amazon.fr/gp/css/returns/homepage.html\">Vos retours sur Amazon.fr</a></p>\n"
   "<p>Merci,<br>Audio Passion</p>",
   "624-4127795-3369081", ["BSM301"],
   "French return follow-up with an insecure http link to Amazon.")

# 40 BSM310: image of the purchased product
_m("delivery-delay", "html",
   "Votre horloge murale - commande 624-7005436-1192867",
   "<p>Bonjour Madame André,</p>\n"
   "<p>L'horloge murale en laiton de votre commande 624-7005436-1192867 partira le 18 décembre au lieu "
   "du 12 : le verre bombé est en cours de remplacement.</p>\n"
   "<p><img src=\"https://m.media-amazon.com/images/I/horloge-murale-laiton-40cm.jpg\" "
   "alt=\"Horloge murale en laiton 40 cm\" width=\"300\"></p>\n"
   "<p>Merci de votre patience,<br>Horlogerie Vieux Lyon</p>",
   "624-7005436-1192867", ["BSM310"],
   "French delivery delay with a photo of the purchased product.")

# 41 BSM311: unrelated image
_m("delivery-delay", "html",
   "Commande 624-3559012-0087346 : quelques jours de plus",
   "<p>Bonjour,</p>\n"
   "<p>Votre commande 624-3559012-0087346 sera expédiée le 21 décembre, notre fournisseur de bougies "
   "ayant pris du retard. Nous vous remercions de votre compréhension.</p>\n"
   "<p><img src=\"https://images.unsplash.com/photo-sapin-de-noel-neige.jpg\" "
   "alt=\"Sapin de Noël sous la neige\" width=\"280\"></p>\n"
   "<p>Joyeuses fêtes,<br>Bougies du Périgord</p>",
   "624-3559012-0087346", ["BSM311"],
   "French delivery delay with an unrelated stock image of a Christmas tree.")

# 42 BSM402: image without alt
_m("invoice", "html",
   "Facture - commande 624-8866701-4429518",
   "<p><img src=\"https://m.media-amazon.com/images/S/seller-logos/cafe-torrefaction-dumas.png\" "
   "width=\"110\"></p>\n"
   "<p>Bonjour,</p>\n"
   "<p>Veuillez trouver ci-joint la facture n° 2026/1184 pour votre commande 624-8866701-4429518 "
   "(café en grains, 2 × 1 kg).</p>\n"
   "<p>Cordialement,<br>Torréfaction Dumas</p>",
   "624-8866701-4429518", ["BSM402"],
   "French invoice with the shop logo lacking an alt attribute.")

# 43 BSM403: emoji
_m("custom-design-verification", "text",
   "Maquette de votre tasse - commande 624-1394478-7750012",
   "Coucou Manon,\n\n"
   "Voici la maquette de votre tasse personnalisée (commande 624-1394478-7750012) en pièce jointe 🎨 "
   "Dites-nous si le texte « Meilleure tata du monde » vous plaît tel quel ou s'il faut ajuster la "
   "police ✨\n\n"
   "Bises,\n"
   "L'atelier Mug & Cie",
   "624-1394478-7750012", ["BSM403"],
   "French design proof with emoji.")

# 44 BSM403: emoticon
_m("reply", "text",
   "Re: couleur du plaid - 624-6027315-3381146",
   "Bonjour Pauline,\n\n"
   "Le plaid de votre commande 624-6027315-3381146 est bien « vert sauge » et non gris, c'est la lumière "
   "de la photo qui trompe un peu ;-)\n\n"
   "Bonne soirée,\n"
   "Clément - Douceurs Textiles",
   "624-6027315-3381146", ["BSM403"],
   "French reply with a text emoticon.")

# 45 BSM410: four font sizes in a style block
_m("delivery-delay", "html",
   "Commande 624-9481150-2206637 : report d'expédition",
   "<style>\n"
   "h1 { font-size: 26px; }\n"
   "h2 { font-size: 20px; }\n"
   ".detail { font-size: 15px; }\n"
   ".mentions { font-size: 11px; }\n"
   "</style>\n"
   "<h1>Report d'expédition</h1>\n"
   "<h2>Commande 624-9481150-2206637</h2>\n"
   "<p class=\"detail\">Votre vélo d'appartement sera expédié le 22 décembre au lieu du 15, suite à un "
   "retard de livraison de notre fabricant.</p>\n"
   "<p>Nous vous prions de nous excuser pour ce délai.</p>\n"
   "<p class=\"mentions\">Fitness Maison SAS - 9 allée des Sports, 33700 Mérignac</p>",
   "624-9481150-2206637", ["BSM410"],
   "French HTML delivery delay with four explicit font sizes in a style block.")

# 46 BSM412: runs of blank lines in text
_m("additional-information", "text",
   "Choix de la couleur - commande 624-2744096-5513380",
   "Bonjour Madame Leroy,\n\n\n\n"
   "Vous avez commandé le tabouret de bar (commande 624-2744096-5513380) sans préciser la couleur "
   "du piètement : noir mat ou laiton brossé ?\n\n\n"
   "Répondez-nous simplement et nous lancerons le montage.\n\n\n"
   "Cordialement,\n"
   "Loft & Métal",
   "624-2744096-5513380", ["BSM412"],
   "French request for information with runs of blank lines.")

# 47 BSM110: [Important] on an invoice
_m("invoice", "text",
   "[Important] Votre facture - commande 624-5318823-0064479",
   "Bonjour,\n\n"
   "Comme demandé, voici en pièce jointe la facture n° F-2026-3391 correspondant à la commande "
   "624-5318823-0064479, établie au nom de votre société.\n\n"
   "Cordialement,\n"
   "Informatique Services Rennes",
   "624-5318823-0064479", ["BSM110"],
   "French invoice marked [Important] in the subject although not critical.")

# 48 BSM401: "cliquez ici"
_m("return-follow-up", "html",
   "Votre retour 624-0851274-9937165",
   "<p>Bonjour Monsieur Caron,</p>\n"
   "<p>Pour que nous puissions traiter le retour de la perceuse (commande 624-0851274-9937165), merci "
   "d'indiquer dans votre compte si l'emballage d'origine est conservé.</p>\n"
   "<p>Pour accéder à votre demande de retour, <a href=\"https://www.amazon.fr/gp/css/returns/homepage.html\">"
   "cliquez ici</a>.</p>\n"
   "<p>Cordialement,<br>Outils Caron Distribution</p>",
   "624-0851274-9937165", ["BSM401"],
   "French return follow-up with a non-descriptive 'cliquez ici' link.")

# 49 varies: builder styles (font-family, line-height, color, justified)
_m("delivery-delay", "html",
   "Expédition décalée - commande 624-3670529-1148802",
   "<div style=\"font-family: Georgia, 'Times New Roman', serif; line-height: 1.7; color: #3a3a3a;\">\n"
   "<p style=\"text-align: justify;\">Chère cliente, cher client,</p>\n"
   "<p style=\"text-align: justify;\">Votre commande 624-3670529-1148802 (coffret de macarons, 24 pièces) "
   "sera expédiée le mardi 15 décembre plutôt que le vendredi 11 : nous préférons attendre la prochaine "
   "fournée afin de vous garantir une fraîcheur parfaite.</p>\n"
   "<p style=\"text-align: justify;\">Avec toutes nos excuses,<br>Maison Pâtissière Delorme</p>\n"
   "</div>",
   "624-3670529-1148802", ["BSM407", "BSM408", "BSM409", "BSM411"],
   "French builder-style HTML setting font family, line height, colour and justified text.")

# 50 varies: BSM102, order number without hyphens
_m("delivery-scheduling", "text",
   "Livraison de votre poêle à bois",
   "Bonjour Monsieur Rey,\n\n"
   "Votre poêle à bois (commande n° 62482155036617704) pèse 148 kg et sera livré sur palette avec "
   "hayon. Nous pouvons passer le mercredi 16 décembre entre 8 h et 12 h ou le vendredi 18 entre 13 h "
   "et 17 h. Quel créneau préférez-vous ?\n\n"
   "Cordialement,\n"
   "Chauffage Bois Jura",
   "624-8215503-6617704", ["BSM102"],
   "French delivery scheduling whose order number is written without hyphens.")
