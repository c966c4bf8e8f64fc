"""v26 blind evaluation set: French (fr-FR, a few fr-BE)."""

_R = []


def _m(t, fmt, subject, body, oid, expected, note, locale="fr-FR"):
    _R.append({
        "language": "fr", "locale": locale, "type": t, "format": fmt,
        "subject": subject, "body": body, "order_id": oid,
        "expected": sorted(expected), "note": note,
    })


# 1
_m("delivery-delay", "text", "Commande 574-2031846-5519027 : petit retard d'expédition",
"""Bonjour Madame Lefèvre,

Votre commande 574-2031846-5519027 (housse de couette en lin lavé, 240 x 220, coloris sauge) va prendre un peu de retard : notre atelier de Roubaix attend encore un rouleau de tissu bloqué au port du Havre.

Nouvelle date d'expédition prévue : mardi 15 décembre. Comptez une livraison entre le 17 et le 19 décembre.

Toutes nos excuses pour ce contretemps. Si la nouvelle date vous pose un souci, répondez simplement à ce message.

Bien cordialement,
Claire Vasseur
Service clients – Maison Tissage""", "574-2031846-5519027", [], "Clean plain-text delivery delay with a new ship date.")

# 2
_m("delivery-delay", "html", "Votre lampe Orsay – nouvelle date (574-8830412-0067351)",
"""<p>Bonjour,</p>
<p>On revient vers vous au sujet de la commande <strong>574-8830412-0067351</strong>.</p>
<p>La lampe de bureau « Orsay » en laiton brossé est montée à la main dans notre atelier, et la série en cours n'a pas passé notre contrôle qualité (patine irrégulière). Nous avons préféré tout reprendre plutôt que de vous envoyer une pièce imparfaite.</p>
<table>
<tr><td>Expédition initialement prévue</td><td>4 décembre 2026</td></tr>
<tr><td>Nouvelle date d'expédition</td><td>11 décembre 2026</td></tr>
<tr><td>Livraison estimée</td><td>du 14 au 16 décembre 2026</td></tr>
</table>
<p>Merci pour votre patience,<br>Julien Marchand<br>Atelier Lumière – Lyon</p>""",
"574-8830412-0067351", [], "Clean builder-style HTML delay notice with a plain table.")

# 3
_m("order-problem", "text", "[Important] Commande 574-1459902-3384610 – article indisponible",
"""Bonjour Monsieur Girard,

Mauvaise nouvelle : la théière en fonte « Tetsubin 0,8 L » de votre commande 574-1459902-3384610 n'est plus disponible chez notre fournisseur et nous ne pourrons pas l'expédier.

Nous avons donc ajusté le montant de votre commande : les 42,90 € correspondant à cet article ont été déduits, avec le motif « rupture de stock ». Le remboursement apparaîtra sous 3 à 5 jours ouvrés selon votre banque.

Nous sommes sincèrement désolés.

Léa Nguyen
La Cave à Thé, Bordeaux""", "574-1459902-3384610", [],
"Clean order problem confirming the amount adjustment, with [Important] allowed on this type.")

# 4
_m("additional-information", "text", "Taille de bague manquante – commande 574-6620175-9913048",
"""Bonjour Camille,

Merci pour votre commande 574-6620175-9913048. Pour la bague « Fil d'argent » martelée, aucune taille n'a été indiquée dans les options, et nous la façonnons à la demande.

Pourriez-vous nous donner votre tour de doigt (en mm) ou la taille française (de 48 à 62) ? Dès réception, la bague part à l'atelier.

Belle journée,
Anaïs – Bijoux Anaïs M., Nantes""", "574-6620175-9913048", [], "Clean request for information needed to complete the order (ring size).")

# 5
_m("return-follow-up", "text", "Votre demande de retour – poêle 28 cm (574-3308841-2270596)",
"""Bonjour Monsieur Perrin,

Nous avons bien pris connaissance de votre demande de retour pour la poêle en acier 28 cm (commande 574-3308841-2270596), au motif d'une rayure sur le manche.

Si la poêle vous convient par ailleurs, nous pouvons vous proposer un remboursement partiel de 12,00 € et vous la gardez. Si vous préférez le retour complet, aucun problème : il suffit de nous le dire et la procédure suit son cours.

Cordialement,
Thomas Roux
Ustensiles Roux & Fils""", "574-3308841-2270596", [], "Clean return follow-up offering a partial refund.")

# 6
_m("return-follow-up", "html", "Retour commande 574-9027714-4481305 : une précision",
"""<p>Bonjour,</p>
<p>Pour finaliser le retour de l'aspirateur balai <strong>Vortex S9</strong> (commande 574-9027714-4481305), il nous manque une information : le numéro de série inscrit sous le bloc moteur, qui commence par les lettres VX.</p>
<p>Pourriez-vous nous l'indiquer en réponse ? Sans lui, le fabricant refuse la reprise.</p>
<p>Merci d'avance,<br>Le service après-vente<br>ÉlectroMaison Direct</p>""",
"574-9027714-4481305", [], "Clean return follow-up asking for information needed to complete the return.")

# 7
_m("invoice", "text", "Facture FA/2026/12/0318 – commande 574-5512093-7760214",
"""Bonjour,

Veuillez trouver ci-joint la facture n° FA/2026/12/0318 correspondant à votre commande 574-5512093-7760214 du 2 décembre 2026.

Montant HT : 158,25 €
TVA 20 % : 31,65 €
Total TTC : 189,90 €

Vélo Pièces Express SARL – 14 rue des Tanneurs, 67000 Strasbourg
SIRET 812 345 678 00021 – RCS Strasbourg 812 345 678
N° TVA intracommunautaire : FR47 812345678

Bonne route,
Marc Schaller
Comptabilité""", "574-5512093-7760214", [], "Clean invoice with SIRET, RCS, VAT number and a slashed invoice number.")

# 8
_m("review-request", "text", "Votre avis sur votre commande 574-4471260-1835092",
"""Bonjour Madame Da Silva,

Votre coussin de méditation en sarrasin (commande 574-4471260-1835092) est arrivé il y a une semaine. Le temps de l'apprivoiser, vous avez sans doute une idée plus précise de ce qu'il vaut.

Si vous avez deux minutes, un avis sur Amazon, quel qu'il soit, aide les autres acheteurs à se décider et nous aide à nous améliorer.

Merci et à bientôt peut-être,
Hélène, de Zafu & Co""", "574-4471260-1835092", [], "Clean neutral review request in plain text.")

# 9
_m("review-request", "html", "Commande 574-7093318-6652047 – qu'en pensez-vous ?",
"""<p><img src="https://m.media-amazon.com/images/S/abis-seller/brasserie-du-vieux-port-logo.png" alt="Logo Brasserie du Vieux-Port" width="140"></p>
<p>Bonjour,</p>
<p>Votre coffret de bières de la commande 574-7093318-6652047 vous a été livré récemment. Nous serions curieux de savoir ce que vous en avez pensé.</p>
<p>Vous pouvez laisser votre évaluation ici : <a href="https://www.amazon.fr/review/review-your-purchases/?asin=B0CX7Q2M41">donner mon avis sur le coffret sur Amazon</a>.</p>
<p>Santé,<br>L'équipe de la Brasserie du Vieux-Port, Marseille</p>""",
"574-7093318-6652047", [], "Clean HTML review request with shop logo (alt names shop) and a descriptive https Amazon link.")

# 10
_m("delivery-scheduling", "text", "Livraison de votre armoire – commande 574-2864501-0349978",
"""Bonjour Monsieur et Madame Benali,

Votre armoire « Norma » 3 portes (commande 574-2864501-0349978, 2 colis, 118 kg au total) sera livrée par notre transporteur spécialisé, au pied de l'immeuble ou dans la pièce de votre choix.

Voici les créneaux disponibles :
– jeudi 17/12 de 8 h à 12 h
– vendredi 18/12 de 13 h à 17 h
– lundi 21/12 de 8 h à 12 h

Merci de nous indiquer celui qui vous arrange, ainsi que l'étage et la présence ou non d'un ascenseur.

Cordialement,
Service logistique – Meubles Loiret""", "574-2864501-0349978", [], "Clean scheduling of a bulky delivery with dates and time slots.")

# 11
_m("home-service-appointment", "html", "Pose de votre lave-vaisselle – rendez-vous (574-8150962-4427731)",
"""<p>Bonjour Madame Carpentier,</p>
<p>Suite à votre commande <strong>574-8150962-4427731</strong> (lave-vaisselle encastrable + prestation de pose), notre technicien peut intervenir aux dates suivantes :</p>
<ul>
<li>mercredi 16 décembre, entre 9 h 00 et 11 h 00</li>
<li>mercredi 16 décembre, entre 14 h 00 et 16 h 00</li>
<li>samedi 19 décembre, entre 10 h 00 et 12 h 00</li>
</ul>
<p>Prévoyez un accès dégagé à l'arrivée d'eau et à la prise. L'intervention dure environ 1 h 30.</p>
<p>Bien à vous,<br>Karim Haddad, coordination des poses<br>Pose Express Île-de-France</p>""",
"574-8150962-4427731", [], "Clean home-service appointment with dates and time slots.")

# 12
_m("custom-design-verification", "text", "BAT de votre mug personnalisé – 574-3972286-5108843",
"""Bonjour Inès,

Vous trouverez en pièce jointe le bon à tirer (BAT) de votre mug personnalisé, commande 574-3972286-5108843 : prénom « Margaux » en lettres cursives, petite couronne au-dessus, impression noire sur fond blanc.

Merci de vérifier l'orthographe et la position. Si tout est bon, répondez « BAT validé » et nous lançons l'impression ; sinon, dites-nous simplement ce qu'il faut changer.

À très vite,
Sophie
Tasses & Cie – atelier de personnalisation""", "574-3972286-5108843", [], "Clean custom design verification with a proof attachment.")

# 13
_m("fulfillment-question", "text", "Code d'accès pour la livraison – 574-6681037-2259410",
"""Bonjour,

Pour pouvoir livrer votre commande 574-6681037-2259410 (réf. livraison LV-2026-88412, dossier transporteur 4471-B), le livreur aura besoin d'entrer dans la résidence, qui est fermée par un portail.

Pourriez-vous nous communiquer le code du portail et, si besoin, le numéro du bâtiment ? Nous transmettrons l'information avec votre dossier.

Merci,
Nicolas, service expéditions
Le Grenier à Jeux""", "574-6681037-2259410", [], "Clean question for the door code, with reference numbers that are not phone numbers.")

# 14
_m("reply", "text", "RE: Question sur le plaid (574-1207754-9036681)",
"""Bonjour Madame Fontaine,

Oui, le « Cozy Knit Throw Blanket – Oatmeal » que vous avez commandé (574-1207754-9036681) passe en machine à 30 °C, cycle laine, et ne doit pas aller au sèche-linge. Le nom est en anglais parce que la collection vient de notre fournisseur irlandais, mais la notice jointe au colis est bien en français.

Bonne soirée,
Margot – Nordic Nest Maison""", "574-1207754-9036681", [], "Clean reply quoting an English product title inside French sentences.")

# 15
_m("reply", "text", "Re: panne de la machine à café – commande 574-2259360-8814072",
"""Bonjour Monsieur Lambert,

Désolé d'apprendre que votre machine expresso ne chauffe plus. Elle est encore sous garantie constructeur (2 ans, commande 574-2259360-8814072 du 3 octobre 2026).

Le plus rapide est de contacter directement l'assistance du fabricant : ligne garantie du fabricant Caffèria : 09 70 82 14 55 (du lundi au vendredi, 9 h – 18 h). Munissez-vous du numéro de série inscrit sous le réservoir.

Si la prise en charge traîne, revenez vers nous par ce fil de messages.

Cordialement,
Pierre Morel
Espresso Shop France""", "574-2259360-8814072", [], "Clean reply giving the manufacturer's warranty line, marked as such.")

# 16
_m("reply", "html", "Re: Délai de remboursement (574-4418625-3370901)",
"""<p>Bonjour,</p>
<p>Le remboursement de votre commande 574-4418625-3370901 a été lancé le 4 décembre. Selon les banques, il faut compter 3 à 7 jours ouvrés pour le voir apparaître.</p>
<p>Bonne journée,<br>Aurélie Dubreuil, relation clients</p>
<p><small>Jardins de Provence SAS – au capital de 20 000 € – 215 chemin des Oliviers, 84000 Avignon – SIRET 904 217 330 00018 – RCS Avignon 904 217 330 – TVA FR19 904217330</small></p>""",
"574-4418625-3370901", [], "Clean reply with a company-details footer (SIRET, RCS, VAT).")

# 17
_m("reply", "text", "Re: Mon retour est-il arrivé ? – 574-7736148-0152269",
"""Bonjour Monsieur Aubert,

Oui, votre colis retour (numéro de suivi 6A21984730552, autorisation de retour RET-2026-1187) est arrivé à notre entrepôt le 2 décembre à 10 h 42.

Après contrôle, nous avons remboursé 64,80 € le 3 décembre sur la commande 574-7736148-0152269 ; les frais de retour de 5,90 € restent offerts.

Bien cordialement,
Service clients Chaussures Bastide""", "574-7736148-0152269", [], "Clean reply with tracking and return numbers, dates, times and amounts.")

# 18
_m("fulfillment-question", "text", "Votre commande 574-0913352-6647180 est en route",
"""Bonjour,

Bonne nouvelle : votre colis a quitté notre entrepôt de Villepinte ce matin et a été remis à Colissimo. Commande concernée : 574-0913352-6647180.

Bonne réception !
L'équipe Kiosque Déco""", "574-0913352-6647180", ["BSM201"], "Shipping confirmation: parcel left the warehouse and was handed to the carrier.")

# 19
_m("fulfillment-question", "html", "Commande 574-5547023-9081164 bien reçue",
"""<p>Bonjour Madame Rey,</p>
<p>Nous avons bien reçu votre commande n° 574-5547023-9081164 et notre équipe est déjà en train de la préparer avec soin.</p>
<p>À bientôt,<br>Savonnerie des Alpilles</p>""",
"574-5547023-9081164", ["BSM201"], "Order confirmation: order received and being prepared.")

# 20
_m("reply", "text", "Merci ! – 574-3391406-7728513",
"""Bonjour Julie,

Un grand merci pour votre achat (commande 574-3391406-7728513), ça nous fait vraiment plaisir.

Toute l'équipe de Papeterie Pigment""", "574-3391406-7728513", ["BSM202"], "Thanks-only message.")

# 21
_m("fulfillment-question", "text", "Commande 574-6204571-1185937",
"""Bonjour Monsieur Lemaire,

Concernant votre commande 574-6204571-1185937 : sachez simplement que nous restons à votre entière disposition si la moindre question se présente.

Cordialement,
Outillage Lemoine""", "574-6204571-1185937", ["BSM202"], "Only an offer to help if anything comes up.")

# 22
_m("delivery-delay", "text", "Retard – commande 574-8475290-3316058",
"""Bonjour,

Votre sac à dos « Randonneur 30 L » (commande 574-8475290-3316058) sera expédié avec deux jours de retard, le 12 décembre au lieu du 10, à cause d'un réassort tardif.

Désolés pour l'attente.

Matthieu, Altitude Outdoor

P.S. Pour nous faire pardonner : -20 % sur toute la boutique jusqu'au 31 décembre avec le code NEIGE20.""", "574-8475290-3316058", ["BSM203"], "Permitted delay notice with a promotional P.S. (20 % off the whole shop).")

# 23
_m("review-request", "html", "Votre avis compte – commande 574-2718064-5520739",
"""<p>Bonjour,</p>
<p>Votre bougie parfumée (commande 574-2718064-5520739) a dû arriver il y a quelques jours. Si vous avez un moment, laissez-nous une évaluation sur Amazon, cela aide beaucoup les autres clients.</p>
<p>Et pour ne rien manquer : suivez-nous sur Instagram et inscrivez-vous à notre lettre d'information, notre nouvelle collection d'hiver « Sapin givré » sort la semaine prochaine.</p>
<p>Chaleureusement,<br>Lumières de Lou</p>""",
"574-2718064-5520739", ["BSM203"], "Follow us, newsletter and new collection inside a review request.")

# 24
_m("review-request", "text", "Un petit mot sur votre commande 574-9351287-0644816 ?",
"""Bonjour Madame Petit,

Nous espérons que la gourde isotherme (commande 574-9351287-0644816) vous accompagne bien au quotidien.

Si vous prenez le temps de laisser un avis sur Amazon, envoyez-nous simplement la capture une fois l'avis publié : nous vous ferons parvenir un petit cadeau de remerciement.

Merci beaucoup,
Élodie – Gourdes Éloïse""", "574-9351287-0644816", ["BSM204"], "A small gift once the review is published.")

# 25
_m("review-request", "text", "Commande 574-1684930-7215548 – votre avis",
"""Bonjour,

Petite proposition concernant votre commande 574-1684930-7215548 (chargeur sans fil 15 W) : dès que votre évaluation est en ligne sur Amazon, nous vous remboursons l'intégralité de l'achat. Il suffit de nous répondre avec le lien de l'avis.

Cordialement,
TechAccess FR""", "574-1684930-7215548", ["BSM204"], "Full refund as soon as the review is online.")

# 26
_m("reply", "text", "Re: Votre évaluation – commande 574-4029675-8836103",
"""Bonjour Monsieur Caron,

Nous avons vu votre évaluation à une étoile concernant la lampe frontale (commande 574-4029675-8836103). Depuis, nous avons trouvé ensemble une solution par messagerie et nous espérons que le problème est réglé.

Serait-il possible, si vous le jugez juste, de mettre à jour votre commentaire, voire de le retirer ?

Merci d'avance,
Vincent, TrekLight""", "574-4029675-8836103", ["BSM205"], "Asks to update or remove a one-star review.")

# 27
_m("review-request", "html", "Alors, ce tapis de yoga ? (574-7512846-3098524)",
"""<p>Bonjour,</p>
<p>Si vous êtes content de votre tapis de yoga (commande 574-7512846-3098524), un petit avis sur Amazon nous ferait très plaisir.</p>
<p>Et si quelque chose ne va pas, pas la peine de l'écrire là-bas : écrivez-nous plutôt ici, on s'arrange entre nous.</p>
<p>Namasté,<br>Studio Asana Shop</p>""",
"574-7512846-3098524", ["BSM206"], "Review only if satisfied; unhappy buyers steered to contact the seller instead.")

# 28
_m("review-request", "text", "Commande 574-3867019-2401735 – 5 étoiles ?",
"""Bonjour Madame Robin,

Votre kit de couture est arrivé, nous espérons qu'il vous plaît (commande 574-3867019-2401735).

Nous sommes une toute petite entreprise familiale : si vous pouviez nous laisser 5 étoiles sur Amazon, ce serait un énorme coup de pouce.

Merci !
Mercerie Fil Rouge""", "574-3867019-2401735", ["BSM206"], "Asks for a five-star rating.")

# 29
_m("order-problem", "text", "Commande 574-6093471-5579862 : article en rupture",
"""Bonjour Monsieur Fabre,

Le disque dur externe 2 To de votre commande 574-6093471-5579862 est en rupture chez notre grossiste et ne pourra pas être envoyé. Le montant de la commande a été ajusté en conséquence (motif : rupture de stock).

Pour que tout soit clôturé au plus vite, le plus simple reste que vous demandiez vous-même l'annulation depuis votre compte Amazon, rubrique « Vos commandes ».

Cordialement,
InfoStock Distribution""", "574-6093471-5579862", ["BSM108"], "Out of stock, amount adjusted, but advises the buyer to cancel themselves.")

# 30
_m("order-problem", "text", "Votre commande 574-2541806-3364917",
"""Bonjour,

Nous sommes au regret de vous informer que la paire de bottines en taille 39 commandée (574-2541806-3364917) n'est malheureusement plus en stock.

Nous vous serions reconnaissants de bien vouloir déposer une demande d'annulation de la commande ; cela nous permettra de clore le dossier rapidement.

Avec nos excuses,
Chaussures Bastide""", "574-2541806-3364917", ["BSM107", "BSM108"], "Asks the buyer to request cancellation and never confirms an adjustment.")

# 31
_m("delivery-delay", "text", "Décalage d'expédition – commande 574-8806352-1947730",
"""Bonjour,

Votre commande 574-8806352-1947730 (set de 6 verres à vin soufflés bouche) sera expédiée le 14 décembre au lieu du 9, le temps que le verrier termine la série.

Merci de votre compréhension.

Verrerie d'Art Kessler

Vous ne souhaitez plus recevoir nos messages ? Répondez STOP à cet e-mail.""", "574-8806352-1947730", ["BSM305"], "Delay notice with a 'reply STOP' opt-out line.")

# 32
_m("reply", "text", "Re: Colis abîmé – 574-5170284-6623091",
"""Bonjour,

Oui, on a vu les photos. Putain, ce transporteur nous fait le coup pour la troisième fois cette semaine, c'est vraiment n'importe quoi.

Pour la commande 574-5170284-6623091, dites-nous si vous préférez un cadre neuf ou un remboursement ; pas besoin de retourner l'ancien.

Fred, Cadres & Moulures""", "574-5170284-6623091", ["BSM306"], "Reply containing French profanity.")

# 33
_m("delivery-delay", "text", "Order 574-0387629-4412856 – shipping delay",
"""Hello,

We are sorry to let you know that your order 574-0387629-4412856 (ceramic planter set, terracotta) will ship a few days later than expected. The new dispatch date is 16 December.

Thank you for your patience.

Kind regards,
Terre & Pots Customer Care""", "574-0387629-4412856", ["BSM104"], "Delay notice written in English to a French buyer.")

# 34
_m("reply", "text", "Re: Montage de l'étagère – 574-7225418-0093367",
"""Bonjour Madame Leroy,

Pour les vis manquantes de l'étagère murale (commande 574-7225418-0093367), le plus simple est de m'appeler directement au 06 42 17 88 35, je vous explique par téléphone quelles références il vous faut.

Bonne journée,
Bastien, Atelier Bois Flotté""", "574-7225418-0093367", ["BSM309"], "Seller's mobile number in French national format.")

# 35
_m("reply", "html", "Re: Question sur la livraison en Belgique (574-3640951-7758214)",
"""<p>Bonjour Monsieur Dupont,</p>
<p>Pour votre commande 574-3640951-7758214, n'hésitez pas à joindre notre service clients au +33 4 78 62 19 40, nous vous expliquerons les options de livraison vers Liège.</p>
<p>Cordialement,<br>Cuisine &amp; Lames Lyon</p>""",
"574-3640951-7758214", ["BSM309"], "Seller's phone number in international format, to a Belgian buyer.", locale="fr-BE")

# 36
_m("reply", "text", "Re: Facture au nom de l'entreprise – 574-9182673-2205549",
"""Bonjour,

Pour la facture au nom de votre société (commande 574-9182673-2205549), le plus simple est d'écrire à notre comptable à compta@papeterie-pigment.fr en précisant la raison sociale et le numéro de TVA.

Cordialement,
Papeterie Pigment""", "574-9182673-2205549", ["BSM308"], "Plain email address in a reply.")

# 37
_m("reply", "text", "Re: Photos du défaut – 574-1559204-8061723",
"""Bonjour Madame Marchal,

Vos photos ne passent pas par la messagerie ? Envoyez-les plutôt à sav arobase literie-dumont point fr, en rappelant la commande 574-1559204-8061723.

Merci,
Service après-vente Literie Dumont""", "574-1559204-8061723", ["BSM308"], "Obfuscated email address written with 'arobase' and 'point'.")

# 38
_m("reply", "html", "Re: Entretien du couteau – 574-6328870-4417095",
"""<p>Bonjour,</p>
<p>Pour l'entretien de votre couteau en acier carbone (commande 574-6328870-4417095), nous avons rédigé un guide complet : <a href="https://www.cuisine-et-lames.fr/conseils/entretien-acier-carbone">notre guide d'entretien de l'acier carbone</a>.</p>
<p>Bonne cuisine,<br>Cuisine &amp; Lames Lyon</p>""",
"574-6328870-4417095", ["BSM302"], "Descriptive https link to the seller's own site, not needed for the order.")

# 39
_m("return-follow-up", "html", "Retour – commande 574-4786015-2239804",
"""<p>Bonjour,</p>
<p>Pour finaliser le retour de la commande 574-4786015-2239804, merci de nous préciser si l'article est encore dans son emballage d'origine.</p>
<p>Vous pouvez aussi suivre l'avancement depuis <a href="http://www.amazon.fr/gp/css/order-history">votre historique de commandes Amazon</a>.</p>
<p>Cordialement,<br>Maison Tissage</p>""",
"574-4786015-2239804", ["BSM301"], "Insecure http link to Amazon with descriptive text.")

# 40
_m("delivery-delay", "html", "Votre théière arrive un peu plus tard – 574-2093348-6715520",
"""<p>Bonjour,</p>
<p>La théière en céramique émaillée de votre commande 574-2093348-6715520 sera expédiée le 15 décembre, le four de notre céramiste ayant dû être réparé.</p>
<p><img src="https://m.media-amazon.com/images/I/theiere-ceramique-emaillee-bleue.jpg" alt="Théière en céramique émaillée bleue" width="200"></p>
<p>Merci pour votre patience,<br>La Cave à Thé</p>""",
"574-2093348-6715520", ["BSM310"], "Photo of the purchased product in a delay notice.")

# 41
_m("review-request", "html", "Commande 574-8649027-1173386 – votre avis",
"""<p><img src="https://m.media-amazon.com/images/S/stock/plage-coucher-de-soleil.jpg" alt="Plage au coucher du soleil" width="300"></p>
<p>Bonjour,</p>
<p>Votre paréo de la commande 574-8649027-1173386 est arrivé il y a une semaine. Un avis sur Amazon nous aiderait, et aiderait les prochains acheteurs.</p>
<p>Bonne journée,<br>Riviera Textiles</p>""",
"574-8649027-1173386", ["BSM311"], "Unrelated stock image (a beach at sunset).")

# 42
_m("invoice", "html", "Votre facture – commande 574-3015786-9940621",
"""<p><img src="https://m.media-amazon.com/images/S/abis-seller/savonnerie-des-alpilles-logo.png" width="120"></p>
<p>Bonjour,</p>
<p>Vous trouverez ci-joint la facture n° 2026-1204 de votre commande 574-3015786-9940621.</p>
<p>Savonnerie des Alpilles</p>""",
"574-3015786-9940621", ["BSM402"], "Shop logo image with no alt attribute.")

# 43
_m("delivery-scheduling", "text", "Livraison du canapé – commande 574-6570431-2086195",
"""Bonjour Madame Simon,

Votre canapé d'angle (commande 574-6570431-2086195) peut être livré lundi 14/12 entre 8 h et 13 h ou mardi 15/12 entre 13 h et 18 h. Lequel vous arrange ? 🛋️

Service livraison – Salon Confort""", "574-6570431-2086195", ["BSM403"], "Emoji in a delivery-scheduling message.")

# 44
_m("reply", "text", "Re: taille du pull – 574-9734206-5518842",
"""Coucou Manon,

Pas de souci, l'échange en taille M est possible pour la commande 574-9734206-5518842, il suffit de lancer le retour depuis votre compte Amazon ;-)

Belle journée,
Léonie – Tricots de Léonie""", "574-9734206-5518842", ["BSM403"], "Text emoticon in a reply.")

# 45
_m("delivery-delay", "html", "Nouvelle date d'envoi – 574-1820693-4467019",
"""<style>
.titre { font-size: 22px; }
.texte { font-size: 15px; }
.detail { font-size: 13px; }
.mention { font-size: 10px; }
</style>
<p class="titre">Votre commande prend un peu de retard</p>
<p class="texte">Bonjour, la commande 574-1820693-4467019 sera expédiée le 18 décembre au lieu du 12.</p>
<p class="detail">Motif : réassort fournisseur retardé.</p>
<p class="mention">Pochettes &amp; Co – Toulouse</p>""",
"574-1820693-4467019", ["BSM410"], "Four explicit font sizes in a style block.")

# 46
_m("additional-information", "text", "Adresse incomplète – commande 574-5208417-3390658",
"""Bonjour,

L'adresse de livraison de la commande 574-5208417-3390658 ne comporte pas de numéro de rue.


Pourriez-vous nous l'indiquer ? Sans cela, le transporteur refusera le colis.



Merci,
Le Grenier à Jeux""", "574-5208417-3390658", ["BSM412"], "Runs of blank lines in plain text.")

# 47
_m("review-request", "text", "[Important] Votre avis sur la commande 574-7461530-8824107",
"""Bonjour,

Votre presse-agrumes (commande 574-7461530-8824107) vous a été livré il y a dix jours. Si vous avez un instant, vous pouvez partager votre expérience sous forme d'avis sur Amazon.

Merci,
Cuisine & Lames Lyon""", "574-7461530-8824107", ["BSM110"], "[Important] tag on a review request.")

# 48
_m("review-request", "html", "Commande 574-0652378-9173344 : un avis ?",
"""<p>Bonjour,</p>
<p>Votre guirlande lumineuse (commande 574-0652378-9173344) a été livrée la semaine dernière. Pour laisser un avis, <a href="https://www.amazon.fr/review/review-your-purchases/?asin=B0D1LK8Z3F">cliquez ici</a>.</p>
<p>Merci,<br>Lumières de Lou</p>""",
"574-0652378-9173344", ["BSM401"], "Link text 'cliquez ici'.")

# 49
_m("delivery-delay", "html", "Retard de préparation – 574-3194806-5720481",
"""<div style="font-family: Georgia, serif; line-height: 1.8; color: #4a3b2c; text-align: justify;">
<p>Bonjour Madame Hubert,</p>
<p>Votre commande 574-3194806-5720481 (nappe brodée 160 x 250) sera expédiée le 17 décembre au lieu du 11 : la broderie de la bordure demande quelques jours de plus.</p>
<p>Avec toutes nos excuses,<br>Broderies d'Alsace</p>
</div>""",
"574-3194806-5720481", ["BSM407", "BSM408", "BSM409", "BSM411"], "Builder wrapper setting font family, line height, colour and justified alignment.")

# 50
_m("delivery-delay", "text", "Votre commande – léger retard",
"""Bonjour,

Votre commande n° 57494820317266054 (cafetière italienne 6 tasses) sera expédiée avec trois jours de retard, le 15 décembre.

Merci de votre compréhension,
Espresso Shop France""", "574-9482031-7266054", ["BSM102"], "Order number written without hyphens only, so no valid order number.")

MESSAGES = []
for _i, _r in enumerate(_R, 1):
    _d = {"id": "v26-fr-%03d" % _i}
    _d.update(_r)
    MESSAGES.append({k: _d[k] for k in ("id", "language", "locale", "type", "format", "subject", "body", "order_id", "expected", "note")})
