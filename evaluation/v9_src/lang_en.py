"""v9 blind evaluation set, English (en-GB). Standard library only, fixed seed."""
import random

_rng = random.Random(40309)
_seen = set()
ORDERS = []
while len(ORDERS) < 50:
    o = "403-%07d-%07d" % (_rng.randint(1000000, 9999999), _rng.randint(1000000, 9999999))
    if o not in _seen:
        _seen.add(o)
        ORDERS.append(o)

MESSAGES = []


def _m(n, typ, fmt, subject, body, expected, note):
    oid = ORDERS[n - 1]
    MESSAGES.append({
        "id": "v9-en-%03d" % n,
        "language": "en",
        "locale": "en-GB",
        "type": typ,
        "format": fmt,
        "subject": subject.replace("#ORD#", oid),
        "body": body.replace("#ORD#", oid).replace("#ORDRAW#", oid.replace("-", "")),
        "order_id": oid,
        "expected": sorted(expected),
        "note": note,
    })


# ---------------------------------------------------------------- clean (1-17)
_m(1, "delivery-delay", "text", "Your order #ORD# - slight delay",
   "Hi Mrs Thompson,\n\n"
   "Just a quick note to say your hand-thrown mug set (order #ORD#) is running a few days behind. "
   "Our kiln had a fault last week and the second firing had to be redone, so the set won't be ready to post until Thursday 17 December.\n\n"
   "We're really sorry for the wait and will get it out to you as soon as it's cool enough to pack.\n\n"
   "Best wishes,\nHarriet\nBramble Lane Pottery",
   [], "Chatty plain-text delay note from a small workshop with a new date.")

_m(2, "delivery-delay", "html", "Update on order #ORD#",
   "<p>Dear Mr Okafor,</p>"
   "<p>We're writing about your order <strong>#ORD#</strong> for the cast-iron radiator brackets. "
   "Our supplier has pushed back their delivery to us, which means we now expect to dispatch your order later than shown on Amazon.</p>"
   "<table><tr><td>Original dispatch date</td><td>4 December 2026</td></tr>"
   "<tr><td>Revised dispatch date</td><td>14 December 2026</td></tr></table>"
   "<p>Please accept our apologies for the delay.</p>"
   "<p>Kind regards,<br>Gareth Pryce<br>Customer Care Team<br>Heritage Ironmongery</p>",
   [], "HTML delay notice with a plain table of dates, no styling.")

_m(3, "order-problem", "html", "[Important] We can't fulfil order #ORD#",
   "<p>Dear Ms Clarke,</p>"
   "<p>I'm sorry to let you know that we are unable to send the walnut chopping board from your order #ORD#. "
   "The last one in stock was damaged in our workshop and no more timber of that grade is available.</p>"
   "<p>We have adjusted the full order amount of &pound;42.00 through Amazon, with the reason 'no inventory', "
   "so you will see the refund on your original payment method within a few working days.</p>"
   "<p>Apologies once again.</p>"
   "<p>Regards,<br>Owen Marsh<br>Director, Marsh &amp; Sons Woodcraft</p>",
   [], "Order problem with [Important] in the subject, confirming the full amount was adjusted for no inventory.")

_m(4, "additional-information", "text", "Quick question about your order #ORD#",
   "Hello Priya,\n\n"
   "You've ordered a made-to-measure roller blind, but the drop measurement in your order notes reads 1,650 cm, which we think should be 165.0 cm. "
   "Could you confirm the width and drop in centimetres before we cut the fabric?\n\n"
   "Many thanks,\nTom Ellery\nWindow Dressings Direct",
   [], "Request for measurements needed to complete a made-to-measure order.")

_m(5, "return-follow-up", "text", "Your return request - order #ORD#",
   "Dear Mr Hughes,\n\n"
   "Thank you for letting us know that one of the four dining chairs arrived with a scuff on the back rest.\n\n"
   "Rather than you sending the whole set back, we'd like to offer a partial refund of £35.00 to cover the mark. "
   "If you'd still prefer to return the chairs, that's absolutely fine and we'll process the return as normal. Just let us know which you'd like.\n\n"
   "Kind regards,\nSamira Patel\nCustomer Services, Oak & Linen Interiors",
   [], "Return follow-up offering a partial refund.")

_m(6, "return-follow-up", "text", "Return for order #ORD# - which item?",
   "Hi Callum,\n\n"
   "We've received your return request for order #ORD#. The order had two pairs of running socks (size M and size L) and the request doesn't say which pair you're sending back. "
   "Could you let us know, so we can match it up when it arrives and finish the return?\n\n"
   "Cheers,\nBeth\nStride Running Supplies",
   [], "Return follow-up asking which item is being returned.")

_m(7, "invoice", "text", "VAT invoice for order #ORD#",
   "Dear Customer,\n\n"
   "Please find attached the VAT invoice for your order #ORD#.\n\n"
   "Invoice number: INV/2026/04417\nInvoice date: 2 December 2026\n"
   "Net amount: £208.33\nVAT at 20%: £41.67\nTotal: £250.00\n\n"
   "If you need the invoice addressed to a different company name, please reply to this message.\n\n"
   "Yours faithfully,\nAccounts Department\n\n"
   "Northgate Office Supplies Ltd, Unit 4, Canal Wharf, Leeds LS11 5PS\n"
   "Registered in England and Wales, Company No. 09876543. VAT Reg. No. GB 284 5617 09",
   [], "Invoice with a slashed invoice number, company number and grouped VAT number that are no phone numbers.")

_m(8, "review-request", "text", "How are you getting on with your kettle? #ORD#",
   "Hello Mr Fletcher,\n\n"
   "Your stovetop kettle should have arrived about a week ago. If you have a moment, we'd value an honest review on Amazon, "
   "whether it's been brilliant or there's something you think could be better. It helps other buyers decide.\n\n"
   "You can find the review option under Your Orders, next to order #ORD#.\n\n"
   "All the best,\nLucy\nKettle & Co",
   [], "Neutral plain-text review request.")

_m(9, "review-request", "html", "Would you review your purchase? Order #ORD#",
   "<p><img src=\"https://media.wildwoodcandles.co.uk/email/wildwood-candles-logo.png\" alt=\"Wildwood Candles logo\" width=\"180\" height=\"50\"></p>"
   "<p>Dear Ms Reid,</p>"
   "<p>Thank you for choosing Wildwood Candles for order #ORD#. We would be grateful if you could share your thoughts on the soy candle trio, "
   "good or bad, so that other customers know what to expect.</p>"
   "<p><a href=\"https://www.amazon.co.uk/review/create-review?asin=B0C9PLM4TX\">Write a review of the candle trio on Amazon.co.uk</a></p>"
   "<p>Warm regards,<br>Eleanor Wood<br>Founder, Wildwood Candles</p>",
   [], "HTML review request with the shop logo (alt names the shop) and a descriptive https Amazon link.")

_m(10, "delivery-scheduling", "text", "Arranging delivery of your sofa - #ORD#",
   "Dear Mr and Mrs Khan,\n\n"
   "Your three-seater sofa is ready to go out with our two-person delivery team. We can offer the following slots:\n\n"
   "Tuesday 15 December, 7am to 12pm\nTuesday 15 December, 12pm to 5pm\nFriday 18 December, 7am to 12pm\n\n"
   "Please reply with the slot that suits you best, and let us know if there are any narrow stairways or tight corners we should be aware of.\n\n"
   "Order reference: #ORD#\n\n"
   "Kind regards,\nDelivery Planning\nCottonwood Sofas",
   [], "Scheduling delivery of a bulky item with time slots.")

_m(11, "home-service-appointment", "text", "Booking your TV wall-mounting appointment (#ORD#)",
   "Hello Ms Adeyemi,\n\n"
   "You added professional wall mounting to your TV bracket order #ORD#. Our installer, Dan, has availability on:\n\n"
   "- Monday 14 December between 09:00 and 11:00\n- Wednesday 16 December between 13:30 and 15:30\n\n"
   "The job usually takes around an hour. Could you reply with your preferred time and tell us what type of wall the TV is going on (brick, plasterboard or other)?\n\n"
   "Thanks,\nHome Services Team\nMountRight Installations",
   [], "Home-service appointment with two date and time options.")

_m(12, "custom-design-verification", "text", "Design proof for your personalised doormat - #ORD#",
   "Hi Jess,\n\n"
   "I've attached the proof for your personalised coir doormat: 'The Morgans' in our Classic Serif font with a small paw print underneath, size 60 x 40 cm.\n\n"
   "Have a look and let me know if you're happy for it to go to print, or if you'd like anything changed. Once approved, it'll be made within two working days.\n\n"
   "Order: #ORD#\n\n"
   "Thanks,\nRhiannon\nDesign Team, Doorstep Designs",
   [], "Design proof attached for approval.")

_m(13, "fulfillment-question", "text", "Access to your building - order #ORD#",
   "Dear Mr Novak,\n\n"
   "The courier tried to deliver your filing cabinet yesterday (tracking number JD0002218845712903, our reference NOS-55821) "
   "but couldn't get into the building, as the main entrance needs a door code.\n\n"
   "Could you let us know the entry code, or a safe alternative such as a concierge desk or a neighbour? We'll pass it on for the next attempt on Friday.\n\n"
   "Amazon order number: #ORD#\n\n"
   "Kind regards,\nLiam Doherty\nOffice Furniture Hub",
   [], "Door-code question with tracking and internal references that are no phone numbers.")

_m(14, "reply", "text", "Re: Does the grinder come with a spare burr?",
   "Hi Martin,\n\n"
   "Thanks for your question about the 'Kaffeemühle Handbetrieb Edelstahl' on your order #ORD#. The German title is simply because the grinder is made by a small firm in Bavaria; "
   "the instructions in the box are in English too.\n\n"
   "It doesn't come with a spare burr, but the ceramic burr it has is rated for many years of daily use.\n\n"
   "Best,\nNiamh\nThe Grind House",
   [], "Reply quoting a German product title inside English sentences.")

_m(15, "reply", "text", "Re: Hairdryer stopped working - #ORD#",
   "Dear Ms Bennett,\n\n"
   "I'm sorry to hear your hairdryer has stopped working. It is covered by the manufacturer's two-year warranty, "
   "and the quickest way to get a replacement is to contact them directly.\n\n"
   "Manufacturer's warranty helpline (Solvane UK): 0800 046 5521, Monday to Friday, 9am to 5pm.\n\n"
   "Please have your order number #ORD# to hand. If you run into any difficulty, reply here and we'll help.\n\n"
   "Kind regards,\nMark Sutton\nBeauty Basics UK",
   [], "Reply giving the manufacturer's warranty helpline, marked as such.")

_m(16, "reply", "html", "Re: Can I collect the order myself? #ORD#",
   "<p>Hello Mr Ashworth,</p>"
   "<p>Unfortunately we can't offer collection for Amazon orders, as everything goes out through Amazon's delivery options. "
   "Your order #ORD# will be delivered to the address on your account.</p>"
   "<p>Best regards,<br>Joanne Firth<br>Sales Office</p>"
   "<p><small>Pennine Garden Buildings Ltd &middot; Holme Mill, Bridge Street, Holmfirth HD9 7AB<br>"
   "Registered in England and Wales No. 11234987 &middot; VAT No. GB 319 8842 61</small></p>",
   [], "Reply with a company-details footer in <small>.")

_m(17, "reply", "text", "Re: Refund for order #ORD#",
   "Hi Zoe,\n\n"
   "Your return, RMA-2026-1183 with Royal Mail tracking number KX493820176GB, arrived at our warehouse on Monday 30 November at 11:40. "
   "We checked it the same afternoon and refunded £27.49 through Amazon on Tuesday 1 December.\n\n"
   "Depending on your bank, it can take 3 to 5 working days to show. Order number for reference: #ORD#.\n\n"
   "Best,\nAmir\nCustomer Support, Little Sprouts Kidswear",
   [], "Reply with return and tracking numbers, dates, times and an amount.")

# ---------------------------------------------------------------- violations (18-48)
_m(18, "fulfillment-question", "text", "Good news about order #ORD#",
   "Hi Ollie,\n\n"
   "Your bike lights were handed over to DPD this morning and are on their way to you. You should have them by Thursday.\n\n"
   "Cheers,\nThe team at Spokes & Sprockets",
   ["BSM201"], "Shipping confirmation: 'handed over to DPD'.")

_m(19, "additional-information", "text", "We've got your order #ORD#",
   "Dear Mrs Armstrong,\n\n"
   "Just to let you know that your order has come through to us safely and our packing team are getting it ready now. "
   "The tea towels will be wrapped in tissue and boxed up with care.\n\n"
   "Warm regards,\nHighland Linen Co.",
   ["BSM201"], "Order-received confirmation: 'come through and being got ready'.")

_m(20, "fulfillment-question", "text", "Thank you! #ORD#",
   "Dear Alice,\n\n"
   "A huge thank you for your order from Puddle & Pond. It genuinely means the world to a tiny family business like ours.\n\n"
   "With gratitude,\nSue and Pete",
   ["BSM202"], "Thanks-only message.")

_m(21, "reply", "text", "Your order #ORD#",
   "Dear Mr Lewis,\n\n"
   "Should anything not be quite right with your order, or if you have any questions at all, we're always here and happy to help. Just drop us a message.\n\n"
   "Kind regards,\nCustomer Care, Toolbox Central",
   ["BSM202"], "Only 'we are here if anything comes up'.")

_m(22, "delivery-delay", "text", "Short delay - order #ORD#",
   "Hi Rachel,\n\n"
   "Your wool beanie will go out on Monday 14 December rather than today, as the yarn for the charcoal colour only arrived this morning. Sorry about that.\n\n"
   "Thanks,\nKnit Nook\n\n"
   "P.S. Everything in our Amazon shop is 20% off until the end of the month with code KNIT20, perfect for Christmas presents.",
   ["BSM203"], "Delay notice with a P.S. promoting 20% off the whole range.")

_m(23, "review-request", "text", "Your thoughts on order #ORD#",
   "Dear Mr Greene,\n\n"
   "We'd be grateful if you could leave a review of your walking poles, whatever your experience.\n\n"
   "Also, our new spring collection of trail gear lands in January. Follow Ridgeway Outdoors on Instagram and sign up to our newsletter to be the first to see it.\n\n"
   "Best wishes,\nRidgeway Outdoors",
   ["BSM203"], "Neutral review request with follow-us, newsletter and new collection promotion.")

_m(24, "review-request", "text", "A small favour - order #ORD#",
   "Hi Nadia,\n\n"
   "Would you be willing to write a review of the desk organiser? Good or bad, we'd like to hear it.\n\n"
   "As a little thank-you, we'll send you a small gift once your review is live on Amazon. Just send us the link to it.\n\n"
   "Best,\nNeat Desk Co.",
   ["BSM204"], "A small thank-you gift once the review is published.")

_m(25, "review-request", "text", "Review offer for order #ORD#",
   "Dear Ms Walsh,\n\n"
   "Here's our offer: leave a review of the air fryer and we'll refund you the full price as soon as it's posted. In effect, the air fryer would be free.\n\n"
   "Kind regards,\nKitchen Kraft Ltd",
   ["BSM204"], "Full refund once the review is online.")

_m(26, "reply", "text", "Re: Broken teapot lid - #ORD#",
   "Dear Mr Hall,\n\n"
   "I'm glad the replacement lid reached you in one piece and that the teapot is now complete.\n\n"
   "Since it's all sorted, would you consider amending your one-star review, or perhaps taking it down altogether? "
   "As a small business, that review really hurts us.\n\n"
   "Kind regards,\nTeapot Corner",
   ["BSM205"], "Asks to amend or take down an existing one-star review.")

_m(27, "review-request", "text", "Happy with your purchase? #ORD#",
   "Dear Mrs Cooper,\n\n"
   "If you're pleased with your new bird feeder, we'd love it if you could say so in a review on Amazon.\n\n"
   "If you're not completely happy, please don't leave a review; get in touch with us first and we'll put it right.\n\n"
   "Best wishes,\nGarden Wings",
   ["BSM206"], "Review only if happy; unhappy buyers steered away from reviewing.")

_m(28, "review-request", "text", "Your review matters - #ORD#",
   "Hi Josh,\n\n"
   "When you have a spare minute, could you leave a review of the camping stove? A five-star rating would give our small shop a real boost.\n\n"
   "Thanks,\nBasecamp Kit",
   ["BSM206"], "Asks for a five-star rating.")

_m(29, "order-problem", "text", "Problem with your order #ORD#",
   "Dear Ms Barker,\n\n"
   "We're unable to supply the brass floor lamp from your order, as our last one turned out to be faulty and no further stock is coming in. "
   "We have already adjusted the full order amount through Amazon, with 'no inventory' as the reason.\n\n"
   "As we've run out of stock, the quickest way to close this off is for you to cancel the order yourself from Your Orders as well.\n\n"
   "Kind regards,\nLumen Lighting",
   ["BSM108"], "Adjustment confirmed, but the buyer is advised to cancel because stock ran out.")

_m(30, "order-problem", "text", "Out of stock - order #ORD#",
   "Dear Mr Patterson,\n\n"
   "Unfortunately the mustard-yellow throw you ordered has sold out and we won't be getting any more this season.\n\n"
   "We'd appreciate it if you could submit a cancellation request through your Amazon account, which will close the order off.\n\n"
   "Kind regards,\nWoolly Mammoth Blankets",
   ["BSM107", "BSM108"], "Asks for a cancellation request without confirming any adjustment.")

_m(31, "delivery-delay", "text", "Dispatch update for #ORD#",
   "Dear Mr Bolton,\n\n"
   "Due to a backlog at the manufacturer, your fishing rod rest will now be dispatched on 16 December instead of 9 December. Apologies for this.\n\n"
   "Kind regards,\nTackle Box Angling\n\n"
   "To stop receiving messages from us, reply UNSUBSCRIBE.",
   ["BSM305"], "Delay notice with a 'reply UNSUBSCRIBE' opt-out instruction.")

_m(32, "delivery-delay", "text", "Delay on #ORD#",
   "Hi Kieran,\n\n"
   "The bloody courier has lost your skate bearings for the second time, and frankly their service is total shit. "
   "We're sending a fresh set tomorrow, 10 December. Sorry for the hassle.\n\n"
   "Cheers,\nDean - Concrete Wave Skateshop",
   ["BSM306"], "English profanity about the carrier in a delay notice.")

_m(33, "delivery-delay", "text", "Levering van bestelling #ORD#",
   "Beste meneer Taylor,\n\n"
   "Helaas wordt uw tuinbank iets later verzonden dan verwacht. Onze leverancier levert het hout nu op 15 december, "
   "en wij verwachten uw bank op 18 december te versturen.\n\n"
   "Excuses voor het ongemak.\n\n"
   "Met vriendelijke groet,\nGarden Seat Company",
   ["BSM104"], "Message to a British buyer written entirely in Dutch.")

_m(34, "delivery-scheduling", "text", "Delivering your wardrobe - #ORD#",
   "Dear Mrs Shaw,\n\n"
   "Your wardrobe will be delivered by a two-person crew. Could we come on Thursday 17 December between 12pm and 4pm?\n\n"
   "If that doesn't work, give our planner a ring on 01632 960 418.\n\n"
   "Kind regards,\nHolloway Furniture Makers",
   ["BSM309"], "Seller's phone number in UK national format.")

_m(35, "reply", "text", "Re: Sizing on the wax jacket - #ORD#",
   "Hi Laura,\n\n"
   "The jacket comes up true to size; if you're between sizes, most people go for the larger one. "
   "If you'd rather talk it through, call the shop on +44 7700 900 312.\n\n"
   "Best,\nAnna - Fenwick Country Clothing",
   ["BSM309"], "Shop phone number in international format.")

_m(36, "return-follow-up", "text", "Return #ORD# - photo needed",
   "Dear Mr Moore,\n\n"
   "To complete your return of the damaged dinner plates, we need a photo of the breakage. "
   "Please send it to returns@chinaandcrockery.co.uk and we'll push the return through straight away.\n\n"
   "Kind regards,\nChina & Crockery",
   ["BSM308"], "Return follow-up giving a plain e-mail address.")

_m(37, "additional-information", "text", "Your delivery address - #ORD#",
   "Dear Ms Doyle,\n\n"
   "The house number is missing from your delivery address. Could you add it? "
   "You can also email it to orders at petalandstem dot co dot uk.\n\n"
   "Kind regards,\nPetal & Stem Florists",
   ["BSM308"], "Obfuscated e-mail address with 'at' and 'dot'.")

_m(38, "reply", "html", "Re: Looking after the oak table - #ORD#",
   "<p>Dear Mr Wright,</p>"
   "<p>Oak is best cleaned with a damp cloth and a little mild soap, then dried straight away. Re-oil it once or twice a year.</p>"
   "<p>Our full <a href=\"https://www.hartleyoakfurniture.co.uk/care/oak-table-care-guide\">oak care guide on the Hartley Oak website</a> has step-by-step photos.</p>"
   "<p>Kind regards,<br>Hartley Oak Furniture</p>",
   ["BSM302"], "Descriptive https link to the seller's own site, not needed for the order.")

_m(39, "fulfillment-question", "html", "Please check your address - #ORD#",
   "<p>Dear Ms Murphy,</p>"
   "<p>The courier says your postcode doesn't match the street name. Could you check the address on your order?</p>"
   "<p><a href=\"http://www.amazon.co.uk/gp/your-account/order-history\">View your orders on Amazon.co.uk</a></p>"
   "<p>Kind regards,<br>Print Shed Bristol</p>",
   ["BSM301"], "Descriptive link to Amazon over plain http.")

_m(40, "delivery-delay", "html", "Delay on order #ORD#",
   "<p>Hi Ellie,</p>"
   "<p>Your 'Summit 30L' rucksack in forest green will be dispatched two days late, on Friday 11 December.</p>"
   "<p><img src=\"https://cdn.packhorsegear.co.uk/products/summit-30l-forest-green.jpg\" alt=\"Summit 30L rucksack in forest green\" width=\"240\" height=\"240\"></p>"
   "<p>Sorry for the wait!</p>"
   "<p>Best,<br>Packhorse Gear</p>",
   ["BSM310"], "Photo of the purchased product.")

_m(41, "delivery-scheduling", "html", "Delivery date for your trampoline - #ORD#",
   "<p>Dear Mr and Mrs Hunt,</p>"
   "<p>Your trampoline comes in three boxes. Would Wednesday 16 December between 8am and 1pm suit you?</p>"
   "<p><img src=\"https://cdn.bouncebarn.co.uk/email/snowy-christmas-tree.jpg\" alt=\"Snow-covered Christmas tree\" width=\"300\" height=\"200\"></p>"
   "<p>Kind regards,<br>Bounce Barn</p>",
   ["BSM311"], "Stock Christmas-tree image unrelated to the shop.")

_m(42, "invoice", "html", "Invoice for order #ORD#",
   "<p><img src=\"https://cdn.inkwellpens.co.uk/inkwell-pens-logo.png\" alt=\"\" width=\"150\" height=\"45\"></p>"
   "<p>Dear Customer,</p>"
   "<p>Please find attached the invoice (INV/2026/0391) for your fountain pen.</p>"
   "<p>Kind regards,<br>Inkwell Pens</p>",
   ["BSM402"], "Shop logo with an empty alt attribute.")

_m(43, "delivery-delay", "text", "Bit of a wait - #ORD#",
   "Hi Sam,\n\n"
   "Your 1000-piece jigsaw will go out on Monday 14 December instead of today. The printer ran a few days late 🙈\n\n"
   "Speak soon,\nPuzzle Palace 🎄",
   ["BSM403"], "Emoji in a delay notice.")

_m(44, "additional-information", "text", "Which colour? #ORD#",
   "Hi Emma,\n\n"
   "You've ordered the fleece blanket but the colour option says 'surprise me'. Shall we send the moss green, or would you prefer light grey? :)\n\n"
   "Cheers,\nCosy Corner Blankets",
   ["BSM403"], "Emoticon ':)' in an information request.")

_m(45, "delivery-delay", "html", "Order #ORD# delayed",
   "<style>h1{font-size:28px} h2{font-size:20px} .body-copy{font-size:15px} .footer{font-size:10px}</style>"
   "<h1>Delivery delay</h1><h2>Order #ORD#</h2>"
   "<p class=\"body-copy\">Your garden hose will now be dispatched on 15 December instead of 10 December.</p>"
   "<p>Our apologies.</p>"
   "<p class=\"footer\">Greenfingers Garden Centre</p>",
   ["BSM410"], "Four explicit font sizes in a style block besides the default.")

_m(46, "delivery-delay", "html", "Delay - #ORD#",
   "<p>Dear Mr Turner,</p>"
   "<p>The wine racks will not be dispatched until Tuesday 15 December.<br><br><br><br>"
   "Apologies for any inconvenience.</p>"
   "<p>Kind regards,<br>Cellar Door Racks</p>",
   ["BSM412"], "A run of four <br> tags in HTML.")

_m(47, "invoice", "text", "[Important] Invoice for order #ORD#",
   "Dear Ms Lambert,\n\n"
   "Please find attached the invoice (INV/2026/7702) for your high chair, as requested.\n\n"
   "Kind regards,\nAccounts, Little Nest Nursery Furniture",
   ["BSM110"], "[Important] on an invoice, which is not critical.")

_m(48, "review-request", "text", "Review your outdoor light - #ORD#",
   "Dear Mr Price,\n\n"
   "We'd like to know what you think of the outdoor wall light. If you'd like to leave a review, here's the page:\n"
   "https://www.amazon.co.uk/review/create-review?asin=B0D3RT8KQW\n\n"
   "Kind regards,\nBrightside Lighting",
   ["BSM401"], "Bare URL as the only link text.")

# ---------------------------------------------------------------- varying (49-50)
_m(49, "delivery-delay", "html", "New dispatch date - #ORD#",
   "<p><img src=\"https://media.copperkettlekitchen.co.uk/email/copper-kettle-kitchen-banner.png\" alt=\"Copper Kettle Kitchen banner\" width=\"580\" height=\"120\"></p>"
   "<p>Dear Mrs Ford,</p>"
   "<p>Your copper saucepan set will be dispatched on Wednesday 16 December, a week later than planned. We apologise for the delay.</p>"
   "<p>Kind regards,<br>Copper Kettle Kitchen</p>",
   ["BSM406"], "Shop banner image 580 px wide, over 80% of the maximum width.")

_m(50, "additional-information", "html", "Question about your order #ORD#",
   "<p><a href=\"https://www.forgeandanvil.co.uk\"><img src=\"https://www.forgeandanvil.co.uk/img/forge-and-anvil-logo.png\" alt=\"Forge &amp; Anvil\" width=\"160\" height=\"50\"></a></p>"
   "<p>Dear Mr Iqbal,</p>"
   "<p>To deliver the cordless drill to your business address, we need the name of a department or contact person. Could you let us know?</p>"
   "<p>Kind regards,<br>Forge &amp; Anvil Tools</p>",
   ["BSM302", "BSM304"], "Shop logo linked to the seller's website.")
