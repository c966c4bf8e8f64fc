"""v19 blind evaluation set, French (fr): 50 messages. Standard library only."""

LANG = "fr"
LOCALE = "fr-FR"


def _order(n):
    return "503-%07d-%07d" % ((n * 7919 * 13 + 2411357) % 10**7, (n * 104729 + 5830061) % 10**7)


def _m(n, type_, fmt, subject, body, expected, note, locale=LOCALE):
    o = _order(n)
    raw = o.replace("-", "")
    subject = subject.replace("{o}", o).replace("{raw}", raw)
    body = body.strip("\n").replace("{o}", o).replace("{raw}", raw)
    return {
        "id": "v19-%s-%03d" % (LANG, n),
        "language": LANG,
        "locale": locale,
        "type": type_,
        "format": fmt,
        "subject": subject,
        "body": body,
        "order_id": o,
        "expected": sorted(expected),
        "note": note,
    }


MESSAGES = [
    # ---------------- clean (17) ----------------
    _m(1, "delivery-delay", "text", "Commande {o} : votre théière aura quelques jours de retard", """
Bonjour Madame Lefèvre,

Petit contretemps du côté de la fonderie : le lot de théières « Ardoise » dont fait partie la vôtre sort avec une semaine de décalage. Nous pourrons la remettre au transporteur le mardi 15 décembre, pour une livraison chez vous entre le 17 et le 19.

Si ce nouveau délai ne vous arrange pas, un simple mot en réponse suffit et nous verrons ensemble la suite.

Bien à vous,
Claire Moreau
Service clients – Maison Théodore
""", [], "Plain-text delivery delay with a new dispatch date; clean."),

    _m(2, "delivery-delay", "html", "Retard d'expédition – commande {o}", """
<p>Bonjour,</p>
<p>Votre commande de coupons de velours côtelé prend un peu de retard : notre tisseur nous livre la nouvelle pièce plus tard que prévu.</p>
<table border="0" cellpadding="4">
<tr><td>N° de commande</td><td>{o}</td></tr>
<tr><td>Expédition annoncée</td><td>08/12/2026</td></tr>
<tr><td>Nouvelle date d'expédition</td><td>21/12/2026</td></tr>
</table>
<p>Rien à faire de votre côté. Si vous préférez ne pas attendre, répondez-nous et nous regarderons ce qui est possible.</p>
<p>Cordialement,<br>L'équipe Velours &amp; Bobine</p>
""", [], "Builder HTML delivery delay with a small table of dates; clean."),

    _m(3, "order-problem", "text", "[Important] Commande {o} – article indisponible", """
Bonjour Monsieur Garnier,

Mauvaise nouvelle, je préfère vous le dire sans détour : le dernier moulin à café manuel « Kaffeemühle Classic » que nous avions en stock s'est révélé fêlé au contrôle avant emballage, et notre fournisseur n'en aura plus avant le printemps. Nous ne pouvons donc pas vous l'envoyer.

Le montant total de votre commande a été ajusté pour rupture de stock ; le remboursement sera visible sur votre moyen de paiement d'ici quelques jours, sans aucune démarche de votre part.

Toutes nos excuses pour ce raté,
Julien Roux
Brûlerie du Vieux-Port
""", [], "Order problem with [Important] in the subject and the amount adjusted for no stock; clean."),

    _m(4, "additional-information", "text", "Plaque gravée – il nous manque le texte (cde {o})", """
Bonjour,

Votre plaque de boîte aux lettres est prête à graver, mais le champ « texte » de la commande {o} est arrivé vide chez nous.

Pouvez-vous nous indiquer en réponse le ou les noms à graver (2 lignes de 22 caractères maximum) ?

Merci d'avance,
Atelier Gravure Pasquier
""", [], "Terse request for the engraving text needed to complete the order; clean."),

    _m(5, "return-follow-up", "text", "Votre demande de retour – commande {o}", """
Bonjour Mme Perrin,

Nous avons bien noté la rayure sur le pied de la lampe « Aubade ». Plutôt que de vous faire remballer et renvoyer un objet aussi fragile, nous vous proposons de la garder avec un remboursement partiel de 18,00 € (sur 64,90 €).

Si cela vous convient, répondez simplement « d'accord » et nous faisons le nécessaire. Sinon, le retour classique reste bien sûr possible.

Bonne journée,
Sandrine, pour Lumières d'Antan
""", [], "Return follow-up offering a partial refund instead of the return; clean."),

    _m(6, "return-follow-up", "text", "Retour {o} : une précision avant de valider", """
Bonjour,

Pour finaliser le retour de la centrale vapeur, il nous faudrait le numéro de série inscrit sous l'appareil (il commence par « SV- ») ainsi que l'état de l'emballage d'origine : complet, abîmé ou jeté ?

Dès réception de ces deux infos, on vous envoie l'étiquette.

Cordialement,
Marc Bellanger – SAV Électroménager Bellanger
""", [], "Return follow-up asking for the serial number needed to complete the return; clean."),

    _m(7, "invoice", "text", "Facture FA/2026/12/0418 – commande {o}", """
Bonjour,

Vous trouverez en pièce jointe la facture FA/2026/12/0418 correspondant à votre commande {o} du 02/12/2026.

Montant HT : 124,17 €
TVA 20 % : 24,83 €
Total TTC : 149,00 €

Bonne réception,
Service comptabilité

SARL Les Ateliers Brunet – capital de 8 000 € – 12 rue des Tanneurs, 69002 Lyon
RCS Lyon B 812 345 678 – SIRET 812 345 678 00027 – TVA intracommunautaire FR47 812345678
""", [], "Invoice with HT/TVA/TTC amounts, SIRET, RCS and VAT number, invoice number with slashes; clean."),

    _m(8, "review-request", "text", "Un mot sur votre commande {o} ?", """
Bonjour Thomas,

Votre carnet en cuir vous est parvenu il y a une dizaine de jours. Quand vous aurez un moment, un avis sur Amazon aiderait d'autres acheteurs à se faire une idée, quel que soit votre ressenti. Il suffit de passer par la page de la commande dans votre compte.

Belle fin de semaine,
Hugo, Reliure Castagné
""", [], "Neutral plain-text review request without a link; clean."),

    _m(9, "review-request", "html", "Votre avis sur la commande {o}", """
<p><img src="https://cdn.sendbuilder.net/a/88213/logo-petite-mercerie-nantes.png" alt="Logo La Petite Mercerie de Nantes" width="160" height="60"></p>
<p>Bonjour,</p>
<p>Votre kit de broderie est arrivé chez vous il y a quelques jours. Si vous avez deux minutes, votre retour sur le produit est précieux pour les autres clientes et clients, qu'il soit enthousiaste ou plus mitigé.</p>
<p><a href="https://www.amazon.fr/review/create-review?asin=B0C7K2M4QX">Donner votre avis sur Amazon</a></p>
<p>Bonne journée,<br>Anne-Laure<br><small>La Petite Mercerie de Nantes</small></p>
""", [], "HTML review request with the shop logo (alt names the shop) and a descriptive https Amazon link; clean."),

    _m(10, "delivery-scheduling", "text", "Livraison de votre armoire – commande {o}", """
Bonjour Monsieur Dewulf,

Votre armoire « Ostende » (2 colis, 96 kg au total) sera livrée par deux livreurs jusque dans la pièce de votre choix. Pour organiser la tournée, merci de nous dire lequel de ces créneaux vous convient :

- mercredi 16 décembre, entre 8 h et 12 h
- jeudi 17 décembre, entre 13 h et 17 h
- samedi 19 décembre, entre 9 h et 13 h

Précisez-nous aussi l'étage et s'il y a un ascenseur.

Bien cordialement,
Nathalie Claes
Meubles Claes & Fils – Rue de Namur 48, 1000 Bruxelles – BCE 0712.345.678 – TVA BE 0712.345.678
""", [], "Bulky-item delivery scheduling with dated time slots and a Belgian company footer; clean.", locale="fr-BE"),

    _m(11, "home-service-appointment", "html", "Pose de votre lave-vaisselle – rendez-vous (cde {o})", """
<p>Bonjour Madame Aubry,</p>
<p>Vous avez choisi la pose avec votre lave-vaisselle encastrable. Notre technicien, Karim, peut passer :</p>
<ul>
<li>le lundi 14/12 à 9 h 00</li>
<li>le mardi 15/12 à 14 h 30</li>
</ul>
<p>Comptez environ 1 h 30 sur place. Merci de nous répondre avec le créneau retenu ; pensez à dégager l'accès à l'arrivée d'eau.</p>
<p>À bientôt,<br>Pose &amp; Service Électro Dauphiné</p>
""", [], "Home-service appointment with two time slots in HTML; clean."),

    _m(12, "custom-design-verification", "text", "BAT de vos faire-part – commande {o}", """
Bonjour Léa et Maxime,

Voici le BAT (bon à tirer) de vos faire-part de mariage, en pièce jointe au format PDF : recto avec vos prénoms en calligraphie, verso avec le plan d'accès au domaine.

Relisez bien les dates, l'orthographe des noms et l'heure de la cérémonie (15 h 30). Si tout est bon, répondez « BAT validé » ; sinon, listez-nous les corrections et nous vous renverrons une nouvelle épreuve.

L'impression ne sera lancée qu'après votre accord.

Amicalement,
Pauline – Papeterie Plume & Sceau
""", [], "Custom design proof (BAT) attached for approval; clean."),

    _m(13, "fulfillment-question", "text", "Code d'accès pour la livraison – {o}", """
Bonjour,

Pour organiser la livraison de la commande {o} (réf. livraison LIV-2026-04471, dossier transporteur TR/88-1207), il nous manque de quoi entrer dans votre résidence.

Pourriez-vous nous communiquer le digicode, le bâtiment et l'étage ? Nous transmettrons l'information au livreur.

Merci,
Service logistique – Jardins de Provence
""", [], "Door-code question with reference numbers that are not phone numbers; clean."),

    _m(14, "reply", "text", "Re: Question sur le Wooden Rainbow Stacker (commande {o})", """
Bonjour,

Oui, le « Wooden Rainbow Stacker – Montessori Edition » convient dès 12 mois : les arches sont en tilleul massif, teintées à l'eau, sans vernis. Le nom anglais vient du fabricant, mais la notice fournie est bien en français.

Belle journée,
Élodie – Les P'tits Copeaux
""", [], "Reply quoting an English product title inside French sentences; clean."),

    _m(15, "reply", "text", "Re: Ma bouilloire ne chauffe plus – {o}", """
Bonjour Monsieur Fabre,

Désolés pour cette panne. Votre bouilloire est encore sous garantie constructeur (2 ans), et c'est le fabricant qui gère directement les échanges.

Ligne garantie du fabricant Brevia (service consommateurs) : 0 805 62 14 90, du lundi au vendredi de 9 h à 18 h. Munissez-vous de la facture et de la référence BV-1720 inscrite sous le socle.

Si le fabricant ne répond pas sous une semaine, revenez vers nous en répondant ici.

Cordialement,
Service clients – Cuisine & Cie
""", [], "Reply giving the manufacturer's warranty hotline, marked as such (BSM309 exception); clean."),

    _m(16, "reply", "html", "Re: Facture au nom de la société – {o}", """
<p>Bonjour,</p>
<p>Bien sûr : la facture peut être établie au nom de votre entreprise. Indiquez-nous en réponse la raison sociale exacte et l'adresse de facturation, et nous la générons dès l'expédition.</p>
<p>Bien à vous,<br>Guillaume Tessier<br>Responsable administratif</p>
<p><small>Tessier Outillage SAS – capital 20 000 € – ZA des Trois Chênes, 3 allée des Artisans, 44300 Nantes<br>RCS Nantes 901 234 567 – SIRET 901 234 567 00012 – TVA FR 18 901234567</small></p>
""", [], "Reply with a company-details footer in <small>; clean."),

    _m(17, "reply", "text", "Re: Suivi de mon retour – commande {o}", """
Bonjour Madame Nguyen,

Pour faire le point sur votre retour :

- numéro de retour : RET-2026-11873
- enlèvement par le transporteur : vendredi 11 décembre, entre 8 h et 13 h
- numéro de suivi du colis retour : 6A 204 918 773 51
- montant qui vous sera remboursé à réception : 47,50 € (frais de retour offerts)

Le remboursement est lancé en général sous 48 h après l'arrivée du colis chez nous.

Cordialement,
Yasmine – Service retours, Maison Lumen
""", [], "Reply with return number, tracking number, date, time slot and amount; clean."),

    # ---------------- violations (31) ----------------
    _m(18, "fulfillment-question", "text", "Bonne nouvelle pour votre commande {o}", """
Bonjour,

Votre colis a quitté notre entrepôt de Cholet ce matin et a été remis à Colissimo en fin de journée. Il devrait arriver d'ici 48 h.

Bonne journée,
Les Biscuits de Mamie Jo
""", ["BSM201"], "Shipping confirmation: parcel left the warehouse and was handed to the carrier."),

    _m(19, "fulfillment-question", "text", "Commande {o} bien reçue", """
Bonjour Mme Lambert,

C'est noté de notre côté : nous avons bien reçu votre commande et l'équipe est déjà en train de la préparer avec soin.

À très vite,
Savonnerie des Alpilles
""", ["BSM201"], "Order confirmation: order received and being prepared."),

    _m(20, "fulfillment-question", "text", "Merci ! – {o}", """
Bonjour,

Un grand merci pour votre commande {o}, ça nous fait vraiment plaisir.

L'équipe Kraft & Papier
""", ["BSM202"], "Thanks-only message."),

    _m(21, "fulfillment-question", "text", "Commande {o}", """
Bonjour,

Juste un petit mot pour vous dire qu'on reste joignables par la messagerie Amazon si quoi que ce soit clochait avec votre commande.

Bien à vous,
Olivier – Vélo Pièces Express
""", ["BSM202"], "Only an offer to help if something goes wrong."),

    _m(22, "delivery-delay", "text", "Commande {o} – expédition décalée au 18/12", """
Bonjour,

Votre guirlande lumineuse sera expédiée le 18/12 au lieu du 11/12 : notre fournisseur a livré en retard. Désolés pour l'attente.

Cordialement,
Déco Lumière Atlantique

PS : en ce moment, -20 % sur toute la boutique avec le code NOEL20, profitez-en !
""", ["BSM203"], "Permitted delay message with a promotional P.S. (20 % off everything)."),

    _m(23, "invoice", "text", "Votre facture – commande {o}", """
Bonjour,

Ci-joint votre facture n° 2026/1187 pour la commande {o}.

Au passage : notre nouvelle collection de bougies d'hiver vient de sortir ! Suivez-nous sur Instagram (Cire & Mèche) et inscrivez-vous à notre lettre d'information pour ne rien manquer.

Cire & Mèche – EURL au capital de 1 000 € – SIRET 853 214 009 00015
""", ["BSM203"], "Invoice with new-collection, follow-us and newsletter promotion."),

    _m(24, "review-request", "text", "Votre avis compte – {o}", """
Bonjour Sophie,

Si vous prenez le temps de laisser un avis sur votre tapis de yoga, envoyez-nous simplement une capture une fois qu'il est publié : une petite attention vous attend pour vous remercier.

Namasté Boutique
""", ["BSM204"], "Small token of appreciation promised once the review is published."),

    _m(25, "review-request", "text", "Commande {o} – une proposition", """
Bonjour,

On vous propose un marché simple : dès que votre commentaire sur le chargeur est en ligne sur Amazon, on vous rembourse l'intégralité de la commande. Aucune condition sur le contenu.

L'équipe PowerNomad France
""", ["BSM204"], "Full refund offered as soon as the review is online."),

    _m(26, "reply", "text", "Re: Problème de taille – {o}", """
Bonjour Madame Roussel,

Nous avons réglé ensemble l'échange de taille, et nous espérons que cette fois tout vous va.

Maintenant que le souci est réglé, serait-il possible de revoir votre commentaire à une étoile, voire de le retirer ? Il pèse lourd pour une petite boutique comme la nôtre.

Merci de votre compréhension,
Marion – Atelier Lin & Coton
""", ["BSM205"], "Asks the buyer to revise or remove a one-star review."),

    _m(27, "review-request", "text", "Tout s'est bien passé ? – {o}", """
Bonjour,

Si vous êtes content de votre machette de jardin, un avis sur Amazon nous ferait très plaisir. Et si quelque chose ne va pas, écrivez-nous plutôt directement avant de laisser un commentaire : on préfère régler ça entre nous.

Outils du Terroir
""", ["BSM206"], "Asks only satisfied buyers for a review and steers unhappy ones to contact the seller."),

    _m(28, "review-request", "text", "Un petit geste ? (commande {o})", """
Bonjour Karim,

Votre casque est arrivé il y a une semaine. Si vous pouviez nous laisser 5 étoiles sur Amazon, ce serait top pour notre jeune marque.

Bonne écoute,
SonoVox
""", ["BSM206"], "Asks for a five-star rating."),

    _m(29, "order-problem", "text", "[Important] Commande {o} – rupture de stock", """
Bonjour,

Nous sommes navrés : la dernière paire de bottes en 39 a été vendue en boutique le même jour, et il n'y en a plus. Le montant de votre commande a été ajusté pour rupture de stock.

Pour que tout soit clos proprement de votre côté, le plus rapide reste que vous demandiez vous-même l'annulation depuis « Vos commandes ».

Cordialement,
Chaussures Mercier
""", ["BSM108"], "Order problem with the adjustment confirmed but advising the buyer to cancel herself."),

    _m(30, "order-problem", "text", "Commande {o} – article épuisé", """
Bonjour Monsieur Vidal,

Le robot pâtissier que vous avez commandé est malheureusement épuisé chez notre grossiste. Nous vous serions reconnaissants de bien vouloir soumettre une demande d'annulation depuis votre compte Amazon, ce sera plus simple pour tout le monde.

Merci de votre compréhension,
Cuisine Pro Direct
""", ["BSM107", "BSM108"], "Out of stock: asks for a cancellation request and never confirms the amount was adjusted."),

    _m(31, "delivery-delay", "text", "Retard de quelques jours – {o}", """
Bonjour,

Votre poêle en fonte partira avec trois jours de retard, le jeudi 10 décembre, suite à un souci chez notre fournisseur de poignées.

Cordialement,
Fonte & Feu

Vous ne souhaitez plus recevoir nos messages ? Répondez STOP.
""", ["BSM305"], "Delay message with a reply-STOP opt-out instruction."),

    _m(32, "reply", "text", "Re: Toujours pas reçu – {o}", """
Bonjour,

Franchement, je suis aussi agacé que vous : ce putain de transporteur a encore paumé un colis, c'est le troisième ce mois-ci. Je vous en renvoie un autre demain matin, à nos frais, et je relance le dossier de perte.

Désolé pour tout ce bordel,
Fred – Le Comptoir du Rasage
""", ["BSM306"], "Reply with French profanity about the carrier."),

    _m(33, "delivery-delay", "text", "Order {o} – shipping delay", """
Hello,

Unfortunately your ceramic vase will ship later than planned. Our kiln had a breakdown and the new batch will be ready on 14 December. We expect delivery around 17 December.

Kind regards,
Terre de Sienne Céramiques
""", ["BSM104"], "Message to a fr-FR buyer written entirely in English."),

    _m(34, "reply", "text", "Re: Montage du bureau – {o}", """
Bonjour Monsieur Caron,

Pour le montage du caisson, c'est plus simple de vous l'expliquer de vive voix : appelez-moi directement au 06 14 52 87 33, je suis à l'atelier jusqu'à 18 h.

Bien à vous,
Stéphane – Bois & Bureau
""", ["BSM309"], "Reply giving the seller's French mobile number (national format)."),

    _m(35, "reply", "text", "Re: Couleur du fil – commande {o}", """
Bonjour,

Le plus rapide pour comparer les teintes : envoyez-nous une photo sur WhatsApp au +33 7 81 22 46 09 et on vous dit tout de suite laquelle correspond.

À bientôt,
La Laine d'Églantine
""", ["BSM309"], "Reply with a phone number in international format."),

    _m(36, "reply", "text", "Re: Garantie du vélo – {o}", """
Bonjour,

Pour la demande de prise en charge, le plus simple est d'envoyer les photos du cadre et votre facture directement à notre atelier : sav@cyclesdumarais.fr

Cordialement,
Cycles du Marais
""", ["BSM308"], "Reply with a plain e-mail address."),

    _m(37, "reply", "text", "Re: Devis pour 40 pièces – {o}", """
Bonjour,

Pour une commande en volume on passe hors Amazon : écrivez à pro arobase cuirs-dorval point fr, en indiquant la référence de votre commande {o}.

Bonne journée,
Maroquinerie Dorval
""", ["BSM308"], "Reply with an obfuscated e-mail address using 'arobase' and 'point'."),

    _m(38, "reply", "html", "Re: Entretien de la planche – {o}", """
<p>Bonjour,</p>
<p>Pour garder votre planche à découper en noyer en bon état, huilez-la une fois par mois au début. Tout est détaillé, photos à l'appui, dans notre guide :</p>
<p><a href="https://www.atelier-noyer.fr/guides/entretien-planche-a-decouper">Guide d'entretien des planches sur le site de l'Atelier Noyer</a></p>
<p>Bonne journée,<br>Atelier Noyer</p>
""", ["BSM302"], "HTTPS link with descriptive text to the seller's own site, not needed for the order."),

    _m(39, "reply", "html", "Re: Où voir ma facture ? – {o}", """
<p>Bonjour,</p>
<p>La facture est disponible dans le détail de votre commande, rubrique « Facture » :</p>
<p><a href="http://www.amazon.fr/gp/your-account/order-details?orderID={o}">Détail de la commande {o} sur Amazon</a></p>
<p>Cordialement,<br>Service clients – Électro Sud</p>
""", ["BSM301"], "Descriptive link to Amazon over plain http."),

    _m(40, "review-request", "html", "Votre avis sur la lampe – {o}", """
<p>Bonjour,</p>
<p>Votre lampe est arrivée il y a une semaine. Un avis sur Amazon aiderait les autres acheteurs, quel qu'il soit.</p>
<p><img src="https://cdn.sendbuilder.net/a/55102/lampe-chevet-chene-massif-aubade.jpg" alt="Lampe de chevet Aubade en chêne massif" width="300" height="300"></p>
<p>Merci d'avance,<br>Lumières d'Antan</p>
""", ["BSM310"], "HTML with a photo of the purchased product (file name and alt name it)."),

    _m(41, "delivery-delay", "html", "Fermeture de fin d'année – commande {o}", """
<p>Bonjour,</p>
<p>Votre coffret de thés sera expédié le 4 janvier, l'atelier étant fermé pour les fêtes du 24/12 au 3/01.</p>
<p><img src="https://cdn.sendbuilder.net/a/30917/sapin-noel-neige.jpg" alt="Sapin de Noël sous la neige" width="300" height="200"></p>
<p>Bonnes fêtes,<br>Thés de la Pagode</p>
""", ["BSM311"], "Delay message with a stock Christmas-tree image unrelated to the shop."),

    _m(42, "review-request", "html", "Votre avis – commande {o}", """
<p><img src="https://cdn.sendbuilder.net/a/71004/logo-savons-de-lorraine.png" alt="" width="150" height="50"></p>
<p>Bonjour,</p>
<p>Vos savons sont arrivés il y a quelques jours. Si vous le souhaitez, vous pouvez partager votre avis sur Amazon :</p>
<p><a href="https://www.amazon.fr/review/create-review?asin=B0D1LR9P2S">Évaluer les savons sur Amazon</a></p>
<p>Les Savons de Lorraine</p>
""", ["BSM402"], "Shop logo with an empty alt attribute."),

    _m(43, "reply", "text", "Re: Taille du pull – {o}", """
Coucou Manon,

Oui, il taille normalement, prenez votre taille habituelle 😊 La laine se détend un peu au premier lavage.

Bises,
Justine – Tricots de Bretagne
""", ["BSM403"], "Reply with an emoji."),

    _m(44, "reply", "text", "Re: Date de livraison – {o}", """
Bonjour,

Pas d'inquiétude, la livraison est toujours prévue pour le 12/12. Le carton est un peu lourd, prévoyez des bras ;-)

Cordialement,
Jardin Malin
""", ["BSM403"], "Reply with a text emoticon ;-)."),

    _m(45, "delivery-delay", "html", "Information sur votre commande {o}", """
<style>
.t1 { font-size: 22px; }
.t2 { font-size: 17px; }
.t3 { font-size: 14px; }
.t4 { font-size: 11px; }
</style>
<p class="t1">Retard de livraison</p>
<p class="t2">Commande {o}</p>
<p class="t3">Votre fauteuil sera expédié le 22 décembre au lieu du 15 : la teinture du tissu a dû être refaite.</p>
<p class="t4">Maison Alcôve – SAS au capital de 5 000 € – RCS Bordeaux 823 456 789</p>
""", ["BSM410"], "Four explicit font sizes in a <style> block."),

    _m(46, "additional-information", "text", "Commande {o} – taille du cadre ?", """
Bonjour,

Pour vous envoyer la bonne tige de selle, nous avons besoin de la taille de votre cadre (S, M ou L) ou du diamètre indiqué sur l'ancienne tige.


Merci,
Cycles Berthier
""", ["BSM412"], "Plain text with two blank lines in a row."),

    _m(47, "review-request", "text", "[Important] Votre avis sur la commande {o}", """
Bonjour,

Votre parure de lit est arrivée il y a une semaine. Si vous le souhaitez, vous pouvez laisser un avis sur Amazon depuis la page de la commande ; il sera utile aux autres acheteurs.

Cordialement,
Linge de Maison Vauclair
""", ["BSM110"], "[Important] tag on a neutral review request."),

    _m(48, "reply", "html", "Re: Détail de ma commande – {o}", """
<p>Bonjour,</p>
<p>Le détail de votre commande est consultable sur Amazon : <a href="https://www.amazon.fr/gp/your-account/order-details?orderID={o}">cliquez ici</a>.</p>
<p>Bonne journée,<br>Épicerie Fine Mazet</p>
""", ["BSM401"], "HTTPS Amazon link whose text is 'cliquez ici'."),

    # ---------------- variants (2) ----------------
    _m(49, "delivery-delay", "text", "Retard sur votre commande", """
Bonjour,

Votre commande n° {raw} (coussins en lin lavé) sera expédiée avec environ une semaine de retard, vers le 16 décembre : notre confectionneuse est en arrêt quelques jours.

Merci de votre patience,
Lin & Plume
""", ["BSM102"], "Order number written as 17 digits without hyphens, so no valid order number."),

    _m(50, "delivery-delay", "html", "Commande {o} – nouvelle date d'expédition", """
<div style="font-family: Georgia, 'Times New Roman', serif; color: #4a3b2c; line-height: 1.7; text-align: justify;">
<p>Bonjour,</p>
<p>Votre horloge murale sera expédiée le 19 décembre au lieu du 12 : le mécanisme à balancier arrive en retard de chez notre fournisseur.</p>
<p>Bien cordialement,<br>L'Heure Bleue – Horlogerie</p>
</div>
""", ["BSM407", "BSM408", "BSM409", "BSM411"], "Builder wrapper setting font-family, colour, line-height and justified alignment."),
]
