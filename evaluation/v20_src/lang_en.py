"""v20 English messages (en-GB), 50 scenarios. Standard library only."""

LANG = "en"
LOCALE = "en-GB"


def order_no(n):
    a = (2094417 + n * 130363) % 10000000
    b = (8812046 + n * 6543217) % 10000000
    return "511-%07d-%07d" % (a, b)


MESSAGES = []


def m(n, typ, fmt, subject, body, expected, note, locale=LOCALE):
    o = order_no(n)
    MESSAGES.append({
        "id": "v20-en-%03d" % n,
        "language": LANG,
        "locale": locale,
        "type": typ,
        "format": fmt,
        "subject": subject.replace("{o}", o),
        "body": body.replace("{o}", o),
        "order_id": o,
        "expected": sorted(expected),
        "note": note,
    })


# ---------------------------------------------------------------- clean (17)

m(1, "delivery-delay", "text", "Your order {o} - running a bit behind",
  """Hi Sophie,

Quick heads-up on order {o}. The leather notebook cover you picked is still with our stitcher: we've had a run on the tan colour and she's working through the backlog.

We now expect it to go out on Tuesday 15 December rather than the 9th. Sorry for the wait.

Cheers,
Owen
Hide & Seek Leathercraft, Bristol""",
  [], "Plain-text delay notice with new dispatch date.")

m(2, "delivery-delay", "html", "Update on order {o}",
  """<table role="presentation" width="100%" cellpadding="0" cellspacing="0">
<tr><td>
<p>Dear Mr Patel,</p>
<p>I'm afraid the oak bookcase on order <strong>{o}</strong> is delayed. Our timber merchant has pushed back their delivery to us, so the bookcase won't be ready to leave the workshop before <strong>Monday 21 December 2026</strong>.</p>
<p>Originally we'd quoted 11 December. Apologies for the knock-on effect on your plans.</p>
<p>Kind regards,<br>
Hannah Price<br>
Customer Care, Whitfield Joinery Ltd</p>
</td></tr>
</table>""",
  [], "Builder HTML delay notice without styles.")

m(3, "order-problem", "text", "[Important] Problem with order {o}",
  """Dear Ms Clarke,

I'm sorry to say we can't fulfil order {o}. The last set of copper measuring cups failed our quality check this morning and the supplier has none left.

We have adjusted the full order amount of £27.50 in Seller Central, reason: no inventory. The refund should show on your statement within 3-5 working days.

Apologies again,
The Copper Kettle Kitchen Co.""",
  [], "Order problem with [Important] and the adjustment confirmed.")

m(4, "additional-information", "text", "Name for your cake topper - {o}",
  """Hi Jess,

Thanks for order {o}. Before we cut your acrylic cake topper we need the name and age exactly as you'd like them (e.g. "Poppy 3"). Max 12 characters.

Just pop it in a reply here and we'll get cutting.

Ta,
Mel
Sparkle & Cut Toppers""",
  [], "Asks for the text needed for a personalised item.")

m(5, "return-follow-up", "text", "Your return request, order {o}",
  """Hello Mr Hughes,

We've seen your return request for the wool throw on order {o}, mentioning a pulled thread on one corner.

If you'd rather keep it, we can refund £15.00 (roughly a third of the price) and you won't need to send anything back. If you'd still prefer to return it, that's absolutely fine and the return carries on as normal.

Just let us know which you'd prefer.

Best wishes,
Gwen Morgan
Cwtch Blankets""",
  [], "Return follow-up offering a partial refund.")

m(6, "return-follow-up", "text", "Return on {o} - quick question",
  """Hi Daniel,

You've asked to return the running jacket from order {o}. Could you tell us whether the zip came broken or went during use? We need it for the claim with the manufacturer before we can finish off the return.

Thanks,
Ash | Fellside Running""",
  [], "Return follow-up asking for information needed to complete it.")

m(7, "invoice", "text", "VAT invoice for order {o}",
  """Dear Ms Okafor,

As requested, please find attached the VAT invoice for order {o}.

Invoice no. INV/2026/12/0381, dated 2 December 2026. Total £318.00 including VAT at 20% (£53.00).

Regards,

Accounts Team
Northgate Office Supplies Ltd
Unit 4, Canal Side Business Park, Leeds LS11 5QR
Registered in England and Wales, company no. 09214567
VAT Reg. No. GB 284 6173 02""",
  [], "Invoice with invoice number with slashes, company and VAT numbers.")

m(8, "review-request", "text", "How's the planter? (order {o})",
  """Hi Rachel,

Your concrete planter from order {o} has been with you a couple of weeks now. If you have a spare moment, would you write a review on Amazon? Other buyers find them genuinely useful, and so do we.

All the best,
Tom
Slab & Stem Planters""",
  [], "Neutral review request in plain text.")

m(9, "review-request", "html", "Share your thoughts on order {o}",
  """<table role="presentation" width="100%" cellpadding="0" cellspacing="0">
<tr><td><img src="https://static.brambleandbee.co.uk/email/bramble-and-bee-logo.png" alt="Bramble &amp; Bee Candles logo" width="170" height="56"></td></tr>
<tr><td>
<p>Hello Laura,</p>
<p>You bought a trio of soy candles from us on order {o}. We'd love to hear how you're getting on with them.</p>
<p>When you have a minute: <a href="https://www.amazon.co.uk/review/review-your-purchases/?asin=B0D3MQX7PL">leave a review on Amazon.co.uk</a></p>
<p>Warmly,<br>Bea, Bramble &amp; Bee Candles</p>
<p><small>Bramble &amp; Bee Candles, 12 Mill Lane, Ludlow SY8 1BB</small></p>
</td></tr>
</table>""",
  [], "HTML review request with shop logo and descriptive https Amazon link.")

m(10, "delivery-scheduling", "text", "Booking your sofa delivery - {o}",
  """Dear Mrs Anderson,

Your three-seater sofa (order {o}) is ready to come to you. It's a two-person delivery, so we need to book a slot. We can do:

- Wednesday 16 December, 8am-12pm
- Friday 18 December, 12pm-4pm
- Saturday 19 December, 9am-1pm

Could you let us know which suits, and whether there are any stairs or narrow doorways we should know about?

Kind regards,
Deliveries Team, Harlow Home Furnishings""",
  [], "Delivery scheduling of a bulky item with slots.")

m(11, "home-service-appointment", "text", "Fitting appointment for order {o}",
  """Hi Mark,

You booked wall-mounting with your TV bracket (order {o}). Our fitter Gary has these slots free:

Mon 14/12, 10:00-12:00
Thu 17/12, 14:00-16:00

Please make sure he can get to a plug socket near the wall. Which one works for you?

Thanks,
Bracket Pro Installations""",
  [], "Home-service appointment with dates and time slots.")

m(12, "custom-design-verification", "text", "Your design proof - order {o}",
  """Hi Aisha,

Attached is the proof for your personalised doormat on order {o}: "The Khans, est. 2019" in the serif lettering, with the small leaf border.

If it all looks right, reply "approved" and we'll print it tomorrow. Want anything tweaked? Just tell us what.

Best,
Lucy
Welcome Mat Co.""",
  [], "Design proof for a custom item, attached.")

m(13, "fulfillment-question", "text", "Delivery of {o} - access to your building",
  """Good morning,

Our own van will be bringing your wardrobe (order {o}). The address says Flat 12, Beacon House, and it looks like the block has a keypad entry.

Could you send us the entry code, or tell us which buzzer to press? Our run reference is RUN-4471/C and the consignment is WH-208816.

Thanks,
Oakfield Furniture Logistics""",
  [], "Fulfilment question for a door code, with reference numbers.")

m(14, "reply", "text", "Re: Is this the right size?",
  """Hi Chris,

Good question. The "Grande Tasse à Café 450 ml" you ordered (order {o}) holds a proper mug-and-a-half of coffee. It's the French maker's name for it, which is why the listing keeps the French title.

It fits under most pod machines too.

Best,
Ellie
Le Petit Atelier UK""",
  [], "Reply quoting a French product title inside English sentences.")

m(15, "reply", "text", "Re: Hair dryer stopped working - {o}",
  """Dear Ms Turner,

Sorry to hear the hair dryer from order {o} has packed in. It's covered by a two-year manufacturer's guarantee, and the quickest route is the maker's own helpline:

Manufacturer's warranty line (Remington UK): 0800 212 438, Mon-Fri 9am-5pm

Have your order number to hand when you call. If you get stuck, message us here and we'll chase it.

Kind regards,
Beauty Box Electricals""",
  [], "Reply giving the manufacturer's warranty line, marked as such.")

m(16, "reply", "html", "Re: Company details for our records ({o})",
  """<p>Good afternoon,</p>
<p>Here are our details for your purchase ledger, for order {o}. The invoice itself is in your Amazon account under Your Orders.</p>
<table role="presentation" cellpadding="4" cellspacing="0">
<tr><td>Company</td><td>Brightwater Lighting Ltd</td></tr>
<tr><td>Registered office</td><td>3 Quayside, Newcastle upon Tyne NE1 3DX</td></tr>
<tr><td>Company number</td><td>11582034</td></tr>
<tr><td>VAT number</td><td>GB 319 4482 17</td></tr>
</table>
<p>Kind regards,<br>Priya Shah<br>Finance Assistant</p>""",
  [], "Reply with company number and VAT number in a table; not phone numbers.")

m(17, "reply", "text", "Re: When will I get my refund?",
  """Hi Ben,

Your return on order {o} is logged under return no. RMA-26-50917. The tracking on your return label (JD0002203184759201) shows it reaching us on Thursday 10 December, between 10:00 and 14:00.

Once we've checked the boots over, we'll refund £74.99, usually within two working days. Your bank may take another 3-5 days after that.

Cheers,
Kirsty
Peak & Trail Footwear""",
  [], "Reply with return number, tracking number, date, time and amount.")

# ---------------------------------------------------------- violations (31)

m(18, "fulfillment-question", "text", "Order {o} update",
  """Hi Jamie,

Good news! Your climbing rope has left our Sheffield warehouse this morning and been handed over to DPD. It should be with you tomorrow or the day after.

Cheers,
Crag Gear Direct""",
  ["BSM201"], "Shipping confirmation: left the warehouse, handed to the carrier.")

m(19, "fulfillment-question", "text", "We're on it! ({o})",
  """Hi Nina,

Just to say your order {o} has landed with us safely and our packing team are already wrapping your tea towels in tissue.

Speak soon,
Linen Lane""",
  ["BSM201"], "Order received and being packed.")

m(20, "fulfillment-question", "text", "Order {o}",
  """Hi Sam,

Just a quick note from all of us at the workshop: thank you so much for choosing our chopping board. It genuinely means the world to a tiny business like ours.

Best wishes,
The team at Grain & Grove""",
  ["BSM202"], "Thanks-only message, worded freely.")

m(21, "fulfillment-question", "text", "Order {o} - we're around",
  """Dear Mrs Walsh,

Should anything not be quite right with your new garden bench, we're only ever a message away and happy to sort it.

Kind regards,
Hartley Garden Furniture""",
  ["BSM202"], "Only an offer to help if something comes up.")

m(22, "delivery-delay", "text", "Small delay on {o}",
  """Hi Fiona,

Your knitted scarf from order {o} is running a few days late. Our yarn arrives on 12 December and we'll send the scarf out the same day.

Sorry about that!

Jo
Woolly Thinking

P.S. 20% off everything in the shop until Sunday, hats and mittens included.""",
  ["BSM203"], "Delay notice with a P.S. promoting 20% off the whole range.")

m(23, "review-request", "text", "How's the lamp? ({o})",
  """Hi Alex,

You've had the Arlo desk lamp (order {o}) for a little while now. We'd be grateful for a review on Amazon.

Oh, and if you follow us on Instagram or sign up to our newsletter, you'll be first to see the new winter range.

Best,
Lumen & Loft""",
  ["BSM203"], "Review request with follow us, newsletter and new range.")

m(24, "review-request", "text", "Your thoughts on {o}",
  """Hi Ollie,

How are the panniers from order {o} working out? We'd really appreciate a review on Amazon.

Once it's up, drop us a line and we'll post you a little something as a thank-you.

Best,
Spoke & Saddle""",
  ["BSM204"], "A small token of thanks once the review is published.")

m(25, "review-request", "text", "Something for our reviewers (order {o})",
  """Dear Mrs Edwards,

We'd love to hear about your experience with the kitchen scales (order {o}). As soon as your review is live on Amazon, we'll refund the full purchase price.

Kind regards,
The Baking Drawer""",
  ["BSM204"], "Full refund promised once the review is online.")

m(26, "reply", "text", "Re: Chipped mug, order {o}",
  """Hi Hannah,

Really glad we managed to get the mug problem sorted for you.

Would you mind having another look at your one-star review? Now that it's resolved, we'd be so grateful if you could update it or take it down.

Many thanks,
Wheel & Kiln Pottery""",
  ["BSM205"], "Asks to update or remove a one-star review.")

m(27, "review-request", "text", "Happy with order {o}?",
  """Hi Leo,

Loving the new skateboard? Then a review on Amazon would make our day.

Not quite what you hoped for? Please come to us first rather than posting on Amazon, and we'll put it right.

Cheers,
Grind Skate Supply""",
  ["BSM206"], "Review only if happy; unhappy buyers steered away.")

m(28, "review-request", "text", "A few stars for us? - {o}",
  """Hi Grace,

Your yoga mat from order {o} has been with you a week now. Could you spare us a five-star review? For a small shop like ours it really moves the needle.

Namaste,
Still Point Yoga Supplies""",
  ["BSM206"], "Asks for a five-star rating.")

m(29, "order-problem", "text", "Order {o}: item out of stock",
  """Dear Mr Reid,

Unfortunately the waterproof jacket in size L on order {o} has sold out. We've adjusted the order amount of £64.95 (reason: no inventory).

The fastest way to tidy this up is for you to cancel the order yourself from your Amazon account.

Kind regards,
Dryside Outdoor""",
  ["BSM108"], "Adjustment confirmed but advises the buyer to cancel himself.")

m(30, "order-problem", "text", "Issue with your order {o}",
  """Hello,

Owing to a stock error, the floor mirror you ordered is no longer available.

We'd be really grateful if you could submit a cancellation request through Amazon so we can close the order on our side.

Regards,
Reflect Interiors""",
  ["BSM107", "BSM108"], "Asks for a cancellation request; no adjustment confirmed.")

m(31, "review-request", "text", "Your experience with order {o}",
  """Hi Zoe,

How are the new headphones? We'd appreciate it if you'd write a review on Amazon.

Don't want to hear from us again? Just reply UNSUBSCRIBE.

Best,
Soundbox Audio""",
  ["BSM305"], "Review request with an unsubscribe instruction.")

m(32, "reply", "text", "Re: STILL not received ({o})",
  """Mr Fletcher,

For f***'s sake, we've told you three times already: the courier lost it and we're sending another. Honestly, this is a complete shitshow and I'm sick of these bloody emails.

The replacement will be with you by Friday.

Dave
Dave's Tool Shed""",
  ["BSM306"], "Reply with English profanity.")

m(33, "delivery-delay", "text", "Retraso en su pedido {o}",
  """Estimada señora Campbell:

Lamentamos informarle de que su pedido {o} se retrasa. La alfombra estará lista para el envío el 18 de diciembre de 2026.

Disculpe las molestias.

Atentamente,
Persian Rug House""",
  ["BSM104"], "Message to an en-GB buyer written entirely in Spanish.")

m(34, "delivery-scheduling", "text", "Wardrobe delivery - order {o}",
  """Hi Mark,

Your wardrobe (order {o}) is due next week. Give our planner Sandra a ring on 0161 496 0732 to fix a time, she's in until 4pm weekdays.

Cheers,
Millbrook Furniture""",
  ["BSM309"], "Delivery scheduling with a national UK landline of the seller.")

m(35, "reply", "text", "Re: Sizing help ({o})",
  """Hi Amelia,

It's easiest to talk the dress from order {o} through properly. WhatsApp or ring us on +44 7700 900 418 and we'll go over your measurements together.

Love,
Ivory Lane Bridal""",
  ["BSM309"], "Reply with a seller phone number in international format.")

m(36, "reply", "text", "Re: Extra cushions ({o})",
  """Hi Matt,

For extra seat pads to go with order {o}, best to email sales@cushioncorner.co.uk and we'll send over the colours we still have.

Cheers,
Cushion Corner""",
  ["BSM308"], "Reply with a plain e-mail address.")

m(37, "return-follow-up", "text", "Return for {o}: photos needed",
  """Dear Mrs Shaw,

To process your return of the vase on order {o}, we need a couple of photos of the damage. Could you send them to returns at glassworks-whitby dot co dot uk?

Kind regards,
Whitby Glassworks""",
  ["BSM308"], "Obfuscated e-mail address with 'at' and 'dot'.")

m(38, "reply", "html", "Re: Looking after the pan ({o})",
  """<p>Hi Josh,</p>
<p>Your cast-iron skillet from order {o} needs a light oiling now and then. There's a step-by-step on our own site: <a href="https://www.ironandember.co.uk/care/cast-iron">cast-iron seasoning guide</a>.</p>
<p>Cheers,<br>Rob, Iron &amp; Ember</p>""",
  ["BSM302"], "Descriptive https link to the seller's own site.")

m(39, "reply", "html", "Re: Return status {o}",
  """<p>Dear Mr King,</p>
<p>Your return for order {o} is booked in. You can keep an eye on it in <a href="http://www.amazon.co.uk/gp/css/returns/homepage.html">your returns on Amazon.co.uk</a>.</p>
<p>Kind regards,<br>Timeless Watches</p>""",
  ["BSM301"], "http (not https) Amazon link with descriptive text.")

m(40, "review-request", "html", "How's the bowl? ({o})",
  """<p>Hi Yvonne,</p>
<p><img src="https://cdn.saltglazestudio.co.uk/products/serving-bowl-celadon-24cm.jpg" alt="Handmade celadon serving bowl, 24 cm" width="320" height="240"></p>
<p>Your serving bowl from order {o} has been in use for a few weeks now. Would you share your experience in a review on Amazon? It helps other buyers choose.</p>
<p>Best,<br>Saltglaze Studio</p>""",
  ["BSM310"], "Photo of the purchased product.")

m(41, "delivery-delay", "html", "Order {o} running late",
  """<p>Dear Rebecca,</p>
<p><img src="https://cdn.shadesbay.co.uk/email/palm-beach-sunset.jpg" alt="Palm trees on a beach at sunset" width="400" height="200"></p>
<p>Due to a supply hiccup, your sunglasses from order {o} will be dispatched on 15 December instead of 8 December. Sorry for the delay.</p>
<p>Best,<br>Shades Bay</p>""",
  ["BSM311"], "Stock beach image unrelated to the shop.")

m(42, "review-request", "html", "Your experience with order {o}",
  """<p><img src="https://cdn.quirebindery.co.uk/email/quire-bindery-logo.png" alt="" width="160" height="50"></p>
<p>Dear Ms Prince,</p>
<p>You've had the notebook from order {o} for a little while now. We'd welcome your thoughts in a review on Amazon.</p>
<p>Kind regards,<br>Quire Bindery</p>""",
  ["BSM402"], "Shop logo with empty alt.")

m(43, "review-request", "text", "Finished the puzzle yet? 🧩 ({o})",
  """Hi Kim,

Have you cracked the puzzle from order {o}? 😄 We'd love to read your review on Amazon.

Cheers,
Puzzle Palace""",
  ["BSM403"], "Emoji in subject and body.")

m(44, "additional-information", "text", "Thread colour? ({o})",
  """Hi Lisa,

For the embroidered baby blanket on order {o}, which thread colour would you like for the name: dusty pink, mint or pale grey? Then we'll get stitching ;-)

Thanks,
Little Stitches""",
  ["BSM403"], "Information request with an emoticon.")

m(45, "review-request", "html", "Cosy feet? ({o})",
  """<style>
h1 { font-size: 24px; }
p.intro { font-size: 17px; }
p { font-size: 14px; }
p.footer { font-size: 11px; }
</style>
<h1>Cosy feet?</h1>
<p class="intro">Hi Neil,</p>
<p>Your wool socks from order {o} have been keeping you warm for a while now. We'd appreciate your thoughts in a review on Amazon.</p>
<p class="footer">Dales Sock Co., Mill Yard, Skipton BD23 1AA</p>""",
  ["BSM410"], "Four explicit font sizes in a style block.")

m(46, "delivery-delay", "html", "Delay {o}",
  """<p>Dear Mr Dixon,</p>
<p>Our printer has had a breakdown, so your photo book (order {o}) will now be sent on 17 December.<br><br><br><br>Apologies for the hold-up.</p>
<p>Kind regards,<br>PhotoBook Press</p>""",
  ["BSM412"], "A run of four <br> tags.")

m(47, "invoice", "text", "[Important] Invoice for order {o}",
  """Dear Mrs Williams,

Please find attached the invoice for your fairy lights, order {o}. Invoice no. FL/2026/1187.

Kind regards,
Twinkle Lights Ltd""",
  ["BSM110"], "[Important] tag on an invoice, which is not critical.")

m(48, "reply", "text", "Re: Where's my invoice? ({o})",
  """Hi Gus,

The invoice for order {o} is in your Amazon account:
https://www.amazon.co.uk/gp/your-account/order-history

Pick "Invoice" next to the order.

Cheers,
Carryall Bags""",
  ["BSM401"], "Bare URL as link text.")

# ------------------------------------------------------------- varying (2)

m(49, "review-request", "html", "How's your tea going? ({o})",
  """<p>Hi Anna,</p>
<p>You've had the loose-leaf tea sampler from order {o} for a few weeks. We'd appreciate a review on Amazon when you have a moment.</p>
<p>Best,<br>Steep &amp; Co. Tea</p>
<img src="https://t.mailpilot.io/o/8f3a21c7.gif?u=511x88&amp;c=rr2" width="1" height="1" alt="">""",
  ["BSM307", "BSM402"], "1x1 tracking pixel with empty alt.")

m(50, "reply", "text", "Re: Fraud accusation ({o})",
  """Listen,

Accuse us of fraud over order {o} one more time and I'll come round and smash your teeth in. You've been warned.

Gary
G&M Auto Parts""",
  ["BSM306"], "Reply with a violent threat.")
