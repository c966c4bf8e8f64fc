"""v28 evaluation messages, English (en-GB, one en-US)."""

LANG = "en"
PREFIX = "592"


def _oid(i):
    a = (i * 370813 + 1947203) % 10**7
    b = (i * 529117 + 8301654) % 10**7
    if b % 10 == 8:
        b += 1  # avoid "8)" next to a closing bracket
    return "%s-%07d-%07d" % (PREFIX, a, b)


_RAW = [
# 1
("delivery-delay", "text", "Your order {O} - running a few days behind",
"""Hi Gemma,

Quick heads-up on order {O}. Our glaze kiln packed up on Monday, so your two speckled mugs need re-firing. We now expect to post them on Friday 18 December rather than this week.

Nothing you need to do. Sorry it's taking a bit longer than planned.

Cheers,
Hannah
Stoneware & Slip, Frome""", [], "Clean chatty plain-text delivery delay with a new posting date."),
# 2
("delivery-delay", "html", "Update on dispatch date for order {O}",
"""<p>Dear Mr Patel,</p>
<p>Regarding order <strong>{O}</strong>: the replacement filter cartridges you ordered are arriving from our supplier later than expected.</p>
<table>
<tr><td>Original dispatch date</td><td>9 December 2026</td></tr>
<tr><td>Revised dispatch date</td><td>15 December 2026</td></tr>
</table>
<p>We apologise for the delay.</p>
<p>Kind regards,<br>Customer Care<br>PureFlow Water Supplies</p>""", [], "Clean builder-style HTML delivery delay with a plain table."),
# 3
("order-problem", "text", "[Important] Item unavailable - order {O}",
"""Dear Ms Okafor,

I'm sorry to tell you that we can't supply the walnut desk organiser (1 x, GBP 27.50) from order {O}. The last unit failed our quality check and the maker has stopped producing it.

The order amount has been adjusted, so you won't be charged for the organiser. The brass pen pot on the same order is unaffected.

Apologies for the disappointment.

Regards,
Tom Ashworth
Deskbound Goods Ltd""", [], "Clean order problem with [Important] and the amount adjusted."),
# 4
("additional-information", "text", "Engraving details needed - {O}",
"""Hello Mrs Campbell,

The personalisation field for your engraved hip flask (order {O}) is empty, so we can't start on it yet.

Could you reply with:
- the text you'd like (up to 3 lines, 18 characters each)
- block capitals or script lettering

As soon as we have it, it goes on the engraver.

Best wishes,
The Engraving Room, Harrogate""", [], "Clean request for the information needed to complete a personalised order."),
# 5
("return-follow-up", "text", "About your return request for {O}",
"""Dear Mr Hughes,

You mentioned that the oak bedside table from order {O} arrived with a small scuff on one leg.

If you're happy to keep it, we can offer a partial refund of £18.00 straight away. If you'd still prefer to send it back, that's absolutely fine too - just let us know which you'd like.

Kind regards,
Rachel Dunn
Oak & Hearth Furniture""", [], "Clean return follow-up offering a partial refund."),
# 6
("return-follow-up", "text", "Return for {O} - quick question",
"""Hi Priya,

We're setting up the return for your trainers from order {O}. The request says "wrong size", but the box label shows the size you ordered (UK 6).

Was it the fit that was off, or did you receive a different size from the one on the box? It helps us decide whether the pair goes back into stock or to our supplier.

Thanks,
Leon
Stride Footwear""", [], "Clean return follow-up asking for information needed to process the return."),
# 7
("invoice", "text", "VAT invoice for order {O}",
"""Dear Sir or Madam,

Please find attached VAT invoice INV/2026/12/0391 for order {O}.

Net: £162.50
VAT at 20%: £32.50
Total: £195.00

Yours faithfully,
Accounts Team

Brightline Office Supplies Ltd
Unit 4, Kingsway Trading Estate, Swansea SA5 4DL
Registered in England and Wales, company no. 09876543
VAT reg. no. GB 284 6193 07""", [], "Clean invoice with VAT registration and company number and a slashed invoice number."),
# 8
("review-request", "text", "How are you getting on with your seeds? ({O})",
"""Hello Mr Fraser,

You bought a heritage tomato seed collection from us (order {O}). If you have a moment, we'd be grateful if you left a review on Amazon. Honest feedback helps other gardeners choose, and it helps us too.

All the best,
Moira
Glen Seeds""", [], "Clean neutral review request in plain text."),
# 9
("review-request", "html", "Share your thoughts on order {O}",
"""<p><img src="https://static.threadandneedle-co.uk/email/threadandneedle-logo.png" alt="Thread &amp; Needle Co. logo" width="170" height="55"></p>
<p>Dear Ms Whitfield,</p>
<p>We hope the embroidery kit from order {O} is keeping you busy. Would you consider telling other buyers what you thought?</p>
<p><a href="https://www.amazon.co.uk/review/create-review?asin=B0BXQ91TZA">Write a review of the embroidery kit on Amazon</a></p>
<p>Warm regards,<br>Thread &amp; Needle Co.</p>""", [], "Clean HTML review request with the shop logo and a descriptive https Amazon link."),
# 10
("delivery-scheduling", "text", "Booking a delivery slot for your wardrobe - {O}",
"""Dear Mr and Mrs Reid,

Your double wardrobe (order {O}) is a two-person delivery, so we need to agree a time with you. These slots are free:

Tue 15 Dec, 8am - 12pm
Wed 16 Dec, 12pm - 4pm
Sat 19 Dec, 9am - 1pm

Please reply with the one that suits, and let us know if there are stairs or a narrow hallway.

Many thanks,
Delivery Planning
Kingfisher Bedrooms""", [], "Clean delivery scheduling with dates and time slots."),
# 11
("home-service-appointment", "text", "Fitting appointment for order {O}",
"""Hi Mr. Lewis,

We've scheduled your TV wall-mount installation (order {O}) for Thursday, 12/17/2026, between 1:00 p.m. and 3:00 p.m. Our technician, Craig, will bring all the hardware and check the wall type before drilling.

If that time doesn't work, just reply with a couple of other options that week.

Best regards,
MountPro Installations
Columbus, OH""", [], "Clean home-service appointment with a date and time window."),
# 12
("custom-design-verification", "html", "Your proof is ready - order {O}",
"""<p>Hi Jess,</p>
<p>Attached is the proof for your personalised wedding sign (order {O}), file <strong>proof-v2-reid-evans.pdf</strong>.</p>
<p>Please check:</p>
<ul>
<li>names: Jessica &amp; Owen</li>
<li>date: 12 June 2027</li>
<li>wording: "Welcome to our forever"</li>
</ul>
<p>Reply "approved" or send any changes and we'll update the proof.</p>
<p>Thanks,<br>Lottie<br>Oak Leaf Signs</p>""", [], "Clean custom design verification in HTML with an attached proof."),
# 13
("fulfillment-question", "text", "Access to your building - order {O}",
"""Good afternoon Ms Kowalski,

Our courier will bring the bike from order {O} on Monday 14 December. Your address is in a gated block on Marlborough Road, and the driver notes say the main door needs a code.

Could you reply with the door code or the best entrance? We'll add it to booking ref. DR-55183, route 12-B.

Kind regards,
Velo Direct Customer Team""", [], "Clean fulfillment question about a door code with reference numbers."),
# 14
("reply", "text", "Re: Is the grinder adjustable? ({O})",
"""Hi Martin,

Yes - the Kaffeemühle Handmühle Edelstahl from order {O} has 18 click settings. It's made for us by the German workshop Schwarzwald Röstwerk, and the settings run from Turkish fine to French press coarse.

Hope that helps,
Beth
The Daily Grind Co.""", [], "Clean reply quoting a German product title and maker name inside English sentences."),
# 15
("reply", "text", "Re: Heater stopped working ({O})",
"""Dear Mrs Bennett,

Sorry to hear the oil-filled radiator from order {O} has stopped heating. It's covered by the manufacturer's three-year warranty.

Manufacturer's warranty line (Thermaglow UK): 0800 048 3177, Mon-Fri 8am-6pm. They'll arrange a repair or swap directly.

If they can't help, come back to us and we'll sort it.

Best regards,
Ian Crowther
Homewarmth Direct""", [], "Clean reply with the manufacturer's warranty line, marked as such."),
# 16
("reply", "text", "Re: Do these fit a 2019 Golf? ({O})",
"""Hello Mr Shah,

The floor mats in order {O} are cut for the Golf Mk7 and Mk7.5, so a 2019 model is fine. The clips line up with the factory anchor points.

Regards,
Ellie Marsh
Customer Support

Autotrim Accessories Ltd
14 Brindley Way, Wednesbury WS10 7SJ
Company no. 11223344 | VAT no. GB 318 2270 45""", [], "Clean reply with a company-details footer."),
# 17
("reply", "text", "Re: Where's my refund? {O}",
"""Hi Nathan,

I've checked: your return for order {O} is logged under RMA 2026-77431. Royal Mail tracking QH 4827 1930 5GB shows it reached our Leicester warehouse on 3 December at 10:42.

A refund of £42.99 went through on 5 December. Banks can take 3 to 5 working days to show it.

Cheers,
Amir
GadgetHub UK""", [], "Clean reply with return and tracking numbers, dates, times and amounts."),
# 18
("additional-information", "text", "Good news about {O}!",
"""Hi Laura,

Your jigsaw (order {O}) left our warehouse this morning and has been handed over to Evri. It should be with you in the next couple of days.

Happy puzzling,
The Puzzle Barn""", ["BSM201"], "Shipping confirmation: left the warehouse and handed to the carrier."),
# 19
("fulfillment-question", "text", "We've got your order {O}",
"""Dear customer,

Just to let you know we've received order {O} and our team is getting it ready for you now.

Kind regards,
Kettle & Crumb""", ["BSM201"], "Order confirmation: received and being prepared."),
# 20
("reply", "text", "Thank you - {O}",
"""Dear Mr Ellis,

Thank you so much for your purchase (order {O}). We really appreciate your custom.

Warmest wishes,
Hartley Books""", ["BSM202"], "Thanks only."),
# 21
("additional-information", "text", "Order {O}",
"""Hi there,

Just a note to say that if anything's not right with order {O}, we're here to help. Give us a shout any time.

The Sock Drawer team""", ["BSM202"], "Only an offer to help if something comes up."),
# 22
("invoice", "text", "Invoice for order {O}",
"""Dear Ms Grant,

Your invoice INV-55021 for order {O} (total £64.00 incl. VAT) is attached.

Kind regards,
Accounts, Wildflower Candles Ltd

P.S. Take 20% off everything in our range this month with code GLOW20.""", ["BSM203"], "Permitted invoice with a P.S. promoting 20% off the whole range."),
# 23
("reply", "text", "Re: Do the jumpers run small? ({O})",
"""Hi Sophie,

They're true to size - the jumper from order {O} in a 12 fits a standard UK 12.

By the way, our new spring collection drops next week! Follow us on Instagram and sign up to our newsletter to get first dibs.

Love,
Knit & Purl Studio""", ["BSM203"], "Invitation to follow the shop, sign up to the newsletter and see the new collection."),
# 24
("review-request", "text", "Your thoughts on the lunch boxes ({O})",
"""Hello Mrs Doyle,

Would you mind leaving a review on Amazon for the bento boxes from order {O}? As a little thank-you, we'll pop a small gift in the post once your review has been published.

Kind regards,
Bento Bros""", ["BSM204"], "Small gift promised once the review is published."),
# 25
("review-request", "text", "Get your money back! Order {O}",
"""Hi Jack,

Post a review of the phone stand from order {O} on Amazon and message us once it's live. We'll refund the full price, no questions asked.

Thanks,
StandUp Tech""", ["BSM204"], "Full refund offered once the review is online."),
# 26
("reply", "text", "Re: Broken handle - order {O}",
"""Dear Mr Walsh,

Glad to hear the replacement handle for your suitcase (order {O}) arrived and everything's working now.

Since it's all sorted, would you be willing to update or remove your one-star review? It would mean a lot to a small business like ours.

Kind regards,
Wayfarer Luggage""", ["BSM205"], "Asks the buyer to update or remove a one-star review."),
# 27
("review-request", "text", "Enjoying your new kettle? ({O})",
"""Dear customer,

If you're happy with the kettle from order {O}, we'd love a review on Amazon.

If anything isn't quite right, please don't leave a review - message us instead and we'll put it right.

Best,
BrewWell Kitchen""", ["BSM206"], "Only satisfied buyers asked to review; unhappy ones steered to contact the seller."),
# 28
("review-request", "text", "A quick favour - order {O}",
"""Hey Olivia,

Hope the yoga mat from order {O} is treating you well! If you could leave us a 5-star review on Amazon, it would really make our week.

Namaste,
Flow Studio Gear""", ["BSM206"], "Asks for a five-star rating."),
# 29
("order-problem", "text", "Problem with your order {O}",
"""Dear Mr Thompson,

Unfortunately the cast-iron casserole (26 cm, cherry red) from order {O} has sold out and won't be restocked. We've already adjusted your order amount accordingly.

The quickest way to close the order completely is for you to request the cancellation yourself under Your Orders.

Regards,
Kitchen Larder Ltd""", ["BSM108"], "Amount adjusted, but advises the buyer to cancel because stock ran out."),
# 30
("order-problem", "text", "Order {O} - out of stock",
"""Hi Chloe,

Really sorry, but the garden bench from order {O} is out of stock after a miscount in our warehouse.

We'd be grateful if you could submit a cancellation request for the order on your side. Apologies for the hassle.

Best,
GreenYard Furniture""", ["BSM107", "BSM108"], "Asks for a cancellation request due to no stock and does not confirm an adjusted amount."),
# 31
("delivery-delay", "text", "Delay to order {O}",
"""Dear customer,

The printed calendar from order {O} will be dispatched on 16 December instead of 11 December because of a printer fault.

Kind regards,
Papercraft Press

Don't want to hear from us? Reply UNSUBSCRIBE.""", ["BSM305"], "Opt-out instruction: reply UNSUBSCRIBE."),
# 32
("reply", "text", "Re: Still no parcel ({O})",
"""Hi Callum,

Mate, I'm sorry - the bloody courier has screwed up again and lost your order {O}. What a shitshow. I've booked a replacement, due Friday 11 December.

Dan
GameZone Leeds""", ["BSM306"], "English profanity."),
# 33
("delivery-delay", "text", "Retard de votre commande {O}",
"""Bonjour Madame Clarke,

Nous sommes désolés : la lampe de bureau de votre commande {O} sera expédiée le 17 décembre au lieu du 10 décembre, suite à un retard de notre fournisseur.

Cordialement,
Lumière Studio""", ["BSM104"], "Message for an en-GB buyer written entirely in French."),
# 34
("reply", "text", "Re: Assembly help ({O})",
"""Hi Gareth,

The bolts for the bunk bed from order {O} are in the small bag marked C. If you get stuck, ring us on 01632 960 412 and we'll walk you through it.

Cheers,
Bunk & Bed Co.""", ["BSM309"], "Seller phone number in UK national format."),
# 35
("reply", "text", "Re: Colour question ({O})",
"""Hello Ms Baker,

The paint from order {O} is Sage Mist, batch 0412. For a second opinion on matching, WhatsApp us on +44 7700 900 318.

Best regards,
Chalk & Co Paints""", ["BSM309"], "Seller phone number in international format."),
# 36
("return-follow-up", "text", "Photos needed for your return ({O})",
"""Hi Ryan,

To process the return on order {O}, we need a photo of the crack on the mirror frame. Please email it to returns@mirrormart.co.uk and we'll look at it the same day.

Thanks,
MirrorMart""", ["BSM308"], "Plain e-mail address in a return follow-up that asks for information."),
# 37
("reply", "text", "Re: Extra cushion covers - {O}",
"""Dear Mrs Evans,

For spare covers to go with order {O}, drop a line to sales at cushionhaven dot co dot uk and we'll send you a quote.

Kind regards,
Cushion Haven""", ["BSM308"], "Obfuscated e-mail address with 'at' and 'dot'."),
# 38
("reply", "html", "Re: How do I season the pan? ({O})",
"""<p>Hi Marcus,</p>
<p>Good question about the carbon steel pan from order {O}. We've put together <a href="https://www.forgeandflame.co.uk/guides/seasoning">our step-by-step seasoning guide</a> on our website.</p>
<p>Short version: a thin coat of oil, an hour at 230C, repeat three times.</p>
<p>Cheers,<br>Forge &amp; Flame</p>""", ["BSM302"], "https link to the seller's own site, not needed to complete the order."),
# 39
("return-follow-up", "html", "Return for {O} - one more detail",
"""<p>Dear Mr Morgan,</p>
<p>To complete the return of the headphones from order {O}, we still need the reason for return. You can add it in <a href="http://www.amazon.co.uk/gp/css/returns/homepage.html">your returns on Amazon</a>.</p>
<p>Kind regards,<br>SoundSense Audio</p>""", ["BSM301"], "Descriptive Amazon link over http."),
# 40
("delivery-delay", "html", "New dispatch date - order {O}",
"""<p>Dear Ms Hall,</p>
<p>Your rattan lampshade from order {O} will now be dispatched on 18 December, a week later than planned.</p>
<p><img src="https://img.weavehouse.co.uk/products/rattan-lampshade-45cm.jpg" alt="Rattan lampshade 45 cm" width="300" height="300"></p>
<p>Kind regards,<br>Weave House</p>""", ["BSM310"], "Image of the purchased product."),
# 41
("review-request", "html", "Your experience with order {O}",
"""<p><img src="https://cdn.sunnysidedeco.co.uk/mail/tropical-beach-sunset.jpg" alt="Tropical beach at sunset" width="400" height="250"></p>
<p>Dear customer,</p>
<p>We'd value your opinion of the wind chimes from order {O}. You can <a href="https://www.amazon.co.uk/review/create-review?asin=B0D3HM8QKE">write a review on Amazon</a>.</p>
<p>Best wishes,<br>Sunnyside Deco</p>""", ["BSM311"], "Unrelated stock image (a beach)."),
# 42
("delivery-delay", "html", "Delay - order {O}",
"""<p><img src="https://cdn.littleexplorers-toys.co.uk/mail/little-explorers-logo.png" width="150" height="50"></p>
<p>Dear parent,</p>
<p>The wooden play kitchen from order {O} will be dispatched on 15 December. Our supplier delayed the oven doors.</p>
<p>Kind regards,<br>Little Explorers Toys</p>""", ["BSM402"], "Shop logo with no alt attribute."),
# 43
("reply", "text", "Re: Gift wrap? ({O})",
"""Hi Amelia,

Of course! We'll gift-wrap the scarf from order {O} and add a card with your message 😊

Love,
The Wool Basket""", ["BSM403"], "Emoji in the text."),
# 44
("reply", "text", "Re: Glove sizing ({O})",
"""Hello Pete,

Size L fits a hand circumference of 22 to 24 cm. The gloves in order {O} come up slightly generous :)

Regards,
Peak Outdoor""", ["BSM403"], "Emoticon :) in the text."),
# 45
("delivery-delay", "html", "Dispatch update {O}",
"""<style>
.title { font-size: 24px; }
.sub { font-size: 19px; }
.copy { font-size: 15px; }
.legal { font-size: 10px; }
</style>
<p class="title">Running late</p>
<p class="sub">Order {O}</p>
<p class="copy">Dear Mr Price, because of a late leather delivery, your belt will be dispatched on 18 December instead of 11 December.</p>
<p class="legal">Price &amp; Sons Leather, 9 Market Street, Ludlow SY8 1AA</p>""", ["BSM410"], "Four explicit font sizes in a style block besides the default."),
# 46
("delivery-scheduling", "html", "Delivery appointment for order {O}",
"""<p>Dear Mrs Clarke,</p>
<p>We'd like to book the delivery of the sofa from order {O}.</p>
<br><br><br>
<p>Available: Thursday 17 December, 8am to 12pm, or Saturday 19 December, 9am to 1pm.<br><br><br><br>Kind regards,<br>Comfort Sofas Direct</p>""", ["BSM412"], "Runs of three and four <br> in HTML."),
# 47
("review-request", "text", "[Important] Your feedback on order {O}",
"""Dear Mr Turner,

Would you take a minute to write a review on Amazon about the chef's knife from order {O}? Your experience helps other buyers.

Kind regards,
Sharp Edge Cutlery""", ["BSM110"], "[Important] on a review request, which is not critical."),
# 48
("return-follow-up", "html", "Return {O}",
"""<p>Dear customer,</p>
<p>Your return of the baby monitor from order {O} looks incomplete. Did you include the power adapter? Your return details are here: <a href="https://www.amazon.co.uk/gp/css/returns/homepage.html">https://www.amazon.co.uk/gp/css/returns/homepage.html</a></p>
<p>Kind regards,<br>Bump &amp; Beyond</p>""", ["BSM401"], "A bare URL as the link text."),
# 49
("reply", "text", "Re: Spare bulbs?",
"""Hi Dominic,

Yes, the festoon lights you bought from us last week take standard E12 bulbs, 1 W LED. Any 1 W E12 warm white bulb will work; we'd avoid anything above 3 W.

Best,
Glow Garden Lighting""", ["BSM102"], "No order number anywhere in subject or body."),
# 50
("delivery-scheduling", "html", "Choose your delivery day - order {O}",
"""<p>Dear Mr Ward,</p>
<p>Your American fridge freezer (order {O}) needs a two-person delivery. Please pick a day:</p>
<form>
<label><input type="radio" name="slot" value="tue"> Tuesday 15 December, 7am to 12pm</label><br>
<label><input type="radio" name="slot" value="thu"> Thursday 17 December, 12pm to 5pm</label><br>
<button type="submit">Confirm my slot</button>
</form>
<p>Kind regards,<br>ColdChain Appliances</p>""", ["BSM312"], "An HTML form (active content)."),
]


def _build():
    out = []
    for i, (typ, fmt, subj, body, exp, note) in enumerate(_RAW, 1):
        o = _oid(i)
        out.append({
            "id": "v28-%s-%03d" % (LANG, i),
            "language": LANG,
            "locale": "en-US" if i == 11 else "en-GB",
            "type": typ,
            "format": fmt,
            "subject": subj.replace("{O}", o),
            "body": body.replace("{O}", o),
            "order_id": o,
            "expected": sorted(exp),
            "note": note,
        })
    return out


MESSAGES = _build()
