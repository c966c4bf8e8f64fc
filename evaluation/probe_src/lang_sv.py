from common import M, P, builder, outlook

L = [
# ---- BSM202
M("thanks", "fulfillment-question", "text", "Tack för din beställning {O}", """
Hej Elin!

Vi ville bara säga tack för att du handlade hos Kafferosteriet Norrland. Hoppas att du kommer att njuta av många goda koppar med din nya mockabryggare!

Varma hälsningar
Karin
Kafferosteriet Norrland""", ["BSM202"], "just thanks + hope"),
M("thanks", "additional-information", "text", "Din order {O}", """
Hej Anders,

tack för att du valde Hem & Trädgård Lind. Vi finns alltid här om du har några frågor om ditt köp.

Med vänliga hälsningar
Kundtjänst, Hem & Trädgård Lind""", ["BSM202"], "thanks + we are here"),
M("thanks", "fulfillment-question", "html", "Ett stort tack – order {O}", builder(P(
 "Hej Maria,",
 "vi vill tacka dig varmt för din order {O}. Vi är en liten keramikverkstad i Gustavsberg och blir lika glada varje gång någon väljer våra saker.",
 "Vi hoppas att den nya teservisen ger dig många mysiga stunder.",
 "Hälsningar<br>Johan och Sofia<br>Keramikverkstan Gustavsberg"),
 "https://m.media-amazon.com/images/S/aplus-media-library-service-media/keramikverkstan-gustavsberg-logo.png", "Keramikverkstan Gustavsberg"), ["BSM202"], "builder + logo; thanks + wishes"),
M("thanks", "fulfillment-question", "text", "Order {O}", """
Tack för ditt köp!

Teamet på TeknikBoden""", ["BSM202"], "one-line thanks"),
M("thanks", "additional-information", "html", "Er order {O} – Kontorsmaterial Ek AB", outlook([
 "Bästa kund,",
 "Vi vill tacka för det förtroende ni visat oss genom ert köp.",
 "Skulle det uppstå några problem med order {O} är ni välkomna att kontakta oss via Amazons meddelandetjänst.",
 "Med vänlig hälsning",
 "Per Ek<br>Kontorsmaterial Ek AB"]), ["BSM202"], "Outlook formal"),
M("thanks", "fulfillment-question", "text", "Behöver du hjälp? ({O})", """
Hej!

Om något i paketet inte stämmer, eller om du har frågor om hur köksmaskinen används, är det bara att svara på det här meddelandet. Vi hjälper dig gärna.

Ha en fin dag!
Köksglädje""", ["BSM202"], "only offer to help"),
M("thanks", "fulfillment-question", "html", "Tack av hela hjärtat ({O})", P(
 "Hej Emma!",
 "Tusen tack för din beställning {O}! Bakom vår butik står bara vi två, och varje order gör oss lika glada.",
 "Vi hoppas att merinogarnet faller dig i smaken och att tröjan blir jättefin.",
 "Om något skulle krångla, skriv till oss – vi finns alltid här för dig.",
 "Tack igen och lycka till med stickningen!",
 "Kram<br>Lina och Frida<br>Garnkorgen"), ["BSM202"], "long informal thanks"),
M("thanks", "additional-information", "text", "Tack – order {O}", """
Bästa kund,

Vi tackar för din beställning och önskar dig en riktigt trevlig dag.

Vänliga hälsningar
Plantskolan Björkdalen""", ["BSM202"], "formal thanks + wish"),
# ---- lookalikes
M("lookalike", "delivery-delay", "text", "Försenad leverans – order {O}", """
Hej Erik,

tack för din beställning. Tyvärr blir leveransen av soffbordet i ek, "Visby", försenad eftersom vår snickare blir klar med bordsskivan först nästa vecka.

Vi räknar nu med att skicka bordet den 16 januari i stället för den 9 januari. Du behöver inte göra något.

Vi ber om ursäkt för besväret och tackar för ditt tålamod.

Med vänliga hälsningar
Hem & Trädgård Lind""", [], "thanks + new date"),
M("lookalike", "additional-information", "text", "Gravyrtext – order {O}", """
Hej Sara,

tack för att du beställde den graverade skärbrädan. Innan vi graverar har vi en fråga.

Texten du angav ("Familjen Johansson – välkomna hem sedan 2010") är 46 tecken, men på brädan får det plats högst 35. Kan du skicka en kortare text?

Hälsningar
Gravyrverkstaden Uppsala""", [], "thanks + engraving question"),
M("lookalike", "invoice", "html", "Faktura för order {O}", P(
 "Hej Lars,",
 "tack för ditt köp. Bifogat finns faktura nr 2026-0087 för order {O}.",
 "På fakturan står vårt organisationsnummer 556123-4567 och momsregistreringsnummer SE556123456701.",
 "Med vänliga hälsningar<br>Ekonomi, TeknikBoden AB"), [], "thanks + invoice; org.nr with dash"),
M("lookalike", "delivery-scheduling", "text", "Leveranstid för kylskåpet – order {O}", """
Hej Anna,

tack för att du valde kylskåpet från Electrolux. Eftersom leveransen sker med två chaufförer och inbärning behöver vi boka en tid med dig.

Lediga tider:
- tisdag 13 januari kl. 8–12
- torsdag 15 januari kl. 13–17

Vilken tid passar dig bäst, och vilken våning bor du på?

Med vänliga hälsningar
Vitvaruhuset Göteborg""", [], "thanks + delivery slot"),
M("lookalike", "return-follow-up", "text", "Din retur – order {O}", """
Hej Johan,

tack för att du registrerade returen. Den förbetalda returetiketten finns under "Mina beställningar" på Amazon; skriv bara ut den och sätt den på kartongen.

För att vi ska kunna slutföra returen: skickar du tillbaka batteriet också, eller bara verktyget?

Tack på förhand
Verktygsboden Malmö""", [], "thanks + label + question"),
# ---- clean
M("clean", "reply", "text", "Sv: Avbeställning av order {O}", """
Hej Karl,

din order {O} har avbrutits på din begäran innan den skickades. Amazon återbetalar hela beloppet, 549 kr, inom tre till fem bankdagar.

Med vänliga hälsningar
Garnkorgen""", [], "cancellation at buyer's request"),
M("clean", "delivery-delay", "text", "Nytt leveransdatum – order {O}", """
Hej Ida,

påslakanet "Sandhamn" kommer några dagar senare från väveriet, så din order {O} skickas nu den 15 januari i stället för den 9 januari.

Du behöver inte avbeställa eller beställa om: varorna är reserverade åt dig och skickas så fort de kommer in.

Hälsningar
Linneboden""", [], "'no need to cancel'"),
M("clean", "review-request", "text", "Hur fungerar gräsklipparen? ({O})", """
Hej Mikael,

för några veckor sedan köpte du en batteridriven gräsklippare hos oss (order {O}). Om du har en stund över skulle vi uppskatta om du delade din upplevelse i en recension på Amazon.

Med vänliga hälsningar
Plantskolan Björkdalen""", [], "neutral review request"),
M("clean", "invoice", "text", "Faktura 2026/01/045 – order {O}", """
Hej,

bifogat finns fakturan för order {O}.

Fakturanummer: 2026/01/045
Fakturadatum: 2026-01-08
Att betala: 12 490,00 kr (inkl. moms 2 498,00 kr)
Org.nr: 556123-4567
Momsreg.nr: SE 5561 2345 6701
Bankgiro: 5050-1055

Med vänlig hälsning
Kontorsmaterial Ek AB""", [], "invoice: org.nr, bankgiro, grouped VAT number"),
M("clean", "reply", "html", "Sv: Var är mitt paket? ({O})", builder(P(
 "Hej Oskar,",
 "tack för ditt meddelande. Enligt PostNord ligger paketet för order {O} (kollinummer 00370712345678901234) hos ombudet ICA Nära Kungsholmen och kan hämtas till och med 2026-01-14.",
 "Om det inte finns där, svara bara på det här meddelandet så skickar vi ett nytt.",
 "Hälsningar<br>TeknikBoden"), "https://m.media-amazon.com/images/S/aplus-media-library-service-media/teknikboden-logo.png", "TeknikBoden"), [], "reply with tracking no. and date; logo"),
M("clean", "order-problem", "text", "Problem med din order {O}", """
Hej Eva,

tyvärr kan vi inte skicka gjutjärnsgrytan från Skeppshult (24 cm) i din order {O}: det sista exemplaret skadades på lagret och modellen tillverkas inte längre.

Vi har därför justerat hela orderbeloppet på grund av slut i lager; 1 195 kr betalas tillbaka till dig inom några dagar.

Med vänliga hälsningar
Köksglädje""", [], "order problem + adjustment"),
# ---- BSM201
M("201", "fulfillment-question", "text", "Ditt paket är på väg ({O})", """
Hej Ebba!

Goda nyheter: ditt paket lämnade vårt lager i Borås i morse och är nu på väg till dig.

Ha det gott!
Kafferosteriet Norrland""", ["BSM201"], "left warehouse"),
M("201", "additional-information", "text", "Uppdatering om order {O}", """
Hej Henrik,

vi har precis lämnat över ditt paket till DHL. Du bör få det inom två arbetsdagar.

Med vänliga hälsningar
Verktygsboden Malmö""", ["BSM201"], "handed to DHL"),
M("201", "fulfillment-question", "html", "Vi har tagit emot din order ({O})", P(
 "Hej Lena,",
 "din order {O} har kommit in till oss och vårt team håller redan på att packa den med omsorg.",
 "Hälsningar<br>Plantskolan Björkdalen"), ["BSM201"], "order received + packing"),
# ---- BSM204
M("204", "review-request", "text", "Din åsikt betyder mycket – {O}", """
Hej Linnea,

hur trivs du med kaffekvarnen? Om du tar dig tid att skriva en recension på Amazon lägger vi med ett paket av vår husblandning som tack i din nästa beställning.

Vänliga hälsningar
Kafferosteriet Norrland""", ["BSM204"], "free coffee for review"),
M("204", "review-request", "text", "En liten fråga – order {O}", """
Hej Viktor,

skulle du kunna skriva en recension av cykellamporna på Amazon? Så snart den är publicerad betalar vi tillbaka fraktkostnaden till dig.

Tack!
Cykeldelar Lund""", ["BSM204"], "shipping refund once published"),
M("204", "review-request", "html", "Ett presentkort för din recension ({O})", P(
 "Hej Gustav,",
 "som tack för din recension på Amazon skickar vi ett presentkort på 100 kr att använda vid ditt nästa köp.",
 "Med vänliga hälsningar<br>Plantskolan Björkdalen"), ["BSM204"], "gift card for review"),
# ---- BSM205
M("205", "reply", "text", "Sv: Din recension – order {O}", """
Hej Nils,

vad roligt att reservdelen fungerar nu. Eftersom problemet är löst, skulle du kunna tänka dig att ändra din recension med en stjärna?

Med vänliga hälsningar
Vitvaruhuset Göteborg""", ["BSM205"], "change one-star review"),
M("205", "reply", "text", "Sv: Säljarbetyg – {O}", """
Hej Sofia,

tack för att vi fick möjlighet att lösa det här. Eftersom förseningen berodde på fraktbolaget, skulle du vilja ta bort det negativa omdömet du lämnade oss?

Hälsningar
Garnkorgen""", ["BSM205"], "remove negative feedback"),
M("205", "reply", "html", "Sv: Skruvar som saknades ({O})", P(
 "Hej Fredrik,",
 "skruvarna som saknades skickades till dig i dag i ett separat paket.",
 "När hyllan väl står på plats kanske du vill se över din recension på Amazon så att den speglar hur det blev till slut?",
 "Med vänliga hälsningar<br>Hem &amp; Trädgård Lind"), ["BSM205"], "'se över din recension'"),
# ---- BSM206
M("206", "review-request", "text", "Är du nöjd med din order {O}?", """
Hej Olof,

om du är nöjd med termosflaskan blir vi jätteglada för en recension på Amazon. Om du inte är nöjd, kontakta oss först så hittar vi en lösning tillsammans.

Med vänliga hälsningar
Köksglädje""", ["BSM206"], "satisfied -> review; else contact us"),
M("206", "review-request", "text", "Fem stjärnor? ({O})", """
Hej Alva,

ett betyg med fem stjärnor på Amazon hjälper en liten butik som vår enormt. Har du en minut att betygsätta virkpaketet?

Tack på förhand!
Garnkorgen""", ["BSM206"], "five stars"),
M("206", "review-request", "html", "Allt bra? ({O})", P(
 "Hej Ingrid,",
 "bara om du är helt nöjd med teservisen vore vi glada att läsa din recension på Amazon.",
 "Hälsningar<br>Keramikverkstan Gustavsberg"), ["BSM206"], "only if fully satisfied"),
# ---- BSM108
M("108", "delivery-delay", "text", "Din order {O}", """
Hej Maja,

espressomaskinen du beställde är tyvärr slutsåld och leverantören kan inte ge oss något datum för ny leverans.

Det snabbaste för dig är att själv avbryta ordern under "Mina beställningar" på Amazon.

Med vänliga hälsningar
Köksglädje""", ["BSM108"], "quickest to cancel yourself"),
M("108", "fulfillment-question", "text", "Slut i lager – order {O}", """
Hej Axel,

vi har tyvärr inte längre löparskorna i storlek 44. Vi skulle uppskatta om du skickade en begäran om avbeställning för order {O}.

Sportiga hälsningar
Löparbutiken Stockholm""", ["BSM108"], "appreciate a cancellation request"),
M("108", "delivery-delay", "html", "Angående din order {O}", P(
 "Hej Emil,",
 "skruvdragaren du beställde är slut och vi vet inte när den kommer tillbaka. I stället för att vänta kan du avbryta ordern på Amazon med några klick.",
 "Med vänliga hälsningar<br>Verktygsboden Malmö"), ["BSM108"], "suggests cancelling rather than waiting"),
# ---- BSM203
M("203", "delivery-delay", "text", "Försening av order {O}", """
Hej Astrid,

din personliga kalender skickas den 14 januari i stället för den 9 januari, eftersom vårt tryckeri ligger lite efter efter helgerna. Vi ber om ursäkt för väntan.

Med vänliga hälsningar
Studio Vitt Papper

PS. Med rabattkoden VINTER15 får du 15 % rabatt på din nästa beställning.""", ["BSM203"], "PS discount code"),
M("203", "invoice", "text", "Faktura – order {O}", """
Hej Magnus,

bifogat finns din faktura (nr 2026/02/221).

Missa inga erbjudanden: följ oss på Instagram och prenumerera på vårt nyhetsbrev!

Med vänliga hälsningar
Cykeldelar Lund""", ["BSM203"], "follow us + newsletter"),
M("203", "review-request", "html", "Vad tycker du om sängkläderna? ({O})", P(
 "Hej Hanna,",
 "vi skulle gärna läsa din recension av bäddsetet på Amazon.",
 "Förresten: vår nya vårkollektion i ekologiskt linne har precis kommit, med 20 % lanseringsrabatt!",
 "Hälsningar<br>Linneboden"), ["BSM203"], "new collection + discount"),
]
