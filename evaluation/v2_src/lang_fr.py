"""v2 blind evaluation set, French (fr-FR, a few fr-BE). Standard library only."""

LANG = 'fr'
_PREFIX = ('402', '171')


def _oid(i):
    a = _PREFIX[i % 2]
    b = (3141592 + i * 104729) % 9000000 + 1000000
    c = (2718281 + i * 7777771) % 9000000 + 1000000
    return f'{a}-{b:07d}-{c:07d}'


def P(*paras):
    return '\n\n'.join(paras)


_RAW = []


def add(type_, fmt, subject, body, expected, note, locale='fr-FR'):
    _RAW.append((type_, fmt, subject, body, sorted(expected), note, locale))


# ---------------------------------------------------------------- 17 clean
add('delivery-delay', 'text', 'Commande {OID} : nouvelle date d\'expédition',
    P('Bonjour Madame Lefèvre,',
      'Le plaid en laine mérinos de votre commande {OID} devait partir de notre atelier le 3 décembre. '
      'Notre tisserand a pris du retard sur la série gris perle, et nous ne pourrons l\'expédier que le '
      'jeudi 10 décembre 2026. La livraison est désormais estimée entre le 12 et le 14 décembre.',
      'Nous vous prions de nous excuser pour ce contretemps.',
      'Bien cordialement,\nCamille Roussel\nService clients – Les Laines de Margaux'),
    [], 'Clean delivery delay in plain text with a new ship date and dates.')

add('delivery-delay', 'html', 'Retard de livraison – commande {OID}',
    '<p>Bonjour Monsieur Garnier,</p>\n'
    '<p>Nous revenons vers vous au sujet de votre commande <strong>{OID}</strong> '
    '(lot de 6 bocaux en verre 1 L).</p>\n'
    '<p>Notre fournisseur verrier nous a livré un lot incomplet. Vos bocaux seront expédiés le '
    '<strong>lundi 14 décembre</strong> au lieu du 7 décembre. Nouvelle date de livraison estimée : '
    'du 16 au 18 décembre 2026.</p>\n'
    '<p>Vous pouvez suivre l\'état de votre commande sur '
    '<a href="https://www.amazon.fr/gp/css/order-history">la page Vos commandes d\'Amazon</a>.</p>\n'
    '<p>Toutes nos excuses pour ce délai supplémentaire.</p>\n'
    '<p>Cordialement,<br>\nNadia Benali<br>\nÉpicerie du Bocal – Service après-vente</p>',
    [], 'Clean builder HTML delivery delay with a descriptive https Amazon link.')

add('order-problem', 'text', '[Important] Commande {OID} : article indisponible',
    P('Bonjour Monsieur Perrin,',
      'Nous sommes au regret de vous informer que la cafetière italienne inox 6 tasses de votre commande '
      '{OID} n\'est plus disponible : le dernier exemplaire en stock s\'est révélé endommagé lors du '
      'contrôle avant emballage, et notre fournisseur a arrêté cette référence.',
      'Nous avons donc ajusté le montant de votre commande pour rupture de stock : la totalité, soit '
      '34,90 €, vous est remboursée sur votre moyen de paiement. Le remboursement apparaîtra sous 3 à 5 '
      'jours ouvrés selon votre banque.',
      'Veuillez nous excuser pour ce désagrément.',
      'Cordialement,\nThomas Girard\nLa Brûlerie du Centre'),
    [], 'Clean order problem: item unavailable, amount adjusted, [Important] allowed on this type.')

add('additional-information', 'text', 'Information nécessaire pour votre commande {OID}',
    P('Bonjour Madame Henry,',
      'Vous avez commandé une plaque de boîte aux lettres gravée (commande {OID}), mais le champ '
      '« texte à graver » est resté vide lors de la commande.',
      'Pourriez-vous nous indiquer en réponse à ce message le texte exact souhaité (deux lignes de 20 '
      'caractères au maximum) ? Nous lancerons la gravure dès réception.',
      'Bonne journée,\nJulien\nGravures Saint-Éloi'),
    [], 'Clean request for information needed to complete the order (engraving text).')

add('return-follow-up', 'text', 'Votre retour – commande {OID}',
    P('Bonjour Madame Morel,',
      'Vous avez demandé le retour de la poêle en fonte 28 cm (commande {OID}) en raison d\'une rayure sur '
      'le bord extérieur.',
      'Si vous préférez la conserver, nous pouvons vous proposer un remboursement partiel de 12,00 € sur '
      'les 49,90 € payés. Sinon, le retour reste bien sûr possible selon la procédure habituelle.',
      'Merci de nous indiquer l\'option que vous choisissez en répondant à ce message.',
      'Cordialement,\nSophie Caron\nFonte & Cocotte'),
    [], 'Clean return follow-up offering a partial refund.')

add('return-follow-up', 'html', 'Retour de la commande {OID} : une précision',
    '<p>Bonjour Monsieur Blanchard,</p>\n'
    '<p>Nous avons bien noté votre demande de retour pour la commande {OID} (casque audio sans fil).</p>\n'
    '<p>Pour finaliser le retour, pouvez-vous nous préciser :</p>\n'
    '<ul>\n<li>si l\'emballage d\'origine est encore en votre possession ;</li>\n'
    '<li>si le câble de charge USB-C et l\'étui sont inclus dans le colis.</li>\n</ul>\n'
    '<p>Ces informations nous permettent de préparer la bonne étiquette de retour.</p>\n'
    '<p>Cordialement,<br>\nL\'équipe SonoVille</p>',
    [], 'Clean HTML return follow-up asking for information needed to complete the return.')

add('invoice', 'text', 'Facture de votre commande {OID}',
    P('Bonjour,',
      'Vous trouverez en pièce jointe la facture n° FA/2026/12/0457 correspondant à votre commande '
      '{OID}, d\'un montant de 129,00 € TTC (TVA 20 % : 21,50 €).',
      'Cordialement,\nLe service comptabilité',
      'Atelier Meunier SARL – Capital social 8 000 €\n12 rue des Tanneurs, 67000 Strasbourg\n'
      'SIRET 812 345 678 00021 – RCS Strasbourg B 812 345 678\n'
      'N° TVA intracommunautaire : FR 32 812345678'),
    [], 'Clean invoice with SIRET, RCS, intra-EU VAT number and a slashed invoice number.')

add('review-request', 'text', 'Votre avis sur la commande {OID}',
    P('Bonjour Monsieur Fabre,',
      'Votre lampe de bureau (commande {OID}) vous a été livrée il y a une semaine environ.',
      'Si vous avez un moment, nous serions heureux que vous partagiez votre avis sur le produit et sur '
      'notre boutique sur Amazon. Chaque commentaire, quel qu\'il soit, aide d\'autres clients à choisir '
      'et nous aide à nous améliorer.',
      'Bien à vous,\nAnaïs\nLumen Atelier'),
    [], 'Clean neutral review request in text.')

add('review-request', 'html', 'Commande {OID} : partagez votre expérience',
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">\n'
    '<tr><td><img src="https://m.media-amazon.com/images/S/seller-logos/jardin-des-simples-logo.png" '
    'alt="Logo Le Jardin des Simples" width="160" height="48"></td></tr>\n'
    '<tr><td>\n<p>Bonjour Madame Dumas,</p>\n'
    '<p>Vos graines de plantes aromatiques (commande {OID}) sont arrivées il y a quelques jours.</p>\n'
    '<p>Votre retour nous intéresse, qu\'il soit positif ou non : vous pouvez laisser une évaluation '
    'depuis <a href="https://www.amazon.fr/review/review-your-purchases">la page d\'évaluation de vos '
    'achats sur Amazon</a>.</p>\n'
    '<p>Au plaisir,<br>\nÉlise Marchand<br>\nLe Jardin des Simples</p>\n</td></tr>\n</table>',
    [], 'Clean HTML review request with the shop logo (alt names the shop) and a descriptive Amazon link.')

add('delivery-scheduling', 'text', 'Livraison de votre canapé – commande {OID}',
    P('Bonjour Monsieur Lambert,',
      'Votre canapé d\'angle (commande {OID}, 2 colis, 96 kg) sera livré par notre transporteur '
      'spécialisé avec mise en place dans la pièce de votre choix.',
      'Merci de choisir l\'un des créneaux suivants :\n'
      '- mardi 15 décembre, de 8 h à 12 h\n'
      '- mercredi 16 décembre, de 13 h 30 à 17 h 30\n'
      '- vendredi 18 décembre, de 8 h à 12 h',
      'Indiquez-nous aussi l\'étage et la présence ou non d\'un ascenseur.',
      'Cordialement,\nMarc Olivier\nSalon & Sofa Distribution'),
    [], 'Clean delivery scheduling for a heavy item with dates and time slots.')

add('home-service-appointment', 'text', 'Rendez-vous d\'installation – commande {OID}',
    P('Bonjour Madame Roux,',
      'Vous avez commandé l\'installation de votre lave-vaisselle encastrable (commande {OID}). Notre '
      'technicien peut passer :',
      '- le lundi 21/12/2026 entre 9 h et 11 h\n- le mardi 22/12/2026 entre 14 h et 16 h',
      'Merci de nous confirmer le créneau retenu. L\'intervention dure environ 1 h 30 ; prévoyez un accès '
      'dégagé à l\'arrivée d\'eau.',
      'Cordialement,\nKevin Da Silva\nInstall\'Pro Services'),
    [], 'Clean home-service appointment with two dated time slots.')

add('custom-design-verification', 'html', 'BAT de votre gravure – commande {OID}',
    '<p>Bonjour Monsieur Vidal,</p>\n'
    '<p>Vous trouverez ci-joint le bon à tirer (BAT) de la planche à découper personnalisée de votre '
    'commande {OID}.</p>\n'
    '<p>Texte : « Famille Vidal – depuis 2009 », police manuscrite, gravure centrée sur la planche.</p>\n'
    '<p>Merci de vérifier l\'orthographe et la mise en page, puis de nous répondre « BAT validé » ou de '
    'nous indiquer les corrections. La fabrication démarre dès votre accord.</p>\n'
    '<p>Cordialement,<br>\nLéa<br>\nBois &amp; Gravure</p>',
    [], 'Clean custom design proof (attachment) asking the buyer to approve it.')

add('fulfillment-question', 'text', 'Code d\'accès pour la livraison – commande {OID}',
    P('Bonjour Madame Fontaine,',
      'Notre transporteur doit vous livrer le colis de la commande {OID} (réf. expédition LIV-2026-88213, '
      'dossier n° 4471/B) à votre adresse de Lyon 3e. D\'après nos informations, l\'immeuble est équipé '
      'd\'un digicode et la livraison se fait contre signature.',
      'Pourriez-vous nous communiquer le code d\'accès et, le cas échéant, le numéro de bâtiment ?',
      'Merci d\'avance,\nHugo Mercier\nLogistique – Maison Kaolin'),
    [], 'Clean fulfillment question about a door code, with reference numbers.')

add('reply', 'text', 'RE: Question sur la commande {OID}',
    P('Bonjour Madame Nicolas,',
      'Oui, le « Bamboo Kitchen Organizer Set – 5 pieces » de votre commande {OID} contient bien les cinq '
      'boîtes empilables ; le couvercle en bambou se lave à la main uniquement.',
      'Belle soirée,\nYanis\nBoutique Green Home Paris'),
    [], 'Clean reply quoting an English product title and shop name inside French sentences.')

add('reply', 'text', 'RE: Panne de la perceuse – commande {OID}',
    P('Bonjour Monsieur Renaud,',
      'Nous sommes désolés d\'apprendre que votre perceuse-visseuse (commande {OID}) ne se recharge plus.',
      'L\'appareil est couvert par la garantie constructeur de 2 ans. Le plus rapide est de contacter '
      'directement le service garantie du fabricant Voltane, qui organise l\'échange :\n'
      'Ligne garantie du fabricant Voltane : 09 70 81 52 36 (du lundi au vendredi, 9 h – 18 h)',
      'Munissez-vous de votre numéro de commande et du numéro de série inscrit sous la batterie.',
      'Cordialement,\nAlexandre Petit\nOutillage Bricomax'),
    [], 'Clean reply giving the manufacturer\'s warranty hotline marked as such (BSM309 exception).')

add('reply', 'html', 'RE: Matière des housses – commande {OID}',
    '<p>Bonjour Madame Chevalier,</p>\n'
    '<p>Les housses de coussin de votre commande {OID} sont en lin lavé 100 % européen, certifié '
    'OEKO-TEX. Elles se lavent à 40 °C et peuvent passer au sèche-linge à basse température.</p>\n'
    '<p>Cordialement,<br>\nMathilde Robin<br>\nResponsable clientèle</p>\n'
    '<p><small>Maison Lin &amp; Co SAS au capital de 20 000 € – 45 avenue Jean Jaurès, 33150 Cenon – '
    'RCS Bordeaux 901 234 567 – SIRET 901 234 567 00018 – TVA FR 58 901234567</small></p>',
    [], 'Clean HTML reply with a company-details footer in <small> (RCS, SIRET, VAT).')

add('reply', 'text', 'RE: Suivi de mon retour – commande {OID}',
    P('Bonjour Monsieur Lemoine,',
      'Voici le point sur le retour de votre commande {OID} :\n'
      '- numéro de retour : RMA-2026-10394\n'
      '- numéro de suivi du colis retour : 6A21907745318\n'
      '- enlèvement prévu le mercredi 9 décembre 2026 entre 13 h et 18 h',
      'Dès réception et contrôle de l\'article, nous déclencherons le remboursement de 59,99 €, en '
      'général sous 48 heures.',
      'Cordialement,\nInès Barbier\nService retours – Kitchen Factory France'),
    [], 'Clean reply with return and tracking numbers, dates, times and an amount.',
    locale='fr-FR')

# ---------------------------------------------------------------- 31 violations
add('fulfillment-question', 'text', 'Votre commande {OID} est en route',
    P('Bonjour Madame Guérin,',
      'Bonne nouvelle : votre colis (commande {OID}) a quitté notre entrepôt de Roissy ce matin et a été '
      'remis au transporteur. Vous devriez le recevoir d\'ici 48 heures.',
      'Cordialement,\nL\'équipe Déco Bohème'),
    ['BSM201'], 'Shipping confirmation worded as "left our warehouse / handed to the carrier".')

add('fulfillment-question', 'html', 'Commande {OID} bien reçue',
    '<p>Bonjour Monsieur André,</p>\n'
    '<p>Nous avons bien reçu votre commande {OID} et nos préparateurs s\'en occupent déjà : elle est en '
    'cours d\'emballage dans notre atelier.</p>\n'
    '<p>À très bientôt,<br>\nL\'équipe Papeterie Colette</p>',
    ['BSM201'], 'Order confirmation: received and being prepared.')

add('fulfillment-question', 'text', 'Commande {OID}',
    P('Chère cliente, cher client,',
      'Toute l\'équipe de Savonnerie des Alpilles vous remercie chaleureusement pour votre commande {OID} '
      'et pour la confiance que vous nous accordez.',
      'Avec toute notre gratitude,\nClaire et Antoine\nSavonnerie des Alpilles'),
    ['BSM202'], 'Thanks only; the order number is no content.')

add('fulfillment-question', 'text', 'Votre achat {OID}',
    P('Bonjour,',
      'Nous tenions simplement à vous dire que nous restons joignables par la messagerie Amazon si la '
      'moindre question se présentait au sujet de votre commande {OID}. N\'hésitez surtout pas.',
      'Belle journée,\nL\'équipe Vélo Cité'),
    ['BSM202'], 'Only "we are here if anything comes up".', locale='fr-BE')

add('delivery-delay', 'text', 'Commande {OID} : léger retard',
    P('Bonjour Madame Leroy,',
      'Votre théière en fonte (commande {OID}) sera expédiée le 11 décembre au lieu du 8 décembre, suite à '
      'un retard de réassort. Veuillez nous en excuser.',
      'Cordialement,\nMaison du Thé Léa',
      'P.S. Jusqu\'au 31 décembre, profitez de 20 % de remise sur toute notre gamme de thés et accessoires.'),
    ['BSM203'], 'Permitted delay with a promotional P.S. (20 % off the whole range).')

add('reply', 'html', 'RE: Taille du pull – commande {OID}',
    '<p>Bonjour Madame Bertrand,</p>\n'
    '<p>Le pull de votre commande {OID} taille normalement ; si vous hésitez entre deux tailles, prenez '
    'la plus petite.</p>\n'
    '<p>Notre nouvelle collection hiver vient de sortir ! Abonnez-vous à notre newsletter et suivez-nous '
    'sur Instagram pour ne rien manquer de nos nouveautés.</p>\n'
    '<p>Cordialement,<br>\nTricots de Bretagne</p>',
    ['BSM203'], 'Reply with new collection, newsletter and follow-us invitation.')

add('review-request', 'text', 'Votre avis compte – commande {OID}',
    P('Bonjour Monsieur Meyer,',
      'Nous espérons que votre moulin à poivre (commande {OID}) vous donne satisfaction.',
      'Une fois votre commentaire publié sur Amazon, envoyez-nous simplement une capture d\'écran : nous '
      'vous ferons parvenir un petit cadeau pour vous remercier de votre temps.',
      'Cordialement,\nÉpices & Moulins'),
    ['BSM204'], 'A small token of appreciation once the review is published.')

add('review-request', 'html', 'Commande {OID} : remboursement contre avis',
    '<p>Bonjour Madame Picard,</p>\n'
    '<p>Merci d\'avoir choisi notre brosse nettoyante visage (commande {OID}).</p>\n'
    '<p>Dès que votre avis sera en ligne sur la fiche produit, nous vous rembourserons l\'intégralité de '
    'votre achat.</p>\n'
    '<p>Bien à vous,<br>\nBeauté Pure</p>',
    ['BSM204'], 'Full refund as soon as the review is online.')

add('reply', 'text', 'RE: Problème résolu – commande {OID}',
    P('Bonjour Monsieur Caron,',
      'Nous sommes ravis que le remplacement du thermostat ait réglé le problème de votre radiateur '
      '(commande {OID}).',
      'Maintenant que tout fonctionne, accepteriez-vous de revoir l\'évaluation à une étoile laissée '
      'la semaine dernière, voire de la retirer ?',
      'Merci d\'avance,\nChauffage Confort'),
    ['BSM205'], 'Asks to update or remove an existing one-star review.')

add('review-request', 'text', 'Un avis sur votre commande {OID} ?',
    P('Bonjour Madame Gauthier,',
      'Vous êtes contente de votre nouvelle housse de couette (commande {OID}) ? Alors un avis sur Amazon '
      'nous ferait très plaisir.',
      'Si quelque chose ne vous plaît pas, écrivez-nous plutôt avant de publier quoi que ce soit : nous '
      'trouverons une solution ensemble.',
      'Cordialement,\nNuits Douces'),
    ['BSM206'], 'Review only if satisfied; unhappy buyers steered to contact the seller instead.')

add('review-request', 'html', 'Commande {OID} : votre note',
    '<p>Bonjour Monsieur Rousseau,</p>\n'
    '<p>Votre support de téléphone pour vélo (commande {OID}) est arrivé il y a quelques jours.</p>\n'
    '<p>Nous sommes une petite entreprise familiale : une note de cinq étoiles sur Amazon nous aiderait '
    'énormément à nous faire connaître.</p>\n'
    '<p>Merci et bonne route,<br>\nCycloTech</p>',
    ['BSM206'], 'Asks for a five-star rating.')

add('order-problem', 'text', '[Important] Commande {OID} : produit en rupture',
    P('Bonjour Madame Marchal,',
      'La guirlande lumineuse 10 m de votre commande {OID} est en rupture de stock chez notre fournisseur. '
      'Nous avons ajusté le montant de votre commande en conséquence (motif : rupture de stock).',
      'Pour clôturer le dossier au plus vite, le plus simple reste que vous demandiez vous-même '
      'l\'annulation de la commande depuis votre compte Amazon.',
      'Cordialement,\nFéeries de Noël'),
    ['BSM108'], 'Amount adjusted, but advises the buyer to cancel the rest because stock ran out.')

add('order-problem', 'text', 'Commande {OID} : stock épuisé',
    P('Bonjour Monsieur Collin,',
      'Malheureusement, la dernière paire de chaussures de randonnée en pointure 43 a été vendue en '
      'boutique avant que nous ne puissions préparer votre commande {OID}.',
      'Nous vous serions reconnaissants de bien vouloir soumettre une demande d\'annulation depuis votre '
      'espace client Amazon.',
      'Avec nos excuses,\nLes Sentiers du Vercors'),
    ['BSM107', 'BSM108'], 'Asks for a cancellation request because of no stock, without confirming an adjustment.')

add('delivery-delay', 'text', 'Commande {OID} : expédition décalée',
    P('Bonjour Madame Masson,',
      'Votre jeu de société (commande {OID}) sera expédié le 15 décembre au lieu du 9 décembre, notre '
      'distributeur ayant été livré en retard.',
      'Cordialement,\nLudothèque Express',
      'Vous ne souhaitez plus recevoir nos messages ? Répondez STOP à cet e-mail.'),
    ['BSM305'], 'Delay message with an opt-out instruction (reply STOP).')

add('reply', 'text', 'RE: Charnière cassée – commande {OID}',
    P('Bonjour Monsieur Durand,',
      'Vous avez raison : la charnière de la porte de votre meuble à chaussures (commande {OID}) est '
      'défectueuse. Ce putain de fournisseur nous a refilé toute une série de charnières pourries, on en a '
      'ras le bol. Une charnière de remplacement vous sera envoyée d\'ici vendredi, sans frais.',
      'Cordialement,\nMéca Pièces Auto'),
    ['BSM306'], 'Reply with French profanity about a supplier.')

add('delivery-delay', 'text', 'Order {OID} – delivery update',
    P('Dear customer,',
      'Unfortunately your wall clock (order {OID}) will ship on 14 December instead of 7 December, '
      'because our supplier delivered late. The estimated delivery is now 16 to 18 December.',
      'We apologise for the inconvenience.',
      'Kind regards,\nHorloges du Marais'),
    ['BSM104'], 'Message to a French buyer written entirely in English.')

add('reply', 'text', 'RE: Réglage du thermostat – commande {OID}',
    P('Bonjour Madame Arnaud,',
      'Pour le réglage du thermostat connecté de votre commande {OID}, le plus simple est de nous appeler : '
      'notre support technique est joignable au 04 78 62 19 45, ou au +33 4 78 62 19 45 depuis l\'étranger, '
      'du lundi au samedi.',
      'Cordialement,\nDomotique Rhône'),
    ['BSM309'], 'Seller\'s own phone number in national and international formats.')

add('return-follow-up', 'text', 'Retour commande {OID} : photos',
    P('Bonjour Monsieur Boyer,',
      'Pour finaliser le retour de votre aspirateur (commande {OID}), pourriez-vous nous envoyer deux photos '
      'du défaut constaté à l\'adresse retours.client@aspiro-france.fr ?',
      'Cordialement,\nAspiro France'),
    ['BSM308'], 'Return follow-up giving a plain e-mail address.')

add('reply', 'text', 'RE: Certificat de conformité – commande {OID}',
    P('Bonjour Madame Schmitt,',
      'Nous pouvons vous transmettre le certificat CE du siège auto de votre commande {OID}. Écrivez-nous '
      'à service.qualite arobase puericulture-douce point fr et nous vous l\'enverrons.',
      'Cordialement,\nPuériculture Douce'),
    ['BSM308'], 'Obfuscated e-mail address written with "arobase" and "point".', locale='fr-BE')

add('reply', 'html', 'RE: Entretien du lin – commande {OID}',
    '<p>Bonjour Madame Noël,</p>\n'
    '<p>Pour le linge de lit de votre commande {OID}, un lavage à 40 °C et un séchage à l\'air libre '
    'suffisent.</p>\n'
    '<p>Nous avons rassemblé tous nos conseils sur notre site : '
    '<a href="https://www.linge-de-provence.fr/conseils/entretien-du-lin">nos conseils d\'entretien du '
    'lin lavé</a>.</p>\n'
    '<p>Cordialement,<br>\nLinge de Provence</p>',
    ['BSM302'], 'https link with descriptive text to the seller\'s own site, not needed for the order.')

add('delivery-delay', 'html', 'Commande {OID} : nouvelle date',
    '<p>Bonjour Monsieur Hubert,</p>\n'
    '<p>Votre tapis berbère (commande {OID}) sera expédié le 17 décembre au lieu du 10 décembre.</p>\n'
    '<p>Vous pouvez suivre l\'avancement sur '
    '<a href="http://www.amazon.fr/gp/your-account/order-history">votre historique de commandes '
    'Amazon</a>.</p>\n'
    '<p>Cordialement,<br>\nTapis d\'Orient Lyon</p>',
    ['BSM301'], 'Insecure http link to Amazon with descriptive text.')

add('review-request', 'html', 'Que pensez-vous de votre lampe ? – commande {OID}',
    '<p>Bonjour Madame Perrot,</p>\n'
    '<p><img src="https://m.media-amazon.com/images/I/lampe-chevet-laiton-abat-jour-lin.jpg" '
    'alt="Lampe de chevet en laiton avec abat-jour en lin" width="300" height="300"></p>\n'
    '<p>Votre lampe de chevet (commande {OID}) est arrivée il y a une semaine. Nous serions heureux de '
    'lire votre avis sur Amazon, quel qu\'il soit.</p>\n'
    '<p>Cordialement,<br>\nLuminaires Laiton &amp; Lin</p>',
    ['BSM310'], 'Image of the purchased product in a neutral review request.')

add('delivery-delay', 'html', 'Commande {OID} : retard',
    '<p><img src="https://m.media-amazon.com/images/S/stock/plage-soleil-ete.jpg" '
    'alt="Plage ensoleillée en été" width="400" height="200"></p>\n'
    '<p>Bonjour Monsieur Lacroix,</p>\n'
    '<p>Votre parasol de balcon (commande {OID}) sera expédié le 12 décembre, avec trois jours de retard '
    'sur la date annoncée.</p>\n'
    '<p>Cordialement,<br>\nTerrasses &amp; Jardins</p>',
    ['BSM311'], 'Stock beach image unrelated to the shop.')

add('invoice', 'html', 'Facture – commande {OID}',
    '<p><img src="https://m.media-amazon.com/images/S/seller-logos/ferronnerie-dubois.png" alt="" '
    'width="150" height="50"></p>\n'
    '<p>Bonjour,</p>\n'
    '<p>Veuillez trouver ci-joint la facture F-2026-1187 relative à votre commande {OID}.</p>\n'
    '<p>Cordialement,<br>\nFerronnerie Dubois</p>',
    ['BSM402'], 'Shop logo with an empty alt.')

add('delivery-scheduling', 'text', 'Livraison de votre frigo – commande {OID}',
    P('Bonjour Madame Adam,',
      'Votre réfrigérateur américain (commande {OID}) sera livré par transporteur avec rendez-vous. Vous '
      'préférez le jeudi 17 décembre matin ou le vendredi 18 décembre après-midi ? \U0001F69A\U0001F4E6',
      'Cordialement,\nÉlectro Ménager Direct'),
    ['BSM403'], 'Delivery scheduling with emoji.')

add('additional-information', 'text', 'Commande {OID} : une petite question',
    P('Bonjour Monsieur Besson,',
      'Pour broder le prénom sur le bavoir de votre commande {OID}, il nous manque la couleur du fil : '
      'bleu marine, rose poudré ou vert sauge ? :-)',
      'À bientôt,\nLes Petits Points'),
    ['BSM403'], 'Information request ending with an emoticon.')

add('delivery-delay', 'html', 'Retard – commande {OID}',
    '<style>\n  p { font-size: 14px; }\n  .titre { font-size: 22px; }\n  .date { font-size: 18px; }\n'
    '  .mentions { font-size: 11px; }\n</style>\n'
    '<p class="titre"><strong>Information sur votre commande</strong></p>\n'
    '<p>Bonjour Madame Colas,</p>\n'
    '<p>Votre machine à pain (commande {OID}) sera expédiée plus tard que prévu, le :</p>\n'
    '<p class="date"><strong>mardi 15 décembre 2026</strong></p>\n'
    '<p>Veuillez nous excuser pour ce retard.</p>\n'
    '<p class="mentions">Fournil Maison SAS – RCS Nantes 823 456 789</p>',
    ['BSM410'], 'Four explicit font sizes in a <style> block besides the default.')

add('additional-information', 'text', 'Commande {OID} : taille de la bague',
    'Bonjour Madame Jacob,\n\n'
    'Pour la bague gravée de votre commande {OID}, pourriez-vous nous confirmer le tour de doigt '
    '(de 48 à 62) ?\n\n\n'
    'Sans cette information, nous ne pouvons pas lancer la fabrication.\n\n\n'
    'Cordialement,\nBijoux Anaëlle',
    ['BSM412'], 'Plain text with two blank lines in a row, twice.')

add('delivery-delay', 'html', 'Commande {OID} – report de l\'expédition',
    '<p>Bonjour Monsieur Gaillard,</p>\n'
    '<p>Votre bureau assis-debout (commande {OID}) sera expédié le 16 décembre au lieu du 9 décembre.</p>\n'
    '<br><br><br><br>\n'
    '<p>Nous vous prions de nous excuser pour ce contretemps.</p>\n'
    '<p></p>\n<p>&nbsp;</p>\n'
    '<p>Cordialement,<br>\nErgoBureau</p>',
    ['BSM412'], 'HTML with a run of four <br> and empty paragraphs.')

add('review-request', 'text', '[Important] Votre avis sur la commande {OID}',
    P('Bonjour Madame Brun,',
      'Votre coffret de couteaux (commande {OID}) vous a été livré la semaine dernière. Si vous le '
      'souhaitez, vous pouvez partager votre expérience, bonne ou mauvaise, en laissant un commentaire sur '
      'Amazon.',
      'Cordialement,\nCoutellerie de Thiers'),
    ['BSM110'], '[Important] tag on a neutral review request.')

add('invoice', 'html', 'Votre facture – commande {OID}',
    '<p>Bonjour,</p>\n'
    '<p>La facture de votre commande {OID} est jointe à ce message. Vous pouvez aussi la retrouver dans '
    'votre compte Amazon : <a href="https://www.amazon.fr/gp/css/order-history">cliquez ici</a>.</p>\n'
    '<p>Cordialement,<br>\nInformatique Pas Cher SARL</p>',
    ['BSM401'], 'Link text "cliquez ici" (non-descriptive).')

# ---------------------------------------------------------------- 2 that vary
add('delivery-delay', 'html', 'Commande {OID} : retard d\'expédition',
    '<div style="font-family: Georgia, \'Times New Roman\', serif; line-height: 1.7; color: #3b3b3b; '
    'text-align: center;">\n'
    '<p>Bonjour Madame Poirier,</p>\n'
    '<p>Votre service de table en porcelaine (commande {OID}) sera expédié le 14 décembre au lieu du 7 '
    'décembre : la manufacture a prolongé la cuisson de la dernière fournée.</p>\n'
    '<p>Nous vous prions de bien vouloir nous excuser.</p>\n'
    '<p>Cordialement,<br>\nArts de la Table Limoges</p>\n</div>',
    ['BSM407', 'BSM408', 'BSM409', 'BSM411'],
    'Builder styles: font-family, line-height, colour and centred text.')

add('delivery-delay', 'text', 'Retard de votre commande',
    P('Bonjour Monsieur Bonnet,',
      'Le fauteuil en rotin que vous avez commandé chez nous le 28 novembre sera expédié avec une semaine '
      'de retard, le 15 décembre. Toutes nos excuses.',
      'Bien cordialement,\nRotin & Co\nCommerce de meubles – BCE 0712.345.678 – TVA BE 0712.345.678\n'
      'Rue de la Station 14, 4000 Liège'),
    ['BSM102'], 'No order number in subject or body.', locale='fr-BE')


MESSAGES = []
for _i, (_t, _f, _s, _b, _e, _n, _l) in enumerate(_RAW, 1):
    _o = _oid(_i)
    MESSAGES.append({
        'id': f'v2-{LANG}-{_i:03d}', 'language': LANG, 'locale': _l, 'type': _t, 'format': _f,
        'subject': _s.replace('{OID}', _o), 'body': _b.replace('{OID}', _o), 'order_id': _o,
        'expected': _e, 'note': _n,
    })
