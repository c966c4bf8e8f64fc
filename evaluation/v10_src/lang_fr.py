# -*- coding: utf-8 -*-
"""v10 blind evaluation set: French (fr-FR)."""

LANG = "fr"
LOCALE = "fr-FR"


def _oid(i):
    a = (3018277 + i * 104729) % 10000000
    b = (5521093 + i * 611953) % 10000000
    return "413-%07d-%07d" % (a, b)


_R = []


def m(type_, fmt, subject, body, expected, note):
    _R.append((type_, fmt, subject, body, sorted(expected), note))


# ---------------------------------------------------------------- clean (17)
m("delivery-delay", "text", "Retard d'expédition – commande {OID}",
  """Bonjour Madame Lefèvre,

Votre plaid en laine mérinos (commande {OID}) devait partir de notre atelier le 2 décembre. Notre filature des Vosges nous a livré la laine avec une semaine de retard : nous ne pourrons donc l'expédier que le mercredi 9 décembre 2026.

Toutes nos excuses pour ce contretemps.

Claire Dumas
Service clients – Maison Verdier""",
  [], "Plain-text delivery delay with a new ship date.")

m("delivery-delay", "html", "Votre commande {OID} : nouvelle date",
  """<p>Bonjour Monsieur Garnier,</p>
<p>Petit contretemps pour votre carafe soufflée bouche (commande <strong>{OID}</strong>) : le four de notre verrier est en maintenance jusqu'à jeudi.</p>
<p>La carafe sera emballée et remise au transporteur au plus tard le <strong>lundi 14 décembre</strong>, pour une livraison estimée entre le 16 et le 18 décembre.</p>
<p>Merci de votre patience,<br>
Léon Marchal<br>
Les Carafes de Léon</p>""",
  [], "HTML delivery delay announcing a future ship date (not a confirmation).")

m("order-problem", "text", "[Important] Commande {OID} : article indisponible",
  """Bonjour,

Lors du contrôle qualité, nous avons constaté que le dernier exemplaire du moulin à poivre en olivier (30 cm) de votre commande {OID} présentait une fissure. Nous n'en avons plus aucun en stock et notre tourneur ne pourra pas en refaire avant février.

Nous avons donc ajusté le montant total de votre commande dans Seller Central avec le motif « rupture de stock » : les 64,90 € vous seront recrédités par Amazon sous quelques jours ouvrés.

Nous sommes sincèrement désolés.

Bien cordialement,
Antoine Ferrand
Boissellerie du Luberon""",
  [], "Order problem with amount adjusted; [Important] allowed on this critical type.")

m("additional-information", "text", "Gravure – commande {OID}",
  """Bonjour Madame Nguyen,

Pour graver le coffret à couteaux de votre commande {OID}, il nous manque une précision : dans le champ personnalisation, vous avez indiqué « J&M 2026 ». Souhaitez-vous l'esperluette telle quelle, ou plutôt « J et M » en toutes lettres ?

Sans réponse de votre part d'ici vendredi 11 décembre à midi, nous graverons le texte exactement comme saisi.

Merci d'avance,
Hugo Perrin – Coutellerie Perrin & Fils""",
  [], "Asks for the engraving detail needed to complete the order.")

m("return-follow-up", "text", "Votre retour – commande {OID}",
  """Bonjour Monsieur Roussel,

Nous avons bien noté que le couvercle de la théière en fonte (commande {OID}) est arrivé ébréché. Plutôt que de nous la renvoyer, vous pouvez, si vous le souhaitez, la conserver : nous vous proposons alors un remboursement partiel de 15,00 €, soit 30 % du prix payé.

Répondez-nous simplement « d'accord » pour que nous lancions ce remboursement partiel ; sinon, le retour classique reste bien sûr possible.

Cordialement,
Sophie Bertin
Thés & Fontes d'Asie""",
  [], "Return follow-up offering a partial refund.")

m("return-follow-up", "html", "Retour de la balance – {OID}",
  """<p>Bonjour,</p>
<p>Nous avons bien votre demande de retour pour la balance de cuisine (commande {OID}). Pour la transmettre au fabricant, il nous manque le <strong>numéro de série</strong> inscrit sous l'appareil (il commence par KB-).</p>
<p>Pourriez-vous nous l'indiquer en réponse à ce message ? Une photo de l'étiquette fait aussi l'affaire.</p>
<p>Merci,<br>Mathis – SAV Cuisine Malin</p>""",
  [], "Return follow-up asking for the serial number needed to complete the return.")

m("invoice", "html", "Facture FA/2026/12/0457 – commande {OID}",
  """<p>Bonjour Madame Caron,</p>
<p>Vous trouverez ci-joint la facture <strong>FA/2026/12/0457</strong> du 4 décembre 2026 relative à votre commande {OID}, d'un montant de 129,00 € TTC (dont TVA 20 % : 21,50 €).</p>
<p>Bonne réception,</p>
<p>Le service comptabilité</p>
<p><small>Atelier Bois &amp; Fil SARL au capital de 8 000 € – 14 rue des Tanneurs, 67000 Strasbourg<br>
SIRET 852 147 963 00018 – RCS Strasbourg 852 147 963 – TVA intracommunautaire FR 47 852147963</small></p>""",
  [], "Invoice with SIRET, RCS and VAT numbers and a slashed invoice number.")

m("review-request", "text", "Votre avis sur votre commande {OID}",
  """Bonjour,

Vous avez reçu il y a quelques jours les bougies parfumées de votre commande {OID}. Si vous avez un moment, un commentaire sur la page du produit Amazon aidera d'autres clients à se décider, qu'il soit enthousiaste ou plus nuancé.

Merci pour le temps que vous y consacrerez.

Inès, de la Chandellerie des Alpilles""",
  [], "Neutral plain-text review request.")

m("review-request", "html", "Que pensez-vous de votre plaid ? ({OID})",
  """<p><img src="https://m.media-amazon.com/images/S/seller-assets/maison-verdier-logo.png" alt="Maison Verdier" width="160" height="60"></p>
<p>Bonjour Madame Lefèvre,</p>
<p>Votre plaid (commande {OID}) vous accompagne maintenant depuis une semaine. Votre retour, quel qu'il soit, est précieux pour nous comme pour les autres acheteurs.</p>
<p><a href="https://www.amazon.fr/review/create-review?asin=B0CX4MV7Q2">Rédiger un commentaire sur le plaid Maison Verdier sur Amazon.fr</a></p>
<p>Bien à vous,<br>Claire Dumas – Maison Verdier</p>""",
  [], "HTML review request with the shop logo (alt names shop) and a descriptive https Amazon link.")

m("delivery-scheduling", "text", "Livraison de votre canapé – commande {OID}",
  """Bonjour Monsieur Da Silva,

Votre canapé 3 places (commande {OID}, 72 kg) sera livré par deux livreurs jusque dans la pièce de votre choix. Voici les créneaux disponibles pour Villeurbanne :

- jeudi 17 décembre, 8 h – 13 h
- vendredi 18 décembre, 13 h 30 – 18 h
- lundi 21 décembre, 8 h – 12 h 30

Merci de nous indiquer celui qui vous convient et l'étage (avec ou sans ascenseur).

Cordialement,
Nadia Benali
Planification livraisons – Salon Rivoli""",
  [], "Scheduling delivery of a bulky item with dates and time slots.")

m("home-service-appointment", "text", "Installation du lave-vaisselle – {OID}",
  """Bonjour Madame Morel,

Pour l'installation de votre lave-vaisselle encastrable (commande {OID}), notre technicien peut passer :

mardi 15 décembre entre 9 h et 11 h,
ou mercredi 16 décembre entre 14 h et 16 h.

Prévoyez un accès dégagé à l'arrivée d'eau et à la prise. L'intervention dure environ 1 h 30.

Quel créneau préférez-vous ?

Julien Lacroix
Électro Services Nantes""",
  [], "Home-service appointment with time slots.")

m("custom-design-verification", "html", "BAT de vos faire-part – commande {OID}",
  """<p>Bonjour Camille,</p>
<p>Voici en pièce jointe le bon à tirer (BAT) de vos 50 faire-part de naissance pour la commande {OID} : prénom « Lou », date du 28 novembre 2026, 3,250 kg, papier coton 300 g.</p>
<p>Merci de vérifier l'orthographe et les chiffres, puis de nous répondre « BAT validé » ou de nous indiquer les corrections. L'impression démarre dès votre validation.</p>
<p>Amicalement,<br>Élodie – Papeterie Plume &amp; Coton</p>""",
  [], "Design proof sent for approval.")

m("fulfillment-question", "text", "Code d'accès pour la livraison – {OID}",
  """Bonjour,

Notre équipe doit livrer votre armoire (commande {OID}, dossier LIV-2026-0318) dans la résidence Les Tilleuls, bâtiment C, lot 12. L'adresse ne mentionne ni digicode ni interphone.

Pourriez-vous nous communiquer le code d'accès du portail et, le cas échéant, celui du hall ? Sans ces informations, nous ne pourrons pas entrer.

Merci,
Pauline Girard – Meubles Girard""",
  [], "Door-code question with reference numbers.")

m("reply", "text", "Re: Question sur la lampe – {OID}",
  """Bonjour Monsieur Lambert,

Oui, la « Nordic Glow LED Desk Lamp » que vous avez achetée (commande {OID}) accepte une ampoule E14 jusqu'à 6 W. Le variateur intégré fonctionne avec toutes les ampoules LED dimmables de ce culot.

Bonne soirée,
Romain – Lumières d'Ici""",
  [], "Reply quoting an English product title inside French sentences.")

m("reply", "text", "Re: Panne de la machine à café – {OID}",
  """Bonjour Madame Petit,

Désolés pour ce souci avec votre machine à expresso (commande {OID}). Elle est couverte par la garantie constructeur de deux ans : le service après-vente du fabricant Brevia (ligne garantie du fabricant) est joignable au 09 70 12 34 56, du lundi au vendredi de 9 h à 18 h. Munissez-vous du numéro de série et de la date d'achat, le 23 novembre 2026.

Cordialement,
Thomas Leroy
Café & Compagnie""",
  [], "Reply giving the manufacturer's warranty hotline, marked as such (BSM309 exception).")

m("reply", "html", "Re: Facture au nom de la société – {OID}",
  """<p>Bonjour Monsieur Fabre,</p>
<p>C'est noté : nous établirons la facture de la commande {OID} au nom de votre société, Fabre Menuiserie SAS, avec votre numéro de TVA FR 19 532418907. Vous la recevrez via la messagerie Amazon d'ici demain.</p>
<p>Cordialement,<br>Margaux Simon<br>Responsable administrative</p>
<p><small>EURL Le Petit Comptoir – 3 place du Marché, 33000 Bordeaux<br>SIRET 901 234 567 00012 – RCS Bordeaux 901 234 567 – TVA FR 83 901234567 – APE 4791B</small></p>""",
  [], "Reply with a company-details footer (SIRET, RCS, VAT, APE).")

m("reply", "text", "Re: Où en est mon remboursement ? {OID}",
  """Bonjour Madame Blanc,

Votre colis retour (numéro de retour RET-2026-11874, suivi 6C01234567890) est arrivé à notre entrepôt le jeudi 3 décembre à 10 h 42. Nous avons vérifié l'article le lendemain et déclenché le remboursement de 34,90 € sur la commande {OID} le vendredi 4 décembre à 16 h 15.

Selon votre banque, comptez 3 à 5 jours ouvrés pour le voir apparaître.

Bonne journée,
Lucas – Service retours, Kiosque Nomade""",
  [], "Reply with return and tracking numbers, dates, times and amounts.")

# ---------------------------------------------------------- violations (31)
m("fulfillment-question", "text", "Commande {OID} en route",
  """Bonjour,

Bonne nouvelle : votre colis (commande {OID}) a quitté notre entrepôt de Saint-Priest ce matin et a été confié à Colissimo.

À très bientôt,
L'équipe Kiosque Nomade""",
  ["BSM201"], "Shipping confirmation: left the warehouse and handed to the carrier.")

m("fulfillment-question", "html", "Nous préparons votre commande {OID}",
  """<p>Bonjour Madame Aubert,</p>
<p>Votre commande {OID} nous est bien parvenue et nos préparateurs s'en occupent en ce moment même, avec tout le soin qu'elle mérite.</p>
<p>Belle journée,<br>Chandellerie des Alpilles</p>""",
  ["BSM201"], "Order confirmation paraphrased: received and being prepared.")

m("fulfillment-question", "text", "Merci ! – {OID}",
  """Bonjour Monsieur Henry,

Toute l'équipe de l'Atelier Bois & Fil tient à vous remercier chaleureusement pour votre confiance (commande {OID}).

Merci encore, et belle fin d'année !

Gabrielle""",
  ["BSM202"], "Thanks only.")

m("fulfillment-question", "text", "Commande {OID}",
  """Bonjour,

Au sujet de votre commande {OID} : si jamais quelque chose n'allait pas, sachez que nous restons à votre entière disposition via la messagerie Amazon.

Cordialement,
Cuisine Malin""",
  ["BSM202"], "Only an offer to help if a problem comes up.")

m("delivery-delay", "text", "Petit retard pour la commande {OID}",
  """Bonjour Madame Rey,

Votre lot de torchons brodés (commande {OID}) partira avec trois jours de retard, le samedi 12 décembre, car notre brodeuse était souffrante.

Merci de votre compréhension.

Maison Verdier

P.-S. : jusqu'au 31 décembre, profitez de -20 % sur toute la boutique avec le code HIVER20.""",
  ["BSM203"], "Permitted delay with a P.S. promoting 20 % off the whole range.")

m("review-request", "html", "Votre avis et nos nouveautés – {OID}",
  """<p>Bonjour,</p>
<p>Nous espérons que le coffret de thés de votre commande {OID} vous plaît. Un commentaire sur Amazon nous aiderait beaucoup.</p>
<p>Au passage : notre collection d'hiver vient de sortir ! Suivez-nous sur Instagram et Facebook (Thés &amp; Fontes d'Asie) et inscrivez-vous à notre lettre d'information pour ne rien manquer.</p>
<p>Sophie – Thés &amp; Fontes d'Asie</p>""",
  ["BSM203"], "Follow us, newsletter and new collection in a review request.")

m("review-request", "text", "Un petit geste pour votre avis – {OID}",
  """Bonjour Monsieur Vidal,

Vous avez reçu votre moulin à poivre (commande {OID}). Dès que votre commentaire sera publié sur Amazon, nous vous ferons parvenir une petite attention pour vous remercier de votre temps.

Bien à vous,
Boissellerie du Luberon""",
  ["BSM204"], "A small token of appreciation once the review is published.")

m("review-request", "text", "Commande {OID} – remboursée si vous donnez votre avis",
  """Bonjour,

Proposition un peu particulière : laissez un commentaire sur la lampe achetée (commande {OID}) et, dès qu'il sera en ligne, nous vous remboursons l'intégralité de votre achat.

Il suffit de nous répondre avec la capture d'écran.

Romain – Lumières d'Ici""",
  ["BSM204"], "Full refund as soon as the review is online.")

m("reply", "text", "Re: Votre commentaire – {OID}",
  """Bonjour Madame Collin,

Nous avons vu votre commentaire à une étoile sur la balance de cuisine (commande {OID}). Le souci d'affichage venait des piles fournies ; avec des piles neuves, tout rentre dans l'ordre.

Maintenant que c'est réglé, accepteriez-vous de revoir votre note ou de retirer ce commentaire ?

Merci d'avance,
Mathis – Cuisine Malin""",
  ["BSM205"], "Asks to update or remove a one-star review.")

m("review-request", "text", "Vous êtes satisfait ? – {OID}",
  """Bonjour,

Votre faire-part (commande {OID}) est arrivé à bon port. Si vous en êtes content, un commentaire sur Amazon nous ferait très plaisir. En revanche, si quelque chose vous a déplu, écrivez-nous d'abord plutôt que de laisser un avis : nous trouverons une solution.

Élodie – Papeterie Plume & Coton""",
  ["BSM206"], "Asks only satisfied buyers; steers unhappy ones away from reviewing.")

m("review-request", "html", "Cinq étoiles pour nous ? – {OID}",
  """<p>Bonjour Monsieur Garnier,</p>
<p>Votre carafe (commande {OID}) trône-t-elle déjà sur votre table ? Nous serions ravis que vous lui attribuiez <strong>5 étoiles</strong> sur Amazon : pour un petit atelier comme le nôtre, chaque note maximale compte.</p>
<p>Léon – Les Carafes de Léon</p>""",
  ["BSM206"], "Asks for a five-star rating.")

m("order-problem", "text", "Commande {OID} : produit en rupture",
  """Bonjour Madame Hubert,

Le service de table « Camargue » de votre commande {OID} est malheureusement épuisé chez notre fournisseur. Nous avons ajusté le montant de la commande avec le motif « rupture de stock ».

Pour que tout soit réglé au plus vite, le plus simple est que vous demandiez vous-même l'annulation depuis « Vos commandes » sur Amazon.

Désolés pour ce désagrément,
Faïencerie du Midi""",
  ["BSM108"], "Adjustment confirmed but advises the buyer to cancel themselves.")

m("order-problem", "text", "Commande {OID} – stock épuisé",
  """Bonjour,

Nous n'avons plus de bottes fourrées en pointure 39 pour votre commande {OID}, et le réassort n'est pas prévu.

Nous vous serions très reconnaissants de bien vouloir effectuer une demande d'annulation de votre côté.

Merci de votre compréhension,
Chausseur Bastide""",
  ["BSM107", "BSM108"], "Asks for a cancellation request and does not confirm the amount adjustment.")

m("delivery-delay", "text", "Expédition décalée – {OID}",
  """Bonjour,

Votre commande {OID} (bougie « Figuier ») sera expédiée le 10 décembre au lieu du 7, notre cire étant arrivée en retard.

Merci de votre patience.

Chandellerie des Alpilles

Vous ne souhaitez plus recevoir nos messages ? Répondez STOP à ce message.""",
  ["BSM305"], "Opt-out instruction: reply STOP.")

m("reply", "text", "Re: Colis abîmé – {OID}",
  """Bonjour Monsieur Marchand,

Franchement, ce putain de transporteur nous a encore massacré un colis. On en a marre de leurs conneries.

Nous vous renvoyons un saladier neuf pour la commande {OID} dès demain, sans frais.

Faïencerie du Midi""",
  ["BSM306"], "French profanity in a reply.")

m("delivery-delay", "text", "Shipping delay – order {OID}",
  """Hello,

We are sorry to let you know that your linen tablecloth (order {OID}) will ship on 11 December instead of 8 December, as our supplier delivered the fabric late.

Thank you for your patience.

Best regards,
Maison Verdier""",
  ["BSM104"], "Whole message in English for a fr-FR buyer.")

m("additional-information", "text", "Livraison de la commande {OID}",
  """Bonjour Madame Meunier,

Pour organiser la remise de votre table basse (commande {OID}), il nous faut savoir si quelqu'un sera présent le samedi matin. Le plus simple : appelez-nous au 04 78 12 34 56, du mardi au samedi.

Merci,
Meubles Girard""",
  ["BSM309"], "Seller phone number in French national format.")

m("reply", "text", "Re: Taille du tapis – {OID}",
  """Bonjour,

Le tapis de votre commande {OID} mesure bien 160 x 230 cm, franges non comprises. Pour toute autre question, Yasmine répond aussi par WhatsApp au +33 6 12 34 56 78.

Bonne journée,
Tapis Atlas""",
  ["BSM309"], "Seller phone number in international format.")

m("return-follow-up", "text", "Photos pour votre retour – {OID}",
  """Bonjour,

Afin de finaliser le retour de la veste (commande {OID}), pourriez-vous nous envoyer deux photos de la couture défectueuse à sav.bastide@chausseur-bastide.fr ?

Merci,
Chausseur Bastide""",
  ["BSM308"], "Plain email address in text.")

m("reply", "text", "Re: Devis pour 20 pièces – {OID}",
  """Bonjour Monsieur Chevalier,

Pour un devis de 20 bougies identiques à celles de votre commande {OID}, écrivez à pro [arobase] chandellerie-alpilles [point] fr en précisant le parfum.

Belle journée,
Inès""",
  ["BSM308"], "Obfuscated email address with [arobase] and [point].")

m("reply", "html", "Re: Entretien du plaid – {OID}",
  """<p>Bonjour,</p>
<p>Le plaid de votre commande {OID} se lave à 30 °C en programme laine. Tous nos conseils sont réunis dans notre <a href="https://www.maison-verdier.fr/conseils/entretien-laine">guide d'entretien de la laine mérinos</a>.</p>
<p>Claire – Maison Verdier</p>""",
  ["BSM302"], "https link to the seller's own site with descriptive text.")

m("review-request", "html", "Votre avis sur la commande {OID}",
  """<p>Bonjour Madame Roche,</p>
<p>Vous avez reçu votre boîte à thé il y a une semaine (commande {OID}). Votre avis nous intéresse, en bien comme en moins bien.</p>
<p><a href="http://www.amazon.fr/review/create-review?asin=B0D2KQ8L1T">Laisser un commentaire sur la boîte à thé sur Amazon.fr</a></p>
<p>Sophie – Thés &amp; Fontes d'Asie</p>""",
  ["BSM301"], "Insecure http link to Amazon with descriptive text.")

m("delivery-delay", "html", "Votre plaid arrive bientôt – {OID}",
  """<p>Bonjour,</p>
<p>Votre plaid (commande {OID}) partira le 9 décembre au lieu du 4, notre laine ayant pris du retard.</p>
<p><img src="https://m.media-amazon.com/images/S/seller-assets/plaid-merinos-gris-130x170.jpg" alt="Plaid en laine mérinos gris 130 x 170 cm" width="300"></p>
<p>Merci de votre patience,<br>Maison Verdier</p>""",
  ["BSM310"], "Photo of the purchased product.")

m("delivery-delay", "html", "Retard de livraison – {OID}",
  """<p>Bonjour Monsieur Lemoine,</p>
<p>La neige bloque notre atelier de Savoie : votre coffret à couteaux (commande {OID}) sera expédié le 15 décembre au lieu du 10.</p>
<p><img src="https://m.media-amazon.com/images/S/seller-assets/sapin-de-noel-enneige.jpg" alt="Sapin de Noël enneigé" width="300"></p>
<p>Hugo – Coutellerie Perrin &amp; Fils</p>""",
  ["BSM311"], "Stock image unrelated to the shop (a snowy Christmas tree).")

m("additional-information", "html", "Couleur du fil – {OID}",
  """<p><img src="https://m.media-amazon.com/images/S/seller-assets/logo-atelier-bois-et-fil.png" width="140" height="50"></p>
<p>Bonjour,</p>
<p>Pour broder le prénom sur le coussin de votre commande {OID}, préférez-vous un fil bleu marine ou bordeaux ?</p>
<p>Gabrielle – Atelier Bois &amp; Fil</p>""",
  ["BSM402"], "Shop logo without an alt attribute.")

m("additional-information", "text", "Votre commande {OID} 😊",
  """Bonjour Lucie,

Pour votre bougie personnalisée (commande {OID}), quel prénom souhaitez-vous sur l'étiquette ? 🕯️

Merci et à bientôt,
Inès""",
  ["BSM403"], "Emoji in subject and body.")

m("reply", "text", "Re: Délai – {OID}",
  """Bonjour Monsieur Durand,

Pas d'inquiétude, votre carafe (commande {OID}) sera prête à partir jeudi comme prévu ;-)

Léon""",
  ["BSM403"], "Text emoticon ;-).")

m("delivery-delay", "html", "Nouvelle date d'envoi – {OID}",
  """<style>
.titre { font-size: 22px; }
.intro { font-size: 17px; }
.texte { font-size: 14px; }
.mentions { font-size: 10px; }
</style>
<p class="titre">Retard d'expédition</p>
<p class="intro">Bonjour Madame Perrot,</p>
<p class="texte">Votre service à fondue (commande {OID}) sera expédié le 14 décembre au lieu du 9 décembre, suite à un retard de notre fournisseur.</p>
<p>Merci de votre compréhension.</p>
<p class="mentions">Boissellerie du Luberon – SIRET 478 512 369 00024</p>""",
  ["BSM410"], "Four explicit font sizes in a style block besides the default.")

m("additional-information", "text", "Dimensions de la housse – {OID}",
  """Bonjour,

Pour la housse sur mesure de votre commande {OID}, pourriez-vous nous confirmer la profondeur de l'assise en centimètres ?


Nous lançons la découpe dès réception.



Merci,
Salon Rivoli""",
  ["BSM412"], "Runs of blank lines in plain text.")

m("review-request", "text", "[Important] Votre avis – commande {OID}",
  """Bonjour,

Votre lampe (commande {OID}) est arrivée il y a une dizaine de jours. Si vous le souhaitez, vous pouvez partager votre expérience dans un commentaire sur la page du produit Amazon.

Romain – Lumières d'Ici""",
  ["BSM110"], "[Important] tag on a review request.")

m("review-request", "html", "Votre avis – {OID}",
  """<p>Bonjour Madame Faure,</p>
<p>Vous avez reçu vos torchons brodés (commande {OID}). Pour donner votre avis sur Amazon, <a href="https://www.amazon.fr/review/create-review?asin=B0C9TT3X8R">cliquez ici</a>.</p>
<p>Maison Verdier</p>""",
  ["BSM401"], "Non-descriptive link text 'cliquez ici'.")

# ---------------------------------------------------------------- vary (2)
m("delivery-delay", "html", "Mise à jour de votre commande {OID}",
  """<div style="font-family: Arial, Helvetica, sans-serif; color: #333333; line-height: 1.7; text-align: center;">
<p>Bonjour Monsieur Aubry,</p>
<p>Votre tapis berbère (commande {OID}) quittera notre atelier le 16 décembre au lieu du 11 décembre : le séchage des teintures a pris plus de temps que prévu.</p>
<p>Toutes nos excuses,<br>Tapis Atlas</p>
</div>""",
  ["BSM407", "BSM408", "BSM409", "BSM411"], "Builder styles: font family, colour, line height, centred text.")

m("delivery-delay", "html", "Votre commande {OID} : léger retard",
  """<div style="padding: 20px 140px;">
<p>Bonjour Madame Giraud,</p>
<p>Votre lot de serviettes (commande {OID}) sera expédié le 12 décembre au lieu du 8 décembre, à cause d'un retard de notre blanchisserie.</p>
<p>Merci de votre patience,<br>Maison Verdier</p>
</div>""",
  ["BSM405"], "140 px horizontal padding per side, over 20% of 600 px.")


MESSAGES = []
for _i, (_t, _f, _s, _b, _e, _n) in enumerate(_R, 1):
    _o = _oid(_i)
    MESSAGES.append({
        "id": "v10-%s-%03d" % (LANG, _i),
        "language": LANG,
        "locale": LOCALE,
        "type": _t,
        "format": _f,
        "subject": _s.replace("{OID}", _o),
        "body": _b.replace("{OID}", _o).replace("{OIDNH}", _o.replace("-", "")),
        "order_id": _o,
        "expected": _e,
        "note": _n,
    })
