# -*- coding: utf-8 -*-
"""v11 blind evaluation set: English (en-GB), 50 messages."""
import random

LANG = "en"
LOCALE = "en-GB"

_r = random.Random(11421)
OIDS = []
while len(OIDS) < 50:
    _o = "421-%07d-%07d" % (_r.randrange(10 ** 7), _r.randrange(10 ** 7))
    if _o not in OIDS:
        OIDS.append(_o)


def _m(n, typ, fmt, subject, body, expected, note):
    oid = OIDS[n - 1]
    body = body.strip("\n")
    return {
        "id": "v11-%s-%03d" % (LANG, n),
        "language": LANG,
        "locale": LOCALE,
        "type": typ,
        "format": fmt,
        "subject": subject.replace("{OID}", oid),
        "body": body.replace("{OID}", oid).replace("{OIDRAW}", oid.replace("-", "")),
        "order_id": oid,
        "expected": sorted(expected),
        "note": note,
    }


MESSAGES = [
    # ---------------------------------------------------------------- clean
    _m(1, "delivery-delay", "text",
       "Your order {OID} - revised dispatch date",
       """
Hi Gemma,

Just a quick note about your order {OID} for the walnut bedside table. Our joiner in Hebden Bridge is a couple of days behind after a week of illness in the workshop, so the table won't be ready within the dispatch time shown on Amazon.

We now expect it to go out on Wednesday 16 December, which should put it with you by Friday 18th.

Sorry for the wait - we'd rather get it right than rush it.

Cheers,
Callum
Pennine Oak Furniture
""", [], "Informal plain-text delivery delay with a new date; clean."),

    _m(2, "delivery-delay", "html",
       "Delay to order {OID}",
       """
<table width="100%" cellpadding="0" cellspacing="0">
<tr><td>
<p>Dear Mr Okafor,</p>
<p>We are sorry to let you know that the following item from order <strong>{OID}</strong> will be dispatched later than advertised:</p>
<table cellpadding="4" cellspacing="0" border="1">
<tr><td>Item</td><td>Cast iron casserole, 26 cm, slate grey</td></tr>
<tr><td>Original dispatch estimate</td><td>4 December 2026</td></tr>
<tr><td>Revised dispatch estimate</td><td>11 December 2026</td></tr>
</table>
<p>The delay is due to a late container arriving at Felixstowe. Please accept our apologies.</p>
<p>Kind regards,<br>Customer Care Team<br>Hearth &amp; Home Cookware Ltd</p>
</td></tr>
</table>
""", [], "Builder HTML delay with a nested table of dates, no styles; clean."),

    _m(3, "order-problem", "text",
       "[Important] We can't fulfil order {OID}",
       """
Dear Ms Patel,

I'm afraid we are unable to send the Bluetooth turntable from your order {OID}. The last unit in stock failed our pre-dispatch test and the supplier has no more until the spring.

We have therefore adjusted your order and refunded the full amount of £149.99, reason: could not ship. You will see the refund on the card you paid with, usually within 3-5 working days.

Our apologies for the disappointment.

Yours sincerely,
Daniel Hughes
Vinyl Corner Audio
""", [], "Order problem confirming full amount adjusted (could not ship), [Important] allowed; clean."),

    _m(4, "additional-information", "text",
       "Engraving text needed for order {OID}",
       """
Hello,

Thanks for ordering the personalised hip flask (order {OID}). The personalisation box on your order was left empty, so we don't yet know what you'd like engraved.

Could you reply with the wording (up to 3 lines, 18 characters per line)? As soon as we have it, the flask goes to the engraver.

Best wishes,
Ellie
Thistle & Stag Gifts, Perth
""", [], "Asks for missing personalisation text needed to complete the order; clean."),

    _m(5, "return-follow-up", "text",
       "About your return - order {OID}",
       """
Dear Mr Lawson,

Thank you for sending back the wool overcoat from order {OID}. When it reached us we noticed a small tear in the lining near the left pocket, so we can't resell it as new.

Rather than refusing the return, we'd like to offer you a partial refund of £72.00 (60% of the £120.00 you paid). If you're happy with that, just reply and we'll process it the same day.

Kind regards,
Victoria Shaw
Savile & Finch Menswear
""", [], "Return follow-up offering a partial refund; clean."),

    _m(6, "return-follow-up", "html",
       "Return request for order {OID}",
       """
<p>Hi Priya,</p>
<p>We've received your return request for order {OID} (the set of four linen napkins). To get it sorted, could you let us know:</p>
<ul>
<li>whether the napkins have been washed or used, and</li>
<li>whether you'd like a refund or the same set in a different colour?</li>
</ul>
<p>Many thanks,<br>Laura at Meadow Lane Linens</p>
""", [], "Return follow-up asking two questions needed to complete the return; clean."),

    _m(7, "invoice", "text",
       "VAT invoice for order {OID}",
       """
Dear Customer,

Please find attached your VAT invoice for order {OID}.

Invoice no.: INV/2026/12/0087
Invoice date: 7 December 2026
Net: £412.50
VAT at 20%: £82.50
Total: £495.00

Kind regards,
Accounts Team

Brightwater Office Supplies Ltd
Unit 4, Carrow Works, Norwich NR1 2DD
Registered in England and Wales, Company No. 08412377
VAT Reg. No. GB 284 5521 09
""", [], "Invoice with slashed invoice number, company number and VAT registration; clean."),

    _m(8, "review-request", "text",
       "How are you getting on with the dog bed? ({OID})",
       """
Hi Sophie,

Your memory foam dog bed should have been with you for a couple of weeks now, so we hope it's been tested thoroughly.

If you have a spare minute, would you consider leaving a review on Amazon? Good or bad, honest reviews help other dog owners decide and show us what to improve.

All the best,
Tom & the Waggy Tails team
Order {OID}
""", [], "Neutral plain-text review request; clean."),

    _m(9, "review-request", "html",
       "Share your thoughts on order {OID}",
       """
<p><img src="https://assets.kettleandcraft.co.uk/email/kettle-and-craft-logo.png" alt="Kettle and Craft Tea Co. logo" width="200"></p>
<p>Dear Mr Reid,</p>
<p>Thank you for choosing our loose leaf tea sampler (order {OID}). We would really value your opinion of it.</p>
<p>If you would like to share your experience, you can do so on Amazon: <a href="https://www.amazon.co.uk/review/review-your-purchases/">write a review of your purchase on Amazon.co.uk</a>.</p>
<p>Warm regards,<br>Kettle and Craft Tea Co.</p>
""", [], "HTML review request with logo (alt names shop) and descriptive https Amazon link; clean."),

    _m(10, "delivery-scheduling", "text",
       "Booking your wardrobe delivery - order {OID}",
       """
Dear Mr and Mrs Campbell,

Your double wardrobe (order {OID}) weighs just over 90 kg, so it travels on our own two-person van rather than with a parcel courier. We need to agree a delivery slot with you.

The van is in your area (PE postcodes) on:
- Monday 14 December, 7am - 12pm
- Monday 14 December, 12pm - 5pm
- Thursday 17 December, 8am - 1pm

Please reply with the slot that suits you, and let us know about any steep steps or narrow hallways.

Kind regards,
Deliveries Desk
Fenland Furniture Warehouse
""", [], "Bulky-item delivery scheduling with dated time slots; clean."),

    _m(11, "home-service-appointment", "text",
       "Installation appointment - order {OID}",
       """
Hello Mrs Doyle,

You booked installation with your integrated dishwasher (order {OID}). Our engineer, Mark Fletcher, can fit it on either:

Tuesday 15 December 2026 between 09:00 and 11:00
Wednesday 16 December 2026 between 14:00 and 16:00

The job takes about an hour and a half. Please make sure the cold water supply and a socket are accessible under the worktop.

Which slot works best for you?

Regards,
Installations Team, Midlands Appliance Centre
""", [], "Home-service installation appointment with two slots; clean."),

    _m(12, "custom-design-verification", "html",
       "Please check your design proof - order {OID}",
       """
<p>Hi Jess,</p>
<p>Your custom house-portrait print is ready for checking. The proof is attached as <strong>proof-house-portrait-v1.pdf</strong>.</p>
<p>A few things to look at:</p>
<ol>
<li>house number on the door (we've used 27)</li>
<li>the name along the bottom: "The Old Forge"</li>
<li>colour of the front door</li>
</ol>
<p>If it all looks right, reply "approved" and we'll print on Monday. Any changes, just say.</p>
<p>Thanks,<br>Holly<br>Little Brick Prints, order {OID}</p>
""", [], "Custom design proof attachment to approve; clean."),

    _m(13, "fulfillment-question", "text",
       "Access code for your delivery ({OID})",
       """
Dear Mr Nowak,

Our own driver will be bringing the garden bench from order {OID} to your building on Gorgie Road. Our route planner shows the main gate has a keypad, and without the code he won't be able to reach your door.

Could you reply with the gate code, or the name of a neighbour or concierge who can let him in? We'll only pass it on to the driver for this delivery.

Our reference: DEL/EDI/2026/5581
Consignment: 6 of 6

Many thanks,
Outdoor Living Direct
""", [], "Gate-code question with reference numbers needed to deliver; clean."),

    _m(14, "reply", "text",
       "Re: Which size is the Kaffeemühle? ({OID})",
       """
Hello Mr Baxter,

Good question. The "Handkaffeemühle Schwarzwald Classic" is made for us by a small workshop in Germany, which is why the listing title is in German. It holds about 30 g of beans, enough for two large mugs, and the grinding mechanism is ceramic.

Kind regards,
Anna Becker
Bean & Burr Coffee Gear
Order {OID}
""", [], "Reply quoting a German product title within English sentences; clean."),

    _m(15, "reply", "text",
       "Re: Boiler fault - order {OID}",
       """
Hi Mr Ahmed,

Sorry to hear the combi boiler control panel is showing an F28 error. That's a fault the manufacturer handles under its 2-year warranty, and they will send a Gas Safe engineer out to you.

Manufacturer's warranty line (Thermaline UK): 0800 731 2260, Monday to Friday 8am - 6pm. Have your order number {OID} and the serial number from the side panel ready.

If they can't help, message us again and we'll chase it.

Best regards,
Heatwise Supplies
""", [], "Reply giving the manufacturer's warranty line, marked as such; clean."),

    _m(16, "reply", "html",
       "Re: Is the rug machine washable? ({OID})",
       """
<p>Dear Ms Whitfield,</p>
<p>Thank you for getting in touch. The jute and cotton rug from your order {OID} is not machine washable. We recommend vacuuming it weekly without the beater bar and spot cleaning with a damp cloth.</p>
<p>Kind regards,<br>James Moreton<br>Customer Services</p>
<p><small>Loom &amp; Weave Interiors Ltd, 18 Mill Street, Macclesfield SK11 6LZ. Registered in England and Wales no. 11873342. VAT no. GB 319 6620 48.</small></p>
""", [], "Reply with company-details footer (company and VAT numbers, address); clean."),

    _m(17, "reply", "text",
       "Re: Refund for my return ({OID})",
       """
Hi Kieran,

Your return arrived with us on Thursday 3 December at 10:17 (Royal Mail tracking LX482915503GB, our return ref. RET-30418). We processed the refund of £58.40 on Friday 4 December at 15:30.

It normally shows on your account within 3 to 5 working days, so you should see it by Wednesday 9 December at the latest.

Regards,
Customer Services, Saddle Up Cycles
Order {OID}
""", [], "Reply with tracking and return references, dates, times and amounts; clean."),

    # ------------------------------------------------------------ violations
    _m(18, "fulfillment-question", "text",
       "Good news about order {OID}",
       """
Hi Alex,

Good news! Your order {OID} left our warehouse in Daventry this morning and has been handed over to DPD. You'll get a one-hour delivery window from them tomorrow.

Thanks,
Gadget Garage UK
""", ["BSM201"], "Tells the buyer the parcel left the warehouse and was handed to the carrier."),

    _m(19, "fulfillment-question", "html",
       "We've got your order! ({OID})",
       """
<p>Hello Rachel,</p>
<p>Just to let you know your order {OID} has landed safely with us, and our team is already picking and wrapping it.</p>
<p>Speak soon,<br>The Paper Lantern Stationery Co.</p>
""", ["BSM201"], "Confirms the order was received and is being prepared."),

    _m(20, "fulfillment-question", "text",
       "Thank you! - {OID}",
       """
Dear Mr Hargreaves,

A huge thank you for your recent order {OID}. We truly appreciate your custom and hope you enjoy your purchase.

With best wishes,
Cotswold Candle Company
""", ["BSM202"], "Thanks only, no other content."),

    _m(21, "fulfillment-question", "text",
       "Order {OID}",
       """
Hi there,

Just dropping you a line to say that if anything at all isn't right with order {OID}, we're only a message away and happy to help.

Best,
Harbour Knitwear
""", ["BSM202"], "Only the offer to help if something comes up."),

    _m(22, "delivery-delay", "html",
       "Small delay with order {OID}",
       """
<p>Dear Mrs Evans,</p>
<p>Your garden kneeler and tool set (order {OID}) will now be dispatched on Tuesday 15 December rather than this week, as our supplier's delivery was short.</p>
<p>Sorry for the inconvenience.</p>
<p>Kind regards,<br>Greenfingers Garden Shop</p>
<p>P.S. As a thank you for your patience, use code GROW20 for 20% off everything in our store until the end of December.</p>
""", ["BSM203"], "Permitted delay with a P.S. offering 20% off the whole range."),

    _m(23, "review-request", "text",
       "Enjoying your new bird feeder? {OID}",
       """
Hello Mr Clarke,

We hope the squirrel-proof bird feeder from order {OID} is proving popular with the birds. If you have a moment, a review on Amazon would help other buyers.

While you're here: our new winter range of suet feeders has just launched, and you can sign up to our newsletter or follow us on Facebook to be the first to hear about new products.

Best wishes,
Robin's Nest Wildlife Supplies
""", ["BSM203"], "Neutral review request plus new range, newsletter and follow-us."),

    _m(24, "review-request", "text",
       "A little thank-you from us ({OID})",
       """
Hi Megan,

We hope you're loving your new yoga mat from order {OID}. Would you mind leaving a review on Amazon?

Once your review is live, drop us a message and we'll send you a little something as a token of our appreciation.

Namaste,
Flow Studio Essentials
""", ["BSM204"], "Small token of appreciation once the review is published."),

    _m(25, "review-request", "text",
       "Get your money back on order {OID}",
       """
Dear Customer,

Leave a review of the LED desk lamp from order {OID} and we'll refund you in full. Just send us a message once your review appears on Amazon and the full purchase price will be back with you within two days.

Regards,
BrightDesk Lighting
""", ["BSM204"], "Full refund as soon as the review is online."),

    _m(26, "reply", "text",
       "Re: Your feedback on order {OID}",
       """
Dear Mr Sutton,

I'm really glad the replacement hinge sorted out the problem with your kitchen cabinet door.

Now that everything's working, would you consider amending your one-star review, or removing it altogether? It's had quite an effect on our small business.

Kind regards,
Peter Marsh
Marsh Joinery Supplies
Order {OID}
""", ["BSM205"], "Asks to amend or remove a one-star review."),

    _m(27, "review-request", "text",
       "Happy with your order {OID}?",
       """
Hi Olivia,

If you're pleased with your new cashmere scarf, we'd love you to tell everyone in a review on Amazon.

If it isn't quite what you hoped for, please don't leave a review just yet - message us first and we'll put it right.

Love,
The Highland Cashmere team
""", ["BSM206"], "Review only if pleased; unhappy buyers steered away from reviewing."),

    _m(28, "review-request", "html",
       "Could you spare five stars? ({OID})",
       """
<p>Hello,</p>
<p>Thank you for buying our bamboo chopping board set (order {OID}).</p>
<p>As a small family business, every review makes a difference. If you could give us a 5-star rating on Amazon, we would be over the moon.</p>
<p>Best wishes,<br>Bamboo &amp; Board</p>
""", ["BSM206"], "Asks for a five-star rating."),

    _m(29, "delivery-delay", "text",
       "Update on order {OID}",
       """
Dear Mr Grant,

Unfortunately the running jacket you ordered (size L, navy) is now out of stock and our supplier can't give us a restock date.

The quickest way to sort this out is for you to cancel order {OID} from Your Orders on Amazon, and your payment will be released straight away.

Sorry about this,
Peak Performance Sportswear
""", ["BSM108"], "Advises the buyer to cancel because the item is out of stock (delay type)."),

    _m(30, "order-problem", "text",
       "Problem with your order {OID}",
       """
Dear Ms Turner,

We're very sorry, but due to a stock discrepancy we no longer have the ceramic planter you ordered (order {OID}).

We would be grateful if you could submit a cancellation request through Amazon, so that we can close the order on our side.

Apologies again,
Potting Shed Homewares
""", ["BSM107", "BSM108"], "Order problem without adjustment asking for a cancellation request."),

    _m(31, "delivery-delay", "text",
       "Revised dispatch date - order {OID}",
       """
Dear Mrs Lewis,

Your bespoke blackout blind from order {OID} is taking a little longer to make than expected. It will now be dispatched on Friday 11 December.

Kind regards,
Made to Measure Blinds Co.

To unsubscribe from these messages, reply UNSUBSCRIBE.
""", ["BSM305"], "Delay message with an unsubscribe instruction."),

    _m(32, "reply", "text",
       "Re: Parcel damaged ({OID})",
       """
Hi Dean,

Honestly, the courier has made a shitty mess of this one. That bloody driver must have dropped the box off the back of the van.

We'll send you a new set of glasses tomorrow. No need to return the broken ones.

Cheers,
Gary
Pint & Pour Glassware
Order {OID}
""", ["BSM306"], "Reply containing English profanity."),

    _m(33, "reply", "text",
       "Re: Frage zu Bestellung {OID}",
       """
Sehr geehrte Frau Morgan,

vielen Dank für Ihre Nachricht. Der Ersatzakku passt zu allen Modellen der Serie X200, also auch zu Ihrem Gerät.

Mit freundlichen Grüßen
Akku-Welt Versand
Bestellung {OID}
""", ["BSM104"], "Whole message in German for an en-GB buyer."),

    _m(34, "reply", "text",
       "Re: Assembly help - order {OID}",
       """
Hi Mrs Foster,

Sorry you're stuck on step 9 of the bunk bed instructions. It's easiest to talk it through, so give our workshop a ring on 01603 762 118. If you're calling from abroad, it's +44 1603 762118.

Best wishes,
Norfolk Kids Furniture
Order {OID}
""", ["BSM309"], "Seller phone number in national and international format."),

    _m(35, "reply", "text",
       "Re: Business invoice ({OID})",
       """
Dear Mr Jenkins,

Of course, we can reissue the invoice for order {OID} with your company name. Please email the company details to accounts@brightwater-supplies.co.uk and we'll send the new invoice within one working day.

Kind regards,
Brightwater Office Supplies
""", ["BSM308"], "Plain e-mail address in a reply."),

    _m(36, "reply", "text",
       "Re: Photos of the scratch - order {OID}",
       """
Hi Nadia,

Sorry about the scratch on the table top. Could you send a couple of photos to help [at] oakandiron [dot] co [dot] uk with your order number {OID}? We'll get it sorted straight away.

Thanks,
Ben at Oak & Iron
""", ["BSM308"], "E-mail address obfuscated with [at] and [dot]."),

    _m(37, "reply", "html",
       "Re: Caring for the cutting board ({OID})",
       """
<p>Dear Mr Patterson,</p>
<p>To keep your end-grain cutting board in good condition, oil it with food-safe mineral oil once a month. There's a step-by-step guide in <a href="https://www.woodlandboards.co.uk/care/end-grain-boards">the care guide on our website</a>.</p>
<p>Kind regards,<br>Woodland Boards<br>Order {OID}</p>
""", ["BSM302"], "Descriptive https link to the seller's own website."),

    _m(38, "reply", "html",
       "Re: How do I return this? ({OID})",
       """
<p>Hi Sam,</p>
<p>You can return the phone case through Amazon's Returns Centre. Go to <a href="http://www.amazon.co.uk/gp/css/returns/homepage.html">the Returns Centre on Amazon.co.uk</a>, choose order {OID} and follow the steps.</p>
<p>Thanks,<br>CaseCraft UK</p>
""", ["BSM301"], "Descriptive link to Amazon over http."),

    _m(39, "reply", "html",
       "Re: Which colour did I order? ({OID})",
       """
<p>Dear Mrs Kaur,</p>
<p>You ordered the teal version of our enamel saucepan. Here it is so you can compare:</p>
<p><img src="https://images.enamelware-co.co.uk/products/enamel-saucepan-16cm-teal.jpg" alt="Enamel saucepan 16 cm in teal" width="320"></p>
<p>Kind regards,<br>The Enamelware Company<br>Order {OID}</p>
""", ["BSM310"], "Image of the purchased product."),

    _m(40, "delivery-delay", "html",
       "Order {OID} delayed",
       """
<p>Hello Mr Price,</p>
<p>Because of the pre-Christmas rush, your torque wrench (order {OID}) will be dispatched on Monday 14 December instead of this week.</p>
<p><img src="https://cdn.mailcraft-templates.com/stock/snowy-christmas-tree.jpg" alt="Snow-covered Christmas tree in a forest" width="400"></p>
<p>Season's greetings,<br>Midland Tool Supplies</p>
""", ["BSM311"], "Stock Christmas tree image unrelated to the shop."),

    _m(41, "review-request", "html",
       "Tell others about your scented candles ({OID})",
       """
<p><img src="https://media.wickandwax.co.uk/brand/wick-and-wax-logo.png" alt="" width="160"></p>
<p>Dear customer,</p>
<p>We'd appreciate it if you could take a moment to write a review of the candles from order {OID} on Amazon. Every honest opinion is welcome.</p>
<p>Best wishes,<br>Wick &amp; Wax</p>
""", ["BSM402"], "Shop logo with empty alt text."),

    _m(42, "delivery-scheduling", "text",
       "Let's book your sofa delivery! {OID}",
       """
Hi Jordan,

Your new corner sofa is ready to come to you 🛋️ As it's a two-person delivery, can you do Saturday 12 December between 8am and 12pm?

Let us know and we'll lock it in 🙌

Thanks,
Sofa Depot Leeds
Order {OID}
""", ["BSM403"], "Emoji in a delivery-scheduling message."),

    _m(43, "reply", "text",
       "Re: Are batteries included? ({OID})",
       """
Hi Lucy,

Yes, two AA batteries come in the box with the kitchen scales, so you're good to go ;)

Best,
Kitchen Kit Bristol
Order {OID}
""", ["BSM403"], "Winking emoticon ';)' in a reply."),

    _m(44, "additional-information", "html",
       "One more detail for order {OID}",
       """
<style>
.title { font-size: 24px; }
.intro { font-size: 18px; }
.main { font-size: 15px; }
.foot { font-size: 10px; }
</style>
<p class="title">Order {OID}</p>
<p class="intro">We need one more detail from you</p>
<p class="main">Your made-to-measure curtain pole needs a bracket colour. Would you like brushed steel, antique brass or matt black? Just reply to this message.</p>
<p class="foot">Pole &amp; Finial Ltd, Sheffield</p>
""", ["BSM410"], "Style block setting four distinct font sizes."),

    _m(45, "delivery-delay", "text",
       "Delay to order {OID}",
       """
Dear Mr Coleman,

Your printer toner (order {OID}) will be dispatched a few days later than planned; we now expect Thursday 10 December.



We apologise for any inconvenience.

Kind regards,
Toner Direct UK
""", ["BSM412"], "Plain text with three blank lines in a row."),

    _m(46, "additional-information", "html",
       "Measurement check for order {OID}",
       """
<p>Dear Ms Robertson,</p>
<p>Your order {OID} gives the width of the roller blind as 9.5 cm. Did you mean 95 cm?</p>
<p>&nbsp;</p>
<p>&nbsp;</p>
<p>Please let us know so we can start making it.<br><br><br><br>Kind regards,<br>Window Works Glasgow</p>
""", ["BSM412"], "HTML with empty paragraphs and a run of four <br>."),

    _m(47, "invoice", "text",
       "[Important] Invoice for order {OID}",
       """
Dear Customer,

Please find attached the invoice for your order {OID}.

Invoice number: 2026/DEC/0412
Total: £36.00 including VAT at 20% (£6.00)

Regards,
Coastal Crafts Ltd
Company No. 12456781
VAT Reg. No. GB 401 2278 66
""", ["BSM110"], "[Important] tag on an invoice, which is not critical."),

    _m(48, "reply", "text",
       "Re: Setting up the smart plug ({OID})",
       """
Hi Mr Bell,

The setup guide for the smart plug is on the product page:
https://www.amazon.co.uk/dp/B0D4KPL9X2

Kind regards,
PlugWise Home
Order {OID}
""", ["BSM401"], "Bare https Amazon URL as the link text."),

    _m(49, "delivery-scheduling", "html",
       "Choose your delivery slot - order {OID}",
       """
<p>Hi Mrs Young,</p>
<p>Your American-style fridge freezer (order {OID}) needs a two-person delivery. Please pick a slot below:</p>
<form>
<p><label><input type="radio" name="slot" value="thu-am"> Thursday 10 December, 8am - 12pm</label></p>
<p><label><input type="radio" name="slot" value="thu-pm"> Thursday 10 December, 12pm - 6pm</label></p>
<p><button type="submit">Confirm my slot</button></p>
</form>
<p>Thanks,<br>Coolstore Appliances</p>
""", ["BSM312"], "Contains a form with radio inputs and a submit button."),

    _m(50, "review-request", "html",
       "Your view on order {OID}",
       """
<p><img src="https://static.tidewellhome.co.uk/mail/tidewell-home-logo-banner.png" alt="Tidewell Home logo banner" width="580"></p>
<p>Dear Mr Ellis,</p>
<p>We hope your bath towels from order {OID} are softening up nicely. If you have a moment, would you share your experience in a review on Amazon? All feedback is welcome.</p>
<p>Kind regards,<br>Tidewell Home</p>
""", ["BSM406"], "Shop banner image 580 px wide (over 80% of 600 px)."),
]
