"""v19 blind evaluation set: English (en) messages. Standard library only."""

LANG = "en"
PREFIX = "501"


def _oid(i):
    return "%s-%07d-%07d" % (PREFIX, (i * 6190313 + 270451) % 10**7, (i * 3418927 + 905113) % 10**7)


MESSAGES = []


def _m(n, type_, fmt, subject, body, expected, note, locale="en-GB"):
    o = _oid(n)
    MESSAGES.append({
        "id": "v19-en-%03d" % n,
        "language": LANG,
        "locale": locale,
        "type": type_,
        "format": fmt,
        "subject": subject.replace("#ORD#", o),
        "body": body.replace("#ORD#", o),
        "order_id": o,
        "expected": sorted(expected),
        "note": note,
    })


# ---------------------------------------------------------------- clean (17)
_m(1, "delivery-delay", "text", "Your order #ORD# - slight delay",
   """Hi Chloe,

Just a quick one to let you know your walnut chopping board (order #ORD#) is running a few days behind. Our last batch of oil finish needed longer to cure than we'd hoped, so we're now looking at Thursday 17 December to dispatch rather than this week.

Apologies for the wait.

Cheers,
Tom
Hollow Oak Workshop""",
   [], "Clean informal delay note with a new dispatch date.")

_m(2, "delivery-delay", "html", "Update on order #ORD#",
   """<table width="100%" cellpadding="0" cellspacing="0">
<tr><td>
<p>Dear Mrs Whitfield,</p>
<p>We're sorry to say that order #ORD# (1 x Heritage Brass Door Knocker) will leave us later than the date shown at checkout. The foundry has pushed back its casting run, and we now expect to dispatch your knocker on <strong>Monday 21 December</strong>.</p>
<p>Please accept our apologies for the inconvenience.</p>
<p>Kind regards,<br>Gemma Holt<br>Customer Care, Ironmongery Direct UK</p>
<p><small>Ironmongery Direct UK Ltd &middot; Unit 4, Brindley Road, Leicester LE4 9GN &middot; Registered in England and Wales, Company No. 08123456</small></p>
</td></tr>
</table>""",
   [], "Clean builder-HTML delay message with a UK company footer.")

_m(3, "order-problem", "text", "[Important] Problem with your order #ORD#",
   """Dear Mr Okonkwo,

I'm afraid we can't fulfil order #ORD#. When we checked stock for your Brixton 12-cup filter coffee machine, the last unit in stock turned out to have a cracked jug, and our supplier has no more until the spring.

We have adjusted the full order amount of £64.99 (reason: no inventory), so you won't be charged. If your card was already debited, the money should be back within 3 to 5 working days.

Sorry to be the bearer of bad news.

Regards,
Priya Shah
Brewhouse Supplies""",
   [], "Clean order problem with [Important] and the refund/adjustment confirmed.")

_m(4, "additional-information", "text", "Quick question about order #ORD#",
   """Hello Fiona,

For your personalised dog collar (order #ORD#) we're missing the neck measurement. Could you let us know your dog's neck size in centimetres? A soft tape measure round the neck, plus two fingers, is perfect.

Once we have it we'll get cutting.

Thanks,
Beth at Barker & Bone""",
   [], "Clean request for a measurement needed to make the order.")

_m(5, "return-follow-up", "text", "Your return request - order #ORD#",
   """Hi Daniel,

Thanks for getting in touch about the return on order #ORD#. Sorry the lid on the cast iron casserole arrived chipped.

Before you send the whole thing back: if you're happy to keep it, we can offer a partial refund of £18.00 to make up for the chip. If you'd rather return it, that's absolutely fine too; the return goes ahead as you requested it.

Just let us know which you'd prefer.

Best wishes,
Alan Greaves
Hearth & Pan""",
   [], "Clean return follow-up offering a partial refund.")

_m(6, "return-follow-up", "text", "Re: return on order #ORD#",
   """Hi Sam,

To get your return sorted, could you confirm which of the two headtorches in order #ORD# you're sending back (the 400 or the 800 lumen one), and whether the charging cable is going back with it?

Thanks,
Kieran
Trailhead Kit""",
   [], "Clean return follow-up asking for details needed to complete the return.")

_m(7, "invoice", "text", "VAT invoice for order #ORD#",
   """Good afternoon,

As requested, please find attached VAT invoice INV/2026/12/0457 for order #ORD#.

Net £150.00, VAT at 20% £30.00, total £180.00.

Kind regards,

Rachel Moore
Accounts

Deskbound Office Furniture Ltd
27 Canal Street, Manchester M1 3HE
Company No. 09876543 | VAT Reg. No. GB 284 7731 56""",
   [], "Clean invoice with slashed invoice number, UK company and VAT numbers.")

_m(8, "review-request", "text", "How's the kettle? (order #ORD#)",
   """Hi Megan,

You've had your gooseneck kettle from order #ORD# for a little while now. If you've got a minute, would you leave a review on Amazon? Whatever you make of it, it helps other people decide.

Thanks,
Pour Over Co.""",
   [], "Clean short neutral review request.")

_m(9, "review-request", "html", "Your thoughts on order #ORD#",
   """<table width="100%" cellpadding="0" cellspacing="0">
<tr><td><img src="https://assets.mailcraft-cdn.com/a/55120/wildflower-candle-co-logo.png" alt="Wildflower Candle Co." width="170" height="56"></td></tr>
<tr><td>
<p>Hello Hannah,</p>
<p>We hope the soy candles from order #ORD# have been filling the house nicely. We'd love to hear what you think, good or bad, in a review on Amazon. It genuinely helps other shoppers and helps us improve.</p>
<p><a href="https://www.amazon.co.uk/review/review-your-purchases">Write a review on Amazon</a></p>
<p>Warm wishes,<br>Ellie Barnes<br>Founder, Wildflower Candle Co.</p>
</td></tr>
</table>""",
   [], "Clean HTML review request with shop logo (alt names shop) and a descriptive https Amazon link.")

_m(10, "delivery-scheduling", "text", "Booking your delivery - order #ORD#",
   """Dear Mr and Mrs Patel,

Your American-style fridge freezer (order #ORD#) is a two-person delivery, so our crew need to book a slot with you. We currently have:

Tuesday 15 December, 7am to 12 noon
Wednesday 16 December, 12 noon to 6pm
Saturday 19 December, 8am to 1pm

Which suits you best? It also helps to know if there are any steps or a narrow hallway on the way in.

Kind regards,
Delivery Team
Coldstore Appliances""",
   [], "Clean bulky-item delivery scheduling with UK dates and time slots.")

_m(11, "home-service-appointment", "text", "Your TV wall-mount installation - order #ORD#",
   """Hi Marcus,

Thanks for booking the TV wall-mount installation (order #ORD#). Our fitter, Lee, can come round on:

- Friday 11 December at 10:30am, or
- Monday 14 December at 2:00pm

It usually takes about an hour and a half. Let us know which works.

All the best,
Fitted Right Home Services""",
   [], "Clean Home Services appointment with two times offered.")

_m(12, "custom-design-verification", "text", "Proof for your engraved chopping board - #ORD#",
   """Hi Olivia,

Attached is the proof for your engraved board (order #ORD#). It reads "The Hendersons - Est. 2019" in the script font you picked, running along the bottom edge.

Have a good look at the spelling and layout. If it all looks right, just reply "approved" and we'll send it to the laser. Any changes, let me know and I'll redo the proof.

Thanks,
Jack
Engrave & Co.""",
   [], "Clean custom design proof verification.")

_m(13, "fulfillment-question", "text", "Access to your building - order #ORD#",
   """Hello Ms Adeyemi,

The courier for order #ORD# (our ref. CS-44120/7) has let us know the flats at Riverside Court have a keypad entry. Could you send us the door code, or tell us which flat number to buzz? Flat 14B is already on the label.

Many thanks,
Cycle Spares Online""",
   [], "Clean door-code question with reference and flat numbers.")

_m(14, "reply", "text", "Re: Is this the same as the German model?",
   """Hi Rob,

Yes, the "Küchenmeister Edelstahl Topfset 5-teilig" in order #ORD# is exactly the same set we sell, just with the original German title from the manufacturer. The pans are induction-safe and the lids go in the oven up to 180 °C.

Cheers,
Steph at Pots & Co.""",
   [], "Clean reply quoting a German product title inside English sentences.")

_m(15, "reply", "text", "Re: Hairdryer stopped working",
   """Dear Ms Grant,

I'm sorry to hear the hairdryer from order #ORD# has packed in. As it's still within the manufacturer's two-year guarantee, the repair or replacement is handled by them directly.

Manufacturer's warranty line (Solvane Beauty UK): 0330 808 4412, Monday to Friday, 9am to 5pm. Have the serial number from the handle ready when you call.

If you have any trouble with them, come back to us.

Kind regards,
Julie Benson
Salon Essentials Online""",
   [], "Clean reply with the manufacturer's warranty line, marked as such.")

_m(16, "reply", "text", "Re: Company details",
   """Dear Mr Fletcher,

Of course, our company details for order #ORD# are below. They also appear on the invoice in your Amazon account.

Kind regards,

Nadia Rahman
Office Manager

Printwell Stationery Ltd
Suite 3, Albion House
12 High Street
Bristol BS1 2AW
Registered in England and Wales No. 11223344
VAT No. GB 301 5524 87""",
   [], "Clean reply with a UK company-details footer.")

_m(17, "reply", "text", "Re: Return for order #ORD#",
   """Hi Laura,

All sorted. Your return is logged under RMA-26-11873. Please drop the parcel at any Royal Mail post office by Wednesday 16 December, 5:30pm at the latest; the tracking number on your return label is QF 4471 2290 5GB.

Once it's with us (normally 2 working days), we'll refund £42.50, plus the £3.99 postage as the wrong size was our mistake.

Thanks,
Amy
Little Sprouts Clothing""",
   [], "Clean reply with return and tracking numbers, date, time and amounts.")

# ------------------------------------------------------------ violations (31)
_m(18, "fulfillment-question", "text", "It's on its way! Order #ORD#",
   """Hi Jess,

Good news: order #ORD# left our Northampton warehouse this morning and has been handed over to Evri. You should have it in the next day or two.

Best,
The Sock Drawer team""",
   ["BSM201"], "Shipping confirmation: left the warehouse, handed to the courier.")

_m(19, "fulfillment-question", "text", "Order #ORD#",
   """Dear Customer,

We have received your order #ORD# and our team is now preparing it for dispatch.

Kind regards,
GreenThumb Garden Supplies""",
   ["BSM201"], "Order confirmation: received and being prepared.")

_m(20, "fulfillment-question", "text", "Thank you! Order #ORD#",
   """Hi Grace,

Just wanted to say a massive thank you for shopping with Pudding Lane Bakeware. It really means a lot to a small business like ours.

Lots of love,
Katie""",
   ["BSM202"], "Thanks-only message.")

_m(21, "fulfillment-question", "text", "Order #ORD#",
   """Hello Nathan,

Should anything crop up with your jigsaw, we're here to help. Just drop us a message through Amazon.

The Puzzle Box""",
   ["BSM202"], "Only the offer to help if anything comes up.")

_m(22, "delivery-delay", "text", "Order #ORD# - short delay",
   """Hi Owen,

Your knife roll (order #ORD#) is taking a little longer as the leather is still being stitched. We expect to dispatch it on Thursday 17 December.

Thanks,
Sharp Edge Leatherworks

P.S. This weekend only, there's 20% off everything in our Amazon store.""",
   ["BSM203"], "Delay notice with a 20% off everything P.S.")

_m(23, "reply", "text", "Re: Washing the throw",
   """Hi Abbie,

The knitted throw in order #ORD# is fine on a 30-degree wool cycle. Dry it flat rather than in the tumble dryer.

While you're here: give us a follow on Instagram (@loomandlane) and sign up to our newsletter, because our new spring collection drops in January and subscribers get first dibs.

Love,
Loom & Lane""",
   ["BSM203"], "Reply with follow-us, newsletter and new-collection promotion.")

_m(24, "review-request", "text", "How are you getting on? #ORD#",
   """Hi Harry,

How's the foam roller treating you? We'd really value a review on Amazon, and once yours is live we'll pop a little thank-you gift in the post, a free resistance band.

Cheers,
Flex Studio""",
   ["BSM204"], "Small free gift once the review is published.")

_m(25, "review-request", "text", "A small favour - order #ORD#",
   """Dear Mr Lawson,

Would you be kind enough to review the milk frother from order #ORD#? As soon as your review appears on Amazon, we will refund the full purchase price. Simple as that.

Kind regards,
Barista at Home""",
   ["BSM204"], "Full refund as soon as the review is online.")

_m(26, "reply", "text", "Re: Leaking kettle",
   """Hi Graham,

Really glad the new seal has sorted the leak on the kettle from order #ORD#.

Now that it's all working, would you mind updating or removing your one-star review? It makes a huge difference to a small business like ours.

Best regards,
Dave Carter
Carter Homewares""",
   ["BSM205"], "Asks to update or remove an existing one-star review.")

_m(27, "review-request", "text", "Happy with your boots? #ORD#",
   """Hi Ben,

Loving your new walking boots? Then we'd be really grateful for a review on Amazon.

Not quite right? Please don't leave a review; message us first and we'll make it right.

Cheers,
Peak & Path""",
   ["BSM206"], "Review asked only if satisfied; unhappy buyers steered away.")

_m(28, "review-request", "text", "One small ask - #ORD#",
   """Hi Zoe,

Hope you're enjoying the teapot from order #ORD#. If you could spare a moment, a five-star rating on Amazon would honestly make our week.

Best,
The Leaf Room""",
   ["BSM206"], "Asks for a five-star rating.")

_m(29, "delivery-delay", "text", "About order #ORD#",
   """Dear Mr Hughes,

Unfortunately the wooden garage from order #ORD# has sold out and our supplier can't give us a restock date yet.

The quickest way to get this sorted is to cancel the order yourself under Your Orders on Amazon, so you're not left waiting around.

Kind regards,
Tinker Toys""",
   ["BSM108"], "Out of stock; advises the buyer to cancel themselves.")

_m(30, "order-problem", "text", "Problem with order #ORD#",
   """Dear Ms Clarke,

I'm sorry to say the last rattan armchair from order #ORD# sold through another channel this morning.

We'd be grateful if you could submit a cancellation request from your Amazon account, and we'll take it from there.

Kind regards,
Cane & Co Interiors""",
   ["BSM107", "BSM108"], "Order problem asking the buyer to request cancellation, no amount adjustment.")

_m(31, "delivery-delay", "text", "New dispatch date for #ORD#",
   """Hi Peter,

The bird boxes in order #ORD# are still with the painter. We now expect to dispatch them on Tuesday 15 December.

Thanks,
Robin's Nest Garden Co.

Don't want to hear from us? Reply UNSUBSCRIBE and we'll take you off our list.""",
   ["BSM305"], "Delay notice with a reply-UNSUBSCRIBE opt-out.")

_m(32, "delivery-delay", "text", "Delay on #ORD#",
   """Hi,

Our useless bloody supplier has screwed us over again and the dining chairs for order #ORD# are still sat in a container at Felixstowe. As soon as that crap finally lands, we expect to dispatch them around Tuesday 22 December.

Regards,
Chairs Galore""",
   ["BSM306"], "Delay notice with English profanity.")

_m(33, "delivery-delay", "text", "Lieferverzögerung Bestellung #ORD#",
   """Hallo,

leider verzögert sich Ihre Bestellung #ORD#: Die Keramiktöpfe brauchen in der Töpferei etwas länger. Wir rechnen jetzt mit dem Versand am Freitag, 18. Dezember.

Vielen Dank für Ihre Geduld!

Ihr Team von Tonwerk Berlin""",
   ["BSM104"], "UK buyer (en-GB) receives the whole message in German.")

_m(34, "reply", "text", "Re: Wiring the thermostat",
   """Hi Chris,

Wiring up the smart thermostat from order #ORD# is a bit fiddly to explain over messages. Give us a ring on 01632 960 418 and we'll talk you through it.

Cheers,
Rob
Heatwise""",
   ["BSM309"], "Reply giving a UK national phone number.")

_m(35, "additional-information", "text", "Grout colour? #ORD#",
   """Hello Mrs Ahmed,

For the tiles in order #ORD# you can have grout in either anthracite or silver grey. Which would you like?

If it's easier, WhatsApp us on +44 7700 900 123.

Kind regards,
Tile Barn""",
   ["BSM309"], "Information request with an international-format mobile number.")

_m(36, "reply", "text", "Re: Scratch on the frame",
   """Hi Jake,

Sorry about the scratch on the balance bike from order #ORD#. Could you email a couple of photos to help@littlewheelsbikes.co.uk and we'll see about sending a replacement part?

Thanks,
Little Wheels""",
   ["BSM308"], "Reply with a plain e-mail address.")

_m(37, "reply", "text", "Re: Christmas hamper",
   """Dear Mrs Lewis,

So glad the cheeseboard from order #ORD# went down well. If you'd like a bespoke hamper for Christmas, drop us a line at orders at dalesidecheese dot co dot uk and we'll put something together.

Kind regards,
Daleside Cheese""",
   ["BSM308"], "Obfuscated e-mail address written with 'at' and 'dot'.")

_m(38, "reply", "html", "Re: Looking after the teak bench",
   """<p>Hi Lisa,</p>
<p>Teak doesn't strictly need oiling, but if you want the bench from order #ORD# to keep its honey colour, once a year is plenty. There's a full guide on <a href="https://www.teakandterrace.co.uk/care/teak-oiling-guide">our teak care guide page</a>.</p>
<p>Best,<br>Josh<br>Teak &amp; Terrace</p>""",
   ["BSM302"], "Reply with an https link to the seller's own care guide.")

_m(39, "reply", "html", "Re: Where's my invoice?",
   """<p>Dear Mr Evans,</p>
<p>You can download the invoice for order #ORD# from <a href="http://www.amazon.co.uk/gp/css/order-history">your orders on Amazon</a>. Just click 'Invoice' next to the order.</p>
<p>Kind regards,<br>Accounts, Paperchain Stationers</p>""",
   ["BSM301"], "Descriptive Amazon link over http.")

_m(40, "reply", "html", "Re: Which kettle did I order?",
   """<p>Hi Isla,</p>
<p>Order #ORD# is our 2-litre stainless whistling kettle, pictured below:</p>
<p><img src="https://cdn.cookwareshed.co.uk/products/whistling-kettle-steel-2l.jpg" alt="Stainless steel whistling kettle 2 litre" width="300" height="300"></p>
<p>It works on every hob, induction included.</p>
<p>Best,<br>The Cookware Shed</p>""",
   ["BSM310"], "Reply with an image of the purchased product.")

_m(41, "delivery-delay", "html", "Delay on order #ORD#",
   """<p><img src="https://stock.pixelbank-mail.com/seasonal/sunset-beach-palm.jpg" alt="Palm trees on a beach at sunset" width="320" height="200"></p>
<p>Hi Rosie,</p>
<p>With the Christmas rush, your wool blanket (order #ORD#) will be dispatched a few days later than planned, on Monday 21 December.</p>
<p>Sorry for the wait,<br>Fleece &amp; Fold</p>""",
   ["BSM311"], "Delay with an unrelated stock beach image.")

_m(42, "delivery-delay", "html", "New date for #ORD#",
   """<p><img src="https://assets.mailcraft-cdn.com/a/71402/tile-barn-logo.png" width="160" height="50"></p>
<p>Dear Mr Morgan,</p>
<p>The wall tiles for order #ORD# are coming in from the factory a week late. We now expect to dispatch them on Friday 18 December.</p>
<p>Kind regards,<br>Tile Barn</p>""",
   ["BSM402"], "Shop logo with no alt attribute.")

_m(43, "delivery-delay", "text", "Bit of a delay - #ORD#",
   """Hi Jasmine,

Your stamps from order #ORD# are running a couple of days late 🙈 They're still being cut; we expect to send them out on Wednesday 16 December.

Thanks,
Inkwell Stamps""",
   ["BSM403"], "Delay note with an emoji.")

_m(44, "additional-information", "text", "Cake topper wording - #ORD#",
   """Hi Callum,

What would you like on the cake topper in order #ORD#? Up to 20 characters fits nicely ;-)

Thanks,
Topper Factory""",
   ["BSM403"], "Information request with a winking emoticon.")

_m(45, "delivery-delay", "html", "Delay: order #ORD#",
   """<style>
h1 { font-size: 26px; }
h2 { font-size: 19px; }
p { font-size: 15px; }
.fine { font-size: 11px; }
</style>
<h1>Bear with us</h1>
<h2>Order #ORD#</h2>
<p>Dear Mrs Wright, your made-to-measure curtains will be dispatched a week later than planned, now expected on Tuesday 22 December.</p>
<p class="fine">Drape &amp; Pleat Ltd, 8 Market Place, Harrogate HG1 2BG</p>""",
   ["BSM410"], "Style block with four explicit font sizes.")

_m(46, "delivery-delay", "html", "Delay on #ORD#",
   """<p>Hi Hugo,<br><br><br>Your embroidered hoodie from order #ORD# needs a little more time on the machine.<br><br><br>We expect to dispatch it on Friday 18 December.<br><br>Thanks,<br>Stitch Studio</p>""",
   ["BSM412"], "HTML with runs of three <br> tags.")

_m(47, "invoice", "text", "[Important] Invoice for order #ORD#",
   """Hello,

Please find attached invoice INV/2026/12/0982 for order #ORD#, total £36.00 including VAT.

Kind regards,
Accounts
Nook Homeware Ltd, Company No. 10456789, VAT Reg. No. GB 417 2285 30""",
   ["BSM110"], "[Important] tag on an invoice.")

_m(48, "reply", "html", "Re: Can I return this?",
   """<p>Hi Vicky,</p>
<p>Yes, the lamp from order #ORD# can be returned within 30 days. <a href="https://www.amazon.co.uk/gp/help/customer/display.html?nodeId=GKM69DUUYKQWKWX7">Click here</a> for Amazon's returns policy.</p>
<p>Thanks,<br>Brightside Lighting</p>""",
   ["BSM401"], "Amazon https link with 'Click here' as its text.")

# ------------------------------------------------------------- varying (2)
_m(49, "delivery-delay", "html", "Order #ORD# update",
   """<p>Hi Ruth,</p>
<p>Your bespoke bookcase (order #ORD#) needs another coat of lacquer, so we now expect to dispatch it on Thursday 17 December.</p>
<p>Sorry for the wait,<br>Shelf Life Joinery</p>
<img src="https://t.mailpulse-track.com/o/open.png?cid=88213&amp;rid=501x77" width="1" height="1" alt="">""",
   ["BSM307", "BSM402"], "1x1 open-tracking pixel with empty alt.", locale="en-US")

_m(50, "delivery-delay", "html", "Your order #ORD#",
   """<div style="padding: 0 140px;">
<p>Hi Carly,</p>
<p>The quilted bed runner in order #ORD# is still on the quilting frame. We now expect to ship it on Friday, December 18.</p>
<p>Thanks for bearing with us,<br>Hannah<br>Patchwork Porch</p>
</div>""",
   ["BSM405"], "Builder wrapper with 140 px padding on each side.", locale="en-US")
