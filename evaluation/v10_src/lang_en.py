"""v10 blind evaluation set: English (en-GB) messages."""

LANG = "en"
LOCALE = "en-GB"


def O(n):
    """Order number for scenario n (unique, deterministic)."""
    return "411-%07d-%07d" % (2260000 + n * 6131, 8040000 + n * 3779)


MESSAGES = []


def m(n, type_, fmt, subject, body, expected, note):
    MESSAGES.append({
        "id": "v10-en-%03d" % n,
        "language": LANG,
        "locale": LOCALE,
        "type": type_,
        "format": fmt,
        "subject": subject,
        "body": body,
        "order_id": O(n),
        "expected": sorted(expected),
        "note": note,
    })


# ---------------------------------------------------------------- clean (17)

m(1, "delivery-delay", "text",
  f"Your order {O(1)} - revised dispatch date",
  f"""Dear Mrs Whitaker,

I'm afraid your order {O(1)} for the cast-iron skillet (26 cm) won't be dispatched on Thursday as we'd hoped. Our foundry in Sheffield has had a kiln fault and the batch is running about a week behind.

We now expect to send it on Friday 18 December, which should see it with you by Tuesday 22 December.

Apologies for the wait, and thank you for bearing with a small maker.

Best wishes,
Tom Ellery
Ellery Ironworks""",
  [], "Plain-text delivery delay with a revised dispatch date.")

m(2, "delivery-delay", "html",
  f"Update on order {O(2)}",
  f"""<p>Hi Priya,</p>
<p>Just a quick note about order <strong>{O(2)}</strong>. The hand-bound notebooks are taking longer than usual in the bindery, so they'll be posted a little later than the date shown on Amazon.</p>
<ul>
<li>Originally expected dispatch: 9 December 2026</li>
<li>New expected dispatch: 16 December 2026</li>
</ul>
<p>Sorry about this &ndash; we'd rather get the stitching right than rush it.</p>
<p>All the best,<br>
Hannah<br>
Quire &amp; Quill Bindery, Bath</p>""",
  [], "HTML delivery delay with a list, no styles.")

m(3, "order-problem", "text",
  f"[Important] Problem with your order {O(3)}",
  f"""Dear Mr Okafor,

Unfortunately we are unable to fulfil your order {O(3)} for the Brompton-compatible front carrier block. During our stock check we found the last units had a manufacturing defect, and the supplier has discontinued the part.

We have adjusted your order for the full amount of £34.99 with the reason "out of stock". The refund goes back to your original payment method and should appear within a few working days. There is nothing you need to do.

We're sorry to let you down on this one.

Kind regards,
Gareth Lewis
Kestrel Cycles Ltd""",
  [], "Order problem confirming the full amount was adjusted (out of stock); [Important] allowed here.")

m(4, "additional-information", "text",
  f"Order {O(4)}: engraving text needed",
  f"""Hello,

Thanks for choosing the personalised oak chopping board (order {O(4)}). The personalisation box on your order came through empty, so we don't yet know what you'd like engraved.

Could you reply with the wording (up to 30 characters, including spaces) and whether you'd prefer our serif or script lettering? We'll start on it as soon as we hear back.

Cheers,
Callum
Oak & Ember Workshop""",
  [], "Request for engraving text needed to complete the order.")

m(5, "return-follow-up", "text",
  f"Your return request - order {O(5)}",
  f"""Dear Ms Adeyemi,

Thank you for letting us know about the small chip on the rim of the stoneware serving bowl from order {O(5)}.

Rather than sending the bowl back, would you be happy to keep it with a partial refund of £9.00? If so, just reply to say yes and we'll process it through Amazon straight away. If you'd still prefer to return it, that's absolutely fine and your return will go ahead as normal.

Kind regards,
Ruth Penhaligon
Penhaligon Pottery, Cornwall""",
  [], "Return follow-up offering a partial refund.")

m(6, "return-follow-up", "text",
  f"Quick question about your return ({O(6)})",
  f"""Hi Daniel,

We've got your return request for order {O(6)}. To book the right collection, could you tell us whether the rowing machine is still in its original box, or whether it's been assembled? If it's assembled, the courier needs a larger van.

Thanks,
Lauren
Returns team, FitHaus UK""",
  [], "Return follow-up asking for information needed to complete the return.")

m(7, "invoice", "text",
  f"VAT invoice for order {O(7)}",
  f"""Dear Sir or Madam,

Please find attached the VAT invoice for your order {O(7)}, as requested.

Invoice no.: INV/2026/12/0711
Invoice date: 3 December 2026
Net: £150.00
VAT at 20%: £30.00
Total: £180.00

Kind regards,

Accounts Department
Harrow & Finch Homeware Ltd
Unit 4, Meadow Lane Industrial Estate, Leeds LS11 5BQ
Registered in England and Wales, Company No. 09876543
VAT Reg. No. GB 123 4567 89""",
  [], "Invoice with slashed invoice number, Company No. and VAT number; none are phone numbers.")

m(8, "review-request", "text",
  f"How are you getting on with order {O(8)}?",
  f"""Dear customer,

You recently received the bird feeder station from order {O(8)}. If you have a spare moment, we'd be grateful if you could leave a product review on Amazon. Honest reviews help other gardeners decide whether it's right for them.

Many thanks,
Bramble Garden Supplies""",
  [], "Neutral plain-text review request.")

m(9, "review-request", "html",
  f"Would you share your thoughts on order {O(9)}?",
  f"""<p><img src="https://img.mailstudio-cdn.com/u/77310/the-little-tea-tin-logo.png" alt="The Little Tea Tin logo" width="180" height="64"></p>
<p>Dear Mr Hartley,</p>
<p>Thank you for ordering the Assam breakfast blend from The Little Tea Tin (order {O(9)}). We'd love to know what you make of it.</p>
<p>If you have a minute, you can <a href="https://www.amazon.co.uk/review/create-review?asin=B0TT4EN009">write a review of the Assam breakfast blend on Amazon.co.uk</a>.</p>
<p>Warm regards,<br>Bethan and Rhys<br>The Little Tea Tin</p>""",
  [], "HTML review request with the shop's logo (alt names it) and a descriptive https Amazon link.")

m(10, "delivery-scheduling", "text",
  f"Booking your wardrobe delivery - {O(10)}",
  f"""Dear Mr and Mrs Fairweather,

Your double wardrobe (order {O(10)}) is ready at our depot. It's a two-person delivery, so we need to agree a slot with you. We have the following available:

- Wednesday 16 December, 7am to 12pm
- Thursday 17 December, 12pm to 5pm
- Saturday 19 December, 8am to 1pm

Please let us know which suits you, and whether there are any stairs or narrow hallways we should be aware of.

Kind regards,
Sam Pritchard
Delivery Planning, Oakleigh Furniture""",
  [], "Scheduling a two-person delivery of a bulky item with time slots.")

m(11, "home-service-appointment", "text",
  f"Your installation appointment - order {O(11)}",
  f"""Hello Mrs Clarke,

You booked installation of your washing machine with order {O(11)}. Our engineer can visit on either of these dates:

Monday 14 December 2026, 08:00-10:00
Tuesday 15 December 2026, 14:00-16:00

Please reply with your preferred slot. The engineer will need access to the stopcock and a clear space of about 60 cm in front of the machine.

Thank you,
Nadia Rahman
Appliance Fit Co.""",
  [], "Home-service appointment with dates and time windows.")

m(12, "custom-design-verification", "text",
  f"Design proof for your order {O(12)}",
  f"""Hi Sophie,

Attached is the design proof (PDF) for your custom house-warming print, order {O(12)}. It reads "The Bennetts, 14 Orchard Close, est. 2026".

Could you check the spelling, house number and layout? Reply "approved" if you're happy, or tell us what to change. We won't print anything until you've signed it off.

Best,
Jas
Paper Lantern Prints""",
  [], "Custom design proof for verification.")

m(13, "fulfillment-question", "text",
  f"Entry code needed for order {O(13)}",
  f"""Dear Mr Campbell,

Before we book the delivery of order {O(13)} to Flat 3/2, 27 Hyndland Road, Glasgow G12 9UP, we need a way through the main door of the building. The address on the order mentions a keypad but not the code.

Could you let us know the entry code, or the name of a neighbour who can let the driver in?

Please quote our reference DEL-2026-4413 and your customer number C-0077413 in your reply so we can match it straight away.

Kind regards,
Fiona McLeod
Customer Care, Thistle Home""",
  [], "Door-code question needed to deliver, with reference and customer numbers and a Glasgow flat address.")

m(14, "reply", "text",
  f"Re: is the 'Kaffeemühle Retro Handkurbel' adjustable? ({O(14)})",
  f"""Hi Owen,

Yes, the "Kaffeemühle Retro Handkurbel" you ordered (order {O(14)}) has an adjustable burr. Turn the nut under the handle clockwise for a finer grind and anti-clockwise for coarser. For a cafetière, about eight clicks from fully tight works well.

The German name is simply how the maker, Holzwerkstatt Brandt, lists it; the instructions in the box are in English too.

Cheers,
Mia
Grind & Brew Supplies""",
  [], "Reply quoting a German product title and maker's name inside English sentences.")

m(15, "reply", "text",
  f"Re: Kettle stopped working - order {O(15)}",
  f"""Dear Mr Singh,

Sorry to hear your kettle from order {O(15)} has stopped switching on. It's covered by the manufacturer's two-year guarantee, and Vantell's warranty team can usually arrange a replacement fastest.

Vantell manufacturer warranty line: 0345 600 4115 (Mon-Fri, 9am-5pm)

Please have your order number to hand when you call. If you have any trouble, let us know and we'll chase it for you.

Kind regards,
Emily Shaw
Kitchen Corner""",
  [], "Reply with the manufacturer's warranty line, marked as such.")

m(16, "reply", "text",
  f"Re: Size of the planter - {O(16)}",
  f"""Dear Ms Doyle,

The galvanised planter in your order {O(16)} measures 60 x 25 x 30 cm on the outside. It holds roughly 35 litres of compost and has three drainage holes.

Kind regards,

Oliver Grant
Greenhouse Goods Ltd
2 Station Yard, Ludlow, Shropshire SY8 1LJ
Registered in England and Wales No. 11223344 | VAT GB 987 6543 21""",
  [], "Reply with a company-details footer, no phone or e-mail.")

m(17, "reply", "text",
  f"Re: Refund status for {O(17)}",
  f"""Hi Mrs Lawson,

I've checked your return for order {O(17)}:

Return reference: RTN-26-55208
Royal Mail tracking (your return parcel): QF226041705GB
Received at our warehouse: Wednesday 2 December 2026, 11:47
Refund issued: Thursday 3 December 2026, £27.50

Depending on your bank, it can take 3-5 working days to show on your statement.

Best wishes,
Ben
Customer Services, Woolly Jumper Co.""",
  [], "Reply with return reference, return tracking number, date, time and amount.")

# ------------------------------------------------------------ violations (31)

m(18, "fulfillment-question", "text",
  f"Good news about order {O(18)}",
  f"""Hi Jack,

Just to let you know your headphones have left our warehouse this morning and have been handed over to DPD. Order {O(18)} is on its way to you!

Thanks,
SoundCrate UK""",
  ["BSM201"], "Shipping confirmation: left the warehouse, handed to the carrier.")

m(19, "fulfillment-question", "html",
  f"We've got your order {O(19)}",
  f"""<p>Dear Ms Patel,</p>
<p>Thank you &ndash; we have received your order <strong>{O(19)}</strong> and our team is now picking and packing your items with care.</p>
<p>Kind regards,<br>The Soap Shed</p>""",
  ["BSM201"], "Order confirmation: received and being prepared.")

m(20, "reply", "text",
  f"Thank you! - {O(20)}",
  f"""Dear Mr Hughes,

Just a quick note to say a huge thank you for your order {O(20)}. It really means a lot to a small family business like ours.

Warmest wishes,
Sally and Pete
The Fudge Kitchen""",
  ["BSM202"], "Thanks only.")

m(21, "fulfillment-question", "text",
  f"Order {O(21)}",
  f"""Hello,

Should anything not be quite right with your order {O(21)}, please don't hesitate to get in touch. We're always happy to help.

Kind regards,
Team Northern Lights Candles""",
  ["BSM202"], "Only an offer to help if a problem comes up.")

m(22, "delivery-delay", "text",
  f"Slight delay to order {O(22)}",
  f"""Dear Mrs Bradley,

Your order {O(22)} (wool throw, mustard) will now be dispatched on 15 December instead of 10 December, as the mill delivery was late. Sorry for the inconvenience.

Kind regards,
Harriet
Highland Weave

P.S. Our winter sale is on: 20% off everything in store until Sunday with code WINTER20.""",
  ["BSM203"], "Permitted delay with a P.S. promoting 20% off everything.")

m(23, "review-request", "text",
  f"Enjoying your hamper? ({O(23)})",
  f"""Dear customer,

You recently received a Christmas hamper from us (order {O(23)}). Would you consider leaving a product review on Amazon? It helps other shoppers.

And while you're here: follow us on Instagram @theparishpantry and sign up to our newsletter to be the first to see our new spring range.

Best wishes,
The Parish Pantry""",
  ["BSM203"], "Review request inviting the buyer to follow the shop, join the newsletter and see a new range.")

m(24, "review-request", "text",
  f"A little something for your review - {O(24)}",
  f"""Dear Ms Knight,

We hope you're enjoying the linen bedding from order {O(24)}. Would you write a review on Amazon?

As a small token of our appreciation, we'll pop a gift in the post once your review has been published. Just drop us a message when it's live.

Kind regards,
Linen Loft""",
  ["BSM204"], "A small gift once the review is published.")

m(25, "review-request", "text",
  f"Get your order {O(25)} refunded",
  f"""Hey Ryan,

Thanks for picking our phone tripod (order {O(25)}).

We're running a special offer: leave a review on Amazon, send us a screenshot and we'll refund the full purchase price as soon as your review is online.

Cheers,
GripPro UK""",
  ["BSM204"], "Full refund as soon as the review is online.")

m(26, "reply", "text",
  f"Re: your review of order {O(26)}",
  f"""Dear Mr Atkinson,

We're sorry the first toaster in order {O(26)} arrived damaged, and glad to hear the replacement is working well.

Would you be kind enough to update your one-star review to reflect how things turned out, or remove it altogether? We'd really appreciate it.

Kind regards,
Lucy Marsh
Toast & Co""",
  ["BSM205"], "Asks to update or remove a one-star review.")

m(27, "review-request", "text",
  f"Happy with order {O(27)}?",
  f"""Dear customer,

If you're happy with the walking boots from order {O(27)}, we'd love it if you left us a review on Amazon.

If anything isn't quite right, please don't leave a review - get in touch with us first and we'll sort it out.

Kind regards,
Fell & Tor Outdoor""",
  ["BSM206"], "Review only if satisfied; unhappy buyers steered to contact the seller instead.")

m(28, "review-request", "html",
  f"Your thoughts on order {O(28)}",
  f"""<p>Dear Mrs Edwards,</p>
<p>Thank you for your order <strong>{O(28)}</strong> of the glass storage jars.</p>
<p>We're a two-person business and every review counts. Would you consider giving us five stars on Amazon? It would make our week.</p>
<p>Kind regards,<br>Jar &amp; Pantry</p>""",
  ["BSM206"], "Asks for a five-star rating.")

m(29, "order-problem", "text",
  f"Order {O(29)} cannot be fulfilled",
  f"""Dear Mr Murphy,

I'm sorry to say the lawn scarifier in order {O(29)} is out of stock and our supplier can't get any more this season. We have already adjusted your order amount with the reason "no inventory".

To close everything off as quickly as possible, the easiest route is for you to cancel the order yourself under Your Orders on Amazon.

Regards,
Greenacre Tools""",
  ["BSM108"], "Confirms the adjustment but advises the buyer to cancel themselves.")

m(30, "order-problem", "text",
  f"About your order {O(30)}",
  f"""Dear Ms Ward,

The wooden play kitchen in your order {O(30)} has unexpectedly sold out. We would be grateful if you could submit a cancellation request through your Amazon account so the order can be closed.

Apologies for any inconvenience.

Kind regards,
Toadstool Toys""",
  ["BSM107", "BSM108"], "Asks for a cancellation request due to no stock, no adjustment confirmed.")

m(31, "review-request", "text",
  f"Review for order {O(31)}",
  f"""Dear customer,

We hope the printer labels from order {O(31)} are working well. Would you be willing to leave a product review on Amazon? All feedback helps other buyers.

Don't want to hear from us again? Reply UNSUBSCRIBE and we'll remove you from our list.

Kind regards,
LabelWorks UK""",
  ["BSM305"], "Opt-out instruction (reply UNSUBSCRIBE).")

m(32, "reply", "text",
  f"Re: where's my parcel?! ({O(32)})",
  f"""Hi Lee,

Honestly, this is bloody ridiculous. The useless courier has gone and dumped your parcel from order {O(32)} at the wrong address again. Absolute shambles, pardon my French, but it's a shit service.

We've opened an investigation with the carrier and will update you by Friday 11 December.

Cheers,
Dean
Pixel Games Ltd""",
  ["BSM306"], "British profanity in a reply.")

m(33, "delivery-delay", "text",
  f"Lieferverzögerung zu Bestellung {O(33)}",
  f"""Sehr geehrte Frau Thompson,

leider verzögert sich der Versand Ihrer Bestellung {O(33)} (Tischlampe aus Keramik) um einige Tage. Der neue voraussichtliche Versandtermin ist der 15.12.2026.

Mit freundlichen Grüßen
Lampenhaus Hellwig""",
  ["BSM104"], "Message to an en-GB buyer written entirely in German.")

m(34, "reply", "text",
  f"Re: assembly question - {O(34)}",
  f"""Dear Mr Griffiths,

You're right, the hinges for the wardrobe in order {O(34)} come in a separate bag marked C.

If you get stuck, give our workshop a ring on 07700 900461, or +44 (0)161 496 0732 from abroad, and we'll talk you through it.

Kind regards,
Millbrook Joinery""",
  ["BSM309"], "Seller's own phone numbers, UK mobile and international format.")

m(35, "reply", "text",
  f"Re: Manual request - {O(35)}",
  f"""Hi Ms Foster,

Of course, we can send you the manual for the weather station from order {O(35)}. Just email us at help@skywatchstore.co.uk and we'll send the PDF straight over.

Thanks,
SkyWatch Store""",
  ["BSM308"], "Plain e-mail address.")

m(36, "reply", "text",
  f"Re: Guarantee card ({O(36)})",
  f"""Dear Mr Barker,

For a copy of the guarantee card for the drill in order {O(36)}, write to us directly at sales [at] toolyard [dot] co [dot] uk and we'll sort it.

Kind regards,
Toolyard""",
  ["BSM308"], "Obfuscated e-mail address with [at] and [dot].")

m(37, "reply", "html",
  f"Re: leather care - {O(37)}",
  f"""<p>Dear Ms Holmes,</p>
<p>Thanks for your question about the leather satchel in order {O(37)}. We'd suggest conditioning it twice a year with a neutral balm.</p>
<p>For more background you can read <a href="https://www.saddlebrookleather.co.uk/journal/caring-for-leather">our journal article on caring for leather</a>.</p>
<p>Kind regards,<br>Saddlebrook Leather</p>""",
  ["BSM302"], "https link with descriptive text to the seller's own site, not needed for the order.")

m(38, "review-request", "html",
  f"Review your order {O(38)}",
  f"""<p>Dear customer,</p>
<p>You recently received order {O(38)}, a set of four crystal tumblers. We'd love to hear what you think.</p>
<p><a href="http://www.amazon.co.uk/review/create-review?asin=B0CT4EN038">Write a product review on Amazon.co.uk</a></p>
<p>Kind regards,<br>Cut Glass Company</p>""",
  ["BSM301"], "Descriptive Amazon link over plain http.")

m(39, "reply", "html",
  f"Re: colour of the throw ({O(39)})",
  f"""<p>Hi Megan,</p>
<p>You asked whether the throw in order {O(39)} is really sage green. Here's a photo we took in daylight today:</p>
<p><img src="https://img.mailstudio-cdn.com/u/50211/products/chunky-knit-throw-sage-130x170.jpg" alt="Chunky knit throw in sage, 130 x 170 cm" width="300"></p>
<p>Best,<br>Cosy Knit Co.</p>""",
  ["BSM310"], "Photo of the purchased product.")

m(40, "delivery-delay", "html",
  f"Your order {O(40)} is running a little late",
  f"""<p><img src="https://images.mailbuilder-stock.com/seasonal/snowy-christmas-tree.jpg" alt="Snowy Christmas tree" width="400"></p>
<p>Dear Mr Robinson,</p>
<p>Because of the December rush, your order {O(40)} (outdoor fairy lights) will be dispatched on 16 December rather than 12 December.</p>
<p>Season's greetings,<br>Glow Lighting</p>""",
  ["BSM311"], "Stock Christmas-tree image unrelated to the shop.")

m(41, "review-request", "html",
  f"A review for order {O(41)}?",
  f"""<p><img src="https://img.mailstudio-cdn.com/u/61840/meadowsweet-soaps-logo.png" alt="" width="150"></p>
<p>Dear customer,</p>
<p>You ordered our handmade lavender soap (order {O(41)}). Would you share your experience? <a href="https://www.amazon.co.uk/review/create-review?asin=B0MS4EN041">Write a review on Amazon.co.uk</a></p>
<p>Best wishes,<br>Meadowsweet Soaps</p>""",
  ["BSM402"], "Shop logo with an empty alt attribute.")

m(42, "review-request", "text",
  f"Loving your new trainers? {O(42)}",
  f"""Hey Ethan! 👟

Your trainers from order {O(42)} should have been with you for a little while now. Fancy leaving a review on Amazon? It really helps other buyers 🙌

Cheers,
Team Stride Lab""",
  ["BSM403"], "Emoji in a review request.")

m(43, "reply", "text",
  f"Re: jacket sizing ({O(43)})",
  f"""Hi Chloe,

No problem at all, the jacket in order {O(43)} does come up a bit small. Go a size up when you swap it :)

Speak soon,
Wren Clothing ;-)""",
  ["BSM403"], "Text emoticons :) and ;-).")

m(44, "delivery-delay", "html",
  f"Delay to order {O(44)}",
  f"""<style>
h1 {{ font-size: 26px; }}
h2 {{ font-size: 19px; }}
p {{ font-size: 15px; }}
.footer {{ font-size: 10px; }}
</style>
<h1>Your order is delayed</h1>
<h2>Order {O(44)}</h2>
<p>Dear Mrs Hall, the hiking boots you ordered will now be dispatched on 14 December instead of 10 December. We apologise for the delay.</p>
<p class="footer">Peak Footwear Ltd, 8 Market Street, Keswick CA12 5BE</p>""",
  ["BSM410"], "Four explicit font sizes in a style block.")

m(45, "delivery-delay", "text",
  f"New dispatch date for {O(45)}",
  f"""Dear Mr Moore,


The aquarium filter in order {O(45)} won't reach us until 15 December. We'll send it out the same day.


Kind regards,
Reef & River Aquatics""",
  ["BSM412"], "Two blank lines in a row in plain text.")

m(46, "additional-information", "html",
  f"Details needed for order {O(46)}",
  f"""<p>Dear Ms Cole,</p>
<p>For the engraving on the fountain pen in order {O(46)}, we still need the text you'd like (max. 20 characters).</p>
<br><br><br>
<p></p>
<p>Kind regards,<br>Nib &amp; Ink</p>""",
  ["BSM412"], "A run of three <br> and an empty paragraph.")

m(47, "invoice", "text",
  f"[Important] Invoice for order {O(47)}",
  f"""Dear customer,

Please find attached your invoice INV/2026/4470 for order {O(47)}.

Kind regards,
Accounts, Brightwell Office Supplies Ltd""",
  ["BSM110"], "[Important] on an invoice, which is not critical.")

m(48, "review-request", "html",
  f"Review order {O(48)}",
  f"""<p>Dear customer,</p>
<p>How is the bike bell from order {O(48)} working out? Would you leave a review? <a href="https://www.amazon.co.uk/review/create-review?asin=B0BB4EN048">Click here</a>.</p>
<p>Or copy this link: <a href="https://www.amazon.co.uk/review/create-review?asin=B0BB4EN048">https://www.amazon.co.uk/review/create-review?asin=B0BB4EN048</a></p>
<p>Kind regards,<br>Spokes Direct</p>""",
  ["BSM401"], "'Click here' link text and a bare URL as link text.")

# ---------------------------------------------------------------- vary (2)

m(49, "review-request", "html",
  f"How did we do? Order {O(49)}",
  f"""<p>Dear Mr Baxter,</p>
<p>You recently received the garden kneeler from order {O(49)}. If you have a moment, please <a href="https://www.amazon.co.uk/review/create-review?asin=B0GK4EN049">write a review of the garden kneeler on Amazon.co.uk</a>.</p>
<p>Kind regards,<br>Potting Shed Supplies</p>
<img src="https://t.mailpulse-track.com/open/o.gif?uid=88213&amp;order=4112&amp;utm_source=bsm" width="1" height="1" alt="" style="display:none">""",
  ["BSM307", "BSM402"], "Hidden 1x1 tracking pixel with tracking parameters and an empty alt.")

m(50, "review-request", "html",
  f"Your feedback on order {O(50)}",
  f"""<p><a href="https://www.hollyandivycandles.co.uk/"><img src="https://img.mailstudio-cdn.com/u/30377/holly-and-ivy-candles-logo.png" alt="Holly &amp; Ivy Candles logo" width="160"></a></p>
<p>Dear Ms Green,</p>
<p>You recently received the winter spice candle from order {O(50)}. We'd be grateful if you could <a href="https://www.amazon.co.uk/review/create-review?asin=B0HI4EN050">review the winter spice candle on Amazon.co.uk</a>.</p>
<p>Kind regards,<br>Holly &amp; Ivy Candles</p>""",
  ["BSM302", "BSM304"], "Shop logo linked to the seller's website.")
