"""v29 blind evaluation set: English (en-GB) messages."""

LANG = "en"
LOCALE = "en-GB"


def _oid(i):
    return "602-%07d-%07d" % ((5520913 + i * 130363) % 10**7, (2749018 + i * 6781) % 10**7)


_RAW = [
# 1
("delivery-delay", "text", "Order {O} - slight delay",
 "Hi Chloe,\n\nQuick heads-up on your order {O} (the walnut chopping board). Our timber came in late from the mill, so we're now looking at dispatching it on Tuesday 15 December rather than this week.\n\nReally sorry for the wait. If that date doesn't work for you, just reply here and we'll sort something out.\n\nCheers,\nTom\nOakhurst Woodcraft, Shropshire",
 [], "Clean delivery delay in plain text with a new dispatch date."),
# 2
("delivery-delay", "html", "Update on your order {O}",
 "<p>Dear Mr Okafor,</p><p>We're afraid the <strong>Harlow 3-Tier Shoe Rack</strong> in your order {O} is running behind. Our next delivery from the factory arrives on 10 December, and we expect to send your rack out by Friday 11 December.</p><table><tr><td>Original dispatch</td><td>4 December 2026</td></tr><tr><td>Revised dispatch</td><td>11 December 2026</td></tr></table><p>Apologies for the inconvenience.</p><p>Kind regards,<br>Priya Shah<br>Customer Care, Homestead Storage Ltd</p>",
 [], "Clean delivery delay in builder HTML with a table."),
# 3
("order-problem", "text", "[Important] Order {O}: item unavailable",
 "Dear Mrs Whitfield,\n\nI'm sorry to tell you that the replacement filter cartridge (pack of 3) in order {O} is out of stock and our supplier has discontinued it. We have therefore adjusted your order amount and refunded the £18.49 for that item (reason: no inventory). The rest of your order is unaffected.\n\nThe refund should reach your card within 3-5 working days.\n\nYours sincerely,\nOrders Team\nClearwater Supplies Ltd",
 [], "Clean order problem confirming the amount was adjusted; [Important] allowed."),
# 4
("additional-information", "text", "Engraving text needed - {O}",
 "Hello Aisha,\n\nThanks for choosing the engraved hip flask. Before we can get it to the engraver we need the wording, as the personalisation box on order {O} came through blank. Up to two lines, 18 characters each.\n\nOnce we've got that it goes straight into production.\n\nBest,\nGareth @ Pewter & Pine".replace("Gareth @ Pewter & Pine", "Gareth, Pewter & Pine"),
 [], "Clean request for information needed to complete the order."),
# 5
("return-follow-up", "text", "Your return request for {O}",
 "Hi Megan,\n\nWe've seen your return request for the wool throw from order {O}, which mentions a small pulled thread on one corner. If you'd be happy to keep it, we can offer a partial refund of £12.00 and you won't need to send anything back.\n\nOf course, if you'd still prefer to return it, that's absolutely fine too. Just let us know which you'd like.\n\nWarm wishes,\nHelen\nThe Borders Blanket Co.",
 [], "Clean return follow-up offering a partial refund."),
# 6
("return-follow-up", "html", "Return for order {O}",
 "<p>Good afternoon Mr Patel,</p><p>Your return for the Bluetooth speaker from order {O} has reached us. To finish processing it we need one detail: could you tell us whether the original charging cable was included? The box we received only contained the speaker.</p><p>If the cable is still with you, let us know how you'd like to send it on.</p><p>Kind regards,<br>Returns Desk, SoundBay Electronics</p>",
 [], "Clean return follow-up asking for information needed to complete the return."),
# 7
("invoice", "text", "VAT invoice for order {O}",
 "Dear Mr Reynolds,\n\nAs requested, please find attached the VAT invoice for order {O} (invoice no. INV/2026/12/0733). Total £214.80, including VAT at 20% of £35.80.\n\nKind regards,\n\nAccounts\nCrestline Cycle Parts Ltd\nUnit 4, Riverside Trading Estate, Leeds LS10 1QR\nCompany No. 09876543 | VAT Reg. No. GB 294 7716 52",
 [], "Clean invoice with UK VAT and company numbers and a slashed invoice number."),
# 8
("review-request", "text", "How's the kettle? (order {O})",
 "Hi Dan,\n\nYour copper kettle has been with you for about a week now. If you've got a minute, would you mind leaving a review on Amazon? Good or bad, honest feedback helps other buyers decide.\n\nThanks,\nLaura at Kitchen Nook",
 [], "Clean neutral review request in text."),
# 9
("review-request", "html", "Your Marlow desk lamp - order {O}",
 "<p><img src=\"https://m.media-amazon.com/images/S/seller-assets/brightwell-lighting-logo.png\" alt=\"Brightwell Lighting logo\" width=\"150\"></p><p>Dear Ms Forsyth,</p><p>Your Marlow desk lamp from order {O} was delivered last week. We'd be grateful if you could share your experience with other customers.</p><p><a href=\"https://www.amazon.co.uk/review/create-review?asin=B0MARLOW22\">Write a review of the Marlow lamp on Amazon</a></p><p>With thanks,<br>Brightwell Lighting</p>",
 [], "Clean HTML review request with logo alt naming the shop and descriptive https Amazon link."),
# 10
("delivery-scheduling", "text", "Arranging delivery of your sofa - order {O}",
 "Dear Mr and Mrs Hughes,\n\nYour Ashby corner sofa (order {O}) is a two-person delivery, so we need to book a slot with you. We have the following available:\n\n- Wednesday 16 December, 7am-11am\n- Thursday 17 December, 12pm-4pm\n- Saturday 19 December, 8am-12pm\n\nPlease reply with the slot that suits you, and let us know about any stairs or narrow doorways, as the largest section is 2.4 m long.\n\nKind regards,\nDelivery Planning, Ashby & Cole Furniture",
 [], "Clean delivery scheduling with dates and time slots."),
# 11
("home-service-appointment", "text", "Installation appointment for order {O}",
 "Good morning,\n\nYour order {O} includes installation of the dishwasher by one of our engineers. We can attend on Monday 14 December between 1pm and 3pm, or Tuesday 15 December between 9am and 11am. Please make sure the water supply and waste are easy to reach.\n\nWhich date works best for you?\n\nKind regards,\nFitright Appliance Services",
 [], "Clean home-service appointment with dates and time windows."),
# 12
("custom-design-verification", "html", "Proof for your wedding sign - {O}",
 "<p>Hi Sophie,</p><p>Attached is the proof for your welcome sign (order {O}). It reads <strong>Welcome to the wedding of Ellie &amp; James, 12.06.2027</strong>. Could you double-check the names and the date?</p><p>If you're happy, just say so and we'll cut it on Monday. Any changes, pop them in your reply.</p><p>Thanks,<br>Rosie<br>Little Oak Signs</p>",
 [], "Clean custom design verification with a proof attachment."),
# 13
("fulfillment-question", "text", "Access to your building - order {O}",
 "Dear Mr Nowak,\n\nOur courier couldn't deliver your parcel yesterday (order {O}, consignment ref. CX-773104-2) because the main entrance to the block was locked. Is there a door code or another way in that we can pass on? Then we'll get it to you on the next attempt.\n\nKind regards,\nThe Tea Caddy",
 [], "Clean fulfillment question asking for a door code, with a reference number."),
# 14
("reply", "text", "Re: Question about order {O}",
 "Hi Callum,\n\nYes, the book you ordered, 'Das große Brotbackbuch', is the original German edition, and there isn't an English translation yet. The recipes do use grams and Celsius, so you won't need to convert anything.\n\nHappy baking,\nMaggie, Crumb & Page Books",
 [], "Clean reply quoting a German product title inside English sentences."),
# 15
("reply", "text", "Re: Vacuum not working (order {O})",
 "Dear Mrs Clarke,\n\nSorry to hear the vacuum from order {O} has stopped working after three months. It's still covered by the manufacturer's two-year guarantee, which is handled by the manufacturer directly: the Vortexa warranty helpline is 0345 600 1234 (Mon-Fri, 9am-5pm). Please have your order number to hand.\n\nIf you have any trouble with them, do come back to us.\n\nKind regards,\nHomeCare Direct",
 [], "Clean reply giving the manufacturer's warranty helpline, marked as such."),
# 16
("reply", "text", "Re: Wardrobe dimensions - {O}",
 "Hi Oliver,\n\nThe wardrobe in order {O} is 182 cm tall, 100 cm wide and 58 cm deep. The hanging rail sits 160 cm from the floor.\n\nAll the best,\nJames Barker\nSales Advisor\n\nBarker & Lowe Interiors Ltd, 22 Mill Lane, Bristol BS3 4EP\nRegistered in England and Wales, Company No. 11223344 | VAT No. GB 318 4402 17",
 [], "Clean reply with a UK company-details footer."),
# 17
("reply", "text", "Re: Refund for my return ({O})",
 "Hi Zara,\n\nYour return parcel (return ref. RTN-26-40915, Royal Mail tracking AB123456789GB) arrived with us on 2 December at 11:40. We refunded £42.50 for order {O} on 3 December, so depending on your bank it should show within 3 to 5 working days.\n\nBest wishes,\nNadia, Sock Drawer Co.",
 [], "Clean reply with return and tracking numbers, dates, times and amounts."),
# 18 BSM201
("fulfillment-question", "text", "Your order {O} is on its way",
 "Hi Ben,\n\nJust to let you know, your candles (order {O}) were collected by DPD this afternoon, so they should be with you tomorrow.\n\nBest,\nWickham Candle Co.",
 ["BSM201"], "Shipping confirmation: collected by the carrier."),
# 19 BSM201
("fulfillment-question", "html", "Order {O}",
 "<p>Dear Customer,</p><p>Many thanks, your order {O} has come through to us and our team is already picking and packing it.</p><p>Kind regards,<br>Pharmacy2Door</p>",
 ["BSM201"], "Order confirmation: received and being packed."),
# 20 BSM202
("fulfillment-question", "text", "Order {O}",
 "Hi Sam,\n\nThank you so much for shopping with us, it really means a lot to a small business like ours!\n\nLots of love,\nThe Knit Nook",
 ["BSM202"], "Message containing only thanks."),
# 21 BSM202
("fulfillment-question", "text", "Your purchase - {O}",
 "Hello,\n\nShould you need anything at all regarding your purchase, we're only a message away.\n\nKind regards,\nGreenleaf Garden Supplies",
 ["BSM202"], "Message only offering help if something comes up."),
# 22 BSM203
("delivery-delay", "text", "Order {O} will ship a little later",
 "Hi Jake,\n\nThe skate bearings on order {O} are taking longer to arrive from our supplier than expected. We now expect to send them on 14 December.\n\nSorry for the hold-up!\n\nRamp Rats Skate Shop\n\nP.S. Use code FROSTY20 at checkout for 20% off everything in store this month.",
 ["BSM203"], "Permitted delay with a P.S. promoting 20% off everything."),
# 23 BSM203
("review-request", "html", "Your earrings - order {O}",
 "<p>Hi Grace,</p><p>You ordered our hammered silver hoops (order {O}). Would you consider leaving a review on Amazon? Every honest opinion is welcome.</p><p>Oh, and if you'd like to see our new winter collection first, follow Salt &amp; Silver Studio on Instagram or sign up to our newsletter.</p><p>Love,<br>Salt &amp; Silver Studio</p>",
 ["BSM203"], "Review request inviting the buyer to follow on Instagram and join the newsletter."),
# 24 BSM204
("review-request", "text", "A quick favour - {O}",
 "Hi Hannah,\n\nHope you're loving your yoga mat from order {O}. If you leave us a review on Amazon, we'll send you a little thank-you gift once it's live: a cork yoga block, on the house.\n\nNamaste,\nStretch Studio Supplies",
 ["BSM204"], "Promises a free gift once the review is published."),
# 25 BSM204
("review-request", "text", "Order {O} - your review",
 "Dear Mr Collins,\n\nWe'd be grateful if you would write a review of the office chair from order {O}. As soon as your review appears on Amazon, we will refund the full purchase price.\n\nYours sincerely,\nErgoWorks UK",
 ["BSM204"], "Offers a full refund once the review is online."),
# 26 BSM205
("reply", "text", "Re: Broken bowl - order {O}",
 "Dear Mrs Fletcher,\n\nWe're glad we could sort out the problem with the cracked serving bowl in order {O} together. Now that it's resolved, would you be willing to update or take down your one-star review?\n\nKind regards,\nHartley Ceramics",
 ["BSM205"], "Asks the buyer to update or remove a one-star review."),
# 27 BSM206
("review-request", "text", "Happy with your pannier bags? ({O})",
 "Hi Ryan,\n\nIf you're pleased with your new pannier bags, we'd love to hear about it in a review on Amazon! If something isn't quite right, please don't review them, just drop us a message first and we'll put it right.\n\nCheers,\nSaddle & Spoke\nOrder {O}",
 ["BSM206"], "Review request only for happy buyers, steering unhappy ones to contact the seller."),
# 28 BSM206
("review-request", "html", "Order {O}",
 "<p>Dear Linda,</p><p>For a small family business like ours, reviews make all the difference. Would you be kind enough to give the spice rack from order {O} a 5-star rating on Amazon?</p><p>Many thanks,<br>Beechwood Kitchenware</p>",
 ["BSM206"], "Asks for a five-star rating."),
# 29 BSM108
("order-problem", "text", "[Important] Problem with order {O}",
 "Dear Mr Evans,\n\nWe can only supply one of the two tent peg sets in order {O}, as the second has sold out. We've adjusted your order amount by £9.99 (reason: no inventory).\n\nIf you'd rather not wait for a restock from us, the quickest option is to cancel the order yourself from Your Orders.\n\nKind regards,\nTrailhead Camping",
 ["BSM108"], "Order problem with adjustment that advises the buyer to cancel themselves."),
# 30 BSM108+107
("order-problem", "text", "Order {O}: out of stock",
 "Hi Nina,\n\nUnfortunately the 1000-piece puzzle 'Cornish Harbour' in your order {O} has sold out and the publisher isn't reprinting it. We'd really appreciate it if you could submit a cancellation request from your account.\n\nSorry for the bother!\nPuzzle Parlour",
 ["BSM107", "BSM108"], "Out-of-stock message asking for a cancellation request without confirming an adjustment."),
# 31 BSM305
("review-request", "text", "Your thoughts on order {O}",
 "Hi Owen,\n\nHow's the coffee grinder treating you? An honest review on Amazon helps other coffee lovers a lot.\n\nCheers,\nBean There Roasters\n\nDon't want to hear from us again? Reply UNSUBSCRIBE and we'll take you off our list.",
 ["BSM305"], "Review request with an unsubscribe instruction."),
# 32 BSM306
("reply", "text", "Re: Where is my parcel? {O}",
 "Hi Kieran,\n\nHonestly, we're as fed up as you are. The bloody courier has dumped your parcel (order {O}) at the wrong address again, what a shitshow. We've booked a replacement and it'll be with you on Friday.\n\nCheers,\nPixel Palace Games",
 ["BSM306"], "Reply using English profanity."),
# 33 BSM104
("delivery-delay", "text", "Ihre Bestellung {O}",
 "Guten Tag,\n\nleider hat sich unser Lieferant verspätet, daher können wir den Schlauchwagen erst am 18. Dezember versenden. Wir bitten um Entschuldigung und halten Sie auf dem Laufenden.\n\nFreundliche Grüße\nGartenwelt Europa",
 ["BSM104"], "Delay message to a British buyer written entirely in German."),
# 34 BSM309
("delivery-scheduling", "text", "Booking your fridge delivery - order {O}",
 "Dear Mr Doyle,\n\nYour American-style fridge freezer (order {O}) needs a two-person delivery, so we'd like to agree a time with you. We can come on Thursday 17 December, 8am-12pm, or Friday 18 December, 1pm-5pm. Feel free to give our office a ring on 01632 960 418 and we'll book it straight in.\n\nKind regards,\nDelivery Team, ColdChain Appliances",
 ["BSM309"], "Delivery scheduling with the shop's own UK phone number."),
# 35 BSM309
("reply", "html", "Re: Sizing question - {O}",
 "<p>Hi Julia,</p><p>The boots in order {O} are true to size, so go with your usual. If you'd like to chat it through, you can reach the shop on WhatsApp at +44 7700 900 123.</p><p>Best,<br>Brogue &amp; Co.</p>",
 ["BSM309"], "Reply with the shop's phone number in international format."),
# 36 BSM308
("additional-information", "text", "Artwork needed for order {O}",
 "Hi Ahmed,\n\nFor the printed hoodies in order {O} we need your logo as a high-resolution file. Please email it to artwork@inkwellprints.co.uk and we'll get cracking.\n\nThanks,\nInkwell Prints",
 ["BSM308"], "Plain e-mail address in the body."),
# 37 BSM308
("reply", "text", "Re: Manual - {O}",
 "Hello Tim,\n\nWe can send you the manual for the tumble dryer separately. Drop us a line at help [at] sparkselectrical [dot] co [dot] uk quoting order {O}.\n\nRegards,\nSparks Electrical",
 ["BSM308"], "Obfuscated e-mail address with [at] and [dot]."),
# 38 BSM302
("reply", "html", "Re: Looking after your plant ({O})",
 "<p>Hi Annabel,</p><p>Glad the fiddle-leaf fig from order {O} arrived safely. You'll find tips on keeping it happy in our <a href=\"https://www.greenhouse-emporium.co.uk/care/fiddle-leaf-fig\">fiddle-leaf fig care guide on our website</a>.</p><p>Green regards,<br>Greenhouse Emporium</p>",
 ["BSM302"], "https link with descriptive text to the seller's website."),
# 39 BSM301
("review-request", "html", "Order {O}: how did we do?",
 "<p>Hi Hugo,</p><p>We'd love to know what you think of the toaster. You can share your experience through <a href=\"http://www.amazon.co.uk/review/create-review?asin=B0TOAST881\">a review of the toaster on Amazon</a>. Every opinion counts.</p><p>Kind regards,<br>Crumbs Kitchen Co.<br>Order {O}</p>",
 ["BSM301"], "Descriptive link to Amazon over plain http."),
# 40 BSM310
("review-request", "html", "Your bicycle bell - order {O}",
 "<p>Dear Mrs Kent,</p><p><img src=\"https://m.media-amazon.com/images/S/seller-assets/brass-bicycle-bell-classic.jpg\" alt=\"Classic brass bicycle bell\" width=\"240\"></p><p>Your brass bicycle bell from order {O} has been with you for a week now. Would you like to write a review on Amazon? Every honest opinion is welcome.</p><p>Best regards,<br>Pedal &amp; Chain</p>",
 ["BSM310"], "Image of the purchased product."),
# 41 BSM311
("delivery-delay", "html", "Your order {O} is delayed",
 "<p>Hi Sarah,</p><p><img src=\"https://m.media-amazon.com/images/S/seller-assets/snowy-christmas-tree.jpg\" alt=\"Snowy Christmas tree\" width=\"300\"></p><p>With the festive rush, your fairy lights (order {O}) won't go out until 12 December. Sorry for the wait!</p><p>Best,<br>Twinkle Party Supplies</p>",
 ["BSM311"], "Unrelated stock image of a Christmas tree."),
# 42 BSM402
("delivery-delay", "html", "Order {O} - new dispatch date",
 "<p><img src=\"https://m.media-amazon.com/images/S/seller-assets/woolly-mammoth-yarns-logo.png\" width=\"120\"></p><p>Dear Marie,</p><p>The ochre merino in your order {O} is still on its way from the mill. New dispatch date: 10 December.</p><p>Warmly,<br>Woolly Mammoth Yarns</p>",
 ["BSM402"], "Shop logo without an alt attribute."),
# 43 BSM403
("review-request", "text", "Order {O} 🌷",
 "Hi Rose,\n\nHow are the tulip bulbs getting on? If you have a moment, an honest review on Amazon would be wonderful 😊\n\nBest,\nBulb & Bloom",
 ["BSM403"], "Emoji in subject and body."),
# 44 BSM403
("additional-information", "text", "Colour choice for order {O}",
 "Hey Bas,\n\nYou didn't pick a colour for the case on order {O}. Black, grey or olive? :)\n\nCheers,\nCaseMate Covers",
 ["BSM403"], "Emoticon :) in text."),
# 45 BSM410
("delivery-delay", "html", "Order {O}: dispatch delayed",
 "<style>h1{font-size:24px} h2{font-size:18px} p{font-size:15px} .small-print{font-size:11px}</style><h1>Dispatch delay</h1><h2>Order {O}</h2><p>Dear Mr Grant,</p><p>The cordless drill is temporarily out at our wholesaler. We expect to send your order on 16 December.</p><p class=\"small-print\">Toolbox Trade Supplies, Milton Keynes</p>",
 ["BSM410"], "Style block with four explicit font sizes."),
# 46 BSM412
("additional-information", "html", "Address check - {O}",
 "<p>Dear Mrs Fox,</p><p>The house number seems to be missing from the delivery address on order {O}. Could you let us have it?</p><br><br><br><p>Kind regards,<br>Lumen Lamps</p>",
 ["BSM412"], "Three consecutive <br> tags in HTML."),
# 47 BSM110
("invoice", "text", "[Important] Invoice for order {O}",
 "Dear Mr Rhodes,\n\nPlease find attached the invoice for your walking poles, order {O} (invoice no. 2026/1187).\n\nKind regards,\nPeak Trails Outdoor Ltd\nCompany No. 07654321 | VAT No. GB 123 4567 89",
 ["BSM110"], "[Important] tag on an invoice."),
# 48 BSM401
("review-request", "html", "Order {O}",
 "<p>Hi Noah,</p><p>Fancy telling other buyers about the puzzle mat from order {O}? <a href=\"https://www.amazon.co.uk/review/create-review?asin=B0PUZMAT42\">Click here</a> to write a review.</p><p>Cheers,<br>The Games Loft</p>",
 ["BSM401"], "Link text 'Click here'."),
# 49 vary: BSM102 hyphenless
("delivery-delay", "text", "Your order - new dispatch date",
 "Dear Ms Barnes,\n\nThe linen curtains on your order ({N}) are being re-dyed after a batch fault at the weavers, so they will now go out on 15 December.\n\nApologies for the delay.\n\nKind regards,\nDrape & Drift",
 ["BSM102"], "Order number written without hyphens, so no valid order number."),
# 50 vary: BSM312 form
("additional-information", "html", "Choose your frame colour - {O}",
 "<p>Hi Freya,</p><p>For the print in order {O}, which frame colour would you like?</p><form action=\"https://www.amazon.co.uk/gp/help/customer\" method=\"get\"><select name=\"frame\"><option>Black</option><option>Oak</option><option>White</option></select><button type=\"submit\">Send my choice</button></form><p>Thanks,<br>Frame &amp; Fable</p>",
 ["BSM312"], "HTML form embedded in the message."),
]

MESSAGES = []
for _i, (_t, _f, _s, _b, _e, _n) in enumerate(_RAW, 1):
    _o = _oid(_i)
    MESSAGES.append({
        "id": "v29-%s-%03d" % (LANG, _i), "language": LANG, "locale": LOCALE,
        "type": _t, "format": _f, "subject": _s.replace("{O}", _o),
        "body": _b.replace("{O}", _o).replace("{N}", _o.replace("-", "")), "order_id": _o,
        "expected": sorted(_e), "note": _n,
    })
