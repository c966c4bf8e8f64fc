"""v32 evaluation messages, English (en)."""

MESSAGES = []


def _m(locale, type_, fmt, subject, body, order_id, expected, note):
    MESSAGES.append({
        "id": "v32-en-%03d" % (len(MESSAGES) + 1),
        "language": "en",
        "locale": locale,
        "type": type_,
        "format": fmt,
        "subject": subject,
        "body": body,
        "order_id": order_id,
        "expected": sorted(expected),
        "note": note,
    })


# ---------------------------------------------------------------- clean (17)

_m("en-GB", "delivery-delay", "text",
   "Your order 632-7140285-3906612 - revised dispatch date",
   "Hi Gareth,\n\n"
   "A quick heads-up about the replacement alternator belt you ordered for your Land Rover Defender. "
   "Our supplier in Birmingham has had a machine breakdown, so the belt won't reach us until Monday.\n\n"
   "We now expect to dispatch it on Tuesday 15 December, with delivery a day or two after that. Nothing for you to do in the meantime.\n\n"
   "Sorry for the wait,\nCallum\nMidlands 4x4 Spares",
   "632-7140285-3906612", [], "Clean plain-text delay notice for a car part with a revised dispatch date.")

_m("en-US", "delivery-delay", "html",
   "Order 632-0496183-2217540: new ship date",
   "<p>Hello Ms. Rodriguez,</p>"
   "<p>The walnut cutting board you ordered (order 632-0496183-2217540) needs a few more days in our finishing room. "
   "The food-safe oil we use cures slowly in cold weather, and we won't ship a board that is still tacky.</p>"
   "<table><tr><td>Original ship date</td><td>December 9</td></tr>"
   "<tr><td>New ship date</td><td>December 14</td></tr>"
   "<tr><td>Estimated arrival</td><td>December 17&ndash;19</td></tr></table>"
   "<p>Thank you for your patience.</p>"
   "<p>Best,<br>Hank &amp; June<br>Prairie Grain Woodworks</p>",
   "632-0496183-2217540", [], "Clean HTML delay notice with a plain table and US date format.")

_m("en-GB", "order-problem", "text",
   "[Important] Problem with your order 632-3358027-6649181",
   "Dear Mrs Thompson,\n\n"
   "I'm afraid we can't send the Victorian-style brass door knocker from order 632-3358027-6649181. "
   "The last one in stock failed our quality check with a cracked hinge, and the foundry has discontinued the design.\n\n"
   "We have adjusted your order amount in full (reason: no inventory), so the £42.50 will go back to your original payment method. "
   "Please accept our apologies.\n\n"
   "Kind regards,\nEleanor Pike\nPike & Daughters Ironmongery",
   "632-3358027-6649181", [], "Clean order problem confirming the full amount adjustment; [Important] is allowed on this type.")

_m("en-IE", "additional-information", "text",
   "Quick question about order 632-8825704-1190367",
   "Hi Aoife,\n\n"
   "Thanks for your order of the hand-knitted Aran baby blanket (632-8825704-1190367). "
   "You chose the option to add an embroidered name, but the name field came through blank on our end.\n\n"
   "Could you reply with the name you'd like stitched on, and whether you'd like it in cream or soft grey thread? "
   "We'll start on it as soon as we hear back.\n\n"
   "Many thanks,\nSiobhán\nConnemara Knitwear Co.",
   "632-8825704-1190367", [], "Clean request for the personalisation details needed to complete the order.")

_m("en-GB", "return-follow-up", "text",
   "About your return request - 632-5062931-7718843",
   "Hello Priya,\n\n"
   "You've asked to return the 12-piece stoneware dinner set because one side plate arrived chipped. "
   "Rather than sending the whole set back, would you prefer to keep it with a partial refund of £18.00 to cover the damaged plate?\n\n"
   "If you'd still rather return everything, that's absolutely fine; just let us know which you prefer.\n\n"
   "Best wishes,\nTom at Harbour Pottery\nOrder ref: 632-5062931-7718843",
   "632-5062931-7718843", [], "Clean return follow-up offering a partial refund as an alternative.")

_m("en-US", "return-follow-up", "text",
   "Return for order 632-1873450-4402976",
   "Hi Marcus,\n\n"
   "We got your return request for the 20V cordless drill kit. To process it, we need to know which part isn't working: "
   "the drill itself, the battery, or the charger? Each has its own serial number, and the return authorization depends on which one it is.\n\n"
   "A one-line reply is all we need.\n\n"
   "Thanks,\nReturns Desk\nLone Star Tool Supply",
   "632-1873450-4402976", [], "Clean return follow-up asking for the information needed to complete the return.")

_m("en-GB", "invoice", "html",
   "VAT invoice for order 632-9914378-0526139",
   "<p>Dear Mr Okafor,</p>"
   "<p>As requested, please find attached the VAT invoice for your order 632-9914378-0526139, made out to your company.</p>"
   "<table><tr><td>Invoice no.</td><td>INV/2026/12/0093</td></tr>"
   "<tr><td>Invoice date</td><td>3 December 2026</td></tr>"
   "<tr><td>Net</td><td>£245.00</td></tr><tr><td>VAT (20%)</td><td>£49.00</td></tr>"
   "<tr><td>Total</td><td>£294.00</td></tr></table>"
   "<p>Kind regards,<br>Accounts Team</p>"
   "<p><small>Northgate Office Supplies Ltd, Unit 4, Riverside Trading Estate, Leeds LS11 5QT. "
   "Registered in England and Wales, Company No. 08431276. VAT Reg. No. GB 291 8834 62.</small></p>",
   "632-9914378-0526139", [], "Clean invoice with a slashed invoice number, company and VAT registration numbers.")

_m("en-US", "review-request", "text",
   "How is your new hammock? (Order 632-4427609-8831054)",
   "Hi there,\n\n"
   "Your camping hammock from order 632-4427609-8831054 should have had a few weekends of use by now. "
   "If you have a minute, we'd welcome a product review or seller feedback on Amazon. "
   "Whatever your experience has been, an honest account helps other campers decide.\n\n"
   "Happy trails,\nBlue Ridge Outfitters",
   "632-4427609-8831054", [], "Clean neutral review request in plain text.")

_m("en-GB", "review-request", "html",
   "Your thoughts on order 632-2289140-6735508",
   "<p><img src=\"https://assets.thistleandthread.co.uk/email/thistle-and-thread-logo.png\" alt=\"Thistle &amp; Thread\" width=\"160\"></p>"
   "<p>Dear Fiona,</p>"
   "<p>You bought a tartan wool scarf from us recently (order 632-2289140-6735508). "
   "We would be grateful if you could share your experience with other shoppers.</p>"
   "<p>You can do so on <a href=\"https://www.amazon.co.uk/review/review-your-purchases\">Amazon's Review Your Purchases page</a>.</p>"
   "<p>With thanks,<br>Isla<br>Thistle &amp; Thread</p>",
   "632-2289140-6735508", [], "Clean HTML review request with the shop's logo (alt names the shop) and a descriptive https Amazon link.")

_m("en-GB", "delivery-scheduling", "text",
   "Booking your wardrobe delivery - order 632-6604821-3179925",
   "Dear Mr and Mrs Hughes,\n\n"
   "Your three-door oak wardrobe is ready to leave our workshop. Because it weighs around 95 kg and needs two people to carry it in, "
   "our own van will deliver it, and we need to agree a slot with you.\n\n"
   "Available slots:\n"
   "  Wed 16 Dec, 7am - 11am\n"
   "  Thu 17 Dec, 12pm - 4pm\n"
   "  Sat 19 Dec, 8am - 12pm\n\n"
   "Please reply with the slot that suits you and let us know if there are any narrow stairs or tight corners on the way to the bedroom.\n\n"
   "Many thanks,\nDeliveries, Cotswold Oak Furniture\nOrder 632-6604821-3179925",
   "632-6604821-3179925", [], "Clean delivery scheduling for a heavy item with time slots.")

_m("en-US", "home-service-appointment", "html",
   "Scheduling your TV wall-mount installation (632-0738265-5540192)",
   "<p>Hi Derek,</p>"
   "<p>Your order 632-0738265-5540192 includes professional installation of the 65\" TV wall mount. Our technician has these openings:</p>"
   "<ul><li>Monday, December 14, 9:00&ndash;11:00 AM</li>"
   "<li>Tuesday, December 15, 1:00&ndash;3:00 PM</li>"
   "<li>Friday, December 18, 10:00 AM&ndash;12:00 PM</li></ul>"
   "<p>Please also tell us what the wall is made of (drywall, brick or plaster) so he brings the right anchors.</p>"
   "<p>Thanks,<br>Scheduling Team<br>Summit Home Installs</p>",
   "632-0738265-5540192", [], "Clean home-service appointment with US time slots.")

_m("en-US", "custom-design-verification", "text",
   "Proof for your custom dog tag - 632-3401987-9022764",
   "Hi Kayla,\n\n"
   "Attached is the design proof for Biscuit's engraved tag (order 632-3401987-9022764).\n\n"
   "Front: BISCUIT\n"
   "Back: If found, please call my owner (the number you entered in the order)\n"
   "Shape: bone, brushed stainless steel\n\n"
   "Please check the spelling and layout. If it looks right, reply \"approved\" and we'll engrave it; if not, tell us what to change.\n\n"
   "Cheers,\nWag & Co. Engraving",
   "632-3401987-9022764", [], "Clean design proof verification; the buyer's number is referred to, not written.")

_m("en-GB", "fulfillment-question", "text",
   "Access to your building - order 632-5519036-1486207",
   "Hello,\n\n"
   "Our courier tried to deliver your parcel yesterday (consignment ref. DPD-4471-0938, our job no. 26-1188) but couldn't get into the block; "
   "there is a keypad on the main entrance.\n\n"
   "Could you reply with the entry code, or tell us if there's a concierge who can sign for it? We'll pass it only to the driver for this delivery.\n\n"
   "Thank you,\nDispatch Team\nLondon Fabric House\nOrder 632-5519036-1486207",
   "632-5519036-1486207", [], "Clean door-code question with reference numbers that are not phone numbers.")

_m("en-IE", "reply", "text",
   "Re: question about order 632-7261548-0973381",
   "Hi Ciarán,\n\n"
   "Yes, the \"Kaffeemühle Classic Handbetrieb\" is the same grinder as the one in the photo; it's made by a small firm in the Black Forest, which is why the name is in German. "
   "The burrs are ceramic and can be adjusted from espresso-fine to coarse for a French press.\n\n"
   "All the best,\nNiamh\nCork Coffee Tools",
   "632-7261548-0973381", [], "Clean reply quoting a German product title inside English sentences.")

_m("en-GB", "reply", "text",
   "Re: fridge not cooling - 632-8047391-2615530",
   "Dear Mr Patel,\n\n"
   "Sorry to hear the fridge has stopped cooling. It is covered by the manufacturer's two-year warranty, and repairs are handled by their own engineers.\n\n"
   "Manufacturer's warranty helpline (Frostline UK): 0800 028 4417, Monday to Friday 8am-6pm. "
   "Have your order number 632-8047391-2615530 and the serial number from inside the door ready when you call.\n\n"
   "If they can't sort it out, let us know and we'll step in.\n\n"
   "Regards,\nKitchen Appliance Direct",
   "632-8047391-2615530", [], "Clean reply with the manufacturer's warranty helpline, marked as such.")

_m("en-US", "reply", "html",
   "Re: sizing question (632-4950217-7368416)",
   "<p>Hi Jasmine,</p>"
   "<p>Great question. The hiking boots in your order 632-4950217-7368416 run about half a size small, so if you plan to wear thick wool socks "
   "you may want to exchange them for a 9.5.</p>"
   "<p>Best,<br>Leah</p>"
   "<p><small>Cascade Trail Footwear LLC &middot; 2210 NW Market St, Seattle, WA 98107 &middot; EIN 91-2847365 &middot; "
   "Customer service Mon&ndash;Fri 8 AM&ndash;5 PM PT</small></p>",
   "632-4950217-7368416", [], "Clean reply with a company-details footer (address, EIN, hours).")

_m("en-GB", "reply", "text",
   "Re: refund for order 632-1629834-5051297",
   "Hi Becky,\n\n"
   "Your return (RMA 88231-B) was delivered to our warehouse on 2 December at 10:47, Royal Mail tracking JX 4417 2093 6GB. "
   "We inspected it on 4 December and refunded £27.99 to your original payment method the same afternoon.\n\n"
   "Banks usually take 3-5 working days to show it. Your order reference is 632-1629834-5051297 if you need to quote it.\n\n"
   "Best regards,\nOliver\nPeak District Candles",
   "632-1629834-5051297", [], "Clean reply with RMA and tracking numbers, dates, times and amounts.")

# ------------------------------------------------------------ violations (31)

_m("en-US", "fulfillment-question", "text",
   "On its way! Order 632-6381025-8894410",
   "Hey Tyler,\n\n"
   "Just letting you know your skateboard deck was handed over to UPS this afternoon. "
   "It's officially out of our shop in San Diego and should land on your porch by Thursday.\n\n"
   "Shred safe,\nCoastline Board Co.\n632-6381025-8894410",
   "632-6381025-8894410", ["BSM201"], "Shipping confirmation paraphrased as handed over to the carrier.")

_m("en-GB", "fulfillment-question", "html",
   "Order 632-0157462-3327789",
   "<p>Dear Customer,</p>"
   "<p>We're pleased to say your order 632-0157462-3327789 has come through to us safely, and our packing team are getting it ready now. "
   "Each jar of marmalade is wrapped by hand before it goes in the box.</p>"
   "<p>Warm regards,<br>The Seville Kitchen</p>",
   "632-0157462-3327789", ["BSM201"], "Order confirmation paraphrased: received and being packed.")

_m("en-US", "reply", "text",
   "Thank you! (632-3785091-6102243)",
   "Hi Mr. Collins,\n\n"
   "We just wanted to say a big thank you for choosing our little family shop. It truly means the world to us.\n\n"
   "Warmly,\nThe Hendersons\nOzark Honey Farm\nOrder 632-3785091-6102243",
   "632-3785091-6102243", ["BSM202"], "Thanks-only message.")

_m("en-GB", "fulfillment-question", "text",
   "Order 632-9260743-4715528",
   "Hello Sarah,\n\n"
   "Should anything be amiss with your new bird feeder, or if any questions come up, we're always here and happy to help. "
   "Just drop us a message.\n\n"
   "Best wishes,\nWildlife Garden Supplies\nOrder 632-9260743-4715528",
   "632-9260743-4715528", ["BSM202"], "Message whose only content is being available if a problem comes up.")

_m("en-GB", "delivery-delay", "text",
   "Slight delay - order 632-4816390-0283675",
   "Hi Ruth,\n\n"
   "Your set of watercolour brushes (632-4816390-0283675) is held up at our supplier and will now leave us around 17 December rather than 12 December. "
   "Apologies for that.\n\n"
   "Best,\nPaintbox Art Supplies\n\n"
   "PS: As a small consolation, everything in our shop is 20% off until Sunday. Just use code BRUSH20 at checkout.",
   "632-4816390-0283675", ["BSM203"], "Permitted delay message with a 20% store-wide discount in the P.S.")

_m("en-US", "reply", "html",
   "Re: battery question - 632-5573208-9610042",
   "<p>Hi Andre,</p>"
   "<p>The Bluetooth speaker takes about three hours to charge fully and will then play for roughly twelve hours at medium volume. "
   "Your order is 632-5573208-9610042, in case you need it.</p>"
   "<p>By the way, we're launching a waterproof model next month! Follow us on Facebook and Instagram and sign up for our newsletter to hear about it first.</p>"
   "<p>Cheers,<br>SoundWave Gear</p>",
   "632-5573208-9610042", ["BSM203"], "Reply ending with a new product announcement, follow us and newsletter sign-up (no link).")

_m("en-GB", "review-request", "text",
   "Enjoying your bread tin? (632-1048576-3392810)",
   "Hi Graham,\n\n"
   "We hope your new enamel bread tin is keeping your loaves fresh. If you'd be kind enough to write a review on Amazon, "
   "we'd love to pop a little thank-you gift in the post for you once it has gone live: a tea towel from our new range.\n\n"
   "Cheers,\nHomestead Enamelware\nOrder 632-1048576-3392810",
   "632-1048576-3392810", ["BSM204"], "Review request with a small gift once the review is published.")

_m("en-US", "review-request", "text",
   "Get your money back - order 632-7730162-5558123",
   "Hello,\n\n"
   "Thanks for buying our phone tripod (632-7730162-5558123)! Here's a special deal: leave a review on Amazon and, as soon as it shows up, "
   "we'll refund your purchase in full. You keep the tripod, no strings attached.\n\n"
   "Best,\nSnapGrip Accessories",
   "632-7730162-5558123", ["BSM204"], "Full refund promised as soon as the review is online.")

_m("en-GB", "reply", "html",
   "Re: replacement lamp shade - 632-2916047-7183904",
   "<p>Dear Mrs Dawson,</p>"
   "<p>I'm so glad the replacement shade arrived in one piece, and I'm sorry again about the first one.</p>"
   "<p>Since everything is now sorted, would you be willing to revisit the one-star review you left? "
   "If you felt able to amend it, or take it down altogether, we'd be enormously grateful.</p>"
   "<p>Kind regards,<br>Margaret<br>Linen &amp; Light Interiors<br>Order 632-2916047-7183904</p>",
   "632-2916047-7183904", ["BSM205"], "Asks the buyer to amend or take down a one-star review.")

_m("en-US", "review-request", "text",
   "Happy with your yoga mat? 632-6053819-4420667",
   "Hi Megan,\n\n"
   "If you're loving your new cork yoga mat, we'd be thrilled if you shared that in a review on Amazon. "
   "If it hasn't lived up to your expectations, please don't post a review. Message us first and we'll make it right.\n\n"
   "Namaste,\nGreen Lotus Studio Goods\nOrder 632-6053819-4420667",
   "632-6053819-4420667", ["BSM206"], "Review asked only if happy; unhappy buyers steered to the seller instead.")

_m("en-IE", "review-request", "html",
   "Order 632-8471936-0765214 - a small favour",
   "<p>Hi Declan,</p>"
   "<p>We hope the fishing reel is treating you well on the Corrib.</p>"
   "<p>As a small Galway business, every rating counts. Would you consider leaving us a 5-star review on Amazon?</p>"
   "<p>Tight lines,<br>Western Angling Supplies<br>Order 632-8471936-0765214</p>",
   "632-8471936-0765214", ["BSM206"], "Review request asking for a five-star rating.")

_m("en-GB", "order-problem", "text",
   "Problem with order 632-3192875-6648730",
   "Dear Mr Ellis,\n\n"
   "Unfortunately the 1:76 scale locomotive you ordered has sold out and the manufacturer won't be making another batch until next year. "
   "We have adjusted the order amount in full (reason: no inventory), so you won't be charged.\n\n"
   "If the order still appears as pending in your account, the quickest way to clear it is to submit a cancellation request yourself from Your Orders.\n\n"
   "Regards,\nJunction Model Railways\nOrder 632-3192875-6648730",
   "632-3192875-6648730", ["BSM108"], "Order problem with adjustment confirmed but advising the buyer to cancel themselves.")

_m("en-US", "order-problem", "text",
   "Order 632-5408316-2271099 - out of stock",
   "Hi Jordan,\n\n"
   "So sorry, but the 6-quart air fryer you ordered sold out faster than our system could update, and we don't have any left. "
   "We'd really appreciate it if you could request a cancellation of order 632-5408316-2271099 on your end.\n\n"
   "Thanks for understanding,\nHomeChef Outlet",
   "632-5408316-2271099", ["BSM107", "BSM108"], "Order problem asking for a cancellation request without confirming an adjustment.")

_m("en-GB", "review-request", "text",
   "Feedback on order 632-0683249-8807352",
   "Dear Customer,\n\n"
   "Your order 632-0683249-8807352 was delivered recently. We'd welcome a review of the product or feedback on our service on Amazon, whatever your view.\n\n"
   "Regards,\nBrightSpark Electricals\n\n"
   "To opt out of future messages from us, reply UNSUBSCRIBE.",
   "632-0683249-8807352", ["BSM305"], "Neutral review request with an unsubscribe instruction in the footer.")

_m("en-US", "reply", "text",
   "Re: where is my package?? 632-4129583-1936640",
   "Hey Kevin,\n\n"
   "I hear you, and honestly I'm as pissed off as you are. The damn courier marked it delivered and then just dumped the shit in the wrong building. "
   "Total bullshit.\n\n"
   "I've sent out a new set of brake pads today for order 632-4129583-1936640.\n\n"
   "- Rick\nRoute 66 Auto Parts",
   "632-4129583-1936640", ["BSM306"], "Reply with English profanity.")

_m("en-IE", "reply", "text",
   "AW: Helmgröße 632-7395604-0842157",
   "Hallo Frau Byrne,\n\n"
   "bei einem Kopfumfang von 52 cm passt Ihrer Tochter Größe S (50–54 cm) am besten. "
   "Über das Drehrad am Hinterkopf lässt sich der Helm noch etwa zwei Zentimeter weiter stellen, sodass er eine Weile mitwächst. "
   "Ihre Bestellnummer ist 632-7395604-0842157.\n\n"
   "Viele Grüße\nVeloKids Versand",
   "632-7395604-0842157", ["BSM104"], "Reply written entirely in German to an en-IE buyer.")

_m("en-GB", "reply", "text",
   "Re: dripping tap - 632-2574018-6390581",
   "Hi Hannah,\n\n"
   "A drip from a new mixer tap is nearly always the O-ring under the spout sitting slightly out of its groove. "
   "If reseating it doesn't help, give our workshop a ring on 01632 960 418 and one of the lads will talk you through it.\n\n"
   "Thanks,\nBathroom Fittings Direct\nOrder 632-2574018-6390581",
   "632-2574018-6390581", ["BSM309"], "Reply with the seller's own UK phone number in national format.")

_m("en-US", "reply", "text",
   "Re: tent pole replacement 632-9846201-3058774",
   "Hi Sam,\n\n"
   "We can ship you a replacement pole section for free. Easiest is to text our shop at +1 (406) 555-0187 with a photo of the broken section, "
   "and we'll match the right one.\n\n"
   "Best,\nBig Sky Camping\nOrder 632-9846201-3058774",
   "632-9846201-3058774", ["BSM309"], "Reply with the seller's phone number in international format.")

_m("en-GB", "reply", "text",
   "Re: engraving font - order 632-1357924-6802468",
   "Hi Lucy,\n\n"
   "We've got a catalogue of all twelve engraving fonts as a PDF, but it's too big to attach here. "
   "If you email studio@silverleafjewellery.co.uk I'll send it straight back.\n\n"
   "Best wishes,\nAmelia\nSilverleaf Jewellery\n632-1357924-6802468",
   "632-1357924-6802468", ["BSM308"], "Reply with a plain e-mail address.")

_m("en-US", "additional-information", "text",
   "Logo file for your printed mugs - 632-6284710-9573306",
   "Hi Brandon,\n\n"
   "To print the 24 mugs in order 632-6284710-9573306 we need your company logo as a high-resolution file (PNG or SVG, at least 1000 px wide). "
   "The one uploaded at checkout is only a small thumbnail.\n\n"
   "Files that size won't go through here, so please send it to artwork at rockymtnprint dot com.\n\n"
   "Thanks,\nRocky Mountain Print Co.",
   "632-6284710-9573306", ["BSM308"], "Request for information with an obfuscated e-mail address ('at', 'dot').")

_m("en-GB", "reply", "html",
   "Re: seed sowing times - 632-3068415-2749190",
   "<p>Hi Martin,</p>"
   "<p>The heritage tomato seeds in your order (632-3068415-2749190) should be sown indoors from late February. "
   "We've put a full month-by-month calendar for every variety on "
   "<a href=\"https://www.heirloomseedcompany.co.uk/sowing-calendar\">our website's sowing calendar page</a>.</p>"
   "<p>Happy growing,<br>Heirloom Seed Company</p>",
   "632-3068415-2749190", ["BSM302"], "Reply with a descriptive https link to the seller's own site.")

_m("en-US", "reply", "html",
   "Re: tracking for 632-8520739-1064485",
   "<p>Hi Olivia,</p>"
   "<p>You can follow the progress of order 632-8520739-1064485 any time from "
   "<a href=\"http://www.amazon.com/gp/your-account/order-history\">your order history on Amazon</a>.</p>"
   "<p>Best,<br>Maple Leaf Crafts</p>",
   "632-8520739-1064485", ["BSM301"], "Reply with an insecure http link to Amazon.")

_m("en-GB", "review-request", "html",
   "How are you getting on with your kettle? 632-4693170-5827713",
   "<p>Dear Mr Lewis,</p>"
   "<p>A few weeks ago you bought this from us:</p>"
   "<p><img src=\"https://media.kettlecorner.co.uk/products/stovetop-whistling-kettle-copper-2l.jpg\" alt=\"Copper stovetop whistling kettle, 2 litres\" width=\"260\"></p>"
   "<p>If you have a moment, we'd appreciate an honest review on Amazon. Order reference: 632-4693170-5827713.</p>"
   "<p>Best regards,<br>Kettle Corner</p>",
   "632-4693170-5827713", ["BSM310"], "Review request showing an image of the purchased product.")

_m("en-US", "delivery-delay", "html",
   "Summer stock delay - order 632-0917348-6452201",
   "<p><img src=\"https://cdn.sunnysidekitchen.com/mail/tropical-beach-sunset.jpg\" alt=\"Tropical beach at sunset\" width=\"320\"></p>"
   "<p>Hi Carmen,</p>"
   "<p>The cast-iron skillet in order 632-0917348-6452201 is on a container that's running late; we now expect to ship it on December 21.</p>"
   "<p>Thanks for bearing with us,<br>Sunnyside Kitchen Co.</p>",
   "632-0917348-6452201", ["BSM311"], "Delay message with an unrelated stock image (a beach).")

_m("en-GB", "return-follow-up", "html",
   "Your return - order 632-5281603-7940036",
   "<p><img src=\"https://static.thebootroom.co.uk/branding/bootroom-header.png\" width=\"180\" alt=\"\"></p>"
   "<p>Dear Jack,</p>"
   "<p>To complete your return of the walking boots, could you tell us whether they have been worn outdoors? "
   "It decides which returns route we use. Order 632-5281603-7940036.</p>"
   "<p>Thanks,<br>The Boot Room</p>",
   "632-5281603-7940036", ["BSM402"], "Return follow-up with a header image whose alt text is empty.")

_m("en-US", "reply", "text",
   "Re: will it fit? 632-3947261-0518879",
   "Hey Ashley! 👋\n\n"
   "Good news: the roof box from order 632-3947261-0518879 fits the crossbars on your 2019 RAV4 with the standard clamps 🚗 "
   "Just keep the load under 165 lb and you're good to go 👍\n\n"
   "Cheers,\nCasey at Trailhead Cargo",
   "632-3947261-0518879", ["BSM403"], "Reply containing emoji.")

_m("en-GB", "reply", "text",
   "Re: dishwasher safe? 632-7106482-3385917",
   "Hi Paul,\n\n"
   "Yes, the mugs are dishwasher safe, just keep them off the hottest cycle if you want the gold rim to last :) "
   "And no microwaving the gold bits, unless you fancy a light show ;-)\n\n"
   "Cheers,\nCornish Clay Studio\n632-7106482-3385917",
   "632-7106482-3385917", ["BSM403"], "Reply containing text emoticons.")

_m("en-US", "delivery-delay", "html",
   "Update on order 632-2460937-8159024",
   "<style>.hero{font-size:28px} .sub{font-size:20px} .main{font-size:16px} .fine{font-size:10px}</style>"
   "<p class=\"hero\">Almost there!</p>"
   "<p class=\"sub\">Order 632-2460937-8159024</p>"
   "<p class=\"main\">Hi Nathan, your standing desk frame is delayed at the factory. We expect to ship it on December 20.</p>"
   "<p class=\"fine\">Ergonomic Works Inc., 455 Commerce Blvd, Austin, TX 78701</p>",
   "632-2460937-8159024", ["BSM410"], "Delay message with four explicit font sizes set in a style block.")

_m("en-GB", "delivery-delay", "html",
   "Delay - order 632-8193054-4726618",
   "<p>Dear Mrs Walsh,</p>"
   "<p>The bespoke curtain poles in order 632-8193054-4726618 are taking longer at the powder-coating stage.</p><br><br><br>"
   "<p>We now expect to dispatch them on 22 December.<br><br><br>Our apologies for the wait.</p>"
   "<p>Kind regards,<br>Hartley Curtain Rails</p>",
   "632-8193054-4726618", ["BSM412"], "HTML delay message with runs of three <br> tags.")

_m("en-US", "review-request", "text",
   "[Important] Your review - order 632-6635827-2094413",
   "Hello,\n\n"
   "Your order 632-6635827-2094413 (set of two ceramic planters) was delivered last week. We'd be grateful for a product review or seller feedback on Amazon, "
   "good or bad.\n\n"
   "Best regards,\nTerra Pots & Planters",
   "632-6635827-2094413", ["BSM110"], "[Important] in the subject of a review request, which is not critical.")

_m("en-GB", "reply", "html",
   "Re: parcel not arrived - 632-1509284-6677032",
   "<p>Hi Zoe,</p>"
   "<p>If the bookcase still hasn't turned up by Friday, you can report it as missing through Amazon. "
   "<a href=\"https://www.amazon.co.uk/gp/help/customer/display.html?nodeId=GKXRJDDMLQJ4AVFR\">Click here</a> and follow the steps.</p>"
   "<p>Best,<br>Oakridge Home<br>Order 632-1509284-6677032</p>",
   "632-1509284-6677032", ["BSM401"], "Reply with an https Amazon link whose text is 'Click here'.")

# ---------------------------------------------------------------- vary (2)

_m("en-US", "delivery-delay", "html",
   "New ship date for order 632-9072615-3318046",
   "<p>Hi Victoria,</p>"
   "<p>The knitting yarn bundle in order 632-9072615-3318046 is waiting on one dye lot from our mill. We expect to ship it on December 16.</p>"
   "<p>Thanks,<br>Fiber Fox Yarns</p>"
   "<img src=\"https://track.mailmetrics.io/open.gif?uid=632a91f&amp;cmp=delay\" width=\"1\" height=\"1\" alt=\"\">",
   "632-9072615-3318046", ["BSM307", "BSM402"], "Delay message with a 1x1 tracking pixel with empty alt.")

_m("en-GB", "invoice", "html",
   "Invoice for order 632-4358196-0729453",
   "<p><a href=\"https://www.pennyfarthingbikes.co.uk\"><img src=\"https://www.pennyfarthingbikes.co.uk/img/pennyfarthing-bikes-logo.png\" alt=\"Pennyfarthing Bikes\" width=\"150\"></a></p>"
   "<p>Dear Mr Bennett,</p>"
   "<p>Please find attached invoice PFB/26/1207 for your order 632-4358196-0729453 (one set of mudguards, £34.99 incl. VAT).</p>"
   "<p>Regards,<br>Pennyfarthing Bikes Ltd</p>",
   "632-4358196-0729453", ["BSM302", "BSM304"], "Invoice with the shop logo linked to the seller's website.")
