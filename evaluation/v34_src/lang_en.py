"""v34 evaluation messages, English (en)."""

_R = []


def _m(locale, typ, fmt, subject, body, order_id, expected, note):
    _R.append({
        "id": "v34-en-%03d" % (len(_R) + 1),
        "language": "en",
        "locale": locale,
        "type": typ,
        "format": fmt,
        "subject": subject,
        "body": body,
        "order_id": order_id,
        "expected": sorted(expected),
        "note": note,
    })


# 1 clean delay, text
_m("en-GB", "delivery-delay", "text",
   "Your lens order 652-4071839-2256610 - revised dispatch date",
   "Hello Mr Thornton,\n\nI'm writing about the Helios 44-2 lens you ordered from us (order 652-4071839-2256610). When we bench-tested it before packing, the aperture blades were sticking slightly, so it has gone back to our technician for a clean and re-lubrication. That is a two-week job at this time of year, which means we now expect to send it out on Monday 21 December rather than last Friday as listed.\n\nI'm sorry for the wait. I'd much rather you received it working perfectly than on time with a fault.\n\nBest wishes,\nAlan Pryce\nPryce Camera Exchange, Shrewsbury",
   "652-4071839-2256610", [], "Clean plain-text delay explained by a repair before dispatch.")

# 2 clean delay, html
_m("en-US", "delivery-delay", "html",
   "Update on order 652-9915402-6638017",
   "<p>Hi Jessica,</p>\n<p>Thanks for your patience with order <b>652-9915402-6638017</b>. The 6 mm cork yoga mats are held up in a container at the Port of Long Beach, and our freight forwarder now estimates they will reach our Reno warehouse on December 18.</p>\n<table cellpadding=\"6\" border=\"0\">\n<tr><td><b>Item</b></td><td>Cork yoga mat, 72 x 24 in, qty 2</td></tr>\n<tr><td><b>Original ship-by date</b></td><td>December 9</td></tr>\n<tr><td><b>New estimated ship date</b></td><td>December 21</td></tr>\n</table>\n<p>We apologize for the delay.</p>\n<p>Sincerely,<br>Customer Care<br>TerraFlow Fitness Supply</p>",
   "652-9915402-6638017", [], "Clean HTML delay with a table of dates.")

# 3 clean order problem [Important]
_m("en-GB", "order-problem", "text",
   "[Important] We cannot fulfil order 652-1308876-5512093",
   "Dear Ms Kaur,\n\nI'm very sorry to tell you that the first edition of 'The Secret Garden' you ordered was damaged by a leak in our storeroom last week. The boards are water-stained, and it would not be fair to send it to you in that state. It was our only copy.\n\nWe have therefore adjusted the full amount of order 652-1308876-5512093 (GBP 145.00, postage included) with the reason 'could not ship'. The refund goes back to your original payment method, usually within three to five working days.\n\nWith apologies,\nMargaret Ellison\nEllison Antiquarian Books, Hay-on-Wye",
   "652-1308876-5512093", [], "Clean order problem with the amount adjusted and [Important] in the subject.")

# 4 clean additional information
_m("en-AU", "additional-information", "text",
   "Quick check on order 652-6624103-0087451",
   "G'day Liam,\n\nThanks for ordering the front brake rotors. Before we pick them, we need to confirm they suit your car: Hiluxes built in 2015 came with two different rotor sizes depending on the model.\n\nCould you reply with the VIN or the build plate date from your vehicle? As soon as we have it, order 652-6624103-0087451 can go ahead with the right pair.\n\nCheers,\nDeb\nOutback Auto Spares, Toowoomba",
   "652-6624103-0087451", [], "Clean request for a VIN needed to complete a spare-parts order.")

# 5 clean return follow-up, partial refund
_m("en-GB", "return-follow-up", "html",
   "About your return request - order 652-3377810-4429564",
   "<p>Dear Mrs Hughes,</p>\n<p>Thank you for the photos of the scooter. The scuff on the deck is clearly from the warehouse and we apologise.</p>\n<p>You are welcome to return it. Alternatively, if your grandson is happy to keep it as it is, we can offer a partial refund of <b>GBP 15.00</b> on order 652-3377810-4429564. Just let us know which you would prefer.</p>\n<p>Kind regards,<br>Olivia<br>WheelieGood Toys</p>",
   "652-3377810-4429564", [], "Clean HTML return follow-up offering a partial refund.")

# 6 clean return follow-up, question
_m("en-US", "return-follow-up", "text",
   "Your drone return - order 652-8052216-1970339",
   "Hi Marcus,\n\nWe're setting up the return for your drone (order 652-8052216-1970339). You mentioned the flight time is much shorter than advertised. Your kit came with two batteries: is the problem with one battery or both? And do you happen to know roughly how many charge cycles they've had?\n\nThat tells us whether to send a prepaid label for the whole kit or just for the battery.\n\nThanks,\nNate\nSkyward Hobby Supply",
   "652-8052216-1970339", [], "Clean return follow-up asking for information needed for the return.")

# 7 clean invoice with VAT/company numbers
_m("en-GB", "invoice", "html",
   "VAT invoice for order 652-2190457-7763102",
   "<p>Good afternoon,</p>\n<p>Please find attached your VAT invoice <b>INV/2026/3381</b> for order 652-2190457-7763102 (4 x ergonomic office chair, GBP 796.00 including VAT at 20%).</p>\n<p>Kind regards,<br>Accounts Team</p>\n<p><small>Seatworks Ltd, Unit 7 Enterprise Park, Leeds LS10 1QR<br>Registered in England and Wales, company no. 09876543<br>VAT registration GB 284 7716 52</small></p>",
   "652-2190457-7763102", [], "Clean invoice with VAT and company numbers and a slashed invoice number.")

# 8 clean review request, text
_m("en-AU", "review-request", "text",
   "Order 652-5503962-8146677: would you share your thoughts?",
   "Hi there,\n\nYou bought a bar of our cold-water surf wax a little while ago (order 652-5503962-8146677). If you have a moment, we'd appreciate it if you left a product review or seller feedback on Amazon. Whatever your experience was, it helps other surfers choose.\n\nThanks for reading,\nKirra Wax Co., Byron Bay",
   "652-5503962-8146677", [], "Clean neutral review request in plain text.")

# 9 clean review request, html with logo
_m("en-CA", "review-request", "html",
   "Your Maple & Pine order 652-7740018-3325906",
   "<table cellpadding=\"0\" cellspacing=\"0\" width=\"100%\">\n<tr><td><img src=\"https://static.shopmailer.io/brands/5561/maple-and-pine-logo.png\" alt=\"Maple &amp; Pine Soap Co. logo\" width=\"180\" height=\"60\"></td></tr>\n<tr><td>\n<p>Hello,</p>\n<p>Thank you for choosing Maple &amp; Pine Soap Co. for order 652-7740018-3325906. We would be grateful if you could tell other shoppers what you think of the soap.</p>\n<p><a href=\"https://www.amazon.ca/review/review-your-purchases/?asin=B0C9SOAP55\">Review your purchase on Amazon.ca</a></p>\n<p>Warm regards,<br>The Maple &amp; Pine team, Halifax</p>\n</td></tr>\n</table>",
   "652-7740018-3325906", [], "Clean HTML review request with the shop logo and a descriptive Amazon link.")

# 10 clean delivery scheduling
_m("en-GB", "delivery-scheduling", "text",
   "Booking your treadmill delivery (order 652-0457731-9281154)",
   "Dear Mr Okafor,\n\nYour folding treadmill weighs 92 kg, so it travels on our two-person delivery service and we need to agree a date with you. The crew covers your area on these days:\n\nTuesday 15 December, 7am to 12pm\nThursday 17 December, 12pm to 6pm\nSaturday 19 December, 8am to 1pm\n\nPlease reply with the slot that suits you and let us know about any steps or narrow doorways on the way in.\n\nOrder reference: 652-0457731-9281154\n\nMany thanks,\nDelivery Planning\nFitHome Equipment",
   "652-0457731-9281154", [], "Clean delivery scheduling for a heavy item with dated time slots.")

# 11 clean home service appointment
_m("en-US", "home-service-appointment", "text",
   "Scheduling your TV wall mount installation - 652-3811025-6604479",
   "Hello Ms. Alvarez,\n\nYou purchased professional installation with your 65-inch TV wall mount (order 652-3811025-6604479). Our technician, Carlos, is available:\n\n- Wednesday, December 16, 9:00-11:00 AM\n- Friday, December 18, 2:00-4:00 PM\n- Monday, December 21, 10:00 AM-12:00 PM\n\nPlease reply with your preferred window. It helps if you can tell us what the wall is made of (drywall, brick or plaster) so he brings the right anchors.\n\nBest regards,\nHomeMount Services Scheduling",
   "652-3811025-6604479", [], "Clean home service appointment with time windows.")

# 12 clean custom design verification
_m("en-GB", "custom-design-verification", "html",
   "Proof of your wedding invitations - order 652-6193348-0715826",
   "<p>Dear Charlotte and James,</p>\n<p>Attached is the digital proof of your invitations for order 652-6193348-0715826. Please check the following carefully:</p>\n<ul>\n<li>names and spelling</li>\n<li>the date: Saturday 12 June 2027, ceremony at 2pm</li>\n<li>the venue: Holbrook Manor, Somerset</li>\n<li>the RSVP date</li>\n</ul>\n<p>Once you reply to confirm, we will print all 80 cards. Changes are free at this stage.</p>\n<p>With best wishes,<br>Rosie<br>Paper Lantern Stationery</p>",
   "652-6193348-0715826", [], "Clean design proof verification for printed invitations.")

# 13 clean gate code question
_m("en-US", "fulfillment-question", "text",
   "Gate access needed for order 652-2068517-4439960",
   "Hi Mr. Nguyen,\n\nWe're arranging freight delivery of your 200 lb fireproof document safe (order 652-2068517-4439960, our job ref. FT-88213/2). Your address is inside a gated community, and the freight carrier will need the gate code or a call box name to get in.\n\nCould you reply with the gate code, or let us know if the guard station should be told instead? We share it only with the delivery driver.\n\nThank you,\nIronclad Safes Fulfillment",
   "652-2068517-4439960", [], "Clean gate code question with reference numbers.")

# 14 clean reply quoting a foreign-language product title
_m("en-GB", "reply", "text",
   "Re: Which scale is this? Order 652-1449026-8820753",
   "Hi Priya,\n\nThe scale you ordered is sold by the German maker under the name 'Präzisions-Küchenwaage Edelstahl 5 kg', which is why the box is in German. It weighs in 1 g steps up to 5 kg and has a tare button, and the display can be switched from grams to ounces with the button marked 'Einheit'. A leaflet in English is tucked under the tray inside the box.\n\nAll the best,\nTom\nKitchen Corner Direct\nOrder 652-1449026-8820753",
   "652-1449026-8820753", [], "Clean reply quoting a German product title inside English sentences.")

# 15 clean reply with manufacturer's warranty line
_m("en-GB", "reply", "html",
   "Re: Cordless vacuum stopped charging (652-5932771-3046185)",
   "<p>Dear Mr Fletcher,</p>\n<p>I'm sorry the vacuum has stopped charging. It is covered by the manufacturer's two-year warranty, and their repair centre deals with faults directly, usually by collecting the unit.</p>\n<p>Manufacturer's warranty line (Vortexa UK): 0800 046 3310, Monday to Friday, 8am to 6pm.</p>\n<p>Please have your order number 652-5932771-3046185 and the serial number from the bottom of the handle ready.</p>\n<p>Kind regards,<br>Home Appliance Hub</p>",
   "652-5932771-3046185", [], "Clean reply with the manufacturer's warranty line, marked as such.")

# 16 clean reply with company footer
_m("en-AU", "reply", "text",
   "Re: Is this rug suitable outdoors? Order 652-8306694-5529017",
   "Hi Sarah,\n\nThe jute rug from order 652-8306694-5529017 is for indoor use only. Jute soaks up moisture and will go mouldy if it's left on a deck or a covered patio. For outdoors, a polypropylene rug is the better choice.\n\nRegards,\nBen\n\n--\nCoastal Threads Homewares Pty Ltd\n14 Marine Parade, Southport QLD 4215\nABN 51 824 753 556\nCustomer care hours: Mon-Fri 9am-5pm AEST",
   "652-8306694-5529017", [], "Clean reply with a company details footer including an ABN.")

# 17 clean reply with return numbers, dates, amounts
_m("en-US", "reply", "text",
   "Re: Return status for order 652-4715208-1193364",
   "Hi Kevin,\n\nYour return (RMA #RT-55019, UPS tracking 1Z999AA10123456784) was delivered to our returns center on December 8 at 11:42 AM. It was inspected on December 9 and a refund of $129.99 was issued to your original payment method the same day. Depending on your bank, it may take 3-5 business days to appear.\n\nOrder: 652-4715208-1193364\n\nBest,\nReturns Team, GearLoft Outdoor",
   "652-4715208-1193364", [], "Clean reply with RMA and tracking numbers, dates, a time and an amount.")

# 18 BSM201 dispatched / handed to carrier
_m("en-GB", "fulfillment-question", "text",
   "Good news about order 652-9164430-7758201",
   "Hi Rachel,\n\nJust a quick note to say your hand-thrown mugs were carefully wrapped and handed over to Royal Mail this afternoon. They should be with you in two to three days.\n\nOrder 652-9164430-7758201\n\nBest,\nHolly\nFoxglove Pottery",
   "652-9164430-7758201", ["BSM201"], "Shipment confirmation: handed to the carrier.")

# 19 BSM201 received and preparing
_m("en-US", "fulfillment-question", "html",
   "We've got your order 652-0379985-2621147",
   "<p>Hey Tyler,</p>\n<p>Your order 652-0379985-2621147 came through and our crew is already roasting and bagging your coffee beans. We'll have everything ready in no time.</p>\n<p>Cheers,<br>Bright Ridge Roasters</p>",
   "652-0379985-2621147", ["BSM201"], "Order confirmation: received and being prepared.")

# 20 BSM202 thanks only
_m("en-AU", "fulfillment-question", "text",
   "Thank you! Order 652-7228541-9904412",
   "Hi Jack,\n\nJust wanted to say a massive thank you for your order. It means a lot to a small family business like ours.\n\nCheers,\nThe Bellbird Honey crew\nOrder 652-7228541-9904412",
   "652-7228541-9904412", ["BSM202"], "Thanks-only message.")

# 21 BSM202 only here if needed
_m("en-US", "reply", "text",
   "Order 652-3640097-4417856",
   "Dear Customer,\n\nWe just want you to know that if anything at all isn't right with your order 652-3640097-4417856, our team is standing by and happy to help. Simply reply to this message any time.\n\nBest regards,\nSummit Electronics",
   "652-3640097-4417856", ["BSM202"], "Only offers help if a problem comes up.")

# 22 BSM203 P.S. discount
_m("en-GB", "delivery-delay", "html",
   "Order 652-5891763-0083325: short delay",
   "<p>Dear Mr Walsh,</p>\n<p>Your wool throw (order 652-5891763-0083325) is being re-woven after a fault in the first batch, so it will now ship on 18 December instead of 11 December. We're sorry for the delay.</p>\n<p>Kind regards,<br>Highland Loom</p>\n<p>P.S. Our winter sale is on: 20% off everything in the shop until the end of December.</p>",
   "652-5891763-0083325", ["BSM203"], "Delay message with a promotional P.S. offering 20% off.")

# 23 BSM203 follow us/newsletter
_m("en-CA", "additional-information", "text",
   "Size needed for order 652-1127650-6659038",
   "Hi Emily,\n\nYou ordered the merino base layer but the size field came through blank on order 652-1127650-6659038. Could you let us know which size you'd like (XS to XL)?\n\nAlso, our spring collection drops in February. Follow us on Instagram and Facebook and sign up for our newsletter so you don't miss it!\n\nThanks,\nNorthbound Apparel, Calgary",
   "652-1127650-6659038", ["BSM203"], "Information request with follow-us, newsletter and new collection promotion.")

# 24 BSM204 token of appreciation
_m("en-GB", "review-request", "text",
   "How are you finding your bird feeder? (652-6406289-3372219)",
   "Dear Mrs Patel,\n\nWe hope the birds have found your new feeder. We'd love to hear how you're getting on, so if you write a review on Amazon, drop us a line once it's published and we'll post you a bag of premium sunflower hearts as a little thank-you.\n\nWarm regards,\nWoodland Wings\nOrder 652-6406289-3372219",
   "652-6406289-3372219", ["BSM204"], "Review request offering a small gift after the review is published.")

# 25 BSM204 full refund after review
_m("en-US", "review-request", "html",
   "A special offer for order 652-8813072-5540863",
   "<p>Hi Brandon,</p>\n<p>We'd really like to hear your honest opinion of the phone tripod you bought. Once your review is live on Amazon, send us the link and we'll refund your purchase in full. No need to send the tripod back.</p>\n<p>Thanks,<br>SnapGrip Gear<br>Order 652-8813072-5540863</p>",
   "652-8813072-5540863", ["BSM204"], "Review request promising a full refund once the review is online.")

# 26 BSM205 change/remove one-star review
_m("en-AU", "reply", "text",
   "Re: Your review of the camping chair - order 652-2935514-8127706",
   "Hi Grace,\n\nGlad to hear the replacement chair arrived and the armrest is solid this time. Since we've sorted it out, would you mind updating your one-star review to reflect how we handled it, or taking it down altogether? It would really help us.\n\nThanks heaps,\nMick\nTrailhead Camping Supplies\nOrder 652-2935514-8127706",
   "652-2935514-8127706", ["BSM205"], "Asks the buyer to update or remove a one-star review.")

# 27 BSM206 only if happy
_m("en-GB", "review-request", "text",
   "Order 652-4159807-2248830 - a small favour",
   "Dear Customer,\n\nIf you're pleased with your new bathroom mirror cabinet, we'd be ever so grateful for a review on Amazon. If you're not completely happy, please don't leave a review; contact us instead and we'll put things right.\n\nKind regards,\nBathroom Bits Direct\nOrder 652-4159807-2248830",
   "652-4159807-2248830", ["BSM206"], "Review request only if satisfied; unhappy buyers steered to contact the seller.")

# 28 BSM206 five stars
_m("en-US", "review-request", "text",
   "Loving your new knife? Order 652-0872241-7015593",
   "Hi Megan,\n\nWe hope the chef's knife is making dinner prep a breeze. Would you take a minute to leave us a 5-star rating on Amazon? Every one of them makes a huge difference to a small forge like ours.\n\nThank you,\nIron & Ember Knife Works\nOrder 652-0872241-7015593",
   "652-0872241-7015593", ["BSM206"], "Asks for a five-star rating.")

# 29 BSM108 cancel yourself, adjustment confirmed
_m("en-GB", "order-problem", "text",
   "Problem with your order 652-7580316-9936024",
   "Dear Mr Davies,\n\nUnfortunately the replacement oven door seal for your Belling cooker is no longer available from the manufacturer, and we have none left. We have adjusted the order amount of GBP 18.49 with the reason 'no inventory'.\n\nThe quickest way to close the order on your side is to cancel it yourself under Your Orders.\n\nApologies again,\nSpares4Cookers\nOrder 652-7580316-9936024",
   "652-7580316-9936024", ["BSM108"], "Adjustment confirmed, but advises the buyer to cancel themselves.")

# 30 BSM108 + BSM107
_m("en-CA", "order-problem", "html",
   "Order 652-3296658-1584479 - stock issue",
   "<p>Dear Ms. Tremblay,</p>\n<p>We're sorry, but the snowshoes in size 25 that you ordered have sold out and our supplier can't restock them before spring.</p>\n<p>We'd appreciate it if you could submit a cancellation request for order 652-3296658-1584479 through your Amazon account. That will let us close it out on our end.</p>\n<p>Regards,<br>Laurentian Outfitters</p>",
   "652-3296658-1584479", ["BSM107", "BSM108"], "Out of stock: asks for a cancellation request, without confirming an adjustment.")

# 31 BSM305 reply STOP / unsubscribe
_m("en-US", "review-request", "text",
   "Your feedback on order 652-6741903-4460127",
   "Hello,\n\nYou recently purchased a set of silicone baking mats from us (order 652-6741903-4460127). We would appreciate it if you left a product review on Amazon and told other bakers about your experience.\n\nSincerely,\nBakeRight Kitchenware\n\nTo unsubscribe from future messages, reply STOP.",
   "652-6741903-4460127", ["BSM305"], "Review request with a reply-STOP unsubscribe instruction.")

# 32 BSM306 profanity
_m("en-GB", "reply", "text",
   "Re: Broken lamp - order 652-9407725-3317648",
   "Hi Dan,\n\nBloody hell, sorry about this. That shit courier has wrecked another one, it's the third this week. A new lamp goes out to you tomorrow and you can bin the broken one.\n\nCheers,\nGary\nLumen & Co. Lighting\nOrder 652-9407725-3317648",
   "652-9407725-3317648", ["BSM306"], "Reply containing English profanity.")

# 33 BSM104 German body to an English buyer
_m("en-GB", "additional-information", "text",
   "Bestellung 652-5184470-0692385",
   "Sehr geehrte Frau Collins,\n\nfür die Anfertigung Ihres Maßhemdes benötigen wir noch Ihre Halsweite und Ihre Armlänge in Zentimetern. Bitte antworten Sie einfach auf diese Nachricht.\n\nMit freundlichen Grüßen\nHemdenschneiderei Vogt",
   "652-5184470-0692385", ["BSM104"], "Message written in German to an en-GB buyer.")

# 34 BSM309 national format
_m("en-GB", "delivery-scheduling", "text",
   "Delivering your garden shed - order 652-1862093-7219551",
   "Dear Mr and Mrs Reid,\n\nYour 8x6 shed (order 652-1862093-7219551) is delivered flat-packed on a pallet by our own van. We can come on Wednesday 16 December, morning, or Friday 18 December, afternoon. Which would you prefer?\n\nIf it's easier, ring our driver Steve on 07700 900461 the day before and he'll sort out where to leave the pallet.\n\nBest regards,\nGreenacre Garden Buildings",
   "652-1862093-7219551", ["BSM309"], "Delivery scheduling with a UK mobile number.")

# 35 BSM309 international format
_m("en-CA", "reply", "html",
   "Re: Missing screws - order 652-4033619-8845202",
   "<p>Hi Mr. Singh,</p>\n<p>Sorry the hardware bag was missing from your bookcase. A replacement bag is going out this week at no charge.</p>\n<p>Best regards,<br>Jordan Reyes<br>Customer Support, Timberline Furniture<br>+1 (416) 555-0182</p>\n<p>Order 652-4033619-8845202</p>",
   "652-4033619-8845202", ["BSM309"], "Reply with the seller's phone number in international format in the signature.")

# 36 BSM308 plain email
_m("en-US", "custom-design-verification", "text",
   "Design proof for order 652-7902458-1106639",
   "Hi Ashley,\n\nAttached is the proof for your custom dog collar tag, with 'Biscuit' on the front and your address on the back. Please check it and reply to confirm.\n\nIf you'd rather send a different font or a hand-drawn sketch, just email it to designs@pawprinttags.com and we'll rework the proof.\n\nThanks!\nPawPrint Tags\nOrder 652-7902458-1106639",
   "652-7902458-1106639", ["BSM308"], "Design proof message containing a plain email address.")

# 37 BSM308 obfuscated
_m("en-GB", "reply", "text",
   "Re: Assembly instructions - order 652-2570186-6324417",
   "Hello Fiona,\n\nThe PDF of the assembly guide for the bunk bed is too large to send here. Send a quick email to help (at) dreamwoodbeds (dot) co (dot) uk and we'll reply with it straight away.\n\nKind regards,\nDreamwood Beds\nOrder 652-2570186-6324417",
   "652-2570186-6324417", ["BSM308"], "Email address obfuscated with (at) and (dot).")

# 38 BSM302 external link
_m("en-US", "reply", "html",
   "Re: Seasoning the griddle - order 652-8649931-2053780",
   "<p>Hi Ryan,</p>\n<p>Great question. Before first use, wash the griddle, dry it on the burner and rub in a thin layer of oil. We put together a photo walkthrough here: <a href=\"https://www.flatirongriddles.com/guides/first-seasoning\">Flatiron's guide to seasoning a new griddle</a>.</p>\n<p>Happy cooking,<br>Flatiron Griddles<br>Order 652-8649931-2053780</p>",
   "652-8649931-2053780", ["BSM302"], "Reply linking to the seller's own website with descriptive text.")

# 39 BSM301 http Amazon link
_m("en-GB", "review-request", "html",
   "Share your experience - order 652-0115572-4788936",
   "<p>Hello,</p>\n<p>You recently bought a pair of leather gardening gloves from us (order 652-0115572-4788936). We would welcome your review, whatever you thought of them.</p>\n<p><a href=\"http://www.amazon.co.uk/review/review-your-purchases/?asin=B0GLOVE882\">Write a review of the gloves on Amazon.co.uk</a></p>\n<p>Many thanks,<br>Thornbury Garden Supplies</p>",
   "652-0115572-4788936", ["BSM301"], "Review request with an http link to Amazon.")

# 40 BSM310 product image
_m("en-US", "delivery-delay", "html",
   "Your standing desk, order 652-5367004-9912658",
   "<p>Hi Olivia,</p>\n<p>The walnut standing desk you ordered is on backorder until December 22, when we expect to ship it.</p>\n<p><img src=\"https://cdn.deskcraft-mail.com/img/walnut-standing-desk-60in.jpg\" alt=\"Walnut standing desk, 60 inch\" width=\"360\" height=\"240\"></p>\n<p>Sorry for the wait,<br>DeskCraft<br>Order 652-5367004-9912658</p>",
   "652-5367004-9912658", ["BSM310"], "Delay message showing a photo of the purchased desk.")

# 41 BSM311 unrelated image
_m("en-AU", "additional-information", "html",
   "Delivery instructions for order 652-3958817-1274403",
   "<p><img src=\"https://images.freestock.example/tropical-beach-sunset.jpg\" alt=\"Palm trees on a beach at sunset\" width=\"420\" height=\"240\"></p>\n<p>Hi Chloe,</p>\n<p>Your pool chemicals (order 652-3958817-1274403) can't be left unattended. Could you let us know whether someone will be home on weekdays, or a safe spot out of the sun where the courier may leave them?</p>\n<p>Thanks,<br>Crystal Pools Supplies</p>",
   "652-3958817-1274403", ["BSM311"], "Information request with an unrelated stock beach image.")

# 42 BSM402 logo without alt
_m("en-GB", "invoice", "html",
   "Invoice for order 652-6084139-5837712",
   "<p><img src=\"https://static.shopmailer.io/brands/2210/brewhouse-supplies-logo.png\" width=\"160\" height=\"50\"></p>\n<p>Dear Customer,</p>\n<p>Your invoice (BHS/26/0712) for order 652-6084139-5837712 is attached.</p>\n<p>Regards,<br>Brewhouse Supplies Ltd<br>VAT GB 339 2145 07</p>",
   "652-6084139-5837712", ["BSM402"], "Invoice with a logo image that has no alt attribute.")

# 43 BSM403 emoji
_m("en-US", "delivery-delay", "text",
   "Small delay on order 652-1730264-8406991 \U0001F61F",
   "Hi Madison,\n\nOur glitter supplier ran late, so your personalized tumbler will ship on December 19 instead of December 15. Sorry! \U0001F64F\n\nXO,\nSparkle Cup Studio\nOrder 652-1730264-8406991",
   "652-1730264-8406991", ["BSM403"], "Delay message with emoji in subject and body.")

# 44 BSM403 emoticon
_m("en-GB", "reply", "text",
   "Re: Do the fairy lights work outside? 652-4498372-0561148",
   "Hi Ellie,\n\nYes, they're rated IP44 so they're fine outside in the rain, just keep the battery box under cover :)\n\nBest,\nTwinkle Home\nOrder 652-4498372-0561148",
   "652-4498372-0561148", ["BSM403"], "Reply with the emoticon ':)'.")

# 45 BSM410 four font sizes
_m("en-US", "home-service-appointment", "html",
   "Your assembly appointment - order 652-7015926-3390284",
   "<style>\n.title { font-size: 28px; }\n.subtitle { font-size: 20px; }\n.body-copy { font-size: 15px; }\n.legal { font-size: 10px; }\n</style>\n<div class=\"title\">Let's book your assembly</div>\n<div class=\"subtitle\">Order 652-7015926-3390284</div>\n<p class=\"body-copy\">Hi Mr. Cooper, your crib assembly can be scheduled on Tuesday, December 15, 1-3 PM or Thursday, December 17, 9-11 AM. Reply with the slot you prefer.</p>\n<p class=\"legal\">Assembly services provided by HandyNest LLC.</p>",
   "652-7015926-3390284", ["BSM410"], "Home-service message with four font sizes in a style block.")

# 46 BSM412 br runs
_m("en-GB", "return-follow-up", "html",
   "Your return of order 652-2841603-7728015",
   "<p>Dear Ms Grant,</p>\n<p>To finish your return, could you tell us whether the rucksack has been used outdoors? Unused items go back into stock; used ones go to our repair team.<br><br><br><br>Many thanks,<br><br><br>Ridgeway Packs</p>\n<p>Order 652-2841603-7728015</p>",
   "652-2841603-7728015", ["BSM412"], "HTML with runs of three and four br tags.")

# 47 BSM110 [Important] on return follow-up
_m("en-GB", "return-follow-up", "text",
   "[Important] Return for order 652-9550381-6619427",
   "Dear Mr Hamilton,\n\nTo process the return of your electric guitar, please let us know whether the original hard case will be included. The return label we send depends on the parcel size.\n\nKind regards,\nFretboard Music\nOrder 652-9550381-6619427",
   "652-9550381-6619427", ["BSM110"], "[Important] tag on a return follow-up, which is not critical.")

# 48 BSM401 bare URL
_m("en-AU", "review-request", "text",
   "Your feedback on order 652-0638845-2087163",
   "Hi Hannah,\n\nYou picked up one of our insulated lunch bags recently (order 652-0638845-2087163). If you have a spare minute, we'd appreciate a review, good or bad:\n\nhttps://www.amazon.com.au/review/review-your-purchases/?asin=B0LUNCH731\n\nThanks,\nBento Box Co.",
   "652-0638845-2087163", ["BSM401"], "Review request with a bare URL as link text.")

# 49 vary: tracking pixel
_m("en-US", "delivery-delay", "html",
   "Revised ship date for order 652-4386610-9014537",
   "<p>Hello Mr. Brooks,</p>\n<p>The replacement air filter for your HVAC unit (order 652-4386610-9014537) is on backorder with the distributor. We now expect to ship it on December 22.</p>\n<p>We apologize for the inconvenience.</p>\n<p>FilterDirect Customer Service</p>\n<img src=\"https://t.mailpulse.example/o.png?cid=88213&amp;uid=652x77&amp;evt=open\" width=\"1\" height=\"1\" alt=\"\">",
   "652-4386610-9014537", ["BSM307", "BSM402"], "Delay message with a 1x1 tracking pixel with empty alt.")

# 50 vary: wide margins
_m("en-GB", "delivery-scheduling", "html",
   "Arranging delivery of your piano - order 652-8177293-5502846",
   "<div style=\"padding: 20px 140px;\">\n<p>Dear Dr Morgan,</p>\n<p>Your upright piano (order 652-8177293-5502846) needs a specialist three-person crew. We can deliver on Monday 14 December between 9am and 1pm, or Wednesday 16 December between 1pm and 5pm. Please let us know which suits, and whether there are any stairs.</p>\n<p>Kind regards,<br>Allegro Piano Movers on behalf of Keys &amp; Strings</p>\n</div>",
   "652-8177293-5502846", ["BSM405"], "Wrapper with 140px horizontal padding on each side.")

MESSAGES = _R
