# -*- coding: utf-8 -*-
"""v4 blind evaluation set, Swedish (sv-SE)."""

LANG, LOC = "sv", "sv-SE"


def _o(n):
    return "209-%07d-%07d" % (2208419 + n * 6553, 8034172 + n * 2287)


MESSAGES = []


def _m(n, typ, fmt, subject, body, expected, note):
    MESSAGES.append({
        "id": "v4-sv-%03d" % n, "language": LANG, "locale": LOC, "type": typ,
        "format": fmt, "subject": subject, "body": body, "order_id": _o(n),
        "expected": sorted(expected), "note": note})


# ---------------- clean (17) ----------------
_m(1, "delivery-delay", "text", "Försenad leverans, order %s" % _o(1),
   "Hej Johan,\n\nvi behöver tyvärr meddela att din order %s (kaffekvarn Malmö Grind) blir försenad. "
   "Vår leverantör i Italien har haft problem med en komponent, och vi räknar nu med att kunna skicka den tisdag 15 december. "
   "Det är alltså ungefär en vecka senare än vad som stod på Amazon.\n\n"
   "Ursäkta strulet. Svara gärna på det här meddelandet om du har frågor.\n\nMed vänlig hälsning\nLinnea Berg\nKundservice, Bryggeriet Kaffe AB" % _o(1),
   [], "Plain-text delivery delay with a new ship date; clean.")

_m(2, "delivery-delay", "html", "Order %s – nytt leveransdatum" % _o(2),
   "<p>Hej!</p>\n<p>Din beställning <strong>%s</strong> (ullfilt, 130 x 170 cm) blir några dagar sen eftersom väveriet i Småland ligger efter med produktionen.</p>\n"
   "<table cellpadding=\"5\">\n<tr><td>Tidigare beräknat:</td><td>8 december 2026</td></tr>\n"
   "<tr><td>Nytt beräknat avsändningsdatum:</td><td>14 december 2026</td></tr>\n</table>\n"
   "<p>Vi ber om ursäkt för förseningen.</p>\n<p>Vänliga hälsningar<br>\nElin Holm<br>\nUllbodens Hemtextil</p>" % _o(2),
   [], "Builder HTML delay with a plain table; clean.")

_m(3, "order-problem", "text", "[Viktigt] Vara slut – order %s" % _o(3),
   "Hej,\n\ntyvärr kan vi inte leverera stekpannan Gjutjärn 28 cm i din order %s. Det sista exemplaret i lagret hade en spricka och ny leverans är inte inplanerad.\n\n"
   "Vi har justerat orderbeloppet (orsak: NoInventory), så du debiteras inte för pannan. Beloppet 549 kr återbetalas enligt Amazons rutiner.\n\n"
   "Vi beklagar verkligen.\nMagnus Ek\nKöksgrejor i Norr" % _o(3),
   [], "Order problem with [Viktigt] and adjustment confirmed; clean.")

_m(4, "additional-information", "text", "Fråga om din beställning %s" % _o(4),
   "Hej Sara,\n\nför att kunna sy upp gardinerna i order %s behöver vi veta önskad längd i centimeter – fältet lämnades tomt vid beställningen. "
   "Ska de ha veckband eller hällor?\n\nTack på förhand!\nGardinateljén i Borås\nMaria Lund" % _o(4),
   [], "Asks for measurements needed to complete the order; clean.")

_m(5, "return-follow-up", "text", "Angående returen av order %s" % _o(5),
   "Hej,\n\nvi har fått din returanmälan för jackan i order %s, där en tryckknapp har lossnat. "
   "Om du hellre vill behålla jackan kan vi erbjuda en delåterbetalning på 250 kr i stället för att du skickar tillbaka den.\n\n"
   "Säg bara till vilket alternativ du föredrar.\n\nHälsningar\nFjällkläder Åre" % _o(5),
   [], "Return follow-up offering a partial refund; clean.")

_m(6, "return-follow-up", "html", "Retur – en fråga om order %s" % _o(6),
   "<p>Hej!</p>\n<p>Tack för att du hörde av dig om returen av order %s. Innan vi kan skapa en returetikett behöver vi veta om du skickar tillbaka "
   "båda lamporna eller bara den med trasig sladd.</p>\n<p>Hälsningar<br>\nLjusbutiken Norrsken</p>" % _o(6),
   [], "Return follow-up asking which items come back; clean.")

_m(7, "invoice", "text", "Faktura för order %s" % _o(7),
   "Hej,\n\nbifogat finns faktura nr 2026/12/0318 för order %s, utställd på Byggkonsult Väst AB enligt era uppgifter.\n\n"
   "Belopp inkl. moms: 3 745,00 kr (varav moms 25 %%: 749,00 kr).\n\n"
   "Med vänlig hälsning\nAnders Nyström, ekonomi\n\nVerktygsdepån Sverige AB\nIndustrigatan 14, 417 05 Göteborg\n"
   "Org.nr 556812-4471 · Momsreg.nr SE556812447101\nGodkänd för F-skatt" % _o(7),
   [], "Invoice with slashed number, Org.nr and Momsreg.nr; clean.")

_m(8, "review-request", "text", "Hur blev det med order %s?" % _o(8),
   "Hej,\n\nnu har skrivbordsstolen varit hos dig ett tag. Om du har tid och lust får du gärna skriva en recension på Amazon – "
   "vi läser allt, både ris och ros, och andra köpare har nytta av det.\n\nOrder: %s\n\nHa det gott!\nKontorsvaruhuset" % _o(8),
   [], "Neutral text review request; clean.")

_m(9, "review-request", "html", "Dela gärna din upplevelse – order %s" % _o(9),
   "<p><img src=\"https://m.media-amazon.com/images/S/brand/skogsdoft-logo.png\" alt=\"Skogsdoft logotyp\" width=\"150\" height=\"50\"></p>\n"
   "<p>Hej!</p>\n<p>Vi hoppas att doftljusen från order %s har kommit till användning. Vi uppskattar ett ärligt omdöme, oavsett vad du tycker.</p>\n"
   "<p><a href=\"https://www.amazon.se/review/create-review?asin=B0CSKOG22D\">Skriv en recension av doftljusen på Amazon.se</a></p>\n"
   "<p>Vänliga hälsningar<br>\nSkogsdoft</p>" % _o(9),
   [], "HTML review request with shop logo and descriptive https Amazon link; clean.")

_m(10, "delivery-scheduling", "text", "Bokning av leverans – order %s" % _o(10),
   "Hej Per,\n\nsoffan Kivik 3-sits i din order %s levereras av vår egen budfirma med två chaufförer som bär in den. "
   "Vi kan komma följande tider:\n\n- måndag 14 december, kl. 08.00–12.00\n- tisdag 15 december, kl. 12.00–16.00\n- torsdag 17 december, kl. 16.00–20.00\n\n"
   "Meddela också våningsplan och om det finns hiss.\n\nMvh\nMöbelhuset Dalarna, logistik" % _o(10),
   [], "Bulky-item delivery scheduling with time slots; clean.")

_m(11, "home-service-appointment", "text", "Tid för installation – %s" % _o(11),
   "Hej Karin,\n\nvår installatör Oskar kan komma och montera tvättmaskinen från order %s antingen\n\n"
   "onsdag 9/12 mellan 09.00 och 11.00, eller\nfredag 11/12 mellan 13.00 och 15.00.\n\n"
   "Svara vilken tid som passar bäst. Se gärna till att vattenkranen är åtkomlig.\n\nHälsningar\nVitvaruservice Uppsala" % _o(11),
   [], "Home-service appointment with two windows; clean.")

_m(12, "custom-design-verification", "html", "Korrektur för godkännande – order %s" % _o(12),
   "<p>Hej!</p>\n<p>Här kommer korrekturen för den graverade skärbrädan i order %s (bifogad som <em>korrektur_skarbrada.pdf</em>). Kontrollera gärna:</p>\n"
   "<ul>\n<li>texten ”Familjen Lindqvist – sedan 1998”,</li>\n<li>typsnittet (vi har valt ett skrivstilsliknande),</li>\n<li>placeringen nere i högra hörnet.</li>\n</ul>\n"
   "<p>Vi börjar gravera först när du har godkänt.</p>\n<p>Hälsningar<br>\nTräverkstaden Ljusdal</p>" % _o(12),
   [], "Design proof for approval; clean.")

_m(13, "fulfillment-question", "text", "Portkod behövs – order %s" % _o(13),
   "Hej,\n\ni adressen för order %s står bara ”Hornsgatan 52, 1 tr”. Budet behöver portkoden för att kunna lämna paketet.\n\n"
   "Kan du skicka koden? Vårt referensnummer: LEV-2026-7784, kolli 1 av 2.\n\nTack!\nBokhandeln Söder" % _o(13),
   [], "Door-code question with reference numbers; clean.")

_m(14, "reply", "text", "Sv: Fråga om lampan – %s" % _o(14),
   "Hej,\n\nlampan ”Nordic Glow Table Lamp” i order %s har en E27-sockel och fungerar med LED-lampor upp till 9 W. "
   "Dimmer ingår inte, men den går att dimma med en vanlig väggdimmer för LED.\n\nHälsningar\nBelysningsboden" % _o(14),
   [], "Reply quoting an English product title in Swedish sentences; clean.")

_m(15, "reply", "text", "Sv: Garanti dammsugare %s" % _o(15),
   "Hej,\n\ndammsugaren från order %s har två års tillverkargaranti. Enklast är att kontakta tillverkarens service direkt.\n\n"
   "Tillverkarens garantilinje (Electrolux service): 0771-76 76 76, vardagar 08.00–17.00.\n\n"
   "Ha serienumret från typskylten till hands.\n\nMvh\nHemelektronik Kalmar" % _o(15),
   [], "Reply with the manufacturer's warranty line marked as such; clean.")

_m(16, "reply", "html", "Sv: Företagsuppgifter – order %s" % _o(16),
   "<p>Hej,</p>\n<p>självklart, här är våra uppgifter för order %s. Säg till om fakturan ska ha någon referens.</p>\n"
   "<p>Med vänlig hälsning<br>\nJonas Sjöberg<br>\nförsäljningsansvarig</p>\n"
   "<p><small>Cykelverkstan i Lund AB<br>\nBantorget 3, 222 29 Lund<br>\nOrg.nr 559201-3384 · Momsreg.nr SE559201338401<br>\n"
   "Styrelsens säte: Lund</small></p>" % _o(16),
   [], "Reply with a company-details footer; clean.")

_m(17, "reply", "text", "Sv: Var är min återbetalning? %s" % _o(17),
   "Hej Emma,\n\njag har kollat upp returen för order %s. Paketet (PostNord-nummer 00370712345678901234) kom fram till oss 2026-12-03 kl. 10.42, "
   "och återbetalningen på 449,00 kr gjordes 2026-12-04. Det brukar ta 3–5 bankdagar innan den syns.\n\n"
   "Vårt returnummer: RET/2026/0871.\n\nHälsningar\nFilip Åberg\nLinnebutiken" % _o(17),
   [], "Reply with return tracking number, ISO dates, time and amount; clean.")

# ---------------- violations (31) ----------------
_m(18, "fulfillment-question", "text", "Din order %s är på väg" % _o(18),
   "Hej!\n\nDitt paket med order %s har lämnat vårt lager i Jönköping i dag och är överlämnat till DHL. Räkna med leverans inom 1–3 dagar.\n\n"
   "Hälsningar\nSportlagret" % _o(18),
   ["BSM201"], "Shipping confirmation: left the warehouse, handed to carrier.")

_m(19, "additional-information", "html", "Tack för din beställning %s" % _o(19),
   "<p>Hej!</p>\n<p>Vi har tagit emot din beställning %s och håller just nu på att plocka ihop den. Allt packas för hand, så det kan ta en liten stund.</p>\n"
   "<p>Varma hälsningar<br>\nTvålfabriken Visby</p>" % _o(19),
   ["BSM201"], "Order confirmation: received and being prepared.")

_m(20, "fulfillment-question", "text", "Stort tack! %s" % _o(20),
   "Hej,\n\ntusen tack för att du handlade hos oss (order %s). Det betyder mycket för ett litet företag!\n\nPappersboden" % _o(20),
   ["BSM202"], "Thanks only.")

_m(21, "fulfillment-question", "text", "Order %s" % _o(21),
   "Hej!\n\nSkulle något dyka upp med din order %s finns vi här – det är bara att svara på det här meddelandet.\n\n"
   "Ha en fin dag\nAkvariebutiken Korall" % _o(21),
   ["BSM202"], "Only 'we are here if anything comes up'.")

_m(22, "delivery-delay", "text", "Försening – order %s" % _o(22),
   "Hej,\n\ndin order %s (kontorsstol Ergo Plus) skickas med några dagars försening, nytt datum är 16 december. Vi ber om ursäkt.\n\n"
   "Hälsningar\nKontorsmöbler Stockholm\n\nPS. Just nu är hela sortimentet 20 %% billigare i vår Amazonbutik – passa på!" % _o(22),
   ["BSM203"], "Delay with a P.S. promoting 20% off the whole range.")

_m(23, "review-request", "html", "Ditt omdöme om order %s" % _o(23),
   "<p>Hej!</p>\n<p>Vi blir glada om du vill skriva en recension av produkten från order %s på Amazon.se.</p>\n"
   "<p>Följ oss gärna på Instagram och prenumerera på vårt nyhetsbrev – i januari lanserar vi en helt ny kollektion av linnedukar!</p>\n"
   "<p>Hälsningar<br>\nLinne &amp; Lin</p>" % _o(23),
   ["BSM203"], "Review request plus follow us, newsletter, new collection.")

_m(24, "review-request", "text", "En liten fråga – order %s" % _o(24),
   "Hej,\n\nhar du lust att berätta vad du tycker om hörlurarna från order %s i en recension? "
   "När den har publicerats skickar vi en liten present som tack – ett skyddsfodral.\n\nHälsningar\nLjudhörnan" % _o(24),
   ["BSM204"], "Small gift once the review is published.")

_m(25, "review-request", "text", "Pengarna tillbaka för en recension – %s" % _o(25),
   "Hej!\n\nSkriv en recension av pusslet i order %s, så betalar vi tillbaka hela köpesumman så fort den ligger ute. "
   "Svara bara med länken till recensionen.\n\nPusselpalatset" % _o(25),
   ["BSM204"], "Full refund as soon as the review is online.")

_m(26, "reply", "text", "Sv: Vattenkokaren – order %s" % _o(26),
   "Hej,\n\nskönt att den nya vattenkokaren från order %s fungerar som den ska. Eftersom problemet är löst undrar vi om du kan tänka dig "
   "att ändra eller ta bort ditt betyg med en stjärna? Det drabbar oss rätt hårt.\n\nHälsningar\nKöksmästarn" % _o(26),
   ["BSM205"], "Asks to change or remove a one-star review.")

_m(27, "review-request", "text", "Nöjd med kompressorn? %s" % _o(27),
   "Hej,\n\nom du är nöjd med kompressorn från order %s får du gärna lämna en recension på Amazon. "
   "Är något fel, hör av dig till oss i stället för att skriva en recension – vi löser det.\n\nHälsningar\nBilverktyg Norrköping" % _o(27),
   ["BSM206"], "Review only if satisfied; unhappy buyers steered to the seller.")

_m(28, "review-request", "html", "Order %s – betyg" % _o(28),
   "<p>Hej!</p>\n<p>Tack för att du köpte yogamattan (order %s). Om du kan, ge oss fem stjärnor på Amazon – det hjälper ett litet företag enormt.</p>\n"
   "<p>Namaste<br>\nYogarummet</p>" % _o(28),
   ["BSM206"], "Asks for five stars.")

_m(29, "order-problem", "text", "En vara saknas – order %s" % _o(29),
   "Hej,\n\nden andra cykelsitsen i order %s kan vi inte skicka eftersom lagret är slut. Vi har justerat orderbeloppet för den (NoInventory), "
   "så 399 kr återbetalas.\n\nOm du inte vill ha bara en sits är det snabbaste att du själv avbryter resten av ordern på Amazon.\n\n"
   "Hälsningar\nCykelkedjan Umeå" % _o(29),
   ["BSM108"], "Adjusted order problem advising the buyer to cancel.")

_m(30, "order-problem", "text", "Order %s – slut i lager" % _o(30),
   "Hej,\n\ndammsugaren i din order %s har tyvärr tagit slut och vi vet inte när den kommer in igen. "
   "Vi skulle uppskatta om du kunde skicka en begäran om avbokning, så blir allt enklast.\n\nMed vänlig hälsning\nElektroHörnan" % _o(30),
   ["BSM107", "BSM108"], "Asks for a cancellation request; no amount adjustment confirmed.")

_m(31, "delivery-delay", "text", "Nytt datum – order %s" % _o(31),
   "Hej,\n\nmörkläggningsgardinerna i order %s skickas 16 december i stället för 10 december. Förlåt dröjsmålet.\n\n"
   "Hälsningar\nGardinhuset\n\nVill du inte få fler meddelanden från oss? Svara STOPP så avregistrerar vi dig." % _o(31),
   ["BSM305"], "Opt-out instruction: reply STOPP.")

_m(32, "reply", "text", "Sv: Var är paketet? %s" % _o(32),
   "Hej,\n\nförlåt, men det jävla budbolaget har klantat till det igen med order %s, fan också. "
   "Vi tar reda på vad som hänt och återkommer senast i morgon kl. 12.\n\nRobin\nFiskeshopen Gädda" % _o(32),
   ["BSM306"], "Swedish profanity in a reply.")

_m(33, "delivery-delay", "text", "Order %s – delay" % _o(33),
   "Hello,\n\nunfortunately your order %s (glass vase set) will be dispatched a little later than expected, on 14 December 2026. "
   "We apologise for any inconvenience.\n\nBest regards\nGlasriket Design" % _o(33),
   ["BSM104"], "Message to an sv-SE buyer written in English.")

_m(34, "delivery-delay", "text", "Försening %s" % _o(34),
   "Hej,\n\nordern %s blir klar för avsändning först 15 december.\n\n"
   "Ring oss gärna på 08-123 456 78 (vardagar) eller från utlandet +46 70 123 45 67 om du undrar något.\n\n"
   "Hälsningar\nFiskebutiken" % _o(34),
   ["BSM309"], "Seller phone numbers, national and international formats.")

_m(35, "return-follow-up", "text", "Retur – order %s" % _o(35),
   "Hej,\n\nför att kunna ta emot returen av order %s behöver vi en bild på skadan. Skicka den till retur@mobelmagasinet.se.\n\n"
   "Hälsningar\nMöbelmagasinet" % _o(35),
   ["BSM308"], "Plain e-mail address.")

_m(36, "additional-information", "text", "Uppgift saknas – order %s" % _o(36),
   "Hej,\n\nför order %s behöver vi bilens registreringsnummer så att mattorna passar. "
   "Mejla det till info snabel-a bilmattor punkt se.\n\nTack!\nBilmattor Sverige" % _o(36),
   ["BSM308"], "Obfuscated e-mail address with 'snabel-a' and 'punkt'.")

_m(37, "delivery-delay", "html", "Försening – order %s" % _o(37),
   "<p>Hej,</p>\n<p>order %s skickas två dagar senare än planerat. Förlåt!</p>\n"
   "<p>Läs gärna om hur våra skärbrädor tillverkas på <a href=\"https://www.snickarglad.se/om-oss\">Om oss – Snickarglädje verkstad</a>.</p>\n"
   "<p>Hälsningar<br>\nSnickarglädje</p>" % _o(37),
   ["BSM302"], "Descriptive https link to the seller's own site.")

_m(38, "reply", "html", "Sv: Status för order %s" % _o(38),
   "<p>Hej,</p>\n<p>du hittar alla detaljer för order %s under "
   "<a href=\"http://www.amazon.se/gp/your-account/order-history\">Dina beställningar på Amazon.se</a>.</p>\n"
   "<p>Hälsningar<br>\nFotohörnan</p>" % _o(38),
   ["BSM301"], "http link to Amazon with descriptive text.")

_m(39, "delivery-delay", "html", "Försening %s" % _o(39),
   "<p>Hej,</p>\n<p>muggarna i order %s skickas 14 december – glasyren behöver en bränning till.</p>\n"
   "<p><img src=\"https://m.media-amazon.com/images/I/keramikmugg-lera-350ml.jpg\" alt=\"Keramikmugg Lera 350 ml\" width=\"300\" height=\"300\"></p>\n"
   "<p>Hälsningar<br>\nLerverkstaden</p>" % _o(39),
   ["BSM310"], "Image of the purchased product.")

_m(40, "delivery-delay", "html", "Order %s – liten försening" % _o(40),
   "<p>Hej,</p>\n<p>order %s blir klar att skickas 11 december. Vi ber om ursäkt och önskar en skön helg.</p>\n"
   "<p><img src=\"https://m.media-amazon.com/images/S/stock/solnedgang-strand.jpg\" alt=\"Solnedgång över en strand\" width=\"400\" height=\"260\"></p>\n"
   "<p>Stickat &amp; Virkat</p>" % _o(40),
   ["BSM311"], "Unrelated stock image (beach sunset).")

_m(41, "return-follow-up", "html", "Retur %s – fråga" % _o(41),
   "<p><img src=\"https://m.media-amazon.com/images/S/brand/skoboden-logo.png\" alt=\"\" width=\"120\"></p>\n"
   "<p>Hej,</p>\n<p>har skorna från order %s använts utomhus? Vi behöver veta det för att kunna hantera returen.</p>\n"
   "<p>Hälsningar<br>\nSkoboden</p>" % _o(41),
   ["BSM402"], "Shop logo with empty alt.")

_m(42, "delivery-scheduling", "text", "Leverans av kylskåp – %s" % _o(42),
   "Hej!\n\nKylskåpet från order %s är redo för leverans 🚚 Funkar lördag 12/12 mellan 10 och 14? 👍\n\nVitvarudirekt" % _o(42),
   ["BSM403"], "Emoji in text.")

_m(43, "additional-information", "text", "Storlek – %s" % _o(43),
   "Hej,\n\ndu valde ingen ringstorlek i order %s – kan du mäta fingret och skicka omkretsen i mm? ;-)\n\nSilververkstaden" % _o(43),
   ["BSM403"], "Emoticon ;-) in text.")

_m(44, "delivery-delay", "html", "Försening – order %s" % _o(44),
   "<style>\n.rubrik { font-size: 26px; }\n.underrubrik { font-size: 19px; }\n.sign { font-size: 13px; }\n.fot { font-size: 10px; }\n</style>\n"
   "<p class=\"rubrik\">Försenad avsändning</p>\n<p class=\"underrubrik\">Order %s</p>\n"
   "<p>Nytt avsändningsdatum: 15 december 2026. Vi ber om ursäkt.</p>\n<p class=\"sign\">Örtagården</p>\n"
   "<p class=\"fot\">Meddelandet gäller endast ordern ovan.</p>" % _o(44),
   ["BSM410"], "Four explicit font sizes in a <style> block.")

_m(45, "delivery-delay", "text", "Försening %s" % _o(45),
   "Hej,\n\n\n\norder %s skickas först måndag 14 december.\n\n\nFörlåt för det.\n\nTapetserarn" % _o(45),
   ["BSM412"], "Runs of blank lines in text.")

_m(46, "additional-information", "html", "Färgval – %s" % _o(46),
   "<p>Hej,</p>\n<p>&nbsp;</p>\n<p>&nbsp;</p>\n<p>vilken trådfärg vill du ha till handdukarna i order %s, beige eller grå?</p>\n"
   "<br><br><br>\n<p>Hälsningar<br>\nBroderiet</p>" % _o(46),
   ["BSM412"], "Empty paragraphs and a run of <br>.")

_m(47, "invoice", "text", "[Viktigt] Faktura order %s" % _o(47),
   "Hej,\n\nhär kommer fakturan 2026/12/0412 för order %s som bifogad fil.\n\nMed vänlig hälsning\nTeboden Uppsala" % _o(47),
   ["BSM110"], "[Viktigt] tag on a non-critical invoice message.")

_m(48, "reply", "html", "Sv: Order %s" % _o(48),
   "<p>Hej,</p>\n<p>all information om order %s finns hos Amazon, "
   "<a href=\"https://www.amazon.se/gp/css/order-history\">klicka här</a>.</p>\n<p>Hälsningar<br>\nTrädgårdslampor</p>" % _o(48),
   ["BSM401"], "Non-descriptive link text 'klicka här'.")

# ---------------- vary (2) ----------------
_m(49, "delivery-delay", "html", "Försening order %s" % _o(49),
   "<div style=\"padding: 0 140px;\">\n<p>Hej,</p>\n<p>order %s skickas 16 december på grund av försening hos tillverkaren. Förlåt!</p>\n"
   "<p>Hälsningar<br>\nSmarta Hem Norden</p>\n</div>" % _o(49),
   ["BSM405"], "140 px padding each side, over 20% of the width.")

_m(50, "delivery-delay", "html", "Försening – order %s" % _o(50),
   "<p>Hej,</p>\n<p>kattmaten i order %s (3 säckar) skickas senast 15 december. Förlåt besväret.</p>\n"
   "<p>Hälsningar<br>\nKattens Hus</p>\n"
   "<img src=\"https://t.mailstat-tracker.com/open.gif?uid=84471&amp;mid=2209\" width=\"1\" height=\"1\" alt=\"\">" % _o(50),
   ["BSM307", "BSM402"], "1x1 tracking pixel with empty alt.")
