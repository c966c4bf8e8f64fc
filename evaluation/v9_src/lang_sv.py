# v9 blind evaluation set, Swedish (sv-SE). Standard library only, fixed seed.
import random
import textwrap

LANG = "sv"
LOCALE = "sv-SE"
_PREFIX = "171"


def _order_ids(n):
    rng = random.Random(17129)
    seen = set()
    out = []
    while len(out) < n:
        oid = "%s-%07d-%07d" % (_PREFIX, rng.randrange(10**7), rng.randrange(10**7))
        if oid not in seen:
            seen.add(oid)
            out.append(oid)
    return out


def T(s):
    return textwrap.dedent(s).strip("\n")


IMG = "https://m.media-amazon.com/images/S/seller-assets"

# (type, format, subject, body, expected, note); "#ORD#" is replaced by the order number.
_RAW = [
    # ---------------- 17 clean ----------------
    ("delivery-delay", "text",
     "Försenad leverans, order #ORD#",
     T("""
     Hej Johanna!

     Vi vill bara meddela att pläden i ull från din order #ORD# blir lite försenad. Väveriet i Borås har haft problem med en maskin, och vi räknar nu med att kunna skicka den fredag 18 december.

     Du bör alltså ha paketet senast 22 december. Förlåt för dröjsmålet!

     Vänliga hälsningar
     Linnea Sjöberg
     Brodyrateljén i Borås
     """),
     [], "Plain-text delivery delay with a new dispatch date; clean."),
    ("delivery-delay", "html",
     "Order #ORD# – nytt leveransdatum",
     T("""
     <table width="100%" cellpadding="8" cellspacing="0">
       <tr><td>
         <p>Hej Erik,</p>
         <p>tyvärr är golvlampan <strong>Nordhem Båge</strong> i din order #ORD# restnoterad hos vår leverantör. Nästa leverans till lagret är planerad till 2027-01-08.</p>
         <p>Nytt beräknat utskick: <strong>2027-01-11</strong>. Vi skickar allt i samma paket så att du slipper hämta ut två försändelser.</p>
         <p>Med vänlig hälsning<br>Kundservice<br>Nordhem Inredning AB</p>
       </td></tr>
     </table>
     """),
     [], "Builder-style HTML table with a later ship date, no styling; clean."),
    ("order-problem", "text",
     "[Viktigt] Varan kan inte levereras – order #ORD#",
     T("""
     Hej,

     vi måste tyvärr meddela att vi inte kan leverera din order #ORD#. Skålen ”Havtorn 22 cm” gick sönder i sista bränningen och vi har inga fler i den glasyren.

     Vi har redan justerat hela orderbeloppet med orsaken slut i lager (NoInventory). Återbetalningen på 425 kr kommer enligt Amazons rutiner, oftast inom några bankdagar.

     Vi ber om ursäkt.

     Maja Lund
     Sörgårdens Keramik
     """),
     [], "Order problem confirming the full amount was adjusted (NoInventory), [Viktigt] allowed; clean."),
    ("additional-information", "text",
     "Vi behöver ditt ombud – order #ORD#",
     T("""
     Hej Oskar,

     i order #ORD# har du valt leverans till ombud, men adressen saknar ombudets namn och på din gata finns två PostNord-ombud med samma postnummer.

     Kan du svara med vilket ombud du vill hämta ut paketet hos, eller om det går bra med hemleverans? Annars kan vi inte boka frakten.

     Tack på förhand!
     Emil på Fjällsport
     """),
     [], "Asks for the pickup point needed to book shipping; clean."),
    ("return-follow-up", "text",
     "Din retur – order #ORD#",
     T("""
     Hej Sara,

     vi har fått din returanmälan för order #ORD# (kuddfodral i linne, 2-pack). Du skriver att sömmen har gått upp på det ena fodralet.

     Om du i övrigt är nöjd kan vi erbjuda en delåterbetalning på 120 kr, så behåller du fodralen utan att skicka tillbaka något. Vill du hellre returnera hela paketet så svarar du bara på det här meddelandet, så fortsätter returen som vanligt.

     Hälsningar
     Linnea Sjöberg
     Brodyrateljén i Borås
     """),
     [], "Return follow-up offering a partial refund; clean."),
    ("return-follow-up", "html",
     "Fråga om returen av order #ORD#",
     T("""
     <p>Hej,</p>
     <p>i order <b>#ORD#</b> köpte du två sekatörer av modellen <i>Lindqvist Pro</i>, en för höger- och en för vänsterhänta. I returanmälan står bara ”1 st” utan modell.</p>
     <p>Vilken av dem skickar du tillbaka? Vi behöver veta det för att kunna ta emot returen och betala tillbaka rätt belopp.</p>
     <p>Hälsningar<br>Lindqvist Trädgård</p>
     """),
     [], "Return follow-up asking which item is returned; clean."),
    ("invoice", "text",
     "Faktura för order #ORD#",
     T("""
     Hej,

     bifogat finns faktura nr 2026/12/0389 för din Amazon-order #ORD#, utställd på företaget enligt uppgifterna vid köpet.

     Belopp att betala: 0 kr (betalt via Amazon)
     Totalt inkl. moms: 4 995,00 kr, varav moms 25 %: 999,00 kr
     Fakturadatum: 2026-12-04

     Hör av dig om något behöver ändras på fakturan.

     --
     Nordhem Inredning AB
     Hornsgatan 112, 118 21 Stockholm
     Org.nr 556987-1234 | Momsreg.nr SE556987123401
     Godkänd för F-skatt
     """),
     [], "Invoice with Org.nr, Momsreg.nr and an invoice number with slashes; clean."),
    ("review-request", "text",
     "Hur blev det? Order #ORD#",
     T("""
     Hej Anders,

     nu har stormköket från order #ORD# varit hos dig en vecka. Om du har tid får du gärna skriva en recension på Amazon om hur det fungerar – både ris och ros hjälper andra som funderar på att köpa.

     Ha det fint på fjället!
     Emil
     Fjällsport
     """),
     [], "Neutral plain-text review request; clean."),
    ("review-request", "html",
     "Vad tycker du om skålen? Order #ORD#",
     T("""
     <p><img src="%s/sorgardens-keramik-logo.png" alt="Sörgårdens Keramik logotyp" width="150" height="60"></p>
     <p>Hej,</p>
     <p>tack för din order #ORD#. Vi blir glada om du vill dela med dig av din upplevelse av produkten, oavsett hur den blev.</p>
     <p><a href="https://www.amazon.se/review/review-your-purchases/?asin=B0DH4K2M9Q">Skriv en recension av skålen på Amazon.se</a></p>
     <p>Varma hälsningar<br>Maja och Per<br>Sörgårdens Keramik</p>
     """ % IMG),
     [], "HTML review request with shop logo (alt names shop) and descriptive https Amazon link; clean."),
    ("delivery-scheduling", "text",
     "Boka leverans av soffan – order #ORD#",
     T("""
     Hej Karin,

     soffan Nordhem Vik 3-sits i order #ORD# väger ca 95 kg och levereras av två chaufförer med inbärning. Transportören har följande tider i ditt område:

     – tisdag 15 december, kl. 07.00–12.00
     – tisdag 15 december, kl. 12.00–17.00
     – torsdag 17 december, kl. 16.00–21.00

     Svara med den tid som passar och berätta gärna vilken våning du bor på och om det finns hiss.

     Hälsningar
     Jonas Berg, leveranssamordnare
     Nordhem Inredning AB
     """),
     [], "Scheduling a bulky delivery with dates and time slots; clean."),
    ("home-service-appointment", "text",
     "Installation av diskmaskin – order #ORD#",
     T("""
     Hej!

     Till order #ORD# beställde du installation av diskmaskinen. Vår montör Ahmed kan komma

     1. måndag 14/12 mellan kl. 08.00 och 10.00, eller
     2. onsdag 16/12 mellan kl. 13.00 och 15.00.

     Installationen tar ungefär en timme. Välj en tid och bekräfta gärna att det finns vattenavstängning under diskbänken.

     Med vänlig hälsning
     Hemservice Väst
     """),
     [], "Home-service appointment slots; clean."),
    ("custom-design-verification", "html",
     "Korrektur på broderiet – order #ORD#",
     T("""
     <p>Hej Elin,</p>
     <p>här kommer korrekturet (<i>korrektur_#ORD#.pdf</i>, bifogat) till handdukarna i order <b>#ORD#</b>: initialerna ”E &amp; J”, skrivstil, tråd i mörkblått, bokstavshöjd 3,5 cm.</p>
     <p>Kontrollera stavning och placering. När du har godkänt börjar vi brodera, och behöver något ändras gör jag det direkt.</p>
     <p>Hälsningar<br>Linnea Sjöberg<br>Brodyrateljén i Borås</p>
     """),
     [], "Custom design proof attached for approval; clean."),
    ("additional-information", "text",
     "Portkod till leveransen – order #ORD#",
     T("""
     Hej,

     vi planerar leveransen av din order #ORD# till 2026-12-15 (vårt referensnummer NH-2026-7731, transportbokning TB-884102). Adressen är Sveavägen 61, men porten är låst och vi saknar portkod.

     Innan vi bokar transporten behöver vi portkoden, eller besked om var chauffören ska vänta.

     Tack!
     Nordhem Inredning AB
     """),
     [], "Door-code question with consignment and reference numbers; clean."),
    ("reply", "text",
     "Sv: Passar den i ryggsäcken? #ORD#",
     T("""
     Hej Patrik,

     ja, kastrullen i order #ORD# heter ”Trail Titanium Pot 900 ml” hos tillverkaren och säljs under det engelska namnet, men den är precis lika liten som den ser ut – ihopfälld mäter den 11 x 12 cm och får gott plats i ett sidofack.

     Hälsningar
     Emil, Fjällsport
     """),
     [], "Reply quoting an English product title inside Swedish sentences; clean."),
    ("reply", "text",
     "Sv: Motorsågen startar inte – #ORD#",
     T("""
     Hej,

     tråkigt att motorsågen från order #ORD# krånglar. Den omfattas av tillverkarens garanti i 24 månader, och snabbast hjälp får du direkt via tillverkarens garantiservice.

     Tillverkarens garantilinje (Husqvarna): 036-14 65 00, vardagar kl. 08.00–16.30.

     Ha serienumret från typskylten och ditt orderunderlag från Amazon till hands när du ringer.

     Vänliga hälsningar
     Gustav Lindqvist
     Lindqvist Trädgård
     """),
     [], "Reply giving the manufacturer's warranty line, marked as such; clean."),
    ("reply", "html",
     "Sv: Vem är säljare? Order #ORD#",
     T("""
     <p>Hej,</p>
     <p>tack för frågan om order #ORD#. Säljare är vårt handelsbolag, och företagsuppgifterna hittar du nedan – samma uppgifter står på kvittot.</p>
     <p>Hälsningar<br>Per Lund</p>
     <hr>
     <p><small>Sörgårdens Keramik HB<br>
     Sörgården 4, 621 93 Visby<br>
     Org.nr 969712-3456 | Momsreg.nr SE969712345601<br>
     Godkänd för F-skatt</small></p>
     """),
     [], "Reply with a company-details footer in <small>; clean."),
    ("reply", "text",
     "Sv: Har ni fått min retur? #ORD#",
     T("""
     Hej Helena,

     jag har kollat order #ORD#. Returpaketet med kollinummer 00370726201234567891 kom fram till oss 2026-12-02 kl. 10.42, och återbetalningen på 1 349,00 kr gjordes 2026-12-03 kl. 08.55 (returärende RET-26-0412).

     Banken brukar behöva 3–5 bankdagar, så pengarna bör synas senast 10 december.

     Hälsningar
     Jonas
     Nordhem Inredning AB
     """),
     [], "Reply with return/tracking numbers, dates, times and amounts; clean."),
    # ---------------- 31 violations ----------------
    ("fulfillment-question", "text",
     "Din order #ORD# är på väg",
     T("""
     Hej,

     din order #ORD# lämnade vårt lager i Jönköping i morse och har lämnats över till PostNord. Räkna med leverans inom 1–3 arbetsdagar.

     Hälsningar
     Lindqvist Trädgård
     """),
     ["BSM201"], "Shipping confirmation: left the warehouse, handed to the carrier."),
    ("fulfillment-question", "html",
     "Vi har tagit emot din order #ORD#",
     T("""
     <p>Hej hej!</p>
     <p>Din order #ORD# har landat hos oss och vi håller just nu på att plocka ihop den – koppen är inslagen och fatet får torka klart i natt.</p>
     <p>Kram från<br>Sörgårdens Keramik</p>
     """),
     ["BSM201"], "Order confirmation: received and being packed."),
    ("fulfillment-question", "text",
     "Tack! #ORD#",
     T("""
     Hej!

     Stort tack för att du handlade hos oss och stöttar en liten ateljé (order #ORD#). Det betyder jättemycket för oss!

     Linnea
     """),
     ["BSM202"], "Thanks-only message."),
    ("fulfillment-question", "text",
     "Order #ORD#",
     T("""
     Hej,

     om något skulle krångla med order #ORD# är det bara att höra av sig – vi finns här för dig måndag till lördag.

     Kundservice, Nordhem
     """),
     ["BSM202"], "Only says the seller is available if something comes up."),
    ("delivery-delay", "text",
     "Något försenad – order #ORD#",
     T("""
     Hej,

     order #ORD# skickas två dagar senare än planerat, den 11 december, eftersom vi väntar på rätt storlek på kartongerna. Förlåt!

     Hälsningar
     Fjällsport

     PS. Hela vårt sortiment på Amazon är 20 % billigare fram till nyår – passa på inför julen.
     """),
     ["BSM203"], "Permitted delay with a P.S. advertising 20 % off the whole range."),
    ("reply", "text",
     "Sv: Storlek på förklädet – #ORD#",
     T("""
     Hej Annika,

     förklädet i order #ORD# har justerbart nackband, så det passar både den som är 160 och den som är 190 cm lång.

     Följ oss gärna på Instagram och anmäl dig till vårt nyhetsbrev – i januari släpper vi en ny kollektion med linnedukar.

     Linnea
     Brodyrateljén i Borås
     """),
     ["BSM203"], "Useful reply that also invites following, the newsletter and a new collection."),
    ("review-request", "text",
     "Din recension av order #ORD#",
     T("""
     Hej,

     vi hoppas att lampan i order #ORD# lyser fint hemma hos dig. Vi skulle bli glada för några rader i en recension på Amazon.se.

     Så fort din recension har publicerats, hör av dig – då skickar vi en liten present som tack.

     Nordhem Inredning
     """),
     ["BSM204"], "Review request promising a small gift once the review is published."),
    ("review-request", "html",
     "Pengarna tillbaka för en recension – #ORD#",
     T("""
     <p>Hej Mikael,</p>
     <p>vi har ett erbjudande: skriv en recension av kniven från order #ORD# på Amazon, så <b>betalar vi tillbaka hela köpesumman</b> så snart recensionen syns på produktsidan.</p>
     <p>Svara bara på det här meddelandet när den är publicerad.</p>
     <p>Hälsningar<br>Fjällsport</p>
     """),
     ["BSM204"], "Full refund offered once the review is online."),
    ("reply", "text",
     "Sv: Trasig kopp – #ORD#",
     T("""
     Hej Ingrid,

     en ny kopp till order #ORD# skickades i går utan kostnad, och den trasiga behöver du inte skicka tillbaka.

     Nu när allt är löst, skulle du kunna uppdatera ditt betyg med en stjärna eller ta bort recensionen? Den drar ner vårt snitt rätt mycket.

     Vänliga hälsningar
     Maja Lund
     """),
     ["BSM205"], "Asks to update or remove a one-star review."),
    ("review-request", "text",
     "Recension – order #ORD#",
     T("""
     Hej,

     om du är nöjd med byrån i order #ORD# blir vi jätteglada för en recension på Amazon.

     Är något inte som det ska, skriv hellre till oss i stället för att lämna ett omdöme – vi löser det.

     Hälsningar
     Nordhem Inredning AB
     """),
     ["BSM206"], "Asks only satisfied buyers to review; steers unhappy ones to the seller."),
    ("review-request", "html",
     "Fem stjärnor? Order #ORD#",
     T("""
     <p>Hej,</p>
     <p>liten ateljé, stor bön: om handdukarna i order #ORD# föll dig i smaken, ge oss gärna <b>fem stjärnor</b> på Amazon. För en verkstad som vår betyder varje femma otroligt mycket.</p>
     <p>Tack!<br>Linnea</p>
     """),
     ["BSM206"], "Asks for a five-star rating."),
    ("order-problem", "text",
     "Order #ORD# – slut i lager",
     T("""
     Hej,

     tyvärr är sekatören Lindqvist Pro för vänsterhänta i order #ORD# slutsåld, och tillverkaren gör ingen ny serie. Vi har justerat hela orderbeloppet med orsaken NoInventory (slut i lager).

     För att få allt avslutat direkt är det smidigast om du själv begär avbeställning av ordern i ditt Amazon-konto.

     Ursäkta besväret
     Lindqvist Trädgård
     """),
     ["BSM108"], "Amount adjusted, but advises the buyer to cancel because stock ran out."),
    ("order-problem", "text",
     "Order #ORD#",
     T("""
     Hej Lena,

     tyvärr har vi precis sålt slut på pläden i färgen ljung som du beställde i order #ORD#, och den kommer inte tillbaka på länge.

     Vi skulle uppskatta om du ville skicka in en begäran om avbeställning via Amazon, så går det snabbast.

     Hälsningar
     Linnea, Brodyrateljén i Borås
     """),
     ["BSM107", "BSM108"], "Out of stock: asks for a cancellation request, no adjustment confirmed."),
    ("delivery-delay", "text",
     "Försening av order #ORD#",
     T("""
     Hej,

     order #ORD# skickas först 2026-12-14 eftersom vi väntar på beslag till lådorna. Vi ber om ursäkt för dröjsmålet.

     Vill du inte få fler meddelanden från oss? Svara STOPP så avregistrerar vi dig.

     Nordhem Inredning AB
     """),
     ["BSM305"], "Delay message with a reply-STOPP opt-out instruction."),
    ("reply", "text",
     "Sv: Var är paketet?! #ORD#",
     T("""
     Hej,

     jag har kollat order #ORD#. Den jävla budfirman har tappat bort paketet igen, fan också – det har stått still på terminalen i Rosersberg i tre dagar. Rör det sig inte i morgon skickar vi ett nytt.

     Viktor
     Fjällsport
     """),
     ["BSM306"], "Reply containing Swedish profanity."),
    ("delivery-delay", "text",
     "Bestellung #ORD# – Versandverzögerung",
     T("""
     Hallo,

     leider verzögert sich der Versand Ihrer Bestellung #ORD# um einige Tage. Die Glasur der Tassen muss ein zweites Mal gebrannt werden, daher versenden wir voraussichtlich am 15. Dezember 2026.

     Viele Grüße
     Maja
     Sörgårdens Keramik
     """),
     ["BSM104"], "Message to a Swedish buyer written entirely in German."),
    ("additional-information", "text",
     "Leverans av spisen – #ORD#",
     T("""
     Hej,

     inför leveransen av spisen i order #ORD# behöver vi veta om det finns varuhiss i huset.

     Enklast är att du ringer vårt kontor på 070-412 88 53 (vardagar 8–16).

     Hälsningar
     Nordhem Inredning AB
     """),
     ["BSM309"], "Seller's phone number in national format."),
    ("reply", "html",
     "Sv: Reklamation av lampan #ORD#",
     T("""
     <p>Hej,</p>
     <p>angående reklamationen av lampan i order #ORD#: ring gärna vår tekniska support på <b>+46 8 522 174 90</b>, så guidar en kollega dig genom felsökningen av nätadaptern.</p>
     <p>Hälsningar<br>Jonas, Nordhem</p>
     """),
     ["BSM309"], "Seller's phone number in international format."),
    ("reply", "text",
     "Sv: Faktura till företaget – #ORD#",
     T("""
     Hej,

     självklart kan vi ställa ut fakturan för order #ORD# på ert företag. Mejla organisationsnummer och fullständigt företagsnamn till ekonomi@lindqvisttradgard.se så fixar vår ekonomiavdelning resten.

     Gustav Lindqvist
     """),
     ["BSM308"], "Plain e-mail address in the text."),
    ("reply", "text",
     "Sv: Bilder på skadan #ORD#",
     T("""
     Hej,

     för att kunna hantera ärendet för order #ORD# behöver vi bilder på repan i bordsskivan. Skicka dem till reklamation snabel-a nordhem punkt se och skriv ordernumret i ämnesraden.

     Hälsningar
     Nordhem Inredning AB
     """),
     ["BSM308"], "E-mail address obfuscated with 'snabel-a' and 'punkt'."),
    ("reply", "html",
     "Sv: Hur sköter jag fatet? #ORD#",
     T("""
     <p>Hej,</p>
     <p>fatet i order #ORD# tål diskmaskin, men glasyren håller längst om du diskar det för hand och undviker stålull.</p>
     <p>Fler tips har vi samlat i artikeln <a href="https://www.sorgardenskeramik.se/blogg/skota-handgjord-keramik">Så sköter du handgjord keramik</a>.</p>
     <p>Hälsningar<br>Maja Lund</p>
     """),
     ["BSM302"], "Descriptive https link to the seller's own blog."),
    ("delivery-delay", "html",
     "Nytt utskicksdatum – #ORD#",
     T("""
     <p>Hej,</p>
     <p>order #ORD# skickas 2026-12-16, två dagar senare än vi först angav. Aktuell status ser du alltid under <a href="http://www.amazon.se/gp/css/order-history">Dina beställningar på Amazon.se</a>.</p>
     <p>Ursäkta och hälsningar<br>Brodyrateljén i Borås</p>
     """),
     ["BSM301"], "Descriptive http (not https) link to Amazon."),
    ("review-request", "html",
     "Vad tycker du om koppen? #ORD#",
     T("""
     <p>Hej,</p>
     <p>hur trivs du med koppen från order #ORD#? Vi blir glada för en recension på Amazon.</p>
     <p><img src="%s/kopp-havtorn-30cl-sorgarden.jpg" alt="Kopp Havtorn 30 cl, handdrejad" width="300" height="300"></p>
     <p>Hälsningar<br>Sörgårdens Keramik</p>
     """ % IMG),
     ["BSM310"], "Includes a photo of the purchased cup."),
    ("delivery-delay", "html",
     "Julförsening – #ORD#",
     T("""
     <p>Hej,</p>
     <p>under julruschen är transportörerna hårt belastade, så order #ORD# lämnar oss först 2026-12-18.</p>
     <p><img src="%s/stock-strand-solnedgang.jpg" alt="Sandstrand i solnedgång" width="400" height="250"></p>
     <p>God jul!<br>Nordhem Inredning</p>
     """ % IMG),
     ["BSM311"], "Stock beach image unrelated to the shop."),
    ("delivery-delay", "html",
     "Order #ORD# – senare utskick",
     T("""
     <p><img src="%s/fjallsport-logo.png" width="180" height="50"></p>
     <p>Hej,</p>
     <p>tältet i order #ORD# skickas 2026-12-21 i stället för 2026-12-14, eftersom leverantören försenat stängerna.</p>
     <p>Hälsningar<br>Fjällsport</p>
     """ % IMG),
     ["BSM402"], "Shop logo without an alt attribute."),
    ("delivery-scheduling", "text",
     "Leverans av bordet – #ORD#",
     T("""
     Hej!

     Ekbordet i order #ORD# är redo för transport 🚛 Passar lördag 19/12 kl. 09–13, eller vill du hellre ha måndag 21/12 på eftermiddagen?

     Hör av dig 👍
     Jonas, Nordhem
     """),
     ["BSM403"], "Emoji in a delivery-scheduling message."),
    ("additional-information", "text",
     "Namn till graveringen – #ORD#",
     T("""
     Hej,

     i order #ORD# har du inte skrivit vilket namn som ska graveras på skärbrädan. Vilket namn vill du ha, och ska årtalet med? ;-)

     Hälsningar
     Emil, Fjällsport
     """),
     ["BSM403"], "Text emoticon ';-)' in an otherwise permitted request."),
    ("delivery-delay", "html",
     "Information om utskick – #ORD#",
     T("""
     <style>
       h1 { font-size: 26px; }
       h2 { font-size: 19px; }
       p { font-size: 15px; }
       .liten { font-size: 10px; }
     </style>
     <h1>Brodyrateljén i Borås</h1>
     <h2>Order #ORD#</h2>
     <p>Hej! Pläden skickas 2026-12-15 – garnet kom tillbaka från färgeriet en dag senare än planerat.</p>
     <p>Vi ber om ursäkt för förseningen.</p>
     <p class="liten">Brodyrateljén i Borås, Allégatan 8, 503 32 Borås</p>
     """),
     ["BSM410"], "Four explicit font sizes in a <style> block."),
    ("delivery-delay", "html",
     "Försening – order #ORD#",
     T("""
     <p>Hej,<br>order #ORD# skickas 2026-12-17 i stället för 2026-12-14 – vi väntar på glaskupor från glasbruket.<br><br><br><br>Vi ber om ursäkt för besväret.<br><br><br>Lindqvist Trädgård</p>
     """),
     ["BSM412"], "Runs of three and four <br> in a row."),
    ("invoice", "text",
     "[Viktigt] Faktura för order #ORD#",
     T("""
     Hej,

     bifogat finns faktura 2026/12/0417 för order #ORD#. Beloppet är redan betalt via Amazon, fakturan är för din bokföring.

     Hälsningar
     Fjällsport
     """),
     ["BSM110"], "[Viktigt] tag on an invoice, which is not critical."),
    ("review-request", "html",
     "Recension av order #ORD#",
     T("""
     <p>Hej,</p>
     <p>det har gått en vecka sedan din order #ORD# levererades. Har du en stund över får du gärna recensera produkten på Amazon. <a href="https://www.amazon.se/review/review-your-purchases/?asin=B0CX81LQ2T">Läs mer</a></p>
     <p>Hälsningar<br>Lindqvist Trädgård</p>
     """),
     ["BSM401"], "Link text 'Läs mer' does not say where it goes."),
    # ---------------- 2 that vary ----------------
    ("delivery-delay", "html",
     "Order #ORD# – nytt datum",
     T("""
     <p>Hej Frida,</p>
     <p>broderiet på kudden i order #ORD# blir klart 2026-12-15 – tråden i den nyans du valde kom fram sent. Vi skickar samma dag.</p>
     <p>Hälsningar<br>Brodyrateljén i Borås</p>
     <img src="https://t.mailflow-stats.se/o.gif?cid=88123&amp;oid=#ORD#&amp;u=4411" width="1" height="1" alt="">
     """),
     ["BSM307", "BSM402"], "1x1 tracking pixel with tracking parameters and empty alt."),
    ("delivery-delay", "html",
     "Order #ORD# – försenad",
     T("""
     <p><a href="https://www.nordhem.se"><img src="%s/nordhem-logo.png" alt="Nordhem Inredning" width="160" height="50"></a></p>
     <p>Hej,</p>
     <p>fåtöljen i order #ORD# skickas 2026-12-18 i stället för 2026-12-11 på grund av en försenad tygleverans.</p>
     <p>Hälsningar<br>Nordhem Inredning AB</p>
     """ % IMG),
     ["BSM302", "BSM304"], "Shop logo linked to the shop's website."),
]

_IDS = _order_ids(len(_RAW))

MESSAGES = []
for _i, (_type, _fmt, _subj, _body, _exp, _note) in enumerate(_RAW, 1):
    _oid = _IDS[_i - 1]
    _raw = _oid.replace("-", "")
    MESSAGES.append({
        "id": "v9-%s-%03d" % (LANG, _i),
        "language": LANG,
        "locale": LOCALE,
        "type": _type,
        "format": _fmt,
        "subject": _subj.replace("#ORD#", _oid).replace("#RAW#", _raw),
        "body": _body.replace("#ORD#", _oid).replace("#RAW#", _raw),
        "order_id": _oid,
        "expected": sorted(_exp),
        "note": _note,
    })
