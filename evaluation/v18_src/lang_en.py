"""v18 evaluation messages, English (en-GB / en-US)."""

LANG = 'en'
MESSAGES = []


def _oid(n):
    return '491-%07d-%07d' % ((5820974 + n * 377003) % 10000000, (9445923 + n * 227011) % 10000000)


def M(n, typ, fmt, subject, body, expected, note, locale='en-GB'):
    oid = _oid(n)
    MESSAGES.append({
        'id': 'v18-en-%03d' % n, 'language': LANG, 'locale': locale, 'type': typ,
        'format': fmt, 'subject': subject.replace('{o}', oid), 'body': body.replace('{o}', oid),
        'order_id': oid, 'expected': sorted(expected), 'note': note,
    })


# ---------------------------------------------------------------- clean (1-17)
M(1, 'delivery-delay', 'text', 'A quick heads-up about order {o}',
"""Hi Rachel,

Just a quick note from us at the workshop about your order {o}, the walnut chopping board with the juice groove.

We'd hoped to have it boxed up this week, but the latest batch of walnut came in a touch damp, and if we finish it now it'll warp on you by spring. Not something we're prepared to send out, so we're giving it a few more days on the rack.

Our best guess is that it'll go out on Wednesday 16 December, which should see it with you by Friday the 18th, comfortably before Christmas if the couriers behave themselves.

If that timing doesn't suit, just drop us a line through Amazon messages and we'll work something out.

All the best,
Tom Hargreaves
Hargreaves & Daughter Woodcraft
Unit 4, Mill Lane Industrial Estate, Hebden Bridge HX7 8AB
Registered in England and Wales, company no. 09876543""",
[], 'Plain-text delay from a small workshop with a new dispatch date, clean.')

M(2, 'delivery-delay', 'html', 'Update on your order {o}: revised dispatch date',
"""<p>Dear Mr Okafor,</p>
<p>Thank you for your patience. We are writing about order {o} (2 x Thornbury waxed-cotton panniers, olive). Our manufacturer in Leicester has pushed back their latest production run by a week, which means your panniers will leave us later than the date shown at checkout.</p>
<table>
<tr><td><strong>Original dispatch date</strong></td><td>Monday 7 December 2026</td></tr>
<tr><td><strong>Revised dispatch date</strong></td><td>Tuesday 15 December 2026</td></tr>
<tr><td><strong>Estimated delivery</strong></td><td>Thursday 17 December 2026</td></tr>
</table>
<p>We appreciate this is not ideal, particularly this close to the holidays. If the revised date does not work for you, please reply to this message and we will do our best to help.</p>
<p>Kind regards,<br>Priya Shah<br>Customer Care, Thornbury Cycle Co.</p>
<p><small>Thornbury Cycle Co. Ltd | 18 Castle Street, Thornbury, Bristol BS35 1HB | Company No. 11223344 | VAT Reg. GB 287 6543 21</small></p>""",
[], 'Builder-style HTML delay with a date table and small footer, clean.')

M(3, 'order-problem', 'text', '[Important] We are unable to fulfil order {o}',
"""Dear Ms Whitfield,

I'm very sorry to tell you that we're unable to send the cast-iron casserole dish (24 cm, cherry red) from your order {o}. When we went to pick it, the last one in stock turned out to have a hairline crack in the enamel, and the manufacturer has discontinued that colour for the season.

We have already adjusted the full order amount of £89.95 in Seller Central, using the reason 'NoInventory'. There's nothing you need to do; the refund normally reaches your card or account within a few working days.

Genuinely sorry it's worked out this way. We were looking forward to sending it to you.

Kind regards,

Helen Marsh
The Cook's Larder
42 Fore Street, Totnes TQ9 5RP
VAT Reg. No. GB 312 4455 67""",
[], 'Order problem confirming the full amount was adjusted (NoInventory), [Important] allowed, clean.')

M(4, 'additional-information', 'text', 'One quick question before we engrave your tag ({o})',
"""Hi Ollie,

Good choice on the engraved brass dog tag. Before we fire up the engraver, there's one thing we need from you.

The personalisation box on order {o} just says 'Biscuit', which we'll put on the front. The back has room for two lines of up to 14 characters each. Would you like anything there? Most people go for a postcode or something like 'I'm microchipped'. If you'd rather leave it blank, that's absolutely fine too.

Could you let us know by Friday 11 December? That way the tag goes out on schedule.

Cheers,
Fran
The Tag Shed, Kendal""",
[], 'Asks for engraving text needed to complete the order, clean.')

M(5, 'return-follow-up', 'text', 'Your return request for order {o}: an alternative',
"""Good afternoon Mrs Pennington,

Thank you for getting in touch about the lambswool throw from order {o}. You mentioned a few loose stitches along one edge, but that you're otherwise happy with the colour.

We wondered whether this might suit you better: you keep the throw, and we refund £15.00 of the £59.00 you paid. Loose stitches like that can usually be darned in a few minutes, and it would save you the trip to the drop-off point.

Of course, if you'd still prefer a full return, that's no problem whatsoever, and we'll process it in the usual way. Just let us know which you'd prefer.

Warm regards,
Margaret Doyle
Fell & Fleece
The Old Dairy, Ambleside LA22 0BU""",
[], 'Return follow-up offering a partial refund, clean.')

M(6, 'return-follow-up', 'html', 'Return for order {o}: which parts are missing?',
"""<p>Hi Callum,</p>
<p>We've seen your return request for the 'Cutty Sark' model kit (order {o}). You say there are parts missing, and we'd like to sort this out properly.</p>
<p>To complete the return, could you tell us:</p>
<ul>
<li>which bags or part numbers are missing (they're listed on page 2 of the instructions), and</li>
<li>whether the box still has its original inner packaging?</li>
</ul>
<p>With that we can decide whether to send you a return label, or whether the missing part can simply be sent out separately.</p>
<p>Thanks in advance for checking.</p>
<p>Best wishes,<br>Gareth Lloyd<br>Lloyd's Model Shop, Swansea</p>""",
[], 'Return follow-up asking for information needed to complete the return, clean.')

M(7, 'invoice', 'text', 'VAT invoice for your order {o}',
"""Dear Mr Ashworth,

Please find attached the VAT invoice for your order {o}, as requested for your company records.

Invoice number: INV/2026/12/0417
Invoice date: 4 December 2026
Description: 3 x Aldgate desk lamp, matt black
Net: £148.47
VAT at 20%: £29.69
Total: £178.16

The invoice is made out to Ashworth & Lyle Architects, as given on the order. If anything needs changing on the billing name or address, just let us know and we'll reissue it.

Kind regards,

Karen Booth
Accounts
Brightwork Lighting Ltd
Unit 12, Riverside Park, Leeds LS10 1AB
Registered in England and Wales No. 08765432
VAT Reg. No. GB 198 7654 32""",
[], 'Invoice with VAT and company numbers and slash-separated invoice number, clean.')

M(8, 'review-request', 'text', 'How are you getting on with the grinder? (order {o})',
"""Hi Peter,

By now you've probably put a fair few beans through the hand grinder from order {o}, and maybe fiddled with the grind setting a bit too. We're a three-person roastery, and honestly, we read every single review that comes in.

Would you be willing to write a product review on Amazon about your experience with it? The good and the not-so-good are equally useful, both to other coffee lovers and to us. You'll find the option under 'Your Orders'.

Have a good one,
Dan
Bean Loft Roasters, Bristol""",
[], 'Neutral plain-text review request, clean.')

M(9, 'review-request', 'html', 'Your thoughts on order {o}',
"""<p><img src="https://cdn.greenacregardens.co.uk/img/greenacre-gardens-logo.png" alt="Greenacre Gardens logo" width="180"></p>
<p>Dear Mrs Holloway,</p>
<p>A few weeks ago you ordered the potted olive tree from us (order {o}). We hope it has settled into its new spot; olive trees often sulk for a week or two after a move, so don't worry if it dropped a few leaves.</p>
<p>If you have a moment, we would appreciate you sharing your experience in a review. Short or long, every opinion helps other customers.</p>
<p><a href="https://www.amazon.co.uk/review/create-review?asin=B0CK7Q2L9Y">Write a review of the olive tree on Amazon.co.uk</a></p>
<p>With best wishes,<br>The Greenacre Gardens team</p>""",
[], 'HTML review request with shop logo (alt names shop) and descriptive Amazon link, clean.')

M(10, 'delivery-scheduling', 'text', 'Booking a delivery slot for your sofa (order {o})',
"""Dear Mr and Mrs Fletcher,

Your three-seater 'Harrogate' sofa (order {o}) is ready and waiting in our Doncaster warehouse. As it weighs over 70 kg and comes with a two-person crew, we'd like to agree a delivery time with you rather than just turn up.

We're in your area in the week commencing 14 December and can offer:

- Monday 14 December, 8am to 12pm
- Wednesday 16 December, 12pm to 4pm
- Saturday 19 December, 9am to 1pm

If you're in a flat without a lift, or there are tight stairs, please say so and we'll bring the stair-climbing trolley. The crew will place the sofa in the room of your choice and take all the packaging away with them.

Which slot works best for you?

Kind regards,
Amir Hussain
Delivery Planning, Northern Sofa Warehouse
Wheatley Hall Road, Doncaster DN2 4LP""",
[], 'Scheduling delivery of a bulky sofa with time slots, clean.')

M(11, 'home-service-appointment', 'html', 'Installation appointment for your washing machine ({o})',
"""<p>Good morning Mr Davies,</p>
<p>With order {o} you chose to have the washing machine connected and installed by one of our engineers. Our colleague Rhys covers the Cardiff area and has the following slots free:</p>
<ol>
<li>Tuesday 15 December 2026, 8:30 to 10:30</li>
<li>Thursday 17 December 2026, 13:00 to 15:00</li>
<li>Friday 18 December 2026, 10:00 to 12:00</li>
</ol>
<p>Please make sure the water tap and waste pipe are easy to get to. If you'd like the old machine taken away, Rhys can do that at no extra cost.</p>
<p>Could you reply with the slot that suits you best?</p>
<p>Kind regards,<br>The Scheduling Team, Valleys Appliances<br><small>Valleys Appliances Ltd | 7 Penarth Road, Cardiff CF11 8TT | Company No. 10293847</small></p>""",
[], 'Home service appointment with numbered time slots, clean.')

M(12, 'custom-design-verification', 'text', 'Your design proof for order {o}',
"""Hi Lucy and James,

What a lovely name you've chosen! Attached is the design proof for the birth announcement sign on order {o}, as a PDF.

Could you check the details carefully?
- Name: Isla Rose Whitaker
- Born: 28 November 2026, 4:17am
- Weight: 7 lb 2 oz

The lettering on the proof is 'Caveat', as you asked in the notes. Colours on screen may look slightly different from the finished wood.

If everything's right, all we need is a quick 'approved' from you. Changes are fine too; one extra round of proofs is included.

Best wishes,
Nadia
Little Oak Studio, St Albans""",
[], 'Custom design proof attached for approval, clean.')

M(13, 'fulfillment-question', 'text', 'Access to your building for order {o}',
"""Dear Mr Kowalski,

Our own delivery team will be bringing the wardrobe from order {o} to your address on Marine Parade on Thursday 10 December. We delivered to another customer in the same block last month and got stuck at the front door: the main entrance is locked and the buzzers aren't labelled.

So that the delivery goes smoothly first time, could you let us know one of the following?

1. the entry code for the main door, or
2. which buzzer number we should press, or
3. another entrance (for example via the car park) where the crew can ring.

Our internal reference for this delivery is WD-2026-08841, and the van's route number is R 1147. You don't need either to reply, but they might be handy to keep.

Kind regards,
Lisa Turner
Turner & Sons Cabinet Makers""",
[], 'Door-code question with reference numbers that are not phone numbers, clean.')

M(14, 'reply', 'text', 'Re: Question about "Sommarljus Filt" ({o})',
"""Hi Evie,

Good question! The throw on your order {o} is listed on the label as "Sommarljus Filt – extra stor", because we buy it directly from a small weaving mill in Sweden that uses its own Swedish names. It's exactly the product in the listing photos; only the name on the label differs.

It's 80% wool and 20% cotton. You can wash it on a wool cycle at up to 30 degrees; please don't tumble dry it, just dry it flat.

Your order is all fine on our side, so there's nothing you need to change.

Best wishes,
Hannah Green
Hygge Home, Cambridge""",
[], 'Reply quoting a Swedish product title inside English sentences, clean.')

M(15, 'reply', 'text', 'Re: Warranty for my vacuum cleaner, order {o}',
"""Dear Mrs Patel,

I'm sorry to hear the battery on your cordless vacuum has given up after only three months. Thank you for letting us know.

The warranty on this model is handled by the manufacturer, who also replaces the batteries. You can reach them on the:
Manufacturer's warranty helpline (Vortexa UK): 0800 123 4567, Monday to Friday, 9am to 5pm.

Please have your order number {o} and the serial number handy when you call; the serial number is on the sticker under the battery pack. If for any reason the manufacturer can't help, come back to us through this message thread and we'll find a solution together.

Kind regards,
William Shaw
Shaw's Home Appliances, Reading""",
[], 'Reply giving the manufacturer warranty helpline marked as such, clean.')

M(16, 'reply', 'html', 'Re: Company details for your records ({o})',
"""<p>Dear Mr Ryan,</p>
<p>You asked for our company details because your accountant needs them for the office chair you bought (order {o}). Here they are:</p>
<table>
<tr><td>Trading name</td><td>SitWell Ergonomics</td></tr>
<tr><td>Registered company</td><td>SitWell Ergonomics Ltd</td></tr>
<tr><td>Registered office</td><td>77 Station Road, Harrogate HG1 1TE</td></tr>
<tr><td>Company number</td><td>12345678</td></tr>
<tr><td>VAT registration</td><td>GB 245 6789 01</td></tr>
</table>
<p>If your accountant also needs a VAT invoice, you can download it from the order page on Amazon; we've uploaded it there.</p>
<p>Kind regards,<br>Miriam Hughes<br>SitWell Ergonomics</p>""",
[], 'Reply with a company-details table, clean.')

M(17, 'reply', 'text', 'Re: Where is my refund? ({o})',
"""Hi Sam,

I've had a look for you. Your returned running shoes from order {o} arrived with us on Thursday 3 December at 11:42, under return number RT-49120. The Royal Mail tracking number for your return parcel was AB123456789GB.

We checked the shoes on 4 December and refunded £119.95 through Amazon the same day. Depending on your bank it usually takes three to five working days to show, so it should be there by around 11 December at the latest.

If it still isn't there by then, send me a message and I'll chase it up.

Cheers,
Mike
Mile 26 Running, Sheffield""",
[], 'Reply with return and tracking numbers, dates, times and an amount, clean.')

# ---------------------------------------------------------------- violations
M(18, 'fulfillment-question', 'text', 'Good news about your order {o}',
"""Hi Abbie,

Good news: your parcel with the three scented candles left our warehouse in Stoke this morning and has been handed over to DPD. If all goes to plan, it'll be on your doormat tomorrow.

We've packed the candles extra carefully in shredded paper, as it's been cold lately and glass doesn't always love that. Let them come up to room temperature before you light them.

Order number for reference: {o}.

Warmly,
Wick & Wax Candle Co.""",
['BSM201'], 'Tells the buyer the parcel left the warehouse and was handed to DPD.')

M(19, 'additional-information', 'html', 'We have your order {o}',
"""<p>Dear Mrs Hughes,</p>
<p>Thank you! We've received your order {o} and our packers have already started on it today. Each teapot is being rolled in corrugated card, one by one, so they get to you in one piece.</p>
<p>One small question while we're at it: would you like the two teapots in one box, or wrapped separately, for instance if one is a gift? If we don't hear from you, we'll pack them together.</p>
<p>Kind regards,<br>The Leaf & Kettle, York</p>""",
['BSM201'], 'Confirms the order was received and is being packed, plus a harmless question.')

M(20, 'fulfillment-question', 'text', 'Thank you so much! ({o})',
"""Dear Fiona,

Thank you so much for ordering from us. Every order still feels like a small celebration here, and yours is no exception.

It really means the world that you chose our tiny studio rather than one of the big high-street names. We're so grateful for that, and we simply wanted to say so personally.

Thank you again for your trust!

With love,
Rosie and Meg
Thread & Thimble
(order {o})""",
['BSM202'], 'Several paragraphs of nothing but thanks.')

M(21, 'fulfillment-question', 'html', 'We are here for you (order {o})',
"""<p>Dear Mr Simmons,</p>
<p>We are simply getting in touch to let you know that our customer service team is on hand should anything be wrong with your purchase (order {o}).</p>
<p>Whether it's a question, a doubt, or something that isn't quite as you expected, please feel free to message us through Amazon. We usually reply within one working day, weekends included.</p>
<p>Kind regards,<br>The Customer Happiness Team<br>Spanner & Co Tools</p>""",
['BSM202'], 'Only offers help in case a problem arises.')

M(22, 'delivery-delay', 'text', 'Bit of a wait on order {o}, sorry',
"""Hi Graham,

Your order {o} for the set of four cheese knives is running a few days behind. Our blacksmith in Sheffield has been laid low with flu and is now about a week behind. We're expecting to send the knives on Monday 14 December.

We know waiting isn't fun, especially if they're meant as a present. If the new date is a problem, just let us know.

Cheers,
Forge & Rind

P.S. Did you know you can get 20% off our entire range until Sunday? Just use the code CHEESE20 on your next order.""",
['BSM203'], 'Permitted delay message with a P.S. promoting 20% off the whole range.')

M(23, 'review-request', 'html', 'A quick question about order {o}',
"""<p>Hi Isla,</p>
<p>You've now had a few weeks with your new yoga mat. Would you be willing to leave a review on Amazon about how you're finding it? It helps other yogis choose.</p>
<p>And while we have you: next month we're launching our new cork collection, completely plastic-free. Follow us on Instagram and Facebook (just search 'Mat & More') or sign up to our newsletter to be the first to know.</p>
<p>Namaste,<br>Mat &amp; More, Brighton</p>""",
['BSM203'], 'Review request mixed with follow-us, newsletter and new collection promotion.')

M(24, 'review-request', 'text', 'A little thank-you from us ({o})',
"""Dear Mrs Sutton,

We hope you're enjoying your new bedding set! We have a few at home ourselves, and the percale genuinely gets softer with every wash.

Would you write a review about your experience? Once your review is live on Amazon, we'll send you a small token of our appreciation: a set of matching pillowcases, completely free. Just message us with the name you posted the review under.

Kind regards,
Soft Landing Bedding
Order {o}""",
['BSM204'], 'Free pillowcases once the review is published.')

M(25, 'review-request', 'text', 'Want your money back? Read on ({o})',
"""Hey Ben,

We're a small start-up trying to get our new charging dock noticed, and we could really do with your help.

The deal is simple: write an honest review of the charging dock on Amazon, and as soon as it's up, we'll refund the full purchase price of £39.99. So you'll basically have had it for free.

Send us a screenshot of your review via this message and we'll sort it within a day.

Cheers,
Team ChargeLab
Order {o}""",
['BSM204'], 'Full refund promised as soon as the review is online.')

M(26, 'reply', 'text', 'Re: Broken lampshade, order {o}',
"""Dear Mrs Clarke,

Lovely to hear the replacement lampshade reached you in one piece and that the lamp now looks the part on your sideboard. Apologies again for the trouble with the first delivery; the carrier clearly didn't handle that box with much care.

We noticed you left a one-star review earlier about the damaged delivery. Now that everything has been sorted, would you be willing to update or remove that review? It would really help our small business.

Kind regards,
Lumen & Linen Lighting
Order {o}""",
['BSM205'], 'Asks the buyer to update or remove an existing one-star review.')

M(27, 'review-request', 'text', 'Happy with your chessboard? ({o})',
"""Hi Bill,

We hope the handmade chessboard from order {o} has found a good home on your table. We always get a bit nervous about how our boards go down with their new owners.

If you're happy with it, we'd love it if you left a review on Amazon. If for any reason you're not happy, please don't leave a review, message us first instead and we'll put it right together.

Best,
Bishop's Move Chess, Oxford""",
['BSM206'], 'Review only if satisfied; unhappy buyers steered to contact the seller.')

M(28, 'review-request', 'html', 'Five stars, perhaps? ({o})',
"""<p>Dear Hannah,</p>
<p>Your new walking rucksack has hopefully been out with you on the fells for a few weeks now. We'd love to know how it's holding up in the Peaks, or wherever you walk.</p>
<p>If you have a moment, would you give us five stars on Amazon? A full score really does make a difference to a small seller like us in the search results.</p>
<p>Best wishes,<br>Compass Outdoor Gear<br>Order {o}</p>""",
['BSM206'], 'Explicitly asks for a five-star rating.')

M(29, 'delivery-delay', 'text', 'Your order {o}: the sewing machine is not in yet',
"""Hi Esther,

We're sorry to say the sewing machine on order {o} is currently out of stock. Our wholesaler sold the last batch to a big chain and can't say when new ones will come in; it could well be January.

To be honest, the quickest route is for you to cancel the order yourself under 'Your Orders' on Amazon. That way you get your money back straight away and can look for a machine elsewhere that's available now.

Sorry for the hassle!

Best,
Stitch by Stitch, Norwich""",
['BSM108'], 'Delay message advising the buyer to cancel because stock ran out.')

M(30, 'order-problem', 'text', '[Important] Problem with order {o}',
"""Dear Mr Fox,

Unfortunately the espresso machine you ordered (order {o}) is no longer in stock. Something went wrong when we migrated our stock system, and the listing stayed live for two days after the last unit had gone.

We would be very grateful if you could submit a cancellation request for this order through your Amazon account. That way we can close things off properly on our side.

Apologies again,
Fox & Sons Coffee""",
['BSM107', 'BSM108'], 'Order problem asking for a cancellation request without confirming the adjustment.')

M(31, 'review-request', 'text', 'Your experience with the bird box ({o})',
"""Hi Keith,

We hope the bird box from order {o} is up in the garden by now. Blue tits often don't start scouting new boxes until February, so don't worry if it's still empty.

Would you be willing to write a review of the bird box on Amazon? Every experience helps other bird lovers.

Kind regards,
The Nest Box Company, Ludlow

Don't want to hear from us again? Reply UNSUBSCRIBE and we'll take you off our list.""",
['BSM305'], 'Neutral review request with a reply-UNSUBSCRIBE opt-out.')

M(32, 'reply', 'text', 'Re: Parcel not received ({o})',
"""Hi Jake,

Bloody hell, what a shambles. I've just been on to the depot and those useless bastards at the courier chucked your parcel at the wrong house number. Third time this shitting month.

I've put a new parcel aside for you; as soon as I have a replacement label I'll send you the details. Order number for the record: {o}.

Cheers,
Rick
Halfpipe Skate Shop, Leeds""",
['BSM306'], 'Reply with English profanity about the courier.')

M(33, 'delivery-delay', 'text', 'Lieferverzögerung Ihrer Bestellung {o}',
"""Sehr geehrter Herr Baker,

leider müssen wir Ihnen mitteilen, dass sich der Versand Ihrer Bestellung {o} (Leinentischdecke) um einige Tage verzögert. Unsere Weberei braucht noch etwas Zeit, wir rechnen mit einem Versand am Dienstag, 15. Dezember.

Ein kleiner Tipp vorab: Leinen wird am schönsten, wenn Sie es vor dem ersten Gebrauch einmal bei 40 Grad waschen und leicht feucht bügeln.

Falls Ihnen der neue Termin nicht passt, schreiben Sie uns bitte über die Amazon-Nachrichten.

Mit freundlichen Grüßen
Leinenkammer Hamburg""",
['BSM104'], 'Delay message to a UK buyer written entirely in German.')

M(34, 'delivery-scheduling', 'text', 'Delivery booking for your wardrobe ({o})',
"""Dear Mrs Harris,

The wardrobe from order {o} is ready to go. As it's nearly two metres tall, it comes with a two-person crew and we'd like to book a time when you're home.

We can do Tuesday 15 December in the morning or Friday 18 December in the afternoon. Give our planner Yusuf a ring or a text on 07700 900123 to lock in a time; it's usually quicker than going back and forth by message.

Kind regards,
Oakline Furniture, Hereford""",
['BSM309'], 'Delivery scheduling with a UK mobile number to call.')

M(35, 'reply', 'html', 'Re: Sizing question ({o})',
"""<p>Dear Mr Walsh,</p>
<p>Thanks for your question about the size of the work boots on order {o}. They come up slightly small; most customers go half a size up from usual.</p>
<p>Bear in mind that a steel toecap doesn't give the way an ordinary shoe does, so you need a little more room at the front. With a thick work sock, half a size up is usually spot on.</p>
<p>If you'd like to talk it through with someone from our warehouse, you can call us on +44 (0)161 496 0732, weekdays 8am to 5pm.</p>
<p>Kind regards,<br>Pennine Workwear</p>""",
['BSM309'], 'Reply with an international-format UK phone number.', locale='en-US')

M(36, 'reply', 'text', 'Re: Missing screws ({o})',
"""Hi Jo,

So sorry the bag of screws was missing from your wall shelf! That shouldn't happen.

We'll send a new bag out to you. To be on the safe side, could you email a photo of the assembly instructions to help@shelfshack.co.uk? Then we can see which version you have and make sure we send the right screws.

While I'm at it: each shelf holds up to 25 kg, provided you use fixings that suit your wall. For plasterboard we'd recommend cavity wall anchors, which aren't in the box as standard.

Order number: {o}.

Cheers,
Shelf Shack""",
['BSM308'], 'Reply giving a plain e-mail address.')

M(37, 'additional-information', 'text', 'Photo needed for your order {o}',
"""Dear Ms Lambert,

For the canvas print you ordered from us (order {o}) we need your photo at the highest resolution; the version that came through Amazon is unfortunately too small to print sharply at 60 x 90 cm.

A quick explanation, because we get asked this a lot: photos forwarded through messaging apps are usually shrunk quite a bit. The file straight from your camera or phone is almost always the sharpest.

Could you send the original file to prints [at] canvasdirect [dot] co [dot] uk? We'll get started straight away so the canvas is ready in time.

Kind regards,
Canvas Direct, Bath""",
['BSM308'], 'E-mail address obfuscated with [at] and [dot].')

M(38, 'reply', 'html', 'Re: Looking after the dining table ({o})',
"""<p>Hi Mark,</p>
<p>Good of you to ask how best to look after the solid oak table from order {o}. In short: oil it twice a year with a hardwax oil, and blot any spills straight away with a damp cloth.</p>
<p>Got a white ring from a hot pan? Lay a damp tea towel over it and run a warm iron across it very briefly; the moisture often lifts the mark. Then give it a light sand with 240 grit and re-oil.</p>
<p>We've put a full guide with photos on our own site: <a href="https://www.lindentablemakers.co.uk/care/oak">Oak table care guide on the Linden Table Makers website</a>.</p>
<p>Best,<br>Linden Table Makers</p>""",
['BSM302'], 'Descriptive https link to the seller\'s own website.')

M(39, 'review-request', 'html', 'What do you think of the tea towels? ({o})',
"""<p>Dear Mrs Prince,</p>
<p>We hope the set of linen tea towels from order {o} is already hard at work in your kitchen. Linen gets more absorbent with every wash, so give them a little time.</p>
<p>A tip we often pass on: wash them the first time at 40 degrees without fabric softener, as softener actually makes the fibres less absorbent. Ironing is optional; the slightly crumpled look is part of linen's charm.</p>
<p>We'd appreciate it if you shared your experience: <a href="http://www.amazon.co.uk/review/create-review?asin=B0D1XY2ZQ5">Write a review of the tea towels on Amazon.co.uk</a>.</p>
<p>Kind regards,<br>The Linen Loom</p>""",
['BSM301'], 'Review request with an http link to Amazon.')

M(40, 'delivery-delay', 'html', 'Your coffee maker is running late ({o})',
"""<p>Dear Mr Brewer,</p>
<p>Your filter coffee machine (order {o}) is taking a little longer: our supplier tells us the next shipment reaches us on 16 December. We'll send it the same day.</p>
<p>We know a morning without fresh coffee is no fun. The good news is that it's only a few days, and the two-year guarantee only starts on the day the machine reaches you, so you lose nothing there.</p>
<p>As a reminder, here's what your machine looks like:</p>
<p><img src="https://cdn.thedailygrind.co.uk/products/filter-coffee-machine-black.jpg" alt="Photo of the black filter coffee machine you ordered" width="300"></p>
<p>Kind regards,<br>The Daily Grind</p>""",
['BSM310'], 'Delay message with a photo of the purchased product.')

M(41, 'delivery-delay', 'html', 'A small delay to order {o}',
"""<p>Dear Kramer family,</p>
<p>With the festive rush, the hampers from order {o} will leave us two days later than planned, on Wednesday 16 December. They'll still reach you well before Christmas.</p>
<p>Every hamper is packed by hand, and December is exactly when we refuse to rush: the cheese has to stay at the right temperature and the chocolates mustn't break. We'd rather take two extra days than have something go wrong.</p>
<p><img src="https://cdn.hampersbyhattie.co.uk/mood/snowy-forest-sunset.jpg" alt="Snowy forest at sunset" width="400"></p>
<p>Warm wishes,<br>Hampers by Hattie</p>""",
['BSM311'], 'Delay message with an unrelated stock photo.')

M(42, 'invoice', 'html', 'Invoice {o}',
"""<p><img src="https://cdn.curlprinting.co.uk/img/curl-printing-logo.png" alt="" width="160"></p>
<p>Dear Mr Bishop,</p>
<p>Please find attached the invoice for your order {o} (500 business cards, 350gsm matt). Invoice number: CP/2026/1182.</p>
<p>You asked when ordering whether the cards could be invoiced to your new practice, so we've done that. If anything is wrong with the billing name, we'll happily amend it.</p>
<p>Kind regards,<br>Curl Printing<br><small>Company No. 07654321 | VAT Reg. GB 823 4567 81</small></p>""",
['BSM402'], 'Invoice with the shop logo having an empty alt.')

M(43, 'reply', 'text', 'Re: Which size? ({o})',
"""Hi Nina,

Ha, good question, our size chart really is a bit of a puzzle 😅 For the raincoat on order {o} we'd suggest a medium if you're usually between small and medium; it's cut roomy so you can fit a jumper underneath.

Sleeve length is standard, so no need to worry there. The hood adjusts with a toggle at the back and fits over a cycling helmet if that's how you'll be wearing it.

Exchanges are always fine within 30 days, so no stress 👍

Cheers,
Stay Dry Outdoor""",
['BSM403'], 'Reply containing emoji.')

M(44, 'delivery-scheduling', 'text', 'When can we drop off the trampoline? ({o})',
"""Hi Dean,

The trampoline from order {o} is ready in our Swindon depot. As the package weighs nearly 90 kg, it comes on the tail-lift van. We can do Tuesday 15 December between 1pm and 5pm, or Saturday 19 December between 9am and 12pm.

Assembly takes two adults about an hour and a half. The crew will leave the box in the garden or garage so you can put it together at your own pace. Just make sure there's a flat area of about four by four metres with no branches overhead.

Let us know what suits and we'll make sure the kids can be bouncing on it over the Christmas holidays ;-)

Cheers,
Bounce Garden Play, Swindon""",
['BSM403'], 'Delivery scheduling with a winking emoticon.')

M(45, 'delivery-delay', 'html', 'Update on order {o}',
"""<style>
h1 { font-size: 26px; }
h2 { font-size: 19px; }
p { font-size: 15px; }
.footnote { font-size: 11px; }
</style>
<h1>Bear with us</h1>
<h2>Your order {o}</h2>
<p>Dear Mrs Ramsay, the ceramic vases you ordered will come out of the kiln three days later than planned, as the glaze kiln had to be re-fired. We now expect to send them on Friday 18 December.</p>
<p>The good news: the glaze came out even better on the second firing, with exactly that deep sea green you saw in the photos. Worth the wait, we promise.</p>
<p>Kind regards,<br>Wheelhouse Ceramics</p>
<p class="footnote">Wheelhouse Ceramics | 3 Harbour Street, Whitby YO21 3PU | Company No. 09988776</p>""",
['BSM410'], 'Style block setting four explicit font sizes.')

M(46, 'delivery-delay', 'html', 'Delay to order {o}',
"""<p>Dear Mr Meyer,</p>
<p>We're sorry, but the garden bench from order {o} will be sent later than stated. The varnish needs longer to dry because the workshop is so cold.</p>
<br><br><br>
<p>New expected dispatch date: Thursday 17 December.</p>
<p>In the meantime, a tip for when it arrives: give the bench a spot where it isn't standing in a puddle all winter, and pop a couple of rubber feet under the legs if it's going on a patio. The oak will silver over the first year, which is entirely normal.</p>
<p></p>
<p>Kind regards,<br>Decking & Bench Co.</p>""",
['BSM412'], 'HTML with a run of three <br> and an empty paragraph.')

M(47, 'review-request', 'text', '[Important] Your feedback on order {o}',
"""Dear Mrs Cook,

We hope the two made-to-measure blinds from order {o} are doing their job in the bedroom and loft.

A small reminder while we're here: if the cords ever start to stick, a wipe with a dry cloth and a tiny bit of silicone spray on the headrail runner usually sorts it out. Please keep the cord cleats fitted high on the frame if there are small children in the house.

Would you take a moment to leave a product review on Amazon? It helps other customers who are unsure about ordering blinds to measure online.

Kind regards,
Shade & Shutter South
10 Market Street, Lewes BN7 2NB""",
['BSM110'], '[Important] tag on a routine review request.')

M(48, 'review-request', 'text', 'Share your experience ({o})',
"""Dear Mr Palmer,

The new ski helmet from order {o} is hopefully heading up the mountain soon. We'd love to hear how it fits and whether the visor sits right.

If you're off to the Alps this season, one tip from our shop floor: adjust the dial at the back with your goggles on, not off, so the helmet sits at the right height and the gap above the goggle frame disappears.

If you'd like to write a review, here's the page: https://www.amazon.co.uk/review/create-review?asin=B0C5HELM78

Kind regards,
Palmer Snowsports""",
['BSM401'], 'Bare Amazon URL as the only link text.')

# ---------------------------------------------------------------- varying (49-50)
M(49, 'review-request', 'html', 'How are the wellies? ({o})',
"""<p>Hi Sophie,</p>
<p>You've had the wellies from order {o} for a couple of weeks now, so we hope they've seen some proper mud. If you have a minute, we'd appreciate a product review on Amazon; honest impressions help other walkers pick the right boot.</p>
<p>A little care tip while we're at it: rinse the mud off with cold water rather than leaving it to dry on, and store them upright away from radiators so the rubber doesn't crack.</p>
<p><a href="https://www.amazon.co.uk/review/create-review?asin=B0WELLY123">Review your wellies on Amazon.co.uk</a></p>
<p>Best wishes,<br>Puddle & Path</p>
<img src="https://track.mailpilot.io/open.gif?uid=88213&amp;cid=4471" width="1" height="1" alt="">""",
['BSM307', 'BSM402'], 'Review request from an e-mail tool with a 1x1 tracking pixel with empty alt.')

M(50, 'delivery-delay', 'html', 'Revised date for order {o}',
"""<p><a href="https://www.brambleandfinch.co.uk"><img src="https://www.brambleandfinch.co.uk/img/bramble-and-finch-logo.png" alt="Bramble &amp; Finch logo" width="160"></a></p>
<p>Dear Ms Carter,</p>
<p>The hand-bound notebook from order {o} needs a little more time: the leather has to rest for a few days after dyeing before we can press it. We now expect to send it on Monday 14 December.</p>
<p>You asked for the initials S.C. to be blind-embossed on the cover. We'll do that once the leather has fully settled, otherwise the impression spreads a little. The paper inside is 120gsm and fountain-pen friendly, just as you asked.</p>
<p>If the new date doesn't work, for instance because the notebook is a gift, just let us know.</p>
<p>Kind regards,<br>Gemma, Bramble &amp; Finch</p>""",
['BSM302', 'BSM304'], 'Logo linked to the seller\'s website.')
