# Dutch messages, v30 blind set
_L = []
def m(t, f, s, b, o, e, n):
    _L.append(dict(type=t, format=f, subject=s, body=b, order_id=o, expected=sorted(e), note=n))

m("delivery-delay","text","Je bestelling 611-4820193-5573810 komt iets later",
"Hoi Sanne,\n\nDe vouwfiets-tas die je bij ons bestelde is bij de leverancier nog niet binnen. We verwachten hem donderdag 17 december, en dan gaat hij dezelfde dag nog de deur uit.\n\nExcuus voor het wachten.\n\nGroet,\nRuud - Fietsenmakerij De Spaak","611-4820193-5573810",[],"Clean plain-text delivery delay with a new date.")
m("delivery-delay","html","Vertraging bestelling 611-0937261-8841025",
"<p>Beste meneer Van Dijk,</p><p>Door de drukte bij onze houtleverancier loopt de productie van uw eikenhouten wandplank (bestelling 611-0937261-8841025) ongeveer een week uit. Nieuwe verwachte verzenddatum: <strong>maandag 21 december 2026</strong>.</p><p>Met vriendelijke groet,<br>Ingrid Bos<br>Houtatelier Bos</p>","611-0937261-8841025",[],"Clean HTML delivery delay.")
m("order-problem","text","[Belangrijk] Artikel niet leverbaar - 611-7712045-3390166",
"Beste klant,\n\nHelaas kunnen we de Moccamaster-filterhouder uit bestelling 611-7712045-3390166 niet leveren: ons laatste exemplaar bleek beschadigd. Het bestelbedrag is aangepast; de € 24,95 wordt teruggestort via Amazon (reden: niet op voorraad).\n\nDe rest van je bestelling verzenden we gewoon.\n\nMet vriendelijke groet,\nKoffiehoek Zwolle","611-7712045-3390166",[],"Clean order problem with [Belangrijk] and the amount adjusted.")
m("additional-information","text","Vraag over je gravering (611-2258840-1047732)",
"Hallo Pieter,\n\nVoor de gravering op de zakmes-set missen we nog één ding: welke naam wil je erop, en in hoofdletters of niet? Max. 12 tekens.\n\nZodra we het weten gaat hij in productie.\n\nGroeten,\nMarloes\nGraveerwerk Noord","611-2258840-1047732",[],"Clean request for information needed to complete the order.")
m("return-follow-up","text","Retour bestelling 611-6604417-2218953",
"Beste mevrouw Jansen,\n\nBedankt voor uw retourmelding over de linnen dekbedovertrek. U schrijft dat er een klein naadje los zit. Als u hem wilt houden, bieden wij u een gedeeltelijke terugbetaling van € 15,00 aan. Laat u weten of u dat liever heeft dan terugsturen?\n\nMet vriendelijke groet,\nEsther Kok\nLinnenkamer","611-6604417-2218953",[],"Clean return follow-up offering a partial refund.")
m("return-follow-up","text","Je retour 611-3301958-7764420",
"Hoi,\n\nWe zien je retouraanvraag voor de wandelschoenen binnenkomen. Om het af te ronden: gaat het om maat 42 of 43, en zijn ze gedragen buiten? Dan weten we welk label we klaarzetten.\n\nGroet, Bram (Buitensport Veluwe)","611-3301958-7764420",[],"Clean return follow-up asking for information.")
m("invoice","html","Factuur bij bestelling 611-9083312-5560291",
"<p>Beste heer De Boer,</p><p>In de bijlage vindt u factuur <strong>F2026/12/0447</strong> voor uw bestelling 611-9083312-5560291, inclusief 21% btw.</p><p>Met vriendelijke groet,<br>Administratie</p><p><small>Lampenhuis Utrecht B.V. &middot; Vleutenseweg 118, 3532 HP Utrecht &middot; KvK 71234567 &middot; BTW-nummer NL859123456B01</small></p>","611-9083312-5560291",[],"Clean invoice with KvK, BTW-nummer and slashed invoice number.")
m("review-request","text","Hoe bevalt de theepot? Bestelling 611-1149027-6632088",
"Dag Yvonne,\n\nJe gietijzeren theepot is nu ruim een week bij je. Wil je op Amazon een recensie achterlaten over hoe hij je bevalt? Elke ervaring helpt andere kopers.\n\nHartelijke groet,\nTheehuis Kamille","611-1149027-6632088",[],"Clean neutral review request in text.")
m("review-request","html","Uw ervaring met bestelling 611-5530871-9902146",
"<p><img src=\"https://cdn.kaarsenmakerijlux.nl/logo-kaarsenmakerij-lux.png\" alt=\"Logo Kaarsenmakerij Lux\" width=\"160\"></p><p>Beste klant,</p><p>Wij zijn benieuwd wat u van de geurkaarsen vindt. U kunt uw mening delen via <a href=\"https://www.amazon.nl/review/create-review?asin=B0CK21LUX9\">de recensiepagina van dit product op Amazon</a>.</p><p>Met vriendelijke groet,<br>Kaarsenmakerij Lux</p>","611-5530871-9902146",[],"Clean HTML review request with logo and descriptive Amazon link.")
m("delivery-scheduling","text","Bezorgafspraak boxspring - 611-8874120-0031597",
"Goedemiddag mevrouw Smit,\n\nUw boxspring wordt met twee man bezorgd. Wij kunnen komen op:\n- dinsdag 22-12 tussen 08:00 en 12:00\n- woensdag 23-12 tussen 13:00 en 17:00\n\nWelk tijdvak past u het best? Graag ook even de verdieping doorgeven.\n\nMet vriendelijke groet,\nPlanning Slaapwereld Oost","611-8874120-0031597",[],"Clean delivery scheduling with time slots.")
m("home-service-appointment","text","Afspraak montage wasmachine 611-4417790-2258834",
"Beste Koen,\n\nOnze monteur kan de wasmachine aansluiten op vrijdag 18 december, tussen 10.00 en 12.00 uur, of maandag 21 december vanaf 14.00 uur. Laat maar weten wat uitkomt.\n\nGroet,\nTeam Witgoed Service Twente","611-4417790-2258834",[],"Clean home-service appointment.")
m("custom-design-verification","text","Ontwerpproef trouwbordje 611-0062359-7781203",
"Lieve Fenna en Joris,\n\nIn de bijlage zit de proef van jullie welkomstbord (60 x 40 cm, letters in goudfolie). Kloppen de namen en de datum 12-06-2027? Na jullie akkoord gaan we snijden.\n\nHartelijke groet,\nLotte van Studio Letterlief","611-0062359-7781203",[],"Clean custom design proof.")
m("fulfillment-question","text","Toegangscode nodig - 611-3390045-6628817",
"Beste heer Yilmaz,\n\nDe koerier kon uw pakket (zendingsreferentie 3SABC1234567890) niet afleveren omdat de portiek afgesloten was. Heeft u een deurcode of een buurman die het mag aannemen? Ons dossiernummer is 2026-4471.\n\nMet vriendelijke groet,\nKlantenservice Elektrohandel Delta","611-3390045-6628817",[],"Clean door-code question with reference numbers.")
m("reply","text","Re: vraag over 611-7205518-4439961",
"Hoi Dewi,\n\nGoeie vraag! De 'Nordic Winter Throw - Extra Soft Edition' is gemaakt van 100% gerecyclede polyester en kan op 30 graden in de machine. Niet in de droger, dan gaat hij pluizen.\n\nGroetjes,\nNina - Woonwinkel Huiselijk","611-7205518-4439961",[],"Clean reply quoting an English product title.")
m("reply","text","Re: stofzuiger doet het niet meer (611-5584432-1190275)",
"Beste mevrouw Peters,\n\nVervelend dat uw stofzuiger niet meer aangaat. Omdat hij nog onder de fabrieksgarantie valt, kunt u het snelst de garantielijn van de fabrikant bellen: 088 123 4567 (garantiedienst fabrikant, ma-vr 9-17 uur). Zij halen hem kosteloos op.\n\nMet vriendelijke groet,\nHuishoudmarkt Breda","611-5584432-1190275",[],"Clean reply with manufacturer warranty line marked as such.")
m("reply","text","Re: Levering 611-2019983-3348870",
"Beste heer Hendriks,\n\nUw bestelling staat bij ons gereserveerd tot 4 januari. Daarna leveren we gewoon volgens planning.\n\nMet vriendelijke groet,\n\nMaud Verhoeven\nMedewerker klantenservice\n\nDe Tuinkamer V.O.F. | Dorpsstraat 12, 5261 AB Vught | KvK 80012345 | btw NL003456789B72","611-2019983-3348870",[],"Clean reply with company-details footer.")
m("reply","text","Re: retourzending 611-9926604-5057713",
"Hallo Tim,\n\nJe retour is op 9 december om 14:12 bij ons binnengekomen (retournummer RMA-55120, track & trace 3SPOST998877665). Het bedrag van € 89,99 is vandaag teruggestort; reken op 3-5 werkdagen.\n\nGroet,\nSven - Gamegear NL","611-9926604-5057713",[],"Clean reply with tracking and return numbers, dates and amounts.")
# violations
m("fulfillment-question","text","Update over 611-1183305-2279944",
"Hallo Mark,\n\nGoed nieuws: je pakket heeft vanochtend ons magazijn verlaten en ligt nu bij PostNL. Je kunt het morgen verwachten.\n\nGroeten,\nDe Dartwinkel","611-1183305-2279944",["BSM201"],"Shipment confirmation: parcel left the warehouse.")
m("fulfillment-question","text","Bestelling 611-4470912-6610385",
"Beste klant, we hebben je bestelling in goede orde ontvangen en zijn inmiddels aan het inpakken. Met vriendelijke groet, Puzzelparadijs","611-4470912-6610385",["BSM201"],"Order confirmation: received and being packed.")
m("reply","text","Bedankt! 611-8836021-9945517",
"Hoi Eline,\n\nOntzettend bedankt dat je voor ons winkeltje hebt gekozen, echt superleuk!\n\nLiefs,\nMies van Haakwerk Mies","611-8836021-9945517",["BSM202"],"Thanks only.")
m("fulfillment-question","text","611-3048817-4406259",
"Beste meneer Claes,\n\nMocht er iets zijn met uw bestelling, dan staan wij voor u klaar.\n\nMet vriendelijke groet,\nTeam Gereedschapshal","611-3048817-4406259",["BSM202"],"Only the offer to help if anything comes up.")
m("delivery-delay","text","Kleine vertraging 611-6617739-8820041",
"Hoi Lisa,\n\nJe yogamat is helaas pas vrijdag 18-12 verzendklaar; de nieuwe levering van de fabriek was een paar dagen later.\n\nGroetjes,\nYogaplek\n\nPS: deze week krijg je 20% korting op ons hele assortiment!","611-6617739-8820041",["BSM203"],"Delay message with a 20% off P.S.")
m("additional-information","text","Even checken - 611-2275568-3317702",
"Beste Ahmed,\n\nKun je bevestigen dat de huisnummertoevoeging 'B' hoort bij je adres? Anders komt de pallet niet aan.\n\nVolg ons ook op Instagram en schrijf je in voor onze nieuwsbrief, dan zie je als eerste onze nieuwe winterlijn.\n\nGroet,\nTegelcentrum Rijnmond","611-2275568-3317702",["BSM203"],"Follow us, newsletter and new collection.")
m("review-request","text","Even je mening? 611-5093347-1128896",
"Hoi Joyce,\n\nWe hopen dat de bakvormen goed bevallen. Zodra je recensie op Amazon staat, sturen we je als dankjewel een kleine attentie op.\n\nGroet,\nBakkerij-artikelen Meel & Co","611-5093347-1128896",["BSM204"],"Small gift promised after the review is published.")
m("review-request","text","Recensie = geld terug! 611-7740026-5598831",
"Beste klant,\n\nPlaats een recensie over de koptelefoon en stuur ons een seintje zodra die online staat: dan krijgt u het volledige aankoopbedrag terug.\n\nMet vriendelijke groet,\nAudioplaza","611-7740026-5598831",["BSM204"],"Full refund once the review is online.")
m("reply","text","Re: klacht 611-0158873-2204469",
"Beste mevrouw De Wit,\n\nDe vervangende lamp is onderweg. Zou u, nu het probleem is opgelost, uw beoordeling met één ster willen aanpassen of verwijderen?\n\nMet vriendelijke groet,\nLichtpunt Den Haag","611-0158873-2204469",["BSM205"],"Asks to change or remove a one-star review.")
m("review-request","text","Tevreden? 611-9961120-3374458",
"Hallo Rik,\n\nBen je blij met je nieuwe fietsbel? Laat dan een recensie achter op Amazon. Niet helemaal tevreden? Neem dan eerst contact met ons op in plaats van een review te schrijven.\n\nGroet,\nFietsonderdelen.direct","611-9961120-3374458",["BSM206"],"Review only if satisfied, unhappy buyers steered away.")
m("review-request","text","Vijf sterren voor Bloemenbinderij? 611-4402281-6675530",
"Beste Annemiek,\n\nWe zouden het heel fijn vinden als je ons vijf sterren geeft voor het droogboeket. Dat helpt ons kleine bedrijf enorm.\n\nHartelijke groet,\nBloemenbinderij Hofje","611-4402281-6675530",["BSM206"],"Asks for five stars.")
m("order-problem","text","[Belangrijk] Bestelling 611-3376654-0092218",
"Beste heer Mulder,\n\nVan de twee bestelde tuinstoelen is er één niet meer leverbaar. Het bestelbedrag is daarvoor aangepast (€ 59,00 minder, reden: niet op voorraad). Voor de tweede stoel weten we niet wanneer er voorraad komt; het snelst is als u zelf een annulering aanvraagt via Amazon.\n\nMet vriendelijke groet,\nTuinmeubel Direct","611-3376654-0092218",["BSM108"],"Amount adjusted but advises the buyer to cancel the rest.")
m("order-problem","text","Probleem met 611-8812290-1143376",
"Hoi Mirjam,\n\nDe dekenkist is bij ons uitverkocht en de fabrikant maakt hem niet meer. Wij zouden het erg waarderen als je zelf een annuleringsverzoek indient, dan is het snel geregeld.\n\nSorry!\nGroet, Kistenmakerij","611-8812290-1143376",["BSM107","BSM108"],"Asks for a cancellation request, no adjustment confirmed.")
m("delivery-delay","text","Nieuwe datum 611-2207719-5561042",
"Beste klant,\n\nUw parasolvoet wordt op woensdag 23 december verzonden in plaats van vandaag.\n\nMet vriendelijke groet,\nZonwering Groothandel\n\nGeen berichten meer van ons ontvangen? Antwoord met STOP.","611-2207719-5561042",["BSM305"],"Opt-out instruction: reply STOP.")
m("reply","text","Re: Re: 611-6650038-7728813",
"Beste heer Vos,\n\nU heeft de verkeerde maat besteld, daar kunnen wij niets aan doen. Ik heb geen zin meer in dit gezeik, lees de maattabel gewoon.\n\nWinkel Werkkleding Plus","611-6650038-7728813",["BSM306"],"Dutch profanity in a reply.")
m("delivery-delay","text","Delay on order 611-1124486-9073325",
"Dear customer,\n\nYour planter will ship on 21 December instead of this week. Sorry for the wait.\n\nKind regards,\nGroenhuis Plantenbakken","611-1124486-9073325",["BSM104"],"English message to a Dutch buyer.")
m("additional-information","text","Bezorgadres 611-7738102-4421196",
"Beste mevrouw Lammers,\n\nDe combinatie van postcode en huisnummer klopt volgens PostNL niet. Kunt u ons even bellen op 06-12345678 om het juiste adres door te geven?\n\nMet vriendelijke groet,\nMatrassenhuis","611-7738102-4421196",["BSM309"],"Dutch mobile phone number.")
m("reply","text","Re: kleurvraag 611-0093357-6684420",
"Hoi Jeroen,\n\nDe verf in 'Oud Groen' hebben we nog. Voor kleurstalen kun je ons bellen via +31 (0)20 555 0183.\n\nGroet,\nVerfwinkel Jordaan","611-0093357-6684420",["BSM309"],"International-format Dutch phone number.")
m("reply","text","Re: maatvraag 611-5521168-8809034",
"Hallo Sara,\n\nStuur de foto van je voet gerust naar klantenservice@schoenenhuisamersfoort.nl, dan kijken we mee.\n\nGroet,\nSchoenenhuis Amersfoort","611-5521168-8809034",["BSM308"],"Plain e-mail address.")
m("reply","text","Re: offerte 611-4409921-3355610",
"Beste heer Dekker,\n\nVoor een offerte op maat kunt u mailen naar verkoop apenstaartje staalbouwdekker punt nl.\n\nMet vriendelijke groet,\nStaalbouw Dekker","611-4409921-3355610",["BSM308"],"Obfuscated e-mail address with apenstaartje.")
m("reply","html","Re: montage 611-2286645-7712209",
"<p>Hoi Bas,</p><p>De montagevideo van je kast vind je op <a href=\"https://www.kastenkoning.nl/montage/kast-oslo\">de montagepagina van Kastenkoning</a>.</p><p>Groet,<br>Kastenkoning</p>","611-2286645-7712209",["BSM302"],"Https link to the seller's own site.")
m("reply","html","Re: handleiding 611-8890314-0026657",
"<p>Beste mevrouw Meijer,</p><p>De handleiding staat op <a href=\"http://www.amazon.nl/dp/B0D9HANDL1\">de productpagina op Amazon</a>.</p><p>Met vriendelijke groet,<br>Keukenhulp Brabant</p>","611-8890314-0026657",["BSM301"],"Insecure http link to Amazon.")
m("delivery-delay","html","Later verzonden: 611-3315570-9948123",
"<p>Beste Wendy,</p><p>Je lamp wordt een paar dagen later verzonden, op 19 december.</p><p><img src=\"https://img.lichtenzo.nl/producten/hanglamp-rotan-60cm.jpg\" alt=\"Rotan hanglamp 60 cm\" width=\"300\"></p><p>Groet,<br>Licht &amp; Zo</p>","611-3315570-9948123",["BSM310"],"Photo of the purchased product.")
m("delivery-delay","html","Vertraging 611-6673304-2251878",
"<p>Beste klant,</p><p>Door de feestdagen verzenden we uw bestelling op 28 december.</p><p><img src=\"https://img.kerstshop-voorbeeld.nl/stock/kerstboom-sneeuw.jpg\" alt=\"Kerstboom in de sneeuw\" width=\"300\"></p><p>Fijne feestdagen,<br>Cadeauwinkel Tilburg</p>","611-6673304-2251878",["BSM311"],"Unrelated stock image of a Christmas tree.")
m("additional-information","html","Vraag bij 611-0042289-5530764",
"<p><img src=\"https://cdn.drukkerijpapier.nl/logo-drukkerij-papier.png\" width=\"150\"></p><p>Beste heer Brouwer,</p><p>Welk formaat visitekaartjes wilt u: 85 x 55 mm of 90 x 50 mm?</p><p>Met vriendelijke groet,<br>Drukkerij Papier</p>","611-0042289-5530764",["BSM402"],"Logo image without alt text.")
m("reply","text","Re: cadeau 611-9905546-6632190",
"Hoi Mila,\n\nJa hoor, we pakken hem in als cadeau, met een kaartje erbij 🎁\n\nGroetjes,\nSpeelgoed Stip","611-9905546-6632190",["BSM403"],"Emoji in text.")
m("reply","text","Re: levertijd 611-2253308-4407715",
"Hoi Jesse,\n\nHij ligt klaar voor morgen, komt helemaal goed ;-)\n\nGroet,\nSkateshop Zuid","611-2253308-4407715",["BSM403"],"Emoticon ;-).")
m("delivery-delay","html","Nieuwe leverdatum 611-7764401-3390852",
"<style>h1{font-size:22px} h2{font-size:18px} p{font-size:14px} .klein{font-size:11px}</style><h1>Tuincentrum Groenrijk</h1><h2>Uw bestelling 611-7764401-3390852</h2><p>De plantenbakken worden op 22 december verzonden.</p><p class=\"klein\">Groenrijk B.V.</p>","611-7764401-3390852",["BSM410"],"Four font sizes in a style block.")
m("delivery-delay","text","Vertraging 611-1198822-6645037",
"Beste klant,\n\nUw tafelkleed wordt op maandag 21 december verzonden.\n\n\n\nMet vriendelijke groet,\nTextielhuis Enschede","611-1198822-6645037",["BSM412"],"Several blank lines in a row in text.")
m("invoice","text","[Belangrijk] Factuur 611-5536690-2281174",
"Beste heer Visser,\n\nIn de bijlage de factuur F-2026-1183 bij uw bestelling.\n\nMet vriendelijke groet,\nAdministratie Bouwmaat Noord","611-5536690-2281174",["BSM110"],"[Belangrijk] on an invoice.")
m("reply","html","Re: maattabel 611-4451127-7790328",
"<p>Hoi Noor,</p><p>De maattabel vind je <a href=\"https://www.amazon.nl/dp/B0CMAAT123\">hier</a>.</p><p>Groet,<br>Kinderkleding Pluk</p>","611-4451127-7790328",["BSM401"],"Non-descriptive link text 'hier'.")
m("delivery-delay","text","Vertraging van je bestelling",
"Hoi Gijs,\n\nJe bestelling 61171204456983321 komt helaas pas na kerst, rond 29 december.\n\nGroet,\nModelbouw Fokker","611-7120445-6983321",["BSM102"],"Order number written without hyphens.")
m("delivery-delay","html","Vertraging 611-8820017-3364591",
"<p style=\"font-family: Verdana, sans-serif; color:#333333\">Beste klant,</p><p style=\"font-family: Verdana, sans-serif; color:#333333\">Uw bestelling wordt op 22 december verzonden.</p><p style=\"font-family: Verdana, sans-serif; color:#333333\">Met vriendelijke groet,<br>Sieradenatelier Goud</p>","611-8820017-3364591",["BSM407","BSM409"],"Builder style with font-family and colour.")

MESSAGES = []
for i, r in enumerate(_L, 1):
    d = {"id": "v30-nl-%03d" % i, "language": "nl", "locale": "nl-NL"}
    d.update(r)
    MESSAGES.append({k: d[k] for k in ("id","language","locale","type","format","subject","body","order_id","expected","note")})
