# -*- coding: utf-8 -*-
"""v12 blind evaluation set, English (buyer locale en-GB). Standard library only."""
import random

LANG = "en"
LOCALE = "en-GB"
_rng = random.Random(431)
_ids = []
while len(_ids) < 50:
    _o = "431-%07d-%07d" % (_rng.randrange(10**6, 10**7), _rng.randrange(10**6, 10**7))
    if _o not in _ids:
        _ids.append(_o)

MESSAGES = []


def _m(n, typ, fmt, subject, body, expected, note):
    oid = _ids[n - 1]
    MESSAGES.append({
        "id": "v12-en-%03d" % n,
        "language": LANG,
        "locale": LOCALE,
        "type": typ,
        "format": fmt,
        "subject": subject.replace("{OID}", oid),
        "body": body.strip("\n").replace("{OID}", oid),
        "order_id": oid,
        "expected": sorted(expected),
        "note": note,
    })


# ---------------------------------------------------------------- clean (17)
_m(1, "delivery-delay", "text", "Order {OID} - running a few days behind", """
Hi Mrs Whitfield,

Just a quick heads-up about order {OID}. Your hand-thrown fruit bowl needs one more firing before the glaze is properly set, so it won't leave the workshop on Friday as the listing suggested.

We're now aiming to post it on Tuesday 15 December, which should see it with you by Thursday 17th.

Sorry for the wait - we'd rather send it late than send it flawed.

All the best,
Rosie Talbot
Talbot Pottery, Stroud
""", [], "Clean chatty delivery delay from a small workshop.")

_m(2, "delivery-delay", "html", "Update on your order {OID}", """
<table width="100%" cellpadding="8">
<tr><td>
<p>Dear Mr Okafor,</p>
<p>We're writing about order <strong>{OID}</strong> (Pennant Trail 2-person tent, olive).</p>
<p>Our December container from the manufacturer has been held at Felixstowe for additional customs checks. We now expect to dispatch your tent on <strong>Monday 21 December 2026</strong>, with delivery one to two working days later.</p>
<p>We apologise for the delay and will keep you posted if anything changes.</p>
<p>Kind regards,<br>Customer Care Team<br><small>Pennant Outdoor Ltd</small></p>
</td></tr>
</table>
""", [], "Clean builder HTML delivery delay with default size and small only.")

_m(3, "order-problem", "text", "[Important] Problem with your order {OID}", """
Dear Ms Kaur,

I'm sorry to say we can't fulfil order {OID}. The last copy of the signed first edition was damaged in our stockroom, and we have no other copy.

We have adjusted the full order amount of £64.00 in Seller Central, giving "no inventory" as the reason. Your refund goes back to the original payment method and usually shows within 3-5 working days.

Again, my apologies.

Yours sincerely,
Edmund Grey
Grey's Rare Books
""", [], "Clean order problem with [Important] confirming the amount was adjusted for no inventory.")

_m(4, "additional-information", "text", "Quick question about order {OID}", """
Hello Tom,

Thanks for ordering the personalised dog tag (order {OID}). The engraving field came through blank on our side, so we don't yet know what you'd like on it.

Could you reply with the name and, if you want one, a second line (up to 20 characters)? We'll engrave it as soon as we hear back.

Cheers,
Megan
Pawprint Engraving
""", [], "Clean request for information needed to complete a personalised order.")

_m(5, "return-follow-up", "text", "About your return request - order {OID}", """
Dear Mr Patel,

We've had your return request for the oak bedside table from order {OID}. From your photos the scuff sits on the back panel, which faces the wall once the table is in place.

Instead of sending it back, would a partial refund of £30.00 suit you? You would keep the table and we would process the refund straight away.

If you'd still prefer a full return, just let us know and we'll carry on as normal.

Kind regards,
Harriet Sloane
Sloane & Daughter Furniture
""", [], "Clean return follow-up offering a partial refund.")

_m(6, "return-follow-up", "text", "Return for order {OID} - one detail needed", """
Hi Ms Doyle,

To finish processing the return on order {OID}, could you tell us which of the two kettles you're sending back? The order had both the cream and the sage version, and the return request doesn't say.

Reply here whenever convenient.

Thanks,
Liam
Kettle & Co Returns
""", [], "Clean return follow-up asking for information needed to complete the return.")

_m(7, "invoice", "text", "VAT invoice for order {OID}", """
Dear Mr Hughes,

As requested, please find attached the VAT invoice for order {OID}.

Invoice no.: INV/2026/12/0457
Invoice date: 03/12/2026
Net: £208.33 | VAT at 20%: £41.67 | Total: £250.00

Kind regards,
Accounts
Brackenridge Bikes Ltd

Brackenridge Bikes Ltd, 14 Canal Wharf, Leeds LS11 5PS
Registered in England and Wales, Company No. 09876543
VAT Reg. No. GB 284 5127 63
""", [], "Clean invoice with slash invoice number, UK VAT and company numbers.")

_m(8, "review-request", "text", "How are you getting on with order {OID}?", """
Dear Mrs Ellison,

Your loose-leaf tea selection should have arrived last week. We hope you've had time to try a few of the blends.

If you have a spare moment, would you share your thoughts on order {OID} as a review on Amazon? Other tea drinkers find honest accounts genuinely useful, whatever you make of it.

Warm regards,
Mossley Tea Merchants
""", [], "Clean neutral review request in plain text.")

_m(9, "review-request", "html", "Your thoughts on order {OID}", """
<p><img src="https://images.cotswoldcandleco.co.uk/brand/cotswold-candle-co-logo.png" alt="Cotswold Candle Co. logo" width="180"></p>
<p>Dear customer,</p>
<p>Thank you for choosing Cotswold Candle Co. for order <strong>{OID}</strong>. Every candle is poured by hand in our Cirencester workshop.</p>
<p>If you'd like to tell other shoppers about your experience, you can do so on our <a href="https://www.amazon.co.uk/review/review-your-purchases/">Amazon review page for your purchases</a>.</p>
<p>With best wishes,<br>Imogen Hale<br><small>Cotswold Candle Co.</small></p>
""", [], "Clean HTML review request with the shop logo, descriptive alt and descriptive Amazon link.")

_m(10, "delivery-scheduling", "text", "Arranging delivery of your sofa - order {OID}", """
Dear Mr and Mrs Barker,

Your three-seater sofa (order {OID}) is ready to go out. Because of its size it comes on our own two-person van rather than by courier, so we need to agree a day with you.

Available slots in your postcode area:
- Wednesday 16 December, 8am-12pm
- Friday 18 December, 12pm-4pm
- Monday 21 December, 8am-12pm

Please reply with the slot that suits you, and mention any narrow stairs or parking restrictions.

Many thanks,
Delivery Planning
Hallam Home Furnishings
""", [], "Clean delivery scheduling for a bulky item with UK date and time slots.")

_m(11, "home-service-appointment", "text", "Your installation appointment - {OID}", """
Hello Ms Adeyemi,

You booked wall-mounting of your TV bracket through Amazon Home Services (order {OID}). Our fitter, Craig, can come on Tuesday 22 December 2026 between 1pm and 3pm.

If that doesn't work, reply with a couple of alternatives and we'll rearrange. The job takes about an hour.

Best wishes,
Bracket Pro Installations
""", [], "Clean home service appointment with date and time window.")

_m(12, "custom-design-verification", "text", "Design proof for your print - order {OID}", """
Hi Sophie,

Attached is the proof for your custom map print (file: proof_map_print_A3_v1.pdf) for order {OID}. The marked location is 'Whitby Abbey', with the date 14.06.2025 underneath as you asked.

If you're happy, reply 'approved' and it goes to print. If anything needs tweaking, tell us what and we'll send a new proof.

Thanks,
Ollie
The Little Print Shop
""", [], "Clean custom design verification with a proof attachment.")

_m(13, "fulfillment-question", "text", "Access to your building - order {OID}", """
Dear Mr Fraser,

Your delivery address for order {OID} is a gated block of flats (our reference: HW-REF 2026/1550 8842, address line 2: Flat 42).

Is there a door entry code or a concierge we should pass on to the driver? Without it, he may not be able to reach your door.

Kind regards,
Dispatch Team
Highland Woollens
""", [], "Clean door-code question with reference numbers that are not phone numbers.")

_m(14, "reply", "text", "Re: sizing question - order {OID}", """
Hi Anna,

Good question. The 'Holzwerkstatt Lindner Schneidebrett XL' you ordered (order {OID}) measures 50 x 35 cm and is 4 cm thick, so it will sit comfortably on a standard worktop.

It's made from a single piece of oak, so a light oiling every few weeks keeps it in good shape.

Best,
Jamie
Kitchen Corner UK
""", [], "Clean reply quoting a German product title inside English sentences.")

_m(15, "reply", "text", "Re: blender not working - order {OID}", """
Dear Mr Robinson,

Sorry to hear the blender has stopped working. As it is within its two-year manufacturer's guarantee, repairs and replacements are handled by the maker directly.

Manufacturer's warranty helpline (Voltaire Appliances UK): 0800 048 7733, Monday to Friday 9am-5pm. Please have your order number {OID} and the serial number from the base to hand.

If you run into any trouble with them, let us know and we'll chase it up.

Kind regards,
Priya
Northgate Electricals
""", [], "Clean reply with a phone number explicitly marked as the manufacturer's warranty line.")

_m(16, "reply", "text", "Re: delivery of curtain poles - {OID}", """
Dear Mrs Lloyd,

The 2.4 m curtain poles in order {OID} are cut to length to order and will be dispatched by Wednesday 16 December at the latest. Once they're on their way you'll see the status in your Amazon account.

Yours sincerely,
Gareth Pugh
Pugh Ironworks

--
Pugh Ironworks Ltd
Unit 7, Tregarth Business Park, Bangor LL57 4NQ
Registered in England and Wales, Company No. 11223344
VAT Reg. No. GB 391 7720 45
""", [], "Clean reply with a UK company details footer and no contact data.")

_m(17, "reply", "text", "Re: refund for returned boots - {OID}", """
Hi Mr Carter,

Your returned walking boots arrived at our warehouse on Tuesday 1 December at 10:47 (Royal Mail tracking AB123456789GB, returns ref. RTN-2026-3391).

We processed the refund of £89.99 for order {OID} on Wednesday 2 December. Depending on your bank it should appear within 3 to 5 working days.

Best regards,
Nadia
Fellside Footwear
""", [], "Clean reply with tracking and return numbers, dates, times and amounts.")

# ---------------------------------------------------------------- violations (31)
_m(18, "fulfillment-question", "text", "Good news about order {OID}", """
Hi Mr Benson,

Just to let you know your order {OID} left our warehouse this afternoon and has been passed to Evri. You should have it by Wednesday.

Cheers,
The team at Bramble & Bee
""", ["BSM201"], "Shipping confirmation phrased as 'left our warehouse and passed to Evri'.")

_m(19, "fulfillment-question", "html", "We're on it - {OID}", """
<p>Hello Grace,</p>
<p>Your order <strong>{OID}</strong> has safely landed with us and our packing team is getting it ready right now.</p>
<p>Speak soon,<br>Wildflower Seed Co.</p>
""", ["BSM201"], "Order confirmation paraphrased as 'landed with us and being packed'.")

_m(20, "fulfillment-question", "text", "Order {OID}", """
Dear customer,

A huge thank you for shopping with us. It really does mean the world to a small business like ours.

With gratitude,
Team Fernleaf Home
""", ["BSM202"], "Thanks-only message.")

_m(21, "fulfillment-question", "text", "Just so you know ({OID})", """
Hi Mrs Cooper,

Should anything ever be less than right with your purchase, we're only a message away and always happy to sort it out.

Best wishes,
Thistle Knitwear
""", ["BSM202"], "Only an offer to help if something goes wrong, no other content.")

_m(22, "delivery-delay", "text", "Order {OID} - slight delay", """
Dear Mr Ahmed,

Your wool throw (order {OID}) is waiting on a restock from the mill and will now be dispatched on Monday 14 December. Apologies for the extra wait.

Kind regards,
Thistle Knitwear

P.S. Our winter sale is on - everything in the shop is 20% off until Sunday.
""", ["BSM203"], "Permitted delay message with a storewide sale in the P.S.")

_m(23, "reply", "text", "Re: is the mug dishwasher safe? ({OID})", """
Hi Chloe,

Yes, the enamel mug from order {OID} is fine in the dishwasher, top rack ideally.

By the way, our new spring range lands in January. Sign up to our newsletter or follow Bramble & Bee on Instagram so you don't miss it.

Best,
Ellie
Bramble & Bee
""", ["BSM203"], "Reply with a newsletter and follow-us invitation and new collection mention.")

_m(24, "review-request", "text", "A little something for your feedback - {OID}", """
Dear Ms Taylor,

We hope you're enjoying your new bamboo bath mat (order {OID}).

Would you consider writing a review on Amazon? Once it's live, drop us a line and we'll pop a small thank-you gift in the post for you.

Kind regards,
Fernleaf Home
""", ["BSM204"], "Review request promising a small gift once the review is published.")

_m(25, "review-request", "text", "Your experience with order {OID}", """
Hi Daniel,

Your headphones should have arrived by now. If you leave a review on Amazon and send us a screenshot once it's up, we'll refund the full price of order {OID} - no catch.

Thanks,
SoundBay Audio
""", ["BSM204"], "Review request offering a full refund once the review is online.")

_m(26, "reply", "text", "Re: your review - order {OID}", """
Dear Mr Hamilton,

We're glad the replacement lamp shade arrived undamaged and that you're happy with it now.

Since the issue is resolved, would you mind revisiting the one-star review you left? We'd be grateful if you could amend it to reflect how things turned out, or take it down altogether.

Kind regards,
Lumen & Loom
Order {OID}
""", ["BSM205"], "Asks to amend or remove an existing one-star review.")

_m(27, "review-request", "text", "Happy with order {OID}?", """
Hi Mrs Griffiths,

Loving your new garden kneeler? Then we'd be thrilled if you told others about it in an Amazon review.

And if it hasn't quite lived up to expectations, please get in touch with us first rather than posting - we'd much rather put it right.

Warmly,
Greenshed Garden Supplies
Order ref: {OID}
""", ["BSM206"], "Review only from happy buyers; unhappy buyers steered to the seller.")

_m(28, "review-request", "text", "Could you help us shine? - {OID}", """
Dear customer,

As a family-run shop we live and breathe by our ratings. If you could see your way to giving your baking tins from order {OID} the full five stars, it would make our week.

Many thanks,
The Pemberton family
Pemberton Bakeware
""", ["BSM206"], "Review request asking for a five-star rating.")

_m(29, "order-problem", "text", "[Important] Your order {OID}", """
Dear Mr Walsh,

Unfortunately the cast-iron casserole dish in order {OID} has sold out and won't be restocked. We've adjusted your order amount accordingly, with the reason "could not ship".

The quickest way to close this off is for you to cancel the order yourself under Your Orders on Amazon. Would you mind doing that for us?

Apologies,
Hearth & Home Cookware
""", ["BSM108"], "Adjusted order problem that still asks the buyer to cancel it themselves.")

_m(30, "order-problem", "text", "Order {OID} - stock issue", """
Hi Ms Bennett,

We've discovered a miscount in our stock and the linen duvet cover you ordered (order {OID}) is no longer available.

We'd really appreciate it if you could request a cancellation from your Amazon account so we can get everything tidied up.

Sorry for the bother,
Linen Cupboard UK
""", ["BSM107", "BSM108"], "Stock-out message asking for a cancellation request with no adjustment confirmed.")

_m(31, "delivery-delay", "text", "New dispatch date - order {OID}", """
Dear Mrs Shaw,

Due to the Christmas rush, order {OID} will leave us two days later than planned, on Thursday 10 December.

Kind regards,
Greenshed Garden Supplies

Don't want to hear from us? Reply UNSUBSCRIBE and we'll stop messaging you.
""", ["BSM305"], "Delay message with an opt-out instruction.")

_m(32, "reply", "text", "Re: parcel arrived damaged - {OID}", """
Hi Jack,

Honestly, what a shitshow. The bloody courier has clearly lobbed your parcel over the gate again - damn them. We'll send a replacement for order {OID} out today.

Cheers,
Ridgeway Plant Pots
""", ["BSM306"], "Reply containing English profanity about the courier.")

_m(33, "delivery-delay", "text", "Su pedido {OID} - retraso", """
Estimado Sr. Morgan:

Le informamos de que su pedido {OID} (juego de sartenes) se enviará con unos días de retraso, el lunes 14 de diciembre, debido a una rotura de stock temporal en nuestro proveedor.

Lamentamos las molestias.

Atentamente,
Cocina Valenciana S.L.
""", ["BSM104"], "Message for an en-GB buyer written entirely in Spanish.")

_m(34, "reply", "text", "Re: assembling the bunk bed ({OID})", """
Dear Mr Hardy,

If you're stuck with the bunk bed from order {OID}, give our workshop a ring on 0113 496 0723 and we'll walk you through it step by step.

Kind regards,
Oakridge Kids Furniture
""", ["BSM309"], "Seller's own UK landline in national format.")

_m(35, "additional-information", "text", "One more detail for order {OID}", """
Hello Ms Reid,

We need the exact wording for the engraving on your bracelet (order {OID}). You're also welcome to text or WhatsApp it to our owner on +44 7700 900412.

Thank you,
Silverleaf Jewellery
""", ["BSM309"], "Seller's own mobile number in international +44 format.")

_m(36, "reply", "text", "Re: invoice in company name ({OID})", """
Dear Mr Holt,

Of course we can reissue the invoice for order {OID} in your company's name. Send your company details over to accounts@holtofficesupplies.co.uk and we'll sort it.

Kind regards,
Holt Office Supplies
""", ["BSM308"], "Reply containing a plain e-mail address.")

_m(37, "return-follow-up", "text", "Photos for your return - {OID}", """
Dear Mrs Nolan,

To complete the return of the vase from order {OID}, we need a photo of the crack. You can send it to returns at hollowayceramics dot co dot uk.

Thank you,
Holloway Ceramics
""", ["BSM308"], "Obfuscated e-mail address written with 'at' and 'dot'.")

_m(38, "reply", "html", "Re: caring for your leather bag ({OID})", """
<p>Dear Ms Foster,</p>
<p>So glad you like the satchel from order <strong>{OID}</strong>. We explain how to keep the leather supple in our <a href="https://www.satchelandstrap.co.uk/leather-care">leather care guide on our website</a>.</p>
<p>Best wishes,<br>Satchel &amp; Strap</p>
""", ["BSM302"], "Descriptive https link to the seller's own site, not needed for the order.")

_m(39, "review-request", "html", "Review your purchase - {OID}", """
<p>Dear customer,</p>
<p>How are you finding the bike panniers from order <strong>{OID}</strong>? You can share your experience with other buyers on <a href="http://www.amazon.co.uk/review/review-your-purchases/">Amazon's review page</a>.</p>
<p>Kind regards,<br>Brackenridge Bikes</p>
""", ["BSM301"], "Neutral review request whose Amazon link uses http.")

_m(40, "reply", "html", "Re: what shade is it? ({OID})", """
<p>Hi Freya,</p>
<p>The scarf in order <strong>{OID}</strong> is mustard with a charcoal stripe. Here's what it looks like:</p>
<p><img src="https://cdn.thistleknitwear.co.uk/products/mustard-charcoal-scarf.jpg" alt="Knitted mustard scarf with charcoal stripe" width="300"></p>
<p>Best,<br>Thistle Knitwear</p>
""", ["BSM310"], "Reply embedding a photo of the purchased product.")

_m(41, "delivery-delay", "html", "Small delay on {OID}", """
<p><img src="https://stock.sunnyimages.net/beach/tropical-beach-palm.jpg" alt="Tropical beach with palm trees" width="400"></p>
<p>Dear Mr Ellis,</p>
<p>With the holiday rush, order <strong>{OID}</strong> will now leave us on Friday 11 December, two days later than planned.</p>
<p>Kind regards,<br>Seaside Scents</p>
""", ["BSM311"], "Stock beach image unrelated to the shop.")

_m(42, "delivery-delay", "html", "Order {OID}: new date", """
<p><img src="https://cdn.marlowglass.co.uk/brand/marlow-glass-logo.png" width="150"></p>
<p>Dear Ms Price,</p>
<p>The serving platter in order <strong>{OID}</strong> needs another day in the kiln; we now expect to dispatch it on Tuesday 15 December.</p>
<p>Kind regards,<br>Marlow Glass Studio</p>
""", ["BSM402"], "Shop logo with the alt attribute missing.")

_m(43, "delivery-scheduling", "text", "Trampoline delivery - {OID}", """
Hi Morris family,

Your trampoline (order {OID}) is too big for a normal courier 🎉 Our driver can come on Saturday 12 December, 9am-12pm, or Monday 14 December, 1pm-4pm. Which works best? 🙌

Cheers,
Bounce Garden Toys
""", ["BSM403"], "Emoji in a scheduling message.")

_m(44, "reply", "text", "Re: batteries included? ({OID})", """
Hi Ruby,

Yes, the batteries are already in the robot from order {OID}. Just flick the switch to ON and off it goes :D

Have fun!
Tinker Toys
""", ["BSM403"], "Text emoticon ':D' in a reply.")

_m(45, "delivery-delay", "html", "New delivery date for order {OID}", """
<style>
.headline { font-size: 24px; }
.lead { font-size: 17px; }
.copy { font-size: 13px; }
.footer { font-size: 9px; }
</style>
<p class="headline">New delivery date</p>
<p class="lead">Dear Mr Bishop,</p>
<p class="copy">The bookcase in order {OID} will now be dispatched on Wednesday 16 December, as the glass doors are still with our supplier.</p>
<p class="footer">Bishop &amp; Sons Joinery, Norwich</p>
""", ["BSM410"], "Four explicit font sizes in a style block besides the default.")

_m(46, "additional-information", "html", "Measurements for your blinds - {OID}", """
<p>Dear Mrs Owen,</p>
<p>For the made-to-measure blinds in order <strong>{OID}</strong>, we still need the exact drop, measured from the top of the recess to the sill.<br><br><br><br>Could you reply with that measurement in centimetres?</p>
<p>Kind regards,<br>Window Works</p>
""", ["BSM412"], "HTML with a run of four consecutive <br> tags.")

_m(47, "invoice", "text", "[Important] Invoice for order {OID}", """
Dear Ms Marsh,

Please find attached the invoice for order {OID} (invoice no. WW/2026/0981, total £145.00 including VAT).

Kind regards,
Window Works Ltd
""", ["BSM110"], "[Important] tag on an invoice, which is not critical.")

_m(48, "review-request", "html", "How was your purchase? ({OID})", """
<p>Dear customer,</p>
<p>We hope the espresso cups in order <strong>{OID}</strong> arrived in one piece. If you'd like to share your experience with other shoppers, here you go: <a href="https://www.amazon.co.uk/review/review-your-purchases/">https://www.amazon.co.uk/review/review-your-purchases/</a></p>
<p>Best wishes,<br>Roast &amp; Grind Coffee</p>
""", ["BSM401"], "Amazon link whose text is the bare URL.")

# ---------------------------------------------------------------- varying (2)
_m(49, "delivery-delay", "html", "Order {OID} delayed", """
<p><a href="https://www.hartleyandfinch.co.uk"><img src="https://www.hartleyandfinch.co.uk/img/hartley-finch-logo.png" alt="Hartley &amp; Finch logo" width="160"></a></p>
<p>Dear Mrs Walker,</p>
<p>The wall clock in order <strong>{OID}</strong> failed our final check and its movement is being replaced. It will now be dispatched on Monday 14 December.</p>
<p>Apologies for the inconvenience.</p>
<p>Hartley &amp; Finch</p>
""", ["BSM302", "BSM304"], "Shop logo wrapped in a link to the seller's own website.")

_m(50, "review-request", "html", "Share your experience - {OID}", """
<p><img src="https://cdn.brightnestbaby.co.uk/brand/brightnest-baby-banner.png" alt="Brightnest Baby banner" width="580"></p>
<p>Dear customer,</p>
<p>Your high chair from order <strong>{OID}</strong> was delivered a week ago. If you have a moment, you can share your experience on <a href="https://www.amazon.co.uk/review/review-your-purchases/">Amazon's review page</a>.</p>
<p>Kind regards,<br>Brightnest Baby</p>
""", ["BSM406"], "Shop banner image 580 px wide, over 80% of the 600 px maximum.")
