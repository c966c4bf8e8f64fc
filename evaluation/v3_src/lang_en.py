"""v3 blind evaluation set, English (en-GB, a few en-US). Standard library only."""

LANG = "en"
PREFIX = "302"


def oid(n):
    a = (2345671 + n * 104723) % 10**7
    b = (6543217 + n * 1299721) % 10**7
    return f"{PREFIX}-{a:07d}-{b:07d}"


def m(n, typ, fmt, subject, body, expected, note, locale="en-GB"):
    o = oid(n)
    rep = lambda s: s.replace("{O}", o).replace("{D}", o.replace("-", ""))
    return {"id": f"v3-{LANG}-{n:03d}", "language": LANG, "locale": locale, "type": typ,
            "format": fmt, "subject": rep(subject), "body": rep(body), "order_id": o,
            "expected": sorted(expected), "note": note}


MESSAGES = [
# ---------------------------------------------------------------- clean (17)
m(1, "delivery-delay", "text", "Your order {O} - revised dispatch date",
"""Hi Rachel,

Just a quick note about your order {O} for the oak chopping board. Our timber merchant was late with the last batch, so the boards are only going into the workshop this week.

We now expect to dispatch yours on Thursday 17 December, about a week later than the date shown when you ordered. Sorry about that - we'd rather take the extra days than send out a board that hasn't been properly oiled.

Best wishes,
Tom Ashworth
Ashworth Woodcraft, Hebden Bridge""",
[], "Plain-text delivery delay with a new dispatch date."),

m(2, "delivery-delay", "html", "Update on order {O}",
"""<p>Dear Mr Okafor,</p>
<p>We are writing about your order <strong>{O}</strong> for the <strong>Halden 3-seater bench</strong>. Our supplier in Portugal has had a production hold-up, which means the bench will leave us later than originally advertised.</p>
<table>
<tr><td>Originally expected dispatch</td><td>8 December 2026</td></tr>
<tr><td>Revised expected dispatch</td><td>22 December 2026</td></tr>
</table>
<p>We apologise for the wait and will let you know straight away if the date changes again.</p>
<p>Kind regards,<br>Priya Shah<br>Customer Care, Northfield Garden Living</p>""",
[], "Builder HTML delay notice with a dates table and no styling."),

m(3, "order-problem", "text", "[Important] Problem with your order {O}",
"""Dear Ms Fletcher,

I'm very sorry, but we are unable to fulfil your order {O} for the cast-iron casserole dish (26 cm, sage). The last unit in stock failed our quality check and the manufacturer has discontinued that colour.

We have adjusted the full order amount of £119.00 using the reason "no inventory". Amazon will process the refund and it should reach your account within a few working days.

With apologies,
Helen Marsh
Order Team Leader, Pantry & Hearth Ltd""",
[], "Order problem confirming the amount was adjusted for no inventory; [Important] allowed here."),

m(4, "additional-information", "text", "Quick question about order {O}",
"""Hello,

Thanks for ordering a personalised dog collar from us (order {O}). The name for the front came through as "Biscuit", but the text box for the back of the brass tag was left blank, and we can't engrave the tag until we know what you'd like there.

Could you reply with the text for the back of the tag (up to 20 characters, e.g. a surname or "I'm microchipped")? As soon as we have it, the collar goes on the bench.

Cheers,
Megan
Wag & Stitch, Cardiff""",
[], "Asks for the missing engraving text needed to make the order (no phone number given)."),

m(5, "return-follow-up", "text", "Your return request - order {O}",
"""Hi Jess,

Thanks for letting us know about the small pull in the knit on your jumper (order {O}). That shouldn't have got past us.

If you'd like to keep it, we can offer a partial refund of £15.00 (about a third of the price). If you'd still prefer to send it back, that's absolutely fine - just carry on with the Amazon return as normal.

Let me know which you'd prefer.

All the best,
Ellie Brooks
Brooks Knitwear""",
[], "Return follow-up offering a partial refund."),

m(6, "return-follow-up", "html", "Your return for order {O}",
"""<p>Hi Mr. Delgado,</p>
<p>We received the return for your order {O} (Vortex 900 stand mixer). When we checked it in, the dough hook was not in the box.</p>
<p>Could you let us know whether you still have the dough hook, or whether it was missing when the mixer arrived? Once we hear back we can finish processing your return.</p>
<p>Sincerely,<br>Dana Whitfield<br>Returns Department, Kitchen Pro Supply</p>""",
[], "Return follow-up asking for the information needed to complete it (US buyer).", "en-US"),

m(7, "invoice", "text", "VAT invoice for order {O}",
"""Dear Sir or Madam,

As requested, please find attached the VAT invoice for your order {O}.

Invoice no.: INV/2026/11/0734
Invoice date: 3 December 2026
Total: £1,074.00 including VAT at 20% (£179.00)

Kind regards,

Accounts Team
Bramley Office Interiors Ltd
Unit 7, Canal Wharf, Leeds LS11 5PS
Registered in England and Wales, company no. 09876543
VAT reg. no. GB123456789""",
[], "Invoice with a slashed invoice number, company and VAT numbers."),

m(8, "review-request", "text", "How are you getting on with order {O}?",
"""Hello,

You recently bought a set of beeswax food wraps from us (order {O}). If you have a moment, we'd be grateful if you could leave a review of the product on Amazon. It helps other shoppers decide, and it helps us improve.

Thanks for your time,
The Little Hive Company""",
[], "Neutral plain-text review request."),

m(9, "review-request", "html", "Your thoughts on order {O}",
"""<p><img src="https://assets.fellandpeak.co.uk/email/fell-and-peak-logo.png" alt="Fell &amp; Peak Outdoor" width="170" height="50"></p>
<p>Dear Owen,</p>
<p>A couple of weeks ago you ordered our waterproof walking gaiters (order {O}). We'd really like to hear how they've held up, whatever your verdict.</p>
<p>You can share your experience on the <a href="https://www.amazon.co.uk/review/create-review?asin=B0D4KQ72XM">Amazon review page for the gaiters</a>.</p>
<p>Best regards,<br>Sian Pritchard<br><small>Fell &amp; Peak Outdoor, Kendal</small></p>""",
[], "HTML review request with the shop's logo (alt names the shop) and a descriptive https Amazon link."),

m(10, "delivery-scheduling", "text", "Arranging delivery of your wardrobe - order {O}",
"""Dear Mrs Patel,

Your double wardrobe (order {O}) is ready at our depot. Because it's a two-person delivery and comes in three large boxes, we need to agree a time with you.

We can deliver to your address in Reading on:
- Tuesday 15 December, 8am to 12 noon
- Wednesday 16 December, 12.30pm to 4.30pm
- Friday 18 December, 8am to 12 noon

Please reply with the slot that suits you, and let us know if there are any stairs or narrow doorways we should be aware of.

Kind regards,
Gary Nolan
Delivery Planning, Oakhurst Furniture""",
[], "Scheduling a bulky-item delivery with dates and time slots."),

m(11, "home-service-appointment", "text", "Installation appointment for order {O}",
"""Hi Mr. Kowalski,

You added our installation service to your dishwasher order ({O}). Our technician can come out to connect the new unit and haul away the old one on Monday, December 14 or Thursday, December 17, anytime between 1 PM and 5 PM.

Just reply with the day that works best for you. Please make sure the water shut-off valve under the sink is easy to get to.

Thanks,
Marcus Reed
Service Scheduling, HomeLine Appliances""",
[], "Home-service installation appointment with US date and time formats.", "en-US"),

m(12, "custom-design-verification", "html", "Design proof for your order {O}",
"""<p>Hi Zara,</p>
<p>Attached is the proof for your personalised print (order {O}). Could you take a look before we send it to the printer?</p>
<ul>
<li>Names: <strong>Zara &amp; Kieran</strong></li>
<li>Date line: <strong>12.06.2021 - Whitby</strong></li>
<li>Size: A3, portrait</li>
</ul>
<p>If everything looks right, a quick "approved" is all we need. If you'd like changes, just tell us what to tweak.</p>
<p>Thanks,<br>Lauren<br>Inkwell Prints Studio</p>""",
[], "Custom design proof sent for approval."),

m(13, "fulfillment-question", "text", "Access to your building - order {O}",
"""Dear Mr Hughes,

Our courier has flagged that your delivery address for order {O} (Flat 4.08, Riverside House, 12 Wharf Street, Manchester M1 2EP) has a coded entrance door.

Could you send us the door code, or tell us how the driver can get in? Please quote our reference DL-2026-55103 in your reply; the consignment number with the courier is JD0002219845671.

Many thanks,
Olivia Grant
Logistics, Dreamwell Beds""",
[], "Door-code question with reference and consignment numbers that are not phone numbers."),

m(14, "reply", "text", "Re: Question about order {O}",
"""Hi Sam,

Good question! The book you ordered, "Das große Backbuch" by Ilse Winter, is the original German edition. There isn't an English translation yet; the language is listed on the Amazon product page, but it's easy to miss.

If you'd rather not keep it, you can return it through Your Orders ({O}).

Best,
Nadia
Marlowe Books""",
[], "Reply quoting a German book title inside English sentences."),

m(15, "reply", "text", "Re: Kettle stopped working - {O}",
"""Dear Mrs Lloyd,

I'm sorry to hear the kettle from order {O} has stopped switching on. As it's still within the manufacturer's two-year guarantee, the quickest route to a repair or replacement is to contact the manufacturer directly.

Manufacturer's warranty helpline (Calder Electricals): 0800 048 5521, Monday to Friday, 9am to 5pm.

Have your order number to hand when you call. If you don't get anywhere with them, do come back to us.

Kind regards,
Ben Carter
Customer Service, The Kitchen Store UK""",
[], "Reply giving the manufacturer's warranty helpline, marked as such."),

m(16, "reply", "html", "Re: Company details for your records - {O}",
"""<p>Dear Mr Sutherland,</p>
<p>Certainly. Our company details for your records are below. The invoice for order {O} itself can be downloaded from Your Orders in your Amazon account.</p>
<p>Kind regards,<br>Fiona Reid<br>Accounts</p>
<p><small>Glenmore Print &amp; Design Ltd<br>14 Harbour Road<br>Aberdeen AB11 5DB<br>Registered in Scotland, company no. SC512345<br>VAT no. GB987654321</small></p>""",
[], "Reply with a company-details footer in small print."),

m(17, "reply", "text", "Re: Where's my refund? {O}",
"""Hi Chloe,

I've had a look for you. Your return for the running shoes (order {O}) is logged under return number RTN-448120, and the tracking number for the return parcel is 0B4529017738261.

Once it arrives we inspect returns within two working days, and the refund of £84.99 will go back via Amazon, normally by 22/12/2026 at the latest. The parcel needs to be dropped off before 6pm on 19 December.

Cheers,
Jamie
Stride Running Co.""",
[], "Reply with return and tracking numbers, dates, times and amounts."),

# ---------------------------------------------------------------- violations (31)
m(18, "delivery-delay", "text", "Order {O} update",
"""Dear Mr Barnes,

Good news - your three rolls of wallpaper (order {O}) left our warehouse in Stoke this morning and have been handed over to DPD. You should see them tomorrow or the day after.

Kind regards,
The Papered Wall""",
["BSM201"], "Shipping confirmation: 'left our warehouse, handed to DPD'."),

m(19, "fulfillment-question", "html", "We're on it! (order {O})",
"""<p>Hi Abbie,</p>
<p>Your order {O} has landed safely with us and our packing team are already getting it ready, so everything arrives in perfect condition.</p>
<p>Warm wishes,<br>Team Leaf &amp; Brew Tea</p>""",
["BSM201"], "Order confirmation: 'received your order and preparing it'."),

m(20, "reply", "text", "Thank you! {O}",
"""Dear Mrs Collins,

Thank you so much for shopping with Willow Garden Rooms (order {O}). We really do appreciate you choosing a small business like ours.

Thanks again, and have a lovely day!

Kind regards,
Willow Garden Rooms""",
["BSM202"], "Message that says only thank you."),

m(21, "fulfillment-question", "text", "Order {O}",
"""Hi there,

If anything at all isn't right with your order {O}, don't hesitate to drop us a message and we'll sort it out together. We're always here for you.

Best,
The team at Jigsaw Junction""",
["BSM202"], "Only the offer to help if something comes up."),

m(22, "delivery-delay", "text", "Slight delay to order {O}",
"""Dear customer,

Your order {O} (2 x 30x40 cm photo frames) will be dispatched two days later than shown, on Wednesday 9 December. Apologies for this.

Kind regards,
Kingsley Framing

P.S. Until the end of the month you can take 20% off our entire range in our Amazon shop - don't miss it!""",
["BSM203"], "Permitted delay with a 20% off P.S."),

m(23, "review-request", "html", "Your opinion on order {O}",
"""<p>Dear Ms Hart,</p>
<p>How are you finding the linen duvet cover from order {O}? We would value an honest review on Amazon.</p>
<p>Want to see what's coming next? Follow us on Instagram at @loomandlinen_uk and sign up to our newsletter - our new spring collection launches in January.</p>
<p>Warmly,<br>Loom &amp; Linen</p>""",
["BSM203"], "Follow-us, newsletter and new-collection promotion."),

m(24, "review-request", "text", "A little thank-you for your review ({O})",
"""Dear Mr Fraser,

How is the coffee grinder from order {O} working out? We'd love to hear about it in a review on Amazon.

As a token of our appreciation, once your review is live we'll send you a bag of our house-roast espresso beans. Just drop us a message when it's posted.

Kind regards,
Hilltop Coffee Roasters""",
["BSM204"], "A small gift once the review is published."),

m(25, "review-request", "text", "Order {O} - your review",
"""Hey Kirsty,

We'd be super grateful if you could write an honest review of the yoga mat from order {O}. As a thank-you, we'll refund the full purchase price as soon as your review shows up on Amazon.

Namaste,
Flow Yoga Supplies""",
["BSM204"], "Full refund offered once the review is online."),

m(26, "reply", "text", "Re: Vacuum cleaner complaint {O}",
"""Dear Mr Doyle,

Glad to hear the replacement filter has arrived and the vacuum is working properly again (order {O}).

We noticed you left a one-star review earlier. Now that the problem has been sorted, would you consider updating or removing it?

Kind regards,
Spotless Home Supplies""",
["BSM205"], "Asks to update or remove a one-star review."),

m(27, "review-request", "text", "Happy with order {O}?",
"""Dear customer,

If you're pleased with the children's cycle helmet from order {O}, we'd really appreciate a review on Amazon.

If you're not completely happy, please don't leave a review - get in touch with us first and we'll put it right.

Kind regards,
SafeRide Kids""",
["BSM206"], "Review asked only from satisfied buyers; unhappy ones steered away."),

m(28, "review-request", "html", "Got a minute? (order {O})",
"""<p>Hi Imran,</p>
<p>You picked up our wireless doorbell (order {O}). We're a small family business and every rating makes a real difference.</p>
<p>Would you be able to give us five stars on Amazon? It would help us enormously.</p>
<p>Thanks,<br>Brightside Smart Home</p>""",
["BSM206"], "Asks for a five-star rating."),

m(29, "order-problem", "text", "[Important] Order {O} cannot be fulfilled",
"""Dear Mrs Graham,

Unfortunately the mustard velvet footstool in your order {O} has sold out and won't be restocked. We have adjusted the order amount of £79.00 with the reason "no inventory".

The quickest way to wrap this up is for you to cancel the order yourself under Your Orders on Amazon.

Kind regards,
Ochre Interiors""",
["BSM108"], "Amount adjusted, but advises the buyer to cancel themselves."),

m(30, "order-problem", "text", "Order {O}: item out of stock",
"""Dear Mr Price,

Due to a stock-control error, the cordless drill in order {O} is no longer available.

We would be grateful if you could submit a cancellation request through your Amazon account. Apologies for the inconvenience.

Kind regards,
Price Tools Direct""",
["BSM107", "BSM108"], "Asks for a cancellation request with no amount adjustment."),

m(31, "review-request", "text", "Your feedback matters - order {O}",
"""Dear customer,

Would you share your experience of the blanket box from order {O} in a review on Amazon? It helps other buyers.

Kind regards,
Thornton Joinery

To unsubscribe from these messages, reply UNSUBSCRIBE.""",
["BSM305"], "Opt-out instruction: reply UNSUBSCRIBE."),

m(32, "reply", "text", "Re: Where's my parcel? {O}",
"""Hi Ryan,

Yeah, we've seen it too. That shit courier has sent your gaming chair (order {O}) to the wrong depot for the third bloody time. Absolute bollocks.

We've put a new chair aside for you and will bring it over ourselves in our own van this week.

Cheers,
Lewis
GameSeat UK""",
["BSM306"], "English profanity about the courier in a reply."),

m(33, "delivery-delay", "text", "Verzögerung Ihrer Bestellung {O}",
"""Sehr geehrte Kundin, sehr geehrter Kunde,

leider verzögert sich Ihre Bestellung {O} (Keramik-Pflanztopf-Set, 3 Stück). Unser Lieferant hat die Töpfe noch nicht geliefert; wir rechnen jetzt mit dem Versand am 14. Dezember.

Wir bitten um Entschuldigung.

Mit freundlichen Grüßen
Clayworks Pottery""",
["BSM104"], "Message entirely in German to a British buyer."),

m(34, "reply", "text", "Re: Change of delivery address {O}",
"""Dear Ms Holmes,

Unfortunately we can no longer change the delivery address for order {O} in our system. Give us a ring on 0161 496 0732 and we'll see what we can do.

Kind regards,
Alex Brook
Customer Service, Brookside Homeware""",
["BSM309"], "Seller's own phone number in UK national format."),

m(35, "additional-information", "text", "Delivery instructions needed - {O}",
"""Hi Mr. Jensen,

For the delivery of your order {O} we still need to know which weekday works for you. You can also call or text us anytime at +1 (512) 555-0147.

Thanks,
Lone Star Flooring""",
["BSM309"], "Phone number in international format (US buyer).", "en-US"),

m(36, "reply", "text", "Re: Photos of the damage {O}",
"""Hi Hannah,

So sorry the vase from order {O} arrived damaged. Could you email a couple of photos to help@dunesglassworks.co.uk? We'll get a replacement out straight away.

Best,
Peter
Dunes Glassworks""",
["BSM308"], "Plain e-mail address in a reply."),

m(37, "return-follow-up", "text", "Return {O} - label photo needed",
"""Dear Mrs Baker,

To complete your return for order {O} we need a photo of the return label. Could you send it to returns [at] bakergardenfurniture [dot] co [dot] uk?

Kind regards,
Baker Garden Furniture""",
["BSM308"], "Obfuscated e-mail address using [at] and [dot]."),

m(38, "reply", "html", "Re: Caring for your leather bag {O}",
"""<p>Hi Sophie,</p>
<p>Lovely to hear you're so pleased with the bag from order {O}. We've written a full guide to looking after the leather: have a read of our <a href="https://www.saddlerowleather.co.uk/care-guide">leather care guide on our website</a>.</p>
<p>Best wishes,<br>Carla<br>Saddle Row Leather</p>""",
["BSM302"], "https link with descriptive text to the seller's own site, not needed for the order."),

m(39, "review-request", "html", "Your experience with order {O}",
"""<p>Dear customer,</p>
<p>How are you getting on with the ironing board from order {O}? If you like, you can write a review on the <a href="http://www.amazon.co.uk/review/create-review?asin=B09XJ4K2LP">Amazon review page for the ironing board</a>.</p>
<p>Kind regards,<br>Homestead Housewares</p>""",
["BSM301"], "Insecure http link to Amazon with descriptive text."),

m(40, "delivery-delay", "html", "Delay to order {O}",
"""<p>Dear Mr Morgan,</p>
<p>The garden bench from order {O} will be dispatched five working days later than planned, now expected on 16 December.</p>
<p><img src="https://img.hollinsgardencentre.co.uk/products/teak-garden-bench-150.jpg" alt="Teak garden bench 150 cm" width="300" height="200"></p>
<p>Apologies for the wait.</p>
<p>Kind regards,<br>Hollins Garden Centre</p>""",
["BSM310"], "Photo of the purchased product."),

m(41, "return-follow-up", "html", "Return {O}: one more question",
"""<p>Hi Wendy,</p>
<p>Before we can complete the return of the fairy lights from order {O}: do you still have the original packaging, or has it gone in the recycling?</p>
<p><img src="https://img.twinkleshop.co.uk/stock/beach-sunset-palm.jpg" alt="Palm trees on a beach at sunset" width="300" height="200"></p>
<p>Have a great week!<br>Twinkle Lighting</p>""",
["BSM311"], "Unrelated stock image of a beach."),

m(42, "additional-information", "html", "Details needed for order {O}",
"""<p><img src="https://cdn.lavenderlanesoap.co.uk/lavender-lane-soap-logo.png" alt="" width="140" height="40"></p>
<p>Dear Ms King,</p>
<p>You asked for a personalised label on your soap gift set (order {O}), but the text box was left empty. What name or message should we print on the label?</p>
<p>Kind regards,<br>Lavender Lane Soap Co.</p>""",
["BSM402"], "Shop logo with an empty alt attribute."),

m(43, "delivery-delay", "text", "Order {O} running a bit late",
"""Hey Liam,

Your skateboard from order {O} will go out a few days later than planned, on Friday 11 December. We ran out of grip tape 🙈

Sorry, and enjoy it when it lands!

Cheers,
Rolling Thunder Skate""",
["BSM403"], "Emoji in a delay notice."),

m(44, "reply", "text", "Re: Colour of the yarn {O}",
"""Hi Annie,

The yarn from order {O} is called "moss green", but you're right, it's a touch greyer in real life than in the photo. If you'd like to swap it, just say the word ;)

Cheers,
Woolly Mammoth Yarns""",
["BSM403"], "Text emoticon ';)' in a reply."),

m(45, "delivery-scheduling", "html", "Delivery appointment for order {O}",
"""<style>
p { font-size: 14px; }
.heading { font-size: 20px; }
.slot { font-size: 16px; }
.footer { font-size: 11px; }
</style>
<p class="heading">Your delivery appointment</p>
<p>Dear Mr Wood,</p>
<p>Your American-style fridge freezer (order {O}) is a two-person delivery. We can be with you on:</p>
<p class="slot">Monday 14 December, 9am to 1pm</p>
<p>Does that work, or would another day suit you better?</p>
<p class="footer">Woodgate Appliances, Swindon</p>""",
["BSM410"], "Four explicit font sizes in a <style> block besides the default."),

m(46, "delivery-delay", "html", "Delay to order {O}",
"""<p>Dear Mrs Palmer,</p>
<p>Unfortunately your order {O} (set of 5 picture frames) will now be dispatched on 18 December rather than 10 December.<br><br><br><br>Our supplier has a backlog.</p>
<p>Kind regards,<br>Palmer Framing Studio</p>""",
["BSM412"], "A run of four <br> tags in HTML."),

m(47, "review-request", "text", "[Important] Your review of order {O}",
"""Dear Mr Turner,

You recently bought an office chair from us (order {O}). If you have a moment, please leave a review of the chair on Amazon.

Kind regards,
Desk Direct Ltd""",
["BSM110"], "[Important] tag on a review request."),

m(48, "review-request", "html", "Review for order {O}",
"""<p>Dear customer,</p>
<p>You bought a knife set from us (order {O}). Would you like to share your experience with other buyers? <a href="https://www.amazon.co.uk/review/create-review?asin=B0B8R1M2QZ">Click here</a>.</p>
<p>Kind regards,<br>Sheffield Edge Cutlery</p>""",
["BSM401"], "Non-descriptive link text 'Click here'."),

# ---------------------------------------------------------------- varying (2)
m(49, "delivery-delay", "html", "New dispatch date for order {O}",
"""<p>Hi Yvonne,</p>
<p>Your hand-woven throw from order {O} is still on the loom. We now expect to dispatch it on 19 December, a week later than planned.</p>
<p>Thanks for your patience,<br>Swan Weavers</p>
<img src="https://open.mailtrackr.example.com/o.gif?uid=8817&amp;msg=4421" width="1" height="1" alt="">""",
["BSM307", "BSM402"], "1x1 open-tracking pixel with empty alt, added by an e-mail tool."),

m(50, "additional-information", "text", "Glaze colour for your mugs",
"""Dear Mrs Wynne,

Which glaze would you like for the two mugs you ordered from us last week: sea green or sand white? No choice came through with the order, and we fire the kiln on Friday.

Kind regards,
Bloom Ceramics Studio""",
["BSM102"], "No order number anywhere in subject or body."),
]
