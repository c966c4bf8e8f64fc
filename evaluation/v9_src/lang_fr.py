"""v9 blind evaluation set, French (fr-FR)."""
import random

_r = random.Random(405)
O = []
while len(O) < 50:
    o = "405-%07d-%07d" % (_r.randrange(10**7), _r.randrange(10**7))
    if o not in O:
        O.append(o)


def m(n, type_, fmt, subject, body, expected, note):
    o = O[n - 1]
    return {"id": "v9-fr-%03d" % n, "language": "fr", "locale": "fr-FR", "type": type_,
            "format": fmt, "subject": subject.replace("{o}", o), "body": body.replace("{o}", o),
            "order_id": o, "expected": sorted(expected), "note": note}


LOGO = '<img src="https://m.media-amazon.com/images/G/08/sellers/atelier-sabline-logo.png" alt="Logo Atelier Sabline" width="160">'

MESSAGES = [
# ---------------- clean (1-17) ----------------
m(1, "delivery-delay", "text", "Votre commande {o} : léger retard",
"""Bonjour Madame Perrin,

Votre théière en fonte « Kyoto 1,2 L » (commande {o}) ne pourra pas partir avant le mardi 15 décembre : notre fournisseur nous a livré le lot avec une semaine de décalage.

La nouvelle date de livraison estimée est le jeudi 17 ou le vendredi 18 décembre.
Toutes nos excuses pour ce contretemps.

Bien cordialement,
Hélène Vasseur
La Maison du Thé Vasseur""", [], "Clean plain-text delivery delay with a new date."),

m(2, "delivery-delay", "html", "Commande {o} – nouvelle date d'expédition",
"""<p>Bonjour Monsieur Garnier,</p>
<p>Les coussins en lin lavé que vous avez commandés (commande n° <b>{o}</b>) sont encore à l'atelier de confection : le tissu « Sauge » a été réassorti plus tard que prévu.</p>
<table cellpadding="4">
<tr><td>Expédition prévue</td><td>lundi 14/12/2026</td></tr>
<tr><td>Livraison estimée</td><td>entre le 16 et le 18/12/2026</td></tr>
</table>
<p>Nous vous prions de bien vouloir nous excuser pour ce délai supplémentaire.</p>
<p>Camille Roux<br>Service clients – Lin &amp; Sauge</p>""", [], "Clean HTML delivery delay with a small table of dates."),

m(3, "order-problem", "text", "[Important] Commande {o} : article indisponible",
"""Bonjour,

Nous sommes au regret de vous informer que le sac à dos « Trek 28 L » gris anthracite de votre commande {o} n'est plus disponible : le dernier exemplaire en stock s'est révélé abîmé lors du contrôle qualité.

Nous avons donc ajusté le montant total de votre commande dans Seller Central (motif : rupture de stock). Le remboursement intégral de 64,90 € apparaîtra sur votre moyen de paiement sous 3 à 5 jours ouvrés.

Veuillez nous excuser pour la gêne occasionnée.

L'équipe Altitude Outdoor""", [], "Clean order problem with [Important] subject and the amount adjusted."),

m(4, "additional-information", "text", "Gravure de votre bracelet – commande {o}",
"""Bonjour Julien,

Pour lancer la gravure du bracelet jonc commandé sous le n° {o}, il nous manque le texte à graver : la case « personnalisation » est arrivée vide chez nous.

Pourriez-vous nous indiquer le prénom ou la date souhaités (20 caractères maximum) ? Dès votre réponse, la pièce part en atelier.

Merci d'avance,
Margaux – Bijoux Éclats de Loire""", [], "Clean request for information needed to complete a custom order."),

m(5, "return-follow-up", "text", "Votre demande de retour – commande {o}",
"""Bonjour Madame Lefèvre,

Nous avons bien lu votre demande de retour concernant la lampe « Opaline » (commande {o}) dont l'abat-jour présente une petite éraflure.

Plutôt qu'un retour, nous pouvons vous proposer un remboursement partiel de 15,00 € si vous préférez conserver la lampe. Si cette solution vous convient, répondez simplement « d'accord » à ce message et nous procéderons au remboursement ; sinon, le retour suit son cours normal.

Cordialement,
Thomas Brun
Luminaires Brun & Fils""", [], "Clean return follow-up offering a partial refund."),

m(6, "return-follow-up", "html", "Retour commande {o} : une précision",
"""<p>Bonjour,</p>
<p>Votre retour du robot pâtissier (commande {o}) est en cours de traitement. Afin de le finaliser, pourriez-vous nous préciser&nbsp;:</p>
<ul>
<li>si le bol inox et le fouet sont bien inclus dans le colis&nbsp;;</li>
<li>le motif exact du retour (panne, rétractation, autre).</li>
</ul>
<p>Ces informations nous permettent de clôturer le dossier sans délai.</p>
<p>Bien à vous,<br>Nadia<br><small>Électroménager Deschamps SARL</small></p>""", [], "Clean HTML return follow-up asking for information to complete the return."),

m(7, "invoice", "text", "Facture FA/2026/12/0458 – commande {o}",
"""Bonjour,

Veuillez trouver ci-joint la facture FA/2026/12/0458 correspondant à votre commande {o} du 02/12/2026.

Montant HT : 208,25 €
TVA 20 % : 41,65 €
Montant TTC : 249,90 €

Bureautique Martel SAS – capital social 20 000 €
12 rue des Tanneurs, 69002 Lyon
SIRET 812 345 678 00024 – RCS Lyon B 812 345 678
N° TVA intracommunautaire : FR47 812345678

Cordialement,
Service comptabilité""", [], "Clean invoice with SIRET, RCS, VAT number and a slashed invoice number."),

m(8, "review-request", "text", "Votre avis sur la commande {o}",
"""Bonjour,

Vous avez reçu il y a quelques jours votre set de couteaux de cuisine (commande {o}). Votre retour d'expérience, quel qu'il soit, aide les autres clients à faire leur choix.

Si vous en avez l'occasion, vous pouvez laisser un commentaire sur la fiche produit depuis la rubrique « Vos commandes » de votre compte Amazon.

Merci pour votre temps,
Coutellerie Vernet""", [], "Clean neutral plain-text review request."),

m(9, "review-request", "html", "Commande {o} : qu'en avez-vous pensé ?",
LOGO + """
<p>Bonjour Madame Faure,</p>
<p>Votre plaid en laine mérinos (commande {o}) est arrivé il y a une semaine. Nous serions reconnaissants de connaître votre avis, positif comme négatif&nbsp;: il nous aide à améliorer nos tissages.</p>
<p><a href="https://www.amazon.fr/review/review-your-purchases?orderId={o}">Donner mon avis sur Amazon.fr</a></p>
<p>Sabine Morel<br>Atelier Sabline</p>""", [], "Clean HTML review request with alt-texted shop logo and descriptive https Amazon link."),

m(10, "delivery-scheduling", "text", "Livraison de votre armoire – commande {o}",
"""Bonjour Monsieur Aubert,

Votre armoire « Normandie » (2 colis, 96 kg au total, commande {o}) doit être livrée par notre transporteur spécialisé, avec prise de rendez-vous.

Voici les créneaux disponibles :
- mardi 15 décembre, 8h-12h
- mercredi 16 décembre, 13h30-17h30
- samedi 19 décembre, 9h-13h

Merci de nous indiquer le créneau qui vous arrange, ainsi que l'étage et la présence éventuelle d'un ascenseur.

Bonne journée,
Lucas – Meubles Chêne & Co""", [], "Clean bulky-item delivery scheduling with dates and time slots."),

m(11, "home-service-appointment", "text", "Installation de votre lave-vaisselle (commande {o})",
"""Bonjour,

Vous avez choisi la pose de votre lave-vaisselle avec votre commande {o}. Notre technicien intervient sur Toulouse et sa périphérie les lundis et jeudis.

Disponibilités proposées :
jeudi 10/12 entre 14h00 et 16h00
lundi 14/12 entre 9h00 et 11h00

Pensez à dégager l'accès à l'arrivée d'eau avant son passage. Indiquez-nous simplement la date retenue en réponse.

Cordialement,
Services Techniques Occitanie""", [], "Clean home-service appointment proposal with two slots."),

m(12, "custom-design-verification", "text", "BAT de votre faire-part – commande {o}",
"""Bonjour Claire et Antoine,

Vous trouverez en pièce jointe le bon à tirer (BAT) de vos faire-part de mariage, commande {o} : format 14 x 14 cm, papier coton 350 g, texte doré à chaud.

Merci de vérifier attentivement l'orthographe des prénoms, la date (samedi 12 juin 2027) et l'adresse de la mairie. Sans correction de votre part, nous ne pouvons pas lancer l'impression : une simple réponse « BAT validé » suffit.

À très bientôt,
Papeterie Les Jolis Mots""", [], "Clean custom design proof verification."),

m(13, "fulfillment-question", "text", "Code d'accès pour la livraison – commande {o}",
"""Bonjour,

La livraison de votre commande {o} (réf. transporteur LIV-2026-88140, créneau du vendredi 11/12 entre 8h et 13h) se fait à domicile contre signature.

Votre adresse indique une résidence fermée, mais aucun digicode n'a été saisi. Pourriez-vous nous communiquer le code de la porte d'entrée et le numéro de bâtiment, afin que le livreur puisse accéder à votre appartement ?

Merci,
Gaëlle, Vinothèque du Sud-Ouest""", [], "Clean door-code question with reference numbers."),

m(14, "reply", "text", "Re: Question sur « Bamboo Cutting Board Set – Large » (commande {o})",
"""Bonjour Monsieur Giraud,

Pour répondre à votre question : les planches du « Bamboo Cutting Board Set – Large » sont en bambou massif et ne passent pas au lave-vaisselle. Un lavage à l'eau tiède puis un séchage à plat suffisent ; une fois par mois, un peu d'huile alimentaire les protège.

La mention « Green Kitchen Co. » gravée au dos est la marque du fabricant, nous en sommes le distributeur pour la France.

Bien cordialement,
Éric – Cuisine & Bois (commande {o})""", [], "Clean reply quoting an English product title and brand."),

m(15, "reply", "text", "Re: Cafetière en panne – commande {o}",
"""Bonjour Madame Chevalier,

Nous sommes désolés d'apprendre que votre cafetière Kalor Expresso 15 ne chauffe plus, trois mois après l'achat (commande {o}).

L'appareil est couvert par la garantie constructeur de deux ans. Le plus rapide est de contacter directement le service garantie du fabricant Kalor au 0 800 94 12 35 (ligne garantie fabricant, appel gratuit, du lundi au vendredi de 9h à 18h) : ils organisent l'enlèvement et la réparation.

Cordialement,
Arthur Lemoine
Maison & Café""", [], "Clean reply giving the manufacturer's warranty hotline, marked as such."),

m(16, "reply", "html", "Re: Demande de coordonnées – commande {o}",
"""<p>Bonjour,</p>
<p>Suite à votre message concernant la commande {o}, voici les informations légales de notre société, que vous pourrez reporter sur votre note de frais&nbsp;:</p>
<p>Merci pour votre confiance.</p>
<p>Frédéric Lambert<br>Gérant</p>
<hr>
<p><small>Papeterie Lambert SARL – 4 place du Marché, 35000 Rennes<br>
SIRET 504 987 321 00017 – RCS Rennes 504 987 321<br>
TVA intracommunautaire FR12 504987321 – Code APE 4762Z</small></p>""", [], "Clean HTML reply with a French company-details footer."),

m(17, "reply", "text", "Re: Suivi de mon retour {o}",
"""Bonjour Monsieur Dumas,

Voici le point sur votre retour (commande {o}) :

- numéro de retour : RET-2026-11873
- numéro de suivi Colissimo de l'étiquette : 8R01234567890
- dépôt en bureau de poste à faire avant le 21/12/2026 à 18h00
- montant qui vous sera remboursé : 54,90 € (frais de retour offerts)

Le remboursement est déclenché dans les 48 heures qui suivent la réception du colis dans notre entrepôt de Tours.

Cordialement,
Service après-vente – Les Bottiers de Touraine""", [], "Clean reply with return and tracking numbers, dates, times and amounts."),

# ---------------- violations (18-48) ----------------
m(18, "fulfillment-question", "text", "Commande {o}",
"""Bonjour,

Bonne nouvelle : votre colis (commande {o}) a quitté notre entrepôt ce matin et a été remis au transporteur Chronopost. Vous le recevrez normalement sous 24 à 48 heures.

Belle journée,
L'équipe Bougies Ambre""", ["BSM201"], "Shipping confirmation: left the warehouse, handed to the carrier."),

m(19, "fulfillment-question", "html", "Votre commande {o} est entre de bonnes mains",
"""<p>Bonjour Sophie,</p>
<p>Nous avons bien reçu votre commande n° {o} et notre équipe est déjà en train de la préparer avec soin dans notre atelier de Nantes.</p>
<p>À très vite,<br>Céramiques Le Bihan</p>""", ["BSM201"], "Order confirmation: received and being prepared."),

m(20, "fulfillment-question", "text", "Merci ! Commande {o}",
"""Bonjour,

Un grand merci d'avoir choisi notre boutique pour votre commande {o}. Toute l'équipe vous remercie chaleureusement de votre confiance.

Au plaisir,
Herboristerie du Marais""", ["BSM202"], "Thanks-only message."),

m(21, "fulfillment-question", "text", "Commande {o}",
"""Bonjour Monsieur Perret,

Sachez que nous restons à votre entière disposition si la moindre question ou le moindre souci devait survenir avec votre commande {o}. N'hésitez surtout pas à revenir vers nous.

Cordialement,
Jardins d'Antan""", ["BSM202"], "Only says the seller is available if anything comes up."),

m(22, "delivery-delay", "text", "Commande {o} : expédition décalée",
"""Bonjour,

Votre tapis de yoga en liège (commande {o}) sera expédié le lundi 14 décembre au lieu du 9 : le réassort de notre fabricant portugais a pris du retard. Livraison estimée : le 16 ou le 17 décembre.

Toutes nos excuses pour ce délai.

Zen Atelier

P.S. Jusqu'au 31 décembre, toute la gamme est à -20 % sur notre boutique Amazon, profitez-en pour vos cadeaux !""", ["BSM203"], "Otherwise valid delay with a P.S. promoting 20 % off the whole range."),

m(23, "review-request", "text", "Votre avis compte – commande {o}",
"""Bonjour,

Votre vase en grès (commande {o}) est arrivé il y a quelques jours. Si vous le souhaitez, vous pouvez partager votre avis sur la page du produit depuis votre compte Amazon.

Et pour ne rien manquer de notre nouvelle collection de printemps, abonnez-vous à notre newsletter et suivez-nous sur Instagram et Pinterest (Poterie Lune Rousse) !

Marion, Poterie Lune Rousse""", ["BSM203"], "Review request plus follow-us, newsletter and new-collection promotion."),

m(24, "review-request", "text", "Un petit mot sur votre commande {o} ?",
"""Bonjour Madame Besson,

Nous espérons que votre service à thé (commande {o}) a trouvé sa place chez vous. Nous serions ravis de lire votre commentaire sur Amazon.

Dès que votre avis sera en ligne, envoyez-nous simplement un message : un petit cadeau de remerciement vous attend pour votre prochaine commande.

Amicalement,
Porcelaines Delaunay""", ["BSM204"], "Small token of thanks once the review is published."),

m(25, "review-request", "text", "Commande {o} – une offre spéciale",
"""Bonjour,

Nous vous proposons quelque chose d'un peu particulier pour votre commande {o} : laissez un commentaire sur la gourde isotherme et, dès qu'il est publié, nous vous remboursons l'intégralité de votre achat. Il suffit de nous envoyer la capture d'écran de votre avis.

Sportivement,
Hydra Sport France""", ["BSM204"], "Full refund once the review is online."),

m(26, "reply", "text", "Re: Avis sur la commande {o}",
"""Bonjour Monsieur Rolland,

Nous avons bien remboursé le chargeur défectueux de votre commande {o}, et nous vous présentons à nouveau nos excuses.

Maintenant que le problème est réglé, serait-il possible de revoir votre évaluation une étoile, voire de la supprimer ? Elle pèse lourd pour une petite boutique comme la nôtre.

Merci de votre compréhension,
Électro Malin""", ["BSM205"], "Asks the buyer to revise or remove a one-star review."),

m(27, "review-request", "text", "Êtes-vous satisfait ? Commande {o}",
"""Bonjour,

Votre robe en lin (commande {o}) vous plaît ? Alors n'hésitez pas à le dire sur Amazon en laissant un avis !

Si au contraire quelque chose ne va pas, ne laissez pas de commentaire : écrivez-nous d'abord, nous trouverons une solution ensemble.

Bien à vous,
Maison Joséphine""", ["BSM206"], "Review only if satisfied; unhappy buyers steered to contact the shop."),

m(28, "review-request", "html", "Commande {o} : votre note",
"""<p>Bonjour,</p>
<p>Merci d'avoir commandé chez Brico Pro Atlantique (commande {o}). Si vous avez deux minutes, un avis 5 étoiles sur la perceuse nous aiderait énormément à nous faire connaître.</p>
<p><a href="https://www.amazon.fr/review/review-your-purchases?orderId={o}">Laisser un commentaire sur Amazon.fr</a></p>
<p>L'équipe Brico Pro Atlantique</p>""", ["BSM206"], "Asks for a five-star rating."),

m(29, "delivery-delay", "text", "Commande {o} : retard de réassort",
"""Bonjour,

Le fauteuil « Scandi » de votre commande {o} est en rupture chez notre fabricant, qui ne nous annonce pas de date de réapprovisionnement.

Le plus simple et le plus rapide pour vous serait d'annuler vous-même la commande depuis votre compte Amazon (rubrique « Vos commandes »), vous serez remboursé aussitôt.

Désolés pour ce contretemps,
Déco Nordique""", ["BSM108"], "Advises the buyer to cancel because stock ran out."),

m(30, "order-problem", "text", "[Important] Commande {o} : problème de stock",
"""Bonjour,

Suite à une erreur d'inventaire, nous n'avons plus la perceuse-visseuse demandée dans votre commande {o}.

Nous vous serions reconnaissants de bien vouloir déposer une demande d'annulation depuis votre compte Amazon, cela nous permettra de clôturer le dossier rapidement.

Merci pour votre compréhension,
Outillage Ferrand""", ["BSM107", "BSM108"], "Order problem asking for a cancellation request, no adjustment confirmed."),

m(31, "review-request", "text", "Votre avis sur la commande {o}",
"""Bonjour,

Votre lot de bocaux (commande {o}) est bien arrivé ? Vous pouvez laisser un commentaire sur la page du produit, dans la rubrique « Vos commandes » d'Amazon.

Vous ne souhaitez plus recevoir nos messages ? Répondez STOP à cet e-mail.

Épicerie Fine Martin""", ["BSM305"], "Opt-out instruction (reply STOP)."),

m(32, "reply", "text", "Re: Colis abîmé – commande {o}",
"""Bonjour Madame Roche,

On est vraiment navrés : ce putain de transporteur a encore balancé le carton comme un sac de patates, d'où la carafe cassée de votre commande {o}.

Nous vous remboursons la carafe en totalité, le remboursement est lancé aujourd'hui.

Cordialement,
Verrerie d'Art Bonnet""", ["BSM306"], "French profanity in an otherwise valid reply."),

m(33, "delivery-delay", "text", "Your order {o}",
"""Hello,

Unfortunately your order {o} (wool beret, navy) will ship a few days later than planned: we now expect to dispatch it on 14 December, with delivery around 16-17 December.

Sorry for the inconvenience.

Kind regards,
Bérets Atelier Oihana""", ["BSM104"], "Whole message in English for a French buyer."),

m(34, "delivery-scheduling", "text", "Rendez-vous livraison – commande {o}",
"""Bonjour,

Votre canapé d'angle (commande {o}) sera livré par notre transporteur en deux colis. Pour fixer le jour de livraison, le plus simple est de nous appeler au 04 78 62 19 30, du lundi au vendredi entre 9h et 17h.

Cordialement,
Salon & Confort Lyon""", ["BSM309"], "Seller phone number in national format."),

m(35, "reply", "text", "Re: Taille du blouson – commande {o}",
"""Bonjour,

Pour l'échange de taille de votre blouson (commande {o}), envoyez-moi un petit message WhatsApp au +33 6 48 21 77 05, je vous réserve la taille L dès aujourd'hui.

Bonne soirée,
Karim – Urban Cuir""", ["BSM309"], "Seller phone number in international format."),

m(36, "reply", "text", "Re: Notice de montage – commande {o}",
"""Bonjour Monsieur Noël,

La notice de montage de l'étagère murale (commande {o}) est en cours de mise à jour. Pour la recevoir en PDF dès qu'elle est prête, écrivez-nous à sav.boisflotte@orange.fr en précisant votre numéro de commande.

Cordialement,
Bois Flotté Atelier""", ["BSM308"], "Plain e-mail address in the body."),

m(37, "reply", "text", "Re: Facture pro – commande {o}",
"""Bonjour,

Pour obtenir une facture au nom de votre entreprise pour la commande {o}, il suffit de nous envoyer la raison sociale et le numéro de TVA à compta arobase papeterie-lumen point fr, nous vous la retournons sous 24 h.

Bien à vous,
Papeterie Lumen""", ["BSM308"], "Obfuscated e-mail address (arobase / point)."),

m(38, "additional-information", "html", "Commande {o} : choix de la finition",
"""<p>Bonjour,</p>
<p>Pour fabriquer la table basse de votre commande {o}, nous avons besoin de connaître la finition souhaitée (huile naturelle, vernis mat ou teinte noyer).</p>
<p>Vous pouvez comparer les trois finitions sur <a href="https://www.ateliermerisier.fr/finitions">notre nuancier en ligne des finitions bois</a>, puis nous répondre ici.</p>
<p>Merci,<br>Atelier Merisier</p>""", ["BSM302"], "https link to the seller's own site with descriptive text."),

m(39, "reply", "html", "Re: Où en est ma commande {o} ?",
"""<p>Bonjour,</p>
<p>Le détail de votre commande {o}, avec la date de livraison prévue, est toujours consultable sur <a href="http://www.amazon.fr/gp/your-account/order-details?orderID={o}">la page de votre commande sur Amazon.fr</a>.</p>
<p>Cordialement,<br>Les Délices de Provence</p>""", ["BSM301"], "Insecure http link to Amazon with descriptive text."),

m(40, "review-request", "html", "Votre lampe Oslo – commande {o}",
"""<p>Bonjour,</p>
<p><img src="https://m.media-amazon.com/images/I/lampe-bureau-oslo-laiton.jpg" alt="Lampe de bureau Oslo en laiton" width="240"></p>
<p>Votre lampe de bureau (commande {o}) éclaire votre bureau depuis quelques jours. Votre avis sur Amazon aiderait d'autres clients à se décider.</p>
<p><a href="https://www.amazon.fr/review/review-your-purchases?orderId={o}">Rédiger un commentaire sur Amazon.fr</a></p>
<p>Luminaires Nordiques</p>""", ["BSM310"], "Photo of the purchased product."),

m(41, "delivery-delay", "html", "Commande {o} : un peu de patience",
"""<p><img src="https://m.media-amazon.com/images/G/08/sellers/plage-coucher-de-soleil.jpg" alt="Coucher de soleil sur une plage" width="300"></p>
<p>Bonjour,</p>
<p>Votre maillot de bain (commande {o}) sera expédié le 15 décembre au lieu du 10, notre réassort ayant été retardé. Livraison estimée le 17 décembre.</p>
<p>Merci de votre patience,<br>Sable Doré Maillots</p>""", ["BSM311"], "Unrelated stock image (beach sunset)."),

m(42, "delivery-delay", "html", "Commande {o} : retard d'expédition",
"""<p><img src="https://m.media-amazon.com/images/G/08/sellers/logo-la-fabrique-a-jouets.png" width="150"></p>
<p>Bonjour,</p>
<p>Le circuit de billes en bois de votre commande {o} sera expédié le mercredi 16 décembre, en raison d'un retard chez notre menuisier. Livraison estimée au plus tard le 19 décembre.</p>
<p>Toutes nos excuses,<br>La Fabrique à Jouets</p>""", ["BSM402"], "Shop logo without alt text."),

m(43, "additional-information", "text", "Commande {o} : votre prénom pour la broderie",
"""Coucou Léa !

Petite question avant de broder ta gigoteuse (commande {o}) : tu préfères le prénom en lettres attachées ou en capitales ? 🧵

Réponds-moi quand tu peux,
Manon – Les Petits Points""", ["BSM403"], "Emoji in an otherwise valid information request."),

m(44, "delivery-delay", "text", "Commande {o} – petit retard",
"""Bonjour,

Votre puzzle 1000 pièces (commande {o}) partira finalement le 14/12, notre imprimeur ayant pris deux jours de retard. Vous devriez l'avoir pour le 17, largement avant Noël :-)

À bientôt,
Casse-Tête & Compagnie""", ["BSM403"], "Emoticon :-) in a delay message."),

m(45, "delivery-delay", "html", "Commande {o} : nouvelle date",
"""<style>
h2 { font-size: 22px; }
p { font-size: 14px; }
.date { font-size: 17px; }
.mentions { font-size: 11px; }
</style>
<h2>Votre commande {o}</h2>
<p>Bonjour,</p>
<p>Suite à un retard de notre fournisseur, votre service de table sera expédié le :</p>
<p class="date">mardi 15 décembre 2026</p>
<p>Veuillez nous excuser pour ce contretemps.</p>
<p class="mentions">Arts de la Table Mercier SARL – Limoges</p>""", ["BSM410"], "Four explicit font sizes in a style block."),

m(46, "additional-information", "text", "Commande {o} : adresse incomplète",
"""Bonjour,

L'adresse de livraison de votre commande {o} ne comporte pas de numéro de rue : « rue des Lilas, 44000 Nantes ».


Pourriez-vous nous indiquer le numéro exact et, si besoin, le nom figurant sur la boîte aux lettres ?


Merci d'avance,
Cave des Ducs""", ["BSM412"], "Two blank lines in a row in plain text."),

m(47, "invoice", "text", "[Important] Votre facture – commande {o}",
"""Bonjour,

Veuillez trouver ci-joint la facture n° F/2026/1207 de votre commande {o}, d'un montant de 89,00 € TTC.

SAS Fournitures Vallée Sud – SIRET 790 112 334 00019 – TVA FR58 790112334

Cordialement,
Comptabilité""", ["BSM110"], "[Important] tag on an invoice message."),

m(48, "review-request", "html", "Votre avis – commande {o}",
"""<p>Bonjour Monsieur Petit,</p>
<p>Votre machine à pain (commande {o}) est arrivée il y a quelques jours. Pour laisser votre commentaire sur Amazon, <a href="https://www.amazon.fr/review/review-your-purchases?orderId={o}">cliquez ici</a>.</p>
<p>Cordialement,<br>Fournil Maison</p>""", ["BSM401"], "Non-descriptive link text 'cliquez ici'."),

# ---------------- varying (49-50) ----------------
m(49, "delivery-delay", "html", "Commande {o} : report d'expédition",
"""<div style="font-family: Georgia, serif; color: #4a4a4a; line-height: 1.8; text-align: center;">
<p>Bonjour,</p>
<p>Votre coffret de savons artisanaux (commande {o}) sera expédié le 15 décembre : la cure de nos savons a demandé quelques jours de plus.</p>
<p>Livraison estimée : 17 décembre.</p>
<p>Savonnerie des Alpilles</p>
</div>""", ["BSM407", "BSM408", "BSM409", "BSM411"], "Builder styles: font-family, colour, line-height and centring."),

m(50, "review-request", "html", "Votre avis sur la commande {o}",
"""<p>Bonjour,</p>
<p>Votre théière (commande {o}) est arrivée il y a une semaine. Vous pouvez donner votre avis sur <a href="https://www.amazon.fr/review/review-your-purchases?orderId={o}">la page d'évaluation de votre achat sur Amazon.fr</a>.</p>
<p>Merci,<br>Thés &amp; Merveilles</p>
<img src="https://t.mailpilot-stats.com/open.gif?uid=88213&amp;cmp=avis-fr" width="1" height="1" alt="">""", ["BSM307", "BSM402"], "1x1 tracking pixel with empty alt."),
]
