"""v13 evaluation messages, English (en-GB). Writer A."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common_a import build

ROWS = [
# 1 clean delay text
("delivery-delay", "text", "Your order {ON} - slight delay",
"""Hi Gemma,

Just a quick heads-up on order {ON}. The hand-thrown mug set you chose is still in the kiln queue, as the last firing cracked two pieces and we'd rather remake them than send seconds. We now expect to dispatch on Friday 18 December.

Sorry for the wait. If that date doesn't work for you, just reply here and we'll sort something out.

Cheers,
Owen
Tidewater Pottery, Cornwall""",
[], "Chatty plain-text delay notice with a new dispatch date; clean."),
# 2 clean delay html
("delivery-delay", "html", "Update on the dispatch date for order {ON}",
"""<p>Dear Mr Patel,</p>
<p>We're writing about your order {ON} for the <b>Harlow 3-seater sofa cover</b>. Our supplier's December shipment has been held up at Felixstowe, so we won't be able to send your cover on the date shown at checkout.</p>
<table>
<tr><td>Original dispatch date</td><td>11/12/2026</td></tr>
<tr><td>Revised dispatch date</td><td>04/01/2027</td></tr>
</table>
<p>We apologise for the inconvenience and will let you know if anything changes.</p>
<p>Kind regards,<br>Customer Care Team<br>Loom &amp; Linen Interiors</p>""",
[], "HTML delay notice with original and revised dates in a table; clean."),
# 3 clean order problem [Important]
("order-problem", "text", "[Important] We can't fulfil order {ON}",
"""Dear Ms Okafor,

I'm sorry to tell you that we're unable to send the cast-iron doorstop (hare design) on order {ON}. When we went to pick it, we found the last one in stock had a cracked base, and the foundry has stopped making this design.

We have already adjusted the full order amount of £27.50 in Seller Central, giving "no inventory" as the reason, so you won't be charged. Depending on your card provider the refund normally shows within 3 to 5 working days.

Apologies again.

Best wishes,
Helen Marsh
Ironmongery Direct (Leeds)""",
[], "Order problem carrying [Important] and confirming the full amount was adjusted for no inventory; clean."),
# 4 clean additional info
("additional-information", "text", "Quick question about the personalisation on {ON}",
"""Hello Callum,

Thanks for ordering the personalised dog tag (order {ON}). The back of the tag has room for a phone number or a short line of text, but the box at checkout was left blank. What would you like engraved on the back? Up to 20 characters fits nicely.

Once we hear from you it'll be engraved the same day.

All the best,
Priya
Paws & Prints Engraving""",
[], "Asks for the missing engraving text needed to make the order; clean."),
# 5 clean return partial refund
("return-follow-up", "text", "Your return request for {ON}",
"""Dear Mrs Hughes,

We've had your return request for the linen tablecloth (order {ON}). You mentioned a small mark near one corner but that the size and colour are right.

If you'd prefer to keep it, we can offer a partial refund of £12.00 straight away. Of course you're welcome to send it back instead and we'll refund in full once it arrives. Which would you prefer?

Kind regards,
Rachel
The Table Linen Company""",
[], "Return follow-up offering a partial refund as an alternative; clean."),
# 6 clean return question
("return-follow-up", "html", "Return for order {ON} - one detail needed",
"""<p>Hi Marcus,</p>
<p>We've received your return request for the bike pump (order {ON}). Before we can book the collection, could you tell us whether the pump is unused and still in its sealed packaging, or whether it has been fitted to the bike?</p>
<p>That tells us which returns route to use.</p>
<p>Thanks,<br>Sam<br>Spoke &amp; Chain Cycles</p>""",
[], "Return follow-up asking for information needed to complete the return; clean."),
# 7 clean invoice
("invoice", "html", "VAT invoice for order {ON}",
"""<p>Dear Mr Robertson,</p>
<p>As requested, please find attached the VAT invoice for order {ON}, invoice number <b>INV/2026/12/3318</b>.</p>
<table>
<tr><td>Net</td><td>£145.00</td></tr>
<tr><td>VAT at 20%</td><td>£29.00</td></tr>
<tr><td>Total</td><td>£174.00</td></tr>
</table>
<p>Kind regards,<br>Accounts Department</p>
<p><small>Northgate Office Supplies Ltd, Unit 4 Riverside Park, Warrington WA1 2LD<br>Registered in England and Wales, company no. 09876543 · VAT reg. no. GB 284 5621 93</small></p>""",
[], "Invoice with slashed invoice number, company number and VAT number; clean."),
# 8 clean review request text
("review-request", "text", "How are you getting on with the kettle? Order {ON}",
"""Hello Diane,

Your stovetop kettle should have been with you for about a week now. If you have a moment, would you share your thoughts in a review on Amazon? Whether it's good, bad or somewhere in between, honest reviews help other people decide.

Order reference: {ON}

Many thanks,
Tom at Hearth & Home""",
[], "Neutral review request in plain text; clean."),
# 9 clean review request html logo
("review-request", "html", "Would you review your order {ON}?",
"""<img src="https://img.sendkit-mail.co/a/2291/fenwick-bookbinders-logo.png" alt="Fenwick Bookbinders logo" width="180">
<p>Dear Ms Clarke,</p>
<p>We hope the leather-bound journal from order {ON} is being put to good use. If you'd be willing, we'd really value a review on Amazon describing your experience, whatever it has been.</p>
<p><a href="https://www.amazon.co.uk/review/create-review?asin=B0C9TR4KZ2">Review your journal on Amazon.co.uk</a></p>
<p>With best wishes,<br>Fenwick Bookbinders</p>""",
[], "HTML review request with shop logo (alt names shop) and descriptive https Amazon link; clean."),
# 10 clean delivery scheduling
("delivery-scheduling", "text", "Booking your wardrobe delivery - order {ON}",
"""Good afternoon Mr Evans,

Your double wardrobe (order {ON}) weighs just over 90 kg, so it will come on our own van with a two-person crew. We currently have these slots in your area:

Mon 14 Dec, 7am to 11am
Wed 16 Dec, 12 noon to 4pm
Sat 19 Dec, 8am to 12 noon

Please reply with the slot that suits you best, and let us know about any stairs, narrow hallways or parking restrictions we should be aware of.

Kind regards,
Delivery Planning
Oakridge Furniture""",
[], "Scheduling a bulky delivery with dates and time windows; clean."),
# 11 clean home service
("home-service-appointment", "text", "Your TV wall-mounting appointment ({ON})",
"""Hi Jess,

Your order {ON} includes wall-mounting for the 55-inch TV. Our installer, Dev, can come round on Thursday 17 December at 9:30am or on Tuesday 22 December at 2pm. It usually takes about an hour.

Which works better for you? It helps if the wall is cleared and there's a plug socket nearby.

Thanks,
Abbie
Bracketfit Home Services""",
[], "Home-service appointment offering two dates and times; clean."),
# 12 clean design proof
("custom-design-verification", "html", "Proof of your house sign - order {ON}",
"""<p>Hello Mrs Lewis,</p>
<p>Attached is the proof of your slate house sign for order {ON}: <b>Bramble Cottage</b>, with the number 14 underneath and the leaf border you picked.</p>
<p>Please check the spelling and layout carefully. Reply "approved" and we'll start cutting, or tell us what you'd like changed.</p>
<p>Kind regards,<br>Gareth<br>Welsh Slate Signs</p>""",
[], "Design proof attached for the buyer to approve; clean."),
# 13 clean door code
("fulfillment-question", "text", "Access to your building for order {ON}",
"""Dear Mr Nowak,

Our courier tried to deliver order {ON} yesterday but couldn't get past the communal door at Albion Court. Could you let us have the entry code, or tell us which flat buzzer to press? The courier's reference is DX-4471-0925 and our consignment number is 7731 0042 1189.

We'll rebook the delivery as soon as we hear back.

Kind regards,
Liam Fraser
Highland Tackle Shop""",
[], "Asks for a door code needed for delivery, with reference numbers; clean."),
# 14 clean reply foreign title
("reply", "text", "Re: Question about order {ON}",
"""Hi Kirsty,

Good question. The book you ordered, 'Le Petit Prince' (Folio Junior edition), is the original French text, so there's no English translation inside. There's a short glossary at the back, which some learners find handy.

Hope that clears things up for order {ON}.

Best,
Euan
Second Chapter Books, Edinburgh""",
[], "Reply quoting a French book title inside English sentences; clean."),
# 15 clean warranty hotline
("reply", "text", "Re: Blender stopped working - {ON}",
"""Dear Mr Campbell,

Sorry to hear the blender has stopped after a fortnight. This model carries a two-year manufacturer's guarantee, which is handled directly by the manufacturer. Their warranty helpline (Kestrel Appliances, manufacturer's guarantee line) is 0800 085 4417, open Monday to Friday 8am to 6pm. Have your order number {ON} ready when you call.

If they can't help, message us here and we'll look into it.

Kind regards,
Fiona
Kitchen Corner UK""",
[], "Reply giving a phone number explicitly marked as the manufacturer's warranty helpline; clean."),
# 16 clean company footer
("reply", "html", "Re: Invoice address for order {ON}",
"""<p>Dear Ms Ahmed,</p>
<p>Yes, we can show your company name on the invoice for order {ON}. We've updated it and the new copy will reach you through Amazon shortly.</p>
<p>Best regards,</p>
<p>Daniel Reid<br>Customer Accounts</p>
<p><small>Brightline Lighting Ltd · 27 Canal Street, Manchester M1 3HE<br>Company no. 11223344 · VAT no. GB 331 7789 02</small></p>""",
[], "Reply with a company-details footer containing address, company and VAT numbers; clean."),
# 17 clean reply with tracking/return numbers
("reply", "text", "Re: Refund status, order {ON}",
"""Hi Ben,

Your return (RMA 2026-11-7784, tracking JD014600003828451209) reached our warehouse on Thursday 3 December at 10:15. We processed the refund of £84.99 for order {ON} on Monday 7 December, so it should land in your account within 3 to 5 working days.

Cheers,
Nadia
Runright Footwear""",
[], "Reply with RMA and tracking numbers, dates, times and amounts; clean."),
# 18 BSM201 left warehouse
("fulfillment-question", "text", "Order {ON} is on its way",
"""Hi Charlotte,

Just to let you know your candles left our Bristol warehouse this morning and are now with the courier. You should have them within two working days.

Order: {ON}

Wick & Wax Co.""",
["BSM201"], "Tells the buyer the parcel left the warehouse and is with the courier: a shipping confirmation."),
# 19 BSM201 order received, preparing
("additional-information", "html", "We've got your order {ON}",
"""<p>Dear Mr Graham,</p>
<p>Just confirming we've received your order {ON} and our team are now getting your tool set ready to go out.</p>
<p>Kind regards,<br>Forge &amp; Anvil Tools</p>""",
["BSM201"], "Says the order was received and is being prepared: an order confirmation."),
# 20 BSM202 thanks only
("fulfillment-question", "text", "A note about order {ON}",
"""Dear Sophie,

Thank you so much for choosing a little independent shop like ours. It genuinely makes our day every time someone orders one of our prints.

Warmest wishes,
Jo at Hedgerow Prints""",
["BSM202"], "Says only thank you for the purchase."),
# 21 BSM202 only here if needed
("reply", "text", "Re: Order {ON}",
"""Hello,

Should anything not be quite right when your parcel arrives, don't hesitate to get in touch. We're always happy to help.

Regards,
The Team at Vapour Audio""",
["BSM202"], "Only says the seller is ready to help if a problem comes up."),
# 22 BSM203 P.S.
("delivery-delay", "text", "Short delay on order {ON}",
"""Hi Andrew,

Quick note: your climbing chalk bag (order {ON}) will go out on Saturday 19 December rather than Wednesday, as we're waiting on the last batch of drawcord.

Apologies for the wait.

Crag Kit Outdoors

P.S. Our winter sale is on now, with 20% off everything in the shop until 3 January. Just use WINTER20 at the checkout.""",
["BSM203"], "Permitted delay notice with a P.S. promoting 20 percent off the whole shop."),
# 23 BSM203 follow / newsletter
("additional-information", "html", "Your ring size for order {ON}",
"""<p>Hi Laura,</p>
<p>For order {ON} we still need your ring size before we can make your stacking ring. Could you let us know?</p>
<p>By the way, our new spring collection lands next month. Follow us on Instagram and sign up to our newsletter to see it first.</p>
<p>Love,<br>Silversmith Studio Hove</p>""",
["BSM203"], "Needed information request that also promotes a new collection, social follow and newsletter."),
# 24 BSM204 small token
("review-request", "text", "A small favour re order {ON}",
"""Hi Ryan,

Would you be happy to leave a few words on Amazon about the hammock you bought (order {ON})? Once your review has gone live, we'd like to pop a little something in the post as a thank-you.

Cheers,
Treetop Living""",
["BSM204"], "Promises a small gift once the review is published."),
# 25 BSM204 full refund
("review-request", "html", "Get your money back on order {ON}",
"""<p>Dear customer,</p>
<p>We'd like to refund the full price of your order {ON}. All you need to do is post a review on Amazon and let us know once it's visible.</p>
<p>Regards,<br>GadgetHub UK</p>""",
["BSM204"], "Offers a full refund in exchange for a published review."),
# 26 BSM205 change 1-star
("reply", "text", "Re: Broken lampshade - {ON}",
"""Dear Mrs Bennett,

I'm glad the replacement shade arrived safely, and sorry again about the first one.

Now that it's all been put right, would you consider revisiting the one-star review you left? We'd be very grateful if you could amend it, or take it down altogether.

Kind regards,
Shade & Light
Order {ON}""",
["BSM205"], "Asks the buyer to amend or remove an existing one-star review."),
# 27 BSM206 only if satisfied
("review-request", "text", "Happy with your new pan? ({ON})",
"""Hi Ellie,

If you're enjoying the skillet from order {ON}, we'd love you to say so in a review on Amazon.

If it hasn't lived up to expectations, please message us first rather than posting, and we'll do our best to put things right.

Thanks,
Panhandle Cookware""",
["BSM206"], "Invites a review only from happy buyers and diverts unhappy ones to the seller."),
# 28 BSM206 five stars
("review-request", "html", "Your experience with order {ON}",
"""<p>Dear Mr Harris,</p>
<p>We hope the waterproof jacket is keeping you dry. If you feel we've earned the full five stars, a rating on Amazon would mean a great deal to us.</p>
<p>Kind regards,<br>Fellside Outdoor<br>Order {ON}</p>""",
["BSM206"], "Asks for a five-star rating."),
# 29 BSM108 cancel yourself
("order-problem", "text", "Order {ON} - item out of stock",
"""Dear Ms Wright,

Unfortunately the brass desk lamp on order {ON} has sold out and we won't be able to send it. We've adjusted the order amount in full, with "no inventory" as the reason.

The quickest way to tidy this up is for you to cancel the order yourself from Your Orders on Amazon, which closes everything off straight away.

Kind regards,
Lamplight Emporium""",
["BSM108"], "Confirms the adjustment but tells the buyer to cancel the out-of-stock order themself."),
# 30 BSM107 + BSM108
("order-problem", "text", "Problem with your order {ON}",
"""Hi Josh,

Bad news I'm afraid: we've run out of the inline skates in size 9 and our supplier has no date for new stock (order {ON}).

We'd really appreciate it if you could put in a cancellation request through Amazon so we can close it on our side.

Thanks,
Rollerworks""",
["BSM107", "BSM108"], "Out of stock: asks for a cancellation request and never confirms an amount adjustment."),
# 31 BSM305 unsubscribe
("delivery-scheduling", "text", "Arranging delivery of your garden shed - order {ON}",
"""Dear Mr Turner,

Your 8x6 shed (order {ON}) will come on a flatbed lorry. Would Friday 18 December between 10am and 2pm suit you? If not, Monday 21 December in the morning is also free.

Kind regards,
Greenacre Garden Buildings

To stop receiving messages from us, simply reply UNSUBSCRIBE.""",
["BSM305"], "Delivery scheduling with an opt-out instruction."),
# 32 BSM306 profanity
("reply", "text", "Re: Complaint about delivery {ON}",
"""Mr Pearce,

I've read your message. The dent in the box is down to the bloody courier, not us, and frankly I'm sick of taking this bullshit from customers over every scuff on a bit of cardboard.

The garden chairs themselves are fine, so that's the end of it as far as I'm concerned.

Patio Pros
Order {ON}""",
["BSM306"], "Reply with English profanity and an abusive tone."),
# 33 BSM104 body in German
("delivery-delay", "text", "Bestellung {ON} - Lieferverzögerung",
"""Sehr geehrte Frau Collins,

leider verzögert sich der Versand Ihrer Bestellung {ON} (Wanduhr aus Nussbaum) um etwa eine Woche. Wir rechnen mit einem Versand am 21. Dezember.

Mit freundlichen Grüssen
Uhrenwerkstatt Rhein""",
["BSM104"], "Whole message in German to a buyer whose locale is en-GB."),
# 34 BSM309 national
("additional-information", "text", "Missing house number on order {ON}",
"""Hi Stuart,

The delivery address on order {ON} doesn't have a house number. Could you send it over? Or give us a ring on 01632 960471 and we'll update it while you're on the phone.

Thanks,
Inkjet Depot""",
["BSM309"], "Needed information request with a UK landline number that is not a warranty line."),
# 35 BSM309 international
("reply", "html", "Re: Sizing question ({ON})",
"""<p>Hi Hannah,</p>
<p>The coat comes up quite roomy, so a medium should be fine. If you're still unsure, drop us a WhatsApp on +44 7700 900512 and we'll send exact measurements.</p>
<p>Best,<br>Northern Threads<br>Order {ON}</p>""",
["BSM309"], "Reply with an international-format mobile number for WhatsApp."),
# 36 BSM308 plain email
("custom-design-verification", "text", "Wedding invitation proof - {ON}",
"""Dear Amy and Chris,

Your invitation proof for order {ON} is attached. If you'd like any tweaks, such as a different font or wording, email them to proofs@inkandpaperstudio.co.uk and we'll turn them round the same day.

Best wishes,
Ink & Paper Studio""",
["BSM308"], "Design proof message that gives a plain e-mail address."),
# 37 BSM308 obfuscated
("reply", "text", "Re: Lost the manual - {ON}",
"""Hi Nathan,

No problem, we have the weather station manual as a PDF. Drop a line to help (at) skywatchsupplies (dot) co (dot) uk with order {ON} in the subject and we'll send it straight over.

Cheers,
Skywatch Supplies""",
["BSM308"], "E-mail address written with (at) and (dot)."),
# 38 BSM302
("reply", "html", "Re: Caring for the leather satchel ({ON})",
"""<p>Dear Ms Foster,</p>
<p>Leather looks best if it's conditioned twice a year. We've written up the whole process in our <a href="https://www.hartleyleathergoods.co.uk/journal/leather-care-guide">leather care guide on our website</a>.</p>
<p>Kind regards,<br>Hartley Leather Goods<br>Order {ON}</p>""",
["BSM302"], "Descriptive https link to the seller's own site, not needed for the order."),
# 39 BSM301
("reply", "html", "Re: How do I return order {ON}?",
"""<p>Hi Zara,</p>
<p>You can start the return of the scarf yourself from <a href="http://www.amazon.co.uk/gp/css/order-history">your orders on Amazon.co.uk</a>. Pick order {ON} and then choose "Return or replace items".</p>
<p>Thanks,<br>Woolly Wonders</p>""",
["BSM301"], "Descriptive link to Amazon over http."),
# 40 BSM310
("delivery-delay", "html", "Your clock will ship a little later - {ON}",
"""<p>Dear Mr Shaw,</p>
<p>The oak wall clock on order {ON} will now be dispatched on 19 December instead of 14 December, as the movements arrived late from our supplier.</p>
<p><img src="https://img.sendkit-mail.co/a/3310/oak-wall-clock-40cm.jpg" alt="Oak wall clock, 40 cm" width="300"></p>
<p>Kind regards,<br>Timber &amp; Time</p>""",
["BSM310"], "Includes a photo of the purchased wall clock."),
# 41 BSM311
("review-request", "html", "Season's greetings and a quick question about {ON}",
"""<p><img src="https://img.sendkit-mail.co/a/4102/stock-snowy-village.jpg" alt="Snowy village at dusk" width="400"></p>
<p>Hi Connor,</p>
<p>Would you share your experience of the flask from order {ON} in a review on Amazon? All honest opinions help.</p>
<p>Thanks,<br>Flask Factory</p>""",
["BSM311"], "Neutral review request with a stock winter-scene image unrelated to the shop."),
# 42 BSM402 logo no alt
("delivery-delay", "html", "Delay to order {ON}",
"""<p><img src="https://img.sendkit-mail.co/a/5561/little-oak-toys-logo.png" alt="" width="150"></p>
<p>Dear Mrs Baker,</p>
<p>The wooden train set on order {ON} is arriving from our workshop a few days late. We now expect to dispatch it on Tuesday 22 December.</p>
<p>Kind regards,<br>Little Oak Toys</p>""",
["BSM402"], "Shop logo with an empty alt attribute."),
# 43 BSM403 emoji
("review-request", "text", "How's the coffee? {ON}",
"""Hey Luke 👋

Your beans have been with you for a week or so now. Fancy telling other shoppers what you think in a review on Amazon? All honest views welcome ☕

Order {ON}

Roast Republic""",
["BSM403"], "Neutral review request containing emoji."),
# 44 BSM403 emoticon
("reply", "text", "Re: Yarn colour ({ON})",
"""Hi Wendy,

You're right, 'Moss' is a shade darker than the photo. Our lighting has a mind of its own :D Happy to swap it for another colour, just tell us which.

Best,
Purl & Plain
Order {ON}""",
["BSM403"], "Reply with a text emoticon."),
# 45 BSM410
("delivery-delay", "html", "New delivery date for order {ON}",
"""<style>
.hd { font-size: 26px; }
.sh { font-size: 19px; }
.bd { font-size: 15px; }
.ft { font-size: 10px; }
</style>
<p class="hd">Thanks for your patience</p>
<p class="sh">Order {ON}</p>
<p class="bd">Dear Mr Morris, your garden bench will now be dispatched on 23 December instead of 16 December, as the varnish needs longer to cure.</p>
<p>Kind regards,<br>Benchcraft</p>
<p class="ft">Benchcraft Ltd, 9 Mill Lane, Ludlow SY8 1BB</p>""",
["BSM410"], "Style block with four explicit font sizes besides the default."),
# 46 BSM412 br runs
("additional-information", "html", "Fabric colour for order {ON}",
"""<p>Dear Mr Ward,</p>
<p>No fabric colour was chosen for the dining chairs on order {ON}. Would you like charcoal, sand or olive?<br><br><br><br>As soon as we know, the chairs go into production.</p>
<p>Kind regards,<br>Chairmakers of Hereford</p>""",
["BSM412"], "Run of four consecutive br tags."),
# 47 BSM110 on invoice
("invoice", "text", "[Important] Invoice for order {ON}",
"""Dear Mr Cooper,

Please find attached your invoice for order {ON}, invoice number 2026-1187.

Kind regards,
Accounts, Penrose Office Furniture""",
["BSM110"], "Invoice message carrying the [Important] tag."),
# 48 BSM401 bare URL
("review-request", "html", "Share your thoughts on order {ON}",
"""<p>Dear Ms Price,</p>
<p>Would you take a moment to tell other shoppers about the wool socks from order {ON}, whatever you make of them?</p>
<p><a href="https://www.amazon.co.uk/review/create-review?asin=B0D7MZ2H4K">https://www.amazon.co.uk/review/create-review?asin=B0D7MZ2H4K</a></p>
<p>Kind regards,<br>Dales Sock Company</p>""",
["BSM401"], "Link whose text is just the bare URL."),
# 49 BSM307 tracking pixel + BSM402
("delivery-delay", "html", "Revised dispatch date - order {ON}",
"""<p>Dear Mrs Reed,</p>
<p>Your planter from order {ON} will now be dispatched on Monday 21 December, a week later than advertised, as our supplier's coating line was down.</p>
<p>Kind regards,<br>Planter Co.</p>
<img src="https://open.sendkit-mail.co/o.gif?uid=88213&amp;mid=4471" width="1" height="1" alt="">""",
["BSM307", "BSM402"], "Hidden 1x1 tracking pixel with empty alt."),
# 50 BSM312 form
("delivery-scheduling", "html", "Pick your delivery slot - order {ON}",
"""<p>Dear Mr Walsh,</p>
<p>Your American-style fridge freezer (order {ON}) needs a two-person delivery. Please choose a slot below.</p>
<form method="post">
<select name="slot"><option>Tue 15 Dec, 8am to 12 noon</option><option>Thu 17 Dec, 12 noon to 4pm</option></select>
<button type="submit">Confirm slot</button>
</form>
<p>Kind regards,<br>Coldchain Appliances</p>""",
["BSM312"], "Delivery scheduling with an embedded HTML form."),
]

MESSAGES = build("en", "en-GB", "441", ROWS)
