# -*- coding: utf-8 -*-
"""v12 blind evaluation set: French, Belgian buyers (fr-BE)."""

LANG = "fr"
LOCALE = "fr-BE"


def _oid(n):
    a = (3817265 + n * 7919) % 10_000_000
    b = (5290431 + n * 104729) % 10_000_000
    return "433-%07d-%07d" % (a, b)


O = {n: _oid(n) for n in range(1, 51)}

MESSAGES = []


def _m(n, typ, fmt, subject, body, expected, note):
    MESSAGES.append({
        "id": "v12-fr-%03d" % n,
        "language": LANG,
        "locale": LOCALE,
        "type": typ,
        "format": fmt,
        "subject": subject,
        "body": body,
        "order_id": O[n],
        "expected": sorted(expected),
        "note": note,
    })


# ---------------------------------------------------------------- clean (1-17)

_m(1, "delivery-delay", "text",
   "Votre moulin à café – commande %s" % O[1],
   """Bonjour Madame Peeters,

Petit contretemps pour votre commande %s : le moulin Comandante C40 MK4 ne nous sera livré par notre grossiste que le jeudi 17 décembre, et non le 8 comme prévu. Nous pourrons donc vous l'envoyer au plus tôt le vendredi 18 décembre, soit une bonne semaine plus tard que la date affichée sur la fiche.

Nous sommes sincèrement désolés de ce retard, qui ne dépend malheureusement pas de nous.

Géraldine Wauters
La Brûlerie du Sablon""" % O[1],
   [], "Plain-text delivery delay with a new ship date, no confirmation and no extras.")

_m(2, "delivery-delay", "html",
   "Délai d'envoi modifié pour la commande %s" % O[2],
   """<table width="100%%" cellpadding="8" cellspacing="0">
<tr><td>
<p>Cher Monsieur Dethier,</p>
<p>Le casque de vélo <strong>Abus Hyban 2.0 (taille L)</strong> de votre commande %s est temporairement bloqué chez notre transporteur international. Nous avons reçu hier la confirmation qu'il arrivera dans notre atelier de Wavre le <strong>lundi 14 décembre</strong>.</p>
<p>Votre colis partira donc de chez nous le mardi 15 décembre au plus tard, au lieu du 9 décembre indiqué initialement.</p>
<p>Toutes nos excuses pour ce délai supplémentaire.</p>
<p>Sportivement,<br>Kevin Marchal<br>Cycles Marchal &amp; Fils</p>
<p><small>Cycles Marchal &amp; Fils SRL – Chaussée de Bruxelles 88, 1300 Wavre</small></p>
</td></tr>
</table>""" % O[2],
   [], "Builder HTML table delivery delay with small footer, no styles, no links.")

_m(3, "order-problem", "text",
   "[Important] Commande %s : article indisponible, montant ajusté" % O[3],
   """Bonjour Monsieur Claessens,

Nous devons malheureusement vous annoncer que le vase en grès « Sillon » (hauteur 32 cm) de votre commande %s ne pourra pas vous être envoyé : la dernière pièce de notre stock s'est fêlée lors du contrôle qualité et l'atelier ne refera pas cette série avant le printemps.

Nous avons donc ajusté le montant total de votre commande, soit 64,00 €, avec pour motif la rupture de stock. Le remboursement apparaîtra sur votre moyen de paiement dans les prochains jours ouvrables ; vous n'avez rien à faire de votre côté.

Avec nos excuses,
Hélène Lambotte
Maison Lambotte – céramiques d'Andenne""" % O[3],
   [], "Order problem with [Important] in the subject and the amount adjusted for no stock: critical type, clean.")

_m(4, "additional-information", "text",
   "Commande %s – numéro de châssis nécessaire" % O[4],
   """Bonjour Monsieur Goffin,

Pour être certains que les plaquettes de frein avant de votre commande %s correspondent bien à votre véhicule (la Golf VII existe avec deux systèmes de freinage différents), nous avons besoin du numéro de châssis, aussi appelé VIN.

Vous le trouverez dans la case E de votre certificat d'immatriculation : ce sont 17 caractères, lettres et chiffres. Il vous suffit de nous le transmettre en répondant à ce message et nous préparerons la bonne référence dès réception.

Bien à vous,
Arnaud
Pièces Auto Hainaut""" % O[4],
   [], "Request for information (VIN) needed to fulfil the order.")

_m(5, "return-follow-up", "text",
   "Retour de votre lampe – commande %s" % O[5],
   """Bonjour Madame Verhaegen,

Nous avons bien réceptionné la lampe de bureau « Arne » que vous nous avez retournée (commande %s). Votre demande de retour indique que l'abat-jour est légèrement rayé sur le côté.

Plutôt que de passer par un retour complet, nous pouvons vous proposer un remboursement partiel de 18,50 € et vous garderiez la lampe, qui fonctionne parfaitement par ailleurs. Si cette solution vous convient, un simple « d'accord » en réponse suffit ; dans le cas contraire, nous traiterons le retour tel que vous l'avez demandé.

Cordialement,
Sébastien Hardy
Luminaires Hardy""" % O[5],
   [], "Return follow-up offering a partial refund.")

_m(6, "return-follow-up", "text",
   "Question sur votre retour – %s" % O[6],
   """Bonjour,

Votre commande %s comprenait deux chargeurs identiques et la demande de retour ne précise pas lequel vous souhaitez renvoyer. Pourriez-vous nous communiquer le numéro de série de l'appareil concerné (il commence par CH-24 et figure sous le chargeur, à côté du marquage CE) ?

Sans cette information, nous ne pouvons malheureusement pas clôturer le retour ni lancer le remboursement.

Merci d'avance,
Le service après-vente de Volta Shop""" % O[6],
   [], "Return follow-up asking for the serial number needed to complete the return.")

_m(7, "invoice", "text",
   "Facture FA/2026/1187 – commande %s" % O[7],
   """Madame, Monsieur,

Vous trouverez ci-joint la facture FA/2026/1187 du 3 décembre 2026 relative à votre commande %s (bureau assis-debout « Ergo 140 », 429,00 € TVAC, dont 74,45 € de TVA à 21 %%).

Comme demandé, la facture est établie au nom de votre société avec votre numéro de TVA BE 0654.871.209.

Nos coordonnées figurent sur le document :
Bureau Plus SRL
Avenue Louise 231, 1050 Ixelles
TVA BE 0712.345.678 – RPM Bruxelles, BCE 0712.345.678

Meilleures salutations,
Nadia Belkacem
Comptabilité, Bureau Plus""" % O[7],
   [], "Invoice with Belgian VAT/BCE numbers in dotted groups and a slashed invoice number: not phone numbers.")

_m(8, "review-request", "text",
   "Votre avis sur la théière – commande %s" % O[8],
   """Bonjour Monsieur Jacobs,

Votre théière en fonte vous a été livrée il y a une dizaine de jours (commande %s). Quand vous aurez eu l'occasion de vous en servir un peu, nous serions curieux de savoir ce que vous en pensez : un avis sur Amazon, qu'il soit enthousiaste ou plus réservé, aide d'autres clients à choisir en connaissance de cause.

Vous pouvez le laisser depuis la page « Vos commandes » de votre compte.

Belle journée,
Lucie
Thés & Cetera, Namur""" % O[8],
   [], "Neutral plain-text review request, no condition, no rating, no incentive.")

_m(9, "review-request", "html",
   "Un petit retour sur votre commande %s ?" % O[9],
   """<p><img src="https://img.mailcdn.eu/u/48213/logo-filature-ardenne.png" alt="Logo de la Filature d'Ardenne" width="180" height="60"></p>
<p>Bonjour Madame Schmitz,</p>
<p>Les pelotes de laine mérinos de votre commande %s sont arrivées chez vous la semaine dernière. Si vous avez déjà commencé votre ouvrage, votre impression sur la qualité du fil nous intéresse, tout comme elle intéresse les autres tricoteuses et tricoteurs.</p>
<p>Pour partager votre impression : <a href="https://www.amazon.com.be/review/review-your-purchases/?_encoding=UTF8&amp;asin=B0C7LNW4QK">donner mon avis sur la laine mérinos sur Amazon</a>.</p>
<p>Chaleureusement,<br>Anne-Catherine Henrard<br>Filature d'Ardenne, Vielsalm</p>""" % O[9],
   [], "HTML review request with shop logo (alt names the shop) and a descriptive https Amazon link.")

_m(10, "delivery-scheduling", "text",
   "Livraison de votre canapé – commande %s" % O[10],
   """Bonjour Monsieur et Madame Delvaux,

Votre canapé d'angle « Oslo » (commande %s) sera livré par deux de nos livreurs, qui le monteront sur place. Vu son poids (112 kg emballé), nous devons convenir ensemble d'un créneau. Voici ce que nous pouvons vous proposer :

- mardi 15 décembre, entre 8 h et 12 h
- mercredi 16 décembre, entre 13 h et 17 h
- samedi 19 décembre, entre 9 h et 13 h

Merci de nous dire quel créneau vous arrange, et s'il y a un ascenseur ou un escalier étroit à prévoir.

Salutations distinguées,
Olivier Masson
Meubles Masson, Gembloux""" % O[10],
   [], "Delivery scheduling for a bulky item with dates and time slots.")

_m(11, "home-service-appointment", "text",
   "Installation de votre lave-linge – commande %s" % O[11],
   """Bonjour Madame Dubois,

Vous avez choisi l'installation à domicile avec votre lave-linge (commande %s). Notre technicien, Yannick, peut passer chez vous à Jambes :

• jeudi 10 décembre à 10 h 30
• vendredi 11 décembre à 14 h 00
• lundi 14 décembre à 8 h 30

L'intervention dure environ 45 minutes ; il faudra que l'arrivée d'eau et l'évacuation soient accessibles. Indiquez-nous simplement l'heure qui vous convient.

Cordialement,
Planning interventions – ElectroServ Namur""" % O[11],
   [], "Home-service appointment with three proposed dates and times.")

_m(12, "custom-design-verification", "html",
   "Bon à tirer de votre planche gravée – commande %s" % O[12],
   """<p>Bonjour Julie,</p>
<p>Voici le bon à tirer de la planche à découper personnalisée de votre commande %s (fichier PDF en pièce jointe : <em>BAT_planche_Julie_et_Maxime.pdf</em>).</p>
<p>Nous avons gravé le texte « Julie &amp; Maxime – 12.06.2027 » en police manuscrite, centré dans le bas de la planche. Pouvez-vous vérifier l'orthographe des prénoms et la date ?</p>
<ul>
<li>si tout est correct, répondez « OK pour gravure » ;</li>
<li>si vous souhaitez une modification, décrivez-la simplement dans votre réponse.</li>
</ul>
<p>Nous lançons la gravure dès votre accord.</p>
<p>À bientôt,<br>Thomas – L'Atelier du Bois Gravé</p>""" % O[12],
   [], "Design proof for a custom engraving; describes centred engraving but sets no alignment itself.")

_m(13, "fulfillment-question", "text",
   "Accès à votre immeuble – commande %s" % O[13],
   """Bonjour Monsieur Nguyen,

La commode de votre commande %s sera livrée par notre transporteur spécialisé, qui doit la monter jusqu'à votre appartement. Votre adresse à Ixelles mentionne le 4e étage, mais aucun code d'accès.

Pourriez-vous nous communiquer le code de la porte d'entrée et le nom qui figure sur la sonnette ? Merci d'indiquer aussi notre référence de livraison LIV-2026-55841 (dossier 7741/B) dans votre réponse, afin que nous puissions la transmettre directement au chauffeur.

Merci beaucoup,
Caroline Renard
Service logistique, Chêne & Cie""" % O[13],
   [], "Door-code question with reference numbers that are not phone numbers.")

_m(14, "reply", "text",
   "Re: Question sur le portefeuille – commande %s" % O[14],
   """Bonjour Monsieur Lejeune,

Merci pour votre question. Le « Heritage Leather Passport Wallet – Cognac » que vous avez acheté (commande %s) est bien en cuir pleine fleur tanné végétal ; seule la doublure intérieure est en coton.

Pour l'entretien, un chiffon sec suffit. Évitez les cirages colorés : le cuir va naturellement foncer avec le temps, c'est normal.

Bien cordialement,
Atelier Verbruggen""" % O[14],
   [], "Reply quoting an English product title inside French sentences: no language issue.")

_m(15, "reply", "text",
   "Re: Ma machine à expresso ne chauffe plus (%s)" % O[15],
   """Bonjour Madame Lambert,

Nous sommes désolés d'apprendre que votre machine à expresso (commande %s) ne chauffe plus après trois mois.

L'appareil est encore couvert par la garantie constructeur de deux ans, et c'est le fabricant qui prend en charge la réparation. Vous pouvez joindre directement sa ligne garantie (service après-vente officiel du fabricant Cafémia) au 02 793 09 41, du lundi au vendredi de 9 h à 17 h. Munissez-vous de la facture et du numéro de série indiqué sous le réservoir.

Cordialement,
Marc Evrard
Espresso Corner""" % O[15],
   [], "Reply giving the manufacturer's warranty hotline, marked as such: BSM309 exception.")

_m(16, "reply", "html",
   "Re: Délai de fabrication – commande %s" % O[16],
   """<p>Bonjour Madame Dumont,</p>
<p>Les housses de coussin en lin sont cousues à la commande dans notre atelier ; pour votre commande %s, comptez quatre à cinq jours ouvrables de fabrication. La teinte « sauge » est bien celle de la photo, à une nuance près selon les écrans.</p>
<p>N'hésitez pas si vous avez d'autres questions sur les dimensions.</p>
<p>Cordialement,<br>Isabelle Gillet<br>Gérante</p>
<p><small>Linge Gillet SRL · Rue Saint-Gilles 57, 4000 Liège · TVA BE 0832.554.119 · RPM Liège, division Liège · BCE 0832.554.119</small></p>""" % O[16],
   [], "Reply with a company-details footer (VAT, RPM, BCE) in <small>.")

_m(17, "reply", "text",
   "Re: Remboursement de mon retour %s" % O[17],
   """Bonjour Monsieur Devos,

Voici où en est votre retour :

- numéro de retour : RMA-2026-00871
- colis retour suivi par bpost sous le numéro 3232 0049 8812 7750 0416
- reçu dans notre entrepôt de Herstal le jeudi 3 décembre à 14 h 12
- remboursement de 89,95 € (montant total de la commande %s, frais de retour offerts) validé le 4 décembre

Selon votre banque, le montant apparaîtra sur votre compte d'ici au 11 décembre.

Bien à vous,
Service clients – Outillage Ourthe""" % O[17],
   [], "Reply with return and tracking numbers, dates, times and amounts: none is a phone number.")

# ------------------------------------------------------------ violations (18-48)

_m(18, "fulfillment-question", "text",
   "Votre colis est en route (%s)" % O[18],
   """Bonjour Madame Vandenberghe,

Bonne nouvelle : votre tapis berbère a quitté notre entrepôt de Zaventem ce matin et a été remis à DPD en fin de journée (commande %s). Il devrait être chez vous dans deux à trois jours ouvrables.

Bonne fin de semaine,
Karim
Tapis du Souk""" % O[18],
   ["BSM201"], "Shipping confirmation: parcel left the warehouse and was handed to the carrier.")

_m(19, "additional-information", "text",
   "Commande %s bien enregistrée" % O[19],
   """Bonjour,

Nous vous confirmons que votre commande %s (2 boîtes de pralines assorties, 500 g) nous est bien parvenue. Nos chocolatiers s'occupent dès à présent de la préparer avec soin.

Gourmandes salutations,
Chocolaterie Van Laere, Gand""" % O[19],
   ["BSM201"], "Order confirmation paraphrased: order received and being prepared.")

_m(20, "fulfillment-question", "text",
   "Merci ! – commande %s" % O[20],
   """Chère cliente, cher client,

Toute l'équipe de Bougies Lumen tient à vous remercier du fond du cœur pour votre commande %s. C'est grâce à des clients comme vous que notre petite fabrique de Tournai continue d'exister.

Mille mercis,
Sophie et Damien""" % O[20],
   ["BSM202"], "Thanks-only message with nothing else to say.")

_m(21, "reply", "text",
   "Commande %s" % O[21],
   """Bonjour Monsieur Renson,

Juste un mot pour vous dire que nous restons à votre entière disposition pour votre commande %s : au moindre souci avec votre perceuse, vous savez où nous trouver.

Cordialement,
L'équipe Brico Meuse""" % O[21],
   ["BSM202"], "Only says the seller is available if a problem comes up.")

_m(22, "delivery-delay", "text",
   "Léger retard pour votre commande %s" % O[22],
   """Bonjour Madame Hermans,

Le pull en alpaga de votre commande %s sera expédié le mercredi 16 décembre et non le 10 comme annoncé : notre tricoteuse a dû s'absenter quelques jours. Nous vous prions de nous en excuser.

Marie-Laure
Alpaga & Co

P.-S. Pour les fêtes, toute notre collection est à −20 %% jusqu'au 31 décembre avec le code NOEL20.""" % O[22],
   ["BSM203"], "Otherwise valid delay notice with a 20 percent off P.S. on the whole range.")

_m(23, "review-request", "text",
   "Votre avis nous intéresse – %s" % O[23],
   """Bonjour,

Votre sac à dos de randonnée est arrivé il y a une semaine (commande %s). Si vous avez un moment, un avis sur Amazon sur le produit serait le bienvenu, qu'il soit positif ou non.

Et pour ne rien rater de nos prochaines sorties, rejoignez la communauté Outdoor Fagne sur Instagram et Facebook, et inscrivez-vous à notre lettre d'information : notre nouvelle gamme hiver arrive en janvier.

Bonnes balades,
L'équipe Outdoor Fagne""" % O[23],
   ["BSM203"], "Neutral review request followed by follow-us, newsletter and new-collection promotion.")

_m(24, "review-request", "text",
   "Un geste pour vous – commande %s" % O[24],
   """Bonjour Madame Lemaire,

J'espère que vos nouveaux couteaux de cuisine vous donnent satisfaction (commande %s).

Une fois que votre commentaire sur Amazon sera en ligne, envoyez-nous simplement votre nom de profil : nous vous ferons parvenir un petit cadeau de remerciement, notre affûteur de poche, pour le mal que vous vous serez donné.

Bien à vous,
Pierre Collard
Coutellerie Collard""" % O[24],
   ["BSM204"], "Small token of appreciation promised once the review is published.")

_m(25, "review-request", "text",
   "Commande %s : votre achat remboursé" % O[25],
   """Bonjour,

Nous lançons notre nouvelle gourde isotherme et avons besoin de premiers retours. Publiez votre évaluation du produit sur Amazon et, dès qu'elle est visible, nous vous rembourserons l'intégralité des 24,90 € payés pour la commande %s.

Merci pour votre aide,
AquaTerra Benelux""" % O[25],
   ["BSM204"], "Full refund promised as soon as the review is online.")

_m(26, "reply", "text",
   "Au sujet de votre évaluation – commande %s" % O[26],
   """Bonjour Monsieur Wouters,

Nous avons vu votre commentaire à une étoile concernant le grille-pain de votre commande %s. Le problème de minuterie vient d'un lot défectueux que nous avons depuis retiré de la vente, et nous vous proposons volontiers un appareil de remplacement.

Maintenant que le problème est identifié, accepteriez-vous de revoir votre note, voire de retirer ce commentaire ? Cela compterait beaucoup pour une petite boutique comme la nôtre.

Cordialement,
Électro Famenne""" % O[26],
   ["BSM205"], "Asks the buyer to revise or delete an existing one-star review.")

_m(27, "review-request", "text",
   "Votre expérience avec le matelas – commande %s" % O[27],
   """Bonjour Madame Pirard,

Votre matelas « Dormia Plus » est chez vous depuis quelques jours (commande %s).

Si vous en êtes contente, nous serions ravis que vous le disiez dans un commentaire sur Amazon. Si quelque chose ne va pas, en revanche, ne passez pas par les avis : écrivez-nous directement, nous trouverons une solution entre nous.

Belles nuits,
Literie Pirard & Fils""" % O[27],
   ["BSM206"], "Review only if happy; unhappy buyers steered to the seller instead.")

_m(28, "review-request", "html",
   "Commande %s – votre avis" % O[28],
   """<p>Bonjour Monsieur Maes,</p>
<p>Nous espérons que le jeu de société « Les Bâtisseurs de Bruges » (commande %s) fait fureur lors de vos soirées.</p>
<p>Les petits éditeurs comme nous vivent des évaluations : un 5 sur 5 sur Amazon, c'est ce qui nous permet d'être vus face aux grandes marques. Nous comptons sur vos cinq étoiles !</p>
<p>Ludiquement,<br>Éditions Belfort</p>""" % O[28],
   ["BSM206"], "Asks for a five-star rating, paraphrased as 5 out of 5.")

_m(29, "order-problem", "text",
   "Commande %s – article épuisé" % O[29],
   """Bonjour Madame Simon,

La robe de cérémonie en taille 38 que vous avez commandée (commande %s) est épuisée et notre fournisseur n'en produira plus. Nous avons ajusté le montant total de votre commande pour rupture de stock.

Le plus rapide pour clôturer le dossier de votre côté serait de demander vous-même l'annulation de la commande dans votre compte Amazon, rubrique « Vos commandes ».

Avec nos regrets,
Boutique Élégance, Mons""" % O[29],
   ["BSM108"], "Adjustment confirmed but the buyer is advised to cancel herself because of stock.")

_m(30, "order-problem", "text",
   "Concernant votre commande %s" % O[30],
   """Bonjour Monsieur Lambrechts,

Nous sommes au regret de vous informer que la tondeuse robot de votre commande %s n'est plus disponible : notre dernier exemplaire a été vendu en magasin le même jour.

Nous vous serions très reconnaissants de bien vouloir introduire une demande d'annulation depuis votre compte Amazon ; cela nous évitera une pénalité.

Toutes nos excuses,
Jardinerie Verte Vallée""" % O[30],
   ["BSM107", "BSM108"], "Out of stock, asks the buyer to request cancellation, no adjustment confirmed.")

_m(31, "review-request", "text",
   "Votre avis sur votre commande %s" % O[31],
   """Bonjour,

Vos bocaux de confiture artisanale sont arrivés il y a une semaine (commande %s). Un commentaire sur Amazon, quel qu'il soit, aide d'autres gourmands à se décider.

Vous ne souhaitez plus recevoir de messages de notre part ? Répondez simplement STOP à ce message et nous vous retirerons de notre liste.

Les Confitures de Mamy Rose""" % O[31],
   ["BSM305"], "Neutral review request with a reply-STOP opt-out instruction.")

_m(32, "reply", "text",
   "Re: Colis toujours pas arrivé – %s" % O[32],
   """Bonjour Monsieur Leclercq,

Je comprends votre agacement. Ce putain de transporteur nous a encore égaré trois colis cette semaine, dont le vôtre (commande %s), c'est vraiment le bordel chez eux depuis un mois.

Nous vous renvoyons un nouveau phare de vélo lundi, à nos frais.

Fabrice
Vélo Lumière""" % O[32],
   ["BSM306"], "Seller reply containing French profanity about the carrier.")

_m(33, "delivery-delay", "text",
   "Vertraging bestelling %s" % O[33],
   """Beste klant,

De wandklok uit uw bestelling %s wordt pas op vrijdag 18 december verzonden in plaats van op 9 december. Onze leverancier in Denemarken heeft een productieachterstand opgelopen.

Onze excuses voor het ongemak.

Met vriendelijke groeten,
Tim De Smet
Klokkenhuis Antwerpen""" % O[33],
   ["BSM104"], "Delivery delay written entirely in Dutch to a French-speaking Belgian buyer.")

_m(34, "reply", "text",
   "Re: Taille du tapis de yoga – commande %s" % O[34],
   """Bonjour Madame Pauwels,

Le tapis de votre commande %s mesure 183 × 61 cm pour 6 mm d'épaisseur. Si vous voulez qu'on en parle de vive voix, passez-moi un coup de fil au 0475 62 18 93, je suis joignable tous les matins.

Namasté,
Charlotte – Yoga Sol""" % O[34],
   ["BSM309"], "Seller's own Belgian mobile number in national format.")

_m(35, "delivery-scheduling", "text",
   "Livraison de votre poêle à bois – commande %s" % O[35],
   """Bonjour Monsieur Hubert,

Votre poêle à bois (commande %s, 148 kg) doit être livré sur palette avec hayon. Notre chauffeur peut passer le lundi 14 ou le mardi 15 décembre, entre 7 h et 12 h.

Le plus simple est d'appeler directement notre dispatching au +32 4 385 20 71 pour fixer le jour ; sinon, répondez-nous ici.

Cordialement,
Chauffage Ardennais SRL""" % O[35],
   ["BSM309"], "Delivery scheduling with the seller's dispatch number in international format.")

_m(36, "reply", "text",
   "Re: Facture à mon nom – %s" % O[36],
   """Bonjour Monsieur Baert,

Bien sûr, nous pouvons refaire la facture de votre commande %s au nom de votre ASBL. Le plus simple : envoyez les coordonnées exactes à compta@papeterie-delacroix.be et je m'en occupe dans la journée.

Cordialement,
Valérie Delacroix
Papeterie Delacroix""" % O[36],
   ["BSM308"], "Plain e-mail address in a reply.")

_m(37, "additional-information", "text",
   "Photos pour votre portrait – commande %s" % O[37],
   """Bonjour Madame Lefèvre,

Pour réaliser le portrait dessiné de votre chien (commande %s), il me faut deux ou trois photos nettes, prises de face et de profil.

Les fichiers étant souvent trop lourds pour la messagerie, vous pouvez me les faire parvenir à l'adresse atelier arobase croquis-de-lou point be, en indiquant votre nom.

Merci !
Louise, Croquis de Lou""" % O[37],
   ["BSM308"], "Obfuscated e-mail address written with 'arobase' and 'point'.")

_m(38, "reply", "html",
   "Re: Entretien de la planche en chêne – commande %s" % O[38],
   """<p>Bonjour Monsieur Charlier,</p>
<p>Pour la planche de votre commande %s, une huile alimentaire une fois par mois suffit. Nous avons tout détaillé, photos à l'appui, dans notre <a href="https://www.boisdesfagnes.be/conseils/entretien-planches">guide d'entretien des planches en bois</a>.</p>
<p>Bonne cuisine,<br>Bois des Fagnes</p>""" % O[38],
   ["BSM302"], "Descriptive https link to the seller's own site, not needed for the order.")

_m(39, "return-follow-up", "html",
   "Votre retour – commande %s" % O[39],
   """<p>Bonjour Madame Collin,</p>
<p>Pour finaliser le retour des chaussures de votre commande %s, nous avons besoin de savoir si vous souhaitez un échange en pointure 39 ou un remboursement.</p>
<p>Vous pouvez aussi vérifier l'état de la demande dans <a href="http://www.amazon.com.be/gp/css/returns/homepage.html">vos retours sur Amazon</a>.</p>
<p>Cordialement,<br>Chaussures Collin</p>""" % O[39],
   ["BSM301"], "Descriptive link to Amazon over plain http.")

_m(40, "review-request", "html",
   "Votre avis sur le plaid – %s" % O[40],
   """<p>Bonjour,</p>
<p><img src="https://cdn.maisonflocon.be/produits/plaid-laine-bouillie-gris-130x170.jpg" alt="Plaid en laine bouillie gris 130 x 170 cm" width="320" height="240"></p>
<p>Voici une semaine que votre plaid (commande %s) vous tient chaud. Si vous avez quelques minutes, votre avis sur Amazon sera précieux pour les autres acheteurs.</p>
<p>Douces soirées,<br>Maison Flocon</p>""" % O[40],
   ["BSM310"], "Embeds a photo of the purchased plaid (file and alt name it).")

_m(41, "delivery-delay", "html",
   "Un peu de patience pour la commande %s" % O[41],
   """<p>Bonjour Madame Jacquet,</p>
<p><img src="https://images.stockphoto-eu.com/hiver/sapin-enneige-montagne.jpg" alt="Sapin enneigé dans la montagne" width="400" height="260"></p>
<p>Avec la période des fêtes, les guirlandes lumineuses de votre commande %s partiront le jeudi 17 décembre au lieu du 11. Nous faisons tout pour rattraper ce retard.</p>
<p>Lumineusement vôtre,<br>Déco Lueur</p>""" % O[41],
   ["BSM311"], "Stock image of a snowy fir tree unrelated to the shop.")

_m(42, "delivery-delay", "html",
   "Commande %s – nouvelle date d'envoi" % O[42],
   """<p><img src="https://img.mailcdn.eu/u/51877/logo-herboristerie-mosane.png" alt="" width="150" height="50"></p>
<p>Bonjour Monsieur Thiry,</p>
<p>Le mélange de tisanes de votre commande %s sera envoyé le lundi 14 décembre : la camomille de notre producteur a été récoltée plus tard cette année.</p>
<p>Cordialement,<br>Herboristerie Mosane</p>""" % O[42],
   ["BSM402"], "Shop logo image with empty alt attribute.")

_m(43, "review-request", "text",
   "Votre avis sur les chaussettes 🧦 – commande %s" % O[43],
   """Coucou Émilie,

Tes chaussettes en laine sont bien au chaud chez toi depuis une semaine (commande %s) ! Si tu as deux minutes, ton avis sur Amazon nous aiderait beaucoup 🙏

Bises,
Flo de Chaussettes & Cie""" % O[43],
   ["BSM403"], "Emoji in subject and body of a familiar review request.")

_m(44, "reply", "text",
   "Re: Couleur du fil – commande %s" % O[44],
   """Bonjour Madame Dupont,

Oui, le fil à broder de votre commande %s est bien grand teint, vous pouvez le laver à 40 degrés sans crainte :-)

Bonne broderie !
Mercerie du Marché""" % O[44],
   ["BSM403"], "ASCII emoticon in an otherwise clean reply.")

_m(45, "delivery-delay", "html",
   "Retard d'envoi – commande %s" % O[45],
   """<style>
.titre { font-size: 22px; }
.intro { font-size: 16px; }
.texte { font-size: 13px; }
.mention { font-size: 10px; }
</style>
<p class="titre"><strong>Information sur votre commande</strong></p>
<p class="intro">Bonjour Monsieur Lambert,</p>
<p class="texte">La cafetière italienne de votre commande %s sera expédiée le mardi 15 décembre, notre réassort ayant pris du retard.</p>
<p class="mention">Kaffee Kontor Eupen SRL – Rue de la Gare 12, 4700 Eupen</p>""" % O[45],
   ["BSM410"], "Style block setting four explicit font sizes besides the default.")

_m(46, "additional-information", "text",
   "Gravure de votre bracelet – commande %s" % O[46],
   """Bonjour Madame Cornet,

Pour graver le bracelet de votre commande %s, pourriez-vous nous confirmer le prénom exact à inscrire (avec ou sans accent) ?



Nous attendons votre réponse pour lancer la fabrication.

Bijoux Cornélie""" % O[46],
   ["BSM412"], "Three blank lines in a row in a plain-text message.")

_m(47, "review-request", "text",
   "[Important] Votre avis sur la commande %s" % O[47],
   """Bonjour Monsieur Gérard,

Votre aspirateur balai est arrivé il y a huit jours (commande %s). Un avis sur Amazon, positif ou négatif, aide d'autres acheteurs à faire leur choix ; vous pouvez le laisser depuis « Vos commandes ».

Cordialement,
Ménager Direct Charleroi""" % O[47],
   ["BSM110"], "[Important] tag on a neutral review request, which is not critical.")

_m(48, "return-follow-up", "html",
   "Étiquette de retour – commande %s" % O[48],
   """<p>Bonjour Madame Noël,</p>
<p>Pour terminer le retour de la veste de votre commande %s, il nous faut encore le motif du retour : taille, couleur ou défaut ?</p>
<p>Vous pouvez l'indiquer dans votre espace retours : <a href="https://www.amazon.com.be/gp/css/returns/homepage.html">cliquez ici</a>.</p>
<p>Merci,<br>Mode Noir &amp; Blanc</p>""" % O[48],
   ["BSM401"], "Amazon https link whose text is only 'cliquez ici'.")

# ------------------------------------------------------------- varying (49-50)

_m(49, "delivery-delay", "html",
   "Commande %s : expédition reportée" % O[49],
   """<div style="font-family: Georgia, 'Times New Roman', serif; color: #3b3b3b; line-height: 1.7;">
<p>Bonjour Madame Rasquin,</p>
<p>Le coffret de thés de Noël de votre commande %s sera expédié le vendredi 18 décembre au lieu du 10 : nos boîtes métalliques sont arrivées avec une semaine de retard.</p>
<p>Avec toutes nos excuses,<br>La Maison du Thé de Spa</p>
</div>""" % O[49],
   ["BSM407", "BSM408", "BSM409"], "Builder wrapper setting font family, text colour and line height.")

_m(50, "delivery-delay", "text",
   "Retard de livraison de vos rideaux",
   """Bonjour Madame Lenoir,

Vos rideaux sur mesure (commande n° %s) demandent deux jours de couture supplémentaires : ils partiront de notre atelier le mercredi 16 décembre au lieu du lundi 14.

Merci de votre compréhension,
Rideaux & Voilages Delhaye""" % O[50].replace("-", ""),
   ["BSM102"], "Order number written as 17 digits without hyphens, so no valid order number.")
