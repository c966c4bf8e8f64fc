"""v22 blind evaluation set, Dutch (nl). Standard library only."""
import random

_r = random.Random(530)
O = ["530-%07d-%07d" % (_r.randrange(10**6, 10**7), _r.randrange(10**6, 10**7)) for _ in range(50)]

MESSAGES = []


def M(t, fmt, subject, body, expected, note, locale="nl-NL"):
    i = len(MESSAGES)
    o = O[i]
    MESSAGES.append({
        "id": "v22-nl-%03d" % (i + 1), "language": "nl", "locale": locale, "type": t,
        "format": fmt, "subject": subject.replace("{o}", o), "body": body.replace("{o}", o),
        "order_id": o, "expected": sorted(expected), "note": note,
    })


# ---- 17 clean ----
M("delivery-delay", "text", "Je bestelling {o} laat iets langer op zich wachten",
  "Hoi Sanne,\n\nEven een seintje over je bestelling {o}: de eikenhouten wandplank komt een paar dagen later dan we hadden beloofd. Onze houtleverancier liep achter, de planken liggen nu in de werkplaats te drogen.\n\nWe verwachten hem uiterlijk vrijdag 18 december te kunnen versturen. Past dat niet meer, laat het ons dan gewoon weten.\n\nGroet,\nJoost\nHoutwerf Zwolle",
  [], "Clean informal delivery delay in plain text with a new dispatch date.")
M("delivery-delay", "html", "Vertraging bestelling {o}",
  "<p>Beste meneer Bakker,</p><p>Helaas zit er wat vertraging op uw bestelling <b>{o}</b> (2x fietstas Waterproof 20L). De nieuwe zending van de fabrikant is pas op 14-12 bij ons binnen.</p><p>Nieuwe verwachte verzenddatum: <b>woensdag 16 december 2026</b>.</p><p>Onze excuses voor het ongemak.</p><p>Met vriendelijke groet,<br>Ilse de Vries<br>Klantenservice Trapper Bike Gear</p>",
  [], "Clean builder-style HTML delivery delay with bold new date.")
M("order-problem", "text", "[Belangrijk] Probleem met je bestelling {o}",
  "Beste mevrouw Jansen,\n\nBij een laatste controle bleek dat de enige theepot Kyoto in het grijs een haarscheur had. We kunnen bestelling {o} daardoor niet leveren.\n\nWe hebben het bestelbedrag van € 34,95 inmiddels volledig aangepast, met als reden dat het artikel niet op voorraad is. Het geld staat binnen een paar werkdagen weer op uw rekening; u hoeft zelf niets te doen.\n\nExcuses voor de teleurstelling.\n\nHartelijke groet,\nMarieke\nTheehuis Lindeboom",
  [], "Clean order problem confirming the amount adjusted, Dutch [Belangrijk] tag allowed.")
M("additional-information", "text", "Vraagje over de gravure – {o}",
  "Hallo Pieter,\n\nVoor de gegraveerde snijplank uit bestelling {o} missen we nog één ding: welke tekst wil je erop? Max. 25 tekens, hoofdletters mogen.\n\nZodra we het weten gaat de laser aan.\n\nGroetjes,\nFenna van Atelier Kerf",
  [], "Clean request for information needed to complete a personalised order.")
M("return-follow-up", "text", "Retour {o} – voorstel",
  "Beste Kees,\n\nWe hebben je retourverzoek voor de bureaulamp Nova gezien (bestelling {o}). Je schreef dat de kap een deukje heeft maar dat de lamp verder prima werkt.\n\nWil je hem liever houden? Dan storten we € 15,00 van de € 59,00 terug. Stuur je hem toch retour, dan is dat natuurlijk ook goed; laat maar even weten wat je kiest.\n\nMet vriendelijke groet,\nRob Smit\nLichtlab Utrecht",
  [], "Clean return follow-up offering a partial refund.")
M("return-follow-up", "text", "Je retour van bestelling {o}",
  "Goedemiddag mevrouw Visser,\n\nUw retour van bestelling {o} is bij ons aangekomen, maar in de doos zat alleen de jas, niet de losse capuchon. Zit die misschien nog bij u thuis? Dan kunnen we de retour afronden zodra die binnen is.\n\nVriendelijke groet,\nAnouk\nBuitenmode Noord",
  [], "Clean return follow-up asking for information to complete the return.")
M("invoice", "html", "Factuur bij bestelling {o}",
  "<p>Beste heer Mulder,</p><p>In de bijlage vindt u de factuur voor bestelling {o}.</p><table><tr><td>Factuurnummer</td><td>2026/NL/04417</td></tr><tr><td>Factuurdatum</td><td>07-12-2026</td></tr><tr><td>Totaal incl. 21% btw</td><td>€ 242,00</td></tr></table><p>Met vriendelijke groet,<br>Administratie Kantoorkoning B.V.</p><p><small>Kantoorkoning B.V. · Industrieweg 12 · 3542 AD Utrecht<br>KvK 81234567 · BTW-nummer NL862345678B01</small></p>",
  [], "Clean invoice with slash invoice number, KvK, BTW and IBAN that are not phone numbers.")
M("review-request", "text", "Hoe bevalt het vloerkleed? – bestelling {o}",
  "Hoi Lotte,\n\nJe vloerkleed uit bestelling {o} ligt nu een weekje. Als je er even tijd voor hebt, horen we graag hoe het bevalt in een productrecensie op Amazon, positief of kritisch, allebei helpt het andere kopers.\n\nGroet,\nTeam Wol & Draad",
  [], "Clean neutral review request in plain text.")
M("review-request", "html", "Uw mening over bestelling {o}",
  "<p><img src=\"https://cdn.tuinhuisje.nl/img/logo-tuinhuisje.png\" alt=\"Logo Het Tuinhuisje\" width=\"160\"></p><p>Beste mevrouw Dekker,</p><p>Een paar dagen geleden kwam de plantenbak uit bestelling {o} bij u aan. We zijn benieuwd naar uw ervaring. U kunt een recensie achterlaten via <a href=\"https://www.amazon.nl/review/create-review?asin=B0C1234567\">de recensiepagina van dit product op Amazon</a>.</p><p>Met groene groet,<br>Het Tuinhuisje</p>",
  [], "Clean HTML review request with shop logo (alt names shop) and descriptive https Amazon link.")
M("delivery-scheduling", "text", "Bezorgafspraak kast – {o}",
  "Goedendag meneer De Boer,\n\nDe kledingkast uit bestelling {o} (2 pakketten, samen 96 kg) wordt door onze eigen chauffeurs bezorgd. Welk tijdvak komt u het best uit?\n\n- dinsdag 15 december, 08:00–12:00\n- dinsdag 15 december, 13:00–17:00\n- donderdag 17 december, 08:00–12:00\n\nGraag ook even laten weten of er een lift is; de chauffeurs brengen alles tot in de woning.\n\nMet vriendelijke groet,\nPlanning Meubelhal Oost",
  [], "Clean scheduling of a bulky delivery with dates and time slots.")
M("home-service-appointment", "text", "Afspraak monteur – bestelling {o}",
  "Beste mevrouw Hendriks,\n\nVoor het ophangen van de tv-beugel (bestelling {o}) kan onze monteur langskomen op maandag 21 december tussen 9.00 en 11.00 uur of op woensdag 23 december tussen 14.00 en 16.00 uur.\n\nWelk moment past u het beste? De klus duurt ongeveer een uur.\n\nGroeten,\nDaan\nMontageService Zuid",
  [], "Clean home-service appointment scheduling.")
M("custom-design-verification", "html", "Ontwerpproef geboortebord {o}",
  "<p>Hoi Mirjam,</p><p>In de bijlage zit de proef van jullie geboortebord (bestelling {o}): naam <b>Noor</b>, geboren 02-12-2026, 3.120 gram.</p><p>Klopt alles, ook de spelling? Dan zetten we hem morgen op de planning. Wijzigingen kunnen nog gratis.</p><p>Liefs,<br>Studio Klein Geluk</p>",
  [], "Clean custom design proof verification with attachment mention.")
M("fulfillment-question", "text", "Toegangscode nodig voor levering {o}",
  "Beste heer Van Dijk,\n\nOnze koerier meldt dat hij bij uw adres niet in de hal van het complex kan komen. Heeft u voor bestelling {o} een deurcode of een andere instructie voor ons?\n\nUw referentie bij de koerier is REF-2026-118734, zendingsreferentie 3SXYZ0045127. De volgende poging staat gepland voor vrijdag.\n\nMet vriendelijke groet,\nLogistiek Kookgigant",
  [], "Clean door-code question with reference numbers that are not phone numbers.")
M("reply", "text", "Re: Welke maat? {o}",
  "Hoi Emma,\n\nGoeie vraag! De \"Cozy Knit Oversized Sweater\" uit je bestelling {o} valt ruim, dus als je twijfelt tussen M en L zou ik M nemen. De mouwen zijn vrij lang, die kun je mooi omslaan.\n\nGroetjes,\nNina van Breiwerk",
  [], "Clean reply quoting an English product title inside Dutch sentences.")
M("reply", "text", "Re: Koffiemachine doet het niet meer – {o}",
  "Beste meneer Peters,\n\nVervelend dat de koffiemachine uit bestelling {o} na drie weken al kuren vertoont. Het snelst gaat het via de garantielijn van de fabrikant, Brevino Nederland: 085 - 303 12 40 (fabrieksgarantie, ma t/m vr 9–17 uur). Zij sturen meteen een ophaallabel.\n\nKomt u er daar niet uit, dan horen we het graag.\n\nMet vriendelijke groet,\nKeukenspecialist Dorst",
  [], "Clean reply with the manufacturer's warranty hotline marked as such.")
M("reply", "html", "Re: Zakelijke factuur {o}",
  "<p>Goedemorgen mevrouw Bos,</p><p>Zeker, we zetten de factuur van bestelling {o} graag op naam van uw bedrijf. We hebben de gegevens aangepast; de nieuwe factuur volgt vandaag via Amazon.</p><p>Met vriendelijke groet,<br>Thijs Wolters<br>Accountmanager</p><p><small>Printerpunt B.V. | Havenstraat 88 | 1506 PB Zaandam<br>KvK 70112233 | btw NL859012345B01</small></p>",
  [], "Clean reply with a company-details footer.")
M("reply", "text", "Re: Waar blijft mijn retourgeld? {o}",
  "Hallo Bram,\n\nJe pakket met retournummer RMA-55812 is op 3 december om 14:12 uur bij ons afgeleverd (PostNL, 3SKLM123456789). We hebben op 4 december € 89,95 teruggeboekt voor bestelling {o}. Afhankelijk van je bank duurt het 3 tot 5 werkdagen voor het zichtbaar is.\n\nGroet,\nLeonie\nSneakerloods",
  [], "Clean reply with tracking, return numbers, dates, times and amounts.")

# ---- 31 violations ----
M("fulfillment-question", "text", "Je pakketje is onderweg! {o}",
  "Hoi Lisa,\n\nGoed nieuws: je bestelling {o} heeft vanochtend ons magazijn verlaten en is aan DHL meegegeven. Morgen of overmorgen ligt hij bij je op de mat.\n\nGroeten,\nKaarsenkamer",
  ["BSM201"], "Shipping confirmation phrased as left warehouse and handed to carrier.")
M("fulfillment-question", "html", "Bestelling {o} goed ontvangen",
  "<p>Beste klant,</p><p>Wij hebben uw bestelling {o} in goede orde ontvangen en zijn al bezig met inpakken. U hoort van ons als het ergens op vastloopt.</p><p>Met vriendelijke groet,<br>Team Speelgoedparadijs</p>",
  ["BSM201"], "Order confirmation: received and being packed.")
M("fulfillment-question", "text", "Bedankt! {o}",
  "Hoi Tom,\n\nDankjewel dat je bij ons hebt besteld (bestelling {o}), super fijn!\n\nGroetjes,\nBrouwerij 't Vaatje",
  ["BSM202"], "Thanks-only message.")
M("fulfillment-question", "text", "Bestelling {o}",
  "Beste mevrouw Kok,\n\nMocht er iets zijn met bestelling {o}, we staan altijd voor u klaar. Schroom niet om even te laten horen.\n\nHartelijke groet,\nDe Lakenfabriek",
  ["BSM202"], "Only an offer of help if something comes up.")
M("delivery-delay", "text", "Kleine vertraging – {o}",
  "Beste Wouter,\n\nDe hardloopschoenen uit bestelling {o} komen een paar dagen later binnen van de groothandel. We verwachten ze maandag 14 december te versturen.\n\nGroet,\nRunnersplaats\n\nPS: deze week 20% korting op ons hele assortiment, dus misschien is het een goed moment voor een extra paar sokken.",
  ["BSM203"], "Delivery delay with a 20% off P.S. promotion.")
M("review-request", "text", "Jouw ervaring met bestelling {o}",
  "Hoi Julia,\n\nWil je ons laten weten wat je van je fotolijsten uit bestelling {o} vindt? Een recensie op Amazon helpt ons enorm.\n\nVolg ons trouwens op Instagram voor onze nieuwe wintercollectie, en schrijf je in voor de nieuwsbrief, dan ben je altijd als eerste op de hoogte.\n\nGroet,\nLijst & Co",
  ["BSM203"], "Review request plus follow us, newsletter and new collection.")
M("review-request", "text", "Een klein bedankje – {o}",
  "Beste meneer Willems,\n\nZou u een recensie willen schrijven over het gereedschapssetje uit bestelling {o}? Als die online staat, sturen we u als blijk van waardering een kleine attentie toe.\n\nMet vriendelijke groet,\nKlusgigant",
  ["BSM204"], "Small token of appreciation once the review is published.")
M("review-request", "text", "Geld terug? {o}",
  "Hoi Sophie,\n\nWe hebben een leuk aanbod: plaats een recensie van je yogamat (bestelling {o}) en je krijgt het volledige aankoopbedrag terug zodra de recensie zichtbaar is.\n\nGroet,\nYogaVloer",
  ["BSM204"], "Full refund as soon as the review is online.")
M("reply", "text", "Re: Kapotte vaas {o}",
  "Beste mevrouw Vermeulen,\n\nDe nieuwe vaas voor bestelling {o} is inmiddels bij u, begrepen we. Nu dat is opgelost: zou u uw recensie van één ster willen bijwerken, of anders weghalen? Dat zou veel voor ons betekenen.\n\nVriendelijke groet,\nGlasblazerij Helder",
  ["BSM205"], "Asks to update or remove a one-star review.")
M("review-request", "text", "Tevreden? {o}",
  "Hoi Ruben,\n\nBen je blij met je koptelefoon uit bestelling {o}? Dan zouden we een recensie op Amazon heel erg waarderen. Viel er iets tegen? Laat het dan liever eerst aan ons weten in plaats van een recensie te schrijven, dan lossen we het samen op.\n\nGroet,\nGeluidshuis",
  ["BSM206"], "Review asked only from satisfied buyers, unhappy ones steered to the seller.")
M("review-request", "html", "Uw mening telt – {o}",
  "<p>Beste klant,</p><p>Hopelijk geniet u van de espressokopjes uit bestelling {o}. Wij zouden het enorm waarderen als u ons vijf sterren geeft op Amazon.</p><p>Met vriendelijke groet,<br>Porseleinkast</p>",
  ["BSM206"], "Asks for a five-star rating.")
M("order-problem", "text", "[Belangrijk] Bestelling {o} niet leverbaar",
  "Beste meneer Maas,\n\nHet spijt ons, maar de racefietshelm uit bestelling {o} is niet meer op voorraad. We hebben het bestelbedrag al aangepast (reden: geen voorraad).\n\nHet snelst is het als u zelf nog even een annulering aanvraagt via uw bestellingen op Amazon, dan is alles direct netjes afgerond.\n\nMet vriendelijke groet,\nFietsenstalling Online",
  ["BSM108"], "Amount adjusted but buyer advised to cancel himself because of no stock.")
M("order-problem", "text", "Bestelling {o}",
  "Hallo Eva,\n\nHelaas is de laatste zijden sjaal uit bestelling {o} net verkocht in onze winkel. We zouden het fijn vinden als je de bestelling wilt annuleren, dan kunnen wij het verder regelen.\n\nSorry!\nBoutique Mooi",
  ["BSM107", "BSM108"], "Polite cancellation request for out of stock without confirming the adjustment.")
M("delivery-delay", "text", "Vertraging {o}",
  "Beste klant,\n\nUw bestelling {o} wordt door drukte bij de drukkerij pas op 17 december verzonden. Excuses daarvoor.\n\nGroeten,\nPosterplek\n\nWilt u geen berichten meer van ons ontvangen? Antwoord dan met STOP.",
  ["BSM305"], "Opt-out instruction: reply STOP.")
M("reply", "text", "Re: Nog steeds niks ontvangen {o}",
  "Hoi Mark,\n\nSorry man, die klotebezorger heeft je pakket voor bestelling {o} gewoon weer mee teruggenomen. Wat een kutbedrijf is het ook. We regelen vandaag een nieuwe bezorgpoging.\n\nGroet,\nDennis\nGamekelder",
  ["BSM306"], "Dutch profanity in a reply.")
M("delivery-delay", "text", "Delay on your order {o}",
  "Hi there,\n\nYour order {o} is running a few days late, our supplier had a hiccup. We now expect to dispatch it on Monday 14 December.\n\nSorry about that,\nThe Bloemenbus team",
  ["BSM104"], "Dutch buyer locale but the whole message is in English.")
M("reply", "text", "Re: Vraag over afhalen {o}",
  "Beste meneer Claassen,\n\nOp uw vraag over bestelling {o}: bel ons gerust even op 030 - 234 56 78, dan spreken we samen een moment af.\n\nMet vriendelijke groet,\nBouwmarkt Het Anker",
  ["BSM309"], "Seller's own national phone number.")
M("additional-information", "text", "Maatvoering voor uw rolgordijn – {o}",
  "Beste mevrouw Meijer,\n\nVoor het rolgordijn op maat (bestelling {o}) hebben we de exacte breedte van het kozijn nodig. Lukt het niet om op te meten, app ons dan via +31 6 12 34 56 78.\n\nGroet,\nRaamdecor Friesland",
  ["BSM309"], "Seller's mobile number in international format.")
M("reply", "text", "Re: Bon kwijt {o}",
  "Hoi Femke,\n\nStuur een kopie van je bon voor bestelling {o} maar naar administratie@schoenenhoek.nl, dan zoeken we het uit.\n\nGroet,\nSchoenenhoek",
  ["BSM308"], "Plain e-mail address in text.")
M("reply", "text", "Re: Foto van de schade {o}",
  "Beste Gerard,\n\nKunt u de foto's van de beschadigde stoel (bestelling {o}) sturen naar service apenstaartje stoelenwinkel punt nl? Dan kijken we direct wat we kunnen doen.\n\nMet vriendelijke groet,\nStoelenwinkel",
  ["BSM308"], "Obfuscated e-mail address with apenstaartje and punt.")
M("reply", "html", "Re: Onderhoud eikenhout {o}",
  "<p>Beste mevrouw Prins,</p><p>Fijn dat de eettafel uit bestelling {o} goed is aangekomen. Over het onderhoud: kijk eens bij <a href=\"https://www.eikenhoek.nl/onderhoudstips\">onze onderhoudstips voor eikenhout</a>, daar staat alles stap voor stap.</p><p>Met vriendelijke groet,<br>Eikenhoek</p>",
  ["BSM302"], "Descriptive https link to the seller's own website.")
M("reply", "html", "Re: Retour aanmelden {o}",
  "<p>Hoi Jasper,</p><p>Je kunt de retour van bestelling {o} aanmelden via <a href=\"http://www.amazon.nl/gp/css/returns/homepage.html\">het retourcentrum op Amazon</a>.</p><p>Groet,<br>Hoesjeshuis</p>",
  ["BSM301"], "Insecure http link to Amazon with descriptive text.")
M("reply", "html", "Re: Kleur van de mand {o}",
  "<p>Beste mevrouw Smits,</p><p>Hierbij een foto van de rieten mand uit uw bestelling {o}, zodat u de kleur kunt vergelijken:</p><p><img src=\"https://cdn.mandenmakerij.nl/producten/rieten-mand-naturel.jpg\" alt=\"Rieten wasmand naturel\" width=\"300\"></p><p>Met vriendelijke groet,<br>Mandenmakerij Noordeloos</p>",
  ["BSM310"], "Photo of the purchased product.")
M("delivery-delay", "html", "Later dan gepland – {o}",
  "<p>Beste klant,</p><p>Door de feestdagendrukte wordt uw bestelling {o} pas op 21 december verzonden. Alvast fijne feestdagen!</p><p><img src=\"https://cdn.stockbeeld.nl/kerstboom-sneeuw.jpg\" alt=\"Kerstboom in de sneeuw\" width=\"300\"></p><p>Groeten,<br>Cadeauwinkel Bijzonder</p>",
  ["BSM311"], "Stock Christmas tree image unrelated to the shop.")
M("additional-information", "html", "Gegevens nodig voor bestelling {o}",
  "<p><img src=\"https://cdn.naamkettingen.nl/logo-naamkettingen.png\" width=\"150\"></p><p>Beste Iris,</p><p>Welke naam mogen we in de ketting uit bestelling {o} zetten? Maximaal 10 letters.</p><p>Groetjes,<br>Atelier Naamketting</p>",
  ["BSM402"], "Shop logo image without alt attribute.")
M("delivery-delay", "text", "Even geduld nog 🙏 {o}",
  "Hoi Nadia,\n\nJe puzzel uit bestelling {o} komt iets later, we verwachten hem donderdag 17 december te versturen 📦\n\nGroetjes,\nPuzzelparadijs",
  ["BSM403"], "Emoji in subject and body.")
M("reply", "text", "Re: Kleurverschil {o}",
  "Hoi Vera,\n\nGeen zorgen, we sturen voor bestelling {o} gewoon een nieuwe set servetten in de goede kleur ;-)\n\nGroet,\nTafelgoed",
  ["BSM403"], "Text emoticon ;-).")
M("delivery-delay", "html", "Nieuwe verzenddatum {o}",
  "<style>h1{font-size:24px} h2{font-size:18px} p{font-size:14px} .voet{font-size:11px}</style><h1>Vertraging</h1><h2>Bestelling {o}</h2><p>Beste klant, uw tuinbank wordt op 16 december verzonden in plaats van 10 december.</p><p class=\"voet\">Tuinmeubelen Achterhoek</p>",
  ["BSM410"], "Four explicit font sizes in a style block.")
M("delivery-delay", "text", "Vertraging bestelling {o}",
  "Beste meneer Koster,\n\nUw matras uit bestelling {o} wordt later geleverd, naar verwachting in week 52.\n\n\n\nMet vriendelijke groet,\nSlaapcentrum Twente",
  ["BSM412"], "Three blank lines in a row in plain text.")
M("review-request", "text", "[Belangrijk] Uw recensie over bestelling {o}",
  "Beste mevrouw Van Leeuwen,\n\nUw bestelling {o} is een week geleden bezorgd. We horen graag uw eerlijke mening in een productrecensie op Amazon.\n\nMet vriendelijke groet,\nBadkamerwinkel Spetter",
  ["BSM110"], "[Belangrijk] tag on a neutral review request.")
M("return-follow-up", "html", "Retourlabel bestelling {o}",
  "<p>Beste Yusuf,</p><p>Voor de retour van bestelling {o} hebben we nog het serienummer van de router nodig. Waar u dat vindt, ziet u <a href=\"https://www.amazon.nl/gp/help/customer/display.html\">hier</a>.</p><p>Met vriendelijke groet,<br>NetwerkWinkel</p>",
  ["BSM401"], "Non-descriptive link text 'hier'.")

# ---- 2 that vary ----
M("review-request", "html", "Uw ervaring met bestelling {o}",
  "<p><a href=\"https://www.koffiebrander-delft.nl\"><img src=\"https://www.koffiebrander-delft.nl/logo.png\" alt=\"Logo Koffiebrander Delft\" width=\"160\"></a></p><p>Beste meneer Hoekstra,</p><p>Uw koffiebonen uit bestelling {o} zijn inmiddels bezorgd. Een recensie op Amazon is altijd welkom.</p><p>Met vriendelijke groet,<br>Koffiebrander Delft</p>",
  ["BSM302", "BSM304"], "Shop logo linked to the shop's own website.")
M("delivery-delay", "text", "Uw bestelling loopt vertraging op",
  "Beste mevrouw Brouwer,\n\nUw bestelling " + O[49].replace("-", "") + " (de wollen plaid) wordt helaas pas op dinsdag 22 december verzonden. Excuses voor het wachten.\n\nMet vriendelijke groet,\nPlaid & Zo",
  ["BSM102"], "Order number written without hyphens, so no valid order id.")
