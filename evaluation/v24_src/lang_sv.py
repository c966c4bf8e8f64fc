"""v24 blind evaluation set: Swedish (sv-SE). Standard library only."""
import random

_R = random.Random(557)
_E = []  # (type, format, subject, body, expected, note)


def m(t, f, s, b, e, n):
    _E.append((t, f, s, b, e, n))


S1 = "Vänliga hälsningar\nEmma Lindqvist\nKundtjänst, Linneboden"
S2 = "Hälsningar\nJonas på Snickeriet i Dalby"

# 1-17 clean
m("delivery-delay", "text", "Order {o} – lite försenad",
  "Hej!\n\nTyvärr har garnet till din pläd (order {o}) dröjt hos vår leverantör. Vi räknar med att kunna skicka den senast 2026-12-16 i stället för 2026-12-11.\n\nUrsäkta dröjsmålet!\n\n" + S1,
  [], "Plain-text delivery delay with a new dispatch date.")
m("delivery-delay", "html", "Ny leveransdag för order {o}",
  "<p>Hej Anders,</p><p>Vi ligger tyvärr efter med lackeringen, så pallen i order <strong>{o}</strong> skickas först <strong>måndag 14 december</strong>.</p><p>Tack för ditt tålamod.</p><p>Mvh<br>Jonas Ek<br><small>Snickeriet i Dalby AB</small></p>",
  [], "HTML delivery delay with bold and small, no styles.")
m("order-problem", "text", "[Viktigt] Vara slut – order {o}",
  "Hej,\n\nVi måste tyvärr meddela att teburken ”Blåklint” i order {o} inte går att leverera – sista exemplaret visade sig ha en skada och fler tillverkas inte. Vi har justerat orderbeloppet med 189 kr, och pengarna syns på ditt konto inom några bankdagar.\n\n" + S1,
  [], "Order problem with [Viktigt] and the amount adjusted.")
m("additional-information", "text", "Gravyrtext saknas ({o})",
  "Hej!\n\nVi har inte fått någon text till gravyren på skärbrädan i order {o}. Svara gärna med max 25 tecken så sätter vi igång – innan dess kan vi inte tillverka den.\n\n" + S2,
  [], "Asks for engraving text needed to complete the order.")
m("return-follow-up", "text", "Angående din retur, order {o}",
  "Hej Karin,\n\nTack för bilderna på den kantstötta skålen i order {o}. Vill du behålla setet kan vi återbetala 120 kr direkt som delvis återbetalning. Föredrar du att skicka tillbaka allt går det också bra – säg bara till.\n\n" + S1,
  [], "Return follow-up offering a partial refund.")
m("return-follow-up", "text", "Fråga om returen {o}",
  "Hej,\n\nFör att kunna slutföra returen av skorna i order {o} behöver vi veta vilken storlek du skickade tillbaka, 38 eller 39? Det låg ingen retursedel i paketet.\n\nTack på förhand!\nSara, Skoateljén",
  [], "Return follow-up asking for information to complete the return.")
m("invoice", "text", "Faktura för order {o}",
  "Hej,\n\nBifogat finns faktura nr 2026/12/0441 för order {o}.\n\nVänliga hälsningar\nEkonomi\n\nLinneboden i Borås AB\nÅsbogatan 8, 503 37 Borås\nOrg.nr 556812-4471 · Momsreg.nr SE556812447101\nInnehar F-skattsedel",
  [], "Invoice with Org.nr and VAT number and an invoice number with slashes.")
m("review-request", "text", "Hur funkar lampan? Order {o}",
  "Hej!\n\nNu har du haft lampan från order {o} ett tag. Om du har tid vore vi glada för en recension på Amazon – alla omdömen hjälper andra köpare att välja.\n\nHälsningar\nMaja, Ljusverkstan",
  [], "Neutral text review request.")
m("review-request", "html", "Order {o} – ditt omdöme",
  "<p><img src=\"https://cdn.ljusverkstan.se/mail/ljusverkstan-logo.png\" alt=\"Ljusverkstan logotyp\" width=\"150\"></p><p>Hej,</p><p>Vi hoppas att vägglampan i order {o} kommer till nytta. Berätta gärna vad du tycker – det hjälper andra som funderar.</p><p><a href=\"https://www.amazon.se/review/create-review?asin=B0D2LK7MQX\">Skriv en recension på Amazon</a></p><p>Tack!<br>Ljusverkstan</p>",
  [], "HTML review request with shop logo and descriptive https Amazon link.")
m("delivery-scheduling", "text", "Leverans av garderob – boka tid ({o})",
  "Hej,\n\nGarderoben i order {o} väger drygt 90 kg, så speditören behöver boka en tid med dig. Lediga tider:\n- tisdag 15/12, kl. 08–12\n- onsdag 16/12, kl. 12–16\n- fredag 18/12, kl. 08–12\nSvara med den tid som passar, och skriv gärna om det finns hiss.\n\nMed vänlig hälsning\nLena Berg\nLeveranssamordnare, Snickeriet i Dalby",
  [], "Delivery scheduling with dates and time slots.")
m("home-service-appointment", "text", "Installation av diskmaskin – order {o}",
  "Hej,\n\nNu är det dags att boka installationen av diskmaskinen från order {o}. Montören kan komma torsdag 17 december kl. 09.00–11.00 eller lördag 19 december kl. 10.00–12.00. Vilken tid passar bäst?\n\nHälsningar\nVitvaruservice Norr",
  [], "Home-service appointment with two slots.")
m("custom-design-verification", "html", "Korrektur att godkänna – {o}",
  "<p>Hej!</p><p>Här kommer korrekturet (korrektur-{o}.pdf) för muggen med namnet ”Elsa” och datumet 24/12. Kolla gärna stavningen och svara ”godkänt” eller skriv vad vi ska ändra.</p><p>Hälsningar<br>Tove, Keramikboden</p>",
  [], "Design proof sent for approval.")
m("fulfillment-question", "text", "Portkod behövs – order {o}",
  "Hej,\n\nLeveransen av order {o} är planerad till 2026-12-11, och porten på Vasagatan är låst. Kan du skicka portkoden eller vilken trappuppgång det gäller? Vi lägger in den på vårt ärende ÄR-2026-0917 (referens 4471-0093).\n\nTack!\nLinneboden",
  [], "Door-code question with tracking and reference numbers.")
m("reply", "text", "Sv: Fråga om produkten, order {o}",
  "Hej,\n\nJa, ”Stonewashed Linen Bedding Set” i order {o} är samma set som på bilden – namnet är på engelska eftersom tillverkaren kallar det så. Örngott ingår.\n\n" + S1,
  [], "Reply quoting an English product title inside Swedish sentences.")
m("reply", "text", "Sv: Garanti för kaffebryggaren – {o}",
  "Hej,\n\nKaffebryggaren i order {o} har två års tillverkargaranti. Snabbast går det om du kontaktar tillverkarens garantilinje (Brygga Nordic) direkt på 0771-44 55 60. Ha serienumret under vattentanken till hands.\n\nHälsningar\nKaffehörnan",
  [], "Reply giving the manufacturer's warranty line, marked as such.")
m("reply", "text", "Sv: Företagsuppgifter ({o})",
  "Hej,\n\nSjälvklart kan fakturan för order {o} ställas ut på ditt företag – svara bara med företagsnamn och organisationsnummer. Här är våra uppgifter om du behöver dem för bokföringen.\n\nMvh\nPer Holm\nEkonomiansvarig\n\nLeksaksverkstan Holm HB\nKyrkogatan 3, 722 15 Västerås\nOrg.nr 969745-1122",
  [], "Reply with a company-details footer.")
m("reply", "text", "Sv: Var är min återbetalning? {o}",
  "Hej,\n\nDitt returpaket (kollinummer 00340434161299875) kom fram till oss 2026-12-08 kl. 13.40. Returnummer RET-3318. Återbetalningen på 649 kr för order {o} gjordes 2026-12-09 och brukar synas inom 3–5 bankdagar.\n\n" + S1,
  [], "Reply with return tracking number, dates, times and amounts.")

# 18-48 violations
m("reply", "text", "Sv: När skickas det? {o}",
  "Hej!\n\nGoda nyheter – paketet med order {o} har lämnat vårt lager i morse och är på väg till dig.\n\n" + S1,
  ["BSM201"], "Shipping confirmation: parcel left the warehouse.")
m("fulfillment-question", "text", "Order {o}",
  "Hej hej,\n\nVi har tagit emot din beställning {o} och håller redan på att plocka ihop och packa den.\n\nSockbutiken",
  ["BSM201"], "Order confirmation: received and being packed.")
m("review-request", "text", "Tack! {o}",
  "Hej,\n\nStort tack för att du handlade hos oss (order {o})! Vi blir så glada när någon väljer en liten butik.\n\nKeramikboden",
  ["BSM202"], "Thanks only.")
m("reply", "text", "Order {o}",
  "Hej,\n\nOm något skulle strula med order {o} finns vi här – det är bara att höra av sig.\n\n" + S2,
  ["BSM202"], "Only the offer to help if something comes up.")
m("delivery-delay", "text", "Kort försening – {o}",
  "Hej,\n\nOrder {o} skickas två dagar senare än planerat, senast 2026-12-15. Förlåt!\n\nPS. Just nu är hela sortimentet 20 % billigare i vår butik, hela december ut.\n\n" + S1,
  ["BSM203"], "Delay message with a 20 % sale in a P.S.")
m("reply", "text", "Sv: Storlek på tröjan, {o}",
  "Hej,\n\nTröjan i order {o} är ganska rymlig, så M borde sitta bra. Och gillar du nyheter – följ oss på Instagram och skriv upp dig på vårt nyhetsbrev, i januari släpper vi en ny kollektion i merinoull.\n\nHälsningar\nIda, Stickat",
  ["BSM203"], "Follow us, newsletter and new collection.")
m("review-request", "text", "En liten tjänst – {o}",
  "Hej!\n\nVi hoppas att doftljuset i order {o} doftar som det ska. Så fort ditt omdöme syns på Amazon skickar vi en liten present som tack.\n\nKeramikboden",
  ["BSM204"], "Small gift once the review is published.")
m("review-request", "text", "Recension av order {o}",
  "Hej,\n\nEtt erbjudande: skriv en recension av hörlurarna i order {o}, så återbetalar vi hela köpesumman när den är publicerad. Svara bara med en skärmdump.\n\nLjudbutiken",
  ["BSM204"], "Full refund as soon as the review is online.")
m("reply", "text", "Sv: Betyg 1/5 – {o}",
  "Hej Mikael,\n\nVi har bytt ut den trasiga vattenkokaren från order {o}, den nya kommer i morgon. Nu när allt är löst – skulle du kunna tänka dig att ändra eller ta bort ditt enstjärniga omdöme?\n\nHälsningar\nKaffehörnan",
  ["BSM205"], "Asks to change or remove a one-star review.")
m("review-request", "text", "Nöjd? {o}",
  "Hej,\n\nÄr du nöjd med kuddarna i order {o}? Då blir vi jätteglada för en recension på Amazon. Om något inte känns rätt – hör av dig till oss först i stället för att lämna ett omdöme.\n\n" + S1,
  ["BSM206"], "Review only if satisfied; unhappy buyers steered to the seller.")
m("review-request", "html", "Vad tycker du om order {o}?",
  "<p>Hej,</p><p>Tack för ditt köp, order {o}. Vi vore tacksamma för en recension – fem stjärnor betyder väldigt mycket för en liten verkstad som vår!</p><p><a href=\"https://www.amazon.se/review/create-review?asin=B0BQ31TZ8N\">Betygsätt produkten på Amazon</a></p><p>Leksaksverkstan Holm</p>",
  ["BSM206"], "Asks for five stars.")
m("order-problem", "text", "[Viktigt] Order {o} – bara ett exemplar",
  "Hej,\n\nAv de två bäddset du beställt har vi bara ett kvar i lager. För det som saknas har vi sänkt orderbeloppet för {o} med 549 kr. Räcker inte ett set för dig är det snabbast att du avbryter ordern själv under ”Dina beställningar”.\n\n" + S1,
  ["BSM108"], "Adjusted amount, but advises the buyer to cancel herself.")
m("order-problem", "text", "Slut i lager – {o}",
  "Hej,\n\nDet visade sig att lampan i order {o} precis tagit slut. Vi skulle uppskatta om du skickar en begäran om avbokning via ditt Amazon-konto, så löser det sig smidigt.\n\nLjusverkstan",
  ["BSM107", "BSM108"], "Asks for a cancellation request and does not mention an adjustment.")
m("review-request", "text", "Ditt omdöme om order {o}",
  "Hej,\n\nVi blir glada om du vill dela din upplevelse av muggarna i order {o} på Amazon.\n\nVill du inte få fler sådana här meddelanden? Svara STOPP.\n\nKeramikboden",
  ["BSM305"], "Opt-out instruction: reply STOPP.")
m("reply", "text", "Sv: Reklamation {o}",
  "Hej,\n\nDet där jävla budet har tappat bort våra paket för tredje gången. Vi skickar order {o} igen i morgon på vår bekostnad.\n\nMarcus, Sockbutiken",
  ["BSM306"], "Swedish profanity.")
m("reply", "text", "Re: Your question about order {o}",
  "Hi,\n\nThanks for reaching out. The throw in order {o} is 100% cotton and can be washed at 40 degrees. Just let us know if you need anything else.\n\nKind regards,\nLinneboden",
  ["BSM104"], "Whole reply in English to an sv-SE buyer.")
m("delivery-scheduling", "text", "Leverans av soffan {o}",
  "Hej,\n\nFör att boka leveransdag för soffan i order {o}, ring vårt kontor på 08-123 456 78 eller chauffören på +46 70-123 45 67 (vardagar 8–16).\n\n" + S2,
  ["BSM309"], "Seller phone numbers, national and international formats.")
m("reply", "text", "Sv: Kvitto {o}",
  "Hej,\n\nKvittot för order {o} fixar vi enklast via mejl – skriv till ekonomi@linneboden.se.\n\n" + S1,
  ["BSM308"], "Plain e-mail address.")
m("reply", "text", "Sv: Bilder på skadan ({o})",
  "Hej,\n\nSkicka gärna bilderna på den spruckna skålen i order {o} till tove.keramik snabel-a gmail punkt com, så tittar vi på dem direkt.\n\nKeramikboden",
  ["BSM308"], "Obfuscated e-mail address with \"snabel-a\" and \"punkt\".")
m("reply", "html", "Sv: Skötsel av linne – {o}",
  "<p>Hej,</p><p>Lakanen i order {o} tvättas bäst i 40 grader. Fler tips finns i vår <a href=\"https://www.linneboden.se/guide/skotsel-av-linne\">skötselguide för linne på vår webbplats</a>.</p><p>Mvh<br>Emma Lindqvist</p>",
  ["BSM302"], "https link to the seller's own site, not needed for the order.")
m("review-request", "html", "Order {o} – omdöme",
  "<p>Hej,</p><p>Hur fungerar kaffekvarnen från order {o}? Vi blir glada för några rader.</p><p><a href=\"http://www.amazon.se/review/create-review?asin=B09ZQ4M1RT\">Skriv ett omdöme om kvarnen på Amazon</a></p><p>Kaffehörnan</p>",
  ["BSM301"], "http link to Amazon.")
m("delivery-delay", "html", "Försening – {o}",
  "<p>Hej,</p><p>Fåtöljen i order {o} skickas först 2026-12-17, vi väntar på klädseltyget.</p><p><img src=\"https://cdn.snickerietidalby.se/produkter/fatolj-oron-gron.jpg\" alt=\"Öronlappsfåtölj i grön sammet\" width=\"300\"></p><p>Förlåt dröjsmålet<br>Snickeriet i Dalby</p>",
  ["BSM310"], "Photo of the purchased armchair.")
m("review-request", "html", "Skön helg! {o}",
  "<p>Hej,</p><p>Har du en stund över? Vi uppskattar en recension av väskan i order {o} på Amazon.</p><p><img src=\"https://cdn.bildbank.example.com/strand-solnedgang.jpg\" alt=\"Strand i solnedgång\" width=\"300\"></p><p>Hälsningar<br>Väskmakeriet</p>",
  ["BSM311"], "Unrelated stock image of a beach.")
m("invoice", "html", "Faktura – {o}",
  "<p><img src=\"https://cdn.keramikboden.se/keramikboden-logo.png\" alt=\"\" width=\"140\"></p><p>Hej,</p><p>Här kommer faktura 2026-0912 för order {o}, se bilaga.</p><p>Keramikboden</p>",
  ["BSM402"], "Shop logo with empty alt.")
m("delivery-delay", "text", "Lite senare – {o}",
  "Hej!\n\nFiltarna i order {o} vävs fortfarande, vi skickar dem 2026-12-14 🧶 Tack för ditt tålamod!\n\nStickat",
  ["BSM403"], "Emoji in a delay message.")
m("reply", "text", "Sv: Färgen, {o}",
  "Hej,\n\nFärgen ”salvia” i order {o} är lite ljusare i verkligheten än på bilden, men den är fin på riktigt ;-)\n\n" + S1,
  ["BSM403"], "Text emoticon.")
m("delivery-delay", "html", "Ändrat leveransdatum {o}",
  "<style>p{font-size:14px} h2{font-size:22px} h3{font-size:18px} .liten{font-size:11px}</style><h2>Nytt datum</h2><h3>Order {o}</h3><p>Hej, bordet skickas 2026-12-18 i stället för 2026-12-12. Vi ber om ursäkt.</p><p class=\"liten\">Snickeriet i Dalby AB</p>",
  ["BSM410"], "Four font sizes in a style block.")
m("additional-information", "text", "Mått för rullgardinen – {o}",
  "Hej,\n\nTill order {o} behöver vi fönstrets bredd i centimeter.\n\n\n\nUtan den kan vi inte kapa rullgardinen.\n\nHälsningar\nGardinmästarn",
  ["BSM412"], "Several blank lines in a row in plain text.")
m("additional-information", "html", "Trådfärg – {o}",
  "<p>Hej,</p><p>Vilken trådfärg vill du ha till broderiet i order {o}: guld eller silver?</p><p></p><p></p><p>Tack!<br>Broderiateljén</p>",
  ["BSM412"], "Empty paragraphs between paragraphs.")
m("invoice", "text", "[Viktigt] Faktura – {o}",
  "Hej,\n\nHär kommer fakturan för order {o} som bilaga.\n\n" + S1,
  ["BSM110"], "[Viktigt] on an invoice.")
m("reply", "html", "Sv: Monteringsanvisning – {o}",
  "<p>Hej,</p><p>Monteringsanvisningen till hyllan i order {o} finns på produktsidan. <a href=\"https://www.amazon.se/dp/B0C7PLQ2ZA\">Läs mer</a></p><p>Hälsningar<br>Snickeriet i Dalby</p>",
  ["BSM401"], "\"Läs mer\" as link text.")

# 49-50 varying
m("review-request", "html", "Hur blev det? {o}",
  "<p>Hej,</p><p>Vi vore glada för en recension av vasen i order {o} på Amazon.</p><p><a href=\"https://www.amazon.se/review/create-review?asin=B0CN8WQ1LE\">Recensera vasen på Amazon</a></p><p>Keramikboden</p><img src=\"https://t.mailverktyg.example.com/open.gif?uid=88231\" width=\"1\" height=\"1\">",
  ["BSM307", "BSM402"], "1x1 tracking pixel without alt.")
m("delivery-delay", "html", "Order {o} – ny leveransdag",
  "<p><a href=\"https://www.linneboden.se\"><img src=\"https://cdn.linneboden.se/linneboden-logo.png\" alt=\"Linneboden logotyp\" width=\"150\"></a></p><p>Hej,</p><p>Påslakanet i order {o} skickas 2026-12-15 i stället för 2026-12-10, tyget blev försenat från väveriet.</p><p>" + S1.replace("\n", "<br>") + "</p>",
  ["BSM302", "BSM304"], "Shop logo linked to the shop's website.")

LANG, LOCALE = "sv", "sv-SE"


def _oid(prefix):
    return "%s-%07d-%07d" % (prefix, _R.randint(0, 9999999), _R.randint(0, 9999999))


def _build():
    out, seen = [], set()
    for i, (t, f, s, b, e, n) in enumerate(_E, 1):
        o = _oid("557")
        while o in seen:
            o = _oid("557")
        seen.add(o)
        nh = o.replace("-", "")
        s = s.replace("{o_nh}", nh).replace("{o}", o)
        b = b.replace("{o_nh}", nh).replace("{o}", o)
        out.append({"id": "v24-%s-%03d" % (LANG, i), "language": LANG, "locale": LOCALE,
                    "type": t, "format": f, "subject": s, "body": b, "order_id": o,
                    "expected": sorted(e), "note": n})
    return out


MESSAGES = _build()
