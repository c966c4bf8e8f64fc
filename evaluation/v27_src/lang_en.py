"""v27 blind evaluation messages, English (en-GB, a few en-US)."""

LANG = "en"
LOCALE = "en-GB"


def _oid(n):
    a = (5821937 + n * 130363) % 9000000 + 1000000
    b = (4466201 + n * 91127) % 9000000 + 1000000
    return "582-%07d-%07d" % (a, b)


MESSAGES = []


def _m(n, typ, fmt, subject, body, expected, note, locale=LOCALE):
    MESSAGES.append({
        "id": "v27-en-%03d" % n, "language": LANG, "locale": locale, "type": typ,
        "format": fmt, "subject": subject, "body": body, "order_id": _oid(n),
        "expected": sorted(expected), "note": note,
    })


O = {n: _oid(n) for n in range(1, 51)}

# ---------------- clean (17) ----------------
_m(1, "delivery-delay", "text", f"Your order {O[1]} - revised dispatch date",
f"""Hi Gemma,

Just a quick heads-up about your order {O[1]} for the Harris Tweed dog coat. Our weaver on Lewis has been snowed in for most of last week, so the cloth for your size (M) only reached us this morning.

The coat is being cut and stitched now and we expect it to go out on Thursday 17 December rather than this week. Sorry for the wait - we'd rather get it right than rush it.

If the new date doesn't work for you, just drop us a line through Amazon and we'll sort something out.

Cheers,
Callum
Tweed & Tails, Stornoway""",
[], "Plain-text delivery delay with a revised dispatch date.")

_m(2, "delivery-delay", "html", f"Update on order {O[2]}",
f"""<table width="100%" cellpadding="8" cellspacing="0">
<tr><td><strong>Order update</strong></td></tr>
<tr><td>
<p>Dear Mr Okafor,</p>
<p>Thank you for your patience. The replacement filter cartridges in your order <strong>{O[2]}</strong> are held up at the port of Felixstowe following a customs backlog.</p>
<p>Our new estimated dispatch date is <strong>Monday 14 December 2026</strong>. You will not need to do anything; we will send the parcel as soon as the stock is booked in.</p>
<p>Kind regards,<br>Customer Care Team<br>PureFlow Water Ltd</p>
</td></tr>
</table>""",
[], "Builder HTML delivery delay without styles.")

_m(3, "order-problem", "text", f"[Important] Item unavailable - order {O[3]}",
f"""Dear Ms Patel,

I'm afraid we can't supply the 12-inch cast-iron skillet on your order {O[3]}. The foundry we buy from cancelled this month's batch without warning, and we have none left on the shelf.

We have adjusted your order and refunded the full amount of £38.99 through Amazon. It normally shows on your statement within 3 to 5 working days.

Apologies for letting you down.

Regards,
Hollins Cookware""",
[], "Order problem confirming the full amount was adjusted; [Important] allowed.")

_m(4, "additional-information", "text", f"Quick question about your engraving - {O[4]}",
f"""Hello David,

Thanks for ordering the engraved hip flask (order {O[4]}). The personalisation box came through blank, so before we can engrave it we need to know the wording. Up to two lines, 18 characters each.

Just reply with the text here on Amazon and we'll get cracking.

All the best,
Nina at Pewter & Co""",
[], "Request for information needed to complete a personalised order.")

_m(5, "return-follow-up", "text", f"Re your return request for order {O[5]}",
f"""Dear Mrs Whitfield,

We've seen your return request for the bedside lamp from order {O[5]}, where the shade arrived with a dent.

Rather than sending the whole lamp back, would a partial refund of £15.00 suit you? You'd keep the lamp, and the shade can usually be eased back into shape. If you would still prefer to return it, that's absolutely fine and the return will go ahead as normal.

Kind regards,
Martin Shaw
Lumen Home Lighting""",
[], "Return follow-up offering a partial refund.")

_m(6, "return-follow-up", "html", f"Your return - order {O[6]}",
f"""<p>Hi Priya,</p>
<p>We're processing the return of the running jacket from order {O[6]}. To make sure it goes to the right place, could you tell us which colour you received? Our records show both navy and teal were picked for that order.</p>
<p>Thanks,<br>Returns desk, Fellside Outdoor</p>""",
[], "Return follow-up asking for information needed to complete the return.")

_m(7, "invoice", "html", f"VAT invoice for order {O[7]}",
f"""<p>Dear Sir or Madam,</p>
<p>Please find attached the VAT invoice for order {O[7]}.</p>
<table cellpadding="4">
<tr><td>Invoice no.</td><td>INV/2026/11/0457</td></tr>
<tr><td>Invoice date</td><td>3 December 2026</td></tr>
<tr><td>Net</td><td>£125.00</td></tr>
<tr><td>VAT (20%)</td><td>£25.00</td></tr>
<tr><td>Total</td><td>£150.00</td></tr>
</table>
<p>Kind regards,<br>Accounts</p>
<p><small>Brightwell Office Supplies Ltd, Unit 4, Canal Side Business Park, Leeds LS11 5QP<br>Registered in England and Wales, company no. 08456123<br>VAT reg. no. GB 284 5512 37</small></p>""",
[], "Invoice with VAT and company numbers and a slashed invoice number.")

_m(8, "review-request", "text", f"How are you getting on? Order {O[8]}",
f"""Dear Mr Reynolds,

Your bird feeder station (order {O[8]}) was delivered last week. When you have a moment, would you consider writing a review of it on Amazon? Honest feedback, good or bad, helps other buyers decide.

Many thanks,
Robin's Nest Garden Supplies""",
[], "Neutral plain-text review request.")

_m(9, "review-request", "html", f"Share your thoughts on order {O[9]}",
f"""<p><img src="https://static.kettleandcrumb.co.uk/email/kettle-and-crumb-logo.png" alt="Kettle &amp; Crumb logo" width="200" height="64"></p>
<p>Hello Ms Adeyemi,</p>
<p>You recently received our loose-leaf tea sampler (order {O[9]}). We would be grateful if you could tell other customers what you thought by <a href="https://www.amazon.co.uk/review/create-review?asin=B0CKTC8812">leaving a review on Amazon</a>.</p>
<p>Best wishes,<br>The Kettle &amp; Crumb team</p>""",
[], "Neutral HTML review request with logo alt text and descriptive https Amazon link.")

_m(10, "delivery-scheduling", "text", f"Booking your sofa delivery - {O[10]}",
f"""Dear Mr and Mrs Hughes,

Your three-seater sofa (order {O[10]}) comes as a two-person delivery on our own van, so we need to agree a slot with you first.

Available slots:
Wednesday 16 December, 7am-12pm
Friday 18 December, 12pm-5pm
Monday 21 December, 7am-12pm

Please let us know which suits, and whether there are any narrow stairs or tight corners we should know about.

Kind regards,
Delivery Planning
Oakham Upholstery""",
[], "Delivery scheduling for a bulky item with dates and time slots.")

_m(11, "home-service-appointment", "text", f"TV wall-mounting appointment - order {O[11]}",
f"""Hi Tom,

We're the installers for your TV wall-mount service (order {O[11]}). Could you pick one of these appointments?

- Saturday 12 December, 9:00 to 11:00
- Tuesday 15 December, 14:00 to 16:00
- Wednesday 16 December, 18:00 to 20:00

Our engineer, Gary, will need access to a plug socket near the wall. The job usually takes about 90 minutes.

Thanks,
Mountright Installations""",
[], "Home-service appointment with dates and time slots.")

_m(12, "custom-design-verification", "html", f"Design proof for your wedding sign - {O[12]}",
f"""<p>Hi Laura and James,</p>
<p>Attached is the proof for your personalised wedding welcome sign (order {O[12]}).</p>
<ul>
<li>Names: Laura &amp; James</li>
<li>Date: Saturday 20 March 2027</li>
<li>Size: A2, oak frame</li>
</ul>
<p>Have a good look at the spelling and the date. Once you give us the go-ahead we'll print it; any changes are free at this stage.</p>
<p>Warmly,<br>Bethan<br>Little Letterpress Studio</p>""",
[], "Custom design proof sent for approval.")

_m(13, "fulfillment-question", "text", f"Gate code for delivery - {O[13]}",
f"""Hello Mr Chen,

The delivery address on your order {O[13]}, Merchant's Court, appears to have a keypad gate at the entrance. Could you send us the access code, or tell us where the parcel can safely be left?

Our reference for this is DLV-77412; the courier's job number is JN 5520918.

Thank you,
Despatch, Haddon Electricals""",
[], "Gate-code question with reference numbers.")

_m(14, "reply", "text", f"RE: Question about the 'Kaffeemühle Classic' - {O[14]}",
f"""Hi Steve,

Good question. The 'Kaffeemühle Classic' you ordered (order {O[14]}) is made in Germany, which is why the box is in German, but the manual inside has an English section on pages 12 to 19.

The grind setting you want for a cafetière is around 7 or 8.

Best,
Owen - The Grind House""",
[], "Reply quoting a German product title inside English sentences.")

_m(15, "reply", "text", f"RE: Boiler thermostat not responding ({O[15]})",
f"""Dear Mrs Lloyd,

I'm sorry the smart thermostat from order {O[15]} has stopped responding. Because it is still within its two-year manufacturer's warranty, the quickest route is to call the manufacturer directly:

Manufacturer warranty line (Hive Technical Support): 0333 202 1032

They can usually diagnose it over the phone and arrange a replacement. If they can't help, come back to us and we'll take it from there.

Kind regards,
Sarah
HeatSmart Direct""",
[], "Reply giving the manufacturer's warranty hotline, clearly marked.")

_m(16, "reply", "text", f"RE: Business details please - {O[16]}",
f"""Hi Alan,

No problem at all. Here are our company details for your records, for order {O[16]}:

Greenway Garden Tools Ltd
14 Mill Lane, Hebden Bridge, West Yorkshire HX7 8AB
Company no. SC612345 (registered in Scotland)
VAT no. GB 193 4456 02

Best regards,
Fiona Grant
Office Manager""",
[], "Reply with a company-details footer.")

_m(17, "reply", "text", f"RE: Refund for order {O[17]}", 
f"""Hi Jess,

I've checked this for you. Your return of the waxed jacket (RMA 20461, Royal Mail tracking JX 4483 9910 5GB) was signed for at our warehouse on Friday 4 December at 10:17.

We refunded £64.50 on Monday 7 December for order {O[17]}. Depending on your bank it can take 3-5 working days to appear.

Kind regards,
Aisha
Coastline Outerwear""",
[], "Reply with return/tracking numbers, dates, times and amounts.", locale="en-GB")

# ---------------- violations (31) ----------------
_m(18, "fulfillment-question", "text", f"It's on its way! Order {O[18]}",
f"""Hi Ryan,

Great news - your new saddle (order {O[18]}) left our Milton Keynes warehouse this afternoon and is now with DPD.

Cheers,
Pedal Power Cycles""",
["BSM201"], "Shipment confirmation: left the warehouse, handed to carrier.")

_m(19, "additional-information", "text", f"We've got your order ({O[19]})",
f"""Dear Ms Fraser,

This is just to let you know that we have received your order {O[19]} and our team is now getting it ready for you.

With best wishes,
The Highland Candle Company""",
["BSM201"], "Order confirmation: received and being prepared.")

_m(20, "reply", "text", f"Thank you! {O[20]}",
f"""Hi Kerry,

A massive thank you for your order {O[20]}. It really means a lot to a small business like ours.

Lots of love,
Stitch & Bobbin""",
["BSM202"], "Thanks-only message.")

_m(21, "fulfillment-question", "text", f"Order {O[21]}",
f"""Dear Customer,

Should you have any questions or issues with your order {O[21]}, please don't hesitate to get in touch. We're always happy to help.

Regards,
Little Sprouts Baby Store""",
["BSM202"], "Only says the seller is there if anything comes up.")

_m(22, "delivery-delay", "text", f"Slight delay - order {O[22]}",
f"""Hi Becky,

Your yoga mat (order {O[22]}) will go out on Wednesday 16 December instead of today, as our courier didn't collect yesterday.

Namaste,
Lotus Living

P.S. Use code LOTUS20 for 20% off everything in our store until Sunday.""",
["BSM203"], "Delay message with a 20% off P.S.")

_m(23, "additional-information", "html", f"Colour choice for order {O[23]}",
f"""<p>Hi Chloe,</p>
<p>Your order {O[23]} for the chunky knit cushion cover didn't include a colour. Would you like oatmeal, sage or charcoal?</p>
<p>While you're here - our new spring collection drops next month, so give us a follow on Instagram and join the newsletter to be first in line!</p>
<p>Best,<br>Hearth &amp; Home Knits</p>""",
["BSM203"], "Information request with new collection, social follow and newsletter promotion.")

_m(24, "review-request", "text", f"A little something from us - order {O[24]}",
f"""Hi Mr Davies,

We hope you're enjoying the whisky glasses from order {O[24]}. Once your review is live on Amazon, we'll pop a small thank-you gift in the post to show our appreciation.

Sláinte,
Glen Crystal""",
["BSM204"], "Token gift once the review is published.")

_m(25, "review-request", "text", f"Get your money back - {O[25]}",
f"""Hello,

Post a review of the phone case from order {O[25]} and send us a screenshot. As soon as it's online we'll refund you in full, no questions asked.

Thanks,
CaseCraft UK""",
["BSM204"], "Full refund once the review is online.", locale="en-US")

_m(26, "reply", "text", f"RE: Your feedback on order {O[26]}",
f"""Dear Mr Bennett,

Now that the replacement hinge has arrived and the cabinet door is fixed (order {O[26]}), would you mind updating or removing your one-star review? It's hurting our little shop quite badly.

Kind regards,
Ashdown Furniture""",
["BSM205"], "Asks to update or remove a one-star review.")

_m(27, "review-request", "text", f"Happy with your purchase? ({O[27]})",
f"""Dear Customer,

If you're pleased with your electric blanket (order {O[27]}), we'd love you to leave a review on Amazon. If anything isn't quite right, please contact us first rather than posting a review, and we'll put it right.

Warm regards,
CosyNights""",
["BSM206"], "Asks only satisfied buyers; steers unhappy buyers away from reviewing.")

_m(28, "review-request", "text", f"Could you spare five stars? {O[28]}",
f"""Hey Jordan,

Hope the skateboard from order {O[28]} is treating you well. If you've got a sec, a five-star rating on Amazon would be amazing for us.

Cheers,
Kickflip Supply""",
["BSM206"], "Asks for a five-star rating.", locale="en-US")

_m(29, "order-problem", "text", f"Problem with part of order {O[29]}",
f"""Dear Mr Holt,

We're sorry, but the second set of wiper blades on your order {O[29]} is out of stock. We have already adjusted your order and refunded £12.49 for that item.

If you'd rather not receive just the one set, honestly the quickest way is to cancel the order yourself in Your Orders on Amazon.

Regards,
MotorMate Parts""",
["BSM108"], "Amount adjusted, but tells the buyer to cancel himself.")

_m(30, "order-problem", "text", f"Stock issue - {O[30]}",
f"""Hello Ms Rahman,

Unfortunately the ceramic planter on your order {O[30]} has sold out and we can't get more before the new year. We'd really appreciate it if you could submit a cancellation request from your Amazon account so we can close the order on our side.

Many thanks,
Potted & Co""",
["BSM107", "BSM108"], "Asks for a cancellation request; no amount adjustment confirmed.")

_m(31, "delivery-delay", "text", f"New dispatch date for {O[31]}",
f"""Dear Ms Collins,

Your dog harness (order {O[31]}) will now be dispatched on Tuesday 15 December, as the medium size is still on its way from our maker in Cornwall.

Kind regards,
Hound & Harbour

To unsubscribe from these messages, reply STOP.""",
["BSM305"], "Opt-out instruction (reply STOP to unsubscribe).")

_m(32, "reply", "text", f"RE: Wrong size sent?? {O[32]}",
f"""Jamie,

Yeah, our packer screwed up big time and shoved a size 10 in the box instead of the 12 for order {O[32]}. Shit happens, the guy's an idiot. Correct pair goes out Monday, keep the other ones.

Mick
Trackside Running""",
["BSM306"], "English profanity in a reply.")

_m(33, "delivery-delay", "text", f"Lieferverzögerung Bestellung {O[33]}",
f"""Sehr geehrter Herr Clarke,

leider verzögert sich der Versand Ihrer Schreibtischlampe (Bestellung {O[33]}) um einige Tage. Wir rechnen mit einem Versand am Dienstag, 15. Dezember.

Mit freundlichen Grüßen
Lampenwelt Online""",
["BSM104"], "Message in German to an en-GB buyer.")

_m(34, "reply", "text", f"RE: Will this fit my car? {O[34]}",
f"""Hi Mr Walsh,

The roof bars in order {O[34]} fit most Ford Focus estates from 2018 onwards, but the 2021 facelift has different mounting points. Easiest thing is to give us a bell on 0161 496 0732 with your reg and we'll check for you.

Best,
RoofRack Direct""",
["BSM309"], "Seller phone number in UK national format.")

_m(35, "delivery-scheduling", "text", f"Arranging your hot tub delivery - {O[35]}",
f"""Hello Ms Moore,

Your hot tub (order {O[35]}) needs a crane-assisted delivery, so our logistics lead Carl would like to talk through access with you. You can reach him on +44 7700 900481 or reply here with a good time to call.

Thanks,
Aqua Leisure Ltd""",
["BSM309"], "Seller's mobile number in international format.")

_m(36, "return-follow-up", "text", f"Your return - order {O[36]}",
f"""Dear Mr Palmer,

We've received your return request for the coffee machine on order {O[36]}. To finish the return we need the serial number from the underside of the machine. You can email it to returns@beanandbrew-direct.co.uk.

Kind regards,
Bean & Brew Direct""",
["BSM308"], "Plain e-mail address in a return follow-up.")

_m(37, "reply", "text", f"RE: Hi-res files for your print ({O[37]})",
f"""Hi Hannah,

Happy to send the full-resolution file for the poster you ordered (order {O[37]}). Just drop a line to studio at inkandpaper dot co dot uk and Rosie will send it over.

Best wishes,
Ink & Paper Prints""",
["BSM308"], "Obfuscated e-mail address using 'at' and 'dot'.")

_m(38, "reply", "html", f"RE: Care tips for your cast iron ({O[38]})",
f"""<p>Hi Andy,</p>
<p>Great to hear the Dutch oven from order {O[38]} arrived safely. Season it lightly before the first use and avoid the dishwasher.</p>
<p>For ideas, have a look at <a href="https://www.forgeandflame.co.uk/recipes/winter-stews">our winter stew recipes</a>.</p>
<p>Happy cooking,<br>Forge &amp; Flame</p>""",
["BSM302"], "Descriptive https link to the seller's own recipe pages.")

_m(39, "return-follow-up", "html", f"Your return {O[39]}",
f"""<p>Dear Mrs Grant,</p>
<p>Thanks for sending back the bike lights from order {O[39]}. One of the two lights was missing from the parcel; could you check whether it is still with you? You can see the return details in <a href="http://www.amazon.co.uk/gp/css/order-history">your Amazon order history</a>.</p>
<p>Kind regards,<br>Pennine Bike Parts</p>""",
["BSM301"], "Insecure http link to Amazon with descriptive text.")

_m(40, "reply", "html", f"RE: How big is it really? ({O[40]})",
f"""<p>Dear Mr Lewis,</p>
<p>You asked how large the rattan armchair from order {O[40]} looks in a room. It's 78 cm wide; here it is in our showroom:</p>
<p><img src="https://images.wickerworks.co.uk/products/rattan-armchair-natural.jpg" alt="Rattan armchair, natural" width="400" height="400"></p>
<p>Kind regards,<br>Wickerworks</p>""",
["BSM310"], "Image of the purchased product.")

_m(41, "delivery-delay", "html", f"Festive delay - {O[41]}",
f"""<p>Dear Ms Ward,</p>
<p>Because of the Christmas rush at our carrier, your knitting kit (order {O[41]}) will be dispatched on Friday 18 December.</p>
<p><img src="https://cdn.woolly-wonders.co.uk/mail/christmas-tree-lights.jpg" alt="Christmas tree with fairy lights" width="350"></p>
<p>Best wishes,<br>Woolly Wonders</p>""",
["BSM311"], "Unrelated stock image (Christmas tree).")

_m(42, "review-request", "html", f"Tell us what you think - {O[42]}",
f"""<p><img src="https://cdn.barkandbiscuit.co.uk/brand/barkandbiscuit-logo.png" alt="" width="180"></p>
<p>Dear Mrs Evans,</p>
<p>Your dog treats from Bark &amp; Biscuit (order {O[42]}) arrived last week. We would appreciate it if you shared your experience in a review on Amazon.</p>
<p>Kind regards,<br>Bark &amp; Biscuit</p>""",
["BSM402"], "Shop logo with an empty alt attribute.")

_m(43, "delivery-delay", "text", f"A few more days - {O[43]}",
f"""Hi Sophie,

The personalised dog bowl in order {O[43]} needs another firing in the kiln, so it won't go out until Thursday 17 December 🐶 Sorry!

Clare
Muddy Paws Pottery""",
["BSM403"], "Emoji in a delay message.")

_m(44, "additional-information", "text", f"Which frame? Order {O[44]}",
f"""Hi Liam,

You've ordered the A3 botanical print (order {O[44]}) with a frame but didn't pick the frame colour. Black or white oak? Let us know and it'll be framed the same day :)

Cheers,
Fern & Frame""",
["BSM403"], "Text emoticon :) in an information request.")

_m(45, "reply", "html", f"RE: Assembly time ({O[45]})",
f"""<style>
.banner {{ font-size: 26px; }}
.lead {{ font-size: 19px; }}
.body {{ font-size: 15px; }}
.legal {{ font-size: 10px; }}
</style>
<p class="banner">Your question answered</p>
<p class="lead">Order {O[45]}</p>
<p class="body">Dear Mr Singh, the garden greenhouse takes two people roughly four hours to put together. All fixings are in the numbered bags.</p>
<p class="legal">GrowRight Greenhouses Ltd, Bristol</p>""",
["BSM410"], "Four explicit font sizes in a style block.")

_m(46, "delivery-scheduling", "html", f"Range cooker delivery slot - {O[46]}",
f"""<p>Dear Mr Turner,</p>
<p>We can deliver your range cooker (order {O[46]}) on Tuesday 15 December or Thursday 17 December, 8am to 1pm. Which day works for you?<br><br><br><br>Kind regards,<br>Turner &amp; Lyle Appliances</p>""",
["BSM412"], "Run of four <br> tags in HTML.")

_m(47, "invoice", "text", f"[Important] Invoice for order {O[47]}",
f"""Dear Ms Kaur,

Please find attached your invoice INV/2026/1209 for order {O[47]}.

Kind regards,
Accounts team, Kitchen Craft Supplies Ltd""",
["BSM110"], "[Important] tag on an invoice message.")

_m(48, "reply", "text", f"RE: Valve adapter ({O[48]})",
f"""Hi Ben,

Yes, the track pump from order {O[48]} does Presta and Schrader. The compatibility list is on the product page: https://www.amazon.co.uk/dp/B0DPUMP456

Thanks,
Spoke & Chain""",
["BSM401"], "Bare https Amazon URL as link text.")

# ---------------- variants (2) ----------------
_m(49, "delivery-delay", "html", f"Your order {O[49]} - new dispatch date",
f"""<p><img src="https://cdn.northernloom.co.uk/mail/northern-loom-banner.png" alt="Northern Loom banner" width="580" height="120"></p>
<p>Dear Mrs Barker,</p>
<p>Your wool throw (order {O[49]}) needs a few more days on the loom. We now expect to dispatch it on Monday 14 December.</p>
<p>Kind regards,<br>Northern Loom</p>""",
["BSM406"], "Shop banner image 580 px wide (over 80% of 600 px).")

_m(50, "review-request", "html", f"Your view on order {O[50]}",
f"""<p>Dear Mr Foster,</p>
<p>You recently bought a pair of walking poles from us (order {O[50]}). We would welcome a review of the product on Amazon.</p>
<p>Kind regards,<br>Peak Trail Gear</p>
<img src="https://track.mailpulse.io/o/pixel.png?uid=88213&amp;cid=582" width="1" height="1" alt="">""",
["BSM307", "BSM402"], "1x1 tracking pixel with empty alt.", locale="en-US")
