"""v15 blind evaluation set: English (en-GB)."""
LANG, LOCALE, PFX = "en", "en-GB", "461"

def o(n):
    return "%s-%07d-%07d" % (PFX, (n * 6113291 + 4402917) % 10000000, (n * 3301877 + 1190453) % 10000000)

MESSAGES = []

def M(n, typ, fmt, subject, body, expected, note):
    MESSAGES.append({"id": "v15-%s-%03d" % (LANG, n), "language": LANG, "locale": LOCALE,
                     "type": typ, "format": fmt, "subject": subject, "body": body.strip(),
                     "order_id": o(n), "expected": sorted(expected), "note": note})

M(1, "delivery-delay", "text", f"Your order {o(1)} - slight delay", f"""
Hi Mr Oduya,

Just a quick heads-up about order {o(1)}. The walnut chopping board you chose is still drying after its final coat of oil, so it will go out a little later than the date shown on Amazon.

We now expect to dispatch it on Friday 11 December, which should see it with you by Tuesday 15th.

Sorry for the wait - we'd rather send it right than send it early.

Best wishes,
Callum
Grain & Grove Workshop, Shrewsbury
""", [], "Clean plain-text delay with British date style.")

M(2, "delivery-delay", "html", f"Revised dispatch date for order {o(2)}", f"""
<p>Dear Ms Pritchard,</p>
<p>Thank you for your patience. Our courier partner has had to reschedule collections from our Leeds warehouse, so order <strong>{o(2)}</strong> will be dispatched later than advertised.</p>
<table>
<tr><td>Item</td><td>Merino throw, charcoal</td></tr>
<tr><td>Original dispatch</td><td>07/12/2026</td></tr>
<tr><td>New dispatch</td><td>10/12/2026</td></tr>
</table>
<p>We apologise for any inconvenience this may cause.</p>
<p>Kind regards,<br>Customer Care Team<br>Dales Wool Co.</p>
""", [], "Clean agency-style HTML delay notice with a table.")

M(3, "order-problem", "text", f"[Important] Item unavailable - order {o(3)}", f"""
Dear Mrs Fairweather,

I'm sorry to let you know that we are unable to ship the brass desk lamp on order {o(3)}. The last unit failed our pre-dispatch check and the manufacturer has discontinued the model.

Your order total has been adjusted and a full refund of £64.00 has been issued through Amazon (reason: NoInventory). It should reach your account within 3-5 working days.

Apologies again,
Harriet Lowe
Lowe & Lumen Lighting
""", [], "Clean order problem with amount adjusted; [Important] allowed on this type.")

M(4, "additional-information", "text", f"Quick question about order {o(4)}", f"""
Hello,

Thanks for ordering the personalised dog collar (order {o(4)}). The name field came through blank, so could you let us know the name you'd like stitched on it (up to 10 letters)?

As soon as we have it we'll get it made.

Cheers,
Becky at Pawprint Leatherworks
""", [], "Clean request for missing personalisation details.")

M(5, "return-follow-up", "text", f"Re your return request - order {o(5)}", f"""
Dear Mr Banerjee,

We're sorry to hear the spice rack from order {o(5)} arrived with a scuffed corner.

Rather than you packing the whole thing up and sending it back, we'd be happy to offer a partial refund of £8.50 and you keep the rack. If you'd still prefer a full return, that's absolutely fine too - just let us know which you'd like.

Regards,
Owen Marsh
Marsh Kitchenware Ltd
""", [], "Clean return follow-up offering a partial refund.")

M(6, "return-follow-up", "html", f"Your return for order {o(6)}", f"""
<p>Hi Priya,</p>
<p>We've received your return request for the Bluetooth speaker (order {o(6)}). To process it we just need two things from you:</p>
<ol>
<li>The serial number printed on the underside of the speaker</li>
<li>A short description of the fault (no sound, won't charge, won't pair, etc.)</li>
</ol>
<p>Once we have those we'll send the return label over.</p>
<p>Thanks,<br>SoundSmith Support</p>
""", [], "Clean HTML return follow-up asking for information needed for the return.")

M(7, "invoice", "text", f"VAT invoice for order {o(7)}", f"""
Dear Sir or Madam,

Please find attached the VAT invoice for order {o(7)}, invoice number INV/2026/11/0342.

Net: £187.50
VAT (20%): £37.50
Total: £225.00

Yours faithfully,

Accounts Department
Hartley Office Supplies Ltd
Unit 4, Millbrook Trading Estate, Southampton SO15 0LD
Registered in England & Wales, Company No. 08812345
VAT Reg. No. GB 294 6173 52
""", [], "Clean invoice with UK company and VAT numbers and slash invoice number.")

M(8, "review-request", "text", f"How are you getting on? Order {o(8)}", f"""
Hello,

Your gardening gloves from order {o(8)} should have arrived a little while ago. If you have a moment, we'd be grateful if you could leave a review on Amazon - good or bad, honest feedback helps other gardeners decide.

Many thanks,
The team at Thornbury Garden Goods
""", [], "Clean neutral plain-text review request.")

M(9, "review-request", "html", f"Would you share your thoughts? Order {o(9)}", f"""
<p><img src="https://assets.kettleandcrumb.co.uk/brand/kettle-and-crumb-logo.png" alt="Kettle &amp; Crumb logo" width="180"></p>
<p>Dear customer,</p>
<p>We hope you're enjoying the loose-leaf breakfast tea from order {o(9)}. If you have a spare minute, we'd love to hear what you think of it - whatever your verdict.</p>
<p><a href="https://www.amazon.co.uk/review/create-review?asin=B0KCTEA771">Leave a review on Amazon.co.uk</a></p>
<p>Warm regards,<br>Kettle &amp; Crumb</p>
""", [], "Clean HTML review request with logo, alt text and descriptive Amazon link.")

M(10, "delivery-scheduling", "text", f"Booking your sofa delivery - order {o(10)}", f"""
Dear Mr and Mrs Chaudhry,

Your three-seater sofa (order {o(10)}) is ready for our two-person delivery team. Please choose one of the following slots:

Mon 14 December, 7am - 12pm
Wed 16 December, 12pm - 5pm
Sat 19 December, 8am - 1pm

Reply via Amazon messages with your preferred slot. If there are narrow stairs or a tight turn at your property, please mention it so we can bring the right kit.

Kind regards,
Delivery Planning, Oakhaven Furniture
""", [], "Clean delivery scheduling with UK-style time slots.")

M(11, "home-service-appointment", "text", f"Your TV wall-mounting appointment ({o(11)})", f"""
Hi Tom,

You booked TV wall-mounting with order {o(11)}. Our fitter, Gareth, has the following appointments free:

- Thursday 10 December, 10:00-12:00
- Saturday 12 December, 14:00-16:00

Could you confirm which suits you? Please make sure the wall is clear and that the bracket box is to hand.

Thanks,
Bracketeers Home Services
""", [], "Clean home-service appointment with two slots.")

M(12, "custom-design-verification", "html", f"Design proof for your order {o(12)}", f"""
<p>Hi Aisha,</p>
<p>Your wedding-invitation proof for order {o(12)} is attached as a PDF. Please check:</p>
<ul>
<li>names and spelling: Aisha Rahman &amp; Daniel Okafor</li>
<li>date and venue: Saturday 12 June 2027, The Old Barn, Cirencester</li>
<li>card colour: ivory</li>
</ul>
<p>If everything looks right, reply with "approved" and we'll send it to print. Any changes, just tell us.</p>
<p>Best,<br>Lucy<br>Paper Sparrow Stationery</p>
""", [], "Clean HTML custom design verification with proof attachment.")

M(13, "fulfillment-question", "text", f"Access details needed - order {o(13)}", f"""
Hello Mr Whitfield,

Our courier is due to deliver order {o(13)} to your block on Tuesday. The address notes mention a gated entrance, so could you send us the gate code or tell us which buzzer to use?

For reference: consignment ref. OHF-44817-B, pallet 2 of 2.

Kind regards,
Logistics, Greenhouse Direct UK
""", [], "Clean door-code question with reference numbers.")

M(14, "reply", "text", f"Re: Question about 'Tisch-Ventilator Silent Pro' ({o(14)})", f"""
Dear Ms Hughes,

Thanks for getting in touch. Although the box is labelled "Tisch-Ventilator Silent Pro" (it's imported from Germany), the fan you received on order {o(14)} comes with a UK three-pin plug and the instructions include an English section on page 9.

Kind regards,
Graham
Breeze Home Appliances
""", [], "Clean reply quoting a German product title inside English sentences.")

M(15, "reply", "text", f"Re: Kettle stopped working - {o(15)}", f"""
Hi Mrs Doherty,

Sorry to hear the kettle from order {o(15)} has stopped heating. It is covered by the manufacturer's two-year guarantee, and the quickest route is to contact them directly.

Manufacturer's warranty helpline (Brevia UK): 0345 600 1234, Mon-Fri 9am-5pm.

Have your order number handy. If they can't sort it out, let us know and we'll help.

Best wishes,
Kitchen Corner
""", [], "Clean reply with the manufacturer's warranty helpline marked as such.")

M(16, "reply", "html", f"Re: Company details for your records - {o(16)}", f"""
<p>Dear Mr Adeyemi,</p>
<p>As requested, our full company details for order {o(16)} are below.</p>
<p>Kind regards,<br>Natalie Brooks<br>Office Manager</p>
<p><small>Brooks &amp; Vale Ltd, 21 Castle Street, Edinburgh EH2 3DN<br>Registered in Scotland, Company No. SC612345 | VAT Reg. No. GB 318 5520 71</small></p>
""", [], "Clean reply with a small-print company footer.")

M(17, "reply", "text", f"Re: Refund query {o(17)}", f"""
Hi Jess,

Your parcel for order {o(17)} reached us on 1 December at 11:47 (Royal Mail tracking JX 1234 5678 9GB, return ref. RTN-20457).

A refund of £32.99 was issued on 2 December. Banks usually take 3-5 working days to show it.

Thanks,
Sam at Velvet Fox Clothing
""", [], "Clean reply with tracking/return numbers, dates, times and amounts.")

M(18, "fulfillment-question", "text", f"Order {o(18)} is on its way", f"""
Good news, Mr Lam!

Your order {o(18)} was handed to DPD this afternoon and is on its way to you. Expect it within 1-2 working days.

Regards,
Gadget Garage
""", ["BSM201"], "Shipping confirmation: handed to the carrier.")

M(19, "fulfillment-question", "html", f"We've got your order! ({o(19)})", f"""
<p>Hey Hannah,</p>
<p>Just letting you know we've received your order {o(19)} and our little team is busy getting it wrapped up for you.</p>
<p>Speak soon,<br>Moss &amp; Fern Candles</p>
""", ["BSM201"], "Order received and being prepared.")

M(20, "fulfillment-question", "text", f"Thank you - order {o(20)}", f"""
Dear Mr Ellis,

A huge thank you for your order {o(20)}. It really means a lot to a small family business like ours.

Warmest wishes,
The Pembertons
Pemberton Pottery
""", ["BSM202"], "Thanks-only message.")

M(21, "fulfillment-question", "text", f"Order {o(21)}", f"""
Hello,

Just to say - if anything isn't quite right with order {o(21)}, we're here to help. Simply drop us a message through Amazon.

All the best,
Customer Services, Brightside Batteries
""", ["BSM202"], "Only offers help if something comes up.")

M(22, "delivery-delay", "text", f"Delay to your order {o(22)}", f"""
Dear Ms O'Connell,

The hiking poles from order {o(22)} will now be dispatched on 12 December rather than 9 December due to a late stock delivery. Apologies for this.

Kind regards,
Summit Supply Co.

P.S. Treat yourself - 20% off everything in our store until Sunday with code WINTER20.
""", ["BSM203"], "Permitted delay with a promotional P.S.")

M(23, "additional-information", "html", f"Colour choice for order {o(23)}", f"""
<p>Hi Chloe,</p>
<p>Could you confirm whether you'd like the knitted beanie from order {o(23)} in mustard or forest green? The option didn't come through.</p>
<p>While you're here: follow us on Instagram and sign up to our newsletter to be first to see our new spring collection!</p>
<p>Thanks,<br>Woolly Thinking</p>
""", ["BSM203"], "Follow us / newsletter / new collection invitation.")

M(24, "review-request", "text", f"A little thank-you - order {o(24)}", f"""
Dear customer,

We hope you're enjoying your bamboo bath mat (order {o(24)}). Once your review is published on Amazon, we'll send you a little token of our appreciation.

Kind regards,
Bamboo & Bloom
""", ["BSM204"], "Small token promised once the review is published.")

M(25, "review-request", "text", f"Review your purchase - order {o(25)}", f"""
Hi Marcus,

Thanks for buying our phone tripod (order {o(25)}). Leave us a review and, as soon as it's live, send us the link - we'll refund your purchase in full.

Cheers,
SnapStand
""", ["BSM204"], "Full refund offered once the review is online.")

M(26, "reply", "text", f"Re: Your feedback on order {o(26)}", f"""
Dear Mr Kowalczyk,

We're glad the replacement charger for order {o(26)} arrived and works as it should. Now that the problem is resolved, would you consider updating or removing the one-star review you left?

Kind regards,
Volt Essentials
""", ["BSM205"], "Asks to update or remove a one-star review.")

M(27, "review-request", "text", f"Happy with your order {o(27)}?", f"""
Hello!

If you're happy with the shower caddy from order {o(27)}, please leave a review on Amazon. If not, don't review it - just message us and we'll make it right.

Thanks,
Tidy Home Store
""", ["BSM206"], "Review only if happy; unhappy buyers steered away.")

M(28, "review-request", "html", f"Could you help us out? ({o(28)})", f"""
<p>Dear Emily,</p>
<p>Thank you for choosing our hand-poured soy candle (order {o(28)}). Reviews make a huge difference to a tiny business like ours - a 5-star rating on Amazon would mean the world to us.</p>
<p>With love,<br>Wick &amp; Wonder</p>
""", ["BSM206"], "Asks for a five-star rating.")

M(29, "order-problem", "text", f"Problem with order {o(29)}", f"""
Dear Mr Patel,

Unfortunately the set of kitchen scales from order {o(29)} is out of stock and we cannot get more. We have adjusted your order total and refunded £19.99.

The quickest way to tidy this up is for you to cancel the order yourself from Your Orders on Amazon.

Regards,
Scales & Measures UK
""", ["BSM108"], "Adjustment confirmed but advises the buyer to cancel.")

M(30, "order-problem", "text", f"Stock issue - order {o(30)}", f"""
Dear Ms Grant,

We've just found that the jigsaw you ordered (order {o(30)}) is no longer in stock. We would really appreciate it if you could submit a cancellation request through Amazon.

Sorry for any bother,
Puzzle Hub
""", ["BSM107", "BSM108"], "Asks for a cancellation request without confirming any adjustment.")

M(31, "delivery-delay", "text", f"Update on order {o(31)}", f"""
Hi there,

Your order {o(31)} will be dispatched on 14 December instead of 10 December because of a delay at our printer. Sorry about that.

Thanks,
Inkwell Prints

To unsubscribe from these messages, reply STOP.
""", ["BSM305"], "Opt-out instruction: reply STOP.")

M(32, "reply", "text", f"Re: Damaged parcel - {o(32)}", f"""
Mr Hardy,

We've read your complaint about order {o(32)}. The bloody courier chucked it over the fence and frankly that's their shit, not ours. We'll send a replacement.

Bike Bits Direct
""", ["BSM306"], "English profanity in a reply.")

M(33, "delivery-delay", "text", f"Lieferverzögerung Bestellung {o(33)}", f"""
Sehr geehrte Kundin, sehr geehrter Kunde,

leider wird Ihre Bestellung {o(33)} später versendet als angegeben. Der neue Versandtermin ist der 15. Dezember.

Wir bitten um Entschuldigung.

Mit freundlichen Grüßen
Kerzenhaus Bavaria
""", ["BSM104"], "UK buyer receives a message entirely in German.")

M(34, "reply", "text", f"Re: Assembly help - {o(34)}", f"""
Hi Jack,

Sorry the bed frame from order {o(34)} is giving you grief. Give us a ring on 07700 900461 and we'll talk you through it.

Cheers,
Dan, Northern Bedworks
""", ["BSM309"], "Seller's UK mobile number.")

M(35, "additional-information", "text", f"Missing house number - {o(35)}", f"""
Dear Mrs Clarke,

The delivery address on order {o(35)} seems to be missing a house number. Could you add it? Alternatively call our office on +44 (0)161 496 0732.

Kind regards,
Mancunian Prints
""", ["BSM309"], "Seller phone number in international format.")

M(36, "reply", "text", f"Re: Instructions - {o(36)}", f"""
Hello Ben,

We'll happily send a printable copy of the instructions for the bird box kit (order {o(36)}). Just email hello@nestcraft.co.uk and we'll get it over to you.

Best,
NestCraft
""", ["BSM308"], "Plain e-mail address.")

M(37, "reply", "text", f"Re: Warranty question - {o(37)}", f"""
Dear Ms Taylor,

For any warranty questions about the headphones from order {o(37)}, you can also write to us at support (at) audiohaven (dot) co (dot) uk.

Kind regards,
Audio Haven
""", ["BSM308"], "Obfuscated e-mail address with (at)/(dot).")

M(38, "reply", "html", f"Re: Caring for your linen - {o(38)}", f"""
<p>Hi Grace,</p>
<p>Great question about washing the linen napkins from order {o(38)}. We've written a full guide on our website: <a href="https://www.linenloft.co.uk/care-guide">Linen Loft washing and care guide</a>.</p>
<p>Best,<br>Linen Loft</p>
""", ["BSM302"], "https link to the seller's own site.")

M(39, "review-request", "html", f"Your thoughts on order {o(39)}", f"""
<p>Dear customer,</p>
<p>We'd welcome your honest opinion of the bird feeder from order {o(39)}. You can leave a review from <a href="http://www.amazon.co.uk/gp/css/order-history">your Amazon order history</a>.</p>
<p>Regards,<br>Feathered Friends Ltd</p>
""", ["BSM301"], "http link to Amazon.")

M(40, "reply", "html", f"Re: Exact shade? ({o(40)})", f"""
<p>Hi Mrs Lewis,</p>
<p>Here's a photo of the cushion cover from order {o(40)} in daylight so you can compare the shade:</p>
<p><img src="https://cdn.cosynest.co.uk/products/velvet-cushion-cover-teal-45cm.jpg" alt="Velvet cushion cover in teal, 45 cm" width="320"></p>
<p>Best,<br>Cosy Nest</p>
""", ["BSM310"], "Image of the purchased product.")

M(41, "delivery-delay", "html", f"Slight delay - {o(41)}", f"""
<p>Dear customer,</p>
<p>Your advent calendar (order {o(41)}) will now be dispatched on 9 December owing to a supplier delay.</p>
<p><img src="https://cdn.treatbox.co.uk/stock/tropical-beach-sunset.jpg" alt="Tropical beach at sunset" width="300"></p>
<p>Kind regards,<br>TreatBox</p>
""", ["BSM311"], "Stock image unrelated to the shop.")

M(42, "review-request", "html", f"How was your order? {o(42)}", f"""
<p><img src="https://static.hebrideansoap.co.uk/hebridean-soap-company-logo.png" alt="" width="160"></p>
<p>Dear customer,</p>
<p>You recently received our seaweed soap bars (order {o(42)}). We'd appreciate an honest review on Amazon.</p>
<p>Kind regards,<br>Hebridean Soap Company</p>
""", ["BSM402"], "Shop logo with empty alt text.")

M(43, "delivery-delay", "text", f"Running a tad late - {o(43)}", f"""
Hi Olivia,

Your crocheted bunny (order {o(43)}) is taking a bit longer than planned 🧶 We'll post it on 11 December.

Lots of love,
Hook & Loop Studio
""", ["BSM403"], "Emoji in a delay message.")

M(44, "reply", "text", f"Re: Sizing - {o(44)}", f"""
Hi Leo,

The hoodie from order {o(44)} is true to size, so go with your usual medium :)

Cheers,
Northside Threads
""", ["BSM403"], "Emoticon :) in a reply.")

M(45, "delivery-delay", "html", f"Delay notice {o(45)}", f"""
<style>
h1 {{ font-size: 24px; }}
.lead {{ font-size: 16px; }}
.note {{ font-size: 13px; }}
.legal {{ font-size: 10px; }}
</style>
<h1>Your order is delayed</h1>
<p class="lead">Order {o(45)} (rattan garden set) will be dispatched on 18 December instead of 11 December.</p>
<p class="note">We apologise for the inconvenience.</p>
<p class="legal">Sunroom Living Ltd</p>
""", ["BSM410"], "Style block with four explicit font sizes.")

M(46, "additional-information", "html", f"Engraving text for order {o(46)}", f"""
<p>Dear Mr Quinn,</p>
<p>To engrave the hip flask from order {o(46)}, we still need the wording you'd like (max. 25 characters).</p>
<br><br><br>
<p>Kind regards,<br>Engrave It</p>
""", ["BSM412"], "Run of three <br> tags.")

M(47, "review-request", "text", f"[Important] Please review order {o(47)}", f"""
Hello,

We'd be grateful if you could leave a review of the desk organiser from order {o(47)} on Amazon.

Thank you,
Deskly
""", ["BSM110"], "[Important] tag on a review request.")

M(48, "review-request", "html", f"Review request - {o(48)}", f"""
<p>Dear customer,</p>
<p>We'd love to hear about your experience with the teapot from order {o(48)}. To leave a review, <a href="https://www.amazon.co.uk/review/create-review?asin=B0TPOT8812">click here</a>.</p>
<p>Kind regards,<br>Brew Ceramics</p>
""", ["BSM401"], "Non-descriptive link text 'click here'.")

M(49, "delivery-delay", "html", f"Dispatch update - {o(49)}", f"""
<p>Dear Mr Foster,</p>
<p>Your order {o(49)} (oak side table) will be dispatched on 16 December rather than 10 December while we wait for hinges from our supplier.</p>
<p>Kind regards,<br>Foster Joinery</p>
<img src="https://track.mailsprout.io/open.gif?uid=8841&amp;msg=77213" width="1" height="1" alt="">
""", ["BSM307", "BSM402"], "E-mail tool tracking pixel with empty alt.")

M(50, "review-request", "html", f"Share your experience - order {o(50)}", f"""
<p><a href="https://www.greenleafgardens.co.uk"><img src="https://www.greenleafgardens.co.uk/img/greenleaf-gardens-logo.png" alt="Greenleaf Gardens logo" width="160"></a></p>
<p>Dear customer,</p>
<p>We hope the seed kit from order {o(50)} is off to a good start. We'd welcome an honest review on Amazon whenever you're ready.</p>
<p>Best wishes,<br>Greenleaf Gardens</p>
""", ["BSM302", "BSM304"], "Shop logo linked to the seller's website.")
