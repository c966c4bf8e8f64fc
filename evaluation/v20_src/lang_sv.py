"""v20 blind evaluation set, Swedish (sv-SE). Standard library only, deterministic."""

LANG = "sv"
LOCALE = "sv-SE"
PFX = "517"


def _oid(n):
    a = (n * 98711 + 2345671) % 9000000 + 1000000
    b = (n * 113027 + 6120433) % 9000000 + 1000000
    return f"{PFX}-{a:07d}-{b:07d}"


_ROWS = []


def m(type_, fmt, subject, body, expected, note):
    _ROWS.append((type_, fmt, subject, body, sorted(expected), note))


# ---------------------------------------------------------------- clean (17)
m("delivery-delay", "text",
  "Order {OID} – lite senare leverans",
  """Hej Annika,

vi ligger tyvärr efter med linnedukarna – väveriet i Borås blev klart med väven först i går. Din order {OID} skickas därför senast den 15 december i stället för den 9:e.

Passar det inte, svara bara på det här meddelandet så löser vi det.

Vänliga hälsningar
Karin på Linnestugan""",
  [], "Plain-text delivery delay with a new dispatch date; clean.")

m("delivery-delay", "html",
  "Nytt leveransdatum för {OID}",
  """<p>Hej!</p>
<p>Skärbrädorna i ek till order <b>{OID}</b> behöver torka några dagar till efter oljningen. Nytt datum för avsändning: <b>torsdag 17 december</b>.</p>
<p>Ursäkta dröjsmålet, vi vill hellre att de håller i tjugo år än att de kommer fram en vecka tidigare.</p>
<p>Mvh<br>Johan Berg<br><small>Trähörnan i Dalarna</small></p>""",
  [], "Hand-written HTML delay with bold and small only; clean.")

m("order-problem", "text",
  "[Viktigt] Vi kan inte leverera order {OID}",
  """Hej,

tyvärr visade det sig vid packkontrollen att den sista gjutjärnsgrytan i 4,5 liter hade en spricka i emaljen, och vi har inga fler i lager. Vi kan därför inte leverera order {OID}.

Vi har justerat hela orderbeloppet på grund av slut i lager, så 1 249 kr kommer tillbaka till dig inom några bankdagar enligt Amazons rutiner.

Vi ber verkligen om ursäkt.
Elin Sjöberg
Nordkök AB""",
  [], "Order problem with [Viktigt] and confirmed full adjustment for no stock; clean.")

m("additional-information", "text",
  "Gravyr till order {OID}",
  """Hej!

Du har valt gravyr på armbandet i order {OID}, men textfältet kom tomt till oss. Vad ska vi gravera? Max 18 tecken, å, ä och ö går bra.

Vi väntar med tillverkningen tills vi hört av dig.

Hälsningar
Sara, Silververkstan""",
  [], "Asks for engraving text needed to complete the order; clean.")

m("return-follow-up", "text",
  "Angående din retur – {OID}",
  """Hej Mikael,

tack för bilderna. Repan på lampfoten syns tydligt. I stället för att du skickar tillbaka hela lampan kan vi erbjuda en delåterbetalning på 300 kr, och du behåller lampan.

Låter det bra räcker det med ett kort ja som svar. Vill du hellre returnera den tar vi fram en returetikett.

Vänliga hälsningar
Johan Berg
Trähörnan i Dalarna""",
  [], "Return follow-up offering a partial refund; clean.")

m("return-follow-up", "text",
  "Fråga om returen av order {OID}",
  """Hej,

du har anmält retur av regnjackan i order {OID} med orsaken ”annat”. För att kunna slutföra returen behöver vi veta: sitter etiketterna kvar, och har jackan använts ute? Det avgör om den går till tillverkaren eller tillbaka till oss.

Tack på förhand!
Kundtjänst, Fjällform""",
  [], "Return follow-up asking for information needed to complete it; clean.")

m("invoice", "text",
  "Faktura för order {OID}",
  """Hej,

bifogat finns fakturan F-2026/1187 för order {OID}, utställd på företaget enligt uppgifterna i beställningen.

Totalt 2 495,00 kr, varav moms 25 %: 499,00 kr. Beloppet är redan betalt via Amazon.

Vänliga hälsningar
Ekonomi

Nordkök AB
Verkstadsgatan 7, 412 63 Göteborg
Org.nr 556812-3947 | Momsreg.nr SE556812394701
Godkänd för F-skatt""",
  [], "Invoice with slashed invoice number, Org.nr and Momsreg.nr; clean.")

m("review-request", "text",
  "Hur funkar pannan? ({OID})",
  """Hej!

Stekpannan från order {OID} har nu varit hos dig ett tag. Om du har en minut över blir vi glada för en recension på Amazon – oavsett vad du tycker, det hjälper både oss och andra köpare.

Hälsningar
Nordkök AB""",
  [], "Neutral plain-text review request; clean.")

m("review-request", "html",
  "Berätta gärna vad du tycker – order {OID}",
  """<p><img src="https://bilder.butiksbild.se/linnestugan/linnestugan-logotyp.png" alt="Linnestugans logotyp" width="180"></p>
<p>Hej,</p>
<p>nu har linnehanddukarna från order {OID} hunnit komma i bruk. Vi blir glada om du vill skriva några rader om dem på Amazon, ris som ros.</p>
<p><a href="https://www.amazon.se/review/create-review?asin=B0C9T4LM2W">Skriv en recension av handdukarna på Amazon.se</a></p>
<p>Varma hälsningar<br>Karin och Lotta<br>Linnestugan</p>""",
  [], "HTML review request with logo (alt names shop) and descriptive Amazon link; clean.")

m("delivery-scheduling", "text",
  "Leverans av bokhyllan – välj tid ({OID})",
  """Hej,

bokhyllan i order {OID} väger runt 80 kg med emballage, så den körs ut av vår egen transport med inbärning. Lediga tider:

- tisdag 15/12, kl. 08.00–12.00
- onsdag 16/12, kl. 12.00–16.00
- lördag 19/12, kl. 09.00–13.00

Svara med vilken tid som passar och vilken våning det gäller (finns hiss?).

Mvh
Anders Holm
Transportansvarig, Möbelboden""",
  [], "Scheduling a bulky delivery with Swedish dates and time slots; clean.")

m("home-service-appointment", "text",
  "Montering av diskmaskin – boka tid, order {OID}",
  """Hej Lena,

till order {OID} har du lagt till installation av diskmaskinen. Vår montör kan komma:

• torsdag 10 december mellan kl. 14 och 17
• fredag 11 december mellan kl. 8 och 11

Jobbet tar ungefär en och en halv timme. Bekräfta gärna tiden och installationsadressen.

Vänliga hälsningar
Vitvaruhjälpen Installation""",
  [], "Home-service installation appointment with two slots; clean.")

m("custom-design-verification", "text",
  "Korrektur på din tavla – {OID}",
  """Hej!

Här kommer korrekturet på namntavlan i order {OID}, se bifogad PDF. Kolla särskilt stavningen ”Familjen Åkesson” och årtalet 1998. Ser allt rätt ut svarar du bara ”godkänt”, annars fixar vi ändringarna utan extra kostnad.

Tove
Skylt & Form""",
  [], "Custom design proof for approval; clean.")

m("fulfillment-question", "text",
  "Portkod inför leveransen – order {OID}",
  """Hej,

soffan i order {OID} körs ut av vår egen transport. Adressen verkar ligga i ett hus med kodlås – vilken portkod gäller, och vilket namn står på dörren? Vi lägger in det i körordern TO-2026/4471 (referens SE-GBG-20261211).

Tack!
Kundtjänst Möbelboden""",
  [], "Asks for a door code, with reference numbers that are not phone numbers; clean.")

m("reply", "text",
  "Sv: Storlek på påslakanet – {OID}",
  """Hej,

”Leinen Bettwäsche Salbeigrün 150x210” är precis det set vi säljer som salviagrönt linnepåslakan – väveriet är tyskt och namnger allt på tyska. Påslakanet är 150x210 cm och örngottet 50x60 cm, så det passar ditt täcke.

Hälsningar
Karin, Linnestugan""",
  [], "Reply quoting a German product title in Swedish sentences; clean.")

m("reply", "text",
  "Sv: Kaffebryggaren värmer inte – {OID}",
  """Hej,

tråkigt att bryggaren krånglar! Den har två års tillverkargaranti och garantireparationer sköts direkt av märkets service.

Tillverkarens garantilinje (Brygga Nordic): 08-520 233 00, vardagar 8–17.

Vill du hellre returnera den inom 30 dagar gör du det under ”Dina beställningar” på Amazon.

Vänliga hälsningar
Nordkök AB""",
  [], "Reply with the manufacturer's warranty line, marked as such; clean.")

m("reply", "text",
  "Sv: Faktura på företaget? {OID}",
  """Hej Peter,

absolut. Fick vi inget organisationsnummer med order {OID} kan du skicka det som svar här, så bifogar vi fakturan inom två arbetsdagar.

Med vänlig hälsning
Maria Lund
Kundansvarig

--
Möbelboden i Norden AB
Industrivägen 22, 302 41 Halmstad
Org.nr 559214-7730 | Momsreg.nr SE559214773001
Styrelsens säte: Halmstad""",
  [], "Reply with a Swedish company footer; clean.")

m("reply", "text",
  "Sv: När kommer pengarna? {OID}",
  """Hej,

din returförsändelse för order {OID} (kollinummer 00370733741234567895) kom fram till oss 3/12 kl. 11.42. Returnumret hos oss är R-2026/0932. Vi betalar tillbaka 749,00 kr senast 8/12, därefter tar det normalt 3–5 bankdagar.

Hälsningar
Fjällform""",
  [], "Reply with return tracking and return numbers, dates, time and amount; clean.")

# ---------------------------------------------------------------- violations (31)
m("fulfillment-question", "text",
  "Nu är ditt paket på väg! {OID}",
  """Hej!

Roliga nyheter: order {OID} lämnade vårt lager i Jönköping i morse och är nu hos PostNord. Brukar ta 1–2 dagar.

Hälsningar
Trähörnan i Dalarna""",
  ["BSM201"], "Tells the buyer the parcel left the warehouse and is with the carrier.")

m("fulfillment-question", "text",
  "Vi har fått din beställning – {OID}",
  """Hej,

din beställning {OID} har landat hos oss och vi håller redan på att plocka ihop ljusen och slå in dem. Ville bara att du skulle veta!

Ljusmakeriet""",
  ["BSM201"], "Confirms the order was received and is being prepared.")

m("fulfillment-question", "text",
  "Tack! – {OID}",
  """Hej,

stort tack för att du handlade hos Linnestugan och för förtroendet. För ett litet väveri betyder varje order, också {OID}, väldigt mycket.

Varma hälsningar
Karin och Lotta""",
  ["BSM202"], "Thanks only.")

m("fulfillment-question", "text",
  "Order {OID}",
  """Hej,

vi hör bara av oss för att säga att vi finns här om det skulle dyka upp några frågor eller problem med order {OID}. Svara bara på det här meddelandet.

Teamet på Nordkök""",
  ["BSM202"], "Only says the seller is there if anything comes up.")

m("delivery-delay", "text",
  "Försenad avsändning – {OID}",
  """Hej,

kaffekvarnen i order {OID} kommer lite senare från leverantören, så vi skickar den 16/12 i stället för 10/12. Förlåt för dröjsmålet.

Mvh
Nordkök AB

PS. Hela sortimentet är 20 % billigare fram till nyår – kika gärna in i vår butik på Amazon.""",
  ["BSM203"], "Permitted delay with a 20% off P.S.")

m("reply", "text",
  "Sv: Tål skålen diskmaskin? {OID}",
  """Hej,

ja, skålarna i order {OID} tål diskmaskin, men undvik program över 65 grader så håller glasyren glansen längre.

Följ oss förresten på Instagram under namnet Lerverket – på fredag visar vi vår nya vinterkollektion där. Du kan också prenumerera på vårt nyhetsbrev.

Hälsningar
Ida, Lerverket""",
  ["BSM203"], "Reply with follow-us, newsletter and new-collection promotion.")

m("review-request", "text",
  "Hur smakar teet? {OID}",
  """Hej!

Hoppas teerna i order {OID} redan har hunnit bli några koppar. Vi blir glada om du delar din åsikt på Amazon – och när recensionen är publicerad skickar vi en liten tackgåva, ett provkit med våra vinterblandningar.

Hälsningar
Tehuset Bergamott""",
  ["BSM204"], "Promises a small gift once the review is published.")

m("review-request", "text",
  "Ett erbjudande – order {OID}",
  """Hej Erik,

om du skriver en recension av hörlurarna i order {OID} betalar vi tillbaka hela köpesumman så fort den syns på Amazon. Skicka bara en skärmdump som svar.

Mvh
Ljudlabbet""",
  ["BSM204"], "Offers a full refund once the review is online.")

m("reply", "text",
  "Sv: Laddaren – {OID}",
  """Hej,

skönt att den nya laddaren kom fram och att datorn fungerar igen! Nu när ärendet med order {OID} är löst – skulle du kunna ändra eller ta bort ditt omdöme med en stjärna? Det skulle betyda mycket för oss.

Hälsningar
Olle, Elektronikhörnan""",
  ["BSM205"], "Asks to change or remove an existing one-star review.")

m("review-request", "text",
  "Filten i order {OID}",
  """Hej,

är du nöjd med filten blir vi jätteglada för en recension på Amazon. Och är det något som inte känns rätt – hör av dig till oss först innan du betygsätter, så ordnar vi det.

Hälsningar
Linnestugan""",
  ["BSM206"], "Review only if satisfied; unhappy buyers steered to the seller.")

m("review-request", "text",
  "Några ord om lampan? {OID}",
  """Hej!

Nu lyser väl lampan från order {OID} i vardagsrummet. Fem stjärnor är ovärderligt för en liten verkstad som vår – vi räknar med dig!

Johan, Trähörnan i Dalarna""",
  ["BSM206"], "Asks for five stars.")

m("delivery-delay", "text",
  "Vattenkokaren i order {OID} – försening",
  """Hej,

grossisten meddelade precis att vattenkokaren i order {OID} är slutsåld och nästa leverans väntas först runt 20 januari. Vill du inte vänta är det snabbaste att du själv avbryter beställningen under ”Dina beställningar”, då får du pengarna direkt.

Ursäkta strulet
Nordkök AB""",
  ["BSM108"], "Advises the buyer to cancel themselves because stock ran out.")

m("order-problem", "text",
  "Order {OID} – storleken är slut",
  """Hej,

tyvärr har vi inte längre storlek 38 av kängorna i lager. Vi skulle uppskatta om du skickade en begäran om annullering för order {OID}, så sköter Amazon återbetalningen.

Ursäkta
Skoboden i Umeå""",
  ["BSM107", "BSM108"], "Order problem asking for a cancellation request, no adjustment confirmed.")

m("delivery-delay", "text",
  "Ändrat datum för order {OID}",
  """Hej,

order {OID} skickas den 14/12, några dagar senare än planerat eftersom vi väntar på större kartonger.

Vill du inte få fler meddelanden från oss? Svara STOPP.

Trähörnan i Dalarna""",
  ["BSM305"], "Delay with a reply-STOPP opt-out.")

m("reply", "text",
  "Sv: Var är min återbetalning? {OID}",
  """Hej,

förlåt, men det jävla transportbolaget har klantat till det igen, vilken jävla skitfirma. Din retur för order {OID} har fastnat på deras terminal. Vi reklamerar och betalar tillbaka 459 kr senast 11/12 utan att vänta på paketet.

Olle""",
  ["BSM306"], "Reply with Swedish profanity.")

m("delivery-delay", "text",
  "Update on your order {OID}",
  """Hi there,

we're sorry, but your order {OID} will ship about a week later than planned, on 16 December, as our supplier is running behind. Thanks for your patience.

Kind regards
Möbelboden Customer Care""",
  ["BSM104"], "Message to an sv-SE buyer written entirely in English.")

m("reply", "text",
  "Sv: Reklamation – {OID}",
  """Hej,

vi har tagit emot ärendet om order {OID}. Enklast löser vi det på telefon – ring 070-312 45 87 vardagar 9–17 och fråga efter Olle.

Hälsningar
Elektronikhörnan""",
  ["BSM309"], "Reply with a Swedish mobile number, not a warranty line.")

m("delivery-scheduling", "text",
  "Leverans av hörnsoffan – {OID}",
  """Hej,

hörnsoffan i order {OID} kör vi ut måndag 14/12 mellan kl. 10 och 14. Passar inte tiden så når du vår transportavdelning på +46 35 18 42 00.

Mvh
Möbelboden""",
  ["BSM309"], "Delivery scheduling with an international-format number.")

m("return-follow-up", "text",
  "Retur av bokhyllan – order {OID}",
  """Hej,

för att kunna slutföra returen i order {OID} behöver vi bilder på den skadade hörnan. Skicka dem helst till retur@mobelboden.se, där hamnar de direkt hos lagret.

Hälsningar
Möbelboden""",
  ["BSM308"], "Return follow-up containing a plain e-mail address.")

m("reply", "text",
  "Sv: Bild på leksaken – {OID}",
  """Hej,

skicka gärna en bild på sprickan till info snabel-a lekverkstan punkt se och skriv {OID} i ämnesraden, så tittar vi på det direkt.

Mvh
Lekverkstan""",
  ["BSM308"], "E-mail address obfuscated with 'snabel-a' and 'punkt'.")

m("reply", "html",
  "Sv: Hur tvättar jag linne? {OID}",
  """<p>Hej,</p>
<p>linnet i order {OID} tvättar du bäst i 40 grader, utan blekmedel och med låg centrifug. Vi har samlat alla tips här: <a href="https://linnestugan.se/skotselrad">skötselråd för linne hos Linnestugan</a>.</p>
<p>Hälsningar<br>Karin</p>""",
  ["BSM302"], "https link to the seller's own site, not needed for the order.")

m("reply", "html",
  "Sv: Hur returnerar jag? {OID}",
  """<p>Hej,</p>
<p>returen för order {OID} anmäler du direkt på Amazon: gå till <a href="http://www.amazon.se/gp/css/order-history">dina beställningar på Amazon.se</a> och välj ”Returnera produkter”.</p>
<p>Hälsningar<br>Fjällform</p>""",
  ["BSM301"], "Descriptive Amazon link over plain http.")

m("delivery-delay", "html",
  "Nytt datum för taklampan – {OID}",
  """<p>Hej,</p>
<p>taklampan i order {OID} skickas 18/12 – rottingen behöver torka lite till efter lackeringen.</p>
<p><img src="https://bilder.butiksbild.se/rottinghuset/produkter/taklampa-rotting-40cm.jpg" alt="Taklampa i rotting, 40 cm" width="240"></p>
<p>Hälsningar<br>Rottinghuset</p>""",
  ["BSM310"], "Includes a photo of the purchased ceiling lamp.")

m("delivery-delay", "html",
  "Julrusch – order {OID} försenad",
  """<p>Hej,</p>
<p>på grund av julruschen skickas order {OID} först den 21 december. Förlåt, och tack för ditt tålamod.</p>
<p><img src="https://bilder.butiksbild.se/stock/snoig-granskog.jpg" alt="Snöig granskog i solnedgång" width="300"></p>
<p>Ljusmakeriet</p>""",
  ["BSM311"], "Includes an unrelated stock image of a snowy forest.")

m("additional-information", "html",
  "Trådfärg till order {OID}",
  """<p><img src="https://bilder.butiksbild.se/broderiboden/broderiboden-logo.png" width="150"></p>
<p>Hej,</p>
<p>till broderiet på handdukarna i order {OID} behöver vi veta vilken trådfärg du vill ha: marinblå, flaskgrön eller guld?</p>
<p>Mvh<br>Broderiboden</p>""",
  ["BSM402"], "Shop logo without an alt attribute.")

m("delivery-scheduling", "text",
  "Leveranstid för soffan – {OID}",
  """Hej!

Dags att boka leverans av soffan i order {OID} 🛋️ Funkar onsdag 16/12 kl. 8–12, eller är torsdag 17/12 efter kl. 15 bättre?

Anders, Möbelboden""",
  ["BSM403"], "Contains an emoji.")

m("additional-information", "text",
  "Ringstorlek saknas – {OID}",
  """Hej,

i order {OID} saknas ringstorleken, och utan den kan vi inte gjuta ringen. Vilken storlek ska vi ta? ;-)

Sara, Silververkstan""",
  ["BSM403"], "Contains an emoticon.")

m("delivery-delay", "html",
  "Försening – order {OID}",
  """<style>
.rubrik { font-size: 24px; }
.text { font-size: 16px; }
.info { font-size: 13px; }
.sidfot { font-size: 10px; }
</style>
<p class="rubrik">Nytt avsändningsdatum</p>
<p class="text">Hej! Order {OID} skickas 15/12 i stället för 11/12, vi väntar på en leverans av förpackningar.</p>
<p class="info">I övrigt är allt som vanligt med din beställning.</p>
<p>Hälsningar</p>
<p class="sidfot">Ljudlabbet</p>""",
  ["BSM410"], "Style block with four explicit font sizes besides the default.")

m("delivery-delay", "html",
  "Avsändning av order {OID} flyttas",
  """<p>Hej,</p>
<p>tryckeriet behöver två dagar till, så kalendrarna i order {OID} skickas 10/12.<br><br><br><br>Förlåt för besväret.</p>
<p>Skylt &amp; Form</p>""",
  ["BSM412"], "HTML with a run of four <br> tags.")

m("invoice", "text",
  "[Viktigt] Faktura för order {OID}",
  """Hej,

här kommer fakturan F-2026/1203 för order {OID} som bifogad PDF. Totalt 1 890,00 kr inkl. moms 378,00 kr.

Hälsningar
Ekonomi, Möbelboden i Norden AB
Org.nr 559214-7730""",
  ["BSM110"], "[Viktigt] tag on an invoice message.")

m("review-request", "html",
  "Vad tycker du om knoppen? {OID}",
  """<p>Hej,</p>
<p>om knoppen från order {OID} har kommit upp på väggen blir vi glada för några ord på Amazon. <a href="https://www.amazon.se/review/create-review?asin=B0D2K7QX4M">Läs mer</a></p>
<p>Hälsningar<br>Trähörnan i Dalarna</p>""",
  ["BSM401"], "Amazon link with the non-descriptive text 'Läs mer'.")

# ---------------------------------------------------------------- varying (2)
m("delivery-delay", "html",
  "Ny leveransdag – order {OID}",
  """<div style="padding: 0 140px;">
<p>Hej,</p>
<p>vi vill meddela att order {OID} skickas den 16 december på grund av en försenad leverans från tillverkaren.</p>
<p>Vänliga hälsningar<br>Kundtjänst<br>Rottinghuset</p>
</div>""",
  ["BSM405"], "Wrapper with 140 px horizontal padding on each side.")

m("additional-information", "html",
  "Lägenhetsnummer saknas – {OID}",
  """<p>Hej,</p>
<p>i leveransadressen för order {OID} saknas lägenhetsnumret, och budet lämnar inte paketet utan det. Vilket nummer ska vi lägga till?</p>
<p>Hälsningar<br>Ljusmakeriet</p>
<img src="https://open.mejlspar.se/o.gif?mid=88231&amp;rcpt=kund4471" width="1" height="1" alt="">""",
  ["BSM307", "BSM402"], "1x1 tracking pixel with empty alt.")


MESSAGES = []
for _i, (_t, _f, _s, _b, _e, _n) in enumerate(_ROWS, 1):
    _o = _oid(_i)
    _rep = lambda x: x.replace("{OIDNH}", _o.replace("-", "")).replace("{OID}", _o)
    MESSAGES.append({
        "id": f"v20-{LANG}-{_i:03d}",
        "language": LANG,
        "locale": LOCALE,
        "type": _t,
        "format": _f,
        "subject": _rep(_s),
        "body": _rep(_b),
        "order_id": _o,
        "expected": _e,
        "note": _n,
    })
