"""v31 evaluation messages, English (en-GB / en-US)."""

MESSAGES = []


def _m(locale, typ, fmt, subject, body, order_id, expected, note):
    MESSAGES.append({
        "id": "v31-en-%03d" % (len(MESSAGES) + 1),
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


# 1 clean: delivery delay, text
_m("en-GB", "delivery-delay", "text",
   "Order 622-3019475-8826140 - slight delay",
   "Hi Gemma,\n\n"
   "Just a quick heads-up about your order 622-3019475-8826140. The walnut bookends you chose are finished by hand, "
   "and our finisher has been off sick this week, so they'll now go out on Wednesday 16 December rather than Friday.\n\n"
   "Sorry for the wait - we'd rather send them a few days late than rush the lacquer.\n\n"
   "Best wishes,\nTom\nOakleaf Joinery, Hebden Bridge",
   "622-3019475-8826140", [], "Clean plain-text delivery delay in a casual British register.")

# 2 clean: delivery delay, html
_m("en-US", "delivery-delay", "html",
   "Updated ship date for order 622-8840162-3357091",
   "<p>Hello Mr. Alvarez,</p>"
   "<p>We're writing because the <b>27-inch 4K monitor arm (dual)</b> on your order is taking longer to restock than we expected. "
   "Our supplier's shipment was held at the port in Long Beach for an extra inspection.</p>"
   "<table border=\"1\" cellpadding=\"5\">"
   "<tr><th>Order number</th><th>Was due to ship</th><th>Now expected to ship</th></tr>"
   "<tr><td>622-8840162-3357091</td><td>Dec 4, 2026</td><td>Dec 12, 2026</td></tr>"
   "</table>"
   "<p>We apologize for the inconvenience and will message you again if anything changes.</p>"
   "<p>Regards,<br>Customer Care, DeskPoint Supply<br><small>DeskPoint Supply LLC, Denver, CO</small></p>",
   "622-8840162-3357091", [], "Clean HTML delivery delay with a table and a small footer.")

# 3 clean: order problem, [Important], adjusted
_m("en-GB", "order-problem", "text",
   "[Important] We can't fulfil order 622-5571308-4490263",
   "Dear Mrs Okafor,\n\n"
   "I'm very sorry to tell you that we are unable to send the cast-iron garden bench you ordered. "
   "The last one in stock was damaged by a forklift in our yard on Monday, and the foundry has no more until the spring.\n\n"
   "We have already adjusted the full amount of order 622-5571308-4490263 with the reason 'no inventory', so you will not be charged. "
   "Depending on your card provider, the money should show again within three to five working days.\n\n"
   "Once again, our apologies.\n\n"
   "Kind regards,\nPeter Lowe\nLowe & Daughters Garden Furniture",
   "622-5571308-4490263", [], "Clean order problem confirming the adjustment, with an allowed [Important] tag.")

# 4 clean: additional information
_m("en-US", "additional-information", "text",
   "Quick question about order 622-1406839-5528017",
   "Hi Jordan,\n\n"
   "Thanks for ordering the custom dog tag (order 622-1406839-5528017). The engraving details came through with Biscuit's name for the front, "
   "but nothing for the back. What would you like on the reverse? Up to three short lines fit. If you'd like it left blank, just say so.\n\n"
   "We'll start engraving as soon as we hear back.\n\n"
   "Cheers,\nDana at Rusty Paw Tags",
   "622-1406839-5528017", [], "Clean request for the engraving text needed to complete the order.")

# 5 clean: return follow-up, partial refund
_m("en-GB", "return-follow-up", "text",
   "Your return request - order 622-7726154-0913382",
   "Dear Mr Hughes,\n\n"
   "We've seen your return request for the ceramic table lamp from order 622-7726154-0913382. You mentioned the shade arrived with a small dent, but the base is fine.\n\n"
   "If you'd prefer to keep the lamp, we can offer a partial refund of £18.00 to cover a replacement shade. "
   "Alternatively, we'll arrange the full return as normal. Could you let us know which you'd prefer?\n\n"
   "Kind regards,\nHolloway Lighting",
   "622-7726154-0913382", [], "Clean return follow-up offering a partial refund.")

# 6 clean: return follow-up, question
_m("en-US", "return-follow-up", "text",
   "Re: return for order 622-2258941-6675103",
   "Hi Ms. Chen,\n\n"
   "To finish processing your return of the espresso machine from order 622-2258941-6675103, we need to know one thing: "
   "was the machine used with water at any point, or is it still sealed? The return reason says 'no longer needed', and the answer decides whether it goes back to our warehouse or to the manufacturer's inspection center.\n\n"
   "Thanks,\nRobin\nBrewed Right Appliances",
   "622-2258941-6675103", [], "Clean return follow-up asking for information needed for the return.")

# 7 clean: invoice with VAT, company no., slashed invoice number
_m("en-GB", "invoice", "text",
   "VAT invoice for order 622-6193027-1184456",
   "Dear customer,\n\n"
   "Please find attached the VAT invoice for order 622-6193027-1184456.\n\n"
   "Invoice no.: INV/2026/12/00731\n"
   "Date: 3 December 2026\n"
   "Total: £239.99 (including VAT at 20%: £40.00)\n\n"
   "Yours faithfully,\nAccounts Team\n\n"
   "Pennine Cycle Parts Ltd\n"
   "Unit 4, Canal Side Business Park, Skipton BD23 2TZ\n"
   "Registered in England and Wales, company no. 09876543\n"
   "VAT registration no. GB 123 4567 89",
   "622-6193027-1184456", [], "Clean invoice with UK VAT and company numbers and a slashed invoice number.")

# 8 clean: review request, text
_m("en-US", "review-request", "text",
   "How's your new backpack? (Order 622-4839216-7702594)",
   "Hi Sam,\n\n"
   "You've had your hiking backpack for about a week now. When you get a minute, would you leave a product review on Amazon and rate us as a seller? "
   "Honest feedback, good or bad, helps other hikers choose and helps us improve.\n\n"
   "Order 622-4839216-7702594\n\n"
   "Thanks,\nTrailhead Outfitters",
   "622-4839216-7702594", [], "Clean neutral review and feedback request in plain text.")

# 9 clean: review request, html with logo and Amazon link
_m("en-GB", "review-request", "html",
   "Order 622-9065431-2287710: would you share your thoughts?",
   "<p><img src=\"https://m.media-amazon.com/images/S/seller-logos/bramble-and-bee.png\" alt=\"Bramble &amp; Bee logo\" width=\"180\" height=\"64\"></p>"
   "<p>Dear Ms Patel,</p>"
   "<p>We hope the beeswax candle set from order 622-9065431-2287710 has arrived safely. "
   "If you have a moment, we'd be grateful for a review - it's one of the main ways small makers like us are found.</p>"
   "<p><a href=\"https://www.amazon.co.uk/review/create-review?asin=B0C9ZP3K7L\">Review your candles on Amazon.co.uk</a></p>"
   "<p>With thanks,<br>Harriet<br><small>Bramble &amp; Bee, Ludlow</small></p>",
   "622-9065431-2287710", [], "Clean HTML review request with logo alt text and a descriptive https Amazon link.")

# 10 clean: delivery scheduling
_m("en-GB", "delivery-scheduling", "text",
   "Booking your wardrobe delivery - order 622-0537718-6641925",
   "Good afternoon Mr Fitzgerald,\n\n"
   "Your triple wardrobe (order 622-0537718-6641925) is ready to leave our depot. As it comes in three heavy boxes, our two-person crew will carry it to the room of your choice.\n\n"
   "Available slots:\n"
   "Tuesday 15 December, 7am - 11am\n"
   "Thursday 17 December, 11am - 3pm\n"
   "Saturday 19 December, 8am - 12 noon\n\n"
   "Please reply with the slot that suits you, and let us know if there are any stairs or narrow doorways we should prepare for.\n\n"
   "Many thanks,\nDelivery Planning\nThistle Home Furnishings",
   "622-0537718-6641925", [], "Clean delivery scheduling for a bulky item with time slots.")

# 11 clean: home service appointment
_m("en-US", "home-service-appointment", "text",
   "Scheduling your TV wall-mount installation (order 622-3372860-9158847)",
   "Hello Mrs. Robinson,\n\n"
   "You purchased professional wall-mount installation with order 622-3372860-9158847. Our technician, Marcus, has the following openings:\n\n"
   "Monday, December 14, 9:00-11:00 a.m.\n"
   "Wednesday, December 16, 1:00-3:00 p.m.\n\n"
   "Which works better for you? Please also let us know whether the wall is drywall, brick or plaster, so he brings the right anchors.\n\n"
   "Best,\nHomeMount Services",
   "622-3372860-9158847", [], "Clean home-service appointment scheduling with dates and times.")

# 12 clean: custom design proof
_m("en-GB", "custom-design-verification", "text",
   "Your design proof - order 622-7814402-3306619",
   "Hello Chloe,\n\n"
   "Attached is the proof for your personalised wedding sign (order 622-7814402-3306619). "
   "It reads 'Welcome to the wedding of Chloe & Aaron - 12.06.2027' in the script you picked, on whitewashed oak.\n\n"
   "Please check the names, date and layout carefully. Once you reply with your approval we'll start cutting; if anything needs changing, tell us and we'll send a new proof.\n\n"
   "Warmly,\nBeth\nWoodgrain & Whimsy",
   "622-7814402-3306619", [], "Clean custom design proof for approval.")

# 13 clean: door code question with reference numbers
_m("en-GB", "fulfillment-question", "text",
   "Access to your building - order 622-5460937-8873201",
   "Dear Dr Nwosu,\n\n"
   "Our own van will deliver your aquarium cabinet (order 622-5460937-8873201, our job ref. TX-2209/47) on Friday. "
   "Your address is a block of flats with a secure entrance, so our drivers will need a way in.\n\n"
   "Could you tell us the entry code, or the flat buzzer name to press? We'll only use it on the day of delivery.\n\n"
   "Thank you,\nDispatch, Aquatic Living UK",
   "622-5460937-8873201", [], "Clean fulfilment question asking for a door code, with reference numbers.")

# 14 clean: reply quoting German product title
_m("en-GB", "reply", "text",
   "Re: grinder settings - order 622-1825563-0047398",
   "Hi Oliver,\n\n"
   "Good question. The 'Handkaffeemühle Bergfeld Classic' you bought from us (order 622-1825563-0047398) is adjusted with the knurled nut under the handle: "
   "turn it clockwise for finer, anticlockwise for coarser. For a cafetière, about 14 clicks back from fully closed is a good start; for espresso, try 4 to 6.\n\n"
   "Enjoy your coffee,\nKate\nThe Grind House",
   "622-1825563-0047398", [], "Clean reply quoting a German product title inside English sentences.")

# 15 clean: manufacturer warranty hotline
_m("en-US", "reply", "text",
   "Re: blender won't start (order 622-6608214-5519270)",
   "Hi Mr. Kowalski,\n\n"
   "Sorry to hear your blender stopped working. It's still covered by the manufacturer's two-year warranty, and the manufacturer handles repairs directly. "
   "You can reach the manufacturer's warranty line at 1-800-555-0199 (Mon-Fri, 8 a.m.-8 p.m. ET). Have your order number 622-6608214-5519270 and the serial number from the base ready.\n\n"
   "If they can't help, reply here and we'll sort it out.\n\n"
   "Regards,\nKitchen Gear Depot",
   "622-6608214-5519270", [], "Clean reply giving the manufacturer's warranty phone line, marked as such.")

# 16 clean: reply with company footer
_m("en-GB", "reply", "text",
   "Re: Sizing for the wax jacket (622-2971046-7734852)",
   "Hello Fiona,\n\n"
   "The Moorland wax jacket runs slightly large. You ordered a 12 under order 622-2971046-7734852; if you're between sizes or wear it over a thin jumper, the 12 should be perfect. "
   "If you like a chunky knit underneath, the 14 might suit better, and exchanges are free within Amazon's return window.\n\n"
   "All the best,\nEwan\n\n"
   "____\n"
   "Glen Arden Outdoor Ltd | 18 Bridge Street, Pitlochry PH16 5HN\n"
   "Registered in Scotland SC612345 | VAT GB 287 6543 21\n"
   "Customer service hours: Monday to Friday, 9.00-17.00",
   "622-2971046-7734852", [], "Clean reply with a Scottish company-details footer.")

# 17 clean: reply with return numbers, dates, times, amounts
_m("en-US", "reply", "text",
   "Re: Where's my refund? Order 622-8304719-2265038",
   "Hi Priya,\n\n"
   "Your return (RMA 55120-B, return tracking 1Z 999 AA1 01 2345 6784) was delivered to our Reno warehouse on December 2 at 2:17 p.m. "
   "We inspected it the next morning and issued a refund of $84.50 for order 622-8304719-2265038 on December 3.\n\n"
   "Banks usually take 3-5 business days to post it.\n\n"
   "Best regards,\nSierra Sports Returns Team",
   "622-8304719-2265038", [], "Clean reply with RMA and return tracking numbers, dates, times and amounts.")

# 18 BSM201: left warehouse / handed to carrier
_m("en-GB", "fulfillment-question", "text",
   "Good news about order 622-4192658-0381746",
   "Hi Lucy,\n\n"
   "Your new bike lights left our warehouse in Leeds this morning and have been handed over to Royal Mail Tracked 48. They should be with you in a couple of days.\n\n"
   "Order 622-4192658-0381746\n\n"
   "Cheers,\nBrightSpoke",
   "622-4192658-0381746", ["BSM201"], "Shipping confirmation: left the warehouse and handed to the carrier.")

# 19 BSM201: received and preparing
_m("en-US", "additional-information", "text",
   "Order 622-7058321-6693407",
   "Hello Mr. Grant,\n\n"
   "Just letting you know we've got your order in and our team is already prepping it for dispatch. Each jar of hot sauce is bubble-wrapped by hand, so it'll arrive in one piece.\n\n"
   "Reference: 622-7058321-6693407\n\n"
   "Spicy regards,\nFirehouse Pepper Co.",
   "622-7058321-6693407", ["BSM201"], "Order confirmation: order received and being prepared.")

# 20 BSM202: thanks only
_m("en-GB", "reply", "text",
   "Thank you! (622-3530847-1192068)",
   "Dear Margaret,\n\nThank you so much for choosing Cotswold Soap Kitchen. It genuinely means a lot to a tiny business like ours.\n\nWarmest wishes,\nJo",
   "622-3530847-1192068", ["BSM202"], "Thank-you-only message.")

# 21 BSM202: only 'here if anything comes up'
_m("en-US", "fulfillment-question", "text",
   "Order 622-9916073-4458219",
   "Hi there,\n\n"
   "Should anything come up with your purchase, don't hesitate to drop us a line. We're always happy to help.\n\n"
   "Best,\nThe team at Ironclad Tools",
   "622-9916073-4458219", ["BSM202"], "Only offers help if something comes up.")

# 22 BSM203: P.S. with 20% off everything
_m("en-GB", "delivery-delay", "text",
   "New dispatch date - order 622-2649180-5537724",
   "Dear Mr Ahmed,\n\n"
   "Your 1000-piece jigsaw 'Cornish Harbour' will now be dispatched on 14 December instead of 9 December, as our printer had a machine fault.\n\n"
   "Apologies for the delay.\n\n"
   "Kind regards,\nPuzzle Parlour\n\n"
   "PS - this weekend only, everything in our shop is a fifth off. Perfect timing for Christmas presents!",
   "622-2649180-5537724", ["BSM203"], "Permitted delay with a shop-wide discount in the P.S.")

# 23 BSM203: follow us / newsletter / new collection
_m("en-US", "reply", "text",
   "Re: color question (622-6372945-8810133)",
   "Hi Ashley,\n\n"
   "The 'sage' throw on your order 622-6372945-8810133 is a soft grey-green, a little more muted than on screen.\n\n"
   "By the way, our spring collection drops next week - follow us on Instagram and sign up to our mailing list so you don't miss it!\n\n"
   "Warmly,\nHearth & Loom",
   "622-6372945-8810133", ["BSM203"], "Reply with follow-us, mailing-list and new-collection promotion.")

# 24 BSM204: small token after review published
_m("en-GB", "review-request", "text",
   "Your opinion on order 622-0481725-3364590",
   "Dear Mr Barker,\n\n"
   "We hope you're enjoying your new headphones. Would you consider writing a review on Amazon? "
   "Once it's live, we'd like to send you a little something as a token of our appreciation.\n\n"
   "Order 622-0481725-3364590\n\n"
   "Kind regards,\nSoundWave Audio",
   "622-0481725-3364590", ["BSM204"], "Review request promising a small token once the review is published.")

# 25 BSM204: full refund when review online
_m("en-US", "review-request", "text",
   "A quick favor - order 622-5813604-7729146",
   "Hey Tyler,\n\n"
   "Here's the deal: post a review of your phone stand, message us once it's up, and we'll refund your purchase in full. No catch.\n\n"
   "Order 622-5813604-7729146\n\n"
   "Thanks!\nStandUp Gear",
   "622-5813604-7729146", ["BSM204"], "Full refund promised once the review is online.")

# 26 BSM205: change/remove one-star review
_m("en-GB", "reply", "text",
   "Re: your review - order 622-4426097-1158832",
   "Dear Mrs Dawson,\n\n"
   "We noticed your one-star review of the children's raincoat. We've since sent a replacement in the correct size, free of charge. "
   "Now that everything's been put right, would you be kind enough to amend your review, or take it down?\n\n"
   "Order 622-4426097-1158832\n\n"
   "With best wishes,\nPuddle Jumpers Kidswear",
   "622-4426097-1158832", ["BSM205"], "Asks the buyer to amend or remove a one-star review.")

# 27 BSM206: only if satisfied, otherwise contact us
_m("en-US", "review-request", "text",
   "Loving your bird feeder? Order 622-8170453-6627901",
   "Hi Linda,\n\n"
   "If your new bird feeder is making you (and the cardinals) happy, we'd love for you to say so in an Amazon review. "
   "If it's not quite right, please skip the review and message us first so we can make it right.\n\n"
   "Order 622-8170453-6627901\n\n"
   "Warmly,\nBackyard Haven",
   "622-8170453-6627901", ["BSM206"], "Review only if happy; unhappy buyers steered to the seller instead.")

# 28 BSM206: five stars
_m("en-GB", "review-request", "text",
   "Order 622-3995126-0046718",
   "Dear Mr Collins,\n\n"
   "Your espresso cups have been with you for a little while now. If you could spare a moment to give us a five-star rating on Amazon, it would make a huge difference to our small family firm.\n\n"
   "Many thanks,\nPotter's Wheel Ceramics",
   "622-3995126-0046718", ["BSM206"], "Asks for a five-star rating.")

# 29 BSM108: quickest way is to cancel yourself
_m("en-US", "order-problem", "text",
   "Problem with order 622-6251038-9902475",
   "Hello Mrs. Turner,\n\n"
   "Unfortunately the crib you ordered is out of stock and the manufacturer has discontinued it. We've already adjusted the order amount for order 622-6251038-9902475 due to no inventory.\n\n"
   "The fastest way to wrap this up is for you to cancel the order yourself under Your Orders on Amazon - it only takes a minute.\n\n"
   "Regards,\nLittle Nest Baby Co.",
   "622-6251038-9902475", ["BSM108"], "Out of stock: advises the buyer to cancel themselves, adjustment confirmed.")

# 30 BSM108 + BSM107
_m("en-GB", "order-problem", "text",
   "Order 622-1738604-5583129 - stock issue",
   "Dear Mr Reid,\n\n"
   "Owing to a stock-count error, we've sold our last set of winter tyres twice. "
   "We would be very grateful if you could submit a cancellation request for order 622-1738604-5583129 so we can close it down properly.\n\n"
   "Please accept our apologies.\n\n"
   "Yours sincerely,\nNorthway Tyres",
   "622-1738604-5583129", ["BSM107", "BSM108"], "Out of stock: asks for a cancellation request, no adjustment confirmed.")

# 31 BSM305: unsubscribe
_m("en-US", "delivery-delay", "text",
   "Shipping update for order 622-4069381-7715240",
   "Hi,\n\n"
   "Your ink cartridges (order 622-4069381-7715240) will ship about five business days later than planned, around December 16.\n\n"
   "Thanks for your patience,\nInkWell Direct\n\n"
   "Don't want these updates? Reply UNSUBSCRIBE and we'll take you off the list.",
   "622-4069381-7715240", ["BSM305"], "Delay message with an unsubscribe instruction.")

# 32 BSM306: profanity
_m("en-GB", "reply", "text",
   "Re: parcel still missing (622-9284716-3350087)",
   "Hi Danny,\n\n"
   "Honestly, that bloody courier has cocked it up again and sent your parcel to the wrong sodding depot. Bollocks. "
   "We've chased it and it'll be redelivered on Tuesday.\n\n"
   "Order 622-9284716-3350087\n\n"
   "Cheers,\nMike - RetroPlay Games",
   "622-9284716-3350087", ["BSM306"], "Reply with British profanity.")

# 33 BSM104: en-US buyer, message in Spanish
_m("en-US", "delivery-delay", "text",
   "Retraso en su pedido 622-5107293-2268841",
   "Estimado Sr. Johnson:\n\n"
   "Le escribimos para informarle que su pedido 622-5107293-2268841 (lámpara de escritorio de latón) se enviará con unos días de retraso, aproximadamente el 15 de diciembre, debido a un problema con nuestro proveedor.\n\n"
   "Lamentamos las molestias.\n\n"
   "Atentamente,\nCasa Lumen Imports",
   "622-5107293-2268841", ["BSM104"], "English-speaking buyer receives a message written in Spanish.")

# 34 BSM309: national format
_m("en-GB", "delivery-scheduling", "text",
   "Fridge freezer delivery - order 622-2830417-6694153",
   "Dear Ms Evans,\n\n"
   "Your American-style fridge freezer (order 622-2830417-6694153) can be delivered next week. "
   "Give our depot a ring on 0161 496 0732 to book a time, or reply here with the days that suit you.\n\n"
   "Kind regards,\nNorthern White Goods",
   "622-2830417-6694153", ["BSM309"], "Seller's depot phone number in UK national format.")

# 35 BSM309: international format
_m("en-US", "reply", "text",
   "Re: missing screws (622-7641058-1183926)",
   "Hi Mr. Novak,\n\n"
   "Sorry about the missing hardware pack for your bookshelf. A new one is going out today. "
   "If anything else is missing, call our workshop directly at +1 503 555 0147.\n\n"
   "Order 622-7641058-1183926\n\n"
   "Thanks,\nCedar & Pine Woodworks",
   "622-7641058-1183926", ["BSM309"], "Seller's phone number in international format.")

# 36 BSM308: plain email
_m("en-GB", "custom-design-verification", "text",
   "Invitation proof - order 622-0396274-8852617",
   "Dear Amelia and James,\n\n"
   "Your first invitation proof is attached (order 622-0396274-8852617). "
   "If you'd like to see a high-resolution version, just email proofs@inkandivory.co.uk and we'll send over the full file.\n\n"
   "Best wishes,\nInk & Ivory Stationery",
   "622-0396274-8852617", ["BSM308"], "Design proof with a plain e-mail address.")

# 37 BSM308: obfuscated at/dot
_m("en-US", "reply", "text",
   "Re: shoe sizing (622-3158840-4497362)",
   "Hey Megan,\n\n"
   "For sizing help on the trail runners, you can also send a photo of your foot tracing to fitting [at] strideworks [dot] com and we'll take a look.\n\n"
   "Order 622-3158840-4497362\n\n"
   "Happy running,\nStrideWorks",
   "622-3158840-4497362", ["BSM308"], "E-mail address obfuscated with [at] and [dot].")

# 38 BSM302: https link to seller's site
_m("en-GB", "reply", "html",
   "Re: assembling the wardrobe - 622-6804931-2271548",
   "<p>Dear Mr Shaw,</p>"
   "<p>There's a step-by-step assembly video for the wardrobe from order 622-6804931-2271548 on our own website: "
   "<a href=\"https://www.wardrobeworks.co.uk/assembly/hampton-double\">Hampton double wardrobe assembly video</a>.</p>"
   "<p>Kind regards,<br>Wardrobe Works</p>",
   "622-6804931-2271548", ["BSM302"], "https link with descriptive text to the seller's own site.")

# 39 BSM301: http Amazon link
_m("en-US", "review-request", "html",
   "Share your thoughts on order 622-1572093-6640815",
   "<p>Hi Karen,</p>"
   "<p>How's the kitchen scale working out? A review would help other home cooks decide.</p>"
   "<p><a href=\"http://www.amazon.com/review/create-review?asin=B0BQ4R8MZT\">Write a review on Amazon.com</a></p>"
   "<p>Order 622-1572093-6640815</p>"
   "<p>Thanks,<br>Measure Twice Kitchenware</p>",
   "622-1572093-6640815", ["BSM301"], "Descriptive Amazon link over plain http.")

# 40 BSM310: product image
_m("en-GB", "delivery-delay", "html",
   "Order 622-8437016-5504329 will be a few days late",
   "<p>Hi Callum,</p>"
   "<p>Your skateboard is running a few days behind and should now ship on 12 December. Here's a reminder of the deck you picked:</p>"
   "<p><img src=\"https://cdn.concreteboards.co.uk/products/deck-kraken-8-5.jpg\" alt=\"Kraken 8.5 inch skateboard deck\" width=\"300\"></p>"
   "<p>Order 622-8437016-5504329</p>"
   "<p>Cheers,<br>Concrete Boards</p>",
   "622-8437016-5504329", ["BSM310"], "Delay message showing a photo of the purchased product.")

# 41 BSM311: unrelated image
_m("en-US", "invoice", "html",
   "Invoice for order 622-2705948-3318064",
   "<p>Hello,</p>"
   "<p>Attached is your invoice for order 622-2705948-3318064 (invoice INV/2026/4471).</p>"
   "<p><img src=\"https://images.stockpixels.com/travel/tropical-beach-sunset.jpg\" alt=\"Tropical beach at sunset\" width=\"320\"></p>"
   "<p>Happy holidays!<br>Billing, PrintPro Supplies</p>",
   "622-2705948-3318064", ["BSM311"], "Invoice decorated with an unrelated beach photo.")

# 42 BSM402: logo alt empty
_m("en-GB", "additional-information", "html",
   "Address check - order 622-4981502-7763190",
   "<p><img src=\"https://m.media-amazon.com/images/S/seller-logos/greenhouse-gang.png\" alt=\"\" width=\"150\"></p>"
   "<p>Dear Mrs Ellis,</p>"
   "<p>The delivery address on order 622-4981502-7763190 is missing a house number. Could you let us know it, so your fig tree doesn't end up on a tour of the village?</p>"
   "<p>Kind regards,<br>Greenhouse Gang</p>",
   "622-4981502-7763190", ["BSM402"], "Shop logo with an empty alt attribute.")

# 43 BSM403: emoji
_m("en-US", "reply", "text",
   "Re: gift wrap? (622-7309164-1125873)",
   "Hi Emma,\n\n"
   "Absolutely, we'll gift-wrap order 622-7309164-1125873 and leave the packing slip out 🎀 Just tell us what to write on the card.\n\n"
   "Best,\nSilver Thread Jewelry",
   "622-7309164-1125873", ["BSM403"], "Reply containing an emoji.")

# 44 BSM403: emoticon
_m("en-GB", "delivery-scheduling", "text",
   "Garden furniture delivery - 622-0652837-9947016",
   "Hi Ryan,\n\n"
   "Your garden dining set (order 622-0652837-9947016) comes on a tail-lift lorry. Would Saturday 19 December between 10am and 2pm work? Fingers crossed for a dry day :)\n\n"
   "Thanks,\nPatio Kings",
   "622-0652837-9947016", ["BSM403"], "Delivery scheduling with an emoticon.")

# 45 BSM410: four font sizes
_m("en-US", "delivery-delay", "html",
   "New ship date for order 622-5524710-8830697",
   "<style>h1{font-size:28px} h3{font-size:17px} p{font-size:14px} .fine{font-size:10px}</style>"
   "<h1>Shipping update</h1>"
   "<h3>Order 622-5524710-8830697</h3>"
   "<p>Hi Mr. Brooks, your cycling helmet is delayed by a late supplier delivery and will now ship on December 15.</p>"
   "<p>We're sorry for the wait.</p>"
   "<p class=\"fine\">Velo Supply Co., Boulder, CO</p>",
   "622-5524710-8830697", ["BSM410"], "Four explicit font sizes set in a style block.")

# 46 BSM412: <br> runs
_m("en-GB", "additional-information", "html",
   "Curtain measurements for order 622-3846095-2217764",
   "<p>Dear Mrs Wright,</p>"
   "<p>To make the made-to-measure curtains on order 622-3846095-2217764, we still need the drop: the height from the top of the pole to the floor, in centimetres.</p>"
   "<br><br><br><br>"
   "<p>Kind regards,<br><br><br>The Curtain Workroom</p>",
   "622-3846095-2217764", ["BSM412"], "HTML with runs of three or more <br> tags.")

# 47 BSM110: [Important] on review request
_m("en-US", "review-request", "text",
   "[Important] Your feedback on order 622-9173658-4406251",
   "Hello Mr. Lee,\n\n"
   "We hope your new desk lamp is lighting things up. Would you take a moment to write a review on Amazon and leave seller feedback? It helps other shoppers.\n\n"
   "Order 622-9173658-4406251\n\n"
   "Thank you,\nBrightDesk",
   "622-9173658-4406251", ["BSM110"], "[Important] tag on a non-critical review request.")

# 48 BSM401: bare URL
_m("en-GB", "review-request", "text",
   "Review request - order 622-2063417-5581908",
   "Hi Nathan,\n\n"
   "If you have a moment, we'd appreciate a review of the power bank you bought from us (order 622-2063417-5581908):\n\n"
   "https://www.amazon.co.uk/review/create-review?asin=B0D2KQ7X9P\n\n"
   "Thanks,\nVoltBox UK",
   "622-2063417-5581908", ["BSM401"], "Amazon review link given as a bare URL.")

# 49 vary: logo linked to the seller's site
_m("en-GB", "delivery-delay", "html",
   "Order 622-6418032-3359746 - revised dispatch date",
   "<p><a href=\"https://www.kilnandclay.co.uk\"><img src=\"https://www.kilnandclay.co.uk/img/kiln-and-clay-logo.png\" alt=\"Kiln &amp; Clay logo\" width=\"160\"></a></p>"
   "<p>Dear Mrs Holt,</p>"
   "<p>Your hand-thrown vase needs a second firing, so order 622-6418032-3359746 will now be dispatched on 18 December rather than 10 December.</p>"
   "<p>Thank you for bearing with us.<br>Kiln &amp; Clay Studio</p>",
   "622-6418032-3359746", ["BSM302", "BSM304"], "Shop logo wrapped in a link to the seller's website.")

# 50 vary: form
_m("en-US", "delivery-scheduling", "html",
   "Pick a delivery window - order 622-8875201-6632419",
   "<p>Hi Ms. Rivera,</p>"
   "<p>Your sectional sofa (order 622-8875201-6632419) is ready for white-glove delivery. Please pick a window below:</p>"
   "<form method=\"post\">"
   "<label><input type=\"radio\" name=\"slot\" value=\"1\"> Tue, Dec 15, 8-12</label><br>"
   "<label><input type=\"radio\" name=\"slot\" value=\"2\"> Thu, Dec 17, 12-4</label><br>"
   "<button type=\"submit\">Confirm window</button>"
   "</form>"
   "<p>Thanks,<br>Scheduling, Comfort Couch Co.</p>",
   "622-8875201-6632419", ["BSM312"], "Delivery scheduling with an embedded HTML form.")
